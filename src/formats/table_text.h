// A document's table as text, the same for every document format piguard renders (Word's
// .docx in formats/office.cc, Word 97-2003 through antiword in formats/doc.cc). A table is
// either a form or a list: a form (登记表, 申请表) has field names in its first column and
// their values beside them (`姓名 | 吴敏 | 性别 | 女`), and each row becomes
// "姓名：吴敏　性别：女"; a list has its header in the first row and becomes a Markdown pipe
// table, whose header names the columns. A table is a form when, in its first two rows, the
// first cell is a field name and the second is not (the scanner's field classification).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/office.h"

namespace piguard::formats {

class TableText {
 public:
  explicit TableText(FieldNamePredicate is_field_name) : is_field_name_(std::move(is_field_name)) {}
  // A table starts.
  void Begin();
  // Its next row (cells' text, trimmed): rows wait in the writer until the table's kind is
  // known (after its second row), then go to *out.
  void Row(std::vector<std::string> row, std::string* out);
  // The table ends: what waits goes to *out, then a blank line.
  void End(std::string* out);

 private:
  enum class Kind { kUndecided, kForm, kList };
  using Cells = std::vector<std::string>;
  void Decide(std::string* out);
  bool IsLabel(std::string_view cell) const;
  void Put(const Cells& row, std::string* out);
  void PutFormRow(const Cells& row, std::string* out);

  FieldNamePredicate is_field_name_;
  Kind kind_ = Kind::kUndecided;
  size_t rows_ = 0;
  std::vector<Cells> pending_;
};

}  // namespace piguard::formats
