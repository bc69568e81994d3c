// The ledger: consent events, rules versions and the tamper-evident (hash-chained) audit log
// that `piguard serve` writes and `piguard audit` verifies and exports (docs/ledger.md).
//
//   auto l = piguard::ledger::Open("sqlite:/var/lib/piguard/ledger.db", {});
//   if (!l.ok()) { ... l.status().message() ... }
//   piguard::ledger::AuditEntry e;
//   e.principal = "crm-frontend"; e.role = "collector"; e.action = "gate.decide"; ...
//   auto receipt = l.value()->Append(std::move(e));   // returns once the entry is durable
//
// Backends. One interface, two stores, chosen by the URL given to Open():
//   sqlite:PATH, or a plain PATH      embedded SQLite file (WAL, synchronous=FULL)
//   postgresql://... / postgres://... a libpq connection URI (PostgreSQL 15)
//   postgresql:KEY=VALUE ...          a libpq key=value connection string
// Several processes may share one PostgreSQL database (or one SQLite file on a local disk): the
// audit log stays ONE valid chain, because seq and prev_hash are assigned inside the committing
// transaction while it holds the chain-head row lock.
//
// Durability. Every write call returns only after its transaction has COMMITTED (SQLite with
// synchronous=FULL: the WAL is fsync'ed; PostgreSQL: the server acknowledged COMMIT, so it is as
// durable as the server's synchronous_commit / synchronous_standby_names make it). Concurrent
// writers are batched by one committer thread per Ledger into one transaction (group commit: one
// fsync per batch), which is what makes thousands of durable writes per second possible.
//
// Consistency. Reads go straight to the database, never through a cache: once a write call has
// returned, every Ledger (in this process or another, on the same database) sees it.
//
// Privacy. Audit entries and consent events must NEVER carry raw PI values (no phone numbers,
// ID numbers, names, addresses ...). Record the subscriber by its opaque subscriber id, fields by
// their category, and scanner findings by PI type and count. The ledger cannot tell a raw value
// from an id, so this contract is the caller's; the ledger only bounds field sizes.
//
// Errors. Nothing here throws, prints or aborts; every failure is a Status whose message says
// what failed, on which ledger, and what to do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/status.h"

