#include "formats/archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/text_encoding.h"
#include "core/utf8.h"

namespace piguard::formats {
namespace {

constexpr size_t kBlockSize = 64 * 1024;

bool TarHeaderChecksumAddsUp(std::string_view h) {
  // The sum of the header's 512 bytes with the checksum field (148..155) read as blanks,
  // written in octal in that field (POSIX.1-1988; some old tars summed signed bytes).
  unsigned sum = 0;
  int signed_sum = 0;
  for (size_t i = 0; i < 512; ++i) {
    const unsigned char c = (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(h[i]);
    sum += c;
    signed_sum += static_cast<signed char>(c);
  }
  unsigned stored = 0;
  size_t i = 148;
  while (i < 156 && h[i] == ' ') ++i;
  bool digits = false;
  for (; i < 156 && h[i] >= '0' && h[i] <= '7'; ++i) {
    stored = stored * 8 + static_cast<unsigned>(h[i] - '0');
    digits = true;
  }
  return digits && (stored == sum || static_cast<int>(stored) == signed_sum);
}

enum class Kind { kNone, kZip, kTar, kSevenZip, kRar };

Kind KindOf(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
  using namespace std::string_view_literals;
  if (starts("PK\x03\x04"sv) || starts("PK\x05\x06"sv)) return Kind::kZip;
  if (starts("7z\xBC\xAF\x27\x1C"sv)) return Kind::kSevenZip;
  if (starts("Rar!\x1A\x07"sv)) return Kind::kRar;
  if (head.size() >= 512 && head.substr(257, 5) == "ustar" && TarHeaderChecksumAddsUp(head))
    return Kind::kTar;
  return Kind::kNone;
}

void AppendHex(std::string* out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  *out += "\\x";
  *out += kHex[c >> 4];
  *out += kHex[c & 15];
}

// A member's name as UTF-8: as stored when it is UTF-8 (a ZIP entry with the UTF-8 flag, a
// pax header, most tars), else decoded from GB18030 when it is that (the ZIP tools of
// Chinese Windows write names in the system code page without saying so), else with each
// byte that is neither written as \xNN; control characters are written as \xNN too.
std::string MemberName(struct archive_entry* e) {
  const char* utf8 = archive_entry_pathname_utf8(e);
  const char* raw = utf8 ? utf8 : archive_entry_pathname(e);
  if (!raw) return "(no name)";
  const std::string_view name(raw);
  if (utf8::FindInvalid(name) == std::string_view::npos) return utf8::EscapeControls(name);
  if (encoding::LooksLikeGb18030(name) && encoding::Gb18030Available()) {
    std::string out;
    std::vector<uint32_t> map;
    if (encoding::DecodeToUtf8(TextEncoding::kGb18030, name, &out, &map).invalid == 0)
      return utf8::EscapeControls(out);
  }
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const size_t bad = utf8::FindInvalid(name.substr(i));
    if (bad == std::string_view::npos) {
      out.append(name.substr(i));
      break;
    }
    out.append(name.substr(i, bad));
    AppendHex(&out, static_cast<unsigned char>(name[i + bad]));
    i += bad + 1;
  }
  return utf8::EscapeControls(out);
}

// libarchive converts names through the calling thread's locale: in the C locale it cannot
// keep a non-ASCII name at all. Its calls run in C.UTF-8 (glibc's, always there) on this
// thread only; the process's locale is left alone.
class Utf8LocaleScope {
 public:
  Utf8LocaleScope() {
    static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr);
    if (utf8) previous_ = uselocale(utf8);
  }
  ~Utf8LocaleScope() {
    if (previous_) uselocale(previous_);
  }
  Utf8LocaleScope(const Utf8LocaleScope&) = delete;
  Utf8LocaleScope& operator=(const Utf8LocaleScope&) = delete;

