// The engine under RunScanJob, open to jobs that rewrite their input (piguard redact): every
// chunk is scanned on a worker thread and then handed, with its findings and value spans, to
// a ChunkProcessor that produces the chunk's new bytes; the results are emitted in input
// order on the calling thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "formats/readers.h"
#include "piguard/scan_job.h"

namespace piguard::formats {

class ChunkProcessor {
 public:
  struct Scratch {
    virtual ~Scratch() = default;
  };
  virtual ~ChunkProcessor() = default;

  // Per-thread working memory for Process.
  virtual std::unique_ptr<Scratch> NewScratch() const = 0;
  // Worker thread, any order: turns one scanned chunk into its output bytes. `result` holds
  // the chunk's findings (absolute offsets, lines relative to the chunk) and value spans.
  virtual void Process(const InputInfo& input, const CsvHeader* header, const Chunk& chunk,
                       const ChunkResult& result, Scratch& scratch, std::string* out) const = 0;
  // Calling thread, input order, after the chunk's findings and warnings went to the
  // observer. `first_line` is the chunk's first line in its input. Returning false stops the
  // job: no further chunk is emitted and no further input is opened.
  virtual bool Emit(const InputInfo& input, uint64_t first_line, const ChunkResult& result,
                    std::string_view out) = 0;
};

// RunScanJob with a processor (null: a plain scan). With a processor, readers record value
// spans (ReaderScratch::record_values).
ScanJobSummary RunChunkJob(const Scanner& scanner, const ScanJobOptions& options,
                           ScanObserver& observer, ChunkProcessor* processor);

}  // namespace piguard::formats
