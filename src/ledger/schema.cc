// Versioned schema migrations. Each migration has a number, a name and its statements for each
// backend; migrations are append-only (never edit a released one, add the next number). Open()
// applies the missing ones in order, each in its own transaction together with its
// schema_migrations row, so a crash leaves the schema at a whole version. A cross-process lock
// (SQLite: the write lock of BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock)
// makes concurrent starts of several nodes apply each migration exactly once.
#include <chrono>
#include <string>
#include <vector>

#include "ledger/db.h"

namespace piguard::ledger {
namespace {

struct Migration {
  int version;
  const char* name;
  const char* sqlite;
  const char* postgres;
};

// The audit log, its one-row chain head, consent events and rules versions.
constexpr const char* kV1Sqlite = R"sql(
CREATE TABLE audit_log (
  seq           INTEGER PRIMARY KEY,
  time_ms       INTEGER NOT NULL,
  principal     TEXT NOT NULL,
  role          TEXT NOT NULL,
  remote_addr   TEXT NOT NULL,
  request_id    TEXT NOT NULL,
  action        TEXT NOT NULL,
  subscriber_id TEXT NOT NULL,
  service       TEXT NOT NULL,
  purpose       TEXT NOT NULL,
  decision      TEXT NOT NULL,
  reason        TEXT NOT NULL,
  article       TEXT NOT NULL,
  detail_json   TEXT NOT NULL,
  prev_hash     TEXT NOT NULL,
  hash          TEXT NOT NULL);
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE consent_events (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  subscriber_id TEXT NOT NULL,
  service_id    TEXT NOT NULL,
  purpose_id    TEXT NOT NULL,
  granted       INTEGER NOT NULL CHECK (granted IN (0, 1)),
  rules_hash    TEXT NOT NULL,
  time_ms       INTEGER NOT NULL,
  principal     TEXT NOT NULL,
  audit_seq     INTEGER NOT NULL UNIQUE);
CREATE INDEX consent_events_lookup
  ON consent_events (subscriber_id, service_id, purpose_id, audit_seq);
CREATE TABLE rules_versions (
  hash           TEXT PRIMARY KEY,
  canonical_json TEXT NOT NULL,
  stored_at_ms   INTEGER NOT NULL);
)sql";

constexpr const char* kV1Postgres = R"sql(
CREATE TABLE audit_log (
  seq           BIGINT PRIMARY KEY,
  time_ms       BIGINT NOT NULL,
  principal     TEXT NOT NULL,
  role          TEXT NOT NULL,
  remote_addr   TEXT NOT NULL,
  request_id    TEXT NOT NULL,
  action        TEXT NOT NULL,
  subscriber_id TEXT NOT NULL,
  service       TEXT NOT NULL,
  purpose       TEXT NOT NULL,
  decision      TEXT NOT NULL,
  reason        TEXT NOT NULL,
  article       TEXT NOT NULL,
  detail_json   TEXT NOT NULL,
  prev_hash     TEXT NOT NULL,
  hash          TEXT NOT NULL);
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  BIGINT NOT NULL,
  hash TEXT NOT NULL);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE consent_events (
  id            BIGSERIAL PRIMARY KEY,
  subscriber_id TEXT NOT NULL,
  service_id    TEXT NOT NULL,
  purpose_id    TEXT NOT NULL,
  granted       INTEGER NOT NULL CHECK (granted IN (0, 1)),
  rules_hash    TEXT NOT NULL,
  time_ms       BIGINT NOT NULL,
  principal     TEXT NOT NULL,
  audit_seq     BIGINT NOT NULL UNIQUE);
CREATE INDEX consent_events_lookup
  ON consent_events (subscriber_id, service_id, purpose_id, audit_seq);
CREATE TABLE rules_versions (
  hash           TEXT PRIMARY KEY,
  canonical_json TEXT NOT NULL,
  stored_at_ms   BIGINT NOT NULL);
)sql";

// Indexes for `piguard audit export` filters (same SQL on both backends).
constexpr const char* kV2 = R"sql(
CREATE INDEX audit_log_time ON audit_log (time_ms, seq);
CREATE INDEX audit_log_subscriber ON audit_log (subscriber_id, seq);
CREATE INDEX audit_log_principal ON audit_log (principal, seq);
CREATE INDEX consent_events_subscriber ON consent_events (subscriber_id, audit_seq);
)sql";

// Processing events: subscriber terminations, correction requests and their status, bulk access
// requests, approvals and uses, disclosures to trustees (docs/ledger.md, "Processing events").
// Append-only; each row is written in the same transaction as its audit entry (audit_seq).
constexpr const char* kV3Sqlite = R"sql(
CREATE TABLE processing_events (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  kind          TEXT NOT NULL,
  subscriber_id TEXT NOT NULL,
  trustee_id    TEXT NOT NULL,
  contract      TEXT NOT NULL,
  service       TEXT NOT NULL,
  purpose       TEXT NOT NULL,
  status        TEXT NOT NULL,
  ref           INTEGER NOT NULL,
  detail_json   TEXT NOT NULL,
  time_ms       INTEGER NOT NULL,
  principal     TEXT NOT NULL,
  audit_seq     INTEGER NOT NULL UNIQUE);
CREATE INDEX processing_events_subscriber ON processing_events (subscriber_id, kind, audit_seq);
CREATE INDEX processing_events_trustee ON processing_events (trustee_id, time_ms);
CREATE INDEX processing_events_ref ON processing_events (ref, kind);
CREATE INDEX processing_events_kind ON processing_events (kind, audit_seq);
)sql";

