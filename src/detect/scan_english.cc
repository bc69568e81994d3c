// Names in English prose: mails, tickets and chat in English name people after words that
// introduce one ("my name is Aisha Brennan", "Dear Zheng Jianhua,", "Mr. Wu Lan", "please
// contact Zhao Mengqi at ...", "requested by Sophie Brennan,", "My wife, Hu Xiaoyan, ...") or
// sign with the name alone on the line after a closing ("Best regards,\nLi Feng"). None of
// these has an anchor byte for the scan loop, so a segment that reads as English prose gets
// a pass of its own, over the capitals that start a word; and a look for passwords said in a
// sentence ("the temporary admin password is Kst-50150e#24").
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "detect/segment_scan.h"

namespace piguard::detail {

using L = Likelihood;

namespace {

// The words that introduce a name, with the blank (or ", ") before it. `strong`: the words
// say a person's name follows (kLikely); else a name that ends cleanly is kPossible.
struct EnglishTrigger {
  std::string_view words;
  bool strong;
};
constexpr EnglishTrigger kTriggers[] = {
    {"name is ", true},      {"Dear ", true},          {"Mr. ", true},
    {"Mrs. ", true},         {"Ms. ", true},           {"Dr. ", true},
    {"Mr ", true},           {"Mrs ", true},           {"Ms ", true},
    {"Miss ", true},         {"contact ", false},      {"requested by ", false},
    {"submitted by ", false}, {"reported by ", false}, {"approved by ", false},
    {"signed by ", false},   {"raised by ", false},    {"handled by ", false},
    {"reviewed by ", false}, {"called by ", false},    {"referred by ", false},
    {"My wife, ", false},    {"My husband, ", false},  {"my wife, ", false},
    {"my husband, ", false}, {"My wife ", false},      {"My husband ", false},
    {"My colleague ", false}, {"my colleague ", false}, {"My son ", false},
    {"My daughter ", false}, {"My mother ", false},    {"My father ", false},
    {"Customer ", false},    {"customer ", false},     {"Subscriber ", false},
    {"subscriber ", false},  {"Passenger ", false},    {"passenger ", false},
    {"Applicant ", false},   {"applicant ", false},    {", name ", false},
    {"attn. ", false},       {"Attn. ", false},        {"ATTN ", false}};

// kTriggerEnds.bits[c]: bit k is set when trigger k ends in byte c and then its blank. A
// capital whose byte two back ends no trigger is passed over with one look-up; the others
// compare only the triggers that end in it.
static_assert(std::size(kTriggers) <= 64);
struct TriggerEndTable {
  uint64_t bits[256];
  constexpr TriggerEndTable() : bits() {
    for (size_t k = 0; k < std::size(kTriggers); ++k)
      bits[static_cast<unsigned char>(kTriggers[k].words[kTriggers[k].words.size() - 2])] |=
          uint64_t{1} << k;
  }
};
constexpr TriggerEndTable kTriggerEnds;

// The closings a signature follows, lower case, without their comma.
constexpr std::string_view kClosings[] = {
    "best regards", "kind regards", "warm regards", "regards", "best wishes", "cheers",
    "thanks", "many thanks", "thank you", "sincerely", "yours sincerely", "yours faithfully",
    "yours truly", "best", "with thanks", "respectfully"};

// Whether a line is a closing: one of kClosings in any case, then an optional ',' or '.'
// and blanks.
bool IsClosingLine(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
    line.remove_suffix(1);
  if (!line.empty() && (line.back() == ',' || line.back() == '.')) line.remove_suffix(1);
  if (line.size() > 20) return false;
  char lower[20];
  for (size_t k = 0; k < line.size(); ++k) lower[k] = Lower(line[k]);
  const std::string_view l(lower, line.size());
  for (std::string_view c : kClosings)
    if (l == c) return true;
  return false;
}

// The first words of salutations that would otherwise pass as a name's ("Dear Sir/Madam",
// "Dear All Colleagues"; "Dear Customer Service Team" is stopped by LatinPersonWords's words
// of organisations and roles, which every word of a name is checked against).
bool IsSalutationWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"Sir", "Madam", "All", "Colleagues", "Valued",
                                                "Friends", "Partner", "Partners", "Hiring",
                                                "Users", "User"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

// Whether the segment may hold English prose: in up to eight windows of 256 bytes spread
// over it, two of English's commonest small words between blanks, and two of its sentences'
// joints (", " before a word, ". " before a capital) or any Chinese text (chats and tickets
// that mix the two write Chinese punctuation); or a mail's header in its first 2 KB (a
// Chinese mail signed in English: "Best regards,\nLi Feng"). Logs, tables and Chinese text
// have next to none of the words, English logs ("Accepted password for root from ...") none
// of the joints; a mail or a ticket in English has dozens. (A log that passes costs the pass
// over its capitals, one to two instructions a byte.)
bool SegmentScan::MayHoldEnglishProse() const {
  static constexpr std::string_view kWords[] = {"the", "to", "and", "you", "your", "is",
                                                "are", "for", "of", "please", "my", "our",
                                                "we", "have", "has", "with", "this", "that"};
  const size_t windows = n_ <= 2048 ? 1 : 8;
  const size_t width = n_ <= 2048 ? n_ : 256;
  const size_t stride = windows == 1 ? 0 : (n_ - width) / (windows - 1);
  int words = 0, joints = 0;
  for (size_t w = 0; w < windows; ++w) {
    const size_t from = w * stride;
    const size_t to = from + width;
    for (size_t p = from + 1; p + 3 < to; ++p) {
      if (static_cast<signed char>(t_[p]) < 0) joints = 2;  // Chinese text: see above
      if (t_[p] != ' ') continue;
      if ((t_[p - 1] == ',' && IsAlpha(t_[p + 1])) || (t_[p - 1] == '.' && IsUpper(t_[p + 1]))) {
        if (++joints >= 2 && words >= 2) return true;
        continue;
      }
      if (!IsLower(t_[p + 1])) continue;
      size_t e = p + 1;
      while (e < to && e - p <= 7 && IsLower(t_[e])) ++e;
      if (e >= to || t_[e] != ' ') continue;
      const std::string_view word = t_.substr(p + 1, e - p - 1);
      for (std::string_view k : kWords)
        if (word == k && ++words >= 2 && joints >= 2) return true;
      p = e - 1;
    }
  }
  const std::string_view head = t_.substr(0, 2048);
  return head.find("\nSubject: ") != std::string_view::npos ||
         head.find("\nsubject: ") != std::string_view::npos;
}

// The pass: every capital after a blank or a line break, found 16 bytes at a time (a
// mail has one every 30 bytes or so, a log line's words are mostly lower case), that starts
// a name after a trigger or under a closing (EnglishNameAt), or is an address's street or
// district word (EnglishAddressAt; a word inside the address found last starts no other).
void SegmentScan::EnglishProseNames() {
  size_t p = 1;
  size_t past = 1;          // capitals before this lie inside a name found
  size_t address_end = 0;   // the end of the address found last
  auto on_capital = [&](size_t at) {
    if (at >= address_end && StreetWordAt(at)) address_end = EnglishAddressAt(at, address_end);
    if (at < past) return;
    if (const size_t e = EnglishNameAt(at)) past = e;
  };
#if defined(__SSE2__)
  const __m128i upper_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
  const __m128i upper_limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i blank = _mm_set1_epi8(' ');
  const __m128i newline = _mm_set1_epi8('\n');
  for (; p + 16 <= n_; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t_.data() + p));
    const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t_.data() + p - 1));
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v, upper_bias), upper_limit);
    const __m128i after = _mm_or_si128(_mm_cmpeq_epi8(prev, blank), _mm_cmpeq_epi8(prev, newline));
    auto starts = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(upper, after)));
    for (; starts; starts &= starts - 1) on_capital(p + static_cast<size_t>(__builtin_ctz(starts)));
  }
