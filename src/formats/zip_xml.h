// The plumbing of the formats that are ZIP archives of XML parts (Office Open XML in
// formats/office.cc, OFD in formats/ofd.cc, OpenDocument in formats/odf.cc): minizip over a
// file or memory, one entry open at a time, streamed through expat to a subclass's callbacks,
// and a ByteSource that renders a part while it is read. A flat OpenDocument file (one XML
// document, no archive) is an Archive too, whose parts are all that document. Internal to
// src/formats.
#pragma once

#include <expat.h>
#include <unzip.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "formats/byte_source.h"
#include "formats/office.h"
#include "piguard/status.h"

namespace piguard::formats::zipxml {

// An element or attribute name without its namespace prefix: writers use "x:row" as well as
// "row", and the prefix is theirs to choose.
inline std::string_view Local(const char* qname) {
  std::string_view s(qname);
  const size_t colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

// The value of the attribute whose local name is `name` (any prefix), or null.
inline const char* Attr(const char** atts, std::string_view name) {
  for (size_t i = 0; atts[i]; i += 2)
    if (Local(atts[i]) == name) return atts[i + 1];
  return nullptr;
}

// A ZIP archive in memory, for minizip's I/O callbacks.
struct MemoryFile {
  const char* data = nullptr;
  size_t size = 0;
  size_t pos = 0;
};

inline zlib_filefunc64_def MemoryFileFunctions(MemoryFile* file) {
  zlib_filefunc64_def f{};
  f.zopen64_file = [](voidpf opaque, const void*, int) -> voidpf {
    static_cast<MemoryFile*>(opaque)->pos = 0;
    return opaque;
  };
  f.zread_file = [](voidpf, voidpf stream, void* buf, uLong n) -> uLong {
    auto* m = static_cast<MemoryFile*>(stream);
    const size_t k = std::min<size_t>(n, m->size - m->pos);
    std::memcpy(buf, m->data + m->pos, k);
    m->pos += k;
    return static_cast<uLong>(k);
  };
  f.zwrite_file = [](voidpf, voidpf, const void*, uLong) -> uLong { return 0; };
  f.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T {
    return static_cast<MemoryFile*>(stream)->pos;
  };
  f.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
    auto* m = static_cast<MemoryFile*>(stream);
    const ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0
                          : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos
                                                             : m->size;
    if (base + offset > m->size) return -1;
    m->pos = static_cast<size_t>(base + offset);
    return 0;
  };
  f.zclose_file = [](voidpf, voidpf) -> int { return 0; };
  f.zerror_file = [](voidpf, voidpf) -> int { return 0; };
  f.opaque = file;
  return f;
}

inline std::string UnzipErrorText(int code) {
  switch (code) {
    case UNZ_CRCERROR: return "CRC mismatch (the archive is damaged)";
    case UNZ_BADZIPFILE: return "damaged ZIP structure";
    case Z_DATA_ERROR: return "corrupt compressed data";
    case UNZ_ERRNO: return std::string("read error: ") + std::strerror(errno);
    default: return "error " + std::to_string(code);
  }
}

class XmlStream;

// An open ZIP archive (minizip), shared by the parts read from it. One entry is open at a
// time: the parts are read one after another, each to its end.
struct Archive {
  unzFile zip = nullptr;
  std::string name;         // the file, for messages
  MemoryFile memory;        // OpenOfficeBytes' archive (or flat document)
  const void* reader = nullptr;  // the part (XmlStream, EntrySource) whose entry is open
  // A flat OpenDocument file (.fodt, .fods: the whole document as one XML file, no ZIP
  // archive): every part a reader opens (IsFlatPart) is the file from its start, read from
  // flat_path, or from `memory` when that is empty. zip is null.
  bool flat = false;
  std::string flat_path;
  std::FILE* flat_file = nullptr;  // open while a part reads the file
  // Where each entry is in the central directory, by name (the first of equal names, as
  // unzLocateFile finds it): built on the first look-up. unzLocateFile walks the directory
  // from its start, a seek and a read per entry, for every look-up: a deck of 1,000 slides
  // (four or five look-ups a slide) took 19 s that way.
  mutable std::unordered_map<std::string, unz64_file_pos> index;
  mutable bool indexed = false;
  mutable bool index_complete = false;  // false: too many entries, or a damaged directory
  ~Archive() {
    if (zip) unzClose(zip);
    if (flat_file) std::fclose(flat_file);
  }
};

// The entries a flat document has: each is the whole document (content.xml's body and
// styles.xml's master pages are both in it).
inline bool IsFlatPart(const std::string& entry) {
  return entry == "content.xml" || entry == "styles.xml";
}

// More entries than any Office file has: past this the index is not kept (each look-up then
// walks the directory, as before).
constexpr size_t kMaxIndexedEntries = 1u << 20;

// Makes `entry` the archive's current file; false when there is none of that name.
inline bool LocateEntry(const Archive& a, const std::string& entry) {
  if (a.flat) return IsFlatPart(entry);
  if (!a.indexed) {
    a.indexed = true;
    bool complete = true;
    char name[4096];
    for (int r = unzGoToFirstFile(a.zip); r == UNZ_OK; r = unzGoToNextFile(a.zip)) {
      unz_file_info64 info;
      unz64_file_pos pos;
      if (a.index.size() >= kMaxIndexedEntries ||
          unzGetCurrentFileInfo64(a.zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
          info.size_filename >= sizeof name || unzGetFilePos64(a.zip, &pos) != UNZ_OK) {
        complete = false;
        break;
      }
      a.index.emplace(std::string(name, info.size_filename), pos);
    }
    a.index_complete = complete;
    if (!complete) a.index.clear();
  }
  if (!a.index_complete) return unzLocateFile(a.zip, entry.c_str(), 1) == UNZ_OK;
  auto it = a.index.find(entry);
  if (it == a.index.end()) return false;
  unz64_file_pos pos = it->second;
  return unzGoToFilePos64(a.zip, &pos) == UNZ_OK;
}

// Beyond this a part read whole (the workbook, its relations, the shared strings) is
// refused: the worksheets and the document body stream, these cannot.
constexpr uint64_t kMaxWholePart = 512u << 20;

inline Status PartError(const Archive& a, std::string_view entry, std::string_view what) {
  if (a.flat) return DataLoss(a.name + ": " + std::string(what));  // its parts are the file
  return DataLoss(a.name + ": " + std::string(entry) + ": " + std::string(what));
}

// The one open entry of an archive, shared by the parts that read entries (XmlStream,
// EntrySource): `reader` is the part reading it.

// Closes the open entry, whichever part reads it.
inline void CloseCurrent(Archive& a) {
  if (!a.reader) return;
  if (!a.flat) unzCloseCurrentFile(a.zip);
  else if (a.flat_file) std::fclose(a.flat_file);
  a.flat_file = nullptr;
  a.reader = nullptr;
}
// Makes `entry` the open one, read by `reader`, closing first an entry a part left unfinished
// (a stopped job). Empty when it is open, else what is wrong with the entry.
inline std::string OpenEntry(Archive& a, const std::string& entry, const void* reader) {
  CloseCurrent(a);
  if (a.flat) {
    if (!IsFlatPart(entry)) return "is not in the document";
    if (!a.flat_path.empty()) {
      a.flat_file = std::fopen(a.flat_path.c_str(), "rb");
      if (!a.flat_file) return std::string("cannot be opened: ") + std::strerror(errno);
    }
    a.memory.pos = 0;
    a.reader = reader;
    return {};
  }
  if (!LocateEntry(a, entry)) return "is not in the ZIP archive";
  if (const int opened = unzOpenCurrentFile(a.zip); opened != UNZ_OK)
    return "cannot be opened in the ZIP archive: " + UnzipErrorText(opened);
  a.reader = reader;
  return {};
}
// Closes the open entry if `reader` is still the part reading it.
inline void CloseEntry(Archive& a, const void* reader) {
  if (a.reader == reader) CloseCurrent(a);
}
// ReadEntry for a flat document: the file's next bytes.
inline int ReadFlat(Archive& a, char* buf, size_t n, std::string* error) {
  n = std::min<size_t>(n, 1u << 30);
  size_t got;
  if (a.flat_file) {
    got = std::fread(buf, 1, n, a.flat_file);
    if (got == 0 && std::ferror(a.flat_file)) {
      *error = std::string("cannot be read: ") + std::strerror(errno);
      CloseCurrent(a);
      return -1;
    }
  } else {
    got = std::min(n, a.memory.size - a.memory.pos);
    std::memcpy(buf, a.memory.data + a.memory.pos, got);
    a.memory.pos += got;
  }
  if (got == 0) CloseCurrent(a);
  return static_cast<int>(got);
}
// The next at most n bytes of the entry `reader` opened: their count, 0 at its end (where the
// entry is closed and its CRC checked), or -1 with *error set to what is wrong.
inline int ReadEntry(Archive& a, const void* reader, char* buf, size_t n, std::string* error) {
  if (a.reader != reader) {  // another part was opened since: a caller's mistake
    *error = "read after another part of the archive was opened";
    return -1;
  }
  if (a.flat) return ReadFlat(a, buf, n, error);
  const int got = unzReadCurrentFile(a.zip, buf, static_cast<unsigned>(std::min<size_t>(n, 1u << 30)));
  if (got < 0) {
    *error = "cannot be read from the ZIP archive: " + UnzipErrorText(got);
    return -1;
  }
  if (got == 0) {
    const int closed = unzCloseCurrentFile(a.zip);
    a.reader = nullptr;
    if (closed != UNZ_OK) {
      *error = "cannot be read from the ZIP archive: " + UnzipErrorText(closed);
      return -1;
    }
  }
  return got;
}

// Streams a ZIP entry's XML through expat to the callbacks of a subclass.
class XmlStream {
 public:
  XmlStream(std::shared_ptr<Archive> archive, std::string entry)
      : archive_(std::move(archive)), entry_(std::move(entry)) {}
  virtual ~XmlStream() {
    Close();
    if (parser_) XML_ParserFree(parser_);
  }

 protected:
  virtual void Start(std::string_view name, const char** atts) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view text) = 0;

  // Feeds the next piece of the entry to the parser; false at its end or on an error
  // (error_ set).
  bool Pump() {
    if (done_) return false;
    if (!parser_ && !Open()) return false;
    char buf[1 << 16];
    std::string error;
    const int got = ReadEntry(*archive_, this, buf, sizeof buf, &error);
    if (got < 0) {
      Fail(error);
      return false;
    }
    if (XML_Parse(parser_, buf, got, got == 0) == XML_STATUS_ERROR) {
      if (done_) return false;  // stopped by Fail
      Fail("is not well-formed XML (line " + std::to_string(XML_GetCurrentLineNumber(parser_)) +
           "): " + XML_ErrorString(XML_GetErrorCode(parser_)));
      return false;
    }
    if (got == 0) done_ = true;
    return !done_;
  }
  // Reads the whole entry (for the small parts that are parsed before anything is scanned).
  Status ParseAll() {
    while (Pump()) {
    }
    return error_;
  }

  // Ends the part here without an error: the rest of the entry is not read.
  void Stop() {
    done_ = true;
    if (parser_) XML_StopParser(parser_, XML_FALSE);
    Close();
  }
  // Stops the part with an error (what is wrong with it); what came before stays read.
  void Fail(const std::string& what) {
    error_ = PartError(*archive_, entry_, what);
    done_ = true;
    if (parser_) XML_StopParser(parser_, XML_FALSE);
    Close();
  }
  // A text node or cell longer than this is refused (Excel's own limit is 32,767 characters
  // a cell): one value of a crafted file must not take all memory.
  static constexpr size_t kMaxValue = 16u << 20;

  std::shared_ptr<Archive> archive_;
  std::string entry_;
  Status error_;
  bool done_ = false;

 private:
  bool Open() {
    if (std::string error = OpenEntry(*archive_, entry_, this); !error.empty()) {
      Fail(error);
      return false;
    }
    parser_ = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(
        parser_,
        [](void* self, const XML_Char* name, const XML_Char** atts) {
          static_cast<XmlStream*>(self)->Start(Local(name), atts);
        },
        [](void* self, const XML_Char* name) { static_cast<XmlStream*>(self)->End(Local(name)); });
    XML_SetCharacterDataHandler(parser_, [](void* self, const XML_Char* s, int len) {
      static_cast<XmlStream*>(self)->Text(std::string_view(s, static_cast<size_t>(len)));
    });
    return true;
  }
  void Close() { CloseEntry(*archive_, this); }

  XML_Parser parser_ = nullptr;
};

// A part rendered as text while it is read: Read hands out what the callbacks rendered,
// pumping more of the XML when that runs short. Memory: one 64 KiB piece of XML and what it
// renders to.
class RenderedPart : public RenderingSource, protected XmlStream {
 public:
  using XmlStream::XmlStream;

