// A helper binary for script tests of the compound-file reader (src/formats/cfb.h):
//   piguard_cfb_tool FILE        the names under the root, one per line
//   piguard_cfb_tool FILE NAME   the bytes of that stream on stdout (exit 3 when there is none)
// Errors go to stderr with exit status 2.
#include <cstdio>
#include <string>

#include "formats/cfb.h"

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: piguard_cfb_tool FILE [STREAM]\n");
    return 2;
  }
  auto bytes = piguard::formats::OpenRandomAccessFile(argv[1]);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.status().message().c_str());
    return 2;
  }
  auto cf = piguard::formats::CompoundFile::Open(std::move(bytes).value(), argv[1]);
  if (!cf.ok()) {
    std::fprintf(stderr, "%s\n", cf.status().message().c_str());
    return 2;
  }
  if (argc == 2) {
    for (const std::string& name : cf.value().RootNames()) std::printf("%s\n", name.c_str());
    return 0;
  }
  auto stream = cf.value().ReadStream(argv[2], uint64_t{1} << 30);
  if (!stream.ok()) {
    std::fprintf(stderr, "%s\n", stream.status().message().c_str());
    return 2;
  }
  if (!stream.value()) return 3;
  const std::string& s = *stream.value();
  return std::fwrite(s.data(), 1, s.size(), stdout) == s.size() ? 0 : 2;
}
