// A fresh, empty ledger location per test, on either backend:
//   sqlite      a database file in a new temporary directory
//   postgresql  a new schema on the test server started by scripts/pg_test_server.sh (ctest
//               fixture `pg`), selected through the URL's search_path option
// The PostgreSQL server URL comes from PIGUARD_TEST_PG_URL, or from the file named by
// PIGUARD_TEST_PG_URL_FILE (written by the fixture).
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "ledger/db.h"

namespace piguard::ledger::testing {

// The test server's base URL, or "" with *why set when there is none.
inline std::string PgBaseUrl(std::string* why) {
  if (const char* u = std::getenv("PIGUARD_TEST_PG_URL"); u && *u) return u;
  const char* f = std::getenv("PIGUARD_TEST_PG_URL_FILE");
  if (f && *f) {
    std::ifstream in(f);
    std::string url;
    if (in && std::getline(in, url) && !url.empty()) return url;
    *why = std::string("cannot read the PostgreSQL test URL from ") + f +
           " (did the ctest fixture pg.start run? see scripts/pg_test_server.sh)";
    return "";
  }
  *why =
      "no PostgreSQL test server: run the tests through ctest (fixture pg.start), or start one "
      "with `scripts/pg_test_server.sh start DIR` and set PIGUARD_TEST_PG_URL to its URL";
  return "";
}

class ScratchLedger {
 public:
  // backend: "sqlite" or "postgresql". On failure url() is "" and error() says why.
  explicit ScratchLedger(const std::string& backend) : backend_(backend) {
    static std::atomic<int> counter{0};
    std::random_device rd;
    std::string tag = std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" +
                      std::to_string(rd() % 1000000);
    if (backend == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("piguard-ledger-test-" + tag);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "ledger.db").string();
      return;
    }
    std::string base = PgBaseUrl(&error_);
    if (base.empty()) return;
    schema_ = "t_" + tag;
    if (Status s = ExecRawSql(base, "CREATE SCHEMA " + schema_); !s.ok()) {
      error_ = s.message();
      return;
    }
    base_ = base;
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") +
           "options=-csearch_path%3D" + schema_;
  }
  ~ScratchLedger() {
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
    }
    if (!schema_.empty()) (void)ExecRawSql(base_, "DROP SCHEMA " + schema_ + " CASCADE");
  }
  const std::string& url() const { return url_; }
  const std::string& error() const { return error_; }

 private:
  std::string backend_;
  std::filesystem::path dir_;
  std::string base_, schema_, url_, error_;
};

}  // namespace piguard::ledger::testing
