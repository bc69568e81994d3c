// Unit tests of the `piguard serve` library (src/serve) without sockets: the route table
// against the OpenAPI document, body parsing, keys and roles, the stored-rules round trip,
// which rules changes need renewed consent, and the service's write-before-answer contract
// against an in-memory store that can be made to fail.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "piguard/policy.h"
#include "serve/auth.h"
#include "serve/gate.h"
#include "serve/memory_store.h"
#include "serve/metrics.h"
#include "serve/openapi.h"
#include "serve/report.h"
#include "serve/requests.h"
#include "serve/rules_json.h"
#include "serve/server.h"
#include "serve/service.h"

namespace piguard::serve {
namespace {

using Json = nlohmann::json;

std::shared_ptr<const policy::Policy> Example(const char* version) {
  auto p = policy::LoadPolicy(std::string(PIGUARD_SOURCE_DIR) + "/examples/policy/bluebay-" + version + ".yaml");
  EXPECT_TRUE(p.ok()) << p.status().message();
  return p.value();
}

TEST(ServeOpenApi, EveryRouteIsDocumentedAndViceVersa) {
  Json doc = Json::parse(OpenApiJson());
  EXPECT_EQ(doc["openapi"], "3.1.0");
  std::set<std::pair<std::string, std::string>> documented, registered;
  for (const auto& [path, ops] : doc["paths"].items())
    for (const auto& [method, op] : ops.items()) {
      std::string m = method;
      for (char& c : m) c = static_cast<char>(std::toupper(c));
      documented.insert({m, path});
      // Every operation documents its auth refusal, except the one without auth.
      if (path != "/livez") {
        EXPECT_TRUE(op["responses"].contains("401")) << path;
      }
    }
  for (const RouteSpec& r : Routes()) {
    registered.insert({r.method, r.path});
    EXPECT_EQ(r.permission.has_value(), r.path != "/livez") << r.path;
  }
  EXPECT_EQ(documented, registered);
}

TEST(ServeRoutes, MatchesTemplatesOnly) {
  EXPECT_EQ(MatchRoute("GET", "/v1/subscribers/s-1/consents")->action, "consent.history");
  EXPECT_EQ(MatchRoute("GET", "/v1/subscribers//consents"), nullptr);
  EXPECT_EQ(MatchRoute("GET", "/v1/subscribers/s-1")->action, "subscriber.query");
  EXPECT_EQ(MatchRoute("POST", "/v1/subscribers/s-1/terminate")->action, "subscriber.terminate");
  EXPECT_EQ(MatchRoute("POST", "/v1/access/bulk-requests/7/approve")->action, "access.bulk_approve");
  EXPECT_EQ(MatchRoute("GET", "/v1/trustees/t/report")->action, "trustee.report");
  EXPECT_EQ(MatchRoute("POST", "/v1/subscribers/s-1/consents"), nullptr);
  EXPECT_EQ(MatchRoute("POST", "/v1/gate/decisions/"), nullptr);
  EXPECT_TRUE(PathKnown("/v1/gate/decisions"));
  EXPECT_FALSE(PathKnown("/v1/gate"));
}

TEST(ServeRequests, ParsesAValidGateRequest) {
  auto r = ParseGateRequest(R"({"subscriber":"a-1","service":"mobile","purpose":"billing",
      "fields":[{"name":"p","categories":["contact"]},{"name":"n","value":13800138000}]})");
  ASSERT_TRUE(r.ok()) << r.problem.detail;
  EXPECT_EQ(r.value->fields.size(), 2u);
  EXPECT_EQ(*r.value->fields[1].value, "13800138000");
}

TEST(ServeRequests, EachBadInputHasItsProblem) {
  struct Case {
    const char* body;
    int status;
    const char* slug;
    const char* pointer;
  } cases[] = {
      {"", 400, "malformed-json", ""},
      {"{", 400, "malformed-json", ""},
      {"[]", 422, "invalid-body", "/"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing"})", 422, "invalid-body", "/fields"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing","fields":[],"x":1})", 422, "invalid-body", "/x"},
      {R"({"subscriber":1,"service":"mobile","purpose":"billing","fields":[]})", 422, "invalid-body", "/subscriber"},
      {R"({"subscriber":"a b","service":"mobile","purpose":"billing","fields":[]})", 422, "invalid-body", "/subscriber"},
      {R"({"subscriber":"a","service":"Mobile","purpose":"billing","fields":[]})", 422, "invalid-body", "/service"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing","fields":[]})", 422, "invalid-body", "/fields"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing","fields":[{"name":"x"}]})", 422, "invalid-body", "/fields/0"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing","fields":[{"name":"x","value":true}]})", 422, "invalid-body", "/fields/0/value"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing","fields":[{"name":"x","categories":["a","a"]}]})", 422, "invalid-body", "/fields/0/categories/1"},
      {R"({"subscriber":"a","service":"mobile","purpose":"billing","fields":[{"name":"x","categories":["a"]},{"name":"x","categories":["a"]}]})", 422, "invalid-body", "/fields/1/name"},
  };
  for (const Case& c : cases) {
    auto r = ParseGateRequest(c.body);
    ASSERT_FALSE(r.ok()) << c.body;
    EXPECT_EQ(r.problem.status, c.status) << c.body;
    EXPECT_EQ(r.problem.slug, c.slug) << c.body;
    EXPECT_EQ(r.problem.pointer, c.pointer) << c.body;
  }
  // A rejected subscriber id is never repeated back.
  auto r = ParseConsentRequest(R"({"subscriber":"110101199003074258 x","service":"mobile","purpose":"billing"})", true);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.problem.detail.find("110101199003074258"), std::string::npos);
  // Withdrawals take no optional categories.
  EXPECT_FALSE(ParseConsentRequest(R"({"subscriber":"a","service":"m","purpose":"p","optional_categories":[]})", false).ok());
}

