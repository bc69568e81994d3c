#include "serve/service.h"

#include "core/civil_date.h"
#include "serve/report.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <set>

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

namespace {

// One consent event as the API shows it. The consent history also names the rules the event
// was recorded under; the subscriber's query leaves them out.
Json ConsentEventJson(const ConsentEvent& e, bool with_rules_hash) {
  const bool grant = e.kind == ConsentEvent::Kind::kGrant;
  Json j{{"event", grant ? "grant" : "withdraw"},
         {"service", e.service},
         {"purpose", e.purpose},
         {"recorded_at", FormatTime(e.at_unix_ms)},
         {"recorded_by", e.principal}};
  if (with_rules_hash) j["rules_sha256"] = e.rules_sha256;
  if (grant) j["optional_categories"] = e.optional_categories;
  return j;
}

// The last event of each (service, purpose), from events in the order they were recorded.
using LatestConsents = std::map<std::pair<std::string, std::string>, const ConsentEvent*>;
LatestConsents LatestPerPurpose(const std::vector<ConsentEvent>& events) {
  LatestConsents latest;
  for (const ConsentEvent& e : events) latest[{e.service, e.purpose}] = &e;
  return latest;
}

}  // namespace

Service::Service(std::shared_ptr<const policy::Policy> rules, std::shared_ptr<const Scanner> scanner,
                 Store* store, SubscriberStatus* status, Metrics* metrics)
    : rules_(std::move(rules)),
      scanner_(std::move(scanner)),
      store_(store),
      status_(status),
      metrics_(metrics),
      history_(rules_, store) {}

int64_t Service::Now() const { return options_.clock ? options_.clock() : NowMs(); }

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

// The audit record of a processing event: the caller and action from Base, and the event's
// subscriber, service, purpose, time and detail (a caller may replace the detail after).
AuditRecord Service::EventAudit(const Caller& c, std::string_view action, const RecordedEvent& ev,
                                std::string decision, std::string reason,
                                std::string_view article) const {
  AuditRecord a = Base(c, action);
  a.subscriber = ev.subscriber;
  a.service = ev.service;
  a.purpose = ev.purpose;
  a.decision = std::move(decision);
  a.reason = std::move(reason);
  a.article = std::string(article);
  a.at_unix_ms = ev.at_unix_ms;
  a.detail = ev.detail;
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

  return RecordConsent(c, kAction, req, /*grant=*/true);
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
  return RecordConsent(c, kAction, req, /*grant=*/false);
}

