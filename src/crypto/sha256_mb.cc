#include "crypto/sha256_mb.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
// GCC 12 warns that the undefined vector some AVX-512 intrinsics start from (the unused
// merge source) is used uninitialized, where they are inlined (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>
#define PIGUARD_HAVE_SHA256_MB_KERNEL 1
#endif

namespace piguard::crypto {

#ifdef PIGUARD_HAVE_SHA256_MB_KERNEL

bool Sha256MbAvailable() {
  static const bool available = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
  }();
  return available;
}

namespace {

// Every function of the kernel carries the target attribute so that they inline into one
// another; only HmacOneBlockX16 is called from outside, and only when Sha256MbAvailable().
#define PIGUARD_AVX512 __attribute__((target("avx512f,avx512bw"), always_inline)) inline

// _mm512_ternarylogic_epi32 truth tables, for operands (x, y, z) = (0xF0, 0xCC, 0xAA).
constexpr int kXor3 = 0x96;    // x ^ y ^ z
constexpr int kChoose = 0xCA;  // x ? y : z, bit by bit (SHA-256's Ch)
constexpr int kMajority = 0xE8;  // at least two of x, y, z (Maj)

using Vec = __m512i;  // one 32-bit word of each of the sixteen messages

// The eight working variables of sixteen states.
struct States {
  Vec v[8];
};

PIGUARD_AVX512 Vec Add(Vec x, Vec y) { return _mm512_add_epi32(x, y); }
PIGUARD_AVX512 Vec Xor3(Vec x, Vec y, Vec z) { return _mm512_ternarylogic_epi32(x, y, z, kXor3); }

// FIPS 180-4 section 4.1.2's functions, lane by lane.
PIGUARD_AVX512 Vec BigSigma0(Vec a) {
  return Xor3(_mm512_ror_epi32(a, 2), _mm512_ror_epi32(a, 13), _mm512_ror_epi32(a, 22));
}
PIGUARD_AVX512 Vec BigSigma1(Vec e) {
  return Xor3(_mm512_ror_epi32(e, 6), _mm512_ror_epi32(e, 11), _mm512_ror_epi32(e, 25));
}
PIGUARD_AVX512 Vec SmallSigma0(Vec w) {
  return Xor3(_mm512_ror_epi32(w, 7), _mm512_ror_epi32(w, 18), _mm512_srli_epi32(w, 3));
}
PIGUARD_AVX512 Vec SmallSigma1(Vec w) {
  return Xor3(_mm512_ror_epi32(w, 17), _mm512_ror_epi32(w, 19), _mm512_srli_epi32(w, 10));
}

// Word 4k..4k+3 of each lane turned from big-endian bytes into a number.
PIGUARD_AVX512 Vec ByteSwapWords(Vec x) {
  const Vec k = _mm512_set4_epi32(0x0c0d0e0f, 0x08090a0b, 0x04050607, 0x00010203);
  return _mm512_shuffle_epi8(x, k);
}

// The compression of sixteen blocks, message words w[0..15] (w[t] holds word t of every lane;
// the array is overwritten by the schedule), into the states s.
PIGUARD_AVX512 void Compress(States& s, Vec (&w)[16]) {
  Vec a = s.v[0], b = s.v[1], c = s.v[2], d = s.v[3];
  Vec e = s.v[4], f = s.v[5], g = s.v[6], h = s.v[7];
#pragma GCC unroll 64
  for (int t = 0; t < 64; ++t) {
    if (t >= 16) {  // w[t % 16] holds W[t-16]; it becomes W[t]
      w[t & 15] = Add(Add(w[t & 15], SmallSigma0(w[(t + 1) & 15])),
                      Add(w[(t + 9) & 15], SmallSigma1(w[(t + 14) & 15])));
    }
    const Vec k_plus_w =
        Add(_mm512_set1_epi32(static_cast<int>(kSha256RoundConstants[t])), w[t & 15]);
    const Vec t1 = Add(Add(h, BigSigma1(e)),
                       Add(_mm512_ternarylogic_epi32(e, f, g, kChoose), k_plus_w));
    const Vec t2 = Add(BigSigma0(a), _mm512_ternarylogic_epi32(a, b, c, kMajority));
    h = g;
    g = f;
    f = e;
    e = Add(d, t1);
    d = c;
    c = b;
    b = a;
    a = Add(t1, t2);
  }
  const Vec out[8] = {a, b, c, d, e, f, g, h};
  for (int i = 0; i < 8; ++i) s.v[i] = Add(s.v[i], out[i]);
}

PIGUARD_AVX512 States Broadcast(const uint32_t h[8]) {
  States s;
  for (int i = 0; i < 8; ++i) s.v[i] = _mm512_set1_epi32(static_cast<int>(h[i]));
  return s;
}

// Offsets of lane i's data: i * stride bytes.
PIGUARD_AVX512 Vec LaneOffsets(int stride) {
  return _mm512_mullo_epi32(_mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
                            _mm512_set1_epi32(stride));
}

PIGUARD_AVX512 void StoreDigest(__m256i digest, uint8_t* out) {
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), digest);
}

