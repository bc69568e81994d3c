// Readers and the scan job: offsets into the original bytes, context per format, bad input
// handled without losing data, and the same results whatever the chunking or thread count.
#include <gtest/gtest.h>
#include <iconv.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "formats/compress_util.h"
#include "formats/readers.h"
#include "piguard/scan_job.h"
#include "piguard/scanner.h"

namespace piguard {
namespace {

namespace fs = std::filesystem;

struct Seen {
  std::string path;
  uint64_t line, start, end;
  std::string type, field, value;
  std::string likelihood;  // not compared: the same finding by two ways may differ in it
  bool operator==(const Seen& o) const {
    return path == o.path && line == o.line && start == o.start && end == o.end &&
           type == o.type && field == o.field && value == o.value;
  }
};

class Collector : public ScanObserver {
 public:
  explicit Collector(const Scanner& s) : s_(s) {}
  void OnInputStart(const InputInfo& in) override {
    compression[in.path] = in.compression;
    formats[in.path] = in.format;
  }
  void OnFinding(const InputInfo& in, const Finding& f) override {
    found.push_back({in.path, f.line, f.start, f.end, std::string(s_.TypeName(f.type)),
                     std::string(f.field), std::string(f.value),
                     std::string(LikelihoodName(f.likelihood))});
    formats[in.path] = in.format;
  }
  void OnWarning(const std::string& m) override { warnings.push_back(m); }
  void OnError(const std::string& m) override { errors.push_back(m); }
  void OnSkipped(const std::string& p, std::string_view) override { skipped.push_back(p); }
  std::vector<Seen> found;
  std::vector<std::string> warnings, errors, skipped;
  std::map<std::string, InputFormat> formats;
  std::map<std::string, std::string> compression;

 private:
  const Scanner& s_;
};

class ScanJobTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("piguard_job_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    scanner_ = std::move(Scanner::Create(ScanConfig{})).value();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string WriteGzip(const std::string& name, const std::string& bytes, size_t truncate = 0) {
    fs::path p = dir_ / name;
    gzFile g = gzopen(p.c_str(), "wb");
    gzwrite(g, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(g);
    if (truncate) fs::resize_file(p, fs::file_size(p) - truncate);
    return p.string();
  }
  // `bytes` compressed in `units` members/frames/streams, less the last `truncate` bytes.
  std::string WriteCompressed(const std::string& name, testutil::Codec codec,
                              const std::string& bytes, size_t units, size_t truncate = 0) {
    std::string z = testutil::CompressUnits(codec, bytes, units);
    return Write(name, z.substr(0, z.size() - truncate));
  }
  Collector Run(ScanJobOptions opt) {
    Collector c(*scanner_);
    summary_ = RunScanJob(*scanner_, opt, c);
    return c;
  }
  Collector Run(const std::string& path, InputFormat f = InputFormat::kAuto) {
    ScanJobOptions opt;
    opt.paths = {path};
    opt.format = f;
    return Run(opt);
  }

  fs::path dir_;
  std::unique_ptr<Scanner> scanner_;
  ScanJobSummary summary_;
};

std::string Slice(const std::string& s, const Seen& f) { return s.substr(f.start, f.end - f.start); }

TEST_F(ScanJobTest, TextOffsetsPointIntoOriginalBytesWithCrlf) {
  std::string data = "first line\r\nuser=13812345678 ip=10.1.2.3\r\nno pi here\r\n";
  auto c = Run(Write("a.log", data));
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(Slice(data, c.found[0]), "13812345678");
  EXPECT_EQ(c.found[0].line, 2u);
  EXPECT_EQ(c.found[0].type, "PHONE_NUMBER");
  EXPECT_EQ(Slice(data, c.found[1]), "10.1.2.3");
  EXPECT_EQ(summary_.findings, 2u);
}

TEST_F(ScanJobTest, FullWidthDigitsMapBackToOriginalOffsets) {
  std::string data = "客户电话：１３８００１３８０００，谢谢\n";
  auto c = Run(Write("chat.txt", data));
  ASSERT_EQ(c.found.size(), 1u);
  EXPECT_EQ(c.found[0].type, "PHONE_NUMBER");
  EXPECT_EQ(Slice(data, c.found[0]), "１３８００１３８０００");
}

TEST_F(ScanJobTest, CsvQuotedFieldsHeaderContextAndLines) {
  std::string data =
      "id,name,phone,note\n"
      "1,张伟,13812345678,\"hello, world\"\n"
      "2,\"李娜\",\"139 1234 5678\",\"two\nlines 13700001111\"\n"
      "3,王芳,\\N,\"he said \"\"15912345678\"\"\"\n";
  auto c = Run(Write("t.csv", data));
  EXPECT_EQ(c.formats[dir_ / "t.csv"], InputFormat::kCsv);
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  std::vector<std::string> want = {
      "PERSON_NAME|name|张伟|2",           "PHONE_NUMBER|phone|13812345678|2",
      "PERSON_NAME|name|李娜|3",           "PHONE_NUMBER|phone|139 1234 5678|3",
      "PHONE_NUMBER|note|13700001111|4",   "PERSON_NAME|name|王芳|5",
      "PHONE_NUMBER|note|15912345678|5"};
  EXPECT_EQ(got, want);
}

TEST_F(ScanJobTest, CsvUnterminatedQuoteWarnsAndScansTheRest) {
  std::string data = "a,b\n1,\"open 13812345678\n2,13900001111\n";
  auto c = Run(Write("bad.csv", data));
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("bad.csv:2"), std::string::npos) << c.warnings[0];
  EXPECT_NE(c.warnings[0].find("unterminated"), std::string::npos);
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(Slice(data, c.found[0]), "13812345678");
  EXPECT_EQ(Slice(data, c.found[1]), "13900001111");
  EXPECT_EQ(c.found[1].line, 3u);
}

TEST_F(ScanJobTest, TsvKeepsTabsAndSkipsHiveNulls) {
  std::string data = "msisdn\tcity\n13812345678\t\\N\n\\N\t北京\n";
  auto c = Run(Write("t.tsv", data));
  ASSERT_EQ(c.found.size(), 1u);
  EXPECT_EQ(c.found[0].field, "msisdn");
}

TEST_F(ScanJobTest, JsonlPathsAndEscapedValuesMapToRawBytes) {
  std::string data =
      "{\"customer\":{\"name\":\"\\u5f20\\u4f1f\",\"contacts\":[{\"type\":\"mobile\",\"value\":\"13812345678\"}]}}\n"
      "{\"customer\":{\"name\":\"李娜\",\"idCard\":\"11010519491231002X\"}}\n";
  auto c = Run(Write("c.jsonl", data));
  ASSERT_EQ(c.found.size(), 4u);
  EXPECT_EQ(c.found[0].type, "PERSON_NAME");
  EXPECT_EQ(c.found[0].field, "$.customer.name");
  EXPECT_EQ(Slice(data, c.found[0]), "\\u5f20\\u4f1f");
  EXPECT_EQ(c.found[0].value, "张伟");
  EXPECT_EQ(c.found[1].field, "$.customer.contacts[0].value");
  EXPECT_EQ(Slice(data, c.found[1]), "13812345678");
  EXPECT_EQ(c.found[3].type, "CHINA_RESIDENT_ID_NUMBER");
  EXPECT_EQ(c.found[3].line, 2u);
  EXPECT_TRUE(c.warnings.empty());
}

// {"name": ..., "value": ...}: the value is classified by the name beside it (voice-bot
// slots, Kubernetes env lists, FHIR ContactPoint's "system"), in lines and in documents.
TEST_F(ScanJobTest, JsonNameValuePairsClassifyTheValueByItsName) {
  std::string data =
      "{\"slots\":[{\"name\":\"birthday\",\"value\":\"1997-07-20\"},"
      "{\"name\":\"color\",\"value\":\"1997-07-21\"}],"
      "\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"Qw8rT5yU2iO9\"}],"
      "\"telecom\":[{\"system\":\"phone\",\"value\":\"62777059\"}],"
      "\"x\":{\"name\":\"birthday\",\"value\":{\"v\":\"1997-07-22\"}}}\n";
  auto c = Run(Write("pairs.jsonl", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f) + "|" + f.field);
  std::vector<std::string> want = {
      "DATE_OF_BIRTH|1997-07-20|$.slots[0].value", "CREDENTIAL|Qw8rT5yU2iO9|$.env[0].value",
      "PHONE_NUMBER|62777059|$.telecom[0].value"};
  // A name beside an unrelated value (color) gives nothing, and the name's class does not
  // reach into a value that is an object.
  EXPECT_EQ(got, want);
  auto doc = Run(Write("pairs.json", "[\n" + data.substr(0, data.size() - 1) + "\n]\n"));
  EXPECT_EQ(doc.found.size(), 3u);
}

// A workflow form's fields as name/value pairs: the "name" that a "value" follows is a label,
// no person's name; a list value takes the name's class element by element; copied people
// (cc_list) by name.
TEST_F(ScanJobTest, JsonFormFieldsLabelsListsAndCopiedPeople) {
  std::string data =
      "{\"form\":[{\"name\":\"份数\",\"value\":\"1\"},"
      "{\"name\": \"行程\" , \"value\": \"杭州-上海\"},"
      "{\"name\":\"同行人\",\"value\":[\"杜磊\",\"袁美玲\"]},"
      "{\"name\":\"王芳\",\"age\":3}],"
      "\"cc_list\":[\"谢俊\"],\"cc\":\"86\"}\n";
  auto c = Run(Write("form.jsonl", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f) + "|" + f.field);
  std::vector<std::string> want = {"PERSON_NAME|杜磊|$.form[2].value[0]",
                                   "PERSON_NAME|袁美玲|$.form[2].value[1]",
                                   "PERSON_NAME|王芳|$.form[3].name",
                                   "PERSON_NAME|谢俊|$.cc_list[0]"};
  EXPECT_EQ(got, want);
  auto doc = Run(Write("form.json", "[\n" + data.substr(0, data.size() - 1) + "\n]\n"));
  EXPECT_EQ(doc.found.size(), 4u);
}

// A column profile's extremes and top values, and a catalogue's sample values, take the
// class of the column their object names (a "type" after the "name" is the column's data
// type and names nothing).
TEST_F(ScanJobTest, JsonColumnProfilesAndSampleValues) {
  std::string data =
      "{\"columns\":[{\"name\":\"cust_name\",\"type\":\"string\",\"min\":\"阿丽\","
      "\"max\":\"鞠伟颖\",\"top5\":[{\"value\":\"刘洋\",\"count\":2466}]},"
      "{\"name\":\"status\",\"type\":\"string\",\"min\":\"王芳\",\"top5\":[{\"value\":\"李娜\"}]}],"
      "\"fields\":[{\"fieldPath\":\"cust_name\",\"sampleValues\":[\"汪宇\",\"江旭勇\"]}]}\n";
  auto c = Run(Write("profile.jsonl", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f) + "|" + f.field);
  std::vector<std::string> want = {"PERSON_NAME|阿丽|$.columns[0].min",
                                   "PERSON_NAME|鞠伟颖|$.columns[0].max",
                                   "PERSON_NAME|刘洋|$.columns[0].top5[0].value",
                                   "PERSON_NAME|汪宇|$.fields[0].sampleValues[0]",
                                   "PERSON_NAME|江旭勇|$.fields[0].sampleValues[1]"};
  EXPECT_EQ(got, want);
}

// A document number whose object names the document in a sibling member ("idType",
// "certType", "证件类型") is read as that document; another object's type does not reach it.
TEST_F(ScanJobTest, JsonDocumentTypeNamesTheSiblingNumber) {
  std::string data =
      "{\"idType\":\"HK_MACAU_PERMIT\",\"idNo\":\"H07347713\"}\n"
      "{\"certType\":\"港澳居民来往内地通行证\",\"certNo\":\"M78456612\"}\n"
      "{\"idType\":\"IDCARD\",\"idNo\":\"H07347713\"}\n"
      "{\"idNo\":\"H07347713\",\"idType\":\"HK_MACAU_PERMIT\"}\n"
      "[{\"idType\":\"HKMO_PERMIT\"},{\"idNo\":\"H07347713\"}]\n";
  auto c = Run(Write("docs.jsonl", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f) + "|" + f.field);
  std::vector<std::string> want = {"HK_MACAU_TRAVEL_PERMIT|H07347713|$.idNo",
                                   "HK_MACAU_TRAVEL_PERMIT|M78456612|$.certNo"};
  EXPECT_EQ(got, want);
}

// A "detail" member after a region member of the same object holds the street address, also
// without a place name of its own; without the region it is anything.
TEST_F(ScanJobTest, JsonDetailAfterARegionIsTheStreetAddress) {
  std::string data =
      "{\"addr\":{\"province\":\"山东省\",\"district\":\"曹县\",\"detail\":\"梁堤头镇红星村四队16号\"}}\n"
      "{\"districtName\":\"福田区\",\"detailAddress\":\"中海锦苑12号楼6单元3107室\"}\n"
      "{\"detail\":\"中海锦苑12号楼6单元3107室\"}\n"
      "[{\"city\":\"深圳市\"},{\"detail\":\"中海锦苑12号楼6单元3107室\"}]\n";
  auto c = Run(Write("addr.jsonl", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f) + "|" + f.field);
  std::vector<std::string> want = {
      "STREET_ADDRESS|梁堤头镇红星村四队16号|$.addr.detail",
      "STREET_ADDRESS|中海锦苑12号楼6单元3107室|$.detailAddress"};
  EXPECT_EQ(got, want);
}

TEST_F(ScanJobTest, MalformedJsonLineIsScannedAsTextWithWarning) {
  std::string data = "{\"ok\":\"13812345678\"}\n{\"broken\": \"13900001111\"\n{\"ok\":1}\n";
  auto c = Run(Write("m.jsonl", data));
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(Slice(data, c.found[1]), "13900001111");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("m.jsonl:2"), std::string::npos) << c.warnings[0];
  EXPECT_NE(c.warnings[0].find("malformed JSON"), std::string::npos);
}

