// Comparing two versions of a policy: what changed, and which changes need the users'
// renewed consent (Order No. 24 Art. 9: collection and use need consent to the stated
// purpose, method and scope; a wider scope is a new collection). docs/policy.md has the
// classification table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "piguard/policy.h"

namespace piguard::policy {

enum class Impact {
  kConsent,   // users must agree again before the new rules apply to them
  kNotice,    // the published notice changes: republish and inform users, no new consent
  kInternal,  // operator-internal (staff roles, justifications, sensitivity levels)
};
std::string_view ImpactName(Impact i);  // "consent", "notice", "internal"

struct PolicyChange {
  Impact impact = Impact::kNotice;
  std::string path;    // stable, id-based: "services.mobile.purposes.billing.collects.payment"
  std::string kind;    // "added", "removed" or "changed"
  std::string what;    // one sentence for people
  std::string before;  // the old value in words, when the change has one
  std::string after;
};

struct PolicyDiff {
  std::vector<PolicyChange> changes;  // in the order of the new file, then removals
  // Version bookkeeping problems: content changed but the version did not, or the new file
  // does not say it supersedes the old version.
  std::vector<std::string> warnings;
  bool NeedsConsent() const;
  size_t Count(Impact i) const;
};

PolicyDiff DiffPolicies(const Policy& before, const Policy& after);

// How strongly an operator hides a value, for comparing de-identification: plain 0, fpe 1
// (reversible with the key), mask / ip_prefix / date_generalize / date_shift 2, pseudonym 3,
// replace 4, remove / drop 5.
int DeidStrength(DeidOperator op);

}  // namespace piguard::policy
