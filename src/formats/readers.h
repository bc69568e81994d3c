// Format readers: turn one chunk of an input (a run of whole lines / records) into scanner
// segments with their context, and collect the findings with stable views.
#pragma once

#include <simdjson.h>

#include <array>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "formats/sql.h"
#include "piguard/scan_job.h"
#include "piguard/scanner.h"

namespace piguard::formats {

// Zero bytes kept after every chunk's data so simdjson may read past a line's end.
inline constexpr size_t kChunkPadding = simdjson::SIMDJSON_PADDING;

struct Chunk {
  std::string data;          // size() == size + kChunkPadding; the tail is zero bytes
  size_t size = 0;           // bytes of input in this chunk
  uint64_t base_offset = 0;  // offset of data[0] in the input
  size_t skip_bytes = 0;     // bytes at the start not to scan (the CSV header row)
  bool as_text = false;      // scan as plain text whatever the format (pieces, broken CSV)
  bool mid_record = false;   // starts inside a record cut by an over-long-record split
  // An input decoded from another encoding (GB18030, UTF-16): `data` holds UTF-8, and
  // source_map[k] is where the character of data[k] starts in the input, relative to
  // base_offset (size + 1 entries; the last is the input bytes the chunk covers). Empty when
  // `data` is the input as read. Readers work on `data`; ScanJob maps findings back.
  std::vector<uint32_t> source_map;
  TextEncoding encoding = TextEncoding::kUtf8;  // what `data` was decoded from
  // A decoded e-mail (formats/mail.h) does not keep the input's lines: its lines are counted
  // in the input instead, from the offsets of the input's '\n' bytes (relative to
  // base_offset). ScanJob moves findings' and warnings' lines there.
  bool lines_from_input = false;
  std::vector<uint32_t> input_newlines;
  bool input_ends_line = false;  // (lines_from_input) the input's last byte is '\n'
  // A SQL dump's tables as the CREATE TABLE statements up to the end of this chunk define
  // them (later ones last); null when the input is no SQL text. Its INSERT statements
  // without a column list get their columns' names from here.
  std::shared_ptr<const std::vector<SqlTableColumns>> sql_tables;
  std::string_view view() const { return std::string_view(data.data(), size); }
  // Bytes of the input this chunk covers.
  size_t input_bytes() const { return source_map.empty() ? size : source_map.back(); }
};

struct CsvHeader {
  std::vector<std::string> names;
  std::vector<FieldClass> classes;
  size_t start = 0;  // where the header record starts: after title and blank rows, if any
  char delim = ',';  // the delimiter the records use (CsvDelimiter for .csv files)
  // The classes of the columns past the named ones, when their values say what they hold
  // (Scanner::InferColumns on the first records): index 0 is the first unnamed column.
  std::vector<FieldClass> inferred;
};

// Fills header->inferred from up to 100 records of `data` starting at `from` (a table with
// no header row, or more columns than its header names).
void InferUnnamedColumns(const Scanner& scanner, std::string_view data, size_t from, bool quoted,
                         CsvHeader* header);

// The delimiter of a CSV file from its first line (after a BOM): ',' when the line has a
// ',' outside quotes; else the one of ';', '|' and tab it has most of, when at least two
// (European spreadsheet exports write decimal commas and separate cells with ';'; gateways
// and databases export '|' or tabs into files named .csv); else ','.
char CsvDelimiter(std::string_view head);

struct ChunkWarning {
  uint64_t line;  // 1-based, relative to the chunk's first line
  uint64_t col;   // 1-based byte column, 0 when not known
  std::string what;
  bool malformed_record = false;  // a CSV/JSON record that does not parse (not just odd bytes)
  // `col` counts the input's bytes already (else the chunk's: for a decoded chunk, UTF-8).
  bool col_in_input = false;
};

// Where a structured value sits in a chunk, for rewriting it (piguard redact). Recorded only
// when ReaderScratch::record_values is set; offsets are relative to the chunk's data.
struct ValueSpan {
  enum Kind : uint8_t {
    kCsvHeader,   // a header cell; `index` is its column
    kCsvCell,     // a data cell; `index` is its column
    kJsonString,  // a string value (not a key)
    kJsonNumber,
    kJsonMember,  // an object member: token_start = the key's opening quote,
                  // start = end = the first byte of its value (its end is found on demand)
  };
  Kind kind;
  uint32_t index = 0;
  uint64_t record = 0;       // 0-based record (CSV) or line (JSON Lines) within the chunk
  size_t token_start = 0;    // the whole token, quotes included
  size_t token_end = 0;
  size_t start = 0;          // the content, inside any quotes
  size_t end = 0;
  std::string_view field;    // column name / JSON path; stable while the result lives
};

struct ChunkResult {
  std::vector<Finding> findings;   // views into the chunk, the header or `arena`
  std::deque<std::string> arena;
  std::vector<ChunkWarning> warnings;
  std::vector<ValueSpan> values;   // only with ReaderScratch::record_values, in input order
  uint64_t newlines = 0;
};

// What the JSON Lines reader knows about the members met so far, as a tree of object keys
// (array indices are not part of it): records of one input repeat the same keys in the same
// order, so a member is matched by its raw bytes against the child expected next, and its
// decoded key, its field class and whether the key itself needs a scan come from the node
// instead of being worked out for every member. Bounded: see kMaxNodes.
// What a JSON member's key says about the members after it in its object (bits).
inline constexpr uint8_t kDocumentTypeKey = 1;    // idType, certType, 证件类型
inline constexpr uint8_t kDocumentNumberKey = 2;  // idNo, certNo, 证件号码
inline constexpr uint8_t kRegionKey = 4;          // province, city, district ...
inline constexpr uint8_t kDetailKey = 8;          // detail, detailAddress

struct JsonPathTree {
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;  // not in the tree: work things out directly
  // Beyond this many nodes no member is added; the tree starts afresh at the next record.
  static constexpr size_t kMaxNodes = 4096;

