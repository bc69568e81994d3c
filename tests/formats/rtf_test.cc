// The text RTF documents are rendered to (formats/rtf.h), byte for byte: \u and \'hh
// escapes, destinations left out or kept, tables as forms and lists, and the errors of
// documents nested too deep or cut short.
#include "formats/rtf.h"

#include <gtest/gtest.h>

#include <string>

namespace piguard::formats {
namespace {

// The rendered text, then "ERROR <message>" if the source ends with one. Read in small pieces.
std::string Render(const std::string& rtf) {
  auto src = RtfText(std::make_unique<BytesSource>(rtf), "t.rtf",
                     [](std::string_view s) { return s == "姓名" || s == "性别" || s == "电话"; });
  std::string out;
  char buf[3];
  while (true) {
    auto r = src->Read(buf, sizeof buf);
    if (!r.ok()) return out + "ERROR " + r.status().message();
    if (r.value() == 0) return out;
    out.append(buf, r.value());
  }
}

TEST(RtfTest, CommentsOnLinesOfTheirOwn) {
  // Word's comment: its initials and author left out, its text on a line where it is
  // anchored, the paragraph going on after it; a comment inside a left-out group stays out.
  EXPECT_EQ(Render("{\\rtf1 \\pard \\u21512?\\u21516?{\\*\\atnid ZJ}{\\*\\atnauthor Zhang}\\chatn"
                   "{\\*\\annotation{\\*\\atnref 0}\\pard Call 13957162408}more\\par"
                   "{\\*\\unknown{\\*\\annotation hidden}}end\\par}"),
            "合同\nCall 13957162408\nmore\nend\n");
}

TEST(RtfTest, EscapesAndDestinations) {
  // \u with its fallback skipped (\uc1, then \uc2), \'hh in Windows-1252 without a code page,
  // control symbols, skipped tables and destinations (\*, \pict, \bin), kept properties.
  EXPECT_EQ(Render("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}"
                   "{\\info{\\title \\u23458?\\u25143?}{\\author Li\\'e9}}"
                   "{\\*\\generator Word;}{\\pict\\wmetafile8 0a0b}"
                   "\\pard \\u21608?\\u38597?\\uc2\\u23159\\'3f\\'3f x\\par "
                   "a\\tab b\\line c\\~d\\{e\\}\\\\f\\-g\\_h{\\bin3 }}}i}\\par}"),
            "客户Lié周雅婷 x\na\tb\nc d{e}\\fg-hi\n");
  // Code page 936: GBK bytes escaped two by two, and a character cut by a piece's end.
  EXPECT_EQ(Render("{\\rtf1\\ansi\\ansicpg936 \\'d5\\'c5\\'c8\\'fd 13800138000\\par}"),
            "张三 13800138000\n");
  // An unknown destination without \* is text; an ignorable one with \* is not.
  EXPECT_EQ(Render("{\\rtf1 {\\header 合同编号 A1}{\\*\\unknown x}{\\footnote 注}\\par}"),
            "合同编号 A1注\n");
}

TEST(RtfTest, CharactersBeyondTheBasicPlaneComeAsSurrogatePairs) {
  // U+1F600 as Word writes it: two \u (a high and a low surrogate), each with its fallback.
  EXPECT_EQ(Render("{\\rtf1 a\\u-10179?\\u-8704?b\\par}"), "a\xF0\x9F\x98\x80" "b\n");
  // Halves without their other half (a low one alone, a high one before text, a table cell's
  // end or the document's end) become U+FFFD; \u0 puts nothing.
  EXPECT_EQ(Render("{\\rtf1 \\u56848?x\\u55357?y\\u0?\\par}"),
            "\uFFFDx\uFFFDy\n");
  EXPECT_EQ(Render("{\\rtf1 \\trowd \\u55357?\\cell z\\cell\\row \\u55357?}"),
            "| \uFFFD | z |\n| --- | --- |\n\n\uFFFD");
}

TEST(RtfTest, TablesAreFormsAndLists) {
  const std::string row = "\\trowd\\cellx1000\\cellx2000\\cellx3000\\cellx4000";
  EXPECT_EQ(Render("{\\rtf1 登记表\\par" + row + "\\intbl 姓名\\cell 李秀英\\cell 性别\\cell 女\\cell\\row" +
                   row + "\\intbl 电话\\cell 138\\par 0013 8000\\cell\\cell\\cell\\row\\pard 备注\\par}"),
            "登记表\n姓名：李秀英　性别：女\n电话：138 0013 8000　\n\n备注\n");
  EXPECT_EQ(Render("{\\rtf1 " + row + " 客户\\cell 号码\\cell\\row" + row + " 周雅婷\\cell 13957162408\\cell\\row}"),
            "| 客户 | 号码 |\n| --- | --- |\n| 周雅婷 | 13957162408 |\n\n");
}

TEST(RtfTest, ErrorsAfterTheTextBeforeThem) {
  EXPECT_EQ(Render("{\\rtf1 第一段\\par 第二"),
            "第一段\n第二ERROR t.rtf: the RTF document is cut short (1 groups left open); the "
            "text before the end was scanned");
  const std::string deep = "{\\rtf1 x" + std::string(2000, '{') + "y" + std::string(2000, '}') + "}";
  const std::string got = Render(deep);
  EXPECT_EQ(got, "xERROR t.rtf: RTF groups nested more than 1000 deep; the rest is not read");
  EXPECT_TRUE(LooksLikeRtf("{\\rtf1\\ansi"));
  EXPECT_FALSE(LooksLikeRtf("{\"rtf\": 1}"));
}

}  // namespace
}  // namespace piguard::formats
