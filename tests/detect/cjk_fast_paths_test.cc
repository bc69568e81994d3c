// The Chinese-text fast paths against plain definitions: the hotword pair index against the
// byte-by-byte walk over lexicon::Index(), the surname look-up against a walk over the surname
// lists, and whole scans of generated chat text with the scanner's fast and plain paths.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "detect/anchor_mask.h"
#include "detect/chinese.h"
#include "detect/lexicon.h"
#include "detect/surnames.h"
#include "piguard/scanner.h"

namespace piguard {
namespace {

// Every hotword and exclusion word, in its lowercase form and with its ASCII letters
// uppercased, cut short, and glued to letters: the edges of the case and boundary rules.
std::vector<std::string> WordPieces() {
  std::vector<std::string> pieces;
  for (const auto& list : lexicon::Index().by_first) {
    for (const auto& e : list) {
      std::string w(e.word);
      pieces.push_back(w);
      std::string upper = w;
      for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      pieces.push_back(upper);
      pieces.push_back(w.substr(0, w.size() - 1));
      pieces.push_back("x" + w);
      pieces.push_back(w + "Y");
    }
  }
  for (const char* extra : {" ", ":", "\n", "=", "1", "号", "码", "张", "的", "\xE8", "\x80", "é"})
    pieces.push_back(extra);
  return pieces;
}

TEST(HotwordMaskTest, PairIndexMatchesTheByteWalk) {
  const std::vector<std::string> pieces = WordPieces();
  std::mt19937_64 rng(2024);
  for (int round = 0; round < 30000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      if (rng() % 8 == 0) text.push_back(static_cast<char>(rng() % 256));
      else text += pieces[rng() % pieces.size()];
    }
    size_t from = text.empty() ? 0 : rng() % (text.size() + 1);
    size_t to = from + (text.size() > from ? rng() % (text.size() - from + 1) : 0);
    ASSERT_EQ(lexicon::HotwordMask(text, from, to), lexicon::HotwordMaskReference(text, from, to))
        << "round " << round << " window [" << from << ", " << to << ")";
  }
}

TEST(HotwordMaskTest, FindsWordsAndBoundaries) {
  auto mask = [](std::string_view t) { return lexicon::HotwordMask(t, 0, t.size()); };
  EXPECT_NE(mask("请提供身份证号") & (1u << kChinaResidentIdNumber), 0u);
  EXPECT_NE(mask("Phone: ") & (1u << kPhoneNumber), 0u);
  EXPECT_EQ(mask("telephone") & (1u << kPhoneNumber), 0u);  // "tel" inside a word
  EXPECT_NE(mask("订单号") & lexicon::kExclusionBit, 0u);
  EXPECT_EQ(mask("身份"), 0u);
}

// The plain definition of Surnames::Match: the compound list in order, then the single list.
size_t PlainSurname(std::string_view t, size_t pos) {
  for (size_t i = 0; i < tables::kCompoundSurnameCount; ++i) {
    std::string_view c = tables::kCompoundSurnames[i];
    if (t.size() - pos >= c.size() && t.compare(pos, c.size(), c) == 0) return c.size();
  }
  for (size_t i = 0; i < tables::kSingleSurnameCount; ++i) {
    std::string_view s = tables::kSingleSurnames[i];
    if (t.size() - pos >= s.size() && t.compare(pos, s.size(), s) == 0) return s.size();
  }
  return 0;
}

TEST(SurnamesTest, MatchEqualsTheListWalk) {
  std::vector<std::string> pieces;
  for (size_t i = 0; i < tables::kCompoundSurnameCount; ++i) {
    std::string c = tables::kCompoundSurnames[i];
    pieces.push_back(c);
    pieces.push_back(c.substr(0, 3));  // the first character alone
    pieces.push_back(c.substr(3));     // the second alone
  }
  for (size_t i = 0; i < tables::kSingleSurnameCount; i += 7) pieces.push_back(tables::kSingleSurnames[i]);
  for (const char* extra : {"的", "明", "a", " ", "\xE5", "\xE5\x8F"}) pieces.push_back(extra);
  const chinese::Surnames& sn = chinese::Surnames::Get();
  std::mt19937_64 rng(99);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = 0; k < 4; ++k) text += pieces[rng() % pieces.size()];
    for (size_t pos = 0; pos < text.size(); ++pos)
      ASSERT_EQ(sn.Match(text, pos), PlainSurname(text, pos)) << "round " << round << " at " << pos;
  }
}

TEST(ChineseTest, AddressesAndNamesStillParse) {
  std::string t = "湖南省永州市道县新华路575号";
  chinese::AddressMatch m = chinese::ParseAddress(t, 0);
  EXPECT_EQ(m.end, t.size());
  EXPECT_GE(m.admin, 1);
  EXPECT_TRUE(m.road);
  EXPECT_TRUE(m.number);
  // A county stem before a renamed suffix (宁河县 in the table, 宁河区 today).
  std::string county = "宁河区";
  EXPECT_EQ(chinese::Gazetteer::Get().MatchPlace(county, 0), county.size());
  EXPECT_EQ(chinese::Gazetteer::Get().MatchPlace("宁河", 0), 0u);
  bool known = false;
  std::string name = "欧阳娜娜的";
  EXPECT_EQ(chinese::MatchChineseName(name, 0, true, &known), 12u);
  EXPECT_TRUE(known);
}

// Whole scans of generated chat lines: hotwords, triggers, plates, addresses and names in
// random order, scanned with the fast paths and with the plain ones.
std::string Render(const Scanner& s, std::string_view text) {
  struct Sink : FindingSink {
    const Scanner& s;
    std::ostringstream out;
    explicit Sink(const Scanner& sc) : s(sc) {}
    void OnFinding(const Finding& f) override {
      out << f.start << '-' << f.end << ' ' << s.TypeName(f.type) << ' '
          << LikelihoodName(f.likelihood) << ' ' << f.detector << '\n';
    }
  } sink(s);
  Segment seg;
  seg.text = text;
  ScanScratch scratch;
  s.Scan(seg, scratch, sink);
  return sink.out.str();
}

TEST(ChineseScanTest, FastAndPlainPathsAgreeOnChatText) {
  ScanConfig c;
  c.min_likelihood = Likelihood::kVeryUnlikely;
  auto created = Scanner::Create(c);
  ASSERT_TRUE(created.ok());
  const Scanner& s = *created.value();
  static const std::vector<std::string> kPieces = {
      "客户：", "坐席：", "我叫", "联系人", "姓名:", "手机号码", "电话", "身份证号", "订单号",
      "地址是", "寄到", "住在", "湖南省", "永州市", "道县", "新华路", "575号", "3单元", "12栋",
      "建国路88号", "张三", "欧阳娜娜", "王芳，女，", "李先生", "京A12345", "粤B·D12345",
      "13812345678", "110101199003077777", "密码：abc123", "Phone: ", "Tel ", "email ",
      "a@b.com", "，", "。", " ", "\n", "的", "谢谢", "ID card ", "imei=", "x"};
  std::mt19937_64 rng(5);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = 4 + static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) text += kPieces[rng() % kPieces.size()];
    std::string fast = Render(s, text);
    detail::UseReferencePathsForTesting(true);
    std::string plain = Render(s, text);
    detail::UseReferencePathsForTesting(false);
    ASSERT_EQ(fast, plain) << "round " << round;
  }
}

}  // namespace
}  // namespace piguard
