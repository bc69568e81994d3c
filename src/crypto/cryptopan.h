// Crypto-PAn: prefix-preserving IP address anonymization (J. Xu, J. Fan, M. Ammar, S. Moon,
// "Prefix-Preserving IP Address Anonymization: Measurement-based Security Evaluation and a New
// Cryptography-based Scheme", ICNP 2002).
//
// Contract: two addresses that share exactly their first k bits are mapped to two addresses
// that share exactly their first k bits. Output bit i is input bit i XOR the first bit of
// AES_K(first i input bits || the remaining 128 - i bits of the pad). The key is 32 bytes: the
// first 16 are the AES-128 key, the last 16 are encrypted once to form the pad. This is the
// original reference implementation's construction, and for IPv6 the one used by yacryptopan
// (Python) and Yawning Angel's Go cryptopan (all 128 bits, same pad), so outputs agree with
// theirs.
//
// The mapping is a bijection and the key holder can invert it bit by bit: output bit i depends
// only on input bits 0..i-1, which deanonymization recovers first. Anyone holding the key can
// therefore reveal addresses, exactly like with FF1.
//
// Cost: one AES block per address bit (32 for IPv4, 128 for IPv6). Immutable after Create and
// safe to share between threads.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "crypto/aes.h"
#include "piguard/status.h"

namespace piguard::crypto {

class CryptoPan {
 public:
  static constexpr size_t kKeySize = 32;
  using V4 = std::array<uint8_t, 4>;    // network byte order, e.g. {192, 0, 2, 1}
  using V6 = std::array<uint8_t, 16>;   // network byte order

  // key: exactly 32 bytes, else kInvalidArgument.
  static Result<CryptoPan> Create(std::span<const uint8_t> key);

  V4 AnonymizeV4(const V4& address) const;
  V4 DeanonymizeV4(const V4& anonymized) const;
  V6 AnonymizeV6(const V6& address) const;
  V6 DeanonymizeV6(const V6& anonymized) const;

 private:
  CryptoPan(Aes aes, const uint8_t pad[16]);

  // Anonymizes (or, with decrypt, deanonymizes) the first `bits` bits of a 128-bit address
  // held as two big-endian 64-bit halves.
  void Transform(uint64_t& hi, uint64_t& lo, int bits, bool decrypt) const;

  Aes aes_;
  uint64_t pad_hi_ = 0;  // the encrypted pad, big-endian halves
  uint64_t pad_lo_ = 0;
};

}  // namespace piguard::crypto
