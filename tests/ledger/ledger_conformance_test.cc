// The ledger conformance suite: every test runs against a real SQLite file and a real
// PostgreSQL server (the ctest fixture `pg` starts one on loopback). Both backends must behave
// identically; a test that needs a backend-specific detail says so.
// GCC 12 reports a false -Wrestrict inside std::string assignment at -O3 (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "crypto/hmac.h"
#include "ledger/db.h"
#include "ledger/ledger_test_util.h"
#include "piguard/ledger.h"

namespace piguard::ledger {
namespace {

const std::string kRulesA(64, 'a');
const std::string kRulesB(64, 'b');

AuditEntry Entry(int i, const std::string& action = "gate.decide") {
  AuditEntry e;
  e.time_ms = 1700000000000 + i;
  e.principal = "crm-" + std::to_string(i % 3);
  e.role = "collector";
  e.remote_addr = "10.0.0." + std::to_string(i % 250) + ":4431";
  e.request_id = "req-" + std::to_string(i);
  e.action = action;
  e.subscriber_id = "sub-" + std::to_string(i % 5);
  e.service = "broadband";
  e.purpose = "billing";
  e.decision = i % 2 ? "allowed" : "refused";
  e.reason = i % 2 ? "" : "no consent";
  e.article = "Order 24 Art. 9";
  e.detail_json = R"({"fields":[{"category":"A1","pi_type":"PHONE_NUMBER"}],"n":)" +
                  std::to_string(i) + "}";
  return e;
}

ConsentEvent Consent(const std::string& sub, const std::string& purpose, bool granted,
                     const std::string& rules = kRulesA) {
  ConsentEvent c;
  c.subscriber_id = sub;
  c.service_id = "broadband";
  c.purpose_id = purpose;
  c.granted = granted;
  c.rules_hash = rules;
  c.principal = "portal";
  return c;
}

class LedgerConformance : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<testing::ScratchLedger>(GetParam());
    ASSERT_FALSE(scratch_->url().empty()) << scratch_->error();
    url_ = scratch_->url();
  }
  std::unique_ptr<Ledger> OpenOrDie(const LedgerOptions& o = {}) {
    auto l = Open(url_, o);
    EXPECT_TRUE(l.ok()) << l.status().message();
    return l.ok() ? std::move(l).value() : nullptr;
  }
  // Appends n entries one by one; returns their receipts.
  std::vector<AuditReceipt> AppendN(Ledger& l, int n) {
    std::vector<AuditReceipt> out;
    for (int i = 0; i < n; ++i) {
      auto r = l.Append(Entry(i));
      EXPECT_TRUE(r.ok()) << r.status().message();
      if (r.ok()) out.push_back(r.value());
    }
    return out;
  }
  void Raw(const std::string& sql) {
    Status s = ExecRawSql(url_, sql);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::string RawValue(const std::string& sql) {
    auto r = QueryRawSql(url_, sql);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (!r.ok() || r.value().empty() || r.value()[0].empty()) return "";
    return r.value()[0][0];
  }
  VerifyReport VerifyOrDie(Ledger& l) {
    auto r = l.Verify();
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : VerifyReport{};
  }
  std::vector<nlohmann::json> ExportAll(Ledger& l, const ExportFilter& f = {}) {
    std::vector<nlohmann::json> out;
    Status s = l.Export(f, [&](std::string_view line) {
      EXPECT_EQ(line.back(), '\n');
      out.push_back(nlohmann::json::parse(line));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }

  std::unique_ptr<testing::ScratchLedger> scratch_;
  std::string url_;
};

// --- Schema and migrations ---------------------------------------------------------------

TEST_P(LedgerConformance, MigrationsAreAppliedOnceAndReopenKeepsTheChain) {
  {
    auto l = OpenOrDie();
    ASSERT_TRUE(l);
    AppendN(*l, 3);
  }
  for (int i = 0; i < 2; ++i) {  // re-opening runs no migration twice and keeps the data
    auto l = OpenOrDie();
    ASSERT_TRUE(l);
  }
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM schema_migrations"),
            std::to_string(SchemaVersion()));
  EXPECT_EQ(RawValue("SELECT MIN(version) FROM schema_migrations"), "1");
  EXPECT_EQ(RawValue("SELECT MAX(version) FROM schema_migrations"),
            std::to_string(SchemaVersion()));
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  auto r = l->Append(Entry(99));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().seq, 4);
  VerifyReport v = VerifyOrDie(*l);
  EXPECT_TRUE(v.valid) << v.message;
  EXPECT_EQ(v.entries, 4);
}

TEST_P(LedgerConformance, ConcurrentOpensMigrateOnce) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&] {
      auto l = Open(url_, {});
      if (l.ok()) ++ok;
      else ADD_FAILURE() << l.status().message();
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 4);
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM schema_migrations"),
            std::to_string(SchemaVersion()));
}

TEST_P(LedgerConformance, SchemaNewerThanBinaryIsRefused) {
  { ASSERT_TRUE(OpenOrDie()); }
  Raw("INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (" +
      std::to_string(SchemaVersion() + 1) + ", 'from the future', 0)");
  auto l = Open(url_, {});
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(l.status().message().find("newer than this piguard supports"), std::string::npos)
      << l.status().message();
  EXPECT_NE(l.status().message().find("upgrade piguard"), std::string::npos);
}

