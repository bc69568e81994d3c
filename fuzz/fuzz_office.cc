// fuzz_office: Excel workbooks and Word documents (formats::OpenOfficeBytes), read to the end
// of every part. The first input byte chooses what the rest is:
//   0-84    a whole file, opened as a workbook, a document, an Excel 97-2003 workbook
//           (FreeXL, through a temporary file), an OFD document, an OpenDocument file and an
//           SQLite database (each table's CSV), and read as antiword's text of a Word
//           97-2003 document (its table drawings rendered),
//           searched for a Word body's directory entry (a Kingsoft .wps), and rendered as
//           an RTF document;
//   85-169  the XML of a worksheet, put into a workbook with a shared strings part;
//   170-212 the XML of a document body (its bytes also an embedded file of the document);
//   213-233 the XML of an OFD page, put into an OFD document as its page and its template;
//   234-255 the content.xml of an OpenDocument file (its body says what it is: text,
//           spreadsheet or presentation), with the same XML as its styles.xml and as an
//           embedded document's content.xml, and the same XML read as a flat document.
// (The latter three are wrapped in a ZIP archive built here, entries stored uncompressed, so the
// fuzzer works on the XML rather than on getting a ZIP archive right.) Checks:
//  - a Read returns at most what was asked; after the end it keeps returning 0, and after an
//    error the same error, which names the input;
//  - the rendered text is valid UTF-8;
//  - a worksheet's rendered text has no more lines than rows (1,048,576 at most in Excel,
//    2,097,152 here) and a document's no NUL byte.
#include <algorithm>
#include <cinttypes>
#include <cstring>
#include <memory>

#include "core/utf8.h"
#include "formats/zip_util.h"
#include "formats/doc.h"
#include "formats/office.h"
#include "formats/rtf.h"
#include "fuzz_common.h"

namespace {

using piguard::formats::OfficeKind;
using piguard::testutil::StoredZip;

constexpr std::string_view kWorkbook =
    "<workbook><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
constexpr std::string_view kRels =
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
constexpr std::string_view kShared =
    "<sst><si><t>姓名</t></si><si><r><t>手机</t></r><r><t>号</t></r></si><si><t>张伟</t></si></sst>";

constexpr std::string_view kOfdRoot =
    "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>"
    "Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
constexpr std::string_view kOfdDocument =
    "<ofd:Document><ofd:CommonData><ofd:TemplatePage ID=\"2\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>"
    "</ofd:CommonData><ofd:Pages><ofd:Page ID=\"3\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
    "</ofd:Pages></ofd:Document>";

void ReadAll(const std::string& zip, OfficeKind kind) {
  auto parts = piguard::formats::OpenOfficeBytes(
      zip, kind, "fuzz.zip", [](std::string_view s) { return s == "姓名" || s == "电话"; });
  if (!parts.ok()) {
    PIGUARD_FUZZ_CHECK(parts.status().message().rfind("fuzz.zip", 0) == 0,
                       "error does not name the input: %s", parts.status().message().c_str());
    return;
  }
  piguard::formats::ForEachPart(parts.value(), [](piguard::formats::OfficePart& part) {
    std::string text;
    char buf[700];
    piguard::Status error;
    int zeros = 0;
    while (zeros < 2) {
      auto r = part.source->Read(buf, sizeof buf);
      if (!r.ok()) {
        PIGUARD_FUZZ_CHECK(r.status().message().rfind("fuzz.zip", 0) == 0,
                           "error does not name the input: %s", r.status().message().c_str());
        auto again = part.source->Read(buf, sizeof buf);
        PIGUARD_FUZZ_CHECK(!again.ok() && again.status().message() == r.status().message(),
                           "a Read after an error did not repeat it");
        break;
      }
      PIGUARD_FUZZ_CHECK(r.value() <= sizeof buf, "Read returned %zu > %zu", r.value(), sizeof buf);
      if (r.value() == 0) ++zeros;
      else PIGUARD_FUZZ_CHECK(zeros == 0, "data after the end");
      text.append(buf, r.value());
      PIGUARD_FUZZ_CHECK(text.size() < (size_t{1} << 28), "rendered text too large");
    }
    if (part.embedded) return true;  // an embedded file's bytes as stored, not rendered text
    PIGUARD_FUZZ_CHECK(piguard::utf8::FindInvalid(text) == std::string_view::npos,
                       "rendered text is not valid UTF-8");
    if (part.format == piguard::InputFormat::kCsv)
      PIGUARD_FUZZ_CHECK(piguard::utf8::CountNewlines(text) <= (size_t{1} << 21) + 1,
                         "more lines than rows");
    else
      PIGUARD_FUZZ_CHECK(text.find('\0') == std::string::npos, "NUL in a document's text");
    return true;
  });
}

// The bytes as antiword's output: its table drawings are rendered as the .docx tables are.
class Bytes : public piguard::formats::ByteSource {
 public:
  explicit Bytes(std::string_view s) : s_(s) {}
  piguard::Result<size_t> Read(char* buf, size_t n) override {
    const size_t k = std::min({n, size_t{333}, s_.size()});
    std::memcpy(buf, s_.data(), k);
    s_.remove_prefix(k);
    return k;
  }

