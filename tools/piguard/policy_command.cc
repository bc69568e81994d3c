// `piguard policy`: flags -> library calls (policy.h, policy_lint.h, policy_render.h,
// policy_diff.h) -> text or JSON on stdout, messages on stderr, documented exit codes.
#include "tools/piguard/policy_command.h"
#include "tools/piguard/cli_common.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <nlohmann/json.hpp>

#include "piguard/policy.h"
#include "piguard/policy_diff.h"
#include "piguard/policy_lint.h"
#include "piguard/policy_render.h"
#include "tools/piguard/commands.h"

namespace piguard::cli {
namespace {

using policy::Date;
using Json = nlohmann::json;

// Exit codes of `piguard policy` (docs/policy.md).
constexpr int kPolicyClean = 0;     // check: no error-level finding; diff: no consent needed
constexpr int kPolicyFindings = 1;  // check: error-level findings; diff: renewed consent needed
static_assert(kExitError == 2);     // usage, file or schema errors


void PrintJson(const Json& j) {
  std::string s = j.dump(2, ' ', false, Json::error_handler_t::replace);
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

Date Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

bool ResolveDate(const std::string& flag, Date* out) {
  if (flag.empty()) {
    *out = Today();
    return true;
  }
  auto d = Date::Parse(flag);
  if (!d) {
    PrintError("--date: '" + flag + "' is not a date (write YYYY-MM-DD, e.g. 2026-03-01)");
    return false;
  }
  *out = *d;
  return true;
}

bool CheckFormat(const std::string& flag, const std::string& value) {
  if (value == "text" || value == "json") return true;
  PrintError(flag + ": unknown format '" + value + "' (use text or json)");
  return false;
}

// Writes `content` to `path` through a temporary file in the same directory, renamed into
// place only when complete: readers never see a half-written notice, and a failed run
// leaves the previous file as it was.
Status WriteAtomically(const std::string& path, const std::string& content) {
  std::string tmp = path + ".tmp.XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) return IoError(path + ": cannot create the output file: " + std::strerror(errno));
  // mkstemp creates 0600; a published notice gets the usual permissions (0666 & ~umask).
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      close(fd);
      unlink(tmp.c_str());
      return IoError(path + ": writing failed: " + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  if (close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    unlink(tmp.c_str());
    return IoError(path + ": cannot move the finished file into place: " + std::strerror(err));
  }
  return Status::Ok();
}

int RunCheck(const PolicyFlags& f) {
  if (!CheckFormat("--format", f.check_format)) return kExitError;
  Date today;
  if (!ResolveDate(f.date, &today)) return kExitError;
  policy::LintOptions opt;
  opt.today = today;
  bool json = f.check_format == "json";
  bool load_failed = false;
  size_t errors = 0, warnings = 0;
  Json files = Json::array();
  for (const std::string& path : f.check_files) {
    auto loaded = policy::LoadPolicy(path);
    if (!loaded.ok()) {
      load_failed = true;
      if (json) files.push_back({{"path", path}, {"loaded", false}, {"error", loaded.status().message()}});
      else std::fprintf(stdout, "%s\n%s: does not load; nothing was linted\n",
                        loaded.status().message().c_str(), path.c_str());
      continue;
    }
    const policy::Policy& p = *loaded.value();
    auto findings = policy::Lint(p, opt);
    size_t e = 0, w = 0;
    Json jf = Json::array();
    for (const auto& x : findings) {
      (x.severity == policy::Severity::kError ? e : w)++;
      std::string sev(policy::SeverityName(x.severity));
      if (json) {
        jf.push_back({{"rule", x.rule}, {"severity", sev}, {"article", x.article},
                      {"line", x.pos.line}, {"column", x.pos.column}, {"message", x.message},
                      {"fix", x.fix}});
      } else {
        std::fprintf(stdout, "%s:%d:%d: %s %s: %s [%s]\n  fix: %s\n", path.c_str(), x.pos.line,
                     x.pos.column, sev.c_str(), x.rule.c_str(), x.message.c_str(),
                     x.article.c_str(), x.fix.c_str());
      }
    }
    errors += e;
    warnings += w;
    if (json) {
      files.push_back({{"path", path}, {"loaded", true}, {"version", p.model().version},
                       {"effective_date", p.model().effective_date.ToString()},
                       {"sha256", p.sha256()}, {"errors", e}, {"warnings", w},
                       {"findings", std::move(jf)}});
    } else {
      std::fprintf(stdout, "%s: %zu error%s, %zu warning%s (version %s, sha256 %s)\n", path.c_str(),
                   e, e == 1 ? "" : "s", w, w == 1 ? "" : "s", p.model().version.c_str(),
                   p.sha256().c_str());
    }
  }
  int rc = load_failed ? kExitError
           : (errors || (f.strict && warnings)) ? kPolicyFindings
                                                : kPolicyClean;
  if (json)
    PrintJson({{"date", today.ToString()}, {"strict", f.strict}, {"files", std::move(files)},
               {"errors", errors}, {"warnings", warnings}, {"exit_code", rc}});
  return rc;
}

int RunRender(const PolicyFlags& f) {
  auto lang = policy::ParseLang(f.lang);
  if (!lang) {
    PrintError("--lang: unknown language '" + f.lang + "' (use zh or en)");
    return kExitError;
  }
  auto format = policy::ParseNoticeFormat(f.render_format);
  if (!format) {
    PrintError("--format: unknown format '" + f.render_format + "' (use html or md)");
    return kExitError;
  }
  auto loaded = policy::LoadPolicy(f.render_file);
  if (!loaded.ok()) {
    PrintError(loaded.status().message());
    return kExitError;
  }
  const policy::Policy& p = *loaded.value();
  // A notice can be rendered from unfinished rules (to review it), but say so.
  policy::LintOptions opt;
  opt.today = Today();
  size_t lint_errors = 0;
  for (const auto& x : policy::Lint(p, opt)) lint_errors += x.severity == policy::Severity::kError;
  if (lint_errors)
    std::fprintf(stderr, "piguard: warning: %s has %zu lint error%s; run `piguard policy check` "
                 "before publishing this notice\n", f.render_file.c_str(), lint_errors,
                 lint_errors == 1 ? "" : "s");
  std::string notice = policy::RenderNotice(p, *lang, *format);
  if (f.output.empty() || f.output == "-") {
    if (std::fwrite(notice.data(), 1, notice.size(), stdout) != notice.size() || std::fflush(stdout) != 0) {
      PrintError("writing to standard output failed");
      return kExitError;
    }
    return kPolicyClean;
  }
  Status s = WriteAtomically(f.output, notice);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitError;
  }
  return kPolicyClean;
}

int RunDiff(const PolicyFlags& f) {
  if (!CheckFormat("--format", f.diff_format)) return kExitError;
  auto a = policy::LoadPolicy(f.old_file);
  if (!a.ok()) {
    PrintError(a.status().message());
    return kExitError;
  }
  auto b = policy::LoadPolicy(f.new_file);
  if (!b.ok()) {
    PrintError(b.status().message());
    return kExitError;
  }
  const policy::Policy& pa = *a.value();
  const policy::Policy& pb = *b.value();
  policy::PolicyDiff d = policy::DiffPolicies(pa, pb);
  int rc = d.NeedsConsent() ? kPolicyFindings : kPolicyClean;
  using policy::Impact;
  if (f.diff_format == "json") {
    Json changes = Json::array();
    for (const auto& c : d.changes) {
      Json j{{"impact", policy::ImpactName(c.impact)}, {"path", c.path}, {"kind", c.kind}, {"what", c.what}};
      if (!c.before.empty()) j["before"] = c.before;
      if (!c.after.empty()) j["after"] = c.after;
      changes.push_back(std::move(j));
    }
    PrintJson({{"old", {{"path", f.old_file}, {"version", pa.model().version}, {"sha256", pa.sha256()}}},
               {"new", {{"path", f.new_file}, {"version", pb.model().version}, {"sha256", pb.sha256()}}},
               {"needs_consent", d.NeedsConsent()},
               {"counts", {{"consent", d.Count(Impact::kConsent)}, {"notice", d.Count(Impact::kNotice)},
                           {"internal", d.Count(Impact::kInternal)}}},
               {"changes", std::move(changes)}, {"warnings", d.warnings}, {"exit_code", rc}});
    return rc;
  }
  std::printf("%s (version %s) -> %s (version %s)\n", f.old_file.c_str(), pa.model().version.c_str(),
              f.new_file.c_str(), pb.model().version.c_str());
  for (const auto& c : d.changes) {
    std::printf("%-8s %-7s %s: %s", std::string(policy::ImpactName(c.impact)).c_str(), c.kind.c_str(),
                c.path.c_str(), c.what.c_str());
    if (!c.before.empty() || !c.after.empty())
      std::printf(" [%s -> %s]", c.before.empty() ? "-" : c.before.c_str(),
                  c.after.empty() ? "-" : c.after.c_str());
    std::printf("\n");
  }
  for (const auto& w : d.warnings) std::printf("warning: %s\n", w.c_str());
  if (d.changes.empty()) std::printf("no changes (sha256 %s)\n", pb.sha256().c_str());
  else
    std::printf("%zu change%s need renewed consent, %zu need an updated notice, %zu internal\n",
                d.Count(Impact::kConsent), d.Count(Impact::kConsent) == 1 ? "" : "s",
                d.Count(Impact::kNotice), d.Count(Impact::kInternal));
  return rc;
}

}  // namespace

CLI::App* AddPolicyCommand(CLI::App& app, PolicyFlags* f) {
  CLI::App* p = app.add_subcommand(
      "policy", "Check, publish and compare the operator's PI collection and use rules");
  p->require_subcommand(1);
  f->check = p->add_subcommand("check", "Validate policy files and lint them against Order No. 24");
  f->check->add_option("files", f->check_files, "Policy files (YAML)")->required();
  f->check->add_option("--format", f->check_format, "Output: text (default) or json");
  f->check->add_option("--date", f->date,
                       "Check contract validity on this date, YYYY-MM-DD (default: today)");
  f->check->add_flag("--strict", f->strict, "Warnings also make the exit code 1");

  f->render = p->add_subcommand("render", "Render the public notice (zh or en, HTML or Markdown)");
  f->render->add_option("file", f->render_file, "Policy file (YAML)")->required();
  f->render->add_option("--lang", f->lang, "Language of the notice: zh or en")->required();
  f->render->add_option("--format", f->render_format, "html (default) or md");
  f->render->add_option("-o,--output", f->output,
                        "Write to this file (via a temporary file renamed when complete)");

  f->diff = p->add_subcommand("diff", "Compare two versions: what changed, what needs renewed consent");
  f->diff->add_option("old", f->old_file, "The published policy")->required();
  f->diff->add_option("new", f->new_file, "The proposed policy")->required();
  f->diff->add_option("--format", f->diff_format, "Output: text (default) or json");
  return p;
}

int RunPolicy(const PolicyFlags& f) {
  if (f.check && f.check->parsed()) return RunCheck(f);
  if (f.render && f.render->parsed()) return RunRender(f);
  if (f.diff && f.diff->parsed()) return RunDiff(f);
  return kExitError;
}

}  // namespace piguard::cli
