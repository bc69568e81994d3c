#include "formats/ofd.h"

#include "formats/zip_xml.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace piguard::formats {
namespace {

using zipxml::Archive;
using zipxml::Attr;
using zipxml::XmlStream;

// A page with more text codes than this is refused (a crafted page must not take all memory;
// an invoice has a few hundred).
constexpr size_t kMaxCodesPerPage = 1u << 20;
// Templates kept parsed for the pages that share them.
constexpr size_t kMaxTemplates = 64;
// A document listing more pages than this is refused (its list alone would take memory and
// time; an invoice has one page, a long contract a hundred).
constexpr size_t kMaxPages = 1u << 16;
// Documents read from one file (OFD.xml's DocBody entries); more are an error.
constexpr size_t kMaxDocuments = 64;

// Numbers in OFD attributes ("0 0 210 140", "g 3 2.5 1.2"): blank-separated, '.' as the
// decimal point whatever the locale. Returns false at the end.
bool NextNumber(std::string_view* s, double* out) {
  while (!s->empty() && (s->front() == ' ' || s->front() == '\t' || s->front() == '\n' ||
                         s->front() == '\r' || s->front() == ','))
    s->remove_prefix(1);
  if (s->empty()) return false;
  const char* begin = s->data();
  const auto [end, ec] = std::from_chars(begin, begin + s->size(), *out);
  if (ec != std::errc() || !std::isfinite(*out)) {
    // Not a number: skip the token (a "g" is handled by the caller).
    while (!s->empty() && s->front() != ' ') s->remove_prefix(1);
    *out = 0;
    return true;
  }
  s->remove_prefix(static_cast<size_t>(end - begin));
  return true;
}

std::vector<double> Numbers(const char* text, size_t max) {
  std::vector<double> v;
  if (!text) return v;
  std::string_view s(text);
  double d;
  while (v.size() < max && NextNumber(&s, &d)) v.push_back(d);
  return v;
}

// The sum of a DeltaX list: numbers, and "g N D" for N times D (GB/T 33190, 11.3).
double DeltaSum(const char* text) {
  if (!text) return 0;
  std::string_view s(text);
  double sum = 0;
  while (true) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.empty()) break;
    if (s.front() == 'g') {
      s.remove_prefix(1);
      double n = 0, d = 0;
      if (!NextNumber(&s, &n) || !NextNumber(&s, &d)) break;
      sum += std::clamp(n, 0.0, 1e6) * d;
      continue;
    }
    double d = 0;
    if (!NextNumber(&s, &d)) break;
    sum += d;
  }
  return sum;
}

// Code points in UTF-8 text, and how many of them are wide (CJK and full-width forms).
void CountCharacters(std::string_view s, size_t* chars, size_t* wide) {
  *chars = *wide = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    ++*chars;
    if (c >= 0xE0) ++*wide;  // three- and four-byte sequences: CJK, full-width forms
  }
}

// One run of text placed on a page: its baseline, where it starts and (about) where it ends.
struct Placed {
  double y;
  double x;
  double end;
  double size;
  std::string text;
};

// The text codes of a page or template content file, placed on the page.
class ContentText : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::vector<Placed> placed;
  std::vector<std::string> template_ids;  // <Template TemplateID="..."> of a page

 private:
  struct Object {
    double bx = 0, by = 0, size = 3.5;
    double ctm[6] = {1, 0, 0, 1, 0, 0};
    double next_x = 0, next_y = 0;  // where a code without X or Y continues
  };
  void Start(std::string_view name, const char** atts) override {
    if (name == "Template") {
      if (const char* id = Attr(atts, "TemplateID")) template_ids.emplace_back(id);
    } else if (name == "TextObject") {
      in_object_ = true;
      object_ = Object();
      const std::vector<double> b = Numbers(Attr(atts, "Boundary"), 4);
      if (b.size() >= 2) object_.bx = b[0], object_.by = b[1];
      const std::vector<double> size = Numbers(Attr(atts, "Size"), 1);
      if (!size.empty() && size[0] > 0) object_.size = size[0];
      const std::vector<double> ctm = Numbers(Attr(atts, "CTM"), 6);
      if (ctm.size() == 6) std::copy(ctm.begin(), ctm.end(), object_.ctm);
    } else if (name == "TextCode" && in_object_) {
      in_code_ = true;
      code_ = Placed();
      const std::vector<double> x = Numbers(Attr(atts, "X"), 1);
      const std::vector<double> y = Numbers(Attr(atts, "Y"), 1);
      code_x_ = x.empty() ? object_.next_x : x[0];
      code_y_ = y.empty() ? object_.next_y : y[0];
      delta_x_ = DeltaSum(Attr(atts, "DeltaX"));
      has_delta_ = Attr(atts, "DeltaX") != nullptr;
    }
  }
  void End(std::string_view name) override {
    if (name == "TextObject") {
      in_object_ = false;
    } else if (name == "TextCode" && in_code_) {
      in_code_ = false;
      if (code_.text.empty()) return;
      size_t chars, wide;
      CountCharacters(code_.text, &chars, &wide);
      const double size = object_.size;
      // Without DeltaX the glyphs' own advances are in the font: a wide character is about
      // the font size, a narrow one about half of it.
      const double advance =
          has_delta_ ? delta_x_ + size * (wide == chars ? 1.0 : 0.5)
                     : size * (static_cast<double>(wide) + 0.5 * static_cast<double>(chars - wide));
      const double* m = object_.ctm;
      const double scale = std::hypot(m[0], m[1]) > 0 ? std::hypot(m[0], m[1]) : 1.0;
      code_.x = object_.bx + m[0] * code_x_ + m[2] * code_y_ + m[4];
      code_.y = object_.by + m[1] * code_x_ + m[3] * code_y_ + m[5];
      code_.end = code_.x + advance * scale;
      code_.size = size * (std::hypot(m[2], m[3]) > 0 ? std::hypot(m[2], m[3]) : 1.0);
      // A crafted file's numbers may overflow: the sort needs finite positions.
      for (double* v : {&code_.x, &code_.y, &code_.end, &code_.size})
        if (!std::isfinite(*v)) *v = 0;
      object_.next_x = code_x_ + advance;
      object_.next_y = code_y_;
      if (placed.size() >= kMaxCodesPerPage)
        return Fail("more than " + std::to_string(kMaxCodesPerPage) + " text codes on a page");
      placed.push_back(std::move(code_));
    }
  }
  void Text(std::string_view s) override {
    if (!in_code_) return;
    if (code_.text.size() + s.size() > kMaxValue) return Fail("a text code longer than 16 MiB");
    for (char c : s) code_.text += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }

  bool in_object_ = false;
  bool in_code_ = false;
  Object object_;
  Placed code_;
  double code_x_ = 0, code_y_ = 0, delta_x_ = 0;
  bool has_delta_ = false;
};

