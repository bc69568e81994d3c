// Byte streams the readers pull from: plain files, standard input, gzip (by magic bytes).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "piguard/status.h"

namespace piguard::formats {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes; returns 0 at end of stream, or an error status.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  virtual bool gzip() const { return false; }
  // Whether a Read now would return data without waiting (a pipe with bytes in it, a regular
  // file). Low-latency jobs read on while this holds and hand over a chunk when it does not.
  virtual bool MoreReady() { return true; }
};

// Opens `path` ("-" is standard input). A stream that starts with the gzip magic bytes is
// decompressed transparently (multi-member streams included).
Result<std::unique_ptr<ByteSource>> OpenSource(const std::string& path);

}  // namespace piguard::formats
