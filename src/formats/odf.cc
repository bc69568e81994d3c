#include "formats/odf.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/table_text.h"
#include "formats/zip_xml.h"

namespace piguard::formats {
namespace {

using zipxml::Archive;
using zipxml::Attr;
using zipxml::XmlStream;

// What office:body holds. Drawings (.odg) have pages as presentations do.
enum class Body { kNone, kText, kSpreadsheet, kPresentation };

Body BodyNamed(std::string_view local) {
  // A chart's title, legend and data table (chart:chart's table:table, with its header row)
  // are rendered as a text document's paragraphs and tables are.
  if (local == "text" || local == "chart") return Body::kText;
  if (local == "spreadsheet") return Body::kSpreadsheet;
  if (local == "presentation" || local == "drawing") return Body::kPresentation;
  return Body::kNone;
}

// Element depths in content.xml: office:document-content is 1, office:body 2, the body's
// kind (office:spreadsheet) 3, a sheet (table:table) or a page (draw:page) 4, a page's
// speaker notes (presentation:notes) 5.
constexpr int kBodyDepth = 2;
constexpr int kKindDepth = 3;
constexpr int kSheetDepth = 4;
constexpr int kNotesDepth = 5;

// More sheets or pages than this are refused: their list alone would take memory.
constexpr size_t kMaxSections = 1u << 16;
// A sheet's lines (rows, the empty ones between included): 1,048,576 is Calc's and Excel's
// limit, twice that is allowed here, as for .xlsx.
constexpr uint64_t kMaxRows = 1u << 21;
// A row's columns: 16,384 is Calc's and Excel's limit; later cells are not rendered.
constexpr uint64_t kMaxColumns = 1u << 14;
// A row of repeated cells, or a repeated row, that would render to more text than this is an
// error: "repeated" multiplies what a few bytes of XML say.
constexpr size_t kMaxRepeatedText = 16u << 20;
// All the text that repetition adds to a file's sheets (the copies after the first, empty
// rows' line ends) is bounded too: a few hundred bytes of XML per 16 MiB row could otherwise
// make terabytes to scan. 64 MiB is thousands of times what a real spreadsheet's repeats add.
constexpr uint64_t kMaxExpandedText = 64u << 20;
// Blanks one text:s may stand for.
constexpr uint64_t kMaxSpaces = 1024;

// A repetition count attribute ("3"): 1 without one or when it is no number, at most `max`.
uint64_t CountOf(const char* s, uint64_t max) {
  if (!s) return 1;
  uint64_t n = 0;
  for (const char* p = s; *p >= '0' && *p <= '9'; ++p) n = std::min(n * 10 + static_cast<uint64_t>(*p - '0'), max);
  return std::clamp<uint64_t>(n, 1, max);
}

// A time cell's office:time-value ("PT08H30M00S", "PT1234H05M00.5S") as "08:30:00";
// empty when it is not of that form.
std::string TimeText(std::string_view v) {
  if (v.substr(0, 2) != "PT") return "";
  v.remove_prefix(2);
  unsigned long parts[3] = {0, 0, 0};
  constexpr char kUnits[3] = {'H', 'M', 'S'};
  for (int i = 0; i < 3 && !v.empty(); ++i) {
    size_t k = 0;
    unsigned long n = 0;
    while (k < v.size() && v[k] >= '0' && v[k] <= '9' && k < 9) n = n * 10 + static_cast<unsigned long>(v[k++] - '0');
    if (i == 2 && k < v.size() && (v[k] == '.' || v[k] == ',')) {  // fractions of a second
      ++k;
      while (k < v.size() && v[k] >= '0' && v[k] <= '9') ++k;
    }
    if (k == 0 || k >= v.size() || v[k] != kUnits[i]) return "";
    parts[i] = n;
    v.remove_prefix(k + 1);
  }
  if (!v.empty()) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02lu:%02lu:%02lu", parts[0], parts[1], parts[2]);
  return buf;
}

// A cell's value as its attributes store it (see odf.h); empty for text, which is the
// cell's paragraphs.
std::string StoredValue(const char** atts) {
  const char* type = Attr(atts, "value-type");
  if (!type) return "";
  const std::string_view t = type;
  if (t == "float" || t == "percentage" || t == "currency") {
    const char* v = Attr(atts, "value");
    return v ? v : "";
  }
  if (t == "date") {  // "1985-03-12" or "1985-03-12T08:30:00[.fff]"
    const char* v = Attr(atts, "date-value");
    if (!v) return "";
    std::string d = v;
    if (d.size() > 10 && d[10] == 'T') {
      d[10] = ' ';
      if (const size_t dot = d.find('.', 11); dot != std::string::npos) d.resize(dot);
    }
    return d;
  }
  if (t == "time") {
    const char* v = Attr(atts, "time-value");
    return v ? TimeText(v) : "";
  }
  if (t == "boolean") {
    const char* v = Attr(atts, "boolean-value");
    return v && std::strcmp(v, "true") == 0 ? "TRUE" : "FALSE";
  }
  return "";
}

// A flat document's office:mimetype, an attribute of its root element: looked for in its
// first 64 KiB (the root's attributes come before everything else); empty without one.
std::string FlatMimetype(Archive& a) {
  const char token = 0;  // the reader of the entry while it is looked at
  if (!zipxml::OpenEntry(a, "content.xml", &token).empty()) return "";
  std::string head(64 << 10, '\0');
  std::string error;
  size_t filled = 0;
  while (filled < head.size()) {
    const int got = zipxml::ReadEntry(a, &token, head.data() + filled, head.size() - filled, &error);
    if (got <= 0) break;
    filled += static_cast<size_t>(got);
  }
  zipxml::CloseEntry(a, &token);
  head.resize(filled);
  constexpr std::string_view kAttr = "office:mimetype=";
  const size_t at = head.find(kAttr);
  if (at == std::string::npos || at + kAttr.size() >= head.size()) return "";
  const char quote = head[at + kAttr.size()];
  const size_t start = at + kAttr.size() + 1;
  const size_t end = head.find(quote, start);
  if ((quote != '"' && quote != '\'') || end == std::string::npos) return "";
  return head.substr(start, end - start);
}

// The mimetype entry's text ("application/vnd.oasis.opendocument.text"); empty without one.
// Called before any part is read (it opens an entry of its own).
std::string Mimetype(Archive& a) {
  if (a.flat) return FlatMimetype(a);
  if (!zipxml::LocateEntry(a, "mimetype") || unzOpenCurrentFile(a.zip) != UNZ_OK)
    return "";
  char buf[128];
  const int got = unzReadCurrentFile(a.zip, buf, sizeof buf);
  unzCloseCurrentFile(a.zip);
  return got > 0 ? std::string(buf, static_cast<size_t>(got)) : "";
}

Body BodyOfMimetype(std::string_view m) {
  constexpr std::string_view kPrefix = "application/vnd.oasis.opendocument.";
  if (m.substr(0, kPrefix.size()) != kPrefix) return Body::kNone;
  m.remove_prefix(kPrefix.size());
  if (m.substr(0, 4) == "text") return Body::kText;  // also -template, -master, -web
  if (m.substr(0, 11) == "spreadsheet") return Body::kSpreadsheet;
  if (m.substr(0, 12) == "presentation" || m.substr(0, 8) == "graphics") return Body::kPresentation;
  return Body::kNone;
}

// Whether META-INF/manifest.xml says an entry is encrypted (a password-protected file: its
// XML is ciphertext, which would only read as "not well-formed"), and the objects embedded
// in the file it lists: OLE objects (media type application/vnd.sun.star.oleobject: a Word
// or Excel file, a packaged file) and documents (a folder "Object 1/" of an OpenDocument
// media type: a spreadsheet in a text document, a chart).
class Manifest : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  bool encrypted = false;
  std::vector<std::string> ole_objects;  // entry names
  std::vector<std::string> documents;    // directories, with their '/'

