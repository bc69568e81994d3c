// fuzz_archive: archives (formats::ArchiveReader over libarchive), each input read twice: as
// a stream (an archive inside another) and from memory (seekable, as a file or a nested ZIP
// or 7z archive is read). Every member is read to its end (at most 4 MiB of output in
// all, so that a small bomb does not make the fuzzer slow). Checks:
//  - LooksLikeArchive does not read past what it is given (ASan) and agrees with itself on a
//    longer head;
//  - every error, of Next, of TakeDamage or of a member's Read, names the archive ("fuzz.bin: ..." or
//    "fuzz.bin!member: ..."), and a member's Read after an error repeats it;
//  - a Read returns at most what was asked, and nothing after the member's end;
//  - member names are valid UTF-8 (they are printed in reports).
#include <algorithm>
#include <cstring>

#include "core/utf8.h"
#include "formats/archive.h"
#include "fuzz_common.h"

namespace {

constexpr size_t kMaxOutput = 4u << 20;
constexpr char kName[] = "fuzz.bin";

class MemorySource : public piguard::formats::ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  piguard::Result<size_t> Read(char* buf, size_t n) override {
    // Odd-sized pieces: libarchive must not assume its reads come back whole.
    const size_t k = std::min({n, size_t{777}, bytes_.size()});
    std::memcpy(buf, bytes_.data(), k);
    bytes_.remove_prefix(k);
    return k;
  }

 private:
  std::string_view bytes_;
};

bool Names(const std::string& message, const std::string& who) {
  return message.rfind(who + ": ", 0) == 0;
}

void ReadEverything(piguard::Result<std::unique_ptr<piguard::formats::ArchiveReader>> reader) {
  if (!reader.ok()) {
    PIGUARD_FUZZ_CHECK(Names(reader.status().message(), kName), "open error does not name it: %s",
                       reader.status().message().c_str());
    return;
  }
  size_t output = 0;
  piguard::formats::ArchiveMember member;
  for (int members = 0; members < 10000 && output < kMaxOutput; ++members) {
    auto next = reader.value()->Next(&member);
    const std::string damage = reader.value()->TakeDamage();
    PIGUARD_FUZZ_CHECK(damage.empty() || Names(damage, kName), "damage does not name it: %s",
                       damage.c_str());
    if (!next.ok()) {
      PIGUARD_FUZZ_CHECK(Names(next.status().message(), kName), "Next error does not name it: %s",
                         next.status().message().c_str());
      break;
    }
    if (!next.value()) break;
    PIGUARD_FUZZ_CHECK(piguard::utf8::FindInvalid(member.name) == std::string_view::npos,
                       "member name is not UTF-8");
    const std::string who = std::string(kName) + "!" + member.name;
    char buf[4096];
    bool ended = false;
    while (output < kMaxOutput) {
      auto r = reader.value()->data()->Read(buf, sizeof buf);
      if (!r.ok()) {
        PIGUARD_FUZZ_CHECK(Names(r.status().message(), who), "Read error does not name %s: %s",
                           who.c_str(), r.status().message().c_str());
        auto again = reader.value()->data()->Read(buf, sizeof buf);
        PIGUARD_FUZZ_CHECK(!again.ok() && again.status().message() == r.status().message(),
                           "a Read after an error did not repeat it");
        break;
      }
      PIGUARD_FUZZ_CHECK(r.value() <= sizeof buf, "Read returned %zu > %zu", r.value(), sizeof buf);
      if (r.value() == 0) {
        if (ended) break;
        ended = true;  // read once more: nothing may follow the end
        continue;
      }
      PIGUARD_FUZZ_CHECK(!ended, "data after the end of a member");
      output += r.value();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool looks = piguard::formats::LooksLikeArchive(bytes.substr(0, 512));
  (void)piguard::formats::ArchiveKindName(bytes);
  if (size >= 512)
    PIGUARD_FUZZ_CHECK(looks == piguard::formats::LooksLikeArchive(bytes),
                       "LooksLikeArchive reads past 512 bytes");

  // As a stream (an archive inside another) and from memory (seekable, as a file is read).
  MemorySource source(bytes);
  ReadEverything(piguard::formats::ArchiveReader::OpenStream(&source, kName));
  ReadEverything(piguard::formats::ArchiveReader::OpenMemory(std::string(bytes), kName));
  return 0;
}
