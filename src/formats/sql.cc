#include "formats/sql.h"

#include "core/ascii.h"
#include "detect/command_line.h"

#include "formats/markdown.h"

#include <cctype>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace piguard::formats {
namespace {

class Parser {
 public:
  Parser(std::string_view t, size_t p) : t_(t), p_(p) {}

  bool Keyword(std::string_view lower_word) {
    SkipSpace();
    if (!ascii::StartsWithNoCase(t_.substr(p_), lower_word)) return false;
    size_t e = p_ + lower_word.size();
    if (e < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[e])) || t_[e] == '_'))
      return false;
    p_ = e;
    return true;
  }
  bool Char(char c) {
    SkipSpace();
    if (p_ < t_.size() && t_[p_] == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool Peek(char c) {
    SkipSpace();
    return p_ < t_.size() && t_[p_] == c;
  }
  // A table or column name: bare, `quoted`, "quoted" or [quoted], possibly schema.table.
  bool Name(std::string* out) {
    SkipSpace();
    out->clear();
    while (true) {
      if (p_ >= t_.size()) return !out->empty();
      char open = t_[p_];
      char close = open == '`' ? '`' : open == '"' ? '"' : open == '[' ? ']' : 0;
      if (close) {
        size_t e = t_.find(close, p_ + 1);
        if (e == std::string_view::npos || e - p_ > 128) return false;
        out->assign(t_.substr(p_ + 1, e - p_ - 1));
        p_ = e + 1;
      } else {
        size_t s = p_;
        while (p_ < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[p_])) || t_[p_] == '_' ||
                                  static_cast<unsigned char>(t_[p_]) >= 0x80))
          ++p_;
        if (p_ == s) return false;
        out->assign(t_.substr(s, p_ - s));
      }
      if (p_ < t_.size() && t_[p_] == '.') {
        ++p_;
        continue;
      }
      return true;
    }
  }
  // One value of a tuple. Strings give the bytes between the quotes; numbers their digits;
  // anything else (NULL, NOW(), functions) is skipped with balanced parentheses.
  bool Value(size_t column, std::vector<SqlValue>* values) {
    SkipSpace();
    if (p_ >= t_.size()) return false;
    char c = t_[p_];
    if (c == '\'' || c == '"') {
      size_t s = p_ + 1;
      size_t q = s;
      while (q < t_.size()) {
        if (t_[q] == '\\') {
          q += 2;
          continue;
        }
        if (t_[q] == c) {
          if (q + 1 < t_.size() && t_[q + 1] == c) {  // '' inside a string
            q += 2;
            continue;
          }
          break;
        }
        ++q;
      }
      if (q >= t_.size()) return false;
      values->push_back({s, q, column});
      p_ = q + 1;
      return true;
    }
    size_t s = p_;
    int depth = 0;
    while (p_ < t_.size()) {
      char d = t_[p_];
      if (d == '(') ++depth;
      else if (d == ')') {
        if (depth == 0) break;
        --depth;
      } else if (d == ',' && depth == 0) {
        break;
      } else if (d == '\'' || d == '"') {
        size_t e = t_.find(d, p_ + 1);  // a string inside a function call
        if (e == std::string_view::npos) return false;
        p_ = e;
      } else if (d == ';' || d == '\n') {
        if (depth == 0) return false;
      }
      ++p_;
    }
    size_t e = p_;
    while (e > s && std::isspace(static_cast<unsigned char>(t_[e - 1]))) --e;
    if (e == s) return false;
    bool number = true;
    for (size_t k = s; k < e; ++k) {
      char d = t_[k];
      if (!(std::isdigit(static_cast<unsigned char>(d)) || d == '.' || d == '-' || d == '+')) number = false;
    }
    values->push_back({s, e, column, !number});
    return true;
  }
  size_t pos() const { return p_; }

 private:
  void SkipSpace() {
    while (p_ < t_.size() && std::isspace(static_cast<unsigned char>(t_[p_]))) ++p_;
  }
  std::string_view t_;
  size_t p_;
};

}  // namespace

namespace {

// Whether a line whose first byte is c can hold a statement, a markdown table or a command
// line: it starts with indentation, with the first letter of INSERT / REPLACE, with '|', or
// with a byte detail::MayStartCommandLine accepts (a lower-case letter, a prompt's first
// byte). Other lines (a log's, which start with a timestamp) need no closer look.
constexpr bool MayStartStatement(char c) {
  return c == ' ' || c == '\t' || (c | 0x20) == 'i' || (c | 0x20) == 'r' || c == '|' ||
         detail::MayStartCommandLine(c);
}

// The offset of "INSERT [IGNORE] INTO" / "REPLACE INTO" at the line starting at `line`
// (after optional blanks), or npos.
size_t StatementAt(std::string_view text, size_t line) {
  size_t p = line;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  if (p + 11 > text.size() || !((text[p] | 0x20) == 'i' || (text[p] | 0x20) == 'r'))
    return std::string_view::npos;
  std::string_view verb = text.substr(p, (text[p] | 0x20) == 'i' ? 6 : 7);
  if (!ascii::EqualsNoCase(verb, "insert") && !ascii::EqualsNoCase(verb, "replace"))
    return std::string_view::npos;
  Parser probe(text, p + verb.size());
  probe.Keyword("ignore");
  return probe.Keyword("into") ? p : std::string_view::npos;
}

// The first line start after `from` whose first byte MayStartStatement, or npos: the plain
// loop that the SIMD variants below must agree with.
size_t NextCandidateLinePlain(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i)
    if (text[i] == '\n' && i + 1 < text.size() && MayStartStatement(text[i + 1])) return i + 1;
  return std::string_view::npos;
}

