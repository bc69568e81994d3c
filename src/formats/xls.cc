#include "formats/xls.h"

#include <freexl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "formats/cfb.h"
#include "formats/child_process.h"

namespace piguard::formats {

bool g_crash_xls_reader_for_testing = false;
bool g_xls_reader_sends_nonsense_for_testing = false;

namespace {

// FreeXL parses the whole workbook when it opens it: beyond this a file is refused rather
// than let one file take the machine's memory.
constexpr uint64_t kMaxXlsBytes = 512u << 20;
// The child gives up after this long (a file that makes FreeXL loop, or a child stuck after
// fork in a lock another thread of the scan held).
constexpr unsigned kChildSeconds = 600;
// The longest frame the parent takes (see XlsChild::Next).
constexpr uint32_t kMaxFrame = 64u << 20;

// ---------------------------------------------------------------------------------------
// FreeXL runs in a child process. It is C code that parses a binary format, and fuzzing found
// a crafted workbook that makes it write outside a stack buffer: run in the scan's own
// process, one hostile file on a share could crash the scan or worse. The child reads the
// workbook and sends each worksheet, rendered as CSV, through a pipe in frames:
//
//   'S' name   a worksheet (all of them first)      'D' bytes  rendered CSV of the current one
//   'H'        the end of the worksheet list        'E'        the current worksheet ends
//   'X' text   an error: before 'H', the file cannot be read; after it, the current
//              worksheet stops there and the next one follows
//
// A frame is its type byte, the payload length (4 bytes, host order) and the payload. If
// the child dies, the parent reports how, for the input or the worksheet it was reading.

std::string FreeXlErrorText(int code) {
  switch (code) {
    case FREEXL_FILE_NOT_FOUND: return "cannot be opened";
    case FREEXL_INSUFFICIENT_MEMORY: return "needs more memory than there is to read it";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
      return "holds no Excel workbook (an OLE2 file of another kind, such as a Word .doc, "
             "under a spreadsheet's name?)";
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET: return "has text in a code page that cannot be decoded";
    case FREEXL_CRAFTED_FILE: return "is damaged beyond reading (FreeXL refuses it)";
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
      return "is damaged or cut short (its OLE2 container cannot be read)";
    case FREEXL_BIFF_INVALID_SST:
    case FREEXL_BIFF_ILLEGAL_SST_INDEX: return "is damaged (its shared string table)";
    default: return "is damaged (FreeXL error " + std::to_string(code) + ")";
  }
}

// A number as Excel shows it in the General format: whole numbers below 10^15 in full (a
// phone number kept as a number), others with 15 significant digits.
void AppendNumber(std::string* out, double v) {
  char buf[40];
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.15g", v);
  out->append(buf);
}

// The child's side of the pipe.
class FrameWriter {
 public:
  explicit FrameWriter(int fd) : fd_(fd) {}
  void Put(char type, std::string_view payload = {}) {
    char head[5];
    head[0] = type;
    const uint32_t len = static_cast<uint32_t>(payload.size());
    std::memcpy(head + 1, &len, 4);
    WriteAll(std::string_view(head, 5));
    WriteAll(payload);
  }

