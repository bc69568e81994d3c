#include "serve/gate.h"

#include <algorithm>

#include "piguard/policy_diff.h"
#include "serve/rules_json.h"

namespace piguard::serve {
namespace {

using policy::Policy;

constexpr const char* kArt9 = "Order 24 Art. 9";
constexpr const char* kArt59 = "Order 24 Art. 5, Art. 9";
constexpr const char* kArt89 = "Order 24 Art. 8, Art. 9";

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t p = 0;
  while (true) {
    size_t q = s.find(sep, p);
    out.push_back(s.substr(p, q == std::string::npos ? std::string::npos : q - p));
    if (q == std::string::npos) break;
    p = q + 1;
  }
  return out;
}

void AddAll(const Policy& p, RulesHistory::PurposeSet* out) {
  for (const auto& s : p.model().services)
    for (const auto& pu : s.purposes) out->insert({s.id, pu.id});
}

// Collects one finding's type name per distinct type.
class TypeCollector : public FindingSink {
 public:
  explicit TypeCollector(const Scanner& s) : scanner_(s) {}
  void OnFinding(const Finding& f) override {
    std::string name(scanner_.TypeName(f.type));
    if (std::find(types.begin(), types.end(), name) == types.end()) types.push_back(std::move(name));
  }
  std::vector<std::string> types;

 private:
  const Scanner& scanner_;
};

struct CategoryVerdict {
  bool allowed = false;
  std::string reason, article, message;
};

CategoryVerdict NoActiveConsent(const ConsentView& c, const std::string& sp) {
  switch (c.state) {
    case ConsentState::kWithdrawn:
      return {false, "consent_withdrawn", kArt9, "the subscriber withdrew consent to " + sp};
    case ConsentState::kRenewalRequired:
      return {false, "renewed_consent_required", kArt9,
              "the rules for " + sp + " changed since the subscriber consented (policy diff: consent); "
              "ask the subscriber to consent again"};
    default:
      return {false, "no_consent", kArt9, "the subscriber has not consented to " + sp};
  }
}

CategoryVerdict Judge(const Policy& rules, const GateRequest& req, const std::string& category,
                      const ConsentView& consent, bool terminated) {
  std::string sp = req.service + "." + req.purpose;
  if (terminated)
    return {false, "subscriber_terminated", kArt9,
            "the subscriber has ended the service; collection must stop"};
  policy::CollectionDecision d = rules.MayCollect(req.service, req.purpose, category);
  if (d.reason == policy::CollectionDecision::Reason::kUnknownCategory)
    return {false, "not_in_rules", kArt89,
            "category '" + category + "' is not in the published rules"};
  if (!d.allowed)
    return {false, "category_not_collected", kArt59,
            "purpose " + sp + " does not collect category '" + category + "'"};
  if (!d.necessary) {
    if (consent.state != ConsentState::kActive) return NoActiveConsent(consent, sp);
    const auto& opt = consent.optional_categories;
    if (std::find(opt.begin(), opt.end(), category) == opt.end())
      return {false, "optional_not_consented", kArt9,
              "category '" + category + "' is optional for " + sp + " and the subscriber did not agree to it"};
    return {true, "consented", kArt9, "consented (optional category agreed)"};
  }
  if (d.legal_basis == policy::LegalBasis::kConsent) {
    if (consent.state != ConsentState::kActive) return NoActiveConsent(consent, sp);
    return {true, "consented", kArt9, "consented"};
  }
  if (d.legal_basis == policy::LegalBasis::kContract)
    return {true, "legal_basis_contract", kArt9, "necessary to perform the service contract"};
  return {true, "legal_basis_legal_duty", kArt9, "required by law"};
}

}  // namespace

std::string_view ConsentStateName(ConsentState s) {
  switch (s) {
    case ConsentState::kNone: return "none";
    case ConsentState::kActive: return "active";
    case ConsentState::kWithdrawn: return "withdrawn";
    case ConsentState::kRenewalRequired: return "renewal_required";
  }
  return "none";
}

