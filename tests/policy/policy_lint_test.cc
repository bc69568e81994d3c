// Lint rules: each rule fires on the smallest change that breaks it, at the element's
// position, and stays silent on the clean base policy and on the documented exceptions
// (a justification, a purpose, a legal reference).
#include "piguard/policy_lint.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "policy/policy_test_util.h"

namespace piguard::policy {
namespace {

using testing::kBasePolicy;
using testing::Mutate;
using testing::MustParse;
using testing::PosOf;

constexpr Date kToday{2026, 6, 1};

std::vector<LintFinding> LintText(const std::string& text, Date today = kToday) {
  auto p = MustParse(text);
  if (!p) return {};
  LintOptions o;
  o.today = today;
  return Lint(*p, o);
}

std::vector<std::string> Rules(const std::vector<LintFinding>& f) {
  std::vector<std::string> out;
  for (const auto& x : f) out.push_back(x.rule);
  return out;
}

// Exactly the rule `id`, `count` times, and nothing else.
void ExpectOnly(const std::vector<LintFinding>& f, const std::string& id, size_t count = 1) {
  EXPECT_EQ(Rules(f), std::vector<std::string>(count, id));
}

TEST(PolicyLintTest, BaseAndShippedExampleAreClean) {
  EXPECT_TRUE(LintText(std::string(kBasePolicy)).empty());
  auto r = LoadPolicy(std::string(PIGUARD_SOURCE_DIR) + "/examples/policy/bluebay-2026.1.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  LintOptions o;
  o.today = Date{2026, 11, 29};
  auto f = Lint(*r.value(), o);
  EXPECT_TRUE(f.empty()) << f.size() << " findings, first: " << (f.empty() ? "" : f[0].message);
}

TEST(PolicyLintTest, RuleTableIsCompleteAndStable) {
  const auto& rules = LintRules();
  ASSERT_EQ(rules.size(), 20u);
  std::set<std::string_view> ids;
  for (size_t i = 0; i < rules.size(); ++i) {
    char want[24];  // room for any size_t, so the compiler sees no truncation
    std::snprintf(want, sizeof want, "P%03zu", i + 1);
    EXPECT_EQ(rules[i].id, want);
    EXPECT_FALSE(rules[i].article.empty());
    EXPECT_FALSE(rules[i].title.empty());
  }
  EXPECT_EQ(rules[0].severity, Severity::kError);
  EXPECT_EQ(rules[2].severity, Severity::kWarning);
}

TEST(PolicyLintTest, EveryRuleIsDocumentedWithItsSeverityAndArticle) {
  std::ifstream in(std::string(PIGUARD_SOURCE_DIR) + "/docs/policy.md");
  ASSERT_TRUE(in) << "docs/policy.md missing";
  std::stringstream doc;
  doc << in.rdbuf();
  for (const LintRule& r : LintRules()) {
    std::string row = "| " + std::string(r.id) + " | " + std::string(SeverityName(r.severity)) + " | " +
                      std::string(r.article) + " |";
    EXPECT_NE(doc.str().find(row), std::string::npos) << "docs/policy.md lacks the row " << row;
  }
}

TEST(PolicyLintTest, P001SensitiveUnderContract) {
  std::string text = Mutate("legal_basis: consent", "legal_basis: contract");
  auto f = LintText(text);
  ExpectOnly(f, "P001");  // identity is sensitive; profile is not
  auto [line, col] = PosOf(text, "{category: identity");
  EXPECT_EQ(f[0].pos.line, line);
  EXPECT_EQ(f[0].pos.column, col);
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_NE(f[0].message.find("'mobile.signup'"), std::string::npos);
  EXPECT_NE(f[0].article.find("Art. 9"), std::string::npos);
  EXPECT_FALSE(f[0].fix.empty());
  // legal_duty with a reference is the lawful alternative.
  ExpectOnly(LintText(Mutate("legal_basis: consent", "legal_basis: legal_duty\n        legal_reference: "
                                                     "{zh: 法, en: Law}")),
             "none", 0);
}

TEST(PolicyLintTest, P002NecessaryInExtendedFunction) {
  std::string text = Mutate("        function: basic\n        legal_basis: consent",
                            "        function: extended\n        legal_basis: consent");
  ExpectOnly(LintText(text), "P002", 2);
  // A justification lifts it.
  ExpectOnly(LintText(Mutate("{category: identity, necessary: true, method: user}",
                             "{category: identity, necessary: true, method: user, justification: x}", text)),
             "P002", 1);
}

TEST(PolicyLintTest, P003OptionalUnderContract) {
  std::string text = Mutate("          - {category: network, necessary: true, method: network}\n",
                            "          - {category: network, necessary: true, method: network}\n"
                            "          - {category: profile, necessary: false, method: user}\n");
  auto f = LintText(text);
  ExpectOnly(f, "P003");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  // Optional under consent is fine.
  ExpectOnly(LintText(Mutate("{category: profile, necessary: true, method: user}",
                             "{category: profile, necessary: false, method: user}")),
             "none", 0);
}

TEST(PolicyLintTest, P004CategoryCollectedForNoPurpose) {
  std::string text = Mutate("services:\n", "  - id: unused\n    class: C2\n    name: {zh: 设备, en: Device}\n"
                                           "    sensitive: false\n    level: 1\nservices:\n");
  auto f = LintText(text);
  ExpectOnly(f, "P004");
  EXPECT_EQ(f[0].pos.line, PosOf(text, "id: unused").first);
}

TEST(PolicyLintTest, P005ToP007ContractDates) {
  std::string text(kBasePolicy);
  EXPECT_TRUE(LintText(text, Date{2027, 11, 30}).empty());  // 31 days left
  ExpectOnly(LintText(text, Date{2027, 12, 1}), "P006");  // 30 days left
  ExpectOnly(LintText(text, Date{2027, 12, 31}), "P006");  // the last valid day
  auto f = LintText(text, Date{2028, 1, 1});
  ExpectOnly(f, "P005");
  EXPECT_EQ(f[0].pos.line, PosOf(text, "valid_to").first);
  EXPECT_NE(f[0].message.find("expired on 2027-12-31"), std::string::npos);
  ExpectOnly(LintText(text, Date{2024, 12, 31}), "P007");
}

TEST(PolicyLintTest, P008TrusteeReceivesWhatThePurposeDoesNotCollect) {
  auto f = LintText(Mutate("categories: [network]\n        deidentify: ip_prefix",
                           "categories: [network, profile]\n        deidentify: {IP_ADDRESS: ip_prefix, "
                           "default: mask}"));
  ExpectOnly(f, "P008");
  EXPECT_NE(f[0].message.find("'profile'"), std::string::npos);
}

TEST(PolicyLintTest, P009AndP010MissingRefusalAndRetention) {
  ExpectOnly(LintText(Mutate("        refusal_consequence: {zh: 无法上网, en: No data service}\n", "")), "P009");
  ExpectOnly(LintText(Mutate("        retention: 6m\n", "")), "P010");
}

TEST(PolicyLintTest, P011ToP014AndP020Channels) {
  ExpectOnly(LintText(Mutate("  query: [{kind: phone, value: \"10000\"}]\n", "")), "P011");
  ExpectOnly(LintText(Mutate("  correction: [{kind: phone, value: \"10000\"}]\n", "")), "P012");
  ExpectOnly(LintText(Mutate("  complaint: [{kind: email, value: care@test.example}]\n", "")), "P013");
  ExpectOnly(LintText(Mutate("  complaint_reply_days: 15\n", "")), "P014");
  ExpectOnly(LintText(Mutate("complaint_reply_days: 15", "complaint_reply_days: 16")), "P014");
  EXPECT_TRUE(LintText(Mutate("complaint_reply_days: 15", "complaint_reply_days: 7")).empty());
  ExpectOnly(LintText(Mutate("  cancellation: [{kind: counter, value: Shop}]\n", "")), "P020");
  // No channels section at all: every channel rule, at the top of the file.
  std::string text(kBasePolicy);
  text.erase(text.find("channels:"));
  auto f = LintText(text);
  EXPECT_EQ(Rules(f), (std::vector<std::string>{"P011", "P012", "P013", "P014", "P020"}));
}

TEST(PolicyLintTest, P015RoleSeesSensitivePlainWithoutPurpose) {
  std::string text = Mutate("purposes: [mobile.signup]", "purposes: [mobile.traffic]");
  auto f = LintText(text);
  ExpectOnly(f, "P015");
  auto [line, col] = PosOf(text, "identity: plain");
  EXPECT_EQ(f[0].pos.line, line);
  EXPECT_EQ(f[0].pos.column, col);
  // Masked is fine without a purpose; plain non-sensitive data too.
  EXPECT_TRUE(LintText(Mutate("identity: plain", "identity: masked", text)).empty());
  EXPECT_TRUE(LintText(Mutate("profile: masked", "profile: plain", Mutate("identity: plain, ", "", text))).empty());
}

TEST(PolicyLintTest, P016PlainToTrusteeWithoutJustification) {
  std::string text = Mutate("deidentify: ip_prefix", "deidentify: plain");
  ExpectOnly(LintText(text), "P016");
  EXPECT_TRUE(LintText(Mutate("deidentify: plain", "deidentify: plain\n        justification: needed", text))
                  .empty());
}

TEST(PolicyLintTest, P017OperatorDoesNotFitType) {
  ExpectOnly(LintText(Mutate("deidentify: ip_prefix", "deidentify: date_shift")), "P017");
  auto f = LintText(Mutate("categories: [network]\n        deidentify: ip_prefix",
                           "categories: [network, profile]\n        deidentify: ip_prefix",
                           Mutate("          - {category: network, necessary: true, method: network}\n",
                                  "          - {category: network, necessary: true, method: network}\n"
                                  "          - {category: profile, necessary: true, method: user}\n")));
  ExpectOnly(f, "P017", 2);  // PERSON_NAME and DATE_OF_BIRTH
}

TEST(PolicyLintTest, P018SensitiveDataNotMarkedSensitive) {
  // identity no longer sensitive: P018 (and P001 cannot fire, the basis is consent anyway).
  auto f = LintText(Mutate("    sensitive: true\n    level: 5", "    sensitive: false\n    level: 5"));
  ExpectOnly(f, "P018");
  EXPECT_NE(f[0].message.find("CHINA_RESIDENT_ID_NUMBER"), std::string::npos);
  ExpectOnly(LintText(Mutate("class: C1", "class: B")), "P018");
}

TEST(PolicyLintTest, P019LegalDutyWithoutReference) {
  ExpectOnly(LintText(Mutate("legal_basis: consent", "legal_basis: legal_duty")), "P019");
}

TEST(PolicyLintTest, FindingsAreOrderedByPosition) {
  std::string text = Mutate("  complaint_reply_days: 15\n", "", Mutate("legal_basis: consent", "legal_basis: contract"));
  auto f = LintText(text);
  ASSERT_EQ(Rules(f), (std::vector<std::string>{"P001", "P014"}));
  EXPECT_LT(f[0].pos.line, f[1].pos.line);
}

}  // namespace
}  // namespace piguard::policy