 private:
  void WriteAll(std::string_view s) {
    while (!s.empty()) {
      const ssize_t w = write(fd_, s.data(), s.size());
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) _exit(0);  // the parent is gone (stopped scan): nothing more to do
      s.remove_prefix(static_cast<size_t>(w));
    }
  }
  int fd_;
};

// Renders row `row` of the active worksheet as a CSV line; false when a cell cannot be read.
bool RenderRow(const void* book, unsigned row, unsigned short columns,
               std::vector<FreeXL_CellValue>* cells, std::string* out) {
  cells->clear();
  for (unsigned short c = 0; c < columns; ++c) {
    FreeXL_CellValue v;
    if (freexl_get_cell_value(book, row, c, &v) != FREEXL_OK) return false;
    cells->push_back(v);
  }
  size_t last = cells->size();  // trailing empty cells are left out, as in .xlsx worksheets
  while (last > 0 && (*cells)[last - 1].type == FREEXL_CELL_NULL) --last;
  for (size_t c = 0; c < last; ++c) {
    if (c > 0) *out += ',';
    const FreeXL_CellValue& v = (*cells)[c];
    switch (v.type) {
      case FREEXL_CELL_INT: *out += std::to_string(v.value.int_value); break;
      case FREEXL_CELL_DOUBLE: AppendNumber(out, v.value.double_value); break;
      case FREEXL_CELL_TEXT:
      case FREEXL_CELL_SST_TEXT:
      case FREEXL_CELL_DATE:  // FreeXL shows dates as "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS"
      case FREEXL_CELL_DATETIME:
      case FREEXL_CELL_TIME:
        if (v.value.text_value) AppendCsvField(out, v.value.text_value);
        break;
      default: break;  // FREEXL_CELL_NULL
    }
  }
  *out += '\n';
  return true;
}

// The child: reads the workbook at `path` and sends it through its standard output, the
// pipe to the parent. Never returns.
[[noreturn]] void RunChild(const std::string& path) {
  if (g_crash_xls_reader_for_testing) raise(SIGSEGV);
  if (g_xls_reader_sends_nonsense_for_testing) {
    const char frame[5] = {'S', '\xFF', '\xFF', '\xFF', '\x7F'};  // a 2 GiB sheet name
    if (write(STDOUT_FILENO, frame, sizeof frame) == sizeof frame) pause();  // until killed
    _exit(0);
  }
  alarm(kChildSeconds);  // also ends a child stuck in a lock another thread held at the fork
  FrameWriter w(STDOUT_FILENO);
  const void* book = nullptr;
  const int opened = freexl_open(path.c_str(), &book);
  if (opened != FREEXL_OK) {
    w.Put('X', FreeXlErrorText(opened));
    _exit(0);
  }
  unsigned protection = 0;
  if (freexl_get_info(book, FREEXL_BIFF_PASSWORD, &protection) == FREEXL_OK &&
      protection == FREEXL_BIFF_OBFUSCATED) {
    w.Put('X', "is password-protected (encrypted); not read");
    _exit(0);
  }
  unsigned count = 0;
  if (const int r = freexl_get_info(book, FREEXL_BIFF_SHEET_COUNT, &count); r != FREEXL_OK) {
    w.Put('X', FreeXlErrorText(r));
    _exit(0);
  }
  for (unsigned i = 0; i < count; ++i) {
    const char* name = nullptr;
    if (freexl_get_worksheet_name(book, static_cast<unsigned short>(i), &name) == FREEXL_OK &&
        name && *name)
      w.Put('S', name);
    else
      w.Put('S', "sheet" + std::to_string(i + 1));
  }
  w.Put('H');
  std::vector<FreeXL_CellValue> cells;
  std::string out;
  for (unsigned i = 0; i < count; ++i) {
    unsigned rows = 0;
    unsigned short columns = 0;
    if (const int r = freexl_select_active_worksheet(book, static_cast<unsigned short>(i));
        r != FREEXL_OK || freexl_worksheet_dimensions(book, &rows, &columns) != FREEXL_OK) {
      w.Put('X', "cannot be read: " + FreeXlErrorText(r));
      continue;
    }
    bool ok = true;
    for (unsigned row = 0; row < rows && ok; ++row) {
      ok = RenderRow(book, row, columns, &cells, &out);
      if (!ok) {
        if (!out.empty()) w.Put('D', out);
        w.Put('X', "row " + std::to_string(row + 1) +
                       " cannot be read; the rest of the sheet is not read");
      } else if (out.size() >= (64u << 10)) {
        w.Put('D', out);
        out.clear();
      }
    }
    if (ok) {
      if (!out.empty()) w.Put('D', out);
      w.Put('E');
    }
    out.clear();
  }
  _exit(0);
}

// The parent's side: the child process and the frames it sends, read in order by the
// worksheets' sources one after another.
class XlsChild {
 public:
  XlsChild(std::unique_ptr<ChildProcess> process, std::string name)
      : process_(std::move(process)), name_(std::move(name)) {}

