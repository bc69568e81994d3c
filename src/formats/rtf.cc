#include "formats/rtf.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/text_encoding.h"
#include "core/utf8.h"
#include "formats/table_text.h"

namespace piguard::formats {
namespace {

// Groups nested deeper than this are refused (a crafted file must not take the stack's or
// the heap's worth of states; Word nests a few dozen).
constexpr size_t kMaxDepth = 1000;

// Destinations whose content is no text of the document.
bool SkippedDestination(std::string_view word) {
  static constexpr std::string_view kSkipped[] = {
      "fonttbl",      "colortbl",   "stylesheet",  "listtable",   "listoverridetable",
      "pict",         "object",     "objdata",     "themedata",   "colorschememapping",
      "latentstyles", "datastore",  "xmlnstbl",    "rsidtbl",     "mmathPr",
      "pgdsctbl",     "generator",  "filetbl",     "revtbl",      "fldinst",
      "shppict",      "nonshppict", "blipuid",     "wgrffmtfilter", "pnseclvl",
      "listpicture",  "panose",     "falt",        "bkmkstart",   "bkmkend",
      "docvar",       "xmlopen",    "xmlattrname", "xmlattrvalue", "passwordhash"};
  return std::find(std::begin(kSkipped), std::end(kSkipped), word) != std::end(kSkipped);
}

class RtfRenderer : public RenderingSource {
 public:
  RtfRenderer(std::unique_ptr<ByteSource> raw, std::string name, FieldNamePredicate is_field_name)
      : raw_(std::move(raw)), name_(std::move(name)), table_(std::move(is_field_name)) {
    groups_.push_back(Group{});
  }

 private:
  struct Group {
    bool skip = false;  // inside a destination that holds no text
    int uc = 1;         // characters that stand in for each \u (\ucN)
    bool comment = false;  // a comment's text (\annotation): a line of its own
  };

  void Fill(size_t want) override {
    while (Buffered() < want && !done_) {
      if (Peek() < 0) {
        if (!done_) End();
        return;
      }
      Step();
    }
  }
  Status failure() const override { return error_; }

  void Stop(Status error) {
    FlushText();
    error_ = std::move(error);
    done_ = true;
  }
  void End() {
    FlushText();
    EndTable();
    if (groups_.size() > 1 || !started_)
      error_ = DataLoss(name_ + ": the RTF document is cut short (" +
                        (started_ ? std::to_string(groups_.size() - 1) + " groups left open"
                                  : std::string("no group")) +
                        "); the text before the end was scanned");
    done_ = true;
  }

  // The next byte of input, or -1 at the end of what is buffered (more is read first).
  int Next() {
    if (pos_ == in_.size()) {
      in_.resize(1 << 16);
      auto got = raw_->Read(in_.data(), in_.size());
      if (!got.ok()) {
        Stop(got.status());
        return -1;
      }
      in_.resize(got.value());
      pos_ = 0;
      if (in_.empty()) return -1;
    }
    return static_cast<unsigned char>(in_[pos_++]);
  }
  int Peek() {
    const int c = Next();
    if (c >= 0) --pos_;
    return c;
  }

  Group& Top() { return groups_.back(); }

