// Policy file loader: YAML text -> PolicyModel -> Policy.
//
// Contract: every problem is reported as "<file>:<line>:<col>: <what is wrong> (<how to fix>)"
// pointing at the offending node; unknown and duplicate keys are errors, so a typo never
// silently drops a rule; references (categories, purposes, PI types) are resolved here so
// that the message points at the reference. The first error stops loading: no partial
// policy is ever returned. Nothing here throws past ParsePolicy.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "core/utf8.h"
#include "piguard/finding.h"
#include "piguard/policy.h"

namespace piguard::policy {
namespace {

class PolicyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr std::string_view kChannelKinds[] = {"phone", "email", "web", "app", "counter", "postal"};

class Loader {
 public:
  Loader(std::string_view source, std::string_view text) : source_(source), text_(text) {}

  PolicyModel Load();

 private:
  // --- generic helpers ------------------------------------------------------------------
  SourcePos Pos(const YAML::Node& n) const { return PosOf(n.Mark()); }
  // yaml-cpp counts columns in bytes; people and editors count characters, which differ on
  // every line with Chinese text. Columns are reported in code points.
  SourcePos PosOf(const YAML::Mark& m) const {
    if (m.line < 0) return {};
    size_t pos = std::min<size_t>(m.pos, text_.size());
    size_t start = text_.rfind('\n', pos == 0 ? 0 : pos - 1);
    start = (start == std::string_view::npos || pos == 0) ? 0 : start + 1;
    int column = 1;
    for (size_t i = start; i < pos; ++i) column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    return {m.line + 1, column};
  }
  [[noreturn]] void Fail(const YAML::Node& n, const std::string& what) const {
    const SourcePos p = Pos(n);
    std::ostringstream o;
    o << source_;
    if (p.line > 0) o << ":" << p.line << ":" << p.column;
    o << ": " << what;
    throw PolicyError(o.str());
  }
  // Checks that `map` is a mapping whose keys are all allowed, unique, and that the
  // required ones are present.
  void CheckKeys(const YAML::Node& map, std::initializer_list<std::string_view> required,
                 std::initializer_list<std::string_view> optional, std::string_view context) const;
  std::string Str(const YAML::Node& n, std::string_view what, bool allow_empty = false) const;
  bool Bool(const YAML::Node& n, std::string_view what) const;
  int Int(const YAML::Node& n, std::string_view what, int lo, int hi) const;
  Date ParseDate(const YAML::Node& n, std::string_view what) const;
  std::string Id(const YAML::Node& n, std::string_view what) const;
  LocalizedText Text(const YAML::Node& n, std::string_view what) const;
  LocalizedText OptText(const YAML::Node& parent, const char* key) const {
    return parent[key] ? Text(parent[key], key) : LocalizedText{};
  }
  const YAML::Node List(const YAML::Node& n, std::string_view what, bool non_empty) const;
  // "service.purpose" -> the pair, checked against the services parsed so far.
  std::pair<std::string, std::string> PurposeRef(const YAML::Node& n) const;
  const Category& CategoryRef(const YAML::Node& n) const;

  // --- sections -------------------------------------------------------------------------
  void ParseCustomTypes(const YAML::Node& n);
  Category ParseCategory(const YAML::Node& n);
  Service ParseService(const YAML::Node& n);
  Purpose ParsePurpose(const YAML::Node& n, const std::string& service);
  Retention ParseRetention(const YAML::Node& n) const;
  Trustee ParseTrustee(const YAML::Node& n);
  Grant ParseGrant(const YAML::Node& n);
  void ParseDeidentify(const YAML::Node& n, Grant* g) const;
  Role ParseRole(const YAML::Node& n);
  Channels ParseChannels(const YAML::Node& n) const;
  std::vector<Channel> ParseChannelList(const YAML::Node& n, std::string_view what) const;

