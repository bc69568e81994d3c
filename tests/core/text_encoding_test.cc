// Decoding GB18030, Big5 and UTF-16 to UTF-8 with a map back to the input's bytes: published code
// points (GB 18030's two- and four-byte forms, the supplementary planes, UTF-16 surrogate
// pairs), bad bytes replaced without losing what follows, and the choice between UTF-8 and
// GB18030 for text without a byte order mark.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text_encoding.h"
#include "core/utf8.h"

namespace piguard::encoding {
namespace {

struct Decoded {
  std::string text;
  std::vector<uint32_t> map;
  DecodeResult result;
};

Decoded DecodeText(TextEncoding e, std::string_view in) {
  Decoded d;
  d.result = DecodeToUtf8(e, in, &d.text, &d.map);
  return d;
}

// The map's contract: one entry per output byte plus the end, never decreasing, the end at
// the input's size, and the output valid UTF-8.
void ExpectWellFormed(std::string_view in, const Decoded& d) {
  ASSERT_EQ(d.map.size(), d.text.size() + 1);
  EXPECT_EQ(d.map.back(), in.size());
  for (size_t k = 1; k < d.map.size(); ++k) ASSERT_LE(d.map[k - 1], d.map[k]) << k;
  EXPECT_EQ(utf8::FindInvalid(d.text), std::string_view::npos);
}

TEST(TextEncodingTest, Gb18030PublishedCodePoints) {
  ASSERT_TRUE(Gb18030Available());
  // Two-byte (GBK) characters, the euro sign, and four-byte forms from the first BMP one
  // (U+0080) to the last (U+FFFF), CJK extension A, and the supplementary planes' ends.
  const std::pair<std::string, std::string> cases[] = {
      {"\xD6\xD0\xCE\xC4", "中文"},
      {"\xA2\xE3", "\u20AC"},
      {"\xA1\xA4", "\u00B7"},
      {"\x81\x30\x81\x30", "\u0080"},
      {"\x81\x30\x84\x36", "\u00A5"},
      {"\x84\x31\xA4\x39", "\uFFFF"},
      {"\x81\x39\xEE\x39", "\u3400"},
      {"\x82\x35\x8F\x33", "\u9FA6"},
      {"\x90\x30\x81\x30", "\U00010000"},
      {"\xE3\x32\x9A\x35", "\U0010FFFF"},
  };
  for (const auto& [in, want] : cases) {
    Decoded d = DecodeText(TextEncoding::kGb18030, in);
    EXPECT_EQ(d.text, want);
    EXPECT_EQ(d.result.invalid, 0u);
    ExpectWellFormed(in, d);
  }
}

TEST(TextEncodingTest, Gb18030MapPointsAtEachCharactersFirstByte) {
  const std::string in = "id=7 \xD5\xC5\xC8\xFD tel \x81\x30\x84\x36!";  // 张三, ¥
  Decoded d = DecodeText(TextEncoding::kGb18030, in);
  ASSERT_EQ(d.text, "id=7 张三 tel ¥!");
  ExpectWellFormed(in, d);
  const size_t zhang = d.text.find("张");
  EXPECT_EQ(d.map[zhang], 5u);
  EXPECT_EQ(d.map[zhang + 2], 5u);  // every byte of 张 maps to its first input byte
  EXPECT_EQ(d.map[zhang + 3], 7u);  // 三
  EXPECT_EQ(d.map[d.text.find("¥")], 14u);
  EXPECT_EQ(d.map[d.text.find("!")], 18u);
}

TEST(TextEncodingTest, Gb18030BadBytesBecomeReplacementsAndNothingAfterIsLost) {
  // 0x80 and 0xFF are never GB18030; a lead byte before a byte that is no trail (here a
  // blank) is a stray byte and the blank after it is kept; a four-byte form past U+FFFF's
  // and before U+10000's is unassigned; a lead byte at the end is cut.
  const std::string in = "a\x80" "b\xFF" "c\xD5" " d\x84\x31\xA5\x30" "e\xD5";
  Decoded d = DecodeText(TextEncoding::kGb18030, in);
  EXPECT_EQ(d.text, "a\uFFFDb\uFFFDc\uFFFD d\uFFFDe\uFFFD");
  EXPECT_EQ(d.result.invalid, 5u);
  EXPECT_EQ(d.result.first_invalid, 1u);
  ExpectWellFormed(in, d);
  EXPECT_EQ(d.map[d.text.find('e')], 12u);
}

TEST(TextEncodingTest, Utf16BothByteOrdersAndSurrogatePairs) {
  const std::string le("A\x00\x2D\x4E\x3D\xD8\x00\xDE\n\x00", 10);  // A中😀\n
  Decoded d = DecodeText(TextEncoding::kUtf16le, le);
  EXPECT_EQ(d.text, "A中😀\n");
  ExpectWellFormed(le, d);
  EXPECT_EQ(d.map[d.text.find("😀")], 4u);
  EXPECT_EQ(d.map[d.text.find('\n')], 8u);
  std::string be = le;
  for (size_t i = 0; i + 1 < be.size(); i += 2) std::swap(be[i], be[i + 1]);
  EXPECT_EQ(DecodeText(TextEncoding::kUtf16be, be).text, "A中😀\n");
}

TEST(TextEncodingTest, Utf16UnpairedSurrogatesAndAnOddByte) {
  const std::string in("\x3D\xD8" "A\x00" "\x00\xDE" "B\x00" "C", 9);
  Decoded d = DecodeText(TextEncoding::kUtf16le, in);
  EXPECT_EQ(d.text, "\uFFFDA\uFFFDB\uFFFD");
  EXPECT_EQ(d.result.invalid, 3u);
  EXPECT_EQ(d.result.first_invalid, 0u);
  ExpectWellFormed(in, d);
}

TEST(TextEncodingTest, ByteOrderMarks) {
  size_t len = 9;
  EXPECT_EQ(FromByteOrderMark("\xEF\xBB\xBFhi", &len), TextEncoding::kUtf8);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(FromByteOrderMark("\xFF\xFEh\x00", &len), TextEncoding::kUtf16le);
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(FromByteOrderMark("\xFE\xFF\x00h", &len), TextEncoding::kUtf16be);
  EXPECT_EQ(FromByteOrderMark("hello", &len), TextEncoding::kAuto);
  EXPECT_EQ(len, 0u);
}

TEST(TextEncodingTest, ChoosesGb18030OnlyForTextUtf8CannotRead) {
  // "客户张三的手机" in GBK, in UTF-8, and UTF-8 with one byte damaged.
  const std::string gbk = "\xBF\xCD\xBB\xA7\xD5\xC5\xC8\xFD\xB5\xC4\xCA\xD6\xBB\xFA 13800138000\n";
  const std::string utf8 = "客户张三的手机 13800138000\n";
  std::string damaged = utf8 + utf8 + utf8 + utf8;
  damaged[4] = '\xFF';
  EXPECT_TRUE(LooksLikeGb18030(gbk));
  EXPECT_FALSE(LooksLikeGb18030(utf8));  // also well-formed GB18030, but valid UTF-8
  EXPECT_FALSE(LooksLikeGb18030(damaged));
  EXPECT_FALSE(LooksLikeGb18030("plain ascii 13800138000\n"));
  // Latin-1 text is neither: its accented letters start no GB18030 sequence.
  EXPECT_FALSE(LooksLikeGb18030("caf\xE9 cr\xE8me br\xFBl\xE9" "e, na\xEFve r\xE9sum\xE9\n"));
  // A GBK export with one stray byte is still GBK.
  EXPECT_TRUE(LooksLikeGb18030(gbk + gbk + gbk + "\x81\xFF\n" + gbk + gbk));
}

// Encoding is decoding's inverse on every GB18030 character (all two-byte forms, all BMP
// four-byte forms, the supplementary planes' ends) and on UTF-16 with surrogate pairs: what
// redact writes back is byte for byte the input where it did not change anything.
TEST(TextEncodingTest, EncodeInvertsDecodeOnEveryCharacter) {
  size_t characters = 0;
  auto round_trip = [&](TextEncoding e, const std::string& in) {
    Decoded d = DecodeText(e, in);
    if (d.result.invalid) return;  // unassigned: nothing to write back
    ++characters;
    std::string back;
    EXPECT_EQ(EncodeFromUtf8(e, d.text, &back), 0u);
    EXPECT_EQ(back, in) << d.text;
  };
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail)
      if (trail != 0x7F)
        round_trip(TextEncoding::kGb18030,
                   {static_cast<char>(lead), static_cast<char>(trail)});
  for (unsigned linear = 0; linear < 39420; ++linear)
    round_trip(TextEncoding::kGb18030,
               {static_cast<char>(0x81 + linear / 12600), static_cast<char>(0x30 + linear / 1260 % 10),
                static_cast<char>(0x81 + linear / 10 % 126), static_cast<char>(0x30 + linear % 10)});
  round_trip(TextEncoding::kGb18030, "\x90\x30\x81\x30\xE3\x32\x9A\x35 ascii");
  EXPECT_GT(characters, 60000u);
  round_trip(TextEncoding::kUtf16le, std::string("A\x00\x2D\x4E\x3D\xD8\x00\xDE", 8));
  round_trip(TextEncoding::kUtf16be, std::string("\x00" "A\x4E\x2D\xD8\x3D\xDE\x00", 8));
  // Invalid UTF-8 is written as U+FFFD, and counted.
  std::string out;
  EXPECT_EQ(EncodeFromUtf8(TextEncoding::kGb18030, "a\xFF" "b", &out), 1u);
  EXPECT_EQ(out, "a\x84\x31\xA4\x37" "b");
}

// Big5 with HKSCS, against Python's big5hkscs codec: Big5 proper (中文, 陳大文, the
// ideographic space A140), HKSCS's own rows (8840, FE40) and a character past the BMP
// (FA40 is U+20547).
TEST(TextEncodingTest, Big5PublishedCodePoints) {
  ASSERT_TRUE(Big5Available());
  const std::pair<std::string, std::string> cases[] = {
      {"\xA4\xA4\xA4\xE5", "中文"},
      {"\xB3\xAF\xA4\x6A\xA4\xE5", "陳大文"},
      {"\xAD\xBB\xB4\xE4\xA4\x45\xC0\x73", "香港九龍"},
      {"\xA8\xAD\xA5\xF7\xC3\xD2", "身份證"},
      {"\xA1\x40", "\u3000"},
      {"\x88\x40", "\u31C0"},
      {"\xFE\x40", "\u9442"},
      {"\xFA\x40", "\U00020547"},
  };
  for (const auto& [in, want] : cases) {
    Decoded d = DecodeText(TextEncoding::kBig5, in);
    EXPECT_EQ(d.text, want);
    EXPECT_EQ(d.result.invalid, 0u);
    ExpectWellFormed(in, d);
  }
  // The map points at each character's first byte; a second byte in 0x40-0x7E (the 6A of
  // 大, the 40 of 一) is never read as ASCII.
  const std::string in = "id=\xB3\xAF\xA4\x6A \xA4\x40@x";
  Decoded d = DecodeText(TextEncoding::kBig5, in);
  ASSERT_EQ(d.text, "id=陳大 一@x");
  EXPECT_EQ(d.map[d.text.find("大")], 5u);
  EXPECT_EQ(d.map[d.text.find("@")], 10u);
}

TEST(TextEncodingTest, Big5BadBytesBecomeReplacementsAndNothingAfterIsLost) {
  // 0x80 and 0xFF lead nothing; a lead before a byte that is no trail (a blank, 0x7F, 0xA0)
  // is a stray byte and what follows is kept; A3E1 is an unassigned pair; a lead at the end.
  const std::string in = "a\x80" "b\xFF" "c\xA4" " d\xA4\x7F" "e\xA3\xE1" "f\xA4";
  Decoded d = DecodeText(TextEncoding::kBig5, in);
  EXPECT_EQ(d.text, "a\uFFFDb\uFFFDc\uFFFD d\uFFFD\x7F" "e\uFFFDf\uFFFD");
  EXPECT_EQ(d.result.invalid, 6u);
  EXPECT_EQ(d.result.first_invalid, 1u);
  ExpectWellFormed(in, d);
}

// Traditional Chinese in Big5 reads as GBK too; the second bytes tell them apart.
TEST(TextEncodingTest, TellsBig5FromGbk) {
  const std::string big5 = "\xAB\xC8\xA4\xE1\xB3\xAF\xA4\x6A\xA4\xE5\xAA\xBA\xA4\xE2\xBE\xF7 13800138000\n";  // 客戶陳大文的手機
  const std::string gbk = "\xBF\xCD\xBB\xA7\xD5\xC5\xC8\xFD\xB5\xC4\xCA\xD6\xBB\xFA 13800138000\n";
  EXPECT_TRUE(LooksLikeGb18030(big5));
  EXPECT_TRUE(LooksLikeBig5(big5));
  EXPECT_FALSE(LooksLikeBig5(gbk));
  EXPECT_EQ(DecodeText(TextEncoding::kBig5, big5).text, "客戶陳大文的手機 13800138000\n");
}

// Encoding inverts decoding on every assigned Big5 pair but the few that HKSCS maps to a
// character another pair has already (the first pair is written).
TEST(TextEncodingTest, Big5EncodeInvertsDecode) {
  size_t characters = 0, duplicates = 0;
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      if ((trail > 0x7E && trail < 0xA1)) continue;
      const std::string in = {static_cast<char>(lead), static_cast<char>(trail)};
      Decoded d = DecodeText(TextEncoding::kBig5, in);
      if (d.result.invalid) continue;
      ++characters;
      std::string back;
      EXPECT_EQ(EncodeFromUtf8(TextEncoding::kBig5, d.text, &back), 0u);
      if (back != in) {
        ++duplicates;
        EXPECT_EQ(DecodeText(TextEncoding::kBig5, back).text, d.text);  // same character
      }
    }
  EXPECT_GT(characters, 17000u);
  EXPECT_LT(duplicates, 200u);
  // A character Big5 has no form for (simplified 陈) is written as '?'.
  std::string out;
  EncodeFromUtf8(TextEncoding::kBig5, "陈x", &out);
  EXPECT_EQ(out, "?x");
}

