#include "formats/office.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

#include "core/ascii.h"
#include "core/civil_date.h"
#include "formats/cfb.h"
#include "formats/doc.h"
#include "formats/msg.h"
#include "formats/ocr.h"
#include "formats/avro.h"
#include "formats/odf.h"
#include "formats/pcap.h"
#include "formats/sqlite_db.h"
#include "formats/ofd.h"
#include "formats/ole_object.h"
#include "formats/pdf.h"
#include "formats/ppt.h"
#include "formats/rtf.h"
#include "formats/table_text.h"
#include "formats/zip_xml.h"
#include "formats/xls.h"

namespace piguard::formats {
namespace {

using namespace zipxml;  // NOLINT: the ZIP and XML plumbing this file is built on

// ---------------------------------------------------------------------------------------
// Workbooks.

// "BC12" -> 54 (0-based column); -1 without letters. Beyond XFD (16384 columns) is capped.
int ColumnOf(const char* ref) {
  int col = 0;
  bool any = false;
  for (const char* p = ref; *p; ++p) {
    char c = *p;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (c < 'A' || c > 'Z') break;
    col = std::min(col * 26 + (c - 'A' + 1), 16384);
    any = true;
  }
  return any ? col - 1 : -1;
}

// The row number of a row's "r" attribute (1-based), or 0.
uint64_t RowOf(const char* r) {
  uint64_t row = 0;
  for (const char* p = r; *p >= '0' && *p <= '9'; ++p)
    row = std::min<uint64_t>(row * 10 + static_cast<uint64_t>(*p - '0'), 1u << 21);
  return row;
}

// The shared strings table: the text of each <si>, runs joined, phonetic runs left out.
class SharedStrings : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::vector<std::string> strings;

 private:
  void Start(std::string_view name, const char**) override {
    if (name == "si") {
      strings.emplace_back();
      in_si_ = true;
    } else if (name == "rPh") {
      ++phonetic_;
    } else if (name == "t") {
      in_t_ = true;
    }
  }
  void End(std::string_view name) override {
    if (name == "si") in_si_ = false;
    else if (name == "rPh") --phonetic_;
    else if (name == "t") in_t_ = false;
  }
  void Text(std::string_view s) override {
    if (!in_si_ || !in_t_ || phonetic_ != 0) return;
    if (strings.back().size() + s.size() > kMaxValue)
      return Fail("a shared string longer than 16 MiB; not read");
    strings.back().append(s);
  }
  bool in_si_ = false;
  bool in_t_ = false;
  int phonetic_ = 0;
};

// ---------------------------------------------------------------------------------------
// Dates. Excel keeps a date as a number, the days since 1900 (or 1904), and says it is a date
// only through the cell's number format: a birth-date column would otherwise reach the scan
// as "31118", which is no date of birth.

// How a number cell is shown, as far as the scan cares.
enum class NumberShape : uint8_t { kNumber, kDate, kDateTime, kTime };

// The built-in formats Excel writes by id alone (ECMA-376 Part 1, 18.8.30, and the ids its
// Chinese, Japanese and Korean versions give their own date and time formats).
NumberShape BuiltinFormatShape(unsigned id) {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
      id == 57 || id == 58)
    return NumberShape::kDate;
  if (id == 22) return NumberShape::kDateTime;
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 ||
      id == 56)
    return NumberShape::kTime;
  return NumberShape::kNumber;
}

// The shape of a custom format code ("yyyy\"年\"m\"月\"d\"日\"", "yyyy-mm-dd hh:mm",
// "#,##0.00"): its first section (positive numbers) decides. Quoted text, escaped and padding
// characters and bracketed colours, locales and conditions are no format letters; [h], [mm]
// and [ss] are elapsed time. 'm' is a month unless hours or seconds make it minutes.
NumberShape FormatCodeShape(std::string_view code) {
  bool date = false, time = false, month = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const size_t q = code.find('"', i + 1);
      if (q == std::string_view::npos) break;
      i = q;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const size_t q = code.find(']', i + 1);
      if (q == std::string_view::npos) break;
      const std::string_view inner = code.substr(i + 1, q - i - 1);
      if (!inner.empty() && inner.find_first_not_of("hHmMsS") == std::string_view::npos)
        time = true;
      i = q;
    } else {
      switch (ascii::Lower(c)) {
        case 'y': case 'd': date = true; break;
        case 'h': case 's': time = true; break;
        case 'm': month = true; break;
        default: break;
      }
    }
  }
  if (date || (month && !time)) return time ? NumberShape::kDateTime : NumberShape::kDate;
  return time ? NumberShape::kTime : NumberShape::kNumber;
}

