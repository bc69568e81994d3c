// The scanner's fast paths (64-byte block masks, the token filter that reads token bounds off
// them, 16-byte key look-back, word-wise key cache, the 8-byte timestamp and time shapes)
// against the plain byte-at-a-time paths they replace: the same findings on generated log
// text, every short token between every pair of neighbours, the repository's sample files and
// random bytes. Each building block is also checked against its byte-at-a-time definition.
#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "detect/anchor_mask.h"
#include "detect/lexicon.h"
#include "piguard/config.h"
#include "piguard/scanner.h"
#include "scan_test_util.h"

namespace piguard {
namespace {

using detail::BlockMasks;
using detail::ClassifyBlock64;
using detail::ClassifyBlock64Reference;
using detail::KeyCharsBefore;
using detail::KeyCharsBeforeReference;

// Bytes the classifiers treat specially, and their neighbours (off-by-one ranges).
constexpr unsigned char kEdgeBytes[] = {0,   '/', '0', '9', ':', ';', '<', '=', '>', '?', '@',
                                        'A', 'Z', '[', '^', '_', '`', 'a', 'z', '{', '-', '.',
                                        ',', ' ', 0x7F, 0x80, 0xBF, 0xC0, 0xE4, 0xEF, 0xFF};

std::string Describe(const BlockMasks& m) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "anchor %016llx alnum %016llx digit %016llx",
                static_cast<unsigned long long>(m.anchor), static_cast<unsigned long long>(m.alnum),
                static_cast<unsigned long long>(m.digit));
  return buf;
}

// The dispatched function and every variant this CPU can run (SSE2 also where AVX2 is used).
std::vector<detail::BlockClassifier> AllClassifiers() {
  auto variants = detail::BlockClassifiers();
  variants.push_back({"dispatched", ClassifyBlock64});
  return variants;
}

TEST(BlockMasksTest, EveryByteValueAtEveryPosition) {
  char block[64];
  for (const auto& variant : AllClassifiers()) {
    for (int c = 0; c < 256; ++c) {
      for (int pos = 0; pos < 64; ++pos) {
        std::memset(block, 'x', sizeof block);
        block[pos] = static_cast<char>(c);
        const BlockMasks want = ClassifyBlock64Reference(block);
        const BlockMasks got = variant.classify(block);
        ASSERT_TRUE(got == want) << variant.name << ": byte " << c << " at " << pos << ": got "
                                 << Describe(got) << ", want " << Describe(want);
      }
    }
  }
}

TEST(BlockMasksTest, RandomBlocks) {
  std::mt19937_64 rng(7);
  char block[64];
  const auto variants = AllClassifiers();
  for (int round = 0; round < 20000; ++round) {
    for (char& b : block)
      b = static_cast<char>(rng() % 2 ? kEdgeBytes[rng() % std::size(kEdgeBytes)] : rng() % 256);
    const BlockMasks want = ClassifyBlock64Reference(block);
    for (const auto& variant : variants)
      ASSERT_TRUE(variant.classify(block) == want) << variant.name << ": round " << round;
  }
}

TEST(BlockMasksTest, DefinitionOnKnownBytes) {
  char block[64];
  std::memset(block, ' ', sizeof block);
  std::memcpy(block, "a1=Z@:\xe4_", 8);  // bytes 0-7
  const BlockMasks m = ClassifyBlock64Reference(block);
  EXPECT_EQ(m.anchor, 0b1110110u);  // '1' '=' '@' ':' 0xE4
  EXPECT_EQ(m.alnum, 0b0001011u);   // 'a' '1' 'Z'
  EXPECT_EQ(m.digit, 0b0000010u);   // '1'
}

TEST(BlockMasksTest, SseVariantIsAlwaysThere) {
  const auto variants = detail::BlockClassifiers();
  ASSERT_FALSE(variants.empty());
#if defined(__x86_64__)
  EXPECT_STREQ(variants[0].name, "sse2");
#endif
}

