#include "tools/piguard/output_files.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace piguard::cli {
namespace {

// The temporary file being written, for the signal handler. One output is open at a time.
char g_tmp_path[4096] = {0};

extern "C" void RemoveTmpOnSignal(int sig) {
  if (g_tmp_path[0]) unlink(g_tmp_path);
  signal(sig, SIG_DFL);
  raise(sig);
}

bool EndsWithGz(const std::string& p) {
  return p.size() > 3 && p.compare(p.size() - 3, 3, ".gz") == 0;
}

}  // namespace

Status MakeParentDirs(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) return Status::Ok();
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  if (ec) return IoError(parent.string() + ": cannot create the output directory: " + ec.message());
  return Status::Ok();
}

Result<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path, bool allow_gzip) {
  std::unique_ptr<OutputFile> f(new OutputFile());
  f->path_ = path;
  if (path == "-") {
    f->file_ = stdout;
    return f;
  }
  f->tmp_ = path + ".tmp.XXXXXX";
  int fd = mkstemp(f->tmp_.data());
  if (fd < 0)
    return IoError(path + ": cannot create the output file: " + std::strerror(errno));
  f->file_ = fdopen(fd, "wb");
  if (!f->file_) {
    close(fd);
    unlink(f->tmp_.c_str());
    return IoError(path + ": cannot open the output file: " + std::strerror(errno));
  }
  if (f->tmp_.size() < sizeof(g_tmp_path)) {
    std::memcpy(g_tmp_path, f->tmp_.c_str(), f->tmp_.size() + 1);
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) signal(sig, RemoveTmpOnSignal);
  }
  if (allow_gzip && EndsWithGz(path)) {
    f->gzip_ = true;
    // windowBits 15 + 16: a gzip wrapper, so the file is readable by zcat and by piguard
    if (deflateInit2(&f->z_, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
      f->Abandon();
      return IoError(path + ": cannot start gzip compression");
    }
    f->zbuf_.resize(1 << 16);
  }
  return f;
}

OutputFile::~OutputFile() {
  if (!done_) Abandon();
}

Status OutputFile::WriteRaw(const void* data, size_t n) {
  if (n && std::fwrite(data, 1, n, file_) != n)
    return IoError((path_ == "-" ? std::string("standard output") : path_) +
                   ": write failed: " + std::strerror(errno));
  return Status::Ok();
}

Status OutputFile::Write(std::string_view bytes) {
  if (!gzip_) return WriteRaw(bytes.data(), bytes.size());
  z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z_.avail_in = static_cast<uInt>(bytes.size());
  while (z_.avail_in > 0) {
    z_.next_out = reinterpret_cast<Bytef*>(zbuf_.data());
    z_.avail_out = static_cast<uInt>(zbuf_.size());
    deflate(&z_, Z_NO_FLUSH);
    Status st = WriteRaw(zbuf_.data(), zbuf_.size() - z_.avail_out);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status OutputFile::Flush() {
  if (gzip_) {
    int rc;
    do {
      z_.next_out = reinterpret_cast<Bytef*>(zbuf_.data());
      z_.avail_out = static_cast<uInt>(zbuf_.size());
      rc = deflate(&z_, Z_SYNC_FLUSH);
      Status st = WriteRaw(zbuf_.data(), zbuf_.size() - z_.avail_out);
      if (!st.ok()) return st;
    } while (z_.avail_out == 0 && rc == Z_OK);
  }
  if (std::fflush(file_) != 0)
    return IoError((path_ == "-" ? std::string("standard output") : path_) +
                   ": write failed: " + std::strerror(errno));
  return Status::Ok();
}

Status OutputFile::Commit() {
  if (gzip_) {
    int rc;
    do {
      z_.next_out = reinterpret_cast<Bytef*>(zbuf_.data());
      z_.avail_out = static_cast<uInt>(zbuf_.size());
      rc = deflate(&z_, Z_FINISH);
      Status st = WriteRaw(zbuf_.data(), zbuf_.size() - z_.avail_out);
      if (!st.ok()) {
        Abandon();
        return st;
      }
    } while (rc == Z_OK);
    deflateEnd(&z_);
    gzip_ = false;
  }
  if (path_ == "-") {
    done_ = true;
    if (std::fflush(stdout) != 0) return IoError(std::string("standard output: write failed: ") + std::strerror(errno));
    return Status::Ok();
  }
  bool ok = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
  ok = std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (!ok) {
    Status st = IoError(path_ + ": write failed: " + std::strerror(errno));
    Abandon();
    return st;
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    Status st = IoError(path_ + ": cannot rename the finished file into place: " + std::strerror(errno));
    Abandon();
    return st;
  }
  g_tmp_path[0] = 0;
  done_ = true;
  return Status::Ok();
}

void OutputFile::Abandon() {
  if (done_) return;
  done_ = true;
  if (gzip_) deflateEnd(&z_);
  if (path_ == "-") return;
  if (file_) std::fclose(file_);
  file_ = nullptr;
  unlink(tmp_.c_str());
  g_tmp_path[0] = 0;
}

}  // namespace piguard::cli
