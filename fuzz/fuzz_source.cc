// fuzz_source: the input bytes are a whole input stream, sniffed and decompressed by
// formats::SniffSource (plain, gzip, zstd, xz or bzip2) and read to the end twice: arriving
// all at once and read in 64 KiB pieces, and arriving a few bytes at a time (as from a slow
// pipe) and read in small, odd-sized pieces. Checks:
//  - a Read returns at most what was asked; after the end it keeps returning 0, and after
//    an error the same error;
//  - plain input comes out byte for byte;
//  - an error is DataLoss naming the input and the compression, truncation or a compressed
//    offset within the input;
//  - both ways of reading agree: the same compression, the same outcome (end, truncation,
//    damage, memory limit), and the same bytes (one a prefix of the other when decoding
//    stopped at an error, as decoders may notice damage at slightly different points). For
//    zstd the outcome may differ on damaged input (libzstd's checks depend on how the input
//    arrives); the bytes may not.
// Output is capped at kMaxOutput per reading, so a small input that decodes to gigabytes
// (which is fine: it streams) does not make the run slow.
#include <cinttypes>
#include <deque>

#include "formats/byte_source.h"
#include "fuzz_common.h"

namespace {

constexpr size_t kMaxOutput = 4u << 20;
constexpr char kName[] = "fuzz.in";

// Serves `bytes` at most `max_read` bytes per Read.
class MemorySource : public piguard::formats::ByteSource {
 public:
  MemorySource(std::string_view bytes, size_t max_read) : bytes_(bytes), max_read_(max_read) {}
  piguard::Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min({n, max_read_, bytes_.size()});
    std::memcpy(buf, bytes_.data(), k);
    bytes_.remove_prefix(k);
    return k;
  }

 private:
  std::string_view bytes_;
  size_t max_read_;
};

struct Outcome {
  std::string compression;
  std::string data;
  bool capped = false;         // stopped at kMaxOutput
  piguard::Status status;      // the error that ended it, if any
  std::string kind;            // "end", "truncated", "corrupt", "limit"
};

// What an error message says happened; checks its form on the way.
std::string Kind(const piguard::Status& st, const std::string& compression, size_t input_size) {
  const std::string& m = st.message();
  PIGUARD_FUZZ_CHECK(st.code() == piguard::StatusCode::kDataLoss, "error of code %d: %s",
                     static_cast<int>(st.code()), m.c_str());
  const std::string head = std::string(kName) + ": " + compression + " ";
  PIGUARD_FUZZ_CHECK(!compression.empty() && m.rfind(head, 0) == 0,
                     "error does not start with '%s': %s", head.c_str(), m.c_str());
  if (m.find(" stream is truncated (it ends inside ") != std::string::npos) return "truncated";
  const char* at = " compressed byte ";
  size_t p = m.find(at);
  PIGUARD_FUZZ_CHECK(p != std::string::npos, "error names no compressed offset: %s", m.c_str());
  unsigned long long off = std::strtoull(m.c_str() + p + std::strlen(at), nullptr, 10);
  PIGUARD_FUZZ_CHECK(off <= input_size, "offset %llu past the input's %zu bytes: %s", off,
                     input_size, m.c_str());
  if (m.find(" data is corrupt near ") != std::string::npos) return "corrupt";
  PIGUARD_FUZZ_CHECK(m.find("memory limit") != std::string::npos, "unknown error: %s", m.c_str());
  return "limit";
}

