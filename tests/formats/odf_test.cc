// The text OpenDocument files are rendered to (formats/odf.h), byte for byte: text documents
// as paragraphs, forms and lists, with notes and comments after their paragraph and the page
// styles' headers as a part; spreadsheets as CSV, one part per sheet, repeated cells and rows
// expanded and trailing empty ones left out; presentations as a part per slide and per notes
// page with text; and the errors of files that cannot be read. Flat documents (.fodt: the
// whole document as one XML file) render as their archives do; embedded objects follow a
// file's own parts.
#include "formats/odf.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "formats/office.h"
#include "formats/office_parts_util.h"
#include "formats/zip_util.h"

namespace piguard::formats {
namespace {

using testutil::StoredZip;

// The rendered text of every part, as "label\ntext"; an error's message instead, or after
// the text of the part it cut short. Read in small pieces, as the parts are read in order.
std::vector<std::string> Render(const std::string& zip) {
  return testutil::RenderParts<5>(
      OpenOfficeBytes(zip, OfficeKind::kOpenDocument, "t.odt", [](std::string_view s) {
        return s == "姓名" || s == "联系电话" || s == "性别";
      }));
}

std::string Content(std::string_view kind, std::string_view body) {
  return "<?xml version=\"1.0\"?><office:document-content><office:automatic-styles/>"
         "<office:body><office:" +
         std::string(kind) + ">" + std::string(body) + "</office:" + std::string(kind) +
         "></office:body></office:document-content>";
}

std::string Mimetype(std::string_view kind) {
  return "application/vnd.oasis.opendocument." + std::string(kind);
}

TEST(OdfTest, TextParagraphsSpacesNotesAndTables) {
  const std::string body =
      "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
      "<text:h text:outline-level=\"1\">入网协议</text:h>"
      "<text:p>客户<text:span>姓名</text:span>：王建国<text:s text:c=\"3\"/>电话<text:tab/>"
      "13912345678<text:line-break/>地址：\n   杭州市</text:p>"
      // A footnote and a comment: their text follows the paragraph, the number does not.
      "<text:p>身份证号见附件<text:note text:note-class=\"footnote\"><text:note-citation>1"
      "</text:note-citation><text:note-body><text:p>附件：110101199003074530</text:p>"
      "</text:note-body></text:note>，已核验<office:annotation><dc:creator>审核员</dc:creator>"
      "<dc:date>2026-11-30T10:00:00</dc:date><text:p>回访 13700001111</text:p>"
      "</office:annotation>。</text:p>"
      "<text:list><text:list-item><text:p>第一条</text:p></text:list-item></text:list>"
      // A form and a list; a merged cell is covered, not a cell of its own.
      "<table:table><table:table-column/><table:table-row>"
      "<table:table-cell><text:p>姓名</text:p></table:table-cell>"
      "<table:table-cell><text:p>李秀英</text:p></table:table-cell>"
      "<table:table-cell><text:p>性别</text:p></table:table-cell>"
      "<table:table-cell><text:p>女</text:p></table:table-cell></table:table-row>"
      "<table:table-row><table:table-cell><text:p>联系电话</text:p></table:table-cell>"
      "<table:table-cell table:number-columns-spanned=\"3\"><text:p>138</text:p><text:p>1234 5678"
      "</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/>"
      "</table:table-row></table:table>"
      "<table:table><table:table-header-rows><table:table-row>"
      "<table:table-cell><text:p>客户</text:p></table:table-cell>"
      "<table:table-cell><text:p>电话</text:p></table:table-cell></table:table-row>"
      "</table:table-header-rows><table:table-row>"
      "<table:table-cell><text:p>周|雅婷</text:p></table:table-cell>"
      "<table:table-cell><text:p>13957162408</text:p></table:table-cell></table:table-row>"
      "</table:table>"
      "<text:p>回访人：陈建华</text:p>";
  const std::string styles =
      "<office:document-styles><office:styles><style:style><text:p>样式</text:p></style:style>"
      "</office:styles><office:master-styles><style:master-page style:name=\"Standard\">"
      "<style:header><text:p>合同编号 HT-2026-001 客户 赵丽颖</text:p></style:header>"
      "<style:footer><text:p>第 <text:page-number>1</text:page-number> 页</text:p></style:footer>"
      "</style:master-page></office:master-styles></office:document-styles>";
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("text")},
                              {"content.xml", Content("text", body)},
                              {"styles.xml", styles}})),
            (std::vector<std::string>{
                "\n入网协议\n"
                "客户姓名：王建国   电话\t13912345678\n地址： 杭州市\n"
                "身份证号见附件，已核验。\n附件：110101199003074530\n回访 13700001111\n"
                "第一条\n"
                "姓名：李秀英　性别：女\n联系电话：138 1234 5678\n\n"
                "| 客户 | 电话 |\n| --- | --- |\n| 周/雅婷 | 13957162408 |\n\n"
                "回访人：陈建华\n",
                "headers\n合同编号 HT-2026-001 客户 赵丽颖\n第 1 页\n"}));
  // Without headers' text and without a mimetype (the body says what the file is).
  EXPECT_EQ(Render(StoredZip({{"content.xml", Content("text", "<text:p>正文</text:p>")},
                              {"styles.xml", "<office:document-styles/>"}})),
            std::vector<std::string>{"\n正文\n"});
}