TEST_F(ScanJobTest, GzipGivesTheSameFindingsAsPlain) {
  std::string data;
  for (int i = 0; i < 2000; ++i) data += "line " + std::to_string(i) + " msisdn=13812345678 ok\n";
  auto plain = Run(Write("p.log", data));
  auto gz = Run(WriteGzip("p.log.gz", data));
  ASSERT_EQ(plain.found.size(), 2000u);
  ASSERT_EQ(gz.found.size(), plain.found.size());
  for (size_t i = 0; i < gz.found.size(); ++i) {
    EXPECT_EQ(gz.found[i].start, plain.found[i].start);
    EXPECT_EQ(gz.found[i].line, plain.found[i].line);
  }
}

TEST_F(ScanJobTest, TruncatedGzipIsAnErrorButKeepsWhatWasRead) {
  std::string data;
  for (int i = 0; i < 20000; ++i) data += "line " + std::to_string(i) + " msisdn=13812345678 ok\n";
  auto c = Run(WriteGzip("t.log.gz", data, 50));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("truncated"), std::string::npos) << c.errors[0];
  EXPECT_GT(c.found.size(), 1000u);
  EXPECT_EQ(summary_.errors, 1u);
}

// zstd, xz and bzip2 like gzip: recognised by content, several frames/streams read to the
// end, offsets and lines in the decompressed bytes, and the format taken from the name
// without its compression suffix (the findings carry the CSV column).
TEST_F(ScanJobTest, CompressedGivesTheSameFindingsAsPlain) {
  std::string data = "n,msisdn,note\n";
  for (int i = 0; i < 3000; ++i)
    data += std::to_string(i) + ",1381234" + std::to_string(1000 + i) + ",ok\n";
  const std::string plain_path = Write("p.csv", data);
  auto plain = Run(plain_path);
  ASSERT_EQ(plain.found.size(), 3000u);
  ASSERT_EQ(plain.found[0].field, "msisdn");
  std::vector<std::pair<testutil::Codec, std::string>> cases;
  for (testutil::Codec c : testutil::kAllCodecs)
    cases.push_back({c, "p.csv" + std::string(testutil::CodecSuffix(c))});
  cases.push_back({testutil::Codec::kZstd, "q.CSV.ZSTD"});
  for (const auto& [codec, name] : cases) {
    SCOPED_TRACE(name);
    const std::string path = WriteCompressed(name, codec, data, 3);
    auto c = Run(path);
    EXPECT_TRUE(c.errors.empty()) << c.errors[0];
    EXPECT_EQ(c.compression[path], testutil::CodecName(codec));
    EXPECT_EQ(c.formats[path], InputFormat::kCsv);
    ASSERT_EQ(c.found.size(), plain.found.size());
    for (size_t i = 0; i < c.found.size(); ++i) {
      Seen want = plain.found[i];
      want.path = path;
      ASSERT_EQ(c.found[i], want) << "finding " << i;
    }
    EXPECT_EQ(summary_.bytes, data.size());
  }
  EXPECT_EQ(plain.compression[plain_path], "");
}

TEST_F(ScanJobTest, TruncatedCompressedIsAnErrorButKeepsWhatWasRead) {
  std::string data;
  for (int i = 0; i < 20000; ++i) data += "line " + std::to_string(i) + " msisdn=13812345678 ok\n";
  for (testutil::Codec codec : testutil::kAllCodecs) {
    const std::string name(testutil::CodecName(codec));
    SCOPED_TRACE(name);
    const std::string path =
        WriteCompressed("t.log" + std::string(testutil::CodecSuffix(codec)), codec, data, 2, 2000);
    auto c = Run(path);
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_EQ(c.errors[0].rfind(path + ": " + name + " stream is truncated", 0), 0u)
        << c.errors[0];
    EXPECT_NE(c.errors[0].find("the data before that point was scanned"), std::string::npos);
    ASSERT_GT(c.found.size(), 1000u);
    EXPECT_LT(c.found.size(), 20000u);
    EXPECT_EQ(c.found.back().line, c.found.size());  // one per line, none lost before the cut
    EXPECT_EQ(summary_.errors, 1u);
  }
}

TEST_F(ScanJobTest, BinaryFilesAreSkippedUnlessAsked) {
  std::string data = std::string("\x7f" "ELF\0\0\0", 7) + "13812345678\n";
  std::string p = Write("bin.dat", data);
  auto c = Run(p);
  EXPECT_EQ(c.skipped.size(), 1u);
  EXPECT_TRUE(c.found.empty());
  ScanJobOptions opt;
  opt.paths = {p};
  opt.scan_binary = true;
  auto c2 = Run(opt);
  EXPECT_EQ(c2.found.size(), 1u);
  EXPECT_EQ(c2.warnings.size(), 1u);  // the NUL bytes
}

TEST_F(ScanJobTest, InvalidUtf8AndNulLaterInFileWarnWithLineAndColumn) {
  std::string data(10000, 'a');
  data += "\nok 13812345678 \xff\xfe bad\nnul ";
  data.push_back('\0');
  data += " here\n";
  auto c = Run(Write("w.log", data));
  EXPECT_EQ(c.found.size(), 1u);
  ASSERT_EQ(c.warnings.size(), 2u);
  EXPECT_NE(c.warnings[0].find("w.log:2:16: invalid UTF-8"), std::string::npos) << c.warnings[0];
  EXPECT_NE(c.warnings[1].find("w.log:3:"), std::string::npos) << c.warnings[1];
}

TEST_F(ScanJobTest, UnreadableAndMissingInputsAreErrorsAndTheScanGoesOn) {
  std::string ok = Write("ok.log", "13812345678\n");
  ScanJobOptions opt;
  opt.paths = {(dir_ / "missing.log").string(), ok};
  auto c = Run(opt);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("missing.log"), std::string::npos);
  EXPECT_EQ(c.found.size(), 1u);
}

