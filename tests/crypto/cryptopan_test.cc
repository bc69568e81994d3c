#include "crypto/cryptopan.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace piguard::crypto {
namespace {

// The key of the sample in the original Crypto-PAn source distribution (Xu, Fan, Ammar, Moon;
// Georgia Tech), used with its sample_trace_raw.dat / sample_trace_sanitized.dat.
const std::vector<uint8_t> kReferenceKey = {21,  34,  23,  141, 51,  164, 207, 128, 19,  10, 91,
                                            22,  73,  144, 125, 16,  216, 152, 143, 131, 121, 121,
                                            101, 39,  98,  87,  76,  45,  42,  132, 34,  2};

CryptoPan::V4 V4(const std::string& s) {
  CryptoPan::V4 out{};
  EXPECT_EQ(inet_pton(AF_INET, s.c_str(), out.data()), 1) << s;
  return out;
}

CryptoPan::V6 V6(const std::string& s) {
  CryptoPan::V6 out{};
  EXPECT_EQ(inet_pton(AF_INET6, s.c_str(), out.data()), 1) << s;
  return out;
}

std::string Str(const CryptoPan::V4& a) {
  char buf[INET_ADDRSTRLEN];
  return inet_ntop(AF_INET, a.data(), buf, sizeof(buf));
}

std::string Str(const CryptoPan::V6& a) {
  char buf[INET6_ADDRSTRLEN];
  return inet_ntop(AF_INET6, a.data(), buf, sizeof(buf));
}

struct Pair {
  const char* raw;
  const char* anonymized;
};

// The distinct (raw, sanitized) address pairs of the Crypto-PAn reference sample trace
// (sample_trace_raw.dat -> sample_trace_sanitized.dat, key kReferenceKey), as listed in the
// test suite of Yawning Angel's Go implementation (github.com/Yawning/cryptopan,
// cryptopan_test.go, TestCryptopanIPv4).
constexpr Pair kReferenceV4[] = {
    {"128.11.68.132", "135.242.180.132"},  {"129.118.74.4", "134.136.186.123"},
    {"130.132.252.244", "133.68.164.234"}, {"141.223.7.43", "141.167.8.160"},
    {"141.233.145.108", "141.129.237.235"}, {"152.163.225.39", "151.140.114.167"},
    {"156.29.3.236", "147.225.12.42"},     {"165.247.96.84", "162.9.99.234"},
    {"166.107.77.190", "160.132.178.185"}, {"192.102.249.13", "252.138.62.131"},
    {"192.215.32.125", "252.43.47.189"},   {"192.233.80.103", "252.25.108.8"},
    {"192.41.57.43", "252.222.221.184"},   {"193.150.244.223", "253.169.52.216"},
    {"195.205.63.100", "255.186.223.5"},   {"198.200.171.101", "249.199.68.213"},
    {"198.26.132.101", "249.36.123.202"},  {"198.36.213.5", "249.7.21.132"},
    {"198.51.77.238", "249.18.186.254"},   {"199.217.79.101", "248.38.184.213"},
    {"202.49.198.20", "245.206.7.234"},    {"203.12.160.252", "244.248.163.4"},
    {"204.184.162.189", "243.192.77.90"},  {"204.202.136.230", "243.178.4.198"},
    {"204.29.20.4", "243.33.20.123"},      {"205.178.38.67", "242.108.198.51"},
    {"205.188.147.153", "242.96.16.101"},  {"205.188.248.25", "242.96.88.27"},
    {"205.245.121.43", "242.21.121.163"},  {"207.105.49.5", "241.118.205.138"},
    {"207.135.65.238", "241.202.129.222"}, {"207.155.9.214", "241.220.250.22"},
    {"207.188.7.45", "241.255.249.220"},   {"207.25.71.27", "241.33.119.156"},
    {"207.33.151.131", "241.1.233.131"},   {"208.147.89.59", "227.237.98.191"},
    {"208.234.120.210", "227.154.67.17"},  {"208.28.185.184", "227.39.94.90"},
    {"208.52.56.122", "227.8.63.165"},     {"209.12.231.7", "226.243.167.8"},
    {"209.238.72.3", "226.6.119.243"},     {"209.246.74.109", "226.22.124.76"},
    {"209.68.60.238", "226.184.220.233"},  {"209.85.249.6", "226.170.70.6"},
    {"212.120.124.31", "228.135.163.231"}, {"212.146.8.236", "228.19.4.234"},
    {"212.186.227.154", "228.59.98.98"},   {"212.204.172.118", "228.71.195.169"},
    {"212.206.130.201", "228.69.242.193"}, {"216.148.237.145", "235.84.194.111"},
    {"216.157.30.252", "235.89.31.26"},    {"216.184.159.48", "235.96.225.78"},
    {"216.227.10.221", "235.28.253.36"},   {"216.254.18.172", "235.7.16.162"},
    {"216.32.132.250", "235.192.139.38"},  {"216.35.217.178", "235.195.157.81"},
    {"24.0.250.221", "100.15.198.226"},    {"24.13.62.231", "100.2.192.247"},
    {"24.14.213.138", "100.1.42.141"},     {"24.5.0.80", "100.9.15.210"},
    {"24.7.198.88", "100.10.6.25"},        {"24.94.26.44", "100.88.228.35"},
    {"38.15.67.68", "64.3.66.187"},        {"4.3.88.225", "124.60.155.63"},
    {"63.14.55.111", "95.9.215.7"},        {"63.195.241.44", "95.179.238.44"},
    {"63.97.7.140", "95.97.9.123"},        {"64.14.118.196", "0.255.183.58"},
    {"64.34.154.117", "0.221.154.117"},    {"64.39.15.238", "0.219.7.41"},
    {"10.185.25.118", "117.161.29.118"},
};

TEST(CryptoPanTest, ReferenceSampleTraceIpv4) {
  auto pan = CryptoPan::Create(kReferenceKey);
  ASSERT_TRUE(pan.ok()) << pan.status().message();
  for (const auto& p : kReferenceV4) {
    EXPECT_EQ(Str(pan.value().AnonymizeV4(V4(p.raw))), p.anonymized) << p.raw;
    EXPECT_EQ(Str(pan.value().DeanonymizeV4(V4(p.anonymized))), p.raw) << p.anonymized;
  }
}

// IPv6 with the reference key: Yawning Angel's Go cryptopan, cryptopan_test.go,
// TestCryptopanIPv6 (all 128 bits, same pad construction as IPv4).
constexpr Pair kGoV6[] = {
    {"::1", "78ff:f001:9fc0:20df:8380:b1f1:704:ed"},
    {"::2", "78ff:f001:9fc0:20df:8380:b1f1:704:ef"},
    {"::ffff", "78ff:f001:9fc0:20df:8380:b1f1:704:f838"},
    {"2001:db8::1", "4401:2bc:603f:d91d:27f:ff8e:e6f1:dc1e"},
    {"2001:db8::2", "4401:2bc:603f:d91d:27f:ff8e:e6f1:dc1c"},
};

TEST(CryptoPanTest, GoImplementationIpv6Vectors) {
  auto pan = CryptoPan::Create(kReferenceKey);
  ASSERT_TRUE(pan.ok());
  for (const auto& p : kGoV6) {
    EXPECT_EQ(Str(pan.value().AnonymizeV6(V6(p.raw))), Str(V6(p.anonymized))) << p.raw;
    EXPECT_EQ(Str(pan.value().DeanonymizeV6(V6(p.anonymized))), Str(V6(p.raw))) << p.anonymized;
  }
}

// yacryptopan (github.com/keiichishima/yacryptopan): README usage example (key
// "32-char-str-for-AES-key-and-pad.") and the self-test in yacryptopan.py's __main__ (key
// bytes 0..31), for IPv4 and IPv6.
TEST(CryptoPanTest, YacryptopanVectors) {
  const std::string text_key = "32-char-str-for-AES-key-and-pad.";
  auto a = CryptoPan::Create(std::vector<uint8_t>(text_key.begin(), text_key.end()));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(Str(a.value().AnonymizeV4(V4("192.0.2.1"))), "192.0.125.244");
  EXPECT_EQ(Str(a.value().AnonymizeV6(V6("2001:db8::1"))),
            Str(V6("27fe:8bc7:fee:1e:1e1f:f0fe:f0e1:83fd")));

  std::vector<uint8_t> counting(32);
  for (size_t i = 0; i < counting.size(); ++i) counting[i] = static_cast<uint8_t>(i);
  auto b = CryptoPan::Create(counting);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(Str(b.value().AnonymizeV4(V4("192.0.2.1"))), "2.90.93.17");
  EXPECT_EQ(Str(b.value().AnonymizeV6(V6("2001:db8::1"))),
            Str(V6("dd92:2c44:3fc0:ff1e:7ff9:c7f0:8180:7e00")));
}

TEST(CryptoPanTest, RejectsWrongKeySize) {
  for (size_t size : {0, 16, 31, 33}) {
    auto pan = CryptoPan::Create(std::vector<uint8_t>(size, 7));
    ASSERT_FALSE(pan.ok());
    EXPECT_EQ(pan.status().code(), StatusCode::kInvalidArgument);
  }
}

template <size_t N>
int CommonPrefixBits(const std::array<uint8_t, N>& a, const std::array<uint8_t, N>& b) {
  for (size_t i = 0; i < N; ++i) {
    const uint8_t diff = a[i] ^ b[i];
    if (diff != 0) return static_cast<int>(8 * i) + __builtin_clz(diff) - 24;
  }
  return static_cast<int>(8 * N);
}

// y shares exactly its first k bits with x (k < bits): bit k flipped, the rest random.
template <size_t N>
std::array<uint8_t, N> WithPrefix(const std::array<uint8_t, N>& x, int k, std::mt19937_64& rng) {
  std::array<uint8_t, N> y = x;
  y[k / 8] ^= static_cast<uint8_t>(0x80 >> (k % 8));
  for (int bit = k + 1; bit < static_cast<int>(8 * N); ++bit) {
    if (rng() & 1) y[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
  }
  return y;
}

// Property (the scheme's defining one): addresses sharing exactly a k-bit prefix map to
// addresses sharing exactly a k-bit prefix; and deanonymization inverts anonymization.
TEST(CryptoPanTest, PreservesPrefixesExactlyAndRoundTrips) {
  std::mt19937_64 rng(3);
  std::vector<uint8_t> key(32);
  for (auto& b : key) b = static_cast<uint8_t>(rng());
  auto pan = CryptoPan::Create(key);
  ASSERT_TRUE(pan.ok());
  const CryptoPan& p = pan.value();
  for (int trial = 0; trial < 300; ++trial) {
    CryptoPan::V4 x4;
    for (auto& b : x4) b = static_cast<uint8_t>(rng());
    const int k4 = static_cast<int>(rng() % 32);
    const auto y4 = WithPrefix(x4, k4, rng);
    ASSERT_EQ(CommonPrefixBits(x4, y4), k4);
    EXPECT_EQ(CommonPrefixBits(p.AnonymizeV4(x4), p.AnonymizeV4(y4)), k4);
    EXPECT_EQ(p.DeanonymizeV4(p.AnonymizeV4(x4)), x4);
    EXPECT_EQ(p.AnonymizeV4(p.DeanonymizeV4(x4)), x4);

    CryptoPan::V6 x6;
    for (auto& b : x6) b = static_cast<uint8_t>(rng());
    const int k6 = static_cast<int>(rng() % 128);
    const auto y6 = WithPrefix(x6, k6, rng);
    EXPECT_EQ(CommonPrefixBits(p.AnonymizeV6(x6), p.AnonymizeV6(y6)), k6);
    EXPECT_EQ(p.DeanonymizeV6(p.AnonymizeV6(x6)), x6);
    EXPECT_EQ(p.AnonymizeV6(p.DeanonymizeV6(x6)), x6);
  }
  // Identical addresses (k = 32 / 128) map identically.
  EXPECT_EQ(p.AnonymizeV4(V4("10.0.0.1")), p.AnonymizeV4(V4("10.0.0.1")));
}

}  // namespace
}  // namespace piguard::crypto
