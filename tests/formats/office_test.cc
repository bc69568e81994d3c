// The text Office files are rendered to (formats/office.h), byte for byte: worksheets as CSV
// with one line per row and one field per column, documents as paragraphs, forms and
// Markdown tables.
#include <gtest/gtest.h>

#include "formats/office.h"
#include "formats/zip_util.h"

namespace piguard::formats {
namespace {

using testutil::StoredZip;

// The rendered text of every part, as "label\ntext" pairs; an error's message instead.
std::vector<std::string> Render(const std::string& zip, OfficeKind kind) {
  auto parts = OpenOfficeBytes(zip, kind, "t.zip", [](std::string_view s) {
    return s == "姓名" || s == "联系电话" || s == "出生日期";
  });
  if (!parts.ok()) return {parts.status().message()};
  std::vector<std::string> out;
  for (auto& p : parts.value()) {
    std::string text = p.label + "\n";
    char buf[5];  // small reads: pieces of every size
    while (true) {
      auto r = p.source->Read(buf, sizeof buf);
      if (!r.ok()) {
        text += "ERROR " + r.status().message();
        break;
      }
      if (r.value() == 0) break;
      text.append(buf, r.value());
    }
    out.push_back(text);
  }
  return out;
}

std::string Workbook(std::string_view sheet, std::string_view shared = "<sst/>") {
  return StoredZip({{"xl/workbook.xml",
                     "<workbook><sheets><sheet name=\"名单\" r:id=\"rId1\"/></sheets></workbook>"},
                    {"xl/_rels/workbook.xml.rels",
                     "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/s.xml\"/>"
                     "</Relationships>"},
                    {"xl/sharedStrings.xml", shared},
                    {"xl/worksheets/s.xml", sheet}});
}

TEST(OfficeTest, SheetRowsAreLinesAndColumnsAreFields) {
  const std::string sheet =
      "<worksheet><sheetData>"
      "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"D2\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>a,\"b\"\nc</t></is></c>"
      "<c r=\"D3\" t=\"b\"><v>0</v></c></row>"
      "<row r=\"5\"><c r=\"AB5\" t=\"str\"><f>1+1</f><v>2</v></c></row>"
      "</sheetData></worksheet>";
  const auto got = Render(Workbook(sheet, "<sst><si><t>姓名</t></si><si><r><t>电</t></r>"
                                          "<r><t>话</t></r><rPh><t>x</t></rPh></si></sst>"),
                          OfficeKind::kWorkbook);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0],
            "名单\n"
            "\n"
            ",姓名,,电话\n"
            "1,\"a,\"\"b\"\" c\",,FALSE\n"
            "\n" +
                std::string(27, ',') + "2\n");
}

TEST(OfficeTest, SheetWithoutReferencesAndCutShort) {
  // Rows and cells without "r" follow on; a part cut inside a row still ends it.
  const auto got = Render(Workbook("<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row>"
                                   "<row><c><v>3</v></c>"),
                          OfficeKind::kWorkbook);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, 12), "名单\n1,2\n3");
  EXPECT_NE(got[0].find("ERROR t.zip: xl/worksheets/s.xml: is not well-formed XML"),
            std::string::npos)
      << got[0];
}

TEST(OfficeTest, DocumentFormsListsAndParagraphs) {
  auto p = [](std::string_view t) {
    return "<w:p><w:r><w:t>" + std::string(t) + "</w:t></w:r></w:p>";
  };
  auto cell = [&](std::string_view t) { return "<w:tc>" + p(t) + "</w:tc>"; };
  const std::string body =
      "<w:document><w:body>" + p("标题") +
      "<w:tbl><w:tr>" + cell("姓名：") + cell("吴敏") + cell("性别") + cell("女") + "</w:tr>"
      "<w:tr>" + cell("出生日期") + cell("1990年5月12日") + cell("备注") + "</w:tr></w:tbl>"
      "<w:tbl><w:tr>" + cell("姓名") + cell("联系电话") + "</w:tr>"
      "<w:tr>" + cell("陈静") + cell("137|1234") + "</w:tr></w:tbl>"
      "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:delText>c</w:delText></w:r></w:p>"
      "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>" + p("框") +
      "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>" + p("框") +
      "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"
      "</w:body></w:document>";
  const auto got = Render(StoredZip({{"word/document.xml", body}}), OfficeKind::kDocument);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0],
            "\n标题\n"
            "姓名：吴敏\u3000性别：女\n"
            "出生日期：1990年5月12日\u3000备注\n"
            "\n"
            "| 姓名 | 联系电话 |\n| --- | --- |\n"
            "| 陈静 | 137/1234 |\n"
            "\n"
            "a\tb\nc\n"
            "框\n\n");
}

TEST(OfficeTest, NotOfficeFilesAndMissingParts) {
  EXPECT_TRUE(OpenOfficeBytes("name,phone\n", OfficeKind::kWorkbook, "t.zip", nullptr).value().empty());
  EXPECT_EQ(Render(StoredZip({{"a.txt", "x"}}), OfficeKind::kWorkbook),
            std::vector<std::string>{
                "t.zip: not an Excel workbook (a ZIP archive without xl/workbook.xml)"});
  EXPECT_EQ(Render(StoredZip({{"a.txt", "x"}}), OfficeKind::kDocument),
            std::vector<std::string>{
                "t.zip: not a Word document (a ZIP archive without word/document.xml)"});
  const std::string zip = StoredZip({{"word/document.xml", "<w:document/>"}});
  const auto cut = Render(zip.substr(0, zip.size() / 2), OfficeKind::kDocument);
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].rfind("t.zip: not a readable ZIP archive", 0), 0u) << cut[0];
}

}  // namespace
}  // namespace piguard::formats
