// Policy diff: changes are matched by id and classified by what they mean for users:
// wider collection or disclosure needs renewed consent, the rest an updated notice, staff
// settings are internal.
#include "piguard/policy_diff.h"

#include <gtest/gtest.h>

#include "policy/policy_test_util.h"

namespace piguard::policy {
namespace {

using testing::kBasePolicy;
using testing::Mutate;
using testing::MustParse;

// Diff of the base policy against `after` (with the version bumped so no version warning).
PolicyDiff DiffTo(const std::string& after) {
  auto a = MustParse(kBasePolicy);
  auto b = MustParse(Mutate("version: \"1.0\"\n", "version: \"1.1\"\nsupersedes: \"1.0\"\n", after));
  if (!a || !b) return {};
  return DiffPolicies(*a, *b);
}

// The single change besides the version bookkeeping.
PolicyChange OnlyChange(const std::string& after) {
  PolicyDiff d = DiffTo(after);
  EXPECT_TRUE(d.warnings.empty()) << d.warnings[0];
  std::vector<PolicyChange> rest;
  for (const auto& c : d.changes)
    if (c.path != "version" && c.path != "supersedes") rest.push_back(c);
  EXPECT_EQ(rest.size(), 1u);
  if (rest.size() != 1)
    for (const auto& c : rest) ADD_FAILURE() << c.path << ": " << c.what;
  return rest.empty() ? PolicyChange{} : rest[0];
}

TEST(PolicyDiffTest, IdenticalAndReorderedPoliciesHaveNoChanges) {
  auto a = MustParse(kBasePolicy);
  EXPECT_TRUE(DiffPolicies(*a, *a).changes.empty());
  // Moving the network category to the front changes the notice order (and the hash), but no
  // rule: the diff matches by id.
  std::string moved = Mutate("  - id: network\n    class: C1\n    name: {zh: 网络标识, en: Network identifiers}\n"
                             "    sensitive: false\n    level: 2\n    pi_types: [IP_ADDRESS]\n", "");
  moved = Mutate("categories:\n", "categories:\n  - id: network\n    class: C1\n    name: {zh: 网络标识, en: Network "
                 "identifiers}\n    sensitive: false\n    level: 2\n    pi_types: [IP_ADDRESS]\n", moved);
  auto b = MustParse(moved);
  EXPECT_NE(a->sha256(), b->sha256());
  EXPECT_TRUE(DiffPolicies(*a, *b).changes.empty());
}

TEST(PolicyDiffTest, ChangesThatNeedConsent) {
  PolicyChange c = OnlyChange(Mutate("trustees:\n",
                                     "      - id: ads\n        name: {zh: 广告, en: Ads}\n        description: "
                                     "{zh: 广告, en: Ads}\n        function: extended\n        legal_basis: consent\n"
                                     "        retention: 1y\n        refusal_consequence: {zh: 无, en: None}\n"
                                     "        collects:\n          - {category: profile, necessary: false, method: user}\n"
                                     "trustees:\n"));
  EXPECT_EQ(c.impact, Impact::kConsent);
  EXPECT_EQ(c.path, "services.mobile.purposes.ads");
  EXPECT_EQ(c.kind, "added");

  c = OnlyChange(Mutate("{category: network, necessary: true, method: network}\n",
                        "{category: network, necessary: true, method: network}\n"
                        "          - {category: profile, necessary: true, method: user}\n"));
  EXPECT_EQ(c.impact, Impact::kConsent);
  EXPECT_EQ(c.path, "services.mobile.purposes.traffic.collects.profile");

  c = OnlyChange(Mutate("retention: 6m", "retention: 1y"));
  EXPECT_EQ(c.impact, Impact::kConsent);
  EXPECT_EQ(c.what, "data is kept longer");
  EXPECT_EQ(c.before, "6m from collection");
  EXPECT_EQ(c.after, "1y from collection");
  EXPECT_EQ(OnlyChange(Mutate("retention: 6m", "retention: {period: 6m, from: service_end}")).impact,
            Impact::kConsent);
  EXPECT_EQ(OnlyChange(Mutate("        retention: 6m\n", "")).impact, Impact::kConsent);

  // optional -> necessary: users who declined would lose the function.
  auto optional = Mutate("{category: profile, necessary: true", "{category: profile, necessary: false");
  auto a = MustParse(optional);
  auto b = MustParse(Mutate("version: \"1.0\"", "version: \"1.1\"\nsupersedes: \"1.0\""));
  PolicyDiff d = DiffPolicies(*a, *b);
  ASSERT_EQ(d.Count(Impact::kConsent), 1u);
  EXPECT_TRUE(d.NeedsConsent());

  EXPECT_EQ(OnlyChange(Mutate("legal_basis: contract", "legal_basis: consent")).impact, Impact::kConsent);
  EXPECT_EQ(OnlyChange(Mutate("method: network}", "method: [network, third_party]}")).impact, Impact::kConsent);
  c = OnlyChange(Mutate("pi_types: [PERSON_NAME, DATE_OF_BIRTH]", "pi_types: [PERSON_NAME, DATE_OF_BIRTH, EMAIL_ADDRESS]"));
  EXPECT_EQ(c.impact, Impact::kConsent);
  EXPECT_EQ(c.path, "categories.profile.pi_types.EMAIL_ADDRESS");
  // A new type in a category a trustee receives: the trustee receives it too.
  PolicyDiff wider = DiffTo(Mutate("pi_types: [IP_ADDRESS]", "pi_types: [IP_ADDRESS, MAC_ADDRESS]"));
  ASSERT_EQ(wider.Count(Impact::kConsent), 2u);
  EXPECT_EQ(wider.changes.back().path, "trustees.vendor.receives.mobile.traffic.network.deidentify");
  EXPECT_EQ(wider.changes.back().impact, Impact::kConsent);
}

TEST(PolicyDiffTest, TrusteeChanges) {
  const std::string new_trustee =
      "  - id: courier\n    name: {zh: 快递, en: Courier}\n    contract: C-2\n    valid_from: 2026-01-01\n"
      "    valid_to: 2027-01-01\n    receives:\n      - purpose: mobile.signup\n        categories: [profile]\n"
      "        deidentify: mask\nroles:\n";
  PolicyChange c = OnlyChange(Mutate("roles:\n", new_trustee));
  EXPECT_EQ(c.impact, Impact::kConsent);
  EXPECT_EQ(c.path, "trustees.courier");

  // Weaker de-identification needs consent; stronger is a notice change.
  c = OnlyChange(Mutate("deidentify: ip_prefix", "deidentify: plain"));
  EXPECT_EQ(c.impact, Impact::kConsent);
  EXPECT_EQ(c.path, "trustees.vendor.receives.mobile.traffic.network.deidentify");
  EXPECT_EQ(OnlyChange(Mutate("deidentify: ip_prefix", "deidentify: fpe")).impact, Impact::kConsent);
  EXPECT_EQ(OnlyChange(Mutate("deidentify: ip_prefix", "deidentify: drop")).impact, Impact::kNotice);

  // A new category to an existing trustee.
  std::string wider = Mutate("categories: [network]\n        deidentify: ip_prefix",
                             "categories: [network, profile]\n        deidentify: {IP_ADDRESS: ip_prefix, default: mask}",
                             Mutate("{category: network, necessary: true, method: network}\n",
                                    "{category: network, necessary: true, method: network}\n"
                                    "          - {category: profile, necessary: true, method: user}\n"));
  PolicyDiff d = DiffTo(wider);
  bool found = false;
  for (const auto& x : d.changes)
    if (x.path == "trustees.vendor.receives.mobile.traffic.profile") {
      found = true;
      EXPECT_EQ(x.impact, Impact::kConsent);
      EXPECT_EQ(x.kind, "added");
    }
  EXPECT_TRUE(found);

  // A renewed contract is a notice change.
  c = OnlyChange(Mutate("valid_to: 2027-12-31", "valid_to: 2029-12-31"));
  EXPECT_EQ(c.impact, Impact::kNotice);
  EXPECT_EQ(c.path, "trustees.vendor.validity");
  // A removed trustee too.
  std::string none(kBasePolicy);
  size_t from = none.find("trustees:"), to = none.find("roles:");
  none.erase(from, to - from);
  c = OnlyChange(none);
  EXPECT_EQ(c.impact, Impact::kNotice);
  EXPECT_EQ(c.kind, "removed");
}

TEST(PolicyDiffTest, ChangesThatNeedOnlyANotice) {
  PolicyChange c = OnlyChange(Mutate("retention: 6m", "retention: 3m"));
  EXPECT_EQ(c.impact, Impact::kNotice);
  EXPECT_EQ(c.what, "data is kept for a shorter time");
  EXPECT_EQ(OnlyChange(Mutate("retention: 2y", "retention: 24m")).impact, Impact::kNotice);  // same length
  EXPECT_EQ(OnlyChange(Mutate("{category: profile, necessary: true", "{category: profile, necessary: false")).impact,
            Impact::kNotice);
  c = OnlyChange(Mutate("en: We cannot open an account", "en: Without it we cannot open an account"));
  EXPECT_EQ(c.impact, Impact::kNotice);
  EXPECT_EQ(c.path, "services.mobile.purposes.signup.refusal_consequence");
  EXPECT_EQ(OnlyChange(Mutate("complaint_reply_days: 15", "complaint_reply_days: 10")).impact, Impact::kNotice);
  EXPECT_EQ(OnlyChange(Mutate("value: Shop", "value: Any shop")).path, "channels.cancellation");
  // Removing a category from a purpose narrows collection.
  c = OnlyChange(Mutate("          - {category: profile, necessary: true, method: user}\n", ""));
  EXPECT_EQ(c.impact, Impact::kNotice);
  EXPECT_EQ(c.kind, "removed");
  EXPECT_FALSE(DiffTo(Mutate("retention: 6m", "retention: 3m")).NeedsConsent());
}

TEST(PolicyDiffTest, StaffRolesAreInternal) {
  PolicyChange c = OnlyChange(Mutate("identity: plain", "identity: masked"));
  EXPECT_EQ(c.impact, Impact::kInternal);
  EXPECT_EQ(c.path, "roles.agent.access.identity");
  EXPECT_EQ(c.before, "plain");
  EXPECT_EQ(c.after, "masked");
}

TEST(PolicyDiffTest, VersionBookkeepingWarnings) {
  auto a = MustParse(kBasePolicy);
  auto same_version = MustParse(Mutate("retention: 6m", "retention: 3m"));
  PolicyDiff d = DiffPolicies(*a, *same_version);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("version did not"), std::string::npos);
  auto no_supersedes = MustParse(Mutate("version: \"1.0\"", "version: \"2.0\""));
  d = DiffPolicies(*a, *no_supersedes);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("supersede"), std::string::npos);
}

TEST(PolicyDiffTest, DeidStrengthOrder) {
  EXPECT_LT(DeidStrength(DeidOperator::kPlain), DeidStrength(DeidOperator::kFpe));
  EXPECT_LT(DeidStrength(DeidOperator::kFpe), DeidStrength(DeidOperator::kMask));
  EXPECT_LT(DeidStrength(DeidOperator::kMask), DeidStrength(DeidOperator::kPseudonym));
  EXPECT_LT(DeidStrength(DeidOperator::kPseudonym), DeidStrength(DeidOperator::kReplace));
  EXPECT_LT(DeidStrength(DeidOperator::kReplace), DeidStrength(DeidOperator::kDrop));
  EXPECT_EQ(DeidStrength(DeidOperator::kDrop), DeidStrength(DeidOperator::kRemove));
}

}  // namespace
}  // namespace piguard::policy
