// The text OFD documents are laid out to (formats/ofd.h), byte for byte: lines by baseline,
// codes along a line by x with one or two blanks for gaps, templates merged under the page,
// pages ending with a form feed; and the errors of documents that cannot be read.
#include "formats/ofd.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/office.h"
#include "formats/office_parts_util.h"
#include "formats/zip_util.h"

namespace piguard::formats {
namespace {

using testutil::StoredZip;

constexpr std::string_view kRoot =
    "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>"
    "Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";

std::vector<std::string> Render(const std::string& zip) {
  return testutil::RenderParts<7>(
      OpenOfficeBytes(zip, OfficeKind::kOfd, "t.ofd", [](std::string_view) { return false; }));
}

// A text object at (x, y) (the top of its boundary) with one code on its baseline.
std::string Text(double x, double y, std::string_view text, std::string_view extra = "") {
  return "<ofd:TextObject ID=\"1\" Boundary=\"" + std::to_string(x) + " " + std::to_string(y) +
         " 80 5\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\" " + std::string(extra) + ">" +
         std::string(text) + "</ofd:TextCode></ofd:TextObject>";
}

std::string Page(std::string_view objects, std::string_view head = "") {
  return "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">" + std::string(head) +
         "<ofd:Content><ofd:Layer><ofd:PageBlock>" + std::string(objects) +
         "</ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>";
}

std::string Document(int pages, bool with_template) {
  std::string d = "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>";
  if (with_template) d += "<ofd:TemplatePage ID=\"7\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>";
  d += "</ofd:CommonData><ofd:Pages>";
  for (int i = 0; i < pages; ++i)
    d += "<ofd:Page ID=\"" + std::to_string(10 + i) + "\" BaseLoc=\"Pages/Page_" +
         std::to_string(i) + "/Content.xml\"/>";
  return d + "</ofd:Pages></ofd:Document>";
}

TEST(OfdTest, InvoiceLabelsFromTheTemplateStayWithTheirValues) {
  // The template holds the printed labels; the page the values, a glyph at a time on the
  // same baselines (a writer's usual way), and a value a hair lower than its label.
  const std::string tpl =
      Page(Text(10, 20, "购买方信息") + Text(40, 20, "名称：") + Text(30, 30, "纳税人识别号："));
  const std::string page = Page(
      "<ofd:TextObject Boundary=\"55 20 20 5\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\">张"
      "</ofd:TextCode><ofd:TextCode X=\"4\" Y=\"4\">伟</ofd:TextCode></ofd:TextObject>" +
          Text(88, 30.4, "11010519491231002X", "DeltaX=\"g 17 2\"") + Text(10, 50, "备注"),
      "<ofd:Template TemplateID=\"7\" ZOrder=\"Background\"/>");
  const std::string zip = StoredZip({{"OFD.xml", kRoot},
                                     {"Doc_0/Document.xml", Document(1, true)},
                                     {"Doc_0/Tpls/Tpl_0/Content.xml", tpl},
                                     {"Doc_0/Pages/Page_0/Content.xml", page}});
  EXPECT_EQ(Render(zip), std::vector<std::string>{"\n"
                                                  "购买方信息  名称： 张伟\n"
                                                  "纳税人识别号：  11010519491231002X\n"
                                                  "备注\n\f"});
}

TEST(OfdTest, GapsBecomeOneOrTwoBlanksAndPagesEndWithFormFeeds) {
  // Letters are half the size wide: "ab" at 10 ends at 14; "cd" at 15.5 is one blank away
  // (a gap of 1.5 mm, more than a quarter of the size), "ef" at 19.5 joins it (no gap).
  const std::string p0 = Page(Text(10, 10, "ab") + Text(15.5, 10, "cd") + Text(19.5, 10, "ef"));
  const std::string p1 = Page(Text(10, 10, "第二页"));
  const std::string zip = StoredZip({{"OFD.xml", kRoot},
                                     {"Doc_0/Document.xml", Document(2, false)},
                                     {"Doc_0/Pages/Page_0/Content.xml", p0},
                                     {"Doc_0/Pages/Page_1/Content.xml", p1}});
  EXPECT_EQ(Render(zip), std::vector<std::string>{"\nab cdef\n\f第二页\n\f"});
}

TEST(OfdTest, CtmMovesTextAndCodesWithoutXContinue) {
  // A CTM translating by (0, 20) puts the first object on the second one's line; a code
  // without X continues where the previous one ended.
  const std::string page = Page(
      "<ofd:TextObject Boundary=\"10 0 50 5\" Size=\"4\" CTM=\"1 0 0 1 0 20\">"
      "<ofd:TextCode X=\"0\" Y=\"4\">电话</ofd:TextCode><ofd:TextCode>：</ofd:TextCode>"
      "</ofd:TextObject>" +
      Text(40, 20, "13912345678"));
  const std::string zip = StoredZip({{"OFD.xml", kRoot},
                                     {"Doc_0/Document.xml", Document(1, false)},
                                     {"Doc_0/Pages/Page_0/Content.xml", page}});
  EXPECT_EQ(Render(zip), std::vector<std::string>{"\n电话：  13912345678\n\f"});
}

TEST(OfdTest, DocumentsThatCannotBeRead) {
  // No OFD.xml: not an OFD document.
  EXPECT_EQ(Render(StoredZip({{"a.xml", "<a/>"}})),
            std::vector<std::string>{"t.ofd: not an OFD document (a ZIP archive without OFD.xml)"});
  // OFD.xml names no document.
  EXPECT_EQ(Render(StoredZip({{"OFD.xml", "<OFD><DocBody/></OFD>"}})),
            std::vector<std::string>{"t.ofd: OFD.xml names no document (DocRoot)"});
  // A page that is missing: the pages before it are read, then the error.
  const std::string two = StoredZip({{"OFD.xml", kRoot},
                                     {"Doc_0/Document.xml", Document(2, false)},
                                     {"Doc_0/Pages/Page_0/Content.xml", Page(Text(0, 0, "甲"))}});
  EXPECT_EQ(Render(two), std::vector<std::string>{
                             "\n甲\n\fERROR t.ofd: Doc_0/Pages/Page_1/Content.xml: is not in the "
                             "ZIP archive"});
  // Pages of images only: an error, not a clean document.
  const std::string images = StoredZip(
      {{"OFD.xml", kRoot},
       {"Doc_0/Document.xml", Document(1, false)},
       {"Doc_0/Pages/Page_0/Content.xml", Page("<ofd:ImageObject ResourceID=\"5\"/>")}});
  EXPECT_EQ(Render(images),
            std::vector<std::string>{"\n\fERROR t.ofd: has no text to scan: its pages are images "
                                     "(a scan?), and --ocr reads images and PDF files, not "
                                     "OFD: export it as PDF"});
  // Bad XML in a page.
  const std::string bad = StoredZip({{"OFD.xml", kRoot},
                                     {"Doc_0/Document.xml", Document(1, false)},
                                     {"Doc_0/Pages/Page_0/Content.xml", "<ofd:Page><a></ofd:Page>"}});
  const auto r = Render(bad);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NE(r[0].find("ERROR t.ofd: Doc_0/Pages/Page_0/Content.xml: is not well-formed XML"),
            std::string::npos)
      << r[0];
}

}  // namespace
}  // namespace piguard::formats
