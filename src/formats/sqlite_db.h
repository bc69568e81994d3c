// SQLite database files: the tables of an app's local store (an Android phone's contacts2.db
// and calllog.db, a browser's history, a desktop tool's cache), exported databases and
// backups. Read with SQLite itself (the library piguard's ledger uses), read-only, and
// rendered as CSV, one part per table labelled by its name: a header line of the column names,
// then one line per row in the table's own order (rowid), so the header names each value's
// field and a finding's line is the row's position plus one.
//
// Values: text as stored (SQLite gives UTF-16 databases' text as UTF-8 too), integers in
// decimal, reals in their shortest round-trip form (13800138000, 0.1), NULL as an empty field,
// a blob as text when it is valid UTF-8 without control bytes other than tab and line breaks
// (JSON or a string stored as a blob), else empty. Views (their rows are other tables'),
// virtual tables (full-text indexes keep their text in shadow tables, which are read) and
// SQLite's own tables are not read. A value longer than 16 MiB stops its table with an error.
//
// The file is opened read-only and never written: as an immutable file when no write-ahead
// log lies beside it, else read-only with the log, whose committed rows are read too. A
// database in memory (an archive's member, standard input) is deserialized read-only; one in
// WAL mode is read as its main file (its log is not there).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/office.h"

namespace piguard::formats {

// Whether `head` starts with SQLite's file header ("SQLite format 3\0").
bool LooksLikeSqliteDatabase(std::string_view head);
// Whether `head` is shorter than that header and the start of it: a stream's first read may
// end there.
bool SqliteHeaderUndecided(std::string_view head);

// The parts of the database at `path`: one per table, in the order the schema lists them
// (tables created first come first); one empty part when it has no table. An error names the
// file and what is wrong (not a database, encrypted, damaged); a table that fails while it is
// read ends its part with the error.
Result<std::vector<OfficePart>> OpenSqliteDatabase(const std::string& path);

// The same for a database in memory; `bytes` must outlive the parts. `name` is used in
// messages.
Result<std::vector<OfficePart>> OpenSqliteDatabaseBytes(std::string_view bytes,
                                                        const std::string& name);

}  // namespace piguard::formats
