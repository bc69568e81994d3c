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

// SHA-256's round constants K0..K63 (FIPS 180-4 section 4.2.2), for this file's kernel and
// hmac.cc's SHA-NI one; aligned for 16-byte loads.
alignas(16) inline constexpr uint32_t kSha256RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

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
