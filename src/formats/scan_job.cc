// Runs a scan over many inputs: walks directories, detects formats, cuts inputs into chunks
// at record boundaries, scans chunks on worker threads and hands results to the observer in
// input order. Memory is bounded by 2 * (threads + 2) chunks in flight.
#include "piguard/scan_job.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/ascii.h"
#include "core/text_encoding.h"
#include "core/utf8.h"
#include "formats/archive.h"
#include "formats/byte_source.h"
#include "formats/chunk_job.h"
#include "formats/mail.h"
#include "formats/rtf.h"
#include "formats/ocr.h"
#include "formats/odf.h"
#include "formats/office.h"
#include "formats/sqlite_db.h"
#include "formats/ole_object.h"
#include "formats/readers.h"
#include "formats/xls.h"

namespace piguard {

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "csv") return InputFormat::kCsv;
  if (name == "tsv") return InputFormat::kTsv;
  if (name == "psv" || name == "pipe") return InputFormat::kPsv;
  if (name == "hive") return InputFormat::kHive;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "json") return InputFormat::kJson;
  return std::nullopt;
}

std::string_view InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kCsv: return "csv";
    case InputFormat::kTsv: return "tsv";
    case InputFormat::kPsv: return "psv";
    case InputFormat::kHive: return "hive";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kJson: return "json";
  }
  return "text";
}

namespace {

using formats::Chunk;
using formats::ChunkResult;
using formats::CsvHeader;

using ascii::EndsWithNoCase;

// The name without one compression suffix: compressed inputs are recognised by content
// (formats/byte_source.h), so the suffix says nothing about the format inside.
std::string_view WithoutCompressionSuffix(std::string_view path) {
  for (std::string_view suffix : {".gz", ".zst", ".zstd", ".xz", ".bz2"})
    if (EndsWithNoCase(path, suffix)) return path.substr(0, path.size() - suffix.size());
  return path;
}

InputFormat FormatFromName(std::string_view path) {
  path = WithoutCompressionSuffix(path);
  if (EndsWithNoCase(path, ".csv")) return InputFormat::kCsv;
  if (EndsWithNoCase(path, ".tsv") || EndsWithNoCase(path, ".tab")) return InputFormat::kTsv;
  if (EndsWithNoCase(path, ".jsonl") || EndsWithNoCase(path, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWithNoCase(path, ".json")) return InputFormat::kAuto;  // decided from the content
  return InputFormat::kText;
}

// For .json files and stdin: JSON Lines when the first non-blank line is one whole object.
// Otherwise a .json file (json_name) that starts with '{' or '[' is one JSON document; stdin
// is not (a log line may start with '[': --input-format json says so).
InputFormat SniffFormat(std::string_view head, bool json_name) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);  // UTF-8 byte order mark
  size_t p = head.find_first_not_of(" \t\r\n");
  if (p == std::string_view::npos) return InputFormat::kText;
  if (head[p] == '{') {
    size_t nl = head.find('\n', p);
    std::string_view line = head.substr(p, nl == std::string_view::npos ? head.size() - p : nl - p);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty() && line.back() == '}') return InputFormat::kJsonl;
  }
  if (json_name && (head[p] == '{' || head[p] == '[')) return InputFormat::kJson;
  return InputFormat::kText;
}

bool HasJsonName(std::string_view path) {
  return path != "-" && EndsWithNoCase(WithoutCompressionSuffix(path), ".json");
}

// Recycles chunk buffers: a fresh multi-megabyte allocation per chunk costs page faults and
// zeroing on every chunk. Bounded: at most kMaxSpare buffers are kept.
class BufferPool {
 public:
  static BufferPool& Get() {
    static BufferPool pool;
    return pool;
  }
  std::string Take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (spare_.empty()) return std::string();
    std::string b = std::move(spare_.back());
    spare_.pop_back();
    b.clear();
    return b;
  }
  // A recycled buffer that keeps its old length (stale bytes): growing it within that length
  // costs no zero fill, which for a 2 MiB chunk is a pass over memory per chunk.
  std::string TakeStale() {
    std::lock_guard<std::mutex> lock(mu_);
    if (spare_.empty()) return std::string();
    std::string b = std::move(spare_.back());
    spare_.pop_back();
    return b;
  }
  void Give(std::string&& b) {
    if (b.capacity() < (1u << 16)) return;
    std::lock_guard<std::mutex> lock(mu_);
    if (spare_.size() < kMaxSpare) spare_.push_back(std::move(b));
  }

 private:
  static constexpr size_t kMaxSpare = 8;  // chunk inputs and, when redacting, outputs
  std::mutex mu_;
  std::vector<std::string> spare_;
};

// The same for the findings vectors: a dense chunk holds ~10^5 findings, and growing a
// fresh vector to that size for every chunk costs page faults.
class FindingPool {
 public:
  static FindingPool& Get() {
    static FindingPool pool;
    return pool;
  }
  std::vector<Finding> Take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (spare_.empty()) return {};
    std::vector<Finding> v = std::move(spare_.back());
    spare_.pop_back();
    v.clear();
    return v;
  }
  void Give(std::vector<Finding>&& v) {
    if (v.capacity() < 1024) return;
    std::lock_guard<std::mutex> lock(mu_);
    if (spare_.size() < 4) spare_.push_back(std::move(v));
  }

 private:
  std::mutex mu_;
  std::vector<std::vector<Finding>> spare_;
};

// Cuts a byte stream into chunks that end at record boundaries.
// The attachments of one e-mail input kept in memory until the input has been read: they
// are read after it, as inputs of their own.
constexpr size_t kMaxAttachmentBytes = 256u << 20;