 private:
  void Start(std::string_view name, const char** atts) override {
    if (name == "encryption-data") encrypted = true;
    if (name != "file-entry") return;
    const char* path = Attr(atts, "full-path");
    const char* type = Attr(atts, "media-type");
    if (!path || !type || !*path || std::strcmp(path, "/") == 0) return;
    const std::string_view p = path, t = type;
    if (t == "application/vnd.sun.star.oleobject" && p.back() != '/') ole_objects.emplace_back(p);
    else if (t.rfind("application/vnd.oasis.opendocument.", 0) == 0 && p.back() == '/')
      documents.emplace_back(p);
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// The rendering of content.xml (or of styles.xml's master pages: headers and footers), one
// stream for all the parts it holds, read once. Each part is a section: section 0 for a text
// body (or the master pages), sheet k for section k, page p's slide for section 2p and its
// notes for 2p + 1. Sections are found as the stream goes (NextSection); the parts read it in
// order through OdfPart, each taking its section's text while the stream renders; text of a
// section no part waits for any more is dropped.
class Content : public XmlStream {
 public:
  Content(std::shared_ptr<Archive> a, std::string entry, bool master_pages,
          FieldNamePredicate is_field_name)
      : XmlStream(std::move(a), std::move(entry)),
        master_pages_(master_pages),
        table_(std::move(is_field_name)) {}

  // What the body is (kNone until it is reached).
  Body body() const { return body_; }
  // The first section after `after` (-1 for the first), parsing on until one starts: its
  // number and label (a sheet's name, "slide3", "notes3"; empty for a text body). A page's
  // notes count only when they have text, which is known at the page's end. False when the
  // XML ends (or fails: FailureOf(after + 1) says) first.
  bool NextSection(int after, int* section, std::string* label) {
    while (true) {
      started_.erase(started_.begin(), started_.upper_bound(after));
      if (!started_.empty()) {
        auto it = started_.begin();
        const int k = it->first;
        if (!it->second.blank_is_none) {
          *section = k;
          *label = it->second.label;
          return true;
        }
        if (Complete(k)) {  // notes: a part when they have text (then also when cut short)
          auto text = pending_.find(k);
          if (text != pending_.end() &&
              text->second.find_first_not_of(" \t\n") != std::string::npos) {
            *section = k;
            *label = it->second.label;
            return true;
          }
          if (text != pending_.end()) pending_.erase(text);
          after = k;
          continue;
        }
      }
      if (!Advance() && started_.upper_bound(after) == started_.end()) return false;
    }
  }

  // Moves what was rendered of section k to *out; sections before k are no longer wanted.
  void Take(int k, std::string* out) {
    wanted_ = std::max(wanted_, k);
    pending_.erase(pending_.begin(), pending_.lower_bound(k));
    if (auto it = pending_.find(k); it != pending_.end()) {
      out->append(it->second);
      pending_.erase(it);
    }
  }
  // Whether section k has all its text rendered (or the stream has ended).
  bool Complete(int k) const { return done_ || closed_ >= k; }
  // Renders the next piece of the XML; false at its end or on an error.
  bool Advance() {
    if (Pump()) return true;
    if (!error_.ok() && failed_ == kNoSection) failed_ = section_;
    if (!finished_) {
      finished_ = true;
      Finish();
    }
    return false;
  }
  // The error that cut section k short, if one did: the section being rendered when the XML
  // failed, and those after it (a slide whose notes were cut keeps its text and no error).
  Status FailureOf(int k) const {
    return closed_ >= k || (failed_ != kNoSection && k < failed_) ? Status() : error_;
  }
  // The error that ended the stream, if one did (wherever it was).
  const Status& error() const { return error_; }

 private:
  bool Sheet() const { return body_ == Body::kSpreadsheet && !master_pages_; }
  // A section that has started; `blank_is_none`: it is no part unless it has text (notes).
  struct Started {
    std::string label;
    bool blank_is_none = false;
  };
  void StartSection(int k, std::string label, bool blank_is_none = false) {
    if (started_.size() >= kMaxSections)  // never consumed: a caller that stopped reading
      started_.erase(started_.begin());
    started_[k] = {std::move(label), blank_is_none};
  }
  std::string* Out() {
    if (section_ < wanted_) {
      dropped_.clear();
      return &dropped_;
    }
    return &pending_[section_];
  }
  // Where a document's text goes: the table cell being read, the note or comment being read
  // (its lines follow the paragraph it is anchored in), or the section.
  std::string& Sink() {
    if (table_depth_ > 0) return cell_;
    if (aside_depth_ > 0) return aside_;
    return *Out();
  }
  // Character data of a paragraph, with white space collapsed as ODF says (a run of blanks,
  // tabs and line ends is one blank; text:s, text:tab and text:line-break are the real ones).
  void AppendText(std::string* to, std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (!space_) *to += ' ';
        space_ = true;
      } else {
        *to += c;
        space_ = false;
      }
    }
  }

