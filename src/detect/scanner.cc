// The detection engine: one left-to-right pass over a segment that stops only at anchor bytes
// (digits, '@', '=', ':', non-ASCII), builds candidates from the token around each anchor,
// validates them, weighs context, and reports the non-overlapping best candidates.
#include "piguard/scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "detect/chinese.h"
#include "detect/lexicon.h"
#include "detect/validators.h"

namespace piguard {
namespace {

constexpr std::string_view kBuiltinNames[kBuiltinTypeCount] = {
    "CHINA_RESIDENT_ID_NUMBER", "CHINA_PASSPORT", "HK_MACAU_TRAVEL_PERMIT", "PERSON_NAME",
    "DATE_OF_BIRTH",            "STREET_ADDRESS", "PHONE_NUMBER",           "EMAIL_ADDRESS",
    "BANK_CARD_NUMBER",         "CREDENTIAL",     "IMSI_ID",                "IMEI_HARDWARE_ID",
    "MEID",                     "ICCID_NUMBER",   "MAC_ADDRESS",            "IP_ADDRESS",
    "LOCATION_COORDINATES",     "CELL_ID",        "CHINA_LICENSE_PLATE"};

using L = Likelihood;

// Byte classes in one table: the token loops test them for every byte they walk.
enum : uint8_t { kClsDigit = 1, kClsAlpha = 2, kClsHex = 4, kClsUpper = 8 };
constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kClsDigit | kClsHex;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kClsAlpha | (c <= 'f' ? kClsHex : 0);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kClsAlpha | kClsUpper | (c <= 'F' ? kClsHex : 0);
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClassTable();
inline uint8_t Cls(char c) { return kClass[static_cast<unsigned char>(c)]; }
inline bool IsDigit(char c) { return Cls(c) & kClsDigit; }
inline bool IsAlpha(char c) { return Cls(c) & kClsAlpha; }
inline bool IsAlnum(char c) { return Cls(c) & (kClsDigit | kClsAlpha); }
inline bool IsHex(char c) { return Cls(c) & kClsHex; }
inline bool IsUpper(char c) { return Cls(c) & kClsUpper; }
inline bool IsAnchorByte(unsigned char c) {
  return (c >= '0' && c <= '9') || c == '@' || c == '=' || c == ':' || c >= 0x80;
}
inline char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }
// HTML elements that carry no meaning of their own: their label is the text before them.
bool IsPresentationTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"span", "td", "th", "div", "p", "b", "i", "em",
                                               "strong", "font", "li", "dd", "dt", "label", "a",
                                               "small", "u", "code", "pre", "br"};
  std::string lower;
  for (char c : tag) lower.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
  for (auto t : kTags)
    if (lower == t) return true;
  return false;
}

inline int ParseSmallInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

struct Candidate {
  uint32_t start;
  uint32_t end;
  TypeId type;
  Likelihood lk;
  std::string_view detector;
  std::string_view field;  // key the value sat under, when known
};

struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct TransparentEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

}  // namespace

std::string_view BuiltinTypeName(TypeId type) {
  return type < kBuiltinTypeCount ? kBuiltinNames[type] : std::string_view();
}

std::optional<TypeId> BuiltinTypeFromName(std::string_view name) {
  for (TypeId t = 0; t < kBuiltinTypeCount; ++t)
    if (kBuiltinNames[t] == name) return t;
  return std::nullopt;
}

std::string_view LikelihoodName(Likelihood l) {
  switch (l) {
    case L::kVeryUnlikely: return "VERY_UNLIKELY";
    case L::kUnlikely: return "UNLIKELY";
    case L::kPossible: return "POSSIBLE";
    case L::kLikely: return "LIKELY";
    case L::kVeryLikely: return "VERY_LIKELY";
  }
  return "POSSIBLE";
}

std::optional<Likelihood> ParseLikelihood(std::string_view name) {
  std::string up;
  for (char c : name) up.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c);
  for (int v = 1; v <= 5; ++v)
    if (LikelihoodName(static_cast<L>(v)) == up) return static_cast<L>(v);
  return std::nullopt;
}

struct ScanScratch::Impl {
  std::string norm;
  std::vector<uint32_t> norm_map;
  std::vector<Candidate> cands;
  std::vector<Candidate> kept;
  std::string window;  // lowercased hotword window
  std::string digits;  // concatenated digit groups
  std::unordered_map<std::string, FieldClass, TransparentHash, TransparentEq> key_cache;
  // A small direct-mapped cache in front of key_cache: log lines repeat the same few keys.
  struct KeySlot {
    char key[24];
    uint8_t len = 0xFF;  // 0xFF: empty
    FieldClass fc;
  };
  KeySlot key_slots[256];
};

ScanScratch::ScanScratch() : impl_(std::make_unique<Impl>()) {}
ScanScratch::~ScanScratch() = default;

struct Scanner::Impl {
  ScanConfig config;
  std::vector<std::string> type_names;
  std::vector<Likelihood> min_lk;  // per type; above kVeryLikely means disabled
  struct Custom {
    TypeId type;
    std::unique_ptr<RE2> re;
    std::string validator;
    Likelihood lk;
    std::vector<std::string> hotwords;
    bool whole_words = false;  // dictionary and deny terms: not inside a longer ASCII word
  };
  std::vector<Custom> custom;
  std::unordered_set<std::string, TransparentHash, TransparentEq> allow_values;
  std::vector<std::unique_ptr<RE2>> allow_patterns;
  int hotword_window = 24;

  bool Reportable(TypeId t, Likelihood l) const {
    return t < min_lk.size() && static_cast<int>(l) >= static_cast<int>(min_lk[t]);
  }
};

namespace {

// Scans one segment. Holds views into the segment and scratch; lives for one Scan call.
class SegmentScan {
 public:
  SegmentScan(const Scanner::Impl& sc, const Segment& seg, ScanScratch::Impl& scr)
      : sc_(sc), seg_(seg), scr_(scr) {}

  void Run(FindingSink& sink);

 private:
  char At(size_t i) const { return i < n_ ? t_[i] : '\0'; }
  bool DigitAt(size_t i) const { return i < n_ && IsDigit(t_[i]); }
  bool AlnumAt(size_t i) const { return i < n_ && IsAlnum(t_[i]); }
  bool After(size_t i) const { return i >= n_; }
  bool StartsAt(size_t i, std::string_view w) const {
    return i <= n_ && n_ - i >= w.size() && std::memcmp(t_.data() + i, w.data(), w.size()) == 0;
  }
  size_t NextAnchor(size_t i) const;

  // Anchor handlers; each returns the position to continue from (> i).
  size_t OnToken(size_t i);
  size_t OnAt(size_t i);
  size_t TryUrlCredential(size_t at);
  size_t OnAssign(size_t i);
  size_t LatinNameLength(size_t p) const;
  size_t OnNonAscii(size_t i);
  size_t OnWholeValue();  // returns where the anchor scan starts (n_ when claimed)
  void RunCustom();
  void RunCustomOnLine(size_t from, size_t to);

  // Compound shapes; each returns the end of what it matched, or 0.
  size_t TryMacOrIpv6(size_t ts, size_t te);
  size_t TryDotted(size_t ts);
  size_t TryGrouped(size_t ts, size_t te, bool plus);
  size_t TryDate(size_t ts, size_t te);
  size_t TryDateDayFirst(size_t ts, size_t te);
  void ReportBirthDate(size_t s, size_t e);
  size_t TryCgi(size_t ts);
  size_t SkipTime(size_t p);
  size_t TryPlate(size_t i, int cp_len);
  size_t TryCredentialValue(size_t v, std::string_view key, bool from_key_hint);
  void ClassifyDigits(size_t ts, size_t te);
  void ClassifyAlnum(size_t ts, size_t te);
  bool EvaluatePhoneDigits(std::string_view d, bool plus, bool grouped, size_t s, size_t e);

  // Context.
  const FieldClass* FieldAt(size_t s, std::string_view* key);
  const FieldClass* ClassifyKey(std::string_view key);
  uint32_t ContextMask(size_t s);
  bool HasHotword(size_t s, TypeId type);
  Likelihood Adjust(TypeId type, Likelihood base, size_t s);
  void Add(size_t s, size_t e, TypeId type, Likelihood lk, std::string_view detector,
           bool with_field = true);
  void Emit(FindingSink& sink);

  const Scanner::Impl& sc_;
  const Segment& seg_;
  ScanScratch::Impl& scr_;
  std::string_view t_;
  size_t n_ = 0;
  bool normalized_ = false;
  // Memo of the last FieldAt lookup (several candidates share one key).
  size_t memo_pos_ = SIZE_MAX;
  const FieldClass* memo_fc_ = nullptr;
  std::string_view memo_key_;
  size_t mask_pos_ = SIZE_MAX;
  uint32_t mask_ = 0;
};

size_t SegmentScan::NextAnchor(size_t i) const {
#if defined(__SSE2__)
  const char* p = t_.data();
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x50));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-118));
  const __m128i at = _mm_set1_epi8('@');
  const __m128i eq = _mm_set1_epi8('=');
  const __m128i colon = _mm_set1_epi8(':');
  while (i + 16 <= n_) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // '0'..'9' + 0x50 -> 0x80..0x89, the only bytes below -118 as signed.
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, bias), limit);
    __m128i m = _mm_or_si128(_mm_or_si128(digit, _mm_cmpeq_epi8(v, at)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, eq), _mm_cmpeq_epi8(v, colon)));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(m) | _mm_movemask_epi8(v));
    if (mask) return i + static_cast<size_t>(__builtin_ctz(mask));
    i += 16;
  }
