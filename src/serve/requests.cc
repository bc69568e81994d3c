#include "serve/requests.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>

namespace piguard::serve {
namespace {

using Json = nlohmann::json;

std::string TypeWord(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    case Json::value_t::discarded: return "invalid";
    default: return "a number";
  }
}

// Parses JSON; on failure fills `problem` with the byte offset of the error. Never throws.
std::optional<Json> ParseJson(std::string_view body, Problem* problem) {
  try {
    return Json::parse(body.begin(), body.end());
  } catch (const Json::parse_error& e) {
    *problem = MalformedJson("the body is not valid JSON (error at byte " + std::to_string(e.byte) +
                             "); send one JSON object with Content-Type: application/json");
  } catch (const std::exception&) {
    *problem = MalformedJson("the body is not valid JSON; send one JSON object");
  }
  return std::nullopt;
}

// Checks that `obj` is an object holding only `allowed` members and every `required` one.
bool CheckMembers(const Json& obj, const std::string& ptr, std::initializer_list<const char*> allowed,
                  std::initializer_list<const char*> required, Problem* problem) {
  if (!obj.is_object()) {
    *problem = InvalidBody(ptr.empty() ? "/" : ptr, "expected an object, got " + TypeWord(obj));
    return false;
  }
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (const char* a : allowed) known |= it.key() == a;
    if (!known) {
      std::string names;
      for (const char* a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
      // The member name is echoed only when it is short and plain, since it is client text.
      std::string shown = ValidFieldName(it.key()) && it.key().size() <= 64 ? "'" + it.key() + "'" : "a member";
      *problem = InvalidBody(ptr + "/" + (ValidFieldName(it.key()) ? it.key() : std::string("~")),
                             "unknown member " + shown + " (allowed: " + names + ")");
      return false;
    }
  }
  for (const char* r : required)
    if (!obj.contains(r)) {
      *problem = InvalidBody(ptr + "/" + r, std::string("missing required member '") + r + "'");
      return false;
    }
  return true;
}

bool GetString(const Json& obj, const std::string& ptr, const char* key, std::string* out,
               Problem* problem) {
  const Json& v = obj.at(key);
  if (!v.is_string()) {
    *problem = InvalidBody(ptr + "/" + key, std::string("'") + key + "' must be a string, got " + TypeWord(v));
    return false;
  }
  *out = v.get<std::string>();
  return true;
}

bool GetId(const Json& obj, const std::string& ptr, const char* key, std::string* out, Problem* problem) {
  if (!GetString(obj, ptr, key, out, problem)) return false;
  if (!ValidRulesId(*out)) {
    *problem = InvalidBody(ptr + "/" + key, std::string("'") + key +
                                                "' must be an id of the rules: [a-z][a-z0-9_]*, at most 64 characters");
    return false;
  }
  return true;
}

bool GetSubscriber(const Json& obj, std::string* out, Problem* problem) {
  if (!GetString(obj, "", "subscriber", out, problem)) return false;
  if (!ValidSubscriber(*out)) {
    // The value is not repeated: it may be a phone or ID number sent by mistake.
    *problem = InvalidBody("/subscriber",
                           "'subscriber' must be an opaque account id: 1 to 128 of A-Z a-z 0-9 _ . : -");
    return false;
  }
  return true;
}

bool GetIdList(const Json& obj, const std::string& ptr, const char* key, size_t max,
               std::vector<std::string>* out, Problem* problem) {
  const Json& v = obj.at(key);
  std::string p = ptr + "/" + key;
  if (!v.is_array()) {
    *problem = InvalidBody(p, std::string("'") + key + "' must be an array of ids, got " + TypeWord(v));
    return false;
  }
  if (v.size() > max) {
    *problem = InvalidBody(p, std::string("'") + key + "' has more than " + std::to_string(max) + " entries");
    return false;
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string ip = p + "/" + std::to_string(i);
    if (!v[i].is_string()) {
      *problem = InvalidBody(ip, "must be a string, got " + TypeWord(v[i]));
      return false;
    }
    std::string id = v[i].get<std::string>();
    if (!ValidRulesId(id)) {
      *problem = InvalidBody(ip, "must be a category id of the rules: [a-z][a-z0-9_]*, at most 64 characters");
      return false;
    }
    if (!seen.insert(id).second) {
      *problem = InvalidBody(ip, "category '" + id + "' is listed twice");
      return false;
    }
    out->push_back(std::move(id));
  }
  return true;
}

}  // namespace

