// The inverse of policy::CanonicalJson: rebuilds a Policy from the canonical JSON that the
// ledger keeps for each rules version, so that consents given under old rules can be
// compared with the current rules (policy::DiffPolicies) after a restart.
#pragma once

#include <memory>
#include <string_view>

#include "piguard/policy.h"

namespace piguard::serve {

// Fails unless the text parses, every member is understood, the model passes
// Policy::FromModel, and its canonical JSON is byte-for-byte `canonical_json` again (so the
// rebuilt rules are exactly the ones that were hashed).
Result<std::shared_ptr<const policy::Policy>> PolicyFromCanonicalJson(std::string_view canonical_json);

}  // namespace piguard::serve
