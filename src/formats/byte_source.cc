#include "formats/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <poll.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace piguard::formats {
namespace {

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::string path) : fd_(fd), owned_(owned), path_(std::move(path)) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }
  // Bytes already read while sniffing are returned first.
  void Unread(std::string bytes) { pending_ = std::move(bytes); }

  bool MoreReady() override {
    if (!pending_.empty()) return true;
    struct pollfd p = {fd_, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  }

  Result<size_t> Read(char* buf, size_t n) override {
    if (!pending_.empty()) {
      size_t k = std::min(n, pending_.size());
      std::memcpy(buf, pending_.data(), k);
      pending_.erase(0, k);
      return k;
    }
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
  std::string pending_;
};

class GzipSource : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> raw, std::string path)
      : raw_(std::move(raw)), path_(std::move(path)), in_(1 << 16) {
    std::memset(&zs_, 0, sizeof(zs_));
    inflateInit2(&zs_, 16 + MAX_WBITS);
  }
  ~GzipSource() override { inflateEnd(&zs_); }
  bool gzip() const override { return true; }
  bool MoreReady() override { return zs_.avail_in > 0 || raw_->MoreReady(); }

  Result<size_t> Read(char* buf, size_t n) override {
    if (done_) return size_t{0};
    const auto cap = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = cap;
    while (zs_.avail_out > 0) {
      if (zs_.avail_in == 0) {
        if (eof_) {
          if (in_member_)
            return DataLoss(path_ + ": gzip stream is truncated (it ends inside a member); the "
                                    "data before that point was scanned");
          done_ = true;
          break;
        }
        if (zs_.avail_out < cap) break;  // hand out what we have before blocking on a read
        auto r = raw_->Read(reinterpret_cast<char*>(in_.data()), in_.size());
        if (!r.ok()) return r.status();
        if (r.value() == 0) {
          eof_ = true;
          continue;
        }
        zs_.next_in = in_.data();
        zs_.avail_in = static_cast<uInt>(r.value());
        consumed_ += r.value();
      }
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        inflateReset(&zs_);  // another member may follow
      } else if (rc == Z_OK || rc == Z_BUF_ERROR) {
        in_member_ = true;
      } else {
        return DataLoss(path_ + ": gzip data is corrupt near compressed byte " +
                        std::to_string(consumed_ - zs_.avail_in) + " (" +
                        (zs_.msg ? zs_.msg : "inflate error") + ")");
      }
    }
    return static_cast<size_t>(cap - zs_.avail_out);
  }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::string path_;
  std::vector<Bytef> in_;
  z_stream zs_;
  bool eof_ = false;
  bool done_ = false;
  bool in_member_ = false;
  uint64_t consumed_ = 0;
};

}  // namespace

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
  auto src = std::make_unique<FdSource>(fd, owned, path);
  // Sniff the gzip magic bytes (1f 8b).
  std::string head(2, '\0');
  size_t got = 0;
  while (got < 2) {
    auto r = src->Read(head.data() + got, 2 - got);
    if (!r.ok()) return r.status();
    if (r.value() == 0) break;
    got += r.value();
  }
  head.resize(got);
  bool is_gzip = got == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
                 static_cast<unsigned char>(head[1]) == 0x8b;
  src->Unread(head);
  if (is_gzip) return std::unique_ptr<ByteSource>(new GzipSource(std::move(src), path));
  return std::unique_ptr<ByteSource>(std::move(src));
}

}  // namespace piguard::formats
