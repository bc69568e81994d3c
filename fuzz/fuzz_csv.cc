// fuzz_csv: the first byte is a flag, the rest is the start of a CSV/TSV input. The header
// row is parsed with formats::ParseCsvHeader (as the scan job does for the first chunk) and
// the chunk is scanned with formats::ScanChunk(kCsv / kTsv).
//
// Flag byte bits:
//   bit 0  TSV (tab-delimited, no quoting) instead of CSV
//   bit 1  no header row: ScanChunk gets a null header and scans from the first byte
//   bit 2  wide configuration instead of the default one
//   bit 3  scan as a later chunk: no header row inside it, non-zero base offset
// Only the low four bits count, so the seeds start with a readable ASCII digit whose value
// is the flag: '0' = CSV with header, '1' = TSV with header, '2' = CSV without header,
// '4' = CSV with header and the wide configuration, '8' = CSV as a later chunk.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard_fuzz;
  if (size < 1) return 0;
  static piguard::formats::ReaderScratch scratch;
  const uint8_t flags = data[0];
  const bool tsv = flags & 1;
  const bool with_header = !(flags & 2);
  const bool wide = flags & 4;
  const bool later_chunk = flags & 8;
  const piguard::Scanner& scanner = wide ? WideScanner() : DefaultScanner();
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  piguard::formats::Chunk chunk = MakeChunk(bytes, later_chunk ? 4096 : 0);
  piguard::formats::CsvHeader header;
  if (with_header) {
    size_t end = 12345;
    header = piguard::formats::ParseCsvHeader(scanner, chunk.view(), tsv ? '\t' : ',', !tsv, &end);
    PIGUARD_FUZZ_CHECK(end <= chunk.size, "header_end %zu beyond the chunk size %zu", end,
                       chunk.size);
    PIGUARD_FUZZ_CHECK(header.names.size() == header.classes.size(),
                       "header has %zu names but %zu classes", header.names.size(),
                       header.classes.size());
    for (const auto& n : header.names) Touch(n);
    if (!later_chunk) chunk.skip_bytes = end;
  }
  ScanAndCheckChunk(scanner, scratch, tsv ? piguard::InputFormat::kTsv : piguard::InputFormat::kCsv,
                    with_header ? &header : nullptr, chunk);
  return 0;
}