namespace piguard::ledger {

// The schema version this binary writes. Open() migrates an older database up to it and refuses
// a newer one (written by a newer piguard).
int SchemaVersion();

// Field size limits, checked before anything is written (kInvalidArgument when exceeded).
inline constexpr size_t kMaxFieldBytes = 1024;    // each string field except detail_json
inline constexpr size_t kMaxDetailBytes = 16384;  // detail_json
inline constexpr size_t kMaxBatchEntries = 10000; // one AppendBatch call

// One audit record. The caller fills the fields marked (in); the ledger assigns (out).
// Strings must be valid UTF-8; none may hold raw PI (see "Privacy" above).
struct AuditEntry {
  int64_t seq = 0;            // (out) position in the chain: 1, 2, 3 ... without gaps
  int64_t time_ms = 0;        // (in) UTC, milliseconds since the Unix epoch; 0 = now
  std::string principal;      // (in) who: the authenticated principal (API key name, cert CN)
  std::string role;           // (in) its role: collector, staff, trustee, auditor, admin
  std::string remote_addr;    // (in) from where: client IP[:port]
  std::string request_id;     // (in) the request this entry belongs to
  std::string action;         // (in, required) what: "consent.grant", "gate.decide", ...
  std::string subscriber_id;  // (in) which subscriber (opaque id, never a phone number)
  std::string service;        // (in) service id from the rules
  std::string purpose;        // (in) purpose id from the rules
  std::string decision;       // (in) "allowed", "refused", "granted", "withdrawn", ...
  std::string reason;         // (in) why (short, fixed vocabulary preferred)
  std::string article;        // (in) the provision it rests on, e.g. "Order 24 Art. 9"
  std::string detail_json;    // (in) "" or a small JSON object (<= kMaxDetailBytes); no raw PI
  std::string prev_hash;      // (out) lower-case hex SHA-256 of the previous entry (64 zeros
                              //       for seq 1)
  std::string hash;           // (out) lower-case hex SHA-256 of CanonicalEncoding(*this)
};

// The canonical byte encoding that `hash` is the SHA-256 of (documented in docs/ledger.md,
// "Hash chain"); exposed so that auditors and tests can recompute it independently:
//   "piguard.audit.v1" (16 ASCII bytes, no terminator)
//   u64be(seq)  raw 32 bytes of prev_hash  i64be(time_ms)
//   then for each of principal, role, remote_addr, request_id, action, subscriber_id, service,
//   purpose, decision, reason, article, detail_json, in this order: u32be(byte length) || bytes.
// prev_hash must be 64 hex digits (else the encoding uses 32 zero bytes and the entry cannot
// verify).
std::string CanonicalEncoding(const AuditEntry& e);
// Lower-case hex SHA-256 of CanonicalEncoding(e).
std::string ComputeHash(const AuditEntry& e);
// prev_hash of the first entry: 64 '0' characters.
const std::string& GenesisHash();

// One JSON object (no trailing newline) with every field of e: seq, time (RFC 3339 UTC with
// milliseconds, e.g. "2024-05-01T08:00:00.123Z"), time_ms, principal, role, remote_addr,
// request_id, action, subscriber_id, service, purpose, decision, reason, article, detail (the
// parsed detail_json object; {} when empty), detail_json (the exact stored string, which the
// hash covers), prev_hash, hash. The export format: every hash recomputes from it.
std::string AuditEntryToJson(const AuditEntry& e);

// What an acknowledged (durable) append returns.
struct AuditReceipt {
  int64_t seq = 0;
  int64_t time_ms = 0;  // as stored (filled in when the entry had 0)
  std::string hash;     // hex
};

// A grant or withdrawal of consent by one subscriber for one purpose of one service.
struct ConsentEvent {
  int64_t id = 0;             // (out) row id; unique, increasing in commit order
  std::string subscriber_id;  // (in, required)
  std::string service_id;     // (in, required)
  std::string purpose_id;     // (in, required)
  bool granted = false;       // (in) true = grant, false = withdrawal
  std::string rules_hash;     // (in, required) SHA-256 hex of the rules version in force
  int64_t time_ms = 0;        // (in) UTC ms; 0 = now
  std::string principal;      // (in) who recorded it
  int64_t audit_seq = 0;      // (out) seq of the audit entry written with it; the order key
  // (in) the optional categories a grant covers (a withdrawal has none); at most 256 ids.
  std::vector<std::string> optional_categories;
  // (out) false for a row written before schema version 5, which did not store
  // optional_categories; callers then have to look at the row's audit entry.
  bool optional_categories_recorded = true;
};

struct ConsentReceipt {
  int64_t consent_id = 0;
  AuditReceipt audit;
};

// One event of the subscriber-rights and data-sharing flows of `piguard serve` (docs/ledger.md,
// "Processing events"): a termination, a correction request or a change of its status, a bulk
// access request or its approval or use, a disclosure to a trustee. Append-only like consent
// events: a status change is a new event whose `ref` is the id of the event it is about. Like
// every ledger record it must hold no raw PI: ids, categories and rules ids only.
struct ProcessingEvent {
  int64_t id = 0;             // (out) row id; unique, increasing in commit order
  std::string kind;           // (in, required) "subscriber.terminate", "correction.request",
                              //   "correction.status", "access.bulk_request",
                              //   "access.bulk_approve", "access.bulk_use", "disclosure" ...
  std::string subscriber_id;  // (in) the subscriber it is about ("" for multi-subscriber events)
  std::string trustee_id;     // (in) the trustee (disclosures)
  std::string contract;       // (in) the trustee's contract id (disclosures)
  std::string service;        // (in) rules ids, when the event names them
  std::string purpose;
  std::string status;         // (in) e.g. "received", "approved", "provided"
  int64_t ref = 0;            // (in) id of the earlier event this one is about; 0 = none
  std::string detail_json;    // (in) "" or a small JSON object (<= kMaxDetailBytes); no raw PI
  int64_t time_ms = 0;        // (in) UTC ms; 0 = now
  std::string principal;      // (in) who recorded it; empty = the audit entry's principal
  int64_t audit_seq = 0;      // (out) seq of the audit entry written with it
};

struct ProcessingReceipt {
  int64_t event_id = 0;
  AuditReceipt audit;
};

// Which processing events ListEvents returns. Empty strings / 0 / nullopt mean "any".
struct EventFilter {
  std::string kind;           // exact match, or a prefix when it ends in '*' ("access.*")
  std::string subscriber_id;  // exact match
  std::string trustee_id;     // exact match
  std::string principal;      // exact match
  int64_t ref = 0;            // exact match
  int64_t id = 0;             // exact match
  std::optional<int64_t> from_ms;  // time_ms >= from_ms
  std::optional<int64_t> to_ms;    // time_ms < to_ms
  size_t limit = 100000;      // at most this many, oldest first
};

// How the committer batches, and how connections behave. Every field has a working default.
struct LedgerOptions {
  // Most audit entries in one transaction. Larger batches amortise the fsync further but make
  // each caller wait for a larger commit.
  size_t max_batch = 1024;
  // How long the committer lingers after the first queued write for more writes to join the
  // batch, in microseconds. 0 (default): no lingering; batches still form naturally, because
  // writes that arrive while a commit is in flight all join the next one.
  int64_t max_wait_us = 0;
  // Connections for reads (LatestConsent, ConsentHistory, GetRulesVersion, Ping); callers beyond
  // this many wait for a free one. Verify and Export open their own connection.
  size_t read_connections = 4;
  // SQLite: how long to wait for another process's write lock before failing (ms).
  int busy_timeout_ms = 10000;
  // PostgreSQL: connect timeout (seconds) when the URL does not set connect_timeout.
  int connect_timeout_s = 10;
  // SQLite: create the database file when it does not exist (default). Read-only tools
  // (`piguard audit`) set false, so that a mistyped path is an error, not a new empty ledger.
  bool create_if_missing = true;
  // Run pending schema migrations on Open (default). When false, Open fails unless the schema
  // is exactly SchemaVersion().
  bool migrate = true;
  // Source of "now" for entries with time_ms == 0 (UTC ms). Empty: the system clock.
  std::function<int64_t()> clock_ms;
};

// Which entries Export streams. Empty strings / nullopt mean "any".
struct ExportFilter {
  std::optional<int64_t> from_ms;  // time_ms >= from_ms
  std::optional<int64_t> to_ms;    // time_ms < to_ms
  std::string subscriber_id;       // exact match
  std::string principal;           // exact match
  std::string action;              // exact match, or a prefix when it ends in '*' ("consent.*")
};

// The outcome of Verify. valid == true means: seq runs 1..entries without a gap, every hash
// recomputes, every prev_hash is the previous entry's hash, and the chain head (the last
// acknowledged seq and hash, kept in its own table) matches the last entry.
struct VerifyReport {
  bool valid = false;
  int64_t entries = 0;    // entries checked
  std::string head_hash;  // hash of the last entry when valid
  // When !valid: the FIRST bad record and what is wrong with it.
  int64_t first_bad_seq = 0;  // the seq at which the chain first breaks
  // "modified"   hash does not recompute: a field of this record was changed
  // "deleted"    seq jumps: the record first_bad_seq (and maybe more) is missing
  // "inserted"   prev_hash is not the previous record's hash, or an extra record past the head
  // "reordered"  prev_hash is the hash of some other record (rows swapped)
  // "truncated"  the log ends before the chain head's seq
  std::string problem;
  std::string expected;  // what the chain requires (a hash or a seq)
  std::string found;     // what is stored
  std::string message;   // one line for people: "seq 42 modified: hash ... expected ..."
};

// Counters for /metrics. Monotonic since Open.
struct LedgerStats {
  uint64_t commits = 0;         // batch transactions committed
  uint64_t entries = 0;         // audit entries committed
  uint64_t failed_commits = 0;  // batch transactions that failed (callers got an error)
  uint64_t max_batch_seen = 0;  // largest batch committed so far (entries)
};

// Thread-safety: every method may be called from any number of threads at once. The object owns
// one committer thread and its connections; the destructor commits what is queued, then closes.
class Ledger {
 public:
  virtual ~Ledger() = default;

