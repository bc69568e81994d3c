// Test helper: writes N audit entries (gate decisions from two principals for five
// subscribers, one millisecond apart from 2024-01-01T00:00:00Z) and two consent events into
// the ledger at URL, creating it if needed.   piguard_ledger_fill URL N
#include <cstdio>
#include <cstdlib>
#include <string>

#include "piguard/ledger.h"

int main(int argc, char** argv) {
  using namespace piguard::ledger;
  if (argc != 3) {
    std::fprintf(stderr, "usage: piguard_ledger_fill URL N\n");
    return 2;
  }
  auto l = Open(argv[1], {});
  if (!l.ok()) {
    std::fprintf(stderr, "piguard_ledger_fill: %s\n", l.status().message().c_str());
    return 2;
  }
  const int n = std::atoi(argv[2]);
  const int64_t t0 = 1704067200000;  // 2024-01-01T00:00:00Z
  std::vector<AuditEntry> batch;
  for (int i = 0; i < n; ++i) {
    AuditEntry e;
    e.time_ms = t0 + i;
    e.principal = i % 2 ? "crm" : "billing-system";
    e.role = "collector";
    e.remote_addr = "10.1.2.3";
    e.request_id = "req-" + std::to_string(i);
    e.action = "gate.decide";
    e.subscriber_id = "sub-" + std::to_string(i % 5);
    e.service = "broadband";
    e.purpose = "billing";
    e.decision = i % 3 ? "allowed" : "refused";
    e.reason = i % 3 ? "" : "no consent";
    e.article = "Order 24 Art. 9";
    e.detail_json = "{\"categories\":[\"A1\"],\"n\":" + std::to_string(i) + "}";
    batch.push_back(std::move(e));
  }
  if (!batch.empty()) {
    auto r = l.value()->AppendBatch(std::move(batch));
    if (!r.ok()) {
      std::fprintf(stderr, "piguard_ledger_fill: %s\n", r.status().message().c_str());
      return 2;
    }
  }
  for (bool granted : {true, false}) {
    ConsentEvent c;
    c.subscriber_id = "sub-1";
    c.service_id = "broadband";
    c.purpose_id = "marketing";
    c.granted = granted;
    c.rules_hash = std::string(64, 'a');
    c.time_ms = t0 + n + (granted ? 0 : 1);
    c.principal = "portal";
    auto r = l.value()->RecordConsent(c, {});
    if (!r.ok()) {
      std::fprintf(stderr, "piguard_ledger_fill: %s\n", r.status().message().c_str());
      return 2;
    }
  }
  return 0;
}