TEST_P(LedgerConformance, MigrateFalseRefusesAnUnmigratedDatabase) {
  LedgerOptions o;
  o.migrate = false;
  auto l = Open(url_, o);
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("migrations"), std::string::npos) << l.status().message();
  { ASSERT_TRUE(OpenOrDie()); }
  EXPECT_TRUE(Open(url_, o).ok());
}

// --- Consent ----------------------------------------------------------------------------

TEST_P(LedgerConformance, ConsentRoundTripWritesItsAuditEntry) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  ConsentEvent c = Consent("sub-1", "marketing", true);
  c.time_ms = 1700000000123;
  AuditEntry a;
  a.role = "staff";
  a.remote_addr = "192.0.2.7";
  a.request_id = "r-1";
  auto r = l->RecordConsent(c, a);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().audit.seq, 1);
  auto got = l->LatestConsent("sub-1", "broadband", "marketing");
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_TRUE(got.value().has_value());
  const ConsentEvent& e = *got.value();
  EXPECT_EQ(e.id, r.value().consent_id);
  EXPECT_EQ(e.subscriber_id, "sub-1");
  EXPECT_EQ(e.service_id, "broadband");
  EXPECT_EQ(e.purpose_id, "marketing");
  EXPECT_TRUE(e.granted);
  EXPECT_EQ(e.rules_hash, kRulesA);
  EXPECT_EQ(e.time_ms, 1700000000123);
  EXPECT_EQ(e.principal, "portal");
  EXPECT_EQ(e.audit_seq, 1);

  auto rows = ExportAll(*l);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["action"], "consent.grant");
  EXPECT_EQ(rows[0]["decision"], "granted");
  EXPECT_EQ(rows[0]["subscriber_id"], "sub-1");
  EXPECT_EQ(rows[0]["purpose"], "marketing");
  EXPECT_EQ(rows[0]["principal"], "portal");
  EXPECT_EQ(rows[0]["role"], "staff");
  EXPECT_EQ(rows[0]["time_ms"], 1700000000123);
  EXPECT_EQ(rows[0]["time"], "2023-11-14T22:13:20.123Z");
}

// --- Processing events (schema version 3) ---------------------------------------------------

TEST_P(LedgerConformance, ProcessingEventRoundTripWritesItsAuditEntry) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  ProcessingEvent ev;
  ev.kind = "disclosure";
  ev.subscriber_id = "sub-1";
  ev.trustee_id = "courier";
  ev.contract = "C-1";
  ev.service = "mobile";
  ev.purpose = "sim_delivery";
  ev.status = "provided";
  ev.detail_json = R"({"categories":["contact"]})";
  ev.time_ms = 1700000000123;
  AuditEntry a;
  a.principal = "staff-1";
  a.role = "staff";
  a.article = "Order 24 Art. 11";
  auto r = l->RecordEvent(ev, a);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().audit.seq, 1);
  EXPECT_GT(r.value().event_id, 0);
  EventFilter f;
  f.trustee_id = "courier";
  auto got = l->ListEvents(f);
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_EQ(got.value().size(), 1u);
  const ProcessingEvent& e = got.value()[0];
  EXPECT_EQ(e.id, r.value().event_id);
  EXPECT_EQ(e.kind, "disclosure");
  EXPECT_EQ(e.subscriber_id, "sub-1");
  EXPECT_EQ(e.contract, "C-1");
  EXPECT_EQ(e.status, "provided");
  EXPECT_EQ(e.detail_json, ev.detail_json);
  EXPECT_EQ(e.time_ms, 1700000000123);
  EXPECT_EQ(e.principal, "staff-1");  // taken from the audit entry
  EXPECT_EQ(e.audit_seq, 1);
  auto rows = ExportAll(*l);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["action"], "disclosure");  // the kind, when the entry names no action
  EXPECT_EQ(rows[0]["subscriber_id"], "sub-1");
  EXPECT_EQ(rows[0]["purpose"], "sim_delivery");
  EXPECT_EQ(rows[0]["article"], "Order 24 Art. 11");
  EXPECT_TRUE(VerifyOrDie(*l).valid);
}

TEST_P(LedgerConformance, ListEventsFiltersAndKeepsCommitOrder) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  auto record = [&](const char* kind, const char* sub, int64_t ref, int64_t t) {
    ProcessingEvent ev;
    ev.kind = kind;
    ev.subscriber_id = sub;
    ev.ref = ref;
    ev.time_ms = t;
    ev.principal = "p";
    auto r = l->RecordEvent(ev, AuditEntry{});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value().event_id : 0;
  };
  int64_t a = record("correction.request", "s1", 0, 1000);
  record("correction.status", "s1", a, 2000);
  record("subscriber.terminate", "s2", 0, 3000);
  record("correction.status", "s1", a, 4000);
  auto kinds = [&](const EventFilter& f) {
    std::vector<std::string> out;
    auto r = l->ListEvents(f);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok())
      for (const auto& e : r.value()) out.push_back(e.kind + "@" + std::to_string(e.time_ms));
    return out;
  };
  EventFilter f;
  f.kind = "correction.*";
  EXPECT_EQ(kinds(f), (std::vector<std::string>{"correction.request@1000", "correction.status@2000",
                                                "correction.status@4000"}));
  f = {};
  f.ref = a;
  EXPECT_EQ(kinds(f).size(), 2u);
  f = {};
  f.subscriber_id = "s2";
  EXPECT_EQ(kinds(f), (std::vector<std::string>{"subscriber.terminate@3000"}));
  f = {};
  f.from_ms = 2000;
  f.to_ms = 4000;
  EXPECT_EQ(kinds(f).size(), 2u);
  f = {};
  f.id = a;
  EXPECT_EQ(kinds(f), (std::vector<std::string>{"correction.request@1000"}));
  f = {};
  f.kind = "subscriber.terminate";
  f.subscriber_id = "s1";
  EXPECT_TRUE(kinds(f).empty());
}

