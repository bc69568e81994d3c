#include "detect/validators.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
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

inline uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Digit test for eight bytes at once (identifiers are 11-20 digits, checked millions of
// times per gigabyte): the result has no bit of kHighBits set iff all eight bytes are
// ASCII digits. Results of several words can be OR-ed and tested once.
//   A digit 0x30..0x39 gives 0x00..0x09 minus '0' and 0x76..0x7F plus 0x46: high bits
// clear, and it neither borrows nor carries into the next byte. Any other byte sets a
// high bit itself, whatever borrow or carry it receives from a lower non-digit:
// below 0x30 the difference wraps to 0xCF..0xFF; 0x3A..0xAF plus 0x46 (plus a carry) is
// 0x80..0xF6; 0xB0..0xFF minus '0' is 0x80..0xCF, or 0x7F only for 0xB0 after a borrow,
// which plus 0x46 is 0xF6..0xF7. Borrows and carries only start at non-digits, so they
// can flag neighbours of a non-digit but never hide one.
constexpr uint64_t kHighBits = 0x8080808080808080ull;
inline uint64_t DigitFlags8(uint64_t w) {
  return (w - 0x3030303030303030ull) | (w + 0x4646464646464646ull);
}

// True if the eight bytes at p are all ASCII digits.
inline bool EightDigits(const char* p) { return (DigitFlags8(Load8(p)) & kHighBits) == 0; }

// AllDigits for 8..24 bytes: two or three words (the last overlapping) and one branch.
inline bool DigitsUpTo24(const char* p, size_t n) {
  uint64_t flags = DigitFlags8(Load8(p)) | DigitFlags8(Load8(p + n - 8));
  if (n > 16) flags |= DigitFlags8(Load8(p + 8));
  return (flags & kHighBits) == 0;
}

// True if the byte is '0'..'9', as an index 0..9 in *v.
inline bool DigitValue(char c, unsigned* v) {
  *v = static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
  return *v <= 9;
}

// Bit sets over small integers, built at compile time from lists of members.
template <size_t N>
struct SmallSet {
  std::array<uint64_t, (N + 63) / 64> bits{};
  constexpr void Add(unsigned v) { bits[v / 64] |= uint64_t{1} << (v % 64); }
  constexpr void AddRange(unsigned lo, unsigned hi) {
    for (unsigned v = lo; v <= hi; ++v) Add(v);
  }
  // v may be any value; those outside 0..N-1 are not members.
  constexpr bool Has(unsigned v) const { return v < N && (bits[v / 64] >> (v % 64) & 1); }
};
template <size_t N>
constexpr SmallSet<N> SetOf(std::initializer_list<unsigned> members) {
  SmallSet<N> s;
  for (unsigned v : members) s.Add(v);
  return s;
}

// Two-digit number at p (both bytes must be digits).
inline int Two(const char* p) { return Digit(p[0]) * 10 + Digit(p[1]); }

// Sum of the Luhn digits of an all-digit string: from the right, every second digit is
// doubled (with 9 subtracted past 9). Pairs avoid a toggling flag. The plain twin of
// LuhnHolds9To24 below, used for the other lengths.
unsigned LuhnSumOfDigits(std::string_view d) {
  static constexpr unsigned char kDoubled[10] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
  unsigned sum = 0;
  size_t i = d.size();
  for (; i >= 2; i -= 2)
    sum += static_cast<unsigned>(Digit(d[i - 1])) + kDoubled[Digit(d[i - 2])];
  if (i == 1) sum += static_cast<unsigned>(Digit(d[0]));
  return sum;
}

// The Luhn terms of eight digit values (one per byte, 0..9) whose byte 7 lies an even
// distance from the right end of the number, so bytes 0, 2, 4 and 6 are the doubled ones.
// A doubled d counts 2d, or 2d+1 for d >= 5 (the true 2d-9 is the same modulo 10). Each
// byte of the result is at most 19.
inline uint64_t LuhnTerms(uint64_t values) {
  const uint64_t doubled = values & 0x00FF00FF00FF00FFull;
  const uint64_t five_up = ((doubled + 0x000B000B000B000Bull) >> 4) & 0x0001000100010001ull;
  return values + doubled + five_up;
}

// Luhn over 9..24 ASCII digits (the caller has checked them), in 64-bit words: the last
// eight, the eight before them if any, and the leading rest shifted up so that its last
// digit lands in byte 7, where the parity of the other words holds too (little-endian).
// The plain twin is LuhnSumOfDigits; the differential tests compare both.
inline bool LuhnHolds9To24(const char* p, size_t n) {
  constexpr uint64_t kZeros = 0x3030303030303030ull;
  uint64_t terms = LuhnTerms(Load8(p + n - 8) - kZeros);
  size_t rest = n - 8;
  if (rest > 8) {
    terms += LuhnTerms(Load8(p + n - 16) - kZeros);
    rest -= 8;
  }
  terms += LuhnTerms((Load8(p) - kZeros) << (8 * (8 - rest)));
  // Add the bytes. Up to 18 digits the whole sum is at most 9 * 19 + 9 * 9 = 252, so one
  // multiply gathers it in the top byte without a carry between bytes; above 18 the
  // bytes are first added in pairs into 16-bit lanes.
  if (n <= 18) return ((terms * 0x0101010101010101ull) >> 56) % 10 == 0;
  constexpr uint64_t kLow = 0x00FF00FF00FF00FFull;
  const uint64_t pairs = (terms & kLow) + ((terms >> 8) & kLow);
  return ((pairs * 0x0001000100010001ull) >> 48) % 10 == 0;
}

// Luhn over an all-digit string of any length >= 1.
inline bool LuhnOfDigits(std::string_view d) {
  if constexpr (std::endian::native == std::endian::little) {
    if (d.size() > 8 && d.size() <= 24) return LuhnHolds9To24(d.data(), d.size());
  }
  return LuhnSumOfDigits(d) % 10 == 0;
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
  if (n <= 24) return DigitsUpTo24(p, n);
  for (size_t i = 0; i + 8 < n; i += 8)
    if (!EightDigits(p + i)) return false;
  return EightDigits(p + n - 8);  // the last eight, overlapping the loop's last word
}

bool Luhn(std::string_view digits) {
  return digits.size() >= 2 && AllDigits(digits) && LuhnOfDigits(digits);
}

char ResidentIdCheckChar(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kMap[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += Digit(first17[i]) * kWeights[i];
  return kMap[sum % 11];
}

bool IsYearMonth6(std::string_view d) {
  if (d.size() != 6 || !AllDigits(d)) return false;
  const char* p = d.data();
  const int y = Two(p) * 100 + Two(p + 2), m = Two(p + 4);
  return y >= 1900 && y <= 2030 && m >= 1 && m <= 12;
}

bool IsValidBirthDate8(std::string_view d, int min_year, int max_year) {
  if (d.size() != 8 || !EightDigits(d.data())) return false;
  const char* p = d.data();
  int y = Two(p) * 100 + Two(p + 2);
  if (y < min_year || y > max_year) return false;
  return IsValidDate(y, Two(p + 4), Two(p + 6));
}

namespace {

// Every 6-digit code of kRegions as one bit (125 KiB), and the two-digit prefixes that can
// still name a province. One bit test replaces a binary search per ID; built once, on first
// use, in a few thousand steps.
class RegionBits {
 public:
  bool HasCode(uint32_t code) const {
    return code < kCodes && (codes_[code / 64] >> (code % 64) & 1);
  }
  // False only for a prefix that ResidentIdRegion answers kUnknown whatever follows: no
  // code starts with it and it is not 81/82/83.
  bool MayBeProvince(unsigned two_digits) const { return provinces_.Has(two_digits); }

 private:
  friend const RegionBits& Regions();
  // Private: the one instance is Regions()'s static, whose codes_ start zeroed (no memset).
  RegionBits() {
    uint32_t next_province = 0;  // the smallest code of a province not yet added
    for (size_t i = 0; i < tables::kRegionCount; ++i) {
      const uint32_t code = tables::kRegions[i].code;
      if (code >= kCodes) continue;  // not a 6-digit code: no 6-digit input can match it
      codes_[code / 64] |= uint64_t{1} << (code % 64);
      if (code >= next_province) {  // the table is sorted: each province starts once
        provinces_.Add(code / 10000);
        next_province = (code / 10000 + 1) * 10000;
      }
    }
    for (unsigned p : {81u, 82u, 83u}) provinces_.Add(p);
  }

  static constexpr uint32_t kCodes = 1000000;
  uint64_t codes_[kCodes / 64 + 1];  // zero-initialized as static storage
  SmallSet<100> provinces_;
};

const RegionBits& Regions() {
  static const RegionBits bits;
  return bits;
}

// ResidentIdRegion for six ASCII digits at p.
inline RegionEvidence RegionOf(const char* p) {
  const uint32_t code = static_cast<uint32_t>(Two(p) * 10000 + Two(p + 2) * 100 + Two(p + 4));
  const RegionBits& regions = Regions();
  if (regions.HasCode(code)) return RegionEvidence::kKnownCode;
  const uint32_t province = code / 10000;
  if (province == 81 || province == 82 || province == 83) return RegionEvidence::kKnownProvince;
  // A known province has its own code pp0000 in the table.
  if (regions.HasCode(province * 10000)) return RegionEvidence::kKnownProvince;
  return RegionEvidence::kUnknown;
}

// The MOD 11-2 weighted sum of the first 17 characters of an ID whose first 16 bytes are
// ASCII digits (little-endian): each word's even and odd bytes are spread to 16-bit lanes
// and one multiply gathers a four-term dot product in the top lane. Lane sums stay below
// 4 * 4 * 57 * 10 < 2^16, so no lane carries into the next. The '0' offsets are summed
// along and taken off at the end (the weights add up to 100). The plain twin is
// ResidentIdCheckChar; the differential tests compare CheckResidentId18 with a copy of the
// former plain code.
int ResidentIdWeightedSum(const char* p) {
  constexpr uint64_t kLow = 0x00FF00FF00FF00FFull;
  // Lane weights, lowest lane first: bytes 6, 4, 2, 0 (even) and 7, 5, 3, 1 (odd) of each
  // word, so that lane i times lane 3-i lands in lane 3.
  constexpr uint64_t kFirstEven = 0x0007000A00080002ull;   // 7 10 8 2
  constexpr uint64_t kFirstOdd = 0x0009000500040001ull;    // 9 5 4 1
  constexpr uint64_t kSecondEven = 0x00060007000A0008ull;  // 6 7 10 8
  constexpr uint64_t kSecondOdd = 0x0003000900050004ull;   // 3 9 5 4
  const uint64_t a = Load8(p), b = Load8(p + 8);
  const uint64_t lanes = (a & kLow) * kFirstEven + ((a >> 8) & kLow) * kFirstOdd +
                         (b & kLow) * kSecondEven + ((b >> 8) & kLow) * kSecondOdd;
  return static_cast<int>(lanes >> 48) + 2 * Digit(p[16]) - '0' * (100 - 2);
}

char CheckCharOf17(const char* p) {
  if constexpr (std::endian::native == std::endian::little) {
    static constexpr char kMap[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    return kMap[ResidentIdWeightedSum(p) % 11];
  }
  return ResidentIdCheckChar(std::string_view(p, 17));
}

}  // namespace

RegionEvidence ResidentIdRegion(std::string_view six) {
  if (six.size() != 6 || !AllDigits(six)) return RegionEvidence::kUnknown;
  return RegionOf(six.data());
}

ResidentIdCheck CheckResidentId18(std::string_view id) {
  // The checks are independent and all must hold, so the cheapest rejections of other
  // 18-digit numbers (order and sequence numbers) come first: a birth year that cannot
  // start with 19 or 20 (one 16-bit compare each), then a prefix that is no province.
  ResidentIdCheck r;
  if (id.size() != 18) return r;
  const char* p = id.data();
  uint16_t century;
  std::memcpy(&century, p + 6, 2);
  if (century != std::bit_cast<uint16_t>(std::array<char, 2>{'1', '9'}) &&
      century != std::bit_cast<uint16_t>(std::array<char, 2>{'2', '0'}))
    return r;
  // A non-digit may still yield a value below 100 here; the digit test below rejects it.
  if (!Regions().MayBeProvince(static_cast<unsigned>(Two(p)))) return r;
  const int year = Two(p + 6) * 100 + Two(p + 8);
  if (year < 1900 || year > 2030) return r;
  if (((DigitFlags8(Load8(p)) | DigitFlags8(Load8(p + 8))) & kHighBits) != 0 || !IsDigit(p[16]))
    return r;
  if (!IsValidDate(year, Two(p + 10), Two(p + 12))) return r;
  char last = p[17];
  if (last == 'x') last = 'X';
  if (!IsDigit(last) && last != 'X') return r;
  if (CheckCharOf17(p) != last) return r;
  r.region = RegionOf(p);
  // A province that does not exist is not an ID number, whatever the check digit says.
  r.valid = r.region != RegionEvidence::kUnknown;
  return r;
}

ResidentIdCheck CheckResidentId15(std::string_view id) {
  ResidentIdCheck r;
  if (id.size() != 15 || !DigitsUpTo24(id.data(), 15)) return r;
  std::string_view yymmdd = id.substr(6, 6);
  int y = 1900 + ParseInt(yymmdd.substr(0, 2));
  if (!IsValidDate(y, ParseInt(yymmdd.substr(2, 2)), ParseInt(yymmdd.substr(4, 2)))) return r;
  r.region = RegionOf(id.data());
  r.valid = r.region != RegionEvidence::kUnknown;
  return r;
}

namespace {

// Mainland mobile ranges by the two digits after the leading 1, from libphonenumber's CN
// mobile pattern 1(?:610\d|740[0-5])\d{6} | 1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|
// 7[0-35-8])\d{8}, plus the 148/149 data-SIM ranges it lags behind on.
enum MobileRange : uint8_t { kNoMobile, kMobile, kMobileIf0, kMobileIf0To5 };
constexpr std::array<uint8_t, 100> MobileRanges() {
  std::array<uint8_t, 100> t{};
  for (int b = 0; b <= 9; ++b) {
    t[30 + b] = t[80 + b] = kMobile;
    t[50 + b] = t[90 + b] = b == 4 ? kNoMobile : kMobile;
    t[70 + b] = b == 9 ? kNoMobile : kMobile;
  }
  for (int b : {5, 7, 8, 9}) t[40 + b] = kMobile;
  for (int b : {2, 5, 6, 7}) t[60 + b] = kMobile;
  t[61] = kMobileIf0;    // 1610
  t[74] = kMobileIf0To5; // 1740-1745
  return t;
}
constexpr std::array<uint8_t, 100> kMobileRanges = MobileRanges();

}  // namespace

bool IsHkMacauNumber(std::string_view d) {
  if (d.size() == 13 && d.substr(0, 2) == "00") d.remove_prefix(2);
  if (d.size() != 11 || d[0] != '8' || d[1] != '5' || !AllDigits(d)) return false;
  if (d[2] == '2') return d[3] >= '2';                 // Hong Kong
  if (d[2] == '3') return d[3] == '2' || d[3] == '6';  // Macau: landlines 28, mobiles 6
  return false;
}

bool IsCnMobile(std::string_view n) {
  if (n.size() != 11 || n[0] != '1' || !DigitsUpTo24(n.data(), 11)) return false;
  const uint8_t range = kMobileRanges[static_cast<size_t>(Two(n.data() + 1))];
  if (range <= kMobile) return range == kMobile;
  if (n[3] != '0') return false;
  return range == kMobileIf0 || n[4] <= '5';
}

namespace {

// kAreaCodes (the codes without their leading 0, as numbers) as a set over 0..999: one bit
// test instead of a binary search; built once, on first use.
class AreaCodeBits {
 public:
  AreaCodeBits() {
    for (size_t i = 0; i < tables::kAreaCodeCount; ++i)
      if (tables::kAreaCodes[i] < 1000) codes_.Add(tables::kAreaCodes[i]);
  }
  bool Has(unsigned v) const { return codes_.Has(v); }

 private:
  SmallSet<1000> codes_;
};

bool KnownAreaCode(unsigned v) {
  static const AreaCodeBits bits;
  return bits.Has(v);
}

}  // namespace

bool IsCnAreaCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 3 || !AllDigits(code)) return false;
  return KnownAreaCode(static_cast<unsigned>(ParseInt(code)));
}

int CnLandlineAreaCodeLength(std::string_view n) {
  // Area code (2 digits for 10 and 2x, else 3) followed by a 7-8 digit subscriber number
  // that does not start with 0 or 1. The first digit decides the length of the area code,
  // so only one length is tried; the table is consulted last.
  if (n.size() < 9) return 0;
  const size_t len = n[0] == '1' || n[0] == '2' ? 2 : 3;
  if (n.size() > len + 8 || n.size() < len + 7) return 0;
  // Subscriber numbers never start with 0; they start with 1 only in the 8-digit plans of
  // the two-digit areas (Beijing 010-1xxxxxxx, libphonenumber's fixed-line pattern).
  const char first = n[len];
  if (first == '0') return 0;
  if (first == '1' && !(len == 2 && n.size() == len + 8)) return 0;
  if (!DigitsUpTo24(n.data(), n.size())) return 0;
  const int code = len == 2 ? Two(n.data()) : Two(n.data()) * 10 + Digit(n[2]);
  if (!KnownAreaCode(static_cast<unsigned>(code))) return 0;
  return static_cast<int>(len);
}

bool IsCnMnc(std::string_view two_digits) {
  // Mainland MNCs: 00 02 04 07 08 (China Mobile), 01 06 09 (Unicom), 03 05 11 (Telecom),
  // 13 (Mobile IoT), 15 (Broadnet), 20 (Tietong).
  static constexpr SmallSet<21> kMncs = SetOf<21>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 15, 20});
  unsigned a, b;
  return two_digits.size() == 2 && DigitValue(two_digits[0], &a) &&
         DigitValue(two_digits[1], &b) && kMncs.Has(a * 10 + b);
}