TEST(ServeAuth, KeyRingAndRoleMatrix) {
  std::string yaml = "keys:\n  - {principal: crm, role: collector, sha256: " + HashKey("k-0123456789abcdef") + "}\n";
  auto ring = KeyRing::Parse(yaml, "keys.yaml");
  ASSERT_TRUE(ring.ok()) << ring.status().message();
  auto who = ring.value().Authenticate("Bearer k-0123456789abcdef");
  ASSERT_TRUE(who);
  EXPECT_EQ(who->name, "crm");
  EXPECT_FALSE(ring.value().Authenticate("Bearer k-0123456789abcdeF"));
  EXPECT_FALSE(ring.value().Authenticate("Basic k-0123456789abcdef"));
  EXPECT_FALSE(ring.value().Authenticate(""));
  EXPECT_FALSE(KeyRing::Parse("keys:\n  - {principal: a, role: root, sha256: x}\n", "k").ok());
  EXPECT_FALSE(KeyRing::Parse("keys: []\n", "k").ok());
  EXPECT_FALSE(KeyRing::Parse(yaml + "extra: 1\n", "k").ok());
  EXPECT_FALSE(KeyRing::Parse("keys:\n  - {principal: a, role: admin, sha256: abc}\n", "k").ok());

  // The documented matrix (docs/serve.md), cell by cell.
  using P = Permission;
  const std::map<Role, std::set<P>> allowed = {
      {Role::kCollector, {P::kGateDecide, P::kConsentWrite, P::kRulesRead}},
      {Role::kStaff, {P::kConsentWrite, P::kConsentRead, P::kRulesRead}},
      {Role::kTrustee, {P::kRulesRead}},
      {Role::kAuditor, {P::kConsentRead, P::kRulesRead, P::kMetricsRead}},
      {Role::kAdmin, {P::kGateDecide, P::kConsentWrite, P::kConsentRead, P::kRulesRead, P::kMetricsRead}},
  };
  for (const auto& [role, perms] : allowed)
    for (P p : {P::kGateDecide, P::kConsentWrite, P::kConsentRead, P::kRulesRead, P::kMetricsRead})
      EXPECT_EQ(RoleAllows(role, p), perms.count(p) > 0) << RoleName(role) << " " << PermissionName(p);
}

