// Markdown pipe tables: what ParseMarkdownTable takes as a table, its header names and its
// cells (offsets into the text), and what it leaves to be scanned as plain text.
#include "formats/markdown.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace piguard::formats {
namespace {

// "column:cell" for each cell, and the header names, as text.
std::string Describe(std::string_view text, const MarkdownTable& t) {
  std::string out = "header";
  for (std::string_view h : t.header) out.append(" [").append(h).append("]");
  for (const MarkdownCell& c : t.cells) {
    out.append(" ").append(std::to_string(c.column)).append(":");
    out.append(text.substr(c.start, c.end - c.start));
  }
  return out;
}

TEST(MarkdownTableTest, HeaderDelimiterAndRows) {
  const std::string text =
      "intro\n"
      "| 客户姓名 | 手机号码 |\n"
      "| --- | :---: |\n"
      "| 王建国 | 13812345678 |\n"
      "|李秀英|13912345678|\n"
      "after\n";
  const size_t line = text.find('|');
  MarkdownTable t;
  ASSERT_TRUE(ParseMarkdownTable(text, line, text.size(), &t));
  EXPECT_EQ(Describe(text, t),
            "header [客户姓名] [手机号码] 0:王建国 1:13812345678 0:李秀英 1:13912345678");
  EXPECT_EQ(t.start, line);
  EXPECT_EQ(text.substr(t.end), "after\n");
}

TEST(MarkdownTableTest, MarksTrailingPipesEscapesAndExtraCells) {
  const std::string text =
      "  | **姓名** | `电话` | 备注\n"  // indented, no closing pipe
      "  |:--|--:|-|\n"
      "| **王建国** | `13812345678` | a \\| b | extra |\n"
      "| __张伟__ | *x* | | \n"
      "| ** | _ |\n";  // marks with nothing inside stay as they are
  MarkdownTable t;
  ASSERT_TRUE(ParseMarkdownTable(text, 0, text.size(), &t));
  EXPECT_EQ(Describe(text, t),
            "header [姓名] [电话] [备注] 0:王建国 1:13812345678 2:a \\| b 3:extra 0:张伟 1:x "
            "0:** 1:_");
  EXPECT_EQ(t.end, text.size());
}

TEST(MarkdownTableTest, CarriageReturnsAndTheRangeEnd) {
  const std::string text = "|a|b|\r\n|-|-|\r\n|1|2|\r\n|3|4|\r\n";
  MarkdownTable t;
  ASSERT_TRUE(ParseMarkdownTable(text, 0, text.size(), &t));
  EXPECT_EQ(Describe(text, t), "header [a] [b] 0:1 1:2 0:3 1:4");
  // The table stops where the range does, even inside the text.
  const size_t cut = text.find("|3|");
  ASSERT_TRUE(ParseMarkdownTable(text, 0, cut, &t));
  EXPECT_EQ(Describe(text, t), "header [a] [b] 0:1 1:2");
  EXPECT_EQ(t.end, cut);
}

// Text exports of Word and PDF tables leave the delimiter row out: a header of names without
// digits, then rows with as many cells.
TEST(MarkdownTableTest, NoDelimiterRow) {
  const std::string text =
      "用户资料变更登记簿\n\n"
      "| 日期       | 用户   | 证件号             | 经办   |\n"
      "| 2024-08-17 | 魏晓飞 | 410108197909108772 | 廖玉   |\n"
      "| 2024-09-17 | 黎涵   | 451425196003292426 | 秦文建 |\n"
      "| 2024-09-18 |        | 320106199001011234 |        |\n"
      "注：以上为本月变更\n";
  const size_t line = text.find('|');
  MarkdownTable t;
  ASSERT_TRUE(ParseMarkdownTable(text, line, text.size(), &t));
  EXPECT_EQ(Describe(text, t),
            "header [日期] [用户] [证件号] [经办] 0:2024-08-17 1:魏晓飞 2:410108197909108772 "
            "3:廖玉 0:2024-09-17 1:黎涵 2:451425196003292426 3:秦文建 0:2024-09-18 "
            "2:320106199001011234");
  EXPECT_EQ(t.body, text.find("| 2024-08-17"));
  EXPECT_EQ(text.substr(t.end), "注：以上为本月变更\n");
}

TEST(MarkdownTableTest, NotTables) {
  MarkdownTable t;
  auto parses = [&](const std::string& text) {
    return ParseMarkdownTable(text, 0, text.size(), &t);
  };
  EXPECT_FALSE(parses("| a | b |\n"));                      // no delimiter row
  EXPECT_FALSE(parses("| a1 | b |\n| a | b |\n"));          // a row, and a header with a digit
  EXPECT_FALSE(parses("| a | |\n| a | b |\n"));             // ... or an unnamed column
  EXPECT_FALSE(parses("| a |\n| 1 |\n"));                   // ... or one column
  EXPECT_FALSE(parses("| a | b |\n| 1 | 2 | 3 |\n"));       // ... or more cells below
  EXPECT_FALSE(parses("| a | b |\n| --- |\n| 1 | 2 |\n"));  // fewer delimiter cells
  EXPECT_FALSE(parses("| a |\n| --- | --- |\n"));           // more delimiter cells
  EXPECT_FALSE(parses("| a | b |\n| -:- | --- |\n"));       // ':' inside
  EXPECT_FALSE(parses("| a | b |\n| : | --- |\n"));         // no '-'
  EXPECT_FALSE(parses("a | b\n--- | ---\n1 | 2\n"));        // rows without a leading pipe
  EXPECT_FALSE(parses(std::string(17, ' ') + "| a |\n| - |\n"));  // more than 16 blanks
  EXPECT_FALSE(parses("|\n|\n"));                           // no cells
  EXPECT_FALSE(parses("| a |"));                            // the text ends
}

// A table pasted into a code comment, an XML comment or a quoted mail is indented deeper
// than Markdown's three spaces, and its rows may have no closing pipe.
TEST(MarkdownTableTest, DeeplyIndentedTables) {
  const std::string text =
      "    <!--\n"
      "      返回：\n"
      "        | cust_id    | cust_name | msisdn\n"
      "        | 8841979491 | 周璐丽    | 18996077345\n"
      "        | 8839191695 | 贺飞凯    | 18140958994\n"
      "    -->\n";
  const size_t line = text.find("        |");
  MarkdownTable t;
  ASSERT_TRUE(MayStartMarkdownTable(text, line));
  ASSERT_TRUE(ParseMarkdownTable(text, line, text.size(), &t));
  EXPECT_EQ(Describe(text, t),
            "header [cust_id] [cust_name] [msisdn] 0:8841979491 1:周璐丽 2:18996077345 "
            "0:8839191695 1:贺飞凯 2:18140958994");
  EXPECT_EQ(text.substr(t.end), "    -->\n");
  // A shell pipeline continued on indented lines is no table (no header of names over a row
  // with as many cells).
  const std::string shell = "    cat x.log\n      | grep -v debug | sort\n      | uniq -c\n";
  EXPECT_FALSE(ParseMarkdownTable(shell, shell.find("      |"), shell.size(), &t));
}

// Grid tables as the MySQL client and text exports of Word tables draw them: a border line
// above the header, a border (of '-' or '=') as the delimiter, and borders between rows.
TEST(MarkdownTableTest, GridTables) {
  const std::string text =
      "mysql> select id, name, mobile from t;\n"
      "+----+--------+-------------+\n"
      "| id | name   | mobile      |\n"
      "+----+--------+-------------+\n"
      "|  1 | 王建国 | 13812345678 |\n"
      "+----+--------+-------------+\n"
      "|  2 | 李秀英 | 13912345678 |\n"
      "+----+--------+-------------+\n"
      "2 rows in set\n";
  const size_t line = text.find('+');
  MarkdownTable t;
  ASSERT_TRUE(ParseMarkdownTable(text, line, text.size(), &t));
  EXPECT_EQ(Describe(text, t),
            "header [id] [name] [mobile] 0:1 1:王建国 2:13812345678 0:2 1:李秀英 2:13912345678");
  EXPECT_EQ(text.substr(t.end), "2 rows in set\n");
  // A header without a border above, '=' under it (a Word table saved as text).
  const std::string word = "| 序号 | 姓名 |\n+======+========+\n| 1    | 董安斌 |\n";
  ASSERT_TRUE(ParseMarkdownTable(word, 0, word.size(), &t));
  EXPECT_EQ(Describe(word, t), "header [序号] [姓名] 0:1 1:董安斌");
  // Not grids: a border with other characters, a border and no header row.
  EXPECT_FALSE(ParseMarkdownTable(std::string("+--x--+\n| a |\n+---+\n"), 0, 21, &t));
  EXPECT_FALSE(ParseMarkdownTable(std::string("+----+\nplain text\n"), 0, 18, &t));
  EXPECT_TRUE(MayStartMarkdownTable("+----+", 0));
  EXPECT_TRUE(MayStartMarkdownTable("  +====+", 0));
  EXPECT_FALSE(MayStartMarkdownTable("+ curl -u a:b", 0));
}

TEST(MarkdownTableTest, MayStartOnlyAtAPipe) {
  EXPECT_TRUE(MayStartMarkdownTable("| a", 0));
  EXPECT_TRUE(MayStartMarkdownTable("   | a", 0));
  EXPECT_TRUE(MayStartMarkdownTable("x\n|", 2));
  EXPECT_TRUE(MayStartMarkdownTable("    | a", 0));
  EXPECT_TRUE(MayStartMarkdownTable("\t\t| a", 0));
  EXPECT_FALSE(MayStartMarkdownTable(std::string(17, ' ') + "| a", 0));
  EXPECT_FALSE(MayStartMarkdownTable("a | b", 0));
  EXPECT_FALSE(MayStartMarkdownTable("   ", 0));
  EXPECT_FALSE(MayStartMarkdownTable("", 0));
  // psql's header: a '|' above a rule of '-' and '+'.
  EXPECT_TRUE(MayStartMarkdownTable(" a | b\n---+---\n", 0));
  EXPECT_FALSE(MayStartMarkdownTable(" a | b\n-------\n", 0));
  EXPECT_FALSE(MayStartMarkdownTable(" a - b\n---+---\n", 0));
}

// psql's aligned output: no '|' at the ends of a row, a rule under the header, the rows up to
// the row count; a row with another number of cells ends the table.
TEST(MarkdownTableTest, PsqlAlignedOutput) {
  const std::string text =
      "crm=> select name, mobile from t;\n"
      "  name  |   mobile\n"
      "--------+-------------\n"
      " 邱东伟 | 13976878414\n"
      " 贺萱   | \n"
      "(2 rows)\n"
      "\n";
  const size_t line = text.find("  name");
  MarkdownTable t;
  ASSERT_TRUE(ParseMarkdownTable(text, line, text.size(), &t));
  EXPECT_EQ(Describe(text, t), "header [name] [mobile] 0:邱东伟 1:13976878414 0:贺萱");
  EXPECT_EQ(text.substr(t.end), "(2 rows)\n\n");
  // Without the rule it is no table; an empty header name neither.
  EXPECT_FALSE(ParseMarkdownTable(" a | b\n c | d\n", 0, 13, &t));
  const std::string empty_name = " a |\n---+---\n x | y\n";
  EXPECT_FALSE(ParseMarkdownTable(empty_name, 0, empty_name.size(), &t));
}

}  // namespace
}  // namespace piguard::formats
