// Helpers shared by the YAML loaders (scan configuration, redact rules): every error names
// file:line:col, what is wrong and what to do; unknown and duplicate keys are errors so that a
// typo never silently drops a setting.
#pragma once

#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace piguard::yaml {

// Thrown inside a loader, caught at its boundary and turned into a Status.
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline std::string Where(std::string_view source, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  std::ostringstream o;
  o << source;
  if (m.line >= 0) o << ":" << m.line + 1 << ":" << m.column + 1;
  return o.str();
}

[[noreturn]] inline void Fail(std::string_view source, const YAML::Node& node,
                              const std::string& what) {
  throw LoadError(Where(source, node) + ": " + what);
}

inline void CheckKeys(std::string_view source, const YAML::Node& map,
                      const std::set<std::string>& allowed, std::string_view context) {
  if (!map.IsMap()) Fail(source, map, std::string(context) + " must be a mapping");
  std::set<std::string> seen;
  for (const auto& kv : map) {
    std::string key = kv.first.as<std::string>();
    // yaml-cpp keeps duplicate keys and operator[] sees only the first: a second block
    // would be silently ignored.
    if (!seen.insert(key).second)
      Fail(source, kv.first, "duplicate key '" + key + "' in " + std::string(context) +
                                 " (merge the two entries into one)");
    if (!allowed.count(key)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      Fail(source, kv.first, "unknown key '" + key + "' in " + std::string(context) +
                                 " (allowed: " + list + ")");
    }
  }
}

inline std::string Scalar(std::string_view source, const YAML::Node& n, std::string_view what) {
  if (!n.IsScalar()) Fail(source, n, std::string(what) + " must be a string");
  return n.as<std::string>();
}

inline bool Bool(std::string_view source, const YAML::Node& n, std::string_view what) {
  bool v = false;
  if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
    Fail(source, n, std::string(what) + " must be true or false");
  return v;
}

inline int Int(std::string_view source, const YAML::Node& n, std::string_view what, int lo,
               int hi) {
  int v = 0;
  if (!n.IsScalar() || !YAML::convert<int>::decode(n, v) || v < lo || v > hi)
    Fail(source, n, std::string(what) + " must be a whole number from " + std::to_string(lo) +
                        " to " + std::to_string(hi));
  return v;
}

// Parses YAML text, turning a syntax error into a LoadError with file:line:col.
inline YAML::Node LoadText(std::string_view text, std::string_view source) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    std::ostringstream o;
    o << source << ":" << e.mark.line + 1 << ":" << e.mark.column + 1 << ": YAML syntax error: "
      << e.msg;
    throw LoadError(o.str());
  }
}

}  // namespace piguard::yaml
