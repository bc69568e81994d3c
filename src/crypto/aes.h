// AES block encryption (forward direction only) for the modes piguard builds itself: the FF1
// PRF (CBC-MAC) and Crypto-PAn's one-bit PRF. Both only ever encrypt single 16-byte blocks, so
// this is an ECB block function and nothing more.
//
// Why not an EVP_CIPHER_CTX per call: an EVP context carries mutable state, so one shared
// context cannot be used from several threads, and creating one per block costs more than the
// block itself. An Aes object is immutable after Create and thread-safe without locks. On CPUs
// with AES-NI the round keys are expanded once and each block costs ~10 aesenc instructions; on
// other CPUs it falls back to OpenSSL's AES_encrypt with a precomputed AES_KEY.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include <openssl/aes.h>

#include "piguard/status.h"

namespace piguard::crypto {

inline constexpr size_t kAesBlockSize = 16;

class Aes {
 public:
  // key: 16, 24 or 32 bytes (AES-128/192/256); anything else is kInvalidArgument.
  static Result<Aes> Create(std::span<const uint8_t> key);

  Aes(const Aes& other);
  Aes& operator=(const Aes& other);
  ~Aes();  // wipes the expanded key

  // out = AES_K(in). in and out may alias. Thread-safe on a shared const object.
  void EncryptBlock(const uint8_t in[kAesBlockSize], uint8_t out[kAesBlockSize]) const;

  // The same on a block held as an integer: the block's 16 bytes read big-endian are x, and
  // the result is returned the same way. Lets arithmetic callers (FF1) stay in registers
  // instead of storing bytes and reloading them as a block.
  unsigned __int128 EncryptBe(unsigned __int128 x) const;

  // ECB over count independent blocks (in and out may be the same memory). With AES-NI eight
  // blocks are in flight at once, several times faster than count EncryptBlock calls.
  void EncryptBlocks(const uint8_t* in, uint8_t* out, size_t count) const;

  size_t key_size() const { return key_size_; }
  // True when blocks are encrypted with AES-NI instructions (reported by benches and tests).
  bool uses_aesni() const { return use_aesni_; }

  // For tests: the same object without AES-NI, to compare both paths on one machine.
  Aes WithoutAesNi() const;

 private:
  Aes() = default;

  // AES-NI round keys: (rounds + 1) 16-byte keys in the byte order aesenc expects.
  alignas(16) uint8_t schedule_[16 * 15] = {};
  // OpenSSL's expanded key for CPUs without AES-NI (always filled, see WithoutAesNi).
  AES_KEY fallback_ = {};
  int rounds_ = 0;
  size_t key_size_ = 0;
  bool use_aesni_ = false;
};

}  // namespace piguard::crypto
