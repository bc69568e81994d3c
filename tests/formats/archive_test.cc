// formats/archive.h: archives written here with libarchive's own writer (ZIP with and without
// a password, tar with gzip, xz, bzip2 and zstd, pax with UTF-8 names, 7z) are read back member by member;
// damaged and cut archives give errors that name the archive or member, after the data before
// the damage.
#include "formats/archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <clocale>
#include <cstring>
#include <locale.h>
#include <string>
#include <vector>

namespace piguard::formats {
namespace {

struct Entry {
  std::string name;
  std::string data;
  unsigned type = AE_IFREG;
};

// An archive of `entries` in `format` (zip, pax, ustar, gnutar, 7zip), through `filter`
// ("" for none); `options` for archive_write_set_options, `passphrase` when not empty.
std::string WriteArchive(const std::vector<Entry>& entries, const char* format,
                         const char* filter = "", const char* options = "",
                         const char* passphrase = "") {
  // The writer converts names through the thread's locale, and the C locale has no
  // non-ASCII characters.
  static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr);
  const locale_t previous = uselocale(utf8);
  struct archive* a = archive_write_new();
  // By function, not by name: the by-name tables would link every writer libarchive has.
  const std::string f = format;
  const int set = f == "zip"      ? archive_write_set_format_zip(a)
                  : f == "pax"    ? archive_write_set_format_pax(a)
                  : f == "ustar"  ? archive_write_set_format_ustar(a)
                  : f == "gnutar" ? archive_write_set_format_gnutar(a)
                  : f == "7zip"   ? archive_write_set_format_7zip(a)
                                  : ARCHIVE_FATAL;
  EXPECT_EQ(set, ARCHIVE_OK) << format;
  const std::string z = filter;
  if (!z.empty()) {
    const int added = z == "gzip"    ? archive_write_add_filter_gzip(a)
                      : z == "xz"    ? archive_write_add_filter_xz(a)
                      : z == "bzip2" ? archive_write_add_filter_bzip2(a)
                      : z == "zstd"  ? archive_write_add_filter_zstd(a)
                                     : ARCHIVE_FATAL;
    EXPECT_EQ(added, ARCHIVE_OK) << filter;
  }
  if (*options) {
    EXPECT_EQ(archive_write_set_options(a, options), ARCHIVE_OK) << archive_error_string(a);
  }
  if (*passphrase) {
    EXPECT_EQ(archive_write_set_passphrase(a, passphrase), ARCHIVE_OK);
  }
  std::vector<char> buf(1 << 20);
  size_t used = 0;
  EXPECT_EQ(archive_write_open_memory(a, buf.data(), buf.size(), &used), ARCHIVE_OK);
  for (const Entry& e : entries) {
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, e.name.c_str());
    archive_entry_set_filetype(entry, e.type);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, 1700000000, 0);
    if (e.type == AE_IFLNK) archive_entry_set_symlink(entry, "target");
    archive_entry_set_size(entry, e.type == AE_IFREG ? static_cast<la_int64_t>(e.data.size()) : 0);
    EXPECT_EQ(archive_write_header(a, entry), ARCHIVE_OK) << archive_error_string(a);
    if (e.type == AE_IFREG && !e.data.empty()) {
      EXPECT_EQ(archive_write_data(a, e.data.data(), e.data.size()),
                static_cast<la_ssize_t>(e.data.size()));
    }
    archive_entry_free(entry);
  }
  EXPECT_EQ(archive_write_close(a), ARCHIVE_OK) << archive_error_string(a);
  archive_write_free(a);
  uselocale(previous);
  return std::string(buf.data(), used);
}

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string bytes, size_t piece = 1000)
      : bytes_(std::move(bytes)), piece_(piece) {}
  Result<size_t> Read(char* buf, size_t n) override {
    const size_t k = std::min({n, piece_, bytes_.size() - pos_});
    std::memcpy(buf, bytes_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string bytes_;
  size_t piece_;
  size_t pos_ = 0;
};

struct ReadMember {
  ArchiveMember member;
  std::string data;
  std::string error;  // the Read error that ended it
};
struct ReadArchive {
  std::vector<ReadMember> members;
  std::string error;   // Next's error
  std::string damage;  // what TakeDamage said
};

// Read as a stream (an archive inside another), or from memory.
ReadArchive ReadAll(const std::string& bytes, const std::string& name = "t.bin",
                    bool memory = false) {
  ReadArchive out;
  MemorySource source(bytes);
  auto reader = memory ? ArchiveReader::OpenMemory(bytes, name)
                       : ArchiveReader::OpenStream(&source, name);
  if (!reader.ok()) {
    out.error = reader.status().message();
    return out;
  }
  while (true) {
    ReadMember m;
    auto next = reader.value()->Next(&m.member);
    if (!next.ok()) {
      out.error = next.status().message();
      break;
    }
    out.damage += reader.value()->TakeDamage();
    if (!next.value()) break;
    char buf[333];
    while (true) {
      auto r = reader.value()->data()->Read(buf, sizeof buf);
      if (!r.ok()) {
        m.error = r.status().message();
        break;
      }
      if (r.value() == 0) break;
      m.data.append(buf, r.value());
    }
    out.members.push_back(std::move(m));
  }
  return out;
}

const std::string kCsv = "姓名,手机号\n张伟,13812345678\n";
const std::string kLog(100000, 'x');  // long enough to span many reads and blocks

TEST(ArchiveTest, EveryFormatReadsBackItsMembers) {
  const std::vector<Entry> entries = {
      {"客户/customers.csv", kCsv}, {"logs/", "", AE_IFDIR}, {"logs/app.log", kLog},
      {"empty.txt", ""}};
  struct Case {
    const char* format;
    const char* filter;
  };
  for (const Case c : {Case{"zip", ""}, Case{"pax", "gzip"}, Case{"ustar", "xz"},
                       Case{"gnutar", "bzip2"}, Case{"pax", "zstd"}, Case{"7zip", ""}}) {
    SCOPED_TRACE(std::string(c.format) + "+" + c.filter);
    const std::string bytes = WriteArchive(entries, c.format, c.filter);
    // A 7z archive's directory is at its end: it is read from memory (the scan reads such
    // a member whole); the others stream, as an archive inside another does.
    const bool seek = std::string(c.format) == "7zip";
    ReadArchive got = ReadAll(bytes, "t.bin", seek);
    EXPECT_EQ(got.error, "");
    if (!seek) {
      EXPECT_EQ(ReadAll(bytes, "t.bin", true).members.size(), got.members.size());
    }
    std::vector<ReadMember> regular;
    for (auto& m : got.members)
      if (m.member.regular) regular.push_back(m);
    ASSERT_EQ(regular.size(), 3u);
    EXPECT_EQ(regular[0].member.name, "客户/customers.csv");
    EXPECT_EQ(regular[0].data, kCsv);
    EXPECT_EQ(regular[1].member.name, "logs/app.log");
    EXPECT_EQ(regular[1].data, kLog);
    EXPECT_EQ(regular[2].member.name, "empty.txt");
    EXPECT_EQ(regular[2].data, "");
    for (auto& m : regular) {
      EXPECT_EQ(m.error, "");
      EXPECT_FALSE(m.member.encrypted);
    }
    // What the archive looks like before decompression is not ours to judge (libarchive
    // undoes it); once decompressed, the signature test knows each format.
    if (!*c.filter) {
      EXPECT_TRUE(LooksLikeArchive(bytes.substr(0, 512))) << bytes.size();
    }
  }
}

TEST(ArchiveTest, LinksAndDirectoriesAreNoRegularMembers) {
  const std::string bytes = WriteArchive(
      {{"dir/", "", AE_IFDIR}, {"link", "", AE_IFLNK}, {"a.txt", "13812345678\n"}}, "pax");
  ReadArchive got = ReadAll(bytes);
  ASSERT_EQ(got.members.size(), 3u);
  EXPECT_FALSE(got.members[0].member.regular);
  EXPECT_FALSE(got.members[1].member.regular);
  EXPECT_TRUE(got.members[2].member.regular);
  EXPECT_EQ(got.members[2].member.size, 12);
}

TEST(ArchiveTest, PasswordProtectedZipMembersAreMarkedEncrypted) {
  const std::string bytes =
      WriteArchive({{"secret.csv", kCsv}}, "zip", "", "zip:encryption=zipcrypt", "pw");
  ReadArchive got = ReadAll(bytes);
  ASSERT_EQ(got.members.size(), 1u);
  EXPECT_TRUE(got.members[0].member.encrypted);
  EXPECT_EQ(got.members[0].member.name, "secret.csv");
}

TEST(ArchiveTest, CutTarGivesTheDataBeforeTheCutThenAnErrorNamingTheMember) {
  const std::string bytes = WriteArchive({{"a.csv", kCsv}, {"big.log", kLog}}, "ustar");
  // Cut inside big.log's data: a.csv whole, big.log's first bytes, then an error.
  const std::string cut = bytes.substr(0, 512 + 512 + 512 + 40000);
  ReadArchive got = ReadAll(cut, "cut.tar");
  ASSERT_EQ(got.members.size(), 2u);
  EXPECT_EQ(got.members[0].data, kCsv);
  EXPECT_EQ(got.members[0].error, "");
  EXPECT_EQ(got.members[1].data, kLog.substr(0, got.members[1].data.size()));
  EXPECT_GE(got.members[1].data.size(), 30000u);
  EXPECT_EQ(got.members[1].error.rfind("cut.tar!big.log: ", 0), 0u) << got.members[1].error;
  EXPECT_NE(got.members[1].error.find("the data before that point was scanned"), std::string::npos);
}

TEST(ArchiveTest, DamagedHeaderIsPassedOverAndSaid) {
  std::string bytes = WriteArchive({{"a.csv", kCsv}, {"b.csv", kCsv}}, "ustar");
  // The second header's checksum no longer adds up.
  bytes[1024 + 148] = '9';
  ReadArchive got = ReadAll(bytes, "bad.tar");
  ASSERT_GE(got.members.size(), 1u);
  EXPECT_EQ(got.members[0].data, kCsv);
  EXPECT_EQ(got.damage.rfind("bad.tar: ", 0), 0u) << got.damage;
  EXPECT_NE(got.damage.find("passed over"), std::string::npos) << got.damage;
  for (size_t i = 1; i < got.members.size(); ++i) ADD_FAILURE() << got.members[i].member.name;
}

TEST(ArchiveTest, CorruptDeflateDataIsAnErrorOfThatMember) {
  std::string bytes = WriteArchive({{"a.log", kLog}, {"b.csv", kCsv}}, "zip");
  // Inside a.log's compressed data (after its 30-byte local header and 5-byte name).
  for (size_t i = 60; i < 70; ++i) bytes[i] = static_cast<char>(0xFF);
  ReadArchive got = ReadAll(bytes, "bad.zip");
  ASSERT_GE(got.members.size(), 1u);
  EXPECT_EQ(got.members[0].member.name, "a.log");
  EXPECT_EQ(got.members[0].error.rfind("bad.zip!a.log: ", 0), 0u) << got.members[0].error;
}

TEST(ArchiveTest, SevenZipCannotBeStreamed) {
  const std::string bytes = WriteArchive({{"a.csv", kCsv}}, "7zip");
  ReadArchive got = ReadAll(bytes, "s.7z");
  // The header can be read from the front; the data needs the directory at the end.
  std::string error = got.error;
  for (const auto& m : got.members) error += m.error;
  EXPECT_EQ(error.rfind("s.7z", 0), 0u) << error;
  EXPECT_NE(error.find("seek"), std::string::npos) << error;
}

TEST(ArchiveTest, NotAnArchiveIsAnErrorNamingIt) {
  ReadArchive got = ReadAll("just some text, 13812345678\n", "notes.zip");
  EXPECT_EQ(got.error.rfind("notes.zip: ", 0), 0u) << got.error;
  EXPECT_TRUE(got.members.empty());
}

TEST(ArchiveTest, SignaturesNeedTheWholeSignatureAndATarChecksum) {
  const std::string tar = WriteArchive({{"a.txt", "x"}}, "ustar");
  EXPECT_TRUE(LooksLikeArchive(tar));
  EXPECT_EQ(ArchiveKindName(tar), "tar archive");
  EXPECT_FALSE(LooksLikeArchive(tar.substr(0, 511)));  // a header is 512 bytes
  std::string bad = tar;
  bad[148] = '7';  // the checksum no longer adds up: text that happens to say "ustar"
  EXPECT_FALSE(LooksLikeArchive(bad));
  EXPECT_TRUE(LooksLikeArchive(std::string("PK\x03\x04", 4)));
  EXPECT_EQ(ArchiveKindName(std::string("PK\x05\x06", 4)), "ZIP archive");
  EXPECT_FALSE(LooksLikeArchive("PK"));
  EXPECT_FALSE(LooksLikeArchive("PKZIP is a program\n"));
  EXPECT_TRUE(LooksLikeArchive(std::string("7z\xBC\xAF\x27\x1C\x00\x04", 8)));
  EXPECT_TRUE(LooksLikeArchive(std::string("Rar!\x1A\x07\x01\x00", 8)));
  // cpio is not opened (its reader allocates what a crafted header asks for).
  EXPECT_FALSE(LooksLikeArchive("070701000000"));
  EXPECT_FALSE(LooksLikeArchive(""));
  EXPECT_EQ(ArchiveKindName("text"), "archive");
}

TEST(ArchiveTest, ReplaySourceGivesTheHeadThenTheRestOrTheHeadsError) {
  MemorySource rest("world", 2);
  ReplaySource replay("hello ", &rest);
  std::string all;
  char buf[4];
  while (true) {
    auto r = replay.Read(buf, sizeof buf);
    ASSERT_TRUE(r.ok());
    if (r.value() == 0) break;
    all.append(buf, r.value());
  }
  EXPECT_EQ(all, "hello world");

  MemorySource unused("never read");
  ReplaySource failed("abc", &unused, DataLoss("x.gz: gzip stream is truncated"));
  auto r = failed.Read(buf, sizeof buf);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(std::string(buf, r.value()), "abc");
  auto e = failed.Read(buf, sizeof buf);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(), "x.gz: gzip stream is truncated");
}

TEST(ArchiveTest, ReadUpToStopsAtTheEndOrTheCount) {
  MemorySource s("0123456789", 3);
  std::string out;
  ASSERT_TRUE(ReadUpTo(&s, 7, &out).ok());
  EXPECT_EQ(out, "0123456");
  ASSERT_TRUE(ReadUpTo(&s, 100, &out).ok());
  EXPECT_EQ(out, "0123456789");
}

}  // namespace
}  // namespace piguard::formats
