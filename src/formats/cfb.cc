#include "formats/cfb.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/utf8.h"

namespace piguard::formats {

namespace {

constexpr uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr uint32_t kFreeSector = 0xFFFFFFFF;
constexpr uint32_t kMaxRegularSector = 0xFFFFFFFA;
constexpr uint32_t kNoStream = 0xFFFFFFFF;
constexpr size_t kHeaderDifatEntries = 109;
// A directory larger than this is damage, not a document (Office writes a few dozen entries).
constexpr size_t kMaxDirectoryEntries = 1u << 18;

uint16_t U16(const char* p) {
  return static_cast<uint16_t>(static_cast<unsigned char>(p[0]) |
                               (static_cast<unsigned char>(p[1]) << 8));
}
uint32_t U32(const char* p) { return U16(p) | (uint32_t{U16(p + 2)} << 16); }
uint64_t U64(const char* p) { return U32(p) | (uint64_t{U32(p + 4)} << 32); }

class FileBytes : public RandomAccessBytes {
 public:
  FileBytes(int fd, uint64_t size, std::string path) : fd_(fd), size_(size), path_(std::move(path)) {}
  ~FileBytes() override { ::close(fd_); }
  uint64_t size() const override { return size_; }
  Status ReadAt(uint64_t offset, char* buf, size_t n) override {
    if (offset > size_ || n > size_ - offset) return DataLoss(path_ + ": cut short");
    while (n > 0) {
      const ssize_t got = ::pread(fd_, buf, n, static_cast<off_t>(offset));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return IoError(path_ + ": read failed: " + std::strerror(errno));
      if (got == 0) return DataLoss(path_ + ": cut short (the file shrank while it was read)");
      buf += got;
      n -= static_cast<size_t>(got);
      offset += static_cast<uint64_t>(got);
    }
    return Status::Ok();
  }

 private:
  int fd_;
  uint64_t size_;
  std::string path_;
};

class MemoryBytes : public RandomAccessBytes {
 public:
  explicit MemoryBytes(std::string_view bytes) : bytes_(bytes) {}
  uint64_t size() const override { return bytes_.size(); }
  Status ReadAt(uint64_t offset, char* buf, size_t n) override {
    if (offset > bytes_.size() || n > bytes_.size() - offset) return DataLoss("cut short");
    std::memcpy(buf, bytes_.data() + offset, n);
    return Status::Ok();
  }

 private:
  std::string_view bytes_;
};

// A directory entry's name: UTF-16LE, `bytes` long with its terminating NUL.
std::string EntryName(const char* p, uint16_t bytes) {
  std::string out;
  const size_t units = std::min<size_t>(bytes, 64) / 2;
  for (size_t i = 0; i < units; ++i) {
    uint32_t u = U16(p + 2 * i);
    if (u == 0) break;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
      const uint32_t low = U16(p + 2 * i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        ++i;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
    utf8::Append(&out, u);
  }
  return out;
}

bool SameNameNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 32);
    if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<RandomAccessBytes>> OpenRandomAccessFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path + ": cannot open: " + std::strerror(errno));
  const off_t end = ::lseek(fd, 0, SEEK_END);
  if (end < 0) {
    const int e = errno;
    ::close(fd);
    return IoError(path + ": cannot read: " + std::strerror(e));
  }
  return std::unique_ptr<RandomAccessBytes>(new FileBytes(fd, static_cast<uint64_t>(end), path));
}

std::unique_ptr<RandomAccessBytes> RandomAccessMemory(std::string_view bytes) {
  return std::make_unique<MemoryBytes>(bytes);
}