TEST(ServeRules, CanonicalJsonReadsBackToTheSameRules) {
  for (const char* v : {"2025.1", "2026.1"}) {
    auto p = Example(v);
    auto back = PolicyFromCanonicalJson(p->canonical_json());
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(back.value()->sha256(), p->sha256());
  }
  EXPECT_FALSE(PolicyFromCanonicalJson("{}").ok());
  EXPECT_FALSE(PolicyFromCanonicalJson("not json").ok());
}

TEST(ServeRules, ChangedPurposesFollowTheConsentImpactOfTheDiff) {
  auto set = RulesHistory::ChangedPurposes(*Example("2025.1"), *Example("2026.1"));
  using SP = std::pair<std::string, std::string>;
  for (SP sp : {SP{"mobile", "sim_delivery"}, SP{"mobile", "network_service"}, SP{"mobile", "billing"},
                SP{"app", "store_finder"}, SP{"broadband", "network_service"}})
    EXPECT_TRUE(set.count(sp)) << sp.first << "." << sp.second;
  for (SP sp : {SP{"mobile", "marketing"}, SP{"mobile", "real_name_registration"}, SP{"app", "account"},
                SP{"broadband", "installation"}})
    EXPECT_FALSE(set.count(sp)) << sp.first << "." << sp.second;
  EXPECT_TRUE(RulesHistory::ChangedPurposes(*Example("2026.1"), *Example("2026.1")).empty());
}

class TerminatedAll : public SubscriberStatus {
 public:
  Result<bool> IsTerminated(const std::string&) override { return true; }
};

struct Fixture {
  std::shared_ptr<const policy::Policy> rules = Example("2026.1");
  std::shared_ptr<const Scanner> scanner = std::shared_ptr<const Scanner>(Scanner::Create(ScanConfig{}).value().release());
  MemoryStore store;
  AlwaysActive active;
  Metrics metrics;
  Caller caller{"rid-1", "crm", "collector", "127.0.0.1:1"};
};

TEST(ServeService, AnswersOnlyWhatItRecorded) {
  Fixture f;
  Service svc(f.rules, f.scanner, &f.store, &f.active, &f.metrics);
  ASSERT_TRUE(svc.Start().ok());
  Reply g = svc.Grant(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing"})");
  EXPECT_EQ(g.status, 201);
  EXPECT_EQ(f.store.consent_count(), 1u);
  size_t audited = f.store.audit().size();
  Reply d = svc.Decide(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing",
      "fields":[{"name":"p","value":"tel 13800138000"}]})");
  EXPECT_EQ(d.status, 200);
  EXPECT_EQ(d.body["decision"], "allowed") << d.body.dump();
  ASSERT_EQ(f.store.audit().size(), audited + 1);
  const AuditRecord a = f.store.last_audit();  // a copy: audit() returns a copy of the list
  EXPECT_EQ(a.action, "gate.decide");
  EXPECT_EQ(a.request_id, "rid-1");
  EXPECT_EQ(a.detail.find("13800138000"), std::string::npos);
  EXPECT_NE(a.detail.find("PHONE_NUMBER"), std::string::npos);

  // A store that cannot write: 503, and nothing recorded.
  f.store.set_fail(true);
  Reply g2 = svc.Grant(f.caller, R"({"subscriber":"s-2","service":"mobile","purpose":"billing"})");
  EXPECT_EQ(g2.status, 503);
  EXPECT_EQ(g2.body["type"], "urn:piguard:problem:ledger-unavailable");
  Reply d2 = svc.Decide(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing",
      "fields":[{"name":"p","categories":["contact"]}]})");
  EXPECT_EQ(d2.status, 503);
  EXPECT_FALSE(d2.body.contains("fields"));
  EXPECT_EQ(svc.Ready(f.caller).status, 503);
  f.store.set_fail(false);
  EXPECT_EQ(f.store.consent_count(), 1u);
}