  // "sqlite" or "postgresql".
  virtual std::string_view backend() const = 0;
  // The URL without its password, for messages and logs.
  virtual const std::string& display_url() const = 0;

  // Cheap round trip to the store (a SELECT 1); ok when it is reachable. For /readyz.
  virtual Status Ping() = 0;

  // --- Audit log ---------------------------------------------------------------------------
  // Appends one entry and returns once it is durable, with its seq and hash. kInvalidArgument
  // (nothing written) when action is empty, a field is too long or not UTF-8, or detail_json is
  // not a JSON object. kIoError when the store failed; the entry was then not written, except in
  // the one case that no database can rule out (the connection died during COMMIT), where it
  // may have been — the chain is valid either way.
  virtual Result<AuditReceipt> Append(AuditEntry entry) = 0;
  // Appends entries as consecutive seqs, all or none, in one transaction. At most
  // kMaxBatchEntries entries.
  virtual Result<std::vector<AuditReceipt>> AppendBatch(std::vector<AuditEntry> entries) = 0;
  // The asynchronous form, for event-loop servers: `done` is called exactly once, on the
  // committer thread (keep it short; never call back into a blocking Ledger write from it),
  // after the commit, or at once on a validation error.
  using AppendDone = std::function<void(Result<std::vector<AuditReceipt>>)>;
  virtual void AppendAsync(std::vector<AuditEntry> entries, AppendDone done) = 0;

