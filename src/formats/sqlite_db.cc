#include "formats/sqlite_db.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "core/utf8.h"
#include "formats/byte_source.h"

namespace piguard::formats {
namespace {

constexpr std::string_view kHeader{"SQLite format 3\0", 16};

// A value longer than this stops its table: one value of a crafted file must not take all
// memory (the cells of the other readers have the same limit).
constexpr size_t kMaxValue = 16u << 20;

// The open database, shared by its tables' parts (read one after another).
struct Database {
  sqlite3* db = nullptr;
  std::string name;    // the file, for messages
  std::string image;   // a copy of the bytes, when they had to be changed (WAL mode)
  ~Database() {
    if (db) sqlite3_close_v2(db);
  }
  Status Error(std::string_view what) const {
    return DataLoss(name + ": " + std::string(what) + ": " + sqlite3_errmsg(db));
  }
};

// `path` as an SQLite URI file name: every byte but [A-Za-z0-9/._~-] percent-encoded; an
// absolute path after an empty authority ("file:///data/x.db", so that "//x" is no host).
std::string FileUri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = !path.empty() && path[0] == '/' ? "file://" : "file:";
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
        c == '.' || c == '_' || c == '~' || c == '-') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

// What SQLite says the file is not, in words that say what to do.
std::string OpenFailure(int code) {
  if (code == SQLITE_NOTADB)
    return "is not an SQLite database, or is encrypted (SQLCipher, as WeChat and some apps "
           "keep theirs); decrypt a copy to scan it";
  if (code == SQLITE_CORRUPT) return "is a damaged SQLite database";
  return "cannot be read as an SQLite database";
}

// Settings that keep a crafted schema from running anything while the tables are read.
void Harden(sqlite3* db) {
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
}

// One table as CSV, rendered row by row as it is read.
class TablePart : public RenderingSource {
 public:
  TablePart(std::shared_ptr<Database> db, std::string table)
      : db_(std::move(db)), table_(std::move(table)) {}
  ~TablePart() override {
    if (stmt_) sqlite3_finalize(stmt_);
  }

 private:
  void Fill(size_t want) override {
    if (done_) return;
    if (!stmt_ && !Start()) return;
    while (Buffered() < want && !done_) {
      const int rc = sqlite3_step(stmt_);
      if (rc == SQLITE_DONE) {
        Finish(Status());
      } else if (rc != SQLITE_ROW) {
        Finish(db_->Error("table " + Shown() + ", row " + std::to_string(rows_ + 1)));
      } else {
        ++rows_;
        Row();
      }
    }
  }
  Status failure() const override { return error_; }

  // The table's name as messages show it.
  std::string Shown() const { return "\"" + table_ + "\""; }

  bool Start() {
    std::string quoted = "\"";
    for (char c : table_) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += '"';
    const std::string sql = "SELECT * FROM " + quoted;
    if (sqlite3_prepare_v2(db_->db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
      Finish(db_->Error("table " + Shown() + " cannot be read"));
      return false;
    }
    const int n = sqlite3_column_count(stmt_);
    for (int i = 0; i < n; ++i) {
      const char* name = sqlite3_column_name(stmt_, i);
      if (i > 0) out_ += ',';
      AppendCsvField(&out_, name ? name : "");
    }
    out_ += '\n';
    return true;
  }

  void Row() {
    const int n = sqlite3_column_count(stmt_);
    std::string& line = line_;  // the row is written whole or not at all
    line.clear();
    for (int i = 0; i < n; ++i) {
      if (i > 0) line += ',';
      std::string_view text;
      char number[64];
      switch (sqlite3_column_type(stmt_, i)) {
        case SQLITE_INTEGER: {
          auto r = std::to_chars(number, number + sizeof number, sqlite3_column_int64(stmt_, i));
          text = std::string_view(number, static_cast<size_t>(r.ptr - number));
          break;
        }
        case SQLITE_FLOAT: {
          auto r = std::to_chars(number, number + sizeof number, sqlite3_column_double(stmt_, i));
          text = std::string_view(number, static_cast<size_t>(r.ptr - number));
          break;
        }
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
          const bool blob = sqlite3_column_type(stmt_, i) == SQLITE_BLOB;
          const void* p = blob ? sqlite3_column_blob(stmt_, i) : sqlite3_column_text(stmt_, i);
          const size_t len = static_cast<size_t>(sqlite3_column_bytes(stmt_, i));
          if (len > kMaxValue)
            return Finish(DataLoss(db_->name + ": table " + Shown() + ", row " +
                                   std::to_string(rows_) +
                                   ": a value longer than 16 MiB; the rest of the table is not read"));
          if (p) text = std::string_view(static_cast<const char*>(p), len);
          if (blob && !TextBlob(text)) text = {};
          break;
        }
        default:  // NULL
          break;
      }
      AppendCsvField(&line, text);
    }
    out_ += line;
    out_ += '\n';
  }

  // Whether a blob holds text: valid UTF-8, no control byte but tab and line breaks.
  static bool TextBlob(std::string_view b) {
    for (unsigned char c : b)
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    return utf8::FindInvalid(b) == std::string_view::npos;
  }

  void Finish(Status error) {
    done_ = true;
    error_ = std::move(error);
    if (stmt_) {
      sqlite3_finalize(stmt_);
      stmt_ = nullptr;
    }
  }

