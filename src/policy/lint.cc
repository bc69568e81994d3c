// Lint rules for policies. Each rule is one small function below, registered in kRules with
// its id, severity and article; docs/policy.md describes the same table for users.
#include <algorithm>
#include <set>

#include "piguard/policy_lint.h"

namespace piguard::policy {
namespace {

constexpr Severity kE = Severity::kError;
constexpr Severity kW = Severity::kWarning;

const std::vector<LintRule> kRules = {
    {"P001", kE, "Order 24 Art. 9; PIPL Art. 29",
     "a purpose collects a sensitive category on the basis of the contract, not consent"},
    {"P002", kE, "Order 24 Art. 5, 9",
     "a category is necessary in an extended-function purpose, without justification"},
    {"P003", kW, "Order 24 Art. 9",
     "an optional category is collected under contract or legal_duty, without justification"},
    {"P004", kW, "Order 24 Art. 5", "a category is collected for no purpose"},
    {"P005", kE, "Order 24 Art. 11", "a trustee's contract has expired"},
    {"P006", kW, "Order 24 Art. 11", "a trustee's contract expires soon"},
    {"P007", kW, "Order 24 Art. 11", "a trustee's contract is not in force yet"},
    {"P008", kE, "Order 24 Art. 11; Art. 5",
     "a trustee receives a category that its purpose does not collect"},
    {"P009", kE, "Order 24 Art. 9", "a purpose does not state the consequence of refusing"},
    {"P010", kE, "Order 24 Art. 9; PIPL Art. 17, 19", "a purpose has no retention period"},
    {"P011", kE, "Order 24 Art. 9", "no channel to query one's information"},
    {"P012", kE, "Order 24 Art. 9", "no channel to correct one's information"},
    {"P013", kE, "Order 24 Art. 12", "no channel for complaints"},
    {"P014", kE, "Order 24 Art. 12",
     "the complaint reply deadline is missing or longer than 15 days"},
    {"P015", kE, "Order 24 Art. 10, 13",
     "a role sees a sensitive category plain without a purpose that collects it"},
    {"P016", kW, "Order 24 Art. 10, 11",
     "a trustee receives plain (not de-identified) data without justification"},
    {"P017", kE, "Order 24 Art. 10",
     "a de-identification operator does not fit the PI type it is applied to"},
    {"P018", kW, "GB/T 35273 §3.2; PIPL Art. 28",
     "a category holding sensitive PI is not marked sensitive"},
    {"P019", kW, "Order 24 Art. 9; PIPL Art. 13",
     "a purpose relies on legal_duty without naming the law"},
    {"P020", kW, "Order 24 Art. 9", "no channel to cancel the service or account"},
};

// PI types that are sensitive whatever category holds them (mission taxonomy, GB/T 35273):
// identity documents, bank cards, credentials, precise location, phone numbers.
const std::set<std::string, std::less<>> kSensitiveTypes = {
    "CHINA_RESIDENT_ID_NUMBER", "CHINA_PASSPORT",       "HK_MACAU_TRAVEL_PERMIT",
    "BANK_CARD_NUMBER",         "CREDENTIAL",           "LOCATION_COORDINATES",
    "PHONE_NUMBER"};

class Linter {
 public:
  Linter(const Policy& p, const LintOptions& o) : p_(p), m_(p.model()), o_(o) {}

  std::vector<LintFinding> Run() {
    CheckPurposes();
    CheckUnusedCategories();
    CheckTrustees();
    CheckChannels();
    CheckRoles();
    CheckCategorySensitivity();
    std::stable_sort(out_.begin(), out_.end(), [](const LintFinding& a, const LintFinding& b) {
      return std::tie(a.pos.line, a.pos.column, a.rule) < std::tie(b.pos.line, b.pos.column, b.rule);
    });
    return std::move(out_);
  }

 private:
  void Add(std::string_view id, const SourcePos& pos, std::string message, std::string fix) {
    for (const LintRule& r : kRules) {
      if (r.id != id) continue;
      out_.push_back({std::string(id), r.severity, std::string(r.article), pos, std::move(message),
                      std::move(fix)});
      return;
    }
  }
  static std::string Q(const std::string& s) { return "'" + s + "'"; }

