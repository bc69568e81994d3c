#include "formats/readers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/ascii.h"
#include "core/utf8.h"
#include "formats/dicom.h"
#include "formats/hl7.h"
#include "formats/markdown.h"
#include "formats/sql.h"

namespace piguard::formats {
namespace {

// Keeps findings valid after the scanner's buffers change: views that do not point into the
// chunk (or into a field the caller says is stable) are copied into the result's arena.
// Fields that are not stable (JSON paths, SQL column names) repeat a lot within a chunk, so
// each distinct one is copied once per chunk (Intern).
class CollectSink : public FindingSink {
 public:
  CollectSink(const Chunk& chunk, ChunkResult* out)
      : lo_(chunk.data.data()), hi_(chunk.data.data() + chunk.size), out_(out) {}
  // Whether the field views of the next segment's findings outlive the chunk result (CSV
  // header names, interned names) or must be made stable here.
  void set_stable_field(bool v) { stable_field_ = v; }
  // Where the interned copy of the next findings' field may already be (the JSON path last
  // seen at the same node of the key tree, interned in this chunk), or null: it is compared
  // with the field before the field is hashed, and updated after. Must outlive the findings
  // of the segments it is set for, and hold only views this sink's InternCopy returned.
  void set_field_memo(std::string_view* memo) { memo_ = memo; }
  void OnFinding(const Finding& f) override {
    Finding& g = out_->findings.emplace_back(f);
    if (!stable_field_ && !InChunk(f.field)) g.field = InternField(f.field);
    if (!InChunk(f.value)) g.value = Copy(f.value);
  }

  // Bytes equal to s that live as long as the chunk result: s itself when it lies in the
  // chunk, else one copy per distinct string in the result's arena.
  std::string_view Intern(std::string_view s) { return InChunk(s) ? s : InternCopy(s); }

 private:
  bool InChunk(std::string_view s) const {
    return s.empty() || (s.data() >= lo_ && s.data() + s.size() <= hi_);
  }
  std::string_view InternField(std::string_view s) {
    if (!memo_) return InternCopy(s);
    if (*memo_ == s) return *memo_;
    return *memo_ = InternCopy(s);
  }
  [[gnu::noinline]] std::string_view Copy(std::string_view s) {
    out_->arena.emplace_back(s);
    return out_->arena.back();
  }
  [[gnu::noinline]] std::string_view InternCopy(std::string_view s) {
    if (interned_.size() * 2 >= slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = Hash(s) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        out_->arena.emplace_back(s);
        interned_.push_back(out_->arena.back());
        slots_[i] = static_cast<uint32_t>(interned_.size());
        return interned_.back();
      }
      std::string_view known = interned_[slots_[i] - 1];
      if (known == s) return known;
    }
  }
  // A quick hash of a short string (a path or column name), eight bytes at a time.
  static size_t Hash(std::string_view s) {
    uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h ^ (h >> 32));
  }
  void Grow() {
    slots_.assign(std::max<size_t>(64, slots_.size() * 2), 0);
    size_t mask = slots_.size() - 1;
    for (size_t k = 0; k < interned_.size(); ++k) {
      size_t i = Hash(interned_[k]) & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = static_cast<uint32_t>(k + 1);
    }
  }

  const char* lo_;
  const char* hi_;
  ChunkResult* out_;
  bool stable_field_ = false;
  std::string_view* memo_ = nullptr;
  std::vector<std::string_view> interned_;  // views into out_->arena
  std::vector<uint32_t> slots_;             // open addressing: index + 1 into interned_, 0 empty
};

// Reports the first NUL byte and the first invalid UTF-8 sequence of the chunk's bytes d,
// each once, with its line and column, the earlier one first. `bytes` is SummarizeBytes(d):
// the UTF-8 check starts at the first non-ASCII byte, as everything before it is valid.
void WarnAboutBytes(std::string_view d, const utf8::ByteSummary& bytes, ChunkResult* out) {
  constexpr size_t npos = std::string_view::npos;
  auto where = [&](size_t at, std::string_view what) {
    std::string_view before = d.substr(0, at);
    uint64_t l = 1 + static_cast<uint64_t>(utf8::CountNewlines(before));
    size_t nl = before.rfind('\n');
    uint64_t col = at - (nl == npos ? 0 : nl + 1) + 1;
    out->warnings.push_back({l, col, std::string(what)});
  };
  const size_t nul_at = bytes.first_nul;
  const size_t ascii = bytes.first_non_ascii;
  size_t bad = ascii == npos ? npos : utf8::FindInvalid(d.substr(ascii));
  if (bad != npos) bad += ascii;
  if (nul_at != npos && (bad == npos || nul_at < bad)) {
    where(nul_at, "NUL byte in text; scanning goes on");
    if (bad != npos) where(bad, "invalid UTF-8; bytes are scanned as they are");
  } else if (bad != npos) {
    where(bad, "invalid UTF-8; bytes are scanned as they are");
    if (nul_at != npos) where(nul_at, "NUL byte in text; scanning goes on");
  }
}

// Bytes of the chunk's buffer after `end` (an offset into it): the rest of the chunk and its
// padding, which the scanner may read with wide loads past a value (Segment::readable_after).
size_t ReadableAfter(const Chunk& chunk, size_t end) {
  return end <= chunk.data.size() ? chunk.data.size() - end : 0;
}

// Scans [from, to) of the chunk as plain text: one segment (the scanner treats newlines as
// hard boundaries and counts lines) starting at relative line `line`.
void ScanPlainRange(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk, size_t from,
                    size_t to, uint64_t line, CollectSink& sink,
                    std::vector<uint32_t>* command_lines = nullptr) {
  if (to <= from) return;
  Segment seg;
  seg.text = chunk.view().substr(from, to - from);
  seg.readable_after = ReadableAfter(chunk, to);
  seg.base_offset = chunk.base_offset + from;
  seg.line = line;
  seg.count_lines = rs.finding_lines;
  sink.set_stable_field(false);
  if (command_lines && !command_lines->empty()) {
    // The lines' chunk offsets, made relative to the segment (all lie in it).
    for (uint32_t& start : *command_lines) start -= static_cast<uint32_t>(from);
    scanner.ScanWithCommandLines(seg, *command_lines, rs.scan, sink);
    command_lines->clear();
    return;
  }
  scanner.Scan(seg, rs.scan, sink);
}

// `fc` (or no class at all) with `type` added: a value whose surroundings say what it is
// where its own field name does not (a DICOM PN value, a JSON member after its sibling).
FieldClass WithType(const FieldClass* fc, TypeId type) {
  FieldClass c = fc ? *fc : FieldClass{};
  c.type_mask |= 1u << type;
  return c;
}

// Scans text[start, end) as one value under the column `field` with class `fc` (a SQL
// value, a markdown cell), as a CSV cell is scanned. `whole_value`: the field may claim the
// whole value. The name lives only in the caller: the sink copies it.
void ScanNamedValue(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk,
                    std::string_view text, size_t start, size_t end, uint64_t line,
                    std::string_view field, const FieldClass* fc, bool whole_value,
                    CollectSink& sink) {
  Segment seg;
  seg.text = text.substr(start, end - start);
  seg.readable_after = ReadableAfter(chunk, end);
  seg.base_offset = chunk.base_offset + start;
  seg.line = line;
  seg.count_lines = rs.finding_lines;
  seg.field = field;
  seg.field_class = fc;
  seg.whole_value = whole_value;
  sink.set_stable_field(false);
  scanner.Scan(seg, rs.scan, sink);
}

// Scans the cells of a markdown table (see markdown.h), each under its column's header.
// Cells beyond the header's columns (or under an empty header) are named by position.
template <class LineAt>
void ScanMarkdownCells(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk,
                       std::string_view text, const MarkdownTable& table, LineAt& line_at,
                       CollectSink& sink) {
  std::vector<std::string> names;
  std::vector<FieldClass> classes;
  for (const MarkdownCell& cell : table.cells) {
    while (names.size() <= cell.column) {
      const size_t c = names.size();
      const bool named = c < table.header.size() && !table.header[c].empty();
      names.emplace_back(named ? std::string(table.header[c]) : "column " + std::to_string(c + 1));
      classes.push_back(named ? scanner.ClassifyField(names.back()) : FieldClass{});
    }
  }
  // A table of fields and their values ("| 欄位 | 內容 |" then "| 投訴人 | 王佳穎 |"): each
  // value cell is named by the field cell before it, not by the header's "value". Résumés
  // and forms put two or three such pairs side by side ("| 项目 | 内容 | 项目 | 内容 |").
  auto one_of = [](std::string_view h, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
      if (h == w) return true;
    return false;
  };
  auto field_value_pair = [&](size_t c) {  // columns c and c + 1 of the header
    return one_of(table.header[c + 1], {"内容", "內容", "值", "取值", "信息", "資料", "资料", "详情",
                                        "詳情", "说明", "說明", "value", "Value", "VALUE",
                                        "content", "Content", "details", "Details"}) ||
           one_of(table.header[c], {"字段", "欄位", "栏位", "项目", "項目", "字段名", "属性",
                                    "屬性", "field", "Field", "item", "Item", "key", "Key"});
  };
  bool field_value_table = table.header.size() % 2 == 0 && table.header.size() >= 2 &&
                           table.header.size() <= 6;
  for (size_t c = 0; field_value_table && c < table.header.size(); c += 2)
    field_value_table = field_value_pair(c) && (c == 0 || table.header[c] == table.header[0]);
  std::string row_field;
  FieldClass row_class;
  for (const MarkdownCell& cell : table.cells) {
    if (field_value_table && cell.column % 2 == 0) {
      row_field.assign(text.substr(cell.start, cell.end - cell.start));
      row_class = scanner.ClassifyField(row_field);
    }
    if (field_value_table && cell.column % 2 == 1 && !row_field.empty()) {
      ScanNamedValue(scanner, rs, chunk, text, cell.start, cell.end, line_at(cell.start),
                     row_field, &row_class, /*whole_value=*/true, sink);
      row_field.clear();
      continue;
    }
    ScanNamedValue(scanner, rs, chunk, text, cell.start, cell.end, line_at(cell.start),
                   names[cell.column], &classes[cell.column], /*whole_value=*/true, sink);
  }
}

// Text whose lines are records of a known layout, read line by line.
enum class LineLayout {
  kHl7,         // HL7 v2 segments (hl7.h): each field under its meaning's name
  kDicomDump,   // a DICOM header dump (dicom.h): each value under its element's keyword
};

// Scans [from, to), lines of `layout`, line by line; lines of no such record are scanned as
// text. Lines end at '\r' or '\n' (HL7 separates its segments with '\r').
void ScanLineLayoutRange(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk,
                         std::string_view text, size_t from, size_t to, uint64_t line,
                         LineLayout layout, CollectSink& sink) {
  size_t counted = from;
  auto line_at = [&](size_t pos) {
    line += utf8::CountNewlines(text.substr(counted, pos - counted));
    counted = pos;
    return line;
  };
  std::vector<Hl7Field> fields;
  std::vector<DicomValue> values;
  // The classes of the field names met so far (a few); a pointer is used before the next
  // look-up.
  std::vector<std::pair<std::string_view, FieldClass>> classes;
  auto class_of = [&](std::string_view name) -> const FieldClass* {
    if (name.empty()) return nullptr;
    for (const auto& [n, fc] : classes)
      if (n == name) return &fc;
    classes.emplace_back(name, scanner.ClassifyField(name));
    return &classes.back().second;
  };
  size_t p = from;
  while (p < to) {
    size_t eol = p;
    while (eol < to && text[eol] != '\r' && text[eol] != '\n') ++eol;
    if (eol > p) {
      if (layout == LineLayout::kHl7 && IsHl7Segment(text, p)) {
        Hl7Fields(text, p, eol, &fields);
        for (const Hl7Field& f : fields)
          ScanNamedValue(scanner, rs, chunk, text, f.start, f.end, line_at(f.start), f.name,
                         class_of(f.name), f.whole_value, sink);
      } else if (layout == LineLayout::kDicomDump && IsDicomElementLine(text, p)) {
        DicomValues(text, p, eol, &values);
        for (const DicomValue& v : values) {
          const FieldClass* fc = class_of(v.keyword);
          FieldClass person;  // a PN value under a keyword that names no person
          if (v.person_name && !(fc && fc->HintsType(kPersonName))) {
            person = WithType(fc, kPersonName);
            fc = &person;
          }
          ScanNamedValue(scanner, rs, chunk, text, v.start, v.end, line_at(v.start), v.keyword,
                         fc, /*whole_value=*/true, sink);
        }
      } else {
        ScanPlainRange(scanner, rs, chunk, p, eol, line_at(p), sink);
      }
    }
    p = eol + 1;
  }
}

