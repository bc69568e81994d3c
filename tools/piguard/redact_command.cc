// `piguard redact` / `piguard reveal`: flags -> scanner + rules + key -> RunRedactJob, with
// outputs written atomically (docs/redact.md).
#include "tools/piguard/redact_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "crypto/keys.h"
#include "piguard/config.h"
#include "piguard/policy.h"
#include "piguard/redact.h"
#include "piguard/scan_job.h"
#include "piguard/scanner.h"
#include "tools/piguard/cli_common.h"
#include "tools/piguard/commands.h"
#include "tools/piguard/output_files.h"

namespace piguard::cli {
namespace {

bool IsDirectory(const std::string& p) {
  std::error_code ec;
  return p != "-" && std::filesystem::is_directory(p, ec);
}

// A mirrored output is written uncompressed unless its name ends in .gz (OutputFile), so an
// input decoded from zstd, xz or bzip2 loses that suffix: "c.jsonl.zst" -> "c.jsonl". A gzip
// input keeps its name and is written as gzip again.
std::string WithoutDecodedSuffix(const std::string& name, std::string_view compression) {
  auto ends_with = [&](std::string_view suffix) {
    if (name.size() <= suffix.size()) return false;
    const char* tail = name.data() + name.size() - suffix.size();
    for (size_t i = 0; i < suffix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(tail[i])) != suffix[i]) return false;
    return true;
  };
  std::vector<std::string_view> suffixes;
  if (compression == "zstd") suffixes = {".zst", ".zstd"};
  if (compression == "xz") suffixes = {".xz"};
  if (compression == "bzip2") suffixes = {".bz2"};
  for (std::string_view s : suffixes)
    if (ends_with(s)) return name.substr(0, name.size() - s.size());
  return name;
}

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

// Writes each input's redacted bytes to its destination: standard output, one named file,
// or the same relative path below an output directory.
class FileOutputs : public RedactOutput {
 public:
  FileOutputs(const RedactFlags& f, bool to_dir, bool quiet)
      : flags_(f), to_dir_(to_dir), quiet_(quiet) {}

  void OnInputStart(const InputInfo& in) override {
    current_.reset();
    failed_ = false;
    std::string dest = Destination(in.path);
    if (to_dir_) dest = WithoutDecodedSuffix(dest, in.compression);
    if (dest != "-" && in.path != "-" && SameFile(dest, in.path)) {
      open_error_ = IoError(dest + ": the output would overwrite its own input; choose another -o");
      return;
    }
    // Two inputs mirrored to one name (a/x.log and b/x.log named on the command line, or
    // c.csv and c.csv.zst): the second would silently replace the first's output.
    if (dest != "-" && std::find(outputs_.begin(), outputs_.end(), dest) != outputs_.end()) {
      open_error_ = IoError(dest + ": another input was already written to this output; "
                                   "redact them separately");
      return;
    }
    if (dest != "-") {
      if (Status st = MakeParentDirs(dest); !st.ok()) {
        open_error_ = st;
        return;
      }
    }
    auto file = OutputFile::Open(dest);
    if (!file.ok()) {
      open_error_ = file.status();
      return;
    }
    current_ = std::move(file).value();
    outputs_.push_back(dest);
  }

  Status Write(const InputInfo& /*in*/, std::string_view bytes) override {
    if (!open_error_.ok()) return open_error_;
    if (!current_) return Status(StatusCode::kInternal, "no output open");
    Status st = current_->Write(bytes);
    if (st.ok() && flags_.line_buffered) st = current_->Flush();
    return st;
  }

  void OnFinding(const InputInfo&, const Finding&) override {}

  void OnInputEnd(const InputInfo& in, uint64_t /*bytes*/, uint64_t /*lines*/) override {
    if (!current_) return;
    if (failed_) {
      current_->Abandon();
      PrintError(in.path + ": not completely read; its output was removed, not left half-written");
      outputs_.pop_back();
    } else if (Status st = current_->Commit(); !st.ok()) {
      PrintError(st.message());
      ++commit_errors_;
    }
    current_.reset();
  }
  void OnSkipped(const std::string& path, std::string_view reason) override {
    if (!quiet_)
      std::fprintf(stderr, "piguard: note: skipped %s: %.*s (nothing written for it)\n",
                   path.c_str(), static_cast<int>(reason.size()), reason.data());
  }
  void OnWarning(const std::string& msg) override {
    if (!quiet_) std::fprintf(stderr, "piguard: warning: %s\n", msg.c_str());
  }
  void OnError(const std::string& msg) override {
    PrintError(msg);
    failed_ = true;
  }

