#include "piguard/report.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cinttypes>
#include <cstring>
#include <map>
#include <span>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"

namespace piguard {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "summary") return OutputFormat::kSummary;
  if (name == "jsonl" || name == "json") return OutputFormat::kJsonl;
  if (name == "sarif") return OutputFormat::kSarif;
  return std::nullopt;
}

namespace {

// ---- Masked previews ----------------------------------------------------------------------

constexpr size_t kMaxMaskStars = 24;  // a longer value still shows at most this many '*'
constexpr char kMaskStars[kMaxMaskStars + 1] = "************************";
static_assert(sizeof kMaskStars == kMaxMaskStars + 1);

// How many characters a preview keeps at each end of a value of `chars` characters.
struct MaskShape {
  size_t head;
  size_t tail;
};
// (AppendPlainPreview relies on these two shapes.)
MaskShape MaskShapeFor(size_t chars) { return chars >= 8 ? MaskShape{2, 2} : MaskShape{1, 0}; }

}  // namespace

static void AppendMaskedPreview(std::string_view value, std::string* out) {
  // Count characters first (UTF-8 lead bytes), then copy the kept ones and mask the rest.
  size_t n = 0;
  for (char c : value) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  MaskShape keep = MaskShapeFor(n);
  size_t k = 0;
  size_t i = 0;
  while (i < value.size()) {
    int len = 1;
    utf8::Decode(value, i, &len);
    if (k < keep.head || k >= n - keep.tail) out->append(value.substr(i, static_cast<size_t>(len)));
    else if (k < keep.head + kMaxMaskStars) out->push_back('*');
    i += static_cast<size_t>(len);
    ++k;
  }
}

std::string MaskedPreview(std::string_view value) {
  std::string out;
  AppendMaskedPreview(value, &out);
  return out;
}

namespace {

// ---- JSON text ----------------------------------------------------------------------------
//
// The escaping contract of every machine-readable format: a JSON string carries printable
// ASCII (0x20..0x7F) other than '"' and '\' unchanged ("plain" bytes); '"', '\', \n, \r and
// \t get their short escapes and other control bytes \u00xx (lower-case hex); valid UTF-8
// sequences are copied and each invalid byte becomes U+FFFD, so the output is always valid
// JSON. No character grows to more than six bytes.
//
// The writers below format into raw buffer space reserved up front (Out::Reserve): the
// functions that write through a `char* p` return the new end and need the room their
// comment gives.

constexpr size_t kMaxEscapedBytesPerByte = 6;  // a control byte becomes \u00xx
constexpr size_t kMaxUintChars = 20;           // 2^64 - 1 has 20 digits

constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[static_cast<size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

bool IsPlain(char c) { return kPlainByte[static_cast<unsigned char>(c)]; }

uint64_t Load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

uint32_t Load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

#if !defined(__SSE2__)
// Eight bytes at a time without SIMD (little-endian words): the high bit of each byte of the
// result is set for a byte that is not plain. Exact for the lowest such byte; the borrows of
// the subtractions can flag bytes above a flagged one, never below, so the first non-plain
// byte is countr_zero / 8.
uint64_t NonPlainBytes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t control = (w - 0x20 * kOnes) & ~w;  // bytes below 0x20
  uint64_t q = w ^ ('"' * kOnes);
  uint64_t b = w ^ ('\\' * kOnes);
  uint64_t quote = (q - kOnes) & ~q;
  uint64_t backslash = (b - kOnes) & ~b;
  return (w | control | quote | backslash) & kHigh;  // w: bytes 0x80..0xFF
}
#endif

#if defined(__SSE2__)
// Bit i set for each byte i of v that is not plain.
unsigned NonPlainLanes(__m128i v) {
  // A signed compare catches bytes below 0x20 and bytes 0x80..0xFF (negative) at once.
  __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return static_cast<unsigned>(_mm_movemask_epi8(bad));
}
#endif

// Length of the leading run of plain bytes of [s, s + n). Reads nothing outside that range:
// a partial block is checked with loads that overlap bytes already known to be plain, which
// flag nothing.
[[gnu::always_inline]] inline size_t PlainPrefix(const char* s, size_t n) {
#if defined(__SSE2__)
  auto first = [](unsigned m) { return static_cast<size_t>(std::countr_zero(m)); };
  if (n >= 16) {
    auto load = [](const char* at) {
      return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    };
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
      if (unsigned m = NonPlainLanes(load(s + i))) return i + first(m);
    if (i == n) return n;
    unsigned m = NonPlainLanes(load(s + n - 16));
    return m ? n - 16 + first(m) : n;
  }
  if (n >= 8) {  // lanes 0..7: s[0, 8); lanes 8..15: s[n - 8, n)
    __m128i v = _mm_unpacklo_epi64(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(s)),
                                   _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s + n - 8)));
    unsigned m = NonPlainLanes(v);
    if (m & 0xFF) return first(m);
    return m ? n - 16 + first(m) : n;
  }
  if (n >= 4) {  // lanes 0..3: s[0, 4); lanes 4..7: s[n - 4, n); the zero lanes are ignored
    __m128i v = _mm_unpacklo_epi32(_mm_cvtsi32_si128(static_cast<int>(Load32(s))),
                                   _mm_cvtsi32_si128(static_cast<int>(Load32(s + n - 4))));
    unsigned m = NonPlainLanes(v) & 0xFF;
    if (m & 0xF) return first(m);
    return m ? n - 8 + first(m) : n;
  }
