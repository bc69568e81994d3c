// FindSqlInsert: the line-start search must find exactly the statements that a check of
// every line start (the former implementation, kept below as the reference) finds.
#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <random>
#include <string>

#include "formats/sql.h"

namespace piguard::formats {
namespace {

namespace reference {

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// Skips blanks, then accepts `word` (any case) if no name character follows it.
bool Keyword(std::string_view t, size_t* p, std::string_view word) {
  while (*p < t.size() && std::isspace(static_cast<unsigned char>(t[*p]))) ++*p;
  if (t.size() - *p < word.size() || !IEquals(t.substr(*p, word.size()), word)) return false;
  size_t e = *p + word.size();
  if (e < t.size() && (std::isalnum(static_cast<unsigned char>(t[e])) || t[e] == '_')) return false;
  *p = e;
  return true;
}

size_t FindSqlInsert(std::string_view text, size_t from) {
  size_t line = from;
  if (from > 0 && text[from - 1] != '\n') {
    const void* nl = std::memchr(text.data() + from, '\n', text.size() - from);
    if (!nl) return std::string_view::npos;
    line = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
  }
  while (line < text.size()) {
    size_t p = line;
    while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (p + 11 <= text.size() && ((text[p] | 0x20) == 'i' || (text[p] | 0x20) == 'r')) {
      std::string_view verb = text.substr(p, (text[p] | 0x20) == 'i' ? 6 : 7);
      if (IEquals(verb, "insert") || IEquals(verb, "replace")) {
        size_t q = p + verb.size();
        Keyword(text, &q, "ignore");
        if (Keyword(text, &q, "into")) return p;
      }
    }
    const void* nl = std::memchr(text.data() + p, '\n', text.size() - p);
    if (!nl) break;
    line = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
  }
  return std::string_view::npos;
}

}  // namespace reference

std::string RandomScript(std::mt19937_64& rng) {
  static const char* kLines[] = {
      "INSERT INTO t VALUES (1);", "insert into `t` (a) values ('x');", "  INSERT IGNORE INTO t",
      "\tREPLACE INTO t VALUES (2)", "replace  into t", "Insert\nInto t", "INSERT INTOx t",
      "INSERTINTO t VALUES", "insert", "into", "i", "r", "I", "R", " ", "\t", "", "\r",
      "2024-01-01 12:00:00 INFO user inserted into cart", "request id=17 replace into",
      "indexing ...", "return 0;", "   ", "INSERT INTO", "INSERT\tINTO t", "insert ignore\ninto t",
      "\xE4\xB8\xAD insert into t", "select * from t;"};
  std::string s;
  size_t lines = rng() % 60;
  for (size_t i = 0; i < lines; ++i) {
    s += kLines[rng() % std::size(kLines)];
    if (rng() % 5 == 0) s += std::string(rng() % 80, 'x');
    s += '\n';
  }
  if (!s.empty() && rng() % 2) s.pop_back();  // with or without a final newline
  return s;
}

TEST(FindSqlInsertTest, AgreesWithLineByLineReferenceFromEveryOffset) {
  std::mt19937_64 rng(2024);
  int found = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string s = RandomScript(rng);
    for (size_t from = 0; from <= s.size(); ++from) {
      size_t want = reference::FindSqlInsert(s, from);
      ASSERT_EQ(FindSqlInsert(s, from), want) << i << " from " << from;
      found += want != std::string_view::npos;
    }
  }
  EXPECT_GT(found, 10000);
}

// Every SIMD line search (and the plain loop) agrees with a byte-by-byte reference, on texts
// whose newlines and candidate line starts fall at every offset of the 32- and 64-byte blocks.
TEST(FindSqlInsertTest, CandidateLineSearchesAgreeWithByteLoop) {
  auto want = [](std::string_view t, size_t from) {
    for (size_t i = from; i + 1 < t.size(); ++i) {
      const char c = t[i + 1];
      if (t[i] == '\n' && (c == ' ' || c == '\t' || c == 'I' || c == 'R' || c == '|' ||
                           (c >= 'a' && c <= 'z') || c == '$' || c == '#' || c == '+' ||
                           c == '>' || c == ':' || c == '[' || c == '/'))
        return i + 1;
    }
    return std::string_view::npos;
  };
  // The set's bytes, and bytes next to them or sharing their low nibble (the AVX2 search
  // looks punctuation up by nibble): '`' '{' '@' 'A' 'Z' ',' '<' '\\' 'K' ';' '%' '.' ...
  static const char kBytes[] = {'a', 'z', 'x', 'I', 'i', 'R', 'r', ' ', '\t', '\n', '\n', '\n',
                                '\0', '\x80', '\xE4', 'n', ';', '|', '{', '`', '@', 'A', 'Z',
                                '$', '#', '+', '>', ':', '[', '/', ',', '<', '\\', 'K', '%',
                                '.', '\x0B', '\x8B', '\xA0', '\xBE', '\x2E', 'N', '0', '\x19'};
  std::mt19937_64 rng(64);
  int found = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string s(rng() % 400, 'X');  // no candidate
    const unsigned density = 1 + rng() % 40;  // from dense to rare special bytes
    for (char& c : s)
      if (rng() % density == 0) c = kBytes[rng() % std::size(kBytes)];
    for (const LineSearch& search : CandidateLineSearches()) {
      SCOPED_TRACE(search.name);
      for (size_t from = 0; from <= s.size(); from += 1 + rng() % 3) {
        const size_t expect = want(s, from);
        ASSERT_EQ(search.next(s, from), expect) << i << " from " << from;
        found += expect != std::string_view::npos;
      }
    }
  }
  EXPECT_GT(found, 10000);
  EXPECT_GE(CandidateLineSearches().size(), 2u);  // the plain loop and at least one other
}