 private:
  locale_t previous_ = nullptr;
};

// What libarchive said went wrong, or `fallback` when it said nothing.
std::string ErrorOf(struct archive* a, const char* fallback) {
  const char* s = archive_error_string(a);
  return s && *s ? s : fallback;
}

struct archive* NewReader() {
  struct archive* a = archive_read_new();
  if (!a) return nullptr;
  // The compressions libarchive decodes in-process. Not archive_read_support_filter_all: it
  // also runs external programs (lrzip, lzop, grzip) on data that looks like theirs.
  // (No lz4: Debian builds libarchive with it, but piguard links no liblz4.)
  archive_read_support_filter_gzip(a);
  archive_read_support_filter_bzip2(a);
  archive_read_support_filter_xz(a);
  archive_read_support_filter_lzma(a);
  archive_read_support_filter_zstd(a);
  archive_read_support_filter_compress(a);
  // The formats LooksLikeArchive knows; not mtree or raw, which would take text for archives,
  // and not cpio (initramfs and RPM payloads, not file shares): its reader allocates what a
  // crafted header's name length asks for, up to 4 GiB (found by fuzz_archive).
  archive_read_support_format_zip(a);
  archive_read_support_format_tar(a);
  archive_read_support_format_gnutar(a);
  archive_read_support_format_7zip(a);
  archive_read_support_format_rar(a);
  archive_read_support_format_rar5(a);
  return a;
}

}  // namespace

bool LooksLikeArchive(std::string_view head) { return KindOf(head) != Kind::kNone; }

bool ArchiveWantsSeeking(std::string_view head) {
  const Kind k = KindOf(head);
  return k == Kind::kZip || k == Kind::kSevenZip;
}

std::string_view ArchiveKindName(std::string_view head) {
  switch (KindOf(head)) {
    case Kind::kZip: return "ZIP archive";
    case Kind::kTar: return "tar archive";
    case Kind::kSevenZip: return "7z archive";
    case Kind::kRar: return "RAR archive";
    case Kind::kNone: break;
  }
  return "archive";
}

// The current member's data. Reads after the member's end return 0; a damaged member is an
// error that names it, every time it is read after that.
class ArchiveReader::MemberSource : public ByteSource {
 public:
  MemberSource(struct archive* a, std::string shown) : a_(a), shown_(std::move(shown)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (!error_.ok()) return error_;
    if (ended_ || n == 0) return size_t{0};
    const la_ssize_t got = archive_read_data(a_, buf, n);
    if (got > 0) return static_cast<size_t>(got);
    if (got == 0) {
      ended_ = true;
      return size_t{0};
    }
    error_ = DataLoss(shown_ + ": " + ErrorOf(a_, "the archive is damaged here") +
                      "; the data before that point was scanned");
    fatal_ = got == ARCHIVE_FATAL;
    return error_;
  }
  // Whether the member's error ended the archive too (it was said once, for the member).
  bool fatal() const { return fatal_; }

 private:
  struct archive* a_;
  std::string shown_;
  bool ended_ = false;
  bool fatal_ = false;
  Status error_;
};

// libarchive's read callback over a ByteSource: one block at a time.
struct ArchiveReader::StreamClient {
  ByteSource* source;
  std::vector<char> block = std::vector<char>(kBlockSize);
  std::string error;

  static la_ssize_t Read(struct archive* a, void* self, const void** buffer) {
    auto* c = static_cast<StreamClient*>(self);
    auto got = c->source->Read(c->block.data(), c->block.size());
    if (!got.ok()) {
      c->error = got.status().message();
      archive_set_error(a, EIO, "%s", c->error.c_str());
      return -1;
    }
    *buffer = c->block.data();
    return static_cast<la_ssize_t>(got.value());
  }
};

ArchiveReader::ArchiveReader(struct archive* a, std::string name)
    : a_(a), name_(std::move(name)) {}

