// Readers of hostile binary formats that we did not write run in a child process, so that a
// file that crashes them ends the child and not the scan (formats/xls.cc runs FreeXL in the
// child, formats/pdf.cc execs pdftotext). The child's standard output is a pipe the parent
// reads; how the child ended becomes the input's error.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>

#include "piguard/status.h"

namespace piguard::formats {

class ChildProcess {
 public:
  // Forks. Returns null in the child, where the signals the CLI handles are back to their
  // defaults (its handlers would act for the parent), standard input and error are /dev/null,
  // standard output is the pipe, CPU time is limited to `cpu_seconds`, core dumps are off, the
  // child leads a process group of its own (ended whole by Kill and the destructor) and is
  // killed if the parent dies first; the child must end
  // with _exit or exec, making no call that is unsafe in a copy of a threaded process before
  // an exec. In the parent, the child; an error names `name` when the fork fails.
  static Result<std::unique_ptr<ChildProcess>> Fork(const std::string& name, unsigned cpu_seconds);
  // Starts the program argv[0] (found on PATH) with the arguments `argv` (null-terminated) in
  // a child set up as Fork's, without copying the parent (vfork); `keep_fd`, if not -1, stays
  // open in the child across the exec; `stderr_fd`, if not -1, is its standard error instead
  // of /dev/null. A program that cannot be run ends with exit status 127.
  static Result<std::unique_ptr<ChildProcess>> Exec(const std::string& name, unsigned cpu_seconds,
                                                    char* const* argv, int keep_fd,
                                                    int stderr_fd = -1);
  // Kills the child, and its process group, if it still runs.
  ~ChildProcess();

  // Reads up to n bytes of the child's output: 0 at its end, -1 on a read error (errno set).
  ssize_t Read(char* buf, size_t n);
  // Exactly n bytes; false when the output ends or fails first.
  bool ReadExactly(char* buf, size_t n);

  struct Ending {
    bool signaled = false;
    int signal = 0;       // when signaled
    int exit_status = 0;  // when not
    bool cpu_limit() const;  // ended by the CPU time limit
    // "signal 11 (Segmentation fault)" or "exit status 1".
    std::string Describe() const;
  };
  // Waits for the child to end (after its output ended); call once.
  Ending Wait();
  // Ends the child now (SIGKILL), e.g. when its output makes no sense; Wait still reaps it.
  void Kill();

 private:
  ChildProcess(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  pid_t pid_;
  int fd_;
};

}  // namespace piguard::formats
