#include "crypto/hmac.h"

#include <string.h>  // explicit_bzero

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define PIGUARD_HAVE_SHA_NI_KERNEL 1
#endif

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include "crypto/sha256_mb.h"

// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP_MD_CTX, but an EVP
// context cannot be copied without a heap allocation, which would cost more than the two
// compressions of a short HMAC. The low-level functions remain in the OpenSSL 3 API and use the
// same SHA-NI / AVX2 code as EVP.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace piguard::crypto {

static_assert(sizeof(SHA256_CTX) == 112, "SHA256_CTX size changed: update kStateSize");
static_assert(alignof(SHA256_CTX) <= 8);

namespace {

SHA256_CTX* Ctx(unsigned char* storage) { return reinterpret_cast<SHA256_CTX*>(storage); }
const SHA256_CTX* Ctx(const unsigned char* storage) {
  return reinterpret_cast<const SHA256_CTX*>(storage);
}

constexpr size_t kBlock = 64;

}  // namespace

Sha256Digest Sha256(std::span<const uint8_t> data) {
  Sha256Digest out;
  SHA256(data.data(), data.size(), out.data());
  return out;
}

Sha256Digest Sha256(std::string_view data) { return Sha256(AsBytes(data)); }

bool ConstantTimeEqual(std::span<const uint8_t> a, std::span<const uint8_t> b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

HmacSha256::HmacSha256(std::span<const uint8_t> key) {
  // RFC 2104 section 2: K is hashed when longer than the block, then padded with zeros.
  uint8_t k[kBlock] = {};
  if (key.size() > kBlock) {
    SHA256(key.data(), key.size(), k);
  } else if (!key.empty()) {
    std::memcpy(k, key.data(), key.size());
  }
  uint8_t pad[kBlock];
  for (size_t i = 0; i < kBlock; ++i) pad[i] = k[i] ^ 0x36;
  SHA256_Init(Ctx(inner_));
  SHA256_Update(Ctx(inner_), pad, kBlock);
  for (size_t i = 0; i < kBlock; ++i) pad[i] = k[i] ^ 0x5c;
  SHA256_Init(Ctx(outer_));
  SHA256_Update(Ctx(outer_), pad, kBlock);
  OPENSSL_cleanse(k, sizeof(k));
  OPENSSL_cleanse(pad, sizeof(pad));
}

HmacSha256::HmacSha256(const HmacSha256& other) {
  std::memcpy(inner_, other.inner_, kStateSize);
  std::memcpy(outer_, other.outer_, kStateSize);
}

HmacSha256& HmacSha256::operator=(const HmacSha256& other) {
  if (this != &other) {
    std::memcpy(inner_, other.inner_, kStateSize);
    std::memcpy(outer_, other.outer_, kStateSize);
  }
  return *this;
}

HmacSha256::~HmacSha256() {
  OPENSSL_cleanse(inner_, kStateSize);
  OPENSSL_cleanse(outer_, kStateSize);
}

namespace {

// The 8 state words as the big-endian digest bytes (what SHA256_Final writes).
void StoreDigest(const SHA256_CTX& ctx, uint8_t* out) {
  for (size_t i = 0; i < 8; ++i) {
    uint32_t w = static_cast<uint32_t>(ctx.h[i]);
    if constexpr (std::endian::native == std::endian::little) w = __builtin_bswap32(w);
    std::memcpy(out + 4 * i, &w, 4);
  }
}

// Ends a block whose message bytes are block[0, len): the 0x80 marker, zeros, and the
// big-endian bit length of everything hashed, which is the 64-byte key block plus len.
// Precondition: len <= 55 (so that the padding fits in this block).
void PadFinalBlock(uint8_t* block, size_t len) {
  block[len] = 0x80;
  std::memset(block + len + 1, 0, kBlock - 8 - (len + 1));
  uint64_t be = static_cast<uint64_t>(kBlock + len) * 8;  // big-endian in the block
  if constexpr (std::endian::native == std::endian::little) be = __builtin_bswap64(be);
  std::memcpy(block + kBlock - 8, &be, 8);
}

}  // namespace

// Messages up to 55 bytes (every pseudonym) are hashed as exactly one padded block after the
// key block, built here and fed to the compression function directly: the same two
// compressions SHA256_Update/Final would run, without their buffering and per-call wiping.
// Longer messages take the general path. Both are checked against OpenSSL's HMAC() in tests.
namespace {
// A message of at most kOneBlockMessage bytes in its (only) block, with the state it is
// hashed into.
struct OneBlock {
  SHA256_CTX ctx;
  uint8_t block[kBlock];
};

// Puts label || 0x00 || value at the start of block. Precondition: it fits (the caller
// checked the total against kOneBlockMessage).
void PutLabelled(uint8_t* block, std::string_view label, std::string_view value) {
  if (!label.empty()) std::memcpy(block, label.data(), label.size());
  block[label.size()] = 0;
  if (!value.empty()) std::memcpy(block + label.size() + 1, value.data(), value.size());
}

// Before the inner compression: pads the `total` message bytes at the start of s.block and
// loads the state keyed with key ^ ipad.
void StartInner(OneBlock& s, size_t total, const SHA256_CTX& inner) {
  PadFinalBlock(s.block, total);
  std::memcpy(s.ctx.h, inner.h, sizeof(s.ctx.h));
}

// Between the compressions: the inner hash, padded, becomes the block (the outer message is
// those 32 bytes), and the state keyed with key ^ opad is loaded.
void StartOuter(OneBlock& s, const SHA256_CTX& outer) {
  StoreDigest(s.ctx, s.block);
  PadFinalBlock(s.block, kSha256Size);
  std::memcpy(s.ctx.h, outer.h, sizeof(s.ctx.h));
}

#ifdef PIGUARD_HAVE_SHA_NI_KERNEL
// SHA-256 compression of two independent blocks on the SHA extensions. It is the single-block
// SHA-NI routine of Intel's whitepaper ("Intel SHA Extensions", 2013), run on two states at
// once: one SHA256RNDS2 depends on the one before it, so a single block leaves the unit idle
// between rounds, while two chains in flight fill those slots (how much a pair then saves
// depends on the CPU's latency-to-throughput ratio for SHA256RNDS2, and on how much of that
// idle time the out-of-order core already fills with other work).
// Every function of the kernel carries the target attribute so that they inline into one
// another; only Compress2ShaNi is called, and only when ShaNiAvailable().
#define PIGUARD_SHA_NI __attribute__((target("sha,sse4.1")))

// The eight state words in SHA256RNDS2's operand order: lanes (high to low) A B E F and
// C D G H.
struct ShaNiState {
  __m128i abef, cdgh;
};

PIGUARD_SHA_NI inline ShaNiState LoadState(const uint32_t* h) {
  const __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h)),
                                         0xB1);
  const __m128i efgh =
      _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h + 4)), 0x1B);
  return {_mm_alignr_epi8(cdab, efgh, 8), _mm_blend_epi16(efgh, cdab, 0xF0)};
}