// Lays out a page's text codes as lines of text (see ofd.h), appended to *out.
void LayOut(std::vector<Placed>& codes, std::string* out) {
  std::stable_sort(codes.begin(), codes.end(),
                   [](const Placed& a, const Placed& b) { return a.y < b.y; });
  size_t i = 0;
  while (i < codes.size()) {
    // A line: the codes whose baselines lie within half the first one's size of it (at
    // least half a millimetre: superscripts and a table's cells drawn a hair apart).
    const double tolerance = std::max(0.5, codes[i].size * 0.5);
    size_t j = i + 1;
    while (j < codes.size() && codes[j].y - codes[i].y <= tolerance) ++j;
    std::stable_sort(codes.begin() + static_cast<std::ptrdiff_t>(i),
                     codes.begin() + static_cast<std::ptrdiff_t>(j),
                     [](const Placed& a, const Placed& b) { return a.x < b.x; });
    double end = -1e300;
    for (size_t k = i; k < j; ++k) {
      const Placed& c = codes[k];
      if (k > i) {
        const double gap = c.x - end;
        if (gap > 1.5 * c.size) out->append("  ");  // a column or a form's value
        else if (gap > 0.25 * c.size) out->push_back(' ');
      }
      out->append(c.text);
      end = std::max(end, c.end);
    }
    out->push_back('\n');
    i = j;
  }
}