TEST_P(LedgerConformance, InvalidProcessingEventWritesNothing) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  ProcessingEvent ev;  // no kind
  ev.subscriber_id = "s";
  EXPECT_EQ(l->RecordEvent(ev, AuditEntry{}).status().code(), StatusCode::kInvalidArgument);
  ev.kind = "disclosure";
  ev.detail_json = "[1]";
  EXPECT_EQ(l->RecordEvent(ev, AuditEntry{}).status().code(), StatusCode::kInvalidArgument);
  ev.detail_json = "";
  AuditEntry contradicting;
  contradicting.subscriber_id = "someone-else";
  EXPECT_EQ(l->RecordEvent(ev, contradicting).status().code(), StatusCode::kInvalidArgument);
  ev.trustee_id = std::string(kMaxFieldBytes + 1, 'x');
  EXPECT_EQ(l->RecordEvent(ev, AuditEntry{}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM processing_events"), "0");
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM audit_log"), "0");
}

TEST_P(LedgerConformance, ConsentKeepsItsOptionalCategoriesAndMarksOlderRows) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  ConsentEvent grant;
  grant.subscriber_id = "s1";
  grant.service_id = "mobile";
  grant.purpose_id = "marketing";
  grant.granted = true;
  grant.rules_hash = std::string(64, 'a');
  grant.optional_categories = {"location", "contact"};
  ASSERT_TRUE(l->RecordConsent(grant, AuditEntry{}).ok());
  auto latest = l->LatestConsent("s1", "mobile", "marketing");
  ASSERT_TRUE(latest.ok() && latest.value());
  EXPECT_TRUE(latest.value()->optional_categories_recorded);
  EXPECT_EQ(latest.value()->optional_categories, (std::vector<std::string>{"location", "contact"}));
  // A withdrawal cannot carry categories.
  ConsentEvent withdraw = grant;
  withdraw.granted = false;
  EXPECT_EQ(l->RecordConsent(withdraw, AuditEntry{}).status().code(), StatusCode::kInvalidArgument);
  // A row from before schema 5 (no stored categories) says so instead of claiming none.
  RawValue("UPDATE consent_events SET optional_categories = ''");
  auto history = l->ConsentHistory("s1");
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history.value().size(), 1u);
  EXPECT_FALSE(history.value()[0].optional_categories_recorded);
  EXPECT_TRUE(history.value()[0].optional_categories.empty());
}

TEST_P(LedgerConformance, ABulkApprovalIsGivenOnceAndUsedOnceEvenAcrossInstances) {
  auto a = OpenOrDie();
  auto b = OpenOrDie();
  ASSERT_TRUE(a && b);
  ProcessingEvent request;
  request.kind = "access.bulk_request";
  auto filed = a->RecordEvent(request, AuditEntry{});
  ASSERT_TRUE(filed.ok()) << filed.status().message();
  for (const char* kind : {"access.bulk_approve", "access.bulk_use"}) {
    ProcessingEvent ev;
    ev.kind = kind;
    ev.ref = filed.value().event_id;
    auto first = a->RecordEvent(ev, AuditEntry{});
    ASSERT_TRUE(first.ok()) << kind << ": " << first.status().message();
    auto second = b->RecordEvent(ev, AuditEntry{});  // another node, the same request
    EXPECT_FALSE(second.ok()) << kind;
    EXPECT_EQ(RawValue("SELECT COUNT(*) FROM processing_events WHERE kind = '" +
                       std::string(kind) + "'"),
              "1");
  }
  // the refused writes left no audit entry behind, and the chain still verifies
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM audit_log"), "3");
  auto v = a->Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v.value().valid) << v.value().message;
}

TEST_P(LedgerConformance, ProcessingEventWrittenThroughOneInstanceIsSeenByAnother) {
  auto a = OpenOrDie();
  auto b = OpenOrDie();
  ASSERT_TRUE(a && b);
  ProcessingEvent ev;
  ev.kind = "subscriber.terminate";
  ev.subscriber_id = "s-x";
  ASSERT_TRUE(a->RecordEvent(ev, AuditEntry{}).ok());
  EventFilter f;
  f.kind = "subscriber.terminate";
  f.subscriber_id = "s-x";
  auto r = b->ListEvents(f);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().size(), 1u);
}