#endif
  for (; p < n_; ++p)
    if (IsUpper(t_[p]) && (t_[p - 1] == ' ' || t_[p - 1] == '\n')) on_capital(p);
}

// A password said in a sentence: "the temporary admin password is Kst-50150e#24 - please
// rotate it", "your new passcode was 4xT!93kq." The value runs to the next blank (without
// the sentence's last punctuation) and must mix letters with digits or symbols, or be a PIN's
// digits: "password is required" and "password is the same" are no secrets.
void SegmentScan::EnglishPasswordsSaid() {
  static constexpr std::string_view kSaid[] = {"password is ", "password was ", "passcode is ",
                                               "Password is ", "Passcode is ", "PIN is "};
  for (std::string_view w : kSaid) {
    for (size_t at = t_.find(w); at != std::string_view::npos; at = t_.find(w, at + 1)) {
      if (at > 0 && IsAlpha(t_[at - 1])) continue;  // a word of its own
      const size_t v = at + w.size();
      size_t e = v;
      while (e < n_ && e - v <= 64 && t_[e] != ' ' && t_[e] != '\n' && t_[e] != '\r' &&
             t_[e] != '\t' && static_cast<unsigned char>(t_[e]) < 0x80)
        ++e;
      while (e > v && (t_[e - 1] == '.' || t_[e - 1] == ',' || t_[e - 1] == ';' ||
                       t_[e - 1] == ')' || t_[e - 1] == '"' || t_[e - 1] == '\''))
        --e;
      if (e - v < 4 || e - v > 64) continue;
      bool letter = false, digit = false, symbol = false;
      for (size_t k = v; k < e; ++k) {
        letter |= IsAlpha(t_[k]);
        digit |= IsDigit(t_[k]);
        symbol |= !IsAlnum(t_[k]);
      }
      const bool pin = w == "PIN is " && digit && !letter && !symbol && e - v <= 8;
      if (!pin && (!letter || !(digit || symbol) || e - v < 6)) continue;
      Add(v, e, kCredential, L::kLikely, "credential_value", false);
    }
  }
}