// Whether an attachment of this name is one a scan reads as a file (an Office or OpenDocument
// file, a PDF, an Outlook message, an archive or compressed file, an SQLite database, an Avro
// file, a packet capture; an image with --ocr).
// Text attachments are read within the message; other binary ones (signatures' images,
// executables) are left out as before.
bool ReadableAttachment(std::string_view name, bool ocr) {
  if (formats::OfficeKindByName(name) != formats::OfficeKind::kNone) return true;
  for (std::string_view ext : {".zip", ".7z", ".rar", ".tar", ".tgz", ".gz", ".bz2", ".xz",
                               ".zst", ".tbz2", ".txz", ".db", ".sqlite", ".sqlite3", ".db3",
                               ".avro", ".pcap", ".pcapng", ".cap"})
    if (EndsWithNoCase(name, ext)) return true;
  if (ocr)
    for (std::string_view ext : {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"})
      if (EndsWithNoCase(name, ext)) return true;
  return false;
}

class Chunker {
 public:
  // json_name: the input is a .json file whose format is still kAuto; if its start sniffs as
  // one JSON document (SniffFormat), the document is kept whole in one chunk.
  // decode: chunks of an input in another encoding are decoded to UTF-8 (false for text that
  // is UTF-8 by construction: an Office file's rendered parts).
  // mail: the input is e-mail by its name; may_be_mail: its first chunk decides.
  Chunker(formats::ByteSource* src, InputFormat format, const ScanJobOptions& opt,
          bool json_name = false, bool decode = true, bool mail = false, bool may_be_mail = false)
      : src_(src),
        format_(format),
        opt_(opt),
        json_name_(json_name),
        decode_(decode),
        encoding_(decode ? opt.encoding : TextEncoding::kAuto),
        mail_(mail),
        may_be_mail_(may_be_mail) {
    // Only a scan decodes e-mail (mail, may_be_mail): its attachments are read after it.
    if (mail || may_be_mail) mail_decoder_.CollectAttachments(kMaxAttachmentBytes, [&opt](std::string_view name) {
      return ReadableAttachment(name, opt.ocr);
    });
  }
  // Whether the input is read as e-mail (known after the first chunk).
  bool mail() const { return mail_; }
  // An e-mail input's attachments that a scan reads as files (after the input's end).
  std::vector<formats::MailDecoder::Attachment> TakeAttachments() {
    if (!mail_) return {};
    return mail_decoder_.TakeAttachments(/*at_end=*/true);
  }

  // Fills `out` with the next chunk. Returns false at the end of input or on a read error
  // (then `error` is set; everything read before the error has been delivered).
  bool Next(Chunk* out, Status* error) {
    std::string buf = BufferPool::Get().TakeStale();
    size_t have = carry_.size();  // bytes of input at the start of buf
    if (buf.size() < have) buf.resize(have);
    if (have) std::memcpy(buf.data(), carry_.data(), have);
    carry_.clear();
    size_t target = std::max(opt_.chunk_bytes, have + 1);
    while (true) {
      if (!eof_ && have < target) {
        if (buf.size() < target) buf.resize(target);
        while (have < target && !eof_) {
          auto r = src_->Read(buf.data() + have, target - have);
          if (!r.ok()) {
            *error = r.status();
            eof_ = true;
            break;
          }
          if (r.value() == 0) eof_ = true;
          have += r.value();
          // A filter in a pipeline answers each line as soon as it is complete: do not wait
          // for a full chunk when what has arrived ends a record and nothing more is waiting.
          if (opt_.low_latency && r.value() > 0 && !src_->MoreReady() &&
              std::memchr(buf.data(), '\n', have))
            break;
        }
      }
      if (have == 0) {
        BufferPool::Get().Give(std::move(buf));
        return false;
      }
      std::string_view got(buf.data(), have);
      if (offset_ == 0 && !mark_checked_ && (have >= 3 || eof_)) CheckByteOrderMark(got);
      if (json_name_ && offset_ == 0 && format_ == InputFormat::kAuto &&
          SniffFormat(Utf16() ? DecodedHead(got) : got, true) == InputFormat::kJson)
        format_ = InputFormat::kJson;
      size_t boundary = eof_ ? have : FindBoundary(got);
      bool piece = false;
      if (boundary == 0) {
        if (have < opt_.max_record_bytes) {
          target = std::min(opt_.max_record_bytes, std::max(target * 2, have + 1));
          continue;
        }
        boundary = CutPiece(got);
        piece = true;
      }
      out->size = boundary;
      out->base_offset = offset_;
      out->as_text = piece || text_after_piece_;
      out->mid_record = in_piece_;
      out->skip_bytes = 0;
      out->source_map.clear();
      out->encoding = TextEncoding::kUtf8;
      out->lines_from_input = false;
      carry_.assign(buf.data() + boundary, have - boundary);
      buf.resize(boundary);
      if (!Decode(buf, out)) {
        buf.append(formats::kChunkPadding, '\0');
        out->data = std::move(buf);
      } else {
        BufferPool::Get().Give(std::move(buf));
      }
      offset_ += boundary;
      if (piece && !in_piece_) long_record_ = true;
      in_piece_ = piece;
      // After a piece, CSV quoting state is unknown, and a JSON document cannot be parsed:
      // the rest is scanned as text.
      if (piece && (IsDelimited(format_) || format_ == InputFormat::kJson)) text_after_piece_ = true;
      return true;
    }
  }
  // The format decided from the first chunk's content (it was kAuto or kText by name).
  void set_format(InputFormat f) { format_ = f; }
  // The input was found to be one JSON document (json_name) or was named so.
  bool json_document() const { return format_ == InputFormat::kJson; }
  bool long_record_seen() {
    bool v = long_record_;
    long_record_ = false;
    return v;
  }
  // The encoding decided so far: kAuto while everything read was ASCII.
  TextEncoding encoding() const { return encoding_; }
  // The first decoding error of the chunks so far (input offset), for one warning per input.
  std::optional<uint64_t> TakeFirstDecodeError() {
    auto v = first_decode_error_;
    first_decode_error_.reset();
    return v;
  }

 private:
  bool Utf16() const {
    return encoding_ == TextEncoding::kUtf16le || encoding_ == TextEncoding::kUtf16be;
  }
  // A byte order mark at the input's start decides its encoding (unless one was given).
  void CheckByteOrderMark(std::string_view head) {
    mark_checked_ = true;
    size_t len = 0;
    const TextEncoding marked = encoding::FromByteOrderMark(head, &len);
    if (marked == TextEncoding::kAuto) return;
    if (!decode_) {  // UTF-8 by construction
      encoding_ = TextEncoding::kUtf8;
      return;
    }
    if (encoding_ == TextEncoding::kAuto) encoding_ = marked;
    // A UTF-8 mark is left in the text (the readers skip it); a UTF-16 one is not decoded.
    if (encoding_ == marked && Utf16()) mark_bytes_ = len;
  }
  // Decodes the chunk's input bytes `raw` into out->data (with padding) and its map, and
  // returns true; false when `raw` is to be scanned as it is (UTF-8, or ASCII so far).
  bool Decode(const std::string& raw, Chunk* out) {
    if (offset_ == 0 && !mail_ && may_be_mail_) mail_ = formats::LooksLikeMail(raw);
    if (mail_) return DecodeMail(raw, out);
    if (encoding_ == TextEncoding::kAuto || encoding_ == TextEncoding::kGb18030 ||
        encoding_ == TextEncoding::kBig5) {
      // ASCII reads the same in UTF-8, GB18030 and Big5: such a chunk decides nothing.
      if (encoding::IsAscii(raw)) return false;
      if (encoding_ == TextEncoding::kAuto) {
        const bool gb = decode_ && encoding::LooksLikeGb18030(raw) && encoding::Gb18030Available();
        // Big5 reads as GBK too; the second bytes tell them apart (LooksLikeBig5).
        const bool big5 = gb && encoding::LooksLikeBig5(raw) && encoding::Big5Available();
        encoding_ = big5 ? TextEncoding::kBig5 : gb ? TextEncoding::kGb18030 : TextEncoding::kUtf8;
      }
    }
    if (encoding_ == TextEncoding::kUtf8) return false;
    // The byte order mark is not part of the text: offsets after it keep counting it.
    const size_t skip = offset_ == 0 ? std::min(mark_bytes_, raw.size()) : 0;
    std::string decoded = BufferPool::Get().Take();
    const encoding::DecodeResult r = encoding::DecodeToUtf8(
        encoding_, std::string_view(raw).substr(skip), &decoded, &out->source_map);
    if (skip)
      for (uint32_t& m : out->source_map) m += static_cast<uint32_t>(skip);
    if (r.invalid) NoteDecodeError(offset_ + skip + r.first_invalid);
    Adopt(std::move(decoded), encoding_, out);
    return true;
  }
  // E-mail: MIME decoded (formats/mail.h), charsets per part; lines stay the input's.
  bool DecodeMail(const std::string& raw, Chunk* out) {
    std::string decoded = BufferPool::Get().Take();
    const formats::MailDecoder::Result r = mail_decoder_.Decode(raw, &decoded, &out->source_map);
    out->source_map.push_back(static_cast<uint32_t>(raw.size()));
    if (r.bad) NoteDecodeError(offset_ + r.first_bad);
    out->lines_from_input = true;
    out->input_newlines.clear();
    for (size_t p = raw.find('\n'); p != std::string::npos; p = raw.find('\n', p + 1))
      out->input_newlines.push_back(static_cast<uint32_t>(p));
    out->input_ends_line = !raw.empty() && raw.back() == '\n';
    Adopt(std::move(decoded), TextEncoding::kUtf8, out);
    return true;
  }
  // The decoded text becomes the chunk's data (padded, as read data is).
  static void Adopt(std::string decoded, TextEncoding from, Chunk* out) {
    out->size = decoded.size();
    out->encoding = from;
    decoded.append(formats::kChunkPadding, '\0');
    out->data = std::move(decoded);
  }
  // The first decoding error of an input is kept for one warning (TakeFirstDecodeError).
  void NoteDecodeError(uint64_t at) {
    if (reported_decode_error_) return;
    first_decode_error_ = at;
    reported_decode_error_ = true;
  }
  // The start of UTF-16 input `got` in UTF-8, for sniffing its format.
  std::string DecodedHead(std::string_view got) const {
    const size_t skip = std::min(mark_bytes_, got.size());
    const size_t n = std::min<size_t>(got.size() - skip, 4096);
    std::string head;
    std::vector<uint32_t> map;
    encoding::DecodeToUtf8(encoding_, got.substr(skip, n), &head, &map);
    return head;
  }
  // UTF-16 text: a record ends after a newline code unit (outside quotes for CSV); units
  // start at even offsets, as every chunk starts at one.
  size_t FindUtf16Boundary(std::string_view buf) const {
    if (format_ == InputFormat::kJson && !text_after_piece_) return 0;
    const bool le = encoding_ == TextEncoding::kUtf16le;
    const bool quotes = format_ == InputFormat::kCsv && !text_after_piece_;
    const auto* p = reinterpret_cast<const unsigned char*>(buf.data());
    size_t last = 0;
    bool quoted = false;
    for (size_t i = 0; i + 1 < buf.size(); i += 2) {
      const unsigned u = le ? p[i] | (p[i + 1] << 8) : (p[i] << 8) | p[i + 1];
      if (u == '"' && quotes) quoted = !quoted;
      else if (u == '\n' && !quoted) last = i + 2;
    }
    return last;
  }
  size_t FindBoundary(std::string_view buf) {
    if (Utf16()) return FindUtf16Boundary(buf);
    // A JSON document ends at the end of the input: parsed whole (up to max_record_bytes;
    // after a piece, the rest is text, cut at lines).
    if (format_ == InputFormat::kJson && !text_after_piece_) return 0;
    if (format_ == InputFormat::kCsv && !text_after_piece_) {
      // One past the last newline outside quotes. Chunks start outside quotes. Jumps from
      // quote to quote; in each stretch outside quotes, the last newline is what counts.
      const char* d = buf.data();
      size_t n = buf.size();
      size_t last = 0;
      size_t i = 0;
      while (i < n) {
        const void* q = std::memchr(d + i, '"', n - i);
        size_t stretch_end = q ? static_cast<size_t>(static_cast<const char*>(q) - d) : n;
        if (const void* nl = memrchr(d + i, '\n', stretch_end - i))
          last = static_cast<size_t>(static_cast<const char*>(nl) - d) + 1;
        if (!q) break;
        const void* close = std::memchr(d + stretch_end + 1, '"', n - stretch_end - 1);
        if (!close) break;  // an open quote runs to the end of the buffer
        i = static_cast<size_t>(static_cast<const char*>(close) - d) + 1;
      }
      return last;
    }
    const void* nl = memrchr(buf.data(), '\n', buf.size());
    return nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf.data()) + 1 : 0;
  }
  // Where to cut a record that has no boundary: after the last byte that cannot be inside
  // an identifier, so a token is not split (within the last 256 bytes), else anywhere
  // outside a UTF-8 sequence.
  // In GB18030 and Big5 text '}' and ']' may be a character's second byte, and UTF-16 is
  // cut between code units, not inside a surrogate pair.
  size_t CutPiece(std::string_view buf) const {
    size_t n = buf.size();
    if (Utf16()) {
      n -= n % 2;
      const unsigned char high = static_cast<unsigned char>(
          buf[encoding_ == TextEncoding::kUtf16le ? n - 1 : n - 2]);
      if (n >= 4 && high >= 0xD8 && high <= 0xDB) n -= 2;
      return n;
    }
    const bool gb = encoding_ == TextEncoding::kGb18030 || encoding_ == TextEncoding::kBig5;
    for (size_t i = n; i > n - std::min<size_t>(n, 256); --i) {
      char c = buf[i - 1];
      if (c == ' ' || c == ',' || c == ';' || c == '\t' || c == '"' ||
          (!gb && (c == '}' || c == ']')))
        return i;
    }
    if (gb) {  // after any byte below 0x30, which no GB18030 or Big5 sequence contains
      for (size_t i = n; i > 1; --i)
        if (static_cast<unsigned char>(buf[i - 1]) < 0x30) return i;
      return n;
    }
    size_t i = n;
    while (i > 1 && (static_cast<unsigned char>(buf[i - 1]) & 0xC0) == 0x80) --i;
    return i > 1 ? i - 1 : n;
  }

  formats::ByteSource* src_;
  InputFormat format_;
  const ScanJobOptions& opt_;
  std::string carry_;
  uint64_t offset_ = 0;
  bool eof_ = false;
  bool in_piece_ = false;
  bool long_record_ = false;
  bool text_after_piece_ = false;
  bool json_name_ = false;
  bool decode_ = true;
  TextEncoding encoding_;
  bool mark_checked_ = false;
  size_t mark_bytes_ = 0;  // a UTF-16 byte order mark at the input's start
  bool reported_decode_error_ = false;
  std::optional<uint64_t> first_decode_error_;
  bool mail_ = false;
  bool may_be_mail_ = false;
  formats::MailDecoder mail_decoder_;
};

// One unit in the ordered stream from the reader to the emitter.
struct Task {
  // kAttachmentError: an e-mail attachment that could not be read (a warning: the message
  // itself was read; before attachments were read at all, they were left out).
  // kEmbeddedError: the same for a file embedded in an Office file (the file's text was read).
  enum Kind { kStart, kChunk, kEnd, kSkipped, kError, kWarning, kAttachmentError, kEmbeddedError }
      kind = kChunk;
  std::shared_ptr<InputInfo> input;
  std::shared_ptr<const CsvHeader> header;
  Chunk chunk;
  ChunkResult result;
  std::string message;
  std::string output;    // the rewritten chunk (jobs with a ChunkProcessor)
  bool done = false;
  Task() { result.findings = FindingPool::Get().Take(); }
  ~Task() {
    BufferPool::Get().Give(std::move(chunk.data));
    if (output.capacity()) BufferPool::Get().Give(std::move(output));
    FindingPool::Get().Give(std::move(result.findings));
  }
};

struct Walker {
  const ScanJobOptions& opt;

  bool Included(const std::filesystem::path& rel) const {
    std::string r = rel.generic_string();
    std::string base = rel.filename().string();
    for (const auto& g : opt.exclude_globs)
      if (fnmatch(g.c_str(), r.c_str(), 0) == 0 || fnmatch(g.c_str(), base.c_str(), 0) == 0)
        return false;
    if (opt.include_globs.empty()) return true;
    for (const auto& g : opt.include_globs)
      if (fnmatch(g.c_str(), r.c_str(), 0) == 0 || fnmatch(g.c_str(), base.c_str(), 0) == 0)
        return true;
    return false;
  }
  // Members of archives are passed over by the exclude globs (on their path inside the
  // archive and their base name); the include globs choose files on disk only.
  bool ExcludedMember(std::string_view name) const {
    const std::string r(name);
    const size_t slash = r.rfind('/');
    const std::string base = slash == std::string::npos ? r : r.substr(slash + 1);
    for (const auto& g : opt.exclude_globs)
      if (fnmatch(g.c_str(), r.c_str(), 0) == 0 || fnmatch(g.c_str(), base.c_str(), 0) == 0)
        return true;
    return false;
  }
  bool DirExcluded(const std::filesystem::path& rel) const {
    std::string r = rel.generic_string();
    std::string base = rel.filename().string();
    for (const auto& g : opt.exclude_globs)
      if (fnmatch(g.c_str(), r.c_str(), 0) == 0 || fnmatch(g.c_str(), base.c_str(), 0) == 0)
        return true;
    return false;
  }

  // Expands the given paths into files, in order; reports unreadable paths as errors.
  void Expand(std::vector<std::string>* files, std::vector<std::pair<size_t, std::string>>* errors) const {
    namespace fs = std::filesystem;
    for (const auto& p : opt.paths) {
      if (p == "-") {
        files->push_back(p);
        continue;
      }
      std::error_code ec;
      fs::file_status st = fs::status(p, ec);
      if (ec || !fs::exists(st)) {
        errors->push_back({files->size(), p + ": no such file or directory"});
        continue;
      }
      if (!fs::is_directory(st)) {
        files->push_back(p);
        continue;
      }
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
      if (ec) {
        errors->push_back({files->size(), p + ": cannot read directory: " + ec.message()});
        continue;
      }
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
          errors->push_back({files->size(), p + ": error while walking: " + ec.message()});
          break;
        }
        fs::path rel = fs::relative(it->path(), p, ec);
        std::error_code ec2;
        if (it->is_directory(ec2)) {
          if (it->is_symlink(ec2) || DirExcluded(rel)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec2)) continue;
        if (Included(rel)) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files->insert(files->end(), found.begin(), found.end());
    }
  }
};