#endif
  while (i < n_ && !IsAnchorByte(static_cast<unsigned char>(t_[i]))) ++i;
  return i;
}

void SegmentScan::Run(FindingSink& sink) {
  scr_.cands.clear();
  t_ = seg_.text;
  if (utf8::NormalizeWidth(seg_.text, &scr_.norm, &scr_.norm_map)) {
    t_ = scr_.norm;
    normalized_ = true;
  }
  n_ = t_.size();
  // A value the field claims whole (a name or address column) needs no further look: any
  // finding inside it would lose the overlap to the whole-value finding anyway.
  size_t i = seg_.whole_value && seg_.field_class ? OnWholeValue() : 0;
  while (i < n_) {
    i = NextAnchor(i);
    if (i >= n_) break;
    auto c = static_cast<unsigned char>(t_[i]);
    if (IsDigit(static_cast<char>(c))) i = OnToken(i);
    else if (c == '@') i = OnAt(i);
    else if (c == '=' || c == ':') i = OnAssign(i);
    else i = OnNonAscii(i);
  }
  if (!sc_.custom.empty()) RunCustom();
  Emit(sink);
}

// ---------------------------------------------------------------------------------------
// Context

const FieldClass* SegmentScan::FieldAt(size_t s, std::string_view* key) {
  if (seg_.field_class) {
    *key = seg_.field;
    return seg_.field_class;
  }
  if (s == memo_pos_) {
    *key = memo_key_;
    return memo_fc_;
  }
  memo_pos_ = s;
  memo_fc_ = nullptr;
  memo_key_ = {};
  // key=value, key: value, "key":"value", key：value (normalized), 手机号：value.
  size_t p = s;
  if (p > 0 && (t_[p - 1] == '"' || t_[p - 1] == '\'')) --p;
  while (p > 0 && t_[p - 1] == ' ' && s - p < 3) --p;
  if (p > 0 && t_[p - 1] == '>') {
    // <CustName>王小明</CustName>: the element name is the key.
    size_t lt = p - 1;
    while (lt > 0 && s - lt < 64 && t_[lt - 1] != '<' && t_[lt - 1] != '>' && t_[lt - 1] != '\n') --lt;
    if (lt == 0 || t_[lt - 1] != '<' || t_[lt] == '/') return nullptr;
    size_t ke = lt;
    while (ke < p - 1 && (IsAlnum(t_[ke]) || t_[ke] == '_' || t_[ke] == '-' || t_[ke] == ':')) ++ke;
    if (ke == lt) return nullptr;
    std::string_view tag = t_.substr(lt, ke - lt);
    if (!IsPresentationTag(tag)) {
      memo_fc_ = ClassifyKey(tag);
      memo_pos_ = s;
      memo_key_ = tag;
      *key = memo_key_;
      return memo_fc_;
    }
    // A presentation element (<span>, <td>): the label is the text before it, as in
    // "收货地址：<span>..." or "<td>姓名</td><td>...".
    p = lt - 1;
    if (p >= 5 && t_[p - 1] == '>') {  // skip one closing tag: </td>
      size_t q = p - 1;
      while (q > 0 && p - q < 12 && t_[q - 1] != '<') --q;
      if (q > 0 && t_[q] == '/') p = q - 1;
    }
    size_t le = p;
    while (le > 0 && (t_[le - 1] == ':' || t_[le - 1] == ' ')) --le;
    size_t lb = le;
    for (int chars = 0; chars < 8 && lb > 0; ++chars) {
      size_t q = utf8::StartOfCodePoint(t_, lb - 1);
      int len = 0;
      uint32_t cp = utf8::Decode(t_, q, &len);
      if (!(utf8::IsCjk(cp) || IsAlnum(t_[q]) || t_[q] == '_')) break;
      lb = q;
    }
    if (lb == le) return nullptr;
    memo_fc_ = ClassifyKey(t_.substr(lb, le - lb));
    memo_pos_ = s;
    memo_key_ = std::string_view();  // label text may itself be PI: not echoed
    *key = memo_key_;
    return memo_fc_;
  }
  if (p == 0 || (t_[p - 1] != '=' && t_[p - 1] != ':')) return nullptr;
  --p;
  while (p > 0 && t_[p - 1] == ' ' && s - p < 6) --p;  // SET mobile = '...'
  if (p > 0 && t_[p - 1] == '"') --p;
  size_t ke = p;
  while (p > 0 && ke - p < 48 &&
         (IsAlnum(t_[p - 1]) || t_[p - 1] == '_' || t_[p - 1] == '-' || t_[p - 1] == '.'))
    --p;
  bool cjk_key = false;
  if (p == ke) {
    // A Chinese key ("手机号：", "出生日期:") of up to six characters.
    cjk_key = true;
    for (int chars = 0; chars < 6 && p >= 3; ++chars) {
      size_t q = utf8::StartOfCodePoint(t_, p - 1);
      int len = 0;
      if (!utf8::IsCjk(utf8::Decode(t_, q, &len))) break;
      p = q;
    }
    if (p == ke) return nullptr;
  }
  std::string_view found = t_.substr(p, ke - p);
  memo_fc_ = ClassifyKey(found);
  // A Chinese "key" in running text may itself hold PI ("联系人王芳：138..."): use it for
  // context, never echo it as the field name.
  memo_key_ = cjk_key ? std::string_view() : found;
  *key = memo_key_;
  return memo_fc_;
}

// All hotwords (and exclusion words, as bit 31) found in the window before s, in one pass:
// each window byte is looked up in an index of the words that start with it.
const FieldClass* SegmentScan::ClassifyKey(std::string_view key) {
  // L1: a direct-mapped cache of short keys (log lines repeat the same few keys);
  // L2: the per-thread map; miss: classify.
  ScanScratch::Impl::KeySlot* slot = nullptr;
  if (key.size() <= sizeof(slot->key)) {
    uint32_t h = static_cast<uint32_t>(key.size());
    for (char c : key) h = h * 33u + static_cast<unsigned char>(c);
    slot = &scr_.key_slots[(h ^ (h >> 7)) & (std::size(scr_.key_slots) - 1)];
    if (slot->len == key.size() && std::memcmp(slot->key, key.data(), key.size()) == 0)
      return &slot->fc;
  }
  auto it = scr_.key_cache.find(key);
  if (it == scr_.key_cache.end()) {
    if (scr_.key_cache.size() > 4096) scr_.key_cache.clear();
    it = scr_.key_cache.emplace(std::string(key), lexicon::ClassifyFieldName(key)).first;
  }
  if (!slot) {
    memo_pos_ = SIZE_MAX;  // the map may have rehashed; pointers into it stay valid, but be safe
    return &it->second;
  }
  slot->fc = it->second;
  std::memcpy(slot->key, key.data(), key.size());
  slot->len = static_cast<uint8_t>(key.size());
  memo_pos_ = SIZE_MAX;  // the memo may have pointed at this slot
  return &slot->fc;
}

uint32_t SegmentScan::ContextMask(size_t s) {
  if (s == mask_pos_) return mask_;
  size_t p = s;
  for (int chars = 0; chars < sc_.hotword_window && p > 0; ++chars) {
    size_t q = utf8::StartOfCodePoint(t_, p - 1);
    if (t_[q] == '\n') break;  // context does not cross lines
    p = q;
  }
  const lexicon::HotwordIndex& index = lexicon::Index();
  uint32_t mask = 0;
  for (size_t k = p; k < s; ++k) {
    const auto& entries = index.by_first[static_cast<unsigned char>(Lower(t_[k]))];
    for (const auto& e : entries) {
      if ((mask & e.mask) == e.mask || s - k < e.word.size()) continue;
      bool same = true;
      for (size_t j = 0; j < e.word.size() && same; ++j) same = Lower(t_[k + j]) == e.word[j];
      if (!same) continue;
      if (e.ascii) {
        bool left_ok = k == 0 || !IsAlpha(t_[k - 1]);
        size_t r = k + e.word.size();
        bool right_ok = e.word.size() > 3 || r >= s || !IsAlpha(t_[r]);
        if (!left_ok || !right_ok) continue;
      }
      mask |= e.mask;
    }
  }
  mask_pos_ = s;
  mask_ = mask;
  return mask;
}

bool SegmentScan::HasHotword(size_t s, TypeId type) {
  return type < 31 && (ContextMask(s) >> type) & 1u;
}

// Base likelihood from validation, raised by a field name or hotword naming the type and
// lowered by a field name or nearby word that says "internal number".
Likelihood SegmentScan::Adjust(TypeId type, Likelihood base, size_t s) {
  std::string_view key;
  const FieldClass* fc = FieldAt(s, &key);
  if (fc) {
    // The field name is the nearest and most specific context: in key=value logs the words
    // before it are other fields' names ("imsi=... imei=..."), not context of this value.
    if (fc->HintsType(type)) return Raise(base, 1);
    if (fc->exclusion) return Raise(base, -2);
    if (fc->type_mask != 0 || !seg_.field_class) return base;
  }
  uint32_t mask = ContextMask(s);
  if (type < 31 && (mask >> type) & 1u) return Raise(base, 1);
  if (mask & lexicon::kExclusionBit) return Raise(base, -1);
  return base;
}

void SegmentScan::Add(size_t s, size_t e, TypeId type, Likelihood lk,
                      std::string_view detector, bool with_field) {
  if (e <= s || !sc_.Reportable(type, lk)) return;
  std::string_view key;
  const FieldClass* fc = with_field ? FieldAt(s, &key) : nullptr;
  scr_.cands.push_back(Candidate{static_cast<uint32_t>(s), static_cast<uint32_t>(e), type, lk,
                                 detector, fc ? key : std::string_view()});
}

