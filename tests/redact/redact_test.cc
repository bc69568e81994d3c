// Redaction: rules parsing, each operator, format-preserving encryption per type (round trip
// and validity of every output), and rewriting of text, CSV/TSV and JSON Lines.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <functional>
#include <set>
#include <sstream>
#include <string>

#include "crypto/keys.h"
#include "detect/tables.h"
#include "detect/validators.h"
#include "piguard/redact.h"
#include "piguard/scanner.h"
#include "redact/type_ops.h"

namespace piguard {
namespace {

namespace fs = std::filesystem;

RedactKey TestKey(uint8_t seed = 1) {
  RedactKey k;
  k.id = "test";
  for (size_t i = 0; i < k.bytes.size(); ++i) k.bytes[i] = static_cast<uint8_t>(seed * 31 + i);
  return k;
}

const Scanner& DefaultScanner() {
  static auto s = Scanner::Create(ScanConfig{});
  return *s.value();
}

RedactRules Rules(const std::string& yaml) {
  auto r = ParseRedactRules(yaml, "rules.yaml");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r).value() : RedactRules{};
}

std::unique_ptr<Redactor> Make(const std::string& yaml, std::string context = "ctx",
                               Redactor::Mode mode = Redactor::Mode::kRedact, uint8_t seed = 1) {
  RedactKey key = TestKey(seed);
  auto r = Redactor::Create(DefaultScanner(), Rules(yaml), &key, context, mode);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r).value();
}

// Collects redacted output in memory.
class StringOutput : public RedactOutput {
 public:
  Status Write(const InputInfo&, std::string_view bytes) override {
    out.append(bytes);
    return Status::Ok();
  }
  void OnFinding(const InputInfo&, const Finding&) override {}
  void OnWarning(const std::string& m) override { warnings.push_back(m); }
  std::string out;
  std::vector<std::string> warnings;
};

class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content) {
    dir_ = fs::temp_directory_path() / ("piguard-redact-" + std::to_string(getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / name).string();
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() {
    fs::remove(path_);
    std::error_code ec;
    fs::remove(dir_, ec);  // the directory too, once the last file of this process is gone
  }
  const std::string& path() const { return path_; }

 private:
  fs::path dir_;
  std::string path_;
};

RedactJobSummary RunWith(const Redactor& r, const std::string& name, const std::string& content,
                         ScanJobOptions o, bool strict, std::string* out,
                         std::vector<std::string>* warnings = nullptr) {
  TempFile f(name, content);
  o.paths = {f.path()};
  StringOutput sink;
  RedactJobOptions ro;
  ro.strict = strict;
  RedactJobSummary s = RunRedactJob(r, o, ro, sink);
  *out = sink.out;
  if (warnings) *warnings = sink.warnings;
  return s;
}

RedactJobSummary RunOn(const Redactor& r, const std::string& name, const std::string& content,
                       std::string* out, int threads = 1, size_t chunk = 2u << 20,
                       bool strict = false, std::vector<std::string>* warnings = nullptr) {
  ScanJobOptions o;
  o.threads = threads;
  o.chunk_bytes = chunk;
  return RunWith(r, name, content, o, strict, out, warnings);
}

// As `redact --line-buffered` works: each record is handed on as soon as it is complete, so a
// chunk holds a line or two (the smallest chunk size cuts at every line break read).
RedactJobSummary RunLineBuffered(const Redactor& r, const std::string& name,
                                 const std::string& content, std::string* out) {
  ScanJobOptions o;
  o.chunk_bytes = 1;
  o.low_latency = true;
  return RunWith(r, name, content, o, false, out);
}

// ---------------------------------------------------------------------------------------
// Rules

struct BadRules {
  std::string yaml;
  int line, col;
  std::string says;
};

TEST(RedactRules, ErrorsNameLineColumnAndFix) {
  std::vector<BadRules> cases = {
      {"types:\n  PHONE_NUMBER: {operator: fpee}\n", 2, 28, "unknown operator 'fpee'"},
      {"types:\n  PERSON_NAME: {operator: fpe}\n", 2, 27, "cannot be used for PERSON_NAME"},
      {"types:\n  PHONE_NUMBER: {operator: mask, lenght: 3}\n", 2, 34, "unknown key 'lenght'"},
      {"types:\n  PHONE_NUMBER: {operator: replace, keep_first: 3}\n", 2, 49,
       "keep_first is a setting of mask"},
      {"types:\n  PHONE_NUMBER: {operator: mask, char: '**'}\n", 2, 40, "exactly one character"},
      {"types:\n  PHONE_NUMBER: {operator: replace, replacement: 'a,b'}\n", 2, 50,
       "may not contain"},
      {"fields:\n  - field: phone\n    operator: fpe\n", 3, 15, "add type:"},
      {"fields:\n  - operator: drop\n", 2, 5, "needs field:"},
      {"types:\n  phone: {operator: mask}\n", 2, 3, "unknown type 'phone'"},
      {"default: {operator: fpe}\n", 1, 21, "default operator"},
      {"types:\n  DATE_OF_BIRTH: {operator: date_generalize, granularity: day}\n", 2, 59,
       "year or month"},
      {"types:\n  IP_ADDRESS: {operator: drop}\n", 2, 26, "fields: rule"},
      {"version: 2\n", 1, 10, "unsupported rules version"},
      {"types: [\n", 2, 1, "YAML syntax error"},
  };
  for (const auto& c : cases) {
    auto r = ParseRedactRules(c.yaml, "rules.yaml");
    ASSERT_FALSE(r.ok()) << c.yaml;
    std::string want = "rules.yaml:" + std::to_string(c.line) + ":" + std::to_string(c.col) + ":";
    EXPECT_EQ(r.status().message().rfind(want, 0), 0u) << r.status().message();
    EXPECT_NE(r.status().message().find(c.says), std::string::npos) << r.status().message();
  }
}

TEST(RedactRules, ShippedDefaultsParseAndNeedNoKey) {
  RedactRules d = DefaultRedactRules();
  EXPECT_EQ(d.FirstKeyedUse(), "");
  EXPECT_EQ(d.types.at("PHONE_NUMBER").op, RedactOp::kMask);
  // the compiled-in text is the shipped file
  std::ifstream in(std::string(PIGUARD_SOURCE_DIR) + "/config/redact-default.yaml");
  std::stringstream buf;
  buf << in.rdbuf();
  EXPECT_EQ(buf.str(), DefaultRedactRulesYaml());
  auto r = Redactor::Create(DefaultScanner(), d, nullptr, "");
  EXPECT_TRUE(r.ok());
}

TEST(RedactRules, KeyedOperatorWithoutKeyIsAClearError) {
  auto r = Redactor::Create(DefaultScanner(), Rules("types:\n  PHONE_NUMBER: {operator: pseudonym}\n"),
                            nullptr, "");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("rules.yaml:2:17: pseudonym needs a key"), std::string::npos)
      << r.status().message();
}

