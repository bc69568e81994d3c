// Scanning files, directories and stdin: format detection, readers (text, CSV/TSV, JSON Lines;
// gzip, zstd, xz and bzip2 decompressed), parallel chunked scanning with results delivered in input order.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/finding.h"
#include "piguard/scanner.h"
#include "piguard/text_encoding.h"

namespace piguard {

// kPsv: pipe-separated ('|'), as billing systems and database unload files write CDRs and
// exports; no quoting rules, like TSV. kHive: separated by the byte 0x01, Hive's default text
// table format (the files of a table's directory: `000000_0`), no header, no quoting.
// kJson: one JSON document (or several after one another) that may span many lines, as a
// pretty-printed .json file; kJsonl: one JSON value per line.
enum class InputFormat { kAuto, kText, kCsv, kTsv, kJsonl, kPsv, kJson, kHive };
// auto|text|csv|tsv|psv|hive|jsonl|json
std::optional<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat f);
// CSV, TSV, pipe- or 0x01-separated: records of cells, maybe under a header row.
inline bool IsDelimited(InputFormat f) {
  return f == InputFormat::kCsv || f == InputFormat::kTsv || f == InputFormat::kPsv ||
         f == InputFormat::kHive;
}
inline char DelimiterOf(InputFormat f) {
  return f == InputFormat::kCsv   ? ','
         : f == InputFormat::kTsv ? '\t'
         : f == InputFormat::kHive ? '\x01'
                                   : '|';
}

struct ScanJobOptions {
  // Files, directories (walked recursively, in sorted order) or "-" for standard input.
  std::vector<std::string> paths;
  // kAuto: by extension (.csv, .tsv, .jsonl/.ndjson; .json with one object per line is
  // kJsonl, other .json starting with '{' or '[' is kJson; a
  // trailing .gz, .zst, .zstd, .xz or .bz2 is looked through), otherwise text; stdin is
  // sniffed for JSON Lines. Text (and stdin) whose first line is a '|'-separated header
  // (formats::LooksPipeSeparated) is read as kPsv; text whose first lines are records with
  // as many 0x01 or '|' each and no header (formats::HeaderlessDelimiter) as kHive or a
  // kPsv without header. Compression is recognised by content,
  // never by name.
  InputFormat format = InputFormat::kAuto;
  // Globs (fnmatch) applied while walking directories, matched against the path below the
  // directory given and against the base name. Explicitly named files are always scanned.
  std::vector<std::string> include_globs;
  std::vector<std::string> exclude_globs;
  // kAuto: a byte order mark names UTF-8 or UTF-16; without one, the first stretch of an
  // input that is not ASCII decides between UTF-8 and GB18030 (encoding::LooksLikeGb18030).
  // Decoded inputs are scanned as UTF-8; offsets and lines stay those of the input's bytes.
  TextEncoding encoding = TextEncoding::kAuto;
  bool csv_header = true;   // the first CSV/TSV record names the columns
  bool scan_binary = false; // scan files that look binary (NUL bytes near the start) as text
  // Read the text of images, and of PDF files without text, by OCR (tesseract; slow).
  bool ocr = false;
  int threads = 1;          // worker threads; 1 scans inline on the calling thread
  // Unit of parallel work (memory: ~(threads + 2) chunks). Small enough that a chunk and the
  // scan's scratch stay in a core's L2 cache through the passes over it.
  size_t chunk_bytes = 512u << 10;
  // Longer lines/records, and longer kJson documents (parsed whole), are scanned in pieces
  // as text.
  size_t max_record_bytes = 8u << 20;
  // False: findings carry line 0 (Finding::line), for an observer that shows no lines.
  bool finding_lines = true;
  // Process what has arrived as soon as it ends a record instead of filling a whole chunk
  // first: a filter in a pipeline (stdin -> stdout) must answer each line without waiting
  // for the next megabytes. Throughput is a little lower with many tiny reads.
  bool low_latency = false;
};

struct InputInfo {
  std::string path;         // as given or as found while walking; "-" for stdin
  InputFormat format = InputFormat::kText;  // resolved format
  // The compression the input was decoded from: "" (none), "gzip", "zstd", "xz" or "bzip2"
  // (a static string). Offsets and lines refer to the decompressed bytes.
  std::string_view compression;
  // The encoding the input was decoded from: "" (UTF-8, read as it is), "gb18030",
  // "utf-16le" or "utf-16be" (a static string). Decided while the input is read (an input
  // whose first megabytes are ASCII is decided later): final when OnInputEnd is called.
  std::string_view encoding;
  // A part of an Office file (a worksheet, a document's body, header or comments): `path`
  // names the file and, after a '!', the part (none for a document's body);
  // file_path_length is how much of `path` is the file (0: all of it). Such a part's offsets and lines count its rendered text (a worksheet's line is
  // its row), not the file's bytes.
  size_t file_path_length = 0;
  bool rendered = false;
  // A member of an archive ("backup.zip!exports/a.csv", "a.tar.gz!b.zip!c.log", or an Office
  // file's part inside one, "a.zip!book.xlsx!Sheet1"): how much of `path` is the archive file
  // on disk (0: the input is no member). Offsets and lines count the member's own
  // (decompressed or rendered) bytes.
  size_t archive_path_length = 0;
};

// Receives a scan's results. All calls are made on the thread that called RunScanJob, in
// input order and, within an input, in offset order; implementations need no locking.
class ScanObserver {
 public:
  virtual ~ScanObserver() = default;
  virtual void OnInputStart(const InputInfo& /*input*/) {}
  virtual void OnFinding(const InputInfo& input, const Finding& finding) = 0;
  // A run of findings of one input, in offset order: the job delivers each chunk's findings
  // with one call. The default hands them to OnFinding one by one; an observer that handles
  // many findings may take the run at once. The findings are valid only during the call.
  virtual void OnFindings(const InputInfo& input, std::span<const Finding> findings) {
    for (const Finding& f : findings) OnFinding(input, f);
  }
  virtual void OnInputEnd(const InputInfo& /*input*/, uint64_t /*bytes*/, uint64_t /*lines*/) {}
  // A file that was not scanned on purpose (binary content); not an error.
  virtual void OnSkipped(const std::string& /*path*/, std::string_view /*reason*/) {}
  // Something in the input was odd but the scan went on ("path:line: what").
  virtual void OnWarning(const std::string& /*message*/) {}
  // An input could not be read (or only partly); the job goes on with the next input.
  virtual void OnError(const std::string& /*message*/) {}
  virtual void OnProgress(uint64_t /*bytes_scanned*/) {}
};

struct ScanJobSummary {
  uint64_t inputs = 0;    // inputs scanned (fully or partly)
  uint64_t bytes = 0;     // bytes scanned (decompressed)
  uint64_t findings = 0;
  uint64_t skipped = 0;   // binary files skipped
  uint64_t errors = 0;    // inputs that could not be read completely
  uint64_t warnings = 0;
};

ScanJobSummary RunScanJob(const Scanner& scanner, const ScanJobOptions& options,
                          ScanObserver& observer);

}  // namespace piguard
