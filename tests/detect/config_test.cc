// Configuration loading: a full valid file maps onto ScanConfig field by field, and every
// mistake is reported as "<source>:<line>:<col>: <what>" pointing at the offending line, so a
// typo never silently drops a rule.
#include "piguard/config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "piguard/scanner.h"

namespace piguard {
namespace {

namespace fs = std::filesystem;

constexpr char kFullConfig[] = R"(# piguard scan configuration
version: 1
min_confidence: likely
hotword_window: 30
types:
  PHONE_NUMBER:
    enabled: true
    min_confidence: VERY_LIKELY
  MAC_ADDRESS: false
  CREDENTIAL:
    enabled: false
custom_types:
  - name: EMPLOYEE_ID
    regex: 'EMP\d{6}'
    confidence: POSSIBLE
    hotwords: [工号, employee]
  - name: PROJECT_CODE
    dictionary: [Falcon, Osprey]
    ignore_case: true
  - name: LOYALTY_CARD
    regex: 'LC\d{12}'
    validator: luhn
  - name: STAFF_ID
    regex: '\d{17}[\dX]'
    validator: mod11_2
    confidence: VERY_LIKELY
allow_list:
  values: ["10086", "support@example.com"]
  patterns: ['1380013800\d']
deny_list:
  - type: PHONE_NUMBER
    values: ["12345", "95555"]
  - type: EMPLOYEE_ID
    values: [EMP000001]
)";

TEST(ParseScanConfigTest, FullValidConfig) {
  auto r = ParseScanConfig(kFullConfig, "full.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const ScanConfig& c = r.value();
  EXPECT_EQ(c.min_likelihood, Likelihood::kLikely);
  EXPECT_EQ(c.hotword_window, 30);

  EXPECT_TRUE(c.types[kPhoneNumber].enabled);
  EXPECT_EQ(c.types[kPhoneNumber].min_likelihood, Likelihood::kVeryLikely);
  EXPECT_FALSE(c.types[kMacAddress].enabled);
  EXPECT_FALSE(c.types[kMacAddress].min_likelihood.has_value());
  EXPECT_FALSE(c.types[kCredential].enabled);
  EXPECT_TRUE(c.types[kEmailAddress].enabled);  // untouched types keep their defaults
  EXPECT_FALSE(c.types[kEmailAddress].min_likelihood.has_value());

  ASSERT_EQ(c.custom_types.size(), 4u);
  const CustomTypeConfig& emp = c.custom_types[0];
  EXPECT_EQ(emp.name, "EMPLOYEE_ID");
  EXPECT_EQ(emp.regex, R"(EMP\d{6})");
  EXPECT_TRUE(emp.dictionary.empty());
  EXPECT_EQ(emp.likelihood, Likelihood::kPossible);
  EXPECT_EQ(emp.validator, "none");
  EXPECT_FALSE(emp.ignore_case);
  EXPECT_EQ(emp.hotwords, (std::vector<std::string>{"工号", "employee"}));
  EXPECT_EQ(emp.source, "full.yaml:13:5");

  const CustomTypeConfig& proj = c.custom_types[1];
  EXPECT_EQ(proj.name, "PROJECT_CODE");
  EXPECT_TRUE(proj.regex.empty());
  EXPECT_EQ(proj.dictionary, (std::vector<std::string>{"Falcon", "Osprey"}));
  EXPECT_TRUE(proj.ignore_case);
  EXPECT_EQ(proj.likelihood, Likelihood::kLikely);  // the default

  EXPECT_EQ(c.custom_types[2].validator, "luhn");
  EXPECT_EQ(c.custom_types[3].validator, "mod11_2");
  EXPECT_EQ(c.custom_types[3].likelihood, Likelihood::kVeryLikely);

  EXPECT_EQ(c.allow_values, (std::vector<std::string>{"10086", "support@example.com"}));
  EXPECT_EQ(c.allow_patterns, (std::vector<std::string>{R"(1380013800\d)"}));
  ASSERT_EQ(c.deny_values.size(), 3u);
  EXPECT_EQ(c.deny_values[0].type, "PHONE_NUMBER");
  EXPECT_EQ(c.deny_values[0].value, "12345");
  EXPECT_EQ(c.deny_values[1].value, "95555");
  EXPECT_EQ(c.deny_values[2].type, "EMPLOYEE_ID");
  EXPECT_EQ(c.deny_values[2].value, "EMP000001");

  // And the scanner accepts it.
  auto s = Scanner::Create(c);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s.value()->TypeCount(), static_cast<size_t>(kBuiltinTypeCount) + 4);
  EXPECT_EQ(s.value()->TypeName(kFirstCustomType), "EMPLOYEE_ID");
  EXPECT_EQ(s.value()->TypeName(kFirstCustomType + 3), "STAFF_ID");
}

TEST(ParseScanConfigTest, EmptyAndCommentOnlyGiveDefaults) {
  for (const char* text : {"", "# nothing here\n", "\n\n"}) {
    auto r = ParseScanConfig(text, "empty.yaml");
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r.value().min_likelihood, Likelihood::kPossible);
    EXPECT_EQ(r.value().hotword_window, 24);
    EXPECT_TRUE(r.value().custom_types.empty());
    for (const TypeOptions& o : r.value().types) EXPECT_TRUE(o.enabled);
  }
}