  void CheckPurposes() {
    for (const Service& s : m_.services) {
      for (const Purpose& pu : s.purposes) {
        std::string name = Q(s.id + "." + pu.id);
        for (const Collection& c : pu.collects) {
          const Category* cat = p_.FindCategory(c.category);
          if (cat && cat->sensitive && pu.legal_basis == LegalBasis::kContract)
            Add("P001", c.pos,
                "purpose " + name + " collects sensitive category " + Q(c.category) +
                    " under legal_basis contract",
                "sensitive PI needs the user's separate consent: set legal_basis: consent (or "
                "legal_duty with legal_reference when a law requires the collection)");
          if (c.necessary && pu.function == PurposeFunction::kExtended && c.justification.empty())
            Add("P002", c.pos,
                "category " + Q(c.category) + " is marked necessary in " + name +
                    ", an extended function the user may refuse",
                "mark it necessary: false, or add a justification explaining why the extended "
                "function cannot work without it");
          if (!c.necessary && pu.legal_basis != LegalBasis::kConsent && c.justification.empty())
            Add("P003", c.pos,
                "optional category " + Q(c.category) + " is collected in " + name + " under " +
                    std::string(LegalBasisName(pu.legal_basis)) +
                    ", which only covers what is necessary",
                "collect it in a purpose with legal_basis: consent, mark it necessary, or add a "
                "justification");
        }
        if (pu.refusal_consequence.empty())
          Add("P009", pu.pos, "purpose " + name + " does not say what happens if the user refuses",
              "add refusal_consequence: {zh: ..., en: ...}");
        if (!pu.retention)
          Add("P010", pu.pos, "purpose " + name + " has no retention period",
              "add retention: <n>d|m|y, or {period: <n>d|m|y, from: service_end}");
        if (pu.legal_basis == LegalBasis::kLegalDuty && pu.legal_reference.empty())
          Add("P019", pu.pos, "purpose " + name + " relies on legal_duty without naming the law",
              "add legal_reference: {zh: ..., en: ...} citing the law or regulation");
      }
    }
  }

  void CheckUnusedCategories() {
    std::set<std::string> collected;
    for (const Service& s : m_.services)
      for (const Purpose& pu : s.purposes)
        for (const Collection& c : pu.collects) collected.insert(c.category);
    for (const Category& c : m_.categories)
      if (!collected.count(c.id))
        Add("P004", c.pos, "category " + Q(c.id) + " is declared but no purpose collects it",
            "add it to the collects list of the purposes that use it, or remove the category");
  }

  void CheckTrustees() {
    for (const Trustee& t : m_.trustees) {
      if (t.valid_to < o_.today) {
        Add("P005", t.valid_to_pos,
            "trustee " + Q(t.id) + ": contract " + t.contract + " expired on " +
                t.valid_to.ToString() + " (checked on " + o_.today.ToString() + ")",
            "stop disclosing to this trustee, or renew the contract and update valid_to");
      } else if (!(o_.today.PlusDays(o_.expiry_warning_days) < t.valid_to)) {
        Add("P006", t.valid_to_pos,
            "trustee " + Q(t.id) + ": contract " + t.contract + " expires on " +
                t.valid_to.ToString() + ", within " + std::to_string(o_.expiry_warning_days) +
                " days",
            "renew the contract, or plan to stop disclosing to this trustee");
      }
      if (o_.today < t.valid_from)
        Add("P007", t.pos,
            "trustee " + Q(t.id) + ": contract " + t.contract + " is in force only from " +
                t.valid_from.ToString(),
            "disclose nothing before valid_from; check the date if the contract is signed");
      for (const Grant& g : t.receives) {
        std::string purpose = Q(g.service + "." + g.purpose);
        for (const std::string& cat : g.categories) {
          if (!p_.MayCollect(g.service, g.purpose, cat).allowed)
            Add("P008", g.pos,
                "trustee " + Q(t.id) + " receives category " + Q(cat) + " for " + purpose +
                    ", which does not collect it",
                "remove the category from this grant, or add it to the purpose's collects (and "
                "tell users)");
          const Deidentification& d = g.deidentify.at(cat);
          bool plain = d.fallback == DeidOperator::kPlain;
          for (const auto& [type, op] : d.by_pi_type) plain |= op == DeidOperator::kPlain;
          if (plain && g.justification.empty())
            Add("P016", g.deidentify_pos,
                "trustee " + Q(t.id) + " receives category " + Q(cat) + " plain for " + purpose,
                "use a de-identification (mask, pseudonym, fpe, ...), or add a justification "
                "saying why the trustee needs the real values");
          for (const auto& [type, op] : d.by_pi_type) {
            bool ip_only = op == DeidOperator::kIpPrefix;
            bool date_only = op == DeidOperator::kDateGeneralize || op == DeidOperator::kDateShift;
            bool custom = std::find(m_.custom_pi_types.begin(), m_.custom_pi_types.end(), type) !=
                          m_.custom_pi_types.end();
            if (custom) continue;  // their shape is unknown here
            if ((ip_only && type != "IP_ADDRESS") || (date_only && type != "DATE_OF_BIRTH"))
              Add("P017", g.deidentify_pos,
                  "trustee " + Q(t.id) + ": " + std::string(DeidOperatorName(op)) +
                      " cannot de-identify " + type + " (category " + Q(cat) + ")",
                  std::string(ip_only ? "ip_prefix applies to IP_ADDRESS only"
                                      : "date operators apply to DATE_OF_BIRTH only") +
                      "; name an operator for " + type + " in deidentify");
          }
        }
      }
    }
  }

