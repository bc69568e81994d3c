#include "core/text_encoding.h"

#include <iconv.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

#include "core/ascii.h"
#include "core/utf8.h"

namespace piguard::encoding {
namespace {

// GB18030's two-byte characters: lead 0x81-0xFE, trail 0x40-0x7E or 0x80-0xFE (190 trails).
constexpr size_t kTrails = 190;
// Its four-byte sequences b1 b2 b3 b4 (b1, b3 in 0x81-0xFE, b2, b4 in 0x30-0x39) count up
// linearly; 0x81308130 (index 0) to 0x8431A439 (index 39419) are the rest of the BMP, and
// from 0x90308130 (index 189000) on they are U+10000 onwards, in order.
constexpr size_t kFourByteBmpCount = 39420;
constexpr uint32_t kSupplementaryBase = 189000;

inline size_t TrailIndex(unsigned char t) { return t <= 0x7E ? t - 0x40u : t - 0x41u; }
inline bool IsTrail(unsigned char t) {
  return (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE);
}
inline bool IsLead(unsigned char b) { return b >= 0x81 && b <= 0xFE; }
inline bool IsDigitByte(unsigned char b) { return b >= 0x30 && b <= 0x39; }

// Code points of the two-byte and of the BMP four-byte sequences, 0 where unassigned.
struct Gb18030Tables {
  std::vector<uint32_t> two;   // [(lead - 0x81) * 190 + TrailIndex(trail)]
  std::vector<uint32_t> four;  // [linear index], BMP part
  bool ok = false;
};

// One sequence through iconv: its code point, or 0 when the converter rejects it.
uint32_t ConvertOne(iconv_t cd, const unsigned char* seq, size_t len) {
  char in[4];
  std::memcpy(in, seq, len);
  char out[8];
  char* ip = in;
  char* op = out;
  size_t il = len;
  size_t ol = sizeof out;
  if (iconv(cd, &ip, &il, &op, &ol) == static_cast<size_t>(-1) || il != 0 || ol != 4) {
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
    return 0;
  }
  uint32_t cp;
  std::memcpy(&cp, out, 4);  // UTF-32LE on a little-endian host (checked below)
  return cp;
}

// A converter from `encoding` to UTF-32LE, checked on a known pair for 中 (U+4E2D): the
// host must be what the tables assume (little-endian output). (iconv_t)-1 when there is none.
iconv_t OpenToUtf32(const char* encoding, unsigned char lead, unsigned char trail) {
  iconv_t cd = iconv_open("UTF-32LE", encoding);
  if (cd == reinterpret_cast<iconv_t>(-1)) return cd;
  const unsigned char zhong[] = {lead, trail};
  if (ConvertOne(cd, zhong, 2) != 0x4E2D) {
    iconv_close(cd);
    return reinterpret_cast<iconv_t>(-1);
  }
  return cd;
}

// The code points of every two-byte sequence, lead 0x81-0xFE and a trail byte for which
// is_trail holds, at [(lead - 0x81) * trails + index(trail)]; 0 where unassigned.
std::vector<uint32_t> TwoByteTable(iconv_t cd, size_t trails, bool (*is_trail)(unsigned char),
                                   size_t (*index)(unsigned char)) {
  std::vector<uint32_t> two(126 * trails, 0);
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      const auto t = static_cast<unsigned char>(trail);
      if (!is_trail(t)) continue;
      const unsigned char seq[] = {static_cast<unsigned char>(lead), t};
      two[(lead - 0x81) * trails + index(t)] = ConvertOne(cd, seq, 2);
    }
  return two;
}

// Built once, from the C library's converter (about 63,000 single-character conversions,
// ~10 ms): the mapping is the standard's, kept by the C library, not copied here.
const Gb18030Tables& Tables() {
  static Gb18030Tables tables;
  static std::once_flag once;
  std::call_once(once, [] {
    // A known pair first: "中" is D6 D0 (and U+4E2D), or the host is not what this assumes.
    iconv_t cd = OpenToUtf32("GB18030", 0xD6, 0xD0);
    if (cd == reinterpret_cast<iconv_t>(-1)) return;
    tables.two = TwoByteTable(cd, kTrails, IsTrail, TrailIndex);
    tables.four.assign(kFourByteBmpCount, 0);
    for (uint32_t linear = 0; linear < kFourByteBmpCount; ++linear) {
      const unsigned char seq[] = {static_cast<unsigned char>(0x81 + linear / 12600),
                                   static_cast<unsigned char>(0x30 + linear / 1260 % 10),
                                   static_cast<unsigned char>(0x81 + linear / 10 % 126),
                                   static_cast<unsigned char>(0x30 + linear % 10)};
      tables.four[linear] = ConvertOne(cd, seq, 4);
    }
    iconv_close(cd);
    tables.ok = true;
  });
  return tables;
}

// Writes UTF-8 and its map through raw pointers: a push_back per byte costs more than the
// decoding itself. Capacity grows by doubling (a stray byte becomes three).
class Writer {
 public:
  Writer(size_t input_size, std::string* out, std::vector<uint32_t>* map) : out_(out), map_(map) {
    Grow(input_size + input_size / 2 + 16);
  }
  // Appends cp as UTF-8, with `at` in the map for each of its bytes.
  void Put(uint32_t cp, uint32_t at) {
    if (len_ + 4 > cap_) Grow(cap_ * 2);
    char* b = o_ + len_;
    size_t k;
    if (cp < 0x80) {
      b[0] = static_cast<char>(cp);
      k = 1;
    } else if (cp < 0x800) {
      b[0] = static_cast<char>(0xC0 | (cp >> 6));
      b[1] = static_cast<char>(0x80 | (cp & 0x3F));
      k = 2;
    } else if (cp < 0x10000) {
      b[0] = static_cast<char>(0xE0 | (cp >> 12));
      b[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      b[2] = static_cast<char>(0x80 | (cp & 0x3F));
      k = 3;
    } else {
      b[0] = static_cast<char>(0xF0 | (cp >> 18));
      b[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      b[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      b[3] = static_cast<char>(0x80 | (cp & 0x3F));
      k = 4;
    }
    for (size_t j = 0; j < k; ++j) m_[len_ + j] = at;
    len_ += k;
  }
  // Copies the bytes p[i, j) as they are (ASCII, or the identity), each mapped to itself.
  void PutAsIs(const unsigned char* p, size_t i, size_t j) {
    if (len_ + (j - i) > cap_) Grow(std::max(cap_ * 2, len_ + (j - i)));
    std::memcpy(o_ + len_, p + i, j - i);
    uint32_t* m = m_ + len_;
    for (size_t k = i; k < j; ++k) *m++ = static_cast<uint32_t>(k);
    len_ += j - i;
  }
  void Finish(size_t input_size) {
    out_->resize(len_);
    map_->resize(len_ + 1);
    (*map_)[len_] = static_cast<uint32_t>(input_size);
  }

 private:
  void Grow(size_t cap) {
    cap_ = cap;
    out_->resize(cap_);
    map_->resize(cap_ + 1);
    o_ = out_->data();
    m_ = map_->data();
  }
  std::string* out_;
  std::vector<uint32_t>* map_;
  char* o_ = nullptr;
  uint32_t* m_ = nullptr;
  size_t len_ = 0;
  size_t cap_ = 0;
};

// The end of the run of ASCII bytes that starts at p[i]: most of a log or CSV export is ASCII.
inline size_t AsciiRunEnd(const unsigned char* p, size_t i, size_t n) {
  size_t j = i;
  while (j + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + j, 8);
    if (w & 0x8080808080808080ull) break;
    j += 8;
  }
  while (j < n && p[j] < 0x80) ++j;
  return j;
}

void Invalid(size_t at, DecodeResult* r, Writer* w) {
  if (r->invalid++ == 0) r->first_invalid = at;
  w->Put(0xFFFD, static_cast<uint32_t>(at));
}

// The loop the double-byte decoders share: runs of ASCII are copied, and `one(p, i, n,
// &cp)` reads the sequence at p[i] — its length, and its code point (0: unassigned, read as
// U+FFFD) — or returns 0 for a stray byte, replaced alone so that an ASCII byte after it is
// still read as ASCII.
template <class One>
void DecodeMultiByte(std::string_view in, Writer* w, DecodeResult* r, One one) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      const size_t j = AsciiRunEnd(p, i, n);
      w->PutAsIs(p, i, j);
      i = j;
      continue;
    }
    uint32_t cp = 0;
    const size_t len = one(p, i, n, &cp);
    if (cp) w->Put(cp, static_cast<uint32_t>(i));
    else Invalid(i, r, w);
    i += len ? len : 1;
  }
}

