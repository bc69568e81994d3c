// Scan configuration: which types to report, how sure a finding must be, custom types,
// allow and deny lists. Loaded from YAML (see docs/config.md and config/default.yaml).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/finding.h"
#include "piguard/status.h"

namespace piguard {

struct TypeOptions {
  bool enabled = true;                        // report this type at all
  std::optional<Likelihood> min_likelihood;   // overrides ScanConfig::min_likelihood
};

// A user-defined type, matched by an RE2 regex or a dictionary of exact terms.
struct CustomTypeConfig {
  std::string name;                      // output type name, e.g. "EMPLOYEE_ID" ([A-Z0-9_]+)
  bool enabled = true;                   // report this type at all
  std::string regex;                     // RE2 syntax; exactly one of regex / dictionary
  std::vector<std::string> dictionary;   // exact terms (case-sensitive unless ignore_case)
  bool ignore_case = false;
  // Check applied to the matched text: "none", "luhn", "mod11_2" (resident ID check char).
  std::string validator = "none";
  Likelihood likelihood = Likelihood::kLikely;  // base likelihood of a validated match
  std::vector<std::string> hotwords;            // raise likelihood by one step when nearby
  std::string source;                           // "file:line" of the definition, for errors
};

struct ScanConfig {
  // Findings below this likelihood are not reported. Default POSSIBLE.
  Likelihood min_likelihood = Likelihood::kPossible;
  std::array<TypeOptions, kBuiltinTypeCount> types{};
  std::vector<CustomTypeConfig> custom_types;
  // Values never reported (exact match of the found text, e.g. a published hotline).
  std::vector<std::string> allow_values;
  // RE2 patterns; a finding whose whole value matches one is not reported.
  std::vector<std::string> allow_patterns;
  // Values always reported, as the given type at VERY_LIKELY, wherever they occur.
  struct DenyEntry {
    std::string type;   // a built-in type name or a custom type's name
    std::string value;
  };
  std::vector<DenyEntry> deny_values;
  // How many characters (not bytes) before a candidate are searched for hotwords.
  int hotword_window = 24;
};

// Parses a YAML configuration. `source_name` is used in error messages
// ("<source_name>:<line>:<col>: <what is wrong>"). Unknown keys are errors.
Result<ScanConfig> ParseScanConfig(std::string_view yaml_text, std::string_view source_name);
// Reads and parses a YAML configuration file.
Result<ScanConfig> LoadScanConfig(const std::string& path);

}  // namespace piguard