TEST_F(ScanJobTest, DirectoryWalkIsSortedAndHonoursGlobs) {
  Write("d/b.log", "13812345678\n");
  Write("d/a.csv", "phone\n13900001111\n");
  Write("d/skip/c.log", "13700001111\n");
  Write("d/x.tmp", "13600001111\n");
  ScanJobOptions opt;
  opt.paths = {(dir_ / "d").string()};
  opt.exclude_globs = {"skip", "*.tmp"};
  auto c = Run(opt);
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_NE(c.found[0].path.find("a.csv"), std::string::npos);
  EXPECT_NE(c.found[1].path.find("b.log"), std::string::npos);
  opt.exclude_globs.clear();
  opt.include_globs = {"*.log"};
  auto c2 = Run(opt);
  EXPECT_EQ(c2.found.size(), 2u);  // b.log and skip/c.log
}

// Differential: tiny chunks, several threads and the defaults must agree exactly.
TEST_F(ScanJobTest, ChunkingAndThreadsDoNotChangeResults) {
  std::string log, csv = "name,phone,addr\n", jsonl;
  for (int i = 0; i < 300; ++i) {
    log += "2026-11-01T10:00:0" + std::to_string(i % 10) + " user=1381234" + std::to_string(1000 + i) +
           " imsi=46000123456" + std::to_string(1000 + i) + " ip=10.0." + std::to_string(i % 256) + ".1 order=" +
           std::to_string(100000000000000000LL + i) + "\n";
    csv += "张伟,1391234" + std::to_string(1000 + i) + ",\"北京市海淀区学院路" + std::to_string(i) + "号\"\n";
    jsonl += "{\"n\":" + std::to_string(i) + ",\"mobile\":\"1371234" + std::to_string(1000 + i) + "\"}\n";
  }
  ScanJobOptions opt;
  opt.paths = {Write("x.log", log), Write("x.csv", csv), Write("x.jsonl", jsonl)};
  auto base = Run(opt);
  ASSERT_GT(base.found.size(), 1000u);
  for (int threads : {1, 2, 3}) {
    for (size_t chunk : {size_t{64}, size_t{1000}, size_t{1} << 20}) {
      opt.threads = threads;
      opt.chunk_bytes = chunk;
      auto c = Run(opt);
      ASSERT_EQ(c.found.size(), base.found.size()) << threads << " " << chunk;
      for (size_t i = 0; i < c.found.size(); ++i)
        ASSERT_TRUE(c.found[i] == base.found[i]) << threads << " " << chunk << " at " << i;
    }
  }
}