TEST(OdfTest, SheetsAreCsvWithRepeatsExpandedAndTrailingEmptiesLeftOut) {
  const std::string sheets =
      "<table:calculation-settings/>"
      "<table:table table:name=\"名单\"><table:table-column table:number-columns-repeated=\"16384\"/>"
      "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>姓名</text:p>"
      "</table:table-cell><table:table-cell office:value-type=\"string\"><text:p>手机</text:p>"
      "</table:table-cell><table:table-cell table:number-columns-repeated=\"16382\"/></table:table-row>"
      // Empty rows between records are lines; numbers as stored, not as shown.
      "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
      "table:number-columns-repeated=\"16384\"/></table:table-row>"
      "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>张伟</text:p>"
      "</table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"13800138000\">"
      "<text:p>13,800,138,000</text:p></table:table-cell><table:table-cell/>"
      "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">"
      "<text:p>无</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"date\" office:date-value=\"1985-03-12\">"
      "<text:p>1985年3月12日</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-11-30T08:30:00.25\">"
      "<text:p>x</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"time\" office:time-value=\"PT08H05M00S\">"
      "<text:p>8:05</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\">"
      "<text:p>真</text:p></table:table-cell>"
      // A cell's lines become one line, its comment is not read, a comma is quoted.
      "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>客服"
      "</dc:creator><text:p>回访 13700007777</text:p></office:annotation><text:p>老客户,</text:p>"
      "<text:p>续约</text:p></table:table-cell></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type="
      "\"string\"><text:p>同</text:p></table:table-cell></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
      "table:number-columns-repeated=\"16384\"/></table:table-row></table:table>"
      "<table:table table:name=\"空表\"><table:table-row><table:table-cell/></table:table-row>"
      "</table:table>"
      "<table:table table:name=\"B\"><table:table-row><table:table-cell><text:p>a <text:s/>b"
      "</text:p></table:table-cell></table:table-row></table:table>"
      "<table:named-expressions/>";
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("spreadsheet")},
                              {"content.xml", Content("spreadsheet", sheets)}})),
            (std::vector<std::string>{
                "名单\n姓名,手机\n\n\n"
                "张伟,13800138000,,无,无,1985-03-12,2026-11-30 08:30:00,08:05:00,TRUE,"
                "\"老客户, 续约\"\n同\n同\n",
                "空表\n", "B\na  b\n"}));
}

