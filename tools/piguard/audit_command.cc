// `piguard audit verify` walks the whole chain and names the first broken record;
// `piguard audit export` writes entries as JSON Lines for an inspector.
#include "tools/piguard/audit_command.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <optional>

#include "piguard/ledger.h"
#include "piguard/policy.h"
#include "serve/report.h"
#include "serve/store.h"
#include "tools/piguard/cli_common.h"
#include "tools/piguard/commands.h"
#include "tools/piguard/output_files.h"

namespace piguard::cli {
namespace {

// "2024-05-01", "2024-05-01T08:00:00Z", "2024-05-01T08:00:00.250Z", "2024-05-01T16:00:00+08:00"
// or a number of milliseconds since the Unix epoch.
std::optional<int64_t> ParseTime(const std::string& s) {
  if (s.empty()) return std::nullopt;
  if (s.find_first_not_of("0123456789") == std::string::npos && s.size() <= 15)
    return std::stoll(s);
  int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
    return std::nullopt;
  std::string rest = s.substr(10);
  int64_t ms = 0, offset_min = 0;
  if (!rest.empty()) {
    if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return std::nullopt;
    n = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d:%2d%n", &h, &mi, &sec, &n) != 3 || n != 8)
      return std::nullopt;
    rest = rest.substr(9);
    if (!rest.empty() && rest[0] == '.') {
      size_t i = 1;
      int64_t scale = 100;
      for (; i < rest.size() && isdigit(static_cast<unsigned char>(rest[i])); ++i) {
        ms += (rest[i] - '0') * scale;
        scale /= 10;
      }
      if (i == 1) return std::nullopt;
      rest = rest.substr(i);
    }
    if (rest == "Z" || rest == "z") {
    } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
      int oh, om;
      if (std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) != 2) return std::nullopt;
      offset_min = (rest[0] == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
      return std::nullopt;  // a time without a zone would be ambiguous
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  int64_t t = timegm(&tm);
  return (t - offset_min * 60) * 1000 + ms;
}

Result<std::unique_ptr<ledger::Ledger>> OpenForAudit(const std::string& url) {
  if (url.empty()) return InvalidArgument("--ledger is required (sqlite:PATH or postgresql://...)");
  ledger::LedgerOptions o;
  o.create_if_missing = false;  // a mistyped path is an error, not an empty valid ledger
  o.migrate = false;            // inspecting must not change the database
  o.read_connections = 1;
  return ledger::Open(url, o);
}

int RunVerify(const AuditFlags& f) {
  if (f.verify_format != "text" && f.verify_format != "json") {
    PrintError("--format: unknown format '" + f.verify_format + "' (use text or json)");
    return kExitError;
  }
  auto l = OpenForAudit(f.ledger);
  if (!l.ok()) {
    PrintError(l.status().message());
    return kExitError;
  }
  auto r = l.value()->Verify();
  if (!r.ok()) {
    PrintError(r.status().message());
    return kExitError;
  }
  const ledger::VerifyReport& v = r.value();
  if (f.verify_format == "json") {
    nlohmann::ordered_json j;
    j["valid"] = v.valid;
    j["entries"] = v.entries;
    if (v.valid) {
      j["head_hash"] = v.head_hash;
    } else {
      j["first_bad_seq"] = v.first_bad_seq;
      j["problem"] = v.problem;
      j["expected"] = v.expected;
      j["found"] = v.found;
    }
    j["message"] = v.message;
    std::printf("%s\n", j.dump().c_str());
  } else if (v.valid) {
    std::printf("%s\n", v.message.c_str());
  } else {
    std::printf("audit chain TAMPERED: first bad record: seq %lld (%s)\n  %s\n  expected: %s\n"
                "  found:    %s\n  records before it verify: %lld\n",
                static_cast<long long>(v.first_bad_seq), v.problem.c_str(), v.message.c_str(),
                v.expected.c_str(), v.found.c_str(), static_cast<long long>(v.entries));
  }
  return v.valid ? kExitAuditValid : kExitAuditTampered;
}

int RunExport(const AuditFlags& f) {
  ledger::ExportFilter filter;
  for (auto [name, text, out] : {std::tuple{"--from", &f.from, &filter.from_ms},
                                 std::tuple{"--to", &f.to, &filter.to_ms}}) {
    if (text->empty()) continue;
    *out = ParseTime(*text);
    if (!*out) {
      PrintError(std::string(name) + ": cannot read '" + *text +
                 "' as a time (use 2024-05-01, 2024-05-01T08:00:00Z, an offset like +08:00, "
                 "or milliseconds since the epoch)");
      return kExitError;
    }
  }
  filter.subscriber_id = f.subscriber;
  filter.principal = f.principal;
  filter.action = f.action;
  auto l = OpenForAudit(f.ledger);
  if (!l.ok()) {
    PrintError(l.status().message());
    return kExitError;
  }
  if (f.output != "-")
    if (Status s = MakeParentDirs(f.output); !s.ok()) {
      PrintError(s.message());
      return kExitError;
    }
  auto out = OutputFile::Open(f.output, /*allow_gzip=*/true);
  if (!out.ok()) {
    PrintError(out.status().message());
    return kExitError;
  }
  Status s = l.value()->Export(filter, [&](std::string_view line) {
    if (!f.trustee.empty()) {
      // Records about a trustee name it in their detail (disclosures, trustee reports).
      auto j = nlohmann::json::parse(line, nullptr, false);
      const nlohmann::json* d = j.is_object() && j.contains("detail") ? &j["detail"] : nullptr;
      if (!d || !d->is_object() || d->value("trustee", "") != f.trustee) return Status::Ok();
    }
    return out.value()->Write(line);
  });
  if (s.ok()) s = out.value()->Commit();
  if (!s.ok()) {
    out.value()->Abandon();
    PrintError(s.message());
    return kExitError;
  }
  return 0;
}

int RunTrusteeReport(const AuditFlags& f) {
  auto from = policy::Date::Parse(f.from);
  auto to = policy::Date::Parse(f.to);
  if (!from || !to || *to < *from) {
    PrintError("trustee-report needs --from and --to as YYYY-MM-DD (UTC+08:00, both inclusive, from <= to)");
    return kExitError;
  }
  if (f.report_format != "json" && f.report_format != "html") {
    PrintError("--format: json or html, got '" + f.report_format + "'");
    return kExitError;
  }
  std::shared_ptr<const policy::Policy> rules;
  if (!f.rules.empty()) {
    auto loaded = policy::LoadPolicy(f.rules);
    if (!loaded.ok()) {
      PrintError(loaded.status().message());
      return kExitError;
    }
    rules = loaded.value();
    if (!rules->FindTrustee(f.trustee)) {
      PrintError("--trustee: the rules " + f.rules + " have no trustee '" + f.trustee + "'");
      return kExitError;
    }
  }
  auto l = OpenForAudit(f.ledger);
  if (!l.ok()) {
    PrintError(l.status().message());
    return kExitError;
  }
  auto [from_ms, to_ms] = serve::ChinaDaysToUtcMs(*from, *to);
  ledger::EventFilter filter;
  filter.kind = "disclosure";
  filter.trustee_id = f.trustee;
  filter.from_ms = from_ms;
  filter.to_ms = to_ms;
  auto events = l.value()->ListEvents(filter);
  if (!events.ok()) {
    PrintError(events.status().message());
    return kExitError;
  }
  std::vector<serve::RecordedEvent> rows;
  for (const auto& e : events.value()) {
    serve::RecordedEvent r;
    r.id = e.id;
    r.kind = e.kind;
    r.subscriber = e.subscriber_id;
    r.trustee = e.trustee_id;
    r.contract = e.contract;
    r.service = e.service;
    r.purpose = e.purpose;
    r.status = e.status;
    r.ref = e.ref;
    r.detail = e.detail_json;
    r.principal = e.principal;
    r.at_unix_ms = e.time_ms;
    rows.push_back(std::move(r));
  }
  int64_t now = static_cast<int64_t>(std::time(nullptr)) * 1000;
  nlohmann::json report = serve::BuildTrusteeReport(f.trustee, *from, *to, rows,
                                                    rules ? rules->FindTrustee(f.trustee) : nullptr, now);
  std::string text = f.report_format == "html" ? serve::TrusteeReportHtml(report) : report.dump(2) + "\n";
  if (f.output != "-")
    if (Status s = MakeParentDirs(f.output); !s.ok()) {
      PrintError(s.message());
      return kExitError;
    }
  auto out = OutputFile::Open(f.output, /*allow_gzip=*/false);
  if (!out.ok()) {
    PrintError(out.status().message());
    return kExitError;
  }
  Status s = out.value()->Write(text);
  if (s.ok()) s = out.value()->Commit();
  if (!s.ok()) {
    out.value()->Abandon();
    PrintError(s.message());
    return kExitError;
  }
  return 0;
}

}  // namespace

CLI::App* AddAuditCommand(CLI::App& app, AuditFlags* f) {
  CLI::App* audit = app.add_subcommand(
      "audit", "Verify or export the hash-chained audit log of a ledger (docs/ledger.md)");
  audit->require_subcommand(1);
  f->verify = audit->add_subcommand(
      "verify",
      "Check the whole chain; exit 0 valid, 1 tampered (first bad record named), 2 error");
  f->verify->add_option("--ledger", f->ledger, "Ledger URL: sqlite:PATH, PATH or postgresql://...")
      ->required();
  f->verify->add_option("--format", f->verify_format, "text (default) or json");
  f->export_ = audit->add_subcommand("export", "Write audit entries as JSON Lines, in seq order");
  f->export_->add_option("--ledger", f->ledger, "Ledger URL: sqlite:PATH, PATH or postgresql://...")
      ->required();
  f->export_->add_option("--from", f->from,
                         "Only entries at or after this time (RFC 3339, YYYY-MM-DD = 00:00 UTC, "
                         "or epoch milliseconds)");
  f->export_->add_option("--to", f->to, "Only entries before this time (same forms as --from)");
  f->export_->add_option("--subscriber", f->subscriber, "Only this subscriber id");
  f->export_->add_option("--principal", f->principal, "Only this principal");
  f->export_->add_option("--action", f->action,
                         "Only this action, or a prefix ending in '*' (\"consent.*\")");
  f->export_->add_option("--trustee", f->trustee,
                         "Only records about this trustee (disclosures to it, its reports)");
  f->export_->add_option("-o,--output", f->output,
                         "Output file (written atomically; .gz compresses); default: stdout");
  f->trustee_report = audit->add_subcommand(
      "trustee-report", "What was provided to one trustee in a period, under which contract, and refusals");
  f->trustee_report->add_option("--ledger", f->ledger, "Ledger URL: sqlite:PATH, PATH or postgresql://...")
      ->required();
  f->trustee_report->add_option("--trustee", f->trustee, "Trustee id (as in the rules)")->required();
  f->trustee_report->add_option("--from", f->from, "First day, YYYY-MM-DD (UTC+08:00)")->required();
  f->trustee_report->add_option("--to", f->to, "Last day, YYYY-MM-DD (UTC+08:00, inclusive)")->required();
  f->trustee_report->add_option("--format", f->report_format, "json (default) or html");
  f->trustee_report->add_option("--rules", f->rules, "The rules, to show the trustee's contract as written there");
  f->trustee_report->add_option("-o,--output", f->output, "Output file (written atomically); default: stdout");
  return audit;
}

int RunAudit(const AuditFlags& flags) {
  if (flags.verify && flags.verify->parsed()) return RunVerify(flags);
  if (flags.export_ && flags.export_->parsed()) return RunExport(flags);
  if (flags.trustee_report && flags.trustee_report->parsed()) return RunTrusteeReport(flags);
  return kExitError;
}

}  // namespace piguard::cli
