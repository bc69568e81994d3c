// Context for candidates: the field a value sits under (CSV column, JSON path, key=value
// key, XML element, HTML label), hotwords near it, and the likelihood they give.
#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#include "core/utf8.h"
#include "detect/chinese.h"
#include "detect/lexicon.h"
#include "detect/segment_scan.h"
#include "detect/validators.h"

namespace piguard::detail {

using L = Likelihood;
// HTML elements that carry no meaning of their own: their label is the text before them.
bool IsPresentationTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"span", "td", "th", "div", "p", "b", "i", "em",
                                               "strong", "font", "li", "dd", "dt", "label", "a",
                                               "small", "u", "code", "pre", "br"};
  std::string lower;
  for (char c : tag) lower.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
  for (auto t : kTags)
    if (lower == t) return true;
  return false;
}

// Context

size_t SegmentScan::CjkRunStart(size_t end, int max_chars) const {
  size_t p = end;
  for (int chars = 0; chars < max_chars && p >= 3; ++chars) {
    const size_t q = utf8::StartOfCodePoint(t_, p - 1);
    int len = 0;
    if (!utf8::IsCjk(utf8::Decode(t_, q, &len))) break;
    p = q;
  }
  return p;
}

size_t SegmentScan::CjkRunEnd(size_t p, size_t limit) const {
  int len = 0;
  while (p < n_ && p < limit && utf8::IsCjk(utf8::Decode(t_, p, &len)))
    p += static_cast<size_t>(len);
  return p;
}

const FieldClass* SegmentScan::FieldLookup(size_t s, std::string_view* key) {
#if defined(__x86_64__)
  // The common case: "key=value" or "key:value" with an ASCII key of 1 to 15 bytes right
  // before the separator and 16 bytes of the segment before that. One 16-byte load finds
  // where the key starts and gives its cache words; FieldAtGeneral would find the same key
  // (no quote or space to step over, and its KeyStart stops at the same byte).
  if (!reference_ && s > 16 && (t_[s - 1] == '=' || t_[s - 1] == ':')) {
    const char* ke = t_.data() + s - 1;
    const uint32_t other =
        ~KeyByteMask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(ke - 16))) & 0xFFFFu;
    // Bit 15 (the byte before the separator) is a key byte, and some byte of the 16 is not.
    if (other - 1 < 0x7FFFu) {
      const unsigned run = KeyRunFromOther(other);
      // A number after a Chinese label (联系人1：): FieldAtGeneral takes the label as the key.
      if (run <= 2 && static_cast<unsigned char>(ke[-static_cast<int>(run) - 1]) >= 0x80)
        return FieldAtGeneral(s, key);
      uint64_t w0;
      uint64_t w1;
      std::memcpy(&w0, ke - 16, 8);
      std::memcpy(&w1, ke - 8, 8);
      w0 &= kKeyTailMask[run].w0;
      w1 &= kKeyTailMask[run].w1;
      const FieldClass* fc = CachedKeyClass(run, w0, w1);
      // (A call here would cost every hit a frame; a CEF custom field's label is looked up
      // there too.)
      if (!fc || fc->named_on_line) return FieldKeyMiss(s, run, key);
      const std::string_view found(ke - run, run);
      memo_pos_ = s;
      memo_fc_ = fc;
      memo_key_ = found;
      *key = found;
      return fc;
    }
  }
#endif
  return FieldAtGeneral(s, key);
}

// FieldLookup's common case when the key cache does not hold the key (of key_len bytes,
// ending right before the separator at s - 1).
__attribute__((noinline)) const FieldClass* SegmentScan::FieldKeyMiss(size_t s, size_t key_len,
                                                                      std::string_view* key) {
  std::string_view found = t_.substr(s - 1 - key_len, key_len);
  memo_pos_ = s;  // before the lookup: a cache fill resets it
  const FieldClass* fc = ClassifyKey(found);
  if (fc->named_on_line) fc = LineNamedClass(s - 1 - key_len, &found);
  memo_fc_ = fc;
  memo_key_ = found;
  *key = found;
  return fc;
}

// The value of a key="..." or name="..." attribute (either quote) in the start tag's
// attributes t_[from, to), when it looks like a key (1-48 key bytes); else "". Java
// properties XML (<entry key="db.password">), Spring and SOAP parameter lists
// (<param name="custName">) name their values so.
std::string_view SegmentScan::KeyAttribute(size_t from, size_t to) const {
  // <Doc type="往来港澳通行证">: a type attribute names the value when no key or name does.
  std::string_view type;
  for (size_t p = from; p + 6 < to; ++p) {
    if (t_[p] != ' ') continue;
    size_t a = p + 1;
    const bool is_type = StartsAt(a, "type=");
    size_t len = StartsAt(a, "key=") ? 3 : StartsAt(a, "name=") || is_type ? 4 : 0;
    if (!len) continue;
    const char quote = At(a + len + 1);
    if (quote != '"' && quote != '\'') continue;
    const size_t vs = a + len + 2;
    size_t ve = vs;
    while (ve < to && ve - vs <= 48 &&
           (IsAlnum(t_[ve]) || t_[ve] == '_' || t_[ve] == '-' || t_[ve] == '.' ||
            static_cast<unsigned char>(t_[ve]) >= 0x80))
      ++ve;
    if (ve == vs || ve - vs > 48 || ve >= to || t_[ve] != quote) {
      if (is_type) continue;
      return {};
    }
    if (!is_type) return t_.substr(vs, ve - vs);
    if (type.empty()) type = t_.substr(vs, ve - vs);
  }
  return type;
}