// How much of a file or archive member is looked at before it is read: enough for the
// signatures of archives (a tar header is 512 bytes) and PDF.
constexpr size_t kPeekBytes = 8192;
// How deep archives inside archives are opened (a.zip!b.tar!c.tar.gz!d.csv is three).
constexpr int kMaxArchiveDepth = 4;
// An Office file or PDF inside an archive is read into memory whole, up to this size.
constexpr size_t kMaxMemberInMemory = size_t{256} << 20;

// Whether `path` is a regular file (not a pipe, a device or standard input), which a reader
// may open again and seek in.
bool IsRegularFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool LooksBinary(std::string_view head) {
  size_t n = std::min<size_t>(head.size(), 8192);
  return std::memchr(head.data(), '\0', n) != nullptr;
}

// Why a binary input is skipped, in words that say what it is and what to do. Office files
// that are OLE2 compound files are named: the formats of Office 97-2003 that piguard does not
// read, and the encrypted container a password-protected .xlsx or .docx is.
std::string BinarySkipReason(std::string_view path, std::string_view head, bool plain_scan) {
  if (formats::IsCompoundFile(head)) {
    auto named = [&](std::initializer_list<std::string_view> suffixes) {
      for (std::string_view x : suffixes)
        if (EndsWithNoCase(path, x)) return true;
      return false;
    };
    if (named({".xlsx", ".xlsm", ".docx", ".docm", ".pptx"}))
      return "an encrypted (password-protected) Office file; remove the password to scan it";
    if (named({".xls", ".et"}))  // only a rewriting job gets here: a scan reads them
      return "an Excel 97-2003 workbook; redact does not rewrite it (export the sheet as CSV)";
    // A scan reads .doc, .dot and Kingsoft's Word-based .wps through antiword; a .wps that
    // gets here in a scan has no Word body (Microsoft Works' format).
    if (named({".wps"}))
      return plain_scan ? "a .wps document without a Word body (Microsoft Works?), which "
                          "piguard does not read; save it as .docx to scan it"
                        : "a WPS Writer document; redact does not rewrite it";
    if (named({".doc", ".dot"}))
      return "a Word 97-2003 document; redact does not rewrite it";
    if (named({".msg"}))  // a scan reads them through Email::Outlook::Message
      return "an Outlook message; redact does not rewrite it";
    if (named({".ppt", ".pps", ".pot", ".dps", ".dpt"}))  // a scan reads them (formats/ppt.h)
      return "a PowerPoint 97-2003 presentation; redact does not rewrite it";
    return "an OLE2 compound file (an Office 97-2003 document?), which piguard does not read";
  }
  switch (formats::OfficeKindOfDataFile(head)) {  // a scan reads them
    case formats::OfficeKind::kPcap:
      return plain_scan ? "a packet capture that could not be read"
                        : "a packet capture; redact does not rewrite it";
    case formats::OfficeKind::kAvro:
      return plain_scan ? "an Avro data file that could not be read"
                        : "an Avro data file; redact does not rewrite it";
    case formats::OfficeKind::kSqliteDatabase:
      return plain_scan ? "an SQLite database that could not be read"
                        : "an SQLite database; redact does not rewrite it (export its tables as "
                          "CSV to redact them)";
    default:
      break;
  }
  if (formats::LooksLikeImage(head))
    return std::string("a ") + std::string(formats::ImageKindName(head)) +
           (plain_scan ? "; its text is read only with --ocr" : "; redact does not rewrite images");
  // Office, OpenDocument and OFD documents are ZIP archives too: a scan renders them, redact
  // does not.
  if (!plain_scan && formats::OfficeKindByName(path) != formats::OfficeKind::kNone)
    return "an Office, OpenDocument or OFD document; redact does not rewrite it (export a sheet "
           "as CSV to redact it)";
  // A scan opens archives; these reach here from redact.
  if (formats::LooksLikeArchive(head))
    return std::string("a ") + std::string(formats::ArchiveKindName(head)) +
           (plain_scan ? "" : "; redact does not rewrite archives: extract it, redact the files "
                              "and pack them again");
  return "binary file (NUL bytes near the start); use --binary to scan it";
}

