// The scanner's candidate buffer and output step: line numbers found with one search per
// line (LineCounter) and overlaps resolved while the findings are delivered, against the
// plain paths (a search between consecutive findings, overlaps resolved in a pass of their
// own) and against the definition of a finding's line (one plus the line breaks before it).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "detect/anchor_mask.h"
#include "detect/segment_scan.h"
#include "piguard/config.h"
#include "piguard/scanner.h"
#include "scan_test_util.h"

namespace piguard {
namespace {

uint64_t LineByDefinition(std::string_view text, uint64_t first, size_t pos) {
  return first + static_cast<uint64_t>(std::count(text.begin(), text.begin() + pos, '\n'));
}

// Texts of every line-break density (blank lines, CRLF, no break at all, a break at the
// end) and non-decreasing offsets into them, repeats and the text's end included.
TEST(LineCounterTest, EveryOffsetGetsTheLineOfItsDefinition) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t len = rng() % 300;
    const unsigned density = 1 + rng() % 40;  // one byte in `density` is a line break
    for (size_t k = 0; k < len; ++k) {
      if (rng() % density == 0) text += rng() % 4 ? "\n" : "\r\n";
      else text.push_back("ab 1=:"[rng() % 6]);
    }
    std::vector<size_t> offsets;
    for (size_t n = rng() % 30; n > 0; --n) offsets.push_back(rng() % (text.size() + 1));
    std::sort(offsets.begin(), offsets.end());
    const uint64_t first = 1 + rng() % 1000;
    for (bool reference : {false, true}) {
      detail::LineCounter lines(text, first, reference);
      for (size_t pos : offsets)
        ASSERT_EQ(lines.LineOf(pos), LineByDefinition(text, first, pos))
            << "round " << round << (reference ? " (reference)" : "") << " offset " << pos;
    }
  }
}

// The candidate buffer grows (by realloc) after the store that fills it: every candidate
// pushed is kept in order across growths, and a cleared buffer is reused.
TEST(CandidateBufferTest, KeepsEveryCandidateAcrossGrowth) {
  detail::CandidateBuffer buf;
  static const char kText[] = "abcdefghij";
  for (int round = 0; round < 3; ++round) {
    buf.clear();
    ASSERT_TRUE(buf.empty());
    const uint32_t n = 1000u * static_cast<uint32_t>(round + 1) + 1;
    for (uint32_t k = 0; k < n; ++k)
      buf.push_back(detail::Candidate{k, k + 1, static_cast<TypeId>(k % 19),
                                      Likelihood::kLikely, std::string_view(kText, k % 10),
                                      std::string_view(kText + 1, k % 9)});
    ASSERT_EQ(buf.size(), n);
    for (uint32_t k = 0; k < n; ++k) {
      const detail::Candidate& c = buf[k];
      ASSERT_EQ(c.start, k);
      ASSERT_EQ(c.end, k + 1);
      ASSERT_EQ(c.type, k % 19);
      ASSERT_EQ(c.detector, std::string_view(kText, k % 10));
      ASSERT_EQ(c.field, std::string_view(kText + 1, k % 9));
    }
    ASSERT_EQ(buf.end() - buf.begin(), static_cast<ptrdiff_t>(n));
  }
}

const Scanner& Everything() { return test::EverythingScanner(); }

struct Collected {
  std::string rendered;
  std::vector<Finding> findings;  // views not kept: only the numbers are read
};

// Custom types whose matches overlap in every way: equal spans and lengths at equal
// likelihood (ties), longer and shorter, stronger and weaker; each type is matched over the
// whole text after the built-in scan, so candidates also arrive out of order.
const Scanner& Overlapping() {
  static const std::unique_ptr<Scanner> s = [] {
    ScanConfig c;
    c.min_likelihood = Likelihood::kVeryUnlikely;
    const struct {
      const char* name;
      const char* regex;
      Likelihood lk;
    } kTypes[] = {{"T_ONE", "ab[a-c]", Likelihood::kLikely},
                  {"T_TWO", "b[a-c]{2}", Likelihood::kLikely},
                  {"T_THREE", "[abc]{2}a", Likelihood::kPossible},
                  {"T_FOUR", "c[ab]+", Likelihood::kVeryLikely},
                  {"T_FIVE", "a+", Likelihood::kUnlikely},
                  {"T_SIX", "[a-c]1[0-9]{3}", Likelihood::kLikely}};
    for (const auto& t : kTypes) {
      CustomTypeConfig ct;
      ct.name = t.name;
      ct.regex = t.regex;
      ct.likelihood = t.lk;
      c.custom_types.push_back(ct);
    }
    auto r = Scanner::Create(c);
    EXPECT_TRUE(r.ok());
    return std::move(r).value();
  }();
  return *s;
}