  void CheckChannels() {
    const Channels& c = m_.channels;
    const SourcePos& pos = m_.channels_pos;
    if (c.query.empty())
      Add("P011", pos, "no channel for users to query their personal information",
          "add channels.query with at least one {kind, value}");
    if (c.correction.empty())
      Add("P012", pos, "no channel for users to correct their personal information",
          "add channels.correction with at least one {kind, value}");
    if (c.complaint.empty())
      Add("P013", pos, "no channel for complaints about personal information",
          "add channels.complaint with at least one {kind, value}");
    if (!c.complaint_reply_days)
      Add("P014", pos, "the complaint reply deadline is missing",
          "add channels.complaint_reply_days: 15 (or fewer)");
    else if (*c.complaint_reply_days > 15)
      Add("P014", pos,
          "complaints are answered within " + std::to_string(*c.complaint_reply_days) +
              " days; the Provisions allow at most 15",
          "set channels.complaint_reply_days to 15 or fewer");
    if (c.cancellation.empty())
      Add("P020", pos, "no channel for users to cancel the service or account",
          "add channels.cancellation with at least one {kind, value}");
  }

  void CheckRoles() {
    for (const Role& r : m_.roles) {
      for (const auto& [cat, vis] : r.access) {
        const Category* c = p_.FindCategory(cat);
        if (vis != Visibility::kPlain || !c || !c->sensitive) continue;
        bool has_purpose = false;
        for (const auto& [svc, pur] : r.purposes) has_purpose |= p_.MayCollect(svc, pur, cat).allowed;
        if (!has_purpose)
          Add("P015", r.access_pos.at(cat),
              "role " + Q(r.id) + " sees sensitive category " + Q(cat) +
                  " plain, but none of its purposes collects it",
              "make it masked or none, or list under the role's purposes the purpose it does "
              "this work for");
      }
    }
  }

  void CheckCategorySensitivity() {
    for (const Category& c : m_.categories) {
      if (c.sensitive) continue;
      std::string why;
      if (c.pi_class == PiClass::kA2) why = "class A2 (credentials)";
      else if (c.pi_class == PiClass::kB) why = "class B (communication content)";
      for (const auto& t : c.pi_types)
        if (why.empty() && kSensitiveTypes.count(t)) why = "PI type " + t;
      if (!why.empty())
        Add("P018", c.pos, "category " + Q(c.id) + " holds " + why + " but is not marked sensitive",
            "set sensitive: true (and a level of 4 or 5)");
    }
  }

  const Policy& p_;
  const PolicyModel& m_;
  const LintOptions& o_;
  std::vector<LintFinding> out_;
};

}  // namespace

std::string_view SeverityName(Severity s) { return s == Severity::kError ? "error" : "warning"; }

const std::vector<LintRule>& LintRules() { return kRules; }

std::vector<LintFinding> Lint(const Policy& policy, const LintOptions& options) {
  return Linter(policy, options).Run();
}

}  // namespace piguard::policy