// For a <Value> element whose '<' is at t_[lt]: the text of a <Name> element that ends right
// before it (blanks between allowed), its last dotted part ("KeyPassphrase" for
// "InternetGatewayDevice.WLANConfiguration.1.KeyPassphrase"); "" when there is none.
std::string_view SegmentScan::ElementNameBefore(size_t lt) const {
  size_t e = lt;
  while (e > 0 && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\n' || t_[e - 1] == '\r') &&
         lt - e < 16)
    --e;
  constexpr std::string_view kClose = "</Name>";
  if (e < kClose.size() || t_.substr(e - kClose.size(), kClose.size()) != kClose) return {};
  const size_t te = e - kClose.size();
  size_t ts = te;
  while (ts > 0 && te - ts < 128 && t_[ts - 1] != '>' && t_[ts - 1] != '<' && t_[ts - 1] != '.')
    --ts;
  if (ts == 0 || ts == te || t_[ts - 1] == '<') return {};
  return t_.substr(ts, te - ts);
}

// The key of the JSON object that holds the member whose key starts at t_[key_start]
// ("出生" for {"出生": {"location": {...}, "words": ...}}), looking back at most 240 bytes on
// the same line; "" when there is none.
std::string_view SegmentScan::ParentKey(size_t key_start) const {
  int depth = 0;
  size_t q = key_start;
  while (q > 0 && key_start - q < 240) {
    const char c = t_[--q];
    if (c == '\n') return {};
    if (c == '}') ++depth;
    else if (c == '{' && depth-- == 0) break;
  }
  if (q == 0 || t_[q] != '{') return {};
  size_t e = q;
  while (e > 0 && t_[e - 1] == ' ') --e;
  if (e < 3 || t_[e - 1] != ':') return {};
  --e;
  while (e > 0 && t_[e - 1] == ' ') --e;
  return QuotedWordEndingAt(e);
}

std::string_view SegmentScan::QuotedWordEndingAt(size_t e) const {
  if (e < 2 || t_[e - 1] != '"') return {};
  const size_t ke = e - 1;
  size_t ks = ke;
  while (ks > 0 && ke - ks < 48 && t_[ks - 1] != '"' && t_[ks - 1] != '\n') --ks;
  if (ks == 0 || t_[ks - 1] != '"' || ks == ke) return {};
  return t_.substr(ks, ke - ks);
}

// The start of a redis-cli reply's line that ends at `quote` (the value's opening quote):
// blanks, a number, ") ". SIZE_MAX when the line does not start so.
size_t SegmentScan::RedisReplyLineStart(size_t quote) const {
  if (quote < 3 || t_[quote - 1] != ' ' || t_[quote - 2] != ')' || !IsDigit(t_[quote - 3]))
    return SIZE_MAX;
  size_t b = quote - 3;
  while (b > 0 && IsDigit(t_[b - 1]) && quote - b < 8) --b;
  while (b > 0 && t_[b - 1] == ' ' && quote - b < 12) --b;
  return b == 0 || t_[b - 1] == '\n' ? b : SIZE_MAX;
}

std::string_view SegmentScan::RedisFieldAbove(size_t quote) const {
  const size_t line = RedisReplyLineStart(quote);
  if (line == SIZE_MAX || line < 6) return {};
  // The line above: ` 7) "token"`, maybe with a '\r'.
  size_t e = line - 1;  // its '\n'
  if (e > 0 && t_[e - 1] == '\r') --e;
  const std::string_view field = QuotedWordEndingAt(e);
  if (field.empty()) return {};
  const size_t ks = static_cast<size_t>(field.data() - t_.data());
  if (RedisReplyLineStart(ks - 1) == SIZE_MAX) return {};
  // Field names are words (name, token, cert, login_ip), not values of their own.
  for (char c : field)
    if (!(IsAlnum(c) || c == '_' || c == '-' || c == '.' || c == ':')) return {};
  return field;
}

