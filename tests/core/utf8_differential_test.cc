// Differential tests for the chunk pre-passes in core/utf8: FindInvalid, SummarizeBytes,
// MayNeedNormalization and NormalizeWidth must give exactly what the straightforward
// implementations they replaced gave (kept below as the reference), on random texts built
// from the fragments that matter: full-width forms, U+3000, URL and \\x escapes, spoken numerals,
// invalid and truncated UTF-8, NUL bytes and newlines.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"

namespace piguard::utf8 {
namespace {

namespace reference {

size_t FindInvalid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int len = 1;
    uint32_t cp = Decode(s, i, &len);
    if (cp == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
int PercentByte(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return -1;
  int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
  if (hi < 0 || lo < 0) return -1;
  int b = hi * 16 + lo;
  return (b > 0x20 && b != 0x7F) || b == '\t' || b == '\n' || b == '\r' ? b : -1;
}
// nginx's \xXX: the same byte rules after the backslash.
int BackslashByte(std::string_view s, size_t i) {
  if (i + 1 >= s.size() || s[i + 1] != 'x') return -1;
  return PercentByte(s, i + 1);
}
// The byte the escape at in[i] ('%' or '\\') stands for, or -1: PercentByte's or
// BackslashByte's, and a byte beyond ASCII only when the escape right before or right after
// it (of the same kind, whatever it decodes to) stands for one too.
int EscapeValue(std::string_view in, size_t i) {
  const char c = in[i];
  const int b = c == '%' ? PercentByte(in, i) : BackslashByte(in, i);
  if (b < 0x80) return b;
  const size_t len = c == '%' ? 3 : 4;
  auto neighbour = [&](size_t j) {
    if (j + len > in.size() || in[j] != c) return -1;
    if (c == '\\' && in[j + 1] != 'x') return -1;
    const size_t h = c == '%' ? j + 1 : j + 2;
    if (HexValue(in[h]) < 0 || HexValue(in[h + 1]) < 0) return -1;
    return HexValue(in[h]) * 16 + HexValue(in[h + 1]);
  };
  const bool paired = neighbour(i + len) >= 0x80 || (i >= len && neighbour(i - len) >= 0x80);
  return paired ? b : -1;
}
// \\uXXXX of a code point from U+0080 up, not a surrogate: its UTF-8 bytes, or "".
std::string UnicodeEscape(std::string_view s, size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return "";
  uint32_t cp = 0;
  for (size_t k = 2; k < 6; ++k) {
    if (HexValue(s[i + k]) < 0) return "";
    cp = cp * 16 + static_cast<uint32_t>(HexValue(s[i + k]));
  }
  if (cp < 0x80 || (cp >= 0xD800 && cp <= 0xDFFF)) return "";
  std::string out;
  if (cp < 0x800) {
    out += static_cast<char>(0xC0 + cp / 64);
  } else {
    out += static_cast<char>(0xE0 + cp / 4096);
    out += static_cast<char>(0x80 + cp / 64 % 64);
  }
  out += static_cast<char>(0x80 + cp % 64);
  return out;
}
int ChineseDigit(uint32_t cp) {
  switch (cp) {
    case 0x96F6: case 0x3007: case 0x6D1E: return 0;
    case 0x4E00: case 0x5E7A: return 1;
    case 0x4E8C: case 0x4E24: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: case 0x62D0: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
  }
}
// A digit of a run: a Chinese numeral or an ASCII digit; its byte length in *len.
bool RunDigit(std::string_view s, size_t p, int* len, bool* spoken) {
  *len = 1;
  *spoken = false;
  if (p >= s.size()) return false;
  if (s[p] >= '0' && s[p] <= '9') return true;
  *spoken = ChineseDigit(Decode(s, p, len)) >= 0;
  return *spoken;
}
// A separator between groups: ' ', '-', ',', '，' or '、', the last three maybe followed by
// one space.
size_t RunSeparator(std::string_view s, size_t p) {
  if (s[p] == ' ' || s[p] == '-') return 1;
  size_t n = 0;
  if (s[p] == ',') n = 1;
  if (s.substr(p, 3) == "\xEF\xBC\x8C" || s.substr(p, 3) == "\xE3\x80\x81") n = 3;
  if (n && p + n < s.size() && s[p + n] == ' ') ++n;
  return n;
}
size_t SpokenDigitRun(std::string_view s, size_t i) {
  size_t p = i, end = i;
  int digits = 0, spoken_digits = 0;
  while (p < s.size()) {
    int len = 0;
    bool spoken = false;
    if (RunDigit(s, p, &len, &spoken)) {
      ++digits;
      spoken_digits += spoken;
      p += static_cast<size_t>(len);
      end = p;
      continue;
    }
    const size_t sep = digits > 0 ? RunSeparator(s, p) : 0;
    int l2 = 0;
    bool sp2 = false;
    if (sep && RunDigit(s, p + sep, &l2, &sp2)) {
      p += sep;
      continue;
    }
    break;
  }
  return digits >= 7 && spoken_digits >= 3 ? end - i : 0;
}
bool HasSpokenDigitRun(std::string_view s) {
  for (std::string_view one : {std::string_view("\xE4\xB8\x80"), std::string_view("\xE5\xB9\xBA"),
                               std::string_view("\xE9\x9B\xB6"), std::string_view("\xE3\x80\x87")}) {
    for (size_t at = s.find(one); at != std::string_view::npos; at = s.find(one, at + 3)) {
      // Back over numerals, ASCII digits and separators (24 at most), then a run from any
      // code point between there and the seed.
      size_t start = at;
      for (int k = 0; k < 24 && start > 0; ++k) {
        const char c = s[start - 1];
        if ((c >= '0' && c <= '9') || c == ' ' || c == '-' || c == ',') {
          --start;
          continue;
        }
        int len = 0;
        if (start >= 3 && ((ChineseDigit(Decode(s, start - 3, &len)) >= 0 && len == 3) ||
                           s.substr(start - 3, 3) == "\xEF\xBC\x8C" ||
                           s.substr(start - 3, 3) == "\xE3\x80\x81")) {
          start -= 3;
          continue;
        }
        break;
      }
      for (size_t p = start; p <= at; ++p)
        if (SpokenDigitRun(s, p)) return true;
    }
  }
  return false;
}
bool ShortAndPlain(std::string_view s) {
  if (s.size() > 256) return false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '%' || c == '\\' || c >= 0xE3) return false;
  }
  return true;
}
bool HasWidthFormOrEscape(std::string_view s) {
  for (size_t q = 0; q < s.size(); ++q)
    if (static_cast<unsigned char>(s[q]) == 0xEF && q + 2 < s.size() &&
        (static_cast<unsigned char>(s[q + 1]) == 0xBC || static_cast<unsigned char>(s[q + 1]) == 0xBD))
      return true;
  for (size_t i = s.find('%'); i != std::string_view::npos; i = s.find('%', i + 1))
    if (EscapeValue(s, i) >= 0) return true;
  for (size_t i = s.find('\\'); i != std::string_view::npos; i = s.find('\\', i + 1))
    if (EscapeValue(s, i) >= 0 || !UnicodeEscape(s, i).empty()) return true;
  return s.find("\xE3\x80\x80") != std::string_view::npos;
}
bool MayNeedNormalization(std::string_view s) {
  return !ShortAndPlain(s) && (HasWidthFormOrEscape(s) || HasSpokenDigitRun(s));
}
bool NormalizeWidth(std::string_view in, std::string* out, std::vector<uint32_t>* map) {
  if (ShortAndPlain(in)) return false;
  const bool spoken = HasSpokenDigitRun(in);
  if (!spoken && !HasWidthFormOrEscape(in)) return false;
  const size_t n = in.size();
  out->resize(n);
  map->resize(n + 1);
  char* o = out->data();
  uint32_t* m = map->data();
  size_t k = 0;
  bool changed = false;
  auto special = [&](unsigned char c) {
    return c == '%' || c == '\\' || c == 0xEF || c == 0xE3 || (spoken && c >= 0xE4 && c <= 0xE9);
  };
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !special(static_cast<unsigned char>(in[j]))) ++j;
    std::memcpy(o + k, in.data() + i, j - i);
    for (size_t q = i; q < j; ++q) m[k++] = static_cast<uint32_t>(q);
    i = j;
    if (i >= n) break;
    auto c = static_cast<unsigned char>(in[i]);
    if (const std::string u = c == '\\' ? UnicodeEscape(in, i) : ""; !u.empty()) {
      for (char b : u) {
        o[k] = b;
        m[k++] = static_cast<uint32_t>(i);
      }
      changed = true;
      i += 6;
      continue;
    }
    if (c == '%' || c == '\\') {
      const int b = EscapeValue(in, i);
      if (b >= 0) {
        o[k] = static_cast<char>(b);
        m[k++] = static_cast<uint32_t>(i);
        changed = true;
        i += c == '%' ? 3 : 4;
        continue;
      }
      o[k] = static_cast<char>(c);
      m[k++] = static_cast<uint32_t>(i++);
      continue;
    }
    int len = 1;
    uint32_t cp = Decode(in, i, &len);
    if (spoken && ChineseDigit(cp) >= 0) {
      if (size_t run = SpokenDigitRun(in, i)) {
        size_t end = i + run;
        while (i < end) {
          int l = 1;
          int d = ChineseDigit(Decode(in, i, &l));
          o[k] = d >= 0 ? static_cast<char>('0' + d) : l == 3 ? ',' : in[i];
          m[k++] = static_cast<uint32_t>(i);
          i += static_cast<size_t>(l);
        }
        changed = true;
        continue;
      }
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      o[k] = static_cast<char>(cp - 0xFF01 + 0x21);
      m[k++] = static_cast<uint32_t>(i);
      changed = true;
    } else if (cp == 0x3000) {
      o[k] = ' ';
      m[k++] = static_cast<uint32_t>(i);
      changed = true;
    } else {
      for (int q = 0; q < len; ++q) {
        o[k] = in[i + q];
        m[k++] = static_cast<uint32_t>(i + q);
      }
    }
    i += static_cast<size_t>(len);
  }
  m[k] = static_cast<uint32_t>(n);
  out->resize(k);
  map->resize(k + 1);
  return changed;
}

}  // namespace reference

