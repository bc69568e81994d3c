#include "formats/byte_source.h"

#include <bzlib.h>
#include <fcntl.h>
#include <lzma.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

namespace piguard::formats {
namespace {

using namespace std::string_view_literals;

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::string path) : fd_(fd), owned_(owned), path_(std::move(path)) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }

  bool MoreReady() override {
    struct pollfd p = {fd_, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  }

  Result<size_t> Read(char* buf, size_t n) override {
    while (true) {
      ssize_t r = ::read(fd_, buf, n);
      if (r >= 0) return static_cast<size_t>(r);
      if (errno == EINTR) continue;
      return IoError(path_ + ": read failed: " + std::strerror(errno));
    }
  }

 private:
  int fd_;
  bool owned_;
  std::string path_;
};

// Hands out the bytes that were read while sniffing, then reads on from their source.
class UnreadSource : public ByteSource {
 public:
  UnreadSource(std::unique_ptr<ByteSource> raw, std::string head)
      : raw_(std::move(raw)), head_(std::move(head)) {}

  bool MoreReady() override { return next_ < head_.size() || raw_->MoreReady(); }

  Result<size_t> Read(char* buf, size_t n) override {
    if (next_ == head_.size()) return raw_->Read(buf, n);
    size_t k = std::min(n, head_.size() - next_);
    std::memcpy(buf, head_.data() + next_, k);
    next_ += k;
    return k;
  }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::string head_;
  size_t next_ = 0;
};

// ---- decoders ---------------------------------------------------------------------------

// The input and output a decoder step works on; a step advances both past what it used.
struct Window {
  const uint8_t* in;
  size_t in_left;
  char* out;
  size_t out_left;

  void Advance(size_t used, size_t made) {
    in += used;
    in_left -= used;
    out += made;
    out_left -= made;
  }
};

// One codec's streaming decoder, driven by DecompressSource. Each keeps a fixed amount of
// state (window, dictionary, block buffer), so memory stays bounded whatever the output.
class Decoder {
 public:
  virtual ~Decoder() = default;
  virtual std::string_view name() const = 0;  // "gzip", ...
  virtual std::string_view unit() const = 0;  // what a stream consists of: "a member", ...
  // Decodes what it can from w.in into w.out and advances w past what it used, also when it
  // fails. `finish`: no more input will come. A step may make no progress: it needs input.
  // Returns false when the data cannot be decoded; problem() then says why.
  virtual bool Step(Window& w, bool finish) = 0;
  // Whether the input so far ends inside a unit: at the end of input, that is truncation.
  virtual bool InsideUnit() const = 0;
  const std::string& problem() const { return problem_; }
  // The failure was a memory limit (a valid stream that needs too big a window), not corruption.
  bool over_limit() const { return over_limit_; }

 protected:
  bool Fail(std::string why, bool over_limit = false) {
    problem_ = std::move(why);
    over_limit_ = over_limit;
    return false;
  }

 private:
  std::string problem_;
  bool over_limit_ = false;
};

// zlib and libbz2 count in unsigned int; a step takes at most this much of either buffer.
constexpr size_t kMaxStep = 1u << 30;

// gzip (RFC 1952) with zlib; members one after another are decoded one by one.
class GzipDecoder : public Decoder {
 public:
  GzipDecoder() { std::memset(&zs_, 0, sizeof(zs_)); }
  ~GzipDecoder() override {
    if (ready_) inflateEnd(&zs_);
  }
  bool Init() { return ready_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK; }
  std::string_view name() const override { return "gzip"; }
  std::string_view unit() const override { return "a member"; }
  bool InsideUnit() const override { return inside_; }

  bool Step(Window& w, bool /*finish*/) override {
    zs_.next_in = const_cast<Bytef*>(w.in);
    zs_.avail_in = static_cast<uInt>(std::min(w.in_left, kMaxStep));
    zs_.next_out = reinterpret_cast<Bytef*>(w.out);
    zs_.avail_out = static_cast<uInt>(std::min(w.out_left, kMaxStep));
    const uInt in_before = zs_.avail_in, out_before = zs_.avail_out;
    int rc = inflate(&zs_, Z_NO_FLUSH);
    w.Advance(in_before - zs_.avail_in, out_before - zs_.avail_out);
    if (rc == Z_STREAM_END) {
      inside_ = false;
      inflateReset(&zs_);  // another member may follow
      return true;
    }
    if (rc == Z_OK) {
      inside_ = true;
      return true;
    }
    if (rc == Z_BUF_ERROR) return true;  // no progress possible: needs input
    return Fail(zs_.msg ? zs_.msg : "inflate error");
  }

