#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace piguard::cli {

// Exit codes of `piguard scan` (docs/scan.md): a release gate can rely on them.
inline constexpr int kExitClean = 0;  // scanned everything, no PI at or above the threshold
inline constexpr int kExitFound = 1;  // PI found
inline constexpr int kExitError = 2;  // usage or configuration error, or an input/output failed

struct ScanFlags {
  std::vector<std::string> paths;
  std::string format = "summary";
  std::string input_format = "auto";
  std::string encoding = "auto";
  std::string config;
  std::string min_confidence;
  std::vector<std::string> types;
  std::vector<std::string> exclude_types;
  std::vector<std::string> include_globs;
  std::vector<std::string> exclude_globs;
  std::string output;
  bool show_values = false;
  bool no_preview = false;
  bool no_header = false;
  bool binary = false;
  bool ocr = false;
  bool quiet = false;
  bool progress = false;
  bool no_progress = false;
  int threads = 0;
};

CLI::App* AddScanCommand(CLI::App& app, ScanFlags* flags);
int RunScan(const ScanFlags& flags);

}  // namespace piguard::cli