TEST(RedactRules, RevealRefusesWithoutKeyOrReversibleOperator) {
  auto none = Redactor::Create(DefaultScanner(), Rules("types:\n  PHONE_NUMBER: {operator: fpe}\n"),
                               nullptr, "", Redactor::Mode::kReveal);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("--key-file"), std::string::npos);
  RedactKey key = TestKey();
  auto oneway = Redactor::Create(DefaultScanner(), Rules("default: {operator: pseudonym}\n"), &key,
                                 "", Redactor::Mode::kReveal);
  ASSERT_FALSE(oneway.ok());
  EXPECT_NE(oneway.status().message().find("one-way"), std::string::npos);
}

// ---------------------------------------------------------------------------------------
// Keyless operators

TEST(RedactOps, MaskCountsCharactersAndKeepsPunctuation) {
  OperatorSpec s;
  s.op = RedactOp::kMask;
  s.keep_first = 3;
  s.keep_last = 4;
  EXPECT_EQ(redact::Mask(s, "13800138000"), "138****8000");
  EXPECT_EQ(redact::Mask(s, "138-0013-8000"), "138-****-8000");
  EXPECT_EQ(redact::Mask(s, "１３８００１３８０００"), "１３８****８０００");
  s.keep_first = 1;
  s.keep_last = 0;
  EXPECT_EQ(redact::Mask(s, "张三丰"), "张**");
  s.mask_char = "某";
  EXPECT_EQ(redact::Mask(s, "欧阳娜娜"), "欧某某某");
  // keeping 3 + 4 of 6 characters would show everything: all are masked
  s.mask_char = "*";
  s.keep_first = 3;
  s.keep_last = 4;
  EXPECT_EQ(redact::Mask(s, "123456"), "******");
}

// The mask of an ASCII value by its definition, character by character: letters, digits and
// control characters count and are masked unless among the first keep_first or last keep_last
// of them (none are kept when that would keep them all); other characters stay as they are.
std::string PlainAsciiMask(const OperatorSpec& s, std::string_view v) {
  auto counts = [](char c) { return c < 0x20 || std::isalnum(static_cast<unsigned char>(c)); };
  int total = 0;
  for (char c : v) total += counts(c);
  int first = s.keep_first, last = s.keep_last;
  if (first + last >= total) first = last = 0;
  std::string out;
  int k = 0;
  for (char c : v) {
    if (!counts(c)) {
      out.push_back(c);
      continue;
    }
    if (k < first || k >= total - last) out.push_back(c);
    else out += s.mask_char;
    ++k;
  }
  return out;
}

TEST(RedactOps, MaskOfAsciiValuesFollowsItsDefinition) {
  std::mt19937_64 rng(7);
  for (const char* alphabet : {"0123456789", "0123456789abcXYZ", "0123456789-. @_", "a1\t\x01 "}) {
    const std::string_view letters(alphabet);
    for (int i = 0; i < 3000; ++i) {
      OperatorSpec s;
      s.op = RedactOp::kMask;
      s.keep_first = static_cast<int>(rng() % 5);
      s.keep_last = static_cast<int>(rng() % 5);
      s.mask_char = rng() % 4 ? "*" : "##";
      std::string v;
      for (size_t n = rng() % 24; n > 0; --n) v.push_back(letters[rng() % letters.size()]);
      ASSERT_EQ(redact::Mask(s, v), PlainAsciiMask(s, v))
          << "'" << v << "' keep " << s.keep_first << "/" << s.keep_last;
    }
  }
}

TEST(RedactOps, MaskedPhoneKeepsCountryPrefix) {
  auto r = Redactor::Create(DefaultScanner(), DefaultRedactRules(), nullptr, "");
  EXPECT_EQ(*r.value()->RedactValue(kPhoneNumber, "+86 139-1234-5678"), "+86 139-****-5678");
  EXPECT_EQ(*r.value()->RedactValue(kPhoneNumber, "008613912345678"), "0086139****5678");
}

TEST(RedactOps, ReplaceAndRemove) {
  auto r = Make("types:\n  EMAIL_ADDRESS: {operator: remove}\n"
                "  CREDENTIAL: {operator: replace, replacement: '[{type} removed]'}\n");
  EXPECT_EQ(*r->RedactValue(kEmailAddress, "a@b.cn"), "");
  EXPECT_EQ(*r->RedactValue(kCredential, "hunter2"), "[CREDENTIAL removed]");
  EXPECT_EQ(*r->RedactValue(kPhoneNumber, "13800138000"), "<PHONE_NUMBER>");  // default
}

