// Differential tests for the validators: each fast implementation must agree with an oracle
// on many random and edge inputs. The oracles are glibc itself (inet_pton for IPv6 and
// dotted quads, strtod for decimals) and, for the check-digit and range validators, the
// straightforward implementations they replaced (kept below, unchanged, as the reference).
#include <arpa/inet.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "detect/tables.h"
#include "detect/validators.h"

namespace piguard::validate {
namespace {

// ---------------------------------------------------------------------------------------
// Reference implementations: the plain loops the fast validators replaced.
namespace reference {

int Digit(char c) { return c - '0'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int ParseInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + Digit(c);
  return v;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsDigit(c)) return false;
  return true;
}

bool Luhn(std::string_view digits) {
  if (digits.size() < 2) return false;
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = Digit(digits[i]);
    if (d < 0 || d > 9) return false;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

bool IsValidDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max_day = kDays[month - 1];
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && leap) max_day = 29;
  return day <= max_day;
}

bool IsValidBirthDate8(std::string_view d, int min_year, int max_year) {
  if (d.size() != 8 || !AllDigits(d)) return false;
  int y = ParseInt(d.substr(0, 4));
  if (y < min_year || y > max_year) return false;
  return IsValidDate(y, ParseInt(d.substr(4, 2)), ParseInt(d.substr(6, 2)));
}

RegionEvidence ResidentIdRegion(std::string_view six) {
  if (six.size() != 6 || !AllDigits(six)) return RegionEvidence::kUnknown;
  uint32_t code = static_cast<uint32_t>(ParseInt(six));
  const tables::Region* begin = tables::kRegions;
  const tables::Region* end = tables::kRegions + tables::kRegionCount;
  auto it = std::lower_bound(begin, end, code,
                             [](const tables::Region& r, uint32_t c) { return r.code < c; });
  if (it != end && it->code == code) return RegionEvidence::kKnownCode;
  int province = ParseInt(six.substr(0, 2));
  if (province == 81 || province == 82 || province == 83) return RegionEvidence::kKnownProvince;
  uint32_t pcode = static_cast<uint32_t>(province) * 10000;
  it = std::lower_bound(begin, end, pcode,
                        [](const tables::Region& r, uint32_t c) { return r.code < c; });
  if (it != end && it->code == pcode) return RegionEvidence::kKnownProvince;
  return RegionEvidence::kUnknown;
}

char ResidentIdCheckChar(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kMap[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += Digit(first17[i]) * kWeights[i];
  return kMap[sum % 11];
}

ResidentIdCheck CheckResidentId18(std::string_view id) {
  ResidentIdCheck r;
  if (id.size() != 18 || !AllDigits(id.substr(0, 17))) return r;
  char last = id[17];
  if (last == 'x') last = 'X';
  if (!IsDigit(last) && last != 'X') return r;
  if (!IsValidBirthDate8(id.substr(6, 8), 1900, 2030)) return r;
  if (ResidentIdCheckChar(id) != last) return r;
  r.region = ResidentIdRegion(id.substr(0, 6));
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

bool IsCnImsi(std::string_view s) {
  if (s.size() != 15 || s[0] != '4' || s[1] != '6' || s[2] != '0' || !AllDigits(s)) return false;
  switch ((s[3] - '0') * 10 + (s[4] - '0')) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8: case 9:
    case 11: case 13: case 15: case 20:
      return true;
    default:
      return false;
  }
}

bool HasKnownImeiReportingBody(std::string_view d) {
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
  return s.size() == 15 && AllDigits(s) && Luhn(s) && HasKnownImeiReportingBody(s);
}

bool IsCnIccid(std::string_view s) {
  if (s.size() != 19 && s.size() != 20) return false;
  if (s.substr(0, 5) == "89852" || s.substr(0, 5) == "89853") return AllDigits(s);
  if (s.substr(0, 4) != "8986") return false;
  char last = s.back();
  if (!(IsDigit(last) || (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z')))
    return false;
  if (AllDigits(s.substr(0, s.size() - 1))) return true;
  // China Mobile (00, 02, 04, 07, 08): a hex letter may stand 7th and 13th.
  const std::string_view op = s.substr(4, 2);
  if (op != "00" && op != "02" && op != "04" && op != "07" && op != "08") return false;
  for (size_t k = 0; k + 1 < s.size(); ++k) {
    if (IsDigit(s[k])) continue;
    const bool hex_letter = (s[k] >= 'a' && s[k] <= 'f') || (s[k] >= 'A' && s[k] <= 'F');
    if (!hex_letter || (k != 6 && k != 12)) return false;
  }
  return true;
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
  else if (d[0] == '4' && (n == 13 || n == 16 || n == 19)) known = true;
  else if (n == 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) known = true;
  else if (n == 15 && (p2 == 34 || p2 == 37)) known = true;
  else if (n >= 16 && p4 >= 3528 && p4 <= 3589) known = true;
  else if (n == 15 && (p4 == 2131 || p4 == 1800)) known = true;
  else if (n >= 16 && (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65)) known = true;
  else if (n >= 14 && p3 >= 300 && p3 <= 305) known = true;
  else if (n == 14 && (p2 == 36 || p2 == 38 || p2 == 39)) known = true;  // Diners International
  else if (n >= 16 && (p2 == 60 || p2 == 94 || p2 == 95 || p2 == 96 || p2 == 98 || p2 == 99))
    known = true;
  if (!known) return 0;
  if (d.substr(n - 8) == "00000000") return 0;  // a filler, not an account
  if (Luhn(d)) return 2;
  return unionpay ? 1 : 0;
}

bool IsCnMobile(std::string_view n) {
  if (n.size() != 11 || n[0] != '1' || !AllDigits(n)) return false;
  char a = n[1], b = n[2];
  switch (a) {
    case '3':
    case '8':
      return true;
    case '4':
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
  for (int len : {2, 3}) {
    if (n.size() < static_cast<size_t>(len) + 7 || n.size() > static_cast<size_t>(len) + 8) continue;
    if (!IsCnAreaCode(n.substr(0, len))) continue;
    if (len == 2 && !(n[0] == '1' || n[0] == '2')) continue;
    if (len == 3 && (n[0] == '1' || n[0] == '2')) continue;
    char first = n[len];
    if (first == '0') continue;
    if (first == '1' && !(len == 2 && n.size() == static_cast<size_t>(len) + 8)) continue;
    if (!AllDigits(n)) return 0;
    return len;
  }
  return 0;
}

int CountryCodeLength(std::string_view d) {
  if (d.empty() || !IsDigit(d[0])) return 0;
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

bool IsIpv4(std::string_view s) {
  int parts = 0;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = i;
    while (j < s.size() && IsDigit(s[j])) ++j;
    size_t len = j - i;
    if (len == 0 || len > 3) return false;
    if (len > 1 && s[i] == '0') return false;
    if (ParseInt(s.substr(i, len)) > 255) return false;
    ++parts;
    if (j == s.size()) break;
    if (s[j] != '.') return false;
    i = j + 1;
  }
  return parts == 4;
}

}  // namespace reference

// glibc as the oracle for IPv6: what IsIpv6 replaced (a NUL-terminated copy to inet_pton).
bool PtonIpv6(const std::string& s) {
  if (s.size() < 2 || s.size() > 45) return false;
  unsigned char out[16];
  return inet_pton(AF_INET6, s.c_str(), out) == 1;
}

// Same bits as strtod (so -0.0 differs from 0.0 and NaNs compare by pattern).
bool SameDouble(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

std::string Printable(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out;
}

class Gen {
 public:
  explicit Gen(uint64_t seed) : rng_(seed) {}
  size_t Below(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  bool OneIn(size_t n) { return Below(n) == 0; }
  std::string From(std::string_view alphabet, size_t len) {
    std::string s;
    for (size_t i = 0; i < len; ++i) s += alphabet[Below(alphabet.size())];
    return s;
  }
  std::string Digits(size_t len) { return From("0123456789", len); }
  // Mostly digits; sometimes a byte that is not one, including the bytes next to '0' and
  // '9', letters, and high bytes (0xFA..0xFF carry when 6 is added to them).
  std::string MostlyDigits(size_t len) {
    static constexpr char kOdd[] = {'/', ':', ' ', '-', '.', 'x', 'X', 'a', '\0',
                                    '\x80', '\xB0', '\xB9', '\xF9', '\xFA', '\xFF', '\x2F'};
    std::string s = Digits(len);
    if (!s.empty() && OneIn(3)) s[Below(s.size())] = kOdd[Below(sizeof kOdd)];
    return s;
  }
  // Random mutation: replace, insert or delete one byte from `alphabet`.
  std::string Mutate(std::string s, std::string_view alphabet) {
    size_t kind = Below(3);
    char c = alphabet[Below(alphabet.size())];
    if (kind == 0 && !s.empty()) s[Below(s.size())] = c;
    else if (kind == 1) {
      size_t at = Below(s.size() + 1);
      s = s.substr(0, at) + c + s.substr(at);
    }
    else if (!s.empty()) s.erase(s.begin() + static_cast<long>(Below(s.size())));
    return s;
  }

 private:
  std::mt19937_64 rng_;
};

// ---------------------------------------------------------------------------------------
// IPv6 against inet_pton

constexpr std::string_view kIpv6Alphabet = "0123456789abcdefABCDEF:.";

// An address-shaped string: 1-9 groups of 0-5 hex digits, maybe a "::", maybe a dotted quad
// at the end (with octets that may have leading zeros or exceed 255).
std::string Ipv6Shaped(Gen& g) {
  std::string s;
  size_t groups = 1 + g.Below(9);
  size_t gap = g.OneIn(2) ? g.Below(groups + 1) : groups + 1;
  for (size_t i = 0; i < groups; ++i) {
    if (i == gap) s += "::";
    else if (i > 0) s += ':';
    s += g.From("0123456789abcdefABCDEF", g.OneIn(8) ? 5 : g.Below(5));
  }
  if (gap == groups) s += "::";
  if (g.OneIn(3)) {
    if (!s.empty() && s.back() != ':') s += ':';
    for (int k = 0; k < 4; ++k) {
      if (k) s += '.';
      s += std::to_string(g.Below(g.OneIn(4) ? 1000 : 256));
      if (g.OneIn(10)) s.insert(s.end() - 1, '0');  // an extra zero in the last octet
    }
  }
  return s;
}

void ExpectIpv6Agrees(const std::string& s) {
  EXPECT_EQ(IsIpv6(s), PtonIpv6(s)) << "\"" << Printable(s) << "\"";
  // ParseIpv6 (redaction's canonical form) gives inet_pton's answer and bytes.
  unsigned char want[16] = {};
  uint8_t got[16] = {};
  const bool pton = inet_pton(AF_INET6, s.c_str(), want) == 1;
  ASSERT_EQ(ParseIpv6(s, got), pton) << "\"" << Printable(s) << "\"";
  if (pton) {
    ASSERT_EQ(std::memcmp(got, want, 16), 0) << "\"" << Printable(s) << "\"";
  }
}

TEST(IsIpv6DifferentialTest, HandWrittenEdgesAgreeWithInetPton) {
  for (const char* s :
       {"", ":", "::", ":::", "::::", "1::", "::1", ":1", "1:", "1::1", "1:::1", "1::1::1",
        "::ffff:1.2.3.4", "::1.2.3.4", "1.2.3.4", "::1.2.3", "::1.2.3.4.5", "::1.2.3.256",
        "::01.2.3.4", "::0.0.0.0", "::1.2.3.4:1", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
        "1:2:3:4:5::1.2.3.4", "1:2:3:4:5:6::1.2.3.4", "::a1.2.3.4", "::1234.1.2.3", "::.1.2.3",
        "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1:2:3:4::5:6:7:8", "1:2:3:4:5:6:7",
        "12345::", "::12345", "0000:0000:0000:0000:0000:0000:0000:0001", "00000::1",
        "fe80::1%eth0", "fe80::1%1", "FE80::ABCD:ef01", "2001:db8::", "2001:db8:::1",
        "2001:db8::1:", "2001:db8::1.", ":2001:db8::1", "g::1", "::1 ", " ::1", "::1\n",
        "::ffff:1.2.3.4.", "::ffff:1..2.3", "::ffff:.1.2.3", "1:2:3:4:5:6:7:8.1.2.3",
        "::ffff:255.255.255.255", "::ffff:256.1.1.1", "::ffff:00.1.1.1", "::ffff:1.2.3.04",
        "1::2:3:4:5:6:7:8", "1::2:3:4:5:6:7", "::1:2:3:4:5:6:1.2.3.4",
        "1111:2222:3333:4444:5555:6666:123.123.123.123", "0:0:0:0:0:0:0:0:0"}) {
    ExpectIpv6Agrees(s);
  }
  // Up to the length limit and past it.
  std::string long_form = "1111:2222:3333:4444:5555:6666:123.123.123.123";  // 45 characters
  ASSERT_EQ(long_form.size(), 45u);
  ExpectIpv6Agrees(long_form);
  ExpectIpv6Agrees(long_form + "4");
  ExpectIpv6Agrees("0" + long_form);
  // A NUL byte ends the C string inet_pton saw.
  ExpectIpv6Agrees(std::string("::1\0zz", 6));
  ExpectIpv6Agrees(std::string("::\0", 3));
  ExpectIpv6Agrees(std::string("\0::1", 4));
}

TEST(IsIpv6DifferentialTest, RandomAlphabetStringsAgreeWithInetPton) {
  Gen g(6);
  for (int i = 0; i < 300000; ++i) ExpectIpv6Agrees(g.From(kIpv6Alphabet, g.Below(46)));
  // A smaller alphabet makes colons and dots denser, so "::" and quads come up more often.
  for (int i = 0; i < 300000; ++i) ExpectIpv6Agrees(g.From("01fF:.", g.Below(46)));
}

TEST(IsIpv6DifferentialTest, RandomAddressShapesAndMutationsAgreeWithInetPton) {
  Gen g(66);
  int accepted = 0;
  for (int i = 0; i < 300000; ++i) {
    std::string s = Ipv6Shaped(g);
    for (size_t m = g.Below(3); m > 0; --m) s = g.Mutate(s, std::string(kIpv6Alphabet) + "%g ");
    accepted += PtonIpv6(s);
    ExpectIpv6Agrees(s);
  }
  EXPECT_GT(accepted, 10000);  // the generator reaches valid addresses, not only junk
}

// ---------------------------------------------------------------------------------------
// Dotted quads against inet_pton and the former IsIpv4

TEST(IsIpv4DifferentialTest, AgreesWithReferenceAndInetPton) {
  Gen g(4);
  auto check = [](const std::string& s) {
    unsigned char out[4];
    const bool pton = inet_pton(AF_INET, s.c_str(), out) == 1;
    EXPECT_EQ(IsIpv4(s), reference::IsIpv4(s)) << Printable(s);
    if (s.find('\0') == std::string::npos) {
      EXPECT_EQ(IsIpv4(s), pton) << Printable(s);
    }
  };
  for (const char* s : {"", ".", "0.0.0.0", "255.255.255.255", "256.1.1.1", "01.1.1.1", "1.1.1",
                        "1.1.1.1.", ".1.1.1.1", "1..1.1", "1.1.1.1.1", "1000.1.1.1", "00.1.1.1",
                        "1.2.3.4a", "1.2.3.-4", "9.99.199.249"})
    check(s);
  for (int i = 0; i < 300000; ++i) {
    std::string s;
    if (g.OneIn(2)) {
      s = g.From("0123456789.", g.Below(18));
    } else {
      for (int k = 0; k < 4; ++k) {
        if (k) s += '.';
        s += std::to_string(g.Below(g.OneIn(4) ? 1000 : 256));
      }
      for (size_t m = g.Below(3); m > 0; --m) s = g.Mutate(s, "0123456789.a-");
    }
    check(s);
  }
}

// ---------------------------------------------------------------------------------------
// Decimals against strtod

void ExpectDecimalAgrees(const std::string& s) {
  const double want = std::strtod(s.c_str(), nullptr);
  const double got = ParseDecimal(s);
  EXPECT_TRUE(SameDouble(got, want)) << Printable(s) << ": " << got << " vs " << want;
}

TEST(ParseDecimalDifferentialTest, EdgesAgreeWithStrtod) {
  for (const char* s :
       {"0", "-0", "0.0", "-0.0", "+1.5", "1.", ".5", "-.5", ".", "-", "+", "", "1e5", "1.5e-3",
        " 1.5", "1.5 ", "0x1p3", "inf", "-nan", "1,5", "39.9042", "-116.4074", "121.4737",
        "31.2304", "90.000000000000000000001", "89.99999999999999999999", "180.0000000000000001",
        "9007199254740993", "9007199254740992.5", "0.1234567890123456789", "12345678901234567890",
        "0000000000000000000000001.5", "1.0000000000000000000000", "3.14159265358979323846",
        "-54.0000000000000000000000000000001", "136.99999999999999999999999999"}) {
    ExpectDecimalAgrees(s);
  }
  ExpectDecimalAgrees(std::string("1.5\0" "9", 5));  // strtod stops at the NUL
  // Around the 19-digit limit of the integer read (a 20-digit mantissa would wrap), second
  // dots and signs, and junk right after each part.
  for (const char* s :
       {"1..5", "1.5.", "1.5.5", "+-1", "-+1", "--1", "1.5-", "1-5", "1 .5", "1.5 ", "1.5e",
        "0000000000000000001.5", "00000000000000000001.5", "000000000000000000001",
        "18446744073709551617", "1844674407370955161.7", "18446744073709551616.0",
        "9999999999999999999", "99999999999999999999", ".9999999999999999999",
        ".99999999999999999999", "9007199254740992", "9007199254740992.0", "900719925474099.3",
        "-9007199254740993", "1.00000000000000000000000", "-.", "+.", "-0.", "0.-1", "1a",
        "a1", "12345678901234567.89", "1234567890123456789.", "1234567890123456789.0"}) {
    ExpectDecimalAgrees(s);
  }
}

TEST(ParseDecimalDifferentialTest, RandomDecimalsAgreeWithStrtod) {
  Gen g(90);
  for (int i = 0; i < 500000; ++i) {
    std::string s = g.OneIn(3) ? "-" : "";
    s += g.Digits(1 + g.Below(g.OneIn(4) ? 20 : 4));
    s += '.';
    s += g.Digits(g.Below(g.OneIn(4) ? 25 : 12));
    if (g.OneIn(20)) s = g.Mutate(s, "0123456789.-+e ");
    ExpectDecimalAgrees(s);
  }
}

// ---------------------------------------------------------------------------------------
// Check digits, dates and ranges against the reference loops

void ExpectAllAgree(const std::string& s) {
  SCOPED_TRACE(Printable(s));
  EXPECT_EQ(AllDigits(s), reference::AllDigits(s));
  EXPECT_EQ(Luhn(s), reference::Luhn(s));
  EXPECT_EQ(IsValidBirthDate8(s), reference::IsValidBirthDate8(s, 1900, 2030));
  EXPECT_EQ(IsValidBirthDate8(s, 1950, 2000), reference::IsValidBirthDate8(s, 1950, 2000));
  EXPECT_EQ(ResidentIdRegion(s), reference::ResidentIdRegion(s));
  ResidentIdCheck a = CheckResidentId18(s), b = reference::CheckResidentId18(s);
  EXPECT_EQ(a.valid, b.valid);
  EXPECT_EQ(a.region, b.region);
  a = CheckResidentId15(s);
  b = reference::CheckResidentId15(s);
  EXPECT_EQ(a.valid, b.valid);
  EXPECT_EQ(a.region, b.region);
  EXPECT_EQ(IsCnImsi(s), reference::IsCnImsi(s));
  EXPECT_EQ(IsImei(s), reference::IsImei(s));
  EXPECT_EQ(HasKnownImeiReportingBody(s), reference::HasKnownImeiReportingBody(s));
  EXPECT_EQ(IsCnIccid(s), reference::IsCnIccid(s));
  EXPECT_EQ(BankCardStrength(s), reference::BankCardStrength(s));
  EXPECT_EQ(IsCnMobile(s), reference::IsCnMobile(s));
  EXPECT_EQ(IsCnAreaCode(s), reference::IsCnAreaCode(s));
  EXPECT_EQ(CnLandlineAreaCodeLength(s), reference::CnLandlineAreaCodeLength(s));
  EXPECT_EQ(CountryCodeLength(s), reference::CountryCodeLength(s));
}

// The digit that completes `payload` for Luhn (the digit left of it is doubled).
char LuhnCheckDigit(const std::string& payload) {
  int sum = 0;
  for (size_t k = 0; k < payload.size(); ++k) {
    int d = payload[payload.size() - 1 - k] - '0';
    if (k % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// A plausible 18-character ID: a real region code, a date near the valid range, and the
// right check character most of the time.
std::string ResidentIdShaped(Gen& g) {
  const tables::Region& r = tables::kRegions[g.Below(tables::kRegionCount)];
  std::string s = g.OneIn(8) ? g.Digits(6) : std::to_string(r.code);
  s.resize(6, '0');
  s += std::to_string(1890 + g.Below(150));
  s += g.OneIn(4) ? g.Digits(2) : (g.OneIn(2) ? "02" : "12");
  s += g.OneIn(4) ? g.Digits(2) : std::to_string(28 + g.Below(4));
  s += g.Digits(3);
  if (s.size() != 17) return s;
  s += g.OneIn(5) ? g.From("0123456789Xx", 1) : std::string(1, reference::ResidentIdCheckChar(s));
  return s;
}

TEST(ValidatorsDifferentialTest, DigitStringsOfEveryLengthAgree) {
  Gen g(18);
  for (int i = 0; i < 400000; ++i) ExpectAllAgree(g.MostlyDigits(g.Below(25)));
}

TEST(ValidatorsDifferentialTest, IdentifierShapedStringsAgree) {
  Gen g(460);
  int valid_ids = 0, imeis = 0, imsis = 0, iccids = 0, cards = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string id = ResidentIdShaped(g);
    if (g.OneIn(10)) id = g.Mutate(id, "0123456789Xx/\xFA");
    valid_ids += reference::CheckResidentId18(id).valid;
    ExpectAllAgree(id);

    std::string imei = std::string(g.OneIn(2) ? "86" : "35") + g.Digits(12);
    imei += g.OneIn(2) ? std::string(1, LuhnCheckDigit(imei)) : g.Digits(1);
    imeis += reference::IsImei(imei);
    ExpectAllAgree(imei);

    std::string imsi = "460" + g.Digits(12);
    imsis += reference::IsCnImsi(imsi);
    ExpectAllAgree(g.OneIn(10) ? g.Mutate(imsi, "0123456789a") : imsi);

    // Mainland (8986), or now and then Hong Kong's and Macau's (89852, 89853).
    std::string iccid = g.OneIn(4) ? std::string(g.OneIn(2) ? "89852" : "89853") +
                                         g.Digits(13 + g.Below(2))
                                   : "8986" + g.Digits(14 + g.Below(2));
    iccid += g.From("0123456789AZaz#", 1);
    iccids += reference::IsCnIccid(iccid);
    ExpectAllAgree(g.OneIn(10) ? g.Mutate(iccid, "0123456789a") : iccid);

    static constexpr const char* kBins[] = {"62", "4", "51", "2221", "2720", "34", "37", "3528",
                                            "3589", "2131", "1800", "6011", "644", "65", "300",
                                            "305", "36", "38", "60", "94", "99", "8"};
    std::string card = kBins[g.Below(std::size(kBins))];
    card += g.Digits(13 + g.Below(7) - std::min<size_t>(card.size(), 13));
    cards += reference::BankCardStrength(card) > 0;
    ExpectAllAgree(card);
  }
  // Each family reaches its accepting paths often enough to matter.
  EXPECT_GT(valid_ids, 20000);
  EXPECT_GT(imeis, 20000);
  EXPECT_GT(imsis, 20000);
  EXPECT_GT(iccids, 20000);
  EXPECT_GT(cards, 10000);
}

TEST(ValidatorsDifferentialTest, EveryRegionCodeAndProvinceAgree) {
  for (size_t i = 0; i < tables::kRegionCount; ++i) {
    uint32_t code = tables::kRegions[i].code;
    for (uint32_t c : {code, code + 1, code - 1, code / 10000 * 10000, code / 10000 * 10000 + 9999}) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%06u", c % 1000000);
      EXPECT_EQ(ResidentIdRegion(buf), reference::ResidentIdRegion(buf)) << buf;
    }
  }
  for (int p = 0; p < 100; ++p) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d0000", p);
    EXPECT_EQ(ResidentIdRegion(buf), reference::ResidentIdRegion(buf)) << buf;
    std::snprintf(buf, sizeof buf, "%02d9999", p);
    EXPECT_EQ(ResidentIdRegion(buf), reference::ResidentIdRegion(buf)) << buf;
  }
}

TEST(ValidatorsDifferentialTest, EveryDateOfTheRangeAgrees) {
  for (int y = 1890; y <= 2040; ++y)
    for (int m = 0; m <= 13; ++m)
      for (int d = 0; d <= 32; ++d) {
        EXPECT_EQ(IsValidDate(y, m, d), reference::IsValidDate(y, m, d)) << y << m << d;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
        EXPECT_EQ(IsValidBirthDate8(buf), reference::IsValidBirthDate8(buf, 1900, 2030)) << buf;
      }
}

TEST(ValidatorsDifferentialTest, EveryByteInEveryPositionOfEightAgrees) {
  // Each single-byte change of an all-digit word, at each position: the 64-bit digit test
  // must reject exactly the non-digits.
  for (size_t len : {8u, 9u, 15u, 16u, 17u, 18u, 19u, 20u}) {
    std::string base = std::string("31415926535897932384").substr(0, len);
    for (size_t pos = 0; pos < len; ++pos)
      for (int c = 0; c < 256; ++c) {
        std::string s = base;
        s[pos] = static_cast<char>(c);
        ASSERT_EQ(AllDigits(s), reference::AllDigits(s)) << Printable(s);
        ASSERT_EQ(Luhn(s), reference::Luhn(s)) << Printable(s);
      }
  }
}

// ---------------------------------------------------------------------------------------
// Adversarial inputs for the table-driven and word-at-a-time validators

// `prefix` + random digits to `len` characters, with the Luhn check digit at the end half
// of the time (so the Luhn branches are reached, not only the BIN and length ones).
std::string PrefixedDigits(Gen& g, const std::string& prefix, size_t len) {
  if (len <= prefix.size()) return prefix.substr(0, len);
  std::string s = prefix + g.Digits(len - prefix.size());
  if (len >= 2 && len > prefix.size() && g.OneIn(2)) s.back() = LuhnCheckDigit(s.substr(0, len - 1));
  return s;
}

TEST(ValidatorsDifferentialTest, EveryPrefixAtEveryLengthAgrees) {
  // All 1-4 digit prefixes (BIN ranges, MNCs, reporting bodies, mobile and country codes,
  // area codes, provinces) at every length 0..25, each with and without a Luhn digit.
  Gen g(1319);
  for (size_t len = 0; len <= 25; ++len) {
    for (int p = 0; p < 10000; ++p) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%04d", p);
      ExpectAllAgree(PrefixedDigits(g, buf, len));
      if (p < 1000) {
        std::snprintf(buf, sizeof buf, "%03d", p);
        ExpectAllAgree(PrefixedDigits(g, buf, len));
      }
      if (p < 100) {
        std::snprintf(buf, sizeof buf, "%02d", p);
        ExpectAllAgree(PrefixedDigits(g, buf, len));
        ExpectAllAgree(PrefixedDigits(g, std::string("460") + buf, len));   // IMSI MNCs
        ExpectAllAgree(PrefixedDigits(g, std::string("1") + buf, len));     // mobile ranges
        ExpectAllAgree(PrefixedDigits(g, std::string("8986") + buf, len));  // ICCIDs
      }
    }
  }
}

TEST(ValidatorsDifferentialTest, NonDigitsNextToPrefixesAgree) {
  // A non-digit in the first five positions, where the table lookups read their index
  // before the digit test has run, and anywhere else, at lengths 0..25.
  Gen g(77);
  static constexpr char kOdd[] = {'/', ':', ' ', '-', '.', 'X', 'x', 'a', 'Z', '\0',
                                  '\x80', '\xAF', '\xB0', '\xB9', '\xBA', '\xF9', '\xFA', '\xFF'};
  for (int i = 0; i < 300000; ++i) {
    static constexpr const char* kPrefixes[] = {"62", "4", "35", "22", "27", "30", "64", "21",
                                                "18", "460", "86", "35", "13", "147", "174",
                                                "161", "8986", "11", "81", "10", "20", "0"};
    std::string s = PrefixedDigits(g, kPrefixes[g.Below(std::size(kPrefixes))], g.Below(26));
    if (s.empty()) continue;
    size_t at = g.OneIn(2) ? g.Below(std::min<size_t>(s.size(), 5)) : g.Below(s.size());
    s[at] = kOdd[g.Below(std::size(kOdd))];
    ExpectAllAgree(s);
  }
}

TEST(ValidatorsDifferentialTest, TwoNonDigitsInAWordAgree) {
  // Every pair of bytes at every pair of adjacent positions of an all-digit word (and of
  // 15-18 digit numbers): borrows and carries between neighbouring bytes of the word test
  // must never let a non-digit through.
  for (size_t len : {8u, 15u, 18u}) {
    const std::string base = std::string("860123456789012345").substr(0, len);
    for (size_t pos = 0; pos + 1 < std::min<size_t>(len, 9); ++pos)
      for (int c1 = 0; c1 < 256; ++c1)
        for (int c2 = 0; c2 < 256; ++c2) {
          std::string s = base;
          s[pos] = static_cast<char>(c1);
          s[pos + 1] = static_cast<char>(c2);
          ASSERT_EQ(AllDigits(s), reference::AllDigits(s)) << Printable(s);
          if (len == 8) continue;
          ASSERT_EQ(IsImei(s), reference::IsImei(s)) << Printable(s);
          ASSERT_EQ(CheckResidentId18(s).valid, reference::CheckResidentId18(s).valid)
              << Printable(s);
        }
  }
}

TEST(ValidatorsDifferentialTest, LuhnOfEveryLengthAgrees) {
  // Lengths 0..40 cover the word-at-a-time sum (9..24 digits), the plain loop and the
  // boundaries between them; all-nine strings give the largest byte sums.
  Gen g(10);
  for (size_t len = 0; len <= 40; ++len) {
    ExpectAllAgree(std::string(len, '9'));
    ExpectAllAgree(std::string(len, '5'));
    ExpectAllAgree(std::string(len, '0'));
    for (int i = 0; i < 20000; ++i) {
      std::string s = g.Digits(len);
      if (len >= 2 && g.OneIn(2)) s.back() = LuhnCheckDigit(s.substr(0, len - 1));
      ASSERT_EQ(Luhn(s), reference::Luhn(s)) << s;
      if (len <= 25) ExpectAllAgree(s);
    }
  }
}

TEST(ValidatorsDifferentialTest, LuhnNearTheLargestSumsAgrees) {
  // Nines with one or two digits changed: the Luhn sums near their maximum (252 for 18
  // digits, 261 for 19, ...), where a byte-wide sum would overflow.
  for (size_t len = 2; len <= 26; ++len) {
    const std::string nines(len, '9');
    for (size_t i = 0; i < len; ++i)
      for (size_t j = i; j < len; ++j)
        for (char a = '0'; a <= '9'; ++a)
          for (char b = '0'; b <= '9'; ++b) {
            std::string s = nines;
            s[i] = a;
            s[j] = b;
            ASSERT_EQ(Luhn(s), reference::Luhn(s)) << s;
            ASSERT_EQ(BankCardStrength(s), reference::BankCardStrength(s)) << s;
            ASSERT_EQ(IsImei(s), reference::IsImei(s)) << s;
          }
  }
}

TEST(ValidatorsDifferentialTest, ResidentIdsOfEveryProvinceAgree) {
  // Every two-digit prefix, with region codes from the table and random ones, valid dates,
  // and the right check character (or a wrong one).
  Gen g(11643);
  for (int province = 0; province < 100; ++province)
    for (int i = 0; i < 2000; ++i) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02d", province);
      std::string s = buf;
      s += g.OneIn(2) ? "0000" : g.Digits(4);
      s += std::to_string(1900 + g.Below(131));
      char md[8];
      std::snprintf(md, sizeof md, "%02zu%02zu", 1 + g.Below(12), 1 + g.Below(28));
      s += md;
      s += g.Digits(3);
      s += g.OneIn(4) ? g.From("0123456789Xx", 1) : std::string(1, reference::ResidentIdCheckChar(s));
      ExpectAllAgree(s);
      s[g.Below(s.size())] = static_cast<char>(g.Below(256));  // any byte anywhere
      ExpectAllAgree(s);
    }
}

TEST(ValidatorsDifferentialTest, MobilesOfEveryFourDigitRangeAgree) {
  // Every 1xxxx prefix of an 11-digit number (ranges such as 1610 and 1740-1745 depend on
  // the fourth and fifth digits), and the same with a non-digit in the tail.
  Gen g(1740);
  for (int p = 0; p < 10000; ++p) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "1%04d", p);
    std::string s = buf + g.Digits(6);
    ASSERT_EQ(IsCnMobile(s), reference::IsCnMobile(s)) << s;
    s[5 + g.Below(6)] = g.From("/:aX ", 1)[0];
    ASSERT_EQ(IsCnMobile(s), reference::IsCnMobile(s)) << Printable(s);
  }
}

TEST(ValidatorsDifferentialTest, LandlinesOfEveryAreaCodeAgree) {
  // Each area code of the table (and its neighbours) followed by 6-9 digit subscriber
  // numbers starting with every digit.
  Gen g(551);
  for (size_t i = 0; i < tables::kAreaCodeCount; ++i)
    for (int delta : {-1, 0, 1})
      for (size_t len = 6; len <= 9; ++len)
        for (char first = '0'; first <= '9'; ++first) {
          std::string s = std::to_string(tables::kAreaCodes[i] + delta) + first + g.Digits(len - 1);
          ExpectAllAgree(s);
          ExpectAllAgree("0" + s);
        }
}

}  // namespace
}  // namespace piguard::validate
