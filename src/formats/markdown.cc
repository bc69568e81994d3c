#include "formats/markdown.h"

namespace piguard::formats {
namespace {

struct Span {
  size_t start;
  size_t end;
};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Where a table's line starting at `line` begins after its indentation: up to 16 blanks
// (Markdown allows three; tables pasted into code comments, XML comments and quoted mails
// are indented deeper).
size_t AfterIndent(std::string_view text, size_t line, size_t end) {
  size_t p = line;
  while (p < end && p - line < 16 && IsBlank(text[p])) ++p;
  return p;
}

Span Trim(std::string_view text, Span s) {
  while (s.start < s.end && IsBlank(text[s.start])) ++s.start;
  while (s.end > s.start && IsBlank(text[s.end - 1])) --s.end;
  return s;
}

// The cell without one pair of emphasis or code marks around all of it: **x**, __x__, *x*,
// _x_ or `x`.
Span WithoutMarks(std::string_view text, Span s) {
  const size_t n = s.end - s.start;
  auto wrapped = [&](std::string_view mark) {
    return n > 2 * mark.size() && text.substr(s.start, mark.size()) == mark &&
           text.substr(s.end - mark.size(), mark.size()) == mark;
  };
  for (std::string_view mark : {"**", "__", "*", "_", "`"}) {
    if (wrapped(mark)) return Trim(text, {s.start + mark.size(), s.end - mark.size()});
  }
  return s;
}

// The end of the line starting at `line` (its '\n', or `to`), before a '\r'.
size_t LineEnd(std::string_view text, size_t line, size_t to, size_t* next) {
  size_t e = line;
  while (e < to && text[e] != '\n') ++e;
  *next = e < to ? e + 1 : to;
  if (e > line && text[e - 1] == '\r') --e;
  return e;
}

// The cells of the row in [line, end) (trimmed, marks kept), or false when the line does not
// start with '|' after its indentation. A '|' after a backslash belongs to the cell; the
// blank rest after a closing '|' is no cell.
bool RowCells(std::string_view text, size_t line, size_t end, std::vector<Span>* cells) {
  cells->clear();
  size_t p = AfterIndent(text, line, end);
  if (p >= end || text[p] != '|') return false;
  ++p;
  size_t cell = p;
  for (; p < end; ++p) {
    if (text[p] == '\\' && p + 1 < end) {
      ++p;  // an escaped byte ("\|")
      continue;
    }
    if (text[p] != '|') continue;
    cells->push_back(Trim(text, {cell, p}));
    cell = p + 1;
  }
  const Span rest = Trim(text, {cell, end});
  if (rest.end > rest.start) cells->push_back(rest);
  return true;
}

// A delimiter row's cell: '-'s with an optional ':' at either end ("---", ":--:").
bool IsDelimiterCell(std::string_view text, Span s) {
  if (s.start < s.end && text[s.start] == ':') ++s.start;
  if (s.end > s.start && text[s.end - 1] == ':') --s.end;
  if (s.start >= s.end) return false;
  for (size_t k = s.start; k < s.end; ++k)
    if (text[k] != '-') return false;
  return true;
}

// A grid table's border line in [line, end): "+----+------+" or "+====+======+" (as the
// MySQL client, psql's ascii style and text exports of Word tables draw them), after its
// indentation.
bool IsBorderLine(std::string_view text, size_t line, size_t end) {
  const size_t p = AfterIndent(text, line, end);
  if (end - p < 3 || text[p] != '+' || text[end - 1] != '+') return false;
  bool rule = false;
  for (size_t k = p + 1; k + 1 < end; ++k) {
    const char c = text[k];
    if (c == '-' || c == '=') rule = true;
    else if (c != '+' && c != ':') return false;
  }
  return rule;
}

// psql's aligned output: a header of names set apart by '|' with no '|' at either end, then
// a rule of '-' and '+' (" name | mobile " over "------+--------"). Whether the line starting
// at `line` is such a rule: '-'s and at least one '+', nothing else but a '\r'.
bool IsPsqlRule(std::string_view text, size_t line, size_t end) {
  if (end > line && text[end - 1] == '\r') --end;
  if (end - line < 3 || text[line] != '-') return false;
  bool plus = false;
  for (size_t k = line; k < end; ++k) {
    if (text[k] == '+') plus = true;
    else if (text[k] != '-') return false;
  }
  return plus && text[end - 1] == '-';
}

// The cells of a psql row in [line, end) (LineEnd's end, before any '\r'): split at every
// '|' (none at the ends), trimmed; false when the line has no '|'.
bool BareRowCells(std::string_view text, size_t line, size_t end, std::vector<Span>* cells) {
  cells->clear();
  size_t cell = line;
  bool any = false;
  for (size_t p = line; p < end; ++p) {
    if (text[p] != '|') continue;
    any = true;
    cells->push_back(Trim(text, {cell, p}));
    cell = p + 1;
  }
  if (!any) return false;
  cells->push_back(Trim(text, {cell, end}));
  return true;
}

// Whether the line at `line` is a psql header: it has a '|' and the next line is a psql rule.
bool IsPsqlHeader(std::string_view text, size_t line) {
  const size_t nl = text.find('\n', line);
  if (nl == std::string_view::npos || nl - line > 1024) return false;
  if (text.substr(line, nl - line).find('|') == std::string_view::npos) return false;
  const size_t next = nl + 1;
  size_t next_end = text.find('\n', next);
  if (next_end == std::string_view::npos) next_end = text.size();
  return IsPsqlRule(text, next, next_end);
}

// ParseMarkdownTable for psql's aligned output: the header, the rule, then rows with as many
// cells up to a line that is not one (a blank line, "(3 rows)").
bool ParsePsqlTable(std::string_view text, size_t line, size_t to, MarkdownTable* out) {
  std::vector<Span> header;
  std::vector<Span> cells;
  size_t next = line;
  const size_t header_end = LineEnd(text, line, to, &next);
  if (!BareRowCells(text, line, header_end, &header) || header.size() < 2) return false;
  for (const Span& h : header)
    if (h.end <= h.start) return false;
  const size_t rule = next;
  if (rule >= to || !IsPsqlRule(text, rule, LineEnd(text, rule, to, &next))) return false;
  out->start = line;
  out->header.clear();
  out->cells.clear();
  for (const Span& h : header) out->header.push_back(text.substr(h.start, h.end - h.start));
  out->body = next;
  size_t row = next;
  while (row < to) {
    const size_t row_end = LineEnd(text, row, to, &next);
    if (!BareRowCells(text, row, row_end, &cells) || cells.size() != header.size()) break;
    for (size_t c = 0; c < cells.size(); ++c)
      if (cells[c].end > cells[c].start) out->cells.push_back({cells[c].start, cells[c].end, c});
    row = next;
  }
  out->end = row;
  return true;
}

}  // namespace

bool MayStartMarkdownTable(std::string_view text, size_t line) {
  const size_t p = AfterIndent(text, line, text.size());
  if (p >= text.size()) return false;
  if (text[p] == '|' || (text[p] == '+' && p + 1 < text.size() &&
                         (text[p + 1] == '-' || text[p + 1] == '=')))
    return true;
  return IsPsqlHeader(text, line);
}

namespace {
// Whether every cell of a header row has a name and no digit in it ("日期", "用户", "证件号"):
// a row of data has numbers, dates or empty cells.
bool NamesWithoutDigits(std::string_view text, const std::vector<Span>& header) {
  for (const Span& h : header) {
    const Span name = WithoutMarks(text, h);
    if (name.end <= name.start) return false;
    for (size_t k = name.start; k < name.end; ++k)
      if (text[k] >= '0' && text[k] <= '9') return false;
  }
  return true;
}
}  // namespace

bool ParseMarkdownTable(std::string_view text, size_t line, size_t to, MarkdownTable* out) {
  if (to > text.size()) to = text.size();
  {
    const size_t p = AfterIndent(text, line, to);
    if (p < to && text[p] != '|' && text[p] != '+') return ParsePsqlTable(text, line, to, out);
  }
  std::vector<Span> header;
  std::vector<Span> cells;
  size_t next = line;
  size_t header_line = line;
  size_t header_end = LineEnd(text, line, to, &next);
  // A grid table may open with a border above its header.
  if (IsBorderLine(text, line, header_end)) {
    header_line = next;
    if (header_line >= to) return false;
    header_end = LineEnd(text, header_line, to, &next);
  }
  if (!RowCells(text, header_line, header_end, &header) || header.empty()) return false;
  const size_t delimiter = next;
  if (delimiter >= to) return false;
  const size_t delimiter_end = LineEnd(text, delimiter, to, &next);
  // The header's delimiter: a row of dashes, or a grid's border line. Text exports of Word
  // and PDF tables leave it out: then a header of names without digits, followed by a row
  // with as many cells, starts the body at once.
  bool no_delimiter = false;
  if (!IsBorderLine(text, delimiter, delimiter_end)) {
    if (!RowCells(text, delimiter, delimiter_end, &cells) || cells.size() != header.size())
      return false;
    bool dashes = false;  // a cell of '-' and ':' only: a delimiter row gone wrong ("-:-")
    for (const Span& c : cells) {
      if (!IsDelimiterCell(text, c)) no_delimiter = true;
      const std::string_view v = text.substr(c.start, c.end - c.start);
      dashes |= v.find_first_not_of("-: \t") == std::string_view::npos &&
                v.find_first_of("-:") != std::string_view::npos;
    }
    if (no_delimiter && (dashes || header.size() < 2 || !NamesWithoutDigits(text, header)))
      return false;
  }

  out->start = line;
  out->header.clear();
  out->cells.clear();
  for (const Span& h : header) {
    const Span name = WithoutMarks(text, h);
    out->header.push_back(text.substr(name.start, name.end - name.start));
  }
  out->body = no_delimiter ? delimiter : next;
  size_t row = out->body;
  while (row < to) {
    const size_t row_end = LineEnd(text, row, to, &next);
    if (IsBorderLine(text, row, row_end)) {  // a grid's rule between rows, or its bottom
      row = next;
      continue;
    }
    if (!RowCells(text, row, row_end, &cells)) break;
    for (size_t c = 0; c < cells.size(); ++c) {
      const Span v = WithoutMarks(text, cells[c]);
      if (v.end > v.start) out->cells.push_back({v.start, v.end, c});
    }
    row = next;
  }
  out->end = row;
  return true;
}

}  // namespace piguard::formats
