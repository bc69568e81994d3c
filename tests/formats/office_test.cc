// The text Office files are rendered to (formats/office.h), byte for byte: worksheets as CSV
// with one line per row and one field per column, documents as paragraphs, forms and
// Markdown tables.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "formats/office.h"
#include "formats/office_parts_util.h"
#include "formats/xls.h"
#include "formats/zip_util.h"

namespace piguard::formats {
namespace {

using testutil::StoredZip;

// The rendered text of every part, as "label\ntext" pairs; an error's message instead.
std::vector<std::string> Render(const std::string& zip, OfficeKind kind) {
  return testutil::RenderParts<5>(OpenOfficeBytes(zip, kind, "t.zip", [](std::string_view s) {
    return s == "姓名" || s == "联系电话" || s == "出生日期";
  }));
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

// Numbers in a date, date-time or time format are shown as Excel shows them; others as
// stored. The styles' custom formats and Excel's built-in ids (14 a date, 22 a date and time,
// 20 a time, 31 a Chinese date) decide.
std::string DatedWorkbook(std::string_view workbook_pr, std::string_view row) {
  return StoredZip(
      {{"xl/workbook.xml", "<workbook>" + std::string(workbook_pr) +
                               "<sheets><sheet name=\"s\" r:id=\"rId1\"/></sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/s.xml\"/></Relationships>"},
       {"xl/styles.xml",
        "<styleSheet><numFmts>"
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"[$-804]yyyy/m/d\\ h:mm\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"[Red]#,##0.00;&quot;day&quot;\"/>"
        "<numFmt numFmtId=\"167\" formatCode=\"[mm]:ss\"/>"
        "</numFmts>"
        "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/>"
        "<xf numFmtId=\"20\"/><xf numFmtId=\"31\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
        "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"49\"/></cellXfs>"
        "</styleSheet>"},
       {"xl/worksheets/s.xml",
        "<worksheet><sheetData><row r=\"1\">" + std::string(row) + "</row></sheetData></worksheet>"}});
}

TEST(OfficeTest, DateCellsAreShownAsDates) {
  const std::string row =
      "<c s=\"1\"><v>31118</v></c>"            // 1985-03-12
      "<c s=\"2\"><v>43957.354340277778</v></c>"  // 08:30:15
      "<c s=\"3\"><v>0.37847222222222221</v></c>"
      "<c s=\"4\"><v>33969</v></c>"
      "<c s=\"5\"><v>1.5</v></c>"              // the first day of 1900, at noon
      "<c s=\"6\"><v>60.99999999</v></c>"      // Excel's 29 February 1900, rounded to midnight
      "<c s=\"1\"><v>61</v></c>"
      "<c s=\"7\"><v>31118</v></c>"            // a number format, a date only in section two
      "<c s=\"8\"><v>0.5</v></c>"              // elapsed minutes are a time
      "<c s=\"9\"><v>31118</v></c>"            // text format (49)
      "<c><v>31118</v></c>"                    // no style
      "<c s=\"1\" t=\"s\"><v>0</v></c>"        // a string in a date style stays a string
      "<c s=\"1\"><v>-1</v></c><c s=\"1\"><v>0</v></c><c s=\"1\"><v>2958466</v></c>"
      "<c s=\"1\"><v>1E+3x</v></c>"            // no date Excel would show: as stored
      "<c s=\"99\"><v>31118</v></c>";          // a style the workbook lacks
  const auto got = Render(DatedWorkbook("", row), OfficeKind::kWorkbook);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0],
            "s\n1985-03-12,2020-05-06 08:30:15,09:05:00,1992-12-31,1900-01-01,1900-03-01 00:00:00,"
            "1900-03-01,31118,12:00:00,31118,31118,,-1,0,2958466,1E+3x,31118\n");
  const auto mac = Render(DatedWorkbook("<workbookPr date1904=\"1\"/>",
                                        "<c s=\"1\"><v>0</v></c><c s=\"1\"><v>29656</v></c>"),
                          OfficeKind::kWorkbook);
  ASSERT_EQ(mac.size(), 1u);
  EXPECT_EQ(mac[0], "s\n1904-01-01,1985-03-12\n");
}

// A damaged styles part loses the dates' formats, not the sheets; damaged document
// relationships lose the headers they name, not the body. The damage is a part of its own
// whose reading fails with the error.
TEST(OfficeTest, DamagedStylesAndRelationshipsLoseOnlyWhatTheyDescribe) {
  const std::string book = StoredZip(
      {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"s\" r:id=\"rId1\"/></sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/s.xml\"/></Relationships>"},
       {"xl/styles.xml", "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs"},
       {"xl/worksheets/s.xml",
        "<worksheet><sheetData><row r=\"1\"><c s=\"0\"><v>31118</v></c></row></sheetData></worksheet>"}});
  const auto sheets = Render(book, OfficeKind::kWorkbook);
  ASSERT_EQ(sheets.size(), 2u);
  EXPECT_EQ(sheets[0], "s\n31118\n");
  EXPECT_EQ(sheets[1].rfind("styles\nERROR t.zip: xl/styles.xml: is not well-formed XML", 0), 0u)
      << sheets[1];
  const std::string doc = StoredZip(
      {{"word/document.xml", "<w:document><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>"},
       {"word/_rels/document.xml.rels", "<Relationships><Relationship"}});
  const auto parts = Render(doc, OfficeKind::kDocument);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0], "\n正文\n");
  EXPECT_EQ(parts[1].rfind("relationships\nERROR t.zip: word/_rels/document.xml.rels: is not "
                           "well-formed XML", 0),
            0u)
      << parts[1];
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