TEST(RedactOps, DatesGeneralizeAndShiftKeepingTheirFormat) {
  OperatorSpec year, month;
  month.month = true;
  EXPECT_EQ(*redact::DateGeneralize(year, "1990-05-17"), "1990");
  EXPECT_EQ(*redact::DateGeneralize(month, "1990-05-17"), "1990-05");
  EXPECT_EQ(*redact::DateGeneralize(month, "1990/5/7"), "1990/05");
  EXPECT_EQ(*redact::DateGeneralize(month, "1990年5月17日"), "1990年5月");
  EXPECT_EQ(*redact::DateGeneralize(year, "1990年5月17日"), "1990年");
  EXPECT_EQ(*redact::DateGeneralize(month, "19900517"), "199005");
  EXPECT_EQ(*redact::DateGeneralize(month, "17/05/1990"), "05/1990");
  EXPECT_EQ(*redact::DateGeneralize(month, "May 17, 1990"), "May 1990");
  EXPECT_FALSE(redact::DateGeneralize(year, "1990-02-30"));
  EXPECT_FALSE(redact::DateGeneralize(year, "yesterday"));

  EXPECT_EQ(*redact::DateShift("1990-05-17", 15), "1990-06-01");
  EXPECT_EQ(*redact::DateShift("1990/5/7", -7), "1990/4/30");
  EXPECT_EQ(*redact::DateShift("1990年5月17日", 365), "1991年5月17日");
  EXPECT_EQ(*redact::DateShift("19900101", -1), "19891231");
  EXPECT_EQ(*redact::DateShift("17 May 1990", 20), "06 June 1990");  // "May" is a full name
  EXPECT_EQ(*redact::DateShift("1 Jan 1990", 40), "10 Feb 1990");
  EXPECT_EQ(*redact::DateShift("MAY 17, 1990", 31), "JUNE 17, 1990");
  EXPECT_EQ(*redact::DateShift("2000-02-28", 1), "2000-02-29");
}

TEST(RedactOps, DateShiftIsPerSubjectAndNeverZero) {
  crypto::HmacSha256 k(crypto::AsBytes("date key"));
  std::set<int> seen;
  for (int i = 0; i < 200; ++i) {
    int d = redact::DateShiftDays(k, 30, "subject-" + std::to_string(i));
    EXPECT_NE(d, 0);
    EXPECT_LE(std::abs(d), 30);
    seen.insert(d);
    EXPECT_EQ(d, redact::DateShiftDays(k, 30, "subject-" + std::to_string(i)));
  }
  EXPECT_GT(seen.size(), 30u);  // offsets spread over the range, both directions
  EXPECT_TRUE(*seen.begin() < 0 && *seen.rbegin() > 0);
}

// ---------------------------------------------------------------------------------------
// Pseudonyms

TEST(RedactOps, PseudonymsAreStablePerContextAndUnlinkableAcross) {
  const std::string rules = "types:\n  PHONE_NUMBER: {operator: pseudonym}\n"
                            "  EMAIL_ADDRESS: {operator: pseudonym, prefix: 'E-', length: 8}\n";
  auto a = Make(rules, "trustee-a");
  auto a2 = Make(rules, "trustee-a");
  auto b = Make(rules, "trustee-b");
  std::string ta = *a->RedactValue(kPhoneNumber, "13800138000");
  EXPECT_EQ(ta.substr(0, 3), "PN_");
  EXPECT_EQ(ta.size(), 3u + 16u);
  EXPECT_EQ(ta, *a2->RedactValue(kPhoneNumber, "13800138000"));     // same machine or another
  EXPECT_NE(ta, *b->RedactValue(kPhoneNumber, "13800138000"));      // other trustee
  EXPECT_NE(ta, *a->RedactValue(kPhoneNumber, "13800138001"));
  // one number, many spellings: one token (so data still joins)
  for (const char* v : {"+86 138-0013-8000", "008613800138000", "138 0013 8000", "１３８００１３８０００"})
    EXPECT_EQ(*a->RedactValue(kPhoneNumber, v), ta) << v;
  std::string e = *a->RedactValue(kEmailAddress, "Zhang.Wei@Example.com");
  EXPECT_EQ(e.size(), 10u);
  EXPECT_EQ(e, *a->RedactValue(kEmailAddress, "zhang.wei@example.com"));
  // another key: another token
  auto other = Make(rules, "trustee-a", Redactor::Mode::kRedact, 2);
  EXPECT_NE(ta, *other->RedactValue(kPhoneNumber, "13800138000"));
}

TEST(RedactOps, PseudonymGoldenValue) {
  // Pins the derivation (HKDF label, context, HMAC input) so that tokens made by one release
  // still join with tokens made by the next.
  auto a = Make("types:\n  PHONE_NUMBER: {operator: pseudonym}\n  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}\n", "golden");
  EXPECT_EQ(*a->RedactValue(kPhoneNumber, "13800138000"), "PN_0a58c12675b03ccc");
  EXPECT_EQ(*a->RedactValue(kChinaResidentIdNumber, "11010519491231002X"), "341881194510217269");
}

// ---------------------------------------------------------------------------------------
// Format-preserving encryption: every output is a valid value of its type and decrypts back.

std::string Digits(std::mt19937_64& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + rng() % 10));
  return s;
}

std::string WithLuhn(const std::string& body) {
  for (char c = '0'; c <= '9'; ++c)
    if (validate::Luhn(body + c)) return body + c;
  return body;
}

