// PostgreSQL connection for the ledger, on libpq. Statements run with PQexecParams-style text
// parameters; hot statements are prepared once per connection (PQprepare) and cached by text.
// The session runs in UTC with READ COMMITTED (the default): each statement sees every
// transaction committed before it started, which is what "a write acknowledged by one node is
// visible to the others at once" needs.
#include <libpq-fe.h>

#include <string>
#include <unordered_map>

#include "ledger/db.h"

namespace piguard::ledger {
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

class PgConn final : public Conn {
 public:
  PgConn(ParsedUrl url, LedgerOptions options)
      : url_(std::move(url)), options_(std::move(options)) {}
  ~PgConn() override {
    if (pg_) PQfinish(pg_);
  }

  Status Open() {
    if (pg_) PQfinish(pg_);
    cache_.clear();
    // Keywords override nothing the URL sets: expand_dbname=1 parses the URL / conninfo first,
    // and later keywords only fill in what it lacks (libpq applies them in order; the
    // connect_timeout default goes first so the URL's own value wins).
    std::string timeout = std::to_string(options_.connect_timeout_s);
    const char* keys[] = {"connect_timeout", "dbname", "application_name", nullptr};
    const char* vals[] = {timeout.c_str(), url_.target.c_str(), "piguard", nullptr};
    pg_ = PQconnectdbParams(keys, vals, /*expand_dbname=*/1);
    if (!pg_ || PQstatus(pg_) != CONNECTION_OK) {
      std::string msg = pg_ ? Trim(PQerrorMessage(pg_)) : "out of memory";
      if (pg_) PQfinish(pg_);
      pg_ = nullptr;
      return IoError("ledger " + url_.display + ": cannot connect to PostgreSQL: " + msg +
                     " (check the URL, that the server is running and accepts this user)");
    }
    return Exec("SET TIME ZONE 'UTC'; SET client_min_messages = warning;");
  }

  Backend backend() const override { return Backend::kPostgres; }

  Status Exec(std::string_view sql) override {
    if (!pg_) return Gone();
    std::string text(sql);
    PGresult* r = PQexec(pg_, text.c_str());
    Status s = Check(r, text);
    PQclear(r);
    return s;
  }

  Status Run(const std::string& sql, std::span<const Param> params,
             std::vector<Row>* rows) override {
    if (!pg_) return Gone();
    std::vector<std::string> ints;  // text forms of integer parameters
    ints.reserve(params.size());
    std::vector<const char*> values(params.size());
    std::vector<int> lengths(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      if (const auto* v = std::get_if<int64_t>(&params[i])) {
        ints.push_back(std::to_string(*v));
        values[i] = ints.back().c_str();
        lengths[i] = static_cast<int>(ints.back().size());
      } else {
        // Text-format parameters are NUL-terminated C strings for libpq; the ledger rejects
        // NUL bytes in fields before they get here, so a copy with a terminator suffices.
        auto sv = std::get<std::string_view>(params[i]);
        ints.emplace_back(sv);
        values[i] = ints.back().c_str();
        lengths[i] = static_cast<int>(sv.size());
      }
    }
    auto it = cache_.find(sql);
    std::string name;
    if (it == cache_.end()) {
      name = std::to_string(cache_.size() + 1);
      name.insert(0, 1, 's');
      PGresult* p = PQprepare(pg_, name.c_str(), sql.c_str(), 0, nullptr);
      Status s = Check(p, sql);
      PQclear(p);
      if (!s.ok()) return s;
      cache_.emplace(sql, name);
    } else {
      name = it->second;
    }
    PGresult* r = PQexecPrepared(pg_, name.c_str(), static_cast<int>(params.size()),
                                 values.data(), lengths.data(), nullptr, 0);
    Status s = Check(r, sql);
    if (s.ok() && rows && PQresultStatus(r) == PGRES_TUPLES_OK) {
      int n = PQntuples(r), m = PQnfields(r);
      rows->reserve(rows->size() + n);
      for (int i = 0; i < n; ++i) {
        Row row;
        row.reserve(m);
        for (int c = 0; c < m; ++c)
          row.emplace_back(PQgetvalue(r, i, c), static_cast<size_t>(PQgetlength(r, i, c)));
        rows->push_back(std::move(row));
      }
    }
    PQclear(r);
    return s;
  }

  bool Broken() const override { return !pg_ || PQstatus(pg_) != CONNECTION_OK; }
  Status Reconnect() override { return Open(); }

 private:
  Status Gone() const {
    return IoError("ledger " + url_.display + ": not connected to PostgreSQL");
  }
  Status Check(PGresult* r, std::string_view sql) {
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
      return Status::Ok();
    std::string msg = r ? Trim(PQresultErrorMessage(r)) : "";
    if (msg.empty()) msg = Trim(PQerrorMessage(pg_));
    std::string first_line(sql.substr(0, sql.find('\n')));
    if (first_line.size() > 80) first_line = first_line.substr(0, 80) + "...";
    std::string hint;
    if (PQstatus(pg_) != CONNECTION_OK) hint = " (connection lost; will reconnect)";
    return IoError("ledger " + url_.display + ": PostgreSQL: " + msg + " in: " + first_line +
                   hint);
  }

  ParsedUrl url_;
  LedgerOptions options_;
  PGconn* pg_ = nullptr;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

Result<std::unique_ptr<Conn>> ConnectPostgres(const ParsedUrl& url, const LedgerOptions& options) {
  auto conn = std::make_unique<PgConn>(url, options);
  if (Status s = conn->Open(); !s.ok()) return s;
  return std::unique_ptr<Conn>(std::move(conn));
}

}  // namespace piguard::ledger
