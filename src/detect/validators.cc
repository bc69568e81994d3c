#include "detect/validators.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "detect/tables.h"

namespace piguard::validate {
namespace {

int Digit(char c) { return c - '0'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int ParseInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + Digit(c);
  return v;
}
bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// True if the eight bytes at p are all ASCII digits: one 64-bit test instead of eight
// compares (identifiers are 11-20 digits, checked millions of times per gigabyte).
// A byte passes iff its high nibble is 3 and adding 6 keeps it 3, i.e. 0x30..0x39; a byte
// >= 0xFA that carries into its neighbour fails on its own high nibble, so carries never
// let a wrong word through.
inline bool EightDigits(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr uint64_t kHigh = 0xF0F0F0F0F0F0F0F0ull;
  return ((w & kHigh) | (((w + 0x0606060606060606ull) & kHigh) >> 4)) == 0x3333333333333333ull;
}

// Two-digit number at p (both bytes must be digits).
inline int Two(const char* p) { return Digit(p[0]) * 10 + Digit(p[1]); }

// Sum of the Luhn digits of an all-digit string: from the right, every second digit is
// doubled (with 9 subtracted past 9). Pairs avoid a toggling flag.
unsigned LuhnSumOfDigits(std::string_view d) {
  static constexpr unsigned char kDoubled[10] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
  unsigned sum = 0;
  size_t i = d.size();
  for (; i >= 2; i -= 2)
    sum += static_cast<unsigned>(Digit(d[i - 1])) + kDoubled[Digit(d[i - 2])];
  if (i == 1) sum += static_cast<unsigned>(Digit(d[0]));
  return sum;
}

// The calendar part of IsValidDate, shared by the parsers below.
inline bool DateHolds(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day <= kDays[month - 1]) return true;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap && day == 29;
}

// A dotted quad exactly as glibc's inet_pton(AF_INET) reads one: four decimal octets
// 0..255 separated by single dots, no leading zeros ("0" itself is fine), nothing else.
bool DottedQuad(std::string_view s) {
  int octets = 0;
  bool in_octet = false;  // a digit of the current octet has been seen
  unsigned value = 0;
  for (char c : s) {
    if (IsDigit(c)) {
      if (in_octet && value == 0) return false;  // leading zero
      value = value * 10 + static_cast<unsigned>(Digit(c));
      if (value > 255) return false;
      if (!in_octet) {
        if (++octets > 4) return false;
        in_octet = true;
      }
    } else if (c == '.' && in_octet) {
      if (octets == 4) return false;
      value = 0;
      in_octet = false;
    } else {
      return false;
    }
  }
  return octets == 4;
}

// Clinger's fast path: m / 10^f is correctly rounded when m and 10^f are exact doubles
// (m <= 2^53, f <= 22), because IEEE division rounds correctly.
constexpr double kPow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

bool AllDigits(std::string_view s) {
  const size_t n = s.size();
  const char* p = s.data();
  if (n < 8) {
    if (n == 0) return false;
    for (char c : s)
      if (!IsDigit(c)) return false;
    return true;
  }
  for (size_t i = 0; i + 8 < n; i += 8)
    if (!EightDigits(p + i)) return false;
  return EightDigits(p + n - 8);  // the last eight, overlapping the loop's last word
}

bool Luhn(std::string_view digits) {
  return digits.size() >= 2 && AllDigits(digits) && LuhnSumOfDigits(digits) % 10 == 0;
}

char ResidentIdCheckChar(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kMap[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += Digit(first17[i]) * kWeights[i];
  return kMap[sum % 11];
}

bool IsValidDate(int year, int month, int day) { return DateHolds(year, month, day); }

bool IsValidBirthDate8(std::string_view d, int min_year, int max_year) {
  if (d.size() != 8 || !EightDigits(d.data())) return false;
  const char* p = d.data();
  int y = Two(p) * 100 + Two(p + 2);
  if (y < min_year || y > max_year) return false;
  return DateHolds(y, Two(p + 4), Two(p + 6));
}

namespace {

// The codes of kRegions that start with each two-digit province prefix: [begin[p], begin[p+1]).
// Searching one province (at most a few hundred codes) instead of the whole table saves
// half the steps of the binary search; built once, on first use.
struct ProvinceIndex {
  uint32_t begin[101];
  ProvinceIndex() {
    size_t r = 0;
    for (uint32_t p = 0; p <= 100; ++p) {
      while (r < tables::kRegionCount && tables::kRegions[r].code < p * 10000) ++r;
      begin[p] = static_cast<uint32_t>(r);
    }
  }
};

const ProvinceIndex& Provinces() {
  static const ProvinceIndex index;
  return index;
}

}  // namespace

RegionEvidence ResidentIdRegion(std::string_view six) {
  if (six.size() != 6 || !AllDigits(six)) return RegionEvidence::kUnknown;
  const uint32_t code = static_cast<uint32_t>(ParseInt(six));
  const int province = Two(six.data());
  const ProvinceIndex& index = Provinces();
  const tables::Region* begin = tables::kRegions + index.begin[province];
  const tables::Region* end = tables::kRegions + index.begin[province + 1];
  auto it = std::lower_bound(begin, end, code,
                             [](const tables::Region& r, uint32_t c) { return r.code < c; });
  if (it != end && it->code == code) return RegionEvidence::kKnownCode;
  if (province == 81 || province == 82 || province == 83) return RegionEvidence::kKnownProvince;
  // The province's own code (pp0000) is the smallest code with its prefix: first if present.
  if (begin != end && begin->code == static_cast<uint32_t>(province) * 10000)
    return RegionEvidence::kKnownProvince;
  return RegionEvidence::kUnknown;
}

ResidentIdCheck CheckResidentId18(std::string_view id) {
  ResidentIdCheck r;
  if (id.size() != 18) return r;
  const char* p = id.data();
  if (!EightDigits(p) || !EightDigits(p + 8) || !IsDigit(p[16])) return r;
  char last = id[17];
  if (last == 'x') last = 'X';
  if (!IsDigit(last) && last != 'X') return r;
  const int year = Two(p + 6) * 100 + Two(p + 8);
  if (year < 1900 || year > 2030 || !DateHolds(year, Two(p + 10), Two(p + 12))) return r;
  if (ResidentIdCheckChar(id) != last) return r;
  r.region = ResidentIdRegion(id.substr(0, 6));
  // A province that does not exist is not an ID number, whatever the check digit says.
  r.valid = r.region != RegionEvidence::kUnknown;
  return r;
}

ResidentIdCheck CheckResidentId15(std::string_view id) {
  ResidentIdCheck r;
  if (id.size() != 15 || !AllDigits(id)) return r;
  std::string_view yymmdd = id.substr(6, 6);
  int y = 1900 + ParseInt(yymmdd.substr(0, 2));
  if (!IsValidDate(y, ParseInt(yymmdd.substr(2, 2)), ParseInt(yymmdd.substr(4, 2)))) return r;
  r.region = ResidentIdRegion(id.substr(0, 6));
  r.valid = r.region != RegionEvidence::kUnknown;
  return r;
}

bool IsCnMobile(std::string_view n) {
  // libphonenumber CN mobile: 1(?:610\d|740[0-5])\d{6} | 1(?:[38]\d|4[57]|[59][0-35-9]|
  // 6[25-7]|7[0-35-8])\d{8}, plus the 148/149 data-SIM ranges.
  if (n.size() != 11 || n[0] != '1' || !AllDigits(n)) return false;
  char a = n[1], b = n[2];
  switch (a) {
    case '3':
    case '8':
      return true;
    case '4':
      // 145/147 in libphonenumber; 148/149 are allocated data-SIM ranges it lags behind on.
      return b == '5' || b == '7' || b == '8' || b == '9';
    case '5':
    case '9':
      return b != '4';
    case '6':
      if (b == '1') return n[3] == '0';
      return b == '2' || b == '5' || b == '6' || b == '7';
    case '7':
      if (b == '4') return n[3] == '0' && n[4] >= '0' && n[4] <= '5';
      return b != '9' && b != '4';
    default:
      return false;
  }
}

bool IsCnAreaCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 3 || !AllDigits(code)) return false;
  uint16_t v = static_cast<uint16_t>(ParseInt(code));
  return std::binary_search(tables::kAreaCodes, tables::kAreaCodes + tables::kAreaCodeCount, v);
}