std::string RandomId18(std::mt19937_64& rng) {
  std::vector<uint32_t> counties;
  for (size_t i = 0; i < tables::kRegionCount; ++i)
    if (tables::kRegions[i].level == 3) counties.push_back(tables::kRegions[i].code);
  while (true) {
    std::string s = std::to_string(counties[rng() % counties.size()]);
    int y = 1930 + static_cast<int>(rng() % 90), m = 1 + static_cast<int>(rng() % 12),
        d = 1 + static_cast<int>(rng() % 28);
    char date[9];
    std::snprintf(date, sizeof(date), "%04d%02d%02d", y, m, d);
    s += date + Digits(rng, 3);
    s.push_back(validate::ResidentIdCheckChar(s));
    if (validate::CheckResidentId18(s).valid) return s;
  }
}

std::string RandomMobile(std::mt19937_64& rng) {
  static const char* kPrefixes[] = {"130", "131", "135", "138", "139", "150", "158", "166",
                                    "177", "180", "186", "189", "199", "147", "198"};
  while (true) {
    std::string s = std::string(kPrefixes[rng() % 15]) + Digits(rng, 8);
    if (validate::IsCnMobile(s)) return s;
  }
}

// PseudonymBatch writes what PseudonymTo writes, for any number of pseudonyms (full batches
// written by Append, the rest by Flush), into one text or several, with lengths that show no
// digit, an odd number of digits or all 64, and across changes of key.
TEST(RedactOps, PseudonymBatchWritesWhatPseudonymToWrites) {
  const crypto::HmacSha256 key_a(crypto::AsBytes("key a")), key_b(crypto::AsBytes("key b"));
  std::vector<OperatorSpec> specs(4);
  specs[0].prefix = "P-";
  specs[0].length = 0;
  specs[1].length = 7;
  specs[2].length = 64;
  std::mt19937_64 rng(9);
  for (int count = 0; count <= 40; ++count) {
    SCOPED_TRACE(std::to_string(count) + " pseudonyms");
    std::string texts[2], want[2];
    redact::PseudonymBatch batch;
    for (int i = 0; i < count; ++i) {
      const crypto::HmacSha256& key = i == 5 || (i >= 20 && i < 23) ? key_b : key_a;
      const OperatorSpec& spec = specs[rng() % specs.size()];
      const std::string value = i == 3 || i == 30 ? std::string(60, '7') : RandomMobile(rng);
      const size_t text = rng() % 2;
      redact::PseudonymTo(key, spec, kPhoneNumber, "PHONE_NUMBER", value, &want[text]);
      want[text] += ' ';
      batch.Append(key, spec, kPhoneNumber, "PHONE_NUMBER", value, &texts[text]);
      texts[text] += ' ';  // text appended while a pseudonym is pending
    }
    batch.Flush();
    EXPECT_FALSE(batch.pending());
    EXPECT_EQ(texts[0], want[0]);
    EXPECT_EQ(texts[1], want[1]);
  }
}

struct FpeCase {
  TypeId type;
  std::function<std::string(std::mt19937_64&)> make;
  std::function<bool(const std::string&)> valid;
  std::function<bool(const std::string&, const std::string&)> keeps;  // what must be kept
  bool same_length = true;   // IP text changes length; hex case is not kept
  bool exact_case = true;
};

