#include "crypto/aes.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <array>
#include <random>
#include <vector>

#include "crypto/crypto_test_util.h"

namespace piguard::crypto {
namespace {

using testing::Hex;
using testing::ToHex;

struct AesVector {
  const char* key;
  const char* plaintext;
  const char* ciphertext;
};

// FIPS 197, Appendix B (cipher example) and Appendix C.1-C.3 (example vectors for AES-128,
// AES-192 and AES-256).
constexpr AesVector kFips197[] = {
    {"2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734",
     "3925841d02dc09fbdc118597196a0b32"},
    {"000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff",
     "69c4e0d86a7b0430d8cdb78070b4c55a"},
    {"000102030405060708090a0b0c0d0e0f1011121314151617", "00112233445566778899aabbccddeeff",
     "dda97ca4864cdfe06eaf70a0ec0d7191"},
    {"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
     "00112233445566778899aabbccddeeff", "8ea2b7ca516745bfeafc49904b496089"},
};

TEST(AesTest, Fips197VectorsOnBothPaths) {
  for (const auto& v : kFips197) {
    auto aes = Aes::Create(Hex(v.key));
    ASSERT_TRUE(aes.ok()) << aes.status().message();
    for (const Aes& impl : {aes.value(), aes.value().WithoutAesNi()}) {
      const auto pt = Hex(v.plaintext);
      std::array<uint8_t, 16> ct;
      impl.EncryptBlock(pt.data(), ct.data());
      EXPECT_EQ(ToHex(ct), v.ciphertext) << "key " << v.key << " aesni=" << impl.uses_aesni();
    }
  }
}

TEST(AesTest, RejectsBadKeySizes) {
  for (size_t size : {0, 8, 15, 17, 20, 31, 33, 64}) {
    std::vector<uint8_t> key(size, 1);
    auto aes = Aes::Create(key);
    ASSERT_FALSE(aes.ok()) << size;
    EXPECT_EQ(aes.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(aes.status().message().find("16, 24 or 32"), std::string::npos);
  }
}

// Differential: random keys and blocks against OpenSSL's EVP AES-ECB, for both our paths and
// for the batched EncryptBlocks at every count around the 8-block batch size.
TEST(AesTest, MatchesEvpOnRandomInputs) {
  std::mt19937_64 rng(20240601);
  for (size_t key_size : {16, 24, 32}) {
    const EVP_CIPHER* cipher = key_size == 16   ? EVP_aes_128_ecb()
                               : key_size == 24 ? EVP_aes_192_ecb()
                                                : EVP_aes_256_ecb();
    for (int trial = 0; trial < 20; ++trial) {
      std::vector<uint8_t> key(key_size);
      for (auto& b : key) b = static_cast<uint8_t>(rng());
      const size_t count = static_cast<size_t>(trial);
      std::vector<uint8_t> in(16 * count + 16);
      for (auto& b : in) b = static_cast<uint8_t>(rng());

      std::vector<uint8_t> want(in.size() + 16);
      EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
      ASSERT_TRUE(EVP_EncryptInit_ex(ctx, cipher, nullptr, key.data(), nullptr));
      EVP_CIPHER_CTX_set_padding(ctx, 0);
      int len = 0;
      ASSERT_TRUE(EVP_EncryptUpdate(ctx, want.data(), &len, in.data(), static_cast<int>(in.size())));
      EVP_CIPHER_CTX_free(ctx);
      want.resize(in.size());

      auto aes = Aes::Create(key);
      ASSERT_TRUE(aes.ok());
      for (const Aes& impl : {aes.value(), aes.value().WithoutAesNi()}) {
        std::vector<uint8_t> one(in.size());
        for (size_t i = 0; i < in.size() / 16; ++i) impl.EncryptBlock(&in[16 * i], &one[16 * i]);
        EXPECT_EQ(one, want);
        std::vector<uint8_t> batch = in;  // in place
        impl.EncryptBlocks(batch.data(), batch.data(), batch.size() / 16);
        EXPECT_EQ(batch, want) << "count " << batch.size() / 16;
        // The integer form: block bytes read big-endian.
        unsigned __int128 x = 0;
        for (int k = 0; k < 16; ++k) x = (x << 8) | in[k];
        const unsigned __int128 y = impl.EncryptBe(x);
        std::vector<uint8_t> y_bytes(16);
        for (int k = 0; k < 16; ++k) y_bytes[k] = static_cast<uint8_t>(y >> (120 - 8 * k));
        EXPECT_EQ(y_bytes, std::vector<uint8_t>(want.begin(), want.begin() + 16));
      }
    }
  }
}

}  // namespace
}  // namespace piguard::crypto