Collected Scan(const Segment& seg, const Scanner& scanner = Everything());

TEST(EmitTest, OverlapsOfEveryRankResolveAsOnThePlainPath) {
  std::mt19937_64 rng(5);
  static const std::vector<std::string> kPieces = {"a", "b", "c", "ab", "bc", "ca", " ", "\n",
                                                   "13812345678", "a1381234567"};
  for (int doc = 0; doc < 2000; ++doc) {
    std::string text;
    for (size_t n = 1 + rng() % 40; n > 0; --n) text += kPieces[rng() % kPieces.size()];
    Segment seg;
    seg.text = text;
    const Collected fast = Scan(seg, Overlapping());
    detail::UseReferencePathsForTesting(true);
    const Collected plain = Scan(seg, Overlapping());
    detail::UseReferencePathsForTesting(false);
    ASSERT_EQ(fast.rendered, plain.rendered) << "'" << text << "'";
  }
}

Collected Scan(const Segment& seg, const Scanner& scanner) {
  struct Sink : FindingSink {
    Collected out;
    std::ostringstream text;
    void OnFinding(const Finding& f) override {
      text << f.start << '-' << f.end << " l" << f.line << ' ' << f.type << ' '
           << LikelihoodName(f.likelihood) << ' ' << f.detector << " [" << f.field << "] "
           << f.value << '\n';
      out.findings.push_back(f);
    }
  } sink;
  ScanScratch scratch;
  scanner.Scan(seg, scratch, sink);
  sink.out.rendered = sink.text.str();
  return sink.out;
}

// Dense log lines: several findings per line (some overlapping: a MAC whose groups are
// numbers, an IPv6 address, a phone inside a longer digit run), lines without findings,
// blank lines, CRLF, findings at the start of a line and right before its break.
std::string DenseLog(std::mt19937_64& rng, size_t lines) {
  static const std::vector<std::string> kPieces = {
      "user=13812345678", "imsi=460001234567890", "imei=352099001761481", "ip=10.227.69.200",
      "mac=4C-6D-15-A2-7D-27", "v6=240e:386:efd4:2fbd:cda0:1922:c2a7:63e9", "status=200",
      "13912345678", "id=110105194912310021", "seq=202610103838650573", "x", "",
      "mail=user@example.com", "c0:8c:ef:0d:e8:e4", "1990-03-07", "+86 138 1234 5678"};
  std::string text;
  for (size_t l = 0; l < lines; ++l) {
    for (size_t k = rng() % 9; k > 0; --k) {
      text += kPieces[rng() % kPieces.size()];
      text += rng() % 5 ? " " : "";
    }
    text += rng() % 6 ? "\n" : rng() % 2 ? "\r\n" : "\n\n";
  }
  return text;
}

TEST(EmitTest, DenseLinesGetTheLinesOfThePlainPathAndOfTheDefinition) {
  std::mt19937_64 rng(2027);
  for (int doc = 0; doc < 300; ++doc) {
    const std::string text = DenseLog(rng, 1 + rng() % 60);
    Segment seg;
    seg.text = text;
    seg.line = 1 + rng() % 100;
    seg.base_offset = rng() % 2 ? 0 : rng() % 100000;
    const Collected fast = Scan(seg);
    detail::UseReferencePathsForTesting(true);
    const Collected plain = Scan(seg);
    detail::UseReferencePathsForTesting(false);
    ASSERT_EQ(fast.rendered, plain.rendered) << "document " << doc;
    for (const Finding& f : fast.findings)
      ASSERT_EQ(f.line, LineByDefinition(text, seg.line, f.start - seg.base_offset))
          << "document " << doc << " finding at " << f.start;
  }
}

// Overlapping candidates in every order of strength: the one-pass resolution keeps what the
// plain resolution keeps.
TEST(EmitTest, OverlapsResolveAsOnThePlainPath) {
  const std::vector<std::string> texts = {
      "13812345678901234567", "4C-6D-15-A2-7D-27-13812345678", "8613812345678 13812345678",
      "10.227.69.200.1 460001234567890352099001761481", "fe80::1:13812345678",
      "110105194912310021 11010519491231002X13812345678", "user:13812345678@example.com",
      "https://admin:s3cr3t@13812345678.example.com/ 1990-03-07T10:00"};
  for (const auto& t : texts) {
    for (const char* sep : {"", " ", "\n"}) {
      const std::string text = t + sep + t + sep + t;
      Segment seg;
      seg.text = text;
      const Collected fast = Scan(seg);
      detail::UseReferencePathsForTesting(true);
      const Collected plain = Scan(seg);
      detail::UseReferencePathsForTesting(false);
      ASSERT_EQ(fast.rendered, plain.rendered) << "'" << text << "'";
    }
  }
}

}  // namespace
}  // namespace piguard