// The name that starts at the capital t_[p] (after a blank or a line break), after a trigger
// or as a signature under a closing: added, and its end returned; else 0.
size_t SegmentScan::EnglishNameAt(size_t p) {
  const char before = t_[p - 1];
  size_t len = 0;
  Likelihood lk = L::kPossible;
  bool possessive = true;
  if (before == '\n' || (before == ' ' && p >= 2 && t_[p - 2] == '>')) {
    len = SignatureNameAt(p);  // maybe quoted: "> Li Feng"
    lk = L::kLikely;
  } else if (before == ' ' && p >= 2) {
    for (uint64_t b = kTriggerEnds.bits[static_cast<unsigned char>(t_[p - 2])]; b; b &= b - 1) {
      const EnglishTrigger& t = kTriggers[__builtin_ctzll(b)];
      if (!EndsAt(t_, p, t.words)) continue;
      // The trigger starts a word ("contact", not "recontact").
      const size_t ts = p - t.words.size();
      if (ts > 0 && IsAlpha(t.words[0]) && IsAlpha(t_[ts - 1])) continue;
      len = LatinNameLength(p);
      if (!len) len = CapitalNameLength(p);
      lk = t.strong ? L::kLikely : L::kPossible;
      possessive = t.words != "contact ";  // "Contact Tim Cook's keynote"
      break;
    }
  }
  if (!len) return 0;
  const size_t e = p + len;
  size_t fe = p;
  while (fe < e && IsAlpha(t_[fe])) ++fe;
  if (!LatinPersonWords(p, e) || IsSalutationWord(t_.substr(p, fe - p)) ||
      !EnglishNameEnd(e, possessive))
    return 0;
  Add(p, e, kPersonName, lk, "latin_person_name");
  return e;
}

