// formats/doc.h: antiword's text with its table drawings rendered as a .docx table is: a
// form's rows as label：value pairs, a list as a pipe table with a delimiter row, a cell
// continued on a row of its own joined to its row, and antiword's error kept after its text.
#include "formats/doc.h"
#include "formats/xls.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

namespace piguard::formats {
namespace {

// Hands out `text` a few bytes at a time, then `error` (if any) instead of the end.
class Scripted : public ByteSource {
 public:
  Scripted(std::string text, Status error = Status())
      : text_(std::move(text)), error_(std::move(error)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ == text_.size()) {
      if (!error_.ok()) return error_;
      return size_t{0};
    }
    const size_t k = std::min({n, size_t{5}, text_.size() - pos_});
    std::memcpy(buf, text_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string text_;
  size_t pos_ = 0;
  Status error_;
};

std::string Render(std::string antiword, Status error = Status()) {
  AntiwordTables t(std::make_unique<Scripted>(std::move(antiword), std::move(error)),
                   [](std::string_view s) { return s == "姓名" || s == "手机" || s == "住址"; });
  std::string out;
  char buf[3];
  while (true) {
    auto r = t.Read(buf, sizeof buf);
    if (!r.ok()) return out + "ERROR " + r.status().message();
    if (r.value() == 0) return out;
    out.append(buf, r.value());
  }
}

TEST(DocTest, FormRowsBecomeLabelValuePairs) {
  EXPECT_EQ(Render("协议\n\n|姓名     |李秀英   |性别   |女   |\n"
                   "|手机     |13812345678|备注 |     |\n\n末行\n"),
            "协议\n\n姓名：李秀英\xE3\x80\x80性别：女\n手机：13812345678\xE3\x80\x80备注：\n\n\n末行\n");
}

TEST(DocTest, ListsBecomePipeTablesAndContinuedCellsJoinTheirRow) {
  EXPECT_EQ(Render("|客户     |电话       |地址             |\n"
                   "|周雅婷   |13957162408|浙江省杭州市西湖区|\n"
                   "|         |           |示例路18号       |\n"),
            "| 客户 | 电话 | 地址 |\n| --- | --- | --- |\n"
            "| 周雅婷 | 13957162408 | 浙江省杭州市西湖区 示例路18号 |\n\n");
}

// A first column merged down (a roster's department) leaves it empty on the rows below: those
// rows are full otherwise, and stay rows of their own.
TEST(DocTest, RowsUnderAMergedFirstColumnStayRows) {
  EXPECT_EQ(Render("|部门 |姓名  |电话       |\n"
                   "|装维 |周雅婷|13957162408|\n"
                   "|     |林晓东|13823456781|\n"),
            "| 部门 | 姓名 | 电话 |\n| --- | --- | --- |\n| 装维 | 周雅婷 | 13957162408 |\n"
            "|  | 林晓东 | 13823456781 |\n\n");
}

TEST(DocTest, TextWithoutTablesPassesAndTheErrorComesAfterIt) {
  EXPECT_EQ(Render("第一段\r\n第二段 | 不是表格\n最后一行没有换行"),
            "第一段\n第二段 | 不是表格\n最后一行没有换行\n");
  EXPECT_EQ(Render("|姓名|王芳|\n", DataLoss("a.doc: antiword stopped")),
            "姓名：王芳\n\nERROR a.doc: antiword stopped");  // one row: a form
}

}  // namespace
}  // namespace piguard::formats

namespace piguard::formats {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(PIGUARD_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A Word body ("WordDocument" stream) tells Kingsoft's Word-based .wps from Microsoft Works'.
TEST(DocTest, WordDocumentStreamByItsDirectoryEntry) {
  const std::string doc = ReadFixture("word97/form.doc");
  ASSERT_GT(doc.size(), 4096u);
  EXPECT_TRUE(HasWordDocumentStream(doc));
  const std::string xls = ReadFixture("../../fuzz/corpus/fuzz_office/xls_customers").substr(1);
  ASSERT_TRUE(IsCompoundFile(xls));
  EXPECT_FALSE(HasWordDocumentStream(xls));  // a workbook's streams are others
  EXPECT_FALSE(HasWordDocumentStream(doc.substr(8)));  // no compound file
  // The entry past the first megabyte, across the file reader's pieces; and the same bytes
  // where no entry can start (not a multiple of 128) are none.
  const std::string entry = doc.substr(doc.find(std::string("W\0o\0r\0d\0D", 10)), 128);
  for (size_t offset : {size_t{1048704}, size_t{1048640}, size_t{1048704 + 64}}) {
    std::string file = doc.substr(0, 512);
    for (size_t k = 0; k < 512; k += 2)  // the header only: no entry of its own
      if (file.compare(k, 10, std::string("W\0o\0r\0d\0D", 10)) == 0) file[k] = 'X';
    file.resize(offset, '\0');
    file += entry;
    file.resize(offset + 4096, '\0');
    const std::string path = ::testing::TempDir() + "/entry.wps";
    std::ofstream(path, std::ios::binary) << file;
    auto found = FileHasWordDocumentStream(path);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value(), offset % 128 == 0) << offset;
    EXPECT_EQ(HasWordDocumentStream(file), offset % 128 == 0) << offset;
    std::remove(path.c_str());
  }
  EXPECT_FALSE(FileHasWordDocumentStream("/nonexistent/x.wps").ok());
}

}  // namespace
}  // namespace piguard::formats
