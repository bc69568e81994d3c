#include "core/utf8.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <simdjson.h>

namespace piguard::utf8 {

std::string EscapeControls(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  auto hex = [](std::string* out, unsigned char c) {
    *out += "\\x";
    *out += kHex[c >> 4];
    *out += kHex[c & 15];
  };
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      hex(&out, c);
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      hex(&out, c);  // U+0080..U+009F
      hex(&out, static_cast<unsigned char>(s[++i]));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

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
// A %XX escape worth decoding: printable ASCII other than space, a UTF-8 byte, or a tab or
// line break (%09, %0A, %0D: the fields and lines of a form-encoded upload, which would
// otherwise join the digits after them: "%0913723057729"). Lines are still counted in the
// raw text.
int PercentByte(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return -1;
  int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
  if (hi < 0 || lo < 0) return -1;
  int b = hi * 16 + lo;
  return (b > 0x20 && b != 0x7F) || b == 0x09 || b == 0x0A || b == 0x0D ? b : -1;
}
// The same for a \xXX escape at s[i], as nginx writes a request body's quotes and every byte
// of its Chinese text into an access log ({\x22name\x22:\x22\xE7\x8E\x8B...).
int BackslashByte(std::string_view s, size_t i) {
  if (i + 3 >= s.size() || s[i + 1] != 'x') return -1;
  return PercentByte(s, i + 1);
}
// A JSON or JavaScript \\uXXXX escape at s[i] of a character outside ASCII (a log that
// holds a request's JSON as written: {"custName":"\\u5510\\u777f"}): its UTF-8 bytes in
// out[0..2] and their count (2 or 3), or 0. Surrogates (characters beyond the BMP, written
// as two escapes) are left as they are.
int UnicodeEscape(std::string_view s, size_t i, char out[3]) {
  if (i + 5 >= s.size() || s[i] != '\\' || s[i + 1] != 'u') return 0;
  uint32_t cp = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int h = HexValue(s[k]);
    if (h < 0) return 0;
    cp = cp * 16 + static_cast<uint32_t>(h);
  }
  if (cp < 0x80 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  out[0] = static_cast<char>(0xE0 | (cp >> 12));
  out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[2] = static_cast<char>(0x80 | (cp & 0x3F));
  return 3;
}
// The value of an escape of the same kind as the one at s[i] ('%XX' or '\\xXX') starting
// at s[j], whatever it is, or -1 when there is none there.
int SameKindEscapeValue(std::string_view s, size_t i, size_t j) {
  const size_t hex = s[i] == '%' ? j + 1 : j + 2;
  if (hex + 1 >= s.size() || s[j] != s[i] || (s[i] == '\\' && s[j + 1] != 'x')) return -1;
  const int hi = HexValue(s[hex]), lo = HexValue(s[hex + 1]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

// The byte an escape at s[i] ('%' or '\\') decodes to and its length, or -1. A byte beyond
// ASCII is decoded only next to another such escape, as every character of UTF-8 or GBK
// beyond ASCII is written (%E7%BD%97, %C9%CF): a lone one is no character. A card's magnetic
// track starts "%B6222..." (format code B, then the card number), and its digits stay digits.
int EscapeByte(std::string_view s, size_t i, size_t* len) {
  int b;
  if (s[i] == '%') {
    *len = 3;
    b = PercentByte(s, i);
  } else {
    *len = 4;
    b = BackslashByte(s, i);
  }
  if (b < 0x80) return b;
  if (SameKindEscapeValue(s, i, i + *len) >= 0x80) return b;
  return i >= *len && SameKindEscapeValue(s, i, i - *len) >= 0x80 ? b : -1;
}

// The length of a group separator at s[p] inside a run of spoken digits: a space, a dash, a
// comma (ASCII or full-width, maybe followed by a space) or 、, as transcripts write the
// pauses of someone reading a number out; 0 for anything else.
size_t SpokenSeparatorLength(std::string_view s, size_t p) {
  if (s[p] == ' ' || s[p] == '-') return 1;
  size_t n = 0;
  if (s[p] == ',') n = 1;
  else if (s.substr(p, 3) == "\xEF\xBC\x8C" || s.substr(p, 3) == "\xE3\x80\x81") n = 3;  // ， 、
  if (n && p + n < s.size() && s[p + n] == ' ') ++n;
  return n;
}

// Byte length of a run of at least seven spoken digits at s[i] (groups may be separated by
// SpokenSeparatorLength: "幺三九 幺二三四 五六七八", "幺五三，五零五八，六六二四"), or 0.
// Arabic digits may make up groups of the run when at least three digits are spoken
// ("四二零、111、1953、零八零二"). Shorter runs are ordinary words (一五一十, 三三两两) and
// stay as they are.
size_t SpokenDigitRun(std::string_view s, size_t i) {
  size_t p = i, end = i;
  int digits = 0, spoken = 0;
  auto digit_at = [&](size_t q) {
    if (q >= s.size()) return false;
    if (s[q] >= '0' && s[q] <= '9') return true;
    int l = 0;
    return SpokenDigit(Decode(s, q, &l)) >= 0;
  };
  while (p < s.size()) {
    int len = 0;
    uint32_t cp = Decode(s, p, &len);
    if (SpokenDigit(cp) >= 0 || (s[p] >= '0' && s[p] <= '9')) {
      ++digits;
      if (SpokenDigit(cp) >= 0) ++spoken;
      p += static_cast<size_t>(len);
      end = p;
      continue;
    }
    if (digits > 0) {
      if (const size_t sep = SpokenSeparatorLength(s, p); sep && digit_at(p + sep)) {
        p += sep;
        continue;
      }
    }
    break;
  }
  return digits >= 7 && spoken >= 3 ? end - i : 0;
}

// True if the seed at s[at] (一, 幺, 零 or 〇) belongs to a run of at least seven spoken
// digits. The run may begin up to 24 numerals, ASCII digits or group separators before the
// seed ("198，四八五六，五二一三": the seed is in the last group).
bool SeedStartsSpokenRun(std::string_view s, size_t at) {
  size_t start = at;
  for (int k = 0; k < 24 && start > 0; ++k) {
    const char c = s[start - 1];
    if ((c >= '0' && c <= '9') || c == ' ' || c == '-' || c == ',') {
      --start;
      continue;
    }
    if (start < 3) break;
    int len = 0;
    const bool numeral = SpokenDigit(Decode(s, start - 3, &len)) >= 0 && len == 3;
    if (!numeral && s.substr(start - 3, 3) != "\xEF\xBC\x8C" && s.substr(start - 3, 3) != "\xE3\x80\x81")
      break;
    start -= 3;
  }
  // From each digit between the start and the seed: a run may begin there.
  for (size_t p = start; p <= at; ++p) {
    const unsigned char c = static_cast<unsigned char>(s[p]);
    if (c == ' ' || c == '-' || c == ',' || (c >= 0x80 && (c & 0xC0) == 0x80)) continue;
    if (SpokenDigitRun(s, p) != 0) return true;
  }
  return false;
}

// What NormalizeWidth would rewrite in a text.
struct Rewrites {
  bool width_or_escape = false;  // a full-width form, U+3000 or a decodable %XX escape
  bool spoken = false;           // a run of at least seven spoken digits
};

// Everything NormalizeWidth rewrites starts at '%', '\\' or a byte >= 0xE3 (U+3000 is
// E3 80 80, full-width forms EF BC xx / EF BD xx, spoken numerals E3..E9): "escape or high
// bytes" below. This is the test for one 64-bit word: nonzero iff one of its bytes is '%',
// '\\' or >= 0xE3. Each part is exact per byte (no carries cross bytes): a byte is >= 0xE3
// iff its high bit is set and its low seven bits plus 0x1D reach 0x80; x ^ '%' is zero iff
// the byte is '%'.
inline uint64_t PercentOrHighBytes(uint64_t w) {
  constexpr uint64_t k7F = 0x7F7F7F7F7F7F7F7Full;
  constexpr uint64_t k80 = 0x8080808080808080ull;
  const uint64_t high = w & ((w & k7F) + 0x1D1D1D1D1D1D1D1Dull) & k80;
  auto zero_bytes = [](uint64_t x) { return ~(((x & k7F) + k7F) | x | k7F); };
  return high | zero_bytes(w ^ 0x2525252525252525ull) | zero_bytes(w ^ 0x5C5C5C5C5C5C5C5Cull);
}

// True if s has a '%' or a byte >= 0xE3: without one there is nothing to rewrite. Most CSV
// cells and JSON values are short and plain, so this is the common exit, taken once per
// cell: a short text is gathered into one vector (overlapping loads cover every byte, and
// the zero bytes around them are neither '%' nor high) and tested with one compare pair.
#if defined(__SSE2__)
inline bool HasPercentOrHighByte(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  const __m128i percent = _mm_set1_epi8('%');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  auto hit = [&](__m128i v) {
    return _mm_movemask_epi8(_mm_or_si128(
               _mm_or_si128(_mm_cmpeq_epi8(v, percent), _mm_cmpeq_epi8(v, backslash)),
               _mm_cmpeq_epi8(_mm_max_epu8(v, e3), v))) != 0;
  };
  auto load16 = [p](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)); };
  if (n >= 16) {
    for (size_t i = 0; i + 16 < n; i += 16)
      if (hit(load16(i))) return true;
    return hit(load16(n - 16));  // the last sixteen bytes, overlapping
  }
  if (n >= 8) {  // two overlapping 8-byte halves
    return hit(_mm_unpacklo_epi64(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p)),
                                  _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + n - 8))));
  }
  uint32_t lo, hi;
  if (n >= 4) {  // two overlapping 4-byte halves
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
  } else if (n > 0) {  // the first, middle and last byte (some may be the same)
    lo = static_cast<unsigned char>(p[0]) | static_cast<uint32_t>(static_cast<unsigned char>(p[n / 2])) << 8;
    hi = static_cast<unsigned char>(p[n - 1]);
  } else {
    return false;
  }
  return hit(_mm_unpacklo_epi32(_mm_cvtsi32_si128(static_cast<int>(lo)), _mm_cvtsi32_si128(static_cast<int>(hi))));
}
#else
inline bool HasPercentOrHighByte(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  auto word = [p](size_t at) {
    uint64_t w;
    std::memcpy(&w, p + at, 8);
    return w;
  };
  if (n < 4) {
    for (size_t i = 0; i < n; ++i)
      if (PercentOrHighBytes(static_cast<unsigned char>(p[i]))) return true;
    return false;
  }
  if (n < 8) {  // two overlapping 4-byte halves
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return PercentOrHighBytes(lo | (static_cast<uint64_t>(hi) << 32)) != 0;
  }
  size_t i = 0;
  for (; i + 8 < n; i += 8)
    if (PercentOrHighBytes(word(i))) return true;
  return PercentOrHighBytes(word(n - 8)) != 0;
}
#endif

