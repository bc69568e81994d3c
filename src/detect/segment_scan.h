// Internal to the detection engine: the per-segment scan (class SegmentScan) whose methods
// are spread over scanner.cc (driver and output), scan_context.cc (field names, hotwords,
// likelihood), scan_numbers.cc (digit runs and their shapes) and scan_text.cc ('@', '=',
// ':', Chinese text, whole values, custom types). Not part of the public API.
#pragma once

#include <re2/re2.h>

#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/ascii.h"
#include "detect/anchor_mask.h"
#include "detect/chinese.h"
#include "detect/lexicon.h"
#include "detect/validators.h"
#include "piguard/scanner.h"

namespace piguard {
namespace detail {

// Byte classes in one table: the token loops test them for every byte they walk.
enum : uint8_t { kClsDigit = 1, kClsAlpha = 2, kClsHex = 4, kClsUpper = 8, kClsKey = 16 };
constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kClsDigit | kClsHex | kClsKey;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kClsAlpha | kClsKey | (c <= 'f' ? kClsHex : 0);
  for (int c = 'A'; c <= 'Z'; ++c)
    t[c] = kClsAlpha | kClsUpper | kClsKey | (c <= 'F' ? kClsHex : 0);
  t['_'] = t['-'] = t['.'] = kClsKey;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClassTable();
inline uint8_t Cls(char c) { return kClass[static_cast<unsigned char>(c)]; }
inline bool IsDigit(char c) { return Cls(c) & kClsDigit; }
inline bool IsAlpha(char c) { return Cls(c) & kClsAlpha; }
inline bool IsAlnum(char c) { return Cls(c) & (kClsDigit | kClsAlpha); }
inline bool IsHex(char c) { return Cls(c) & kClsHex; }
inline bool IsUpper(char c) { return Cls(c) & kClsUpper; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
// A byte of an ASCII key name: [A-Za-z0-9_.-].
inline bool IsKeyChar(char c) { return Cls(c) & kClsKey; }
inline char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }
// Whether t[0, i) ends with w, compared from the back (no library call: most words differ
// from the text in their last byte).
inline bool EndsAt(std::string_view t, size_t i, std::string_view w) {
  if (i < w.size()) return false;
  for (size_t k = 1; k <= w.size(); ++k)
    if (t[i - k] != w[w.size() - k]) return false;
  return true;
}
// kKeyTailMask[n]: the last n of 16 bytes set, as two little-endian words (the key cache's
// layout: a key ends at byte 15).
struct KeyTail {
  uint64_t w0;
  uint64_t w1;
};
constexpr std::array<KeyTail, 17> MakeKeyTailMasks() {
  std::array<KeyTail, 17> m{};
  for (unsigned n = 0; n <= 16; ++n)
    for (unsigned b = 16 - n; b < 16; ++b) {
      if (b < 8) m[n].w0 |= uint64_t{0xFF} << (8 * b);
      else m[n].w1 |= uint64_t{0xFF} << (8 * (b - 8));
    }
  return m;
}
inline constexpr std::array<KeyTail, 17> kKeyTailMask = MakeKeyTailMasks();

// AssignMayMatter's look at "key=value" in two table look-ups. kAssignKey.last[b] has the
// credential pair bits of lexicon::internal::kCredentialPairs, bit 13 for "ue" (a key ending
// like "value") and bit 14 when b may end a key there (a letter or '_'); .prev[b] has the
// pair bits of the byte before it. kAssignPlainValue[b]: a value starting with b is no name
// and has no quote or space to step over (not ' ', '"', '\'', A-Z or a byte >= 0x80).
inline constexpr uint16_t kAssignUe = 1u << 13;
inline constexpr uint16_t kAssignKeyEnd = 1u << 14;
constexpr lexicon::internal::PairTables MakeAssignKeyTables() {
  lexicon::internal::PairTables t = lexicon::internal::kCredentialPairs;
  for (char c : {'u', 'U'}) t.prev[static_cast<unsigned char>(c)] |= kAssignUe;
  for (char c : {'e', 'E'}) t.last[static_cast<unsigned char>(c)] |= kAssignUe;
  for (int c = 0; c < 256; ++c)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') t.last[c] |= kAssignKeyEnd;
  return t;
}
inline constexpr lexicon::internal::PairTables kAssignKey = MakeAssignKeyTables();
constexpr std::array<bool, 256> MakeAssignPlainValue() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c)
    t[c] = c != ' ' && c != '"' && c != '\'' && !(c >= 'A' && c <= 'Z');
  return t;
}
inline constexpr std::array<bool, 256> kAssignPlainValue = MakeAssignPlainValue();

// HTML elements that carry no meaning of their own: their label is the text before them.
bool IsPresentationTag(std::string_view tag);

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

// The candidates of a segment. Keeps room for one more at all times: push_back stores
// without a check and grows after the store that filled the buffer, as its last step, so
// SegmentScan::Add's common path makes no call that returns to it. Candidates are trivially
// copyable: the buffer grows with realloc, which moves a large block without copying it.
class CandidateBuffer {
 public:
  CandidateBuffer() : data_(Allocate(nullptr, kInitial)), cap_(kInitial) {}
  ~CandidateBuffer() { std::free(data_); }
  CandidateBuffer(const CandidateBuffer&) = delete;
  CandidateBuffer& operator=(const CandidateBuffer&) = delete;

  void clear() { size_ = 0; }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  Candidate* data() { return data_; }
  Candidate* begin() { return data_; }
  Candidate* end() { return data_ + size_; }
  Candidate& operator[](size_t i) { return data_[i]; }
  Candidate& back() { return data_[size_ - 1]; }
  void pop_back() { --size_; }
  void push_back(const Candidate& c) {
    new (data_ + size_) Candidate(c);
    if (++size_ == cap_) Grow();
  }

 private:
  static_assert(std::is_trivially_copyable_v<Candidate> &&
                std::is_trivially_destructible_v<Candidate>);
  static constexpr size_t kInitial = 64;
  static Candidate* Allocate(Candidate* old, size_t n) {
    void* p = std::realloc(old, n * sizeof(Candidate));
    if (!p) throw std::bad_alloc();
    return static_cast<Candidate*>(p);
  }
  [[gnu::noinline]] void Grow() {
    data_ = Allocate(data_, cap_ * 2);
    cap_ *= 2;
  }
  Candidate* data_;
  size_t size_ = 0;
  size_t cap_;
};

// The output order of candidates: by start, the longer first at one start.
inline bool CandidateBefore(const Candidate& a, const Candidate& b) {
  return a.start != b.start ? a.start < b.start : a.end > b.end;
}

// Line numbers of non-decreasing offsets into a text whose first byte is on line `first`.
// Keeps where the next line break is, so an offset on the line of the previous one costs a
// compare and each line is searched once: dense logs have several findings per line. The
// reference way searches the bytes between consecutive offsets.
class LineCounter {
 public:
  LineCounter(std::string_view text, uint64_t first, bool reference)
      : text_(text), line_(first), reference_(reference) {}
  // The line of text[pos]; pos is at least the previous call's and at most text.size().
  uint64_t LineOf(size_t pos) {
    if (reference_) return LineOfReference(pos);
    while (counted_ < pos) {
      // The byte at counted_ may be a line break not yet counted (where the last search
      // stopped); else search on to the next one.
      const size_t br = text_[counted_] == '\n' ? counted_ : BreakFrom(counted_ + 1);
      if (br >= pos) {
        counted_ = br;  // pos is on this line, and so is every offset up to the break
        break;
      }
      ++line_;
      counted_ = br + 1;
    }
    return line_;
  }

 private:
  // The first line break at or after `from` (at most text_.size()), or text_.size().
  size_t BreakFrom(size_t from) const {
    const void* nl = std::memchr(text_.data() + from, '\n', text_.size() - from);
    return nl ? static_cast<size_t>(static_cast<const char*>(nl) - text_.data()) : text_.size();
  }
  uint64_t LineOfReference(size_t pos) {
    while (counted_ < pos) {
      const void* nl = std::memchr(text_.data() + counted_, '\n', pos - counted_);
      if (!nl) {
        counted_ = pos;  // no line break before pos: the next search starts here
        break;
      }
      ++line_;
      counted_ = static_cast<size_t>(static_cast<const char*>(nl) - text_.data()) + 1;
    }
    return line_;
  }

  std::string_view text_;
  uint64_t line_;
  // Every line break before counted_ is counted in line_.
  size_t counted_ = 0;
  bool reference_;
};

struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct TransparentEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};


}  // namespace detail

struct ScanScratch::Impl {
  std::string norm;
  std::vector<uint32_t> norm_map;
  detail::CandidateBuffer cands;
  std::string window;  // lowercased hotword window
  std::string digits;  // concatenated digit groups
  std::vector<std::string_view> repeat_names;  // SegmentScan::RepeatNames
  std::vector<uint32_t> repeat_found;
  std::bitset<65536> repeat_filter;  // RepeatNames' filter, all clear between calls
  std::unordered_map<std::string, FieldClass, detail::TransparentHash, detail::TransparentEq> key_cache;
  // A small cache in front of key_cache (two candidate slots per key, SegmentScan::
  // CachedKeyClass): log lines repeat the same few keys.
  // Keys of up to 16 bytes, held as two little-endian words: the key ends at byte 15 and
  // the bytes before it are zeros.
  struct KeySlot {
    uint64_t w0 = 0;
    uint64_t w1 = 0;
    uint8_t len = 0xFF;  // 0xFF: empty
    FieldClass fc;
  };
  KeySlot key_slots[256];
  // SegmentScan::SqlColumnAt's progress through the segment being scanned (valid while that
  // scan's sql_memo_ is set): kept here so that a segment without SQL pays nothing for it.
  struct SqlMemo {
    size_t searched_to;   // "VALUES" looked for at every start before this, on this line
    size_t values_kw;     // the last "VALUES" found on the line, or SIZE_MAX
    size_t values_open;   // the '(' of its first tuple
    size_t walk_open;     // the statement the walk below belongs to (its values_open)
    size_t walked_to;     // the walk has read the bytes before this
    size_t column;        // the column of the value being read, 0-based
    int depth;            // parentheses open: 1 inside a tuple
    char quote;           // the quote of the literal being read, or 0
  } sql;
  // SegmentScan::SpreadsheetColumnAt's header row (valid while that scan's sheet_memo_ is
  // set).
  struct SheetMemo {
    size_t header_row;  // the table's first "<Row"
    size_t header_end;  // its "</Row>"
    size_t next_table;  // the next "<Table" after it, or SIZE_MAX
  } sheet;
  // SegmentScan::ColumnHeaderAbove's table (valid while that scan's aligned_memo_ is set):
  // the header line a row's cell was last classified by, and that row's line start.
  struct AlignedMemo {
    size_t header_start, header_end;  // the header line, without its '\n'
    size_t row_start;                 // the line start of the row it answered last
  } aligned;
};


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
  std::unordered_set<std::string, detail::TransparentHash, detail::TransparentEq> allow_values;
  std::vector<std::unique_ptr<RE2>> allow_patterns;
  int hotword_window = 24;

  bool Reportable(TypeId t, Likelihood l) const {
    return t < min_lk.size() && static_cast<int>(l) >= static_cast<int>(min_lk[t]);
  }
};


