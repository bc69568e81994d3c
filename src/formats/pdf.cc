#include "formats/pdf.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "formats/child_process.h"

namespace piguard::formats {
namespace {

// pdftotext gets this much CPU time per file; a file that makes it loop is then an error.
constexpr unsigned kCpuSeconds = 600;

class PdfTextSource : public ByteSource {
 public:
  PdfTextSource(std::string path, std::unique_ptr<ChildProcess> child)
      : path_(std::move(path)), child_(std::move(child)) {}

  Result<size_t> Read(char* buf, size_t n) override {
    if (!error_.ok()) return error_;
    if (ended_) return size_t{0};
    const ssize_t got = child_->Read(buf, n);
    if (got > 0) {
      const size_t k = static_cast<size_t>(got);
      for (size_t i = 0; i < k; ++i) {
        // A NUL from a damaged font map would make the text look binary downstream.
        if (buf[i] == '\0') buf[i] = ' ';
        if (static_cast<unsigned char>(buf[i]) > ' ') has_text_ = true;
      }
      return k;
    }
    if (got < 0) return Fail(std::string("cannot read pdftotext's output: ") + std::strerror(errno));
    ended_ = true;
    return Finish();
  }

 private:
  // The end of pdftotext's output: how it ended decides whether the text was all of it.
  Result<size_t> Finish() {
    const ChildProcess::Ending e = child_->Wait();
    if (e.cpu_limit())
      return Fail("pdftotext took more than " + std::to_string(kCpuSeconds) +
                  " seconds of CPU time; the text before that was scanned");
    if (e.signaled)
      return Fail("pdftotext stopped with " + e.Describe() +
                  ": the file is damaged or crafted; the text before that was scanned");
    switch (e.exit_status) {
      case 0: break;
      case 127:
        return Fail("pdftotext is not installed; install Debian's poppler-utils to scan PDF files");
      case 3: return Fail("its permissions forbid extracting the text; not scanned");
      default:
        return Fail("pdftotext cannot read it (damaged, or encrypted with a password; " +
                    e.Describe() + ")");
    }
    if (!has_text_)
      return Fail("has no text to scan: its pages are images (a scan?), and piguard does no OCR");
    return size_t{0};
  }
  Status Fail(const std::string& what) {
    error_ = DataLoss(path_ + ": " + what);
    return error_;
  }

  std::string path_;
  std::unique_ptr<ChildProcess> child_;
  bool ended_ = false;
  bool has_text_ = false;
  Status error_;
};

}  // namespace

namespace {

// Starts pdftotext on `arg` (a path, or /dev/fd/N of a file it inherits); `name` is used in
// messages. `keep_fd`: a descriptor the child keeps, which the parent closes once forked.
Result<std::unique_ptr<ByteSource>> StartPdftotext(const std::string& name, const std::string& arg,
                                                   int keep_fd) {
  auto child = ChildProcess::Fork(name, kCpuSeconds);
  if (!child.ok()) {
    if (keep_fd >= 0) close(keep_fd);
    return child.status();
  }
  if (!child.value()) {
    execlp("pdftotext", "pdftotext", "-q", "-layout", "-enc", "UTF-8", arg.c_str(), "-",
           static_cast<char*>(nullptr));
    _exit(127);
  }
  if (keep_fd >= 0) close(keep_fd);
  return std::unique_ptr<ByteSource>(new PdfTextSource(name, std::move(child).value()));
}

// Readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H).
bool HasPdfHeader(std::string_view head) {
  return head.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenPdf(const std::string& path) {
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
    char head[1024];
    const size_t got = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    if (!HasPdfHeader(std::string_view(head, got))) return std::unique_ptr<ByteSource>();
  }
  // pdftotext takes no "--": a path starting with '-' is made relative instead. Built before
  // the fork: the child may only make calls that are safe in a copy of a threaded process.
  return StartPdftotext(path, !path.empty() && path[0] == '-' ? "./" + path : path, -1);
}

Result<std::unique_ptr<ByteSource>> OpenPdfBytes(std::string_view bytes, const std::string& name) {
  if (!HasPdfHeader(bytes)) return std::unique_ptr<ByteSource>();
  // pdftotext reads files only: the bytes go to a temporary file (mode 0600) whose name is
  // removed as soon as it is written; the child reads it through the descriptor it inherits.
  const char* dir = std::getenv("TMPDIR");
  std::string tmp = std::string(dir && *dir ? dir : "/tmp") + "/piguard-pdf-XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) return IoError(name + ": cannot make a temporary file: " + std::strerror(errno));
  unlink(tmp.c_str());
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t w = write(fd, bytes.data() + done, bytes.size() - done);
    if (w <= 0) break;
    done += static_cast<size_t>(w);
  }
  if (done < bytes.size() || lseek(fd, 0, SEEK_SET) != 0) {
    close(fd);
    return IoError(name + ": cannot write a temporary file");
  }
  return StartPdftotext(name, "/dev/fd/" + std::to_string(fd), fd);
}

}  // namespace piguard::formats
