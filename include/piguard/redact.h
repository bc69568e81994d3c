// De-identification: what `piguard redact` does to each finding, and the reverse of the
// reversible part (`piguard reveal`).
//
// Usage:
//   auto rules = piguard::LoadRedactRules("rules.yaml");          // or DefaultRedactRules()
//   piguard::RedactKey key{"ops-2026q4", master_bytes};            // only for keyed operators
//   auto redactor = piguard::Redactor::Create(scanner, rules.value(), &key, "vendor-a");
//   piguard::RunRedactJob(scanner, *redactor.value(), job_options, output);
//
// Operators (docs/redact.md has the full reference):
//   keep             leave the value as it is
//   remove           delete the value's bytes
//   replace          a fixed text, by default "<TYPE_NAME>"
//   mask             keep the first / last N characters, mask the rest (punctuation kept)
//   pseudonym        keyed HMAC-SHA256 token "PN_3f9a..." (one-way; stable per key+context)
//   fpe              FF1 format-preserving encryption: the output is a valid value of the same
//                    type (ID numbers keep a valid date, region and check character; mobiles
//                    keep their prefix; cards their BIN and Luhn digit; IMEIs their TAC ...);
//                    for IP addresses it is Crypto-PAn. Reversible with reveal.
//   ip_prefix        Crypto-PAn prefix-preserving anonymization (IPv4 and IPv6)
//   date_generalize  keep the year, or the year and month
//   date_shift       move the date by a keyed offset of up to max_days, one offset per subject
//   drop             remove the whole field (CSV column, JSON member); field rules only
//
// Determinism: the same rules, key, context and input give the same output on every machine
// and every run; two contexts give unlinkable tokens for the same value.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/scan_job.h"
#include "piguard/scanner.h"
#include "piguard/status.h"

namespace piguard {

enum class RedactOp : uint8_t {
  kKeep,
  kRemove,
  kReplace,
  kMask,
  kPseudonym,
  kFpe,
  kIpPrefix,
  kDateGeneralize,
  kDateShift,
  kDrop,
};
std::string_view RedactOpName(RedactOp op);
std::optional<RedactOp> ParseRedactOp(std::string_view name);
// Whether an operator needs the key (pseudonym, fpe, ip_prefix, date_shift).
bool RedactOpIsKeyed(RedactOp op);

struct OperatorSpec {
  RedactOp op = RedactOp::kReplace;
  std::string replacement = "<{type}>";  // replace: "{type}" becomes the type name
  int keep_first = 0;                    // mask: characters (code points) kept at the start
  int keep_last = 0;                     //       and at the end
  std::string mask_char = "*";           // mask: one character (may be multi-byte UTF-8)
  std::string prefix;                    // pseudonym: token prefix; empty = the type's default
  int length = 16;                       // pseudonym: hex digits of the token (8..64)
  bool month = false;                    // date_generalize: keep the month too
  int max_days = 30;                     // date_shift: |offset| is 1..max_days days
  std::string subject_field;             // date_shift: the field naming the subject
  std::string where;                     // "rules.yaml:3:5", for messages
};

// An operator chosen for a field: a CSV/TSV column name, a JSON path ("$.user.phone",
// "user.phone", "$.items[*].msisdn", "**.phone") or, in text, the key of key=value.
struct FieldRule {
  std::string field;
  OperatorSpec spec;
  // Treat the whole value as PI of this type even where the scanner finds nothing (a column
  // known to hold names). Needs `type` for type-specific operators.
  bool whole_value = false;
  std::optional<std::string> type;
  std::string where;
};

struct RedactRules {
  std::string source;                          // file name, or "built-in defaults"
  std::map<std::string, OperatorSpec> types;   // by type name (built-in or custom)
  OperatorSpec default_spec;                   // for types not listed
  std::vector<FieldRule> fields;               // first match wins
  std::string context;                         // default context (tweak); --context overrides
  // The first keyed operator in the rules ("rules.yaml:4:3: pseudonym"), or "" if none.
  std::string FirstKeyedUse() const;
};

// Parses redact rules (docs/redact.md). Unknown keys, unknown types and operators that do not
// apply to a type (fpe for a name) are errors with file:line:col.
Result<RedactRules> ParseRedactRules(std::string_view yaml_text, std::string_view source_name);
Result<RedactRules> LoadRedactRules(const std::string& path);
// The shipped defaults (config/redact-default.yaml): keyless operators only.
RedactRules DefaultRedactRules();
// The text of config/redact-default.yaml, compiled in.
std::string_view DefaultRedactRulesYaml();

// A 256-bit master key and its id (see docs/redact.md for key files).
struct RedactKey {
  std::string id;
  std::array<uint8_t, 32> bytes{};
};

// Counts of what a redactor did, for the run summary (no values).
struct RedactStats {
  uint64_t findings = 0;           // findings seen
  uint64_t transformed = 0;        // values rewritten
  uint64_t fpe_fallbacks = 0;      // values fpe could not keep valid; replaced instead
  uint64_t dropped_fields = 0;
  uint64_t malformed_records = 0;  // redacted as plain text
  uint64_t revealed = 0;           // reveal: values decrypted
  uint64_t not_revealed = 0;       // reveal: fpe-ruled findings that did not decrypt
};

class Redactor {
 public:
  enum class Mode { kRedact, kReveal };
  // Compiles rules for a scanner. `key` may be null when no keyed operator is used; it is
  // copied (subkeys are derived per operator and context). kInvalidArgument for rules that
  // name unknown types or need a missing key.
  static Result<std::unique_ptr<Redactor>> Create(const Scanner& scanner, const RedactRules& rules,
                                                  const RedactKey* key, std::string context,
                                                  Mode mode = Mode::kRedact);
  ~Redactor();

  // The replacement for one finding under the rules (type rule, or the rule of `field`).
  // Empty optional: keep the bytes as they are. For tests and single values.
  std::optional<std::string> RedactValue(TypeId type, std::string_view value,
                                         std::string_view field = {}) const;
  // reveal: the original of an fpe / ip_prefix output, or an error (kInvalidArgument) when the
  // value is not one the rules encrypt.
  Result<std::string> RevealValue(TypeId type, std::string_view token) const;

  const Scanner& scanner() const;
  Mode mode() const;
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Redactor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Where redacted bytes go: called on the job's calling thread, in input order.
class RedactOutput : public ScanObserver {
 public:
  // The redacted bytes of the current input (a run of whole records).
  virtual Status Write(const InputInfo& input, std::string_view bytes) = 0;
};

struct RedactJobOptions {
  bool strict = false;  // a malformed record stops the run (exit 2) instead of a warning
};

struct RedactJobSummary {
  ScanJobSummary scan;
  RedactStats stats;
  bool stopped_strict = false;  // --strict stopped at a malformed record
  Status write_error;           // the first failed Write, if any
};

RedactJobSummary RunRedactJob(const Redactor& redactor, const ScanJobOptions& options,
                              const RedactJobOptions& redact_options, RedactOutput& output);

}  // namespace piguard