#else
  if constexpr (std::endian::native == std::endian::little) {
    if (n >= 8) {
      size_t i = 0;
      for (; i + 8 <= n; i += 8)
        if (uint64_t m = NonPlainBytes(Load64(s + i)))
          return i + static_cast<size_t>(std::countr_zero(m)) / 8;
      if (i == n) return n;
      uint64_t m = NonPlainBytes(Load64(s + n - 8));
      return m ? n - 8 + static_cast<size_t>(std::countr_zero(m)) / 8 : n;
    }
  }
#endif
  size_t i = 0;
  while (i < n && IsPlain(s[i])) ++i;
  return i;
}

// Writes the escape of the character at s[*i], which is not plain, and moves *i past it.
// Needs room for 6 bytes.
char* EscapeChar(char* p, std::string_view s, size_t* i) {
  auto c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    static constexpr char kHex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default:
        std::memcpy(p, "u00", 3);
        p[3] = kHex[c >> 4];
        p[4] = kHex[c & 15];
        p += 5;
    }
    ++*i;
    return p;
  }
  int len = 1;
  uint32_t cp = utf8::Decode(s, *i, &len);
  if (cp == 0xFFFD && len == 1) {
    std::memcpy(p, "\xEF\xBF\xBD", 3);
    p += 3;
  } else {
    for (int k = 0; k < len; ++k) *p++ = s[*i + static_cast<size_t>(k)];  // 2 to 4 bytes
  }
  *i += static_cast<size_t>(len);
  return p;
}

// Copies s to p and returns the end, like a memcpy but without a library call for pieces
// of up to 128 bytes (a value's plain runs are short): blocks loaded from both ends overlap
// in the middle.
[[gnu::always_inline]] inline char* AppendShort(char* p, std::string_view s) {
  const char* q = s.data();
  const size_t n = s.size();
#if defined(__SSE2__)
  if (n >= 16) {
    if (n > 128) {
      std::memcpy(p, q, n);
      return p + n;
    }
    auto load = [](const char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
    auto store = [](char* at, __m128i v) { _mm_storeu_si128(reinterpret_cast<__m128i*>(at), v); };
    if (n > 64) {  // [0, 64) and [n - 64, n)
      for (size_t k = 16; k < 64; k += 16) {
        store(p + k, load(q + k));
        store(p + n - 64 + k - 16, load(q + n - 64 + k - 16));
      }
    } else if (n > 32) {  // [0, 32) and [n - 32, n)
      store(p + 16, load(q + 16));
      store(p + n - 32, load(q + n - 32));
    }
    store(p, load(q));
    store(p + n - 16, load(q + n - 16));
    return p + n;
  }
#endif
  if (n >= 8) {
    uint64_t head = Load64(q), tail = Load64(q + n - 8);
    std::memcpy(p, &head, 8);
    std::memcpy(p + n - 8, &tail, 8);
  } else if (n >= 4) {
    uint32_t head = Load32(q), tail = Load32(q + n - 4);
    std::memcpy(p, &head, 4);
    std::memcpy(p + n - 4, &tail, 4);
  } else {
    for (size_t k = 0; k < n; ++k) p[k] = q[k];
  }
  return p + n;
}

// Byte length of the well-formed UTF-8 sequence at v[i] (v[i] >= 0x80), or 0 when
// utf8::Decode takes it for an invalid byte. Three-byte sequences led by E1..EC or EE..EF
// (most of the BMP, Chinese included) are well-formed whenever two continuation bytes
// follow, so they are told apart without decoding.
size_t WellFormedLength(std::string_view v, size_t i) {
  auto c = static_cast<unsigned char>(v[i]);
  auto continues = [&](size_t k) { return (static_cast<unsigned char>(v[k]) & 0xC0) == 0x80; };
  if ((c & 0xF0) == 0xE0 && c != 0xE0 && c != 0xED && i + 2 < v.size() && continues(i + 1) &&
      continues(i + 2))
    return 3;
  int len = 1;
  uint32_t cp = utf8::Decode(v, i, &len);
  return cp == 0xFFFD && len == 1 ? 0 : static_cast<size_t>(len);
}

// Writes `s` escaped, without quotes: the plain runs are found a block at a time and copied
// whole. Needs room for JsonCharsBound(s.size()) bytes.
constexpr size_t JsonCharsBound(size_t n) { return kMaxEscapedBytesPerByte * n; }
char* AppendJsonChars(char* p, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t run = PlainPrefix(s.data() + i, s.size() - i);
    p = AppendShort(p, s.substr(i, run));
    i += run;
    while (i < s.size() && !IsPlain(s[i])) {
      // A well-formed sequence is copied as it is, as EscapeChar would, without decoding.
      size_t len = static_cast<unsigned char>(s[i]) >= 0x80 ? WellFormedLength(s, i) : 0;
      if (len == 0) {
        p = EscapeChar(p, s, &i);
        continue;
      }
      for (size_t k = 0; k < len; ++k) p[k] = s[i + k];
      p += len;
      i += len;
    }
  }
  return p;
}

// The eight decimal digits of x < 10^8, most significant first, one per byte of a
// little-endian word (values 0..9, not yet ASCII). SWAR: x is split into two four-digit
// halves in 32-bit lanes, each of those into two-digit parts in 16-bit lanes and each of
// those into digits in bytes. The multiply-shift divisions (by 100: *10486 >> 20, by 10:
// *103 >> 10) are exact for the ranges they see, and no lane carries into the next.
[[gnu::always_inline]] inline uint64_t EightDigits(uint32_t x) {
  uint64_t v = (x / 10000) | (uint64_t{x % 10000} << 32);
  uint64_t hundreds = ((v * 10486) >> 20) & 0x0000007F0000007Full;
  v = (v << 16) + hundreds - ((hundreds * 100) << 16);
  uint64_t tens = ((v * 103) >> 10) & 0x000F000F000F000Full;
  return (v << 8) + tens - ((tens * 10) << 8);
}

