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
// by character): 联系 is 聯繫, 关系 is 關係; 账户 is often written 帳戶.
constexpr std::pair<char32_t, char32_t> kAlternatives[] = {
    {U'系', U'係'}, {U'系', U'繫'}, {U'账', U'帳'}, {U'里', U'裡'}, {U'台', U'臺'},
    {U'于', U'於'}, {U'干', U'幹'}, {U'后', U'後'}, {U'只', U'隻'}, {U'面', U'麵'}};

struct Maps {
  std::vector<bool> is_traditional = std::vector<bool>(0x10000, false);  // over the BMP
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
      m.is_traditional[trad] = true;
      m.to_simplified.emplace(trad, simp);  // the first simplified form wins
      auto& forms = m.to_traditional[simp];
      if (std::find(forms.begin(), forms.end(), trad) == forms.end()) forms.push_back(trad);
    };
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

char32_t ToSimplified(char32_t cp) {
  const auto& m = GetMaps().to_simplified;
  auto it = m.find(cp);
  return it == m.end() ? cp : it->second;
}

bool IsTraditional(char32_t cp) { return cp < 0x10000 && GetMaps().is_traditional[cp]; }

bool AnyTraditionalAt(std::string_view t, size_t pos, int chars) {
  const std::vector<bool>& trad = GetMaps().is_traditional;
  for (int n = 0; n < chars && pos < t.size(); ++n) {
    const auto c = static_cast<unsigned char>(t[pos]);
    if (c == '\n') return false;
    int len = 1;
    if (c >= 0xE0) {
      const uint32_t cp = utf8::Decode(t, pos, &len);
      if (cp < 0x10000 && trad[cp]) return true;
    } else if (c >= 0x80) {
      utf8::Decode(t, pos, &len);
    }
    pos += static_cast<size_t>(len);
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

std::vector<std::string> TraditionalVariants(std::string_view simplified) {
  std::vector<std::string> out;
  bool valid = false;
  const std::u32string word = Decode(simplified, &valid);
  if (!valid) return out;
  const auto& to_trad = GetMaps().to_traditional;
  // One variant per form column: the k-th form of every character (its last form when it
  // has fewer), so 联系人 gives 聯係人 and 聯繫人, and 账户 gives 賬戶 and 帳户.
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