ArchiveReader::~ArchiveReader() {
  if (a_) archive_read_free(a_);
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::OpenFile(const std::string& path) {
  Utf8LocaleScope utf8;
  struct archive* a = NewReader();
  if (!a) return IoError("cannot allocate an archive reader");
  std::unique_ptr<ArchiveReader> r(new ArchiveReader(a, path));
  if (archive_read_open_filename(a, path.c_str(), kBlockSize) != ARCHIVE_OK)
    return DataLoss(path + ": cannot read the archive: " + ErrorOf(a, "unknown error"));
  return r;
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::OpenStream(ByteSource* source,
                                                                 const std::string& name) {
  Utf8LocaleScope utf8;
  struct archive* a = NewReader();
  if (!a) return IoError("cannot allocate an archive reader");
  std::unique_ptr<ArchiveReader> r(new ArchiveReader(a, name));
  r->client_ = std::make_unique<StreamClient>();
  r->client_->source = source;
  if (archive_read_open(a, r->client_.get(), nullptr, &StreamClient::Read, nullptr) != ARCHIVE_OK)
    return DataLoss(name + ": cannot read the archive: " + ErrorOf(a, "unknown error"));
  return r;
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::OpenMemory(std::string bytes,
                                                                 const std::string& name) {
  Utf8LocaleScope utf8;
  struct archive* a = NewReader();
  if (!a) return IoError("cannot allocate an archive reader");
  std::unique_ptr<ArchiveReader> r(new ArchiveReader(a, name));
  r->memory_ = std::move(bytes);
  if (archive_read_open_memory(a, r->memory_.data(), r->memory_.size()) != ARCHIVE_OK)
    return DataLoss(name + ": cannot read the archive: " + ErrorOf(a, "unknown error"));
  return r;
}

Result<bool> ArchiveReader::Next(ArchiveMember* member) {
  Utf8LocaleScope utf8;
  if (data_ && data_->fatal()) return false;  // the member's error said it ends here
  data_.reset();
  struct archive_entry* e = nullptr;
  int rc = archive_read_next_header(a_, &e);
  // ARCHIVE_RETRY: a header that was no header (libarchive's tar reader then looks for the
  // next one). Said once, however many blocks are passed over.
  for (int tries = 0; rc == ARCHIVE_RETRY && tries < 100000; ++tries) {
    if (damage_.empty())
      damage_ = name_ + ": " + ErrorOf(a_, "a damaged header") +
                "; passed over to the next member that can be read";
    rc = archive_read_next_header(a_, &e);
  }
  if (rc == ARCHIVE_EOF) return false;
  if (rc < ARCHIVE_WARN || rc == ARCHIVE_RETRY || !e) {
    // A damaged or cut archive: what came before was scanned; nothing after can be found.
    return DataLoss(name_ + ": " + ErrorOf(a_, "the archive is damaged") +
                    "; the members before this point were scanned");
  }
  *member = ArchiveMember();
  member->name = MemberName(e);
  member->regular = archive_entry_filetype(e) == AE_IFREG;
  member->encrypted = archive_entry_is_data_encrypted(e) != 0;
  if (archive_entry_size_is_set(e)) member->size = archive_entry_size(e);
  data_ = std::make_unique<MemberSource>(a_, name_ + "!" + member->name);
  return true;
}

ByteSource* ArchiveReader::data() { return data_.get(); }

Result<size_t> ReplaySource::Read(char* buf, size_t n) {
  if (pos_ < head_.size()) {
    const size_t k = std::min(n, head_.size() - pos_);
    std::memcpy(buf, head_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  if (!head_error_.ok()) return head_error_;
  return rest_->Read(buf, n);
}

Status ReadUpTo(ByteSource* source, size_t n, std::string* out) {
  char buf[8192];
  while (out->size() < n) {
    auto got = source->Read(buf, std::min(sizeof buf, n - out->size()));
    if (!got.ok()) return got.status();
    if (got.value() == 0) break;
    out->append(buf, got.value());
  }
  return Status();
}

}  // namespace piguard::formats
