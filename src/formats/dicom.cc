#include "formats/dicom.h"

namespace piguard::formats {
namespace {
bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
}  // namespace

bool IsDicomElementLine(std::string_view text, size_t line) {
  size_t p = line;
  while (p < text.size() && p - line < 16 && text[p] == ' ') ++p;  // nested items are indented
  if (p + 15 > text.size() || text[p] != '(' || text[p + 5] != ',' || text[p + 10] != ')' ||
      text[p + 11] != ' ' || text[p + 14] != ' ')
    return false;
  for (size_t k : {1, 2, 3, 4, 6, 7, 8, 9})
    if (!IsHexDigit(text[p + k])) return false;
  return text[p + 12] >= 'A' && text[p + 12] <= 'Z' && text[p + 13] >= 'A' && text[p + 13] <= 'Z';
}

void DicomValues(std::string_view text, size_t line, size_t eol, std::vector<DicomValue>* out) {
  out->clear();
  size_t p = line;
  while (p < eol && text[p] == ' ') ++p;
  const std::string_view vr = text.substr(p + 12, 2);
  p += 15;
  if (p >= eol || text[p] != '[') return;
  // The value ends at the last ']' before the comment ('#'), which a value may hold itself.
  size_t hash = eol;
  for (size_t k = eol; k > p; --k)
    if (text[k - 1] == '#') {
      hash = k - 1;
      break;
    }
  size_t close = hash;
  while (close > p && text[close - 1] != ']') --close;
  if (close <= p + 1) return;
  const size_t vs = p + 1, ve = close - 1;
  // The keyword: the last word after '#' ("#  18, 1 PatientName").
  std::string_view keyword;
  if (hash < eol) {
    size_t ke = eol;
    while (ke > hash && (text[ke - 1] == ' ' || text[ke - 1] == '\r')) --ke;
    size_t ks = ke;
    while (ks > hash && text[ks - 1] != ' ') --ks;
    keyword = text.substr(ks, ke - ks);
  }
  if (ve <= vs) return;
  if (vr == "PN") {  // alphabetic=ideographic=phonetic
    size_t s = vs;
    for (size_t k = vs; k <= ve; ++k) {
      if (k == ve || text[k] == '=') {
        if (k > s) out->push_back({s, k, keyword, /*person_name=*/true});
        s = k + 1;
      }
    }
    return;
  }
  out->push_back({vs, ve, keyword});
}

}  // namespace piguard::formats
