#include "crypto/cryptopan.h"

#include <bit>
#include <cstring>

#include <openssl/crypto.h>

namespace piguard::crypto {
namespace {

void StoreBe64(uint64_t x, uint8_t* p) {
  if constexpr (std::endian::native == std::endian::little) x = __builtin_bswap64(x);
  std::memcpy(p, &x, 8);
}

uint64_t LoadBe64(const uint8_t* p) {
  uint64_t x = 0;
  for (int k = 0; k < 8; ++k) x = (x << 8) | p[k];
  return x;
}

// The PRF input for bit position i: the first i bits of the (original) address, then the pad
// from bit i on.
void PrfInput(uint64_t hi, uint64_t lo, uint64_t pad_hi, uint64_t pad_lo, int i, uint8_t* block) {
  uint64_t in_hi = pad_hi;
  uint64_t in_lo = pad_lo;
  if (i >= 64) {
    in_hi = hi;
    if (i > 64) {
      const uint64_t mask = ~uint64_t{0} << (128 - i);
      in_lo = (lo & mask) | (pad_lo & ~mask);
    }
  } else if (i > 0) {
    const uint64_t mask = ~uint64_t{0} << (64 - i);
    in_hi = (hi & mask) | (pad_hi & ~mask);
  }
  StoreBe64(in_hi, block);
  StoreBe64(in_lo, block + 8);
}

// Bit i (0 = most significant) of the 128-bit value hi:lo, as a mask in its half.
inline uint64_t& Half(uint64_t& hi, uint64_t& lo, int i) { return i < 64 ? hi : lo; }
inline uint64_t BitMask(int i) { return uint64_t{1} << (63 - (i % 64)); }

}  // namespace

Result<CryptoPan> CryptoPan::Create(std::span<const uint8_t> key) {
  if (key.size() != kKeySize) {
    return InvalidArgument("Crypto-PAn key must be 32 bytes (16 for AES-128, 16 for the pad), got " +
                           std::to_string(key.size()));
  }
  auto aes = Aes::Create(key.first(16));
  if (!aes.ok()) return aes.status();
  uint8_t pad[16];
  aes.value().EncryptBlock(key.data() + 16, pad);
  CryptoPan pan(std::move(aes).value(), pad);
  OPENSSL_cleanse(pad, sizeof(pad));
  return pan;
}

CryptoPan::CryptoPan(Aes aes, const uint8_t pad[16])
    : aes_(std::move(aes)), pad_hi_(LoadBe64(pad)), pad_lo_(LoadBe64(pad + 8)) {}

void CryptoPan::Transform(uint64_t& hi, uint64_t& lo, int bits, bool decrypt) const {
  alignas(16) uint8_t blocks[128 * 16];
  if (!decrypt) {
    // Every PRF input depends on the original address only, so all blocks are encrypted in
    // one batch (AES-NI pipelines them).
    for (int i = 0; i < bits; ++i) PrfInput(hi, lo, pad_hi_, pad_lo_, i, blocks + 16 * i);
    // GCC cannot see that the loop above wrote the first `bits` blocks, the only ones read.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    aes_.EncryptBlocks(blocks, blocks, static_cast<size_t>(bits));
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    // Branch-free: the flip bits are random, so a branch per bit would mispredict half the time.
    uint64_t flip_hi = 0;
    uint64_t flip_lo = 0;
    for (int i = 0; i < bits && i < 64; ++i) {
      flip_hi |= static_cast<uint64_t>(blocks[16 * i] >> 7) << (63 - i);
    }
    for (int i = 64; i < bits; ++i) {
      flip_lo |= static_cast<uint64_t>(blocks[16 * i] >> 7) << (127 - i);
    }
    hi ^= flip_hi;
    lo ^= flip_lo;
    // The buffer now holds only PRF outputs (the inputs with the pad were overwritten in
    // place), so it is not wiped: that would cost as much as the bit extraction.
    return;
  } else {
    // Output bit i = input bit i ^ f(input bits 0..i-1): recover the input bits in order.
    uint64_t orig_hi = 0;
    uint64_t orig_lo = 0;
    uint8_t* block = blocks;
    for (int i = 0; i < bits; ++i) {
      PrfInput(orig_hi, orig_lo, pad_hi_, pad_lo_, i, block);
      aes_.EncryptBlock(block, block);
      const bool flip = (block[0] & 0x80) != 0;
      const bool out_bit = (Half(hi, lo, i) & BitMask(i)) != 0;
      if (out_bit != flip) Half(orig_hi, orig_lo, i) |= BitMask(i);
    }
    // Bits past `bits` (unused for IPv4) are left as they were.
    const uint64_t keep_hi = bits >= 64 ? 0 : ~uint64_t{0} >> bits;
    const uint64_t keep_lo = bits >= 128 ? 0 : (bits <= 64 ? ~uint64_t{0} : ~uint64_t{0} >> (bits - 64));
    hi = orig_hi | (hi & keep_hi);
    lo = orig_lo | (lo & keep_lo);
  }
  OPENSSL_cleanse(blocks, 16);  // the last PRF input carries pad bits
}

CryptoPan::V4 CryptoPan::AnonymizeV4(const V4& address) const {
  // The IPv4 address takes the first 32 bits; the PRF inputs carry the pad in the rest, as in
  // the reference implementation.
  uint64_t hi = static_cast<uint64_t>(address[0]) << 56 | static_cast<uint64_t>(address[1]) << 48 |
                static_cast<uint64_t>(address[2]) << 40 | static_cast<uint64_t>(address[3]) << 32;
  uint64_t lo = 0;
  Transform(hi, lo, 32, false);
  return {static_cast<uint8_t>(hi >> 56), static_cast<uint8_t>(hi >> 48),
          static_cast<uint8_t>(hi >> 40), static_cast<uint8_t>(hi >> 32)};
}

CryptoPan::V4 CryptoPan::DeanonymizeV4(const V4& anonymized) const {
  uint64_t hi = static_cast<uint64_t>(anonymized[0]) << 56 |
                static_cast<uint64_t>(anonymized[1]) << 48 |
                static_cast<uint64_t>(anonymized[2]) << 40 |
                static_cast<uint64_t>(anonymized[3]) << 32;
  uint64_t lo = 0;
  Transform(hi, lo, 32, true);
  return {static_cast<uint8_t>(hi >> 56), static_cast<uint8_t>(hi >> 48),
          static_cast<uint8_t>(hi >> 40), static_cast<uint8_t>(hi >> 32)};
}

CryptoPan::V6 CryptoPan::AnonymizeV6(const V6& address) const {
  uint64_t hi = LoadBe64(address.data());
  uint64_t lo = LoadBe64(address.data() + 8);
  Transform(hi, lo, 128, false);
  V6 out;
  StoreBe64(hi, out.data());
  StoreBe64(lo, out.data() + 8);
  return out;
}

CryptoPan::V6 CryptoPan::DeanonymizeV6(const V6& anonymized) const {
  uint64_t hi = LoadBe64(anonymized.data());
  uint64_t lo = LoadBe64(anonymized.data() + 8);
  Transform(hi, lo, 128, true);
  V6 out;
  StoreBe64(hi, out.data());
  StoreBe64(lo, out.data() + 8);
  return out;
}

}  // namespace piguard::crypto
