#include "serve/ledger_store.h"

#include <nlohmann/json.hpp>

#include <map>
#include <mutex>

namespace piguard::serve {
namespace {

using Json = nlohmann::json;

ledger::AuditEntry ToEntry(const AuditRecord& a) {
  ledger::AuditEntry e;
  e.time_ms = a.at_unix_ms;
  e.principal = a.principal;
  e.role = a.role;
  e.remote_addr = a.remote;
  e.request_id = a.request_id;
  e.action = a.action;
  e.subscriber_id = a.subscriber;
  e.service = a.service;
  e.purpose = a.purpose;
  e.decision = a.decision;
  e.reason = a.reason;
  e.article = a.article;
  e.detail_json = a.detail;
  return e;
}

class LedgerStore : public Store {
 public:
  explicit LedgerStore(std::shared_ptr<ledger::Ledger> l) : ledger_(std::move(l)) {}

  Status Ping() override { return ledger_->Ping(); }

  Status PutRules(const std::string& sha256, const std::string& canonical_json) override {
    return ledger_->StoreRulesVersion(sha256, canonical_json);
  }
  Result<std::optional<std::string>> GetRules(const std::string& sha256) override {
    return ledger_->GetRulesVersion(sha256);
  }

  Status RecordConsent(ConsentEvent& event, const AuditRecord& audit) override {
    ledger::ConsentEvent ev;
    ev.subscriber_id = event.subscriber;
    ev.service_id = event.service;
    ev.purpose_id = event.purpose;
    ev.granted = event.kind == ConsentEvent::Kind::kGrant;
    ev.rules_hash = event.rules_sha256;
    ev.time_ms = event.at_unix_ms;
    ev.principal = event.principal;
    ev.optional_categories = event.optional_categories;
    ledger::AuditEntry e = ToEntry(audit);
    // The detail carries the optional categories (see the header): merge them in.
    Json detail = audit.detail.empty() ? Json::object() : Json::parse(audit.detail, nullptr, false);
    if (!detail.is_object()) detail = Json::object();
    detail["optional_categories"] = event.optional_categories;
    e.detail_json = detail.dump();
    auto r = ledger_->RecordConsent(std::move(ev), std::move(e));
    if (!r.ok()) return r.status();
    event.seq = static_cast<uint64_t>(r.value().audit.seq);
    event.at_unix_ms = r.value().audit.time_ms;
    return Status::Ok();
  }

  Result<std::optional<ConsentEvent>> LatestConsent(const std::string& subscriber,
                                                    const std::string& service,
                                                    const std::string& purpose) override {
    auto r = ledger_->LatestConsent(subscriber, service, purpose);
    if (!r.ok()) return r.status();
    if (!r.value()) return std::optional<ConsentEvent>();
    ConsentEvent ev = FromLedger(*r.value());
    if (ev.kind == ConsentEvent::Kind::kGrant) {
      auto cats = CategoriesOf(subscriber, *r.value());
      if (!cats.ok()) return cats.status();
      ev.optional_categories = std::move(cats.value());
    }
    return std::optional<ConsentEvent>(std::move(ev));
  }

  Result<std::vector<ConsentEvent>> ConsentHistory(const std::string& subscriber) override {
    auto r = ledger_->ConsentHistory(subscriber);
    if (!r.ok()) return r.status();
    std::vector<ConsentEvent> out;
    for (const auto& e : r.value()) {
      ConsentEvent ev = FromLedger(e);
      if (ev.kind == ConsentEvent::Kind::kGrant) {
        auto cats = CategoriesOf(subscriber, e);
        if (!cats.ok()) return cats.status();
        ev.optional_categories = std::move(cats.value());
      }
      out.push_back(std::move(ev));
    }
    return out;
  }

  Status Append(const AuditRecord& audit) override {
    auto r = ledger_->Append(ToEntry(audit));
    return r.ok() ? Status::Ok() : r.status();
  }

  Status AppendAll(const std::vector<AuditRecord>& records) override {
    std::vector<ledger::AuditEntry> entries;
    for (const AuditRecord& a : records) entries.push_back(ToEntry(a));
    auto r = ledger_->AppendBatch(std::move(entries));
    return r.ok() ? Status::Ok() : r.status();
  }

  Status RecordEvent(RecordedEvent& event, const AuditRecord& audit,
                     const std::vector<AuditRecord>& more) override {
    ledger::ProcessingEvent ev;
    ev.kind = event.kind;
    ev.subscriber_id = event.subscriber;
    ev.trustee_id = event.trustee;
    ev.contract = event.contract;
    ev.service = event.service;
    ev.purpose = event.purpose;
    ev.status = event.status;
    ev.ref = event.ref;
    ev.detail_json = event.detail;
    ev.time_ms = event.at_unix_ms;
    ev.principal = event.principal;
    std::vector<ledger::AuditEntry> extra;
    for (const AuditRecord& a : more) extra.push_back(ToEntry(a));
    auto r = ledger_->RecordEvent(std::move(ev), ToEntry(audit), std::move(extra));
    if (!r.ok()) return r.status();
    event.id = r.value().event_id;
    event.at_unix_ms = r.value().audit.time_ms;
    if (event.principal.empty()) event.principal = audit.principal;
    return Status::Ok();
  }

