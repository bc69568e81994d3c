#include "piguard/report.h"

#include <algorithm>
#include <cinttypes>
#include <map>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"

namespace piguard {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "summary") return OutputFormat::kSummary;
  if (name == "jsonl" || name == "json") return OutputFormat::kJsonl;
  if (name == "sarif") return OutputFormat::kSarif;
  return std::nullopt;
}

static void AppendMaskedPreview(std::string_view value, std::string* out) {
  // Count characters first (UTF-8 lead bytes), then copy the kept ones and mask the rest.
  size_t n = 0;
  for (char c : value) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  size_t keep_head = n >= 8 ? 2 : 1;
  size_t keep_tail = n >= 8 ? 2 : 0;
  size_t k = 0;
  size_t i = 0;
  while (i < value.size()) {
    int len = 1;
    utf8::Decode(value, i, &len);
    if (k < keep_head || k >= n - keep_tail) out->append(value.substr(i, static_cast<size_t>(len)));
    else if (k < keep_head + 24) out->push_back('*');
    i += static_cast<size_t>(len);
    ++k;
  }
}

std::string MaskedPreview(std::string_view value) {
  std::string out;
  AppendMaskedPreview(value, &out);
  return out;
}

namespace {

// Buffered writer; flushes in large blocks. Write errors are remembered for Finish().
class Out {
 public:
  explicit Out(std::FILE* f) : f_(f) { buf_.reserve(1 << 17); }
  ~Out() { Flush(); }
  void Put(std::string_view s) {
    buf_.append(s);
    if (buf_.size() >= (1 << 16)) Flush();
  }
  void Put(char c) { buf_.push_back(c); }
  void PutUint(uint64_t v) {
    char tmp[24];
    char* e = tmp + sizeof tmp;
    char* p = e;
    do {
      *--p = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v);
    buf_.append(p, static_cast<size_t>(e - p));
  }
  std::string& scratch() { return scratch_; }
  // A JSON string literal with escapes; invalid UTF-8 bytes become U+FFFD so the output is
  // always valid JSON.
  void PutJsonString(std::string_view s) {
    buf_.push_back('"');
    size_t i = 0;
    while (i < s.size()) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        buf_.push_back(static_cast<char>(c));
        ++i;
        continue;
      }
      if (c < 0x80) {
        switch (c) {
          case '"': buf_.append("\\\""); break;
          case '\\': buf_.append("\\\\"); break;
          case '\n': buf_.append("\\n"); break;
          case '\r': buf_.append("\\r"); break;
          case '\t': buf_.append("\\t"); break;
          default: {
            char tmp[8];
            std::snprintf(tmp, sizeof tmp, "\\u%04x", c);
            buf_.append(tmp);
          }
        }
        ++i;
        continue;
      }
      int len = 1;
      uint32_t cp = utf8::Decode(s, i, &len);
      if (cp == 0xFFFD && len == 1) buf_.append("\xEF\xBF\xBD");
      else buf_.append(s.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
    }
    buf_.push_back('"');
  }
  void Flush() {
    if (!buf_.empty()) {
      if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) failed_ = true;
      buf_.clear();
    }
  }
  Status Close() {
    Flush();
    if (std::fflush(f_) != 0 || std::ferror(f_)) failed_ = true;
    if (failed_) return IoError("writing the report failed (disk full or closed pipe?)");
    return Status::Ok();
  }

 private:
  std::FILE* f_;
  std::string buf_;
  std::string scratch_;
  bool failed_ = false;
};

std::string HumanBytes(uint64_t b) {
  char tmp[32];
  if (b >= (1ull << 30)) std::snprintf(tmp, sizeof tmp, "%.2f GiB", b / double(1ull << 30));
  else if (b >= (1u << 20)) std::snprintf(tmp, sizeof tmp, "%.1f MiB", b / double(1u << 20));
  else if (b >= 1024) std::snprintf(tmp, sizeof tmp, "%.1f KiB", b / 1024.0);
  else std::snprintf(tmp, sizeof tmp, "%" PRIu64 " B", b);
  return tmp;
}

size_t DisplayWidth(std::string_view s) {
  size_t w = 0, i = 0;
  while (i < s.size()) {
    int len = 1;
    uint32_t cp = utf8::Decode(s, i, &len);
    w += (cp >= 0x1100 && (utf8::IsCjk(cp) || (cp >= 0x3000 && cp <= 0x303F) ||
                           (cp >= 0xFF00 && cp <= 0xFF60)))
             ? 2
             : 1;
    i += static_cast<size_t>(len);
  }
  return w;
}

// Collapses array indices so "$.contacts[0].value" and "$.contacts[1].value" count together.
std::string FieldGroup(std::string_view field) {
  std::string out;
  bool in_index = false;
  for (char c : field) {
    if (c == '[') {
      in_index = true;
      out += "[]";
    } else if (c == ']') {
      in_index = false;
    } else if (!in_index) {
      out.push_back(c);
    }
  }
  return out;
}