TEST(RedactFpe, EveryOutputIsValidAndRevealsToTheInput) {
  auto red = Make("default: {operator: replace}\n"
                  "types:\n"
                  "  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}\n  PHONE_NUMBER: {operator: fpe}\n"
                  "  BANK_CARD_NUMBER: {operator: fpe}\n  IMEI_HARDWARE_ID: {operator: fpe}\n"
                  "  IMSI_ID: {operator: fpe}\n  ICCID_NUMBER: {operator: fpe}\n"
                  "  MEID: {operator: fpe}\n  MAC_ADDRESS: {operator: fpe}\n"
                  "  CHINA_PASSPORT: {operator: fpe}\n  HK_MACAU_TRAVEL_PERMIT: {operator: fpe}\n"
                  "  CHINA_LICENSE_PLATE: {operator: fpe}\n  EMAIL_ADDRESS: {operator: fpe}\n"
                  "  IP_ADDRESS: {operator: fpe}\n");
  auto rev = Make("default: {operator: replace}\n"
                  "types:\n"
                  "  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}\n  PHONE_NUMBER: {operator: fpe}\n"
                  "  BANK_CARD_NUMBER: {operator: fpe}\n  IMEI_HARDWARE_ID: {operator: fpe}\n"
                  "  IMSI_ID: {operator: fpe}\n  ICCID_NUMBER: {operator: fpe}\n"
                  "  MEID: {operator: fpe}\n  MAC_ADDRESS: {operator: fpe}\n"
                  "  CHINA_PASSPORT: {operator: fpe}\n  HK_MACAU_TRAVEL_PERMIT: {operator: fpe}\n"
                  "  CHINA_LICENSE_PLATE: {operator: fpe}\n  EMAIL_ADDRESS: {operator: fpe}\n"
                  "  IP_ADDRESS: {operator: fpe}\n",
                  "ctx", Redactor::Mode::kReveal);
  auto prefix = [](size_t n) {
    return [n](const std::string& a, const std::string& b) { return a.substr(0, n) == b.substr(0, n); };
  };
  std::vector<FpeCase> cases = {
      {kChinaResidentIdNumber, RandomId18,
       [](const std::string& s) {
         auto c = validate::CheckResidentId18(s);
         return c.valid && c.region == validate::RegionEvidence::kKnownCode;
       },
       [](const std::string&, const std::string&) { return true; }},
      {kChinaResidentIdNumber,
       [](std::mt19937_64& rng) {
         std::string s = RandomId18(rng);
         return s.substr(0, 6) + s.substr(8, 4 + 2 + 3);  // 15-digit legacy form
       },
       [](const std::string& s) { return validate::CheckResidentId15(s).valid; },
       [](const std::string&, const std::string&) { return true; }},
      {kPhoneNumber, RandomMobile, [](const std::string& s) { return validate::IsCnMobile(s); },
       prefix(3)},
      {kBankCardNumber, [](std::mt19937_64& rng) { return WithLuhn("622202" + Digits(rng, 12)); },
       [](const std::string& s) { return validate::Luhn(s) && validate::BankCardStrength(s) > 0; },
       prefix(6)},
      {kImeiHardwareId, [](std::mt19937_64& rng) { return WithLuhn("35" + Digits(rng, 12)); },
       [](const std::string& s) { return validate::IsImei(s); }, prefix(8)},
      {kImsiId, [](std::mt19937_64& rng) { return "46000" + Digits(rng, 10); },
       [](const std::string& s) { return validate::IsCnImsi(s); }, prefix(5)},
      {kIccidNumber, [](std::mt19937_64& rng) { return WithLuhn("898600" + Digits(rng, 13)); },
       [](const std::string& s) { return validate::IsCnIccid(s) && validate::Luhn(s); }, prefix(6)},
      {kMeid, [](std::mt19937_64& rng) {
         static const char* hex = "0123456789ABCDEF";
         std::string s = "A0";
         for (int i = 0; i < 12; ++i) s.push_back(hex[rng() % 16]);
         return s;
       },
       [](const std::string& s) { return validate::IsMeid(s); }, prefix(8), true, false},
      {kMacAddress, [](std::mt19937_64& rng) {
         char buf[18];
         std::snprintf(buf, sizeof(buf), "%02x:%02x:%02x:%02x:%02x:%02x", int(rng() % 256),
                       int(rng() % 256), int(rng() % 256), int(rng() % 256), int(rng() % 256),
                       int(rng() % 256));
         return std::string(buf);
       },
       [](const std::string& s) { return validate::IsMac(s); }, prefix(8), true, false},
      {kChinaPassport, [](std::mt19937_64& rng) { return "E" + Digits(rng, 8); },
       [](const std::string& s) { return s.size() == 9 && s[0] == 'E'; }, prefix(1)},
      {kIpAddress, [](std::mt19937_64& rng) {
         return std::to_string(rng() % 223 + 1) + "." + std::to_string(rng() % 256) + "." +
                std::to_string(rng() % 256) + "." + std::to_string(rng() % 256);
       },
       [](const std::string& s) { return validate::IsIpv4(s); },
       [](const std::string&, const std::string&) { return true; }, false},
      {kChinaLicensePlate, [](std::mt19937_64& rng) { return "京A" + Digits(rng, 5); },
       [](const std::string& s) {
         std::string serial = s.substr(4);
         int digits = 0;
         for (char c : serial) digits += c >= '0' && c <= '9';
         return serial.size() == 5 && digits >= 3 && serial.find_first_of("IO") == std::string::npos;
       },
       prefix(4)},
  };
  std::mt19937_64 rng(20261129);
  for (const auto& c : cases) {
    int changed = 0;
    for (int i = 0; i < 300; ++i) {
      std::string in = c.make(rng);
      ASSERT_TRUE(c.valid(in)) << in;
      auto out = red->RedactValue(c.type, in);
      ASSERT_TRUE(out.has_value());
      if (c.same_length) {
        EXPECT_EQ(out->size(), in.size()) << in;
      }
      EXPECT_TRUE(c.valid(*out)) << BuiltinTypeName(c.type) << ": " << in << " -> " << *out;
      EXPECT_TRUE(c.keeps(in, *out)) << in << " -> " << *out;
      changed += *out != in;
      auto back = rev->RevealValue(c.type, *out);
      ASSERT_TRUE(back.ok()) << back.status().message();
      auto lower = [](std::string v) {
        for (char& ch : v) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return v;
      };
      if (c.exact_case) EXPECT_EQ(back.value(), in);
      else EXPECT_EQ(lower(back.value()), lower(in));
      EXPECT_EQ(*red->RedactValue(c.type, in), *out);  // deterministic
    }
    EXPECT_GE(changed, 295) << BuiltinTypeName(c.type);
  }
}

TEST(RedactFpe, SeparatorsFullWidthAndPrefixesAreKept) {
  auto red = Make("types:\n  PHONE_NUMBER: {operator: fpe}\n  BANK_CARD_NUMBER: {operator: fpe}\n"
                  "  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}\n");
  auto rev = Make("types:\n  PHONE_NUMBER: {operator: fpe}\n  BANK_CARD_NUMBER: {operator: fpe}\n"
                  "  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}\n",
                  "ctx", Redactor::Mode::kReveal);
  for (std::string in : {"+86 138-0013-8000", "0086 13800138000", "１３８００１３８０００",
                         "010-62345678", "(0551)3125969", "+1 650 253 0000"}) {
    std::string out = *red->RedactValue(kPhoneNumber, in);
    EXPECT_NE(out, in);
    EXPECT_EQ(out.size(), in.size()) << out;
    for (size_t i = 0; i < in.size(); ++i)
      if (!(in[i] >= '0' && in[i] <= '9') && static_cast<unsigned char>(in[i]) < 0x80) {
        EXPECT_EQ(out[i], in[i]) << in << " -> " << out;
      }
    EXPECT_EQ(rev->RevealValue(kPhoneNumber, out).value(), in);
  }
  EXPECT_EQ(red->RedactValue(kPhoneNumber, "010-62345678")->substr(0, 4), "010-");
  std::string card = *red->RedactValue(kBankCardNumber, "6222 0212 3456 7890 128");
  EXPECT_EQ(card.substr(0, 7), "6222 02");
  // an ID with a lower-case x keeps its case when the check is X again, and an ID whose
  // region is not in the table keeps its region
  // an ID with a lower-case x reveals to the same ID (the check letter's case is not kept
  // when the token's check character is a digit)
  std::string id = *red->RedactValue(kChinaResidentIdNumber, "11010519491231002x");
  EXPECT_EQ(rev->RevealValue(kChinaResidentIdNumber, id).value(), "11010519491231002X");
}