// `utf8` in another encoding, by the C library's converter ("GB18030", "UTF-16LE" ...).
std::string Encode(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << to;
  std::string out(utf8.size() * 4 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* op = out.data();
  size_t out_left = out.size();
  EXPECT_NE(iconv(cd, &in, &in_left, &op, &out_left), static_cast<size_t>(-1)) << to;
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

// GB18030 (auto-detected) and UTF-16 (by its byte order mark) inputs give the findings of the
// same text in UTF-8 (types, columns, lines, values in UTF-8), at their own byte offsets,
// whatever the chunking and thread count: CSV with a Chinese header and quoted multi-line
// cells, logs, JSON Lines.
TEST_F(ScanJobTest, EncodedInputsGiveTheUtf8FindingsAtTheirOwnOffsets) {
  std::string log, csv = "姓名,手机号,地址,备注\n", jsonl;
  for (int i = 0; i < 120; ++i) {
    const std::string n = std::to_string(1000 + i);
    log += "2026-11-01T10:00:00 用户登录 user=1381234" + n + " 联系人：王秀英，电话1391234" + n +
           "，住址北京市海淀区学院路" + std::to_string(i) + "号\n";
    csv += "张伟,1371234" + n + ",\"广东省深圳市南山区科技园路" + std::to_string(i) +
           "号\",\"第一行\n第二行 1591234" + n + "\"\n";
    jsonl += "{\"姓名\":\"李娜\",\"手机\":\"1861234" + n + "\",\"地址\":\"上海市浦东新区世纪大道" +
             std::to_string(i) + "号\"}\n";
  }
  ScanJobOptions utf8_opt;
  utf8_opt.paths = {Write("u/x.log", log), Write("u/x.csv", csv), Write("u/x.jsonl", jsonl)};
  const auto want = Run(utf8_opt);
  ASSERT_GT(want.found.size(), 1000u);
  const std::map<std::string, const std::string*> text = {
      {"x.log", &log}, {"x.csv", &csv}, {"x.jsonl", &jsonl}};
  struct Variant {
    const char* iconv_name;
    std::string mark;
    std::string_view label;
  };
  for (const Variant& v : {Variant{"GB18030", "", "gb18030"},
                           Variant{"UTF-16LE", "\xFF\xFE", "utf-16le"},
                           Variant{"UTF-16BE", "\xFE\xFF", "utf-16be"}}) {
    ScanJobOptions opt;
    const std::string sub = std::string(v.label) + "/";
    for (const char* name : {"x.log", "x.csv", "x.jsonl"})  // the order of utf8_opt.paths
      opt.paths.push_back(Write(sub + name, v.mark + Encode(*text.at(name), v.iconv_name)));
    for (int threads : {1, 2}) {
      for (size_t chunk : {size_t{100}, size_t{4096}, size_t{1} << 20}) {
        opt.threads = threads;
        opt.chunk_bytes = chunk;
        auto c = Run(opt);
        EXPECT_TRUE(c.warnings.empty()) << v.label << ": " << c.warnings[0];
        ASSERT_EQ(c.found.size(), want.found.size()) << v.label << " " << threads << " " << chunk;
        for (size_t i = 0; i < c.found.size(); ++i) {
          const Seen& w = want.found[i];
          const std::string& t = *text.at(fs::path(w.path).filename().string());
          Seen expected = w;
          expected.path = (dir_ / sub / fs::path(w.path).filename()).string();
          expected.start = v.mark.size() + Encode(t.substr(0, w.start), v.iconv_name).size();
          expected.end = v.mark.size() + Encode(t.substr(0, w.end), v.iconv_name).size();
          ASSERT_TRUE(c.found[i] == expected)
              << v.label << " " << threads << " " << chunk << " at " << i << ": " << w.value
              << " " << c.found[i].start << " vs " << expected.start;
        }
      }
    }
  }
}

TEST_F(ScanJobTest, EncodingIsForcedOrLeftAloneAsAsked) {
  const std::string gbk = Encode("客户张伟，手机13812345678，身份证110101199003074530\n", "GB18030");
  const std::string path = Write("a.txt", gbk);
  ScanJobOptions opt;
  opt.paths = {path};
  // Auto: decoded, the name found too.
  auto types_of = [](const Collector& c) {
    std::vector<std::string> v;
    for (const auto& f : c.found) v.push_back(f.type);
    return v;
  };
  auto auto_run = Run(opt);
  EXPECT_EQ(types_of(auto_run), (std::vector<std::string>{"PERSON_NAME", "PHONE_NUMBER",
                                                          "CHINA_RESIDENT_ID_NUMBER"}));
  // Read as UTF-8 on request: the ASCII identifiers only, and a warning.
  opt.encoding = TextEncoding::kUtf8;
  auto utf8_run = Run(opt);
  EXPECT_EQ(types_of(utf8_run),
            (std::vector<std::string>{"PHONE_NUMBER", "CHINA_RESIDENT_ID_NUMBER"}));
  ASSERT_EQ(utf8_run.warnings.size(), 1u);
  EXPECT_NE(utf8_run.warnings[0].find("invalid UTF-8"), std::string::npos);
  // UTF-16 without a byte order mark, named.
  const std::string u16 = Encode("客户张伟，手机13812345678\n", "UTF-16LE");
  opt.paths = {Write("b.txt", u16)};
  opt.encoding = TextEncoding::kUtf16le;
  auto c = Run(opt);
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(c.found[1].value, "13812345678");
  EXPECT_EQ(c.found[1].start, 14u);
  EXPECT_TRUE(c.skipped.empty());
}

// A bad byte in a GB18030 input: one warning at its line and column (in input bytes), the
// rest of the line and input still scanned.
TEST_F(ScanJobTest, BadBytesInGb18030AreReplacedWithAWarning) {
  const std::string line = Encode("联系人李娜，电话13912345678\n", "GB18030");
  const std::string data = line + line + "\xD5\xC5 x\x80y 13812345678\n" + line;
  auto c = Run(Write("a.log", data));
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("a.log:3:5: bytes that are not gb18030 text"), std::string::npos)
      << c.warnings[0];
  size_t phones = 0;
  for (const auto& f : c.found)
    if (f.type == "PHONE_NUMBER") {
      ++phones;
      EXPECT_EQ(Slice(data, f), f.value);
    }
  EXPECT_EQ(phones, 4u);
}

// Without line numbers (the summary's scan) the findings are the same, each with line 0, in
// every input format and for every chunking and thread count.
TEST_F(ScanJobTest, FindingsWithoutLinesAreTheSameFindings) {
  std::string log, csv = "name,phone,note\n", jsonl;
  for (int i = 0; i < 200; ++i) {
    log += "2026-11-01T10:00:00 user=1381234" + std::to_string(1000 + i) + " addr=北京市海淀区学院路" +
           std::to_string(i) + "号\n";
    csv += "张伟,1391234" + std::to_string(1000 + i) + ",\"line one\nline two 1371234" +
           std::to_string(1000 + i) + "\"\n";
    jsonl += "{\"mobile\":\"1371234" + std::to_string(1000 + i) + "\",\"t\":\"a\\nb 10.0.0." +
             std::to_string(i % 200) + "\"}\n";
  }
  ScanJobOptions opt;
  opt.paths = {Write("x.log", log), Write("x.csv", csv), Write("x.jsonl", jsonl)};
  auto with_lines = Run(opt);
  ASSERT_GT(with_lines.found.size(), 800u);
  ASSERT_GT(with_lines.found.back().line, 100u);
  opt.finding_lines = false;
  for (int threads : {1, 2}) {
    for (size_t chunk : {size_t{100}, size_t{1} << 20}) {
      opt.threads = threads;
      opt.chunk_bytes = chunk;
      auto without = Run(opt);
      ASSERT_EQ(without.found.size(), with_lines.found.size()) << threads << " " << chunk;
      for (size_t i = 0; i < without.found.size(); ++i) {
        Seen expected = with_lines.found[i];
        expected.line = 0;
        ASSERT_TRUE(without.found[i] == expected) << threads << " " << chunk << " at " << i;
      }
    }
  }
}

TEST_F(ScanJobTest, OverlongLinesAreScannedInPiecesWithoutLosingFindings) {
  std::string line;
  std::vector<size_t> where;
  for (int i = 0; i < 400; ++i) {
    line += " filler text ";
    where.push_back(line.size());
    line += "13812345678";
  }
  std::string data = "short 13900001111\n" + line + "\nafter 13700001111\n";
  ScanJobOptions opt;
  opt.paths = {Write("long.log", data)};
  opt.chunk_bytes = 256;
  opt.max_record_bytes = 1024;
  auto c = Run(opt);
  ASSERT_EQ(c.found.size(), 402u);
  EXPECT_EQ(c.found.back().line, 3u);
  EXPECT_EQ(Slice(data, c.found.back()), "13700001111");
  for (const auto& f : c.found) EXPECT_EQ(data.substr(f.start, 2), "13");
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_NE(c.warnings[0].find("long.log:2"), std::string::npos) << c.warnings[0];
}

TEST_F(ScanJobTest, EmptyFilesAndMissingFinalNewline) {
  auto c = Run(Write("empty.log", ""));
  EXPECT_TRUE(c.found.empty());
  EXPECT_EQ(summary_.inputs, 1u);
  auto c2 = Run(Write("nonl.log", "x 13812345678"));
  ASSERT_EQ(c2.found.size(), 1u);
  EXPECT_EQ(c2.found[0].start, 2u);
}

TEST_F(ScanJobTest, JsonFileWithOneObjectPerLineIsJsonl) {
  auto c = Run(Write("events.json", "{\"phone\":\"13812345678\"}\n"));
  EXPECT_EQ(c.formats[dir_ / "events.json"], InputFormat::kJsonl);
  auto c2 = Run(Write("pretty.json", "{\n  \"phone\": \"13812345678\"\n}\n"));
  EXPECT_EQ(c2.formats[dir_ / "pretty.json"], InputFormat::kJson);
  ASSERT_EQ(c2.found.size(), 1u);
  EXPECT_EQ(c2.found[0].field, "$.phone");
  EXPECT_EQ(c2.found[0].line, 2u);
}

// A pretty-printed document: every value under its path, on its own line, at its offset.
TEST_F(ScanJobTest, JsonDocumentValuesHavePathsLinesAndOffsets) {
  const std::string data =
      "\xEF\xBB\xBF[\n"
      "  {\n"
      "    \"customer\": {\"name\": \"王小明\", \"mobile\": \"13812345678\"},\n"
      "    \"note\": \"call \\\"him\\\" on 13900001111\"\n"
      "  },\n"
      "  {\"imsi\": 460001234567890,\n"
      "   \"contacts\": [\"13700001111\"]}\n"
      "]\n";
  auto c = Run(Write("export.json", data));
  EXPECT_EQ(c.formats[dir_ / "export.json"], InputFormat::kJson);
  EXPECT_TRUE(c.warnings.empty()) << c.warnings[0];
  ASSERT_EQ(c.found.size(), 5u);
  const std::vector<std::tuple<std::string, std::string, uint64_t, std::string>> want = {
      {"PERSON_NAME", "$[0].customer.name", 3, "王小明"},
      {"PHONE_NUMBER", "$[0].customer.mobile", 3, "13812345678"},
      {"PHONE_NUMBER", "$[0].note", 4, "13900001111"},
      {"IMSI_ID", "$[1].imsi", 6, "460001234567890"},
      {"PHONE_NUMBER", "$[1].contacts[0]", 7, "13700001111"}};
  for (size_t k = 0; k < want.size(); ++k) {
    const auto& [type, field, line, value] = want[k];
    EXPECT_EQ(c.found[k].type, type) << k;
    EXPECT_EQ(c.found[k].field, field) << k;
    EXPECT_EQ(c.found[k].line, line) << k;
    EXPECT_EQ(Slice(data, c.found[k]), value) << k;
  }
}

// A name the document gives under a name key is the same person where the document repeats
// it as a whole string value (a business card's OCR lines): reported there too, at POSSIBLE,
// with its path and line, in order of offset. Not a part of a longer value, not a name the
// scanner only guessed, not a repeat of a word.
TEST_F(ScanJobTest, JsonDocumentRepeatsOfANameAreReported) {
  const std::string data =
      "{\"cards\": [\n"
      "  {\"raw_text\": [\"徐晓燕\", \"Joyce Xu\", \"运营总监\", \"徐晓燕团队\"],\n"
      "   \"result\": {\"name\": \"徐晓燕\", \"name_en\": \"Joyce Xu\"}},\n"
      "  {\"raw_text\": [\"李建国\", \"Kevin Li\"], \"title\": \"李建国\"}\n"
      "]}\n";
  auto c = Run(Write("cards.json", data));
  EXPECT_TRUE(c.warnings.empty()) << c.warnings[0];
  const std::vector<std::tuple<std::string, uint64_t, std::string, std::string>> want = {
      {"$.cards[0].raw_text[0]", 2, "徐晓燕", "POSSIBLE"},
      {"$.cards[0].raw_text[1]", 2, "Joyce Xu", "POSSIBLE"},
      {"$.cards[0].result.name", 3, "徐晓燕", "VERY_LIKELY"},
      {"$.cards[0].result.name_en", 3, "Joyce Xu", "LIKELY"}};
  ASSERT_EQ(c.found.size(), want.size());
  for (size_t k = 0; k < want.size(); ++k) {
    const auto& [field, line, value, likelihood] = want[k];
    EXPECT_EQ(c.found[k].type, "PERSON_NAME") << k;
    EXPECT_EQ(c.found[k].field, field) << k;
    EXPECT_EQ(c.found[k].line, line) << k;
    EXPECT_EQ(Slice(data, c.found[k]), value) << k;
    EXPECT_EQ(c.found[k].likelihood, likelihood) << k;
  }
}

// Documents one after another (not one per line) are each walked from "$".
TEST_F(ScanJobTest, JsonDocumentsOneAfterAnother) {
  const std::string data = "{\n\"a\": \"13812345678\"}\n{\n\"b\": \"13900001111\"\n}\n";
  auto c = Run(Write("concat.json", data));
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(c.found[0].field, "$.a");
  EXPECT_EQ(c.found[0].line, 2u);
  EXPECT_EQ(c.found[1].field, "$.b");
  EXPECT_EQ(c.found[1].line, 4u);
}

// Many documents one after another (what `jq .` writes for a stream), with brackets and
// escaped quotes inside strings: each document is walked from "$" with its own path, as the
// same objects are as JSON Lines; an array document follows; and the last, cut short, makes
// the whole input plain text with a warning.
TEST_F(ScanJobTest, ManyJsonDocumentsOneAfterAnother) {
  std::string pretty, lines;
  for (int i = 0; i < 3000; ++i) {
    const std::string phone = "1391234" + std::to_string(1000 + i);
    pretty += "{\n  \"note\": \"a } ] { [ \\\" x\",\n  \"contact\": {\"mobile\": \"" + phone +
              "\"}\n}\n";
    lines += "{\"note\": \"a } ] { [ \\\" x\", \"contact\": {\"mobile\": \"" + phone + "\"}}\n";
  }
  pretty += "[\"13700001111\"]\n";
  lines += "[\"13700001111\"]\n";
  auto c = Run(Write("stream.json", pretty));
  EXPECT_EQ(c.formats[dir_ / "stream.json"], InputFormat::kJson);
  EXPECT_TRUE(c.warnings.empty()) << c.warnings[0];
  auto l = Run(Write("stream.jsonl", lines));
  ASSERT_EQ(c.found.size(), 3001u);
  ASSERT_EQ(l.found.size(), 3001u);
  for (size_t k = 0; k < c.found.size(); ++k) {
    EXPECT_EQ(c.found[k].field, l.found[k].field) << k;
    EXPECT_EQ(Slice(pretty, c.found[k]), Slice(lines, l.found[k])) << k;
    if (k < 3000) EXPECT_EQ(c.found[k].line, 4 * k + 3) << k;
  }
  EXPECT_EQ(c.found[2999].field, "$.contact.mobile");
  EXPECT_EQ(c.found[3000].field, "$[0]");
  auto cut = Run(Write("cut_stream.json", pretty + "{\"mobile\": \"1380013"));
  ASSERT_EQ(cut.warnings.size(), 1u);
  EXPECT_NE(cut.warnings[0].find("scanned as plain text"), std::string::npos) << cut.warnings[0];
  EXPECT_EQ(cut.found.size(), 3001u);  // as text, the values are still all found
}

// A document that does not parse: a warning at the place the parser stopped (or none it can
// name), and the whole document scanned as text, so nothing is lost.
TEST_F(ScanJobTest, MalformedJsonDocumentIsScannedAsText) {
  auto c = Run(Write("bad.json", "{\n \"a\": \"13812345678\",\n \"b\": [1 2]\n}\n"));
  EXPECT_EQ(c.formats[dir_ / "bad.json"], InputFormat::kJson);
  ASSERT_EQ(c.found.size(), 1u);
  EXPECT_EQ(c.found[0].line, 2u);
  EXPECT_EQ(c.found[0].field, "a");  // the text reader's key
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("bad.json:3:10: malformed JSON"), std::string::npos) << c.warnings[0];
  EXPECT_NE(c.warnings[0].find("scanned as plain text"), std::string::npos) << c.warnings[0];
  auto c2 = Run(Write("cut.json", "[\n {\"a\": \"13812345678\"},\n {\"b\": \n"));
  ASSERT_EQ(c2.found.size(), 1u);
  ASSERT_EQ(c2.warnings.size(), 1u);
  EXPECT_NE(c2.warnings[0].find("cut.json:1: malformed JSON"), std::string::npos) << c2.warnings[0];
  EXPECT_NE(c2.warnings[0].find("cannot say where"), std::string::npos) << c2.warnings[0];
}

