// What `piguard serve` needs from the ledger, as one small interface.
//
// The service talks to storage only through this interface so that (1) the handlers can be
// tested against an in-memory store and a store that fails on demand, and (2) the HTTP layer
// does not depend on the ledger's record layout. LedgerStore (ledger_store.cc) implements it
// on piguard::ledger::Ledger (SQLite or PostgreSQL); MemoryStore (memory_store.h) is the fake.
//
// Contracts every implementation keeps:
// - A call that returns OK has made its writes durable (a crash after it loses nothing).
// - A call that fails has written nothing (no partial consent without its audit record).
// - Thread-safe: the server calls it from all its worker threads at once.
// - No raw PI ever reaches it from the service: the gate passes field names, categories, PI
//   type names, decisions and reasons, never a submitted value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "piguard/status.h"

namespace piguard::serve {

// One consent event: a grant or a withdrawal of one purpose of one service for one
// subscriber, bound to the rules (by SHA-256 of their canonical form) in force when it was
// given.
struct ConsentEvent {
  enum class Kind { kGrant, kWithdraw };
  Kind kind = Kind::kGrant;
  std::string subscriber;
  std::string service;
  std::string purpose;
  // Optional categories of the purpose the user agreed to as well (necessary ones are part
  // of consenting to the purpose). Empty for withdrawals.
  std::vector<std::string> optional_categories;
  std::string rules_sha256;
  std::string principal;     // who recorded it (API principal)
  std::string request_id;
  int64_t at_unix_ms = 0;    // filled by the store when 0
  uint64_t seq = 0;          // store-assigned order; larger is later
};


// One audit record (Order No. 24 Art. 13: who, when, where, what). `detail` is a JSON object
// text with per-field decisions; it never holds a submitted value.
struct AuditRecord {
  std::string request_id;
  std::string principal;     // empty when the caller could not be authenticated
  std::string role;
  std::string remote;        // "ip:port"
  std::string action;        // "gate.decide", "consent.grant", "auth.refused", ...
  std::string subscriber;    // empty when the request names none
  std::string service;       // rules ids, when the request names them
  std::string purpose;
  std::string decision;      // "allowed", "refused", "recorded", "error" ...
  std::string reason;        // machine-readable reason code
  std::string article;       // "Order 24 Art. 9" ...
  std::string rules_sha256;
  std::string detail;        // JSON object text
  int64_t at_unix_ms = 0;    // filled by the store when 0
};

// One event of the rights and sharing flows (termination, correction request and status, bulk
// access request/approval/use, disclosure), recorded with its audit record. Append-only: a
// status change is a new event whose `ref` names the event it is about. Ids and categories only.
struct RecordedEvent {
  int64_t id = 0;            // store-assigned, increasing
  std::string kind;          // "subscriber.terminate", "correction.request", ...
  std::string subscriber;
  std::string trustee;
  std::string contract;
  std::string service;
  std::string purpose;
  std::string status;
  int64_t ref = 0;
  std::string detail;        // JSON object text, or ""
  std::string principal;
  int64_t at_unix_ms = 0;    // filled by the store when 0
};

// Which events ListEvents returns; empty / 0 means any. `kind` ending in '*' is a prefix.
struct EventQuery {
  std::string kind;
  std::string subscriber;
  std::string trustee;
  int64_t ref = 0;
  int64_t id = 0;
  std::optional<int64_t> from_ms;  // at_unix_ms >= from_ms
  std::optional<int64_t> to_ms;    // at_unix_ms < to_ms
};

class Store {
 public:
  virtual ~Store() = default;
  // Reachable and writable enough to serve (/readyz).
  virtual Status Ping() = 0;
  // Keeps the canonical JSON of the rules (policy::Policy::canonical_json()) under its hash,
  // so consents given under them can later be compared with newer rules. Idempotent.
  virtual Status PutRules(const std::string& sha256, const std::string& canonical_json) = 0;
  // The canonical JSON stored under `sha256`; nullopt when unknown.
  virtual Result<std::optional<std::string>> GetRules(const std::string& sha256) = 0;
  // Records the event and its audit record atomically: both or neither.
  virtual Status RecordConsent(ConsentEvent& event, const AuditRecord& audit) = 0;
  // The latest event for (subscriber, service, purpose); nullopt when there is none.
  virtual Result<std::optional<ConsentEvent>> LatestConsent(const std::string& subscriber,
                                                            const std::string& service,
                                                            const std::string& purpose) = 0;
  // Every event of the subscriber, oldest first.
  virtual Result<std::vector<ConsentEvent>> ConsentHistory(const std::string& subscriber) = 0;
  // Appends one audit record; durable when it returns OK.
  virtual Status Append(const AuditRecord& audit) = 0;
  // Records the event and its audit record atomically: both or neither. Fills id and
  // at_unix_ms.
  // `more`: further audit records committed with them, all or none.
  virtual Status RecordEvent(RecordedEvent& event, const AuditRecord& audit,
                             const std::vector<AuditRecord>& more = {}) = 0;
  // Appends audit records as one transaction: all or none.
  virtual Status AppendAll(const std::vector<AuditRecord>& records) = 0;
  // Matching events, oldest first.
  virtual Result<std::vector<RecordedEvent>> ListEvents(const EventQuery& query) = 0;
  // The audit records of one subscriber with this action, oldest first (detail and time
  // filled). For the subscriber's query of what is held about them.
  virtual Result<std::vector<AuditRecord>> SubscriberAudit(const std::string& subscriber,
                                                           const std::string& action) = 0;
};

}  // namespace piguard::serve