// A log message's field written as an identifier, one blank and the quoted value, as
// formatted messages put one ("valid cert_no \"3301...\" for cust_name \"侯平\""): the
// identifier ending at t_[ke] names the value at t_[s] when it is snake_case (an '_'
// inside: prose has no such words) and names a type.
const FieldClass* SegmentScan::SnakeKeyBeforeQuote(size_t ke, size_t s, std::string_view* key) {
  size_t ks = ke + 1;
  bool underscore = false;
  while (ks > 0 && ke + 1 - ks < 40 && (IsAlnum(t_[ks - 1]) || t_[ks - 1] == '_')) {
    underscore |= t_[ks - 1] == '_';
    --ks;
  }
  if (!underscore || ke + 1 - ks < 4 || t_[ks] == '_' || t_[ke] == '_' ||
      (ks > 0 && (IsAlnum(t_[ks - 1]) || t_[ks - 1] == '_' || t_[ks - 1] == '.')))
    return nullptr;
  const std::string_view word = t_.substr(ks, ke + 1 - ks);
  const FieldClass* fc = ClassifyKey(word);
  if (fc->type_mask == 0) return nullptr;
  memo_pos_ = s;
  memo_fc_ = fc;
  memo_key_ = word;
  *key = word;
  return fc;
}

// FieldAt's every case: quotes and spaces around the separator, XML elements and HTML
// labels, long keys and Chinese keys.
__attribute__((noinline)) const FieldClass* SegmentScan::FieldAtGeneral(size_t s,
                                                                         std::string_view* key) {
  memo_pos_ = s;
  memo_fc_ = nullptr;
  memo_key_ = {};
  // key=value, key: value, "key":"value", key：value (normalized), 手机号：value.
  size_t p = s;
  if (p > 0 && (t_[p - 1] == '"' || t_[p - 1] == '\'')) {
    --p;
    if (p > 0 && t_[p - 1] == '\\') --p;  // JSON in a JSON string: {\"name\":\"王芳\"}
  }
  // redis-cli's reply to HGETALL or HMGET with field names: ` 7) "token"` on one line, then
  // ` 8) "kKdEzm..."`: the field on the line above names the value.
  if (p < s && t_[p] == '"') {
    if (std::string_view field = RedisFieldAbove(p); !field.empty()) {
      memo_fc_ = ClassifyKey(field);
      memo_key_ = field;
      *key = field;
      return memo_fc_;
    }
  }
  // Blanks: one or two in "key: value"; up to twelve before a key's ':' or '=' where code
  // aligns its values (Go's `Name:     "莫明卓",`, YAML and Java constants).
  const size_t before_blanks = p;
  while (p > 0 && t_[p - 1] == ' ' && s - p < 3) --p;
  if (size_t q = p; q > 0 && (t_[q - 1] == ' ' || t_[q - 1] == '\t')) {
    while (q > 0 && (t_[q - 1] == ' ' || t_[q - 1] == '\t') && before_blanks - q < 12) --q;
    if (q > 0 && (t_[q - 1] == ':' || t_[q - 1] == '=')) p = q;
  }
  if (p > 0 && t_[p - 1] == '>') {
    // <CustName>王小明</CustName>: the element name is the key.
    size_t lt = p - 1;
    while (lt > 0 && s - lt < 64 && t_[lt - 1] != '<' && t_[lt - 1] != '>' && t_[lt - 1] != '\n') --lt;
    if (lt == 0 || t_[lt - 1] != '<' || t_[lt] == '/') return nullptr;
    size_t ke = lt;
    while (ke < p - 1 && (IsAlnum(t_[ke]) || t_[ke] == '_' || t_[ke] == '-' || t_[ke] == ':')) ++ke;
    if (ke == lt) return nullptr;
    std::string_view tag = t_.substr(lt, ke - lt);
    if (!IsPresentationTag(tag)) {
      // <entry key="msisdn">, <param name="custName">: the attribute names the value.
      if (std::string_view named = KeyAttribute(ke, p - 1); !named.empty()) tag = named;
      // A name/value pair of elements, as TR-069's ParameterValueStruct writes one:
      // <Name>...KeyPassphrase</Name><Value xsi:type="xsd:string">...</Value>.
      else if (tag == "Value" || tag == "value") {
        if (std::string_view named = ElementNameBefore(lt - 1); !named.empty()) tag = named;
      }
      // An Excel 2003 XML sheet's cell: named by the cell above it in the table's first row.
      else if (tag == "Data" || tag == "ss:Data") {
        if (std::string_view header = SpreadsheetColumnAt(lt - 1); !header.empty()) tag = header;
      }
      memo_fc_ = ClassifyKey(tag);
      memo_pos_ = s;
      memo_key_ = tag;
      *key = tag;
      return memo_fc_;
    }
    // A presentation element (<span>, <td>): the label is the text before it, as in
    // "收货地址：<span>..." or "<td>姓名</td><td>...".
    p = lt - 1;
    if (p >= 5 && t_[p - 1] == '>') {  // skip one closing tag: </td>
      size_t q = p - 1;
      while (q > 0 && p - q < 12 && t_[q - 1] != '<') --q;
      if (q > 0 && t_[q] == '/') p = q - 1;
    }
    size_t le = p;
    while (le > 0 && (t_[le - 1] == ':' || t_[le - 1] == ' ')) --le;
    size_t lb = le;
    for (int chars = 0; chars < 8 && lb > 0; ++chars) {
      size_t q = utf8::StartOfCodePoint(t_, lb - 1);
      int len = 0;
      uint32_t cp = utf8::Decode(t_, q, &len);
      if (!(utf8::IsCjk(cp) || IsAlnum(t_[q]) || t_[q] == '_')) break;
      lb = q;
    }
    if (lb == le) return nullptr;
    memo_fc_ = ClassifyKey(t_.substr(lb, le - lb));
    memo_pos_ = s;
    memo_key_ = std::string_view();  // label text may itself be PI: not echoed
    *key = std::string_view();
    return memo_fc_;
  }
  if (p > 0 && (t_[p - 1] == ',' || t_[p - 1] == '(')) {
    // A value of a SQL statement's tuple: its column is its key.
    std::string_view column;
    if (const FieldClass* fc = SqlColumnAt(s, &column)) {
      memo_pos_ = s;
      memo_fc_ = fc;
      memo_key_ = column;
      *key = column;
      return fc;
    }
    // A call's only or first argument, in code: the method names it when it names a type
    // (a builder's `.name("周逸华")`, `setMobile("1381...")`, `withIdCard(...)`).
    if (t_[p - 1] == '(' && p >= 2 && IsAlnum(t_[p - 2])) {
      const size_t ke = p - 1;
      size_t ks = KeyStart(ke, 32);
      while (ks < ke && !IsAlnum(t_[ks])) ++ks;  // the '.' of a call on an object
      if (ks < ke && !IsDigit(t_[ks])) {
        const std::string_view method = t_.substr(ks, ke - ks);
        const FieldClass* fc = ClassifyKey(method);
        if (fc->type_mask != 0) {
          memo_pos_ = s;
          memo_fc_ = fc;
          memo_key_ = method;
          *key = method;
          return fc;
        }
      }
    }
    return nullptr;
  }
  if (p > 0 && p + 1 == before_blanks && before_blanks < s && IsAlnum(t_[p - 1]))
    return SnakeKeyBeforeQuote(p - 1, s, key);
  if (p == 0 || (t_[p - 1] != '=' && t_[p - 1] != ':')) return nullptr;
  --p;
  // "SET mobile = '...'", and the aligned columns of decoded records and dumps
  // ("servedIMEISV                  : 8664...").
  while (p > 0 && (t_[p - 1] == ' ' || t_[p - 1] == '\t') && s - p < 40) --p;
  if (p > 0 && t_[p - 1] == '"') {
    --p;
    if (p > 0 && t_[p - 1] == '\\') --p;
  }
  size_t ke = p;
  // A key glossed in brackets, as tshark decodes a field: "ECI (E-UTRAN Cell Identifier):
  // 96400914" is named by the word before the bracket.
  if (ke > 3 && t_[ke - 1] == ')') {
    size_t open = ke - 1;
    while (open > 0 && ke - open < 64 && t_[open - 1] != '(' && t_[open - 1] != '\n') --open;
    if (open > 2 && t_[open - 1] == '(' && t_[open - 2] == ' ') ke = open - 2;
  }
  p = KeyStart(ke, 48);
  bool cjk_key = false;
  // A numbered Chinese label (联系人1：, 担保人2：): the digits alone name nothing; the
  // characters before them are the key.
  if (p < ke && ke - p <= 2 && p >= 3 && static_cast<unsigned char>(t_[p - 1]) >= 0x80 &&
      IsDigit(t_[p]) && IsDigit(t_[ke - 1]))
    ke = p;
  if (p == ke) {
    // A Chinese key ("手机号：", "出生日期:") of up to six characters.
    cjk_key = true;
    p = CjkRunStart(ke, 6);
    if (p == ke) return nullptr;
  }
  std::string_view found = t_.substr(p, ke - p);
  memo_fc_ = ClassifyKey(found);
  if (memo_fc_->named_on_line) memo_fc_ = LineNamedClass(p, &found);
  // OCR and NLP APIs wrap each value in an object: {"出生": {"location": {...}, "words":
  // "19501128"}}. A generic member name says nothing; the key that opened the object does.
  if (memo_fc_->type_mask == 0 && (found == "words" || found == "word" || found == "text")) {
    if (std::string_view parent = ParentKey(p); !parent.empty()) {
      memo_fc_ = ClassifyKey(parent);
      memo_key_ = std::string_view();  // a Chinese label may itself be PI: not echoed
      *key = std::string_view();
      return memo_fc_;
    }
  }
  // A Chinese "key" in running text may itself hold PI ("联系人王芳：138..."): use it for
  // context, never echo it as the field name.
  // *key is set from the local, not read back from memo_key_: a 16-byte load of what two
  // 8-byte stores just wrote cannot be forwarded and stalls (measured: a quarter of FieldAt).
  const std::string_view shown_key = cjk_key ? std::string_view() : found;
  memo_key_ = shown_key;
  *key = shown_key;
  return memo_fc_;
}