namespace detail {

// Scans one segment. Holds views into the segment and scratch; lives for one Scan call.
class SegmentScan {
 public:
  SegmentScan(const Scanner::Impl& sc, const Segment& seg, ScanScratch::Impl& scr)
      : sc_(sc), seg_(seg), scr_(scr), reference_(UseReferencePaths()) {}

  // kCommandLines: some of the segment's lines are shell command lines
  // (Scanner::ScanWithCommandLines, set_command_lines). A template argument, so that other
  // segments do not test for it.
  template <bool kCommandLines = false>
  void Run(FindingSink& sink);
  void set_command_lines(std::span<const uint32_t> starts) {
    command_lines_ = starts.data();
    command_line_count_ = starts.size();
  }

 private:
  char At(size_t i) const { return i < n_ ? t_[i] : '\0'; }
  bool DigitAt(size_t i) const { return i < n_ && IsDigit(t_[i]); }
  bool AlnumAt(size_t i) const { return i < n_ && IsAlnum(t_[i]); }
  bool After(size_t i) const { return i >= n_; }
  // Start of the ASCII key ([A-Za-z0-9_.-], at most max_len bytes) that ends at key_end.
  // The 16 bytes before key_end are looked at in one step when they are all in the segment.
  size_t KeyStart(size_t key_end, size_t max_len) const {
    size_t p = key_end;
    if (key_end >= 16 && !reference_) {
      unsigned run = KeyCharsBefore(t_.data() + key_end);
      if (run < 16) return key_end - std::min<size_t>(run, max_len);
      p = key_end - 16;
    }
    while (p > 0 && key_end - p < max_len && IsKeyChar(t_[p - 1])) --p;
    return p;
  }
  // Always inline: a call per compare cost more than the compare (0.4% of a dense log).
  [[gnu::always_inline]] bool StartsAt(size_t i, std::string_view w) const {
    return i <= n_ && n_ - i >= w.size() && std::memcmp(t_.data() + i, w.data(), w.size()) == 0;
  }

  // End of the alphanumeric run that continues at `te`; sets *letters when it has a letter.
  // Long runs (18-digit IDs, hex trace ids) are walked 16 bytes at a time.
  size_t TokenEnd(size_t te, bool* letters) const {
#if defined(__SSE2__)
    if (!reference_) {
      const char* d = t_.data();
      const size_t n = n_;
      const size_t readable = readable_end_;
      while (te + 16 <= readable) {
        uint32_t alpha;
        uint32_t stop = ~AlnumMask16(d + te, &alpha);
        if (n - te < 16) stop |= ~0u << (n - te);  // bytes past the text end the token
        stop &= 0xFFFFu;
        if (stop) {
          unsigned k = static_cast<unsigned>(__builtin_ctz(stop));
          *letters |= (alpha & ((1u << k) - 1)) != 0;
          return te + k;
        }
        *letters |= alpha != 0;
        te += 16;
      }
    }
#endif
    while (te < n_ && IsAlnum(t_[te])) {
      *letters |= IsAlpha(t_[te]);
      ++te;
    }
    return te;
  }

  // Code aligns its values: `NameEn:   "Deng Fengyi"` (Go), `name      = 'X'`. Given vs past
  // three blanks or quotes after the '=' or ':' at i (vs == i + 4: callers look no further
  // when fewer came), the value's start past up to twelve blanks and a quote; vs itself when
  // the value starts there.
  size_t AlignedValueStart(size_t i, size_t vs) const {
    if (At(vs) != ' ' && !(t_[vs - 1] == ' ' && (At(vs) == '"' || At(vs) == '\''))) return vs;
    while (vs < n_ && vs - i <= 13 && t_[vs] == ' ') ++vs;
    if (At(vs) == '"' || At(vs) == '\'') ++vs;
    return vs;
  }

  // False when OnAssign(i) would find nothing at this '=' or ':' (it would return i + 1): the
  // key does not end like a credential key, is not "value", and the value does not start
  // like a name (a capital and a small letter, or a non-ASCII byte), nor is this a MAC/IPv6
  // colon. Most keys of a log; deciding it here saves the call. A filter only: OnAssign
  // checks all of it again.
  bool AssignMayMatter(size_t i) const {
    if (i == 0) return false;  // no key before it: OnAssign returns at once too
    if (reference_) return true;  // the plain path: let OnAssign decide everything
    if (t_[i] == '=' && i >= 2) {
      // Most '=' of a log: a key ending in a letter, a value starting with a small letter or
      // a digit. Then only the key's last two bytes can matter ("value" or a credential key:
      // what the tests below and MayEndCredentialKeyFast look at first), in one look-up.
      const auto prev = static_cast<unsigned char>(t_[i - 1]);
      const uint16_t last = kAssignKey.last[prev];
      if ((last & kAssignKeyEnd) && kAssignPlainValue[static_cast<unsigned char>(At(i + 1))]) {
        const uint16_t pair = last & kAssignKey.prev[static_cast<unsigned char>(t_[i - 2])];
        if (!pair) return false;
        // A key ending in "id" or "nd": only matchingId and matching_id are credential keys,
        // and sudo's COMMAND holds a command line.
        if (pair == lexicon::internal::kRareKeyPairBit) return RareKeyMayMatter(i);
      }
    }
    const char prev = t_[i - 1];
    if (t_[i] == ':' && IsHex(prev)) return true;  // maybe a MAC or IPv6 group
    size_t p = i;
    if (prev == '"' || prev == '\'') {
      --p;
      if (p > 0 && t_[p - 1] == '\\') --p;  // JSON in a JSON string: {\"password\":...}
    } else if (!IsAlpha(prev) && prev != '_')
      return ((prev == ' ' || prev == '\t' || static_cast<signed char>(prev) < 0) &&
              AssignAfterBlanksMayMatter(i)) ||
             (prev == '\\' && EscapedAssignMayMatter(i));
    size_t vs = i + 1;
    while (vs < n_ && vs - i < 4 && (t_[vs] == ' ' || t_[vs] == '"' || t_[vs] == '\'')) ++vs;
    if (vs - i == 4) return AlignedAssignMayMatter(i, p, vs);  // as OnAssign skips them
    // A process's quoted command line (CommandLine="net user ..."), out of line in tail
    // position like the rare cases above.
    if ((prev | 0x20) == 'e' && At(i + 1) == '"') return QuotedAssignMayMatter(i, p, vs);
    return AssignValueMayMatter(p, vs);
  }
  [[gnu::noinline]] bool QuotedAssignMayMatter(size_t i, size_t p, size_t vs) const {
    return (t_[i] == '=' && CommandLineKeyEndsAt(i)) || AssignValueMayMatter(p, vs);
  }
  // AssignMayMatter for a key ending in "id" or "nd" before a plain value: matchingId,
  // matching_id or COMMAND. Out of line (a call in tail position): most such keys are none.
  [[gnu::noinline]] bool RareKeyMayMatter(size_t i) const {
    return (t_[i - 2] | 0x20) == 'n' ? CommandKeyEndsAt(i) : MatchingIdKeyEndsAt(i);
  }
  // Whether the key that ends at t_[i] ("...id") may be matchingId or matching_id: a 'g'
  // before the "id", or before "_id".
  bool MatchingIdKeyEndsAt(size_t i) const {
    if (i < 4) return false;
    const char c = t_[i - 3];
    return (c | 0x20) == 'g' || (c == '_' && (t_[i - 4] | 0x20) == 'g');
  }
  // Whether the key that ends at the '=' at t_[i] is COMMAND (any case), as sudo logs the
  // command it ran ("USER=root ; COMMAND=/usr/bin/mysql -u dba -pSecret").
  bool CommandKeyEndsAt(size_t i) const {
    if (i < 7 || (i > 7 && IsAlnum(t_[i - 8]))) return false;
    return ascii::EqualsNoCase(t_.substr(i - 7, 7), "command");
  }
  // Whether the key that ends at t_[i] is CommandLine, command_line or cmdline (any case), as
  // Windows process-creation events (4688, Sysmon) and EDR logs name a process's command line.
  [[gnu::noinline]] bool CommandLineKeyEndsAt(size_t i) const {
    for (std::string_view key : {std::string_view("commandline"), std::string_view("command_line"),
                                 std::string_view("cmdline")})
      if (i >= key.size() && ascii::EqualsNoCase(t_.substr(i - key.size(), key.size()), key) &&
          (i == key.size() || !IsAlnum(t_[i - key.size() - 1])))
        return true;
    return false;
  }
  // AssignMayMatter's look at a value starting at vs, after a key ending at p. Inlined there;
  // the rare cases (aligned values, keys ending in 'n') are calls in tail position, so that
  // the common path saves no registers (a call in the middle cost 2% of a log scan).
  [[gnu::always_inline]] bool AssignValueMayMatter(size_t p, size_t vs) const {
    const char v = At(vs);
    if (static_cast<unsigned char>(v) >= 0x80) return true;
    // A Latin name starts with a capital and a small letter (LatinNameLength): "Wang", not
    // "GET" or "PAID".
    if (IsUpper(v) && IsAlpha(At(vs + 1)) && !IsUpper(At(vs + 1))) return true;
    // ... or in capitals after a key ending in "name" ("Guest name: HAN/HUAFAN") or in 名
    // (E5 90 8D: "英文姓名":"TAM, KA YAN").
    if (IsUpper(v) && p >= 4 && (t_[p - 1] | 0x20) == 'e' && (t_[p - 2] | 0x20) == 'm' &&
        (t_[p - 3] | 0x20) == 'a' && (t_[p - 4] | 0x20) == 'n')
      return true;
    if (IsUpper(v) && p >= 3 && t_[p - 1] == '\x8D' && t_[p - 2] == '\x90' && t_[p - 3] == '\xE5')
      return true;
    // ... or after a key ending in 'n' (cn, name_latin): CapitalsAfterKeyInNMayMatter.
    if (IsUpper(v) && p >= 1 && (t_[p - 1] | 0x20) == 'n') return CapitalsAfterKeyInNMayMatter(p);
    if (p >= 5 && (t_[p - 1] | 0x20) == 'e' && (t_[p - 2] | 0x20) == 'u') return true;  // value
    if (p >= 4 && (t_[p - 1] | 0x20) == 'l' && (t_[p - 2] | 0x20) == 'a' &&
        (t_[p - 3] | 0x20) == 'v' && !IsAlnum(t_[p - 4]))
      return true;  // val (<DM name="Pass" val="...">)
    return lexicon::MayEndCredentialKeyFast(t_.substr(0, p));
  }
  // A Java properties file's escaped separator (spring.datasource.password\=hcTel#8899): the
  // key ends before the backslash.
  [[gnu::noinline]] bool EscapedAssignMayMatter(size_t i) const {
    const size_t p = i - 1;
    if (p < 2 || !(IsAlpha(t_[p - 1]) || t_[p - 1] == '_')) return false;
    size_t vs = i + 1;
    while (vs < n_ && vs - i < 4 && (t_[vs] == ' ' || t_[vs] == '"' || t_[vs] == '\'')) ++vs;
    return AssignValueMayMatter(p, vs);
  }
  [[gnu::noinline]] bool AlignedAssignMayMatter(size_t i, size_t p, size_t vs) const {
    return AssignValueMayMatter(p, AlignedValueStart(i, vs));
  }
  // Capitals after a key ending in 'n' at p: a directory entry's common name ("cn: PAN Jun"),
  // a name's romanization (name_latin: DU LEILAN), or a credential key's value (token=ABC).
  [[gnu::noinline]] bool CapitalsAfterKeyInNMayMatter(size_t p) const {
    if (p >= 2 && (t_[p - 2] | 0x20) == 'c' && (p == 2 || !IsAlpha(t_[p - 3]))) return true;
    return RomanizedNameKeyEndsAt(p) || lexicon::MayEndCredentialKeyFast(t_.substr(0, p));
  }
  // AssignMayMatter for "key = value" (rare in logs, common in configuration files): back
  // over the blanks, then the same test of the key's last byte; OnAssign decides the rest.
  // Also for a Chinese label before a name in Latin letters (拼音姓名：WANG CHAO).
  [[gnu::noinline]] bool AssignAfterBlanksMayMatter(size_t i) const {
    if (static_cast<unsigned char>(t_[i - 1]) >= 0x80)
      return IsUpper(At(i + 1)) || (At(i + 1) == ' ' && IsUpper(At(i + 2)));
    const size_t p = EndBeforeBlanks(i);
    if (p == 0) return false;
    const char prev = t_[p - 1];
    return IsAlpha(prev) || prev == '_' || prev == '"' || prev == '\'';
  }