  // After the job: an output still open was cut short (strict stop, write error).
  void AbandonOpen() {
    if (current_) current_->Abandon();
    current_.reset();
  }
  const Status& open_error() const { return open_error_; }
  int commit_errors() const { return commit_errors_; }
  const std::vector<std::string>& outputs() const { return outputs_; }

 private:
  std::string Destination(const std::string& input) const {
    if (!to_dir_) return flags_.output.empty() ? "-" : flags_.output;
    // the input's path below the directory it was found in
    for (const auto& root : flags_.paths) {
      if (!IsDirectory(root)) {
        if (root == input) return flags_.output + "/" + std::filesystem::path(input).filename().string();
        continue;
      }
      std::string prefix = root.back() == '/' ? root : root + "/";
      if (input.compare(0, prefix.size(), prefix) == 0)
        return flags_.output + "/" + input.substr(prefix.size());
    }
    return flags_.output + "/" + std::filesystem::path(input).filename().string();
  }

  const RedactFlags& flags_;
  bool to_dir_;
  bool quiet_;
  std::unique_ptr<OutputFile> current_;
  bool failed_ = false;
  Status open_error_;
  int commit_errors_ = 0;
  std::vector<std::string> outputs_;
};

Result<std::optional<RedactKey>> LoadKey(const RedactFlags& f) {
  if (!f.key_file.empty() && !f.key_env.empty())
    return InvalidArgument("give either --key-file or --key-env, not both");
  std::optional<Result<crypto::KeyMaterial>> loaded;
  if (!f.key_file.empty()) loaded.emplace(crypto::LoadKeyFile(f.key_file));
  else if (!f.key_env.empty()) loaded.emplace(crypto::LoadKeyFromEnv(f.key_env));
  if (!loaded) return std::optional<RedactKey>();
  if (!loaded->ok()) return loaded->status();
  RedactKey key;
  key.id = loaded->value().id();
  auto bytes = loaded->value().bytes();
  std::copy(bytes.begin(), bytes.end(), key.bytes.begin());
  return std::optional<RedactKey>(std::move(key));
}

// The record of a run that reveal (and an auditor) needs: which key and context, which
// rules, what came out. No values.
Status WriteManifest(const std::string& path, const std::string& key_id, const std::string& context,
                     const std::string& rules_source, const std::string& rules_text,
                     const FileOutputs& out, const RedactJobSummary& sum) {
  nlohmann::ordered_json m;
  m["piguard_version"] = PIGUARD_VERSION;
  m["key_id"] = key_id.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(key_id);
  m["context"] = context;
  m["rules"] = rules_source;
  m["rules_sha256"] = policy::Sha256Hex(rules_text);
  m["outputs"] = out.outputs();
  m["bytes"] = sum.scan.bytes;
  m["findings"] = sum.stats.findings;
  m["transformed"] = sum.stats.transformed;
  m["fpe_fallbacks"] = sum.stats.fpe_fallbacks;
  m["dropped_fields"] = sum.stats.dropped_fields;
  m["malformed_records"] = sum.stats.malformed_records;
  auto file = OutputFile::Open(path);
  if (!file.ok()) return file.status();
  if (Status st = file.value()->Write(m.dump(2) + "\n"); !st.ok()) return st;
  return file.value()->Commit();
}

// Checks that the key and context given to reveal are the ones a manifest records.
Status CheckManifest(const std::string& path, const std::string& key_id, const std::string& context) {
  std::ifstream in(path);
  if (!in) return NotFound(path + ": cannot open the manifest");
  auto m = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!m.is_object() || !m.contains("key_id") || !m.contains("context") ||
      !m["context"].is_string())
    return InvalidArgument(path + ": not a piguard redact manifest (it needs key_id and context; "
                           "write one with redact --manifest)");
  if (!m["key_id"].is_string())
    return InvalidArgument(path + ": the data was redacted without a key, so nothing in it can "
                           "be revealed");
  std::string want_key = m["key_id"], want_context = m["context"];
  if (want_key != key_id)
    return InvalidArgument(path + ": the data was redacted with key '" + want_key +
                           "', but the key given is '" + key_id + "'");
  if (want_context != context)
    return InvalidArgument(path + ": the data was redacted in context '" + want_context +
                           "', but the context given is '" + context + "'");
  return Status::Ok();
}

