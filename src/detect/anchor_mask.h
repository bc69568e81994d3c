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
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace piguard::detail {

// Test hook: when set, the scan takes its plain byte-at-a-time paths instead of the fast
// ones (block masks, word compares), so that a test can compare the two on the same input.
// Set it only while no scan is running.
inline bool g_reference_paths_for_testing = false;
inline void UseReferencePathsForTesting(bool on) { g_reference_paths_for_testing = on; }
inline bool UseReferencePaths() { return g_reference_paths_for_testing; }
// Test hook: when set, the scan loop uses its SSE2 copy even where the CPU has AVX2, so
// that tests run both copies. Set it only while no scan is running.
inline bool g_sse2_blocks_for_testing = false;

// An anchor is where a handler may start: '0'-'9', '@', '=', ':', '\'' (a SQL literal after
// PASSWORD or IDENTIFIED BY), '>' (an XML element's text: <NameEn>WANG FANG</NameEn>) or a
// byte >= 0x80. And '?', which no handler wants: '=' to '@' (0x3D-0x40) are one range, one
// compare where three bytes would take three (a URL's '?' costs a stop).
constexpr bool IsAnchorByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= '=' && c <= '@') || c == ':' || c == '\'' || c >= 0x80;
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

#if defined(__x86_64__)
// The variants ClassifyBlock64 chooses from, inline so that a scan loop compiled for the
// same instruction set keeps the masks in registers (scanner.cc's ScanBlocks has one loop
// per variant). ClassifyBlockAvx2 may only run when BlocksUseAvx2() is true.
bool BlocksUseAvx2();

// Digits: '0'..'9' + 0x50 lands on 0x80..0x89, the only bytes below -118 as signed 8-bit;
// letters: (c | 0x20) - 'a' + 0x80 lands on 0x80..0x99 (below -102). Bytes >= 0x80 are
// their own sign bit, which movemask collects.
inline BlockMasks ClassifyBlockSse2(const char* p) {
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x50));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-118));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i letter_limit = _mm_set1_epi8(static_cast<char>(-102));
  // '=' to '@' (0x3D-0x40): + 0x43 lands on 0x80..0x83, the only bytes below -124.
  const __m128i eq_at_bias = _mm_set1_epi8(static_cast<char>(0x80 - '='));
  const __m128i eq_at_limit = _mm_set1_epi8(static_cast<char>(-124));
  const __m128i colon = _mm_set1_epi8(':');
  const __m128i quote = _mm_set1_epi8('\'');
  BlockMasks m;
  for (int k = 0; k < 4; ++k) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, bias), limit);
    __m128i letter =
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), letter_bias), letter_limit);
    __m128i punct = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, eq_at_bias), eq_at_limit),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, colon), _mm_cmpeq_epi8(v, quote)));
    const unsigned shift = 16 * static_cast<unsigned>(k);
    auto bits = [](__m128i x) { return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x))); };
    m.anchor |= bits(_mm_or_si128(_mm_or_si128(digit, punct), v)) << shift;
    m.digit |= bits(digit) << shift;
    m.alnum |= bits(_mm_or_si128(digit, letter)) << shift;
  }
  return m;
}

__attribute__((target("avx2"))) inline uint64_t BlockBits32(__m256i x) {
  return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(x)));
}

__attribute__((target("avx2"))) inline BlockMasks ClassifyBlockAvx2(const char* p) {
  const __m256i bias = _mm256_set1_epi8(static_cast<char>(0x50));
  const __m256i limit = _mm256_set1_epi8(static_cast<char>(-118));
  const __m256i case_bit = _mm256_set1_epi8(0x20);
  const __m256i letter_bias = _mm256_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m256i letter_limit = _mm256_set1_epi8(static_cast<char>(-102));
  const __m256i eq_at_bias = _mm256_set1_epi8(static_cast<char>(0x80 - '='));  // '=' to '@'
  const __m256i eq_at_limit = _mm256_set1_epi8(static_cast<char>(-124));
  const __m256i colon = _mm256_set1_epi8(':');
  const __m256i quote = _mm256_set1_epi8('\'');
  BlockMasks m;
  for (int k = 0; k < 2; ++k) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    // AVX2 has only a signed greater-than: x < limit is limit > x.
    __m256i digit = _mm256_cmpgt_epi8(limit, _mm256_add_epi8(v, bias));
    __m256i letter = _mm256_cmpgt_epi8(
        letter_limit, _mm256_add_epi8(_mm256_or_si256(v, case_bit), letter_bias));
    __m256i punct = _mm256_or_si256(
        _mm256_cmpgt_epi8(eq_at_limit, _mm256_add_epi8(v, eq_at_bias)),
        _mm256_or_si256(_mm256_cmpeq_epi8(v, colon), _mm256_cmpeq_epi8(v, quote)));
    const unsigned shift = 32 * static_cast<unsigned>(k);
    m.anchor |= BlockBits32(_mm256_or_si256(_mm256_or_si256(digit, punct), v)) << shift;
    m.digit |= BlockBits32(digit) << shift;
    m.alnum |= BlockBits32(_mm256_or_si256(digit, letter)) << shift;
  }
  return m;
}
#endif

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
