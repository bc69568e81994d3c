// The detection engine: one left-to-right pass over a segment that stops only at anchor bytes
// (digits, '@', '=', ':', non-ASCII), builds candidates from the token around each anchor,
// validates them, weighs context, and reports the non-overlapping best candidates.
#include "piguard/scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <string>


#include "core/utf8.h"
#include "detect/anchor_mask.h"
#include "detect/chinese.h"
#include "detect/command_line.h"
#include "detect/lexicon.h"
#include "detect/segment_scan.h"
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
using detail::Lower;

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

ScanScratch::ScanScratch() : impl_(std::make_unique<Impl>()) {}
ScanScratch::~ScanScratch() = default;

namespace detail {

template <bool kCommandLines>
void SegmentScan::Run(FindingSink& sink) {
  scr_.cands.clear();
  // The segment was usually written just before this call, one 8-byte field at a time: read
  // its text the same way. Copying the string_view whole is a 16-byte load that cannot be
  // forwarded from those stores and stalls (measured: most of this function's time on CSV).
  const std::string_view text(seg_.text.data(), seg_.text.size());
  t_ = text;
  if (utf8::NormalizeWidth(text, &scr_.norm, &scr_.norm_map)) {
    t_ = scr_.norm;
    normalized_ = true;
  }
  n_ = t_.size();
  readable_end_ = normalized_ ? n_ : n_ + seg_.readable_after;
  // A value the field claims whole (a name or address column) needs no further look: any
  // finding inside it would lose the overlap to the whole-value finding anyway.
  // Asked here first: most columns (phones, IMSIs, times) are no such field, and a cell is
  // often a handful of bytes.
  size_t i = seg_.whole_value && seg_.field_class &&
                     ((seg_.field_class->type_mask & (kWholeValueTypes | (1u << kDateOfBirth))) ||
                      seg_.field_class->person_if_full_name)
                 ? OnWholeValue()
                 : 0;
  // A cell identity column's value of four or five digits (n_ - 4 <= 1: one compare).
  if (n_ - 4 <= 1 && seg_.whole_value && seg_.field_class && seg_.field_class->cell_identity)
    i = CellIdentityValue();
  // Most CSV cells and JSON values are at most 32 bytes: classified whole (ScanShort). Other
  // texts shorter than a block are walked byte by byte from anchor to anchor, without the
  // block state.
#if defined(__SSE2__)
  if (!reference_ && n_ <= 32 && readable_end_ >= (n_ <= 16 ? 16 : 32)) ScanShort(i);
  else
#endif
  // A text of a block or more may be English prose, whose names need a pass of their own
  // (EnglishProse). Asked in these branches, not after them: a test per CSV cell and JSON
  // value cost those 0.3-0.8%.
  if (reference_ || n_ - i < 64) {
    ScanBytes(i);
    if (reference_ && n_ - i >= 64) EnglishProse();
  } else {
    ScanBlocks(i);
    EnglishProse();
  }
  if (prose_names_) RepeatNames();
  if constexpr (kCommandLines) AddCommandLineSecrets();
  if (!sc_.custom.empty()) RunCustom();
  Emit(sink);
}

// The anchor loop for text walked byte by byte: stops at each anchor byte.
void SegmentScan::ScanBytes(size_t i) {
  while (i < n_) {
    while (i < n_ && !IsAnchorByte(static_cast<unsigned char>(t_[i]))) ++i;
    if (i >= n_) break;
    i = Advance(i, OnAnchor(i));
  }
}

#if defined(__SSE2__)
// ScanBytes for a short text (see segment_scan.h). Inlined into Run: it runs once per cell.
[[gnu::always_inline]] inline void SegmentScan::ScanShort(size_t i) {
  if (i >= n_) return;
  const ShortMasks m = ClassifyShort();
  uint64_t anchors = m.anchor & (~uint64_t{0} << i);
  if (!anchors) return;
  // A text that is one token (an IMSI, a phone number, an id): OnToken at its first digit
  // sees no neighbours, so of its shapes only the classifiers can match.
  if (i == 0 && m.alnum == (uint64_t{1} << n_) - 1) {
    if (m.alpha) ClassifyAlnum(0, n_);
    else if (n_ >= 6) ClassifyWholeDigits();  // shorter runs are no identifier alone
    return;
  }
  while (true) {
    i = static_cast<size_t>(__builtin_ctzll(anchors));
    size_t next;
    if (IsDigit(t_[i])) {
      // The token around the digit, from the masks: back to the byte after the last
      // non-token byte before i, on to the first non-token byte (n_ past the end).
      const uint64_t before = ~m.alnum & ((uint64_t{1} << i) - 1);
      const size_t ts = before ? static_cast<size_t>(64 - __builtin_clzll(before)) : 0;
      const uint64_t after = ~m.alnum & (~uint64_t{0} << i);
      const size_t te = static_cast<size_t>(__builtin_ctzll(after));  // n_ at most: bit n_ is set
      const bool letters = (m.alpha & (((uint64_t{1} << te) - 1) & (~uint64_t{0} << ts))) != 0;
      next = OnTokenSpan(ts, te, letters);
    } else {
      next = OnAnchor(i);
    }
    i = Advance(i, next);
    if (i >= n_) return;
    anchors &= ~uint64_t{0} << i;
    if (!anchors) return;
  }
}
#endif

// The anchor loop with block masks. Anchors come from the masks of the 64-byte block
// starting at `block`; a handler that moves past the block makes the next round classify a
// new block where it stopped. The last bytes are walked one by one: the walk stops at the
// first anchor, which is cheaper than classifying a block that is mostly past the end.
//
// One copy of the loop per block classifier: compiled for the classifier's instruction set,
// the loop keeps the masks in registers instead of taking them from a call (1-2% of a log
// scan's time). The handlers it calls are shared.
template <BlockMasks (*Classify)(const char*)>
[[gnu::always_inline]] inline void SegmentScan::ScanBlocksWith(size_t i) {
  size_t block = 0;
  size_t block_end = 0;
  uint64_t anchors = 0;
  uint64_t alnum = 0;    // token bytes of the block
  uint64_t letters = 0;  // letters of the block
  while (i < n_) {
    if (i >= block_end && n_ - i >= 64) {
      block = i;
      block_end = i + 64;
      const BlockMasks m = Classify(t_.data() + i);
      anchors = m.anchor;
      alnum = m.alnum;
      letters = m.alnum & ~m.digit;
    }
    if (i >= block_end) {  // the tail
      ScanBytes(i);
      return;
    }
    anchors &= ~uint64_t{0} << (i - block);
    if (!anchors) {
      i = block_end;
      continue;
    }
    i = block + static_cast<size_t>(__builtin_ctzll(anchors));
    // A digit's token wholly inside the block has its bounds in the masks: most tokens of a
    // log (short numbers, hex ids) cannot be anything, and TokenMayMatter says so without
    // the call. Tokens that touch the block's edges go to OnToken as they are.
    const unsigned k = static_cast<unsigned>(i - block);
    if (IsDigit(t_[i]) && k > 0) {
      const uint64_t after = ~alnum >> k;
      const uint64_t before = ~alnum & ((uint64_t{1} << k) - 1);
      if (after && before) {
        const unsigned s = 64u - static_cast<unsigned>(__builtin_clzll(before));
        const unsigned e = k + static_cast<unsigned>(__builtin_ctzll(after));
        const bool has_letters = ((letters >> s) & ((uint64_t{1} << (e - s)) - 1)) != 0;
        const size_t ts = block + s;
        const size_t te = block + e;
        if (const size_t stamp = LineStartTimestamp(ts, te, has_letters)) {
          i = Advance(i, stamp);
          continue;
        }
        i = TokenMayMatter(ts, te, has_letters) ? Advance(i, OnTokenSpan(ts, te, has_letters))
                                                : te;
        continue;
      }
    }
    i = Advance(i, OnAnchor(i));
  }
}

#if defined(__x86_64__)
__attribute__((target("avx2"))) void SegmentScan::ScanBlocksAvx2(size_t i) {
  ScanBlocksWith<ClassifyBlockAvx2>(i);
}
void SegmentScan::ScanBlocksSse2(size_t i) { ScanBlocksWith<ClassifyBlockSse2>(i); }
void SegmentScan::ScanBlocks(size_t i) {
  if (BlocksUseAvx2() && !g_sse2_blocks_for_testing) ScanBlocksAvx2(i);
  else ScanBlocksSse2(i);
}
#else
void SegmentScan::ScanBlocks(size_t i) { ScanBlocksWith<ClassifyBlock64>(i); }
#endif

// ---------------------------------------------------------------------------------------
// Output: resolve overlaps, apply allow lists, map offsets back to the original bytes.

// Most CSV cells and JSON values have no candidate: the check costs no stack frame (Emit is
// inlined into Run).
void SegmentScan::Emit(FindingSink& sink) {
  if (!scr_.cands.empty()) EmitCandidates(sink);
}

// Delivers the best of overlapping candidates, in order, with offsets and lines in the
// original input; the fast way resolves overlaps while it delivers.
void SegmentScan::EmitCandidates(FindingSink& sink) {
  auto& cands = scr_.cands;
  const bool allow_lists = !sc_.allow_values.empty() || !sc_.allow_patterns.empty();
  const uint32_t* norm_map = normalized_ ? scr_.norm_map.data() : nullptr;
  const uint32_t* offset_map = seg_.offset_map;
  const std::string_view text = seg_.text;
  // Candidates are delivered in order, so lines are counted on from the last finding.
  LineCounter lines(offset_map ? std::string_view() : text, seg_.line, reference_);
  auto deliver = [&](const Candidate& c) {
    if (allow_lists && Allowed(t_.substr(c.start, c.end - c.start))) return;
    const size_t ls = norm_map ? norm_map[c.start] : c.start;
    const size_t le = norm_map ? norm_map[c.end] : c.end;
    // A transformed segment (a JSON string with its escapes decoded) is one line of the
    // input: a "\n" escape in it is not a line break.
    const uint64_t start = seg_.base_offset + (offset_map ? offset_map[ls] : ls);
    const uint64_t end = seg_.base_offset + (offset_map ? offset_map[le] : le);
    const uint64_t line = !seg_.count_lines ? 0 : offset_map ? seg_.line : lines.LineOf(ls);
    // Every field set here: a Finding built field by field was first zeroed.
    sink.OnFinding(Finding{start, end, line, c.type, c.lk, c.detector, c.field,
                           std::string_view(text.data() + ls, le - ls)});
  };
  // Of candidates that overlap the one kept last, the higher likelihood wins, then the
  // longer match (a tie keeps the earlier).
  auto outranks = [](const Candidate& x, const Candidate& k) {
    return std::make_pair(static_cast<int>(x.lk), x.end - x.start) >
           std::make_pair(static_cast<int>(k.lk), k.end - k.start);
  };
  if (cands.size() == 1 && !reference_) {  // a CSV cell's or JSON value's one candidate
    deliver(cands[0]);
    return;
  }
  if (!std::is_sorted(cands.begin(), cands.end(), CandidateBefore))
    std::stable_sort(cands.begin(), cands.end(), CandidateBefore);
  if (reference_) {
    // Overlaps resolved in place first (cands[0, kept) are the survivors), then delivered.
    size_t kept = 0;
    for (size_t r = 0; r < cands.size(); ++r) {
      const Candidate& c = cands[r];
      if (kept > 0 && c.start < cands[kept - 1].end) {
        if (outranks(c, cands[kept - 1])) cands[kept - 1] = c;
        continue;
      }
      if (kept != r) cands[kept] = c;
      ++kept;
    }
    for (size_t k = 0; k < kept; ++k) deliver(cands[k]);
    return;
  }
  // One pass: the current winner is delivered when a candidate starts past its end.
  const Candidate* cur = cands.data();
  const Candidate* const last = cands.data() + cands.size();
  for (const Candidate* c = cur + 1;; ++c) {
    if (c != last && c->start < cur->end) {
      if (outranks(*c, *cur)) cur = c;
      continue;
    }
    deliver(*cur);
    if (c == last) break;
    cur = c;
  }
}

// The configured allow lists: exact values and whole-value RE2 patterns.
bool SegmentScan::Allowed(std::string_view shown) const {
  if (!sc_.allow_values.empty() && sc_.allow_values.count(shown)) return true;
  for (const auto& re : sc_.allow_patterns)
    if (RE2::FullMatch(re2::StringPiece(shown.data(), shown.size()), *re)) return true;
  return false;
}

}  // namespace detail

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

