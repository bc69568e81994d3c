// The query API later components call (collection gate, HTTP service), and the canonical
// hash: stable under reformatting, changed by any change of substance.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "piguard/policy.h"
#include "policy/policy_test_util.h"

namespace piguard::policy {
namespace {

using testing::kBasePolicy;
using testing::Mutate;
using testing::MustParse;
using R = CollectionDecision::Reason;
using D = DisclosureDecision::Reason;

TEST(PolicyApiTest, MayCollect) {
  auto p = MustParse(kBasePolicy);
  ASSERT_TRUE(p);
  CollectionDecision d = p->MayCollect("mobile", "signup", "identity");
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.reason, R::kAllowed);
  EXPECT_TRUE(d.necessary);
  EXPECT_EQ(d.legal_basis, LegalBasis::kConsent);
  EXPECT_EQ(d.methods, std::vector<CollectionMethod>{CollectionMethod::kUser});
  ASSERT_TRUE(d.retention);
  EXPECT_EQ(d.retention->PeriodText(), "2y");
  EXPECT_EQ(p->MayCollect("mobile", "traffic", "identity").reason, R::kNotListed);
  EXPECT_FALSE(p->MayCollect("mobile", "traffic", "identity").allowed);
  EXPECT_EQ(p->MayCollect("fixed", "signup", "identity").reason, R::kUnknownService);
  EXPECT_EQ(p->MayCollect("mobile", "billing", "identity").reason, R::kUnknownPurpose);
  EXPECT_EQ(p->MayCollect("mobile", "signup", "dna").reason, R::kUnknownCategory);
  auto optional = MustParse(Mutate("{category: profile, necessary: true", "{category: profile, necessary: false"));
  EXPECT_TRUE(optional->MayCollect("mobile", "signup", "profile").allowed);
  EXPECT_FALSE(optional->MayCollect("mobile", "signup", "profile").necessary);
}

TEST(PolicyApiTest, RoleAccessDeniesUnlessGranted) {
  auto p = MustParse(kBasePolicy);
  EXPECT_EQ(p->RoleAccess("agent", "identity"), Visibility::kPlain);
  EXPECT_EQ(p->RoleAccess("agent", "profile"), Visibility::kMasked);
  EXPECT_EQ(p->RoleAccess("agent", "network"), Visibility::kNone);   // not listed
  EXPECT_EQ(p->RoleAccess("intruder", "identity"), Visibility::kNone);
  EXPECT_EQ(p->RoleAccess("agent", "dna"), Visibility::kNone);
}

TEST(PolicyApiTest, MayDisclose) {
  auto p = MustParse(kBasePolicy);
  DisclosureDecision d = p->MayDisclose("vendor", "mobile", "traffic", "network", Date{2026, 6, 1});
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.contract, "C-1");
  EXPECT_EQ(d.deidentification.For("IP_ADDRESS"), DeidOperator::kIpPrefix);
  // Contract validity is inclusive at both ends.
  EXPECT_TRUE(p->MayDisclose("vendor", "mobile", "traffic", "network", Date{2025, 1, 1}).allowed);
  EXPECT_TRUE(p->MayDisclose("vendor", "mobile", "traffic", "network", Date{2027, 12, 31}).allowed);
  EXPECT_EQ(p->MayDisclose("vendor", "mobile", "traffic", "network", Date{2028, 1, 1}).reason,
            D::kContractNotInForce);
  EXPECT_EQ(p->MayDisclose("vendor", "mobile", "traffic", "network", Date{2024, 12, 31}).reason,
            D::kContractNotInForce);
  EXPECT_EQ(p->MayDisclose("vendor", "mobile", "signup", "identity", Date{2026, 6, 1}).reason, D::kNotGranted);
  EXPECT_EQ(p->MayDisclose("vendor", "mobile", "traffic", "identity", Date{2026, 6, 1}).reason, D::kNotGranted);
  EXPECT_EQ(p->MayDisclose("nobody", "mobile", "traffic", "network", Date{2026, 6, 1}).reason, D::kUnknownTrustee);
  EXPECT_EQ(p->MayDisclose("vendor", "mobile", "traffic", "dna", Date{2026, 6, 1}).reason, D::kUnknownCategory);
  // Granted but not collected for that purpose (lint P008): still refused.
  auto bad = MustParse(Mutate("categories: [network]\n        deidentify: ip_prefix",
                              "categories: [network, profile]\n        deidentify: {IP_ADDRESS: ip_prefix, default: mask}"));
  EXPECT_EQ(bad->MayDisclose("vendor", "mobile", "traffic", "profile", Date{2026, 6, 1}).reason, D::kNotCollected);
}

TEST(PolicyApiTest, CategoryOfPiType) {
  auto p = MustParse(kBasePolicy);
  ASSERT_NE(p->CategoryOfPiType("PERSON_NAME"), nullptr);
  EXPECT_EQ(p->CategoryOfPiType("PERSON_NAME")->id, "profile");
  EXPECT_EQ(p->CategoryOfPiType("IP_ADDRESS")->id, "network");
  EXPECT_EQ(p->CategoryOfPiType("PHONE_NUMBER"), nullptr);  // a real type no category lists
  EXPECT_EQ(p->CategoryOfPiType("NOT_A_TYPE"), nullptr);
}

