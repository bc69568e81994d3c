// YAML configuration loader. Every error names file:line:col, what is wrong and what to do;
// unknown keys are errors so that a typo never silently drops a rule.
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <set>
#include <sstream>

#include "core/yaml_util.h"
#include "piguard/config.h"

namespace piguard {
namespace {

using yaml::Bool;
using yaml::CheckKeys;
using yaml::Fail;
using yaml::Scalar;
using yaml::Where;
using ConfigError = yaml::LoadError;

Likelihood Level(std::string_view source, const YAML::Node& n) {
  auto l = ParseLikelihood(Scalar(source, n, "confidence"));
  if (!l)
    Fail(source, n, "unknown confidence '" + n.as<std::string>() +
                        "' (use VERY_UNLIKELY, UNLIKELY, POSSIBLE, LIKELY or VERY_LIKELY)");
  return *l;
}

void CheckRegex(std::string_view source, const YAML::Node& n, const std::string& pattern,
                std::string_view what) {
  RE2::Options o;
  o.set_log_errors(false);
  RE2 re(pattern, o);
  if (!re.ok())
    Fail(source, n, std::string(what) + ": bad RE2 pattern: " + re.error() +
                        " (see https://github.com/google/re2/wiki/Syntax)");
}

std::vector<std::string> StringList(std::string_view source, const YAML::Node& n,
                                    std::string_view what) {
  if (!n.IsSequence()) Fail(source, n, std::string(what) + " must be a list of strings");
  std::vector<std::string> out;
  for (const auto& item : n) out.push_back(Scalar(source, item, what));
  return out;
}

std::string DirOf(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

ScanConfig ParseOrThrow(std::string_view text, std::string_view source) {
  ScanConfig cfg;
  YAML::Node root = yaml::LoadText(text, source);
  if (root.IsNull()) return cfg;
  CheckKeys(source, root,
            {"min_confidence", "hotword_window", "types", "custom_types", "allow_list",
             "deny_list", "version"},
            "the configuration");
  if (auto n = root["version"]) {
    if (Scalar(source, n, "version") != "1")
      Fail(source, n, "unsupported configuration version (this piguard reads version 1)");
  }
  if (auto n = root["min_confidence"]) cfg.min_likelihood = Level(source, n);
  if (auto n = root["hotword_window"])
    cfg.hotword_window = yaml::Int(source, n, "hotword_window (characters)", 0, 200);
  if (auto types = root["types"]) {
    if (!types.IsMap()) Fail(source, types, "types must map type names to settings");
    for (const auto& kv : types) {
      std::string name = kv.first.as<std::string>();
      auto id = BuiltinTypeFromName(name);
      if (!id)
        Fail(source, kv.first,
             "unknown type '" + name + "' (built-in types are listed in docs/scan.md; define "
             "new ones under custom_types)");
      TypeOptions& o = cfg.types[*id];
      if (kv.second.IsScalar()) {
        o.enabled = Bool(source, kv.second, name);
        continue;
      }
      CheckKeys(source, kv.second, {"enabled", "min_confidence"}, "types." + name);
      if (auto e = kv.second["enabled"]) o.enabled = Bool(source, e, "enabled");
      if (auto m = kv.second["min_confidence"]) o.min_likelihood = Level(source, m);
    }
  }
  if (auto list = root["custom_types"]) {
    if (!list.IsSequence()) Fail(source, list, "custom_types must be a list");
    for (const auto& item : list) {
      CheckKeys(source, item,
                {"name", "enabled", "regex", "dictionary", "dictionary_file", "ignore_case",
                 "validator", "confidence", "hotwords"},
                "a custom type");
      CustomTypeConfig c;
      c.source = Where(source, item);
      if (!item["name"]) Fail(source, item, "a custom type needs a name");
      c.name = Scalar(source, item["name"], "name");
      bool good_name = !c.name.empty();
      for (char ch : c.name)
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) good_name = false;
      if (!good_name)
        Fail(source, item["name"], "custom type name '" + c.name +
                                       "' must be upper-case letters, digits and '_'");
      if (auto en = item["enabled"]) c.enabled = Bool(source, en, "enabled");
      if (auto r = item["regex"]) {
        c.regex = Scalar(source, r, "regex");
        CheckRegex(source, r, c.regex, "custom type '" + c.name + "'");
      }
      if (auto d = item["dictionary"]) c.dictionary = StringList(source, d, "dictionary");
      if (auto f = item["dictionary_file"]) {
        std::string path = Scalar(source, f, "dictionary_file");
        if (!path.empty() && path[0] != '/') path = DirOf(source) + path;
        std::ifstream in(path);
        if (!in) Fail(source, f, "cannot read dictionary file '" + path + "'");
        std::string line;
        while (std::getline(in, line)) {
          if (!line.empty() && line.back() == '\r') line.pop_back();
          if (!line.empty() && line[0] != '#') c.dictionary.push_back(line);
        }
      }
      if (c.regex.empty() == c.dictionary.empty())
        Fail(source, item, "custom type '" + c.name +
                               "' needs exactly one of regex or dictionary/dictionary_file");
      if (auto ic = item["ignore_case"]) c.ignore_case = Bool(source, ic, "ignore_case");
      if (auto v = item["validator"]) {
        c.validator = Scalar(source, v, "validator");
        if (c.validator != "none" && c.validator != "luhn" && c.validator != "mod11_2")
          Fail(source, v, "unknown validator '" + c.validator + "' (use none, luhn or mod11_2)");
      }
      if (auto l = item["confidence"]) c.likelihood = Level(source, l);
      if (auto h = item["hotwords"]) c.hotwords = StringList(source, h, "hotwords");
      cfg.custom_types.push_back(std::move(c));
    }
  }
  if (auto allow = root["allow_list"]) {
    CheckKeys(source, allow, {"values", "patterns"}, "allow_list");
    if (auto v = allow["values"]) cfg.allow_values = StringList(source, v, "allow_list.values");
    if (auto p = allow["patterns"]) {
      cfg.allow_patterns = StringList(source, p, "allow_list.patterns");
      for (size_t i = 0; i < cfg.allow_patterns.size(); ++i)
        CheckRegex(source, p[i], cfg.allow_patterns[i], "allow_list.patterns");
    }
  }
  if (auto deny = root["deny_list"]) {
    if (!deny.IsSequence()) Fail(source, deny, "deny_list must be a list of {type, values}");
    for (const auto& item : deny) {
      CheckKeys(source, item, {"type", "values"}, "a deny_list entry");
      if (!item["type"] || !item["values"])
        Fail(source, item, "a deny_list entry needs type and values");
      std::string type = Scalar(source, item["type"], "type");
      bool known = BuiltinTypeFromName(type).has_value();
      for (const auto& c : cfg.custom_types) known |= c.name == type;
      if (!known) Fail(source, item["type"], "unknown type '" + type + "' in deny_list");
      for (auto& v : StringList(source, item["values"], "values"))
        cfg.deny_values.push_back({type, v});
    }
  }
  return cfg;
}

}  // namespace

Result<ScanConfig> ParseScanConfig(std::string_view yaml_text, std::string_view source_name) {
  try {
    return ParseOrThrow(yaml_text, source_name);
  } catch (const ConfigError& e) {
    return InvalidArgument(e.what());
  } catch (const YAML::Exception& e) {
    std::ostringstream o;
    o << source_name << ":" << e.mark.line + 1 << ":" << e.mark.column + 1 << ": " << e.msg;
    return InvalidArgument(o.str());
  }
}

Result<ScanConfig> LoadScanConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open the configuration file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParseScanConfig(buf.str(), path);
}

}  // namespace piguard