bool IsCnImsi(std::string_view s) {
  if (s.size() != 15 || s[0] != '4' || s[1] != '6' || s[2] != '0') return false;
  return IsCnMnc(s.substr(3, 2)) && DigitsUpTo24(s.data(), 15);
}

bool IsGreaterChinaImsi(std::string_view s) {
  if (s.size() != 15 || s[0] != '4' || !DigitsUpTo24(s.data(), 15)) return false;
  const unsigned mnc = static_cast<unsigned>((s[3] - '0') * 10 + (s[4] - '0'));
  if (s[1] == '5' && s[2] == '4') return mnc <= 40;  // HK: 00-40 assigned (OFCA)
  if (s[1] == '5' && s[2] == '5') return mnc <= 7;   // Macau: 00-07
  // Taiwan: Chunghwa 11/92, Taiwan Mobile 93/97/99, Far EasTone 01/88/89, and 05/06/68/90.
  static constexpr SmallSet<100> kTaiwanMncs =
      SetOf<100>({1, 5, 6, 11, 68, 88, 89, 90, 92, 93, 97, 99});
  return s[1] == '6' && s[2] == '6' && kTaiwanMncs.Has(mnc);
}

bool HasImsiShape(std::string_view s) {
  if (s.size() != 15 || s[0] < '2' || s[0] > '7' || !DigitsUpTo24(s.data(), 15)) return false;
  // Under the mainland's own MCC only the MNCs assigned there (IsCnImsi) are IMSIs.
  return !(s[0] == '4' && s[1] == '6' && s[2] == '0') || IsCnImsi(s);
}