TEST(OfficeTest, DocumentHeadersFootersNotesAndComments) {
  auto p = [](std::string_view t) {
    return "<w:p><w:r><w:t>" + std::string(t) + "</w:t></w:r></w:p>";
  };
  auto rel = [](std::string_view id, std::string_view kind, std::string_view target) {
    return "<Relationship Id=\"" + std::string(id) +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
           std::string(kind) + "\" Target=\"" + std::string(target) + "\"/>";
  };
  const std::string zip = StoredZip(
      {{"word/document.xml", "<w:document><w:body>" + p("正文") + "</w:body></w:document>"},
       {"word/_rels/document.xml.rels",
        "<Relationships>" + rel("rId9", "comments", "comments.xml") +
            rel("rId1", "header", "header10.xml") + rel("rId2", "header", "/word/header2.xml") +
            rel("rId3", "footer", "footer1.xml") + rel("rId4", "header", "header2.xml") +
            rel("rId5", "footnotes", "footnotes.xml") + rel("rId6", "styles", "styles.xml") +
            rel("rId7", "endnotes", "missing.xml") + rel("rId8", "image", "media/a.png") +
            "</Relationships>"},
       {"word/header2.xml", "<w:hdr>" + p("客户：吴敏") + "</w:hdr>"},
       {"word/header10.xml", "<w:hdr>" + p("合同编号") + "</w:hdr>"},
       {"word/footer1.xml", "<w:ftr>" + p("第1页") + "</w:ftr>"},
       {"word/footnotes.xml",
        "<w:footnotes><w:footnote w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p>"
        "</w:footnote><w:footnote>" + p("注：电话13800138000") + "</w:footnote></w:footnotes>"},
       {"word/comments.xml", "<w:comments><w:comment w:author=\"审核人\">" + p("核对身份证") +
                                 "</w:comment></w:comments>"},
       {"word/styles.xml", "<w:styles/>"}});
  const auto got = Render(zip, OfficeKind::kDocument);
  EXPECT_EQ(got, (std::vector<std::string>{"\n正文\n", "header2\n客户：吴敏\n",
                                            "header10\n合同编号\n", "footer1\n第1页\n",
                                            "footnotes\n\n注：电话13800138000\n",
                                            "comments\n核对身份证\n"}));
}