TEST(ParseScanConfigTest, ConfidenceIsCaseInsensitive) {
  for (const char* v : {"very_likely", "VERY_LIKELY", "Very_Likely"}) {
    auto r = ParseScanConfig(std::string("min_confidence: ") + v + "\n", "c.yaml");
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r.value().min_likelihood, Likelihood::kVeryLikely);
  }
}

// ---------------------------------------------------------------------------------------
// Errors: "<source>:<line>:<col>: ..." with the line of the mistake.

struct ErrorCase {
  const char* yaml;
  int line;
  const char* mentions;  // a fragment the message must contain
};

void ExpectError(const ErrorCase& e) {
  auto r = ParseScanConfig(e.yaml, "cfg.yaml");
  ASSERT_FALSE(r.ok()) << "accepted:\n" << e.yaml;
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  const std::string& m = r.status().message();
  std::smatch match;
  ASSERT_TRUE(std::regex_search(m, match, std::regex(R"(^cfg\.yaml:(\d+):(\d+): \S)"))) << m;
  EXPECT_EQ(std::stoi(match[1]), e.line) << m << "\nfor:\n" << e.yaml;
  EXPECT_GE(std::stoi(match[2]), 1) << m;
  EXPECT_NE(m.find(e.mentions), std::string::npos) << m;
}

TEST(ParseScanConfigErrorsTest, UnknownTopLevelKey) {
  ExpectError({"version: 1\nmin_confidence: LIKELY\nbogus: 1\n", 3, "unknown key 'bogus'"});
  ExpectError({"min_confidance: LIKELY\n", 1, "min_confidance"});
}

TEST(ParseScanConfigErrorsTest, UnknownType) {
  ExpectError({"types:\n  PHONE_NUMBER: true\n  SSN: false\n", 3, "unknown type 'SSN'"});
  ExpectError({"types:\n  phone_number: true\n", 2, "phone_number"});
}

TEST(ParseScanConfigErrorsTest, BadConfidence) {
  ExpectError({"min_confidence: sure\n", 1, "unknown confidence 'sure'"});
  ExpectError(
      {"min_confidence: LIKELY\ntypes:\n  PHONE_NUMBER:\n    min_confidence: MAYBE\n", 4, "MAYBE"});
  ExpectError({"custom_types:\n  - name: A\n    regex: x\n    confidence: high\n", 4, "high"});
  ExpectError({"min_confidence: [LIKELY]\n", 1, "confidence"});
}

TEST(ParseScanConfigErrorsTest, CustomTypeWithRegexAndDictionary) {
  ExpectError({"custom_types:\n  - name: EMP\n    regex: \"x\"\n    dictionary: [a]\n", 2,
               "exactly one of regex or dictionary"});
  ExpectError({"custom_types:\n  - name: EMP\n", 2, "exactly one of regex or dictionary"});
}