void DecodeGb18030(std::string_view in, Writer* w, DecodeResult* r) {
  const Gb18030Tables& t = Tables();
  DecodeMultiByte(in, w, r, [&t](const unsigned char* p, size_t i, size_t n, uint32_t* cp) -> size_t {
    const unsigned char b1 = p[i];
    if (IsLead(b1) && i + 1 < n && IsTrail(p[i + 1])) {
      *cp = t.ok ? t.two[(b1 - 0x81u) * kTrails + TrailIndex(p[i + 1])] : 0;
      return 2;
    }
    if (IsLead(b1) && i + 3 < n && IsDigitByte(p[i + 1]) && IsLead(p[i + 2]) &&
        IsDigitByte(p[i + 3])) {
      const uint32_t linear = (((b1 - 0x81u) * 10 + (p[i + 1] - 0x30u)) * 126 +
                               (p[i + 2] - 0x81u)) * 10 + (p[i + 3] - 0x30u);
      if (linear < kFourByteBmpCount) *cp = t.ok ? t.four[linear] : 0;
      else if (linear >= kSupplementaryBase && linear - kSupplementaryBase <= 0xFFFFF)
        *cp = 0x10000 + (linear - kSupplementaryBase);
      return 4;
    }
    return 0;
  });
}

// Big5's two-byte characters: lead 0x81-0xFE, trail 0x40-0x7E or 0xA1-0xFE (157 trails).
// Big5 proper leads with 0xA1-0xF9; Hong Kong's HKSCS adds 0x87-0xA0 and 0xFA-0xFE.
constexpr size_t kBig5Trails = 157;
inline bool IsBig5Trail(unsigned char t) {
  return (t >= 0x40 && t <= 0x7E) || (t >= 0xA1 && t <= 0xFE);
}
inline size_t Big5TrailIndex(unsigned char t) { return t <= 0x7E ? t - 0x40u : t - 0x62u; }

