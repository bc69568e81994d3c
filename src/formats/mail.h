// E-mail: single messages (.eml) and mailboxes (.mbox), as mail servers, clients and
// customer-service systems export them. Chinese mail clients send most bodies base64- or
// quoted-printable-encoded, often in GB2312/GBK, and names in headers as RFC 2047 encoded
// words (`From: =?GB2312?B?1cXI/Q==?= <zhangsan@...>`): read as they are stored, none of it
// is text a scanner can see. MailDecoder turns such an input into the text a reader would
// see, streaming chunk by chunk, with a map from every byte of it back to the input:
//
//   - header lines are kept, with their encoded words decoded (base64 "B" and "Q" forms;
//     whitespace between two encoded words dropped, as RFC 2047 says);
//   - the bodies of text parts (text/*, message/delivery-status, JSON, XML, CSV) are decoded
//     from base64 or quoted-printable and converted from their charset (UTF-8, US-ASCII,
//     GB2312/GBK/GB18030, ISO-8859-1) to UTF-8; other charsets pass through as bytes;
//   - multipart boundaries, nested messages (message/rfc822) and mbox "From " separators
//     are followed; the bodies of other parts (images, PDFs, archives, Office files) are left
//     out of the text: their bytes are not text. With CollectAttachments those that have a
//     file name are decoded and kept, to be read as files of that name (the scan job does);
//   - a decoded byte maps to the input byte its encoded form starts at (a base64 character,
//     the '=' of "=E5"), so a finding's offsets cover its encoded form in the file.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace piguard::formats {

// By name: .eml, .mbox, .mbx (any case).
bool MailByName(std::string_view path);

// By content, for inputs read as text: an mbox (a "From " line, then header fields) or one
// message (header fields from the first line, among them MIME-Version or Content-Type, and
// From, To, Subject, Received or Message-ID).
bool LooksLikeMail(std::string_view head);

class MailDecoder {
 public:
  MailDecoder();
  ~MailDecoder();

  // Encoded data of a piece that did not decode (bad base64 characters, a broken "=XX",
  // bytes the charset has no character for): skipped, or read as U+FFFD.
  struct Result {
    size_t bad = 0;
    uint32_t first_bad = 0;  // offset of the first of them in the piece (when bad > 0)
  };
  // Decodes the next piece of the input, which ends at a line end (or at the input's end).
  // Appends the text to *out and, for each of its bytes, the input offset it comes from
  // relative to the piece's start to *map (one entry per byte, no end entry).
  Result Decode(std::string_view piece, std::string* out, std::vector<uint32_t>* map);

  // An attachment that is not text (an Office file, a PDF, an archive, an image), decoded.
  struct Attachment {
    std::string name;      // its file name, decoded, without a directory, control
                           // characters written as \xNN ("客户名单.xlsx")
    std::string bytes;     // empty when dropped
    bool dropped = false;  // past the limit of bytes kept: not kept
    bool cut = false;      // the input ended inside it (no closing boundary)
  };
  // Keeps the attachments of the input whose decoded file name `wanted` accepts (the files a
  // scan can read: Office files, PDFs, archives), up to `max_bytes` in all (later ones are
  // dropped, and say so); off until called.
  void CollectAttachments(size_t max_bytes, std::function<bool(std::string_view)> wanted);
  // The attachments kept so far; at the input's end, `at_end` also ends the one being read.
  std::vector<Attachment> TakeAttachments(bool at_end);

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace piguard::formats