TEST(ParseScanConfigErrorsTest, BadValidator) {
  ExpectError({"custom_types:\n  - name: EMP\n    regex: \"x\"\n    validator: crc32\n", 4,
               "unknown validator 'crc32'"});
}

TEST(ParseScanConfigErrorsTest, BadCustomTypeNames) {
  ExpectError({"custom_types:\n  - regex: \"x\"\n", 2, "needs a name"});
  ExpectError({"custom_types:\n  - name: emp\n    regex: \"x\"\n", 2, "emp"});
  ExpectError({"custom_types:\n  - name: EMP-ID\n    regex: \"x\"\n", 2, "EMP-ID"});
}

TEST(ParseScanConfigErrorsTest, YamlSyntaxError) {
  ExpectError({"min_confidence: LIKELY\na: b\n  c: d\n", 3, "YAML syntax error"});
  ExpectError({"types:\n\tPHONE_NUMBER: true\n", 2, "YAML syntax error"});
}

TEST(ParseScanConfigErrorsTest, UnknownKeysInNestedMaps) {
  ExpectError({"types:\n  PHONE_NUMBER:\n    enabled: true\n    colour: red\n", 4,
               "unknown key 'colour' in types.PHONE_NUMBER"});
  ExpectError({"custom_types:\n  - name: EMP\n    regex: \"x\"\n    hotword: [a]\n", 4,
               "unknown key 'hotword'"});
  ExpectError({"allow_list:\n  values: [a]\n  regexes: [b]\n", 3, "unknown key 'regexes'"});
  ExpectError({"deny_list:\n  - type: PHONE_NUMBER\n    values: [a]\n    note: x\n", 4,
               "unknown key 'note'"});
}

TEST(ParseScanConfigErrorsTest, WrongShapes) {
  ExpectError({"- a\n- b\n", 1, "must be a mapping"});
  ExpectError({"types: 5\n", 1, "types"});
  ExpectError({"types:\n  PHONE_NUMBER: maybe\n", 2, "true or false"});
  ExpectError({"custom_types: {name: A}\n", 1, "custom_types must be a list"});
  ExpectError({"custom_types:\n  - name: A\n    regex: x\n    hotwords: abc\n", 4, "hotwords"});
  ExpectError(
      {"custom_types:\n  - name: A\n    regex: x\n    ignore_case: maybe\n", 4, "ignore_case"});
  ExpectError({"deny_list:\n  type: PHONE_NUMBER\n", 2, "deny_list must be a list"});
  ExpectError({"deny_list:\n  - type: PHONE_NUMBER\n", 2, "needs type and values"});
  ExpectError({"deny_list:\n  - type: NOPE\n    values: [a]\n", 2, "unknown type 'NOPE'"});
  ExpectError({"allow_list:\n  values: abc\n", 2, "allow_list.values"});
}

TEST(ParseScanConfigErrorsTest, BadNumbersAndVersion) {
  ExpectError({"version: 2\n", 1, "unsupported configuration version"});
  ExpectError({"hotword_window: 500\n", 1, "hotword_window"});
  ExpectError({"hotword_window: -1\n", 1, "hotword_window"});
  ExpectError({"hotword_window: ten\n", 1, "hotword_window"});
}

TEST(ParseScanConfigErrorsTest, DenyListMayNameACustomTypeDefinedAbove) {
  auto ok = ParseScanConfig(
      "custom_types:\n  - name: EMP\n    regex: x\ndeny_list:\n  - type: EMP\n    values: [a]\n",
      "cfg.yaml");
  EXPECT_TRUE(ok.ok()) << ok.status().message();
}

// Regression (was a bug): duplicate keys were accepted and one silently dropped (yaml-cpp keeps
// both and operator[] returns the first), so a second `types:` block was ignored without a word.
TEST(ParseScanConfigErrorsTest, DuplicateKeysAreErrors) {
  ExpectError({"types:\n  PHONE_NUMBER: false\ntypes:\n  EMAIL_ADDRESS: false\n", 3, "types"});
  ExpectError({"min_confidence: LIKELY\nmin_confidence: POSSIBLE\n", 2, "min_confidence"});
}