// A signature's name at the line start p ("> " quoting allowed): the whole line, two to four
// capitalized words, and the line before it (past blank lines) a closing ("Best regards,").
// Its length, or 0.
size_t SegmentScan::SignatureNameAt(size_t p) const {
  // A signature's line is short: a log's lines, which start with capitals too, are passed
  // over by one memchr. Then the line before, past blank and quoted-blank lines: a closing
  // is short too.
  // The line before ends as a closing does (a letter, ',' or '.'), or is blank or quoted.
  size_t q = p - 1;  // the '\n' before this line, or the blank after "> "
  while (q > 0 && (t_[q] == ' ' || t_[q] == '>')) --q;
  if (q > 0 && t_[q] == '\n') {
    size_t c = q - 1;  // the line before's last byte, before a '\r'
    if (c > 0 && t_[c] == '\r') --c;
    const char ch = t_[c];
    if (!IsAlpha(ch) && ch != ',' && ch != '.' && ch != '\n' && ch != ' ' && ch != '>') return 0;
  }
  const size_t window = n_ - p < 48 ? n_ - p : 48;
  if (window == 48 && !std::memchr(t_.data() + p, '\n', window)) return 0;
  size_t ls = p;
  while (ls > 0 && t_[ls - 1] != '\n' && p - ls < 8) --ls;  // this line's start (before "> ")
  bool closing = false;
  for (int lines = 0; lines < 3 && ls > 0; ++lines) {
    const size_t le = ls - 1;  // the '\n' ending the line before
    size_t b = le;
    while (b > 0 && t_[b - 1] != '\n' && le - b <= 24) --b;
    if (b > 0 && t_[b - 1] != '\n') return 0;
    size_t s = b;
    while (s < le && (t_[s] == '>' || t_[s] == ' ')) ++s;
    const std::string_view line = t_.substr(s, le - s);
    if (line.empty() || line == "\r") {
      ls = b;
      continue;
    }
    closing = IsClosingLine(line);
    break;
  }
  if (!closing) return 0;
  size_t len = LatinNameLength(p);
  if (!len) len = CapitalNameLength(p);
  if (!len) return 0;
  size_t e = p + len;
  while (e < n_ && (t_[e] == ' ' || t_[e] == '\r')) ++e;
  return e >= n_ || t_[e] == '\n' ? len : 0;
}

// Whether a name in a sentence ends at e: the text's or the line's end, punctuation, a
// bracket, or one of the words that follow a name ("at", "and", "is", "has" ...); and, when
// `possessive`, "'s".
bool SegmentScan::EnglishNameEnd(size_t e, bool possessive) const {
  if (e >= n_) return true;
  const char c = t_[e];
  if (c == '\n' || c == '\r' || c == ',' || c == '.' || c == ';' || c == '!' || c == '?' ||
      c == ')')
    return true;
  if (c == '\'') return possessive && At(e + 1) == 's' && !IsAlnum(At(e + 2));
  if (c != ' ') return false;
  if (At(e + 1) == '(' || At(e + 1) == '<') return true;
  static constexpr std::string_view kNext[] = {"at ",  "and ", "is ",  "has ", "had ",
                                               "was ", "on ",  "from ", "in ", "requested ",
                                               "called ", "asked ", "reported "};
  for (std::string_view w : kNext)
    if (StartsAt(e + 1, w)) return true;
  return false;
}