  struct Frame {
    char type = 0;  // 0: the child has ended
    std::string payload;
  };
  // The next frame; at the child's end a frame of type 0.
  Frame Next() {
    Frame f;
    char head[5];
    if (!process_->ReadExactly(head, 5)) return f;
    uint32_t len;
    std::memcpy(&len, head + 1, 4);
    // A row is at most 256 cells of 32,767 characters: a longer frame is no frame the child
    // would send, and is not allocated.
    if (len > kMaxFrame) {
      malformed_ = true;
      process_->Kill();
      return f;
    }
    f.payload.resize(len);
    if (!process_->ReadExactly(f.payload.data(), len)) return Frame{};
    f.type = head[0];
    return f;
  }
  // The error for a child that ended before its last frame, saying how it ended. Every
  // worksheet still waiting for frames then gets the same answer (the child is reaped once).
  const std::string& HowItEnded() {
    if (!ending_.empty()) return ending_;
    const ChildProcess::Ending e = process_->Wait();
    if (malformed_)
      ending_ = "the reading process sent a malformed frame; the rest is not read";
    else if (e.cpu_limit() || (e.signaled && e.signal == SIGALRM))
      ending_ = "FreeXL took more than " + std::to_string(kChildSeconds) + " seconds on it";
    else if (e.signaled || e.exit_status != 0)
      ending_ = "FreeXL stopped with " + e.Describe() + ": the file is damaged or crafted";
    else
      ending_ = "the reading process ended early";
    return ending_;
  }
  Status Error(std::string_view what) const { return DataLoss(name_ + ": " + std::string(what)); }

  size_t sheet_ = 0;  // the worksheet whose frames come next

 private:
  std::unique_ptr<ChildProcess> process_;
  std::string name_;
  bool malformed_ = false;
  std::string ending_;  // HowItEnded's answer, once known
};

// One worksheet as CSV, as the child sends it.
class XlsSheetSource : public RenderingSource {
 public:
  XlsSheetSource(std::shared_ptr<XlsChild> child, size_t index, std::string label)
      : child_(std::move(child)), index_(index), label_(std::move(label)) {}

 private:
  void Fill(size_t want) override {
    while (Buffered() < want && !done_) Pump();
  }
  Status failure() const override { return error_; }
  // Takes the next frame meant for this worksheet (passing over what is left of earlier
  // ones, if they were not read to their end).
  void Pump() {
    if (child_->sheet_ > index_) return Stop("was not sent by the reading process");
    XlsChild::Frame f = child_->Next();
    if (f.type == 0) return Stop(child_->HowItEnded());
    const bool mine = child_->sheet_ == index_;
    if (f.type == 'E' || f.type == 'X') ++child_->sheet_;
    if (!mine) return;
    if (f.type == 'D') out_ += f.payload;
    else if (f.type == 'E') done_ = true;
    else if (f.type == 'X') Stop(f.payload);
  }
  void Stop(const std::string& what) {
    done_ = true;
    error_ = child_->Error("sheet " + label_ + ": " + what);
  }