PIGUARD_SHA_NI inline void StoreState(const ShaNiState& s, uint32_t* h) {
  const __m128i feba = _mm_shuffle_epi32(s.abef, 0x1B);
  const __m128i dchg = _mm_shuffle_epi32(s.cdgh, 0xB1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(h), _mm_blend_epi16(feba, dchg, 0xF0));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(h + 4), _mm_alignr_epi8(dchg, feba, 8));
}

PIGUARD_SHA_NI inline ShaNiState Add(const ShaNiState& x, const ShaNiState& y) {
  return {_mm_add_epi32(x.abef, y.abef), _mm_add_epi32(x.cdgh, y.cdgh)};
}

// Message words 4g..4g+3 (g < 4) from the block: big-endian 32-bit words.
PIGUARD_SHA_NI inline __m128i LoadWords(const uint8_t* block, int g) {
  const __m128i kByteSwapWords = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  return _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * g)),
                          kByteSwapWords);
}

// Message words 4g..4g+3 (g >= 4) from the sixteen before them, held in w[] as four groups
// of four by g % 4: w[g % 4] (the oldest, words 4g-16..) is about to be replaced.
PIGUARD_SHA_NI inline __m128i NextWords(const __m128i (&w)[4], int g) {
  const __m128i& minus16 = w[g & 3];
  const __m128i& minus12 = w[(g + 1) & 3];
  const __m128i& minus8 = w[(g + 2) & 3];
  const __m128i& minus4 = w[(g + 3) & 3];
  __m128i next = _mm_sha256msg1_epu32(minus16, minus12);         // W[t-16] + s0(W[t-15])
  next = _mm_add_epi32(next, _mm_alignr_epi8(minus4, minus8, 4));  // + W[t-7]
  return _mm_sha256msg2_epu32(next, minus4);                       // + s1(W[t-2])
}