// Writes v in decimal (no locale). Needs room for kMaxUintChars bytes (it may write past the
// digits within that room). Values below 10^8 (offsets and line numbers, nearly always) cost
// a few multiplications and one 8-byte store.
[[gnu::always_inline]] inline char* AppendUint(char* p, uint64_t v) {
  constexpr uint64_t kAsciiZeros = 0x3030303030303030ull;
  if constexpr (std::endian::native != std::endian::little)
    return std::to_chars(p, p + kMaxUintChars, v).ptr;
  if (v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  if (v >= 100000000) {
    if (v >> 32) return std::to_chars(p, p + kMaxUintChars, v).ptr;
    auto top = static_cast<uint32_t>(v / 100000000);  // 1..42
    if (top >= 10) *p++ = static_cast<char>('0' + top / 10);
    *p++ = static_cast<char>('0' + top % 10);
    uint64_t digits = EightDigits(static_cast<uint32_t>(v % 100000000)) + kAsciiZeros;
    std::memcpy(p, &digits, 8);
    return p + 8;
  }
  uint64_t digits = EightDigits(static_cast<uint32_t>(v));
  // The leading zero digits are the low zero bytes: shift them out.
  auto zeros = static_cast<size_t>(std::countr_zero(digits)) / 8;
  digits = (digits + kAsciiZeros) >> (8 * zeros);
  std::memcpy(p, &digits, 8);
  return p + 8 - zeros;
}

char* AppendBytes(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

#if defined(__SSE2__) && defined(__x86_64__)
// The eight decimal digits of a < 10^8 in bytes 0..7 and those of b < 10^8 in bytes 8..15,
// most significant first (values 0..9, not yet ASCII): EightDigits for two numbers in one
// register. Each number is split into four-digit halves (32-bit lanes), each half into
// two-digit parts (16-bit lanes), each part into digits (bytes). The multiply-shift
// divisions are exact for the ranges they see: by 100, (x * 5243) >> 19 for x < 10^4; by
// 10, (x * 6554) >> 16 for x < 100.
[[gnu::always_inline]] inline __m128i SixteenDigits(uint32_t a, uint32_t b) {
  __m128i v = _mm_set_epi32(static_cast<int>(b % 10000), static_cast<int>(b / 10000),
                            static_cast<int>(a % 10000), static_cast<int>(a / 10000));
  // The upper 16 bits of every 32-bit lane stay zero until the halves are combined.
  __m128i hundreds = _mm_srli_epi16(_mm_mulhi_epu16(v, _mm_set1_epi32(5243)), 3);
  __m128i below = _mm_sub_epi16(v, _mm_mullo_epi16(hundreds, _mm_set1_epi32(100)));
  __m128i parts = _mm_or_si128(hundreds, _mm_slli_epi32(below, 16));
  __m128i tens = _mm_mulhi_epu16(parts, _mm_set1_epi16(6554));
  __m128i ones = _mm_sub_epi16(parts, _mm_mullo_epi16(tens, _mm_set1_epi16(10)));
  return _mm_or_si128(tens, _mm_slli_epi16(ones, 8));
}
#endif

// Writes `S,"end":E` for start S and end E: the same bytes as AppendUint(S), the separator
// and AppendUint(E). Both numbers below 10^8 (nearly always) are converted together.
// Needs room for 2 * kMaxUintChars + 7 bytes.
[[gnu::always_inline]] inline char* AppendStartEnd(char* p, uint64_t start, uint64_t end) {
  static constexpr char kSep[] = ",\"end\":";
  constexpr size_t kSepChars = sizeof kSep - 1;
#if defined(__SSE2__) && defined(__x86_64__)
  if (start < 100000000 && end < 100000000) {
    __m128i digits = SixteenDigits(static_cast<uint32_t>(start), static_cast<uint32_t>(end));
    // Leading zero digits are skipped; the last digit is always written (for 0 itself).
    auto zero = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(digits, _mm_setzero_si128())));
    auto skip_start = std::min<size_t>(static_cast<size_t>(std::countr_one(zero & 0xFF)), 7);
    auto skip_end = std::min<size_t>(static_cast<size_t>(std::countr_one(zero >> 8)), 7);
    __m128i ascii = _mm_add_epi8(digits, _mm_set1_epi8('0'));
    auto s = static_cast<uint64_t>(_mm_cvtsi128_si64(ascii)) >> (8 * skip_start);
    auto e = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(ascii, ascii))) >>
             (8 * skip_end);
    std::memcpy(p, &s, 8);
    p += 8 - skip_start;
    std::memcpy(p, kSep, kSepChars);
    p += kSepChars;
    std::memcpy(p, &e, 8);
    return p + 8 - skip_end;
  }
#endif
  p = AppendUint(p, start);
  p = AppendBytes(p, std::string_view(kSep, kSepChars));
  return AppendUint(p, end);
}

// A JSON string literal appended to a std::string (for text formatted once and reused).
void AppendJsonString(std::string* out, std::string_view s) {
  size_t old = out->size();
  out->resize(old + JsonCharsBound(s.size()) + 2);
  char* p = out->data() + old;
  *p++ = '"';
  p = AppendJsonChars(p, s);
  *p++ = '"';
  out->resize(static_cast<size_t>(p - out->data()));
}

// The masked preview of a value whose bytes are all plain (one byte per character, nothing
// to escape): the same bytes as AppendMaskedPreview, without decoding or a copy. Needs room
// for v.size() + kMaxMaskStars bytes.
char* AppendPlainPreview(char* p, std::string_view v) {
  size_t n = v.size();
  if (n == 0) return p;
  MaskShape keep = MaskShapeFor(n);
  // MaskShapeFor keeps one or two characters at the head and none or two at the tail: they
  // are stored one by one (a copy of one or two bytes is not worth a library call).
  *p++ = v[0];
  if (keep.head == 2) *p++ = v[1];
  std::memcpy(p, kMaskStars, kMaxMaskStars);  // a fixed-size copy; only the first ones count
  p += std::min(n - keep.head - keep.tail, kMaxMaskStars);
  if (keep.tail == 2) {
    p[0] = v[n - 2];
    p[1] = v[n - 1];
    p += 2;
  }
  return p;
}

