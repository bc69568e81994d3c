// Multi-buffer SHA-256 on AVX-512: sixteen independent compressions at once, one message per
// 32-bit lane of a 512-bit register. SHA-256 has no data parallelism within one block, so this
// is how vector units help it: the same round function runs on sixteen chains side by side.
//
// Built for HmacSha256's batches (hmac.h): sixteen HMACs of one-block messages under one key
// cost 32 compressions, and the sixteen-lane kernel runs them in the time of a few SHA-NI
// compressions. The kernel is compiled for AVX-512 with a target attribute, so the rest of the
// program stays baseline x86-64; callers check Sha256MbAvailable() first.
#pragma once

#include <cstddef>
#include <cstdint>

namespace piguard::crypto {

inline constexpr size_t kSha256MbLanes = 16;

// The CPU runs the kernel (AVX-512 F and BW) and the build has it (x86-64 with GCC or Clang).
bool Sha256MbAvailable();

// Sixteen HMAC-SHA256s whose messages each fit one block after the key block: for each lane i,
// the inner compression of blocks + 64 * i (the message already padded as the final block of
// key || message, big-endian length included) from the state `inner` (eight words after
// key ^ ipad), then the outer compression of that digest, padded, from `outer`; the digest goes
// to digests + 32 * i, big-endian as SHA-256 writes it. A lane whose block is garbage gives a
// garbage digest and nothing else. The kernel works in vector registers (the compiler may
// spill a few to its stack frame, which is not wiped, as with OpenSSL's own compression) and
// writes only `digests`; wiping `blocks` is the caller's (HmacBatch does).
// Precondition: Sha256MbAvailable().
void HmacOneBlockX16(const uint32_t inner[8], const uint32_t outer[8],
                     const uint8_t blocks[64 * kSha256MbLanes],
                     uint8_t digests[32 * kSha256MbLanes]);

}  // namespace piguard::crypto
