// piguard command-line entry point: one subcommand per capability. Each subcommand parses its
// flags and calls the library; see docs/ for the user guide.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "tools/piguard/audit_command.h"
#include "tools/piguard/commands.h"
#include "tools/piguard/policy_command.h"
#include "tools/piguard/redact_command.h"
#include "tools/piguard/serve_command.h"

int main(int argc, char** argv) {
  CLI::App app{"piguard: find and protect the personal information of telecom and Internet users"};
  app.set_version_flag("--version", std::string("piguard ") + PIGUARD_VERSION);
  app.require_subcommand(1);
  piguard::cli::ScanFlags scan_flags;
  CLI::App* scan = piguard::cli::AddScanCommand(app, &scan_flags);
  piguard::cli::PolicyFlags policy_flags;
  CLI::App* policy = piguard::cli::AddPolicyCommand(app, &policy_flags);
  piguard::cli::RedactFlags redact_flags;
  CLI::App* redact = piguard::cli::AddRedactCommand(app, &redact_flags);
  piguard::cli::RedactFlags reveal_flags;
  CLI::App* reveal = piguard::cli::AddRevealCommand(app, &reveal_flags);
  piguard::cli::ServeFlags serve_flags;
  CLI::App* serve = piguard::cli::AddServeCommand(app, &serve_flags);
  piguard::cli::AuditFlags audit_flags;
  CLI::App* audit = piguard::cli::AddAuditCommand(app, &audit_flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; usage errors exit 2 (documented in docs/scan.md).
    int rc = app.exit(e);
    return rc == 0 ? 0 : piguard::cli::kExitError;
  }
  if (scan->parsed()) return piguard::cli::RunScan(scan_flags);
  if (policy->parsed()) return piguard::cli::RunPolicy(policy_flags);
  if (redact->parsed()) return piguard::cli::RunRedact(redact_flags, /*reveal=*/false);
  if (reveal->parsed()) return piguard::cli::RunRedact(reveal_flags, /*reveal=*/true);
  if (serve->parsed()) return piguard::cli::RunServe(serve_flags);
  if (audit->parsed()) return piguard::cli::RunAudit(audit_flags);
  return piguard::cli::kExitError;
}
