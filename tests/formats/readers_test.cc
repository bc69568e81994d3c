// The readers' shortcuts against plain ways of doing the same: the JSON Lines walk with its
// tree of known keys against a walk that works every member out afresh, and the field names
// findings carry (copied once per chunk) against what the input says.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/readers.h"
#include "piguard/scanner.h"

namespace piguard::formats {
namespace {

Chunk MakeChunk(const std::string& text, uint64_t base_offset = 0) {
  Chunk c;
  c.data = text;
  c.data.append(kChunkPadding, '\0');
  c.size = text.size();
  c.base_offset = base_offset;
  return c;
}

// Everything a chunk result says, as text, for comparison.
std::string Describe(const Scanner& sc, const ChunkResult& r) {
  std::string out;
  for (const Finding& f : r.findings) {
    out += "finding " + std::to_string(f.line) + " " + std::to_string(f.start) + "-" +
           std::to_string(f.end) + " " + std::string(sc.TypeName(f.type)) + " " +
           std::to_string(static_cast<int>(f.likelihood)) + " " + std::string(f.detector) +
           " field=[" + std::string(f.field) + "] value=[" + std::string(f.value) + "]\n";
  }
  for (const ChunkWarning& w : r.warnings)
    out += "warning " + std::to_string(w.line) + ":" + std::to_string(w.col) + " " + w.what + "\n";
  for (const ValueSpan& v : r.values) {
    out += "value " + std::to_string(v.kind) + " " + std::to_string(v.index) + " " +
           std::to_string(v.record) + " " + std::to_string(v.token_start) + "-" +
           std::to_string(v.token_end) + " " + std::to_string(v.start) + "-" +
           std::to_string(v.end) + " [" + std::string(v.field) + "]\n";
  }
  return out;
}

class ReadersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { scanner_ = std::move(Scanner::Create(ScanConfig{})).value(); }
  static void TearDownTestSuite() { scanner_.reset(); }

  // Scans `chunks` in order with one scratch (so what it learns carries over) and returns the
  // description of each result.
  static std::vector<std::string> ScanAll(const std::vector<std::string>& chunks, bool tree,
                                          bool record_values) {
    ReaderScratch rs;
    rs.json_path_tree = tree;
    rs.record_values = record_values;
    std::vector<std::string> out;
    uint64_t base = 0;
    for (const std::string& text : chunks) {
      Chunk chunk = MakeChunk(text, base);
      ChunkResult result;
      ScanChunk(*scanner_, rs, InputFormat::kJsonl, nullptr, chunk, &result);
      out.push_back(Describe(*scanner_, result));
      base += text.size();
    }
    return out;
  }

  static void ExpectTreeMatchesPlainWalk(const std::vector<std::string>& chunks) {
    for (bool record_values : {false, true}) {
      std::vector<std::string> got = ScanAll(chunks, /*tree=*/true, record_values);
      std::vector<std::string> want = ScanAll(chunks, /*tree=*/false, record_values);
      ASSERT_EQ(got.size(), want.size());
      for (size_t i = 0; i < got.size(); ++i)
        EXPECT_EQ(got[i], want[i]) << "chunk " << i << " record_values=" << record_values;
    }
  }

