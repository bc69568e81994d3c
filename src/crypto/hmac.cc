#include "crypto/hmac.h"

#include <string.h>  // explicit_bzero

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

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
  if (!label.empty()) std::memcpy(s.block, label.data(), label.size());
  s.block[label.size()] = 0;
  if (!value.empty()) std::memcpy(s.block + label.size() + 1, value.data(), value.size());
  return MacOfBlock(&s, total);
}

// The two compressions of a one-block HMAC: `total` message bytes are at the start of the
// OneBlock's block. Wipes the block and the state afterwards.
Sha256Digest HmacSha256::MacOfBlock(void* one_block, size_t total) const {
  OneBlock& s = *static_cast<OneBlock*>(one_block);
  PadFinalBlock(s.block, total);
  std::memcpy(s.ctx.h, Ctx(inner_)->h, sizeof(s.ctx.h));
  SHA256_Transform(&s.ctx, s.block);
  StoreDigest(s.ctx, s.block);  // the inner hash is the outer message: 32 bytes
  PadFinalBlock(s.block, kSha256Size);
  std::memcpy(s.ctx.h, Ctx(outer_)->h, sizeof(s.ctx.h));
  SHA256_Transform(&s.ctx, s.block);
  Sha256Digest out;
  StoreDigest(s.ctx, out.data());
  // The message (a value being redacted) and keyed state. explicit_bzero is a wipe the
  // compiler may not drop, like OPENSSL_cleanse, at a fraction of its cost on 128 bytes.
  explicit_bzero(&s, sizeof(s));
  return out;
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
