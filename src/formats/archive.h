// Archives: ZIP, tar (plain or compressed: .tar.gz, .tgz, .tar.zst, .tar.xz, .tar.bz2), 7z
// and RAR, read with libarchive (Debian's libarchive, what bsdtar is built on). File
// shares and backups keep customer exports, logs and contracts packed: a scan that skipped
// archives as binary would call a share clean that is not.
//
// An archive is read as a stream of members, each handed out as a ByteSource in the
// archive's order; the scan treats each regular file as an input of its own, named
// "backup.zip!exports/customers.csv" (formats/scan_job.cc). Nothing is extracted to disk and
// memory stays bounded: a member is decompressed as it is read.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "formats/byte_source.h"
#include "piguard/status.h"

struct archive;

namespace piguard::formats {

// Whether `head`, the first bytes of a (decompressed) stream, is an archive piguard opens:
// a ZIP local header or end record ("PK\3\4", "PK\5\6"), a tar header ("ustar" at byte 257,
// POSIX or GNU, with a header checksum that adds up), 7z ("7z\xBC\xAF\x27\x1C") or RAR
// ("Rar!\x1A\x07"). Needs at most 512 bytes; a
// shorter head is judged on what it has. Not by name: an export named .zip that is text
// stays text, and a tar under any name is opened.
bool LooksLikeArchive(std::string_view head);
// Whether the archive is read from memory rather than as a stream when it is inside another:
// a 7z archive's directory is at its end, and a ZIP archive's central directory is what
// says for sure where each member is (a member written with its sizes after its data
// cannot always be found from the front).
bool ArchiveWantsSeeking(std::string_view head);
// The archive's kind for messages: "ZIP archive", "tar archive", ... ("archive" when unknown).
std::string_view ArchiveKindName(std::string_view head);

struct ArchiveMember {
  std::string name;      // its path inside the archive, UTF-8 (GBK names of Chinese ZIP
                         // tools decoded; bytes that are neither shown as \xNN)
  bool regular = false;  // a regular file (directories, links and devices are passed over)
  bool encrypted = false;  // its data is encrypted (a password-protected ZIP or 7z entry)
  int64_t size = -1;     // its size when the archive records it
};

class ArchiveReader {
 public:
  // Opens the archive file at `path` (compressed or not: libarchive undoes gzip, bzip2, xz,
  // lzma, zstd and compress around it). An error names the path.
  static Result<std::unique_ptr<ArchiveReader>> OpenFile(const std::string& path);
  // Opens an archive read from `source` (a member of another archive), which must outlive
  // the reader; `name` is used in messages. Read as a stream, front to back: a 7z archive
  // (its directory is at its end) cannot be, and a ZIP archive is read from its local
  // headers, not its central directory: use OpenMemory for those when they fit.
  static Result<std::unique_ptr<ArchiveReader>> OpenStream(ByteSource* source,
                                                           const std::string& name);
  // Opens an archive held in memory (the reader keeps `bytes`), which it may seek in.
  static Result<std::unique_ptr<ArchiveReader>> OpenMemory(std::string bytes,
                                                           const std::string& name);
  ~ArchiveReader();
  ArchiveReader(const ArchiveReader&) = delete;
  ArchiveReader& operator=(const ArchiveReader&) = delete;

  // Moves to the next member (skipping what is left of the current one): true with *member
  // set, false at the end of the archive, or an error that names the archive and says what
  // is wrong (then the archive can be read no further). After a member's Read failed in a
  // way that ends the archive (a cut archive), Next returns false: that error said it. A damaged header that the reader
  // could pass over (a tar header whose checksum does not add up) is skipped, and said in
  // TakeDamage.
  Result<bool> Next(ArchiveMember* member);
  // What Next passed over since the last call ("a.tar: Damaged tar archive; ..."), or "".
  std::string TakeDamage() { return std::move(damage_); }
  // The current member's data, valid until the next call of Next. A damaged member is an
  // error of its Read that names "archive!member".
  ByteSource* data();

 private:
  class MemberSource;
  struct StreamClient;
  ArchiveReader(struct archive* a, std::string name);
  struct archive* a_;
  std::string name_;
  std::unique_ptr<StreamClient> client_;
  std::string memory_;  // OpenMemory's bytes
  std::string damage_;
  std::unique_ptr<MemberSource> data_;
};

// A source that hands out `head` first and then the rest of `rest`: what a reader peeked at
// to decide what a stream is goes back in front of it. `head_error`, when set, is what ended
// the peek: it is returned after `head` instead of reading on. `rest` must outlive it (with
// an empty head, the source is a borrowed view of `rest`).
class ReplaySource : public ByteSource {
 public:
  ReplaySource(std::string head, ByteSource* rest, Status head_error = Status())
      : head_(std::move(head)), rest_(rest), head_error_(std::move(head_error)) {}
  Result<size_t> Read(char* buf, size_t n) override;
  std::string_view compression() const override { return rest_->compression(); }
  bool MoreReady() override { return pos_ < head_.size() || rest_->MoreReady(); }

 private:
  std::string head_;
  size_t pos_ = 0;
  ByteSource* rest_;
  Status head_error_;
};

// Reads from `source` until `out` holds `n` bytes or the stream ends.
Status ReadUpTo(ByteSource* source, size_t n, std::string* out);

}  // namespace piguard::formats