  static std::unique_ptr<Scanner> scanner_;
};
std::unique_ptr<Scanner> ReadersTest::scanner_;

// Records of one shape with the keys in varying order, optional and extra keys, keys with
// escapes (two spellings of one key), keys that are PI themselves, arrays of objects, root
// arrays, and strings and keys with invalid escapes after the same keys were seen valid.
std::vector<std::string> VariedRecords() {
  std::vector<std::string> lines;
  const char* phones[] = {"13812345678", "15901234567", "18612345670"};
  for (int i = 0; i < 60; ++i) {
    std::string phone = phones[i % 3];
    std::string r = "{";
    if (i % 4 == 1) r += "\"extra\":\"x\",";
    if (i % 2 == 0) {
      r += "\"customer\":{\"name\":\"\\u5f20\\u4f1f\",\"mobile\":\"" + phone + "\"},";
      r += "\"contacts\":[{\"type\":\"mobile\",\"value\":\"" + phone + "\"},{\"value\":\"a@b.cn\"}],";
    } else {
      r += "\"contacts\":[{\"value\":\"" + phone + "\",\"type\":\"mobile\"}],";
      r += "\"customer\":{\"mobile\":\"" + phone + "\",\"na\\u006de\":\"李娜\"},";
    }
    // Long keys that share their first eight bytes, in either order.
    if (i % 3 == 0) r += "\"contact_phone\":\"" + phone + "\",\"contact_email\":\"c@d.cn\",";
    if (i % 3 == 1) r += "\"contact_email\":\"e@f.cn\",\"contact_phone\":\"" + phone + "\",";
    if (i % 5 == 0) r += "\"" + phone + "\":{\"idCard\":\"11010519491231002X\"},";
    if (i % 7 == 0) r += "\"by@mail.cn\":\"" + phone + "\",";
    if (i % 6 == 0) r += "\"quo\\\"te\":\"" + phone + "\",\"k1\":\"" + phone + "\",";
    if (i % 3 == 0) r += "\"192.168.10.20\":{\"52:81:95:8c:e3:89\":\"京A12345\"},";  // keys to scan
    r += "\"n\":13812345678,\"ok\":true,\"none\":null}";
    lines.push_back(r);
    if (i % 9 == 0) lines.push_back("[\"" + phone + "\",{\"mobile\":\"" + phone + "\"}]");
    if (i % 11 == 0) lines.push_back("{\"customer\":{\"mobile\":\"\\q" + phone + "\"}}");
    if (i % 13 == 0) lines.push_back("{\"customer\":{\"mo\\qbile\":\"" + phone + "\"}}");
    if (i % 17 == 0) lines.push_back("{\"customer\":{\"mobile\":\"" + phone + "\"} trailing");
  }
  std::vector<std::string> chunks(3);
  for (size_t i = 0; i < lines.size(); ++i) chunks[i * 3 / lines.size()] += lines[i] + "\n";
  return chunks;
}

TEST_F(ReadersTest, JsonKeyTreeGivesTheSameResultsAsAPlainWalk) {
  ExpectTreeMatchesPlainWalk(VariedRecords());
}

TEST_F(ReadersTest, JsonKeyTreeBeyondItsSizeLimitGivesTheSameResults) {
  // One record with more distinct keys than the tree holds, then records that use some of
  // them again (the tree starts afresh between records).
  std::string big = "{";
  for (size_t i = 0; i < JsonPathTree::kMaxNodes + 300; ++i) {
    std::string key = "mobile_";
    for (size_t v = i; key.size() < 11; v /= 26) key.push_back(static_cast<char>('a' + v % 26));
    big += "\"" + key + "\":{\"msisdn\":\"13812345678\"},";
  }
  big += "\"last\":\"13812345678\"}\n";
  std::string small = "{\"mobile_aaaa\":{\"msisdn\":\"13812345678\"},\"last\":\"15901234567\"}\n";
  ExpectTreeMatchesPlainWalk({big + small + big, small + small});
}

TEST_F(ReadersTest, JsonFieldsNameTheirPathsAndHidePiKeys) {
  std::string text =
      "{\"a\":{\"b\":[{\"mobile\":\"13812345678\"},{\"mobile\":\"15901234567\"}]}}\n"
      "{\"13900001111\":{\"mobile\":\"13812345678\"},\"na\\u006de\":{\"mobile\":\"13812345678\"}}\n";
  ReaderScratch rs;
  Chunk chunk = MakeChunk(text);
  ChunkResult r;
  ScanChunk(*scanner_, rs, InputFormat::kJsonl, nullptr, chunk, &r);
  std::vector<std::string> fields;
  for (const Finding& f : r.findings) fields.emplace_back(f.field);
  std::vector<std::string> want = {"$.a.b[0].mobile", "$.a.b[1].mobile", "",
                                   "$.*.mobile", "$.name.mobile"};
  EXPECT_EQ(fields, want);
}

TEST_F(ReadersTest, CsvCellsBeyondTheHeaderAreNamedByPosition) {
  std::string text = "phone,x\n13812345678,a,13812345678,15901234567\n15901234567\n";
  size_t header_end = 0;
  CsvHeader header = ParseCsvHeader(*scanner_, text, ',', true, &header_end);
  ReaderScratch rs;
  Chunk chunk = MakeChunk(text);
  chunk.skip_bytes = header_end;
  ChunkResult r;
  ScanChunk(*scanner_, rs, InputFormat::kCsv, &header, chunk, &r);
  std::vector<std::string> fields;
  for (const Finding& f : r.findings) fields.emplace_back(f.field);
  std::vector<std::string> want = {"phone", "column 3", "column 4", "phone"};
  EXPECT_EQ(fields, want);
  ASSERT_EQ(r.findings.size(), 4u);
  EXPECT_EQ(r.findings[1].start, text.find("13812345678", 20));
}

// A markdown table of fields and values ("| 欄位 | 內容 |"): a value is named by its row's
// field cell, not by the header's "value"; a table with real column names keeps them.
TEST_F(ReadersTest, MarkdownFieldValueTablesNameValuesByRow) {
  auto fields_of = [&](const std::string& text) {
    ReaderScratch rs;
    Chunk chunk = MakeChunk(text);
    ChunkResult r;
    ScanChunk(*scanner_, rs, InputFormat::kText, nullptr, chunk, &r);
    std::vector<std::string> found;
    for (const Finding& f : r.findings)
      found.push_back(std::string(f.field) + "=" + text.substr(f.start, f.end - f.start));
    return found;
  };
  const std::string kv = "| 欄位 | 內容 |\n|---|---|\n| 投訴人 | 王佳穎 |\n| 聯絡電話 | 0912-345-678 |\n";
  std::vector<std::string> want = {"投訴人=王佳穎", "聯絡電話=0912-345-678"};
  EXPECT_EQ(fields_of(kv), want);
  const std::string columns = "| 姓名 | 手机 |\n|---|---|\n| 王佳颖 | 13812345678 |\n";
  want = {"姓名=王佳颖", "手机=13812345678"};
  EXPECT_EQ(fields_of(columns), want);
  // Pairs side by side, as résumés and forms lay them out.
  const std::string pairs =
      "| 项目 | 内容 | 项目 | 内容 |\n|---|---|---|---|\n| 姓名 | 史彬 | 性别 | 男 |\n"
      "| 出生年月 | 1991-04 | 手机 | 13812345678 |\n";
  want = {"姓名=史彬", "出生年月=1991-04", "手机=13812345678"};
  EXPECT_EQ(fields_of(pairs), want);
  // Four columns of which only the first pair is field and value: real column names.
  const std::string mixed = "| 项目 | 内容 | 姓名 | 手机 |\n|---|---|---|---|\n| a | b | 王佳颖 | 13812345678 |\n";
  want = {"姓名=王佳颖", "手机=13812345678"};
  EXPECT_EQ(fields_of(mixed), want);
}

// A file without a header (PostgreSQL's csvlog): the first record is data. Its cells name no
// column, as they may be PI themselves, and the values below it are scanned without the
// context a data row would wrongly give (a column "named" after a log message).
TEST_F(ReadersTest, CsvFirstRecordWithNumbersIsNoHeader) {
  std::string text =
      "2024-05-13 00:00:05.631 CST,10.18.21.152:34751,LOG,connection received: host=10.18.21.152\n"
      "2024-05-13 00:03:31.707 CST,10.66.32.28:54096,LOG,connection received: host=10.66.32.28\n";
  size_t header_end = 0;
  CsvHeader header = ParseCsvHeader(*scanner_, text, ',', true, &header_end);
  EXPECT_TRUE(header.names.empty());
  EXPECT_EQ(header_end, text.find('\n') + 1);  // the first record is still scanned, as text
  ReaderScratch rs;
  Chunk chunk = MakeChunk(text);
  chunk.skip_bytes = header_end;
  ChunkResult r;
  ScanChunk(*scanner_, rs, InputFormat::kCsv, &header, chunk, &r);
  std::vector<std::string> found;
  for (const Finding& f : r.findings)
    found.push_back(std::string(f.field) + "=" + text.substr(f.start, f.end - f.start));
  std::vector<std::string> want = {"=10.18.21.152", "host=10.18.21.152", "column 2=10.66.32.28",
                                   "column 4=10.66.32.28"};
  EXPECT_EQ(found, want);
  // A header with a year column is still a header.
  std::string monthly = "客户,手机,2024年3月\n王芳,13812345678,58.00\n";
  CsvHeader h2 = ParseCsvHeader(*scanner_, monthly, ',', true, &header_end);
  EXPECT_EQ(h2.names.size(), 3u);
}

// A table without a header row gives its unnamed columns the class their values show: a
// column of whole names holds people, a column of the rows' ID birth dates birth dates. A
// column of remarks, or of dates that are not the ID's, gets none.
TEST_F(ReadersTest, HeaderlessColumnsClassedByTheirValues) {
  const std::string text =
      "20240611,13859720532,王小明,330106196209295725,19620929,待回访,20240101\n"
      "20240611,13959720532,陈红梅,330302198209295367,19820929,已办结,20240102\n"
      "20240611,13959720533,李建国,,,已办结,20240103\n"
      "20240611,13959720534,周丽,330105198107187216,19810718,已办结,20240104\n";
  size_t header_end = 0;
  CsvHeader header = ParseCsvHeader(*scanner_, text, ',', true, &header_end);
  EXPECT_TRUE(header.names.empty());
  ASSERT_EQ(header.inferred.size(), 7u);
  EXPECT_TRUE(header.inferred[2].person_if_full_name);
  EXPECT_TRUE(header.inferred[4].HintsType(kDateOfBirth));
  for (size_t c : {0u, 1u, 3u, 5u, 6u}) {
    EXPECT_FALSE(header.inferred[c].person_if_full_name) << c;
    EXPECT_FALSE(header.inferred[c].HintsType(kDateOfBirth)) << c;
  }
  ReaderScratch rs;
  Chunk chunk = MakeChunk(text);
  chunk.skip_bytes = header_end;
  ChunkResult r;
  ScanChunk(*scanner_, rs, InputFormat::kCsv, &header, chunk, &r);
  std::vector<std::string> names, births;
  for (const Finding& f : r.findings) {
    const std::string v = text.substr(f.start, f.end - f.start);
    if (f.type == kPersonName) names.push_back(v);
    if (f.type == kDateOfBirth) births.push_back(v);
  }
  // The first record is scanned as text: its name and birth date by their ID on the line.
  EXPECT_EQ(names, (std::vector<std::string>{"王小明", "陈红梅", "李建国", "周丽"}));
  EXPECT_EQ(births, (std::vector<std::string>{"19620929", "19820929", "19810718"}));
  // Two rows are too few to say anything.
  const std::string two = "13859720532,王小明\n13959720532,陈红梅\n";
  CsvHeader h2 = ParseCsvHeader(*scanner_, two, ',', true, &header_end);
  for (const FieldClass& fc : h2.inferred) EXPECT_FALSE(fc.person_if_full_name);
}

// A data dictionary's header names no column the scanner knows; the row below it does
// ("cust_name", "客户姓名") but is data: its sample value "余丹" must not become a column's
// name. A title row with a number in it above the header is still passed over.
TEST_F(ReadersTest, WholeTextFirstRecordIsTheHeader) {
  const std::string dict =
      "表名,字段名,类型,含义,示例值,敏感级别\n"
      "crm.t_cust_base,cust_name,varchar(64),客户姓名,余丹,L4\n"
      "crm.t_cust_base,mobile,varchar(11),手机号码,13682448738,L4\n";
  size_t end = 0;
  CsvHeader h = ParseCsvHeader(*scanner_, dict, ',', true, &end);
  ASSERT_EQ(h.names.size(), 6u);
  EXPECT_EQ(h.names[0], "表名");
  EXPECT_EQ(h.names[4], "示例值");
  const std::string titled =
      "团号,HK240815A,线路,港澳5日游\n"
      "姓名,证件号码,手机号码,出生日期\n"
      "方英英,110101199003074514,19812345678,1990-03-07\n";
  CsvHeader t = ParseCsvHeader(*scanner_, titled, ',', true, &end);
  ASSERT_EQ(t.names.size(), 4u);
  EXPECT_EQ(t.names[0], "姓名");
}

// A column of LTE cell identities (ECIs: eNodeB * 256 + a vendor's cell number) is a cell
// column; byte counts, KiB multiples (one cell number), one value repeated and a column with
// too few values are not. A longitude column beside a latitude column is a position.
TEST_F(ReadersTest, HeaderlessCellColumnsClassedByTheirValues) {
  static const int kCells[] = {1, 2, 3, 49, 50, 51, 129, 130, 131};
  std::string text;
  for (int k = 0; k < 14; ++k) {
    const long eci = (500000L + k * 37) * 256 + kCells[k % 9];
    // a 2G cell's five digits in one row of the ECI column, as XDR files mix networks
    // a 2G cell's five digits and a 5G cell's ten in the ECI column, as XDRs mix networks;
    // a call's longitude and latitude; a price with two decimals
    const std::string cell = k == 5 ? "45954" : k == 7 ? "1063301123" : std::to_string(eci);
    text += cell + "," + std::to_string(3000000L + k * 104729) + "," +
            std::to_string(1024L * (3000 + k)) + "," + std::to_string(128000001L) + "," +
            (k < 11 ? std::to_string(eci) : "") + "," + std::to_string(101 + k % 3) + ".5" +
            std::to_string(10000 + k * 37) + ",21.45" + std::to_string(1000 + k * 7) + "," +
            std::to_string(100 + k) + ".50\n";
  }
  size_t header_end = 0;
  CsvHeader header = ParseCsvHeader(*scanner_, text, ',', true, &header_end);
  ASSERT_EQ(header.inferred.size(), 8u);
  EXPECT_TRUE(header.inferred[0].HintsType(kCellId));
  EXPECT_TRUE(header.inferred[0].cell_identity);
  for (size_t c : {1u, 2u, 3u, 4u, 5u, 6u, 7u})
    EXPECT_FALSE(header.inferred[c].HintsType(kCellId)) << c;
  EXPECT_TRUE(header.inferred[5].HintsType(kLocationCoordinates));
  EXPECT_TRUE(header.inferred[6].HintsType(kLocationCoordinates));
  for (size_t c : {0u, 1u, 2u, 3u, 4u, 7u})
    EXPECT_FALSE(header.inferred[c].HintsType(kLocationCoordinates)) << c;
  // A latitude column alone is no position.
  std::string lat_only;
  for (int k = 0; k < 8; ++k) lat_only += "x" + std::to_string(k) + ",21.45" + std::to_string(1000 + k) + "\n";
  CsvHeader h2 = ParseCsvHeader(*scanner_, lat_only, ',', true, &header_end);
  for (const FieldClass& fc : h2.inferred) EXPECT_FALSE(fc.HintsType(kLocationCoordinates));
}

// Text that is a table without a header: Hive's 0x01 files and '|' records whose first lines
// have as many separators; not a CEF event, a console table, a header, ragged or short text.
TEST_F(ReadersTest, HeaderlessDelimiterOfTextTables) {
  const std::string hive = "a\x01" "b\x01" "c\na\x01\x01\n\nx\x01y\x01z\r\n";
  EXPECT_EQ(HeaderlessDelimiter(*scanner_, hive), '\x01');
  const std::string pipes = "1|2|3|4|5\n6|7|8|9|10\n11|12|13|14|15\n";
  EXPECT_EQ(HeaderlessDelimiter(*scanner_, pipes), '|');
  for (const std::string& text : std::vector<std::string>{
           "a\x01" "b\na\x01" "b\na\x01" "b\n",                  // one 0x01 a line
           "a\x01" "b\x01" "c\na\x01" "b\x01" "c\n",             // two lines
           "a\x01" "b\x01" "c\na\x01" "b\x01" "c\na\x01" "b",    // the third line unfinished
           "1|2|3|4\n5|6|7|8\n9|10|11|12\n",                     // three '|'
           "| 1 | 2 | 3 | 4 |\n| 5 | 6 | 7 | 8 |\n| 9 | 1 | 2 | 3 |\n",
           "# 1|2|3|4|5\n6|7|8|9|10\n11|12|13|14|15\n",
           "CEF:0|V|P|1|2|n|7|src=1\nCEF:0|V|P|1|2|n|7|src=2\nCEF:0|V|P|1|2|n|7|src=3\n",
           "msisdn|imsi|imei|name|addr\n1|2|3|4|5\n6|7|8|9|10\n",  // a header
           "1|2|3|4|5\n6|7|8|9\n11|12|13|14|15\n"})               // ragged
    EXPECT_EQ(HeaderlessDelimiter(*scanner_, text), 0) << text;
}

// The loop for chunks without quoted cells against the quote-aware record parser: the same
// findings (fields, offsets, lines) and warnings, for CSV and TSV, whatever the rows hold.
TEST_F(ReadersTest, CsvQuoteFreeLoopGivesTheSameResultsAsTheRecordParser) {
  struct Case {
    InputFormat format;
    std::string text;
  };
  const std::string long_cell(150, 'x');
  const std::vector<Case> cases = {
      {InputFormat::kCsv, "phone,name,id\n13812345678,Zhang Wei,110101199003074514\n"
                          "15901234567,,\\N\n\n13812345678,a,b,15901234567,c\n"},
      {InputFormat::kCsv, "\xEF\xBB\xBFphone,email\r\n13812345678,a@example.com\r\n"
                          "15901234567,b@example.com\r\n13812345678\r"},
      {InputFormat::kCsv, "phone,x\n13812345678," + long_cell + ",15901234567,\n," + long_cell +
                              long_cell + ",13812345678\n15901234567"},
      {InputFormat::kCsv, "a,b\n\"13812345678\",x\n15901234567,\"y\nz\",13812345678\n"},
      {InputFormat::kCsv, "a,b\n13812345678,x\n15901234567,\"unterminated,13812345678\n"},
      {InputFormat::kTsv, "phone\tname\n\"13812345678\"\t\"Zhang Wei\"\n\"\"\t15901234567\t\r\n"
                          "13812345678\t\\N\t\"a@example.com\"\n"},
      {InputFormat::kTsv, "phone\n1\n" + long_cell + "\t13812345678\t" + long_cell + "\n\t\t\t"},
  };
  for (const Case& c : cases) {
    const bool csv = c.format == InputFormat::kCsv;
    size_t header_end = 0;
    CsvHeader header = ParseCsvHeader(*scanner_, c.text, csv ? ',' : '\t', csv, &header_end);
    auto scan = [&](bool fast, size_t from, size_t to, uint64_t base) {
      ReaderScratch rs;
      rs.csv_fast_split = fast;
      Chunk chunk = MakeChunk(c.text.substr(from, to - from), base);
      if (from == 0) chunk.skip_bytes = header_end;
      ChunkResult r;
      ScanChunk(*scanner_, rs, c.format, &header, chunk, &r);
      return Describe(*scanner_, r);
    };
    // The whole text, and its rows split into a second chunk at each line start.
    std::vector<std::pair<size_t, size_t>> pieces = {{0, c.text.size()}};
    for (size_t nl = c.text.find('\n', header_end); nl != std::string::npos;
         nl = c.text.find('\n', nl + 1))
      pieces.push_back({nl + 1, c.text.size()});
    for (auto [from, to] : pieces) {
      std::string want = scan(false, from, to, from);
      EXPECT_EQ(scan(true, from, to, from), want) << c.text.substr(from);
      if (from == 0) {
        EXPECT_NE(want.find("finding"), std::string::npos) << c.text;
      }
    }
  }
}

// Values handed to the scanner only when it may find something in them: skipping the others
// changes nothing, with the default scanner and with one that has custom types and deny
// lists (which may match anywhere).
TEST_F(ReadersTest, JsonValuesWithoutScanBytesAreSkippedWithoutChangingResults) {
  const std::vector<std::string> chunks = {
      "{\"name\":\"Zhang Wei\",\"gender\":\"M\",\"password\":\"hunter two\",\"note\":\"Falcon\"}\n"
      "{\"contacts\":[{\"type\":\"mobile\",\"value\":\"13812345678\"},{\"type\":\"email\","
      "\"value\":\"a@example.com\"}],\"level\":\"VIP\",\"addr\":\"no\"}\n",
      "{\"url\":\"a%40example.com\",\"k\":\"x=y\",\"t\":\"a:b\",\"e\":\"\\u0031\\n\","
      "\"cn\":\"\xE9\xAB\x98\xE5\xA8\x9C\",\"address\":\"Main Street\",\"plain\":\"" +
          std::string(100, 'q') + "\",\"n\":12,\"f\":1.5,\"b\":true,\"z\":null}\n",
      "{\"customer\":{\"name\":\"Li Lei\",\"nickname\":\"lilei\",\"secret\":\"Osprey\"}}\n",
  };
  ScanConfig with_custom;
  CustomTypeConfig birds;
  birds.name = "BIRD";
  birds.dictionary = {"Falcon", "Osprey"};
  with_custom.custom_types.push_back(birds);
  with_custom.deny_values.push_back({"PERSON_NAME", "lilei"});
  auto custom = std::move(Scanner::Create(with_custom)).value();
  for (const Scanner* sc : {scanner_.get(), custom.get()}) {
    auto scan = [&](bool skip) {
      ReaderScratch rs;
      rs.skip_barren_values = skip;
      std::string out;
      uint64_t base = 0;
      for (const std::string& text : chunks) {
        Chunk chunk = MakeChunk(text, base);
        ChunkResult r;
        ScanChunk(*sc, rs, InputFormat::kJsonl, nullptr, chunk, &r);
        out += Describe(*sc, r);
        base += text.size();
      }
      return out;
    };
    std::string want = scan(false);
    EXPECT_EQ(scan(true), want);
    EXPECT_NE(want.find("finding"), std::string::npos);
    if (sc == custom.get()) {
      EXPECT_NE(want.find("BIRD"), std::string::npos) << want;
      EXPECT_NE(want.find("lilei"), std::string::npos) << want;
    }
  }
}

}  // namespace
}  // namespace piguard::formats