  void Start(std::string_view name, const char** atts) override {
    ++depth_;
    if (!active_) return Activate(name);
    if (Sheet()) return StartInSheet(name, atts);
    if (body_ == Body::kPresentation && !master_pages_) {
      if (depth_ == kSheetDepth && name == "page") {
        if (page_ + 1 >= static_cast<int>(kMaxSections))
          return Fail("more than 65,536 pages; the rest is not read");
        ++page_;
        section_ = 2 * page_;
        const std::string number = std::to_string(page_ + 1);
        StartSection(section_, "slide" + number);
        StartSection(section_ + 1, "notes" + number, /*blank_is_none=*/true);
        return;
      }
      if (depth_ == kNotesDepth && name == "notes") {
        section_ = 2 * page_ + 1;
        return;
      }
    }
    if (name == "p" || name == "h") {
      ++paragraphs_;
      space_ = true;  // leading blanks are not shown
    } else if (name == "s") {
      const uint64_t n = CountOf(Attr(atts, "c"), kMaxSpaces);
      if (Fits(n)) Sink().append(n, ' ');
      space_ = false;
    } else if (name == "tab") {
      if (Fits(1)) Sink() += table_depth_ > 0 ? ' ' : '\t';
      space_ = false;
    } else if (name == "line-break") {
      if (Fits(1)) Sink() += table_depth_ > 0 ? ' ' : '\n';
      space_ = true;
    } else if (name == "note-citation") {
      ++skip_depth_;  // the footnote's number
    } else if (name == "note-body" || name == "annotation") {
      if (aside_depth_++ == 0) aside_paragraphs_ = paragraphs_;
    } else if (name == "table") {
      if (++table_depth_ == 1) table_.Begin();
    } else if (name == "table-row" && table_depth_ == 1) {
      row_.clear();
    } else if (name == "table-cell" && table_depth_ == 1) {
      cell_.clear();
    }
  }

