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
    Remember(r.value().audit.seq, event.optional_categories);
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
      auto cats = OptionalCategories(subscriber, r.value()->audit_seq);
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
        auto cats = OptionalCategories(subscriber, e.audit_seq);
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

  void Remember(int64_t seq, const std::vector<std::string>& cats) {
    std::lock_guard lock(mu_);
    if (cache_.size() > 200000) cache_.clear();  // bound memory; entries are cheap to reload
    cache_[seq] = cats;
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
