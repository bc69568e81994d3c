#include "crypto/aes.h"

#include <cstring>

#include <openssl/crypto.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PIGUARD_HAVE_AESNI_CODE 1
#endif

// AES_set_encrypt_key / AES_encrypt are deprecated in OpenSSL 3 in favour of EVP, but EVP
// contexts are mutable and cannot be shared by threads (see aes.h). They remain part of the
// OpenSSL 3 API; only the fallback for CPUs without AES-NI uses them.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace piguard::crypto {
namespace {

#ifdef PIGUARD_HAVE_AESNI_CODE

bool CpuHasAesNi() {
  static const bool has = __builtin_cpu_supports("aes") && __builtin_cpu_supports("sse4.1");
  return has;
}

// SubWord of a key-schedule word (FIPS 197, section 5.2), computed by aeskeygenassist: with the
// word in dword 1 of the source and RCON 0, dword 0 of the result is SubWord(word).
__attribute__((target("aes,sse4.1"))) uint32_t SubWord(uint32_t w) {
  __m128i v = _mm_set_epi32(0, 0, static_cast<int>(w), 0);
  v = _mm_aeskeygenassist_si128(v, 0);
  return static_cast<uint32_t>(_mm_cvtsi128_si32(v));
}

// FIPS 197 KeyExpansion (section 5.2) for Nk = 4, 6 or 8 words, on words loaded little-endian
// so that their memory order is the byte order aesenc expects for its round keys.
__attribute__((target("aes,sse4.1"))) void ExpandKeyAesNi(const uint8_t* key, size_t key_size,
                                                        uint8_t* schedule, int rounds) {
  const size_t nk = key_size / 4;
  const size_t total = 4 * static_cast<size_t>(rounds + 1);
  uint32_t w[60];
  std::memcpy(w, key, key_size);
  uint8_t rcon = 1;
  for (size_t i = nk; i < total; ++i) {
    uint32_t temp = w[i - 1];
    if (i % nk == 0) {
      temp = (temp >> 8) | (temp << 24);  // RotWord on little-endian words
      temp = SubWord(temp) ^ rcon;
      rcon = static_cast<uint8_t>((rcon << 1) ^ ((rcon & 0x80) ? 0x1b : 0));
    } else if (nk > 6 && i % nk == 4) {
      temp = SubWord(temp);
    }
    w[i] = w[i - nk] ^ temp;
  }
  std::memcpy(schedule, w, total * 4);
  OPENSSL_cleanse(w, sizeof(w));
}

__attribute__((target("aes,sse4.1"))) void EncryptAesNi(const uint8_t* schedule, int rounds,
                                                      const uint8_t* in, uint8_t* out) {
  const __m128i* rk = reinterpret_cast<const __m128i*>(schedule);
  __m128i m = _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in)),
                            _mm_load_si128(rk));
  for (int r = 1; r < rounds; ++r) m = _mm_aesenc_si128(m, _mm_load_si128(rk + r));
  m = _mm_aesenclast_si128(m, _mm_load_si128(rk + rounds));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), m);
}

__attribute__((target("aes,sse4.1"))) unsigned __int128 EncryptBeAesNi(const uint8_t* schedule,
                                                                     int rounds,
                                                                     unsigned __int128 x) {
  const __m128i reverse = _mm_set_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const __m128i* rk = reinterpret_cast<const __m128i*>(schedule);
  __m128i m = _mm_set_epi64x(static_cast<long long>(static_cast<uint64_t>(x >> 64)),
                             static_cast<long long>(static_cast<uint64_t>(x)));
  m = _mm_xor_si128(_mm_shuffle_epi8(m, reverse), _mm_load_si128(rk));
  for (int r = 1; r < rounds; ++r) m = _mm_aesenc_si128(m, _mm_load_si128(rk + r));
  m = _mm_shuffle_epi8(_mm_aesenclast_si128(m, _mm_load_si128(rk + rounds)), reverse);
  const uint64_t lo = static_cast<uint64_t>(_mm_cvtsi128_si64(m));
  const uint64_t hi = static_cast<uint64_t>(_mm_extract_epi64(m, 1));
  return (static_cast<unsigned __int128>(hi) << 64) | lo;
}