TEST(OdfTest, RepeatsThatWouldExpandBeyondTheLimitsAreErrors) {
  // A few bytes of XML must not render to gigabytes: a repeated row with text, and a
  // repeated cell, past 16 MiB.
  const std::string big(1000, 'x');
  const std::string rows =
      "<table:table table:name=\"S\"><table:table-row><table:table-cell><text:p>首行</text:p>"
      "</table:table-cell></table:table-row><table:table-row table:number-rows-repeated=\"100000\">"
      "<table:table-cell><text:p>" + big + "</text:p></table:table-cell></table:table-row>"
      "</table:table><table:table table:name=\"T\"/>";
  const auto got = Render(StoredZip({{"content.xml", Content("spreadsheet", rows)}, {"mimetype", "x"}}));
  // The sheets after it are not read either (nor listed: sheets are found as the XML is read).
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0],
            "S\n首行\nERROR t.odt: content.xml: a row repeated 100000 times renders to more than "
            "16 MiB of text; the rest of the sheet is not read");
  const std::string cells =
      "<table:table table:name=\"S\"><table:table-row><table:table-cell "
      "table:number-columns-repeated=\"16384\"><text:p>" + std::string(2000, 'y') +
      "</text:p></table:table-cell></table:table-row></table:table>";
  const auto wide = Render(StoredZip({{"content.xml", Content("spreadsheet", cells)}}));
  ASSERT_EQ(wide.size(), 1u);
  EXPECT_NE(wide[0].find("ERROR t.odt: content.xml: a row longer than 16 MiB of text (cells "
                         "repeated 16384 times)"),
            std::string::npos);
}

TEST(OdfTest, AllTheRepeatsOfAFileAreBounded) {
  // Eight rows of 1,000 bytes repeated 10,000 times each: each under the 16 MiB of one
  // element, together past the 64 MiB that repetition may add to a file.
  std::string rows = "<table:table table:name=\"S\">";
  for (int i = 0; i < 8; ++i)
    rows += "<table:table-row table:number-rows-repeated=\"10000\"><table:table-cell><text:p>" +
            std::string(999, static_cast<char>('a' + i)) + "</text:p></table:table-cell></table:table-row>";
  rows += "</table:table>";
  const std::string zip = StoredZip({{"content.xml", Content("spreadsheet", rows)}});
  auto parts = OpenOfficeBytes(zip, OfficeKind::kOpenDocument, "t.ods", nullptr);
  ASSERT_TRUE(parts.ok()) << parts.status().message();
  ASSERT_EQ(parts.value().size(), 1u);
  std::string buf(1 << 20, '\0');
  size_t total = 0;
  Status error;
  while (true) {
    auto r = parts.value()[0].source->Read(buf.data(), buf.size());
    if (!r.ok()) {
      error = r.status();
      break;
    }
    if (r.value() == 0) break;
    total += r.value();
  }
  EXPECT_EQ(error.message(), "t.ods: content.xml: repeated cells and rows render to more than "
                             "64 MiB of text; the rest of the file is not read");
  EXPECT_EQ(total, 6u * 10000 * 1000);  // six rows' repeats, then the error
}

TEST(OdfTest, TextThatWaitsInMemoryIsBounded) {
  // A footnote waits for the end of its paragraph, speaker notes for the end of their page.
  const std::string big(17u << 20, 'x');
  const auto note = Render(StoredZip(
      {{"mimetype", Mimetype("text")},
       {"content.xml", Content("text", "<text:p>a<text:note><text:note-body><text:p>" + big +
                                           "</text:p></text:note-body></text:note></text:p>")}}));
  ASSERT_EQ(note.size(), 1u);
  ASSERT_LT(note[0].size(), 200u);  // the note is not written
  EXPECT_EQ(note[0], "\naERROR t.odt: content.xml: a note or comment longer than 16 MiB; the "
                     "rest of the document is not read");
  const auto notes = Render(StoredZip(
      {{"mimetype", Mimetype("presentation")},
       {"content.xml", Content("presentation", "<draw:page><presentation:notes><draw:frame>"
                                               "<draw:text-box><text:p>" + big + "</text:p>"
                                               "</draw:text-box></draw:frame></presentation:notes>"
                                               "</draw:page>")}}));
  // The slide is whole; the notes give what was read of them, then the error.
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0], "slide1\n");
  const std::string error = "ERROR t.odt: content.xml: speaker notes longer than 16 MiB; the "
                            "rest of the presentation is not read";
  ASSERT_GT(notes[1].size(), error.size());
  EXPECT_EQ(notes[1].substr(0, 7), "notes1\n");
  EXPECT_EQ(notes[1].substr(notes[1].size() - error.size()), error);
  EXPECT_LE(notes[1].size(), 7 + (16u << 20) + error.size());
}