  void End(std::string_view name) override {
    if (active_ && depth_ == active_depth_) {
      active_ = false;
      if (body_ == Body::kText && !master_pages_) closed_ = 0;  // master pages: at the end
    } else if (active_ && Sheet()) {
      EndInSheet(name);
    } else if (active_) {
      EndInDocument(name);
    }
    --depth_;
  }

  void Text(std::string_view s) override {
    if (!active_ || paragraphs_ == 0 || skip_depth_ > 0) return;
    // A comment's author and date are no paragraph of it.
    if (aside_depth_ > 0 && paragraphs_ <= aside_paragraphs_) return;
    if (Sheet()) {
      if (!in_cell_ || aside_depth_ > 0) return;  // comments in cells are not read
      if (Fits(s.size())) AppendText(&cell_text_, s);
      return;
    }
    if (Fits(s.size())) AppendText(&Sink(), s);
  }
  // Whether `add` more bytes fit where text goes now; past a limit the part is refused. Text
  // that waits in memory is bounded: a cell until it ends, a note or comment until its
  // paragraph ends, a page's speaker notes until the page ends (its slide is read first),
  // the headers and footers (read whole) until styles.xml ends.
  bool Fits(size_t add) {
    const char* what = nullptr;
    if (Sheet()) {
      if (cell_text_.size() + add > kMaxValue)
        what = "a cell longer than 16 MiB; the rest of the sheet is not read";
    } else if (table_depth_ > 0) {
      if (cell_.size() + add > kMaxValue)
        what = "a table cell longer than 16 MiB; the rest of the document is not read";
    } else if (aside_depth_ > 0) {
      if (aside_.size() + add > kMaxValue)
        what = "a note or comment longer than 16 MiB; the rest of the document is not read";
    } else if (master_pages_) {
      if (PendingSize(0) + add > 4 * kMaxValue)
        what = "headers and footers longer than 64 MiB; the rest of them is not read";
    } else if (section_ > wanted_ && PendingSize(section_) + add > kMaxValue) {
      what = "speaker notes longer than 16 MiB; the rest of the presentation is not read";
    }
    if (what) Refuse(what);
    return what == nullptr;
  }
  size_t PendingSize(int k) const {
    auto it = pending_.find(k);
    return it == pending_.end() ? 0 : it->second.size();
  }

  // Outside the rendered part: office:body's text, spreadsheet or presentation in content.xml,
  // a style:master-page in styles.xml.
  void Activate(std::string_view name) {
    if (master_pages_) {
      // A flat document's body follows its master pages: nothing after it is read for them.
      if (depth_ == kBodyDepth && name == "body") return Stop();
      if (name != "master-page") return;
      section_ = 0;
    } else {
      if (depth_ == kBodyDepth) in_body_ = name == "body";
      if (depth_ != kKindDepth || !in_body_ || body_ != Body::kNone) return;
      body_ = BodyNamed(name);
      if (body_ == Body::kNone) return;
    }
    if (master_pages_ || body_ == Body::kText) {
      section_ = 0;
      if (!master_pages_) StartSection(0, "");
    }
    active_ = true;
    active_depth_ = depth_;
  }

