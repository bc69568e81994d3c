// A ZIP archive built in memory, entries stored uncompressed: Office files for the tests and
// the fuzzer without a ZIP writer (the reader under test uses minizip).
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace piguard::testutil {

namespace zip_detail {
inline void Put16(std::string* s, uint16_t v) { s->append({static_cast<char>(v), static_cast<char>(v >> 8)}); }
inline void Put32(std::string* s, uint32_t v) {
  Put16(s, static_cast<uint16_t>(v));
  Put16(s, static_cast<uint16_t>(v >> 16));
}

}  // namespace zip_detail

// A ZIP archive of `entries` (name, content), stored.
inline std::string StoredZip(const std::vector<std::pair<std::string, std::string_view>>& entries) {
  using zip_detail::Put16;
  using zip_detail::Put32;
  std::string zip, central;
  for (const auto& [name, data] : entries) {
    const uint32_t crc = static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    const uint32_t offset = static_cast<uint32_t>(zip.size());
    Put32(&zip, 0x04034b50);
    Put16(&zip, 20); Put16(&zip, 0); Put16(&zip, 0); Put16(&zip, 0); Put16(&zip, 0);
    Put32(&zip, crc); Put32(&zip, static_cast<uint32_t>(data.size()));
    Put32(&zip, static_cast<uint32_t>(data.size()));
    Put16(&zip, static_cast<uint16_t>(name.size())); Put16(&zip, 0);
    zip += name;
    zip += data;
    Put32(&central, 0x02014b50);
    Put16(&central, 20); Put16(&central, 20); Put16(&central, 0); Put16(&central, 0);
    Put16(&central, 0); Put16(&central, 0);
    Put32(&central, crc); Put32(&central, static_cast<uint32_t>(data.size()));
    Put32(&central, static_cast<uint32_t>(data.size()));
    Put16(&central, static_cast<uint16_t>(name.size()));
    Put16(&central, 0); Put16(&central, 0); Put16(&central, 0); Put16(&central, 0);
    Put32(&central, 0); Put32(&central, offset);
    central += name;
  }
  const uint32_t cd_offset = static_cast<uint32_t>(zip.size());
  zip += central;
  Put32(&zip, 0x06054b50);
  Put16(&zip, 0); Put16(&zip, 0);
  Put16(&zip, static_cast<uint16_t>(entries.size())); Put16(&zip, static_cast<uint16_t>(entries.size()));
  Put32(&zip, static_cast<uint32_t>(central.size())); Put32(&zip, cd_offset);
  Put16(&zip, 0);
  return zip;
}


}  // namespace piguard::testutil