// ---------------------------------------------------------------------------------------
// Tokens: digit runs and the alphanumeric tokens around them.

size_t SegmentScan::OnToken(size_t i) {
  size_t ts = i;
  bool letters = false;
  while (ts > 0 && IsAlnum(t_[ts - 1])) {
    --ts;
    letters |= IsAlpha(t_[ts]);
  }
  size_t te = i;
  while (te < n_ && IsAlnum(t_[te])) {
    letters |= IsAlpha(t_[te]);
    ++te;
  }
  char nx = At(te);
  char pv = ts > 0 ? t_[ts - 1] : '\0';

  // Hex groups joined by ':' or '-': MAC and IPv6.
  if (nx == ':' || (nx == '-' && te - ts == 2) || (pv == ':' && ts >= 2 && t_[ts - 2] == ':')) {
    if (size_t e = TryMacOrIpv6(ts, te)) return e;
  }
  if (te - ts == 4 && nx == '.' && IsHex(At(te + 1)) && (ts == 0 || !IsAlnum(t_[ts - 1]))) {
    // Cisco-style MAC: 001a.2b3c.4d5e
    std::string_view mac = t_.substr(ts, 14);
    if (mac.size() == 14 && validate::IsMac(mac) && !AlnumAt(ts + 14) &&
        !(At(ts + 14) == '.' && AlnumAt(ts + 15))) {
      Add(ts, ts + 14, kMacAddress, Adjust(kMacAddress, L::kLikely, ts), "mac");
      return ts + 14;
    }
  }
  if (letters) {
    if (nx != '@' && pv != '@' && pv != '.' && pv != '/' && pv != '-' && pv != '_')
      ClassifyAlnum(ts, te);
    return te;
  }
  // Short digit runs (status codes, byte counts, ports) matter only as part of a larger
  // shape: dotted, dashed, spaced or bracketed groups, dates, "+86". Skip the rest at once.
  if (te - ts < 6 && nx != '.' && nx != '-' && nx != '/' && nx != ' ' && nx != ')' &&
      pv != '+' && pv != '(' && static_cast<unsigned char>(nx) < 0x80)
    return te;
  if (nx == '@') {
    // The local part of an e-mail (OnAt handles it), unless the "domain" has no dot, as in
    // a RADIUS user name with a realm: 13800138000@cmnet.
    size_t r = te + 1;
    bool dot = false;
    while (r < n_ && (IsAlnum(t_[r]) || t_[r] == '.' || t_[r] == '-')) {
      dot |= t_[r] == '.' && r + 1 < n_ && IsAlnum(t_[r + 1]);
      ++r;
    }
    if (dot) return te;
  }
  if (pv == '@' || (pv == '.' && ts >= 2 && IsAlnum(t_[ts - 2]))) {
    // Inside a domain name or a dotted token that began earlier (already handled).
    if (pv == '.') return te;
  }
  if (nx == '.' && DigitAt(te + 1)) {
    if (size_t e = TryDotted(ts)) return e;
  }
  if (te - ts == 4 && (nx == '-' || nx == '/' || nx == '.' || StartsAt(te, "年"))) {
    if (size_t e = TryDate(ts, te)) return e;
  }
  if (te - ts <= 2 && (nx == '/' || nx == '-' || nx == '.') && DigitAt(te + 1) &&
      (ts == 0 || (t_[ts - 1] != '.' && t_[ts - 1] != '-' && t_[ts - 1] != '/'))) {
    if (size_t e = TryDateDayFirst(ts, te)) return e;
  }
  if (te - ts == 3 && nx == '-' && t_.substr(ts, 3) == "460") {
    if (size_t e = TryCgi(ts)) return e;
  }
  bool plus = pv == '+';
  if ((nx == ' ' || nx == '-') && DigitAt(te + 1)) {
    if (size_t e = TryGrouped(ts, te, plus)) return e;
  }
  if (pv == '(' && nx == ')' && te - ts >= 3 && te - ts <= 4 && t_[ts] == '0') {
    // (0551)22935252 or (010) 12345678
    size_t p = te + 1;
    if (At(p) == ' ') ++p;
    size_t q = p;
    while (DigitAt(q)) ++q;
    if (q - p >= 7 && q - p <= 8 && !AlnumAt(q)) {
      std::string& d = scr_.digits;
      d.assign(t_.substr(ts + 1, te - ts - 1));
      d.append(t_.substr(p, q - p));
      if (validate::CnLandlineAreaCodeLength(d) == static_cast<int>(te - ts - 1)) {
        Add(ts - 1, q, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, ts - 1), "cn_landline");
        return q;
      }
    }
  }
  if (plus) {
    if (EvaluatePhoneDigits(t_.substr(ts, te - ts), true, false, ts - 1, te)) return te;
    return te;
  }
  ClassifyDigits(ts, te);
  return te;
}

bool SegmentScan::EvaluatePhoneDigits(std::string_view d, bool plus, bool grouped, size_t s,
                                      size_t e) {
  // Mainland forms: 11-digit mobile, +86/0086/86 + mobile, 0 + area code + number.
  std::string_view national = d;
  bool cn_prefix = false;
  if (plus) {
    int cc = validate::CountryCodeLength(d);
    if (cc == 0) return false;
    if (d.substr(0, cc) != "86") {
      size_t rest = d.size() - static_cast<size_t>(cc);
      if (d.size() < 8 || d.size() > 15 || rest < 6) return false;
      Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, s), "intl_phone");
      return true;
    }
    national = d.substr(2);
    cn_prefix = true;
  } else if (d.size() == 15 && d.substr(0, 4) == "0086") {
    national = d.substr(4);
    cn_prefix = true;
  } else if (d.size() == 13 && d.substr(0, 2) == "86") {
    national = d.substr(2);
    cn_prefix = true;
  }
  if (national.size() == 11 && validate::IsCnMobile(national)) {
    Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, cn_prefix || grouped ? L::kVeryLikely : L::kLikely, s),
        "cn_mobile");
    return true;
  }
  // Landline: with a trunk 0 nationally, without it after +86.
  std::string_view ll = national;
  if (!cn_prefix) {
    if (ll.empty() || ll[0] != '0') return false;
    ll = ll.substr(1);
  } else if (!ll.empty() && ll[0] == '0') {
    ll = ll.substr(1);
  }
  if (validate::CnLandlineAreaCodeLength(ll) > 0) {
    Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, cn_prefix || grouped ? L::kLikely : L::kPossible, s),
        "cn_landline");
    return true;
  }
  return false;
}

