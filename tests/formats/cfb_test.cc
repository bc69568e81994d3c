// The compound file piguard writes for FreeXL (formats/cfb.h SingleStreamCompoundFile), read
// back by piguard's own reader: the stream whole, padded with zeros to 4096 bytes, in regular
// sectors, its entry in the directory's first sector, for sizes that need one and several
// allocation-table sectors. (That FreeXL reads it, and the reader against python3-olefile and
// files Perl's OLE::Storage_Lite writes, are tested in tests/scripts/test_embedded.py and
// test_ppt.py.)
#include "formats/cfb.h"

#include <gtest/gtest.h>

#include <string>

namespace piguard::formats {
namespace {

TEST(CompoundFileWriterTest, OneStreamReadsBack) {
  for (size_t size : {size_t{0}, size_t{10}, size_t{4096}, size_t{4097}, size_t{5} << 20}) {
    SCOPED_TRACE(size);
    std::string data(size, '\0');
    for (size_t i = 0; i < size; ++i) data[i] = static_cast<char>((i * 131 + 7) & 0xFF);
    auto file = SingleStreamCompoundFile("Workbook", data);
    ASSERT_TRUE(file.ok()) << file.status().message();
    EXPECT_EQ(file.value().size() % 4096, 0u);
    auto cf = CompoundFile::Open(RandomAccessMemory(file.value()), "w.xls");
    ASSERT_TRUE(cf.ok()) << cf.status().message();
    EXPECT_EQ(cf.value().RootNames(), std::vector<std::string>{"Workbook"});
    EXPECT_TRUE(cf.value().InFirstDirectorySector("Workbook"));
    auto stream = cf.value().ReadStream("Workbook", uint64_t{1} << 30);
    ASSERT_TRUE(stream.ok()) << stream.status().message();
    ASSERT_TRUE(stream.value().has_value());
    const std::string& got = *stream.value();
    ASSERT_EQ(got.size(), std::max<size_t>(size, 4096));
    EXPECT_EQ(got.substr(0, size), data);
    EXPECT_EQ(got.find_first_not_of('\0', size), std::string::npos);
    EXPECT_TRUE(cf.value().StorageNames("").empty());
    EXPECT_FALSE(cf.value().StorageAsRoot("ObjectPool").has_value());
  }
}

// A storage directly under the root is listed and can be made the root; one whose name holds
// a '/' (forbidden by the format; a fuzzer made one) is not listed, since no path reaches it.
TEST(CompoundFileReaderTest, StorageNamesAreReachableByPath) {
  for (const std::u16string name : {std::u16string(u"ObjectPool"), std::u16string(u"a/b")}) {
    auto file = SingleStreamCompoundFile("Workbook", "x");
    ASSERT_TRUE(file.ok()) << file.status().message();
    std::string bytes = file.value();
    // The directory's first sector (header offset 48), its second entry: make it a storage.
    uint32_t dir_sector = 0;
    for (int i = 3; i >= 0; --i) dir_sector = (dir_sector << 8) | static_cast<unsigned char>(bytes[48 + i]);
    const size_t entry = (size_t{dir_sector} + 1) * 4096 + 128;
    for (size_t i = 0; i < 32; ++i) bytes[entry + 2 * i] = bytes[entry + 2 * i + 1] = 0;
    for (size_t i = 0; i < name.size(); ++i) bytes[entry + 2 * i] = static_cast<char>(name[i]);
    bytes[entry + 64] = static_cast<char>(2 * (name.size() + 1));
    bytes[entry + 66] = 1;  // a storage
    auto cf = CompoundFile::Open(RandomAccessMemory(bytes), "s.doc");
    ASSERT_TRUE(cf.ok()) << cf.status().message();
    const std::vector<std::string> storages = cf.value().StorageNames("");
    if (name == u"ObjectPool") {
      EXPECT_EQ(storages, std::vector<std::string>{"ObjectPool"});
      EXPECT_TRUE(cf.value().StorageAsRoot("ObjectPool").has_value());
    } else {
      EXPECT_TRUE(storages.empty());
    }
    for (const std::string& s : storages) EXPECT_TRUE(cf.value().StorageAsRoot(s).has_value()) << s;
  }
}

}  // namespace
}  // namespace piguard::formats
