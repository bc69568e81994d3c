// Micro-benchmarks of the de-identification primitives, per call on one core: FF1 on the
// lengths of Chinese identifiers (10, 11-digit mobiles, 18-digit resident IDs, 19-digit cards),
// Crypto-PAn per IPv4 / IPv6 address, HMAC-SHA256 of an 11-byte value, and the AES block they
// all stand on. Run: build/bench/piguard_crypto_bench
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "crypto/aes.h"
#include "crypto/cryptopan.h"
#include "crypto/ff1.h"
#include "crypto/hmac.h"

namespace {

using piguard::crypto::Aes;
using piguard::crypto::CryptoPan;
using piguard::crypto::Ff1;
using piguard::crypto::HmacSha256;

const std::vector<uint8_t>& Key32() {
  static const std::vector<uint8_t> key = [] {
    std::vector<uint8_t> k(32);
    for (size_t i = 0; i < k.size(); ++i) k[i] = static_cast<uint8_t>(i * 7 + 1);
    return k;
  }();
  return key;
}

// FF1-AES256, radix 10, an 8-byte tweak, in place on a char buffer (no allocation).
void BM_Ff1EncryptDigits(benchmark::State& state) {
  const auto ff1 = std::move(Ff1::Create(Key32(), 10)).value();
  const size_t n = static_cast<size_t>(state.range(0));
  const std::string digits = "13800138000420106198001011234";
  std::string buf = digits.substr(0, n);
  const uint8_t tweak[8] = {'m', 'o', 'b', 'i', 'l', 'e', 0, 1};
  for (auto _ : state) {
    if (!ff1.EncryptChars(buf, tweak, buf).ok()) state.SkipWithError("FF1 failed");
    benchmark::DoNotOptimize(buf.data());
  }
  state.SetLabel(ff1.aes().uses_aesni() ? "aes-ni" : "openssl AES_encrypt");
}
BENCHMARK(BM_Ff1EncryptDigits)->Arg(10)->Arg(11)->Arg(18)->Arg(19);

void BM_Ff1EncryptString11(benchmark::State& state) {
  const auto ff1 = std::move(Ff1::Create(Key32(), 10)).value();
  std::string value = "13800138000";
  const uint8_t tweak[8] = {'m', 'o', 'b', 'i', 'l', 'e', 0, 1};
  for (auto _ : state) {
    auto r = ff1.EncryptString(value, tweak);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Ff1EncryptString11);

// Radix 36 on 18 characters, and a 60-digit value that takes the multiprecision path.
void BM_Ff1EncryptOther(benchmark::State& state) {
  const uint32_t radix = static_cast<uint32_t>(state.range(0));
  const size_t n = static_cast<size_t>(state.range(1));
  const auto ff1 = std::move(Ff1::Create(Key32(), radix)).value();
  std::string buf(n, '7');
  for (auto _ : state) {
    if (!ff1.EncryptChars(buf, {}, buf).ok()) state.SkipWithError("FF1 failed");
    benchmark::DoNotOptimize(buf.data());
  }
}
BENCHMARK(BM_Ff1EncryptOther)->Args({36, 18})->Args({10, 60});

void BM_CryptoPanV4(benchmark::State& state) {
  const auto pan = std::move(CryptoPan::Create(Key32())).value();
  CryptoPan::V4 a = {192, 168, 1, 1};
  for (auto _ : state) {
    a = pan.AnonymizeV4(a);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_CryptoPanV4);

void BM_CryptoPanV6(benchmark::State& state) {
  const auto pan = std::move(CryptoPan::Create(Key32())).value();
  CryptoPan::V6 a = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  for (auto _ : state) {
    a = pan.AnonymizeV6(a);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_CryptoPanV6);

void BM_CryptoPanDeanonymizeV4(benchmark::State& state) {
  const auto pan = std::move(CryptoPan::Create(Key32())).value();
  CryptoPan::V4 a = {192, 168, 1, 1};
  for (auto _ : state) {
    a = pan.DeanonymizeV4(a);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_CryptoPanDeanonymizeV4);

void BM_HmacSha256_11Bytes(benchmark::State& state) {
  const HmacSha256 hmac(Key32());
  const std::string value = "13800138000";
  for (auto _ : state) {
    auto mac = hmac.Mac(value);
    benchmark::DoNotOptimize(mac);
  }
}
BENCHMARK(BM_HmacSha256_11Bytes);

void BM_AesBlock(benchmark::State& state) {
  const auto aes = std::move(Aes::Create(std::vector<uint8_t>(Key32().begin(), Key32().begin() + 16))).value();
  const Aes impl = state.range(0) ? aes : aes.WithoutAesNi();
  alignas(16) uint8_t block[16] = {};
  for (auto _ : state) {
    impl.EncryptBlock(block, block);  // chained: measures latency
    benchmark::DoNotOptimize(block);
  }
  state.SetLabel(impl.uses_aesni() ? "aes-ni" : "openssl AES_encrypt");
}
BENCHMARK(BM_AesBlock)->Arg(1)->Arg(0);

}  // namespace

BENCHMARK_MAIN();
