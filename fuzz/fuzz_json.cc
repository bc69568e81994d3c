// fuzz_json: the input bytes are one chunk holding a whole JSON document (or several after
// one another), scanned with formats::ScanChunk(kJson) by the default scanner and by a
// scanner with a wide configuration: the document walk with its line count, and the text
// fallback for documents that do not parse. The chunk keeps simdjson's padding of zero bytes
// after its data, and nothing more, so ASan sees any read beyond it.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace piguard_fuzz;
  static piguard::formats::ReaderScratch scratch;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  piguard::formats::Chunk chunk = MakeChunk(bytes, 0);
  ScanAndCheckChunk(DefaultScanner(), scratch, piguard::InputFormat::kJson, nullptr, chunk);
  chunk.base_offset = 1000003;
  ScanAndCheckChunk(WideScanner(), scratch, piguard::InputFormat::kJson, nullptr, chunk);
  return 0;
}
