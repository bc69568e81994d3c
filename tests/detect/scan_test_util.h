// Shared by the scanner's differential tests: a scanner that reports every likelihood, and
// findings rendered as text so that two scans can be compared with one string compare.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>

#include "piguard/config.h"
#include "piguard/scanner.h"

namespace piguard::test {

// The default configuration with min_likelihood VERY_UNLIKELY: every candidate that survives
// validation is reported, so a fast path that changes a likelihood shows.
inline const Scanner& EverythingScanner() {
  static const std::unique_ptr<Scanner> s = [] {
    ScanConfig c;
    c.min_likelihood = Likelihood::kVeryUnlikely;
    auto r = Scanner::Create(c);
    EXPECT_TRUE(r.ok());
    return std::move(r).value();
  }();
  return *s;
}

// One line per finding: offsets, (line), type, likelihood, detector, field and value. The
// scratch may be shared between calls (to test what it carries over) or fresh.
inline std::string RenderFindings(const Scanner& s, const Segment& seg, bool with_line,
                                  ScanScratch& scratch) {
  struct Sink : FindingSink {
    const Scanner& s;
    bool with_line;
    std::ostringstream out;
    Sink(const Scanner& sc, bool line) : s(sc), with_line(line) {}
    void OnFinding(const Finding& f) override {
      out << f.start << '-' << f.end;
      if (with_line) out << " l" << f.line;
      out << ' ' << s.TypeName(f.type) << ' ' << LikelihoodName(f.likelihood) << ' '
          << f.detector << " [" << f.field << "] " << f.value << '\n';
    }
  } sink(s, with_line);
  s.Scan(seg, scratch, sink);
  return sink.out.str();
}

inline std::string RenderFindings(const Scanner& s, const Segment& seg, bool with_line) {
  ScanScratch scratch;
  return RenderFindings(s, seg, with_line, scratch);
}

}  // namespace piguard::test
