#include "formats/converter.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "formats/child_process.h"

namespace piguard::formats {
namespace {

// A converter gets this much CPU time per file; a file that makes it loop is then an error.
constexpr unsigned kCpuSeconds = 600;

class ConverterSource : public ByteSource {
 public:
  ConverterSource(const Converter& c, std::string name, std::unique_ptr<ChildProcess> child)
      : c_(c), name_(std::move(name)), child_(std::move(child)) {}

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
    if (got < 0)
      return Fail("cannot read " + c_.program + "'s output: " + std::strerror(errno));
    ended_ = true;
    return Finish();
  }

 private:
  // The end of the output: how the child ended decides whether the text was all of it.
  Result<size_t> Finish() {
    const ChildProcess::Ending e = child_->Wait();
    if (e.cpu_limit())
      return Fail(c_.program + " took more than " + std::to_string(kCpuSeconds) +
                  " seconds of CPU time; the text before that was scanned");
    if (e.signaled)
      return Fail(c_.program + " stopped with " + e.Describe() +
                  ": the file is damaged or crafted; the text before that was scanned");
    if (e.exit_status == 127)
      return Fail(c_.program + " is not installed; install Debian's " + c_.package + " to scan " +
                  c_.files);
    if (e.exit_status != 0) {
      std::string m = c_.exit_message ? c_.exit_message(e.exit_status) : std::string();
      if (m.empty())
        m = c_.program + " cannot read it (damaged, or encrypted with a password; " +
            e.Describe() + ")";
      return Fail(m);
    }
    if (!has_text_ && !c_.no_text.empty()) return Fail(c_.no_text);
    return size_t{0};
  }
  Status Fail(const std::string& what) {
    error_ = DataLoss(name_ + ": " + what);
    return error_;
  }

  const Converter& c_;
  std::string name_;
  std::unique_ptr<ChildProcess> child_;
  bool ended_ = false;
  bool has_text_ = false;
  Status error_;
};

// Starts the converter on `arg` (a path, or /dev/fd/N of a file it inherits); `keep_fd`: a
// descriptor the child keeps, which the parent closes once forked.
Result<std::unique_ptr<ByteSource>> Start(const Converter& c, const std::string& name,
                                          const std::string& arg, int keep_fd) {
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
  auto child = ChildProcess::Fork(name, kCpuSeconds);
  if (!child.ok()) {
    if (keep_fd >= 0) close(keep_fd);
    return child.status();
  }
  if (!child.value()) {
    execvp(argv[0], argv.data());
    _exit(127);
  }
  if (keep_fd >= 0) close(keep_fd);
  return std::unique_ptr<ByteSource>(new ConverterSource(c, name, std::move(child).value()));
}

}  // namespace

Result<std::unique_ptr<ByteSource>> RunConverter(const Converter& c, const std::string& path) {
  // The converters take no "--": a path starting with '-' is made relative instead.
  return Start(c, path, !path.empty() && path[0] == '-' ? "./" + path : path, -1);
}

Result<std::unique_ptr<ByteSource>> RunConverterOnBytes(const Converter& c, std::string_view bytes,
                                                        const std::string& name) {
  const char* dir = std::getenv("TMPDIR");
  std::string tmp = std::string(dir && *dir ? dir : "/tmp") + "/piguard-conv-XXXXXX";
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
  return Start(c, name, "/dev/fd/" + std::to_string(fd), fd);
}

}  // namespace piguard::formats
