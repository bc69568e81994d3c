#include "formats/doc.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "formats/converter.h"
#include "formats/table_text.h"
#include "formats/xls.h"

namespace piguard::formats {
namespace {

const Converter& Antiword() {
  static const Converter c{.program = "antiword",
                           .args = {"-m", "UTF-8.txt", "-w", "0"},
                           .args_after = {},
                           .package = "antiword",
                           .files = "Word 97-2003 documents",
                           .exit_message = [](int status) -> std::string {
                             return "antiword cannot read it (damaged, encrypted with a "
                                    "password, or a Word 6/95 document; exit status " +
                                    std::to_string(status) + ")";
                           },
                           .no_text = ""};  // an empty document is no error
  return c;
}

// A row of antiword's table drawing: "|cell   |cell   |" (trailing blanks already cut).
bool IsTableRow(std::string_view line) {
  return line.size() >= 2 && line.front() == '|' && line.back() == '|';
}

std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> cells;
  line = line.substr(1, line.size() - 2);
  while (true) {
    const size_t bar = line.find('|');
    std::string_view cell = line.substr(0, bar);
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    cells.emplace_back(cell);
    if (bar == std::string_view::npos) break;
    line.remove_prefix(bar + 1);
  }
  return cells;
}

}  // namespace

// The table being read: the writer, and its last row, held back until the next line says
// whether a cell of it continues there.
struct AntiwordTables::Table {
  explicit Table(FieldNamePredicate p) : text(std::move(p)) {}
  TableText text;
  bool open = false;
  std::vector<std::string> last;
};

namespace {
// A line or table cell longer than this is passed on as it is (a crafted document must not
// take all memory; Word's own paragraphs are far shorter).
constexpr size_t kMaxLine = 16u << 20;
}  // namespace

AntiwordTables::AntiwordTables(std::unique_ptr<ByteSource> antiword,
                               FieldNamePredicate is_field_name)
    : in_(std::move(antiword)), table_(std::make_unique<Table>(std::move(is_field_name))) {}

AntiwordTables::~AntiwordTables() = default;

void AntiwordTables::Fill(size_t want) {
  char buf[1 << 16];
  while (Buffered() < want && !ended_) {
    auto got = in_->Read(buf, sizeof buf);
    if (!got.ok() || got.value() == 0) {
      // The end, or antiword's failure after what it gave: the last line and table first.
      if (!pending_.empty()) Line(pending_);
      pending_.clear();
      EndTable();
      ended_ = true;
      if (!got.ok()) error_ = got.status();
      break;
    }
    pending_.append(buf, got.value());
    size_t start = 0;
    for (size_t nl; (nl = pending_.find('\n', start)) != std::string::npos; start = nl + 1)
      Line(std::string_view(pending_).substr(start, nl - start));
    pending_.erase(0, start);
    if (pending_.size() > kMaxLine) {  // no line break in sight: on as text
      EndTable();
      out_.append(pending_);
      pending_.clear();
    }
  }
}

void AntiwordTables::Line(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (!IsTableRow(line)) {
    EndTable();
    out_.append(line);
    out_ += '\n';
    return;
  }
  std::vector<std::string> cells = Cells(line);
  Table& t = *table_;
  if (!t.open) {
    t.open = true;
    t.text.Begin();
  }
  // A cell continued on a row of its own (a second paragraph in a cell): the first cell is
  // empty, the row before has as many cells, and at most half of the others hold text. A row
  // whose others are mostly full is a row of its own under a first column merged down (a
  // roster's department), and is not joined.
  size_t others = 0, full = 0;
  for (size_t i = 1; i < cells.size(); ++i, ++others) full += !cells[i].empty();
  const bool continues = others == 1 || 2 * full <= others;
  if (continues && !t.last.empty() && !cells.empty() && cells[0].empty() &&
      t.last.size() == cells.size()) {
    bool fits = true;
    for (size_t i = 1; i < cells.size(); ++i) fits = fits && t.last[i].size() + cells[i].size() < kMaxLine;
    if (fits) {
      for (size_t i = 1; i < cells.size(); ++i) {
        if (cells[i].empty()) continue;
        std::string& to = t.last[i];
        if (!to.empty()) to += ' ';
        to += cells[i];
      }
      return;
    }
  }
  if (!t.last.empty()) t.text.Row(std::move(t.last), &out_);
  t.last = std::move(cells);
}