// The sixteen digests, big-endian, 32 bytes apart: s holds word t of every lane in s.v[t], so
// the words are transposed first (a scatter would leave each digest in eight 4-byte stores,
// which a reader's wider loads cannot take from the store buffer).
PIGUARD_AVX512 void StoreDigests(const States& s, uint8_t* digests) {
  Vec pairs[8];  // pairs[2k], pairs[2k+1]: words 2k, 2k+1 interleaved, per 128-bit group
  for (int k = 0; k < 4; ++k) {
    pairs[2 * k] = _mm512_unpacklo_epi32(s.v[2 * k], s.v[2 * k + 1]);
    pairs[2 * k + 1] = _mm512_unpackhi_epi32(s.v[2 * k], s.v[2 * k + 1]);
  }
  // half[k]: words 0..3 of lane 4g + k in group g; half[4 + k]: its words 4..7.
  Vec half[8];
  for (int k = 0; k < 2; ++k) {
    half[2 * k] = _mm512_unpacklo_epi64(pairs[k], pairs[2 + k]);
    half[2 * k + 1] = _mm512_unpackhi_epi64(pairs[k], pairs[2 + k]);
    half[4 + 2 * k] = _mm512_unpacklo_epi64(pairs[4 + k], pairs[6 + k]);
    half[4 + 2 * k + 1] = _mm512_unpackhi_epi64(pairs[4 + k], pairs[6 + k]);
  }
  // Lane 4g + k's digest is group g of half[k] then group g of half[4 + k].
  const Vec groups_0_1 = _mm512_set_epi64(11, 10, 3, 2, 9, 8, 1, 0);
  const Vec groups_2_3 = _mm512_set_epi64(15, 14, 7, 6, 13, 12, 5, 4);
  for (int k = 0; k < 4; ++k) {
    const Vec lanes_k_4k =
        ByteSwapWords(_mm512_permutex2var_epi64(half[k], groups_0_1, half[4 + k]));
    const Vec lanes_8k_12k =
        ByteSwapWords(_mm512_permutex2var_epi64(half[k], groups_2_3, half[4 + k]));
    StoreDigest(_mm512_castsi512_si256(lanes_k_4k), digests + 32 * k);
    StoreDigest(_mm512_extracti64x4_epi64(lanes_k_4k, 1), digests + 32 * (4 + k));
    StoreDigest(_mm512_castsi512_si256(lanes_8k_12k), digests + 32 * (8 + k));
    StoreDigest(_mm512_extracti64x4_epi64(lanes_8k_12k, 1), digests + 32 * (12 + k));
  }
}

}  // namespace

__attribute__((target("avx512f,avx512bw"))) void HmacOneBlockX16(
    const uint32_t inner[8], const uint32_t outer[8], const uint8_t blocks[64 * kSha256MbLanes],
    uint8_t digests[32 * kSha256MbLanes]) {
  // Inner: word t of every lane's block, gathered 64 bytes apart.
  const Vec block_offsets = LaneOffsets(64);
  Vec w[16];
  for (int t = 0; t < 16; ++t) {
    w[t] = ByteSwapWords(_mm512_i32gather_epi32(block_offsets, blocks + 4 * t, 1));
  }
  States s = Broadcast(inner);
  Compress(s, w);
  // Outer: the message is the 32-byte inner digest, which as words is the state itself; then
  // the padding of a 96-byte message (the key block and the digest).
  for (int t = 0; t < 8; ++t) w[t] = s.v[t];
  w[8] = _mm512_set1_epi32(static_cast<int>(0x80000000u));
  for (int t = 9; t < 15; ++t) w[t] = _mm512_setzero_si512();
  w[15] = _mm512_set1_epi32((64 + 32) * 8);
  s = Broadcast(outer);
  Compress(s, w);
  StoreDigests(s, digests);
}

#undef PIGUARD_AVX512

#else  // no kernel in this build

bool Sha256MbAvailable() { return false; }

void HmacOneBlockX16(const uint32_t*, const uint32_t*, const uint8_t*, uint8_t*) {
  __builtin_trap();  // callers check Sha256MbAvailable()
}

#endif  // PIGUARD_HAVE_SHA256_MB_KERNEL

}  // namespace piguard::crypto
