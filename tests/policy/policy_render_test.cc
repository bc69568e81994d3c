// The public notice: every part the Provisions require is there in both languages, user text
// is escaped for each format, and the HTML page stands alone (no scripts, no external
// resources) with the accessibility structure it promises.
#include "piguard/policy_render.h"

#include <gtest/gtest.h>

#include <regex>

#include "policy/notice_writer.h"
#include "policy/policy_test_util.h"

namespace piguard::policy {
namespace {

using testing::kBasePolicy;
using testing::Mutate;
using testing::MustParse;

size_t Count(const std::string& s, std::string_view needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

TEST(PolicyRenderTest, HtmlPageStructure) {
  auto p = MustParse(kBasePolicy);
  std::string zh = RenderNotice(*p, Lang::kZh, NoticeFormat::kHtml);
  std::string en = RenderNotice(*p, Lang::kEn, NoticeFormat::kHtml);
  EXPECT_EQ(zh.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0), 0u);
  EXPECT_EQ(en.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  for (const std::string& h : {zh, en}) {
    EXPECT_NE(h.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), std::string::npos);
    EXPECT_EQ(Count(h, "<h1>"), 1u);
    EXPECT_EQ(Count(h, "<main id=\"main\">"), 1u);
    EXPECT_EQ(Count(h, "<header>"), 1u);
    EXPECT_EQ(Count(h, "<footer>"), 1u);
    EXPECT_EQ(Count(h, "<nav "), 1u);
    EXPECT_EQ(Count(h, "<section "), 6u);
    EXPECT_GT(Count(h, "<th scope=\"col\">"), 0u);
    EXPECT_EQ(Count(h, "<table>"), Count(h, "<caption>"));
    // Self-contained: no scripts, no external style sheets, images or fonts.
    EXPECT_EQ(h.find("<script"), std::string::npos);
    EXPECT_EQ(h.find("<link"), std::string::npos);
    EXPECT_EQ(h.find("src="), std::string::npos);
    EXPECT_EQ(h.find("url("), std::string::npos);
    EXPECT_EQ(h.find("@import"), std::string::npos);
    EXPECT_NE(h.find(p->sha256()), std::string::npos);
    // Headings never skip a level (h1 -> h2 -> h3 -> h4).
    std::regex heading("<h([1-6])[ >]");
    int last = 0;
    for (auto it = std::sregex_iterator(h.begin(), h.end(), heading); it != std::sregex_iterator(); ++it) {
      int level = (*it)[1].str()[0] - '0';
      EXPECT_LE(level, last + 1) << "h" << last << " followed by h" << level;
      last = level;
    }
  }
  // Both languages state the legally required parts.
  for (const char* s : {"为您开户", "无法开户", "自收集之日起2年", "分析公司", "IP地址前缀匿名化", "10000",
                        "15日内答复", "版本 1.0", "2026-01-01", "由您提供", "敏感"})
    EXPECT_NE(zh.find(s), std::string::npos) << s;
  for (const char* s : {"Opening your account", "We cannot open an account", "2 years from collection",
                        "Analytics Ltd", "prefix-preserving IP anonymisation", "within 15 days",
                        "Version 1.0", "provided by you", "(sensitive)"})
    EXPECT_NE(en.find(s), std::string::npos) << s;
}

TEST(PolicyRenderTest, UserTextIsEscaped) {
  std::string text = Mutate("en: Test Telecom}", "en: \"<script>alert(1)</script> & 'Co' <b>\"}");
  text = Mutate("value: Shop", "value: \"javascript:alert(1)\"", text);
  text = Mutate("kind: counter", "kind: web", text);
  text = Mutate("en: Opening your account", "en: \"a | b *bold* [x](http://e.example) `c` # h\"", text);
  auto p = MustParse(text);
  ASSERT_TRUE(p);
  std::string html = RenderNotice(*p, Lang::kEn, NoticeFormat::kHtml);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;Co&#39; &lt;b&gt;"), std::string::npos);
  // A web channel whose value is not http(s) is shown as text, never as a link.
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);
  EXPECT_NE(html.find("javascript:alert(1)"), std::string::npos);
  std::string md = RenderNotice(*p, Lang::kEn, NoticeFormat::kMarkdown);
  EXPECT_NE(md.find("a \\| b \\*bold\\* \\[x\\](http://e.example) \\`c\\` \\# h"), std::string::npos) << md;
  EXPECT_NE(md.find("\\<script\\>"), std::string::npos);
  EXPECT_EQ(md.find("](javascript:"), std::string::npos);
}

TEST(PolicyRenderTest, EscapingFunctions) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(MarkdownEscape("a|b\nc*d_e"), "a\\|b c\\*d\\_e");
  EXPECT_EQ(MarkdownEscape("中文，不变"), "中文，不变");
}

TEST(PolicyRenderTest, MarkdownTablesKeepTheirShape) {
  auto p = MustParse(Mutate("en: Profile}", "en: \"Pro|file\"}"));
  std::string md = RenderNotice(*p, Lang::kEn, NoticeFormat::kMarkdown);
  // Every table row has as many unescaped pipes as its header row.
  std::string header = "| Information | Required? | How we collect it |";
  ASSERT_NE(md.find(header), std::string::npos);
  size_t at = md.find("Pro\\|file | Required |");
  EXPECT_NE(at, std::string::npos) << md;
}

TEST(PolicyRenderTest, MissingPartsAreShownAsNotStated) {
  auto p = MustParse(Mutate("        retention: 6m\n", "", Mutate("  query: [{kind: phone, value: \"10000\"}]\n", "")));
  std::string en = RenderNotice(*p, Lang::kEn, NoticeFormat::kMarkdown);
  EXPECT_NE(en.find("not stated"), std::string::npos);
  EXPECT_NE(en.find("Not provided yet."), std::string::npos);
}

TEST(PolicyRenderTest, DeterministicOutput) {
  auto p = MustParse(kBasePolicy);
  EXPECT_EQ(RenderNotice(*p, Lang::kZh, NoticeFormat::kHtml), RenderNotice(*p, Lang::kZh, NoticeFormat::kHtml));
  EXPECT_TRUE(ParseLang("zh") && ParseLang("en") && !ParseLang("fr"));
  EXPECT_TRUE(ParseNoticeFormat("html") && ParseNoticeFormat("md") && !ParseNoticeFormat("pdf"));
}

}  // namespace
}  // namespace piguard::policy
