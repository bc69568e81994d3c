#include "detect/traditional.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/utf8.h"

namespace piguard::traditional {
namespace {

struct Forms {
  char32_t simplified;
  char32_t standard;   // OpenCC s2t
  char32_t hong_kong;  // s2hk
  char32_t taiwan;     // s2tw
};

constexpr Forms kForms[] = {
#include "detect/traditional_table.inc"
};

// Characters whose traditional form depends on the word (OpenCC decides by phrase, the table
// by character): 联系 is 聯繫, 关系 is 關係; 账户 is often written 帳戶, 台湾 台灣 or 臺灣. For
// 系 and 台 the character itself is a traditional form too (系統, 台灣): TraditionalVariants
// keeps it as one (kSelfToo). Forms right only in a few words (麵 for 面, 隻 for 只) are none.
constexpr std::pair<char32_t, char32_t> kAlternatives[] = {
    {U'系', U'係'}, {U'系', U'繫'}, {U'账', U'帳'}, {U'里', U'裡'}, {U'台', U'臺'}};
constexpr char32_t kSelfToo[] = {U'系', U'台', U'里'};

struct Maps {
  std::unordered_map<char32_t, char32_t> to_simplified;
  std::unordered_map<char32_t, std::vector<char32_t>> to_traditional;  // distinct forms
};

const Maps& GetMaps() {
  static const Maps maps = [] {
    Maps m;
    auto add = [&](char32_t simp, char32_t trad) {
      // Only three-byte characters on both sides: folding must keep a text's length.
      auto three_bytes = [](char32_t c) { return c >= 0x800 && c <= 0xFFFF; };
      if (trad == simp || !three_bytes(trad) || !three_bytes(simp)) return;
      m.to_simplified.emplace(trad, simp);  // the first simplified form wins
      auto& forms = m.to_traditional[simp];
      if (std::find(forms.begin(), forms.end(), trad) == forms.end()) forms.push_back(trad);
    };
    // A character that one of its regions writes unchanged (台 in Hong Kong) keeps itself as
    // its first traditional form, so that 台湾 gives 台灣 as well as 臺灣.
    for (const Forms& f : kForms) {
      if (f.standard == f.simplified || f.hong_kong == f.simplified || f.taiwan == f.simplified)
        m.to_traditional[f.simplified].push_back(f.simplified);
    }
    for (char32_t c : kSelfToo) {
      auto& forms = m.to_traditional[c];
      if (std::find(forms.begin(), forms.end(), c) == forms.end()) forms.insert(forms.begin(), c);
    }
    for (const Forms& f : kForms) {
      add(f.simplified, f.standard);
      add(f.simplified, f.hong_kong);
      add(f.simplified, f.taiwan);
    }
    for (const auto& [simp, trad] : kAlternatives) add(simp, trad);
    return m;
  }();
  return maps;
}

std::u32string Decode(std::string_view s, bool* valid) {
  std::u32string out;
  *valid = true;
  for (size_t i = 0; i < s.size();) {
    int len = 0;
    const uint32_t cp = utf8::Decode(s, i, &len);
    if (cp == 0xFFFD && len == 1) *valid = false;
    out.push_back(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

std::string Encode(const std::u32string& cps) {
  std::string out;
  for (char32_t cp : cps) utf8::Append(&out, cp);
  return out;
}

}  // namespace

namespace internal {
namespace {
constexpr std::array<uint64_t, 0x10000 / 64> MakeTraditionalBits() {
  std::array<uint64_t, 0x10000 / 64> bits{};
  auto set = [&](char32_t simp, char32_t trad) {
    if (trad != simp && trad >= 0x800 && trad <= 0xFFFF && simp >= 0x800 && simp <= 0xFFFF)
      bits[trad >> 6] |= uint64_t{1} << (trad & 63);
  };
  for (const Forms& f : kForms) {
    set(f.simplified, f.standard);
    set(f.simplified, f.hong_kong);
    set(f.simplified, f.taiwan);
  }
  for (const auto& [simp, trad] : kAlternatives) set(simp, trad);
  return bits;
}
}  // namespace
constexpr std::array<uint64_t, 0x10000 / 64> kTraditionalBits = MakeTraditionalBits();
}  // namespace internal

char32_t ToSimplified(char32_t cp) {
  const auto& m = GetMaps().to_simplified;
  auto it = m.find(cp);
  return it == m.end() ? cp : it->second;
}

bool AnyTraditionalAt(std::string_view t, size_t pos, int chars) {
  // Only three-byte sequences can be in the table: their code point is put together without
  // validation (a malformed one gives a wrong answer at worst, i.e. one parse more or less).
  const auto* b = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  int ascii = 0;
  for (int cjk = 0; cjk < chars && pos < n;) {
    const unsigned c = b[pos];
    if (c < 0x80) {
      // Numbers, letters and dashes between the characters (141號, 3期, B座) are passed over.
      if (c == '\n' || ++ascii > 12) return false;
      ++pos;
    } else if (c >= 0xE0 && c < 0xF0 && pos + 2 < n) {
      const char32_t cp = ((c & 0x0Fu) << 12) | ((b[pos + 1] & 0x3Fu) << 6) | (b[pos + 2] & 0x3Fu);
      if (IsTraditional(cp)) return true;
      pos += 3;
      ++cjk;
    } else {
      return false;  // other scripts, punctuation of two bytes: no address goes on there
    }
  }
  return false;
}

std::string ToSimplified(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int len = 0;
    const uint32_t cp = utf8::Decode(s, i, &len);
    if (cp == 0xFFFD && len == 1) {
      out.push_back(s[i]);  // not UTF-8: kept byte for byte
    } else {
      utf8::Append(&out, ToSimplified(static_cast<char32_t>(cp)));
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

void AppendInBothScripts(std::string_view simplified, std::vector<std::string>* words) {
  words->emplace_back(simplified);
  for (std::string& v : TraditionalVariants(simplified)) words->push_back(std::move(v));
}

std::vector<std::string> TraditionalVariants(std::string_view simplified) {
  std::vector<std::string> out;
  bool valid = false;
  const std::u32string word = Decode(simplified, &valid);
  if (!valid) return out;
  const auto& to_trad = GetMaps().to_traditional;
  // One variant per form column: the k-th form of every character (its last form when it
  // has fewer), so 台湾 gives 台灣 and 臺灣, 联系人 gives 聯系人, 聯係人 and 聯繫人, and 账户
  // gives 賬戶 and 帳戶.
  size_t columns = 0;
  for (char32_t cp : word)
    if (auto it = to_trad.find(cp); it != to_trad.end()) columns = std::max(columns, it->second.size());
  for (size_t k = 0; k < columns; ++k) {
    std::u32string v = word;
    for (char32_t& cp : v)
      if (auto it = to_trad.find(cp); it != to_trad.end())
        cp = it->second[std::min(k, it->second.size() - 1)];
    std::string enc = Encode(v);
    if (enc != simplified && std::find(out.begin(), out.end(), enc) == out.end())
      out.push_back(std::move(enc));
  }
  return out;
}

}  // namespace piguard::traditional
