// The text PowerPoint 97-2003 decks are rendered to (formats/ppt.h), byte for byte, from
// record streams built here: text atoms of both kinds, a table on a grid and a group that is
// none, records that reuse one another beyond the text budget, nesting beyond the limit, a
// record that runs past its container, the errors that name the file, and the embedded
// objects found through the persist directory. The end-to-end
// cases (real decks, compound files, edit chains) are in tests/scripts/test_ppt.py.
#include "formats/ppt.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace piguard::formats {
namespace {

std::string U32(uint32_t v) {
  std::string s(4, '\0');
  for (int i = 0; i < 4; ++i) s[i] = static_cast<char>(v >> (8 * i));
  return s;
}

std::string Rec(uint16_t type, const std::string& body, uint16_t ver = 0, uint16_t inst = 0) {
  const uint16_t vi = static_cast<uint16_t>(ver | (inst << 4));
  std::string s{static_cast<char>(vi & 0xFF), static_cast<char>(vi >> 8),
                static_cast<char>(type & 0xFF), static_cast<char>(type >> 8)};
  return s + U32(static_cast<uint32_t>(body.size())) + body;
}
std::string Container(uint16_t type, const std::vector<std::string>& children) {
  std::string body;
  for (const std::string& c : children) body += c;
  return Rec(type, body, 0xF);
}
std::string Utf16(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) out += {static_cast<char>(c & 0xFF), static_cast<char>(c >> 8)};
  return out;
}
std::string Chars(const std::u16string& s) { return Rec(0x0FA0, Utf16(s)); }
std::string Bytes(const std::string& latin1) { return Rec(0x0FA8, latin1); }
std::string Box(const std::string& atom, int left = -1, int top = -1) {
  std::vector<std::string> sp = {Rec(0xF00A, U32(1) + U32(0), 2)};
  if (left >= 0) sp.push_back(Rec(0xF00F, U32(left) + U32(top) + U32(left + 10) + U32(top + 10)));
  sp.push_back(Container(0xF00D, {Rec(0x0F9F, U32(4)), atom}));
  return Container(0xF004, sp);
}
std::string Slide(const std::vector<std::string>& shapes) {
  std::vector<std::string> group = {Container(0xF004, {})};
  group.insert(group.end(), shapes.begin(), shapes.end());
  return Container(0x03EE, {Rec(0x03EF, std::string(24, '\0'), 2),
                            Container(0x040C, {Container(0xF002, {Container(0xF003, group)})})});
}

// A stream with `slides` at persist ids 2.., the document at 1 (its slide list naming
// `listed`, by default every slide once) and one edit that lists them all; *current_user is
// the Current User stream that names the edit.
std::string Deck(const std::vector<std::string>& slides, std::string* current_user,
                 std::vector<uint32_t> listed = {}) {
  if (listed.empty())
    for (size_t i = 0; i < slides.size(); ++i) listed.push_back(static_cast<uint32_t>(i + 2));
  std::string list;
  for (size_t i = 0; i < listed.size(); ++i)
    list += Rec(0x03F3, U32(listed[i]) + U32(0) + U32(0) + U32(static_cast<uint32_t>(256 + i)) + U32(0));
  std::string stream = Container(0x03E8, {Rec(0x0FF0, list, 0xF, 0)});
  std::vector<uint32_t> offsets = {0};
  for (const std::string& s : slides) {
    offsets.push_back(static_cast<uint32_t>(stream.size()));
    stream += s;
  }
  const auto directory = static_cast<uint32_t>(stream.size());
  std::string entries = U32(1 | (static_cast<uint32_t>(offsets.size()) << 20));
  for (uint32_t o : offsets) entries += U32(o);
  stream += Rec(0x1772, entries);
  const auto edit = static_cast<uint32_t>(stream.size());
  stream += Rec(0x0FF5, U32(0) + U32(0) + U32(0) + U32(directory) + U32(1) + U32(9) + U32(0));
  *current_user = Rec(0x0FF6, U32(0x14) + U32(0xE391C05F) + U32(edit) + std::string(8, '\0'));
  return stream;
}

// "label: text" per part, then "ERROR message".
std::string Render(const std::string& stream, const std::string& cu) {
  PptDeck deck = RenderPptStreams(stream, cu, "t.ppt", [](std::string_view s) {
    return s == "姓名" || s == "电话";
  });
  std::string out;
  for (const PptPart& p : deck.parts) out += p.label + ": " + p.text;
  if (!deck.error.ok()) out += "ERROR " + deck.error.message();
  return out;
}

TEST(PptTest, TextAtomsOfBothKinds) {
  std::string cu;
  const std::string stream =
      Deck({Slide({Box(Chars(u"客户周雅婷\r电话\v13957162408\tA\x01" u"\xD83D\xDE00" u"\xD800")),
                   Box(Bytes("Jos\xe9 M\xfcller"))})},
           &cu);
  EXPECT_EQ(Render(stream, cu),
            "slide1: 客户周雅婷\n电话\n13957162408\tA 😀\xEF\xBF\xBD\nJosé Müller\n");
}

