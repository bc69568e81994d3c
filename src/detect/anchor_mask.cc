#include "detect/anchor_mask.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace piguard::detail {

BlockMasks ClassifyBlock64Reference(const char* p) {
  BlockMasks m;
  for (unsigned k = 0; k < 64; ++k) {
    const auto c = static_cast<unsigned char>(p[k]);
    const uint64_t bit = uint64_t{1} << k;
    if (IsAnchorByte(c)) m.anchor |= bit;
    if (c >= '0' && c <= '9') m.digit |= bit;
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) m.alnum |= bit;
  }
  return m;
}

namespace {
constexpr bool IsKeyByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' ||
         c == '-' || c == '.';
}
}  // namespace

unsigned KeyCharsBeforeReference(const char* end) {
  unsigned n = 0;
  while (n < 16 && IsKeyByte(static_cast<unsigned char>(end[-1 - static_cast<int>(n)]))) ++n;
  return n;
}

#if defined(__x86_64__)
namespace {

// Digits: '0'..'9' + 0x50 lands on 0x80..0x89, the only bytes below -118 as signed 8-bit;
// letters: (c | 0x20) - 'a' + 0x80 lands on 0x80..0x99 (below -102). Bytes >= 0x80 are
// their own sign bit, which movemask collects.
BlockMasks ClassifyBlockSse2(const char* p) {
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x50));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-118));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i letter_limit = _mm_set1_epi8(static_cast<char>(-102));
  const __m128i at = _mm_set1_epi8('@');
  const __m128i eq = _mm_set1_epi8('=');
  const __m128i colon = _mm_set1_epi8(':');
  BlockMasks m;
  for (int k = 0; k < 4; ++k) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, bias), limit);
    __m128i letter =
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), letter_bias), letter_limit);
    __m128i punct = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, eq)),
                                 _mm_cmpeq_epi8(v, colon));
    const unsigned shift = 16 * static_cast<unsigned>(k);
    auto bits = [](__m128i x) { return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x))); };
    m.anchor |= bits(_mm_or_si128(_mm_or_si128(digit, punct), v)) << shift;
    m.digit |= bits(digit) << shift;
    m.alnum |= bits(_mm_or_si128(digit, letter)) << shift;
  }
  return m;
}

__attribute__((target("avx2"))) inline uint64_t Bits32(__m256i x) {
  return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(x)));
}

__attribute__((target("avx2"))) BlockMasks ClassifyBlockAvx2(const char* p) {
  const __m256i bias = _mm256_set1_epi8(static_cast<char>(0x50));
  const __m256i limit = _mm256_set1_epi8(static_cast<char>(-118));
  const __m256i case_bit = _mm256_set1_epi8(0x20);
  const __m256i letter_bias = _mm256_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m256i letter_limit = _mm256_set1_epi8(static_cast<char>(-102));
  const __m256i at = _mm256_set1_epi8('@');
  const __m256i eq = _mm256_set1_epi8('=');
  const __m256i colon = _mm256_set1_epi8(':');
  BlockMasks m;
  for (int k = 0; k < 2; ++k) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    // AVX2 has only a signed greater-than: x < limit is limit > x.
    __m256i digit = _mm256_cmpgt_epi8(limit, _mm256_add_epi8(v, bias));
    __m256i letter = _mm256_cmpgt_epi8(
        letter_limit, _mm256_add_epi8(_mm256_or_si256(v, case_bit), letter_bias));
    __m256i punct = _mm256_or_si256(
        _mm256_or_si256(_mm256_cmpeq_epi8(v, at), _mm256_cmpeq_epi8(v, eq)),
        _mm256_cmpeq_epi8(v, colon));
    const unsigned shift = 32 * static_cast<unsigned>(k);
    m.anchor |= Bits32(_mm256_or_si256(_mm256_or_si256(digit, punct), v)) << shift;
    m.digit |= Bits32(digit) << shift;
    m.alnum |= Bits32(_mm256_or_si256(digit, letter)) << shift;
  }
  return m;
}

bool CpuHasAvx2() {
  __builtin_cpu_init();  // static initializers may run before libgcc's own
  return __builtin_cpu_supports("avx2");
}
const bool kHaveAvx2 = CpuHasAvx2();

}  // namespace

BlockMasks ClassifyBlock64(const char* p) {
  return kHaveAvx2 ? ClassifyBlockAvx2(p) : ClassifyBlockSse2(p);
}

std::vector<BlockClassifier> BlockClassifiers() {
  std::vector<BlockClassifier> v{{"sse2", ClassifyBlockSse2}};
  if (kHaveAvx2) v.push_back({"avx2", ClassifyBlockAvx2});
  return v;
}

#else
BlockMasks ClassifyBlock64(const char* p) { return ClassifyBlock64Reference(p); }
std::vector<BlockClassifier> BlockClassifiers() { return {{"reference", ClassifyBlock64Reference}}; }
#endif

#if !defined(__SSE2__)
unsigned KeyCharsBefore(const char* end) { return KeyCharsBeforeReference(end); }
#endif

}  // namespace piguard::detail