// Where input offset `at` (decoding error) lies in a decoded chunk: line (1-based, within
// the chunk) and column (1-based, in input bytes).
formats::ChunkWarning DecodeWarning(const Chunk& chunk, uint64_t at, TextEncoding e,
                                    bool plain_scan) {
  const auto& map = chunk.source_map;
  const uint32_t rel = static_cast<uint32_t>(at - chunk.base_offset);
  const size_t k = static_cast<size_t>(std::lower_bound(map.begin(), map.end(), rel) - map.begin());
  const std::string_view before = chunk.view().substr(0, std::min(k, chunk.size));
  const size_t nl = before.rfind('\n');
  const size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  formats::ChunkWarning w{1 + static_cast<uint64_t>(utf8::CountNewlines(before)),
                          rel - map[line_start] + 1u,
                          "bytes that are not " + std::string(TextEncodingName(e)) +
                              " text; each such sequence is read as U+FFFD and " +
                              (plain_scan ? "scanning goes on"
                                          : "written as U+FFFD in the output")};
  w.col_in_input = true;
  return w;
}

// Where input offset `at` lies in a decoded e-mail chunk, by the input's own lines.
formats::ChunkWarning MailDecodeWarning(const Chunk& chunk, uint64_t at) {
  const uint32_t rel = static_cast<uint32_t>(at - chunk.base_offset);
  const auto& nls = chunk.input_newlines;
  const size_t before =
      static_cast<size_t>(std::lower_bound(nls.begin(), nls.end(), rel) - nls.begin());
  const uint32_t line_start = before ? nls[before - 1] + 1 : 0;
  formats::ChunkWarning w{1 + before, rel - line_start + 1u,
                          "e-mail content that does not decode (bad base64 or quoted-printable, "
                          "or bytes its charset has no character for); such bytes are left out "
                          "or read as U+FFFD and scanning goes on"};
  w.col_in_input = true;
  return w;
}

// The label InputInfo::encoding gives an input read in encoding e.
std::string_view EncodingLabel(TextEncoding e) {
  return e == TextEncoding::kAuto || e == TextEncoding::kUtf8 ? std::string_view()
                                                               : TextEncodingName(e);
}

