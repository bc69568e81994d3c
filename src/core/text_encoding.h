// Inputs in encodings other than UTF-8: GB18030 (and its subsets GBK and GB2312, what
// Chinese Windows and Excel write by default) and UTF-16 (Windows "Unicode text" exports).
// They are decoded to UTF-8 before the readers see them, with a map from every decoded byte
// back to the input byte its character came from, so findings keep offsets into the input
// as stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "piguard/text_encoding.h"

namespace piguard::encoding {

// The encoding a byte order mark at the start of an input names, and the mark's length:
// EF BB BF (UTF-8), FF FE (UTF-16LE), FE FF (UTF-16BE). kAuto and 0 when there is none.
TextEncoding FromByteOrderMark(std::string_view head, size_t* mark_length);

// Whether text that is not all ASCII reads as GB18030 rather than UTF-8: bytes that break
// UTF-8 are not a rare corruption of UTF-8 text (at least one for every four bytes of
// well-formed UTF-8 sequences), and GB18030 reads nearly all of it (at most one stray byte
// for every sixteen sequences, or two for at least eight). Chinese UTF-8 text is often well-formed GB18030 as well
// (E4 B8 AD reads as two GB18030 characters), so GB18030 validity alone cannot decide.
bool LooksLikeGb18030(std::string_view text);

// Whether text that reads as GB18030 (LooksLikeGb18030) is Big5 instead: every Big5
// character is a well-formed GBK pair too, but Big5 puts a third of its characters' second
// bytes in 0x40-0x7E, where GBK has only the rare characters outside GB2312; so Big5 when
// at least one pair in eight has such a second byte and Big5 reads nearly all of it.
bool LooksLikeBig5(std::string_view text);

// Whether every byte of s is below 0x80 (SIMD: it runs on every chunk of an input whose
// encoding is not decided yet, which is every chunk of an ASCII log).
bool IsAscii(std::string_view s);

// Whether GB18030 decoding works here: its tables are built once from the C library's
// iconv converter, which a minimal system may lack.
bool Gb18030Available();
// The same for Big5 (the C library's BIG5-HKSCS converter).
bool Big5Available();

struct DecodeResult {
  size_t invalid = 0;                              // sequences replaced by U+FFFD
  size_t first_invalid = std::string_view::npos;   // input offset of the first of them
};

// Decodes `in` (text in encoding e: kGb18030, kBig5, kUtf16le or kUtf16be) to UTF-8 in *out, and
// sets *map to the input offset of the character each output byte belongs to, plus one
// entry for the end (map->size() == out->size() + 1, map->back() == in.size()). Bytes that
// do not form a character (a stray byte, an unpaired surrogate, a sequence cut by the end
// of `in`) become U+FFFD mapped to their first byte; nothing is dropped. `in` must start at
// a character boundary. A byte order mark is not skipped here (FromByteOrderMark).
DecodeResult DecodeToUtf8(TextEncoding e, std::string_view in, std::string* out,
                          std::vector<uint32_t>* map);

// The other way (what piguard redact writes for a decoded input, so that its output keeps
// the input's encoding): UTF-8 `utf8` in encoding e (kGb18030, kBig5, kUtf16le or kUtf16be),
// appended to *out. Every Unicode character has a GB18030 form; one without a Big5 form
// (a simplified character a replacement brought in) is written as '?'. Returns the number of
// invalid UTF-8 sequences, written as U+FFFD ('?' in Big5).
size_t EncodeFromUtf8(TextEncoding e, std::string_view utf8, std::string* out);

}  // namespace piguard::encoding
