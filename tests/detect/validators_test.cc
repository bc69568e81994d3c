// Validators: check digits, dates, allocated ranges. Each function gets valid, invalid and
// boundary inputs; expected values come from the standards cited in ../shared/docs/mission.md
// (GB 11643-1999, libphonenumber metadata, GSMA / ITU-T tables), not from the implementation.
#include "detect/validators.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace piguard::validate {
namespace {

// MOD 11-2 computed independently of ResidentIdCheckChar: ISO 7064 with weights 2^(17-i) mod 11.
char ReferenceCheckChar(const std::string& first17) {
  int sum = 0;
  int weight = 1;
  for (int i = 16; i >= 0; --i) {
    weight = (weight * 2) % 11;  // 2^(17-i) mod 11, starting with 2 for the last digit
    sum += (first17[i] - '0') * weight;
  }
  int check = (12 - sum % 11) % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

std::string WithCheck(const std::string& first17) { return first17 + ReferenceCheckChar(first17); }

// Luhn check digit for `payload`, computed independently of Luhn().
char LuhnDigit(const std::string& payload) {
  int sum = 0;
  bool dbl = true;  // the digit left of the check digit is doubled
  for (auto it = payload.rbegin(); it != payload.rend(); ++it) {
    int d = *it - '0';
    if (dbl) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    dbl = !dbl;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string WithLuhn(const std::string& payload) { return payload + LuhnDigit(payload); }

std::string BreakLuhn(const std::string& valid) {
  std::string s = valid;
  s.back() = static_cast<char>('0' + (s.back() - '0' + 1) % 10);
  return s;
}

TEST(AllDigitsTest, AcceptsOnlyNonEmptyAsciiDigitRuns) {
  EXPECT_TRUE(AllDigits("0"));
  EXPECT_TRUE(AllDigits("0123456789"));
  EXPECT_FALSE(AllDigits(""));
  EXPECT_FALSE(AllDigits("12a4"));
  EXPECT_FALSE(AllDigits("12 4"));
  EXPECT_FALSE(AllDigits("-12"));
  EXPECT_FALSE(AllDigits("１２"));  // full-width digits must be normalized first
}

TEST(LuhnTest, KnownValidNumbers) {
  EXPECT_TRUE(Luhn("79927398713"));       // the classic example
  EXPECT_TRUE(Luhn("4111111111111111"));  // Visa test card
  EXPECT_TRUE(Luhn("356938035643809"));   // IMEI example
  EXPECT_TRUE(Luhn("00"));
  EXPECT_TRUE(Luhn("18"));
}

TEST(LuhnTest, RejectsWrongCheckDigitAndTransposition) {
  EXPECT_FALSE(Luhn("79927398710"));
  EXPECT_FALSE(Luhn("79927398719"));
  EXPECT_FALSE(Luhn("4111111111111112"));
  EXPECT_FALSE(Luhn("356938035643808"));
  EXPECT_FALSE(Luhn("79927398731"));  // adjacent transposition of 1 and 3
}

TEST(LuhnTest, RejectsTooShortAndNonDigits) {
  EXPECT_FALSE(Luhn(""));
  EXPECT_FALSE(Luhn("0"));  // a single digit carries no check
  EXPECT_FALSE(Luhn("7992739871a"));
  EXPECT_FALSE(Luhn("4111 1111 1111 1111"));
}

TEST(LuhnTest, EveryCheckDigitExceptOneFails) {
  const std::string payload = "622202020000123456";
  int accepted = 0;
  for (char c = '0'; c <= '9'; ++c) accepted += Luhn(payload + c);
  EXPECT_EQ(accepted, 1);
  EXPECT_TRUE(Luhn(WithLuhn(payload)));
}

TEST(ResidentIdCheckCharTest, MatchesGb11643Examples) {
  EXPECT_EQ(ResidentIdCheckChar("11010519491231002"), 'X');  // the standard's own example
  EXPECT_EQ(ResidentIdCheckChar("44030619851020123"), '6');
  EXPECT_EQ(ResidentIdCheckChar("11010519491231002"), ReferenceCheckChar("11010519491231002"));
  EXPECT_EQ(ResidentIdCheckChar("00000000000000000"), '1');  // sum 0 maps to '1'
  // Only the first 17 characters count: an 18-character view gives the same answer.
  EXPECT_EQ(ResidentIdCheckChar("11010519491231002X"), 'X');
}

TEST(ResidentIdCheckCharTest, AgreesWithReferenceOnManyInputs) {
  std::string s = "11010519900101000";
  for (int i = 0; i < 2000; ++i) {
    // A simple deterministic walk over digit strings.
    s[16 - i % 7] = static_cast<char>('0' + (i * 7 + i / 7) % 10);
    s[i % 17] = static_cast<char>('0' + (i * 3) % 10);
    ASSERT_EQ(ResidentIdCheckChar(s), ReferenceCheckChar(s)) << s;
  }
}

TEST(IsValidDateTest, MonthsDaysAndLeapYears) {
  EXPECT_TRUE(IsValidDate(1990, 1, 31));
  EXPECT_TRUE(IsValidDate(1990, 12, 31));
  EXPECT_TRUE(IsValidDate(1990, 4, 30));
  EXPECT_FALSE(IsValidDate(1990, 4, 31));
  EXPECT_FALSE(IsValidDate(1990, 13, 1));
  EXPECT_FALSE(IsValidDate(1990, 0, 1));
  EXPECT_FALSE(IsValidDate(1990, 1, 0));
  EXPECT_FALSE(IsValidDate(1990, 1, 32));
  EXPECT_TRUE(IsValidDate(2000, 2, 29));   // divisible by 400
  EXPECT_TRUE(IsValidDate(1996, 2, 29));   // divisible by 4
  EXPECT_FALSE(IsValidDate(1900, 2, 29));  // divisible by 100 only
  EXPECT_FALSE(IsValidDate(1999, 2, 29));
  EXPECT_TRUE(IsValidDate(1999, 2, 28));
  EXPECT_FALSE(IsValidDate(2000, 2, 30));
}

TEST(IsYearMonth6Test, YearInRangeAndAMonth) {
  EXPECT_TRUE(IsYearMonth6("199205"));
  EXPECT_TRUE(IsYearMonth6("190001"));
  EXPECT_TRUE(IsYearMonth6("203012"));
  EXPECT_FALSE(IsYearMonth6("189912"));
  EXPECT_FALSE(IsYearMonth6("203101"));
  EXPECT_FALSE(IsYearMonth6("199200"));
  EXPECT_FALSE(IsYearMonth6("199213"));
  EXPECT_FALSE(IsYearMonth6("19920"));
  EXPECT_FALSE(IsYearMonth6("1992051"));
  EXPECT_FALSE(IsYearMonth6("1992a5"));
}

TEST(IsValidBirthDate8Test, FormatRangeAndCalendar) {
  EXPECT_TRUE(IsValidBirthDate8("19900115"));
  EXPECT_TRUE(IsValidBirthDate8("19000101"));  // default lower bound
  EXPECT_TRUE(IsValidBirthDate8("20301231"));  // default upper bound
  EXPECT_FALSE(IsValidBirthDate8("18991231"));
  EXPECT_FALSE(IsValidBirthDate8("20310101"));
  EXPECT_FALSE(IsValidBirthDate8("19990229"));
  EXPECT_TRUE(IsValidBirthDate8("20000229"));
  EXPECT_FALSE(IsValidBirthDate8("19901301"));
  EXPECT_FALSE(IsValidBirthDate8("1990011"));
  EXPECT_FALSE(IsValidBirthDate8("199001155"));
  EXPECT_FALSE(IsValidBirthDate8("1990-1-1"));
  EXPECT_FALSE(IsValidBirthDate8("1990O115"));
  // Custom bounds.
  EXPECT_FALSE(IsValidBirthDate8("19900115", 1995, 2030));
  EXPECT_TRUE(IsValidBirthDate8("19900115", 1990, 1990));
}

TEST(ResidentIdRegionTest, ProvinceCodeAndUnknown) {
  EXPECT_EQ(ResidentIdRegion("110105"), RegionEvidence::kKnownCode);  // 北京市朝阳区
  EXPECT_EQ(ResidentIdRegion("430000"), RegionEvidence::kKnownCode);  // 湖南省
  EXPECT_EQ(ResidentIdRegion("110103"), RegionEvidence::kKnownCode);  // 崇文区, abolished 2010
  EXPECT_EQ(ResidentIdRegion("110104"), RegionEvidence::kKnownCode);  // 宣武区, abolished 2010
  EXPECT_EQ(ResidentIdRegion("110199"), RegionEvidence::kKnownProvince);
  EXPECT_EQ(ResidentIdRegion("439999"), RegionEvidence::kKnownProvince);
  for (const char* permit : {"810000", "820000", "830000"})
    EXPECT_EQ(ResidentIdRegion(permit), RegionEvidence::kKnownProvince) << permit;
  EXPECT_EQ(ResidentIdRegion("990105"), RegionEvidence::kUnknown);
  EXPECT_EQ(ResidentIdRegion("000000"), RegionEvidence::kUnknown);
  EXPECT_EQ(ResidentIdRegion("840000"), RegionEvidence::kUnknown);
  EXPECT_EQ(ResidentIdRegion("11010"), RegionEvidence::kUnknown);
  EXPECT_EQ(ResidentIdRegion("1101051"), RegionEvidence::kUnknown);
  EXPECT_EQ(ResidentIdRegion("11a105"), RegionEvidence::kUnknown);
}

TEST(CheckResidentId18Test, ValidWithDigitAndXCheckCharacters) {
  auto a = CheckResidentId18("11010519491231002X");
  EXPECT_TRUE(a.valid);
  EXPECT_EQ(a.region, RegionEvidence::kKnownCode);
  EXPECT_TRUE(CheckResidentId18("11010519491231002x").valid);  // lower-case x is written too
  EXPECT_TRUE(CheckResidentId18("440306198510201236").valid);
  EXPECT_TRUE(CheckResidentId18(WithCheck("50010219951111456")).valid);
}

TEST(CheckResidentId18Test, WrongCheckCharacterRejected) {
  EXPECT_FALSE(CheckResidentId18("110105194912310020").valid);
  EXPECT_FALSE(CheckResidentId18("110105194912310029").valid);
  EXPECT_FALSE(CheckResidentId18("440306198510201231").valid);
  EXPECT_FALSE(CheckResidentId18("44030619851020123X").valid);
  // Exactly one of the eleven possible check characters passes.
  int accepted = 0;
  for (char c : std::string("0123456789X"))
    accepted += CheckResidentId18(std::string("44030619851020123") + c).valid;
  EXPECT_EQ(accepted, 1);
}

TEST(CheckResidentId18Test, StructureRejected) {
  EXPECT_FALSE(CheckResidentId18("").valid);
  EXPECT_FALSE(CheckResidentId18("11010519491231002").valid);    // 17
  EXPECT_FALSE(CheckResidentId18("11010519491231002X1").valid);  // 19
  EXPECT_FALSE(CheckResidentId18("1101051949123100AX").valid);   // letter in the body
  EXPECT_FALSE(CheckResidentId18("11010519491231002Y").valid);   // only X/x allowed
  EXPECT_FALSE(CheckResidentId18("X10105194912310022").valid);
}

TEST(CheckResidentId18Test, BirthDateMustBeACalendarDateInRange) {
  // Each has a correct MOD 11-2 check character, so only the date can reject it.
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010519990229123")).valid);  // 1999 not leap
  EXPECT_TRUE(CheckResidentId18(WithCheck("11010520000229123")).valid);   // 2000 leap
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010519000229123")).valid);  // 1900 not leap
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010519901301123")).valid);  // month 13
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010519900001123")).valid);  // month 00
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010519900100123")).valid);  // day 00
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010519900431123")).valid);  // 31 April
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010518991231123")).valid);  // before 1900
  EXPECT_FALSE(CheckResidentId18(WithCheck("11010520311231123")).valid);  // after 2030
  EXPECT_TRUE(CheckResidentId18(WithCheck("11010519000101123")).valid);
  EXPECT_TRUE(CheckResidentId18(WithCheck("11010520301231123")).valid);
}

TEST(CheckResidentId18Test, RegionCodes) {
  // Unknown province 99: rejected whatever the check character says.
  auto unknown = CheckResidentId18(WithCheck("99010519491231002"));
  EXPECT_FALSE(unknown.valid);
  EXPECT_FALSE(CheckResidentId18(WithCheck("00000019900101001")).valid);
  // Abolished district codes stay valid: old cards keep them for life.
  auto chongwen = CheckResidentId18(WithCheck("11010319800101123"));
  EXPECT_TRUE(chongwen.valid);
  EXPECT_EQ(chongwen.region, RegionEvidence::kKnownCode);
  auto xuanwu = CheckResidentId18(WithCheck("11010419800101123"));
  EXPECT_TRUE(xuanwu.valid);
  // A county code newer than any table: accepted on its province.
  auto newer = CheckResidentId18(WithCheck("11019919800101123"));
  EXPECT_TRUE(newer.valid);
  EXPECT_EQ(newer.region, RegionEvidence::kKnownProvince);
  // Residence permits of Hong Kong, Macao and Taiwan residents.
  for (const char* body : {"81000019900101001", "82000019900101002", "83000019900101003"}) {
    auto permit = CheckResidentId18(WithCheck(body));
    EXPECT_TRUE(permit.valid) << body;
    EXPECT_EQ(permit.region, RegionEvidence::kKnownProvince) << body;
  }
  EXPECT_FALSE(CheckResidentId18(WithCheck("84000019900101001")).valid);
}

TEST(CheckResidentId15Test, LegacyFifteenDigitForm) {
  auto a = CheckResidentId15("110105491231002");  // 1949-12-31, no check digit
  EXPECT_TRUE(a.valid);
  EXPECT_EQ(a.region, RegionEvidence::kKnownCode);
  EXPECT_TRUE(CheckResidentId15("110103800101123").valid);  // abolished 崇文区
  EXPECT_TRUE(CheckResidentId15("440306851020123").valid);
}

TEST(CheckResidentId15Test, RejectsBadDateRegionAndShape) {
  EXPECT_FALSE(CheckResidentId15("110105490229002").valid);   // 1949 not leap
  EXPECT_FALSE(CheckResidentId15("110105491301002").valid);   // month 13
  EXPECT_FALSE(CheckResidentId15("110105490100002").valid);   // day 00
  EXPECT_FALSE(CheckResidentId15("990105491231002").valid);   // unknown province
  EXPECT_FALSE(CheckResidentId15("11010549123100").valid);    // 14 digits
  EXPECT_FALSE(CheckResidentId15("1101054912310021").valid);  // 16 digits
  EXPECT_FALSE(CheckResidentId15("11010549123100X").valid);   // no check character in 15
  EXPECT_TRUE(CheckResidentId15("110105960229002").valid);    // 1996 leap
  EXPECT_FALSE(CheckResidentId15("440306000229123").valid);   // YY 00 is 1900: not leap
}

TEST(IsCnMobileTest, EveryAllocatedPrefixFamily) {
  // libphonenumber CN mobile: 1(?:610\d|740[0-5])\d{6} | 1(?:[38]\d|4[57]|[59][0-35-9]|
  // 6[25-7]|7[0-35-8])\d{8}, plus 148/149 data-SIM ranges.
  for (int b = 0; b <= 9; ++b) {
    EXPECT_TRUE(IsCnMobile("13" + std::to_string(b) + "00138000")) << "13" << b;
    EXPECT_TRUE(IsCnMobile("18" + std::to_string(b) + "00138000")) << "18" << b;
  }
  for (const char* p :
       {"145", "147", "148", "149", "150", "151", "152", "153", "155", "156", "157", "158",
        "159", "162", "165", "166", "167", "170", "171", "172", "173", "175", "176", "177",
        "178", "190", "191", "192", "193", "195", "196", "197", "198", "199"})
    EXPECT_TRUE(IsCnMobile(std::string(p) + "12345678")) << p;
  for (const char* p : {"17400", "17401", "17402", "17403", "17404", "17405"})
    EXPECT_TRUE(IsCnMobile(std::string(p) + "123456")) << p;
  EXPECT_TRUE(IsCnMobile("16101234567"));
  EXPECT_TRUE(IsCnMobile("16109999999"));
}

TEST(IsCnMobileTest, UnallocatedPrefixesRejected) {
  for (const char* p : {"140", "141", "142", "143", "144", "146", "154", "160", "163", "164", "168",
                        "169", "179", "194", "100", "110", "120"})
    EXPECT_FALSE(IsCnMobile(std::string(p) + "12345678")) << p;
  EXPECT_FALSE(IsCnMobile("16111234567"));  // 161 other than 1610
  EXPECT_FALSE(IsCnMobile("16121234567"));
  for (const char* p : {"17406", "17407", "17409", "17410", "17460", "17499"})
    EXPECT_FALSE(IsCnMobile(std::string(p) + "123456")) << p;
}

TEST(IsCnMobileTest, ShapeRejected) {
  EXPECT_FALSE(IsCnMobile("1380013800"));    // 10 digits
  EXPECT_FALSE(IsCnMobile("138001380001"));  // 12 digits
  EXPECT_FALSE(IsCnMobile("23800138000"));
  EXPECT_FALSE(IsCnMobile("03800138000"));
  EXPECT_FALSE(IsCnMobile("1380013800a"));
  EXPECT_FALSE(IsCnMobile("138 0013 800"));
  EXPECT_FALSE(IsCnMobile(""));
}

TEST(IsCnAreaCodeTest, AssignedAndUnassignedCodes) {
  for (const char* c : {"10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "351", "431",
                        "551", "571", "755", "991"})
    EXPECT_TRUE(IsCnAreaCode(c)) << c;
  EXPECT_FALSE(IsCnAreaCode("26"));   // unassigned
  EXPECT_FALSE(IsCnAreaCode("101"));  // 0101 is not an area code (010 is)
  EXPECT_FALSE(IsCnAreaCode("11"));
  EXPECT_FALSE(IsCnAreaCode("1"));
  EXPECT_FALSE(IsCnAreaCode("0551"));  // without the trunk 0 only
  EXPECT_FALSE(IsCnAreaCode("5510"));
  EXPECT_FALSE(IsCnAreaCode("5a1"));
  EXPECT_FALSE(IsCnAreaCode(""));
}

TEST(CnLandlineTest, AreaCodeLengths) {
  EXPECT_EQ(CnLandlineAreaCodeLength("1062345678"), 2);   // 010-62345678
  EXPECT_EQ(CnLandlineAreaCodeLength("2161234567"), 2);   // 021-61234567
  EXPECT_EQ(CnLandlineAreaCodeLength("3512345678"), 3);   // 0351-2345678
  EXPECT_EQ(CnLandlineAreaCodeLength("43185556666"), 3);  // 0431-85556666
  EXPECT_EQ(CnLandlineAreaCodeLength("5513125969"), 3);   // 0551-3125969
  EXPECT_EQ(CnLandlineAreaCodeLength("55122935252"), 3);  // 0551-22935252
}

TEST(CnLandlineTest, Rejected) {
  EXPECT_EQ(CnLandlineAreaCodeLength("2612345678"), 0);  // 026 unassigned
  EXPECT_EQ(CnLandlineAreaCodeLength("26123456789"), 0);
  EXPECT_EQ(CnLandlineAreaCodeLength("5510312596"), 0);    // subscriber starting with 0
  EXPECT_EQ(CnLandlineAreaCodeLength("551312596"), 0);     // 6-digit subscriber
  EXPECT_EQ(CnLandlineAreaCodeLength("551312596912"), 0);  // 9-digit subscriber
  EXPECT_EQ(CnLandlineAreaCodeLength("106234567a"), 0);
  EXPECT_EQ(CnLandlineAreaCodeLength("9812345678"), 0);  // neither 98 nor 981 is a code
  EXPECT_EQ(CnLandlineAreaCodeLength(""), 0);
}

// Regression (was a bug): every subscriber number starting with 1 was rejected, but
// libphonenumber's CN fixedLine pattern allows 10[18](?:0[1-9]|[1-9]\d)\d{5} and
// 21[18](?:0[1-9]|[1-9]\d)\d{5}: 010-12345678 and 021-18001234 are valid Beijing/Shanghai
// numbers.
TEST(CnLandlineTest, BeijingAndShanghaiNumbersStartingWithOne) {
  EXPECT_EQ(CnLandlineAreaCodeLength("1012345678"), 2);
  EXPECT_EQ(CnLandlineAreaCodeLength("1018001234"), 2);
  EXPECT_EQ(CnLandlineAreaCodeLength("2118001234"), 2);
}

TEST(IsCnImsiTest, AllMainlandMncsAccepted) {
  for (const char* mnc :
       {"00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "13", "15", "20"})
    EXPECT_TRUE(IsCnImsi(std::string("460") + mnc + "1234567890")) << mnc;
}

TEST(IsCnImsiTest, OtherMncsAndCountriesRejected) {
  for (const char* mnc : {"10", "12", "14", "16", "19", "21", "99"})
    EXPECT_FALSE(IsCnImsi(std::string("460") + mnc + "1234567890")) << mnc;
  EXPECT_FALSE(IsCnImsi("310150123456789"));  // USA
  EXPECT_FALSE(IsCnImsi("454001234567890"));  // Hong Kong
  EXPECT_FALSE(IsCnImsi("461001234567890"));
  EXPECT_FALSE(IsCnImsi("46000123456789"));    // 14 digits
  EXPECT_FALSE(IsCnImsi("4600012345678901"));  // 16 digits
  EXPECT_FALSE(IsCnImsi("46000123456789a"));
}

TEST(ImeiTest, LuhnAndReportingBody) {
  EXPECT_TRUE(IsImei("356938035643809"));           // reporting body 35 (BABT)
  EXPECT_TRUE(IsImei(WithLuhn("86123456789012")));  // 86: China (TAF)
  EXPECT_TRUE(IsImei(WithLuhn("01234567890123")));
  EXPECT_TRUE(IsImei(WithLuhn("99000012345678")));
  EXPECT_FALSE(IsImei("356938035643808"));  // Luhn fails
  EXPECT_FALSE(IsImei(BreakLuhn(WithLuhn("86123456789012"))));
  // Luhn holds but no reporting body starts with 12 / 20 / 77.
  EXPECT_FALSE(IsImei(WithLuhn("12345678901234")));
  EXPECT_FALSE(IsImei(WithLuhn("20345678901234")));
  EXPECT_FALSE(IsImei(WithLuhn("77345678901234")));
  EXPECT_FALSE(IsImei("35693803564380"));    // 14 digits
  EXPECT_FALSE(IsImei("3569380356438090"));  // 16 digits
  EXPECT_FALSE(IsImei("35693803564380X"));
}

TEST(ImeiTest, HasKnownImeiReportingBody) {
  for (const char* rb : {"01", "35", "86", "99", "44", "49"})
    EXPECT_TRUE(HasKnownImeiReportingBody(std::string(rb) + "0000000000000")) << rb;
  for (const char* rb : {"02", "12", "20", "77", "88"})
    EXPECT_FALSE(HasKnownImeiReportingBody(std::string(rb) + "0000000000000")) << rb;
}

TEST(IsCnIccidTest, NineteenAndTwentyCharacters) {
  EXPECT_TRUE(IsCnIccid("89860012345678901234"));  // 20 digits
  EXPECT_TRUE(IsCnIccid("8986001234567890123"));   // 19 digits
  EXPECT_TRUE(IsCnIccid("8986001234567890123F"));  // trailing letter
  EXPECT_TRUE(IsCnIccid("898600123456789012F"));
  EXPECT_TRUE(IsCnIccid("8986001234567890123f"));
  // China Mobile's number block (7th) and card maker (13th) may be letters.
  EXPECT_TRUE(IsCnIccid("898600D6991234567890"));
  EXPECT_TRUE(IsCnIccid("898602B9191750147406"));
  EXPECT_TRUE(IsCnIccid("898600790904A9311287"));
  EXPECT_FALSE(IsCnIccid("898601D6991234567890"));  // Unicom: not in its layout
  EXPECT_FALSE(IsCnIccid("8986000G991234567890"));  // not a hex letter
  EXPECT_FALSE(IsCnIccid("89860006991234D67890"));  // not the 7th or 13th
  // Hong Kong's and Macau's SIMs: 89852, 89853, digits only.
  EXPECT_TRUE(IsCnIccid("8985299233710674053"));
  EXPECT_TRUE(IsCnIccid("89853123456789012345"));
  EXPECT_FALSE(IsCnIccid("898529923371067405F"));
  EXPECT_FALSE(IsCnIccid("8985199233710674053"));  // 851: no SIMs of ours
}

TEST(IsCnIccidTest, Rejected) {
  EXPECT_FALSE(IsCnIccid("89850012345678901234"));   // not 8986
  EXPECT_FALSE(IsCnIccid("89440012345678901234"));   // UK
  EXPECT_FALSE(IsCnIccid("898600123456789012"));     // 18
  EXPECT_FALSE(IsCnIccid("898600123456789012345"));  // 21
  EXPECT_FALSE(IsCnIccid("89860012345678F01234"));   // letter inside
  EXPECT_FALSE(IsCnIccid("8986001234567890123-"));
  EXPECT_FALSE(IsCnIccid("F9860012345678901234"));
}

// The decimal form: the hex form's manufacturer code (8 hex digits) as ten decimal digits,
// its serial number (6 hex digits) as eight.
TEST(IsMeidTest, DecimalFormOfTheHexForm) {
  for (const char* hex : {"A0000012345678", "A1000049B5C6D7", "FFFFFFFFFFFFFF", "99000012345678"}) {
    const std::string h = hex;
    char dec[19];
    std::snprintf(dec, sizeof dec, "%010llu%08llu", std::stoull(h.substr(0, 8), nullptr, 16),
                  std::stoull(h.substr(8), nullptr, 16));
    EXPECT_TRUE(IsDecimalMeid(dec)) << hex << " " << dec;
  }
  EXPECT_TRUE(IsDecimalMeid("268435457803430008"));
  EXPECT_FALSE(IsDecimalMeid("110105194912310021"));  // a resident ID: maker code 0x06...
  EXPECT_FALSE(IsDecimalMeid("429496729616777215"));  // maker code past 32 bits
  EXPECT_FALSE(IsDecimalMeid("268435457816777216"));  // serial past 24 bits
  EXPECT_FALSE(IsDecimalMeid("26843545780343000"));   // 17 digits
  EXPECT_FALSE(IsDecimalMeid("26843545780343000X"));
}

TEST(IsMeidTest, HexRegionalCodes) {
  EXPECT_TRUE(IsMeid("A0000012345678"));
  EXPECT_TRUE(IsMeid("a0000012345678"));
  EXPECT_TRUE(IsMeid("A1000049B5C6D7"));
  EXPECT_TRUE(IsMeid("FFFFFFFFFFFFFF"));
  EXPECT_TRUE(IsMeid("99000012345678"));   // decimal-looking 99 region
  EXPECT_FALSE(IsMeid("35000012345678"));  // decimal region other than 99: an IMEI body
  EXPECT_FALSE(IsMeid("98000012345678"));
  EXPECT_FALSE(IsMeid("A000001234567"));    // 13
  EXPECT_FALSE(IsMeid("A00000123456789"));  // 15
  EXPECT_FALSE(IsMeid("A000001234567G"));
  EXPECT_FALSE(IsMeid("G0000012345678"));
}

TEST(BankCardStrengthTest, FillersAreNoCards) {
  EXPECT_EQ(BankCardStrength("2600000000000000"), 0);  // ISO 8583 F053, Luhn-valid
  EXPECT_EQ(BankCardStrength("6228480000000000"), 0);
  EXPECT_EQ(BankCardStrength(WithLuhn("622848001000000")), 2);  // seven zeros: kept
}

TEST(BankCardStrengthTest, UnionPay) {
  const std::string up19 = WithLuhn("622202020000123456");
  const std::string up16 = WithLuhn("622848001234567");
  EXPECT_EQ(BankCardStrength(up19), 2);
  EXPECT_EQ(BankCardStrength(up16), 2);
  EXPECT_EQ(BankCardStrength(WithLuhn("62284800123456789")), 2);  // 18
  EXPECT_EQ(BankCardStrength(WithLuhn("6228480012345678")), 2);   // 17
  // Some UnionPay cards fail Luhn: still plausible, but weaker.
  EXPECT_EQ(BankCardStrength(BreakLuhn(up19)), 1);
  EXPECT_EQ(BankCardStrength(BreakLuhn(up16)), 1);
  // UnionPay needs 16-19 digits.
  EXPECT_EQ(BankCardStrength(WithLuhn("62284800123456")), 0);       // 15
  EXPECT_EQ(BankCardStrength(WithLuhn("6228480012345678901")), 0);  // 20
}

TEST(BankCardStrengthTest, InternationalSchemes) {
  EXPECT_EQ(BankCardStrength("4111111111111111"), 2);          // Visa 16
  EXPECT_EQ(BankCardStrength("4222222222222"), 2);             // Visa 13
  EXPECT_EQ(BankCardStrength("4111111111111112"), 0);          // Visa, Luhn fails: not a card
  EXPECT_EQ(BankCardStrength(WithLuhn("41111111111111")), 0);  // Visa of 15 digits
  EXPECT_EQ(BankCardStrength("5500000000000004"), 2);          // Mastercard 51-55
  EXPECT_EQ(BankCardStrength("5105105105105100"), 2);
  EXPECT_EQ(BankCardStrength("2221000000000009"), 2);  // Mastercard 2-series
  EXPECT_EQ(BankCardStrength(WithLuhn("272099999999999")), 2);
  EXPECT_EQ(BankCardStrength("5500000000000005"), 0);
  EXPECT_EQ(BankCardStrength("378282246310005"), 2);   // Amex
  EXPECT_EQ(BankCardStrength("3530111333300000"), 2);  // JCB
  EXPECT_EQ(BankCardStrength("6011111111111117"), 2);  // Discover
}

TEST(BankCardStrengthTest, UnknownBinsAndLengths) {
  EXPECT_EQ(BankCardStrength(WithLuhn("123456789012345")), 0);  // 16 digits, BIN 12
  EXPECT_EQ(BankCardStrength(WithLuhn("700000000000000")), 0);
  EXPECT_EQ(BankCardStrength(WithLuhn("810000000000000")), 0);
  EXPECT_EQ(BankCardStrength(WithLuhn("56000000000000")), 0);  // Mastercard BIN, 15 digits
  EXPECT_EQ(BankCardStrength("411111111111"), 0);              // 12 digits
  EXPECT_EQ(BankCardStrength("41111111111111111111"), 0);      // 20 digits
  EXPECT_EQ(BankCardStrength("4111-1111-1111-1111"), 0);
  EXPECT_EQ(BankCardStrength(""), 0);
}

TEST(IsIpv4Test, ValidAndInvalid) {
  EXPECT_TRUE(IsIpv4("192.168.1.10"));
  EXPECT_TRUE(IsIpv4("0.0.0.0"));
  EXPECT_TRUE(IsIpv4("255.255.255.255"));
  EXPECT_TRUE(IsIpv4("10.0.0.1"));
  EXPECT_FALSE(IsIpv4("256.1.1.1"));
  EXPECT_FALSE(IsIpv4("1.1.1.256"));
  EXPECT_FALSE(IsIpv4("01.2.3.4"));  // leading zero
  EXPECT_FALSE(IsIpv4("1.2.3.04"));
  EXPECT_FALSE(IsIpv4("1.2.00.4"));
  EXPECT_FALSE(IsIpv4("1.2.3"));
  EXPECT_FALSE(IsIpv4("1.2.3.4.5"));
  EXPECT_FALSE(IsIpv4("1..2.3"));
  EXPECT_FALSE(IsIpv4("1.2.3.4."));
  EXPECT_FALSE(IsIpv4(".1.2.3.4"));
  EXPECT_FALSE(IsIpv4("1.2.3.1000"));
  EXPECT_FALSE(IsIpv4("1.2.3.a"));
  EXPECT_FALSE(IsIpv4("1.2.3.4 "));
  EXPECT_FALSE(IsIpv4(""));
}

TEST(IsIpv6Test, FullAndCompressedForms) {
  EXPECT_TRUE(IsIpv6("2001:0db8:0000:0000:0000:ff00:0042:8329"));
  EXPECT_TRUE(IsIpv6("2001:db8::ff00:42:8329"));
  EXPECT_TRUE(IsIpv6("2001:db8::1"));
  EXPECT_TRUE(IsIpv6("::1"));
  EXPECT_TRUE(IsIpv6("::"));
  EXPECT_TRUE(IsIpv6("fe80::1ff:fe23:4567:890a"));
  EXPECT_TRUE(IsIpv6("::ffff:192.168.1.1"));
  EXPECT_TRUE(IsIpv6("2001:DB8::"));
  EXPECT_TRUE(IsIpv6("1:2:3:4:5:6:7:8"));
}

TEST(IsIpv6Test, Invalid) {
  EXPECT_FALSE(IsIpv6("2001:db8:::1"));
  EXPECT_FALSE(IsIpv6("1::2::3"));
  EXPECT_FALSE(IsIpv6("1:2:3:4:5:6:7:8:9"));
  EXPECT_FALSE(IsIpv6("1:2:3:4:5:6:7"));
  EXPECT_FALSE(IsIpv6("12345::1"));
  EXPECT_FALSE(IsIpv6("gggg::1"));
  EXPECT_FALSE(IsIpv6("fe80::1%eth0"));  // zone ids are not part of the address
  EXPECT_FALSE(IsIpv6("192.168.1.1"));
  EXPECT_FALSE(IsIpv6(":"));
  EXPECT_FALSE(IsIpv6(""));
  EXPECT_FALSE(IsIpv6(std::string(60, '1')));  // longer than any text form
}

TEST(IsMacTest, ColonDashAndCiscoForms) {
  EXPECT_TRUE(IsMac("00:1A:2B:3C:4D:5E"));
  EXPECT_TRUE(IsMac("00-1a-2b-3c-4d-5e"));
  EXPECT_TRUE(IsMac("AA-F7-CC-34-5B-89"));
  EXPECT_TRUE(IsMac("aa:bb:cc:dd:ee:ff"));
  EXPECT_TRUE(IsMac("0011.2233.4455"));
  EXPECT_TRUE(IsMac("001a.2b3c.4d5e"));
}

TEST(IsMacTest, Rejected) {
  EXPECT_FALSE(IsMac("00:1A-2B:3C:4D:5E"));  // mixed separators
  EXPECT_FALSE(IsMac("00-1A-2B-3C-4D:5E"));
  EXPECT_FALSE(IsMac("00:1A:2B:3C:4D"));  // 5 groups
  EXPECT_FALSE(IsMac("00:1A:2B:3C:4D:5E:6F"));
  EXPECT_FALSE(IsMac("00:1A:2B:3C:4D:5G"));
  EXPECT_FALSE(IsMac("001A:2B3C:4D5E:"));
  EXPECT_FALSE(IsMac("00.1A.2B.3C.4D.5E"));
  EXPECT_FALSE(IsMac("0011:2233:4455"));  // Cisco form needs dots
  EXPECT_FALSE(IsMac("0011.2233-4455"));
  EXPECT_FALSE(IsMac("001122334455"));
  EXPECT_FALSE(IsMac(""));
}

TEST(CountryCodeLengthTest, E164Codes) {
  EXPECT_EQ(CountryCodeLength("8613800138000"), 2);  // China
  EXPECT_EQ(CountryCodeLength("14155552671"), 1);    // NANP
  EXPECT_EQ(CountryCodeLength("74951234567"), 1);    // Russia
  EXPECT_EQ(CountryCodeLength("442079460958"), 2);   // UK
  EXPECT_EQ(CountryCodeLength("81312345678"), 2);    // Japan
  EXPECT_EQ(CountryCodeLength("85212345678"), 3);    // Hong Kong
  EXPECT_EQ(CountryCodeLength("85328123456"), 3);    // Macao
  EXPECT_EQ(CountryCodeLength("886212345678"), 3);   // Taiwan
  EXPECT_EQ(CountryCodeLength("35312345678"), 3);    // Ireland
  EXPECT_EQ(CountryCodeLength("212612345678"), 3);   // Morocco
  EXPECT_EQ(CountryCodeLength("971501234567"), 3);   // UAE
  EXPECT_EQ(CountryCodeLength("86"), 2);
}

TEST(CountryCodeLengthTest, UnassignedOrTooShort) {
  EXPECT_EQ(CountryCodeLength(""), 0);
  EXPECT_EQ(CountryCodeLength("0123456"), 0);
  EXPECT_EQ(CountryCodeLength("8"), 0);
  EXPECT_EQ(CountryCodeLength("85"), 0);          // 85x needs a third digit
  EXPECT_EQ(CountryCodeLength("854123456"), 0);   // unassigned
  EXPECT_EQ(CountryCodeLength("8012345678"), 0);  // 80x is not a country
  EXPECT_EQ(CountryCodeLength("28123456"), 0);
  EXPECT_EQ(CountryCodeLength("+8613800138000"), 0);
}

TEST(ImsiTest, GreaterChinaValidator) {
  EXPECT_TRUE(IsGreaterChinaImsi("454005820225883"));
  EXPECT_TRUE(IsGreaterChinaImsi("455037544020889"));
  EXPECT_TRUE(IsGreaterChinaImsi("466921234567890"));
  EXPECT_FALSE(IsGreaterChinaImsi("454995820225883"));  // HK MNC 99
  EXPECT_FALSE(IsGreaterChinaImsi("455087544020889"));  // Macau MNC 08
  EXPECT_FALSE(IsGreaterChinaImsi("466021234567890"));  // Taiwan MNC 02
  EXPECT_FALSE(IsGreaterChinaImsi("46000123456789"));   // 14 digits
  EXPECT_FALSE(IsGreaterChinaImsi("45400582022588x"));
  EXPECT_TRUE(HasImsiShape("310150123456789"));
  EXPECT_FALSE(HasImsiShape("110150123456789"));
  EXPECT_FALSE(HasImsiShape("31015012345678"));
}

}  // namespace
}  // namespace piguard::validate