Result<CompoundFile> CompoundFile::Open(std::unique_ptr<RandomAccessBytes> bytes, std::string name) {
  CompoundFile cf;
  cf.bytes_ = std::move(bytes);
  cf.name_ = std::move(name);
  const std::string& n = cf.name_;
  char h[512];
  if (cf.bytes_->size() < sizeof h || !cf.bytes_->ReadAt(0, h, sizeof h).ok())
    return DataLoss(n + ": not an OLE2 compound file (shorter than its 512-byte header)");
  if (std::memcmp(h, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
    return DataLoss(n + ": not an OLE2 compound file (no signature)");
  const uint16_t shift = U16(h + 30);
  const uint16_t mini_shift = U16(h + 32);
  if ((shift != 9 && shift != 12) || mini_shift != 6)
    return DataLoss(n + ": damaged OLE2 compound file (sector size 2^" + std::to_string(shift) +
                    ", mini sector size 2^" + std::to_string(mini_shift) + ")");
  cf.sector_size_ = 1u << shift;
  cf.mini_sector_size_ = 1u << mini_shift;
  cf.mini_cutoff_ = U32(h + 56);
  cf.first_mini_fat_ = U32(h + 60);
  cf.mini_fat_sectors_ = U32(h + 64);
  const uint64_t file_size = cf.bytes_->size();
  cf.sector_count_ = file_size <= cf.sector_size_ ? 0 : (file_size - cf.sector_size_ + cf.sector_size_ - 1) / cf.sector_size_;
  if (U32(h + 44) > cf.sector_count_)
    return DataLoss(n + ": damaged OLE2 compound file (" + std::to_string(U32(h + 44)) +
                    " allocation sectors in a file of " + std::to_string(cf.sector_count_) + ")");
  // Only the allocation sectors that map the file's own sectors are read: a header that
  // claims more cannot make the table larger than the file needs.
  const size_t per_fat_sector = cf.sector_size_ / 4;
  const auto fat_sectors = static_cast<uint32_t>(std::min<uint64_t>(
      U32(h + 44), (cf.sector_count_ + per_fat_sector - 1) / per_fat_sector));

  // The sectors of the allocation table: 109 in the header, the rest in DIFAT sectors.
  std::vector<uint32_t> fat_sector_list;
  fat_sector_list.reserve(fat_sectors);
  for (size_t i = 0; i < kHeaderDifatEntries && fat_sector_list.size() < fat_sectors; ++i)
    fat_sector_list.push_back(U32(h + 76 + 4 * i));
  std::string sector(cf.sector_size_, '\0');
  const size_t per_difat = cf.sector_size_ / 4 - 1;
  uint32_t difat = U32(h + 68);
  for (size_t hops = 0; fat_sector_list.size() < fat_sectors; ++hops) {
    if (difat > kMaxRegularSector || hops > cf.sector_count_)
      return DataLoss(n + ": damaged OLE2 compound file (its allocation table's list ends early)");
    if (Status s = cf.ReadSector(difat, sector.data()); !s.ok()) return s;
    for (size_t i = 0; i < per_difat && fat_sector_list.size() < fat_sectors; ++i)
      fat_sector_list.push_back(U32(sector.data() + 4 * i));
    difat = U32(sector.data() + 4 * per_difat);
  }
  cf.fat_.reserve(static_cast<size_t>(fat_sectors) * (cf.sector_size_ / 4));
  for (uint32_t s : fat_sector_list) {
    if (Status st = cf.ReadSector(s, sector.data()); !st.ok()) return st;
    for (size_t i = 0; i < cf.sector_size_ / 4; ++i) cf.fat_.push_back(U32(sector.data() + 4 * i));
  }

  // The directory: 128-byte entries in the chain from the header's first directory sector.
  auto dir_chain = cf.Chain(cf.fat_, U32(h + 48), kMaxDirectoryEntries / (cf.sector_size_ / 128),
                            "directory");
  if (!dir_chain.ok()) return dir_chain.status();
  if (!dir_chain.value().empty())
    cf.root_entry_offset_ = (uint64_t{dir_chain.value()[0]} + 1) * cf.sector_size_;
  for (uint32_t s : dir_chain.value()) {
    if (Status st = cf.ReadSector(s, sector.data()); !st.ok()) return st;
    for (size_t off = 0; off + 128 <= cf.sector_size_; off += 128) {
      const char* e = sector.data() + off;
      Entry entry;
      entry.type = static_cast<uint8_t>(e[66]);
      if (entry.type == 1 || entry.type == 2 || entry.type == 5)
        entry.name = EntryName(e, U16(e + 64));
      entry.left = U32(e + 68);
      entry.right = U32(e + 72);
      entry.child = U32(e + 76);
      entry.start = U32(e + 116);
      // Version 3 files may leave garbage in the size's high half.
      entry.size = shift == 9 ? U32(e + 120) : U64(e + 120);
      cf.entries_.push_back(std::move(entry));
    }
  }
  if (cf.entries_.empty() || cf.entries_[0].type != 5)
    return DataLoss(n + ": damaged OLE2 compound file (no root entry)");
  return cf;
}

Status CompoundFile::ReadSector(uint32_t sector, char* buf) {
  if (sector > kMaxRegularSector || sector >= sector_count_)
    return DataLoss(name_ + ": damaged OLE2 compound file (sector " + std::to_string(sector) +
                    " is outside the file)");
  const uint64_t offset = (uint64_t{sector} + 1) * sector_size_;
  // The last sector may be cut short by writers that do not pad the file: the rest is zeros.
  const uint64_t have = std::min<uint64_t>(sector_size_, bytes_->size() - offset);
  std::memset(buf + have, 0, sector_size_ - have);
  if (Status s = bytes_->ReadAt(offset, buf, static_cast<size_t>(have)); !s.ok())
    return DataLoss(name_ + ": " + s.message());
  return Status::Ok();
}

Result<std::vector<uint32_t>> CompoundFile::Chain(const std::vector<uint32_t>& fat, uint32_t start,
                                                  size_t limit, std::string_view what) const {
  std::vector<uint32_t> chain;
  std::vector<bool> seen(fat.size(), false);
  for (uint32_t s = start; s != kEndOfChain && chain.size() < limit;) {
    if (s == kFreeSector && chain.empty()) break;  // an empty stream may say "free"
    if (s >= fat.size())
      return DataLoss(name_ + ": damaged OLE2 compound file (the " + std::string(what) +
                      "'s sectors run outside its allocation table)");
    if (seen[s])
      return DataLoss(name_ + ": damaged OLE2 compound file (the " + std::string(what) +
                      "'s sectors loop)");
    seen[s] = true;
    chain.push_back(s);
    s = fat[s];
  }
  return chain;
}

Status CompoundFile::LoadMiniStream() {
  if (mini_stream_) return Status::Ok();
  const Entry& root = entries_[0];
  const size_t sectors = static_cast<size_t>(
      std::min<uint64_t>(sector_count_, (root.size + sector_size_ - 1) / sector_size_));
  auto stream_chain = Chain(fat_, root.start, sectors, "mini stream");
  if (!stream_chain.ok()) return stream_chain.status();
  const uint64_t size = root.size;
  if (size > uint64_t{stream_chain.value().size()} * sector_size_)
    return DataLoss(name_ + ": damaged OLE2 compound file (the mini stream is shorter than it says)");
  std::string stream(static_cast<size_t>(stream_chain.value().size()) * sector_size_, '\0');
  for (size_t i = 0; i < stream_chain.value().size(); ++i)
    if (Status s = ReadSector(stream_chain.value()[i], stream.data() + i * sector_size_); !s.ok())
      return s;
  stream.resize(static_cast<size_t>(size));
  auto fat_chain = Chain(fat_, first_mini_fat_, std::min<size_t>(mini_fat_sectors_, sector_count_),
                         "mini allocation table");
  if (!fat_chain.ok()) return fat_chain.status();
  std::string sector(sector_size_, '\0');
  mini_fat_.clear();
  for (uint32_t s : fat_chain.value()) {
    if (Status st = ReadSector(s, sector.data()); !st.ok()) return st;
    for (size_t i = 0; i < sector_size_ / 4; ++i) mini_fat_.push_back(U32(sector.data() + 4 * i));
  }
  mini_stream_ = std::move(stream);
  return Status::Ok();
}

std::vector<uint32_t> CompoundFile::Children(uint32_t parent) const {
  // The children of a storage form a tree through left and right siblings.
  std::vector<uint32_t> out, stack{entries_[parent].child};
  std::vector<bool> seen(entries_.size(), false);
  seen[parent] = true;
  while (!stack.empty()) {
    const uint32_t i = stack.back();
    stack.pop_back();
    if (i == kNoStream || i >= entries_.size() || seen[i]) continue;
    seen[i] = true;
    out.push_back(i);
    stack.push_back(entries_[i].right);
    stack.push_back(entries_[i].left);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<uint32_t> CompoundFile::StorageAt(std::string_view path) const {
  uint32_t at = 0;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view part = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    std::optional<uint32_t> next;
    for (uint32_t i : Children(at))
      if (entries_[i].type == 1 && SameNameNoCase(entries_[i].name, part)) {
        next = i;
        break;
      }
    if (!next) return std::nullopt;
    at = *next;
  }
  return at;
}

bool CompoundFile::InFirstDirectorySector(std::string_view name) const {
  const Entry* e = Find(name);
  return e != nullptr && IndexOf(e) < sector_size_ / 128;
}

Result<std::string> SingleStreamCompoundFile(std::string_view name, std::string_view data) {
  constexpr uint32_t kSector = 4096, kPerFat = kSector / 4, kFatSect = 0xFFFFFFFD;
  const uint64_t size = std::max<uint64_t>(data.size(), 4096);
  const uint64_t stream_sectors = (size + kSector - 1) / kSector;
  // Sectors: the stream's, then the directory's, then the allocation table's own.
  uint64_t fat_sectors = 1;
  while ((stream_sectors + 1 + fat_sectors + kPerFat - 1) / kPerFat > fat_sectors) ++fat_sectors;
  if (fat_sectors > kHeaderDifatEntries)
    return DataLoss("a stream of " + std::to_string(data.size() >> 20) +
                    " MiB is too large for a compound file without a DIFAT");
  const uint64_t dir_sector = stream_sectors, total = stream_sectors + 1 + fat_sectors;
  std::string out((total + 1) * kSector, '\0');
  auto put16 = [&](size_t at, uint16_t v) {
    out[at] = static_cast<char>(v & 0xFF);
    out[at + 1] = static_cast<char>(v >> 8);
  };
  auto put32 = [&](size_t at, uint32_t v) {
    put16(at, static_cast<uint16_t>(v & 0xFFFF));
    put16(at + 2, static_cast<uint16_t>(v >> 16));
  };
  // The header ([MS-CFB] 2.2), padded to a whole sector in version 4.
  out.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put16(24, 0x3E);
  put16(26, 4);
  put16(28, 0xFFFE);
  put16(30, 12);  // 4096-byte sectors
  put16(32, 6);   // 64-byte mini sectors
  put32(40, 1);   // directory sectors
  put32(44, static_cast<uint32_t>(fat_sectors));
  put32(48, static_cast<uint32_t>(dir_sector));
  put32(56, 4096);        // mini stream cutoff
  put32(60, kEndOfChain);  // no mini allocation table
  put32(68, kEndOfChain);  // no DIFAT sectors
  for (size_t i = 0; i < kHeaderDifatEntries; ++i)
    put32(76 + 4 * i, i < fat_sectors ? static_cast<uint32_t>(dir_sector + 1 + i) : kFreeSector);
  auto sector = [&](uint64_t s) { return static_cast<size_t>((s + 1) * kSector); };
  out.replace(sector(0), data.size(), data);
  // The directory: every slot unused, then the root and the stream in the first two.
  const size_t dir = sector(dir_sector);
  for (size_t e = 0; e < kSector / 128; ++e) {
    put32(dir + e * 128 + 68, kNoStream);
    put32(dir + e * 128 + 72, kNoStream);
    put32(dir + e * 128 + 76, kNoStream);
  }
  auto entry = [&](size_t e, std::u16string_view n, uint8_t type, uint32_t child, uint32_t start,
                   uint64_t bytes) {
    const size_t at = dir + e * 128;
    for (size_t i = 0; i < n.size() && i < 31; ++i) put16(at + 2 * i, n[i]);
    put16(at + 64, static_cast<uint16_t>(2 * (std::min<size_t>(n.size(), 31) + 1)));
    out[at + 66] = static_cast<char>(type);
    out[at + 67] = 1;  // black
    put32(at + 76, child);
    put32(at + 116, start);
    put32(at + 120, static_cast<uint32_t>(bytes & 0xFFFFFFFF));
    put32(at + 124, static_cast<uint32_t>(bytes >> 32));
  };
  std::u16string wide;
  for (const char c : name) wide.push_back(static_cast<unsigned char>(c));  // ASCII names
  entry(0, u"Root Entry", 5, 1, kEndOfChain, 0);
  entry(1, wide, 2, kNoStream, 0, size);
  // The allocation table: the stream's chain, the directory's, the table's own sectors.
  for (uint64_t i = 0; i < fat_sectors * kPerFat; ++i) {
    uint32_t v = kFreeSector;
    if (i < stream_sectors) v = i + 1 == stream_sectors ? kEndOfChain : static_cast<uint32_t>(i + 1);
    else if (i == dir_sector) v = kEndOfChain;
    else if (i < total) v = kFatSect;
    put32(sector(dir_sector + 1) + 4 * i, v);
  }
  return out;
}

std::vector<std::string> CompoundFile::StorageNames(std::string_view path) const {
  std::vector<std::string> names;
  // A name with '/' in it (the format forbids one; a damaged file may hold it) could not be
  // asked for by path: it is left out, as StorageAt would not find it.
  if (const std::optional<uint32_t> at = StorageAt(path))
    for (uint32_t i : Children(*at))
      if (entries_[i].type == 1 && entries_[i].name.find('/') == std::string::npos)
        names.push_back(entries_[i].name);
  return names;
}

std::optional<CompoundFile::RootSwap> CompoundFile::StorageAsRoot(std::string_view path) const {
  const std::optional<uint32_t> at = StorageAt(path);
  if (!at) return std::nullopt;
  return RootSwap{root_entry_offset_ + 76, entries_[*at].child};
}

const CompoundFile::Entry* CompoundFile::Find(std::string_view name) const {
  for (uint32_t i : RootChildren())
    if ((entries_[i].type == 2 || entries_[i].type == 1) && SameNameNoCase(entries_[i].name, name))
      return &entries_[i];
  return nullptr;
}

std::vector<std::string> CompoundFile::RootNames() const {
  std::vector<std::string> names;
  for (uint32_t i : RootChildren())
    if (entries_[i].type == 1 || entries_[i].type == 2) names.push_back(entries_[i].name);
  return names;
}

Result<std::optional<std::string>> CompoundFile::ReadStream(std::string_view name,
                                                            uint64_t max_bytes) {
  const Entry* e = Find(name);
  if (!e || e->type != 2) return std::optional<std::string>();
  const std::string what = "stream \"" + std::string(name) + "\"";
  if (e->size > max_bytes)
    return DataLoss(name_ + ": the " + what + " is larger than " +
                    std::to_string(max_bytes >> 20) + " MiB");
  const auto size = static_cast<size_t>(e->size);
  std::string out(size, '\0');
  if (size == 0) return std::optional<std::string>(std::move(out));
  if (e->size < mini_cutoff_) {
    if (Status s = LoadMiniStream(); !s.ok()) return s;
    const size_t units = (size + mini_sector_size_ - 1) / mini_sector_size_;
    auto chain = Chain(mini_fat_, e->start, units, what);
    if (!chain.ok()) return chain.status();
    if (chain.value().size() < units)
      return DataLoss(name_ + ": damaged OLE2 compound file (the " + what + " is cut short)");
    for (size_t i = 0; i < units; ++i) {
      const uint64_t at = uint64_t{chain.value()[i]} * mini_sector_size_;
      const size_t n = std::min<size_t>(mini_sector_size_, size - i * mini_sector_size_);
      if (at + n > mini_stream_->size())
        return DataLoss(name_ + ": damaged OLE2 compound file (the " + what +
                        " runs outside the mini stream)");
      std::memcpy(out.data() + i * mini_sector_size_, mini_stream_->data() + at, n);
    }
    return std::optional<std::string>(std::move(out));
  }
  const size_t units = (size + sector_size_ - 1) / sector_size_;
  auto chain = Chain(fat_, e->start, units, what);
  if (!chain.ok()) return chain.status();
  if (chain.value().size() < units)
    return DataLoss(name_ + ": damaged OLE2 compound file (the " + what + " is cut short)");
  std::string sector(sector_size_, '\0');
  for (size_t i = 0; i < units; ++i) {
    const size_t n = std::min<size_t>(sector_size_, size - i * sector_size_);
    if (n == sector_size_) {
      if (Status s = ReadSector(chain.value()[i], out.data() + i * sector_size_); !s.ok()) return s;
    } else {
      if (Status s = ReadSector(chain.value()[i], sector.data()); !s.ok()) return s;
      std::memcpy(out.data() + i * sector_size_, sector.data(), n);
    }
  }
  return std::optional<std::string>(std::move(out));
}

}  // namespace piguard::formats
