// Rewriting scanned chunks: every finding becomes an edit (its bytes -> the operator's
// output), field rules add edits for whole values and dropped fields, and the chunk is copied
// with the edits applied. Everything outside an edit is copied byte for byte, so the output
// has the input's records, line breaks and structure.
#include <algorithm>
#include <atomic>
#include <mutex>

#include "formats/chunk_job.h"
#include "redact/redactor_impl.h"

namespace piguard {
namespace {

using formats::Chunk;
using formats::ChunkResult;
using formats::ValueSpan;

struct Edit {
  size_t start, end;        // chunk-relative bytes replaced
  uint32_t text, text_len;  // the new bytes: a slice of the worker's text arena
  bool structural;          // a dropped field or a whole value: findings inside it are moot
};

// The new bytes of all edits of a chunk, back to back; an Edit names its bytes by offset.
// Pseudonyms go in with placeholder digits that pseudonyms() fills in many MACs at a time
// (see redact::PseudonymBatch), so the bytes are read only through Text(), which fills in the
// pending ones first: no reader can see a placeholder.
class TextArena {
 public:
  size_t size() const { return bytes_.size(); }
  // Where operators and escapers append; for appending only (reading is Text()'s).
  std::string* append_to() { return &bytes_; }
  redact::PseudonymBatch* pseudonyms() { return &pseudonyms_; }
  // The finished bytes.
  std::string_view Text() {
    pseudonyms_.Flush();
    return bytes_;
  }
  void Clear() {
    pseudonyms_.Flush();  // nothing is pending after Text(); this keeps the batch's contract
    bytes_.clear();
  }

 private:
  std::string bytes_;
  redact::PseudonymBatch pseudonyms_;  // declared after bytes_, so destroyed before it
};

bool IsJsonBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Appends text escaped for the inside of a JSON string.
void JsonEscapeTo(std::string_view s, std::string* out) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (u < 0x20) {
      static constexpr char kHex[] = "0123456789abcdef";
      out->append("\\u00");
      out->push_back(kHex[u >> 4]);
      out->push_back(kHex[u & 15]);
    } else {
      out->push_back(c);
    }
  }
}