// Pieces of text that exercise every rule: plain ASCII, escapes (decodable or not), the
// full-width range and its neighbours, U+3000, spoken numerals and other Chinese
// characters, invalid, overlong, surrogate and truncated sequences, NUL and newlines.
const std::vector<std::string>& Fragments() {
  static const std::vector<std::string> k = {
      "a", "Z", "0", "9", " ", "-", "\n", "\r\n", std::string(1, '\0'), "call 138 ", "id=",
      "%", "%4", "%40", "%E7%BD%97", "%20", "%7F", "%7E", "%zz", "%%41", "%0A", "%B6", "%E7",
      "%BD", "%C0%80", "%F5%80", "\\xB6",
      "\\", "\\x", "\\x2", "\\x22", "\\xE7\\xBD\\x97", "\\x20", "\\x7f", "\\xzz", "\\\\x41",
      "\\%41", "%\\x41", "x22", "\\u5510", "\\u777f", "\\u00e9", "\\u0041", "\\ud83d",
      "\\u55", "\\uZZZZ", "\\\\u5510", "u5510",
      "\xEF\xBC\x91", "\xEF\xBC\xA1", "\xEF\xBD\x9A", "\xEF\xBD\x9E", "\xEF\xBD\x9F", "\xEF\xBC\x80",
      "\xEF\xBC", "\xEF", "\xEF\xBF\xBD", "\xEF\xBC\x41", "\xE3\x80\x80", "\xE3\x80", "\xE3\x80\x81",
      "\xE3\x80\x87", "\xE9\x9B\xB6", "\xE4\xB8\x80", "\xE5\xB9\xBA", "\xE4\xBA\x8C", "\xE4\xB8\xA4",
      "\xE4\xB8\x89", "\xE5\x9B\x9B", "\xE4\xBA\x94", "\xE5\x85\xAD", "\xE4\xB8\x83", "\xE5\x85\xAB",
      "\xE4\xB9\x9D", "\xE4\xB8\xAD", "\xE5\x9B\xBD", "\xE9\x9B\xB7", "\xE4\xB8\x81", "\xC3\xA9",
      "\xF0\x9F\x98\x80", "\x80", "\xBF", "\xC0\xAF", "\xC2", "\xE0\x80\x80", "\xED\xA0\x80",
      "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xF0\x9F\x98", "\xE4\xB8"};
  return k;
}