void SegmentScan::ClassifyDigits(size_t ts, size_t te) {
  std::string_view d = t_.substr(ts, te - ts);
  size_t len = d.size();
  if (len < 6) return;
  // Best candidate among the interpretations of this digit run.
  TypeId best_type = 0;
  Likelihood best = L::kVeryUnlikely;
  std::string_view best_detector;
  bool have = false;
  auto consider = [&](TypeId type, Likelihood base, std::string_view detector) {
    Likelihood lk = Adjust(type, base, ts);
    if (!have || static_cast<int>(lk) > static_cast<int>(best)) {
      best = lk;
      best_type = type;
      best_detector = detector;
      have = true;
    }
  };
  std::string_view key;
  const FieldClass* fc = FieldAt(ts, &key);
  auto hinted = [&](TypeId t) { return fc && fc->HintsType(t); };
  // Fast path for labelled values (imsi=..., "msisdn": ...): when the field names a type and
  // the value validates as that type, that is the answer; other readings need not be tried.
  if (fc && fc->type_mask) {
    if (hinted(kPhoneNumber) && ((len == 11 && validate::IsCnMobile(d)) ||
                                 (len == 13 && d[0] == '8' && d[1] == '6' &&
                                  validate::IsCnMobile(d.substr(2))))) {
      Add(ts, te, kPhoneNumber, L::kVeryLikely, "cn_mobile");
      return;
    }
    if (hinted(kImsiId) && validate::IsCnImsi(d)) {
      Add(ts, te, kImsiId, L::kVeryLikely, "cn_imsi");
      return;
    }
    if (hinted(kImeiHardwareId) && validate::IsImei(d)) {
      Add(ts, te, kImeiHardwareId, L::kVeryLikely, "imei");
      return;
    }
    if (hinted(kChinaResidentIdNumber) && len == 18 && validate::CheckResidentId18(d).valid) {
      Add(ts, te, kChinaResidentIdNumber, L::kVeryLikely, "cn_resident_id");
      return;
    }
    if (hinted(kChinaResidentIdNumber) && len == 15 && validate::CheckResidentId15(d).valid) {
      Add(ts, te, kChinaResidentIdNumber, L::kLikely, "cn_resident_id_15");
      return;
    }
    if (hinted(kIccidNumber) && validate::IsCnIccid(d)) {
      Add(ts, te, kIccidNumber, L::kVeryLikely, "cn_iccid");
      return;
    }
  }

  switch (len) {
    case 10:
    case 11:
    case 12:
    case 13: {
      if (len == 11 && validate::IsCnMobile(d)) consider(kPhoneNumber, L::kLikely, "cn_mobile");
      if (len == 13 && d.substr(0, 2) == "86" && validate::IsCnMobile(d.substr(2)))
        consider(kPhoneNumber, L::kLikely, "cn_mobile");
      if (d[0] == '0' && validate::CnLandlineAreaCodeLength(d.substr(1)) > 0)
        consider(kPhoneNumber, L::kPossible, "cn_landline");
      if (len == 13 && hinted(kPhoneNumber) && (d.substr(0, 2) == "14" || d.substr(0, 5) == "10648"))
        consider(kPhoneNumber, L::kUnlikely, "cn_iot_number");
      if (len == 11 && hinted(kPhoneNumber) && d[0] == '1')
        consider(kPhoneNumber, L::kUnlikely, "cn_mobile_shape");
      break;
    }
    case 14:
      if (hinted(kImeiHardwareId)) consider(kImeiHardwareId, L::kPossible, "imei");
      if (hinted(kMeid) && validate::IsMeid(d)) consider(kMeid, L::kPossible, "meid");
      break;
    case 15: {
      if (d.substr(0, 4) == "0086" && validate::IsCnMobile(d.substr(4)))
        consider(kPhoneNumber, L::kLikely, "cn_mobile");
      if (validate::IsCnImsi(d)) consider(kImsiId, L::kLikely, "cn_imsi");
      if (validate::Luhn(d)) {
        bool rb = validate::HasKnownImeiReportingBody(d);
        consider(kImeiHardwareId, rb ? L::kLikely : L::kUnlikely, "imei");
      } else if (hinted(kImeiHardwareId)) {
        consider(kImeiHardwareId, L::kUnlikely, "imei");
      }
      auto id = validate::CheckResidentId15(d);
      if (id.valid) {
        // A legacy ID has no check digit, so it needs context; with an ID hotword it beats
        // the IMEI reading that one legacy ID in ten also passes.
        bool id_context = HasHotword(ts, kChinaResidentIdNumber);
        Likelihood base = id.region == validate::RegionEvidence::kKnownCode ? L::kUnlikely
                                                                             : L::kVeryUnlikely;
        consider(kChinaResidentIdNumber, id_context ? Raise(base, 2) : base, "cn_resident_id_15");
      }
      if (validate::BankCardStrength(d) == 2) consider(kBankCardNumber, L::kPossible, "bank_card");
      break;
    }
    case 16:
    case 17:
    case 18:
    case 19:
    case 20: {
      if (len == 18) {
        auto id = validate::CheckResidentId18(d);
        if (id.valid)
          consider(kChinaResidentIdNumber,
                   id.region == validate::RegionEvidence::kKnownCode ? L::kLikely : L::kPossible,
                   "cn_resident_id");
      }
      if (len == 16 && hinted(kImeiHardwareId)) consider(kImeiHardwareId, L::kPossible, "imeisv");
      if (len <= 19) {
        int strength = validate::BankCardStrength(d);
        if (strength == 2) consider(kBankCardNumber, len == 18 ? L::kPossible : L::kLikely, "bank_card");
        else if (strength == 1) consider(kBankCardNumber, L::kPossible, "bank_card");
      }
      if ((len == 19 || len == 20) && validate::IsCnIccid(d))
        consider(kIccidNumber, L::kLikely, "cn_iccid");
      break;
    }
    default:
      break;
  }
  if (!have && fc && fc->HintsType(kCellId) && len <= 10) consider(kCellId, L::kPossible, "cell_id");
  if (!have && len == 8 && (hinted(kDateOfBirth) || HasHotword(ts, kDateOfBirth))) {
    if (validate::IsValidBirthDate8(d, 1900, 2030))
      consider(kDateOfBirth, L::kPossible, "date_of_birth");
  }
  if (have) Add(ts, te, best_type, best, best_detector);
}

void SegmentScan::ClassifyAlnum(size_t ts, size_t te) {
  std::string_view tok = t_.substr(ts, te - ts);
  size_t len = tok.size();
  // 17 digits + X: resident ID with check character X.
  if (len == 18 && (tok[17] == 'X' || tok[17] == 'x') && validate::AllDigits(tok.substr(0, 17))) {
    auto id = validate::CheckResidentId18(tok);
    if (id.valid)
      Add(ts, te, kChinaResidentIdNumber,
          Adjust(kChinaResidentIdNumber,
                 id.region == validate::RegionEvidence::kKnownCode ? L::kLikely : L::kPossible, ts),
          "cn_resident_id");
    return;
  }
  if ((len == 19 || len == 20) && validate::IsCnIccid(tok)) {
    Add(ts, te, kIccidNumber, Adjust(kIccidNumber, L::kLikely, ts), "cn_iccid");
    return;
  }
  char c0 = tok[0];
  std::string_view rest = tok.substr(1);
  // Passports: E + 8 digits, E + letter + 7 digits, G + 8 digits (older), D/S/P official.
  if (len == 9 && IsUpper(c0)) {
    bool digits8 = validate::AllDigits(rest);
    bool letter7 = IsUpper(rest[0]) && rest[0] != 'I' && rest[0] != 'O' &&
                   validate::AllDigits(rest.substr(1));
    if (c0 == 'E' && (digits8 || letter7)) {
      Add(ts, te, kChinaPassport, Adjust(kChinaPassport, L::kPossible, ts), "cn_passport");
      return;
    }
    if (c0 == 'G' && digits8) {
      Add(ts, te, kChinaPassport, Adjust(kChinaPassport, L::kPossible, ts), "cn_passport");
      return;
    }
    if ((c0 == 'D' || c0 == 'S' || c0 == 'P') && (digits8 || letter7)) {
      Add(ts, te, kChinaPassport, Adjust(kChinaPassport, L::kUnlikely, ts), "cn_passport");
      return;
    }
    // Exit-entry permit for travelling to and from Hong Kong and Macao: C + 8 digits or
    // C + letter + 7 digits; the older booklet W + 8 digits.
    if (c0 == 'C' && (digits8 || letter7)) {
      Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, L::kPossible, ts),
          "hk_macau_permit");
      return;
    }
    if (c0 == 'W' && digits8) {
      Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, L::kUnlikely, ts),
          "hk_macau_permit");
      return;
    }
    if ((c0 == 'H' || c0 == 'M') && digits8) {  // Home-return permit of HK / Macao residents
      Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, L::kUnlikely, ts),
          "hk_macau_permit");
      return;
    }
  }
  if (len == 11 && (c0 == 'H' || c0 == 'M') && validate::AllDigits(rest)) {
    Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, L::kUnlikely, ts),
        "hk_macau_permit");
    return;
  }
  if (len == 14 && validate::IsMeid(tok)) {
    bool common = (Lower(tok[0]) == 'a' && (tok[1] == '0' || tok[1] == '1'));
    Add(ts, te, kMeid, Adjust(kMeid, common ? L::kPossible : L::kUnlikely, ts), "meid");
    return;
  }
}

size_t SegmentScan::TryMacOrIpv6(size_t ts, size_t te) {
  // Extend over [hex : -] (and '.' for an embedded IPv4 tail) in both directions.
  size_t s = ts;
  while (s > 0 && (IsHex(t_[s - 1]) || t_[s - 1] == ':')) --s;
  if (s > 0 && IsAlnum(t_[s - 1])) return 0;
  if (At(te) == '-' || (te < n_ && t_[te] != ':' && s == ts)) {
    // MAC with dashes: xx-xx-xx-xx-xx-xx. The anchor (first digit) may sit in a later group
    // when the first groups are letters only ("AA-F7-..."): step back over "xx-" groups.
    size_t m = ts;
    while (m >= 3 && ts - m < 15 && t_[m - 1] == '-' && IsHex(t_[m - 2]) && IsHex(t_[m - 3]) &&
           (m == 3 || !IsAlnum(t_[m - 4]) || t_[m - 4] == '-'))
      m -= 3;
    for (size_t start = m; start <= ts; start += 3) {
      if (start > 0 && (IsAlnum(t_[start - 1]) || t_[start - 1] == '-')) continue;
      std::string_view cand = t_.substr(start, 17);
      if (cand.size() == 17 && validate::IsMac(cand) && !AlnumAt(start + 17) &&
          At(start + 17) != '-') {
        Add(start, start + 17, kMacAddress, Adjust(kMacAddress, L::kLikely, start), "mac");
        return start + 17;
      }
    }
    return 0;
  }
  size_t e = te;
  while (e < n_ && (IsHex(t_[e]) || t_[e] == ':' || t_[e] == '.')) ++e;
  if (AlnumAt(e)) return 0;
  // MAC with colons.
  if (e - s >= 17) {
    std::string_view mac = t_.substr(s, 17);
    if (validate::IsMac(mac) && (s + 17 == e || (!IsHex(At(s + 17)) && At(s + 17) != ':'))) {
      Add(s, s + 17, kMacAddress, Adjust(kMacAddress, L::kLikely, s), "mac");
      return s + 17;
    }
  }
  // IPv6: trim trailing '.' / ':' that belong to the sentence, then validate.
  size_t end = e;
  while (end > s && (t_[end - 1] == '.' || (t_[end - 1] == ':' && !(end - s >= 2 && t_[end - 2] == ':'))))
    --end;
  std::string_view cand = t_.substr(s, end - s);
  size_t colons = static_cast<size_t>(std::count(cand.begin(), cand.end(), ':'));
  if (colons >= 2 && validate::IsIpv6(cand)) {
    // "::" alone or tiny forms like "1::" are more often separators than addresses.
    bool trivial = cand.size() < 6;
    Add(s, end, kIpAddress, Adjust(kIpAddress, trivial ? L::kUnlikely : L::kLikely, s), "ipv6");
    return end;
  }
  return 0;
}