TEST(OdfTest, PresentationSlidesAndNotesWithText) {
  const std::string pages =
      "<draw:page draw:name=\"p1\"><draw:frame><draw:text-box><text:p>投诉案例</text:p>"
      "<text:p>客户周雅婷 13957162408</text:p></draw:text-box></draw:frame>"
      "<draw:frame><table:table><table:table-row><table:table-cell><text:p>客户</text:p>"
      "</table:table-cell><table:table-cell><text:p>电话</text:p></table:table-cell>"
      "</table:table-row></table:table></draw:frame>"
      "<presentation:notes><draw:page-thumbnail/><draw:frame><draw:text-box>"
      "<text:p>回访人：陈建华</text:p></draw:text-box></draw:frame></presentation:notes>"
      "<draw:frame><draw:text-box><text:p>备注后的文字</text:p></draw:text-box></draw:frame>"
      "</draw:page>"
      // Notes without text are no part.
      "<draw:page draw:name=\"p2\"><draw:frame><draw:text-box><text:p>目录</text:p>"
      "</draw:text-box></draw:frame><presentation:notes><draw:page-thumbnail/>"
      "<draw:frame><draw:text-box><text:p> </text:p></draw:text-box></draw:frame>"
      "</presentation:notes></draw:page>";
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("presentation")},
                              {"content.xml", Content("presentation", pages)}})),
            (std::vector<std::string>{
                "slide1\n投诉案例\n客户周雅婷 13957162408\n| 客户 | 电话 |\n| --- | --- |\n\n"
                "备注后的文字\n",
                "notes1\n回访人：陈建华\n", "slide2\n目录\n"}));
  // A drawing has pages too.
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("graphics")},
                              {"content.xml", Content("drawing", "<draw:page><draw:frame>"
                                                                  "<draw:text-box><text:p>图</text:p>"
                                                                  "</draw:text-box></draw:frame>"
                                                                  "</draw:page>")}})),
            std::vector<std::string>{"slide1\n图\n"});
}