// Rounds 4g..4g+3 of both states, the instructions alternating between them; wk_* are the
// four message words plus round constants (SHA256RNDS2 takes the low two, then the high two).
PIGUARD_SHA_NI inline void FourRoundsEach(ShaNiState& a, __m128i wk_a, ShaNiState& b,
                                          __m128i wk_b) {
  a.cdgh = _mm_sha256rnds2_epu32(a.cdgh, a.abef, wk_a);
  b.cdgh = _mm_sha256rnds2_epu32(b.cdgh, b.abef, wk_b);
  a.abef = _mm_sha256rnds2_epu32(a.abef, a.cdgh, _mm_shuffle_epi32(wk_a, 0x0E));
  b.abef = _mm_sha256rnds2_epu32(b.abef, b.cdgh, _mm_shuffle_epi32(wk_b, 0x0E));
}

// SHA256_Transform(state_a, block_a) and SHA256_Transform(state_b, block_b), interleaved.
PIGUARD_SHA_NI void Compress2ShaNi(uint32_t* state_a, const uint8_t* block_a, uint32_t* state_b,
                                   const uint8_t* block_b) {
  ShaNiState a = LoadState(state_a);
  ShaNiState b = LoadState(state_b);
  const ShaNiState a_in = a;
  const ShaNiState b_in = b;
  __m128i w_a[4], w_b[4];
#pragma GCC unroll 16
  for (int g = 0; g < 16; ++g) {
    if (g < 4) {
      w_a[g] = LoadWords(block_a, g);
      w_b[g] = LoadWords(block_b, g);
    } else {
      w_a[g & 3] = NextWords(w_a, g);
      w_b[g & 3] = NextWords(w_b, g);
    }
    const __m128i k =
        _mm_load_si128(reinterpret_cast<const __m128i*>(kSha256RoundConstants + 4 * g));
    FourRoundsEach(a, _mm_add_epi32(w_a[g & 3], k), b, _mm_add_epi32(w_b[g & 3], k));
  }
  StoreState(Add(a, a_in), state_a);
  StoreState(Add(b, b_in), state_b);
}
#undef PIGUARD_SHA_NI
#endif  // PIGUARD_HAVE_SHA_NI_KERNEL

// One compression for each of two OneBlocks, with the kernel the caller chose (and checked).
void CompressEach(HmacSha256::PairKernel kernel, OneBlock& a, OneBlock& b) {
#ifdef PIGUARD_HAVE_SHA_NI_KERNEL
  if (kernel == HmacSha256::PairKernel::kShaNiInterleaved) {
    Compress2ShaNi(a.ctx.h, a.block, b.ctx.h, b.block);
    return;
  }
#endif
  (void)kernel;
  SHA256_Transform(&a.ctx, a.block);
  SHA256_Transform(&b.ctx, b.block);
}

}  // namespace