// A JSON number may only be replaced by something that is still a JSON number (a digit
// string from fpe); anything else turns the whole number into a string.
bool IsJsonInteger(std::string_view s) {
  if (s.empty() || (s.size() > 1 && s[0] == '0')) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string AsJsonNumberOrString(std::string_view s) {
  if (IsJsonInteger(s)) return std::string(s);
  std::string out(1, '"');
  JsonEscapeTo(s, &out);
  out.push_back('"');
  return out;
}

// One past the JSON value starting at p (already validated by the reader).
size_t SkipJsonValue(std::string_view d, size_t p) {
  if (p >= d.size()) return p;
  if (d[p] == '"') {
    ++p;
    while (p < d.size() && d[p] != '"') p += d[p] == '\\' ? 2 : 1;
    return std::min(p + 1, d.size());
  }
  if (d[p] == '{' || d[p] == '[') {
    int depth = 0;
    while (p < d.size()) {
      char c = d[p];
      if (c == '"') {
        p = SkipJsonValue(d, p);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return p + 1;
      }
      ++p;
    }
    return p;
  }
  while (p < d.size() && d[p] != ',' && d[p] != '}' && d[p] != ']' && !IsJsonBlank(d[p])) ++p;
  return p;
}

class RedactProcessor : public formats::ChunkProcessor {
 public:
  RedactProcessor(const Redactor& redactor, const RedactJobOptions& options, RedactOutput& output)
      : r_(redactor.impl()), options_(options), output_(output) {}

  struct WorkerScratch : Scratch {
    std::vector<Edit> edits;
    TextArena texts;    // the new bytes of all edits of the chunk
    std::string value;  // scratch for one replacement that needs escaping
    Redactor::Impl::FieldCache fields;
    std::string decoded;

    // Adds an edit whose new bytes are `text`.
    void Add(size_t start, size_t end, std::string_view text, bool structural) {
      edits.push_back({start, end, static_cast<uint32_t>(texts.size()),
                       static_cast<uint32_t>(text.size()), structural});
      texts.append_to()->append(text);
    }
    // Adds an edit whose new bytes are what was appended to `texts` since `mark`.
    void AddAppended(size_t start, size_t end, size_t mark, bool structural) {
      edits.push_back({start, end, static_cast<uint32_t>(mark),
                       static_cast<uint32_t>(texts.size() - mark), structural});
    }
  };
  std::unique_ptr<Scratch> NewScratch() const override { return std::make_unique<WorkerScratch>(); }

  void Process(const InputInfo& input, const formats::CsvHeader* /*header*/, const Chunk& chunk,
               const ChunkResult& result, Scratch& scratch, std::string* out) const override {
    auto& ws = static_cast<WorkerScratch&>(scratch);
    RedactStats stats;
    std::string_view d = chunk.view();
    const bool structured = !chunk.as_text && input.format != InputFormat::kText &&
                            input.format != InputFormat::kAuto;
    const bool json = structured && (input.format == InputFormat::kJsonl ||
                                     input.format == InputFormat::kJson);
    const auto& values = result.values;
    ws.edits.clear();
    ws.texts.Clear();

    if (structured && r_.has_structural) AddFieldEdits(d, values, json, ws, stats);

    for (const Finding& f : result.findings) {
      ++stats.findings;
      size_t s = static_cast<size_t>(f.start - chunk.base_offset);
      size_t e = static_cast<size_t>(f.end - chunk.base_offset);
      if (e > chunk.size || s >= e) continue;
      const OperatorSpec& spec = r_.SpecFor(f.type, f.field, ws.fields);
      std::string subject;
      if (spec.op == RedactOp::kDateShift && !spec.subject_field.empty())
        subject = SubjectOf(d, values, s, spec.subject_field, json, ws);
      if (!json) {
        size_t mark = ws.texts.size();
        if (r_.ApplyTo(spec, f.type, f.value, subject, stats, ws.texts.append_to(),
                       ws.texts.pseudonyms()))
          ws.AddAppended(s, e, mark, false);
        continue;
      }
      ws.value.clear();
      if (!r_.ApplyTo(spec, f.type, f.value, subject, stats, &ws.value)) continue;
      const ValueSpan* v = ScalarAt(values, s, e);
      if (v && v->kind == ValueSpan::kJsonNumber) {
        // splice into the number's text; keep it a number only if it still is one
        std::string whole(d.substr(v->start, s - v->start));
        whole += ws.value;
        whole.append(d.substr(e, v->end - e));
        ws.Add(v->token_start, v->token_end, AsJsonNumberOrString(whole), false);
        continue;
      }
      size_t mark = ws.texts.size();
      JsonEscapeTo(ws.value, ws.texts.append_to());
      ws.AddAppended(s, e, mark, false);
    }

    // Apply: sorted by start, longer first; an edit inside an earlier one is dropped. Edits
    // from findings arrive sorted; only field rules add edits out of order.
    auto before = [](const Edit& a, const Edit& b) {
      return a.start != b.start ? a.start < b.start : a.end > b.end;
    };
    if (!std::is_sorted(ws.edits.begin(), ws.edits.end(), before))
      std::sort(ws.edits.begin(), ws.edits.end(), before);
    out->clear();
    out->reserve(d.size() + d.size() / 8);
    const std::string_view texts = ws.texts.Text();
    size_t at = 0;
    for (const Edit& ed : ws.edits) {
      if (ed.start < at) continue;
      out->append(d.substr(at, ed.start - at));
      out->append(texts.substr(ed.text, ed.text_len));
      at = ed.end;
    }
    out->append(d.substr(at));
    Merge(stats);
  }

  bool Emit(const InputInfo& input, uint64_t /*first_line*/, const ChunkResult& result,
            std::string_view out) override {
    for (const auto& w : result.warnings) {
      if (!w.malformed_record) continue;
      malformed_.fetch_add(1, std::memory_order_relaxed);
      if (options_.strict) {
        stopped_strict_ = true;
        return false;
      }
    }
    Status st = output_.Write(input, out);
    if (!st.ok()) {
      if (write_error_.ok()) write_error_ = st;
      return false;
    }
    return true;
  }

  RedactStats stats() const {
    std::lock_guard<std::mutex> lock(mu_);
    RedactStats s = stats_;
    s.malformed_records = malformed_.load();
    return s;
  }
  bool stopped_strict() const { return stopped_strict_; }
  const Status& write_error() const { return write_error_; }

 private:
  void Merge(const RedactStats& s) const {
    std::lock_guard<std::mutex> lock(mu_);
    stats_.findings += s.findings;
    stats_.transformed += s.transformed;
    stats_.fpe_fallbacks += s.fpe_fallbacks;
    stats_.dropped_fields += s.dropped_fields;
    stats_.revealed += s.revealed;
    stats_.not_revealed += s.not_revealed;
  }

  // The innermost scalar value (CSV cell, JSON string or number) holding [s, e).
  static const ValueSpan* ScalarAt(const std::vector<ValueSpan>& values, size_t s, size_t e) {
    auto it = std::upper_bound(values.begin(), values.end(), s,
                               [](size_t pos, const ValueSpan& v) { return pos < v.token_start; });
    while (it != values.begin()) {
      --it;
      if (it->kind == ValueSpan::kJsonMember || it->kind == ValueSpan::kCsvHeader) continue;
      if (it->token_start <= s && e <= it->token_end) return &*it;
      if (it->token_end <= s) break;  // values before this one end earlier still
    }
    return nullptr;
  }

  // The decoded text of a value span.
  static std::string_view ValueText(std::string_view d, const ValueSpan& v, bool json,
                                    std::string& buf) {
    std::string_view raw = d.substr(v.start, v.end - v.start);
    if (json && v.kind == ValueSpan::kJsonString && raw.find('\\') != std::string_view::npos) {
      formats::UnescapeJsonString(raw, &buf);
      return buf;
    }
    return raw;
  }

  // Whether a JSON value's path names `field` of its record: "$.user_id", or in a document
  // whose top level is an array of records, "$[7].user_id" (or the field as written).
  static bool JsonFieldIs(std::string_view path, std::string_view field) {
    if (path == field) return true;
    if (path.substr(0, 2) == "$." && path.substr(2) == field) return true;
    if (path.substr(0, 2) != "$[") return false;
    const size_t close = path.find("].");
    return close != std::string_view::npos && path.substr(close + 2) == field &&
           path.find_first_not_of("0123456789", 2) == close;
  }

  // date_shift subject: the value of `field` in the record holding offset s.
  std::string SubjectOf(std::string_view d, const std::vector<ValueSpan>& values, size_t s,
                        const std::string& field, bool json, WorkerScratch& ws) const {
    const ValueSpan* holder = ScalarAt(values, s, s + 1);
    if (!holder) return {};
    for (const auto& v : values) {
      if (v.record != holder->record || v.kind == ValueSpan::kJsonMember ||
          v.kind == ValueSpan::kCsvHeader)
        continue;
      bool match = json ? JsonFieldIs(v.field, field) : v.field == field;
      if (match) return std::string(ValueText(d, v, json, ws.decoded));
    }
    return {};
  }

  // Edits that field rules make regardless of findings: dropped fields, whole values.
  void AddFieldEdits(std::string_view d, const std::vector<ValueSpan>& values, bool json,
                     WorkerScratch& ws, RedactStats& stats) const {
    for (size_t i = 0; i < values.size(); ++i) {
      const ValueSpan& v = values[i];
      const bool member = v.kind == ValueSpan::kJsonMember;
      const bool cell = v.kind == ValueSpan::kCsvCell || v.kind == ValueSpan::kCsvHeader;
      for (int ri : r_.RulesForField(v.field, ws.fields)) {
        const auto& rule = r_.fields[static_cast<size_t>(ri)].rule;
        if (rule.spec.op == RedactOp::kDrop) {
          if (r_.mode == Redactor::Mode::kReveal) break;  // reveal restores, it never removes
          if (member) {
            AddMemberDrop(d, v, ws);
            ++stats.dropped_fields;
          } else if (cell) {
            AddCellDrop(values, i, ws);
            if (v.kind == ValueSpan::kCsvCell) ++stats.dropped_fields;
          }
          break;
        }
        if (!rule.whole_value || member || v.kind == ValueSpan::kCsvHeader) continue;
        std::string_view text = ValueText(d, v, json, ws.decoded);
        if (text.empty() || text == "\\N") break;
        TypeId type = *r_.fields[static_cast<size_t>(ri)].type;
        auto repl = r_.Apply(rule.spec, type, text, {}, stats);
        if (!repl) break;
        if (json && v.kind == ValueSpan::kJsonNumber) {
          ws.Add(v.token_start, v.token_end, AsJsonNumberOrString(*repl), true);
        } else if (json) {
          size_t mark = ws.texts.size();
          JsonEscapeTo(*repl, ws.texts.append_to());
          ws.AddAppended(v.start, v.end, mark, true);
        } else {
          ws.Add(v.start, v.end, *repl, true);
        }
        break;
      }
    }
  }

  // Removes `"key": value` with one adjacent comma, so the object stays valid JSON.
  static void AddMemberDrop(std::string_view d, const ValueSpan& v, WorkerScratch& ws) {
    size_t s = v.token_start;
    size_t e = SkipJsonValue(d, v.start);
    size_t b = s;
    while (b > 0 && IsJsonBlank(d[b - 1])) --b;
    if (b > 0 && d[b - 1] == ',') {
      s = b - 1;  // ", "key": value"
    } else {
      size_t a = e;
      while (a < d.size() && IsJsonBlank(d[a])) ++a;
      if (a < d.size() && d[a] == ',') {
        ++a;
        while (a < d.size() && IsJsonBlank(d[a]) && d[a] != '\n') ++a;
        e = a;  // "key": value, "
      }
    }
    ws.Add(s, e, {}, true);
  }

  bool IsDropped(const ValueSpan& v, WorkerScratch& ws) const {
    for (int ri : r_.RulesForField(v.field, ws.fields))
      if (r_.fields[static_cast<size_t>(ri)].rule.spec.op == RedactOp::kDrop) return true;
    return false;
  }

  // Removes a CSV/TSV cell with the delimiter before it when a kept cell precedes it in the
  // record, else with the delimiter after it; so however many columns go, the record keeps
  // one delimiter between each pair of remaining cells.
  void AddCellDrop(const std::vector<ValueSpan>& values, size_t i, WorkerScratch& ws) const {
    const ValueSpan& v = values[i];
    auto same_record = [&](size_t k) {
      return k < values.size() && values[k].record == v.record &&
             (values[k].kind == ValueSpan::kCsvCell || values[k].kind == ValueSpan::kCsvHeader);
    };
    bool kept_before = false;
    for (size_t k = i; k-- > 0 && same_record(k);)
      if (!IsDropped(values[k], ws)) {
        kept_before = true;
        break;
      }
    if (kept_before) {
      ws.Add(values[i - 1].token_end, v.token_end, {}, true);
    } else if (same_record(i + 1)) {
      ws.Add(v.token_start, values[i + 1].token_start, {}, true);
    } else {
      ws.Add(v.token_start, v.token_end, {}, true);
    }
  }

  const Redactor::Impl& r_;
  const RedactJobOptions& options_;
  RedactOutput& output_;
  mutable std::mutex mu_;
  mutable RedactStats stats_;
  std::atomic<uint64_t> malformed_{0};
  bool stopped_strict_ = false;
  Status write_error_;
};

}  // namespace

RedactJobSummary RunRedactJob(const Redactor& redactor, const ScanJobOptions& options,
                              const RedactJobOptions& redact_options, RedactOutput& output) {
  RedactProcessor processor(redactor, redact_options, output);
  RedactJobSummary summary;
  summary.scan = formats::RunChunkJob(redactor.scanner(), options, output, &processor);
  summary.stats = processor.stats();
  summary.stopped_strict = processor.stopped_strict();
  summary.write_error = processor.write_error();
  return summary;
}

}  // namespace piguard