TEST(OdfTest, DamagedAndOtherFiles) {
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("text")}})),
            std::vector<std::string>{
                "t.odt: not an OpenDocument file (a ZIP archive without content.xml)"});
  // A body piguard does not render: no part (the archive is read as what it is).
  EXPECT_TRUE(Render(StoredZip({{"mimetype", Mimetype("formula")},
                                {"content.xml", Content("formula", "<math:math/>")}}))
                  .empty());
  // A chart is its title and data table (a chart of sales by clerk names them).
  EXPECT_EQ(
      Render(StoredZip(
          {{"mimetype", Mimetype("chart")},
           {"content.xml",
            Content("chart",
                    "<chart:chart><chart:title><text:p>营业员业绩</text:p></chart:title>"
                    "<chart:plot-area chart:cell-range-address=\"Sheet1.$A$1:.$B$2\"/>"
                    "<table:table table:name=\"local-table\"><table:table-header-rows>"
                    "<table:table-row><table:table-cell><text:p/></table:table-cell>"
                    "<table:table-cell office:value-type=\"string\"><text:p>件数</text:p>"
                    "</table:table-cell></table:table-row></table:table-header-rows>"
                    "<table:table-rows><table:table-row><table:table-cell "
                    "office:value-type=\"string\"><text:p>王建国</text:p></table:table-cell>"
                    "<table:table-cell office:value-type=\"float\" office:value=\"5\">"
                    "<text:p>5</text:p></table:table-cell></table:table-row></table:table-rows>"
                    "</table:table></chart:chart>")}})),
      std::vector<std::string>{"\n营业员业绩\n|  | 件数 |\n| --- | --- |\n| 王建国 | 5 |\n\n"});
  // Cut short: the text before the fault, then the error.
  const std::string cut = Content("text", "<text:p>第一段</text:p><text:p>第二");
  const auto got = Render(StoredZip({{"mimetype", Mimetype("text")},
                                     {"content.xml", cut.substr(0, cut.find("</office:text>"))}}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, got[0].find("ERROR")), "\n第一段\n第二");
  EXPECT_NE(got[0].find("ERROR t.odt: content.xml: is not well-formed XML"), std::string::npos);
  // A sheet cut short: earlier sheets are whole and have no error.
  const std::string sheets = Content(
      "spreadsheet",
      "<table:table table:name=\"A\"><table:table-row><table:table-cell><text:p>1</text:p>"
      "</table:table-cell></table:table-row></table:table><table:table table:name=\"B\">"
      "<table:table-row><table:table-cell><text:p>2</text:p></table:table-cell>"
      "<table:table-cell><text:p>3</text:p></table:table-cell></table:table-row><table:table-row>"
      "<table:table-cell><text:p>4</text:p></table:table-cell></table:table-row></table:table>");
  const std::string whole = StoredZip({{"content.xml", sheets}});
  EXPECT_EQ(Render(whole), (std::vector<std::string>{"A\n1\n", "B\n2,3\n4\n"}));
  // Sheet B's second row is cut: sheet A is whole, B has its first row, then the error.
  const std::string cut_sheets = sheets.substr(0, sheets.find("</text:p></table:table-cell></table:table-row></table:table>", sheets.find("<text:p>4")));
  const auto cut_got = Render(StoredZip({{"content.xml", cut_sheets}}));
  ASSERT_EQ(cut_got.size(), 2u);
  EXPECT_EQ(cut_got[0], "A\n1\n");
  EXPECT_EQ(cut_got[1].substr(0, 6), "B\n2,3\n");
  EXPECT_NE(cut_got[1].find("ERROR t.odt: content.xml: is not well-formed XML"), std::string::npos);
  // Cut between two sheets: the error is the file's, after sheet A.
  const auto between = Render(StoredZip({{"content.xml", sheets.substr(0, sheets.find("<table:table table:name=\"B\">") + 8)}}));
  ASSERT_EQ(between.size(), 2u);
  EXPECT_EQ(between[0], "A\n1\n");
  EXPECT_EQ(between[1].substr(0, 49), "\nERROR t.odt: content.xml: is not well-formed XML");
  // Cut before any sheet: the file is an error.
  EXPECT_EQ(Render(StoredZip({{"content.xml", sheets.substr(0, 60)}}))[0].substr(0, 42),
            "t.odt: content.xml: is not well-formed XML");
}

TEST(OdfTest, PasswordProtectedFilesAreErrors) {
  const std::string manifest =
      "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
      "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"><manifest:algorithm/>"
      "</manifest:encryption-data></manifest:file-entry></manifest:manifest>";
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("text")},
                              {"content.xml", "\x8f\x01 ciphertext"},
                              {"META-INF/manifest.xml", manifest}})),
            std::vector<std::string>{"t.odt: is password-protected (its content is encrypted); "
                                     "save a copy without the password to scan it"});
}

