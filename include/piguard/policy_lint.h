// Lint: checks a loaded policy against the duties of MIIT Order No. 24 (and the PIPL where it
// sharpens them). Each rule has a stable id (P001...), a fixed severity and the article it
// enforces; docs/policy.md lists them all. Loading already rejected everything that is
// malformed; lint finds what is well-formed but unlawful or incomplete.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "piguard/policy.h"

namespace piguard::policy {

enum class Severity { kWarning, kError };
std::string_view SeverityName(Severity s);  // "warning", "error"

struct LintRule {
  std::string_view id;       // "P001"; never reused for another meaning
  Severity severity;
  std::string_view article;  // "Order 24 Art. 9; PIPL Art. 29"
  std::string_view title;    // one line: what the rule forbids
};
// Every rule, in id order.
const std::vector<LintRule>& LintRules();

struct LintFinding {
  std::string rule;          // "P001"
  Severity severity = Severity::kError;
  std::string article;
  SourcePos pos;             // where in the policy file
  std::string message;       // what is wrong, naming the elements
  std::string fix;           // how to fix it
};

struct LintOptions {
  // "Today" for contract validity (P005-P007). Injected so checks are reproducible; the CLI
  // passes --date or the local date.
  Date today;
  // A contract ending within this many days of `today` is reported (P006).
  int expiry_warning_days = 30;
};

// All findings, ordered by position in the file, then rule id. Pure: no I/O, no clock.
std::vector<LintFinding> Lint(const Policy& policy, const LintOptions& options);

}  // namespace piguard::policy