// `"detector":...,"field":...` and the value or its masked preview, as the options say:
// shared by the JSON Lines object and SARIF's result properties.
void PutDetails(Out& out, const Finding& f, const ReportOptions& opt) {
  out.Put("\"detector\":\"");
  out.Put(f.detector);
  out.Put('"');
  if (!f.field.empty()) {
    out.Put(",\"field\":");
    out.PutJsonString(f.field);
  }
  if (opt.show_values) {
    out.Put(",\"value\":");
    out.PutJsonString(f.value);
  } else if (opt.show_preview) {
    // The preview is built in place; it holds no quotes or controls that need escaping
    // unless the value did, so it goes through the JSON escaper like any string.
    std::string& preview = out.scratch();
    preview.clear();
    AppendMaskedPreview(f.value, &preview);
    out.Put(",\"preview\":");
    out.PutJsonString(preview);
  }
}

class SummaryWriter : public ReportWriter {
 public:
  SummaryWriter(const Scanner& sc, std::FILE* f) : sc_(sc), out_(f), total_(sc.TypeCount()) {}

  void OnInputStart(const InputInfo& in) override {
    counts_.assign(sc_.TypeCount(), 0);
    by_field_.clear();
    field_cache_.clear();
    (void)in;
  }
  void OnFinding(const InputInfo& in, const Finding& f) override {
    ++counts_[f.type];
    ++total_[f.type];
    if (in.format != InputFormat::kText && !f.field.empty()) {
      // A table has few columns: remember each raw field's counters (bounded, since JSON
      // array indices make raw paths unbounded).
      auto it = field_cache_.find(f.field);
      if (it == field_cache_.end()) {
        if (field_cache_.size() > 4096) field_cache_.clear();
        auto& v = by_field_[FieldGroup(f.field)];
        if (v.empty()) v.assign(sc_.TypeCount(), 0);
        it = field_cache_.emplace(std::string(f.field), &v).first;
      }
      ++(*it->second)[f.type];
    }
  }
  void OnInputEnd(const InputInfo& in, uint64_t bytes, uint64_t lines) override {
    uint64_t n = 0;
    for (auto c : counts_) n += c;
    ++files_;
    if (n == 0) {
      ++clean_files_;
      return;
    }
    std::string head = in.path + "  [" + std::string(InputFormatName(in.format)) +
                       (in.gzip ? ", gzip" : "") + ", " + std::to_string(lines) + (lines == 1 ? " line, " : " lines, ") +
                       HumanBytes(bytes) + "]\n";
    out_.Put(head);
    PrintCounts(counts_, "  ");
    if (!by_field_.empty()) {
      out_.Put("  by field:\n");
      for (const auto& [field, v] : by_field_) {
        for (TypeId t = 0; t < v.size(); ++t) {
          if (!v[t]) continue;
          // Pad by display width: CJK column names take two columns per character.
          std::string line = "    " + field;
          size_t width = DisplayWidth(field);
          line.append(width < 32 ? 32 - width : 1, ' ');
          char tmp[128];
          std::snprintf(tmp, sizeof tmp, " %-26s %10" PRIu64 "\n",
                        std::string(sc_.TypeName(t)).c_str(), v[t]);
          line += tmp;
          out_.Put(line);
        }
      }
    }
    out_.Put("\n");
  }
  Status Finish(const ScanJobSummary& s) override {
    out_.Put("Total: " + std::to_string(s.findings) + (s.findings == 1 ? " finding in " : " findings in ") +
             std::to_string(files_ - clean_files_) + " of " + std::to_string(files_) +
             " inputs scanned (" + HumanBytes(s.bytes) + ")");
    if (s.skipped) out_.Put(", " + std::to_string(s.skipped) + " binary skipped");
    if (s.errors) out_.Put(", " + std::to_string(s.errors) + " unreadable");
    out_.Put("\n");
    PrintCounts(total_, "  ");
    return out_.Close();
  }

 private:
  void PrintCounts(const std::vector<uint64_t>& counts, const char* indent) {
    std::vector<std::pair<uint64_t, TypeId>> rows;
    for (TypeId t = 0; t < counts.size(); ++t)
      if (counts[t]) rows.push_back({counts[t], t});
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [n, t] : rows) {
      char tmp[128];
      std::snprintf(tmp, sizeof tmp, "%s%-28s %10" PRIu64 "\n", indent,
                    std::string(sc_.TypeName(t)).c_str(), n);
      out_.Put(tmp);
    }
  }

  const Scanner& sc_;
  Out out_;
  std::vector<uint64_t> counts_;
  std::vector<uint64_t> total_;
  std::map<std::string, std::vector<uint64_t>> by_field_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Raw field -> counters in by_field_ (pointers into a std::map stay valid).
  std::unordered_map<std::string, std::vector<uint64_t>*, Hash, std::equal_to<>> field_cache_;
  uint64_t files_ = 0;
  uint64_t clean_files_ = 0;
};