Sha256Digest HmacSha256::Mac(std::initializer_list<std::span<const uint8_t>> parts) const {
  size_t total = 0;
  for (const auto& part : parts) total += part.size();
  if (total > kOneBlockMessage) return MacLong(parts);
  OneBlock s;
  size_t at = 0;
  for (const auto& part : parts) {
    if (!part.empty()) std::memcpy(s.block + at, part.data(), part.size());
    at += part.size();
  }
  return MacOfBlock(&s, total);
}

Sha256Digest HmacSha256::MacLabelled(std::string_view label, std::string_view value) const {
  const size_t total = label.size() + 1 + value.size();
  if (total > kOneBlockMessage) {
    static constexpr uint8_t kZero = 0;
    return MacLong({AsBytes(label), std::span<const uint8_t>(&kZero, 1), AsBytes(value)});
  }
  OneBlock s;
  PutLabelled(s.block, label, value);
  return MacOfBlock(&s, total);
}

// The two compressions of a one-block HMAC: `total` message bytes are at the start of the
// OneBlock's block. Wipes the block and the state afterwards.
Sha256Digest HmacSha256::MacOfBlock(void* one_block, size_t total) const {
  OneBlock& s = *static_cast<OneBlock*>(one_block);
  StartInner(s, total, *Ctx(inner_));
  SHA256_Transform(&s.ctx, s.block);
  StartOuter(s, *Ctx(outer_));
  SHA256_Transform(&s.ctx, s.block);
  Sha256Digest out;
  StoreDigest(s.ctx, out.data());
  // The message (a value being redacted) and keyed state. explicit_bzero is a wipe the
  // compiler may not drop, like OPENSSL_cleanse, at a fraction of its cost on 128 bytes.
  explicit_bzero(&s, sizeof(s));
  return out;
}

bool HmacSha256::ShaNiAvailable() {
#ifdef PIGUARD_HAVE_SHA_NI_KERNEL
  // CPUID directly: Clang's __builtin_cpu_supports knows no "sha". SHA-NI and SSE4.1 use
  // only the XMM state, which every x86-64 OS saves.
  static const bool available = [] {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSE4_1)) return false;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA) != 0;
  }();
  return available;
#else
  return false;
#endif
}

HmacSha256::PairKernel HmacSha256::BestPairKernel() {
  static const PairKernel best =
      ShaNiAvailable() ? PairKernel::kShaNiInterleaved : PairKernel::kOneAfterTheOther;
  return best;
}

void HmacSha256::MacPair(std::span<const uint8_t> message_a, std::span<const uint8_t> message_b,
                         Sha256Digest* out_a, Sha256Digest* out_b, PairKernel kernel) const {
  if (message_a.size() > kOneBlockMessage || message_b.size() > kOneBlockMessage) {
    *out_a = Mac(message_a);
    *out_b = Mac(message_b);
    return;
  }
  OneBlock a, b;
  if (!message_a.empty()) std::memcpy(a.block, message_a.data(), message_a.size());
  if (!message_b.empty()) std::memcpy(b.block, message_b.data(), message_b.size());
  MacOfBlocks(kernel, &a, message_a.size(), &b, message_b.size(), out_a, out_b);
}

void HmacSha256::MacLabelledPair(std::string_view label_a, std::string_view value_a,
                                 std::string_view label_b, std::string_view value_b,
                                 Sha256Digest* out_a, Sha256Digest* out_b,
                                 PairKernel kernel) const {
  const size_t total_a = label_a.size() + 1 + value_a.size();
  const size_t total_b = label_b.size() + 1 + value_b.size();
  if (total_a > kOneBlockMessage || total_b > kOneBlockMessage) {
    *out_a = MacLabelled(label_a, value_a);
    *out_b = MacLabelled(label_b, value_b);
    return;
  }
  OneBlock a, b;
  PutLabelled(a.block, label_a, value_a);
  PutLabelled(b.block, label_b, value_b);
  MacOfBlocks(kernel, &a, total_a, &b, total_b, out_a, out_b);
}

