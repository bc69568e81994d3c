// E-mail decoding (formats/mail.h): encoded words, base64 and quoted-printable bodies in their
// charsets, multipart boundaries, nested messages, mbox separators, the map back to the input,
// and the same text whatever the pieces the input arrives in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/mail.h"

namespace piguard::formats {
namespace {

struct Decoded {
  std::string text;
  std::vector<uint32_t> map;  // absolute input offsets
  size_t bad = 0;
};

// Decodes `mail` cut into pieces after every `lines_per_piece` lines (0: one piece).
Decoded DecodeMail(std::string_view mail, size_t lines_per_piece = 0) {
  MailDecoder d;
  Decoded out;
  size_t start = 0;
  while (start < mail.size()) {
    size_t end = mail.size();
    if (lines_per_piece) {
      end = start;
      for (size_t l = 0; l < lines_per_piece && end < mail.size(); ++l) {
        const size_t nl = mail.find('\n', end);
        end = nl == std::string_view::npos ? mail.size() : nl + 1;
      }
    }
    std::vector<uint32_t> map;
    out.bad += d.Decode(mail.substr(start, end - start), &out.text, &map).bad;
    for (uint32_t m : map) out.map.push_back(static_cast<uint32_t>(start) + m);
    start = end;
  }
  return out;
}

// Where `needle` of the decoded text came from in the input.
uint32_t SourceOf(const Decoded& d, std::string_view needle) {
  const size_t at = d.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return at == std::string::npos ? 0 : d.map[at];
}

const char kMessage[] =
    "From: =?GB2312?B?1cXI/Q==?= <zhangsan@example.com>\n"
    "Subject: =?UTF-8?Q?=E5=AE=A2=E6=88=B7_?= =?UTF-8?B?5p2O5aic?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\n"
    "\n"
    "preamble\n"
    "--b1\n"
    "Content-Type: text/plain; charset=gb2312\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "warPtbXnu7AxMzgxMjM0NTY3OA==\n"  // 联系电话13812345678 in GB2312
    "--b1\n"
    "Content-Type: text/html; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "<p>=E7=8E=8B=E8=8A=B3 13712345678 a=\n"
    "b</p>\n"
    "--b1\n"
    "Content-Type: image/png\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "MTM5MTIzNDU2Nzg=\n"  // "13912345678": an image's bytes are not read
    "--b1\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "Subject: inner\n"
    "Content-Type: text/plain; charset=iso-8859-1\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "caf=E9 15912345678\n"
    "--b1--\n"
    "epilogue\n";

TEST(MailTest, DecodesHeadersAndPartsAndLeavesOutBinaryParts) {
  const Decoded d = DecodeMail(kMessage);
  EXPECT_EQ(d.bad, 0u);
  EXPECT_NE(d.text.find("From: 张三 <zhangsan@example.com>\n"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Subject: 客户 李娜\n"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("preamble\n--b1\n"), std::string::npos);
  EXPECT_NE(d.text.find("联系电话13812345678"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("<p>王芳 13712345678 ab</p>\n"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("13912345678"), std::string::npos);
  EXPECT_NE(d.text.find("café 15912345678\n"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("--b1--\nepilogue\n"), std::string::npos);
}

TEST(MailTest, MapPointsAtTheEncodedForm) {
  const std::string mail = kMessage;
  const Decoded d = DecodeMail(mail);
  ASSERT_EQ(d.map.size(), d.text.size());
  // 张 is the encoded word's first base64 characters; 三 starts at its third.
  const size_t word = mail.find("1cXI");
  EXPECT_EQ(SourceOf(d, "张"), word);
  EXPECT_EQ(SourceOf(d, "三"), word + 2);
  // The phone in the base64 body: its first digit is byte 8 of the decoded GB2312 text,
  // which starts in character (8 / 3) * 4 + 8 % 3 = 10 of the base64.
  EXPECT_EQ(SourceOf(d, "13812345678"), mail.find("warP") + 10);
  // Quoted-printable: 王 is its "=E7" escape; ASCII maps to itself.
  EXPECT_EQ(SourceOf(d, "王"), mail.find("=E7=8E=8B"));
  EXPECT_EQ(SourceOf(d, "13712345678"), mail.find("13712345678"));
  // Text outside encoded parts maps one to one.
  EXPECT_EQ(SourceOf(d, "epilogue"), mail.find("epilogue"));
  for (size_t k = 1; k < d.map.size(); ++k) ASSERT_LE(d.map[k - 1], d.map[k]) << k;
}

TEST(MailTest, PiecesDoNotChangeTheText) {
  const Decoded whole = DecodeMail(kMessage);
  for (size_t lines : {1, 2, 3, 7}) {
    const Decoded pieces = DecodeMail(kMessage, lines);
    EXPECT_EQ(pieces.text, whole.text) << lines;
  }
}

// A GB2312 body whose characters are cut by every piece's end (one base64 line a piece,
// 3 bytes each: every other character is split) decodes as it does whole, without errors.
TEST(MailTest, CharactersCutByPiecesStayWhole) {
  std::string mail = "Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\n";
  // 李娜的手机是13812345678 in GB2312, base64 in lines of four characters (three bytes).
  const std::string b64 = "wO7EyLXEyta7+srHMTM4MTIzNDU2Nzg=";
  for (size_t i = 0; i < b64.size(); i += 4) mail += b64.substr(i, 4) + "\n";
  const Decoded whole = DecodeMail(mail);
  EXPECT_EQ(whole.bad, 0u);
  EXPECT_NE(whole.text.find("李娜的手机是13812345678"), std::string::npos) << whole.text;
  const Decoded pieces = DecodeMail(mail, 1);
  EXPECT_EQ(pieces.bad, 0u);
  EXPECT_EQ(pieces.text, whole.text);
  for (size_t k = 1; k < pieces.map.size(); ++k) ASSERT_LE(pieces.map[k - 1], pieces.map[k]) << k;
}

TEST(MailTest, MboxSeparatesMessagesAndFindsUndeclaredGbk) {
  // Two messages; the second's header has raw GBK (no encoded word) and its body no charset.
  const std::string mbox =
      "From a@example.com Mon Mar 18 15:42:09 2024\n"
      "From: a@example.com\nContent-Type: multipart/mixed; boundary=x\n\n"
      "--x\nContent-Type: text/plain\n\nfirst\n"  // no closing boundary: the next message
      "\n"
      "From b@example.com Mon Mar 18 15:43:09 2024\n"
      "From: b@example.com\nSubject: \xD5\xC5\xC8\xFD\n\n"
      "\xC0\xEE\xC4\xC8 13812345678\n";
  const Decoded d = DecodeMail(mbox);
  EXPECT_NE(d.text.find("first\n\nFrom b@example.com"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Subject: 张三\n"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("李娜 13812345678\n"), std::string::npos) << d.text;
}

TEST(MailTest, BadEncodedDataIsCounted) {
  const Decoded d = DecodeMail(
      "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nMTM4*MTIz\n");
  EXPECT_EQ(d.bad, 1u);
  EXPECT_NE(d.text.find("138123"), std::string::npos) << d.text;
}

TEST(MailTest, Sniffing) {
  EXPECT_TRUE(MailByName("x/Inbox.MBOX"));
  EXPECT_TRUE(MailByName("a.eml"));
  EXPECT_FALSE(MailByName("a.email.txt"));
  EXPECT_TRUE(LooksLikeMail(kMessage));
  EXPECT_TRUE(LooksLikeMail("From a@b Mon Mar 18 15:42:09 2024\nFrom: a@b\nSubject: x\n\nhi\n"));
  EXPECT_TRUE(LooksLikeMail("Received: from x\n\tby y\nFrom: a@b\nMIME-Version: 1.0\n\nhi\n"));
  EXPECT_FALSE(LooksLikeMail("From: a@b\nSubject: only two fields, no MIME\n\nhi\n"));
  EXPECT_FALSE(LooksLikeMail("2026-11-15 INFO user=13812345678\n"));
  EXPECT_FALSE(LooksLikeMail("name: value\ncontent-type: x\n"));
}

}  // namespace
}  // namespace piguard::formats
