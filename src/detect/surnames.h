#pragma once
#include <cstddef>
namespace piguard::tables {
// Chinese surnames (UTF-8): single-character ones and compound ones (司徒, 欧阳, 令狐, 夏侯, 申屠, 诸葛, 上官, 皇甫, 慕容, 端木, 尉迟, 公孙, 长孙, 宇文, 司马, 东方, 独孤, 南宫, 万俟, 闻人, 夏侯, 轩辕, 令狐, 钟离, 澹台, 公冶, 太叔, 申屠, 濮阳, 淳于, 单于, 呼延 ...).
// Simplified characters; every entry is unique. Not sorted: 百家姓 order, then common modern additions.
// Single entries are exactly one character; compound entries exactly two.
extern const char* const kSingleSurnames[];   extern const size_t kSingleSurnameCount;
extern const char* const kCompoundSurnames[]; extern const size_t kCompoundSurnameCount;
// Characters common as the first/second character of Chinese given names are NOT needed.
}