  // Text of the document: bytes of its code page (\'hh) wait for the next character so that
  // a double-byte character escaped as two \'hh is decoded whole.
  void PutByte(unsigned char b) {
    if (Top().skip) return;
    if (skip_chars_ > 0) {
      --skip_chars_;
      return;
    }
    bytes_.push_back(static_cast<char>(b));
  }
  // Decodes the waiting code-page bytes: GBK under \ansicpg936; else UTF-8 when they are
  // that (raw UTF-8, as some generators write), else Windows-1252 (Latin-1 here).
  void FlushBytes() {
    if (bytes_.empty()) return;
    std::string text;
    if (gbk_ && encoding::Gb18030Available()) {
      std::vector<uint32_t> map;
      encoding::DecodeToUtf8(TextEncoding::kGb18030, bytes_, &text, &map);
    } else if (utf8::FindInvalid(bytes_) == std::string::npos) {
      text = bytes_;
    } else {
      for (const char b : bytes_) utf8::Append(&text, static_cast<unsigned char>(b));
    }
    bytes_.clear();
    Emit(text);
  }
  // The waiting bytes and a waiting high surrogate out, before a cell, row or the text ends.
  void FlushText() {
    FlushBytes();
    if (high_surrogate_ != 0) Emit("");
  }
  // Decoded text to where it goes: the table cell being read (its line breaks and tabs as
  // blanks), or the document, where text after a table's last row ends the table.
  // Text of any kind after a \u high surrogate means its low half never came: U+FFFD first.
  void Emit(std::string_view s) {
    if (high_surrogate_ != 0) {
      high_surrogate_ = 0;
      Emit("\xEF\xBF\xBD");  // U+FFFD
    }
    if (!in_row_) {
      if (table_open_) EndTable();
      out_ += s;
      return;
    }
    for (const char c : s) cell_ += (c == '\n' || c == '\t') ? ' ' : c;
  }
  void PutText(std::string_view s) {
    if (Top().skip) return;
    FlushBytes();
    Emit(s);
  }
  void PutCodePoint(uint32_t cp) {
    if (Top().skip) return;
    FlushBytes();
    std::string t;
    utf8::Append(&t, cp);
    Emit(t);
  }
  // A \u code unit: UTF-16, so a character beyond U+FFFF comes as two of them (a high then a
  // low surrogate, each with its fallback characters). A surrogate without its other half
  // becomes U+FFFD, so the text stays valid UTF-8.
  void PutUtf16(uint32_t unit) {
    if (Top().skip) return;
    if (unit >= 0xD800 && unit < 0xDC00) {
      FlushText();  // an earlier high surrogate still waiting becomes U+FFFD
      high_surrogate_ = unit;
    } else if (unit >= 0xDC00 && unit < 0xE000) {
      const uint32_t high = high_surrogate_;
      high_surrogate_ = 0;
      PutCodePoint(high != 0 ? 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00) : 0xFFFD);
    } else if (unit != 0) {  // \u0 would put a NUL into the text
      PutCodePoint(unit);
    }
  }
  // Tables: \trowd starts a row, \cell ends a cell, \row the row; rows one after another
  // are one table.
  void StartRow() {
    FlushText();
    if (!table_open_) {
      table_.Begin();
      table_open_ = true;
    }
    in_row_ = true;
    row_.clear();
    cell_.clear();
  }
  void EndCell() {
    FlushText();
    if (!in_row_) StartRow();  // a cell without its row's \trowd (some writers)
    std::string c = std::move(cell_);
    while (!c.empty() && c.back() == ' ') c.pop_back();
    while (!c.empty() && c.front() == ' ') c.erase(0, 1);
    row_.push_back(std::move(c));
    cell_.clear();
  }
  void EndRow() {
    FlushText();
    if (!in_row_) return;
    if (!cell_.empty()) EndCell();
    if (!row_.empty()) table_.Row(std::move(row_), &out_);
    row_.clear();
    in_row_ = false;
  }
  void EndTable() {
    if (in_row_) EndRow();
    if (!table_open_) return;
    table_.End(&out_);
    table_open_ = false;
  }

  void Step() {
    const int c = Next();
    if (c < 0) return;
    if (c == '{') {
      if (groups_.size() >= kMaxDepth)
        return Stop(DataLoss(name_ + ": RTF groups nested more than " +
                             std::to_string(kMaxDepth) + " deep; the rest is not read"));
      groups_.push_back(Top());
      started_ = true;
      destination_start_ = true;
      return;
    }
    const bool at_group_start = destination_start_;
    destination_start_ = false;
    if (c == '}') {
      if (groups_.size() > 1) {
        if (Top().comment && !Top().skip) {
          FlushText();
          PutText("\n");
        }
        groups_.pop_back();
      }
      skip_chars_ = 0;
      return;
    }
    if (c == '\\') return ControlSymbolOrWord(at_group_start);
    if (c == '\r' || c == '\n') return;  // line ends in the file are no text
    if (skip_chars_ > 0) {
      if (!Top().skip) --skip_chars_;
      return;
    }
    if (c >= 0x80) return PutByte(static_cast<unsigned char>(c));  // 8-bit text as is
    char ch = static_cast<char>(c);
    PutText(std::string_view(&ch, 1));
  }