  struct Node {
    std::string raw_key;    // the key as written, escapes not decoded (without quotes)
    uint64_t key_head = 0;  // its first eight bytes, zeros after its end (a quick compare)
    std::string step;       // what the member adds to a path: "." + decoded key, or ".*"
    std::array<char, 16> step_head{};  // its first 16 bytes, zeros after (one 16-byte copy)
    std::string class_key;  // the path without array indices, "$.customer.contacts.value"
    FieldClass field_class; // Scanner::ClassifyField(class_key)
    bool key_needs_scan = false;  // the raw key has digits, '@' or non-ASCII bytes
    uint8_t sibling_role = 0;     // kDocumentTypeKey ... kDetailKey: what the key says about
                                  // the members after it (readers.cc, NoteSibling)
    std::vector<uint32_t> children;  // members found by their raw key
    uint32_t next_child = 0;  // where the next member of this object is looked for first
    // All keys that may themselves be PI share one child, shown as "*": such keys are not
    // matched by their bytes (they are as many as the values they name).
    uint32_t pi_child = kNone;
  };
  const Scanner* scanner = nullptr;  // the classes are this scanner's
  std::vector<Node> nodes;           // [kRoot] is "$"
};

// Per-thread state of the readers (and the scanner scratch).
struct ReaderScratch {
  ScanScratch scan;
  simdjson::ondemand::parser json;
  std::string unescaped;
  std::vector<uint32_t> map;
  JsonPathTree json_paths;
  // Classes of paths outside json_paths (JsonPathTree::kNone), by path without indices.
  std::unordered_map<std::string, FieldClass> field_cache;
  bool record_values = false;  // fill ChunkResult::values (costs time; redact needs it)
  // Off: every JSON member is worked out afresh, without json_paths (the plain walk the tree
  // is tested against).
  bool json_path_tree = true;
  // Off: every CSV record goes through the quote-aware record parser (the plain way the
  // quote-free chunk loop is tested against).
  bool csv_fast_split = true;
  // The names a JSON document gives, while its repeats are looked for (AddNameRepeats).
  std::vector<std::string_view> repeat_names;
  // Off: every JSON value goes to the scanner, also those it cannot find anything in.
  bool skip_barren_values = true;
  // Off: findings carry line 0 (Segment::count_lines), when nobody shows their lines.
  bool finding_lines = true;
};

// The header of a CSV/TSV input whose first bytes are `data`, and in *header_end where the
// records after it start (0 when the first record does not end in `data`). The header is
// the first record, unless that has at most one non-empty cell (a spreadsheet's title row
// such as "2025年核查表,,", a comment, or a blank row) and one of the next eight records has
// two or more non-empty cells, none with four digits in a row, and one the scanner knows as a
// column name
// (a header names columns; a record of data has numbers or names no column): then that record
// is the header, and the rows above it are not scanned. A header of three or more cells at
// most half filled, followed by a record like that which fills more cells, is a two-level
// header (group names over merged cells, then the column
// names): the lower record names the columns, the group name those it leaves empty.
// Whether text (the first chunk of an input that is text by name) is a '|'-separated export:
// its first line (after a BOM and up to eight "#" comment lines without '|'; maybe itself
// written as a "#" comment; not starting with '|' as a
// markdown table does, no tab) has three or more '|', the line below it and the next two
// have as many (up to a line without any), and the first line names a column the scanner
// knows, without four digits in a row.
bool LooksPipeSeparated(const Scanner& scanner, std::string_view head);

// The delimiter of text (the first chunk of an input that is text by name) that is a table
// without a header: Hive's 0x01-separated files (a table directory's `000000_0`) and '|'
// records as DPI probes and billing systems unload them. '\x01' when its first lines (three
// at least, up to twenty; blank lines aside) each have as many 0x01 bytes, two or more; '|'
// when they each have as many '|', four or more, the first starts with neither '|' (a
// markdown or console table) nor '#', is no CEF or LEEF event, and its cells do not name
// columns; else 0.
char HeaderlessDelimiter(const Scanner& scanner, std::string_view head);

// Whether text is a Zeek (Bro) log in its default tab-separated form: it starts with the
// "#separator \x09" line, and a "#fields" line among the '#' lines that follow names the
// columns (ParseCsvHeader reads it).
bool LooksLikeZeekLog(std::string_view head);

CsvHeader ParseCsvHeader(const Scanner& scanner, std::string_view data, char delim, bool quoted,
                         size_t* header_end);

// Decodes the escapes of a JSON string body (the bytes between its quotes).
void UnescapeJsonString(std::string_view raw, std::string* out);

void ScanChunk(const Scanner& scanner, ReaderScratch& scratch, InputFormat format,
               const CsvHeader* header, const Chunk& chunk, ChunkResult* out);

}  // namespace piguard::formats
