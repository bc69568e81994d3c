// Byte sources: compressed streams recognised by content and decoded to the original bytes
// however the input arrives, truncation and damage reported after everything before them was
// handed out, and plain text that merely starts like a magic left alone.
#include "formats/byte_source.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "formats/compress_util.h"

namespace piguard::formats {
namespace {

using testutil::Codec;
using testutil::CodecName;
using testutil::CompressOne;
using testutil::CompressUnits;

// Serves scripted reads: each Read returns at most the next piece (and at most max_read
// bytes), as a pipe would. A Read after the last piece is the end of the stream, or, with
// `block_at_end`, a test failure: a real pipe would block there.
class ScriptedSource : public ByteSource {
 public:
  explicit ScriptedSource(std::deque<std::string> pieces, size_t max_read = SIZE_MAX,
                          bool block_at_end = false)
      : pieces_(std::move(pieces)), max_read_(max_read), block_at_end_(block_at_end) {}
  Result<size_t> Read(char* buf, size_t n) override {
    ++reads;
    while (!pieces_.empty() && pieces_.front().empty()) pieces_.pop_front();
    if (pieces_.empty()) {
      if (block_at_end_) {
        ADD_FAILURE() << "read past what has arrived (a pipe would block here)";
        return IoError("would block");
      }
      return size_t{0};
    }
    std::string& p = pieces_.front();
    size_t k = std::min({n, max_read_, p.size()});
    std::copy_n(p.data(), k, buf);
    p.erase(0, k);
    return k;
  }
  int reads = 0;

 private:
  std::deque<std::string> pieces_;
  size_t max_read_;
  bool block_at_end_;
};

struct ReadOut {
  std::string data;  // everything handed out before the end or the error
  Status status;
  std::string_view compression;
};

// Sniffs `bytes` (served max_read bytes per read) and reads it all in reads of `read_size`.
ReadOut ReadAll(std::string bytes, size_t read_size = 1 << 16, size_t max_read = SIZE_MAX) {
  ReadOut out;
  auto src = SniffSource(std::make_unique<ScriptedSource>(std::deque<std::string>{std::move(bytes)},
                                                          max_read),
                         "in.bin");
  if (!src.ok()) {
    out.status = src.status();
    return out;
  }
  out.compression = src.value()->compression();
  std::string buf(read_size, '\0');
  while (true) {
    auto r = src.value()->Read(buf.data(), buf.size());
    if (!r.ok()) {
      out.status = r.status();
      auto again = src.value()->Read(buf.data(), buf.size());
      EXPECT_TRUE(!again.ok() && again.status().message() == out.status.message())
          << "a Read after an error does not return the same error";
      return out;
    }
    if (r.value() == 0) return out;
    out.data.append(buf.data(), r.value());
  }
}

// Lines with phone numbers that do not repeat, so compressed data spans many input reads.
std::string Sample(size_t lines) {
  std::string s;
  uint64_t x = 88172645463325252ull;
  for (size_t i = 0; i < lines; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    s += "row " + std::to_string(i) + " msisdn=138" + std::to_string(10000000 + x % 90000000) +
         " cell=" + std::to_string(x >> 44) + "\n";
  }
  return s;
}

// How many bytes each codec's magic takes in piguard's sniffing.
size_t MagicSize(Codec c) {
  switch (c) {
    case Codec::kGzip: return 2;
    case Codec::kZstd: return 4;
    case Codec::kXz: return 6;
    case Codec::kBzip2: return 10;
  }
  return 0;
}

bool IsStartOf(const std::string& part, const std::string& whole) {
  return part.size() <= whole.size() && whole.compare(0, part.size(), part) == 0;
}

class CodecTest : public ::testing::TestWithParam<Codec> {
 protected:
  Codec codec() const { return GetParam(); }
  std::string name() const { return std::string(CodecName(GetParam())); }
};

TEST_P(CodecTest, SeveralUnitsDecodeToTheOriginalHoweverTheBytesArrive) {
  const std::string data = Sample(20000);  // ~830 kB; bzip2 blocks of 100 kB
  const std::string z = CompressUnits(codec(), data, 3);
  ASSERT_GT(z.size(), 2u << 16) << "the compressed input should take several reads";
  struct Way {
    size_t read_size, max_read;
  };
  for (Way way : {Way{1 << 16, SIZE_MAX}, Way{1 << 20, 4096}, Way{7, 1 << 16}, Way{4093, 1}}) {
    SCOPED_TRACE("read " + std::to_string(way.read_size) + ", arriving " +
                 std::to_string(way.max_read));
    ReadOut r = ReadAll(z, way.read_size, way.max_read);
    EXPECT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.compression, name());
    EXPECT_TRUE(r.data == data) << "decoded " << r.data.size() << " of " << data.size() << " bytes";
  }
}

TEST_P(CodecTest, EmptyAndOneByteContent) {
  for (std::string content : {std::string(), std::string("x")}) {
    ReadOut r = ReadAll(CompressOne(codec(), content));
    EXPECT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.compression, name());
    EXPECT_EQ(r.data, content);
  }
}

