#include "serve/rules_json.h"

#include <nlohmann/json.hpp>

namespace piguard::serve {
namespace {

using Json = nlohmann::json;
using namespace piguard::policy;

struct Bad : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (!it->is_string()) throw Bad(std::string("'") + key + "' is not a string");
  return it->get<std::string>();
}

LocalizedText Text(const Json& j, const char* key) {
  LocalizedText t;
  auto it = j.find(key);
  if (it == j.end()) return t;
  t.zh = Str(*it, "zh");
  t.en = Str(*it, "en");
  return t;
}

template <typename T, typename F>
T Enum(const Json& j, const char* key, F parse) {
  auto v = parse(Str(j, key));
  if (!v) throw Bad(std::string("bad '") + key + "'");
  return *v;
}

Date DateOf(const Json& j, const char* key) {
  auto d = Date::Parse(Str(j, key));
  if (!d) throw Bad(std::string("bad date '") + key + "'");
  return *d;
}

std::vector<std::string> Strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end()) return out;
  for (const Json& s : *it) out.push_back(s.get<std::string>());
  return out;
}

std::vector<Channel> ChannelsOf(const Json& j, const char* key) {
  std::vector<Channel> out;
  for (const Json& c : j.at(key)) {
    Channel ch;
    ch.kind = Str(c, "kind");
    ch.value = Str(c, "value");
    ch.note = Text(c, "note");
    out.push_back(std::move(ch));
  }
  return out;
}

std::pair<std::string, std::string> Ref(const std::string& s) {
  size_t dot = s.find('.');
  if (dot == std::string::npos) throw Bad("bad purpose reference");
  return {s.substr(0, dot), s.substr(dot + 1)};
}

Retention RetentionOf(const Json& j) {
  Retention r;
  std::string period = Str(j, "period");
  if (period.size() < 2) throw Bad("bad retention");
  r.unit = period.back();
  r.amount = std::stoi(period.substr(0, period.size() - 1));
  r.start = Enum<RetentionStart>(j, "from", ParseRetentionStart);
  return r;
}

PolicyModel ModelOf(const Json& root) {
  PolicyModel m;
  m.format = root.at("format").get<int>();
  m.version = Str(root, "version");
  m.effective_date = DateOf(root, "effective_date");
  m.supersedes = Str(root, "supersedes");
  m.operator_name = Text(root.at("operator"), "name");
  m.operator_website = Str(root.at("operator"), "website");
  m.custom_pi_types = Strings(root, "custom_pi_types");
  m.source = "stored rules";
  for (const Json& c : root.at("categories")) {
    Category cat;
    cat.id = Str(c, "id");
    cat.pi_class = Enum<PiClass>(c, "class", ParsePiClass);
    cat.sensitive = c.at("sensitive").get<bool>();
    cat.level = c.at("level").get<int>();
    cat.pi_types = Strings(c, "pi_types");
    cat.name = Text(c, "name");
    cat.description = Text(c, "description");
    m.categories.push_back(std::move(cat));
  }
  for (const Json& s : root.at("services")) {
    Service svc;
    svc.id = Str(s, "id");
    svc.name = Text(s, "name");
    svc.description = Text(s, "description");
    for (const Json& p : s.at("purposes")) {
      Purpose pu;
      pu.id = Str(p, "id");
      pu.function = Enum<PurposeFunction>(p, "function", ParseFunction);
      pu.legal_basis = Enum<LegalBasis>(p, "legal_basis", ParseLegalBasis);
      pu.name = Text(p, "name");
      pu.description = Text(p, "description");
      pu.legal_reference = Text(p, "legal_reference");
      pu.refusal_consequence = Text(p, "refusal_consequence");
      if (p.contains("retention")) pu.retention = RetentionOf(p.at("retention"));
      for (const Json& c : p.at("collects")) {
        Collection col;
        col.category = Str(c, "category");
        col.necessary = c.at("necessary").get<bool>();
        for (const Json& mth : c.at("methods")) {
          auto mm = ParseMethod(mth.get<std::string>());
          if (!mm) throw Bad("bad method");
          col.methods.push_back(*mm);
        }
        col.justification = Str(c, "justification");
        pu.collects.push_back(std::move(col));
      }
      svc.purposes.push_back(std::move(pu));
    }
    m.services.push_back(std::move(svc));
  }
  for (const Json& t : root.at("trustees")) {
    Trustee tr;
    tr.id = Str(t, "id");
    tr.contract = Str(t, "contract");
    tr.valid_from = DateOf(t, "valid_from");
    tr.valid_to = DateOf(t, "valid_to");
    tr.name = Text(t, "name");
    tr.task = Text(t, "task");
    for (const Json& g : t.at("receives")) {
      Grant gr;
      std::tie(gr.service, gr.purpose) = Ref(Str(g, "purpose"));
      gr.categories = Strings(g, "categories");
      for (const auto& [cat, d] : g.at("deidentify").items()) {
        Deidentification de;
        de.fallback = Enum<DeidOperator>(d, "fallback", ParseDeidOperator);
        for (const auto& [type, op] : d.at("types").items()) {
          auto o = ParseDeidOperator(op.get<std::string>());
          if (!o) throw Bad("bad operator");
          de.by_pi_type[type] = *o;
        }
        gr.deidentify[cat] = std::move(de);
      }
      gr.justification = Str(g, "justification");
      tr.receives.push_back(std::move(gr));
    }
    m.trustees.push_back(std::move(tr));
  }
  for (const Json& r : root.at("roles")) {
    Role role;
    role.id = Str(r, "id");
    role.name = Str(r, "name");
    for (const Json& p : r.at("purposes")) role.purposes.push_back(Ref(p.get<std::string>()));
    for (const auto& [cat, vis] : r.at("access").items()) {
      auto v = ParseVisibility(vis.get<std::string>());
      if (!v) throw Bad("bad visibility");
      role.access[cat] = *v;
    }
    m.roles.push_back(std::move(role));
  }
  const Json& ch = root.at("channels");
  m.channels.query = ChannelsOf(ch, "query");
  m.channels.correction = ChannelsOf(ch, "correction");
  m.channels.cancellation = ChannelsOf(ch, "cancellation");
  m.channels.complaint = ChannelsOf(ch, "complaint");
  if (ch.contains("complaint_reply_days")) m.channels.complaint_reply_days = ch.at("complaint_reply_days").get<int>();
  return m;
}

}  // namespace

Result<std::shared_ptr<const Policy>> PolicyFromCanonicalJson(std::string_view text) {
  PolicyModel model;
  try {
    model = ModelOf(Json::parse(text.begin(), text.end()));
  } catch (const std::exception& e) {
    return InvalidArgument(std::string("stored rules do not read back: ") + e.what());
  }
  auto p = Policy::FromModel(std::move(model));
  if (!p.ok()) return p.status();
  if (p.value()->canonical_json() != text)
    return InvalidArgument("stored rules do not read back to the same canonical form");
  return p;
}

}  // namespace piguard::serve
