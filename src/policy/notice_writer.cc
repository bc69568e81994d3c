// HTML and Markdown back ends of the public notice. All text reaching here may come from the
// policy file, so every string is escaped for its format; links are emitted only for
// http(s) and mailto targets.
#include "policy/notice_writer.h"

#include <string_view>

namespace piguard::policy {
namespace {

bool SafeHref(std::string_view h) {
  return h.starts_with("https://") || h.starts_with("http://") || h.starts_with("mailto:");
}

// Self-contained styles: no web fonts, no images. Colours meet WCAG AA contrast on white
// (body #1b1b1b ~17:1, headings #0a3d24 ~12:1, links #0b4fa3 ~7.9:1, secondary #3d3d3d ~11:1).
// Narrow screens: the page never scrolls sideways; long words and hashes wrap, wide tables
// scroll inside their own box.
constexpr std::string_view kCss = R"css(
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1b1b1b;font:1rem/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;overflow-wrap:break-word}
header,nav,main,footer{display:block;max-width:48rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.25rem;padding-bottom:.75rem;border-bottom:4px solid #0a5c36}
h1{font-size:1.55rem;line-height:1.3;margin:0 0 .5rem;color:#0a3d24}
h2{font-size:1.3rem;line-height:1.35;margin:2rem 0 .75rem;padding-bottom:.25rem;color:#0a3d24;border-bottom:1px solid #b7c4bd}
h3{font-size:1.12rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:1.25rem 0 .4rem}
p{margin:.5rem 0}
.stamp{margin:.15rem 0;font-size:.9rem;color:#3d3d3d}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;word-break:break-all}
nav ol{margin:.25rem 0;padding-left:1.25rem}
nav h2{font-size:1rem;margin:1rem 0 .25rem;border:0;padding:0}
dl.facts{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.2rem .75rem;margin:.5rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
@media (max-width:32rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.35rem}}
.table-wrap{max-width:100%;overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;caption-side:top}
th,td{border:1px solid #b7c4bd;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#e8f0ec}
a{color:#0b4fa3}
a:focus,a:hover{outline:3px solid #b35c00;outline-offset:1px}
.skip{position:absolute;left:0;top:-10rem;background:#fff;padding:.5rem;color:#0b4fa3}
.skip:focus{top:0}
footer{margin-top:2.5rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #b7c4bd;font-size:.9rem;color:#3d3d3d}
)css";

class HtmlWriter : public NoticeWriter {
 public:
  void Begin(const std::string& lang_tag, const std::string& title) override {
    out_ += "<!DOCTYPE html>\n<html lang=\"" + HtmlEscape(lang_tag) + "\">\n<head>\n";
    out_ += "<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<title>" + HtmlEscape(title) + "</title>\n<style>";
    out_ += kCss;
    out_ += "</style>\n</head>\n<body>\n";
  }
  void Header(const std::string& title, const std::vector<Rich>& stamp,
              const std::string& skip_label) override {
    out_ += "<a class=\"skip\" href=\"#main\">" + HtmlEscape(skip_label) + "</a>\n";
    out_ += "<header>\n<h1>" + HtmlEscape(title) + "</h1>\n";
    for (const Rich& line : stamp) out_ += "<p class=\"stamp\">" + Inl(line) + "</p>\n";
    out_ += "</header>\n";
  }
  void Toc(const std::string& label,
           const std::vector<std::pair<std::string, std::string>>& entries) override {
    out_ += "<nav aria-labelledby=\"toc\">\n<h2 id=\"toc\">" + HtmlEscape(label) + "</h2>\n<ol>\n";
    for (const auto& [id, text] : entries)
      out_ += "<li><a href=\"#" + HtmlEscape(id) + "\">" + HtmlEscape(text) + "</a></li>\n";
    out_ += "</ol>\n</nav>\n";
  }
  void BeginMain() override { out_ += "<main id=\"main\">\n"; }
  void EndMain() override { out_ += "</main>\n"; }
  void BeginSection(const std::string& id, const std::string& title) override {
    out_ += "<section aria-labelledby=\"" + HtmlEscape(id) + "\">\n<h2 id=\"" + HtmlEscape(id) +
            "\">" + HtmlEscape(title) + "</h2>\n";
  }
  void EndSection() override { out_ += "</section>\n"; }
  void Heading(int level, const std::string& id, const Rich& text) override {
    std::string tag = "h" + std::to_string(level);
    out_ += "<" + tag + " id=\"" + HtmlEscape(id) + "\">" + Inl(text) + "</" + tag + ">\n";
  }
  void Paragraph(const Rich& text) override { out_ += "<p>" + Inl(text) + "</p>\n"; }
  void Facts(const std::vector<std::pair<std::string, Rich>>& facts) override {
    out_ += "<dl class=\"facts\">\n";
    for (const auto& [k, v] : facts) out_ += "<dt>" + HtmlEscape(k) + "</dt><dd>" + Inl(v) + "</dd>\n";
    out_ += "</dl>\n";
  }
  void List(const std::vector<Rich>& items) override {
    out_ += "<ul>\n";
    for (const Rich& i : items) out_ += "<li>" + Inl(i) + "</li>\n";
    out_ += "</ul>\n";
  }
  void Table(const std::string& caption, const std::vector<std::string>& headers,
             const std::vector<std::vector<Rich>>& rows) override {
    out_ += "<div class=\"table-wrap\">\n<table>\n<caption>" + HtmlEscape(caption) +
            "</caption>\n<thead><tr>";
    for (const auto& h : headers) out_ += "<th scope=\"col\">" + HtmlEscape(h) + "</th>";
    out_ += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
      out_ += "<tr>";
      // The first cell names the row (a category, a trustee, a purpose): a row header.
      for (size_t i = 0; i < row.size(); ++i)
        out_ += i == 0 ? "<th scope=\"row\">" + Inl(row[i]) + "</th>" : "<td>" + Inl(row[i]) + "</td>";
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n</div>\n";
  }
  void Footer(const std::vector<Rich>& lines) override {
    out_ += "<footer>\n";
    for (const Rich& l : lines) out_ += "<p>" + Inl(l) + "</p>\n";
    out_ += "</footer>\n";
  }
  std::string Finish() override {
    out_ += "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  static std::string Inl(const Rich& r) {
    std::string s;
    for (const Inline& i : r) {
      std::string t = HtmlEscape(i.text);
      if (i.code) t = "<code>" + t + "</code>";
      if (!i.href.empty() && SafeHref(i.href)) t = "<a href=\"" + HtmlEscape(i.href) + "\">" + t + "</a>";
      s += t;
    }
    return s;
  }
  std::string out_;
};

class MarkdownWriter : public NoticeWriter {
 public:
  void Begin(const std::string&, const std::string&) override {}
  void Header(const std::string& title, const std::vector<Rich>& stamp, const std::string&) override {
    out_ += "# " + MarkdownEscape(title) + "\n\n";
    // Two trailing spaces: a line break inside one paragraph.
    for (size_t i = 0; i < stamp.size(); ++i)
      out_ += Inl(stamp[i]) + (i + 1 < stamp.size() ? "  \n" : "\n\n");
  }
  void Toc(const std::string&, const std::vector<std::pair<std::string, std::string>>&) override {}
  void BeginMain() override {}
  void EndMain() override {}
  void BeginSection(const std::string&, const std::string& title) override {
    out_ += "## " + MarkdownEscape(title) + "\n\n";
  }
  void EndSection() override {}
  void Heading(int level, const std::string&, const Rich& text) override {
    out_ += std::string(level, '#') + " " + Inl(text) + "\n\n";
  }
  void Paragraph(const Rich& text) override { out_ += Inl(text) + "\n\n"; }
  void Facts(const std::vector<std::pair<std::string, Rich>>& facts) override {
    for (const auto& [k, v] : facts) out_ += "- **" + MarkdownEscape(k) + "**: " + Inl(v) + "\n";
    out_ += "\n";
  }
  void List(const std::vector<Rich>& items) override {
    for (const Rich& i : items) out_ += "- " + Inl(i) + "\n";
    out_ += "\n";
  }
  void Table(const std::string& caption, const std::vector<std::string>& headers,
             const std::vector<std::vector<Rich>>& rows) override {
    out_ += "*" + MarkdownEscape(caption) + "*\n\n|";
    for (const auto& h : headers) out_.append(" ").append(MarkdownEscape(h)).append(" |");
    out_ += "\n|";
    for (size_t i = 0; i < headers.size(); ++i) out_ += " --- |";
    out_ += "\n";
    for (const auto& row : rows) {
      out_ += "|";
      for (const Rich& cell : row) out_.append(" ").append(Inl(cell)).append(" |");
      out_ += "\n";
    }
    out_ += "\n";
  }
  void Footer(const std::vector<Rich>& lines) override {
    out_ += "---\n\n";
    for (const Rich& l : lines) out_ += Inl(l) + "\n\n";
  }
  std::string Finish() override {
    while (out_.size() >= 2 && out_.ends_with("\n\n")) out_.pop_back();
    return std::move(out_);
  }

 private:
  static std::string Inl(const Rich& r) {
    std::string s;
    for (const Inline& i : r) {
      std::string t = MarkdownEscape(i.text);
      if (i.code && i.text.find_first_of("`\n\r") == std::string::npos) t = "`" + i.text + "`";
      if (!i.href.empty() && SafeHref(i.href) && i.href.find_first_of("()<> ") == std::string::npos)
        t = "[" + t + "](" + i.href + ")";
      s += t;
    }
    return s;
  }
  std::string out_;
};

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string MarkdownEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';  // one line per table row and list item
      continue;
    }
    if (std::string_view("\\`*_[]<>|&~#!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::unique_ptr<NoticeWriter> MakeHtmlWriter() { return std::make_unique<HtmlWriter>(); }
std::unique_ptr<NoticeWriter> MakeMarkdownWriter() { return std::make_unique<MarkdownWriter>(); }

}  // namespace piguard::policy
