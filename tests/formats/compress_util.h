// Compressed test data made at test time from plain data, with the libraries piguard decodes
// with, so no binary fixtures are committed. Every codec writes its integrity check (gzip
// CRC-32, zstd content checksum, xz CRC-64, bzip2 block and stream CRCs), so damage is found.
#pragma once

#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace piguard::testutil {

enum class Codec { kGzip, kZstd, kXz, kBzip2 };
inline constexpr Codec kAllCodecs[] = {Codec::kGzip, Codec::kZstd, Codec::kXz, Codec::kBzip2};

// The name ByteSource::compression() gives, and the usual file suffix.
inline std::string_view CodecName(Codec c) {
  switch (c) {
    case Codec::kGzip: return "gzip";
    case Codec::kZstd: return "zstd";
    case Codec::kXz: return "xz";
    case Codec::kBzip2: return "bzip2";
  }
  return "?";
}
inline std::string_view CodecSuffix(Codec c) {
  switch (c) {
    case Codec::kGzip: return ".gz";
    case Codec::kZstd: return ".zst";
    case Codec::kXz: return ".xz";
    case Codec::kBzip2: return ".bz2";
  }
  return "?";
}

inline std::string GzipOne(std::string_view data) {
  z_stream z;
  std::memset(&z, 0, sizeof(z));
  if (deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2");
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate");
  return out;
}

inline std::string ZstdOne(std::string_view data) {
  ZSTD_CCtx* c = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress2(c, out.data(), out.size(), data.data(), data.size());
  ZSTD_freeCCtx(c);
  if (ZSTD_isError(n)) throw std::runtime_error("ZSTD_compress2");
  out.resize(n);
  return out;
}

inline std::string XzOne(std::string_view data) {
  std::string out(lzma_stream_buffer_bound(data.size()), '\0');
  size_t pos = 0;
  if (lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr,
                              reinterpret_cast<const uint8_t*>(data.data()), data.size(),
                              reinterpret_cast<uint8_t*>(out.data()), &pos, out.size()) != LZMA_OK)
    throw std::runtime_error("lzma_easy_buffer_encode");
  out.resize(pos);
  return out;
}

// 100 kB blocks, so that a few hundred kB make a stream of several blocks.
inline std::string Bzip2One(std::string_view data) {
  std::string out(data.size() + data.size() / 100 + 600, '\0');
  auto n = static_cast<unsigned>(out.size());
  if (BZ2_bzBuffToBuffCompress(out.data(), &n, const_cast<char*>(data.data()),
                               static_cast<unsigned>(data.size()), 1, 0, 0) != BZ_OK)
    throw std::runtime_error("BZ2_bzBuffToBuffCompress");
  out.resize(n);
  return out;
}

// One member / frame / stream holding `data`.
inline std::string CompressOne(Codec c, std::string_view data) {
  switch (c) {
    case Codec::kGzip: return GzipOne(data);
    case Codec::kZstd: return ZstdOne(data);
    case Codec::kXz: return XzOne(data);
    case Codec::kBzip2: return Bzip2One(data);
  }
  return {};
}

// `data` cut into `units` pieces (at arbitrary bytes, not lines), each compressed on its own
// and written one after another, as `cat a.zst b.zst` or pbzip2 do; then an empty unit.
inline std::string CompressUnits(Codec c, std::string_view data, size_t units) {
  std::string out;
  size_t step = data.size() / units + 1;
  for (size_t at = 0; at < data.size(); at += step) out += CompressOne(c, data.substr(at, step));
  out += CompressOne(c, "");
  return out;
}

}  // namespace piguard::testutil