// The layout of the lines of [from, to) when its first line is a record of one (or a dump's
// "# Dicom-File-Format" header), else false.
bool LineLayoutAt(std::string_view text, size_t from, LineLayout* layout) {
  if (from > 0 && text[from - 1] != '\n' && text[from - 1] != '\r') return false;
  if (IsHl7Segment(text, from)) {
    *layout = LineLayout::kHl7;
    return true;
  }
  if ((text.size() - from >= 7 && std::memcmp(text.data() + from, "# Dicom", 7) == 0) ||
      IsDicomElementLine(text, from)) {
    *layout = LineLayout::kDicomDump;
    return true;
  }
  return false;
}

// An INSERT without a column list (mysqldump's and pg_dump's INSERTs): the columns of the
// latest CREATE TABLE of its table, when that defines as many columns as its rows have.
void NameColumnsFromCreateTable(const std::vector<SqlTableColumns>& tables, SqlInsert* st) {
  size_t width = 0;
  for (const SqlValue& v : st->values) width = std::max(width, v.column + 1);
  for (auto t = tables.rbegin(); t != tables.rend(); ++t) {
    if (t->table.size() != st->table.size() ||
        !std::equal(t->table.begin(), t->table.end(), st->table.begin(),
                    [](char a, char b) { return ascii::Lower(a) == ascii::Lower(b); }))
      continue;
    if (t->columns.size() == width) st->columns = t->columns;
    return;
  }
}

// Scans [from, to) as text, giving the values of SQL INSERT statements and the cells of
// markdown tables their column names as context (see sql.h, markdown.h), and reading command
// lines for the secrets on them; everything else is plain text. A range that starts with an
// HL7 segment or a DICOM dump is read line by line in that layout (hl7.h, dicom.h).
void ScanTextRange(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk, size_t from,
                   size_t to, uint64_t line, CollectSink& sink) {
  if (to <= from) return;
  std::string_view text = chunk.view().substr(0, to);
  if (LineLayout layout; LineLayoutAt(text, from, &layout)) {
    ScanLineLayoutRange(scanner, rs, chunk, text, from, to, line, layout, sink);
    return;
  }
  size_t counted = from;  // lines are counted up to here
  auto line_at = [&](size_t pos) {
    line += utf8::CountNewlines(text.substr(counted, pos - counted));
    counted = pos;
    return line;
  };
  size_t p = from;       // scanned up to here
  size_t search = from;  // blocks looked for from here
  // Command lines between p and the next block: they stay in the text around them (a name
  // repeated further on is still seen as a repeat), and are read for secrets as well.
  std::vector<uint32_t> command_lines;
  while (p < to) {
    TextBlock kind;
    size_t at = FindTextBlock(text, search, &kind);
    if (at == std::string_view::npos) {
      ScanPlainRange(scanner, rs, chunk, p, to, line_at(p), sink, &command_lines);
      return;
    }
    if (kind == TextBlock::kCommandLine) {
      command_lines.push_back(static_cast<uint32_t>(at));
      const void* nl = std::memchr(text.data() + at, '\n', to - at);
      if (!nl) {
        ScanPlainRange(scanner, rs, chunk, p, to, line_at(p), sink, &command_lines);
        return;
      }
      search = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      continue;
    }
    MarkdownTable table;
    SqlInsert st;
    const bool parsed = kind == TextBlock::kMarkdownTable ? ParseMarkdownTable(text, at, to, &table)
                                                          : ParseSqlInsert(text, at, &st);
    if (!parsed) {  // no table or statement after all: its first line is text
      size_t eol = text.find('\n', at);
      size_t next = eol == std::string_view::npos ? to : eol + 1;
      ScanPlainRange(scanner, rs, chunk, p, next, line_at(p), sink, &command_lines);
      p = search = next;
      continue;
    }
    if (kind == TextBlock::kMarkdownTable) {
      // The text before the table, the header and delimiter rows (a header may itself be PI
      // in a transposed table: scanned as text), then the body's cells.
      ScanPlainRange(scanner, rs, chunk, p, table.body, line_at(p), sink, &command_lines);
      ScanMarkdownCells(scanner, rs, chunk, text, table, line_at, sink);
      line_at(table.end);
      p = search = table.end;
      continue;
    }
    ScanPlainRange(scanner, rs, chunk, p, at, line_at(p), sink, &command_lines);
    if (st.columns.empty() && chunk.sql_tables) NameColumnsFromCreateTable(*chunk.sql_tables, &st);
    std::vector<FieldClass> classes;
    std::vector<std::string> names;
    for (size_t c = 0; c < st.columns.size(); ++c) {
      names.push_back(st.columns[c]);
      classes.push_back(scanner.ClassifyField(st.columns[c]));
    }
    // Columns the statement does not name (INSERT INTO t VALUES (...), (...)): classed by
    // their values when the statement has rows enough (Scanner::InferColumns needs three).
    // A dump's one-row statements are passed over without collecting anything.
    std::vector<FieldClass> inferred;
    size_t tuples = 0, width = 0;
    for (const SqlValue& v : st.values) {
      tuples += v.column == 0;
      width = std::max(width, v.column + 1);
    }
    if (tuples >= 3 && width > st.columns.size()) {
      std::vector<std::vector<std::string_view>> rows;
      size_t last_column = SIZE_MAX;  // the first value starts the first row
      for (const SqlValue& v : st.values) {
        if (v.column <= last_column) rows.emplace_back();
        last_column = v.column;
        if (v.column < st.columns.size()) continue;
        auto& row = rows.back();
        row.resize(std::max(row.size(), v.column - st.columns.size() + 1));
        row[v.column - st.columns.size()] = text.substr(v.start, v.end - v.start);
        if (rows.size() > 100) break;  // a sample, as a header-less CSV file's
      }
      inferred = scanner.InferColumns(rows);
    }
    for (const SqlValue& v : st.values) {
      while (names.size() <= v.column) {  // more values than named columns
        const size_t unnamed = names.size() - st.columns.size();
        names.push_back("column " + std::to_string(names.size() + 1));
        classes.push_back(unnamed < inferred.size() ? inferred[unnamed] : FieldClass{});
      }
      ScanNamedValue(scanner, rs, chunk, text, v.start, v.end, line_at(v.start),
                     names[v.column], &classes[v.column], !v.expression, sink);
    }
    line_at(st.end);
    p = search = st.end;
  }
}

// ---------------------------------------------------------------------------------------
// CSV / TSV

// First position in [p, to) holding `delim` or '\n', or `to`; 16 bytes at a time.
size_t FindDelimOrNewline(std::string_view d, size_t p, size_t to, char delim) {
#if defined(__SSE2__)
  const __m128i dl = _mm_set1_epi8(delim);
  const __m128i nl = _mm_set1_epi8('\n');
  while (p + 16 <= to) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d.data() + p));
    unsigned m = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, dl), _mm_cmpeq_epi8(v, nl))));
    if (m) return p + static_cast<size_t>(__builtin_ctz(m));
    p += 16;
  }
#endif
  while (p < to && d[p] != delim && d[p] != '\n') ++p;
  return p;
}

struct CsvCell {
  size_t start;  // content start (inside quotes when quoted)
  size_t end;
  uint64_t line;
  size_t token_start;  // the cell with its quotes
  size_t token_end;
};

// Parses one record at p; returns the position after it, or npos if a quote is unterminated.
size_t ParseCsvRecord(std::string_view d, size_t p, size_t to, char delim, bool quoted,
                      uint64_t* line, std::vector<CsvCell>* cells) {
  cells->clear();
  while (true) {
    if (quoted && p < to && d[p] == '"') {
      size_t s = p + 1;
      size_t q = s;
      uint64_t start_line = *line;
      while (true) {
        const void* hit = std::memchr(d.data() + q, '"', to - q);
        if (!hit) return std::string_view::npos;
        size_t h = static_cast<size_t>(static_cast<const char*>(hit) - d.data());
        *line += static_cast<uint64_t>(std::count(d.begin() + q, d.begin() + h, '\n'));
        if (h + 1 < to && d[h + 1] == '"') {
          q = h + 2;
          continue;
        }
        cells->push_back({s, h, start_line, s - 1, h + 1});
        p = h + 1;
        break;
      }
      // Skip to the delimiter or end of record (stray bytes after a closing quote are kept
      // out of the cell but not lost: they are rare and are not PI-bearing by themselves).
      while (p < to && d[p] != delim && d[p] != '\n') ++p;
    } else {
      size_t s = p;
      p = FindDelimOrNewline(d, p, to, delim);
      size_t e = p;
      if (e > s && d[e - 1] == '\r' && (p >= to || d[p] == '\n')) --e;
      cells->push_back({s, e, *line, s, e});
    }
    if (p >= to) return to;
    if (d[p] == '\n') {
      ++*line;
      return p + 1;
    }
    ++p;  // delimiter
  }
}

// The field name and class each CSV column gives its cells' segments: the header's, or
// "column N" (without a class) for cells beyond the names it has. Those names are stored in
// the chunk result, once each.
class CsvColumns {
 public:
  struct Column {
    std::string_view field;
    const FieldClass* field_class;
  };
  CsvColumns(const CsvHeader* header, CollectSink& sink) : sink_(sink) {
    if (!header) return;
    for (size_t c = 0; c < header->names.size(); ++c)
      columns_.push_back({header->names[c], &header->classes[c]});
    inferred_ = &header->inferred;
    named_ = header->names.size();
  }
  const Column& operator[](size_t c) {
    if (c >= columns_.size()) AddUpTo(c);
    return columns_[c];
  }

 private:
  [[gnu::noinline]] void AddUpTo(size_t c) {
    static constexpr FieldClass kNoClass{};
    while (columns_.size() <= c) {
      std::string name = "column " + std::to_string(columns_.size() + 1);
      const size_t unnamed = columns_.size() - named_;
      const FieldClass* fc =
          inferred_ && unnamed < inferred_->size() ? &(*inferred_)[unnamed] : &kNoClass;
      columns_.push_back({sink_.Intern(name), fc});
    }
  }
  CollectSink& sink_;
  const std::vector<FieldClass>* inferred_ = nullptr;
  size_t named_ = 0;
  std::vector<Column> columns_;
};

// The positions of the delimiters and newlines of a chunk, in order, 64 bytes at a time
// (the masks of the current block are kept from one cell to the next). Reads whole 64-byte
// blocks: the chunk's padding (kChunkPadding >= 64) makes the last one readable.
class CsvBreaks {
 public:
  CsvBreaks(const Chunk& chunk, char delim) : d_(chunk.data.data()), size_(chunk.size), delim_(delim) {
#if defined(__SSE2__)
    dl_ = _mm_set1_epi8(delim);  // once: without SSSE3 a byte splat takes many instructions
    nl_ = _mm_set1_epi8('\n');
#endif
  }

  // Starts at p: Next then gives the breaks at or after p.
  void Seek(size_t p) {
    if (p >= size_) {
      block_ = size_;
      bits_ = 0;
      return;
    }
    Load(p & ~size_t{63});
    bits_ &= ~uint64_t{0} << (p - block_);
  }

  // The next delimiter or newline, in order, or the chunk's size when there is none left.
  size_t Next() {
    while (!bits_) {
      if (block_ + 64 >= size_) return size_;
      Load(block_ + 64);
    }
    const size_t at = block_ + static_cast<size_t>(__builtin_ctzll(bits_));
    bits_ &= bits_ - 1;
    return at;
  }