// MacOfBlock for two messages at once: each step on both blocks, the compressions through
// CompressEach so that the SHA-NI kernel has two independent chains to interleave.
void HmacSha256::MacOfBlocks(PairKernel kernel, void* one_block_a, size_t total_a,
                             void* one_block_b, size_t total_b, Sha256Digest* out_a,
                             Sha256Digest* out_b) const {
  OneBlock& a = *static_cast<OneBlock*>(one_block_a);
  OneBlock& b = *static_cast<OneBlock*>(one_block_b);
  if (!ShaNiAvailable()) kernel = PairKernel::kOneAfterTheOther;
  StartInner(a, total_a, *Ctx(inner_));
  StartInner(b, total_b, *Ctx(inner_));
  CompressEach(kernel, a, b);
  StartOuter(a, *Ctx(outer_));
  StartOuter(b, *Ctx(outer_));
  CompressEach(kernel, a, b);
  StoreDigest(a.ctx, out_a->data());
  StoreDigest(b.ctx, out_b->data());
  explicit_bzero(&a, sizeof(a));  // as in MacOfBlock: the messages and keyed states
  explicit_bzero(&b, sizeof(b));
}

bool HmacSha256::Avx512Available() { return Sha256MbAvailable(); }

namespace {

// The fewest used lanes for which one run of the sixteen-lane kernel costs less than SHA-NI
// pairs: the kernel's time is the same however many lanes carry a message, and one run cost
// about as much as seven messages in pairs where it was measured (a Xeon with both units).
constexpr size_t kMinLanesForX16 = 7;

}  // namespace

void HmacSha256::MacLabelledBatch(std::span<const Labelled> messages, std::span<Sha256Digest> out,
                                  BatchKernel kernel) const {
  if (out.size() != messages.size()) return;
  HmacBatch batch;
  size_t message_of_lane[HmacBatch::kCapacity];
  auto compute = [&] {
    Sha256Digest macs[HmacBatch::kCapacity];
    const size_t n = batch.size();
    batch.Compute(*this, macs, kernel);
    for (size_t lane = 0; lane < n; ++lane) out[message_of_lane[lane]] = macs[lane];
  };
  for (size_t i = 0; i < messages.size(); ++i) {
    const Labelled& m = messages[i];
    if (!HmacBatch::Fits(m.label, m.value)) {
      out[i] = MacLabelled(m.label, m.value);
      continue;
    }
    message_of_lane[batch.size()] = i;
    batch.Add(m.label, m.value);
    if (batch.full()) compute();
  }
  if (batch.size() > 0) compute();
}

void HmacSha256::MacBlocksX16(const uint8_t* blocks, uint8_t* digests) const {
  HmacOneBlockX16(Ctx(inner_)->h, Ctx(outer_)->h, blocks, digests);
}

void HmacBatch::Add(std::string_view label, std::string_view value) {
  uint8_t* block = blocks_[count_];
  PutLabelled(block, label, value);
  lengths_[count_] = label.size() + 1 + value.size();
  PadFinalBlock(block, lengths_[count_]);
  ++count_;
}

void HmacBatch::Compute(const HmacSha256& key, Sha256Digest* out,
                        HmacSha256::BatchKernel kernel) {
  if (count_ == 0) return;
  using Kernel = HmacSha256::BatchKernel;
  const bool x16 = HmacSha256::Avx512Available() &&
                   (kernel == Kernel::kAvx512x16 ||
                    (kernel == Kernel::kFastest && count_ >= kMinLanesForX16));
  if (x16) {
    ComputeX16(key, out);
  } else if (kernel == Kernel::kOneAtATime) {
    ComputeInPairs(key, out, HmacSha256::PairKernel::kOneAfterTheOther);
  } else {
    ComputeInPairs(key, out, HmacSha256::BestPairKernel());
  }
  Clear();
}