  // A control symbol or word after its '\\'; `at_group_start`: right after the group's '{'
  // (or its "\\*"), where a word names the group's destination.
  void ControlSymbolOrWord(bool at_group_start) {
    const int c = Next();
    if (c < 0) return;
    if (!IsLetter(c)) {  // a control symbol
      switch (c) {
        case '\'': {
          const int hi = Hex(Next()), lo = Hex(Next());
          if (hi >= 0 && lo >= 0) PutByte(static_cast<unsigned char>(hi * 16 + lo));
          return;
        }
        case '*':  // the group is a destination a reader may ignore when it does not know it
          if (at_group_start) {
            Top().skip = true;
            destination_start_ = true;  // the destination's name follows
          }
          return;
        case '~': return PutText(" ");
        case '_': return PutText("-");
        case '-': return;  // an optional hyphen
        case '\\': return PutText("\\");
        case '{': return PutText("{");
        case '}': return PutText("}");
        case '\n':
        case '\r': return PutText("\n");  // "\" before a line end: a paragraph
        default: return;
      }
    }
    std::string word(1, static_cast<char>(c));
    while (word.size() < 32 && IsLetter(Peek())) word.push_back(static_cast<char>(Next()));
    bool has_param = false, negative = false;
    long param = 0;
    if (Peek() == '-') {
      Next();
      negative = true;
    }
    for (int digits = 0; digits < 10 && Peek() >= '0' && Peek() <= '9'; ++digits) {
      param = param * 10 + (Next() - '0');
      has_param = true;
    }
    if (negative) param = -param;
    if (Peek() == ' ') Next();  // the delimiter belongs to the control word
    Word(word, has_param, param, at_group_start);
  }

  void Word(const std::string& w, bool has_param, long param, bool at_group_start) {
    if (!Top().skip) FlushBytes();  // the text before the word is where it was (a cell, ...)
    if (at_group_start && SkippedDestination(w)) {
      Top().skip = true;
      return;
    }
    // A comment ({\*\annotation ...}, Word's; its author and initials stay left out) is
    // text of the document: read on a line of its own where it is anchored, unless the
    // group around it is left out.
    if (at_group_start && w == "annotation" && !groups_[groups_.size() - 2].skip) {
      Top().skip = false;
      Top().comment = true;
      FlushText();
      PutText("\n");
      return;
    }
    if (w == "trowd") {
      if (!Top().skip) StartRow();
    } else if (w == "cell" || w == "nestcell") {
      if (!Top().skip) EndCell();
    } else if (w == "row" || w == "nestrow") {
      if (!Top().skip) EndRow();
    } else if (w == "par" || w == "line" || w == "sect" || w == "page") {
      if (in_row_ || !table_open_) PutText("\n");
    } else if (w == "tab") {
      PutText("\t");
    } else if (w == "u" && has_param) {
      PutUtf16(static_cast<uint32_t>(param < 0 ? param + 65536 : param) & 0xFFFF);
      skip_chars_ = Top().uc;
    } else if (w == "uc" && has_param) {
      Top().uc = static_cast<int>(std::clamp(param, 0L, 16L));
    } else if (w == "ansicpg" && has_param) {
      FlushBytes();
      gbk_ = param == 936 || param == 54936;
    } else if (w == "bin" && has_param && param > 0) {
      for (long k = 0; k < param && Next() >= 0; ++k) {  // binary data: not text
      }
    } else if (w == "emdash") {
      PutCodePoint(0x2014);
    } else if (w == "endash") {
      PutCodePoint(0x2013);
    } else if (w == "lquote" || w == "rquote") {
      PutCodePoint(w == "lquote" ? 0x2018 : 0x2019);
    } else if (w == "ldblquote" || w == "rdblquote") {
      PutCodePoint(w == "ldblquote" ? 0x201C : 0x201D);
    } else if (w == "bullet") {
      PutCodePoint(0x2022);
    }
  }

  static bool IsLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
  static int Hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  std::unique_ptr<ByteSource> raw_;
  std::string name_;
  std::string in_;
  size_t pos_ = 0;
  std::vector<Group> groups_;
  TableText table_;
  bool table_open_ = false;
  bool in_row_ = false;
  std::vector<std::string> row_;
  std::string cell_;
  std::string bytes_;      // code-page bytes not yet decoded
  bool gbk_ = false;       // \ansicpg936: the bytes are GBK
  int skip_chars_ = 0;     // fallback characters after a \u still to skip
  uint32_t high_surrogate_ = 0;  // a \u high surrogate waiting for its low half
  bool destination_start_ = false;  // right after a '{'
  bool started_ = false;
  bool done_ = false;
  Status error_;
};

}  // namespace

bool LooksLikeRtf(std::string_view head) { return head.substr(0, 5) == "{\\rtf"; }

std::unique_ptr<ByteSource> RtfText(std::unique_ptr<ByteSource> raw, std::string name,
                                    FieldNamePredicate is_field_name) {
  return std::make_unique<RtfRenderer>(std::move(raw), std::move(name), std::move(is_field_name));
}

}  // namespace piguard::formats