 private:
  void Load(size_t b) {
    static_assert(kChunkPadding >= 64);
    uint64_t m = 0;
#if defined(__SSE2__)
    for (int k = 0; k < 4; ++k) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d_ + b + 16 * k));
      __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, dl_), _mm_cmpeq_epi8(v, nl_));
      m |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(hit))) << (16 * k);
    }
#else
    for (size_t k = 0; k < 64; ++k)
      if (d_[b + k] == delim_ || d_[b + k] == '\n') m |= uint64_t{1} << k;
#endif
    if (size_ - b < 64) m &= (uint64_t{1} << (size_ - b)) - 1;  // not past the chunk's end
    block_ = b;
    bits_ = m;
  }

  const char* d_;
  size_t size_;
  [[maybe_unused]] char delim_;  // read by the portable loop only
  size_t block_ = SIZE_MAX;
  uint64_t bits_ = 0;
#if defined(__SSE2__)
  __m128i dl_, nl_;
#endif
};

// ScanCsv's loop for data rows in which no cell is quoted (TSV, or CSV whose chunk has no
// '"' at all), without value spans: every record is one line, its cells lie between
// delimiters, so ParseCsvRecord would give exactly the cells found here. Each cell is
// scanned as soon as its end is found, with a segment set up once per column.
// A line without a delimiter in a table of three or more named columns ("# 固定宽度格式", a
// note, a section of another layout) is no record of that table: it is scanned as text,
// without the first column's name as context.
void ScanLineAsText(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk, size_t from,
                    size_t to, uint64_t line, CollectSink& sink) {
  sink.set_stable_field(false);
  ScanTextRange(scanner, rs, chunk, from, to, line, sink);
  sink.set_stable_field(true);
}

void ScanPlainCsv(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk, size_t p,
                  uint64_t line, char delim, bool quoted, CsvColumns& columns, size_t named,
                  CollectSink& sink) {
  const std::string_view d = chunk.view();
  const size_t size = chunk.size;
  CsvBreaks breaks(chunk, delim);
  breaks.Seek(p);
  std::vector<Segment> segments;  // by column: field, class and whole_value set once
  Segment* segs = nullptr;        // segments.data(), kept in step
  size_t nsegs = 0;
  const size_t data_size = chunk.data.size();
  size_t c = 0;  // the cell's column
  while (p < size) {
    const size_t b = breaks.Next();  // the cell ends here: cells are p..b, b+1..
    const bool last = b >= size || d[b] == '\n';  // the record's last cell
    size_t cs = p, ce = b;
    if (last && ce > cs && d[ce - 1] == '\r') --ce;
    if (c == 0 && last && named >= 3 && ce > cs) {
      ScanLineAsText(scanner, rs, chunk, cs, ce, line, sink);
    } else if (ce > cs) {
      // TSV has no quoting rules, but spreadsheet exports quote cells anyway: look inside.
      if (!quoted && ce - cs >= 2 && d[cs] == '"' && d[ce - 1] == '"') {
        ++cs;
        --ce;
      }
      const std::string_view text(d.data() + cs, ce - cs);
      if (text != "\\N") {  // Hive NULL
        if (c >= nsegs) {
          while (segments.size() <= c) {
            const CsvColumns::Column& column = columns[segments.size()];
            Segment& seg = segments.emplace_back();
            seg.whole_value = true;
            seg.field = column.field;
            seg.field_class = column.field_class;
          }
          segs = segments.data();
          nsegs = segments.size();
        }
        Segment& seg = segs[c];
        seg.text = text;
        seg.readable_after = data_size - ce;  // ReadableAfter: ce <= size < data_size
        seg.base_offset = chunk.base_offset + cs;
        seg.line = line;
        scanner.Scan(seg, rs.scan, sink);
      }
    }
    if (last) {
      c = 0;
      ++line;
    } else {
      ++c;
    }
    p = b + 1;
  }
}

void ScanCsv(const Scanner& scanner, ReaderScratch& rs, const CsvHeader* header,
             const Chunk& chunk, char delim, bool quoted, CollectSink& sink, ChunkResult* out) {
  std::string_view d = chunk.view();
  std::vector<CsvCell> cells;
  uint64_t line = 1 + static_cast<uint64_t>(std::count(d.begin(), d.begin() + chunk.skip_bytes, '\n'));
  size_t p = chunk.skip_bytes;
  CsvColumns columns(header, sink);
  const size_t named = header ? header->names.size() : 0;
  uint64_t record = 0;
  // The header and any title or comment rows above it are text too: a file without a header
  // has data there, and a title may name whose records they are ("客户清单 13800138000").
  if (chunk.skip_bytes > 0) ScanTextRange(scanner, rs, chunk, 0, chunk.skip_bytes, 1, sink);
  if (rs.record_values && chunk.skip_bytes > 0 && header) {
    uint64_t header_line = 1;
    ParseCsvRecord(d, header->start, chunk.skip_bytes, delim, quoted, &header_line, &cells);
    for (size_t c = 0; c < cells.size(); ++c) {
      std::string_view name = c < named ? std::string_view(header->names[c]) : std::string_view();
      out->values.push_back({ValueSpan::kCsvHeader, static_cast<uint32_t>(c), record,
                             cells[c].token_start, cells[c].token_end, cells[c].start,
                             cells[c].end, name});
    }
    ++record;
  }
  sink.set_stable_field(true);  // header names and interned names
  if (rs.csv_fast_split && !rs.record_values &&
      (!quoted || !std::memchr(d.data() + p, '"', chunk.size - p))) {
    ScanPlainCsv(scanner, rs, chunk, p, line, delim, quoted, columns, named, sink);
    return;
  }
  while (p < chunk.size) {
    uint64_t rec_line = line;
    size_t next = ParseCsvRecord(d, p, chunk.size, delim, quoted, &line, &cells);
    if (next == std::string_view::npos) {
      out->warnings.push_back({rec_line, 0,
                               "unterminated quoted field; the rest of the input is scanned as "
                               "plain text without column context",
                               /*malformed_record=*/true});
      sink.set_stable_field(false);
      ScanTextRange(scanner, rs, chunk, p, chunk.size, rec_line, sink);
      return;
    }
    if (cells.size() == 1 && named >= 3 && cells[0].end > cells[0].start) {
      ScanLineAsText(scanner, rs, chunk, cells[0].start, cells[0].end, rec_line, sink);
      ++record;
      p = next;
      continue;
    }
    for (size_t c = 0; c < cells.size(); ++c) {
      const CsvCell& cell = cells[c];
      size_t cs = cell.start, ce = cell.end;
      // TSV has no quoting rules, but spreadsheet exports quote cells anyway: look inside.
      if (!quoted && ce - cs >= 2 && d[cs] == '"' && d[ce - 1] == '"') {
        ++cs;
        --ce;
      }
      if (rs.record_values) {
        std::string_view name = c < named ? std::string_view(header->names[c]) : std::string_view();
        out->values.push_back({ValueSpan::kCsvCell, static_cast<uint32_t>(c), record,
                               cell.token_start, cell.token_end, cs, ce, name});
      }
      if (cell.end <= cell.start) continue;
      std::string_view text(d.data() + cs, ce - cs);
      if (text == "\\N") continue;  // Hive NULL
      const CsvColumns::Column& column = columns[c];
      Segment seg;
      seg.text = text;
      seg.readable_after = ReadableAfter(chunk, ce);
      seg.base_offset = chunk.base_offset + cs;
      seg.line = cell.line;
      seg.count_lines = rs.finding_lines;
      seg.whole_value = true;
      seg.field = column.field;
      seg.field_class = column.field_class;
      scanner.Scan(seg, rs.scan, sink);
    }
    ++record;
    p = next;
  }
}

// ---------------------------------------------------------------------------------------
// JSON Lines

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the escapes of a JSON string body; map[i] is the raw offset of output byte i.
void Unescape(std::string_view raw, std::string* out, std::vector<uint32_t>* map) {
  out->clear();
  map->clear();
  size_t i = 0;
  auto emit = [&](uint32_t cp, size_t at) {
    size_t before = out->size();
    utf8::Append(out, cp);
    for (size_t k = before; k < out->size(); ++k) map->push_back(static_cast<uint32_t>(at));
  };
  while (i < raw.size()) {
    char c = raw[i];
    if (c != '\\' || i + 1 >= raw.size()) {
      out->push_back(c);
      map->push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    char e = raw[i + 1];
    size_t at = i;
    switch (e) {
      case 'n': emit('\n', at); i += 2; break;
      case 't': emit('\t', at); i += 2; break;
      case 'r': emit('\r', at); i += 2; break;
      case 'b': emit('\b', at); i += 2; break;
      case 'f': emit('\f', at); i += 2; break;
      case 'u': {
        uint32_t cp = 0;
        bool ok = i + 6 <= raw.size();
        for (size_t k = 0; ok && k < 4; ++k) {
          int h = HexVal(raw[i + 2 + k]);
          if (h < 0) ok = false;
          else cp = cp * 16 + static_cast<uint32_t>(h);
        }
        if (!ok) {
          out->push_back(c);
          map->push_back(static_cast<uint32_t>(i));
          ++i;
          break;
        }
        i += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= raw.size() && raw[i] == '\\' &&
            raw[i + 1] == 'u') {
          uint32_t lo = 0;
          bool ok2 = true;
          for (size_t k = 0; k < 4; ++k) {
            int h = HexVal(raw[i + 2 + k]);
            if (h < 0) ok2 = false;
            else lo = lo * 16 + static_cast<uint32_t>(h);
          }
          if (ok2 && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        emit(cp, at);
        break;
      }
      default: emit(static_cast<unsigned char>(e), at); i += 2; break;
    }
  }
  map->push_back(static_cast<uint32_t>(raw.size()));
}

using PathNode = JsonPathTree::Node;
constexpr uint32_t kNoNode = JsonPathTree::kNone;

// The JSON path of the value being walked ("$.customer.contacts[0].value"), grown and cut
// back as the walk goes in and out. Its bytes are followed by at least 16 spare bytes, so a
// step of the key tree (at most 16 bytes, PathNode::step_head) is appended with one 16-byte
// copy instead of a string append and its call to memcpy.
class PathBuffer {
 public:
  std::string_view view() const { return std::string_view(buf_.data(), len_); }
  size_t size() const { return len_; }
  void cut(size_t n) { len_ = n; }  // back to an earlier size
  void clear() { len_ = 0; }
  void append(std::string_view s) {
    Reserve(s.size());
    std::memcpy(&buf_[len_], s.data(), s.size());
    len_ += s.size();
  }
  // Appends the first n (<= 16) of the 16 bytes at head.
  void append16(const char* head, size_t n) {
    Reserve(16);
    std::memcpy(&buf_[len_], head, 16);
    len_ += n;
  }

 private:
  void Reserve(size_t n) {
    if (buf_.size() - len_ < n + 16) Grow(n);
  }
  [[gnu::noinline]] void Grow(size_t n) { buf_.resize(std::max(2 * buf_.size(), len_ + n + 64)); }
  std::string buf_;
  size_t len_ = 0;
};

// Appends a key tree node's step to a path.
[[gnu::always_inline]] inline void AppendStep(PathBuffer& path, const JsonPathTree::Node& node) {
  if (node.step.size() <= node.step_head.size()) path.append16(node.step_head.data(), node.step.size());
  else path.append(node.step);
}

struct JsonCtx {
  const Scanner& scanner;
  ReaderScratch& rs;
  const Chunk& chunk;
  CollectSink& sink;
  ChunkResult* out;
  uint64_t line = 1;
  PathBuffer path;        // "$.customer.contacts[0].value"
  // The path without indices, for classification; kept up to date only below a member that
  // is not in the tree (JsonPathTree::kNone): the tree's nodes carry it otherwise.
  std::string class_key;
  // Whole values the scanner cannot find anything in are not handed to it (ScanMayFind).
  bool skip_barren = false;
  // By node of the key tree: the path of the last finding under it, interned in this chunk
  // (CollectSink::set_field_memo). Paths of one node differ only by array indices.
  std::vector<std::string_view> interned_paths;
  // A JSON document spanning lines (InputFormat::kJson): `line` follows the walk, counted
  // up to `line_from` (a chunk offset), and `record` is the element of a top-level array
  // (or the document) a value belongs to. In JSON Lines, `record` is the line's.
  bool document = false;
  size_t line_from = 0;
  uint64_t record = 0;
  // A name/value pair ({"name": "birthday", "value": "1997-07-20"}, Kubernetes env lists,
  // HAR headers, voice-bot slots): the class of the name, for the scalar value that follows.
  // Taken by the next value walked (WalkJson), so it never reaches a deeper one but a list's
  // elements, each of which is handed it again ({"name": "同行人", "value": ["杜磊", ...]}).
  // A "name" member that a "value" member follows gets an empty class (a form's label).
  const FieldClass* value_override = nullptr;
  // ClassOfName's last answers. The pointers are into rs.field_cache, which a clear (at 4096
  // entries) would invalidate: cleared with it (see ClassOfNameCached).
  std::array<std::pair<std::string, const FieldClass*>, 4> recent_pair_names{};
  size_t recent_pair_next = 0;
  // A value's class when a sibling names what it is ({"idType":"HK_MACAU_PERMIT","idNo":
  // "H07347713"}, {"district":"曹县","detail":"..."}): its own class with the named type
  // added, handed to the value as value_override is (see NoteSibling).
  FieldClass sibling_class{};
  TypeId document_type = kBuiltinTypeCount;
  int document_depth = -1;  // the depth of the object whose member named document_type
  // The depth of the object with a region member before ({"district":"曹县","detail":...}):
  // a "detail" member after it holds the rest of the address (NoteSibling).
  int region_depth = -1;
  // A JSON document's string values that look like a whole name (NoteNameRepeat), for
  // AddNameRepeats once the document is walked.
  struct RepeatCandidate {
    size_t start, end;  // chunk offsets of the string body
    uint64_t line;
    std::string_view field;  // interned path
  };
  std::vector<RepeatCandidate> repeat_candidates;
  std::string_view* PathMemo(uint32_t node) {
    if (node == JsonPathTree::kNone) return nullptr;
    if (node >= interned_paths.size()) interned_paths.resize(node + 1);
    return &interned_paths[node];
  }
};

// Whether raw (inside a chunk: 16 bytes past any byte of it are readable, the chunk's
// padding) holds a backslash. Strings are short: one or two 16-byte steps, no call.
bool HasBackslash(std::string_view raw) {
#if defined(__SSE2__)
  const __m128i bs = _mm_set1_epi8('\\');
  for (size_t i = 0; i < raw.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data() + i));
    unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs)));
    if (raw.size() - i < 16) m &= (1u << (raw.size() - i)) - 1;
    if (m) return true;
  }
  return false;