void HmacBatch::ComputeX16(const HmacSha256& key, Sha256Digest* out) {
  for (size_t lane = count_; lane < kCapacity; ++lane) std::memset(blocks_[lane], 0, kBlock);
  // A full batch's digests go straight to out (Sha256Digest is 32 bytes, so out is the
  // kernel's layout); a partial one's through a buffer.
  static_assert(sizeof(Sha256Digest) == kSha256Size);
  if (full()) {
    key.MacBlocksX16(&blocks_[0][0], out[0].data());
    return;
  }
  alignas(32) uint8_t digests[kCapacity][kSha256Size];
  key.MacBlocksX16(&blocks_[0][0], &digests[0][0]);
  std::memcpy(out[0].data(), digests, count_ * kSha256Size);
}

void HmacBatch::ComputeInPairs(const HmacSha256& key, Sha256Digest* out,
                               HmacSha256::PairKernel kernel) {
  size_t i = 0;
  for (; i + 1 < count_; i += 2) {
    key.MacPair(Message(i), Message(i + 1), &out[i], &out[i + 1], kernel);
  }
  if (i < count_) out[i] = key.Mac(Message(i));
}

void HmacBatch::Clear() {
  explicit_bzero(blocks_, count_ * kBlock);  // the messages (values being MACed)
  count_ = 0;
}

Sha256Digest HmacSha256::MacLong(std::initializer_list<std::span<const uint8_t>> parts) const {
  SHA256_CTX ctx = *Ctx(inner_);
  for (const auto& part : parts) {
    if (!part.empty()) SHA256_Update(&ctx, part.data(), part.size());
  }
  Sha256Digest out;
  SHA256_Final(out.data(), &ctx);
  ctx = *Ctx(outer_);
  SHA256_Update(&ctx, out.data(), out.size());
  SHA256_Final(out.data(), &ctx);
  OPENSSL_cleanse(&ctx, sizeof(ctx));
  return out;
}

Sha256Digest HmacSha256::Mac(std::span<const uint8_t> message) const { return Mac({message}); }

Sha256Digest HmacSha256::Mac(std::string_view message) const { return Mac({AsBytes(message)}); }

bool HmacSha256::Verify(std::span<const uint8_t> message, std::span<const uint8_t> tag) const {
  if (tag.empty() || tag.size() > kSha256Size) return false;
  const Sha256Digest mac = Mac(message);
  return CRYPTO_memcmp(mac.data(), tag.data(), tag.size()) == 0;
}

Status HkdfSha256(std::span<const uint8_t> ikm, std::span<const uint8_t> salt,
                  std::span<const uint8_t> info, std::span<uint8_t> out) {
  if (out.empty() || out.size() > 255 * kSha256Size) {
    return InvalidArgument("HKDF-SHA256: output length must be 1..8160 bytes, got " +
                           std::to_string(out.size()));
  }
  // RFC 5869 section 2.2: PRK = HMAC-Hash(salt, IKM); an absent salt is HashLen zeros, which
  // as an HMAC key is the same as an empty one (keys are zero-padded to the block).
  Sha256Digest prk = HmacSha256(salt).Mac(ikm);
  // Section 2.3: T(i) = HMAC-Hash(PRK, T(i-1) | info | i), OKM = first L bytes of T(1)T(2)...
  const HmacSha256 expand(prk);
  Sha256Digest t{};
  size_t t_len = 0;
  size_t done = 0;
  for (uint8_t i = 1; done < out.size(); ++i) {
    const uint8_t counter[1] = {i};
    t = expand.Mac({std::span<const uint8_t>(t.data(), t_len), info, counter});
    t_len = t.size();
    const size_t take = std::min(out.size() - done, t.size());
    std::memcpy(out.data() + done, t.data(), take);
    done += take;
  }
  OPENSSL_cleanse(t.data(), t.size());
  OPENSSL_cleanse(prk.data(), prk.size());
  return Status::Ok();
}

}  // namespace piguard::crypto