TEST(PptTest, TableOnAGridAndAGroupThatIsNone) {
  std::string cu;
  auto cell = [](const char16_t* t, int col, int row) { return Box(Chars(t), 100 * col, 50 * row); };
  const std::string grid = Container(
      0xF003, {Container(0xF004, {}), cell(u"姓名", 0, 0), cell(u"电话", 1, 0),
               cell(u"王芳", 0, 1), cell(u"13800138000", 1, 1)});
  // Two boxes in one cell: read box by box.
  const std::string overlapping = Container(
      0xF003, {cell(u"甲", 0, 0), cell(u"乙", 0, 0), cell(u"丙", 1, 1), cell(u"丁", 1, 0)});
  const std::string stream = Deck({Slide({grid}), Slide({overlapping})}, &cu);
  EXPECT_EQ(Render(stream, cu),
            "slide1: | 姓名 | 电话 |\n| --- | --- |\n| 王芳 | 13800138000 |\n\n"
            "slide2: 甲\n乙\n丙\n丁\n");
}

TEST(PptTest, ReusedRecordsStopAtTheBudget) {
  // The slide list names one large slide 64 times: the text stops at twice the stream and
  // 1 MiB, with an error.
  std::string cu;
  const std::string stream = Deck({Slide({Box(Chars(std::u16string(200000, u'字')))})}, &cu,
                                  std::vector<uint32_t>(64, 2));
  PptDeck deck = RenderPptStreams(stream, cu, "t.ppt", nullptr);
  size_t total = 0;
  for (const PptPart& p : deck.parts) total += p.text.size();
  EXPECT_LE(total, 2 * stream.size() + (1u << 20));
  EXPECT_GT(deck.parts.size(), 2u);
  EXPECT_LT(deck.parts.size(), 64u);
  EXPECT_EQ(deck.error.message(),
            "t.ppt: damaged PowerPoint presentation (its slides give more text than the file "
            "holds (records used again and again))");
}

TEST(PptTest, DepthAndOverrunsAreErrorsAfterTheText) {
  std::string cu;
  std::string deep = Box(Chars(u"深处 13800138000"));
  for (int i = 0; i < 70; ++i) deep = Container(0xF003, {deep});
  std::string stream = Deck({Slide({Box(Chars(u"表面")), deep})}, &cu);
  EXPECT_EQ(Render(stream, cu),
            "slide1: 表面\nERROR t.ppt: damaged PowerPoint presentation (records nested deeper "
            "than 64)");
  // A text atom whose length runs past its text box: the box's text before it is kept.
  std::string box = Container(0xF00D, {Chars(u"前"), Rec(0x0FA0, "xx")});
  box[box.size() - 6] = 100;  // the last atom's length: 100 bytes, past the box
  stream = Deck({Slide({Container(0xF004, {box})})}, &cu);
  EXPECT_EQ(Render(stream, cu),
            "slide1: 前\nERROR t.ppt: damaged PowerPoint presentation (a record runs past the "
            "end of the one that holds it)");
}

TEST(PptTest, DamageWithoutAnyEditIsAnError) {
  EXPECT_EQ(Render(Slide({Box(Chars(u"孤立的幻灯片"))}), ""),
            "slide1: 孤立的幻灯片\nERROR t.ppt: damaged PowerPoint presentation (no usable Current "
            "User stream and no edit record); the slides were read in the order they are stored");
  EXPECT_EQ(Render("", ""),
            "ERROR t.ppt: damaged PowerPoint presentation (no usable Current User stream and no "
            "edit record); the slides were read in the order they are stored");
}

TEST(PptTest, EmbeddedObjectsInPersistOrder) {
  // ExOleObjStg records among the persist entries: stored (instance 0) and compressed with
  // zlib behind the inflated size (instance 1); an empty one is nothing, damaged data and a
  // size that does not match are errors of that object alone.
  const std::string hello("\x78\x9c\xcb\x48\xcd\xc9\xc9\x07\x00\x06\x2c\x02\x15", 13);
  std::string cu;
  const std::string stream = Deck({Slide({Box(Chars(u"正文"))}), Rec(0x1011, "OLE-A"),
                                   Rec(0x1011, U32(5) + hello, 0, 1), Rec(0x1011, ""),
                                   Rec(0x1011, U32(5) + hello.substr(0, 8), 0, 1),
                                   Rec(0x1011, U32(6) + hello, 0, 1)},
                                  &cu, {2});
  PptDeck deck = RenderPptStreams(stream, cu, "t.ppt", nullptr);
  EXPECT_TRUE(deck.error.ok()) << deck.error.message();
  ASSERT_EQ(deck.parts.size(), 1u);
  ASSERT_EQ(deck.objects.size(), 4u);
  EXPECT_EQ(deck.objects[0].bytes, "OLE-A");
  EXPECT_EQ(deck.objects[1].bytes, "hello");
  EXPECT_EQ(deck.objects[2].error.message(),
            "t.ppt!object3: the embedded object's compressed data is damaged");
  EXPECT_EQ(deck.objects[3].error.message(),
            "t.ppt!object4: the embedded object's compressed data is damaged");
  EXPECT_TRUE(deck.objects[2].bytes.empty() && deck.objects[3].bytes.empty());
}

}  // namespace
}  // namespace piguard::formats