struct Big5Tables {
  std::vector<uint32_t> two;  // [(lead - 0x81) * 157 + Big5TrailIndex(trail)], 0: unassigned
  bool ok = false;
};

// Built once from the C library's BIG5-HKSCS converter (Big5 with the Hong Kong
// Supplementary Character Set; ~20,000 conversions). The four HKSCS pairs that stand for a
// letter and a combining mark (two code points) are left unassigned.
const Big5Tables& Big5Table() {
  static Big5Tables tables;
  static std::once_flag once;
  std::call_once(once, [] {
    iconv_t cd = OpenToUtf32("BIG5-HKSCS", 0xA4, 0xA4);  // 中 is A4 A4
    if (cd == reinterpret_cast<iconv_t>(-1)) return;
    tables.two = TwoByteTable(cd, kBig5Trails, IsBig5Trail, Big5TrailIndex);
    iconv_close(cd);
    tables.ok = true;
  });
  return tables;
}

void DecodeBig5(std::string_view in, Writer* w, DecodeResult* r) {
  const Big5Tables& t = Big5Table();
  DecodeMultiByte(in, w, r, [&t](const unsigned char* p, size_t i, size_t n, uint32_t* cp) -> size_t {
    const unsigned char b1 = p[i];
    if (b1 < 0x81 || b1 > 0xFE || i + 1 >= n || !IsBig5Trail(p[i + 1])) return 0;
    *cp = t.ok ? t.two[(b1 - 0x81u) * kBig5Trails + Big5TrailIndex(p[i + 1])] : 0;
    return 2;
  });
}

void DecodeUtf16(bool little_endian, std::string_view in, Writer* w, DecodeResult* r) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  auto unit = [&](size_t i) -> uint32_t {
    return little_endian ? p[i] | (p[i + 1] << 8) : (p[i] << 8) | p[i + 1];
  };
  size_t i = 0;
  while (i + 1 < n) {
    const uint32_t u = unit(i);
    if (u < 0xD800 || u > 0xDFFF) {
      w->Put(u, static_cast<uint32_t>(i));
      i += 2;
      continue;
    }
    if (u <= 0xDBFF && i + 3 < n) {
      const uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        w->Put(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), static_cast<uint32_t>(i));
        i += 4;
        continue;
      }
    }
    Invalid(i, r, w);  // an unpaired surrogate
    i += 2;
  }
  if (i < n) Invalid(i, r, w);  // half a code unit at the end
}

}  // namespace
}  // namespace piguard::encoding

