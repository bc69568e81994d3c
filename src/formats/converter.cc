#include "formats/converter.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "formats/child_process.h"

namespace piguard::formats {
namespace {

// A converter gets this much CPU time per file; a file that makes it loop is then an error.
constexpr unsigned kCpuSeconds = 600;

// Starts the converter on `arg` (a path, or /dev/fd/N of the descriptor `fd`, which the child
// keeps open across the exec), its standard error to `err_fd` when that is not -1.
Result<std::unique_ptr<ChildProcess>> Start(const Converter& c, const std::string& name,
                                            const std::string& arg, int fd, int err_fd) {
  // The argument vector is built before the fork: the child may only make calls that are
  // safe in a copy of a threaded process.
  std::vector<std::string> args;
  args.push_back(c.program);
  args.insert(args.end(), c.args.begin(), c.args.end());
  args.push_back(arg);
  args.insert(args.end(), c.args_after.begin(), c.args_after.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return ChildProcess::Exec(name, kCpuSeconds, argv.data(), fd, err_fd);
}

class ConverterSource : public ByteSource {
 public:
  ConverterSource(const Converter* c, std::string name, std::string arg, int fd)
      : c_(c), name_(std::move(name)), arg_(std::move(arg)), fd_(fd) {}
  ~ConverterSource() override {
    child_.reset();  // killed and reaped
    if (fd_ >= 0) close(fd_);
    if (err_fd_ >= 0) close(err_fd_);
  }

  Status Begin() {
    if (!c_->error_output.empty()) {
      // A file in memory (never a pipe, which a chatty program could fill while the output
      // is read), looked at once the program ended.
      if (err_fd_ >= 0) close(err_fd_);
      err_fd_ = memfd_create("piguard-converter-stderr", MFD_CLOEXEC);
      if (err_fd_ < 0)
        return IoError(name_ + ": cannot make a file for " + Tool() + "'s messages: " +
                       std::strerror(errno));
    }
    auto child = Start(*c_, name_, arg_, fd_, err_fd_);
    if (!child.ok()) return child.status();
    child_ = std::move(child).value();
    return Status();
  }

  Result<size_t> Read(char* buf, size_t n) override {
    while (true) {
      if (held_pos_ < held_.size()) {  // what was held back, now that there is text
        const size_t k = std::min(n, held_.size() - held_pos_);
        std::memcpy(buf, held_.data() + held_pos_, k);
        held_pos_ += k;
        if (held_pos_ == held_.size()) std::string().swap(held_), held_pos_ = 0;
        return k;
      }
      if (!error_.ok()) return error_;
      if (ended_) return size_t{0};
      const ssize_t got = child_->Read(buf, n);
      if (got > 0) {
        const size_t k = static_cast<size_t>(got);
        const bool had_text = has_text_;
        for (size_t i = 0; i < k; ++i) {
          // A NUL from a damaged font map would make the text look binary downstream.
          if (buf[i] == '\0') buf[i] = ' ';
          if (static_cast<unsigned char>(buf[i]) > ' ') has_text_ = true;
        }
        // Before any text, with a fallback to come: blanks and form feeds (a scanned PDF's
        // pages as pdftotext gives them) wait, and go if the fallback's text replaces them.
        if (!had_text && c_->fallback && (!held_.empty() || !has_text_)) {
          held_.append(buf, k);
          continue;
        }
        return k;
      }
      if (got < 0)
        return Fail("cannot read " + Tool() + "'s output: " + std::strerror(errno));
      ended_ = true;
      Result<size_t> end = Finish();
      if (!end.ok() || !ended_) {
        if (!end.ok()) return end;
        continue;  // the fallback runs: read its output
      }
      return end;
    }
  }

 private:
  // The end of the output: how the child ended decides whether the text was all of it.
  Result<size_t> Finish() {
    const ChildProcess::Ending e = child_->Wait();
    child_.reset();
    if (e.cpu_limit())
      return Fail(Tool() + " took more than " + std::to_string(kCpuSeconds) +
                  " seconds of CPU time; the text before that was scanned");
    if (e.signaled)
      return Fail(Tool() + " stopped with " + e.Describe() +
                  ": the file is damaged or crafted; the text before that was scanned");
    if (e.exit_status == 127)
      return Fail(Tool() + " is not installed; install Debian's " + c_->package +
                  " to scan " + c_->files);
    if (e.exit_status != 0) {
      std::string m = c_->exit_message ? c_->exit_message(e.exit_status) : std::string();
      if (m.empty())
        m = Tool() + " cannot read it (damaged, or encrypted with a password; " +
            e.Describe() + ")";
      return Fail(m);
    }
    if (err_fd_ >= 0) {
      struct stat st;
      if (fstat(err_fd_, &st) != 0 || st.st_size > 0) return Fail(c_->error_output);
    }
    if (!has_text_ && c_->fallback) {
      std::string().swap(held_);  // pdftotext's blank pages: the OCR text has its own
      held_pos_ = 0;
      c_ = c_->fallback;
      if (Status s = Begin(); !s.ok()) {
        error_ = s;
        return s;
      }
      ended_ = false;
      return size_t{0};
    }
    if (!has_text_ && !c_->no_text.empty()) return Fail(c_->no_text);
    return size_t{0};
  }
  const std::string& Tool() const { return c_->display.empty() ? c_->program : c_->display; }
  Status Fail(const std::string& what) {
    error_ = DataLoss(name_ + ": " + what);
    return error_;
  }

  const Converter* c_;
  std::string name_;
  std::string arg_;
  int fd_;  // the temporary file of RunConverterOnBytes, or -1
  int err_fd_ = -1;  // the program's standard error when Converter::error_output is set
  std::string held_;  // output held back until it has text (see Read)
  size_t held_pos_ = 0;
  std::unique_ptr<ChildProcess> child_;
  bool ended_ = false;
  bool has_text_ = false;
  Status error_;
};

Result<std::unique_ptr<ByteSource>> Run(const Converter& c, const std::string& name,
                                        const std::string& arg, int fd) {
  auto source = std::make_unique<ConverterSource>(&c, name, arg, fd);
  if (Status s = source->Begin(); !s.ok()) return s;
  return std::unique_ptr<ByteSource>(std::move(source));
}

}  // namespace

Result<std::unique_ptr<ByteSource>> RunConverter(const Converter& c, const std::string& path) {
  // The converters take no "--": a path starting with '-' is made relative instead.
  return Run(c, path, !path.empty() && path[0] == '-' ? "./" + path : path, -1);
}

Result<std::unique_ptr<ByteSource>> RunConverterOnBytes(const Converter& c, std::string_view bytes,
                                                        const std::string& name) {
  auto tmp = WriteTemporaryFile(bytes, "piguard-conv-", name);
  if (!tmp.ok()) return tmp.status();
  unlink(tmp.value().path.c_str());  // nothing is left behind, however the child ends
  const int fd = tmp.value().fd;
  // The source owns the descriptor: a fallback converter reads the same file again.
  return Run(c, name, "/dev/fd/" + std::to_string(fd), fd);
}

}  // namespace piguard::formats
