// Traditional Chinese characters, as Hong Kong, Macau and Taiwan write them, folded to the
// simplified forms the detectors' word lists use, and the other way round. The table covers
// the characters of those word lists (tools/gen_traditional_table.sh builds it from OpenCC),
// so a label such as 聯絡電話 classifies as 联络电话 does, and each hotword or trigger is also
// looked for in its traditional forms.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace piguard::traditional {

// The simplified form of a traditional character of the table; other characters unchanged.
// Both forms are three bytes in UTF-8, so folding a text keeps every offset.
char32_t ToSimplified(char32_t cp);

namespace internal {
// Bit cp of the BMP set when cp is a traditional character of the table; built at compile
// time from the same table.
extern const std::array<uint64_t, 0x10000 / 64> kTraditionalBits;
}  // namespace internal

// Whether cp is a traditional character of the table (one bit test).
inline bool IsTraditional(char32_t cp) {
  return cp < 0x10000 && ((internal::kTraditionalBits[cp >> 6] >> (cp & 63)) & 1u);
}

// Whether one of the first `chars` three-byte characters from t[pos] is a traditional
// character of the table, passing over up to twelve ASCII bytes between them (141號, B座)
// and stopping at a line break or another script. Asked where an address parse stops: a few
// byte tests.
bool AnyTraditionalAt(std::string_view t, size_t pos, int chars);

// `s` with every traditional character of the table replaced by its simplified form, byte
// for byte as long as `s`. Bytes that are no valid UTF-8 are kept as they are.
std::string ToSimplified(std::string_view s);

// The traditional spellings of a simplified word (standard, Hong Kong, Taiwan, and the
// alternative forms of characters with more than one: 系 as 係 or 繫, 账 as 帳), without the
// word itself and without repeats. Empty when no character of the word has another form.
std::vector<std::string> TraditionalVariants(std::string_view simplified);

// Appends the word and then its traditional spellings (TraditionalVariants) to *words: a
// word list that matches text in both scripts.
void AppendInBothScripts(std::string_view simplified, std::vector<std::string>* words);

}  // namespace piguard::traditional
