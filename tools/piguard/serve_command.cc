// `piguard serve`: flags -> rules, keys, ledger, scanner -> Service -> HttpServer, with
// SIGTERM/SIGINT handled on a dedicated thread (graceful stop) so no handler code runs in
// signal context.
#include "tools/piguard/serve_command.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <optional>
#include <iterator>
#include <thread>

#include "crypto/keys.h"
#include "piguard/config.h"
#include "piguard/redact.h"
#include "piguard/ledger.h"
#include "piguard/policy.h"
#include "piguard/scanner.h"
#include "serve/auth.h"
#include "serve/gate.h"
#include "serve/ledger_store.h"
#include "serve/log.h"
#include "serve/metrics.h"
#include "serve/server.h"
#include "serve/service.h"
#include "tools/piguard/cli_common.h"
#include "tools/piguard/commands.h"

namespace piguard::cli {
namespace {

int HashKeyFromStdin() {
  std::string key((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
  if (key.size() < serve::kMinKeyLength) {
    PrintError("the key read from standard input is shorter than " + std::to_string(serve::kMinKeyLength) +
               " characters; make one with: head -c 32 /dev/urandom | base64");
    return kExitError;
  }
  if (key.find_first_of(" \t\n\r") != std::string::npos) {
    PrintError("the key contains white space; API keys are one token");
    return kExitError;
  }
  std::printf("%s\n", serve::HashKey(key).c_str());
  return kExitClean;
}

// "YYYY-MM-DDTHH:MM:SSZ" -> UTC ms since the epoch; nullopt when malformed.
std::optional<int64_t> ParseUtcTime(const std::string& s) {
  std::tm tm{};
  char z = 0;
  if (s.size() != 20 ||
      std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec, &z) != 7 ||
      z != 'Z')
    return std::nullopt;
  auto date = policy::Date::Parse(s.substr(0, 10));
  if (!date || tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 59) return std::nullopt;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<int64_t>(timegm(&tm)) * 1000;
}

bool ParseListen(const std::string& s, std::string* host, int* port) {
  size_t colon = s.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  *host = s.substr(0, colon);
  if (host->size() > 2 && host->front() == '[' && host->back() == ']') *host = host->substr(1, host->size() - 2);
  try {
    size_t used = 0;
    *port = std::stoi(s.substr(colon + 1), &used);
    return used == s.size() - colon - 1 && *port >= 0 && *port <= 65535;
  } catch (...) {
    return false;
  }
}

}  // namespace

CLI::App* AddServeCommand(CLI::App& app, ServeFlags* f) {
  CLI::App* cmd = app.add_subcommand("serve", "Run the consent ledger and collection gate as an HTTP/JSON service");
  cmd->add_option("--rules", f->rules, "Policy file in force (YAML, docs/policy.md)");
  cmd->add_option("--ledger", f->ledger, "Ledger URL: sqlite:PATH or postgresql://... (docs/ledger.md)");
  cmd->add_option("--keys", f->keys, "Keys file: principal, role and SHA-256 of each API key (docs/serve.md)");
  cmd->add_option("--listen", f->listen, "Address and port to listen on; port 0 picks a free one")
      ->capture_default_str();
  cmd->add_option("--threads", f->threads, "Worker threads = connections served at once")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  cmd->add_option("--read-timeout", f->read_timeout, "Seconds a client may stay silent mid-request")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_option("--keep-alive-timeout", f->keep_alive_timeout, "Seconds an idle keep-alive connection is kept")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_option("--max-body", f->max_body, "Largest request body in bytes")
      ->check(CLI::Range(size_t{1024}, size_t{64} << 20))
      ->capture_default_str();
  cmd->add_option("--read-connections", f->read_connections,
                  "Ledger connections for reads (consent look-ups); writes use the group committer")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_flag("--no-access-log", f->no_access_log, "Do not log one line per request (errors are still logged)");
  cmd->add_option("--bulk-threshold", f->bulk_threshold,
                  "Access requests naming more subscribers than this need a second person's approval")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--key-file", f->key_file,
                  "Key for the keyed de-identification trustee contracts require (mode 0600/0400; docs/redact.md)");
  cmd->add_option("--key-env", f->key_env, "Environment variable holding that key instead");
  cmd->add_option("--now", f->now,
                  "Fix the service clock at this UTC time (YYYY-MM-DDTHH:MM:SSZ); for tests and drills only");
  f->hash_key = cmd->add_subcommand("hash-key", "Read an API key from standard input and print its SHA-256 for the keys file");
  return cmd;
}

int RunServe(const ServeFlags& f) {
  if (f.hash_key && f.hash_key->parsed()) return HashKeyFromStdin();
  if (f.rules.empty() || f.ledger.empty() || f.keys.empty()) {
    PrintError("serve needs --rules FILE, --ledger URL and --keys FILE (see docs/serve.md)");
    return kExitError;
  }
  serve::ServerOptions opt;
  if (!ParseListen(f.listen, &opt.host, &opt.port)) {
    PrintError("--listen: expected HOST:PORT, e.g. 127.0.0.1:8080, got '" + f.listen + "'");
    return kExitError;
  }
  opt.threads = f.threads;
  opt.read_timeout_s = f.read_timeout;
  opt.keep_alive_timeout_s = f.keep_alive_timeout;
  opt.max_body_bytes = f.max_body;

  // Block the stop signals before any thread exists (the ledger starts its committer in
  // Open), so every thread inherits the mask and only the waiter below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGUSR1);  // internal: wakes the waiter when the server ends by itself
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  serve::JsonLog log;
  log.set_access_log(!f.no_access_log);
  auto rules = policy::LoadPolicy(f.rules);
  if (!rules.ok()) {
    PrintError(rules.status().message());
    return kExitError;
  }
  auto keys = serve::KeyRing::Load(f.keys);
  if (!keys.ok()) {
    PrintError(keys.status().message());
    return kExitError;
  }
  ScanConfig scan_config;
  auto scanner = Scanner::Create(scan_config);
  if (!scanner.ok()) {
    PrintError(scanner.status().message());
    return kExitError;
  }
  ledger::LedgerOptions ledger_options;
  ledger_options.read_connections = static_cast<size_t>(f.read_connections);
  auto opened = ledger::Open(f.ledger, ledger_options);
  if (!opened.ok()) {
    PrintError(opened.status().message());
    return kExitError;
  }
  std::shared_ptr<ledger::Ledger> ledger(std::move(opened.value()));
  std::unique_ptr<serve::Store> store = serve::MakeLedgerStore(ledger);
  serve::StoredSubscriberStatus subscriber_status(store.get());
  serve::Metrics metrics;
  serve::Service service(rules.value(), std::shared_ptr<const Scanner>(std::move(scanner.value())), store.get(),
                         &subscriber_status, &metrics);
  serve::ServiceOptions service_options;
  service_options.bulk_threshold = static_cast<size_t>(f.bulk_threshold);
  if (!f.key_file.empty() && !f.key_env.empty()) {
    PrintError("give either --key-file or --key-env, not both");
    return kExitError;
  }
  if (!f.key_file.empty() || !f.key_env.empty()) {
    auto loaded = f.key_file.empty() ? crypto::LoadKeyFromEnv(f.key_env) : crypto::LoadKeyFile(f.key_file);
    if (!loaded.ok()) {
      PrintError(loaded.status().message());
      return kExitError;
    }
    RedactKey key;
    key.id = loaded.value().id();
    auto bytes = loaded.value().bytes();
    std::copy(bytes.begin(), bytes.end(), key.bytes.begin());
    service_options.key = std::move(key);
  }
  if (!f.now.empty()) {
    auto fixed = ParseUtcTime(f.now);
    if (!fixed) {
      PrintError("--now: expected a UTC time YYYY-MM-DDTHH:MM:SSZ, got '" + f.now + "'");
      return kExitError;
    }
    int64_t ms = *fixed;
    service_options.clock = [ms] { return ms; };
  }
  service.set_options(service_options);
  if (Status s = service.Start(); !s.ok()) {
    PrintError("cannot record the rules in the ledger: " + s.message());
    return kExitError;
  }
  serve::HttpServer server(&service, &keys.value(), &metrics, &log, opt);
  if (Status s = server.Bind(); !s.ok()) {
    PrintError(s.message());
    return kExitError;
  }

  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (sig == SIGUSR1) return;
    log.Write("info", "stopping", {{"signal", sig == SIGTERM ? "SIGTERM" : "SIGINT"}});
    server.Stop();
    // A second signal ends the process at once, for an operator who will not wait.
    sigwait(&stop_signals, &sig);
    if (sig != SIGUSR1) _exit(kExitError);
  });

  log.Write("info", "started",
            {{"listen", opt.host + ":" + std::to_string(server.port())},
             {"port", server.port()},
             {"rules_version", rules.value()->model().version},
             {"rules_sha256", rules.value()->sha256()},
             {"ledger", ledger->display_url()},
             {"backend", std::string(ledger->backend())},
             {"threads", opt.threads},
             {"keys", keys.value().size()},
             {"deidentification_key", service_options.key ? service_options.key->id : std::string()},
             {"fixed_clock", f.now}});
  Status run = server.Run();
  pthread_kill(waiter.native_handle(), SIGUSR1);
  waiter.join();
  if (!run.ok()) {
    log.Write("error", "failed", {{"message", run.message()}});
    return kExitError;
  }
  log.Write("info", "stopped");
  return kExitClean;
}

}  // namespace piguard::cli
