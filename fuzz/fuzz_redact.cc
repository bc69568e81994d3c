// fuzz_redact: the redactor on every format. The first byte picks the format (text, CSV, TSV,
// JSON Lines) and the rules (keyless, or keyed with fpe / pseudonym / ip_prefix / date_shift);
// the rest is the input, run through RunRedactJob as a file (a memfd). Contracts checked:
//   - one output line per input line (replacements never contain line breaks), for every
//     format without dropped fields;
//   - JSON Lines: every input line that is a valid JSON object is a valid JSON object out;
//   - CSV/TSV: a well-formed input gives as many records, each with as many cells, out (with
//     a dropped column: as many well-formed records);
//   - read as GB18030 (decoded, redacted, encoded back): one output line per input line.
#include <sys/mman.h>
#include <unistd.h>

#include <simdjson.h>

#include "fuzz_common.h"
#include "piguard/redact.h"

namespace {

using namespace piguard;

constexpr std::string_view kKeyedRules = R"yaml(
default: {operator: pseudonym, length: 8}
types:
  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}
  PHONE_NUMBER: {operator: fpe}
  BANK_CARD_NUMBER: {operator: fpe}
  IMSI_ID: {operator: fpe}
  IMEI_HARDWARE_ID: {operator: fpe}
  ICCID_NUMBER: {operator: fpe}
  MEID: {operator: fpe}
  MAC_ADDRESS: {operator: fpe}
  CHINA_PASSPORT: {operator: fpe}
  HK_MACAU_TRAVEL_PERMIT: {operator: fpe}
  CHINA_LICENSE_PLATE: {operator: fpe}
  EMAIL_ADDRESS: {operator: fpe}
  IP_ADDRESS: {operator: ip_prefix}
  DATE_OF_BIRTH: {operator: date_shift, subject_field: uid}
  PERSON_NAME: {operator: mask, keep_first: 1, char: 某}
fields:
  - {field: "**.name", type: PERSON_NAME, operator: mask, keep_last: 1, whole_value: true}
  - {field: "**.drop", operator: drop}
)yaml";

constexpr std::string_view kDropRules = R"yaml(
default: {operator: remove}
fields:
  - {field: b, operator: drop}
)yaml";

const Redactor& MakeRedactor(int which) {
  static std::unique_ptr<Redactor> r[3];
  if (!r[which]) {
    RedactKey key;
    for (size_t i = 0; i < key.bytes.size(); ++i) key.bytes[i] = static_cast<uint8_t>(i * 7);
    RedactRules rules = which == 0   ? DefaultRedactRules()
                        : which == 1 ? ParseRedactRules(kKeyedRules, "fuzz").value()
                                     : ParseRedactRules(kDropRules, "fuzz").value();
    auto made = Redactor::Create(piguard_fuzz::WideScanner(), rules, &key, "fuzz");
    PIGUARD_FUZZ_CHECK(made.ok(), "%s", made.status().message().c_str());
    r[which] = std::move(made).value();
  }
  return *r[which];
}

class Collect : public RedactOutput {
 public:
  Status Write(const InputInfo&, std::string_view b) override {
    out.append(b);
    return Status::Ok();
  }
  void OnFinding(const InputInfo&, const Finding&) override {}
  std::string out;
};

std::vector<std::string_view> Lines(std::string_view s) {
  std::vector<std::string_view> v;
  size_t p = 0;
  while (p <= s.size()) {
    size_t nl = s.find('\n', p);
    if (nl == std::string_view::npos) nl = s.size();
    v.push_back(s.substr(p, nl - p));
    p = nl + 1;
  }
  return v;
}

// A strict RFC 4180 reader (quoted cells may hold delimiters, quotes as "", line breaks):
// the cell count of each record, or nullopt when the input is not well-formed. The text after
// the last line break counts as a record even when empty, so that removing the whole content
// of an unterminated last line does not count as losing a record.
std::optional<std::vector<size_t>> CsvShape(std::string_view s, char delim, bool quoting) {
  std::vector<size_t> shape;
  size_t i = 0, cells = 1;
  bool cell_start = true;
  while (i < s.size()) {
    if (quoting && cell_start && s[i] == '"') {
      cell_start = false;
      ++i;
      while (true) {
        if (i >= s.size()) return std::nullopt;
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        ++i;
      }
      if (i < s.size() && s[i] != delim && s[i] != '\n') return std::nullopt;
      continue;
    }
    cell_start = s[i] == delim || s[i] == '\n';
    if (s[i] == delim) ++cells;
    else if (s[i] == '\n') {
      shape.push_back(cells);
      cells = 1;
    } else if (quoting && s[i] == '"') {
      return std::nullopt;  // a quote inside an unquoted cell
    }
    ++i;
  }
  shape.push_back(cells);  // what follows the last line break, even nothing, is a record
  return shape;
}