  // "key = value", "key\t: value", "\"key\" : value": where the key (or its closing quote)
  // ends before the one to twelve blanks (spaces, tabs) before the separator at i; 0 when there
  // are more blanks or nothing before them. Rare in logs, common in configuration files.
  size_t EndBeforeBlanks(size_t i) const {
    size_t p = i;
    // Up to twelve: forms align their values ("English Name      : ...").
    while (p > 0 && i - p < 12 && (t_[p - 1] == ' ' || t_[p - 1] == '\t')) --p;
    if (p == 0 || t_[p - 1] == ' ' || t_[p - 1] == '\t') return 0;
    return p;
  }

  // False when OnToken, called for an anchor of the token t_[ts, te), would add nothing and
  // return te; `letters` says the token has a letter. Lets the loop pass over most tokens of
  // a log (status codes, byte counts, hex ids, UUID groups) without the call. It restates
  // OnToken's tests conservatively — true whenever one of them could act — so a change to
  // OnToken's shapes must be made here too; tests/detect/fast_paths_test.cc compares the
  // scan with and without this filter. Needs te < n_ (the token ends inside the text).
  // Always inline: the scan loop asks it for every token, and a call (GCC outlined it once it
  // grew by two tests) cost 8% of a sparse log's instructions.
  [[gnu::always_inline]] bool TokenMayMatter(size_t ts, size_t te, bool letters) const {
    const size_t len = te - ts;
    const char nx = t_[te];
    const char pv = ts > 0 ? t_[ts - 1] : '\0';
    // MAC and IPv6 groups (also after "::"), Cisco MACs and dotted dates.
    if (nx == ':' || (nx == '-' && len == 2) || (pv == ':' && ts >= 2 && t_[ts - 2] == ':'))
      return true;
    if (len == 4 && nx == '.') return true;
    if (letters) {
      // Maybe an escape joined to a value (OnEscapedToken), or an XML element's text
      // (ElementSecret: <password>abc12345</password>).
      if (pv == '\\') return true;
      // A field after Hive's separator as printed, "^A" (HiveFieldAfterCaret).
      if (pv == '^') return true;
      // A Huawei-style MAC (b8ae-ede9-6837) starting a value (OnToken's three groups of
      // four; without a letter, the digits' case '-' below passes it).
      if (nx == '-' && len == 4 && (pv == '=' || pv == ',' || pv == '"' || pv == ' ' || pv == ':' ||
                                    pv == '\0'))
        return true;
      // ClassifyAlnum is not asked inside e-mails, domains, paths and compound ids, and
      // knows only these lengths (passports, permits, MEIDs, IDs ending in X, ICCIDs). Its
      // hex cell identities are looked for in whole values only (a JSON "ecgi" or a CSV
      // cell, which reach it without this filter): one more length here costs 0.5% of a log.
      // A document number between slashes may be an airline booking's DOCS element
      // (GdsDocsFrom: "P/CHN/E21540855/CHN/...").
      if (nx == '@' || pv == '@' || pv == '.' || pv == '/' || pv == '-' || pv == '_')
        return pv == '/' && nx == '/' && len == 9;
      // ... and an XML element's text (ElementSecret: <password>abc12345</password>), and a
      // JSON Web Token's header ("eyJ" is the base64 of '{"'), wherever it stands (TryJwt).
      // A SIP header's E-UTRAN cell (utran-cell-id-3gpp=460006372AC01B82: 16, from 460), and
      // an ECGI in hex under its key (ecgi=460012ED55B6: 12, from 460).
      // Airline messages (AirlineTokenAt): a boarding pass's "M1SURNAME/...", a PNR's
      // "CTCT139..." and the status "HK1" before a passenger's contact or child's birth date.
      return len == 9 || len == 11 || len == 14 || (len >= 18 && len <= 20) || pv == '>' ||
             // ... and a MAC without separators after its key or word (ClassifyAlnum).
             ((len == 16 || len == 12) &&
              ((t_[ts] == '4' && t_[ts + 1] == '6' && t_[ts + 2] == '0') ||
               (len == 12 && (pv == '=' || pv == '"' || pv == ' ' || pv == ':')))) ||
             (nx == '.' && t_[ts] == 'e' && len >= 16 && t_[ts + 1] == 'y' && t_[ts + 2] == 'J') ||
             (nx == '/' && t_[ts] == 'M' && len >= 4) ||
             (len >= 13 && t_[ts] == 'C' && t_[ts + 1] == 'T' && t_[ts + 2] == 'C') ||
             (len == 3 && nx == ' ' && t_[ts] == 'H' && t_[ts + 1] == 'K') ||
             // A magnetic stripe's track 2 (card number, 'D', expiry ...): Track2CardAt;
             // track 1's "%B<card number>^": Track1CardAt.
             (len >= 21 && len <= 60 && IsDigit(t_[ts])) || (nx == '^' && pv == '%') ||
             // Degrees after a hemisphere letter (DegreesCoordinate): N39°54′, N39.9087, E1.8588
             // (four characters before '.' pass above).
             (len <= 4 && static_cast<unsigned char>(nx) == 0xC2) ||
             (len <= 3 && nx == '.' &&
              (t_[ts] == 'N' || t_[ts] == 'S' || t_[ts] == 'E' || t_[ts] == 'W'));
    }
    if (len >= 6 || pv == '+' || pv == '(' || static_cast<unsigned char>(nx) >= 0x80) return true;
    if (len <= 2 && (pv == ' ' || nx == ' ')) return true;  // "3 Nov 1950", "Nov 3, 1950"
    switch (nx) {
      case ' ': return DigitAt(te + 1);                            // grouped numbers
      case ',':  // read out; or a SIM's PIN after its label: "PIN 5579，PUK" (SimCodeLabelBefore)
        return DigitAt(te + 1) || (At(te + 1) == ' ' && DigitAt(te + 2)) || SimPinShape(ts, pv);
      case '\n': return SimPinShape(ts, pv);  // "PIN码：1234" ending its line
      case '+': return DigitAt(te + 1);                            // 187+5806+2091
      case ')': return len <= 3 && At(te + 1) == ' ' && At(te + 2) == '"';  // redis-cli: 8) "..."
      // CGIs, dates, groups; and D-Mon-YYYY, D/Mon/YYYY (TryEnglishDate)
      case '-': return len == 3 || len == 4 || DigitAt(te + 1) || (len <= 2 && IsAlpha(At(te + 1)));
      case '/': return len == 4 || DigitAt(te + 1) || (len <= 2 && IsAlpha(At(te + 1)));  // dates
      case '.':  // IPv4, coordinates, dates; a booking's passenger ("1.MA/YUEDAN MS")
        return DigitAt(te + 1) || (len <= 2 && IsUpper(At(te + 1)) && IsUpper(At(te + 2)));
      default: return false;                                       // OnToken's short-run skip
    }
  }

  // Whether the short digit run at ts may be a SIM's PIN after its label: a blank or colon
  // before it, and before that N, K ("PIN", "PUK") or the last byte of 码 or 碼
  // (SimCodeLabelBefore decides).
  bool SimPinShape(size_t ts, char pv) const {
    if ((pv != ' ' && pv != ':') || ts < 4) return false;
    const char c = t_[ts - 2];
    return c == 'N' || c == 'K' || c == '\x81' || c == '\xBC';
  }