// Buffered writer over a FILE*: callers reserve room, format into it with raw pointers and
// commit; the stream gets blocks of about kBlock bytes. Write errors are remembered for
// Close().
class Out {
 public:
  static constexpr size_t kBlock = 1 << 18;

  explicit Out(std::FILE* f) : f_(f), buf_(new char[kBlock]), cap_(kBlock) {}
  ~Out() { Flush(); }
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  // Returns room for at least n bytes; Commit() then says how much of it was written.
  char* Reserve(size_t n) {
    if (cap_ - used_ < n) MakeRoom(n);
    return buf_.get() + used_;
  }
  void Commit(char* end) { used_ = static_cast<size_t>(end - buf_.get()); }

  void Put(std::string_view s) { Commit(AppendBytes(Reserve(s.size()), s)); }
  void Put(char c) {
    char* p = Reserve(1);
    *p = c;
    Commit(p + 1);
  }
  void PutUint(uint64_t v) { Commit(AppendUint(Reserve(kMaxUintChars), v)); }
  // A JSON string literal with escapes (see the contract above).
  void PutJsonString(std::string_view s) {
    char* p = Reserve(JsonCharsBound(s.size()) + 2);
    *p++ = '"';
    p = AppendJsonChars(p, s);
    *p++ = '"';
    Commit(p);
  }

  void Flush() {
    if (used_ == 0) return;
    if (std::fwrite(buf_.get(), 1, used_, f_) != used_) failed_ = true;
    used_ = 0;
  }
  Status Close() {
    Flush();
    if (std::fflush(f_) != 0 || std::ferror(f_)) failed_ = true;
    if (failed_) return IoError("writing the report failed (disk full or closed pipe?)");
    return Status::Ok();
  }

 private:
  // Writes out what is buffered. A request larger than a block gets a buffer of its own
  // size, which the next ordinary request gives back.
  void MakeRoom(size_t n) {
    Flush();
    size_t want = std::max(n, kBlock);
    if (cap_ != want && (cap_ < n || cap_ > kBlock)) {
      buf_.reset(new char[want]);
      cap_ = want;
    }
  }

  std::FILE* f_;
  std::unique_ptr<char[]> buf_;
  size_t cap_;
  size_t used_ = 0;
  bool failed_ = false;
};

std::string HumanBytes(uint64_t b) {
  char tmp[32];
  if (b >= (1ull << 30)) std::snprintf(tmp, sizeof tmp, "%.2f GiB", b / double(1ull << 30));
  else if (b >= (1u << 20)) std::snprintf(tmp, sizeof tmp, "%.1f MiB", b / double(1u << 20));
  else if (b >= 1024) std::snprintf(tmp, sizeof tmp, "%.1f KiB", b / 1024.0);
  else std::snprintf(tmp, sizeof tmp, "%" PRIu64 " B", b);
  return tmp;
}

size_t DisplayWidth(std::string_view s) {
  size_t w = 0, i = 0;
  while (i < s.size()) {
    int len = 1;
    uint32_t cp = utf8::Decode(s, i, &len);
    w += (cp >= 0x1100 && (utf8::IsCjk(cp) || (cp >= 0x3000 && cp <= 0x303F) ||
                           (cp >= 0xFF00 && cp <= 0xFF60)))
             ? 2
             : 1;
    i += static_cast<size_t>(len);
  }
  return w;
}

// Collapses array indices so "$.contacts[0].value" and "$.contacts[1].value" count together.
std::string FieldGroup(std::string_view field) {
  std::string out;
  bool in_index = false;
  for (char c : field) {
    if (c == '[') {
      in_index = true;
      out += "[]";
    } else if (c == ']') {
      in_index = false;
    } else if (!in_index) {
      out.push_back(c);
    }
  }
  return out;
}

// ---- Finding details, shared by the JSON Lines object and SARIF's result properties -------
//
// `"detector":"D"[,"field":F]`, then `,"value":"V"` (the raw value, with --show-values) or
// else `,"preview":"P"` (its masked preview) unless previews are off. The detector name is
// printed as it is: detector names are identifiers.

bool PrintsValue(const ReportOptions& opt) { return opt.show_values || opt.show_preview; }

// The details up to and including the opening quote of the value's text. It depends only on
// the detector, the field and the options, so it can be formatted once and reused.
void AppendDetailsHead(std::string* out, std::string_view detector, std::string_view field,
                       const ReportOptions& opt) {
  out->append("\"detector\":\"");
  out->append(detector);
  out->push_back('"');
  if (!field.empty()) {
    out->append(",\"field\":");
    AppendJsonString(out, field);
  }
  if (opt.show_values) out->append(",\"value\":\"");
  else if (opt.show_preview) out->append(",\"preview\":\"");
}

// Room AppendDetailsValue needs: a preview is never longer than the value it masks, and the
// plain preview writes a fixed-size run of stars.
size_t DetailsValueBound(std::string_view value) {
  return JsonCharsBound(value.size()) + kMaxMaskStars;
}

// Number of characters as AppendMaskedPreview counts them: bytes that are not UTF-8
// continuation bytes (0x80..0xBF).
size_t CountCharacters(std::string_view v) {
  size_t n = 0;
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= v.size(); i += 16) {
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v.data() + i));
    // Signed: continuation bytes are -128..-65, every other byte is greater.
    n += static_cast<size_t>(
        std::popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(b, _mm_set1_epi8(-65))))));
  }