#else
  return std::memchr(raw.data(), '\\', raw.size()) != nullptr;
#endif
}

// Bytes at which the scanner may find something in text it gets as it is: its anchors
// (detect/anchor_mask.h IsAnchorByte: digits, '@', '=', ':', bytes >= 0x80) and '%', which
// utf8::NormalizeWidth may decode into one.
constexpr std::array<bool, 256> MakeScanByteTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= '0' && c <= '9') || c == '@' || c == '=' || c == ':' || c == '%' || c >= 0x80;
  return t;
}
constexpr std::array<bool, 256> kScanByte = MakeScanByteTable();

// Whether text holds a kScanByte. Byte by byte: most values that hold one start with it
// (a digit, a CJK byte), and 16-byte compares cost more than they save here (measured).
bool HasScanByte(std::string_view text) {
  for (char c : text)
    if (kScanByte[static_cast<unsigned char>(c)]) return true;
  return false;
}

// Whether Scanner::Scan may report anything for a whole value `text` (not a transformed copy)
// whose field has class `fc`, for a scanner without custom types and deny lists (they match
// anywhere). Without any scan byte nothing starts a candidate, and only a field that claims
// its whole value (names, addresses, credentials: SegmentScan::OnWholeValue) reports one
// without an anchor. True means "scan it", not that something is there.
bool ScanMayFind(std::string_view text, const FieldClass* fc) {
  constexpr uint32_t kClaiming =
      (1u << kPersonName) | (1u << kStreetAddress) | (1u << kCredential);
  if (fc && (fc->type_mask & kClaiming)) return true;
  return HasScanByte(text);
}

// Whether the scanner has custom types or deny lists (which ScanMayFind does not cover).
bool HasCustomPatterns(const Scanner& scanner) {
  return !scanner.config().custom_types.empty() || !scanner.config().deny_values.empty();
}

// In a JSON document, moves cx.line on to the line of chunk offset `at` (values are visited
// in order, so each newline is counted once). A JSON string holds no raw newline: a value
// is on one line.
void SyncLine(JsonCtx& cx, size_t at) {
  if (!cx.document || at <= cx.line_from) return;
  const char* p = cx.chunk.data.data() + cx.line_from;
  const char* const end = cx.chunk.data.data() + at;
  while (const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p))) {
    ++cx.line;
    p = static_cast<const char*>(nl) + 1;
  }
  cx.line_from = at;
}

// Records where a value or member sits (redact rewrites by these); see ValueSpan.
void RecordJson(JsonCtx& cx, ValueSpan::Kind kind, size_t token_start, size_t token_end,
                size_t start, size_t end) {
  cx.out->values.push_back({kind, 0, cx.record, token_start, token_end, start, end,
                            cx.sink.Intern(cx.path.view())});
}

// Scans the raw bytes of a JSON string body (or number) found under cx.path: escapes are
// decoded into a copy whose offset map leads back to the raw bytes.
void ScanJsonString(JsonCtx& cx, std::string_view raw, const FieldClass* field_class,
                    bool whole_value, bool escaped, std::string_view* path_memo = nullptr) {
  SyncLine(cx, static_cast<size_t>(raw.data() - cx.chunk.data.data()));
  Segment seg;
  seg.field = cx.path.view();
  seg.field_class = field_class;
  seg.line = cx.line;
  seg.count_lines = cx.rs.finding_lines;
  seg.whole_value = whole_value;
  seg.base_offset = cx.chunk.base_offset + static_cast<uint64_t>(raw.data() - cx.chunk.data.data());
  if (escaped) {
    Unescape(raw, &cx.rs.unescaped, &cx.rs.map);
    seg.text = cx.rs.unescaped;
    seg.offset_map = cx.rs.map.data();
  } else {
    seg.text = raw;
    seg.readable_after =
        ReadableAfter(cx.chunk, static_cast<size_t>(raw.data() + raw.size() - cx.chunk.data.data()));
  }
  cx.sink.set_stable_field(false);
  cx.sink.set_field_memo(path_memo);
  cx.scanner.Scan(seg, cx.rs.scan, cx.sink);
  cx.sink.set_field_memo(nullptr);
}

// The class of the value at the current path: its node's, or (outside the tree) looked up by
// cx.class_key. Valid until the next call.
const FieldClass* CachedClass(JsonCtx& cx, const std::string& key, std::string_view name);

const FieldClass* ClassOf(JsonCtx& cx, uint32_t node) {
  if (node != kNoNode) return &cx.rs.json_paths.nodes[node].field_class;
  return CachedClass(cx, cx.class_key, cx.class_key);
}

// The class of `name` in cx.rs.field_cache under `key`. The cache is emptied when it holds
// 4096 classes, and ClassOfName's recent answers (pointers into it) with it.
const FieldClass* CachedClass(JsonCtx& cx, const std::string& key, std::string_view name) {
  auto& cache = cx.rs.field_cache;
  auto it = cache.find(key);
  if (it == cache.end()) {
    if (cache.size() > 4096) {
      cache.clear();
      for (auto& recent : cx.recent_pair_names) recent.second = nullptr;
    }
    it = cache.emplace(key, cx.scanner.ClassifyField(name)).first;
  }
  return &it->second;
}

// Whether a JSON string body is shaped like a whole name: two to four Chinese characters
// (three-byte UTF-8), or two to four capitalized Latin words ("Joyce Xu", "XU Yanan").
bool NameShapedString(std::string_view v) {
  if (v.size() >= 6 && v.size() <= 12 && v.size() % 3 == 0) {
    for (size_t k = 0; k < v.size(); k += 3)
      if ((static_cast<unsigned char>(v[k]) & 0xF0) != 0xE0) return false;
    return true;
  }
  if (v.size() < 5 || v.size() > 40 || !(v[0] >= 'A' && v[0] <= 'Z')) return false;
  int words = 1;
  for (size_t k = 1; k < v.size(); ++k) {
    const char c = v[k];
    if (c == ' ') {
      if (k + 1 >= v.size() || !(v[k + 1] >= 'A' && v[k + 1] <= 'Z')) return false;
      ++words;
    } else if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '-' && c != '\'') {
      return false;
    }
  }
  return words >= 2 && words <= 4;
}

// Keeps a name-shaped string value of a JSON document in which nothing was found: it may
// repeat a name found elsewhere in the document.
void NoteNameRepeat(JsonCtx& cx, std::string_view raw) {
  if (cx.repeat_candidates.size() >= (size_t{1} << 18)) return;  // 10 MB at most
  const size_t start = static_cast<size_t>(raw.data() - cx.chunk.data.data());
  SyncLine(cx, start);
  cx.repeat_candidates.push_back(
      {start, start + raw.size(), cx.line, cx.sink.Intern(cx.path.view())});
}