RulesHistory::PurposeSet RulesHistory::ChangedPurposes(const Policy& before, const Policy& after) {
  PurposeSet out;
  policy::PolicyDiff diff = policy::DiffPolicies(before, after);
  for (const policy::PolicyChange& c : diff.changes) {
    if (c.impact != policy::Impact::kConsent) continue;
    std::vector<std::string> p = Split(c.path, '.');
    if (p[0] == "services" && p.size() >= 4 && p[2] == "purposes") {
      out.insert({p[1], p[3]});
    } else if (p[0] == "services" && p.size() >= 2) {
      if (const auto* s = after.FindService(p[1]))
        for (const auto& pu : s->purposes) out.insert({s->id, pu.id});
    } else if (p[0] == "categories" && p.size() >= 2) {
      for (const auto& s : after.model().services)
        for (const auto& pu : s.purposes)
          for (const auto& col : pu.collects)
            if (col.category == p[1]) out.insert({s.id, pu.id});
    } else if (p[0] == "trustees" && p.size() >= 5 && p[2] == "receives") {
      out.insert({p[3], p[4]});
    } else if (p[0] == "trustees" && p.size() >= 2) {
      if (const auto* t = after.FindTrustee(p[1]))
        for (const auto& g : t->receives) out.insert({g.service, g.purpose});
    } else {
      AddAll(after, &out);  // unknown shape: be safe, every consent needs renewal
    }
  }
  return out;
}

Result<std::shared_ptr<const RulesHistory::PurposeSet>> RulesHistory::ChangedSince(
    const std::string& old_sha256) {
  {
    std::lock_guard lock(mu_);
    auto it = cache_.find(old_sha256);
    if (it != cache_.end()) return it->second;
  }
  auto text = store_->GetRules(old_sha256);
  if (!text.ok()) return text.status();
  std::shared_ptr<const PurposeSet> result;
  if (text.value()) {
    auto old = PolicyFromCanonicalJson(*text.value());
    if (old.ok() && old.value()->sha256() == old_sha256)
      result = std::make_shared<const PurposeSet>(ChangedPurposes(*old.value(), *current_));
  }
  std::lock_guard lock(mu_);
  cache_[old_sha256] = result;
  return result;
}

size_t GateDecision::allowed_count() const {
  size_t n = 0;
  for (const auto& f : fields) n += f.allowed;
  return n;
}

std::vector<std::string> ScanValue(const Scanner& scanner, std::string_view field_name,
                                   std::string_view value) {
  thread_local ScanScratch scratch;
  FieldClass fc = scanner.ClassifyField(field_name);
  Segment seg;
  seg.text = value;
  seg.field = field_name;
  seg.field_class = &fc;
  seg.whole_value = true;
  TypeCollector sink(scanner);
  scanner.Scan(seg, scratch, sink);
  return std::move(sink.types);
}

GateDecision DecideGate(const Policy& rules, const Scanner& scanner, const GateRequest& req,
                        const ConsentView& consent, bool terminated) {
  GateDecision out;
  out.consent = consent;
  out.terminated = terminated;
  for (const GateField& f : req.fields) {
    FieldDecision fd;
    fd.name = f.name;
    fd.categories = f.categories;
    if (f.value) {
      for (std::string& type : ScanValue(scanner, f.name, *f.value)) {
        Detected d;
        d.pi_type = std::move(type);
        if (const policy::Category* c = rules.CategoryOfPiType(d.pi_type)) d.category = c->id;
        fd.detected.push_back(d);
      }
    }
    // Verdicts per category, declared ones first; the first refusal names the field's reason.
    std::vector<std::string> cats = fd.categories;
    for (const Detected& d : fd.detected)
      if (!d.category.empty() && std::find(cats.begin(), cats.end(), d.category) == cats.end())
        cats.push_back(d.category);
    fd.categories = cats;
    bool refused = false;
    for (const Detected& d : fd.detected) {
      if (!d.category.empty()) continue;
      // PI the rules name no category for: the operator never said it collects it.
      refused = true;
      fd.reason = "not_in_rules";
      fd.article = kArt89;
      fd.message = "the value holds " + d.pi_type + ", which no category of the published rules covers";
      break;
    }
    if (!refused) {
      for (const std::string& c : cats) {
        CategoryVerdict v = Judge(rules, req, c, consent, terminated);
        if (!v.allowed) {
          refused = true;
          fd.reason = v.reason;
          fd.article = v.article;
          fd.message = v.message;
          if (!fd.detected.empty() &&
              std::find(f.categories.begin(), f.categories.end(), c) == f.categories.end())
            fd.message += " (found by scanning the value)";
          break;
        }
        if (fd.reason.empty()) {
          fd.reason = v.reason;
          fd.article = v.article;
          fd.message = v.message;
        }
      }
    }
    if (!refused && cats.empty()) {
      if (terminated) {
        refused = true;
        fd.reason = "subscriber_terminated";
        fd.article = kArt9;
        fd.message = "the subscriber has ended the service; collection must stop";
      } else {
        fd.reason = "no_pi_detected";
        fd.article = "";
        fd.message = "no personal information found in the value";
      }
    }
    fd.allowed = !refused;
    out.fields.push_back(std::move(fd));
  }
  return out;
}

}  // namespace piguard::serve