// A spoken-number-like run: seven or more numerals with optional single separators.
std::string SpokenRun(std::mt19937_64& rng) {
  static const char* kNumerals[] = {"\xE4\xB8\x80", "\xE5\xB9\xBA", "\xE4\xBA\x8C", "\xE4\xB8\x89",
                                    "\xE5\x9B\x9B", "\xE4\xBA\x94", "\xE5\x85\xAD", "\xE4\xB8\x83",
                                    "\xE5\x85\xAB", "\xE4\xB9\x9D", "\xE9\x9B\xB6", "\xE3\x80\x87"};
  // Separators as transcripts write a number's pauses, and ASCII digits among the numerals.
  static const char* kSeparators[] = {" ", "-", ",", ", ", "\xEF\xBC\x8C", "\xE3\x80\x81",
                                      "\xE3\x80\x81 "};
  std::string s;
  size_t count = 5 + rng() % 10;
  for (size_t i = 0; i < count; ++i) {
    if (rng() % 5 == 0) s += static_cast<char>('0' + rng() % 10);
    else if (rng() % 20 == 0) s += "\xE6\xB4\x9E";  // 洞
    else s += kNumerals[rng() % 12];
    if (rng() % 6 == 0) s += kSeparators[rng() % std::size(kSeparators)];
  }
  return s;
}