  // Where OnToken, called for an anchor of the token t_[ts, te), would return when the token
  // starts an ISO timestamp ("2026-11-15T00:00:00.002+08:00", the start of every log line);
  // 0 when it may not (then OnToken decides). For a year of four digits followed by '-',
  // OnToken's only tests before TryDate's SkipIsoTimestamp look at a "::" or ".x" before the
  // token: without those, OnToken's answer is SkipIsoTimestamp's when that finds one.
  // Needs te < n_.
  size_t LineStartTimestamp(size_t ts, size_t te, bool letters) {
    if (te - ts != 4 || t_[te] != '-' || letters) return 0;
    const char pv = ts > 0 ? t_[ts - 1] : '\0';
    if (pv == ':' || pv == '.') return 0;
    return SkipIsoTimestamp(ts);
  }

  // The anchor loops (scanner.cc): from i to the end of the text.
  void ScanBytes(size_t i);
  void ScanBlocks(size_t i);
  template <BlockMasks (*Classify)(const char*)>
  void ScanBlocksWith(size_t i);
#if defined(__x86_64__)
  void ScanBlocksAvx2(size_t i);
  void ScanBlocksSse2(size_t i);
#endif
#if defined(__SSE2__)
  // What ScanShort needs to know about the bytes of a short text, one bit per byte (bit k:
  // byte k); bytes at and past n_ are in no mask.
  struct ShortMasks {
    uint64_t anchor;  // IsAnchorByte
    uint64_t alnum;   // [0-9A-Za-z]: token bytes
    uint64_t alpha;   // letters
  };
  // The masks of a text of at most 32 bytes whose first 32 bytes (16 when n_ <= 16) may be
  // read: one or two 16-byte loads.
  ShortMasks ClassifyShort() const {
    const char* d = t_.data();
    uint32_t alpha;
    uint64_t alnum = AlnumMask16(d, &alpha);
    uint64_t anchor = AnchorMask16(d);
    uint64_t letters = alpha;
    if (n_ > 16) {
      alnum |= uint64_t{AlnumMask16(d + 16, &alpha)} << 16;
      anchor |= uint64_t{AnchorMask16(d + 16)} << 16;
      letters |= uint64_t{alpha} << 16;
    }
    const uint64_t in = (uint64_t{1} << n_) - 1;
    return {anchor & in, alnum & in, letters & in};
  }
  // Bit k: byte k of the 16 at p is an anchor byte (IsAnchorByte).
  static uint32_t AnchorMask16(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Digits: +0x50 lands on 0x80..0x89 (below -118 signed); bytes >= 0x80 are negative.
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
                                         _mm_set1_epi8(static_cast<char>(-118)));
    const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
    // '=' to '@': + 0x43 lands on 0x80..0x83 (below -124 signed).
    const __m128i eq_at =
        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '='))),
                       _mm_set1_epi8(static_cast<char>(-124)));
    const __m128i punct = _mm_or_si128(
        eq_at,
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
    return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, high), punct)));
  }
  // ScanBytes for a text of at most 32 bytes with its 16 or 32 bytes readable: the anchors
  // and token bounds come from the masks of the whole text, so a digit's token needs no walk
  // back and forth, and a text that is one token goes straight to its classifier.
  void ScanShort(size_t i);
