// Output files that never look finished unless they are: data goes to a temporary file next
// to the destination (mode 0600), which is renamed into place only by Commit(). A failed or
// interrupted run (SIGINT, SIGTERM, SIGHUP, SIGPIPE) removes the temporary file. A destination
// ending in .gz is written gzip-compressed. "-" is standard output.
#pragma once

#include <zlib.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "piguard/status.h"

namespace piguard::cli {

class OutputFile {
 public:
  static Result<std::unique_ptr<OutputFile>> Open(const std::string& path);
  ~OutputFile();  // abandons the file unless committed

  Status Write(std::string_view bytes);
  Status Flush();     // pushes buffered bytes to the file or pipe (and a gzip sync point)
  Status Commit();    // finishes, closes and renames into place
  void Abandon();     // closes and removes the temporary file
  const std::string& path() const { return path_; }

 private:
  OutputFile() = default;
  Status WriteRaw(const void* data, size_t n);
  std::string path_;
  std::string tmp_;
  std::FILE* file_ = nullptr;
  bool gzip_ = false;
  bool done_ = false;
  z_stream z_{};
  std::string zbuf_;
};

// Creates the directories above `path` (like mkdir -p of its parent).
Status MakeParentDirs(const std::string& path);

}  // namespace piguard::cli