void AddCommonFlags(CLI::App* s, RedactFlags* f) {
  s->add_option("paths", f->paths, "Files, directories (recursive) or - for standard input")
      ->default_val(std::vector<std::string>{"-"});
  s->add_option("-f,--format,--input-format", f->input_format,
                "Format of input and output: auto (default: by extension; text with a "
                "'|'-separated header row, or records of as many '|' without one, is psv, records "
                "separated by 0x01 hive), text, csv, tsv, psv, hive, jsonl or json (one "
                "document, parsed whole up to 8 MiB)");
  s->add_option("--encoding", f->encoding,
                "Text encoding of input and output: auto (default: a byte order mark says "
                "UTF-8 or UTF-16, else the first non-ASCII text decides between UTF-8, "
                "GB18030 and Big5), utf-8, gb18030 (also gbk), big5, utf-16le or utf-16be");
  s->add_option("-c,--config", f->config, "Scan configuration (YAML, see docs/config.md)");
  s->add_option("-r,--rules", f->rules,
                "Redact rules (YAML, docs/redact.md); default: config/redact-default.yaml");
  s->add_option("--context", f->context,
                "Context of this use (a trustee, a purpose): tokens differ between contexts");
  s->add_option("--key-file", f->key_file, "Key file (mode 0600; docs/redact.md)");
  s->add_option("--key-env", f->key_env, "Environment variable holding the key");
  s->add_option("-o,--output", f->output,
                "Output file, or directory when there are several inputs (default: standard "
                "output); written to a temporary name and renamed when complete");
  s->add_option("--manifest", f->manifest,
                "redact: write a JSON record of key id, context, rules and counts; reveal: check "
                "that key and context match it");
  s->add_option("-g,--include", f->include_globs, "Only files matching this glob (repeatable)")
      ->allow_extra_args(false)
      ->take_all();
  s->add_option("-x,--exclude", f->exclude_globs, "Skip files matching this glob (repeatable)")
      ->allow_extra_args(false)
      ->take_all();
  s->add_flag("--line-buffered", f->line_buffered,
              "Answer every line as soon as it arrives and flush after it (filters in "
              "pipelines: Hive TRANSFORM, ClickHouse executable UDFs)");
  s->add_flag("--strict", f->strict, "Stop with exit 2 at the first malformed record");
  s->add_flag("--no-header", f->no_header, "CSV/TSV inputs have no header row");
  s->add_flag("--binary", f->binary, "Process files that look binary instead of skipping them");
  s->add_flag("-q,--quiet", f->quiet, "No warnings, notes or summary on stderr");
  s->add_option("-j,--threads", f->threads,
                "Worker threads (default 1; output order is input order for any N)")
      ->check(CLI::Range(1, 256));
}

int RevealValues(const Redactor& redactor, TypeId type, bool quiet) {
  std::string line;
  uint64_t n = 0, bad = 0;
  while (std::getline(std::cin, line)) {
    ++n;
    bool cr = !line.empty() && line.back() == '\r';
    if (cr) line.pop_back();
    auto r = redactor.RevealValue(type, line);
    if (r.ok()) {
      std::fwrite(r.value().data(), 1, r.value().size(), stdout);
    } else {
      ++bad;
      if (!quiet) std::fprintf(stderr, "piguard: warning: -:%llu: %s\n",
                               static_cast<unsigned long long>(n), r.status().message().c_str());
    }
    std::fputc('\n', stdout);
  }
  if (std::fflush(stdout) != 0) {
    PrintError("standard output: write failed");
    return kExitError;
  }
  return bad ? kExitFound : kExitClean;
}

}  // namespace

CLI::App* AddRedactCommand(CLI::App& app, RedactFlags* f) {
  CLI::App* s = app.add_subcommand(
      "redact", "De-identify personal information in files or a stream; every other byte is "
                "copied unchanged");
  AddCommonFlags(s, f);
  return s;
}

CLI::App* AddRevealCommand(CLI::App& app, RedactFlags* f) {
  CLI::App* s = app.add_subcommand(
      "reveal", "Reverse fpe and ip_prefix tokens given the key and context they were made with");
  AddCommonFlags(s, f);
  s->add_option("--type", f->type,
                "Reveal single tokens of this type, one per line on standard input");
  return s;
}