// The search for the 64-byte blocks where a candidate may begin. NextStartBlock(p, i, n)
// gives the first block start b = i + 64k with b + 66 <= n whose bytes [b, b + 64) hold a
// '%' or a byte >= 0xE3, or the first b past that limit when there is none. Most blocks of
// a log have neither, so this loop is what a long text costs.
size_t NextStartBlockPlain(const char* p, size_t i, size_t n) {
  for (; i + 64 + 2 <= n; i += 64)
    for (size_t k = 0; k < 64; ++k) {
      const auto c = static_cast<unsigned char>(p[i + k]);
      if (c == '%' || c == '\\' || c >= 0xE3) return i;
    }
  return i;
}

#if defined(__SSE2__)
size_t NextStartBlockSse2(const char* p, size_t i, size_t n) {
  const __m128i percent = _mm_set1_epi8('%');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  auto load = [p](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)); };
  auto escape = [&](__m128i v) {
    return _mm_or_si128(_mm_cmpeq_epi8(v, percent), _mm_cmpeq_epi8(v, backslash));
  };
  for (; i + 64 + 2 <= n; i += 64) {
    const __m128i a = load(i), b = load(i + 16), c = load(i + 32), d = load(i + 48);
    const __m128i top = _mm_max_epu8(_mm_max_epu8(a, b), _mm_max_epu8(c, d));
    const __m128i pct = _mm_or_si128(_mm_or_si128(escape(a), escape(b)),
                                     _mm_or_si128(escape(c), escape(d)));
    if (_mm_movemask_epi8(_mm_or_si128(pct, _mm_cmpeq_epi8(_mm_max_epu8(top, e3), top)))) return i;
  }
  return i;
}
#endif

