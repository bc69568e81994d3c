// Redact rules: YAML -> RedactRules, with every error at file:line:col (docs/redact.md).
#include <fstream>
#include <sstream>

#include "core/yaml_util.h"
#include "piguard/finding.h"
#include "piguard/redact.h"
#include "redact/type_ops.h"

namespace piguard {

std::string_view RedactOpName(RedactOp op) {
  switch (op) {
    case RedactOp::kKeep: return "keep";
    case RedactOp::kRemove: return "remove";
    case RedactOp::kReplace: return "replace";
    case RedactOp::kMask: return "mask";
    case RedactOp::kPseudonym: return "pseudonym";
    case RedactOp::kFpe: return "fpe";
    case RedactOp::kIpPrefix: return "ip_prefix";
    case RedactOp::kDateGeneralize: return "date_generalize";
    case RedactOp::kDateShift: return "date_shift";
    case RedactOp::kDrop: return "drop";
  }
  return "?";
}

std::optional<RedactOp> ParseRedactOp(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(RedactOp::kDrop); ++i)
    if (RedactOpName(static_cast<RedactOp>(i)) == name) return static_cast<RedactOp>(i);
  return std::nullopt;
}

bool RedactOpIsKeyed(RedactOp op) {
  return op == RedactOp::kPseudonym || op == RedactOp::kFpe || op == RedactOp::kIpPrefix ||
         op == RedactOp::kDateShift;
}

std::string RedactRules::FirstKeyedUse() const {
  auto check = [](const OperatorSpec& s) -> std::string {
    return RedactOpIsKeyed(s.op) ? s.where + ": " + std::string(RedactOpName(s.op)) : "";
  };
  if (auto w = check(default_spec); !w.empty()) return w;
  for (const auto& [name, spec] : types)
    if (auto w = check(spec); !w.empty()) return w;
  for (const auto& f : fields)
    if (auto w = check(f.spec); !w.empty()) return w;
  return "";
}