// The header of the SpreadsheetML (Excel 2003 XML) cell whose <Data> element opens at
// t_[data_lt]: the text of the cell in the same column of its table's first <Row>
// (ss:Index="N" skips to column N), or "" when the table starts before the segment, the
// value is in the first row itself, or the header cell is longer than 64 bytes. The header
// row found is kept (scr_.sheet) for the rows after it.
std::string_view SegmentScan::SpreadsheetColumnAt(size_t data_lt) {
  const std::string_view head = t_.substr(0, data_lt);
  const size_t cell = head.rfind("<Cell");
  if (cell == std::string_view::npos || data_lt - cell > 256) return {};
  const size_t row = head.rfind("<Row", cell);
  if (row == std::string_view::npos || cell - row > 65536) return {};
  // Walks the <Cell tags from a row's start at `from` (not past `until`), calling
  // at(cell, column) with each cell's column (the next one, or ss:Index="N" - 1) until it
  // returns true; returns the cell it stopped at, or npos.
  auto walk_cells = [&](size_t from, size_t until, auto&& at) -> size_t {
    size_t column = SIZE_MAX;  // before the first cell: the next is column 0
    for (size_t c = t_.find("<Cell", from); c != std::string_view::npos && c <= until;
         c = t_.find("<Cell", c + 5)) {
      ++column;
      const size_t tag_end = t_.find('>', c);
      if (tag_end == std::string_view::npos) break;
      const std::string_view attrs = t_.substr(c, tag_end - c);
      if (const size_t ix = attrs.find("ss:Index=\""); ix != std::string_view::npos) {
        size_t n = 0;
        for (size_t k = ix + 10; k < attrs.size() && IsDigit(attrs[k]) && n < 100000; ++k)
          n = n * 10 + static_cast<size_t>(attrs[k] - '0');
        if (n >= 1) column = n - 1;
      }
      if (at(c, column)) return c;
    }
    return std::string_view::npos;
  };
  auto& m = scr_.sheet;
  // The memo holds while the row is after its header row and before the next table.
  if (!sheet_memo_ || row < m.header_row || row > m.next_table) {
    const size_t table = head.rfind("<Table", row);
    if (table == std::string_view::npos) return {};
    const size_t first_row = t_.find("<Row", table);
    if (first_row == std::string_view::npos) return {};
    const size_t end = t_.find("</Row>", first_row);
    if (end == std::string_view::npos) return {};
    m.header_row = first_row;
    m.header_end = end;
    m.next_table = t_.find("<Table", end);  // npos (SIZE_MAX) when none
    sheet_memo_ = true;
  }
  if (row <= m.header_row) return {};
  size_t column = 0;
  walk_cells(row, cell, [&](size_t c, size_t col) {
    column = col;
    return c == cell;
  });
  // The header row's cell of that column, and its <Data> text.
  const std::string_view header_row = t_.substr(0, m.header_end);
  const size_t c = walk_cells(m.header_row, m.header_end,
                              [&](size_t, size_t col) { return col == column; });
  if (c == std::string_view::npos) return {};
  const size_t data = header_row.find("<Data", c);
  const size_t open_end = data == std::string_view::npos ? data : header_row.find('>', data);
  const size_t close =
      open_end == std::string_view::npos ? open_end : header_row.find("</Data>", open_end);
  if (close == std::string_view::npos || close - open_end - 1 > 64) return {};
  return t_.substr(open_end + 1, close - open_end - 1);
}