std::string RandomText(std::mt19937_64& rng, size_t target) {
  const auto& frags = Fragments();
  std::string s;
  const bool mostly_ascii = rng() % 2;
  while (s.size() < target) {
    if (rng() % 40 == 0) s += SpokenRun(rng);
    else if (mostly_ascii && rng() % 4 != 0) s += static_cast<char>('a' + rng() % 26);
    else s += frags[rng() % frags.size()];
  }
  return s;
}

size_t RandomLength(std::mt19937_64& rng) {
  switch (rng() % 4) {
    case 0: return rng() % 20;
    case 1: return 240 + rng() % 30;  // around the 256-byte short-value limit
    case 2: return rng() % 300;
    default: return rng() % 5000;
  }
}

TEST(Utf8DifferentialTest, NormalizationAgreesWithReference) {
  std::mt19937_64 rng(3000);
  int changed = 0;
  for (int i = 0; i < 40000; ++i) {
    std::string s = RandomText(rng, RandomLength(rng));
    if (rng() % 3 == 0) s.resize(rng() % (s.size() + 1));  // cut anywhere, even mid-sequence
    SCOPED_TRACE(i);
    ASSERT_EQ(MayNeedNormalization(s), reference::MayNeedNormalization(s));
    std::string out1 = "x", out2 = "x";
    std::vector<uint32_t> map1 = {7}, map2 = {7};
    const bool r1 = NormalizeWidth(s, &out1, &map1);
    const bool r2 = reference::NormalizeWidth(s, &out2, &map2);
    ASSERT_EQ(r1, r2);
    ASSERT_EQ(out1, out2);
    ASSERT_EQ(map1, map2);
    changed += r1;
  }
  EXPECT_GT(changed, 10000);  // the texts reach the rewriting paths, not only the exits
}

TEST(Utf8DifferentialTest, NormalizationOfSingleFragmentsAndPairsAgrees) {
  const auto& frags = Fragments();
  for (const std::string& a : frags)
    for (const std::string& b : frags)
      for (const std::string& pad : {std::string(), std::string(20, 'x')}) {
        std::string s = pad + a + b;
        std::string out1, out2;
        std::vector<uint32_t> map1, map2;
        SCOPED_TRACE(s.size());
        ASSERT_EQ(MayNeedNormalization(s), reference::MayNeedNormalization(s));
        ASSERT_EQ(NormalizeWidth(s, &out1, &map1), reference::NormalizeWidth(s, &out2, &map2));
        ASSERT_EQ(out1, out2);
        ASSERT_EQ(map1, map2);
      }
}

