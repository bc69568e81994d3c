#include "formats/pdf.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace piguard::formats {
namespace {

// pdftotext gets this much CPU time per file; a file that makes it loop is then an error.
constexpr rlim_t kCpuSeconds = 600;

class PdfTextSource : public ByteSource {
 public:
  PdfTextSource(std::string path, pid_t pid, int fd)
      : path_(std::move(path)), pid_(pid), fd_(fd) {}
  ~PdfTextSource() override {
    if (fd_ >= 0) close(fd_);
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  Result<size_t> Read(char* buf, size_t n) override {
    if (!error_.ok()) return error_;
    if (fd_ < 0) return size_t{0};
    ssize_t got;
    do {
      got = read(fd_, buf, n);
    } while (got < 0 && errno == EINTR);
    if (got > 0) {
      const size_t k = static_cast<size_t>(got);
      for (size_t i = 0; i < k; ++i) {
        // A NUL from a damaged font map would make the text look binary downstream.
        if (buf[i] == '\0') buf[i] = ' ';
        const unsigned char c = static_cast<unsigned char>(buf[i]);
        if (c > ' ') has_text_ = true;
      }
      return k;
    }
    if (got < 0) return Fail(std::string("cannot read pdftotext's output: ") + std::strerror(errno));
    close(fd_);
    fd_ = -1;
    return Finish();
  }

 private:
  // The end of pdftotext's output: how it ended decides whether the text was all of it.
  Result<size_t> Finish() {
    int status = 0;
    const pid_t waited = waitpid(pid_, &status, 0);
    pid_ = 0;
    if (waited < 0) return Fail(std::string("cannot wait for pdftotext: ") + std::strerror(errno));
    if (WIFSIGNALED(status)) {
      const int sig = WTERMSIG(status);
      if (sig == SIGXCPU)
        return Fail("pdftotext took more than " + std::to_string(kCpuSeconds) +
                    " seconds of CPU time; the text before that was scanned");
      return Fail("pdftotext stopped with signal " + std::to_string(sig) + " (" + strsignal(sig) +
                  "): the file is damaged or crafted; the text before that was scanned");
    }
    switch (WEXITSTATUS(status)) {
      case 0: break;
      case 127:
        return Fail("pdftotext is not installed; install Debian's poppler-utils to scan PDF files");
      case 3: return Fail("its permissions forbid extracting the text; not scanned");
      default:
        return Fail("pdftotext cannot read it (damaged, or encrypted with a password; exit status " +
                    std::to_string(WEXITSTATUS(status)) + ")");
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
  pid_t pid_;
  int fd_;
  bool has_text_ = false;
  Status error_;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenPdf(const std::string& path) {
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
    char head[1024];
    const size_t got = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    // Readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, annex H).
    if (std::string_view(head, got).find("%PDF-") == std::string_view::npos)
      return std::unique_ptr<ByteSource>();
  }
  // pdftotext takes no "--": a path starting with '-' is made relative instead. Built before
  // the fork: the child may only make calls that are safe in a copy of a threaded process.
  const std::string arg = !path.empty() && path[0] == '-' ? "./" + path : path;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0)
    return IoError(path + ": cannot make a pipe: " + std::strerror(errno));
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return IoError(path + ": cannot start pdftotext: " + std::strerror(errno));
  }
  if (pid == 0) {
    // Only calls that are safe between fork and exec in a threaded process.
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) signal(sig, SIG_DFL);
    const rlimit cpu{kCpuSeconds, kCpuSeconds};
    setrlimit(RLIMIT_CPU, &cpu);
    const int null = open("/dev/null", O_RDWR);
    dup2(fds[1], STDOUT_FILENO);
    if (null >= 0) {
      dup2(null, STDIN_FILENO);
      dup2(null, STDERR_FILENO);
    }
    execlp("pdftotext", "pdftotext", "-q", "-layout", "-enc", "UTF-8", arg.c_str(), "-",
           static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  return std::unique_ptr<ByteSource>(new PdfTextSource(path, pid, fds[0]));
}

}  // namespace piguard::formats
