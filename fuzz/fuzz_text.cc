// fuzz_text: the input bytes are one chunk of a plain-text input (log lines), scanned with
// formats::ScanChunk(kText) by the default scanner and by a scanner with a wide configuration.
// When formats::HeaderlessDelimiter takes the text for a table without a header (Hive's 0x01
// files, '|' records), it is also scanned as the scan job would then read it: columns
// classed by their values (InferUnnamedColumns), ScanChunk(kHive / kPsv).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard_fuzz;
  static piguard::formats::ReaderScratch scratch;  // reused, as a worker thread does
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  piguard::formats::Chunk chunk = MakeChunk(bytes, 0);
  ScanAndCheckChunk(DefaultScanner(), scratch, piguard::InputFormat::kText, nullptr, chunk);
  // Same bytes at a large base offset (as in the middle of a big file), wide configuration.
  chunk.base_offset = (uint64_t{1} << 33) + 7;
  ScanAndCheckChunk(WideScanner(), scratch, piguard::InputFormat::kText, nullptr, chunk);
  if (const char delim = piguard::formats::HeaderlessDelimiter(DefaultScanner(), bytes)) {
    PIGUARD_FUZZ_CHECK(delim == '\x01' || delim == '|', "delimiter 0x%02x", delim & 0xFF);
    piguard::formats::Chunk table = MakeChunk(bytes, 0);
    piguard::formats::CsvHeader header;
    header.delim = delim;
    piguard::formats::InferUnnamedColumns(DefaultScanner(), table.view(), 0, false, &header);
    ScanAndCheckChunk(DefaultScanner(), scratch,
                      delim == '|' ? piguard::InputFormat::kPsv : piguard::InputFormat::kHive,
                      &header, table);
  }
  return 0;
}
