// Format readers: turn one chunk of an input (a run of whole lines / records) into scanner
// segments with their context, and collect the findings with stable views.
#pragma once

#include <simdjson.h>

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "piguard/scan_job.h"
#include "piguard/scanner.h"

namespace piguard::formats {

// Zero bytes kept after every chunk's data so simdjson may read past a line's end.
inline constexpr size_t kChunkPadding = simdjson::SIMDJSON_PADDING;

struct Chunk {
  std::string data;          // size() == size + kChunkPadding; the tail is zero bytes
  size_t size = 0;           // bytes of input in this chunk
  uint64_t base_offset = 0;  // offset of data[0] in the input
  size_t skip_bytes = 0;     // bytes at the start not to scan (the CSV header row)
  bool as_text = false;      // scan as plain text whatever the format (pieces, broken CSV)
  bool mid_record = false;   // starts inside a record cut by an over-long-record split
  std::string_view view() const { return std::string_view(data.data(), size); }
};

struct CsvHeader {
  std::vector<std::string> names;
  std::vector<FieldClass> classes;
};

struct ChunkWarning {
  uint64_t line;  // 1-based, relative to the chunk's first line
  uint64_t col;   // 1-based byte column, 0 when not known
  std::string what;
};

struct ChunkResult {
  std::vector<Finding> findings;   // views into the chunk, the header or `arena`
  std::deque<std::string> arena;
  std::vector<ChunkWarning> warnings;
  uint64_t newlines = 0;
};

// Per-thread state of the readers (and the scanner scratch).
struct ReaderScratch {
  ScanScratch scan;
  simdjson::ondemand::parser json;
  std::string unescaped;
  std::vector<uint32_t> map;
  std::unordered_map<std::string, FieldClass> field_cache;
};

CsvHeader ParseCsvHeader(const Scanner& scanner, std::string_view data, char delim, bool quoted,
                         size_t* header_end);

void ScanChunk(const Scanner& scanner, ReaderScratch& scratch, InputFormat format,
               const CsvHeader* header, const Chunk& chunk, ChunkResult* out);

}  // namespace piguard::formats