TEST_P(LedgerConformance, LatestConsentWinsPerPurpose) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  ASSERT_TRUE(l->RecordConsent(Consent("s", "marketing", true), {}).ok());
  ASSERT_TRUE(l->RecordConsent(Consent("s", "billing", true), {}).ok());
  ASSERT_TRUE(l->RecordConsent(Consent("s", "marketing", false), {}).ok());
  auto m = l->LatestConsent("s", "broadband", "marketing");
  ASSERT_TRUE(m.ok() && m.value().has_value());
  EXPECT_FALSE(m.value()->granted);
  auto b = l->LatestConsent("s", "broadband", "billing");
  ASSERT_TRUE(b.ok() && b.value().has_value());
  EXPECT_TRUE(b.value()->granted);
  ASSERT_TRUE(l->RecordConsent(Consent("s", "marketing", true, kRulesB), {}).ok());
  m = l->LatestConsent("s", "broadband", "marketing");
  ASSERT_TRUE(m.ok() && m.value().has_value());
  EXPECT_TRUE(m.value()->granted);
  EXPECT_EQ(m.value()->rules_hash, kRulesB);
  // Same time stamps do not matter: commit order decides.
  auto none = l->LatestConsent("s", "broadband", "analytics");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value().has_value());
  auto other = l->LatestConsent("someone-else", "broadband", "marketing");
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other.value().has_value());
}

TEST_P(LedgerConformance, ConsentHistoryIsInCommitOrderAndPerSubscriber) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  const std::vector<std::pair<std::string, bool>> steps = {
      {"marketing", true}, {"billing", true}, {"marketing", false}, {"analytics", true}};
  for (const auto& [purpose, granted] : steps) {
    auto c = Consent("alice", purpose, granted);
    c.time_ms = 1000;  // equal times: order must still be commit order
    ASSERT_TRUE(l->RecordConsent(c, {}).ok());
    ASSERT_TRUE(l->RecordConsent(Consent("bob", purpose, !granted), {}).ok());
  }
  auto h = l->ConsentHistory("alice");
  ASSERT_TRUE(h.ok()) << h.status().message();
  ASSERT_EQ(h.value().size(), steps.size());
  for (size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(h.value()[i].subscriber_id, "alice");
    EXPECT_EQ(h.value()[i].purpose_id, steps[i].first);
    EXPECT_EQ(h.value()[i].granted, steps[i].second);
    if (i) {
      EXPECT_GT(h.value()[i].audit_seq, h.value()[i - 1].audit_seq);
      EXPECT_GT(h.value()[i].id, h.value()[i - 1].id);
    }
  }
  auto empty = l->ConsentHistory("nobody");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty.value().empty());
}

TEST_P(LedgerConformance, ConsentWithContradictingAuditEntryWritesNothing) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  AuditEntry a;
  a.subscriber_id = "someone-else";
  auto r = l->RecordConsent(Consent("s", "marketing", true), a);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("subscriber_id"), std::string::npos);
  auto bad_hash = Consent("s", "marketing", true, "not-a-hash");
  EXPECT_EQ(l->RecordConsent(bad_hash, {}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM consent_events"), "0");
  EXPECT_EQ(VerifyOrDie(*l).entries, 0);
}

TEST_P(LedgerConformance, WriteThroughOneInstanceIsVisibleToAnotherAtOnce) {
  auto a = OpenOrDie();
  auto b = OpenOrDie();
  ASSERT_TRUE(a && b);
  for (int i = 0; i < 40; ++i) {
    bool granted = i % 2 == 0;
    Ledger& writer = i % 4 < 2 ? *a : *b;
    Ledger& reader = i % 4 < 2 ? *b : *a;
    auto w = writer.RecordConsent(Consent("sub-x", "marketing", granted), {});
    ASSERT_TRUE(w.ok()) << w.status().message();
    auto r = reader.LatestConsent("sub-x", "broadband", "marketing");
    ASSERT_TRUE(r.ok() && r.value().has_value()) << i;
    EXPECT_EQ(r.value()->granted, granted) << "step " << i << ": the other node saw a stale value";
    EXPECT_EQ(r.value()->id, w.value().consent_id);
  }
}

// --- Rules versions ---------------------------------------------------------------------

TEST_P(LedgerConformance, RulesVersionsRoundTrip) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  const std::string json = R"({"version":"2024-05","purposes":["billing"]})";
  crypto::Sha256Digest d = crypto::Sha256(json);
  const std::string hash = HexEncode(d.data(), d.size());
  ASSERT_TRUE(l->StoreRulesVersion(hash, json).ok());
  ASSERT_TRUE(l->StoreRulesVersion(hash, json).ok());  // idempotent
  auto got = l->GetRulesVersion(hash);
  ASSERT_TRUE(got.ok() && got.value().has_value());
  EXPECT_EQ(*got.value(), json);
  auto wrong = l->StoreRulesVersion(std::string(64, 'c'), json);
  EXPECT_EQ(wrong.code(), StatusCode::kInvalidArgument);
  auto missing = l->GetRulesVersion(std::string(64, 'c'));
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing.value().has_value());
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM rules_versions"), "1");
}

// --- Audit chain ------------------------------------------------------------------------

