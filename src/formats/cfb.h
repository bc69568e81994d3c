// OLE2 compound files ([MS-CFB]): the container of Office 97-2003 documents, a small FAT file
// system of named streams. piguard reads the streams of a PowerPoint 97-2003 deck through
// this (formats/ppt.h). It is our own reader because what Debian has does not fit: libgsf
// would bring GLib, GObject and libxml2 into every run's start-up, and its `gsf cat` tool in a
// child process would make the stream binary a converter (formats/converter.h) cannot carry.
// The reader is small and checked against python3-olefile and against files Perl's
// OLE::Storage_Lite writes (tests/formats/cfb_test.cc, tests/scripts/test_ppt.py).
//
// Every chain is followed with a bound on its length (no loops), every sector number and
// size is checked against the file's length, and what cannot be read is an error that names
// the file and the stream.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/status.h"

namespace piguard::formats {

// Random access to the bytes of a compound file: a file on disk or bytes in memory.
class RandomAccessBytes {
 public:
  virtual ~RandomAccessBytes() = default;
  virtual uint64_t size() const = 0;
  // Reads exactly n bytes at `offset`; an error when they are not all there.
  virtual Status ReadAt(uint64_t offset, char* buf, size_t n) = 0;
};

// The file at `path`, opened for reading (an error names it).
Result<std::unique_ptr<RandomAccessBytes>> OpenRandomAccessFile(const std::string& path);
// Bytes in memory; `bytes` must outlive the reader.
std::unique_ptr<RandomAccessBytes> RandomAccessMemory(std::string_view bytes);

class CompoundFile {
 public:
  // Reads the header, the sector allocation table and the directory. `name` is used in
  // messages ("deck.ppt: ...").
  static Result<CompoundFile> Open(std::unique_ptr<RandomAccessBytes> bytes, std::string name);

  // Whether a stream (not a storage) of this name is directly under the root storage (names
  // compare without regard to ASCII case, as the format says).
  bool HasStream(std::string_view name) const {
    const Entry* e = Find(name);
    return e != nullptr && e->type == 2;
  }

  // The bytes of the stream `name` under the root storage; nullopt when there is none. An
  // error when it is larger than max_bytes or its sectors cannot be read.
  Result<std::optional<std::string>> ReadStream(std::string_view name, uint64_t max_bytes);

  // The names of the streams and storages directly under the root, in directory order.
  std::vector<std::string> RootNames() const;

 private:
  struct Entry {
    std::string name;  // UTF-8
    uint8_t type = 0;  // 1 storage, 2 stream, 5 root
    uint32_t left = 0, right = 0, child = 0;
    uint32_t start = 0;
    uint64_t size = 0;
  };

  CompoundFile() = default;
  const Entry* Find(std::string_view name) const;
  std::vector<uint32_t> RootChildren() const;
  // The sectors of the chain starting at `start` in `fat`, at most `limit` of them: the rest
  // of a chain longer than its stream is not read (Perl's OLE::Storage_Lite, for one, lets a
  // stream's chain run on into the next stream's sectors, and other readers accept that). A
  // sector met twice (a loop) or outside the table is an error.
  Result<std::vector<uint32_t>> Chain(const std::vector<uint32_t>& fat, uint32_t start,
                                      size_t limit, std::string_view what) const;
  Status ReadSector(uint32_t sector, char* buf);
  Status LoadMiniStream();

  std::unique_ptr<RandomAccessBytes> bytes_;
  std::string name_;
  uint32_t sector_size_ = 512;
  uint32_t mini_sector_size_ = 64;
  uint32_t mini_cutoff_ = 4096;
  uint32_t first_mini_fat_ = 0;
  uint32_t mini_fat_sectors_ = 0;
  uint64_t sector_count_ = 0;  // sectors the file holds after its header
  std::vector<uint32_t> fat_;
  std::vector<uint32_t> mini_fat_;
  std::vector<Entry> entries_;
  std::optional<std::string> mini_stream_;  // the root's stream, loaded when first needed
};

}  // namespace piguard::formats