 protected:
  // Called once after the last element (a row or paragraph left open by a truncated part).
  virtual void Finish() {}

 private:
  void Fill(size_t want) override {
    while (Buffered() < want && Pump()) {
    }
    if (done_ && error_.ok() && !finished_) {
      finished_ = true;
      Finish();
    }
  }
  Status failure() const override { return error_; }
  bool finished_ = false;
};

// A relationship target of a part in `dir` (xl/workbook.xml, word/document.xml) as an entry
// name: relative to that directory, or absolute.
inline std::string EntryOf(std::string target, const char* dir) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string base = dir;
  while (target.rfind("../", 0) == 0) {
    target.erase(0, 3);
    base.clear();
  }
  return base + target;
}

// Called only before any part is read (it moves minizip's current entry).
inline bool HasEntry(const Archive& a, const std::string& entry) { return LocateEntry(a, entry); }

// The uncompressed size of an entry that HasEntry found.
inline uint64_t EntrySize(const Archive& a, const std::string& entry) {
  if (a.flat) return 0;  // the parts of a flat document are streamed, never read whole
  unz_file_info64 info;
  if (!LocateEntry(a, entry) ||
      unzGetCurrentFileInfo64(a.zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
    return 0;
  return info.uncompressed_size;
}

// The names of the files under `dir` ("word/embeddings/"), in the archive's directory order
// (not the directories themselves). Called only before any part is read (it moves minizip's
// current entry).
inline std::vector<std::string> EntriesUnder(const Archive& a, std::string_view dir) {
  std::vector<std::string> names;
  if (a.flat) return names;
  char name[4096];
  for (int r = unzGoToFirstFile(a.zip); r == UNZ_OK; r = unzGoToNextFile(a.zip)) {
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(a.zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
        info.size_filename >= sizeof name)
      break;
    const std::string_view n(name, info.size_filename);
    if (n.size() > dir.size() && n.substr(0, dir.size()) == dir && n.back() != '/')
      names.emplace_back(n);
  }
  return names;
}

// One entry's bytes as they are inflated (an object embedded in a document), opened on the
// first Read: the parts before it have been read by then, and their entries are closed.
class EntrySource : public ByteSource {
 public:
  EntrySource(std::shared_ptr<Archive> archive, std::string entry)
      : archive_(std::move(archive)), entry_(std::move(entry)) {}
  ~EntrySource() override { CloseEntry(*archive_, this); }

  Result<size_t> Read(char* buf, size_t n) override {
    if (done_) return error_.ok() ? Result<size_t>(size_t{0}) : Result<size_t>(error_);
    std::string error;
    if (!open_) {
      open_ = true;
      if (error = OpenEntry(*archive_, entry_, this); !error.empty()) return Fail(error);
    }
    const int got = ReadEntry(*archive_, this, buf, n, &error);
    if (got < 0) return Fail(error);
    if (got == 0) done_ = true;
    return static_cast<size_t>(got);
  }

 private:
  Status Fail(const std::string& what) {
    CloseEntry(*archive_, this);
    error_ = PartError(*archive_, entry_, what);
    done_ = true;
    return error_;
  }

  std::shared_ptr<Archive> archive_;
  std::string entry_;
  bool open_ = false;
  bool done_ = false;
  Status error_;
};

// A key that orders names as people number them ("header2" before "header10", "sheet9.xml"
// before "sheet10.xml"): each run of digits as its length without leading zeros and then the
// digits, behind a 0 byte; every other byte behind a 1 byte.
inline std::string NaturalKey(std::string_view s) {
  std::string key;
  for (size_t i = 0; i < s.size();) {
    if (s[i] < '0' || s[i] > '9') {
      key += '\1';
      key += s[i++];
      continue;
    }
    size_t end = i;
    while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
    size_t start = i;
    while (start + 1 < end && s[start] == '0') ++start;
    const size_t n = end - start;
    key += '\0';
    for (int shift = 24; shift >= 0; shift -= 8) key += static_cast<char>((n >> shift) & 0xFF);
    key.append(s.substr(start, n));
    i = end;
  }
  return key;
}

// The order of NaturalKey, names that differ only in leading zeros in their own order.
inline bool NaturalLess(const std::string& a, const std::string& b) {
  const std::string ka = NaturalKey(a), kb = NaturalKey(b);
  return ka != kb ? ka < kb : a < b;
}

// A file embedded in the archive's file (OfficePart::embedded): the entry's bytes, read as a
// file named `label` is.
inline OfficePart EmbeddedPart(const std::shared_ptr<Archive>& a, const std::string& entry,
                               std::string label) {
  OfficePart part(std::move(label), InputFormat::kAuto, std::make_unique<EntrySource>(a, entry));
  part.embedded = true;
  return part;
}

// A part that could not be read (a document's relationships, a workbook's styles), as an
// input of its own ("book.xlsx!styles") that fails at once.
inline OfficePart FailedPart(std::string label, Status error) {
  return {std::move(label), InputFormat::kText, std::make_unique<FailedSource>(std::move(error))};
}

}  // namespace piguard::formats::zipxml