  Result<std::vector<RecordedEvent>> ListEvents(const EventQuery& q) override {
    ledger::EventFilter f;
    f.kind = q.kind;
    f.subscriber_id = q.subscriber;
    f.trustee_id = q.trustee;
    f.ref = q.ref;
    f.id = q.id;
    f.from_ms = q.from_ms;
    f.to_ms = q.to_ms;
    auto r = ledger_->ListEvents(f);
    if (!r.ok()) return r.status();
    std::vector<RecordedEvent> out;
    for (const auto& e : r.value()) {
      RecordedEvent ev;
      ev.id = e.id;
      ev.kind = e.kind;
      ev.subscriber = e.subscriber_id;
      ev.trustee = e.trustee_id;
      ev.contract = e.contract;
      ev.service = e.service;
      ev.purpose = e.purpose;
      ev.status = e.status;
      ev.ref = e.ref;
      ev.detail = e.detail_json;
      ev.principal = e.principal;
      ev.at_unix_ms = e.time_ms;
      out.push_back(std::move(ev));
    }
    return out;
  }

  Result<std::vector<AuditRecord>> SubscriberAudit(const std::string& subscriber,
                                                   const std::string& action) override {
    ledger::ExportFilter f;
    f.subscriber_id = subscriber;
    f.action = action;
    std::vector<AuditRecord> out;
    Status s = ledger_->Export(f, [&](std::string_view line) {
      Json j = Json::parse(line, nullptr, false);
      if (!j.is_object()) return Status::Ok();
      AuditRecord a;
      a.action = j.value("action", "");
      a.subscriber = j.value("subscriber_id", "");
      a.service = j.value("service", "");
      a.purpose = j.value("purpose", "");
      a.decision = j.value("decision", "");
      a.reason = j.value("reason", "");
      a.principal = j.value("principal", "");
      a.detail = j.value("detail_json", "");
      a.at_unix_ms = j.value("time_ms", int64_t{0});
      out.push_back(std::move(a));
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return out;
  }

 private:
  static ConsentEvent FromLedger(const ledger::ConsentEvent& e) {
    ConsentEvent ev;
    ev.kind = e.granted ? ConsentEvent::Kind::kGrant : ConsentEvent::Kind::kWithdraw;
    ev.subscriber = e.subscriber_id;
    ev.service = e.service_id;
    ev.purpose = e.purpose_id;
    ev.rules_sha256 = e.rules_hash;
    ev.principal = e.principal;
    ev.at_unix_ms = e.time_ms;
    ev.seq = static_cast<uint64_t>(e.audit_seq);
    return ev;
  }

  // The optional categories of a grant: stored with the consent row since schema 5; rows from
  // before that carry them only in their audit entry's detail.
  Result<std::vector<std::string>> CategoriesOf(const std::string& subscriber,
                                                const ledger::ConsentEvent& e) {
    if (e.optional_categories_recorded) return e.optional_categories;
    return OptionalCategories(subscriber, e.audit_seq);
  }



  Result<std::vector<std::string>> OptionalCategories(const std::string& subscriber, int64_t seq) {
    {
      std::lock_guard lock(mu_);
      auto it = cache_.find(seq);
      if (it != cache_.end()) return it->second;
    }
    ledger::ExportFilter f;
    f.subscriber_id = subscriber;
    f.action = "consent.*";
    std::map<int64_t, std::vector<std::string>> found;
    Status s = ledger_->Export(f, [&](std::string_view line) {
      Json j = Json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("seq")) return Status::Ok();
      std::vector<std::string> cats;
      auto d = j.find("detail");
      if (d != j.end() && d->is_object()) {
        auto c = d->find("optional_categories");
        if (c != d->end() && c->is_array())
          for (const Json& x : *c)
            if (x.is_string()) cats.push_back(x.get<std::string>());
      }
      found[j["seq"].get<int64_t>()] = std::move(cats);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    std::lock_guard lock(mu_);
    for (auto& [k, v] : found) cache_[k] = v;
    auto it = found.find(seq);
    // An event whose audit entry is missing cannot prove any optional category.
    return it == found.end() ? std::vector<std::string>() : it->second;
  }

  std::shared_ptr<ledger::Ledger> ledger_;
  std::mutex mu_;
  std::map<int64_t, std::vector<std::string>> cache_;
};

}  // namespace

std::unique_ptr<Store> MakeLedgerStore(std::shared_ptr<ledger::Ledger> ledger) {
  return std::make_unique<LedgerStore>(std::move(ledger));
}

}  // namespace piguard::serve
