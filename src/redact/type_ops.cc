#include "redact/type_ops.h"

#include <arpa/inet.h>
#include <string.h>  // explicit_bzero

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "core/civil_date.h"
#include "core/utf8.h"
#include "detect/tables.h"
#include "detect/validators.h"

namespace piguard::redact {
namespace {

using u128 = unsigned __int128;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return IsLower(c) || IsUpper(c); }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 32) : c; }
// ASCII punctuation and space (and DEL): what mask keeps in an ASCII value.
bool IsAsciiKept(char c) { return c >= 0x20 && !(IsDigit(c) || IsAlpha(c)); }

// ---------------------------------------------------------------------------------------
// The significant characters of a value (ASCII letters and digits, in ASCII or full-width
// form), where they sit, and how to write replacements back in the same form.

struct SigChars {
  std::string ascii;                // folded to ASCII, original case
  std::vector<uint32_t> pos;        // byte offset of each in the value
  std::vector<uint8_t> width;       // 1 (ASCII) or 3 (full-width U+FF10..U+FF5A)
};

// Calls visit(ascii, byte offset, byte width) for each significant character of v, in order.
template <typename Visit>
void ForEachSigChar(std::string_view v, Visit visit) {
  for (size_t i = 0; i < v.size();) {
    char c = v[i];
    if (IsDigit(c) || IsAlpha(c)) {
      visit(c, i, 1);
      ++i;
      continue;
    }
    int len = 1;
    uint32_t cp = utf8::Decode(v, i, &len);
    if (cp >= 0xFF10 && cp <= 0xFF5A) {
      char a = static_cast<char>(cp - 0xFF00 + 0x20);
      if (IsDigit(a) || IsAlpha(a)) visit(a, i, len);
    }
    i += static_cast<size_t>(len);
  }
}

SigChars Extract(std::string_view v) {
  SigChars s;
  ForEachSigChar(v, [&s](char a, size_t pos, int width) {
    s.ascii.push_back(a);
    s.pos.push_back(static_cast<uint32_t>(pos));
    s.width.push_back(static_cast<uint8_t>(width));
  });
  return s;
}

// Writes `repl` (same length as s.ascii) over the significant characters of v: the same
// width, and for letters the case of the character replaced (a letter where a digit was
// takes `letter_case`: 'u' upper, 'l' lower).
std::string Rebuild(std::string_view v, const SigChars& s, std::string_view repl,
                    char letter_case) {
  std::string out;
  out.reserve(v.size());
  size_t at = 0;
  for (size_t k = 0; k < s.pos.size(); ++k) {
    out.append(v.substr(at, s.pos[k] - at));
    char c = repl[k];
    if (IsAlpha(c)) {
      char was = s.ascii[k];
      bool upper = IsUpper(was) || (!IsAlpha(was) && letter_case == 'u');
      c = upper ? ToUpper(c) : ToLower(c);
    }
    if (s.width[k] == 1) {
      out.push_back(c);
    } else {
      utf8::Append(&out, 0xFF00u + static_cast<uint32_t>(c) - 0x20u);
    }
    at = s.pos[k] + s.width[k];
  }
  out.append(v.substr(at));
  return out;
}

// ---------------------------------------------------------------------------------------
// Numerals

constexpr int kMaxWalk = 10000;  // cycle-walking bound; hit only for a broken predicate

int NumeralOf(char c) {
  if (IsDigit(c)) return c - '0';
  if (IsLower(c)) return c - 'a' + 10;
  if (IsUpper(c)) return c - 'A' + 10;
  return -1;
}
char CharOf(int n) { return static_cast<char>(n < 10 ? '0' + n : 'a' + n - 10); }

std::span<const uint8_t> Tweak(std::string_view s) { return crypto::AsBytes(s); }

// Encrypts (or decrypts) chars[from, to) of an alphanumeric string in radix ff1.radix()
// (numerals 0-9a-z), cycle-walking until `valid(whole string)` holds. Precondition checked
// here: the input itself is valid (else the walk would not be a bijection on valid values).
template <typename Valid>
bool WalkRange(const crypto::Ff1& ff1, std::string& chars, size_t from, size_t to,
               std::string_view tweak, bool decrypt, Valid valid) {
  if (to <= from || to - from < ff1.min_length() || !valid(std::string_view(chars)))
    return false;
  uint16_t buf[64];
  size_t n = to - from;
  if (n > 64) return false;
  for (size_t i = 0; i < n; ++i) {
    int v = NumeralOf(chars[from + i]);
    if (v < 0 || static_cast<uint32_t>(v) >= ff1.radix()) return false;
    buf[i] = static_cast<uint16_t>(v);
  }
  std::span<uint16_t> x(buf, n);
  for (int round = 0; round < kMaxWalk; ++round) {
    Status st = decrypt ? ff1.Decrypt(x, Tweak(tweak), x) : ff1.Encrypt(x, Tweak(tweak), x);
    if (!st.ok()) return false;
    for (size_t i = 0; i < n; ++i) chars[from + i] = CharOf(buf[i]);
    if (valid(std::string_view(chars))) return true;
  }
  return false;
}

auto AlwaysValid = [](std::string_view) { return true; };