TEST(KeyCharsBeforeTest, EveryByteValueAtEveryPosition) {
  char buf[16];
  for (int c = 0; c < 256; ++c) {
    for (int pos = 0; pos < 16; ++pos) {
      std::memset(buf, 'k', sizeof buf);
      buf[pos] = static_cast<char>(c);
      ASSERT_EQ(KeyCharsBefore(buf + 16), KeyCharsBeforeReference(buf + 16))
          << "byte " << c << " at " << pos;
    }
  }
  std::memcpy(buf, "xx user.msisdn_2", 16);
  EXPECT_EQ(KeyCharsBefore(buf + 16), 13u);  // "user.msisdn_2"
  std::memcpy(buf, "ab-cd.ef_gh12345", 16);
  EXPECT_EQ(KeyCharsBefore(buf + 16), 16u);
  std::memcpy(buf, "abcdefghijklmno ", 16);
  EXPECT_EQ(KeyCharsBefore(buf + 16), 0u);
}

TEST(KeyCharsBeforeTest, RandomRuns) {
  std::mt19937_64 rng(11);
  char buf[16];
  for (int round = 0; round < 20000; ++round) {
    for (char& b : buf)
      b = static_cast<char>(rng() % 4 ? kEdgeBytes[rng() % std::size(kEdgeBytes)] : rng() % 256);
    ASSERT_EQ(KeyCharsBefore(buf + 16), KeyCharsBeforeReference(buf + 16)) << "round " << round;
  }
}

// ---------------------------------------------------------------------------------------
// Whole scans, fast against plain.

std::string Render(const Scanner& s, const Segment& seg, ScanScratch& scratch) {
  return test::RenderFindings(s, seg, /*with_line=*/true, scratch);
}

std::string Render(const Scanner& s, const Segment& seg) {
  return test::RenderFindings(s, seg, /*with_line=*/true);
}

// Scans the text (as one segment, and as a field value when `field` is set) both ways; the
// fast way also with the text followed by readable bytes that look like more PI (which must
// be neither scanned nor reported: Segment::readable_after).
void ExpectSameBothWays(const Scanner& s, const std::string& text, const std::string& what,
                        const FieldClass* field_class = nullptr, std::string_view field = {}) {
  Segment seg;
  seg.text = text;
  seg.field = field;
  seg.field_class = field_class;
  seg.whole_value = field_class != nullptr;
  std::string fast = Render(s, seg);
  detail::UseReferencePathsForTesting(true);
  std::string plain = Render(s, seg);
  detail::UseReferencePathsForTesting(false);
  ASSERT_EQ(fast, plain) << what;
  // The scan loop's SSE2 copy, which CPUs with AVX2 would otherwise never run.
  detail::g_sse2_blocks_for_testing = true;
  std::string sse2 = Render(s, seg);
  detail::g_sse2_blocks_for_testing = false;
  ASSERT_EQ(sse2, plain) << what << " (SSE2 scan loop)";
  // What follows continues the last token, or starts new PI after a space.
  for (const char* after : {"13812345678abcdefX0123456789@example.com=1 4C-6D-15-A2-7D-27 ",
                            " 13812345678 user@example.com 110105194912310021 "}) {
    const std::string padded = text + after + std::string(64, '7');
    seg.text = std::string_view(padded).substr(0, text.size());
    seg.readable_after = padded.size() - text.size();
    ASSERT_EQ(Render(s, seg), plain) << what << " (followed by readable bytes '" << after << "')";
  }
}

const Scanner& Everything() { return test::EverythingScanner(); }