// A document too large to parse whole is scanned in pieces as text, with a warning; the
// findings are still all there.
TEST_F(ScanJobTest, JsonDocumentBeyondTheLimitIsScannedInPieces) {
  std::string data = "[\n";
  for (int i = 0; i < 200; ++i) data += "  {\"mobile\": \"13812345678\"},\n";
  data += "  {\"mobile\": \"13900001111\"}\n]\n";
  ScanJobOptions opt;
  opt.paths = {Write("big.json", data)};
  opt.chunk_bytes = 512;
  opt.max_record_bytes = 2048;
  auto c = Run(opt);
  ASSERT_EQ(c.found.size(), 201u);
  EXPECT_EQ(c.found.back().line, 202u);
  EXPECT_EQ(Slice(data, c.found.back()), "13900001111");
  ASSERT_EQ(c.warnings.size(), 1u);  // and no "malformed JSON" for the document's tail
  EXPECT_NE(c.warnings[0].find("JSON document is longer than"), std::string::npos) << c.warnings[0];
}

// Only a file named .json is taken for a document by its first byte: a log on standard input
// may start with '['. --input-format json says so for any input.
TEST_F(ScanJobTest, JsonDocumentByNameOrByFormatOnly) {
  const std::string log = "[2026-11-15 08:00:00] INFO user=13812345678\n";
  auto c = Run(Write("app.log", log));
  EXPECT_EQ(c.formats[dir_ / "app.log"], InputFormat::kText);
  EXPECT_TRUE(c.warnings.empty());
  ASSERT_EQ(c.found.size(), 1u);
  auto c2 = Run(Write("doc.txt", "{\n \"mobile\": \"13812345678\"\n}\n"), InputFormat::kJson);
  ASSERT_EQ(c2.found.size(), 1u);
  EXPECT_EQ(c2.found[0].field, "$.mobile");
}


// Found by fuzz_jsonl: a "\n" escape inside a JSON string is not a line break.
TEST_F(ScanJobTest, JsonEscapedNewlineDoesNotShiftLineNumbers) {
  std::string data = "{\"a\":\"x\\ny 13800138000\"}\n{\"b\":\"13900001111\"}\n";
  auto c = Run(Write("n.jsonl", data));
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(c.found[0].line, 1u);
  EXPECT_EQ(Slice(data, c.found[0]), "13800138000");
  EXPECT_EQ(c.found[1].line, 2u);
}

// Found by fuzz_text (UBSan: signed overflow): a long digit run before two dotted groups is
// not a year.
TEST_F(ScanJobTest, LongDigitRunBeforeDotsIsNotADate) {
  std::string data = "9999999999.1.1 and 99999999999999999999.12.31 birth\n";
  auto c = Run(Write("d.log", data));
  EXPECT_TRUE(c.found.empty());
}


TEST_F(ScanJobTest, JsonKeysAreScannedToo) {
  std::string data = "{\"13800138000\":{\"plan\":\"5G\"},\"contacts\":{\"a@example.com\":1}}\n";
  auto c = Run(Write("k.jsonl", data));
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(c.found[0].type, "PHONE_NUMBER");
  EXPECT_EQ(Slice(data, c.found[0]), "13800138000");
  EXPECT_EQ(c.found[1].type, "EMAIL_ADDRESS");
  EXPECT_EQ(Slice(data, c.found[1]), "a@example.com");
}


TEST_F(ScanJobTest, SpokenDigitsAndUrlEscapesAreReadWithOriginalOffsets) {
  std::string data =
      "客户：一三八零零一三八零零零，对\n"
      "号码是幺三九 幺二三四 五六七八，谢谢\n"
      "一五一十地说，三三两两\n"
      "GET /q?msisdn=%2B8613800138000&email=wu.fang%40example.cn&name=%E7%8E%8B%E5%B0%8F%E6%98%8E\n";
  auto c = Run(Write("asr.log", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f));
  std::vector<std::string> want = {
      "PHONE_NUMBER|一三八零零一三八零零零", "PHONE_NUMBER|幺三九 幺二三四 五六七八",
      "PHONE_NUMBER|%2B8613800138000", "EMAIL_ADDRESS|wu.fang%40example.cn",
      "PERSON_NAME|%E7%8E%8B%E5%B0%8F%E6%98%8E"};
  EXPECT_EQ(got, want);
}


// nginx writes a request body into its access log with quotes and every non-ASCII byte as
// \xXX (escape=default): the body's keys, names and addresses are read through the escapes,
// and offsets point at the escaped bytes.
TEST_F(ScanJobTest, NginxHexEscapesAreReadWithOriginalOffsets) {
  std::string data =
      "10.1.2.3 - - [01/Jun/2024:10:00:00 +0800] \"POST /api/realname HTTP/1.1\" 200 12 "
      "\"{\\x22certName\\x22:\\x22\\xE7\\x8E\\x8B\\xE5\\xA4\\xA9\\xE8\\xAF\\xBA\\x22,"
      "\\x22mobile\\x22:\\x2213812345678\\x22,\\x22note\\x22:\\x22C:\\\\xfer\\x22}\"\n";
  auto c = Run(Write("access.log", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f) + "|" + f.field);
  std::vector<std::string> want = {
      "IP_ADDRESS|10.1.2.3|", "PERSON_NAME|\\xE7\\x8E\\x8B\\xE5\\xA4\\xA9\\xE8\\xAF\\xBA|certName",
      "PHONE_NUMBER|13812345678|mobile"};
  EXPECT_EQ(got, want);
}

