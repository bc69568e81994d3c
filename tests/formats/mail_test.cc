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

// Calls f(piece, start) on `mail` cut into pieces after every `lines_per_piece` lines (0: one
// piece), as a reader hands a decoder its chunks.
template <typename F>
void ForEachPiece(std::string_view mail, size_t lines_per_piece, F f) {
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
    f(mail.substr(start, end - start), start);
    start = end;
  }
}

// Decodes `mail` cut into pieces after every `lines_per_piece` lines (0: one piece).
Decoded DecodeMail(std::string_view mail, size_t lines_per_piece = 0) {
  MailDecoder d;
  Decoded out;
  ForEachPiece(mail, lines_per_piece, [&](std::string_view piece, size_t start) {
    std::vector<uint32_t> map;
    out.bad += d.Decode(piece, &out.text, &map).bad;
    for (uint32_t m : map) out.map.push_back(static_cast<uint32_t>(start) + m);
  });
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
  // Boundaries are blanked, in the header and on their lines (see BoundariesAreNoText).
  EXPECT_NE(d.text.find("multipart/mixed; boundary=\"  \"\n\npreamble\n--  \n"), std::string::npos)
      << d.text;
  EXPECT_NE(d.text.find("联系电话13812345678"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("<p>王芳 13712345678 ab</p>\n"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("13912345678"), std::string::npos);
  EXPECT_NE(d.text.find("café 15912345678\n"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("--    \nepilogue\n"), std::string::npos);
}

// A boundary is the writer's random token: Python's email package writes nineteen digits,
// which pass a card number's checks now and then. It is blanked (offsets unchanged), wherever
// the parameter stands in a folded Content-Type, and on its CRLF lines.
TEST(MailTest, BoundariesAreNoText) {
  const std::string mail =
      "From: a@example.com\r\n"
      "Content-Type: multipart/mixed;\r\n"
      "\tcharset=utf-8; BOUNDARY = \"===============6241004153072892496==\"\r\n"
      "\r\n"
      "--===============6241004153072892496==\r\n"
      "Content-Type: text/plain; boundary=6241004153072892496\r\n"
      "\r\n"
      "卡号 6222021234567890128\r\n"
      "--===============6241004153072892496==--\r\n";
  const Decoded d = DecodeMail(mail);
  ASSERT_EQ(d.map.size(), d.text.size());
  EXPECT_EQ(d.text.find("6241004153072892496"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("卡号 6222021234567890128"), std::string::npos) << d.text;
  // The parameter's quotes stay, its value is blanks; so is each boundary line after "--".
  const std::string blank36(36, ' ');
  EXPECT_NE(d.text.find("BOUNDARY = \"" + blank36 + "\""), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("\n--" + blank36 + "\r"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("\n--" + blank36 + "  \r"), std::string::npos) << d.text;  // the last
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

namespace piguard::formats {
namespace {

// The attachments a decoder keeps, fed in pieces of `lines_per_piece` lines (0: one piece).
std::vector<MailDecoder::Attachment> Attachments(std::string_view mail, size_t limit,
                                                 size_t lines_per_piece = 0) {
  MailDecoder d;
  d.CollectAttachments(limit, [](std::string_view name) {
    return name.size() >= 5 && (name.substr(name.size() - 5) == ".xlsx" ||
                                name.substr(name.size() - 4) == ".zip");
  });
  std::string text;
  std::vector<uint32_t> map;
  ForEachPiece(mail, lines_per_piece,
               [&](std::string_view piece, size_t) { d.Decode(piece, &text, &map); });
  EXPECT_EQ(text.find("UEsDB"), std::string::npos);  // no attachment's base64 in the text
  return d.TakeAttachments(/*at_end=*/true);
}

TEST(MailTest, AttachmentsAreDecodedAndKeptByName) {
  // base64 under an RFC 2231 name folded over CRLF lines, quoted-printable under an encoded
  // word, 8bit under a name with a directory and a control character; an image is not kept
  // (the predicate), a text part is read as text, not kept.
  const std::string mail =
      "From: a@example.com\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n正文 13800138000\r\n"
      "--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
      "Content-Disposition: attachment;\r\n filename*=utf-8''%E5%AE%A2%E6%88%B7.xlsx\r\n\r\n"
      "UEsDBBQAAAAI\r\nAAAA\r\n"
      "--b1\r\nContent-Type: application/zip; name=\"=?UTF-8?B?5ZCN5Y2V?=.zip\"\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n\r\nPK=03=04ab=\r\ncd\r\n"
      "--b1\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; "
      "filename=\"C:\\\\tmp\\\\x\x01y.zip\"\r\n\r\nraw\xff\r\nbytes\r\n"
      "--b1\r\nContent-Type: image/png; name=\"logo.png\"\r\nContent-Transfer-Encoding: base64"
      "\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n";
  for (size_t lines : {0, 1, 3}) {
    const auto got = Attachments(mail, 1 << 20, lines);
    ASSERT_EQ(got.size(), 3u) << lines;
    EXPECT_EQ(got[0].name, "客户.xlsx");
    EXPECT_EQ(got[0].bytes, std::string("PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00", 12));
    EXPECT_EQ(got[1].name, "名单.zip");
    EXPECT_EQ(got[1].bytes, "PK\x03\x04" "abcd\n");
    EXPECT_EQ(got[2].name, "x\\x01y.zip");  // the sender's directory dropped, \x01 written out
    EXPECT_EQ(got[2].bytes, "raw\xff\r\nbytes\r\n");
    for (const auto& a : got) EXPECT_FALSE(a.dropped || a.cut);
  }
}

TEST(MailTest, LongAttachmentNamesContinuedOverPieces) {
  // RFC 2231 continuations, as Python and Email::MIME write a long name; a plain piece too.
  const std::string mail =
      "From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
      "--b\nContent-Type: application/zip\nContent-Transfer-Encoding: base64\n"
      "Content-Disposition: attachment;\n filename*0*=utf-8''%E5%AE%A2%E6%88%B7;\n"
      " filename*1*=%E5%90%8D%E5%8D%95; filename*2=\"_100%.zip\"\n\nUEsDBA==\n--b--\n";
  const auto got = Attachments(mail, 1 << 20);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "客户名单_100%.zip");
  EXPECT_EQ(got[0].bytes, "PK\x03\x04");
}

TEST(MailTest, AttachmentsPastTheLimitAreDroppedAndACutOneSaysSo) {
  const std::string part =
      "--b\nContent-Type: application/zip; name=\"a.zip\"\nContent-Transfer-Encoding: base64\n\n"
      "QUFBQUFBQUFB\n";  // nine bytes
  const std::string mail =
      "From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n" +
      part + part + "--b--\n" + "From: x\n";
  const auto got = Attachments(mail, 12);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].bytes, "AAAAAAAAA");
  EXPECT_FALSE(got[0].dropped);
  EXPECT_TRUE(got[1].dropped);  // 18 bytes would pass the 12 kept
  EXPECT_TRUE(got[1].bytes.empty());
  // A message that ends inside its attachment: kept, and marked cut.
  const auto cut = Attachments(mail.substr(0, mail.find("--b\n", 10) + part.size()), 1 << 20);
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_TRUE(cut[0].cut);
  EXPECT_EQ(cut[0].bytes, "AAAAAAAAA");
  // Off unless asked for.
  MailDecoder d;
  std::string text;
  std::vector<uint32_t> map;
  d.Decode(mail, &text, &map);
  EXPECT_TRUE(d.TakeAttachments(true).empty());
}

}  // namespace
}  // namespace piguard::formats
