// The packaged file of an "\x01Ole10Native" stream (formats/ole_object.h), byte for byte as
// Windows' Object Packager lays it out: the file's bytes, and its name from the Unicode label
// when there is one, else from the ANSI label (UTF-8, or GBK as Chinese Windows writes it);
// a header that runs past the stream is no packaged file. (OleObjectFile, over compound files
// written by OLE::Storage_Lite, is tested in tests/scripts/test_embedded.py.)
#include "formats/ole_object.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace piguard::formats {
namespace {

std::string U32(uint32_t v) {
  std::string s(4, '\0');
  for (int i = 0; i < 4; ++i) s[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  return s;
}

std::string Utf16(const std::u16string& s) {
  std::string out;
  for (const char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

// The stream: size, flags, label, source path, 0x00030000, temporary path, data, then
// (`unicode`) the three names again in UTF-16LE.
std::string Native(const std::string& label, const std::string& source, const std::string& data,
                   const std::u16string& unicode_label = u"", bool unicode = false) {
  std::string body = std::string("\x02\x00", 2) + label + '\0' + source + '\0' + U32(0x00030000);
  const std::string temp = "C:\\Temp\\x" + std::string(1, '\0');
  body += U32(static_cast<uint32_t>(temp.size())) + temp;
  body += U32(static_cast<uint32_t>(data.size())) + data;
  if (unicode) {
    body += U32(7) + Utf16(u"C:\\T\\x1");
    body += U32(static_cast<uint32_t>(unicode_label.size())) + Utf16(unicode_label);
    body += U32(0);
  }
  return U32(static_cast<uint32_t>(body.size())) + body;
}

TEST(Ole10NativeTest, TheFileAndItsName) {
  const std::string data = std::string("姓名,电话\n李强,13912345678\n") + std::string("\0\xff", 2);
  auto f = ParseOle10Native(Native("list.csv", "C:\\Users\\li\\list.csv", data));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->name, "list.csv");
  EXPECT_EQ(f->bytes, data);
  // The Unicode label wins; a path in it is cut to the base name.
  f = ParseOle10Native(Native("????.csv", "C:\\????.csv", "x", u"D:\\共享\\客户名单.csv", true));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->name, "客户名单.csv");
  EXPECT_EQ(f->bytes, "x");
}

TEST(Ole10NativeTest, AnsiLabelsInGbkOrUtf8) {
  // "客户.txt" in GBK: BF CD BB A7.
  auto f = ParseOle10Native(Native("\xBF\xCD\xBB\xA7.txt", "C:\\a\\\xBF\xCD\xBB\xA7.txt", "y"));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->name, "客户.txt");
  f = ParseOle10Native(Native("客户.txt", "", "y"));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->name, "客户.txt");
  // No label: the source path's last component; control characters are dropped.
  f = ParseOle10Native(Native("", "/home/li/a\x01" "b.csv", "y"));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->name, "ab.csv");
}

TEST(Ole10NativeTest, DamagedHeadersAreNoFile) {
  const std::string whole = Native("list.csv", "C:\\list.csv", "0123456789");
  ASSERT_TRUE(ParseOle10Native(whole).has_value());
  // Cut anywhere before the data's end: no file (not a shorter one).
  for (size_t n = 0; n + 4 < whole.size(); ++n) {
    std::string cut = whole.substr(0, n);
    if (cut.size() >= 4) cut.replace(0, 4, U32(static_cast<uint32_t>(cut.size() - 4)));
    EXPECT_FALSE(ParseOle10Native(cut).has_value()) << n;
  }
  // A size field larger than the stream.
  std::string big = whole;
  big.replace(0, 4, U32(static_cast<uint32_t>(whole.size())));
  EXPECT_FALSE(ParseOle10Native(big).has_value());
  // A data size past the end.
  std::string past = whole;
  past.replace(past.size() - 14, 4, U32(0xFFFFFFF0u));
  EXPECT_FALSE(ParseOle10Native(past).has_value());
}

}  // namespace
}  // namespace piguard::formats