// The candidate among the newlines of `bits` (bit k: text[at + k] is '\n'), or npos.
inline size_t CandidateAmong(std::string_view text, size_t at, uint64_t bits) {
  for (; bits; bits &= bits - 1) {
    const size_t nl = at + static_cast<size_t>(__builtin_ctzll(bits));
    if (nl + 1 < text.size() && MayStartStatement(text[nl + 1])) return nl + 1;
  }
  return std::string_view::npos;
}

// Newlines are found 64 bytes at a time (logs have a line every hundred bytes or so: a
// memchr per line costs more in calls than in bytes).
#if defined(__SSE2__)
size_t NextCandidateLineSse2(std::string_view text, size_t from) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = from;
  const __m128i newline = _mm_set1_epi8('\n');
  auto newlines = [&](size_t at) {  // bit k: p[at + k] is '\n', for 16 bytes
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline))));
  };
  for (; i + 64 <= n; i += 64) {
    const uint64_t m =
        newlines(i) | newlines(i + 16) << 16 | newlines(i + 32) << 32 | newlines(i + 48) << 48;
    if (size_t at = CandidateAmong(text, i, m); at != std::string_view::npos) return at;
  }
  return NextCandidateLinePlain(text, i);
}
#endif

#if defined(__x86_64__)
__attribute__((target("avx2"))) inline uint64_t Newlines32(const char* p) {
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  return static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n'))));
}

// MayStartStatement as a table, for the byte after each newline.
struct StatementStartTable {
  bool may[256];
  constexpr StatementStartTable() : may() {
    for (int c = 0; c < 256; ++c) may[c] = MayStartStatement(static_cast<char>(c));
  }
};
constexpr StatementStartTable kStatementStarts;

// Newlines are found 64 bytes at a time and the byte after each is looked up: a log has a
// line every couple of hundred bytes, so most blocks have none or one (classifying all 64
// bytes of a block with a newline with a shuffle and compares cost more than the look-ups).
__attribute__((target("avx2"))) size_t NextCandidateLineAvx2(std::string_view text, size_t from) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = from;
  for (; i + 64 <= n; i += 64) {
    for (uint64_t newlines = Newlines32(p + i) | Newlines32(p + i + 32) << 32; newlines;
         newlines &= newlines - 1) {
      const size_t next = i + static_cast<size_t>(__builtin_ctzll(newlines)) + 1;
      if (next < n && kStatementStarts.may[static_cast<unsigned char>(p[next])]) return next;
    }
  }
  return NextCandidateLinePlain(text, i);
}

bool CpuHasAvx2() {
  __builtin_cpu_init();  // static initializers may run before libgcc's own
  return __builtin_cpu_supports("avx2");
}
const bool kHaveAvx2 = CpuHasAvx2();
#endif

size_t NextCandidateLine(std::string_view text, size_t from) {
#if defined(__x86_64__)
  if (kHaveAvx2) return NextCandidateLineAvx2(text, from);
#endif
#if defined(__SSE2__)
  return NextCandidateLineSse2(text, from);
#else
  return NextCandidateLinePlain(text, from);
#endif
}

}  // namespace

namespace {
// Whether the line at `line` is a command line with secrets on it (a long line is judged by
// its first 512 bytes: the program comes first).
bool CommandLineAt(std::string_view text, size_t line) {
  std::string_view head = text.substr(line, 512);
  if (const void* nl = std::memchr(head.data(), '\n', head.size()))
    head = head.substr(0, static_cast<size_t>(static_cast<const char*>(nl) - head.data()));
  return detail::LooksLikeCommandLine(head);
}

// FindSqlInsert, and FindTextBlock when `tables` is set.
size_t FindBlock(std::string_view text, size_t from, bool tables, TextBlock* kind) {
  // Statements in dumps and scripts start a line: visit line starts only, and of those only
  // the ones that can begin a statement or a table, never every 'i' of a log.
  size_t line = from;
  if (from > 0 && text[from - 1] != '\n') {
    const void* nl = std::memchr(text.data() + from, '\n', text.size() - from);
    if (!nl) return std::string_view::npos;
    line = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
  }
  if (line < text.size() && !MayStartStatement(text[line])) line = NextCandidateLine(text, line);
  while (line < text.size()) {  // npos ends the loop too
    if (size_t at = StatementAt(text, line); at != std::string_view::npos) {
      *kind = TextBlock::kSqlInsert;
      return at;
    }
    if (tables && MayStartMarkdownTable(text, line)) {
      *kind = TextBlock::kMarkdownTable;
      return line;
    }
    if (tables && CommandLineAt(text, line)) {
      *kind = TextBlock::kCommandLine;
      return line;
    }
    line = NextCandidateLine(text, line);
  }
  return std::string_view::npos;
}
}  // namespace