TEST_P(LedgerConformance, ChainVerifiesAndReceiptsMatchStoredRows) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  auto receipts = AppendN(*l, 30);
  std::vector<AuditEntry> batch;
  for (int i = 30; i < 100; ++i) batch.push_back(Entry(i));
  auto br = l->AppendBatch(batch);
  ASSERT_TRUE(br.ok()) << br.status().message();
  receipts.insert(receipts.end(), br.value().begin(), br.value().end());
  ASSERT_EQ(receipts.size(), 100u);
  for (size_t i = 0; i < receipts.size(); ++i) EXPECT_EQ(receipts[i].seq, int64_t(i + 1));
  VerifyReport v = VerifyOrDie(*l);
  EXPECT_TRUE(v.valid) << v.message;
  EXPECT_EQ(v.entries, 100);
  EXPECT_EQ(v.head_hash, receipts.back().hash);
  // Every stored row is exactly what was appended, and its hash recomputes from the export.
  auto rows = ExportAll(*l);
  ASSERT_EQ(rows.size(), 100u);
  std::string prev = GenesisHash();
  for (size_t i = 0; i < rows.size(); ++i) {
    AuditEntry want = Entry(int(i));
    EXPECT_EQ(rows[i]["request_id"], want.request_id);
    EXPECT_EQ(rows[i]["detail"], nlohmann::json::parse(want.detail_json));
    EXPECT_EQ(rows[i]["prev_hash"], prev);
    want.seq = int64_t(i + 1);
    want.prev_hash = prev;
    EXPECT_EQ(rows[i]["hash"], ComputeHash(want));
    EXPECT_EQ(rows[i]["hash"], receipts[i].hash);
    prev = rows[i]["hash"];
  }
}

TEST_P(LedgerConformance, EmptyLedgerVerifies) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  VerifyReport v = VerifyOrDie(*l);
  EXPECT_TRUE(v.valid);
  EXPECT_EQ(v.entries, 0);
}

TEST_P(LedgerConformance, InvalidEntriesAreRefusedAndNothingIsWritten) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  std::vector<AuditEntry> bad(5, Entry(1));
  bad[0].action = "";
  bad[1].reason = std::string("bad \xff utf8");
  bad[2].detail_json = "[1,2]";
  bad[3].principal = std::string(kMaxFieldBytes + 1, 'p');
  bad[4].request_id = std::string("nul\0byte", 8);
  for (auto& e : bad) {
    auto r = l->Append(e);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  }
  // One bad entry in a batch refuses the whole batch.
  std::vector<AuditEntry> mixed = {Entry(1), bad[2], Entry(2)};
  EXPECT_FALSE(l->AppendBatch(mixed).ok());
  VerifyReport v = VerifyOrDie(*l);
  EXPECT_TRUE(v.valid);
  EXPECT_EQ(v.entries, 0);
  EXPECT_EQ(RawValue("SELECT seq FROM audit_head"), "0");
}

TEST_P(LedgerConformance, TimeZeroIsFilledFromTheClock) {
  LedgerOptions o;
  o.clock_ms = [] { return int64_t{1234567890123}; };
  auto l = OpenOrDie(o);
  ASSERT_TRUE(l);
  AuditEntry e = Entry(1);
  e.time_ms = 0;
  auto r = l->Append(e);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().time_ms, 1234567890123);
  EXPECT_EQ(ExportAll(*l)[0]["time_ms"], 1234567890123);
}

TEST_P(LedgerConformance, AsyncAppendCallsBackOnceWithDurableReceipts) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  std::mutex mu;
  std::condition_variable cv;
  int calls = 0;
  std::vector<AuditReceipt> got;
  l->AppendAsync({Entry(1), Entry(2)}, [&](Result<std::vector<AuditReceipt>> r) {
    std::lock_guard lk(mu);
    ++calls;
    if (r.ok()) got = r.value();
    cv.notify_all();
  });
  std::unique_lock lk(mu);
  ASSERT_TRUE(cv.wait_for(lk, std::chrono::seconds(30), [&] { return calls > 0; }));
  EXPECT_EQ(calls, 1);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].seq, 1);
  EXPECT_EQ(got[1].seq, 2);
  lk.unlock();
  EXPECT_EQ(RawValue("SELECT COUNT(*) FROM audit_log"), "2");  // durable before the callback
}

// Tampering: each case builds a 10-record chain, changes the database behind the ledger's back
// and checks that Verify names the first broken record.
class Tamper : public LedgerConformance {
 protected:
  void SetUp() override {
    LedgerConformance::SetUp();
    if (HasFatalFailure()) return;
    ledger_ = OpenOrDie();
    ASSERT_TRUE(ledger_);
    receipts_ = AppendN(*ledger_, 10);
    ASSERT_EQ(receipts_.size(), 10u);
    VerifyReport v = VerifyOrDie(*ledger_);
    ASSERT_TRUE(v.valid) << v.message;
  }
  VerifyReport Check(int64_t first_bad, const std::string& problem) {
    VerifyReport v = VerifyOrDie(*ledger_);
    EXPECT_FALSE(v.valid);
    EXPECT_EQ(v.first_bad_seq, first_bad) << v.message;
    EXPECT_EQ(v.problem, problem) << v.message;
    EXPECT_FALSE(v.message.empty());
    EXPECT_NE(v.message.find("seq " + std::to_string(first_bad)), std::string::npos)
        << v.message;
    return v;
  }
  // A correctly hashed forgery of entry i at seq, chained on prev.
  AuditEntry Forge(int64_t seq, const std::string& prev) {
    AuditEntry e = Entry(1000);
    e.seq = seq;
    e.prev_hash = prev;
    e.hash = ComputeHash(e);
    return e;
  }
  void InsertRow(const AuditEntry& e) {
    auto q = [](const std::string& s) { return "'" + s + "'"; };
    Raw("INSERT INTO audit_log (seq, time_ms, principal, role, remote_addr, request_id, action, "
        "subscriber_id, service, purpose, decision, reason, article, detail_json, prev_hash, "
        "hash) VALUES (" +
        std::to_string(e.seq) + ", " + std::to_string(e.time_ms) + ", " + q(e.principal) +
        ", " + q(e.role) + ", " + q(e.remote_addr) + ", " + q(e.request_id) + ", " +
        q(e.action) + ", " + q(e.subscriber_id) + ", " + q(e.service) + ", " + q(e.purpose) +
        ", " + q(e.decision) + ", " + q(e.reason) + ", " + q(e.article) + ", " +
        q(e.detail_json) + ", " + q(e.prev_hash) + ", " + q(e.hash) + ")");
  }
  std::unique_ptr<Ledger> ledger_;
  std::vector<AuditReceipt> receipts_;
};

