// Shared helpers of the libFuzzer targets: two prebuilt scanners, chunk construction, and the
// invariant checks every target applies to what the library returns. A violated invariant
// prints what was wrong and traps, so libFuzzer records the input as a crash.
//
// Checks marked STRICT follow the documented contracts beyond the minimum the targets were
// asked for (Finding::line is the line of `start`; a scan job delivers a chunk's findings
// in offset order). Set PIGUARD_FUZZ_STRICT=0 to keep fuzzing past a known STRICT failure.
// (To keep fuzzing past a known UBSan report: UBSAN_OPTIONS=suppressions=FILE.)
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "formats/readers.h"
#include "piguard/config.h"
#include "piguard/finding.h"
#include "piguard/scanner.h"

namespace piguard_fuzz {

#define PIGUARD_FUZZ_CHECK(cond, ...)                                              \
  do {                                                                             \
    if (!(cond)) {                                                                 \
      std::fprintf(stderr, "\n*** piguard fuzz invariant violated: %s\n*** ", #cond); \
      std::fprintf(stderr, __VA_ARGS__);                                           \
      std::fprintf(stderr, "\n");                                                  \
      std::fflush(stderr);                                                         \
      __builtin_trap();                                                            \
    }                                                                              \
  } while (0)

inline bool Strict() {
  static const bool strict = [] {
    const char* v = std::getenv("PIGUARD_FUZZ_STRICT");
    return !(v && std::string_view(v) == "0");
  }();
  return strict;
}

// A configuration that reports everything (VERY_UNLIKELY and up) and has custom regex,
// dictionary, validator, hotword, allow and deny rules, so more code paths produce findings.
inline constexpr std::string_view kWideConfig = R"yaml(
version: 1
min_confidence: VERY_UNLIKELY
hotword_window: 40
types:
  PERSON_NAME: {min_confidence: UNLIKELY}
  CELL_ID: true
custom_types:
  - name: EMPLOYEE_ID
    regex: 'EMP-[0-9]{6}'
    hotwords: [employee, 工号]
  - name: PROJECT_CODE
    dictionary: [Phoenix, 凤凰计划, "Blue Whale"]
    ignore_case: true
  - name: CUSTOM_CARD
    regex: '\b[0-9]{16,19}\b'
    validator: luhn
    confidence: POSSIBLE
  - name: CUSTOM_RID
    regex: '[0-9]{17}[0-9Xx]'
    validator: mod11_2
allow_list:
  values: ["10000", "13800138000"]
  patterns: ['192\.168\..*']
deny_list:
  - type: PHONE_NUMBER
    values: ["400-820-8820"]
  - type: EMPLOYEE_ID
    values: [boss]
)yaml";

inline std::unique_ptr<piguard::Scanner> MakeScanner(const piguard::ScanConfig& config) {
  auto s = piguard::Scanner::Create(config);
  if (!s.ok()) {
    std::fprintf(stderr, "fuzz setup: Scanner::Create failed: %s\n", s.status().message().c_str());
    std::abort();
  }
  return std::move(s).value();
}

// The scanner with the default configuration.
inline const piguard::Scanner& DefaultScanner() {
  static const std::unique_ptr<piguard::Scanner> s = MakeScanner(piguard::ScanConfig{});
  return *s;
}

// The scanner with kWideConfig.
inline const piguard::Scanner& WideScanner() {
  static const std::unique_ptr<piguard::Scanner> s = [] {
    auto c = piguard::ParseScanConfig(kWideConfig, "fuzz-wide.yaml");
    if (!c.ok()) {
      std::fprintf(stderr, "fuzz setup: wide config rejected: %s\n", c.status().message().c_str());
      std::abort();
    }
    return MakeScanner(c.value());
  }();
  return *s;
}

// Reads every byte of a view so that ASan reports a dangling or out-of-bounds one.
inline void Touch(std::string_view s) {
  static volatile unsigned sink = 0;
  unsigned h = 0;
  for (char c : s) h = h * 31 + static_cast<unsigned char>(c);
  sink = sink + h;
}

inline uint64_t CountNewlines(std::string_view s) {
  return static_cast<uint64_t>(std::count(s.begin(), s.end(), '\n'));
}

// A chunk holding exactly `bytes` followed by kChunkPadding zero bytes, as the chunker makes.
// The string is allocated at its exact size so ASan flags any read past the padding.
inline piguard::formats::Chunk MakeChunk(std::string_view bytes, uint64_t base_offset) {
  piguard::formats::Chunk c;
  c.data.assign(bytes.size() + piguard::formats::kChunkPadding, '\0');
  if (!bytes.empty()) std::memcpy(c.data.data(), bytes.data(), bytes.size());
  c.size = bytes.size();
  c.base_offset = base_offset;
  return c;
}

inline void CheckFindingBasics(const piguard::Scanner& scanner, const piguard::Finding& f) {
  PIGUARD_FUZZ_CHECK(f.start < f.end, "finding [%llu, %llu) is empty or reversed",
                     (unsigned long long)f.start, (unsigned long long)f.end);
  PIGUARD_FUZZ_CHECK(f.line >= 1, "finding at %llu has line 0", (unsigned long long)f.start);
  PIGUARD_FUZZ_CHECK(f.type < scanner.TypeCount(), "finding type id %u out of range",
                     unsigned(f.type));
  int lk = static_cast<int>(f.likelihood);
  PIGUARD_FUZZ_CHECK(lk >= 1 && lk <= 5, "finding likelihood %d out of range", lk);
  Touch(f.value);
  Touch(f.field);
  Touch(f.detector);
  Touch(scanner.TypeName(f.type));
}

// Checks a ChunkResult against its chunk. Offsets are absolute (base_offset + position);
// lines are 1-based and relative to the chunk's first line.
inline void CheckChunkResult(const piguard::Scanner& scanner, const piguard::formats::Chunk& chunk,
                             const piguard::formats::ChunkResult& r) {
  const std::string_view d = chunk.view();
  const uint64_t lo = chunk.base_offset, hi = chunk.base_offset + chunk.size;
  PIGUARD_FUZZ_CHECK(r.newlines == CountNewlines(d), "newlines %llu != %llu",
                     (unsigned long long)r.newlines, (unsigned long long)CountNewlines(d));
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const piguard::Finding& f = r.findings[i];
    CheckFindingBasics(scanner, f);
    PIGUARD_FUZZ_CHECK(f.start >= lo && f.end <= hi,
                       "finding #%zu [%llu, %llu) outside the chunk [%llu, %llu)", i,
                       (unsigned long long)f.start, (unsigned long long)f.end,
                       (unsigned long long)lo, (unsigned long long)hi);
    PIGUARD_FUZZ_CHECK(f.line <= r.newlines + 1, "finding #%zu line %llu > chunk lines %llu", i,
                       (unsigned long long)f.line, (unsigned long long)(r.newlines + 1));
    if (Strict()) {
      uint64_t want = 1 + CountNewlines(d.substr(0, f.start - lo));
      PIGUARD_FUZZ_CHECK(f.line == want,
                         "STRICT: finding #%zu at offset %llu (%.*s) has line %llu, but that "
                         "offset is on line %llu of the chunk",
                         i, (unsigned long long)f.start, int(std::min<size_t>(f.value.size(), 64)),
                         f.value.data(), (unsigned long long)f.line, (unsigned long long)want);
      if (i > 0) {
        const piguard::Finding& p = r.findings[i - 1];
        PIGUARD_FUZZ_CHECK(p.start <= f.start && p.end <= f.start,
                           "STRICT: findings #%zu [%llu, %llu) and #%zu [%llu, %llu) are out of "
                           "offset order or overlap",
                           i - 1, (unsigned long long)p.start, (unsigned long long)p.end, i,
                           (unsigned long long)f.start, (unsigned long long)f.end);
      }
    }
  }
  for (const auto& w : r.warnings) {
    PIGUARD_FUZZ_CHECK(w.line >= 1 && w.line <= r.newlines + 1,
                       "warning line %llu outside 1..%llu (%s)", (unsigned long long)w.line,
                       (unsigned long long)(r.newlines + 1), w.what.c_str());
    Touch(w.what);
  }
}

