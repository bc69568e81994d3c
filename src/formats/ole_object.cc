#include "formats/ole_object.h"

#include <algorithm>
#include <vector>

#include "core/text_encoding.h"
#include "core/utf8.h"
#include "formats/cfb.h"

namespace piguard::formats {
namespace {

// Reads little-endian fields and NUL-terminated strings from a stream, failing (ok() false)
// once anything would run past its end.
class Fields {
 public:
  explicit Fields(std::string_view s) : s_(s) {}
  bool ok() const { return ok_; }
  uint32_t U16() { return Le(2); }
  uint32_t U32() { return Le(4); }
  std::string_view Take(uint64_t n) {
    if (!ok_ || n > s_.size() - pos_) {
      ok_ = false;
      return {};
    }
    std::string_view v = s_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  std::string_view Zstring() {
    const size_t end = ok_ ? s_.find('\0', pos_) : std::string_view::npos;
    if (end == std::string_view::npos) {
      ok_ = false;
      return {};
    }
    std::string_view v = s_.substr(pos_, end - pos_);
    pos_ = end + 1;
    return v;
  }

 private:
  uint32_t Le(size_t n) {
    std::string_view b = Take(n);
    uint32_t v = 0;
    for (size_t i = 0; i < b.size(); ++i) v |= uint32_t{static_cast<unsigned char>(b[i])} << (8 * i);
    return v;
  }
  std::string_view s_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// UTF-16LE code units to UTF-8, up to a NUL (unpaired surrogates become U+FFFD).
std::string Utf16ToUtf8(std::string_view units) {
  for (size_t i = 0; i + 1 < units.size(); i += 2)
    if (units[i] == '\0' && units[i + 1] == '\0') {
      units = units.substr(0, i);
      break;
    }
  std::string out;
  std::vector<uint32_t> map;
  encoding::DecodeToUtf8(TextEncoding::kUtf16le, units, &out, &map);
  return out;
}

// An ANSI label: UTF-8 as it is, else the GBK of Chinese Windows (Latin-1 where GB18030
// decoding is missing).
std::string AnsiToUtf8(std::string_view s) {
  if (utf8::FindInvalid(s) == std::string_view::npos) return std::string(s);
  std::string out;
  if (encoding::Gb18030Available()) {
    std::vector<uint32_t> map;
    encoding::DecodeToUtf8(TextEncoding::kGb18030, s, &out, &map);
  } else {
    for (const char c : s) utf8::Append(&out, static_cast<unsigned char>(c));
  }
  return out;
}

// The last component of a Windows or POSIX path; control characters dropped (a name goes
// into the shown path of every finding).
std::string BaseName(std::string_view path) {
  const size_t cut = path.find_last_of("/\\");
  if (cut != std::string_view::npos) path.remove_prefix(cut + 1);
  std::string out;
  for (const char c : path)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  return out;
}

}  // namespace

std::optional<EmbeddedFile> ParseOle10Native(std::string_view stream) {
  // u32 size of what follows; u16 flags; label\0; source path\0; u32 (0x00030000);
  // u32 n, n bytes of the temporary path (NUL included); u32 size, the file's bytes; then,
  // as Packager writes since Windows Vista, the temporary path, the label and the source path
  // again in UTF-16LE, each as u32 length in characters and the characters.
  Fields f(stream);
  const uint32_t total = f.U32();
  if (!f.ok() || total > stream.size() - 4) return std::nullopt;
  f.U16();
  const std::string_view label = f.Zstring();
  const std::string_view source_path = f.Zstring();
  f.U32();
  f.Take(f.U32());
  const uint32_t size = f.U32();
  const std::string_view data = f.Take(size);
  if (!f.ok()) return std::nullopt;
  EmbeddedFile file;
  file.bytes = std::string(data);
  // The Unicode names, when they are all there.
  std::string unicode_label;
  {
    Fields w = f;
    w.Take(uint64_t{w.U32()} * 2);                         // temporary path
    const std::string_view l = w.Take(uint64_t{w.U32()} * 2);  // label
    if (w.ok()) unicode_label = BaseName(Utf16ToUtf8(l));
  }
  file.name = !unicode_label.empty() ? unicode_label : BaseName(AnsiToUtf8(label));
  if (file.name.empty()) file.name = BaseName(AnsiToUtf8(source_path));
  return file;
}

namespace {

// The bytes of a compound file with four of them replaced (the root's child pointer), read
// as a stream, opened on the first Read.
class RootSwappedSource : public ByteSource {
 public:
  RootSwappedSource(ReopenBytes reopen, CompoundFile::RootSwap swap)
      : reopen_(std::move(reopen)), swap_(swap) {
    for (int i = 0; i < 4; ++i) patch_[i] = static_cast<char>((swap.child >> (8 * i)) & 0xFF);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    if (!bytes_) {
      auto opened = reopen_();
      if (!opened.ok()) return opened.status();
      bytes_ = std::move(opened).value();
    }
    const uint64_t size = bytes_->size();
    if (pos_ >= size) return size_t{0};
    n = static_cast<size_t>(std::min<uint64_t>(n, size - pos_));
    if (Status s = bytes_->ReadAt(pos_, buf, n); !s.ok()) return s;
    for (int i = 0; i < 4; ++i) {
      const uint64_t at = swap_.offset + i;
      if (at >= pos_ && at < pos_ + n) buf[at - pos_] = patch_[i];
    }
    pos_ += n;
    return n;
  }

 private:
  ReopenBytes reopen_;
  CompoundFile::RootSwap swap_;
  char patch_[4];
  std::unique_ptr<RandomAccessBytes> bytes_;
  uint64_t pos_ = 0;
};

}  // namespace

std::vector<OfficePart> StorageObjectParts(const CompoundFile& cf, std::string_view container,
                                           std::string_view prefix, const ReopenBytes& reopen) {
  std::vector<OfficePart> parts;
  // By name: Word names its objects by a number that grows as they are inserted.
  std::vector<std::string> names = cf.StorageNames(container);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string path = container.empty() ? name : std::string(container) + "/" + name;
    const std::optional<CompoundFile::RootSwap> swap = cf.StorageAsRoot(path);
    if (!swap) continue;
    OfficePart part("object" + std::to_string(parts.size() + 1), InputFormat::kAuto,
                    std::make_unique<RootSwappedSource>(reopen, *swap));
    part.embedded = true;
    parts.push_back(std::move(part));
  }
  return parts;
}

Result<std::optional<EmbeddedFile>> OleObjectFile(std::string_view bytes, const std::string& shown,
                                                  uint64_t max_bytes) {
  auto cf = CompoundFile::Open(RandomAccessMemory(bytes), shown);
  if (!cf.ok()) return cf.status();
  CompoundFile& file = cf.value();
  if (file.HasStream("\x01Ole10Native")) {
    auto native = file.ReadStream("\x01Ole10Native", max_bytes + 4096);
    if (!native.ok()) return native.status();
    std::optional<EmbeddedFile> packaged;
    if (native.value()) packaged = ParseOle10Native(*native.value());
    if (!packaged)
      return DataLoss(shown + ": a packaged file whose header is damaged (the object's "
                              "\\1Ole10Native stream); it is not read");
    return packaged;
  }
  for (const char* stream : {"Package", "CONTENTS"}) {
    if (!file.HasStream(stream)) continue;
    auto data = file.ReadStream(stream, max_bytes);
    if (!data.ok()) return data.status();
    if (!data.value()) break;
    return std::optional<EmbeddedFile>(EmbeddedFile{"", std::move(*data.value())});
  }
  return std::optional<EmbeddedFile>();
}

}  // namespace piguard::formats