bool ValidJsonObject(std::string_view line) {
  static simdjson::dom::parser parser;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  simdjson::dom::element e;
  if (parser.parse(line.data(), line.size()).get(e)) return false;
  return e.type() == simdjson::dom::element_type::OBJECT;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t sel = data[0];
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  static const InputFormat kFormats[] = {InputFormat::kText, InputFormat::kCsv, InputFormat::kTsv,
                                         InputFormat::kJsonl};
  InputFormat format = kFormats[sel & 3];
  int rules = (sel >> 2) % 3;
  if (rules == 2 && format != InputFormat::kCsv) rules = 1;  // drop checks are CSV-shaped

  static int fd = memfd_create("fuzz_redact", 0);
  PIGUARD_FUZZ_CHECK(fd >= 0, "memfd_create failed");
  PIGUARD_FUZZ_CHECK(ftruncate(fd, 0) == 0 && pwrite(fd, input.data(), input.size(), 0) ==
                                                   static_cast<ssize_t>(input.size()),
                     "memfd write failed");
  ScanJobOptions o;
  o.paths = {"/proc/self/fd/" + std::to_string(fd)};
  o.format = format;
  o.scan_binary = true;
  o.chunk_bytes = 64 + (sel >> 4) * 37;  // small chunks: records cross chunk boundaries
  o.csv_header = (sel & 0x80) != 0;
  // The contracts below are about bytes: the input is read as UTF-8 (as it is). The
  // decoded path gets its own run after them.
  o.encoding = TextEncoding::kUtf8;
  Collect out;
  RedactJobSummary s = RunRedactJob(MakeRedactor(rules), o, RedactJobOptions{}, out);
  PIGUARD_FUZZ_CHECK(s.scan.errors == 0, "read error on a memfd");
  if (rules != 2) {
    // Read as GB18030 and written back in it: a newline is never part of a GB18030
    // character, and replacements hold none, so the lines stay.
    o.encoding = TextEncoding::kGb18030;
    Collect gb;
    RedactJobSummary g = RunRedactJob(MakeRedactor(rules), o, RedactJobOptions{}, gb);
    PIGUARD_FUZZ_CHECK(g.scan.errors == 0, "read error on a memfd (GB18030)");
    PIGUARD_FUZZ_CHECK(piguard_fuzz::CountNewlines(gb.out) == piguard_fuzz::CountNewlines(input),
                       "GB18030: line count changed: %zu in, %zu out",
                       (size_t)piguard_fuzz::CountNewlines(input),
                       (size_t)piguard_fuzz::CountNewlines(gb.out));
  }

  if (rules != 2) {
    PIGUARD_FUZZ_CHECK(piguard_fuzz::CountNewlines(out.out) == piguard_fuzz::CountNewlines(input),
                       "line count changed: %zu in, %zu out", (size_t)piguard_fuzz::CountNewlines(input),
                       (size_t)piguard_fuzz::CountNewlines(out.out));
  }
  if (format == InputFormat::kJsonl) {
    auto in_lines = Lines(input), out_lines = Lines(out.out);
    for (size_t i = 0; i < in_lines.size() && i < out_lines.size(); ++i) {
      std::string_view l = in_lines[i];
      if (i == 0 && l.substr(0, 3) == "\xEF\xBB\xBF") continue;  // BOM line: skip the check
      if (ValidJsonObject(l))
        PIGUARD_FUZZ_CHECK(ValidJsonObject(out_lines[i]), "line %zu: valid JSON in, invalid out", i + 1);
    }
  }
  if ((format == InputFormat::kCsv || format == InputFormat::kTsv) && s.stats.malformed_records == 0) {
    char delim = format == InputFormat::kCsv ? ',' : '\t';
    bool quoting = format == InputFormat::kCsv;
    auto in_shape = CsvShape(input, delim, quoting);
    // Only inputs the reader parses the same way: no stray quotes inside unquoted TSV cells,
    // no bare CR.
    if (in_shape && input.find('\r') == std::string_view::npos &&
        input.find('\0') == std::string_view::npos) {
      auto out_shape = CsvShape(out.out, delim, quoting);
      PIGUARD_FUZZ_CHECK(out_shape.has_value(), "well-formed CSV in, malformed out");
      PIGUARD_FUZZ_CHECK(out_shape->size() == in_shape->size(), "record count changed");
      if (rules != 2) {
        PIGUARD_FUZZ_CHECK(*out_shape == *in_shape, "cell counts changed");
      }
    }
  }
  return 0;
}
