// ASCII-only case folding for names the format code compares with (file suffixes, MIME
// header names and parameters, encoding names, SQL keywords): bytes >= 0x80 are never folded.
// The second argument is always given in lower case.
#pragma once

#include <string_view>

namespace piguard::ascii {

inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline bool EqualsNoCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (Lower(s[i]) != lower[i]) return false;
  return true;
}

inline bool StartsWithNoCase(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() &&
         EqualsNoCase(s.substr(0, lower_prefix.size()), lower_prefix);
}

inline bool EndsWithNoCase(std::string_view s, std::string_view lower_suffix) {
  return s.size() >= lower_suffix.size() &&
         EqualsNoCase(s.substr(s.size() - lower_suffix.size()), lower_suffix);
}

inline bool ContainsNoCase(std::string_view s, std::string_view lower_word) {
  for (size_t i = 0; i + lower_word.size() <= s.size(); ++i)
    if (EqualsNoCase(s.substr(i, lower_word.size()), lower_word)) return true;
  return false;
}

}  // namespace piguard::ascii
