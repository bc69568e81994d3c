// Detectors, end to end through Scanner::Scan: every built-in type in realistic sentences and
// log lines (Chinese and English) with exact byte offsets into the original input, the
// look-alikes that must not be reported, context (hotwords, field names, exclusions) and the
// configuration knobs that change what is reported.
#include <gtest/gtest.h>

#include <algorithm>

#include <cctype>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "piguard/config.h"
#include "piguard/scanner.h"

namespace piguard {
namespace {

struct Hit {
  uint64_t start = 0, end = 0, line = 0;
  std::string type;
  Likelihood likelihood = Likelihood::kPossible;
  std::string detector, field, value;
};

std::string Describe(const std::vector<Hit>& hits) {
  std::ostringstream o;
  o << hits.size() << " finding(s):";
  for (const Hit& h : hits)
    o << "\n  [" << h.start << "," << h.end << ") " << h.type << " " << LikelihoodName(h.likelihood)
      << " detector=" << h.detector << " field='" << h.field << "' value='" << h.value << "'";
  return o.str();
}

class Collector : public FindingSink {
 public:
  explicit Collector(const Scanner& s) : s_(s) {}
  void OnFinding(const Finding& f) override {
    hits.push_back({f.start, f.end, f.line, std::string(s_.TypeName(f.type)), f.likelihood,
                    std::string(f.detector), std::string(f.field), std::string(f.value)});
  }
  std::vector<Hit> hits;

 private:
  const Scanner& s_;
};

std::unique_ptr<Scanner> MakeScanner(const ScanConfig& config) {
  auto s = Scanner::Create(config);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(s).value() : nullptr;
}

// The scanner as shipped (min POSSIBLE) and one that reports everything, to read likelihoods.
const Scanner& Default() {
  static const std::unique_ptr<Scanner> s = MakeScanner(ScanConfig{});
  return *s;
}
const Scanner& Everything() {
  static const std::unique_ptr<Scanner> s = [] {
    ScanConfig c;
    c.min_likelihood = Likelihood::kVeryUnlikely;
    return MakeScanner(c);
  }();
  return *s;
}

std::vector<Hit> Scan(std::string_view text, const Scanner& s = Default()) {
  Collector c(s);
  ScanScratch scratch;
  Segment seg;
  seg.text = text;
  s.Scan(seg, scratch, c);
  return c.hits;
}

// A whole structured value (CSV cell / JSON string) under a field name.
std::vector<Hit> ScanField(std::string_view field, std::string_view value,
                           const Scanner& s = Default(), bool whole_value = true) {
  Collector c(s);
  ScanScratch scratch;
  FieldClass fc = s.ClassifyField(field);
  Segment seg;
  seg.text = value;
  seg.field = field;
  seg.field_class = &fc;
  seg.whole_value = whole_value;
  s.Scan(seg, scratch, c);
  return c.hits;
}

std::vector<Hit> OfType(const std::vector<Hit>& hits, std::string_view type) {
  std::vector<Hit> out;
  for (const Hit& h : hits)
    if (h.type == type) out.push_back(h);
  return out;
}

// Asserts that `text` yields a finding of `type` covering exactly the first occurrence of
// `value` (byte offsets into `text`), and returns it.
Hit ExpectAt(std::string_view text, std::string_view value, std::string_view type,
             const Scanner& s = Default()) {
  std::vector<Hit> hits = Scan(text, s);
  size_t start = text.find(value);
  EXPECT_NE(start, std::string_view::npos) << "test bug: '" << value << "' not in text";
  for (const Hit& h : hits) {
    if (h.type == type && h.start == start && h.end == start + value.size()) {
      EXPECT_EQ(h.value, value);
      // The line of the value: 1 plus the line breaks before it.
      EXPECT_EQ(h.line, 1u + static_cast<uint64_t>(std::count(text.begin(), text.begin() + start, '\n')));
      return h;
    }
  }
  ADD_FAILURE() << "expected " << type << " [" << start << "," << start + value.size() << ") '"
                << value << "' in: " << text << "\n"
                << Describe(hits);
  return {};
}

// Asserts that nothing at all is reported for `text`.
void ExpectNothing(std::string_view text, const Scanner& s = Default()) {
  std::vector<Hit> hits = Scan(text, s);
  EXPECT_TRUE(hits.empty()) << "in: " << text << "\n" << Describe(hits);
}

// Asserts that no finding of `type` is reported for `text`.
void ExpectNoType(std::string_view text, std::string_view type, const Scanner& s = Default()) {
  std::vector<Hit> hits = Scan(text, s);
  EXPECT_TRUE(OfType(hits, type).empty()) << "no " << type << " expected in: " << text << "\n"
                                          << Describe(hits);
}

int Rank(Likelihood l) { return static_cast<int>(l); }

// ---------------------------------------------------------------------------------------
// Type names

TEST(TypeNamesTest, BuiltinNamesMatchTheMission) {
  const char* names[] = {"CHINA_RESIDENT_ID_NUMBER",
                         "CHINA_PASSPORT",
                         "HK_MACAU_TRAVEL_PERMIT",
                         "PERSON_NAME",
                         "DATE_OF_BIRTH",
                         "STREET_ADDRESS",
                         "PHONE_NUMBER",
                         "EMAIL_ADDRESS",
                         "BANK_CARD_NUMBER",
                         "CREDENTIAL",
                         "IMSI_ID",
                         "IMEI_HARDWARE_ID",
                         "MEID",
                         "ICCID_NUMBER",
                         "MAC_ADDRESS",
                         "IP_ADDRESS",
                         "LOCATION_COORDINATES",
                         "CELL_ID",
                         "CHINA_LICENSE_PLATE"};
  ASSERT_EQ(std::size(names), static_cast<size_t>(kBuiltinTypeCount));
  for (TypeId t = 0; t < kBuiltinTypeCount; ++t) {
    EXPECT_EQ(BuiltinTypeName(t), names[t]);
    EXPECT_EQ(Default().TypeName(t), names[t]);
    EXPECT_EQ(BuiltinTypeFromName(names[t]), t);
  }
  EXPECT_EQ(Default().TypeCount(), static_cast<size_t>(kBuiltinTypeCount));
  EXPECT_EQ(BuiltinTypeName(kBuiltinTypeCount), "");
  EXPECT_FALSE(BuiltinTypeFromName("phone_number").has_value());
  EXPECT_FALSE(BuiltinTypeFromName("SSN").has_value());
}

TEST(TypeNamesTest, LikelihoodNames) {
  EXPECT_EQ(LikelihoodName(Likelihood::kVeryUnlikely), "VERY_UNLIKELY");
  EXPECT_EQ(LikelihoodName(Likelihood::kVeryLikely), "VERY_LIKELY");
  EXPECT_EQ(ParseLikelihood("likely"), Likelihood::kLikely);
  EXPECT_EQ(ParseLikelihood("Very_Unlikely"), Likelihood::kVeryUnlikely);
  EXPECT_FALSE(ParseLikelihood("maybe").has_value());
  EXPECT_EQ(Raise(Likelihood::kLikely, 3), Likelihood::kVeryLikely);
  EXPECT_EQ(Raise(Likelihood::kUnlikely, -5), Likelihood::kVeryUnlikely);
}

TEST(ScannerTest, EmptyAndPlainTextYieldNothing) {
  ExpectNothing("");
  ExpectNothing("The quick brown fox jumps over the lazy dog.");
  ExpectNothing("今天天气很好，我们去公园散步吧。");
}

// ---------------------------------------------------------------------------------------
// CHINA_RESIDENT_ID_NUMBER

TEST(ResidentIdTest, ChineseAndEnglishSentences) {
  ExpectAt("身份证号：11010519491231002X，请核对。", "11010519491231002X",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("Customer ID card no. 440306198510201236 verified", "440306198510201236",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("证件号码 11010519491231002x 已登记", "11010519491231002x", "CHINA_RESIDENT_ID_NUMBER");
  Hit h = ExpectAt("身份证号11010519491231002X", "11010519491231002X", "CHINA_RESIDENT_ID_NUMBER");
  EXPECT_EQ(h.start, 12u);  // 身份证号 is four 3-byte characters
  EXPECT_EQ(h.end, 30u);
  EXPECT_EQ(h.likelihood, Likelihood::kVeryLikely);
}

TEST(ResidentIdTest, ResidencePermitAndAbolishedRegion) {
  ExpectAt("港澳居民居住证 810000199001010019", "810000199001010019", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("身份证 110103198001011235", "110103198001011235", "CHINA_RESIDENT_ID_NUMBER");
  // A residence permit's number under its label is as sure as under 身份证号码.
  Hit h = ExpectAt("港澳台居民居住证号码：830000199001011234", "830000199001011234",
                   "CHINA_RESIDENT_ID_NUMBER");
  EXPECT_EQ(h.likelihood, Likelihood::kVeryLikely);
}

TEST(ResidentIdTest, InvalidOnesNotReported) {
  ExpectNoType("身份证号：110105194912310021", "CHINA_RESIDENT_ID_NUMBER");  // check char
  ExpectNoType("身份证号：990105194912310024", "CHINA_RESIDENT_ID_NUMBER");  // province 99
  ExpectNoType("身份证号：110105199902291236", "CHINA_RESIDENT_ID_NUMBER");  // 1999-02-29
  // A valid ID inside a longer digit run or an alphanumeric token.
  ExpectNoType("txn 911010519491231002X7 ok", "CHINA_RESIDENT_ID_NUMBER");
  ExpectNoType("ref 511010519491231002X ok", "CHINA_RESIDENT_ID_NUMBER");
  ExpectNoType("key AB11010519491231002X ok", "CHINA_RESIDENT_ID_NUMBER");
}

// ---------------------------------------------------------------------------------------
// CHINA_PASSPORT and HK_MACAU_TRAVEL_PERMIT

TEST(PassportTest, Forms) {
  ExpectAt("护照号码：E12345678", "E12345678", "CHINA_PASSPORT");
  ExpectAt("passport no. EA1234567, issued in Beijing", "EA1234567", "CHINA_PASSPORT");
  ExpectAt("旧护照 G12345678 已过期", "G12345678", "CHINA_PASSPORT");
  ExpectNoType("passport E1234567", "CHINA_PASSPORT");    // 7 digits
  ExpectNoType("passport E123456789", "CHINA_PASSPORT");  // 9 digits
  ExpectNoType("passport XE12345678", "CHINA_PASSPORT");  // inside a longer token
  ExpectNoType("passport EI1234567", "CHINA_PASSPORT");   // I is never used
}

TEST(HkMacauPermitTest, Forms) {
  ExpectAt("港澳通行证C12345678办理续签", "C12345678", "HK_MACAU_TRAVEL_PERMIT");
  ExpectAt("exit-entry permit CA1234567 for Hong Kong", "CA1234567", "HK_MACAU_TRAVEL_PERMIT");
  ExpectNoType("permit C1234567", "HK_MACAU_TRAVEL_PERMIT");
}

// ---------------------------------------------------------------------------------------
// PERSON_NAME

TEST(PersonNameTest, AfterTriggersInRunningText) {
  std::string text = "您好，我叫张伟，电话13800138000";
  ExpectAt(text, "张伟", "PERSON_NAME");
  ExpectAt(text, "13800138000", "PHONE_NUMBER");
  ExpectAt("姓名：李明", "李明", "PERSON_NAME");
  ExpectAt("联系人：王小明 13800138000", "王小明", "PERSON_NAME");
}

TEST(PersonNameTest, CompoundSurnames) {
  Hit h = ExpectAt("我叫司马相如", "司马相如", "PERSON_NAME");
  EXPECT_EQ(h.start, 6u);
  EXPECT_EQ(h.end, 18u);
  ExpectAt("我叫欧阳娜娜，来自上海", "欧阳娜娜", "PERSON_NAME");
}

// A surname and 先生/女士/小姐 alone in a name column is how a record says "Mr. Yu" when
// the name was not asked for: not a name.
TEST(PersonNameTest, SurnameAndFormOfAddressInANameField) {
  for (const char* v : {"余先生", "王女士", "欧阳小姐"})
    EXPECT_TRUE(OfType(ScanField("客户名称", v), "PERSON_NAME").empty()) << v;
  EXPECT_EQ(OfType(ScanField("客户名称", "王建国"), "PERSON_NAME").size(), 1u);
}

TEST(PersonNameTest, NameField) {
  std::vector<Hit> hits = ScanField("cust_name", "王小明");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "PERSON_NAME");
  EXPECT_EQ(hits[0].start, 0u);
  EXPECT_EQ(hits[0].end, 9u);
  EXPECT_EQ(hits[0].field, "cust_name");

  hits = ScanField("姓名", "司马相如");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "PERSON_NAME");
  EXPECT_EQ(hits[0].end, 12u);

  // Surrounding blanks of a CSV cell are not part of the name.
  hits = ScanField("cust_name", " 张伟 ");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].start, 1u);
  EXPECT_EQ(hits[0].end, 7u);
}

TEST(PersonNameTest, LatinNamesInANameField) {
  std::vector<Hit> hits = ScanField("name", "Zhang Wei");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "PERSON_NAME");
  EXPECT_EQ(hits[0].start, 0u);
  EXPECT_EQ(hits[0].end, 9u);
  hits = ScanField("customer_name", "Mary Ann Smith");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].end, 14u);
  // Not a person's name column, or not a name's shape.
  EXPECT_TRUE(OfType(ScanField("product_name", "Zhang Wei"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("name", "Zhang"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("name", "A B C D E"), "PERSON_NAME").empty());
  // A Latin name in free text without a field is not guessed.
  EXPECT_TRUE(OfType(Scan("Zhang Wei called today"), "PERSON_NAME").empty());
}

// A relative or acquaintance "is called" (叫) a name, as callers say on the phone.
TEST(PersonNameTest, RelativeIsCalled) {
  ExpectAt("我老婆叫王芳，她的号码是13712345678", "王芳", "PERSON_NAME");
  ExpectAt("他儿子叫李小龙。", "李小龙", "PERSON_NAME");
  ExpectAt("我朋友叫张伟", "张伟", "PERSON_NAME");
  ExpectNoType("这条街叫王府井大街", "PERSON_NAME");  // a place is called so too
  ExpectNoType("孩子叫什么名字", "PERSON_NAME");
  ExpectNoType("老婆叫外卖了", "PERSON_NAME");
}

// Letters, complaints, contracts and bank forms name people by their role.
TEST(PersonNameTest, RolesInLettersContractsAndForms) {
  ExpectAt("本人王芳，女，汉族", "王芳", "PERSON_NAME");
  ExpectAt("信访人：王芳　手机：13812345678", "王芳", "PERSON_NAME");
  ExpectAt("反映人：王芳，电话", "王芳", "PERSON_NAME");
  ExpectAt("乙方（承租方）：王芳，身份证号", "王芳", "PERSON_NAME");
  ExpectAt("户名：王芳，账号6222021234567890123", "王芳", "PERSON_NAME");
  ExpectNoType("乙方：中国移动通信集团湖南有限公司", "PERSON_NAME");
  ExpectNoType("本人同意以上条款", "PERSON_NAME");
  for (const char* field : {"开户人", "户名", "开户名", "账户名", "信访人", "FN", "CN", "用户名称"})
    EXPECT_EQ(OfType(ScanField(field, "王芳"), "PERSON_NAME").size(), 1u) << field;
  EXPECT_TRUE(OfType(ScanField("用户名", "王芳"), "PERSON_NAME").empty());  // an account
  // An operator's 用户名称 may be a company's.
  EXPECT_TRUE(OfType(ScanField("用户名称", "中国移动通信集团湖南有限公司"), "PERSON_NAME").empty());
  ExpectAt("FN:王芳", "王芳", "PERSON_NAME");
  ExpectAt("ATTENDEE;CN=王芳;ROLE=REQ-PARTICIPANT:mailto:wf@example.com", "王芳",
           "PERSON_NAME");
  ExpectAt("CN=Zhang Wei,OU=Sales,DC=example,DC=com", "Zhang Wei", "PERSON_NAME");
}

// A customer or user who calls or asks, in call-centre notes and work orders.
TEST(PersonNameTest, CallerInCallCentreNotes) {
  ExpectAt("客户熊强来电咨询套餐", "熊强", "PERSON_NAME");
  ExpectAt("备注：用户林超艳来电反映信号差", "林超艳", "PERSON_NAME");
  ExpectAt("客户王芳要求补卡", "王芳", "PERSON_NAME");
  // 顾客 (a shop's word for customer) as 客户: its 顾 is also a surname, so 顾客王 is no name.
  ExpectAt("顾客熊强来电咨询套餐", "熊强", "PERSON_NAME");
  ExpectAt("顾客邵淑桂（身份证号见附件）", "邵淑桂", "PERSON_NAME");
  for (const char* text : {"客户经理来电", "用户本人来电", "客户服务中心来电", "用户王某来电",
                           "客户张某某来电反映", "客户满意度调查", "王芳来电", "客户来电咨询",
                           "用户来电要求", "用户王先生来电，称号码被冒用", "顾客王女士来电反映问题",
                           "顾客李先生来电", "顾客满意度调查", "顾客服务中心来电", "顾客来电咨询",
                           "客户申请停机", "用户办理携号转网"})
    ExpectNoType(text, "PERSON_NAME");
  // The longest name match took the verb's first character (蒋欣反), and more verbs.
  ExpectAt("客户蒋欣反映信号差", "蒋欣", "PERSON_NAME");
  ExpectAt("用户田甜申请销户", "田甜", "PERSON_NAME");
  ExpectAt("机主钱多多办理了过户", "钱多多", "PERSON_NAME");
}

// The holder of numbers or accounts (X名下) and the person themself (X本人).
TEST(PersonNameTest, HolderBeforeMingxiaOrBenren) {
  ExpectAt("客户：帮我查下刘海涛名下的号码", "刘海涛", "PERSON_NAME");
  ExpectAt("坐席：核实一下，您是徐峥本人吗？", "徐峥", "PERSON_NAME");
  for (const char* text : {"请查询用户名下的号码", "机主本人到场", "需要客户本人携带身份证",
                           "王总本人同意", "张先生名下"})
    ExpectNoType(text, "PERSON_NAME");
}

// Words that only look like a name where a name could stand: a unit after a number (年 and
// 万 are surnames), a place and a surname before 先生, a surname and a title in a list.
TEST(PersonNameTest, UnitsPlacesAndTitlesAreNoNames) {
  ExpectNoType("唐泓， 1965年出生，男，法学硕士", "PERSON_NAME");
  ExpectNoType("我花了3万元，男，", "PERSON_NAME");
  ExpectNoType("福州高先生告诉记者", "PERSON_NAME");
  ExpectAt("陈盟飞先生：1958年9月出生", "陈盟飞", "PERSON_NAME");  // 盟 is a division suffix
  const std::vector<Hit> list = OfType(Scan("高级策划经理舒畅，舒总。首先"), "PERSON_NAME");
  ASSERT_EQ(list.size(), 1u) << Describe(list);
  EXPECT_EQ(list[0].value, "舒畅");
}

// Logs and shell histories: a passport's machine-readable name (SURNAME, GIVEN) under a
// name key, a name after a valid mobile and a comma, a full name under user=.
TEST(PersonNameTest, LogsAndShellHistories) {
  ExpectAt("passport mrz parse: no=G08190808 name=XIE, JUN birth=2001-09-15", "XIE, JUN",
           "PERSON_NAME");
  ExpectAt("echo \"13988427756,陈子轩\" >> /data/whitelist", "陈子轩", "PERSON_NAME");
  ExpectNoType("echo \"13988427756,如有疑问\"", "PERSON_NAME");
  ExpectAt("NullPointerException, user=向蕾 msisdn=17249495091", "向蕾", "PERSON_NAME");
  ExpectNoType("user=中国移动 ok", "PERSON_NAME");
  ExpectNoType("status=OK, DONE x", "PERSON_NAME");
}

// Schools' messages: a pupil after "<surname>家长：" with the same surname, a teacher's
// signature (a full name and 老师 after a sentence's end), and 若 inside given names.
TEST(PersonNameTest, SchoolMessages) {
  ExpectAt("【文澜实验中学】张家长：张若汐今日物理作业未交", "张若汐", "PERSON_NAME");
  ExpectNoType("张家长：王若汐今日物理作业未交", "PERSON_NAME");  // another surname
  ExpectAt("作业未按时提交，请督促完成。林军老师 06月06日", "林军", "PERSON_NAME");
  ExpectNoType("请督促完成。英语老师 06月06日", "PERSON_NAME");
  ExpectNoType("谢谢王老师。", "PERSON_NAME");
  ExpectAt("我叫丁芷若。", "丁芷若", "PERSON_NAME");
  ExpectAt("2024-06-03 20:55:58 丁芷若爸爸\n收到", "丁芷若", "PERSON_NAME");
}

// Posts and notices: 可 and 刚 in given names after a role, a name before its holder's
// mobile with its country code, what a parcel's recipient field says.
TEST(PersonNameTest, PostsAndNotices) {
  ExpectAt("已为您登记，处理人刘可馨将在48小时内联系您", "刘可馨", "PERSON_NAME");
  ExpectAt("报修4次都没人上门，装维师傅姚刚电话 +8613559646251", "姚刚", "PERSON_NAME");
  ExpectNoType("联系人刘可以帮你", "PERSON_NAME");
  ExpectNoType("客户：刘可能来不了", "PERSON_NAME");
  ExpectAt("如有知情者请联系：   女儿 邓丽华 +86 137 8035 7591", "邓丽华", "PERSON_NAME");
  ExpectAt("舅舅 吕刚 0086 13440252346", "吕刚", "PERSON_NAME");
  ExpectAt("单号 734198675099195，收件人写的白国庆，电话 132****6810", "白国庆", "PERSON_NAME");
  ExpectAt("客户：登记人写的是赵敏。", "赵敏", "PERSON_NAME");
  ExpectNoType("上面写的是周末不营业", "PERSON_NAME");
}

// A SWIFT payment's ordering customer and beneficiary: a person's name and address under
// :50K: / :59: (name line, address lines, country) and :50F: (1/ name, 2/ address); a
// company's are none.
TEST(PersonNameTest, SwiftPartyFields) {
  const std::string mt103 =
      ":20:FT24068Y4T53T\n:50K:/6225213801204400\nSHEN GUIHONG\nRM 2207 BLDG 27 XINGHE DANDI\n"
      "540 JIANGUO ROAD SHENZHEN\nCN\n:59:/004-755380-838\nBRIGHT HORIZON TRADING LTD\n"
      "UNIT 1201 88 QUEENSWAY ADMIRALTY\nHK\n:50F:/6217990507533567772\n1/FANG XIUYUN\n"
      "2/RM 1005 BLDG 16 JINDI MINGYUAN\n3/CN/GUANGZHOU\n:71A:SHA\n";
  std::vector<std::string> names, addresses;
  for (const Hit& h : Scan(mt103)) {
    if (h.type == "PERSON_NAME") names.push_back(h.value);
    if (h.type == "STREET_ADDRESS") addresses.push_back(h.value);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"SHEN GUIHONG", "FANG XIUYUN"}));
  EXPECT_EQ(addresses, (std::vector<std::string>{
                           "RM 2207 BLDG 27 XINGHE DANDI\n540 JIANGUO ROAD SHENZHEN",
                           "RM 1005 BLDG 16 JINDI MINGYUAN"}));
  ExpectNoType("text :59: SHEN GUIHONG", "PERSON_NAME");  // not at a line's start
}

// Hong Kong, Macau and Taiwan records: a letter's 親愛的, a surname in capitals before the
// given names (MA Kam Wah), capitals under a Chinese name key, not software under a name key.
TEST(PersonNameTest, HongKongAndTaiwanRecords) {
  ExpectAt("親愛的張穎欣：  多謝你嘅查詢", "張穎欣", "PERSON_NAME");
  ExpectNoType("亲爱的用户：您好", "PERSON_NAME");
  ExpectNoType("亲爱的王老师：", "PERSON_NAME");
  ExpectAt("英文姓名 English Name      : MA Kam Wah    性別 Sex", "MA Kam Wah", "PERSON_NAME");
  ExpectAt("Name: AU YEUNG Tsz Ching Vivian", "AU YEUNG Tsz Ching Vivian", "PERSON_NAME");
  ExpectAt("t {\"姓名\":\"譚嘉欣\",\"英文姓名\":\"TAM, KA YAN\",\"出生日期\":\"1990\"}",
           "TAM, KA YAN", "PERSON_NAME");
  ExpectNoType("CLIENT_PROGRAM_NAME     : SQL Developer", "PERSON_NAME");
  ExpectNoType("{\"产品名\":\"IPHONE PRO\"}", "PERSON_NAME");
}

// A staff member after a role and a staff number, as quality-control reports list agents.
TEST(PersonNameTest, StaffAfterRoleAndNumber) {
  ExpectAt("### 案例3  通话 CC202404121480745082  坐席 GZ83075 蔡娜雪\n", "蔡娜雪", "PERSON_NAME");
  ExpectAt("工号 7084 林国勇 处理", "林国勇", "PERSON_NAME");
  ExpectNoType("坐席 GZ83075 周末值班", "PERSON_NAME");
  ExpectNoType("版本 V2 王者荣耀", "PERSON_NAME");
}

// A modal particle after a self-introduction ends what was said (我是邓超啊); a native of a
// place (我是江西人) and a word (高手, 白领) are no names.
TEST(PersonNameTest, SelfIntroductionEndedByAParticle) {
  ExpectAt("客户：你好我是邓超啊", "邓超", "PERSON_NAME");
  ExpectAt("我是李娜呀，帮我查下话费", "李娜", "PERSON_NAME");
  for (const char* text : {"我是高手啊", "我是白领啊", "我是江西人。", "我是黄冈人啊", "我是谁啊"})
    ExpectNoType(text, "PERSON_NAME");
}

// People named in news reports and announcements: after a title or occupation, or after a
// boundary and before a verb of speech; the byline's reporters.
TEST(PersonNameTest, NamedInReports) {
  ExpectAt("本报记者张建国报道，市民李红梅表示满意", "张建国", "PERSON_NAME");
  ExpectAt("本报记者张建国报道，市民李红梅表示满意", "李红梅", "PERSON_NAME");
  ExpectAt("该公司总经理王志强介绍，今年销售额增长", "王志强", "PERSON_NAME");
  ExpectAt("比赛结束后。刘德明说，这项工作非常重要", "刘德明", "PERSON_NAME");
  ExpectAt("据黄文波透露，目前已有三千户", "黄文波", "PERSON_NAME");
  ExpectAt("导演张艺谋的新片将于明年上映", "张艺谋", "PERSON_NAME");
  ExpectAt("（记者李文峰通讯员王丽）", "李文峰", "PERSON_NAME");
  ExpectAt("本报记者胡金华上海报道", "胡金华", "PERSON_NAME");
  ExpectAt("，王伟介绍说", "王伟", "PERSON_NAME");  // 王伟介 is cut where 介绍 starts
  ExpectAt("《英雄》由陈凯歌导演", "陈凯歌", "PERSON_NAME");
  ExpectAt("，李明（化名）今年三十岁", "李明", "PERSON_NAME");
  ExpectAt("当天，刘晓东等人到达现场", "刘晓东", "PERSON_NAME");
  ExpectAt("今年35岁的赵丽华在超市工作", "赵丽华", "PERSON_NAME");
  // In traditional characters, as Hong Kong and Taiwan papers write them.
  ExpectAt("本報記者張建國報導", "張建國", "PERSON_NAME");
  ExpectAt("該公司總經理王志強介紹，今年", "王志強", "PERSON_NAME");
  for (const char* text : {
           "欧赔方面同样不看好主队",            // 方面 is a word
           "设计师方面的专家",                  // ... also after a role
           "副总经理方总说，今年不错",          // a surname and a title
           "岳麓分局长江派出所出警",            // 分局长 + 长江: no name ends at 派出所
           "民警于次日将其抓获",                // 于 after a role is "on"
           "业内专家向晨报表示，持有人",        // 向 before a verb is "to"
           "泰瑞·乔治执导的影片",              // the second part of a transliterated name
           "他说，公司表示欢迎",                // no surname
           "学习委员王某某表示同意"})           // a withheld name
    ExpectNoType(text, "PERSON_NAME");
}

// The speaker's family, named straight after the kinship word ("我老公丁艳超的号"): the name
// must end at a function word or punctuation.
TEST(PersonNameTest, SpeakersFamily) {
  ExpectAt("用户：我老公丁艳超的号138 7227 1234停机了", "丁艳超", "PERSON_NAME");
  ExpectAt("申诉内容：我家里老人许霞的号码被停了", "许霞", "PERSON_NAME");
  ExpectAt("我爱人王强说他没办过", "王强", "PERSON_NAME");
  ExpectAt("我老公王强。", "王强", "PERSON_NAME");
  ExpectNoType("我老公司的电脑坏了", "PERSON_NAME");  // 老公司: an old company
  ExpectNoType("我老公说要办宽带", "PERSON_NAME");
  ExpectNoType("我爱人民币", "PERSON_NAME");
  ExpectNoType("我老公王小明天去", "PERSON_NAME");  // no clean end: 王小明 or 王小?
}

// A label written without a colon (姓名田宇平, 户名周鹏红), a changed contact, a recipient
// under an address, and a name followed by its holder's ID or mobile number.
TEST(PersonNameTest, LabelsWithoutColonAndNameThenNumber) {
  // A name, then a label of that person's ID or mobile number and the number, valid.
  ExpectAt("借  条\n今借到叶坤洁（身份证号 11010519491231002X）人民币", "叶坤洁", "PERSON_NAME");
  ExpectAt("  郭怡博  身份证：11010519491231002X", "郭怡博", "PERSON_NAME");
  // A vehicle licence's owner field: name, document type and number joined by '/'.
  ExpectAt("机动车所有人/身份证明名称/号码 石兰怡/居民身份证/11010519491231002X", "石兰怡",
           "PERSON_NAME");
  ExpectNoType("机动车所有人/身份证明名称/号码 石兰怡/居民身份证/110105194912310021", "PERSON_NAME");
  ExpectAt("联系张晓东，手机号为13812345678", "张晓东", "PERSON_NAME");
  ExpectNoType("今借到叶坤洁（身份证号 110105194912310021）", "PERSON_NAME");  // check digit
  // ... or of a Hong Kong and Macao permit, with its number.
  ExpectAt("7161,卢飞玉 往来港澳通行证 C32297912", "卢飞玉", "PERSON_NAME");
  ExpectAt("现场支撑：郭涛，港澳通行证 W29829449，", "郭涛", "PERSON_NAME");
  ExpectNoType("7161,卢飞玉 往来港澳通行证 已办理", "PERSON_NAME");
  // A driver before the plate of the car they drove.
  const std::string crash = "经查，张建平驾驶湘A·76E7W与罗璐驾驶的湘A9AH56发生刮擦";
  ExpectAt(crash, "张建平", "PERSON_NAME");
  ExpectAt(crash, "罗璐", "PERSON_NAME");
  ExpectNoType("经查，张建平驾驶车辆与罗璐驾驶的电动车发生刮擦", "PERSON_NAME");
  ExpectNoType("王府井（电话 13812345678）", "PERSON_NAME");  // a place, as common words go
  ExpectAt("证件号440106199809140013  姓名田宇平", "田宇平", "PERSON_NAME");
  ExpectAt("开户行中国工商银行，户名周鹏红，账号622848", "周鹏红", "PERSON_NAME");
  ExpectAt("我叫李强，名字王芳", "王芳", "PERSON_NAME");
  ExpectAt("请把联系人改为彭倩霞", "彭倩霞", "PERSON_NAME");
  ExpectAt("花园路216号4号楼204室，叶亮平收，13799970123", "叶亮平", "PERSON_NAME");
  ExpectAt("捡到身份证（曾涵然，410105195408011237），请失主联系", "曾涵然", "PERSON_NAME");
  ExpectAt("联系方式：王芳 13800138000", "王芳", "PERSON_NAME");
  ExpectNoType("用户名王者荣耀", "PERSON_NAME");   // 用户名 is a login
  ExpectNoType("张三收到了短信", "PERSON_NAME");   // 收到, not 收 + punctuation
  ExpectNoType("营业厅高兴地收，13800138000", "PERSON_NAME");
  ExpectNoType("订单（王芳，41010519540801123）", "PERSON_NAME");  // 17 digits: no ID
  ExpectNoType("金额：王芳，13800138000123", "PERSON_NAME");       // 14 digits: no mobile
}

// Forms turned into text: the label in a table cell, on the line above, padded with blanks,
// spaced out by OCR, or qualified in brackets before its colon.
TEST(PersonNameTest, FormLabelsAcrossCellsLinesAndBrackets) {
  ExpectAt("姓名 | 欧阳飞 | 户主或与户主关系 | 户主", "欧阳飞", "PERSON_NAME");
  ExpectAt("申请人姓名\n张丽\n证件类型\n居民身份证", "张丽", "PERSON_NAME");
  ExpectAt("客户名称        冯宁淑\n证件类型", "冯宁淑", "PERSON_NAME");
  ExpectAt("姓 名 孟海\n性 别 女", "孟海", "PERSON_NAME");
  ExpectAt("开户行：招商银行\n户    名：宋成\n账 号：6225", "宋成", "PERSON_NAME");
  ExpectAt("乙方（劳动者）：雷瑶 性别：女", "雷瑶", "PERSON_NAME");
  ExpectAt("法定代表人（主要负责人）：赵春英\n联系电话", "赵春英", "PERSON_NAME");
  ExpectAt("甲方（签字/手印）：宋成 日期：2024年5月12日", "宋成", "PERSON_NAME");
  ExpectAt("所有人 李勇\n住址 陕西省", "李勇", "PERSON_NAME");
  ExpectAt("曾用名 | 侯坤国\n性别 | 男", "侯坤国", "PERSON_NAME");
  ExpectAt("转账至 13085165434（实名：莫瑶睿）", "莫瑶睿", "PERSON_NAME");
  // Not a person: a company in the cell, words after a label, a qualifier without a label.
  ExpectNoType("客户名称        王府井百货有限公司\n", "PERSON_NAME");
  ExpectNoType("乙方（承租方）：北京某某科技有限公司", "PERSON_NAME");
  ExpectNoType("所有人张贴告示", "PERSON_NAME");
  ExpectNoType("备注（见附件）：张贴于门口", "PERSON_NAME");
  ExpectNoType("说明\n王府井大街人很多", "PERSON_NAME");
}

// Call transcripts: a name or a birth date given as the answer to the question on the line
// before, the agent named in a call's header, a name closed by 。 after 叫.
TEST(PersonNameTest, AnswersInCallTranscripts) {
  ExpectAt("[00:00:10.000] 坐席：请问机主的姓名。\n[00:00:13.611] 客户：任健帆\n", "任健帆", "PERSON_NAME");
  ExpectAt("A: 您叫什么名字？\nB: 马林。\n", "马林", "PERSON_NAME");
  ExpectAt("坐席工号: 741459 | 坐席: 蒋慧 | 主叫: 8619", "蒋慧", "PERSON_NAME");
  ExpectAt("客户：机主是我老婆，叫马芳。", "马芳", "PERSON_NAME");
  ExpectAt("A: 请报一下您的出生日期。\nB: 1968年12月18日。\n", "1968年12月18日", "DATE_OF_BIRTH");
  // Day first, as Hong Kong writes it.
  ExpectAt("[14:22:10] 客服: 得，請再提供出生日期\n[14:23:00] 客戶: 21/05/2005\n", "21/05/2005",
           "DATE_OF_BIRTH");
  ExpectNoType("[14:22:10] 客服: 請提供身份證號碼\n[14:23:00] 客戶: 21/05/2005\n", "DATE_OF_BIRTH");
  ExpectNoType("坐席：请问机主的姓名。\n客户：好的\n", "PERSON_NAME");
  ExpectNoType("坐席：请问办理什么业务。\n客户：王府井\n", "PERSON_NAME");   // no name asked for
  // A licence's date under its birth date answers no question.
  EXPECT_EQ(OfType(Scan("出生日期 2001-12-07\n初次领证日期 2020-11-05\n"), "DATE_OF_BIRTH").size(), 1u);
  ExpectNoType("坐席：您好，请问有什么可以帮您", "PERSON_NAME");
}

// Posts and ads: sellers, buyers, roommates and tenants; a name then a grouped mobile.
TEST(PersonNameTest, PostsAndAds) {
  ExpectAt("卖家：刘晓明\n联系方式 1", "刘晓明", "PERSON_NAME");
  ExpectAt("室友：方德明 电话", "方德明", "PERSON_NAME");
  ExpectAt("上一任租客王芳的押金收据", "王芳", "PERSON_NAME");
  ExpectAt("名字都是毛淑芬", "毛淑芬", "PERSON_NAME");
  ExpectAt("18. 6-4-2401 马宁 178 7432 3898", "马宁", "PERSON_NAME");
  ExpectNoType("卖家：全新未拆封", "PERSON_NAME");
  ExpectAt("- 内有：身份证（方刚）、中行银行卡", "方刚", "PERSON_NAME");
  ExpectNoType("- 内有：身份证（复印件）", "PERSON_NAME");
  ExpectAt("18. 仓库 马宁 178 7432 3898", "马宁", "PERSON_NAME");
  ExpectNoType("18. 仓库 马宁 178 7432 389", "PERSON_NAME");  // ten digits: no mobile
}

// Court documents, police and medical records name people by role. A party (原告, 被告,
// 被执行人) may be a company or be followed by other words: the name must stand alone and
// start with a common surname.
TEST(PersonNameTest, RolesInCourtPoliceAndMedicalRecords) {
  ExpectAt("被告人徐斌然犯危险驾驶罪", "徐斌然", "PERSON_NAME");
  ExpectAt("审判员　　杨俊贵", "杨俊贵", "PERSON_NAME");
  ExpectAt("原告赵泽俊与被告刘雪民间借贷纠纷", "赵泽俊", "PERSON_NAME");
  ExpectAt("报警人邵敏珍称与妻子廖蕾发生口角", "邵敏珍", "PERSON_NAME");
  ExpectAt("主治医师：郑英瑶　　住院医师：冯玲莉", "郑英瑶", "PERSON_NAME");
  ExpectAt("参会人：吴玉华，记录人：史良", "史良", "PERSON_NAME");
  for (const char* text : {"被告人张某某犯盗窃罪", "原告代理律师指出", "存入被告银行，被告",
                           "原被告双方在庭前", "被告有保证存款", "推荐人须熟悉申请人",
                           "申请执行人：石家庄市华信电子", "被告：苏州市某某物业",
                           "一名在晋江打工的江西籍受害人向警方报案，", "报警人向公安机关反映"})
    ExpectNoType(text, "PERSON_NAME");
}

// A biography's subject (annual reports, prospectuses, résumés): a name at a line's or a
// sentence's start, its colon or comma, then a nationality, an ethnicity or a year of birth.
TEST(PersonNameTest, BiographySubjects) {
  ExpectAt("喻陆：中国国籍，无境外永久居留权", "喻陆", "PERSON_NAME");
  ExpectAt("张兆善，中国国籍，", "张兆善", "PERSON_NAME");
  ExpectAt("董事会成员。杨铁强：1962年12月出生，男，", "杨铁强", "PERSON_NAME");
  ExpectAt("盛毅：1956年生，经济学博士", "盛毅", "PERSON_NAME");
  // An office after a comma is no subject (the person before it is); neither is a year
  // that is no birth.
  const std::string office = "周逸群先生，董事，中国国籍，汉族";
  ExpectAt(office, "周逸群", "PERSON_NAME");
  EXPECT_EQ(OfType(Scan(office), "PERSON_NAME").size(), 1u);
  for (const char* text : {"公司，常务：中国国籍", "王成：2019年加入公司"})
    ExpectNoType(text, "PERSON_NAME");
}

// A kinship word names a relative only after whose it is.
TEST(PersonNameTest, RelativesAfterWhoseTheyAre) {
  ExpectAt("患者腹痛半天，诉其丈夫陈春红近日亦有类似症状", "陈春红", "PERSON_NAME");
  ExpectAt("由朋友王凤颖陪同就诊。", "王凤颖", "PERSON_NAME");
  ExpectAt("报警人称与妻子廖蕾发生口角", "廖蕾", "PERSON_NAME");
  ExpectAt("报警人称与前夫廖德发生口角", "廖德", "PERSON_NAME");
  ExpectAt("婚育史：25岁结婚，配偶吴佳兰，体健", "吴佳兰", "PERSON_NAME");
  ExpectAt("家族史：父母健在，其兄潘睿（出生日期", "潘睿", "PERSON_NAME");
  ExpectAt("尊敬的家长您好，您的孩子朱欣然，本次月考成绩", "朱欣然", "PERSON_NAME");
  ExpectAt("请准时参加。咨询电话0571-86273300，班主任林军。", "林军", "PERSON_NAME");
  ExpectAt("被告人徐斌然的妻子刘英代其缴纳罚金", "刘英", "PERSON_NAME");
  for (const char* text : {"持有美国雷曼兄弟公司发行的", "中国妇女儿童基金会", "教授的父亲常常在家",
                           "请彩民朋友有选择的借鉴", "父亲后首次出山"})
    ExpectNoType(text, "PERSON_NAME");
}

// Keys and columns that name a person by role: a Chinese noun ending in 人, 员, 师, 户 ...,
// and renter, driver, patient ... Withheld names (汤某) and shops (初见女装) are none.
TEST(PersonNameTest, RoleKeysAndColumns) {
  for (const char* field : {"报警人", "处警民警", "主治医师", "租户", "客户签字", "renter",
                            "driver", "patient", "发件人"})
    EXPECT_EQ(OfType(ScanField(field, "王芳"), "PERSON_NAME").size(), 1u) << field;
  for (const char* field : {"个人", "人员", "会员等级", "商户", "出警", "或者"})
    EXPECT_TRUE(OfType(ScanField(field, "王芳"), "PERSON_NAME").empty()) << field;
  EXPECT_TRUE(OfType(ScanField("报警人", "汤某"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("报警人", "张某甲"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("寄件人", "初见女装"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("受益人", "法定"), "PERSON_NAME").empty());
  for (const char* v : {"张师傅", "王总", "李老师", "房东", "妈妈"})
    EXPECT_TRUE(OfType(ScanField("FN", v), "PERSON_NAME").empty()) << v;
  EXPECT_TRUE(OfType(ScanField("FN", "张师傅-装修"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("$.items[0].name", "麻辣烫"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("$.order.items[0].name", "王老吉"), "PERSON_NAME").empty());
  // An API page's list two members up does not hide the person the member names.
  // (JSON walks classify a path without its indices.)
  for (const char* key : {"$.items.customer.name", "$.data.items.holder.name",
                          "$.hits.contact.name", "$.records.agent.name"})
    EXPECT_EQ(OfType(ScanField(key, "王芳"), "PERSON_NAME").size(), 1u) << key;
  EXPECT_TRUE(OfType(ScanField("$.order.items.name", "王老吉"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("$.items.product.name", "王老吉"), "PERSON_NAME").empty());
  // A call centre's agent by name; a software agent's name is no person.
  EXPECT_EQ(OfType(ScanField("$.agent.name", "王宁波"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("$.agent.name", "filebeat"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("operator_name", "中国移动"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("fence_name", "解放碑"), "PERSON_NAME").empty());
  ExpectNoType("uid=1489005174|nick=云朵先生|type=chat", "PERSON_NAME");
  ExpectAt("备注：王建国先生来电", "王建国", "PERSON_NAME");
  ExpectAt("有需要家政的可以找邵洁阿姨，人很好", "邵洁", "PERSON_NAME");
  ExpectNoType("王阿姨说明天来", "PERSON_NAME");  // a surname and a title: no name
  // Before 先生/女士 a rare surname is more often the end of a word, unless the name starts
  // its line (a résumé's paragraph); a surname and 小姐 is no full name.
  ExpectNoType("住在18楼的罗先生和他的邻居", "PERSON_NAME");
  ExpectNoType("原告委托律师指出，原告林小姐在渣打", "PERSON_NAME");
  ExpectNoType("年内邀请100位客户经理陆续投入", "PERSON_NAME");
  ExpectAt("公司董事长。\n鞠在云先生，大学学历", "鞠在云", "PERSON_NAME");
  // A name, then more: the name alone.
  std::vector<Hit> hits = OfType(ScanField("处警民警", "朱勇然（警号425784）"), "PERSON_NAME");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].value, "朱勇然");
  // ... or a staff code in brackets after it, which marks a person whatever the surname.
  hits = OfType(ScanField("客户经理", "笪建国(ZJ9162)"), "PERSON_NAME");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].value, "笪建国");
  EXPECT_EQ(OfType(ScanField("客户经理", "冼梓萱（HZ7334）"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("客户经理", "麻建国(待定)"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("客户经理", "华为技术(HW2023)"), "PERSON_NAME").empty());
  // A chat's agent, a real name beside a nickname, the speaker's household.
  ExpectAt("客服8861：您好，我是在线客服甄晓红，工号14758，很高兴为您服务", "甄晓红", "PERSON_NAME");
  ExpectAt("我微信昵称叫晴天，真名韩思敏，你们公众号显示成韩**了", "韩思敏", "PERSON_NAME");
  ExpectAt("那我家里人陈静的号码也绑一下。", "陈静", "PERSON_NAME");
  ExpectNoType("在线客服为您服务，人工客服请按0", "PERSON_NAME");
  ExpectAt("plate=粤B9E938 renter=吴子峰 idNo=440305", "吴子峰", "PERSON_NAME");
  ExpectAt("发件人: \"唐鹏艳\" <chen_j@sina.com>", "唐鹏艳", "PERSON_NAME");
  ExpectNoType("\"受益人\": \"法定\",", "PERSON_NAME");
  ExpectNoType("\"与投保人关系\": \"子女\"", "PERSON_NAME");
}

// A name a document gives by a Chinese trigger is reported wherever the document repeats it.
TEST(PersonNameTest, RepeatsOfANameInTheSameDocument) {
  const std::string text =
      "被告人徐斌然，男，1972年出生。经审理查明，徐斌然酒后驾驶。本院认为，徐斌然的行为已构成"
      "危险驾驶罪。证人高勇：男，称提高勇气。";
  std::vector<Hit> names = OfType(Scan(text), "PERSON_NAME");
  std::vector<std::string> got;
  for (const Hit& h : names) got.push_back(h.value + "@" + std::to_string(h.start));
  std::vector<std::string> want = {
      "徐斌然@9", "徐斌然@" + std::to_string(text.find("徐斌然酒")),
      "徐斌然@" + std::to_string(text.find("徐斌然的")), "高勇@" + std::to_string(text.find("高勇："))};
  EXPECT_EQ(got, want);  // 提高勇气 holds no 高勇
  // A log's key=value names are not looked for elsewhere.
  EXPECT_EQ(OfType(Scan("name=王芳 op=query note=王芳"), "PERSON_NAME").size(), 1u);
}

// Display names before an address in e-mail and SIP headers; staff named by role in notices.
TEST(PersonNameTest, DisplayNamesAndStaffRoles) {
  ExpectAt("From: \"胡思远\" <sip:+8618774000000@ims.mnc000.mcc460.3gppnetwork.org>", "胡思远",
           "PERSON_NAME");
  ExpectAt("To: \"王芳\" <wf@example.com>", "王芳", "PERSON_NAME");
  ExpectNoType("Subject: \"高速\" <x>", "PERSON_NAME");  // 高速: no name between the quotes
  // In Latin letters, when the address holds every word of the name.
  ExpectAt("From: \"Li Feng\" <li.feng@example.cn>", "Li Feng", "PERSON_NAME");
  ExpectAt("Cc: \"Yu, Qiang\" <qiang_yu@example.cn>", "Yu, Qiang", "PERSON_NAME");
  ExpectAt("To: Xinyi Cao <caoxinyi@example.cn>", "Xinyi Cao", "PERSON_NAME");
  ExpectNoType("From: \"Support Team\" <support@example.com>", "PERSON_NAME");
  ExpectAt("From: 梁欣怡 <liangx2@example.cn>", "梁欣怡", "PERSON_NAME");  // unquoted
  ExpectAt("紧急事宜请联系袁洋（手机 18983958806）", "袁洋", "PERSON_NAME");
  ExpectNoType("From: \"Mail Delivery System\" <MAILER-DAEMON@example.com>", "PERSON_NAME");
  ExpectAt("如需帮助请联系客户经理魏斌，电话13187000000", "魏斌", "PERSON_NAME");
  ExpectAt("【装维通知】师傅武俊曦（工号473110）将上门", "武俊曦", "PERSON_NAME");
  ExpectAt("servedIMEISV                  : 8664939226716611", "8664939226716611",
           "IMEI_HARDWARE_ID");  // a key far before its value in an aligned dump
}

// Chat exports name the speaker after the time (and a room); lists after a role go on with
// 、; a mention starts with @.
TEST(PersonNameTest, ChatSpeakersListsAndMentions) {
  auto names = [](std::string_view text) {
    std::vector<std::string> got;
    for (const Hit& h : OfType(Scan(text), "PERSON_NAME")) got.push_back(h.value);
    return got;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(names("——————\n07:57 赵飞帆：有没有拼车的\n"), V{"赵飞帆"});
  EXPECT_EQ(names("09:19 11栋3单元2304 周晓坤：是我老婆的号"), V{"周晓坤"});
  EXPECT_EQ(names("[2024-03-12 07:57:10] 赵飞帆：有"), V{"赵飞帆"});
  EXPECT_EQ(names("12:36 13-1-1501 李良胜：@张佳佳 你家门口"), (V{"李良胜", "张佳佳"}));
  EXPECT_EQ(names("参会人：吴玉华、王桂、崔彤、刘波睿（网络部）"),
            (V{"吴玉华", "王桂", "崔彤", "刘波睿"}));
  EXPECT_EQ(names("1. 客户邵淑桂（1955年6月1日出生）"), V{"邵淑桂"});
  EXPECT_EQ(names("单子上收件人是蔡云红，哪位"), V{"蔡云红"});
  EXPECT_EQ(names("寻物启事：本人黄云于3月10日在"), V{"黄云"});
  // Group chats: fields aligned with two blanks, a role before the speaker, a parent named
  // by the child (the child's name is reported), class lists.
  EXPECT_EQ(names("2024-01-06 05:31:36  5-2-1803 熊颖：今天"), V{"熊颖"});
  EXPECT_EQ(names("2024-04-16 16:11:55  管家姚梦瑶：8栋的业主"), V{"姚梦瑶"});
  EXPECT_EQ(names("2024-05-12 11:02:18 班主任韦嘉怡：春游报名"), V{"韦嘉怡"});
  EXPECT_EQ(names("2024-01-21 08:16:15 田梦瑶妈妈：捡到"), V{"田梦瑶"});
  EXPECT_EQ(names("2024-05-05 15:10:31 崔永刚妈妈：班费"), V{"崔永刚"});
  EXPECT_EQ(names("2024-03-08 07:30:52 莫欣奶奶：孩子"), V{"莫欣"});
  EXPECT_EQ(names("[2024-03-15 09:18:09] 袁刚(SRE)：用户"), V{"袁刚"});
  EXPECT_TRUE(names("2024-03-09 12:10:33 程经理(私行客户经理)：您好").empty());  // a title
  EXPECT_EQ(names("今天作业未交的同学：崔博、赵梓涵、任航。"), (V{"崔博", "赵梓涵", "任航"}));
  EXPECT_EQ(names("- 联系：莫建军 86-13815376901"), V{"莫建军"});
  EXPECT_TRUE(names("2024-05-05 15:10:31 王府井大街：开会").empty());
  EXPECT_TRUE(names("联系：\n  母亲 16611970141").empty());  // a relative, not a name
  EXPECT_TRUE(names("时间：10:00 王府：开会").empty());  // the time does not start the line
  EXPECT_TRUE(names("参会人：吴玉华、通讯部、网络部").size() == 1);  // 通讯部 is no name
}

// vCard structured names, delivery and travel roles, abbreviated name keys.
TEST(PersonNameTest, VcardNamesRolesAndAbbreviatedKeys) {
  ExpectAt("N:;韩军新;;;", "韩军新", "PERSON_NAME");
  ExpectAt("N:王;芳;;;", "王;芳", "PERSON_NAME");
  ExpectAt("N;CHARSET=UTF-8:王;小芳;;;", "王;小芳", "PERSON_NAME");
  ExpectNoType("X-N:;张三;", "PERSON_NAME");
  ExpectNoType("N:;张师傅;;;", "PERSON_NAME");
  ExpectAt("骑手许铭国（188-0198-1912）已取餐", "许铭国", "PERSON_NAME");
  ExpectAt("旅客李航晓，您的往来港澳通行证", "李航晓", "PERSON_NAME");
  ExpectAt("质量问题，快递员黄宏说次日上门", "黄宏", "PERSON_NAME");
  ExpectAt("已为您登记，处理人王明轩将在48小时内联系您", "王明轩", "PERSON_NAME");
  ExpectAt("装机人杨立新，身份证后四位", "杨立新", "PERSON_NAME");
  ExpectAt("客户联系方式：朱俊杰 +86-15256699950", "朱俊杰", "PERSON_NAME");
  ExpectAt("DESCRIPTION:岗位：出纳\\n面试官：苏德\\nHR：邓飞，前台电话", "苏德", "PERSON_NAME");
  ExpectAt("DESCRIPTION:岗位：出纳\\n面试官：苏德\\nHR：邓飞，前台电话", "邓飞", "PERSON_NAME");
  // A face sheet's receiver and sender, a changed receiver.
  ExpectAt("| 收: 董宁平 / 14753790326", "董宁平", "PERSON_NAME");
  ExpectAt("收  段梦亮  13445964002", "段梦亮", "PERSON_NAME");
  ExpectAt("寄  司马雅浩  14784330831", "司马雅浩", "PERSON_NAME");
  ExpectAt("交易成功\t收件人改为郑军晴 电话17855227000", "郑军晴", "PERSON_NAME");
}

// A record without labels ties its fields to its holder's resident ID: the name right after
// the ID, and a date equal to the ID's birth date on the same line.
TEST(PersonNameTest, RecordFieldsNextToAResidentId) {
  const std::string row = "D 0001 120101198208135365 汪文        2    19820813 110    12000.00";
  ExpectAt(row, "汪文", "PERSON_NAME");
  const std::vector<Hit> dates = OfType(Scan(row), "DATE_OF_BIRTH");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].start, row.find(" 19820813") + 1);  // the field, not the ID's digits
  ExpectAt("120101198208135365\t李四\t1982-08-13\t男", "1982-08-13", "DATE_OF_BIRTH");
  ExpectNoType("120101198208135365 20240515 done", "DATE_OF_BIRTH");   // another date
  ExpectNoType("订单 19820813 已付\n120101198208135365", "DATE_OF_BIRTH");  // another line
  ExpectNoType("120101198208135365 通过审核", "PERSON_NAME");          // no name
  ExpectAt("D000001 6230588228445068665 马德               3200.00", "马德", "PERSON_NAME");
  ExpectNoType("D000001 6230588228445068660 马德 3200.00", "PERSON_NAME");  // no card (Luhn)
}

// Tables printed from PDFs and mainframes align their cells with blanks and name the columns
// only in a header line above: a cell under a name or birth-date column is one.
TEST(PersonNameTest, CellsOfTablesAlignedWithBlanks) {
  const std::string table =
      "序号  社区        申请人    出生日期      保障类别\n"
      "1     吉祥村社区  马雨      1956-03-02    A类\n"
      "2     长延堡社区  向旭      1971-11-30    B类\n";
  ExpectAt(table, "马雨", "PERSON_NAME");
  ExpectAt(table, "向旭", "PERSON_NAME");
  ExpectAt(table, "1971-11-30", "DATE_OF_BIRTH");
  const std::string ledger =
      "编号          客户姓名    证件类型\n"
      "----------------------------------\n"
      "YJ2024867071  贺桂英      居民身份证\n";
  ExpectAt(ledger, "贺桂英", "PERSON_NAME");
  // Text from a PDF is aligned only roughly: a cell maps to its header by its index too.
  ExpectAt("序号  社区        申请人    身份证号\n3     小寨东路社区  邵晗      320103********4754\n",
           "邵晗", "PERSON_NAME");
  // Not under a name column, or not aligned, or past a blank line: no name.
  ExpectNoType("序号  社区        备注\n1     吉祥村社区  马雨\n", "PERSON_NAME");
  ExpectNoType("申请人\n\n1     马雨\n", "PERSON_NAME");
  ExpectNoType("申请人    说明\n马雨的说法对，他明天来\n", "PERSON_NAME");
  // A ledger longer than the 40 lines a row looks back keeps its header: the 60th row is
  // read as the first. A blank line still ends the table.
  std::string long_ledger = "编号          客户姓名    证件类型\n";
  for (int r = 0; r < 60; ++r)
    long_ledger += "YJ20248670" + std::to_string(10 + r) + "  " + (r % 2 ? "贺桂英" : "-     ") +
                   "      居民身份证\n";
  const std::string last_row = long_ledger + "YJ2024867099  邵晗        居民身份证\n";
  ExpectAt(last_row, "邵晗", "PERSON_NAME");
  const std::vector<Hit> after_blank =
      Scan(long_ledger + "\nYJ2024867099  邵晗        居民身份证\n");
  for (const Hit& h : after_blank) EXPECT_NE(h.value, "邵晗") << Describe(after_blank);
}

// Chinese government and enterprise databases name columns by pinyin initials.
// A broadband (PPPoE) account is often the area code and eight digits: a login, no phone.
TEST(FieldNameTest, BroadbandAccountsAreNoPhonesUnlessMobile) {
  for (const char* key : {"宽带账号", "宽带帐号", "broadband_account", "pppoe_user"})
    EXPECT_TRUE(OfType(ScanField(key, "073160673781"), "PHONE_NUMBER").empty()) << key;
  EXPECT_EQ(OfType(ScanField("联系电话", "073160673781"), "PHONE_NUMBER").size(), 1u);
  // A mobile number as the login is the subscriber's own, also in an operator's realm.
  EXPECT_EQ(OfType(ScanField("宽带账号", "17753844905"), "PHONE_NUMBER").size(), 1u);
  ExpectAt("宽带账号：17753844905@163.gd    初始密码：5NJfavmW", "17753844905", "PHONE_NUMBER");
  ExpectAt("UserName=02063882540@163.gd, UserMac=7072-3cfd-0459", "02063882540", "PHONE_NUMBER");
  ExpectNoType("UserName=gzkd59413317@163.gd, UserMac=7072-3cfd-0459", "EMAIL_ADDRESS");
  ExpectAt("mail me at zhang@163.com", "zhang@163.com", "EMAIL_ADDRESS");
}

// An IoT platform's numbers and cards: 13-digit IoT numbers with a phone word or key,
// China Mobile ICCIDs with letters outside IsCnIccid's places under an ICCID key or word,
// an IPTV login that is the subscriber's number.
TEST(FieldNameTest, IotPlatformNumbersAndCards) {
  ExpectAt("样例卡：号码 1064876366680  IMEI 864462054699480", "1064876366680", "PHONE_NUMBER");
  ExpectAt("GET /v5/ec/query?msisdns=1064841518178,1440758697992 status=200", "1064841518178",
           "PHONE_NUMBER");
  ExpectNoType("ts=1440758697992 status=200", "PHONE_NUMBER");  // a time in 2015, no word
  ExpectAt("msisdn=1440580594213 iccid=89860428D63879712605 imsi=460044515229453",
           "89860428D63879712605", "ICCID_NUMBER");
  ExpectNoType("trace=89860428D63879712605 ok", "ICCID_NUMBER");
  EXPECT_EQ(OfType(ScanField("ICCID", "89860777E51443180054"), "ICCID_NUMBER").size(), 1u);
  ExpectAt("AuthenticationURL?UserID=itv02061494541&Action=Login", "02061494541", "PHONE_NUMBER");
  ExpectAt("itv17753844905,徐秀英", "17753844905", "PHONE_NUMBER");
}

// A home gateway's configuration rows name their value in another attribute (ZTE's
// <DM name="Pass" val="...">); a Wi-Fi passphrase is a credential.
TEST(CredentialTest, NamedValueAttributesAndPassphrases) {
  ExpectAt("<DM name=\"Pass\" val=\"telecomadmin02234911\"/>", "telecomadmin02234911",
           "CREDENTIAL");
  ExpectAt("<DM name=\"KeyPassphrase\" val=\"29372262\"/>", "29372262", "CREDENTIAL");
  ExpectAt("<Name>InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase</Name>"
           "<Value xsi:type=\"xsd:string\">xu17887102343</Value>",
           "xu17887102343", "CREDENTIAL");
  ExpectAt("<DM name=\"IPAddress\" val=\"14.150.165.165\"/>", "14.150.165.165", "IP_ADDRESS");
  ExpectNoType("<DM name=\"User\" val=\"telecomadmin\"/>", "CREDENTIAL");
  ExpectNoType("<DM name=\"Level\" val=\"1\"/> interval=30", "CREDENTIAL");
}

// An ONT's description as engineers type it: a name, then the mobile after '_', '/' or '-',
// then the address, whose dwelling may be building and room alone (25-1201).
TEST(PersonNameTest, OntDescriptions) {
  const std::string ont = "  0/ 1/3      0     胡嘉伟_17683616196_农林下路423号海怡半岛25-1201";
  ExpectAt(ont, "胡嘉伟", "PERSON_NAME");
  ExpectAt(ont, "农林下路423号海怡半岛25-1201", "STREET_ADDRESS");
  ExpectAt("  0/ 1/3      5     卢振宇/18173207276", "卢振宇", "PERSON_NAME");
  ExpectAt("description 邓晓燕-155-5442-7831-季华五路", "邓晓燕", "PERSON_NAME");
  ExpectAt("您位于天河北路493号天悦华庭28-2305的宽带故障已修复", "天河北路493号天悦华庭28-2305",
           "STREET_ADDRESS");
  ExpectNoType("版本号V2.3-1201的固件", "STREET_ADDRESS");
}

// A Chinese role label inside a remarks cell names the value after it, as in running text.
TEST(FieldNameTest, ChineseLabelInsideACell) {
  const auto hits = OfType(ScanField("备注", "佩戴人：郑可馨（2019年5月11日出生）"), "PERSON_NAME");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].value, "郑可馨");
  EXPECT_EQ(hits[0].field, "备注");  // the label itself is not echoed
  EXPECT_TRUE(OfType(ScanField("备注", "佩戴人：已回收"), "PERSON_NAME").empty());
}

TEST(FieldNameTest, PinyinInitials) {
  EXPECT_EQ(OfType(ScanField("XM", "王芳"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("FDDBR", "夏珍"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("LXDH", "13800138000"), "PHONE_NUMBER").size(), 1u);
  EXPECT_EQ(OfType(ScanField("CSRQ", "1990-03-07"), "DATE_OF_BIRTH").size(), 1u);
  EXPECT_EQ(OfType(ScanField("JTZZ", "湖南省长沙市岳麓区麓山路88号"), "STREET_ADDRESS").size(), 1u);
  EXPECT_EQ(OfType(ScanField("HPHM", "粤B12345"), "CHINA_LICENSE_PLATE").size(), 1u);
  EXPECT_EQ(OfType(ScanField("XINGMING", "谭晓"), "PERSON_NAME").size(), 1u);  // spelled out
  ExpectAt("maintainer login cabinet=HIVE-10 staff=李玉 phone=19155010081", "李玉", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("BankAcctName", "廖佳"), "PERSON_NAME").size(), 1u);
  ExpectAt("externalId=AML2024 suser=刘梓晓 duid=C845", "刘梓晓", "PERSON_NAME");
  ExpectAt("付款人名称：廖琴丽\n付款人地址：", "廖琴丽", "PERSON_NAME");
  EXPECT_TRUE(OfType(ScanField("bank_name", "招商银行"), "PERSON_NAME").empty());
  EXPECT_EQ(OfType(ScanField("联系人1", "许凯平"), "PERSON_NAME").size(), 1u);  // numbered
  EXPECT_EQ(OfType(ScanField("Account Manager", "杜伟"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("user_display", "侯英"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("直属主管", "尹倩欢"), "PERSON_NAME").size(), 1u);
  // A SecretId is a key's public id; its SecretKey is the secret.
  EXPECT_TRUE(ScanField("SecretId", "AKIDe0yzu8sbSxAa1ijbPQqYdFFQpEW0KdwM").empty());
  EXPECT_EQ(OfType(ScanField("SecretKey", "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"), "CREDENTIAL").size(),
            1u);
  // A birthday without its year, under a birth field.
  EXPECT_EQ(OfType(ScanField("生日", "08-06"), "DATE_OF_BIRTH").size(), 1u);
  EXPECT_EQ(OfType(ScanField("birthday", "3月15日"), "DATE_OF_BIRTH").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("生日", "02-30"), "DATE_OF_BIRTH").empty());
  EXPECT_TRUE(OfType(ScanField("更新日期", "08-06"), "DATE_OF_BIRTH").empty());
  // A relationship column holds 户主 or 配偶, not names.
  EXPECT_TRUE(OfType(ScanField("与户主关系", "户主"), "PERSON_NAME").empty());
  // Where someone works is the employer's address.
  EXPECT_TRUE(ScanField("work_place", "北京市海淀区西北旺东路10号院东区7号楼5层").empty());
  // 注册地址 and 经营地址 are an organisation's.
  EXPECT_TRUE(ScanField("ZCDZ", "深圳市南山区南山大道2010号A栋1层").empty());
  EXPECT_TRUE(ScanField("JYDZ", "深圳市南山区学府路2495号一楼").empty());
}

// 公民身份号码 is the ID card law's term and the label on the card: a column so named holds
// resident ID numbers as surely as one named 身份证号.
TEST(FieldNameTest, StatutoryNameOfTheIdNumber) {
  for (std::string_view field : {"公民身份号码", "居民身份号码", "身份号码", "身份证号"}) {
    const auto ids = OfType(ScanField(field, "330108197905142738"), "CHINA_RESIDENT_ID_NUMBER");
    ASSERT_EQ(ids.size(), 1u) << field;
    EXPECT_EQ(ids[0].likelihood, Likelihood::kVeryLikely) << field;
  }
}

// Home-return permits (回鄉證) in traditional characters, and document-number columns.
TEST(HkMacauPermitTest, HomeReturnPermitsInTraditionalText) {
  ExpectAt("證件：回鄉證 H68183007\nMobile: +852-9", "H68183007", "HK_MACAU_TRAVEL_PERMIT");
  EXPECT_EQ(OfType(ScanField("證件號碼", "M20236702"), "HK_MACAU_TRAVEL_PERMIT").size(), 1u);
  EXPECT_EQ(OfType(ScanField("证件号码", "E12345678"), "CHINA_PASSPORT").size(), 1u);
}

// A licence number starts with a province's abbreviation: what follows is no passport or
// permit (粤CB7558831, a pharmacy's licence).
TEST(HkMacauPermitTest, NotAfterAProvince) {
  ExpectNoType("许可证号 粤CB7558831 有效", "HK_MACAU_TRAVEL_PERMIT");
  ExpectAt("通行证号 CB7558831 有效", "CB7558831", "HK_MACAU_TRAVEL_PERMIT");
}

// Airlines, hotels and passports write names in capitals, the surname first, often joined
// by '/': under a name key or column they are names; capitals elsewhere are not looked at.
TEST(PersonNameTest, CapitalNamesUnderNameKeys) {
  ExpectAt("Guest name: HAN/HUAFAN\nMobile: +86137", "HAN/HUAFAN", "PERSON_NAME");
  ExpectAt("Guest name: JIN DONGBO\n", "JIN DONGBO", "PERSON_NAME");
  ExpectAt("parsed={\"name\":\"JIN/BOJIA\",\"pnr\":\"NSJQWV\"}", "JIN/BOJIA", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("拼音", "GUO/TIANYU"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("passenger_name", "WANG, FANG"), "PERSON_NAME").size(), 1u);
  ExpectNoType("level=INFO method=GET status=OK", "PERSON_NAME");
  ExpectNoType("hostname: WEB01 x", "PERSON_NAME");  // a digit ends no name
  // Keys for a name's romanization, and values aligned by code formatters.
  ExpectAt("name_latin: \"DU LEILAN\"\n", "DU LEILAN", "PERSON_NAME");
  ExpectAt("\tNameEn:   \"Deng Fengyi\",\n", "Deng Fengyi", "PERSON_NAME");
  ExpectAt("ts=1 name_pinyin=ZHANG WEI x", "ZHANG WEI", "PERSON_NAME");
  ExpectNoType("ts=1 name_latin_ok=TRUE x", "PERSON_NAME");
  ExpectNoType("protocol TCP/IP ok", "PERSON_NAME");
  // A booking system's numbered passengers, with a title or the next number after them.
  ExpectAt(">RTZ0XJV1\n 1.MA/YUEDAN MS 2.DUAN/WEI MS Z0XJV1\n", "MA/YUEDAN", "PERSON_NAME");
  ExpectAt(">RTZ0XJV1\n 1.MA/YUEDAN MS 2.DUAN/WEI MS Z0XJV1\n", "DUAN/WEI", "PERSON_NAME");
  ExpectNoType(" 3.TCP/IP protocol\n", "PERSON_NAME");
  // After a Chinese label that names a person.
  ExpectAt("拼音姓名：WANG CHAO\n出生日期", "WANG CHAO", "PERSON_NAME");
  ExpectAt("姓名：Li Ming\n", "Li Ming", "PERSON_NAME");
  ExpectNoType("状态：OK 版本：V2 TEST", "PERSON_NAME");
}

// Hong Kong, Macau and Taiwan write surnames in traditional characters.
TEST(PersonNameTest, TraditionalSurnames) {
  ExpectAt("\"card_holder\": \"張寶儀\",", "張寶儀", "PERSON_NAME");
  ExpectAt("聯絡人：陳振邦，電話 +852 6193 8409", "陳振邦", "PERSON_NAME");
  ExpectAt("本人鄭家瑋（CHENG Chia-Wei）", "鄭家瑋", "PERSON_NAME");
  ExpectAt("From: \"歐陽慧敏\" <auyeung@example.hk>", "歐陽慧敏", "PERSON_NAME");
}

// Uyghur, Kazakh and foreign names are written in characters joined by a middle dot: the
// whole is one name, in a column, after a label or under a key.
TEST(PersonNameTest, TransliteratedNamesWithAMiddleDot) {
  EXPECT_EQ(OfType(ScanField("寄件人", "阿依古丽·买买提"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("name", "迪丽娜尔•艾山"), "PERSON_NAME").size(), 1u);
  ExpectAt("申请人: 艾力·吐尔逊      联系电话", "艾力·吐尔逊", "PERSON_NAME");
  ExpectAt("name=迪丽娜尔·艾山 x", "迪丽娜尔·艾山", "PERSON_NAME");
  ExpectNoType("name=迪丽娜尔 x", "PERSON_NAME");                     // no dot, no surname
  ExpectNoType("备注：艾·山", "PERSON_NAME");                         // a first part of one
  ExpectAt("decoded={phoneNo=17045569221&customerNm=肖悦&certifTp=01}", "肖悦", "PERSON_NAME");
  EXPECT_TRUE(OfType(ScanField("wavelength_nm", "王芳"), "PERSON_NAME").empty());
}

TEST(PersonNameTest, NoTriggerNoName) {
  ExpectNoType("张家界的风景很美", "PERSON_NAME");
  ExpectNoType("杭州市人民政府发布通知", "PERSON_NAME");
}

// 名字 keys name a person (家庭成员[].名字, 真实名字) unless a thing is named; 用户名 is an
// account name.
TEST(PersonNameTest, ChineseNameKeys) {
  ExpectAt("{\"家庭成员\":[{\"名字\":\"王建国\"}]}", "王建国", "PERSON_NAME");
  for (const char* key : {"$.家庭成员[0].名字", "真实名字", "客户名字"}) {
    std::vector<Hit> hits = ScanField(key, "王建国");
    ASSERT_EQ(OfType(hits, "PERSON_NAME").size(), 1u) << key << "\n" << Describe(hits);
  }
  const Scanner& s = Default();
  EXPECT_FALSE(s.ClassifyField("用户名").HintsType(kPersonName));
  EXPECT_FALSE(s.ClassifyField("产品名字").HintsType(kPersonName));
  EXPECT_TRUE(ScanField("用户名", "王建国").empty());
  EXPECT_TRUE(ScanField("产品名字", "流量套餐").empty());
  EXPECT_TRUE(ScanField("小区名字", "阳光花园").empty());
  ExpectNoType("{\"用户名\":\"王建国\"}", "PERSON_NAME");
}

// A place's name is no person's: a check-in's location_name, a venue, a hospital, a school.
TEST(PersonNameTest, PlaceNameKeys) {
  const Scanner& s = Default();
  for (const char* key : {"location_name", "$.data.records[3].location_name", "placeName",
                          "venue_name", "hospitalName", "school_name", "hotel_name"}) {
    EXPECT_FALSE(s.ClassifyField(key).HintsType(kPersonName)) << key;
    EXPECT_TRUE(OfType(ScanField(key, "客户现场"), "PERSON_NAME").empty()) << key;
  }
  EXPECT_TRUE(s.ClassifyField("user_name").HintsType(kPersonName));
}

// Notices and text messages address their reader by name.
TEST(PersonNameTest, NoticesAndTextMessages) {
  ExpectAt("【某某银行】尊敬的王建国客户，您尾号1234的卡", "王建国", "PERSON_NAME");
  ExpectAt("【某某银行】尊敬的郝梦客户，您尾号1234的卡", "郝梦", "PERSON_NAME");
  ExpectAt("尊敬的欧阳娜娜会员：", "欧阳娜娜", "PERSON_NAME");
  ExpectAt("尊敬的王建国，您好", "王建国", "PERSON_NAME");
  ExpectAt("【营业厅】王建国您好，您预约的携号转网已受理", "王建国", "PERSON_NAME");
  ExpectAt("content=【营业厅】张熙您好，您预约的", "张熙", "PERSON_NAME");
  ExpectAt("王建国您好，您的快递到了", "王建国", "PERSON_NAME");
  ExpectAt("【物业】王建国业主，您的车辆已登记", "王建国", "PERSON_NAME");
  // ... and after a blank, the word closed by a colon or a bracket.
  ExpectAt("【催缴通知】单号 WY20240380505\n陈阳 业主：\n截至 2024-03-20", "陈阳", "PERSON_NAME");
  ExpectAt("检查，已联系 龚静玲 业主（17324707151）约定", "龚静玲", "PERSON_NAME");
  ExpectNoType("欢迎 全体 业主：", "PERSON_NAME");
  ExpectNoType("联系 王建国 业主委员会", "PERSON_NAME");
  ExpectAt("【物业】王伟业主，您的车辆已登记", "王伟", "PERSON_NAME");
  ExpectAt("【医院】王建国，1990年3月7日出生，就诊卡", "王建国", "PERSON_NAME");
  ExpectAt("【银行】王建国，您的账户", "王建国", "PERSON_NAME");
  // A colon after the name, before 您 (a utility's arrears notice); 刚 ending a given name
  // before the addressee word.
  ExpectAt("【国网杭州供电】曾柔莉：您位于临平区****的电费", "曾柔莉", "PERSON_NAME");
  ExpectAt("【国网杭州供电】尊敬的万琛刚客户，您户号3395996211", "万琛刚", "PERSON_NAME");
  for (const char* text : {"【通知】电费：您本月", "【银行】王建国：今日"})
    ExpectNoType(text, "PERSON_NAME");
  for (const char* text :
       {"尊敬的客户，您好", "尊敬的用户您好", "尊敬的VIP会员", "尊敬的全球通客户，您好",
        "尊敬的金卡客户", "尊敬的白金会员", "尊敬的车主，您好", "尊敬的高级会员", "高兴您好",
        "【XX】周末您好", "周一您好", "全体您好", "各位您好", "【XX】王府井您好",
        "【物业】全体业主，请注意", "【物业】广大业主，请注意", "【银行】余额提醒，您的",
        "【XX】双十一，2024年大促", "【XX】通知，您的快递", "客服8021：刘先生您好，请问",
        "我们周末您好呀", "【医院】王建国明天来"})
    ExpectNoType(text, "PERSON_NAME");
}

// A rendered form's labels spaced out to its column's width (姓    名：, 代 办 人：), with the
// names forms hold: a minority name without a surname, a married woman's four characters
// with both surnames, a two-character name padded with a blank, a transliterated name with
// a bullet for its dot; the four characters repeated where the text names her again.
TEST(PersonNameTest, SpacedFormLabelsAndTheirNames) {
  const std::string form =
      "姓    名：扎西顿珠        性    别：男\n"
      "姓    名：张王美华        性    别：女\n"
      "姓    名：刘 宁          性    别：男\n"
      "姓    名：努尔兰•巴合提  性    别：男\n"
      "代 办 人：曹亚楠   与机主关系：配偶\n";
  for (const char* name : {"扎西顿珠", "张王美华", "刘 宁", "努尔兰•巴合提", "曹亚楠"})
    ExpectAt(form, name, "PERSON_NAME");
  ExpectAt("投诉人：林黄淑贞\n申诉内容：本人林黄淑贞，2011年起使用", "林黄淑贞", "PERSON_NAME");
  const auto hits = Scan("投诉人：林黄淑贞\n申诉内容：本人林黄淑贞，2011年起使用");
  EXPECT_EQ(OfType(hits, "PERSON_NAME").size(), 2u) << Describe(hits);
  // Not four characters where the fourth is a word of its own, nor a withheld name.
  ExpectAt("姓名：王建国家\n", "王建国", "PERSON_NAME");
  ExpectNoType("姓名：张 某\n", "PERSON_NAME");
  ExpectNoType("姓名：刘 性别：男\n", "PERSON_NAME");
  // A bilingual record: the Chinese name after a role's label, then its romanization under
  // its own label.
  const std::string both = "我是香港用户，中文名陳郭美玲，英文名Chan Kwok Mei Ling，办了居住证";
  ExpectAt(both, "陳郭美玲", "PERSON_NAME");
  ExpectAt(both, "Chan Kwok Mei Ling", "PERSON_NAME");
  ExpectAt("中文名區家豪，英文名AU Ka Ho，办了", "AU Ka Ho", "PERSON_NAME");
}

// A self-introduction that starts an utterance names a person with no surname (Mongolian,
// Tibetan, Uyghur names) when the name is closed as a clause is.
TEST(PersonNameTest, SelfIntroducedNamesWithoutSurname) {
  ExpectAt("你好，我是其其格，麻烦把合同寄到内蒙", "其其格", "PERSON_NAME");
  ExpectAt("我是格桑卓玛，我家地址是", "格桑卓玛", "PERSON_NAME");
  ExpectAt("你好我是买买提明·吐尔洪，这是我的新号码", "买买提明·吐尔洪", "PERSON_NAME");
  for (const char* text : {"我是新来的，", "这个我是不知道，", "我是其其格的朋友"})
    ExpectNoType(text, "PERSON_NAME");
}

// A rare surname after a phrase that introduces other words too, where the person's own
// number follows the name at once; a relative's name closed by the number.
TEST(PersonNameTest, RareSurnamesBeforeThePersonsNumber) {
  ExpectAt("客户：机主仇凯，110102195502220430", "仇凯", "PERSON_NAME");
  ExpectAt("他父亲王建国 13800138000", "王建国", "PERSON_NAME");
  // ... also after the number's own label, and after a person to call.
  ExpectAt("客户：我是他们的妈妈应宁，电话183-3444-9625", "应宁", "PERSON_NAME");
  ExpectAt("客户要求上门前联系楼磊，备用电话185 7842 3301", "楼磊", "PERSON_NAME");
  ExpectNoType("客户：机主仇恨，对方", "PERSON_NAME");
  // Verbs and organisations after a role's label, a table's totals row.
  for (const char* text : {"现场联系人：江宁供电服务中心 电话", "嫌疑人常驾驶粤K72706号小型轿车",
                           "需核实监护人代办材料", "摘录 (申请人粘贴于正文)"})
    ExpectNoType(text, "PERSON_NAME");
  // A relative of the customer a record is about (客户儿子, 客人兒子 in traditional text).
  ExpectAt("描述：客人兒子蕭少芬（08/07/2011）用咗佢張副卡", "蕭少芬", "PERSON_NAME");
  ExpectAt("客户儿子王建国，用了他的副卡", "王建国", "PERSON_NAME");
  ExpectNoType("妇女儿童用品", "PERSON_NAME");
}

// A bracket after a name that says who the person is; a party's head; a name set apart by
// blanks in a chat; a caller naming their company, then themself; 刚 or 正 starting a given
// name where punctuation or a verb closes it.
TEST(PersonNameTest, WhoThePersonIsAfterTheName) {
  ExpectAt("政企客户部员工刘建国（工号 GD104523）违规查询", "刘建国", "PERSON_NAME");
  ExpectAt("出警人员：许强（警号 900021）、邹俊梓（警号 877616）", "邹俊梓", "PERSON_NAME");
  ExpectAt("  周一：朱婷婷（A1133）  值班电话 0571-88888888", "朱婷婷", "PERSON_NAME");
  ExpectAt("回访了王丽华（女，53岁，退休）", "王丽华", "PERSON_NAME");
  ExpectAt("放学麻烦任诗涵（孩子舅舅）来接", "任诗涵", "PERSON_NAME");
  ExpectAt("本周与王少华（法人）确认合同", "王少华", "PERSON_NAME");
  ExpectAt("回访了张英伊（出生1957-02-01）", "张英伊", "PERSON_NAME");
  ExpectAt("公司信息中心徐亚楠等4人，商谈", "徐亚楠", "PERSON_NAME");
  ExpectAt("王频等5名涉案人员已抓获", "王频", "PERSON_NAME");
  ExpectAt("帮忙查一下 向志强 的医保交上没有", "向志强", "PERSON_NAME");
  ExpectAt("样例是从 林佳怡 给的取数结果", "林佳怡", "PERSON_NAME");
  ExpectAt("您好，我是平安保险的任雪，关于您房子的事情", "任雪", "PERSON_NAME");
  ExpectAt("自我介绍，我是新浪乐居总编室的王元，很荣幸", "王元", "PERSON_NAME");
  ExpectAt("思远由他姑姑汪国强来接，电话131", "汪国强", "PERSON_NAME");
  ExpectAt("住院期间由其女儿刘艳思护理。", "刘艳思", "PERSON_NAME");
  ExpectAt("  由李刚怡牵头，2024年6月底前完成", "李刚怡", "PERSON_NAME");
  ExpectAt("本人韩刚博，被冒充客服骗了", "韩刚博", "PERSON_NAME");
  ExpectAt("店员严刚态度很好", "严刚", "PERSON_NAME");
  ExpectAt("[13:19:59] 客户: 罗彬 175-7151-6655", "罗彬", "PERSON_NAME");
  for (const char* text :
       {"应该是M级游戏（17岁以上才能购买）", "工资发放至乙方本人名下招商银行账户", "机房（A1133）",
        "中国移动（工号 123）", "我是你的朋友，", "这是 王府井 商圈", "数据 质量 报告 的 说明",
        "张总（总经理）来了", "我们等4人", "请 联系 客服"})
    ExpectNoType(text, "PERSON_NAME");
}

// Roles on bookings, parcels, tickets and policies introduce a name.
TEST(PersonNameTest, BookingAndPolicyRoles) {
  for (const char* role : {"入住人", "寄件人", "乘车人", "乘机人", "就诊人", "投保人", "被保险人",
                           "受益人", "担保人"}) {
    ExpectAt(std::string("【酒店】") + role + "王建国，联系电话156-2380-6793", "王建国",
             "PERSON_NAME");
  }
  for (const char* text : {"投保人信息：已提交", "受益人为法定继承人", "乘车人数：3",
                           "入住人数，共计2", "担保人承担连带责任，"})
    ExpectNoType(text, "PERSON_NAME");
}

// ---------------------------------------------------------------------------------------
// DATE_OF_BIRTH

TEST(DateOfBirthTest, WithBirthContext) {
  Hit h = ExpectAt("出生日期：1990-01-15", "1990-01-15", "DATE_OF_BIRTH");
  EXPECT_EQ(h.start, 15u);
  ExpectAt("他出生于1990年1月15日，籍贯湖南", "1990年1月15日", "DATE_OF_BIRTH");
  ExpectAt("dob=19900115", "19900115", "DATE_OF_BIRTH");
  ExpectAt("patient born 1990/01/15 in Hefei", "1990/01/15", "DATE_OF_BIRTH");
  ExpectAt("生日：1988.08.08", "1988.08.08", "DATE_OF_BIRTH");
  ExpectAt("{\"birthday\":\"1990-01-15\"}", "1990-01-15", "DATE_OF_BIRTH");
  std::vector<Hit> hits = ScanField("birth_date", "1990-01-15");
  ASSERT_EQ(OfType(hits, "DATE_OF_BIRTH").size(), 1u) << Describe(hits);
}

TEST(DateOfBirthTest, BornDateKeys) {
  ExpectAt("{\"born_date\": \"1973-07-26\"}", "1973-07-26", "DATE_OF_BIRTH");
  ExpectAt("bornOn=1973-07-26", "1973-07-26", "DATE_OF_BIRTH");
}

// A person has one date of birth: a birth word before or after one date is not context of
// the next date in its window, which needs a birth word of its own.
TEST(DateOfBirthTest, ABirthWordServesOneDate) {
  const std::vector<Hit> a =
      OfType(Scan("用户张伟（男，1985年3月12日出生）于2024年5月3日在营业厅办理了宽带"), "DATE_OF_BIRTH");
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].value, "1985年3月12日");
  const std::vector<Hit> b =
      OfType(Scan("张三出生于1980年5月6日，2001年7月1日参加工作"), "DATE_OF_BIRTH");
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].value, "1980年5月6日");
  EXPECT_EQ(OfType(Scan("生日1990-01-02，上次登录2025-11-03"), "DATE_OF_BIRTH").size(), 1u);
  // Each date with its own birth word.
  EXPECT_EQ(OfType(Scan("张三生日1980年1月1日，李四生日1982年2月2日"), "DATE_OF_BIRTH").size(), 2u);
  EXPECT_EQ(OfType(Scan("父1950年3月1日生，母1952年4月2日生"), "DATE_OF_BIRTH").size(), 2u);
  // A labelled date on the line after a birth date answers its own label.
  const std::vector<Hit> c =
      OfType(Scan("出生日期：1985年3月12日\n入网日期：2024年5月3日\n"), "DATE_OF_BIRTH");
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].line, 1u);
}

// A caller answering a voice bot with a whole date: "I am <date>".
TEST(DateOfBirthTest, SelfStatedDatesInVoiceTranscripts) {
  ExpectAt("{\"text\": \"我是一九九七年七月二十日\"}", "一九九七年七月二十日", "DATE_OF_BIRTH");
  ExpectAt("我是1991-05-17", "1991-05-17", "DATE_OF_BIRTH");
  ExpectNoType("我是2024年3月入职的", "DATE_OF_BIRTH");
  ExpectNoType("我是2024年3月5日到的北京", "DATE_OF_BIRTH");
  ExpectAt("{\"text\": \"我是1994年1月23日的。\"}", "1994年1月23日", "DATE_OF_BIRTH");
  ExpectNoType("我是2024年3月1日的订单", "DATE_OF_BIRTH");
}

// A roster's row lists the sex and then the birth date, maybe only its year and month.
TEST(DateOfBirthTest, AfterASexMarkerInARoster) {
  ExpectAt("1     沈超亮    女    1994年1月    本科", "1994年1月", "DATE_OF_BIRTH");
  ExpectAt("15    胡英杰    男    1999.04    大专", "1999.04", "DATE_OF_BIRTH");
  ExpectAt("王芳,女,1990-03-07,汉", "1990-03-07", "DATE_OF_BIRTH");
  ExpectNoType("男孩 2024-03-07 入学", "DATE_OF_BIRTH");
  ExpectNoType("更衣室 女 2024年3月 开放", "DATE_OF_BIRTH");
}

TEST(DateOfBirthTest, DatesWithoutBirthContextAreNotBirthDates) {
  ExpectNothing("date 1990-01-15 x");
  ExpectNothing("报告日期 2024-03-01");
  ExpectNothing("19900115");
}

TEST(DateOfBirthTest, TimestampsNeverQualify) {
  ExpectNothing("created 2025-07-20 02:04:00 ok");
  ExpectNothing("生日 2025-07-20 02:04:00");
  ExpectNothing("birth 2026-11-15T07:12:19 x");
  ExpectNothing("出生日期：2026-11-15T07:12:19");
  ExpectNothing("dob=2026-11-15T07:12:19Z");
}

// DD.MM.YYYY as well as DD/MM/YYYY and DD-MM-YYYY (TryDotted sees the dots first).
TEST(DateOfBirthTest, DayFirstWithDots) {
  ExpectAt("出生日期: 15.09.1955", "15.09.1955", "DATE_OF_BIRTH");
  ExpectAt("birthday=15.09.1955 ok", "15.09.1955", "DATE_OF_BIRTH");
  ExpectAt("dob 09.15.1955", "09.15.1955", "DATE_OF_BIRTH");  // month first
  ExpectAt("birthday=15.09.1955 " + std::string(64, '.') + " padding for the block loop",
           "15.09.1955", "DATE_OF_BIRTH");
  ExpectNothing("release 15.09.1955 build");                      // no birth context
  ExpectNoType("出生日期: 35.09.1955", "DATE_OF_BIRTH");            // no such day either way
  ExpectNoType("出生日期: 15.09.1855", "DATE_OF_BIRTH");            // year out of range
  ExpectNoType("birthday=1.15.09.1955", "DATE_OF_BIRTH");          // four groups
}

// A year and month of birth: in a birth field (出生年月), or right before 出生.
TEST(DateOfBirthTest, YearAndMonthInABirthField) {
  for (const char* v : {"1956年5月", "1990-03", "1990/03", "1990.03", "199205"})
    EXPECT_EQ(OfType(ScanField("出生年月", v), "DATE_OF_BIRTH").size(), 1u) << v;
  ExpectAt("1966年4月出生", "1966年4月", "DATE_OF_BIRTH");
  ExpectAt("birth_month=1990-03 x", "1990-03", "DATE_OF_BIRTH");
  ExpectAt("出生年月：199205，籍贯湖南", "199205", "DATE_OF_BIRTH");
  for (const char* v : {"2024-13", "1890-03", "1990.3.5x", "199213", "203101", "1992051"})
    EXPECT_TRUE(OfType(ScanField("出生年月", v), "DATE_OF_BIRTH").empty()) << v;
  ExpectNoType("版本 1990-03 发布", "DATE_OF_BIRTH");   // no birth context
  ExpectNoType("price 1990.03 yuan", "DATE_OF_BIRTH");
  EXPECT_TRUE(OfType(ScanField("order_month", "1992-05"), "DATE_OF_BIRTH").empty());
  EXPECT_TRUE(OfType(ScanField("order_month", "199205"), "DATE_OF_BIRTH").empty());
  ExpectNoType("账期 199205 已出账", "DATE_OF_BIRTH");
  // The answer to a question for the year and month of birth, on its line or the next.
  ExpectAt("坐席：请问您的出生年月？客户：1985年6月。", "1985年6月", "DATE_OF_BIRTH");
  const std::vector<Hit> next = OfType(Scan("坐席：请问出生年月\n客户：1985年6月\n"), "DATE_OF_BIRTH");
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].line, 2u);
  const std::vector<Hit> own =
      OfType(Scan("出生年月：1985年6月\n入职年月：2010年3月\n"), "DATE_OF_BIRTH");
  ASSERT_EQ(own.size(), 1u);  // the second has a label of its own
  EXPECT_EQ(own[0].line, 1u);
  EXPECT_EQ(OfType(Scan("出生年月1985年6月，2010年3月入职"), "DATE_OF_BIRTH").size(), 1u);
}

// A transcript's answer on the line after the question about the date of birth.
TEST(DateOfBirthTest, SpokenAnswerOnTheLineAfterTheQuestion) {
  std::vector<Hit> hits =
      OfType(Scan("坐席：请您核对一下出生日期\n客户：一九八六年五月十六号\n坐席：好的\n"
                  "客户：一九八六年五月十六号\n"),
             "DATE_OF_BIRTH");
  ASSERT_EQ(hits.size(), 1u);  // the second answer follows no question
  EXPECT_EQ(hits[0].line, 2u);
}

// Call transcripts write a date of birth in Chinese numerals, the year digit by digit.
TEST(DateOfBirthTest, SpokenInChineseNumerals) {
  ExpectAt("我是一九七三年八月十二号出生的", "一九七三年八月十二号", "DATE_OF_BIRTH");
  ExpectAt("生日是一九八五年十二月三十一日", "一九八五年十二月三十一日", "DATE_OF_BIRTH");
  ExpectAt("出生日期二〇〇〇年二月二十九日", "二〇〇〇年二月二十九日", "DATE_OF_BIRTH");
  ExpectAt("出生日期二零一零年十月一日", "二零一零年十月一日", "DATE_OF_BIRTH");
  ExpectNoType("一九七三年八月十二号我去了北京", "DATE_OF_BIRTH");   // no birth context
  ExpectNoType("二〇〇一年二月二十九日出生", "DATE_OF_BIRTH");       // no such day
  ExpectNoType("一八七三年八月十二号出生", "DATE_OF_BIRTH");         // year out of range
  ExpectNoType("一九七三年十三月一日出生", "DATE_OF_BIRTH");         // no such month
  ExpectNoType("一九七三年八月出生", "DATE_OF_BIRTH");               // no day
}

// English dates: every month in every written form (full, three letters, with a full stop,
// "Sept", any case), day first and month first; words that only start like a month are not.
TEST(DateOfBirthTest, EnglishMonthsInEveryForm) {
  const std::vector<std::string> months = {"January", "February", "March",   "April",
                                           "May",     "June",     "July",    "August",
                                           "September", "October", "November", "December"};
  for (size_t m = 0; m < months.size(); ++m) {
    std::vector<std::string> forms = {months[m], months[m].substr(0, 3), months[m].substr(0, 3) + "."};
    if (m == 8) forms.insert(forms.end(), {"Sept", "Sept.", "SEPT"});
    for (std::string form : forms) {
      for (bool upper : {false, true}) {
        if (upper)
          for (char& c : form) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const int day = static_cast<int>(m % 28) + 1;
        ExpectAt("born " + std::to_string(day) + " " + form + " 1950 here",
                 std::to_string(day) + " " + form + " 1950", "DATE_OF_BIRTH");
        ExpectAt("born on " + form + " " + std::to_string(day) + ", 1950 here",
                 form + " " + std::to_string(day) + ", 1950", "DATE_OF_BIRTH");
      }
    }
  }
  for (const char* word : {"Jun.e", "Janu", "Sep.t", "Mayo", "Septem", "Decembers", "Ja", "Jux",
                           "Febuary", "Octobre", "session"}) {
    ExpectNothing(std::string("born 3 ") + word + " 1950 here");
    ExpectNothing(std::string("born on ") + word + " 3, 1950 here");
  }
}

TEST(DateOfBirthTest, InvalidDatesNotReported) {
  ExpectNothing("出生日期：1990-02-30");
  ExpectNothing("出生日期：1990-13-01");
  ExpectNothing("dob=19990229");
}

// ---------------------------------------------------------------------------------------
// STREET_ADDRESS

TEST(StreetAddressTest, FreeText) {
  Hit h = ExpectAt("我住在湖南省长沙市岳麓区麓山路88号3栋2单元501室，谢谢",
                   "湖南省长沙市岳麓区麓山路88号3栋2单元501室", "STREET_ADDRESS");
  EXPECT_EQ(h.start, 9u);
  ExpectAt("收货地址 北京市朝阳区建国路88号", "北京市朝阳区建国路88号", "STREET_ADDRESS");
  ExpectAt("address=上海市浦东新区世纪大道100号", "上海市浦东新区世纪大道100号", "STREET_ADDRESS");
  ExpectAt("{\"address\":\"湖南省长沙市岳麓区麓山路88号\"}", "湖南省长沙市岳麓区麓山路88号",
           "STREET_ADDRESS");
}

// Regression (was a bug): ParseAddress took the first named suffix inside a component, so
// 科技园路 split after 园 (a building suffix), 路1号 failed to parse and the address was dropped.
// Villages without house numbers after an address label: the village and its group locate
// a household. Without the label, or with too little of a place, no address.
TEST(StreetAddressTest, VillagesAfterAnAddressLabel) {
  ExpectAt("- 家庭住址：甘肃省定西市通渭县马营镇三合村6社\n", "甘肃省定西市通渭县马营镇三合村6社",
           "STREET_ADDRESS");
  ExpectAt("- 家庭住址：马营镇高庙村7社\n", "马营镇高庙村7社", "STREET_ADDRESS");
  ExpectAt("家庭住址：马营镇青石板村66号\n", "马营镇青石板村66号", "STREET_ADDRESS");
  ExpectAt("户籍地：通渭县碧玉镇马家河村十二社\n", "通渭县碧玉镇马家河村十二社", "STREET_ADDRESS");
  ExpectNoType("他在通渭县马营镇三合村6社蹲点调研", "STREET_ADDRESS");  // no label
  ExpectNoType("他一直住在农村", "STREET_ADDRESS");                      // one word
  // A form's label spaced out to the width of a longer one; a chat's "地址写的是"; a house
  // number in Chinese numerals after the group, as a call's transcript writes one.
  ExpectAt("住    址：浙江省金华市东阳市南马镇上安恬村十组\n", "浙江省金华市东阳市南马镇上安恬村十组",
           "STREET_ADDRESS");
  ExpectAt("地址写的是庄寨镇桃园集村六队，手机尾号7783", "庄寨镇桃园集村六队", "STREET_ADDRESS");
  ExpectAt("客户：地址是四川省南充市仪陇县马鞍镇赵家沟村五组六十三号。",
           "四川省南充市仪陇县马鞍镇赵家沟村五组六十三号", "STREET_ADDRESS");
  ExpectNoType("住    宿：马营镇高庙村7社", "STREET_ADDRESS");
}

TEST(StreetAddressTest, RoadNameContainingABuildingSuffix) {
  ExpectAt("地址：广东省深圳市南山区科技园路1号", "广东省深圳市南山区科技园路1号",
           "STREET_ADDRESS");
}

TEST(StreetAddressTest, AddressField) {
  std::string v = "湖南省长沙市岳麓区麓山路88号3栋";
  std::vector<Hit> hits = ScanField("address", v);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "STREET_ADDRESS");
  EXPECT_EQ(hits[0].start, 0u);
  EXPECT_EQ(hits[0].end, v.size());
  EXPECT_EQ(hits[0].likelihood, Likelihood::kVeryLikely);
  hits = ScanField("收货地址", v);
  ASSERT_EQ(OfType(hits, "STREET_ADDRESS").size(), 1u) << Describe(hits);
  // WeChat's chooseAddress: the street and number under detailInfo.
  EXPECT_EQ(OfType(ScanField("detailInfo", "湖南路533号绿地新都会26栋1603室"), "STREET_ADDRESS").size(),
            1u);
  // An address in English under an address column.
  EXPECT_EQ(OfType(ScanField("address", "Flat 34G, 37/F, The Waterfront, 73 Hip Wo Street, Kwun Tong"),
                   "STREET_ADDRESS")
                .size(),
            1u);
  EXPECT_EQ(OfType(ScanField("addr", "Room 2305, Building 1, No. 156 Tiyu West Road"),
                   "STREET_ADDRESS")
                .size(),
            1u);
  EXPECT_TRUE(OfType(ScanField("address", "10.20.30.40 port 8080"), "STREET_ADDRESS").empty());
  EXPECT_TRUE(OfType(ScanField("address", "unknown since 2024"), "STREET_ADDRESS").empty());
  // A village's address without a number as an address element's whole text.
  ExpectAt("<member><address>镇雄县母享镇马家河村岭背自然村</address></member>",
           "镇雄县母享镇马家河村岭背自然村", "STREET_ADDRESS");
  ExpectNoType("<title>镇雄县母享镇马家河村</title>", "STREET_ADDRESS");
  ExpectNoType("<address>云南省昭通市镇雄县</address>", "STREET_ADDRESS");  // divisions only
  // A remark on an order is free text; an order's number is no PI.
  EXPECT_EQ(OfType(ScanField("订单备注", "客户要求改地址，已改为: 湖南省长沙市岳麓区桐梓坡路523号"),
                   "STREET_ADDRESS")
                .size(),
            1u);
  EXPECT_TRUE(ScanField("订单编号", "13800138000").empty());
  // A waybill's masked address is a region and stars: no street address.
  EXPECT_TRUE(OfType(ScanField("收件地址", "陕西省西安市雁塔区****"), "STREET_ADDRESS").empty());
  EXPECT_EQ(OfType(ScanField("收件地址", "陕西省西安市雁塔区科技路1号****"), "STREET_ADDRESS").size(),
            1u);
  // An estate and a dwelling in it, without the city (an address object's detail member).
  for (const char* v : {"融创玉兰公馆28号楼6单元1607室", "御景湾22号楼2单元1901室", "东湖大郡28-3-1205"})
    EXPECT_EQ(OfType(ScanField("address", v), "STREET_ADDRESS").size(), 1u) << v;
  EXPECT_EQ(OfType(ScanField("$.orders[0].receiver.detail", "御景湾22号楼2单元1901室"), "STREET_ADDRESS")
                .size(),
            1u);
  for (const char* v : {"会议室3号", "机房28-3", "融创玉兰公馆28号楼6单元1607室附近的停车场",
                        "东湖大郡28-3-1205-9"})
    EXPECT_TRUE(OfType(ScanField("address", v), "STREET_ADDRESS").empty()) << v;
  EXPECT_TRUE(OfType(ScanField("$.error.detail", "御景湾22号楼2单元1901室"), "STREET_ADDRESS").empty());
}

// Shops and spreadsheets set the divisions apart with blanks.
TEST(StreetAddressTest, DivisionsSetApartByBlanks) {
  ExpectAt("地址：福建省 厦门市 思明区 厦禾路291号院29号楼4单元1201，电话",
           "福建省 厦门市 思明区 厦禾路291号院29号楼4单元1201", "STREET_ADDRESS");
  ExpectAt("receiver=胡勇宏 addr=江苏省 南京市 鼓楼区 龙江小区29-5-2701 printer=ZT411",
           "江苏省 南京市 鼓楼区 龙江小区29-5-2701", "STREET_ADDRESS");
  ExpectNoType("覆盖 福建省 厦门市 思明区 三个区县", "STREET_ADDRESS");  // divisions alone
}

// A user shown with the login of a bastion host or office suite: the name is a name; a
// byline's "(blog)" is no login.
TEST(PersonNameTest, NameWithLoginInBrackets) {
  ExpectAt("3100000,psql -c \\dt,危险,吴永建(wuyongjian2),etl-node-03", "吴永建", "PERSON_NAME");
  ExpectAt("审批人：梁然(liangran1)", "梁然", "PERSON_NAME");
  ExpectNoType("再见了3.11亿。毕成功(blog)/文", "PERSON_NAME");
  ExpectNoType("黛博拉·莫柔(deborahmarrow)", "PERSON_NAME");
}

// Chat exports and rosters: the sender's line with its time before or after the display
// name, a room and a name on a line of their own, a name before a masked ID in an aligned
// notice, a member arriving, a message's addressee.
TEST(PersonNameTest, ChatExportsAndRosters) {
  const std::string wechat =
      "锦绣花园物业-管家邱嘉宁 2024-03-18 08:09:00\n【停水通知】...\n\n"
      "5栋504-武欣 2024-03-18 10:42:00\n收到\n\n2024-06-03 19:48:30 赵建平老师\n各位家长\n"
      "2024-06-03 20:50:59 邓宇航爸爸\n收到\n请尽快领取：\n4-1-3203 马婷桂\n";
  for (const char* name : {"邱嘉宁", "武欣", "赵建平", "邓宇航", "马婷桂"})
    ExpectAt(wechat, name, "PERSON_NAME");
  ExpectNoType("5栋504-武欣 2024-03-18 10:42 到了", "PERSON_NAME");  // the line goes on
  // A name too close to the text's start for a time with seconds before it (no read before
  // the text: the fuzzer found this one).
  Scan("0000000000:00:00 赵建平老师");
  ExpectAt("24    长延堡社区  覃睿帅    610113********2731  1", "覃睿帅", "PERSON_NAME");
  ExpectAt("\"text\":\"白金卡会员 徐淑珍 已进店\"", "徐淑珍", "PERSON_NAME");
  std::vector<Hit> to = OfType(ScanField("notify.to", "姜颖"), "PERSON_NAME");
  EXPECT_EQ(to.size(), 1u) << Describe(to);
  EXPECT_TRUE(OfType(ScanField("notify.to", "中国移动"), "PERSON_NAME").empty());
}

// Keys and columns of people: a student, a payment's counterparty (a company or a person),
// and a résumé's "name|sex|..." line.
TEST(PersonNameTest, StudentsCounterpartiesAndResumeLines) {
  ExpectAt("card=B0A74AA0 student=高晨曦 class=高二(1)班", "高晨曦", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("对方名称", "严建华"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("对方名称", "中国移动通信集团"), "PERSON_NAME").empty());
  ExpectAt("\"resume_text\": \"任玲艳|男|出生年月：1990.05\"", "任玲艳", "PERSON_NAME");
}

// Fields named elsewhere: a CEF custom string by its label in the same event, FHIR's
// display name of a referenced person, a pinyin-initial birth column, a counterparty; an
// author credited in brackets at a line's end.
TEST(PersonNameTest, FieldsNamedElsewhere) {
  const std::string cef =
      "CEF:0|Bank|AML|1.0|101|Large transfer|7|cs1Label=Account cs1=6222 cs3Label=Counterparty "
      "cs3=冯敏霞 cs4Label=Country cs4=CN";
  EXPECT_EQ(ExpectAt(cef, "冯敏霞", "PERSON_NAME").field, "Counterparty");
  ExpectAt("CEF:0|x|y|1|2|z|3|cs2=王建国 cs2Label=Customer Name msg=x", "王建国", "PERSON_NAME");
  ExpectNoType("CEF:0|x|y|1|2|z|3|cs2=高血压 cs2Label=Diagnosis", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("$.participant[0].individual.display", "谭杰睿"), "PERSON_NAME").size(),
            1u);
  EXPECT_TRUE(OfType(ScanField("$.code.display", "高血压"), "PERSON_NAME").empty());
  ExpectAt("<R><CSNY>1997-09-14</CSNY></R>", "1997-09-14", "DATE_OF_BIRTH");
  ExpectAt("   1. Postfix 升级 3.8 后 SASL 认证失败 (李一鸣)\n   2. DHCP", "李一鸣", "PERSON_NAME");
  // A masking or change log's value, named by the column before it on its line; not by
  // another key that ends in "col=", and not across lines.
  const std::string mask = "SampleLogger - row=3843 col=birthday rule=GENERALIZE_YEAR before=1984-07-08 "
                           "after=1984-01-01\nrow=842 col=lat rule=ROUND_2 before=31.216942\n";
  EXPECT_EQ(ExpectAt(mask, "1984-07-08", "DATE_OF_BIRTH").field, "birthday");
  ExpectAt(mask, "31.216942", "LOCATION_COORDINATES");
  ExpectAt("column=cust_name old=邹涛波 new=邹涛", "邹涛波", "PERSON_NAME");
  EXPECT_EQ(ExpectAt("col=meid before=99441242990083 after=x", "99441242990083", "MEID").field, "meid");
  EXPECT_EQ(ExpectAt("protocol=meid before=99441242990083 after=x", "99441242990083", "MEID").field,
            "before");
  ExpectNoType("col=meid\nbefore=99441242990083 after=x", "MEID");
  // The keys in any case, as some tools print them; the column keeps its own case.
  EXPECT_EQ(ExpectAt("COLUMN=CUST_NAME OLD_VALUE=邹涛波 NEW_VALUE=邹**", "邹涛波", "PERSON_NAME").field,
            "CUST_NAME");
  EXPECT_EQ(ExpectAt("Field=birthday Before=1984-07-08", "1984-07-08", "DATE_OF_BIRTH").field,
            "birthday");
  ExpectNoType("column=cust_name before_hash=邹涛波", "PERSON_NAME");
}

// Names in English prose, after the words that introduce a person or under a closing; only
// in text that reads as English prose (mails, tickets, chats), and only names that end as a
// name does in a sentence.
TEST(PersonNameTest, LatinNamesInEnglishProse) {
  const std::string mail =
      "Hi, my name is Aisha Brennan. I'm roaming in Shanghai and my number has no data.\n"
      "Dear Zheng Jianhua, your order has shipped. Please contact Zhao Mengqi at the desk.\n"
      "Mr. Wu Lan (ID on file) requested a SIM swap, and the swap was requested by Sophie "
      "Brennan, our agent.\nMy wife, Hu Xiaoyan, is also on the family plan.\n"
      "Customer Emma Kowalski (chen@example.com) called from the office.\n"
      "Release notes: Contact Tim Cook's keynote is unrelated. Dear Sir/Madam, thanks.\n"
      "Dear Valued Customer, please note.\n\nBest regards,\nLi Feng\n"
      "> Kind regards,\n> Zihan Lu\n";
  EXPECT_EQ(ExpectAt(mail, "Aisha Brennan", "PERSON_NAME").likelihood, Likelihood::kLikely);
  ExpectAt(mail, "Zheng Jianhua", "PERSON_NAME");
  ExpectAt(mail, "Zhao Mengqi", "PERSON_NAME");
  ExpectAt(mail, "Wu Lan", "PERSON_NAME");
  ExpectAt(mail, "Hu Xiaoyan", "PERSON_NAME");
  ExpectAt(mail, "Emma Kowalski", "PERSON_NAME");
  EXPECT_EQ(ExpectAt(mail, "Li Feng", "PERSON_NAME").likelihood, Likelihood::kLikely);
  ExpectAt(mail, "Zihan Lu", "PERSON_NAME");
  const auto names = OfType(Scan(mail), "PERSON_NAME");
  for (const auto& h : names) {
    EXPECT_NE(h.value, "Tim Cook") << "a capitalized 'Contact' starts no trigger";
    EXPECT_EQ(h.value.find("Sir"), std::string::npos);
    EXPECT_EQ(h.value.find("Customer"), std::string::npos);
  }
  // A name that runs on into the sentence, or a trigger inside a word, is no such name.
  ExpectNoType("Please contact Zhao Mengqi Support Desk today and we will reply to you, thanks.",
               "PERSON_NAME");
  ExpectNoType("We will recontact Zhao Mengqi, and you have to wait. Thanks, and see you.",
               "PERSON_NAME");
  // ... with CRLF line ends too.
  ExpectAt("Dear team,\r\nThanks for your help, and see you. Please call me, as we agreed.\r\n\r\n"
           "Best regards,\r\nLi Feng\r\n",
           "Li Feng", "PERSON_NAME");
  // A signature needs its closing on the line above.
  ExpectNoType("Please see the notes for you, and thanks.\nThe team\nZhao Mengqi\n", "PERSON_NAME");
  // A password said in a sentence; not a word after "password is".
  const std::string said =
      "Hi team, for the PoC tenant the temporary admin password is Kst-50150e#24 - please "
      "rotate it. The password is required, and your PIN is 4821. Thanks, and see you.";
  ExpectAt(said, "Kst-50150e#24", "CREDENTIAL");
  ExpectAt(said, "4821", "CREDENTIAL");
  EXPECT_EQ(OfType(Scan(said), "CREDENTIAL").size(), 2u);
  // An English log with no sentences is not read as prose: its capitals are not looked at.
  std::string log;
  for (int k = 0; k < 40; ++k)
    log += "Dec  3 10:00:01 host sshd[12]: Accepted password for root from host port 22 ssh2 "
           "requested by Zhao Mengqi\n";
  ExpectNoType(log, "PERSON_NAME");
}

// An XML element's text in Latin letters, when the element names a person and the name is
// all of its text (customs declarations, insurance and booking messages).
TEST(PersonNameTest, LatinNamesInXmlElements) {
  const std::string driver =
      "<Driver>\n  <NameCn>石杰</NameCn>\n  <NameEn>SHI,JIE</NameEn>\n  <Sex>F</Sex>\n</Driver>";
  EXPECT_EQ(ExpectAt(driver, "SHI,JIE", "PERSON_NAME").field, "NameEn");
  EXPECT_EQ(ExpectAt("<Insured><EnName>TIAN DANNA</EnName></Insured>", "TIAN DANNA", "PERSON_NAME")
                .field,
            "EnName");
  ExpectAt("<ns2:HolderName lang=\"en\">Wang Fang</ns2:HolderName>", "Wang Fang", "PERSON_NAME");
  ExpectAt("<r><name_pinyin>LI MING</name_pinyin></r>", "LI MING", "PERSON_NAME");
  // Not: an element that names no person, a name that is not the whole text, an end tag's
  // '>', a team's name, a comment.
  ExpectNoType("<Title>Chief Officer</Title>", "PERSON_NAME");
  ExpectNoType("<td>Wang Fang</td>", "PERSON_NAME");
  ExpectNoType("<NameEn>WANG FANG and family</NameEn>", "PERSON_NAME");
  ExpectNoType("<Name>x</Name>Wang Fang</Name>", "PERSON_NAME");
  ExpectNoType("<Name>Customer Service</Name>", "PERSON_NAME");
  ExpectNoType("<!-- Name -->Wang Fang</x>", "PERSON_NAME");
  // Fast and reference paths agree on the new anchors ('>' and '?') in a longer text.
  std::string long_text(80, 'a');
  long_text.append("?x=1 ").append(driver).append(" <b>Wang</b>").append(80, 'b');
  ExpectAt(long_text, "SHI,JIE", "PERSON_NAME");
}

// An Excel 2003 XML sheet: each cell named by the cell of its column in the table's first
// row (ss:Index skips columns); a date-time at midnight under a birth column is the date of
// birth, any other time of day a timestamp.
TEST(PersonNameTest, SpreadsheetMlCellsTakeTheirHeaders) {
  const std::string sheet =
      "<Worksheet ss:Name=\"开户明细\">\n <Table>\n  <Row>\n"
      "   <Cell><Data ss:Type=\"String\">营业厅</Data></Cell>\n"
      "   <Cell><Data ss:Type=\"String\">客户姓名</Data></Cell>\n"
      "   <Cell><Data ss:Type=\"String\">备注</Data></Cell>\n"
      "   <Cell><Data ss:Type=\"String\">出生日期</Data></Cell>\n  </Row>\n  <Row>\n"
      "   <Cell><Data ss:Type=\"String\">南开区营业厅</Data></Cell>\n"
      "   <Cell><Data ss:Type=\"String\">黄萍</Data></Cell>\n"
      "   <Cell ss:Index=\"4\"><Data ss:Type=\"DateTime\">2005-09-23T00:00:00.000</Data></Cell>\n"
      "  </Row>\n  <Row>\n   <Cell ss:Index=\"3\"><Data ss:Type=\"DateTime\">2024-06-11T08:30:00.000"
      "</Data></Cell>\n  </Row>\n </Table>\n</Worksheet>\n";
  EXPECT_EQ(ExpectAt(sheet, "黄萍", "PERSON_NAME").field, "客户姓名");
  EXPECT_EQ(ExpectAt(sheet, "2005-09-23T00:00:00.000", "DATE_OF_BIRTH").field, "出生日期");
  std::vector<Hit> dates = OfType(Scan(sheet), "DATE_OF_BIRTH");
  EXPECT_EQ(dates.size(), 1u) << Describe(dates);
  ExpectNoType("created=2024-06-11T00:00:00.000 birthday_check=1", "DATE_OF_BIRTH");
  // A second sheet has its own header row.
  const std::string two = sheet +
      "<Worksheet><Table><Row><Cell><Data>编号</Data></Cell><Cell><Data>备注</Data></Cell></Row>\n"
      "<Row><Cell><Data>1</Data></Cell><Cell><Data ss:Type=\"String\">王建国</Data></Cell></Row>"
      "</Table></Worksheet>\n";
  std::vector<Hit> names = OfType(Scan(two), "PERSON_NAME");
  ASSERT_EQ(names.size(), 1u) << Describe(names);
  EXPECT_EQ(names[0].value, "黄萍");
}

// A land register's boundaries: the neighbours' names among the landmarks, under 四至 only.
TEST(PersonNameTest, LandRegisterNeighbours) {
  std::vector<Hit> names =
      OfType(ScanField("四至(东/南/西/北)", "赵守田/田坎/金满仓/李建国"), "PERSON_NAME");
  ASSERT_EQ(names.size(), 3u) << Describe(names);
  EXPECT_EQ(names[0].value, "赵守田");
  EXPECT_EQ(names[2].value, "李建国");
  EXPECT_TRUE(OfType(ScanField("四至", "荒坡/集体林/田坎/河"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("地块名称", "赵守田/田坎/金满仓"), "PERSON_NAME").empty());
}

// Voicemail: a caller naming themself, or greeting the person called, by full name.
TEST(PersonNameTest, VoicemailSelfAndCalledNames) {
  ExpectAt("<transcript>妈，我付俊伟，我搬家了", "付俊伟", "PERSON_NAME");
  ExpectAt("<transcript>喂，夏旭建，我是你表哥", "夏旭建", "PERSON_NAME");
  ExpectNoType("妈，我还没到，我搬家了", "PERSON_NAME");
}

// Rosters in notices and broadcasts: three or more full names in a row; one name alone
// between commas is not enough, nor a list of places or words.
TEST(PersonNameTest, RostersOfNames) {
  const std::string roster = "现在念一下还没交的：四组，崔金凤，崔淑珍，汪桂香，李学军；二组，夏琴。";
  for (const char* name : {"崔金凤", "崔淑珍", "汪桂香", "李学军"}) ExpectAt(roster, name, "PERSON_NAME");
  ExpectAt("林超贤导演，谢霆锋、张静初、张家辉(听歌)", "张静初", "PERSON_NAME");
  ExpectAt("请李慧敏、侯博文、曾琴等人带上户口本", "侯博文", "PERSON_NAME");
  ExpectNoType("途经江苏、浙江、安徽、江西四省", "PERSON_NAME");
  ExpectNoType("东至杨庄子、张家场村、王家湾村", "PERSON_NAME");
  ExpectNoType("今天，崔淑珍来了", "PERSON_NAME");  // no roster: one name
  // A notice that mixes its separators: ，, 、 and a single blank.
  const std::string notice = "获奖学生名单公示\n蔡思怡，孔轩平、杜峰成 吕华、覃翔静 邹辉成\n";
  for (const char* name : {"蔡思怡", "孔轩平", "杜峰成", "吕华", "覃翔静"})
    ExpectAt(notice, name, "PERSON_NAME");
  ExpectNoType("通知 王芳、明天 上午 开会\n", "PERSON_NAME");
  ExpectNoType("途经江苏 浙江、安徽 江西四省", "PERSON_NAME");
}

// Notices name people by the words around them: a parent greeted for a pupil, a full name
// greeted after a text message's sender, an announcer, whoever is in charge of a group, a
// work team named after its leader.
TEST(PersonNameTest, NoticesAndBroadcasts) {
  ExpectAt("【杨桥镇卫生院】王梓萱家长，您孩子的疫苗", "王梓萱", "PERSON_NAME");
  ExpectAt("【杨桥镇政府】史丽娟，气象台发布暴雨预警", "史丽娟", "PERSON_NAME");
  ExpectAt("【广播稿 6】2024年4月6日  播音：吕军（语音转写）", "吕军", "PERSON_NAME");
  ExpectAt("包片干部：沈桂芝负责三组，电话另行通知", "沈桂芝", "PERSON_NAME");
  ExpectAt("8,程庆丰,371721196706128455,雷振华班组,泥工", "雷振华", "PERSON_NAME");
  ExpectNoType("经验的樊教授任执行负责人。", "PERSON_NAME");
}

// Objects printed by Java, Kotlin and Lombok close with a bracket right after the last value:
// the bracket is not part of the address; one the value opened is.
TEST(StreetAddressTest, RecordBracketsEndTheValue) {
  ExpectAt("save User(id=1021, address=北京市海淀区中关村大街27号)", "北京市海淀区中关村大街27号",
           "STREET_ADDRESS");
  ExpectAt("{addr=北京市海淀区中关村大街27号}", "北京市海淀区中关村大街27号", "STREET_ADDRESS");
  ExpectAt("[address=北京市海淀区中关村大街27号(东门)]", "北京市海淀区中关村大街27号(东门)",
           "STREET_ADDRESS");
}

// Estates write buildings by letter (D座) and building, unit and room with dashes.
TEST(StreetAddressTest, LetteredBuildingsAndDashedDwellings) {
  ExpectAt("家庭住址：长沙市芙蓉区万科城D座3206室", "长沙市芙蓉区万科城D座3206室", "STREET_ADDRESS");
  ExpectAt("住址:湖南省长沙市芙蓉区水岸名都16-4-3002", "湖南省长沙市芙蓉区水岸名都16-4-3002",
           "STREET_ADDRESS");
  ExpectAt("证件地址：福州市鼓楼区世纪花园20-3-904，联系", "福州市鼓楼区世纪花园20-3-904",
           "STREET_ADDRESS");
  ExpectNoType("北京市朝阳区 2024-3-1500 x", "STREET_ADDRESS");      // no estate, a date-like run
  ExpectNoType("长沙市芙蓉区万科城16-4-300215", "STREET_ADDRESS");   // six digits: no room
}

// In an address column a building or road alone is a landmark, not a dwelling.
TEST(StreetAddressTest, LandmarksInAnAddressColumn) {
  for (const char* v : {"万达广场正门", "火车站西广场", "奥体中心东门"})
    EXPECT_TRUE(OfType(ScanField("dropoff_addr", v), "STREET_ADDRESS").empty()) << v;
  EXPECT_EQ(OfType(ScanField("dropoff_addr", "朝阳小区3栋201室"), "STREET_ADDRESS").size(), 1u);
  EXPECT_EQ(OfType(ScanField("address", "长沙市万达广场"), "STREET_ADDRESS").size(), 1u);
}

// A vCard ADR property: post office box, extended address, street, locality, region, postal
// code, country. With a street it is reported from the first component to the last.
TEST(StreetAddressTest, VcardAdr) {
  ExpectAt("ADR;TYPE=HOME:;;金碧路170号;南京市;玄武区;;中国\nEND:VCARD",
           "金碧路170号;南京市;玄武区;;中国", "STREET_ADDRESS");
  ExpectAt("item1.ADR;type=HOME;type=pref:;;1 Main St;Springfield;IL;62704;USA\n",
           "1 Main St;Springfield;IL;62704;USA", "STREET_ADDRESS");
  ExpectNoType("ADR;TYPE=HOME:;;;南京市;;;中国\n", "STREET_ADDRESS");  // no street
  ExpectNoType("ADR:;;1 Main St;Springfield;IL;62704;USA\n", "STREET_ADDRESS");  // see OnAssign
  ExpectNoType("NOTE;TYPE=HOME:;;金碧路;x\n", "STREET_ADDRESS");      // not an ADR
}

TEST(StreetAddressTest, PlaceNamesAndOrganisationsAreNotAddresses) {
  ExpectNoType("杭州市人民政府发布通知", "STREET_ADDRESS");
  ExpectNoType("我去过湖南省长沙市", "STREET_ADDRESS");
}

// OCR of ID cards and PDF exports wrap an address over lines: the finding runs across the
// line breaks when the first line has no house number yet and the next lines finish it.
TEST(StreetAddressTest, AddressesWrappedOverLines) {
  ExpectAt("住址 广东省珠海市斗门区永安\n镇红星村167号\n\n公民身份号码", "广东省珠海市斗门区永安\n镇红星村167号",
           "STREET_ADDRESS");
  ExpectAt("住 址 河南省信阳市罗山县解放\n路692号泰和苑C座100\n6室\n", "河南省信阳市罗山县解放\n路692号泰和苑C座100\n6室",
           "STREET_ADDRESS");
  ExpectAt("住 址  信阳市淮滨县龙泉镇王庄村九组32号", "信阳市淮滨县龙泉镇王庄村九组32号", "STREET_ADDRESS");
  // A complete first line stays as it is; a blank line or a label ends the address.
  ExpectAt("地址：北京市朝阳区建国路88号\n联系电话 13800138000", "北京市朝阳区建国路88号", "STREET_ADDRESS");
  ExpectNoType("籍贯 湖南省长沙市\n\n12号", "STREET_ADDRESS");
  ExpectNoType("籍贯 湖南省长沙市\n出生 1990年", "STREET_ADDRESS");
}

// An organisation's own address: under a key naming it, or in brackets after its name.
TEST(StreetAddressTest, OrganisationsOwnAddresses) {
  ExpectNoType("营业厅地址：武汉市东湖高新区珞喻路766号  咨询电话", "STREET_ADDRESS");
  ExpectNoType("受理渠道：武汉光谷营业厅（武汉市东湖高新区珞喻路766号）", "STREET_ADDRESS");
  ExpectNoType("company_address=北京市朝阳区建国路88号", "STREET_ADDRESS");
  for (const char* key : {"station_address", "storeAddress", "公司地址", "注册地址", "单位地址"})
    EXPECT_TRUE(OfType(ScanField(key, "北京市朝阳区建国路88号"), "STREET_ADDRESS").empty()) << key;
  // A person's address keys stay addresses; brackets after a person's word are no shop.
  ExpectAt("邮寄地址：广州市天河区白云大道北148号华景新城22栋1单元2703室", "广州市天河区白云大道北148号华景新城22栋1单元2703室",
           "STREET_ADDRESS");
  ExpectAt("收件人（本人）（广州市天河区体育西路101号）", "广州市天河区体育西路101号", "STREET_ADDRESS");
  EXPECT_EQ(OfType(ScanField("home_address", "北京市朝阳区建国路88号"), "STREET_ADDRESS").size(), 1u);
  // A base station's site.
  ExpectNoType("周边站点GZ_TH_TYDL_5GH01（站址：广州市天河区体育东路118号财富广场楼顶）已割接",
               "STREET_ADDRESS");
}

// Households counted and an outlet's long number are no dwelling and no house number.
TEST(StreetAddressTest, CountsAndOutletNumbersAreNoAddress) {
  for (const char* text : {"截至目前，昆明市共有13058户低收入家庭登记", "北京市住保办公布22户0号身份",
                           "当记者拨通温州瑞安安阳镇33035711号投注站站主的电话"})
    ExpectNoType(text, "STREET_ADDRESS");
  // A five-digit house number on a long road, and a room counted in 户, stay.
  ExpectAt("地址：上海市浦东新区沪南公路12500号", "上海市浦东新区沪南公路12500号", "STREET_ADDRESS");
  ExpectAt("住址：锦绣花园5栋2单元301户", "锦绣花园5栋2单元301户", "STREET_ADDRESS");
}

// GPS trackers and watches report decimal degrees with their hemisphere letters.
TEST(CoordinatesTest, HemisphereLettersAfterDecimalDegrees) {
  const std::string text = "UD,120624,070454,A,28.2297700,N,112.8930543,E,1.62,12.4";
  ExpectAt(text, "28.2297700", "LOCATION_COORDINATES");
  ExpectAt(text, "112.8930543", "LOCATION_COORDINATES");
  ExpectNoType("v,A,28.22,N,112.89,E", "LOCATION_COORDINATES");           // two decimals
  ExpectNoType("x,98.2297700,N,112.8930543,E", "LOCATION_COORDINATES");   // no latitude
  ExpectNoType("x,28.2297700,N,212.8930543,E", "LOCATION_COORDINATES");   // no longitude
}

// OCR APIs wrap each value in an object under the field's name: {"出生": {..., "words": ...}}.
TEST(ContextTest, OcrWordsUnderTheirFieldsKey) {
  const std::string text =
      "{\"words_result\": {\"姓名\": {\"location\": {\"left\": 1, \"width\": 301}, \"words\": "
      "\"魏瑶\"}, \"出生\": {\"location\": {\"left\": 248}, \"words\": \"19501128\"}}}";
  ExpectAt(text, "魏瑶", "PERSON_NAME");
  ExpectAt(text, "19501128", "DATE_OF_BIRTH");
  ExpectNoType("{\"备注\": {\"words\": \"19501128\"}}", "DATE_OF_BIRTH");
}

// A birth date said with a short year, with birth context.
TEST(DateOfBirthTest, SpokenShortYears) {
  ExpectAt("客户：出生日期是六九年十一月二十九日。", "六九年十一月二十九日", "DATE_OF_BIRTH");
  ExpectAt("出生日期是两千零四年一月二十一号。", "两千零四年一月二十一号", "DATE_OF_BIRTH");
  ExpectAt("A: 请报一下您的出生日期。\nB: 八五年三月二十六号。", "八五年三月二十六号", "DATE_OF_BIRTH");
  ExpectNoType("我们九五年十月一日去了北京", "DATE_OF_BIRTH");    // no birth context
  ExpectNoType("出生日期是六九年十三月二十九日", "DATE_OF_BIRTH");  // no such month
}

// A birth certificate's sentence: the date, 在, the place, then 出生.
TEST(DateOfBirthTest, BornAtAPlace) {
  ExpectAt("兹证明陈芳于1963年4月13日在广东省汕尾市出生。", "1963年4月13日", "DATE_OF_BIRTH");
  ExpectNoType("我们于2023年4月13日在广州市签约，他出生于北京", "DATE_OF_BIRTH");
  ExpectNoType("于2023年4月13日在广州市参加活动", "DATE_OF_BIRTH");
}

// Complaint letters quote an engineering-mode screen: a decimal ECGI after a cell word, and
// each coordinate after its 经度 / 纬度 label.
TEST(CellIdTest, DecimalEcgiAndLabelledCoordinates) {
  const std::string text = "服务小区 46001692883078 RSRP -125 SINR 10 经度 116.518533 纬度 39.881785";
  ExpectAt(text, "46001692883078", "CELL_ID");
  ExpectAt(text, "116.518533", "LOCATION_COORDINATES");
  ExpectAt(text, "39.881785", "LOCATION_COORDINATES");
  ExpectNoType("订单号 46001692883078", "CELL_ID");                // no cell word
  ExpectNoType("服务小区 46021692883078", "CELL_ID");              // 21 is no mainland MNC
  ExpectNoType("纬度 139.881785", "LOCATION_COORDINATES");         // no latitude
  ExpectNoType("经度 116.51 纬度 39.88", "LOCATION_COORDINATES");  // two decimals
}

// A 5G cell identity (up to eleven digits) in its column is the cell, not a mobile number.
// Cells in hex in text: a SIP header's utran-cell-id-3gpp (MCC, MNC, TAC, cell) and an NB-IoT
// platform's cellId=0x... under a cell key; hex trace ids of the same lengths are not.
// A key glossed in brackets, as tshark decodes a GTPv2 ULI: the word before the bracket
// names the value.
TEST(CellIdTest, KeysGlossedInBrackets) {
  const std::string uli =
      "    .... 0101 1011 1110 0110 0001 0010 = ECI (E-UTRAN Cell Identifier): 96400914\n";
  EXPECT_EQ(ExpectAt(uli, "96400914", "CELL_ID").field, "ECI");
  ExpectNoType("    Sequence Number (Instance 1): 96400914\n", "CELL_ID");
}

// A 5G core's NR cells (36 bits: nine hex digits) and E-UTRAN cells (28 bits: seven) in
// hex under a cell key, maybe after 0x; the NR cell global identity of a SIP header.
TEST(CellIdTest, HexCellsOf5gCores) {
  ExpectAt("{\"ncgi\":{\"plmnId\":{\"mcc\":\"460\",\"mnc\":\"00\"},\"nrCellId\":\"6449a7004\"}}",
           "6449a7004", "CELL_ID");
  ExpectAt("  nRCellIdentity: 0xe19d430010\n", "0xe19d430010", "CELL_ID");
  ExpectAt("[amf] INFO: TAC[41931] CellID[0x6449a7004] (../src/amf/ngap-handler.c:562)",
           "0x6449a7004", "CELL_ID");
  ExpectAt("P-Access-Network-Info: 3GPP-NR-TDD;utran-cell-id-3gpp=4600000a335db96a8005\n",
           "4600000a335db96a8005", "CELL_ID");
  EXPECT_EQ(OfType(ScanField("eutraCellId", "9609D04"), "CELL_ID").size(), 1u);
  EXPECT_EQ(OfType(ScanField("nr_cell_id", "e6e20c002"), "CELL_ID").size(), 1u);
  // Not under an area's key, not a commit hash after its word, not a trace id.
  EXPECT_TRUE(OfType(ScanField("tac", "00a26c1"), "CELL_ID").empty());
  ExpectNoType("commit 6449a7004 merged", "CELL_ID");
  ExpectNoType("span=6449a7004 trace=460a2b63d2d79bf1", "CELL_ID");
}

TEST(CellIdTest, HexCellsInSipHeadersAndIotLogs) {
  ExpectAt("P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=460006372AC01B82\n",
           "460006372AC01B82", "CELL_ID");
  ExpectAt("uplink snr=0 ecl=1 pci=171 earfcn=3738 cellId=0xDF99032 tac=23037", "0xDF99032",
           "CELL_ID");
  ExpectNoType("order.svc trace=460a2b63d2d79bf1 span=1b8882aa", "CELL_ID");
  ExpectNoType("gpio reg=0xDF99032 mask=0x1", "CELL_ID");
}

// A children's watch reporting in the "3G" protocol: the number of cells, then MCC, MNC and
// that many LAC,CI,signal triples. Every CI is a cell; the count and the triples must agree.
TEST(CellIdTest, WatchReportCells) {
  const std::string report =
      "[3G*2524939884*00CC*UD,120624,070454,A,28.2297700,N,112.8930543,E,1.62,12.4,47.9,6,85,85,"
      "19820,0,00000000,2,1,460,0,17146,46992,126,17146,47642,172,2,TP-LINK_97E9,"
      "74:7d:24:cc:28:89,-51]";
  ExpectAt(report, "46992", "CELL_ID");
  ExpectAt(report, "47642", "CELL_ID");
  ExpectAt("...,00000000,1,1,460,11,32240,26577,183]", "26577", "CELL_ID");
  for (const char* text : {"...,00000000,3,1,460,0,17146,46992,126,17146,47642,172,2,x]",  // 2 of 3
                           "...,00000000,1,1,310,0,17146,46992,126,1,x]",    // not mainland
                           "...,00000000,1,1,460,89,17146,46992,126,1,x]",   // no such MNC
                           "...,00000000,1,1,460,0,99999,46992,126,1,x]",    // LAC > 65535
                           "qty,12,1,460,0,5,3,1\n"})
    ExpectNoType(text, "CELL_ID");
}

// Under a cell key in a log line: an ECGI in hex (MCC 460, MNC, 28-bit cell), and a roaming
// subscriber's cell abroad in MCC-MNC-LAC-CI form; not the same shapes under other keys.
TEST(CellIdTest, EcgiInLogLinesAndCellsAbroad) {
  ExpectAt("last home location ecgi=460012ED55B6 tac=22531", "460012ED55B6", "CELL_ID");
  ExpectAt("User-Location-Info ecgi=454-06-21543-167724769 ip=1", "454-06-21543-167724769",
           "CELL_ID");
  ExpectAt("ecgi=520-01-90-23399447 ip=1", "520-01-90-23399447", "CELL_ID");
  ExpectNoType("trace=460012ED55B6 span=1", "CELL_ID");
  ExpectNoType("ref=454-06-21543-167724769 ip=1", "CELL_ID");
}

TEST(CellIdTest, NrCellIdentityColumnIsNoPhone) {
  std::vector<Hit> hits = ScanField("NR_NCI", "14943408131");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "CELL_ID");
  EXPECT_EQ(OfType(ScanField("msisdn", "14943408131"), "PHONE_NUMBER").size(), 1u);
  // Eleven digits that are no mobile number, under a JSON key or in an Android dump.
  EXPECT_EQ(OfType(ScanField("nci", "44259247219"), "CELL_ID").size(), 1u);
  ExpectAt("CellIdentityNr:{ mPci = 1001 mTac = 539390 mNci = 16930884251 }", "16930884251",
           "CELL_ID");
  ExpectAt("CellIdentityNr:{ mNci = 44259247219 }", "44259247219", "CELL_ID");
  ExpectNoType("order=44259247219 done", "CELL_ID");
}

// A village's group (组, 社, 队) comes between 村 and the house number in rural addresses.
// Call transcripts write house, building and room numbers in Chinese numerals.
TEST(StreetAddressTest, NumbersInChineseNumerals) {
  ExpectAt("地址是湖南省长沙市芙蓉区民主路三十九号", "湖南省长沙市芙蓉区民主路三十九号",
           "STREET_ADDRESS");
  ExpectAt("我住在北京市朝阳区建国路八十八号院三号楼二单元五零一室，",
           "北京市朝阳区建国路八十八号院三号楼二单元五零一室", "STREET_ADDRESS");
  ExpectAt("郑州市二七区大学路八十号", "郑州市二七区大学路八十号", "STREET_ADDRESS");
  ExpectNoType("上海市地铁三号线", "STREET_ADDRESS");       // a line, no road
  ExpectNoType("他在纽卡斯尔市西区一栋楼里", "STREET_ADDRESS");  // a quantity after a place
  ExpectNoType("湖南省长沙市芙蓉区民主路三十九", "STREET_ADDRESS");  // no 号: no number
}

// A road's section may be named by a direction: 天府大道北段, 中山大道西段.
TEST(StreetAddressTest, RoadSectionsByDirection) {
  ExpectAt("住址：四川省成都市武侯区天府大道北段18号", "四川省成都市武侯区天府大道北段18号",
           "STREET_ADDRESS");
  ExpectAt("住址：广州市天河区中山大道西段218号", "广州市天河区中山大道西段218号",
           "STREET_ADDRESS");
  ExpectAt("住址：成都市人民南路四段18号", "成都市人民南路四段18号", "STREET_ADDRESS");
  ExpectAt("地址：广州市天河区白云大道北148号", "广州市天河区白云大道北148号", "STREET_ADDRESS");
}

TEST(StreetAddressTest, VillageGroups) {
  ExpectAt("住址：四川省眉山市仁寿县文林镇和平村7组40号", "四川省眉山市仁寿县文林镇和平村7组40号",
           "STREET_ADDRESS");
  ExpectAt("河南省固始县城关镇红星村11社73号，电话", "河南省固始县城关镇红星村11社73号",
           "STREET_ADDRESS");
  ExpectAt("湖南省仁寿县文林镇和平村2队35号", "湖南省仁寿县文林镇和平村2队35号", "STREET_ADDRESS");
  // A group only after 村, and a group alone pins no dwelling.
  ExpectNoType("湖南省长沙市岳麓区7组40号", "STREET_ADDRESS");
  ExpectNoType("四川省眉山市仁寿县文林镇和平村7组", "STREET_ADDRESS");
  ExpectNoType("四川省眉山市和平村1234组40号", "STREET_ADDRESS");
}

// A room number without 室 after 单元, 栋 or 号楼 ends the address.
TEST(StreetAddressTest, RoomNumberWithoutRoomSuffix) {
  ExpectAt("收货地址：北京市丰台区胜利街57号3单元502", "北京市丰台区胜利街57号3单元502",
           "STREET_ADDRESS");
  ExpectAt("北京市丰台区胜利街57号5栋1203，电话", "北京市丰台区胜利街57号5栋1203",
           "STREET_ADDRESS");
  ExpectAt("北京市丰台区胜利街57号2号楼301 收", "北京市丰台区胜利街57号2号楼301", "STREET_ADDRESS");
  // A year, a phone number run on, a single digit or a code are not room numbers.
  ExpectAt("北京市丰台区胜利街1号楼2024年竣工", "北京市丰台区胜利街1号楼", "STREET_ADDRESS");
  std::string text = "北京市丰台区胜利街57号3单元13800138000";
  ExpectAt(text, "北京市丰台区胜利街57号3单元", "STREET_ADDRESS");
  ExpectAt(text, "13800138000", "PHONE_NUMBER");
  ExpectAt("北京市丰台区胜利街57号3单元5", "北京市丰台区胜利街57号3单元", "STREET_ADDRESS");
  ExpectAt("北京市丰台区胜利街57号3单元502A", "北京市丰台区胜利街57号3单元", "STREET_ADDRESS");
  // After a lettered or numbered tower and a floor too; Guangdong's 房 after three digits.
  ExpectAt("地址：河北省石家庄市长安区中山东路39号勒泰中心A座3501",
           "河北省石家庄市长安区中山东路39号勒泰中心A座3501", "STREET_ADDRESS");
  ExpectAt("地址：北京市海淀区中关村大街27号中关村大厦10层1008，邮编",
           "北京市海淀区中关村大街27号中关村大厦10层1008", "STREET_ADDRESS");
  ExpectAt("广东省广州市番禺区光明北路288号2栋1单元1203房", "广东省广州市番禺区光明北路288号2栋1单元1203房",
           "STREET_ADDRESS");
  ExpectNoType("广州市3房2厅出租", "STREET_ADDRESS");
  // A numbered lane, as Taiwan writes one.
  ExpectAt("寄件地址：新北市板橋區文化路一段141巷52號13樓 手機", "新北市板橋區文化路一段141巷52號13樓",
           "STREET_ADDRESS");
  ExpectAt("地址：台北市大安區忠孝東路四段100巷5弄3號", "台北市大安區忠孝東路四段100巷5弄3號",
           "STREET_ADDRESS");
}

// An address after a label and a copula starts after the copula (地址为..., 住址在...).
TEST(StreetAddressTest, AfterALabelAndACopula) {
  ExpectAt("装机地址为山东省青岛市崂山区海尔路1号", "山东省青岛市崂山区海尔路1号", "STREET_ADDRESS");
  ExpectAt("住址为建国路88号3单元", "建国路88号3单元", "STREET_ADDRESS");
  ExpectAt("住址在建国路88号", "建国路88号", "STREET_ADDRESS");
  ExpectAt("家住建国路88号3单元502", "建国路88号3单元502", "STREET_ADDRESS");
}

// A province or city alone under an address key (an address object's 省 / city member) is a
// region, not a street address; a town or village, or anything with a road, number or
// building, still is.
// After a key in text, a quoted address ends at its closing quote, single or double.
TEST(StreetAddressTest, QuotedAfterAKeyEndsAtTheQuote) {
  ExpectAt("UPDATE t SET address = '浙江省杭州市西湖区花园路181号' WHERE id = 1",
           "浙江省杭州市西湖区花园路181号", "STREET_ADDRESS");
  ExpectAt("Cust{address='深圳市南山区中华北路715号万科城33层', id=2}",
           "深圳市南山区中华北路715号万科城33层", "STREET_ADDRESS");
  ExpectAt("{\"address\" : \"深圳市南山区中华北路715号\"}", "深圳市南山区中华北路715号",
           "STREET_ADDRESS");
}

TEST(StreetAddressTest, RegionAloneInAnAddressField) {
  EXPECT_TRUE(ScanField("$.住址.省", "湖南省").empty());
  EXPECT_TRUE(ScanField("$.address.city", "长沙市").empty());
  EXPECT_TRUE(ScanField("地址", "湖南省长沙市芙蓉区").empty());
  EXPECT_TRUE(ScanField("address", "湖南").empty());
  ExpectNoType("{\"住址\":{\"省\":\"湖南省\",\"详细\":\"x\"}}", "STREET_ADDRESS");
  ExpectNoType("{\"address\":{\"city\":\"长沙市\"}}", "STREET_ADDRESS");
  ExpectNoType("address=湖南省长沙市", "STREET_ADDRESS");
  EXPECT_EQ(OfType(ScanField("$.住址.详细", "长沙市芙蓉区五一大道88号"), "STREET_ADDRESS").size(), 1u);
  EXPECT_EQ(OfType(ScanField("地址", "文林镇和平村"), "STREET_ADDRESS").size(), 1u);
  EXPECT_EQ(OfType(ScanField("地址", "湖南省长沙市芙蓉区阳光花园"), "STREET_ADDRESS").size(), 1u);
  ExpectAt("address=长沙市芙蓉区阳光花园", "长沙市芙蓉区阳光花园", "STREET_ADDRESS");
}

// ---------------------------------------------------------------------------------------
// PHONE_NUMBER

TEST(PhoneTest, MobileInSentences) {
  Hit h = ExpectAt("我的手机号是13800138000，请回电。", "13800138000", "PHONE_NUMBER");
  EXPECT_EQ(h.start, 18u);
  EXPECT_EQ(h.end, 29u);
  h = ExpectAt("Call me at 13800138000 tomorrow.", "13800138000", "PHONE_NUMBER");
  EXPECT_EQ(h.start, 11u);
  ExpectAt("2024-05-01 10:00:01 INFO sms sent to 15912345678 status=0", "15912345678",
           "PHONE_NUMBER");
  ExpectAt("msisdn=17400012345", "17400012345", "PHONE_NUMBER");
  ExpectAt("新号段 19912345678 已开通", "19912345678", "PHONE_NUMBER");
}

TEST(PhoneTest, CountryPrefixesAndSeparators) {
  for (const char* v : {"+86 138 0013 8000", "+86-138-0013-8000", "+8613800138000",
                        "0086 138 0013 8000", "0086-13800138000", "008613800138000",
                        "86 13800138000", "8613800138000", "138 0013 8000", "138-0013-8000"}) {
    std::string text = std::string("联系电话：") + v + "，工作日";
    Hit h = ExpectAt(text, v, "PHONE_NUMBER");
    EXPECT_GE(Rank(h.likelihood), Rank(Likelihood::kLikely)) << v;
  }
  // Hong Kong and Macau numbers without the '+': grouped, or under a phone field.
  ExpectAt("Contact 電話: 00852 93430082\n", "00852 93430082", "PHONE_NUMBER");
  ExpectAt("電話 Tel: 852-62078094\n", "852-62078094", "PHONE_NUMBER");
  EXPECT_EQ(OfType(ScanField("msisdn", "85261292526"), "PHONE_NUMBER").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("order_id", "85261292526"), "PHONE_NUMBER").empty());
  ExpectNoType("batch 85261292526 done", "PHONE_NUMBER");  // no field, no grouping
  // China Mobile's SMS centres (13800 + area + 500) are network elements, not subscribers.
  ExpectNoType("MO|460018012035634|8613800210500|32", "PHONE_NUMBER");
  ExpectNoType("smsc=+8613800755500 ok", "PHONE_NUMBER");
  ExpectAt("call 13800138000 now", "13800138000", "PHONE_NUMBER");
  // A delivery platform's virtual number with its extension is bound to an order, not a
  // subscriber.
  ExpectNoType("快递员打给我的号码是 17143674975 转 9478，这", "PHONE_NUMBER");
  EXPECT_TRUE(OfType(ScanField("phone", "17197183423,8072"), "PHONE_NUMBER").empty());
  ExpectAt("msisdn=13800138000 转账成功", "13800138000", "PHONE_NUMBER");
  ExpectAt("王芳,13900139000,1234,abc", "13900139000", "PHONE_NUMBER");
  // Two groups make a mobile as people write one, not a date and a code.
  ExpectNoType("D 0001 汪文        2    19820813 110    12000.00", "PHONE_NUMBER");
  ExpectAt("手机 1380013 8000", "1380013 8000", "PHONE_NUMBER");
  ExpectAt("手机 138 00138000", "138 00138000", "PHONE_NUMBER");
}

TEST(PhoneTest, FullWidthDigitsMapToOriginalOffsets) {
  std::string text = "电话：１３８００１３８０００，谢谢";
  std::vector<Hit> hits = Scan(text);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "PHONE_NUMBER");
  EXPECT_EQ(hits[0].start, 9u);      // 电话： is 9 bytes
  EXPECT_EQ(hits[0].end, 9u + 33u);  // eleven 3-byte full-width digits
  EXPECT_EQ(hits[0].value, "１３８００１３８０００");
  ExpectAt("请拨打１３８００１３８０００联系客服", "１３８００１３８０００", "PHONE_NUMBER");
  ExpectAt("热线：＋８６　１３８　００１３　８０００", "＋８６　１３８　００１３　８０００",
           "PHONE_NUMBER");
}

TEST(PhoneTest, Landlines) {
  ExpectAt("电话 0551-3125969 座机", "0551-3125969", "PHONE_NUMBER");
  ExpectAt("tel (0551)22935252 ext", "(0551)22935252", "PHONE_NUMBER");
  ExpectAt("电话:(021)6234-5678", "(021)6234-5678", "PHONE_NUMBER");
  ExpectAt("电话 (0551) 2293-5252 转 8", "(0551) 2293-5252", "PHONE_NUMBER");
  ExpectNoType("电话 (021)6234-56789", "PHONE_NUMBER");
  ExpectAt("座机：010-62345678", "010-62345678", "PHONE_NUMBER");
  ExpectNoType("总机：010-62345678", "PHONE_NUMBER");  // an organisation's switchboard
  ExpectAt("office +86 10 6234 5678", "+86 10 6234 5678", "PHONE_NUMBER");
  ExpectAt("座机 0431-85556666", "0431-85556666", "PHONE_NUMBER");
  ExpectNoType("电话 026-12345678", "PHONE_NUMBER");  // 026 is unassigned
}

// Regression (was a bug): 010-12345678 is a valid Beijing number (libphonenumber CN fixedLine
// allows 10[18](?:0[1-9]|[1-9]\d)\d{5}); subscriber numbers starting with 1 were rejected.
TEST(PhoneTest, BeijingLandlineStartingWithOne) {
  ExpectAt("座机：010-12345678", "010-12345678", "PHONE_NUMBER");
}

TEST(PhoneTest, International) {
  ExpectAt("call +44 20 7946 0958 now", "+44 20 7946 0958", "PHONE_NUMBER");
  ExpectAt("US office: +1 415 555 2671", "+1 415 555 2671", "PHONE_NUMBER");
  ExpectAt("香港 +852 2123 4567", "+852 2123 4567", "PHONE_NUMBER");
  // An area code in parentheses, and the trunk prefix (0) a number drops from abroad.
  ExpectAt("Tel: +1 (415) 555-2671, ext", "+1 (415) 555-2671", "PHONE_NUMBER");
  ExpectAt("Tel: +1 (415)555-2671", "+1 (415)555-2671", "PHONE_NUMBER");
  ExpectAt("phone +44 (0)20 7946 0958", "+44 (0)20 7946 0958", "PHONE_NUMBER");
  ExpectAt("Moscow +7 (495) 123-45-67", "+7 (495) 123-45-67", "PHONE_NUMBER");
  ExpectNothing("+1 (415) only");
  ExpectNothing("+1 (415)555-2671x");
  // After the international prefix 00, under a call party's key as switches name them.
  for (const char* key : {"cgpn", "CdPN", "anum", "a_number", "b_party"})
    ExpectAt(std::string(key) + "=00959777239853 dir=INTL_IN", "00959777239853", "PHONE_NUMBER");
  ExpectNoType("table_number=00959777239853", "PHONE_NUMBER");
}

// 13-digit IoT numbers (SIMs in meters, trackers, cars) are phone-number shaped only in a
// phone field: 14x and the 1064x block of all three operators.
TEST(PhoneTest, IotNumbersInPhoneFields) {
  for (const char* v : {"1064712345678", "1064612345678", "1064812345678", "1064912345678",
                        "1440123456789"}) {
    std::vector<Hit> hits = ScanField("msisdn", v);
    EXPECT_EQ(OfType(hits, "PHONE_NUMBER").size(), 1u) << v << "\n" << Describe(hits);
  }
  EXPECT_TRUE(OfType(ScanField("msisdn", "1065712345678"), "PHONE_NUMBER").empty());
  EXPECT_TRUE(OfType(ScanField("order_no", "1064712345678"), "PHONE_NUMBER").empty());
}

// Transcripts of numbers read out: groups with a pause (comma, 、) between them, digit by
// digit, in Chinese numerals or mixed.
TEST(PhoneTest, NumbersReadOutInTranscripts) {
  ExpectAt("坐席：跟您复述一下，199，3605，4548。", "199，3605，4548", "PHONE_NUMBER");
  ExpectAt("客户：198，四八五六，五二一三，白天都在", "198，四八五六，五二一三", "PHONE_NUMBER");
  ExpectAt("客户：打我家座机吧，零二二，三二零八，一六二六。", "零二二，三二零八，一六二六", "PHONE_NUMBER");
  ExpectAt("电话1 7 3 2 1 5 0 6 1 7 9。", "1 7 3 2 1 5 0 6 1 7 9", "PHONE_NUMBER");
  ExpectAt("身份证号是三三洞一洞六，一九五五洞五二二，八五四九", "三三洞一洞六，一九五五洞五二二，八五四九",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("是420111, 19720424, 5179。", "420111, 19720424, 5179", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("号码是四二零、111、1953、零八零二、147X", "四二零、111、1953、零八零二、147X",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("是3 2 0 1 0 6, 1 9 5 5 0 1 2 7, 1 0 2 X，对", "3 2 0 1 0 6, 1 9 5 5 0 1 2 7, 1 0 2 X",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("卡号六二幺六，六幺五九，三三三七，五幺四零，八九九", "六二幺六，六幺五九，三三三七，五幺四零，八九九",
           "BANK_CARD_NUMBER");
  // Posts join a number's groups to slip past filters; radio speech says 拐 for 7.
  ExpectAt("联系：187+5806+2091，微信", "187+5806+2091", "PHONE_NUMBER");
  ExpectAt("加我 172加41069787 详聊", "172加41069787", "PHONE_NUMBER");
  ExpectAt("电话：幺拐拐 三四八六 幺〇八九", "幺拐拐 三四八六 幺〇八九", "PHONE_NUMBER");
  ExpectNoType("价格 100+200+300 元", "PHONE_NUMBER");
  // A number followed by a list goes on being found; amounts and protocol fields are none.
  ExpectAt("推销电话号码有188 0758 3432、02112345678", "188 0758 3432", "PHONE_NUMBER");
  ExpectNoType("金额 13,800,138,000 元", "PHONE_NUMBER");
  ExpectNoType("UD,2,1,460,0,21670,27456,132", "PHONE_NUMBER");
  ExpectNoType("是3 2 0 1 0 6, 1 9 5 5 0 1 2 7, 1 0 2 5，对", "PHONE_NUMBER");
}

// A serial number or a record's number (sn, 编号) that is shaped like a mobile or a card.
TEST(PhoneTest, SerialAndRecordNumbersAreNone) {
  ExpectNoType("{\"sn\": \"17367387906\", \"title\": \"x\"}", "PHONE_NUMBER");
  ExpectNoType("房源编号：6296794513299957", "BANK_CARD_NUMBER");
  ExpectNoType("档案编号：13800138000", "PHONE_NUMBER");
}

TEST(PhoneTest, MobileGroupedWithDots) {
  ExpectAt("tel 180.4717.8924 ok", "180.4717.8924", "PHONE_NUMBER");
  ExpectAt("电话：138.0013.8000。", "138.0013.8000", "PHONE_NUMBER");
  ExpectNoType("v 180.4717.8924.1 ok", "PHONE_NUMBER");   // four groups
  ExpectNoType("v 100.4717.8924 ok", "PHONE_NUMBER");     // no such prefix
  ExpectNoType("v 18.04717.8924 ok", "PHONE_NUMBER");     // not 3-4-4
  ExpectNoType("v a180.4717.8924 ok", "PHONE_NUMBER");    // inside a longer token
}

TEST(PhoneTest, NorthAmericanTollFreeIsNoPersonalNumber) {
  ExpectNoType("call +1-800-9721916 now", "PHONE_NUMBER");
  ExpectNoType("call +1 888 555 0100 now", "PHONE_NUMBER");
  ExpectNoType("call +18445550100 now", "PHONE_NUMBER");
  ExpectAt("call +1-212-555-0100 now", "+1-212-555-0100", "PHONE_NUMBER");
  ExpectAt("call +1 811 555 0100 now", "+1 811 555 0100", "PHONE_NUMBER");
}

// A UUID's all-digit groups are no phone number or card.
TEST(PhoneTest, UuidGroupsAreNothing) {
  ExpectNothing("oaid 8f3a91c2-4b7e-11ee-6482-566790189496");
  ExpectNothing("\"oaid\":\"05988391-3910-5386-9436-956531160577\"");
  ExpectAt("tel 0598-83913910 ok", "0598-83913910", "PHONE_NUMBER");
  ExpectAt("x 0598-83913910-5386 y", "0598-83913910", "PHONE_NUMBER");  // not a UUID
}

TEST(PhoneTest, NumbersInsideLongerRunsAreNotPhones) {
  // An 11-digit mobile inside an 18-digit order number, a 17-digit run, a hash.
  ExpectNothing("订单号：202401011380013800");
  ExpectNothing("order 202401138001380001 x");
  ExpectNothing("ref 13800138000123456 x");
  ExpectNothing("hash a13800138000b x");
  ExpectNothing("sku=AB13800138000");
  ExpectNothing("id=13800138000abc");
  // 13-digit millisecond timestamps, even when their first 11 digits look like a mobile.
  ExpectNothing("ts=1721440000123");
  ExpectNothing("event at 1752000000000 ms");
  ExpectNothing("1721440000123");
  // Unallocated mobile prefixes.
  ExpectNothing("number 14012345678 x");
  ExpectNothing("number 19412345678 x");
  ExpectNothing("number 17912345678 x");
}

// ---------------------------------------------------------------------------------------
// EMAIL_ADDRESS

// A SIM's keys as 5G cores and SIM vendors' files write them: Ki and OPc after short keys
// (128 bits in hex, so an HSS command's name is none), K, OP and OPc under an open5gs
// subscriber's "security" (maybe in four groups of eight), a UDM's provisioning keys, and
// the keys an authentication derives.
TEST(CredentialTest, SimKeysOf5gCores) {
  const std::string ki = "F7FEB9D90C0FB4ADAD9C2A1E70B9A9C0";
  const std::string opc = "92CBC849DC896AE90B0AD9EE78F074B4";
  ExpectAt("ki=" + ki + " opc=" + opc, ki, "CREDENTIAL");
  ExpectAt("ki=" + ki + " opc=" + opc, opc, "CREDENTIAL");
  ExpectAt("IMSI: 460001234567890, KI: " + ki, ki, "CREDENTIAL");
  ExpectAt("\"encPermanentKey\":\"" + ki + "\",\"encOpcKey\":\"" + opc + "\"", opc, "CREDENTIAL");
  const std::string kausf = "8fc18cb9802fad49483b6cc2aecdbd6d141289c8bd328fc2324171c4253dc5e7";
  ExpectAt("{\"kausf\":\"" + kausf + "\"}", kausf, "CREDENTIAL");
  EXPECT_EQ(OfType(ScanField("security.k", "D17B53BC 4354E095 113B1FFE 2E331D80"), "CREDENTIAL")
                .at(0).value, "D17B53BC 4354E095 113B1FFE 2E331D80");
  EXPECT_EQ(OfType(ScanField("security.opc", opc), "CREDENTIAL").size(), 1u);
  // Not an HSS command's name, a short value, or a "k" outside a subscriber's security.
  ExpectNoType("%%ADD KI: IMSI=\"460082467381968\", OPERTYPE=ADD;%%", "CREDENTIAL");
  ExpectNoType("ki=3 opc=ua", "CREDENTIAL");
  EXPECT_TRUE(OfType(ScanField("params.k", ki), "CREDENTIAL").empty());
  EXPECT_TRUE(OfType(ScanField("security.amf", "8000"), "CREDENTIAL").empty());
}

// Secrets of telecom systems: a SIM's Ki and OPc in HSS commands, port-out and eSIM codes,
// a broadband password under a Chinese key with '='.
TEST(CredentialTest, TelecomSecrets) {
  ExpectAt("ADD KI: IMSI=\"460082467381968\", KIVALUE=\"47AFE8EB2AFDEF87ECB67C60291B6336\", K4SNO=3",
           "47AFE8EB2AFDEF87ECB67C60291B6336", "CREDENTIAL");
  ExpectAt("ALG=MILENAGE, OPCVALUE=\"542D15A65E8786D4B31207630C73F9A6\";", "542D15A65E8786D4B31207630C73F9A6",
           "CREDENTIAL");
  ExpectAt("宽带账号=gz127543205 宽带密码=bb248068 客户", "bb248068", "CREDENTIAL");
  ExpectAt("confirmationCode=81951590 releaseFlag=true", "81951590", "CREDENTIAL");
  for (const char* field : {"auth_code", "携转授权码", "activation_code"})
    EXPECT_EQ(OfType(ScanField(field, "336295"), "CREDENTIAL").size(), 1u) << field;
  ExpectNoType("value=3 other_value=abc123", "CREDENTIAL");
  ExpectNoType("sudo: dongxin : TTY=pts/2 ; PWD=/home/dongxin ; USER=root", "CREDENTIAL");
  ExpectNoType("disconnect from unknown[1.2.3.4] ehlo=1 auth=0/1 quit=1", "CREDENTIAL");
  ExpectAt("db pwd=/secret/1", "/secret/1", "CREDENTIAL");
  ExpectAt("userPassword:: e1NTSEF9ZkNYQlRiTCtXL2NmeU5oV1FiL3lzeWRsODdSQ3d0c0ZjaFhqbmc9PQ==",
           "e1NTSEF9ZkNYQlRiTCtXL2NmeU5oV1FiL3lzeWRsODdSQ3d0c0ZjaFhqbmc9PQ==", "CREDENTIAL");
  ExpectAt("sms.gateway.appKey=7f324ef76e824f71989528dfa91ef816", "7f324ef76e824f71989528dfa91ef816",
           "CREDENTIAL");
  EXPECT_TRUE(OfType(ScanField("zip_code", "336295"), "CREDENTIAL").empty());
}

// A password under 密码: after a separator or written straight after it with a digit in it;
// the value ends before Chinese text and before a bracket that opens a remark.
TEST(CredentialTest, ChinesePasswordLabels) {
  ExpectAt("初始服务密码:758941（请客户及时修改）", "758941", "CREDENTIAL");
  ExpectAt("对方还套取了其网银登录密码Aa#725601。对方", "Aa#725601", "CREDENTIAL");
  ExpectAt("password=abc123中文", "abc123", "CREDENTIAL");
  ExpectNoType("密码错误请重试", "CREDENTIAL");
  ExpectNoType("修改密码OK了", "CREDENTIAL");  // no digit: a word, not a password
}

// A dotted quad after a product name and '/' (a User-Agent) or after "v=" is a version.
TEST(IpTest, VersionsInUserAgentsAndQueries) {
  ExpectNoType("Mozilla/5.0 (X11) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36",
               "IP_ADDRESS");
  ExpectNoType("GET /static/js/app.js?v=8.1.0.204 HTTP/1.1", "IP_ADDRESS");
  ExpectAt("GET http://10.1.2.3/index.html", "10.1.2.3", "IP_ADDRESS");
  ExpectAt("client=10.1.2.3 ok", "10.1.2.3", "IP_ADDRESS");
  ExpectAt("dev=10.1.2.3 ok", "10.1.2.3", "IP_ADDRESS");  // a key ending in v, not "v="
  ExpectNoType("ua=\"KuaiXiang/5.10.8 (HarmonyOS 4.0.0.126; ALN-AL00)\"", "IP_ADDRESS");
  ExpectAt("from 10.1.2.3 port 22", "10.1.2.3", "IP_ADDRESS");
  // Squid's hierarchy code before the server's address is no product name.
  ExpectAt("CONNECT github.com:443 liu HIER_DIRECT/183.2.172.185 -", "183.2.172.185", "IP_ADDRESS");
}

// One-time codes after 验证码, 校验码 or 动态码 (four to eight digits, also read one by one)
// and under verify/sms/otp code keys.
TEST(CredentialTest, OneTimeCodes) {
  Hit h = ExpectAt("【快享外卖】您的验证码为633260，5分钟内有效", "633260", "CREDENTIAL");
  EXPECT_EQ(h.detector, "one_time_code");
  EXPECT_EQ(h.likelihood, Likelihood::kPossible);
  ExpectAt("用户: 验证码是905533，怎么提示", "905533", "CREDENTIAL");
  ExpectAt("您的验证码是 8 5 2 4，请勿泄露", "8 5 2 4", "CREDENTIAL");
  ExpectAt("校验码：4821", "4821", "CREDENTIAL");
  ExpectAt("guardian bind mobile=13393319282 verify_code=811986 status=BOUND", "811986",
           "CREDENTIAL");
  ExpectAt("sms auth phone=18809438834 sms_code=941264 ok", "941264", "CREDENTIAL");
  for (const char* text : {"验证码错误", "验证码发送成功 次数 12", "验证码12345678901", "验证码 1 2 3"})
    ExpectNoType(text, "CREDENTIAL");
  ExpectNoType("status code=200 ok", "CREDENTIAL");
  // A parcel locker's pickup code opens the door; a pickup station's shelf number does not.
  ExpectAt("【丰巢】您的快递已到，取件码24616351，凭码取件", "24616351", "CREDENTIAL");
  ExpectAt("deliver cabinet=HIVE-10 pickup_code=24616351 expire=2023-12-01", "24616351",
           "CREDENTIAL");
  ExpectNoType("驿站取件码 12-3-4021", "CREDENTIAL");
  EXPECT_TRUE(OfType(ScanField("取件码", "7-6-6387"), "CREDENTIAL").empty());  // a shelf
  EXPECT_EQ(OfType(ScanField("承包方代表", "崔传宝"), "PERSON_NAME").size(), 1u);
  // An escaped line break ends a value (iCalendar's DESCRIPTION).
  ExpectAt("DESCRIPTION:会议密码：8606\\n面试官：郑昊", "8606", "CREDENTIAL");
  // A status word and a partly masked value are no secrets.
  ExpectNoType("{\"smsCode\": \"sent\", \"channel\": \"app\"}", "CREDENTIAL");
  ExpectNoType("issue accessToken=eyJhbGciOi***(masked) expire=7200", "CREDENTIAL");
  // In English: an app's log, a text message.
  ExpectAt("D SmsLogin: auto-fill verify code 934284 from 106968414", "934284", "CREDENTIAL");
  ExpectAt("Your verification code is 582013. Do not share it.", "582013", "CREDENTIAL");
  ExpectNoType("scan barcode 123456 done", "CREDENTIAL");
  ExpectNoType("zip code 100080", "CREDENTIAL");
  // WeChat's session_key and an operator gateway's one-click login accessCode.
  ExpectAt("resp={\"session_key\":\"VI4El+0gG/3Ug9puIjhbBR==\",\"openid\":\"o\"}",
           "VI4El+0gG/3Ug9puIjhbBR==", "CREDENTIAL");
  ExpectAt("body={\"accessCode\":\"F83C3466C003A0DF22FBE8D0B0B1E67E\"}",
           "F83C3466C003A0DF22FBE8D0B0B1E67E", "CREDENTIAL");
}

TEST(EmailTest, Addresses) {
  ExpectAt("email zhang.san@example.com ok", "zhang.san@example.com", "EMAIL_ADDRESS");
  ExpectAt("邮箱：zhangsan@163.com，请查收", "zhangsan@163.com", "EMAIL_ADDRESS");
  ExpectAt("Reply-To: <li.si+crm@mail.example.com.cn>", "li.si+crm@mail.example.com.cn",
           "EMAIL_ADDRESS");
  ExpectNoType("ssh root@localhost", "EMAIL_ADDRESS");
  ExpectNoType("see @example.com", "EMAIL_ADDRESS");
  ExpectNoType("user@host.c", "EMAIL_ADDRESS");
  // A role's or a system's mailbox is no person's: UNLIKELY, below the default minimum.
  for (const char* text : {"From: MAILER-DAEMON@mail01.example.cn (Mail Delivery System)",
                           "Return-Path: <noreply@news.example.cn>",
                           "mailto:room-512@example.com.cn", "To: it-helpdesk@example.cn",
                           "或发邮件至 payroll@example.com"})
    ExpectNoType(text, "EMAIL_ADDRESS");
  ExpectAt("from=<service@vbosz6-pay.top> blocked", "service@vbosz6-pay.top", "EMAIL_ADDRESS");
  // Desks and teams by their local part, and organisations by their display name.
  for (const char* text : {"To: fapiao@example-shop.com", "To: cs@link2china.com.hk",
                           "合作邮箱：anchor-service@xingyao-ent.com", "username: crm-notify@corp.local",
                           "From: \"物业服务中心\" <wuye2@example-pm.cn>",
                           "收件人: 政企客户部 <enterprise@chinamobile.example.com>",
                           "From: \"掌上营业厅\" <acct@app.example-telecom.cn>"})
    ExpectNoType(text, "EMAIL_ADDRESS");
  ExpectAt("From: \"黎俊\" <zhan.li@example-pm.cn>", "zhan.li@example-pm.cn", "EMAIL_ADDRESS");
  ExpectAt("To: cs.wang@example.com", "cs.wang@example.com", "EMAIL_ADDRESS");
  // A mailing list's addresses, and a folded Message-ID.
  ExpectNoType("To: opsdev-cn@lists.example.com.cn", "EMAIL_ADDRESS");
  ExpectNoType("reach the person managing the list at opsdev-cn-owner@example.com.cn",
               "EMAIL_ADDRESS");
  ExpectNoType("Message-ID:\n\t<CA+gljsJr+XALYrJEyM9BV@mail.gmail.com>", "EMAIL_ADDRESS");
}

// Message and event identifiers are shaped like addresses but are none; what their digit
// groups look like goes with them.
TEST(EmailTest, MessageAndEventIdentifiersAreNoAddresses) {
  ExpectNoType("BEGIN:VEVENT\nUID:04643499-1239-0953@cal.example.com\nDTSTART:20251001",
               "EMAIL_ADDRESS");
  ExpectNoType("SIP 注册失败，Call-ID 87ad63cad2cb94bb@pcscf03.gd，处理过程", "EMAIL_ADDRESS");
  ExpectNoType("BEGIN:VEVENT\nUID:04643499-1239-0953@cal.example.com\n", "PHONE_NUMBER");
  ExpectNoType("Message-ID: <CAF12x.abc@mail.example.com>\n", "EMAIL_ADDRESS");
  ExpectNoType("In-Reply-To: <a1b2c3@mail.example.com>", "EMAIL_ADDRESS");
  ExpectAt("From: Bob <bob@example.com>", "bob@example.com", "EMAIL_ADDRESS");
  ExpectAt("ORGANIZER;CN=Bob:mailto:bob@example.com", "bob@example.com", "EMAIL_ADDRESS");
  ExpectAt("{\"uid\":\"alice@example.com\"}", "alice@example.com", "EMAIL_ADDRESS");
  ExpectAt("note UID:z@example.com", "z@example.com", "EMAIL_ADDRESS");  // not a property
  ExpectNoType("Call-ID: 268494fe-f75b@pcscf03.gd\n", "EMAIL_ADDRESS");
  // Indented, as a trace's decode shows a message's headers; an address after it stays one.
  ExpectNoType("INVITE\n    Call-ID: 2b1dbcceb97f441514caed5c@sbc03.hz.ims.local\n", "EMAIL_ADDRESS");
  ExpectAt("INVITE\n    From: zhang.wei@163.com\n", "zhang.wei@163.com", "EMAIL_ADDRESS");
  ExpectNoType("XSU62MTH2TA: message-id=<Horlo0PA.89663.1715560616286@163.com>", "EMAIL_ADDRESS");
  ExpectAt("qmgr: XSU62MTH2TA: from=<alice@example.com>, size=1", "alice@example.com",
           "EMAIL_ADDRESS");
}

// A SIP or IMS identity is no e-mail address: its user part is a phone number or an IMSI.
TEST(EmailTest, SipAndImsIdentitiesAreTheirNumbers) {
  const char* sip = "From: <sip:+8613461264806@ims.mnc000.mcc460.3gppnetwork.org>;tag=5ef5";
  ExpectAt(sip, "+8613461264806", "PHONE_NUMBER");
  ExpectNoType(sip, "EMAIL_ADDRESS");
  const char* nai = "Authorization: Digest username=\"460081868223057@ims.mnc000.mcc460.3gppnetwork.org\"";
  ExpectAt(nai, "460081868223057", "IMSI_ID");
  ExpectNoType(nai, "EMAIL_ADDRESS");
  ExpectAt("INVITE sip:13800138000@ims.example.com SIP/2.0", "13800138000", "PHONE_NUMBER");
  // At a host given by its address, the number too, and the address after it.
  const char* contact = "Contact: <sip:+8613812345678@10.1.2.3:5060>";
  ExpectAt(contact, "+8613812345678", "PHONE_NUMBER");
  ExpectAt(contact, "10.1.2.3", "IP_ADDRESS");
  // Not SIP: a China Mobile mailbox named by its number is an e-mail address.
  ExpectAt("email 13800138000@139.com", "13800138000@139.com", "EMAIL_ADDRESS");
  ExpectAt("sip:alice@example.com", "alice@example.com", "EMAIL_ADDRESS");
  // A broadband or WLAN account in an operator's AAA realm is the subscriber's number.
  const char* radius = "radiusd[1234]: Login OK: [13812345678@gd.cmcc] (from client bras";
  ExpectAt(radius, "13812345678", "PHONE_NUMBER");
  ExpectNoType(radius, "EMAIL_ADDRESS");
  ExpectAt("acct=18612345678@cucc.gd ok", "18612345678", "PHONE_NUMBER");
  ExpectAt("user=02087654321@ctnet ok", "02087654321", "PHONE_NUMBER");
  ExpectAt("mail alice@gd.cmcc.example.com", "alice@gd.cmcc.example.com", "EMAIL_ADDRESS");
}

// ---------------------------------------------------------------------------------------
// BANK_CARD_NUMBER

TEST(BankCardTest, ContiguousAndGrouped) {
  ExpectAt("卡号 6222020200001234562 已绑定", "6222020200001234562", "BANK_CARD_NUMBER");
  Hit h = ExpectAt("卡号 6222 0202 0000 1234 562 已绑定", "6222 0202 0000 1234 562",
                   "BANK_CARD_NUMBER");
  EXPECT_GE(Rank(h.likelihood), Rank(Likelihood::kLikely));
  ExpectAt("card: 4111 1111 1111 1111 exp 12/28", "4111 1111 1111 1111", "BANK_CARD_NUMBER");
  ExpectAt("pan=4111-1111-1111-1111", "4111-1111-1111-1111", "BANK_CARD_NUMBER");
}

// A six-digit BIN and the rest, as some statements print a card; Luhn must hold.
TEST(BankCardTest, BinAndRest) {
  ExpectAt("卡号 621799 9646085928437 ok", "621799 9646085928437", "BANK_CARD_NUMBER");
  ExpectNoType("卡号 621799 9646085928438 ok", "BANK_CARD_NUMBER");     // Luhn fails
  ExpectNoType("ids 621799 9646085928437 12 ok", "BANK_CARD_NUMBER");  // a third group
}

TEST(BankCardTest, NotCards) {
  ExpectNoType("card 1234567890123452", "BANK_CARD_NUMBER");       // Luhn, unknown BIN
  ExpectNoType("card 4111111111111112", "BANK_CARD_NUMBER");       // Visa without Luhn
  ExpectNoType("ref 46222020200001234562 x", "BANK_CARD_NUMBER");  // inside a longer run
}

// ---------------------------------------------------------------------------------------
// CREDENTIAL

TEST(CredentialTest, KeyValueJsonUrlHeaderAndChinese) {
  ExpectAt("login user=admin password=S3cr3tPass! ok", "S3cr3tPass!", "CREDENTIAL");
  ExpectAt("GET /api?token=eyJhbGciOiJIUzI1NiJ9.abc&x=1", "eyJhbGciOiJIUzI1NiJ9.abc", "CREDENTIAL");
  ExpectAt("{\"user\":\"bob\",\"password\":\"hunter22\"}", "hunter22", "CREDENTIAL");
  ExpectAt("db_url=https://user:secret123@db.example.com/x", "secret123", "CREDENTIAL");
  ExpectAt("Authorization: Bearer abcdef123456", "abcdef123456", "CREDENTIAL");
  ExpectAt("我的密码：Abc12345，别告诉别人", "Abc12345", "CREDENTIAL");
  ExpectAt("api_key: AKIA1234567890", "AKIA1234567890", "CREDENTIAL");
  ExpectAt("userPassword='p@ss w0rd'", "p@ss w0rd", "CREDENTIAL");
}

// SQL statements inside log lines and log cells: a tuple's value takes the name of its
// column, as a value of an INSERT at a line's start does (formats/sql.h).
TEST(SqlStatementTest, TupleValuesTakeTheirColumnsMidLine) {
  const std::string general_log =
      "2026-11-15T10:00:01.123456Z\t   12 Query\tINSERT INTO t_cust (id, `name`, sex, birthday, "
      "memo) VALUES (34364900, '蒋志刚', 'M', '1962-12-13', 'it''s, ok'), (2, '宋亮伟', 'M', "
      "'1982-08-17', NOW())";
  Hit h = ExpectAt(general_log, "蒋志刚", "PERSON_NAME");
  EXPECT_EQ(h.field, "name");
  ExpectAt(general_log, "1962-12-13", "DATE_OF_BIRTH");
  // The second tuple, after a literal with a doubled quote and a comma in it.
  ExpectAt(general_log, "宋亮伟", "PERSON_NAME");
  EXPECT_EQ(ExpectAt(general_log, "1982-08-17", "DATE_OF_BIRTH").field, "birthday");
  // Two decimals in two columns are two coordinates, not one "lat, lng" pair.
  const std::string checkin =
      "LOG:  statement: INSERT INTO loc.user_checkin (msisdn, lat, lng, cell_id, ts) VALUES "
      "('19887811423', 32.040788, 118.807270, '154643191', to_timestamp(1715529857))";
  ExpectAt(checkin, "32.040788", "LOCATION_COORDINATES");
  ExpectAt(checkin, "118.807270", "LOCATION_COORDINATES");
  EXPECT_EQ(ExpectAt(checkin, "154643191", "CELL_ID").field, "cell_id");
  // In a CSV cell of a log (PostgreSQL's csvlog message) as in running text.
  const std::vector<Hit> cell = ScanField(
      "message", "statement: INSERT INTO crm.cust (cust_name, cert_type) VALUES ('邵涵', 1)");
  ASSERT_EQ(OfType(cell, "PERSON_NAME").size(), 1u) << Describe(cell);
  // Without a column list, or after the statement ended, a value has no column.
  ExpectNoType("Query\tINSERT INTO t VALUES (1, '1962-12-13')", "DATE_OF_BIRTH");
  ExpectNoType("INSERT INTO t (id, birthday) VALUES (1, NOW()); SELECT f(1, '1962-12-13')",
               "DATE_OF_BIRTH");
}

// Passwords set by CREATE / ALTER USER and ROLE statements, but not the verifiers PostgreSQL
// and MySQL store in their place.
TEST(SqlStatementTest, PasswordsInUserStatements) {
  ExpectAt("Query\tALTER USER 'app'@'%' IDENTIFIED BY 'Xy9#kLm2pQ'", "Xy9#kLm2pQ", "CREDENTIAL");
  ExpectAt("statement: ALTER ROLE crm_ro WITH LOGIN PASSWORD 'zxKgya&gIri3GQ' VALID UNTIL "
           "'2025-01-01'",
           "zxKgya&gIri3GQ", "CREDENTIAL");
  ExpectAt("create user bob with password 'Secret!pw';", "Secret!pw", "CREDENTIAL");
  ExpectNoType("ALTER ROLE r PASSWORD 'SCRAM-SHA-256$4096:7g/TNsHbfmdZdArxWUWmKA==$6Gqq:LBLX='",
               "CREDENTIAL");
  ExpectNoType("ALTER ROLE r PASSWORD 'md53175bce1d3201d16594cebf9d7eb3f9d'", "CREDENTIAL");
  ExpectNoType("CREATE USER u IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9'",
               "CREDENTIAL");
  ExpectNoType("the user's 'password' was changed", "CREDENTIAL");
}

// A cell or JSON value under a command column is read as a command line when it is one.
TEST(CredentialTest, CommandLinesInCommandCells) {
  const std::string cmd = "mysql -h10.20.1.16 -uroot -pTel*2023_prod -e \"select 1\"";
  std::vector<Hit> hits = OfType(ScanField("命令", cmd), "CREDENTIAL");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].value, "Tel*2023_prod");
  EXPECT_EQ(OfType(ScanField("command", "curl -s -u admin:Hz_2024_Qa http://10.20.8.1/api"),
                   "CREDENTIAL").size(), 1u);
  // Under another column the same text is not taken for a command.
  EXPECT_TRUE(OfType(ScanField("remark", cmd), "CREDENTIAL").empty());
}

// A cell that is a password keeps an '&' and what follows it; a URL's query still ends at
// the next parameter.
TEST(CredentialTest, AmpersandInsideACellValue) {
  std::vector<Hit> hits = OfType(ScanField("Password", "Crm&2022."), "CREDENTIAL");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].value, "Crm&2022.");
  ExpectAt("GET /login?user=a&password=abc12345&debug HTTP/1.1", "abc12345", "CREDENTIAL");
}

// The secret half of a cloud AK/SK pair in an environment variable; not a warehouse's
// surrogate key.
TEST(CredentialTest, AccessKeySecretVariables) {
  ExpectAt("export OSS_AK=LTAI5t47FGYzwUsuHKmQaC7C; export OSS_SK=pORfr4bE8EWE58CKdN7BJedyPjJCS4;",
           "pORfr4bE8EWE58CKdN7BJedyPjJCS4", "CREDENTIAL");
  ExpectNoType("customer_sk=10293847 date_sk=20261115", "CREDENTIAL");
}

// A one-time code under a bare "code" on a text message's or a parcel locker's line; not a
// result code with its message.
TEST(CredentialTest, OneTimeCodesUnderCode) {
  ExpectAt("mobile=8614525232843 tpl=SMS_940710667 code=633260 biz_id=2850675", "633260",
           "CREDENTIAL");
  ExpectAt("cabinet=HIVE-21-54-35271 box=C02 code=31862408 channel=keypad", "31862408",
           "CREDENTIAL");
  ExpectNoType("RealNameActivity: verify result code=1002 msg=fail sms", "CREDENTIAL");
  ExpectNoType("sms gateway resp={\"code\":\"2003\",\"msg\":\"x\"}", "CREDENTIAL");
  ExpectNoType("GET /api status code=200 bytes=1234", "CREDENTIAL");
}

// ISO 8583 field 35 (track 2): the card number before 'D' and the expiry.
TEST(BankCardTest, Track2Data) {
  ExpectAt("F025=00 F035=6216610414346709158D28072012977117 F041=x", "6216610414346709158",
           "BANK_CARD_NUMBER");
  ExpectNoType("F035=6216610414346709159D28072012977117", "BANK_CARD_NUMBER");  // Luhn fails
  ExpectNoType("id=6216610414346709158D28132012977117", "BANK_CARD_NUMBER");   // month 13
}

// ISO/IEC 7813 track 1: '%', 'B', the card number, '^', the holder's name, '^' and the rest.
// "%B6" is no percent escape there: a lone escaped byte beyond ASCII is no character.
TEST(BankCardTest, Track1Data) {
  const std::string track = "[MSR] raw track1=%B6222622294493388756^ZHUGE/LI^2601201783887219146?";
  ExpectAt(track, "6222622294493388756", "BANK_CARD_NUMBER");
  ExpectAt(track, "ZHUGE/LI", "PERSON_NAME");
  ExpectAt("track1=%B6258028527668336^OUYANG/RANRAN   ^3003201557532943620?", "OUYANG/RANRAN",
           "PERSON_NAME");
  ExpectNoType("track1=%B6222622294493388757^ZHUGE/LI^2601201783887219146?", "BANK_CARD_NUMBER");
  // Escaped UTF-8 is still decoded: %E7%BD%97 is 罗.
  ExpectAt("name=%E7%BD%97%E4%BC%9F&x=1", "%E7%BD%97%E4%BC%9F", "PERSON_NAME");
}

// A stored hash is no password (the verifiers of crypt(3), Django, PostgreSQL, MySQL, LDAP;
// keys that say hash or digest); a plain-text scheme in braces is one.
TEST(CredentialTest, StoredHashesAreNoPasswords) {
  ExpectAt("password: {noop}secret123", "{noop}secret123", "CREDENTIAL");
  ExpectAt("{password=hunter22}", "hunter22", "CREDENTIAL");  // a map's brace still ends it
  ExpectNoType("userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "CREDENTIAL");
  ExpectNoType("login_pwd=$2a$10$Ynb8QKRAQI8wwM9oQ1fuOJM5xFnBPA2K2vhIQoodw.v1g.ab9bfZn", "CREDENTIAL");
  ExpectNoType("password=pbkdf2_sha256$260000$abcdefgh$XyZ0123456789abcdefXyZ=", "CREDENTIAL");
  ExpectNoType("{\"trade_pwd_hash\": \"f0251868217e0c3a03a21c489244ef7f\"}", "CREDENTIAL");
  ExpectAt("password=$ecret99", "$ecret99", "CREDENTIAL");  // a '$' alone makes no hash
}

// A key with no value and then, after blanks, the next pair: the pair is not its value.
TEST(CredentialTest, EmptyValueBeforeTheNextPair) {
  ExpectNoType("<< 0210 RC=51 AUTH=       RRN=407532844213 SETTLE=0315", "CREDENTIAL");
  ExpectAt("login password=  Abc12345 ok", "Abc12345", "CREDENTIAL");
}

// The host after a URL's credentials is scanned like any text: an IP address there is found.
// A JSON Web Token wherever it stands; keys split at their capitals (apiKey); a card's PIN.
TEST(CredentialTest, JwtsSplitKeysAndPins) {
  const std::string jwt =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiA5MTY2NTkxLCAiZXhwIjogMTcxMDU3MDY3MH0."
      "Qysm1CCXPCkpchW89AvbbXGNUzOigy_vHKle6Zol7CY";
  ExpectAt("网管平台 API token 是 " + jwt + " 有效期一天", jwt, "CREDENTIAL");
  ExpectNoType("version eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.txt", "CREDENTIAL");  // one part
  EXPECT_EQ(OfType(ScanField("$.headers.apiKey", "ak_live_EI9J5kwBnDwORURhhh1hMaGz67cNFxM1"),
                   "CREDENTIAL").size(), 1u);
  EXPECT_EQ(OfType(ScanField("$.sessionKey", "tiihtNczf5v6AKRyjwEUhQ=="), "CREDENTIAL").size(), 1u);
  ExpectAt("sale serial=02829344782414388 face=30 pin=557316740400688203 price=29.55",
           "557316740400688203", "CREDENTIAL");
  ExpectNoType("gpio pin=4 state=1", "CREDENTIAL");
}

TEST(CredentialTest, HostAfterUrlCredentialsIsScanned) {
  const std::string url = "url: amqp://admin:s3cretPw9@10.12.4.21:5672/vhost";
  ExpectAt(url, "s3cretPw9", "CREDENTIAL");
  ExpectAt(url, "10.12.4.21", "IP_ADDRESS");
  ExpectAt("redis://:pw1234@10.1.2.3:6379", "10.1.2.3", "IP_ADDRESS");
  ExpectAt("ftp://bob@[2001:db8::1]/x", "2001:db8::1", "IP_ADDRESS");
  ExpectNoType("https://bob:pw123@db1.example.com/x", "EMAIL_ADDRESS");
}

TEST(CredentialTest, UrlCredentialIsNotAnEmail) {
  std::vector<Hit> hits = Scan("https://user:secret123@db.example.com/x");
  EXPECT_TRUE(OfType(hits, "EMAIL_ADDRESS").empty()) << Describe(hits);
}

// Map, location and cloud APIs take their key in the URL's query.
TEST(CredentialTest, ApiKeysInUrlQueries) {
  ExpectAt("GET /v3/geocode/regeo?key=db36fcf4ce9b0d3aba2013a3bd793766&location=113.2,23.1",
           "db36fcf4ce9b0d3aba2013a3bd793766", "CREDENTIAL");
  ExpectAt("GET /location/ip?ak=M5YQXYPnI1Q9ZkXVh8x3wVILzQ7HL7AW&ip=1.2.3.4",
           "M5YQXYPnI1Q9ZkXVh8x3wVILzQ7HL7AW", "CREDENTIAL");
  ExpectNoType("cache key=db36fcf4ce9b0d3aba2013a3bd793766", "CREDENTIAL");  // not a query
  ExpectNoType("/x?key=abc&y=2", "CREDENTIAL");                             // too short
  ExpectNoType("/x?key=abcdefghijabcdefghijabcdefgh&y=2", "CREDENTIAL");     // no digit
  ExpectNoType("/x?monkey=db36fcf4ce9b0d3aba2013a3bd793766", "CREDENTIAL");
}

// JSON carried inside a JSON string (HAR bodies, Kafka payloads) escapes its quotes.
TEST(CredentialTest, JsonInsideAJsonString) {
  const std::string text =
      "\"text\": \"{\\\"mobile\\\":\\\"16629596907\\\",\\\"password\\\":\\\"Abc12345\\\"}\"";
  ExpectAt(text, "Abc12345", "CREDENTIAL");
  ExpectAt("\"body\": \"{\\\"name\\\":\\\"王芳\\\"}\"", "王芳", "PERSON_NAME");
}

// A Cookie header's session cookie is a bearer credential; other cookies are not.
TEST(CredentialTest, SessionCookies) {
  ExpectAt("Cookie: SESSION=b26b8e856e9563a5fecfe3ff563bfc69; lang=zh_CN",
           "b26b8e856e9563a5fecfe3ff563bfc69", "CREDENTIAL");
  ExpectAt("-H \"Cookie: theme=dark; JSESSIONID=5A312369653099B0\" http://x", "5A312369653099B0",
           "CREDENTIAL");
  ExpectAt("Set-Cookie: sid=abcdef0123456789; Path=/; HttpOnly", "abcdef0123456789", "CREDENTIAL");
  ExpectNoType("Cookie: lang=zh_CN; theme=dark; uid=1234567890", "CREDENTIAL");
  ExpectNoType("Cookie: SESSION=abc", "CREDENTIAL");  // too short for a session id
  ExpectNoType("fortune cookie: session=b26b8e856e9563a5fecfe3ff563bfc69", "CREDENTIAL");
}

// XML elements named as secrets, TR-069's name/value pairs, OAuth authorization codes, and a
// password changed to in a ticket.
TEST(CredentialTest, XmlElementsOAuthCodesAndChangedPasswords) {
  ExpectAt("<user><name>ops</name><password>abc12345</password></user>", "abc12345", "CREDENTIAL");
  ExpectAt("<wsse:Password>Tr0ub4dor3</wsse:Password>", "Tr0ub4dor3", "CREDENTIAL");
  ExpectAt("<ParameterValueStruct><Name>InternetGatewayDevice.WLANConfiguration.1.KeyPassphrase"
           "</Name><Value xsi:type=\"xsd:string\">84464937</Value></ParameterValueStruct>",
           "84464937", "CREDENTIAL");
  ExpectAt("GET /oauth/callback/wechat?code=FcXQyr8Zt7zvlYzejThBWmIOG8v926AJ&state=rpSXgm2a",
           "FcXQyr8Zt7zvlYzejThBWmIOG8v926AJ", "CREDENTIAL");
  ExpectAt("body=grant_type=authorization_code&code=771W4W8iWVVWRL2HxV1CZYrB&client_id=kx",
           "771W4W8iWVVWRL2HxV1CZYrB", "CREDENTIAL");
  ExpectAt("用户表示已改密为 Ww876616，已在AAA重置", "Ww876616", "CREDENTIAL");
  // An '&' inside a password; an '&' before the next parameter ends it.
  ExpectAt("user=a@qq.com ip=1.2.3.4 new_password=m&PoT%cT@naBS policy=v2", "m&PoT%cT@naBS",
           "CREDENTIAL");
  ExpectAt("POST /login username=bob&password=S3cret99&remember=1", "S3cret99", "CREDENTIAL");
  ExpectAt("password=S3cret99&", "S3cret99", "CREDENTIAL");
  ExpectNoType("<Name>Device.DeviceInfo.SerialNumber</Name><Value>12345678</Value>", "CREDENTIAL");
  ExpectNoType("<order_id>20240612001</order_id>", "CREDENTIAL");
  ExpectNoType("<VerifyCode>11778054812647266308</VerifyCode>", "CREDENTIAL");  // a check number
  // No OAuth code here, but a text message's one-time code (OneTimeCodesUnderCode).
  ExpectAt("/api/v2/sms/verify?mobile=x&code=468372&nonce=4aa", "468372", "CREDENTIAL");
  ExpectNoType("/list?page=2&code=A1B2&state=open", "CREDENTIAL");  // too short for a code
}

// A number-porting authorization code, in the operator's text message and on the form.
TEST(CredentialTest, PortingAuthorizationCodes) {
  ExpectAt("【中国联通】您的携号转网授权码为：MZUU4P，有效期至", "MZUU4P", "CREDENTIAL");
  ExpectAt("携入方\n中国电信\n携转授权码\nD7TYE5\n授权码有效期", "D7TYE5", "CREDENTIAL");
  ExpectNoType("授权码有效期为30天", "CREDENTIAL");
  ExpectNoType("授权码是 abcdef", "CREDENTIAL");  // small letters without a digit: a word
  // An e-invoice's grouped check code is no one-time code.
  ExpectNoType("校验码 97455 74415 37494 32106", "CREDENTIAL");
}

// A shared file's access code, a SIM's PIN and PUK, a password written straight after its
// label, a capitalized secret under a credential element, a cipher's key, an SNMP community.
TEST(CredentialTest, AccessCodesSimCodesCiphersAndCommunities) {
  ExpectAt("那个文档我放网盘了，提取码 pmej（链接七天有效）", "pmej", "CREDENTIAL");
  ExpectAt("链接: https://pan.example.com/s/1abcDEF 提取码: x7k2", "x7k2", "CREDENTIAL");
  ExpectNoType("提取码已失效，请重新分享", "CREDENTIAL");
  ExpectAt("手写的号码 13117877268，PIN 5579，PUK 7576****（打码了一半）", "5579", "CREDENTIAL");
  ExpectNoType("PUK 7576****（打码了一半）", "CREDENTIAL");
  ExpectAt("核對成功，PUK碼係 62395707 ，輸入之後請重新設定PIN", "62395707", "CREDENTIAL");
  ExpectAt("SIM 卡 PIN: 4821，PUK 12345678", "12345678", "CREDENTIAL");
  ExpectAt("我的PUK码是 87654321", "87654321", "CREDENTIAL");
  // After 码 and a colon or blank, at a line's end or before a comma.
  ExpectAt("SIM卡PIN码：1234，PUK码：12345678\n", "1234", "CREDENTIAL");
  ExpectAt("SIM卡PIN码：1234，PUK码：12345678\n", "12345678", "CREDENTIAL");
  ExpectAt("初始PIN码 0000\n", "0000", "CREDENTIAL");
  ExpectNoType("号码：1234\n", "CREDENTIAL");
  // A price after the word, an algorithm's name as a token's value: no secrets.
  ExpectNoType("出 电信卡 带服务密码 200一张", "CREDENTIAL");
  ExpectNoType("hash=SHA-256(msisdn||salt)  token=HMAC-SHA256 截断 16 位", "CREDENTIAL");
  ExpectAt("服务密码 758941，请及时修改", "758941", "CREDENTIAL");
  ExpectNoType("SPIN 1234 times", "CREDENTIAL");
  ExpectNoType("OPIN 5579, TPUK 1234", "CREDENTIAL");
  ExpectAt("账号13709564997 密码AbpegJXl 别改密码啊", "AbpegJXl", "CREDENTIAL");
  ExpectNoType("重置密码Policy 已更新", "CREDENTIAL");
  ExpectAt("<wsse:Password Type=\"#PasswordText\">Zj#Iot0180!</wsse:Password>", "Zj#Iot0180!",
           "CREDENTIAL");
  ExpectNoType("<td>Customer Service</td>", "CREDENTIAL");
  ExpectAt("    sm4-key: 19F889A4F4F30C73E3FDDBA4A86E641E\n", "19F889A4F4F30C73E3FDDBA4A86E641E",
           "CREDENTIAL");
  ExpectAt("SET SNMPCFG: SNMPVER=V2C, RDCOMMUNITY=\"Gd@1881mon\", WRCOMMUNITY=\"Cf#9ab3e2!\";",
           "Cf#9ab3e2!", "CREDENTIAL");
  ExpectAt("snmp_community: \"Cf#9ab3e2!\"", "Cf#9ab3e2!", "CREDENTIAL");
  ExpectNoType("community: \"Cuiyuan1\"", "CREDENTIAL");
  ExpectNoType("city=Hangzhou1 priority=High2", "CREDENTIAL");
}

TEST(CredentialTest, PlaceholdersNotReported) {
  ExpectNothing("password=**** ok");
  ExpectNothing("token=null ok");
  ExpectNothing("password=${DB_PASS}");
  ExpectNothing("{\"password\":\"\"}");
  ExpectNothing("password=xxxxxx");
  ExpectNothing("secret: <redacted>");
  ExpectNothing("password_hint=none");
  ExpectNothing("password: ${DB_PASSWORD:}");
  ExpectNothing("PASSWORD=\"${PW:-changeme}\"");
  ExpectNothing("password: ${A:${B}}");
  // A placeholder's default is the password whenever the variable is unset (Spring).
  ExpectAt("  redis:\n    password: ${REDIS_PASSWORD:r2R=hnui%F}\n", "r2R=hnui%F", "CREDENTIAL");
}

// Keys of an API's key or an SMS code under a qualifier of their own.
TEST(CredentialTest, QualifiedApiKeysAndSmsCodes) {
  ExpectAt("api_option=paste&api_dev_key=aeec152791a705438b4c1d93c27e57a7&x=1",
           "aeec152791a705438b4c1d93c27e57a7", "CREDENTIAL");
  ExpectAt("WECHAT_API_V3_KEY=n6NfCQQAYipuDi2RRZaC3oNTrjECSetB", "n6NfCQQAYipuDi2RRZaC3oNTrjECSetB",
           "CREDENTIAL");
  ExpectAt("SMS_TEST_CODE=065622 # master code", "065622", "CREDENTIAL");
  ExpectNoType("rapid_key=aeec152791a705438b4c1d93c27e57a7", "CREDENTIAL");
  ExpectNoType("error_code=065622", "CREDENTIAL");
}

// "key = value" (configuration files, SQL, pretty-printed JSON): one to three blanks before
// the separator.
TEST(CredentialTest, BlanksBeforeTheSeparator) {
  ExpectAt("password = Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("db_pwd = Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("api_key = Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("db_pwd\t= Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("portal_password   = Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("{\"password\" : \"Qw8rT5yU2iO9pAs4\"}", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("secret : Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("custName = 王建国", "王建国", "PERSON_NAME");
  Hit h = ExpectAt("password = Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  EXPECT_EQ(h.field, "password");
  // The key context of other values keeps working with blanks.
  h = ExpectAt("mobile = 13812345678", "13812345678", "PHONE_NUMBER");
  EXPECT_EQ(h.field, "mobile");
  // Aligned, as configuration files and forms line their values up (up to twelve blanks).
  ExpectAt("password     = Qw8rT5yU2iO9pAs4", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  // Not a credential key, more than twelve blanks, or no key before the blanks.
  ExpectNothing("color = Qw8rT5yU2iO9pAs4");
  ExpectNothing("bypass = Qw8rT5yU2iO9pAs4");
  ExpectNothing("password              = Qw8rT5yU2iO9pAs4");
  ExpectNothing("  = Qw8rT5yU2iO9pAs4");
  ExpectNothing("x, = Qw8rT5yU2iO9pAs4");
}

// The scheme word of an authorization value is never the secret: what follows it is.
TEST(CredentialTest, AuthorizationSchemesAreSkipped) {
  ExpectAt("Proxy-Authorization: Basic b3BzOlMzY3JldFB3ZDE=", "b3BzOlMzY3JldFB3ZDE=", "CREDENTIAL");
  ExpectAt("Proxy-Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc", "eyJhbGciOiJIUzI1NiJ9.abc",
           "CREDENTIAL");
  ExpectAt("Authorization: token ghp_AYEuReXL3fanAUBW4sD3", "ghp_AYEuReXL3fanAUBW4sD3",
           "CREDENTIAL");
  ExpectAt("Authorization: Token ghp_AYEuReXL3fanAUBW4sD3", "ghp_AYEuReXL3fanAUBW4sD3",
           "CREDENTIAL");
  ExpectAt("authorization: bearer abcdef123456", "abcdef123456", "CREDENTIAL");  // HTTP/2
  ExpectAt("X-Forwarded-Authorization: Basic b3BzOlMzY3JldA==", "b3BzOlMzY3JldA==", "CREDENTIAL");
  ExpectAt("curl -H 'Authorization: Basic b3BzOlMzY3JldA==' https://example.com/",
           "b3BzOlMzY3JldA==", "CREDENTIAL");
  ExpectAt("access_token: Bearer abcdef123456", "abcdef123456", "CREDENTIAL");
  ExpectAt("Authorization: Digest username=\"bob\", realm=\"api\", nonce=\"dcd98b\", uri=\"/x\", "
           "response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc\"",
           "6629fae49393a05397450978507c4ef1", "CREDENTIAL");
  // A scheme word with nothing after it, or a Digest value without a response, has no secret.
  ExpectNothing("Authorization: Basic");
  ExpectNothing("Authorization: Bearer ");
  ExpectNothing("{\"Authorization\": \"Bearer\"}");
  ExpectNothing("Authorization: Digest username=\"bob\", realm=\"api\"");
  ExpectNothing("pre-authorization: Basic");
  for (const char* word : {"Basic", "Bearer", "token", "Digest"}) {
    std::string line = std::string("Proxy-Authorization: ") + word + " b3BzOlMzY3JldA==";
    for (const Hit& h : OfType(Scan(line), "CREDENTIAL")) EXPECT_NE(h.value, word) << line;
  }
}

// A key whose last word is "pass" names a password, unless the word before it names a
// travel document or ticket: then an identifier in the value is reported as what it is.
TEST(CredentialTest, PassKeysAfterADocumentWordAreNotPasswords) {
  ExpectAt("dbPass=C12345678", "C12345678", "CREDENTIAL");
  ExpectAt("user_pass=C12345678", "C12345678", "CREDENTIAL");
  ExpectAt("redis.pass=kbxQWiEHj86N", "kbxQWiEHj86N", "CREDENTIAL");
  ExpectAt("DBPass=kbxQWiEHj86N", "kbxQWiEHj86N", "CREDENTIAL");
  ExpectAt("pass=kbxQWiEHj86N", "kbxQWiEHj86N", "CREDENTIAL");
  Hit h = ExpectAt("{\"hkMacauPass\":\"C72726616\"}", "C72726616", "HK_MACAU_TRAVEL_PERMIT");
  EXPECT_EQ(h.likelihood, Likelihood::kLikely);
  ExpectNoType("{\"hkMacauPass\":\"C72726616\"}", "CREDENTIAL");
  ExpectAt("HK_MACAU_PASS=C72726616", "C72726616", "HK_MACAU_TRAVEL_PERMIT");
  ExpectNoType("HK_MACAU_PASS=C72726616", "CREDENTIAL");
  h = ExpectAt("passNo=C12345678", "C12345678", "HK_MACAU_TRAVEL_PERMIT");
  EXPECT_EQ(h.likelihood, Likelihood::kLikely);
  for (const char* line : {"boardingPass=M1WANG7XY2", "travel_pass=TP2026X991",
                           "entryPass=EP8812345", "BOARDING_PASS=M1WANG7XY2",
                           "HKPass=kbxQWiEHj86N", "bypass=abc123", "BYPASS=abc123",
                           "compass=N35E120", "passenger=2", "passengers=Wang"})
    ExpectNoType(line, "CREDENTIAL");
}

TEST(CredentialTest, HyphenatedKeys) {
  ExpectAt("sms.api.secret-key=0123456789abcdef0123456789abcdef",
           "0123456789abcdef0123456789abcdef", "CREDENTIAL");
  ExpectAt("x-api-key: 0123456789abcdef", "0123456789abcdef", "CREDENTIAL");
  ExpectAt("access-key=AKIA1234567890", "AKIA1234567890", "CREDENTIAL");
  ExpectAt("access-token=0123456789abcdef", "0123456789abcdef", "CREDENTIAL");
  ExpectAt("client-secret=0123456789abcdef", "0123456789abcdef", "CREDENTIAL");
  ExpectAt("private-key=0123456789abcdef", "0123456789abcdef", "CREDENTIAL");
  ExpectNothing("cache-key=0123456789abcdef");
  ExpectNothing("sort-key=abcdef");
}

// Java's toString quotes strings with '\'': Req{custName='王建国', x=1}.
TEST(CredentialTest, SingleQuotedValues) {
  Hit h = ExpectAt("Req{custName='王建国', x=1}", "王建国", "PERSON_NAME");
  EXPECT_EQ(h.field, "custName");
  ExpectAt("Req{name='Wang Zihan', x=1}", "Wang Zihan", "PERSON_NAME");
  ExpectAt("password='Qw8rT5yU2iO9pAs4'", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectAt("User{id=7, password='Qw8rT5yU2iO9pAs4'}", "Qw8rT5yU2iO9pAs4", "CREDENTIAL");
  ExpectNothing("Req{productName='王者荣耀', x=1}");
  ExpectNothing("Req{status='OK', x=1}");
}

// ---------------------------------------------------------------------------------------
// Device and subscriber identifiers

TEST(ImsiTest, NullSchemeSuciIsTheImsi) {
  // 5G's concealed identifier with the null protection scheme carries the MSIN in clear.
  Hit h = ExpectAt("Registration request SUCI[suci-0-460-00-0000-0-0-0123456789] accepted",
                   "suci-0-460-00-0000-0-0-0123456789", "IMSI_ID");
  EXPECT_EQ(h.likelihood, Likelihood::kVeryLikely);
  EXPECT_EQ(h.detector, "suci_null_scheme");
  ExpectAt("{\"suci\":\"suci-0-460-11-0-0-0-4012345678\"}", "suci-0-460-11-0-0-0-4012345678",
           "IMSI_ID");
  // A roamer's: any MCC, at a lower likelihood.
  Hit roamer = ExpectAt("SUCI: suci-0-454-00-1-0-0-0123456789", "suci-0-454-00-1-0-0-0123456789",
                        "IMSI_ID");
  EXPECT_EQ(roamer.likelihood, Likelihood::kLikely);
  // ECIES (profiles A and B): a ciphertext, no one's identifier, and no cell identity either.
  const std::string ecies =
      "suci=suci-0-460-00-0000-1-27-a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829ab";
  ExpectNoType(ecies, "IMSI_ID");
  ExpectNoType(ecies, "CELL_ID");
  ExpectNoType("suci-0-460-01-0-2-3-0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829ab",
               "CELL_ID");
  // Too many digits for an IMSI; a network access identifier (SUPI type 1); not a SUCI.
  ExpectNoType("suci-0-460-00-0-0-0-0123456789012", "IMSI_ID");
  ExpectNoType("suci-1-460-00-0-0-0-0123456789", "IMSI_ID");
  ExpectNoType("xsuci-0-460-00-0-0-0-0123456789", "IMSI_ID");
}

TEST(ImsiTest, Found) {
  ExpectAt("imsi=460001234567890", "460001234567890", "IMSI_ID");
  ExpectAt("UE attach IMSI 460011234567890 ok", "460011234567890", "IMSI_ID");
  ExpectAt("用户识别码460201234567890", "460201234567890", "IMSI_ID");
  ExpectNoType("imsi=460101234567890", "IMSI_ID");  // MNC 10 is not allocated
  ExpectNoType("imsi=4600012345678901", "IMSI_ID");
  // An inbound roamer's IMSI under an IMSI key: any geographic MCC.
  Hit roamer = ExpectAt("imsi=310150123456789", "310150123456789", "IMSI_ID");
  EXPECT_EQ(roamer.likelihood, Likelihood::kLikely);
  ExpectNoType("imsi=110150123456789", "IMSI_ID");  // 1xx is no MCC
  ExpectNoType("msisdn=310150123456789", "IMSI_ID");
  // Hong Kong (454), Macau (455) and Taiwan (466) with an assigned MNC: found without a key
  // only with the IMSI named nearby.
  ExpectAt("IMSI No.: 454005820225883", "454005820225883", "IMSI_ID");
  ExpectAt("sms gateway imsi 455017937437153 delivered", "455017937437153", "IMSI_ID");
  // Luhn-valid with IMEI reporting body 45, but under an IMSI key: the IMSI.
  Hit both = ExpectAt("imsi=454105444657777", "454105444657777", "IMSI_ID");
  EXPECT_EQ(both.detector, "imsi");
  EXPECT_EQ(OfType(ScanField("imsi", "454105444657777"), "IMSI_ID").size(), 1u);
  ExpectNoType("sms gateway 455997937437153 delivered", "IMSI_ID");  // Macau MNC 99: none
}

TEST(ImeiTest, FoundAndWeighedByContext) {
  Hit keyed = ExpectAt("imei=356938035643809", "356938035643809", "IMEI_HARDWARE_ID", Everything());
  Hit bare = ExpectAt("356938035643809", "356938035643809", "IMEI_HARDWARE_ID", Everything());
  Hit hot =
      ExpectAt("设备串号 356938035643809", "356938035643809", "IMEI_HARDWARE_ID", Everything());
  EXPECT_EQ(keyed.likelihood, Likelihood::kVeryLikely);
  EXPECT_EQ(hot.likelihood, Likelihood::kVeryLikely);
  EXPECT_EQ(bare.likelihood, Likelihood::kLikely);
  EXPECT_EQ(keyed.field, "imei");
  for (const char* key : {"order", "trace", "version"}) {
    std::string text = std::string(key) + "=356938035643809";
    Hit excluded = ExpectAt(text, "356938035643809", "IMEI_HARDWARE_ID", Everything());
    EXPECT_LT(Rank(excluded.likelihood), Rank(bare.likelihood)) << text;
    ExpectNothing(text);  // below the default minimum
  }
}

// TAC/SNR/check digit, as GSMA and device documents write an IMEI.
// A 16-digit IMEISV (no check digit) needs an IMEI key, or a known reporting body and an IMEI
// word nearby.
TEST(ImeiTest, ImeisvByKeyOrWord) {
  ExpectAt("IMSI 460069189535047，IMEISV 8645387673416612", "8645387673416612", "IMEI_HARDWARE_ID");
  ExpectAt("Mobile Equipment Identity (MEI) : 0163704438918411", "0163704438918411",
           "IMEI_HARDWARE_ID");
  ExpectNoType("order 8645387673416612 paid", "IMEI_HARDWARE_ID");       // no IMEI word
  ExpectNoType("IMEISV 6045387673416612", "IMEI_HARDWARE_ID");           // no reporting body 60
}

// An IMEI as a URN (RFC 7254), as a VoLTE or VoNR handset's SIP contact carries it: TAC,
// serial number and a spare digit.
TEST(ImeiTest, AsAUrnInASipContact) {
  const std::string contact =
      "Contact: <sip:+8613812345678@10.1.2.3:5060>;"
      "+sip.instance=\"<urn:gsma:imei:35467211-629172-0>\"";
  ExpectAt(contact, "35467211-629172-0", "IMEI_HARDWARE_ID");
  ExpectNoType("urn:gsma:imei:12345678-123456-0", "IMEI_HARDWARE_ID");  // no real TAC
  ExpectNoType("urn:gsma:imei:35467211-629172-01", "IMEI_HARDWARE_ID");
  ExpectNoType("version:35467211-629172-0", "IMEI_HARDWARE_ID");
}

TEST(ImeiTest, WrittenWithSlashes) {
  ExpectAt("IMEI 35332610/321128/2 ok", "35332610/321128/2", "IMEI_HARDWARE_ID");
  ExpectAt("imei=35332610/321128/2", "35332610/321128/2", "IMEI_HARDWARE_ID");
  ExpectNoType("IMEI 35332610/321128/3 ok", "IMEI_HARDWARE_ID");    // Luhn fails
  ExpectNoType("x 35332610/321128/2/5 ok", "IMEI_HARDWARE_ID");     // a path, not an IMEI
  ExpectNoType("x 1/35332610/321128/2 ok", "IMEI_HARDWARE_ID");
  ExpectNoType("x 35332610/321128/2a ok", "IMEI_HARDWARE_ID");
  ExpectNoType("x 35332610/32112/82 ok", "IMEI_HARDWARE_ID");      // not 8/6/1
}

// Two groups ("01 8613800138000": a two-digit field and a phone number with 86) are no
// grouped IMEI, even when the 15 digits pass Luhn.
TEST(ImeiTest, TwoGroupsAreNoImei) {
  ExpectNoType("x 01 8613800138000 y", "IMEI_HARDWARE_ID");
  ExpectAt("x 01 8613800138000 y", "8613800138000", "PHONE_NUMBER");
  ExpectAt("imei 35-209900-176148-1 y", "35-209900-176148-1", "IMEI_HARDWARE_ID");
  ExpectAt("imei 35 209900 176148 1 y", "35 209900 176148 1", "IMEI_HARDWARE_ID");
}

TEST(ImeiTest, InsideHashesAndLongerRunsNotReported) {
  ExpectNothing("sha 9f86d08356938035643809a0c55ad015");
  ExpectNothing("x356938035643809");
  ExpectNothing("ref 13569380356438091");
  ExpectNothing("356938035643808");  // Luhn fails
}

TEST(MeidTest, Found) {
  ExpectAt("meid=A0000012345678", "A0000012345678", "MEID");
  ExpectAt("MEID: A1000049B5C6D7 registered", "A1000049B5C6D7", "MEID");
  ExpectAt("电信终端MEID码：A1000049B5C6D7，已入网", "A1000049B5C6D7", "MEID");
  ExpectNoType("meid=A000001234567", "MEID");
  ExpectNoType("meid=A000001234567G", "MEID");
  // The decimal form, under a MEID key or after the word; not without, not a resident ID.
  ExpectAt("MEID DEC: 268435457803430008", "268435457803430008", "MEID");
  ExpectAt("meid_dec=270113184911912919", "270113184911912919", "MEID");
  ExpectNoType("order 268435457803430008 paid", "MEID");
  ExpectAt("MEID 11010519491231002X", "11010519491231002X", "CHINA_RESIDENT_ID_NUMBER");
}

TEST(IccidTest, Found) {
  ExpectAt("iccid=89860012345678901234", "89860012345678901234", "ICCID_NUMBER");
  ExpectAt("SIM卡ICCID 8986001234567890123F 已激活", "8986001234567890123F", "ICCID_NUMBER");
  ExpectAt("iccid: 8986001234567890123", "8986001234567890123", "ICCID_NUMBER");
  ExpectAt("ICCID 898600D6991234567890 已激活", "898600D6991234567890", "ICCID_NUMBER");
  ExpectNoType("iccid=89850012345678901234", "ICCID_NUMBER");
}

TEST(IccidTest, PrintedInGroups) {
  ExpectAt("ICCID: 8986 0178 2631 5752 4621 ok", "8986 0178 2631 5752 4621", "ICCID_NUMBER");
  ExpectAt("SIM 8986-0112-4499-2119-553 ok", "8986-0112-4499-2119-553", "ICCID_NUMBER");
  ExpectNoType("ICCID: 8985 0178 2631 5752 4621 ok", "ICCID_NUMBER");  // not 8986
  ExpectNoType("ICCID: 8986 0178 2631 5752 46 ok", "ICCID_NUMBER");    // 18 digits
  ExpectNoType("ICCID: 898 6017 8263 1575 2462 ok", "ICCID_NUMBER");   // not in fours
}

TEST(MacTest, ColonAndDashForms) {
  ExpectAt("mac 00:1A:2B:3C:4D:5E ok", "00:1A:2B:3C:4D:5E", "MAC_ADDRESS");
  ExpectAt("wlan0 HWaddr 00-1A-2B-3C-4D-5E up", "00-1A-2B-3C-4D-5E", "MAC_ADDRESS");
  ExpectAt("终端MAC：AA-F7-CC-34-5B-89，在线", "AA-F7-CC-34-5B-89", "MAC_ADDRESS");
  ExpectAt("bssid=AA:F7:CC:34:5B:89;", "AA:F7:CC:34:5B:89", "MAC_ADDRESS");
  ExpectAt("sta ab-cd-ef-12-34-56 joined", "ab-cd-ef-12-34-56", "MAC_ADDRESS");
  // Three groups of four: Cisco's dots, Huawei's dashes (one separator throughout).
  ExpectAt("arp 001a.2b3c.4d5e vlan 10", "001a.2b3c.4d5e", "MAC_ADDRESS");
  // After a key that ends in hex letters ("MAC:"), the address starts after the colon.
  ExpectAt("设备MAC:8C:34:FD:46:68:D1", "8C:34:FD:46:68:D1", "MAC_ADDRESS");
  ExpectNoType("电子回单号码：9699-3964-3210-8894", "MAC_ADDRESS");  // a longer run of groups
  ExpectNoType("x 0222-0511-3300 y", "MAC_ADDRESS");                 // digits only: a number
  // The dashed form is found when its first group has no letter (see TokenHandler).
  ExpectAt("光猫MAC 0222-fa51-4ac5，WAN口", "0222-fa51-4ac5", "MAC_ADDRESS");
  EXPECT_EQ(OfType(ScanField("mac", "0222-fa51-4ac5"), "MAC_ADDRESS").size(), 1u);
  ExpectNoType("id c8c2-fa51.4ac5 x", "MAC_ADDRESS");
  ExpectNoType("id c8c2-fa51-4ac5-77 x", "MAC_ADDRESS");
  ExpectNoType("on 2026-11-15 at", "MAC_ADDRESS");
}

TEST(MacTest, NotMacs) {
  ExpectNoType("id 00:1A:2B:3C:4D:5E:6F x", "MAC_ADDRESS");  // 7 groups
  ExpectNoType("id 00:1A-2B:3C:4D:5E x", "MAC_ADDRESS");     // mixed separators
  ExpectNoType("id 00-1A-2B-3C-4D-5E-6F x", "MAC_ADDRESS");
  ExpectNoType("key X00:1A:2B:3C:4D:5E x", "MAC_ADDRESS");
  // Placeholders that name no device: Android's answer when an app may not read the MAC,
  // zeros and broadcast.
  ExpectNoType("mac=02:00:00:00:00:00 model=ELS-AN00", "MAC_ADDRESS");
  ExpectNoType("wlan0 HWaddr 00:00:00:00:00:00", "MAC_ADDRESS");
  ExpectNoType("dst ff:ff:ff:ff:ff:ff", "MAC_ADDRESS");
  EXPECT_TRUE(OfType(ScanField("mac", "020000000000"), "MAC_ADDRESS").empty());
}

// A MAC without separators is one only as a whole value under a MAC key or column.
TEST(MacTest, BareHexUnderAMacKey) {
  EXPECT_EQ(OfType(ScanField("mac", "708F4790CA0E"), "MAC_ADDRESS").size(), 1u);
  EXPECT_EQ(OfType(ScanField("wifi_bssid", "e4a7c5112233"), "MAC_ADDRESS").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("trace", "708F4790CA0E"), "MAC_ADDRESS").empty());
  ExpectNoType("trace 708F4790CA0E done", "MAC_ADDRESS");
}

// Linux netfilter (iptables, ufw) logs the frame's link-layer header as MAC=: destination
// MAC, source MAC and EtherType, 14 pairs of hex digits. Both MACs are found, under "MAC".
TEST(MacTest, NetfilterMacHeader) {
  const std::string line =
      "Nov 30 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:08:00 "
      "SRC=10.0.0.1 DST=10.0.0.2 LEN=60";
  ASSERT_GT(line.size(), 64u);
  EXPECT_EQ(ExpectAt(line, "00:16:3e:12:34:56", "MAC_ADDRESS").field, "MAC");
  EXPECT_EQ(ExpectAt(line, "00:1a:2b:3c:4d:5e", "MAC_ADDRESS").field, "MAC");
  EXPECT_EQ(OfType(Scan(line), "MAC_ADDRESS").size(), 2u);
  ExpectAt("MAC=00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:86:dd", "00:1a:2b:3c:4d:5e", "MAC_ADDRESS");
  ExpectNoType("x 00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:08:00:45 y", "MAC_ADDRESS");  // 15 pairs
  ExpectNoType("x 00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:08 y", "MAC_ADDRESS");        // 13 pairs
  ExpectNoType("x 00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:08:0 y", "MAC_ADDRESS");      // short pair
  ExpectNoType("x 00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:08:00z y", "MAC_ADDRESS");    // runs on
}

// A MAC address without any decimal digit: the ':' anchor finds the colon form. The dash
// form without digits is a documented limitation ('-' is not an anchor byte: it is too common
// in logs; about 1 in 10^5 random MACs has no digit).
TEST(MacTest, AllLetterMac) {
  ExpectAt("mac aa:bb:cc:dd:ee:fa up", "aa:bb:cc:dd:ee:fa", "MAC_ADDRESS");
  ExpectAt("mac AA:BB:CC:DD:EE:FA up", "AA:BB:CC:DD:EE:FA", "MAC_ADDRESS");
}

TEST(IpTest, Ipv4AndIpv6) {
  ExpectAt("Accepted password for root from 192.168.1.10 port 22", "192.168.1.10", "IP_ADDRESS");
  ExpectAt("客户端IP：10.23.4.5，已登录", "10.23.4.5", "IP_ADDRESS");
  ExpectAt("upstream 8.8.8.8:53 ok", "8.8.8.8", "IP_ADDRESS");
  ExpectAt("client 2001:db8::1 connected", "2001:db8::1", "IP_ADDRESS");
  ExpectAt("remote [fe80::1ff:fe23:4567:890a]:443", "fe80::1ff:fe23:4567:890a", "IP_ADDRESS");
  ExpectAt("src=2001:0db8:0000:0000:0000:ff00:0042:8329 dst",
           "2001:0db8:0000:0000:0000:ff00:0042:8329", "IP_ADDRESS");
  // Loopback is every host's own address.
  ExpectNoType("Received: from mail01 (localhost [127.0.0.1])", "IP_ADDRESS");
  ExpectAt("Server listening on 0.0.0.0 port 22.", "0.0.0.0", "IP_ADDRESS");
}

TEST(IpTest, VersionParameterIsNoAddress) {
  ExpectNoType("GET /static/js/app.js?v=3.2.1.0 HTTP/1.1", "IP_ADDRESS");
  ExpectAt("GET /x?vip=3.2.1.0 HTTP/1.1", "3.2.1.0", "IP_ADDRESS");  // only "v" itself
}

TEST(IpTest, NotAddresses) {
  ExpectNothing("Windows 10.0.19041.1 build");
  ExpectNothing("version=10.0.19041.1");
  ExpectNothing("v1.2.3.4 released");
  ExpectNothing("x1.2.3.4y");
  ExpectNothing("ip 256.1.1.1 bad");
  ExpectNothing("ip 01.2.3.4 bad");
  ExpectNothing("oid 1.3.6.1.4.1.2021");
  ExpectNoType("key xyz2001:db8::1 x", "IP_ADDRESS");
  ExpectNoType("10:30:00 meeting", "IP_ADDRESS");
}

// Regression (was a bug): an IPv4 address followed by a full stop was dropped: the sentence's
// '.' was taken for the start of a fifth group.
TEST(IpTest, Ipv4AtTheEndOfASentence) {
  ExpectAt("Connection closed by 192.168.1.10.", "192.168.1.10", "IP_ADDRESS");
  ExpectAt("客户端地址为 10.0.0.1. 请检查", "10.0.0.1", "IP_ADDRESS");
}

// 版本 keys (版本号, 固件版本, 软件版本, 系统版本) hold versions, as version= does.
TEST(IpTest, ChineseVersionKeys) {
  ExpectNothing("版本：6.1.0.12");
  ExpectNothing("{\"版本\":\"6.1.0.12\"}");
  ExpectNothing("固件版本=6.1.0.12");
  ExpectNothing("软件版本号: 10.0.19041.1");
  EXPECT_TRUE(ScanField("系统版本", "6.1.0.12").empty());
  EXPECT_TRUE(ScanField("$.device.版本号", "6.1.0.12").empty());
  // An IP key stays an IP key.
  ExpectAt("IP地址：6.1.0.12", "6.1.0.12", "IP_ADDRESS");
  EXPECT_EQ(OfType(ScanField("版本服务器地址", "10.1.2.3"), "IP_ADDRESS").size(), 1u);
  EXPECT_EQ(OfType(ScanField("server_ip", "6.1.0.12"), "IP_ADDRESS").size(), 1u);
}

// ---------------------------------------------------------------------------------------
// LOCATION_COORDINATES, CELL_ID, CHINA_LICENSE_PLATE

TEST(LocationTest, LatLngPairs) {
  ExpectAt("定位 31.232994,104.959366 ok", "31.232994,104.959366", "LOCATION_COORDINATES");
  ExpectAt("gps: 39.908722, 116.397499", "39.908722, 116.397499", "LOCATION_COORDINATES");
  ExpectAt("pos=-33.868820,151.209290;", "-33.868820,151.209290", "LOCATION_COORDINATES");
  // Signed both, as iOS logs a location fix.
  ExpectAt("<Info>: didUpdateLocations <+34.314451,+108.993448> +/- 25.71m",
           "+34.314451,+108.993448", "LOCATION_COORDINATES");
  ExpectNothing("delta +0.5,+1.25 ok");
  ExpectNothing("price 12.5,13.25 yuan");
  ExpectNothing("ratio 231.232994,104.959366");  // latitude out of range
}

// Regression (was a bug): the same sentence-final '.' used to reject a coordinate pair.
TEST(LocationTest, CoordinatesAtTheEndOfASentence) {
  ExpectAt("位置：31.232994,104.959366.", "31.232994,104.959366", "LOCATION_COORDINATES");
}

// 位置, 坐标, 定位, 经纬度 keys hold coordinates; 经度 / 纬度 one axis each, as lat / lng do.
TEST(LocationTest, ChineseKeys) {
  for (const char* key : {"$.位置[0]", "坐标", "定位", "经纬度", "经度", "$.gps.纬度"}) {
    std::vector<Hit> hits = ScanField(key, "121.473701");
    ASSERT_EQ(OfType(hits, "LOCATION_COORDINATES").size(), 1u) << key << "\n" << Describe(hits);
  }
  std::string text = "{\"经度\":121.473,\"纬度\":31.234}";
  ExpectAt(text, "121.473", "LOCATION_COORDINATES");
  ExpectAt(text, "31.234", "LOCATION_COORDINATES");
  // As under lat / lng: a whole number or one with fewer than three decimals is no position.
  EXPECT_TRUE(ScanField("位置", "3").empty());
  EXPECT_TRUE(ScanField("经度", "12.5").empty());
  EXPECT_TRUE(OfType(ScanField("安装位置", "3号机柜"), "LOCATION_COORDINATES").empty());
  EXPECT_TRUE(ScanField("版本", "31.234").empty());
}

// "X-Geo: lat;lng": ';' separates a pair where ',' does, with the same range rules.
TEST(LocationTest, SemicolonSeparatedPairs) {
  ExpectAt("X-Geo: 31.230416;121.473701", "31.230416;121.473701", "LOCATION_COORDINATES");
  ExpectAt("pos=-33.868820;151.209290&x=1", "-33.868820;151.209290", "LOCATION_COORDINATES");
  ExpectNothing("ratio 231.232994;104.959366");  // latitude out of range
  ExpectNothing("x 1.5;2.25 y");                 // too few decimals
  ExpectNothing("v 31.230416;121.473701.5");
}

// 北纬 / 南纬 / 东经 / 西经 before a decimal: each number (with its degree sign) a coordinate.
TEST(LocationTest, HemisphereWords) {
  std::string text = "定位：北纬31.2304°，东经121.4737°";
  ExpectAt(text, "31.2304°", "LOCATION_COORDINATES");
  ExpectAt(text, "121.4737°", "LOCATION_COORDINATES");
  ExpectAt("南纬33.87，西经70.65", "33.87", "LOCATION_COORDINATES");
  ExpectAt("南纬33.87，西经70.65", "70.65", "LOCATION_COORDINATES");
  ExpectNothing("北纬91.5°");     // no latitude
  ExpectNothing("东经181.25°");   // no longitude
  ExpectNothing("北纬30度附近");  // a whole degree is a region
  ExpectNothing("温度31.25°");
}

// Degrees with a hemisphere letter, decimal or in degrees, minutes and seconds (′″ or the
// ASCII ' and "), and degrees and minutes after a hemisphere word.
TEST(LocationTest, DegreesMinutesSeconds) {
  ExpectAt("位置 39.9087°N, 116.3975°E", "39.9087°N", "LOCATION_COORDINATES");
  ExpectAt("位置 39.9087°N, 116.3975°E", "116.3975°E", "LOCATION_COORDINATES");
  ExpectAt("GPS N39°54'26\" E116°23'29\"", "N39°54'26\"", "LOCATION_COORDINATES");
  ExpectAt("GPS N39°54'26\" E116°23'29\"", "E116°23'29\"", "LOCATION_COORDINATES");
  ExpectAt("北纬39°54′26″ 东经116°23′29″", "39°54′26″", "LOCATION_COORDINATES");
  ExpectAt("北纬39°54′26″ 东经116°23′29″", "116°23′29″", "LOCATION_COORDINATES");
  ExpectAt("fix: N 31°13.824' E 121°28.422'", "N 31°13.824'", "LOCATION_COORDINATES");
  ExpectAt("lat 39°54′26.5″N lon", "39°54′26.5″N", "LOCATION_COORDINATES");
  ExpectAt("N39.9087 E116.3975", "N39.9087", "LOCATION_COORDINATES");
  ExpectNothing("温度25°C，湿度60%");
  ExpectNothing("角度 45°30′ 偏转");         // no hemisphere
  ExpectNothing("N95°30′ x");                  // no latitude
  ExpectNothing("E39°61′ x");                  // no minute 61
  ExpectNothing("version N10.2 build");        // too few decimals without a degree sign
}

// Two decimals after an amount word are money, not a position.
TEST(LocationTest, AmountsAreNotCoordinates) {
  for (const char* text : {"金额 27.5186,116.9777", "价格：27.5186,116.9777", "amount=27.5186,116.9777",
                           "费用 31.6875, 112.5954"})
    ExpectNoType(text, "LOCATION_COORDINATES");
  EXPECT_TRUE(ScanField("金额", "27.5186,116.9777").empty());
  EXPECT_TRUE(ScanField("$.order.费用", "27.5186,116.9777").empty());
  ExpectAt("坐标 27.5186,116.9777", "27.5186,116.9777", "LOCATION_COORDINATES");
  ExpectAt("loc=27.5186,116.9777", "27.5186,116.9777", "LOCATION_COORDINATES");
  ExpectAt("金额 12 元，定位 27.5186,116.9777", "27.5186,116.9777", "LOCATION_COORDINATES");
}

// 2G/3G cell identities and LACs are 16-bit: four or five digits in a cell column.
TEST(CellIdTest, ShortValuesInACellColumn) {
  for (const char* v : {"52361", "4123", "65535"}) {
    std::vector<Hit> hits = ScanField("CellId", v);
    ASSERT_EQ(hits.size(), 1u) << v;
    EXPECT_EQ(hits[0].type, "CELL_ID");
  }
  EXPECT_TRUE(ScanField("CellId", "65536").empty());   // more than 16 bits
  EXPECT_TRUE(ScanField("CellId", "412").empty());     // too short to tell anything
  EXPECT_TRUE(ScanField("CellId", "41a3").empty());
  EXPECT_EQ(ScanField("ci", "52361").size(), 1u);
  EXPECT_EQ(ScanField("serving_cell", "52361").size(), 1u);
  EXPECT_TRUE(ScanField("port", "52361").empty());     // not a cell column
  EXPECT_EQ(ScanField("cell_identity", "52361").size(), 1u);
  EXPECT_EQ(ScanField("$.cell.id", "52361").size(), 1u);
  EXPECT_TRUE(ScanField("$.cell.tac", "47677").empty());  // the cell's area, not the cell
  EXPECT_TRUE(ScanField("$.cell.pci", "396").empty());
  EXPECT_TRUE(ScanField("lac", "52361").empty());      // an area of many cells
  EXPECT_TRUE(ScanField("tac", "52361").empty());
  EXPECT_TRUE(OfType(ScanField("cell_phone", "52361"), "CELL_ID").empty());
  EXPECT_TRUE(ScanField("CellId", "52361", Default(), false).empty());  // not a whole value
}

// An area and a cell in one cell column value (LAC-CI, TAC-ECI): together they place the
// subscriber.
TEST(CellIdTest, AreaAndCellPairsInACellColumn) {
  for (const char* v : {"17286-45954", "44947-9661", "49006 46195251", "1-2"}) {
    std::vector<Hit> hits = ScanField("LAC-CI", v);
    ASSERT_EQ(hits.size(), 1u) << v;
    EXPECT_EQ(hits[0].type, "CELL_ID") << v;
    EXPECT_EQ(hits[0].end, std::string(v).size()) << v;
  }
  EXPECT_TRUE(OfType(ScanField("LAC-CI", "65536-45954"), "CELL_ID").empty());   // LAC > 16 bits
  // Not a pair: a cell more than 28 bits, three parts. (A digit run of them may still be a
  // cell identity on its own, as in any cell column.)
  for (const char* v : {"17286-268435456", "17286-45954-1"})
    for (const Hit& h : OfType(ScanField("LAC-CI", v), "CELL_ID")) EXPECT_NE(h.start, 0u) << v;
  EXPECT_TRUE(OfType(ScanField("lac", "17286-45954"), "CELL_ID").empty());  // an area column
  EXPECT_TRUE(OfType(ScanField("LAC-CI", "17286-45954", Default(), false), "CELL_ID").empty());
}

// An E-UTRAN cell global identity in hex under a cell key: 46000 and seven hex digits.
TEST(CellIdTest, HexEcgiInACellValue) {
  std::vector<Hit> hits = OfType(ScanField("ecgi", "46000BE5D201"), "CELL_ID");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].end, 12u);
  EXPECT_EQ(OfType(ScanField("utran_cell_id", "4600022839C05A03"), "CELL_ID").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("trace", "46000BE5D201"), "CELL_ID").empty());  // no cell key
  EXPECT_TRUE(OfType(ScanField("ecgi", "46099BE5D201"), "CELL_ID").empty());   // MNC 99
  EXPECT_TRUE(OfType(ScanField("ecgi", "46000BE5D2G1"), "CELL_ID").empty());   // not hex
}

TEST(CellIdTest, CgiForms) {
  Hit h = ExpectAt("cgi 460-00-52511-60387 ok", "460-00-52511-60387", "CELL_ID");
  EXPECT_EQ(h.start, 4u);
  EXPECT_EQ(h.end, 22u);
  ExpectAt("基站 460-01-4139-28457，信号弱", "460-01-4139-28457", "CELL_ID");
  ExpectNoType("range 460-00 x", "CELL_ID");
}

TEST(PlateTest, OrdinaryAndNewEnergy) {
  ExpectAt("车牌京A12345违章停车", "京A12345", "CHINA_LICENSE_PLATE");
  ExpectAt("车牌号粤B·D12345", "粤B·D12345", "CHINA_LICENSE_PLATE");
  ExpectAt("plate 沪AD12345 parked", "沪AD12345", "CHINA_LICENSE_PLATE");
  ExpectAt("车牌：苏E-12345", "苏E-12345", "CHINA_LICENSE_PLATE");
  ExpectNoType("京A1234", "CHINA_LICENSE_PLATE");
  ExpectNoType("京A1234567", "CHINA_LICENSE_PLATE");
  ExpectNoType("京I12345", "CHINA_LICENSE_PLATE");  // I and O are never used
}

// ---------------------------------------------------------------------------------------
// Look-alikes: things that are numbers but not PI

// nginx writes a request body's quotes as \x22, JSON and Java as \u0022, and a multi-line
// message in one field has \n: the escape is a separator, not part of the value after it.
TEST(EscapeTest, ValueAfterAnEscapeIsFound) {
  const std::string body =
      "\"POST /api HTTP/1.1\" 200 \"{\\x22phoneNo\\x22:\\x2213812345678\\x22,"
      "\\x22certNo\\x22:\\x22110101199003070134\\x22,\\x22imsi\\x22:\\x22460016835172566\\x22}\"";
  ASSERT_GT(body.size(), 64u);  // the block loop
  ExpectAt(body, "13812345678", "PHONE_NUMBER");
  ExpectAt(body, "110101199003070134", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt(body, "460016835172566", "IMSI_ID");
  ExpectAt("b=\\x2213812345678\\x22", "13812345678", "PHONE_NUMBER");  // the byte walk
  ExpectAt("msg=\"call me\\n13812345678 today\"", "13812345678", "PHONE_NUMBER");
  ExpectAt("msg=\"tel\\t13812345678\"", "13812345678", "PHONE_NUMBER");
  ExpectAt("{\"m\":\"\\u002213812345678\\u0022\"}", "13812345678", "PHONE_NUMBER");
}

// A log that holds a request's JSON as written escapes its Chinese text as \uXXXX: decoded
// for the scan, the finding covers the escapes.
TEST(EscapeTest, UnicodeEscapesAreDecoded) {
  const std::string body =
      "POST /api body={\"data\":[{\"custName\":\"\\u5510\\u777f\",\"idCard\":"
      "\"321181199503303696\",\"addr\":\"\\u5317\\u4eac\\u5e02\\u671d\\u9633\\u533a"
      "\\u5efa\\u56fd\\u8def88\\u53f7\"}]}";
  ExpectAt(body, "\\u5510\\u777f", "PERSON_NAME");
  ExpectAt(body, "321181199503303696", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt(body, "\\u5317\\u4eac\\u5e02\\u671d\\u9633\\u533a\\u5efa\\u56fd\\u8def88\\u53f7",
           "STREET_ADDRESS");
  ExpectNoType("path=C:\\users\\u55 x", "PERSON_NAME");
}

// A form-encoded upload (a DLP proxy's capture of a pasted list): %09 and %0A are the
// fields and lines, '+' is a blank. Decoded, the values are found; a '+' glued to what is
// before it is no country code's sign, and no phone number has more than fifteen digits.
TEST(EscapeTest, FormEncodedFieldsAreSeparated) {
  const std::string tabbed =
      "text=%E5%90%8D%E5%8D%95%0A%E5%88%98%E6%B0%B8%E8%90%8D%09110116199411179184%09"
      "13723057729%09622908301923296350%0A";
  ExpectAt(tabbed, "110116199411179184", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt(tabbed, "13723057729", "PHONE_NUMBER");
  ExpectAt(tabbed, "%E5%88%98%E6%B0%B8%E8%90%8D", "PERSON_NAME");
  const std::string plus = "text=%0A%E4%BD%98%E5%8B%87+320602198202225096+17395592953+%E6%B1%9F";
  ExpectAt(plus, "%E4%BD%98%E5%8B%87", "PERSON_NAME");
  ExpectAt(plus, "320602198202225096", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt(plus, "17395592953", "PHONE_NUMBER");
  ExpectAt("id +320602198202225096 x", "320602198202225096", "CHINA_RESIDENT_ID_NUMBER");
  // A real country code's '+' stays one: after a blank, after Chinese text when no mainland
  // mobile follows.
  ExpectAt("call +12125551234 now", "+12125551234", "PHONE_NUMBER");
  ExpectAt("美国电话+12125551234", "+12125551234", "PHONE_NUMBER");
  ExpectAt("电话+8613800138000 x", "+8613800138000", "PHONE_NUMBER");
}

// redis-cli prints a hash as numbered lines, each value under its field's line: the field
// names the value, as a key would.
TEST(KeyContextTest, RedisRepliesAreNamedByTheFieldAbove) {
  const std::string reply =
      "10.20.7.130:6379> HGETALL cust:76713098\n 1) \"name\"\n 2) \"王佳鑫\"\n 3) \"msisdn\"\n"
      " 4) \"13954548932\"\n 5) \"token\"\n 6) \"kKdEzmxe7DWrcFYWy6vEWohlYSAIa9SVE1oyN4CE\"\n"
      " 7) \"mgr\"\n 8) \"周志强\"\n 9) \"status\"\n10) \"ACTIVE01\"\n";
  ExpectAt(reply, "王佳鑫", "PERSON_NAME");
  ExpectAt(reply, "13954548932", "PHONE_NUMBER");
  ExpectAt(reply, "kKdEzmxe7DWrcFYWy6vEWohlYSAIa9SVE1oyN4CE", "CREDENTIAL");
  ExpectAt(reply, "周志强", "PERSON_NAME");
  ExpectNoType(reply, "IMSI_ID");
  // Not a reply: a list of quoted words, or a field line that holds no word.
  ExpectNoType("notes:\n 1) \"token\"\nand then\n 2) \"kKdEzmxe7DWrcFYWy6vEWohlYSAIa9SVE1oyN4CE\"\n",
               "CREDENTIAL");
}

TEST(EscapeTest, OnlyEscapesAreSeparators) {
  ExpectNoType("a=x2213812345678 b", "PHONE_NUMBER");              // no backslash
  ExpectNoType("a=\\q13812345678 b", "PHONE_NUMBER");            // not an escape
  ExpectNoType("a=\\xZZ13812345678 b", "PHONE_NUMBER");          // \x without hex digits
  ExpectNoType("a=\\u00213812345678 b", "PHONE_NUMBER");         // \u with three hex digits
  ExpectNoType("a=\\x22138123456789012 b", "PHONE_NUMBER");      // a longer run after it
  ExpectNoType("a=\\x22abc13812345678 b", "PHONE_NUMBER");       // letters join the run
}

TEST(NegativesTest, IdentifiersOfThingsNotPeople) {
  ExpectNothing("统一社会信用代码91350100M000100Y43");
  ExpectNothing("USCC: 91350100M000100Y43, registered");
  ExpectNothing("request id 550e8400-e29b-41d4-a716-446655440000 done");
  ExpectNothing("trace 123e4567-e89b-12d3-a456-426614174000");
  ExpectNothing("commit 3f2a9c1e8b7d6c5a4b3e2f1a0b9c8d7e6f5a4b3c");
  ExpectNothing("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  ExpectNothing("md5=d41d8cd98f00b204e9800998ecf8427e");
  ExpectNothing("Windows 10.0.19041.1 build 19041");
}

// ---------------------------------------------------------------------------------------
// Field names and context

TEST(ClassifyFieldTest, FieldNamesHintTypes) {
  const Scanner& s = Default();
  EXPECT_TRUE(s.ClassifyField("msisdn").HintsType(kPhoneNumber));
  EXPECT_TRUE(s.ClassifyField("mobile_phone").HintsType(kPhoneNumber));
  EXPECT_TRUE(s.ClassifyField("手机号码").HintsType(kPhoneNumber));
  EXPECT_TRUE(s.ClassifyField("customer.idCard").HintsType(kChinaResidentIdNumber));
  EXPECT_TRUE(s.ClassifyField("id_number").HintsType(kChinaResidentIdNumber));
  EXPECT_TRUE(s.ClassifyField("cust_name").HintsType(kPersonName));
  EXPECT_TRUE(s.ClassifyField("姓名").HintsType(kPersonName));
  EXPECT_TRUE(s.ClassifyField("出生日期").HintsType(kDateOfBirth));
  EXPECT_TRUE(s.ClassifyField("home_address").HintsType(kStreetAddress));
  EXPECT_TRUE(s.ClassifyField("imei").HintsType(kImeiHardwareId));
  EXPECT_TRUE(s.ClassifyField("$.device.imsi").HintsType(kImsiId));
  EXPECT_TRUE(s.ClassifyField("db_password").HintsType(kCredential));
  EXPECT_TRUE(s.ClassifyField("redis.pass").HintsType(kCredential));
  EXPECT_FALSE(s.ClassifyField("hkMacauPass").HintsType(kCredential));
  EXPECT_TRUE(s.ClassifyField("hkMacauPass").HintsType(kHkMacauTravelPermit));
  EXPECT_FALSE(s.ClassifyField("boarding_pass").HintsType(kCredential));
  EXPECT_TRUE(s.ClassifyField("passNo").HintsType(kHkMacauTravelPermit));
  EXPECT_FALSE(s.ClassifyField("passNo").HintsType(kCredential));
  EXPECT_FALSE(s.ClassifyField("passenger").HintsType(kHkMacauTravelPermit));
  EXPECT_FALSE(s.ClassifyField("dbPass").HintsType(kHkMacauTravelPermit));
  EXPECT_FALSE(s.ClassifyField("product_name").HintsType(kPersonName));
  EXPECT_FALSE(s.ClassifyField("ip_address").HintsType(kStreetAddress));
  EXPECT_TRUE(s.ClassifyField("ip_address").HintsType(kIpAddress));
  EXPECT_FALSE(s.ClassifyField("order_id").HintsType(kPhoneNumber));
  EXPECT_TRUE(s.ClassifyField("order_id").exclusion);
  EXPECT_TRUE(s.ClassifyField("trace_id").exclusion);
  EXPECT_TRUE(s.ClassifyField("订单号").exclusion);
  EXPECT_FALSE(s.ClassifyField("msisdn").exclusion);
  EXPECT_EQ(s.ClassifyField("").type_mask, 0u);
  // A request's URI or body carries keys and values of its own; its id is a number.
  EXPECT_FALSE(s.ClassifyField("request_uri").exclusion);
  EXPECT_FALSE(s.ClassifyField("http.request.full_uri").exclusion);
  EXPECT_FALSE(s.ClassifyField("request.body").exclusion);
  EXPECT_TRUE(s.ClassifyField("request_id").exclusion);
  EXPECT_TRUE(s.ClassifyField("request").exclusion);
  // Wireshark's field names: GTPv2's Mobile Equipment Identity, a SIP display name.
  EXPECT_TRUE(s.ClassifyField("gtpv2.mei").HintsType(kImeiHardwareId));
  EXPECT_TRUE(s.ClassifyField("sip.display.info").person_if_full_name);
  EXPECT_FALSE(s.ClassifyField("display.info").person_if_full_name);
}

TEST(ContextTest, ColumnHintsAndExclusions) {
  // The same 15-digit IMEI-valid value under different columns (CSV cells).
  auto lk = [](std::string_view field) {
    std::vector<Hit> hits = ScanField(field, "356938035643809", Everything(), false);
    return hits.empty() ? Likelihood::kVeryUnlikely : hits[0].likelihood;
  };
  EXPECT_EQ(lk("imei"), Likelihood::kVeryLikely);
  EXPECT_EQ(lk("note"), Likelihood::kLikely);
  EXPECT_LT(Rank(lk("order_no")), Rank(Likelihood::kPossible));
  EXPECT_TRUE(ScanField("order_no", "356938035643809", Default(), false).empty());
  std::vector<Hit> hits = ScanField("msisdn", "13800138000", Default(), false);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].likelihood, Likelihood::kVeryLikely);
  EXPECT_EQ(hits[0].field, "msisdn");
}

// An XML element's key="..." or name="..." attribute names its text, as the element name
// does when there is none (<custName>王建国</custName>).
TEST(ContextTest, XmlKeyAndNameAttributes) {
  EXPECT_EQ(ExpectAt("<entry key=\"msisdn\">13812345678</entry>", "13812345678", "PHONE_NUMBER")
                .field,
            "msisdn");
  EXPECT_EQ(ExpectAt("<param name=\"custName\">王建国</param>", "王建国", "PERSON_NAME").field,
            "custName");
  EXPECT_EQ(ExpectAt("<param type=\"s\" name='custName'>王建国</param>", "王建国", "PERSON_NAME")
                .field,
            "custName");
  EXPECT_EQ(ExpectAt("<custName>王建国</custName>", "王建国", "PERSON_NAME").field, "custName");
  ExpectNoType("<entry key=\"remark\">王建国</entry>", "PERSON_NAME");
  ExpectNoType("<entry key=\"order no\">王建国</entry>", "PERSON_NAME");  // no key: a phrase
  ExpectNoType("<param id=\"custName\">王建国</param>", "PERSON_NAME");   // another attribute
  ExpectNoType("<param mykey=\"custName\">王建国</param>", "PERSON_NAME");
  ExpectNoType("<entry key=\"custName>王建国</entry>", "PERSON_NAME");     // unterminated
  // A type attribute names the value when no key or name attribute does.
  ExpectAt("<Doc type=\"往来港澳通行证\">W15389161</Doc>", "W15389161", "HK_MACAU_TRAVEL_PERMIT");
}

// accountName next to a bank card is its holder; a value under a name key is taken whole.
TEST(PersonNameTest, AccountHolderAndWholeValuesUnderNameKeys) {
  ExpectAt("\"cardNo\": \"6222621910532276048\", \"accountName\": \"欧阳平涛\"", "欧阳平涛",
           "PERSON_NAME");
  ExpectAt("业务员：赵洋刚  工号：A500", "赵洋刚", "PERSON_NAME");
  ExpectNoType("备注：王刚才来过", "PERSON_NAME");
}

// Latin names in mail headers whatever the address says, and in brackets after a Chinese name
// found in running text (Hong Kong and Taiwan letters give both).
TEST(PersonNameTest, LatinNamesInMailHeadersAndBrackets) {
  ExpectAt("To: \"Huafan Han\" <77751348@foxmail.com>\n", "Huafan Han", "PERSON_NAME");
  ExpectAt("From: \"CHOW Shuk Yee\" <chowshuk263@gmail.com>\n", "CHOW Shuk Yee", "PERSON_NAME");
  ExpectAt("Cc: \"Kuo Chun-Hung\" <khung@example.com>\n", "Kuo Chun-Hung", "PERSON_NAME");
  ExpectAt("本人郭俊宏（Kuo Chun-Hung）於上星期致電", "Kuo Chun-Hung", "PERSON_NAME");
  ExpectAt("displayName: 郑静 (Jing Zheng)\ntitle: 经理", "Jing Zheng", "PERSON_NAME");
  ExpectAt("booking|order=TR20240513195899|traveller=马颖|permit=C12345678", "马颖", "PERSON_NAME");
  for (const Hit& h : Scan("displayName: 郑静 (Customer Service)", Default()))
    EXPECT_NE(h.value, "Customer Service");
  for (const char* text : {"From: \"Customer Service\" <noreply@tuyue-travel.com>\n",
                           "From: \"China Mobile\" <10086@139.com>\n",
                           "Subject: \"Huafan Han\" <77751348@foxmail.com>\n"})
    ExpectNoType(text, "PERSON_NAME");
  // Unquoted, as many mail clients and mail logs write a display name.
  ExpectAt("From: Feng Junxi <246651253@qq.com>\n", "Feng Junxi", "PERSON_NAME");
  ExpectAt("To: a@example.com, Wang Wei <77751348@foxmail.com>\n", "Wang Wei", "PERSON_NAME");
  for (const char* text : {"From: Customer Service <noreply@tuyue-travel.com>\n",
                           "Subject: Huafan Han <77751348@foxmail.com>\n",
                           "Please write to Huafan Han <77751348@foxmail.com>\n"})
    ExpectNoType(text, "PERSON_NAME");
}

// A key ending in "Name" names a person unless it names an organisation or a place: a
// directory's office (physicalDeliveryOfficeName: 成都分公司) is no 成都分; its displayName
// and a login's target_name are people.
TEST(PersonNameTest, NameKeysOfOrganisationsAndPlaces) {
  for (const char* text : {"physicalDeliveryOfficeName: 成都分公司 C座21F\n",
                           "companyName: 成都分公司\n", "branch_name=武汉分行营业部\n"})
    ExpectNoType(text, "PERSON_NAME");
  ExpectAt("displayName: 郑静\n", "郑静", "PERSON_NAME");
  ExpectAt("ip=1.2.3.4 target_name=周彤 target_doc=HKM\n", "周彤", "PERSON_NAME");
  ExpectAt("customerName: 王建国\n", "王建国", "PERSON_NAME");
}

// Authorization letters, visitors at a gate, cloud accounts' display names.
TEST(PersonNameTest, AgentsVisitorsAndDisplayNames) {
  ExpectAt("本人王芳现委托金晨（电话+8613012345678）代为办理提速。", "金晨", "PERSON_NAME");
  ExpectAt("受托人 李强 身份证号码见附件", "李强", "PERSON_NAME");
  ExpectNoType("公司委托中国移动代为办理\n", "PERSON_NAME");
  ExpectAt("通道=东门,方向=进,访客卡=V0020,访客=余思泽,访客手机=13812345678", "余思泽",
           "PERSON_NAME");
  ExpectAt("{\"UserIdentity\":{\"UserName\":\"fansi.liu\",\"DisplayName\":\"刘帆思\"}}",
           "刘帆思", "PERSON_NAME");
  ExpectNoType("{\"DisplayName\":\"运维组\"}", "PERSON_NAME");
}

// A referrer in résumés, rosters and chats: 经黄静思介绍投递, 经许萍美推荐入职.
TEST(PersonNameTest, Referrers) {
  ExpectAt("推荐人：经黄静思介绍投递，", "黄静思", "PERSON_NAME");
  ExpectAt("员工,夏泽庆,经许萍美推荐入职\n", "许萍美", "PERSON_NAME");
  ExpectAt("经王芳介绍认识", "王芳", "PERSON_NAME");
  for (const char* text : {"经理事会推荐\n", "经过介绍\n", "已经介绍过了\n"})
    ExpectNoType(text, "PERSON_NAME");
}

// An invoice's buyer may be a person: 购买方名称：周雅婷, and the e-invoice form's 名称 with the
// 购买方信息 column before it on the line. 名称 alone names products and companies.
TEST(PersonNameTest, InvoiceBuyers) {
  ExpectAt("购买方名称：周雅婷  纳税人识别号：\n", "周雅婷", "PERSON_NAME");
  ExpectAt("购  名称：  周雅婷  名称：  示例通信有限公司\n", "周雅婷", "PERSON_NAME");
  ExpectAt("购买方信息 名称：周雅婷\n", "周雅婷", "PERSON_NAME");
  for (const char* text : {"名称：王老吉\n", "产品名称：华为\n", "销  名称：  周雅婷\n",
                           "采购名称：王芳\n", "产品名称（规格）：王老吉\n"})
    ExpectNoType(text, "PERSON_NAME");
}

// Staff lists and duty rosters: 分析人员：郑静、冯凯, 安全值班 郑静 确认.
TEST(PersonNameTest, StaffListsAndDutyRosters) {
  const std::string report = "- 分析人员：郑静、冯凯；外部支持：应急响应中心\n";
  ExpectAt(report, "郑静", "PERSON_NAME");
  ExpectAt(report, "冯凯", "PERSON_NAME");
  ExpectAt("WAF 告警，安全值班 郑静 确认并升级。\n", "郑静", "PERSON_NAME");
  ExpectAt("今日值班：田静\n", "田静", "PERSON_NAME");
  ExpectNoType("技术人员：3名，值班电话 12345\n", "PERSON_NAME");
}

// An e-invoice's buyer is a person or a company: a whole name with a common surname is one.
TEST(PersonNameTest, InvoiceBuyer) {
  ExpectAt("购买方信息  名称：邱思涛\n            统一社会信用代码/纳税人识别号：...", "邱思涛",
           "PERSON_NAME");
  ExpectNoType("购买方信息  名称：苏州工业园区明远精密制造有限公司\n", "PERSON_NAME");
  ExpectNoType("销售方信息  名称：邱思涛\n", "PERSON_NAME");  // the seller: a business
  ExpectNoType("产品名称：金龙鱼\n", "PERSON_NAME");
}

// Fixed-width records: a name after a mobile number and blanks, or between two numeric
// fields without any separator.
TEST(PersonNameTest, FixedWidthRecords) {
  ExpectAt("D00000034 929887940910 13318452739    马旭杰           01 1", "马旭杰", "PERSON_NAME");
  ExpectAt("340117015239759217314483266黎敏思0141010520000", "黎敏思", "PERSON_NAME");
  ExpectNoType("D00000034 929887940910 23318452739    马旭杰           01 1", "PERSON_NAME");
  ExpectNoType("20240611000000万元0141", "PERSON_NAME");    // no given name after 万
  ExpectNoType("1234567890123金额100", "PERSON_NAME");      // a common word
  ExpectNoType("12345黎敏思01", "PERSON_NAME");             // a short number before it
  // A Hive extract read as text: a name after a mobile and one \x01 field separator.
  ExpectAt(std::string("1101323526915956\x01") + "13065491210\x01田英洁\x01\x01" "07", "田英洁",
           "PERSON_NAME");
}

// A numbered label: 联系人1：, 担保人2：.
TEST(PersonNameTest, NumberedLabels) {
  ExpectAt("四、联系人信息\n联系人1：许凯平    关系：朋友    手机：13436546692", "许凯平",
           "PERSON_NAME");
  ExpectAt("紧急联系人2：崔欣怡    关系：同事", "崔欣怡", "PERSON_NAME");
  // The label is the key, not echoed (a Chinese label may hold PI), and never just "2".
  for (const Hit& h : Scan("0123456789abcdef 紧急联系人2：崔欣怡    关系：同事", Default()))
    EXPECT_EQ(h.field, "") << h.value;
  ExpectNoType("步骤1：全体人员集合", "PERSON_NAME");
}

// Keys that hold a person only sometimes (operator, handler, worker): a whole Chinese name
// with a common surname is one; a carrier, a system or a staff number is not.
TEST(PersonNameTest, OperatorKeysHoldANameOnlyWhenTheValueIsOne) {
  EXPECT_EQ(OfType(ScanField("operator", "刘思"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("handler", "司徒慧"), "PERSON_NAME").size(), 1u);
  for (const char* v : {"中国移动", "系统", "admin", "China Mobile", "W-3", "全体", "王某"})
    EXPECT_TRUE(OfType(ScanField("operator", v), "PERSON_NAME").empty()) << v;
  ExpectAt("rescue dispatched worker=王军勇 tel=13820465461", "王军勇", "PERSON_NAME");
  ExpectNoType("job done worker=王府井店", "PERSON_NAME");
  // A register's user or customer column: a login or a number as often as the person.
  for (const char* field : {"用户", "客户", "顾客"}) {
    EXPECT_EQ(OfType(ScanField(field, "魏晓飞"), "PERSON_NAME").size(), 1u) << field;
    for (const char* v : {"wxf2024", "VIP", "王某", "全体"})
      EXPECT_TRUE(OfType(ScanField(field, v), "PERSON_NAME").empty()) << field << v;
  }
}

// An HTML form field's value: named by its name= attribute, or else by the <label> before it.
TEST(ContextTest, HtmlFormFieldsByNameOrLabel) {
  ExpectAt("<label>紧急联系人</label><input id=\"contact\" value=\"丁颖玲\">", "丁颖玲",
           "PERSON_NAME");
  ExpectAt("<input type=\"text\" name=\"custName\" value=\"王建国\"/>", "王建国", "PERSON_NAME");
  ExpectAt("<label>联系地址</label> <input value=\"北京市朝阳区建国路88号\">",
           "北京市朝阳区建国路88号", "STREET_ADDRESS");
  ExpectNoType("<label>备注</label><input value=\"王建国\">", "PERSON_NAME");
  ExpectNoType("<input value=\"王建国\">", "PERSON_NAME");
  ExpectNoType("<label>姓名</label><br><input value=\"王建国\">", "PERSON_NAME");  // not adjacent
}

TEST(ContextTest, HotwordsRaiseExclusionsLower) {
  Hit plain = ExpectAt("value 6222020200001234562", "6222020200001234562", "BANK_CARD_NUMBER",
                       Everything());
  Hit hot = ExpectAt("银行卡号 6222020200001234562", "6222020200001234562", "BANK_CARD_NUMBER",
                     Everything());
  EXPECT_GT(Rank(hot.likelihood), Rank(plain.likelihood));
  Hit order =
      ExpectAt("订单 6222020200001234562", "6222020200001234562", "BANK_CARD_NUMBER", Everything());
  EXPECT_LT(Rank(order.likelihood), Rank(plain.likelihood));
}

// ---------------------------------------------------------------------------------------
// Segments: offsets, lines, offset maps

TEST(SegmentTest, BaseOffsetAndLines) {
  const Scanner& s = Default();
  Collector c(s);
  ScanScratch scratch;
  std::string text = "first line\nsecond 13800138000\nthird a@b.cn";
  Segment seg;
  seg.text = text;
  seg.base_offset = 1000;
  seg.line = 7;
  s.Scan(seg, scratch, c);
  ASSERT_EQ(c.hits.size(), 2u) << Describe(c.hits);
  EXPECT_EQ(c.hits[0].type, "PHONE_NUMBER");
  EXPECT_EQ(c.hits[0].start, 1000 + text.find("138"));
  EXPECT_EQ(c.hits[0].end, 1000 + text.find("138") + 11);
  EXPECT_EQ(c.hits[0].line, 8u);
  EXPECT_EQ(c.hits[1].type, "EMAIL_ADDRESS");
  EXPECT_EQ(c.hits[1].line, 9u);
}

TEST(SegmentTest, OffsetMapPointsIntoTheOriginal) {
  // As if the original were a JSON string with a 6-byte escape before the value:
  // original "\u0020 13800138000" -> text " 13800138000" (the escape became one space).
  const Scanner& s = Default();
  Collector c(s);
  ScanScratch scratch;
  std::string text = " 13800138000";
  std::vector<uint32_t> map(text.size() + 1);
  for (size_t i = 0; i < map.size(); ++i) map[i] = static_cast<uint32_t>(i == 0 ? 0 : i + 5);
  Segment seg;
  seg.text = text;
  seg.base_offset = 100;
  seg.offset_map = map.data();
  s.Scan(seg, scratch, c);
  ASSERT_EQ(c.hits.size(), 1u) << Describe(c.hits);
  EXPECT_EQ(c.hits[0].start, 106u);
  EXPECT_EQ(c.hits[0].end, 117u);
}

TEST(SegmentTest, ScratchIsReusable) {
  const Scanner& s = Default();
  ScanScratch scratch;
  for (int round = 0; round < 3; ++round) {
    for (std::string_view text : {"电话：１３８００１３８０００", "mail a@b.cn", "nothing here"}) {
      Collector c(s);
      Segment seg;
      seg.text = text;
      s.Scan(seg, scratch, c);
      EXPECT_EQ(c.hits.size(), text == "nothing here" ? 0u : 1u) << text;
    }
  }
}

TEST(OrderingTest, FindingsSortedAndNonOverlapping) {
  std::string text =
      "2024-05-01 12:00:00 cust=张三 imsi=460001234567890 imei=356938035643809 "
      "ip=192.168.1.10 mac=00:1A:2B:3C:4D:5E phone=+86 138 0013 8000 "
      "mail=zhang.san@example.com card=6222 0202 0000 1234 562 password=S3cr3t! "
      "loc=31.232994,104.959366 cgi=460-00-52511-60387 身份证11010519491231002X "
      "车牌京A12345 地址：湖南省长沙市岳麓区麓山路88号3栋2单元501室";
  std::vector<Hit> hits = Scan(text, Everything());
  EXPECT_GE(hits.size(), 14u) << Describe(hits);
  for (size_t i = 1; i < hits.size(); ++i) {
    EXPECT_LT(hits[i - 1].start, hits[i].start) << Describe(hits);
    EXPECT_LE(hits[i - 1].end, hits[i].start) << Describe(hits);
  }
  for (const Hit& h : hits) {
    EXPECT_LT(h.start, h.end);
    EXPECT_EQ(text.substr(h.start, h.end - h.start), h.value);
  }
  for (const char* type :
       {"PERSON_NAME", "IMSI_ID", "IMEI_HARDWARE_ID", "IP_ADDRESS", "MAC_ADDRESS", "PHONE_NUMBER",
        "EMAIL_ADDRESS", "BANK_CARD_NUMBER", "CREDENTIAL", "LOCATION_COORDINATES", "CELL_ID",
        "CHINA_RESIDENT_ID_NUMBER", "CHINA_LICENSE_PLATE", "STREET_ADDRESS"})
    EXPECT_EQ(OfType(hits, type).size(), 1u) << type << "\n" << Describe(hits);
}

TEST(OrderingTest, AdjacentFindingsKeepTheirBounds) {
  std::string text = "13800138000,13900139000;a@b.cn";
  std::vector<Hit> hits = Scan(text);
  ASSERT_EQ(hits.size(), 3u) << Describe(hits);
  EXPECT_EQ(hits[0].start, 0u);
  EXPECT_EQ(hits[0].end, 11u);
  EXPECT_EQ(hits[1].start, 12u);
  EXPECT_EQ(hits[1].end, 23u);
  EXPECT_EQ(hits[2].start, 24u);
}

// ---------------------------------------------------------------------------------------
// Configuration: types, thresholds, allow and deny lists, custom types

TEST(ConfigBehaviourTest, DisabledTypeNotReported) {
  ScanConfig c;
  c.types[kPhoneNumber].enabled = false;
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  std::vector<Hit> hits = Scan("电话13800138000 邮箱a@b.cn", *s);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].type, "EMAIL_ADDRESS");
}

TEST(ConfigBehaviourTest, MinimumLikelihoodGlobalAndPerType) {
  ScanConfig c;
  c.min_likelihood = Likelihood::kVeryLikely;
  auto strict = MakeScanner(c);
  ASSERT_TRUE(strict);
  ExpectNothing("356938035643809", *strict);  // LIKELY
  ExpectAt("imei=356938035643809", "356938035643809", "IMEI_HARDWARE_ID", *strict);

  ScanConfig p;
  p.types[kImeiHardwareId].min_likelihood = Likelihood::kVeryLikely;
  auto per_type = MakeScanner(p);
  ASSERT_TRUE(per_type);
  ExpectNothing("356938035643809", *per_type);
  ExpectAt("13800138000", "13800138000", "PHONE_NUMBER", *per_type);  // still POSSIBLE
  ExpectAt("imei=356938035643809", "356938035643809", "IMEI_HARDWARE_ID", *per_type);

  ScanConfig low;
  low.types[kImeiHardwareId].min_likelihood = Likelihood::kUnlikely;
  auto lenient = MakeScanner(low);
  ASSERT_TRUE(lenient);
  ExpectAt("order=356938035643809", "356938035643809", "IMEI_HARDWARE_ID", *lenient);
}

TEST(ConfigBehaviourTest, AllowValuesAndPatternsSuppress) {
  ScanConfig c;
  c.allow_values = {"13800138000", "support@example.com"};
  c.allow_patterns = {R"(1390013900\d)", R"(.*@example\.org)"};
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  ExpectNothing("hotline 13800138000", *s);
  ExpectNothing("mail support@example.com", *s);
  ExpectNothing("call 13900139000 or 13900139001", *s);
  ExpectNothing("mail anyone@example.org", *s);
  ExpectAt("call 13700137000", "13700137000", "PHONE_NUMBER", *s);
  ExpectAt("mail wang.fang@example.com", "wang.fang@example.com", "EMAIL_ADDRESS", *s);
  // A pattern must match the whole value, not part of it.
  ExpectAt("call +86 139 0013 9000", "+86 139 0013 9000", "PHONE_NUMBER", *s);
}

TEST(ConfigBehaviourTest, DenyListAlwaysReports) {
  ScanConfig c;
  c.deny_values = {{"CREDENTIAL", "correct-horse-battery"}, {"PERSON_NAME", "小明"}};
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  Hit h =
      ExpectAt("the phrase correct-horse-battery again", "correct-horse-battery", "CREDENTIAL", *s);
  EXPECT_EQ(h.likelihood, Likelihood::kVeryLikely);
  ExpectAt("今天小明来了", "小明", "PERSON_NAME", *s);
}

// Regression (was a bug): deny-list values matched inside longer numbers and, at VERY_LIKELY,
// won the overlap against the real finding: with deny "10086", "sms from 13910086000" gave
// PHONE_NUMBER "10086" [12,17) and the mobile number itself was not reported.
TEST(ConfigBehaviourTest, DenyValueInsideALongerNumberDoesNotHideIt) {
  ScanConfig c;
  c.deny_values = {{"PHONE_NUMBER", "10086"}};
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  ExpectAt("call 10086 now", "10086", "PHONE_NUMBER", *s);
  std::vector<Hit> hits = Scan("sms from 13910086000", *s);
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].start, 9u);
  EXPECT_EQ(hits[0].end, 20u);
}

TEST(ConfigBehaviourTest, DenyListUnknownTypeRejected) {
  ScanConfig c;
  c.deny_values = {{"NO_SUCH_TYPE", "x"}};
  auto s = Scanner::Create(c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("NO_SUCH_TYPE"), std::string::npos);
}

TEST(ConfigBehaviourTest, CustomRegexTypeWithLuhnAndHotwords) {
  ScanConfig c;
  CustomTypeConfig t;
  t.name = "LOYALTY_CARD";
  t.regex = R"(LC\d{12})";
  t.validator = "luhn";
  t.likelihood = Likelihood::kPossible;
  t.hotwords = {"会员卡", "Member"};
  c.custom_types.push_back(t);
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->TypeCount(), static_cast<size_t>(kBuiltinTypeCount) + 1);
  EXPECT_EQ(s->TypeName(kFirstCustomType), "LOYALTY_CARD");
  // 123456789015 passes Luhn; 123456789016 does not.
  Hit plain = ExpectAt("ref LC123456789015 ok", "LC123456789015", "LOYALTY_CARD", *s);
  EXPECT_EQ(plain.likelihood, Likelihood::kPossible);
  EXPECT_EQ(plain.detector, "custom");
  Hit hot = ExpectAt("会员卡 LC123456789015", "LC123456789015", "LOYALTY_CARD", *s);
  EXPECT_EQ(hot.likelihood, Likelihood::kLikely);
  Hit upper = ExpectAt("MEMBER LC123456789015", "LC123456789015", "LOYALTY_CARD", *s);
  EXPECT_EQ(upper.likelihood, Likelihood::kLikely);  // hotwords ignore case
  ExpectNoType("会员卡 LC123456789016", "LOYALTY_CARD", *s);
}

TEST(ConfigBehaviourTest, CustomMod11Validator) {
  ScanConfig c;
  CustomTypeConfig t;
  t.name = "STAFF_ID";
  t.regex = R"(\d{17}[\dXx])";
  t.validator = "mod11_2";
  c.types[kChinaResidentIdNumber].enabled = false;
  c.custom_types.push_back(t);
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  ExpectAt("staff 11010519491231002X", "11010519491231002X", "STAFF_ID", *s);
  ExpectNoType("staff 110105194912310021", "STAFF_ID", *s);
}

TEST(ConfigBehaviourTest, CustomDictionaryType) {
  ScanConfig c;
  CustomTypeConfig t;
  t.name = "PROJECT_CODENAME";
  t.dictionary = {"Falcon", "Osprey", "青龙计划"};
  t.ignore_case = true;
  c.custom_types.push_back(t);
  CustomTypeConfig cs;
  cs.name = "TEAM";
  cs.dictionary = {"RedTeam"};
  c.custom_types.push_back(cs);
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  ExpectAt("launch of project falcon next week", "falcon", "PROJECT_CODENAME", *s);
  ExpectAt("OSPREY status", "OSPREY", "PROJECT_CODENAME", *s);
  ExpectAt("启动青龙计划", "青龙计划", "PROJECT_CODENAME", *s);
  ExpectAt("by RedTeam", "RedTeam", "TEAM", *s);
  ExpectNoType("by redteam", "TEAM", *s);  // case-sensitive unless ignore_case
  // Dictionary terms are exact: a.b is not a wildcard.
  ExpectNothing("project Falc0n", *s);
}

// Regression (was a bug): dictionary terms matched inside longer words ("Falcon" in
// "Falconry"). ASCII terms need word boundaries (CJK terms cannot have them), otherwise short
// terms ("Li") match everywhere ("Linux").
TEST(ConfigBehaviourTest, DictionaryTermsMatchWholeWords) {
  ScanConfig c;
  CustomTypeConfig t;
  t.name = "PROJECT_CODENAME";
  t.dictionary = {"Falcon"};
  c.custom_types.push_back(t);
  auto s = MakeScanner(c);
  ASSERT_TRUE(s);
  ExpectAt("project Falcon.", "Falcon", "PROJECT_CODENAME", *s);
  ExpectNothing("x Falconry y", *s);
}

TEST(ConfigBehaviourTest, CustomTypeShadowingBuiltinRejected) {
  ScanConfig c;
  CustomTypeConfig t;
  t.name = "PHONE_NUMBER";
  t.regex = "x";
  t.source = "cfg.yaml:3:5";
  c.custom_types.push_back(t);
  auto s = Scanner::Create(c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message().rfind("cfg.yaml:3:5: ", 0), 0u) << s.status().message();
}

TEST(ConfigBehaviourTest, HotwordWindow) {
  ScanConfig c;
  c.hotword_window = 4;
  c.min_likelihood = Likelihood::kVeryUnlikely;
  auto narrow = MakeScanner(c);
  ASSERT_TRUE(narrow);
  std::string text = "imei of the handset is 356938035643809";
  Hit wide = ExpectAt(text, "356938035643809", "IMEI_HARDWARE_ID", Everything());
  Hit small = ExpectAt(text, "356938035643809", "IMEI_HARDWARE_ID", *narrow);
  EXPECT_EQ(wide.likelihood, Likelihood::kVeryLikely);
  EXPECT_EQ(small.likelihood, Likelihood::kLikely);
}

// Hong Kong, Macau and Taiwan write traditional characters: their labels, hotwords and
// triggers mean what the simplified ones do, and their addresses parse.
TEST(TraditionalChineseTest, LabelsHotwordsAndTriggers) {
  // A column named in traditional characters (香港號碼 = 香港号码) hints a phone number.
  EXPECT_EQ(OfType(ScanField("香港/澳門號碼", "62777059"), "PHONE_NUMBER").size(), 1u);
  EXPECT_EQ(OfType(ScanField("聯絡電話", "6233 4776"), "PHONE_NUMBER").size(), 1u);
  // A hotword: 手機 raises a mobile number as 手机 does.
  Hit trad = ExpectAt("客戶手機 13812345678", "13812345678", "PHONE_NUMBER");
  Hit simp = ExpectAt("客户手机 13812345678", "13812345678", "PHONE_NUMBER");
  EXPECT_EQ(trad.likelihood, simp.likelihood);
  // A name trigger: 聯繫人 as 联系人, 經辦人 as 经办人.
  ExpectAt("聯繫人:陳大文 電話", "陳大文", "PERSON_NAME");
  ExpectAt("經辦人:黃志明，", "黃志明", "PERSON_NAME");
}

TEST(TraditionalChineseTest, HongKongAndMacauAddresses) {
  ExpectAt("通訊地址：香港九龍藍田德田邨德隆樓3004室", "香港九龍藍田德田邨德隆樓3004室",
           "STREET_ADDRESS");
  ExpectAt("住址: 香港 新界荃灣青山公路荃灣段499號荃灣中心43樓B室",
           "香港 新界荃灣青山公路荃灣段499號荃灣中心43樓B室", "STREET_ADDRESS");
  EXPECT_EQ(OfType(ScanField("通訊地址", "九龍旺角彌敦道226號金輝大廈23樓A室"), "STREET_ADDRESS")
                .size(),
            1u);
  // A hospital's switchboard is no one's phone.
  ExpectNoType("文三路280号   总机：0571-88097600   统一社会", "PHONE_NUMBER");
  // An estate's phase is part of an address, but no number that pins a dwelling alone.
  EXPECT_TRUE(OfType(ScanField("pickup_address", "软件园二期"), "STREET_ADDRESS").empty());
  // A shop's or a branch's address is the operator's, and "同上" points at another.
  ExpectNoType("Branch 分行: 澳門新馬路45號地下", "STREET_ADDRESS");
  ExpectNoType("Shop 門市: 銅鑼灣軒尼詩道500號G/F", "STREET_ADDRESS");
  ExpectNoType("內地通訊地址 Mainland Address: 同上 Same as above", "STREET_ADDRESS");
}

TEST(TraditionalChineseTest, Names) {
  // A name column in another script's name (英文名), a form aligned with many blanks, a
  // cardholder label.
  EXPECT_EQ(OfType(ScanField("英文名", "WU, CHIA-WEI"), "PERSON_NAME").size(), 1u);
  ExpectAt("英文姓名 English Name      : Yuen Tak Ming Carmen", "Yuen Tak Ming Carmen",
           "PERSON_NAME");
  ExpectAt("持卡人 Cardholder: 馬錦華", "馬錦華", "PERSON_NAME");
  // A weak trigger's name closed by the line's end or a bracketed romanization.
  ExpectAt("Bill to 客戶: 陳振邦 (CHAN, CHUN PONG)", "陳振邦", "PERSON_NAME");
  ExpectAt("客户: 陈振邦\n", "陈振邦", "PERSON_NAME");
  // Cantonese 我係 (我是), a greeting with 你好, an addressee in traditional characters.
  ExpectAt("Hi 我係王翠玲，新電話", "王翠玲", "PERSON_NAME");
  ExpectAt("吳國雄你好，你的驗證碼", "吳國雄", "PERSON_NAME");
  ExpectNoType("我是学生\n", "PERSON_NAME");
}

TEST(TraditionalChineseTest, OneTimeCodesAndPasswords) {
  ExpectAt("你的驗證碼為661876，5分鐘內有效", "661876", "CREDENTIAL");
  ExpectAt("登入密碼：Kx82mq", "Kx82mq", "CREDENTIAL");
  // A bilingual label goes on in English: its own colon gives the value.
  ExpectAt("網上帳戶密碼 Online password: hk_2024pw", "hk_2024pw", "CREDENTIAL");
  ExpectNoType("網上帳戶密碼 Online password:", "CREDENTIAL");
}

TEST(TraditionalChineseTest, CrossBorderPlates) {
  ExpectAt("內地車牌: 粵B87319", "粵B87319", "CHINA_LICENSE_PLATE");
  ExpectAt("車牌 粵Z J801港 入境", "粵Z J801港", "CHINA_LICENSE_PLATE");
}

// Airline reservation displays (IATA SSR elements, numbered passengers).
TEST(ReservationTest, DocsFoidAndPassengers) {
  const std::string docs =
      " 7.SSR DOCS HU HK1 P/CHN/E21540855/CHN/03JAN02/M/09DEC29/DONG/XIAOMING/P1";
  ExpectAt(docs, "E21540855", "CHINA_PASSPORT");
  ExpectAt(docs, "03JAN02", "DATE_OF_BIRTH");
  ExpectAt(docs, "DONG/XIAOMING", "PERSON_NAME");
  // Not a DOCS element: a path segment between slashes.
  ExpectNothing("GET /static/E21540855/app.js");
  ExpectAt(" 9.SSR FOID CZ HK1 NI320106197312294344/P1", "320106197312294344",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectNoType(" 9.SSR FOID CZ HK1 NI320106197312294345/P1", "CHINA_RESIDENT_ID_NUMBER");
  // Numbered passengers in Chinese, ended by the next number or the record locator.
  const std::string list = ">RTMCWE15\n 1.曾岚英 2.邱轩天 3.石刚 MCWE15\n";
  ExpectAt(list, "曾岚英", "PERSON_NAME");
  ExpectAt(list, "石刚", "PERSON_NAME");
  // In capitals: a third word then a blank and more text ends the name, not the match.
  ExpectAt(" 1.REN/PINGWEI MS 2.HUANG/SHANYU MS ZS7X1J", "HUANG/SHANYU", "PERSON_NAME");
}

// A bar-coded boarding pass read at a gate (IATA Resolution 792), and the contacts and a
// child's birth date of a PNR: phone codes glued to the number, IATA's escaped e-mail.
TEST(ReservationTest, BoardingPassesAndPnrContacts) {
  ExpectAt("gate=A112 raw=\"M1WEI/TINGMS          EM0ABCD PEKSHACA 1234 123Y012A0001 100\"",
           "WEI/TING", "PERSON_NAME");
  ExpectAt("raw=\"M1FAN/LIMIN MS        EB75XYZ PEKSHA\"", "FAN/LIMIN", "PERSON_NAME");
  ExpectNoType("model=M1/PRO chip", "PERSON_NAME");  // no name field of twenty
  ExpectAt(" 8.OSI CZ CTCT19391478725", "19391478725", "PHONE_NUMBER");
  ExpectNoType(" 8.OSI CZ CTCT19391478726000", "PHONE_NUMBER");
  ExpectAt(" 9.SSR CTCE ZH HK1 YINX87//139.COM/P1", "YINX87//139.COM", "EMAIL_ADDRESS");
  ExpectAt("20.SSR CHLD MF HK1 13NOV16/P4", "13NOV16", "DATE_OF_BIRTH");
  ExpectNoType("20.SSR CHLD MF HK1 13XYZ16/P4", "DATE_OF_BIRTH");
}

// A visa form's name in capitals after the Chinese one, as the passport writes it.
TEST(ReservationTest, PassportSpellingAfterAChineseName) {
  ExpectAt("申请人：陈诗悦（CHEN/SHIYUE）  性别：女", "CHEN/SHIYUE", "PERSON_NAME");
}

TEST(ReservationTest, SwiftPartiesByTheirTags) {
  const std::string mt103 =
      ":33B:HKD45800,76\n:50K:/6225213801204400\nSHEN GUIHONG\nRM 2207 BLDG 27\n"
      ":59:/6222023462172132309\nWU JIAXIAO\n:52A:/123456789\nBANK OF X\n";
  ExpectAt(mt103, "SHEN GUIHONG", "PERSON_NAME");
  ExpectAt(mt103, "WU JIAXIAO", "PERSON_NAME");
  // A company under the tag, and another tag's line, are no person.
  ExpectNoType(":59:/6222023462172132309\nKINGS SCHOOL TRUST LTD\n", "PERSON_NAME");
  ExpectNoType(":52A:/6222023462172132309\nSHEN GUIHONG\n", "PERSON_NAME");
}

TEST(NameFieldTest, ThingsAndLabelsInNameFields) {
  EXPECT_TRUE(OfType(ScanField("ticket_status_name", "已出票"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("联系人", "领队电话"), "PERSON_NAME").empty());  // a header again
  EXPECT_TRUE(OfType(ScanField("姓名", "拼音"), "PERSON_NAME").empty());
  EXPECT_EQ(OfType(ScanField("pax_cn", "金博嘉"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("pax", "金博嘉"), "PERSON_NAME").empty());  // a count's key
  EXPECT_EQ(OfType(ScanField("联系人", "邹远子"), "PERSON_NAME").size(), 1u);
}

TEST(DevToolsTest, HarCookiesIssueTrackersAndRequestBodies) {
  // A HAR file's cookie header and cookie list.
  ExpectAt("  \"name\": \"cookie\",\n  \"value\": \"SESSION=E79B8AA4E4B7B63B269D7F90286964E6; x=1\"",
           "E79B8AA4E4B7B63B269D7F90286964E6", "CREDENTIAL");
  ExpectAt("{\"name\": \"JSESSIONID\", \"value\": \"E79B8AA4E4B7B63B269D7F90286964E6\"}",
           "E79B8AA4E4B7B63B269D7F90286964E6", "CREDENTIAL");
  ExpectNoType("{\"name\": \"theme\", \"value\": \"E79B8AA4E4B7B63B269D7F90286964E6\"}",
               "CREDENTIAL");
  ExpectAt("Reporter: 丁家乐 (huangli2)", "丁家乐", "PERSON_NAME");
  // A JSON path's parent named "request" does not make a request body's values internal.
  const std::string body = "{\"certNo\": \"11010519491231002X\"}";
  EXPECT_EQ(OfType(ScanField("$.item[0].request.body.raw", body), "CHINA_RESIDENT_ID_NUMBER").size(),
            1u);
  // The member's own name still does.
  EXPECT_TRUE(OfType(ScanField("$.item[0].request_id", "11010519491231002X"),
                     "CHINA_RESIDENT_ID_NUMBER").empty());
}

TEST(NameListTest, ListsPupilsAndRoles) {
  const std::string list = "名单如下：魏玉珍、黎思雨，顾桂芝。";
  ExpectAt(list, "魏玉珍", "PERSON_NAME");
  ExpectAt(list, "黎思雨", "PERSON_NAME");
  ExpectAt(list, "顾桂芝", "PERSON_NAME");  // after a comma too
  ExpectAt("家长您好：俞安琪同学已于13:05到校", "俞安琪", "PERSON_NAME");
  // Minutes: the attendees after 参会人员, a list item whose given name starts with 刚.
  const std::string minutes = "参会人员：曹安、石涛、李刚怡\n缺席：无\n";
  ExpectAt(minutes, "石涛", "PERSON_NAME");
  ExpectAt(minutes, "李刚怡", "PERSON_NAME");
  ExpectAt("参会人员：曹安、李本华、石涛\n", "石涛", "PERSON_NAME");
  ExpectNoType("缺席：无\n", "PERSON_NAME");
  // A post's contact at a line's start, closed by the line's end or a comma.
  ExpectAt("九成新，自提\n找曹晨\n手机：198-5", "曹晨", "PERSON_NAME");
  ExpectNoType("九成新\n找方便的地方\n", "PERSON_NAME");
  // A transliterated name whose first part starts with no surname, after a name label.
  ExpectAt("工号：E10343    姓名：热依拉·吐尔逊    部门：x", "热依拉·吐尔逊", "PERSON_NAME");
  ExpectAt("姓名：阿依古丽·买买提\n", "阿依古丽·买买提", "PERSON_NAME");
  ExpectNoType("品牌：阿迪达斯·经典款\n", "PERSON_NAME");
  // A form's sign-off: the reviewer after 复核.
  ExpectAt("经办人: 段鹏 (工号 E73533)   复核: 廖凯\n", "廖凯", "PERSON_NAME");
  ExpectNoType("审核: 通过\n", "PERSON_NAME");
  ExpectNoType("我们是高中同学，", "PERSON_NAME");
  ExpectAt("前台何凯旭同学服务特别好", "何凯旭", "PERSON_NAME");
  // A property's owner and resident, a shop's assistant, the person a caller asked for; a
  // name that a verb with no stop character ends (处理, 使用, 态度, 问诊).
  ExpectAt("电梯按键失灵。业主许博龙表示上周已报修过一次", "许博龙", "PERSON_NAME");
  ExpectAt("业主张伟表示", "张伟", "PERSON_NAME");
  ExpectAt("楼下住户董馨爱（15536406952）要求尽快处理", "董馨爱", "PERSON_NAME");
  ExpectAt("办卡,3,5,店员夏浩态度很好，耐心", "夏浩", "PERSON_NAME");
  ExpectAt("客户说找贾金凤办理\n", "贾金凤", "PERSON_NAME");
  ExpectAt("已升级至班长汤菲云处理。", "汤菲云", "PERSON_NAME");
  ExpectAt("本人称号码借给周倩欣使用", "周倩欣", "PERSON_NAME");
  ExpectAt("我是秦平，帮我家孩子魏平德问诊，", "魏平德", "PERSON_NAME");
  ExpectAt("提前入住也给安排了。前台林艳薇服务特别贴心，点赞！", "林艳薇", "PERSON_NAME");
  // 主 and the next character make a word (主管, 主任, 张贴); the rest are words, not names.
  ExpectNoType("行业主管部门的专家", "PERSON_NAME");
  ExpectNoType("物业主任说", "PERSON_NAME");
  ExpectNoType("该楼业主张贴的房屋出租", "PERSON_NAME");
  ExpectNoType("业主方案已提交", "PERSON_NAME");
  ExpectNoType("他说找钱包不见了", "PERSON_NAME");
  ExpectNoType("请业主方便时联系物业", "PERSON_NAME");
  ExpectAt("installer=向明轩(15687334981) ok", "向明轩", "PERSON_NAME");
  // Pinyin initials as a JSON member's name, under a parent.
  EXPECT_EQ(OfType(ScanField("$.graduates[3].xm", "郭沐阳"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("$.graduates[3].dwdz", "浙江省杭州市西湖区五星路19号"),
                     "STREET_ADDRESS").empty());  // 单位地址: the employer's
}

TEST(EnglishAddressTest, AfterALabelOnItsLine) {
  ExpectAt("Delivery address: Rm 13, 16/F, Block 6, Laguna City, Tuen Mun, N.T., Hong Kong\nx",
           "Rm 13, 16/F, Block 6, Laguna City, Tuen Mun, N.T., Hong Kong", "STREET_ADDRESS");
  ExpectAt("Address 地址: Flat 30D, 36/F, Tower 5, Kornhill, 307 Hennessy Road  Tel: 1",
           "Flat 30D, 36/F, Tower 5, Kornhill, 307 Hennessy Road", "STREET_ADDRESS");
  ExpectAt("Address: Avenida de Horta e Costa, n.º 95, Edf. Kam Lok, 2.º andar A, Macau",
           "Avenida de Horta e Costa, n.º 95, Edf. Kam Lok, 2.º andar A, Macau", "STREET_ADDRESS");
  // No number, or no word of streets and dwellings: no address.
  ExpectNoType("Address: Causeway Bay, Hong Kong", "STREET_ADDRESS");
  ExpectNoType("Status: Done with 12 items", "STREET_ADDRESS");
}

// In English prose and forms: from the street or district word, the address's parts around
// it (the text must read as English: EnglishProse's gate).
TEST(EnglishAddressTest, InProseFromTheStreetOrDistrict) {
  const std::string mail =
      "Hi team, please note the details below. Contact: Thomas Schmidt, office at 142 Nanjing "
      "West Road, Jing'an District, Shanghai.\n"
      "Is it OK to use my home address, Room 803, Unit 3, Building 6, Cuiyuan Community, 68 "
      "Jiangnan Avenue, Yuhang District, Hangzhou, Zhejiang, as on the last shipment?\n"
      "Ship to: Room 504, No. 221 Jianguo Road, Chaoyang District, Beijing, zip 518057.\n"
      "    2403, Unit 2, Building 2, Hejia Yuan, Chaoyangmen North Street No. 78, Dongcheng "
      "District, Beijing, P.R. China\n"
      "9. Home address: 19-1-1606 Fenglin Bay, 224 Wenhua Road, Chang'an District, "
      "Shijiazhuang, Hebei\n"
      "Our office: 21/F, One Harbourfront, 18 Tak Fung Street, Hung Hom, Kowloon\n"
      "Address: 18 Salisbury Road, Tsim Sha Tsui, Kowloon, Hong Kong\n"
      "The Road, the Street and the Avenue are fine, and we have 3 Street lamps, Big District.\n";
  ExpectAt(mail, "142 Nanjing West Road, Jing'an District, Shanghai", "STREET_ADDRESS");
  ExpectAt(mail,
           "Room 803, Unit 3, Building 6, Cuiyuan Community, 68 Jiangnan Avenue, Yuhang "
           "District, Hangzhou, Zhejiang",
           "STREET_ADDRESS");
  ExpectAt(mail, "Room 504, No. 221 Jianguo Road, Chaoyang District, Beijing", "STREET_ADDRESS");
  ExpectAt(mail,
           "2403, Unit 2, Building 2, Hejia Yuan, Chaoyangmen North Street No. 78, Dongcheng "
           "District, Beijing",
           "STREET_ADDRESS");
  ExpectAt(mail, "19-1-1606 Fenglin Bay, 224 Wenhua Road, Chang'an District, Shijiazhuang, Hebei",
           "STREET_ADDRESS");
  // Exactly these five: a letterhead's or a hotel's street with no dwelling, outside a
  // sentence, is no one's home; words of streets without numbers are none.
  EXPECT_EQ(OfType(Scan(mail), "STREET_ADDRESS").size(), 5u);
}

TEST(LocalNumberTest, EightDigitsWhereTheFieldSaysPhone) {
  EXPECT_EQ(OfType(ScanField("tel", "62777059"), "PHONE_NUMBER").size(), 1u);
  EXPECT_EQ(OfType(ScanField("联系电话", "6233 4776"), "PHONE_NUMBER").size(), 1u);
  ExpectAt("tel: 62777059", "62777059", "PHONE_NUMBER");
  // A trunk 0 or a mobile's 1 makes no local number; other fields and words hold none.
  EXPECT_TRUE(OfType(ScanField("tel", "02777059"), "PHONE_NUMBER").empty());
  EXPECT_TRUE(OfType(ScanField("order_id", "62777059"), "PHONE_NUMBER").empty());
  ExpectNoType("distinct msisdn=99529026", "PHONE_NUMBER");
  ExpectNoType("电子回单号码：9699-3964-3210-8894", "PHONE_NUMBER");
  // A country code in brackets.
  ExpectAt("phone: (852) 9569 4326", "(852) 9569 4326", "PHONE_NUMBER");
  ExpectAt("Contact 電話: (853) 6226 9328", "(853) 6226 9328", "PHONE_NUMBER");
  ExpectNoType("see note (1) 2345 6789", "PHONE_NUMBER");
  ExpectAt("手機：(+886) 922-996785", "(+886) 922-996785", "PHONE_NUMBER");
  // A Taiwan mobile written nationally (09 and eight digits) where the field says phone.
  EXPECT_EQ(OfType(ScanField("手機", "0950-593-426"), "PHONE_NUMBER").size(), 1u);
  EXPECT_EQ(OfType(ScanField("mobile", "0911331390"), "PHONE_NUMBER").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("serial", "0911331390"), "PHONE_NUMBER").empty());
  // A record's own MSISDN field holds the number; "msisdn=" in a log line, a count.
  EXPECT_EQ(OfType(ScanField("msisdn_hk", "56195859"), "PHONE_NUMBER").size(), 1u);
  // Right after a word for a telephone in text (not after an order's or a card's 号码).
  ExpectAt("Hi 我係王翠玲，新電話 69150267，收到請回覆", "69150267", "PHONE_NUMBER");
  ExpectAt("客戶: 羅家豪，號碼係 62592330 [19:17:46]", "62592330", "PHONE_NUMBER");
  ExpectAt("Mobile: +852 64294846 / Home: 2385 5988  Please", "2385 5988", "PHONE_NUMBER");
  ExpectNoType("订单号码是 62592330", "PHONE_NUMBER");
  ExpectNoType("卡号码是 62592330", "PHONE_NUMBER");
  ExpectNoType("金额 62592330 元", "PHONE_NUMBER");
  // A bank account that looks like a Hong Kong number without its '+' is none.
  ExpectNoType("payee_account: BNU 85-291449-977", "PHONE_NUMBER");
}

TEST(GenericLabelTest, TheWordsBeforeNoSayWhatItIs) {
  Hit passport = ExpectAt("Passport No.: E12345678", "E12345678", "CHINA_PASSPORT");
  EXPECT_EQ(passport.likelihood, Likelihood::kLikely);
  ExpectAt("Home Return Permit No.: H87496227", "H87496227", "HK_MACAU_TRAVEL_PERMIT");
  // A generic label after an "internal number" word lowers as that word does.
  ExpectNoType("Order No.: E12345678", "CHINA_PASSPORT");
}

TEST(DateOfBirthTest, DayMonthNameYearWithDashes) {
  ExpectAt("Date of Birth : 04-Jan-1969", "04-Jan-1969", "DATE_OF_BIRTH");
  ExpectAt("DOB: 21/Oct/1956", "21/Oct/1956", "DATE_OF_BIRTH");
  ExpectNoType("created 04-Jan-1969", "DATE_OF_BIRTH");  // no birth context
  ExpectNoType("DOB: 04-Jan/1969", "DATE_OF_BIRTH");     // mixed separators
  // Right after the separator, with no blank: the token filter lets these through too.
  ExpectAt("DOB:04/Jan/1969", "04/Jan/1969", "DATE_OF_BIRTH");
  ExpectAt("{\"dob\":\"21-Oct-1956\"}", "21-Oct-1956", "DATE_OF_BIRTH");
}

// An organisation's landline (a desk, a hotline, a service) is no one's personal number; a
// person's number under the same kind of label stays one.
TEST(PhoneTest, OrganisationLinesAreTakenNotReported) {
  for (const char* text :
       {"如有任何需要请致电前台 029-49853689，期待您再次光临", "天河北路602号。咨询020-87591100|status=DELIVRD",
        "- 经医院总机 010-62783456 转病案室核实", "详询12345或020-87591100。退订回T",
        "可以交到西湖派出所，电话 0571-87654321（值班室）", "如有异议请致电 0755-26543210（工作日 9:00-18:00）",
        "门店电话：0755-71843617  全国客服：400-820-8820", "值班电话：021-63451234",
        "\"F: 0571-43754617\",", "Fax: 0571-43754617", "传真：0571-43754617"})
    ExpectNoType(text, "PHONE_NUMBER");
  ExpectAt("T: 0571-43754617", "0571-43754617", "PHONE_NUMBER");
  ExpectAt("联系电话：0755-71843617", "0755-71843617", "PHONE_NUMBER");
  ExpectAt("证明人：黎杰 0755-71843617", "0755-71843617", "PHONE_NUMBER");
  // A village official's own mobile under 监督电话 is still a person's number.
  ExpectAt("村委会主任：廖思远    监督电话：18583278527（镇选举指导组）", "18583278527", "PHONE_NUMBER");
}

// A warehouse or logistics park is a waybill sender's address, not anyone's home; an
// industrial park's 产业园区 is a division people live in.
TEST(AddressTest, FacilitiesAreNoHomes) {
  ExpectNoType("寄件地址: 江苏省昆山市花桥镇商银路538号国际物流园A区2号门", "STREET_ADDRESS");
  ExpectNoType("发货仓：河北省廊坊市广阳区九州镇京津物流园区12号库", "STREET_ADDRESS");
  ExpectAt("住址：湖南省益阳市湖南益阳高新技术产业园区建设路607号锦绣小区14栋2单元3001室",
           "湖南省益阳市湖南益阳高新技术产业园区建设路607号锦绣小区14栋2单元3001室", "STREET_ADDRESS");
}

// Dongguan and Zhongshan have no counties, so the GB/T 2260 table never names them: their
// addresses and their resident IDs' codes are known all the same.
TEST(AddressTest, PrefecturesWithoutCounties) {
  ExpectAt("东莞市东城街道东纵大道655号", "东莞市东城街道东纵大道655号", "STREET_ADDRESS");
  ExpectAt("中山市石岐区孙文中路88号", "中山市石岐区孙文中路88号", "STREET_ADDRESS");
  const Hit id = ExpectAt("441900199001011231", "441900199001011231", "CHINA_RESIDENT_ID_NUMBER");
  EXPECT_EQ(id.likelihood, Likelihood::kLikely);  // a known code, as 441302 is
}

// An XML element's address with no gazetteer place first: a village under an address
// element, a road and number in a "detail" element after the record's district.
TEST(AddressTest, ElementAddressesWithoutAPlace) {
  ExpectAt("<member><address>母享镇马家河村7组32号</address></member>", "母享镇马家河村7组32号",
           "STREET_ADDRESS");
  ExpectAt("<districtName>岳麓区</districtName>\n  <detail>麓山南路462号中南大学铁道学院宿舍24号楼2400室</detail>",
           "麓山南路462号中南大学铁道学院宿舍24号楼2400室", "STREET_ADDRESS");
  ExpectNoType("<remark>麓山南路462号</remark>", "STREET_ADDRESS");
  ExpectNoType("<item>x</item><detail>麓山南路462号</detail>", "STREET_ADDRESS");
}

TEST(PersonNameTest, PipeTablesProofsOfDeliveryAndChildren) {
  // A pipe-separated table without outer pipes: a name before a masked resident ID.
  ExpectAt("户主姓名 | 身份证号 | 家庭人口\n杨淑安 | 410881********2367 | 3", "杨淑安", "PERSON_NAME");
  ExpectAt("户主姓名 | 身份证号\n古丽娜尔·沙吾提 | 610624********6702 | 2", "古丽娜尔·沙吾提",
           "PERSON_NAME");
  // Proofs of delivery.
  ExpectAt("朝阳路8号|食品|4.8|46.00|由汤志哲代签收", "汤志哲", "PERSON_NAME");
  ExpectAt("花园22栋1808|食品|15.6|56.00|家人杨冰签收", "杨冰", "PERSON_NAME");
  ExpectNoType("快递已由前台签收", "PERSON_NAME");
  // A judgment's children.
  ExpectAt("婚后育有一女刘艳艳，2016年5月入学", "刘艳艳", "PERSON_NAME");
}

TEST(PersonNameTest, VoiceCommandsSignersAndResumeTitles) {
  ExpectAt("{\"query\": \"拨打冯博豪的手机\"}", "冯博豪", "PERSON_NAME");
  ExpectAt("{\"query\": \"打电话给潘霞紫\"}", "潘霞紫", "PERSON_NAME");
  ExpectNoType("请拨打客服电话", "PERSON_NAME");
  ExpectNoType("联系人电话,拨打时间,通话结果", "PERSON_NAME");
  ExpectAt("上级医师审签：林子子", "林子子", "PERSON_NAME");
  ExpectAt("审核药师：邵怡欣   调配：蔡嘉梅", "蔡嘉梅", "PERSON_NAME");
  ExpectAt("医生好，我是郑红嘉，帮我爸曾建宏，出生于", "曾建宏", "PERSON_NAME");
  ExpectAt("# 丁雪 - 个人简历", "丁雪", "PERSON_NAME");
  ExpectNoType("如何优化个人简历", "PERSON_NAME");
  // 刚 and 正 end a given name where punctuation follows; before a character they are words.
  ExpectAt("家族史：父母健在，其兄袁刚（出生日期", "袁刚", "PERSON_NAME");
  ExpectAt("共有人：曹飞刚 13786226536", "曹飞刚", "PERSON_NAME");
  ExpectNoType("我是王刚到的", "PERSON_NAME");
  // A referral slip's relative, a roster's bookkeeper and party secretary, an old villager.
  ExpectAt("联系电话：191 5582 8014   家属：余文斌（儿子）0791", "余文斌", "PERSON_NAME");
  ExpectAt("编制：村会计 董勇  审核：村支书 苏军", "董勇", "PERSON_NAME");
  ExpectAt("城南庄镇上坪村四组68号的孟二虎老人，今年", "孟二虎", "PERSON_NAME");
  ExpectNoType("会计核算规范", "PERSON_NAME");
  ExpectAt("<legalRepresentative>崔爱民</legalRepresentative>", "崔爱民", "PERSON_NAME");
  // A text message's addressee after a comma, a name in brackets after its own mobile, a
  // dotted login in brackets, a name before its passport number.
  ExpectAt("【12306】订单E377242836，苏秀英您已购3月16日G1次", "苏秀英", "PERSON_NAME");
  ExpectAt("主号：17755852947（郭敏敏），手表IMEI", "郭敏敏", "PERSON_NAME");
  ExpectNoType("主号：17755852947（未实名），手表", "PERSON_NAME");
  ExpectAt("sslvpn: 用户[魏婷(ting.wei)]从10.1.1.1登录", "魏婷", "PERSON_NAME");
  ExpectAt("境外证件记录：胡鑫，护照号 E35027163；", "胡鑫", "PERSON_NAME");
  ExpectNoType("境外证件记录：胡鑫，护照号 待补充；", "PERSON_NAME");
  // A property certificate's holder under its spaced label; a KYC form's actual controller.
  ExpectAt("不动产权第0912221号\n权 利 人  张超\n共有情况  单独所有", "张超", "PERSON_NAME");
  ExpectAt("权 利 人  贺强嘉、林博翔\n", "林博翔", "PERSON_NAME");
  ExpectNoType("权 益 人  张超\n", "PERSON_NAME");
  ExpectAt("<ActualController>廖佳</ActualController>", "廖佳", "PERSON_NAME");
}

TEST(MacTest, WithoutSeparatorsAfterItsKeyOrWord) {
  ExpectAt("GET /postback?a=1&mac=584498E59540&mac1=15cc5ce1b", "584498E59540", "MAC_ADDRESS");
  ExpectAt("userip=172.16.37.186 usermac=4cfbd0f37e7c nasip=10.255.0.1", "4cfbd0f37e7c",
           "MAC_ADDRESS");
  ExpectAt("<Terminal ip=\"223.81.141.42\" mac=\"784674DC5BF6\" iccid=\"8986\">", "784674DC5BF6",
           "MAC_ADDRESS");
  ExpectAt("光猫MAC 64098060F3D3，上网IP 183.1.2.3", "64098060F3D3", "MAC_ADDRESS");
  ExpectAt("IMEI：862215051464536    MAC：C00E73CA737B", "C00E73CA737B", "MAC_ADDRESS");
  ExpectAt("client mac=b8ae-ede9-6837 app=DBeaver", "b8ae-ede9-6837", "MAC_ADDRESS");
  // After a key's colon with no blank, as Huawei's 802.1X logs write one.
  ExpectAt("802.1X auth ok UserName:liuxuemei UserMac:286e-d404-8cae UserIP:10.60.14.117",
           "286e-d404-8cae", "MAC_ADDRESS");
  ExpectNoType("uuid:7d063d19-b8ae-ede9-6837-a475e0c1f5b8 done", "MAC_ADDRESS");
  // Twelve hex digits under other keys are ids; hmac is a keyed hash.
  ExpectNoType("trace=584498E59540 span=1", "MAC_ADDRESS");
  ExpectNoType("hmac=584498E59540 ok", "MAC_ADDRESS");
  ExpectNoType("req 7d063d19-b8ae-ede9-6837-a475e0c1f5b8 done", "MAC_ADDRESS");
}

TEST(CredentialTest, DottedKeysAndKeyValuePairs) {
  ExpectAt("spark.hadoop.fs.s3a.secret.key=2GMKp8dZPOxCXkp1ZxpNo/aBsH48dUrfGG/LYvOm",
           "2GMKp8dZPOxCXkp1ZxpNo/aBsH48dUrfGG/LYvOm", "CREDENTIAL");
  ExpectAt("pseudonym.hmac.key=ac5004cee9bccbb9fc626b313982bafb", "ac5004cee9bccbb9fc626b313982bafb",
           "CREDENTIAL");
  ExpectAt("jwt.signing_key: Zt7kq9Lm2Xv", "Zt7kq9Lm2Xv", "CREDENTIAL");
  ExpectAt("\"Env\":[{\"Key\":\"MYSQL_PWD\",\"Value\":\"iJ@YDr9MMJBQV\"}]", "iJ@YDr9MMJBQV",
           "CREDENTIAL");
  ExpectAt("{\\\"Key\\\":\\\"MYSQL_PWD\\\",\\\"Value\\\":\\\"Hz.2022#prod\\\"}", "Hz.2022#prod",
           "CREDENTIAL");
  ExpectNoType("cache.key=user:42 ttl=60", "CREDENTIAL");
  ExpectNoType("{\"Key\":\"REGION\",\"Value\":\"cn-hangzhou-2\"}", "CREDENTIAL");
}

TEST(DateOfBirthTest, SpacedLabelsBirthAfterAndBirthdaysWithoutYear) {
  ExpectAt("生    日：1978.7.27    民族：土家", "1978.7.27", "DATE_OF_BIRTH");
  ExpectAt("生    日：19751027    民族：汉", "19751027", "DATE_OF_BIRTH");
  ExpectAt("姓名：魏梦瑶，女，19430607出生，身高", "19430607", "DATE_OF_BIRTH");
  ExpectAt("bind {\"realName\":\"郝梓轩\",\"birthday\":\"07-02\",\"gender\":2}", "07-02",
           "DATE_OF_BIRTH");
  ExpectNoType("{\"updated\":\"07-02\",\"x\":1}", "DATE_OF_BIRTH");
  ExpectNoType("{\"birthday\":\"13-02\"}", "DATE_OF_BIRTH");  // no 13th month
  ExpectNoType("发    货：19751027", "DATE_OF_BIRTH");
}

TEST(PermitTest, TypeFieldBeforeTheNumber) {
  ExpectAt("{\"idType\":\"HK_MACAU_PERMIT\",\"idNo\":\"H07347713\"} in a log line", "H07347713",
           "HK_MACAU_TRAVEL_PERMIT");
  ExpectAt("docType=HRP docNo=M12345678 name=x", "M12345678", "HK_MACAU_TRAVEL_PERMIT");
  ExpectNoType("sku=H07347713 qty=1", "HK_MACAU_TRAVEL_PERMIT");
}

// ---------------------------------------------------------------------------------------
// Records of operators' data platforms and office systems

// A name that is a whole field of a delimited record (Hive's \x01, '|', a SQL tuple) is a
// person's when the same line holds a valid mobile or resident ID as a field of its own.
TEST(PersonNameTest, WholeFieldOfARecordWithThePersonsNumber) {
  ExpectAt("20240611\x01" "19859720532\x01" "571016864596823112\x01苏一鸣\x01" "01\x01"
           "330105198107187216\x01" "2\n",
           "苏一鸣", "PERSON_NAME");
  ExpectAt("20240611|8619859720532|571016864596823112|苏一鸣|01|2\n", "苏一鸣", "PERSON_NAME");
  ExpectAt("  ('18219186174', '陈红梅', '330302198209295367', '1982-09-29'),\n", "陈红梅",
           "PERSON_NAME");
  // No personal number on the line (an order id, an invalid ID), or the number inside text.
  ExpectNoType("20240611|571016864596823112|苏一鸣|01|2\n", "PERSON_NAME");
  ExpectNoType("20240611|330105198107187217|苏一鸣|01\n", "PERSON_NAME");
  ExpectNoType("备注,李明,见电话19859720532\n", "PERSON_NAME");
  // Not set apart on both sides.
  ExpectNoType("19859720532|苏一鸣到店\n", "PERSON_NAME");
  // A payee's bank card as the record's number (a compensation notice's rows); a card that
  // fails Luhn is none.
  ExpectAt("1,陈凤涛,黔江区白沙镇张家坝村2组41号,591299,6222027540872635550\n", "陈凤涛",
           "PERSON_NAME");
  ExpectNoType("1,陈凤涛,黔江区白沙镇,591299,6222027540872635551\n", "PERSON_NAME");
}

// A date equal to the birth date of a resident ID after it on the line: a record's birth
// date before its ID column.
TEST(DateOfBirthTest, DateBeforeTheResidentIdThatHoldsIt) {
  ExpectAt("15930861799,20010604,330782200106040779,144164611\n", "20010604", "DATE_OF_BIRTH");
  ExpectNoType("15930861799,20010605,330782200106040779,144164611\n", "DATE_OF_BIRTH");
  ExpectNoType("20010604\n330782200106040779\n", "DATE_OF_BIRTH");  // another line
}

// A workflow export names its people by their part in it: approvers with their decisions,
// the submitter in a request's title, attendees in a list, organizers and signers by key.
TEST(PersonNameTest, WorkflowApproversSubmittersAndAttendees) {
  const std::string chain = "审批流程：朱宁(已同意) → 苏强(审批中) → 郑卫东(已驳回)\n";
  ExpectAt(chain, "朱宁", "PERSON_NAME");
  ExpectAt(chain, "苏强", "PERSON_NAME");
  ExpectAt(chain, "郑卫东", "PERSON_NAME");
  ExpectNoType("状态：同意(已同意)\n", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("title", "彭敏提交的报销申请"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("title", "彭敏提交的报告"), "PERSON_NAME").empty());
  const std::string booking = "id=1 organizer=蔡丽华 ext=6363 attendees=[卢春燕,许鹏] subject=x";
  ExpectAt(booking, "蔡丽华", "PERSON_NAME");
  ExpectAt(booking, "卢春燕", "PERSON_NAME");
  ExpectAt(booking, "许鹏", "PERSON_NAME");
  ExpectNoType("2024-03-02 01:35:44  一拳超人：[红包] 恭喜发财", "PERSON_NAME");
  ExpectAt("拜访人：郭建国、林亚楠    方式：上门拜访", "林亚楠", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("scanned_by", "魏晓东"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("本人签字确认", "邵玉兰"), "PERSON_NAME").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("scanned_by", "OCR-Bot"), "PERSON_NAME").empty());
  ExpectAt("[guest] id=MR1 host=邵晓东 guest_name=张艳", "邵晓东", "PERSON_NAME");
  ExpectNoType("upstream host=web01 status=200", "PERSON_NAME");
  ExpectAt("[reminder] id=MR2 notify=孙秀英 via=sms", "孙秀英", "PERSON_NAME");
  ExpectAt("来访：程芳、罗明，车牌浙D471T0", "罗明", "PERSON_NAME");
  ExpectAt("客户楼美玲介绍了新来的CIO", "楼美玲", "PERSON_NAME");
  ExpectAt("见了办公室主任刘志刚和办公室主任叶丽。", "刘志刚", "PERSON_NAME");
  ExpectAt("分管领导：梁俊熙    意见：同意    时间：2024-06-11 08:58", "梁俊熙", "PERSON_NAME");
  ExpectNoType("分管领导：同意", "PERSON_NAME");
}

// 刚 and 正 end a given name where no Chinese character follows; before one they are words.
TEST(PersonNameTest, GivenNameEndingInGangBeforePunctuation) {
  ExpectAt("联系人：林志刚（Lin Zhigang）  手机：+86 191 7919 5131", "林志刚", "PERSON_NAME");
  ExpectAt("联系人：林志刚（Lin Zhigang）  手机：+86 191 7919 5131", "Lin Zhigang", "PERSON_NAME");
  ExpectAt("收件人：王正, 电话 13800138000", "王正", "PERSON_NAME");
  ExpectAt("联系人：王立刚刚到", "王立", "PERSON_NAME");
}

// Sales notes and expense reports: a visiting party by its head, a person to call; a
// directory's common name with the surname's pinyin in capitals.
TEST(PersonNameTest, VisitingPartiesContactsAndDirectoryNames) {
  ExpectAt("招待采购郑振华一行，洽谈云专线续约", "郑振华", "PERSON_NAME");
  ExpectAt("副总王磊一行到访", "王磊", "PERSON_NAME");
  ExpectNoType("一行人到了门口", "PERSON_NAME");
  ExpectAt("客户要求上门前联系苏颖，备用电话187 3957 7345", "苏颖", "PERSON_NAME");
  ExpectNoType("请填写联系方式，谢谢", "PERSON_NAME");
  ExpectAt("dn: uid=panjun,ou=People\ncn: PAN Jun\nsn: Pan\n", "PAN Jun", "PERSON_NAME");
  ExpectNoType("cn: SQL Developer\n", "PERSON_NAME");
  ExpectNoType("cn: ABC Corp\n", "PERSON_NAME");
}

// A name written in both scripts gives both: a romanization after a slash (with a surname's
// pinyin among its words), a Chinese name in brackets after the Latin one; an apostrophe in
// a display name that the address spells without it.
TEST(PersonNameTest, NamesInBothScriptsAndApostrophes) {
  auto person_names = [](std::string_view text) {
    size_t n = 0;
    for (const Hit& h : Scan(text)) n += h.type == "PERSON_NAME";
    return n;
  };
  const std::string contacts = "  1. Xiaoshan plant: 钟建华 / ZHONG Jianhua, 139 2861 9963\n";
  ExpectAt(contacts, "钟建华", "PERSON_NAME");
  ExpectAt(contacts, "ZHONG Jianhua", "PERSON_NAME");
  const std::string colleague = "led by my colleague Sun Xiuying (孙秀英), mobile 134-5541-6048";
  ExpectAt(colleague, "Sun Xiuying", "PERSON_NAME");
  ExpectAt(colleague, "孙秀英", "PERSON_NAME");
  const std::string letter = "My name is Song Jianhua (Chinese name 宋建华), date of birth";
  ExpectAt(letter, "Song Jianhua", "PERSON_NAME");
  ExpectAt(letter, "宋建华", "PERSON_NAME");
  EXPECT_EQ(person_names("The Tianjin Office (Chinese name 天津办事处) is"), 0u);
  ExpectAt("Best regards,\nTao XU (徐涛)\nAccount Manager", "Tao XU", "PERSON_NAME");
  // Not a role or a team in Latin letters.
  auto latin_names = [](std::string_view text) {
    size_t n = 0;
    for (const Hit& h : Scan(text)) n += h.detector == "latin_person_name";
    return n;
  };
  EXPECT_EQ(latin_names("Account Manager (徐涛)\n"), 0u);
  EXPECT_EQ(latin_names("王芳 / Customer Service\n"), 0u);
  EXPECT_EQ(latin_names("Best regards,\nTao XU (徐涛)\n"), 1u);
  ExpectAt("From: Sarah O'Connell <sarah.oconnell@example.com>", "Sarah O'Connell",
           "PERSON_NAME");
  ExpectAt("On Mon, 10 Jun 2024 at 16:14, Sarah O'Connell <sarah.oconnell@example.com> wrote:",
           "Sarah O'Connell", "PERSON_NAME");
}

// Village names that hold a place's or a suffix's word, and Inner Mongolia's townships and
// villages: 求是村, 大同村 (大同 is a city), 花园村, 古城村, 那仁宝拉格苏木巴彦图嘎嘎查.
TEST(AddressTest, VillagesNamedWithOtherWords) {
  for (const char* a : {"浙江省杭州市余杭区径山镇求是村30号", "杭州市余杭区径山镇大同村61号",
                        "四川省成都市武侯区红星镇花园村3号", "杭州市余杭区径山镇小古城村七组61号",
                        "上海市浦东新区张江镇长沙村5组12号",
                        "内蒙古锡林郭勒盟阿巴嘎旗那仁宝拉格苏木巴彦图嘎嘎查38号"})
    ExpectAt(std::string("住址：") + a + "\n", a, "STREET_ADDRESS");
  // 是 still ends one where the sentence goes on.
  ExpectAt("我家地址是杭州市西湖区文三路398号是我家", "杭州市西湖区文三路398号", "STREET_ADDRESS");
}

// A surname and a title after a role is how one is addressed; a sender may be a shop; a
// person to call may be named with their relation.
TEST(PersonNameTest, TitlesShopsAndRelativesToCall) {
  ExpectNoType("客户经理王总也一直推脱", "PERSON_NAME");
  ExpectNoType("寄件人：张记面馆    电话：057180500565", "PERSON_NAME");
  ExpectAt("备注：电话打不通请联系老公李建国 15045748444", "李建国", "PERSON_NAME");
  ExpectAt("备注：电话打不通请联系女儿韩思敏 13534170557", "韩思敏", "PERSON_NAME");
  ExpectAt("2024-06-05\n上门拜访方一鸣先生（住西湖区教工路）", "方一鸣", "PERSON_NAME");
  ExpectNoType("今天拜访张先生", "PERSON_NAME");
}

// A register's former name and a meeting's attendees are people; a mailAddress may be a
// postal address, which its value then shows.
TEST(FieldClassTest, FormerNamesAttendeesAndMailAddresses) {
  EXPECT_EQ(OfType(ScanField("曾用名", "麻春花"), "PERSON_NAME").size(), 1u);
  ExpectAt("参会人员：王建国、李娜\n", "李娜", "PERSON_NAME");
  EXPECT_EQ(OfType(ScanField("mailAddress", "Rm 3101, Bldg 19, Jialv Yuan, 254 Gudun Road, "
                                            "Xihu District, Hangzhou, Zhejiang"),
                   "STREET_ADDRESS")
                .size(),
            1u);
  const auto mail = ScanField("mail_address", "zhang.wei@example.com");
  EXPECT_EQ(OfType(mail, "EMAIL_ADDRESS").size(), 1u);
  EXPECT_TRUE(OfType(mail, "STREET_ADDRESS").empty());
}

// A form's field labels under a "name" key ({"name": "请假类型", "value": "年假"}) are no
// people; names under the same key still are.
TEST(PersonNameTest, FormFieldLabelsUnderANameKey) {
  for (const char* label : {"请假类型", "开始时间", "请假事由", "报销金额", "用印文件", "交通工具"})
    EXPECT_TRUE(OfType(ScanField("name", label), "PERSON_NAME").empty()) << label;
  for (const char* name : {"张伟", "司马相如", "陈李秀英", "格桑卓玛"})
    EXPECT_EQ(OfType(ScanField("name", name), "PERSON_NAME").size(), 1u) << name;
}

// Pinyin-initial column names made of parts: 常驻地经度 czd_jd, 工作地地址 gzd_dz.
TEST(FieldClassTest, PinyinInitialsOfParts) {
  const Scanner& s = Default();
  EXPECT_TRUE(s.ClassifyField("czd_jd").HintsType(kLocationCoordinates));
  EXPECT_TRUE(s.ClassifyField("gzd_wd").HintsType(kLocationCoordinates));
  EXPECT_TRUE(s.ClassifyField("gzd_dz").HintsType(kStreetAddress));
  EXPECT_TRUE(s.ClassifyField("kh_sjhm").HintsType(kPhoneNumber));
  EXPECT_FALSE(s.ClassifyField("user_address_detail").HintsType(kLocationCoordinates));
  // A company's line is no person's.
  EXPECT_TRUE(s.ClassifyField("companyTel").exclusion);
  EXPECT_TRUE(s.ClassifyField("单位电话").exclusion);
  EXPECT_TRUE(s.ClassifyField("front_desk").exclusion);
  EXPECT_TRUE(s.ClassifyField("contactMobile").HintsType(kPhoneNumber));
  EXPECT_FALSE(s.ClassifyField("companyContactTel").exclusion);
  EXPECT_TRUE(s.ClassifyField("$.order.contact.companyTel").exclusion);
}

// A location or tracking area's code is an area of many cells (or a device's type
// allocation code), no one's cell; a tracking area identity (MCC-MNC-TAC) is still asked.
TEST(FieldClassTest, AreaCodesAreNoCells) {
  EXPECT_TRUE(OfType(ScanField("tac", "1022541"), "CELL_ID").empty());
  EXPECT_TRUE(OfType(ScanField("$.header.cell.lac", "22541"), "CELL_ID").empty());
  EXPECT_TRUE(OfType(ScanField("$.deviceInfo.tac", "35419314"), "CELL_ID").empty());
  EXPECT_EQ(OfType(ScanField("ci", "22541"), "CELL_ID").size(), 1u);
  ExpectAt("ATTACH [ue@32473 imeisv=\"3533261010840914\" tai=\"460-00-48426\"] accept",
           "460-00-48426", "CELL_ID");
  ExpectNoType("{\"tac\":1022541,\"lac\":4113}", "CELL_ID");
}

// The 3GPP's IMS domain names SIP dialogs and identities, never a mailbox.
TEST(EmailTest, ImsDomainIsNoMailbox) {
  ExpectNoType("call_id=4a185c5051c06b7eb2f31c72@pcscf4.zj.ims.mnc000.mcc460.3gppnetwork.org",
               "EMAIL_ADDRESS");
  ExpectAt("impu=sip:+8613419466986@ims.mnc000.mcc460.3gppnetwork.org", "+8613419466986",
           "PHONE_NUMBER");
  ExpectAt("contact 4a185c5051c06b7e@example.com", "4a185c5051c06b7e@example.com",
           "EMAIL_ADDRESS");
}

// Cell global identities whose cell has no hex letter, and 5G's (nine hex digits of cell).
TEST(CellIdTest, GlobalIdentitiesInDigitsAndNrInHex) {
  EXPECT_EQ(OfType(ScanField("ecgi", "460009858581"), "CELL_ID").size(), 1u);
  EXPECT_EQ(OfType(ScanField("FIRST_ECGI", "460009699631"), "CELL_ID").size(), 1u);
  EXPECT_EQ(OfType(ScanField("ncgi", "460003587AE003"), "CELL_ID").size(), 1u);
  ExpectAt("3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=4600058669858583|x", "4600058669858583",
           "CELL_ID");
  EXPECT_TRUE(OfType(ScanField("order_no", "460009858581"), "CELL_ID").empty());
  EXPECT_TRUE(OfType(ScanField("ecgi", "461009858581"), "CELL_ID").empty());  // not MCC 460
}

// Family members by kinship in a register's cell, a payer for someone, a crew's leader.
TEST(PersonNameTest, KinshipLabelsAndPayers) {
  ExpectAt("女：姜娜青;妻：令狐思；母：杜芳洁", "令狐思", "PERSON_NAME");
  ExpectAt("女：姜娜青;妻：令狐思；母：杜芳洁", "杜芳洁", "PERSON_NAME");
  ExpectAt("妻：闫融、女：孟梅、子：孟昌祥", "孟昌祥", "PERSON_NAME");
  ExpectAt("2024-06-12,电费,手机号码,18199691014,252.89,平,代缴人张磊力", "张磊力", "PERSON_NAME");
  ExpectAt("工作负责人签字：钟林克    班组长：何琴思", "何琴思", "PERSON_NAME");
  for (const char* text : {"子：无", "女：是", "父：不详，母：不详", "例子：见附件"})
    ExpectNoType(text, "PERSON_NAME");
  // A relative standing in for the holder, before the verb of what they did.
  ExpectAt("户主鞠希芸不在，其母董妹瑶配合（13504039198）", "董妹瑶", "PERSON_NAME");
  ExpectAt("业主不在家，由其儿子何鸣承开门，联系电话", "何鸣承", "PERSON_NAME");
  ExpectAt("户主方进成不在，其子方邦配合", "方邦", "PERSON_NAME");
  ExpectAt("户主已故，由其子女胡雪青代缴）", "胡雪青", "PERSON_NAME");
  for (const char* text : {"客户王总未接听，留言至前台", "其子女教育支出", "其母公司配合调查"})
    ExpectNoType(text, "PERSON_NAME");
}

// Fixed-width records: a holder's name padded to its field, then the bank card debited.
TEST(PersonNameTest, NameBeforeABankCardInAFixedWidthRecord) {
  ExpectAt("D000005 3340889470406 熊祥祥                        6225880794301490    000000043755",
           "熊祥祥", "PERSON_NAME");
  // Not before a number that is no card (Luhn fails) or an order number.
  ExpectNoType("D000005 3340889470406 熊祥祥                        6225880794301491    0",
               "PERSON_NAME");
  ExpectNoType("D000005 熊祥祥  20240612000100012345", "PERSON_NAME");
}

// Code aligns its values: a key's ':' may be followed by many blanks before the value.
TEST(PersonNameTest, AlignedKeysInCode) {
  ExpectAt("\t\t\tName:     \"莫明卓\",\n", "莫明卓", "PERSON_NAME");
  ExpectAt("    cust_name   =   '何鸣承'\n", "何鸣承", "PERSON_NAME");
  // A builder's method names its argument; a tuple's name before its holder's card, ID or
  // mobile in quotes; a CSV line in a string with a blank after each comma.
  ExpectAt("RealNameRequest.builder()\n    .name(\"周逸华\")\n", "周逸华", "PERSON_NAME");
  ExpectAt("    (\"柳凯宏\", \"6214 8592 3053 1509\", \"17812345678\"),", "柳凯宏",
           "PERSON_NAME");
  ExpectAt("    \"高国德, 440305195206085058, 13319835123\",", "高国德", "PERSON_NAME");
  for (const char* text : {"x = format(\"王芳\")", "log.info(\"王芳\", \"6214 8592 3053 1508\")",
                           "(\"周末\", \"17812345678\")"})
    ExpectNoType(text, "PERSON_NAME");
}

// Combo lists (撞库 lists): a login that starts a line, a separator, its password; a
// holder's name may follow.
TEST(CredentialTest, ComboListPasswords) {
  ExpectAt("13081126124----mcDJwyQlodJ#22\n", "mcDJwyQlodJ#22", "CREDENTIAL");
  ExpectAt("  19283817169 ---- luo950127    \n", "luo950127", "CREDENTIAL");
  ExpectAt("19639304054 ---- Yan@2022\n", "Yan@2022", "CREDENTIAL");
  ExpectAt("18071124164---yilinhou39---侯怡琳\n", "yilinhou39", "CREDENTIAL");
  ExpectAt("18071124164---yilinhou39---侯怡琳\n", "侯怡琳", "PERSON_NAME");
  ExpectAt("13956760019||423757||服务密码||苏州市\n", "423757", "CREDENTIAL");
  ExpectAt("13238752222:zxcvbnm123:石梅秀:1967-04-06\n", "zxcvbnm123", "CREDENTIAL");
  ExpectAt("luo.fangchun8140@yeah.net:luo750805\n", "luo750805", "CREDENTIAL");
  ExpectAt("ft4794@126.com;3QuyJUXQwz@44\n", "3QuyJUXQwz@44", "CREDENTIAL");
  ExpectAt("liangyang443@sohu.com----Aa391012----18985380415\n", "Aa391012", "CREDENTIAL");
  ExpectAt("liangyang443@sohu.com----Aa391012----18985380415\n", "liangyang443@sohu.com",
           "EMAIL_ADDRESS");
  ExpectAt("3861014292@qq.com:woaini1314520  ✅ 登录成功\n", "woaini1314520", "CREDENTIAL");
  // The mobile with its country code, grouped or not.
  ExpectAt("+86-13107010287 ---- Aa441733\n", "Aa441733", "CREDENTIAL");
  ExpectAt("+86 133 4963 8510----IpSFy03rGtv#11\n", "IpSFy03rGtv#11", "CREDENTIAL");
  for (const char* text : {
           "+86 133 4963 8510 - 2024\n",                     // no combo separator
           "call +86-13107010287 ---- Aa441733\n",           // not at a line's start
           "13800138000 ---- 2024\n",                       // too short
           "13800138000|20240612|成功\n",                   // a table's columns
           "13800138000:8080\n",                            // one ':' and no field after it
           "13800138000 -- 回访\n",                          // two dashes
           "user@example.com:8080/path and more text\n",    // a URL's port
           "a@b.com----d41d8cd98f00b204e9800998ecf8427e\n",  // an MD5 digest
           "a@b.com----x@y.com\n",                           // another address
           "呼叫 13800138000 ---- abcdefgh\n"})              // not at a line's start
    ExpectNoType(text, "CREDENTIAL");
}

// Oracle's thin JDBC URL carries user/password; a variable's reference, a template's slot
// and a UI label's text under a password key are no secrets.
TEST(CredentialTest, OracleUrlsAndPlaceholders) {
  ExpectAt("url: jdbc:oracle:thin:billing/JFLH0=JS_fq@10.41.83.83:1521/BILLDB", "JFLH0=JS_fq",
           "CREDENTIAL");
  for (const char* text : {"-Dspring.datasource.password=$MYSQL_ROOT_PASSWORD -jar app.jar",
                           "password=<YOUR_PASSWORD>", "\"password.placeholder\": \"请输入密码\"",
                           "jdbc:oracle:thin:@10.41.83.83:1521/BILLDB"})
    ExpectNoType(text, "CREDENTIAL");
  ExpectAt("UNIONPAY_CERT_PWD=000000\n", "000000", "CREDENTIAL");  // weak, still a password
  // A token of a personal value is its pseudonym in a shared data set, no secret.
  const Scanner& s = Default();
  for (const char* key : {"msisdn_token", "phoneToken", "cert_no_token", "$.user.imsi_token"})
    EXPECT_FALSE(s.ClassifyField(key).HintsType(kCredential)) << key;
  for (const char* key : {"access_token", "id_token", "user_token", "token"})
    EXPECT_TRUE(s.ClassifyField(key).HintsType(kCredential)) << key;
}

// Utilities' and NB-IoT platforms' records: an ECGI with the cell in hex, an engineer's
// serving cell, a visit's address without a city, WS-Security's password digest.
TEST(UtilityRecordsTest, CellsAddressesAndDigests) {
  ExpectAt("IMEI=866822037829678 ECGI=460-09-941C082 TAC=0x7CD5", "460-09-941C082", "CELL_ID");
  ExpectAt("cgi 460-01-CFC3101 ok", "460-01-CFC3101", "CELL_ID");
  ExpectNoType("id 460-01-ABCDEFGHI", "CELL_ID");
  ExpectNoType("460-01-94C0", "CELL_ID");  // too short for an ECI
  ExpectAt("PCI 381，服务小区146565170，首次上线正常", "146565170", "CELL_ID");
  ExpectAt("服务小区ID: 28504193", "28504193", "CELL_ID");
  ExpectNoType("阳光小区128504193号", "CELL_ID");
  ExpectAt("08:55 上门临平区南苑街135号东港嘉苑10栋103，户主不在", "临平区南苑街135号东港嘉苑10栋103",
           "STREET_ADDRESS");
  ExpectAt("14:47 前往五常大道215号闲林山水27幢102室，户主在家", "五常大道215号闲林山水27幢102室",
           "STREET_ADDRESS");
  ExpectNoType("前往营业厅办理", "STREET_ADDRESS");
  ExpectNoType("<wsse:Password Type=\"http://docs.oasis-open.org/wss#PasswordDigest\">"
               "d3187ec2546d6c8d509d80c1685e9e01a285ee55</wsse:Password>",
               "CREDENTIAL");
  ExpectAt("<wsse:Password Type=\"#PasswordText\">Abc12345</wsse:Password>", "Abc12345",
           "CREDENTIAL");
}

// Data-governance artefacts: the placeholder people and birth dates of forms, examples and
// test rows are nobody's.
TEST(PlaceholdersTest, NamesAndBirthDatesOfNobody) {
  for (const char* v : {"张三", "李四", "无名氏", "测试用户", "演示账号"})
    EXPECT_TRUE(OfType(ScanField("cust_name", v), "PERSON_NAME").empty()) << v;
  EXPECT_EQ(OfType(ScanField("cust_name", "张山"), "PERSON_NAME").size(), 1u);
  ExpectNoType("姓名：张三，身份证号：110101199003074514", "PERSON_NAME");
  for (const char* v : {"1900-01-01", "19000101", "1900年1月1日"})
    EXPECT_TRUE(OfType(ScanField("birthday", v), "DATE_OF_BIRTH").empty()) << v;
  EXPECT_EQ(OfType(ScanField("birthday", "1900-01-02"), "DATE_OF_BIRTH").size(), 1u);
}

// Ticket exports, log messages and call notes: names after a role word or a snake_case key,
// a comment's author, an SMS greeting after a blank, a relative speaking for a named person.
TEST(PersonNameTest, TicketsLogMessagesAndNotes) {
  ExpectAt("valid cert_no \"330110198401180382\" for cust_name \"侯平\"\n", "侯平", "PERSON_NAME");
  ExpectAt("valid cert_no \"330110198401180382\" for", "330110198401180382",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("Comments:\n  - 董天宇 (2023-11-07): 已回滚 3.18.1\n", "董天宇", "PERSON_NAME");
  ExpectAt("Comments:\n  - 上官文博 (2023-11-08): 已联系客户\n", "上官文博", "PERSON_NAME");
  ExpectAt("【代扣成功】尹婷英 您好，9月话费已扣", "尹婷英", "PERSON_NAME");
  ExpectAt("回访坐席：赵子轩（工号 A1133）", "赵子轩", "PERSON_NAME");
  ExpectAt("【劝阻】坐席朱婷婷（A1133）已联系受害人", "朱婷婷", "PERSON_NAME");
  ExpectAt("温馨提示：就诊人吕一平明天08:30就诊", "吕一平", "PERSON_NAME");
  ExpectAt("追风少年\n我是王家豪的家属，帮他报修", "王家豪", "PERSON_NAME");
  for (const char* text : {"see the user_name \"2024\" row",   // no name
                           "- 数据中心 (2023-11-07): 上线",       // no surname
                           "  - 董天宇 opened it",                 // no date
                           "坐席：好的，请稍等", "我是王芳的", "我是王芳说的"})
    ExpectNoType(text, "PERSON_NAME");
}

// Wi-Fi keys, remember-me cookies, Java properties' escaped separators, SF Express's
// checkword; a Wi-Fi network's security mode is no secret.
TEST(CredentialTest, WifiCookiesAndPropertiesFiles) {
  ExpectAt("wifi_ssid=ChinaNet-9E3A wifi_key=hn@772abc sat=1", "hn@772abc", "CREDENTIAL");
  ExpectAt("<wifi ssid=\"ChinaNet-XQat\" psk=\"zhang.43542\" ch=6>", "zhang.43542", "CREDENTIAL");
  ExpectAt("Cookie: JSESSIONID=65F1CD0D0F495DE8; remember_me=fuMnpc6Q3i5hFSjnUdcH; ui=1",
           "fuMnpc6Q3i5hFSjnUdcH", "CREDENTIAL");
  ExpectAt("spring.datasource.password\\=hcTel#8899 next", "hcTel#8899", "CREDENTIAL");
  ExpectAt("carrier.sf.checkword=qMp9TYrGvqmpxu0BWj1IY4Tc2bMlTW rel=1",
           "qMp9TYrGvqmpxu0BWj1IY4Tc2bMlTW", "CREDENTIAL");
  for (const char* text : {"auth=WPA2-PSK ch=6", "auth=OPEN", "auth=wpa3-sae", "path\\=C:\\x",
                           "Cookie: theme=dark; lang=zh",
                           // A card issuer's approval code in an ISO 8583 log.
                           "[TXN  ] << 0210 RC=00 AUTH=662766 RRN=407812345678"})
    ExpectNoType(text, "CREDENTIAL");
  ExpectAt("login auth=662766 ok", "662766", "CREDENTIAL");
}

// Addresses: Guangzhou's middle section (大道中), a direction before a numbered section
// (南四段), Beijing's 甲 house numbers, an estate named 自在城; a legacy ID after the word ID,
// a decimal MEID after its word.
TEST(StreetAddressTest, SectionsPrefixedNumbersAndEstates) {
  ExpectAt("联系地址：广州市海珠区江南大道中386弄22号471室", "广州市海珠区江南大道中386弄22号471室",
           "STREET_ADDRESS");
  ExpectAt("地址：四川省成都市武侯区一环路南四段845号锦绣花园30栋2单元2301室",
           "四川省成都市武侯区一环路南四段845号锦绣花园30栋2单元2301室", "STREET_ADDRESS");
  ExpectAt("证件地址=北京市海淀区学院路甲49号翠微北里17幢4单元303室",
           "北京市海淀区学院路甲49号翠微北里17幢4单元303室", "STREET_ADDRESS");
  ExpectAt("证件地址：重庆市渝北区文华街道金地自在城11栋1803", "重庆市渝北区文华街道金地自在城11栋1803",
           "STREET_ADDRESS");
  ExpectNoType("他住在路中间", "STREET_ADDRESS");
  ExpectAt("old 15-digit ID 371302460414392 on the guarantor record", "371302460414392",
           "CHINA_RESIDENT_ID_NUMBER");
  ExpectNoType("order 371302460414392 shipped", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt("手表 EID 52CC9D85605A46451D96EFF51A600EBD, MEID 99817496667864", "99817496667864",
           "MEID");
  // A subscriber profile's work address is the subscriber's; an employer's stays out.
  EXPECT_EQ(OfType(ScanField("work_addr", "浙江省杭州市上城区紫荆花路877号东部软件园C座1808室"),
                   "STREET_ADDRESS").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("WorkUnitAddr", "南京市鼓楼区湖南路405号华创大厦5层"),
                     "STREET_ADDRESS").empty());
}

// A GSM or UMTS cell's "cid" after its "lac", as Android's cell location and LBS requests
// write one; a "cid" alone is a customer's or a content's id.
TEST(CellIdTest, CidAfterLac) {
  ExpectAt("GET /lbs?mcc=460&mnc=0&lac=45805&cid=152023602&key=x", "152023602", "CELL_ID");
  EXPECT_EQ(OfType(ScanField("$.cell.cid", "49891"), "CELL_ID").size(), 1u);
  EXPECT_EQ(OfType(ScanField("$.cells[0].cid", "152023602"), "CELL_ID").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("$.order.cid", "152023602"), "CELL_ID").empty());
  EXPECT_TRUE(OfType(ScanField("$.cells[0].mcc", "460"), "CELL_ID").empty());
  ExpectNoType("GET /item?cid=152023602&page=2", "CELL_ID");
  ExpectNoType("lac=45805\ncid=152023602", "CELL_ID");  // another line's
}

// Work notes and approvals: an assignee after 请 or 辛苦, a handover, an engineer, a group-buy
// leader, in-laws, a companion on a trip, whom a visit met; a recipient set apart by blanks;
// a name in bold in a markdown table before the sex.
TEST(PersonNameTest, WorkNotesAndApprovals) {
  ExpectAt("{\"remark\": \"同意，请钱美玲做好工作交接\"}", "钱美玲", "PERSON_NAME");
  ExpectAt("{\"remark\": \"同意，辛苦刘红梅跟进回款\"}", "刘红梅", "PERSON_NAME");
  ExpectAt("已离职，交接人武梅梦\n", "武梅梦", "PERSON_NAME");
  ExpectAt("调去杭州总部，交接给余海燕。", "余海燕", "PERSON_NAME");
  ExpectAt("已受理，装维工程师王子涵（13121234567）", "王子涵", "PERSON_NAME");
  ExpectAt("大米到了，联系团长尹梅静 15263123456", "尹梅静", "PERSON_NAME");
  ExpectAt("诈骗75000元。其女婿张浩（13623456789）", "张浩", "PERSON_NAME");
  ExpectAt("6月14日，坐席朱荣华回访受害人", "朱荣华", "PERSON_NAME");
  ExpectAt("\"温州出差，同行方涛\",,243", "方涛", "PERSON_NAME");
  ExpectAt("拜访杭州恒远精密机械有限公司，见刘志刚\"", "刘志刚", "PERSON_NAME");
  ExpectAt("杭州市西湖区某路1号1栋1单元2604室 郑勇艳 收\n", "郑勇艳", "PERSON_NAME");
  ExpectAt("**邵祥祥** | 男 | 1990", "邵祥祥", "PERSON_NAME");
  for (const char* text : {"请大家做好准备", "请问您需要什么帮助", "详情见附件", "我们是同行业",
                           "王芳 收到了", "**重要** | 男"})
    ExpectNoType(text, "PERSON_NAME");
}

// Placeholders no device, subscriber or place has: an emulator's IMEI of one digit fifteen
// times, an IMSI without a subscriber number, the point 0,0.
TEST(PlaceholdersTest, DevicesSubscribersAndNullIsland) {
  for (const char* text : {"imei=000000000000000", "IMEI 111111111111111", "imsi=460000000000000",
                           "imsi=460010000000000"}) {
    ExpectNoType(text, "IMEI_HARDWARE_ID");
    ExpectNoType(text, "IMSI_ID");
  }
  EXPECT_TRUE(OfType(ScanField("imsi", "460000000000000"), "IMSI_ID").empty());
  EXPECT_EQ(OfType(ScanField("imsi", "460001234567890"), "IMSI_ID").size(), 1u);
  ExpectNoType("\"min\": \"0.000000,0.000000\"", "LOCATION_COORDINATES");
  ExpectAt("loc 31.230416,121.473701", "31.230416,121.473701", "LOCATION_COORDINATES");
}

// A JSON member named in Chinese is what it says, whoever's it is: an insured person's
// occupation is no name. Under a collector's or a lock user's key, family words and a
// locker's self-service are no names.
TEST(PersonNameTest, ChineseMembersAndWhoCollected) {
  EXPECT_TRUE(OfType(ScanField("$.被保险人.职业", "教师"), "PERSON_NAME").empty());
  EXPECT_TRUE(OfType(ScanField("$.投保人.职业", "司机"), "PERSON_NAME").empty());
  EXPECT_EQ(OfType(ScanField("$.被保险人.姓名", "秦英美"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("$.被保险人", "秦英美"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("$.联系人[0]", "秦英美"), "PERSON_NAME").size(), 1u);
  EXPECT_EQ(OfType(ScanField("$.投保人.手机", "16654156409"), "PHONE_NUMBER").size(), 1u);
  for (const char* v : {"家人", "孩子", "自助", "自助入库", "家人代收", "门卫"})
    EXPECT_TRUE(OfType(ScanField("取件人", v), "PERSON_NAME").empty()) << v;
  EXPECT_TRUE(OfType(ScanField("$.slot.name", "孩子"), "PERSON_NAME").empty());
  EXPECT_EQ(OfType(ScanField("取件人", "陶娜"), "PERSON_NAME").size(), 1u);
  // A label, a place or a unit where a name was expected.
  for (const char* v : {"电子邮箱", "经纬度", "小区标识", "苏州市", "总裁办", "客服中心", "管理员"})
    EXPECT_TRUE(OfType(ScanField("中文名", v), "PERSON_NAME").empty()) << v;
  EXPECT_EQ(OfType(ScanField("中文名", "王建国"), "PERSON_NAME").size(), 1u);
  // A transliterated name before its sex, whole.
  ExpectAt("阿依古丽·买买提｜男｜电话：18912345678", "阿依古丽·买买提", "PERSON_NAME");
}

// A MAC after a Chinese label's colon (full-width in the text), a device's Wi-Fi or Bluetooth
// address, and Huawei's dashed groups right after a key's colon.
TEST(MacAddressTest, AfterChineseLabelsAndRadioAddresses) {
  ExpectAt("MAC地址：50:FA:84:18:22:A8", "50:FA:84:18:22:A8", "MAC_ADDRESS");
  ExpectAt("- Wi-Fi 地址：18:4F:32:F7:D3:41\n", "18:4F:32:F7:D3:41", "MAC_ADDRESS");
  ExpectAt("- Wi-Fi 地址：B0958EC76473\n", "B0958EC76473", "MAC_ADDRESS");
  ExpectAt("蓝牙地址: A4C138F0E2B1\n", "A4C138F0E2B1", "MAC_ADDRESS");
  ExpectNoType("收货地址：B0958EC76473\n", "MAC_ADDRESS");
  EXPECT_EQ(OfType(ScanField("wifi_address", "B0:95:8E:C7:64:73"), "MAC_ADDRESS").size(), 1u);
  EXPECT_TRUE(OfType(ScanField("wifi_address", "B0:95:8E:C7:64:73"), "STREET_ADDRESS").empty());
  ExpectAt("地址:2001:db8::1 ok", "2001:db8::1", "IP_ADDRESS");
  ExpectAt("地址:fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a", "IP_ADDRESS");
}

// A SIM's login to Wi-Fi or IMS: an EAP permanent identity (a method digit, then the IMSI)
// with or without its 3GPP realm, and an IMS private identity in a Digest header.
TEST(ImsiTest, EapAndImsIdentities) {
  ExpectAt("EAP-Type=SIM identity=1460054346757419 realm=wlan.mnc005.mcc460.3gppnetwork.org",
           "460054346757419", "IMSI_ID");
  ExpectAt("User-Name = \"0460001234567890@wlan.mnc000.mcc460.3gppnetwork.org\"",
           "460001234567890", "IMSI_ID");
  ExpectAt("Authorization: Digest username=\"460081868223057@ims.mnc000.mcc460.3gppnetwork.org\","
           "realm=\"ims\",nonce=\"46ba9b68\",response=\"9de45a52a5c9404e8949bf5ea351c4d8\"",
           "460081868223057", "IMSI_ID");
  ExpectAt("Authorization: Digest username=\"460081868223057@ims.mnc000.mcc460.3gppnetwork.org\","
           "realm=\"ims\",nonce=\"46ba9b68\",response=\"9de45a52a5c9404e8949bf5ea351c4d8\"",
           "9de45a52a5c9404e8949bf5ea351c4d8", "CREDENTIAL");
  ExpectNoType("order=1460054346757419 x", "IMSI_ID");
  ExpectNoType("identity=1460054346757419@example.com", "IMSI_ID");
}

// A foreign number after the international prefix 00 instead of '+', with a phone word or
// field, or in Hong Kong's shape; not China's own (read as 0086 above) and not an id.
TEST(PhoneTest, ForeignNumbersAfter00) {
  ExpectAt("主叫号码 00639187130926 x", "00639187130926", "PHONE_NUMBER");
  ExpectAt("rule=R12 orig=0085262916766 disp=9556", "0085262916766", "PHONE_NUMBER");
  EXPECT_EQ(OfType(ScanField("号码", "00959650647614"), "PHONE_NUMBER").size(), 1u);
  ExpectNoType("order 00639187130926", "PHONE_NUMBER");
  ExpectNoType("号码 0000123456789", "PHONE_NUMBER");
  EXPECT_TRUE(OfType(ScanField("号码", "2024061712345"), "PHONE_NUMBER").empty());
}

// Rosters: a labelled list goes on through any surname of the dictionary (楼, 应); a roster
// in running text may start after 的 and end before 都, 几 or 等.
TEST(PersonNameTest, RostersAfterLabelsAndInProse) {
  ExpectAt("部门例会，参会：应燕妮、楼晓明、彭艳，以及政企部", "楼晓明", "PERSON_NAME");
  ExpectAt("部门例会，参会：应燕妮、楼晓明、彭艳，以及政企部", "彭艳", "PERSON_NAME");
  ExpectAt("同小区的邓晓东，杨鹏，王芳都反映过同样情况。", "邓晓东", "PERSON_NAME");
  ExpectAt("同小区的邓晓东，杨鹏，王芳都反映过同样情况。", "杨鹏", "PERSON_NAME");
  for (const char* text : {"我的朋友，今天，明天都来", "他的手机，钱包，钥匙都丢了",
                           "回访客户满意度", "今天拜访王总", "走访杭州市某公司"})
    ExpectNoType(text, "PERSON_NAME");
  // Whom a visit or a call-back was for.
  ExpectAt("2024-06-13\n回访方翔，生日1955年1月19日", "方翔", "PERSON_NAME");
}

// English notes, changelogs and code comments before a Chinese name; a contributor list's
// items with their handles. An English trigger is a word of its own.
TEST(PersonNameTest, EnglishWordsBeforeChineseNames) {
  ExpectAt("- Wrong birth date shown for customer 姚天峰 (ID 1305)", "姚天峰", "PERSON_NAME");
  ExpectAt("- Bank card 6225 (holder 秦欣晴) was rejected", "秦欣晴", "PERSON_NAME");
  ExpectAt("(hotfix 3.7.4, reported by 袁彬)", "袁彬", "PERSON_NAME");
  ExpectAt(" * @author 邵涵怡 (shaohy)\n", "邵涵怡", "PERSON_NAME");
  ExpectAt("## Contributors\n\n- 卢泽然 (@luzr) <lu.zeran@hxtel.com.cn>\n", "卢泽然", "PERSON_NAME");
  ExpectAt("FAILED, owner 朱秀英\"}}", "朱秀英", "PERSON_NAME");
  ExpectAt("displayName: 夏子涵 (Xia Zihan)\n", "Xia Zihan", "PERSON_NAME");
  for (const char* text : {"placeholder 王芳", "customer 服务中心", "owner 王总"})
    ExpectNoType(text, "PERSON_NAME");
}

// Names written without a Chinese surname (Yi, Tibetan, Mongolian, Dai) as a label's whole
// value; only characters such names are transliterated with, so a label's other values are
// not taken. Rarer surnames that are no everyday word start a name after a role as 王 does.
TEST(PersonNameTest, NamesWithoutSurnamesAndDistinctiveRareSurnames) {
  ExpectAt("姓名：阿西木呷    电话：152-4411-1893", "阿西木呷", "PERSON_NAME");
  ExpectAt("投诉人：洛桑丹增    身份证号", "洛桑丹增", "PERSON_NAME");
  ExpectAt("收件人：扎西顿珠\n", "扎西顿珠", "PERSON_NAME");
  ExpectAt("姓名: 岩温，男", "岩温", "PERSON_NAME");
  ExpectAt("寄件人：其其格（内蒙古）", "其其格", "PERSON_NAME");
  for (const char* text : {"联系人：无", "收件人：本人签收", "投诉人：匿名用户", "申请人：见附件",
                           "监护人：父亲", "姓名：未填写", "申请人：个人", "投诉人：消费者",
                           "经办人：营业厅", "收件人：快递柜", "备注：扎西顿珠",   // no name label
                           "姓名：扎西顿珠多吉次仁",                                // too long
                           "姓名：扎西顿珠呀"})                                     // not all
    ExpectNoType(text, "PERSON_NAME");
  ExpectAt("2024年6月6日，派单至装维佘秀兰。", "佘秀兰", "PERSON_NAME");
  ExpectAt("5月20日上门的装维师傅隗晓明说是光猫问题", "隗晓明", "PERSON_NAME");
  ExpectAt("机主仉建国，身份证已核验", "仉建国", "PERSON_NAME");
  // 傅 and 萧 are as common as 王 after a role (not everyday words, unlike 关 or 符).
  ExpectAt("身份证号 440305198304143729，名字 萧强，生日是1983年4月14日", "萧强", "PERSON_NAME");
  ExpectAt("From: \"傅娜\" <funa@huaxintd.cn>\n", "傅娜", "PERSON_NAME");
  ExpectNoType("装维师傅麻烦您明天再来", "PERSON_NAME");  // 麻: an everyday word first
  // Longer Mongolian names, one that starts with a rare surname's character, and a label
  // alone on the line above.
  ExpectAt("原机主姓名\n乌云其木格          \n", "乌云其木格", "PERSON_NAME");
  ExpectAt("姓名：额尔敦毕力格，男", "额尔敦毕力格", "PERSON_NAME");
  for (const char* text : {"他说了一句话\n乌云其木格\n", "前面的人不是我的姓名\n阿拉\n"})
    ExpectNoType(text, "PERSON_NAME");
}

// Triggers whose last character the pre-check did not know (兹证明, 其妻); tasks in minutes
// (由 ... 牵头).
TEST(PersonNameTest, CertificatesSpousesAndTasksInMinutes) {
  ExpectAt("公证事项：出生\n兹证明陈芳于1963年4月13日出生", "陈芳", "PERSON_NAME");
  ExpectAt("购买方名称：周雅婷\n", "周雅婷", "PERSON_NAME");
  ExpectAt("三、下步工作\n  由魏思牵头，2024年9月前完成", "魏思", "PERSON_NAME");
  ExpectAt("离职前我会与丁佳瑶做好工作交接，确保项目", "丁佳瑶", "PERSON_NAME");
  // A holder's house or absence ends the name after a role; a colleague one works with.
  ExpectAt("{\"summary\":\"原户主汤苑瑞房屋已出售，新户主覃\"}", "汤苑瑞", "PERSON_NAME");
  ExpectAt("今天和段舒颖一组，车辆公车", "段舒颖", "PERSON_NAME");
  // A household in a notice's list: its dwelling, a blank, the name.
  ExpectAt("9号楼：1单元1502 沈宜怡（1,890.20元）；1单元2804 魏信贵（1,843.40元）。", "魏信贵",
           "PERSON_NAME");
  ExpectAt(" 5 1-2-2102 王建国 2022-2024", "王建国", "PERSON_NAME");
  ExpectNoType("编号 2024-06-12 王芳 到访", "PERSON_NAME");  // a date, not a dwelling
  ExpectNoType("编号 12-06-2024 王芳 到访", "PERSON_NAME");
  // ... and a talk with a client; a Latin name's Chinese one after 中文名.
  ExpectAt("方式：电话拜访\n和高丽华沟通集团短号网扩容，新增24", "高丽华", "PERSON_NAME");
  ExpectAt("新来的CIO Amy Huang（中文名黄浩），手机", "黄浩", "PERSON_NAME");
  ExpectNoType("我和朋友沟通过了，和客户沟通一下", "PERSON_NAME");
  ExpectNoType("保游戏所使用的数据与陆军同步更新", "PERSON_NAME");
  ExpectAt("1986-03-05\n陆军红　    13362868162    6230 5899 0842 166", "陆军红", "PERSON_NAME");
  ExpectAt("由贾强超负责核实。", "贾强超", "PERSON_NAME");
  for (const char* text : {"由此负责", "说明书已发", "由公司负责"})
    ExpectNoType(text, "PERSON_NAME");
}

// Passwords set or reset to a value a few words after the label; a code "sent to you" in a
// chat; an eSIM's matching ID and a locker's take-back code by their keys.
TEST(CredentialTest, PasswordsSetToAndActivationCodes) {
  ExpectAt("【中国移动】您的服务密码已重置为160382，如非本人操作请致电", "160382", "CREDENTIAL");
  // A label qualified in brackets before its colon; a bracket alone is no label's end.
  ExpectAt("原机解锁密码(检测用): 103264  (检测后已告知客户修改)", "103264", "CREDENTIAL");
  ExpectAt("解锁密码（检测用）：4068\n", "4068", "CREDENTIAL");
  ExpectNoType("密码(已告知客户修改) 请勿外传 2024\n", "CREDENTIAL");
  ExpectAt("WiFi 密码按客户要求设为 FAgvVfwjNO\n", "FAgvVfwjNO", "CREDENTIAL");
  ExpectAt("我家临时密码发你了 173733，快递放门口就行", "173733", "CREDENTIAL");
  Hit h = ExpectAt("我：验证码发你了 314980 快登", "314980", "CREDENTIAL");
  EXPECT_EQ(h.detector, "one_time_code");
  for (const char* text : {"密码设置规则为大小写字母加数字", "密码已重置为默认", "密码，已重置为",
                           "密码忘了。后来改为 abc"})  // another clause
    ExpectNoType(text, "CREDENTIAL");
  ExpectAt("confirmOrder iccid=89860098557596245210 matchingId=E6B9-6B3E-341B-93FC confirm",
           "E6B9-6B3E-341B-93FC", "CREDENTIAL");
  ExpectAt("profile matching_id=1A2B3C4D5E ok", "1A2B3C4D5E", "CREDENTIAL");
  ExpectAt("+86 13830116856 takeback_code=850480 notify", "850480", "CREDENTIAL");
  for (const char* text : {"order_id=1A2B3C4D5E ok", "request_id=5e0ec1e7fa42 ok",
                           "pairing_id=1A2B3C4D5E ok", "packing_id=1A2B3C4D5E ok"})
    ExpectNoType(text, "CREDENTIAL");
}

// Hive's field separator as logs print it ("^A"): the values between are read as fields. An
// airport (and its terminals) is no one's address; Inner Mongolia's 嘎查 is a village.
TEST(ScannerTest, CaretSeparatorsAirportsAndPastoralVillages) {
  const std::string rec =
      "WARN UserTagJob: bad field=credit_lvl: 15919398438^A卢志刚^A330108197901032937^A19790103^A浙江省";
  ExpectAt(rec, "15919398438", "PHONE_NUMBER");
  ExpectAt(rec, "330108197901032937", "CHINA_RESIDENT_ID_NUMBER");
  ExpectAt(rec, "卢志刚", "PERSON_NAME");
  // The birth date's field (its digits are inside the ID too: the last occurrence).
  const std::vector<Hit> births = OfType(Scan(rec), "DATE_OF_BIRTH");
  ASSERT_EQ(births.size(), 1u);
  EXPECT_EQ(births[0].start, rec.rfind("19790103"));
  ExpectAt("x^B13968115810^B", "13968115810", "PHONE_NUMBER");
  // Still a longer run without the caret; HL7's event type is no value.
  ExpectNoType("A330108197901032937 ok", "CHINA_RESIDENT_ID_NUMBER");
  ExpectNoType("MSH|^~\\&|HIS|X|||20240318183256||ADT^A01^ADT_A01|MSG1|P|2.4", "PHONE_NUMBER");
  EXPECT_TRUE(OfType(ScanField("address", "广州白云国际机场T2"), "STREET_ADDRESS").empty());
  EXPECT_TRUE(OfType(ScanField("address", "杭州萧山国际机场"), "STREET_ADDRESS").empty());
  EXPECT_EQ(OfType(ScanField("address", "广东省广州市白云区机场路144号金沙洲新社区23幢3102室"),
                   "STREET_ADDRESS").size(), 1u);
  ExpectAt("她老家地址是内蒙古锡林郭勒盟阿巴嘎旗那仁宝拉格苏木巴彦图嘎嘎查，现住杭州",
           "内蒙古锡林郭勒盟阿巴嘎旗那仁宝拉格苏木巴彦图嘎嘎查", "STREET_ADDRESS");
}

// Hong Kong and Macau organisations' lines: a hotline in traditional characters, a notice's
// number to call, a shop's details line; a business registration number is no phone.
TEST(PhoneTest, OrganisationLinesInTraditionalTextAndShopDetails) {
  for (const char* text : {"Business Registration No. 商業登記號碼: 28355889-000-08-24-6",
                           "Shop 門市: 旺角彌敦道639號地舖   Tel: +852 2883 1833",
                           "如有需要可致電客戶服務熱線 +853 2875 0100", "查詢請致電 (852) 2112 1833",
                           "如有疑问请致电 020-87591100", "门店：解放路店 电话 0571-87001234"})
    ExpectNoType(text, "PHONE_NUMBER");
  ExpectAt("客戶手機 +852 6193 8409", "+852 6193 8409", "PHONE_NUMBER");
  ExpectAt("新電話 69150267", "69150267", "PHONE_NUMBER");
  ExpectAt("客戶：陳大文  Tel: +852 6193 8409", "+852 6193 8409", "PHONE_NUMBER");
}

// A name column's value in capitalized English words that name a state or a thing (an NMS
// export's alarm names) is no person.
TEST(PersonNameTest, AlarmAndProductNamesUnderANameKey) {
  for (const char* v : {"Cell Unavailable", "Ethernet Link Fault", "NE Software Version Mismatch",
                        "External Clock Reference Problem", "Configuration Changed", "NE Login Failed"})
    EXPECT_TRUE(OfType(ScanField("Name", v), "PERSON_NAME").empty()) << v;
  for (const char* v : {"Mary Ann Smith", "Zhang Wei", "Wang Xiaoming", "Chan Tai Man"})
    EXPECT_EQ(OfType(ScanField("Name", v), "PERSON_NAME").size(), 1u) << v;
}

// A cell's "key=value" pair names its value even in a column that names a type of its own
// (an NMS alarm's "Location Information").
TEST(CellIdTest, KeyValuePairsInsideATypedColumn) {
  const std::vector<Hit> hits = OfType(
      ScanField("Location Information", "Local Cell ID=33, Cell Name=GZ_L1_33, eNodeB ID=970499, eci=248447777"),
      "CELL_ID");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].value, "248447777");
  EXPECT_TRUE(OfType(ScanField("Location Information", "Rack=0, Slot=3, Port=248447777"), "CELL_ID").empty());
}

// sudo's log of the command it ran: the command line's secrets, as in a shell's history; the
// rest of the line is scanned as usual.
TEST(CredentialTest, SudoLoggedCommands) {
  const std::string head = "May 13 10:01:02 bastion sudo:  zhengj : TTY=pts/0 ; USER=root ; COMMAND=";
  Hit h = ExpectAt(head + "/usr/bin/redis-cli -h 10.10.8.56 -a Pwd!38Ksz info", "Pwd!38Ksz", "CREDENTIAL");
  EXPECT_EQ(h.detector, "command_line");
  ExpectAt(head + "/usr/bin/redis-cli -h 10.10.8.56 -a Pwd!38Ksz info", "10.10.8.56", "IP_ADDRESS");
  ExpectAt(head + "/usr/bin/mysql -h db -u dba_ro -padmin123 -e select", "admin123", "CREDENTIAL");
  ExpectAt(head + "/usr/bin/sshpass -p Lxfvwa$0612 ssh root@host", "Lxfvwa$0612", "CREDENTIAL");
  ExpectAt("audit: command=mysql -uroot -pS3cret!x db", "S3cret!x", "CREDENTIAL");
  for (const char* text : {"COMMAND=/usr/bin/systemctl restart nginx", "subcommand=mysql -pX1",
                           "kind=mysql -pS3cret", "backend=redis-cli -a Pwd!38Ksz"})
    ExpectNoType(text, "CREDENTIAL");
}

// A process-creation event's quoted command line (Windows 4688, Sysmon, EDR): its secrets,
// up to the closing quote, also with a CSV cell's doubled quotes and escaped inner quotes.
TEST(CredentialTest, QuotedProcessCommandLines) {
  ExpectAt("EventCode=4688 CommandLine=\"net user svc_sql admin123 /add /domain\" Parent=cmd.exe",
           "admin123", "CREDENTIAL");
  ExpectAt("EventCode=4688 CommandLine=\"\"net user svc_sql Hqqkeu#5343 /add /domain\"\" x=1",
           "Hqqkeu#5343", "CREDENTIAL");
  ExpectAt("cmdline=\"plink.exe -m \\\"cmd.txt\\\" -pw Kq7#mZ root@10.1.1.1\" pid=7", "Kq7#mZ",
           "CREDENTIAL");
  // The next key's value is no argument of the command; other keys are no command line.
  ExpectNoType("CommandLine=\"net user svc_sql\" Comment=\"admin123 /add\"", "CREDENTIAL");
  ExpectNoType("Headline=\"net user svc_sql admin123 /add\"", "CREDENTIAL");
  ExpectNoType("CommandLine=\"\" note=net user svc_sql admin123", "CREDENTIAL");
}

// Passwords listed after 密码有 and joined by 和; a password said aloud in a transcript, digit
// by digit or in Chinese numerals.
TEST(CredentialTest, ListedAndSpokenPasswords) {
  const std::string listed = "  我常用的密码有 KaoQk224EXc 和 zCWwI34p，首充是用尾号3079的";
  ExpectAt(listed, "KaoQk224EXc", "CREDENTIAL");
  ExpectAt(listed, "zCWwI34p", "CREDENTIAL");
  ExpectAt("客户：服务密码是 1 2 3 4 5 6 吧。", "1 2 3 4 5 6", "CREDENTIAL");
  ExpectAt("\"text\": \"密码七一八零六五。\"", "七一八零六五", "CREDENTIAL");
  ExpectAt("客户：服务密码是幺二三四五六吧。", "幺二三四五六", "CREDENTIAL");
  for (const char* text : {"密码有误，请重试", "密码有8位", "密码一二三四五六年级", "密码三个月内有效",
                           "密码是 1 2 3", "修改密码一次"})
    ExpectNoType(text, "CREDENTIAL");
}

// A report's sign-offs; a call centre's agent key; English "by" and "Victim" before a Chinese
// name; a bank card in groups, then its holder in brackets (and the bank after a comma).
TEST(PersonNameTest, SignOffsAgentsAndCardHolders) {
  const std::string signoff = "编制：赵子轩    审核：张俊熙    签发：吴荣华\n";
  ExpectAt(signoff, "赵子轩", "PERSON_NAME");
  ExpectAt(signoff, "吴荣华", "PERSON_NAME");
  ExpectAt("name=孙鹏浩 result=REFUSED agent=赵子轩/A1044 dur=32", "赵子轩", "PERSON_NAME");
  ExpectAt("id 3f6b0c1e  timezone +08:00  export by 杨帆 for IR-2024", "杨帆", "PERSON_NAME");
  ExpectAt("Victim 马芳 (DOB 8 Nov 1990)", "马芳", "PERSON_NAME");
  ExpectAt("先后向6212264543569347797（林刚，中国工商银行）转账", "林刚", "PERSON_NAME");
  ExpectAt("电话核实即向6217-8508-0417-6532-448（李伟）转账。", "李伟", "PERSON_NAME");
  ExpectAt("转入6216 9198 8049 3810（方超刚）进行", "方超刚", "PERSON_NAME");
  for (const char* text : {"nearby 王府井大街", "agent=filebeat", "订单号 2024 0612 0001 2345（王芳）",
                           "baby 王子"})
    ExpectNoType(text, "PERSON_NAME");
}

// A delivery address that names an estate's gate or pickup spot after an address label.
TEST(StreetAddressTest, DeliverySpotsOfAnEstate) {
  ExpectAt("收件地址：安徽省黄山市屯溪区林海苑西门保安亭\n", "安徽省黄山市屯溪区林海苑西门保安亭",
           "STREET_ADDRESS");
  ExpectAt("收件地址：黄山市屯溪区龙湖春江郦城南门菜鸟驿站\n", "黄山市屯溪区龙湖春江郦城南门菜鸟驿站",
           "STREET_ADDRESS");
  // An estate the parse does not know, after a district.
  ExpectAt("通信地址：北京市东城区保利天汇地下车库入口\n", "北京市东城区保利天汇地下车库入口",
           "STREET_ADDRESS");
  ExpectAt("收件地址：安徽省黄山市屯溪区恒大名都西门保安亭\n", "安徽省黄山市屯溪区恒大名都西门保安亭",
           "STREET_ADDRESS");
  ExpectNoType("收件地址：杭州市西湖区物业管理协会\n", "STREET_ADDRESS");  // no estate before it
  // The estate's management office, which the parse takes in as a building (中心).
  ExpectAt("收件地址：江苏省苏州市昆山市文鼎苑物业服务中心\n", "江苏省苏州市昆山市文鼎苑物业服务中心",
           "STREET_ADDRESS");
  ExpectNoType("收件地址：杭州市西湖区物业服务中心\n", "STREET_ADDRESS");  // a district's office
  // Down to a district only; a form's spaced-out label; a parcel's pickup notice.
  ExpectAt("收件地址：上城区恒大名都南门菜鸟驿站\n", "上城区恒大名都南门菜鸟驿站", "STREET_ADDRESS");
  ExpectAt("住    址：伊宁市保利天汇北门丰巢快递柜\n", "伊宁市保利天汇北门丰巢快递柜", "STREET_ADDRESS");
  ExpectAt("您好，您的包裹已到杭州市上城区春申景城地下车库入口，取件码5-3-7086",
           "杭州市上城区春申景城地下车库入口", "STREET_ADDRESS");
  ExpectNoType("您好，您的包裹已到杭州市上城区，请注意查收", "STREET_ADDRESS");
}

// A dwelling written with dashes (building-unit-room) where a sentence goes on after it.
TEST(StreetAddressTest, DashedDwellingsInASentence) {
  ExpectAt("【国网供电】卢春云：您位于西湖区翠苑一区28-4-2304的用电户已欠费",
           "西湖区翠苑一区28-4-2304", "STREET_ADDRESS");
  ExpectAt("客户报上城区近江东园5-3-2302整单元停电", "上城区近江东园5-3-2302", "STREET_ADDRESS");
  ExpectAt("客户报上城区清泰花园32栋1503整单元停电", "上城区清泰花园32栋1503", "STREET_ADDRESS");
}

// A road, its number and a dwelling, with no place before them: found from the number.
TEST(StreetAddressTest, RoadNumberAndDwellingWithoutAPlace) {
  ExpectAt("      detail: '滨盛路312号江南文苑2栋1单元1504室',", "滨盛路312号江南文苑2栋1单元1504室",
           "STREET_ADDRESS");
  ExpectAt("客户报滨盛路479号金色海岸32-2-603整单元停电", "滨盛路479号金色海岸32-2-603",
           "STREET_ADDRESS");
  ExpectAt("line1: \"新华南路800号明园小区5栋1单元2806室\"", "新华南路800号明园小区5栋1单元2806室",
           "STREET_ADDRESS");
  // A long road's part after its suffix (大道西, 路北).
  ExpectAt("客户住在中山大道西761号骏景花园19号楼6单元1202，", "中山大道西761号骏景花园19号楼6单元1202",
           "STREET_ADDRESS");
  ExpectAt("装维到人民路北88号3栋2单元501室", "人民路北88号3栋2单元501室", "STREET_ADDRESS");
  // A road and number alone, or with a tower's name only: an office's or a shop's as often.
  for (const char* text : {"文三路478号华星大厦", "门店在文三路478号，欢迎光临", "门店在人民路北88号"})
    ExpectNoType(text, "STREET_ADDRESS");
}

// An address object's detail member after its district or city member, in source code,
// YAML or a log: the rest of the address, when it reads as one.
TEST(StreetAddressTest, DetailMemberAfterARegionMember) {
  ExpectAt("      district: '涞水县',\n      detail: '王村乡郭下村83号',\n", "王村乡郭下村83号",
           "STREET_ADDRESS");
  ExpectAt("  city: 上海市\n  district: 闵行区\n  detail: 都市路469号院内\n", "都市路469号院内",
           "STREET_ADDRESS");
  ExpectAt("{district=新昌县, detail=澄潭街道梅渚村1组88号}", "澄潭街道梅渚村1组88号", "STREET_ADDRESS");
  // Not after another member, and not a value that reads as no address.
  ExpectNoType("product: 宽带\ndetail: 都市路469号院内\n", "STREET_ADDRESS");
  ExpectNoType("district: '闵行区',\ndetail: '客户要求周末上门'\n", "STREET_ADDRESS");
}

// A utility bill's premises in brackets after its account number (户号), maybe after the
// holder's masked name in brackets; not after another number.
TEST(StreetAddressTest, PremisesAfterAUtilityAccount) {
  ExpectAt("赵爽您好，您户号2527494826（瑞金路8号瑞金北村5幢4单元902室）截至6月14日",
           "瑞金路8号瑞金北村5幢4单元902室", "STREET_ADDRESS");
  ExpectAt("尊敬的*莲欣用户，您户号2579813341（武定新村22-4-2402），2024年5月", "武定新村22-4-2402",
           "STREET_ADDRESS");
  ExpectAt("温馨提示：户号3161272022（林素）（竹山路14号翠屏城2-1-1403）本期", "竹山路14号翠屏城2-1-1403",
           "STREET_ADDRESS");
  // (Not after another number: an estate and a dwelling alone are no address there.)
  ExpectNoType("订单号2527494826（瑞金北村5幢4单元902室）", "STREET_ADDRESS");
  for (const char* text : {"杭州市西湖区翠苑一区东门快递柜旁",  // no address label
                           "地址：杭州市西湖区翠苑一区", "地址：杭州市西湖区翠苑一区东门快递柜旁边的那家面馆隔壁再往前走"})
    ExpectNoType(text, "STREET_ADDRESS");
}

// An organisation's mailbox by its label (监督邮箱, 中心邮箱) or its local part (a merchant's
// pay@, a team's weekly report, a fraud desk): kept below the default minimum.
TEST(EmailTest, OrganisationsMailboxesByLabelAndLocalPart) {
  for (const char* text : {"监督电话：12345   监督邮箱：jdjc@example.gov.cn\n",
                           "咨询：96110 / 12381 / 中心邮箱 fzzx@zjtelco.com.cn\n",
                           "charset=UTF-8&seller_email=pay@example-mall.com&subject=x",
                           "抄送: dq-weekly@hxtel.com.cn", "e-mail ncb-beijing-fraud@mps.example.gov.cn"})
    ExpectNoType(text, "EMAIL_ADDRESS");
  ExpectAt("个人邮箱：wang.fang@163.com", "wang.fang@163.com", "EMAIL_ADDRESS");
  ExpectAt("alert.mail.to=bigdata-oncall@ops.example.cn", "bigdata-oncall@ops.example.cn", "EMAIL_ADDRESS");
}

// A cell's LAC/CI pair written with a slash; a roaming cell's four-part CGI near a cell word.
TEST(CellIdTest, LacCiPairsAndRoamingCgisNearACellWord) {
  ExpectAt("eci=0x7D1BD5B\nLAC/CI: 49006/46195251\n", "46195251", "CELL_ID");
  ExpectAt("详单显示在香港使用数据，基站 454-00-1458-884，我要求退费", "454-00-1458-884", "CELL_ID");
  // The English label in two words.
  ExpectAt("MCC-MNC: 460-00\nCell ID: 114437126\nPCI: 315", "114437126", "CELL_ID");
  ExpectAt("Clock Source=GPS, Cell ID=123639043, eNodeB ID=970499", "123639043", "CELL_ID");
  for (const char* text : {"Local Cell ID=33045", "excell id: 114437126", "Order ID: 114437126"})
    ExpectNoType(text, "CELL_ID");
  for (const char* text : {"size: 1024/46195251", "ratio=49006/46195251", "电话 454-00-1458-884",
                           "基站 021-12345678"})
    ExpectNoType(text, "CELL_ID");
}

// A public notice's roster: a name before its holder's masked resident ID, masked to the city
// (6101**********4185) or set apart by one blank; a transliterated name whose first part is
// longer than a surname and two given characters.
TEST(PersonNameTest, NoticeRostersWithMaskedIds) {
  ExpectAt("19    长延堡社区  邹永德    6101**********4185  2         C类\n", "邹永德", "PERSON_NAME");
  ExpectAt("9     长延堡社区  古丽娜尔·艾买提 610113********464X  5         B类\n", "古丽娜尔·艾买提",
           "PERSON_NAME");
  for (const char* text : {"长延堡社区  邹永德    9901**********4185  2", "今天 天气 6101**********4185"})
    ExpectNoType(text, "PERSON_NAME");
}

}  // namespace
}  // namespace piguard