 private:
  z_stream zs_;
  bool ready_ = false;
  bool inside_ = false;
};

// zstd (RFC 8878) with libzstd's streaming API, which reads frame after frame and skips
// skippable frames. libzstd refuses frames whose window exceeds 128 MiB (its default
// ZSTD_d_windowLogMax, as the zstd tool without --memory): that bounds memory.
class ZstdDecoder : public Decoder {
 public:
  ~ZstdDecoder() override { ZSTD_freeDCtx(dctx_); }
  bool Init() { return (dctx_ = ZSTD_createDCtx()) != nullptr; }
  std::string_view name() const override { return "zstd"; }
  std::string_view unit() const override { return "a frame"; }
  bool InsideUnit() const override { return inside_; }

  bool Step(Window& w, bool /*finish*/) override {
    ZSTD_inBuffer in = {w.in, w.in_left, 0};
    ZSTD_outBuffer out = {w.out, w.out_left, 0};
    size_t rc = ZSTD_decompressStream(dctx_, &out, &in);
    if (ZSTD_isError(rc)) {
      // The output of a call that fails is not handed out: on a damaged frame (a legacy
      // v0.7 frame, say) libzstd reports output that is not the data (found by fuzz_source).
      // What earlier calls decoded was handed out already.
      w.Advance(std::min(in.pos, w.in_left), 0);
      bool limit = ZSTD_getErrorCode(rc) == ZSTD_error_frameParameter_windowTooLarge;
      return Fail(ZSTD_getErrorName(rc), limit);
    }
    w.Advance(in.pos, out.pos);
    // 0: a frame ended and all of it was handed out. A call without progress returns a
    // hint about the next frame's header instead, which says nothing about truncation.
    if (in.pos > 0 || out.pos > 0) inside_ = rc != 0;
    return true;
  }

 private:
  ZSTD_DCtx* dctx_ = nullptr;
  bool inside_ = false;
};

// xz with liblzma; LZMA_CONCATENATED reads streams one after another and the zero padding
// between them. The dictionary a stream asks for is capped (xz -9 needs 65 MiB).
class XzDecoder : public Decoder {
 public:
  static constexpr uint64_t kMemLimit = 256u << 20;
  ~XzDecoder() override { lzma_end(&s_); }
  bool Init() { return lzma_stream_decoder(&s_, kMemLimit, LZMA_CONCATENATED) == LZMA_OK; }
  std::string_view name() const override { return "xz"; }
  std::string_view unit() const override { return "a stream"; }
  // With LZMA_CONCATENATED only the end of input (LZMA_FINISH) ends the last stream.
  bool InsideUnit() const override { return !ended_; }

  bool Step(Window& w, bool finish) override {
    if (ended_) return true;
    s_.next_in = w.in;
    s_.avail_in = w.in_left;
    s_.next_out = reinterpret_cast<uint8_t*>(w.out);
    s_.avail_out = w.out_left;
    lzma_ret rc = lzma_code(&s_, finish ? LZMA_FINISH : LZMA_RUN);
    w.Advance(w.in_left - s_.avail_in, w.out_left - s_.avail_out);
    switch (rc) {
      case LZMA_OK:
      case LZMA_BUF_ERROR:  // no progress possible: needs input (or the input is truncated)
        return true;
      case LZMA_STREAM_END:
        ended_ = true;
        return true;
      case LZMA_MEMLIMIT_ERROR:
        return Fail("it needs " + std::to_string(lzma_memusage(&s_) >> 20) + " MiB; the limit is " +
                        std::to_string(kMemLimit >> 20) + " MiB",
                    /*over_limit=*/true);
      case LZMA_FORMAT_ERROR: return Fail("not in the xz format");
      case LZMA_OPTIONS_ERROR: return Fail("unsupported options");
      case LZMA_DATA_ERROR: return Fail("compressed data is corrupt");
      case LZMA_MEM_ERROR: return Fail("out of memory");
      default: return Fail("liblzma error " + std::to_string(static_cast<int>(rc)));
    }
  }