#if defined(__x86_64__)
#define PIGUARD_AVX2 __attribute__((target("avx2")))

PIGUARD_AVX2 inline __m256i Load32(const char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// Nonzero bytes where v is '%' or '\\'.
PIGUARD_AVX2 inline __m256i Escape32(__m256i v) {
  return _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('%')),
                         _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\')));
}

// Nonzero bytes where a or b has a '%', a '\\' or a byte >= 0xE3 (at the byte of a).
PIGUARD_AVX2 inline __m256i PercentOrHigh2(__m256i a, __m256i b) {
  const __m256i e3 = _mm256_set1_epi8(static_cast<char>(0xE3));
  const __m256i top = _mm256_max_epu8(a, b);
  return _mm256_or_si256(_mm256_or_si256(Escape32(a), Escape32(b)),
                         _mm256_cmpeq_epi8(_mm256_max_epu8(top, e3), top));
}

// 128 bytes per round, then the block of the two that has the byte.
PIGUARD_AVX2 size_t NextStartBlockAvx2(const char* p, size_t i, size_t n) {
  const __m256i e3 = _mm256_set1_epi8(static_cast<char>(0xE3));
  for (; i + 128 + 2 <= n; i += 128) {
    const __m256i a = Load32(p + i), b = Load32(p + i + 32), c = Load32(p + i + 64), d = Load32(p + i + 96);
    const __m256i top = _mm256_max_epu8(_mm256_max_epu8(a, b), _mm256_max_epu8(c, d));
    const __m256i pct = _mm256_or_si256(_mm256_or_si256(Escape32(a), Escape32(b)),
                                        _mm256_or_si256(Escape32(c), Escape32(d)));
    if (!_mm256_movemask_epi8(_mm256_or_si256(pct, _mm256_cmpeq_epi8(_mm256_max_epu8(top, e3), top))))
      continue;
    return _mm256_movemask_epi8(PercentOrHigh2(a, b)) ? i : i + 64;
  }
  for (; i + 64 + 2 <= n; i += 64)
    if (_mm256_movemask_epi8(PercentOrHigh2(Load32(p + i), Load32(p + i + 32)))) return i;
  return i;
}

