// SHA-256, HMAC-SHA256 (RFC 2104 / FIPS 198-1) and HKDF-SHA256 (RFC 5869), on OpenSSL's
// SHA-256 compression function.
//
// HmacSha256 is built for many short messages under one key (keyed pseudonyms, one per finding):
// Create absorbs the padded key into the inner and outer hash states once, so a MAC of a
// message up to 55 bytes costs exactly two SHA-256 compressions. The object is immutable after
// Create; Mac copies the precomputed states onto the stack, so one shared const object may be
// used from many threads at once. Many such MACs at once (MacLabelledBatch, HmacBatch) run
// sixteen at a time on an AVX-512 multi-buffer SHA-256 (sha256_mb.h) where the CPU has it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "piguard/status.h"

namespace piguard::crypto {

inline constexpr size_t kSha256Size = 32;
using Sha256Digest = std::array<uint8_t, kSha256Size>;

// SHA-256 (FIPS 180-4) of data.
Sha256Digest Sha256(std::span<const uint8_t> data);
Sha256Digest Sha256(std::string_view data);

// Constant-time comparison of two byte strings of equal length (false when lengths differ;
// the length itself is not secret).
bool ConstantTimeEqual(std::span<const uint8_t> a, std::span<const uint8_t> b);

class HmacSha256 {
 public:
  // Any key length is valid (RFC 2104: keys longer than 64 bytes are hashed first). An empty
  // key is accepted, as the RFC allows, but is of course no secret.
  explicit HmacSha256(std::span<const uint8_t> key);
  HmacSha256(const HmacSha256& other);
  HmacSha256& operator=(const HmacSha256& other);
  ~HmacSha256();  // wipes the keyed states

  // HMAC-SHA256(key, message). Thread-safe on a shared const object.
  Sha256Digest Mac(std::span<const uint8_t> message) const;
  Sha256Digest Mac(std::string_view message) const;
  // HMAC of the concatenation of parts, without building it (for "label || 0x00 || value").
  Sha256Digest Mac(std::initializer_list<std::span<const uint8_t>> parts) const;
  // HMAC of label || 0x00 || value (pseudonyms): Mac({label, {0}, value}) without building
  // the list of parts, whose 16-byte reads of just-written spans stall on every call.
  Sha256Digest MacLabelled(std::string_view label, std::string_view value) const;

  // The longest message that costs exactly two compressions (one block after the key block:
  // 64 - 1 - 8 bytes), and so the longest that MacLabelledPair interleaves.
  static constexpr size_t kOneBlockMessage = 55;

  // How the pair functions below run the compressions of their two messages: interleaved on
  // the SHA-NI unit (two independent chains in flight fill the cycles that one chain spends
  // waiting on SHA256RNDS2's latency), or one message after the other through OpenSSL. BestPairKernel is the fastest this CPU has (the
  // default); the tests pass each kernel to check both against OpenSSL's HMAC(). Asking for
  // kShaNiInterleaved on a CPU without SHA-NI (ShaNiAvailable() false) runs the other.
  enum class PairKernel { kShaNiInterleaved, kOneAfterTheOther };
  static PairKernel BestPairKernel();
  static bool ShaNiAvailable();  // the SHA extensions and SSE4.1

  // *out_a = Mac(message_a) and *out_b = Mac(message_b), for less than the cost of two calls
  // when both messages fit kOneBlockMessage; a longer one takes Mac's general path on its own. out_a
  // and out_b must be distinct. Thread-safe on a shared const object, like Mac.
  void MacPair(std::span<const uint8_t> message_a, std::span<const uint8_t> message_b,
               Sha256Digest* out_a, Sha256Digest* out_b,
               PairKernel kernel = BestPairKernel()) const;
  // The same for MacLabelled: *out_a = MacLabelled(label_a, value_a), *out_b likewise.
  void MacLabelledPair(std::string_view label_a, std::string_view value_a,
                       std::string_view label_b, std::string_view value_b, Sha256Digest* out_a,
                       Sha256Digest* out_b, PairKernel kernel = BestPairKernel()) const;

  // One message label || 0x00 || value for MacLabelledBatch.
  struct Labelled {
    std::string_view label, value;
  };
  // How MacLabelledBatch runs its messages. kFastest (the default) takes them sixteen at a time
  // on the AVX-512 multi-buffer kernel (sha256_mb.h) when the CPU has it and enough of the
  // sixteen lanes are used to pay for the idle ones, else in SHA-NI pairs (or through OpenSSL
  // one at a time without SHA-NI). The others force one path so that the tests can check each
  // against OpenSSL's HMAC(); a path the CPU lacks falls back like kFastest.
  enum class BatchKernel { kFastest, kAvx512x16, kShaNiPairs, kOneAtATime };
  static bool Avx512Available();  // what kAvx512x16 needs
  static constexpr size_t kBatchLanes = 16;  // messages per run of the AVX-512 kernel

