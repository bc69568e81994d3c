// FF1 (NIST SP 800-38G, section 6.2, Algorithms 7 and 8).
//
// Both paths run the Feistel network on integers rather than numeral strings: NUM_radix of the
// two halves is computed once, each round only needs NUM(B) as bytes for Q and
// c = (NUM(A) +/- y) mod radix^m, and STR_radix is applied once at the end. This is the same
// function as the spec's (NUM_radix(STR^m_radix(c)) = c), with two string conversions per call
// instead of twenty.
//
// The CBC-MAC PRF over P || Q is split: AES(P) and the Q blocks made only of tweak and zero
// padding are the same in all ten rounds, so they are computed once per call; a round then
// encrypts only the block(s) holding [i] || [NUM(B)]^b.
#include "crypto/ff1.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include <openssl/bn.h>

namespace piguard::crypto {
namespace {

using u128 = unsigned __int128;

// The fast path keeps every value below 2^96: then b <= 12 bytes, d <= 16 (one PRF block),
// y < 2^128 and NUM(A) + (y mod M) cannot overflow 128 bits.
constexpr int kFastMaxBits = 96;

int BitLength(u128 x) {
  const uint64_t hi = static_cast<uint64_t>(x >> 64);
  const uint64_t lo = static_cast<uint64_t>(x);
  if (hi != 0) return 128 - __builtin_clzll(hi);
  if (lo != 0) return 64 - __builtin_clzll(lo);
  return 0;
}

// radix^m when it is below 2^kFastMaxBits, else 0.
u128 SmallPower(uint32_t radix, size_t m) {
  const u128 limit = static_cast<u128>(1) << kFastMaxBits;
  u128 p = 1;
  for (size_t i = 0; i < m; ++i) {
    p *= radix;
    if (p >= limit) return 0;
  }
  return p;
}

// Step 5: P = [1]^1 || [2]^1 || [1]^1 || [radix]^3 || [10]^1 || [u mod 256]^1 || [n]^4 || [t]^4.
void MakeP(uint8_t p[16], uint32_t radix, size_t u, size_t n, size_t t) {
  p[0] = 1;
  p[1] = 2;
  p[2] = 1;
  p[3] = static_cast<uint8_t>(radix >> 16);
  p[4] = static_cast<uint8_t>(radix >> 8);
  p[5] = static_cast<uint8_t>(radix);
  p[6] = 10;
  p[7] = static_cast<uint8_t>(u & 0xff);
  for (int k = 0; k < 4; ++k) {
    p[8 + k] = static_cast<uint8_t>(static_cast<uint64_t>(n) >> (24 - 8 * k));
    p[12 + k] = static_cast<uint8_t>(static_cast<uint64_t>(t) >> (24 - 8 * k));
  }
}

// The round-independent part of the PRF. Q = T || [0]^s || [i]^1 || [NUM(X)]^b with
// s = (-t-b-1) mod 16 has length L = t + s + 1 + b, a multiple of 16. Its first
// floor((t+s)/16) blocks hold only tweak and zero bytes: they are folded into `state` (the
// CBC-MAC state after P and those blocks). `tail` is the rest of Q with the tweak and zero bytes
// filled in; Round() writes [i] and [NUM(X)]^b into it.
struct PrfSetup {
  uint8_t state[16];
  size_t tail_len = 0;     // a multiple of 16
  size_t round_pos = 0;    // offset of [i] in the tail; NUM(X) follows
};

template <typename Tail>
PrfSetup SetupPrf(const Aes& aes, uint32_t radix, size_t n, std::span<const uint8_t> tweak,
                  size_t b, Tail& tail) {
  const size_t u = n / 2;
  const size_t t = tweak.size();
  const size_t s = (16 - (t + b + 1) % 16) % 16;
  const size_t fixed_blocks = (t + s) / 16;
  PrfSetup setup;
  uint8_t p[16];
  MakeP(p, radix, u, n, t);
  aes.EncryptBlock(p, setup.state);
  for (size_t j = 0; j < fixed_blocks; ++j) {
    for (size_t k = 0; k < 16; ++k) {
      const size_t pos = 16 * j + k;  // < t + s: a tweak byte or zero padding
      if (pos < t) setup.state[k] ^= tweak[pos];
    }
    aes.EncryptBlock(setup.state, setup.state);
  }
  const size_t start = 16 * fixed_blocks;
  setup.tail_len = t + s + 1 + b - start;
  setup.round_pos = t + s - start;
  tail.resize(setup.tail_len);
  for (size_t k = 0; k < setup.round_pos; ++k) {
    tail[k] = start + k < t ? tweak[start + k] : 0;
  }
  return setup;
}

// R = PRF(P || Q) from the prepared state and a filled tail: CBC-MAC over the tail blocks.
void FinishPrf(const Aes& aes, const PrfSetup& setup, const uint8_t* tail, uint8_t r[16]) {
  std::memcpy(r, setup.state, 16);
  for (size_t off = 0; off < setup.tail_len; off += 16) {
    for (size_t k = 0; k < 16; ++k) r[k] ^= tail[off + k];
    aes.EncryptBlock(r, r);
  }
}

// A fixed-capacity byte buffer with the resize() the setup needs (fast path: tail <= 16 bytes).
struct InlineTail {
  uint8_t bytes[32];
  size_t size = 0;
  void resize(size_t n) { size = n; }
  uint8_t& operator[](size_t k) { return bytes[k]; }
  uint8_t* data() { return bytes; }
};

// The radix as a compile-time constant for the common alphabets (division by a constant is a
// multiplication), or a run-time value.
template <uint32_t kRadix>
struct RadixOf {
  explicit RadixOf(uint32_t) {}
  static constexpr uint32_t value() { return kRadix; }
};
template <>
struct RadixOf<0> {
  explicit RadixOf(uint32_t r) : r_(r) {}
  uint32_t value() const { return r_; }
  uint32_t r_;
};

template <typename R>
u128 NumFast(R radix, const uint16_t* x, size_t len) {
  u128 acc = 0;
  for (size_t i = 0; i < len; ++i) acc = acc * radix.value() + x[i];
  return acc;
}

template <typename R>
void StrFast(R radix, u128 c, uint16_t* out, size_t m) {
  const uint32_t r = radix.value();
  // Emit the low digits with 64-bit arithmetic, after one 128-bit division splits c.
  size_t k = m;
  if (c >> 64) {
    uint64_t chunk = 1;
    size_t chunk_digits = 0;
    while (chunk <= UINT64_MAX / r) {
      chunk *= r;
      ++chunk_digits;
    }
    uint64_t lo = static_cast<uint64_t>(c % chunk);
    c /= chunk;
    for (size_t i = 0; i < chunk_digits && k > 0; ++i) {
      out[--k] = static_cast<uint16_t>(lo % r);
      lo /= r;
    }
  }
  uint64_t rest = static_cast<uint64_t>(c);
  while (k > 0) {
    out[--k] = static_cast<uint16_t>(rest % r);
    rest /= r;
  }
}

// Algorithms 7 and 8 with 128-bit integers; requires radix^v < 2^96.
template <uint32_t kRadix>
void RunFast(const Aes& aes, uint32_t radix_value, std::span<const uint16_t> x,
             std::span<const uint8_t> tweak, std::span<uint16_t> out, bool encrypt, u128 mu,
             u128 mv) {
  const RadixOf<kRadix> radix(radix_value);
  const size_t n = x.size();
  const size_t u = n / 2;
  const size_t v = n - u;
  const size_t b = static_cast<size_t>((BitLength(mv - 1) + 7) / 8);  // step 3, exact
  const size_t d = 4 * ((b + 3) / 4) + 4;                              // step 4, <= 16
  u128 a = NumFast(radix, x.data(), u);
  u128 bb = NumFast(radix, x.data() + u, v);

  InlineTail tail;
  const PrfSetup setup = SetupPrf(aes, radix.value(), n, tweak, b, tail);
  // Here Q's variable part fits one block (b + 1 <= 13), so the tail is one block: hold it and
  // the CBC state as big-endian integers and run each round in registers.
  u128 state = 0;
  u128 q_fixed = 0;
  for (size_t k = 0; k < 16; ++k) {
    state = (state << 8) | setup.state[k];
    q_fixed = (q_fixed << 8) | (k < setup.round_pos ? tail[k] : 0);
  }
  const int round_shift = static_cast<int>(8 * b);
  const int y_shift = static_cast<int>(8 * (16 - d));
  auto y_mod = [&](int round, u128 num, u128 modulus) -> u128 {
    // Q's last block = fixed bytes || [round]^1 || [num]^b; R = CIPH(state xor it).
    const u128 q = q_fixed | (static_cast<u128>(round) << round_shift) | num;
    const u128 r = aes.EncryptBe(state ^ q);
    const u128 y = r >> y_shift;  // y = NUM(first d bytes of R); d is 8, 12 or 16
    if ((y >> 64) == 0 && (modulus >> 64) == 0) {
      return static_cast<uint64_t>(y) % static_cast<uint64_t>(modulus);
    }
    return y % modulus;
  };
  if (encrypt) {
    for (int i = 0; i < 10; ++i) {
      const u128 modulus = (i % 2 == 0) ? mu : mv;
      u128 c = a + y_mod(i, bb, modulus);  // a < modulus, so one subtraction reduces
      if (c >= modulus) c -= modulus;
      a = bb;
      bb = c;
    }
  } else {
    for (int i = 9; i >= 0; --i) {
      const u128 modulus = (i % 2 == 0) ? mu : mv;
      const u128 y = y_mod(i, a, modulus);
      const u128 c = bb >= y ? bb - y : bb + modulus - y;
      bb = a;
      a = c;
    }
  }
  StrFast(radix, a, out.data(), u);
  StrFast(radix, bb, out.data() + u, v);
  OPENSSL_cleanse(tail.bytes, sizeof(tail.bytes));
}

// ---- General path: OpenSSL BIGNUM, any length ----------------------------------------------

struct BnCtxFree {
  void operator()(BN_CTX* c) const { BN_CTX_free(c); }
};

Status BnFailure() { return Status(StatusCode::kInternal, "FF1: OpenSSL BIGNUM operation failed"); }

bool NumBig(BIGNUM* out, uint32_t radix, const uint16_t* x, size_t len) {
  BN_zero(out);
  // Horner's rule, folding several numerals into one word per multiplication.
  size_t i = 0;
  while (i < len) {
    BN_ULONG mult = 1;
    BN_ULONG add = 0;
    while (i < len && mult <= (static_cast<BN_ULONG>(-1) >> 17) / radix) {
      mult *= radix;
      add = add * radix + x[i];
      ++i;
    }
    if (!BN_mul_word(out, mult) || !BN_add_word(out, add)) return false;
  }
  return true;
}

bool StrBig(BIGNUM* c, uint32_t radix, uint16_t* out, size_t m) {
  for (size_t k = m; k > 0; --k) {
    const BN_ULONG rem = BN_div_word(c, radix);
    if (rem == static_cast<BN_ULONG>(-1)) return false;
    out[k - 1] = static_cast<uint16_t>(rem);
  }
  return true;
}

Status RunGeneral(const Aes& aes, uint32_t radix, std::span<const uint16_t> x,
                  std::span<const uint8_t> tweak, std::span<uint16_t> out, bool encrypt) {
  const size_t n = x.size();
  const size_t u = n / 2;
  const size_t v = n - u;
  std::unique_ptr<BN_CTX, BnCtxFree> ctx(BN_CTX_new());
  if (!ctx) return BnFailure();
  BN_CTX_start(ctx.get());
  struct End {
    BN_CTX* c;
    ~End() { BN_CTX_end(c); }
  } end{ctx.get()};
  BIGNUM* a = BN_CTX_get(ctx.get());
  BIGNUM* bb = BN_CTX_get(ctx.get());
  BIGNUM* mu = BN_CTX_get(ctx.get());
  BIGNUM* mv = BN_CTX_get(ctx.get());
  BIGNUM* y = BN_CTX_get(ctx.get());
  BIGNUM* c = BN_CTX_get(ctx.get());
  BIGNUM* tmp = BN_CTX_get(ctx.get());
  if (tmp == nullptr) return BnFailure();
  if (!BN_set_word(tmp, radix) || !BN_set_word(c, u) || !BN_exp(mu, tmp, c, ctx.get()) ||
      !BN_set_word(c, v) || !BN_exp(mv, tmp, c, ctx.get()) || !BN_copy(tmp, mv) ||
      !BN_sub_word(tmp, 1)) {
    return BnFailure();
  }
  const size_t b = (static_cast<size_t>(BN_num_bits(tmp)) + 7) / 8;  // step 3, exact
  const size_t d = 4 * ((b + 3) / 4) + 4;                             // step 4
  if (!NumBig(a, radix, x.data(), u) || !NumBig(bb, radix, x.data() + u, v)) return BnFailure();

  std::vector<uint8_t> tail;
  const PrfSetup setup = SetupPrf(aes, radix, n, tweak, b, tail);
  std::vector<uint8_t> s((d + 15) / 16 * 16);
  auto compute_y = [&](int round, const BIGNUM* num) {
    tail[setup.round_pos] = static_cast<uint8_t>(round);
    if (BN_bn2binpad(num, tail.data() + setup.round_pos + 1, static_cast<int>(b)) < 0) {
      return false;
    }
    FinishPrf(aes, setup, tail.data(), s.data());  // R
    // Step 6.iii: S = R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) ...
    for (size_t j = 1; j < s.size() / 16; ++j) {
      uint8_t* block = s.data() + 16 * j;
      std::memcpy(block, s.data(), 16);
      for (int k = 0; k < 8; ++k) block[15 - k] ^= static_cast<uint8_t>(static_cast<uint64_t>(j) >> (8 * k));
      aes.EncryptBlock(block, block);
    }
    return BN_bin2bn(s.data(), static_cast<int>(d), y) != nullptr;
  };
  if (encrypt) {
    for (int i = 0; i < 10; ++i) {
      if (!compute_y(i, bb) || !BN_add(c, a, y) ||
          !BN_nnmod(c, c, (i % 2 == 0) ? mu : mv, ctx.get())) {
        return BnFailure();
      }
      std::swap(a, bb);  // A = B
      std::swap(bb, c);  // B = C
    }
  } else {
    for (int i = 9; i >= 0; --i) {
      if (!compute_y(i, a) || !BN_sub(c, bb, y) ||
          !BN_nnmod(c, c, (i % 2 == 0) ? mu : mv, ctx.get())) {
        return BnFailure();
      }
      std::swap(bb, a);  // B = A
      std::swap(a, c);   // A = C
    }
  }
  if (!StrBig(a, radix, out.data(), u) || !StrBig(bb, radix, out.data() + u, v)) {
    return BnFailure();
  }
  OPENSSL_cleanse(tail.data(), tail.size());
  OPENSSL_cleanse(s.data(), s.size());
  BN_clear(a);
  BN_clear(bb);
  BN_clear(c);
  BN_clear(y);
  return Status::Ok();
}

// Character <-> numeral tables for the text helpers.
constexpr uint8_t kBad = 0xff;
struct CharTable {
  uint8_t to_numeral[256];
};
constexpr CharTable MakeTable(bool letters) {
  CharTable t{};
  for (int c = 0; c < 256; ++c) t.to_numeral[c] = kBad;
  for (int c = '0'; c <= '9'; ++c) t.to_numeral[c] = static_cast<uint8_t>(c - '0');
  if (letters) {
    for (int c = 'a'; c <= 'z'; ++c) t.to_numeral[c] = static_cast<uint8_t>(c - 'a' + 10);
    for (int c = 'A'; c <= 'Z'; ++c) t.to_numeral[c] = static_cast<uint8_t>(c - 'A' + 10);
  }
  return t;
}
constexpr CharTable kDigits = MakeTable(false);
constexpr CharTable kAlnum = MakeTable(true);
constexpr char kNumeralChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

}  // namespace

Result<Ff1> Ff1::Create(std::span<const uint8_t> key, uint32_t radix) {
  if (radix < kMinRadix || radix > kMaxRadix) {
    return InvalidArgument("FF1: radix must be 2..65536 (NIST SP 800-38G), got " +
                           std::to_string(radix));
  }
  auto aes = Aes::Create(key);
  if (!aes.ok()) return InvalidArgument("FF1: " + aes.status().message());
  size_t min_length = 0;
  for (uint64_t domain = 1; domain < kMinDomain; domain *= radix) ++min_length;
  return Ff1(std::move(aes).value(), radix, std::max<size_t>(min_length, 2));
}

Status Ff1::Check(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                  std::span<uint16_t> out) const {
  const size_t n = numerals.size();
  if (out.size() != n) {
    return InvalidArgument("FF1: output has " + std::to_string(out.size()) +
                           " numerals, input " + std::to_string(n));
  }
  if (n < min_length_) {
    return InvalidArgument("FF1: input of " + std::to_string(n) + " numerals is too short for radix " +
                           std::to_string(radix_) + "; at least " + std::to_string(min_length_) +
                           " are needed so that radix^n >= 1,000,000 (NIST SP 800-38G Rev. 1)");
  }
  if (static_cast<uint64_t>(n) >= (uint64_t{1} << 32)) {
    return InvalidArgument("FF1: input must be shorter than 2^32 numerals");
  }
  if (static_cast<uint64_t>(tweak.size()) >= (uint64_t{1} << 32)) {
    return InvalidArgument("FF1: tweak must be shorter than 2^32 bytes");
  }
  for (size_t i = 0; i < n; ++i) {
    if (numerals[i] >= radix_) {
      return InvalidArgument("FF1: numeral " + std::to_string(numerals[i]) + " at position " +
                             std::to_string(i) + " is not below the radix " +
                             std::to_string(radix_));
    }
  }
  return Status::Ok();
}

Status Ff1::Run(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                std::span<uint16_t> out, bool encrypt, bool force_general) const {
  if (Status st = Check(numerals, tweak, out); !st.ok()) return st;
  const size_t n = numerals.size();
  const size_t u = n / 2;
  const size_t v = n - u;
  const u128 mv = SmallPower(radix_, v);
  if (mv != 0 && !force_general) {
    const u128 mu = SmallPower(radix_, u);
    switch (radix_) {
      case 10:
        RunFast<10>(aes_, radix_, numerals, tweak, out, encrypt, mu, mv);
        break;
      case 36:
        RunFast<36>(aes_, radix_, numerals, tweak, out, encrypt, mu, mv);
        break;
      default:
        RunFast<0>(aes_, radix_, numerals, tweak, out, encrypt, mu, mv);
        break;
    }
    return Status::Ok();
  }
  return RunGeneral(aes_, radix_, numerals, tweak, out, encrypt);
}

Status Ff1::Encrypt(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                    std::span<uint16_t> out) const {
  return Run(numerals, tweak, out, true, false);
}

Status Ff1::Decrypt(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                    std::span<uint16_t> out) const {
  return Run(numerals, tweak, out, false, false);
}

Status Ff1::EncryptForTest(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                           std::span<uint16_t> out, bool force_general) const {
  return Run(numerals, tweak, out, true, force_general);
}

Status Ff1::DecryptForTest(std::span<const uint16_t> numerals, std::span<const uint8_t> tweak,
                           std::span<uint16_t> out, bool force_general) const {
  return Run(numerals, tweak, out, false, force_general);
}

Status Ff1::RunChars(std::string_view text, std::span<const uint8_t> tweak, std::span<char> out,
                     bool encrypt) const {
  if (radix_ != 10 && radix_ != 36) {
    return InvalidArgument("FF1: text helpers need radix 10 or 36, this object has radix " +
                           std::to_string(radix_));
  }
  if (out.size() != text.size()) {
    return InvalidArgument("FF1: output has " + std::to_string(out.size()) +
                           " characters, input " + std::to_string(text.size()));
  }
  const CharTable& table = radix_ == 10 ? kDigits : kAlnum;
  uint16_t inline_buf[kInlineNumerals];
  std::vector<uint16_t> heap_buf;
  uint16_t* numerals = inline_buf;
  if (text.size() > kInlineNumerals) {
    heap_buf.resize(text.size());
    numerals = heap_buf.data();
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const uint8_t num = table.to_numeral[static_cast<uint8_t>(text[i])];
    if (num == kBad) {
      return InvalidArgument(
          "FF1: character at position " + std::to_string(i) + " is not " +
          (radix_ == 10 ? "a decimal digit" : "a digit or Latin letter") +
          " (radix " + std::to_string(radix_) + ")");
    }
    numerals[i] = num;
  }
  std::span<uint16_t> nums(numerals, text.size());
  Status st = Run(nums, tweak, nums, encrypt, false);
  if (st.ok()) {
    for (size_t i = 0; i < nums.size(); ++i) out[i] = kNumeralChars[nums[i]];
  }
  OPENSSL_cleanse(numerals, text.size() * sizeof(uint16_t));
  return st;
}

Status Ff1::EncryptChars(std::string_view text, std::span<const uint8_t> tweak,
                         std::span<char> out) const {
  return RunChars(text, tweak, out, true);
}

Status Ff1::DecryptChars(std::string_view text, std::span<const uint8_t> tweak,
                         std::span<char> out) const {
  return RunChars(text, tweak, out, false);
}

Result<std::string> Ff1::EncryptString(std::string_view text,
                                       std::span<const uint8_t> tweak) const {
  std::string out(text.size(), '\0');
  if (Status st = RunChars(text, tweak, out, true); !st.ok()) return st;
  return out;
}

Result<std::string> Ff1::DecryptString(std::string_view text,
                                       std::span<const uint8_t> tweak) const {
  std::string out(text.size(), '\0');
  if (Status st = RunChars(text, tweak, out, false); !st.ok()) return st;
  return out;
}

}  // namespace piguard::crypto