namespace piguard {

std::optional<TextEncoding> ParseTextEncoding(std::string_view name) {
  using E = TextEncoding;
  static constexpr std::pair<std::string_view, TextEncoding> kNames[] = {
      {"auto", E::kAuto},         {"utf-8", E::kUtf8},        {"utf8", E::kUtf8},
      {"gb18030", E::kGb18030},   {"gbk", E::kGb18030},       {"gb2312", E::kGb18030},
      {"cp936", E::kGb18030},     {"utf-16le", E::kUtf16le},  {"utf16le", E::kUtf16le},
      {"utf-16be", E::kUtf16be},  {"utf16be", E::kUtf16be},  {"big5", E::kBig5},
      {"big5-hkscs", E::kBig5},   {"big5hkscs", E::kBig5},    {"cp950", E::kBig5}};
  for (const auto& [n, e] : kNames)
    if (ascii::EqualsNoCase(name, n)) return e;
  return std::nullopt;
}

std::string_view TextEncodingName(TextEncoding e) {
  switch (e) {
    case TextEncoding::kAuto: return "auto";
    case TextEncoding::kUtf8: return "utf-8";
    case TextEncoding::kGb18030: return "gb18030";
    case TextEncoding::kUtf16le: return "utf-16le";
    case TextEncoding::kUtf16be: return "utf-16be";
    case TextEncoding::kBig5: return "big5";
  }
  return "utf-8";
}

}  // namespace piguard

namespace piguard::encoding {

TextEncoding FromByteOrderMark(std::string_view head, size_t* mark_length) {
  *mark_length = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") {
    *mark_length = 3;
    return TextEncoding::kUtf8;
  }
  if (head.substr(0, 2) == "\xFF\xFE") {
    *mark_length = 2;
    return TextEncoding::kUtf16le;
  }
  if (head.substr(0, 2) == "\xFE\xFF") {
    *mark_length = 2;
    return TextEncoding::kUtf16be;
  }
  return TextEncoding::kAuto;
}

bool LooksLikeGb18030(std::string_view text) {
  // Valid UTF-8 (nearly always) is known fast: SIMD validation instead of the walks below.
  if (utf8::FindInvalid(text) == std::string_view::npos) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // GB18030's sequences (the structure only: unassigned ones still count as formed), and
  // the bytes >= 0x80 that start none.
  size_t gb_formed = 0;
  size_t gb_stray = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
    } else if (IsLead(b) && i + 1 < n && IsTrail(p[i + 1])) {
      ++gb_formed;
      i += 2;
    } else if (IsLead(b) && i + 3 < n && IsDigitByte(p[i + 1]) && IsLead(p[i + 2]) &&
               IsDigitByte(p[i + 3])) {
      ++gb_formed;
      i += 4;
    } else {
      ++gb_stray;
      ++i;
    }
  }
  // The same for UTF-8, in bytes.
  size_t broken = 0;
  size_t formed = 0;
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int len;
    (void)utf8::Decode(text, i, &len);
    if (len == 1) ++broken;  // a byte >= 0x80 that starts no well-formed sequence
    else formed += static_cast<size_t>(len);
    i += static_cast<size_t>(len);
  }
  // GB18030 when UTF-8 fails often (not one corrupted byte in UTF-8 text) and GB18030 reads
  // nearly all of it (a stray byte or a cut line in a GBK export is allowed; in a short
  // text, two).
  return broken > 0 && broken * 4 >= formed &&
         (gb_stray * 16 <= gb_formed || (gb_stray <= 2 && gb_stray * 4 <= gb_formed));
}

bool Gb18030Available() { return Tables().ok; }

bool LooksLikeBig5(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t pairs = 0, low_trail = 0, stray = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
    } else if (b >= 0x81 && b <= 0xFE && i + 1 < n && IsBig5Trail(p[i + 1])) {
      ++pairs;
      low_trail += p[i + 1] <= 0x7E;
      i += 2;
    } else {
      ++stray;
      ++i;
    }
  }
  // A stray byte or a cut line is allowed, as for GB18030.
  return pairs > 0 && low_trail * 8 >= pairs &&
         (stray * 16 <= pairs || (stray <= 2 && stray * 4 <= pairs));
}

