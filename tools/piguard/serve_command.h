// `piguard serve`: the HTTP/JSON service (docs/serve.md), and `piguard serve hash-key`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace piguard::cli {

struct ServeFlags {
  std::string rules;
  std::string ledger;
  std::string keys;
  std::string listen = "127.0.0.1:8080";
  int threads = 128;
  int read_timeout = 10;
  int keep_alive_timeout = 5;
  size_t max_body = 1 << 20;
  int read_connections = 8;
  bool no_access_log = false;
  int bulk_threshold = 50;
  std::string key_file;
  std::string key_env;
  std::string now;  // fixed clock for tests and drills (docs/serve.md)
  CLI::App* hash_key = nullptr;
};

CLI::App* AddServeCommand(CLI::App& app, ServeFlags* flags);
int RunServe(const ServeFlags& flags);

}  // namespace piguard::cli