// Writes a grant or withdrawal with its audit record (one transaction) and answers only once
// both are durable.
Reply Service::RecordConsent(const Caller& c, std::string_view action, const ConsentRequest& req,
                             bool grant) {
  ConsentEvent ev;
  ev.kind = grant ? ConsentEvent::Kind::kGrant : ConsentEvent::Kind::kWithdraw;
  ev.subscriber = req.subscriber;
  ev.service = req.service;
  ev.purpose = req.purpose;
  if (grant) ev.optional_categories = req.optional_categories;
  ev.rules_sha256 = rules_->sha256();
  ev.principal = c.principal;
  ev.request_id = c.request_id;
  ev.at_unix_ms = Now();
  AuditRecord a = Base(c, action);
  a.subscriber = req.subscriber;
  a.service = req.service;
  a.purpose = req.purpose;
  a.decision = grant ? "granted" : "withdrawn";
  a.reason = grant ? "consent_given" : "consent_withdrawn";
  a.article = "Order 24 Art. 9";
  a.at_unix_ms = ev.at_unix_ms;
  a.detail = Json{{"rules_sha256", rules_->sha256()}}.dump();
  Status s = store_->RecordConsent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  metrics_->CountConsent(grant ? "grant" : "withdraw");
  Json body{{"request_id", c.request_id},
            {"event", grant ? "grant" : "withdraw"},
            {"subscriber", req.subscriber},
            {"service", req.service},
            {"purpose", req.purpose}};
  if (grant) body["optional_categories"] = req.optional_categories;
  body["rules"] = RulesJson();
  body["recorded_at"] = FormatTime(ev.at_unix_ms);
  return {grant ? 201 : 200, std::move(body), false};
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
  for (const ConsentEvent& e : events.value()) list.push_back(ConsentEventJson(e, true));
  Json purposes = Json::array();
  for (const auto& [key, e] : LatestPerPurpose(events.value())) {
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

// --- Subscriber lifecycle and rights (Order No. 24 Art. 9) ---------------------------------

namespace piguard::serve {
namespace {

constexpr const char* kArt9 = "Order 24 Art. 9";
constexpr const char* kTerminate = "subscriber.terminate";
constexpr const char* kCorrectionRequest = "correction.request";
constexpr const char* kCorrectionStatus = "correction.status";

Problem UnknownCorrection() {
  Problem p;
  p.status = 404;
  p.slug = "unknown-correction";
  p.title = "Unknown correction request";
  p.detail = "no correction request has this id; the subscriber's record lists them";
  return p;
}

bool FinalCorrectionStatus(const std::string& s) { return s == "completed" || s == "rejected"; }

}  // namespace

std::optional<Problem> Service::CheckKnownSubscriber(const std::string& subscriber,
                                                     std::optional<Reply>* unavailable, const Caller& c) {
  if (!ValidSubscriber(subscriber))
    return InvalidBody("", "the subscriber in the path must be an opaque account id: 1 to 128 of A-Z a-z 0-9 _ . : -");
  if (auto p = CheckSubscriber(subscriber)) return p;
  auto events = store_->ConsentHistory(subscriber);
  if (!events.ok()) {
    *unavailable = Reply::Of(StoreFailed(events.status()), c);
    return std::nullopt;
  }
  if (!events.value().empty()) return std::nullopt;
  auto decisions = store_->SubscriberAudit(subscriber, "gate.decide");
  if (!decisions.ok()) {
    *unavailable = Reply::Of(StoreFailed(decisions.status()), c);
    return std::nullopt;
  }
  if (!decisions.value().empty()) return std::nullopt;
  return UnknownSubscriber("nothing was ever recorded for this subscriber (no consent, no gate decision)");
}

Reply Service::Terminate(const Caller& c, const std::string& subscriber, std::string_view body) {
  constexpr std::string_view kAction = kTerminate;
  auto parsed = ParseIdMembers(body, {}, {});
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  std::optional<Reply> unavailable;
  if (auto p = CheckKnownSubscriber(subscriber, &unavailable, c)) return Refuse(c, kAction, *p);
  if (unavailable) return *unavailable;
  auto terminated = status_->IsTerminated(subscriber);
  if (!terminated.ok()) return Reply::Of(StoreFailed(terminated.status()), c);
  if (terminated.value())
    return Refuse(c, kAction, Conflict("subscriber-terminated", "Subscriber terminated",
                                       "the subscriber has already ended the service"));
  RecordedEvent ev;
  ev.kind = kTerminate;
  ev.subscriber = subscriber;
  ev.status = "terminated";
  ev.at_unix_ms = Now();
  AuditRecord a = EventAudit(c, kAction, ev, "terminated", "service_ended", kArt9);
  Status s = store_->RecordEvent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {200,
          Json{{"request_id", c.request_id},
               {"subscriber", subscriber},
               {"status", "terminated"},
               {"terminated_at", FormatTime(ev.at_unix_ms)},
               {"article", kArt9}},
          false};
}

Reply Service::RequestCorrection(const Caller& c, const std::string& subscriber, std::string_view body) {
  constexpr std::string_view kAction = kCorrectionRequest;
  auto parsed = ParseIdMembers(body, {"category"}, {"category"});
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const std::string& category = parsed.value->at("category");
  if (!rules_->FindCategory(category))
    return Refuse(c, kAction, UnknownEntity("category", "/category", "category '" + category + "' is not in the rules"));
  std::optional<Reply> unavailable;
  if (auto p = CheckKnownSubscriber(subscriber, &unavailable, c)) return Refuse(c, kAction, *p);
  if (unavailable) return *unavailable;
  RecordedEvent ev;
  ev.kind = kCorrectionRequest;
  ev.subscriber = subscriber;
  ev.status = "received";
  ev.detail = Json{{"category", category}}.dump();
  ev.at_unix_ms = Now();
  AuditRecord a = EventAudit(c, kAction, ev, "recorded", "correction_requested", kArt9);
  Status s = store_->RecordEvent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {201,
          Json{{"request_id", c.request_id},
               {"id", ev.id},
               {"subscriber", subscriber},
               {"category", category},
               {"status", "received"},
               {"requested_at", FormatTime(ev.at_unix_ms)}},
          false};
}

Reply Service::UpdateCorrection(const Caller& c, const std::string& id_text, std::string_view body) {
  constexpr std::string_view kAction = kCorrectionStatus;
  int64_t id = 0;
  bool numeric = !id_text.empty() && id_text.size() <= 18 &&
                 std::all_of(id_text.begin(), id_text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  if (numeric) id = std::stoll(id_text);
  if (id <= 0) return Refuse(c, kAction, InvalidBody("", "the correction id in the path must be a positive integer"));
  auto parsed = ParseIdMembers(body, {"status"}, {"status"});
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const std::string& status = parsed.value->at("status");
  if (status != "in_progress" && !FinalCorrectionStatus(status))
    return Refuse(c, kAction, InvalidBody("/status", "'status' must be one of in_progress, completed, rejected"));
  EventQuery q;
  q.kind = kCorrectionRequest;
  q.id = id;
  auto found = store_->ListEvents(q);
  if (!found.ok()) return Reply::Of(StoreFailed(found.status()), c);
  if (found.value().empty()) return Refuse(c, kAction, UnknownCorrection());
  const RecordedEvent& request = found.value().front();
  EventQuery uq;
  uq.kind = kCorrectionStatus;
  uq.ref = id;
  auto updates = store_->ListEvents(uq);
  if (!updates.ok()) return Reply::Of(StoreFailed(updates.status()), c);
  std::string current = updates.value().empty() ? request.status : updates.value().back().status;
  if (FinalCorrectionStatus(current))
    return Refuse(c, kAction, Conflict("correction-closed", "Correction request closed",
                                       "the correction request is already " + current + "; record a new one"));
  RecordedEvent ev;
  ev.kind = kCorrectionStatus;
  ev.subscriber = request.subscriber;
  ev.status = status;
  ev.ref = id;
  ev.detail = request.detail;
  ev.at_unix_ms = Now();
  AuditRecord a = EventAudit(c, kAction, ev, status, "correction_" + status, kArt9);
  a.detail = Json{{"correction", id}, {"from", current}}.dump();
  Status s = store_->RecordEvent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {200,
          Json{{"request_id", c.request_id},
               {"id", id},
               {"subscriber", request.subscriber},
               {"status", status},
               {"updated_at", FormatTime(ev.at_unix_ms)}},
          false};
}

Reply Service::SubscriberRecord(const Caller& c, const std::string& subscriber) {
  constexpr std::string_view kAction = "subscriber.query";
  std::optional<Reply> unavailable;
  if (auto p = CheckKnownSubscriber(subscriber, &unavailable, c)) return Refuse(c, kAction, *p);
  if (unavailable) return *unavailable;
  auto consents = store_->ConsentHistory(subscriber);
  if (!consents.ok()) return Reply::Of(StoreFailed(consents.status()), c);
  auto decisions = store_->SubscriberAudit(subscriber, "gate.decide");
  if (!decisions.ok()) return Reply::Of(StoreFailed(decisions.status()), c);
  EventQuery q;
  q.subscriber = subscriber;
  auto events = store_->ListEvents(q);
  if (!events.ok()) return Reply::Of(StoreFailed(events.status()), c);

  // Categories held: those an active consent covers, and those the gate let a system collect.
  struct Held {
    std::set<std::string> sources;
    int64_t first = 0, last = 0;
  };
  std::map<std::string, Held> held;
  auto note = [&](const std::string& cat, const std::string& source, int64_t at) {
    Held& h = held[cat];
    h.sources.insert(source);
    if (h.first == 0 || at < h.first) h.first = at;
    if (at > h.last) h.last = at;
  };
  Json consent_events = Json::array();
  for (const ConsentEvent& e : consents.value()) consent_events.push_back(ConsentEventJson(e, false));
  Json purposes = Json::array();
  for (const auto& [key, e] : LatestPerPurpose(consents.value())) {
    auto view = ViewOf(*e);
    if (!view.ok()) return Reply::Of(StoreFailed(view.status()), c);
    purposes.push_back(Json{{"service", key.first}, {"purpose", key.second},
                            {"state", ConsentStateName(view.value().state)},
                            {"since", FormatTime(e->at_unix_ms)}});
    if (view.value().state != ConsentState::kActive) continue;
    const policy::Purpose* p = rules_->FindPurpose(key.first, key.second);
    if (!p) continue;
    std::string source = "consent:" + key.first + "." + key.second;
    for (const auto& col : p->collects)
      if (col.necessary || std::count(view.value().optional_categories.begin(),
                                      view.value().optional_categories.end(), col.category))
        note(col.category, source, e->at_unix_ms);
  }
  for (const AuditRecord& d : decisions.value()) {
    Json detail = Json::parse(d.detail.empty() ? "{}" : d.detail, nullptr, false);
    if (!detail.is_object() || !detail.contains("fields") || !detail["fields"].is_array()) continue;
    for (const Json& f : detail["fields"]) {
      if (!f.is_object() || f.value("decision", "") != "allowed" || !f.contains("categories")) continue;
      for (const Json& cat : f["categories"])
        if (cat.is_string()) note(cat.get<std::string>(), "gate:" + d.service + "." + d.purpose, d.at_unix_ms);
    }
  }
  Json categories = Json::array();
  for (const auto& [cat, h] : held)
    categories.push_back(Json{{"category", cat}, {"sources", h.sources},
                              {"first_recorded_at", FormatTime(h.first)}, {"last_recorded_at", FormatTime(h.last)}});

  Json terminated = nullptr;
  Json disclosures = Json::array();
  Json corrections = Json::array();
  std::map<int64_t, size_t> correction_index;
  for (const RecordedEvent& e : events.value()) {
    if (e.kind == kTerminate && terminated.is_null()) {
      terminated = Json{{"at", FormatTime(e.at_unix_ms)}, {"by", e.principal}};
    } else if (e.kind == kCorrectionRequest) {
      Json detail = Json::parse(e.detail.empty() ? "{}" : e.detail, nullptr, false);
      correction_index[e.id] = corrections.size();
      corrections.push_back(Json{{"id", e.id},
                                 {"category", detail.is_object() ? detail.value("category", "") : ""},
                                 {"status", e.status},
                                 {"requested_at", FormatTime(e.at_unix_ms)},
                                 {"updated_at", FormatTime(e.at_unix_ms)}});
    } else if (e.kind == kCorrectionStatus && correction_index.count(e.ref)) {
      Json& cj = corrections[correction_index[e.ref]];
      cj["status"] = e.status;
      cj["updated_at"] = FormatTime(e.at_unix_ms);
    } else if (e.kind == "disclosure" && (e.status == "provided" || e.status == "partial")) {
      Json detail = Json::parse(e.detail.empty() ? "{}" : e.detail, nullptr, false);
      disclosures.push_back(Json{{"trustee", e.trustee}, {"contract", e.contract}, {"service", e.service},
                                 {"purpose", e.purpose},
                                 {"categories", detail.is_object() && detail.contains("categories")
                                                    ? detail["categories"] : Json::array()},
                                 {"provided_at", FormatTime(e.at_unix_ms)}});
    }
  }
  AuditRecord a = Base(c, kAction);
  a.subscriber = subscriber;
  a.decision = "allowed";
  a.reason = "read";
  a.article = kArt9;
  Status s = store_->Append(a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {200,
          Json{{"request_id", c.request_id},
               {"subscriber", subscriber},
               {"status", terminated.is_null() ? "active" : "terminated"},
               {"terminated", terminated},
               {"categories_held", std::move(categories)},
               {"consents", Json{{"purposes", std::move(purposes)}, {"events", std::move(consent_events)}}},
               {"disclosures", std::move(disclosures)},
               {"corrections", std::move(corrections)},
               {"rules", RulesJson()}},
          false};
}

// --- Purpose-bound staff access (Order No. 24 Art. 13) ----------------------------------------

namespace {

constexpr const char* kArt13 = "Order 24 Art. 13";
constexpr const char* kBulkRequestKind = "access.bulk_request";
constexpr const char* kBulkApproveKind = "access.bulk_approve";
constexpr const char* kBulkUseKind = "access.bulk_use";

// What a bulk request is for, as one hash: the same role, purpose, categories and set of
// subscribers must be asked for when the approval is used.
std::string AccessFingerprint(const AccessRequest& r) {
  std::vector<std::string> subs = r.subscribers, cats = r.categories;
  std::sort(subs.begin(), subs.end());
  std::sort(cats.begin(), cats.end());
  Json j{{"role", r.role}, {"service", r.service}, {"purpose", r.purpose}, {"subscribers", subs}, {"categories", cats}};
  return policy::Sha256Hex(j.dump());
}

Problem BulkApprovalRequired(std::string detail) {
  Problem p;
  p.status = 403;
  p.slug = "bulk-approval-required";
  p.title = "Bulk access needs a second person's approval";
  p.detail = std::move(detail);
  return p;
}

Problem UnknownBulkRequest() {
  Problem p;
  p.status = 404;
  p.slug = "unknown-bulk-request";
  p.title = "Unknown bulk request";
  p.detail = "no bulk access request has this id";
  return p;
}

std::optional<int64_t> PositiveId(const std::string& text) {
  if (text.empty() || text.size() > 18 ||
      !std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return std::nullopt;
  int64_t v = std::stoll(text);
  if (v <= 0) return std::nullopt;
  return v;
}

}  // namespace

Reply Service::Access(const Caller& c, std::string_view body) {
  constexpr std::string_view kAction = "access.read";
  Parsed<AccessRequest> parsed = ParseAccessRequest(body, /*with_approval=*/true);
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const AccessRequest& req = *parsed.value;
  const policy::Role* role = rules_->FindRole(req.role);
  if (!role)
    return Refuse(c, kAction, UnknownEntity("role", "/role", "role '" + req.role + "' is not a staff role of the rules"));
  if (auto p = CheckTarget(req.service, req.purpose)) return Refuse(c, kAction, *p);
  for (size_t i = 0; i < req.categories.size(); ++i)
    if (!rules_->FindCategory(req.categories[i]))
      return Refuse(c, kAction, UnknownEntity("category", "/categories/" + std::to_string(i),
                                              "category '" + req.categories[i] + "' is not in the rules"));
  for (size_t i = 0; i < req.subscribers.size(); ++i) {
    std::optional<Reply> unavailable;
    if (auto p = CheckKnownSubscriber(req.subscribers[i], &unavailable, c)) {
      p->pointer = "/subscribers/" + std::to_string(i);
      return Refuse(c, kAction, *p);
    }
    if (unavailable) return *unavailable;
  }

  // Bulk: over the threshold, only with an approval of exactly this request by someone else.
  const bool bulk = req.subscribers.size() > options_.bulk_threshold;
  std::optional<RecordedEvent> bulk_request;
  if (bulk) {
    std::string why;
    if (req.approval == 0) {
      why = "this request names " + std::to_string(req.subscribers.size()) + " subscribers, more than " +
            std::to_string(options_.bulk_threshold) +
            "; file it with POST /v1/access/bulk-requests, have another person approve it, then send "
            "it again with 'approval'";
    } else {
      EventQuery q;
      q.kind = kBulkRequestKind;
      q.id = req.approval;
      auto found = store_->ListEvents(q);
      if (!found.ok()) return Reply::Of(StoreFailed(found.status()), c);
      EventQuery aq;
      aq.ref = req.approval;
      aq.kind = "access.bulk_*";
      auto later = store_->ListEvents(aq);
      if (!later.ok()) return Reply::Of(StoreFailed(later.status()), c);
      bool approved = false, used = false;
      for (const RecordedEvent& e : later.value()) {
        approved |= e.kind == kBulkApproveKind;
        used |= e.kind == kBulkUseKind;
      }
      Json detail = found.value().empty() ? Json::object()
                                          : Json::parse(found.value()[0].detail, nullptr, false);
      if (found.value().empty())
        why = "bulk request " + std::to_string(req.approval) + " does not exist";
      else if (found.value()[0].principal != c.principal)
        why = "bulk request " + std::to_string(req.approval) + " was filed by another principal";
      else if (!approved)
        why = "bulk request " + std::to_string(req.approval) + " has not been approved by a second person yet";
      else if (used)
        why = "the approval of bulk request " + std::to_string(req.approval) + " was already used";
      else if (!detail.is_object() || detail.value("fingerprint", "") != AccessFingerprint(req))
        why = "this request differs from bulk request " + std::to_string(req.approval) +
              " (role, purpose, categories and subscribers must be the same)";
      else
        bulk_request = found.value()[0];
    }
    if (!bulk_request) {
      Problem p = BulkApprovalRequired(why);
      AuditRecord a = Base(c, kAction);
      a.service = req.service;
      a.purpose = req.purpose;
      a.decision = "refused";
      a.reason = "bulk_approval_required";
      a.article = kArt13;
      a.detail = Json{{"status", 403}, {"role", req.role}, {"subscribers", req.subscribers.size()},
                      {"approval", req.approval}}.dump();
      Status s = store_->Append(a);
      if (!s.ok()) return Reply::Of(StoreFailed(s), c);
      return Reply::Of(p, c);
    }
  }

  const policy::Purpose* purpose = rules_->FindPurpose(req.service, req.purpose);
  std::vector<std::string> categories = req.categories;
  if (categories.empty())
    for (const auto& col : purpose->collects) categories.push_back(col.category);
  const bool role_works_for_purpose =
      std::count(role->purposes.begin(), role->purposes.end(), std::make_pair(req.service, req.purpose)) > 0;

  Json subscribers = Json::array();
  std::vector<AuditRecord> records;
  std::map<std::string, int> totals;
  for (const std::string& sub : req.subscribers) {
    auto terminated = status_->IsTerminated(sub);
    if (!terminated.ok()) return Reply::Of(StoreFailed(terminated.status()), c);
    Json cats = Json::array();
    Json audit_cats = Json::object();
    std::string first_reason, first_article;
    for (const std::string& cat : categories) {
      std::string access = "refused", reason, article;
      if (terminated.value()) {
        reason = "subscriber_terminated";
        article = kArt9;
      } else if (!role_works_for_purpose) {
        reason = "purpose_not_assigned_to_role";
        article = kArt13;
      } else if (!rules_->MayCollect(req.service, req.purpose, cat).allowed) {
        reason = "category_not_collected";
        article = "Order 24 Art. 5, 9";
      } else {
        policy::Visibility v = rules_->RoleAccess(req.role, cat);
        if (v == policy::Visibility::kNone) {
          reason = "role_has_no_access";
          article = kArt13;
        } else {
          access = std::string(policy::VisibilityName(v));
          reason = "role_access";
          article = kArt13;
        }
      }
      if (access == "refused" && first_reason.empty()) {
        first_reason = reason;
        first_article = article;
      }
      ++totals[access];
      cats.push_back(Json{{"category", cat}, {"access", access}, {"reason", reason}, {"article", article}});
      audit_cats[cat] = access;
    }
    subscribers.push_back(Json{{"subscriber", sub}, {"categories", std::move(cats)}});
    AuditRecord a = Base(c, kAction);
    a.subscriber = sub;
    a.service = req.service;
    a.purpose = req.purpose;
    bool any_shown = false, any_refused = !first_reason.empty();
    for (auto& [k, v] : audit_cats.items()) any_shown |= v != "refused";
    a.decision = !any_refused ? "allowed" : any_shown ? "partial" : "refused";
    a.reason = any_refused ? first_reason : "role_access";
    a.article = any_refused ? first_article : kArt13;
    Json detail{{"role", req.role}, {"categories", audit_cats}};
    if (bulk_request) detail["bulk_request"] = bulk_request->id;
    a.detail = detail.dump();
    records.push_back(std::move(a));
  }

  Status s;
  if (bulk_request) {
    // The use of the approval and the per-subscriber records commit together: an approval is
    // spent exactly when the access it allowed is on record.
    RecordedEvent use;
    use.kind = kBulkUseKind;
    use.service = req.service;
    use.purpose = req.purpose;
    use.status = "used";
    use.ref = bulk_request->id;
    use.detail = Json{{"subscribers", req.subscribers.size()}}.dump();
    use.at_unix_ms = Now();
    AuditRecord a = EventAudit(c, kBulkUseKind, use, "allowed", "bulk_access_approved", kArt13);
    a.detail = Json{{"bulk_request", bulk_request->id}, {"subscribers", req.subscribers.size()}}.dump();
    s = store_->RecordEvent(use, a, records);
    if (!s.ok()) {
      // Another node spent this approval between our check and our write: the ledger allows
      // one use per approval (unique index) and wrote nothing of this request.
      EventQuery uq;
      uq.kind = kBulkUseKind;
      uq.ref = bulk_request->id;
      auto used = store_->ListEvents(uq);
      if (used.ok() && !used.value().empty())
        return Refuse(c, kAction,
                      Conflict("approval-used", "Approval already used",
                               "the approval of bulk request " + std::to_string(bulk_request->id) +
                                   " was already used; file a new bulk request"));
    }
  } else {
    s = store_->AppendAll(records);
  }
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  Json out{{"request_id", c.request_id},
           {"role", req.role},
           {"service", req.service},
           {"purpose", req.purpose},
           {"bulk", bulk},
           {"totals", totals},
           {"subscribers", std::move(subscribers)},
           {"rules", RulesJson()}};
  if (bulk_request) out["approval"] = bulk_request->id;
  return {200, std::move(out), false};
}

Reply Service::BulkRequest(const Caller& c, std::string_view body) {
  constexpr std::string_view kAction = kBulkRequestKind;
  Parsed<AccessRequest> parsed = ParseAccessRequest(body, /*with_approval=*/false);
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const AccessRequest& req = *parsed.value;
  if (!rules_->FindRole(req.role))
    return Refuse(c, kAction, UnknownEntity("role", "/role", "role '" + req.role + "' is not a staff role of the rules"));
  if (auto p = CheckTarget(req.service, req.purpose)) return Refuse(c, kAction, *p);
  for (size_t i = 0; i < req.categories.size(); ++i)
    if (!rules_->FindCategory(req.categories[i]))
      return Refuse(c, kAction, UnknownEntity("category", "/categories/" + std::to_string(i),
                                              "category '" + req.categories[i] + "' is not in the rules"));
  RecordedEvent ev;
  ev.kind = kBulkRequestKind;
  ev.service = req.service;
  ev.purpose = req.purpose;
  ev.status = "pending";
  ev.detail = Json{{"role", req.role},
                   {"categories", req.categories},
                   {"subscribers", req.subscribers.size()},
                   {"fingerprint", AccessFingerprint(req)}}
                  .dump();
  ev.at_unix_ms = Now();
  AuditRecord a = EventAudit(c, kAction, ev, "recorded", "bulk_access_requested", kArt13);
  Status s = store_->RecordEvent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {201,
          Json{{"request_id", c.request_id},
               {"id", ev.id},
               {"status", "pending"},
               {"role", req.role},
               {"service", req.service},
               {"purpose", req.purpose},
               {"subscribers", req.subscribers.size()},
               {"requested_by", c.principal},
               {"requested_at", FormatTime(ev.at_unix_ms)}},
          false};
}

Reply Service::BulkApprove(const Caller& c, const std::string& id_text, std::string_view body) {
  constexpr std::string_view kAction = kBulkApproveKind;
  auto parsed = ParseIdMembers(body, {}, {});
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  auto id = PositiveId(id_text);
  if (!id) return Refuse(c, kAction, InvalidBody("", "the bulk request id in the path must be a positive integer"));
  EventQuery q;
  q.kind = kBulkRequestKind;
  q.id = *id;
  auto found = store_->ListEvents(q);
  if (!found.ok()) return Reply::Of(StoreFailed(found.status()), c);
  if (found.value().empty()) return Refuse(c, kAction, UnknownBulkRequest());
  const RecordedEvent& request = found.value().front();
  if (request.principal == c.principal) {
    Problem p = Forbidden("a bulk request must be approved by a second person; '" + c.principal +
                          "' filed this one");
    p.slug = "self-approval";
    p.title = "Self-approval refused";
    AuditRecord a = Base(c, kAction);
    a.service = request.service;
    a.purpose = request.purpose;
    a.decision = "refused";
    a.reason = "self_approval";
    a.article = kArt13;
    a.detail = Json{{"status", 403}, {"bulk_request", *id}}.dump();
    Status s = store_->Append(a);
    if (!s.ok()) return Reply::Of(StoreFailed(s), c);
    return Reply::Of(p, c);
  }
  EventQuery aq;
  aq.kind = kBulkApproveKind;
  aq.ref = *id;
  auto approvals = store_->ListEvents(aq);
  if (!approvals.ok()) return Reply::Of(StoreFailed(approvals.status()), c);
  if (!approvals.value().empty())
    return Refuse(c, kAction, Conflict("already-approved", "Already approved",
                                       "bulk request " + std::to_string(*id) + " was already approved by '" +
                                           approvals.value()[0].principal + "'"));
  RecordedEvent ev;
  ev.kind = kBulkApproveKind;
  ev.service = request.service;
  ev.purpose = request.purpose;
  ev.status = "approved";
  ev.ref = *id;
  ev.at_unix_ms = Now();
  AuditRecord a = EventAudit(c, kAction, ev, "approved", "second_person_approval", kArt13);
  a.detail = Json{{"bulk_request", *id}, {"requested_by", request.principal}}.dump();
  Status s = store_->RecordEvent(ev, a);
  if (!s.ok()) {
    // Another node approved it between our check and our write: the ledger allows one approval
    // per request (unique index), so this write was refused as a whole.
    auto again = store_->ListEvents(aq);
    if (again.ok() && !again.value().empty())
      return Refuse(c, kAction, Conflict("already-approved", "Already approved",
                                         "bulk request " + std::to_string(*id) +
                                             " was already approved by '" +
                                             again.value()[0].principal + "'"));
    return Reply::Of(StoreFailed(s), c);
  }
  return {200,
          Json{{"request_id", c.request_id},
               {"id", *id},
               {"status", "approved"},
               {"requested_by", request.principal},
               {"approved_by", c.principal},
               {"approved_at", FormatTime(ev.at_unix_ms)}},
          false};
}

// --- Disclosure to trustees (Order No. 24 Art. 10, 11) --------------------------------------

namespace {

constexpr const char* kArt1011 = "Order 24 Art. 10, 11";

// The calendar date of a UTC instant in China Standard Time (UTC+8, no daylight saving): the
// day a contract's valid_from / valid_to (inclusive) are read in.
policy::Date ChinaDate(int64_t unix_ms) {
  int64_t days = (unix_ms + 8LL * 3600 * 1000) / 86400000;
  if ((unix_ms + 8LL * 3600 * 1000) % 86400000 < 0) --days;
  int y, m, d;
  civil::CivilFromDays(days, &y, &m, &d);
  return policy::Date{y, m, d};
}

RedactOp RedactOpOf(policy::DeidOperator op) {
  if (op == policy::DeidOperator::kPlain) return RedactOp::kKeep;
  auto r = ParseRedactOp(policy::DeidOperatorName(op));
  return r ? *r : RedactOp::kRemove;  // every DeidOperator but plain has a redact operator of its name
}

bool NeedsKey(const policy::Deidentification& d) {
  if (RedactOpIsKeyed(RedactOpOf(d.fallback))) return true;
  for (const auto& [type, op] : d.by_pi_type)
    if (RedactOpIsKeyed(RedactOpOf(op))) return true;
  return false;
}

struct Span {
  uint64_t start = 0, end = 0;
  TypeId type = 0;
};
class SpanCollector : public FindingSink {
 public:
  void OnFinding(const Finding& f) override { spans.push_back({f.start, f.end, f.type}); }
  std::vector<Span> spans;
};

struct FieldOutcome {
  std::string decision;  // "provided", "dropped", "refused"
  std::string reason, article;
  std::optional<std::string> value;
  std::map<std::string, std::string> operators;  // PI type -> operator applied
  std::set<std::string> categories;              // categories the value was found to hold
};

Problem KeyRequired(const std::string& trustee) {
  Problem p = Unavailable("the contract of trustee '" + trustee +
                          "' requires keyed de-identification (pseudonym, fpe, ip_prefix or date_shift), "
                          "and this server has no key; start it with --key-file or --key-env; nothing was provided");
  p.slug = "key-required";
  p.title = "De-identification key not configured";
  return p;
}

}  // namespace

Reply Service::Disclose(const Caller& c, std::string_view body) {
  constexpr std::string_view kAction = "disclosure";
  Parsed<DisclosureRequest> parsed = ParseDisclosureRequest(body);
  if (!parsed.ok()) return Refuse(c, kAction, parsed.problem);
  const DisclosureRequest& req = *parsed.value;
  const policy::Trustee* trustee = rules_->FindTrustee(req.trustee);
  if (!trustee)
    return Refuse(c, kAction, UnknownEntity("trustee", "/trustee", "trustee '" + req.trustee + "' is not in the rules"));
  if (trustee->contract != req.contract) {
    Problem p = UnknownEntity("contract", "/contract",
                              "trustee '" + req.trustee + "' has no contract '" + req.contract +
                                  "' in the rules (version " + rules_->model().version + ")");
    return Refuse(c, kAction, p);
  }
  if (auto p = CheckTarget(req.service, req.purpose)) return Refuse(c, kAction, *p);
  for (size_t i = 0; i < req.fields.size(); ++i)
    if (!rules_->FindCategory(req.fields[i].category))
      return Refuse(c, kAction, UnknownEntity("category", "/fields/" + std::to_string(i) + "/category",
                                              "category '" + req.fields[i].category + "' is not in the rules"));
  std::optional<Reply> unavailable;
  if (auto p = CheckKnownSubscriber(req.subscriber, &unavailable, c)) {
    p->pointer = "/subscriber";
    return Refuse(c, kAction, *p);
  }
  if (unavailable) return *unavailable;
  auto terminated = status_->IsTerminated(req.subscriber);
  if (!terminated.ok()) return Reply::Of(StoreFailed(terminated.status()), c);

  const int64_t now = Now();
  const policy::Date today = ChinaDate(now);
  // One redactor per category, keyed by the trustee and its contract: two trustees get
  // unlinkable tokens for the same value, and a new contract starts a new token space.
  const std::string context = "trustee:" + trustee->id + "/" + trustee->contract;
  std::map<std::string, std::unique_ptr<Redactor>> redactors;
  auto redactor_for = [&](const std::string& category, const policy::Deidentification& d)
      -> Result<const Redactor*> {
    auto it = redactors.find(category);
    if (it != redactors.end()) return it->second.get();
    RedactRules rr;
    rr.source = "contract " + trustee->contract;
    auto spec = [](policy::DeidOperator op) {
      OperatorSpec s;
      s.op = RedactOpOf(op);
      return s;
    };
    for (const auto& [type, op] : d.by_pi_type) rr.types[type] = spec(op);
    rr.default_spec = spec(d.fallback);
    rr.context = context;
    auto r = Redactor::Create(*scanner_, rr, options_.key ? &*options_.key : nullptr, context);
    if (!r.ok()) return r.status();
    const Redactor* out = r.value().get();
    redactors[category] = std::move(r.value());
    return out;
  };
  auto refuse_reason = [](policy::DisclosureDecision::Reason r) -> std::pair<std::string, std::string> {
    switch (r) {
      case policy::DisclosureDecision::Reason::kContractNotInForce: return {"contract_not_in_force", kArt1011};
      case policy::DisclosureDecision::Reason::kNotCollected: return {"category_not_collected", "Order 24 Art. 5, 9"};
      default: return {"not_in_contract", kArt1011};
    }
  };

  std::vector<FieldOutcome> outcomes;
  for (const DisclosureField& f : req.fields) {
    FieldOutcome o;
    o.categories.insert(f.category);
    if (terminated.value()) {
      o.decision = "refused";
      o.reason = "subscriber_terminated";
      o.article = kArt9;
      outcomes.push_back(std::move(o));
      continue;
    }
    policy::DisclosureDecision d = rules_->MayDisclose(req.trustee, req.service, req.purpose, f.category, today);
    if (!d.allowed) {
      std::tie(o.reason, o.article) = refuse_reason(d.reason);
      o.decision = "refused";
      outcomes.push_back(std::move(o));
      continue;
    }
    thread_local ScanScratch scratch;
    FieldClass fc = scanner_->ClassifyField(f.name);
    Segment seg;
    seg.text = f.value;
    seg.field = f.name;
    seg.field_class = &fc;
    seg.whole_value = true;
    SpanCollector sink;
    scanner_->Scan(seg, scratch, sink);
    std::sort(sink.spans.begin(), sink.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    std::string out;
    uint64_t pos = 0;
    bool dropped = false;
    for (const Span& sp : sink.spans) {
      if (sp.start < pos || sp.end > f.value.size()) continue;  // overlapping: the first one wins
      std::string type(scanner_->TypeName(sp.type));
      const policy::Category* cat = rules_->CategoryOfPiType(type);
      policy::DisclosureDecision cd = d;
      if (!cat) {
        o.decision = "refused";
        o.reason = "pi_not_in_rules";
        o.article = "Order 24 Art. 8, 9";
        break;
      }
      o.categories.insert(cat->id);
      if (cat->id != f.category) {
        cd = rules_->MayDisclose(req.trustee, req.service, req.purpose, cat->id, today);
        if (!cd.allowed) {
          o.decision = "refused";
          o.reason = "value_holds_category_outside_contract";
          o.article = kArt1011;
          break;
        }
      }
      policy::DeidOperator op = cd.deidentification.For(type);
      o.operators[type] = std::string(policy::DeidOperatorName(op));
      if (op == policy::DeidOperator::kDrop) {
        dropped = true;
        continue;
      }
      if (NeedsKey(cd.deidentification) && !options_.key) return Refuse(c, kAction, KeyRequired(req.trustee));
      auto red = redactor_for(cat->id, cd.deidentification);
      if (!red.ok())
        return Refuse(c, kAction, Internal("the contract's de-identification cannot be applied: " +
                                           red.status().message() + "; nothing was provided"));
      std::string_view original(f.value.data() + sp.start, sp.end - sp.start);
      out.append(f.value, pos, sp.start - pos);
      std::optional<std::string> repl = red.value()->RedactValue(sp.type, original, f.name);
      out += repl ? *repl : std::string(original);
      pos = sp.end;
    }
    if (o.decision == "refused") {
      outcomes.push_back(std::move(o));
      continue;
    }
    out.append(f.value, pos, std::string::npos);
    if (sink.spans.empty()) {
      // No PI type found to apply the contract's operators to: only a contract that hands the
      // category over plainly (or drops it) says what to do with the value.
      policy::DeidOperator op = d.deidentification.fallback;
      if (op == policy::DeidOperator::kDrop) {
        dropped = true;
      } else if (op != policy::DeidOperator::kPlain) {
        o.decision = "refused";
        o.reason = "cannot_deidentify";
        o.article = kArt1011;
        outcomes.push_back(std::move(o));
        continue;
      }
    }
    if (dropped) {
      o.decision = "dropped";
      o.reason = "contract_drops";
    } else {
      o.decision = "provided";
      o.reason = "contract_in_force";
      o.value = std::move(out);
    }
    o.article = kArt1011;
    outcomes.push_back(std::move(o));
  }

  size_t provided = 0;
  std::set<std::string> cats_provided, cats_refused;
  const FieldOutcome* first_refusal = nullptr;
  Json fields = Json::array(), audit_fields = Json::array();
  for (size_t i = 0; i < outcomes.size(); ++i) {
    const FieldOutcome& o = outcomes[i];
    if (o.decision == "provided") {
      ++provided;
      cats_provided.insert(o.categories.begin(), o.categories.end());
    } else if (o.decision == "refused") {
      cats_refused.insert(req.fields[i].category);
      if (!first_refusal) first_refusal = &o;
    }
    Json fj{{"name", req.fields[i].name}, {"category", req.fields[i].category}, {"decision", o.decision},
            {"reason", o.reason},         {"article", o.article},               {"deidentification", o.operators}};
    if (o.value) fj["value"] = *o.value;
    fields.push_back(std::move(fj));
    audit_fields.push_back(Json{{"name", req.fields[i].name}, {"category", req.fields[i].category},
                                {"decision", o.decision}, {"reason", o.reason}, {"deidentification", o.operators}});
  }
  std::string decision = provided == outcomes.size() ? "provided" : provided == 0 ? "refused" : "partial";
  if (provided == 0 && !first_refusal) decision = "dropped";

  RecordedEvent ev;
  ev.kind = "disclosure";
  ev.subscriber = req.subscriber;
  ev.trustee = req.trustee;
  ev.contract = req.contract;
  ev.service = req.service;
  ev.purpose = req.purpose;
  ev.status = decision;
  ev.at_unix_ms = now;
  Json detail{{"date", today.ToString()},
              {"categories", cats_provided},
              {"refused_categories", cats_refused},
              {"fields", audit_fields}};
  if (first_refusal) detail["refusal_reason"] = first_refusal->reason;
  ev.detail = detail.dump();
  if (ev.detail.size() > 15000) {  // the ledger bounds detail size: keep the categories
    detail.erase("fields");
    detail["fields_total"] = outcomes.size();
    detail["fields_provided"] = provided;
    ev.detail = detail.dump();
  }
  AuditRecord a = Base(c, kAction);
  a.subscriber = req.subscriber;
  a.service = req.service;
  a.purpose = req.purpose;
  a.decision = decision;
  a.reason = first_refusal ? first_refusal->reason : "contract_in_force";
  a.article = first_refusal ? first_refusal->article : kArt1011;
  a.at_unix_ms = now;
  a.detail = Json{{"trustee", req.trustee}, {"contract", req.contract}}.dump();
  Status s = store_->RecordEvent(ev, a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  return {200,
          Json{{"request_id", c.request_id},
               {"id", ev.id},
               {"trustee", req.trustee},
               {"contract", req.contract},
               {"service", req.service},
               {"purpose", req.purpose},
               {"subscriber", req.subscriber},
               {"date", today.ToString()},
               {"decision", decision},
               {"fields", std::move(fields)},
               {"recorded_at", FormatTime(now)}},
          false};
}

Reply Service::TrusteeReport(const Caller& c, const std::string& trustee, const std::string& from_text,
                             const std::string& to_text, const std::string& format) {
  constexpr std::string_view kAction = "trustee.report";
  if (!ValidRulesId(trustee) || !rules_->FindTrustee(trustee)) {
    Problem p = UnknownEntity("trustee", "", "no trustee of the rules has this id");
    p.status = 404;
    return Refuse(c, kAction, p);
  }
  auto from = policy::Date::Parse(from_text);
  auto to = policy::Date::Parse(to_text);
  if (!from || !to || *to < *from)
    return Refuse(c, kAction, InvalidBody("", "give the period as query parameters from=YYYY-MM-DD&to=YYYY-MM-DD "
                                              "(dates in UTC+08:00, both inclusive, from <= to)"));
  if (format != "json" && format != "html")
    return Refuse(c, kAction, InvalidBody("", "format must be json or html"));
  auto [from_ms, to_ms] = ChinaDaysToUtcMs(*from, *to);
  EventQuery q;
  q.kind = "disclosure";
  q.trustee = trustee;
  q.from_ms = from_ms;
  q.to_ms = to_ms;
  auto events = store_->ListEvents(q);
  if (!events.ok()) return Reply::Of(StoreFailed(events.status()), c);
  Json report = BuildTrusteeReport(trustee, *from, *to, events.value(), rules_->FindTrustee(trustee), Now());
  AuditRecord a = Base(c, kAction);
  a.decision = "allowed";
  a.reason = "read";
  a.article = "Order 24 Art. 11";
  a.detail = Json{{"trustee", trustee}, {"from", from->ToString()}, {"to", to->ToString()},
                  {"disclosures", events.value().size()}}.dump();
  Status s = store_->Append(a);
  if (!s.ok()) return Reply::Of(StoreFailed(s), c);
  report["request_id"] = c.request_id;
  Reply r{200, report, false};
  if (format == "html") {
    r.raw = TrusteeReportHtml(report);
    r.content_type = "text/html; charset=utf-8";
  }
  return r;
}

}  // namespace piguard::serve
