// IP and MAC addresses: the one-pass readers (bit masks of the hex/':'/'.' run for MAC and
// IPv6, octets read while the dotted groups are walked for IPv4) against the plain walks they
// replace (extend, then validate the candidate again). Whole scans are compared, so the
// extent, the type, the likelihood and where the scan continues must all agree: on hand-made
// edge cases in many surroundings, on mutations of real addresses and on random text over the
// address alphabet. Each text is scanned where the segment ends right after it (byte-wise
// masks) and where readable bytes follow (16-byte loads).
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "detect/anchor_mask.h"
#include "piguard/config.h"
#include "piguard/scanner.h"
#include "scan_test_util.h"

namespace piguard {
namespace {

std::string Render(const Scanner& s, const Segment& seg) {
  return test::RenderFindings(s, seg, /*with_line=*/false);
}

const Scanner& Everything() { return test::EverythingScanner(); }

// Scans `text` with the plain paths, then with the fast ones: alone, and followed by readable
// bytes that would continue an address if they were scanned. Returns the plain rendering.
std::string ExpectSame(const std::string& text) {
  const Scanner& s = Everything();
  Segment seg;
  seg.text = text;
  detail::UseReferencePathsForTesting(true);
  const std::string plain = Render(s, seg);
  detail::UseReferencePathsForTesting(false);
  EXPECT_EQ(Render(s, seg), plain) << "text: " << text;
  // Bytes that would extend the run if they were read as text: hex groups, colons, dots.
  for (const char* after : {"", "ab", ":ab:cd:ef:01", "1:2:3", "::1", "5", ".1", ":", "-ab",
                            "0.1.2.3:4:5:6:7:8:9abcdef"}) {
    std::string padded = text + after;
    padded.append(80, ' ');
    seg.text = std::string_view(padded).substr(0, text.size());
    seg.readable_after = padded.size() - text.size();
    EXPECT_EQ(Render(s, seg), plain) << "text: " << text << " (readable after: " << after << ")";
  }
  return plain;
}

// Address-like shapes that sit on the edges of the rules.
const std::vector<std::string>& EdgeAddresses() {
  static const std::vector<std::string> kAddresses = {
      // IPv6, full and compressed
      "240e:386:efd4:2fbd:cda0:1922:c2a7:63e9", "2001:0db8:0000:0000:0000:ff00:0042:8329",
      "2001:db8::ff00:42:8329", "240e:346:9e45:5813:b78::d2", "2409:8a38:2581:9f73:913f::de12",
      "fe80::1", "::1", "::", "1::", "1::2", "::ffff", "2001:DB8::", "FE80::1FF:FE23:4567:890A",
      "a:b:c:d:e:f:0:1", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::3:4:5:6:7:8",
      "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8",
      // IPv6, invalid: too many or too few groups, long groups, several "::"
      "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1", "1:23456:3:4:5:6:7:8", "1::2::3",
      "2001:db8:::1", ":::", "::::", "1:::2", ":1:2:3:4:5:6:7:8", ":1::2", "1:2:3:4:5:6:7:8:",
      "abcd:", "ab:cd", "ab:cd:", "ab::", "a:b", "0:0", "0:0:0",
      "11111:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:88888",
      // embedded IPv4 tails and dots
      "::ffff:192.168.1.1", "::ffff:192.168.1.256", "::ffff:1.2.3", "64:ff9b::10.0.0.1",
      "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "fe80::1.", "fe80::1..", "fe80::1:.",
      "2001:db8::1.2", "::1.2.3.4.5", "1.2.3.4::1",
      // zone ids and other tails
      "fe80::1%eth0", "fe80::1%25en0", "fe80::1/64", "[2001:db8::1]:443", "2001:db8::1]",
      "2001:db8::1:", "2001:db8::1::", "2001:db8::g", "2001:db8::1g", "2001:db8::1-2",
      // long runs
      "1:2:3:4:5:6:7:8:1:2:3:4:5:6:7:8:1:2:3:4:5:6:7:8:1:2:3:4:5:6:7:8:9",
      "aaaa:bbbb:cccc:dddd:eeee:ffff:0000:1111:2222:3333:4444:5555:6666",
      "1111:2222:3333:4444:5555:6666:7777:8888", "0000:0000:0000:0000:0000:0000:0000:0000:",
      // MACs with ':' and '-', mixed, short and long
      "c0:8c:ef:0d:e8:e4", "C0:8C:EF:0D:E8:E4", "4C-6D-15-A2-7D-27", "4c-6d-15-a2-7d-27",
      "AA-F7-CC-34-5B-89", "aa:bb:cc:dd:ee:ff", "00:1A-2B:3C:4D:5E", "00-1A-2B-3C-4D:5E",
      "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5E:6F", "00:1A:2B:3C:4D:5G", "001A:2B3C:4D5E:",
      "00:1A:2B:3C:4D:5E:", "00:1A:2B:3C:4D:5E.", "00:1A:2B:3C:4D:5E.1", "00:1A:2B:3C:4D:5E-1",
      "00:1A:2B:3C:4D:5E::", "0:1A:2B:3C:4D:5E", "000:1A:2B:3C:4D:5E", "00::1A:2B:3C:4D:5E",
      "00-1A-2B-3C-4D-5E-6F", "00-1A-2B-3C-4D", "0-1A-2B-3C-4D-5E", "ab:cd:ef:01:23:45",
      // Cisco dotted
      "001a.2b3c.4d5e", "0011.2233.4455", "001a.2b3c.4d5e.6f70", "001a.2b3c.4d5", "001a.2b3c",
      "001a:2b3c:4d5e", "0011.2233-4455",
      // IPv4
      "10.227.69.200", "100.110.120.24", "0.0.0.0", "255.255.255.255", "256.1.1.1",
      "1.1.1.256", "1.2.3.255", "1.2.3.260", "1.2.3.300", "01.2.3.4", "1.2.3.04", "1.2.00.4",
      "1.02.3.4", "1.2.3.1000", "1.2.3.0255", "0.1.2.3", "00.1.2.3", "1.2.3", "1.2.3.4.5",
      "1.2.3.4.5.6.7.8", "1.2.3.4.5.6.7.8.9.10", "1..2.3", "1.2.3.4.", "1.2.3.4..", ".1.2.3.4",
      "1.2.3.a", "1.2.3.4a", "a1.2.3.4", "1.2.3.4:8080", "1.2.3.4/24", "1.2.3.4-5",
      "123.234.345.456", "99999999999999999999.1.2.3", "1.2.3.99999999999999999999",
      "192.168.1.1.", "3.4", "22.279897,114.312361", "22.279897, 114.312361", "1.5.2026",
      "31.12.1990", "2026.11.15", "v1.2.3.4",
  };
  return kAddresses;
}

// What may stand before and after an address.
const std::vector<std::pair<std::string, std::string>>& Surroundings() {
  static const std::vector<std::pair<std::string, std::string>> kAround = {
      {"", ""},         {"ip=", " "},    {"mac=", ""},   {"x", ""},        {"", "x"},
      {"g", ""},        {"", "g"},       {"a", ""},      {"", "a"},        {"0", ""},
      {"", "0"},        {":", ""},       {"", ":"},      {"::", ""},       {"", "::"},
      {"-", ""},        {"", "-"},       {".", ""},      {"", "."},        {"", ". "},
      {"(", ")"},       {"[", "]"},      {"\"", "\""},   {" ", ","},       {"=", ";"},
      {"ab:", ""},      {"", ":ab"},     {"1.", ""},     {"", ".1"},       {"", "%eth0"},
      {"lat=", ""},     {"loc=", ","},   {"dob=", ""},
      {"\xe5\x9c\xb0\xe5\x9d\x80", "\xe3\x80\x82"},  // 地址 … 。
  };
  return kAround;
}

// A line of log text long enough that the address sits well inside a 64-byte block.
std::string InLogLine(const std::string& value) {
  return "2026-11-15T00:00:00.004+08:00 INFO aaa.acct msisdn=13655616090 framed=" + value +
         " in_octets=989499915 session=56a3a514";
}

TEST(AddressFastPathsTest, EdgeShapesInEverySurrounding) {
  for (const std::string& a : EdgeAddresses()) {
    for (const auto& [before, after] : Surroundings()) {
      const std::string v = before + a + after;
      ExpectSame(v);
      ExpectSame(InLogLine(v));
      ExpectSame(v + " " + v);
    }
  }
}

// The fast paths must find addresses, not only agree on finding nothing.
TEST(AddressFastPathsTest, RecognisesTheCommonShapes) {
  for (const char* v : {"240e:386:efd4:2fbd:cda0:1922:c2a7:63e9", "fe80::1", "c0:8c:ef:0d:e8:e4",
                        "4C-6D-15-A2-7D-27", "10.227.69.200", "001a.2b3c.4d5e"}) {
    const std::string out = ExpectSame(InLogLine(v));
    EXPECT_NE(out.find(std::string(" ") + v + "\n"), std::string::npos) << v << "\n" << out;
  }
  for (const char* v : {"1:2:3:4:5:6:7:8:9", "256.1.1.1", "01.2.3.4", "1.2.3.4.5", "12345::1"}) {
    const std::string out = ExpectSame(InLogLine(v));
    EXPECT_EQ(out.find(std::string(" ") + v + "\n"), std::string::npos) << v << "\n" << out;
  }
}

// Dotted groups whose dots and ends fall on every byte around the end of the 16 bytes the
// fast path looks at, under keys that make a decimal a coordinate or a date a birth date.
TEST(AddressFastPathsTest, DottedGroupsAcrossTheSixteenByteEdge) {
  const std::string digits = "12345678901234567890123";
  for (const char* key : {"", "lat=", "loc=", "dob=", "ip=", "v"}) {
    for (size_t first = 1; first <= 20; ++first) {
      for (size_t second = 1; second <= 6; ++second) {
        for (const char* tail : {"", ".1", ".12.3", ".1.2.3.4", ".", "..1", ",114.312361", "x"}) {
          const std::string v =
              digits.substr(0, first) + "." + digits.substr(3, second) + tail;
          ExpectSame(key + v);
          ExpectSame(InLogLine(key + v));
          ExpectSame("1.2." + v);
        }
      }
    }
  }
}

// Real addresses with one or two bytes inserted, deleted, replaced or repeated.
TEST(AddressFastPathsTest, MutatedAddresses) {
  static const char kAlphabet[] = "0123456789abcdefABCDEFgz:.-% ";
  std::mt19937_64 rng(4242);
  const auto& seeds = EdgeAddresses();
  for (int round = 0; round < 20000; ++round) {
    std::string v = seeds[rng() % seeds.size()];
    for (int edits = 1 + static_cast<int>(rng() % 2); edits > 0; --edits) {
      const size_t at = v.empty() ? 0 : rng() % (v.size() + 1);
      const char c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
      switch (rng() % 4) {
        case 0: v.insert(v.begin() + static_cast<long>(at), c); break;
        case 1: if (at < v.size()) v.erase(at, 1); break;
        case 2: if (at < v.size()) v[at] = c; break;
        default: v += v.substr(at, 5); break;
      }
    }
    const auto& [before, after] = Surroundings()[rng() % Surroundings().size()];
    ExpectSame(before + v + after);
    if (round % 4 == 0) ExpectSame(InLogLine(v));
  }
}

// Random text over the address alphabet, weighted towards runs of hex groups.
TEST(AddressFastPathsTest, RandomAddressAlphabetText) {
  std::mt19937_64 rng(77);
  for (int round = 0; round < 20000; ++round) {
    std::string v;
    const size_t pieces = 1 + rng() % 14;
    for (size_t k = 0; k < pieces; ++k) {
      switch (rng() % 8) {
        case 0: case 1: case 2: {  // a hex group of 0-5 digits
          for (size_t n = rng() % 6; n > 0; --n) v.push_back("0123456789abcdefABCDEF"[rng() % 22]);
          break;
        }
        case 3: case 4: v.push_back(':'); break;
        case 5: {  // a decimal group
          v += std::to_string(rng() % (rng() % 2 ? 300 : 100000));
          break;
        }
        case 6: v.push_back('.'); break;
        default: v.push_back("-% g=x,"[rng() % 7]); break;
      }
    }
    ExpectSame(v);
    if (round % 4 == 0) ExpectSame(InLogLine(v));
  }
}

}  // namespace
}  // namespace piguard
