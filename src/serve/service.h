// The operations of `piguard serve`, without HTTP: each takes the caller (already
// authenticated and authorised by the HTTP layer) and the request, writes the audit record,
// and only then returns the answer. HTTP (server.cc) maps a Reply onto a response.
//
// Guarantees:
// - A decision or consent answer is returned only after its audit record (and, for consent,
//   the event itself, in the same transaction) is durable. When the store fails the reply is
//   a 503 problem and nothing was written.
// - No submitted value is stored, logged or returned; replies name fields, categories, PI
//   types and reasons.
// Thread-safe: one Service serves all worker threads.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "piguard/policy.h"
#include "piguard/redact.h"
#include "piguard/scanner.h"
#include "serve/gate.h"
#include "serve/metrics.h"
#include "serve/problem.h"
#include "serve/store.h"

namespace piguard::serve {

// Who is calling, from where, for which request (filled by the HTTP layer).
struct Caller {
  std::string request_id;
  std::string principal;  // empty when not authenticated
  std::string role;
  std::string remote;     // "ip:port"
};

struct Reply {
  Reply() = default;
  Reply(int s, nlohmann::json b, bool problem = false)
      : status(s), body(std::move(b)), is_problem(problem) {}

  int status = 200;
  nlohmann::json body;     // the JSON answer, or the problem when is_problem
  bool is_problem = false;
  // When set, the answer is this text with this media type instead of `body` (HTML report).
  std::optional<std::string> raw;
  std::string content_type;
  static Reply Of(const Problem& p, const Caller& c) {
    return {p.status, ProblemJson(p, c.request_id), true};
  }
};

// Settings of the rights and sharing flows (serve flags).
struct ServiceOptions {
  // An access request naming more subscribers than this needs a bulk request approved by a
  // second principal (Order No. 24 Art. 13). `piguard serve --bulk-threshold`.
  size_t bulk_threshold = 50;
  // "Now" in UTC ms for records and contract dates; empty = the system clock. Tests inject it
  // (`piguard serve` reads PIGUARD_TEST_NOW only when built for tests, see serve_command.cc).
  std::function<int64_t()> clock;
  // The key for the keyed de-identification operators (pseudonym, fpe, ip_prefix, date_shift)
  // a trustee's contract may require. Without it such a disclosure is a 503 problem.
  std::optional<RedactKey> key;
};

class Service {
 public:
  // `store`, `status` and `metrics` must outlive the Service.
  Service(std::shared_ptr<const policy::Policy> rules, std::shared_ptr<const Scanner> scanner,
          Store* store, SubscriberStatus* status, Metrics* metrics);

  void set_options(ServiceOptions o) { options_ = std::move(o); }

  // Records the current rules in the store (so later rules can be compared with them).
  Status Start();

  Reply Decide(const Caller& c, std::string_view body);                  // POST /v1/gate/decisions
  Reply Grant(const Caller& c, std::string_view body);                   // POST /v1/consents/grant
  Reply Withdraw(const Caller& c, std::string_view body);                // POST /v1/consents/withdraw
  Reply History(const Caller& c, const std::string& subscriber);         // GET /v1/subscribers/{s}/consents
  Reply Rules(const Caller& c);                                          // GET /v1/rules
  // Subscriber lifecycle and rights (Order No. 24 Art. 9).
  Reply Terminate(const Caller& c, const std::string& subscriber, std::string_view body);  // POST /v1/subscribers/{s}/terminate
  Reply SubscriberRecord(const Caller& c, const std::string& subscriber);  // GET /v1/subscribers/{s}
  Reply RequestCorrection(const Caller& c, const std::string& subscriber, std::string_view body);  // POST /v1/subscribers/{s}/corrections
  Reply UpdateCorrection(const Caller& c, const std::string& id, std::string_view body);  // POST /v1/corrections/{id}/status
  // Purpose-bound staff access (Order No. 24 Art. 13).
  Reply Access(const Caller& c, std::string_view body);                  // POST /v1/access
  Reply BulkRequest(const Caller& c, std::string_view body);             // POST /v1/access/bulk-requests
  Reply BulkApprove(const Caller& c, const std::string& id, std::string_view body);  // POST /v1/access/bulk-requests/{id}/approve
  // Disclosure to an entrusted agent under its contract (Order No. 24 Art. 10, 11).
  Reply Disclose(const Caller& c, std::string_view body);                // POST /v1/disclosures
  // GET /v1/trustees/{trustee}/report?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|html
  Reply TrusteeReport(const Caller& c, const std::string& trustee, const std::string& from,
                      const std::string& to, const std::string& format);
  Reply Ready(const Caller& c);                                          // GET /readyz

  // Records a request refused before it reached an operation (401, 403, 413, 415 ...).
  // Returns the problem to send, or a 503 problem when even the refusal could not be recorded.
  Reply Refuse(const Caller& c, std::string_view action, const Problem& p);

  const policy::Policy& rules() const { return *rules_; }

 private:
  Reply RecordConsent(const Caller& c, std::string_view action, const ConsentRequest& req,
                      bool grant);
  Result<ConsentView> ViewOf(const std::optional<ConsentEvent>& latest);
  std::optional<Problem> CheckTarget(const std::string& service, const std::string& purpose);
  std::optional<Problem> CheckSubscriber(const std::string& subscriber);
  // Path subscriber: well-formed, not PI, and known (any consent, gate decision or event on
  // record). Returns the problem to refuse with, or a 503 reply through *unavailable.
  std::optional<Problem> CheckKnownSubscriber(const std::string& subscriber, std::optional<Reply>* unavailable,
                                              const Caller& c);
  AuditRecord Base(const Caller& c, std::string_view action) const;
  AuditRecord EventAudit(const Caller& c, std::string_view action, const RecordedEvent& ev,
                         std::string decision, std::string reason, std::string_view article) const;
  nlohmann::json RulesJson() const;

  std::shared_ptr<const policy::Policy> rules_;
  std::shared_ptr<const Scanner> scanner_;
  Store* store_;
  SubscriberStatus* status_;
  Metrics* metrics_;
  RulesHistory history_;
  ServiceOptions options_;
  int64_t Now() const;
};

// RFC 3339 UTC with milliseconds: "2026-03-01T08:00:00.123Z".
std::string FormatTime(int64_t unix_ms);

}  // namespace piguard::serve
