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

  // The names of the storages directly under the storage at `path` ("" for the root;
  // "ObjectPool"; components separated by '/'), in directory order; none when there is no
  // such storage. A name with a '/' in it (forbidden by the format) is left out: no path
  // reaches it.
  std::vector<std::string> StorageNames(std::string_view path) const;

  // How to make the storage at `path` a compound file of its own: the file's bytes with the
  // root entry's child pointer (four bytes at `offset`) set to `child` are a compound file
  // whose root holds what the storage holds, its streams in the same sectors and the same
  // mini stream. That is how an OLE object kept as a storage (a Word document's ObjectPool,
  // an Excel workbook's MBD storages) is read as the file it would be on its own, without
  // copying its streams out. nullopt when there is no such storage.
  struct RootSwap {
    uint64_t offset = 0;
    uint32_t child = 0;
  };
  std::optional<RootSwap> StorageAsRoot(std::string_view path) const;

  // Whether the stream `name` under the root has its directory entry in the directory's first
  // sector. FreeXL looks no further for a workbook's stream (a file whose Workbook entry comes
  // later is "no workbook" to it), so such a workbook is handed over rewritten
  // (SingleStreamCompoundFile).
  bool InFirstDirectorySector(std::string_view name) const;

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
  // The directory index of `e` (an element of entries_).
  size_t IndexOf(const Entry* e) const { return static_cast<size_t>(e - entries_.data()); }
  std::vector<uint32_t> RootChildren() const { return Children(0); }
  // The entries directly under entry `parent` (a storage or the root), in index order.
  std::vector<uint32_t> Children(uint32_t parent) const;
  // The storage at `path` ("" the root), or nullopt.
  std::optional<uint32_t> StorageAt(std::string_view path) const;
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
  uint64_t root_entry_offset_ = 0;  // where the root's directory entry is in the file
  std::optional<std::string> mini_stream_;  // the root's stream, loaded when first needed
};

// A compound file (version 4: 4096-byte sectors) whose root holds the one stream `name` with
// `data`, padded with zeros to at least 4096 bytes so that it lies in regular sectors. For
// readers that take only a simple layout (FreeXL, see InFirstDirectorySector); a BIFF
// workbook ends at its EOF record, so the padding is never read as records. An error when
// `data` is larger than 109 allocation-table sectors can map (about 445 MiB).
Result<std::string> SingleStreamCompoundFile(std::string_view name, std::string_view data);

}  // namespace piguard::formats
