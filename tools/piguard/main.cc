// piguard command-line entry point: one subcommand per capability. Each subcommand parses its
// flags and calls the library; see docs/ for the user guide.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "tools/piguard/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"piguard: find and protect the personal information of telecom and Internet users"};
  app.set_version_flag("--version", std::string("piguard ") + PIGUARD_VERSION);
  app.require_subcommand(1);
  piguard::cli::ScanFlags scan_flags;
  CLI::App* scan = piguard::cli::AddScanCommand(app, &scan_flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; usage errors exit 2 (documented in docs/scan.md).
    int rc = app.exit(e);
    return rc == 0 ? 0 : piguard::cli::kExitError;
  }
  if (scan->parsed()) return piguard::cli::RunScan(scan_flags);
  return piguard::cli::kExitError;
}
