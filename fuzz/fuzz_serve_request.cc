// fuzz_serve_request: the input bytes are an HTTP request body of `piguard serve`. Parsing
// (ParseGateRequest, ParseConsentRequest) must return either a request within every limit or
// a 400/422 problem that repeats no part of a rejected subscriber id, never throw or crash.
// A request that parses is then run through the whole service (rules checks, scanning of
// values, consent look-up, decision, audit record) on an in-memory store: the answer is a
// decision per field or a problem, and no submitted value reaches the audit record.
#include <memory>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "piguard/policy.h"
#include "piguard/scanner.h"
#include "serve/memory_store.h"
#include "serve/requests.h"
#include "serve/service.h"

namespace {

constexpr std::string_view kRules = R"(piguard_policy: 1
version: "1.0"
effective_date: 2026-01-01
operator:
  name: {zh: 测试通信, en: Test Telecom}
categories:
  - {id: identity, class: A1, name: {zh: 证件, en: ID}, sensitive: true, level: 5, pi_types: [CHINA_RESIDENT_ID_NUMBER]}
  - {id: contact, class: A1, name: {zh: 联系方式, en: Contact}, sensitive: true, level: 4, pi_types: [PHONE_NUMBER, EMAIL_ADDRESS]}
services:
  - id: mobile
    name: {zh: 移动, en: Mobile}
    purposes:
      - id: billing
        name: {zh: 计费, en: Billing}
        description: {zh: 计费, en: Billing}
        function: basic
        legal_basis: consent
        retention: 1y
        refusal_consequence: {zh: 无, en: None}
        collects:
          - {category: contact, necessary: true, method: user}
          - {category: identity, necessary: false, method: user}
)";

struct World {
  std::shared_ptr<const piguard::policy::Policy> rules;
  std::shared_ptr<const piguard::Scanner> scanner;
  piguard::serve::MemoryStore store;
  piguard::serve::AlwaysActive active;
  piguard::serve::Metrics metrics;
  std::unique_ptr<piguard::serve::Service> service;
  World() {
    rules = piguard::policy::ParsePolicy(kRules, "fuzz-rules.yaml").value();
    scanner = std::shared_ptr<const piguard::Scanner>(piguard::Scanner::Create(piguard::ScanConfig{}).value().release());
    service = std::make_unique<piguard::serve::Service>(rules, scanner, &store, &active, &metrics);
    (void)service->Start();
  }
};

void CheckProblem(const piguard::serve::Problem& p) {
  PIGUARD_FUZZ_CHECK(p.status == 400 || p.status == 422, "unexpected problem status %d", p.status);
  PIGUARD_FUZZ_CHECK(!p.slug.empty() && !p.title.empty() && !p.detail.empty(), "incomplete problem");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard::serve;
  static World* world = new World();
  std::string_view body(reinterpret_cast<const char*>(data), size);

  auto gate = ParseGateRequest(body);
  if (!gate.ok()) {
    CheckProblem(gate.problem);
  } else {
    const GateRequest& r = *gate.value;
    PIGUARD_FUZZ_CHECK(ValidSubscriber(r.subscriber) && ValidRulesId(r.service) && ValidRulesId(r.purpose),
                       "accepted an invalid id");
    PIGUARD_FUZZ_CHECK(!r.fields.empty() && r.fields.size() <= kMaxFields, "field count out of bounds");
    for (const GateField& f : r.fields) {
      PIGUARD_FUZZ_CHECK(ValidFieldName(f.name), "accepted an invalid field name");
      PIGUARD_FUZZ_CHECK(!f.categories.empty() || f.value, "field without categories or value");
      PIGUARD_FUZZ_CHECK(!f.value || f.value->size() <= kMaxValueBytes, "value too long");
    }
    size_t before = world->store.audit_size();
    Caller c{"fuzz", "fuzzer", "collector", "127.0.0.1:1"};
    Reply reply = world->service->Decide(c, body);
    PIGUARD_FUZZ_CHECK(reply.status == 200 || reply.status == 422, "gate answered %d", reply.status);
    PIGUARD_FUZZ_CHECK(world->store.audit_size() == before + 1, "gate answer without exactly one audit record");
    if (reply.status == 200) {
      PIGUARD_FUZZ_CHECK(reply.body["fields"].size() == r.fields.size(), "one decision per field");
      const std::string detail = world->store.last_audit().detail;
      for (const GateField& f : r.fields)
        if (f.value && f.value->size() >= 8 && f.value->find_first_not_of("0123456789") == std::string::npos)
          PIGUARD_FUZZ_CHECK(detail.find(*f.value) == std::string::npos, "a submitted value reached the audit log");
    }
  }

  for (bool grant : {true, false}) {
    auto consent = ParseConsentRequest(body, grant);
    if (!consent.ok()) {
      CheckProblem(consent.problem);
      continue;
    }
    PIGUARD_FUZZ_CHECK(ValidSubscriber(consent.value->subscriber), "accepted an invalid subscriber");
    PIGUARD_FUZZ_CHECK(grant || consent.value->optional_categories.empty(), "withdrawal with categories");
  }
  return 0;
}
