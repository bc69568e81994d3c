// fuzz_mail: the input bytes are an e-mail or a mailbox, decoded by formats::MailDecoder (what
// a scan does to .eml and .mbox inputs) in one piece and in pieces of one line each, and
// sniffed by formats::LooksLikeMail. Checks, both ways:
//  - one map entry per decoded byte, each inside the piece it came from;
//  - the map never decreases (decoded text keeps the input's order), so findings come out
//    in offset order;
//  - attachments (every named non-text part kept, up to 4 KiB in all): the bytes kept stay
//    within the limit, and the same attachments come out in one piece and line by line;
//    their names have no control character and no directory.
#include <cinttypes>

#include "formats/mail.h"
#include "fuzz_common.h"

namespace {

std::vector<piguard::formats::MailDecoder::Attachment> Decode(std::string_view mail,
                                                              bool line_pieces) {
  piguard::formats::MailDecoder decoder;
  decoder.CollectAttachments(4096, [](std::string_view) { return true; });
  std::string text;
  uint64_t last = 0;
  size_t start = 0;
  while (start < mail.size()) {
    size_t end = mail.size();
    if (line_pieces) {
      const size_t nl = mail.find('\n', start);
      end = nl == std::string_view::npos ? mail.size() : nl + 1;
    }
    const std::string_view piece = mail.substr(start, end - start);
    std::vector<uint32_t> map;
    const size_t before = text.size();
    decoder.Decode(piece, &text, &map);
    PIGUARD_FUZZ_CHECK(map.size() == text.size() - before, "%zu map entries for %zu bytes",
                       map.size(), text.size() - before);
    for (uint32_t m : map) {
      PIGUARD_FUZZ_CHECK(m < piece.size(), "map entry %u outside a piece of %zu bytes", m,
                         piece.size());
      PIGUARD_FUZZ_CHECK(start + m >= last, "map decreases: %" PRIu64 " after %" PRIu64,
                         static_cast<uint64_t>(start + m), last);
      last = start + m;
    }
    start = end;
  }
  auto attachments = decoder.TakeAttachments(/*at_end=*/true);
  size_t kept = 0;
  for (const auto& a : attachments) {
    kept += a.bytes.size();
    PIGUARD_FUZZ_CHECK(!a.dropped || a.bytes.empty(), "a dropped attachment has bytes");
    PIGUARD_FUZZ_CHECK(!a.name.empty(), "an attachment without a name");
    for (const char c : a.name)  // '\\' stays: it starts an escape ("\x01")
      PIGUARD_FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F && c != '/',
                         "a control character or directory in an attachment's name");
  }
  PIGUARD_FUZZ_CHECK(kept <= 4096, "%zu attachment bytes kept, more than the limit", kept);
  return attachments;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view mail(reinterpret_cast<const char*>(data), size);
  const auto whole = Decode(mail, false);
  const auto lines = Decode(mail, true);
  PIGUARD_FUZZ_CHECK(whole.size() == lines.size(), "%zu attachments in one piece, %zu by lines",
                     whole.size(), lines.size());
  for (size_t i = 0; i < whole.size() && i < lines.size(); ++i)
    PIGUARD_FUZZ_CHECK(whole[i].name == lines[i].name && whole[i].bytes == lines[i].bytes &&
                           whole[i].dropped == lines[i].dropped,
                       "attachment %zu differs between one piece and lines", i);
  (void)piguard::formats::LooksLikeMail(mail);
  return 0;
}