TEST(RedactFpe, ValuesTooShortFallBackToReplace) {
  auto red = Make("types:\n  EMAIL_ADDRESS: {operator: fpe}\n");
  EXPECT_EQ(*red->RedactValue(kEmailAddress, "ab@example.com"), "<EMAIL_ADDRESS>");
  std::string e = *red->RedactValue(kEmailAddress, "zhang.wei@example.com");
  EXPECT_EQ(e.substr(e.find('@')), "@example.com");
  EXPECT_EQ(e[5], '.');
}

TEST(RedactFpe, ContextsGiveUnrelatedOutputs) {
  const std::string rules = "types:\n  PHONE_NUMBER: {operator: fpe}\n";
  auto a = Make(rules, "vendor-a"), b = Make(rules, "vendor-b");
  int same = 0;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 100; ++i) {
    std::string p = RandomMobile(rng);
    same += *a->RedactValue(kPhoneNumber, p) == *b->RedactValue(kPhoneNumber, p);
  }
  EXPECT_LE(same, 1);
  // reveal with the wrong context does not give the input back
  auto wrong = Make(rules, "vendor-b", Redactor::Mode::kReveal);
  std::string t = *a->RedactValue(kPhoneNumber, "13800138000");
  EXPECT_NE(wrong->RevealValue(kPhoneNumber, t).value(), "13800138000");
}

// ---------------------------------------------------------------------------------------
// Rewriting formats

TEST(RedactRewrite, TextKeepsEveryOtherByte) {
  auto r = Make("default: {operator: replace}\n");
  std::string in = "2026-11-29 login user=13800138000 from 10.1.2.3 ok\nno pi here\r\nlast line no newline 13912345678";
  std::string out;
  RunOn(*r, "a.log", in, &out);
  EXPECT_EQ(out, "2026-11-29 login user=<PHONE_NUMBER> from <IP_ADDRESS> ok\nno pi here\r\n"
                 "last line no newline <PHONE_NUMBER>");
}

TEST(RedactRewrite, CsvQuotingAndHeadersPreservedColumnsDropped) {
  auto r = Make("default: {operator: replace}\n"
                "fields:\n  - field: note\n    operator: drop\n"
                "  - field: name\n    type: PERSON_NAME\n    operator: mask\n    keep_first: 1\n"
                "    whole_value: true\n");
  std::string in = "name,phone,note\n张伟,13800138000,x\n\"Li, Na\",\"call 13912345678\",\"a \"\"b\"\"\"\n";
  std::string out;
  RunOn(*r, "a.csv", in, &out);
  EXPECT_EQ(out, "name,phone\n张*,<PHONE_NUMBER>\n\"L*, **\",\"call <PHONE_NUMBER>\"\n");
}

TEST(RedactRewrite, CsvDropFirstLastAndAdjacentColumns) {
  std::string in = "a,b,c,d\n1,2,3,4\n";
  auto drop = [&](const std::string& cols) {
    std::string yaml = "fields:\n";
    for (char c : cols) yaml += "  - {field: " + std::string(1, c) + ", operator: drop}\n";
    std::string out;
    RunOn(*Make(yaml), "t.csv", in, &out);
    return out;
  };
  EXPECT_EQ(drop("a"), "b,c,d\n2,3,4\n");
  EXPECT_EQ(drop("d"), "a,b,c\n1,2,3\n");
  EXPECT_EQ(drop("cd"), "a,b\n1,2\n");
  EXPECT_EQ(drop("ab"), "c,d\n3,4\n");
  EXPECT_EQ(drop("bc"), "a,d\n1,4\n");
  EXPECT_EQ(drop("abcd"), "\n\n");
}

TEST(RedactRewrite, RevealDecryptsWholeValuesAndNeverDrops) {
  const std::string rules =
      "types:\n  PHONE_NUMBER: {operator: fpe}\n"
      "fields:\n  - {field: note, operator: drop}\n"
      "  - {field: msisdn, type: PHONE_NUMBER, operator: fpe, whole_value: true}\n";
  std::string in = "msisdn,note\n13800138000,x\n";
  std::string red, back;
  RunOn(*Make(rules), "r.csv", in, &red);
  EXPECT_EQ(red.substr(0, 7), "msisdn\n");
  EXPECT_NE(red, "msisdn\n13800138000\n");
  // reveal of data that still has a `note` column keeps it
  std::string with_note = "msisdn,note\n" + red.substr(7, 11) + ",x\n";
  RunOn(*Make(rules, "ctx", Redactor::Mode::kReveal), "r.csv", with_note, &back);
  EXPECT_EQ(back, in);
}

TEST(RedactRewrite, TsvPassesHiveNullThrough) {
  auto r = Make("default: {operator: replace}\n");
  std::string out;
  RunOn(*r, "t.tsv", "msisdn\tnote\n13800138000\t\\N\n\\N\thi\n", &out);
  EXPECT_EQ(out, "msisdn\tnote\n<PHONE_NUMBER>\t\\N\n\\N\thi\n");
}

