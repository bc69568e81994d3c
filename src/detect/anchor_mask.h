// The first stage of the scan loop: which bytes of a 64-byte block are anchors, token bytes
// and digits, as bit masks (bit k: byte k). The loop then visits only the anchors instead of
// testing bytes one by one, and reads token bounds off the masks. Internal to the detection
// engine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace piguard::detail {

// Test hook: when set, the scan takes its plain byte-at-a-time paths instead of the fast
// ones (block masks, word compares), so that a test can compare the two on the same input.
// Set it only while no scan is running.
inline bool g_reference_paths_for_testing = false;
inline void UseReferencePathsForTesting(bool on) { g_reference_paths_for_testing = on; }
inline bool UseReferencePaths() { return g_reference_paths_for_testing; }

// An anchor is where a handler may start: '0'-'9', '@', '=', ':' or a byte >= 0x80.
constexpr bool IsAnchorByte(unsigned char c) {
  return (c >= '0' && c <= '9') || c == '@' || c == '=' || c == ':' || c >= 0x80;
}

// What the scan loop needs to know about a 64-byte block, one bit per byte (bit k: byte k).
struct BlockMasks {
  uint64_t anchor = 0;  // IsAnchorByte
  uint64_t alnum = 0;   // [0-9A-Za-z]: token bytes
  uint64_t digit = 0;   // [0-9]
  bool operator==(const BlockMasks&) const = default;
};

// The masks of the 64 bytes at p (all must be readable). Uses AVX2 when the CPU has it
// (checked once at start-up), SSE2 otherwise; every variant gives the same masks.
BlockMasks ClassifyBlock64(const char* p);

// The byte-at-a-time definition, for tests.
BlockMasks ClassifyBlock64Reference(const char* p);

// Every implementation this CPU can run (ClassifyBlock64 picks one of them), so that tests
// check the SSE2 variant too on machines where AVX2 is chosen.
struct BlockClassifier {
  const char* name;
  BlockMasks (*classify)(const char*);
};
std::vector<BlockClassifier> BlockClassifiers();

// How many of the 16 bytes before `end` (all must be readable), counted back from end - 1,
// are key name bytes [A-Za-z0-9_.-] before the first that is not: 16 when all are.
unsigned KeyCharsBeforeReference(const char* end);

#if defined(__SSE2__)
// Bit k of the result: byte k of v is a key name byte [A-Za-z0-9_.-].
inline uint32_t KeyByteMask16(__m128i v) {
  // Digits: +0x50 lands on 0x80..0x89 (below -118 signed); letters: (c | 0x20) - 'a' + 0x80
  // lands on 0x80..0x99 (below -102).
  __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
                                 _mm_set1_epi8(static_cast<char>(-118)));
  __m128i letter = _mm_cmplt_epi8(
      _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
      _mm_set1_epi8(static_cast<char>(-102)));
  __m128i punct = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')), _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
      _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), punct)));
}

// The key name bytes before the first that is not, counted back from bit 15, given the
// complement of a KeyByteMask16 (bits 16 and up clear): 16 when there is no such byte.
inline unsigned KeyRunFromOther(uint32_t other) {
  if (!other) return 16;
  return 15u - (31u - static_cast<unsigned>(__builtin_clz(other)));
}

// Inline: the key look-back runs for nearly every labelled value.
inline unsigned KeyCharsBefore(const char* end) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16));
  return KeyRunFromOther(~KeyByteMask16(v) & 0xFFFFu);  // bit 15 is the byte at end - 1
}
#else
unsigned KeyCharsBefore(const char* end);
#endif

#if defined(__SSE2__)
// Bit k of the result: byte k of the 16 at p is [0-9A-Za-z]; *alpha gets the letters alone.
inline uint32_t AlnumMask16(const char* p, uint32_t* alpha) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Digits: +0x50 lands on 0x80..0x89 (below -118 signed); letters: (c | 0x20) - 'a' + 0x80
  // lands on 0x80..0x99 (below -102).
  __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
                                 _mm_set1_epi8(static_cast<char>(-118)));
  __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                               _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                  _mm_set1_epi8(static_cast<char>(-102)));
  *alpha = static_cast<uint32_t>(_mm_movemask_epi8(letter));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
}
#endif

}  // namespace piguard::detail