// The number formats of a workbook's cell styles (xl/styles.xml): the shape of each entry of
// cellXfs, which a cell's "s" attribute indexes.
class CellStyles : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() {
    if (Status s = ParseAll(); !s.ok()) return s;
    for (const unsigned id : xf_formats_) {
      auto custom = custom_.find(id);
      shapes.push_back(custom != custom_.end() ? custom->second : BuiltinFormatShape(id));
    }
    return Status();
  }
  std::vector<NumberShape> shapes;

 private:
  static unsigned Id(const char* s) {
    return s ? static_cast<unsigned>(std::strtoul(s, nullptr, 10)) : 0;
  }
  void Start(std::string_view name, const char** atts) override {
    if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      xf_formats_.push_back(Id(Attr(atts, "numFmtId")));
    } else if (name == "numFmt") {
      const char* code = Attr(atts, "formatCode");
      custom_[Id(Attr(atts, "numFmtId"))] = FormatCodeShape(code ? code : "");
    }
  }
  void End(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  void Text(std::string_view) override {}
  bool in_cell_xfs_ = false;
  std::vector<unsigned> xf_formats_;
  std::map<unsigned, NumberShape> custom_;
};

// What a sheet needs of the workbook to show its numbers.
struct NumberFormats {
  std::vector<NumberShape> shapes;  // by cell style index
  bool date1904 = false;            // <workbookPr date1904="1"/>: days count from 1904-01-01
};

// A date serial shown as Excel shows it in a cell of that shape: "1985-03-12",
// "1985-03-12 08:30:00", "08:30:00". Empty when it is no date Excel would show (not a plain
// number, before 1900-01-01 or after 9999-12-31): the number is kept as stored.
std::string DateFromSerial(std::string_view stored, NumberShape shape, bool date1904) {
  char* end = nullptr;
  const std::string text(stored);
  const double serial = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(serial >= 0) ||
      serial >= 2958466.0)
    return "";
  int64_t days = static_cast<int64_t>(serial);
  int64_t seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
  if (seconds >= 86400) {
    ++days;
    seconds -= 86400;
  }
  int y = 0, m = 0, d = 0;
  if (date1904) {
    civil::CivilFromDays(civil::DaysFromCivil(1904, 1, 1) + days, &y, &m, &d);
  } else if (days == 60) {  // Excel's 29 February 1900, a day that never was (Lotus 1-2-3's)
    y = 1900, m = 2, d = 29;
  } else if (days > 0) {
    civil::CivilFromDays(civil::DaysFromCivil(1899, 12, days < 60 ? 31 : 30) + days, &y, &m, &d);
  } else if (shape != NumberShape::kTime) {
    return "";  // day 0 of 1900 is shown as "1900-01-00"
  }
  char buf[40];
  const int hh = static_cast<int>(seconds / 3600), mm = static_cast<int>(seconds / 60 % 60),
            ss = static_cast<int>(seconds % 60);
  switch (shape) {
    case NumberShape::kDate: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d); break;
    case NumberShape::kDateTime:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, hh, mm, ss);
      break;
    case NumberShape::kTime: std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hh, mm, ss); break;
    case NumberShape::kNumber: return "";
  }
  return buf;
}

// A worksheet as CSV (see office.h).
class SheetPart : public RenderedPart {
 public:
  SheetPart(std::shared_ptr<Archive> a, std::string entry,
            std::shared_ptr<const std::vector<std::string>> shared,
            std::shared_ptr<const NumberFormats> formats)
      : RenderedPart(std::move(a), std::move(entry)),
        shared_(std::move(shared)),
        formats_(std::move(formats)) {}

 private:
  void Start(std::string_view name, const char** atts) override {
    if (name == "row") {
      const char* r = Attr(atts, "r");
      uint64_t row = r ? RowOf(r) : 0;
      if (row <= lines_) row = lines_ + 1;  // missing or out of order: the next line
      out_.append(row - 1 - lines_, '\n');  // rows the sheet skips
      lines_ = row - 1;
      in_row_ = true;
      next_col_ = 0;
    } else if (name == "c" && in_row_) {
      const char* r = Attr(atts, "r");
      col_ = r ? ColumnOf(r) : -1;
      const char* t = Attr(atts, "t");
      type_ = t ? t : "n";
      const char* style = Attr(atts, "s");
      style_ = style ? static_cast<size_t>(std::strtoull(style, nullptr, 10)) : 0;
      value_.clear();
      in_cell_ = true;
    } else if (in_cell_ && (name == "v" || name == "t")) {
      in_value_ = true;
    } else if (in_cell_ && name == "rPh") {
      ++phonetic_;
    }
  }
  void End(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "rPh") {
      --phonetic_;
    } else if (name == "c" && in_cell_) {
      in_cell_ = false;
      PutCell();
    } else if (name == "row" && in_row_) {
      EndRow();
    }
  }
  void Text(std::string_view s) override {
    if (!in_value_ || phonetic_ != 0) return;
    if (value_.size() + s.size() > kMaxValue)
      return Fail("a cell longer than 16 MiB; the rest of the sheet is not read");
    value_.append(s);
  }
  void Finish() override {
    if (in_row_) EndRow();
  }
  void EndRow() {
    out_ += '\n';
    ++lines_;
    in_row_ = false;
  }

  void PutCell() {
    int col = col_ < 0 || col_ < next_col_ ? next_col_ : col_;
    for (int c = next_col_; c < col; ++c)  // empty fields for the columns the row skips
      if (c > 0) out_ += ',';
    if (col > 0) out_ += ',';
    next_col_ = col + 1;
    std::string_view text = value_;
    if (type_ == "s") {
      const size_t idx = static_cast<size_t>(std::strtoull(value_.c_str(), nullptr, 10));
      text = idx < shared_->size() ? std::string_view((*shared_)[idx]) : std::string_view();
    } else if (type_ == "b") {
      text = value_ == "1" ? "TRUE" : "FALSE";
    } else if (type_ == "n" && style_ < formats_->shapes.size() &&
               formats_->shapes[style_] != NumberShape::kNumber) {
      date_ = DateFromSerial(value_, formats_->shapes[style_], formats_->date1904);
      if (!date_.empty()) text = date_;
    }
    AppendCsvField(&out_, text);
  }

  std::shared_ptr<const std::vector<std::string>> shared_;
  std::shared_ptr<const NumberFormats> formats_;
  uint64_t lines_ = 0;  // lines written (rows ended, skipped rows included)
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_value_ = false;
  int phonetic_ = 0;
  int col_ = -1;
  int next_col_ = 0;
  std::string type_;
  size_t style_ = 0;  // the cell's index into the styles' cellXfs
  std::string value_;
  std::string date_;
};

