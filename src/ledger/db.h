// The small SQL connection interface the ledger is written against, with one implementation per
// backend (sqlite_conn.cc, pg_conn.cc). Internal: the public API is include/piguard/ledger.h.
//
// SQL is written once for both backends, with $1..$n placeholders (SQLite's ?NNN is substituted
// by the SQLite connection). Results come back as text, NULL as "" (the ledger schema has no
// nullable columns). A Conn is used by one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "piguard/ledger.h"
#include "piguard/status.h"

namespace piguard::ledger {

// A bound parameter. string_view must stay valid for the duration of the call.
using Param = std::variant<int64_t, std::string_view>;
using Row = std::vector<std::string>;

enum class Backend { kSqlite, kPostgres };

class Conn {
 public:
  virtual ~Conn() = default;
  virtual Backend backend() const = 0;
  // Runs one or more statements without parameters or results (DDL, BEGIN, COMMIT).
  virtual Status Exec(std::string_view sql) = 0;
  // Runs one statement with parameters; appends result rows to *rows when given. The statement
  // is prepared once per connection and cached by its text, so hot statements skip parsing.
  virtual Status Run(const std::string& sql, std::span<const Param> params,
                     std::vector<Row>* rows = nullptr) = 0;
  // True when the connection is unusable (server gone); Reconnect() then tries again.
  virtual bool Broken() const = 0;
  virtual Status Reconnect() = 0;
};

struct ParsedUrl {
  Backend backend = Backend::kSqlite;
  std::string target;   // SQLite: the file path; PostgreSQL: the libpq conninfo / URI
  std::string display;  // for messages: the URL with any password replaced by "***"
};

// Splits a ledger URL (forms in ledger.h). kInvalidArgument for an empty or unusable URL.
Result<ParsedUrl> ParseLedgerUrl(const std::string& url);

// Opens one connection. SQLite connections are set to WAL, synchronous=FULL and the busy
// timeout; PostgreSQL connections to UTC and a connect timeout.
Result<std::unique_ptr<Conn>> ConnectSqlite(const ParsedUrl& url, const LedgerOptions& options);
Result<std::unique_ptr<Conn>> ConnectPostgres(const ParsedUrl& url, const LedgerOptions& options);
Result<std::unique_ptr<Conn>> Connect(const ParsedUrl& url, const LedgerOptions& options);

// Runs the schema migrations (schema.cc): creates schema_migrations, then applies every missing
// migration, each in its own transaction under a cross-process lock. Refuses a newer schema.
Status Migrate(Conn& conn, const std::string& display_url, bool apply);

// Encoding helpers shared by the ledger sources (encoding.cc).
std::string HexEncode(const uint8_t* data, size_t n);
bool IsSha256Hex(std::string_view s);       // 64 lower-case hex digits
std::string FormatTimeMs(int64_t time_ms);  // RFC 3339 UTC with milliseconds

// For tests and tools only: runs raw SQL (several statements) on the ledger at url, outside
// the Ledger object, e.g. to tamper with rows. Never used by the service.
Status ExecRawSql(const std::string& url, std::string_view sql);
// For tests: runs one query and returns its rows.
Result<std::vector<Row>> QueryRawSql(const std::string& url, const std::string& sql);

}  // namespace piguard::ledger
