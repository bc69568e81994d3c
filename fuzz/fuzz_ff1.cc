// fuzz_ff1: FF1 and Crypto-PAn on arbitrary parameters and inputs. The first bytes choose the
// radix, the key size and the tweak; the rest are numerals (two bytes each, reduced modulo the
// radix) or, for the text helpers, characters. Invariants:
//   - Encrypt succeeds exactly when the length is valid for the radix (radix^n >= 10^6);
//   - its output has the same length and only numerals below the radix;
//   - Decrypt(Encrypt(x)) == x;
//   - the 128-bit path and the multiprecision path agree;
//   - the text helpers accept exactly the documented alphabet and round-trip (lower-cased);
//   - Crypto-PAn round-trips and preserves the common prefix of two addresses.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "crypto/cryptopan.h"
#include "crypto/ff1.h"
#include "fuzz_common.h"

namespace {

using piguard::crypto::CryptoPan;
using piguard::crypto::Ff1;

constexpr uint32_t kRadices[] = {10, 36, 2, 3, 16, 26, 62, 255, 256, 1000, 4096, 65535, 65536};

struct Reader {
  const uint8_t* p;
  size_t n;
  uint8_t Byte() {
    if (n == 0) return 0;
    --n;
    return *p++;
  }
};

template <size_t N>
int CommonPrefix(const std::array<uint8_t, N>& a, const std::array<uint8_t, N>& b) {
  for (size_t i = 0; i < N; ++i) {
    const uint8_t d = a[i] ^ b[i];
    if (d) return static_cast<int>(8 * i) + __builtin_clz(d) - 24;
  }
  return static_cast<int>(8 * N);
}

void CheckCryptoPan(const uint8_t* data, size_t size) {
  static const CryptoPan pan = [] {
    std::vector<uint8_t> key(32);
    for (size_t i = 0; i < key.size(); ++i) key[i] = static_cast<uint8_t>(i * 13 + 5);
    return std::move(CryptoPan::Create(key)).value();
  }();
  CryptoPan::V6 a{}, b{};
  for (size_t i = 0; i < 16 && i < size; ++i) a[i] = data[i];
  for (size_t i = 0; i < 16 && 16 + i < size; ++i) b[i] = data[16 + i];
  PIGUARD_FUZZ_CHECK(pan.DeanonymizeV6(pan.AnonymizeV6(a)) == a, "IPv6 round trip");
  PIGUARD_FUZZ_CHECK(CommonPrefix(pan.AnonymizeV6(a), pan.AnonymizeV6(b)) == CommonPrefix(a, b),
                     "IPv6 prefix not preserved");
  CryptoPan::V4 a4{}, b4{};
  std::memcpy(a4.data(), a.data(), 4);
  std::memcpy(b4.data(), b.data(), 4);
  PIGUARD_FUZZ_CHECK(pan.DeanonymizeV4(pan.AnonymizeV4(a4)) == a4, "IPv4 round trip");
  PIGUARD_FUZZ_CHECK(CommonPrefix(pan.AnonymizeV4(a4), pan.AnonymizeV4(b4)) ==
                         CommonPrefix(a4, b4),
                     "IPv4 prefix not preserved");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  CheckCryptoPan(data, size);
  Reader in{data, size};
  const uint32_t radix = kRadices[in.Byte() % std::size(kRadices)];
  const size_t key_size = 16 + 8 * (in.Byte() % 3);
  std::vector<uint8_t> key(key_size);
  for (auto& k : key) k = in.Byte();
  std::vector<uint8_t> tweak(in.Byte() % 48);
  for (auto& t : tweak) t = in.Byte();
  const bool text_mode = (in.Byte() & 1) != 0;

  auto created = Ff1::Create(key, radix);
  PIGUARD_FUZZ_CHECK(created.ok(), "Create failed: %s", created.status().message().c_str());
  const Ff1& ff1 = created.value();

  if (text_mode && (radix == 10 || radix == 36)) {
    const std::string text(reinterpret_cast<const char*>(in.p), std::min<size_t>(in.n, 400));
    bool alphabet_ok = true;
    for (char c : text) {
      const bool digit = c >= '0' && c <= '9';
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      alphabet_ok = alphabet_ok && (digit || (radix == 36 && letter));
    }
    auto enc = ff1.EncryptString(text, tweak);
    const bool should = alphabet_ok && text.size() >= ff1.min_length();
    PIGUARD_FUZZ_CHECK(enc.ok() == should, "EncryptString ok=%d, expected %d (%s)", enc.ok(),
                       should, enc.ok() ? "" : enc.status().message().c_str());
    if (enc.ok()) {
      auto dec = ff1.DecryptString(enc.value(), tweak);
      PIGUARD_FUZZ_CHECK(dec.ok(), "DecryptString failed");
      std::string lower = text;
      for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      PIGUARD_FUZZ_CHECK(dec.value() == lower, "text round trip");
    }
    return 0;
  }

  std::vector<uint16_t> x;
  while (in.n >= 2 && x.size() < 400) {
    const uint16_t v = static_cast<uint16_t>(in.Byte() << 8 | in.Byte());
    x.push_back(static_cast<uint16_t>(v % radix));
  }
  std::vector<uint16_t> y(x.size()), z(x.size()), g(x.size());
  const bool valid = x.size() >= ff1.min_length();
  const auto st = ff1.Encrypt(x, tweak, y);
  PIGUARD_FUZZ_CHECK(st.ok() == valid, "Encrypt ok=%d for n=%zu radix=%u: %s", st.ok(), x.size(),
                     radix, st.message().c_str());
  if (!st.ok()) return 0;
  for (uint16_t d : y) PIGUARD_FUZZ_CHECK(d < radix, "numeral %u >= radix %u", d, radix);
  PIGUARD_FUZZ_CHECK(ff1.Decrypt(y, tweak, z).ok() && z == x, "round trip, n=%zu radix=%u",
                     x.size(), radix);
  PIGUARD_FUZZ_CHECK(ff1.EncryptForTest(x, tweak, g, true).ok() && g == y,
                     "fast and general paths differ, n=%zu radix=%u", x.size(), radix);
  return 0;
}