// The class of a field named elsewhere on its line (FieldClass::named_on_line), the key at
// t_[key_start] being *key:
// - a CEF custom field (its name ends in a digit): *key gets the text of "<name>Label=" from
//   the same line, before or after it, up to the next " name=" or the end ("cs3Label=
//   Counterparty cs3=冯敏霞" gives Counterparty), and its class is returned;
// - a column's value (before=, old=, new= ...): *key gets the column that the nearest col=,
//   column= or field= before it on the line names, up to 256 bytes back ("col=cust_name
//   rule=MASK_NAME before=邹涛波" gives cust_name), when that names a type;
// else the field's own class (no type).
const FieldClass* SegmentScan::LineNamedClass(size_t key_start, std::string_view* key) {
  const std::string_view name = *key;
  if (!name.empty() && !IsDigit(name.back())) return ColumnNamedBefore(key_start, key);
  size_t ls = key_start;
  while (ls > 0 && key_start - ls < 4096 && t_[ls - 1] != '\n') --ls;
  size_t le = key_start;
  while (le < n_ && le - key_start < 4096 && t_[le] != '\n') ++le;
  const std::string_view line = t_.substr(ls, le - ls);
  for (size_t at = line.find(name); at != std::string_view::npos; at = line.find(name, at + 1)) {
    const size_t v = at + name.size() + 6;  // after "Label="
    if ((at > 0 && line[at - 1] != ' ' && line[at - 1] != '|') ||
        line.substr(at + name.size(), 6) != "Label=")
      continue;
    size_t e = v;
    // The value ends where the next key starts: a blank, a word and '='.
    while (e < line.size() && line[e] != '|') {
      if (line[e] == ' ') {
        size_t w = e + 1;
        while (w < line.size() && (IsAlnum(line[w]) || line[w] == '_')) ++w;
        if (w > e + 1 && w < line.size() && line[w] == '=') break;
      }
      ++e;
    }
    if (e == v || e - v > 64) break;
    *key = t_.substr(ls + v, e - v);
    return ClassifyKey(*key);
  }
  return ClassifyKey(name);
}

