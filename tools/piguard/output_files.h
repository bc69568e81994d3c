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
  // allow_gzip=false writes a ".gz" name uncompressed (for reports, whose writers need
  // stream()).
  static Result<std::unique_ptr<OutputFile>> Open(const std::string& path, bool allow_gzip = true);
  ~OutputFile();  // abandons the file unless committed

  Status Write(std::string_view bytes);
  Status Flush();     // pushes buffered bytes to the file or pipe (and a gzip sync point)
  Status Commit();    // finishes, closes and renames into place
  void Abandon();     // closes and removes the temporary file
  const std::string& path() const { return path_; }
  // The underlying stream, for writers that print to a FILE*; not for gzip outputs.
  std::FILE* stream() const { return file_; }

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
