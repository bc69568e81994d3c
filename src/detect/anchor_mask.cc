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

bool CpuHasAvx2() {
  __builtin_cpu_init();  // static initializers may run before libgcc's own
  return __builtin_cpu_supports("avx2");
}
const bool kHaveAvx2 = CpuHasAvx2();

}  // namespace

bool BlocksUseAvx2() { return kHaveAvx2; }

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