namespace {

// GSMA reporting body identifiers (first two digits of the TAC) in use.
constexpr SmallSet<100> kImeiReportingBodies = SetOf<100>(
    {0, 1, 10, 30, 33, 35, 44, 45, 49, 50, 51, 52, 53, 54, 86, 91, 98, 99});

}  // namespace

bool HasKnownImeiReportingBody(std::string_view d) {
  unsigned a, b;
  return d.size() >= 2 && DigitValue(d[0], &a) && DigitValue(d[1], &b) &&
         kImeiReportingBodies.Has(a * 10 + b);
}

bool IsImei(std::string_view s) {
  // The reporting-body test is cheaper than the Luhn sum and rejects most other 15-digit
  // numbers (IMSIs start 46), so it goes first.
  return s.size() == 15 && kImeiReportingBodies.Has(static_cast<unsigned>(Two(s.data()))) &&
         DigitsUpTo24(s.data(), 15) && LuhnOfDigits(s);
}

namespace {
// China Mobile's ICCID prefixes: 898600, 02, 04, 07, 08 (from the fourth character on).
bool ChinaMobileIccidPrefix(std::string_view s) {
  return s[4] == '0' && (s[5] == '0' || s[5] == '2' || s[5] == '4' || s[5] == '7' || s[5] == '8');
}
}  // namespace