  void EndInDocument(std::string_view name) {
    if (name == "p" || name == "h") {
      --paragraphs_;
      if (table_depth_ > 0) {
        if (!cell_.empty() && cell_.back() != ' ') cell_ += ' ';
      } else if (aside_depth_ > 0) {
        if (!aside_.empty() && aside_.back() != '\n') aside_ += '\n';
      } else {
        std::string& out = *Out();
        out += '\n';
        if (paragraphs_ == 0 && !aside_.empty()) {  // the notes and comments anchored in it
          out += aside_;
          aside_.clear();
        }
      }
    } else if (name == "note-citation") {
      --skip_depth_;
    } else if (name == "note-body" || name == "annotation") {
      // A comment outside any paragraph (on a slide): its lines go where it stands.
      if (--aside_depth_ == 0 && paragraphs_ == 0 && table_depth_ == 0 && !aside_.empty()) {
        *Out() += aside_;
        aside_.clear();
      }
    } else if (name == "table-cell" && table_depth_ == 1) {
      EndCell();  // a covered cell (merged into the one before) is no cell of its own
    } else if (name == "table-row" && table_depth_ == 1) {
      EndRow();
    } else if (name == "table" && table_depth_ > 0) {
      if (--table_depth_ == 0) table_.End(Out());
    } else if (body_ == Body::kPresentation && !master_pages_) {
      if (depth_ == kNotesDepth && name == "notes") section_ = 2 * page_;
      if (depth_ == kSheetDepth && name == "page") {
        closed_ = 2 * page_ + 1;
        section_ = -1;  // text between or after the pages belongs to none
      }
    }
  }
  void EndCell() {
    while (!cell_.empty() && cell_.back() == ' ') cell_.pop_back();
    row_.push_back(std::move(cell_));
    cell_.clear();
  }
  void EndRow() {
    if (!row_.empty()) table_.Row(std::move(row_), Out());
    row_.clear();
  }

  // ---- sheets --------------------------------------------------------------------------

  void StartInSheet(std::string_view name, const char** atts) {
    if (name == "table") {  // a sheet, or a table in a cell (its text is the cell's)
      // A table elsewhere (a DDE link's cached table) is no sheet: its rows are not read.
      if (++table_depth_ == 1 && depth_ != kSheetDepth) in_sheet_ = false;
      if (table_depth_ == 1 && depth_ == kSheetDepth) {
        in_sheet_ = true;
        if (sheet_ + 1 >= static_cast<int>(kMaxSections))
          return Refuse("more than 65,536 sheets; the rest is not read");
        section_ = ++sheet_;
        rows_ = 0;
        empty_rows_ = 0;
        const char* n = Attr(atts, "name");
        StartSection(section_, n ? n : "");
      }
      return;
    }
    if (!in_sheet_) return;
    if (table_depth_ == 1 && name == "table-row") {
      row_repeat_ = CountOf(Attr(atts, "number-rows-repeated"), kMaxRows);
      line_.clear();
      columns_ = 0;
      empty_cells_ = 0;
    } else if (table_depth_ == 1 && (name == "table-cell" || name == "covered-table-cell")) {
      cell_repeat_ = CountOf(Attr(atts, "number-columns-repeated"), kMaxColumns);
      value_ = StoredValue(atts);
      cell_text_.clear();
      in_cell_ = true;
    } else if (in_cell_ && (name == "p" || name == "h")) {
      ++paragraphs_;
      if (!cell_text_.empty() && !space_) cell_text_ += ' ';  // a cell's lines: one line
      space_ = true;
    } else if (in_cell_ && name == "s") {
      const uint64_t n = CountOf(Attr(atts, "c"), kMaxSpaces);
      if (Fits(n)) cell_text_.append(n, ' ');
      space_ = false;
    } else if (in_cell_ && (name == "tab" || name == "line-break")) {
      if (Fits(1)) cell_text_ += ' ';
      space_ = true;
    } else if (name == "annotation") {
      if (aside_depth_++ == 0) aside_paragraphs_ = paragraphs_;
    }
  }

  void EndInSheet(std::string_view name) {
    if (name == "table" && table_depth_ > 0) {
      if (--table_depth_ == 0) {
        if (in_sheet_ && depth_ == kSheetDepth) closed_ = section_;
        in_sheet_ = false;
      }
    } else if (!in_sheet_) {
      return;
    } else if (table_depth_ == 1 && name == "table-row") {
      EndSheetRow();
    } else if (table_depth_ == 1 && (name == "table-cell" || name == "covered-table-cell")) {
      in_cell_ = false;
      EndSheetCell();
    } else if (in_cell_ && (name == "p" || name == "h")) {
      --paragraphs_;
    } else if (name == "annotation") {
      --aside_depth_;
    }
  }

  void Field(std::string_view text) {
    if (columns_ > 0) line_ += ',';
    AppendCsvField(&line_, text);
    ++columns_;
  }

  void EndSheetCell() {
    std::string_view text = value_;
    if (text.empty()) {
      text = cell_text_;
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    }
    if (text.empty()) {  // written only if a cell with a value follows in the row
      empty_cells_ = std::min(empty_cells_ + cell_repeat_, kMaxColumns);
      return;
    }
    const size_t padded = line_.size();
    for (; empty_cells_ > 0 && columns_ < kMaxColumns; --empty_cells_) Field("");
    empty_cells_ = 0;
    expanded_ += line_.size() - padded;  // empty cells before a value: repeats too
    for (uint64_t k = 0; k < cell_repeat_ && columns_ < kMaxColumns; ++k) {
      const size_t before = line_.size();
      Field(text);
      if (k > 0) expanded_ += line_.size() - before;
      if (line_.size() > kMaxRepeatedText)
        return Refuse("a row longer than 16 MiB of text (cells repeated " +
                      std::to_string(cell_repeat_) + " times); the rest of the sheet is not read");
    }
    if (expanded_ > kMaxExpandedText) return RefuseExpansion();
  }
  void RefuseExpansion() {
    Refuse("repeated cells and rows render to more than 64 MiB of text; the rest of the file "
           "is not read");
  }