class JsonlWriter : public ReportWriter {
 public:
  JsonlWriter(const Scanner& sc, const ReportOptions& opt, std::FILE* f)
      : sc_(sc), opt_(opt), out_(f) {}
  void OnFinding(const InputInfo& in, const Finding& f) override {
    out_.Put("{\"path\":");
    out_.PutJsonString(in.path);
    out_.Put(",\"line\":");
    out_.PutUint(f.line);
    out_.Put(",\"start\":");
    out_.PutUint(f.start);
    out_.Put(",\"end\":");
    out_.PutUint(f.end);
    out_.Put(",\"type\":\"");
    out_.Put(sc_.TypeName(f.type));
    out_.Put("\",\"confidence\":\"");
    out_.Put(LikelihoodName(f.likelihood));
    out_.Put("\",");
    PutDetails(out_, f, opt_);
    out_.Put("}\n");
  }
  Status Finish(const ScanJobSummary&) override { return out_.Close(); }

 private:
  const Scanner& sc_;
  ReportOptions opt_;
  Out out_;
};

std::string UriEncode(std::string_view path) {
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~' || c == '/') {
      out.push_back(ch);
    } else {
      char tmp[4];
      std::snprintf(tmp, sizeof tmp, "%%%02X", c);
      out.append(tmp);
    }
  }
  return out;
}

class SarifWriter : public ReportWriter {
 public:
  SarifWriter(const Scanner& sc, const ReportOptions& opt, std::FILE* f)
      : sc_(sc), opt_(opt), out_(f) {
    out_.Put(
        "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
        "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"piguard\",\"version\":\"" PIGUARD_VERSION
        "\",\"informationUri\":\"https://example.invalid/piguard\",\"rules\":[");
    for (TypeId t = 0; t < sc_.TypeCount(); ++t) {
      if (t) out_.Put(',');
      out_.Put("{\"id\":");
      out_.PutJsonString(sc_.TypeName(t));
      out_.Put(",\"shortDescription\":{\"text\":");
      out_.PutJsonString(std::string("Personal information of type ") +
                         std::string(sc_.TypeName(t)));
      out_.Put("}}");
    }
    out_.Put("]}},\"results\":[");
  }
  void OnFinding(const InputInfo& in, const Finding& f) override {
    if (n_++) out_.Put(',');
    const char* level = f.likelihood >= Likelihood::kVeryLikely ? "error"
                        : f.likelihood >= Likelihood::kLikely   ? "warning"
                                                                : "note";
    out_.Put("{\"ruleId\":");
    out_.PutJsonString(sc_.TypeName(f.type));
    out_.Put(",\"level\":\"");
    out_.Put(level);
    out_.Put("\",\"message\":{\"text\":");
    std::string msg = std::string(sc_.TypeName(f.type)) + " (" +
                      std::string(LikelihoodName(f.likelihood)) + ")";
    if (!f.field.empty()) msg += " in " + std::string(f.field);
    out_.PutJsonString(msg);
    out_.Put("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    out_.PutJsonString(UriEncode(in.path));
    out_.Put("},\"region\":{\"startLine\":");
    out_.PutUint(f.line);
    out_.Put(",\"byteOffset\":");
    out_.PutUint(f.start);
    out_.Put(",\"byteLength\":");
    out_.PutUint(f.end - f.start);
    out_.Put("}}}],\"properties\":{\"confidence\":\"");
    out_.Put(LikelihoodName(f.likelihood));
    out_.Put("\",");
    PutDetails(out_, f, opt_);
    out_.Put("}}");
  }
  Status Finish(const ScanJobSummary& s) override {
    out_.Put("],\"invocations\":[{\"executionSuccessful\":");
    out_.Put(s.errors ? "false" : "true");
    out_.Put("}]}]}\n");
    return out_.Close();
  }

 private:
  const Scanner& sc_;
  ReportOptions opt_;
  Out out_;
  uint64_t n_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> MakeReportWriter(const Scanner& scanner, const ReportOptions& opt,
                                               std::FILE* out) {
  switch (opt.format) {
    case OutputFormat::kSummary: return std::make_unique<SummaryWriter>(scanner, out);
    case OutputFormat::kJsonl: return std::make_unique<JsonlWriter>(scanner, opt, out);
    case OutputFormat::kSarif: return std::make_unique<SarifWriter>(scanner, opt, out);
  }
  return nullptr;
}

}  // namespace piguard