bool Big5Available() { return Big5Table().ok; }

namespace {

// GB18030's bytes for each BMP code point, built from the decoding tables: two-byte forms
// as 0x0000LLTT, four-byte forms as 0x80000000 | linear index, 0 for none (ASCII and the
// surrogates are handled before). `supplementary` holds the few two-byte forms that the C
// library maps past the BMP (FE51 is U+20087 since GB 18030-2005's update): such a character
// also has its algorithmic four-byte form, and the two-byte one, which GBK-era files use,
// is what is written.
struct Gb18030Encoder {
  std::vector<uint32_t> bmp;
  std::vector<std::pair<uint32_t, uint32_t>> supplementary;  // (code point, 0xLLTT), sorted
};

const Gb18030Encoder& Encoder() {
  static Gb18030Encoder enc;
  static std::once_flag once;
  std::call_once(once, [] {
    const Gb18030Tables& t = Tables();
    auto& to = enc.bmp;
    to.assign(0x10000, 0);
    if (!t.ok) return;
    for (uint32_t linear = 0; linear < kFourByteBmpCount; ++linear)
      if (const uint32_t cp = t.four[linear]; cp < 0x10000 && cp && !to[cp])
        to[cp] = 0x80000000u | linear;
    // Two-byte forms win where a code point has both (none should: the standard is 1:1).
    for (uint32_t lead = 0; lead < 126; ++lead)
      for (uint32_t k = 0; k < kTrails; ++k) {
        const uint32_t cp = t.two[lead * kTrails + k];
        const uint32_t trail = k < 63 ? 0x40 + k : 0x41 + k;
        if (cp && cp < 0x10000) to[cp] = ((0x81 + lead) << 8) | trail;
        else if (cp) enc.supplementary.emplace_back(cp, ((0x81 + lead) << 8) | trail);
      }
    std::sort(enc.supplementary.begin(), enc.supplementary.end());
  });
  return enc;
}

void PutFourByte(uint32_t linear, std::string* out) {
  const char b[4] = {static_cast<char>(0x81 + linear / 12600),
                     static_cast<char>(0x30 + linear / 1260 % 10),
                     static_cast<char>(0x81 + linear / 10 % 126),
                     static_cast<char>(0x30 + linear % 10)};
  out->append(b, 4);
}

void PutGb18030(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  const Gb18030Encoder& enc = Encoder();
  if (cp >= 0x10000) {
    auto it = std::lower_bound(enc.supplementary.begin(), enc.supplementary.end(),
                               std::make_pair(cp, uint32_t{0}));
    if (it != enc.supplementary.end() && it->first == cp)
      out->append({static_cast<char>(it->second >> 8), static_cast<char>(it->second & 0xFF)});
    else
      PutFourByte(kSupplementaryBase + (cp - 0x10000), out);
    return;
  }
  const uint32_t code = enc.bmp[cp];
  if (code & 0x80000000u) PutFourByte(code & 0x7FFFFFFFu, out);
  else if (code) out->append({static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)});
  else if (cp != 0xFFFD) PutGb18030(0xFFFD, out);
  else out->push_back('?');  // no tables at all (no iconv): nothing better to write
}

// Big5's bytes (0xLLTT) for each BMP code point, 0 for none, and for the characters of
// HKSCS past the BMP (FA40 is U+20547) as sorted (code point, 0xLLTT) pairs. The first
// pair wins where HKSCS maps two pairs to one character.
struct Big5Encoding {
  std::vector<uint16_t> bmp;
  std::vector<std::pair<uint32_t, uint16_t>> supplementary;
};