// What a review of the first version found, each fixed.
TEST(OdfTest, ReviewedCases) {
  // An XML error between two slides (the first without notes) is the file's, not lost.
  const std::string page = "<draw:page><draw:frame><draw:text-box><text:p>页 13800138000</text:p>"
                           "</draw:text-box></draw:frame></draw:page>";
  auto got = Render(StoredZip({{"content.xml", Content("presentation", page + "<bad attr=></bad>" + page)}}));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "slide1\n页 13800138000\n");
  EXPECT_EQ(got[1].rfind("\nERROR t.odt: content.xml: is not well-formed", 0), 0u) << got[1];
  // Notes cut by an error keep their text; the slide before them has no error.
  got = Render(StoredZip({{"content.xml",
                           Content("presentation",
                                   "<draw:page><draw:frame><draw:text-box><text:p>页</text:p>"
                                   "</draw:text-box></draw:frame><presentation:notes><draw:frame>"
                                   "<draw:text-box><text:p>回访 13800138000</text:p><bad attr=>")}}));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "slide1\n页\n");
  EXPECT_EQ(got[1].rfind("notes1\n回访 13800138000\nERROR", 0), 0u) << got[1];
  // A comment on a slide, outside any paragraph (as LibreOffice writes it), is the slide's.
  got = Render(StoredZip({{"content.xml",
                           Content("presentation",
                                   "<draw:page><officeooo:annotation><dc:creator>审</dc:creator>"
                                   "<text:p>回访 13700137000</text:p></officeooo:annotation></draw:page>" +
                                       page)}}));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "slide1\n回访 13700137000\n");
  EXPECT_EQ(got[1], "slide2\n页 13800138000\n");
  // A table outside the sheets (a DDE link's cache) is no sheet's rows.
  got = Render(StoredZip({{"content.xml",
                           Content("spreadsheet",
                                   "<table:table table:name=\"S\"><table:table-row><table:table-cell>"
                                   "<text:p>1</text:p></table:table-cell></table:table-row></table:table>"
                                   "<table:dde-links><table:dde-link><table:table><table:table-row>"
                                   "<table:table-cell><text:p>13800138000</text:p></table:table-cell>"
                                   "</table:table-row></table:table></table:dde-link></table:dde-links>")}}));
  EXPECT_EQ(got, std::vector<std::string>{"S\n1\n"});
  // Blanks written as text:s count toward a cell's 16 MiB.
  std::string spaces;
  for (int i = 0; i < 17000; ++i) spaces += "<text:s text:c=\"1024\"/>";
  got = Render(StoredZip({{"content.xml",
                           Content("spreadsheet", "<table:table table:name=\"S\"><table:table-row>"
                                                  "<table:table-cell><text:p>" + spaces +
                                                      "</text:p></table:table-cell></table:table-row>"
                                                      "</table:table>")}}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "S\nERROR t.odt: content.xml: a cell longer than 16 MiB; the rest of the sheet "
                    "is not read");
}

// A flat document of the same body and master pages as Content(kind, body) with `styles`.
std::string Flat(std::string_view kind, std::string_view body, std::string_view master = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- written by hand -->\n"
         "<office:document office:version=\"1.3\" office:mimetype=\"" + Mimetype(kind) +
         "\"><office:meta><meta:generator>t</meta:generator></office:meta>"
         "<office:styles><style:style><text:p>样式</text:p></style:style></office:styles>"
         "<office:master-styles>" + std::string(master) + "</office:master-styles>"
         "<office:body><office:" + std::string(kind) + ">" + std::string(body) + "</office:" +
         std::string(kind) + "></office:body></office:document>\n";
}

std::vector<std::string> RenderFlat(const std::string& xml, const std::string& name = "t.fodt") {
  return testutil::RenderParts<5>(
      OpenOfficeBytes(xml, OfficeKind::kOpenDocument, name, [](std::string_view s) {
        return s == "姓名" || s == "联系电话" || s == "性别";
      }));
}

