// The text encodings piguard reads: UTF-8, GB18030 (with its subsets GBK and GB2312, what
// Chinese Windows and Excel write by default), Big5 (with Hong Kong's HKSCS: what Windows in
// Taiwan and Hong Kong writes) and UTF-16 (Windows "Unicode text" exports).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace piguard {

enum class TextEncoding : uint8_t { kAuto, kUtf8, kGb18030, kUtf16le, kUtf16be, kBig5 };

// "auto", "utf-8"/"utf8", "gb18030" (also "gbk", "gb2312", "cp936": subsets of GB18030),
// "big5" (also "big5-hkscs", "big5hkscs", "cp950"), "utf-16le", "utf-16be"; case-insensitive.
std::optional<TextEncoding> ParseTextEncoding(std::string_view name);
// "auto", "utf-8", "gb18030", "utf-16le", "utf-16be", "big5" (static strings).
std::string_view TextEncodingName(TextEncoding e);

}  // namespace piguard