TEST(ServeService, TerminatedSubscribersAreRefusedEverything) {
  Fixture f;
  TerminatedAll terminated;
  Service svc(f.rules, f.scanner, &f.store, &terminated, &f.metrics);
  Reply d = svc.Decide(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"real_name_registration",
      "fields":[{"name":"id","categories":["identity_document"]},{"name":"c","value":"hello"}]})");
  ASSERT_EQ(d.status, 200);
  for (const auto& fd : d.body["fields"]) EXPECT_EQ(fd["reason"], "subscriber_terminated");
}

TEST(ServeRights, TerminationIsStoredAndRefusesTheGateAndConsent) {
  Fixture f;
  StoredSubscriberStatus status(&f.store);
  Service svc(f.rules, f.scanner, &f.store, &status, &f.metrics);
  Caller staff{"rid-2", "desk-1", "staff", "127.0.0.1:2"};
  ASSERT_EQ(svc.Grant(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing"})").status, 201);
  EXPECT_EQ(svc.Terminate(staff, "unknown-1", "{}").status, 404);
  Reply t = svc.Terminate(staff, "s-1", "{}");
  ASSERT_EQ(t.status, 200) << t.body.dump();
  EXPECT_EQ(f.store.audit().back().article, "Order 24 Art. 9");
  Reply d = svc.Decide(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing",
      "fields":[{"name":"p","categories":["contact"]}]})");
  EXPECT_EQ(d.body["fields"][0]["reason"], "subscriber_terminated");
  EXPECT_EQ(svc.Grant(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing"})").status, 409);
  EXPECT_EQ(svc.Terminate(staff, "s-1", "{}").status, 409);
  // A failing store: 503, nothing recorded, no termination.
  ASSERT_EQ(svc.Grant(f.caller, R"({"subscriber":"s-2","service":"mobile","purpose":"billing"})").status, 201);
  f.store.set_fail(true);
  EXPECT_EQ(svc.Terminate(staff, "s-2", "{}").status, 503);
  f.store.set_fail(false);
  EXPECT_FALSE(status.IsTerminated("s-2").value());
}

TEST(ServeRights, AccessFollowsTheRoleAndThePurpose) {
  Fixture f;
  Service svc(f.rules, f.scanner, &f.store, &f.active, &f.metrics);
  Caller staff{"rid-3", "desk-1", "staff", "127.0.0.1:3"};
  ASSERT_EQ(svc.Grant(f.caller, R"({"subscriber":"s-1","service":"mobile","purpose":"billing"})").status, 201);
  Reply r = svc.Access(staff, R"({"role":"customer_service","service":"mobile","purpose":"billing",
      "subscribers":["s-1"],"categories":["contact","payment","identity_document"]})");
  ASSERT_EQ(r.status, 200) << r.body.dump();
  const Json& cats = r.body["subscribers"][0]["categories"];
  EXPECT_EQ(cats[0]["access"], "plain");
  EXPECT_EQ(cats[1]["access"], "masked");
  EXPECT_EQ(cats[2]["reason"], "category_not_collected");
  EXPECT_EQ(svc.Access(staff, R"({"role":"nope","service":"mobile","purpose":"billing","subscribers":["s-1"]})")
                .body["type"], "urn:piguard:problem:unknown-role");
  // Over the threshold without approval.
  ServiceOptions o;
  o.bulk_threshold = 0;
  svc.set_options(o);
  Reply b = svc.Access(staff, R"({"role":"customer_service","service":"mobile","purpose":"billing","subscribers":["s-1"]})");
  EXPECT_EQ(b.status, 403);
  EXPECT_EQ(b.body["type"], "urn:piguard:problem:bulk-approval-required");
}