// ---------------------------------------------------------------------------------------
// Errors found when the scanner is built from a parsed configuration.

TEST(ScannerCreateErrorsTest, BadRegexNamesTheRegexLine) {
  const char* yaml =
      "min_confidence: LIKELY\ncustom_types:\n  - name: EMP\n    regex: \"EMP(\\\\d+\"\n";
  // The pattern is compiled while parsing, so the error points at the regex itself.
  auto r = ParseScanConfig(yaml, "cfg.yaml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  const std::string& m = r.status().message();
  EXPECT_EQ(m.rfind("cfg.yaml:4:12:", 0), 0u) << m;
  EXPECT_NE(m.find("EMP"), std::string::npos) << m;
  EXPECT_NE(m.find("missing )"), std::string::npos) << m;
  // A configuration built in code (not parsed) is still checked by Scanner::Create.
  ScanConfig c;
  CustomTypeConfig t;
  t.name = "EMP";
  t.regex = "EMP(\\d+";
  t.source = "code";
  c.custom_types.push_back(t);
  auto s = Scanner::Create(c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message().rfind("code:", 0), 0u) << s.status().message();
}

TEST(ScannerCreateErrorsTest, DuplicateCustomTypeNamesTheSecondDefinition) {
  auto r = ParseScanConfig("custom_types:\n  - name: A\n    regex: x\n  - name: A\n    regex: y\n",
                           "cfg.yaml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto s = Scanner::Create(r.value());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message().rfind("cfg.yaml:4:", 0), 0u) << s.status().message();
}

// Regression (was a bug): a bad allow_list pattern was reported by Scanner::Create without any
// location ("allow pattern 'a(b': missing ): a(b").
TEST(ScannerCreateErrorsTest, BadAllowPatternHasALocation) {
  auto r = ParseScanConfig("allow_list:\n  patterns: [\"a(b\"]\n", "cfg.yaml");
  std::string m;
  if (!r.ok()) {
    m = r.status().message();
  } else {
    auto s = Scanner::Create(r.value());
    ASSERT_FALSE(s.ok());
    m = s.status().message();
  }
  EXPECT_EQ(m.rfind("cfg.yaml:2:", 0), 0u) << m;
}

// ---------------------------------------------------------------------------------------
// Files

class LoadScanConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("piguard_config_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(LoadScanConfigTest, DictionaryFileRelativeToTheConfig) {
  Write("terms.txt", "# project names\nFalcon\r\nOsprey\n\n青龙计划\n");
  std::string cfg =
      Write("scan.yaml", "custom_types:\n  - name: PROJECT\n    dictionary_file: terms.txt\n");
  auto r = LoadScanConfig(cfg);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().custom_types.size(), 1u);
  EXPECT_EQ(r.value().custom_types[0].dictionary,
            (std::vector<std::string>{"Falcon", "Osprey", "青龙计划"}));
  EXPECT_EQ(r.value().custom_types[0].source, cfg + ":2:5");
}

TEST_F(LoadScanConfigTest, MissingDictionaryFileIsAnErrorAtItsLine) {
  std::string cfg =
      Write("scan.yaml", "custom_types:\n  - name: PROJECT\n    dictionary_file: nope.txt\n");
  auto r = LoadScanConfig(cfg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(cfg + ":3:", 0), 0u) << r.status().message();
  EXPECT_NE(r.status().message().find("nope.txt"), std::string::npos);
}

TEST_F(LoadScanConfigTest, ErrorsNameTheFile) {
  std::string cfg = Write("bad.yaml", "version: 1\ntypes:\n  NOPE: true\n");
  auto r = LoadScanConfig(cfg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(cfg + ":3:3: ", 0), 0u) << r.status().message();
}

TEST_F(LoadScanConfigTest, MissingFileIsNotFound) {
  auto r = LoadScanConfig((dir_ / "absent.yaml").string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("absent.yaml"), std::string::npos);
}

}  // namespace
}  // namespace piguard
