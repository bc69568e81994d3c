#include "crypto/ff1.h"

#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "crypto/crypto_test_util.h"

namespace piguard::crypto {
namespace {

using testing::Hex;

constexpr const char* kKey128 = "2B7E151628AED2A6ABF7158809CF4F3C";
constexpr const char* kKey192 = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F";
constexpr const char* kKey256 =
    "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94";
constexpr const char* kTweakNone = "";
constexpr const char* kTweak10 = "39383736353433323130";
constexpr const char* kTweak11 = "3737373770717273373737";

struct Ff1Vector {
  const char* name;
  const char* key;
  uint32_t radix;
  const char* tweak;
  const char* plaintext;
  const char* ciphertext;
};

// NIST, "FF1 samples" (the example values published with SP 800-38G, FF1samples.pdf):
// Samples 1-3 FF1-AES128, 4-6 FF1-AES192, 7-9 FF1-AES256; radix 10 without and with a tweak,
// radix 36 with the 11-byte tweak. Radix-36 numerals are written 0-9a-z.
constexpr Ff1Vector kNistSamples[] = {
    {"Sample 1", kKey128, 10, kTweakNone, "0123456789", "2433477484"},
    {"Sample 2", kKey128, 10, kTweak10, "0123456789", "6124200773"},
    {"Sample 3", kKey128, 36, kTweak11, "0123456789abcdefghi", "a9tv40mll9kdu509eum"},
    {"Sample 4", kKey192, 10, kTweakNone, "0123456789", "2830668132"},
    {"Sample 5", kKey192, 10, kTweak10, "0123456789", "2496655549"},
    {"Sample 6", kKey192, 36, kTweak11, "0123456789abcdefghi", "xbj3kv35jrawxv32ysr"},
    {"Sample 7", kKey256, 10, kTweakNone, "0123456789", "6657667009"},
    {"Sample 8", kKey256, 10, kTweak10, "0123456789", "1001623463"},
    {"Sample 9", kKey256, 36, kTweak11, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd"},
};

// No NIST sample needs more than one PRF output block (d <= 16) or a numeral string beyond
// 2^96. These longer radix-36 cases are Bouncy Castle's FpeFf1Engine outputs as republished in
// a public cross-implementation FF1 test suite: 36 numerals is the last length with d = 16 (our
// 128-bit path), 37 and more need d = 20 or 24 (step 6.iii extends R; our multiprecision path).
constexpr Ff1Vector kLongVectors[] = {
    {"36 numerals d=16", kKey128, 36, kTweak11, "0123456789abcdefghijklmnopqrstuvwxyz",
     "etctqbhw42iifzhqis3g034b3qcrdrc4de0b"},
    {"37 numerals d=20", kKey128, 36, kTweak11, "0123456789abcdefghijklmnopqrstuvwxyz0",
     "0yzk1dh3qrizd3fakndofz0lswvabsajv45o9"},
    {"42 numerals d=20", kKey192, 36, kTweakNone, "zyxwvutsrqponmlkjihgfedcba9876543210zyxwvu",
     "0km7yov4j83dez5xjgj0f3garxzbtuv8lb38oyl5dl"},
    {"56 numerals d=24", kKey256, 36, kTweak10,
     "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghij",
     "kjgglrhxgz6085z4vy46f12kenmi9msle48zlxb1ign5h8wzq6at5s4y"},
};

std::vector<uint16_t> ToNumerals(std::string_view s) {
  std::vector<uint16_t> out;
  for (char c : s) out.push_back(static_cast<uint16_t>(c <= '9' ? c - '0' : c - 'a' + 10));
  return out;
}

void CheckVector(const Ff1Vector& v) {
  SCOPED_TRACE(v.name);
  auto ff1 = Ff1::Create(Hex(v.key), v.radix);
  ASSERT_TRUE(ff1.ok()) << ff1.status().message();
  const auto tweak = Hex(v.tweak);

  auto enc = ff1.value().EncryptString(v.plaintext, tweak);
  ASSERT_TRUE(enc.ok()) << enc.status().message();
  EXPECT_EQ(enc.value(), v.ciphertext);
  auto dec = ff1.value().DecryptString(v.ciphertext, tweak);
  ASSERT_TRUE(dec.ok()) << dec.status().message();
  EXPECT_EQ(dec.value(), v.plaintext);

  // The numeral interface, on both arithmetic paths.
  const auto pt = ToNumerals(v.plaintext);
  const auto ct = ToNumerals(v.ciphertext);
  for (bool general : {false, true}) {
    std::vector<uint16_t> out(pt.size());
    ASSERT_TRUE(ff1.value().EncryptForTest(pt, tweak, out, general).ok());
    EXPECT_EQ(out, ct) << "general=" << general;
    ASSERT_TRUE(ff1.value().DecryptForTest(ct, tweak, out, general).ok());
    EXPECT_EQ(out, pt) << "general=" << general;
  }
}

TEST(Ff1Test, NistSp80038gSamples) {
  for (const auto& v : kNistSamples) CheckVector(v);
}

TEST(Ff1Test, LongInputsWithMultiBlockPrf) {
  for (const auto& v : kLongVectors) CheckVector(v);
}

TEST(Ff1Test, NumeralApiMatchesStringApi) {
  auto ff1 = Ff1::Create(Hex(kKey128), 10);
  ASSERT_TRUE(ff1.ok());
  const std::vector<uint16_t> pt = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  std::vector<uint16_t> out(pt.size());
  ASSERT_TRUE(ff1.value().Encrypt(pt, {}, out).ok());
  EXPECT_EQ(out, ToNumerals("2433477484"));  // NIST Sample 1
  // In place.
  std::vector<uint16_t> buf = pt;
  ASSERT_TRUE(ff1.value().Encrypt(buf, {}, buf).ok());
  EXPECT_EQ(buf, out);
  ASSERT_TRUE(ff1.value().Decrypt(buf, {}, buf).ok());
  EXPECT_EQ(buf, pt);
}

TEST(Ff1Test, Radix36AcceptsUpperCaseAndWritesLowerCase) {
  auto ff1 = Ff1::Create(Hex(kKey128), 36);
  ASSERT_TRUE(ff1.ok());
  auto enc = ff1.value().EncryptString("0123456789ABCDEFGHI", Hex(kTweak11));
  ASSERT_TRUE(enc.ok());
  EXPECT_EQ(enc.value(), "a9tv40mll9kdu509eum");  // NIST Sample 3
}

TEST(Ff1Test, EncryptCharsInPlace) {
  auto ff1 = Ff1::Create(Hex(kKey256), 10);
  ASSERT_TRUE(ff1.ok());
  std::string buf = "0123456789";
  ASSERT_TRUE(ff1.value().EncryptChars(buf, Hex(kTweak10), buf).ok());
  EXPECT_EQ(buf, "1001623463");  // NIST Sample 8
  ASSERT_TRUE(ff1.value().DecryptChars(buf, Hex(kTweak10), buf).ok());
  EXPECT_EQ(buf, "0123456789");
}

TEST(Ff1Test, RejectsBadParameters) {
  const auto key = Hex(kKey128);
  EXPECT_EQ(Ff1::Create(key, 1).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Ff1::Create(key, 65537).status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Ff1::Create(key, 2).ok());
  EXPECT_TRUE(Ff1::Create(key, 65536).ok());
  auto bad_key = Ff1::Create(Hex("0011"), 10);
  ASSERT_FALSE(bad_key.ok());
  EXPECT_NE(bad_key.status().message().find("16, 24 or 32"), std::string::npos);

  auto ff1 = Ff1::Create(key, 10);
  ASSERT_TRUE(ff1.ok());
  EXPECT_EQ(ff1.value().min_length(), 6u);
  // 10^5 < 10^6: too short, with a message that says why.
  auto short_in = ff1.value().EncryptString("12345", {});
  ASSERT_FALSE(short_in.ok());
  EXPECT_EQ(short_in.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(short_in.status().message().find("at least 6"), std::string::npos);
  EXPECT_NE(short_in.status().message().find("1,000,000"), std::string::npos);
  EXPECT_TRUE(ff1.value().EncryptString("123456", {}).ok());
  // A non-digit: the position is named, the value is not.
  auto bad_char = ff1.value().EncryptString("1380013800a", {});
  ASSERT_FALSE(bad_char.ok());
  EXPECT_NE(bad_char.status().message().find("position 10"), std::string::npos);
  EXPECT_EQ(bad_char.status().message().find("1380013800"), std::string::npos);
  // A numeral outside the radix.
  std::vector<uint16_t> nums = {1, 2, 3, 4, 5, 10};
  std::vector<uint16_t> out(nums.size());
  EXPECT_EQ(ff1.value().Encrypt(nums, {}, out).code(), StatusCode::kInvalidArgument);
  // Output of another size.
  std::vector<uint16_t> small(3);
  nums.back() = 9;
  EXPECT_EQ(ff1.value().Encrypt(nums, {}, small).code(), StatusCode::kInvalidArgument);

  EXPECT_EQ(Ff1::Create(key, 36).value().min_length(), 4u);   // 36^4 = 1,679,616
  EXPECT_EQ(Ff1::Create(key, 2).value().min_length(), 20u);   // 2^20 = 1,048,576
  EXPECT_EQ(Ff1::Create(key, 1000).value().min_length(), 2u);
  EXPECT_EQ(Ff1::Create(key, 65536).value().min_length(), 2u);
  // Text helpers are for radix 10 and 36 only.
  EXPECT_FALSE(Ff1::Create(key, 16).value().EncryptString("abcdef01", {}).ok());
}

std::vector<uint16_t> RandomNumerals(std::mt19937_64& rng, uint32_t radix, size_t n) {
  std::vector<uint16_t> x(n);
  for (auto& d : x) d = static_cast<uint16_t>(rng() % radix);
  return x;
}

// Property: Decrypt(Encrypt(x)) == x, and the output stays in the alphabet, for random radices,
// lengths (from the minimum up to past the 128-bit fast path), tweaks and key sizes.
TEST(Ff1Test, RoundTripOnRandomInputs) {
  std::mt19937_64 rng(7);
  const uint32_t radices[] = {2, 3, 7, 10, 16, 26, 36, 62, 255, 256, 1000, 4096, 65535, 65536};
  for (uint32_t radix : radices) {
    for (size_t key_size : {16, 24, 32}) {
      std::vector<uint8_t> key(key_size);
      for (auto& b : key) b = static_cast<uint8_t>(rng());
      auto ff1 = Ff1::Create(key, radix);
      ASSERT_TRUE(ff1.ok());
      for (int trial = 0; trial < 12; ++trial) {
        const size_t n = ff1.value().min_length() + rng() % 60;
        std::vector<uint8_t> tweak(rng() % 40);
        for (auto& b : tweak) b = static_cast<uint8_t>(rng());
        const auto x = RandomNumerals(rng, radix, n);
        std::vector<uint16_t> y(n), z(n);
        ASSERT_TRUE(ff1.value().Encrypt(x, tweak, y).ok());
        for (uint16_t d : y) ASSERT_LT(d, radix);
        ASSERT_TRUE(ff1.value().Decrypt(y, tweak, z).ok());
        ASSERT_EQ(z, x) << "radix " << radix << " n " << n << " tweak " << tweak.size();
      }
    }
  }
}

// Differential: the 128-bit path and the multiprecision path compute the same function,
// including at the edge of the fast path (radix^ceil(n/2) just below and above 2^96) and with
// tweaks that make Q span several blocks.
TEST(Ff1Test, FastPathMatchesGeneralPath) {
  std::mt19937_64 rng(99);
  for (uint32_t radix : {2u, 10u, 36u, 100u, 65536u}) {
    auto ff1 = Ff1::Create(Hex(kKey192), radix);
    ASSERT_TRUE(ff1.ok());
    for (size_t n = ff1.value().min_length(); n <= 200 && n <= ff1.value().min_length() + 120;
         ++n) {
      std::vector<uint8_t> tweak(rng() % 48);
      for (auto& b : tweak) b = static_cast<uint8_t>(rng());
      const auto x = RandomNumerals(rng, radix, n);
      std::vector<uint16_t> fast(n), general(n);
      ASSERT_TRUE(ff1.value().EncryptForTest(x, tweak, fast, false).ok());
      ASSERT_TRUE(ff1.value().EncryptForTest(x, tweak, general, true).ok());
      ASSERT_EQ(fast, general) << "radix " << radix << " n " << n;
      ASSERT_TRUE(ff1.value().DecryptForTest(fast, tweak, general, false).ok());
      ASSERT_EQ(general, x);
      ASSERT_TRUE(ff1.value().DecryptForTest(fast, tweak, general, true).ok());
      ASSERT_EQ(general, x);
    }
  }
}

TEST(Ff1Test, ExtremeValuesRoundTrip) {
  // All-zero and all-max strings hit the modular reductions' edges.
  for (uint32_t radix : {10u, 36u, 65536u}) {
    auto ff1 = Ff1::Create(Hex(kKey128), radix);
    ASSERT_TRUE(ff1.ok());
    for (size_t n : {ff1.value().min_length(), size_t{19}, size_t{56}, size_t{57}, size_t{300}}) {
      for (uint16_t fill : {uint16_t{0}, static_cast<uint16_t>(radix - 1)}) {
        std::vector<uint16_t> x(n, fill), y(n), z(n);
        ASSERT_TRUE(ff1.value().Encrypt(x, {}, y).ok());
        ASSERT_TRUE(ff1.value().Decrypt(y, {}, z).ok());
        EXPECT_EQ(z, x) << "radix " << radix << " n " << n;
      }
    }
  }
}

TEST(Ff1Test, TweakAndKeyChangeTheOutput) {
  auto a = Ff1::Create(Hex(kKey128), 10);
  auto b = Ff1::Create(Hex(kKey256), 10);
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string phone = "13800138000";
  const auto t1 = Hex("01");
  const auto t2 = Hex("02");
  const std::string x1 = a.value().EncryptString(phone, t1).value();
  EXPECT_EQ(x1.size(), phone.size());
  EXPECT_EQ(a.value().EncryptString(phone, t1).value(), x1);  // deterministic
  EXPECT_NE(a.value().EncryptString(phone, t2).value(), x1);
  EXPECT_NE(b.value().EncryptString(phone, t1).value(), x1);
}

// One shared instance used from several threads gives the same results as sequential use.
TEST(Ff1Test, SharedInstanceIsThreadSafe) {
  auto ff1 = Ff1::Create(Hex(kKey128), 10);
  ASSERT_TRUE(ff1.ok());
  const Ff1& shared = ff1.value();
  std::vector<std::string> inputs;
  std::vector<std::string> expected;
  std::mt19937_64 rng(5);
  for (int i = 0; i < 200; ++i) {
    std::string s;
    const size_t n = 6 + rng() % 30;
    for (size_t k = 0; k < n; ++k) s += static_cast<char>('0' + rng() % 10);
    inputs.push_back(s);
    expected.push_back(shared.EncryptString(s, Hex(kTweak10)).value());
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      const auto tweak = Hex(kTweak10);
      for (int round = 0; round < 20; ++round) {
        for (size_t i = 0; i < inputs.size(); ++i) {
          auto r = shared.EncryptString(inputs[i], tweak);
          if (!r.ok() || r.value() != expected[i]) ++mismatches;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace piguard::crypto
