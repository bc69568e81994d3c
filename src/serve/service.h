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

#include <memory>
#include <string>
#include <string_view>

#include "piguard/policy.h"
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
  int status = 200;
  nlohmann::json body;     // the JSON answer, or the problem when is_problem
  bool is_problem = false;
  static Reply Of(const Problem& p, const Caller& c) { return {p.status, ProblemJson(p, c.request_id), true}; }
};

class Service {
 public:
  // `store`, `status` and `metrics` must outlive the Service.
  Service(std::shared_ptr<const policy::Policy> rules, std::shared_ptr<const Scanner> scanner,
          Store* store, SubscriberStatus* status, Metrics* metrics);

  // Records the current rules in the store (so later rules can be compared with them).
  Status Start();

  Reply Decide(const Caller& c, std::string_view body);                  // POST /v1/gate/decisions
  Reply Grant(const Caller& c, std::string_view body);                   // POST /v1/consents/grant
  Reply Withdraw(const Caller& c, std::string_view body);                // POST /v1/consents/withdraw
  Reply History(const Caller& c, const std::string& subscriber);         // GET /v1/subscribers/{s}/consents
  Reply Rules(const Caller& c);                                          // GET /v1/rules
  Reply Ready(const Caller& c);                                          // GET /readyz

  // Records a request refused before it reached an operation (401, 403, 413, 415 ...).
  // Returns the problem to send, or a 503 problem when even the refusal could not be recorded.
  Reply Refuse(const Caller& c, std::string_view action, const Problem& p);

  const policy::Policy& rules() const { return *rules_; }

 private:
  Result<ConsentView> ViewOf(const std::optional<ConsentEvent>& latest);
  std::optional<Problem> CheckTarget(const std::string& service, const std::string& purpose);
  std::optional<Problem> CheckSubscriber(const std::string& subscriber);
  AuditRecord Base(const Caller& c, std::string_view action) const;
  nlohmann::json RulesJson() const;

  std::shared_ptr<const policy::Policy> rules_;
  std::shared_ptr<const Scanner> scanner_;
  Store* store_;
  SubscriberStatus* status_;
  Metrics* metrics_;
  RulesHistory history_;
};

// RFC 3339 UTC with milliseconds: "2026-03-01T08:00:00.123Z".
std::string FormatTime(int64_t unix_ms);

}  // namespace piguard::serve
