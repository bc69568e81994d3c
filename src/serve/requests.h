// Parsing and validating request bodies: JSON text -> typed request, or the Problem that
// says which member is wrong (RFC 6901 pointer) and why. Pure functions, no I/O, no policy:
// whether a service or purpose exists is checked later against the rules (gate.h).
//
// Guarantees (fuzzed by fuzz/fuzz_serve_request.cc): any byte string gives either a request
// that satisfies every limit below or a Problem with status 400 or 422; never an exception,
// never a crash. Problem details never repeat a submitted value or subscriber id, because
// either may be personal information.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "serve/problem.h"

namespace piguard::serve {

// Limits. The HTTP layer refuses bodies above kMaxBodyBytes before parsing.
inline constexpr size_t kMaxBodyBytes = 1 << 20;       // 1 MiB
inline constexpr size_t kMaxFields = 256;              // fields per gate request
inline constexpr size_t kMaxCategoriesPerField = 32;
inline constexpr size_t kMaxValueBytes = 64 << 10;     // one submitted value
inline constexpr size_t kMaxSubscriberLength = 128;
inline constexpr size_t kMaxIdLength = 64;             // service, purpose, category (as in the rules)
inline constexpr size_t kMaxFieldNameLength = 128;

// Subscriber references are opaque account ids: [A-Za-z0-9_.:-], 1..128 characters.
bool ValidSubscriber(std::string_view s);
// Rules ids: [a-z][a-z0-9_]*, 1..64 (docs/policy.md).
bool ValidRulesId(std::string_view s);
// Field names: [A-Za-z_][A-Za-z0-9_.-]*, 1..128.
bool ValidFieldName(std::string_view s);

struct GateField {
  std::string name;
  std::vector<std::string> categories;   // declared categories (may be empty when value is set)
  std::optional<std::string> value;      // submitted value to scan; never stored or logged
};

// POST /v1/gate/decisions
struct GateRequest {
  std::string subscriber;
  std::string service;
  std::string purpose;
  std::vector<GateField> fields;
};

// POST /v1/consents/grant and /v1/consents/withdraw
struct ConsentRequest {
  std::string subscriber;
  std::string service;
  std::string purpose;
  std::vector<std::string> optional_categories;  // grant only
};

template <typename T>
struct Parsed {
  std::optional<T> value;
  Problem problem;  // meaningful when !value
  bool ok() const { return value.has_value(); }
};

Parsed<GateRequest> ParseGateRequest(std::string_view body);
// `grant` false: a withdrawal, which has no optional_categories member.
Parsed<ConsentRequest> ParseConsentRequest(std::string_view body, bool grant);

// POST /v1/access and POST /v1/access/bulk-requests: a staff member asks to see categories
// of subscribers for a purpose, acting in a staff role of the rules (docs/serve.md, "Access").
inline constexpr size_t kMaxAccessSubscribers = 1000;
struct AccessRequest {
  std::string role;                      // a role id of the rules (roles:), e.g. customer_service
  std::string service;
  std::string purpose;
  std::vector<std::string> subscribers;  // 1..kMaxAccessSubscribers opaque ids, no duplicates
  std::vector<std::string> categories;   // empty: every category the purpose collects
  int64_t approval = 0;                  // bulk request id approved by a second person; 0 = none
};
// `with_approval` false (bulk-requests): the body has no 'approval' member.
Parsed<AccessRequest> ParseAccessRequest(std::string_view body, bool with_approval);

// POST /v1/disclosures: data about to be provided to a trustee under its contract.
struct DisclosureField {
  std::string name;
  std::string category;  // the category of the rules the value belongs to
  std::string value;     // de-identified as the contract requires; never stored or logged
};
struct DisclosureRequest {
  std::string trustee;   // trustee id of the rules
  std::string contract;  // its contract id: [A-Za-z0-9._-], 1..64
  std::string service;
  std::string purpose;
  std::string subscriber;
  std::vector<DisclosureField> fields;  // 1..kMaxFields, names unique
};
Parsed<DisclosureRequest> ParseDisclosureRequest(std::string_view body);
// Contract ids as written in the rules: [A-Za-z0-9._-], 1..64.
bool ValidContractId(std::string_view s);

// A body whose members are all rules ids ([a-z][a-z0-9_]*), e.g. {"category": "contact"} or
// {"status": "completed"}; `{}` when both lists are empty. Unknown members are refused.
Parsed<std::map<std::string, std::string>> ParseIdMembers(std::string_view body,
                                                          std::initializer_list<const char*> allowed,
                                                          std::initializer_list<const char*> required);

}  // namespace piguard::serve