// A name the document gives where the scanner is sure of it (a PERSON_NAME finding of
// LIKELY or more: under a name key, after a trigger) is the same person where the document
// repeats it as a whole string value: a business card's OCR lines under raw_text, an
// approval's list of approvers, a record's remark. Reported at POSSIBLE, as repeats in text
// are, so that redact rewrites every copy. Findings are put back in order of offset.
void AddNameRepeats(JsonCtx& cx) {
  if (cx.repeat_candidates.empty()) return;
  std::vector<Finding>& found = cx.out->findings;
  std::vector<std::string_view>& names = cx.rs.repeat_names;  // sorted, for binary search
  names.clear();
  for (const Finding& f : found)
    if (f.type == kPersonName && f.likelihood >= Likelihood::kLikely) names.push_back(f.value);
  if (names.empty()) return;
  std::sort(names.begin(), names.end());
  const uint64_t base = cx.chunk.base_offset;
  const size_t before = found.size();
  const std::string_view d = cx.chunk.view();
  for (const auto& c : cx.repeat_candidates) {
    const std::string_view v = d.substr(c.start, c.end - c.start);
    if (!std::binary_search(names.begin(), names.end(), v)) continue;
    Finding& g = found.emplace_back();
    g.start = base + c.start;
    g.end = base + c.end;
    g.line = cx.rs.finding_lines ? c.line : 0;
    g.type = kPersonName;
    g.likelihood = Likelihood::kPossible;
    g.detector = static_cast<unsigned char>(v[0]) >= 0x80 ? "cn_person_name" : "latin_person_name";
    g.field = c.field;
    g.value = v;
  }
  if (found.size() > before)
    std::stable_sort(found.begin(), found.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

void ScanDocumentString(JsonCtx& cx, std::string_view raw, const FieldClass* fc, uint32_t node);

// Scans a string or number token; `escaped`: the token holds a backslash. `named`: the class a
// name/value pair gives it, or null for its path's.
void ScanJsonScalar(JsonCtx& cx, std::string_view raw_token, uint32_t node, bool escaped,
                    const FieldClass* named) {
  // Trim whitespace the token may carry; strip quotes of strings.
  while (!raw_token.empty() && (raw_token.back() == ' ' || raw_token.back() == '\t' ||
                                raw_token.back() == '\r' || raw_token.back() == '\n'))
    raw_token.remove_suffix(1);
  std::string_view token = raw_token;
  bool is_string = raw_token.size() >= 2 && raw_token.front() == '"' && raw_token.back() == '"';
  // Not substr: its range check kept GCC from inlining it here once the file grew, and the
  // call cost 1% of a JSON Lines scan.
  if (is_string) raw_token = std::string_view(raw_token.data() + 1, raw_token.size() - 2);
  if (cx.rs.record_values) {
    size_t at = static_cast<size_t>(token.data() - cx.chunk.data.data());
    size_t inner = static_cast<size_t>(raw_token.data() - cx.chunk.data.data());
    RecordJson(cx, is_string ? ValueSpan::kJsonString : ValueSpan::kJsonNumber, at,
               at + token.size(), inner, inner + raw_token.size());
  }
  if (raw_token.empty()) return;
  const FieldClass* fc = named ? named : ClassOf(cx, node);
  // A document's strings may repeat names: a call in tail position, so that JSON Lines'
  // path through here stays as lean as it was (the code inline cost 0.8% of a CRM scan).
  if (cx.document && is_string && !escaped) return ScanDocumentString(cx, raw_token, fc, node);
  if (cx.skip_barren && !escaped && !ScanMayFind(raw_token, fc)) return;
  ScanJsonString(cx, raw_token, fc, /*whole_value=*/true, escaped, cx.PathMemo(node));
}

// ScanJsonScalar's end for an unescaped string of a JSON document: a name-shaped one in which
// nothing is found is kept, as it may repeat a name (NoteNameRepeat).
[[gnu::noinline]] void ScanDocumentString(JsonCtx& cx, std::string_view raw, const FieldClass* fc,
                                          uint32_t node) {
  if (cx.skip_barren && !ScanMayFind(raw, fc)) {
    if (NameShapedString(raw)) NoteNameRepeat(cx, raw);
    return;
  }
  const size_t found_before = cx.out->findings.size();
  ScanJsonString(cx, raw, fc, /*whole_value=*/true, /*escaped=*/false, cx.PathMemo(node));
  if (cx.out->findings.size() == found_before && NameShapedString(raw)) NoteNameRepeat(cx, raw);
}

bool KeyMayBePi(std::string_view key) {
  int run = 0;
  for (char c : key) {
    if (c == '@') return true;
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run >= 6) return true;
  }
  return false;
}

// Keys can hold PI too (maps keyed by phone number or ID). Plain words ("customer", "idCard")
// need no scan; only keys with digits, '@' or non-ASCII bytes can be PI. `raw_key` is the
// key as written.
bool KeyNeedsScan(std::string_view raw_key) {
  bool interesting = false;
  for (char c : raw_key)
    interesting |= (c >= '0' && c <= '9') || c == '@' || static_cast<unsigned char>(c) >= 0x80;
  return interesting;
}

// The raw bytes of a key: from `raw` (just past its opening quote) to its closing quote,
// escapes skipped over. simdjson has validated the string, so the quote is there, on this
// line. Looks at 16 bytes at a time: the chunk's zero padding makes reading past its end safe.
std::string_view RawKey(const Chunk& chunk, const char* raw) {
  const char* end = chunk.data.data() + chunk.size;
  const char* q = raw;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (q < end) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    unsigned m = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
    if (!m) {
      q += 16;
      continue;
    }
    q += __builtin_ctz(m);
    if (q >= end || *q == '"') break;
    q += 2;  // an escape: the byte after the backslash is part of it, even a quote
  }
#else
  while (q < end && *q != '"') q += (*q == '\\') ? 2 : 1;
#endif
  return std::string_view(raw, static_cast<size_t>(std::min(q, end) - raw));
}

// Starts the tree afresh (with its root "$") when it is empty, was made for another scanner
// or is full. Called between records only: the walk holds node ids.
void PrepareTree(const Scanner& scanner, JsonPathTree& tree) {
  if (!tree.nodes.empty() && tree.scanner == &scanner && tree.nodes.size() < JsonPathTree::kMaxNodes)
    return;
  tree.nodes.clear();
  tree.scanner = &scanner;
  PathNode& root = tree.nodes.emplace_back();
  root.class_key.push_back('$');
  root.field_class = scanner.ClassifyField(root.class_key);
}

// a == b for short strings (keys), eight bytes at a time without a call.
bool SameKey(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return false;
  }
  for (; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// The first eight bytes of key, zeros after its end (PathNode::key_head).
uint64_t KeyHead(std::string_view key) {
  uint64_t w = 0;
  std::memcpy(&w, key.data(), std::min<size_t>(key.size(), 8));
  return w;
}

// KeyHead of a key in a chunk, with one 8-byte load: the chunk's padding makes 8 bytes past
// any of its bytes readable.
uint64_t KeyHeadInChunk(std::string_view key) {
  uint64_t w;
  std::memcpy(&w, key.data(), 8);
  if (key.size() < 8) w &= (uint64_t{1} << (8 * key.size())) - 1;
  return w;
}

// The child of `parent` whose raw key is `raw` (in the chunk), or kNoNode. The child after
// the last one found is tried first: records of one input list their keys in the same order.
uint32_t FindChild(JsonPathTree& tree, uint32_t parent, std::string_view raw) {
  PathNode& p = tree.nodes[parent];
  const size_t n = p.children.size();
  const uint64_t head = KeyHeadInChunk(raw);
  size_t i = p.next_child;
  for (size_t k = 0; k < n; ++k, ++i) {
    if (i >= n) i = 0;
    uint32_t c = p.children[i];
    const PathNode& node = tree.nodes[c];
    if (node.key_head == head && node.raw_key.size() == raw.size() &&
        (raw.size() <= 8 || SameKey(std::string_view(node.raw_key).substr(8), raw.substr(8)))) {
      p.next_child = static_cast<uint32_t>(i + 1);
      return c;
    }
  }
  return kNoNode;
}

uint8_t SiblingRole(std::string_view raw_key);  // below, with the members' context

// Adds (or, for a key that may be PI, finds) the child of `parent` for the member with raw
// key `raw` and decoded key `key`; kNoNode when the tree is full.
uint32_t AddChild(const Scanner& scanner, JsonPathTree& tree, uint32_t parent,
                  std::string_view raw, std::string_view key) {
  // A key that may itself be PI (a phone number, an ID, an e-mail) must not be echoed in the
  // field paths of the values below it.
  const bool pi = KeyMayBePi(key);
  if (pi && tree.nodes[parent].pi_child != kNoNode) return tree.nodes[parent].pi_child;
  if (tree.nodes.size() >= JsonPathTree::kMaxNodes) return kNoNode;
  PathNode node;
  if (!pi) {
    node.raw_key = raw;
    node.key_head = KeyHead(raw);
  }
  node.step = '.';
  node.step += pi ? std::string_view("*") : key;
  std::memcpy(node.step_head.data(), node.step.data(), std::min(node.step.size(), node.step_head.size()));
  node.class_key = tree.nodes[parent].class_key + node.step;
  node.field_class = scanner.ClassifyField(node.class_key);
  node.key_needs_scan = KeyNeedsScan(raw);  // only used for members found by their raw key
  node.sibling_role = SiblingRole(raw);
  const auto id = static_cast<uint32_t>(tree.nodes.size());
  tree.nodes.push_back(std::move(node));  // (invalidates references into the tree)
  PathNode& p = tree.nodes[parent];
  if (pi) {
    p.pi_child = id;
  } else {
    p.children.push_back(id);
    p.next_child = static_cast<uint32_t>(p.children.size());
  }
  return id;
}

simdjson::error_code WalkJson(JsonCtx& cx, simdjson::ondemand::value value, uint32_t node,
                              int depth);

const FieldClass* ClassOfNameCached(JsonCtx& cx, std::string_view name);

// The class of a pair's name ("birthday", "DB_PASSWORD", "手机号"), cached by the name: the
// last few in the context (a record's pairs repeat a handful of names), then the field cache.
const FieldClass* ClassOfName(JsonCtx& cx, std::string_view name) {
  for (const auto& [n, fc] : cx.recent_pair_names)
    if (fc && n == name) return fc;
  const FieldClass* fc = ClassOfNameCached(cx, name);
  auto& slot = cx.recent_pair_names[cx.recent_pair_next++ % cx.recent_pair_names.size()];
  slot.first.assign(name);
  slot.second = fc;
  return fc;
}

const FieldClass* ClassOfNameCached(JsonCtx& cx, std::string_view name) {
  // Its own key space: a path's key ("$.order.no") classifies otherwise than the bare name.
  std::string key = "\x1fpair:";
  key += name;
  return CachedClass(cx, key, name);
}

// Whether the member after the one whose value ends at p (a pointer into chunk's data) is
// "value" or "val": blanks, a comma and blanks, then the key.
bool ValueMemberFollows(const Chunk& chunk, const char* p) {
  const char* const end = chunk.data.data() + chunk.data.size();
  auto blanks = [&] {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) ++p;
  };
  blanks();
  if (p >= end || *p != ',') return false;
  ++p;
  blanks();
  // (Byte by byte: this runs for every "name" member of a record.)
  if (end - p < 5 || p[0] != '"' || p[1] != 'v' || p[2] != 'a' || p[3] != 'l') return false;
  return p[4] == '"' || (end - p >= 7 && p[4] == 'u' && p[5] == 'e' && p[6] == '"');
}

// A name/value pair within one object: a "name" (or "key", "field", "label", "type",
// "system", "fieldPath") member with a short string is remembered in *pair_name; a "value"
// (or "val") member after it gets that name's class, when the name says something (a type or
// "internal number"), and so do a column profile's "min", "max", "top5" and a catalogue's
// "sampleValues". `inherited`: the class the object itself was given (an element of a list
// so named), which its "value" member takes.
void NoteNameValuePair(JsonCtx& cx, std::string_view raw_key, simdjson::ondemand::value& value,
                       std::string_view* pair_name, const FieldClass* inherited) {
  // Called for every member: the key's length and first byte rule out nearly all at once,
  // and the words are compared byte by byte (no library call).
  const size_t n = raw_key.size();
  if (n < 3 || n > 12) return;
  const char c0 = raw_key[0];
  if (c0 != 'n' && c0 != 'k' && c0 != 'f' && c0 != 'l' && c0 != 't' && c0 != 's' && c0 != 'v' &&
      c0 != 'm' && c0 != 'e')
    return;
  auto is = [&](const char* w, size_t len) {
    if (n != len) return false;
    for (size_t k = 0; k < len; ++k)
      if (raw_key[k] != w[k]) return false;
    return true;
  };
  // FHIR's ContactPoint names its kind "system" ({"system": "phone", "value": ...}); a data
  // catalogue's lineage its column "fieldPath".
  // (A "type" after a "name" is the named column's data type: {"name": "cust_name", "type":
  // "string", "min": ...}; the name stays.)
  if (is("name", 4) || is("key", 3) || is("field", 5) || is("label", 5) ||
      (is("type", 4) && pair_name->empty()) || is("system", 6) || is("fieldPath", 9)) {
    std::string_view token = value.raw_json_token();
    while (!token.empty() && (token.back() == ' ' || token.back() == '\r' || token.back() == '\n'))
      token.remove_suffix(1);
    if (token.size() >= 3 && token.size() <= 66 && token.front() == '"' && token.back() == '"' &&
        token.find('\\') == std::string_view::npos) {
      *pair_name = token.substr(1, token.size() - 2);
      // A "name" that a "value" member follows labels that value ({"name": "份数", "value":
      // "1"}, a workflow form's fields): it is no person's name, whatever its key says.
      if (n == 4 && ValueMemberFollows(cx.chunk, token.data() + token.size())) {
        static const FieldClass kLabel{};
        cx.value_override = &kLabel;
      }
    }
    return;
  }
  if ((is("value", 5) || is("val", 3)) && !pair_name->empty()) {
    const FieldClass* fc = ClassOfName(cx, *pair_name);
    if (fc->type_mask != 0 || fc->exclusion) cx.value_override = fc;
    return;
  }
  // A column profile's or a catalogue's values of the column it names: its extremes and its
  // samples ({"name": "cust_name", "min": "阿丽", "max": "鞠伟颖", "top5": [{"value": "刘洋"}]},
  // {"fieldPath": "cust_name", "sampleValues": ["汪宇", ...]}), of the column's type.
  if (!pair_name->empty() &&
      (is("min", 3) || is("max", 3) || is("sample", 6) || is("samples", 7) || is("example", 7) ||
       is("examples", 8) || is("sampleValues", 12) || is("top5", 4) || is("top10", 5) ||
       is("topValues", 9) || is("top_values", 10))) {
    const FieldClass* fc = ClassOfName(cx, *pair_name);
    if (fc->type_mask != 0) cx.value_override = fc;
    return;
  }
  // ... and a list's object of its values ({"value": "刘洋", "count": 2466}) takes the class
  // the list was given.
  if (inherited && is("value", 5) && pair_name->empty()) cx.value_override = inherited;
}