// FindTextBlock: statements as FindSqlInsert finds them, and lines that may start a markdown
// table, whichever comes first; FindSqlInsert itself passes over tables.
TEST(FindSqlInsertTest, TextBlocksAreStatementsAndTables) {
  TextBlock kind;
  const std::string text = "log\n| a | b |\n|---|---|\nINSERT INTO t VALUES (1);\n  | c |\n";
  EXPECT_EQ(FindTextBlock(text, 0, &kind), 4u);
  EXPECT_EQ(kind, TextBlock::kMarkdownTable);
  EXPECT_EQ(FindTextBlock(text, 5, &kind), 14u);  // the delimiter row starts with '|' too
  EXPECT_EQ(kind, TextBlock::kMarkdownTable);
  EXPECT_EQ(FindTextBlock(text, 15, &kind), text.find("INSERT"));
  EXPECT_EQ(kind, TextBlock::kSqlInsert);
  EXPECT_EQ(FindTextBlock(text, text.find("INSERT") + 1, &kind), text.find("  | c"));
  EXPECT_EQ(kind, TextBlock::kMarkdownTable);
  EXPECT_EQ(FindSqlInsert(text, 0), text.find("INSERT"));
  EXPECT_EQ(FindTextBlock("log | a | b |\nx|y\n", 0, &kind), std::string_view::npos);
}

TEST(FindSqlInsertTest, StatementsAtLineStartsOnly) {
  EXPECT_EQ(FindSqlInsert("INSERT INTO t VALUES (1);", 0), 0u);
  EXPECT_EQ(FindSqlInsert("log\n  insert into t values (1);", 0), 6u);
  EXPECT_EQ(FindSqlInsert("log insert into t values (1);", 0), std::string_view::npos);
  EXPECT_EQ(FindSqlInsert("INSERT INTO t VALUES (1);\nREPLACE INTO u VALUES (2);", 1), 26u);
  EXPECT_EQ(FindSqlInsert("insert into", 0), 0u);
  EXPECT_EQ(FindSqlInsert("insert int", 0), std::string_view::npos);  // too short for one
}

}  // namespace
}  // namespace piguard::formats