// Produces the ordered task stream for all inputs. `push` blocks when too much is in flight.
// plain_scan: Office files are opened and e-mail is MIME-decoded (a scan); false for jobs
// that rewrite their input (redact), for which an Office file is skipped as binary and
// e-mail is text as stored. Inputs in other encodings are decoded either way; a rewriting
// job's output is encoded back (ProcessTask).
template <typename Push>
void ProduceTasks(const Scanner& scanner, const ScanJobOptions& opt, const std::atomic<bool>& stop,
                  bool plain_scan, Push push) {
  // A task that needs no worker: done as it is made.
  // While an e-mail's attachment or a file embedded in an Office file is read, what an error
  // in it is reported as: a warning (Task::kAttachmentError, kEmbeddedError), as the message
  // or document itself was read. kError outside them.
  Task::Kind nested_error = Task::kError;
  // The depth of the member being read (0 for a file): inside archives and attachments, which
  // share one limit (kMaxArchiveDepth).
  int member_depth = 0;
  auto push_done = [&](Task::Kind kind, std::shared_ptr<InputInfo> input,
                       std::string message = {}) {
    auto t = std::make_unique<Task>();
    // An attachment or embedded file that cannot be read is a warning (see Task::kAttachmentError).
    if (kind == Task::kError) kind = nested_error;
    t->kind = kind;
    t->input = std::move(input);
    t->message = std::move(message);
    t->done = true;
    push(std::move(t));
  };
  // An input not read, and why: `shown` inside the archive or file whose shown path is
  // `artifact_length` long (SARIF's artifact).
  auto push_skipped = [&](const std::string& shown, size_t artifact_length, std::string why) {
    auto skipped = std::make_shared<InputInfo>();
    skipped->path = shown;
    skipped->archive_path_length = artifact_length;
    push_done(Task::kSkipped, std::move(skipped), std::move(why));
  };
  std::vector<std::string> files;
  std::vector<std::pair<size_t, std::string>> walk_errors;
  Walker{opt}.Expand(&files, &walk_errors);
  size_t next_error = 0;
  auto flush_errors = [&](size_t upto) {
    while (next_error < walk_errors.size() && walk_errors[next_error].first <= upto) {
      push_done(Task::kError, nullptr, walk_errors[next_error].second);
      ++next_error;
    }
  };
  // While an archive's members are produced: the length of its path (InputInfo).
  size_t archive_path_length = 0;
  // One input: `source` read in `format` and shown as `shown`. office: a part of an Office file
  // (rendered UTF-8 text: no binary test, no pipe sniffing, no decoding). Returns true, having
  // produced nothing, when the input is a PDF document that a scan should read through
  // pdftotext instead (a file whose name does not say .pdf).
  // mail_part: an office part that is an e-mail message (an Outlook message's MIME).
  // Set below (it reads attachments as an archive's members are read).
  std::function<void(const std::string&, std::vector<formats::MailDecoder::Attachment>)>
      produce_attachments;
  // Set below: an archive's member (or an attachment, or an embedded file) read as a file of
  // its name (shown, name, bytes, depth).
  std::function<void(const std::string&, std::string_view, formats::ByteSource*, int)>
      produce_member;
  // Set below: a file embedded in an Office file (shown, its name), read as a member of it.
  std::function<void(const std::string&, std::string_view, formats::ByteSource*)> produce_embedded;
  auto produce = [&](const std::string& shown, formats::ByteSource* source, InputFormat format,
                     bool json_name, bool office, std::string_view part_label = {},
                     bool mail_part = false) -> bool {
    auto input = std::make_shared<InputInfo>();
    input->path = shown;
    input->archive_path_length = archive_path_length;
    input->compression = source->compression();
    if (office) {
      input->rendered = true;
      input->file_path_length = shown.size() - (part_label.empty() ? 0 : part_label.size() + 1);
    }
    // Text by name (or stdin) may still be a '|'-separated export: looked at below.
    const bool may_be_pipes = !office && opt.format == InputFormat::kAuto &&
                              (format == InputFormat::kAuto || format == InputFormat::kText);
    const bool text_by_name = format == InputFormat::kText || format == InputFormat::kAuto;
    // E-mail is decoded for a scan only: a rewriting job would write the decoded text.
    Chunker chunker(source, format, opt, json_name, !office,
                    plain_scan && (mail_part || (!office && formats::MailByName(shown))),
                    plain_scan && !office && opt.format == InputFormat::kAuto && text_by_name);
    std::shared_ptr<const CsvHeader> header;
    // A SQL dump's CREATE TABLE statements, gathered as its chunks are cut (in order), for
    // the INSERT statements of later chunks that name no columns. Looked for in text inputs
    // named .sql or whose first chunk has one.
    bool watch_sql = false;
    std::shared_ptr<std::vector<formats::SqlTableColumns>> sql_tables;
    bool first = true;
    Status error;
    Chunk chunk;
    bool started = false;
    while (!stop && chunker.Next(&chunk, &error)) {
      // Set before the chunk's task is pushed (the emitter reads it at the input's end).
      if (input->encoding.empty()) input->encoding = EncodingLabel(chunker.encoding());
      std::optional<formats::ChunkWarning> decode_warning;
      if (auto at = chunker.TakeFirstDecodeError())
        decode_warning = chunker.mail() ? MailDecodeWarning(chunk, *at)
                                        : DecodeWarning(chunk, *at, chunker.encoding(), plain_scan);
      if (first) {
        first = false;
        // A PDF's bytes are no text to scan or rewrite: read as text, its font tables give
        // false findings, and a rewritten PDF is a damaged file that looks complete.
        if (!office && !opt.scan_binary && chunk.view().substr(0, 5) == "%PDF-") {
          const bool reread = plain_scan && shown != "-";
          if (!reread)
            push_done(Task::kSkipped, input,
                      plain_scan ? "a PDF document on standard input; give it as a file to have "
                                   "its text extracted"
                                 : "a PDF document; redact does not rewrite PDF files");
          input.reset();
          return reread;
        }
        if (!office && !opt.scan_binary && LooksBinary(chunk.view())) {
          push_done(Task::kSkipped, input, BinarySkipReason(shown, chunk.view(), plain_scan));
          // A read that failed in the first chunk (an archive cut inside this member) is
          // still an error: what follows it in the archive was not read.
          if (!error.ok()) push_done(Task::kError, nullptr, error.message());
          started = false;
          input.reset();
          break;
        }
        if (format == InputFormat::kAuto)
          format = chunker.json_document() ? InputFormat::kJson : SniffFormat(chunk.view(), false);
        // Hive's files and header-less '|' records have no header row; neither has a file
        // read as kHive (--input-format hive).
        bool headerless = format == InputFormat::kHive;
        if (may_be_pipes && format == InputFormat::kText) {
          if (formats::LooksLikeZeekLog(chunk.view())) {
            format = InputFormat::kTsv;  // its header is the "#fields" line
          } else if (opt.csv_header && formats::LooksPipeSeparated(scanner, chunk.view())) {
            format = InputFormat::kPsv;
          } else if (const char d = formats::HeaderlessDelimiter(scanner, chunk.view())) {
            format = d == '\x01' ? InputFormat::kHive : InputFormat::kPsv;
            headerless = true;
          }
          if (format != InputFormat::kText) chunker.set_format(format);
        }
        input->format = format;
        // (memmem: a byte-by-byte search of a 512 KiB chunk was 9% of a 5 MB log's scan.)
        auto has = [&](std::string_view w) {
          return ::memmem(chunk.view().data(), chunk.view().size(), w.data(), w.size()) != nullptr;
        };
        watch_sql = format == InputFormat::kText &&
                    (EndsWithNoCase(WithoutCompressionSuffix(shown), ".sql") ||
                     has("CREATE TABLE") || has("create table"));
        // A .csv file's delimiter belongs to its records, header or not.
        const char delim =
            format == InputFormat::kCsv ? formats::CsvDelimiter(chunk.view()) : DelimiterOf(format);
        if (IsDelimited(format) && opt.csv_header && !headerless) {
          size_t end = 0;
          auto h = std::make_shared<CsvHeader>(formats::ParseCsvHeader(
              scanner, chunk.view(), delim, format == InputFormat::kCsv, &end));
          chunk.skip_bytes = end;
          header = h;
        } else if (IsDelimited(format)) {
          // No header row: a header without names carries the delimiter and what the
          // values say their columns hold.
          auto h = std::make_shared<CsvHeader>();
          h->delim = delim;
          formats::InferUnnamedColumns(scanner, chunk.view(), 0, format == InputFormat::kCsv,
                                       h.get());
          header = h;
        }
        push_done(Task::kStart, input);
        started = true;
      }
      if (chunker.long_record_seen()) {
        const std::string mib = std::to_string(opt.max_record_bytes >> 20);
        push_done(Task::kWarning, input,
                  format == InputFormat::kJson
                      ? "the JSON document is longer than " + mib +
                            " MiB, the most that is parsed whole; it is scanned in pieces "
                            "as plain text"
                      : "a line or record longer than " + mib +
                            " MiB starts in the next chunk; it is scanned in pieces as "
                            "plain text");
      }
      if (watch_sql) {
        std::vector<formats::SqlTableColumns> created;
        formats::FindCreateTables(chunk.view(), &created);
        if (!created.empty()) {
          auto next = sql_tables ? std::make_shared<std::vector<formats::SqlTableColumns>>(*sql_tables)
                                 : std::make_shared<std::vector<formats::SqlTableColumns>>();
          for (auto& t : created) next->push_back(std::move(t));
          sql_tables = std::move(next);
        }
        chunk.sql_tables = sql_tables;
      }
      auto t = std::make_unique<Task>();
      t->kind = Task::kChunk;
      t->input = input;
      t->header = header;
      if (decode_warning) t->result.warnings.push_back(std::move(*decode_warning));
      t->chunk = std::move(chunk);
      chunk = Chunk();
      push(std::move(t));
    }
    if (!input) return false;  // skipped
    if (!started) {
      if (format == InputFormat::kAuto) format = InputFormat::kText;
      input->format = format;
      push_done(Task::kStart, input);
    }
    if (!error.ok()) push_done(Task::kError, input, error.message());
    push_done(Task::kEnd, input);
    // An e-mail's attachments follow it (the emitter reads one input at a time).
    if (chunker.mail()) produce_attachments(shown, chunker.TakeAttachments());
    return false;
  };
  // Whether a table cell's text names a field (姓名, 联系电话): how documents tell forms from lists.
  const formats::FieldNamePredicate is_field_name = [&scanner](std::string_view cell) {
    const FieldClass c = scanner.ClassifyField(cell);
    return c.type_mask != 0 || c.person_if_full_name;
  };
  // The opened parts of an Office file, PDF or image, each an input shown under `shown` (a
  // worksheet as "book.xlsx!Sheet1", Excel's way of naming it); false when the file is none
  // after all (not a ZIP archive, no PDF header): then it is read as it is.
  auto produce_opened_parts = [&](const std::string& shown,
                                  Result<std::vector<formats::OfficePart>> parts) {
    if (!parts.ok()) {
      push_done(Task::kError, nullptr, parts.status().message());
      return true;
    }
    formats::ForEachPart(parts.value(), [&](formats::OfficePart& part) {
      const std::string part_shown = part.label.empty() ? shown : shown + "!" + part.label;
      if (part.embedded)
        produce_embedded(part_shown, part.label, part.source.get());
      else
        produce(part_shown, part.source.get(), part.format, false, true, part.label, part.mail);
      return !stop;
    });
    return !parts.value().empty();
  };
  auto produce_parts = [&](const std::string& path, formats::OfficeKind kind) {
    return produce_opened_parts(path, formats::OpenOffice(path, kind, is_field_name, opt.ocr));
  };
  // The same for a file held in memory (an archive's member, a stream).
  auto produce_parts_of_bytes = [&](const std::string& shown, std::string_view bytes,
                                    formats::OfficeKind kind) {
    return produce_opened_parts(
        shown, formats::OpenOfficeBytes(bytes, kind, shown, is_field_name, opt.ocr));
  };
  // An archive read from a stream whose first bytes `head` were peeked at (an archive's
  // member, standard input): ZIP and 7z from memory when they fit (their directories are at
  // their end), the others as a stream; its members are produced at `depth`.
  std::function<void(const std::string&, formats::ArchiveReader&, int)> produce_archive;
  auto produce_stream_archive = [&](const std::string& shown, std::string head, Status peeked,
                                    formats::ByteSource* src, int depth) {
    const bool seek = formats::ArchiveWantsSeeking(head);
    if (seek && peeked.ok()) {
      peeked = formats::ReadUpTo(src, kMaxMemberInMemory + 1, &head);
      if (head.size() > kMaxMemberInMemory && formats::ArchiveKindName(head) != "ZIP archive") {
        push_done(Task::kError, nullptr,
                  shown + ": a 7z archive larger than " + std::to_string(kMaxMemberInMemory >> 20) +
                      " MiB read from a stream; extract it to scan it");
        return;
      }
    }
    // A ZIP archive too large for memory, or cut short (no central directory to seek), is
    // read from its local headers: the members before the damage are scanned, then the error.
    const bool in_memory = seek && peeked.ok() && head.size() <= kMaxMemberInMemory;
    // An Office, OpenDocument or OFD file under another name (or on a pipe) is rendered, not
    // unpacked.
    if (in_memory) {
      if (const formats::OfficeKind kind = formats::OfficeKindOfZipBytes(head);
          kind != formats::OfficeKind::kNone && produce_parts_of_bytes(shown, head, kind))
        return;
    }
    std::string whole = in_memory ? std::move(head) : std::string();
    formats::ReplaySource replay(std::move(head), src, std::move(peeked));
    auto archive = in_memory ? formats::ArchiveReader::OpenMemory(std::move(whole), shown)
                             : formats::ArchiveReader::OpenStream(&replay, shown);
    if (!archive.ok()) push_done(Task::kError, nullptr, archive.status().message());
    else produce_archive(shown, *archive.value(), depth);
  };
  // Archives (formats/archive.h): each regular member is an input of its own, shown as
  // "backup.zip!dir/file.csv" and read as a file of that name would be: compressed members
  // decompressed, Office files and PDFs rendered, archives inside opened in turn.
  produce_member = [&](const std::string& shown, std::string_view name,
                       formats::ByteSource* data, int depth) {
    struct Depth {  // member_depth while this member is read
      int& d;
      int outer;
      ~Depth() { d = outer; }
    } scope{member_depth, member_depth};
    member_depth = depth;
    auto sniffed = formats::SniffSource(std::make_unique<formats::ReplaySource>("", data), shown);
    if (!sniffed.ok()) {
      push_done(Task::kError, nullptr, sniffed.status().message());
      return;
    }
    formats::ByteSource* src = sniffed.value().get();
    std::string head;
    Status peeked = formats::ReadUpTo(src, kPeekBytes, &head);
    formats::OfficeKind kind = formats::OfficeKindByName(name);
    if (head.substr(0, 5) == "%PDF-") kind = formats::OfficeKind::kPdf;
    if (formats::LooksLikeRtf(head)) kind = formats::OfficeKind::kRtf;
    if (opt.ocr && formats::LooksLikeImage(head)) kind = formats::OfficeKind::kImage;
    // A flat OpenDocument file, or an embedded document's content.xml.
    if (kind == formats::OfficeKind::kNone && formats::LooksLikeFlatOpenDocument(head))
      kind = formats::OfficeKind::kOpenDocument;
    if (const formats::OfficeKind data = formats::OfficeKindOfDataFile(head);
        data != formats::OfficeKind::kNone)
      kind = data;
    // An Office 97-2003 file under another name: what its streams say it is (read whole).
    if (kind == formats::OfficeKind::kNone && peeked.ok() && formats::IsCompoundFile(head)) {
      if (Status read = formats::ReadUpTo(src, kMaxMemberInMemory + 1, &head);
          read.ok() && head.size() <= kMaxMemberInMemory)
        kind = formats::OfficeKindOfCompoundBytes(head);
      else
        peeked = read;
      // An OLE object (what Office keeps an embedded file in): the file it carries, read as a
      // member of it ("report.docx!oleObject1.bin!客户名单.csv"), or as it when it has no name.
      if (kind == formats::OfficeKind::kNone && peeked.ok()) {
        auto carried = formats::OleObjectFile(head, shown, kMaxMemberInMemory);
        if (!carried.ok()) {
          push_done(Task::kError, nullptr, carried.status().message());
          return;
        }
        if (carried.value()) {
          formats::EmbeddedFile& file = *carried.value();
          if (depth >= kMaxArchiveDepth)
            return push_skipped(shown, archive_path_length,
                                "an embedded object inside " + std::to_string(depth) +
                                    " archives, messages or documents; save it to scan it");
          formats::BytesSource bytes(std::move(file.bytes));
          if (file.name.empty())
            produce_member(shown, name, &bytes, depth + 1);
          else
            produce_member(shown + "!" + file.name, file.name, &bytes, depth + 1);
          return;
        }
        if (nested_error == Task::kEmbeddedError)
          return push_skipped(shown, archive_path_length,
                              "an embedded object that holds no file piguard reads (an "
                              "equation, a drawing, a chart?)");
      }
    }
    if (!peeked.ok() && (kind == formats::OfficeKind::kPdf || kind == formats::OfficeKind::kImage ||
                         kind == formats::OfficeKind::kSqliteDatabase ||
                         kind == formats::OfficeKind::kAvro || kind == formats::OfficeKind::kPcap ||
                         (kind != formats::OfficeKind::kNone && formats::LooksLikeArchive(head)))) {
      // A document cut in its first bytes cannot be rendered: the error says what happened.
      push_done(Task::kError, nullptr, peeked.message());
      return;
    }
    if (peeked.ok() && kind != formats::OfficeKind::kNone) {
      // Office files and PDFs are read whole (a ZIP's directory is at its end).
      Status read = formats::ReadUpTo(src, kMaxMemberInMemory + 1, &head);
      if (!read.ok()) {
        push_done(Task::kError, nullptr, read.message());
        return;
      }
      if (head.size() > kMaxMemberInMemory) {
        push_done(Task::kError, nullptr,
                  shown + ": an Office file, PDF or database larger than " +
                      std::to_string(kMaxMemberInMemory >> 20) +
                      " MiB inside an archive; extract it to scan it");
        return;
      }
      if (produce_parts_of_bytes(shown, head, kind)) return;
      formats::ReplaySource whole(std::move(head), src);
      produce(shown, &whole, FormatFromName(name), HasJsonName(name), false);
      return;
    }
    if (!opt.scan_binary && formats::LooksLikeArchive(head)) {
      if (depth >= kMaxArchiveDepth)
        return push_skipped(shown, archive_path_length,
                            "an archive inside " + std::to_string(depth) +
                                " others; extract it to scan its members");
      produce_stream_archive(shown, std::move(head), std::move(peeked), src, depth + 1);
      return;
    }
    formats::ReplaySource replay(std::move(head), src, std::move(peeked));
    InputFormat format = opt.format;
    if (format == InputFormat::kAuto) format = FormatFromName(name);
    if (produce(shown, &replay, format, format == InputFormat::kAuto && HasJsonName(name), false))
      push_done(Task::kError, nullptr, shown + ": a PDF document that could not be read whole");
  };
  // A file inside another that was read (an e-mail's attachment, a file embedded in an Office
  // file), read as an archive's member of its name, one level deeper; an error in it is the
  // warning `soft` (the outer file was read). `container_length`: the length of the outer
  // file's shown path, SARIF's artifact unless that file is inside an archive itself. Past the
  // nesting limit it is skipped with a note ("<what> inside 4<levels>; save it ..."), and false
  // is returned.
  auto produce_nested = [&](const std::string& shown, std::string_view name,
                            formats::ByteSource* data, size_t container_length, Task::Kind soft,
                            const std::string& what, const char* levels) -> bool {
    const int depth = member_depth + 1;
    if (depth > kMaxArchiveDepth) {
      push_skipped(shown, archive_path_length ? archive_path_length : container_length,
                   what + " inside " + std::to_string(member_depth) + levels +
                       "; save it to scan it");
      return false;
    }
    const Task::Kind outer_error = nested_error;
    nested_error = soft;
    const size_t outer = archive_path_length;
    if (outer == 0) archive_path_length = container_length;
    produce_member(shown, name, data, depth);
    archive_path_length = outer;
    nested_error = outer_error;
    return true;
  };
  // A message's attachments, each an input of its own ("mail.eml!客户名单.xlsx") read as an
  // archive's member of that name is. Messages in attachments in messages ... go four deep.
  produce_attachments = [&](const std::string& shown,
                            std::vector<formats::MailDecoder::Attachment> attachments) {
    for (formats::MailDecoder::Attachment& a : attachments) {
      if (stop) return;
      const std::string member_shown = shown + "!" + a.name;
      if (Walker{opt}.ExcludedMember(a.name)) continue;
      if (a.dropped) {
        push_done(Task::kAttachmentError, nullptr,
                  member_shown + ": not scanned: the message's attachments are more than " +
                      std::to_string(kMaxAttachmentBytes >> 20) +
                      " MiB; save the attachment to scan it");
        continue;
      }
      // SARIF: the message is the artifact (or the archive it is in), the attachment a
      // location in it.
      formats::BytesSource bytes(std::move(a.bytes));
      if (produce_nested(member_shown, a.name, &bytes, shown.size(), Task::kAttachmentError,
                         "an attachment", " archives or messages") &&
          a.cut)
        push_done(Task::kAttachmentError, nullptr,
                  member_shown + ": the message ends inside this attachment (it is cut short); "
                                 "what there was of it was read");
    }
  };
  // A file embedded in an Office file: read as the file's member of that name, an error in it
  // a warning (the file's own text was read).
  produce_embedded = [&](const std::string& shown, std::string_view name,
                         formats::ByteSource* data) {
    if (Walker{opt}.ExcludedMember(name)) return;
    // SARIF: the Office file is the artifact (or the archive it is in), the embedded file a
    // location in it.
    produce_nested(shown, name, data, shown.size() - name.size() - 1, Task::kEmbeddedError,
                   "a file embedded", " archives, messages or documents");
  };

  produce_archive = [&](const std::string& shown, formats::ArchiveReader& archive, int depth) {
    formats::ArchiveMember member;
    while (!stop) {
      auto next = archive.Next(&member);
      if (std::string damage = archive.TakeDamage(); !damage.empty())
        push_done(Task::kError, nullptr, std::move(damage));
      if (!next.ok()) {
        push_done(Task::kError, nullptr, next.status().message());
        return;
      }
      if (!next.value()) return;
      if (!member.regular || Walker{opt}.ExcludedMember(member.name)) continue;
      const std::string member_shown = shown + "!" + member.name;
      if (member.encrypted) {
        push_done(Task::kError, nullptr,
                  member_shown + ": is encrypted (the archive has a password); extract it "
                                 "with the password to scan it");
        continue;
      }
      produce_member(member_shown, member.name, archive.data(), depth);
    }
  };
  for (size_t fi = 0; fi < files.size() && !stop; ++fi) {
    flush_errors(fi);
    const std::string& path = files[fi];
    if (const formats::OfficeKind kind = path == "-" || !plain_scan
                                             ? formats::OfficeKind::kNone
                                             : formats::OfficeKindByName(path);
        kind != formats::OfficeKind::kNone && produce_parts(path, kind))
      continue;
    auto opened = formats::OpenSource(path);
    if (!opened.ok()) {
      push_done(Task::kError, nullptr, opened.status().message());
      continue;
    }
    // An input is looked at first: an archive is read by libarchive, from the file, which it
    // may seek in, or as a stream (standard input, a pipe such as <(ssh host tar c /data));
    // an image, with --ocr, by tesseract.
    formats::ByteSource* src = opened.value().get();
    std::optional<formats::ReplaySource> replay;
    if (plain_scan && !opt.scan_binary) {
      const bool regular = path != "-" && IsRegularFile(path);
      std::string head;
      Status peeked;
      if (regular) {
        peeked = formats::ReadUpTo(src, kPeekBytes, &head);
      } else {
        // A stream: what its first read gives, so that a slow text stream is not kept
        // waiting; more only while what came looks binary (a tar header is 512 bytes).
        head.resize(kPeekBytes);
        Result<size_t> first = src->Read(head.data(), head.size());
        head.resize(first.ok() ? first.value() : 0);
        if (!first.ok()) peeked = first.status();
        if (peeked.ok() && !head.empty() && head.size() < 512 &&
            (head.find('\0') != std::string::npos || formats::SqliteHeaderUndecided(head)))
          peeked = formats::ReadUpTo(src, 512, &head);
        // XML: on to its root element, which says whether it is a flat OpenDocument file.
        while (peeked.ok() && !head.empty() && head.size() < kPeekBytes &&
               formats::FlatOpenDocumentUndecided(head)) {
          const size_t had = head.size();
          head.resize(kPeekBytes);
          Result<size_t> more = src->Read(head.data() + had, kPeekBytes - had);
          head.resize(had + (more.ok() ? more.value() : 0));
          if (!more.ok()) peeked = more.status();
          else if (more.value() == 0) break;
        }
      }
      if (peeked.ok() && opt.ocr && formats::LooksLikeImage(head)) {
        if (regular) {
          opened.value().reset();
          produce_parts(path, formats::OfficeKind::kImage);
        } else if (Status read = formats::ReadUpTo(src, kMaxMemberInMemory + 1, &head);
                   !read.ok() || head.size() > kMaxMemberInMemory) {
          push_done(Task::kError, nullptr,
                    read.ok() ? path + ": an image larger than " +
                                    std::to_string(kMaxMemberInMemory >> 20) +
                                    " MiB on a stream; give it as a file"
                              : read.message());
        } else {
          produce_parts_of_bytes(path, head, formats::OfficeKind::kImage);
        }
        continue;
      }
      // An RTF document under another name (an export's .txt, .dat) is rendered too.
      if (regular && peeked.ok() && formats::LooksLikeRtf(head) &&
          produce_parts(path, formats::OfficeKind::kRtf))
        continue;
      // On standard input or a pipe, an RTF document is rendered as it comes.
      if (!regular && peeked.ok() && formats::LooksLikeRtf(head)) {
        std::vector<formats::OfficePart> parts;
        parts.emplace_back("", InputFormat::kText,
                           formats::RtfText(std::make_unique<formats::ReplaySource>(std::move(head), src),
                                            path, is_field_name));
        produce_opened_parts(path, std::move(parts));
        continue;
      }
      // An Office 97-2003 file (a deck, a Word document, a workbook, an Outlook message)
      // under another name is read by what its streams say it is.
      if (regular && peeked.ok() && formats::IsCompoundFile(head)) {
        if (const formats::OfficeKind kind = formats::OfficeKindOfCompoundFile(path);
            kind != formats::OfficeKind::kNone && produce_parts(path, kind))
          continue;
      }
      // Reads the rest of a stream whose `head` says it is `what`, a format read from memory;
      // true, with the error pushed, when it is larger than that allows. A read error is left
      // in `peeked`.
      auto too_large_on_stream = [&](std::string_view what) {
        peeked = formats::ReadUpTo(src, kMaxMemberInMemory + 1, &head);
        if (!peeked.ok() || head.size() <= kMaxMemberInMemory) return false;
        push_done(Task::kError, nullptr,
                  path + ": " + std::string(what) + " larger than " +
                      std::to_string(kMaxMemberInMemory >> 20) +
                      " MiB on a stream; give it as a file to scan it");
        return true;
      };
      // The same on standard input or a pipe, read into memory whole (its directory and
      // streams are anywhere in it), as a ZIP archive on a stream is.
      if (!regular && peeked.ok() && formats::IsCompoundFile(head)) {
        if (too_large_on_stream("an Office 97-2003 file")) continue;
        if (peeked.ok()) {
          if (const formats::OfficeKind kind = formats::OfficeKindOfCompoundBytes(head);
              kind != formats::OfficeKind::kNone && produce_parts_of_bytes(path, head, kind))
            continue;
        }
      }
      // An SQLite database (its tables), an Avro data file (its records) or a packet capture
      // (its packets): from the file; from a stream, read into memory whole.
      if (const formats::OfficeKind data_kind =
              peeked.ok() ? formats::OfficeKindOfDataFile(head) : formats::OfficeKind::kNone;
          data_kind != formats::OfficeKind::kNone) {
        const char* what = data_kind == formats::OfficeKind::kAvro   ? "an Avro data file"
                           : data_kind == formats::OfficeKind::kPcap ? "a packet capture"
                                                                     : "an SQLite database";
        if (regular) {
          opened.value().reset();
          produce_parts(path, data_kind);
          continue;
        }
        if (too_large_on_stream(what)) continue;
        if (peeked.ok()) {
          produce_parts_of_bytes(path, head, data_kind);
          continue;
        }
      }
      // A flat OpenDocument file under another name (.xml): rendered as its archive would be;
      // on standard input or a pipe, read into memory whole first (its master pages and body
      // are read in two passes).
      if (peeked.ok() && formats::LooksLikeFlatOpenDocument(head)) {
        if (regular && produce_parts(path, formats::OfficeKind::kOpenDocument)) continue;
        if (!regular) {
          if (too_large_on_stream("a flat OpenDocument file")) continue;
          if (peeked.ok() &&
              produce_parts_of_bytes(path, head, formats::OfficeKind::kOpenDocument))
            continue;
        }
      }
      if (regular && peeked.ok() && formats::ArchiveKindName(head) == "ZIP archive") {
        // An Office, OpenDocument or OFD file under another name is rendered, not unpacked.
        if (const formats::OfficeKind kind = formats::OfficeKindOfZip(path);
            kind != formats::OfficeKind::kNone && produce_parts(path, kind))
          continue;
      }
      if (formats::LooksLikeArchive(head)) {
        archive_path_length = path.size();
        std::unique_ptr<formats::ArchiveReader> archive;
        if (regular && peeked.ok()) {
          auto file = formats::ArchiveReader::OpenFile(path);
          if (file.ok()) archive = std::move(file).value();
        }
        if (archive) {
          opened.value().reset();
          produce_archive(path, *archive, 1);
        } else {
          // Not from the file (a pipe, or a file libarchive cannot open, such as a .tar.gz
          // cut short): as a stream through piguard's own decompression, so that the members
          // before the damage are scanned and the damage is said.
          produce_stream_archive(path, std::move(head), std::move(peeked), src, 1);
        }
        archive_path_length = 0;
        continue;
      }
      src = &replay.emplace(std::move(head), src, std::move(peeked));
    }
    InputFormat format = opt.format;
    if (format == InputFormat::kAuto) format = path == "-" ? InputFormat::kAuto : FormatFromName(path);
    if (produce(path, src, format, format == InputFormat::kAuto && HasJsonName(path), false) &&
        !produce_parts(path, formats::OfficeKind::kPdf))
      push_done(Task::kError, nullptr,
                path + ": a compressed PDF document; decompress it to have its text extracted");
  }
  flush_errors(files.size());
}

