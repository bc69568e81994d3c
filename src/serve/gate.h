// The collection gate and consent evaluation: pure decisions over the rules, the latest
// consent event and the scanner's findings. No HTTP, no writes (service.h records them).
//
// Decision for one category C of a field, for (service S, purpose P), in this order:
//   1. subscriber terminated (SubscriberStatus hook)     -> refused  subscriber_terminated   Art. 9
//   2. C not a category of the rules                     -> refused  not_in_rules            Art. 8, 9
//   3. P does not collect C                              -> refused  category_not_collected  Art. 5, 9
//   4. C optional for P: needs an active consent to P that lists C
//        no active consent                               -> refused  no_consent / consent_withdrawn /
//                                                                    renewed_consent_required  Art. 9
//        consent without C                               -> refused  optional_not_consented  Art. 9
//   5. C necessary, P on legal basis consent: needs an active consent to P (reasons as in 4)
//   6. otherwise allowed: consented (Art. 9), or legal_basis_contract / legal_basis_legal_duty
// A field is allowed only when every category it declares or its value reveals is allowed.
// A value in which the scanner finds no PI and no declared category is allowed (no_pi_detected).
//
// A consent is "active" when its latest event is a grant and the rules it was given under
// need no renewed consent for P: either they are the current rules, or `piguard policy diff`
// from them to the current rules has no consent-impact change touching P (RulesHistory).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "piguard/policy.h"
#include "piguard/scanner.h"
#include "serve/requests.h"
#include "serve/store.h"

namespace piguard::serve {

// The hook for subscriber termination (Order No. 24 Art. 9: stop collecting when a user ends
// the service). StoredSubscriberStatus (below) is the real one; AlwaysActive is for tests.
class SubscriberStatus {
 public:
  virtual ~SubscriberStatus() = default;
  // True when the subscriber has ended the service; the gate then refuses every field.
  virtual Result<bool> IsTerminated(const std::string& subscriber) = 0;
};

class AlwaysActive : public SubscriberStatus {
 public:
  Result<bool> IsTerminated(const std::string&) override { return false; }
};

// Termination as recorded in the store ("subscriber.terminate" events, written by
// Service::Terminate). Read from the store on every call, never cached, so a termination
// recorded through one node is honoured by every node sharing the ledger on its next request.
class StoredSubscriberStatus : public SubscriberStatus {
 public:
  explicit StoredSubscriberStatus(Store* store) : store_(store) {}
  Result<bool> IsTerminated(const std::string& subscriber) override {
    EventQuery q;
    q.kind = "subscriber.terminate";
    q.subscriber = subscriber;
    auto r = store_->ListEvents(q);
    if (!r.ok()) return r.status();
    return !r.value().empty();
  }

 private:
  Store* store_;
};

// Which (service, purpose) pairs need renewed consent for a consent given under older rules.
// Old rules are fetched from the store by hash, parsed and diffed once, then cached.
class RulesHistory {
 public:
  using PurposeSet = std::set<std::pair<std::string, std::string>>;
  RulesHistory(std::shared_ptr<const policy::Policy> current, Store* store)
      : current_(std::move(current)), store_(store) {}

  // nullptr means "everything": the old rules are not in the store or no longer load, so
  // no purpose can be shown unchanged and every consent under them needs renewal.
  Result<std::shared_ptr<const PurposeSet>> ChangedSince(const std::string& old_sha256);

  // Pure: the purposes of `after` touched by consent-impact changes of DiffPolicies(before,
  // after). Changes whose path names no purpose (a category gaining PI types, a new trustee)
  // are mapped to every purpose they reach; an unrecognised path counts for every purpose.
  static PurposeSet ChangedPurposes(const policy::Policy& before, const policy::Policy& after);

 private:
  std::shared_ptr<const policy::Policy> current_;
  Store* store_;
  std::mutex mu_;
  std::map<std::string, std::shared_ptr<const PurposeSet>> cache_;
};

enum class ConsentState { kNone, kActive, kWithdrawn, kRenewalRequired };
std::string_view ConsentStateName(ConsentState s);  // "none", "active", "withdrawn", "renewal_required"

struct ConsentView {
  ConsentState state = ConsentState::kNone;
  std::vector<std::string> optional_categories;  // when active
  std::string rules_sha256;                       // of the latest event
};

struct Detected {
  std::string pi_type;
  std::string category;  // empty when no category of the rules lists the type
};

struct FieldDecision {
  std::string name;
  bool allowed = false;
  std::string reason;
  std::string article;
  std::string message;                  // one sentence for people; never a value
  std::vector<std::string> categories;  // declared, then detected, without duplicates
  std::vector<Detected> detected;       // PI the scanner found in the value
};

// One decision per field, in request order.
struct GateDecision {
  std::vector<FieldDecision> fields;
  ConsentView consent;
  bool terminated = false;
  size_t allowed_count() const;
};

// Decides a validated request whose service and purpose exist in `rules`. `value` scanning
// uses `scanner` with a per-thread scratch. Never stores or returns a value.
GateDecision DecideGate(const policy::Policy& rules, const Scanner& scanner, const GateRequest& req,
                        const ConsentView& consent, bool terminated);

// Scans a value, returning the PI types found (distinct, in order of first appearance).
std::vector<std::string> ScanValue(const Scanner& scanner, std::string_view field_name,
                                   std::string_view value);

}  // namespace piguard::serve
