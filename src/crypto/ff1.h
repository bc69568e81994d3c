// FF1 format-preserving encryption (NIST SP 800-38G, Algorithms 7 and 8) over AES-128/192/256.
//
// FF1 maps a string of n numerals in [0, radix) to another string of n numerals in the same
// alphabet, under a key and a tweak, and is invertible with the same key and tweak. piguard uses
// it to replace an identifier by a same-shaped pseudonym (an 11-digit mobile number by another
// 11-digit string) that the key holder can reveal again.
//
// Constraints enforced (Status kInvalidArgument with a message saying which one):
//   - key: 16, 24 or 32 bytes.
//   - radix: 2..65536 (SP 800-38G Rev. 1, section 5.2).
//   - length n: radix^n >= 1,000,000 (SP 800-38G Rev. 1 minimum domain size), so at least 6
//     decimal digits or 4 base-36 characters; and n < 2^32 (the length is encoded in 4 bytes).
//   - every numeral < radix.
//   - tweak: any length below 2^32 bytes (the spec leaves maxTlen to the implementation).
// FF1 is deterministic: equal (key, tweak, input) give equal output. Callers that must not link
// equal values across contexts should vary the tweak (or the key, see keys.h DeriveKey).
//
// Thread-safety: an Ff1 object is immutable after Create; every method is const and may be
// called concurrently on one shared instance without locks.
//
// Speed: when radix^ceil(n/2) < 2^96 (radix 10: up to 56 digits; radix 36: up to 36
// characters) the rounds run on 128-bit integers and cost one AES block each, plus one block for
// P and one per full 16-byte block of tweak per call, with no heap allocation (the text helpers
// keep up to kInlineNumerals numerals on the stack; EncryptString allocates its result). About
// 0.4-0.5 us for 10-19 decimal digits with AES-256 on an AES-NI core (bench/crypto_bench.cc).
// Longer inputs use OpenSSL BIGNUM and allocate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "crypto/aes.h"
#include "piguard/status.h"

namespace piguard::crypto {

class Ff1 {
 public:
  static constexpr uint32_t kMinRadix = 2;
  static constexpr uint32_t kMaxRadix = 65536;
  static constexpr uint64_t kMinDomain = 1000000;  // radix^minlen >= 10^6
  // The text helpers convert up to this many characters in a stack buffer.
  static constexpr size_t kInlineNumerals = 256;

  // key: the AES key (16/24/32 bytes). radix: 2..65536.
  static Result<Ff1> Create(std::span<const uint8_t> key, uint32_t radix);

  uint32_t radix() const { return radix_; }
  // The smallest length accepted for this radix (smallest n with radix^n >= 1,000,000).
  size_t min_length() const { return min_length_; }

  // Encrypts numerals (each < radix) into out, which must have the same size (it may be the
  // same memory as numerals). On error out is unspecified.
  Status Encrypt(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                 std::span<uint16_t> out) const;
  // The inverse of Encrypt with the same key and tweak.
  Status Decrypt(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                 std::span<uint16_t> out) const;

  // Text helpers, for radix 10 and radix 36 objects only (kInvalidArgument otherwise):
  //   radix 10: '0'-'9';
  //   radix 36: '0'-'9' = 0..9 and 'a'-'z' = 10..35; upper-case 'A'-'Z' is accepted as the same
  //             numerals, output is always lower case (so the case of a value is not kept).
  // Any other character is kInvalidArgument, naming its position (never the value itself).
  Result<std::string> EncryptString(std::string_view text, std::span<const uint8_t> tweak) const;
  Result<std::string> DecryptString(std::string_view text, std::span<const uint8_t> tweak) const;
  // Allocation-free forms: out.size() must equal text.size(); out may be text's own memory
  // (in-place rewriting of a buffer).
  Status EncryptChars(std::string_view text, std::span<const uint8_t> tweak,
                      std::span<char> out) const;
  Status DecryptChars(std::string_view text, std::span<const uint8_t> tweak,
                      std::span<char> out) const;

  // For tests: forces the multiprecision path even where the 128-bit fast path applies, so the
  // two can be compared.
  Status EncryptForTest(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                        std::span<uint16_t> out, bool force_general) const;
  Status DecryptForTest(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                        std::span<uint16_t> out, bool force_general) const;
  // For tests and benches: whether AES-NI is used.
  const Aes& aes() const { return aes_; }

 private:
  Ff1(Aes aes, uint32_t radix, size_t min_length)
      : aes_(std::move(aes)), radix_(radix), min_length_(min_length) {}

  Status Check(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
               std::span<uint16_t> out) const;
  Status Run(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
             std::span<uint16_t> out, bool encrypt, bool force_general) const;
  Status RunChars(std::string_view text, std::span<const uint8_t> tweak, std::span<char> out,
                  bool encrypt) const;

  Aes aes_;
  uint32_t radix_;
  size_t min_length_;
};

}  // namespace piguard::crypto