int RunRedact(const RedactFlags& f, bool reveal) {
  ScanConfig config;
  if (!f.config.empty()) {
    auto loaded = LoadScanConfig(f.config);
    if (!loaded.ok()) {
      PrintError(loaded.status().message());
      return kExitError;
    }
    config = std::move(loaded).value();
  }
  auto scanner = Scanner::Create(config);
  if (!scanner.ok()) {
    PrintError(scanner.status().message());
    return kExitError;
  }
  std::string rules_text;
  RedactRules rules;
  if (f.rules.empty()) {
    rules_text = std::string(DefaultRedactRulesYaml());
    rules = DefaultRedactRules();
  } else {
    std::ifstream in(f.rules, std::ios::binary);
    if (!in) {
      PrintError(f.rules + ": cannot open the redact rules file");
      return kExitError;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    rules_text = buf.str();
    auto parsed = ParseRedactRules(rules_text, f.rules);
    if (!parsed.ok()) {
      PrintError(parsed.status().message());
      return kExitError;
    }
    rules = std::move(parsed).value();
  }
  auto key = LoadKey(f);
  if (!key.ok()) {
    PrintError(key.status().message());
    return kExitError;
  }
  const RedactKey* key_ptr = key.value() ? &*key.value() : nullptr;
  std::string context = f.context.empty() ? rules.context : f.context;
  auto redactor = Redactor::Create(*scanner.value(), rules, key_ptr, context,
                                   reveal ? Redactor::Mode::kReveal : Redactor::Mode::kRedact);
  if (!redactor.ok()) {
    PrintError(redactor.status().message());
    return kExitError;
  }
  if (reveal && !f.manifest.empty()) {
    Status st = CheckManifest(f.manifest, key_ptr ? key_ptr->id : "", context);
    if (!st.ok()) {
      PrintError(st.message());
      return kExitError;
    }
  }
  if (reveal && !f.type.empty()) {
    auto t = BuiltinTypeFromName(f.type);
    if (!t) {
      PrintError("--type: unknown type '" + f.type + "' (built-in names are in docs/scan.md)");
      return kExitError;
    }
    return RevealValues(*redactor.value(), *t, f.quiet);
  }

  auto job = JobOptionsFromFlags({f.paths, f.input_format, f.include_globs, f.exclude_globs,
                                  f.no_header, f.binary, f.encoding});
  if (!job.ok()) {
    PrintError(job.status().message());
    return kExitError;
  }
  ScanJobOptions jopt = std::move(job).value();
  jopt.threads = f.threads;
  jopt.low_latency = f.line_buffered;
  jopt.finding_lines = false;  // nothing here shows a finding's line (Outputs::OnFinding)

  const bool single = f.paths.size() == 1 && !IsDirectory(f.paths[0]);
  if (!single) {
    if (f.output.empty() || f.output == "-") {
      PrintError("several inputs (or a directory) need -o DIR: each output is written to the "
                 "same relative path below DIR");
      return kExitError;
    }
    for (const auto& p : f.paths)
      if (p == "-") {
        PrintError("standard input (-) cannot be combined with other inputs");
        return kExitError;
      }
  }
  FileOutputs outputs(f, /*to_dir=*/!single, f.quiet);
  RedactJobOptions ropt;
  ropt.strict = f.strict;
  RedactJobSummary sum = RunRedactJob(*redactor.value(), jopt, ropt, outputs);
  outputs.AbandonOpen();

  int rc = kExitClean;
  if (sum.stopped_strict) {
    PrintError("--strict: stopped at a malformed record (see the warning above); the output "
               "being written was removed");
    rc = kExitError;
  }
  if (!sum.write_error.ok()) {
    PrintError(sum.write_error.message());
    rc = kExitError;
  }
  if (sum.scan.errors || outputs.commit_errors()) rc = kExitError;
  if (!reveal && !f.manifest.empty() && rc == kExitClean) {
    Status st = WriteManifest(f.manifest, key_ptr ? key_ptr->id : "", context, rules.source,
                              rules_text, outputs, sum);
    if (!st.ok()) {
      PrintError(st.message());
      rc = kExitError;
    }
  }
  if (!f.quiet) {
    const RedactStats& s = sum.stats;
    if (reveal) {
      std::fprintf(stderr, "piguard: revealed %llu values in %llu inputs (%llu found that did not decrypt)\n",
                   static_cast<unsigned long long>(s.revealed),
                   static_cast<unsigned long long>(sum.scan.inputs),
                   static_cast<unsigned long long>(s.not_revealed));
    } else {
      std::fprintf(stderr,
                   "piguard: redacted %llu inputs, %.1f MiB: %llu findings, %llu rewritten, "
                   "%llu fpe fallbacks, %llu fields dropped, %llu malformed records; key %s, "
                   "context '%s'\n",
                   static_cast<unsigned long long>(sum.scan.inputs), sum.scan.bytes / 1048576.0,
                   static_cast<unsigned long long>(s.findings),
                   static_cast<unsigned long long>(s.transformed),
                   static_cast<unsigned long long>(s.fpe_fallbacks),
                   static_cast<unsigned long long>(s.dropped_fields),
                   static_cast<unsigned long long>(s.malformed_records),
                   key_ptr ? key_ptr->id.c_str() : "(none)", context.c_str());
    }
  }
  return rc;
}

}  // namespace piguard::cli