namespace {

// The kinds of an address's comma-separated parts.
enum class AddressPart {
  kOther,   // lower-case words, a sentence: no part of an address
  kPlace,   // capitalized words only: an estate, a district, a city ("Jing'an District")
  kNumbered // a number among capitalized words: a street and its number, a dwelling
};

// Words that make a numbered part a street ("142 Nanjing West Road", "Wensan Road No. 413")
// and a dwelling ("Room 504", "Flat F", "Unit 2", "19-1-1606 Fenglin Bay").
constexpr std::string_view kStreetWords[] = {"Road", "Street", "Avenue", "Lane", "Boulevard",
                                             "Highway", "Lu", "Jie", "Dadao", "Rd", "St"};
constexpr std::string_view kDwellingWords[] = {"Room", "Flat", "Unit", "Building", "Block",
                                               "Floor", "Apt", "Apartment", "Suite", "Rm", "Bldg"};
// A country after the city is not part of what labels call the address.
constexpr std::string_view kCountries[] = {"China", "P.R. China", "PRC", "P.R.C.", "PR China",
                                           "People's Republic of China"};

bool OneOf(std::string_view w, const std::string_view* list, size_t n) {
  for (size_t k = 0; k < n; ++k)
    if (w == list[k]) return true;
  return false;
}

// One part's words: what kind it is, whether it names a street or a dwelling and has a
// number. `tail`: the part may start with a sentence ("office at 142 Nanjing West Road",
// "Ship to: Room 504"); its words after the last lower-case word or colon are the part, and
// *from says where they start.
struct PartWords {
  AddressPart kind = AddressPart::kOther;
  bool street = false, dwelling = false, number = false;
  bool flat = false;  // a flat's number alone: "2403", "19-1-1606" (not a floor's "21/F")
};
PartWords ClassifyAddressPart(std::string_view part, bool tail, size_t* from) {
  PartWords r;
  *from = 0;
  size_t words = 0;
  for (size_t k = 0; k < part.size();) {
    while (k < part.size() && part[k] == ' ') ++k;
    const size_t w = k;
    while (k < part.size() && part[k] != ' ') ++k;
    if (k == w) break;
    std::string_view word = part.substr(w, k - w);
    const char c = word[0];
    if (IsLower(c) || word.back() == ':') {
      if (!tail) return {};
      // The sentence before the address: start after it.
      r = {};
      words = 0;
      *from = k;
      continue;
    }
    if (IsDigit(c) || (c == '#' && word.size() > 1) || word == "No." || word == "No") {
      // "142", "19-1-1606", "19/F", "3A", "No. 78".
      r.number |= word != "No." && word != "No";
      bool flat = IsDigit(c);
      for (char ch : word) flat &= IsDigit(ch) || ch == '-';
      r.flat |= flat;
    } else if (IsUpper(c)) {
      for (char ch : word)
        if (!IsAlpha(ch) && ch != '\'' && ch != '-' && ch != '.') return {};
      if (word.back() == '.') word.remove_suffix(1);
      r.street |= OneOf(word, kStreetWords, std::size(kStreetWords));
      r.dwelling |= OneOf(word, kDwellingWords, std::size(kDwellingWords));
    } else {
      return {};
    }
    if (++words > 7) return {};
  }
  if (words == 0) return {};
  r.kind = r.number || r.dwelling ? AddressPart::kNumbered : AddressPart::kPlace;
  return r;
}

}  // namespace

bool SegmentScan::StreetWordAt(size_t w) const {
  // Most capitals are ruled out by their first two letters.
  std::string_view word;
  switch (t_[w]) {
    case 'R': word = "Road"; break;
    case 'S': word = "Street"; break;
    case 'A': word = "Avenue"; break;
    case 'D': word = "District"; break;
    default: return false;
  }
  return At(w + 1) == word[1] && t_[w - 1] == ' ' && StartsAt(w, word) &&
         !IsAlpha(At(w + word.size()));
}

size_t SegmentScan::EnglishAddressAt(size_t w, size_t end_before) {
  size_t s = 0;
  const size_t e = EnglishAddressAround(w, &s);
  if (!e) return end_before;
  Add(s, e, kStreetAddress, L::kLikely, "street_address");
  return e;
}

