// What the subcommands share: how errors are printed, and turning input flags into
// ScanJobOptions.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "piguard/scan_job.h"
#include "piguard/status.h"

namespace piguard::cli {

inline void PrintError(const std::string& msg) {
  std::fprintf(stderr, "piguard: error: %s\n", msg.c_str());
}

// The input side of a job: paths, --input-format, globs, --no-header, --binary.
struct InputFlags {
  const std::vector<std::string>& paths;
  const std::string& input_format;
  const std::vector<std::string>& include_globs;
  const std::vector<std::string>& exclude_globs;
  bool no_header;
  bool binary;
  std::string_view encoding = "auto";  // --encoding
};

inline Result<ScanJobOptions> JobOptionsFromFlags(const InputFlags& f) {
  ScanJobOptions jopt;
  auto inf = ParseInputFormat(f.input_format);
  if (!inf)
    return InvalidArgument("--input-format: unknown format '" + f.input_format +
                           "' (use auto, text, csv, tsv, psv, hive, jsonl or json)");
  auto enc = ParseTextEncoding(f.encoding);
  if (!enc)
    return InvalidArgument("--encoding: unknown encoding '" + std::string(f.encoding) +
                           "' (use auto, utf-8, gb18030 (also gbk), big5 (also big5-hkscs, cp950), "
                           "utf-16le or utf-16be)");
  jopt.encoding = *enc;
  jopt.paths = f.paths;
  jopt.format = *inf;
  jopt.include_globs = f.include_globs;
  jopt.exclude_globs = f.exclude_globs;
  jopt.csv_header = !f.no_header;
  jopt.scan_binary = f.binary;
  return jopt;
}

}  // namespace piguard::cli