bool CpuHasAvx2() {
  __builtin_cpu_init();  // static initializers may run before libgcc's own
  return __builtin_cpu_supports("avx2");
}
const bool kHaveAvx2 = CpuHasAvx2();
#endif

inline size_t NextStartBlock(const char* p, size_t i, size_t n) {
#if defined(__x86_64__)
  if (kHaveAvx2) return NextStartBlockAvx2(p, i, n);
#endif
#if defined(__SSE2__)
  return NextStartBlockSse2(p, i, n);
#else
  return NextStartBlockPlain(p, i, n);
#endif
}

// The byte sequences a rewrite can begin with, as ForEachCandidate finds them.
constexpr unsigned char kSeedOne[3] = {0xE4, 0xB8, 0x80};   // 一
constexpr unsigned char kSeedYao[3] = {0xE5, 0xB9, 0xBA};   // 幺
constexpr unsigned char kSeedZero[3] = {0xE9, 0x9B, 0xB6};  // 零
constexpr unsigned char kSeedLing[3] = {0xE3, 0x80, 0x87};  // 〇

// True if s[k] starts a candidate (the plain definition; the SIMD loop agrees with it):
// any '%'; "\\x" or "\\u"; EF BC or EF BD (a full-width form, if a third byte follows); or one of the
// three-byte sequences E3 80 80 (U+3000) and the spoken-digit seeds 一 幺 零 〇.
inline bool IsCandidate(const unsigned char* u, size_t k, size_t n) {
  if (u[k] == '%') return true;
  if (k + 1 >= n) return false;
  if (u[k] == '\\') return u[k + 1] == 'x' || u[k + 1] == 'u';
  if (u[k] == 0xEF) return u[k + 1] == 0xBC || u[k + 1] == 0xBD;
  if (k + 2 >= n) return false;
  auto is = [&](const unsigned char (&seq)[3]) {
    return u[k] == seq[0] && u[k + 1] == seq[1] && u[k + 2] == seq[2];
  };
  return (u[k] == 0xE3 && u[k + 1] == 0x80 && u[k + 2] == 0x80) || is(kSeedOne) || is(kSeedYao) ||
         is(kSeedZero) || is(kSeedLing);
}

#if defined(__SSE2__)
// Candidate bits (IsCandidate) for the sixteen positions at p; reads p[0..17]. On Chinese
// text nearly every block has bytes >= 0xE3, so the test compares whole sequences: only
// the few positions that really start one reach the caller.
inline unsigned CandidateMask16(const char* p) {
  auto load = [p](size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)); };
  auto eq = [](__m128i v, unsigned char b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b))); };
  const __m128i v0 = load(0), v1 = load(1), v2 = load(2);
  auto seq = [&](const unsigned char (&s)[3]) {
    return _mm_and_si128(_mm_and_si128(eq(v0, s[0]), eq(v1, s[1])), eq(v2, s[2]));
  };
  const __m128i width = _mm_and_si128(eq(v0, 0xEF), _mm_or_si128(eq(v1, 0xBC), eq(v1, 0xBD)));
  const __m128i e380 = _mm_and_si128(_mm_and_si128(eq(v0, 0xE3), eq(v1, 0x80)),
                                     _mm_or_si128(eq(v2, 0x80), eq(v2, 0x87)));  // U+3000, 〇
  const __m128i seeds = _mm_or_si128(_mm_or_si128(seq(kSeedOne), seq(kSeedYao)), seq(kSeedZero));
  const __m128i escape = _mm_or_si128(
      eq(v0, '%'), _mm_and_si128(eq(v0, '\\'), _mm_or_si128(eq(v1, 'x'), eq(v1, 'u'))));
  const __m128i any = _mm_or_si128(_mm_or_si128(escape, width), _mm_or_si128(e380, seeds));
  return static_cast<unsigned>(_mm_movemask_epi8(any));
}
#endif

