// Byte streams the readers pull from: plain files, standard input, and compressed streams
// (gzip, zstd, xz, bzip2) recognised by their magic bytes and decompressed as they are read.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "piguard/status.h"

namespace piguard::formats {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes; returns 0 at end of stream, or an error status.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // The compression the stream was decoded from: "" (none), "gzip", "zstd", "xz" or "bzip2".
  // The view refers to a static string.
  virtual std::string_view compression() const { return {}; }
  // Whether a Read now would return data without waiting (a pipe with bytes in it, a regular
  // file). Low-latency jobs read on while this holds and hand over a chunk when it does not.
  virtual bool MoreReady() { return true; }
};

// A source whose bytes a subclass renders on demand into a buffer (an Office part rendered
// from its XML, a worksheet sent by a child process). Read hands out what is buffered, asking
// Fill for more first; once Fill has ended with an error and the buffer is empty, Read returns
// that error, every time.
class RenderingSource : public ByteSource {
 public:
  Result<size_t> Read(char* buf, size_t n) final;

 protected:
  // Renders into out_ until Buffered() >= want or the end of the rendering.
  virtual void Fill(size_t want) = 0;
  // The error that ended the rendering (OK while there is none).
  virtual Status failure() const = 0;
  size_t Buffered() const { return out_.size() - pos_; }
  std::string out_;

 private:
  size_t pos_ = 0;
};

// A source that fails at once with `error`: a part of a file that could not be read (a
// document's relationships, a workbook's styles, a database's write-ahead log), so that the
// job reports it as an input of its own while the file's other parts are scanned.
class FailedSource : public RenderingSource {
 public:
  explicit FailedSource(Status error) : error_(std::move(error)) {}

 private:
  void Fill(size_t) override {}
  Status failure() const override { return error_; }
  Status error_;
};

// Bytes held in memory (an e-mail's attachment, an archive's member read whole), as a stream.
class BytesSource : public ByteSource {
 public:
  explicit BytesSource(std::string bytes) : bytes_(std::move(bytes)) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

// The first `n` bytes of the file at `path` (fewer when it is shorter): enough to tell what it
// is before a reader opens it. An error names the path.
Result<std::string> ReadFileHead(const std::string& path, size_t n);

// `bytes` written to a new temporary file (mode 0600, in $TMPDIR or /tmp, named
// "<prefix>XXXXXX"), for a program that reads files: its descriptor (close-on-exec, at offset
// 0) and its path. An error names `name` (the file the bytes are).
struct TemporaryFile {
  int fd;
  std::string path;
};
Result<TemporaryFile> WriteTemporaryFile(std::string_view bytes, std::string_view prefix,
                                         const std::string& name);

// Opens `path` ("-" is standard input). A stream that starts with the magic bytes of a
// supported compression is decompressed transparently; the file name plays no part:
//   gzip   1f 8b                           (members written one after another included)
//   zstd   28 b5 2f fd, or a skippable frame 5? 2a 4d 18 first (as pzstd writes)
//   xz     fd 37 7a 58 5a 00               (concatenated streams and stream padding included)
//   bzip2  "BZh" '1'..'9' and then the magic of a block (31 41 59 26 53 59) or of the end
//          of the stream (17 72 45 38 50 90): ten bytes, so text that merely starts with
//          "BZh9" stays text                (concatenated streams included, as pbzip2 writes)
// Any other stream, including one shorter than the magic it starts like, is read as it is.
// Decompressing sources keep their memory bounded whatever the output size; the end of the
// input inside a member/frame/stream is a DataLoss error ("... is truncated ...") after all
// data before it was returned, and undecodable data is a DataLoss error that names the
// compressed byte offset.
Result<std::unique_ptr<ByteSource>> OpenSource(const std::string& path);

// The same on a stream that is already open: `raw` is sniffed and wrapped in a decompressor
// if it is compressed. `name` is the path used in error messages. For tests and fuzzing.
Result<std::unique_ptr<ByteSource>> SniffSource(std::unique_ptr<ByteSource> raw,
                                                const std::string& name);

}  // namespace piguard::formats