TEST(OdfTest, FlatDocumentsRenderAsTheirArchives) {
  const std::string master =
      "<style:master-page style:name=\"Standard\"><style:header><text:p>客户 赵丽颖</text:p>"
      "</style:header></style:master-page>";
  const std::string text = "<text:p>客户<text:span>姓名</text:span>：王建国 13912345678</text:p>"
                           "<table:table><table:table-row><table:table-cell><text:p>姓名</text:p>"
                           "</table:table-cell><table:table-cell><text:p>李秀英</text:p>"
                           "</table:table-cell></table:table-row></table:table>";
  const std::vector<std::string> want{"\n客户姓名：王建国 13912345678\n姓名：李秀英\n\n",
                                      "headers\n客户 赵丽颖\n"};
  EXPECT_EQ(Render(StoredZip({{"mimetype", Mimetype("text")},
                              {"content.xml", Content("text", text)},
                              {"styles.xml", "<office:document-styles><office:master-styles>" +
                                                 master + "</office:master-styles>"
                                                 "</office:document-styles>"}})),
            want);
  EXPECT_EQ(RenderFlat(Flat("text", text, master)), want);
  // With a byte order mark, from a file on disk (read twice: master pages, then the body).
  const std::string path = testing::TempDir() + "/odf_test_flat.fodt";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    const std::string xml = "\xEF\xBB\xBF" + Flat("text", text, master);
    std::fwrite(xml.data(), 1, xml.size(), f);
    std::fclose(f);
  }
  EXPECT_EQ(testutil::RenderParts<4096>(OpenOffice(path, OfficeKind::kOpenDocument,
                                                   [](std::string_view s) { return s == "姓名"; })),
            want);
  std::remove(path.c_str());
  // A spreadsheet (its page styles' headers are not read) and a presentation.
  const std::string sheets =
      "<table:table table:name=\"名单\"><table:table-row><table:table-cell><text:p>姓名</text:p>"
      "</table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"13912345678\">"
      "<text:p>1.39E+10</text:p></table:table-cell></table:table-row></table:table>"
      "<table:table table:name=\"B\"><table:table-row><table:table-cell><text:p>2</text:p>"
      "</table:table-cell></table:table-row></table:table>";
  EXPECT_EQ(RenderFlat(Flat("spreadsheet", sheets, master), "t.fods"),
            (std::vector<std::string>{"名单\n姓名,13912345678\n", "B\n2\n"}));
  EXPECT_EQ(RenderFlat(Flat("presentation", "<draw:page><draw:frame><draw:text-box><text:p>页"
                                            "</text:p></draw:text-box></draw:frame></draw:page>")),
            std::vector<std::string>{"slide1\n页\n"});
  // An embedded document's content.xml, read on its own.
  EXPECT_EQ(RenderFlat(Content("spreadsheet", sheets)),
            (std::vector<std::string>{"名单\n姓名,13912345678\n", "B\n2\n"}));
  // Errors name the file, not a part of it; the text before the fault is read.
  const std::string cut = Flat("text", "<text:p>第一段</text:p><text:p>第二");
  const auto got = RenderFlat(cut.substr(0, cut.find("</office:text>")));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "\n第一段\n第二ERROR t.fodt: is not well-formed XML (line 3): no element found");
  EXPECT_EQ(RenderFlat("<office:document>"),
            std::vector<std::string>{"t.fodt: is not well-formed XML (line 1): no element found"});
  // XML that is no OpenDocument file: no part (it is read as the XML it is).
  EXPECT_TRUE(RenderFlat("<?xml version=\"1.0\"?><html><body>13912345678</body></html>").empty());
}

TEST(OdfTest, FlatDocumentsAreKnownByTheirRootElement) {
  EXPECT_EQ(OfficeKindByName("报表.FODS"), OfficeKind::kOpenDocument);
  EXPECT_EQ(OfficeKindByName("x.fodt"), OfficeKind::kOpenDocument);
  for (std::string_view yes :
       {"<office:document>", "<office:document office:version=\"1.3\">",
        "\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<office:document\n xmlns:office=\"u\">",
        "<?xml version=\"1.0\"?><!-- a > comment --><!DOCTYPE x><?pi x?> <office:document-content>"})
    EXPECT_TRUE(LooksLikeFlatOpenDocument(yes)) << yes;
  for (std::string_view no : {"", "<office:documents>", "<office:document-styles>", "<html>",
                              "office:document ", "\n\n", "<?xml version=\"1.0\"?><a/>",
                              "姓名,电话\n王伟,13912345678\n"})
    EXPECT_FALSE(LooksLikeFlatOpenDocument(no)) << no;
  // A stream's first read may end before the root element's name does.
  for (std::string_view undecided : {"\xEF\xBB", "<", "<?xml version=", "<?xml?>\n", "<!-",
                                     "<!-- x", "<office:doc", "<office:document",
                                     "<office:document-cont"})
    EXPECT_TRUE(FlatOpenDocumentUndecided(undecided)) << undecided;
  for (std::string_view decided : {"", "\n\n", "hello", "<a", "<office:document>", "<office:x"})
    EXPECT_FALSE(FlatOpenDocumentUndecided(decided)) << decided;
}

