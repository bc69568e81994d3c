// Word 97-2003 documents (.doc, .dot): contracts, forms and letters from before .docx, still
// most of what older shares hold. Their text comes from antiword (Debian's antiword), run as
// a child process through formats/converter.h, with its output in UTF-8 and unwrapped
// (one paragraph a line). antiword draws a table as rows of '|'-separated cells; those rows
// are rendered as a .docx table is (formats/table_text.h): a form's rows as
// "姓名：李秀英　性别：女", a list as a Markdown pipe table whose header names the columns. A
// cell antiword continues on a row of its own (a first cell left empty) is joined to its row;
// rows stream through (only the last is held, for that), so memory stays bounded.
// Not read: headers and footers (antiword leaves them out), text boxes and comments.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "formats/office.h"

namespace piguard::formats {

// The text of the Word 97-2003 document at `path`, or null when it is no OLE2 compound file
// (an RTF or HTML file saved as .doc is then read as what it is). The source's Read fails,
// naming the file, when antiword is missing, cannot read it (damaged, encrypted, a Word 6/95
// file) or stops on it.
Result<std::unique_ptr<ByteSource>> OpenDoc(const std::string& path, FieldNamePredicate is_field_name);
// The same for a document in memory (a member of an archive).
Result<std::unique_ptr<ByteSource>> OpenDocBytes(std::string_view bytes, const std::string& name,
                                                 FieldNamePredicate is_field_name);

// Whether the OLE2 compound file `bytes` (or at `path`) has a "WordDocument" stream: the body
// of a Word 97-2003 document, and of a Kingsoft WPS Writer .wps, which is that format with
// extensions of its own (as LibreOffice reads it). A Microsoft Works .wps has none. Found by
// its directory entry (the name in UTF-16, its length 26 and the stream type, at a multiple
// of 128 bytes, as directory sectors lie), not by walking the sector chains.
bool HasWordDocumentStream(std::string_view bytes);
Result<bool> FileHasWordDocumentStream(const std::string& path);

// antiword's text with its tables rendered as formats/table_text.h does (for tests).
class AntiwordTables : public RenderingSource {
 public:
  AntiwordTables(std::unique_ptr<ByteSource> antiword, FieldNamePredicate is_field_name);
  ~AntiwordTables() override;

 private:
  void Fill(size_t want) override;
  Status failure() const override { return error_; }
  void Line(std::string_view line);
  void EndTable();

  std::unique_ptr<ByteSource> in_;
  std::string pending_;  // a line not yet ended
  struct Table;
  std::unique_ptr<Table> table_;
  bool ended_ = false;
  Status error_;
};

}  // namespace piguard::formats
