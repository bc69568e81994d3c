// fuzz_text: the input bytes are one chunk of a plain-text input (log lines), scanned with
// formats::ScanChunk(kText) by the default scanner and by a scanner with a wide configuration.
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
  return 0;
}