bool ValidSubscriber(std::string_view s) {
  if (s.empty() || s.size() > kMaxSubscriberLength) return false;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool ValidRulesId(std::string_view s) {
  if (s.empty() || s.size() > kMaxIdLength || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

bool ValidFieldName(std::string_view s) {
  if (s.empty() || s.size() > kMaxFieldNameLength) return false;
  char f = s[0];
  if (!((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z') || f == '_')) return false;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

Parsed<GateRequest> ParseGateRequest(std::string_view body) {
  Parsed<GateRequest> out;
  Problem& pr = out.problem;
  auto j = ParseJson(body, &pr);
  if (!j) return out;
  if (!CheckMembers(*j, "", {"subscriber", "service", "purpose", "fields"},
                    {"subscriber", "service", "purpose", "fields"}, &pr))
    return out;
  GateRequest r;
  if (!GetSubscriber(*j, &r.subscriber, &pr) || !GetId(*j, "", "service", &r.service, &pr) ||
      !GetId(*j, "", "purpose", &r.purpose, &pr))
    return out;
  const Json& fields = j->at("fields");
  if (!fields.is_array()) {
    pr = InvalidBody("/fields", "'fields' must be an array, got " + TypeWord(fields));
    return out;
  }
  if (fields.empty() || fields.size() > kMaxFields) {
    pr = InvalidBody("/fields", "'fields' must hold 1 to " + std::to_string(kMaxFields) + " fields");
    return out;
  }
  std::set<std::string> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string p = "/fields/" + std::to_string(i);
    const Json& f = fields[i];
    if (!CheckMembers(f, p, {"name", "categories", "value"}, {"name"}, &pr)) return out;
    GateField gf;
    if (!GetString(f, p, "name", &gf.name, &pr)) return out;
    if (!ValidFieldName(gf.name)) {
      pr = InvalidBody(p + "/name", "'name' must be a field name: a letter or _, then letters, digits, _ . -; at most 128");
      return out;
    }
    if (!names.insert(gf.name).second) {
      pr = InvalidBody(p + "/name", "field '" + gf.name + "' appears twice");
      return out;
    }
    if (!f.contains("categories") && !f.contains("value")) {
      pr = InvalidBody(p, "field '" + gf.name + "' needs 'categories' (what it holds) or 'value' (to be scanned), or both");
      return out;
    }
    if (f.contains("categories")) {
      if (!GetIdList(f, p, "categories", kMaxCategoriesPerField, &gf.categories, &pr)) return out;
      if (gf.categories.empty() && !f.contains("value")) {
        pr = InvalidBody(p + "/categories", "'categories' is empty; declare at least one, or send 'value'");
        return out;
      }
    }
    if (f.contains("value")) {
      const Json& v = f.at("value");
      if (v.is_string()) gf.value = v.get<std::string>();
      else if (v.is_number()) gf.value = v.dump();
      else {
        pr = InvalidBody(p + "/value", "'value' must be a string or a number, got " + TypeWord(v));
        return out;
      }
      if (gf.value->size() > kMaxValueBytes) {
        pr = InvalidBody(p + "/value", "'value' is longer than " + std::to_string(kMaxValueBytes) + " bytes");
        return out;
      }
    }
    r.fields.push_back(std::move(gf));
  }
  out.value = std::move(r);
  return out;
}

Parsed<ConsentRequest> ParseConsentRequest(std::string_view body, bool grant) {
  Parsed<ConsentRequest> out;
  Problem& pr = out.problem;
  auto j = ParseJson(body, &pr);
  if (!j) return out;
  bool ok = grant ? CheckMembers(*j, "", {"subscriber", "service", "purpose", "optional_categories"},
                                 {"subscriber", "service", "purpose"}, &pr)
                  : CheckMembers(*j, "", {"subscriber", "service", "purpose"},
                                 {"subscriber", "service", "purpose"}, &pr);
  if (!ok) return out;
  ConsentRequest r;
  if (!GetSubscriber(*j, &r.subscriber, &pr) || !GetId(*j, "", "service", &r.service, &pr) ||
      !GetId(*j, "", "purpose", &r.purpose, &pr))
    return out;
  if (grant && j->contains("optional_categories") &&
      !GetIdList(*j, "", "optional_categories", 64, &r.optional_categories, &pr))
    return out;
  out.value = std::move(r);
  return out;
}

Parsed<std::map<std::string, std::string>> ParseIdMembers(std::string_view body,
                                                          std::initializer_list<const char*> allowed,
                                                          std::initializer_list<const char*> required) {
  Parsed<std::map<std::string, std::string>> out;
  Problem& pr = out.problem;
  auto j = ParseJson(body, &pr);
  if (!j || !CheckMembers(*j, "", allowed, required, &pr)) return out;
  std::map<std::string, std::string> m;
  for (const char* a : allowed)
    if (j->contains(a) && !GetId(*j, "", a, &m[a], &pr)) return out;
  out.value = std::move(m);
  return out;
}

Parsed<AccessRequest> ParseAccessRequest(std::string_view body, bool with_approval) {
  Parsed<AccessRequest> out;
  Problem& pr = out.problem;
  auto j = ParseJson(body, &pr);
  if (!j) return out;
  bool ok = with_approval
                ? CheckMembers(*j, "", {"role", "service", "purpose", "subscribers", "categories", "approval"},
                               {"role", "service", "purpose", "subscribers"}, &pr)
                : CheckMembers(*j, "", {"role", "service", "purpose", "subscribers", "categories"},
                               {"role", "service", "purpose", "subscribers"}, &pr);
  if (!ok) return out;
  AccessRequest r;
  if (!GetId(*j, "", "role", &r.role, &pr) || !GetId(*j, "", "service", &r.service, &pr) ||
      !GetId(*j, "", "purpose", &r.purpose, &pr))
    return out;
  if (j->contains("categories") && !GetIdList(*j, "", "categories", 64, &r.categories, &pr)) return out;
  const Json& subs = j->at("subscribers");
  if (!subs.is_array() || subs.empty() || subs.size() > kMaxAccessSubscribers) {
    pr = InvalidBody("/subscribers", "'subscribers' must be an array of 1 to " +
                                         std::to_string(kMaxAccessSubscribers) + " subscriber ids");
    return out;
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < subs.size(); ++i) {
    std::string ptr = "/subscribers/" + std::to_string(i);
    if (!subs[i].is_string() || !ValidSubscriber(subs[i].get<std::string>())) {
      // The value is not repeated: it may be a phone or ID number sent by mistake.
      pr = InvalidBody(ptr, "must be an opaque account id: 1 to 128 of A-Z a-z 0-9 _ . : -");
      return out;
    }
    if (!seen.insert(subs[i].get<std::string>()).second) {
      pr = InvalidBody(ptr, "the same subscriber is listed twice");
      return out;
    }
    r.subscribers.push_back(subs[i].get<std::string>());
  }
  if (j->contains("approval")) {
    const Json& a = j->at("approval");
    if (!a.is_number_integer() || a.get<int64_t>() <= 0) {
      pr = InvalidBody("/approval", "'approval' must be the positive integer id of an approved bulk request");
      return out;
    }
    r.approval = a.get<int64_t>();
  }
  out.value = std::move(r);
  return out;
}

bool ValidContractId(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

Parsed<DisclosureRequest> ParseDisclosureRequest(std::string_view body) {
  Parsed<DisclosureRequest> out;
  Problem& pr = out.problem;
  auto j = ParseJson(body, &pr);
  if (!j) return out;
  if (!CheckMembers(*j, "", {"trustee", "contract", "service", "purpose", "subscriber", "fields"},
                    {"trustee", "contract", "service", "purpose", "subscriber", "fields"}, &pr))
    return out;
  DisclosureRequest r;
  if (!GetId(*j, "", "trustee", &r.trustee, &pr) || !GetString(*j, "", "contract", &r.contract, &pr) ||
      !GetId(*j, "", "service", &r.service, &pr) || !GetId(*j, "", "purpose", &r.purpose, &pr) ||
      !GetSubscriber(*j, &r.subscriber, &pr))
    return out;
  if (!ValidContractId(r.contract)) {
    pr = InvalidBody("/contract", "'contract' must be a contract id: 1 to 64 of A-Z a-z 0-9 . _ -");
    return out;
  }
  const Json& fields = j->at("fields");
  if (!fields.is_array() || fields.empty() || fields.size() > kMaxFields) {
    pr = InvalidBody("/fields", "'fields' must be an array of 1 to " + std::to_string(kMaxFields) + " fields");
    return out;
  }
  std::set<std::string> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string p = "/fields/" + std::to_string(i);
    const Json& f = fields[i];
    if (!CheckMembers(f, p, {"name", "category", "value"}, {"name", "category", "value"}, &pr)) return out;
    DisclosureField df;
    if (!GetString(f, p, "name", &df.name, &pr) || !GetId(f, p, "category", &df.category, &pr) ||
        !GetString(f, p, "value", &df.value, &pr))
      return out;
    if (!ValidFieldName(df.name)) {
      pr = InvalidBody(p + "/name", "'name' must be [A-Za-z_][A-Za-z0-9_.-]*, at most 128 characters");
      return out;
    }
    if (!names.insert(df.name).second) {
      pr = InvalidBody(p + "/name", "field '" + df.name + "' is listed twice");
      return out;
    }
    if (df.value.size() > kMaxValueBytes) {
      pr = InvalidBody(p + "/value", "the value is longer than " + std::to_string(kMaxValueBytes) + " bytes");
      return out;
    }
    r.fields.push_back(std::move(df));
  }
  out.value = std::move(r);
  return out;
}

}  // namespace piguard::serve