size_t FindSqlInsert(std::string_view text, size_t from) {
  TextBlock kind;
  return FindBlock(text, from, false, &kind);
}

size_t FindTextBlock(std::string_view text, size_t from, TextBlock* kind) {
  return FindBlock(text, from, true, kind);
}

std::vector<LineSearch> CandidateLineSearches() {
  std::vector<LineSearch> v{{"plain", NextCandidateLinePlain}};
#if defined(__SSE2__)
  v.push_back({"sse2", NextCandidateLineSse2});
#endif
#if defined(__x86_64__)
  if (kHaveAvx2) v.push_back({"avx2", NextCandidateLineAvx2});
#endif
  return v;
}

bool ParseSqlInsert(std::string_view text, size_t pos, SqlInsert* out) {
  SqlInsert st;
  st.start = pos;
  Parser p(text, pos);
  std::string name;
  if (!p.Keyword("insert") && !p.Keyword("replace")) return false;
  p.Keyword("ignore");
  if (!p.Keyword("into") || !p.Name(&name)) return false;
  st.table = name;
  if (p.Char('(')) {
    do {
      if (!p.Name(&name)) return false;
      st.columns.push_back(name);
    } while (p.Char(','));
    if (!p.Char(')')) return false;
  }
  if (!p.Keyword("values") && !p.Keyword("value")) return false;
  size_t tuples = 0;
  do {
    if (!p.Char('(')) return false;
    size_t column = 0;
    if (!p.Peek(')')) {
      do {
        if (!p.Value(column++, &st.values)) return false;
      } while (p.Char(','));
    }
    if (!p.Char(')')) return false;
    ++tuples;
  } while (p.Char(','));
  if (tuples == 0) return false;
  p.Char(';');
  st.end = p.pos();
  *out = std::move(st);
  return true;
}

namespace {

// Words that start a key or constraint inside CREATE TABLE's parentheses, not a column.
bool ConstraintWord(std::string_view w) {
  for (std::string_view k : {"primary", "key", "index", "unique", "constraint", "foreign",
                             "check", "fulltext", "spatial", "exclude", "period", "like"})
    if (ascii::EqualsNoCase(w, k)) return true;
  return false;
}

// The column definitions of the CREATE TABLE at `pos` (the 'C'), or false.
bool ParseCreateTable(std::string_view text, size_t pos, SqlTableColumns* out) {
  Parser p(text, pos);
  std::string name;
  if (!p.Keyword("create")) return false;
  p.Keyword("temporary") || p.Keyword("temp") || p.Keyword("unlogged");
  if (!p.Keyword("table")) return false;
  if (p.Keyword("if")) {
    if (!p.Keyword("not") || !p.Keyword("exists")) return false;
  }
  if (!p.Name(&name) || !p.Char('(')) return false;
  SqlTableColumns t;
  t.table = name;
  // Each definition: a name, then anything up to the next ',' or the closing ')' at depth 0
  // (types such as decimal(10,2) and enum('a','b'), quoted comments and defaults).
  size_t q = p.pos();
  while (true) {
    Parser def(text, q);
    if (!def.Name(&name)) return false;
    const bool column = !ConstraintWord(name) || text[def.pos() - 1] == '`' ||
                        text[def.pos() - 1] == '"' || text[def.pos() - 1] == ']';
    if (column) t.columns.push_back(name);
    int depth = 0;
    q = def.pos();
    for (;; ++q) {
      if (q >= text.size() || q - pos > (1u << 20)) return false;
      const char c = text[q];
      if (c == '\'' || c == '"' || c == '`') {
        const size_t e = text.find(c, q + 1);
        if (e == std::string_view::npos) return false;
        q = e;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')') {
        if (depth == 0) break;
        --depth;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    if (text[q] == ')') break;
    ++q;  // the ','
  }
  if (t.columns.empty()) return false;
  *out = std::move(t);
  return true;
}

}  // namespace

void FindCreateTables(std::string_view text, std::vector<SqlTableColumns>* out) {
  for (size_t p = 0; p + 12 <= text.size(); ++p) {
    const char c = text[p];
    if ((c != 'C' && c != 'c') || (p > 0 && text[p - 1] != '\n' && text[p - 1] != ' ' &&
                                   text[p - 1] != '\t' && text[p - 1] != ';'))
      continue;
    if (!ascii::StartsWithNoCase(text.substr(p), "create")) continue;
    SqlTableColumns t;
    if (ParseCreateTable(text, p, &t)) out->push_back(std::move(t));
  }
}

}  // namespace piguard::formats