// Delivers tasks to the observer in order, tracking line numbers per input.
class Emitter {
 public:
  Emitter(ScanObserver& obs, ScanJobSummary* summary, formats::ChunkProcessor* processor,
          std::atomic<bool>* stop, bool finding_lines)
      : obs_(obs),
        sum_(summary),
        processor_(processor),
        stop_(stop),
        finding_lines_(finding_lines) {}

  void Emit(Task& t) {
    if (*stop_) return;  // a processor stopped the job: drain without emitting
    switch (t.kind) {
      case Task::kStart:
        line_base_ = 1;
        bytes_ = 0;
        last_byte_ = '\n';
        ++sum_->inputs;
        obs_.OnInputStart(*t.input);
        break;
      case Task::kChunk: {
        // Lines are relative to the chunk until here (0 when not counted).
        std::vector<Finding>& found = t.result.findings;
        if (finding_lines_)
          for (Finding& f : found) f.line += line_base_ - 1;
        if (!found.empty()) obs_.OnFindings(*t.input, found);
        sum_->findings += found.size();
        for (const auto& w : t.result.warnings) {
          ++sum_->warnings;
          std::string where = t.input->path + ":" + std::to_string(line_base_ + w.line - 1);
          if (w.col) where += ":" + std::to_string(w.col);
          obs_.OnWarning(where + ": " + w.what);
        }
        if (processor_ && !processor_->Emit(*t.input, line_base_, t.result, t.output)) {
          *stop_ = true;
          return;
        }
        line_base_ += t.result.newlines;
        bytes_ += t.chunk.input_bytes();
        if (t.chunk.lines_from_input) last_byte_ = t.chunk.input_ends_line ? '\n' : ' ';
        else if (t.chunk.size) last_byte_ = t.chunk.data[t.chunk.size - 1];
        sum_->bytes += t.chunk.input_bytes();
        obs_.OnProgress(sum_->bytes);
        break;
      }
      case Task::kEnd:
        // Lines = newlines, plus a last line that has no newline at its end.
        obs_.OnInputEnd(*t.input, bytes_, line_base_ - 1 + (bytes_ > 0 && last_byte_ != '\n'));
        break;
      case Task::kSkipped:
        ++sum_->skipped;
        obs_.OnSkipped(t.input->path, t.message);
        break;
      case Task::kError:
        ++sum_->errors;
        obs_.OnError(t.message);
        break;
      case Task::kWarning:
        ++sum_->warnings;
        obs_.OnWarning(t.input->path + ":" + std::to_string(line_base_) + ": " + t.message);
        break;
      case Task::kAttachmentError:
        ++sum_->warnings;
        obs_.OnWarning(t.message + " (an e-mail attachment: the message itself was scanned)");
        break;
      case Task::kEmbeddedError:
        ++sum_->warnings;
        obs_.OnWarning(t.message + " (a file embedded in a document: the document's own text "
                                   "was scanned)");
        break;
    }
  }