constexpr const char* kV3Postgres = R"sql(
CREATE TABLE processing_events (
  id            BIGSERIAL PRIMARY KEY,
  kind          TEXT NOT NULL,
  subscriber_id TEXT NOT NULL,
  trustee_id    TEXT NOT NULL,
  contract      TEXT NOT NULL,
  service       TEXT NOT NULL,
  purpose       TEXT NOT NULL,
  status        TEXT NOT NULL,
  ref           BIGINT NOT NULL,
  detail_json   TEXT NOT NULL,
  time_ms       BIGINT NOT NULL,
  principal     TEXT NOT NULL,
  audit_seq     BIGINT NOT NULL UNIQUE);
CREATE INDEX processing_events_subscriber ON processing_events (subscriber_id, kind, audit_seq);
CREATE INDEX processing_events_trustee ON processing_events (trustee_id, time_ms);
CREATE INDEX processing_events_ref ON processing_events (ref, kind);
CREATE INDEX processing_events_kind ON processing_events (kind, audit_seq);
)sql";

// A bulk access approval is given once and spent once, even when two nodes race: the
// database, not the service, refuses a second approval or a second use of the same request.
constexpr const char* kV4 = R"sql(
CREATE UNIQUE INDEX processing_events_bulk_approve_once ON processing_events (ref)
  WHERE kind = 'access.bulk_approve';
CREATE UNIQUE INDEX processing_events_bulk_use_once ON processing_events (ref)
  WHERE kind = 'access.bulk_use';
)sql";

// The optional categories of a grant, as a JSON array of category ids; '' marks rows written
// before this column existed (their audit entry's detail carries the categories).
constexpr const char* kV5 = R"sql(
ALTER TABLE consent_events ADD COLUMN optional_categories TEXT NOT NULL DEFAULT '';
)sql";

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "audit log, chain head, consent events, rules versions", kV1Sqlite, kV1Postgres},
      {2, "indexes for export filters and consent history", kV2, kV2},
      {3, "processing events: terminations, corrections, bulk approvals, disclosures", kV3Sqlite,
       kV3Postgres},
      {4, "one approval and one use per bulk access request", kV4, kV4},
      {5, "optional categories of a consent", kV5, kV5},
  };
  return kMigrations;
}

// Any constant works; it only has to be the same in every piguard process.
constexpr const char* kPgLock = "SELECT pg_advisory_xact_lock(7240117001)";

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Result<int> CurrentVersion(Conn& conn) {
  std::vector<Row> rows;
  if (Status s = conn.Run("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", {}, &rows);
      !s.ok())
    return s;
  if (rows.empty() || rows[0].empty()) return 0;
  return std::stoi(rows[0][0]);
}

}  // namespace

int SchemaVersion() { return Migrations().back().version; }

Status Migrate(Conn& conn, const std::string& display_url, bool apply) {
  const bool pg = conn.backend() == Backend::kPostgres;
  const char* create =
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)";
  auto rollback = [&] { (void)conn.Exec("ROLLBACK"); };
  // Concurrent CREATE TABLE IF NOT EXISTS can still collide on PostgreSQL; the lock prevents it.
  if (Status s = conn.Exec(pg ? std::string("BEGIN; ") + kPgLock + "; " + create + "; COMMIT"
                              : std::string("BEGIN IMMEDIATE; ") + create + "; COMMIT");
      !s.ok()) {
    rollback();
    return s;
  }
  for (const Migration& m : Migrations()) {
    if (Status s = conn.Exec(pg ? std::string("BEGIN; ") + kPgLock : "BEGIN IMMEDIATE");
        !s.ok()) {
      rollback();
      return s;
    }
    auto current = CurrentVersion(conn);
    if (!current.ok()) {
      rollback();
      return current.status();
    }
    if (current.value() > SchemaVersion()) {
      rollback();
      return InvalidArgument("ledger " + display_url + ": the database schema is version " +
                             std::to_string(current.value()) +
                             ", newer than this piguard supports (" +
                             std::to_string(SchemaVersion()) +
                             "); upgrade piguard to a release that knows it");
    }
    if (current.value() >= m.version) {
      rollback();
      continue;
    }
    if (!apply) {
      rollback();
      return InvalidArgument("ledger " + display_url + ": the database schema is version " +
                             std::to_string(current.value()) + ", this piguard needs " +
                             std::to_string(SchemaVersion()) +
                             "; open it with migrations enabled");
    }
    if (current.value() != m.version - 1) {
      rollback();
      return InvalidArgument("ledger " + display_url + ": schema version " +
                             std::to_string(current.value()) + " cannot be followed by " +
                             std::to_string(m.version) + " (schema_migrations was edited?)");
    }
    Status s = conn.Exec(pg ? m.postgres : m.sqlite);
    if (s.ok()) {
      int64_t version = m.version;
      Param params[] = {version, std::string_view(m.name), NowMs()};
      s = conn.Run("INSERT INTO schema_migrations (version, name, applied_at_ms) "
                   "VALUES ($1, $2, $3)",
                   params);
    }
    if (s.ok()) s = conn.Exec("COMMIT");
    if (!s.ok()) {
      rollback();
      return Status(s.code(), s.message() + " (while applying schema migration " +
                                  std::to_string(m.version) + "; nothing of it was kept)");
    }
  }
  return Status::Ok();
}

}  // namespace piguard::ledger