  // Walks the whole chain in one consistent snapshot and reports the first broken record (see
  // VerifyReport). The Result is an error only when the store cannot be read; a tampered chain
  // is an ok Result with valid == false. Cost: one sequential read of the log.
  virtual Result<VerifyReport> Verify() = 0;

  // Streams the entries matching filter, in seq order, to sink as JSON Lines: each call gets
  // one AuditEntryToJson object followed by "\n". A non-ok Status from sink stops the export
  // and is returned. Memory is bounded (pages of entries), whatever the log size.
  virtual Status Export(const ExportFilter& filter,
                        const std::function<Status(std::string_view line)>& sink) = 0;

  // --- Consent -----------------------------------------------------------------------------
  // Records a grant or withdrawal AND its audit entry in one transaction (both or neither),
  // returning once durable. Fields of `audit` left empty are filled from the event:
  // subscriber_id, service, purpose, principal, time_ms, action ("consent.grant" /
  // "consent.withdraw") and decision ("granted" / "withdrawn"); set fields must agree with the
  // event (kInvalidArgument otherwise); an empty event.principal is taken from the audit entry.
  // rules_hash must be 64 lower-case hex digits. Note: consent_events rows are linked to their
  // audit record by audit_seq but are not themselves in the hash chain; Verify does not yet
  // cross-check them (the audit record is the tamper-evident copy).
  virtual Result<ConsentReceipt> RecordConsent(ConsentEvent event, AuditEntry audit) = 0;
  // The most recent event (by commit order) for this subscriber, service and purpose; nullopt
  // when there is none. Sees every acknowledged write, from any process.
  virtual Result<std::optional<ConsentEvent>> LatestConsent(std::string_view subscriber_id,
                                                            std::string_view service_id,
                                                            std::string_view purpose_id) = 0;
  // Every event of this subscriber, oldest first (commit order).
  virtual Result<std::vector<ConsentEvent>> ConsentHistory(std::string_view subscriber_id) = 0;

  // --- Processing events (rights, access approvals, disclosures) -------------------------
  // Records the event AND its audit entry in one transaction (both or neither), returning once
  // durable. Fields of `audit` left empty are filled from the event (subscriber_id, service,
  // purpose, principal, time_ms, action = kind); set subscriber_id/service/purpose must agree
  // with the event (kInvalidArgument otherwise). kInvalidArgument, nothing written, for an empty
  // kind, an oversized or non-UTF-8 field, or a detail_json that is not a JSON object.
  // `more` (optional) are further audit entries committed in the same transaction, after
  // `audit` (e.g. one per subscriber of a bulk access); the event's audit_seq is `audit`'s.
  virtual Result<ProcessingReceipt> RecordEvent(ProcessingEvent event, AuditEntry audit,
                                                std::vector<AuditEntry> more = {}) = 0;
  // The events matching filter, oldest first (commit order). Sees every acknowledged write.
  virtual Result<std::vector<ProcessingEvent>> ListEvents(const EventFilter& filter) = 0;

  // --- Rules versions ----------------------------------------------------------------------
  // Stores the canonical JSON of a rules version under its hash (policy::Policy::sha256()).
  // Idempotent. kInvalidArgument when hash is not the SHA-256 hex of canonical_json. Durable on
  // return (not batched: rules change rarely).
  virtual Status StoreRulesVersion(std::string_view hash, std::string_view canonical_json) = 0;
  // The canonical JSON stored under hash; nullopt when unknown.
  virtual Result<std::optional<std::string>> GetRulesVersion(std::string_view hash) = 0;

  virtual LedgerStats Stats() const = 0;
};

// Opens (creating a SQLite file if needed) and migrates the ledger at url (forms above).
// Errors: kInvalidArgument for a malformed URL or a database whose schema is newer than this
// binary ("upgrade piguard"); kIoError when the store cannot be reached or opened.
Result<std::unique_ptr<Ledger>> Open(const std::string& url, const LedgerOptions& options = {});

}  // namespace piguard::ledger