// The SIMD test against a byte-by-byte one, a byte >= 0x80 at every position of every length.
TEST(TextEncodingTest, IsAsciiAtEveryPosition) {
  for (size_t n = 0; n < 300; ++n) {
    std::string s(n, 'a');
    ASSERT_TRUE(IsAscii(s)) << n;
    for (size_t at = 0; at < n; ++at) {
      s[at] = static_cast<char>(0x80 + (at % 128));
      ASSERT_FALSE(IsAscii(s)) << n << " " << at;
      s[at] = static_cast<char>(at % 128);
    }
    ASSERT_TRUE(IsAscii(s)) << n;
  }
}

TEST(TextEncodingTest, NamesParseBothWays) {
  for (auto e : {TextEncoding::kAuto, TextEncoding::kUtf8, TextEncoding::kGb18030,
                 TextEncoding::kUtf16le, TextEncoding::kUtf16be, TextEncoding::kBig5})
    EXPECT_EQ(ParseTextEncoding(TextEncodingName(e)), e);
  EXPECT_EQ(ParseTextEncoding("GBK"), TextEncoding::kGb18030);
  EXPECT_EQ(ParseTextEncoding("gb2312"), TextEncoding::kGb18030);
  EXPECT_EQ(ParseTextEncoding("UTF8"), TextEncoding::kUtf8);
  EXPECT_EQ(ParseTextEncoding("Big5-HKSCS"), TextEncoding::kBig5);
  EXPECT_EQ(ParseTextEncoding("cp950"), TextEncoding::kBig5);
  EXPECT_FALSE(ParseTextEncoding("latin1"));
}

// Random bytes, biased towards GB18030's byte ranges: whatever comes in, the output is valid
// UTF-8 and the map keeps its contract.
TEST(TextEncodingTest, RandomBytesKeepTheContract) {
  std::mt19937 rng(7);
  const unsigned char pool[] = {0x00, 0x0A, 0x20, 0x30, 0x35, 0x39, 0x40, 0x7E, 0x7F,
                                0x80, 0x81, 0x84, 0x90, 0xA1, 0xD5, 0xE3, 0xFE, 0xFF};
  for (int round = 0; round < 2000; ++round) {
    std::string in(rng() % 40, '\0');
    for (char& c : in) c = static_cast<char>(pool[rng() % sizeof pool]);
    for (auto e : {TextEncoding::kGb18030, TextEncoding::kUtf16le, TextEncoding::kUtf16be}) {
      Decoded d = DecodeText(e, in);
      ExpectWellFormed(in, d);
      if (::testing::Test::HasFailure()) return;
    }
  }
}

}  // namespace
}  // namespace piguard::encoding