// The workbook's sheets in order: (name, relationship id).
class WorkbookSheets : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::vector<std::pair<std::string, std::string>> sheets;
  bool date1904 = false;

 private:
  void Start(std::string_view name, const char** atts) override {
    if (name == "workbookPr") {
      const char* d = Attr(atts, "date1904");
      date1904 = d && (std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0);
    }
    if (name != "sheet") return;
    const char* n = Attr(atts, "name");
    const char* id = Attr(atts, "id");
    sheets.emplace_back(n ? n : "", id ? id : "");
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// A relationships part: Id -> Target, and Id -> Type (a URI ending in the kind of part:
// ".../worksheet", ".../header").
class Relationships : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::map<std::string, std::string> targets;
  std::map<std::string, std::string> types;

 private:
  void Start(std::string_view name, const char** atts) override {
    if (name != "Relationship") return;
    const char* id = Attr(atts, "Id");
    const char* target = Attr(atts, "Target");
    const char* type = Attr(atts, "Type");
    if (!id || !target) return;
    targets[id] = target;
    if (type) types[id] = type;
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// The files embedded in an Office Open XML file: every entry under `dir` ("word/embeddings/",
// "xl/embeddings/", "ppt/embeddings/"), where Office keeps embedded workbooks, documents and
// decks (a chart's data too) and OLE objects (oleObject1.bin), in natural order of their
// names. Each is a part of its own, read after the file's text when the scan gets to it.
void AddEmbeddedParts(const std::shared_ptr<Archive>& a, std::string_view dir,
                      std::vector<OfficePart>* parts) {
  std::vector<std::string> entries = EntriesUnder(*a, dir);
  std::sort(entries.begin(), entries.end(), NaturalLess);
  for (std::string& entry : entries) parts->push_back(EmbeddedPart(a, entry, entry.substr(dir.size())));
}

Result<std::vector<OfficePart>> WorkbookParts(const std::shared_ptr<Archive>& a) {
  if (!HasEntry(*a, "xl/workbook.xml"))
    return DataLoss(a->name + ": not an Excel workbook (a ZIP archive without xl/workbook.xml)");
  auto shared = std::make_shared<std::vector<std::string>>();
  if (HasEntry(*a, "xl/sharedStrings.xml")) {
    if (EntrySize(*a, "xl/sharedStrings.xml") > kMaxWholePart)
      return PartError(*a, "xl/sharedStrings.xml", "larger than 512 MiB; not read");
    SharedStrings strings(a, "xl/sharedStrings.xml");
    if (Status s = strings.Load(); !s.ok()) return s;
    *shared = std::move(strings.strings);
  }
  WorkbookSheets book(a, "xl/workbook.xml");
  if (Status s = book.Load(); !s.ok()) return s;
  auto formats = std::make_shared<NumberFormats>();
  formats->date1904 = book.date1904;
  // Styles that cannot be read lose the dates' formats, not the sheets: numbers are then
  // shown as stored, and the styles' error is reported as a part of its own.
  Status styles_error;
  if (HasEntry(*a, "xl/styles.xml")) {
    if (EntrySize(*a, "xl/styles.xml") > kMaxWholePart) {
      styles_error = PartError(*a, "xl/styles.xml", "larger than 512 MiB; dates are shown as numbers");
    } else {
      CellStyles styles(a, "xl/styles.xml");
      styles_error = styles.Load();
      if (styles_error.ok()) formats->shapes = std::move(styles.shapes);
    }
  }
  Relationships rels(a, "xl/_rels/workbook.xml.rels");
  if (HasEntry(*a, "xl/_rels/workbook.xml.rels"))
    if (Status s = rels.Load(); !s.ok()) return s;
  std::vector<OfficePart> parts;
  for (size_t i = 0; i < book.sheets.size(); ++i) {
    const auto& [name, id] = book.sheets[i];
    auto t = rels.targets.find(id);
    // Without a relation, the conventional name of the i-th sheet.
    std::string entry = t != rels.targets.end()
                            ? EntryOf(t->second, "xl/")
                            : "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml";
    if (!HasEntry(*a, entry)) continue;  // a chart sheet or a dangling entry: nothing to scan
    parts.push_back({name.empty() ? "sheet" + std::to_string(i + 1) : name, InputFormat::kCsv,
                     std::make_unique<SheetPart>(a, entry, shared, formats)});
  }
  AddEmbeddedParts(a, "xl/embeddings/", &parts);
  if (!styles_error.ok()) parts.push_back(FailedPart("styles", styles_error));
  return parts;
}

// ---------------------------------------------------------------------------------------
// Documents.

// word/document.xml as text (see office.h).
class DocumentPart : public RenderedPart {
 public:
  DocumentPart(std::shared_ptr<Archive> a, std::string entry, FieldNamePredicate is_field_name)
      : RenderedPart(std::move(a), std::move(entry)), table_(std::move(is_field_name)) {}

 private:
  std::string& Sink() { return table_depth_ > 0 ? cell_ : out_; }
  void Start(std::string_view name, const char**) override {
    // Word keeps a second copy of a text box for older readers (mc:Fallback): read once.
    if (name == "Fallback" || fallback_ > 0) {
      if (name == "Fallback") ++fallback_;
      return;
    }
    if (name == "t" || name == "delText") {
      in_text_ = true;
    } else if (name == "tab") {
      Sink() += table_depth_ > 0 ? ' ' : '\t';
    } else if (name == "br" || name == "cr") {
      Sink() += table_depth_ > 0 ? ' ' : '\n';
    } else if (name == "tbl") {
      if (++table_depth_ == 1) table_.Begin();
    } else if (name == "tr" && table_depth_ == 1) {
      row_.clear();
    } else if (name == "tc" && table_depth_ == 1) {
      cell_.clear();
    }
  }
  void End(std::string_view name) override {
    if (fallback_ > 0) {
      if (name == "Fallback") --fallback_;
      return;
    }
    if (name == "t" || name == "delText") {
      in_text_ = false;
    } else if (name == "p") {
      if (table_depth_ > 0) {
        if (!cell_.empty() && cell_.back() != ' ') cell_ += ' ';
      } else {
        out_ += '\n';
      }
    } else if (name == "tc" && table_depth_ == 1) {
      EndCell();
    } else if (name == "tr" && table_depth_ == 1) {
      EndRow();
    } else if (name == "tbl" && table_depth_ > 0) {
      if (--table_depth_ == 0) table_.End(&out_);
    }
  }
  void Text(std::string_view s) override {
    if (!in_text_ || fallback_ > 0) return;
    if (table_depth_ > 0 && cell_.size() + s.size() > kMaxValue)
      return Fail("a table cell longer than 16 MiB; the rest of the document is not read");
    Sink().append(s);
  }
  void Finish() override {  // a document cut inside a table
    if (table_depth_ == 0) return;
    if (!cell_.empty()) EndCell();
    if (!row_.empty()) EndRow();
    table_.End(&out_);
  }

  void EndCell() {
    while (!cell_.empty() && cell_.back() == ' ') cell_.pop_back();
    row_.push_back(std::move(cell_));
    cell_.clear();
  }
  void EndRow() {
    if (!row_.empty()) table_.Row(std::move(row_), &out_);
    row_.clear();
  }

  TableText table_;
  int fallback_ = 0;  // depth inside mc:Fallback
  bool in_text_ = false;
  int table_depth_ = 0;  // nested tables are flattened into their outer cell
  std::vector<std::string> row_;
  std::string cell_;
};

// The parts of a document besides its body that hold text someone wrote, in the order they
// are scanned: headers and footers (a contract's customer and number on every page), then
// footnotes, endnotes and reviewers' comments. By the relationship type's last word.
int DocumentPartRank(std::string_view type) {
  const size_t slash = type.rfind('/');
  const std::string_view kind = slash == std::string_view::npos ? type : type.substr(slash + 1);
  constexpr std::string_view kKinds[] = {"header", "footer", "footnotes", "endnotes", "comments"};
  for (size_t i = 0; i < std::size(kKinds); ++i)
    if (kind == kKinds[i]) return static_cast<int>(i);
  return -1;
}

// "word/header12.xml" -> "header12".
std::string DocumentPartLabel(std::string_view entry) {
  const size_t slash = entry.rfind('/');
  if (slash != std::string_view::npos) entry.remove_prefix(slash + 1);
  if (ascii::EndsWithNoCase(entry, ".xml")) entry.remove_suffix(4);
  return std::string(entry);
}

Result<std::vector<OfficePart>> DocumentParts(const std::shared_ptr<Archive>& a,
                                              FieldNamePredicate is_field_name) {
  if (!HasEntry(*a, "word/document.xml"))
    return DataLoss(a->name + ": not a Word document (a ZIP archive without word/document.xml)");
  // The other parts, from the body's relationships: each entry once (a header used by every
  // section is one part), ranked by kind, then by name.
  struct More {
    int rank;
    std::string label;
    std::string entry;
  };
  std::vector<More> more;
  Status rels_error;
  if (HasEntry(*a, "word/_rels/document.xml.rels")) {
    Relationships rels(a, "word/_rels/document.xml.rels");
    rels_error = rels.Load();
    for (const auto& [id, type] : rels.types) {
      const int rank = DocumentPartRank(type);
      if (rank < 0) continue;
      std::string entry = EntryOf(rels.targets[id], "word/");
      if (entry == "word/document.xml" || !HasEntry(*a, entry)) continue;  // dangling: nothing to scan
      more.push_back({rank, DocumentPartLabel(entry), std::move(entry)});
    }
  }
  std::sort(more.begin(), more.end(), [](const More& x, const More& y) {
    return x.rank != y.rank ? x.rank < y.rank : NaturalLess(x.label, y.label);
  });
  more.erase(std::unique(more.begin(), more.end(),
                         [](const More& x, const More& y) { return x.entry == y.entry; }),
             more.end());
  std::vector<OfficePart> parts;
  parts.push_back({"", InputFormat::kText,
                   std::make_unique<DocumentPart>(a, "word/document.xml", is_field_name)});
  for (More& m : more)
    parts.push_back({std::move(m.label), InputFormat::kText,
                     std::make_unique<DocumentPart>(a, std::move(m.entry), is_field_name)});
  AddEmbeddedParts(a, "word/embeddings/", &parts);
  // Damaged relationships lose the headers and notes they name, not the body.
  if (!rels_error.ok()) parts.push_back(FailedPart("relationships", rels_error));
  return parts;
}

// ---------------------------------------------------------------------------------------
// Presentations: each slide's text (shapes, text boxes and tables; a table as a document's
// table is), then its speaker notes, which often hold what the slide leaves out (a customer's
// name and number in a case study). DrawingML's text elements have the local names Word's
// have (a:p, a:r, a:t, a:br, a:tab, a:tbl, a:tr, a:tc), so a slide is rendered by
// DocumentPart.

// ppt/presentation.xml: the relationship ids of the slides, in the deck's order.
class PresentationSlides : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::vector<std::string> ids;

 private:
  void Start(std::string_view name, const char** atts) override {
    if (name != "sldId" || ids.size() >= (1u << 16)) return;
    // The slide's own "id" is a number; the relationship's is r:id (a prefixed attribute).
    for (size_t i = 0; atts[i]; i += 2)
      if (std::string_view(atts[i]).find(':') != std::string_view::npos && Local(atts[i]) == "id") {
        ids.emplace_back(atts[i + 1]);
        break;
      }
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// A relationship target relative to the directory `dir` ("ppt/slides/"), "../" going up one
// level each; or absolute ("/ppt/notesSlides/notesSlide1.xml").
std::string ResolveTarget(std::string dir, std::string_view target) {
  if (!target.empty() && target[0] == '/') return std::string(target.substr(1));
  while (target.substr(0, 3) == "../") {
    target.remove_prefix(3);
    if (!dir.empty()) dir.pop_back();  // the trailing '/'
    const size_t slash = dir.rfind('/');
    dir = slash == std::string::npos ? std::string() : dir.substr(0, slash + 1);
  }
  return dir + std::string(target);
}

Result<std::vector<OfficePart>> PresentationParts(const std::shared_ptr<Archive>& a,
                                                  FieldNamePredicate is_field_name) {
  if (!HasEntry(*a, "ppt/presentation.xml"))
    return DataLoss(a->name +
                    ": not a PowerPoint presentation (a ZIP archive without ppt/presentation.xml)");
  PresentationSlides deck(a, "ppt/presentation.xml");
  if (Status s = deck.Load(); !s.ok()) return s;
  Relationships rels(a, "ppt/_rels/presentation.xml.rels");
  if (HasEntry(*a, "ppt/_rels/presentation.xml.rels"))
    if (Status s = rels.Load(); !s.ok()) return s;
  std::vector<OfficePart> parts;
  for (size_t k = 0; k < deck.ids.size(); ++k) {
    auto t = rels.targets.find(deck.ids[k]);
    if (t == rels.targets.end()) continue;
    const std::string slide = ResolveTarget("ppt/", t->second);
    if (!HasEntry(*a, slide)) continue;  // dangling: nothing to scan
    const std::string number = std::to_string(k + 1);
    // The slide's notes, from the slide's own relationships.
    const size_t slash = slide.rfind('/');
    const std::string dir = slide.substr(0, slash + 1);
    const std::string slide_rels = dir + "_rels/" + slide.substr(slash + 1) + ".rels";
    std::string notes;
    Status notes_error;
    if (HasEntry(*a, slide_rels)) {
      Relationships r(a, slide_rels);
      notes_error = r.Load();
      for (const auto& [id, type] : r.types)
        if (type.size() >= 11 && type.compare(type.size() - 11, 11, "/notesSlide") == 0)
          notes = ResolveTarget(dir, r.targets[id]);
      if (!notes.empty() && !HasEntry(*a, notes)) notes.clear();
    }
    parts.push_back({"slide" + number, InputFormat::kText,
                     std::make_unique<DocumentPart>(a, slide, is_field_name)});
    if (!notes.empty())
      parts.push_back({"notes" + number, InputFormat::kText,
                       std::make_unique<DocumentPart>(a, notes, is_field_name)});
    // Damaged slide relationships lose the notes, not the slide.
    if (!notes_error.ok()) parts.push_back(FailedPart("notes" + number, notes_error));
  }
  AddEmbeddedParts(a, "ppt/embeddings/", &parts);
  return parts;
}

Result<std::vector<OfficePart>> Parts(std::shared_ptr<Archive> a, OfficeKind kind,
                                      FieldNamePredicate is_field_name) {
  if (kind == OfficeKind::kOfd) return OfdParts(std::move(a));
  if (kind == OfficeKind::kOpenDocument) return OdfParts(std::move(a), std::move(is_field_name));
  if (kind == OfficeKind::kPresentation) return PresentationParts(a, std::move(is_field_name));
  return kind == OfficeKind::kWorkbook ? WorkbookParts(a)
                                       : DocumentParts(a, std::move(is_field_name));
}

// A file whose text is one input (a PDF, a Word 97-2003 document): no part when it is no
// such file after all (then it is read as what it is).
Result<std::vector<OfficePart>> TextPart(Result<std::unique_ptr<ByteSource>> text,
                                         InputFormat format = InputFormat::kText) {
  if (!text.ok()) return text.status();
  std::vector<OfficePart> parts;
  if (text.value()) parts.push_back({"", format, std::move(text).value()});
  return parts;
}

// A Word or Excel 97-2003 file's parts followed by its OLE objects (formats/ole_object.h),
// those kept as the storages under `container` whose names start with `prefix`. A file that
// is none of these (no parts) or whose compound file cannot be opened again gets none.
Result<std::vector<OfficePart>> WithStorageObjects(Result<std::vector<OfficePart>> parts,
                                                   const ReopenBytes& reopen,
                                                   std::string_view container,
                                                   std::string_view prefix) {
  if (!parts.ok() || parts.value().empty()) return parts;
  auto bytes = reopen();
  if (!bytes.ok()) return parts;
  auto cf = CompoundFile::Open(std::move(bytes).value(), "");
  if (!cf.ok()) return parts;
  for (OfficePart& object : StorageObjectParts(cf.value(), container, prefix, reopen))
    parts.value().push_back(std::move(object));
  return parts;
}
ReopenBytes ReopenFile(const std::string& path) {
  return [path] { return OpenRandomAccessFile(path); };
}
ReopenBytes ReopenMemory(std::string_view bytes) {  // `bytes` outlives the parts
  return [bytes]() -> Result<std::unique_ptr<RandomAccessBytes>> {
    return RandomAccessMemory(bytes);
  };
}

// The same for a converter whose text is an e-mail message.
Result<std::vector<OfficePart>> MailPart(Result<std::unique_ptr<ByteSource>> message) {
  auto parts = TextPart(std::move(message));
  if (parts.ok())
    for (OfficePart& p : parts.value()) p.mail = true;
  return parts;
}

}  // namespace

namespace {
OfficeKind KindByEntries(Archive& a) {
  if (!a.zip) return OfficeKind::kNone;
  if (HasEntry(a, "word/document.xml")) return OfficeKind::kDocument;
  if (HasEntry(a, "xl/workbook.xml")) return OfficeKind::kWorkbook;
  if (HasEntry(a, "ppt/presentation.xml")) return OfficeKind::kPresentation;
  if (HasEntry(a, "OFD.xml")) return OfficeKind::kOfd;
  if (HasEntry(a, "content.xml") && (HasEntry(a, "mimetype") || HasEntry(a, "META-INF/manifest.xml")))
    return OfficeKind::kOpenDocument;
  return OfficeKind::kNone;
}
}  // namespace

OfficeKind OfficeKindOfZip(const std::string& path) {
  Archive a;
  a.zip = unzOpen64(path.c_str());
  return KindByEntries(a);
}

OfficeKind OfficeKindOfZipBytes(std::string_view bytes) {
  Archive a;
  a.memory = {bytes.data(), bytes.size(), 0};
  zlib_filefunc64_def io = MemoryFileFunctions(&a.memory);
  a.zip = unzOpen2_64("", &io);
  return KindByEntries(a);
}

namespace {
OfficeKind KindByStreams(Result<CompoundFile> cf) {
  if (!cf.ok()) return OfficeKind::kNone;
  if (cf.value().HasStream("PowerPoint Document")) return OfficeKind::kLegacyPresentation;
  if (cf.value().HasStream("WordDocument")) return OfficeKind::kLegacyDocument;
  if (cf.value().HasStream("Workbook") || cf.value().HasStream("Book"))
    return OfficeKind::kLegacyWorkbook;
  if (cf.value().HasStream("__properties_version1.0")) return OfficeKind::kOutlookMessage;
  return OfficeKind::kNone;
}
}  // namespace

OfficeKind OfficeKindOfCompoundFile(const std::string& path) {
  auto bytes = OpenRandomAccessFile(path);
  if (!bytes.ok()) return OfficeKind::kNone;
  return KindByStreams(CompoundFile::Open(std::move(bytes).value(), path));
}

OfficeKind OfficeKindOfCompoundBytes(std::string_view bytes) {
  return KindByStreams(CompoundFile::Open(RandomAccessMemory(bytes), ""));
}

OfficeKind OfficeKindOfDataFile(std::string_view head) {
  if (LooksLikeSqliteDatabase(head)) return OfficeKind::kSqliteDatabase;
  if (LooksLikeAvro(head)) return OfficeKind::kAvro;
  if (LooksLikePcap(head)) return OfficeKind::kPcap;
  return OfficeKind::kNone;
}

void ForEachPart(std::vector<OfficePart>& parts, const std::function<bool(OfficePart&)>& f) {
  for (OfficePart& listed : parts) {
    if (!f(listed)) return;
    std::function<bool(OfficePart*)> more = std::move(listed.more);
    listed.source.reset();
    while (more) {
      OfficePart next;
      if (!more(&next)) break;  // on to the next listed part (a file's embedded objects)
      if (!f(next)) return;
      more = std::move(next.more);
    }
  }
}

void AppendCsvField(std::string* out, std::string_view text) {
  // A plain loop: find_first_of calls memchr on the four bytes for every byte of the text
  // (a tenth of a database table's scan).
  bool plain = true;
  for (char c : text) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') {
      plain = false;
      break;
    }
  }
  if (plain) {
    out->append(text);
    return;
  }
  *out += '"';
  for (char c : text) {
    if (c == '"') *out += "\"\"";
    else if (c == '\n' || c == '\r') *out += ' ';
    else *out += c;
  }
  *out += '"';
}