int CnLandlineAreaCodeLength(std::string_view n) {
  // Area code (2 digits for 10 and 2x, else 3) followed by a 7-8 digit subscriber number
  // that does not start with 0 or 1.
  for (int len : {2, 3}) {
    if (n.size() < static_cast<size_t>(len) + 7 || n.size() > static_cast<size_t>(len) + 8) continue;
    if (!IsCnAreaCode(n.substr(0, len))) continue;
    if (len == 2 && !(n[0] == '1' || n[0] == '2')) continue;
    if (len == 3 && (n[0] == '1' || n[0] == '2')) continue;
    // Subscriber numbers never start with 0; they start with 1 only in the 8-digit plans of
    // the two-digit areas (Beijing 010-1xxxxxxx, libphonenumber's fixed-line pattern).
    char first = n[len];
    if (first == '0') continue;
    if (first == '1' && !(len == 2 && n.size() == static_cast<size_t>(len) + 8)) continue;
    if (!AllDigits(n)) return 0;
    return len;
  }
  return 0;
}

bool IsCnImsi(std::string_view s) {
  if (s.size() != 15 || s[0] != '4' || s[1] != '6' || s[2] != '0') return false;
  if (!EightDigits(s.data()) || !EightDigits(s.data() + 7)) return false;
  // Mainland MNCs: 00 02 04 07 08 (China Mobile), 01 06 09 (Unicom), 03 05 11 (Telecom),
  // 13 (Mobile IoT), 15 (Broadnet), 20 (Tietong).
  switch ((s[3] - '0') * 10 + (s[4] - '0')) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8: case 9:
    case 11: case 13: case 15: case 20:
      return true;
    default:
      return false;
  }
}

