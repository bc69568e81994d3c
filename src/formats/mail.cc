#include "formats/mail.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/text_encoding.h"
#include "core/utf8.h"

namespace piguard::formats {
namespace {

using ascii::EndsWithNoCase;
using ascii::EqualsNoCase;
using ascii::StartsWithNoCase;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii::Lower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

int Base64Value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = ascii::Lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The byte of a "=XX" escape at s[k], or -1 when s[k] starts none.
int EscapedByte(std::string_view s, size_t k) {
  if (s[k] != '=' || k + 2 >= s.size()) return -1;
  const int hi = HexValue(s[k + 1]), lo = HexValue(s[k + 2]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

// Base64 decoding fed one character at a time (a body arrives line by line): each decoded
// byte is mapped to the character its bits start in.
struct Base64Stream {
  uint32_t acc = 0;
  int n = 0;
  uint32_t pos[4] = {};

  // Adds the value v (0-63) of the character at `at`; put(byte, at) for a completed group.
  template <typename Put>
  void Add(int v, uint32_t at, Put put) {
    pos[n] = at;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    if (++n < 4) return;
    for (int b = 0; b < 3; ++b) put(static_cast<char>((acc >> (16 - 8 * b)) & 0xFF), pos[b]);
    acc = 0;
    n = 0;
  }
  // Padding or the data's end: a partial group of n characters holds n - 1 bytes.
  template <typename Put>
  void End(Put put) {
    if (n >= 2) {
      const uint32_t bits = acc << (6 * (4 - n));
      for (int b = 0; b < n - 1; ++b) put(static_cast<char>((bits >> (16 - 8 * b)) & 0xFF), pos[b]);
    }
    acc = 0;
    n = 0;
  }
};

enum class Charset { kUtf8, kGb18030, kBig5, kLatin1, kOther };

Charset CharsetOf(std::string_view name) {
  const std::string n = Lower(Trim(name));
  if (n.empty() || n == "utf-8" || n == "utf8" || n == "us-ascii" || n == "ascii")
    return Charset::kUtf8;
  if (n == "gb2312" || n == "gbk" || n == "gb18030" || n == "cp936" || n == "x-gbk" ||
      n == "euc-cn" || n == "x-euc-cn" || n == "hz-gb-2312")
    return Charset::kGb18030;
  if (n == "big5" || n == "big5-hkscs" || n == "big5hkscs" || n == "cp950" || n == "x-big5" ||
      n == "big5-tw" || n == "big5_tw")
    return Charset::kBig5;
  if (n == "iso-8859-1" || n == "latin1" || n == "iso_8859-1" || n == "windows-1252")
    return Charset::kLatin1;
  return Charset::kOther;
}

// A parameter of a structured header value (`charset=gbk`, `boundary="----=_Part_1"`).
std::string Param(std::string_view value, std::string_view name) {
  size_t p = 0;
  while ((p = value.find(';', p)) != std::string_view::npos) {
    std::string_view rest = Trim(value.substr(p + 1));
    ++p;
    if (!StartsWithNoCase(rest, name) || rest.size() <= name.size()) continue;
    rest.remove_prefix(name.size());
    rest = Trim(rest);
    if (rest.empty() || rest[0] != '=') continue;
    rest = Trim(rest.substr(1));
    if (!rest.empty() && rest[0] == '"') {
      const size_t close = rest.find('"', 1);
      return std::string(
          rest.substr(1, close == std::string_view::npos ? rest.size() - 1 : close - 1));
    }
    const size_t end = rest.find_first_of("; \t");
    return std::string(rest.substr(0, end));
  }
  return {};
}

// A line of a Content-Type field with the value of its boundary parameter blanked (the same
// length, so offsets stay): a boundary is the writer's random token, often digits (Python's
// "===============6241004153072892496==", JavaMail's "----=_Part_0_1732050512.16"), never
// PI, and a card number's checks pass on one in a few hundred of them.
std::string WithoutBoundary(std::string_view line) {
  std::string out(line);
  constexpr std::string_view kParam = "boundary";
  for (size_t p = 0; p + kParam.size() < out.size(); ++p) {
    if (!StartsWithNoCase(std::string_view(out).substr(p), kParam)) continue;
    if (p > 0 && out[p - 1] != ';' && out[p - 1] != ' ' && out[p - 1] != '\t') continue;
    size_t v = p + kParam.size();
    while (v < out.size() && (out[v] == ' ' || out[v] == '\t')) ++v;
    if (v >= out.size() || out[v] != '=') continue;
    ++v;
    while (v < out.size() && (out[v] == ' ' || out[v] == '\t')) ++v;
    const bool quoted = v < out.size() && out[v] == '"';
    if (quoted) ++v;
    for (; v < out.size(); ++v) {
      const char c = out[v];
      if (quoted ? c == '"' : (c == ';' || c == ' ' || c == '\t' || c == '\r')) break;
      out[v] = ' ';
    }
    p = v;
  }
  return out;
}

// Where decoded text goes: UTF-8 bytes and, for each, its input offset.
struct Sink {
  std::string* out;
  std::vector<uint32_t>* map;
  MailDecoder::Result result;

  void Bad(uint32_t at, size_t n = 1) {
    if (result.bad == 0) result.first_bad = at;
    result.bad += n;
  }

  void Raw(std::string_view bytes, uint32_t at) {  // bytes copied, mapped one to one
    out->append(bytes);
    for (size_t k = 0; k < bytes.size(); ++k) map->push_back(at + static_cast<uint32_t>(k));
  }
  // Bytes in charset cs (pos[k]: where byte k came from), as UTF-8.
  void Text(Charset cs, std::string_view bytes, const uint32_t* pos) {
    if (bytes.empty()) return;
    // Undeclared or mislabelled GBK (raw Chinese in a header, a body without a charset):
    // bytes UTF-8 cannot read that read as GB18030 are taken as GB18030.
    if (cs == Charset::kUtf8 && encoding::LooksLikeGb18030(bytes))
      cs = encoding::LooksLikeBig5(bytes) ? Charset::kBig5 : Charset::kGb18030;
    switch (cs) {
      case Charset::kUtf8:
      case Charset::kOther:
        out->append(bytes);
        map->insert(map->end(), pos, pos + bytes.size());
        return;
      case Charset::kLatin1:
        for (size_t k = 0; k < bytes.size(); ++k) {
          const unsigned char b = static_cast<unsigned char>(bytes[k]);
          const size_t before = out->size();
          utf8::Append(out, b);
          map->insert(map->end(), out->size() - before, pos[k]);
        }
        return;
      case Charset::kGb18030:
      case Charset::kBig5: {
        std::string text;
        std::vector<uint32_t> m;
        const encoding::DecodeResult r = encoding::DecodeToUtf8(
            cs == Charset::kBig5 ? TextEncoding::kBig5 : TextEncoding::kGb18030, bytes, &text, &m);
        if (r.invalid) Bad(pos[r.first_invalid], r.invalid);
        out->append(text);
        for (size_t k = 0; k < text.size(); ++k) map->push_back(pos[m[k]]);
        return;
      }
    }
  }
};

// Decodes RFC 2047 encoded words in a header line (`=?GB2312?B?1cXI/Q==?=`); the rest of the
// line is copied. `at` is the line's input offset.
void DecodeHeaderLine(std::string_view line, uint32_t at, Sink& sink) {
  size_t i = 0;
  size_t copied = 0;         // line[copied, i) is not yet written
  size_t last_word_end = std::string_view::npos;
  std::string bytes;
  std::vector<uint32_t> pos;
  while ((i = line.find("=?", i)) != std::string_view::npos) {
    // =?charset?B|Q?text?=
    const size_t q1 = line.find('?', i + 2);
    if (q1 == std::string_view::npos || q1 + 3 >= line.size() || line[q1 + 2] != '?') {
      i += 2;
      continue;
    }
    const char enc = ascii::Lower(line[q1 + 1]);
    const size_t end = line.find("?=", q1 + 3);
    if ((enc != 'b' && enc != 'q') || end == std::string_view::npos ||
        line.substr(q1 + 3, end - q1 - 3).find_first_of(" \t") != std::string_view::npos) {
      i += 2;
      continue;
    }
    // Whitespace between two encoded words is not part of the text.
    const std::string_view gap = line.substr(copied, i - copied);
    if (!(last_word_end == copied && Trim(gap).empty()))
      sink.Raw(gap, at + static_cast<uint32_t>(copied));
    std::string_view charset = line.substr(i + 2, q1 - i - 2);
    if (const size_t star = charset.find('*'); star != std::string_view::npos)
      charset = charset.substr(0, star);  // RFC 2231 language suffix
    bytes.clear();
    pos.clear();
    const size_t text_start = q1 + 3;
    auto put = [&](char b, uint32_t from) {
      bytes.push_back(b);
      pos.push_back(from);
    };
    const std::string_view text = line.substr(0, end);
    if (enc == 'b') {
      Base64Stream b64;
      for (size_t k = text_start; k < end; ++k)
        if (const int v = Base64Value(static_cast<unsigned char>(text[k])); v >= 0)  // not '='
          b64.Add(v, at + static_cast<uint32_t>(k), put);
      b64.End(put);
    } else {
      for (size_t k = text_start; k < end; ++k) {
        const uint32_t from = at + static_cast<uint32_t>(k);
        if (const int e = EscapedByte(text, k); e >= 0) {
          put(static_cast<char>(e), from);
          k += 2;
        } else {
          put(text[k] == '_' ? ' ' : text[k], from);
        }
      }
    }
    sink.Text(CharsetOf(charset), bytes, pos.data());
    i = copied = last_word_end = end + 2;
  }
  const std::string_view rest = line.substr(copied);
  if (std::none_of(rest.begin(), rest.end(),
                   [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    sink.Raw(rest, at + static_cast<uint32_t>(copied));
    return;
  }
  // Raw 8-bit text in a header (against the RFCs, but common): its charset is guessed.
  pos.clear();
  for (size_t k = copied; k < line.size(); ++k) pos.push_back(at + static_cast<uint32_t>(k));
  sink.Text(Charset::kUtf8, rest, pos.data());
}

// A parameter value in RFC 2231's extended form (charset'language'percent-encoded bytes:
// "UTF-8''%E5%AE%A2.csv"), as its raw bytes and charset; false when it is not one.
bool Rfc2231Value(std::string_view v, std::string* bytes, std::string* charset) {
  const size_t q1 = v.find('\'');
  const size_t q2 = q1 == std::string_view::npos ? q1 : v.find('\'', q1 + 1);
  if (q2 == std::string_view::npos) return false;
  *charset = std::string(v.substr(0, q1));
  bytes->clear();
  for (size_t k = q2 + 1; k < v.size(); ++k) {
    const int hi = v[k] == '%' && k + 2 < v.size() ? HexValue(v[k + 1]) : -1;
    const int lo = hi >= 0 ? HexValue(v[k + 2]) : -1;
    if (lo >= 0) {
      bytes->push_back(static_cast<char>(hi * 16 + lo));
      k += 2;
    } else {
      bytes->push_back(v[k]);
    }
  }
  return true;
}

// A parameter in RFC 2231's extended forms, as one value "charset'language'%XX...": given
// whole ("filename*=utf-8''%E5...") or continued over numbered pieces ("filename*0*=utf-8''..;
// filename*1*=%E5..", pieces without their '*' being plain text), as mail programs write a
// long name. Empty when there is none.
std::string ExtendedParam(std::string_view value, std::string_view name) {
  const std::string n(name);
  if (std::string v = Param(value, n + "*"); !v.empty()) return v;
  std::string out;
  for (int k = 0; k < 100; ++k) {
    const std::string piece = n + "*" + std::to_string(k);
    std::string v = Param(value, piece + "*");
    const bool encoded = !v.empty();
    if (!encoded) v = Param(value, piece);
    if (v.empty()) break;
    if (k == 0 && !encoded) out = "''";  // no charset: the pieces are the text
    if (encoded) {
      out += v;
    } else {
      for (const char c : v) out += c == '%' ? std::string("%25") : std::string(1, c);
    }
  }
  return out;
}

// Whether a part with this type and file name holds text worth scanning.
bool IsTextPart(const std::string& type, const std::string& filename) {
  if (type.empty() || type.rfind("text/", 0) == 0) return true;
  static constexpr std::string_view kTextTypes[] = {
      "message/delivery-status", "message/disposition-notification", "application/json",
      "application/xml", "application/csv", "application/x-csv", "application/javascript",
      "application/x-ndjson", "application/jsonl"};
  for (std::string_view t : kTextTypes)
    if (type == t) return true;
  for (std::string_view ext : {".csv", ".txt", ".json", ".jsonl", ".xml", ".log", ".vcf", ".tsv"})
    if (EndsWithNoCase(filename, ext)) return true;
  return false;
}

}  // namespace

bool MailByName(std::string_view path) {
  return EndsWithNoCase(path, ".eml") || EndsWithNoCase(path, ".mbox") ||
         EndsWithNoCase(path, ".mbx");
}

bool LooksLikeMail(std::string_view head) {
  size_t p = 0;
  bool mbox = false;
  if (head.substr(0, 5) == "From ") {
    mbox = true;
    p = head.find('\n');
    if (p == std::string_view::npos) return false;
    ++p;
  }
  bool mime = false, addressing = false;
  int fields = 0, lines = 0;
  while (p < head.size()) {
    size_t nl = head.find('\n', p);
    if (nl == std::string_view::npos) nl = head.size();
    const std::string_view raw = head.substr(p, nl - p);
    const std::string_view line = Trim(raw);
    p = nl + 1;
    if (line.empty()) break;  // the end of the header block
    if (raw[0] == ' ' || raw[0] == '\t') continue;  // a folded field goes on
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 64) return false;
    // Field names start with a letter (From, X-Mailer): a log line's timestamp does not.
    if (ascii::Lower(line[0]) < 'a' || ascii::Lower(line[0]) > 'z') return false;
    if (++lines > 200) break;  // a header block longer than this is no message's
    for (size_t k = 0; k < colon; ++k) {
      const unsigned char c = static_cast<unsigned char>(line[k]);
      if (c <= 32 || c >= 127) return false;
    }
    ++fields;
    const std::string_view name = line.substr(0, colon);
    if (EqualsNoCase(name, "mime-version") || EqualsNoCase(name, "content-type")) mime = true;
    for (std::string_view a : {"from", "to", "subject", "received", "message-id", "return-path",
                               "date"})
      if (EqualsNoCase(name, a)) addressing = true;
  }
  return addressing && (mime || (mbox && fields >= 2));
}

// ---------------------------------------------------------------------------------------

struct MailDecoder::State {
  enum class Mode { kHeaders, kBody };
  enum class Body { kPass, kBase64, kQuoted, kSkip, kCollect };
  struct Entity {
    std::string type;  // lowercase "text/plain"; empty when not given
    std::string charset, cte, boundary, filename;
    std::string filename_2231;  // filename*= or name*= (RFC 2231: charset'lang'%XX...)
  };

  Mode mode = Mode::kHeaders;
  bool started = false;
  bool mbox = false;
  bool prev_blank = true;
  std::string field;  // the header field being read, unfolded
  Entity cur;
  std::vector<std::string> boundaries;  // of the enclosing multiparts, outermost first
  Body body = Body::kPass;
  Charset charset = Charset::kUtf8;
  std::string pending;  // decoded bytes of the body not yet converted from their charset
  std::vector<uint32_t> pending_pos;
  Base64Stream b64;
  // Attachments (CollectAttachments): the one being read, those read, the bytes kept.
  size_t collect_limit = 0;  // 0: off
  std::function<bool(std::string_view)> wanted;
  size_t held = 0;
  MailDecoder::Attachment att;
  std::string att_cte;
  std::vector<MailDecoder::Attachment> done;

  void EndField() {
    if (field.empty()) return;
    const size_t colon = field.find(':');
    if (colon != std::string::npos) {
      const std::string_view name = Trim(std::string_view(field).substr(0, colon));
      const std::string_view value = Trim(std::string_view(field).substr(colon + 1));
      if (EqualsNoCase(name, "content-type")) {
        cur.type = Lower(Trim(value.substr(0, value.find(';'))));
        cur.charset = Param(value, "charset");
        cur.boundary = Param(value, "boundary");
        if (cur.filename.empty()) cur.filename = Param(value, "name");
        if (cur.filename_2231.empty()) cur.filename_2231 = ExtendedParam(value, "name");
      } else if (EqualsNoCase(name, "content-transfer-encoding")) {
        cur.cte = Lower(value);
      } else if (EqualsNoCase(name, "content-disposition")) {
        if (std::string f = Param(value, "filename"); !f.empty()) cur.filename = f;
        if (std::string f = ExtendedParam(value, "filename"); !f.empty()) cur.filename_2231 = f;
      }
    }
    field.clear();
  }

  void EndHeaders() {
    EndField();
    pending.clear();
    pending_pos.clear();
    b64 = Base64Stream();
    charset = Charset::kUtf8;
    if (cur.type.rfind("multipart/", 0) == 0) {
      if (!cur.boundary.empty()) boundaries.push_back(cur.boundary);
      mode = Mode::kBody;
      body = Body::kPass;  // the preamble
    } else if (cur.type == "message/rfc822" || cur.type == "message/global") {
      mode = Mode::kHeaders;  // the enclosed message's headers follow
    } else {
      mode = Mode::kBody;
      // A part whose name says what its text is (`客户名单.csv`) is read whatever its type
      // (application/octet-stream, application/vnd.ms-excel ...).
      const std::string name = PartName();
      if (!IsTextPart(cur.type, name)) {
        if (collect_limit > 0 && !name.empty() && wanted && wanted(name)) StartAttachment(name);
        else body = Body::kSkip;
      } else {
        charset = CharsetOf(cur.charset);
        body = cur.cte == "base64"             ? Body::kBase64
               : cur.cte == "quoted-printable" ? Body::kQuoted
                                               : Body::kPass;
      }
    }
    cur = Entity();
  }

  // The part's file name as UTF-8: RFC 2231's form first, else the plain parameter with its
  // encoded words decoded; empty without one.
  std::string PartName() const {
    std::string decoded;
    std::vector<uint32_t> map;
    Sink s{&decoded, &map, {}};
    std::string bytes, cs;
    if (!cur.filename_2231.empty() && Rfc2231Value(cur.filename_2231, &bytes, &cs)) {
      const std::vector<uint32_t> positions(bytes.size(), 0);  // not `map`: Text appends to it
      s.Text(CharsetOf(cs), bytes, positions.data());
    } else if (!cur.filename.empty()) {
      DecodeHeaderLine(cur.filename, 0, s);
    }
    return decoded;
  }

  void StartAttachment(const std::string& name) {
    std::string_view base = name;
    if (const size_t slash = base.find_last_of("/\\"); slash != std::string_view::npos)
      base.remove_prefix(slash + 1);  // "C:\\报表\\客户.xlsx": the name, not the sender's path
    att = MailDecoder::Attachment();
    att.name = utf8::EscapeControls(base.empty() ? "attachment" : base);
    att_cte = cur.cte;
    b64 = Base64Stream();
    body = Body::kCollect;
  }
  // One line of an attachment's body, decoded into its bytes.
  void CollectLine(std::string_view line, bool nl) {
    if (att.dropped) return;
    const size_t before = att.bytes.size();
    auto put = [this](char b, uint32_t) { att.bytes.push_back(b); };
    auto ignore = [](uint32_t) {};  // an attachment's bytes have no place in the text
    if (att_cte == "base64") {
      Base64Line(line, 0, put, ignore);
    } else if (att_cte == "quoted-printable") {
      QuotedLine(line, 0, nl, put, ignore);
    } else {  // 7bit, 8bit, binary: as it is
      att.bytes.append(line);
      if (nl) att.bytes.push_back('\n');
    }
    Account(before);
  }
  // Counts the bytes the attachment grew by since it had `before`; past the limit it is
  // dropped (what it held is given back).
  void Account(size_t before) {
    held += att.bytes.size() - before;
    if (held > collect_limit) {
      held -= att.bytes.size();
      std::string().swap(att.bytes);
      att.dropped = true;
    }
  }
  // The attachment being read ends (at a boundary, a mailbox's next message, the input's end).
  void EndAttachment(bool cut) {
    if (body != Body::kCollect) return;
    if (att_cte == "base64" && !att.dropped) {
      const size_t before = att.bytes.size();
      b64.End([this](char b, uint32_t) { att.bytes.push_back(b); });
      Account(before);
    }
    att.cut = cut;
    done.push_back(std::move(att));
    att = MailDecoder::Attachment();
    body = Body::kSkip;
  }

  // Converts the pending bytes. At a piece's end (`keep_tail`) a character cut by the end
  // stays pending for the next piece, whose Decode moves its offsets to that piece's start.
  void Flush(Sink& sink, bool keep_tail = false) {
    const size_t cut = keep_tail ? CompletePrefix() : pending.size();
    sink.Text(charset, std::string_view(pending).substr(0, cut), pending_pos.data());
    pending.erase(0, cut);
    pending_pos.erase(pending_pos.begin(), pending_pos.begin() + static_cast<long>(cut));
  }
  // How many pending bytes form whole characters in the part's charset.
  size_t CompletePrefix() const {
    const auto* p = reinterpret_cast<const unsigned char*>(pending.data());
    const size_t n = pending.size();
    if (charset == Charset::kGb18030) {
      size_t i = 0;
      while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x81 || b == 0xFF) {
          ++i;
          continue;
        }
        if (i + 1 >= n) break;  // a lead byte at the end
        const unsigned char t = p[i + 1];
        if (t >= 0x30 && t <= 0x39) {  // a four-byte form
          if (i + 3 >= n) break;
          i += 4;
          continue;
        }
        ++i;  // a two-byte form's lead (or a stray byte): its trail follows
        if (t >= 0x40 && t != 0x7F && t != 0xFF) ++i;
      }
      return i;
    }
    if (charset == Charset::kBig5) {  // two-byte characters, leads 0x81-0xFE
      size_t i = 0;
      while (i < n) {
        if (p[i] < 0x81 || p[i] == 0xFF) {
          ++i;
          continue;
        }
        if (i + 1 >= n) break;  // a lead byte at the end
        i += 2;
      }
      return i;
    }
    if (charset == Charset::kUtf8) {
      // Back over continuation bytes to the last character's first byte.
      size_t i = n;
      size_t back = 0;
      while (i > 0 && back < 3 && (p[i - 1] & 0xC0) == 0x80) {
        --i;
        ++back;
      }
      if (i == 0) return n;
      const unsigned char lead = p[i - 1];
      const size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      return need > back + 1 ? i - 1 : n;
    }
    return n;
  }

  void PutByte(char b, uint32_t at) {
    pending.push_back(b);
    pending_pos.push_back(at);
  }

  // One line of a base64 body: put(byte, at) for each decoded byte, bad(at) for a character
  // that is no base64 (blanks aside). Text parts and attachments decode the same way.
  template <typename Put, typename Bad>
  void Base64Line(std::string_view line, uint32_t at, Put put, Bad bad) {
    for (size_t k = 0; k < line.size(); ++k) {
      const char c = line[k];
      const uint32_t from = at + static_cast<uint32_t>(k);
      if (const int v = Base64Value(static_cast<unsigned char>(c)); v >= 0)
        b64.Add(v, from, put);
      else if (c == '=')  // padding ends the data
        b64.End(put);
      else if (c != ' ' && c != '\t' && c != '\r')
        bad(from);
    }
  }

  // One line of a quoted-printable body, the same way; a broken escape is kept as it is.
  template <typename Put, typename Bad>
  void QuotedLine(std::string_view line, uint32_t at, bool nl, Put put, Bad bad) {
    std::string_view l = line;
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ' || l.back() == '\t'))
      l.remove_suffix(1);
    const bool soft = !l.empty() && l.back() == '=';
    if (soft) l.remove_suffix(1);
    for (size_t k = 0; k < l.size(); ++k) {
      const uint32_t from = at + static_cast<uint32_t>(k);
      if (const int e = EscapedByte(l, k); e >= 0) {
        put(static_cast<char>(e), from);
        k += 2;
        continue;
      }
      if (l[k] == '=') bad(from);
      put(l[k], from);
    }
    if (!soft && nl) put('\n', at + static_cast<uint32_t>(line.size()));
  }

  // One line of the input (without its '\n'; `nl`: whether it had one).
  void Line(std::string_view line, uint32_t at, bool nl, Sink& sink) {
    const std::string_view bare = Trim(line);
    auto raw = [&] {
      sink.Raw(line, at);
      if (nl) sink.Raw("\n", at + static_cast<uint32_t>(line.size()));
    };
    if (!started) {
      started = true;
      if (line.substr(0, 5) == "From ") {
        mbox = true;
        raw();
        prev_blank = false;
        return;
      }
    }
    // mbox: a "From " line after a blank line starts the next message.
    if (mbox && prev_blank && line.substr(0, 5) == "From " && mode == Mode::kBody) {
      EndAttachment(/*cut=*/true);  // a message without its closing boundary
      Flush(sink);
      boundaries.clear();
      cur = Entity();
      field.clear();
      mode = Mode::kHeaders;
      raw();
      prev_blank = false;
      return;
    }
    prev_blank = bare.empty();
    if (mode == Mode::kHeaders) {
      if (bare.empty()) {
        EndHeaders();
        raw();
        return;
      }
      // Unfolded without the line ends' CRs (a CRLF message's folded parameters).
      const std::string_view content =
          line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
      if (line[0] == ' ' || line[0] == '\t') {
        field.append(content);
      } else {
        EndField();
        field.assign(content);
      }
      if (StartsWithNoCase(field, "content-type"))
        DecodeHeaderLine(WithoutBoundary(line), at, sink);
      else
        DecodeHeaderLine(line, at, sink);
      if (nl) sink.Raw("\n", at + static_cast<uint32_t>(line.size()));
      return;
    }
    // A boundary of this multipart or of one around it.
    if (!boundaries.empty() && bare.size() > 2 && bare[0] == '-' && bare[1] == '-') {
      for (size_t level = boundaries.size(); level-- > 0;) {
        const std::string& b = boundaries[level];
        const std::string_view tail = bare.substr(2);
        if (tail.substr(0, b.size()) != b) continue;
        const std::string_view after = tail.substr(b.size());
        if (!after.empty() && after != "--") continue;
        EndAttachment(/*cut=*/false);
        Flush(sink);
        // "--" and blanks for the boundary (see WithoutBoundary), its line end as it is.
        std::string blanked(line);
        for (size_t k = 2 + static_cast<size_t>(bare.data() - line.data()); k < line.size(); ++k)
          if (blanked[k] != '\r') blanked[k] = ' ';
        sink.Raw(blanked, at);
        if (nl) sink.Raw("\n", at + static_cast<uint32_t>(line.size()));
        boundaries.resize(level + 1);
        if (after == "--") {  // the multipart's end: its epilogue follows
          boundaries.pop_back();
          mode = Mode::kBody;
          body = Body::kPass;
          charset = Charset::kUtf8;
        } else {
          mode = Mode::kHeaders;
          cur = Entity();
          field.clear();
        }
        return;
      }
    }
    auto put_text = [this](char b, uint32_t from) { PutByte(b, from); };
    auto bad_text = [&sink](uint32_t from) { sink.Bad(from); };
    switch (body) {
      case Body::kSkip:
        return;
      case Body::kCollect:
        CollectLine(line, nl);
        return;
      case Body::kBase64:
        Base64Line(line, at, put_text, bad_text);
        return;
      case Body::kQuoted:
        QuotedLine(line, at, nl, put_text, bad_text);
        return;
      case Body::kPass:
        for (size_t k = 0; k < line.size(); ++k) PutByte(line[k], at + static_cast<uint32_t>(k));
        if (nl) PutByte('\n', at + static_cast<uint32_t>(line.size()));
        return;
    }
  }
};

MailDecoder::MailDecoder() : s_(std::make_unique<State>()) {}
MailDecoder::~MailDecoder() = default;

void MailDecoder::CollectAttachments(size_t max_bytes,
                                     std::function<bool(std::string_view)> wanted) {
  s_->collect_limit = max_bytes;
  s_->wanted = std::move(wanted);
}

std::vector<MailDecoder::Attachment> MailDecoder::TakeAttachments(bool at_end) {
  if (at_end) s_->EndAttachment(/*cut=*/true);
  std::vector<Attachment> out = std::move(s_->done);
  s_->done.clear();
  for (const Attachment& a : out) s_->held -= a.bytes.size();
  return out;
}

MailDecoder::Result MailDecoder::Decode(std::string_view piece, std::string* out,
                                        std::vector<uint32_t>* map) {
  Sink sink{out, map, {}};
  // A base64 group or a character cut by the previous piece's end: its bytes are placed at
  // this piece's start (offsets are relative to it).
  for (uint32_t& p : s_->b64.pos) p = 0;
  for (uint32_t& p : s_->pending_pos) p = 0;
  size_t p = 0;
  while (p < piece.size()) {
    const size_t nl = piece.find('\n', p);
    const size_t end = nl == std::string_view::npos ? piece.size() : nl;
    s_->Line(piece.substr(p, end - p), static_cast<uint32_t>(p), nl != std::string_view::npos,
             sink);
    p = end + 1;
  }
  s_->Flush(sink, /*keep_tail=*/true);
  return sink.result;
}

}  // namespace piguard::formats
