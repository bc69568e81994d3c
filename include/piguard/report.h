// Printers for scan results: a readable summary, JSON Lines (one object per finding) and
// SARIF 2.1.0. Raw values are printed only when ReportOptions::show_values is set; otherwise
// at most a masked preview.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "piguard/scan_job.h"
#include "piguard/scanner.h"

namespace piguard {

enum class OutputFormat { kSummary, kJsonl, kSarif };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);  // summary|jsonl|sarif

struct ReportOptions {
  OutputFormat format = OutputFormat::kSummary;
  bool show_values = false;   // print raw matched values (PI!) — only on explicit request
  bool show_preview = true;   // masked preview ("138****5678") in jsonl / sarif
};

// A ScanObserver that prints findings to `out`. Call Finish() after RunScanJob.
class ReportWriter : public ScanObserver {
 public:
  virtual Status Finish(const ScanJobSummary& summary) = 0;
};

std::unique_ptr<ReportWriter> MakeReportWriter(const Scanner& scanner, const ReportOptions& opt,
                                               std::FILE* out);

// Masks all but a little of a value: the first two and last two characters for values of
// eight characters or more, only the first character for shorter ones ("陶**").
std::string MaskedPreview(std::string_view value);

}  // namespace piguard
