#include "crypto/hmac.h"

#include <algorithm>
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

Sha256Digest HmacSha256::Mac(std::initializer_list<std::span<const uint8_t>> parts) const {
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
