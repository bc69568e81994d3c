// `piguard scan`: flags -> ScanConfig + ScanJobOptions -> RunScanJob -> report + exit code.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include "piguard/config.h"
#include "piguard/report.h"
#include "piguard/scan_job.h"
#include "piguard/scanner.h"
#include "tools/piguard/cli_common.h"
#include "tools/piguard/commands.h"
#include "tools/piguard/output_files.h"

namespace piguard::cli {
namespace {

// Writes warnings, notes and a progress line to stderr, and forwards everything to the report.
class Console : public ScanObserver {
 public:
  Console(ScanObserver& report, bool quiet, bool progress)
      : report_(report), quiet_(quiet), progress_(progress) {}

  void OnInputStart(const InputInfo& in) override { report_.OnInputStart(in); }
  void OnFinding(const InputInfo& in, const Finding& f) override {
    ++findings_;
    report_.OnFinding(in, f);
  }
  void OnFindings(const InputInfo& in, std::span<const Finding> found) override {
    findings_ += found.size();
    report_.OnFindings(in, found);
  }
  void OnInputEnd(const InputInfo& in, uint64_t bytes, uint64_t lines) override {
    ++inputs_;
    report_.OnInputEnd(in, bytes, lines);
  }
  void OnSkipped(const std::string& path, std::string_view reason) override {
    ClearProgress();
    if (!quiet_) std::fprintf(stderr, "piguard: note: skipped %s: %.*s\n", path.c_str(),
                              static_cast<int>(reason.size()), reason.data());
    report_.OnSkipped(path, reason);
  }
  void OnWarning(const std::string& msg) override {
    ClearProgress();
    if (!quiet_) std::fprintf(stderr, "piguard: warning: %s\n", msg.c_str());
  }
  void OnError(const std::string& msg) override {
    ClearProgress();
    PrintError(msg);
  }
  void OnProgress(uint64_t bytes) override {
    if (!progress_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    std::fprintf(stderr, "\rscanned %.1f MiB, %llu inputs, %llu findings ",
                 bytes / double(1u << 20), static_cast<unsigned long long>(inputs_),
                 static_cast<unsigned long long>(findings_));
    shown_ = true;
  }
  void ClearProgress() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }

 private:
  ScanObserver& report_;
  bool quiet_;
  bool progress_;
  bool shown_ = false;
  uint64_t findings_ = 0;
  uint64_t inputs_ = 0;
  std::chrono::steady_clock::time_point last_{};
};

std::vector<std::string> SplitCommas(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    size_t p = 0;
    while (p <= item.size()) {
      size_t c = item.find(',', p);
      if (c == std::string::npos) c = item.size();
      if (c > p) out.push_back(item.substr(p, c - p));
      p = c + 1;
    }
  }
  return out;
}

}  // namespace

CLI::App* AddScanCommand(CLI::App& app, ScanFlags* f) {
  CLI::App* s = app.add_subcommand("scan", "Find and classify personal information in files, "
                                           "directories or standard input");
  s->add_option("paths", f->paths, "Files, directories (recursive) or - for standard input")
      ->required();
  s->add_option("-f,--format", f->format, "Output: summary (default), jsonl or sarif");
  s->add_option("--input-format", f->input_format,
                "Input format: auto (default: by extension; text with a '|'-separated header row, "
                "or records of as many '|' without one, is psv, records separated by 0x01 hive; "
                "a .json file is jsonl or one json document by its start), text, csv, tsv, psv, "
                "hive (0x01-separated, no header), jsonl or json (a document, pretty-printed or "
                "not, parsed whole up to 8 MiB)");
  s->add_option("--encoding", f->encoding,
                "Text encoding of the inputs: auto (default: a byte order mark says UTF-8 or "
                "UTF-16, else the first non-ASCII text decides between UTF-8, GB18030 and "
                "Big5), utf-8, gb18030 (also read as gbk, gb2312), big5 (with HKSCS; also "
                "cp950), utf-16le or utf-16be");
  s->add_option("-c,--config", f->config, "YAML configuration file (see config/default.yaml)");
  s->add_option("--min-confidence", f->min_confidence,
                "Report findings at or above this level: VERY_UNLIKELY, UNLIKELY, POSSIBLE "
                "(default), LIKELY, VERY_LIKELY");
  s->add_option("-t,--types", f->types, "Only report these types (comma-separated)")
      ->allow_extra_args(false)
      ->take_all();
  s->add_option("-T,--exclude-types", f->exclude_types, "Do not report these types")
      ->allow_extra_args(false)
      ->take_all();
  s->add_option("-g,--include", f->include_globs,
                "Only scan files matching this glob when walking directories (repeatable)")
      ->allow_extra_args(false)
      ->take_all();
  s->add_option("-x,--exclude", f->exclude_globs,
                "Skip files and directories matching this glob (repeatable)")
      ->allow_extra_args(false)
      ->take_all();
  s->add_option("-o,--output", f->output,
                "Write the report to this file (written to a temporary name, renamed when "
                "complete)");
  s->add_flag("--show-values", f->show_values,
              "Print raw matched values in jsonl/sarif output (they are PI: handle with care)");
  s->add_flag("--no-preview", f->no_preview, "Omit the masked preview from jsonl/sarif output");
  s->add_flag("--no-header", f->no_header, "CSV/TSV inputs have no header row");
  s->add_flag("--binary", f->binary, "Scan files that look binary instead of skipping them");
  s->add_flag("--ocr", f->ocr,
              "Read the text of images and of PDF files without text by OCR (tesseract; "
              "seconds a page)");
  s->add_flag("-q,--quiet", f->quiet, "No warnings or notes on stderr (errors still shown)");
  s->add_flag("--progress", f->progress, "Show progress on stderr even when it is not a terminal");
  s->add_flag("--no-progress", f->no_progress, "Never show progress");
  s->add_option("-j,--threads", f->threads,
                "Worker threads (default: number of CPU cores; 1 scans on one core)")
      ->check(CLI::Range(0, 256));
  return s;
}

