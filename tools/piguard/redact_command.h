// `piguard redact` and `piguard reveal` (docs/redact.md).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace piguard::cli {

struct RedactFlags {
  std::vector<std::string> paths;
  std::string input_format = "auto";
  std::string encoding = "auto";
  std::string config;           // scan configuration
  std::string rules;            // redact rules (default: built-in)
  std::string context;
  std::string key_file;
  std::string key_env;
  std::string output;
  std::string manifest;
  std::string type;             // reveal --type: tokens of this type, one per line on stdin
  std::vector<std::string> include_globs;
  std::vector<std::string> exclude_globs;
  bool line_buffered = false;
  bool strict = false;
  bool no_header = false;
  bool binary = false;
  bool quiet = false;
  int threads = 1;
};

CLI::App* AddRedactCommand(CLI::App& app, RedactFlags* flags);
CLI::App* AddRevealCommand(CLI::App& app, RedactFlags* flags);
int RunRedact(const RedactFlags& flags, bool reveal);

}  // namespace piguard::cli
