// The canonical form of a policy and its SHA-256 (docs/policy.md, "Canonical form").
//
// The canonical form is the parsed model, not the file: defaults are filled in, equivalent
// spellings are normalised (a scalar `method` becomes a list in a fixed order, a scalar
// `deidentify` is expanded per PI type, `none` role access is dropped), empty optional fields
// are omitted, and source positions are left out. It is serialised as JSON with object keys
// sorted by byte value, no whitespace, UTF-8 unescaped, and only `"`, `\` and control
// characters escaped (nlohmann::json::dump()). Lists keep the order of the file, because that
// order is the order of the published notice.
#include <openssl/evp.h>

#include <nlohmann/json.hpp>

#include "piguard/policy.h"

namespace piguard::policy {
namespace {

using Json = nlohmann::json;

void PutText(Json& obj, const char* key, const LocalizedText& t) {
  if (t.empty()) return;
  obj[key] = Json{{"en", t.en}, {"zh", t.zh}};
}

void PutString(Json& obj, const char* key, const std::string& s) {
  if (!s.empty()) obj[key] = s;
}

Json ChannelList(const std::vector<Channel>& list) {
  Json out = Json::array();
  for (const Channel& c : list) {
    Json j{{"kind", c.kind}, {"value", c.value}};
    PutText(j, "note", c.note);
    out.push_back(std::move(j));
  }
  return out;
}

Json DeidJson(const Deidentification& d) {
  Json types = Json::object();
  for (const auto& [type, op] : d.by_pi_type) types[type] = DeidOperatorName(op);
  return Json{{"fallback", DeidOperatorName(d.fallback)}, {"types", std::move(types)}};
}

}  // namespace

std::string CanonicalJson(const PolicyModel& m) {
  Json root = Json::object();
  root["format"] = m.format;
  root["version"] = m.version;
  root["effective_date"] = m.effective_date.ToString();
  PutString(root, "supersedes", m.supersedes);
  Json op = Json::object();
  PutText(op, "name", m.operator_name);
  PutString(op, "website", m.operator_website);
  root["operator"] = std::move(op);
  root["custom_pi_types"] = m.custom_pi_types;

  Json cats = Json::array();
  for (const Category& c : m.categories) {
    Json j{{"id", c.id},
           {"class", PiClassName(c.pi_class)},
           {"sensitive", c.sensitive},
           {"level", c.level},
           {"pi_types", c.pi_types}};
    PutText(j, "name", c.name);
    PutText(j, "description", c.description);
    cats.push_back(std::move(j));
  }
  root["categories"] = std::move(cats);

  Json services = Json::array();
  for (const Service& s : m.services) {
    Json js{{"id", s.id}};
    PutText(js, "name", s.name);
    PutText(js, "description", s.description);
    Json purposes = Json::array();
    for (const Purpose& p : s.purposes) {
      Json jp{{"id", p.id},
              {"function", FunctionName(p.function)},
              {"legal_basis", LegalBasisName(p.legal_basis)}};
      PutText(jp, "name", p.name);
      PutText(jp, "description", p.description);
      PutText(jp, "legal_reference", p.legal_reference);
      PutText(jp, "refusal_consequence", p.refusal_consequence);
      if (p.retention)
        jp["retention"] = Json{{"period", p.retention->PeriodText()},
                               {"from", RetentionStartName(p.retention->start)}};
      Json collects = Json::array();
      for (const Collection& c : p.collects) {
        Json methods = Json::array();
        for (CollectionMethod mth : c.methods) methods.push_back(MethodName(mth));
        Json jc{{"category", c.category}, {"necessary", c.necessary}, {"methods", methods}};
        PutString(jc, "justification", c.justification);
        collects.push_back(std::move(jc));
      }
      jp["collects"] = std::move(collects);
      purposes.push_back(std::move(jp));
    }
    js["purposes"] = std::move(purposes);
    services.push_back(std::move(js));
  }
  root["services"] = std::move(services);

  Json trustees = Json::array();
  for (const Trustee& t : m.trustees) {
    Json jt{{"id", t.id},
            {"contract", t.contract},
            {"valid_from", t.valid_from.ToString()},
            {"valid_to", t.valid_to.ToString()}};
    PutText(jt, "name", t.name);
    PutText(jt, "task", t.task);
    Json receives = Json::array();
    for (const Grant& g : t.receives) {
      Json deid = Json::object();
      for (const auto& [cat, d] : g.deidentify) deid[cat] = DeidJson(d);
      Json jg{{"purpose", g.service + "." + g.purpose},
              {"categories", g.categories},
              {"deidentify", std::move(deid)}};
      PutString(jg, "justification", g.justification);
      receives.push_back(std::move(jg));
    }
    jt["receives"] = std::move(receives);
    trustees.push_back(std::move(jt));
  }
  root["trustees"] = std::move(trustees);

  Json roles = Json::array();
  for (const Role& r : m.roles) {
    Json purposes = Json::array();
    for (const auto& [svc, pur] : r.purposes) purposes.push_back(svc + "." + pur);
    Json access = Json::object();
    for (const auto& [cat, vis] : r.access)
      if (vis != Visibility::kNone) access[cat] = VisibilityName(vis);
    Json jr{{"id", r.id}, {"purposes", std::move(purposes)}, {"access", std::move(access)}};
    PutString(jr, "name", r.name);
    roles.push_back(std::move(jr));
  }
  root["roles"] = std::move(roles);

  const Channels& ch = m.channels;
  Json channels{{"query", ChannelList(ch.query)},
                {"correction", ChannelList(ch.correction)},
                {"cancellation", ChannelList(ch.cancellation)},
                {"complaint", ChannelList(ch.complaint)}};
  if (ch.complaint_reply_days) channels["complaint_reply_days"] = *ch.complaint_reply_days;
  root["channels"] = std::move(channels);
  // The loader rejects invalid UTF-8, so dump() cannot throw on a loaded model; `replace`
  // keeps a hand-built model from throwing all the same.
  return root.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Sha256Hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr) != 1) return {};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out.push_back(kHex[md[i] >> 4]);
    out.push_back(kHex[md[i] & 15]);
  }
  return out;
}

}  // namespace piguard::policy
