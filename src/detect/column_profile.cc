// Scanner::InferColumns: what a table's unnamed columns hold, from their values.
//
// A table without a header row (Hive's `000000_0` files, `hive -e` output, exports written
// without one) names its columns only by position. Identifiers need no name: a phone number
// or an ID is found by its form. Names and birth dates do: "陈红梅" or "19820929" alone could
// be anything. A column in which most values are one, in the way a name or birth-date column
// holds them, is given the class such a column's name would give it. So are a column of LTE
// cell identities (ECIs) and a pair of longitude and latitude columns, as DPI probes' XDR
// files and CDR extracts hold them without a header.
#include <bitset>
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

bool AllDigits(std::string_view v) {
  return v.find_first_not_of("0123456789") == std::string_view::npos;
}

// Whether v is written as an LTE cell identity (ECI) is: the eNodeB's 20-bit number times 256
// plus the cell's 8-bit number, in decimal — seven to nine digits below 2^28 — with a cell
// number as vendors give them: below 16, or by sector in the low four bits (0-5) and by
// carrier in the high ones, below 0xC0 (1-3, 17-19, 49-51, 129-131). A random number passes
// 32% of the time; a column of them does not by chance.
bool LooksLikeEci(std::string_view v, uint32_t* cell) {
  if (v.size() < 7 || v.size() > 9 || !AllDigits(v)) return false;
  uint32_t x = 0;
  for (char c : v) x = x * 10 + static_cast<uint32_t>(c - '0');
  const uint32_t cell_no = x & 0xFF;
  if (x >= (1u << 28) || !(cell_no < 16 || ((cell_no & 0x0F) <= 5 && cell_no < 0xC0)))
    return false;
  *cell = x & 0xFF;
  return true;
}

// A 5G cell identity (NCI: 36 bits, up to eleven digits) as a cell column may hold beside
// LTE's: ten or eleven digits with a sector number in the low four bits. Not evidence of a
// cell column by itself; it keeps an ECI column's share when networks are mixed.
bool LooksLikeNci(std::string_view v) {
  if (v.size() < 10 || v.size() > 11 || !AllDigits(v)) return false;
  uint64_t x = 0;
  for (char c : v) x = x * 10 + static_cast<uint64_t>(c - '0');
  return x < (uint64_t{1} << 36) && (x & 0x0F) <= 5;
}

// The kind of decimal degrees v is written as, within China's extent: 1 a longitude (73-136),
// 2 a latitude (3-54), 0 neither. Four to eight decimals: a price or a rate has two.
int DegreesKind(std::string_view v) {
  const size_t dot = v.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 3 || v.size() - dot - 1 < 4 ||
      v.size() - dot - 1 > 8)
    return 0;
  int whole = 0;
  for (size_t k = 0; k < dot; ++k) {
    if (v[k] < '0' || v[k] > '9') return 0;
    whole = whole * 10 + (v[k] - '0');
  }
  for (size_t k = dot + 1; k < v.size(); ++k)
    if (v[k] < '0' || v[k] > '9') return 0;
  if (whole >= 73 && whole <= 135) return 1;
  if (whole >= 3 && whole <= 53) return 2;
  return 0;
}

}  // namespace

std::vector<FieldClass> Scanner::InferColumns(
    const std::vector<std::vector<std::string_view>>& rows) const {
  size_t columns = 0;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  std::vector<FieldClass> out(columns);
  std::vector<size_t> filled(columns), names(columns), dates(columns), births(columns);
  std::vector<size_t> ecis(columns), long_numbers(columns), short_cells(columns), ncis(columns);
  std::vector<size_t> longitudes(columns), latitudes(columns);
  std::vector<std::bitset<256>> eci_cells(columns);  // bit k: a value's cell number was k
  std::vector<std::string_view> eci_first(columns);
  std::vector<bool> eci_varies(columns);
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
      if (v.size() >= 4 && v.size() <= 9 && AllDigits(v)) {
        // Seven digits or more: an ECI or not; four or five: a 2G/3G cell's 16-bit identity,
        // which an XDR's cell column holds for calls on those networks.
        if (v.size() <= 5) ++short_cells[c];
        else if (v.size() >= 7) ++long_numbers[c];
      }
      ncis[c] += LooksLikeNci(v);
      if (const int kind = DegreesKind(v)) {
        (kind == 1 ? longitudes : latitudes)[c]++;
        continue;
      }
      if (uint32_t cell; LooksLikeEci(v, &cell)) {
        ++ecis[c];
        eci_cells[c].set(cell);
        if (eci_first[c].empty()) eci_first[c] = v;
        else if (v != eci_first[c]) eci_varies[c] = true;
        // No continue: "19820929" is a date of birth as well as a number.
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
    // Cell identities: twelve ECIs at least, nine in ten numbers of seven to nine digits
    // written as ECIs, nine in ten values such numbers or 2G/3G cells, not one value repeated,
    // and more than one cell number (byte counts in KiB multiples end in 0 alone). A column of
    // random numbers passes about one time in 10^4 with twelve values.
    if (ecis[c] >= 12 && 10 * ecis[c] >= 9 * long_numbers[c] &&
        10 * (long_numbers[c] + short_cells[c] + ncis[c]) >= 9 * filled[c] && eci_varies[c] &&
        eci_cells[c].count() >= 2) {
      out[c].type_mask |= 1u << kCellId;
      out[c].cell_identity = true;
    }
  }
  // A longitude column next to a latitude column (either order): five values at least in
  // each, nine in ten of them degrees of the kind, as XDRs and CDRs give a call's position.
  auto degrees = [&](size_t c, const std::vector<size_t>& kind) {
    return c < columns && kind[c] >= 5 && 10 * kind[c] >= 9 * filled[c];
  };
  for (size_t c = 0; c + 1 < columns; ++c) {
    if ((degrees(c, longitudes) && degrees(c + 1, latitudes)) ||
        (degrees(c, latitudes) && degrees(c + 1, longitudes))) {
      out[c].type_mask |= 1u << kLocationCoordinates;
      out[c + 1].type_mask |= 1u << kLocationCoordinates;
    }
  }
  return out;
}

}  // namespace piguard