const FieldClass* SegmentScan::ColumnNamedBefore(size_t key_start, std::string_view* key) {
  const std::string_view name = *key;
  size_t ls = key_start;
  while (ls > 0 && key_start - ls < 256 && t_[ls - 1] != '\n') --ls;
  const std::string_view before = t_.substr(ls, key_start - ls);
  // The keys are looked for case-blind (COLUMN=, Field=); `before` keeps the column's case.
  std::string lower(before);
  for (char& c : lower) c = Lower(c);
  size_t best = std::string_view::npos, value = 0;
  for (std::string_view k : {std::string_view("col="), std::string_view("column="),
                             std::string_view("field="), std::string_view("col_name="),
                             std::string_view("column_name="), std::string_view("field_name=")}) {
    for (size_t at = lower.rfind(k); at != std::string_view::npos;
         at = at ? lower.rfind(k, at - 1) : std::string_view::npos) {
      if (at > 0 && (IsAlnum(before[at - 1]) || before[at - 1] == '_' || before[at - 1] == '.'))
        continue;  // protocol=, subfield=
      if (best == std::string_view::npos || at > best) {
        best = at;
        value = at + k.size();
      }
      break;
    }
  }
  if (best == std::string_view::npos) return ClassifyKey(name);
  size_t e = value;
  while (e < before.size() && e - value < 64 &&
         (IsAlnum(before[e]) || before[e] == '_' || before[e] == '-' || before[e] == '.'))
    ++e;
  if (e == value) return ClassifyKey(name);
  const std::string_view column = before.substr(value, e - value);
  const FieldClass* fc = ClassifyKey(column);
  if (fc->type_mask == 0) return ClassifyKey(name);
  *key = column;
  return fc;
}

