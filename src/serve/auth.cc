#include "serve/auth.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "piguard/policy.h"

namespace piguard::serve {

std::string_view RoleName(Role r) {
  switch (r) {
    case Role::kCollector: return "collector";
    case Role::kStaff: return "staff";
    case Role::kTrustee: return "trustee";
    case Role::kAuditor: return "auditor";
    case Role::kAdmin: return "admin";
  }
  return "?";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : kAllRoles)
    if (RoleName(r) == name) return r;
  return std::nullopt;
}

std::string_view PermissionName(Permission p) {
  switch (p) {
    case Permission::kGateDecide: return "gate.decide";
    case Permission::kConsentWrite: return "consent.write";
    case Permission::kConsentRead: return "consent.read";
    case Permission::kRulesRead: return "rules.read";
    case Permission::kMetricsRead: return "metrics.read";
    case Permission::kRightsWrite: return "rights.write";
    case Permission::kRightsRead: return "rights.read";
    case Permission::kAccessRead: return "access.read";
    case Permission::kBulkApprove: return "access.approve";
    case Permission::kDisclose: return "disclose";
    case Permission::kTrusteeReport: return "trustee.report";
  }
  return "?";
}

bool RoleAllows(Role role, Permission p) {
  switch (role) {
    case Role::kAdmin: return true;
    // Collecting systems ask the gate and record the consent users give in their channels.
    case Role::kCollector:
      return p == Permission::kGateDecide || p == Permission::kConsentWrite || p == Permission::kRulesRead;
    // Counter and call-centre staff record and look up consent, handle subscribers' rights,
    // see subscribers' data for their purposes and hand data to trustees; they do not collect
    // through the gate, and they cannot approve bulk access (a second person, admin, does).
    case Role::kStaff:
      return p == Permission::kConsentWrite || p == Permission::kConsentRead || p == Permission::kRulesRead ||
             p == Permission::kRightsWrite || p == Permission::kRightsRead || p == Permission::kAccessRead ||
             p == Permission::kDisclose;
    // Entrusted agents read the rules; what they receive is handed to them by the operator
    // (POST /v1/disclosures), not fetched by them.
    case Role::kTrustee: return p == Permission::kRulesRead;
    // Inspectors read, never write.
    case Role::kAuditor:
      return p == Permission::kConsentRead || p == Permission::kRulesRead || p == Permission::kMetricsRead ||
             p == Permission::kRightsRead || p == Permission::kTrusteeReport;
  }
  return false;
}

std::string HashKey(std::string_view key) { return policy::Sha256Hex(key); }

Result<KeyRing> KeyRing::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open the keys file (create it as shown in docs/serve.md)");
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Result<KeyRing> KeyRing::Parse(std::string_view text, std::string_view source) {
  std::string src(source);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return InvalidArgument(src + ":" + std::to_string(e.mark.line + 1) + ":" +
                           std::to_string(e.mark.column + 1) + ": YAML syntax: " + e.msg);
  }
  auto at = [&](const YAML::Node& n) {
    return src + ":" + std::to_string(n.Mark().line + 1) + ":" + std::to_string(n.Mark().column + 1);
  };
  if (!root.IsMap() || !root["keys"] || !root["keys"].IsSequence())
    return InvalidArgument(src + ": expected a mapping with a list 'keys' of {principal, role, sha256}");
  for (const auto& kv : root) {
    if (kv.first.Scalar() != "keys")
      return InvalidArgument(at(kv.first) + ": unknown member '" + kv.first.Scalar() + "' (only 'keys')");
  }
  KeyRing ring;
  try {
    for (const YAML::Node& e : root["keys"]) {
      if (!e.IsMap()) return InvalidArgument(at(e) + ": each key entry is a mapping {principal, role, sha256}");
      for (const auto& kv : e) {
        const std::string& k = kv.first.Scalar();
        if (k != "principal" && k != "role" && k != "sha256")
          return InvalidArgument(at(kv.first) + ": unknown member '" + k + "' (principal, role, sha256)");
      }
      for (const char* k : {"principal", "role", "sha256"})
        if (!e[k] || !e[k].IsScalar() || e[k].Scalar().empty())
          return InvalidArgument(at(e) + ": missing '" + k + "'");
      Principal p;
      p.name = e["principal"].Scalar();
      if (p.name.size() > 128) return InvalidArgument(at(e["principal"]) + ": principal longer than 128 characters");
      auto role = ParseRole(e["role"].Scalar());
      if (!role)
        return InvalidArgument(at(e["role"]) + ": unknown role '" + e["role"].Scalar() +
                               "' (collector, staff, trustee, auditor, admin)");
      p.role = *role;
      std::string hash = e["sha256"].Scalar();
      bool hex = hash.size() == 64;
      for (char& c : hash) {
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
        hex &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      }
      if (!hex)
        return InvalidArgument(at(e["sha256"]) +
                               ": sha256 must be 64 hex digits (make it with: piguard serve hash-key < keyfile)");
      if (!ring.by_hash_.emplace(hash, std::move(p)).second)
        return InvalidArgument(at(e["sha256"]) + ": the same key hash is listed twice");
    }
  } catch (const YAML::Exception& e) {
    return InvalidArgument(src + ": " + e.what());
  }
  if (ring.by_hash_.empty()) return InvalidArgument(src + ": 'keys' is empty; no one could call the service");
  return ring;
}

std::optional<Principal> KeyRing::Authenticate(std::string_view header, std::string* why) const {
  auto fail = [&](const char* reason) -> std::optional<Principal> {
    if (why) *why = reason;
    return std::nullopt;
  };
  if (header.empty()) return fail("missing Authorization header; send 'Authorization: Bearer <api key>'");
  constexpr std::string_view kBearer = "Bearer ";
  if (header.size() <= kBearer.size() ||
      !std::equal(kBearer.begin(), kBearer.end(), header.begin(),
                  [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                              std::tolower(static_cast<unsigned char>(b)); }))
    return fail("Authorization must use the Bearer scheme: 'Authorization: Bearer <api key>'");
  std::string_view key = header.substr(kBearer.size());
  while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
  while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
  if (key.empty()) return fail("empty API key");
  auto it = by_hash_.find(HashKey(key));
  if (it == by_hash_.end()) return fail("unknown API key");
  return it->second;
}

}  // namespace piguard::serve