// Chinese chat text: nearly every 16-byte block has bytes >= 0xE3, full-width punctuation
// and U+3000 are frequent, 一 appears in ordinary words, and a spoken number only now and
// then, so candidates fall at every offset of the SIMD blocks and near their ends.
TEST(Utf8DifferentialTest, NormalizationOfChineseTextAgrees) {
  static const char* kPieces[] = {
      "\xE5\xAE\xA2\xE6\x88\xB7",  // 客户
      "\xEF\xBC\x9A",              // ：
      "\xEF\xBC\x8C",              // ，
      "\xE3\x80\x82",              // 。
      "\xE3\x80\x81",              // 、
      "\xE3\x80\x80",              // U+3000
      "\xE4\xB8\x80\xE4\xB8\x8B",  // 一下
      "\xE4\xB8\x8D",              // 不
      "\xE5\x8F\xB7",              // 号
      "\xEF\xBC\x91\xEF\xBC\x93\xEF\xBC\x98",  // １３８
      "\xEF\xBD\x9F", "%41", "%", "138", " ", "-"};
  std::mt19937_64 rng(516);
  int changed = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const size_t target = rng() % 400;
    while (s.size() < target) {
      if (rng() % 60 == 0) s += SpokenRun(rng);
      else s += kPieces[rng() % std::size(kPieces)];
    }
    if (rng() % 4 == 0) s.resize(rng() % (s.size() + 1));
    SCOPED_TRACE(i);
    ASSERT_EQ(MayNeedNormalization(s), reference::MayNeedNormalization(s));
    std::string out1 = "x", out2 = "x";
    std::vector<uint32_t> map1 = {7}, map2 = {7};
    const bool r1 = NormalizeWidth(s, &out1, &map1);
    ASSERT_EQ(r1, reference::NormalizeWidth(s, &out2, &map2));
    ASSERT_EQ(out1, out2);
    ASSERT_EQ(map1, map2);
    changed += r1;
  }
  EXPECT_GT(changed, 15000);
}

TEST(Utf8DifferentialTest, FindInvalidAgreesWithReference) {
  std::mt19937_64 rng(8);
  for (int i = 0; i < 20000; ++i) {
    std::string s = RandomText(rng, RandomLength(rng));
    if (rng() % 2) {  // mostly valid text: keep only valid fragments' bytes around one flaw
      s.clear();
      while (s.size() < 300) s += "ok \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 ";
      s.insert(rng() % s.size(), Fragments()[rng() % Fragments().size()]);
    }
    ASSERT_EQ(FindInvalid(s), reference::FindInvalid(s)) << i;
  }
}

TEST(Utf8DifferentialTest, FindInvalidAcrossValidationBlocks) {
  // Large valid texts with one flaw near the 64 KiB block boundaries (or none): the first
  // offset must not depend on where the blocks are cut.
  const std::string unit = "\xE4\xB8\xAD\xF0\x9F\x98\x80" "ab\xC3\xA9";  // 3+4+2+2 bytes
  std::string valid;
  while (valid.size() < 200 * 1024) valid += unit;
  EXPECT_EQ(FindInvalid(valid), std::string_view::npos);
  std::mt19937_64 rng(64);
  for (size_t boundary : {size_t{64} * 1024, size_t{128} * 1024, size_t{192} * 1024}) {
    for (long delta = -5; delta <= 5; ++delta) {
      for (const char* flaw : {"\x80", "\xFF", "\xE4\xB8", "\xC0\xAF", "\xED\xA0\x80", "\xF0\x9F\x98"}) {
        std::string s = valid;
        size_t at = static_cast<size_t>(static_cast<long>(boundary) + delta);
        s.insert(at, flaw);
        ASSERT_EQ(FindInvalid(s), reference::FindInvalid(s)) << boundary << " " << delta;
        s.resize(at + std::strlen(flaw) + rng() % 8);  // the flaw near the end, too
        ASSERT_EQ(FindInvalid(s), reference::FindInvalid(s)) << boundary << " " << delta;
      }
    }
  }
}