int RunScan(const ScanFlags& f) {
  ScanConfig config;
  if (!f.config.empty()) {
    auto loaded = LoadScanConfig(f.config);
    if (!loaded.ok()) {
      PrintError(loaded.status().message());
      return kExitError;
    }
    config = std::move(loaded).value();
  }
  if (!f.min_confidence.empty()) {
    auto l = ParseLikelihood(f.min_confidence);
    if (!l) {
      PrintError("--min-confidence: unknown level '" + f.min_confidence +
                 "' (use VERY_UNLIKELY, UNLIKELY, POSSIBLE, LIKELY or VERY_LIKELY)");
      return kExitError;
    }
    config.min_likelihood = *l;
    for (auto& t : config.types) t.min_likelihood.reset();
  }
  // --types / --exclude-types name built-in or custom types.
  auto known = [&](const std::string& n) {
    if (BuiltinTypeFromName(n)) return true;
    for (const auto& c : config.custom_types)
      if (c.name == n) return true;
    return false;
  };
  std::vector<std::string> only = SplitCommas(f.types), drop = SplitCommas(f.exclude_types);
  for (const auto& [names, flag] : {std::pair{&only, "--types"}, std::pair{&drop, "--exclude-types"}}) {
    for (const auto& n : *names) {
      if (!known(n)) {
        PrintError(std::string(flag) + ": unknown type '" + n +
                   "' (built-in names are listed in docs/scan.md; custom ones come from --config)");
        return kExitError;
      }
    }
  }
  auto listed = [](const std::vector<std::string>& v, std::string_view n) {
    return std::find(v.begin(), v.end(), n) != v.end();
  };
  for (TypeId t = 0; t < kBuiltinTypeCount; ++t) {
    std::string_view n = BuiltinTypeName(t);
    if ((!only.empty() && !listed(only, n)) || listed(drop, n)) config.types[t].enabled = false;
  }
  for (auto& c : config.custom_types)
    if ((!only.empty() && !listed(only, c.name)) || listed(drop, c.name)) c.enabled = false;

  auto scanner = Scanner::Create(config);
  if (!scanner.ok()) {
    PrintError(scanner.status().message());
    return kExitError;
  }
  ReportOptions ropt;
  auto of = ParseOutputFormat(f.format);
  if (!of) {
    PrintError("--format: unknown output format '" + f.format + "' (use summary, jsonl or sarif)");
    return kExitError;
  }
  ropt.format = *of;
  ropt.show_values = f.show_values;
  ropt.show_preview = !f.no_preview;
  auto job = JobOptionsFromFlags(
      {f.paths, f.input_format, f.include_globs, f.exclude_globs, f.no_header, f.binary,
       f.encoding});
  if (!job.ok()) {
    PrintError(job.status().message());
    return kExitError;
  }
  ScanJobOptions jopt = std::move(job).value();
  jopt.ocr = f.ocr;
  jopt.threads = f.threads > 0 ? f.threads
                               : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // The summary shows counts, not lines: the scan need not count the lines of its findings.
  jopt.finding_lines = ropt.format != OutputFormat::kSummary;

  // -o: written to a temporary file and renamed when complete (removed on signals).
  std::unique_ptr<OutputFile> file;
  std::FILE* out = stdout;
  if (!f.output.empty() && f.output != "-") {
    auto opened = OutputFile::Open(f.output, /*allow_gzip=*/false);
    if (!opened.ok()) {
      PrintError(opened.status().message());
      return kExitError;
    }
    file = std::move(opened).value();
    out = file->stream();
  }
  auto report = MakeReportWriter(*scanner.value(), ropt, out);
  bool progress = !f.no_progress && (f.progress || isatty(STDERR_FILENO));
  Console console(*report, f.quiet, progress);
  ScanJobSummary summary = RunScanJob(*scanner.value(), jopt, console);
  console.ClearProgress();
  Status written = report->Finish(summary);
  if (file) {
    if (written.ok()) written = file->Commit();
    else file->Abandon();
  }
  if (!written.ok()) {
    PrintError(written.message());
    return kExitError;
  }
  if (summary.errors) return kExitError;
  return summary.findings ? kExitFound : kExitClean;
}

}  // namespace piguard::cli