  std::shared_ptr<Database> db_;
  std::string table_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string line_;  // the row being rendered
  uint64_t rows_ = 0;
  bool done_ = false;
  Status error_;
};

// The tables of an open database, as parts.
Result<std::vector<OfficePart>> TableParts(std::shared_ptr<Database> db) {
  Harden(db->db);
  sqlite3_stmt* list = nullptr;
  // Schema order: rowid of sqlite_master, the order the tables were created in. Virtual
  // tables are left out (their modules may not be here, and full-text indexes keep their
  // text in shadow tables, which are read), and so are SQLite's own.
  const char* sql =
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
      "ESCAPE '\\' AND coalesce(upper(substr(ltrim(sql), 1, 20)), '') <> 'CREATE VIRTUAL TABLE' "
      "ORDER BY rowid";
  if (int rc = sqlite3_prepare_v2(db->db, sql, -1, &list, nullptr); rc != SQLITE_OK) {
    sqlite3_finalize(list);
    return DataLoss(db->name + ": " + OpenFailure(sqlite3_extended_errcode(db->db) & 0xFF) +
                    " (" + sqlite3_errmsg(db->db) + ")");
  }
  std::vector<std::string> tables;
  int rc;
  while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
    const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(list, 0));
    tables.emplace_back(name ? name : "");
  }
  sqlite3_finalize(list);
  if (rc != SQLITE_DONE)
    return DataLoss(db->name + ": " + OpenFailure(rc & 0xFF) + " (" + sqlite3_errmsg(db->db) + ")");
  std::vector<OfficePart> parts;
  if (tables.empty()) {  // read, and nothing in it: an input of no lines, not a binary file
    parts.emplace_back("", InputFormat::kText, std::make_unique<BytesSource>(""));
    return parts;
  }
  for (std::string& t : tables) {
    std::string label = t;
    parts.emplace_back(std::move(label), InputFormat::kCsv,
                       std::make_unique<TablePart>(db, std::move(t)));
  }
  return parts;
}

}  // namespace

bool LooksLikeSqliteDatabase(std::string_view head) {
  return head.size() >= kHeader.size() && head.substr(0, kHeader.size()) == kHeader;
}

bool SqliteHeaderUndecided(std::string_view head) {
  return !head.empty() && head.size() < kHeader.size() && kHeader.substr(0, head.size()) == head;
}

namespace {

Result<std::vector<OfficePart>> OpenFile(const std::string& path, bool immutable) {
  auto db = std::make_shared<Database>();
  db->name = path;
  const std::string uri = FileUri(path) + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
  const int rc = sqlite3_open_v2(uri.c_str(), &db->db,
                                 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    return DataLoss(path + ": " + OpenFailure(rc & 0xFF) + " (" +
                    (db->db ? sqlite3_errmsg(db->db) : "out of memory") + ")");
  }
  return TableParts(std::move(db));
}

}  // namespace

Result<std::vector<OfficePart>> OpenSqliteDatabase(const std::string& path) {
  // Never written: immutable (no lock, no journal, no -shm file beside it) unless a
  // write-ahead log is there, whose committed rows belong to the database; then read-only,
  // which reads the log (SQLite may create the -shm index beside it to do so).
  struct stat st;
  if (::stat((path + "-wal").c_str(), &st) != 0) return OpenFile(path, true);
  auto with_log = OpenFile(path, false);
  if (with_log.ok()) return with_log;
  // The log cannot be read (a read-only folder where the -shm file cannot be made): the main
  // file's tables, and an error that says what was left out.
  auto parts = OpenFile(path, true);
  if (!parts.ok()) return parts;
  std::string why = with_log.status().message();
  if (why.rfind(path + ": ", 0) == 0) why.erase(0, path.size() + 2);
  parts.value().emplace_back(
      "", InputFormat::kText,
      std::make_unique<FailedSource>(DataLoss(
          path + ": its write-ahead log " + path + "-wal could not be read (" + why +
          "); the rows committed to it were not scanned: copy the database with its -wal file "
          "to a writable folder to scan them")));
  return parts;
}

Result<std::vector<OfficePart>> OpenSqliteDatabaseBytes(std::string_view bytes,
                                                        const std::string& name) {
  auto db = std::make_shared<Database>();
  db->name = name;
  if (sqlite3_open_v2(":memory:", &db->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK)
    return DataLoss(name + ": cannot open an SQLite connection");
  // A database in WAL mode (file format bytes 18 and 19 are 2) cannot be read from memory as
  // it is: a copy says "rollback journal" (1), which is what its main file is without the log.
  const unsigned char* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() >= 20 && (data[18] == 2 || data[19] == 2)) {
    db->image.assign(bytes);
    db->image[18] = db->image[19] = 1;
    data = reinterpret_cast<const unsigned char*>(db->image.data());
  }
  const int rc = sqlite3_deserialize(db->db, "main", const_cast<unsigned char*>(data),
                                     static_cast<sqlite3_int64>(bytes.size()),
                                     static_cast<sqlite3_int64>(bytes.size()),
                                     SQLITE_DESERIALIZE_READONLY);
  if (rc != SQLITE_OK) return DataLoss(name + ": " + OpenFailure(rc & 0xFF));
  return TableParts(std::move(db));
}

}  // namespace piguard::formats