// SQL statements mid-line: "... Query\tINSERT INTO t (name, phone) VALUES ('王芳', ...)".
// The separator before the value (',' or the tuple's '('), after an optional quote and up to
// two blanks, must be one the tuple walk reads at depth 1 outside a literal.
const FieldClass* SegmentScan::SqlColumnAt(size_t s, std::string_view* key) {
  size_t sep = s;
  if (sep > 0 && (t_[sep - 1] == '\'' || t_[sep - 1] == '"')) --sep;
  while (sep > 0 && t_[sep - 1] == ' ' && s - sep < 4) --sep;
  if (sep == 0 || (t_[sep - 1] != ',' && t_[sep - 1] != '(')) return nullptr;
  --sep;  // at the separator
  auto& m = scr_.sql;
  if (!sql_memo_ || sep < m.searched_to) {
    // First call in this segment, or a call behind the last one: start again (at the line,
    // which the search for a line break below finds).
    m.searched_to = 0;
    m.values_kw = SIZE_MAX;
    m.walk_open = SIZE_MAX;
    sql_memo_ = true;
  }
  // A line break since the last search ends the statement found before it.
  if (sep > m.searched_to) {
    if (const void* nl = memrchr(t_.data() + m.searched_to, '\n', sep - m.searched_to)) {
      m.searched_to = static_cast<size_t>(static_cast<const char*>(nl) - t_.data()) + 1;
      m.values_kw = SIZE_MAX;
      m.walk_open = SIZE_MAX;
    }
  }
  // "VALUES" (any case) as a word, then blanks and '(' at or before the separator.
  for (size_t k = m.searched_to; k + 6 <= sep; ++k) {
    if ((t_[k] | 0x20) != 'v' || (k > 0 && (IsAlnum(t_[k - 1]) || t_[k - 1] == '_'))) continue;
    if ((t_[k + 1] | 0x20) != 'a' || (t_[k + 2] | 0x20) != 'l' || (t_[k + 3] | 0x20) != 'u' ||
        (t_[k + 4] | 0x20) != 'e' || (t_[k + 5] | 0x20) != 's')
      continue;
    size_t q = k + 6;
    while (q < sep && (t_[q] == ' ' || t_[q] == '\t')) ++q;
    if (q <= sep && t_[q] == '(') {
      m.values_kw = k;
      m.values_open = q;
      m.walk_open = SIZE_MAX;
    }
  }
  m.searched_to = sep >= 5 ? std::max(m.searched_to, sep - 5) : m.searched_to;
  if (m.values_kw == SIZE_MAX || sep < m.values_open) return nullptr;
  if (m.walk_open != m.values_open || m.walked_to > sep + 1) {
    m.walk_open = m.values_open;
    m.walked_to = m.values_open + 1;
    m.column = 0;
    m.depth = 1;
    m.quote = 0;
  }
  // The walk: literals (quotes doubled or escaped with '\\'), nested calls (NOW(),
  // to_timestamp(...)), commas between the values of a tuple, and the next tuple's '('.
  size_t p = m.walked_to;
  for (; p <= sep; ++p) {
    const char c = t_[p];
    if (m.quote) {
      if (c == '\\') ++p;
      else if (c == m.quote) {
        if (p + 1 < n_ && t_[p + 1] == m.quote && p + 1 <= sep) ++p;
        else m.quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') m.quote = c;
    else if (c == '(') {
      if (m.depth++ == 0) m.column = 0;
    } else if (c == ')') {
      if (m.depth > 0) --m.depth;
    } else if (c == ',') {
      if (m.depth == 1) ++m.column;
    } else if (c == ';') {
      m.values_kw = SIZE_MAX;  // the statement ended
      m.walk_open = SIZE_MAX;
      return nullptr;
    }
  }
  m.walked_to = p;
  if (m.quote || m.depth != 1) return nullptr;
  size_t name_end = 0;
  const size_t name = SqlColumnNameAt(m.values_kw, m.column, &name_end);
  if (name == SIZE_MAX) return nullptr;
  const std::string_view column = t_.substr(name, name_end - name);
  *key = column;
  return ClassifyKey(column);
}

[[gnu::noinline]] const FieldClass* SegmentScan::CellFieldAt(size_t s, std::string_view* key) {
  if (seg_.field_class->type_mask == 0) {
    if (const FieldClass* fc = SqlColumnAt(s, key)) return fc;
    // A cell of "key=value" pairs (a log's message column, an extension column: "rsrp=-107
    // cellid=121186572 worker=王军勇"): a key that names something names its value.
    // A Chinese label too ("佩戴人：郑可馨" in a remarks column), which FieldLookup does not
    // echo (a label may itself hold PI): the column's name is shown for it.
    if (t_[s - 1] == '=' || t_[s - 1] == ':') {
      std::string_view inner;
      const FieldClass* fc = FieldLookup(s, &inner);
      if (fc && (fc->type_mask || fc->exclusion || fc->person_if_full_name) &&
          (!inner.empty() || static_cast<unsigned char>(t_[s - 2]) >= 0x80)) {
        *key = inner.empty() ? seg_.field : inner;
        return fc;
      }
    }
  } else if (t_[s - 1] == '=') {
    // ... also in a column that names a type of its own: an alarm's "Location Information"
    // ("Local Cell ID=33, eNodeB ID=970499, eci=248447777"): the pair's key is nearer.
    std::string_view inner;
    const FieldClass* fc = FieldLookup(s, &inner);
    if (fc && !inner.empty() && fc->type_mask) {
      *key = inner;
      return fc;
    }
  }
  *key = seg_.field;
  return seg_.field_class;
}

// The start of the name of column `column` (0-based) in the list "(a, `b`, \"c\")" right
// before the VALUES at values_kw, with *name_end its end; SIZE_MAX when there is no list or
// it has fewer columns.
size_t SegmentScan::SqlColumnNameAt(size_t values_kw, size_t column, size_t* name_end) const {
  size_t close = values_kw;
  while (close > 0 && (t_[close - 1] == ' ' || t_[close - 1] == '\t')) --close;
  if (close == 0 || t_[close - 1] != ')') return SIZE_MAX;
  --close;
  size_t open = close;
  while (open > 0 && close - open < 4096 && t_[open - 1] != '(' && t_[open - 1] != '\n' &&
         t_[open - 1] != ')')
    --open;
  if (open == 0 || t_[open - 1] != '(') return SIZE_MAX;
  size_t at = open;
  for (size_t c = 0; c < column; ++c) {
    while (at < close && t_[at] != ',') ++at;
    if (at >= close) return SIZE_MAX;
    ++at;
  }
  size_t e = at;
  while (e < close && t_[e] != ',') ++e;
  // Blanks and the quotes of a quoted name.
  while (at < e && (t_[at] == ' ' || t_[at] == '`' || t_[at] == '"' || t_[at] == '[')) ++at;
  while (e > at && (t_[e - 1] == ' ' || t_[e - 1] == '`' || t_[e - 1] == '"' || t_[e - 1] == ']'))
    --e;
  if (e == at || e - at > 64) return SIZE_MAX;
  for (size_t k = at; k < e; ++k)
    if (!(IsAlnum(t_[k]) || t_[k] == '_' || static_cast<unsigned char>(t_[k]) >= 0x80))
      return SIZE_MAX;
  *name_end = e;
  return at;
}

// The key cache behind ClassifyKey's direct-mapped L1 (segment_scan.h): the per-thread map,
// then classification. `slot` is the L1 entry to fill, or null for keys longer than 16 bytes.
const FieldClass* SegmentScan::ClassifyKeySlow(std::string_view key, ScanScratch::Impl::KeySlot* slot,
                                               uint64_t w0, uint64_t w1) {
  auto it = scr_.key_cache.find(key);
  if (it == scr_.key_cache.end()) {
    if (scr_.key_cache.size() > 4096) scr_.key_cache.clear();
    it = scr_.key_cache.emplace(std::string(key), lexicon::ClassifyFieldName(key)).first;
  }
  if (!slot) {
    memo_pos_ = SIZE_MAX;  // the map may have rehashed; pointers into it stay valid, but be safe
    return &it->second;
  }
  slot->fc = it->second;
  slot->w0 = w0;
  slot->w1 = w1;
  slot->len = static_cast<uint8_t>(key.size());
  memo_pos_ = SIZE_MAX;  // the memo may have pointed at this slot
  return &slot->fc;
}

// All hotwords (and exclusion words, as bit 31) found in the window before s: up to
// hotword_window characters, not crossing a line break. The reference path walks the window
// byte by byte through Index(); the fast one looks each byte pair up in a pair index.
uint32_t SegmentScan::ContextMask(size_t s) {
  if (s == mask_pos_) return mask_;
  size_t p = s;
  for (int chars = 0; chars < sc_.hotword_window && p > 0; ++chars) {
    size_t q = utf8::StartOfCodePoint(t_, p - 1);
    if (t_[q] == '\n') break;  // context does not cross lines
    p = q;
  }
  const uint32_t mask = HotwordsIn(p, s);
  mask_pos_ = s;
  mask_ = mask;
  return mask;
}

bool SegmentScan::HasHotword(size_t s, TypeId type) {
  return type < 31 && (ContextMask(s) >> type) & 1u;
}

// Base likelihood from validation, raised by a field name or hotword naming the type and
// lowered by a field name or nearby word that says "internal number".
Likelihood SegmentScan::Adjust(TypeId type, Likelihood base, size_t s) {
  std::string_view key;
  const FieldClass* fc = FieldAt(s, &key);
  if (fc) {
    // The field name is the nearest and most specific context: in key=value logs the words
    // before it are other fields' names ("imsi=... imei=..."), not context of this value.
    if (fc->HintsType(type)) return Raise(base, 1);
    if (fc->exclusion) return Raise(base, -2);
    // A landline-shaped broadband login names no line; a mobile one is the subscriber's.
    if (fc->login_account && type == kPhoneNumber && t_[s] == '0') return Raise(base, -2);
    if (fc->type_mask != 0 || (!seg_.field_class && !fc->generic_label)) return base;
  }
  uint32_t mask = ContextMask(s);
  if (type < 31 && (mask >> type) & 1u) return Raise(base, 1);
  if (mask & lexicon::kExclusionBit) return Raise(base, -1);
  return base;
}

// Add's common path makes no call that returns to it (the field from the column or the
// memo, the buffer's growth as its last step), so it needs no stack frame; a field not yet
// looked up goes to AddLookingUp.
void SegmentScan::Add(size_t s, size_t e, TypeId type, Likelihood lk,
                      std::string_view detector, bool with_field) {
  // Readings of POSSIBLE or more, whatever the configuration reports (see
  // ClassifyDigitsThenTheRest).
  add_calls_ += static_cast<uint8_t>(lk) >= static_cast<uint8_t>(Likelihood::kPossible);
  if (e <= s || !sc_.Reportable(type, lk)) return;
  // (1900 first, inline: a call per date of birth was 0.3% of a CRM export's scan.)
  if (type == kDateOfBirth && e - s >= 6 && t_[s] == '1' && t_[s + 1] == '9' && t_[s + 2] == '0' &&
      t_[s + 3] == '0' && PlaceholderBirthDate(s, e))
    return;
  std::string_view field;
  if (with_field) {
    if (seg_.field_class) {
      field = seg_.field;
    } else if (s == memo_pos_) {
      if (memo_fc_) field = memo_key_;
    } else {
      return AddLookingUp(s, e, type, lk, detector);
    }
  }
  scr_.cands.push_back(
      Candidate{static_cast<uint32_t>(s), static_cast<uint32_t>(e), type, lk, detector, field});
}

// 1900-01-01 (19000101, 1900年1月1日): the default a system writes for a birth date it was
// not given, no one's birthday.
bool SegmentScan::PlaceholderBirthDate(size_t s, size_t e) const {
  char d[9];
  size_t n = 0;
  for (size_t k = s; k < e && n < sizeof d; ++k)
    if (IsDigit(t_[k])) d[n++] = t_[k];
  const std::string_view digits(d, n);
  return digits == "19000101" || digits == "190011";
}

// Add for a value whose field is not in the memo (FieldAt's lookup).
void SegmentScan::AddLookingUp(size_t s, size_t e, TypeId type, Likelihood lk,
                               std::string_view detector) {
  std::string_view key;
  const FieldClass* fc = FieldAt(s, &key);
  scr_.cands.push_back(Candidate{static_cast<uint32_t>(s), static_cast<uint32_t>(e), type, lk,
                                 detector, fc ? key : std::string_view()});
}


}  // namespace piguard::detail