 private:
  lzma_stream s_ = LZMA_STREAM_INIT;
  bool ended_ = false;
};

// bzip2 with libbz2; a stream that ends is followed by a new one (pbzip2 and `cat` write
// several). libbz2 needs about 3.7 MiB per stream for a 900 kB block.
class Bzip2Decoder : public Decoder {
 public:
  Bzip2Decoder() { std::memset(&bz_, 0, sizeof(bz_)); }
  ~Bzip2Decoder() override {
    if (ready_) BZ2_bzDecompressEnd(&bz_);
  }
  bool Init() { return ready_ = BZ2_bzDecompressInit(&bz_, 0, 0) == BZ_OK; }
  std::string_view name() const override { return "bzip2"; }
  std::string_view unit() const override { return "a stream"; }
  bool InsideUnit() const override { return inside_; }

  bool Step(Window& w, bool /*finish*/) override {
    bz_.next_in = const_cast<char*>(reinterpret_cast<const char*>(w.in));
    bz_.avail_in = static_cast<unsigned>(std::min(w.in_left, kMaxStep));
    bz_.next_out = w.out;
    bz_.avail_out = static_cast<unsigned>(std::min(w.out_left, kMaxStep));
    const unsigned in_before = bz_.avail_in, out_before = bz_.avail_out;
    int rc = BZ2_bzDecompress(&bz_);
    w.Advance(in_before - bz_.avail_in, out_before - bz_.avail_out);
    if (in_before != bz_.avail_in) inside_ = true;
    if (rc == BZ_OK) return true;
    if (rc == BZ_STREAM_END) return NextStream();
    switch (rc) {
      case BZ_DATA_ERROR_MAGIC: return Fail("not a bzip2 stream");
      case BZ_DATA_ERROR: return Fail("compressed data is corrupt");
      case BZ_MEM_ERROR: return Fail("out of memory");
      default: return Fail("libbz2 error " + std::to_string(rc));
    }
  }

 private:
  // libbz2 decodes one stream per bz_stream: start over for the next one.
  bool NextStream() {
    inside_ = false;
    BZ2_bzDecompressEnd(&bz_);
    std::memset(&bz_, 0, sizeof(bz_));
    if (!Init()) return Fail("out of memory");
    return true;
  }

  bz_stream bz_;
  bool ready_ = false;
  bool inside_ = false;
};

// ---- the decompressing source -----------------------------------------------------------

// Reads compressed bytes from `raw` in 64 KiB pieces and hands out what `decoder` makes of
// them. A Read returns what it has decoded rather than block on another read of `raw`.
class DecompressSource : public ByteSource {
 public:
  DecompressSource(std::unique_ptr<ByteSource> raw, std::unique_ptr<Decoder> decoder,
                   std::string path)
      : raw_(std::move(raw)), dec_(std::move(decoder)), path_(std::move(path)), in_(1 << 16) {}
  std::string_view compression() const override { return dec_->name(); }
  // Input on hand, or output the decoder may still hold because the last Read filled `buf`.
  bool MoreReady() override { return in_pos_ < in_end_ || out_full_ || raw_->MoreReady(); }

  // An error comes after all the bytes decoded before it: a Read that has some hands them
  // out and returns the error next time. From then on every Read returns the error.
  Result<size_t> Read(char* buf, size_t n) override {
    if (!error_.ok()) return error_;
    size_t made = 0;
    Status st = Decode(buf, n, &made);
    if (st.ok()) return made;
    error_ = std::move(st);
    if (made > 0) return made;
    return error_;
  }