 private:
  std::string_view s_;
};

void ReadAntiwordText(std::string_view text) {
  piguard::formats::AntiwordTables t(std::make_unique<Bytes>(text),
                                     [](std::string_view s) { return s == "姓名"; });
  std::string out;
  char buf[512];
  while (true) {
    auto r = t.Read(buf, sizeof buf);
    PIGUARD_FUZZ_CHECK(r.ok(), "antiword text gave an error");
    if (r.value() == 0) break;
    out.append(buf, r.value());
    // Rows become at most their text, a blank per cell, labels' colons and a delimiter row.
    PIGUARD_FUZZ_CHECK(out.size() <= 8 * text.size() + 64, "antiword text grew: %zu from %zu",
                       out.size(), text.size());
  }
}

// The bytes as an RTF document: rendered text is valid UTF-8 and bounded by the input (a \u
// escape is at least three bytes for at most three of UTF-8, a table's cells add their
// separators), and an error names the input.
void ReadRtf(std::string_view bytes) {
  auto src = piguard::formats::RtfText(std::make_unique<piguard::formats::BytesSource>(
                                           std::string(bytes)),
                                       "fuzz.rtf", [](std::string_view s) { return s == "姓名"; });
  std::string out;
  char buf[256];
  while (true) {
    auto r = src->Read(buf, sizeof buf);
    if (!r.ok()) {
      PIGUARD_FUZZ_CHECK(r.status().message().rfind("fuzz.rtf", 0) == 0,
                         "RTF error does not name the input");
      break;
    }
    if (r.value() == 0) break;
    out.append(buf, r.value());
    PIGUARD_FUZZ_CHECK(out.size() <= 4 * bytes.size() + 1024, "RTF text grew: %zu from %zu",
                       out.size(), bytes.size());
  }
  PIGUARD_FUZZ_CHECK(piguard::utf8::FindInvalid(out) == std::string_view::npos,
                     "RTF text is not valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  if (mode < 85) {
    const std::string zip(rest);
    ReadAll(zip, OfficeKind::kWorkbook);
    ReadAll(zip, OfficeKind::kDocument);
    ReadAll(zip, OfficeKind::kLegacyWorkbook);
    ReadAll(zip, OfficeKind::kOfd);
    ReadAll(zip, OfficeKind::kOpenDocument);
    ReadAll(zip, OfficeKind::kSqliteDatabase);
    ReadAntiwordText(zip);
    (void)piguard::formats::HasWordDocumentStream(zip);
    ReadRtf(zip);
  } else if (mode < 170) {
    ReadAll(StoredZip({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                       {"xl/sharedStrings.xml", kShared}, {"xl/worksheets/sheet1.xml", rest}}),
            OfficeKind::kWorkbook);
  } else if (mode < 213) {
    ReadAll(StoredZip({{"word/document.xml", rest}, {"word/embeddings/oleObject1.bin", rest}}),
            OfficeKind::kDocument);
  } else if (mode >= 234) {
    ReadAll(StoredZip({{"content.xml", rest}, {"styles.xml", rest}, {"Object 1/content.xml", rest}}),
            OfficeKind::kOpenDocument);
    ReadAll(std::string(rest), OfficeKind::kOpenDocument);
  } else {
    // The XML of an OFD page, used as the page and as its template.
    ReadAll(StoredZip({{"OFD.xml", kOfdRoot},
                       {"Doc_0/Document.xml", kOfdDocument},
                       {"Doc_0/Tpls/Tpl_0/Content.xml", rest},
                       {"Doc_0/Pages/Page_0/Content.xml", rest}}),
            OfficeKind::kOfd);
  }
  return 0;
}