// Calls visit(k) for every candidate position k of s (IsCandidate), in increasing order,
// until visit returns true. Returns true if a visit did.
template <class Visit>
bool ForEachCandidate(std::string_view s, Visit&& visit) {
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
#if defined(__SSE2__)
  const char* p = s.data();
  auto visit16 = [&](size_t at) {  // reads two bytes past the sixteen
    for (unsigned m = CandidateMask16(p + at); m; m &= m - 1)
      if (visit(at + static_cast<size_t>(__builtin_ctz(m)))) return true;
    return false;
  };
  // 64 bytes at a time: most blocks of a log have no '%', '\\' or byte >= 0xE3, with which
  // every candidate begins (NextStartBlock skips them), and in the others only the
  // sixteen-byte parts with one are compared in full.
  const __m128i percent = _mm_set1_epi8('%');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  auto may_start = [&](size_t at) {  // '%', '\\' or >= 0xE3 in the sixteen bytes at `at`
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    return _mm_movemask_epi8(_mm_or_si128(
               _mm_or_si128(_mm_cmpeq_epi8(v, percent), _mm_cmpeq_epi8(v, backslash)),
               _mm_cmpeq_epi8(_mm_max_epu8(v, e3), v))) != 0;
  };
  while ((i = NextStartBlock(p, i, n)) + 64 + 2 <= n) {
    for (size_t k = 0; k < 4; ++k)
      if (may_start(i + 16 * k) && visit16(i + 16 * k)) return true;
    i += 64;
  }
  for (; i + 16 + 2 <= n; i += 16)
    if (visit16(i)) return true;
#endif
  for (; i < n; ++i)  // every candidate begins with '%', '\\' or a byte >= 0xE3
    if ((u[i] == '%' || u[i] == '\\' || u[i] >= 0xE3) && IsCandidate(u, i, n) && visit(i))
      return true;
  return false;
}

// Records what the candidate at s[i] starts, with the exact rules of the rewrite: a
// decodable %XX or \\xXX, EF BC/BD plus one more byte, E3 80 80, or a spoken-digit seed that
// is part of a long enough run.
void CheckCandidate(std::string_view s, size_t i, Rewrites* r) {
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  switch (u[i]) {
    case '%': {
      size_t len = 0;
      if (EscapeByte(s, i, &len) >= 0) r->width_or_escape = true;
      break;
    }
    case '\\': {
      char bytes[3];
      size_t len = 0;
      if (EscapeByte(s, i, &len) >= 0 || UnicodeEscape(s, i, bytes)) r->width_or_escape = true;
      break;
    }
    case 0xEF:
      if (i + 2 < s.size()) r->width_or_escape = true;
      break;
    default:  // a three-byte sequence: U+3000 or a seed
      if (u[i + 2] == 0x80 && u[i] == 0xE3) r->width_or_escape = true;
      else if (SeedStartsSpokenRun(s, i)) r->spoken = true;
      break;
  }
}

// One pass over s that finds what NormalizeWidth would rewrite. Stops at a spoken run, or
// with stop_at_first at the first finding of either kind.
Rewrites FindRewrites(std::string_view s, bool stop_at_first) {
  Rewrites r;
  ForEachCandidate(s, [&](size_t k) {
    CheckCandidate(s, k, &r);
    return r.spoken || (stop_at_first && r.width_or_escape);
  });
  return r;
}

}  // namespace

bool MayNeedNormalization(std::string_view s) {
  if (!HasPercentOrHighByte(s)) return false;
  Rewrites r = FindRewrites(s, /*stop_at_first=*/true);
  return r.width_or_escape || r.spoken;
}

