#include "formats/table_text.h"

namespace piguard::formats {

void TableText::Begin() {
  kind_ = Kind::kUndecided;
  rows_ = 0;
  pending_.clear();
}

void TableText::Row(std::vector<std::string> row, std::string* out) {
  if (row.empty()) return;
  if (kind_ == Kind::kUndecided) {
    pending_.push_back(std::move(row));
    if (pending_.size() == 2) Decide(out);
    return;
  }
  Put(row, out);
}

void TableText::End(std::string* out) {
  if (kind_ == Kind::kUndecided) Decide(out);
  *out += '\n';  // a blank line ends the table
}

void TableText::Decide(std::string* out) {
  bool form = !pending_.empty();
  for (const Cells& r : pending_)
    form = form && r.size() >= 2 && IsLabel(r[0]) && !r[1].empty() && !IsLabel(r[1]);
  kind_ = form ? Kind::kForm : Kind::kList;
  for (const Cells& r : pending_) Put(r, out);
  pending_.clear();
}

bool TableText::IsLabel(std::string_view cell) const {
  for (std::string_view colon : {":", "\xEF\xBC\x9A"})  // ':' and '：' after a label
    if (cell.size() > colon.size() && cell.substr(cell.size() - colon.size()) == colon)
      cell.remove_suffix(colon.size());
  return !cell.empty() && cell.size() <= 48 && is_field_name_ && is_field_name_(cell);
}

void TableText::Put(const Cells& row, std::string* out) {
  if (kind_ == Kind::kForm) return PutFormRow(row, out);
  *out += '|';
  for (const std::string& c : row) {
    *out += ' ';
    for (char ch : c) *out += ch == '|' ? '/' : ch;  // a '|' in a cell would split it
    *out += " |";
  }
  *out += '\n';
  if (rows_++ == 0) {  // the delimiter row that makes the first row the header
    *out += '|';
    for (size_t i = 0; i < row.size(); ++i) *out += " --- |";
    *out += '\n';
  }
}

// "姓名：吴敏　性别：女": field names and values in pairs, separated by ideographic spaces.
void TableText::PutFormRow(const Cells& row, std::string* out) {
  for (size_t i = 0; i < row.size(); i += 2) {
    if (i > 0) *out += "\xE3\x80\x80";
    const std::string& label = row[i];
    *out += label;
    if (i + 1 >= row.size()) break;
    const bool has_colon = (!label.empty() && label.back() == ':') ||
                           (label.size() >= 3 &&
                            label.compare(label.size() - 3, 3, "\xEF\xBC\x9A") == 0);
    if (!label.empty() && !has_colon) *out += "\xEF\xBC\x9A";
    *out += row[i + 1];
  }
  *out += '\n';
}

}  // namespace piguard::formats