size_t SegmentScan::TryDotted(size_t ts) {
  // Groups of digits joined by single dots.
  size_t groups[8][2];
  int g = 0;
  size_t p = ts;
  while (g < 8) {
    size_t q = p;
    while (DigitAt(q)) ++q;
    if (q == p) break;
    groups[g][0] = p;
    groups[g][1] = q;
    ++g;
    if (At(q) == '.' && DigitAt(q + 1)) p = q + 1;
    else break;
  }
  size_t end = groups[g - 1][1];
  if (AlnumAt(end) || (ts > 0 && (t_[ts - 1] == '.' || IsAlnum(t_[ts - 1])))) return end;
  if (g == 4 && !(At(end) == '.' && DigitAt(end + 1))) {
    std::string_view ip = t_.substr(ts, end - ts);
    if (validate::IsIpv4(ip)) {
      Add(ts, end, kIpAddress, Adjust(kIpAddress, L::kLikely, ts), "ipv4");
    }
    return end;
  }
  if (g == 3) {
    if (size_t e = TryDate(ts, groups[0][1])) return e;
    return end;
  }
  if (g == 2) {
    // A decimal: maybe the first half of "lat,lng", or a lat / lng field.
    size_t frac1 = groups[1][1] - groups[1][0];
    size_t s = ts;
    if (s > 0 && t_[s - 1] == '-') --s;
    size_t p2 = end;
    if (At(p2) == ',' || At(p2) == ' ') ++p2;
    if (At(p2) == ' ') ++p2;
    if (At(p2) == '-') ++p2;
    size_t q = p2;
    while (DigitAt(q)) ++q;
    if (p2 != end && q > p2 && At(q) == '.' && DigitAt(q + 1)) {
      size_t r = q + 1;
      while (DigitAt(r)) ++r;
      if (!AlnumAt(r) && !(At(r) == '.' && DigitAt(r + 1))) {
        double a = std::strtod(std::string(t_.substr(s, end - s)).c_str(), nullptr);
        double b = std::strtod(std::string(t_.substr(p2, r - p2)).c_str(), nullptr);
        size_t frac2 = r - q - 1;
        bool lat_lng = a >= -90 && a <= 90 && b >= -180 && b <= 180;
        bool lng_lat = b >= -90 && b <= 90 && a >= -180 && a <= 180;  // GeoJSON order
        if (frac1 >= 4 && frac2 >= 4 && (lat_lng || lng_lat)) {
          // Inside mainland China's bounding box (lat 3-54, lng 73-136) in either order.
          bool china = (a >= 3 && a <= 54 && b >= 73 && b <= 136) ||
                       (b >= 3 && b <= 54 && a >= 73 && a <= 136);
          Add(s, r, kLocationCoordinates,
              Adjust(kLocationCoordinates, china ? L::kLikely : L::kPossible, s), "coordinates");
          return r;
        }
      }
    }
    std::string_view key;
    const FieldClass* fc = FieldAt(s, &key);
    if (fc && fc->HintsType(kLocationCoordinates) && frac1 >= 3) {
      Add(s, end, kLocationCoordinates, L::kLikely, "coordinates");
    }
    return end;
  }
  return end;
}

size_t SegmentScan::TryDate(size_t ts, size_t te) {
  // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日; reported only as a date of birth, so
  // only with birth context (a birth field or a birth hotword). Timestamps never qualify.
  if (te - ts != 4) return 0;  // the year: exactly four digits
  std::string_view ys = t_.substr(ts, te - ts);
  int year = ParseSmallInt(ys);
  if (year < 1900 || year > 2030) return 0;
  bool cjk = StartsAt(te, "年");
  char sep = cjk ? '\0' : t_[te];
  size_t p = te + (cjk ? 3 : 1);
  size_t q = p;
  while (DigitAt(q) && q - p < 2) ++q;
  if (q == p || DigitAt(q)) return 0;
  int month = ParseSmallInt(t_.substr(p, q - p));
  if (cjk) {
    if (!StartsAt(q, "月")) return 0;
    p = q + 3;
  } else {
    if (At(q) != sep) return 0;
    p = q + 1;
  }
  q = p;
  while (DigitAt(q) && q - p < 2) ++q;
  if (cjk && q == p) {
    // 1966年4月出生: a year and month, reported only when 出生/生 follows at once.
    if (month >= 1 && month <= 12 && (StartsAt(p, "出生") || StartsAt(p, "生"))) {
      Add(ts, p, kDateOfBirth, L::kLikely, "date_of_birth");
      return p;
    }
    return 0;
  }
  if (q == p || DigitAt(q)) return 0;
  int day = ParseSmallInt(t_.substr(p, q - p));
  size_t end = q;
  if (cjk && (StartsAt(q, "日") || StartsAt(q, "号"))) end = q + 3;
  if (!validate::IsValidDate(year, month, day)) return 0;
  // A date with a time of day is a timestamp, never a birth date: skip it whole so its
  // digit groups are not looked at one by one (logs start every line with one).
  if (!cjk && (At(end) == 'T' || At(end) == ' ') && DigitAt(end + 1) && DigitAt(end + 2) &&
      At(end + 3) == ':')
    return SkipTime(end + 1);
  if (!cjk && AlnumAt(end)) return end;
  ReportBirthDate(ts, end);
  return end;
}

// A date is a date of birth only in a birth field, after a birth hotword, or right before
// 出生 ("1990年3月7日出生").
void SegmentScan::ReportBirthDate(size_t s, size_t e) {
  std::string_view key;
  const FieldClass* fc = FieldAt(s, &key);
  if (fc && fc->HintsType(kDateOfBirth)) {
    Add(s, e, kDateOfBirth, L::kVeryLikely, "date_of_birth");
    return;
  }
  size_t after = e;
  if (At(after) == ' ') ++after;
  if (HasHotword(s, kDateOfBirth) || StartsAt(after, "出生") || StartsAt(after, "生")) {
    Add(s, e, kDateOfBirth, L::kLikely, "date_of_birth");
  }
}

// DD/MM/YYYY or MM/DD/YYYY (also with '-' or '.'), as written outside China; the order is
// ambiguous, so the date must be valid one way or the other, and birth context is required.
size_t SegmentScan::TryDateDayFirst(size_t ts, size_t te) {
  char sep = At(te);
  size_t p = te + 1;
  size_t q = p;
  while (DigitAt(q) && q - p < 2) ++q;
  if (q == p || DigitAt(q) || At(q) != sep) return 0;
  size_t y = q + 1;
  size_t ye = y;
  while (DigitAt(ye) && ye - y < 4) ++ye;
  if (ye - y != 4 || AlnumAt(ye)) return 0;
  int a = ParseSmallInt(t_.substr(ts, te - ts));
  int b = ParseSmallInt(t_.substr(p, q - p));
  int year = ParseSmallInt(t_.substr(y, 4));
  if (year < 1900 || year > 2030) return 0;
  if (!validate::IsValidDate(year, b, a) && !validate::IsValidDate(year, a, b)) return 0;
  ReportBirthDate(ts, ye);
  return ye;
}

// Skips hh:mm[:ss[.fff]][Z|+hh[:mm]] starting at p; returns the position after it.
size_t SegmentScan::SkipTime(size_t p) {
  auto two = [&](size_t q) { return DigitAt(q) && DigitAt(q + 1); };
  if (!two(p) || At(p + 2) != ':' || !two(p + 3)) return p;
  p += 5;
  if (At(p) == ':' && two(p + 1)) {
    p += 3;
    if ((At(p) == '.' || At(p) == ',') && DigitAt(p + 1)) {
      ++p;
      while (DigitAt(p)) ++p;
    }
  }
  if (At(p) == 'Z') {
    ++p;
  } else if ((At(p) == '+' || At(p) == '-') && two(p + 1)) {
    p += 3;
    if (At(p) == ':' && two(p + 1)) p += 3;
    else if (two(p)) p += 2;
  }
  return AlnumAt(p) ? p - 1 : p;
}

size_t SegmentScan::TryCgi(size_t ts) {
  // Cell Global Identity: MCC-MNC-LAC-CI, e.g. 460-00-52511-60387 (also ECGI with 3 parts).
  size_t p = ts;
  int parts = 0;
  while (parts < 4) {
    size_t q = p;
    while (DigitAt(q)) ++q;
    if (q == p) break;
    ++parts;
    p = q;
    if (At(p) == '-' && DigitAt(p + 1) && parts < 4) ++p;
    else break;
  }
  if (parts >= 3 && !AlnumAt(p)) {
    Add(ts, p, kCellId, Adjust(kCellId, L::kLikely, ts), "cell_global_id");
    return p;
  }
  return 0;
}