  std::shared_ptr<XlsChild> child_;
  size_t index_;
  std::string label_;
  bool done_ = false;
  Status error_;
};

// Starts the child on `path` and takes the worksheet list.
Result<std::vector<OfficePart>> OpenBook(const std::string& path, const std::string& name) {
  auto process = ChildProcess::Fork(name, kChildSeconds);
  if (!process.ok()) return process.status();
  if (!process.value()) RunChild(path);
  auto child = std::make_shared<XlsChild>(std::move(process).value(), name);
  std::vector<std::string> sheets;
  while (true) {
    XlsChild::Frame f = child->Next();
    if (f.type == 'S') {
      sheets.push_back(std::move(f.payload));
    } else if (f.type == 'H') {
      break;
    } else if (f.type == 'X') {
      return child->Error(f.payload);
    } else {
      return child->Error(child->HowItEnded());
    }
  }
  std::vector<OfficePart> parts;
  for (size_t i = 0; i < sheets.size(); ++i)
    parts.push_back({sheets[i], InputFormat::kCsv,
                     std::make_unique<XlsSheetSource>(child, i, sheets[i])});
  return parts;
}

// The workbook in memory, written to a temporary file for the child (FreeXL reads files).
Result<std::vector<OfficePart>> OpenBookBytes(std::string_view bytes, const std::string& name) {
  auto tmp = WriteTemporaryFile(bytes, "piguard-xls-", name);
  if (!tmp.ok()) return tmp.status();
  close(tmp.value().fd);
  auto parts = OpenBook(tmp.value().path, name);  // the child has read the file once the list is in
  unlink(tmp.value().path.c_str());
  return parts;
}

// FreeXL finds a workbook's stream only when its directory entry is in the directory's first
// sector: Excel writes it there, but an object kept inside another file (a workbook embedded
// in a Word document, formats/ole_object.h) or a file another program wrote may have it
// further on. Such a workbook is rewritten as a compound file of that stream alone (nullopt:
// the file is fine as it is, or is no compound file piguard can open, which FreeXL then says).
Result<std::optional<std::string>> RewrittenForFreeXl(std::unique_ptr<RandomAccessBytes> bytes,
                                                      const std::string& name) {
  auto cf = CompoundFile::Open(std::move(bytes), name);
  if (!cf.ok()) return std::optional<std::string>();
  for (const char* stream : {"Workbook", "Book"}) {
    if (!cf.value().HasStream(stream)) continue;
    if (cf.value().InFirstDirectorySector(stream)) return std::optional<std::string>();
    auto data = cf.value().ReadStream(stream, kMaxXlsBytes);
    if (!data.ok()) return data.status();
    if (!data.value()) return std::optional<std::string>();
    auto rewritten = SingleStreamCompoundFile(stream, *data.value());
    if (!rewritten.ok())
      return DataLoss(name + ": its workbook stream is where FreeXL does not look, and too large "
                             "to rewrite for it (" + rewritten.status().message() +
                      "); save it as .xlsx or CSV to scan it");
    return std::optional<std::string>(std::move(rewritten).value());
  }
  return std::optional<std::string>();
}

}  // namespace

bool IsCompoundFile(std::string_view head) {
  return head.size() >= 8 &&
         head.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

Result<std::vector<OfficePart>> OpenXls(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return IoError(path + ": cannot open: " + std::strerror(errno));
  char head[8] = {};
  const size_t got = std::fread(head, 1, sizeof head, f);
  struct stat st {};
  const bool sized = fstat(fileno(f), &st) == 0;
  std::fclose(f);
  if (!IsCompoundFile(std::string_view(head, got))) return std::vector<OfficePart>{};
  if (sized && static_cast<uint64_t>(st.st_size) > kMaxXlsBytes)
    return DataLoss(path + ": larger than 512 MiB; not read (save it as .xlsx or CSV to scan it)");
  if (auto bytes = OpenRandomAccessFile(path); bytes.ok()) {
    auto rewritten = RewrittenForFreeXl(std::move(bytes).value(), path);
    if (!rewritten.ok()) return rewritten.status();
    if (rewritten.value()) return OpenBookBytes(*rewritten.value(), path);
  }
  return OpenBook(path, path);
}

Result<std::vector<OfficePart>> OpenXlsBytes(std::string_view bytes, const std::string& name) {
  if (!IsCompoundFile(bytes)) return std::vector<OfficePart>{};
  auto rewritten = RewrittenForFreeXl(RandomAccessMemory(bytes), name);
  if (!rewritten.ok()) return rewritten.status();
  if (rewritten.value()) return OpenBookBytes(*rewritten.value(), name);
  return OpenBookBytes(bytes, name);
}

}  // namespace piguard::formats