// What an object's document-type member names ({"idType":"HK_MACAU_PERMIT"}, "certType":
// "港澳居民来往内地通行证", "证件类型": "护照"): a Hong Kong and Macao permit, a passport, or
// kBuiltinTypeCount for anything else (a resident ID, a code the scanner cannot read).
TypeId DocumentTypeNamed(std::string_view value) {
  static constexpr std::string_view kPermit[] = {"HK_MACAU", "HKMO", "HRP", "通行证", "通行證",
                                                 "回乡证", "回鄉證"};
  static constexpr std::string_view kPassport[] = {"PASSPORT", "passport", "Passport", "护照",
                                                   "護照"};
  for (std::string_view w : kPermit)
    if (value.find(w) != std::string_view::npos) return kHkMacauTravelPermit;
  for (std::string_view w : kPassport)
    if (value.find(w) != std::string_view::npos) return kChinaPassport;
  return kBuiltinTypeCount;
}

// Whether raw_key ends as a document type's key does: ...type (idType, certType, doc_type,
// IDTYPE) or 类型 (证件类型).
bool DocumentTypeKey(std::string_view k) {
  const size_t n = k.size();
  if (n >= 5 && (k[n - 1] | 0x20) == 'e' && (k[n - 2] | 0x20) == 'p' && (k[n - 3] | 0x20) == 'y' &&
      (k[n - 4] | 0x20) == 't')
    return true;
  return n >= 6 && k.substr(n - 6) == "类型";
}

// Whether raw_key ends as a document number's key does: ...no, ...num, ...number, 号码, 号
// (idNo, certNo, doc_no, documentNumber, 证件号码).
bool DocumentNumberKey(std::string_view k) {
  const size_t n = k.size();
  auto ends = [&](std::string_view w) {
    if (n <= w.size()) return false;
    for (size_t i = 0; i < w.size(); ++i)
      if ((k[n - w.size() + i] | 0x20) != w[i]) return false;
    return true;
  };
  return ends("no") || ends("num") || ends("number") ||
         (n >= 6 && (k.substr(n - 6) == "号码" || k.substr(n - 3) == "号"));
}

// Whether raw_key names a region of an address: province, city, county, district, area,
// region, town (also ...Name: districtName), any case.
bool RegionKey(std::string_view k) {
  const size_t n = k.size();
  if (n < 4 || n > 12) return false;
  char buf[12];
  for (size_t i = 0; i < n; ++i) buf[i] = static_cast<char>(k[i] | 0x20);
  std::string_view v(buf, n);
  if (n > 4 && v.substr(n - 4) == "name") v.remove_suffix(4);
  return v == "province" || v == "city" || v == "county" || v == "district" || v == "area" ||
         v == "region" || v == "town";
}

// Whether raw_key is a "detail" member (detail, detailAddress, detail_addr, detailInfo).
bool DetailKey(std::string_view k) {
  return k.size() >= 6 && (k[0] | 0x20) == 'd' && (k[1] | 0x20) == 'e' && (k[2] | 0x20) == 't' &&
         (k[3] | 0x20) == 'a' && (k[4] | 0x20) == 'i' && (k[5] | 0x20) == 'l';
}

// What a member's key may say about its siblings (JsonPathTree::Node::sibling_role).
uint8_t SiblingRole(std::string_view raw_key) {
  uint8_t role = 0;
  if (DocumentTypeKey(raw_key)) role |= kDocumentTypeKey;
  if (DocumentNumberKey(raw_key)) role |= kDocumentNumberKey;
  if (RegionKey(raw_key)) role |= kRegionKey;
  if (DetailKey(raw_key)) role |= kDetailKey;
  return role;
}

// Context between the members of one object (cx remembers it with the object's depth; the
// object's start forgets it). A document-type member that names a document makes a
// document-number member after it that document's number ({"idType":"HK_MACAU_PERMIT",
// "idNo":"H07347713"}); a region member makes a "detail" member after it the street address
// ({"district":"曹县","detail":"梁堤头镇红星村四队..."}). The value gets its own class with
// the type added (cx.sibling_class, as cx.value_override).
[[gnu::noinline]] void NoteSibling(JsonCtx& cx, uint8_t role, simdjson::ondemand::value value,
                                   uint32_t child, int depth) {
  auto override_with = [&](TypeId type) {
    cx.sibling_class = WithType(ClassOf(cx, child), type);
    cx.value_override = &cx.sibling_class;
  };
  if ((role & kDocumentNumberKey) && cx.document_depth == depth) return override_with(cx.document_type);
  if ((role & kDetailKey) && cx.region_depth == depth) return override_with(kStreetAddress);
  if (role & kRegionKey) cx.region_depth = depth;
  if (role & kDocumentTypeKey) {
    std::string_view token = value.raw_json_token();
    if (token.size() < 3 || token.front() != '"') return;
    cx.document_type = DocumentTypeNamed(token);
    cx.document_depth = cx.document_type != kBuiltinTypeCount ? depth : -1;
  }
}

// One object member: scans its key when it may hold PI, extends the path, records the member
// (redact) and walks its value. `parent` is the object's node.
simdjson::error_code WalkMember(JsonCtx& cx, simdjson::ondemand::field& field, uint32_t parent,
                                int depth, std::string_view* pair_name, const FieldClass* inherited) {
  JsonPathTree& tree = cx.rs.json_paths;
  const char* raw_key = field.key().raw();
  const std::string_view raw = RawKey(cx.chunk, raw_key);
  NoteNameValuePair(cx, raw, field.value(), pair_name, inherited);
  const size_t plen = cx.path.size(), klen = cx.class_key.size();
  uint32_t child = parent == kNoNode ? kNoNode : FindChild(tree, parent, raw);
  if (child != kNoNode) {
    // Seen before with these very bytes: the decoded key cannot fail and is known.
    if (tree.nodes[child].key_needs_scan) ScanJsonString(cx, raw, nullptr, false, HasBackslash(raw));
    AppendStep(cx.path, tree.nodes[child]);
  } else {
    std::string_view key;
    if (auto err = field.unescaped_key().get(key)) return err;
    if (KeyNeedsScan(raw))  // under the parent's path
      ScanJsonString(cx, raw, nullptr, false, HasBackslash(raw));
    if (parent != kNoNode) child = AddChild(cx.scanner, tree, parent, raw, key);
    if (child != kNoNode) {
      AppendStep(cx.path, tree.nodes[child]);
    } else {
      if (parent != kNoNode) cx.class_key = tree.nodes[parent].class_key;  // leaving the tree
      std::string_view shown = KeyMayBePi(key) ? std::string_view("*") : key;
      cx.path.append(".");
      cx.path.append(shown);
      cx.class_key += '.';
      cx.class_key += shown;
    }
  }
  // What the key says about its siblings: worked out once per node of the path tree.
  if (const uint8_t role = child != kNoNode ? tree.nodes[child].sibling_role : SiblingRole(raw))
    NoteSibling(cx, role, field.value(), child, depth);
  if (cx.rs.record_values) {
    // The value starts after the key's closing quote, blanks, ':' and blanks (simdjson has
    // validated the member, so these are all there is).
    const char* d = cx.chunk.data.data();
    const char* end = d + cx.chunk.size;
    const char* q = raw.data() + raw.size() + 1;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == ':')) ++q;
    size_t key_at = static_cast<size_t>(raw_key - 1 - d);
    size_t value_at = static_cast<size_t>(q - d);
    RecordJson(cx, ValueSpan::kJsonMember, key_at, value_at, value_at, value_at);
  }
  if (auto err = WalkJson(cx, field.value(), child, depth + 1)) return err;
  cx.path.cut(plen);
  if (parent == kNoNode) cx.class_key.resize(klen);
  return simdjson::SUCCESS;
}

// Appends "[index]" to the path.
void AppendIndex(PathBuffer& path, size_t index) {
  char buf[24];
  buf[0] = '[';
  char* p = std::to_chars(buf + 1, buf + sizeof buf - 1, index).ptr;
  *p++ = ']';
  path.append(std::string_view(buf, static_cast<size_t>(p - buf)));
}

// Walks a value whose path is cx.path and whose node in the tree is `node` (array elements
// share their array's node: indices are not part of the classification).
simdjson::error_code WalkJson(JsonCtx& cx, simdjson::ondemand::value value, uint32_t node,
                              int depth) {
  using namespace simdjson;
  if (depth > 128) return DEPTH_ERROR;
  const FieldClass* const named = std::exchange(cx.value_override, nullptr);
  ondemand::json_type type;
  if (auto err = value.type().get(type)) return err;
  switch (type) {
    case ondemand::json_type::object: {
      ondemand::object obj;
      if (auto err = value.get_object().get(obj)) return err;
      std::string_view pair_name;  // NoteNameValuePair
      cx.document_depth = -1;      // NoteSibling
      cx.region_depth = -1;
      for (auto field_result : obj) {
        ondemand::field field;
        if (auto err = std::move(field_result).get(field)) return err;
        if (auto err = WalkMember(cx, field, node, depth, &pair_name, named)) return err;
      }
      return SUCCESS;
    }
    case ondemand::json_type::array: {
      ondemand::array arr;
      if (auto err = value.get_array().get(arr)) return err;
      size_t index = 0;
      for (auto el : arr) {
        ondemand::value v;
        if (auto err = std::move(el).get(v)) return err;
        size_t plen = cx.path.size();
        if (cx.document && depth == 0) cx.record = index;  // a top-level element: a record
        AppendIndex(cx.path, index++);
        // A pair's named value that is a list ({"name": "同行人", "value": ["杜磊", ...]}):
        // each element is such a value.
        cx.value_override = named;
        if (auto err = WalkJson(cx, v, node, depth + 1)) return err;
        cx.path.cut(plen);
      }
      return SUCCESS;
    }
    case ondemand::json_type::string: {
      std::string_view raw = value.raw_json_token();
      // simdjson checks a string's escapes when it decodes it: a string with a backslash is
      // decoded to have it validated. Without one there is nothing that can be invalid, and
      // the unread value is skipped by the iterator.
      const bool escaped = HasBackslash(raw);
      if (escaped) {
        std::string_view unused;
        if (auto err = value.get_string().get(unused)) return err;
      }
      ScanJsonScalar(cx, raw, node, escaped, named);
      return SUCCESS;
    }
    case ondemand::json_type::number: {
      std::string_view raw = value.raw_json_token();
      ondemand::number num;
      if (auto err = value.get_number().get(num)) {
        if (err != NUMBER_OUT_OF_RANGE) return err;
      }
      ScanJsonScalar(cx, raw, node, HasBackslash(raw), named);
      return SUCCESS;
    }
    case ondemand::json_type::boolean: {
      bool b;
      return value.get_bool().get(b);
    }
    case ondemand::json_type::null: {
      bool is_null = false;
      if (auto err = value.is_null().get(is_null)) return err;
      return is_null ? SUCCESS : INCORRECT_TYPE;
    }
  }
  return SUCCESS;
}

