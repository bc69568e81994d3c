// Traditional Chinese characters, as Hong Kong, Macau and Taiwan write them, folded to the
// simplified forms the detectors' word lists use, and the other way round. The table covers
// the characters of those word lists (tools/gen_traditional_table.sh builds it from OpenCC),
// so a label such as 聯絡電話 classifies as 联络电话 does, and each hotword or trigger is also
// looked for in its traditional forms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace piguard::traditional {

// The simplified form of a traditional character of the table; other characters unchanged.
// Both forms are three bytes in UTF-8, so folding a text keeps every offset.
char32_t ToSimplified(char32_t cp);

// Whether cp is a traditional character of the table (one bit test).
bool IsTraditional(char32_t cp);

// Whether a traditional character of the table starts within the first `chars` characters
// of t[pos, ...) (not looking past a line break).
bool AnyTraditionalAt(std::string_view t, size_t pos, int chars);

// `s` with every traditional character of the table replaced by its simplified form, byte
// for byte as long as `s`. Bytes that are no valid UTF-8 are kept as they are.
std::string ToSimplified(std::string_view s);

// The traditional spellings of a simplified word (standard, Hong Kong, Taiwan, and the
// alternative forms of characters with more than one: 系 as 係 or 繫, 账 as 帳), without the
// word itself and without repeats. Empty when no character of the word has another form.
std::vector<std::string> TraditionalVariants(std::string_view simplified);

}  // namespace piguard::traditional