// Document.xml: its pages in order and its templates.
class DocumentIndex : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::vector<std::string> pages;                  // BaseLoc
  std::map<std::string, std::string> templates;    // ID -> BaseLoc

 private:
  void Start(std::string_view name, const char** atts) override {
    if (name == "Page") {
      if (pages.size() >= kMaxPages)
        return Fail("lists more than " + std::to_string(kMaxPages) + " pages");
      if (const char* loc = Attr(atts, "BaseLoc")) pages.emplace_back(loc);
    } else if (name == "TemplatePage") {
      const char* id = Attr(atts, "ID");
      const char* loc = Attr(atts, "BaseLoc");
      if (id && loc) templates[id] = loc;
    }
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// OFD.xml: the DocRoot of each DocBody.
class Root : public XmlStream {
 public:
  using XmlStream::XmlStream;
  Status Load() { return ParseAll(); }
  std::vector<std::string> documents;

 private:
  void Start(std::string_view name, const char**) override {
    if (name == "DocRoot") {
      in_root_ = true;
      documents.emplace_back();
    }
  }
  void End(std::string_view name) override {
    if (name == "DocRoot") in_root_ = false;
  }
  void Text(std::string_view s) override {
    if (in_root_ && documents.back().size() + s.size() < 4096) documents.back().append(s);
  }
  bool in_root_ = false;
};

std::string Trimmed(std::string s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// A location in the package: absolute ("/Doc_0/Pages/Page_0/Content.xml") or relative to the
// directory `dir` of the part that names it ("Doc_0/").
std::string Resolve(const std::string& loc, const std::string& dir) {
  std::string l = Trimmed(loc);
  if (!l.empty() && l[0] == '/') return l.substr(1);
  return dir + l;
}

std::string DirectoryOf(const std::string& entry) {
  const size_t slash = entry.rfind('/');
  return slash == std::string::npos ? std::string() : entry.substr(0, slash + 1);
}

// A document's text, rendered page by page as it is read. Its Document.xml is read on the
// first Read, and what it lists is let go at the end, so that a file's documents take
// memory one at a time.
class DocumentText : public RenderingSource {
 public:
  DocumentText(std::shared_ptr<Archive> a, std::string entry)
      : archive_(std::move(a)), entry_(std::move(entry)), dir_(DirectoryOf(entry_)) {}

 private:
  void Fill(size_t want) override {
    if (!indexed_) {
      indexed_ = true;
      DocumentIndex index(archive_, entry_);
      error_ = index.Load();
      pages_ = std::move(index.pages);
      templates_ = std::move(index.templates);
    }
    while (Buffered() < want && error_.ok() && next_ < pages_.size()) RenderPage(next_++);
    if (error_.ok() && next_ == pages_.size() && !checked_) {
      checked_ = true;
      if (!has_text_)
        error_ = DataLoss(archive_->name +
                          ": has no text to scan: its pages are images (a scan?), and --ocr "
                          "reads images and PDF files, not OFD: export it as PDF");
    }
    if (!error_.ok() || next_ == pages_.size()) {  // done: let the lists go
      std::vector<std::string>().swap(pages_);
      std::map<std::string, std::string>().swap(templates_);
      std::map<std::string, std::vector<Placed>>().swap(parsed_);
      next_ = 0;
    }
  }
  Status failure() const override { return error_; }

  void RenderPage(size_t n) {
    const std::string entry = Resolve(pages_[n], dir_);
    ContentText page(archive_, entry);
    if (Status s = page.Load(); !s.ok()) {
      error_ = s;
      return;
    }
    std::vector<Placed> codes = std::move(page.placed);
    for (const std::string& id : page.template_ids) {
      const std::vector<Placed>* t = Template(id);
      if (!error_.ok()) return;
      if (!t) continue;
      if (codes.size() + t->size() > kMaxCodesPerPage) {
        error_ = zipxml::PartError(*archive_, entry,
                                   "more than " + std::to_string(kMaxCodesPerPage) +
                                       " text codes on a page with its templates");
        return;
      }
      codes.insert(codes.end(), t->begin(), t->end());
    }
    for (const Placed& c : codes)
      for (char ch : c.text)
        if (static_cast<unsigned char>(ch) > ' ') has_text_ = true;
    LayOut(codes, &out_);
    out_.push_back('\f');
  }

  // The text codes of template `id`, parsed once while the cache holds at most a page's worth
  // of codes; null when the document has no such template.
  const std::vector<Placed>* Template(const std::string& id) {
    if (auto it = parsed_.find(id); it != parsed_.end()) return &it->second;
    auto loc = templates_.find(id);
    if (loc == templates_.end()) return nullptr;
    ContentText t(archive_, Resolve(loc->second, dir_));
    if (Status s = t.Load(); !s.ok()) {
      error_ = s;
      return nullptr;
    }
    size_t cached = t.placed.size();
    for (const auto& [k, v] : parsed_) cached += v.size();
    if (cached > kMaxCodesPerPage || parsed_.size() >= kMaxTemplates) parsed_.clear();
    return &(parsed_[id] = std::move(t.placed));
  }

  std::shared_ptr<Archive> archive_;
  std::string entry_;
  std::string dir_;
  bool indexed_ = false;
  std::vector<std::string> pages_;
  std::map<std::string, std::string> templates_;
  std::map<std::string, std::vector<Placed>> parsed_;
  size_t next_ = 0;
  bool has_text_ = false;
  bool checked_ = false;
  Status error_;
};

}  // namespace

Result<std::vector<OfficePart>> OfdParts(std::shared_ptr<Archive> a) {
  if (!zipxml::HasEntry(*a, "OFD.xml"))
    return DataLoss(a->name + ": not an OFD document (a ZIP archive without OFD.xml)");
  Root root(a, "OFD.xml");
  if (Status s = root.Load(); !s.ok()) return s;
  if (root.documents.size() > kMaxDocuments)
    return DataLoss(a->name + ": OFD.xml names more than " + std::to_string(kMaxDocuments) +
                    " documents; not read");
  std::vector<OfficePart> parts;
  std::vector<std::string> seen;
  for (const std::string& doc : root.documents) {
    const std::string entry = Resolve(doc, "");
    if (entry.empty() || std::find(seen.begin(), seen.end(), entry) != seen.end()) continue;
    seen.push_back(entry);
    const std::string dir = DirectoryOf(entry);
    std::string label = parts.empty() ? std::string() : dir.substr(0, dir.size() ? dir.size() - 1 : 0);
    if (!parts.empty() && label.empty()) label = entry;
    if (!zipxml::HasEntry(*a, entry)) {
      parts.push_back(zipxml::FailedPart(
          label, zipxml::PartError(*a, entry, "is not in the ZIP archive (named by OFD.xml)")));
      continue;
    }
    parts.push_back({std::move(label), InputFormat::kText, std::make_unique<DocumentText>(a, entry)});
  }
  if (parts.empty()) return DataLoss(a->name + ": OFD.xml names no document (DocRoot)");
  return parts;
}

}  // namespace piguard::formats
