// Scanner::InferColumns: what a table's unnamed columns hold, from their values.
//
// A table without a header row (Hive's `000000_0` files, `hive -e` output, exports written
// without one) names its columns only by position. Identifiers need no name: a phone number
// or an ID is found by its form. Names and birth dates do: "陈红梅" or "19820929" alone could
// be anything. A column in which most values are one, in the way a name or birth-date column
// holds them, is given the class such a column's name would give it.
#include <string>

#include "detect/chinese.h"
#include "detect/validators.h"
#include "piguard/scanner.h"

namespace piguard {
namespace {

std::string_view Trimmed(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '"')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '"' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

// Whether v is exactly a Chinese full name with a common surname, as a name column holds it.
bool WholeCommonName(std::string_view v) {
  if (v.size() < 6 || v.size() > 12 || static_cast<unsigned char>(v[0]) < 0xE0) return false;
  bool known = false;
  return chinese::MatchChineseName(v, 0, true, &known) == v.size() &&
         chinese::CommonFullName(v, 0, v.size()) && !chinese::CommonWordNotName(v, 0, v.size());
}

// The date v as YYYYMMDD ("19820929", "1982-09-29", "1982/9/29"), or "".
std::string DateDigits(std::string_view v) {
  if (v.size() == 8 && v.find_first_not_of("0123456789") == std::string_view::npos)
    return std::string(v);
  int parts[3] = {0, 0, 0};
  size_t n = 0, k = 0;
  while (n < 3) {
    size_t d = k;
    int x = 0;
    while (k < v.size() && v[k] >= '0' && v[k] <= '9' && k - d < 4) x = x * 10 + (v[k++] - '0');
    if (k == d) return "";
    parts[n++] = x;
    if (n < 3) {
      if (k >= v.size() || (v[k] != '-' && v[k] != '/' && v[k] != '.')) return "";
      ++k;
    }
  }
  if (k != v.size() || parts[0] < 1900 || !validate::IsValidDate(parts[0], parts[1], parts[2]))
    return "";
  char out[16];
  std::snprintf(out, sizeof out, "%04d%02d%02d", parts[0], parts[1] % 100, parts[2] % 100);
  return out;
}

// The birth dates (YYYYMMDD) of the valid resident IDs among a row's values.
std::vector<std::string_view> IdBirthDates(const std::vector<std::string_view>& row) {
  std::vector<std::string_view> out;
  for (std::string_view raw : row) {
    const std::string_view v = Trimmed(raw);
    if (v.size() == 18 && validate::CheckResidentId18(v).valid) out.push_back(v.substr(6, 8));
  }
  return out;
}

}  // namespace

std::vector<FieldClass> Scanner::InferColumns(
    const std::vector<std::vector<std::string_view>>& rows) const {
  size_t columns = 0;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  std::vector<FieldClass> out(columns);
  std::vector<size_t> filled(columns), names(columns), dates(columns), births(columns);
  for (const auto& row : rows) {
    const auto born = IdBirthDates(row);
    for (size_t c = 0; c < row.size(); ++c) {
      const std::string_view v = Trimmed(row[c]);
      if (v.empty() || v == "\\N" || v == "NULL" || v == "null") continue;
      ++filled[c];
      if (WholeCommonName(v)) {
        ++names[c];
        continue;
      }
      const std::string date = born.empty() ? std::string() : DateDigits(v);
      if (date.empty()) continue;
      ++dates[c];
      for (std::string_view b : born) births[c] += b == date;
    }
  }
  // Three values at least, and three in five of them: a column of names has its blanks and
  // placeholders, a column of remarks an occasional name.
  for (size_t c = 0; c < columns; ++c) {
    if (filled[c] < 3) continue;
    if (5 * names[c] >= 3 * filled[c]) out[c].person_if_full_name = true;
    if (dates[c] >= 3 && 5 * births[c] >= 3 * filled[c])
      out[c].type_mask |= 1u << kDateOfBirth;
  }
  return out;
}

}  // namespace piguard
