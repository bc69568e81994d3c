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

}  // namespace piguard::serve
