// SQL INSERT statements in text inputs (database dumps, migration scripts): the values of
// `INSERT INTO t (c1, c2, ...) VALUES (v1, v2, ...), (...)` get their column names as
// context, as the cells of a CSV file do. Statements without a column list still give each
// value its position ("column 3").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace piguard::formats {

struct SqlValue {
  size_t start;   // first byte of the value (inside the quotes for strings)
  size_t end;     // one past its last byte
  size_t column;  // 0-based position in the tuple
  bool expression = false;  // not a literal (NOW(), ST_GeomFromText('POINT(...)')): scan as text
};

struct SqlInsert {
  size_t start = 0;  // offset of "INSERT"
  size_t end = 0;    // one past the statement (after ';' when present)
  std::string table;  // the table's name without quotes or schema
  std::vector<std::string> columns;  // empty when the statement names none
  std::vector<SqlValue> values;
};

// Finds the next "INSERT [IGNORE] INTO" or "REPLACE INTO" (any case) at or after `from` that
// starts a line (after optional indentation), as statements do in dumps and scripts;
// returns its offset or npos.
size_t FindSqlInsert(std::string_view text, size_t from);

// What FindTextBlock found at a line start.
// kCommandLine: one line that runs a program taking secrets on its command line
// (detect/command_line.h), from the line's start.
enum class TextBlock { kSqlInsert, kMarkdownTable, kCommandLine };

// The next INSERT statement as FindSqlInsert finds them, the next line that may start a
// markdown table (formats/markdown.h: MayStartMarkdownTable), or the next command line,
// at or after `from`: the offset
// of "INSERT" or of the table's line start, with *kind saying which; npos when there is none.
// One search for both, so that a text input is walked once.
size_t FindTextBlock(std::string_view text, size_t from, TextBlock* kind);

// The searches FindSqlInsert may use on this CPU to skip lines, for the differential tests:
// next(text, from) is the first line start after `from` (one past a '\n' at or after it)
// whose first byte may start a statement, a table or a command line (a blank, I, R, '|', a
// lower-case letter or a prompt's first byte), or npos. Each must give exactly what "plain"
// (listed first) gives.
struct LineSearch {
  const char* name;
  size_t (*next)(std::string_view text, size_t from);
};
std::vector<LineSearch> CandidateLineSearches();

// Parses the statement at `pos`. Returns false, leaving nothing half-done, when the text is
// not a well-formed INSERT ... VALUES; the caller then scans it as plain text.
bool ParseSqlInsert(std::string_view text, size_t pos, SqlInsert* out);

// A table's columns as a CREATE TABLE statement defines them.
struct SqlTableColumns {
  std::string table;  // without quotes or schema
  std::vector<std::string> columns;
};

// Appends the tables of the CREATE TABLE statements (any case; TEMPORARY, IF NOT EXISTS;
// names bare or quoted, maybe schema-qualified) that start a line of `text`, in order: the
// names of their column definitions, not of the keys and constraints between them
// (PRIMARY KEY, KEY, INDEX, UNIQUE, CONSTRAINT, FOREIGN KEY, CHECK ...). mysqldump and
// pg_dump write one before a table's INSERT statements, which then name no columns.
// A statement that does not parse is passed over.
void FindCreateTables(std::string_view text, std::vector<SqlTableColumns>* out);

}  // namespace piguard::formats
