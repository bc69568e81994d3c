// An in-memory Store for tests and fuzzing: same contracts as the ledger (atomic consent +
// audit, thread-safe), nothing durable. set_fail(true) makes every call fail without
// writing, to prove the service never answers a decision it could not record.
#pragma once

#include <atomic>
#include <map>
#include <vector>
#include <mutex>

#include "serve/store.h"

namespace piguard::serve {

class MemoryStore : public Store {
 public:
  Status Ping() override { return Check(); }
  Status PutRules(const std::string& sha256, const std::string& text) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    rules_.emplace(sha256, text);
    return Status::Ok();
  }
  Result<std::optional<std::string>> GetRules(const std::string& sha256) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    auto it = rules_.find(sha256);
    if (it == rules_.end()) return std::optional<std::string>();
    return std::optional<std::string>(it->second);
  }
  Status RecordConsent(ConsentEvent& event, const AuditRecord& audit) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    event.seq = ++seq_;
    if (event.at_unix_ms == 0) event.at_unix_ms = static_cast<int64_t>(seq_);
    consents_.push_back(event);
    audit_.push_back(audit);
    return Status::Ok();
  }
  Result<std::optional<ConsentEvent>> LatestConsent(const std::string& subscriber,
                                                    const std::string& service,
                                                    const std::string& purpose) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    for (auto it = consents_.rbegin(); it != consents_.rend(); ++it)
      if (it->subscriber == subscriber && it->service == service && it->purpose == purpose)
        return std::optional<ConsentEvent>(*it);
    return std::optional<ConsentEvent>();
  }
  Result<std::vector<ConsentEvent>> ConsentHistory(const std::string& subscriber) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    std::vector<ConsentEvent> out;
    for (const auto& e : consents_)
      if (e.subscriber == subscriber) out.push_back(e);
    return out;
  }
  Status Append(const AuditRecord& audit) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    audit_.push_back(audit);
    return Status::Ok();
  }

  Status AppendAll(const std::vector<AuditRecord>& records) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    audit_.insert(audit_.end(), records.begin(), records.end());
    return Status::Ok();
  }
  Status RecordEvent(RecordedEvent& event, const AuditRecord& audit,
                     const std::vector<AuditRecord>& more) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    event.id = static_cast<int64_t>(events_.size()) + 1;
    if (event.at_unix_ms == 0) event.at_unix_ms = audit.at_unix_ms ? audit.at_unix_ms : ++seq_;
    if (event.principal.empty()) event.principal = audit.principal;
    events_.push_back(event);
    audit_.push_back(audit);
    audit_.insert(audit_.end(), more.begin(), more.end());
    return Status::Ok();
  }
  Result<std::vector<RecordedEvent>> ListEvents(const EventQuery& q) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    std::vector<RecordedEvent> out;
    for (const auto& e : events_) {
      bool kind_ok = q.kind.empty() || e.kind == q.kind ||
                     (q.kind.back() == '*' && e.kind.rfind(q.kind.substr(0, q.kind.size() - 1), 0) == 0);
      if (!kind_ok || (!q.subscriber.empty() && e.subscriber != q.subscriber) ||
          (!q.trustee.empty() && e.trustee != q.trustee) || (q.ref && e.ref != q.ref) ||
          (q.id && e.id != q.id) || (q.from_ms && e.at_unix_ms < *q.from_ms) ||
          (q.to_ms && e.at_unix_ms >= *q.to_ms))
        continue;
      out.push_back(e);
    }
    return out;
  }
  Result<std::vector<AuditRecord>> SubscriberAudit(const std::string& subscriber,
                                                   const std::string& action) override {
    if (Status s = Check(); !s.ok()) return s;
    std::lock_guard lock(mu_);
    std::vector<AuditRecord> out;
    for (const auto& a : audit_)
      if (a.subscriber == subscriber && a.action == action) out.push_back(a);
    return out;
  }

  void set_fail(bool fail) { fail_ = fail; }
  std::vector<AuditRecord> audit() const {
    std::lock_guard lock(mu_);
    return audit_;
  }
  size_t audit_size() const {
    std::lock_guard lock(mu_);
    return audit_.size();
  }
  AuditRecord last_audit() const {
    std::lock_guard lock(mu_);
    return audit_.empty() ? AuditRecord{} : audit_.back();
  }
  size_t consent_count() const {
    std::lock_guard lock(mu_);
    return consents_.size();
  }

 private:
  Status Check() const {
    return fail_ ? IoError("memory store: failing on purpose (test)") : Status::Ok();
  }
  mutable std::mutex mu_;
  std::atomic<bool> fail_{false};
  uint64_t seq_ = 0;
  std::map<std::string, std::string> rules_;
  std::vector<ConsentEvent> consents_;
  std::vector<AuditRecord> audit_;
  std::vector<RecordedEvent> events_;
};

}  // namespace piguard::serve