TEST_P(CodecTest, CutBetweenUnitsIsAShorterCompleteInput) {
  const std::string first = Sample(100);
  ReadOut r = ReadAll(CompressOne(codec(), first));
  EXPECT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.data, first);
}

TEST_P(CodecTest, TruncatedIsDataLossAfterEverythingBeforeTheCut) {
  const std::string data = Sample(8000);
  const std::string z = CompressUnits(codec(), data, 3);
  for (size_t keep : {z.size() - 1, z.size() / 2, MagicSize(codec())}) {
    SCOPED_TRACE("kept " + std::to_string(keep) + " of " + std::to_string(z.size()) + " bytes");
    ReadOut r = ReadAll(z.substr(0, keep));
    EXPECT_EQ(r.compression, name());
    EXPECT_EQ(r.status.code(), StatusCode::kDataLoss);
    EXPECT_EQ(r.status.message(), "in.bin: " + name() + " stream is truncated (it ends inside " +
                                      (codec() == Codec::kGzip   ? "a member"
                                       : codec() == Codec::kZstd ? "a frame"
                                                                 : "a stream") +
                                      "); the data before that point was scanned");
    EXPECT_TRUE(IsStartOf(r.data, data)) << "what came out is not the start of the input";
    if (keep == z.size() / 2) {
      EXPECT_GT(r.data.size(), data.size() / 4);
    }
  }
}

TEST_P(CodecTest, TrailingGarbageIsCorruptAtItsOffsetAfterAllTheData) {
  const std::string data = Sample(3000);
  const std::string z = CompressOne(codec(), data);
  ReadOut r = ReadAll(z + "garbage, not compressed\n");
  EXPECT_EQ(r.status.code(), StatusCode::kDataLoss);
  const std::string prefix = "in.bin: " + name() + " data is corrupt near compressed byte ";
  ASSERT_EQ(r.status.message().substr(0, prefix.size()), prefix) << r.status.message();
  const uint64_t at = std::stoull(r.status.message().substr(prefix.size()));
  EXPECT_GE(at, z.size());
  EXPECT_LE(at, z.size() + 24);
  EXPECT_TRUE(r.data == data) << "decoded " << r.data.size() << " of " << data.size() << " bytes";
}

TEST_P(CodecTest, DamageInsideTheDataIsCorruptWithAnOffset) {
  const std::string data = Sample(3000);
  std::string z = CompressOne(codec(), data);
  const size_t hit = z.size() / 2;
  for (size_t i = hit; i < hit + 16; ++i) z[i] = static_cast<char>(z[i] ^ 0x55);
  ReadOut r = ReadAll(z);
  EXPECT_EQ(r.status.code(), StatusCode::kDataLoss);
  const std::string prefix = "in.bin: " + name() + " data is corrupt near compressed byte ";
  ASSERT_EQ(r.status.message().substr(0, prefix.size()), prefix) << r.status.message();
  EXPECT_LE(std::stoull(r.status.message().substr(prefix.size())), z.size());
  // Shorter, or (gzip: damaged literals, caught by the CRC-32 at the end) not the same.
  EXPECT_FALSE(r.data == data);
}

