#include "core/utf8.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace piguard::utf8 {

void Append(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
// A %XX escape worth decoding: printable ASCII other than space, or a UTF-8 byte.
int PercentByte(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return -1;
  int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
  if (hi < 0 || lo < 0) return -1;
  int b = hi * 16 + lo;
  return b > 0x20 && b != 0x7F ? b : -1;
}
// Chinese numerals as spoken in call transcripts: 零〇一二三四五六七八九, 幺 (one), 两 (two).
int ChineseDigit(uint32_t cp) {
  switch (cp) {
    case 0x96F6: case 0x3007: return 0;
    case 0x4E00: case 0x5E7A: return 1;
    case 0x4E8C: case 0x4E24: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
  }
}

// Byte length of a run of at least seven spoken digits at s[i] (single spaces or dashes may
// separate groups: "幺三九 幺二三四 五六七八"), or 0. Shorter runs are ordinary words
// (一五一十, 三三两两) and stay as they are.
size_t SpokenDigitRun(std::string_view s, size_t i) {
  size_t p = i, end = i;
  int digits = 0;
  while (p < s.size()) {
    int len = 0;
    uint32_t cp = Decode(s, p, &len);
    if (ChineseDigit(cp) >= 0) {
      ++digits;
      p += static_cast<size_t>(len);
      end = p;
      continue;
    }
    if ((s[p] == ' ' || s[p] == '-') && digits > 0 && p + 1 < s.size()) {
      int l2 = 0;
      if (ChineseDigit(Decode(s, p + 1, &l2)) >= 0) {
        ++p;
        continue;
      }
    }
    break;
  }
  return digits >= 7 ? end - i : 0;
}

bool HasSpokenDigitRun(std::string_view s) {
  // Every mobile, ID or card number spoken this way contains 一 or 幺; landlines start with
  // 零 or 〇 (E4 B8 80, E5 B9 BA, E9 9B B6, E3 80 87).
  for (std::string_view one : {std::string_view("\xE4\xB8\x80"), std::string_view("\xE5\xB9\xBA"),
                               std::string_view("\xE9\x9B\xB6"), std::string_view("\xE3\x80\x87")}) {
    for (size_t at = s.find(one); at != std::string_view::npos; at = s.find(one, at + 3)) {
      size_t start = at;  // the run may begin a few numerals earlier
      for (int k = 0; k < 12 && start >= 3; ++k) {
        int len = 0;
        if (ChineseDigit(Decode(s, start - 3, &len)) < 0 || len != 3) break;
        start -= 3;
      }
      if (SpokenDigitRun(s, start)) return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// Short values (CSV cells, JSON strings) without '%' or a byte >= 0xE3 need nothing: one pass
// is cheaper there than the searches below.
bool ShortAndPlain(std::string_view s) {
  if (s.size() > 256) return false;
  unsigned maybe = 0;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    maybe |= static_cast<unsigned>(c == '%') | static_cast<unsigned>(c >= 0xE3);
  }
  return !maybe;
}

// Full-width forms (U+FF01..U+FF5E: EF BC 81..BF / EF BD 80..9E), U+3000 (E3 80 80) or %XX.
bool HasWidthFormOrEscape(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const void* hit = std::memchr(p, 0xEF, static_cast<size_t>(end - p));
    if (!hit) break;
    const auto* q = static_cast<const unsigned char*>(hit);
    if (q + 2 < reinterpret_cast<const unsigned char*>(end) && (q[1] == 0xBC || q[1] == 0xBD))
      return true;
    p = reinterpret_cast<const char*>(q) + 1;
  }
  for (size_t i = s.find('%'); i != std::string_view::npos; i = s.find('%', i + 1))
    if (PercentByte(s, i) >= 0) return true;
  return std::memchr(s.data(), 0xE3, s.size()) != nullptr &&
         s.find("\xE3\x80\x80") != std::string_view::npos;
}

}  // namespace

bool MayNeedNormalization(std::string_view s) {
  return !ShortAndPlain(s) && (HasWidthFormOrEscape(s) || HasSpokenDigitRun(s));
}

bool NormalizeWidth(std::string_view in, std::string* out, std::vector<uint32_t>* map) {
  if (ShortAndPlain(in)) return false;
  // Spoken digits need a decode at every Chinese character; look for them only when the
  // text has a run at all (each check runs once).
  const bool spoken = HasSpokenDigitRun(in);
  if (!spoken && !HasWidthFormOrEscape(in)) return false;
  const size_t n = in.size();
  out->resize(n);  // the output is never longer than the input
  map->resize(n + 1);
  char* o = out->data();
  uint32_t* m = map->data();
  size_t k = 0;  // output length
  bool changed = false;
  auto special = [&](unsigned char c) {
    return c == '%' || c == 0xEF || c == 0xE3 || (spoken && c >= 0xE4 && c <= 0xE9);
  };
  size_t i = 0;
  while (i < n) {
    // Copy the stretch up to the next byte that may start something to rewrite.
    size_t j = i;
    while (j < n && !special(static_cast<unsigned char>(in[j]))) ++j;
    std::memcpy(o + k, in.data() + i, j - i);
    for (size_t q = i; q < j; ++q) m[k++] = static_cast<uint32_t>(q);
    i = j;
    if (i >= n) break;
    auto c = static_cast<unsigned char>(in[i]);
    if (c == '%') {
      int b = PercentByte(in, i);
      if (b >= 0) {  // URL-encoded byte: "%40" is '@', "%E7%BD%97" is 罗
        o[k] = static_cast<char>(b);
        m[k++] = static_cast<uint32_t>(i);
        changed = true;
        i += 3;
        continue;
      }
      o[k] = '%';
      m[k++] = static_cast<uint32_t>(i++);
      continue;
    }
    int len = 1;
    uint32_t cp = Decode(in, i, &len);
    if (spoken && ChineseDigit(cp) >= 0) {
      if (size_t run = SpokenDigitRun(in, i)) {  // 一三八零零一三八零零零 -> 13800138000
        size_t end = i + run;
        while (i < end) {
          int l = 1;
          int d = ChineseDigit(Decode(in, i, &l));
          o[k] = d >= 0 ? static_cast<char>('0' + d) : in[i];
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

size_t CountNewlines(std::string_view s) {
  size_t n = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // Per 16-byte lane, subtract the 0xFF compare masks into byte counters, then add the
  // counters up with SAD before they can overflow (at most 255 rounds).
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= s.size()) {
    __m128i acc = zero;
    size_t rounds = std::min<size_t>((s.size() - i) / 16, 255);
    for (size_t r = 0; r < rounds; ++r, i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, nl));
    }
    __m128i sums = _mm_sad_epu8(acc, zero);
    n += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
         static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < s.size(); ++i) n += s[i] == '\n';
  return n;
}

size_t FindInvalid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      // Skip ASCII eight bytes at a time.
      while (i + 8 <= s.size()) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
      }
      if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
      continue;
    }
    int len = 1;
    uint32_t cp = Decode(s, i, &len);
    if (cp == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace piguard::utf8