  // out[i] = MacLabelled(messages[i].label, messages[i].value) for every i, any count
  // (through HmacBatch below);
  // out.size() must equal messages.size() (else nothing is written). Messages longer than
  // kOneBlockMessage take MacLabelled's general path. Thread-safe on a shared const object.
  void MacLabelledBatch(std::span<const Labelled> messages, std::span<Sha256Digest> out,
                        BatchKernel kernel = BatchKernel::kFastest) const;

  // Constant-time check of a full or truncated tag (tag.size() 1..32 compares a prefix; an
  // empty or longer tag is false). Truncating below 16 bytes weakens the MAC; callers decide.
  bool Verify(std::span<const uint8_t> message, std::span<const uint8_t> tag) const;

 private:
  // Mac for messages longer than kOneBlockMessage: OpenSSL's incremental update/final.
  Sha256Digest MacLong(std::initializer_list<std::span<const uint8_t>> parts) const;
  // The two compressions for a message already in a one-block buffer (hmac.cc's OneBlock).
  Sha256Digest MacOfBlock(void* one_block, size_t total) const;
  friend class HmacBatch;
  // HmacOneBlockX16 (sha256_mb.h) under this key. Precondition: Avx512Available().
  void MacBlocksX16(const uint8_t* blocks, uint8_t* digests) const;
  // MacOfBlock for two such buffers at once.
  void MacOfBlocks(PairKernel kernel, void* one_block_a, size_t total_a, void* one_block_b,
                   size_t total_b, Sha256Digest* out_a, Sha256Digest* out_b) const;

  // OpenSSL SHA256_CTX states (kept opaque here so that this header does not need OpenSSL's
  // deprecated low-level declarations; hmac.cc checks the size): after absorbing key ^ ipad,
  // and after absorbing key ^ opad.
  static constexpr size_t kStateSize = 112;
  alignas(8) unsigned char inner_[kStateSize];
  alignas(8) unsigned char outer_[kStateSize];
};

// Up to HmacSha256::kBatchLanes labelled messages that fit one block each, MACed together:
// Add writes each message straight into its padded block (the batch keeps no other copy), and
// Compute runs them all with the kernel asked for (MacLabelledBatch's BatchKernel), writes the
// MACs in the order added, and empties the batch. The blocks hold values being MACed, so they
// are wiped whenever the batch empties. One batch per thread.
class HmacBatch {
 public:
  static constexpr size_t kCapacity = HmacSha256::kBatchLanes;

  HmacBatch() = default;
  HmacBatch(const HmacBatch&) = delete;
  HmacBatch& operator=(const HmacBatch&) = delete;
  ~HmacBatch() { Clear(); }

  size_t size() const { return count_; }
  bool full() const { return count_ == kCapacity; }
  static bool Fits(std::string_view label, std::string_view value) {
    return label.size() + 1 + value.size() <= HmacSha256::kOneBlockMessage;
  }
  // Precondition: !full() and Fits(label, value).
  void Add(std::string_view label, std::string_view value);
  // out[i] = key.MacLabelled of the i-th message added, for i < size(); then empty.
  void Compute(const HmacSha256& key, Sha256Digest* out,
               HmacSha256::BatchKernel kernel = HmacSha256::BatchKernel::kFastest);
  void Clear();  // wipes the blocks; empty afterwards

 private:
  void ComputeX16(const HmacSha256& key, Sha256Digest* out);
  void ComputeInPairs(const HmacSha256& key, Sha256Digest* out, HmacSha256::PairKernel kernel);
  std::span<const uint8_t> Message(size_t i) const { return {blocks_[i], lengths_[i]}; }

  alignas(64) uint8_t blocks_[kCapacity][64];
  size_t lengths_[kCapacity];  // message bytes at the start of each block
  size_t count_ = 0;
};

// HKDF-SHA256 (RFC 5869): extract with salt (an empty salt means 32 zero bytes, per the RFC),
// then expand with info into out. out.size() must be 1..8160 (255 * 32); else kInvalidArgument.
Status HkdfSha256(std::span<const uint8_t> ikm, std::span<const uint8_t> salt,
                  std::span<const uint8_t> info, std::span<uint8_t> out);

// Helper: the bytes of a string, for the span-taking functions above.
inline std::span<const uint8_t> AsBytes(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

}  // namespace piguard::crypto