// Before a record's root value: the path is "$" again, and the key tree ready for it.
void BeginRecord(JsonCtx& cx) {
  if (cx.rs.json_path_tree) PrepareTree(cx.scanner, cx.rs.json_paths);
  cx.path.clear();
  cx.path.append("$");
  cx.class_key.clear();
  cx.class_key.push_back('$');
}

// Walks one record (a line holding an object or array) that starts at chunk offset `at`.
simdjson::error_code WalkRecord(JsonCtx& cx, std::string_view text, size_t at) {
  const bool tree = cx.rs.json_path_tree;
  BeginRecord(cx);
  simdjson::padded_string_view psv(text.data(), text.size(),
                                   cx.chunk.data.size() - at);  // the chunk keeps padding
  simdjson::ondemand::document doc;
  simdjson::error_code err = cx.rs.json.iterate(psv).get(doc);
  if (err) return err;
  simdjson::ondemand::json_type type;
  err = doc.type().get(type);
  if (err) return err;
  if (type != simdjson::ondemand::json_type::object &&
      type != simdjson::ondemand::json_type::array)
    return simdjson::INCORRECT_TYPE;  // a bare scalar line is not a JSON Lines record
  simdjson::ondemand::value root;
  err = doc.get_value().get(root);
  if (!err) err = WalkJson(cx, root, tree ? JsonPathTree::kRoot : kNoNode, 0);
  if (!err) {
    // In bounds after the root value means something follows it on the line.
    const char* loc = nullptr;
    if (!doc.current_location().get(loc)) err = simdjson::TRAILING_CONTENT;
  }
  return err;
}

// The length of the object or array that starts at d[p] ('{' or '['): its brackets counted
// outside strings, up to the one that closes it. npos when it does not close in `d` (a cut
// or malformed document: the parser then sees all the rest and says what is wrong).
// Documents are parsed one at a time, and the parser indexes all it is given: given the rest
// of the chunk each time, a chunk of many concatenated documents (`jq .` output) cost time
// quadratic in their number.
size_t ContainerLength(std::string_view d, size_t p) {
  int depth = 0;
  for (size_t i = p; i < d.size(); ++i) {
    const char c = d[i];
    if (c == '"') {
      for (++i; i < d.size() && d[i] != '"'; ++i)
        if (d[i] == '\\') ++i;  // an escaped character, a quote too
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1 - p;
    }
  }
  return std::string_view::npos;
}

// Walks the JSON values of a document chunk one after another (one document, or several
// separated by blanks) from chunk offset `p`. On an error, *where is the chunk offset the
// parser stopped at, or npos when it cannot say (a structure that never closes is found
// before the walk, without a place).
simdjson::error_code WalkDocuments(JsonCtx& cx, size_t p, size_t* where) {
  const std::string_view d = cx.chunk.view();
  const bool tree = cx.rs.json_path_tree;
  uint64_t documents = 0;
  while (true) {
    p = d.find_first_not_of(" \t\r\n", p);
    if (p == std::string_view::npos) return simdjson::SUCCESS;
    *where = std::string_view::npos;
    BeginRecord(cx);
    cx.record = documents++;
    size_t length = d.size() - p;
    if (d[p] == '{' || d[p] == '[') length = std::min(length, ContainerLength(d, p));
    const bool rest_follows = length < d.size() - p;
    simdjson::padded_string_view psv(d.data() + p, length, cx.chunk.data.size() - p);
    simdjson::ondemand::document doc;
    if (auto err = cx.rs.json.iterate(psv).get(doc)) return err;
    simdjson::ondemand::value root;
    simdjson::error_code err = doc.get_value().get(root);
    if (!err) err = WalkJson(cx, root, tree ? JsonPathTree::kRoot : kNoNode, 0);
    const char* loc = nullptr;
    const bool more = !doc.current_location().get(loc);
    if (err) {
      if (more) *where = static_cast<size_t>(loc - d.data());
      return err;
    }
    if (more) {
      p = static_cast<size_t>(loc - d.data());
    } else if (rest_follows) {  // the document was given alone: the next starts after it
      p += length;
    } else {
      return simdjson::SUCCESS;  // the document ran to the end of the chunk
    }
  }
}

// A chunk holding a whole JSON document (InputFormat::kJson): values are scanned under their
// paths as in JSON Lines, with the line each is on. A document that does not parse is
// scanned as plain text, with a warning at the line where parsing stopped.
void ScanJsonDocument(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk,
                      CollectSink& sink, ChunkResult* out) {
  JsonCtx cx{scanner, rs, chunk, sink, out, 1, {}, {},
             rs.skip_barren_values && !HasCustomPatterns(scanner), {}};
  cx.document = true;
  size_t lead = 0;
  if (chunk.base_offset == 0 && chunk.view().substr(0, 3) == "\xEF\xBB\xBF") lead = 3;  // BOM
  size_t where = lead;
  simdjson::error_code err = WalkDocuments(cx, lead, &where);
  if (!err) {
    AddNameRepeats(cx);
    return;
  }
  out->findings.clear();
  out->values.clear();
  const std::string_view d = chunk.view();
  std::string what = std::string("malformed JSON (") + simdjson::error_message(err) + ")";
  uint64_t line = 1, col = 0;
  if (where < d.size()) {
    const size_t line_start = where == 0 ? 0 : d.rfind('\n', where - 1) + 1;  // npos + 1 == 0
    line += static_cast<uint64_t>(std::count(d.begin(), d.begin() + where, '\n'));
    col = where - line_start + 1;
  } else {
    what += " somewhere in the document; the parser cannot say where";
  }
  out->warnings.push_back(
      {line, col, what + "; the document is scanned as plain text", /*malformed_record=*/true});
  ScanTextRange(scanner, rs, chunk, 0, chunk.size, 1, sink);
}

void ScanJsonl(const Scanner& scanner, ReaderScratch& rs, const Chunk& chunk, CollectSink& sink,
               ChunkResult* out) {
  std::string_view d = chunk.view();
  size_t p = 0;
  uint64_t line = 1;
  if (chunk.mid_record) {
    const void* nl = std::memchr(d.data(), '\n', d.size());
    size_t e = nl ? static_cast<size_t>(static_cast<const char*>(nl) - d.data()) : d.size();
    ScanTextRange(scanner, rs, chunk, 0, e, 1, sink);
    if (!nl) return;
    p = e + 1;
    line = 2;
  }
  JsonCtx cx{scanner, rs, chunk, sink, out, 1, {}, {},
             rs.skip_barren_values && !HasCustomPatterns(scanner), {}};
  while (p < chunk.size) {
    const void* nl = std::memchr(d.data() + p, '\n', chunk.size - p);
    size_t e = nl ? static_cast<size_t>(static_cast<const char*>(nl) - d.data()) : chunk.size;
    std::string_view text = d.substr(p, e - p);
    size_t lead = 0;
    if (chunk.base_offset + p == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") lead = 3;  // BOM
    size_t first = text.find_first_not_of(" \t\r", lead);
    if (first != std::string_view::npos) {
      size_t before = out->findings.size();
      size_t values_before = out->values.size();
      cx.line = line;
      cx.record = line - 1;
      simdjson::error_code err = WalkRecord(cx, text.substr(lead), p + lead);
      if (err) {
        // Throw away what this line produced and scan it as plain text instead. (Strings it
        // added to the arena stay: interned ones may be shared with other lines.)
        out->findings.resize(before);
        out->values.resize(values_before);
        out->warnings.push_back({line, 0,
                                 std::string("malformed JSON (") + simdjson::error_message(err) +
                                     "); the line is scanned as plain text",
                                 /*malformed_record=*/true});
        ScanTextRange(scanner, rs, chunk, p, e, line, sink);
      }
    }
    if (!nl) break;
    ++line;
    p = e + 1;
  }
}

}  // namespace

void UnescapeJsonString(std::string_view raw, std::string* out) {
  std::vector<uint32_t> map;
  Unescape(raw, out, &map);
}

namespace {
// Non-empty cells of a record (blanks only count as empty).
size_t FilledCells(std::string_view data, const std::vector<CsvCell>& cells) {
  size_t n = 0;
  for (const CsvCell& c : cells) {
    std::string_view v = data.substr(c.start, c.end - c.start);
    n += v.find_first_not_of(" \t\r") != std::string_view::npos;
  }
  return n;
}
// Whether no cell holds four digits in a row: a record of data has numbers.
bool NoDigitRun(std::string_view data, const std::vector<CsvCell>& cells) {
  for (const CsvCell& c : cells) {
    int run = 0;
    for (size_t k = c.start; k < c.end; ++k) {
      run = data[k] >= '0' && data[k] <= '9' ? run + 1 : 0;
      if (run < 4) continue;
      // A period's column in a short cell ("2024年3月", "2024-03", "2024Q1", "2024"): a year
      // of 19xx or 20xx that no further digit follows. Monthly columns of bills and ledgers.
      const bool year = run == 4 && c.end - c.start <= 16 &&
                        ((data[k - 3] == '1' && data[k - 2] == '9') ||
                         (data[k - 3] == '2' && data[k - 2] == '0')) &&
                        (k + 1 == c.end || !(data[k + 1] >= '0' && data[k + 1] <= '9'));
      if (!year) return false;
    }
  }
  return true;
}
// Whether a record below the first may be the header: NoDigitRun (years of period columns
// aside), and the scanner knows at
// least one cell as a column name (a record of names and places without numbers, "王芳,女,
// 北京", names no column).
bool LooksLikeHeader(const Scanner& scanner, std::string_view data,
                     const std::vector<CsvCell>& cells) {
  if (!NoDigitRun(data, cells)) return false;
  for (const CsvCell& c : cells) {
    const FieldClass fc = scanner.ClassifyField(data.substr(c.start, c.end - c.start));
    if (fc.type_mask != 0 || fc.exclusion) return true;
  }
  return false;
}
}  // namespace

namespace {
// A header written as a comment ("# 记录类型|主叫号码|..."): the text after the '#' marks and
// blanks; other text as it is.
std::string_view WithoutCommentMark(std::string_view s) {
  if (s.empty() || s[0] != '#') return s;
  const size_t p = s.find_first_not_of("# \t");
  return p == std::string_view::npos ? std::string_view() : s.substr(p);
}
}  // namespace

char CsvDelimiter(std::string_view head) {
  size_t p = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  int commas = 0, semicolons = 0, bars = 0, tabs = 0;
  bool quoted = false;
  for (; p < head.size() && (quoted || (head[p] != '\n' && head[p] != '\r')); ++p) {
    const char c = head[p];
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
    else if (!quoted && c == '|') ++bars;
    else if (!quoted && c == '\t') ++tabs;
  }
  // A first line without a comma: the separator it has most of, at least twice (a .csv
  // file that a gateway or a spreadsheet wrote with ';', '|' or tabs).
  if (commas > 0) return ',';
  const int most = std::max({semicolons, bars, tabs});
  if (most < 2) return ',';
  return most == semicolons ? ';' : most == bars ? '|' : '\t';
}

bool LooksPipeSeparated(const Scanner& scanner, std::string_view head) {
  size_t p = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  // The lines of the head: the header (maybe after "#"), then up to three records.
  auto next_line = [&](std::string_view* line) {
    while (p < head.size() && (head[p] == '\n' || head[p] == '\r')) ++p;
    if (p >= head.size()) return false;
    size_t e = head.find('\n', p);
    if (e == std::string_view::npos) return false;  // a whole line only
    *line = head.substr(p, e - p);
    p = e + 1;
    return true;
  };
  std::string_view header;
  if (!next_line(&header)) return false;
  // Comment lines without '|' before the header ("#支付宝业务明细查询", "#账号：...").
  for (int k = 0; k < 8 && header[0] == '#' && header.find('|') == std::string_view::npos; ++k)
    if (!next_line(&header)) return false;
  header = WithoutCommentMark(header);
  // A markdown table starts its lines with '|' and has a rule below its header: text.
  if (header.empty() || header[0] == '|' || header.find('\t') != std::string_view::npos) return false;
  const auto bars = static_cast<size_t>(std::count(header.begin(), header.end(), '|'));
  if (bars < 3) return false;
  // Records follow with as many '|'; a line without any (a comment, a section of another
  // layout) ends the look.
  int records = 0;
  for (std::string_view line; records < 3 && next_line(&line); ++records) {
    const auto n = static_cast<size_t>(std::count(line.begin(), line.end(), '|'));
    if (n == 0) break;
    if (n != bars) return false;
  }
  if (records == 0) return false;
  std::vector<CsvCell> cells;
  uint64_t line_no = 1;
  const std::string header_line(header);
  if (ParseCsvRecord(header_line + "\n", 0, header_line.size() + 1, '|', false, &line_no, &cells) ==
      std::string_view::npos)
    return false;
  return LooksLikeHeader(scanner, header_line, cells);
}