TEST(Utf8DifferentialTest, SummarizeBytesAgreesWithPlainLoops) {
  std::mt19937_64 rng(77);
  for (int i = 0; i < 4000; ++i) {
    std::string s = RandomText(rng, RandomLength(rng) * (rng() % 4 == 0 ? 20 : 1));
    if (rng() % 2) {  // often pure ASCII without NUL, so that neither is found
      for (char& c : s)
        if (c == '\0' || static_cast<unsigned char>(c) >= 0x80) c = 'q';
      if (!s.empty() && rng() % 2) s[rng() % s.size()] = static_cast<char>(rng() % 2 ? 0 : 0xC3);
    }
    const ByteSummary got = SummarizeBytes(s);
    ASSERT_EQ(got.newlines, static_cast<size_t>(std::count(s.begin(), s.end(), '\n'))) << i;
    ASSERT_EQ(got.newlines, CountNewlines(s));
    ASSERT_EQ(got.first_nul, s.find('\0')) << i;
    auto high = std::find_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    ASSERT_EQ(got.first_non_ascii, high == s.end() ? std::string::npos : static_cast<size_t>(high - s.begin())) << i;
  }
}

// Every variant of the chunk passes this CPU runs (SSE2, AVX2) gives what the plain loops
// give: on long texts (several counter groups) with the first NUL and non-ASCII byte at any
// offset, or none.
TEST(Utf8DifferentialTest, PassKernelsAgreeWithPlainLoops) {
  const std::vector<PassKernels> kernels = PassKernelVariants();
  ASSERT_GE(kernels.size(), 2u);
  ASSERT_STREQ(kernels[0].name, "plain");
  std::mt19937_64 rng(128);
  for (int i = 0; i < 3000; ++i) {
    const size_t size = rng() % 4 == 0 ? 8000 + rng() % 40000 : rng() % 700;
    std::string s(size, 'q');
    const unsigned density = 1 + rng() % 200;
    for (char& c : s)
      if (rng() % density == 0) c = rng() % 3 ? '\n' : static_cast<char>('a' + rng() % 26);
    for (int k = rng() % 3; k > 0 && !s.empty(); --k) {  // a few special bytes, or none
      static const char kSpecial[] = {'\0', '%', '\x80', '\xC3', '\xE2', '\xE3', '\xFF', '\x7F', '$'};
      s[rng() % s.size()] = kSpecial[rng() % std::size(kSpecial)];
    }
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const size_t nl = static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
    const size_t nul = s.find('\0');
    const auto high = std::find_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const size_t first_high = high == s.end() ? std::string::npos : static_cast<size_t>(high - s.begin());
    for (const PassKernels& k : kernels) {
      SCOPED_TRACE(k.name);
      const ByteSummary got = k.summarize(s);
      ASSERT_EQ(got.newlines, nl) << i;
      ASSERT_EQ(got.first_nul, nul) << i;
      ASSERT_EQ(got.first_non_ascii, first_high) << i;
      for (size_t from : {size_t{0}, static_cast<size_t>(rng() % (s.size() + 1))}) {
        // The reference: the first 64-byte block from `from` (within the limit) with a start.
        size_t want = from;
        for (; want + 66 <= s.size(); want += 64)
          if (std::any_of(u + want, u + want + 64, [](unsigned char c) { return c == '%' || c >= 0xE3; }))
            break;
        ASSERT_EQ(k.next_start_block(s.data(), from, s.size()), want) << i << " from " << from;
      }
    }
  }
}

TEST(Utf8DifferentialTest, SummarizeBytesCountsPastTheCounterLimit) {
  // More than 255 newlines per byte lane before the counters are added up.
  std::string s(64 * 300 + 7, '\n');
  s[64 * 200 + 3] = '\0';
  s[64 * 250 + 9] = '\xE4';
  const ByteSummary got = SummarizeBytes(s);
  EXPECT_EQ(got.newlines, s.size() - 2);
  EXPECT_EQ(got.first_nul, 64u * 200 + 3);
  EXPECT_EQ(got.first_non_ascii, 64u * 250 + 9);
  for (const PassKernels& k : PassKernelVariants()) {
    const ByteSummary v = k.summarize(s);
    EXPECT_EQ(v.newlines, s.size() - 2) << k.name;
    EXPECT_EQ(v.first_nul, 64u * 200 + 3) << k.name;
    EXPECT_EQ(v.first_non_ascii, 64u * 250 + 9) << k.name;
  }
}

}  // namespace
}  // namespace piguard::utf8