// A spreadsheet export with a title row and a blank row above the header: the header is the
// first record with two or more filled cells, unless it has numbers (then it is data, and
// the first record stays the header).
TEST_F(ScanJobTest, CsvHeaderBelowATitleRow) {
  std::string data =
      "2025年核查表,,\n"
      ",,\n"
      "姓名,出生日期,手机\n"
      "王芳,1990-03-07,13800138000\n";
  auto c = Run(Write("check.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  std::vector<std::string> want = {"PERSON_NAME|姓名|王芳|4", "DATE_OF_BIRTH|出生日期|1990-03-07|4",
                                   "PHONE_NUMBER|手机|13800138000|4"};
  EXPECT_EQ(got, want);

  std::string data2 = "Report,,\n王芳,1990-03-07,13800138000\n";  // no header below
  auto c2 = Run(Write("report.csv", data2));
  ASSERT_EQ(c2.found.size(), 1u);
  EXPECT_EQ(c2.found[0].type, "PHONE_NUMBER");
  EXPECT_EQ(c2.found[0].field, "");  // the title row's third cell, which is empty

  // A record without numbers whose cells name no column is data, not a header.
  std::string data4 = "客户清单,,\n王芳,女,北京市朝阳区建国路88号\n";
  auto c4 = Run(Write("list.csv", data4));
  ASSERT_EQ(c4.found.size(), 1u);
  EXPECT_EQ(c4.found[0].type, "STREET_ADDRESS");

  std::string data3 = "phone\n13800138000\n";  // one column: its header is the first row
  auto c3 = Run(Write("one.csv", data3));
  ASSERT_EQ(c3.found.size(), 1u);
  EXPECT_EQ(c3.found[0].field, "phone");
}

// Group names over merged cells, then the column names: the lower record names the columns.
TEST_F(ScanJobTest, CsvTwoLevelHeader) {
  std::string data =
      "核查明细表,,,,,\n"
      "序号,用户信息,,,联系信息,\n"
      ",姓名,证件号码,出生日期,,备注\n"
      "1,王芳,110101199003070134,1990-03-07,13800138000,x\n";
  auto c = Run(Write("two.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  std::vector<std::string> want = {"PERSON_NAME|姓名|王芳",
                                   "CHINA_RESIDENT_ID_NUMBER|证件号码|110101199003070134",
                                   "DATE_OF_BIRTH|出生日期|1990-03-07",
                                   "PHONE_NUMBER|联系信息|13800138000"};
  EXPECT_EQ(got, want);

  // A header with one unnamed column keeps its data rows, even one without digits.
  std::string data2 = "姓名,,城市\n王芳,女,北京\n李娜,女,上海\n";
  auto c2 = Run(Write("plain.csv", data2));
  ASSERT_EQ(c2.found.size(), 2u);
  EXPECT_EQ(c2.found[0].field, "姓名");

  // Period columns ("2024年3月") in the lower header: a year is no digit run that rules a
  // header out; a data row's longer numbers still do.
  std::string data3 =
      "客户信息\t\t\t欠费明细（元）\t\n"
      "序号\t客户名称\t证件号码\t2024年3月\t2024年4月\n"
      "1\t汤颖\t370102196510298302\t\t257.00\n";
  auto c3 = Run(Write("arrears.tsv", data3));
  std::vector<std::string> got3;
  for (const auto& f : c3.found) got3.push_back(f.type + "|" + f.field + "|" + Slice(data3, f));
  std::vector<std::string> want3 = {"PERSON_NAME|客户名称|汤颖",
                                    "CHINA_RESIDENT_ID_NUMBER|证件号码|370102196510298302"};
  EXPECT_EQ(got3, want3);
}

TEST_F(ScanJobTest, SqlInsertValuesGetTheirColumnNames) {
  std::string data =
      "-- dump\n"
      "INSERT INTO `t_customer` (`id`, `real_name`, `birthday`, `mobile`) VALUES\n"
      "(1,'叶艳国','1952-06-23','15272339440'),\n"
      "(2,'O''Brien',NULL,'13800138000');\n"
      "INSERT INTO t_pos VALUES (ST_GeomFromText('POINT(110.039437 31.604665)'), 'x');\n"
      "UPDATE t SET mobile = '13900001111' WHERE id = 2;\n"
      "INSERT INTO broken (a VALUES (1;\n";
  auto c = Run(Write("dump.sql", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  std::vector<std::string> want = {
      "PERSON_NAME|real_name|叶艳国|3",          "DATE_OF_BIRTH|birthday|1952-06-23|3",
      "PHONE_NUMBER|mobile|15272339440|3",      "PHONE_NUMBER|mobile|13800138000|4",
      "LOCATION_COORDINATES|column 1|110.039437 31.604665|5",
      "PHONE_NUMBER|mobile|13900001111|6"};
  EXPECT_EQ(got, want);
}

// mysqldump writes a CREATE TABLE before a table's INSERTs, which name no columns: their
// values get the names it defines, in every chunk after it (small chunks here), when the
// rows have as many values. Keys and constraints are no columns.
TEST_F(ScanJobTest, InsertsWithoutColumnsGetTheCreateTableNames) {
  std::string data =
      "-- MySQL dump 10.13\n"
      "CREATE TABLE `t_cust_info` (\n"
      "  `id` bigint(20) NOT NULL AUTO_INCREMENT,\n"
      "  `cust_name` varchar(64) DEFAULT NULL COMMENT '客户姓名, 实名',\n"
      "  `balance` decimal(10,2) DEFAULT '0.00',\n"
      "  `service_pwd` varchar(32) DEFAULT NULL,\n"
      "  PRIMARY KEY (`id`),\n"
      "  KEY `idx_name` (`cust_name`)\n"
      ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
      "create table if not exists ods.other (a int, b int);\n";
  for (int k = 0; k < 40; ++k)
    data += "INSERT INTO `t_cust_info` VALUES (" + std::to_string(k) + ",'王建国',12.50,'Aa" +
            std::to_string(770722 + k) + "');\n";
  data += "INSERT INTO other VALUES (1,'王建国',3);\n";  // three values, two columns
  ScanJobOptions opt;
  opt.paths = {Write("crm_dump.sql", data)};
  opt.chunk_bytes = 512;
  auto c = Run(opt);
  std::map<std::string, int> by;
  for (const auto& f : c.found) ++by[f.type + "|" + f.field];
  std::map<std::string, int> want = {{"PERSON_NAME|cust_name", 40}, {"CREDENTIAL|service_pwd", 40}};
  EXPECT_EQ(by, want);
  // The parser alone: both tables, the second without quotes.
  std::vector<formats::SqlTableColumns> tables;
  formats::FindCreateTables(data, &tables);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].table, "t_cust_info");
  EXPECT_EQ(tables[0].columns,
            (std::vector<std::string>{"id", "cust_name", "balance", "service_pwd"}));
  EXPECT_EQ(tables[1].table, "other");
  EXPECT_EQ(tables[1].columns, (std::vector<std::string>{"a", "b"}));
}

// A statement that names no columns: its values' columns are classed by the values of its
// rows (names, and dates that are the rows' ID birth dates), as a header-less CSV's are.
TEST_F(ScanJobTest, SqlValuesOfUnnamedColumnsClassedByTheirRows) {
  std::string data =
      "INSERT INTO uat.dim_user_test VALUES\n"
      "  ('18219186174', '陈红梅', '330302198209295367', '1982-09-29', '已开户'),\n"
      "  ('15799343640', '刘振华', '37021219660319499X', '1966-03-19', '已开户'),\n"
      "  ('13508477325', '何明', '330402195109197913', '1951-09-19', '已销户');\n";
  auto c = Run(Write("load.sql", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    if (f.type == "PERSON_NAME" || f.type == "DATE_OF_BIRTH")
      got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  std::vector<std::string> want = {
      "PERSON_NAME|column 2|陈红梅", "DATE_OF_BIRTH|column 4|1982-09-29",
      "PERSON_NAME|column 2|刘振华", "DATE_OF_BIRTH|column 4|1966-03-19",
      "PERSON_NAME|column 2|何明",   "DATE_OF_BIRTH|column 4|1951-09-19"};
  EXPECT_EQ(got, want);
}

// Markdown tables in text: each cell under its column's header, like a CSV cell; the rest
// of the text (and a table that is not one) stays plain text.
TEST_F(ScanJobTest, MarkdownTableCellsGetTheirHeaders) {
  std::string data =
      "工单 受影响用户：\n"
      "| 客户姓名 | 手机号码 | 出生日期 |\n"
      "| --- | :---: | --- |\n"
      "| **王建国** | 13812345678 | 1990-03-07 |\n"
      "| 李秀英 | `13912345678` | 1985-12-01 | 13712345678 |\n"
      "回电 13612345678\n"
      "| 姓名 |\n"
      "| 张伟 |\n";
  auto c = Run(Write("ticket.md", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  std::vector<std::string> want = {
      "PERSON_NAME|客户姓名|王建国|4",       "PHONE_NUMBER|手机号码|13812345678|4",
      "DATE_OF_BIRTH|出生日期|1990-03-07|4", "PERSON_NAME|客户姓名|李秀英|5",
      "PHONE_NUMBER|手机号码|13912345678|5", "DATE_OF_BIRTH|出生日期|1985-12-01|5",
      "PHONE_NUMBER|column 4|13712345678|5", "PHONE_NUMBER||13612345678|6"};
  EXPECT_EQ(got, want);
}

// A text file whose first line is a '|'-separated header (written as a "#" comment or not),
// with as many '|' in the lines below, is read as pipe-separated: cells get their column
// names. A line without '|' in it is text, without the first column's name.
TEST_F(ScanJobTest, PipeSeparatedTextIsReadWithItsHeader) {
  std::string data =
      "# 记录类型|主叫号码|被叫号码|主叫IMSI|LAC-CI|漫游地\n"
      "MOC|8618597352941|95588|460085075294642|17286-45954|广州\n"
      "MTC|8613852548078|02779820976|460017032445209|44947-9661|本地\n"
      "# 固定宽度格式\n"
      "01 13812345678   20903918\n";
  auto c = Run(Write("cdr_detail.txt", data));
  EXPECT_EQ(c.formats[dir_ / "cdr_detail.txt"], InputFormat::kPsv);
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  std::vector<std::string> want = {
      "PHONE_NUMBER|主叫号码|8618597352941|2", "IMSI_ID|主叫IMSI|460085075294642|2",
      "CELL_ID|LAC-CI|17286-45954|2",         "PHONE_NUMBER|主叫号码|8613852548078|3",
      "PHONE_NUMBER|被叫号码|02779820976|3",  "IMSI_ID|主叫IMSI|460017032445209|3",
      "CELL_ID|LAC-CI|44947-9661|3",          "PHONE_NUMBER||13812345678|5"};
  EXPECT_EQ(got, want);
  // --input-format psv reads standard input or any file so; text stays text when asked.
  EXPECT_EQ(Run(Write("a.dat", data), InputFormat::kPsv).found.size(), want.size());
  EXPECT_EQ(Run(Write("b.dat", data), InputFormat::kText).formats[dir_ / "b.dat"],
            InputFormat::kText);
}

// A Zeek log (http.log, conn.log) is a tab-separated table whose "#fields" line names the
// columns: a password in its `password` column is a credential; the "#types" and "#close"
// lines are no data. The same rows without the "#separator" line stay text.
TEST_F(ScanJobTest, ZeekLogsAreReadWithTheirFieldsLine) {
  const std::string rows =
      "#fields\tts\tuid\tid.orig_h\tusername\tpassword\tstatus_code\n"
      "#types\ttime\tstring\taddr\tstring\tstring\tcount\n"
      "1715562079.234098\tCq4FW3UVc5hCXNDip5\t10.70.12.2\twangx\tHzvxkm#6346\t401\n"
      "1715562080.234098\tC0aBcW3UVc5hCXNDi\t10.70.12.3\t-\t-\t200\n"
      "#close\t2024-05-13-09-00-00\n";
  const std::string data = "#separator \\x09\n#set_separator\t,\n#path\thttp\n" + rows;
  auto c = Run(Write("http.log", data));
  EXPECT_EQ(c.formats[dir_ / "http.log"], InputFormat::kTsv);
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  const std::vector<std::string> want = {"IP_ADDRESS|id.orig_h|10.70.12.2|6",
                                         "CREDENTIAL|password|Hzvxkm#6346|6",
                                         "IP_ADDRESS|id.orig_h|10.70.12.3|7"};
  EXPECT_EQ(got, want);
  auto plain = Run(Write("rows.log", rows));
  EXPECT_EQ(plain.formats[dir_ / "rows.log"], InputFormat::kText);
  for (const auto& f : plain.found) EXPECT_NE(f.type, "CREDENTIAL") << Slice(rows, f);
}

// Rows of a Hive table's file ('\x01' between fields, '\x02' and '\x03' inside a map column)
// and '|' records without a header, as DPI probes write XDRs: `n` rows with a mobile, a
// name, a resident ID, the ID's birth date, an LTE cell (ECI), a byte count and a map.
std::string HeaderlessRows(int n, char sep) {
  static const char* kNames[] = {"陈红梅", "刘振华", "何明", "王建国", "李秀英", "张伟", "赵丽"};
  static const char* kIds[] = {"330302198209295367", "37021219660319499X", "330402195109197913"};
  static const int kCells[] = {1, 2, 3, 49, 50, 51, 129, 130, 131};
  std::string out;
  for (int k = 0; k < n; ++k) {
    const std::string id = kIds[k % 3];
    const std::string birth = id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2);
    const long eci = (500000L + k * 37) * 256 + kCells[k % 9];
    const long bytes = 3000000L + k * 104729;
    out += "1380013" + std::to_string(8000 + k) + sep + kNames[k % 7] + sep + id + sep + birth +
           sep + std::to_string(eci) + sep + std::to_string(bytes) + sep + "level\x03" "3\x02" "vip\x03" "1\n";
  }
  return out;
}

// A Hive table's file is read as a table without a header: its columns are numbered and
// classed by their values (names, the IDs' birth dates, cell identities); the byte counts
// are no cells.
TEST_F(ScanJobTest, HiveFilesAreReadAsTablesWithoutAHeader) {
  const std::string data = HeaderlessRows(14, '\x01');
  auto c = Run(Write("warehouse/dws_user/000000_0", data));
  EXPECT_EQ(c.formats[(dir_ / "warehouse/dws_user/000000_0").string()], InputFormat::kHive);
  std::map<std::string, int> by;
  for (const auto& f : c.found) ++by[f.type + "|" + f.field];
  std::map<std::string, int> want = {{"PHONE_NUMBER|column 1", 14},
                                     {"PERSON_NAME|column 2", 14},
                                     {"CHINA_RESIDENT_ID_NUMBER|column 3", 14},
                                     {"DATE_OF_BIRTH|column 4", 14},
                                     {"CELL_ID|column 5", 14}};
  EXPECT_EQ(by, want);
  // --input-format hive reads any file so, and two rows are too few to call a file a table.
  EXPECT_EQ(Run(Write("a.dat", data), InputFormat::kHive).found.size(), 70u);
  const std::string two = HeaderlessRows(2, '\x01');
  EXPECT_EQ(Run(Write("two/000000_0", two)).formats[(dir_ / "two/000000_0").string()],
            InputFormat::kText);
}

// '|' records without a header (an XDR file) are a table too; a CEF event's '|' header, a
// console table's rows and lines with different numbers of '|' are text.
TEST_F(ScanJobTest, PipeRecordsWithoutAHeaderAreATable) {
  std::string data = HeaderlessRows(14, '|');
  auto c = Run(Write("xdr_s1u_0815.txt", data));
  EXPECT_EQ(c.formats[(dir_ / "xdr_s1u_0815.txt").string()], InputFormat::kPsv);
  std::map<std::string, int> by;
  for (const auto& f : c.found) ++by[f.type + "|" + f.field];
  EXPECT_EQ(by["CELL_ID|column 5"], 14);
  EXPECT_EQ(by["PERSON_NAME|column 2"], 14);

  std::string cef;
  for (int k = 0; k < 4; ++k)
    cef += "CEF:0|Vendor|DLP|6.3|DLP-101" + std::to_string(k) +
           "|外发|7|src=10.70.3.10" + std::to_string(k) + " suser=yanglx\n";
  std::string console = "| 1 | 张伟 | 13800138000 | a | b |\n| 2 | 李娜 | 13900139000 | c | d |\n"
                        "| 3 | 王芳 | 13700137000 | e | f |\n";
  std::string ragged = "a|b|c|d|e\na|b|c|d\na|b|c|d|e\n";
  for (const auto& [name, text] : {std::pair{"alerts.cef", cef}, std::pair{"console.txt", console},
                                   std::pair{"ragged.txt", ragged}})
    EXPECT_EQ(Run(Write(name, text)).formats[(dir_ / name).string()], InputFormat::kText) << name;
}

// A cell of "key=value" pairs under a column that names nothing (a log's message column):
// a key that names something names its value, as in text.
TEST_F(ScanJobTest, KeysInsideACellNameTheirValues) {
  std::string data =
      "time,level,message\n"
      "2024-03-02 18:18:56,INFO,door=CLOSED rsrp=-107 cellid=121186572 worker=王军勇\n";
  auto c = Run(Write("alarms.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f));
  std::vector<std::string> want = {"CELL_ID|121186572", "PERSON_NAME|王军勇"};
  EXPECT_EQ(got, want);
}

// A .csv file whose first line separates cells with ';' and has no ',' (European exports with
// decimal commas) is read with ';': cells get their column names, commas stay inside cells.
TEST_F(ScanJobTest, SemicolonCsvIsReadWithItsHeader) {
  std::string data =
      "姓名;手机;金额;备注\n"
      "王芳;13800138000;\"1.234,50\";\"a;b\"\n"
      "李娜;13900139000;12,00;\n";
  auto c = Run(Write("billing.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  std::vector<std::string> want = {"PERSON_NAME|姓名|王芳", "PHONE_NUMBER|手机|13800138000",
                                   "PERSON_NAME|姓名|李娜", "PHONE_NUMBER|手机|13900139000"};
  EXPECT_EQ(got, want);
  EXPECT_EQ(piguard::formats::CsvDelimiter("a;b;c\n1,2;3;4\n"), ';');
  EXPECT_EQ(piguard::formats::CsvDelimiter("a;b,c;d\n"), ',');        // a comma: comma-separated
  EXPECT_EQ(piguard::formats::CsvDelimiter("\"a,b\";c;d\n"), ';');   // a quoted comma does not count
  EXPECT_EQ(piguard::formats::CsvDelimiter("a;b\n"), ',');            // one ';' is too little
  EXPECT_EQ(piguard::formats::CsvDelimiter("id|msisdn|imsi\n1|2|3\n"), '|');
  EXPECT_EQ(piguard::formats::CsvDelimiter("id\tmsisdn\timsi\n"), '\t');
  EXPECT_EQ(piguard::formats::CsvDelimiter("a|b;c;d\n"), ';');       // the one it has most of
  EXPECT_EQ(piguard::formats::CsvDelimiter("a|b,c|d\n"), ',');       // a comma decides
}

// A title, then a row of key and value pairs with numbers in it, then the header.
TEST_F(ScanJobTest, TwoTitleRowsAboveTheHeader) {
  std::string data =
      "江南理工大学国家助学金发放明细（第二批）,,,,\n"
      "单位：学生资助管理中心,批次号：ZXJ2024-02,发放日期：2024-05-28,,\n"
      "序号,学号,姓名,联系电话,备注\n"
      "1,2022082270,杜建平,19968430378,\n";
  auto c = Run(Write("grants.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    if (f.line == 4) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  EXPECT_EQ(got, (std::vector<std::string>{"PERSON_NAME|姓名|杜建平",
                                           "PHONE_NUMBER|联系电话|19968430378"}));
}

// Title rows of key and value pairs above the header (a tour group's number and its guide):
// the header is the record below them that looks like one and has as many cells or more.
TEST_F(ScanJobTest, KeyValueTitleRowsAboveTheHeader) {
  std::string data =
      "团号,HK240815A,线路,港澳5日游,出发日期,2024-08-15\n"
      "领队,方英英,领队电话,198-7970-2652,地接社,环亚旅运\n"
      "序号,姓名,拼音,性别,出生日期,手机\n"
      "1,郭天宇,GUO/TIANYU,男,1987-07-11,19514446820\n";
  auto c = Run(Write("roster.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    if (f.line == 4) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  std::vector<std::string> want = {"PERSON_NAME|姓名|郭天宇", "PERSON_NAME|拼音|GUO/TIANYU",
                                   "DATE_OF_BIRTH|出生日期|1987-07-11",
                                   "PHONE_NUMBER|手机|19514446820"};
  EXPECT_EQ(got, want);
}

// HL7 v2 segments (separated by '\r', as the standard has it) and DICOM header dumps name no
// field: the standard's meanings and the elements' keywords do, and composite values are cut
// to the part with the PI.
TEST_F(ScanJobTest, Hl7SegmentsAndDicomDumpsGetTheirFieldsMeanings) {
  std::string hl7 =
      "MSH|^~\\&|HIS|H|INS|H|20240518132341||ADT^A04|MSG1|P|2.4\r"
      "PID|1||MZ2024051803130^^^HIS^PI||顾^晓怡^^^^^L~GU^XIAOYI^^^^^A||20000104|F|||"
      "浙江省杭州市西湖区天目山路1号^^杭州市^浙江省^310012||^PRN^CP^^^^^15275670445\r"
      "PV1|1|O|耳鼻咽喉科^^58||||YS3804^黄^诗凤^^^^副主任医师\r";
  auto c = Run(Write("adt.hl7", hl7));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + f.field + "|" + Slice(hl7, f));
  std::vector<std::string> want = {
      // Each repetition of a name: in characters, then in pinyin.
      "PERSON_NAME|patient_name|顾^晓怡", "PERSON_NAME|patient_name|GU^XIAOYI",
      "DATE_OF_BIRTH|birth_date|20000104",
      "STREET_ADDRESS|patient_address|浙江省杭州市西湖区天目山路1号",
      "PHONE_NUMBER|home_phone|15275670445", "PERSON_NAME|attending_doctor|黄^诗凤"};
  EXPECT_EQ(got, want);
  // The insured in IN1: name, relationship (SEL) and birth date in 16-18 as the standard
  // numbers them, or one field early as some HIS exports write them.
  for (const std::string& in1 :
       {std::string("IN1|1|310^职工医保|YB432242|北京市医疗保障局||||||||||||吴^娜梓|SEL|19610519\r"),
        std::string("IN1|1|310^职工医保|YB432242|北京市医疗保障局|||||||||||吴^娜梓|SEL|19610519\r")}) {
    const std::string msg = "MSH|^~\\&|HIS|H|INS|H|20240518132341||ADT^A04|MSG1|P|2.4\r" + in1;
    auto r = Run(Write("in1.hl7", msg));
    got.clear();
    for (const auto& f : r.found) got.push_back(f.type + "|" + f.field + "|" + Slice(msg, f));
    EXPECT_EQ(got, (std::vector<std::string>{"PERSON_NAME|insured_name|吴^娜梓",
                                             "DATE_OF_BIRTH|insured_birth_date|19610519"}))
        << in1;
  }
  std::string dump =
      "# Dicom-File-Format\n\n# Dicom-Data-Set\n"
      "(0008,0020) DA [20240617]                                #   8, 1 StudyDate\n"
      "(0010,0010) PN [WANG^FANG=王^芳]                         #  18, 1 PatientName\n"
      "(0010,0030) DA [19800101]                                #   8, 1 PatientBirthDate\n"
      "(0008,0081) ST [北京市东城区帅府园1号]                   #  30, 1 InstitutionAddress\n"
      // A PN value is a name whatever its keyword says; a code under a name keyword is not.
      "(0032,1032) PN [王^一春]                                 #  10, 1 RequestingPhysician\n"
      "(0008,1010) SH [CT01]                                    #   4, 1 StationName\n";
  auto d = Run(Write("study.txt", dump));
  got.clear();
  for (const auto& f : d.found) got.push_back(f.type + "|" + f.field + "|" + Slice(dump, f));
  want = {"PERSON_NAME|PatientName|WANG^FANG", "PERSON_NAME|PatientName|王^芳",
          "DATE_OF_BIRTH|PatientBirthDate|19800101",
          "PERSON_NAME|RequestingPhysician|王^一春"};
  EXPECT_EQ(got, want);
}

// A .csv file that a gateway wrote with '|' (no ',' in its header) is read with '|': every
// cell under its own column. Read with ',' the whole line was one cell under the whole
// header, and its numbers were lost.
TEST_F(ScanJobTest, PipeSeparatedCsvIsReadWithItsHeader) {
  std::string data =
      "record_id|calling_msisdn|content|imsi|imei\n"
      "MO202403152138001082|17504078592|好的|460018012035634|358152029982060\n";
  auto c = Run(Write("sms_mo.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  std::vector<std::string> want = {"PHONE_NUMBER|calling_msisdn|17504078592",
                                   "IMSI_ID|imsi|460018012035634",
                                   "IMEI_HARDWARE_ID|imei|358152029982060"};
  EXPECT_EQ(got, want);
}

// The header row and the rows above it are scanned as text: a file without a header has
// data there, a title may name whose records follow, and '#' comment lines before the header
// (a drive-test export's handsets) are skipped to find the header.
TEST_F(ScanJobTest, CsvHeaderTitleAndCommentRowsAreScannedAsText) {
  std::string data = "王芳,13900139000\n李娜,13800138000\n";
  auto c = Run(Write("noheader.csv", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  EXPECT_EQ(got, (std::vector<std::string>{"PERSON_NAME|王芳|1", "PHONE_NUMBER|13900139000|1",
                                           "PHONE_NUMBER|13800138000|2"}));
  data =
      "# Pilot export v10.3.2.1 route=环线\n"
      "# UE1 IMEI=860930913157043 MSISDN=18745776779\n"
      "Time,Longitude,Latitude,ECI,NR_NCI\n"
      "10:00:01,113.3245612,23.1395188,134490930,14943408131\n";
  auto d = Run(Write("drive.csv", data));
  got.clear();
  for (const auto& f : d.found)
    got.push_back(f.type + "|" + f.field + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "IMEI_HARDWARE_ID|IMEI|860930913157043|2", "PHONE_NUMBER|MSISDN|18745776779|2",
                     "LOCATION_COORDINATES|Longitude|113.3245612|4",
                     "LOCATION_COORDINATES|Latitude|23.1395188|4", "CELL_ID|ECI|134490930|4",
                     "CELL_ID|NR_NCI|14943408131|4"}));
}

// Without a header row (--no-header) a semicolon CSV is still split on ';': its cells are
// numbered columns, and a decimal comma does not cut a cell.
TEST_F(ScanJobTest, SemicolonCsvWithoutHeaderIsSplitOnSemicolons) {
  std::string data =
      "王芳;13800138000;\"1.234,50\";a\n"
      "李娜;13900139000;12,00;b\n";
  ScanJobOptions opt;
  opt.paths = {Write("export.csv", data)};
  opt.csv_header = false;
  auto c = Run(opt);
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + f.field + "|" + Slice(data, f));
  std::vector<std::string> want = {"PHONE_NUMBER|column 2|13800138000",
                                   "PHONE_NUMBER|column 2|13900139000"};
  EXPECT_EQ(got, want);
}

// Shell history and terminal transcripts: the passwords given on command lines are found,
// with their line numbers, among other text; the rest of each line is scanned as usual.
TEST_F(ScanJobTest, PasswordsOnCommandLinesInTextAreFound) {
  std::string data =
      "2024-06-01 10:00:00 deploy started\n"
      "mysql -h 10.20.30.40 -uroot -pS3cr3t_2024 billing\n"
      "Deploy note: call 13800138000 if it fails\n"
      "[root@db01 ~]# redis-cli -a 'cache pass' info\n"
      "  sshpass -p Root@123 ssh root@10.0.0.8\n"
      "mysql -u root -p billing\n"
      "联系人：王小明\n"
      "mysql -p\xEF\xBC\xA1" "bc12345\n"  // a full-width A
      "王小明已确认\n";
  auto c = Run(Write("history.txt", data));
  std::vector<std::string> got;
  for (const auto& f : c.found)
    got.push_back(f.type + "|" + Slice(data, f) + "|" + std::to_string(f.line));
  std::vector<std::string> want = {
      "IP_ADDRESS|10.20.30.40|2", "CREDENTIAL|S3cr3t_2024|2", "PHONE_NUMBER|13800138000|3",
      "CREDENTIAL|cache pass|4",  "CREDENTIAL|Root@123|5",    "IP_ADDRESS|10.0.0.8|5",
      "PERSON_NAME|王小明|7",     "CREDENTIAL|\xEF\xBC\xA1" "bc12345|8",
      // a repeat of a name given before the command line
      "PERSON_NAME|王小明|9"};
  EXPECT_EQ(got, want);
}

// What is not a pipe-separated export stays text.
TEST_F(ScanJobTest, PipesWithoutAHeaderOrAsMarkdownStayText) {
  const std::pair<const char*, const char*> cases[] = {
      // a markdown table: its lines start with '|'
      {"t1.md", "| 姓名 | 手机 | 地址 |\n| --- | --- | --- |\n| 王芳 | 13812345678 | 北京 |\n"},
      // the first line names no column
      {"t2.txt", "a|b|c|d\n1|2|3|4\n"},
      // the lines below have another number of '|'
      {"t3.txt", "name|phone|addr|note\n王芳|13812345678\n"},
      // data in the first line (four digits in a row): no header
      {"t4.log", "2024|13812345678|ok|phone\n2024|13812345679|ok|phone\n"},
      // two '|' only
      {"t5.txt", "name|phone|addr\n王芳|13812345678|北京\n"},
      // a header alone
      {"t6.txt", "name|phone|addr|note\n"},
  };
  for (const auto& [name, text] : cases)
    EXPECT_EQ(Run(Write(name, text)).formats[dir_ / name], InputFormat::kText) << name;
}

// Regressions found while re-checking the docs.
TEST_F(ScanJobTest, EncodedAtInUrlPasswordSpokenLandlineInsertIgnoreAndPiKeys) {
  std::string data =
      "https://bob:p%40ssword1@db.example.com/x\n"
      "电话零二八八五五六六七七八\n"
      "INSERT IGNORE INTO users (real_name) VALUES ('李娜');\n";
  auto c = Run(Write("r.log", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f));
  std::vector<std::string> want = {"CREDENTIAL|p%40ssword1", "PHONE_NUMBER|零二八八五五六六七七八",
                                   "PERSON_NAME|李娜"};
  EXPECT_EQ(got, want);
  auto j = Run(Write("k.jsonl", "{\"13800138000\":{\"imsi\":\"460001234567890\"}}\n"));
  ASSERT_EQ(j.found.size(), 2u);
  EXPECT_EQ(j.found[1].field, "$.*.imsi");  // the phone-number key is not echoed
}


TEST_F(ScanJobTest, ByteOrderMarkBeforeJsonLinesAndCsvHeader) {
  std::string jsonl = "\xEF\xBB\xBF{\"phone\":\"13800138000\"}\r\n{\"phone\":\"13900001111\"}\r\n";
  auto j = Run(Write("bom.jsonl", jsonl));
  EXPECT_TRUE(j.warnings.empty());
  ASSERT_EQ(j.found.size(), 2u);
  EXPECT_EQ(j.found[0].field, "$.phone");
  EXPECT_EQ(Slice(jsonl, j.found[0]), "13800138000");
  std::string csv = "\xEF\xBB\xBFname,phone\r\n张伟,13800138000\r\n";
  auto c = Run(Write("bom.csv", csv));
  ASSERT_EQ(c.found.size(), 2u);
  EXPECT_EQ(c.found[0].field, "name");
}


TEST_F(ScanJobTest, EnglishBirthDatesNeedBirthContext) {
  std::string data =
      "I was born on November 3, 1950, please update\n"
      "DOB: 3 Nov 1950\n"
      "meeting on May 5, 2024 at 10, may 12 people come\n";
  auto c = Run(Write("en.txt", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f));
  std::vector<std::string> want = {"DATE_OF_BIRTH|November 3, 1950", "DATE_OF_BIRTH|3 Nov 1950"};
  EXPECT_EQ(got, want);
}

TEST_F(ScanJobTest, NameValuePairsNameTheirCredential) {
  std::string data =
      "env:\n  - name: DB_PASSWORD\n    value: Tr0ub4dor3x\n  - name: LOG_LEVEL\n    value: debug\n";
  auto c = Run(Write("deploy.yaml", data));
  ASSERT_EQ(c.found.size(), 1u);
  EXPECT_EQ(c.found[0].type, "CREDENTIAL");
  EXPECT_EQ(Slice(data, c.found[0]), "Tr0ub4dor3x");
}

TEST_F(ScanJobTest, SsnShapedNumbersAreNotCellsAndFormLabelsEndLatinNames) {
  std::string data = "ssn 460-89-9847 cell=460-00-52511-60387\nName: Toshimi Arata Phone: 123\n";
  auto c = Run(Write("en.log", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f));
  std::vector<std::string> want = {"CELL_ID|460-00-52511-60387", "PERSON_NAME|Toshimi Arata"};
  EXPECT_EQ(got, want);
}

// Found by fuzz_scanner (a hang): a hex-looking run glued to letters ("efz0P") made the MAC
// search start inside a token and return a position behind the anchor.
TEST_F(ScanJobTest, HexRunGluedToLettersIsNoMacAndTheScanMovesOn) {
  std::string data = "x c0:8c:ef:0d:ec:efz0P:e8:e4 y 13800138000\n";
  auto c = Run(Write("glued.log", data));
  ASSERT_EQ(c.found.size(), 1u);
  EXPECT_EQ(Slice(data, c.found[0]), "13800138000");
}

TEST_F(ScanJobTest, AddressPhrasesIntroduceStreetAddressesWithoutACity) {
  std::string data = "麻烦寄到建国路88号3单元502室，谢谢\n我住在幸福小区5栋\n他住在这里很久了\n";
  auto c = Run(Write("addr.txt", data));
  std::vector<std::string> got;
  for (const auto& f : c.found) got.push_back(f.type + "|" + Slice(data, f));
  std::vector<std::string> want = {"STREET_ADDRESS|建国路88号3单元502室", "STREET_ADDRESS|幸福小区5栋"};
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace piguard