TEST_P(Tamper, ModifiedFieldIsNamed) {
  ASSERT_EQ(RawValue("SELECT decision FROM audit_log WHERE seq = 5"), "refused");
  Raw("UPDATE audit_log SET decision = 'allowed' WHERE seq = 5");
  VerifyReport v = Check(5, "modified");
  EXPECT_EQ(v.expected, receipts_[4].hash);
}

TEST_P(Tamper, ModifiedHashIsNamed) {
  Raw("UPDATE audit_log SET hash = '" + std::string(64, 'f') + "' WHERE seq = 7");
  Check(7, "modified");
}

TEST_P(Tamper, ModifiedLaterRecordsDoNotHideTheFirst) {
  Raw("UPDATE audit_log SET reason = 'edited' WHERE seq IN (3, 8)");
  Check(3, "modified");
}

TEST_P(Tamper, DeletedRowIsNamed) {
  Raw("DELETE FROM audit_log WHERE seq = 5");
  VerifyReport v = Check(5, "deleted");
  EXPECT_EQ(v.expected, "seq 5");
  EXPECT_EQ(v.found, "seq 6");
}

TEST_P(Tamper, DeletedTailIsNamed) {
  Raw("DELETE FROM audit_log WHERE seq >= 9");
  Check(9, "truncated");
}

TEST_P(Tamper, DeletedTailWithHeadRewoundIsNamed) {
  // Deleting the last record and rewinding the head's seq (but not its hash) is caught at the
  // new last record. (Rewinding both is indistinguishable from a shorter chain: keep copies of
  // the head hash elsewhere — docs/ledger.md, "What verify proves".)
  Raw("DELETE FROM audit_log WHERE seq = 10; UPDATE audit_head SET seq = 9");
  Check(9, "modified");
}

TEST_P(Tamper, RowInsertedAfterTheHeadIsNamed) {
  InsertRow(Forge(11, receipts_.back().hash));
  Check(11, "inserted");
}

TEST_P(Tamper, RowInsertedInTheMiddleIsNamed) {
  // Shift seq 5..10 up by one and put a correctly chained forgery at seq 5: the forgery itself
  // links to seq 4, so the break shows at the next record, which now sits one seq too late.
  Raw("UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 5");
  Raw("UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000");
  InsertRow(Forge(5, receipts_[3].hash));
  VerifyReport v = Check(6, "inserted");
  EXPECT_NE(v.message.find("written as seq 5"), std::string::npos) << v.message;
}

TEST_P(Tamper, RowWithRecomputedHashButWrongLinkIsNamed) {
  // A forgery that hashes correctly but does not chain on its predecessor.
  AuditEntry f = Forge(6, std::string(64, '1'));
  Raw("DELETE FROM audit_log WHERE seq = 6");
  InsertRow(f);
  VerifyReport v = Check(6, "inserted");
  EXPECT_EQ(v.expected, receipts_[4].hash);
  EXPECT_EQ(v.found, std::string(64, '1'));
}

TEST_P(Tamper, SwappedRowsAreNamed) {
  Raw("UPDATE audit_log SET seq = -1 WHERE seq = 3");
  Raw("UPDATE audit_log SET seq = 3 WHERE seq = 4");
  Raw("UPDATE audit_log SET seq = 4 WHERE seq = -1");
  VerifyReport v = Check(3, "reordered");
  EXPECT_NE(v.message.find("written as seq 4"), std::string::npos) << v.message;
}

TEST_P(Tamper, AppendingAfterTamperKeepsTheEvidence) {
  Raw("UPDATE audit_log SET principal = 'someone' WHERE seq = 2");
  ASSERT_TRUE(ledger_->Append(Entry(50)).ok());
  Check(2, "modified");
}

// --- Concurrency --------------------------------------------------------------------------