OfficeKind OfficeKindByName(std::string_view path) {
  using ascii::EndsWithNoCase;
  if (EndsWithNoCase(path, ".xlsx") || EndsWithNoCase(path, ".xlsm")) return OfficeKind::kWorkbook;
  if (EndsWithNoCase(path, ".docx") || EndsWithNoCase(path, ".docm")) return OfficeKind::kDocument;
  if (EndsWithNoCase(path, ".pptx") || EndsWithNoCase(path, ".pptm") ||
      EndsWithNoCase(path, ".ppsx"))
    return OfficeKind::kPresentation;
  if (EndsWithNoCase(path, ".xls") || EndsWithNoCase(path, ".et")) return OfficeKind::kLegacyWorkbook;
  if (EndsWithNoCase(path, ".pdf")) return OfficeKind::kPdf;
  if (EndsWithNoCase(path, ".ofd")) return OfficeKind::kOfd;
  if (EndsWithNoCase(path, ".doc") || EndsWithNoCase(path, ".dot") ||
      EndsWithNoCase(path, ".wps"))
    return OfficeKind::kLegacyDocument;
  for (std::string_view ext : {".odt", ".ott", ".ods", ".ots", ".odp", ".otp", ".odg", ".otg",
                               ".fodt", ".fods", ".fodp", ".fodg"})
    if (EndsWithNoCase(path, ext)) return OfficeKind::kOpenDocument;
  if (EndsWithNoCase(path, ".msg")) return OfficeKind::kOutlookMessage;
  if (EndsWithNoCase(path, ".rtf")) return OfficeKind::kRtf;
  for (std::string_view ext : {".ppt", ".pps", ".pot", ".dps", ".dpt"})
    if (EndsWithNoCase(path, ext)) return OfficeKind::kLegacyPresentation;
  return OfficeKind::kNone;
}