  std::string source_;
  std::string_view text_;
  PolicyModel model_;
  std::map<std::string, size_t> category_of_pi_type_;
};

void Loader::CheckKeys(const YAML::Node& map, std::initializer_list<std::string_view> required,
                       std::initializer_list<std::string_view> optional,
                       std::string_view context) const {
  if (!map.IsMap()) Fail(map, std::string(context) + " must be a mapping of keys to values");
  std::set<std::string> seen;
  for (const auto& kv : map) {
    if (!kv.first.IsScalar()) Fail(kv.first, "keys in " + std::string(context) + " must be plain words");
    std::string key = kv.first.Scalar();
    if (!seen.insert(key).second)
      Fail(kv.first, "duplicate key '" + key + "' in " + std::string(context) +
                         " (yaml keeps only one of them: merge the two into one)");
    bool known = false;
    for (auto k : required) known |= k == key;
    for (auto k : optional) known |= k == key;
    if (!known) {
      std::string list;
      for (auto k : required) list += (list.empty() ? "" : ", ") + std::string(k);
      for (auto k : optional) list += (list.empty() ? "" : ", ") + std::string(k);
      Fail(kv.first, "unknown key '" + key + "' in " + std::string(context) + " (allowed: " +
                         list + ")");
    }
  }
  for (auto k : required)
    if (!seen.count(std::string(k)))
      Fail(map, std::string(context) + " needs the key '" + std::string(k) + "'");
}

std::string Loader::Str(const YAML::Node& n, std::string_view what, bool allow_empty) const {
  if (!n.IsScalar()) Fail(n, std::string(what) + " must be a single text value");
  const std::string& s = n.Scalar();
  if (!allow_empty && s.empty()) Fail(n, std::string(what) + " must not be empty");
  if (size_t bad = utf8::FindInvalid(s); bad != std::string::npos)
    Fail(n, std::string(what) + " is not valid UTF-8 (byte " + std::to_string(bad) +
                " of the value; save the file as UTF-8)");
  return s;
}

bool Loader::Bool(const YAML::Node& n, std::string_view what) const {
  bool v = false;
  if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
    Fail(n, std::string(what) + " must be true or false");
  return v;
}

int Loader::Int(const YAML::Node& n, std::string_view what, int lo, int hi) const {
  std::string s = n.IsScalar() ? n.Scalar() : std::string();
  bool digits = !s.empty() && s.size() <= 9;
  for (char c : s) digits &= c >= '0' && c <= '9';
  int v = digits ? std::stoi(s) : -1;
  if (!digits || v < lo || v > hi)
    Fail(n, std::string(what) + " must be a whole number from " + std::to_string(lo) + " to " +
                std::to_string(hi));
  return v;
}

Date Loader::ParseDate(const YAML::Node& n, std::string_view what) const {
  std::string s = Str(n, what);
  auto d = Date::Parse(s);
  if (!d) Fail(n, std::string(what) + " '" + s + "' is not a date (write YYYY-MM-DD, e.g. 2026-03-01)");
  return *d;
}

std::string Loader::Id(const YAML::Node& n, std::string_view what) const {
  std::string s = Str(n, what);
  bool ok = s.size() <= 64 && s[0] >= 'a' && s[0] <= 'z';
  for (char c : s) ok &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  if (!ok)
    Fail(n, std::string(what) + " '" + s +
                "' must be a lower-case word: a-z first, then a-z, 0-9 or _ (at most 64)");
  return s;
}

LocalizedText Loader::Text(const YAML::Node& n, std::string_view what) const {
  if (!n.IsMap())
    Fail(n, std::string(what) +
                " must give the text in both languages of the notice: {zh: ..., en: ...}");
  CheckKeys(n, {"zh", "en"}, {}, what);
  return {Str(n["zh"], std::string(what) + ".zh"), Str(n["en"], std::string(what) + ".en")};
}

const YAML::Node Loader::List(const YAML::Node& n, std::string_view what, bool non_empty) const {
  if (!n.IsSequence()) Fail(n, std::string(what) + " must be a list (items start with '- ')");
  if (non_empty && n.size() == 0) Fail(n, std::string(what) + " must not be empty");
  return n;
}

const Category& Loader::CategoryRef(const YAML::Node& n) const {
  std::string id = Str(n, "category");
  for (const Category& c : model_.categories)
    if (c.id == id) return c;
  std::string list;
  for (const Category& c : model_.categories) list += (list.empty() ? "" : ", ") + c.id;
  Fail(n, "unknown category '" + id + "' (declared categories: " + list + ")");
}

std::pair<std::string, std::string> Loader::PurposeRef(const YAML::Node& n) const {
  std::string ref = Str(n, "purpose");
  size_t dot = ref.find('.');
  if (dot == std::string::npos || ref.find('.', dot + 1) != std::string::npos)
    Fail(n, "purpose '" + ref + "' must be written service.purpose, e.g. mobile.billing");
  std::string svc = ref.substr(0, dot), pur = ref.substr(dot + 1);
  for (const Service& s : model_.services) {
    if (s.id != svc) continue;
    for (const Purpose& p : s.purposes)
      if (p.id == pur) return {svc, pur};
    Fail(n, "service '" + svc + "' has no purpose '" + pur + "'");
  }
  Fail(n, "unknown service '" + svc + "' in purpose '" + ref + "'");
}

void Loader::ParseCustomTypes(const YAML::Node& n) {
  for (const auto& item : List(n, "custom_pi_types", false)) {
    std::string t = Str(item, "custom PI type");
    bool ok = t.size() <= 64 && t[0] >= 'A' && t[0] <= 'Z';
    for (char c : t) ok &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) Fail(item, "custom PI type '" + t + "' must be upper-case letters, digits and _");
    if (BuiltinTypeFromName(t))
      Fail(item, "'" + t + "' is a built-in PI type; list only new types under custom_pi_types");
    for (const auto& seen : model_.custom_pi_types)
      if (seen == t) Fail(item, "custom PI type '" + t + "' is listed twice");
    model_.custom_pi_types.push_back(t);
  }
}

Category Loader::ParseCategory(const YAML::Node& n) {
  CheckKeys(n, {"id", "class", "name", "sensitive", "level"}, {"description", "pi_types"},
            "a category");
  Category c;
  c.pos = Pos(n);
  c.id = Id(n["id"], "category id");
  for (const Category& other : model_.categories)
    if (other.id == c.id)
      Fail(n["id"], "category '" + c.id + "' is declared twice (line " +
                        std::to_string(other.pos.line) + "); ids must be unique");
  std::string cls = Str(n["class"], "class");
  auto pc = ParsePiClass(cls);
  if (!pc) Fail(n["class"], "unknown class '" + cls + "' (use A1, A2, B, C1 or C2; see docs/policy.md)");
  c.pi_class = *pc;
  c.name = Text(n["name"], "name");
  c.description = OptText(n, "description");
  c.sensitive = Bool(n["sensitive"], "sensitive");
  c.level = Int(n["level"], "level", 1, 5);
  if (n["pi_types"]) {
    for (const auto& item : List(n["pi_types"], "pi_types", false)) {
      std::string t = Str(item, "PI type");
      bool custom = false;
      for (const auto& ct : model_.custom_pi_types) custom |= ct == t;
      if (!BuiltinTypeFromName(t) && !custom)
        Fail(item, "unknown PI type '" + t +
                       "' (use a scanner type name such as PHONE_NUMBER, listed in docs/scan.md, "
                       "or declare it under custom_pi_types)");
      auto [it, fresh] = category_of_pi_type_.emplace(t, model_.categories.size());
      if (!fresh) {
        const Category& owner = it->second < model_.categories.size()
                                    ? model_.categories[it->second] : c;
        Fail(item, "PI type " + t + " is already in category '" + owner.id +
                       "'; a PI type belongs to exactly one category");
      }
      c.pi_types.push_back(t);
    }
  }
  return c;
}

Retention Loader::ParseRetention(const YAML::Node& n) const {
  // Never assign to a YAML::Node: assignment writes through into the document.
  if (n.IsMap()) CheckKeys(n, {"period"}, {"from"}, "retention");
  const YAML::Node period = n.IsMap() ? n["period"] : n;
  Retention r;
  if (n.IsMap()) {
    if (auto from = n["from"]) {
      std::string s = Str(from, "from");
      auto st = ParseRetentionStart(s);
      if (!st) Fail(from, "retention 'from' must be collection or service_end, not '" + s + "'");
      r.start = *st;
    }
  }
  std::string s = period.IsScalar() ? period.Scalar() : std::string();
  bool ok = s.size() >= 2 && s.size() <= 5 && s[0] >= '1' && s[0] <= '9' &&
            (s.back() == 'd' || s.back() == 'm' || s.back() == 'y');
  for (size_t i = 0; ok && i + 1 < s.size(); ++i) ok = s[i] >= '0' && s[i] <= '9';
  if (!ok)
    Fail(period, "retention period '" + s +
                     "' must be a number followed by d, m or y (days, months, years), e.g. 180d or "
                     "3y; to count from the end of the service write {period: 3y, from: service_end}");
  r.amount = std::stoi(s.substr(0, s.size() - 1));
  r.unit = s.back();
  return r;
}

Purpose Loader::ParsePurpose(const YAML::Node& n, const std::string& service) {
  CheckKeys(n, {"id", "name", "description", "function", "legal_basis", "collects"},
            {"legal_reference", "retention", "refusal_consequence"}, "a purpose");
  Purpose p;
  p.pos = Pos(n);
  p.id = Id(n["id"], "purpose id");
  p.name = Text(n["name"], "name");
  p.description = Text(n["description"], "description");
  std::string fn = Str(n["function"], "function");
  auto f = ParseFunction(fn);
  if (!f)
    Fail(n["function"], "function must be basic (needed to provide " + service +
                            ") or extended (the user may refuse it and keep the service), not '" +
                            fn + "'");
  p.function = *f;
  std::string basis = Str(n["legal_basis"], "legal_basis");
  auto b = ParseLegalBasis(basis);
  if (!b) Fail(n["legal_basis"], "legal_basis must be consent, contract or legal_duty, not '" + basis + "'");
  p.legal_basis = *b;
  p.legal_reference = OptText(n, "legal_reference");
  if (auto r = n["retention"]) {
    p.retention = ParseRetention(r);
    p.retention_pos = Pos(r);
  }
  p.refusal_consequence = OptText(n, "refusal_consequence");
  for (const auto& item : List(n["collects"], "collects", true)) {
    CheckKeys(item, {"category", "necessary", "method"}, {"justification"}, "a collects entry");
    Collection c;
    c.pos = Pos(item);
    c.category = CategoryRef(item["category"]).id;
    for (const Collection& other : p.collects)
      if (other.category == c.category)
        Fail(item["category"], "purpose '" + p.id + "' lists category '" + c.category +
                                   "' twice; merge the two entries");
    c.necessary = Bool(item["necessary"], "necessary");
    const YAML::Node m = item["method"];
    std::vector<YAML::Node> names;
    if (m.IsSequence()) {
      for (const auto& x : List(m, "method", true)) names.push_back(x);
    } else {
      names.push_back(m);
    }
    for (const auto& x : names) {
      std::string s = Str(x, "method");
      auto mth = ParseMethod(s);
      if (!mth)
        Fail(x, "method must be user, network, device or third_party (or a list of them), not '" +
                    s + "'");
      if (std::find(c.methods.begin(), c.methods.end(), *mth) == c.methods.end())
        c.methods.push_back(*mth);
    }
    std::sort(c.methods.begin(), c.methods.end());
    if (auto j = item["justification"]) c.justification = Str(j, "justification");
    p.collects.push_back(std::move(c));
  }
  return p;
}

Service Loader::ParseService(const YAML::Node& n) {
  CheckKeys(n, {"id", "name", "purposes"}, {"description"}, "a service");
  Service s;
  s.pos = Pos(n);
  s.id = Id(n["id"], "service id");
  for (const Service& other : model_.services)
    if (other.id == s.id) Fail(n["id"], "service '" + s.id + "' is declared twice; ids must be unique");
  s.name = Text(n["name"], "name");
  s.description = OptText(n, "description");
  for (const auto& item : List(n["purposes"], "purposes", true)) {
    Purpose p = ParsePurpose(item, s.id);
    for (const Purpose& other : s.purposes)
      if (other.id == p.id)
        Fail(item["id"], "service '" + s.id + "' has two purposes called '" + p.id + "'");
    s.purposes.push_back(std::move(p));
  }
  return s;
}

void Loader::ParseDeidentify(const YAML::Node& n, Grant* g) const {
  auto op = [&](const YAML::Node& v) {
    std::string s = Str(v, "de-identification");
    auto o = ParseDeidOperator(s);
    if (!o)
      Fail(v, "unknown de-identification '" + s +
                  "' (use remove, replace, mask, pseudonym, fpe, ip_prefix, date_generalize, "
                  "date_shift, drop, or plain to hand the value over unchanged)");
    return *o;
  };
  if (!n.IsMap()) {
    DeidOperator all = op(n);
    for (const auto& cat : g->categories) {
      Deidentification d;
      d.fallback = all;
      for (const Category& c : model_.categories)
        if (c.id == cat)
          for (const auto& t : c.pi_types) d.by_pi_type[t] = all;
      g->deidentify[cat] = d;
    }
    return;
  }
  std::optional<DeidOperator> fallback;
  std::map<std::string, DeidOperator> named;
  std::set<std::string> seen;
  for (const auto& kv : n) {
    if (!kv.first.IsScalar()) Fail(kv.first, "keys of deidentify must be PI type names or default");
    std::string key = kv.first.Scalar();
    if (!seen.insert(key).second) Fail(kv.first, "duplicate key '" + key + "' in deidentify");
    if (key == "default") {
      fallback = op(kv.second);
      continue;
    }
    bool in_grant = false;
    for (const Category& c : model_.categories)
      if (std::find(g->categories.begin(), g->categories.end(), c.id) != g->categories.end())
        in_grant |= std::find(c.pi_types.begin(), c.pi_types.end(), key) != c.pi_types.end();
    if (!in_grant)
      Fail(kv.first, "'" + key + "' is not a PI type of the categories this grant lists; name "
                     "only their types (or default)");
    named[key] = op(kv.second);
  }
  for (const auto& cat : g->categories) {
    Deidentification d;
    for (const Category& c : model_.categories) {
      if (c.id != cat) continue;
      if (c.pi_types.empty() && !fallback)
        Fail(n, "category '" + cat + "' has no PI types, so only a default can say how it is "
                "de-identified: add 'default: <operator>'");
      for (const auto& t : c.pi_types) {
        auto it = named.find(t);
        if (it != named.end()) d.by_pi_type[t] = it->second;
        else if (fallback) d.by_pi_type[t] = *fallback;
        else Fail(n, "deidentify does not say how " + t + " (category '" + cat +
                     "') is de-identified: add '" + t + ": <operator>' or 'default: <operator>'");
      }
    }
    // Data of no listed type is withheld unless a default says otherwise.
    d.fallback = fallback.value_or(DeidOperator::kDrop);
    g->deidentify[cat] = d;
  }
}

Grant Loader::ParseGrant(const YAML::Node& n) {
  CheckKeys(n, {"purpose", "categories", "deidentify"}, {"justification"}, "a receives entry");
  Grant g;
  g.pos = Pos(n);
  std::tie(g.service, g.purpose) = PurposeRef(n["purpose"]);
  for (const auto& item : List(n["categories"], "categories", true)) {
    std::string id = CategoryRef(item).id;
    if (std::find(g.categories.begin(), g.categories.end(), id) != g.categories.end())
      Fail(item, "category '" + id + "' is listed twice");
    g.categories.push_back(id);
  }
  g.deidentify_pos = Pos(n["deidentify"]);
  ParseDeidentify(n["deidentify"], &g);
  if (auto j = n["justification"]) g.justification = Str(j, "justification");
  return g;
}

Trustee Loader::ParseTrustee(const YAML::Node& n) {
  CheckKeys(n, {"id", "name", "contract", "valid_from", "valid_to", "receives"}, {"task"},
            "a trustee");
  Trustee t;
  t.pos = Pos(n);
  t.id = Id(n["id"], "trustee id");
  for (const Trustee& other : model_.trustees)
    if (other.id == t.id) Fail(n["id"], "trustee '" + t.id + "' is declared twice; ids must be unique");
  t.name = Text(n["name"], "name");
  t.task = OptText(n, "task");
  t.contract = Str(n["contract"], "contract");
  t.valid_from = ParseDate(n["valid_from"], "valid_from");
  t.valid_to = ParseDate(n["valid_to"], "valid_to");
  t.valid_to_pos = Pos(n["valid_to"]);
  if (t.valid_to < t.valid_from)
    Fail(n["valid_to"], "valid_to " + t.valid_to.ToString() + " is before valid_from " +
                            t.valid_from.ToString() + " (check the contract dates)");
  for (const auto& item : List(n["receives"], "receives", true)) {
    Grant g = ParseGrant(item);
    for (const Grant& other : t.receives)
      if (other.service == g.service && other.purpose == g.purpose)
        Fail(item["purpose"], "trustee '" + t.id + "' lists purpose '" + g.service + "." +
                                  g.purpose + "' twice; merge the two entries");
    t.receives.push_back(std::move(g));
  }
  return t;
}

Role Loader::ParseRole(const YAML::Node& n) {
  CheckKeys(n, {"id", "access"}, {"name", "purposes"}, "a role");
  Role r;
  r.pos = Pos(n);
  r.id = Id(n["id"], "role id");
  for (const Role& other : model_.roles)
    if (other.id == r.id) Fail(n["id"], "role '" + r.id + "' is declared twice; ids must be unique");
  if (auto nm = n["name"]) r.name = Str(nm, "name");
  if (auto ps = n["purposes"]) {
    for (const auto& item : List(ps, "purposes", false)) {
      auto ref = PurposeRef(item);
      if (std::find(r.purposes.begin(), r.purposes.end(), ref) != r.purposes.end())
        Fail(item, "purpose '" + ref.first + "." + ref.second + "' is listed twice");
      r.purposes.push_back(ref);
    }
  }
  const YAML::Node access = n["access"];
  if (!access.IsMap())
    Fail(access, "access must map category ids to plain, masked or none");
  std::set<std::string> seen;
  for (const auto& kv : access) {
    std::string cat = CategoryRef(kv.first).id;
    if (!seen.insert(cat).second) Fail(kv.first, "duplicate key '" + cat + "' in access");
    std::string v = Str(kv.second, "access");
    auto vis = ParseVisibility(v);
    if (!vis) Fail(kv.second, "access must be plain, masked or none, not '" + v + "'");
    r.access[cat] = *vis;
    r.access_pos[cat] = Pos(kv.first);
  }
  return r;
}

std::vector<Channel> Loader::ParseChannelList(const YAML::Node& n, std::string_view what) const {
  std::vector<Channel> out;
  for (const auto& item : List(n, what, false)) {
    CheckKeys(item, {"kind", "value"}, {"note"}, "a channel");
    Channel c;
    c.kind = Str(item["kind"], "kind");
    bool known = false;
    for (auto k : kChannelKinds) known |= k == c.kind;
    if (!known)
      Fail(item["kind"], "unknown channel kind '" + c.kind +
                             "' (use phone, email, web, app, counter or postal)");
    c.value = Str(item["value"], "value");
    c.note = OptText(item, "note");
    out.push_back(std::move(c));
  }
  return out;
}

Channels Loader::ParseChannels(const YAML::Node& n) const {
  CheckKeys(n, {}, {"query", "correction", "cancellation", "complaint", "complaint_reply_days"},
            "channels");
  Channels c;
  c.pos = Pos(n);
  if (n["query"]) c.query = ParseChannelList(n["query"], "query");
  if (n["correction"]) c.correction = ParseChannelList(n["correction"], "correction");
  if (n["cancellation"]) c.cancellation = ParseChannelList(n["cancellation"], "cancellation");
  if (n["complaint"]) c.complaint = ParseChannelList(n["complaint"], "complaint");
  if (auto d = n["complaint_reply_days"]) c.complaint_reply_days = Int(d, "complaint_reply_days", 1, 365);
  return c;
}

PolicyModel Loader::Load() {
  YAML::Node loaded;
  try {
    loaded = YAML::Load(std::string(text_));
  } catch (const YAML::ParserException& e) {
    const SourcePos p = PosOf(e.mark);
    std::ostringstream o;
    o << source_ << ":" << p.line << ":" << p.column << ": YAML syntax error: " << e.msg;
    throw PolicyError(o.str());
  }
  // Only const lookups below: yaml-cpp's non-const operator[] may insert missing keys.
  const YAML::Node& root = loaded;
  model_.source = source_;
  if (!root.IsMap())
    Fail(root, "a policy file must be a mapping starting with 'piguard_policy: 1' (see "
               "examples/policy/ and docs/policy.md)");
  CheckKeys(root, {"piguard_policy", "version", "effective_date", "operator", "categories", "services"},
            {"supersedes", "custom_pi_types", "trustees", "roles", "channels"}, "the policy");
  if (!root["piguard_policy"].IsScalar() || root["piguard_policy"].Scalar() != "1")
    Fail(root["piguard_policy"], "unsupported piguard_policy format (this piguard reads format 1: "
                                 "write 'piguard_policy: 1')");
  model_.format = 1;
  model_.version = Str(root["version"], "version");
  for (char c : model_.version)
    if (!isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_')
      Fail(root["version"], "version '" + model_.version +
                                "' may only hold letters, digits, '.', '-' and '_'");
  model_.effective_date = ParseDate(root["effective_date"], "effective_date");
  if (auto s = root["supersedes"]; s && !s.IsNull()) {
    model_.supersedes = Str(s, "supersedes");
    if (model_.supersedes == model_.version)
      Fail(s, "supersedes names this file's own version; give the version this one replaces");
  }
  const YAML::Node op = root["operator"];
  CheckKeys(op, {"name"}, {"website"}, "operator");
  model_.operator_name = Text(op["name"], "operator name");
  if (op["website"]) model_.operator_website = Str(op["website"], "website");
  // Order matters: types before categories, categories before services, services before
  // trustees and roles, so every reference can be checked where it is written.
  if (root["custom_pi_types"]) ParseCustomTypes(root["custom_pi_types"]);
  for (const auto& item : List(root["categories"], "categories", true))
    model_.categories.push_back(ParseCategory(item));
  for (const auto& item : List(root["services"], "services", true))
    model_.services.push_back(ParseService(item));
  if (root["trustees"])
    for (const auto& item : List(root["trustees"], "trustees", false))
      model_.trustees.push_back(ParseTrustee(item));
  if (root["roles"])
    for (const auto& item : List(root["roles"], "roles", false))
      model_.roles.push_back(ParseRole(item));
  if (root["channels"]) {
    model_.channels = ParseChannels(root["channels"]);
    model_.channels_pos = Pos(root["channels"]);
  } else {
    model_.channels_pos = Pos(root);
  }
  return std::move(model_);
}

}  // namespace

Result<std::shared_ptr<const Policy>> ParsePolicy(std::string_view yaml_text,
                                                  std::string_view source_name) {
  PolicyModel model;
  try {
    model = Loader(source_name, yaml_text).Load();
  } catch (const PolicyError& e) {
    return InvalidArgument(e.what());
  } catch (const YAML::Exception& e) {
    std::ostringstream o;
    o << source_name;
    if (e.mark.line >= 0) o << ":" << e.mark.line + 1 << ":" << e.mark.column + 1;
    o << ": " << e.msg;
    return InvalidArgument(o.str());
  } catch (const std::exception& e) {
    return InvalidArgument(std::string(source_name) + ": cannot read the policy: " + e.what());
  }
  return Policy::FromModel(std::move(model));
}

Result<std::shared_ptr<const Policy>> LoadPolicy(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open the policy file (check the path)");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return IoError(path + ": reading the policy file failed");
  return ParsePolicy(buf.str(), path);
}

}  // namespace piguard::policy