bool HasKnownImeiReportingBody(std::string_view d) {
  // GSMA reporting body identifiers (first two digits of the TAC) in use.
  if (d.size() < 2 || !IsDigit(d[0]) || !IsDigit(d[1])) return false;
  switch ((d[0] - '0') * 10 + (d[1] - '0')) {
    case 0: case 1: case 10: case 30: case 33: case 35: case 44: case 45: case 49: case 50:
    case 51: case 52: case 53: case 54: case 86: case 91: case 98: case 99:
      return true;
    default:
      return false;
  }
}

bool IsImei(std::string_view s) {
  // The reporting-body switch is cheaper than the Luhn sum and rejects most other 15-digit
  // numbers (IMSIs start 46), so it goes first.
  return s.size() == 15 && EightDigits(s.data()) && EightDigits(s.data() + 7) &&
         HasKnownImeiReportingBody(s) && LuhnSumOfDigits(s) % 10 == 0;
}

bool IsCnIccid(std::string_view s) {
  if (s.size() != 19 && s.size() != 20) return false;
  if (!StartsWith(s, "8986")) return false;
  const char* p = s.data();
  const size_t body = s.size() - 1;  // 18 or 19 digits before the last character
  if (!EightDigits(p) || !EightDigits(p + 8) || !EightDigits(p + body - 8)) return false;
  char last = s.back();
  return IsDigit(last) || (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z');
}

bool IsMeid(std::string_view s) {
  if (s.size() != 14) return false;
  for (char c : s)
    if (!IsHex(c)) return false;
  char a = s[0];
  if (a == '9' && s[1] == '9') return true;
  return (a >= 'A' && a <= 'F') || (a >= 'a' && a <= 'f');
}

int BankCardStrength(std::string_view d) {
  size_t n = d.size();
  if (n < 13 || n > 19 || !AllDigits(d)) return 0;
  const int p2 = Digit(d[0]) * 10 + Digit(d[1]);
  const int p3 = p2 * 10 + Digit(d[2]);
  const int p4 = p3 * 10 + Digit(d[3]);
  bool known = false;
  bool unionpay = p2 == 62;
  if (unionpay && n >= 16) known = true;
  else if (d[0] == '4' && (n == 13 || n == 16 || n == 19)) known = true;           // Visa
  else if (n == 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) known = true;
  else if (n == 15 && (p2 == 34 || p2 == 37)) known = true;                          // Amex
  else if (n >= 16 && p4 >= 3528 && p4 <= 3589) known = true;                        // JCB
  else if (n == 15 && (p4 == 2131 || p4 == 1800)) known = true;                      // JCB (old)
  else if (n >= 16 && (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65)) known = true;
  else if (n >= 14 && p3 >= 300 && p3 <= 305) known = true;                          // Diners
  else if (n >= 16 && (p2 == 60 || p2 == 94 || p2 == 95 || p2 == 96 || p2 == 98 || p2 == 99))
    known = true;  // domestic debit BINs of mainland banks
  if (!known) return 0;
  if (LuhnSumOfDigits(d) % 10 == 0) return 2;
  return unionpay ? 1 : 0;
}

bool IsIpv4(std::string_view s) { return DottedQuad(s); }

namespace {

// glibc's inet_pton6 on a string without NUL bytes, minus the output: groups of 1-4 hex
// digits (2 bytes each), at most one "::" standing for at least one zero group, and an
// optional dotted quad (4 bytes) as the last group; 16 bytes in all.
bool Ipv6Text(std::string_view s) {
  const size_t n = s.size();
  if (n == 0) return false;
  size_t i = 0;
  if (s[0] == ':') {  // a leading ':' must be half of "::"
    if (n < 2 || s[1] != ':') return false;
    i = 1;
  }
  size_t group_start = i;  // where the current group began (for a dotted quad)
  int bytes = 0;           // address bytes filled by completed groups
  int hex_digits = 0;      // digits of the current group
  bool gap = false;        // "::" seen
  while (i < n) {
    const char c = s[i++];
    if (IsHex(c)) {
      if (hex_digits == 4) return false;
      ++hex_digits;
      continue;
    }
    if (c == ':') {
      group_start = i;
      if (hex_digits == 0) {
        if (gap) return false;  // a second "::" (or ":::")
        gap = true;
        continue;
      }
      if (i == n || bytes + 2 > 16) return false;  // trailing single ':' or a ninth group
      bytes += 2;
      hex_digits = 0;
      continue;
    }
    if (c == '.' && bytes + 4 <= 16 && DottedQuad(s.substr(group_start))) {
      bytes += 4;
      hex_digits = 0;
      break;  // the quad runs to the end of the text
    }
    return false;
  }
  if (hex_digits > 0) {
    if (bytes + 2 > 16) return false;
    bytes += 2;
  }
  return gap ? bytes < 16 : bytes == 16;
}

}  // namespace

bool IsIpv6(std::string_view s) {
  if (s.size() < 2 || s.size() > 45) return false;
  // The former inet_pton call read a C string copy, which ends at the first NUL byte.
  if (size_t nul = s.find('\0'); nul != std::string_view::npos) s = s.substr(0, nul);
  return Ipv6Text(s);
}

double ParseDecimal(std::string_view s) {
  // Fast path: [+-]digits[.digits] with at most 19 digits (the value fits uint64_t).
  size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) i = 1;
  uint64_t mantissa = 0;
  int digits = 0, fraction = 0;
  bool dot = false, plain = true;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (IsDigit(c) && digits < 19) {
      mantissa = mantissa * 10 + static_cast<uint64_t>(Digit(c));
      ++digits;
      fraction += dot;
    } else if (c == '.' && !dot) {
      dot = true;
    } else {
      plain = false;  // exponent, hex, blanks, inf/nan, a 20th digit, ...
      break;
    }
  }
  if (plain && digits > 0 && mantissa <= (uint64_t{1} << 53) && fraction <= 22) {
    const double v = static_cast<double>(mantissa) / kPow10[fraction];
    return negative ? -v : v;
  }
  // Anything else: strtod itself, on a NUL-terminated copy.
  return std::strtod(std::string(s).c_str(), nullptr);
}