namespace {

// The rewrite as a byte walk: every byte that may start something to rewrite ('%', EF, E3
// and, when the text has a spoken run, E4..E9) is decoded and looked at. NormalizeWidth
// uses it for texts with a spoken-digit run (rare: call transcripts), where every numeral
// must be tried as the start of a run; WidthRewriter below gives the same result for the
// others.
bool RewriteByBytes(std::string_view in, bool spoken, std::string* out, std::vector<uint32_t>* map) {
  const size_t n = in.size();
  out->resize(n);  // the output is never longer than the input
  map->resize(n + 1);
  char* o = out->data();
  uint32_t* m = map->data();
  size_t k = 0;  // output length
  bool changed = false;
  auto special = [&](unsigned char c) {
    return c == '%' || c == '\\' || c == 0xEF || c == 0xE3 || (spoken && c >= 0xE4 && c <= 0xE9);
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
    if (c == '\\') {
      char bytes[3];
      if (const int count = UnicodeEscape(in, i, bytes)) {  // \u5510 is 唐
        for (int q = 0; q < count; ++q) {
          o[k] = bytes[q];
          m[k++] = static_cast<uint32_t>(i);
        }
        changed = true;
        i += 6;
        continue;
      }
    }
    if (c == '%' || c == '\\') {
      size_t len = 0;
      int b = EscapeByte(in, i, &len);
      if (b >= 0) {  // URL-encoded byte: "%40" is '@', "%E7%BD%97" is 罗; nginx's \\x22 is '"'
        o[k] = static_cast<char>(b);
        m[k++] = static_cast<uint32_t>(i);
        changed = true;
        i += len;
        continue;
      }
      o[k] = static_cast<char>(c);
      m[k++] = static_cast<uint32_t>(i++);
      continue;
    }
    int len = 1;
    uint32_t cp = Decode(in, i, &len);
    if (spoken && SpokenDigit(cp) >= 0) {
      if (size_t run = SpokenDigitRun(in, i)) {  // 一三八零零一三八零零零 -> 13800138000
        size_t end = i + run;
        while (i < end) {
          int l = 1;
          int d = SpokenDigit(Decode(in, i, &l));
          // A full-width comma or 、 between groups becomes ',' (one byte for three).
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

// map[0, count) = first, first + 1, ...: the offsets of a stretch copied unchanged.
inline void FillOffsets(uint32_t* map, uint32_t first, size_t count) {
  size_t q = 0;
#if defined(__SSE2__)
  __m128i v = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(first)), _mm_setr_epi32(0, 1, 2, 3));
  const __m128i four = _mm_set1_epi32(4);
  for (; q + 4 <= count; q += 4, v = _mm_add_epi32(v, four))
    _mm_storeu_si128(reinterpret_cast<__m128i*>(map + q), v);
#endif
  for (; q < count; ++q) map[q] = first + static_cast<uint32_t>(q);
}

// The rewrite of a text without a spoken-digit run, candidate by candidate: what
// RewriteByBytes(in, false, ...) gives. Without spoken digits every rewrite is local and
// starts at a candidate (a decodable %XX, a full-width form, U+3000), and a rewrite never
// covers the start of another candidate (an escape's hex digits and a sequence's
// continuation bytes are no candidates), so the bytes between candidates are copied as
// they are. The output is set up at the first candidate RewriteByBytes would have found
// (CheckCandidate's width_or_escape), as it does, so that out and map match even when
// nothing changes (a lone "％" that is no valid escape, U+FF00).
class WidthRewriter {
 public:
  WidthRewriter(std::string_view in, std::string* out, std::vector<uint32_t>* map)
      : in_(in), out_(out), map_(map) {}

  // Takes the candidate at `at` (not a seed). Candidates come in increasing order.
  void Take(size_t at) {
    const auto* u = reinterpret_cast<const unsigned char*>(in_.data());
    if (u[at] == '\\') {
      char bytes[3];
      if (const int count = UnicodeEscape(in_, at, bytes)) {  // \u5510 is 唐
        Start();
        Copy(at);
        for (int q = 0; q < count; ++q) {
          out_->data()[k_] = bytes[q];
          map_->data()[k_++] = static_cast<uint32_t>(at);
        }
        from_ = at + 6;
        changed_ = true;
        return;
      }
    }
    if (u[at] == '%' || u[at] == '\\') {
      size_t len = 0;
      const int b = EscapeByte(in_, at, &len);
      // "%40" is '@', "%E7%BD%97" is 罗, nginx's "\\x22" is '"'.
      if (b >= 0) Replace(at, static_cast<char>(b), len);
      return;
    }
    if (at + 2 >= in_.size()) return;  // EF BC / EF BD cut off by the end: no candidate
    if (u[at] == 0xE3) {  // E3 80 80
      Replace(at, ' ');
      return;
    }
    // EF BC 81..BF and EF BD 80..9E are U+FF01..U+FF5E; anything else stays as it is.
    const unsigned char b1 = u[at + 1], b2 = u[at + 2];
    const bool form = b1 == 0xBC ? (b2 >= 0x81 && b2 <= 0xBF) : (b2 >= 0x80 && b2 <= 0x9E);
    Start();
    if (form) Replace(at, static_cast<char>(((b1 & 1u) << 6) + (b2 & 0x3Fu) + 0x20));
  }

  // False if no candidate counted (out and map untouched); otherwise completes the output
  // and returns whether anything changed.
  bool Finish() {
    if (!started_) return false;
    Copy(in_.size());
    map_->data()[k_] = static_cast<uint32_t>(in_.size());
    out_->resize(k_);
    map_->resize(k_ + 1);
    return changed_;
  }

 private:
  void Start() {
    if (started_) return;
    started_ = true;
    out_->resize(in_.size());  // the output is never longer than the input
    map_->resize(in_.size() + 1);
  }
  // Appends the input bytes [from_, to) unchanged.
  void Copy(size_t to) {
    std::memcpy(out_->data() + k_, in_.data() + from_, to - from_);
    FillOffsets(map_->data() + k_, static_cast<uint32_t>(from_), to - from_);
    k_ += to - from_;
    from_ = to;
  }
  // Appends byte c for the `len` input bytes at `at`.
  void Replace(size_t at, char c, size_t len = 3) {
    Start();
    Copy(at);
    out_->data()[k_] = c;
    map_->data()[k_++] = static_cast<uint32_t>(at);
    from_ = at + len;
    changed_ = true;
  }

  std::string_view in_;
  std::string* out_;
  std::vector<uint32_t>* map_;
  size_t from_ = 0;  // first input byte not yet in the output
  size_t k_ = 0;     // output length
  bool started_ = false;
  bool changed_ = false;
};

// NormalizeWidth for a text that has a '%' or a byte >= 0xE3. Kept out of line so that
// NormalizeWidth's common exit (no such byte: most cells and values) skips this frame.
[[gnu::noinline]] bool NormalizeCandidates(std::string_view in, std::string* out,
                                           std::vector<uint32_t>* map) {
  const auto* u = reinterpret_cast<const unsigned char*>(in.data());
  WidthRewriter rewriter(in, out, map);
  bool spoken = false;
  ForEachCandidate(in, [&](size_t k) {
    const bool seed =
        u[k] != '%' && u[k] != '\\' && u[k] != 0xEF && !(u[k + 1] == 0x80 && u[k + 2] == 0x80);
    if (!seed) {
      rewriter.Take(k);
      return false;
    }
    spoken = SeedStartsSpokenRun(in, k);
    return spoken;
  });
  // A spoken run anywhere makes every numeral of the text a possible run start: the byte
  // walk handles that.
  if (spoken) return RewriteByBytes(in, /*spoken=*/true, out, map);
  return rewriter.Finish();
}

}  // namespace

bool NormalizeWidth(std::string_view in, std::string* out, std::vector<uint32_t>* map) {
  return HasPercentOrHighByte(in) && NormalizeCandidates(in, out, map);
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

namespace {

// The former FindInvalid: a greedy walk with Decode (only a literal U+FFFD decodes to
// U+FFFD legitimately), from `from`, which must start a code point.
size_t FindInvalidFrom(std::string_view s, size_t from) {
  size_t i = from;
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

// End of a validation block that starts at `from`: at most kBlock bytes on, moved back to
// the start of a code point (over up to three continuation bytes) so that a valid text is
// never cut inside a character.
size_t BlockEnd(std::string_view s, size_t from) {
  constexpr size_t kBlock = 64 * 1024;
  if (s.size() - from <= kBlock) return s.size();
  size_t end = from + kBlock;
  for (int k = 0; k < 3 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80; ++k) --end;
  return end;
}

}  // namespace

size_t FindInvalid(std::string_view s) {
  // Decode accepts exactly the well-formed UTF-8 sequences (no overlongs, surrogates or code
  // points past U+10FFFF), which is what simdjson's SIMD validator checks. A block it accepts
  // is walked by Decode without a stop and ends on a code point, so the walk goes on from its
  // end; the first rejected block is walked byte by byte to find the exact offset.
  size_t i = 0;
  while (i < s.size()) {
    const size_t end = BlockEnd(s, i);
    if (!simdjson::validate_utf8(s.data() + i, end - i)) return FindInvalidFrom(s, i);
    i = end;
  }
  return std::string_view::npos;
}

namespace {

// The plain loop from `i` on: what every variant must give (and their tail).
void SummarizeTail(const char* p, size_t i, size_t n, ByteSummary* r) {
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    r->newlines += c == '\n';
    if (c == 0 && r->first_nul == std::string_view::npos) r->first_nul = i;
    if (c >= 0x80 && r->first_non_ascii == std::string_view::npos) r->first_non_ascii = i;
  }
}

ByteSummary SummarizeBytesPlain(std::string_view s) {
  ByteSummary r;
  SummarizeTail(s.data(), 0, s.size(), &r);
  return r;
}

#if defined(__SSE2__)
ByteSummary SummarizeBytesSse2(std::string_view s) {
  ByteSummary r;
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  // The first NUL / non-ASCII byte in the len bytes at `at`, once a block has shown one.
  auto first = [&](size_t at, size_t len, bool nul) {
    for (size_t k = at; k < at + len; ++k) {
      auto c = static_cast<unsigned char>(p[k]);
      if (nul ? c == 0 : c >= 0x80) return k;
    }
    return std::string_view::npos;  // not reached: the block had one
  };
  // 64 bytes per round: newline compare masks (0xFF) are subtracted into per-byte counters,
  // added up with SAD before they can overflow (4 per round, 63 rounds <= 255). Until the
  // first NUL and the first non-ASCII byte are known, each round also checks for them.
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i zero = _mm_setzero_si128();
  bool watch_nul = true, watch_high = true;
  while (i + 64 <= n) {
    __m128i acc = zero;
    const size_t rounds = std::min<size_t>((n - i) / 64, 63);
    for (size_t round = 0; round < rounds; ++round, i += 64) {
      const auto* q = reinterpret_cast<const __m128i*>(p + i);
      const __m128i a = _mm_loadu_si128(q), b = _mm_loadu_si128(q + 1);
      const __m128i c = _mm_loadu_si128(q + 2), d = _mm_loadu_si128(q + 3);
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(a, nl));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(b, nl));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(c, nl));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(d, nl));
      if (watch_nul) {  // a NUL byte is the minimum of its block
        const __m128i least = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(least, zero))) {
          r.first_nul = first(i, 64, true);
          watch_nul = false;
        }
      }
      if (watch_high && _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d)))) {
        r.first_non_ascii = first(i, 64, false);
        watch_high = false;
      }
    }
    const __m128i sums = _mm_sad_epu8(acc, zero);
    r.newlines += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
                  static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
  SummarizeTail(p, i, n, &r);
  return r;
}
#endif