// What LooksLikeFlatOpenDocument is given of a file: its prolog and root element are in it.
constexpr size_t kFlatHead = 8192;

Result<std::vector<OfficePart>> OpenOffice(const std::string& path, OfficeKind kind,
                                           FieldNamePredicate is_field_name, bool ocr) {
  if (kind == OfficeKind::kLegacyWorkbook)
    return WithStorageObjects(OpenXls(path), ReopenFile(path), "", "MBD");
  if (kind == OfficeKind::kLegacyPresentation) return OpenPpt(path, std::move(is_field_name));
  if (kind == OfficeKind::kPdf) return TextPart(OpenPdf(path, ocr));
  if (kind == OfficeKind::kImage) return TextPart(OpenImage(path));
  if (kind == OfficeKind::kSqliteDatabase) return OpenSqliteDatabase(path);
  if (kind == OfficeKind::kAvro) return TextPart(OpenAvro(path), InputFormat::kJsonl);
  if (kind == OfficeKind::kPcap) return TextPart(OpenPcap(path), InputFormat::kTsv);
  if (kind == OfficeKind::kRtf || kind == OfficeKind::kLegacyDocument) {
    // RTF under a .rtf or .doc name (Word saves either way); RTF that is none is read as text.
    auto head = ReadFileHead(path, 5);
    if (!head.ok()) return head.status();
    if (LooksLikeRtf(head.value())) {
      auto source = OpenSource(path);
      if (!source.ok()) return source.status();
      return TextPart(RtfText(std::move(source).value(), path, std::move(is_field_name)));
    }
    if (kind == OfficeKind::kRtf) return std::vector<OfficePart>{};
  }
  if (kind == OfficeKind::kLegacyDocument) {
    // A .wps is Kingsoft's Word-based format or Microsoft Works' own: only the first is read.
    if (ascii::EndsWithNoCase(path, ".wps")) {
      auto word = FileHasWordDocumentStream(path);
      if (!word.ok()) return word.status();
      if (!word.value()) return std::vector<OfficePart>{};
    }
    return WithStorageObjects(TextPart(OpenDoc(path, std::move(is_field_name))), ReopenFile(path),
                              "ObjectPool", "");
  }
  if (kind == OfficeKind::kOutlookMessage) return MailPart(OpenMsg(path));
  {
    auto head = ReadFileHead(path, kind == OfficeKind::kOpenDocument ? kFlatHead : 4);
    if (!head.ok()) return head.status();
    if (kind == OfficeKind::kOpenDocument && LooksLikeFlatOpenDocument(head.value())) {
      auto a = std::make_shared<Archive>();
      a->name = path;
      a->flat = true;
      a->flat_path = path;
      return OdfParts(std::move(a), std::move(is_field_name));
    }
    if (head.value().substr(0, 4) != std::string_view("PK\x03\x04", 4))
      return std::vector<OfficePart>{};
  }
  auto a = std::make_shared<Archive>();
  a->name = path;
  a->zip = unzOpen64(path.c_str());
  if (!a->zip) return DataLoss(path + ": not a readable ZIP archive (no central directory)");
  return Parts(a, kind, std::move(is_field_name));
}

