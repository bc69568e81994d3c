// `piguard audit verify | export | trustee-report`: check and read the hash-chained audit log of
// a ledger (docs/ledger.md), and report what was provided to a trustee (docs/serve.md). Both open the ledger read-only in spirit: no migrations, no new SQLite file.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace piguard::cli {

// Exit codes of `piguard audit verify`.
inline constexpr int kExitAuditValid = 0;     // the whole chain verifies
inline constexpr int kExitAuditTampered = 1;  // a record was modified, deleted, inserted, moved
// 2 (kExitError): the ledger could not be opened or read, or a usage error.

struct AuditFlags {
  std::string ledger;  // URL: sqlite:PATH, PATH or postgresql://...
  // verify
  std::string verify_format = "text";
  // export
  std::string from;  // RFC 3339 time, YYYY-MM-DD, or milliseconds since the epoch
  std::string to;
  std::string subscriber;
  std::string principal;
  std::string action;
  std::string trustee;  // export: only records about this trustee; trustee-report: required
  std::string output = "-";
  // trustee-report
  std::string report_format = "json";
  std::string rules;  // optional: the rules, to show the trustee's contract as written there

  CLI::App* verify = nullptr;
  CLI::App* export_ = nullptr;
  CLI::App* trustee_report = nullptr;
};

CLI::App* AddAuditCommand(CLI::App& app, AuditFlags* flags);
int RunAudit(const AuditFlags& flags);

}  // namespace piguard::cli