  void EndSheetRow() {
    if (columns_ == 0) {  // lines only if a row with a value follows
      empty_rows_ = std::min(empty_rows_ + row_repeat_, kMaxRows);
      return;
    }
    if (rows_ + empty_rows_ + row_repeat_ > kMaxRows)
      return Refuse("more than 2,097,152 rows; the rest of the sheet is not read");
    if (row_repeat_ > 1 && (line_.size() + 1) * row_repeat_ > kMaxRepeatedText)
      return Refuse("a row repeated " + std::to_string(row_repeat_) +
                    " times renders to more than 16 MiB of text; the rest of the sheet is not "
                    "read");
    expanded_ += empty_rows_ + (line_.size() + 1) * (row_repeat_ - 1);
    if (expanded_ > kMaxExpandedText) return RefuseExpansion();
    std::string& out = *Out();
    out.append(empty_rows_, '\n');
    rows_ += empty_rows_;
    empty_rows_ = 0;
    for (uint64_t k = 0; k < row_repeat_; ++k) {
      out += line_;
      out += '\n';
    }
    rows_ += row_repeat_;
  }

  // Stops at a limit of the renderer (not of the XML): the row that passed it is not written.
  void Refuse(const std::string& what) {
    refused_ = true;
    Fail(what);
  }

  // The XML ended (or failed) inside a part: what was read of it is rendered.
  void Finish() {
    if (!active_) return;
    if (Sheet()) {
      if (refused_ || table_depth_ == 0) return;
      if (in_cell_) {
        in_cell_ = false;
        EndSheetCell();
      }
      row_repeat_ = 1;
      if (columns_ > 0 && !refused_) EndSheetRow();
      return;
    }
    // What passed a limit (a cell, a note) is not written; the table's rows before it are.
    if (table_depth_ > 0) {
      if (!refused_ && !cell_.empty()) EndCell();
      EndRow();
      table_.End(Out());
    }
    if (!refused_ && !aside_.empty()) *Out() += aside_;
  }

  Body body_ = Body::kNone;
  const bool master_pages_;

  // Parts and sections.
  std::map<int, std::string> pending_;  // rendered text no part has taken yet, by section
  std::map<int, Started> started_;      // sections found that NextSection has not passed
  std::string dropped_;
  int wanted_ = 0;   // sections before this one are no longer read
  int section_ = 0;  // the section being rendered
  int closed_ = -1;  // the last section whose end was parsed
  static constexpr int kNoSection = -2;
  int failed_ = kNoSection;  // the section being rendered when the XML failed
  bool finished_ = false;
  bool refused_ = false;  // stopped by a limit (Refuse)

  // Where the parse is.
  int depth_ = 0;
  bool in_body_ = false;
  bool active_ = false;
  int active_depth_ = 0;
  int page_ = -1;
  int sheet_ = -1;

  // Paragraphs.
  int paragraphs_ = 0;        // open text:p and text:h (a frame's paragraphs nest)
  bool space_ = true;         // the text ends with a collapsible blank
  int skip_depth_ = 0;        // inside a footnote's number
  int aside_depth_ = 0;       // inside a note's body or a comment
  int aside_paragraphs_ = 0;  // paragraphs open when the note or comment began
  std::string aside_;

  // A document's tables.
  TableText table_;
  int table_depth_ = 0;  // nested tables are flattened into their outer cell
  std::vector<std::string> row_;
  std::string cell_;

  // A sheet's rows.
  bool in_sheet_ = false;    // inside a sheet's own table (depth kSheetDepth)
  uint64_t rows_ = 0;        // lines written
  uint64_t empty_rows_ = 0;  // empty rows not written yet
  uint64_t expanded_ = 0;    // text added by repetition, all sheets (kMaxExpandedText)
  uint64_t row_repeat_ = 1;
  std::string line_;         // the row's CSV line
  uint64_t columns_ = 0;     // fields in line_
  uint64_t empty_cells_ = 0; // empty cells not written yet
  uint64_t cell_repeat_ = 1;
  bool in_cell_ = false;
  std::string value_;        // the cell's stored value (a number, a date), or empty
  std::string cell_text_;    // the cell's paragraphs
};

// One part: section k of a shared Content.
class OdfPart : public RenderingSource {
 public:
  OdfPart(std::shared_ptr<Content> content, int section)
      : content_(std::move(content)), section_(section) {}