TEST_P(CodecTest, ShorterThanItsMagicIsPlainBytes) {
  const std::string z = CompressOne(codec(), "hello");
  for (size_t k = 1; k < MagicSize(codec()); ++k) {
    ReadOut r = ReadAll(z.substr(0, k));
    EXPECT_TRUE(r.status.ok());
    EXPECT_EQ(r.compression, "");
    EXPECT_EQ(r.data, z.substr(0, k));
  }
}

// A Read returns what it has decoded instead of waiting for input that has not arrived.
TEST_P(CodecTest, HandsOutDecodedBytesBeforeReadingOn) {
  const std::string first = Sample(200);
  const std::string z = CompressOne(codec(), first) + CompressOne(codec(), "more\n");
  auto src = SniffSource(std::make_unique<ScriptedSource>(
                             std::deque<std::string>{z.substr(0, z.size() - 3)}, SIZE_MAX,
                             /*block_at_end=*/true),
                         "in.bin");
  ASSERT_TRUE(src.ok());
  std::string got(first.size() + 100, '\0');
  size_t have = 0;
  while (have < first.size()) {
    auto r = src.value()->Read(got.data() + have, got.size() - have);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_GT(r.value(), 0u);
    have += r.value();
  }
  EXPECT_EQ(got.substr(0, first.size()), first);
}

INSTANTIATE_TEST_SUITE_P(Codecs, CodecTest, ::testing::ValuesIn(testutil::kAllCodecs),
                         [](const auto& info) { return std::string(CodecName(info.param)); });

// A zstd frame, then a damaged frame in zstd's legacy v0.7 format: nothing but the first
// frame's bytes is handed out, however the bytes arrive. libzstd reports output from the call
// that fails that is not the data (found by fuzz_source: the whole read handed out 65 KiB of
// it), so that call's output is dropped; the first frame's bytes may go with it when both
// frames were decoded in that one call.
TEST(ZstdDamageTest, OnlyDecodedBytesAreHandedOut) {
  const std::string input(
      "\x28\xb5\x2f\xfd\x04\x58\x89\x00\x00"
      "call 13800138000\n"
      "\xbe\x81\x20\x4d\x27\xb5\x2f\xfd\x24\x00\x01\x00\x00\x99\xe9\xd8\x51\x28\xb5\x2f"
      "\xfd\x04\x9f\x61\x00\x00"
      "ip 10.1.2.3\n"
      "\xb2\xe9\x56\x24",
      68);
  for (auto [read_size, max_read] : {std::pair<size_t, size_t>{1 << 16, SIZE_MAX}, {7, 3}}) {
    ReadOut out = ReadAll(input, read_size, max_read);
    EXPECT_EQ(out.compression, "zstd");
    EXPECT_EQ(std::string("call 13800138000\n").rfind(out.data, 0), 0u) << read_size;
    EXPECT_EQ(out.status.code(), StatusCode::kDataLoss) << read_size;
  }
}

TEST(SniffTest, TextThatStartsLikeAMagicStaysText) {
  for (std::string text : {"BZh9", "BZh9 is a model number\n", "BZh91AY&S is not bzip2\n",
                           "BZh0" "1AY&SY is not bzip2 either\n", "P*M is text\n",
                           "\x28\xb5\x2f ok\n"}) {
    ReadOut r = ReadAll(text);
    EXPECT_TRUE(r.status.ok()) << text;
    EXPECT_EQ(r.compression, "") << text;
    EXPECT_EQ(r.data, text);
  }
}

TEST(SniffTest, EmptyInputIsEmpty) {
  ReadOut r = ReadAll("");
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.compression, "");
  EXPECT_EQ(r.data, "");
}

