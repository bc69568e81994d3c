// Outlook messages (.msg): e-mails saved from Outlook onto a share or attached to a ticket,
// with the sender's and recipients' names and addresses, the body and the attachments. A .msg
// is an OLE2 compound file of MAPI properties; Debian's libemail-outlook-message-perl
// (Email::Outlook::Message, the library behind msgconvert) turns it into a MIME message, run
// in a child process through formats/converter.h, and that message is read as an .eml file
// is (formats/mail.h: headers' encoded words, the body's charset, attachments decoded).
//
// msgconvert itself is not used: it prints header values with Chinese characters as Perl
// wide strings, which makes it write the body UTF-8-encoded twice. The script run here sets
// such values again as MIME encoded words, so the message is bytes throughout.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "formats/byte_source.h"
#include "piguard/status.h"

namespace piguard::formats {

// The Outlook message at `path` as a MIME message, or null when it is no OLE2 compound file
// (a message saved as text under a .msg name is then read as what it is). The source's Read
// fails, naming the file, when perl or the module is missing or the message cannot be read.
Result<std::unique_ptr<ByteSource>> OpenMsg(const std::string& path);
// The same for a message in memory (a member of an archive).
Result<std::unique_ptr<ByteSource>> OpenMsgBytes(std::string_view bytes, const std::string& name);

}  // namespace piguard::formats
