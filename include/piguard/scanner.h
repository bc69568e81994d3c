// The detector set: compiled once from a ScanConfig, immutable, shared by all threads.
//
// Usage:
//   auto scanner = piguard::Scanner::Create(config);      // Result<std::unique_ptr<Scanner>>
//   piguard::ScanScratch scratch;                           // one per thread
//   scanner.value()->Scan(segment, scratch, sink);          // findings arrive at sink
//
// Cost: Scan is linear in the segment length; candidates are found by a byte-class pass
// (digits, '@', '=', ':', '/', non-ASCII) and confirmed by validators, so text without such
// bytes costs one pass. Memory: the scratch grows to a small multiple of the longest segment.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "piguard/config.h"
#include "piguard/finding.h"
#include "piguard/status.h"

namespace piguard {

// What a field name (CSV column, JSON key or path, key of key=value) says about its value.
// Computed once per column / key with Scanner::ClassifyField and reused for every value.
struct FieldClass {
  uint32_t type_mask = 0;  // bit t set: the name suggests built-in type t (e.g. "msisdn")
  bool exclusion = false;  // the name says "not PI" (order id, trace id, timestamp, version)
  // The name is a cell's own identity (cell, CellId, ci), not an area of many cells (lac,
  // tac): a 2G/3G cell identity has at most five digits.
  bool cell_identity = false;
  // The name is an area of many cells (lac, tac, rac; a device's tac is its IMEI's type
  // allocation code): its number alone is no one's cell.
  bool cell_area = false;
  // The name is only a generic label ("No.", "Number"): in running text the words before it
  // ("Home Return Permit No.:") say what the value is.
  bool generic_label = false;
  // The name holds a person only sometimes ("operator": a clerk or a carrier; "handler",
  // "worker"): a value that is exactly a Chinese name with a common surname is one.
  bool person_if_full_name = false;
  // The name holds a shell command (command, cmd, cmdline, 命令): the value's options may
  // carry passwords and tokens, found as on a line of shell history.
  bool command = false;
  // What the name holds is named elsewhere on its line: a CEF custom field (cs1-cs6, cn1-cn3,
  // flexString1-2, ...) by the same event's "<name>Label=" (cs3Label=Counterparty cs3=王芳);
  // a value that says only that it is one (before, old, new, orig, raw ...) by the column a
  // key before it names (col=cust_name rule=MASK_NAME before=邹涛波).
  bool named_on_line = false;
  // The name holds a parcel's neighbours (四至, 东至 ...): its parts between '/' are
  // landmarks (村道, 水渠) or the neighbouring households' heads, by name.
  bool neighbours = false;
  // The name is a broadband (PPPoE) login (宽带账号, pppoe_user, broadband_account): a
  // mobile number there is the subscriber's own, but many operators number logins like
  // landlines (area code and eight digits: 073160673781), which name no line.
  bool login_account = false;
  bool HintsType(TypeId t) const { return t < 32 && (type_mask >> t) & 1u; }
};

// One run of bytes to scan, with what is known about where it came from.
struct Segment {
  std::string_view text;     // the bytes; need not be valid UTF-8
  uint64_t base_offset = 0;  // offset of text[0] in the original input
  uint64_t line = 1;         // line number of text[0]
  std::string_view field;    // column name / JSON path / empty
  const FieldClass* field_class = nullptr;  // ClassifyField(field), or null when no field
  // Optional: when `text` is a transformed copy (e.g. JSON unescaped), offset_map[i] is the
  // original offset of text[i] relative to base_offset; it has text.size() + 1 entries.
  // Such a segment lies on one line of the input (newlines in `text` are decoded escapes).
  const uint32_t* offset_map = nullptr;
  // True when the segment is a whole structured value (CSV cell, JSON string): a field
  // hint then applies to the value as a whole (e.g. a name column holds exactly a name).
  bool whole_value = false;
  // How many bytes after `text` may be read (never scanned or reported): a short value that
  // sits in a larger buffer (a CSV cell in its chunk) lets the scanner use wide loads.
  size_t readable_after = 0;
  // False: findings carry line 0 instead of their line, for a caller that shows no lines (a
  // summary). Counting them is a pass over the text between findings.
  bool count_lines = true;
};

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void OnFinding(const Finding& finding) = 0;
};

// Per-thread working memory for Scanner::Scan. Not thread-safe; reuse it across calls.
class ScanScratch {
 public:
  ScanScratch();
  ~ScanScratch();
  ScanScratch(const ScanScratch&) = delete;
  ScanScratch& operator=(const ScanScratch&) = delete;
  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

class Scanner {
 public:
  // Compiles the detector set. Fails with kInvalidArgument for a bad custom regex.
  static Result<std::unique_ptr<Scanner>> Create(const ScanConfig& config);
  ~Scanner();

  // Finds PI in one segment and reports each finding at or above the configured minimum
  // likelihood, in order of start offset, without overlaps. Thread-safe (const). A value
  // under a command field (FieldClass::command) that is a command line is scanned as
  // ScanWithCommandLines scans one.
  void Scan(const Segment& segment, ScanScratch& scratch, FindingSink& sink) const;
  // Scan, where some lines of the segment are shell command lines (a prompt may come first;
  // the text reader finds them): also reports the passwords and tokens given as options of
  // the programs they run (`mysql -pSECRET`, `curl -u user:SECRET`). command_lines: the
  // offsets in segment.text where those lines start, ascending.
  void ScanWithCommandLines(const Segment& segment, std::span<const uint32_t> command_lines,
                            ScanScratch& scratch, FindingSink& sink) const;

  FieldClass ClassifyField(std::string_view field_name) const;
  // The classes of a table's columns that have no name, from sample rows of their values
  // (a header-less export): a column whose values are mostly whole Chinese names with a
  // common surname holds people (person_if_full_name); one whose dates are mostly the birth
  // date in the same row's resident ID holds birth dates. Other columns get an empty class.
  std::vector<FieldClass> InferColumns(const std::vector<std::vector<std::string_view>>& rows) const;

  // Name of any type this scanner reports, built-in or custom.
  std::string_view TypeName(TypeId type) const;
  size_t TypeCount() const;
  const ScanConfig& config() const;

  struct Impl;

 private:
  explicit Scanner(std::unique_ptr<Impl> impl);
  void ScanCommandValue(const Segment& segment, ScanScratch& scratch, FindingSink& sink) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace piguard
