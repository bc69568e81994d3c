// fuzz_mail: the input bytes are an e-mail or a mailbox, decoded by formats::MailDecoder (what
// a scan does to .eml and .mbox inputs) in one piece and in pieces of one line each, and
// sniffed by formats::LooksLikeMail. Checks, both ways:
//  - one map entry per decoded byte, each inside the piece it came from;
//  - the map never decreases (decoded text keeps the input's order), so findings come out
//    in offset order.
#include <cinttypes>

#include "formats/mail.h"
#include "fuzz_common.h"

namespace {

void Decode(std::string_view mail, bool line_pieces) {
  piguard::formats::MailDecoder decoder;
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
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view mail(reinterpret_cast<const char*>(data), size);
  Decode(mail, false);
  Decode(mail, true);
  (void)piguard::formats::LooksLikeMail(mail);
  return 0;
}
