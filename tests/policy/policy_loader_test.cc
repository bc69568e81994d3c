// Loading policies: a valid file maps onto the model; every malformed or contradictory one
// fails as "<file>:<line>:<col>: <what> (<how to fix>)" at the offending node, and no partial
// policy comes back.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "piguard/policy.h"
#include "policy/policy_test_util.h"

namespace piguard::policy {
namespace {

using testing::kBasePolicy;
using testing::Mutate;
using testing::MustParse;
using testing::PosOf;

// Loads `text`, expects failure at the position of `at_needle` (first occurrence in text)
// and a message containing `what`.
void ExpectError(const std::string& text, std::string_view at_needle, std::string_view what) {
  auto r = ParsePolicy(text, "bad.yaml");
  ASSERT_FALSE(r.ok()) << "loaded, expected an error about: " << what;
  auto [line, col] = PosOf(text, at_needle);
  std::string prefix = "bad.yaml:" + std::to_string(line) + ":" + std::to_string(col) + ": ";
  EXPECT_EQ(r.status().message().rfind(prefix, 0), 0u)
      << "expected prefix " << prefix << "\n got: " << r.status().message();
  EXPECT_NE(r.status().message().find(what), std::string::npos) << r.status().message();
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

TEST(PolicyLoaderTest, BasePolicyMapsOntoTheModel) {
  auto p = MustParse(kBasePolicy);
  ASSERT_TRUE(p);
  const PolicyModel& m = p->model();
  EXPECT_EQ(m.version, "1.0");
  EXPECT_EQ(m.effective_date, (Date{2026, 1, 1}));
  EXPECT_EQ(m.operator_name.zh, "测试通信");
  ASSERT_EQ(m.categories.size(), 3u);
  EXPECT_EQ(m.categories[0].pi_class, PiClass::kA1);
  EXPECT_TRUE(m.categories[0].sensitive);
  EXPECT_EQ(m.categories[1].pi_types, (std::vector<std::string>{"PERSON_NAME", "DATE_OF_BIRTH"}));
  ASSERT_EQ(m.services.size(), 1u);
  const Purpose& signup = m.services[0].purposes[0];
  EXPECT_EQ(signup.legal_basis, LegalBasis::kConsent);
  ASSERT_TRUE(signup.retention);
  EXPECT_EQ(signup.retention->amount, 2);
  EXPECT_EQ(signup.retention->unit, 'y');
  EXPECT_EQ(signup.retention->start, RetentionStart::kCollection);
  EXPECT_EQ(signup.collects[1].methods, std::vector<CollectionMethod>{CollectionMethod::kUser});
  const Trustee& t = m.trustees[0];
  EXPECT_EQ(t.valid_to, (Date{2027, 12, 31}));
  EXPECT_EQ(t.receives[0].deidentify.at("network").For("IP_ADDRESS"), DeidOperator::kIpPrefix);
  EXPECT_EQ(m.roles[0].purposes[0], (std::pair<std::string, std::string>{"mobile", "signup"}));
  EXPECT_EQ(m.channels.complaint_reply_days, 15);
  // Positions are 1-based and point at the element.
  auto [line, col] = PosOf(kBasePolicy, "id: profile");
  EXPECT_EQ(m.categories[1].pos.line, line);
  EXPECT_EQ(m.categories[1].pos.column, col);
}

TEST(PolicyLoaderTest, ExactPositionsOnASmallFile) {
  // Literal line:col, independent of the PosOf helper.
  auto r = ParsePolicy("piguard_policy: 1\nversion: x\nversoin: y\n", "f.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind("f.yaml:3:1: unknown key 'versoin' in the policy", 0), 0u)
      << r.status().message();
  r = ParsePolicy("piguard_policy: 1\nversion: [a\n", "f.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("YAML syntax error"), std::string::npos);
  EXPECT_EQ(r.status().message().rfind("f.yaml:", 0), 0u);
  r = ParsePolicy(Mutate("    level: 2\n    pi_types: [IP_ADDRESS]", "    level: 9\n    pi_types: [IP_ADDRESS]"),
                  "f.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "f.yaml:23:12: level must be a whole number from 1 to 5");
}

TEST(PolicyLoaderTest, UnknownAndDuplicateKeys) {
  ExpectError(Mutate("    level: 2\n    pi_types: [IP_ADDRESS]", "    levle: 2\n    pi_types: [IP_ADDRESS]"), "levle",
              "unknown key 'levle' in a category");
  ExpectError(Mutate("        retention: 6m\n", "        retention: 6m\n        retention: 1y\n"),
              "retention: 1y", "duplicate key 'retention'");
  ExpectError(Mutate("  complaint_reply_days: 15", "  complaint_reply_day: 15"), "complaint_reply_day",
              "unknown key");
  ExpectError(Mutate("{category: network, necessary: true, method: network}",
                     "{category: network, necessary: true, method: network, why: x}"),
              "why", "unknown key 'why' in a collects entry");
}

TEST(PolicyLoaderTest, MissingRequiredKeys) {
  ExpectError(Mutate("        function: basic\n        legal_basis: contract\n",
                     "        legal_basis: contract\n"),
              "id: traffic", "a purpose needs the key 'function'");
  ExpectError(Mutate("    contract: C-1\n", ""), "id: vendor", "needs the key 'contract'");
  auto r = ParsePolicy("", "empty.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("piguard_policy: 1"), std::string::npos) << r.status().message();
}

TEST(PolicyLoaderTest, BadValues) {
  ExpectError(Mutate("class: C1", "class: C3"), "C3", "unknown class 'C3'");
  ExpectError(Mutate("legal_basis: contract", "legal_basis: contrakt"), "contrakt",
              "legal_basis must be consent, contract or legal_duty");
  ExpectError(Mutate("method: network}", "method: satellite}"), "satellite}", "method must be");
  ExpectError(Mutate("retention: 6m", "retention: 6 months"), "6 months", "retention period '6 months'");
  ExpectError(Mutate("retention: 6m", "retention: {period: 6m, from: signup}"), "signup}",
              "collection or service_end");
  ExpectError(Mutate("effective_date: 2026-01-01", "effective_date: 2026-02-30"), "2026-02-30",
              "is not a date");
  ExpectError(Mutate("deidentify: ip_prefix", "deidentify: scramble"), "scramble",
              "unknown de-identification 'scramble'");
  ExpectError(Mutate("access: {identity: plain", "access: {identity: full"), "full",
              "plain, masked or none");
  ExpectError(Mutate("sensitive: true", "sensitive: yes please"), "yes please", "true or false");
  ExpectError(Mutate("name: {zh: 测试通信, en: Test Telecom}", "name: Test Telecom"), "Test Telecom",
              "{zh: ..., en: ...}");
  ExpectError(Mutate("name: {zh: 测试通信, en: Test Telecom}", "name: {zh: 测试通信}"), "{zh: 测试通信}",
              "needs the key 'en'");
  ExpectError(Mutate("- id: signup", "- id: Sign-Up"), "Sign-Up", "must be a lower-case word");
  ExpectError(Mutate("kind: counter", "kind: carrier_pigeon"), "carrier_pigeon", "unknown channel kind");
  ExpectError(Mutate("complaint_reply_days: 15", "complaint_reply_days: -3"), "-3\n", "whole number");
  ExpectError(Mutate("piguard_policy: 1", "piguard_policy: 2"), "2\n", "unsupported piguard_policy");
}

TEST(PolicyLoaderTest, BrokenReferences) {
  ExpectError(Mutate("{category: network,", "{category: netwrok,"), "netwrok",
              "unknown category 'netwrok' (declared categories: identity, profile, network)");
  ExpectError(Mutate("purpose: mobile.traffic", "purpose: mobile.trafic"), "mobile.trafic",
              "service 'mobile' has no purpose 'trafic'");
  ExpectError(Mutate("purpose: mobile.traffic", "purpose: fixed.traffic"), "fixed.traffic",
              "unknown service 'fixed'");
  ExpectError(Mutate("purpose: mobile.traffic", "purpose: traffic"), "traffic\n        categories",
              "must be written service.purpose");
  ExpectError(Mutate("purposes: [mobile.signup]", "purposes: [mobile.nothing]"), "mobile.nothing",
              "has no purpose 'nothing'");
  ExpectError(Mutate("access: {identity: plain", "access: {idenity: plain"), "idenity",
              "unknown category 'idenity'");
  ExpectError(Mutate("categories: [network]", "categories: [network, ghost]"), "ghost",
              "unknown category 'ghost'");
}

TEST(PolicyLoaderTest, PiTypes) {
  ExpectError(Mutate("[IP_ADDRESS]", "[IP_ADRESS]"), "IP_ADRESS", "unknown PI type 'IP_ADRESS'");
  ExpectError(Mutate("[IP_ADDRESS]", "[IP_ADDRESS, PERSON_NAME]"), "PERSON_NAME]",
              "PI type PERSON_NAME is already in category 'profile'");
  // A custom type must be declared before a category may list it.
  ExpectError(Mutate("[IP_ADDRESS]", "[IP_ADDRESS, CALL_RECORD]"), "CALL_RECORD", "custom_pi_types");
  auto p = MustParse(Mutate("[IP_ADDRESS]", "[IP_ADDRESS, CALL_RECORD]",
                            Mutate("categories:\n", "custom_pi_types: [CALL_RECORD]\ncategories:\n")));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->CategoryOfPiType("CALL_RECORD")->id, "network");
  ExpectError(Mutate("categories:\n", "custom_pi_types: [PHONE_NUMBER]\ncategories:\n"), "PHONE_NUMBER",
              "is a built-in PI type");
}

TEST(PolicyLoaderTest, Contradictions) {
  ExpectError(Mutate("  - id: network\n", "  - id: profile\n"), "profile\n    class: C1",
              "category 'profile' is declared twice");
  ExpectError(Mutate("valid_to: 2027-12-31", "valid_to: 2024-12-31"), "2024-12-31",
              "valid_to 2024-12-31 is before valid_from 2025-01-01");
  ExpectError(Mutate("          - {category: profile, necessary: true, method: user}\n",
                     "          - {category: profile, necessary: true, method: user}\n"
                     "          - {category: profile, necessary: false, method: user}\n"),
              "profile, necessary: false", "lists category 'profile' twice");
  ExpectError(Mutate("version: \"1.0\"\n", "version: \"1.0\"\nsupersedes: \"1.0\"\n"), "\"1.0\"\neff",
              "supersedes names this file's own version");
  ExpectError(Mutate("      - id: traffic", "      - id: signup"), "signup\n        name: {zh: 数据传送",
              "two purposes called 'signup'");
}

TEST(PolicyLoaderTest, Deidentification) {
  // A map must cover every PI type of every granted category, or give a default.
  ExpectError(Mutate("categories: [network]\n        deidentify: ip_prefix",
                     "categories: [network, profile]\n        deidentify: {IP_ADDRESS: ip_prefix, PERSON_NAME: mask}"),
              "{IP_ADDRESS: ip_prefix, PERSON_NAME", "how DATE_OF_BIRTH (category 'profile')");
  ExpectError(Mutate("deidentify: ip_prefix", "deidentify: {PHONE_NUMBER: mask, default: drop}"),
              "PHONE_NUMBER: mask", "'PHONE_NUMBER' is not a PI type of the categories this grant lists");
  auto p = MustParse(Mutate("categories: [network]\n        deidentify: ip_prefix",
                            "categories: [network, profile]\n        deidentify: {IP_ADDRESS: ip_prefix, "
                            "PERSON_NAME: mask, default: drop}"));
  ASSERT_TRUE(p);
  const Grant& g = p->model().trustees[0].receives[0];
  EXPECT_EQ(g.deidentify.at("profile").For("PERSON_NAME"), DeidOperator::kMask);
  EXPECT_EQ(g.deidentify.at("profile").For("DATE_OF_BIRTH"), DeidOperator::kDrop);
  EXPECT_EQ(g.deidentify.at("network").For("IP_ADDRESS"), DeidOperator::kIpPrefix);
}

TEST(PolicyLoaderTest, InvalidUtf8IsRejected) {
  ExpectError(Mutate("en: Test Telecom}", "en: Test \xff Telecom}"), "Test \xff", "not valid UTF-8");
}

TEST(PolicyLoaderTest, FileErrors) {
  auto r = LoadPolicy("/nonexistent/dir/policy.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/dir/policy.yaml"), std::string::npos);
}

TEST(PolicyLoaderTest, ShippedExamplesLoad) {
  namespace fs = std::filesystem;
  int loaded = 0;
  for (const auto& e : fs::directory_iterator(fs::path(PIGUARD_SOURCE_DIR) / "examples" / "policy")) {
    if (e.path().extension() != ".yaml") continue;
    auto r = LoadPolicy(e.path().string());
    EXPECT_TRUE(r.ok()) << r.status().message();
    ++loaded;
  }
  EXPECT_GE(loaded, 2);
}

}  // namespace
}  // namespace piguard::policy