Outcome ReadAll(std::string_view input, size_t max_read, size_t read_size) {
  Outcome o;
  auto src = piguard::formats::SniffSource(std::make_unique<MemorySource>(input, max_read), kName);
  PIGUARD_FUZZ_CHECK(src.ok(), "sniffing failed: %s", src.status().message().c_str());
  auto& s = *src.value();
  o.compression = std::string(s.compression());
  std::string buf(read_size, '\0');
  while (o.data.size() < kMaxOutput) {
    if (o.data.size() % 3 == 0) (void)s.MoreReady();
    auto r = s.Read(buf.data(), buf.size());
    if (!r.ok()) {
      o.status = r.status();
      o.kind = Kind(o.status, o.compression, input.size());
      auto again = s.Read(buf.data(), buf.size());
      PIGUARD_FUZZ_CHECK(!again.ok() && again.status().message() == o.status.message(),
                         "a Read after an error did not return the same error");
      return o;
    }
    PIGUARD_FUZZ_CHECK(r.value() <= buf.size(), "Read returned %zu > %zu", r.value(), buf.size());
    if (r.value() == 0) {
      auto again = s.Read(buf.data(), buf.size());
      PIGUARD_FUZZ_CHECK(again.ok() && again.value() == 0, "a Read after the end returned data");
      o.kind = "end";
      return o;
    }
    piguard_fuzz::Touch(std::string_view(buf.data(), r.value()));
    o.data.append(buf.data(), r.value());
  }
  o.capped = true;
  o.data.resize(kMaxOutput);
  return o;
}

bool IsPrefix(const std::string& a, const std::string& b) {
  return a.size() <= b.size() && b.compare(0, a.size(), a) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // The slow way's sizes come from the input, so they vary without a header to get right.
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < std::min<size_t>(size, 64); ++i) h = (h ^ data[i]) * 16777619u;
  Outcome fast = ReadAll(input, SIZE_MAX, 1 << 16);
  Outcome slow = ReadAll(input, 1 + h % 7, 1 + (h >> 8) % 997);

  PIGUARD_FUZZ_CHECK(fast.compression == slow.compression, "compression '%s' vs '%s'",
                     fast.compression.c_str(), slow.compression.c_str());
  if (fast.compression.empty()) {
    PIGUARD_FUZZ_CHECK(fast.kind == "end" && fast.data == input && slow.kind == "end" &&
                           slow.data == input,
                       "plain input did not come out unchanged");
    return 0;
  }
  if (fast.capped || slow.capped) {
    const std::string& shorter = fast.data.size() <= slow.data.size() ? fast.data : slow.data;
    const std::string& longer = fast.data.size() <= slow.data.size() ? slow.data : fast.data;
    PIGUARD_FUZZ_CHECK(IsPrefix(shorter, longer), "the two readings decoded different bytes");
    return 0;
  }
  // libzstd checks a damaged frame differently depending on how much input each call gets:
  // the same bytes may be refused when they arrive at once and pass when they trickle in (an
  // empty frame whose block header is invalid, say). For zstd the two readings must still
  // agree on the bytes (one a prefix of the other), but not on how they ended.
  if (fast.kind != slow.kind && fast.compression == "zstd") {
    const std::string& shorter = fast.data.size() <= slow.data.size() ? fast.data : slow.data;
    const std::string& longer = fast.data.size() <= slow.data.size() ? slow.data : fast.data;
    PIGUARD_FUZZ_CHECK(IsPrefix(shorter, longer), "the two readings decoded different bytes");
    return 0;
  }
  PIGUARD_FUZZ_CHECK(fast.kind == slow.kind, "all at once: %s (%s); trickled: %s (%s)",
                     fast.kind.c_str(), fast.status.message().c_str(), slow.kind.c_str(),
                     slow.status.message().c_str());
  if (fast.kind == "end") {
    PIGUARD_FUZZ_CHECK(fast.data == slow.data, "the two readings decoded %zu and %zu bytes",
                       fast.data.size(), slow.data.size());
  } else {
    const std::string& shorter = fast.data.size() <= slow.data.size() ? fast.data : slow.data;
    const std::string& longer = fast.data.size() <= slow.data.size() ? slow.data : fast.data;
    PIGUARD_FUZZ_CHECK(IsPrefix(shorter, longer), "the two readings decoded different bytes");
  }
  return 0;
}