// Whether a value under a command field (FieldClass::command) is a command line: a program
// LooksLikeCommandLine knows, then options, on its first line.
static bool ValueIsCommandLine(std::string_view text) {
  if (!detail::MayStartCommandLine(text[0])) return false;
  const size_t nl = text.find('\n');
  const std::string_view line = text.substr(0, nl);
  return line.find(' ') != std::string_view::npos && detail::LooksLikeCommandLine(line);
}

void Scanner::Scan(const Segment& segment, ScanScratch& scratch, FindingSink& sink) const {
  if (segment.text.empty()) return;
  if (segment.field_class && segment.field_class->command) [[unlikely]]
    return ScanCommandValue(segment, scratch, sink);
  detail::SegmentScan scan(*impl_, segment, scratch.impl());
  scan.Run(sink);
}

// Scan for a value under a command field: a command line has its secrets found too. Out of
// line, so that Scan stays as small as it was for every other cell and value.
[[gnu::noinline]] void Scanner::ScanCommandValue(const Segment& segment, ScanScratch& scratch,
                                                 FindingSink& sink) const {
  if (ValueIsCommandLine(segment.text)) {
    static constexpr uint32_t kFirstLine[] = {0};
    return ScanWithCommandLines(segment, kFirstLine, scratch, sink);
  }
  detail::SegmentScan scan(*impl_, segment, scratch.impl());
  scan.Run(sink);
}

void Scanner::ScanWithCommandLines(const Segment& segment,
                                   std::span<const uint32_t> command_lines,
                                   ScanScratch& scratch, FindingSink& sink) const {
  if (segment.text.empty()) return;
  detail::SegmentScan scan(*impl_, segment, scratch.impl());
  scan.set_command_lines(command_lines);
  scan.Run</*kCommandLines=*/true>(sink);
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
