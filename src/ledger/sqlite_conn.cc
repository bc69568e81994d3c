// SQLite connection for the ledger: WAL journal with synchronous=FULL, so a COMMIT that returned
// is on disk (the WAL is fsync'ed at every commit); a busy timeout so that several processes on
// one file wait for each other's write lock instead of failing.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <unordered_map>

#include "ledger/db.h"

namespace piguard::ledger {
namespace {

// "$12" -> "?12" outside string literals: SQLite binds ?NNN by number.
std::string ToSqlitePlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size());
  bool in_quote = false;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'') in_quote = !in_quote;
    if (!in_quote && c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out += '?';
      continue;
    }
    out += c;
  }
  return out;
}

class SqliteConn final : public Conn {
 public:
  SqliteConn(ParsedUrl url, LedgerOptions options)
      : url_(std::move(url)), options_(std::move(options)) {}
  ~SqliteConn() override { Close(); }

  Status Open() {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (options_.create_if_missing) flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(url_.target.c_str(), &db_, flags, nullptr);
    if (rc == SQLITE_CANTOPEN && !options_.create_if_missing) {
      Close();
      return NotFound("ledger " + url_.display +
                      ": no such SQLite database (check the path given to --ledger)");
    }
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      Close();
      return IoError("ledger " + url_.display + ": cannot open the SQLite database: " + msg +
                     " (check that the directory exists and is writable)");
    }
    sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
    sqlite3_extended_result_codes(db_, 1);
    // WAL lets readers run while the committer writes; synchronous=FULL makes every commit
    // durable (NORMAL would only make it atomic). journal_mode answers with the mode it got.
    // Switching a new database to WAL needs its exclusive lock. When several connections
    // open it at once, SQLite answers SQLITE_BUSY at once instead of calling the busy handler
    // (waiting could deadlock two connections that both hold a shared lock), so the switch
    // is retried here until the busy timeout has passed.
    std::vector<Row> rows;
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.busy_timeout_ms);
    for (int attempt = 0;; ++attempt) {
      rows.clear();
      Status s = Run("PRAGMA journal_mode=WAL", {}, &rows);
      if (s.ok()) break;
      const int code = sqlite3_errcode(db_) & 0xff;
      if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) ||
          std::chrono::steady_clock::now() >= deadline)
        return s;
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << std::min(attempt, 5), 25)));
    }
    if (rows.empty() || rows[0].empty() || rows[0][0] != "wal")
      return IoError("ledger " + url_.display +
                     ": SQLite refused WAL journal mode (got '" +
                     (rows.empty() || rows[0].empty() ? std::string() : rows[0][0]) +
                     "'); use a file on a local file system");
    return Exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF;");
  }

  Backend backend() const override { return Backend::kSqlite; }

  Status Exec(std::string_view sql) override {
    char* err = nullptr;
    std::string text(sql);
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      return Error(msg, text);
    }
    return Status::Ok();
  }

  Status Run(const std::string& sql, std::span<const Param> params,
             std::vector<Row>* rows) override {
    sqlite3_stmt* stmt = nullptr;
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      stmt = it->second;
    } else {
      std::string text = ToSqlitePlaceholders(sql);
      int rc = sqlite3_prepare_v3(db_, text.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt,
                                  nullptr);
      if (rc != SQLITE_OK) return Error(sqlite3_errmsg(db_), sql);
      cache_.emplace(sql, stmt);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      int rc;
      if (const auto* v = std::get_if<int64_t>(&params[i]))
        rc = sqlite3_bind_int64(stmt, static_cast<int>(i + 1), *v);
      else {
        auto sv = std::get<std::string_view>(params[i]);
        rc = sqlite3_bind_text(stmt, static_cast<int>(i + 1), sv.data(),
                               static_cast<int>(sv.size()), SQLITE_STATIC);
      }
      if (rc != SQLITE_OK) return Error(sqlite3_errmsg(db_), sql);
    }
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        std::string msg = sqlite3_errmsg(db_);
        sqlite3_reset(stmt);
        return Error(msg, sql);
      }
      if (!rows) continue;
      int n = sqlite3_column_count(stmt);
      Row row;
      row.reserve(n);
      for (int c = 0; c < n; ++c) {
        const auto* p = sqlite3_column_text(stmt, c);
        int len = sqlite3_column_bytes(stmt, c);
        row.emplace_back(p ? std::string(reinterpret_cast<const char*>(p), len) : std::string());
      }
      rows->push_back(std::move(row));
    }
    sqlite3_reset(stmt);  // ends the statement's implicit read transaction
    return Status::Ok();
  }

  bool Broken() const override { return db_ == nullptr; }
  Status Reconnect() override {
    Close();
    return Open();
  }

 private:
  Status Error(const std::string& msg, std::string_view sql) const {
    std::string first_line(sql.substr(0, sql.find('\n')));
    if (first_line.size() > 80) first_line = first_line.substr(0, 80) + "...";
    std::string hint;
    if (msg.find("locked") != std::string::npos || msg.find("busy") != std::string::npos)
      hint = " (another process holds the write lock longer than the busy timeout)";
    else if (msg.find("readonly") != std::string::npos)
      hint = " (make the database file and its directory writable)";
    return IoError("ledger " + url_.display + ": SQLite: " + msg + " in: " + first_line + hint);
  }
  void Close() {
    for (auto& [k, s] : cache_) sqlite3_finalize(s);
    cache_.clear();
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
  }

  ParsedUrl url_;
  LedgerOptions options_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<Conn>> ConnectSqlite(const ParsedUrl& url, const LedgerOptions& options) {
  auto conn = std::make_unique<SqliteConn>(url, options);
  if (Status s = conn->Open(); !s.ok()) return s;
  return std::unique_ptr<Conn>(std::move(conn));
}

}  // namespace piguard::ledger