TEST(PolicyApiTest, ConcurrentQueriesAgree) {
  auto p = MustParse(kBasePolicy);
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        wrong += !p->MayCollect("mobile", "signup", "identity").allowed;
        wrong += p->RoleAccess("agent", "profile") != Visibility::kMasked;
        wrong += !p->MayDisclose("vendor", "mobile", "traffic", "network", Date{2026, 6, 1}).allowed;
        wrong += p->CategoryOfPiType("DATE_OF_BIRTH")->id != "profile";
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

// The base policy written differently: block vs flow style, other key order, comments,
// quoting, list vs scalar method, expanded deidentify, explicit `none` access and default
// retention start. Same rules, so the same hash.
constexpr std::string_view kReformatted = R"(# a comment
operator:
  name:
    en: "Test Telecom"   # quoted now
    zh: 测试通信
effective_date: "2026-01-01"
version: '1.0'
piguard_policy: 1
categories:
- {id: identity, class: A1, name: {zh: 身份证件, en: Identity document}, sensitive: true, level: 5, pi_types: [CHINA_RESIDENT_ID_NUMBER]}
- id: profile
  level: 2
  sensitive: false
  class: A1
  name: {en: Profile, zh: 基本资料}
  pi_types:
  - PERSON_NAME
  - DATE_OF_BIRTH
- id: network
  class: C1
  name: {zh: 网络标识, en: Network identifiers}
  sensitive: no
  level: 2
  pi_types: [IP_ADDRESS]
channels:
  complaint_reply_days: 15
  complaint: [{value: care@test.example, kind: email}]
  cancellation: [{kind: counter, value: Shop}]
  correction: [{kind: phone, value: '10000'}]
  query: [{kind: phone, value: "10000"}]
roles:
- id: agent
  access:
    profile: masked
    identity: plain
    network: none
  purposes: [mobile.signup]
services:
- id: mobile
  name: {zh: 移动通信, en: Mobile}
  purposes:
  - id: signup
    name: {zh: 入网, en: Sign-up}
    description: {zh: 为您开户, en: Opening your account}
    function: basic
    legal_basis: consent
    retention: {period: 2y, from: collection}
    refusal_consequence: {zh: 无法开户, en: We cannot open an account}
    collects:
    - category: identity
      necessary: true
      method: [user]
    - {category: profile, necessary: true, method: [user, user]}
  - id: traffic
    collects:
    - {method: network, category: network, necessary: true}
    refusal_consequence: {zh: 无法上网, en: No data service}
    retention: 6m
    legal_basis: contract
    function: basic
    description: {zh: 传送您的数据, en: Carrying your data}
    name: {zh: 数据传送, en: Carrying data}
trustees:
- id: vendor
  name: {zh: 分析公司, en: Analytics Ltd}
  contract: C-1
  valid_from: 2025-01-01
  valid_to: 2027-12-31
  receives:
  - purpose: mobile.traffic
    categories: [network]
    deidentify: {IP_ADDRESS: ip_prefix, default: ip_prefix}
)";

TEST(PolicyApiTest, HashIsStableUnderReformatting) {
  auto a = MustParse(kBasePolicy);
  auto b = MustParse(kReformatted);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->canonical_json(), b->canonical_json());
  EXPECT_EQ(a->sha256(), b->sha256());
  EXPECT_EQ(a->sha256().size(), 64u);
  EXPECT_EQ(a->sha256(), Sha256Hex(a->canonical_json()));
  // Canonical JSON: sorted keys, no whitespace between tokens, no source positions.
  const std::string& c = a->canonical_json();
  EXPECT_EQ(c.rfind("{\"categories\":[{\"class\":\"A1\",", 0), 0u) << c.substr(0, 80);
  EXPECT_EQ(c.find("\"line\""), std::string::npos);
  EXPECT_EQ(c.find(": "), std::string::npos);
}

TEST(PolicyApiTest, HashChangesWithSubstance) {
  auto base = MustParse(kBasePolicy);
  for (auto [from, to] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"retention: 6m", "retention: 7m"},
           {"en: Test Telecom", "en: Test Telecom Ltd"},
           {"version: \"1.0\"", "version: \"1.1\""},
           {"identity: plain", "identity: masked"},
           {"deidentify: ip_prefix", "deidentify: pseudonym"},
           {"complaint_reply_days: 15", "complaint_reply_days: 10"},
       }) {
    auto p = MustParse(Mutate(from, to));
    ASSERT_TRUE(p);
    EXPECT_NE(p->sha256(), base->sha256()) << from << " -> " << to;
  }
}

TEST(PolicyApiTest, Sha256KnownAnswer) {
  // FIPS 180-2 test vector.
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(PolicyApiTest, DateParsing) {
  EXPECT_EQ(Date::Parse("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(Date::Parse("2023-02-29"));
  EXPECT_FALSE(Date::Parse("2023-13-01"));
  EXPECT_FALSE(Date::Parse("2023-1-01"));
  EXPECT_FALSE(Date::Parse("20230101"));
  EXPECT_EQ((Date{2023, 12, 31}.PlusDays(1)), (Date{2024, 1, 1}));
  EXPECT_EQ((Date{2024, 2, 28}.PlusDays(2)), (Date{2024, 3, 1}));
  EXPECT_EQ((Date{2024, 3, 1}.ToString()), "2024-03-01");
}

}  // namespace
}  // namespace piguard::policy