TEST(ServeRequests, AccessAndDisclosureBodiesAreChecked) {
  EXPECT_TRUE(ParseAccessRequest(R"({"role":"r","service":"s","purpose":"p","subscribers":["a"]})", true).ok());
  EXPECT_FALSE(ParseAccessRequest(R"({"role":"r","service":"s","purpose":"p","subscribers":["a"],"approval":1})",
                                  false).ok());
  EXPECT_EQ(ParseAccessRequest(R"({"role":"r","service":"s","purpose":"p","subscribers":["a","a"]})", true)
                .problem.pointer, "/subscribers/1");
  EXPECT_EQ(ParseAccessRequest(R"({"role":"r","service":"s","purpose":"p","subscribers":["a"],"approval":0})", true)
                .problem.pointer, "/approval");
  auto d = ParseDisclosureRequest(R"({"trustee":"t","contract":"C-1","service":"s","purpose":"p","subscriber":"a",
      "fields":[{"name":"f","category":"contact","value":"v"}]})");
  ASSERT_TRUE(d.ok()) << d.problem.detail;
  EXPECT_EQ(d.value->fields[0].value, "v");
  EXPECT_EQ(ParseDisclosureRequest(R"({"trustee":"t","contract":"C 1","service":"s","purpose":"p","subscriber":"a",
      "fields":[{"name":"f","category":"contact","value":"v"}]})").problem.pointer, "/contract");
  // Problem details never repeat a submitted value.
  auto bad = ParseDisclosureRequest(R"({"trustee":"t","contract":"C-1","service":"s","purpose":"p",
      "subscriber":"13800138000x!","fields":[]})");
  EXPECT_EQ(bad.problem.detail.find("13800138000"), std::string::npos);
}

TEST(ServeReport, PeriodIsInChinaStandardTimeAndHtmlIsEscaped) {
  auto [from, to] = ChinaDaysToUtcMs(policy::Date{2026, 3, 1}, policy::Date{2026, 3, 31});
  EXPECT_EQ(from, 1772294400000);  // 2026-02-28T16:00:00Z
  EXPECT_EQ(to, 1774972800000);    // 2026-03-31T16:00:00Z
  RecordedEvent e;
  e.id = 7;
  e.kind = "disclosure";
  e.trustee = "t";
  e.contract = "C-<1>";
  e.subscriber = "s-1";
  e.service = "mobile";
  e.purpose = "sim_delivery";
  e.status = "partial";
  e.detail = R"({"categories":["contact"],"refused_categories":["home_address"],"refusal_reason":"not_in_contract"})";
  e.at_unix_ms = from + 1;
  Json r = BuildTrusteeReport("t", policy::Date{2026, 3, 1}, policy::Date{2026, 3, 31}, {e}, nullptr, from);
  EXPECT_EQ(r["totals"]["partial"], 1);
  EXPECT_EQ(r["provided_categories"]["contact"], 1);
  EXPECT_EQ(r["refusal_reasons"]["not_in_contract"], 1);
  std::string html = TrusteeReportHtml(r);
  EXPECT_NE(html.find("C-&lt;1&gt;"), std::string::npos);
  EXPECT_EQ(html.find("C-<1>"), std::string::npos);
}

TEST(ServeMetrics, EscapesLabelsAndCountsCumulatively) {
  EXPECT_EQ(EscapeLabel("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
  Metrics m;
  m.ObserveRequest("/x", "GET", 200, 0.003);
  m.ObserveRequest("/x", "GET", 200, 7.0);
  std::string text = m.Render();
  EXPECT_NE(text.find("piguard_http_request_duration_seconds_bucket{route=\"/x\",le=\"0.005\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("piguard_http_request_duration_seconds_bucket{route=\"/x\",le=\"2.5\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("piguard_http_request_duration_seconds_bucket{route=\"/x\",le=\"+Inf\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("piguard_http_requests_total{route=\"/x\",method=\"GET\",status=\"200\"} 2\n"), std::string::npos);
}

}  // namespace
}  // namespace piguard::serve