void HammerAppends(Ledger& l, int threads, int per_thread, std::vector<int64_t>* seqs,
                   std::mutex* mu) {
  std::vector<std::thread> ts;
  for (int t = 0; t < threads; ++t)
    ts.emplace_back([&, t] {
      for (int i = 0; i < per_thread; ++i) {
        std::vector<int64_t> mine;
        if (i % 10 == 9) {  // some batch calls among single appends
          auto r = l.AppendBatch({Entry(t * 1000 + i), Entry(t * 1000 + i + 500)});
          ASSERT_TRUE(r.ok()) << r.status().message();
          ASSERT_EQ(r.value()[1].seq, r.value()[0].seq + 1) << "a batch call must be contiguous";
          for (auto& x : r.value()) mine.push_back(x.seq);
        } else {
          auto r = l.Append(Entry(t * 1000 + i));
          ASSERT_TRUE(r.ok()) << r.status().message();
          mine.push_back(r.value().seq);
        }
        std::lock_guard lk(*mu);
        seqs->insert(seqs->end(), mine.begin(), mine.end());
      }
    });
  for (auto& t : ts) t.join();
}

void ExpectGapless(std::vector<int64_t> seqs) {
  std::sort(seqs.begin(), seqs.end());
  for (size_t i = 0; i < seqs.size(); ++i) {
    ASSERT_EQ(seqs[i], int64_t(i + 1)) << "seq duplicated or missing";
  }
}

TEST_P(LedgerConformance, ConcurrentAppendsAreGaplessAndGroupCommitted) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  std::vector<int64_t> seqs;
  std::mutex mu;
  HammerAppends(*l, 16, 60, &seqs, &mu);
  ASSERT_EQ(seqs.size(), size_t(16 * 66));
  ExpectGapless(seqs);
  VerifyReport v = VerifyOrDie(*l);
  EXPECT_TRUE(v.valid) << v.message;
  EXPECT_EQ(v.entries, int64_t(seqs.size()));
  LedgerStats st = l->Stats();
  EXPECT_EQ(st.entries, seqs.size());
  EXPECT_LT(st.commits, st.entries) << "16 concurrent writers never shared a transaction";
  EXPECT_GT(st.max_batch_seen, 2u);
  EXPECT_EQ(st.failed_commits, 0u);
}

TEST_P(LedgerConformance, TwoNodesAppendingConcurrentlyKeepOneChain) {
  auto a = OpenOrDie();
  auto b = OpenOrDie();
  ASSERT_TRUE(a && b);
  std::vector<int64_t> seqs;
  std::mutex mu;
  std::thread ta([&] { HammerAppends(*a, 8, 40, &seqs, &mu); });
  std::thread tb([&] { HammerAppends(*b, 8, 40, &seqs, &mu); });
  ta.join();
  tb.join();
  ASSERT_EQ(seqs.size(), size_t(2 * 8 * 44));
  ExpectGapless(seqs);
  for (Ledger* l : {a.get(), b.get()}) {
    VerifyReport v = VerifyOrDie(*l);
    EXPECT_TRUE(v.valid) << v.message;
    EXPECT_EQ(v.entries, int64_t(seqs.size()));
  }
  EXPECT_GT(a->Stats().entries, 0u);
  EXPECT_GT(b->Stats().entries, 0u);
}

TEST_P(LedgerConformance, VerifyDuringAppendsSeesAConsistentSnapshot) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    for (int i = 0; !stop; ++i) ASSERT_TRUE(l->Append(Entry(i)).ok());
  });
  for (int i = 0; i < 5; ++i) {
    VerifyReport v = VerifyOrDie(*l);
    EXPECT_TRUE(v.valid) << v.message;
  }
  stop = true;
  writer.join();
}

// --- Export ---------------------------------------------------------------------------------

TEST_P(LedgerConformance, ExportFiltersAndStreamsJsonLines) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  for (int i = 0; i < 30; ++i)
    ASSERT_TRUE(l->Append(Entry(i, i % 3 == 0 ? "consent.grant" : "gate.decide")).ok());
  EXPECT_EQ(ExportAll(*l).size(), 30u);
  ExportFilter f;
  f.subscriber_id = "sub-2";  // i % 5 == 2
  auto rows = ExportAll(*l, f);
  ASSERT_EQ(rows.size(), 6u);
  for (auto& r : rows) EXPECT_EQ(r["subscriber_id"], "sub-2");
  f = {};
  f.principal = "crm-1";
  f.action = "consent.*";  // i % 3 == 1 and i % 3 == 0: none
  EXPECT_TRUE(ExportAll(*l, f).empty());
  f.principal = "crm-0";  // i % 3 == 0: all consent.grant
  EXPECT_EQ(ExportAll(*l, f).size(), 10u);
  f = {};
  f.action = "gate.decide";
  EXPECT_EQ(ExportAll(*l, f).size(), 20u);
  f = {};
  f.from_ms = 1700000000000 + 10;
  f.to_ms = 1700000000000 + 15;
  rows = ExportAll(*l, f);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows.front()["seq"], 11);
  EXPECT_EQ(rows.back()["seq"], 15);
  f.action = "%";  // no LIKE wildcards: an exact action
  EXPECT_TRUE(ExportAll(*l, f).empty());
}

TEST_P(LedgerConformance, ExportPagesThroughLargeLogsAndStopsOnSinkError) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  std::vector<AuditEntry> batch;
  for (int i = 0; i < 2500; ++i) batch.push_back(Entry(i));
  ASSERT_TRUE(l->AppendBatch(batch).ok());
  auto rows = ExportAll(*l);
  ASSERT_EQ(rows.size(), 2500u);
  for (size_t i = 0; i < rows.size(); ++i) ASSERT_EQ(rows[i]["seq"], int64_t(i + 1));
  int n = 0;
  Status s = l->Export({}, [&](std::string_view) {
    return ++n == 3 ? IoError("disk full") : Status::Ok();
  });
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(n, 3);
}