 private:
  void Fill(size_t want) override {
    while (true) {
      content_->Take(section_, &out_);
      if (Buffered() >= want || content_->Complete(section_)) return;
      if (!content_->Advance()) {
        content_->Take(section_, &out_);
        return;
      }
    }
  }
  Status failure() const override { return content_->FailureOf(section_); }

  std::shared_ptr<Content> content_;
  int section_;
};

// The part for section k, and after it (OfficePart::more) the parts of the sections that
// follow. An error of the XML between two sections (when no part is being read) is a part of
// its own, labelled as the file.
OfficePart SectionPart(const std::shared_ptr<Content>& content, int k, std::string label) {
  OfficePart part{std::move(label),
                  content->body() == Body::kSpreadsheet ? InputFormat::kCsv : InputFormat::kText,
                  std::make_unique<OdfPart>(content, k), nullptr};
  if (content->body() == Body::kText) return part;  // one section
  part.more = [content, k](OfficePart* next) {
    int n = 0;
    std::string label;
    if (content->NextSection(k, &n, &label)) {
      *next = SectionPart(content, n, std::move(label));
      return true;
    }
    // The XML failed after part k ended: the file reports it (part k did not).
    if (!content->error().ok() && content->FailureOf(k).ok()) {
      *next = zipxml::FailedPart("", content->error());
      return true;
    }
    return false;
  };
  return part;
}

// Text rendered before it is scanned.
class RenderedText : public RenderingSource {
 public:
  explicit RenderedText(std::string text) { out_ = std::move(text); }

 private:
  void Fill(size_t) override {}
  Status failure() const override { return Status(); }
};

// The headers and footers of a text document's page styles, read whole now (styles.xml is
// small): a part only when they have text.
void AddHeaders(const std::shared_ptr<Archive>& a, FieldNamePredicate is_field_name,
                std::vector<OfficePart>* parts) {
  if (!zipxml::HasEntry(*a, "styles.xml")) return;
  if (zipxml::EntrySize(*a, "styles.xml") > zipxml::kMaxWholePart) {
    parts->push_back(zipxml::FailedPart(
        "headers", zipxml::PartError(*a, "styles.xml", "larger than 512 MiB; not read")));
    return;
  }
  auto styles = std::make_shared<Content>(a, "styles.xml", /*master_pages=*/true,
                                          std::move(is_field_name));
  while (styles->Advance()) {
  }
  std::string text;
  styles->Take(0, &text);
  const Status error = styles->FailureOf(0);
  if (!error.ok()) {
    parts->push_back(zipxml::FailedPart("headers", error));
    return;
  }
  if (text.find_first_not_of(" \t\n") == std::string::npos) return;
  parts->push_back({"headers", InputFormat::kText, std::make_unique<RenderedText>(std::move(text))});
}

// The objects embedded in the file, as parts read after its own text (OfficePart::embedded),
// in natural order of their names: each OLE object (ole_objects: entry names), read as a
// member of the file is (formats/ole_object.h unwraps it), and each embedded document
// (documents: directories such as "Object 1/"), whose content.xml is read as the flat
// document it is (a spreadsheet's sheets as CSV, a chart as its title and data table; a
// formula, which piguard does not render, as XML). Called before any part is read.
void AddEmbeddedObjects(const std::shared_ptr<Archive>& a, std::vector<std::string> ole_objects,
                        std::vector<std::string> documents, std::vector<OfficePart>* parts) {
  std::vector<std::pair<std::string, std::string>> found;  // label, entry
  for (std::string& o : ole_objects)
    if (zipxml::HasEntry(*a, o)) found.emplace_back(o, o);
  for (std::string& d : documents)
    if (std::string entry = d + "content.xml"; zipxml::HasEntry(*a, entry))
      found.emplace_back(d.substr(0, d.size() - 1), std::move(entry));
  std::sort(found.begin(), found.end(),
            [](const auto& x, const auto& y) { return zipxml::NaturalLess(x.first, y.first); });
  for (auto& [label, entry] : found) parts->push_back(zipxml::EmbeddedPart(a, entry, label));
}

// The same for a file without a manifest: the entries LibreOffice writes for objects, an
// "Object 1" file (OLE) or an "Object 1/" directory with a content.xml, at the top level.
void AddEmbeddedObjects(const std::shared_ptr<Archive>& a, std::vector<OfficePart>* parts) {
  constexpr std::string_view kObject = "Object ";
  std::vector<std::string> ole_objects, documents;
  for (std::string& entry : zipxml::EntriesUnder(*a, "")) {
    if (entry.rfind(kObject, 0) != 0) continue;
    const size_t slash = entry.find('/');
    if (slash == std::string::npos) ole_objects.push_back(std::move(entry));
    else if (entry.compare(slash, std::string::npos, "/content.xml") == 0)
      documents.push_back(entry.substr(0, slash + 1));
  }
  AddEmbeddedObjects(a, std::move(ole_objects), std::move(documents), parts);
}

enum class FlatHead { kNo, kYes, kUndecided };

// LooksLikeFlatOpenDocument, and kUndecided when `head` ends before the root element's name.
FlatHead ClassifyFlatHead(std::string_view head) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (!head.empty() && head.size() < kBom.size() && kBom.substr(0, head.size()) == head)
    return FlatHead::kUndecided;
  if (head.substr(0, kBom.size()) == kBom) head.remove_prefix(kBom.size());
  // The prolog: blanks, the XML declaration, processing instructions, comments, a DOCTYPE.
  // Blanks alone are no XML (a stream of blank lines is not kept waiting); blanks after a
  // declaration or comment may be followed by the root.
  for (bool in_prolog = false;; in_prolog = true) {
    const size_t start = head.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return in_prolog ? FlatHead::kUndecided : FlatHead::kNo;
    head.remove_prefix(start);
    if (head.size() < 4 && std::string_view("<!--").substr(0, head.size()) == head)
      return FlatHead::kUndecided;
    std::string_view close;
    if (head.substr(0, 2) == "<?") close = "?>";
    else if (head.substr(0, 4) == "<!--") close = "-->";
    else if (head.substr(0, 2) == "<!") close = ">";
    else break;
    const size_t end = head.find(close);
    if (end == std::string_view::npos) return FlatHead::kUndecided;
    head.remove_prefix(end + close.size());
  }
  for (std::string_view root : {"<office:document", "<office:document-content"}) {
    if (head.size() <= root.size()) {
      if (root.substr(0, head.size()) == head) return FlatHead::kUndecided;
      continue;
    }
    if (head.substr(0, root.size()) == root) {
      const char next = head[root.size()];
      if (next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '>')
        return FlatHead::kYes;
    }
  }
  return FlatHead::kNo;
}

}  // namespace

