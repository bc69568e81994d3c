#include <gtest/gtest.h>

#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "piguard/report.h"

namespace piguard {
namespace {

TEST(MaskedPreview, KeepsTwoCharactersEachEndForLongValuesAndOneForShort) {
  EXPECT_EQ(MaskedPreview("13812345678"), "13*******78");
  EXPECT_EQ(MaskedPreview("11010519491231002X"), "11**************2X");
  EXPECT_EQ(MaskedPreview("陶晟睿"), "陶**");
  EXPECT_EQ(MaskedPreview("ab@c.cn"), "a******");
  EXPECT_EQ(MaskedPreview("x"), "x");
  EXPECT_EQ(MaskedPreview(""), "");
}

TEST(MaskedPreview, CapsTheMaskForLongValues) {
  std::string v(100, '7');
  std::string p = MaskedPreview(v);
  EXPECT_EQ(p, "77" + std::string(24, '*') + "77");
}

// ---- JSON Lines against a plain reference formatter ---------------------------------------
//
// The writer formats with precomputed pieces, block-wise escaping and its own integer
// formatting; the reference below does the same job one byte at a time with the standard
// library, as the output contract describes it.

// What a writer wrote to the temporary file f, which is closed.
std::string ReadBackAndClose(std::FILE* f) {
  std::string out;
  std::rewind(f);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::string RefJsonString(std::string_view s) {
  std::string out = "\"";
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      int len = 1;
      uint32_t cp = utf8::Decode(s, i, &len);
      if (cp == 0xFFFD && len == 1) out += "\xEF\xBF\xBD";  // an invalid byte
      else out.append(s.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char tmp[8];
          std::snprintf(tmp, sizeof tmp, "\\u%04x", c);
          out += tmp;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  return out + "\"";
}

std::string RefJsonl(const Scanner& sc, const ReportOptions& opt, std::string_view path,
                     const Finding& f) {
  std::string out = "{\"path\":" + RefJsonString(path) + ",\"line\":" + std::to_string(f.line) +
                    ",\"start\":" + std::to_string(f.start) + ",\"end\":" + std::to_string(f.end) +
                    ",\"type\":\"" + std::string(sc.TypeName(f.type)) + "\",\"confidence\":\"" +
                    std::string(LikelihoodName(f.likelihood)) + "\",\"detector\":\"" +
                    std::string(f.detector) + "\"";
  if (!f.field.empty()) out += ",\"field\":" + RefJsonString(f.field);
  if (opt.show_values) out += ",\"value\":" + RefJsonString(f.value);
  else if (opt.show_preview) out += ",\"preview\":" + RefJsonString(MaskedPreview(f.value));
  return out + "}\n";
}

struct Item {
  std::string path;
  Finding finding;
};

// Runs the JSON Lines writer over `items` into a temporary file and returns what it wrote.
std::string WriteJsonl(const Scanner& sc, const ReportOptions& opt, const std::vector<Item>& items) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  auto writer = MakeReportWriter(sc, opt, f);
  InputInfo in;
  for (const Item& item : items) {
    in.path = item.path;  // the same InputInfo object with a new path, as a caller may reuse it
    writer->OnFinding(in, item.finding);
  }
  EXPECT_TRUE(writer->Finish(ScanJobSummary{}).ok());
  return ReadBackAndClose(f);
}

std::string RefOutput(const Scanner& sc, const ReportOptions& opt, const std::vector<Item>& items) {
  std::string out;
  for (const Item& item : items) out += RefJsonl(sc, opt, item.path, item.finding);
  return out;
}

std::vector<ReportOptions> AllValueOptions() {
  ReportOptions values, preview, none;
  values.format = preview.format = none.format = OutputFormat::kJsonl;
  values.show_values = true;
  none.show_preview = false;
  return {values, preview, none};
}

class JsonlWriterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { scanner_ = std::move(Scanner::Create(ScanConfig{})).value(); }
  static void TearDownTestSuite() { scanner_.reset(); }

  // Compares the writer with the reference for every way of printing values; the first
  // differing line is shown rather than two walls of text.
  static void ExpectSameAsReference(const std::vector<Item>& items) {
    for (const ReportOptions& opt : AllValueOptions()) {
      std::string got = WriteJsonl(*scanner_, opt, items);
      std::string want = RefOutput(*scanner_, opt, items);
      if (got == want) continue;
      size_t at = 0;
      while (at < got.size() && at < want.size() && got[at] == want[at]) ++at;
      size_t line_start = want.rfind('\n', at == 0 ? 0 : at - 1);
      line_start = line_start == std::string::npos ? 0 : line_start + 1;
      ADD_FAILURE() << "show_values=" << opt.show_values << " show_preview=" << opt.show_preview
                    << ": first difference at byte " << at << "\nwant: "
                    << want.substr(line_start, want.find('\n', at) - line_start)
                    << "\ngot:  " << got.substr(line_start, got.find('\n', at) - line_start);
    }
  }

  static std::unique_ptr<Scanner> scanner_;
};
std::unique_ptr<Scanner> JsonlWriterTest::scanner_;

Finding MakeFinding(uint64_t line, uint64_t start, uint64_t end, TypeId type, Likelihood lk,
                    std::string_view detector, std::string_view field, std::string_view value) {
  Finding f;
  f.line = line;
  f.start = start;
  f.end = end;
  f.type = type;
  f.likelihood = lk;
  f.detector = detector;
  f.field = field;
  f.value = value;
  return f;
}

// Strings that stress the escaper and the preview: quotes, backslashes, every kind of control
// byte, DEL, Chinese, emoji, invalid and truncated UTF-8, and specials just before and after
// the 4-, 8- and 16-byte block edges of the block-wise scan.
std::vector<std::string> TrickyStrings() {
  std::vector<std::string> s = {
      "",
      "a",
      "13812345678",
      "quo\"te",
      "back\\slash",
      "tab\tnl\ncr\r",
      std::string("nul\0byte", 8),
      "\x01\x1f\x7f",
      "陶晟睿",
      "广东省深圳市宝安区天府南路969号翠苑15栋3单元502室",
      "\xF0\x9F\x98\x80 emoji",
      "\xE4\xB8",            // truncated sequence
      "\xE4\xB8" "A",        // truncated, then ASCII
      "\x80\x80" "abc",      // stray continuation bytes
      "ab\xC3",              // truncated at the end
      "\xC0\xAF overlong",   // overlong encoding
      "\xED\xA0\x80 surrogate",
      "\xEF\xBF\xBD encoded replacement",
      std::string(100, '7'),
  };
  for (size_t len : {3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33}) {
    for (size_t at : {size_t{0}, len / 2, len - 1}) {
      for (char special : {'"', '\x05', '\xC3'}) {
        std::string v(len, 'x');
        v[at] = special;
        s.push_back(v);
      }
    }
  }
  return s;
}

TEST_F(JsonlWriterTest, MatchesAPlainReferenceFormatter) {
  std::vector<std::string> strings = TrickyStrings();
  std::vector<Item> items;
  uint64_t n = 0;
  // Every tricky string as a value, a field and a path, under two detectors of the same type
  // and name length (which the writer's cache must still tell apart).
  for (const std::string& v : strings) {
    for (std::string_view detector : {"det_a", "det_b"}) {
      ++n;
      items.push_back({"logs/app.log",
                       MakeFinding(n, 10 * n, 10 * n + 5, 0, Likelihood::kLikely, detector, "user", v)});
      items.push_back({"logs/app.log",
                       MakeFinding(n, 10 * n, 10 * n + 5, 1, Likelihood::kPossible, detector, v, "13812345678")});
      items.push_back({v, MakeFinding(n, 0, 1, 0, Likelihood::kVeryLikely, detector, "", v)});
    }
  }
  ExpectSameAsReference(items);
}

TEST_F(JsonlWriterTest, NumbersAtDigitAndWordBoundaries) {
  std::vector<uint64_t> numbers = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345};
  for (uint64_t p = 10; p <= 10000000000000000000ull; p *= 10) {
    numbers.push_back(p - 1);
    numbers.push_back(p);
    numbers.push_back(p + 1);
    if (p > std::numeric_limits<uint64_t>::max() / 10) break;
  }
  for (uint64_t v : {uint64_t{99999999}, uint64_t{100000000}, uint64_t{4294967295},
                     uint64_t{4294967296}, uint64_t{123456789012}, std::numeric_limits<uint64_t>::max()})
    numbers.push_back(v);
  std::vector<Item> items;
  for (uint64_t v : numbers)
    items.push_back({"a.log", MakeFinding(v, v, v, 0, Likelihood::kLikely, "d", "", "v")});
  // Start and end are converted as a pair: every combination of lengths and sides of 10^8.
  for (uint64_t start : numbers)
    for (uint64_t end : numbers)
      items.push_back({"a.log", MakeFinding(1, start, end, 0, Likelihood::kLikely, "d", "", "v")});
  ExpectSameAsReference(items);
}

// The writer formats a line's number once for the findings that follow on it: a new input
// with the same line number, line 0 first, and returning to an earlier line must all still
// print their own path and line.
TEST_F(JsonlWriterTest, RunsOfFindingsOnOneLineAcrossInputs) {
  std::vector<Item> items;
  auto add = [&](std::string_view path, uint64_t line) {
    items.push_back({std::string(path), MakeFinding(line, line + 3, line + 14, 0,
                                                    Likelihood::kLikely, "d", "k", "13812345678")});
  };
  add("a.log", 0);  // before any line was formatted
  // Each input ends on the line the next one starts with.
  for (std::string_view path : {"a.log", "b.log", "a.log", "b.log"})
    for (uint64_t line : {7, 7, 0, 0, 123456789, 123456789, 0, 7}) add(path, line);
  ExpectSameAsReference(items);
}

TEST_F(JsonlWriterTest, RandomBytesMatchReference) {
  std::mt19937_64 rng(20261115);
  auto pick = [&](uint64_t n) { return static_cast<size_t>(rng() % n); };
  auto random_string = [&](size_t max_len) {
    static const std::vector<std::string> pieces = {
        "a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\x01", "\x7f", "\x80", "\xBF", "\xC3",
        "\xC3\xA9", "\xE4\xB8", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xFF", "@", "."};
    std::string s;
    size_t len = pick(max_len + 1);
    while (s.size() < len) s += pieces[pick(pieces.size())];
    return s;
  };
  std::vector<std::string> strings;  // kept alive: findings hold views
  strings.reserve(30000);
  std::vector<Item> items;
  for (int i = 0; i < 5000; ++i) {
    strings.push_back(random_string(48));
    const std::string& value = strings.back();
    strings.push_back(pick(4) ? std::string("field") + std::to_string(pick(5)) : random_string(20));
    const std::string& field = strings.back();
    uint64_t start = pick(3) ? rng() % 100000000 : rng();
    items.push_back({pick(50) ? "in/" + std::to_string(i / 1000) + ".log" : random_string(20),
                     MakeFinding(rng() % 1000000, start, start + value.size(),
                                 static_cast<TypeId>(pick(3)),
                                 static_cast<Likelihood>(1 + pick(5)), "rand", field, value)});
  }
  ExpectSameAsReference(items);
}

// Values of well-formed UTF-8 without anything to escape take a shortcut in the preview;
// mostly such values, of every length around the preview's shapes and its cap on stars,
// with the three-byte sequences the shortcut checks without decoding (and the E0/ED-led
// ones it does not), four-byte ones, a literal U+FFFD, and now and then an overlong,
// surrogate, truncated or escaped piece that must send the value down the general path.
TEST_F(JsonlWriterTest, WellFormedUtf8PreviewsMatchReference) {
  std::mt19937_64 rng(20261129);
  auto pick = [&](uint64_t n) { return static_cast<size_t>(rng() % n); };
  static const std::vector<std::string> good = {
      "a", "7", "-", "\xC3\xA9", "\xE4\xB8\xAD", "\xE0\xA4\x85", "\xED\x9F\xBF", "\xEF\xBF\xBD",
      "\xEE\x80\x80", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF"};
  static const std::vector<std::string> bad = {
      "\xE0\x80\x80", "\xED\xA0\x80", "\xE4\xB8", "\xE4", "\x80", "\xFF", "\"", "\\", "\x01", "\n"};
  std::vector<std::string> values;  // kept alive: findings hold views
  values.reserve(4000);
  for (int i = 0; i < 4000; ++i) {
    std::string v;
    size_t chars = 1 + pick(40);
    for (size_t k = 0; k < chars; ++k) v += good[pick(good.size())];
    if (pick(4) == 0) v.insert(pick(v.size() + 1), bad[pick(bad.size())]);
    if (pick(8) == 0) v.resize(pick(v.size() + 1));  // may cut a sequence
    values.push_back(std::move(v));
  }
  std::vector<Item> items;
  for (const std::string& v : values)
    items.push_back({"u.log", MakeFinding(1, 2, 3, 0, Likelihood::kLikely, "d", "k", v)});
  ExpectSameAsReference(items);
}

// Plain runs are copied in overlapping blocks by length class (below 4, 8 and 16 bytes, up
// to 32, 64 and 128, longer): values and runs between escapes of every length to 300.
TEST_F(JsonlWriterTest, PlainRunsOfEveryLength) {
  std::vector<std::string> values;  // kept alive: findings hold views
  for (size_t n = 0; n <= 300; ++n) {
    std::string run;
    for (size_t k = 0; k < n; ++k) run.push_back(static_cast<char>('a' + (k * 7 + n) % 26));
    values.push_back(run);
    values.push_back("\"" + run + "\n" + run.substr(0, n / 3));
  }
  std::vector<Item> items;
  for (const std::string& v : values)
    items.push_back({"p.log", MakeFinding(1, 2, 3, 0, Likelihood::kLikely, "d", "k", v)});
  ExpectSameAsReference(items);
}

TEST_F(JsonlWriterTest, ManyDistinctFieldsAndValuesLargerThanABlock) {
  std::vector<std::string> fields;
  for (int i = 0; i < 2000; ++i) fields.push_back("$.contacts[" + std::to_string(i) + "].value");
  std::string huge(3 << 20, 'x');  // larger than the writer's output block
  huge[1 << 20] = '"';
  huge[2 << 20] = '\x02';
  std::vector<Item> items;
  for (int round = 0; round < 2; ++round)
    for (const std::string& field : fields)
      items.push_back({"big.jsonl", MakeFinding(1, 2, 3, 0, Likelihood::kLikely, "d", field, "x@y.z")});
  items.push_back({"big.jsonl", MakeFinding(1, 2, 3, 0, Likelihood::kLikely, "d", "f", huge)});
  items.push_back({"big.jsonl", MakeFinding(1, 2, 3, 0, Likelihood::kLikely, "d", fields[0], "x")});
  ExpectSameAsReference(items);
}

}  // namespace
}  // namespace piguard

namespace piguard {
namespace {

// ---- Summary: runs of findings against one finding at a time ------------------------------
//
// Within one OnFindings call the summary finds a field's counters by the address of its
// bytes; one finding at a time it looks them up by name. The runs below reuse one buffer
// for different field names across calls (as chunk buffers are reused), so an address
// remembered from an earlier call must not be trusted.

struct FindingRun {
  std::string fields;  // the buffer the findings' fields point into, rewritten per run
  std::vector<std::pair<size_t, size_t>> spans;  // (offset, length) of each finding's field
};

std::string WriteSummary(const Scanner& sc, const std::vector<FindingRun>& runs, bool batched) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  auto writer = MakeReportWriter(sc, ReportOptions{}, f);
  InputInfo in;
  in.path = "t.jsonl";
  in.format = InputFormat::kJsonl;
  writer->OnInputStart(in);
  std::string buffer;  // one buffer for all runs: the same addresses, other bytes
  buffer.reserve(256);
  uint64_t n = 0;
  for (const FindingRun& run : runs) {
    buffer.assign(run.fields);
    std::vector<Finding> found;
    for (auto [at, len] : run.spans) {
      Finding x;
      x.type = static_cast<TypeId>(n % 3 == 0 ? kPhoneNumber : n % 3 == 1 ? kEmailAddress : kImsiId);
      x.line = ++n;
      x.detector = "d";
      x.field = std::string_view(buffer).substr(at, len);
      x.value = "v";
      found.push_back(x);
    }
    if (batched) {
      writer->OnFindings(in, found);
    } else {
      for (const Finding& x : found) writer->OnFinding(in, x);
    }
  }
  writer->OnInputEnd(in, 100, n);
  ScanJobSummary s;
  s.findings = n;
  s.inputs = 1;
  EXPECT_TRUE(writer->Finish(s).ok());
  return ReadBackAndClose(f);
}

TEST(SummaryWriter, RunsOfFindingsCountLikeSingleFindings) {
  auto sc = std::move(Scanner::Create(ScanConfig{})).value();
  std::vector<FindingRun> runs = {
      {"$.a.phone$.b[0].mail", {{0, 9}, {9, 11}, {0, 9}, {9, 11}, {0, 9}}},
      {"$.x.other$.b[1].mail", {{0, 9}, {0, 9}, {9, 11}, {9, 8}}},  // same addresses, new bytes
      {"$.a.phone$.b[0].mail", {{0, 9}, {0, 4}, {9, 11}}},           // same address, shorter
      {"$.x.other$.b[7].mail", {{0, 9}, {9, 11}, {9, 11}}},
  };
  std::string single = WriteSummary(*sc, runs, /*batched=*/false);
  std::string batched = WriteSummary(*sc, runs, /*batched=*/true);
  EXPECT_EQ(batched, single);
  // And what it says, counted by hand: "$.a.phone" 4 times, "$.x.other" 4 times, "$.a." once,
  // "$.b[].mail" 6 times, "$.b[].m" once.
  for (const char* field : {"$.a.phone", "$.x.other", "$.b[].mail", "$.a.", "$.b[].m"})
    EXPECT_NE(single.find(std::string("    ") + field + " "), std::string::npos) << field;
}

}  // namespace
}  // namespace piguard