const Big5Encoding& Big5Encoder() {
  static Big5Encoding enc;
  static std::once_flag once;
  std::call_once(once, [] {
    enc.bmp.assign(0x10000, 0);
    const Big5Tables& t = Big5Table();
    if (!t.ok) return;
    for (uint32_t lead = 0; lead < 126; ++lead)
      for (uint32_t k = 0; k < kBig5Trails; ++k) {
        const uint32_t cp = t.two[lead * kBig5Trails + k];
        const uint32_t trail = k < 63 ? 0x40 + k : 0x62 + k;
        const auto code = static_cast<uint16_t>(((0x81 + lead) << 8) | trail);
        if (cp && cp < 0x10000 && !enc.bmp[cp]) enc.bmp[cp] = code;
        else if (cp >= 0x10000) enc.supplementary.emplace_back(cp, code);
      }
    // Stable: of two pairs for one character, the first stays first.
    std::stable_sort(enc.supplementary.begin(), enc.supplementary.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  });
  return enc;
}

void PutBig5(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  const Big5Encoding& enc = Big5Encoder();
  uint16_t code = 0;
  if (cp < 0x10000) {
    code = enc.bmp[cp];
  } else {
    auto it = std::lower_bound(enc.supplementary.begin(), enc.supplementary.end(), cp,
                               [](const auto& a, uint32_t c) { return a.first < c; });
    if (it != enc.supplementary.end() && it->first == cp) code = it->second;
  }
  if (code) out->append({static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)});
  else out->push_back('?');
}

void PutUtf16(bool little_endian, uint32_t cp, std::string* out) {
  auto unit = [&](uint32_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    if (little_endian) out->append({lo, hi});
    else out->append({hi, lo});
  };
  if (cp < 0x10000) {
    unit(cp);
  } else {
    unit(0xD800 + ((cp - 0x10000) >> 10));
    unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
  }
}

}  // namespace

size_t EncodeFromUtf8(TextEncoding e, std::string_view utf8, std::string* out) {
  size_t invalid = 0;
  out->reserve(out->size() +
               utf8.size() * (e == TextEncoding::kGb18030 || e == TextEncoding::kBig5 ? 1 : 2));
  for (size_t i = 0; i < utf8.size();) {
    int len;
    uint32_t cp = utf8::Decode(utf8, i, &len);
    if (cp == 0xFFFD && len == 1) ++invalid;
    i += static_cast<size_t>(len);
    switch (e) {
      case TextEncoding::kGb18030: PutGb18030(cp, out); break;
      case TextEncoding::kBig5: PutBig5(cp, out); break;
      case TextEncoding::kUtf16le: PutUtf16(true, cp, out); break;
      case TextEncoding::kUtf16be: PutUtf16(false, cp, out); break;
      case TextEncoding::kAuto:
      case TextEncoding::kUtf8: utf8::Append(out, cp); break;
    }
  }
  return invalid;
}

namespace {

bool IsAsciiTail(const unsigned char* p, size_t n) {
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    any |= w;
  }
  for (; i < n; ++i) any |= p[i];
  return (any & 0x8080808080808080ull) == 0;
}

#if defined(__x86_64__)
__attribute__((target("avx2"))) inline __m256i Load32(const unsigned char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// 128 bytes per round, the top bits of all of them or-ed together: four loads and ors.
__attribute__((target("avx2"))) bool IsAsciiAvx2(const unsigned char* p, size_t n) {
  size_t i = 0;
  __m256i acc = _mm256_setzero_si256();
  for (; i + 128 <= n; i += 128) {
    const __m256i a = _mm256_or_si256(Load32(p + i), Load32(p + i + 32));
    const __m256i b = _mm256_or_si256(Load32(p + i + 64), Load32(p + i + 96));
    acc = _mm256_or_si256(acc, _mm256_or_si256(a, b));
  }
  return _mm256_movemask_epi8(acc) == 0 && IsAsciiTail(p + i, n - i);
}
#endif

}  // namespace

bool IsAscii(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
#if defined(__x86_64__)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return IsAsciiAvx2(p, s.size());
#endif
  return IsAsciiTail(p, s.size());
}

DecodeResult DecodeToUtf8(TextEncoding e, std::string_view in, std::string* out,
                          std::vector<uint32_t>* map) {
  DecodeResult r;
  Writer w(in.size(), out, map);
  switch (e) {
    case TextEncoding::kGb18030: DecodeGb18030(in, &w, &r); break;
    case TextEncoding::kBig5: DecodeBig5(in, &w, &r); break;
    case TextEncoding::kUtf16le: DecodeUtf16(true, in, &w, &r); break;
    case TextEncoding::kUtf16be: DecodeUtf16(false, in, &w, &r); break;
    case TextEncoding::kAuto:
    case TextEncoding::kUtf8:  // nothing to decode: the identity map
      w.PutAsIs(reinterpret_cast<const unsigned char*>(in.data()), 0, in.size());
      break;
  }
  w.Finish(in.size());
  return r;
}

}  // namespace piguard::encoding