// A filter's first short line is not held back waiting for the bytes of a magic: sniffing
// stops reading as soon as no magic can match.
TEST(SniffTest, ReadsOnlyWhileAMagicCanStillMatch) {
  auto raw = std::make_unique<ScriptedSource>(std::deque<std::string>{"hi\n"}, SIZE_MAX,
                                              /*block_at_end=*/true);
  ScriptedSource* s = raw.get();
  auto src = SniffSource(std::move(raw), "-");
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(s->reads, 1);
  char buf[16];
  auto r = src.value()->Read(buf, sizeof buf);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(std::string(buf, r.value()), "hi\n");

  raw = std::make_unique<ScriptedSource>(std::deque<std::string>{"B", "Zh", "9\n"}, SIZE_MAX,
                                         /*block_at_end=*/true);
  s = raw.get();
  src = SniffSource(std::move(raw), "-");
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(s->reads, 3);
  EXPECT_EQ(src.value()->compression(), "");
}

TEST(SniffTest, EmptyBzip2StreamIsRecognised) {
  ReadOut r = ReadAll(CompressOne(Codec::kBzip2, ""));
  ASSERT_EQ(r.status.message(), "");
  EXPECT_EQ(r.compression, "bzip2");
  EXPECT_EQ(CompressOne(Codec::kBzip2, "").substr(4, 6), "\x17rE8P\x90");
}

// pzstd starts its output with a skippable frame; skippable frames between frames are fine.
TEST(SniffTest, ZstdSkippableFramesAreSkipped) {
  auto skippable = [](char variant, const std::string& payload) {
    std::string f = {variant, '\x2a', '\x4d', '\x18'};
    uint32_t n = static_cast<uint32_t>(payload.size());
    for (int i = 0; i < 4; ++i) f += static_cast<char>(n >> (8 * i));
    return f + payload;
  };
  const std::string data = Sample(50);
  ReadOut r = ReadAll(skippable('\x50', "abcd") + CompressOne(Codec::kZstd, data) +
                      skippable('\x5f', "") + CompressOne(Codec::kZstd, "end\n"));
  ASSERT_EQ(r.status.message(), "");
  EXPECT_EQ(r.compression, "zstd");
  EXPECT_EQ(r.data, data + "end\n");
}

// A frame may ask for a window of up to 3.75 TiB; libzstd's limit (128 MiB) keeps memory
// bounded, and the error says it is the limit, not damage.
TEST(SniffTest, ZstdWindowOverTheMemoryLimitIsRefused) {
  // Magic, frame header (no checksum, not single-segment) with a 1 GiB window, then one last
  // raw block of one byte.
  const std::string frame("\x28\xb5\x2f\xfd" "\x00" "\xa0" "\x09\x00\x00" "x", 10);
  ReadOut r = ReadAll(frame);
  EXPECT_EQ(r.status.code(), StatusCode::kDataLoss);
  EXPECT_NE(r.status.message().find("zstd data cannot be decoded within piguard's memory limit"),
            std::string::npos)
      << r.status.message();
}

// The same for an xz block whose LZMA2 dictionary is 1 GiB (the header is patched, with its
// CRC-32 made right again, so only the size is out of bounds).
TEST(SniffTest, XzDictionaryOverTheMemoryLimitIsRefused) {
  std::string z = CompressOne(Codec::kXz, Sample(10));
  const size_t block = 12;  // after the stream header
  const size_t header_size = (static_cast<unsigned char>(z[block]) + 1) * 4;
  const size_t filter = z.find("\x21\x01", block);  // LZMA2, one byte of properties
  ASSERT_LT(filter, block + header_size);
  z[filter + 2] = 36;  // dictionary (2 | 0) << (36 / 2 + 11) = 1 GiB
  uLong crc = crc32(0, reinterpret_cast<const Bytef*>(z.data() + block), header_size - 4);
  for (int i = 0; i < 4; ++i) z[block + header_size - 4 + i] = static_cast<char>(crc >> (8 * i));
  ReadOut r = ReadAll(z);
  EXPECT_EQ(r.status.code(), StatusCode::kDataLoss);
  EXPECT_NE(r.status.message().find("xz data cannot be decoded within piguard's memory limit"),
            std::string::npos)
      << r.status.message();
}

}  // namespace
}  // namespace piguard::formats