 private:
  ScanObserver& obs_;
  ScanJobSummary* sum_;
  formats::ChunkProcessor* processor_;
  std::atomic<bool>* stop_;
  bool finding_lines_;
  uint64_t line_base_ = 1;
  uint64_t bytes_ = 0;
  char last_byte_ = '\n';
};

// Per-thread state: the readers' and the processor's.
struct WorkerState {
  formats::ReaderScratch rs;
  std::unique_ptr<formats::ChunkProcessor::Scratch> processor;
  WorkerState(const formats::ChunkProcessor* p, const ScanJobOptions& opt) {
    rs.finding_lines = opt.finding_lines;
    if (p) {
      rs.record_values = true;
      processor = p->NewScratch();
    }
  }
};

// Findings and warnings of a decoded chunk, moved from the decoded text to the input's bytes:
// offsets through the chunk's source map, warning columns counted in input bytes.
void MapToInput(const Chunk& chunk, ChunkResult* result) {
  const uint32_t* map = chunk.source_map.data();
  const uint64_t base = chunk.base_offset;
  for (Finding& f : result->findings) {
    f.start = base + map[f.start - base];
    f.end = base + map[f.end - base];
  }
  const std::string_view text = chunk.view();
  // The input's line of input offset `rel` (1-based, within the chunk), and where it starts.
  const auto& nls = chunk.input_newlines;
  auto input_line = [&](uint32_t rel) -> uint64_t {
    return 1 + static_cast<uint64_t>(std::lower_bound(nls.begin(), nls.end(), rel) - nls.begin());
  };
  if (chunk.lines_from_input) {
    result->newlines = nls.size();
    for (Finding& f : result->findings)
      if (f.line) f.line = input_line(static_cast<uint32_t>(f.start - base));
  }
  for (formats::ChunkWarning& w : result->warnings) {
    if (w.col_in_input) continue;
    size_t line_start = 0;
    for (uint64_t l = 1; l < w.line; ++l) {
      const size_t nl = text.find('\n', line_start);
      if (nl == std::string_view::npos) break;
      line_start = nl + 1;
    }
    const size_t at = std::min(line_start + static_cast<size_t>(w.col ? w.col - 1 : 0), chunk.size);
    if (chunk.lines_from_input) {
      w.line = input_line(map[at]);
      const uint32_t start = w.line >= 2 ? nls[w.line - 2] + 1 : 0;
      if (w.col) w.col = map[at] - start + 1;
    } else if (w.col) {
      w.col = map[at] - map[line_start] + 1;
    }
  }
}