Result<std::vector<OfficePart>> OpenOfficeBytes(std::string_view bytes, OfficeKind kind,
                                                const std::string& name,
                                                FieldNamePredicate is_field_name, bool ocr) {
  if (kind == OfficeKind::kLegacyWorkbook)
    return WithStorageObjects(OpenXlsBytes(bytes, name), ReopenMemory(bytes), "", "MBD");
  if (kind == OfficeKind::kLegacyPresentation) return OpenPptBytes(bytes, name, std::move(is_field_name));
  if (kind == OfficeKind::kPdf) return TextPart(OpenPdfBytes(bytes, name, ocr));
  if (kind == OfficeKind::kImage) return TextPart(OpenImageBytes(bytes, name));
  if (kind == OfficeKind::kSqliteDatabase) return OpenSqliteDatabaseBytes(bytes, name);
  if (kind == OfficeKind::kAvro) return TextPart(OpenAvroBytes(bytes, name), InputFormat::kJsonl);
  if (kind == OfficeKind::kPcap) return TextPart(OpenPcapBytes(bytes, name), InputFormat::kTsv);
  if ((kind == OfficeKind::kRtf || kind == OfficeKind::kLegacyDocument) && LooksLikeRtf(bytes))
    return TextPart(RtfText(std::make_unique<BytesSource>(std::string(bytes)), name,
                            std::move(is_field_name)));
  if (kind == OfficeKind::kRtf) return std::vector<OfficePart>{};
  if (kind == OfficeKind::kLegacyDocument) {
    if (ascii::EndsWithNoCase(name, ".wps") && !HasWordDocumentStream(bytes))
      return std::vector<OfficePart>{};
    return WithStorageObjects(TextPart(OpenDocBytes(bytes, name, std::move(is_field_name))),
                              ReopenMemory(bytes), "ObjectPool", "");
  }
  if (kind == OfficeKind::kOutlookMessage) return MailPart(OpenMsgBytes(bytes, name));
  if (kind == OfficeKind::kOpenDocument && LooksLikeFlatOpenDocument(bytes.substr(0, kFlatHead))) {
    auto a = std::make_shared<Archive>();
    a->name = name;
    a->flat = true;
    a->memory = {bytes.data(), bytes.size(), 0};
    return OdfParts(std::move(a), std::move(is_field_name));
  }
  if (bytes.size() < 4 || bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4))
    return std::vector<OfficePart>{};
  auto a = std::make_shared<Archive>();
  a->name = name;
  a->memory = {bytes.data(), bytes.size(), 0};
  zlib_filefunc64_def io = MemoryFileFunctions(&a->memory);
  a->zip = unzOpen2_64(name.c_str(), &io);
  if (!a->zip) return DataLoss(name + ": not a readable ZIP archive (no central directory)");
  return Parts(a, kind, std::move(is_field_name));
}

}  // namespace piguard::formats