// Pieces of telecom logs: timestamps right and wrong, keys that name types, exclusion keys,
// credential keys, values of every shape, separators, Chinese text and full-width digits.
std::string RandomPiece(std::mt19937_64& rng) {
  static const std::vector<std::string> kKeys = {
      "imsi",   "msisdn", "user",    "order_id", "trace",   "id_card",  "birth",   "dob",
      "password", "db_pwd", "api_key", "name",   "addr",    "value",    "Value",   "phone",
      "mobile", "ip",     "mac",     "x",       "created_ms", "seq",    "cust_name", "a.b-c_d",
      "very_long_subscriber_msisdn", "客户姓名", "身份证号", "\"imei\"", "'iccid'"};
  static const std::vector<std::string> kValues = {
      "13812345678", "+86 138 1234 5678", "0086-13912345678", "8613812345678", "010-62345678",
      "(0755)22935252", "110105194912310021", "11010519491231002X", "110105491231002",
      "460001234567890", "460113456789012", "352099001761481", "35209900176148",
      "A0000012345678", "89860012345678901234", "6222021234567890123", "4111 1111 1111 1111",
      "10.227.69.200", "240e:386:efd4:2fbd:cda0:1922:c2a7:63e9", "fe80::1", "4C-6D-15-A2-7D-27",
      "c0:8c:ef:0d:e8:e4", "001a.2b3c.4d5e", "34.296222,108.688005", "460-00-52511-60387",
      "E12345678", "C12345678", "京A12345", "粤B·D12345", "张三", "王小明", "Wang Zihan",
      "湖南省长沙市岳麓区麓山南路2号", "user@example.com", "13800138000@cmnet", "1990-03-07",
      "1990年3月7日出生", "3 Nov 1950", "November 3, 1950", "07/03/1990", "１３８１２３４５６７８",
      "s3cr3t!", "Bearer abc.def.ghi", "202610103838650573", "1792568928979", "0", "63",
      "740", "v0.10.27", "7d063d19-83af-436f-b869-a475e0c1f5b8", "f624f2b63d2d79bf", "ACCEPT",
      "c8c2-fa51-4ac5", "0222-fa51-4ac5", "46000BE5D201", "4600022839C05A03",
      "ADR;TYPE=HOME:;;1 Main St;X;Y;;Z", "ADR:;;金碧路170号;南京市", "UID:1234-5678@cal.example.com",
      "sip:+8613461264806@ims.mnc000.mcc460.3gppnetwork.org", "8645387673416612",
      "被告人徐斌然", "我老公王强的号", "叶亮平收，13799970123", "17286-45954"};
  static const std::vector<std::string> kSeps = {" ", "  ", ",", ", ", ";", "|", "\t", "\n",
                                                 "&", "\"", ":", "=", "：", "，", " - "};
  switch (rng() % 9) {
    case 0: {  // a timestamp, sometimes broken
      static const std::vector<std::string> kTimes = {
          "2026-11-15T00:00:00.002+08:00", "2026-11-15 08:30:00", "2026-11-15T08:30Z",
          "1990-01-01T00:00", "2026-13-01T00:00:00", "2026-02-30 10:00", "1899-12-31T10:00",
          "2031-01-01T10:00", "2026-1-15T00:00", "2026-11-15T0:00", "2026-11-15T00-00",
          "2026-11-15", "2026-11-15T", "20261115T000000", "2026/11/15 10:00:00",
          "12026-11-15T00:00:00", "2026-11-15T00:00:00abc"};
      return kTimes[rng() % kTimes.size()];
    }
    case 1:
    case 2:
    case 3:
      return kKeys[rng() % kKeys.size()] + (rng() % 4 ? "=" : ": ") +
             kValues[rng() % kValues.size()];
    case 4:
      return kValues[rng() % kValues.size()];
    case 5: {  // a digit run of any length
      std::string d;
      for (size_t n = 1 + rng() % 22; n > 0; --n) d.push_back(static_cast<char>('0' + rng() % 10));
      return d;
    }
    case 6: {  // a long key (crosses the 16-byte look-back)
      std::string k;
      for (size_t n = 10 + rng() % 20; n > 0; --n) k.push_back("abc_d-e.F9"[rng() % 10]);
      return k + "=" + kValues[rng() % kValues.size()];
    }
    case 7: {  // random bytes
      std::string b;
      for (size_t n = rng() % 8; n > 0; --n) b.push_back(static_cast<char>(rng() % 256));
      return b;
    }
    default:
      return kSeps[rng() % kSeps.size()];
  }
}