#endif
  for (; i < v.size(); ++i) n += (static_cast<unsigned char>(v[i]) & 0xC0) != 0x80;
  return n;
}

// Byte length of the character at v[i] as utf8::Decode steps (1 for an invalid byte).
size_t CharLength(std::string_view v, size_t i) {
  if (static_cast<unsigned char>(v[i]) < 0x80) return 1;
  int len = 1;
  utf8::Decode(v, i, &len);
  return static_cast<size_t>(len);
}

// Writes the character at v[*i] escaped and moves *i past it. Needs room for 6 bytes.
char* AppendCharEscaped(char* p, std::string_view v, size_t* i) {
  if (!IsPlain(v[*i])) return EscapeChar(p, v, i);
  *p = v[(*i)++];
  return p + 1;
}

// The masked preview of any value, escaped as it is written: the same characters as
// AppendMaskedPreview keeps, each kept one escaped on its own (escaping the finished preview
// gives the same bytes: a kept character is followed in the preview either by what followed
// it in the value or by a '*', so no byte sequence decodes differently). Characters are
// stepped over as utf8::Decode does, so invalid bytes count as AppendMaskedPreview counts
// them. Needs room for DetailsValueBound(v) bytes.
[[gnu::noinline]] char* AppendEscapedPreview(char* p, std::string_view v) {
  size_t n = CountCharacters(v);
  MaskShape keep = MaskShapeFor(n);
  size_t i = 0;
  size_t k = 0;  // characters stepped over
  for (; k < keep.head && i < v.size(); ++k) p = AppendCharEscaped(p, v, &i);
  size_t masked = 0;
  for (; k < n - keep.tail && i < v.size(); ++k, ++masked) i += CharLength(v, i);
  std::memcpy(p, kMaskStars, kMaxMaskStars);  // a fixed-size copy; only the first ones count
  p += std::min(masked, kMaxMaskStars);
  while (i < v.size()) p = AppendCharEscaped(p, v, &i);  // the tail (and any extra characters)
  return p;
}

// The masked preview of a value whose every byte is plain or part of a well-formed UTF-8
// sequence (no control byte, quote, backslash or invalid byte), else nullptr with nothing
// written. For such a value escaping copies every byte and the characters
// AppendMaskedPreview counts are the sequences utf8::Decode steps over, so the preview is
// the bytes of the kept characters, copied in two runs around the stars: the same bytes as
// AppendEscapedPreview. Needs room for DetailsValueBound(v) bytes.
char* AppendWellFormedPreview(char* p, std::string_view v) {
  size_t n = 0;                // characters
  size_t head_end[2] = {};     // byte ends of the first two characters
  size_t tail_start[2] = {};   // starts of the last character ([0]) and the one before ([1])
  for (size_t i = 0; i < v.size(); ++n) {
    size_t len = 1;
    if (static_cast<unsigned char>(v[i]) >= 0x80) {
      len = WellFormedLength(v, i);
      if (len == 0) return nullptr;
    } else if (!IsPlain(v[i])) {
      return nullptr;
    }
    tail_start[1] = tail_start[0];
    tail_start[0] = i;
    i += len;
    if (n < 2) head_end[n] = i;
  }
  if (n == 0) return p;
  MaskShape keep = MaskShapeFor(n);  // head is 1 or 2, tail 0 or 2 (then n >= 8)
  size_t head = head_end[keep.head - 1];
  size_t tail = keep.tail == 2 ? tail_start[1] : v.size();
  p = AppendBytes(p, v.substr(0, head));
  std::memcpy(p, kMaskStars, kMaxMaskStars);  // a fixed-size copy; only the first ones count
  p += std::min(n - keep.head - keep.tail, kMaxMaskStars);
  return AppendBytes(p, v.substr(tail));
}

// The value's text (only when PrintsValue), escaped, without its closing quote.
[[gnu::always_inline]] inline char* AppendDetailsValue(char* p, std::string_view value,
                                                       const ReportOptions& opt) {
  if (opt.show_values) return AppendJsonChars(p, value);
  if (PlainPrefix(value.data(), value.size()) == value.size()) return AppendPlainPreview(p, value);
  if (char* end = AppendWellFormedPreview(p, value)) return end;  // non-ASCII text
  return AppendEscapedPreview(p, value);  // quotes, control bytes or invalid UTF-8
}

// The whole details part for SARIF, formatted per finding (`head` is reused memory).
void PutDetails(Out& out, const Finding& f, const ReportOptions& opt, std::string* head) {
  head->clear();
  AppendDetailsHead(head, f.detector, f.field, opt);
  out.Put(*head);
  if (!PrintsValue(opt)) return;
  char* p = out.Reserve(DetailsValueBound(f.value) + 1);
  p = AppendDetailsValue(p, f.value, opt);
  *p++ = '"';
  out.Commit(p);
}

class SummaryWriter : public ReportWriter {
 public:
  SummaryWriter(const Scanner& sc, std::FILE* f) : sc_(sc), out_(f), total_(sc.TypeCount()) {}