// The Luhn check digit that completes `body`.
int LuhnDigit(std::string_view body) {
  int sum = 0;
  bool dbl = true;  // the digit left of the check digit is doubled
  for (size_t i = body.size(); i-- > 0;) {
    int d = body[i] - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return (10 - sum % 10) % 10;
}

// Encrypts digits[from, to) of a number whose last digit is a Luhn check digit, keeping how
// far the last digit is from a correct check digit: a valid number stays valid, and an
// invalid one (some UnionPay cards) stays invalid in the same way, so decryption restores it.
template <typename Valid>
bool WalkWithLuhn(const crypto::Ff1& ff1, std::string& d, size_t from, size_t to,
                  std::string_view tweak, bool decrypt, Valid valid) {
  size_t last = d.size() - 1;
  int offset = ((d[last] - '0') - LuhnDigit(std::string_view(d).substr(0, last)) + 10) % 10;
  auto fixed = [&](std::string_view s) {
    // valid() sees the candidate with its check digit already corrected
    std::string t(s);
    t[last] = static_cast<char>('0' + (LuhnDigit(std::string_view(t).substr(0, last)) + offset) % 10);
    return valid(std::string_view(t));
  };
  if (!WalkRange(ff1, d, from, to, tweak, decrypt, fixed)) return false;
  d[last] = static_cast<char>('0' + (LuhnDigit(std::string_view(d).substr(0, last)) + offset) % 10);
  return true;
}

// ---------------------------------------------------------------------------------------
// Dates: day numbers from core/civil_date.h

using civil::CivilFromDays;
using civil::DaysFromCivil;

int ParseInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string Pad(int v, size_t width) {
  std::string s = std::to_string(v);
  while (s.size() < width) s.insert(s.begin(), '0');
  return s;
}

// ---------------------------------------------------------------------------------------
// Resident ID numbers: (county, birth date, sequence) enciphered as one integer, so the
// output has a real county code, a valid date and (recomputed) check character.

constexpr int kId18FirstYear = 1900, kId18LastYear = 2030;  // the scanner's birth-date range
constexpr int kId15FirstYear = 1900, kId15LastYear = 1999;  // 15-digit IDs are 19YY

int64_t DaysInRange(int first_year, int last_year) {
  return DaysFromCivil(last_year + 1, 1, 1) - DaysFromCivil(first_year, 1, 1);
}

// An integer domain [0, size) enciphered by FF1 over n numerals of the smallest radix r with
// r^n >= size, cycle-walking out-of-range results back into the domain.
class DomainCipher {
 public:
  static std::optional<DomainCipher> Create(std::span<const uint8_t> key, u128 size, int n) {
    uint32_t r = 2;
    auto pow_at_least = [&](uint32_t radix) {
      u128 p = 1;
      for (int i = 0; i < n; ++i) {
        p *= radix;
        if (p >= size) return true;
      }
      return p >= size;
    };
    // binary search the smallest radix
    uint32_t lo = 2, hi = 65536;
    while (lo < hi) {
      uint32_t mid = (lo + hi) / 2;
      if (pow_at_least(mid)) hi = mid;
      else lo = mid + 1;
    }
    r = lo;
    auto ff1 = crypto::Ff1::Create(key, r);
    if (!ff1.ok() || static_cast<size_t>(n) < ff1.value().min_length()) return std::nullopt;
    return DomainCipher(std::move(ff1).value(), n, size);
  }

  std::optional<u128> Apply(u128 x, std::string_view tweak, bool decrypt) const {
    if (x >= size_) return std::nullopt;
    uint16_t buf[8];
    std::span<uint16_t> num(buf, static_cast<size_t>(n_));
    const uint32_t r = ff1_.radix();
    for (int i = n_ - 1; i >= 0; --i) {
      buf[i] = static_cast<uint16_t>(x % r);
      x /= r;
    }
    for (int round = 0; round < kMaxWalk; ++round) {
      Status st = decrypt ? ff1_.Decrypt(num, Tweak(tweak), num) : ff1_.Encrypt(num, Tweak(tweak), num);
      if (!st.ok()) return std::nullopt;
      u128 y = 0;
      for (int i = 0; i < n_; ++i) y = y * r + buf[i];
      if (y < size_) return y;
    }
    return std::nullopt;
  }

 private:
  DomainCipher(crypto::Ff1 ff1, int n, u128 size) : ff1_(std::move(ff1)), n_(n), size_(size) {}
  crypto::Ff1 ff1_;
  int n_;
  u128 size_;
};

const std::vector<uint32_t>& CountyCodes() {
  static const std::vector<uint32_t> codes = [] {
    std::vector<uint32_t> v;
    for (size_t i = 0; i < tables::kRegionCount; ++i)
      if (tables::kRegions[i].level == 3) v.push_back(tables::kRegions[i].code);
    return v;
  }();
  return codes;
}

}  // namespace

struct FpeKeys::Impl {
  std::optional<crypto::Ff1> radix10, radix16, radix34, radix36;
  // Resident IDs: with the county enciphered, and (for codes outside the table) without.
  std::optional<DomainCipher> id18_county, id18_date, id15_county, id15_date;
};