 private:
  Status Decode(char* buf, size_t n, size_t* made) {
    while (!done_ && *made < n) {
      Window w = {in_.data() + in_pos_, in_end_ - in_pos_, buf + *made, n - *made};
      const bool ok = dec_->Step(w, eof_);
      const size_t used = in_end_ - in_pos_ - w.in_left, got = n - *made - w.out_left;
      in_pos_ += used;
      *made += got;
      out_full_ = w.out_left == 0;
      if (!ok) return Failure();
      if (used > 0 || got > 0) continue;
      // No progress: the decoder wants more input than it has.
      if (in_pos_ < in_end_) return Failure("the decoder stopped");  // not expected; no loop
      if (*made > 0) break;  // hand out what we have before blocking on a read
      if (eof_) {
        if (dec_->InsideUnit()) return Truncated();
        done_ = true;
        break;
      }
      if (Status st = Refill(); !st.ok()) return st;
    }
    return Status();
  }
  Status Refill() {
    auto r = raw_->Read(reinterpret_cast<char*>(in_.data()), in_.size());
    if (!r.ok()) return r.status();
    if (r.value() == 0) eof_ = true;
    in_pos_ = 0;
    in_end_ = r.value();
    consumed_ += r.value();
    return Status();
  }
  Status Truncated() const {
    return DataLoss(path_ + ": " + std::string(dec_->name()) +
                    " stream is truncated (it ends inside " + std::string(dec_->unit()) +
                    "); the data before that point was scanned");
  }
  // Where: the offset in the compressed input up to which the decoder had read.
  Status Failure(std::string_view why = {}) const {
    const std::string at = std::to_string(consumed_ - (in_end_ - in_pos_));
    const std::string detail(why.empty() ? std::string_view(dec_->problem()) : why);
    const char* what = dec_->over_limit() ? " data cannot be decoded within piguard's memory limit"
                                          : " data is corrupt";
    return DataLoss(path_ + ": " + std::string(dec_->name()) + what + " near compressed byte " +
                    at + " (" + detail + ")");
  }

  std::unique_ptr<ByteSource> raw_;
  std::unique_ptr<Decoder> dec_;
  std::string path_;
  std::vector<uint8_t> in_;
  size_t in_pos_ = 0, in_end_ = 0;  // the undecoded input in in_
  uint64_t consumed_ = 0;           // bytes read from raw_
  bool eof_ = false;                // raw_ has ended
  bool done_ = false;               // and the decoder has handed out everything
  bool out_full_ = false;
  Status error_;                    // the error that ended decoding, returned by every Read
};

// ---- sniffing ---------------------------------------------------------------------------

enum class Codec { kNone, kGzip, kZstd, kXz, kBzip2 };

// The bytes a compressed stream starts with. At `range_at` (if >= 0) any byte from
// bytes[range_at] to range_hi matches.
struct Magic {
  Codec codec;
  std::string_view bytes;
  int range_at = -1;
  unsigned char range_hi = 0;
};

constexpr Magic kMagics[] = {
    {Codec::kGzip, "\x1f\x8b"sv},
    {Codec::kZstd, "\x28\xb5\x2f\xfd"sv},
    {Codec::kZstd, "\x50\x2a\x4d\x18"sv, 0, 0x5f},  // a skippable frame first, as pzstd writes
    {Codec::kXz, "\xfd" "7zXZ\0"sv},
    // "BZh" and the block size, then the magic of the first block or of the end of stream:
    // "BZh" alone starts too much text.
    {Codec::kBzip2, "BZh1" "1AY&SY"sv, 3, '9'},
    {Codec::kBzip2, "BZh1" "\x17rE8P\x90"sv, 3, '9'},
};
constexpr size_t kMaxMagic = 10;
static_assert(std::all_of(std::begin(kMagics), std::end(kMagics),
                          [](const Magic& m) { return m.bytes.size() <= kMaxMagic; }));

enum class Match { kNo, kPrefix, kYes };

Match MatchMagic(const Magic& m, std::string_view head) {
  const size_t n = std::min(head.size(), m.bytes.size());
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(head[i]);
    const auto lo = static_cast<unsigned char>(m.bytes[i]);
    const bool ok = static_cast<int>(i) == m.range_at ? c >= lo && c <= m.range_hi : c == lo;
    if (!ok) return Match::kNo;
  }
  return head.size() >= m.bytes.size() ? Match::kYes : Match::kPrefix;
}

// kNone when `head` cannot start any magic; nullopt while it may still become one.
std::optional<Codec> Classify(std::string_view head) {
  bool undecided = false;
  for (const Magic& m : kMagics) {
    Match r = MatchMagic(m, head);
    if (r == Match::kYes) return m.codec;
    undecided |= r == Match::kPrefix;
  }
  if (undecided) return std::nullopt;
  return Codec::kNone;
}