  void OnInputStart(const InputInfo& in) override {
    counts_.assign(sc_.TypeCount(), 0);
    by_field_.clear();
    field_cache_.clear();
    ++batch_;  // the counters the recent table points to are gone
    (void)in;
  }
  void OnFinding(const InputInfo& in, const Finding& f) override { OnFindings(in, {&f, 1}); }
  void OnFindings(const InputInfo& in, std::span<const Finding> found) override {
    ++batch_;  // views of earlier calls may be dead (see FieldCounters)
    const bool by_field = in.format != InputFormat::kText;
    for (const Finding& f : found) {
      ++counts_[f.type];
      ++total_[f.type];
      if (by_field && !f.field.empty()) ++FieldCounters(f.field)[f.type];
    }
  }
  void OnInputEnd(const InputInfo& in, uint64_t bytes, uint64_t lines) override {
    uint64_t n = 0;
    for (auto c : counts_) n += c;
    ++files_;
    if (n == 0) {
      ++clean_files_;
      return;
    }
    std::string head = in.path + "  [" + std::string(InputFormatName(in.format)) +
                       (in.compression.empty() ? "" : ", " + std::string(in.compression)) +
                       (in.encoding.empty() ? "" : ", " + std::string(in.encoding)) +
                       ", " + std::to_string(lines) + (lines == 1 ? " line, " : " lines, ") +
                       HumanBytes(bytes) + "]\n";
    out_.Put(head);
    PrintCounts(counts_, "  ");
    if (!by_field_.empty()) {
      out_.Put("  by field:\n");
      for (const auto& [field, v] : by_field_) {
        for (TypeId t = 0; t < v.size(); ++t) {
          if (!v[t]) continue;
          // Pad by display width: CJK column names take two columns per character.
          std::string line = "    " + field;
          size_t width = DisplayWidth(field);
          line.append(width < 32 ? 32 - width : 1, ' ');
          char tmp[128];
          std::snprintf(tmp, sizeof tmp, " %-26s %10" PRIu64 "\n",
                        std::string(sc_.TypeName(t)).c_str(), v[t]);
          line += tmp;
          out_.Put(line);
        }
      }
    }
    out_.Put("\n");
  }
  Status Finish(const ScanJobSummary& s) override {
    out_.Put("Total: " + std::to_string(s.findings) + (s.findings == 1 ? " finding in " : " findings in ") +
             std::to_string(files_ - clean_files_) + " of " + std::to_string(files_) +
             " inputs scanned (" + HumanBytes(s.bytes) + ")");
    if (s.skipped) out_.Put(", " + std::to_string(s.skipped) + " binary skipped");
    if (s.errors) out_.Put(", " + std::to_string(s.errors) + " unreadable");
    out_.Put("\n");
    PrintCounts(total_, "  ");
    return out_.Close();
  }

 private:
  void PrintCounts(const std::vector<uint64_t>& counts, const char* indent) {
    std::vector<std::pair<uint64_t, TypeId>> rows;
    for (TypeId t = 0; t < counts.size(); ++t)
      if (counts[t]) rows.push_back({counts[t], t});
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [n, t] : rows) {
      char tmp[128];
      std::snprintf(tmp, sizeof tmp, "%s%-28s %10" PRIu64 "\n", indent,
                    std::string(sc_.TypeName(t)).c_str(), n);
      out_.Put(tmp);
    }
  }

  // The per-type counters of a field's group (FieldGroup) in this input. All findings of one
  // OnFindings call are alive during it, so within the call a view met before (the same
  // address and length) has the same bytes: such repeats (a column's header name, an
  // interned JSON path) are found by address in a small direct-mapped table. Other views are
  // looked up by their bytes.
  uint64_t* FieldCounters(std::string_view field) {
    Recent& r = recent_[RecentSlot(field)];
    if (r.batch == batch_ && r.data == field.data() && r.size == field.size()) return r.counters;
    uint64_t* counters = FieldCountersByName(field);
    r = Recent{batch_, field.data(), field.size(), counters};
    return counters;
  }
  uint64_t* FieldCountersByName(std::string_view field) {
    // A table has few columns: remember each raw field's counters (bounded, since JSON
    // array indices make raw paths unbounded).
    auto it = field_cache_.find(field);
    if (it == field_cache_.end()) {
      if (field_cache_.size() > 4096) field_cache_.clear();
      auto& v = by_field_[FieldGroup(field)];
      if (v.empty()) v.assign(sc_.TypeCount(), 0);
      it = field_cache_.emplace(std::string(field), v.data()).first;
    }
    return it->second;
  }
  static size_t RecentSlot(std::string_view field) {
    uint64_t h = (reinterpret_cast<uintptr_t>(field.data()) ^ field.size()) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> (64 - kRecentBits));
  }

  const Scanner& sc_;
  Out out_;
  std::vector<uint64_t> counts_;
  std::vector<uint64_t> total_;
  // Field group -> counters per type. The vectors are sized once, so pointers to their
  // elements stay valid until the input ends (std::map nodes do not move).
  std::map<std::string, std::vector<uint64_t>> by_field_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Raw field -> its group's counters in by_field_.
  std::unordered_map<std::string, uint64_t*, Hash, std::equal_to<>> field_cache_;
  static constexpr int kRecentBits = 8;
  struct Recent {
    uint64_t batch = 0;  // valid only while it equals batch_
    const char* data = nullptr;
    size_t size = 0;
    uint64_t* counters = nullptr;
  };
  std::array<Recent, size_t{1} << kRecentBits> recent_{};
  uint64_t batch_ = 1;
  uint64_t files_ = 0;
  uint64_t clean_files_ = 0;
};

uint64_t Mix(uint64_t h) {
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

// A quick hash of a short string (a field name) mixed into h. Strings of up to 16 bytes are
// read with two overlapping loads.
uint64_t HashBytes(std::string_view s, uint64_t h) {
  const char* p = s.data();
  size_t n = s.size();
  h ^= uint64_t{n} << 40;
  for (; n > 16; p += 8, n -= 8) h = Mix(h ^ Load64(p));
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = Load64(p);
    b = Load64(p + n - 8);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    a = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
  }
  return Mix(Mix(h ^ a) ^ b);
}