TEST_P(LedgerConformance, PingAnswers) {
  auto l = OpenOrDie();
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->Ping().ok());
  EXPECT_EQ(l->backend(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Backends, LedgerConformance, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });
INSTANTIATE_TEST_SUITE_P(Backends, Tamper, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

// --- Backend-specific ---------------------------------------------------------------------

TEST(LedgerPostgres, SurvivesLostConnections) {
  testing::ScratchLedger scratch("postgresql");
  ASSERT_FALSE(scratch.url().empty()) << scratch.error();
  auto l = Open(scratch.url(), {});
  ASSERT_TRUE(l.ok()) << l.status().message();
  ASSERT_TRUE(l.value()->RecordConsent(Consent("s", "marketing", true), {}).ok());
  ASSERT_TRUE(l.value()->LatestConsent("s", "broadband", "marketing").ok());
  // Drop every connection of this ledger (what a server restart or failover does).
  Status s = ExecRawSql(scratch.url(),
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = 'piguard' AND pid <> pg_backend_pid()");
  ASSERT_TRUE(s.ok()) << s.message();
  auto r = l.value()->Append(Entry(1));
  EXPECT_TRUE(r.ok()) << r.status().message();
  auto c = l.value()->LatestConsent("s", "broadband", "marketing");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(c.value().has_value());
  VerifyReport v = l.value()->Verify().value();
  EXPECT_TRUE(v.valid) << v.message;
  EXPECT_EQ(v.entries, 2);
}

TEST(LedgerPostgres, UnreachableServerIsAClearError) {
  auto l = Open("postgresql://piguard@127.0.0.1:1/postgres?connect_timeout=2", {});
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), StatusCode::kIoError);
  EXPECT_NE(l.status().message().find("cannot connect to PostgreSQL"), std::string::npos)
      << l.status().message();
}

TEST(LedgerSqlite, MissingFileIsNotCreatedWhenAskedNotTo) {
  LedgerOptions o;
  o.create_if_missing = false;
  auto l = Open("sqlite:/nonexistent-dir-for-piguard/ledger.db", o);
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), StatusCode::kNotFound);
}

TEST(LedgerSqlite, UsesWalAndFullSync) {
  testing::ScratchLedger scratch("sqlite");
  auto l = Open(scratch.url(), {});
  ASSERT_TRUE(l.ok());
  auto mode = QueryRawSql(scratch.url(), "PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  EXPECT_EQ(mode.value()[0][0], "wal");
}

TEST(LedgerUrl, FormsAndErrors) {
  auto p = ParseLedgerUrl("postgresql://u:secret@h:5432/db");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().backend, Backend::kPostgres);
  EXPECT_EQ(p.value().display.find("secret"), std::string::npos);
  p = ParseLedgerUrl("postgresql:host=h password=secret dbname=d");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().target, "host=h password=secret dbname=d");
  EXPECT_EQ(p.value().display.find("secret"), std::string::npos);
  p = ParseLedgerUrl("sqlite:/var/lib/x.db");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().backend, Backend::kSqlite);
  EXPECT_EQ(p.value().target, "/var/lib/x.db");
  p = ParseLedgerUrl("relative/x.db");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().target, "relative/x.db");
  EXPECT_FALSE(ParseLedgerUrl("").ok());
  EXPECT_FALSE(ParseLedgerUrl("sqlite::memory:").ok());
  EXPECT_FALSE(ParseLedgerUrl("mysql://h/db").ok());
}

// The canonical encoding, rebuilt here byte by byte from docs/ledger.md ("Hash chain").
TEST(LedgerEncoding, MatchesTheDocumentedLayout) {
  AuditEntry e;
  e.seq = 258;
  e.time_ms = -2;
  e.prev_hash = std::string(62, '0') + "ff";
  e.principal = "p";
  e.action = "a.b";
  e.detail_json = "{}";
  std::string want = "piguard.audit.v1";
  want += std::string("\0\0\0\0\0\0\x01\x02", 8);
  want += std::string(31, '\0') + "\xff";
  want += std::string(7, '\xff') + "\xfe";
  auto field = [&](const std::string& s) {
    want += std::string("\0\0\0", 3) + char(s.size()) + s;
  };
  for (const std::string* f :
       {&e.principal, &e.role, &e.remote_addr, &e.request_id, &e.action, &e.subscriber_id,
        &e.service, &e.purpose, &e.decision, &e.reason, &e.article, &e.detail_json})
    field(*f);
  EXPECT_EQ(CanonicalEncoding(e), want);
  crypto::Sha256Digest d = crypto::Sha256(want);
  EXPECT_EQ(ComputeHash(e), HexEncode(d.data(), d.size()));
  // Moving a byte between adjacent fields changes the encoding (length prefixes).
  AuditEntry f = e;
  f.principal = "pa";
  f.action = ".b";
  EXPECT_NE(ComputeHash(f), ComputeHash(e));
}

}  // namespace
}  // namespace piguard::ledger
