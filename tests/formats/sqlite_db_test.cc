// SQLite databases (formats/sqlite_db.h) as the CSV of their tables, byte for byte: a header
// of column names, one line per row in rowid order, values of every storage class; views,
// virtual tables and SQLite's own tables left out; the same from a file and from memory (also
// a database in WAL mode); errors that name the file and, for a table, the row.
#include "formats/sqlite_db.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "formats/office_parts_util.h"

namespace piguard::formats {
namespace {

// A database made by running `sql` (statements separated by ';') on a new file.
std::string MakeDatabase(const std::string& name, const std::string& sql) {
  const std::string path = testing::TempDir() + "/sqlite_db_test_" + name;
  std::remove(path.c_str());
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
  return path;
}

std::string Bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

std::vector<std::string> RenderFile(const std::string& path) {
  return testutil::RenderParts<7>(OpenSqliteDatabase(path));
}
std::vector<std::string> RenderBytes(const std::string& bytes) {
  return testutil::RenderParts<7>(OpenSqliteDatabaseBytes(bytes, "mem.db"));
}

TEST(SqliteDbTest, TablesAsCsvWithEveryStorageClass) {
  const std::string path = MakeDatabase(
      "contacts.db",
      "CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY, display_name TEXT, phone, note BLOB,"
      " score REAL);"
      "INSERT INTO raw_contacts VALUES (7, '王小明', '13912345678', "
      "  CAST('住址：杭州市, \"西湖区\"' AS BLOB), 1.5);"
      "INSERT INTO raw_contacts VALUES (3, '李娜', 13800138000, x'00ff01', 13800138000.0);"
      "INSERT INTO raw_contacts VALUES (9, NULL, 0.1, x'e4b8ad', -2);"
      "INSERT INTO raw_contacts VALUES (10, '多行' || char(10) || '备注', NULL, NULL, NULL);"
      // Created second, listed second; its name needs quoting.
      "CREATE TABLE \"call \"\"log\"\"\" (number TEXT, date INTEGER);"
      "INSERT INTO \"call \"\"log\"\"\" VALUES ('15012345678', 1764650000000);"
      // Not read: a view, a virtual table (its shadow tables are), an empty table is.
      "CREATE VIEW v AS SELECT * FROM raw_contacts;"
      "CREATE VIRTUAL TABLE fts USING fts5(body);"
      "INSERT INTO fts VALUES ('客户 13700001111');"
      "CREATE TABLE empty (a, b);");
  const std::vector<std::string> got = RenderFile(path);
  ASSERT_GE(got.size(), 4u);
  EXPECT_EQ(got[0],
            "raw_contacts\n_id,display_name,phone,note,score\n"
            "3,李娜,13800138000,,13800138000\n"
            "7,王小明,13912345678,\"住址：杭州市, \"\"西湖区\"\"\",1.5\n"
            "9,,0.1,中,-2\n"
            "10,\"多行 备注\",,,\n");
  EXPECT_EQ(got[1], "call \"log\"\nnumber,date\n15012345678,1764650000000\n");
  std::vector<std::string> labels;
  for (const std::string& part : got) labels.push_back(part.substr(0, part.find('\n')));
  EXPECT_EQ(labels, (std::vector<std::string>{"raw_contacts", "call \"log\"", "fts_data",
                                              "fts_idx", "fts_content", "fts_docsize",
                                              "fts_config", "empty"}));
  EXPECT_EQ(got[4], "fts_content\nid,c0\n1,客户 13700001111\n");
  EXPECT_EQ(got.back(), "empty\na,b\n");
  // The same from memory; the file was not changed by reading it.
  const std::string bytes = Bytes(path);
  EXPECT_EQ(RenderBytes(bytes), got);
  EXPECT_EQ(Bytes(path), bytes);
  std::remove(path.c_str());
}

TEST(SqliteDbTest, DatabasesWithoutTablesAndInWalMode) {
  const std::string none = MakeDatabase("none.db", "CREATE VIEW v AS SELECT 1;");
  EXPECT_EQ(RenderFile(none), std::vector<std::string>{"\n"});
  std::remove(none.c_str());
  // A WAL-mode database's main file (checkpointed when the connection closed), from memory.
  const std::string wal = MakeDatabase(
      "wal.db", "PRAGMA journal_mode=WAL; CREATE TABLE t (phone TEXT);"
                "INSERT INTO t VALUES ('13912345678');");
  const std::string bytes = Bytes(wal);
  ASSERT_EQ(bytes[18], 2);
  EXPECT_EQ(RenderBytes(bytes), std::vector<std::string>{"t\nphone\n13912345678\n"});
  EXPECT_EQ(RenderFile(wal), std::vector<std::string>{"t\nphone\n13912345678\n"});
  // A log beside it that cannot be read (here a folder of its name): the main file's tables,
  // then an error saying what was left out.
  const std::string log = wal + "-wal";
  ASSERT_EQ(std::system(("mkdir -p '" + log + "'").c_str()), 0);
  const auto got = RenderFile(wal);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "t\nphone\n13912345678\n");
  EXPECT_EQ(got[1].rfind("\nERROR " + wal + ": its write-ahead log " + log +
                             " could not be read (",
                         0),
            0u)
      << got[1];
  std::remove(log.c_str());
  std::remove(wal.c_str());
}

TEST(SqliteDbTest, DamagedFilesAndValuesOverTheLimit) {
  EXPECT_TRUE(LooksLikeSqliteDatabase(std::string_view("SQLite format 3\0rest", 20)));
  EXPECT_FALSE(LooksLikeSqliteDatabase("SQLite format 3"));
  EXPECT_TRUE(SqliteHeaderUndecided("SQLite f"));
  EXPECT_FALSE(SqliteHeaderUndecided(""));
  EXPECT_FALSE(SqliteHeaderUndecided("SQLite x"));
  const std::string path = MakeDatabase(
      "big.db", "CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('13912345678');"
                "INSERT INTO t VALUES (zeroblob(16777217)); INSERT INTO t VALUES ('x');");
  const auto got = RenderFile(path);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "t\na\n13912345678\nERROR " + path +
                        ": table \"t\", row 2: a value longer than 16 MiB; the rest of the table "
                        "is not read");
  // Cut short: its pages are missing.
  const std::string bytes = Bytes(path);
  const auto cut = RenderBytes(bytes.substr(0, 8192));
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_NE(cut[0].find("mem.db: "), std::string::npos) << cut[0];
  EXPECT_NE(cut[0].find("damaged"), std::string::npos) << cut[0];
  std::remove(path.c_str());
  // The header and then noise (what an encrypted database that kept its header looks like).
  EXPECT_EQ(RenderBytes(std::string("SQLite format 3\0", 16) + std::string(4080, 'x')),
            std::vector<std::string>{
                "mem.db: is not an SQLite database, or is encrypted (SQLCipher, as WeChat and some "
                "apps keep theirs); decrypt a copy to scan it (file is not a database)"});
}

}  // namespace
}  // namespace piguard::formats
