// fuzz_jsonl: the input bytes are one chunk of a JSON Lines input, scanned with
// formats::ScanChunk(kJsonl) by the default scanner and by a scanner with a wide
// configuration. The chunk keeps simdjson's padding of zero bytes after its data, and
// nothing more, so ASan sees any read beyond it.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard_fuzz;
  static piguard::formats::ReaderScratch scratch;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  piguard::formats::Chunk chunk = MakeChunk(bytes, 0);
  ScanAndCheckChunk(DefaultScanner(), scratch, piguard::InputFormat::kJsonl, nullptr, chunk);
  chunk.base_offset = 1000003;
  ScanAndCheckChunk(WideScanner(), scratch, piguard::InputFormat::kJsonl, nullptr, chunk);
  return 0;
}