void AntiwordTables::EndTable() {
  Table& t = *table_;
  if (!t.open) return;
  if (!t.last.empty()) t.text.Row(std::move(t.last), &out_);
  t.last.clear();
  t.text.End(&out_);
  t.open = false;
}

namespace {
// A directory entry named "WordDocument" (UTF-16LE, NUL-terminated, its length 26 bytes at
// offset 64 and the stream type 2 at 66), at `at` if it starts an entry.
constexpr std::string_view kWordDocumentEntry =
    std::string_view("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0\0\0", 26);
bool WordDocumentEntryAt(std::string_view bytes, size_t at, uint64_t file_offset) {
  return file_offset % 128 == 0 && at + 67 <= bytes.size() &&
         bytes.substr(at, 26) == kWordDocumentEntry && bytes[at + 64] == 26 &&
         bytes[at + 65] == 0 && bytes[at + 66] == 2;
}
// Finds an entry in `bytes`, which start at `base` in the file; entries are whole in it when
// they start before bytes.size() - 67.
bool FindWordDocumentEntry(std::string_view bytes, uint64_t base) {
  for (size_t at = bytes.find(kWordDocumentEntry); at != std::string_view::npos;
       at = bytes.find(kWordDocumentEntry, at + 1))
    if (WordDocumentEntryAt(bytes, at, base + at)) return true;
  return false;
}
}  // namespace

bool HasWordDocumentStream(std::string_view bytes) {
  return IsCompoundFile(bytes) && FindWordDocumentEntry(bytes, 0);
}

Result<bool> FileHasWordDocumentStream(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
  // Read in pieces that overlap by an entry's 67 bytes, so none is split.
  constexpr size_t kPiece = 1u << 20, kOverlap = 67;
  std::string buf(kPiece + kOverlap, '\0');
  size_t have = 0;
  uint64_t base = 0;  // file offset of buf[0]
  bool found = false, first = true;
  while (!found) {
    const size_t got = std::fread(buf.data() + have, 1, buf.size() - have, f);
    if (got == 0) break;
    have += got;
    const std::string_view view(buf.data(), have);
    if (first && !IsCompoundFile(view)) break;
    first = false;
    found = FindWordDocumentEntry(view, base);
    if (have > kOverlap) {  // keep the tail: an entry may start there
      std::memmove(buf.data(), buf.data() + have - kOverlap, kOverlap);
      base += have - kOverlap;
      have = kOverlap;
    }
  }
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return IoError(path + ": read failed");
  return found;
}

namespace {
// antiword's output with its tables rendered.
Result<std::unique_ptr<ByteSource>> WithTables(Result<std::unique_ptr<ByteSource>> text,
                                               FieldNamePredicate is_field_name) {
  if (!text.ok()) return text.status();
  return std::unique_ptr<ByteSource>(
      new AntiwordTables(std::move(text).value(), std::move(is_field_name)));
}
}  // namespace

Result<std::unique_ptr<ByteSource>> OpenDoc(const std::string& path,
                                            FieldNamePredicate is_field_name) {
  auto head = ReadFileHead(path, 8);
  if (!head.ok()) return head.status();
  if (!IsCompoundFile(head.value())) return std::unique_ptr<ByteSource>();
  return WithTables(RunConverter(Antiword(), path), std::move(is_field_name));
}

Result<std::unique_ptr<ByteSource>> OpenDocBytes(std::string_view bytes, const std::string& name,
                                                 FieldNamePredicate is_field_name) {
  if (!IsCompoundFile(bytes)) return std::unique_ptr<ByteSource>();
  return WithTables(RunConverterOnBytes(Antiword(), bytes, name), std::move(is_field_name));
}

}  // namespace piguard::formats
