// Small helpers shared by the crypto tests.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace piguard::crypto::testing {

inline std::vector<uint8_t> Hex(std::string_view hex) {
  std::vector<uint8_t> out;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::invalid_argument("bad hex in test vector");
  };
  std::string clean;
  for (char c : hex) {
    if (c != ' ' && c != '\n') clean += c;
  }
  if (clean.size() % 2 != 0) throw std::invalid_argument("odd hex length in test vector");
  for (size_t i = 0; i < clean.size(); i += 2) {
    out.push_back(static_cast<uint8_t>(nibble(clean[i]) << 4 | nibble(clean[i + 1])));
  }
  return out;
}

template <typename Bytes>
std::string ToHex(const Bytes& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

}  // namespace piguard::crypto::testing
