#pragma once
#include <cstddef>
#include <cstdint>
// Data tables generated at build time by tools/gen_tables.py from Debian's
// python3-stdnum (loc.dat) and python3-phonenumbers (geodata); see cmake/tables.cmake.
namespace piguard::tables {
// GB/T 2260 administrative divisions, including abolished codes (an ID number keeps the code of where it was issued).
// Placeholder names in the source data (市辖区, 县, 省直辖县级行政区划, ...) are emitted as "".
struct Region { uint32_t code; const char* name; uint8_t level; };  // level: 1 province, 2 prefecture, 3 county; name in UTF-8 exactly as in the data (e.g. "湖南省", "永州市", "道县", "延边朝鲜族自治州")
extern const Region kRegions[];      // sorted by code, unique codes
extern const size_t kRegionCount;
// Mainland landline area codes without the trunk 0: 10, 20..29 (026 is unassigned and absent), and 3-digit codes such as 351, 431, 551.
// The set is prefix-free (no 3-digit code starts with a 2-digit one).
extern const uint16_t kAreaCodes[];  // sorted ascending, unique
extern const size_t kAreaCodeCount;
}
