#include "detect/anchor_mask.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace piguard::detail {

uint64_t AnchorMask64Reference(const char* p) {
  uint64_t m = 0;
  for (unsigned k = 0; k < 64; ++k)
    if (IsAnchorByte(static_cast<unsigned char>(p[k]))) m |= uint64_t{1} << k;
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

// Digits: '0'..'9' + 0x50 lands on 0x80..0x89, the only bytes below -118 as signed 8-bit.
// Bytes >= 0x80 are their own sign bit, which movemask collects.
uint64_t AnchorMaskSse2(const char* p) {
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x50));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-118));
  const __m128i at = _mm_set1_epi8('@');
  const __m128i eq = _mm_set1_epi8('=');
  const __m128i colon = _mm_set1_epi8(':');
  uint64_t m = 0;
  for (int k = 0; k < 4; ++k) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, bias), limit);
    __m128i punct = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, eq)),
                                 _mm_cmpeq_epi8(v, colon));
    auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, punct), v)));
    m |= static_cast<uint64_t>(bits) << (16 * k);
  }
  return m;
}

__attribute__((target("avx2"))) uint64_t AnchorMaskAvx2(const char* p) {
  const __m256i bias = _mm256_set1_epi8(static_cast<char>(0x50));
  const __m256i limit = _mm256_set1_epi8(static_cast<char>(-118));
  const __m256i at = _mm256_set1_epi8('@');
  const __m256i eq = _mm256_set1_epi8('=');
  const __m256i colon = _mm256_set1_epi8(':');
  uint64_t m = 0;
  for (int k = 0; k < 2; ++k) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    // AVX2 has only a signed greater-than: x < limit is limit > x.
    __m256i digit = _mm256_cmpgt_epi8(limit, _mm256_add_epi8(v, bias));
    __m256i punct = _mm256_or_si256(
        _mm256_or_si256(_mm256_cmpeq_epi8(v, at), _mm256_cmpeq_epi8(v, eq)),
        _mm256_cmpeq_epi8(v, colon));
    auto bits = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(digit, punct), v)));
    m |= static_cast<uint64_t>(bits) << (32 * k);
  }
  return m;
}

bool CpuHasAvx2() {
  __builtin_cpu_init();  // static initializers may run before libgcc's own
  return __builtin_cpu_supports("avx2");
}
const bool kHaveAvx2 = CpuHasAvx2();

}  // namespace

uint64_t AnchorMask64(const char* p) { return kHaveAvx2 ? AnchorMaskAvx2(p) : AnchorMaskSse2(p); }

std::vector<AnchorMaskVariant> AnchorMaskVariants() {
  std::vector<AnchorMaskVariant> v{{"sse2", AnchorMaskSse2}};
  if (kHaveAvx2) v.push_back({"avx2", AnchorMaskAvx2});
  return v;
}

#else
uint64_t AnchorMask64(const char* p) { return AnchorMask64Reference(p); }
std::vector<AnchorMaskVariant> AnchorMaskVariants() { return {{"reference", AnchorMask64Reference}}; }
#endif

#if !defined(__SSE2__)
unsigned KeyCharsBefore(const char* end) { return KeyCharsBeforeReference(end); }
#endif

}  // namespace piguard::detail