#if defined(__x86_64__)
// acc minus the newline compare masks of a, b, c and d: per byte lane, the newlines seen.
PIGUARD_AVX2 inline __m256i CountNewlines4(__m256i acc, __m256i a, __m256i b, __m256i c, __m256i d) {
  const __m256i nl = _mm256_set1_epi8('\n');
  acc = _mm256_sub_epi8(acc, _mm256_cmpeq_epi8(a, nl));
  acc = _mm256_sub_epi8(acc, _mm256_cmpeq_epi8(b, nl));
  acc = _mm256_sub_epi8(acc, _mm256_cmpeq_epi8(c, nl));
  return _mm256_sub_epi8(acc, _mm256_cmpeq_epi8(d, nl));
}

// 128 bytes per round in groups of up to 63 rounds (the byte counters take four newlines
// per round). A NUL or non-ASCII byte is looked for only once per group, through the
// group's minimum and bitwise or, and located in the group when it has one: text has no
// NUL, so that check runs over every byte.
PIGUARD_AVX2 ByteSummary SummarizeBytesAvx2(std::string_view s) {
  constexpr size_t npos = std::string_view::npos;
  ByteSummary r;
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  const __m256i zero = _mm256_setzero_si256();
  while (i + 128 <= n) {
    const size_t group = i;
    const size_t rounds = std::min<size_t>((n - i) / 128, 63);
    __m256i acc = zero, least = _mm256_set1_epi8(-1), any = zero;
    if (r.first_nul == npos || r.first_non_ascii == npos) {
      for (size_t round = 0; round < rounds; ++round, i += 128) {
        const __m256i a = Load32(p + i), b = Load32(p + i + 32);
        const __m256i c = Load32(p + i + 64), d = Load32(p + i + 96);
        acc = CountNewlines4(acc, a, b, c, d);
        least = _mm256_min_epu8(least, _mm256_min_epu8(_mm256_min_epu8(a, b), _mm256_min_epu8(c, d)));
        any = _mm256_or_si256(any, _mm256_or_si256(_mm256_or_si256(a, b), _mm256_or_si256(c, d)));
      }
    } else {
      for (size_t round = 0; round < rounds; ++round, i += 128)
        acc = CountNewlines4(acc, Load32(p + i), Load32(p + i + 32), Load32(p + i + 64),
                             Load32(p + i + 96));
    }
    const __m256i sad = _mm256_sad_epu8(acc, zero);
    const __m128i sums = _mm_add_epi64(_mm256_castsi256_si128(sad), _mm256_extracti128_si256(sad, 1));
    r.newlines += static_cast<size_t>(_mm_cvtsi128_si64(sums)) +
                  static_cast<size_t>(_mm_extract_epi64(sums, 1));
    if (r.first_nul == npos && _mm256_movemask_epi8(_mm256_cmpeq_epi8(least, zero))) {
      r.first_nul = static_cast<size_t>(
          static_cast<const char*>(std::memchr(p + group, 0, i - group)) - p);
    }
    if (r.first_non_ascii == npos && _mm256_movemask_epi8(any)) {
      size_t k = group;
      unsigned m;
      while (!(m = static_cast<unsigned>(_mm256_movemask_epi8(Load32(p + k))))) k += 32;
      r.first_non_ascii = k + static_cast<size_t>(__builtin_ctz(m));
    }
  }
  // The tail: first and newline counts of the last bytes (fewer than 128).
  SummarizeTail(p, i, n, &r);
  return r;
}
#endif

}  // namespace

ByteSummary SummarizeBytes(std::string_view s) {
#if defined(__x86_64__)
  if (kHaveAvx2) return SummarizeBytesAvx2(s);
#endif
#if defined(__SSE2__)
  return SummarizeBytesSse2(s);
#else
  return SummarizeBytesPlain(s);
#endif
}

std::vector<PassKernels> PassKernelVariants() {
  std::vector<PassKernels> v{{"plain", SummarizeBytesPlain, NextStartBlockPlain}};
#if defined(__SSE2__)
  v.push_back({"sse2", SummarizeBytesSse2, NextStartBlockSse2});
#endif
#if defined(__x86_64__)
  if (kHaveAvx2) v.push_back({"avx2", SummarizeBytesAvx2, NextStartBlockAvx2});
#endif
  return v;
}

int SpokenDigit(uint32_t cp) {
  switch (cp) {
    case 0x96F6: case 0x3007: case 0x6D1E: return 0;  // 零 〇 洞 (radio speech)
    case 0x4E00: case 0x5E7A: return 1;
    case 0x4E8C: case 0x4E24: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: case 0x62D0: return 7;  // 七 拐 (radio speech)
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
  }
}

}  // namespace piguard::utf8