size_t SegmentScan::TryGrouped(size_t ts, size_t te, bool plus) {
  size_t starts[8];
  size_t lens[8];
  int g = 0;
  size_t p = ts;
  size_t end = te;
  starts[g] = ts;
  lens[g] = te - ts;
  ++g;
  // Groups may mix spaces and dashes ("+86 139-1234-5678"), never other separators.
  while (g < 7 && (At(end) == ' ' || At(end) == '-') && DigitAt(end + 1)) {
    size_t q = end + 1;
    while (DigitAt(q)) ++q;
    // An ID's check character X may end the last group ("110105 19491231 002X").
    bool check_x = (At(q) == 'X' || At(q) == 'x') && !AlnumAt(q + 1);
    if (AlnumAt(q) && !check_x) break;  // the group runs into letters: not a clean group
    if (check_x) ++q;
    starts[g] = end + 1;
    lens[g] = q - end - 1;
    ++g;
    end = q;
    if (check_x) break;
  }
  (void)p;
  if (g < 2) return 0;
  // Try the longest prefix of groups that forms a phone or card number.
  for (int k = g; k >= 2; --k) {
    std::string& d = scr_.digits;
    d.clear();
    for (int j = 0; j < k; ++j) d.append(t_.substr(starts[j], lens[j]));
    size_t e = starts[k - 1] + lens[k - 1];
    if (d.size() > 20) continue;
    size_t s = plus ? ts - 1 : ts;
    if (d.size() == 18 && !plus) {
      // Resident IDs written in groups (6-8-4); the check character makes them safe.
      auto id = validate::CheckResidentId18(d);
      if (id.valid) {
        Add(ts, e, kChinaResidentIdNumber, Adjust(kChinaResidentIdNumber, L::kLikely, ts),
            "cn_resident_id");
        return e;
      }
    }
    if (!validate::AllDigits(d)) continue;
    if (EvaluatePhoneDigits(d, plus, true, s, e)) return e;
    if (!plus && d.size() == 15 && validate::IsImei(d)) {  // 35-209900-176148-1
      Add(ts, e, kImeiHardwareId, Adjust(kImeiHardwareId, L::kLikely, ts), "imei");
      return e;
    }
    if (!plus && d.size() >= 16 && d.size() <= 19 && lens[0] == 4) {
      int strength = validate::BankCardStrength(d);
      if (strength > 0) {
        Add(ts, e, kBankCardNumber,
            Adjust(kBankCardNumber, strength == 2 ? L::kLikely : L::kPossible, ts), "bank_card");
        return e;
      }
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// '@': e-mail addresses and URL credentials.

// scheme://user:password@host: the password is a credential (any bytes but '/', '@', quotes
// and spaces), and the host that follows is not an e-mail domain. Returns the end of the
// host, or 0 when t_[at] is not the '@' of URL user information.
size_t SegmentScan::TryUrlCredential(size_t at) {
  size_t p = at;
  while (p > 0 && at - p < 256) {
    char c = t_[p - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '<' || c == '@' ||
        c == '/')
      break;
    --p;
  }
  if (!(p >= 3 && t_[p - 1] == '/' && t_[p - 2] == '/' && t_[p - 3] == ':')) return 0;
  std::string_view userinfo = t_.substr(p, at - p);
  size_t colon = userinfo.find(':');
  size_t r = at + 1;
  while (r < n_ && (IsAlnum(t_[r]) || t_[r] == '.' || t_[r] == '-' || t_[r] == '[' ||
                    t_[r] == ']' || t_[r] == ':'))
    ++r;
  if (colon != std::string_view::npos && colon + 1 < userinfo.size()) {
    // The user name is not echoed as a field name.
    Add(p + colon + 1, at, kCredential, L::kLikely, "url_credential", /*with_field=*/false);
  }
  return r > at + 1 ? r : at + 1;
}

size_t SegmentScan::OnAt(size_t i) {
  if (size_t e = TryUrlCredential(i)) return e;
  auto local_char = [](char c) {
    return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  size_t l = i;
  while (l > 0 && i - l < 64 && local_char(t_[l - 1])) --l;
  while (l < i && (t_[l] == '.' || t_[l] == '-')) ++l;
  if (l == i || t_[i - 1] == '.') return i + 1;
  size_t r = i + 1;
  while (r < n_ && (IsAlnum(t_[r]) || t_[r] == '.' || t_[r] == '-')) ++r;
  while (r > i + 1 && (t_[r - 1] == '.' || t_[r - 1] == '-')) --r;
  std::string_view domain = t_.substr(i + 1, r - i - 1);
  size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return i + 1;
  std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2) return i + 1;
  for (char c : tld)
    if (!IsAlpha(c)) return i + 1;
  if (domain.find("..") != std::string_view::npos) return i + 1;
  Add(l, r, kEmailAddress, Adjust(kEmailAddress, L::kLikely, l), "email");
  return r;
}

// ---------------------------------------------------------------------------------------
// '=' and ':': credentials and labelled values (cust=张三, "address":"...").

size_t SegmentScan::TryCredentialValue(size_t v, std::string_view key, bool /*from_key_hint*/) {
  while (v < n_ && t_[v] == ' ') ++v;
  char quote = '\0';
  if (At(v) == '"' || At(v) == '\'') quote = t_[v++];
  std::string lk;
  for (char c : key) lk.push_back(Lower(c));
  if (lk == "authorization" || lk == "auth") {
    for (std::string_view scheme : {"Bearer ", "Basic ", "bearer ", "Token ", "Digest "})
      if (StartsAt(v, scheme)) v += scheme.size();
  }
  size_t e = v;
  if (quote) {
    while (e < n_ && t_[e] != quote && t_[e] != '\n') ++e;
  } else {
    while (e < n_ && t_[e] != ' ' && t_[e] != '\t' && t_[e] != '&' && t_[e] != ',' &&
           t_[e] != ';' && t_[e] != '"' && t_[e] != '\'' && t_[e] != '}' && t_[e] != ')' &&
           t_[e] != ']' && t_[e] != '|' && t_[e] != '\n' && t_[e] != '\r')
      ++e;
  }
  std::string_view val = t_.substr(v, e - v);
  if (val.size() < 3) return e;
  // Placeholders are not secrets.
  bool masked = true;
  for (char c : val)
    if (c != '*' && c != 'x' && c != 'X' && c != '#' && c != '.') masked = false;
  std::string lv;
  for (char c : val) lv.push_back(Lower(c));
  if (masked || lv == "null" || lv == "none" || lv == "true" || lv == "false" ||
      lv == "<redacted>" || lv == "[redacted]" || lv == "redacted" || lv == "undefined" ||
      lv.rfind("${", 0) == 0 || lv.rfind("{{", 0) == 0 || lv.rfind("%s", 0) == 0)
    return e;
  Add(v, e, kCredential, L::kLikely, "credential_value");
  return e;
}

// Two to four capitalized words ("Wang Zihan", "Mary Ann Smith") at t_[p], ended by a
// non-letter; returns the byte length or 0.
size_t SegmentScan::LatinNameLength(size_t p) const {
  size_t q = p;
  int words = 0;
  while (words < 4 && IsUpper(At(q))) {
    size_t w = q + 1;
    while (w < n_ && (Cls(t_[w]) & kClsAlpha) && !IsUpper(t_[w])) ++w;
    if (w - q < 2) return 0;
    ++words;
    q = w;
    if (At(q) == ' ' && IsUpper(At(q + 1))) ++q;
    else break;
  }
  if (words < 2 || AlnumAt(q)) return 0;
  return q - p;
}

size_t SegmentScan::OnAssign(size_t i) {
  if (i == 0) return i + 1;
  // A MAC or IPv6 address whose first groups have no digit ("ab:cd:ef:..."): the digit
  // anchors never saw its start.
  if (t_[i] == ':' && i >= 2 && IsHex(t_[i - 1]) && IsHex(t_[i - 2]) && IsHex(At(i + 1)) &&
      (i == 2 || !IsAlnum(t_[i - 3]))) {
    size_t hex_end = i - 2;
    while (hex_end < n_ && (IsHex(t_[hex_end]) || t_[hex_end] == ':')) ++hex_end;
    if (size_t e = TryMacOrIpv6(i - 2, i)) return e;
  }
  size_t p = i;
  char prev = t_[p - 1];
  if (prev == '"' || prev == '\'') --p;
  else if (!IsAlpha(prev) && prev != '_') return i + 1;
  // Most keys need no more work: only credential keys and keys of Chinese values matter
  // here. Decide that from the bytes around the '=' before walking back over the key.
  {
    size_t vs = i + 1;
    while (vs < n_ && vs - i < 4 && (t_[vs] == ' ' || t_[vs] == '"')) ++vs;
    bool cjk_value = vs < n_ && static_cast<unsigned char>(t_[vs]) >= 0x80;
    // "Contact person: Wang Zihan": a capitalized word, a space, a capitalized word.
    bool latin_name = IsUpper(At(vs)) && LatinNameLength(vs) > 0;
    if (!cjk_value && !latin_name && !lexicon::MayEndCredentialKey(t_.substr(0, p)))
      return i + 1;
  }
  size_t ke = p;
  while (p > 0 && ke - p < 40 &&
         (IsAlnum(t_[p - 1]) || t_[p - 1] == '_' || t_[p - 1] == '-' || t_[p - 1] == '.'))
    --p;
  if (p == ke) return i + 1;
  std::string_view key = t_.substr(p, ke - p);
  size_t v = i + 1;
  if (t_[i] == ':' && StartsAt(v, "//")) return i + 1;  // a URL scheme
  if (lexicon::IsCredentialKey(key)) return TryCredentialValue(v, key, true);
  // A labelled value in Chinese (cust=张三, "address":"湖南省..."): look at the key.
  size_t vs = v;
  while (vs < n_ && t_[vs] == ' ') ++vs;
  bool quoted = At(vs) == '"';
  if (quoted) ++vs;
  if (IsUpper(At(vs))) {
    if (size_t len = LatinNameLength(vs)) {
      if (ClassifyKey(key)->HintsType(kPersonName)) {
        Add(vs, vs + len, kPersonName, L::kLikely, "latin_person_name");
        return vs + len;
      }
    }
  }
  if (vs < n_ && static_cast<unsigned char>(t_[vs]) >= 0x80) {
    const FieldClass& fc = *ClassifyKey(key);
    if (fc.HintsType(kPersonName)) {
      bool known = false;
      // In running text the key is only a hint (it may be an exception class or a label),
      // so the value must also start with a known surname.
      size_t len = chinese::MatchChineseName(t_, vs, true, &known);
      if (len) {
        size_t e = vs + len;
        bool clean = e >= n_ || !utf8::IsCjk([&] { int l; return utf8::Decode(t_, e, &l); }());
        if (clean) {
          Add(vs, e, kPersonName, known ? L::kVeryLikely : L::kLikely, "cn_person_name");
          return e;
        }
      }
    }
    if (fc.HintsType(kStreetAddress)) {
      size_t e = vs;
      while (e < n_ && t_[e] != ' ' && t_[e] != '\t' && t_[e] != '"' && t_[e] != ',' &&
             t_[e] != ';' && t_[e] != '|' && t_[e] != '&' && t_[e] != '\n' && t_[e] != '\r')
        ++e;
      if (e - vs >= 6) {
        Add(vs, e, kStreetAddress, L::kLikely, "street_address");
        return e;
      }
    }
  }
  return i + 1;
}

// ---------------------------------------------------------------------------------------
// Non-ASCII: licence plates, addresses, names, Chinese credential labels.

namespace {
bool IsPlateProvince(uint32_t cp) {
  static constexpr char32_t kProvinces[] = {
      U'京', U'津', U'沪', U'渝', U'冀', U'豫', U'云', U'辽', U'黑', U'湘', U'皖', U'鲁', U'新',
      U'苏', U'浙', U'赣', U'鄂', U'桂', U'甘', U'晋', U'蒙', U'陕', U'吉', U'闽', U'贵', U'粤',
      U'青', U'藏', U'川', U'宁', U'琼'};
  for (char32_t p : kProvinces)
    if (cp == p) return true;
  return false;
}
bool PlateChar(char c) { return IsDigit(c) || (IsUpper(c) && c != 'I' && c != 'O'); }
}  // namespace

size_t SegmentScan::TryPlate(size_t i, int cp_len) {
  size_t p = i + static_cast<size_t>(cp_len);
  if (!IsUpper(At(p)) || At(p) == 'I' || At(p) == 'O') return 0;
  ++p;
  if (StartsAt(p, "\xC2\xB7")) p += 2;             // U+00B7 middle dot
  else if (StartsAt(p, "\xE2\x80\xA2")) p += 3;    // U+2022 bullet
  else if (At(p) == ' ' || At(p) == '-') ++p;
  size_t q = p;
  int digits = 0;
  while (q < n_ && q - p < 6 && PlateChar(t_[q])) {
    digits += IsDigit(t_[q]);
    ++q;
  }
  size_t len = q - p;
  size_t end = q;
  if (len == 4 && (StartsAt(q, "挂") || StartsAt(q, "学") || StartsAt(q, "警") ||
                   StartsAt(q, "港") || StartsAt(q, "澳")))
    end = q + 3;
  else if (len != 5 && len != 6)
    return 0;
  if (AlnumAt(end) || digits < 2) return 0;
  if (len == 6) {  // new-energy plates: D/F first or last
    char a = t_[p], z = t_[q - 1];
    bool ok = ((a == 'D' || a == 'F') && IsDigit(t_[p + 2])) || z == 'D' || z == 'F';
    if (!ok) return 0;
  }
  Add(i, end, kChinaLicensePlate, Adjust(kChinaLicensePlate, L::kLikely, i), "cn_license_plate");
  return end;
}

size_t SegmentScan::OnNonAscii(size_t i) {
  int len = 0;
  uint32_t cp = utf8::Decode(t_, i, &len);
  size_t next = i + static_cast<size_t>(len);
  if (!utf8::IsCjk(cp)) return next;
  if (IsPlateProvince(cp)) {
    if (size_t e = TryPlate(i, len)) return e;
  }
  const chinese::Gazetteer& gaz = chinese::Gazetteer::Get();
  if (gaz.MayStartPlace(cp)) {
    chinese::AddressMatch m = chinese::ParseAddress(t_, i);
    if (m.end > i) {
      // A street address needs a house number; place names and organisations
      // ("杭州市人民政府", "武汉市住房保障管理中心") are not addresses of a person.
      Likelihood base = L::kVeryUnlikely;
      if (m.admin >= 1 && m.road && m.number) base = L::kLikely;
      else if (m.admin >= 1 && m.number) base = L::kPossible;
      if (base != L::kVeryUnlikely) {
        Add(i, m.end, kStreetAddress, Adjust(kStreetAddress, base, i), "cn_street_address");
        return m.end;
      }
    }
  }
  const chinese::Surnames& sn = chinese::Surnames::Get();
  if (sn.MayStart(cp)) {
    bool strong = false;
    size_t trig = 0;
    if (i > 0 && chinese::MayEndNameTrigger(t_, i)) {
      trig = chinese::NameTriggerBefore(t_, i, &strong);
      if (!trig && (t_[i - 1] == ':' || t_[i - 1] == ' '))
        trig = chinese::NameTriggerBefore(t_, i - 1, &strong);
    }
    bool known = false;
    size_t nl = chinese::MatchChineseName(t_, i, true, &known);
    if (nl) {
      if (trig && (strong || chinese::CleanNameEnd(t_, i + nl))) {
        // Weak triggers ("我是", "叫做", "客户") introduce descriptions as often as names;
        // a name that a comma or bracket closes ("联系人钟倩，手机...") is more likely one.
        Likelihood lk = L::kLikely;
        if (!strong) {
          size_t e = i + nl;
          bool closed = At(e) == ',' || At(e) == '(' || StartsAt(e, "，") || StartsAt(e, "（") ||
                        StartsAt(e, "、");
          lk = closed ? L::kPossible : L::kUnlikely;
        }
        Add(i, i + nl, kPersonName, lk, "cn_person_name");
        return i + nl;
      }
      // A value under a name key or element: name: 李娜, <CustName>王小明</CustName>.
      if (i > 0 && (t_[i - 1] == '>' || t_[i - 1] == ':' || t_[i - 1] == ' ' ||
                    t_[i - 1] == '"' || t_[i - 1] == '=')) {
        std::string_view key;
        const FieldClass* fc = FieldAt(i, &key);
        if (fc && fc->HintsType(kPersonName) && chinese::CleanNameEnd(t_, i + nl)) {
          Add(i, i + nl, kPersonName, L::kLikely, "cn_person_name");
          return i + nl;
        }
      }
      // "高勇：男，..." / "王芳，女，汉族": a name followed by a sex marker (résumés, forms).
      size_t after = i + nl;
      if (At(after) == ':' || At(after) == ',') ++after;
      else if (StartsAt(after, "，")) after += 3;
      if (after > i + nl && (StartsAt(after, "男") || StartsAt(after, "女")) &&
          (At(after + 3) == ',' || At(after + 3) == ' ' || StartsAt(after + 3, "，") ||
           StartsAt(after + 3, "。") || StartsAt(after + 3, "、") || After(after + 3)) &&
          chinese::NameBoundaryBefore(t_, i)) {
        Add(i, i + nl, kPersonName, L::kLikely, "cn_person_name");
        return i + nl;
      }
      if (nl > 3 && chinese::HonorificAt(t_, i + nl) && chinese::NameBoundaryBefore(t_, i)) {
        Add(i, i + nl, kPersonName, L::kPossible, "cn_person_name");
        return i + nl;
      }
    }
  }
  // 密码：xxxx / 口令是 xxxx
  if ((cp == U'密' && StartsAt(i, "密码")) || (cp == U'口' && StartsAt(i, "口令"))) {
    size_t p = i + 6;
    for (std::string_view sep : {":", "是", "为", " "})
      if (StartsAt(p, sep)) p += sep.size();
    if (p > i + 6 && p < n_ && static_cast<unsigned char>(t_[p]) < 0x80 && t_[p] != ' ')
      return TryCredentialValue(p, "password", true);
  }
  return next;
}

// ---------------------------------------------------------------------------------------
// Whole values: a CSV cell or JSON string under a telling field name.

size_t SegmentScan::OnWholeValue() {
  const FieldClass& fc = *seg_.field_class;
  size_t s = 0, e = n_;
  while (s < e && (t_[s] == ' ' || t_[s] == '\t')) ++s;
  while (e > s && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\r')) --e;
  if (e <= s) return 0;
  std::string_view v = t_.substr(s, e - s);
  bool has_non_ascii = false;
  for (char c : v) has_non_ascii |= static_cast<unsigned char>(c) >= 0x80;
  if (!(fc.type_mask & ((1u << kPersonName) | (1u << kStreetAddress) | (1u << kCredential))))
    return 0;  // only these types take a whole value on the field's word
  // Placeholders in name / address columns are not PI.
  static constexpr std::string_view kPlaceholders[] = {
      "未知", "不详", "无", "空", "暂无", "匿名", "测试", "先生", "女士", "客户", "用户", "本人",
      "null", "NULL", "None", "none", "N/A", "n/a", "unknown", "Unknown", "test", "Test", "-"};
  for (auto ph : kPlaceholders)
    if (v == ph) return 0;
  if (fc.HintsType(kPersonName)) {
    if (has_non_ascii) {
      bool known = false;
      size_t len = chinese::MatchChineseName(t_, s, false, &known);
      if (len == e - s) {
        Add(s, e, kPersonName, known ? L::kVeryLikely : L::kLikely, "cn_person_name");
        return n_;
      }
    } else {
      // Latin names: two to four capitalized words ("Zhang Wei", "Mary Ann Smith").
      int words = 0;
      bool ok = true;
      size_t k = 0;
      while (k < v.size() && ok) {
        if (!IsUpper(v[k])) ok = false;
        size_t w = k + 1;
        while (w < v.size() && (IsAlpha(v[w]) || v[w] == '\'' || v[w] == '-')) ++w;
        if (w - k < 2) ok = false;
        ++words;
        k = w;
        if (k < v.size()) {
          if (v[k] != ' ') ok = false;
          ++k;
        }
      }
      if (ok && words >= 2 && words <= 4) {
        Add(s, e, kPersonName, L::kLikely, "latin_person_name");
        return n_;
      }
    }
  }
  if (fc.HintsType(kStreetAddress) && has_non_ascii && v.size() >= 9) {
    // The column says "address"; the value must still look like one (a place, road, number
    // or building), so "不详不详" or a remark is not reported.
    chinese::AddressMatch m = chinese::ParseAddress(t_, s, true);
    if (m.admin > 0 || m.road || m.number || m.building) {
      Add(s, e, kStreetAddress, m.admin > 0 ? L::kVeryLikely : L::kLikely, "street_address");
      return n_;
    }
  }
  if (fc.HintsType(kCredential)) {
    TryCredentialValue(s, "password", true);
    return 0;
  }
  return 0;
}

void SegmentScan::RunCustom() {
  // Custom patterns run line by line: a user's regex must not match across a line break of a
  // text file (built-in detectors never do either).
  size_t line_start = 0;
  while (line_start < n_) {
    const void* nl = std::memchr(t_.data() + line_start, '\n', n_ - line_start);
    size_t line_end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - t_.data()) : n_;
    RunCustomOnLine(line_start, line_end);
    line_start = line_end + 1;
  }
}

void SegmentScan::RunCustomOnLine(size_t from, size_t to) {
  for (const auto& c : sc_.custom) {
    re2::StringPiece input(t_.data(), to);
    re2::StringPiece match;
    size_t pos = from;
    while (pos <= to && c.re->Match(input, pos, to, RE2::UNANCHORED, &match, 1)) {
      size_t s = static_cast<size_t>(match.data() - t_.data());
      size_t e = s + match.size();
      pos = e > s ? e : s + 1;
      std::string_view m(match.data(), match.size());
      if (m.empty()) continue;
      if (c.whole_words && ((IsAlnum(m.front()) && s > 0 && IsAlnum(t_[s - 1])) ||
                            (IsAlnum(m.back()) && e < n_ && IsAlnum(t_[e]))))
        continue;
      if (c.validator == "luhn") {
        std::string d;
        for (char ch : m)
          if (IsDigit(ch)) d.push_back(ch);
        if (!validate::Luhn(d)) continue;
      } else if (c.validator == "mod11_2") {
        if (!validate::CheckResidentId18(m).valid) continue;
      }
      Likelihood lk = c.lk;
      if (!c.hotwords.empty()) {
        size_t p = s;
        for (int chars = 0; chars < sc_.hotword_window && p > from; ++chars)
          p = utf8::StartOfCodePoint(t_, p - 1);
        if (p < from) p = from;
        std::string w(t_.substr(p, s - p));
        for (char& ch : w) ch = Lower(ch);
        for (const auto& hw : c.hotwords)
          if (w.find(hw) != std::string::npos) {
            lk = Raise(lk, 1);
            break;
          }
      }
      Add(s, e, c.type, lk, "custom");
    }
  }
}

// ---------------------------------------------------------------------------------------
// Output: resolve overlaps, apply allow lists, map offsets back to the original bytes.

void SegmentScan::Emit(FindingSink& sink) {
  auto& cands = scr_.cands;
  if (cands.empty()) return;
  auto before = [](const Candidate& a, const Candidate& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  };
  if (!std::is_sorted(cands.begin(), cands.end(), before))
    std::stable_sort(cands.begin(), cands.end(), before);
  auto& kept = scr_.kept;
  kept.clear();
  for (const Candidate& c : cands) {
    if (!kept.empty() && c.start < kept.back().end) {
      Candidate& k = kept.back();
      auto rank = [](const Candidate& x) {
        return std::make_pair(static_cast<int>(x.lk), x.end - x.start);
      };
      if (rank(c) > rank(k)) k = c;
      continue;
    }
    kept.push_back(c);
  }
  // Candidates are sorted, so lines are counted incrementally from the last finding.
  size_t line_pos = 0;
  uint64_t line = seg_.line;
  for (const Candidate& c : kept) {
    std::string_view shown = t_.substr(c.start, c.end - c.start);
    if (!sc_.allow_values.empty() && sc_.allow_values.count(shown)) continue;
    bool allowed = false;
    for (const auto& re : sc_.allow_patterns)
      if (RE2::FullMatch(re2::StringPiece(shown.data(), shown.size()), *re)) allowed = true;
    if (allowed) continue;
    size_t ls = normalized_ ? scr_.norm_map[c.start] : c.start;
    size_t le = normalized_ ? scr_.norm_map[c.end] : c.end;
    uint64_t start = seg_.offset_map ? seg_.offset_map[ls] : ls;
    uint64_t end = seg_.offset_map ? seg_.offset_map[le] : le;
    // A transformed segment (a JSON string with its escapes decoded) is one line of the
    // input: a "\n" escape in it is not a line break.
    while (!seg_.offset_map && line_pos < ls) {
      const void* nl = std::memchr(seg_.text.data() + line_pos, '\n', ls - line_pos);
      if (!nl) break;
      ++line;
      line_pos = static_cast<size_t>(static_cast<const char*>(nl) - seg_.text.data()) + 1;
    }
    Finding f;
    f.start = seg_.base_offset + start;
    f.end = seg_.base_offset + end;
    f.line = line;
    f.type = c.type;
    f.likelihood = c.lk;
    f.detector = c.detector;
    f.field = c.field;
    f.value = seg_.text.substr(ls, le - ls);
    sink.OnFinding(f);
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------

Scanner::Scanner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Scanner::~Scanner() = default;

Result<std::unique_ptr<Scanner>> Scanner::Create(const ScanConfig& config) {
  auto impl = std::make_unique<Impl>();
  impl->config = config;
  impl->hotword_window = config.hotword_window;
  for (TypeId t = 0; t < kBuiltinTypeCount; ++t) {
    impl->type_names.emplace_back(kBuiltinNames[t]);
    const TypeOptions& o = config.types[t];
    Likelihood min = o.min_likelihood.value_or(config.min_likelihood);
    impl->min_lk.push_back(o.enabled ? min : static_cast<Likelihood>(6));
  }
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);
  auto type_id = [&](const std::string& name) -> std::optional<TypeId> {
    for (TypeId t = 0; t < impl->type_names.size(); ++t)
      if (impl->type_names[t] == name) return t;
    return std::nullopt;
  };
  for (const CustomTypeConfig& c : config.custom_types) {
    if (type_id(c.name)) return InvalidArgument(c.source + ": custom type '" + c.name +
                                                "' is defined twice or shadows a built-in type");
    TypeId id = static_cast<TypeId>(impl->type_names.size());
    impl->type_names.push_back(c.name);
    impl->min_lk.push_back(c.enabled ? config.min_likelihood : static_cast<Likelihood>(6));
    std::string pattern = c.regex;
    if (pattern.empty()) {
      for (const auto& term : c.dictionary) {
        if (!pattern.empty()) pattern += "|";
        pattern += RE2::QuoteMeta(term);
      }
      pattern = "(?:" + pattern + ")";
    }
    RE2::Options o = opts;
    o.set_case_sensitive(!c.ignore_case);
    auto re = std::make_unique<RE2>(pattern, o);
    if (!re->ok())
      return InvalidArgument(c.source + ": custom type '" + c.name + "': bad RE2 pattern: " +
                             re->error() + " (see https://github.com/google/re2/wiki/Syntax)");
    std::vector<std::string> hw;
    for (const auto& h : c.hotwords) {
      std::string l;
      for (char ch : h) l.push_back(Lower(ch));
      hw.push_back(l);
    }
    impl->custom.push_back(
        {id, std::move(re), c.validator, c.likelihood, std::move(hw), c.regex.empty()});
  }
  // Deny lists: always reported, as their type, at VERY_LIKELY.
  std::unordered_map<TypeId, std::string> deny;
  for (const auto& d : config.deny_values) {
    auto t = type_id(d.type);
    if (!t) return InvalidArgument("deny list: unknown type '" + d.type + "'");
    std::string& p = deny[*t];
    if (!p.empty()) p += "|";
    p += RE2::QuoteMeta(d.value);
  }
  for (auto& [t, p] : deny) {
    auto re = std::make_unique<RE2>("(?:" + p + ")", opts);
    if (!re->ok()) return InvalidArgument("deny list: " + re->error());
    impl->custom.push_back({t, std::move(re), "none", L::kVeryLikely, {}, true});
  }
  for (const auto& v : config.allow_values) impl->allow_values.insert(v);
  for (const auto& p : config.allow_patterns) {
    auto re = std::make_unique<RE2>(p, opts);
    if (!re->ok()) return InvalidArgument("allow pattern '" + p + "': " + re->error());
    impl->allow_patterns.push_back(std::move(re));
  }
  // Build the shared dictionaries now, not on the first scan of some thread.
  (void)chinese::Gazetteer::Get();
  (void)chinese::Surnames::Get();
  return std::unique_ptr<Scanner>(new Scanner(std::move(impl)));
}

void Scanner::Scan(const Segment& segment, ScanScratch& scratch, FindingSink& sink) const {
  if (segment.text.empty()) return;
  SegmentScan scan(*impl_, segment, scratch.impl());
  scan.Run(sink);
}

FieldClass Scanner::ClassifyField(std::string_view field_name) const {
  return lexicon::ClassifyFieldName(field_name);
}

std::string_view Scanner::TypeName(TypeId type) const {
  return type < impl_->type_names.size() ? std::string_view(impl_->type_names[type])
                                         : std::string_view("UNKNOWN");
}

size_t Scanner::TypeCount() const { return impl_->type_names.size(); }
const ScanConfig& Scanner::config() const { return impl_->config; }

}  // namespace piguard
