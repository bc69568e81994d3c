// Output back ends of the public notice: the notice's content is written once against
// NoticeWriter (render.cc), and each format escapes user text its own way.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace piguard::policy {

// A run of text, optionally a link. `href` is used only for http(s) and mailto targets.
struct Inline {
  std::string text;
  std::string href;
  bool code = false;  // monospace (hashes, contract ids)
};
using Rich = std::vector<Inline>;
inline Rich Plain(std::string s) { return {Inline{std::move(s), {}, false}}; }

class NoticeWriter {
 public:
  virtual ~NoticeWriter() = default;
  virtual void Begin(const std::string& lang_tag, const std::string& title) = 0;
  // The page header: the title as the single h1, then the stamp lines.
  virtual void Header(const std::string& title, const std::vector<Rich>& stamp,
                      const std::string& skip_label) = 0;
  virtual void Toc(const std::string& label, const std::vector<std::pair<std::string, std::string>>& entries) = 0;
  virtual void BeginMain() = 0;
  virtual void EndMain() = 0;
  virtual void BeginSection(const std::string& id, const std::string& title) = 0;  // h2
  virtual void EndSection() = 0;
  virtual void Heading(int level, const std::string& id, const Rich& text) = 0;   // 3..4
  virtual void Paragraph(const Rich& text) = 0;
  virtual void Facts(const std::vector<std::pair<std::string, Rich>>& facts) = 0;
  virtual void List(const std::vector<Rich>& items) = 0;
  virtual void Table(const std::string& caption, const std::vector<std::string>& headers,
                     const std::vector<std::vector<Rich>>& rows) = 0;
  virtual void Footer(const std::vector<Rich>& lines) = 0;
  virtual std::string Finish() = 0;
};

std::unique_ptr<NoticeWriter> MakeHtmlWriter();
std::unique_ptr<NoticeWriter> MakeMarkdownWriter();

// Exposed for tests.
std::string HtmlEscape(std::string_view s);
std::string MarkdownEscape(std::string_view s);

}  // namespace piguard::policy