FpeKeys::FpeKeys(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FpeKeys::~FpeKeys() = default;

Result<std::unique_ptr<FpeKeys>> FpeKeys::Create(std::span<const uint8_t> subkey) {
  auto impl = std::make_unique<Impl>();
  for (auto [slot, radix] : {std::pair{&impl->radix10, 10u}, std::pair{&impl->radix16, 16u},
                             std::pair{&impl->radix34, 34u}, std::pair{&impl->radix36, 36u}}) {
    auto f = crypto::Ff1::Create(subkey, radix);
    if (!f.ok()) return f.status();
    slot->emplace(std::move(f).value());
  }
  const u128 counties = CountyCodes().size();
  const u128 d18 = static_cast<u128>(DaysInRange(kId18FirstYear, kId18LastYear));
  const u128 d15 = static_cast<u128>(DaysInRange(kId15FirstYear, kId15LastYear));
  impl->id18_county = DomainCipher::Create(subkey, counties * d18 * 1000, 4);
  impl->id18_date = DomainCipher::Create(subkey, d18 * 1000, 2);
  impl->id15_county = DomainCipher::Create(subkey, counties * d15 * 1000, 4);
  impl->id15_date = DomainCipher::Create(subkey, d15 * 1000, 2);
  if (!impl->id18_county || !impl->id18_date || !impl->id15_county || !impl->id15_date)
    return Status(StatusCode::kInternal, "fpe: cannot set up the resident ID domains");
  return std::unique_ptr<FpeKeys>(new FpeKeys(std::move(impl)));
}

namespace {

// ID numbers: 18 = county(6) date(8) sequence(3) check(1); 15 = county(6) yymmdd(6) seq(3).
std::optional<std::string> FpeResidentId(const FpeKeys::Impl& k, std::string_view value,
                                         bool decrypt) {
  SigChars s = Extract(value);
  std::string d = s.ascii;
  const bool long_form = d.size() == 18;
  if (d.size() != 18 && d.size() != 15) return std::nullopt;
  for (size_t i = 0; i < d.size(); ++i)
    if (!IsDigit(d[i]) && !(long_form && i == 17 && (d[i] == 'X' || d[i] == 'x')))
      return std::nullopt;
  if (long_form && validate::ResidentIdCheckChar(std::string_view(d).substr(0, 17)) !=
                       ToUpper(d[17]))
    return std::nullopt;
  int y, m, day;
  if (long_form) {
    y = ParseInt(d.substr(6, 4));
    m = ParseInt(d.substr(10, 2));
    day = ParseInt(d.substr(12, 2));
  } else {
    y = 1900 + ParseInt(d.substr(6, 2));
    m = ParseInt(d.substr(8, 2));
    day = ParseInt(d.substr(10, 2));
  }
  const int first = long_form ? kId18FirstYear : kId15FirstYear;
  const int last = long_form ? kId18LastYear : kId15LastYear;
  if (!validate::IsValidDate(y, m, day) || y < first || y > last) return std::nullopt;
  const u128 days = static_cast<u128>(DaysInRange(first, last));
  const u128 date = static_cast<u128>(DaysFromCivil(y, m, day) - DaysFromCivil(first, 1, 1));
  const u128 seq = static_cast<u128>(ParseInt(d.substr(long_form ? 14 : 12, 3)));
  const auto& counties = CountyCodes();
  const uint32_t region = static_cast<uint32_t>(ParseInt(d.substr(0, 6)));
  auto it = std::lower_bound(counties.begin(), counties.end(), region);
  const bool known = it != counties.end() && *it == region;
  const DomainCipher& cipher = long_form ? (known ? *k.id18_county : *k.id18_date)
                                         : (known ? *k.id15_county : *k.id15_date);
  u128 x = date * 1000 + seq;
  if (known) x += static_cast<u128>(it - counties.begin()) * days * 1000;
  auto yv = cipher.Apply(x, long_form ? "CHINA_RESIDENT_ID_NUMBER" : "CHINA_RESIDENT_ID_NUMBER/15",
                         decrypt);
  if (!yv) return std::nullopt;
  u128 out = *yv;
  const int new_seq = static_cast<int>(out % 1000);
  out /= 1000;
  const int64_t new_date = static_cast<int64_t>(out % days);
  out /= days;
  uint32_t new_region = known ? counties[static_cast<size_t>(out)] : region;
  int ny, nm, nd;
  CivilFromDays(DaysFromCivil(first, 1, 1) + new_date, &ny, &nm, &nd);
  std::string r = Pad(static_cast<int>(new_region), 6);
  r += long_form ? Pad(ny, 4) : Pad(ny - 1900, 2);
  r += Pad(nm, 2) + Pad(nd, 2) + Pad(new_seq, 3);
  if (long_form) {
    char check = validate::ResidentIdCheckChar(r);
    if (check == 'X' && d[17] == 'x') check = 'x';
    r.push_back(check);
  }
  return Rebuild(value, s, r, 'u');
}

std::optional<std::string> FpePhone(const FpeKeys::Impl& k, std::string_view value,
                                    bool decrypt) {
  SigChars s = Extract(value);
  std::string d = s.ascii;
  for (char c : d)
    if (!IsDigit(c)) return std::nullopt;
  const bool plus = value.find('+') != std::string_view::npos;
  auto starts = [&](std::string_view p) { return d.compare(0, p.size(), p) == 0; };
  auto mobile_at = [&](std::string_view digits, size_t at) {
    return digits.size() == at + 11 && validate::IsCnMobile(digits.substr(at));
  };
  const crypto::Ff1& f = *k.radix10;
  constexpr std::string_view kTweak = "PHONE_NUMBER";
  // Mainland mobile, possibly with 86 / +86 / 0086: keep the prefix and its first 3 digits.
  for (size_t pre : {size_t{0}, size_t{2}, size_t{4}}) {
    if ((pre == 2 && !starts("86")) || (pre == 4 && !starts("0086"))) continue;
    if (!mobile_at(d, pre)) continue;
    auto valid = [pre](std::string_view c) { return validate::IsCnMobile(c.substr(pre)); };
    if (!WalkRange(f, d, pre + 3, d.size(), kTweak, decrypt, valid)) return std::nullopt;
    return Rebuild(value, s, d, 'u');
  }
  // Mainland landline: keep the country prefix, trunk 0 and area code; encipher the local
  // number, which must not start with 0 or 1.
  size_t lead = 0;
  if (starts("0086")) lead = 4;
  else if (starts("86") && plus) lead = 2;
  if (lead < d.size() && d[lead] == '0') ++lead;
  else if (lead == 0) lead = std::string::npos;  // no trunk 0 and no country code: unknown
  if (lead != std::string::npos && lead < d.size()) {
    int area = validate::CnLandlineAreaCodeLength(std::string_view(d).substr(lead));
    if (area > 0) {
      size_t local = lead + static_cast<size_t>(area);
      auto valid = [lead, local](std::string_view c) {
        return c[local] != '0' && c[local] != '1' &&
               validate::CnLandlineAreaCodeLength(c.substr(lead)) > 0;
      };
      if (WalkRange(f, d, local, d.size(), kTweak, decrypt, valid)) return Rebuild(value, s, d, 'u');
      return std::nullopt;
    }
  }
  // International: keep "+"/"00" and the country calling code.
  size_t q = plus ? 0 : starts("00") ? 2 : std::string::npos;
  if (q == std::string::npos) return std::nullopt;
  int cc = validate::CountryCodeLength(std::string_view(d).substr(q));
  if (cc == 0) return std::nullopt;
  size_t from = q + static_cast<size_t>(cc);
  auto valid = [from](std::string_view c) { return c[from] != '0'; };
  if (!WalkRange(f, d, from, d.size(), kTweak, decrypt, valid)) return std::nullopt;
  return Rebuild(value, s, d, 'u');
}

// Digits-only identifiers: keep `keep` leading digits, encipher the rest (minus a Luhn check
// digit when `luhn`, minus `tail` trailing digits kept as they are).
template <typename Valid>
std::optional<std::string> FpeDigits(const crypto::Ff1& f, std::string_view value,
                                     std::string_view tweak, size_t keep, bool luhn, size_t tail,
                                     bool decrypt, Valid valid) {
  SigChars s = Extract(value);
  std::string d = s.ascii;
  for (char c : d)
    if (!IsDigit(c)) return std::nullopt;
  size_t end = d.size() - tail - (luhn ? 1 : 0);
  if (d.size() < keep + tail + (luhn ? 1 : 0)) return std::nullopt;
  bool ok = luhn ? WalkWithLuhn(f, d, keep, end, tweak, decrypt, valid)
                 : WalkRange(f, d, keep, end, tweak, decrypt, valid);
  if (!ok) return std::nullopt;
  return Rebuild(value, s, d, 'u');
}

// Letters kept, digits enciphered (passports, travel permits).
std::optional<std::string> FpeDigitsAmongLetters(const crypto::Ff1& f, std::string_view value,
                                                 std::string_view tweak, bool decrypt) {
  SigChars s = Extract(value);
  std::string digits;
  for (char c : s.ascii)
    if (IsDigit(c)) digits.push_back(c);
  if (!WalkRange(f, digits, 0, digits.size(), tweak, decrypt, AlwaysValid)) return std::nullopt;
  std::string r = s.ascii;
  size_t k = 0;
  for (char& c : r)
    if (IsDigit(c)) c = digits[k++];
  return Rebuild(value, s, r, 'u');
}

// Hex identifiers (MAC, MEID): keep `keep` leading hex digits, encipher the rest in radix 16.
std::optional<std::string> FpeHex(const crypto::Ff1& f, std::string_view value,
                                  std::string_view tweak, size_t expect, size_t keep,
                                  bool decrypt) {
  SigChars s = Extract(value);
  std::string h = s.ascii;
  if (h.size() != expect) return std::nullopt;
  bool any_lower = false;
  for (char& c : h) {
    if (!IsDigit(c) && !((ToLower(c) >= 'a' && ToLower(c) <= 'f'))) return std::nullopt;
    any_lower |= IsLower(c);
    c = ToLower(c);
  }
  if (!WalkRange(f, h, keep, h.size(), tweak, decrypt, AlwaysValid)) return std::nullopt;
  return Rebuild(value, s, h, any_lower ? 'l' : 'u');
}

// Licence plates: province character and issuing-office letter kept; the serial enciphered
// over the 34 plate characters (digits and letters without I and O) with at least 3 digits,
// as issued serials have; new-energy plates keep their D/F marker.
constexpr std::string_view kPlateAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

std::optional<std::string> FpePlate(const crypto::Ff1& f, std::string_view value, bool decrypt) {
  SigChars s = Extract(value);
  std::string a = s.ascii;
  if (a.size() < 5) return std::nullopt;
  // serial = a[1..]; map to radix-34 numerals written as 0-9a-x chars for WalkRange
  std::string serial = a.substr(1);
  size_t from = 0, to = serial.size();
  if (serial.size() == 6) {
    if (serial.back() == 'D' || serial.back() == 'F') to = 5;
    else if (serial[0] == 'D' || serial[0] == 'F') from = 1;
    else return std::nullopt;
  } else if (serial.size() != 5 && serial.size() != 4) {
    return std::nullopt;
  }
  std::string num = serial;
  for (char& c : num) {
    size_t i = kPlateAlphabet.find(ToUpper(c));
    if (i == std::string_view::npos) return std::nullopt;
    c = CharOf(static_cast<int>(i));
  }
  const size_t min_digits = to - from >= 5 ? 3 : 2;
  auto valid = [&](std::string_view c) {
    size_t digits = 0;
    for (size_t i = from; i < to; ++i) digits += NumeralOf(c[i]) < 10;
    // new-energy small cars: the character after D/F is followed by a digit (scanner rule)
    if (from == 1 && NumeralOf(c[2]) >= 10) return false;
    return digits >= min_digits;
  };
  if (!WalkRange(f, num, from, to, "CHINA_LICENSE_PLATE", decrypt, valid)) return std::nullopt;
  std::string r = a.substr(0, 1);
  for (char c : num) r.push_back(kPlateAlphabet[static_cast<size_t>(NumeralOf(c))]);
  return Rebuild(value, s, r, 'u');
}

// E-mail: the local part's letters and digits enciphered in radix 36 (case folded: mailbox
// names are case-insensitive in practice), punctuation and domain kept.
std::optional<std::string> FpeEmail(const crypto::Ff1& f, std::string_view value, bool decrypt) {
  size_t at = value.rfind('@');
  if (at == std::string_view::npos) at = value.find("\xEF\xBC\xA0");  // full-width @
  if (at == std::string_view::npos || at == 0) return std::nullopt;
  std::string_view local = value.substr(0, at);
  SigChars s = Extract(local);
  std::string l = s.ascii;
  for (char& c : l) c = ToLower(c);
  if (!WalkRange(f, l, 0, l.size(), "EMAIL_ADDRESS", decrypt, AlwaysValid)) return std::nullopt;
  // folded: letters come out lower case whatever they were
  SigChars lower = s;
  for (char& c : lower.ascii) c = ToLower(c);
  return Rebuild(local, lower, l, 'l') + std::string(value.substr(at));
}

}  // namespace

bool FpeSupports(TypeId type) {
  switch (type) {
    case kChinaResidentIdNumber: case kChinaPassport: case kHkMacauTravelPermit:
    case kPhoneNumber: case kEmailAddress: case kBankCardNumber: case kImsiId:
    case kImeiHardwareId: case kMeid: case kIccidNumber: case kMacAddress: case kIpAddress:
    case kChinaLicensePlate:
      return true;
    default:
      return false;
  }
}

std::optional<std::string> Fpe(const FpeKeys& keys, const crypto::CryptoPan* pan, TypeId type,
                                std::string_view value, bool decrypt) {
  const FpeKeys::Impl& k = keys.impl();
  const crypto::Ff1& dec = *k.radix10;
  switch (type) {
    case kChinaResidentIdNumber:
      return FpeResidentId(k, value, decrypt);
    case kPhoneNumber:
      return FpePhone(k, value, decrypt);
    case kBankCardNumber:
      // BIN kept; Luhn relation of the last digit kept.
      return FpeDigits(dec, value, "BANK_CARD_NUMBER", 6, /*luhn=*/true, 0, decrypt,
                       [](std::string_view c) { return validate::BankCardStrength(c) > 0; });
    case kImeiHardwareId: {
      size_t n = Extract(value).ascii.size();
      // TAC (8 digits) kept; 15 digits end in a Luhn digit, 16 (IMEISV) in 2 software digits.
      if (n == 15)
        return FpeDigits(dec, value, "IMEI_HARDWARE_ID", 8, true, 0, decrypt, AlwaysValid);
      if (n == 16) return FpeDigits(dec, value, "IMEI_HARDWARE_ID", 8, false, 2, decrypt, AlwaysValid);
      if (n == 14) return FpeDigits(dec, value, "IMEI_HARDWARE_ID", 8, false, 0, decrypt, AlwaysValid);
      return std::nullopt;
    }
    case kImsiId:  // MCC + MNC kept, MSIN enciphered
      return FpeDigits(dec, value, "IMSI_ID", 5, false, 0, decrypt, AlwaysValid);
    case kIccidNumber: {
      SigChars s = Extract(value);
      if (s.ascii.empty()) return std::nullopt;
      bool letter_last = IsAlpha(s.ascii.back());
      // 89 86 + operator kept; the last character is a Luhn digit (or a letter, kept).
      auto valid = [](std::string_view c) { return validate::IsCnIccid(c); };
      if (letter_last) {
        std::string d = s.ascii;
        if (!WalkRange(dec, d, 6, d.size() - 1, "ICCID_NUMBER", decrypt, valid)) return std::nullopt;
        return Rebuild(value, s, d, 'u');
      }
      return FpeDigits(dec, value, "ICCID_NUMBER", 6, true, 0, decrypt, valid);
    }
    case kMeid:  // manufacturer code (8 hex) kept
      return FpeHex(*k.radix16, value, "MEID", 14, 8, decrypt);
    case kMacAddress:  // OUI kept
      return FpeHex(*k.radix16, value, "MAC_ADDRESS", 12, 6, decrypt);
    case kChinaPassport:
      return FpeDigitsAmongLetters(dec, value, "CHINA_PASSPORT", decrypt);
    case kHkMacauTravelPermit:
      return FpeDigitsAmongLetters(dec, value, "HK_MACAU_TRAVEL_PERMIT", decrypt);
    case kChinaLicensePlate:
      return FpePlate(*k.radix34, value, decrypt);
    case kEmailAddress:
      return FpeEmail(*k.radix36, value, decrypt);
    case kIpAddress:
      if (!pan) return std::nullopt;
      return IpPrefix(*pan, value, decrypt);
    default:
      return std::nullopt;
  }
}

void AppendIpv4Text(const std::array<uint8_t, 4>& a, std::string* out) {
  char text[16];  // "255.255.255.255"
  char* w = text;
  for (size_t i = 0; i < 4; ++i) {
    if (i) *w++ = '.';
    const unsigned b = a[i];
    if (b >= 100) *w++ = static_cast<char>('0' + b / 100);
    if (b >= 10) *w++ = static_cast<char>('0' + b / 10 % 10);
    *w++ = static_cast<char>('0' + b % 10);
  }
  out->append(text, static_cast<size_t>(w - text));
}

void AppendIpv6Text(const std::array<uint8_t, 16>& a, std::string* out) {
  uint32_t words[8];
  for (size_t i = 0; i < 8; ++i) words[i] = static_cast<uint32_t>(a[2 * i] << 8 | a[2 * i + 1]);
  // The longest run of zero words (the first of equal ones), if at least 2, becomes "::".
  int best = -1, best_len = 0;
  for (int i = 0; i < 8;) {
    if (words[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && words[j] == 0) ++j;
    if (j - i > best_len) best = i, best_len = j - i;
    i = j;
  }
  if (best_len < 2) best = -1;
  static constexpr char kHex[] = "0123456789abcdef";
  char text[INET6_ADDRSTRLEN];
  char* w = text;
  for (int i = 0; i < 8; ++i) {
    if (best >= 0 && i >= best && i < best + best_len) {
      if (i == best) *w++ = ':';
      continue;
    }
    if (i != 0) *w++ = ':';
    // ::a.b.c.d and ::ffff:a.b.c.d end in dotted IPv4, as inet_ntop writes them
    if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff))) {
      out->append(text, static_cast<size_t>(w - text));
      AppendIpv4Text({a[12], a[13], a[14], a[15]}, out);
      return;
    }
    bool started = false;  // "%x": no leading zeros
    for (int shift = 12; shift >= 0; shift -= 4) {
      const uint32_t d = (words[i] >> shift) & 15;
      if (d || started || shift == 0) *w++ = kHex[d], started = true;
    }
  }
  if (best >= 0 && best + best_len == 8) *w++ = ':';
  out->append(text, static_cast<size_t>(w - text));
}

