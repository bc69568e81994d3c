#include "formats/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace piguard::formats {

namespace {

// The child's side of Fork and Exec: system calls only (safe after fork in a threaded
// process, and after vfork, whose child shares the parent's memory until it execs).
void SetUpChild(pid_t parent, unsigned cpu_seconds, int out_fd, int null_fd, int err_fd = -1) {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGALRM}) signal(sig, SIG_DFL);
  // A process group of its own, so that the parent can end the child and whatever it
  // started (a converter's pipeline) at once; and ended with the parent if that dies first.
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(127);  // the parent died before prctl
  const rlimit cpu{cpu_seconds, cpu_seconds};
  setrlimit(RLIMIT_CPU, &cpu);
  // No core dump: the memory of a reader of a document is that document's text.
  const rlimit core{0, 0};
  setrlimit(RLIMIT_CORE, &core);
  dup2(out_fd, STDOUT_FILENO);  // dup2 clears close-on-exec on the copy
  if (null_fd >= 0) {
    dup2(null_fd, STDIN_FILENO);
    dup2(err_fd >= 0 ? err_fd : null_fd, STDERR_FILENO);
  }
}

}  // namespace

Result<std::unique_ptr<ChildProcess>> ChildProcess::Fork(const std::string& name,
                                                         unsigned cpu_seconds) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0)
    return IoError(name + ": cannot make a pipe: " + std::strerror(errno));
  std::fflush(nullptr);  // nothing buffered may be written twice
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return IoError(name + ": cannot start a process to read it: " + std::strerror(errno));
  }
  if (pid == 0) {
    SetUpChild(parent, cpu_seconds, fds[1], open("/dev/null", O_RDWR));
    return std::unique_ptr<ChildProcess>();
  }
  close(fds[1]);
  return std::unique_ptr<ChildProcess>(new ChildProcess(pid, fds[0]));
}

Result<std::unique_ptr<ChildProcess>> ChildProcess::Exec(const std::string& name,
                                                         unsigned cpu_seconds, char* const* argv,
                                                         int keep_fd, int stderr_fd) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0)
    return IoError(name + ": cannot make a pipe: " + std::strerror(errno));
  const int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  const pid_t parent = getpid();
  // vfork: no copy of the parent's page tables, which for a scan with large buffers costs
  // more than the converter's start (measured: half the time of a small .doc).
  const pid_t pid = vfork();
  if (pid == 0) {
    SetUpChild(parent, cpu_seconds, fds[1], null_fd, stderr_fd);
    if (keep_fd >= 0) fcntl(keep_fd, F_SETFD, 0);  // kept across the exec, in the child only
    execvp(argv[0], argv);
    _exit(127);
  }
  const int saved = errno;
  if (null_fd >= 0) close(null_fd);
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    return IoError(name + ": cannot start a process to read it: " + std::strerror(saved));
  }
  return std::unique_ptr<ChildProcess>(new ChildProcess(pid, fds[0]));
}

ChildProcess::~ChildProcess() {
  close(fd_);
  if (pid_ > 0) {
    kill(-pid_, SIGKILL);  // the child's process group: it and what it started
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

ssize_t ChildProcess::Read(char* buf, size_t n) {
  ssize_t got;
  do {
    got = read(fd_, buf, n);
  } while (got < 0 && errno == EINTR);
  return got;
}

bool ChildProcess::ReadExactly(char* buf, size_t n) {
  while (n > 0) {
    const ssize_t got = Read(buf, n);
    if (got <= 0) return false;
    buf += got;
    n -= static_cast<size_t>(got);
  }
  return true;
}

ChildProcess::Ending ChildProcess::Wait() {
  Ending e;
  int status = 0;
  if (pid_ > 0 && waitpid(pid_, &status, 0) == pid_) {
    if (WIFSIGNALED(status)) {
      e.signaled = true;
      e.signal = WTERMSIG(status);
    } else {
      e.exit_status = WEXITSTATUS(status);
    }
  } else {
    e.exit_status = -1;  // lost: not ours to wait for any more
  }
  pid_ = 0;
  return e;
}

void ChildProcess::Kill() {
  if (pid_ > 0) {
    kill(-pid_, SIGKILL);
    kill(pid_, SIGKILL);
  }
}

bool ChildProcess::Ending::cpu_limit() const { return signaled && signal == SIGXCPU; }

std::string ChildProcess::Ending::Describe() const {
  if (signaled) return "signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
  return "exit status " + std::to_string(exit_status);
}

}  // namespace piguard::formats
