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

}  // namespace
}  // namespace piguard::formats