TEST(OdfTest, EmbeddedObjectsFollowTheFilesOwnParts) {
  const std::string manifest =
      "<manifest:manifest><manifest:file-entry manifest:full-path=\"/\" "
      "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
      "<manifest:file-entry manifest:full-path=\"Object 10/\" "
      "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
      "<manifest:file-entry manifest:full-path=\"Object 10/content.xml\" manifest:media-type=\"text/xml\"/>"
      "<manifest:file-entry manifest:full-path=\"Object 2\" "
      "manifest:media-type=\"application/vnd.sun.star.oleobject\"/>"
      "<manifest:file-entry manifest:full-path=\"ObjectReplacements/Object 2\" "
      "manifest:media-type=\"application/x-openoffice-gdimetafile\"/>"
      // Listed but not in the archive: left out.
      "<manifest:file-entry manifest:full-path=\"Object 3\" "
      "manifest:media-type=\"application/vnd.sun.star.oleobject\"/>"
      "</manifest:manifest>";
  const std::string sheet = Content("spreadsheet", "<table:table table:name=\"S\"/>");
  const std::string text = Content("text", "<text:p>正文</text:p>");
  std::vector<std::pair<std::string, std::string_view>> entries{
      {"mimetype", "application/vnd.oasis.opendocument.text"},
      {"content.xml", text},
      {"Object 10/content.xml", sheet},
      {"Object 10/styles.xml", "<office:document-styles/>"},
      {"Object 2", "OLE object"},
      {"ObjectReplacements/Object 2", "preview"},
      {"Pictures/1.png", "png"}};
  const std::string object2 = "Object 2\nOLE object";
  const std::string object10 = "Object 10\n" + sheet;
  auto with_manifest = entries;
  with_manifest.emplace_back("META-INF/manifest.xml", manifest);
  auto parts = OpenOfficeBytes(StoredZip(with_manifest), OfficeKind::kOpenDocument, "t.odt",
                               [](std::string_view) { return false; });
  ASSERT_TRUE(parts.ok()) << parts.status().message();
  std::vector<bool> embedded;
  ForEachPart(parts.value(), [&](OfficePart& p) {
    embedded.push_back(p.embedded);
    return true;
  });
  EXPECT_EQ(embedded, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(Render(StoredZip(with_manifest)),
            (std::vector<std::string>{"\n正文\n", object2, object10}));
  // Without a manifest: LibreOffice's names.
  EXPECT_EQ(Render(StoredZip(entries)), (std::vector<std::string>{"\n正文\n", object2, object10}));
  // A spreadsheet's objects (its charts) follow its last sheet.
  entries[1].second = sheet;
  EXPECT_EQ(Render(StoredZip(entries)), (std::vector<std::string>{"S\n", object2, object10}));
}

TEST(OdfTest, KindByNameAndByEntries) {
  EXPECT_EQ(OfficeKindByName("a/报表.ODS"), OfficeKind::kOpenDocument);
  EXPECT_EQ(OfficeKindByName("x.odt"), OfficeKind::kOpenDocument);
  EXPECT_EQ(OfficeKindByName("x.otp"), OfficeKind::kOpenDocument);
  EXPECT_EQ(OfficeKindByName("x.odb"), OfficeKind::kNone);
  EXPECT_EQ(OfficeKindOfZipBytes(StoredZip({{"mimetype", Mimetype("text")},
                                            {"content.xml", Content("text", "")}})),
            OfficeKind::kOpenDocument);
  EXPECT_EQ(OfficeKindOfZipBytes(StoredZip({{"content.xml", "<a/>"}})), OfficeKind::kNone);
}

}  // namespace
}  // namespace piguard::formats