TEST(RedactRewrite, JsonStaysValidJson) {
  auto r = Make("default: {operator: mask, keep_first: 1}\n"
                "types:\n  PHONE_NUMBER: {operator: fpe}\n  IP_ADDRESS: {operator: replace}\n"
                "fields:\n  - field: $.debug\n    operator: drop\n"
                "  - field: '**.secret'\n    operator: drop\n");
  std::string in =
      "{\"debug\":{\"x\":[1,\"}\"]},\"phone\":13800138000,\"ip\":10.0,\"n\":\"\\u5f20\\u4f1f\"}\n"
      "{\"a\":{\"secret\":\"s\",\"b\":1},\"msg\":\"tel 13912345678\",\"quote\":\"李\\\"娜\"}\n"
      "{\"only\":{\"secret\":1}}\n";
  std::string out;
  std::vector<std::string> warnings;
  RunOn(*r, "a.jsonl", in, &out, 1, 2u << 20, false, &warnings);
  EXPECT_TRUE(warnings.empty());
  simdjson::ondemand::parser parser;
  size_t lines = 0;
  std::istringstream is(out);
  for (std::string line; std::getline(is, line); ++lines) {
    simdjson::padded_string p(line);
    simdjson::ondemand::document doc;
    ASSERT_EQ(parser.iterate(p).get(doc), simdjson::SUCCESS) << line;
    std::string_view json;
    ASSERT_EQ(simdjson::to_json_string(doc).get(json), simdjson::SUCCESS) << line;
  }
  EXPECT_EQ(lines, 3u);
  EXPECT_EQ(out.find("debug"), std::string::npos) << out;
  EXPECT_EQ(out.find("secret"), std::string::npos) << out;
  EXPECT_EQ(out.find("13800138000"), std::string::npos);
  EXPECT_NE(out.find("\"phone\":138"), std::string::npos) << out;  // still a number
  EXPECT_NE(out.find("{\"only\":{}}"), std::string::npos) << out;
}

TEST(RedactRewrite, SameOutputForAnyThreadsAndChunkSize) {
  auto r = Make("default: {operator: pseudonym}\n");
  std::string in;
  std::mt19937_64 rng(3);
  for (int i = 0; i < 3000; ++i)
    in += "line " + std::to_string(i) + " msisdn=" + RandomMobile(rng) + " id " + RandomId18(rng) + "\n";
  std::string one, many;
  RunOn(*r, "big.log", in, &one, 1);
  RunOn(*r, "big.log", in, &many, 3, 4096);
  EXPECT_EQ(one, many);
  EXPECT_EQ(std::count(one.begin(), one.end(), '\n'), 3000);
}

// The rewriter computes pseudonyms in batches (redact::PseudonymBatch): what it writes must be
// redact::Pseudonym's, for 1..40 pseudonyms in a chunk (partial, full and several batches), in
// one chunk and line by line, with values too long to batch (computed at once) and other
// operators between.
TEST(RedactRewrite, BatchedPseudonymsAreThoseOfPseudonym) {
  const std::string yaml =
      "default: {operator: pseudonym}\n"
      "types:\n  EMAIL_ADDRESS: {operator: pseudonym, prefix: 'E-', length: 9}\n"
      "  IP_ADDRESS: {operator: replace}\n";
  auto r = Make(yaml);
  const RedactRules rules = Rules(yaml);
  const RedactKey master = TestKey();
  auto subkey = crypto::DeriveKey(crypto::SecretKey(std::span<const uint8_t, 32>(master.bytes)),
                                  "piguard/redact/pseudonym", "ctx");
  ASSERT_TRUE(subkey.ok());
  const crypto::HmacSha256 hmac(subkey.value().bytes());
  auto pseudonym = [&](TypeId type, const std::string& value) {
    const std::string name(DefaultScanner().TypeName(type));
    auto it = rules.types.find(name);
    return redact::Pseudonym(hmac, it != rules.types.end() ? it->second : rules.default_spec,
                             type, name, value);
  };
  std::mt19937_64 rng(5);
  for (int count = 1; count <= 40; ++count) {
    // `count` pseudonyms, one a line: mobiles, and every third an e-mail address, every sixth
    // one so long that its message does not fit one block; each line ends with a replaced IP.
    std::string text, text_want, csv = "msisdn,ip\n", csv_want = csv;
    for (int i = 0; i < count; ++i) {
      std::string value = RandomMobile(rng);
      TypeId type = kPhoneNumber;
      if (i % 3 == 2) {
        value = std::string(i % 6 == 5 ? 45 : 5, static_cast<char>('a' + i % 26)) + "@example.com";
        type = kEmailAddress;
      }
      const std::string token = pseudonym(type, value);
      text += "line " + std::to_string(i) + " to " + value + " from 10.0.0.1\n";
      text_want += "line " + std::to_string(i) + " to " + token + " from <IP_ADDRESS>\n";
      csv += value + ",10.0.0." + std::to_string(i + 1) + "\n";
      csv_want += token + ",<IP_ADDRESS>\n";
    }
    SCOPED_TRACE(std::to_string(count) + " pseudonyms");
    std::string out;
    RunOn(*r, "p.log", text, &out);
    EXPECT_EQ(out, text_want);
    RunLineBuffered(*r, "p.log", text, &out);
    EXPECT_EQ(out, text_want);
    RunOn(*r, "p.csv", csv, &out);
    EXPECT_EQ(out, csv_want);
    RunLineBuffered(*r, "p.csv", csv, &out);
    EXPECT_EQ(out, csv_want);
  }
}

