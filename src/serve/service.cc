#include "serve/service.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

namespace piguard::serve {
namespace {

using Json = nlohmann::json;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Problem StoreFailed(const Status& s) {
  // The store's message may name a file or host; it never holds request values.
  return Unavailable("the ledger could not record this request (" + s.message() +
                     "); nothing was recorded, retry later");
}

std::string DecisionWord(size_t allowed, size_t total) {
  if (allowed == total) return "allowed";
  return allowed == 0 ? "refused" : "partial";
}

}  // namespace

std::string FormatTime(int64_t ms) {
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

Service::Service(std::shared_ptr<const policy::Policy> rules, std::shared_ptr<const Scanner> scanner,
                 Store* store, SubscriberStatus* status, Metrics* metrics)
    : rules_(std::move(rules)),
      scanner_(std::move(scanner)),
      store_(store),
      status_(status),
      metrics_(metrics),
      history_(rules_, store) {}

Status Service::Start() { return store_->PutRules(rules_->sha256(), rules_->canonical_json()); }

AuditRecord Service::Base(const Caller& c, std::string_view action) const {
  AuditRecord a;
  a.request_id = c.request_id;
  a.principal = c.principal;
  a.role = c.role;
  a.remote = c.remote;
  a.action = std::string(action);
  a.rules_sha256 = rules_->sha256();
  return a;
}

Json Service::RulesJson() const {
  return Json{{"version", rules_->model().version}, {"sha256", rules_->sha256()},
              {"effective_date", rules_->model().effective_date.ToString()}};
}

std::optional<Problem> Service::CheckTarget(const std::string& service, const std::string& purpose) {
  if (!rules_->FindService(service))
    return UnknownEntity("service", "/service",
                         "service '" + service + "' is not in the rules (version " + rules_->model().version + ")");
  if (!rules_->FindPurpose(service, purpose))
    return UnknownEntity("purpose", "/purpose",
                         "service '" + service + "' has no purpose '" + purpose + "' in the rules (version " +
                             rules_->model().version + ")");
  return std::nullopt;
}

std::optional<Problem> Service::CheckSubscriber(const std::string& subscriber) {
  // Subscriber ids are written to the audit log; one that is itself PI (a phone or ID
  // number) would put raw PI there, so it is refused.
  std::vector<std::string> types = ScanValue(*scanner_, "", subscriber);
  if (types.empty()) return std::nullopt;
  return InvalidBody("/subscriber", "'subscriber' looks like personal information (" + types[0] +
                                        "); use an opaque account id, not a phone or ID number");
}

Result<ConsentView> Service::ViewOf(const std::optional<ConsentEvent>& latest) {
  ConsentView v;
  if (!latest) return v;
  v.rules_sha256 = latest->rules_sha256;
  if (latest->kind == ConsentEvent::Kind::kWithdraw) {
    v.state = ConsentState::kWithdrawn;
    return v;
  }
  if (latest->rules_sha256 != rules_->sha256()) {
    auto changed = history_.ChangedSince(latest->rules_sha256);
    if (!changed.ok()) return changed.status();
    const auto& set = changed.value();
    if (!set || set->count({latest->service, latest->purpose})) {
      v.state = ConsentState::kRenewalRequired;
      return v;
    }
  }
  v.state = ConsentState::kActive;
  v.optional_categories = latest->optional_categories;
  return v;
}

Reply Service::Refuse(const Caller& c, std::string_view action, const Problem& p) {
  AuditRecord a = Base(c, action);
  a.decision = "refused";
  a.reason = p.slug;
  a.detail = Json{{"status", p.status}}.dump();
  Status s = store_->Append(a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return Reply::Of(p, c);
}

Reply Service::Decide(const Caller& c, std::string_view body) {
  constexpr std::string_view kAction = "gate.decide";
  Parsed<GateRequest> parsed = ParseGateRequest(body);
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const GateRequest& req = *parsed.value;
  if (auto p = CheckTarget(req.service, req.purpose)) return Refuse(c, kAction, *p);
  if (auto p = CheckSubscriber(req.subscriber)) return Refuse(c, kAction, *p);

  auto terminated = status_->IsTerminated(req.subscriber);
  if (!terminated.ok()) return Reply::Of(StoreFailed(terminated.status()), c);
  auto latest = store_->LatestConsent(req.subscriber, req.service, req.purpose);
  if (!latest.ok()) return Reply::Of(StoreFailed(latest.status()), c);
  auto view = ViewOf(latest.value());
  if (!view.ok()) return Reply::Of(StoreFailed(view.status()), c);

  GateDecision d = DecideGate(*rules_, *scanner_, req, view.value(), terminated.value());

  Json fields = Json::array();
  Json audit_fields = Json::array();
  std::map<std::string, int> reason_counts;
  const FieldDecision* first_refusal = nullptr;
  for (const FieldDecision& f : d.fields) {
    Json detected = Json::array();
    Json types = Json::array();
    for (const Detected& x : f.detected) {
      Json dj{{"pi_type", x.pi_type}};
      if (!x.category.empty()) dj["category"] = x.category;
      detected.push_back(std::move(dj));
      types.push_back(x.pi_type);
    }
    Json fj{{"name", f.name},         {"decision", f.allowed ? "allowed" : "refused"},
            {"reason", f.reason},     {"article", f.article},
            {"message", f.message},   {"categories", f.categories},
            {"detected", detected}};
    fields.push_back(std::move(fj));
    audit_fields.push_back(Json{{"name", f.name}, {"decision", f.allowed ? "allowed" : "refused"},
                                {"reason", f.reason}, {"categories", f.categories}, {"detected", types}});
    ++reason_counts[f.reason];
    if (!f.allowed && !first_refusal) first_refusal = &f;
  }
  std::string decision = DecisionWord(d.allowed_count(), d.fields.size());

  AuditRecord a = Base(c, kAction);
  a.subscriber = req.subscriber;
  a.service = req.service;
  a.purpose = req.purpose;
  a.decision = decision;
  a.reason = first_refusal ? first_refusal->reason : d.fields.front().reason;
  a.article = first_refusal ? first_refusal->article : d.fields.front().article;
  Json detail{{"consent", ConsentStateName(d.consent.state)}, {"fields", audit_fields}};
  a.detail = detail.dump();
  if (a.detail.size() > 15000) {  // the ledger bounds detail size: keep the counts instead
    a.detail = Json{{"consent", ConsentStateName(d.consent.state)},
                    {"fields_total", d.fields.size()},
                    {"fields_allowed", d.allowed_count()},
                    {"reasons", reason_counts}}
                   .dump();
  }
  Status s = store_->Append(a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  for (const FieldDecision& f : d.fields) metrics_->CountDecision(f.allowed ? "allowed" : "refused", f.reason);

  Json out{{"request_id", c.request_id},
           {"rules", RulesJson()},
           {"subscriber", req.subscriber},
           {"service", req.service},
           {"purpose", req.purpose},
           {"consent", ConsentStateName(d.consent.state)},
           {"decision", decision},
           {"fields", std::move(fields)}};
  return {200, std::move(out), false};
}

Reply Service::Grant(const Caller& c, std::string_view body) {
  constexpr std::string_view kAction = "consent.grant";
  Parsed<ConsentRequest> parsed = ParseConsentRequest(body, /*grant=*/true);
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const ConsentRequest& req = *parsed.value;
  if (auto p = CheckTarget(req.service, req.purpose)) return Refuse(c, kAction, *p);
  if (auto p = CheckSubscriber(req.subscriber)) return Refuse(c, kAction, *p);
  for (size_t i = 0; i < req.optional_categories.size(); ++i) {
    const std::string& cat = req.optional_categories[i];
    std::string ptr = "/optional_categories/" + std::to_string(i);
    policy::CollectionDecision d = rules_->MayCollect(req.service, req.purpose, cat);
    if (d.reason == policy::CollectionDecision::Reason::kUnknownCategory)
      return Refuse(c, kAction, UnknownEntity("category", ptr, "category '" + cat + "' is not in the rules"));
    if (!d.allowed)
      return Refuse(c, kAction, InvalidBody(ptr, "purpose " + req.service + "." + req.purpose +
                                                     " does not collect category '" + cat + "'"));
    if (d.necessary)
      return Refuse(c, kAction, InvalidBody(ptr, "category '" + cat + "' is necessary for " + req.service + "." +
                                                     req.purpose +
                                                     "; consent to the purpose covers it, list only optional ones"));
  }
  auto terminated = status_->IsTerminated(req.subscriber);
  if (!terminated.ok()) return Reply::Of(StoreFailed(terminated.status()), c);
  if (terminated.value())
    return Refuse(c, kAction, Conflict("subscriber-terminated", "Subscriber terminated",
                                       "the subscriber has ended the service; consent cannot be granted"));

  ConsentEvent ev;
  ev.kind = ConsentEvent::Kind::kGrant;
  ev.subscriber = req.subscriber;
  ev.service = req.service;
  ev.purpose = req.purpose;
  ev.optional_categories = req.optional_categories;
  ev.rules_sha256 = rules_->sha256();
  ev.principal = c.principal;
  ev.request_id = c.request_id;
  ev.at_unix_ms = NowMs();
  AuditRecord a = Base(c, kAction);
  a.subscriber = req.subscriber;
  a.service = req.service;
  a.purpose = req.purpose;
  a.decision = "granted";
  a.reason = "consent_given";
  a.article = "Order 24 Art. 9";
  a.at_unix_ms = ev.at_unix_ms;
  a.detail = Json{{"rules_sha256", rules_->sha256()}}.dump();
  Status s = store_->RecordConsent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  metrics_->CountConsent("grant");
  return {201,
          Json{{"request_id", c.request_id},
               {"event", "grant"},
               {"subscriber", req.subscriber},
               {"service", req.service},
               {"purpose", req.purpose},
               {"optional_categories", req.optional_categories},
               {"rules", RulesJson()},
               {"recorded_at", FormatTime(ev.at_unix_ms)}},
          false};
}

Reply Service::Withdraw(const Caller& c, std::string_view body) {
  constexpr std::string_view kAction = "consent.withdraw";
  Parsed<ConsentRequest> parsed = ParseConsentRequest(body, /*grant=*/false);
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const ConsentRequest& req = *parsed.value;
  if (auto p = CheckTarget(req.service, req.purpose)) return Refuse(c, kAction, *p);
  if (auto p = CheckSubscriber(req.subscriber)) return Refuse(c, kAction, *p);
  auto latest = store_->LatestConsent(req.subscriber, req.service, req.purpose);
  if (!latest.ok()) return Reply::Of(StoreFailed(latest.status()), c);
  if (!latest.value() || latest.value()->kind == ConsentEvent::Kind::kWithdraw)
    return Refuse(c, kAction, Conflict("no-consent-to-withdraw", "Nothing to withdraw",
                                       "the subscriber has no consent to " + req.service + "." + req.purpose +
                                           " that could be withdrawn"));
  ConsentEvent ev;
  ev.kind = ConsentEvent::Kind::kWithdraw;
  ev.subscriber = req.subscriber;
  ev.service = req.service;
  ev.purpose = req.purpose;
  ev.rules_sha256 = rules_->sha256();
  ev.principal = c.principal;
  ev.request_id = c.request_id;
  ev.at_unix_ms = NowMs();
  AuditRecord a = Base(c, kAction);
  a.subscriber = req.subscriber;
  a.service = req.service;
  a.purpose = req.purpose;
  a.decision = "withdrawn";
  a.reason = "consent_withdrawn";
  a.article = "Order 24 Art. 9";
  a.at_unix_ms = ev.at_unix_ms;
  a.detail = Json{{"rules_sha256", rules_->sha256()}}.dump();
  Status s = store_->RecordConsent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  metrics_->CountConsent("withdraw");
  return {200,
          Json{{"request_id", c.request_id},
               {"event", "withdraw"},
               {"subscriber", req.subscriber},
               {"service", req.service},
               {"purpose", req.purpose},
               {"rules", RulesJson()},
               {"recorded_at", FormatTime(ev.at_unix_ms)}},
          false};
}

Reply Service::History(const Caller& c, const std::string& subscriber) {
  constexpr std::string_view kAction = "consent.history";
  if (!ValidSubscriber(subscriber))
    return Refuse(c, kAction, InvalidBody("", "the subscriber in the path must be an opaque account id: "
                                              "1 to 128 of A-Z a-z 0-9 _ . : -"));
  if (auto p = CheckSubscriber(subscriber)) return Refuse(c, kAction, *p);
  auto events = store_->ConsentHistory(subscriber);
  if (!events.ok()) return Reply::Of(StoreFailed(events.status()), c);
  if (events.value().empty())
    return Refuse(c, kAction, UnknownSubscriber("no consent was ever recorded for this subscriber"));

  Json list = Json::array();
  std::map<std::pair<std::string, std::string>, const ConsentEvent*> latest;
  for (const ConsentEvent& e : events.value()) {
    bool grant = e.kind == ConsentEvent::Kind::kGrant;
    Json j{{"event", grant ? "grant" : "withdraw"},
           {"service", e.service},
           {"purpose", e.purpose},
           {"rules_sha256", e.rules_sha256},
           {"recorded_at", FormatTime(e.at_unix_ms)},
           {"recorded_by", e.principal}};
    if (grant) j["optional_categories"] = e.optional_categories;
    list.push_back(std::move(j));
    latest[{e.service, e.purpose}] = &e;
  }
  Json purposes = Json::array();
  for (const auto& [key, e] : latest) {
    auto view = ViewOf(*e);
    if (!view.ok()) return Reply::Of(StoreFailed(view.status()), c);
    Json p{{"service", key.first}, {"purpose", key.second}, {"state", ConsentStateName(view.value().state)}};
    if (view.value().state == ConsentState::kActive) p["optional_categories"] = view.value().optional_categories;
    purposes.push_back(std::move(p));
  }
  AuditRecord a = Base(c, kAction);
  a.subscriber = subscriber;
  a.decision = "allowed";
  a.reason = "read";
  a.detail = Json{{"events", events.value().size()}}.dump();
  Status s = store_->Append(a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {200,
          Json{{"request_id", c.request_id},
               {"subscriber", subscriber},
               {"rules", RulesJson()},
               {"purposes", std::move(purposes)},
               {"events", std::move(list)}},
          false};
}

Reply Service::Rules(const Caller& c) {
  Json services = Json::array();
  for (const auto& s : rules_->model().services) {
    Json ps = Json::array();
    for (const auto& p : s.purposes) {
      Json cols = Json::array();
      for (const auto& col : p.collects)
        cols.push_back(Json{{"category", col.category}, {"necessary", col.necessary}});
      ps.push_back(Json{{"id", p.id},
                        {"legal_basis", policy::LegalBasisName(p.legal_basis)},
                        {"function", policy::FunctionName(p.function)},
                        {"collects", std::move(cols)}});
    }
    services.push_back(Json{{"id", s.id}, {"purposes", std::move(ps)}});
  }
  AuditRecord a = Base(c, "rules.read");
  a.decision = "allowed";
  a.reason = "read";
  Status s = store_->Append(a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  Json out = RulesJson();
  out["request_id"] = c.request_id;
  out["services"] = std::move(services);
  return {200, std::move(out), false};
}

Reply Service::Ready(const Caller& c) {
  Status s = store_->Ping();
  if (!s.ok()) {
    Problem p = Unavailable("the ledger is not reachable: " + s.message());
    p.slug = "not-ready";
    p.title = "Not ready";
    return Reply::Of(p, c);
  }
  return {200, Json{{"status", "ready"}, {"rules", RulesJson()}}, false};
}

}  // namespace piguard::serve