std::optional<std::string> IpPrefix(const crypto::CryptoPan& pan, std::string_view value,
                                    bool decrypt) {
  std::string v(value);
  crypto::CryptoPan::V4 a4;
  if (inet_pton(AF_INET, v.c_str(), a4.data()) == 1) {
    auto r = decrypt ? pan.DeanonymizeV4(a4) : pan.AnonymizeV4(a4);
    std::string out;
    AppendIpv4Text(r, &out);
    return out;
  }
  crypto::CryptoPan::V6 a6;
  if (inet_pton(AF_INET6, v.c_str(), a6.data()) == 1) {
    auto r = decrypt ? pan.DeanonymizeV6(a6) : pan.AnonymizeV6(a6);
    std::string out;
    AppendIpv6Text(r, &out);
    bool upper = false;
    for (char c : value) upper |= c >= 'A' && c <= 'F';
    if (upper)
      for (char& c : out) c = ToUpper(c);
    return out;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------

void ReplaceTo(const OperatorSpec& spec, std::string_view type_name, std::string* out) {
  std::string_view t = spec.replacement;
  if (t == "<{type}>") {  // the default, on every finding of a dense log: no search
    out->append("<").append(type_name).append(">");
    return;
  }
  size_t p = 0;
  while (true) {
    size_t at = t.find("{type}", p);
    if (at == std::string_view::npos) break;
    out->append(t.substr(p, at - p));
    out->append(type_name);
    p = at + 6;
  }
  out->append(t.substr(p));
}

std::string Replace(const OperatorSpec& spec, std::string_view type_name) {
  std::string out;
  ReplaceTo(spec, type_name, &out);
  return out;
}

std::string Mask(const OperatorSpec& spec, std::string_view value) {
  std::string out;
  MaskTo(spec, value, &out);
  return out;
}

namespace {

// mask for an all-ASCII value (numbers, e-mail addresses: most values), one byte per
// character. `total` is how many of its characters are maskable (not punctuation or space).
// Writes straight into out, sized for the worst case (every byte masked) and trimmed after.
void MaskAsciiTo(const OperatorSpec& spec, std::string_view value, int total, std::string* out) {
  int first = spec.keep_first, last = spec.keep_last;
  if (first + last >= total) first = last = 0;  // keeping them would show the whole value
  const std::string_view mask = spec.mask_char;
  const size_t at = out->size();
  if (static_cast<size_t>(total) == value.size() && mask.size() == 1) {
    // Letters and digits only (numbers, IDs: most values): the kept ends as they are, the
    // middle all mask characters, without a look at each.
    const size_t n = value.size(), head = static_cast<size_t>(first),
                 tail = static_cast<size_t>(last);
    out->resize(at + n);
    char* w = out->data() + at;
    std::memcpy(w, value.data(), n);
    std::memset(w + head, mask[0], n - head - tail);
    return;
  }
  out->resize(at + value.size() * std::max<size_t>(mask.size(), 1));
  char* w = out->data() + at;
  int k = 0;
  for (char c : value) {
    if (IsAsciiKept(c) || k < first || k >= total - last) {
      *w++ = c;
    } else if (mask.size() == 1) {
      *w++ = mask[0];
    } else {
      std::memcpy(w, mask.data(), mask.size());
      w += mask.size();
    }
    k += !IsAsciiKept(c);
  }
  out->resize(static_cast<size_t>(w - out->data()));
}

}  // namespace

void MaskTo(const OperatorSpec& spec, std::string_view value, std::string* out) {
  bool ascii = true;
  int ascii_total = 0;  // maskable characters, if the value is all ASCII
  for (char c : value) {
    ascii &= static_cast<unsigned char>(c) < 0x80;
    ascii_total += !IsAsciiKept(c);
  }
  if (ascii) return MaskAsciiTo(spec, value, ascii_total, out);
  auto kept_as_is = [](uint32_t cp) {
    return cp == ' ' || (cp < 0x80 && cp > 0x20 && !((cp >= '0' && cp <= '9') ||
                                                     (cp >= 'a' && cp <= 'z') ||
                                                     (cp >= 'A' && cp <= 'Z'))) ||
           cp == 0x3000 || cp == 0xFF0D || cp == 0x00B7;  // ideographic space, full-width -, middle dot
  };
  int total = 0;
  for (size_t i = 0; i < value.size();) {
    int len = 1;
    uint32_t cp = utf8::Decode(value, i, &len);
    if (!kept_as_is(cp)) ++total;
    i += static_cast<size_t>(len);
  }
  int first = spec.keep_first, last = spec.keep_last;
  if (first + last >= total) first = last = 0;  // keeping them would show the whole value
  int k = 0;
  for (size_t i = 0; i < value.size();) {
    int len = 1;
    uint32_t cp = utf8::Decode(value, i, &len);
    std::string_view ch = value.substr(i, static_cast<size_t>(len));
    if (kept_as_is(cp)) {
      out->append(ch);
    } else {
      out->append(k < first || k >= total - last ? ch : std::string_view(spec.mask_char));
      ++k;
    }
    i += static_cast<size_t>(len);
  }
}

size_t PhoneCountryPrefixLength(std::string_view value) {
  // The common case, a bare 11-digit mobile, needs no look at the characters.
  if (value.size() <= 11 || !(value[0] == '+' || value[0] == '0' || value[0] == '8' ||
                              value[0] == '(' || static_cast<unsigned char>(value[0]) >= 0x80))
    return 0;
  // Extract's walk without its vectors: how many significant characters, the first four,
  // and where the third and fifth start.
  char head[4] = {};
  size_t count = 0, third = 0, fifth = 0;
  ForEachSigChar(value, [&](char a, size_t pos, int /*width*/) {
    if (count < 4) head[count] = a;
    if (count == 2) third = pos;
    if (count == 4) fifth = pos;
    ++count;
  });
  const std::string_view first4(head, 4);
  // up to the first digit of the national number, with the separators after the prefix
  if (count == 13 && first4.substr(0, 2) == "86") return third;
  if (count == 15 && first4 == "0086") return fifth;
  return 0;
}

namespace {

// Writes the bytes of v that `keep` accepts, each through `map`, to the front of *scratch
// (grown to v.size() when shorter, never shrunk, so that steady state writes no fill) and
// returns them.
template <typename Keep, typename Map>
std::string_view FilterInto(std::string_view v, std::string* scratch, Keep keep, Map map) {
  if (scratch->size() < v.size()) scratch->resize(v.size());
  char* const begin = scratch->data();
  char* w = begin;
  for (char c : v)
    if (keep(c)) *w++ = map(c);
  return std::string_view(begin, static_cast<size_t>(w - begin));
}

std::string_view Trimmed(std::string_view v) {
  size_t b = v.find_first_not_of(" \t");
  size_t e = v.find_last_not_of(" \t");
  return b == std::string_view::npos ? std::string_view() : v.substr(b, e - b + 1);
}

// The canonical form of value (see Canonical): a view of value itself when it already is
// (trimmed types, dotted quads), else of *scratch or of thread-local storage. Valid until the
// next call on the same thread with the same scratch.
std::string_view CanonicalView(TypeId type, std::string_view value, std::string* scratch) {
  thread_local std::string norm;
  thread_local std::vector<uint32_t> map;
  if (utf8::MayNeedNormalization(value) && utf8::NormalizeWidth(value, &norm, &map)) value = norm;
  auto same = [](char c) { return c; };
  switch (type) {
    case kPhoneNumber: {
      std::string_view d = FilterInto(value, scratch, IsDigit, same);
      // one number written as 0086 138..., +86 138..., 86-138... or 138... gets one token
      if (d.size() == 15 && d.substr(0, 4) == "0086") return d.substr(4);
      if (d.size() == 13 && d.substr(0, 2) == "86") return d.substr(2);
      return d;
    }
    case kBankCardNumber: case kImsiId: case kImeiHardwareId:
      return FilterInto(value, scratch, IsDigit, same);
    case kChinaResidentIdNumber: case kChinaPassport: case kHkMacauTravelPermit:
    case kIccidNumber: case kChinaLicensePlate: case kMeid:
      return FilterInto(
          value, scratch,
          [](char c) { return IsDigit(c) || IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80; },
          ToUpper);
    case kEmailAddress:
      return FilterInto(Trimmed(value), scratch, [](char) { return true; }, ToLower);
    case kMacAddress:
      return FilterInto(value, scratch, [](char c) { return IsDigit(c) || IsAlpha(c); }, ToLower);
    case kIpAddress: {
      std::string_view v = Trimmed(value);
      // A dotted quad as the scanner reports it (no leading zeros) is already canonical.
      if (validate::IsIpv4(v)) return v;
      // IPv6 as inet_pton reads it (up to a NUL byte), in its canonical text. Longer than
      // INET6_ADDRSTRLEN is no address.
      crypto::CryptoPan::V6 a6;
      if (v.size() <= INET6_ADDRSTRLEN && validate::ParseIpv6(v, a6.data())) {
        scratch->clear();
        AppendIpv6Text(a6, scratch);
        return *scratch;
      }
      return v;
    }
    default:
      return Trimmed(value);
  }
}

}  // namespace

void CanonicalTo(TypeId type, std::string_view value, std::string* out) {
  thread_local std::string scratch;
  out->append(CanonicalView(type, value, &scratch));
}

std::string Canonical(TypeId type, std::string_view value) {
  std::string out;
  CanonicalTo(type, value, &out);
  return out;
}

std::string_view DefaultPseudonymPrefix(TypeId type) {
  switch (type) {
    case kChinaResidentIdNumber: return "ID_";
    case kChinaPassport: return "PP_";
    case kHkMacauTravelPermit: return "HKM_";
    case kPersonName: return "NM_";
    case kDateOfBirth: return "DOB_";
    case kStreetAddress: return "AD_";
    case kPhoneNumber: return "PN_";
    case kEmailAddress: return "EM_";
    case kBankCardNumber: return "BC_";
    case kCredential: return "CR_";
    case kImsiId: return "IMSI_";
    case kImeiHardwareId: return "IMEI_";
    case kMeid: return "MEID_";
    case kIccidNumber: return "ICCID_";
    case kMacAddress: return "MAC_";
    case kIpAddress: return "IP_";
    case kLocationCoordinates: return "LOC_";
    case kCellId: return "CELL_";
    case kChinaLicensePlate: return "PL_";
    default: return "PI_";
  }
}

namespace {

// What a pseudonym's HMAC is computed over, besides the type name. The view is valid until the
// next call on this thread.
std::string_view PseudonymCanonical(TypeId type, std::string_view value) {
  thread_local std::string scratch;
  return CanonicalView(type, value, &scratch);
}

void AppendPseudonymPrefix(const OperatorSpec& spec, TypeId type, std::string* out) {
  out->append(spec.prefix.empty() ? DefaultPseudonymPrefix(type) : std::string_view(spec.prefix));
}

// How many hex digits of the MAC a pseudonym shows: spec.length, within 0..64.
size_t PseudonymDigits(const OperatorSpec& spec) {
  return std::min<size_t>(static_cast<size_t>(std::max(spec.length, 0)),
                          2 * crypto::kSha256Size);
}

// The two lower-case hex digits of every byte value.
constexpr std::array<std::array<char, 2>, 256> kHexPairs = [] {
  constexpr char kHex[] = "0123456789abcdef";
  std::array<std::array<char, 2>, 256> pairs{};
  for (size_t b = 0; b < 256; ++b) pairs[b] = {kHex[b >> 4], kHex[b & 15]};
  return pairs;
}();

// The first `digits` hex digits of mac, lower case, into hex[0, digits).
void PutHexDigits(const crypto::Sha256Digest& mac, size_t digits, char* hex) {
  for (size_t i = 0; i < digits / 2; ++i) std::memcpy(hex + 2 * i, kHexPairs[mac[i]].data(), 2);
  if (digits % 2 != 0) hex[digits - 1] = kHexPairs[mac[digits / 2]][0];
}

// Overwrites the `digits` placeholder digits at (*out)[at] with those of mac. The check keeps
// the write within the string even if a caller broke PseudonymBatch's contract by shrinking it.
void PatchHexDigits(const crypto::Sha256Digest& mac, size_t digits, std::string* out,
                    size_t at) {
  if (at > out->size() || digits > out->size() - at) throw std::out_of_range("PseudonymBatch");
  PutHexDigits(mac, digits, out->data() + at);
}

}  // namespace

void PseudonymTo(const crypto::HmacSha256& key, const OperatorSpec& spec, TypeId type,
                 std::string_view type_name, std::string_view value, std::string* out) {
  const crypto::Sha256Digest mac = key.MacLabelled(type_name, PseudonymCanonical(type, value));
  AppendPseudonymPrefix(spec, type, out);
  char hex[2 * crypto::kSha256Size];
  const size_t digits = PseudonymDigits(spec);
  PutHexDigits(mac, digits, hex);
  out->append(hex, digits);
}

std::string Pseudonym(const crypto::HmacSha256& key, const OperatorSpec& spec, TypeId type,
                      std::string_view type_name, std::string_view value) {
  std::string out;
  PseudonymTo(key, spec, type, type_name, value, &out);
  return out;
}

void PseudonymBatch::Append(const crypto::HmacSha256& key, const OperatorSpec& spec, TypeId type,
                            std::string_view type_name, std::string_view value,
                            std::string* out) {
  const std::string_view canonical = PseudonymCanonical(type, value);
  AppendPseudonymPrefix(spec, type, out);
  const size_t digits = PseudonymDigits(spec);
  if (digits == 0) return;  // nothing of the MAC is shown
  const size_t at = out->size();
  out->append(digits, '0');  // the placeholder
  if (!crypto::HmacBatch::Fits(type_name, canonical)) {
    // Too long to batch (and rare): the general path, now.
    PatchHexDigits(key.MacLabelled(type_name, canonical), digits, out, at);
    return;
  }
  if (pending() && key_ != &key) Flush();  // only MACs under one key are batched
  key_ = &key;
  placeholders_[macs_.size()] = {out, at, digits};
  macs_.Add(type_name, canonical);
  if (macs_.full()) Flush();
}

void PseudonymBatch::Flush() {
  if (!pending()) return;
  const size_t n = macs_.size();
  crypto::Sha256Digest macs[kCapacity];
  macs_.Compute(*key_, macs);
  for (size_t i = 0; i < n; ++i) {
    const Placeholder& p = placeholders_[i];
    PatchHexDigits(macs[i], p.digits, p.out, p.at);
  }
  key_ = nullptr;
}

// ---------------------------------------------------------------------------------------
// Dates: the value is read into tokens (digit runs, an English month name); which token is
// the year, month and day is decided from their sizes and values; output is written back into
// the same tokens so the format stays as it was.

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"};

struct DateToken {
  size_t start, end;
  bool month_name;
};

struct ParsedDate {
  int y = 0, m = 0, d = 0;
  std::vector<DateToken> tokens;
  int yi = -1, mi = -1, di = -1;  // token index of each part
  bool chinese = false;           // 年/月/日
  char sep = '-';                 // the separator between numeric parts, if any
};

std::optional<ParsedDate> ParseDate(std::string_view v) {
  ParsedDate p;
  for (size_t i = 0; i < v.size();) {
    if (IsDigit(v[i])) {
      size_t j = i;
      while (j < v.size() && IsDigit(v[j])) ++j;
      p.tokens.push_back({i, j, false});
      i = j;
    } else if (IsAlpha(v[i])) {
      size_t j = i;
      while (j < v.size() && IsAlpha(v[j])) ++j;
      std::string w;
      for (size_t k = i; k < j; ++k) w.push_back(ToLower(v[k]));
      int month = 0;
      for (size_t k = 0; k < kMonths.size(); ++k)
        if (w.size() >= 3 && kMonths[k].compare(0, w.size(), w) == 0) month = static_cast<int>(k) + 1;
      if (w == "sept") month = 9;
      if (month) {
        p.tokens.push_back({i, j, true});
        p.m = month;
      } else if (w != "st" && w != "nd" && w != "rd" && w != "th" && w != "of") {
        return std::nullopt;
      }
      i = j;
    } else {
      if (v.compare(i, 3, "年") == 0 || v.compare(i, 3, "月") == 0) p.chinese = true;
      if (v[i] == '-' || v[i] == '/' || v[i] == '.') p.sep = v[i];
      ++i;
    }
  }
  auto num = [&](int t) { return ParseInt(v.substr(p.tokens[t].start, p.tokens[t].end - p.tokens[t].start)); };
  auto len = [&](int t) { return p.tokens[t].end - p.tokens[t].start; };
  const int n = static_cast<int>(p.tokens.size());
  if (n == 1 && !p.tokens[0].month_name && len(0) == 8) {  // YYYYMMDD
    std::string_view s = v.substr(p.tokens[0].start, 8);
    p.y = ParseInt(s.substr(0, 4));
    p.m = ParseInt(s.substr(4, 2));
    p.d = ParseInt(s.substr(6, 2));
    p.yi = 0;  // compact: rewritten as a whole
  } else if (n == 3) {
    int name = -1;
    for (int t = 0; t < 3; ++t)
      if (p.tokens[t].month_name) name = t;
    if (name >= 0) {  // "May 17, 1990", "17 May 1990"
      p.mi = name;
      for (int t = 0; t < 3; ++t) {
        if (t == name) continue;
        if (len(t) == 4) p.yi = t;
        else p.di = t;
      }
      if (p.yi < 0 || p.di < 0) return std::nullopt;
      p.y = num(p.yi);
      p.d = num(p.di);
    } else if (len(0) == 4) {  // Y M D
      p.yi = 0, p.mi = 1, p.di = 2;
    } else if (len(2) == 4) {  // D M Y, or M D Y when the first cannot be a day... of month
      p.yi = 2;
      if (num(1) > 12) p.mi = 0, p.di = 1;
      else p.di = 0, p.mi = 1;
    } else {
      return std::nullopt;
    }
    if (name < 0) {
      p.y = num(p.yi);
      p.m = num(p.mi);
      p.d = num(p.di);
    }
  } else {
    return std::nullopt;
  }
  if (!validate::IsValidDate(p.y, p.m, p.d)) return std::nullopt;
  return p;
}

// A month name written like `like` ("May", "MAY", "may", "Sept", "September").
std::string MonthName(int m, std::string_view like) {
  std::string full(kMonths[static_cast<size_t>(m - 1)]);
  // abbreviated forms keep the abbreviation (3 letters); full names stay full
  std::string lower;
  for (char c : like) lower.push_back(ToLower(c));
  bool abbreviated = std::find(kMonths.begin(), kMonths.end(), lower) == kMonths.end();
  std::string out = abbreviated ? full.substr(0, 3) : full;
  bool all_upper = true, first_upper = IsUpper(like[0]);
  for (char c : like) all_upper &= IsUpper(c);
  if (all_upper) {
    for (char& c : out) c = ToUpper(c);
  } else if (first_upper) {
    out[0] = ToUpper(out[0]);
  }
  return out;
}

}  // namespace

std::optional<std::string> DateShift(std::string_view value, int days) {
  auto p = ParseDate(value);
  if (!p) return std::nullopt;
  int y, m, d;
  CivilFromDays(DaysFromCivil(p->y, p->m, p->d) + days, &y, &m, &d);
  if (y < 1000 || y > 9999) return std::nullopt;
  if (p->tokens.size() == 1) {  // compact YYYYMMDD
    const auto& t = p->tokens[0];
    return std::string(value.substr(0, t.start)) + Pad(y, 4) + Pad(m, 2) + Pad(d, 2) +
           std::string(value.substr(t.end));
  }
  std::string out;
  size_t at = 0;
  for (int i = 0; i < static_cast<int>(p->tokens.size()); ++i) {
    const DateToken& t = p->tokens[static_cast<size_t>(i)];
    out.append(value.substr(at, t.start - at));
    std::string_view old = value.substr(t.start, t.end - t.start);
    if (i == p->yi) out += Pad(y, 4);
    else if (i == p->mi) out += t.month_name ? MonthName(m, old) : Pad(m, old.size());
    else out += Pad(d, old.size());
    at = t.end;
  }
  out.append(value.substr(at));
  return out;
}

std::optional<std::string> DateGeneralize(const OperatorSpec& spec, std::string_view value) {
  auto p = ParseDate(value);
  if (!p) return std::nullopt;
  std::string year = Pad(p->y, 4);
  if (p->chinese) return spec.month ? year + "年" + std::to_string(p->m) + "月" : year + "年";
  if (!spec.month) return year;
  if (p->tokens.size() == 1) return year + Pad(p->m, 2);  // compact
  if (p->mi >= 0 && p->tokens[static_cast<size_t>(p->mi)].month_name) {
    const DateToken& t = p->tokens[static_cast<size_t>(p->mi)];
    return MonthName(p->m, value.substr(t.start, t.end - t.start)) + " " + year;
  }
  std::string sep(1, p->sep);
  if (p->yi == 0) return year + sep + Pad(p->m, 2);
  return Pad(p->m, 2) + sep + year;
}

int DateShiftDays(const crypto::HmacSha256& key, int max_days, std::string_view subject) {
  crypto::Sha256Digest mac = key.Mac(subject);
  uint64_t h = 0;
  for (int i = 0; i < 8; ++i) h = (h << 8) | mac[static_cast<size_t>(i)];
  int magnitude = 1 + static_cast<int>((h >> 1) % static_cast<uint64_t>(max_days));
  return (h & 1) ? magnitude : -magnitude;
}

}  // namespace piguard::redact