char HeaderlessDelimiter(const Scanner& scanner, std::string_view head) {
  size_t p = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view first;
  size_t ones = 0, bars = 0;  // the first line's counts
  bool same_ones = true, same_bars = true;
  int lines = 0;
  while (lines < 20 && (same_ones || same_bars)) {
    const size_t e = head.find('\n', p);
    if (e == std::string_view::npos) break;  // whole lines only
    std::string_view line = head.substr(p, e - p);
    p = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const auto o = static_cast<size_t>(std::count(line.begin(), line.end(), '\x01'));
    const auto b = static_cast<size_t>(std::count(line.begin(), line.end(), '|'));
    if (lines++ == 0) {
      first = line;
      ones = o;
      bars = b;
      continue;
    }
    same_ones = same_ones && o == ones;
    same_bars = same_bars && b == bars;
  }
  if (lines < 3) return 0;
  if (same_ones && ones >= 2) return '\x01';
  if (!same_bars || bars < 4 || first[0] == '|' || first[0] == '#') return 0;
  // ArcSight's CEF and QRadar's LEEF events: a '|'-separated header, then the event's
  // "key=value" extension, read as text (LineNamedClass names its custom fields).
  if (first.find("CEF:") != std::string_view::npos || first.find("LEEF:") != std::string_view::npos)
    return 0;
  std::vector<CsvCell> cells;
  uint64_t line_no = 1;
  const std::string record = std::string(first) + "\n";
  if (ParseCsvRecord(record, 0, record.size(), '|', false, &line_no, &cells) ==
      std::string_view::npos)
    return 0;
  return LooksLikeHeader(scanner, record, cells) ? 0 : '|';
}

void InferUnnamedColumns(const Scanner& scanner, std::string_view data, size_t from, bool quoted,
                         CsvHeader* header) {
  std::vector<std::vector<std::string_view>> rows;
  std::vector<CsvCell> cells;
  uint64_t line = 1;
  const size_t named = header->names.size();
  // Whole records only: the sample ends before a record the data cuts short.
  for (size_t p = from; p < data.size() && rows.size() < 100;) {
    const size_t next = ParseCsvRecord(data, p, data.size(), header->delim, quoted, &line, &cells);
    if (next == std::string_view::npos || (next >= data.size() && data.back() != '\n')) break;
    auto& row = rows.emplace_back();
    for (size_t c = named; c < cells.size(); ++c)
      row.push_back(data.substr(cells[c].start, cells[c].end - cells[c].start));
    p = next;
  }
  header->inferred = scanner.InferColumns(rows);
}

namespace {
// Where a Zeek log's "#fields" line starts among the '#' lines that open it (LooksLikeZeekLog),
// or npos; *header_end (when given) gets the end of those '#' lines: where the first record
// starts.
size_t ZeekFieldsLine(std::string_view head, size_t* header_end = nullptr) {
  if (head.substr(0, 15) != "#separator \\x09") return std::string_view::npos;
  size_t fields = std::string_view::npos, p = 0;
  while (p < head.size() && head[p] == '#') {
    if (fields == std::string_view::npos && head.substr(p, 8) == "#fields\t") {
      fields = p;
      if (!header_end) break;
    }
    const size_t nl = head.find('\n', p);
    p = nl == std::string_view::npos ? head.size() : nl + 1;
  }
  if (header_end) *header_end = p;
  return fields;
}
}  // namespace

bool LooksLikeZeekLog(std::string_view head) {
  return ZeekFieldsLine(head) != std::string_view::npos;
}

CsvHeader ParseCsvHeader(const Scanner& scanner, std::string_view data, char delim, bool quoted,
                         size_t* header_end) {
  CsvHeader h;
  h.delim = delim;
  std::vector<CsvCell> cells;
  uint64_t line = 1;
  size_t end = ParseCsvRecord(data, 0, data.size(), delim, quoted, &line, &cells);
  if (end == std::string_view::npos) {
    *header_end = 0;
    return h;
  }
  // A two-level header: group names over merged cells ("序号,用户信息,,,联系信息,"), the
  // column names in the record below (",姓名,证件号码,,联系方式,"). The lower one names a
  // column where it has a name; the group name stands for a column it leaves empty. Merged
  // group cells leave most of the upper record empty: at most half of it is filled (a header
  // with one unnamed column is no group header). Applied when `upper` (ending at upper_end)
  // is such a record and the one below it a header.
  std::vector<std::string> group;
  auto two_level = [&](std::vector<CsvCell>& upper, size_t upper_end) {
    if (upper.size() < 3 || 2 * FilledCells(data, upper) > upper.size() ||
        !NoDigitRun(data, upper))
      return false;
    std::vector<CsvCell> lower;
    uint64_t lower_line = line;
    const size_t e = ParseCsvRecord(data, upper_end, data.size(), delim, quoted, &lower_line, &lower);
    if (e == std::string_view::npos || FilledCells(data, lower) <= FilledCells(data, upper) ||
        !LooksLikeHeader(scanner, data, lower))
      return false;
    for (const auto& c : upper) group.emplace_back(data.substr(c.start, c.end - c.start));
    h.start = upper_end;
    end = e;
    cells.swap(lower);
    return true;
  };
  bool done = false;
  // A Zeek log: the "#fields" line names the columns (its first cell is the word "#fields"),
  // and the '#' lines up to the first record ("#types") are part of the header.
  size_t zeek_end = 0;
  if (const size_t f = delim == '\t' ? ZeekFieldsLine(data, &zeek_end) : std::string_view::npos;
      f != std::string_view::npos) {
    uint64_t fields_line = line;
    std::vector<CsvCell> fields;
    if (ParseCsvRecord(data, f, data.size(), delim, quoted, &fields_line, &fields) !=
            std::string_view::npos &&
        fields.size() >= 2) {
      fields.erase(fields.begin());
      cells.swap(fields);
      h.start = f;
      end = zeek_end;
      done = true;
    }
  }
  // Comment lines before the header ("# Pilot export v10.3 ...", "# UE1 IMEI=..."): the
  // header is the first line after them that looks like one.
  if (size_t q = data.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
      !done && q < data.size() && data[q] == '#') {
    size_t p = end;
    for (int k = 0; k < 8 && p < data.size() && data[p] == '#'; ++k) {
      const size_t nl = data.find('\n', p);
      p = nl == std::string_view::npos ? data.size() : nl + 1;
    }
    std::vector<CsvCell> next;
    uint64_t next_line = line;
    const size_t e = p < data.size() && data[p] != '#'
                         ? ParseCsvRecord(data, p, data.size(), delim, quoted, &next_line, &next)
                         : std::string_view::npos;
    if (e != std::string_view::npos && FilledCells(data, next) >= 2 &&
        LooksLikeHeader(scanner, data, next)) {
      h.start = p;
      end = e;
      cells.swap(next);
      done = true;
    }
  }
  if (!done && FilledCells(data, cells) <= 1) {  // a title or blank row: is the header below it?
    std::vector<CsvCell> next;
    size_t p = end;
    for (int k = 0; k < 8 && p < data.size(); ++k) {
      const size_t e = ParseCsvRecord(data, p, data.size(), delim, quoted, &line, &next);
      if (e == std::string_view::npos) break;
      if (FilledCells(data, next) >= 2) {
        if (LooksLikeHeader(scanner, data, next)) {
          h.start = p;
          end = e;
          cells.swap(next);
          break;
        }
        if ((done = two_level(next, e))) break;  // a title, then a two-level header
        // A second title row of key and value pairs ("单位：...,批次号：ZXJ2024-02,"): the
        // header may come after it.
        if (NoDigitRun(data, next)) break;
      }
      p = e;
    }
  }
  // Title rows of key and value pairs above the header ("团号,HK240815A,线路,港澳5日游",
  // "领队,方英英,领队电话,198-..."): when the first record does not look like a header, the
  // header is a record below it that does and has as many cells or more. The rows above it are scanned
  // as text.
  // A first record with no number in it that fills every cell is the header itself even when
  // it names no column the scanner knows (a data dictionary's "表名,字段名,类型,含义,示例值"):
  // the record below it that names known columns is a row of data, and its values (a sample
  // "余丹") must not become column names.
  const bool whole_text_record = NoDigitRun(data, cells) && FilledCells(data, cells) == cells.size();
  if (!done && FilledCells(data, cells) >= 2 && !LooksLikeHeader(scanner, data, cells)) {
    std::vector<CsvCell> next;
    uint64_t next_line = line;
    size_t p = end;
    for (int k = 0; k < 4 && p < data.size(); ++k) {
      const size_t e = ParseCsvRecord(data, p, data.size(), delim, quoted, &next_line, &next);
      if (e == std::string_view::npos) break;
      if (next.size() >= cells.size() && FilledCells(data, next) >= 3 &&
          (!whole_text_record || FilledCells(data, next) > FilledCells(data, cells)) &&
          LooksLikeHeader(scanner, data, next)) {
        h.start = p;
        end = e;
        line = next_line;
        cells.swap(next);
        done = true;
        break;
      }
      p = e;
    }
  }
  if (!done) done = two_level(cells, end);
  *header_end = end;
  // A first record with numbers in it that no record below replaced is data, not a header
  // (PostgreSQL's csvlog, exports written without one, "2024-05-13 00:00:05,...,10.18.21.152,
  // ..."): its cells name no column, and must not, as they may be PI themselves. The record
  // is scanned as text like any header; the columns are named by position.
  if (!done && h.start == 0 && !NoDigitRun(data, cells)) {
    InferUnnamedColumns(scanner, data, 0, quoted, &h);
    return h;
  }
  for (size_t k = 0; k < cells.size(); ++k) {
    const CsvCell& c = cells[k];
    std::string name(data.substr(c.start, c.end - c.start));
    if (name.find_first_not_of(" \t\r") == std::string::npos && k < group.size()) name = group[k];
    if (name.size() >= 3 && name.compare(0, 3, "\xEF\xBB\xBF") == 0) name.erase(0, 3);  // BOM
    // A header written as a comment ("# 记录类型|主叫号码|..."): the '#' is no part of a name.
    if (k == 0) name = std::string(WithoutCommentMark(name));
    h.classes.push_back(scanner.ClassifyField(name));
    h.names.push_back(std::move(name));
  }
  return h;
}

void ScanChunk(const Scanner& scanner, ReaderScratch& rs, InputFormat format,
               const CsvHeader* header, const Chunk& chunk, ChunkResult* out) {
  std::string_view d = chunk.view();
  const utf8::ByteSummary bytes = utf8::SummarizeBytes(d);  // one pass for both
  out->newlines = bytes.newlines;
  WarnAboutBytes(d, bytes, out);
  CollectSink sink(chunk, out);
  if (chunk.as_text || format == InputFormat::kText || format == InputFormat::kAuto) {
    ScanTextRange(scanner, rs, chunk, chunk.skip_bytes, chunk.size, 1, sink);
    return;
  }
  if (IsDelimited(format)) {
    ScanCsv(scanner, rs, header, chunk, header ? header->delim : DelimiterOf(format),
            format == InputFormat::kCsv, sink, out);
    return;
  }
  if (format == InputFormat::kJson) ScanJsonDocument(scanner, rs, chunk, sink, out);
  else ScanJsonl(scanner, rs, chunk, sink, out);
}

}  // namespace piguard::formats