__attribute__((target("aes,sse4.1"))) void EncryptBlocksAesNi(const uint8_t* schedule,
                                                            int rounds, const uint8_t* in,
                                                            uint8_t* out, size_t count) {
  const __m128i* rk = reinterpret_cast<const __m128i*>(schedule);
  const __m128i* src = reinterpret_cast<const __m128i*>(in);
  __m128i* dst = reinterpret_cast<__m128i*>(out);
  size_t i = 0;
  for (; i + 8 <= count; i += 8) {
    __m128i m[8];
    const __m128i k0 = _mm_load_si128(rk);
    for (int j = 0; j < 8; ++j) m[j] = _mm_xor_si128(_mm_loadu_si128(src + i + j), k0);
    for (int r = 1; r < rounds; ++r) {
      const __m128i k = _mm_load_si128(rk + r);
      for (int j = 0; j < 8; ++j) m[j] = _mm_aesenc_si128(m[j], k);
    }
    const __m128i kl = _mm_load_si128(rk + rounds);
    for (int j = 0; j < 8; ++j) _mm_storeu_si128(dst + i + j, _mm_aesenclast_si128(m[j], kl));
  }
  for (; i < count; ++i) {
    EncryptAesNi(schedule, rounds, in + 16 * i, out + 16 * i);
  }
}

#else

bool CpuHasAesNi() { return false; }

#endif

}  // namespace

Result<Aes> Aes::Create(std::span<const uint8_t> key) {
  if (key.size() != 16 && key.size() != 24 && key.size() != 32) {
    return InvalidArgument("AES key must be 16, 24 or 32 bytes (AES-128/192/256), got " +
                           std::to_string(key.size()));
  }
  Aes aes;
  aes.key_size_ = key.size();
  aes.rounds_ = static_cast<int>(key.size() / 4 + 6);
  if (AES_set_encrypt_key(key.data(), static_cast<int>(key.size() * 8), &aes.fallback_) != 0) {
    return Status(StatusCode::kInternal, "AES_set_encrypt_key failed");
  }
#ifdef PIGUARD_HAVE_AESNI_CODE
  if (CpuHasAesNi()) {
    ExpandKeyAesNi(key.data(), key.size(), aes.schedule_, aes.rounds_);
    aes.use_aesni_ = true;
  }
#endif
  return aes;
}

Aes::Aes(const Aes& other) { *this = other; }

Aes& Aes::operator=(const Aes& other) {
  if (this != &other) {
    std::memcpy(schedule_, other.schedule_, sizeof(schedule_));
    fallback_ = other.fallback_;
    rounds_ = other.rounds_;
    key_size_ = other.key_size_;
    use_aesni_ = other.use_aesni_;
  }
  return *this;
}

Aes::~Aes() {
  OPENSSL_cleanse(schedule_, sizeof(schedule_));
  OPENSSL_cleanse(&fallback_, sizeof(fallback_));
}

void Aes::EncryptBlock(const uint8_t in[kAesBlockSize], uint8_t out[kAesBlockSize]) const {
#ifdef PIGUARD_HAVE_AESNI_CODE
  if (use_aesni_) {
    EncryptAesNi(schedule_, rounds_, in, out);
    return;
  }
#endif
  AES_encrypt(in, out, &fallback_);
}

unsigned __int128 Aes::EncryptBe(unsigned __int128 x) const {
#ifdef PIGUARD_HAVE_AESNI_CODE
  if (use_aesni_) return EncryptBeAesNi(schedule_, rounds_, x);
#endif
  uint8_t block[kAesBlockSize];
  for (int k = 0; k < 16; ++k) block[k] = static_cast<uint8_t>(x >> (120 - 8 * k));
  AES_encrypt(block, block, &fallback_);
  unsigned __int128 out = 0;
  for (int k = 0; k < 16; ++k) out = (out << 8) | block[k];
  return out;
}

void Aes::EncryptBlocks(const uint8_t* in, uint8_t* out, size_t count) const {
#ifdef PIGUARD_HAVE_AESNI_CODE
  if (use_aesni_) {
    EncryptBlocksAesNi(schedule_, rounds_, in, out, count);
    return;
  }
#endif
  for (size_t i = 0; i < count; ++i) AES_encrypt(in + 16 * i, out + 16 * i, &fallback_);
}

Aes Aes::WithoutAesNi() const {
  Aes copy(*this);
  copy.use_aesni_ = false;
  return copy;
}

}  // namespace piguard::crypto