// Byte equality without a library call for the short strings DetailsCache compares.
[[gnu::always_inline]] inline bool SameBytes(std::string_view a, std::string_view b) {
  size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n > 16) return std::memcmp(x, y, n) == 0;
  if (n >= 8) return Load64(x) == Load64(y) && Load64(x + n - 8) == Load64(y + n - 8);
  if (n >= 4) return Load32(x) == Load32(y) && Load32(x + n - 4) == Load32(y + n - 4);
  return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
}

// The part of a JSON Lines object from `,"type":` to the opening quote of the value's text,
// which depends only on the finding's type, confidence, detector and field. Dense inputs
// repeat a few dozen combinations millions of times, so each is formatted once and then
// copied. Open addressing; everything is dropped when kMaxEntries are held, which bounds the
// memory when fields are unbounded (JSON paths with array indices).
class DetailsCache {
 public:
  DetailsCache(const Scanner& sc, const ReportOptions& opt) : sc_(sc), opt_(opt) {
    entries_.reserve(kMaxEntries);
  }

  // The text for f's combination; valid until the next call.
  [[gnu::always_inline]] const std::string& Get(const Finding& f) {
    size_t slot = Hash(f);
    for (size_t s = slot; slots_[s]; s = (s + 1) % kSlots) {
      const Entry& e = entries_[slots_[s] - 1];
      if (e.type == f.type && e.likelihood == f.likelihood && SameBytes(e.detector, f.detector) &&
          SameBytes(e.field, f.field))
        return e.text;
    }
    return Add(f, slot);
  }

 private:
  static constexpr size_t kSlots = 512;       // a power of two
  static constexpr size_t kMaxEntries = 256;  // keeps probe sequences short
  struct Entry {
    TypeId type;
    Likelihood likelihood;
    std::string detector;  // copies: a finding's views die with its callback
    std::string field;
    std::string text;
  };

  // The detector adds only its length: a type has few detectors, and equal hashes cost
  // only a longer probe.
  static size_t Hash(const Finding& f) {
    uint64_t h = uint64_t{f.type} | (static_cast<uint64_t>(f.likelihood) << 16) |
                 (uint64_t{f.detector.size()} << 24);
    return HashBytes(f.field, h) % kSlots;
  }

  const std::string& Add(const Finding& f, size_t slot) {
    if (entries_.size() == kMaxEntries) {
      entries_.clear();
      slots_.fill(0);
    }
    while (slots_[slot]) slot = (slot + 1) % kSlots;
    Entry& e = entries_.emplace_back(
        Entry{f.type, f.likelihood, std::string(f.detector), std::string(f.field), {}});
    e.text.append(",\"type\":\"");
    e.text.append(sc_.TypeName(f.type));
    e.text.append("\",\"confidence\":\"");
    e.text.append(LikelihoodName(f.likelihood));
    e.text.append("\",");
    AppendDetailsHead(&e.text, f.detector, f.field, opt_);
    slots_[slot] = static_cast<uint16_t>(entries_.size());
    return e.text;
  }

  const Scanner& sc_;
  const ReportOptions& opt_;
  std::vector<Entry> entries_;
  std::array<uint16_t, kSlots> slots_{};  // index + 1 into entries_; 0 is empty
};

// One object per line:
// {"path":P,"line":L,"start":S,"end":E,"type":T,"confidence":C,<details>}
// Per finding only the start, the end and the value's text are formatted; the rest is
// copied from text made once per input and line (the path and line number) or per details
// combination (DetailsCache).
class JsonlWriter : public ReportWriter {
 public:
  JsonlWriter(const Scanner& sc, const ReportOptions& opt, std::FILE* f)
      : opt_(opt), out_(f), details_(sc, opt_) {
    SetPath("");
  }

  void OnFinding(const InputInfo& in, const Finding& f) override {
    if (in.path != path_) SetPath(in.path);
    Write(f);
  }
  void OnFindings(const InputInfo& in, std::span<const Finding> found) override {
    if (in.path != path_) SetPath(in.path);
    for (const Finding& f : found) Write(f);
  }
  Status Finish(const ScanJobSummary&) override { return out_.Close(); }

 private:
  [[gnu::always_inline]] void Write(const Finding& f) {
    if (f.line != line_ || !line_set_) SetLine(f.line);
    const std::string& details = details_.Get(f);
    constexpr size_t kFixedChars = 32;  // `,"end":`, `"}` and the newline
    char* p = out_.Reserve(line_head_.size() + 2 * kMaxUintChars + details.size() +
                           DetailsValueBound(f.value) + kFixedChars);
    p = AppendBytes(p, line_head_);
    p = AppendStartEnd(p, f.start, f.end);
    p = AppendBytes(p, details);
    if (PrintsValue(opt_)) {
      p = AppendDetailsValue(p, f.value, opt_);
      *p++ = '"';
    }
    p = AppendBytes(p, "}\n");
    out_.Commit(p);
  }

  // head_ = `{"path":P,"line":` for the input at `path`.
  void SetPath(std::string_view path) {
    path_.assign(path);
    head_.assign("{\"path\":");
    AppendJsonString(&head_, path);
    head_.append(",\"line\":");
    line_set_ = false;
    // Room for head_, a number and `,"start":` (the number may be written with spare bytes).
    line_buf_.assign(head_.size() + kMaxUintChars + 16, '\0');
    AppendBytes(line_buf_.data(), head_);
  }

  // line_head_ = head_ + `L,"start":` for line L, in line_buf_ after the head_ already
  // there. A line usually holds several findings in a row (dense logs: one per key), so its
  // number is formatted once for all of them.
  void SetLine(uint64_t line) {
    line_ = line;
    line_set_ = true;
    char* p = AppendUint(line_buf_.data() + head_.size(), line);
    p = AppendBytes(p, ",\"start\":");
    line_head_ = std::string_view(line_buf_.data(), static_cast<size_t>(p - line_buf_.data()));
  }