TEST(FastPathsTest, GeneratedLogsScanTheSameAsThePlainPaths) {
  std::mt19937_64 rng(2026);
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    size_t pieces = 1 + rng() % 120;
    for (size_t k = 0; k < pieces; ++k) {
      text += RandomPiece(rng);
      text += k % 2 ? " " : "";
    }
    ExpectSameBothWays(Everything(), text, "document " + std::to_string(doc));
    // The same bytes as a short field value (no 64-byte block) and as a labelled column.
    FieldClass msisdn = Everything().ClassifyField("msisdn");
    ExpectSameBothWays(Everything(), text.substr(0, rng() % 70), "prefix of " + std::to_string(doc),
                       &msisdn, "msisdn");
  }
}

// Cells and values of at most 32 bytes are classified whole (one or two 16-byte masks):
// every length around the 16- and 32-byte edges, as one token (digits, or digits and
// letters) and as pieces of a few tokens, unlabelled and under columns that name a type or
// claim a whole value.
TEST(FastPathsTest, ShortCellsScanTheSameAsThePlainPaths) {
  FieldClass imsi = Everything().ClassifyField("imsi");
  FieldClass name = Everything().ClassifyField("cust_name");
  auto each_way = [&](const std::string& cell, const std::string& what) {
    ExpectSameBothWays(Everything(), cell, what);
    ExpectSameBothWays(Everything(), cell, what + " under imsi", &imsi, "imsi");
    ExpectSameBothWays(Everything(), cell, what + " under cust_name", &name, "cust_name");
  };
  for (const char* cell :
       {"00000000000000000001", "18934189103", "+8617172768637", "037170981019",
        "460008614057776", "356358667583605", "25967", "52819588", "2026-11-15 00:00:00", "11",
        "13", "110105194912310021", "11010519491231002X", "89860012345678901234",
        "89860012345678901234X", "E12345678", "A0000012345678", "1990-03-07", "13812345678@cmnet",
        "user@example.com", "imsi=460001234567890", "a:1", "=1", "@1", "1@", "ab1cd",
        "+86 138 1234 5678", "(0755)22935252", "10.227.69.200", "c0:8c:ef:0d:e8:e4",
        "001a.2b3c.4d5e", "3 Nov 1950", "张三13812345678", "１３８１２３４５６７８", "4C-6D-15-A2-7D-27"})
    each_way(cell, cell);
  std::mt19937_64 rng(16);
  for (size_t len = 1; len <= 34; ++len) {
    for (int k = 0; k < 12; ++k) {
      std::string cell;
      const int shape = k % 4;
      for (size_t j = 0; j < len; ++j) {
        if (shape == 0) cell.push_back(static_cast<char>('0' + rng() % 10));  // digits only
        else if (shape == 1) cell.push_back("0123456789abcXYZ"[rng() % 16]);   // one token
        else if (shape == 2) cell.push_back("0123456789 -.:/+@=aX,"[rng() % 21]);
        else cell.push_back(j == len / 2 ? '\xE5' : static_cast<char>('0' + rng() % 10));
      }
      each_way(cell, "cell of " + std::to_string(len) + " bytes, shape " + std::to_string(shape));
    }
  }
}