namespace {

using yaml::Fail;
using yaml::Scalar;

// Which operators make sense for a type; the message says what to use instead.
void CheckOperatorForType(std::string_view source, const YAML::Node& at, RedactOp op,
                          std::string_view type) {
  auto id = BuiltinTypeFromName(type);
  auto bad = [&](std::string_view why) {
    Fail(source, at, "operator " + std::string(RedactOpName(op)) + " cannot be used for " +
                         std::string(type) + ": " + std::string(why));
  };
  switch (op) {
    case RedactOp::kFpe:
      if (!id || !redact::FpeSupports(*id))
        bad("format-preserving encryption is defined for identifiers with a fixed structure "
            "(see docs/redact.md); use pseudonym, mask, replace or remove");
      break;
    case RedactOp::kIpPrefix:
      if (id != kIpAddress) bad("ip_prefix applies to IP_ADDRESS only");
      break;
    case RedactOp::kDateGeneralize:
    case RedactOp::kDateShift:
      if (id != kDateOfBirth) bad("date operators apply to DATE_OF_BIRTH only");
      break;
    case RedactOp::kDrop:
      bad("drop removes a whole field; use it in a fields: rule");
      break;
    default:
      break;
  }
}

// Characters a replacement may not contain: they would break the CSV, TSV or JSON around it,
// or the one-line-per-line filter contract.
void CheckInsertable(std::string_view source, const YAML::Node& at, const std::string& text,
                     std::string_view what) {
  for (char c : text) {
    if (c == '"' || c == ',' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
      Fail(source, at, std::string(what) +
                           " may not contain quotes, commas, backslashes, tabs or line breaks "
                           "(they would break CSV, TSV or JSON output)");
  }
}

OperatorSpec ParseSpec(std::string_view source, const YAML::Node& n, std::string_view context,
                       const std::set<std::string>& extra_keys = {}) {
  std::set<std::string> keys = {"operator", "replacement", "keep_first", "keep_last", "char",
                                "prefix",   "length",      "granularity", "max_days",
                                "subject_field"};
  keys.insert(extra_keys.begin(), extra_keys.end());
  yaml::CheckKeys(source, n, keys, context);
  OperatorSpec s;
  s.where = yaml::Where(source, n);
  if (!n["operator"]) Fail(source, n, std::string(context) + " needs an operator");
  std::string name = Scalar(source, n["operator"], "operator");
  auto op = ParseRedactOp(name);
  if (!op)
    Fail(source, n["operator"],
         "unknown operator '" + name +
             "' (use keep, remove, replace, mask, pseudonym, fpe, ip_prefix, date_generalize, "
             "date_shift or drop)");
  s.op = *op;
  auto only_for = [&](const char* key, RedactOp want) {
    if (n[key] && s.op != want)
      Fail(source, n[key], std::string(key) + " is a setting of " +
                               std::string(RedactOpName(want)) + ", not of " + name);
  };
  only_for("replacement", RedactOp::kReplace);
  only_for("keep_first", RedactOp::kMask);
  only_for("keep_last", RedactOp::kMask);
  only_for("char", RedactOp::kMask);
  only_for("prefix", RedactOp::kPseudonym);
  only_for("length", RedactOp::kPseudonym);
  only_for("granularity", RedactOp::kDateGeneralize);
  only_for("max_days", RedactOp::kDateShift);
  only_for("subject_field", RedactOp::kDateShift);
  if (auto r = n["replacement"]) {
    s.replacement = Scalar(source, r, "replacement");
    CheckInsertable(source, r, s.replacement, "replacement");
  }
  if (auto k = n["keep_first"]) s.keep_first = yaml::Int(source, k, "keep_first", 0, 64);
  if (auto k = n["keep_last"]) s.keep_last = yaml::Int(source, k, "keep_last", 0, 64);
  if (auto c = n["char"]) {
    s.mask_char = Scalar(source, c, "char");
    int len = 0;
    bool one = !s.mask_char.empty();
    if (one) {
      // exactly one UTF-8 character
      unsigned char b = static_cast<unsigned char>(s.mask_char[0]);
      len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
      one = len > 0 && static_cast<size_t>(len) == s.mask_char.size();
    }
    if (!one) Fail(source, c, "char must be exactly one character, e.g. '*' or '#'");
    CheckInsertable(source, c, s.mask_char, "char");
  }
  if (auto p = n["prefix"]) {
    s.prefix = Scalar(source, p, "prefix");
    CheckInsertable(source, p, s.prefix, "prefix");
  }
  if (auto l = n["length"]) s.length = yaml::Int(source, l, "length (hex digits)", 8, 64);
  if (auto g = n["granularity"]) {
    std::string v = Scalar(source, g, "granularity");
    if (v == "year") s.month = false;
    else if (v == "month") s.month = true;
    else Fail(source, g, "granularity must be year or month");
  }
  if (auto m = n["max_days"]) s.max_days = yaml::Int(source, m, "max_days", 1, 3650);
  if (auto f = n["subject_field"]) s.subject_field = Scalar(source, f, "subject_field");
  return s;
}

RedactRules ParseOrThrow(std::string_view text, std::string_view source) {
  RedactRules rules;
  rules.source = std::string(source);
  rules.default_spec.where = std::string(source);
  YAML::Node root = yaml::LoadText(text, source);
  if (root.IsNull()) return rules;
  yaml::CheckKeys(source, root, {"version", "context", "default", "types", "fields"},
                  "the redact rules");
  if (auto v = root["version"])
    if (Scalar(source, v, "version") != "1")
      Fail(source, v, "unsupported rules version (this piguard reads version 1)");
  if (auto c = root["context"]) rules.context = Scalar(source, c, "context");
  if (auto d = root["default"]) {
    rules.default_spec = ParseSpec(source, d, "default");
    RedactOp op = rules.default_spec.op;
    if (op != RedactOp::kKeep && op != RedactOp::kRemove && op != RedactOp::kReplace &&
        op != RedactOp::kMask && op != RedactOp::kPseudonym)
      Fail(source, d["operator"],
           "the default operator applies to every type, so it must be one of keep, remove, "
           "replace, mask or pseudonym");
  }
  if (auto types = root["types"]) {
    if (!types.IsMap()) Fail(source, types, "types must map type names to operators");
    std::set<std::string> seen;
    for (const auto& kv : types) {
      std::string name = kv.first.as<std::string>();
      if (!seen.insert(name).second)
        Fail(source, kv.first, "duplicate type '" + name + "' (merge the two entries)");
      if (!BuiltinTypeFromName(name)) {
        bool custom_like = !name.empty();
        for (char ch : name)
          custom_like &= (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        if (!custom_like)
          Fail(source, kv.first,
               "unknown type '" + name + "' (built-in names are listed in docs/scan.md; custom "
               "types come from the scan configuration)");
      }
      OperatorSpec s = ParseSpec(source, kv.second, "types." + name);
      CheckOperatorForType(source, kv.second["operator"], s.op, name);
      rules.types[name] = std::move(s);
    }
  }
  if (auto fields = root["fields"]) {
    if (!fields.IsSequence()) Fail(source, fields, "fields must be a list of field rules");
    for (const auto& item : fields) {
      FieldRule f;
      f.where = yaml::Where(source, item);
      f.spec = ParseSpec(source, item, "a field rule", {"field", "type", "whole_value"});
      if (!item["field"]) Fail(source, item, "a field rule needs field: (column name or JSON path)");
      f.field = Scalar(source, item["field"], "field");
      if (f.field.empty()) Fail(source, item["field"], "field must not be empty");
      if (auto t = item["type"]) {
        f.type = Scalar(source, t, "type");
        if (!BuiltinTypeFromName(*f.type))
          Fail(source, t, "unknown type '" + *f.type + "' (built-in names are in docs/scan.md)");
        CheckOperatorForType(source, item["operator"], f.spec.op, *f.type);
      } else {
        RedactOp op = f.spec.op;
        if (op == RedactOp::kFpe || op == RedactOp::kIpPrefix || op == RedactOp::kDateGeneralize ||
            op == RedactOp::kDateShift)
          Fail(source, item["operator"],
               std::string(RedactOpName(op)) + " depends on the type of the value: add type: "
               "(e.g. type: PHONE_NUMBER) to this field rule");
      }
      if (auto w = item["whole_value"]) {
        f.whole_value = yaml::Bool(source, w, "whole_value");
        if (f.whole_value && f.spec.op == RedactOp::kDrop)
          Fail(source, w, "whole_value has no meaning for drop (the field goes entirely)");
        if (f.whole_value && !f.type)
          Fail(source, w, "whole_value needs type: (the type the field's values are, e.g. "
                          "type: PERSON_NAME), which names the replacement and picks the scheme");
      }
      rules.fields.push_back(std::move(f));
    }
  }
  return rules;
}

}  // namespace

Result<RedactRules> ParseRedactRules(std::string_view yaml_text, std::string_view source_name) {
  try {
    return ParseOrThrow(yaml_text, source_name);
  } catch (const yaml::LoadError& e) {
    return InvalidArgument(e.what());
  } catch (const YAML::Exception& e) {
    std::ostringstream o;
    o << source_name << ":" << e.mark.line + 1 << ":" << e.mark.column + 1 << ": " << e.msg;
    return InvalidArgument(o.str());
  }
}

Result<RedactRules> LoadRedactRules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open the redact rules file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParseRedactRules(buf.str(), path);
}

RedactRules DefaultRedactRules() {
  auto r = ParseRedactRules(DefaultRedactRulesYaml(), "built-in default rules");
  // The shipped file is tested to parse; a failure here is a build defect.
  if (!r.ok()) std::abort();
  return std::move(r).value();
}

}  // namespace piguard
