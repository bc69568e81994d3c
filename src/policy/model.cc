// The policy model's vocabulary (names of enums, dates, retention lengths) and the
// question-answering side of Policy: indexes built once in FromModel, then const lookups.
#include <algorithm>
#include <cstdio>

#include "piguard/policy.h"

namespace piguard::policy {
namespace {

// Spelling tables: one array per enum, indexed by the enum value, so names and parsing
// can never disagree.
constexpr std::string_view kPiClassNames[] = {"A1", "A2", "B", "C1", "C2"};
constexpr std::string_view kBasisNames[] = {"consent", "contract", "legal_duty"};
constexpr std::string_view kMethodNames[] = {"user", "network", "device", "third_party"};
constexpr std::string_view kFunctionNames[] = {"basic", "extended"};
constexpr std::string_view kVisibilityNames[] = {"none", "masked", "plain"};
constexpr std::string_view kStartNames[] = {"collection", "service_end"};
constexpr std::string_view kDeidNames[] = {"plain",     "remove", "replace",  "mask",
                                           "pseudonym", "fpe",    "ip_prefix", "date_generalize",
                                           "date_shift", "drop"};

template <typename E, size_t N>
std::optional<E> ParseName(const std::string_view (&names)[N], std::string_view s) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

template <typename Index>
const size_t* Lookup(const Index& index, std::string_view key) {
  auto it = index.find(key);
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace

std::string_view PiClassName(PiClass c) { return kPiClassNames[static_cast<int>(c)]; }
std::string_view LegalBasisName(LegalBasis b) { return kBasisNames[static_cast<int>(b)]; }
std::string_view MethodName(CollectionMethod m) { return kMethodNames[static_cast<int>(m)]; }
std::string_view FunctionName(PurposeFunction f) { return kFunctionNames[static_cast<int>(f)]; }
std::string_view VisibilityName(Visibility v) { return kVisibilityNames[static_cast<int>(v)]; }
std::string_view RetentionStartName(RetentionStart s) { return kStartNames[static_cast<int>(s)]; }
std::string_view DeidOperatorName(DeidOperator op) { return kDeidNames[static_cast<int>(op)]; }
std::optional<PiClass> ParsePiClass(std::string_view s) { return ParseName<PiClass>(kPiClassNames, s); }
std::optional<LegalBasis> ParseLegalBasis(std::string_view s) {
  return ParseName<LegalBasis>(kBasisNames, s);
}
std::optional<CollectionMethod> ParseMethod(std::string_view s) {
  return ParseName<CollectionMethod>(kMethodNames, s);
}
std::optional<PurposeFunction> ParseFunction(std::string_view s) {
  return ParseName<PurposeFunction>(kFunctionNames, s);
}
std::optional<Visibility> ParseVisibility(std::string_view s) {
  return ParseName<Visibility>(kVisibilityNames, s);
}
std::optional<RetentionStart> ParseRetentionStart(std::string_view s) {
  return ParseName<RetentionStart>(kStartNames, s);
}
std::optional<DeidOperator> ParseDeidOperator(std::string_view s) {
  return ParseName<DeidOperator>(kDeidNames, s);
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::Parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto num = [&](size_t from, size_t len, int* out) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return std::nullopt;
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month))
    return std::nullopt;
  return d;
}

Date Date::PlusDays(int days) const {
  Date d = *this;
  for (; days > 0; --days) {
    if (++d.day > DaysInMonth(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  return d;
}

std::string Retention::PeriodText() const { return std::to_string(amount) + unit; }

double Retention::ApproxDays() const {
  switch (unit) {
    case 'y': return amount * 365.25;
    case 'm': return amount * 30.4375;
    default: return amount;
  }
}

DeidOperator Deidentification::For(std::string_view pi_type) const {
  auto it = by_pi_type.find(std::string(pi_type));
  return it == by_pi_type.end() ? fallback : it->second;
}

Result<std::shared_ptr<const Policy>> Policy::FromModel(PolicyModel model) {
  std::shared_ptr<Policy> p(new Policy(std::move(model)));
  const PolicyModel& m = p->model_;
  auto where = [&](const SourcePos& pos) {
    return m.source + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": ";
  };
  auto add = [&](auto& index, const std::string& key, size_t i, const SourcePos& pos,
                 std::string_view what) -> Status {
    if (!index.emplace(key, i).second)
      return InvalidArgument(where(pos) + "duplicate " + std::string(what) + " '" + key +
                             "' (ids must be unique; rename or merge one of them)");
    return Status::Ok();
  };
  for (size_t i = 0; i < m.categories.size(); ++i) {
    const Category& c = m.categories[i];
    if (Status s = add(p->category_index_, c.id, i, c.pos, "category"); !s.ok()) return s;
    for (const auto& t : c.pi_types)
      if (Status s = add(p->pi_type_index_, t, i, c.pos, "PI type"); !s.ok()) return s;
  }
  for (size_t i = 0; i < m.services.size(); ++i)
    if (Status s = add(p->service_index_, m.services[i].id, i, m.services[i].pos, "service"); !s.ok())
      return s;
  for (size_t i = 0; i < m.trustees.size(); ++i)
    if (Status s = add(p->trustee_index_, m.trustees[i].id, i, m.trustees[i].pos, "trustee"); !s.ok())
      return s;
  for (size_t i = 0; i < m.roles.size(); ++i)
    if (Status s = add(p->role_index_, m.roles[i].id, i, m.roles[i].pos, "role"); !s.ok()) return s;
  // Every reference must resolve, so that the queries below can trust the indexes.
  auto unknown = [&](const SourcePos& pos, std::string_view what, const std::string& id) {
    return InvalidArgument(where(pos) + "unknown " + std::string(what) + " '" + id + "'");
  };
  for (const Service& s : m.services)
    for (const Purpose& pu : s.purposes)
      for (const Collection& c : pu.collects)
        if (!p->FindCategory(c.category)) return unknown(c.pos, "category", c.category);
  for (const Trustee& t : m.trustees)
    for (const Grant& g : t.receives) {
      if (!p->FindPurpose(g.service, g.purpose))
        return unknown(g.pos, "purpose", g.service + "." + g.purpose);
      for (const auto& c : g.categories) {
        if (!p->FindCategory(c)) return unknown(g.pos, "category", c);
        if (!g.deidentify.count(c))
          return InvalidArgument(where(g.pos) + "no de-identification for category '" + c + "'");
      }
    }
  for (const Role& r : m.roles) {
    for (const auto& [svc, pur] : r.purposes)
      if (!p->FindPurpose(svc, pur)) return unknown(r.pos, "purpose", svc + "." + pur);
    for (const auto& [cat, vis] : r.access)
      if (!p->FindCategory(cat)) return unknown(r.pos, "category", cat);
  }
  p->canonical_ = CanonicalJson(m);
  p->sha256_ = Sha256Hex(p->canonical_);
  return std::shared_ptr<const Policy>(std::move(p));
}

const Category* Policy::FindCategory(std::string_view id) const {
  const size_t* i = Lookup(category_index_, id);
  return i ? &model_.categories[*i] : nullptr;
}
const Service* Policy::FindService(std::string_view id) const {
  const size_t* i = Lookup(service_index_, id);
  return i ? &model_.services[*i] : nullptr;
}
const Trustee* Policy::FindTrustee(std::string_view id) const {
  const size_t* i = Lookup(trustee_index_, id);
  return i ? &model_.trustees[*i] : nullptr;
}
const Role* Policy::FindRole(std::string_view id) const {
  const size_t* i = Lookup(role_index_, id);
  return i ? &model_.roles[*i] : nullptr;
}
const Category* Policy::CategoryOfPiType(std::string_view pi_type) const {
  const size_t* i = Lookup(pi_type_index_, pi_type);
  return i ? &model_.categories[*i] : nullptr;
}

const Purpose* Policy::FindPurpose(std::string_view service, std::string_view purpose) const {
  const Service* s = FindService(service);
  if (!s) return nullptr;
  for (const Purpose& p : s->purposes)
    if (p.id == purpose) return &p;
  return nullptr;
}

CollectionDecision Policy::MayCollect(std::string_view service, std::string_view purpose,
                                      std::string_view category) const {
  using R = CollectionDecision::Reason;
  CollectionDecision d;
  if (!FindService(service)) {
    d.reason = R::kUnknownService;
    return d;
  }
  const Purpose* p = FindPurpose(service, purpose);
  if (!p) {
    d.reason = R::kUnknownPurpose;
    return d;
  }
  if (!FindCategory(category)) {
    d.reason = R::kUnknownCategory;
    return d;
  }
  for (const Collection& c : p->collects) {
    if (c.category != category) continue;
    d.allowed = true;
    d.reason = R::kAllowed;
    d.necessary = c.necessary;
    d.legal_basis = p->legal_basis;
    d.methods = c.methods;
    d.retention = p->retention;
    return d;
  }
  d.reason = R::kNotListed;
  return d;
}

Visibility Policy::RoleAccess(std::string_view role, std::string_view category) const {
  const Role* r = FindRole(role);
  if (!r) return Visibility::kNone;
  auto it = r->access.find(std::string(category));
  return it == r->access.end() ? Visibility::kNone : it->second;
}

DisclosureDecision Policy::MayDisclose(std::string_view trustee, std::string_view service,
                                       std::string_view purpose, std::string_view category,
                                       Date on) const {
  using R = DisclosureDecision::Reason;
  DisclosureDecision d;
  const Trustee* t = FindTrustee(trustee);
  if (!t) {
    d.reason = R::kUnknownTrustee;
    return d;
  }
  d.contract = t->contract;
  if (!FindCategory(category)) {
    d.reason = R::kUnknownCategory;
    return d;
  }
  if (on < t->valid_from || on > t->valid_to) {
    d.reason = R::kContractNotInForce;
    return d;
  }
  for (const Grant& g : t->receives) {
    if (g.service != service || g.purpose != purpose) continue;
    if (std::find(g.categories.begin(), g.categories.end(), category) == g.categories.end())
      continue;
    // A grant for data the purpose does not collect is a policy error (lint P008); the
    // answer stays "no", since the data should not exist for that purpose.
    if (!MayCollect(service, purpose, category).allowed) {
      d.reason = R::kNotCollected;
      return d;
    }
    d.allowed = true;
    d.reason = R::kAllowed;
    d.deidentification = g.deidentify.at(std::string(category));
    return d;
  }
  d.reason = R::kNotGranted;
  return d;
}

}  // namespace piguard::policy