TEST(FastPathsTest, SampleFilesScanTheSameAsThePlainPaths) {
  for (const char* name : {"gateway.log", "support_chat.txt", "crm.jsonl", "subscribers.csv",
                           "clean.txt"}) {
    std::ifstream in(std::string(PIGUARD_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
    ASSERT_TRUE(in) << name;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ExpectSameBothWays(Everything(), text, name);
  }
}

// The labelled corpora hold the forms the detectors were written for, in many formats: each
// file, read whole as text, scans the same on the fast and the plain paths.
TEST(FastPathsTest, CorpusFilesScanTheSameAsThePlainPaths) {
  int files = 0;
  for (const char* corpus : {"generalization", "mixed_formats", "operator_exports", "customer_text",
                             "telecom_signalling", "chinese_records", "data_platform",
                             "internet_services", "security_logs", "billing_finance",
                             "devops_telemetry", "documents_text", "iot_mobility",
                             "public_posts", "voice_transcripts", "ecommerce_logistics",
                             "app_adtech", "mail_messaging", "travel_bookings",
                             "public_services", "hr_records", "health_insurance",
                             "finance_lending", "property_smart_home", "db_cloud_audit",
                             "education", "retail_loyalty", "rural_services",
                             "traditional_chinese", "games_streaming"}) {
    const std::filesystem::path dir = std::filesystem::path(PIGUARD_SOURCE_DIR) / "tests/data" / corpus;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      const std::string name = entry.path().filename().string();
      if (name == "labels.jsonl" || entry.path().extension() == ".py") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      ExpectSameBothWays(Everything(), text, std::string(corpus) + "/" + name);
      ++files;
    }
  }
  EXPECT_GE(files, 50);
}

TEST(FastPathsTest, TimestampShapeIsSkippedWhole) {
  // The 8-byte shape check must stop at the same place as the walk it replaces: a birth date
  // right after a timestamp is still found.
  const std::string text = "2026-11-15T00:00:00.002+08:00 INFO birth=1990-03-07 x";
  ExpectSameBothWays(Everything(), text, "timestamp then birth date");
  struct Count : FindingSink {
    int n = 0;
    void OnFinding(const Finding&) override { ++n; }
  } count;
  Segment seg;
  seg.text = text;
  ScanScratch scratch;
  Everything().Scan(seg, scratch, count);
  EXPECT_EQ(count.n, 1);
}

// Every short token the loop's token filter may pass over, between every pair of the
// neighbours OnToken's shapes look at, and with a digit, a letter or a space after the
// neighbour: the filter must never drop a token OnToken would act on. Lines are padded so
// that the tokens sit at every offset of a 64-byte block, also across block edges.
TEST(FastPathsTest, TokenFilterAgreesWithTheHandlerOnEveryNeighbourPair) {
  const std::vector<std::string> kTokens = {
      "1",  "12", "123", "460", "1234", "2026", "12345", "123456", "1234567", "0551", "010",
      "1a", "a1", "4C", "c0", "2fbd", "b869", "7d063d19", "f624f2b63d2d79bf", "4ms", "v0",
      "E12345678", "G1234567", "C1234567X", "H1234567890", "M12345678", "A0000012345678",
      "11010519491231002X", "8986001234567890123A", "a475e0c1f5b8", "1X", "138", "10", "001a",
      "34", "3", "1990", "N39", "E116", "S33", "W70"};
  const std::vector<std::string> kNeighbours = {
      "",  " ", "+", "(", ")", ":", "::", "@", ".", "/", "-", "_", "=", ",", "\n", "x",
      "年", "月", "，", "\"", "#"};
  // What follows the neighbour: nothing, a digit, a letter, or the rest of a compound shape
  // (grouped phone, landline, date, IPv4, CGI, MAC, Cisco MAC, coordinates, English date).
  const std::vector<std::string> kAfter = {"",           "7",           "b",        " ",
                                           "1234 5678",  "62345678",    "03-07",    "227.69.200",
                                           "00-52511-60387", "8c:ef:0d:e8:e4", "2b3c.4d5e",
                                           "296222,108.688005", "Nov 1950", "°54′26″N",
                                           "9087°N", "°13.824'"};
  std::mt19937_64 rng(64);
  std::string text;
  int lines = 0;
  for (const auto& token : kTokens) {
    for (const auto& before : kNeighbours) {
      for (const auto& after : kNeighbours) {
        for (const auto& next : kAfter) {
          text += std::string(rng() % 7, 'q') + (rng() % 3 ? " " : " birth ") + before + token +
                  after + next + " ";
          if (++lines % 40 == 0) {
            ExpectSameBothWays(Everything(), text, "token lines up to " + std::to_string(lines));
            text.clear();
          }
        }
      }
    }
  }
  ExpectSameBothWays(Everything(), text, "last token lines");
}

// The unchecked time walk (room for its longest form) and the checked one near the end of
// the text: fractions of every length, every zone form, letters right after.
TEST(FastPathsTest, TimeOfDayFormsEndWhereTheWalkEnds) {
  const std::vector<std::string> kTimes = {"00:00", "08:30:00", "08:30:5", "08:3", "8:30:00",
                                           "08:30:00.", "08:30:00,5", "08:30:00.002",
                                           "08:30:00.123456789012345", "08:30:00:00"};
  const std::vector<std::string> kZones = {"", "Z", "+08:00", "+0800", "+08", "-05:00", "+8",
                                           "+08:0", "Zulu", "x", "+08:00x",
                                           // where the walk stops decides what is left: a phone?
                                           "+8613812345678", "+86:13812345678", "-13812345678",
                                           "Z13812345678", ".13812345678"};
  for (const auto& time : kTimes) {
    for (const auto& zone : kZones) {
      for (const char* date : {"2026-11-15T", "2026-11-15 ", "1990-03-07T"}) {
        const std::string stamp = std::string(date) + time + zone;
        // Alone (the walk runs into the end), followed by text, and well inside a block.
        for (const std::string& text :
             {stamp, stamp + " birth=1990-03-07", "dob " + stamp + " 13812345678 " + std::string(40, 'z'),
              std::string(30, ' ') + stamp + "1"}) {
          ExpectSameBothWays(Everything(), text, "time '" + text + "'");
        }
      }
    }
  }
}

// The field a value sits under: "key=value" and "key:value" with keys of every length right
// before the separator, at every distance from the segment start (the 16-byte look-back is
// taken only with 16 bytes before the separator), after every kind of byte, and with the
// quotes and spaces that only the general walk steps over.
TEST(FastPathsTest, KeysBeforeSeparatorsScanTheSameAsThePlainPaths) {
  const std::vector<std::string> keys = {
      "x", "ip", "mac", "imsi", "Imsi", "IMEI", "phone", "msisdn", "user.msisdn", "a.b-c_d",
      "order_id", "x1_msisdn_2", "cust-mobile-no1", "cust_mobile_no12", "subscriber_msisdn",
      "very_long_subscriber_msisdn_of_the_account", "9msisdn", "-", "_", "."};
  const std::vector<std::string> before = {"", " ", "\"", "\n", "<", ">", ",", "&", "\xE4\xB8\xAD",
                                           "\x80", "k", "_", "\t"};
  const std::vector<std::string> seps = {"=", ":", "= ", ": ", "=\"", "\":\"", "\": \"", "：",
                                         " = '", "=="};
  const std::vector<std::string> values = {"13812345678", "460001234567890", "10.227.69.200"};
  int n = 0;
  for (size_t pad = 0; pad <= 24; ++pad) {
    for (const auto& key : keys) {
      for (const auto& b : before) {
        const std::string& sep = seps[n % seps.size()];
        const std::string& value = values[n / 7 % values.size()];
        ++n;
        const std::string text = std::string(pad, 'z') + b + key + sep + value + " tail";
        ExpectSameBothWays(Everything(), text, "'" + text + "'");
      }
    }
  }
}

// AssignMayMatter's filter against OnAssign on what only its slower checks let through:
// blanks before the separator, single-quoted values and authorization schemes.
TEST(FastPathsTest, BlanksQuotesAndSchemesScanTheSameAsThePlainPaths) {
  const std::vector<std::string> keys = {"password", "db_pwd", "api_key", "secret-key", "dbPass",
                                         "hkMacauPass", "custName", "name", "mobile", "color",
                                         "\"password\"", "Proxy-Authorization", "x", "9", "value"};
  const std::vector<std::string> seps = {"=", ":", " =", "  =", "   =", "    =", "\t=", " :",
                                         "\t:", " = ", " : ", "='", ": '", " \t= \""};
  const std::vector<std::string> values = {"S3cretPwd99", "C12345678", "王建国", "Wang Zihan",
                                           "Basic b3BzOlMzY3JldA==", "token ghp_abcdef123456",
                                           "Bearer", "13812345678", "/path", " x"};
  int n = 0;
  for (const auto& key : keys) {
    for (const auto& sep : seps) {
      for (const auto& value : values) {
        const std::string text = std::string(n % 23, 'z') + " " + key + sep + value + "' tail";
        ++n;
        ExpectSameBothWays(Everything(), text, "'" + text + "'");
      }
    }
  }
}

// The key cache (a table of 256 entries, two candidate slots per key) must
// give every key its own class however many keys share its slots: lines scanned with one
// scratch (the cache filled, keys evicting each other) read the same as each line scanned
// with a fresh scratch. Keys differ in their first byte only, in their length only, and in
// the bytes the cache's masks cut off.
TEST(FastPathsTest, KeyCacheKeepsEveryKeysClass) {
  std::mt19937_64 rng(24);
  const std::vector<std::string> stems = {"msisdn", "imsi", "phone", "order_id", "seq", "imei",
                                          "x", "mobile_no", "trace"};
  std::vector<std::string> keys;
  for (const auto& stem : stems) {
    keys.push_back(stem);
    std::string other_first = stem;
    other_first[0] = other_first[0] == 'x' ? 'y' : 'x';
    keys.push_back(other_first);                    // the first byte differs
    keys.push_back(stem.substr(1));                 // one byte shorter
    keys.push_back(stem + stem);                    // crosses 8 and 16 bytes
    keys.push_back(std::string(16 - std::min<size_t>(16, stem.size()), 'a') + stem);
  }
  for (int k = 0; k < 600; ++k) {  // more keys than slots
    std::string key = stems[rng() % stems.size()];
    for (size_t extra = rng() % 6; extra > 0; --extra)
      key.insert(key.begin() + static_cast<long>(rng() % (key.size() + 1)), "ab_.-9Z"[rng() % 7]);
    keys.push_back(key);
  }
  ScanScratch shared;
  for (int line = 0; line < 3000; ++line) {
    const std::string& key = keys[rng() % keys.size()];
    // Padding before the key so the key's bytes sit at every offset of the 16-byte load.
    std::string text = std::string(rng() % 20, 'q') + " " + key + (rng() % 2 ? "=" : ":") +
                       (rng() % 2 ? "13812345678" : "460001234567890") + " ";
    Segment seg;
    seg.text = text;
    ASSERT_EQ(Render(Everything(), seg, shared), Render(Everything(), seg)) << "'" << text << "'";
  }
}

// The credential-key pre-filters (called for every '=' and ':' of a log) must pass every key
// that IsCredentialKey accepts: known keys with prefixes and in every case, and random keys
// built from the letters those keys end in.
TEST(CredentialKeyFilterTest, NeverRejectsACredentialKey) {
  auto check = [](const std::string& key) {
    if (!lexicon::IsCredentialKey(key)) return;
    ASSERT_TRUE(lexicon::MayEndCredentialKey(key)) << key;
    ASSERT_TRUE(lexicon::MayEndCredentialKeyFast(key)) << key;
    ASSERT_TRUE(lexicon::MayEndCredentialKeyFast("x " + key)) << key;
  };
  const std::vector<std::string> bases = {
      "password", "passwd", "pwd", "pass", "credentials", "passcode", "secret", "token",
      "authorization", "proxy-authorization", "apikey", "api_key", "api-key", "access_key",
      "secret_key", "private_key", "auth", "credential", "session_token", "ikey", "skey",
      "secret-key", "access-key", "private-key", "x-authorization", "dbPass", "user_pass"};
  int accepted = 0;
  for (const std::string prefix : {"", "db_", "x.", "Proxy-", "user", "API_", "my-", "a"}) {
    for (const auto& base : bases) {
      std::string upper = prefix + base, capital = prefix + base;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      capital[prefix.size()] =
          static_cast<char>(std::toupper(static_cast<unsigned char>(capital[prefix.size()])));
      for (const auto& key : {prefix + base, upper, capital}) {
        accepted += lexicon::IsCredentialKey(key);
        check(key);
      }
    }
  }
  EXPECT_GT(accepted, 100);  // the list does exercise the filters
  std::mt19937_64 rng(41);
  const std::string letters = "aeiortnszkydhlpwcu_-.AZ";
  for (int round = 0; round < 200000; ++round) {
    std::string key;
    for (size_t n = 1 + rng() % 20; n > 0; --n) key.push_back(letters[rng() % letters.size()]);
    key += bases[rng() % bases.size()].substr(rng() % 4);
    check(key);
  }
  // Keys of a log that only look like the end of one.
  for (const char* key : {"partition", "version", "region", "station", "offset", "path", "status"})
    EXPECT_FALSE(lexicon::MayEndCredentialKey(key)) << key;
}

}  // namespace
}  // namespace piguard