bool LooksLikeFlatOpenDocument(std::string_view head) {
  return ClassifyFlatHead(head) == FlatHead::kYes;
}

bool FlatOpenDocumentUndecided(std::string_view head) {
  return ClassifyFlatHead(head) == FlatHead::kUndecided;
}

Result<std::vector<OfficePart>> OdfParts(std::shared_ptr<Archive> a,
                                         FieldNamePredicate is_field_name) {
  if (!zipxml::HasEntry(*a, "content.xml"))
    return DataLoss(a->name + ": not an OpenDocument file (a ZIP archive without content.xml)");
  std::vector<OfficePart> objects;
  bool listed = false;  // the manifest was read
  if (zipxml::HasEntry(*a, "META-INF/manifest.xml") &&
      zipxml::EntrySize(*a, "META-INF/manifest.xml") <= zipxml::kMaxWholePart) {
    Manifest manifest(a, "META-INF/manifest.xml");
    listed = manifest.Load().ok();
    if (listed && manifest.encrypted)
      return DataLoss(a->name + ": is password-protected (its content is encrypted); save a copy "
                                "without the password to scan it");
    if (listed) AddEmbeddedObjects(a, manifest.ole_objects, manifest.documents, &objects);
  }
  if (!listed && !a->flat) AddEmbeddedObjects(a, &objects);
  // The headers first: one entry of the archive is read at a time, and content.xml is read
  // as its parts are scanned. Only a text document has them (a spreadsheet's page styles
  // print the sheet's name and page number).
  std::vector<OfficePart> headers;
  const Body said = BodyOfMimetype(Mimetype(*a));
  if (said == Body::kText || said == Body::kNone) AddHeaders(a, is_field_name, &headers);
  auto content = std::make_shared<Content>(a, "content.xml", false, std::move(is_field_name));
  std::vector<OfficePart> parts;
  int k = 0;
  std::string label;
  if (!content->NextSection(-1, &k, &label)) {
    if (Status error = content->FailureOf(0); !error.ok()) return error;
    return parts;  // a body piguard does not render, or one with no sheet or page
  }
  parts.push_back(SectionPart(content, k, std::move(label)));
  if (content->body() == Body::kText)
    for (OfficePart& h : headers) parts.push_back(std::move(h));
  for (OfficePart& o : objects) parts.push_back(std::move(o));
  return parts;
}

}  // namespace piguard::formats