#endif
  // The handler for the anchor byte at i; returns where the scan goes on.
  size_t OnAnchor(size_t i) {
    const char c = t_[i];
    if (IsDigit(c)) return OnToken(i);
    if (c == '@') return OnAt(i);
    if (c == '=' || c == ':') return AssignMayMatter(i) ? OnAssign(i) : i + 1;
    if (c == '\'') return OnQuote(i);
    // Bytes >= 0x80, '>' and '?' (OnNonAscii tells them apart where its Chinese text is not:
    // a test here, inlined into the scan loop, cost a log scan 1%).
    return OnNonAscii(i);
  }
  // Handlers may match something that began before the anchor (a MAC found from its third
  // group) and end before it: the scan must still move forward, or it would loop.
  static size_t Advance(size_t i, size_t next) { return next > i ? next : i + 1; }

  // Anchor handlers; each returns the position to continue from (> i).
  size_t OnToken(size_t i);
  // OnToken for the token t_[ts, te) (its alphanumeric run); `letters`: it has a letter.
  size_t OnTokenSpan(size_t ts, size_t te, bool letters);
  // The token t_[ts, te) after '^' whose first byte is a capital and second a digit: the
  // capital and the caret print a control character ("^A", Hive's field separator, as
  // `cat -v` and many logs show it), so the value is t_[ts + 1, te). Scans that.
  [[gnu::noinline]] size_t HiveFieldAfterCaret(size_t ts, size_t te);
  // Whether "LAC/CI: <lac>/" (or '=') ends right before the digits at ts: a cell's pair, of
  // which the digits are the cell identity.
  bool LacCiPairBefore(size_t ts) const;
  // The secrets on the command line that starts at t_[v] and ends with its line (sudo's
  // COMMAND=...): reported as AddCommandLineSecrets reports those of a shell's lines.
  [[gnu::noinline]] void CommandLineSecretsFrom(size_t v);
  // Whether a control character printed as a caret and a capital ("^A") ends at t_[b].
  bool CaretControlBefore(size_t b) const { return b >= 2 && t_[b - 2] == '^' && IsUpper(t_[b - 1]); }
  size_t TokenHandler(size_t ts, size_t te, bool letters);
  size_t OnAt(size_t i);
  // A combo list's password after its login, a mobile or an e-mail that starts a line and
  // ends at p ("13081126124----mcDJwyQlodJ#22", "19283817169 ---- luo950127",
  // "luo@yeah.net:luo750805"), and a holder's name after it ("----侯怡琳"); the end of what
  // was added, or 0. `email`: an e-mail's separators (':', ';', '|', a tab) count too.
  size_t ComboSecretAfter(size_t p, bool email);
  // Whether only blanks (up to eight) stand between the line's start and p.
  bool LineStartBefore(size_t p) const {
    size_t b = p;
    while (b > 0 && t_[b - 1] == ' ' && p - b < 8) --b;
    return b == 0 || t_[b - 1] == '\n';
  }
  // A SQL literal after PASSWORD or IDENTIFIED BY: the password of a CREATE / ALTER USER or
  // ROLE statement, unless it is a stored hash.
  size_t OnQuote(size_t i);
  // An XML element's text in Latin letters after its start tag's '>' at i, when the element
  // names a person (<NameEn>WANG FANG</NameEn>, <EnName>SHI,JIE</EnName>): the whole text up
  // to the end tag, a name (LatinNameLength or CapitalNameLength). Most '>' are followed by
  // markup, a line break or a small letter: one compare.
  size_t OnTagEnd(size_t i) { return IsUpper(At(i + 1)) ? LatinElementText(i) : i + 1; }
  [[gnu::noinline]] size_t LatinElementText(size_t i);
  size_t TryUrlCredential(size_t at);
  size_t OnAssign(size_t i);
  size_t LatinNameLength(size_t p) const;
  std::string_view NameBeforeValue(size_t key_start) const;
  std::string_view LabelBeforeTag(size_t attr) const;
  size_t OnNonAscii(size_t i);
  size_t OnCjk(size_t i, uint32_t cp, int len, uint8_t starts);
  bool AddressTriggerBefore(size_t i) const;
  // Whether the '(' at p follows a utility account's number after 户号 (AddressTriggerBefore:
  // the premises in brackets after it).
  // A form's address label spaced out to the width of a longer one right before t_[i]
  // ("住    址:", "地　　址:", normalized), asked for a village's address without a number.
  [[gnu::noinline]] bool SpacedAddressLabelBefore(size_t i) const;
  bool AccountNumberBefore(size_t p) const;
  // Where the run of CJK characters that ends at t_[end] starts, at most max_chars of them
  // back (end when none ends there): a label or name before a separator.
  size_t CjkRunStart(size_t end, int max_chars) const;
  // Where the run of CJK characters from t_[p] ends, stopping at limit (and the text's end).
  size_t CjkRunEnd(size_t p, size_t limit) const;
  // Whether t_[0, end) ends with a village or its group (村, 组, 社, 队, 屯).
  bool EndsWithVillageUnit(size_t end) const;
  // An XML element's text at t_[i] (right after its start tag) that is an address with no
  // place of the gazetteer first: a town and village under an address element
  // (<address>母享镇后刘楼村六组</address>), or a road or estate with its number under an
  // address element or a "detail" element after the record's district
  // (<districtName>岳麓区</districtName><detail>麓山南路462号...</detail>). Reports it and
  // returns its end, or 0.
  [[gnu::noinline]] size_t ElementAddressWithoutPlace(size_t i);
  // Whether the address t_[s, e) (or the few bytes after it on its line, where the parse
  // may have stopped inside a name) is a warehouse's or logistics park's: a waybill's sender,
  // not anyone's home.
  [[gnu::noinline]] bool FacilityAddress(size_t s, size_t e) const;
  // Whether "名称:" (and up to four blanks) ends right before t_[i], in an invoice's buyer
  // section on the same line ("购买方信息  名称：").
  bool BuyerNameLabelBefore(size_t i) const;
  // The types whose field may claim a whole value (a name, an address, a password column).
  static constexpr uint32_t kWholeValueTypes =
      (1u << kPersonName) | (1u << kStreetAddress) | (1u << kCredential);
  [[gnu::noinline]] size_t BirthdayWithoutYear();  // returns n_ when the value is one
  static bool EnglishAddressValue(std::string_view v);
  size_t EnglishAddressAfterLabel(size_t v);
  bool EnglishLabelGoesOn(size_t p) const;
  size_t NumberedPassengerName(size_t i);
  size_t CalleeName(size_t i);
  size_t TransliteratedNameAround(size_t dot);
  // A name of two to six Chinese characters with no surname (阿西木呷, 洛桑丹增, 乌云其木格, 岩温)
  // at t_[i], the whole value after a name label's colon (and blanks), or under a label alone
  // on the line above, closed as a form's field is: reports it and returns its end, or 0.
  // Asked where t_[i - 1] is a colon, a blank or a line break.
  [[gnu::noinline]] size_t NameWithoutSurnameAfterLabel(size_t i);
  // The length of the name at t_[i] that a strong or role label introduced and whose match took
  // three characters: twelve bytes when it is a married woman's four (张王美华: a common surname
  // second, a clean given name, closed as a form's field), else nine.
  [[gnu::noinline]] size_t DoubleSurnameNameLength(size_t i) const;
  // Where a two-character name padded with blanks to a form's width ends (刘 宁, 王  芳: a
  // common single-character surname, one to three blanks, one character, closed as a field
  // is), or 0.
  [[gnu::noinline]] size_t PaddedNameEnd(size_t i) const;
  // Whether the Chinese run from t_[i] goes on past the name's end e (up to twelve
  // characters) to end in an organisation's word (江宁供电服务中心: EndsWithOrganisation).
  [[gnu::noinline]] bool OrganisationRunFrom(size_t i, size_t e) const;
  // Whether a comma or a blank (or both) then the person's own number (a mobile, a resident
  // ID: PersonalNumberAt), maybe after its label (，备用电话185...), follow the name that ends
  // at t_[e].
  [[gnu::noinline]] bool PersonalNumberAfterName(size_t e) const;
  // A name with no surname (Tibetan, Mongolian, Uyghur: 其其格, 格桑卓玛) at t_[i] after 我是
  // that starts an utterance, three to six characters of the transliterations' and closed by
  // punctuation or the line's end: reported at POSSIBLE and its end returned, or 0.
  [[gnu::noinline]] size_t SelfIntroducedNameWithoutSurname(size_t i);
  // Whether t_[s, e) holds only the transliterations' characters, its parts maybe joined by
  // middle dots.
  bool TransliteratedPartsOnly(size_t s, size_t e) const;
  // What the Chinese character cp at t_[i] may start after a tag, a colon, a blank or a line
  // break (one compare first: all are <= '>', and most bytes before a Chinese character are
  // part of another): an element's address without a place name after '>'; a name with no
  // surname after a name label (姓名：阿西木呷, 投诉人：洛桑丹增, as Yi, Tibetan, Mongolian and
  // Dai names are written: the surname look-ups never see one, or see a rare surname a role's
  // label does not take, 乌云其木格). Its end when one was reported, else 0. Asked by
  // OnNonAscii for characters that start nothing else, and by OnCjk.
  [[gnu::always_inline]] size_t AfterTagOrLabel(size_t i, uint32_t cp) {
    if (i == 0 || static_cast<unsigned char>(t_[i - 1]) > '>') return 0;
    const char b = t_[i - 1];
    if (b == '>') return ElementAddressWithoutPlace(i);
    if ((b == ':' || b == ' ' || b == '\t' || b == '\n') && chinese::TransliterationChar(cp))
      return NameWithoutSurnameAfterLabel(i);
    return 0;
  }
  // Whether a middle dot ('·', '•', '・') comes after up to five more Chinese characters at
  // t_[p]: the first part of a transliterated name goes on to it.
  [[gnu::noinline]] bool MiddleDotWithin(size_t p) const;
  // Where a password's value starts after a verb that sets it, a few Chinese words after the
  // label that ends at p (密码已重置为160382, 密码按客户要求设为 FAgv...); 0 when none does.
  size_t PasswordSetToAfter(size_t p) const;
  // Where the Chinese text from p ends, when it names a gate or a pickup spot (东门快递柜旁,
  // 地下车库入口, 西门保安亭, 南门菜鸟驿站) after an estate's name: the parse's (estate_parsed),
  // or one in the text itself before the spot (恒大名都西门保安亭); 0 when it names none or
  // runs on past sixteen characters.
  size_t DeliverySpotEnd(size_t p, bool estate_parsed) const;
  // The address t_[i, p) down to an estate or a district, then such a spot (or the estate's
  // management office the parse took in: 文鼎苑物业服务中心), after an address label (also one
  // spaced out: 住    址：): reported (its end returned), or 0. Out of line: OnCjk asks it
  // for every address it parses.
  [[gnu::noinline]] size_t DeliverySpotAfterLabel(size_t i, size_t p, bool estate_parsed);
  // The end of a number said digit by digit at t_[p] ("1 2 3 4 5 6", "七一八零六五",
  // "幺二三四五六": four to eight digits), as transcripts write a password read out; 0 when
  // none is there.
  size_t SpokenDigitsEnd(size_t p) const;
  // Where digits read out one by one and set apart by single blanks ("8 5 2 4") end, from
  // the first at t_[p]; *digits counts them (the caller checks what follows).
  size_t DigitsOneByOneEnd(size_t p, int* digits) const;
  static bool LabelCharacterIn(std::string_view v);
  // Whether v ends in a word that labels a form's field (时间, 类型, 事由, 金额 ...).
  static bool EndsInFieldLabelWord(std::string_view v);
  static bool SessionCookieName(std::string_view name);
  size_t OnWholeValue();  // returns where the anchor scan starts (n_ when claimed)
  void RunCustom();
  void RunCustomOnLine(size_t from, size_t to);

  // Compound shapes; each returns the end of what it matched, or 0.
  size_t TryMacOrIpv6(size_t ts, size_t te);
  size_t TryMacOrIpv6Reference(size_t ts, size_t te);
  size_t TryDotted(size_t ts);
  size_t HemisphereLongitude(size_t p);
  // Whether the key before the value at ts ends in "ci" (any case: nci, mNci, NR_NCI), past
  // a separator of up to three bytes (=, :, blanks, quotes): the cheap test before a key
  // look-up for an eleven-digit run that may be a 5G cell.
  bool KeyEndsInCiBefore(size_t ts) const {
    size_t p = ts;
    while (p > 0 && ts - p < 3 &&
           (t_[p - 1] == '=' || t_[p - 1] == ':' || t_[p - 1] == ' ' || t_[p - 1] == '"'))
      --p;
    return p < ts && p >= 2 && (t_[p - 1] | 0x20) == 'i' && (t_[p - 2] | 0x20) == 'c';
  }
  [[gnu::noinline]] bool NrCellValue(size_t ts);
  bool EnglishCodeWordBefore(size_t ts) const;
  // The cheap test before VirtualNumberExtension: what may follow a number with an extension.
  bool MayBeExtensionAfter(size_t te) const {
    const char c = At(te);
    auto zhuan = [](char b) { return static_cast<unsigned char>(b) == 0xE8; };  // 转: E8 BD AC
    return c == ',' || zhuan(c) || (c == ' ' && zhuan(At(te + 1)));
  }
  [[gnu::noinline]] bool VirtualNumberExtension(size_t te) const;
  // Whether the landline t_[s, e) is an organisation's line rather than a person's: its
  // label names a desk, a hotline or a service (咨询020-..., 经医院总机 010-..., 请致电前台
  // 029-..., 值班电话：, 营业厅电话, 监督电话), or a bracket right after it names one
  // ((值班室), (公司前台), (区民政局)). Such a number is taken and not reported, as a 400
  // number is.
  [[gnu::noinline]] bool OrganisationLineAt(size_t s, size_t e) const;
  // Whether a type field or word shortly before ts (this line or the one before) names a
  // Hong Kong and Macao permit: "idType":"HK_MACAU_PERMIT", certType=HKMO_PERMIT,
  // docType=HRP (home-return permit), "证件类型": "港澳居民来往内地通行证".
  [[gnu::noinline]] bool PermitTypeBefore(size_t ts) const;
  bool ProvinceAbbreviationBefore(size_t ts) const;
  [[gnu::noinline]] bool HkMacauNumberInPhoneField(size_t ts, std::string_view d);
  [[gnu::noinline]] bool LocalNumberInPhoneContext(size_t ts, std::string_view d);
  [[gnu::noinline]] bool OtherImsi(size_t ts, size_t te);
  [[gnu::noinline]] void NothingElseFound(size_t ts, size_t te);
  [[gnu::noinline]] size_t GdsDocsFrom(size_t ts, size_t te);
  // Airline messages: an IATA bar-coded boarding pass ("M1WEI/TINGMS         E...": the
  // passenger's name), a PNR's phone contact glued to its code ("OSI CZ CTCT139..."), and the
  // e-mail or child's birth date of "SSR CTCE ZH HK1 NAME//QQ.COM/P1", "SSR CHLD MF HK1
  // 13NOV16/P4" from their status code HK1. Returns where it ends, or 0.
  [[gnu::noinline]] size_t AirlineTokenAt(size_t ts, size_t te);
  // The card number of track 2 data as ISO 8583 field 35 carries it: 12 to 19 digits, 'D',
  // the expiry (YYMM), the service code and discretionary digits
  // ("F035=6216610414346709158D28072012977117"). Returns the token's end, or 0.
  [[gnu::noinline]] size_t Track2CardAt(size_t ts, size_t te);
  // A magnetic stripe's track 1 from its format code 'B' at ts ("%B6222...^ZHUGE/LI^2601..."):
  // the card number (Luhn, known issuer) and the holder's name between the carets.
  [[gnu::noinline]] size_t Track1CardAt(size_t ts, size_t te);
  // Whether the digit run t_[ts, te) (six digits or more) may have a reading that only
  // NothingElseFound asks: 8 digits (a local number), 15 (another network's IMSI), 10 from 09
  // (a Taiwan mobile), up to 16 from 00 (a foreign number after the international prefix; a
  // record number padded with zeros is longer) and 16 with a 6 in third place (an EAP
  // identity's IMSI). The others go to ClassifyDigits alone: asked inside it, even in a call
  // in tail position, these readings cost every digit run of a CDR file 2% through its
  // larger frame.
  [[gnu::always_inline]] bool MayNeedTheRest(size_t ts, size_t te) const {
    const size_t len = te - ts;
    return len == 8 || len == 15 || (len == 10 && t_[ts] == '0' && t_[ts + 1] == '9') ||
           (len <= 16 && t_[ts] == '0' && t_[ts + 1] == '0') || (len == 16 && t_[ts + 2] == '6');
  }
  // A text that is one run of digits (a CSV cell, a JSON value), as OnTokenSpan classifies one.
  [[gnu::always_inline]] void ClassifyWholeDigits() {
    if (!MayNeedTheRest(0, n_)) return ClassifyDigits(0, n_);
    ClassifyDigitsThenTheRest(0, n_);
  }
  // ClassifyDigits, then NothingElseFound when it made no reading of POSSIBLE or more (one of
  // a disabled type, or below a configured minimum, still counts: the configuration never
  // changes which type a run is taken for).
  [[gnu::always_inline]] void ClassifyDigitsThenTheRest(size_t ts, size_t te) {
    const uint64_t readings = add_calls_;
    ClassifyDigits(ts, te);
    if (add_calls_ == readings) [[unlikely]] NothingElseFound(ts, te);
  }
  size_t TryParenthesizedCountryCode(size_t ts, size_t te);
  bool NrCellKey(const FieldClass* fc, std::string_view key);
  bool BornAtPlaceAfter(size_t p) const;
  bool NameAnswerAt(size_t i, size_t nl) const;
  bool ParticleEndsUtterance(size_t e) const;
  bool SignatureBoundaryBefore(size_t i) const;
  bool StaffNumberBefore(size_t i) const;
  bool ParamAfter(size_t p) const;
  std::string_view LineBefore(size_t i, size_t max) const;
  // Where the text of an element starting at ts ends: its closing '<', a blank or a line
  // break, at most 128 bytes on.
  size_t ElementTextEnd(size_t ts) const;
  bool ElementSecret(size_t ts);
  bool MoreGroupsAfter(size_t te) const;
  size_t GroupSeparator(size_t p) const;
  std::string_view ParentKey(size_t key_start) const;
  std::string_view ElementNameBefore(size_t lt) const;
  size_t OnEscapedToken(size_t ts, size_t te);
  size_t AddMacHeader(size_t s);
  // Reports the MAC at t_[s, e) unless it is a placeholder: all zeros, Android's
  // 02:00:00:00:00:00 (what an app reads when the system withholds the address) or the
  // broadcast address, which belong to no device. Inline: the first byte rules out the
  // placeholders for nearly every MAC.
  void AddMac(size_t s, size_t e) {
    const char c = t_[s];
    if ((c == '0' || (c | 0x20) == 'f') && validate::IsPlaceholderMac(t_.substr(s, e - s))) return;
    Add(s, e, kMacAddress, Adjust(kMacAddress, Likelihood::kLikely, s), "mac");
  }
  // Whether "MAC" (any case) ends right before the blank before ts: 光猫MAC 64098060F3D3.
  bool MacWordBefore(size_t ts) const {
    return ts >= 4 && t_[ts - 1] == ' ' && Lower(t_[ts - 2]) == 'c' && Lower(t_[ts - 3]) == 'a' &&
           Lower(t_[ts - 4]) == 'm' && (ts == 4 || !IsAlpha(t_[ts - 5]));
  }
  size_t TrySlashedImei(size_t ts, size_t te);
  size_t CellIdentityValue();
  size_t UuidEndAround(size_t ts) const;
  std::string_view KeyAttribute(size_t from, size_t to) const;
  bool AmountWordBefore(size_t s) const;
  size_t TryGrouped(size_t ts, size_t te, bool plus);
  bool PhoneWordRightBefore(size_t ts) const;
  size_t HemisphereLetterBefore(size_t ds) const;
  size_t SwiftPartyField(size_t ts, size_t te);
  bool SwiftPersonNameLine(size_t s, size_t e) const;
  size_t DegreesCoordinate(size_t ds, size_t hemisphere);
  size_t ParenthesizedAreaCodeEnd(size_t p, size_t* open) const;
  size_t TryDate(size_t ts, size_t te);
  size_t SkipIsoTimestamp(size_t ts);
  size_t TryDateDayFirst(size_t ts, size_t te);
  size_t TryEnglishDate(size_t ts, size_t te);
  bool ReportBirthDate(size_t s, size_t e);
  // An address with no place before it, found from its house number at t_[ts] (a road's
  // suffix before it, 号 after): the road's name back to the word before it, then the parse,
  // which must read the road, its number and a dwelling (滨盛路312号江南文苑2栋1单元1504室).
  // Reports it and returns its end, or 0.
  [[gnu::noinline]] size_t RoadAddressWithoutPlace(size_t ts);
  bool BirthWordTakenBy(size_t earlier_end, size_t s) const;
  bool YearMonthOfBirthAsked(size_t s) const;
  std::string DateDigits(size_t s, size_t e) const;
  [[gnu::noinline]] bool IdWithBirthDateNear(size_t ts, size_t te) const;
  [[gnu::noinline]] bool RecordBirthDate(size_t ts, size_t te);
  // The next run of digits at or after q and before limit, at most 19 long, with an ID's
  // final X or x after 17: [*start, *end). False when there is none.
  bool NextDigitRun(size_t q, size_t limit, size_t* start, size_t* end) const;
  // A cell global identity in digits at t_[ts, te) (twelve or sixteen, from 460) under a
  // cell key or near a cell word: added, true.
  [[gnu::noinline]] bool CellGlobalIdDigits(size_t ts, size_t te);
  bool SelfStatedBirthDate(size_t s, size_t e) const;
  void ReportBirthDateOrAnswer(size_t s, size_t e);
  bool SexMarkerBefore(size_t s) const;
  bool SpacedBirthLabelBefore(size_t s) const;
  bool OrganisationDisplayNameBefore(size_t l) const;
  bool IsMonthAndDay(size_t s, size_t e) const;
  [[gnu::noinline]] size_t QuotedBirthdayWithoutYear(size_t ts);
  size_t TryCgi(size_t ts);
  // Where four groups of eight hex digits set apart by single blanks, from t_[v], end (a
  // 128-bit key as a web console writes it), or 0.
  size_t HexKeyGroupsEnd(size_t v) const;
  // Whether a SIM's 128-bit key (32 hex digits, or four groups of eight) starts at t_[v],
  // maybe after blanks or a quote: what a Ki or OPc key must hold.
  bool SimKeyValueAt(size_t v) const;
  // An IMEI as a URN whose TAC (eight digits) starts at t_[ts] after "imei:": reported,
  // its end returned; else 0.
  [[gnu::noinline]] size_t ImeiUrnAt(size_t ts);
  // HasHotword for a phone word, out of line: ClassifyDigits grows with every inlined call.
  [[gnu::noinline]] bool PhoneWordNear(size_t ts);
  // Whether tok is a cell identity in hex: seven to ten hex digits after 0x, or with a hex
  // letter without it.
  static bool IsHexCellIdentity(std::string_view tok);
  // Whether a CellID key in brackets ends right before t_[ts] (open5gs: CellID[0x6449a7004]).
  bool CellIdKeyInBracketsBefore(size_t ts) const;
  // A 5G SUCI whose MCC starts at t_[mcc] after "suci-<SUPI type>-": see scan_numbers.cc.
  [[gnu::noinline]] size_t SuciFrom(size_t mcc);
  [[gnu::noinline]] size_t WatchReportCells(size_t ts);
  size_t SkipTime(size_t p);
  static constexpr size_t kSkipTimeRoom = 16;
  size_t SkipTimeUnchecked(size_t p) const;
  [[gnu::always_inline]] size_t SkipTimeZone(size_t p) const;
  size_t SkipMillisAndZone(size_t p) const;
  size_t TryPlate(size_t i, int cp_len);
  // Whether a plate's province character and its letter start at p (湘A...).
  bool PlateStartsAt(size_t p) const;
  // An estate's name and a dwelling in it as all of [s, e) ("御景湾22号楼2单元1901室").
  bool EstateDwellingValue(size_t s, size_t e) const;
  // An address object's "detail" member whose key starts at t_[key_start] and whose Chinese
  // value starts at t_[vs], right after the object's district, city or county member (as
  // source code, YAML and logs write one): reported when it reads as an address, its end
  // returned; else 0.
  [[gnu::noinline]] size_t DetailMemberAddress(size_t key_start, size_t vs);
  // Whether a key or element name names a region of an address object (district, county,
  // city, area, town; any case, anywhere in the name).
  static bool NamesRegion(std::string_view name);
  // Whether the name t_[i, i + nl) drove the car whose plate follows (驾驶 or 驾驶的, then
  // the plate): a full name with a common surname, starting a word.
  [[gnu::noinline]] bool DriverBeforePlate(size_t i, size_t nl) const;
  // Whether a dwelling and a blank stand before the name t_[i, i + nl), which ends cleanly (a
  // bracket, a blank, a comma, ';' or the line's end): "1单元1502 沈宜怡（", "1-2-2102 沈寒可 ".
  [[gnu::noinline]] bool DwellingBeforeName(size_t i, size_t nl) const;
  size_t ApiKeyToken(size_t v, size_t min_len = 24) const;
  bool OAuthCodeContext(size_t key_start, size_t v) const;
  bool OneTimeCodeContext(size_t key_start, size_t v) const;
  bool CookieKeyBefore(size_t p) const;
  chinese::AddressMatch WrappedAddress(size_t i, const chinese::AddressMatch& m);
  size_t SessionCookies(size_t v);
  size_t TryCredentialValue(size_t v, bool with_field = true);
  size_t HashSchemePrefixLength(size_t p) const;
  size_t AuthSchemeLength(size_t v) const;
  size_t VcardAddress(size_t colon);
  static bool OperatorRealm(std::string_view domain);
  // Whether `domain` is one of China Telecom's provincial broadband realms: 163 and the
  // province's code (163.gd, 163.js), part of OperatorRealm's answer.
  static bool ProvincialRealm(std::string_view domain);
  size_t SipIdentity(size_t l, size_t at, std::string_view domain);
  bool MessageIdKeyBefore(size_t v) const;
  size_t LineStart(size_t i, size_t max) const;
  bool BirthQuestionOnLineBefore(size_t i) const;
  size_t VcardName(size_t i);
  bool NicknameKeyBefore(size_t v) const;
  size_t OneTimeCodeAfter(size_t p);
  size_t MidnightBirthDate(size_t ts);
  bool VersionBefore(size_t ts) const;
  bool AddressInBrackets(size_t lt) const;
  size_t CapitalNameLength(size_t p) const;
  size_t LatinNameAfterChineseLabel(size_t p, size_t i);
  size_t BookingPassengerName(size_t p);
  void DisplayNameBefore(size_t l, std::string_view local);
  // Whether the line holding t_[s] starts with a mail header that names people (From:, To:,
  // Cc:, Reply-To:, Sender:).
  bool MailHeaderLineBefore(size_t s) const;
  // A Chinese name found ends at t_[e]: the same name romanized in brackets right after it
  // (maybe after a blank: 郑静 (Jing Zheng), 周淑儀（Chow Shuk Yee Peter）), as directories and
  // Hong Kong and Taiwan letters give both, is added with likelihood lk; or after a comma,
  // under its own label (中文名區家豪，英文名AU Ka Ho). Returns where the scan goes on: after
  // the romanized name, or e.
  size_t RomanizedNameAfter(size_t e, Likelihood lk);
  // The romanized name after 英文名 (英文姓名, 拼音名, 外文名: maybe a colon, 是 or a blank)
  // at t_[p], two words or more up to the clause's end (LatinPersonWords): added with
  // likelihood lk, its end returned; else e.
  [[gnu::noinline]] size_t LatinNameAfterLabelAfter(size_t p, Likelihood lk, size_t e);
  bool LoginInBracketsAt(size_t p, size_t chars) const;
  bool SelfOrCalledNameBefore(size_t i) const;
  bool LandmarkWord(size_t i, size_t len) const;
  bool ChatHeaderNameAt(size_t i, size_t nl) const;
  bool BankCardAt(size_t p) const;
  bool PlaceholderBirthDate(size_t s, size_t e) const;
  // A verb of a relative standing in for a holder at p (配合, 开门, 办理, 代缴, 签字 ...).
  bool StandInVerbAt(size_t p) const;
  // Whether t_[p, e) is a staff or login code in brackets: "(ZJ9162)", "（HZ7334）".
  bool BracketedCodeIsRest(size_t p, size_t e) const;
  // Whether a key for a name's romanization (name_latin, nameEn, name_pinyin) ends at p.
  bool RomanizedNameKeyEndsAt(size_t p) const;
  // Whether a serving cell's label (服务小区, 驻留小区, 主小区, maybe with ID and ':') ends
  // right before ts.
  bool ServingCellBefore(size_t ts) const;
  bool SpacedBankCardAt(size_t p) const;
  bool MaskedPersonalNumberAt(size_t p) const;
  // Whether the name t_[i, i + nl) is one of three or more names in a row set apart by 、 or
  // ， (a roster in a notice).
  bool NameListItemAt(size_t i, size_t nl) const;
  bool NameListItem(size_t s, size_t e) const;
  // Whether t_[s, e) is two to four capitalized words (or words in capitals, hyphenated
  // ones too) separated by blanks or commas, none of them a word of organisations and
  // mailboxes ("Customer Service", "China Mobile").
  bool LatinPersonWords(size_t s, size_t e) const;
  size_t AddProseName(size_t s, size_t e, Likelihood lk);
  size_t AddProseNameAfterDot(size_t i, size_t nl, Likelihood lk);
  // Whether the name at t_[i] starts a line or a sentence and a biography's facts start at
  // t_[p], after the name and its colon or comma, as an annual report, a prospectus or a
  // résumé introduces a person: a nationality (中国国籍), an ethnicity (汉族), a residency
  // (无境外永久居留权), or a year of birth (1956年出生, 1962年12月出生).
  [[gnu::noinline]] bool BiographyAfter(size_t i, size_t p) const;
  // The names that go on a list after the one ending at e (、 or a comma between them, a
  // delimiter after each): added with lk; returns the end of the last.
  size_t NameListAfter(size_t e, Likelihood lk);
  size_t OperatorName();
  bool ChatSpeakerBefore(size_t i) const;
  size_t ChatSpeakerAt(size_t i, size_t nl) const;
  void RepeatNames();
  // RepeatNames' filter key: a hash of the six bytes at t_[p] (a name's first two
  // characters), sixteen bits (a chat's 256 names set under 0.4% of them).
  uint32_t RepeatKey(size_t p) const {
    uint64_t v = 0;
    std::memcpy(&v, t_.data() + p, 6);
    return static_cast<uint32_t>((v * 0x9E3779B97F4A7C15ull) >> 48);
  }
  // Names, passwords and addresses in English prose (scan_english.cc): whether the segment
  // reads as such, the pass over its capitals (names, addresses), passwords said in a
  // sentence, a signature's name under a closing, and where a name may end.
  [[gnu::noinline]] void EnglishProse() {
    if (MayHoldEnglishProse()) {
      EnglishProseNames();
      EnglishPasswordsSaid();
    }
  }
  // Addresses written in English in a sentence or a form ("office at 142 Nanjing West Road,
  // Jing'an District, Shanghai", "Home address: 19-1-1606 Fenglin Bay, 224 Wenhua Road, ...",
  // "Room 504, No. 221 Jianguo Road, Chaoyang District, Beijing"), found by the pass over
  // the capitals from their street or district word: whether one starts at t_[w] after a
  // blank ("Road", "Street", "Avenue", "District"; not "Roadmap"), and the address around it
  // (EnglishAddressAround) reported — its end returned, or end_before when there is none.
  bool StreetWordAt(size_t w) const;
  [[gnu::noinline]] size_t EnglishAddressAt(size_t w, size_t end_before);
  // The address whose street or district word starts at t_[w]: its comma-separated parts
  // around the word — dwellings, numbers and capitalized names before, capitalized places
  // after — with a street and its number or a dwelling, a place after it, and three parts or
  // more. Its end, with its start in *start; 0 when there is none.
  size_t EnglishAddressAround(size_t w, size_t* start) const;
  bool MayHoldEnglishProse() const;
  void EnglishProseNames();
  void EnglishPasswordsSaid();
  size_t EnglishNameAt(size_t p);
  size_t SignatureNameAt(size_t p) const;
  bool EnglishNameEnd(size_t e, bool possessive) const;
  bool RecipientMarkAt(size_t p) const;
  // "签收" or "代签收" ending a proof of delivery at p, and what stands before the name at
  // i: 由陆卫宸代签收, 家人杨冰签收, |张秀芳签收.
  bool SignedForAround(size_t i, size_t p) const;
  // A résumé's title after a name at p: " - 个人简历", " 的简历", "求职简历".
  bool ResumeTitleAfter(size_t p) const;
  // A text message's addressee: a name after a comma and before 您已/您好/您的 ... (i, e: the
  // name's bounds).
  bool AddresseeAfterComma(size_t i, size_t e) const;
  // A name in brackets right after a valid mainland mobile number: "17755852947（郭敏敏）".
  bool NameAfterOwnMobile(size_t i, size_t e) const;
  // Either, for the name t_[i, i + nl) with a common surname: out of line, as most names
  // follow neither a comma nor a bracket.
  [[gnu::noinline]] bool AddresseeOrOwnerNameAt(size_t i, size_t nl) const;
  bool TravelDocumentNumberAt(size_t p) const;
  // Its cheap test, on the two bytes at p: a blank, '-' or '|', or the first two bytes of 的
  // (E7 9A), 个 (E4 B8), 求 (E6 B1), 简 (E7 AE) or 履 (E5 B1). Runs after every name candidate.
  bool MayBeResumeTitleAfter(size_t p) const {
    const char c = At(p);
    if (c == ' ' || c == '-' || c == '|') return true;
    const auto second = static_cast<unsigned char>(At(p + 1));
    return static_cast<unsigned char>(c) >= 0xE4 &&
           (second == 0x9A || second == 0xB8 || second == 0xB1 || second == 0xAE);
  }
  bool OwnNumberAfter(size_t p) const;
  // The separators RecordFieldNameAt knows: the cheap test before it.
  static bool MayBeRecordSeparator(char c) {
    return c == '|' || c == '\x01' || c == '\t' || c == ',' || c == '\'';
  }
  // Whether the name t_[i, i + nl) is a whole field of a delimited record (between two of
  // its separators t_[i - 1], or a quoted value of a SQL tuple) whose line holds a valid
  // mainland mobile number (also with 86), resident ID or bank card (16-19 digits that
  // BankCardStrength rates strong) as a whole field too.
  bool RecordFieldNameAt(size_t i, size_t nl) const;
  // An approver's decision in brackets right after a name at p: (已同意), (审批中), (已驳回).
  bool ApprovalStatusAfter(size_t p) const;
  // "提交的报销申请", "发起的出差审批" right after a name at p: a workflow request's title.
  bool SubmittedRequestAfter(size_t p) const;
  // "一行" right after a name at p, then no more of the word (一行人 is a group of people).
  bool PartyAfter(size_t p) const;
  // A bracket at p that says who the person named before it is: their sex or age (（女，53岁）),
  // birth (（出生1957-02-01）), a staff, badge or card number with its label (（工号 GD104523）,
  // （警号 877616）) or a staff code alone (（A1133）), their relation or role (（孩子舅舅）,
  // （父亲，生于...）, （法人）, （原测试经理）).
  bool PersonDetailInBracketsAt(size_t p) const;
  // "等4人", "等三位" right after a name at p: the head of a party.
  bool PartyCountAfter(size_t p) const;
  // A whole name set apart by blanks in Chinese running text (帮忙查一下 向志强 的医保, 约 陈佳
  // 周三下午), as chats and notes write one: a blank on each side of t_[i, i + nl), Chinese
  // beyond them, and a word that takes a person on one side.
  bool BlankSetNameAt(size_t i, size_t nl) const;
  // "我是平安保险的" right before t_[i]: a caller naming their company, then themself.
  bool SelfIntroducedWithOrgBefore(size_t i) const;
  // A Latin name after a slash right after a Chinese name ending at p ("钟建华 / ZHONG
  // Jianhua"), with a surname's pinyin among its words: where it ends, and its start in
  // *start; 0 when there is none.
  size_t PinyinNameAfterSlash(size_t p, size_t* start) const;
  // The start of a Latin name (LatinNameLength, LatinPersonWords) that ends right at `end`,
  // or npos.
  size_t LatinNameEndingAt(size_t end) const;
  // Where a name after 联系 may end at p: a comma, a blank, 。, or its phone (电话, 手机).
  bool ContactEndsAt(size_t p) const;
  // 联系 right before t_[i], or 联系 and a relative (联系老公, 联系女儿).
  bool ContactBefore(size_t i) const;
  // A JSON Web Token starting at t_[ts] (header.payload.signature, base64url, the first two
  // parts starting "eyJ"): reported as a CREDENTIAL; returns its end, or 0.
  size_t TryJwt(size_t ts);
  // A label of a person's own number after a name, then the number, valid (OwnNumberAfter's
  // kinds) or travel document's: "（身份证号 4101...", "  身份证：4101...", "，手机号为138...",
  // " 往来港澳通行证 C32297912", "，港澳通行证 W29829449".
  bool OwnLabelledNumberAfter(size_t p) const;
  // A resident ID or a mainland mobile number (also grouped 3-4-4, and after +86, 0086 or
  // 86 and a blank or dash) at t_[p], alone.
  bool PersonalNumberAt(size_t p) const;
  // A SIM's PIN or PUK after its label (and 是, 为, ':' or a blank) at p: four to eight digits,
  // not masked ("PUK 7576****"); added, and its end returned, else 0.
  size_t SimCodeAfter(size_t p);
  // Whether "PIN" or "PUK" (maybe a colon, a blank) ends right before the digits at ts.
  bool SimCodeLabelBefore(size_t ts) const;
  bool IdBeforeBlanks(size_t i) const;
  bool RelativeOfNamedAfter(size_t e) const;
  bool ListItemAuthorAt(size_t i, size_t nl) const;
  bool IssuerApprovalCodeAt(size_t v) const;
  // Whether the name t_[i, i + nl) sits between two numeric fields of a fixed-width record
  // without separators: ten digits or more right before it, a digit right after it.
  bool NameBetweenDigitFields(size_t i, size_t nl) const;
  // Whether t_[i] starts a cell of a table aligned with blanks (a PDF or a mainframe's
  // printout: "1     吉祥村社区  马雨      6101**********9859"): it starts its line or follows
  // two blanks or a tab, and its text of `len` bytes ends at two blanks, a tab or the line's
  // end. Inline: most names of running text fail on the byte before them.
  bool AlignedCellAt(size_t i, size_t len) const {
    if (i > 0) {
      const char b = t_[i - 1];
      if (b != '\n' && b != '\t' && !(b == ' ' && i >= 2 && (t_[i - 2] == ' ' || t_[i - 2] == '\n')))
        return false;
    }
    const size_t e = i + len;
    return e >= n_ || t_[e] == '\n' || t_[e] == '\r' || t_[e] == '\t' ||
           (t_[e] == ' ' && (At(e + 1) == ' ' || At(e + 1) == '\n' || e + 1 >= n_));
  }
  const FieldClass* ColumnHeaderAbove(size_t i);
  void ClassifyDigits(size_t ts, size_t te);
  void ClassifyAlnum(size_t ts, size_t te);
  bool EvaluatePhoneDigits(std::string_view d, bool plus, bool grouped, size_t s, size_t e);

  // Context.
  // The class of the field the value at s sits under, or null; *key gets the field name when
  // it may be shown. Inline: the column's class and the memo answer most calls.
  const FieldClass* FieldAt(size_t s, std::string_view* key) {
    if (seg_.field_class) {
      // Inside a cell (not at its start): see CellFieldAt.
      if (s > 1) [[unlikely]] return CellFieldAt(s, key);
      *key = seg_.field;
      return seg_.field_class;
    }
    if (s == memo_pos_) {
      *key = memo_key_;
      return memo_fc_;
    }
    return FieldLookup(s, key);
  }
  // FieldAt without the column and the memo: the common "key=value" case, else
  // FieldAtGeneral.
  const FieldClass* FieldLookup(size_t s, std::string_view* key);
  const FieldClass* FieldKeyMiss(size_t s, size_t key_len, std::string_view* key);
  const FieldClass* FieldAtGeneral(size_t s, std::string_view* key);
  // redis-cli's numbered reply lines (` 8) "..."`): the field name on the line above the
  // value whose opening quote is at `quote`, or empty; RedisReplyLineStart: where the line
  // with that quote starts, or SIZE_MAX when it is no reply line.
  std::string_view RedisFieldAbove(size_t quote) const;
  // The text of a double-quoted string whose closing quote is right before e (up to 48
  // bytes, on one line), or empty.
  std::string_view QuotedWordEndingAt(size_t e) const;
  // The secret value of a redis-cli reply line whose opening quote is at `quote`, when the
  // field name above is a credential key; where it ends, or 0.
  [[gnu::noinline]] size_t RedisReplySecret(size_t quote);
  size_t RedisReplyLineStart(size_t quote) const;
  // The column of a SQL INSERT that names the value at s, when s is a value of a VALUES
  // tuple ("INSERT INTO t (a, b) VALUES (1, '王芳')" mid-line, as database audit logs and
  // general logs write statements) and the statement lists its columns; else null. *key
  // gets the column name. Linear over a segment: the search for VALUES and the walk
  // through the tuples resume where the last call stopped.
  const FieldClass* SqlColumnAt(size_t s, std::string_view* key);
  const FieldClass* LineNamedClass(size_t key_start, std::string_view* key);
  const FieldClass* ColumnNamedBefore(size_t key_start, std::string_view* key);
  std::string_view SpreadsheetColumnAt(size_t data_lt);
  // FieldAt inside a cell or value: a cell of free text under a column that names no type
  // (a database log's statement) may hold a SQL statement whose column names the value
  // better than the cell's own column does; else the cell's column.
  const FieldClass* CellFieldAt(size_t s, std::string_view* key);
  size_t SqlColumnNameAt(size_t values_kw, size_t column, size_t* name_end) const;
  // The class of a key name. L1: a small cache of keys of up to 16 bytes (log lines repeat
  // the same few keys), compared as two little-endian words; misses go to ClassifyKeySlow.
  // Always inline: it runs for nearly every labelled value, and with more callers the
  // compiler stopped inlining it (1% of a dense log's instructions).
  [[gnu::always_inline]] const FieldClass* ClassifyKey(std::string_view key) {
    if (key.empty() || key.size() > 16) return ClassifyKeySlow(key, nullptr, 0, 0);
    uint64_t w0 = 0;
    uint64_t w1 = 0;
    const char* end = key.data() + key.size();
    if (std::endian::native == std::endian::little && !reference_ && key.data() >= t_.data() &&
        end <= t_.data() + n_ && end - t_.data() >= 16) {
      // The key is in the segment with 16 readable bytes before its end: two loads, and the
      // bytes before the key masked off.
      std::memcpy(&w0, end - 16, 8);
      std::memcpy(&w1, end - 8, 8);
      w0 &= kKeyTailMask[key.size()].w0;
      w1 &= kKeyTailMask[key.size()].w1;
    } else {
      char buf[16] = {};
      std::memcpy(buf + 16 - key.size(), key.data(), key.size());
      std::memcpy(&w0, buf, 8);
      std::memcpy(&w1, buf + 8, 8);
    }
    return ClassifyKeyWords(key, w0, w1);
  }
  // The L1 lookup of ClassifyKey, given the key as its KeySlot words: the 16 bytes that end
  // with the key's last byte, the bytes before the key zeroed (byte 15 is the last byte).
  const FieldClass* ClassifyKeyWords(std::string_view key, uint64_t w0, uint64_t w1) {
    if (const FieldClass* fc = CachedKeyClass(key.size(), w0, w1)) return fc;
    return ClassifyKeySlow(key, KeySlotFor(w0, w1), w0, w1);
  }
  static uint64_t KeyHash(uint64_t w0, uint64_t w1) {
    return (w0 * 0x9E3779B97F4A7C15ull) ^ (w1 * 0xC2B2AE3D27D4EB4Full);
  }
  // The cached class of the key of `len` bytes with these words, or null. Two slots may hold
  // a key (two bytes of one hash): two keys of one line that share the first would
  // otherwise evict each other on every line.
  const FieldClass* CachedKeyClass(size_t len, uint64_t w0, uint64_t w1) {
    static_assert(std::extent_v<decltype(ScanScratch::Impl::key_slots)> == 256);
    const uint64_t h = KeyHash(w0, w1);
    auto* a = &scr_.key_slots[h >> 56];
    if (a->len == len && a->w0 == w0 && a->w1 == w1) return &a->fc;
    auto* b = &scr_.key_slots[(h >> 48) & 0xFF];
    if (b->len == len && b->w0 == w0 && b->w1 == w1) return &b->fc;
    return nullptr;
  }
  // The slot a new key takes: the first unless only the second is free.
  ScanScratch::Impl::KeySlot* KeySlotFor(uint64_t w0, uint64_t w1) {
    const uint64_t h = KeyHash(w0, w1);
    auto* a = &scr_.key_slots[h >> 56];
    auto* b = &scr_.key_slots[(h >> 48) & 0xFF];
    return a->len != 0xFF && b->len == 0xFF ? b : a;
  }
  const FieldClass* ClassifyKeySlow(std::string_view key, ScanScratch::Impl::KeySlot* slot,
                                    uint64_t w0, uint64_t w1);
  uint32_t ContextMask(size_t s);
  // The hotword types named in t_[from, to) (lexicon::HotwordMask; its plain twin on the
  // reference path).
  uint32_t HotwordsIn(size_t from, size_t to) const {
    return reference_ ? lexicon::HotwordMaskReference(t_, from, to)
                      : lexicon::HotwordMask(t_, from, to);
  }
  bool HasHotword(size_t s, TypeId type);
  bool IdWordRightBefore(size_t ts) const;
  bool CidAfterLac(size_t ts) const;
  bool ForeignNumberAfter00(std::string_view d, size_t ts);
  void ForeignNumberOrEapIdentity(size_t ts, size_t te);
  bool EapIdentityKeyBefore(size_t ts) const;
  bool RadioAddressLabelBefore(size_t ts) const;
  size_t HexColonRunStart(size_t ts, size_t te) const;
  const FieldClass* SnakeKeyBeforeQuote(size_t ke, size_t s, std::string_view* key);
  Likelihood Adjust(TypeId type, Likelihood base, size_t s);
  void Add(size_t s, size_t e, TypeId type, Likelihood lk, std::string_view detector,
           bool with_field = true);
  void AddLookingUp(size_t s, size_t e, TypeId type, Likelihood lk, std::string_view detector);
  // The secrets on a command line: detect/command_line.h.
  void AddCommandLineSecrets();
  void Emit(FindingSink& sink);
  void EmitCandidates(FindingSink& sink);
  bool Allowed(std::string_view shown) const;

  const Scanner::Impl& sc_;
  const Segment& seg_;
  // Line starts in seg_.text (ScanWithCommandLines). Left uninitialized on purpose: read only
  // by Run<true>, after set_command_lines; a zeroed pair would be two more stores for every
  // CSV cell and JSON value.
  const uint32_t* command_lines_;
  size_t command_line_count_;
  ScanScratch::Impl& scr_;
  std::string_view t_;
  size_t n_ = 0;
  size_t readable_end_ = 0;  // t_[n_, readable_end_) may be read by wide loads, never scanned
  bool normalized_ = false;
  bool prose_names_ = false;  // a name was found in running text (AddProseName)
  bool sql_memo_ = false;     // scr_.sql holds this segment's progress (SqlColumnAt)
  bool sheet_memo_ = false;   // scr_.sheet holds this segment's header row (SpreadsheetColumnAt)
  bool aligned_memo_ = false;  // scr_.aligned holds this segment's table header (ColumnHeaderAbove)
  // Memo of the last FieldAt lookup (several candidates share one key).
  size_t memo_pos_ = SIZE_MAX;
  const FieldClass* memo_fc_ = nullptr;
  std::string_view memo_key_;
  size_t mask_pos_ = SIZE_MAX;
  size_t date_end_ = SIZE_MAX;  // end of the last date ReportBirthDate weighed
  uint32_t mask_ = 0;
  uint64_t add_calls_ = 0;  // Adds of POSSIBLE or more, reported or not (ClassifyDigitsThenTheRest)
  const bool reference_;  // take the plain paths (UseReferencePathsForTesting)
};

}  // namespace detail
}  // namespace piguard