// A rewritten decoded chunk back in its input's encoding, with the input's UTF-16 byte
// order mark in front of the first chunk (decoding skipped it: the map starts after it).
void EncodeOutput(const Chunk& chunk, std::string* out) {
  std::string encoded = BufferPool::Get().Take();
  if (chunk.base_offset == 0 && chunk.source_map[0] == 2) {
    if (chunk.encoding == TextEncoding::kUtf16le) encoded = "\xFF\xFE";
    if (chunk.encoding == TextEncoding::kUtf16be) encoded = "\xFE\xFF";
  }
  encoding::EncodeFromUtf8(chunk.encoding, *out, &encoded);
  out->swap(encoded);
  BufferPool::Get().Give(std::move(encoded));
}

void ProcessTask(const Scanner& scanner, const formats::ChunkProcessor* processor,
                 WorkerState& ws, Task& t) {
  if (t.kind != Task::kChunk) return;
  formats::ScanChunk(scanner, ws.rs, t.input->format, t.header.get(), t.chunk, &t.result);
  const bool decoded = !t.chunk.source_map.empty();
  if (processor) {
    t.output = BufferPool::Get().Take();  // a recycled buffer: no page faults per chunk
    // Offsets into the decoded text, as the chunk's data is.
    processor->Process(*t.input, t.header.get(), t.chunk, t.result, *ws.processor, &t.output);
    if (decoded) EncodeOutput(t.chunk, &t.output);
  }
  if (decoded) MapToInput(t.chunk, &t.result);
}

}  // namespace

ScanJobSummary RunScanJob(const Scanner& scanner, const ScanJobOptions& opt,
                          ScanObserver& observer) {
  return formats::RunChunkJob(scanner, opt, observer, nullptr);
}

ScanJobSummary formats::RunChunkJob(const Scanner& scanner, const ScanJobOptions& opt,
                                    ScanObserver& observer, formats::ChunkProcessor* processor) {
  ScanJobSummary summary;
  std::atomic<bool> stop{false};
  Emitter emitter(observer, &summary, processor, &stop, opt.finding_lines);
  if (opt.threads <= 1) {
    WorkerState ws(processor, opt);
    ProduceTasks(scanner, opt, stop, processor == nullptr, [&](std::unique_ptr<Task> t) {
      ProcessTask(scanner, processor, ws, *t);
      emitter.Emit(*t);
    });
    return summary;
  }

  // Reader thread -> work queue -> workers; the calling thread emits in order.
  // Enough chunks to keep every worker busy while the emitter drains one, and room for the
  // reader to read several at a time: a full queue wakes it only once it has drained to
  // `refill` (each wake-up is an interrupt to another CPU, and more threads than CPUs run:
  // on a 2-CPU virtual machine a wake-up per chunk cost a tenth of a `-j2` run). Memory stays
  // at about 2 * (threads + 2) chunks plus their findings, whatever the input size.
  const size_t refill = static_cast<size_t>(opt.threads) + 2;
  const size_t max_in_flight = 2 * refill;
  std::mutex mu;
  std::condition_variable cv_work, cv_done, cv_space;
  std::deque<Task*> order;      // all tasks in stream order; the emitter deletes each
  std::deque<Task*> work;       // chunk tasks waiting for a worker
  bool producing = true;
  size_t in_flight = 0;

  std::thread reader([&] {
    ProduceTasks(scanner, opt, stop, processor == nullptr, [&](std::unique_ptr<Task> t) {
      std::unique_lock<std::mutex> lock(mu);
      cv_space.wait(lock, [&] { return in_flight < max_in_flight; });
      Task* raw = t.release();
      order.push_back(raw);
      if (raw->kind == Task::kChunk) {
        ++in_flight;
        work.push_back(raw);
        cv_work.notify_one();
      } else {
        cv_done.notify_all();
      }
    });
    std::lock_guard<std::mutex> lock(mu);
    producing = false;
    cv_work.notify_all();
    cv_done.notify_all();
  });

  std::vector<std::thread> workers;
  for (int w = 0; w < opt.threads; ++w) {
    workers.emplace_back([&] {
      WorkerState ws(processor, opt);
      while (true) {
        Task* t = nullptr;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv_work.wait(lock, [&] { return !work.empty() || !producing; });
          if (work.empty()) return;
          t = work.front();
          work.pop_front();
        }
        ProcessTask(scanner, processor, ws, *t);
        std::lock_guard<std::mutex> lock(mu);
        t->done = true;
        // Only the oldest task can be emitted: finishing another wakes no one.
        if (!order.empty() && order.front() == t) cv_done.notify_all();
      }
    });
  }

  while (true) {
    Task* t = nullptr;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv_done.wait(lock, [&] { return (!order.empty() && order.front()->done) ||
                                      (order.empty() && !producing); });
      if (order.empty()) break;
      t = order.front();
      order.pop_front();
    }
    std::unique_ptr<Task> holder(t);
    emitter.Emit(*t);
    if (t->kind == Task::kChunk) {
      std::lock_guard<std::mutex> lock(mu);
      if (--in_flight == refill) cv_space.notify_one();
    }
  }
  reader.join();
  for (auto& w : workers) w.join();
  return summary;
}

}  // namespace piguard
