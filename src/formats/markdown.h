// Markdown pipe tables in text inputs (tickets, wiki and chat exports, reports): the cells of
//
//     | 客户姓名 | 手机号码 |
//     | --- | :---: |
//     | 王建国 | 13812345678 |
//
// get their column's header as context, as the cells of a CSV file do. Grid tables, as the
// MySQL client and text exports of Word tables draw them, are read the same way:
//
//     +----+--------+-------------+
//     | id | name   | mobile      |
//     +----+--------+-------------+
//     |  1 | 王建国 | 13812345678 |
//     +----+--------+-------------+
//
// Only tables whose rows start with '|' (after at most 16 blanks of indentation: tables in
// code comments and quoted mails are indented deeper than Markdown's three spaces) are
// recognised: they are the common form, and a line that starts with '|' or "+-" is cheap to
// find among a log's lines. So is psql's aligned output, whose rows have no '|' at either
// end but whose header is followed by a rule of '-' and '+':
//
//      name  |  birthday  |   mobile
//     -------+------------+-------------
//      邱东伟 | 2004-05-17 | 13976878414
//     (1 row)
#pragma once

#include <string_view>
#include <vector>

namespace piguard::formats {

struct MarkdownCell {
  size_t start;   // first byte of the cell's content (trimmed, inside emphasis or code marks)
  size_t end;     // one past its last byte
  size_t column;  // 0-based; may be past the header's last column (a row with more cells)
};

struct MarkdownTable {
  size_t start = 0;  // the header row's line start
  size_t body = 0;   // where the rows after the delimiter row start
  size_t end = 0;    // one past the last row (after its '\n' when there is one)
  std::vector<std::string_view> header;  // column names (trimmed, marks removed); may be empty
  std::vector<MarkdownCell> cells;       // the body's non-empty cells, row by row, all of them
};

// Whether a table may start at the line starting at `line`: the line begins with '|', "+-" or
// "+=" after at most 16 blanks, or holds a '|' above a psql rule. A cheap test for the line
// search; ParseMarkdownTable decides.
bool MayStartMarkdownTable(std::string_view text, size_t line);

// Parses the table whose header row (or a grid's border above it) starts at `line` (a line
// start) and ends before `to`: a header row, a delimiter row with as many cells (each `-`s
// with optional `:` at either end) or a grid's border line ("+----+----+", "+====+"), then
// body rows up to the first line that is neither a row starting with '|' nor a border line. Returns false, leaving
// *out unspecified, when there is no such table. Cells are split at '|' not escaped as `\|`.
bool ParseMarkdownTable(std::string_view text, size_t line, size_t to, MarkdownTable* out);

}  // namespace piguard::formats
