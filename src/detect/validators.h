// Pure validation functions for identifiers: check digits, dates, allocated number ranges.
// No I/O, no allocation; inputs are ASCII views (already normalized from full-width forms).
#pragma once

#include <cstdint>
#include <string_view>

namespace piguard::validate {

bool AllDigits(std::string_view s);
// Luhn (ISO/IEC 7812) over a digit string including its check digit.
bool Luhn(std::string_view digits);
// The MOD 11-2 check character (GB 11643-1999) for the first 17 digits: '0'..'9' or 'X'.
char ResidentIdCheckChar(std::string_view first17);

// A Gregorian calendar date (month 1-12, day within the month). Inline: the date parsers of
// the scanner call it for every date-shaped token.
inline bool IsValidDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day <= kDays[month - 1]) return true;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap && day == 29;
}
// YYYYMMDD with a plausible birth year (1900..2030 by default for IDs).
bool IsValidBirthDate8(std::string_view yyyymmdd, int min_year = 1900, int max_year = 2030);
// YYYYMM: six digits, a year from 1900 to 2030 and a month (出生年月 199205).
bool IsYearMonth6(std::string_view yyyymm);

enum class RegionEvidence { kUnknown, kKnownProvince, kKnownCode };
// How well a 6-digit region code is supported by the GB/T 2260 table (including abolished
// codes). kKnownProvince: the first two digits name a province (or 81/82/83 residence permits);
// kKnownCode: the whole code is in the table.
RegionEvidence ResidentIdRegion(std::string_view six_digits);

struct ResidentIdCheck {
  bool valid = false;            // structure, date and check character all hold
  RegionEvidence region = RegionEvidence::kUnknown;
};
// 18 characters: 17 digits + digit/X/x with a valid birth date and MOD 11-2 check.
ResidentIdCheck CheckResidentId18(std::string_view id);
// Legacy 15 digits: region + YYMMDD (19YY) + 3 digits, no check character.
ResidentIdCheck CheckResidentId15(std::string_view id);

// Mainland mobile: 11 digits in a range allocated per libphonenumber metadata.
bool IsCnMobile(std::string_view eleven_digits);
// A Hong Kong or Macau number written with its country code and no '+': "852" or "00852"
// and eight digits starting 2-9 (Hong Kong), "853" or "00853" and eight starting 2 or 6
// (Macau). Cross-border SIMs and roaming records write them so ("85261292526").
bool IsHkMacauNumber(std::string_view digits);

// China Mobile's SMS centre addresses, 13800 + the area code's three digits + 500
// (13800100500 Beijing, 13800755500 Shenzhen): a network element's number, in every SMS
// record's SMSC field, which IsCnMobile accepts but no subscriber holds.
inline bool IsSmsCentre(std::string_view n) {  // inline: asked for every mobile number
  return n.size() == 11 && n[4] == '0' && n[8] == '5' && n[9] == '0' && n[10] == '0' &&
         n[0] == '1' && n[1] == '3' && n[2] == '8' && n[3] == '0' && n[5] >= '0' &&
         n[5] <= '9' && n[6] >= '0' && n[6] <= '9' && n[7] >= '0' && n[7] <= '9';
}
// Mainland landline without trunk prefix handling: the digits after the leading 0, e.g.
// "5513125969" for 0551-3125969. Returns the area-code length (2 or 3) or 0 if not valid.
int CnLandlineAreaCodeLength(std::string_view national_without_0);
bool IsCnAreaCode(std::string_view code_without_0);

// Two digits that are an MNC assigned to a mainland operator under MCC 460.
bool IsCnMnc(std::string_view two_digits);
// IMSI: 15 digits, MCC 460 with an MNC assigned to a mainland operator.
bool IsCnImsi(std::string_view fifteen_digits);
// IMSI of a Hong Kong (MCC 454), Macau (455) or Taiwan (466) operator: 15 digits with an MNC
// assigned there. The subscribers of cross-border and "one card, two numbers" plans.
bool IsGreaterChinaImsi(std::string_view fifteen_digits);
// 15 digits that start with a geographic MCC (2xx-7xx; under 460 an assigned MNC): what an
// IMSI of any country, an inbound roamer's, looks like. Only a field naming the IMSI makes
// it one.
bool HasImsiShape(std::string_view fifteen_digits);
// IMEI: 15 digits, Luhn, with a plausible reporting-body prefix.
bool IsImei(std::string_view fifteen_digits);
bool HasKnownImeiReportingBody(std::string_view digits);
// ICCID of a mainland SIM: 19-20 characters, "8986" + digits, the last may be a letter, and
// so may China Mobile's number-block and card-maker characters (the 7th and 13th); or of a
// Hong Kong or Macau SIM: "89852" or "89853" and digits only.
bool IsCnIccid(std::string_view s);
// A China Mobile ICCID (898600, 02, 04, 07, 08) with hex letters anywhere after its prefix,
// as IoT platforms' cards carry them outside IsCnIccid's two places (89860777E51443180054):
// for a value an ICCID key or word names.
bool IsCnIccidLettersAnywhere(std::string_view s);
// MEID: 14 hex digits (56 bits); the first two hex digits are the regional code (A0-FF for
// hex MEIDs, 99 used by some CDMA2000 handsets).
bool IsMeid(std::string_view fourteen_hex);
// MEID in its decimal form, as CDMA handsets and boxes print it beside the hex one: the
// manufacturer code's 32 bits as ten digits, then the serial number's 24 bits as eight; the
// same regional codes as the hex form.
bool IsDecimalMeid(std::string_view eighteen_digits);
// Payment card: 13-19 digits. Returns 0 if not plausible, otherwise a strength:
// 1 = plausible BIN without Luhn (UnionPay 62 cards exist that fail Luhn),
// 2 = known BIN range and Luhn holds.
int BankCardStrength(std::string_view digits);
// Dotted-quad IPv4 with each octet 0..255 and no leading zeros (except "0").
bool IsIpv4(std::string_view s);
// Full RFC 4291 text forms (no zone ids), accepting exactly what glibc's inet_pton(AF_INET6)
// accepts for a NUL-terminated copy of s, for 2-45 characters; no copy, no library call.
bool IsIpv6(std::string_view s);
// IsIpv6's test that also gives the 16 address bytes (network order), as inet_pton(AF_INET6)
// does for the same text (which it reads up to the first NUL byte). False leaves out as is.
bool ParseIpv6(std::string_view s, uint8_t out[16]);
bool IsMac(std::string_view s);   // 6 groups of 2 hex separated by ':' or '-', or xxxx.xxxx.xxxx / xxxx-xxxx-xxxx
// A MAC that names no device: all zeros, 02:00:00:00:00:00 (Android's answer when an app
// may not read the address) or all ones (broadcast); any separators, or none.
bool IsPlaceholderMac(std::string_view s);

// Exactly std::strtod(std::string(s).c_str(), nullptr) in the C locale, without the copy for
// plain decimals ("-31.2304", "121.4737"): those are converted exactly here (Clinger's fast
// path), anything else is handed to strtod.
double ParseDecimal(std::string_view s);

// E.164 country calling code at the start of `digits`; returns its length (1-3) or 0.
int CountryCodeLength(std::string_view digits);

}  // namespace piguard::validate
