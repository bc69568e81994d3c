// API keys, principals, roles and what each role may do (docs/serve.md, "Roles").
//
// Keys are never stored: the keys file lists the SHA-256 (hex) of each key with the principal
// and role it belongs to. A request presents `Authorization: Bearer <key>`; the key is hashed
// and looked up. Comparing hashes by map lookup leaks nothing useful about the key itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/status.h"

namespace piguard::serve {

enum class Role { kCollector, kStaff, kTrustee, kAuditor, kAdmin };
inline constexpr Role kAllRoles[] = {Role::kCollector, Role::kStaff, Role::kTrustee,
                                     Role::kAuditor, Role::kAdmin};
std::string_view RoleName(Role r);  // "collector", "staff", "trustee", "auditor", "admin"
std::optional<Role> ParseRole(std::string_view name);

// What an endpoint requires. Each route names one permission; each role holds a fixed set.
enum class Permission {
  kGateDecide,       // POST /v1/gate/decisions
  kConsentWrite,     // grant and withdraw
  kConsentRead,      // a subscriber's consent history
  kRulesRead,        // GET /v1/rules, /readyz, /openapi.json
  kMetricsRead,      // GET /metrics
  kRightsWrite,      // terminate a subscriber, record a correction request or its status
  kRightsRead,       // a subscriber's record: categories held, consents, disclosures, corrections
  kAccessRead,       // staff access to subscribers' categories for a purpose; bulk requests
  kBulkApprove,      // approve another principal's bulk access request (second person)
  kDisclose,         // provide data to a trustee under its contract
  kTrusteeReport,    // the report of what was provided to a trustee in a period
};
std::string_view PermissionName(Permission p);
// The matrix (docs/serve.md, "Roles"). Admin holds everything.
bool RoleAllows(Role role, Permission permission);

struct Principal {
  std::string name;
  Role role = Role::kCollector;
};

// The keys file, loaded once at start-up; immutable and shared by all threads.
//
//   keys:
//     - principal: crm-gateway
//       role: collector
//       sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
class KeyRing {
 public:
  // Errors name the file, the entry and what to fix: an unknown role, a hash that is not 64
  // hex digits, a duplicate hash, an unknown member, or an empty list.
  static Result<KeyRing> Load(const std::string& path);
  static Result<KeyRing> Parse(std::string_view yaml_text, std::string_view source_name);

  // The principal for an Authorization header value; nullopt for a missing, malformed or
  // unknown key. `why` (optional) receives a reason fit for a 401 detail.
  std::optional<Principal> Authenticate(std::string_view authorization_header,
                                        std::string* why = nullptr) const;
  size_t size() const { return by_hash_.size(); }

 private:
  std::map<std::string, Principal, std::less<>> by_hash_;  // lower-case hex SHA-256 -> principal
};

// Lower-case hex SHA-256 of a key, as written in the keys file.
std::string HashKey(std::string_view key);
// Keys shorter than this are refused by `piguard serve hash-key`: a short key can be guessed.
inline constexpr size_t kMinKeyLength = 16;

}  // namespace piguard::serve
