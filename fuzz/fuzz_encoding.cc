// fuzz_encoding: the input bytes are text in GB18030, Big5 (HKSCS), UTF-16LE and UTF-16BE,
// decoded to UTF-8 by encoding::DecodeToUtf8 (what a scan does to inputs in those encodings),
// and looked at by encoding::LooksLikeGb18030 and LooksLikeBig5. Checks:
//  - the output is valid UTF-8; the map has one entry per output byte plus the end, never
//    decreases, points into the input, and ends at the input's size;
//  - a replaced sequence is counted, and the first one's offset lies in the input;
//  - where the C library's iconv converts the whole input without an error, the output is
//    byte for byte iconv's (an independent decoder of the same standards; for Big5, where
//    both read it all: HKSCS's four pairs for a letter and a combining mark are left
//    unassigned here);
//  - without replacements, encoding the output again (encoding::EncodeFromUtf8, what redact
//    writes) gives the input back (for GB18030 and Big5, text that decodes the same: six
//    GB18030 characters have a two-byte and a four-byte form, and HKSCS has pairs for
//    characters Big5 has already).
#include <errno.h>
#include <iconv.h>

#include "core/text_encoding.h"
#include "core/utf8.h"
#include "fuzz_common.h"

namespace {

using piguard::TextEncoding;

// iconv's UTF-8 for the whole of `in`, or false when it stops at an error.
bool IconvToUtf8(const char* from, std::string_view in, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->assign(in.size() * 4 + 16, '\0');
  char* ip = const_cast<char*>(in.data());
  size_t il = in.size();
  char* op = out->data();
  size_t ol = out->size();
  const bool ok = iconv(cd, &ip, &il, &op, &ol) != static_cast<size_t>(-1) && il == 0;
  iconv_close(cd);
  out->resize(out->size() - ol);
  return ok;
}

void Check(TextEncoding e, const char* iconv_name, std::string_view in) {
  std::string out;
  std::vector<uint32_t> map;
  const piguard::encoding::DecodeResult r = piguard::encoding::DecodeToUtf8(e, in, &out, &map);
  PIGUARD_FUZZ_CHECK(piguard::utf8::FindInvalid(out) == std::string_view::npos,
                     "%s: output is not valid UTF-8", iconv_name);
  PIGUARD_FUZZ_CHECK(map.size() == out.size() + 1, "%s: map has %zu entries for %zu bytes",
                     iconv_name, map.size(), out.size());
  PIGUARD_FUZZ_CHECK(map.back() == in.size(), "%s: map ends at %u, input has %zu bytes",
                     iconv_name, map.back(), in.size());
  for (size_t k = 0; k < out.size(); ++k) {
    PIGUARD_FUZZ_CHECK(map[k] < in.size(), "%s: map[%zu] = %u past the input", iconv_name, k,
                       map[k]);
    PIGUARD_FUZZ_CHECK(map[k] <= map[k + 1], "%s: map decreases at %zu", iconv_name, k);
  }
  PIGUARD_FUZZ_CHECK((r.invalid == 0) == (r.first_invalid == std::string_view::npos),
                     "%s: %zu replacements, first at %zu", iconv_name, r.invalid, r.first_invalid);
  PIGUARD_FUZZ_CHECK(r.invalid == 0 || r.first_invalid < in.size(),
                     "%s: first replacement at %zu past the input", iconv_name, r.first_invalid);
  if (r.invalid == 0) {  // what redact writes back reads as the same text
    std::string back, again;
    std::vector<uint32_t> again_map;
    PIGUARD_FUZZ_CHECK(piguard::encoding::EncodeFromUtf8(e, out, &back) == 0,
                       "%s: valid decoded text has invalid UTF-8", iconv_name);
    piguard::encoding::DecodeToUtf8(e, back, &again, &again_map);
    PIGUARD_FUZZ_CHECK(again == out, "%s: the encoded text does not decode to the same text",
                       iconv_name);
    // Byte for byte the input, but for the six characters GB18030 has two forms of (the
    // two-byte one is written).
    PIGUARD_FUZZ_CHECK(back == in || (e == TextEncoding::kGb18030 && back.size() < in.size()) ||
                           (e == TextEncoding::kBig5 && back.size() == in.size()),
                       "%s: encoding the decoded text does not give the input back", iconv_name);
  }
  std::string want;
  if (IconvToUtf8(iconv_name, in, &want) && (e != TextEncoding::kBig5 || r.invalid == 0)) {
    PIGUARD_FUZZ_CHECK(r.invalid == 0, "%s: iconv reads all of it, %zu replacements here",
                       iconv_name, r.invalid);
    PIGUARD_FUZZ_CHECK(out == want, "%s: decoded differently from iconv", iconv_name);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  Check(TextEncoding::kGb18030, "GB18030", in);
  Check(TextEncoding::kBig5, "BIG5-HKSCS", in);
  Check(TextEncoding::kUtf16le, "UTF-16LE", in);
  Check(TextEncoding::kUtf16be, "UTF-16BE", in);
  (void)piguard::encoding::LooksLikeGb18030(in);
  (void)piguard::encoding::LooksLikeBig5(in);
  return 0;
}