// Runs ScanChunk and checks the result.
inline void ScanAndCheckChunk(const piguard::Scanner& scanner,
                              piguard::formats::ReaderScratch& scratch,
                              piguard::InputFormat format,
                              const piguard::formats::CsvHeader* header,
                              const piguard::formats::Chunk& chunk) {
  piguard::formats::ChunkResult result;
  piguard::formats::ScanChunk(scanner, scratch, format, header, chunk, &result);
  CheckChunkResult(scanner, chunk, result);
}

// Collects findings of Scanner::Scan, copying the views (valid only during the callback)
// after touching them.
class CollectingSink : public piguard::FindingSink {
 public:
  struct Item {
    piguard::Finding f;
    std::string value;
  };
  void OnFinding(const piguard::Finding& f) override {
    Touch(f.value);
    Touch(f.field);
    items.push_back({f, std::string(f.value)});
  }
  std::vector<Item> items;
};

// Checks the findings of one Scanner::Scan of `seg`. Without an offset map, offsets must lie
// in [base, base + size), the value must be the bytes at those offsets, and the line must be
// seg.line plus the newlines before start. `map_scale` > 0 means the segment carried the
// offset map i -> map_scale * i.
inline void CheckSegmentFindings(const piguard::Scanner& scanner, const piguard::Segment& seg,
                                 const CollectingSink& sink, uint64_t map_scale = 0) {
  const uint64_t lo = seg.base_offset;
  const uint64_t scale = map_scale ? map_scale : 1;
  const uint64_t hi = seg.base_offset + scale * seg.text.size();
  for (size_t i = 0; i < sink.items.size(); ++i) {
    const piguard::Finding& f = sink.items[i].f;
    PIGUARD_FUZZ_CHECK(f.start < f.end, "finding #%zu [%llu, %llu) is empty or reversed", i,
                       (unsigned long long)f.start, (unsigned long long)f.end);
    PIGUARD_FUZZ_CHECK(f.line >= 1, "finding #%zu has line 0", i);
    PIGUARD_FUZZ_CHECK(f.type < scanner.TypeCount(), "finding type id %u out of range",
                       unsigned(f.type));
    int lk = static_cast<int>(f.likelihood);
    PIGUARD_FUZZ_CHECK(lk >= 1 && lk <= 5, "finding likelihood %d out of range", lk);
    PIGUARD_FUZZ_CHECK(f.start >= lo && f.end <= hi,
                       "finding #%zu [%llu, %llu) outside the input [%llu, %llu)", i,
                       (unsigned long long)f.start, (unsigned long long)f.end,
                       (unsigned long long)lo, (unsigned long long)hi);
    if (i > 0) {
      const piguard::Finding& p = sink.items[i - 1].f;
      PIGUARD_FUZZ_CHECK(p.start <= f.start, "findings #%zu (start %llu) and #%zu (start %llu) "
                         "are not sorted by start", i - 1, (unsigned long long)p.start, i,
                         (unsigned long long)f.start);
      PIGUARD_FUZZ_CHECK(p.end <= f.start, "findings #%zu [%llu, %llu) and #%zu [%llu, %llu) "
                         "overlap", i - 1, (unsigned long long)p.start, (unsigned long long)p.end,
                         i, (unsigned long long)f.start, (unsigned long long)f.end);
    }
    PIGUARD_FUZZ_CHECK((f.start - lo) % scale == 0 && (f.end - lo) % scale == 0,
                       "finding #%zu [%llu, %llu) is not at a mapped offset", i,
                       (unsigned long long)f.start, (unsigned long long)f.end);
    size_t s = static_cast<size_t>((f.start - lo) / scale);
    size_t e = static_cast<size_t>((f.end - lo) / scale);
    PIGUARD_FUZZ_CHECK(sink.items[i].value == seg.text.substr(s, e - s),
                       "finding #%zu value '%s' is not the text at [%zu, %zu)", i,
                       sink.items[i].value.c_str(), s, e);
    // A segment with an offset map is one line of the input (its newlines are decoded
    // escapes, see Segment::offset_map); other segments count their newlines.
    uint64_t want = seg.offset_map ? seg.line : seg.line + CountNewlines(seg.text.substr(0, s));
    PIGUARD_FUZZ_CHECK(f.line == want, "finding #%zu at text offset %zu has line %llu, want %llu",
                       i, s, (unsigned long long)f.line, (unsigned long long)want);
  }
}

}  // namespace piguard_fuzz
