#include "crypto/hmac.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <atomic>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "crypto/crypto_test_util.h"
#include "crypto/sha256_mb.h"

namespace piguard::crypto {
namespace {

using testing::Hex;
using testing::ToHex;

std::vector<uint8_t> Bytes(std::string_view s) { return {s.begin(), s.end()}; }

// FIPS 180-4 examples (NIST "SHA256.pdf" example values): "abc", the empty message, and the
// two-block 448-bit message.
TEST(HmacTest, Sha256Fips180Examples) {
  EXPECT_EQ(ToHex(Sha256("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(ToHex(Sha256("")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(ToHex(Sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

struct HmacVector {
  std::vector<uint8_t> key;
  std::vector<uint8_t> data;
  const char* mac;  // hex; test case 5 gives only the first 128 bits
};

// RFC 4231, section 4 (test cases 1-7 for HMAC-SHA-256).
std::vector<HmacVector> Rfc4231() {
  return {
      {std::vector<uint8_t>(20, 0x0b), Bytes("Hi There"),
       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
      {Bytes("Jefe"), Bytes("what do ya want for nothing?"),
       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
      {std::vector<uint8_t>(20, 0xaa), std::vector<uint8_t>(50, 0xdd),
       "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
      {Hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), std::vector<uint8_t>(50, 0xcd),
       "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"},
      {std::vector<uint8_t>(20, 0x0c), Bytes("Test With Truncation"),
       "a3b6167473100ee06e0c796c2955552b"},
      {std::vector<uint8_t>(131, 0xaa),
       Bytes("Test Using Larger Than Block-Size Key - Hash Key First"),
       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
      {std::vector<uint8_t>(131, 0xaa),
       Bytes("This is a test using a larger than block-size key and a larger than block-size "
             "data. The key needs to be hashed before being used by the HMAC algorithm."),
       "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"},
  };
}

TEST(HmacTest, Rfc4231TestCases) {
  int number = 0;
  for (const auto& v : Rfc4231()) {
    ++number;
    SCOPED_TRACE("RFC 4231 test case " + std::to_string(number));
    const HmacSha256 hmac(v.key);
    const std::string mac = ToHex(hmac.Mac(v.data));
    const std::string want = v.mac;
    // Test case 5 publishes a truncated output: compare the prefix.
    EXPECT_EQ(mac.substr(0, want.size()), want);
    EXPECT_TRUE(hmac.Verify(v.data, Hex(want)));
    auto wrong = Hex(want);
    wrong.back() ^= 1;
    EXPECT_FALSE(hmac.Verify(v.data, wrong));
  }
}

// Differential against OpenSSL's one-shot HMAC() around the block and padding boundaries
// (55/56/64-byte messages, 64/65-byte keys).
TEST(HmacTest, MatchesOpenSslHmac) {
  std::mt19937_64 rng(11);
  for (size_t key_len : {0, 1, 16, 32, 63, 64, 65, 200}) {
    std::vector<uint8_t> key(key_len);
    for (auto& b : key) b = static_cast<uint8_t>(rng());
    const HmacSha256 hmac(key);
    for (size_t msg_len = 0; msg_len <= 200; ++msg_len) {
      std::vector<uint8_t> msg(msg_len);
      for (auto& b : msg) b = static_cast<uint8_t>(rng());
      uint8_t want[32];
      unsigned int want_len = 0;
      static const uint8_t kEmpty = 0;
      ASSERT_NE(HMAC(EVP_sha256(), key.empty() ? &kEmpty : key.data(), static_cast<int>(key_len),
                     msg.data(), msg.size(), want, &want_len),
                nullptr);
      ASSERT_EQ(ToHex(hmac.Mac(msg)), ToHex(std::vector<uint8_t>(want, want + want_len)))
          << "key " << key_len << " msg " << msg_len;
    }
  }
}

TEST(HmacTest, PartsEqualConcatenation) {
  const HmacSha256 hmac(Bytes("key"));
  const auto a = Bytes("mobile");
  const uint8_t zero[1] = {0};
  const auto b = Bytes("13800138000");
  std::vector<uint8_t> joined = a;
  joined.push_back(0);
  joined.insert(joined.end(), b.begin(), b.end());
  EXPECT_EQ(hmac.Mac({a, zero, b}), hmac.Mac(joined));
  EXPECT_EQ(hmac.Mac(std::string_view("13800138000")), hmac.Mac(b));
}

// Messages given in parts (as pseudonyms are: type, 0, value), every split point, around
// the one-block limit (55 bytes) where Mac switches between its two paths.
TEST(HmacTest, PartsMatchOpenSslHmacAcrossTheOneBlockLimit) {
  std::mt19937_64 rng(12);
  std::vector<uint8_t> key(32);
  for (auto& b : key) b = static_cast<uint8_t>(rng());
  const HmacSha256 hmac(key);
  for (size_t msg_len = 0; msg_len <= 70; ++msg_len) {
    std::vector<uint8_t> msg(msg_len);
    for (auto& b : msg) b = static_cast<uint8_t>(rng());
    uint8_t want[32];
    unsigned int want_len = 0;
    ASSERT_NE(HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), msg.data(),
                   msg.size(), want, &want_len),
              nullptr);
    const std::string want_hex = ToHex(std::vector<uint8_t>(want, want + want_len));
    for (size_t cut1 = 0; cut1 <= msg_len; ++cut1) {
      const size_t cut2 = cut1 + (msg_len - cut1) / 2;
      std::span<const uint8_t> all(msg);
      ASSERT_EQ(ToHex(hmac.Mac({all.subspan(0, cut1), all.subspan(cut1, cut2 - cut1),
                                all.subspan(cut2)})),
                want_hex)
          << "msg " << msg_len << " cut " << cut1;
    }
  }
}

// Pseudonyms' HMAC(label || 0x00 || value), on both sides of the one-block limit.
TEST(HmacTest, LabelledMatchesOpenSslHmac) {
  std::mt19937_64 rng(13);
  std::vector<uint8_t> key(32);
  for (auto& b : key) b = static_cast<uint8_t>(rng());
  const HmacSha256 hmac(key);
  for (size_t label_len = 0; label_len <= 24; ++label_len) {
    for (size_t value_len = 0; value_len <= 70; ++value_len) {
      std::string label(label_len, 'x'), value(value_len, 'y');
      for (char& c : label) c = static_cast<char>(rng());
      for (char& c : value) c = static_cast<char>(rng());
      std::string msg = label + std::string(1, '\0') + value;
      uint8_t want[32];
      unsigned int want_len = 0;
      ASSERT_NE(HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
                     reinterpret_cast<const uint8_t*>(msg.data()), msg.size(), want, &want_len),
                nullptr);
      ASSERT_EQ(ToHex(hmac.MacLabelled(label, value)),
                ToHex(std::vector<uint8_t>(want, want + want_len)))
          << "label " << label_len << " value " << value_len;
    }
  }
}

TEST(HmacTest, VerifyRejectsEmptyAndOverlongTags) {
  const HmacSha256 hmac(Bytes("key"));
  const auto mac = hmac.Mac(Bytes("m"));
  EXPECT_TRUE(hmac.Verify(Bytes("m"), mac));
  EXPECT_FALSE(hmac.Verify(Bytes("m"), {}));
  std::vector<uint8_t> longer(mac.begin(), mac.end());
  longer.push_back(0);
  EXPECT_FALSE(hmac.Verify(Bytes("m"), longer));
  EXPECT_FALSE(hmac.Verify(Bytes("n"), mac));
}

TEST(HmacTest, CopiesAndThreadsAgree) {
  const HmacSha256 hmac(Bytes("shared key"));
  const HmacSha256 copy = hmac;
  EXPECT_EQ(copy.Mac(Bytes("x")), hmac.Mac(Bytes("x")));
  const auto want = hmac.Mac(Bytes("13800138000"));
  std::vector<std::thread> threads;
  std::atomic<int> bad{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5000; ++i) {
        if (hmac.Mac(Bytes("13800138000")) != want) ++bad;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
}

// ---------------------------------------------------------------------------------------
// Two MACs at once (MacPair, MacLabelledPair): each kernel against OpenSSL's HMAC().

using Kernel = HmacSha256::PairKernel;

// Both kernels, whatever the CPU: without SHA-NI, kShaNiInterleaved runs the other one (and
// ShaNiKernelIsTheOneAfterTheOther below is skipped, so a run shows that it was not checked).
constexpr Kernel kKernels[] = {Kernel::kShaNiInterleaved, Kernel::kOneAfterTheOther};

std::string KernelName(Kernel k) {
  return k == Kernel::kShaNiInterleaved ? "kShaNiInterleaved" : "kOneAfterTheOther";
}

std::string OpenSslHmacHex(const std::vector<uint8_t>& key, std::string_view message) {
  uint8_t mac[32];
  unsigned int mac_len = 0;
  static const uint8_t kEmpty = 0;
  if (!HMAC(EVP_sha256(), key.empty() ? &kEmpty : key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const uint8_t*>(message.data()), message.size(), mac, &mac_len))
    return "HMAC() failed";
  return ToHex(std::vector<uint8_t>(mac, mac + mac_len));
}

std::string RandomBytes(std::mt19937_64& rng, size_t n) {
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng());  // zero bytes included
  return s;
}

// A pseudonym's message: label || 0x00 || value, `total` bytes (>= 1), split at random.
struct Labelled {
  std::string label, value;
  std::string Message() const { return label + std::string(1, '\0') + value; }
};

Labelled RandomLabelled(std::mt19937_64& rng, size_t total) {
  const size_t label_len = rng() % total;  // 0..total-1
  return {RandomBytes(rng, label_len), RandomBytes(rng, total - 1 - label_len)};
}

// Every message length of the one-block path (1..55 for a labelled message) and beyond it,
// each paired with a random partner, one of the same length, one at the limit, one just past
// it; in both orders, and with itself; under keys around the block size.
TEST(HmacPairTest, LabelledPairMatchesOpenSslHmacAtEveryLength) {
  for (Kernel kernel : kKernels) {
    SCOPED_TRACE(KernelName(kernel));
    std::mt19937_64 rng(21);
    for (size_t key_len : {0, 1, 32, 64, 65, 100}) {
      const std::vector<uint8_t> key = Bytes(RandomBytes(rng, key_len));
      const HmacSha256 hmac(key);
      for (size_t total = 1; total <= 70; ++total) {
        const Labelled a = RandomLabelled(rng, total);
        const std::string want_a = OpenSslHmacHex(key, a.Message());
        for (size_t partner_total : {1 + rng() % 70, total, size_t{55}, size_t{56}}) {
          const Labelled b = RandomLabelled(rng, partner_total);
          const std::string want_b = OpenSslHmacHex(key, b.Message());
          Sha256Digest mac_a, mac_b;
          hmac.MacLabelledPair(a.label, a.value, b.label, b.value, &mac_a, &mac_b, kernel);
          ASSERT_EQ(ToHex(mac_a), want_a) << "key " << key_len << " lengths " << total << ", "
                                          << partner_total;
          ASSERT_EQ(ToHex(mac_b), want_b) << "key " << key_len << " lengths " << total << ", "
                                          << partner_total;
          hmac.MacLabelledPair(b.label, b.value, a.label, a.value, &mac_b, &mac_a, kernel);
          ASSERT_EQ(ToHex(mac_a), want_a) << "swapped; key " << key_len << " lengths " << total;
          ASSERT_EQ(ToHex(mac_b), want_b) << "swapped; key " << key_len << " lengths " << total;
        }
        Sha256Digest mac_1, mac_2;
        hmac.MacLabelledPair(a.label, a.value, a.label, a.value, &mac_1, &mac_2, kernel);
        ASSERT_EQ(ToHex(mac_1), want_a) << "equal inputs; length " << total;
        ASSERT_EQ(ToHex(mac_2), want_a) << "equal inputs; length " << total;
      }
    }
  }
}

// The same for whole messages, which may be empty: lengths 0..55 and past the limit.
TEST(HmacPairTest, PairMatchesOpenSslHmacAtEveryLength) {
  for (Kernel kernel : kKernels) {
    SCOPED_TRACE(KernelName(kernel));
    std::mt19937_64 rng(22);
    const std::vector<uint8_t> key = Bytes(RandomBytes(rng, 32));
    const HmacSha256 hmac(key);
    for (size_t len = 0; len <= 70; ++len) {
      const std::string a = RandomBytes(rng, len);
      for (size_t partner_len : {rng() % 71, len, size_t{0}, size_t{55}, size_t{56}}) {
        const std::string b = RandomBytes(rng, partner_len);
        Sha256Digest mac_a, mac_b;
        hmac.MacPair(AsBytes(a), AsBytes(b), &mac_a, &mac_b, kernel);
        ASSERT_EQ(ToHex(mac_a), OpenSslHmacHex(key, a)) << "lengths " << len << ", " << partner_len;
        ASSERT_EQ(ToHex(mac_b), OpenSslHmacHex(key, b)) << "lengths " << len << ", " << partner_len;
      }
    }
  }
}

// RFC 4231 cases 1-6 fit one block (case 7's 152 bytes checks the long path), each paired
// with another message under the same key, in both places.
TEST(HmacPairTest, Rfc4231TestCasesThroughThePair) {
  for (Kernel kernel : kKernels) {
    SCOPED_TRACE(KernelName(kernel));
    int number = 0;
    for (const auto& v : Rfc4231()) {
      SCOPED_TRACE("RFC 4231 test case " + std::to_string(++number));
      const HmacSha256 hmac(v.key);
      const std::string want = v.mac;
      const auto other = Bytes("13800138000");
      const std::string want_other = ToHex(hmac.Mac(other));
      Sha256Digest first, second;
      hmac.MacPair(v.data, other, &first, &second, kernel);
      EXPECT_EQ(ToHex(first).substr(0, want.size()), want);  // case 5 publishes 128 bits
      EXPECT_EQ(ToHex(second), want_other);
      hmac.MacPair(other, v.data, &first, &second, kernel);
      EXPECT_EQ(ToHex(first), want_other);
      EXPECT_EQ(ToHex(second).substr(0, want.size()), want);
    }
  }
}

// Where the CPU has SHA-NI, the interleaved kernel against the portable one on many random
// pairs (the tests above check both against OpenSSL on fewer).
TEST(HmacPairTest, ShaNiKernelIsTheOneAfterTheOther) {
  if (!HmacSha256::ShaNiAvailable()) GTEST_SKIP() << "this CPU has no SHA extensions";
  EXPECT_EQ(HmacSha256::BestPairKernel(), Kernel::kShaNiInterleaved);
  std::mt19937_64 rng(23);
  for (int round = 0; round < 2000; ++round) {
    const HmacSha256 hmac(Bytes(RandomBytes(rng, 32)));
    const Labelled a = RandomLabelled(rng, 1 + rng() % 55);
    const Labelled b = RandomLabelled(rng, 1 + rng() % 55);
    Sha256Digest ni_a, ni_b, portable_a, portable_b;
    hmac.MacLabelledPair(a.label, a.value, b.label, b.value, &ni_a, &ni_b,
                         Kernel::kShaNiInterleaved);
    hmac.MacLabelledPair(a.label, a.value, b.label, b.value, &portable_a, &portable_b,
                         Kernel::kOneAfterTheOther);
    ASSERT_EQ(ni_a, portable_a) << "round " << round;
    ASSERT_EQ(ni_b, portable_b) << "round " << round;
    ASSERT_EQ(ni_a, hmac.MacLabelled(a.label, a.value)) << "round " << round;
  }
}

// ---------------------------------------------------------------------------------------
// Many MACs at once (MacLabelledBatch): each kernel against OpenSSL's HMAC().

using BatchKernel = HmacSha256::BatchKernel;

// Every kernel, whatever the CPU: one the CPU lacks runs another (and the kernel-level tests
// below are skipped, so a run shows what was not checked).
constexpr BatchKernel kBatchKernels[] = {BatchKernel::kFastest, BatchKernel::kAvx512x16,
                                         BatchKernel::kShaNiPairs, BatchKernel::kOneAtATime};

std::string BatchKernelName(BatchKernel k) {
  switch (k) {
    case BatchKernel::kFastest: return "kFastest";
    case BatchKernel::kAvx512x16: return "kAvx512x16";
    case BatchKernel::kShaNiPairs: return "kShaNiPairs";
    case BatchKernel::kOneAtATime: return "kOneAtATime";
  }
  return "?";
}

// Batches of every count from 1 to 40 (partial, full and several runs of sixteen lanes), whose
// messages go through every length of the one-block path (1..55 bytes) with longer ones
// (56..70, the general path) mixed in, under keys around the block size.
TEST(HmacBatchTest, LabelledBatchMatchesOpenSslHmacForEveryCountAndLength) {
  for (BatchKernel kernel : kBatchKernels) {
    SCOPED_TRACE(BatchKernelName(kernel));
    std::mt19937_64 rng(31);
    size_t next_total = 0;
    for (size_t key_len : {0, 32, 65}) {
      const std::vector<uint8_t> key = Bytes(RandomBytes(rng, key_len));
      const HmacSha256 hmac(key);
      for (size_t count = 1; count <= 40; ++count) {
        std::vector<Labelled> messages;
        for (size_t i = 0; i < count; ++i) {
          messages.push_back(RandomLabelled(rng, 1 + next_total));
          next_total = (next_total + 1) % 70;
        }
        std::vector<HmacSha256::Labelled> views;
        for (const auto& m : messages) views.push_back({m.label, m.value});
        std::vector<Sha256Digest> macs(count);
        hmac.MacLabelledBatch(views, macs, kernel);
        for (size_t i = 0; i < count; ++i) {
          ASSERT_EQ(ToHex(macs[i]), OpenSslHmacHex(key, messages[i].Message()))
              << "key " << key_len << " count " << count << " message " << i << " of "
              << messages[i].Message().size() << " bytes";
        }
      }
    }
  }
}

TEST(HmacBatchTest, EmptyAndMismatchedBatchesWriteNothing) {
  const HmacSha256 hmac(Bytes("key"));
  hmac.MacLabelledBatch({}, {});
  const HmacSha256::Labelled message[1] = {{"EMAIL", "a@b.cn"}};
  Sha256Digest macs[2] = {};
  hmac.MacLabelledBatch(message, macs);
  EXPECT_EQ(macs[0], Sha256Digest{});
  EXPECT_EQ(macs[1], Sha256Digest{});
}

// The sixteen-lane kernel on its own (sha256_mb.h), for messages that are not labelled.
class Sha256MbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Sha256MbAvailable()) GTEST_SKIP() << "this CPU has no AVX-512";
  }

  // The eight state words after the 64-byte block key ^ pad, through OpenSSL's SHA256_CTX.
  static std::array<uint32_t, 8> KeyedState(const std::vector<uint8_t>& key, uint8_t pad) {
    uint8_t block[64] = {};
    if (key.size() > 64) {
      SHA256(key.data(), key.size(), block);
    } else if (!key.empty()) {
      std::memcpy(block, key.data(), key.size());
    }
    for (uint8_t& b : block) b ^= pad;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, block, sizeof(block));
#pragma GCC diagnostic pop
    std::array<uint32_t, 8> h;
    for (size_t i = 0; i < 8; ++i) h[i] = ctx.h[i];
    return h;
  }

  // HmacOneBlockX16 of messages (each at most 55 bytes; lanes past messages.size() empty).
  static std::vector<std::string> MacsOf(const std::vector<uint8_t>& key,
                                         const std::vector<std::string>& messages) {
    uint8_t blocks[64 * kSha256MbLanes] = {};
    for (size_t lane = 0; lane < messages.size(); ++lane) {
      uint8_t* block = blocks + 64 * lane;
      const std::string& m = messages[lane];
      std::memcpy(block, m.data(), m.size());
      block[m.size()] = 0x80;
      const uint64_t bits = (64 + m.size()) * 8;
      for (int i = 0; i < 8; ++i) block[63 - i] = static_cast<uint8_t>(bits >> (8 * i));
    }
    uint8_t digests[32 * kSha256MbLanes];
    HmacOneBlockX16(KeyedState(key, 0x36).data(), KeyedState(key, 0x5c).data(), blocks,
                    digests);
    std::vector<std::string> macs;
    for (size_t lane = 0; lane < messages.size(); ++lane) {
      macs.push_back(ToHex(std::vector<uint8_t>(digests + 32 * lane, digests + 32 * lane + 32)));
    }
    return macs;
  }
};

// RFC 4231 cases 1-6 fit one block (case 7 does not), each in a different lane next to
// random messages.
TEST_F(Sha256MbTest, Rfc4231TestCasesInEveryLane) {
  std::mt19937_64 rng(32);
  int number = 0;
  for (const auto& v : Rfc4231()) {
    if (v.data.size() > HmacSha256::kOneBlockMessage) continue;
    SCOPED_TRACE("RFC 4231 test case " + std::to_string(++number));
    for (size_t lane = 0; lane < kSha256MbLanes; ++lane) {
      std::vector<std::string> messages;
      for (size_t i = 0; i < kSha256MbLanes; ++i) messages.push_back(RandomBytes(rng, rng() % 56));
      messages[lane] = std::string(v.data.begin(), v.data.end());
      const std::string want = v.mac;
      EXPECT_EQ(MacsOf(v.key, messages)[lane].substr(0, want.size()), want) << "lane " << lane;
    }
  }
  EXPECT_EQ(number, 6);
}

// Every message length 0..55 in every lane, against OpenSSL.
TEST_F(Sha256MbTest, EveryLengthInEveryLaneMatchesOpenSslHmac) {
  std::mt19937_64 rng(33);
  for (size_t key_len : {0, 20, 64, 131}) {
    const std::vector<uint8_t> key = Bytes(RandomBytes(rng, key_len));
    for (size_t first = 0; first < 56; first += 4) {
      std::vector<std::string> messages;
      for (size_t lane = 0; lane < kSha256MbLanes; ++lane)
        messages.push_back(RandomBytes(rng, (first + lane) % 56));
      const std::vector<std::string> macs = MacsOf(key, messages);
      for (size_t lane = 0; lane < kSha256MbLanes; ++lane) {
        ASSERT_EQ(macs[lane], OpenSslHmacHex(key, messages[lane]))
            << "key " << key_len << " lane " << lane << " length " << messages[lane].size();
      }
    }
  }
}

struct HkdfVector {
  std::vector<uint8_t> ikm;
  std::vector<uint8_t> salt;
  std::vector<uint8_t> info;
  const char* okm;
};

// RFC 5869, Appendix A.1-A.3 (the SHA-256 test cases; A.3 has an empty salt and info).
TEST(HkdfTest, Rfc5869TestCases) {
  std::vector<uint8_t> a2_ikm, a2_salt, a2_info;
  for (int i = 0x00; i <= 0x4f; ++i) a2_ikm.push_back(static_cast<uint8_t>(i));
  for (int i = 0x60; i <= 0xaf; ++i) a2_salt.push_back(static_cast<uint8_t>(i));
  for (int i = 0xb0; i <= 0xff; ++i) a2_info.push_back(static_cast<uint8_t>(i));
  const HkdfVector vectors[] = {
      {std::vector<uint8_t>(22, 0x0b), Hex("000102030405060708090a0b0c"),
       Hex("f0f1f2f3f4f5f6f7f8f9"),
       "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
      {a2_ikm, a2_salt, a2_info,
       "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e"
       "590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87"},
      {std::vector<uint8_t>(22, 0x0b), {}, {},
       "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"},
  };
  int number = 0;
  for (const auto& v : vectors) {
    SCOPED_TRACE("RFC 5869 A." + std::to_string(++number));
    std::vector<uint8_t> okm(std::string_view(v.okm).size() / 2);
    ASSERT_TRUE(HkdfSha256(v.ikm, v.salt, v.info, okm).ok());
    EXPECT_EQ(ToHex(okm), v.okm);
  }
}

TEST(HkdfTest, RejectsBadOutputLengths) {
  std::vector<uint8_t> none;
  EXPECT_EQ(HkdfSha256(Bytes("k"), {}, {}, none).code(), StatusCode::kInvalidArgument);
  std::vector<uint8_t> too_long(255 * 32 + 1);
  EXPECT_EQ(HkdfSha256(Bytes("k"), {}, {}, too_long).code(), StatusCode::kInvalidArgument);
  std::vector<uint8_t> max(255 * 32);
  EXPECT_TRUE(HkdfSha256(Bytes("k"), {}, {}, max).ok());
}

}  // namespace
}  // namespace piguard::crypto