bool IsCnIccid(std::string_view s) {
  if (s.size() != 19 && s.size() != 20) return false;
  // Hong Kong's and Macau's SIMs (89 852, 89 853: E.118's telecom prefix and the country
  // code), digits only, as cross-border plans pair them with a mainland number.
  // (Byte compares: this is asked for every 19- and 20-digit run.)
  if (s[0] != '8' || s[1] != '9' || s[2] != '8') return false;
  if (s[3] == '5' && (s[4] == '2' || s[4] == '3')) return DigitsUpTo24(s.data(), s.size());
  if (s[3] != '6') return false;
  const char* p = s.data();
  const size_t body = s.size() - 1;  // 18 or 19 digits before the last character
  const char last = s.back();
  if (!(IsDigit(last) || (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z')))
    return false;
  if (EightDigits(p) && EightDigits(p + 8) && EightDigits(p + body - 8)) return true;
  // China Mobile's layout (8986 00 M F SS YY G XXXXXX P; also 02, 04, 07, 08) codes some
  // number blocks M (A 157, B 188, C 152, D 147, E 187) and some card makers G (A, B) with a
  // letter: 898600D6991234567890, 898602B9191750147406.
  if (!ChinaMobileIccidPrefix(s)) return false;
  for (size_t k = 4; k < body; ++k) {
    const char c = s[k];
    if (IsDigit(c)) continue;
    const char lower = static_cast<char>(c | 0x20);
    if ((k != 6 && k != 12) || lower < 'a' || lower > 'f') return false;
  }
  return true;
}

bool IsCnIccidLettersAnywhere(std::string_view s) {
  if (s.size() != 19 && s.size() != 20) return false;
  if (s[0] != '8' || s[1] != '9' || s[2] != '8' || s[3] != '6' || !ChinaMobileIccidPrefix(s))
    return false;
  for (size_t k = 6; k < s.size(); ++k)
    if (!IsHex(s[k])) return false;
  return true;
}

bool IsMeid(std::string_view s) {
  if (s.size() != 14) return false;
  for (char c : s)
    if (!IsHex(c)) return false;
  char a = s[0];
  if (a == '9' && s[1] == '9') return true;
  return (a >= 'A' && a <= 'F') || (a >= 'a' && a <= 'f');
}

bool IsDecimalMeid(std::string_view s) {
  if (s.size() != 18) return false;
  // The manufacturer code is 2566914048 (0x99000000) or more: its first two digits are 25 to
  // 42, which passes over most 18-digit order numbers (2024..., 1...) at once.
  // And the serial number, at most 16777215, starts with 0 or 1.
  const int p2 = (s[0] - '0') * 10 + (s[1] - '0');
  if (p2 < 25 || p2 > 42 || (s[10] != '0' && s[10] != '1')) return false;
  uint64_t maker = 0, serial = 0;
  for (size_t k = 0; k < 18; ++k) {
    if (!IsDigit(s[k])) return false;
    (k < 10 ? maker : serial) = (k < 10 ? maker : serial) * 10 + static_cast<uint64_t>(s[k] - '0');
  }
  // The hex form's first two digits (A0-FF, or 99) are the manufacturer code's top byte.
  const uint64_t top = maker >> 24;
  return maker <= 0xFFFFFFFFu && serial <= 0xFFFFFFu && (top >= 0xA0 || top == 0x99);
}

namespace {

// The card lengths (bit n - 13 for n = 13..19) a two-digit BIN prefix allows, and whether
// the prefix needs its third and fourth digits too (kFinerBin). Together with FinerBinHolds
// this is exactly the list of ranges in BankCardStrength's former if-chain:
//   62 UnionPay 16-19; 4x Visa 13/16/19; 51-55 and 2221-2720 Mastercard 16; 34/37 Amex 15;
//   3528-3589 JCB 16-19; 2131/1800 old JCB 15; 6011, 644-649, 65 Discover 16-19;
//   300-305 Diners 14-19; 36, 38, 39 Diners International 14; 60, 94-96, 98, 99 domestic
//   debit 16-19.
constexpr uint8_t kLen13 = 1, kLen14 = 2, kLen15 = 4, kLen16 = 8, kLen19 = 64;
constexpr uint8_t kLen14Up = 0x7E, kLen16Up = 0x78;
constexpr uint8_t kFinerBin = 0x80;

constexpr std::array<uint8_t, 100> BinLengths() {
  std::array<uint8_t, 100> t{};
  t[62] = kLen16Up;
  for (int p = 40; p <= 49; ++p) t[p] = kLen13 | kLen16 | kLen19;
  for (int p = 51; p <= 55; ++p) t[p] = kLen16;
  for (int p = 23; p <= 26; ++p) t[p] = kLen16;  // inside 2221-2720 whatever follows
  t[22] = t[27] = kLen16 | kFinerBin;            // 2221-2299, 2700-2720
  t[34] = t[37] = kLen15;
  t[35] = kLen16Up | kFinerBin;                   // 3528-3589
  t[21] = t[18] = kLen15 | kFinerBin;             // 2131, 1800
  t[65] = kLen16Up;                               // (6011 lies inside 60 below)
  t[64] = kLen16Up | kFinerBin;                   // 644-649
  t[30] = kLen14Up | kFinerBin;                   // 300-305
  t[36] = t[38] = t[39] = kLen14;
  for (int p : {60, 94, 95, 96, 98, 99}) t[p] = kLen16Up;
  return t;
}
constexpr std::array<uint8_t, 100> kBinLengths = BinLengths();

// The third and fourth digit conditions of the prefixes marked kFinerBin.
bool FinerBinHolds(int p2, int p4) {
  const int p3 = p4 / 10;
  switch (p2) {
    case 22: return p4 >= 2221;
    case 27: return p4 <= 2720;
    case 35: return p4 >= 3528 && p4 <= 3589;
    case 21: return p4 == 2131;
    case 18: return p4 == 1800;
    case 64: return p3 >= 644;
    case 30: return p3 <= 305;
    default: return false;
  }
}

}  // namespace

int BankCardStrength(std::string_view d) {
  // Most 13-19 digit numbers are no card (order numbers, timestamps): the BIN table,
  // indexed by the first two digits and the length, rejects them before the digit test
  // and the Luhn sum. All checks must hold for a non-zero answer, so their order is free.
  const size_t n = d.size();
  if (n < 13 || n > 19) return 0;
  const char* p = d.data();
  // Any of the first four characters may still be a non-digit here, even with p2 below 100;
  // the digit test below rejects those.
  const int p2 = Two(p);
  if (static_cast<unsigned>(p2) >= 100) return 0;
  const uint8_t lengths = kBinLengths[static_cast<size_t>(p2)];
  if (!(lengths >> (n - 13) & 1)) return 0;
  if ((lengths & kFinerBin) && !FinerBinHolds(p2, p2 * 100 + Two(p + 2))) return 0;
  if (!DigitsUpTo24(p, n)) return 0;
  // A number that ends in eight zeros is a filler or a field's default (ISO 8583's
  // F053=2600000000000000), not an account an issuer numbered.
  if (p[n - 1] == '0' && d.find_last_not_of('0') < n - 8) return 0;
  if (LuhnOfDigits(d)) return 2;
  return p2 == 62 ? 1 : 0;  // UnionPay 62 cards exist that fail Luhn
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

namespace {
// The value of a hex digit, or -1.
constexpr std::array<int8_t, 256> MakeHexValues() {
  std::array<int8_t, 256> t{};
  for (auto& v : t) v = -1;
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<int8_t>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) t[c] = static_cast<int8_t>(c - 'a' + 10);
  for (int c = 'A'; c <= 'F'; ++c) t[c] = static_cast<int8_t>(c - 'A' + 10);
  return t;
}
constexpr std::array<int8_t, 256> kHexValue = MakeHexValues();
}  // namespace

// Ipv6Text's walk, step for step, filling the address bytes as it goes.
bool ParseIpv6(std::string_view s, uint8_t out[16]) {
  if (size_t nul = s.find('\0'); nul != std::string_view::npos) s = s.substr(0, nul);
  const size_t n = s.size();
  if (n == 0) return false;
  size_t i = 0;
  if (s[0] == ':') {  // a leading ':' must be half of "::"
    if (n < 2 || s[1] != ':') return false;
    i = 1;
  }
  uint8_t bytes[16];
  int filled = 0;   // address bytes filled by completed groups
  int gap_at = -1;  // where "::" stands, in bytes; -1 when there is none
  size_t group_start = i;
  unsigned group = 0;
  int digits = 0;
  while (i < n) {
    const char c = s[i++];
    const int h = kHexValue[static_cast<unsigned char>(c)];
    if (h >= 0) {
      if (digits == 4) return false;
      group = group << 4 | static_cast<unsigned>(h);
      ++digits;
      continue;
    }
    if (c == ':') {
      group_start = i;
      if (digits == 0) {
        if (gap_at >= 0) return false;  // a second "::" (or ":::")
        gap_at = filled;
        continue;
      }
      if (i == n || filled + 2 > 16) return false;  // trailing single ':' or a ninth group
      bytes[filled++] = static_cast<uint8_t>(group >> 8);
      bytes[filled++] = static_cast<uint8_t>(group);
      group = 0;
      digits = 0;
      continue;
    }
    if (c == '.' && filled + 4 <= 16 && DottedQuad(s.substr(group_start))) {
      unsigned octet = 0;  // the quad runs to the end of the text
      for (size_t k = group_start; k < n; ++k) {
        if (s[k] == '.') {
          bytes[filled++] = static_cast<uint8_t>(octet);
          octet = 0;
        } else {
          octet = octet * 10 + static_cast<unsigned>(s[k] - '0');
        }
      }
      bytes[filled++] = static_cast<uint8_t>(octet);
      digits = 0;
      break;
    }
    return false;
  }
  if (digits > 0) {
    if (filled + 2 > 16) return false;
    bytes[filled++] = static_cast<uint8_t>(group >> 8);
    bytes[filled++] = static_cast<uint8_t>(group);
  }
  if (gap_at >= 0 ? filled >= 16 : filled != 16) return false;
  if (gap_at >= 0) {
    const int tail = filled - gap_at;
    std::memset(out, 0, 16);
    std::memcpy(out, bytes, static_cast<size_t>(gap_at));
    std::memcpy(out + 16 - tail, bytes + gap_at, static_cast<size_t>(tail));
  } else {
    std::memcpy(out, bytes, 16);
  }
  return true;
}

namespace {

// strtod on a NUL-terminated copy: everything but plain decimals. Kept out of line so that
// the fast path below needs no stack frame for the copy.
[[gnu::noinline]] double StrtodOfCopy(std::string_view s) {
  return std::strtod(std::string(s).c_str(), nullptr);
}

// Reads ASCII digits from p up to end into *mantissa (which wraps harmlessly past 19
// digits) and returns where they stop.
inline const char* ReadDigits(const char* p, const char* end, uint64_t* mantissa) {
  uint64_t m = *mantissa;
  for (; p != end; ++p) {
    const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(*p)) - '0';
    if (d > 9) break;
    m = m * 10 + d;
  }
  *mantissa = m;
  return p;
}

}  // namespace

double ParseDecimal(std::string_view s) {
  // Fast path: [+-]digits[.digits] with at most 19 digits in all (the value fits uint64_t),
  // read as one integer part and one fraction part; anything else (an exponent, hex,
  // blanks, inf/nan, a second dot, a 20th digit, ...) goes to strtod.
  const char* p = s.data();
  const char* const end = p + s.size();
  const bool negative = p != end && *p == '-';
  if (p != end && (*p == '-' || *p == '+')) ++p;
  uint64_t mantissa = 0;
  const char* q = ReadDigits(p, end, &mantissa);
  const size_t whole_digits = static_cast<size_t>(q - p);
  size_t fraction = 0;
  if (q != end && *q == '.') {
    const char* f = q + 1;
    q = ReadDigits(f, end, &mantissa);
    fraction = static_cast<size_t>(q - f);
  }
  const size_t digits = whole_digits + fraction;
  if (q == end && digits > 0 && digits <= 19 && mantissa <= (uint64_t{1} << 53) &&
      fraction <= 22) {
    // Clinger's fast path: m / 10^f is correctly rounded when m and 10^f are exact doubles.
    const double v = static_cast<double>(mantissa) / kPow10[fraction];
    return negative ? -v : v;
  }
  return StrtodOfCopy(s);
}

bool IsPlaceholderMac(std::string_view s) {
  // Every MAC of a log passes here: the first byte rules out nearly all of them.
  if (s.empty() || (s[0] != '0' && (s[0] | 0x20) != 'f')) return false;
  const bool ones = s[0] != '0';
  int k = 0;  // hex digits seen
  for (char c : s) {
    if (!IsHex(c)) continue;
    const char want = ones ? 'f' : (k == 1 ? c : '0');  // zeros: "02" or "00" at the start
    if ((ones ? (c | 0x20) : c) != want) return false;
    if (!ones && k == 1 && c != '0' && c != '2') return false;
    ++k;
  }
  return k == 12;
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
  if (s.size() == 14) {  // Cisco style 0011.2233.4455, Huawei style 0011-2233-4455
    const char sep = s[4];
    if (sep != '.' && sep != '-') return false;
    for (size_t i = 0; i < 14; ++i) {
      if (i == 4 || i == 9) {
        if (s[i] != sep) return false;
      } else if (!IsHex(s[i])) {
        return false;
      }
    }
    return true;
  }
  return false;
}

namespace {

// ITU-T E.164 assigned country codes (zones 1-9) of two and three digits.
constexpr SmallSet<100> kTwoDigitCountryCodes =
    SetOf<100>({20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52,
                53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92,
                93, 94, 95, 98});
constexpr SmallSet<1000> ThreeDigitCountryCodes() {
  constexpr unsigned kRanges[][2] = {
      {210, 218}, {220, 269}, {290, 299}, {350, 359}, {370, 389}, {420, 429}, {500, 509},
      {590, 599}, {670, 692}, {850, 850}, {852, 853}, {855, 856}, {880, 880}, {886, 886},
      {960, 968}, {970, 977}, {992, 996}, {998, 998}};
  SmallSet<1000> s;
  for (const auto& r : kRanges) s.AddRange(r[0], r[1]);
  return s;
}
constexpr SmallSet<1000> kThreeDigitCountryCodes = ThreeDigitCountryCodes();

}  // namespace

int CountryCodeLength(std::string_view d) {
  if (d.empty() || !IsDigit(d[0])) return 0;
  // ITU-T E.164 assigned country codes (zones 1-9), as prefix rules.
  if (d[0] == '1' || d[0] == '7') return 1;
  if (d.size() < 2) return 0;
  // Only d[0] is known to be a digit; as before, the others are read as c - '0' whatever
  // they are, and values outside 0..99 / 0..999 are no country code.
  const int two = ParseInt(d.substr(0, 2));
  if (kTwoDigitCountryCodes.Has(static_cast<unsigned>(two))) return 2;
  if (d.size() < 3) return 0;
  const int three = two * 10 + Digit(d[2]);
  if (kThreeDigitCountryCodes.Has(static_cast<unsigned>(three))) return 3;
  return 0;
}

}  // namespace piguard::validate