bool IsMac(std::string_view s) {
  if (s.size() == 17) {
    char sep = s[2];
    if (sep != ':' && sep != '-') return false;
    for (size_t i = 0; i < 17; ++i) {
      if (i % 3 == 2) {
        if (s[i] != sep) return false;
      } else if (!IsHex(s[i])) {
        return false;
      }
    }
    return true;
  }
  if (s.size() == 14) {  // Cisco style 0011.2233.4455
    for (size_t i = 0; i < 14; ++i) {
      if (i == 4 || i == 9) {
        if (s[i] != '.') return false;
      } else if (!IsHex(s[i])) {
        return false;
      }
    }
    return true;
  }
  return false;
}

int CountryCodeLength(std::string_view d) {
  if (d.empty() || !IsDigit(d[0])) return 0;
  // ITU-T E.164 assigned country codes (zones 1-9), as prefix rules.
  if (d[0] == '1' || d[0] == '7') return 1;
  if (d.size() < 2) return 0;
  int two = ParseInt(d.substr(0, 2));
  static constexpr int kTwo[] = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47,
                                 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65,
                                 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
  for (int c : kTwo)
    if (two == c) return 2;
  if (d.size() < 3) return 0;
  int three = ParseInt(d.substr(0, 3));
  static constexpr int kThreeRanges[][2] = {
      {210, 218}, {220, 269}, {290, 299}, {350, 359}, {370, 389}, {420, 429}, {500, 509},
      {590, 599}, {670, 692}, {850, 850}, {852, 853}, {855, 856}, {880, 880}, {886, 886},
      {960, 968}, {970, 977}, {992, 996}, {998, 998}};
  for (const auto& r : kThreeRanges)
    if (three >= r[0] && three <= r[1]) return 3;
  return 0;
}

}  // namespace piguard::validate
