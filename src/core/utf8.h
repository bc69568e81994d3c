// Small UTF-8 helpers and the full-width normalization that lets detectors see "１３８"
// as "138" while every offset still points into the original bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace piguard::utf8 {

// Decodes the code point at s[i]. Sets *len to its byte length (1 for an invalid byte, which
// decodes to U+FFFD) and returns the code point.
inline uint32_t Decode(std::string_view s, size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t left = s.size() - i;
  unsigned char c = p[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && left >= 2 && (p[1] & 0xC0) == 0x80 && c >= 0xC2) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if ((c & 0xF0) == 0xE0 && left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    uint32_t cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      *len = 3;
      return cp;
    }
  }
  if ((c & 0xF8) == 0xF0 && left >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
      (p[3] & 0xC0) == 0x80) {
    uint32_t cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                  (p[3] & 0x3Fu);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *len = 4;
      return cp;
    }
  }
  *len = 1;
  return 0xFFFD;
}

// Start of the code point that contains byte i (steps back over continuation bytes).
inline size_t StartOfCodePoint(std::string_view s, size_t i) {
  size_t k = 0;
  while (i > 0 && k < 3 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    --i;
    ++k;
  }
  return i;
}

void Append(std::string* out, uint32_t cp);

// CJK Unified Ideographs (basic block and extension A): the characters of Chinese names,
// addresses and hotwords.
inline bool IsCjk(uint32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

// True if s may contain full-width ASCII variants (U+FF01..U+FF5E), U+3000, %XX or \xXX
// escapes.
bool MayNeedNormalization(std::string_view s);

// Replaces full-width ASCII variants (U+FF01..U+FF5E: "１", "Ａ", "＠", "－", "．") with their
// ASCII forms, U+3000 with a space, and URL escapes of printable or UTF-8 bytes ("%40",
// "%E7%BD%97") with the bytes they encode, and so the \xXX escapes nginx writes into access
// logs for a request body's quotes and non-ASCII bytes ("\x22", "\xE7\xBD\x97"). out_map receives, for every output byte, the
// offset of the input byte it came from, plus one final entry for the end (size
// out->size() + 1). Returns false (and leaves out untouched) when nothing needed changing.
bool NormalizeWidth(std::string_view in, std::string* out, std::vector<uint32_t>* out_map);

// Number of '\n' bytes in s (SIMD; newline counting is on every chunk's path).
size_t CountNewlines(std::string_view s);

// First offset of invalid UTF-8 in s, or npos: where a walk with Decode first meets a byte
// that does not start a well-formed sequence (a literal U+FFFD is valid). SIMD validation.
size_t FindInvalid(std::string_view s);

// A name (an archive member's, an attachment's) with its control characters (C0, DEL, C1)
// written as \xNN: a name with a line break or an escape sequence must not forge a report's
// lines or drive a terminal. `s` is UTF-8.
std::string EscapeControls(std::string_view s);

// What one pass over a chunk learns about its bytes (SIMD): its line count for progress and
// line numbers, and where the checks for NUL bytes and invalid UTF-8 must look.
struct ByteSummary {
  size_t newlines = 0;                               // CountNewlines(s)
  size_t first_nul = std::string_view::npos;         // offset of the first '\0'
  size_t first_non_ascii = std::string_view::npos;   // offset of the first byte >= 0x80
};
ByteSummary SummarizeBytes(std::string_view s);

// The variants of the chunk passes this CPU can run, for the differential tests: each must
// give exactly what "plain" (listed first) gives. next_start_block(p, i, n) is the search
// NormalizeWidth runs over long texts: the first b = i + 64k with b + 66 <= n whose 64
// bytes hold a '%', a '\' or a byte >= 0xE3 (where every rewrite begins), else the first b
// past that limit.
struct PassKernels {
  const char* name;
  ByteSummary (*summarize)(std::string_view s);
  size_t (*next_start_block)(const char* p, size_t i, size_t n);
};
std::vector<PassKernels> PassKernelVariants();

// The digit a Chinese numeral reads as when a number is said digit by digit, as call
// transcripts write it: 〇/零/洞 0, 一/幺 1, 二/两 2, 三 3 ... 七/拐 7 ... 九 9; -1 for any other code point.
int SpokenDigit(uint32_t cp);

}  // namespace piguard::utf8