// A PowerPoint deck: slides in the deck's order (not the entries' names), a table on a slide
// rendered as a document's table, the speaker notes found through the slide's relationships
// ("../notesSlides/..."), a dangling slide passed over.
TEST(OfficeTest, PresentationSlidesTablesAndNotes) {
  auto p = [](std::string_view t) { return "<a:p><a:r><a:t>" + std::string(t) + "</a:t></a:r></a:p>"; };
  auto shape = [&](std::string_view t) {
    return "<p:sp><p:txBody><a:bodyPr/>" + p(t) + "</p:txBody></p:sp>";
  };
  auto cell = [&](std::string_view t) { return "<a:tc><a:txBody>" + p(t) + "</a:txBody></a:tc>"; };
  auto rel = [](std::string_view id, std::string_view kind, std::string_view target) {
    return "<Relationship Id=\"" + std::string(id) +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
           std::string(kind) + "\" Target=\"" + std::string(target) + "\"/>";
  };
  const std::string table = "<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tr>" +
                            cell("客户") + cell("电话") + "</a:tr><a:tr>" + cell("周雅婷") +
                            cell("13957162408") + "</a:tr></a:tbl></a:graphicData></a:graphic>"
                            "</p:graphicFrame>";
  const std::string zip = StoredZip(
      {{"ppt/presentation.xml",
        "<p:presentation><p:sldIdLst><p:sldId id=\"257\" r:id=\"rId3\"/>"
        "<p:sldId id=\"256\" r:id=\"rId2\"/><p:sldId id=\"258\" r:id=\"rId4\"/>"
        "</p:sldIdLst></p:presentation>"},
       {"ppt/_rels/presentation.xml.rels",
        "<Relationships>" + rel("rId2", "slide", "slides/slide1.xml") +
            rel("rId3", "slide", "slides/slide2.xml") + rel("rId4", "slide", "slides/gone.xml") +
            "</Relationships>"},
       {"ppt/slides/slide1.xml", "<p:sld><p:cSld><p:spTree>" + shape("投诉案例") + table +
                                     "</p:spTree></p:cSld></p:sld>"},
       {"ppt/slides/slide2.xml",
        "<p:sld><p:cSld><p:spTree>" + shape("目录") + "</p:spTree></p:cSld></p:sld>"},
       {"ppt/slides/_rels/slide1.xml.rels",
        "<Relationships>" + rel("rId1", "notesSlide", "../notesSlides/notesSlide1.xml") +
            "</Relationships>"},
       {"ppt/notesSlides/notesSlide1.xml",
        "<p:notes><p:cSld><p:spTree>" + shape("回访人：陈建华 13800138000") +
            "</p:spTree></p:cSld></p:notes>"}});
  EXPECT_EQ(Render(zip, OfficeKind::kPresentation),
            (std::vector<std::string>{"slide1\n目录\n",
                                      "slide2\n投诉案例\n| 客户 | 电话 |\n| --- | --- |\n"
                                      "| 周雅婷 | 13957162408 |\n\n",
                                      "notes2\n回访人：陈建华 13800138000\n"}));
  EXPECT_EQ(Render(StoredZip({{"word/document.xml", "<w:document/>"}}), OfficeKind::kPresentation),
            std::vector<std::string>{
                "t.zip: not a PowerPoint presentation (a ZIP archive without ppt/presentation.xml)"});
}

// An Excel 97-2003 workbook (written by python3-xlwt; the fuzzer's seed, after its mode
// byte), read by FreeXL in a child process.
std::string XlsSeed() {
  std::ifstream in(std::string(PIGUARD_SOURCE_DIR) + "/fuzz/corpus/fuzz_office/xls_customers",
                   std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes.empty() ? bytes : bytes.substr(1);
}

TEST(OfficeTest, LegacyWorkbookSheetsAreCsv) {
  const std::string xls = XlsSeed();
  ASSERT_GT(xls.size(), 512u);
  EXPECT_EQ(Render(xls, OfficeKind::kLegacyWorkbook),
            std::vector<std::string>{"客户\n姓名,手机号码,出生日期\n张伟,13800138000,1985-03-12\n"
                                     "李娜,15912345678,1.5\n"});
  // Damaged: cut short; a crash of the reading process is an error, not the scan's crash.
  const auto cut = Render(xls.substr(0, 3000), OfficeKind::kLegacyWorkbook);
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0], "t.zip: is damaged or cut short (its OLE2 container cannot be read)");
  g_crash_xls_reader_for_testing = true;
  const auto crashed = Render(xls, OfficeKind::kLegacyWorkbook);
  g_crash_xls_reader_for_testing = false;
  ASSERT_EQ(crashed.size(), 1u);
  EXPECT_EQ(crashed[0].rfind("t.zip: FreeXL stopped with signal 11 (", 0), 0u) << crashed[0];
  g_xls_reader_sends_nonsense_for_testing = true;
  const auto nonsense = Render(xls, OfficeKind::kLegacyWorkbook);
  g_xls_reader_sends_nonsense_for_testing = false;
  EXPECT_EQ(nonsense, std::vector<std::string>{"t.zip: the reading process sent a malformed "
                                               "frame; the rest is not read"});
  // Not an OLE2 file (an HTML table or CSV saved as .xls): no parts, read as text.
  auto html = OpenOfficeBytes("<table><tr><td>1</td></tr></table>", OfficeKind::kLegacyWorkbook,
                              "t.xls", nullptr);
  ASSERT_TRUE(html.ok());
  EXPECT_TRUE(html.value().empty());
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