size_t SegmentScan::EnglishAddressAround(size_t w, size_t* start) const {
  // The line, up to 400 bytes each way.
  size_t ls = w;
  while (ls > 0 && w - ls < 400 && t_[ls - 1] != '\n') --ls;
  size_t le = w;
  while (le < n_ && le - w < 400 && t_[le] != '\n' && t_[le] != '\r') ++le;
  // The part holding the word.
  size_t ps = w;
  while (ps > ls && t_[ps - 1] != ',') --ps;
  size_t pe = w;
  while (pe < le && t_[pe] != ',') ++pe;
  auto trimmed = [&](size_t a, size_t b) {
    while (a < b && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    while (b > a && (t_[b - 1] == ' ' || t_[b - 1] == '.' || t_[b - 1] == ')')) --b;
    return std::pair{a, b};
  };
  size_t from = 0;
  auto [a, b] = trimmed(ps, pe);
  PartWords first = ClassifyAddressPart(t_.substr(a, b - a), true, &from);
  if (first.kind == AddressPart::kOther) return 0;
  const bool word_is_street = first.street && first.number;
  bool dwelling = first.dwelling;
  bool street = word_is_street;
  int parts = 1;
  size_t s = a + from;
  // Parts before: numbered parts and names (an estate's), until a sentence.
  bool sentence = from > 0;
  for (size_t q = ps; !sentence && q > ls;) {
    const size_t qe = q - 1;  // the comma
    size_t qs = qe;
    while (qs > ls && t_[qs - 1] != ',') --qs;
    auto [c, d] = trimmed(qs, qe);
    const PartWords part = ClassifyAddressPart(t_.substr(c, d - c), true, &from);
    if (part.kind == AddressPart::kOther) break;
    sentence = from > 0;
    // A name before a street is an estate or a building; a bare number a flat ("2403,").
    street |= part.street && part.number;
    dwelling |= part.dwelling || (part.flat && !part.street);
    s = c + from;
    ++parts;
    q = qs;
  }
  // Parts after: names of places, not the country, the last one maybe with a postcode.
  size_t e = b;
  bool place_after = false;
  for (size_t q = pe; q < le && t_[q] == ',';) {
    size_t qe = q + 1;
    while (qe < le && t_[qe] != ',') ++qe;
    auto [c, d] = trimmed(q + 1, qe);
    std::string_view part = t_.substr(c, d - c);
    if (OneOf(part, kCountries, std::size(kCountries))) break;
    // "Hangzhou 310012": a postcode after the city.
    size_t code = part.size();
    while (code > 0 && IsDigit(part[code - 1])) --code;
    const bool postcode = part.size() - code == 6 && code >= 2 && part[code - 1] == ' ';
    size_t f = 0;
    if (ClassifyAddressPart(postcode ? part.substr(0, code - 1) : part, false, &f).kind !=
        AddressPart::kPlace)
      break;
    place_after = true;
    e = d;
    ++parts;
    q = qe;
  }
  // A district word ends the address's numbered parts: "..., 224 Wenhua Road, Chang'an
  // District, ...", found from "District", has its street before it.
  if (!word_is_street && first.kind == AddressPart::kPlace) place_after = true;
  while (t_[s] == ' ') ++s;  // after the sentence's last word
  // A street without a dwelling is a company's or a hotel's as often, as letterheads and
  // signatures print one on its own line ("21/F, One Harbourfront, 18 Tak Fung Street, Hung
  // Hom, Kowloon", "Address: 18 Salisbury Road, ..."): only in a sentence is it someone's
  // ("office at 142 Nanjing West Road, ...", "my address is ...").
  size_t before = s;
  while (before > ls && (t_[before - 1] == ' ' || t_[before - 1] == ',')) --before;
  const bool in_sentence = before > ls && IsLower(t_[before - 1]);
  if (parts < 3 || !place_after || !(dwelling || (street && in_sentence))) return 0;
  *start = s;
  return e;
}

}  // namespace piguard::detail
