// `piguard policy check | render | diff`: flags and entry points (docs/policy.md).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace piguard::cli {

struct PolicyFlags {
  // check
  std::vector<std::string> check_files;
  std::string check_format = "text";
  std::string date;          // YYYY-MM-DD; empty = today (local time)
  bool strict = false;       // warnings count like errors for the exit code
  // render
  std::string render_file;
  std::string lang;
  std::string render_format = "html";
  std::string output;
  // diff
  std::string old_file;
  std::string new_file;
  std::string diff_format = "text";

  CLI::App* check = nullptr;
  CLI::App* render = nullptr;
  CLI::App* diff = nullptr;
};

CLI::App* AddPolicyCommand(CLI::App& app, PolicyFlags* flags);
int RunPolicy(const PolicyFlags& flags);

}  // namespace piguard::cli