// Reads only as many bytes as it takes to tell: a pipe whose first line is short and starts
// unlike any magic is answered without waiting for more input. `head` gets the bytes read.
Result<Codec> Sniff(ByteSource& raw, std::string* head) {
  char buf[kMaxMagic];
  while (true) {
    if (auto c = Classify(*head)) return *c;
    auto r = raw.Read(buf, kMaxMagic - head->size());
    if (!r.ok()) return r.status();
    if (r.value() == 0) return Codec::kNone;  // shorter than the magic it starts like
    head->append(buf, r.value());
  }
}

template <typename D>
std::unique_ptr<Decoder> Make() {
  auto d = std::make_unique<D>();
  if (!d->Init()) return nullptr;
  return d;
}

std::unique_ptr<Decoder> MakeDecoder(Codec c) {
  switch (c) {
    case Codec::kGzip: return Make<GzipDecoder>();
    case Codec::kZstd: return Make<ZstdDecoder>();
    case Codec::kXz: return Make<XzDecoder>();
    case Codec::kBzip2: return Make<Bzip2Decoder>();
    case Codec::kNone: break;
  }
  return nullptr;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> SniffSource(std::unique_ptr<ByteSource> raw,
                                                const std::string& name) {
  std::string head;
  auto codec = Sniff(*raw, &head);
  if (!codec.ok()) return codec.status();
  std::unique_ptr<ByteSource> src = std::make_unique<UnreadSource>(std::move(raw), std::move(head));
  if (codec.value() == Codec::kNone) return src;
  auto decoder = MakeDecoder(codec.value());
  if (!decoder) return IoError(name + ": cannot start decompressing (out of memory)");
  return std::unique_ptr<ByteSource>(
      std::make_unique<DecompressSource>(std::move(src), std::move(decoder), name));
}

Result<size_t> BytesSource::Read(char* buf, size_t n) {
  const size_t k = std::min(n, bytes_.size() - pos_);
  std::memcpy(buf, bytes_.data() + pos_, k);
  pos_ += k;
  return k;
}

Result<size_t> RenderingSource::Read(char* buf, size_t n) {
  if (Buffered() < n) Fill(n);
  const size_t k = std::min(n, Buffered());
  if (k == 0) {
    if (Status f = failure(); !f.ok()) return f;
    return size_t{0};
  }
  std::memcpy(buf, out_.data() + pos_, k);
  pos_ += k;
  if (pos_ == out_.size()) {
    out_.clear();
    pos_ = 0;
  } else if (pos_ > (1u << 20)) {  // the rest moves to the front now and then, not every time
    out_.erase(0, pos_);
    pos_ = 0;
  }
  return k;
}

Result<std::unique_ptr<ByteSource>> OpenSource(const std::string& path) {
  int fd = 0;
  bool owned = false;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      int e = errno;
      if (e == ENOENT) return NotFound(path + ": no such file");
      return IoError(path + ": cannot open: " + std::strerror(e));
    }
    owned = true;
  }
  // A pipe's default 64 KiB buffer costs a context switch per 64 KiB between the producer
  // and us; a bigger one (the unprivileged maximum, 1 MiB by default) lets both sides run.
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) (void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
  return SniffSource(std::make_unique<FdSource>(fd, owned, path), path);
}

Result<TemporaryFile> WriteTemporaryFile(std::string_view bytes, std::string_view prefix,
                                         const std::string& name) {
  const char* dir = std::getenv("TMPDIR");
  TemporaryFile t{-1, std::string(dir && *dir ? dir : "/tmp") + "/" + std::string(prefix) +
                          "XXXXXX"};
  t.fd = mkostemp(t.path.data(), O_CLOEXEC);
  if (t.fd < 0) return IoError(name + ": cannot make a temporary file: " + std::strerror(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t w = write(t.fd, bytes.data() + done, bytes.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    done += static_cast<size_t>(w);
  }
  if (done < bytes.size() || lseek(t.fd, 0, SEEK_SET) != 0) {
    close(t.fd);
    unlink(t.path.c_str());
    return IoError(name + ": cannot write a temporary file");
  }
  return t;
}

Result<std::string> ReadFileHead(const std::string& path, size_t n) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
  std::string head(n, '\0');
  head.resize(std::fread(head.data(), 1, n, f));
  std::fclose(f);
  return head;
}

}  // namespace piguard::formats