TEST(RedactRewrite, MalformedJsonIsRedactedAsTextOrStopsWhenStrict) {
  auto r = Make("default: {operator: replace}\n");
  std::string in = "{\"p\":\"13800138000\"}\n{broken 13912345678\n";
  std::string out;
  auto s = RunOn(*r, "m.jsonl", in, &out);
  EXPECT_EQ(out, "{\"p\":\"<PHONE_NUMBER>\"}\n{broken <PHONE_NUMBER>\n");
  EXPECT_EQ(s.stats.malformed_records, 1u);
  EXPECT_FALSE(s.stopped_strict);
  std::string strict_out;
  auto t = RunOn(*r, "m.jsonl", in, &strict_out, 1, 2u << 20, /*strict=*/true);
  EXPECT_TRUE(t.stopped_strict);
  EXPECT_EQ(strict_out, "");  // the chunk holding the bad record is not written
}

TEST(RedactRewrite, DateShiftUsesTheSubjectFieldOfTheRecord) {
  auto r = Make("types:\n  DATE_OF_BIRTH: {operator: date_shift, max_days: 60, subject_field: uid}\n");
  std::string in = "uid,birthday\nu1,1990-05-17\nu1,1990-05-18\nu2,1990-05-17\n";
  std::string out;
  RunOn(*r, "d.csv", in, &out);
  std::vector<std::string> lines;
  std::istringstream is(out);
  for (std::string l; std::getline(is, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 4u);
  auto day = [](const std::string& l) { return l.substr(l.find(',') + 1); };
  // the same subject moves by the same offset: the interval between its dates is kept
  auto d1 = day(lines[1]), d2 = day(lines[2]);
  EXPECT_NE(d1, "1990-05-17");
  EXPECT_EQ(*redact::DateShift(d1, 1), d2);
}

// A pretty-printed JSON document whose top level is an array of records: each element is a
// record, and its "uid" (path "$[k].uid") is the subject. The layout is kept byte for byte.
TEST(RedactRewrite, JsonDocumentRecordsAreTopLevelElements) {
  auto r = Make("types:\n  DATE_OF_BIRTH: {operator: date_shift, max_days: 60, subject_field: uid}\n"
                "  PHONE_NUMBER: {operator: replace}\n");
  std::string in =
      "[\n  {\"uid\": \"u1\", \"dob\": \"1990-05-17\"},\n"
      "  {\"uid\": \"u2\", \"dob\": \"1990-05-17\"},\n"
      "  {\"uid\": \"u1\", \"dob\": \"1990-05-18\",\n   \"tel\": 13800138000}\n]\n";
  std::string out;
  RunOn(*r, "d.json", in, &out);
  std::vector<std::string> dates;
  for (size_t p = 0; (p = out.find("\"dob\": \"", p)) != std::string::npos; p += 8)
    dates.push_back(out.substr(p + 8, 10));
  ASSERT_EQ(dates.size(), 3u) << out;
  EXPECT_NE(dates[0], "1990-05-17");
  EXPECT_EQ(*redact::DateShift(dates[0], 1), dates[2]);  // u1's dates keep their interval
  EXPECT_NE(dates[1], dates[0]);                          // u2 moves by its own offset
  EXPECT_NE(out.find("\"tel\": \"<PHONE_NUMBER>\"}\n]\n"), std::string::npos) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), std::count(in.begin(), in.end(), '\n'));
}

// Tokens and canonical forms of IP findings are written by AppendIpv4Text/AppendIpv6Text
// instead of inet_ntop; they must write what inet_ntop writes, byte for byte: zero runs at
// every place and length (ties, single zero groups), embedded IPv4 forms, random addresses.
TEST(RedactIpText, MatchesInetNtop) {
  auto want = [](int family, const uint8_t* a) {
    char text[INET6_ADDRSTRLEN];
    EXPECT_NE(inet_ntop(family, a, text, sizeof(text)), nullptr);
    return std::string(text);
  };
  std::mt19937_64 rng(5);
  std::array<uint8_t, 4> a4{};
  for (int i = 0; i < 20000; ++i) {
    for (auto& b : a4) b = static_cast<uint8_t>(i < 256 ? i : rng());
    std::string got;
    redact::AppendIpv4Text(a4, &got);
    ASSERT_EQ(got, want(AF_INET, a4.data()));
  }
  std::array<uint8_t, 16> a6{};
  for (uint32_t zeros = 0; zeros < 256; ++zeros) {  // each group zero or not: all 256 shapes
    for (int variant = 0; variant < 40; ++variant) {
      for (size_t g = 0; g < 8; ++g) {
        uint16_t w = 0;
        if (!(zeros >> g & 1)) {
          switch (variant % 4) {
            case 0: w = static_cast<uint16_t>(rng()); break;
            case 1: w = static_cast<uint16_t>(rng() & 0xf); break;  // one digit
            case 2: w = 0xffff; break;                             // ::ffff:a.b.c.d shapes
            default: w = static_cast<uint16_t>(rng() & 0xff0); break;
          }
          if (w == 0) w = 1;
        }
        a6[2 * g] = static_cast<uint8_t>(w >> 8);
        a6[2 * g + 1] = static_cast<uint8_t>(w);
      }
      if (variant % 8 == 7)  // group 6/7 bytes varied independently (embedded IPv4)
        for (size_t b = 12; b < 16; ++b) a6[b] = static_cast<uint8_t>(rng());
      std::string got;
      redact::AppendIpv6Text(a6, &got);
      ASSERT_EQ(got, want(AF_INET6, a6.data())) << "zero groups " << zeros;
    }
  }
}

}  // namespace
}  // namespace piguard
