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

struct AntiwordTables::Table {
  explicit Table(FieldNamePredicate p) : text(std::move(p)) {}
  TableText text;
  std::vector<std::vector<std::string>> rows;
};

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
  auto& rows = table_->rows;
  // A cell continued on a row of its own: the first cell is empty, the row before has as
  // many cells.
  if (!rows.empty() && !cells.empty() && cells[0].empty() && rows.back().size() == cells.size()) {
    for (size_t i = 1; i < cells.size(); ++i) {
      if (cells[i].empty()) continue;
      std::string& to = rows.back()[i];
      if (!to.empty()) to += ' ';
      to += cells[i];
    }
    return;
  }
  rows.push_back(std::move(cells));
}

void AntiwordTables::EndTable() {
  auto& rows = table_->rows;
  if (rows.empty()) return;
  table_->text.Begin();
  for (auto& r : rows) table_->text.Row(std::move(r), &out_);
  table_->text.End(&out_);
  rows.clear();
}

Result<std::unique_ptr<ByteSource>> OpenDoc(const std::string& path,
                                            FieldNamePredicate is_field_name) {
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
    char head[8];
    const size_t got = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    if (!IsCompoundFile(std::string_view(head, got))) return std::unique_ptr<ByteSource>();
  }
  auto text = RunConverter(Antiword(), path);
  if (!text.ok()) return text.status();
  return std::unique_ptr<ByteSource>(
      new AntiwordTables(std::move(text).value(), std::move(is_field_name)));
}

Result<std::unique_ptr<ByteSource>> OpenDocBytes(std::string_view bytes, const std::string& name,
                                                 FieldNamePredicate is_field_name) {
  if (!IsCompoundFile(bytes)) return std::unique_ptr<ByteSource>();
  auto text = RunConverterOnBytes(Antiword(), bytes, name);
  if (!text.ok()) return text.status();
  return std::unique_ptr<ByteSource>(
      new AntiwordTables(std::move(text).value(), std::move(is_field_name)));
}

}  // namespace piguard::formats