  ReportOptions opt_;
  Out out_;
  DetailsCache details_;
  std::string path_;
  std::string head_;
  std::string line_buf_;  // head_ followed by room for the rest of line_head_
  std::string_view line_head_;  // in line_buf_; valid when line_set_
  uint64_t line_ = 0;
  bool line_set_ = false;
};

std::string UriEncode(std::string_view path) {
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~' || c == '/') {
      out.push_back(ch);
    } else {
      char tmp[4];
      std::snprintf(tmp, sizeof tmp, "%%%02X", c);
      out.append(tmp);
    }
  }
  return out;
}

class SarifWriter : public ReportWriter {
 public:
  SarifWriter(const Scanner& sc, const ReportOptions& opt, std::FILE* f)
      : sc_(sc), opt_(opt), out_(f) {
    out_.Put(
        "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
        "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"piguard\",\"version\":\"" PIGUARD_VERSION
        "\",\"informationUri\":\"https://example.invalid/piguard\",\"rules\":[");
    for (TypeId t = 0; t < sc_.TypeCount(); ++t) {
      if (t) out_.Put(',');
      out_.Put("{\"id\":");
      out_.PutJsonString(sc_.TypeName(t));
      out_.Put(",\"shortDescription\":{\"text\":");
      out_.PutJsonString(std::string("Personal information of type ") +
                         std::string(sc_.TypeName(t)));
      out_.Put("}}");
    }
    out_.Put("]}},\"results\":[");
  }
  void OnFinding(const InputInfo& in, const Finding& f) override {
    if (n_++) out_.Put(',');
    const char* level = f.likelihood >= Likelihood::kVeryLikely ? "error"
                        : f.likelihood >= Likelihood::kLikely   ? "warning"
                                                                : "note";
    out_.Put("{\"ruleId\":");
    out_.PutJsonString(sc_.TypeName(f.type));
    out_.Put(",\"level\":\"");
    out_.Put(level);
    out_.Put("\",\"message\":{\"text\":");
    std::string msg = std::string(sc_.TypeName(f.type)) + " (" +
                      std::string(LikelihoodName(f.likelihood)) + ")";
    if (!f.field.empty()) msg += " in " + std::string(f.field);
    // An Office file's part: the file is the artifact, the worksheet (or a document's header,
    // footer, notes or comments) a logical location;
    // offsets and lines count rendered text, which is no region of the file.
    // An archive's member: the archive is the artifact, the member (and the part of an Office
    // file inside it) the logical location; offsets and lines count the member's own bytes.
    const size_t file_length = in.archive_path_length ? in.archive_path_length
                                                      : in.file_path_length;
    const std::string_view file =
        file_length ? std::string_view(in.path).substr(0, file_length) : std::string_view(in.path);
    const std::string_view sheet =
        in.file_path_length && in.file_path_length + 1 < in.path.size()
            ? std::string_view(in.path).substr(in.file_path_length + 1)
            : std::string_view();
    const std::string_view member =
        in.archive_path_length ? std::string_view(in.path).substr(in.archive_path_length + 1)
                               : std::string_view();
    if (in.archive_path_length && f.line) {
      msg += ", line " + std::to_string(f.line) + " of " + std::string(member) +
             " in the archive";
    } else if (in.rendered && f.line) {
      if (in.format == InputFormat::kCsv)
        msg += ", row " + std::to_string(f.line) + " of sheet " + std::string(sheet);
      else if (sheet.empty())
        msg += ", line " + std::to_string(f.line) + " of the document's text";
      else  // a header, footer, the footnotes or comments
        msg += ", line " + std::to_string(f.line) + " of the document's " + std::string(sheet);
    }
    out_.PutJsonString(msg);
    out_.Put("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    out_.PutJsonString(UriEncode(std::string(file)));
    if (in.rendered || in.archive_path_length) {
      out_.Put("}}");
      if (!member.empty() || !sheet.empty()) {
        out_.Put(",\"logicalLocations\":[{\"name\":");
        out_.PutJsonString(member.empty() ? sheet : member);
        out_.Put(",\"kind\":\"object\"}]");
      }
      out_.Put("}],\"properties\":{\"confidence\":\"");
    } else {
      out_.Put("},\"region\":{\"startLine\":");
      out_.PutUint(f.line);
      out_.Put(",\"byteOffset\":");
      out_.PutUint(f.start);
      out_.Put(",\"byteLength\":");
      out_.PutUint(f.end - f.start);
      out_.Put("}}}],\"properties\":{\"confidence\":\"");
    }
    out_.Put(LikelihoodName(f.likelihood));
    out_.Put("\",");
    PutDetails(out_, f, opt_, &details_);
    out_.Put("}}");
  }
  Status Finish(const ScanJobSummary& s) override {
    out_.Put("],\"invocations\":[{\"executionSuccessful\":");
    out_.Put(s.errors ? "false" : "true");
    out_.Put("}]}]}\n");
    return out_.Close();
  }

 private:
  const Scanner& sc_;
  ReportOptions opt_;
  Out out_;
  std::string details_;  // reused per finding
  uint64_t n_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> MakeReportWriter(const Scanner& scanner, const ReportOptions& opt,
                                               std::FILE* out) {
  switch (opt.format) {
    case OutputFormat::kSummary: return std::make_unique<SummaryWriter>(scanner, out);
    case OutputFormat::kJsonl: return std::make_unique<JsonlWriter>(scanner, opt, out);
    case OutputFormat::kSarif: return std::make_unique<SarifWriter>(scanner, opt, out);
  }
  return nullptr;
}

}  // namespace piguard
