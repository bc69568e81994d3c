// Digit runs and the shapes built from them: phones, IDs, cards, IMSI/IMEI/ICCID, IP and
// MAC addresses, coordinates, dates of birth, cell identities.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/ascii.h"
#include "core/utf8.h"
#include "detect/chinese.h"
#include "detect/lexicon.h"
#include "detect/segment_scan.h"
#include "detect/traditional.h"
#include "detect/validators.h"

namespace piguard::detail {

namespace {
int EnglishMonth(std::string_view w);  // below, with the English dates
}  // namespace

using L = Likelihood;

// Tokens: digit runs and the alphanumeric tokens around them.

size_t SegmentScan::OnToken(size_t i) {
  size_t ts = i;
  bool letters = false;
  while (ts > 0 && IsAlnum(t_[ts - 1])) {
    --ts;
    letters |= IsAlpha(t_[ts]);
  }
  size_t te = TokenEnd(i, &letters);
  // The block loop's filters (ScanBlocks), for the tokens it cannot bound from its masks
  // (those that touch a block's edge) and for the byte walk: most tokens of a log need no
  // closer look. Both filters need te < n_.
  if (!reference_ && te < n_) {
    if (const size_t stamp = LineStartTimestamp(ts, te, letters)) return stamp;
    if (!TokenMayMatter(ts, te, letters)) return te;
  }
  return TokenHandler(ts, te, letters);
}

size_t SegmentScan::TryJwt(size_t ts) {
  auto base64url = [&](size_t p) {
    while (p < n_ && (IsAlnum(t_[p]) || t_[p] == '-' || t_[p] == '_')) ++p;
    return p;
  };
  const size_t h = base64url(ts);
  if (h - ts < 16 || At(h) != '.' || !StartsAt(h + 1, "eyJ")) return 0;
  const size_t pl = base64url(h + 1);
  if (pl - h - 1 < 16 || At(pl) != '.') return 0;
  const size_t sig = base64url(pl + 1);  // may be empty ("alg": "none")
  if (sig < n_ && (t_[sig] == '.' || t_[sig] == '=' || t_[sig] == '/' || t_[sig] == '+'))
    return 0;
  Add(ts, sig, kCredential, L::kLikely, "jwt");
  return sig;
}

size_t SegmentScan::OnTokenSpan(size_t ts, size_t te, bool letters) {
  return TokenHandler(ts, te, letters);
}

size_t SegmentScan::RoadAddressWithoutPlace(size_t ts) {
  // The road's suffix right before the number, maybe with the part of a long road after it
  // (中山大道西761号, 人民路北88号).
  size_t road_end = ts;
  for (std::string_view w : {"东", "西", "南", "北", "中"})
    if (EndsAt(t_, ts, w)) road_end = ts - w.size();
  bool road = false;
  for (std::string_view w : {"路", "街", "道", "巷", "弄"}) road |= EndsAt(t_, road_end, w);
  if (!road) return 0;
  // The road's name: back over Chinese characters to the word before it (客户报, 位于,
  // 住在, 寄到 ...), a non-Chinese byte, or eight characters.
  static constexpr std::string_view kBefore[] = {"在", "于", "到", "住", "是", "的", "为", "往",
                                                 "址", "近", "从", "去", "来", "至", "寄", "送",
                                                 "搬", "位", "家", "我", "你", "他", "她", "报"};
  size_t s = road_end - 3;
  for (int chars = 0; chars < 8 && s >= 3; ++chars) {
    int len = 0;
    const size_t c = s - 3;
    if (static_cast<unsigned char>(t_[c]) < 0xE0 || !utf8::IsCjk(utf8::Decode(t_, c, &len))) break;
    bool stop = false;
    for (std::string_view w : kBefore) stop |= StartsAt(c, w);
    if (stop) break;
    s = c;
  }
  if (road_end - s < 9) return 0;  // two characters of name at least, then the suffix
  // The parse from there: the road, its number and a dwelling in it (a building, a unit, a
  // room: 文三路478号 alone is a shop's or an office's as often).
  const chinese::AddressMatch m = chinese::ParseAddress(t_, s, /*allow_no_place=*/true);
  if (!m.road || !m.number || !m.building || m.end <= ts) return 0;
  // (The dwelling, not an estate's or a tower's name alone: a unit, a room, a floor, or
  // building-unit-room with dashes after the number.)
  const std::string_view after = t_.substr(ts, m.end - ts);
  bool dwelling = after.find('-') != std::string_view::npos;
  for (std::string_view w : {"室", "单元", "栋", "幢", "号楼", "层", "楼", "單元", "樓"})
    dwelling |= after.find(w) != std::string_view::npos;
  if (!dwelling) return 0;
  if (FacilityAddress(s, m.end)) return m.end;
  Add(s, m.end, kStreetAddress, L::kPossible, "cn_street_address");
  return m.end;
}

size_t SegmentScan::HiveFieldAfterCaret(size_t ts, size_t te) {
  bool letters = false;
  for (size_t k = ts + 1; k < te; ++k) letters |= IsAlpha(t_[k]);
  return OnTokenSpan(ts + 1, te, letters);
}

// The body of OnToken and OnTokenSpan, inlined into both: the table-cell path (OnToken) runs
// for every short value, where a second call per token was measured at ~2% of a CSV scan.
[[gnu::always_inline]] inline size_t SegmentScan::TokenHandler(size_t ts, size_t te, bool letters) {
  char nx = At(te);
  char pv = ts > 0 ? t_[ts - 1] : '\0';

  // Hex groups joined by ':' or '-': MAC and IPv6.
  if (nx == ':' || (nx == '-' && te - ts == 2) || (pv == ':' && ts >= 2 && t_[ts - 2] == ':')) {
    if (size_t e = TryMacOrIpv6(ts, te)) return e;
    // A SWIFT message's ordering customer or beneficiary (":50K:", ":59:" at a line's start).
    if (pv == ':' && nx == ':' && te - ts <= 3 && (ts == 1 || t_[ts - 2] == '\n')) {
      if (size_t e = SwiftPartyField(ts, te)) return e;
    }
  }
  // A dashed one whose first group has a letter only where a value starts (mac=b8ae-ede9-6837,
  // UserMac:286e-..., a CSV cell): elsewhere a group of four with letters before '-' is a
  // UUID's far more often. (TokenMayMatter lets the same through; a shared helper for the six
  // compares cost a sparse log 0.5-1.5% there.)
  if (te - ts == 4 &&
      (nx == '.' || (nx == '-' && (!letters || pv == '=' || pv == ',' || pv == '"' || pv == ' ' ||
                                   pv == ':' || ts == 0))) &&
      At(ts + 9) == nx &&
      IsHex(At(te + 1)) && (ts == 0 || !IsAlnum(t_[ts - 1]))) {
    // A MAC in three groups of four: Cisco's 001a.2b3c.4d5e, Huawei's 0a1b-2c3d-4e5f. The
    // dashed form only when its first group has no letter: TokenMayMatter passes a group of
    // four with letters before '-' (a UUID's group far more often) nowhere, and looking at
    // those cost 1.4-2.4% of a log scan.
    std::string_view mac = t_.substr(ts, 14);
    // Dashed, it must not go on a longer run of groups ("9699-3964-3210-8894", a receipt
    // number) and must have a hex letter: twelve digits in threes of four are a number.
    const bool dashed_ok =
        nx == '.' || ((ts == 0 || t_[ts - 1] != '-') &&
                      std::any_of(mac.begin(), mac.end(), [](char c) { return IsAlpha(c); }));
    if (mac.size() == 14 && validate::IsMac(mac) && dashed_ok && !AlnumAt(ts + 14) &&
        !(At(ts + 14) == nx && AlnumAt(ts + 15))) {
      AddMac(ts, ts + 14);
      return ts + 14;
    }
  }
  if (letters) {
    if (nx == '.' && te - ts >= 16 && StartsAt(ts, "eyJ") && pv != '.' && pv != '-' &&
        pv != '_') {
      if (size_t e = TryJwt(ts)) return e;
    }
    const char c0 = t_[ts];
    // N39°54′26″, E116.3975: a hemisphere letter joined to the degrees (not inside an
    // e-mail, a path or a compound id, which TokenMayMatter passes over).
    if (te - ts <= 4 && (nx == '.' || nx == '\xC2') &&
        (c0 == 'N' || c0 == 'S' || c0 == 'E' || c0 == 'W') && DigitAt(ts + 1) &&
        pv != '@' && pv != '.' && pv != '/' && pv != '-' && pv != '_' && pv != '\\') {
      if (size_t e = DegreesCoordinate(ts + 1, ts)) return e;
    }
    if ((c0 == 'M' || c0 == 'C' || c0 == 'H') && (pv == ' ' || pv == '"' || pv == '=' || pv == '\0')) {
      if (size_t e = AirlineTokenAt(ts, te)) return e;
    }
    if (te - ts >= 21 && IsDigit(c0)) {
      if (size_t e = Track2CardAt(ts, te)) return e;
    }
    if (nx == '^' && pv == '%' && c0 == 'B') {
      if (size_t e = Track1CardAt(ts, te)) return e;
    }
    // "^A330108197901032937^A19790103": Hive's field separator (\x01) as logs and `cat -v`
    // print it, a caret and a capital. The value starts after the capital.
    if (pv == '^' && IsUpper(c0) && te - ts >= 7 && DigitAt(ts + 1)) return HiveFieldAfterCaret(ts, te);
    if (nx != '@' && pv != '@' && pv != '.' && pv != '/' && pv != '-' && pv != '_')
      ClassifyAlnum(ts, te);
    else if (pv == '/' && nx == '/' && te - ts == 9)
      return std::max(te, GdsDocsFrom(ts, te));
    return te;
  }
  // "born on November 3, 1950" / "DOB: 3 Nov 1950" / "04-Jan-1969": English dates, for
  // dates of birth only.
  if (te - ts <= 2 && (pv == ' ' || nx == ' ' || ((nx == '-' || nx == '/') && IsAlpha(At(te + 1))))) {
    if (size_t e = TryEnglishDate(ts, te)) return e;
  }
  // Short digit runs (status codes, byte counts, ports) matter only as part of a larger
  // shape: dotted, dashed, spaced or bracketed groups, dates, "+86". Skip the rest at once.
  if (te - ts < 6 && nx != '.' && nx != '-' && nx != '/' && nx != ' ' && nx != ')' &&
      pv != '+' && pv != '(' && static_cast<unsigned char>(nx) < 0x80) {
    // ("PIN 1234", "PIN: 1234", "PIN码：1234".)
    if (te - ts >= 4 && SimPinShape(ts, pv) && SimCodeLabelBefore(ts)) {
      if (size_t e = SimCodeAfter(ts)) return e;
    }
    if (te - ts == 3 && nx == ',' && t_[ts] == '4' && t_[ts + 1] == '6' && t_[ts + 2] == '0') {
      if (size_t e = WatchReportCells(ts)) return e;
    }
    // A number read out in groups with pauses: "199，3605，4548" (the comma folded to ','),
    // or joined with '+' in a post: "187+5806+2091".
    if ((nx == ',' || nx == '+') && MoreGroupsAfter(te)) {
      if (size_t e = TryGrouped(ts, te, false)) return e;
    }
    return te;
  }
  // A house number right after a road's suffix, 号 (E5 8F B7) after it: an address with no
  // place before it (滨盛路312号江南文苑2栋1单元1504室), which no place name anchored.
  if (te - ts <= 5 && nx == '\xE5' && At(te + 1) == '\x8F' && At(te + 2) == '\xB7' && ts >= 9 &&
      static_cast<unsigned char>(pv) >= 0x80) {
    if (size_t e = RoadAddressWithoutPlace(ts)) return e;
  }
  // 39°54′26″N, 北纬39°54′26″: degrees, minutes and seconds.
  if (te - ts <= 3 && nx == '\xC2' && At(te + 1) == '\xB0') {
    if (size_t e = DegreesCoordinate(ts, HemisphereLetterBefore(ts))) return e;
  }
  if (nx == '@') {
    // The local part of an e-mail (OnAt handles it), unless the "domain" has no dot, as in
    // a RADIUS user name with a realm: 13800138000@cmnet.
    size_t r = te + 1;
    bool dot = false;
    while (r < n_ && (IsAlnum(t_[r]) || t_[r] == '.' || t_[r] == '-')) {
      dot |= t_[r] == '.' && r + 1 < n_ && IsAlnum(t_[r + 1]);
      ++r;
    }
    if (dot) return te;
  }
  if (pv == '@' || (pv == '.' && ts >= 2 && IsAlnum(t_[ts - 2]))) {
    // Inside a domain name or a dotted token that began earlier (already handled).
    if (pv == '.') return te;
  }
  if (nx == '.' && DigitAt(te + 1)) {
    if (size_t e = TryDotted(ts)) return e;
  }
  if (nx == '.' && te - ts <= 2 && IsUpper(At(te + 1))) {
    if (size_t e = BookingPassengerName(te + 1)) return e;
  }
  if (te - ts == 4 && (nx == '-' || nx == '/' || nx == '.' || StartsAt(te, "年"))) {
    if (size_t e = TryDate(ts, te)) return e;
  }
  if (te - ts <= 2 && (nx == '/' || nx == '-' || nx == '.') && DigitAt(te + 1) &&
      (ts == 0 || (t_[ts - 1] != '.' && t_[ts - 1] != '-' && t_[ts - 1] != '/'))) {
    if (size_t e = TryDateDayFirst(ts, te)) return e;
    if (pv == '"') {  // {"birthday":"07-02"}
      if (size_t e = QuotedBirthdayWithoutYear(ts)) return e;
    }
  }
  // A CGI / ECGI: from 460, or from any country code right after a cell key ("ecgi=454-06-...")
  // or a blank with a two-digit network code after it (基站 454-00-1458-884; TryCgi wants a
  // cell word near for those).
  // (A SUCI's MCC after "suci-0-" first: SuciFrom.)
  if (te - ts == 3 && nx == '-') {
    if (pv == '-' && ts >= 7 && t_[ts - 3] == '-' && (t_[ts - 7] | 0x20) == 's') {
      if (size_t e = SuciFrom(ts)) return e;
    }
    if (t_.substr(ts, 3) == "460" || (pv == '=' || pv == ':') ||
        (pv == ' ' && t_[ts] >= '2' && t_[ts] <= '7' && DigitAt(te + 1) && DigitAt(te + 2) &&
         At(te + 3) == '-')) {
      if (size_t e = TryCgi(ts)) return e;
    }
  }
  // A '+' glued to what is before it is a form-encoded blank ("...096+17395592953" in an
  // upload), not a country code's sign; after Chinese text, when a mainland mobile follows
  // ("%E4%BD%98+13691299624", decoded as "佘+1369..."), the mobile is meant, not +1.
  bool plus = pv == '+' && !(ts >= 2 && (IsAlnum(t_[ts - 2]) || (static_cast<unsigned char>(t_[ts - 2]) >= 0x80 &&
                                                                  te - ts == 11 &&
                                                                  validate::IsCnMobile(t_.substr(ts, 11)))));
  if (((nx == ' ' || nx == '-') && DigitAt(te + 1)) ||
      (plus && te - ts <= 3 && (nx == '(' || (nx == ' ' && At(te + 1) == '(')))) {
    // An IMEI as a URN (RFC 7254: urn:gsma:imei:35467211-629172-0, a SIP contact's
    // +sip.instance): TAC, serial number and a spare digit.
    if (pv == ':' && te - ts == 8 && ts >= 5) {
      if (size_t e = ImeiUrnAt(ts)) return e;
    }
    if (size_t e = TryGrouped(ts, te, plus)) {
      // A combo list's line that starts with the mobile and its country code: "+86-1310...
      // ---- password", "+86 133 4963 8510----password".
      if (plus && (At(e) == '-' || At(e) == ' ') && LineStartBefore(ts - 1)) {
        if (size_t c = ComboSecretAfter(e, false)) return c;
      }
      return e;
    }
  }
  if (pv == '(' && nx == ')' && te - ts >= 3 && te - ts <= 4 && t_[ts] == '0') {
    // (0551)22935252, (010) 12345678, or the number in two groups: (021)6234-5678
    size_t p = te + 1;
    if (At(p) == ' ') ++p;
    size_t q = p;
    while (DigitAt(q)) ++q;
    size_t q2 = q;  // the end of a second group after '-' or a blank
    if (q - p >= 3 && q - p <= 4 && (At(q) == '-' || At(q) == ' ') && DigitAt(q + 1)) {
      q2 = q + 1;
      while (DigitAt(q2)) ++q2;
      if (q2 - q - 1 != 4) q2 = q;
    }
    if (q2 > q && !AlnumAt(q2)) {
      std::string& d = scr_.digits;
      d.assign(t_.substr(ts + 1, te - ts - 1));
      d.append(t_.substr(p, q - p));
      d.append(t_.substr(q + 1, q2 - q - 1));
      if (validate::CnLandlineAreaCodeLength(d) == static_cast<int>(te - ts - 1)) {
        Add(ts - 1, q2, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, ts - 1), "cn_landline");
        return q2;
      }
    }
    if (q - p >= 7 && q - p <= 8 && !AlnumAt(q)) {
      std::string& d = scr_.digits;
      d.assign(t_.substr(ts + 1, te - ts - 1));
      d.append(t_.substr(p, q - p));
      if (validate::CnLandlineAreaCodeLength(d) == static_cast<int>(te - ts - 1)) {
        Add(ts - 1, q, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, ts - 1), "cn_landline");
        return q;
      }
    }
  }
  if ((pv == '(' || (pv == '+' && ts >= 2 && t_[ts - 2] == '(')) && nx == ')' && te - ts >= 2 &&
      te - ts <= 3 && t_[ts] != '0') {
    if (size_t e = TryParenthesizedCountryCode(ts, te)) return e;
  }
  // More than fifteen digits are no phone number (E.164): a resident ID or a card after a
  // '+' is classified as any run ("+320602198202225096" in a form-encoded upload).
  if (plus && te - ts > 15) plus = false;
  if (plus) {
    if (EvaluatePhoneDigits(t_.substr(ts, te - ts), true, false, ts - 1, te) &&
        (nx == '-' || nx == ' ') && ts >= 1 && (ts == 1 || t_[ts - 2] == '\n')) {
      if (size_t e = ComboSecretAfter(te, false)) return e;
    }
    return te;
  }
  if ((nx == ',' || nx == '+' || static_cast<unsigned char>(nx) == 0xE3 ||
       static_cast<unsigned char>(nx) == 0xE5) &&
      MoreGroupsAfter(te)) {
    if (size_t e = TryGrouped(ts, te, false)) return e;  // 420111，19720424，5179 (read out)
  }
  if (te - ts >= 6) {  // shorter runs are no identifier alone
    if (pv == '>' && ElementSecret(ts)) return te;  // <password>84464937</password>
    // The last readings, when ClassifyDigits found nothing: asked there, they made every
    // digit run pay for a larger stack frame (measured: 2% more instructions on a CDR file).
    if (!MayNeedTheRest(ts, te))
      ClassifyDigits(ts, te);
    else
      ClassifyDigitsThenTheRest(ts, te);
    // A combo list's line: a mobile, then "----" and its password.
    if (te - ts == 11 && (nx == '-' || nx == ' ' || nx == '|' || nx == ':') && LineStartBefore(ts)) {
      if (size_t e = ComboSecretAfter(te, false)) return e;
    }
  } else if (nx == ')') {
    // redis-cli's numbered reply line (` 8) "kKdEzm..."`) under a secret's field name.
    if (te - ts <= 3 && !letters && At(te + 1) == ' ' && At(te + 2) == '"') {
      if (size_t e = RedisReplySecret(te + 2)) return e;
    }
  }
  return te;
}

bool SegmentScan::EvaluatePhoneDigits(std::string_view d, bool plus, bool grouped, size_t s,
                                      size_t e) {
  // Mainland forms: 11-digit mobile, +86/0086/86 + mobile, 0 + area code + number.
  std::string_view national = d;
  bool cn_prefix = false;
  if (plus) {
    int cc = validate::CountryCodeLength(d);
    if (cc == 0) return false;
    if (d.substr(0, cc) != "86") {
      size_t rest = d.size() - static_cast<size_t>(cc);
      if (d.size() < 8 || d.size() > 15 || rest < 6) return false;
      // A North American toll-free number (+1 800, 833, 844, 855, 866, 877, 888) is a
      // business's line, like a mainland 400 or 800 number: taken, not reported.
      if (cc == 1 && d.size() == 11 && d[1] == '8' && d[2] == d[3] &&
          (d[2] == '0' || (d[2] >= '3' && d[2] <= '8')))
        return true;
      // A hotline's or a shop's number (客戶服務熱線 +852 ..., Shop ... Tel: +853 ...).
      if (OrganisationLineAt(s, e)) return true;
      Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, s), "intl_phone");
      return true;
    }
    national = d.substr(2);
    cn_prefix = true;
  } else if (d.size() == 15 && d.substr(0, 4) == "0086") {
    national = d.substr(4);
    cn_prefix = true;
  } else if (d.size() == 13 && d.substr(0, 2) == "86") {
    national = d.substr(2);
    cn_prefix = true;
  }
  // 852-62078094, (852) 6193 8409, 00852 93430082: Hong Kong and Macau without the '+'.
  if (!plus && grouped && validate::IsHkMacauNumber(d)) {
    if (!OrganisationLineAt(s, e)) Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, s), "intl_phone");
    return true;
  }
  if (national.size() == 11 && validate::IsSmsCentre(national)) return true;  // taken, not PI
  if (national.size() == 11 && validate::IsCnMobile(national)) {
    Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, cn_prefix || grouped ? L::kVeryLikely : L::kLikely, s),
        "cn_mobile");
    return true;
  }
  // Landline: with a trunk 0 nationally, without it after +86.
  std::string_view ll = national;
  if (!cn_prefix) {
    if (ll.empty() || ll[0] != '0') return false;
    ll = ll.substr(1);
  } else if (!ll.empty() && ll[0] == '0') {
    ll = ll.substr(1);
  }
  if (validate::CnLandlineAreaCodeLength(ll) > 0) {
    if (OrganisationLineAt(s, e)) return true;  // taken, not reported
    Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, cn_prefix || grouped ? L::kLikely : L::kPossible, s),
        "cn_landline");
    return true;
  }
  return false;
}

namespace {
// A 15-digit placeholder: an emulator's or a form's IMEI (000000000000000: one digit fifteen
// times) or an IMSI with no subscriber number (460000000000000, 460010000000000): no device
// and no subscriber, and no other reading of fifteen digits either.
bool PlaceholderDigits15(std::string_view d) {
  if (std::all_of(d.begin(), d.end(), [&](char c) { return c == d[0]; })) return true;
  return d[0] == '4' && d[1] == '6' && d[2] == '0' &&
         std::all_of(d.begin() + 5, d.end(), [](char c) { return c == '0'; });
}
}  // namespace

void SegmentScan::ClassifyDigits(size_t ts, size_t te) {
  std::string_view d = t_.substr(ts, te - ts);
  size_t len = d.size();
  if (len < 6) return;
  if (len == 15 && (d[14] == d[0] || (d[14] == '0' && d[5] == '0')) && PlaceholderDigits15(d))
    return;
  // Checked here rather than in OnToken, whose every token would pay for the test.
  if (len == 8 && At(te) == '/' && (ts == 0 || t_[ts - 1] != '/') && TrySlashedImei(ts, te))
    return;
  // Best candidate among the interpretations of this digit run.
  TypeId best_type = 0;
  Likelihood best = L::kVeryUnlikely;
  std::string_view best_detector;
  bool have = false;
  // Always inlined: GCC's unit-wide inlining budget made it a call once this file grew,
  // which cost 2% of a CSV scan.
  auto consider = [&](TypeId type, Likelihood base,
                      std::string_view detector) __attribute__((always_inline)) {
    Likelihood lk = Adjust(type, base, ts);
    if (!have || static_cast<int>(lk) > static_cast<int>(best)) {
      best = lk;
      best_type = type;
      best_detector = detector;
      have = true;
    }
  };
  // The field (key or column) is looked up only when a reading depends on it: most long
  // digit runs of a log (order numbers, millisecond times, sequence numbers) validate as
  // nothing, and then the lookup would be wasted. Every use below asks field() or hinted().
  std::string_view key;
  const FieldClass* fc = nullptr;
  bool fc_known = false;
  auto field = [&]() {
    if (!fc_known) {
      fc = FieldAt(ts, &key);
      fc_known = true;
    }
    return fc;
  };
  auto hinted = [&](TypeId t) {
    const FieldClass* f = field();
    return f && f->HintsType(t);
  };
  // The resident-ID check serves both the fast path and the general readings: done once,
  // when first asked (labelled IMSIs and IMEIs return before it is needed).
  validate::ResidentIdCheck id_check;
  bool id_checked = false;
  auto resident_id = [&]() -> const validate::ResidentIdCheck& {
    if (!id_checked) {
      if (len == 18) id_check = validate::CheckResidentId18(d);
      else if (len == 15) id_check = validate::CheckResidentId15(d);
      id_checked = true;
    }
    return id_check;
  };
  // Fast path for labelled values (imsi=..., "msisdn": ...): when the field names a type and
  // the value validates as that type, that is the answer; other readings need not be tried.
  // A column's or JSON key's class comes with the segment and is asked first; a key=value
  // key is looked up only once the value validates as some type (a hint implies a type
  // mask, so either order gives the same answer).
  if (seg_.field_class) field();
  if (!fc_known || (fc && fc->type_mask)) {
    auto labelled = [&](TypeId t, auto valid) {
      return fc_known ? hinted(t) && valid() : valid() && hinted(t);
    };
    if (labelled(kPhoneNumber, [&] {
          return (len == 11 && validate::IsCnMobile(d)) ||
                 (len == 13 && d[0] == '8' && d[1] == '6' && validate::IsCnMobile(d.substr(2)));
        })) {
      if (!MayBeExtensionAfter(te) || !VirtualNumberExtension(te))
        Add(ts, te, kPhoneNumber, L::kVeryLikely, "cn_mobile");
      return;
    }
    if (len == 15 && labelled(kImsiId, [&] { return validate::IsCnImsi(d); })) {
      Add(ts, te, kImsiId, L::kVeryLikely, "cn_imsi");
      return;
    }

    if (len == 15 && labelled(kImeiHardwareId, [&] { return validate::IsImei(d); })) {
      Add(ts, te, kImeiHardwareId, L::kVeryLikely, "imei");
      return;
    }
    // Under an IMSI key, a roamer's IMSI even when it passes for an IMEI too (454 10...: a
    // Luhn digit and reporting body 45). Without such a reading, OtherImsi finds it.
    if (len == 15 && fc_known && fc && fc->HintsType(kImsiId) && validate::HasImsiShape(d)) {
      Add(ts, te, kImsiId, L::kLikely, "imsi");
      return;
    }
    if (len == 18 && labelled(kChinaResidentIdNumber, [&] { return resident_id().valid; })) {
      Add(ts, te, kChinaResidentIdNumber, L::kVeryLikely, "cn_resident_id");
      return;
    }
    if (len == 15 && labelled(kChinaResidentIdNumber, [&] { return resident_id().valid; })) {
      Add(ts, te, kChinaResidentIdNumber, L::kLikely, "cn_resident_id_15");
      return;
    }
    if (len >= 19 && labelled(kIccidNumber, [&] { return validate::IsCnIccid(d); })) {
      Add(ts, te, kIccidNumber, L::kVeryLikely, "cn_iccid");
      return;
    }

  }

  // A cell global identity whose cell happens to have no hex letter: an ECGI
  // ("ecgi":"460009858581") or SIP's utran-cell-id-3gpp (MCC, MNC, TAC, cell), as
  // ClassifyAlnum takes the hex ones. Asked apart from the readings below: most runs of these
  // lengths do not start with 460.
  if ((len == 12 || len == 16) && d[0] == '4' && d[1] == '6' && d[2] == '0' &&
      CellGlobalIdDigits(ts, te))
    return;
  switch (len) {
    case 10:
    case 11:
    case 12:
    case 13: {
      if (len == 11 && validate::IsCnMobile(d) && !validate::IsSmsCentre(d)) {
        // A 5G cell identity (36 bits, up to eleven digits) may look like a mobile number:
        // in its own column or JSON key it is the cell.
        if (NrCellValue(ts)) {
          Add(ts, te, kCellId, L::kLikely, "cell_id");
          return;
        }
        if (MayBeExtensionAfter(te) && VirtualNumberExtension(te)) return;
        consider(kPhoneNumber, L::kLikely, "cn_mobile");
      } else if (len == 11 && (seg_.field_class || KeyEndsInCiBefore(ts)) && NrCellValue(ts)) {
        // The same cell identity, when it is no mobile number either.
        Add(ts, te, kCellId, L::kLikely, "cell_id");
        return;
      } else if ((d[0] == '8' || d[0] == '0') && HkMacauNumberInPhoneField(ts, d)) {
        // 85261292526 under a phone field: Hong Kong or Macau without the '+'.
        Add(ts, te, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, ts), "intl_phone");
        return;
      }
      if (len == 13 && d.substr(0, 2) == "86" && validate::IsCnMobile(d.substr(2)) &&
          !validate::IsSmsCentre(d.substr(2)))
        consider(kPhoneNumber, L::kLikely, "cn_mobile");
      if (d[0] == '0' && validate::CnLandlineAreaCodeLength(d.substr(1)) > 0 &&
          !OrganisationLineAt(ts, te))
        consider(kPhoneNumber, L::kPossible, "cn_landline");
      // A 13-digit IoT number (物联网号码: 1064..., 1440..., 1410...) under a phone key, or
      // with a phone word near (号码 1064846193988, msisdns=...): raised to POSSIBLE by either.
      if (len == 13 && d[0] == '1' &&
          (d[1] == '4' || (d[1] == '0' && d[2] == '6' && d[3] == '4')) &&
          (hinted(kPhoneNumber) || PhoneWordNear(ts)))
        consider(kPhoneNumber, L::kUnlikely, "cn_iot_number");
      if (len == 11 && hinted(kPhoneNumber) && d[0] == '1')
        consider(kPhoneNumber, L::kUnlikely, "cn_mobile_shape");
      // A Visa card of thirteen digits, under a card key or after a card word ("card number
      // 4370097502556"): a millisecond time starts with 1, and the BIN and Luhn must hold.
      if (len == 13 && d[0] == '4' && validate::BankCardStrength(d) == 2 &&
          (hinted(kBankCardNumber) || HasHotword(ts, kBankCardNumber)))
        consider(kBankCardNumber, L::kPossible, "bank_card");
      break;
    }
    case 14:
      // A Diners Club card (300-305, 36, 38, 39), likewise with a card key or word: fourteen
      // digits are a date and a time (20240613101530) far more often.
      if (d[0] == '3' && validate::BankCardStrength(d) == 2 &&
          (hinted(kBankCardNumber) || HasHotword(ts, kBankCardNumber)))
        consider(kBankCardNumber, L::kPossible, "bank_card");
      if (hinted(kImeiHardwareId)) consider(kImeiHardwareId, L::kPossible, "imei");
      // A MEID in decimal (its 99 prefix) after the word MEID, not only under a MEID key.
      if ((hinted(kMeid) || HasHotword(ts, kMeid)) && validate::IsMeid(d))
        consider(kMeid, L::kPossible, "meid");
      // An E-UTRAN cell global identity written in decimal, MCC + MNC + ECI as drive-test and
      // engineering-mode screens show it (服务小区 46001692883078), with a cell word or key.
      if (d.substr(0, 3) == "460" && validate::IsCnMnc(d.substr(3, 2)) &&
          (hinted(kCellId) || HasHotword(ts, kCellId)))
        consider(kCellId, L::kLikely, "cell_global_id");
      break;
    case 15: {
      if (d.substr(0, 4) == "0086" && validate::IsCnMobile(d.substr(4)) &&
          !validate::IsSmsCentre(d.substr(4)))
        consider(kPhoneNumber, L::kLikely, "cn_mobile");
      if (validate::IsCnImsi(d)) consider(kImsiId, L::kLikely, "cn_imsi");
      if (validate::Luhn(d)) {
        bool rb = validate::HasKnownImeiReportingBody(d);
        consider(kImeiHardwareId, rb ? L::kLikely : L::kUnlikely, "imei");
      } else if (hinted(kImeiHardwareId)) {
        consider(kImeiHardwareId, L::kUnlikely, "imei");
      }
      const validate::ResidentIdCheck& id = resident_id();
      if (id.valid) {
        // A legacy ID has no check digit, so it needs context; with an ID hotword it beats
        // the IMEI reading that one legacy ID in ten also passes.
        // (The bare word ID right before counts too, as English notes write "old 15-digit
        // ID 3713..."; a date and a region code already had to hold.)
        bool id_context = HasHotword(ts, kChinaResidentIdNumber) || IdWordRightBefore(ts);
        Likelihood base = id.region == validate::RegionEvidence::kKnownCode ? L::kUnlikely
                                                                             : L::kVeryUnlikely;
        consider(kChinaResidentIdNumber, id_context ? Raise(base, 2) : base, "cn_resident_id_15");
      }
      if (validate::BankCardStrength(d) == 2) consider(kBankCardNumber, L::kPossible, "bank_card");
      break;
    }
    case 16:
    case 17:
    case 18:
    case 19:
    case 20: {
      if (len == 18) {
        const validate::ResidentIdCheck& id = resident_id();
        if (id.valid)
          consider(kChinaResidentIdNumber,
                   id.region == validate::RegionEvidence::kKnownCode ? L::kLikely : L::kPossible,
                   "cn_resident_id");
        // A MEID in decimal (MEID DEC: 268435457803430008) under a MEID key or word.
        // (Its manufacturer code starts with 2, 3 or 4 and its serial number with 0 or 1:
        // two compares, not a call, for most 18-digit order numbers.)
        else if (d[0] >= '2' && d[0] <= '4' && (d[10] == '0' || d[10] == '1') &&
                 validate::IsDecimalMeid(d) && (hinted(kMeid) || HasHotword(ts, kMeid)))
          consider(kMeid, L::kLikely, "meid");
      }
      // An IMEISV (TAC, serial number, two-digit software version: no check digit) under an
      // IMEI key, or with a known reporting body and an IMEI word nearby ("IMEISV 86453876...",
      // "Mobile Equipment Identity (MEI) : 0163...").
      if (len == 16 && (hinted(kImeiHardwareId) || (validate::HasKnownImeiReportingBody(d) &&
                                                    HasHotword(ts, kImeiHardwareId))))
        consider(kImeiHardwareId, L::kPossible, "imeisv");
      if (len <= 19) {
        int strength = validate::BankCardStrength(d);
        if (strength == 2) consider(kBankCardNumber, len == 18 ? L::kPossible : L::kLikely, "bank_card");
        else if (strength == 1) consider(kBankCardNumber, L::kPossible, "bank_card");
      }
      if ((len == 19 || len == 20) && validate::IsCnIccid(d))
        consider(kIccidNumber, L::kLikely, "cn_iccid");
      break;
    }
    default:
      break;
  }
  if (!have && len <= 10) {
    if (hinted(kCellId)) {
      if (!fc->cell_area) consider(kCellId, L::kPossible, "cell_id");
    } else if (len >= 5 && ServingCellBefore(ts)) {
      // 服务小区146565170: an engineer's note of the cell a device camps on (小区 alone is
      // an estate more often).
      consider(kCellId, L::kPossible, "cell_id");
    } else if (len >= 4 && ts >= 8 && (t_[ts - 1] == ':' || t_[ts - 1] == '=') &&
               (t_[ts - 2] == 'd' || (t_[ts - 2] == '"' && t_[ts - 3] == 'd')) &&
               CidAfterLac(ts)) {
      consider(kCellId, L::kPossible, "cell_id");
    } else if (len >= 4 && ts >= 10 && t_[ts - 1] == '/' && LacCiPairBefore(ts)) {
      // "LAC/CI: 49006/46195251": the second of the pair is the cell.
      consider(kCellId, L::kPossible, "cell_id");
    } else if (len == 6 && fc && fc->HintsType(kDateOfBirth) && validate::IsYearMonth6(d)) {
      // 199205 under 出生年月: a year and month of birth, in a birth field only.
      Add(ts, te, kDateOfBirth, Adjust(kDateOfBirth, L::kPossible, ts), "date_of_birth");
      return;
    } else if (len <= 8 && ts >= 5 && (t_[ts - 1] == ' ' || t_[ts - 1] == ':') &&
               EnglishCodeWordBefore(ts)) {
      // "auto-fill verify code 934284", "Your verification code is 582013": a one-time
      // code in English (验证码 in Chinese is found from its characters).
      Add(ts, te, kCredential, L::kPossible, "one_time_code");
      return;
    }
  }
  // The date first: a field look-up and a hotword search cost more, and most 8-digit runs
  // are no date.
  if (!have && len == 8 && validate::IsValidBirthDate8(d, 1900, 2030) &&
      (hinted(kDateOfBirth) || HasHotword(ts, kDateOfBirth) || RecordBirthDate(ts, te) ||
       StartsAt(te, "出生") || SpacedBirthLabelBefore(ts)))
    consider(kDateOfBirth, L::kPossible, "date_of_birth");
  if (have) Add(ts, te, best_type, best, best_detector);
}

// ClassifyDigits' last readings, for eight, ten (09...) or fifteen digits t_[ts, te) it found
// nothing in: a local phone number under a phone field, an IMSI of another network.
void SegmentScan::NothingElseFound(size_t ts, size_t te) {
  const size_t len = te - ts;
  if (len >= 10 && len <= 16 &&
      ((t_[ts] == '0' && t_[ts + 1] == '0') || (len == 16 && t_[ts + 1] == '4' && t_[ts + 2] == '6'))) {
    ForeignNumberOrEapIdentity(ts, te);
    return;
  }
  if (len == 15) {
    OtherImsi(ts, te);
  } else if (len == 8 && ts >= 2 && (t_[ts - 1] == ' ' || t_[ts - 1] == ':') &&
             SimCodeLabelBefore(ts)) {
    // "PUK 12345678", "PUK码：12345678", "PUK碼係 62395707": a PUK's eight digits (a PIN's four
    // are found from the short-run test, OnTokenSpan).
    SimCodeAfter(ts);
  } else if (!(At(te) == '-' && DigitAt(te + 1)) && LocalNumberInPhoneContext(ts, t_.substr(ts, len))) {
    // (Not the first group of a longer dashed number: a Hong Kong business registration
    // number, 28355889-000-08-24-6, after its label's 號碼.)
    Add(ts, te, kPhoneNumber, Adjust(kPhoneNumber, L::kPossible, ts), "local_phone");
  }
}

// Whether the word ID (in capitals, a word of its own) ends right before t_[ts], maybe with
// a colon or one or two blanks between: "old 15-digit ID 371302460414392", "ID: 3713...".
bool SegmentScan::IdWordRightBefore(size_t ts) const {
  size_t p = ts;
  while (p > 0 && ts - p < 2 && t_[p - 1] == ' ') --p;
  if (p > 0 && t_[p - 1] == ':') --p;
  while (p > 0 && ts - p < 4 && t_[p - 1] == ' ') --p;
  return p >= 2 && t_[p - 1] == 'D' && t_[p - 2] == 'I' && (p == 2 || !IsAlnum(t_[p - 3]));
}

// Whether the number at t_[ts] is the value of a "cid" key that follows a "lac" key of the
// same record ({"mcc":460,"mnc":0,"lac":45805,"cid":49891}, lac=...&cid=...), as Android's
// cell location and LBS APIs write a GSM or UMTS cell: the cell's identity. A "cid" alone is
// a customer's, a client's or a content's id as often.
bool SegmentScan::CidAfterLac(size_t ts) const {
  size_t p = ts - 1;  // the ':' or '='
  if (t_[p - 1] == '"') --p;
  if (p < 4 || (t_[p - 1] | 0x20) != 'd' || (t_[p - 2] | 0x20) != 'i' || (t_[p - 3] | 0x20) != 'c' ||
      IsAlnum(t_[p - 4]) || t_[p - 4] == '_')
    return false;
  const size_t from = p > 48 ? p - 48 : 0;
  const std::string_view before = t_.substr(from, p - 3 - from);
  if (before.find('\n') != std::string_view::npos) return false;
  for (std::string_view k : {"\"lac\":", "lac=", "\"LAC\":", "LAC="})
    if (before.find(k) != std::string_view::npos) return true;
  return false;
}

bool SegmentScan::LacCiPairBefore(size_t ts) const {
  size_t p = ts - 1;  // the '/'
  const size_t lac_end = p;
  while (p > 0 && lac_end - p < 6 && IsDigit(t_[p - 1])) --p;
  if (p == lac_end || p < 8) return false;
  if (t_[p - 1] == ' ') --p;
  if (t_[p - 1] != ':' && t_[p - 1] != '=') return false;
  --p;
  return p >= 6 && ascii::EqualsNoCase(t_.substr(p - 6, 6), "lac/ci") &&
         (p == 6 || !IsAlnum(t_[p - 7]));
}

// Whether a Wi-Fi or Bluetooth word stands before the address label that names the value at
// ts, on its line ("Wi-Fi 地址：B0958EC76473", "蓝牙地址: ..."): the key the label gives is
// only 地址, and the device's radio address is its MAC.
bool SegmentScan::RadioAddressLabelBefore(size_t ts) const {
  const size_t from = ts > 24 ? ts - 24 : 0;
  std::string_view before = t_.substr(from, ts - from);
  if (const size_t nl = before.rfind('\n'); nl != std::string_view::npos) before.remove_prefix(nl + 1);
  if (before.find("地址") == std::string_view::npos) return false;
  for (std::string_view w : {"wi-fi", "wifi", "wlan", "bluetooth"})
    if (ascii::ContainsNoCase(before, w)) return true;
  return before.find("蓝牙") != std::string_view::npos;
}

// Whether the value at ts follows an EAP or RADIUS identity key ("identity=", "Identity: ",
// "User-Name = \"", "username=").
bool SegmentScan::EapIdentityKeyBefore(size_t ts) const {
  size_t p = ts;
  if (p > 0 && t_[p - 1] == '"') --p;
  while (p > 0 && ts - p < 4 && t_[p - 1] == ' ') --p;
  if (p == 0 || (t_[p - 1] != '=' && t_[p - 1] != ':')) return false;
  --p;
  while (p > 0 && t_[p - 1] == ' ') --p;
  const size_t ke = p;
  while (p > 0 && ke - p < 16 && (IsAlpha(t_[p - 1]) || t_[p - 1] == '-' || t_[p - 1] == '_')) --p;
  const std::string_view key = t_.substr(p, ke - p);
  for (std::string_view k : {"identity", "user-name", "username", "eap-identity", "eap_identity", "nai"})
    if (ascii::EqualsNoCase(key, k)) return true;
  return false;
}

// NothingElseFound's rare readings of the digits t_[ts, te), which ClassifyDigits did not take:
// a foreign number after the international prefix 00 instead of '+' (00959650647614,
// 0085262916766) with a phone word, under a phone field or in Hong Kong's or Macau's shape
// (a bare country code, 959777239853, is not told from an order number by its digits alone:
// not read); an EAP permanent identity without its realm (identity=1460054346757419): the
// method digit, then the IMSI (see SipIdentity).
void SegmentScan::ForeignNumberOrEapIdentity(size_t ts, size_t te) {
  const std::string_view d = t_.substr(ts, te - ts);
  if (d[0] == '0' && d[1] == '0') {
    if (ForeignNumberAfter00(d, ts))
      Add(ts, te, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, ts), "intl_phone");
    return;
  }
  if ((d[0] == '0' || d[0] == '1' || d[0] == '6') && EapIdentityKeyBefore(ts) &&
      validate::IsCnImsi(d.substr(1)))
    Add(ts + 1, te, kImsiId, Adjust(kImsiId, L::kLikely, ts + 1), "cn_imsi");
}

// Whether the digits d at ts are a foreign number after the international prefix 00: a
// country code other than China's and six to twelve more digits, with a phone field, a phone
// word or a Hong Kong or Macau number's shape to say so.
bool SegmentScan::ForeignNumberAfter00(std::string_view d, size_t ts) {
  const std::string_view rest = d.substr(2);
  if (rest[0] == '0' || (rest[0] == '8' && rest[1] == '6')) return false;
  const int cc = validate::CountryCodeLength(rest);
  if (cc == 0 || rest.size() < static_cast<size_t>(cc) + 6 ||
      rest.size() > static_cast<size_t>(cc) + 12)
    return false;
  std::string_view key;
  const FieldClass* fc = FieldAt(ts, &key);
  return (fc && fc->HintsType(kPhoneNumber)) || HasHotword(ts, kPhoneNumber) ||
         validate::IsHkMacauNumber(d);
}

bool SegmentScan::ServingCellBefore(size_t ts) const {
  size_t p = ts;
  while (p > 0 && ts - p < 2 && (t_[p - 1] == ':' || t_[p - 1] == ' ' || t_[p - 1] == '=')) --p;
  const size_t label_end = p;
  if (p >= 2 && t_[p - 1] == 'D' && t_[p - 2] == 'I') p -= 2;  // 服务小区ID
  if (EndsAt(t_, p, "服务小区") || EndsAt(t_, p, "驻留小区") || EndsAt(t_, p, "主小区"))
    return true;
  // The English label in two words, as device info screens and alarm texts write it:
  // "Cell ID: 114437126", "Cell ID=123639043" (not "Local Cell ID": a sector's number).
  p = label_end;
  if (p < 7 || p == ts || (t_[p - 1] | 0x20) != 'd' || (t_[p - 2] | 0x20) != 'i') return false;
  size_t w = p - 2;
  if (t_[w - 1] == ' ') --w;
  return w >= 4 && ascii::EqualsNoCase(t_.substr(w - 4, 4), "cell") &&
         (w == 4 || !IsAlnum(t_[w - 5])) &&
         !(w >= 10 && ascii::EqualsNoCase(t_.substr(w - 10, 6), "local "));
}

// The text of an XML element named as a secret (<Password>, <KeyPassphrase>, a TR-069
// <Value> after its <Name>...Password</Name>) starting at t_[ts], right after the '>':
// reported up to its closing '<' when it is one word of 3 to 128 bytes. Returns whether it was.
size_t SegmentScan::ElementTextEnd(size_t ts) const {
  size_t e = ts;
  while (e < n_ && e - ts <= 128 && t_[e] != '<' && t_[e] != ' ' && t_[e] != '\n') ++e;
  return e;
}

bool SegmentScan::ElementSecret(size_t ts) {
  std::string_view key;
  const FieldClass* fc = FieldAt(ts, &key);
  if (!fc || !fc->HintsType(kCredential)) return false;
  const size_t e = ElementTextEnd(ts);
  bool digits_only = true;
  for (size_t k = ts; k < e; ++k) digits_only &= IsDigit(t_[k]);
  if (At(e) != '<' || e - ts < 3) return false;
  // A code of more than eight digits (an e-invoice's 20-digit <VerifyCode>) is a check
  // number, not a one-time code.
  if (digits_only && e - ts > 8 && key.size() >= 4 && Lower(key[key.size() - 1]) == 'e' &&
      Lower(key[key.size() - 2]) == 'd' && Lower(key[key.size() - 3]) == 'o' &&
      Lower(key[key.size() - 4]) == 'c')
    return false;
  // WS-Security's <wsse:Password Type="...#PasswordDigest">: a digest of the password with
  // a nonce and a time, no secret (its #PasswordText form is one).
  if (ts >= 2) {
    const size_t lt = t_.rfind('<', ts - 2);
    if (lt != std::string_view::npos && ts - lt <= 256 &&
        t_.substr(lt, ts - lt).find("#PasswordDigest") != std::string_view::npos)
      return true;
  }
  Add(ts, e, kCredential, L::kLikely, "credential_value");
  return true;
}

void SegmentScan::ClassifyAlnum(size_t ts, size_t te) {
  // After a backslash: maybe an escape joined to a value. Checked here rather than in
  // OnToken, whose every token would pay for the test; the scan goes on after the token.
  if (ts > 0 && t_[ts - 1] == '\\') {
    OnEscapedToken(ts, te);
    return;
  }
  if (ts > 0 && t_[ts - 1] == '>' && ElementSecret(ts)) return;  // <password>abc12345</...>
  std::string_view tok = t_.substr(ts, te - ts);
  size_t len = tok.size();
  // 17 digits + X: resident ID with check character X.
  if (len == 18 && (tok[17] == 'X' || tok[17] == 'x') && validate::AllDigits(tok.substr(0, 17))) {
    auto id = validate::CheckResidentId18(tok);
    if (id.valid)
      Add(ts, te, kChinaResidentIdNumber,
          Adjust(kChinaResidentIdNumber,
                 id.region == validate::RegionEvidence::kKnownCode ? L::kLikely : L::kPossible, ts),
          "cn_resident_id");
    return;
  }
  if ((len == 19 || len == 20) && validate::IsCnIccid(tok)) {
    Add(ts, te, kIccidNumber, Adjust(kIccidNumber, L::kLikely, ts), "cn_iccid");
    return;
  }
  // An IPTV account that is the subscriber's number after "itv" (itv02061494541,
  // itv17753844905), as China Telecom numbers its IPTV logins: the number is the phone's.
  if ((len == 14 || len == 15) && (tok[0] | 0x20) == 'i' && (tok[1] | 0x20) == 't' &&
      (tok[2] | 0x20) == 'v' && validate::AllDigits(tok.substr(3))) {
    ClassifyDigits(ts + 3, te);
    return;
  }
  if ((len == 19 || len == 20) && validate::IsCnIccidLettersAnywhere(tok)) {
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    if ((fc && fc->HintsType(kIccidNumber)) || HasHotword(ts, kIccidNumber)) {
      Add(ts, te, kIccidNumber, Adjust(kIccidNumber, L::kLikely, ts), "cn_iccid");
      return;
    }
  }
  // An airline booking's SSR FOID (form of identification): NI and the resident ID ("SSR
  // FOID CZ HK1 NI320106197312294344/P1"), ID-prefixed the same in other systems.
  if (len == 20 && ((tok[0] == 'N' && tok[1] == 'I') || (tok[0] == 'I' && tok[1] == 'D'))) {
    const auto id = validate::CheckResidentId18(tok.substr(2));
    if (id.valid && id.region == validate::RegionEvidence::kKnownCode) {
      Add(ts + 2, te, kChinaResidentIdNumber, Adjust(kChinaResidentIdNumber, L::kLikely, ts),
          "cn_resident_id");
      return;
    }
  }
  char c0 = tok[0];
  std::string_view rest = tok.substr(1);
  // Passports: E + 8 digits, E + letter + 7 digits, G + 8 digits (older), D/S/P official.
  // Not right after a province's abbreviation: 粤CB7558831 is a licence's number.
  if (len == 9 && IsUpper(c0) && !ProvinceAbbreviationBefore(ts)) {
    bool digits8 = validate::AllDigits(rest);
    bool letter7 = IsUpper(rest[0]) && rest[0] != 'I' && rest[0] != 'O' &&
                   validate::AllDigits(rest.substr(1));
    if (c0 == 'E' && (digits8 || letter7)) {
      Add(ts, te, kChinaPassport, Adjust(kChinaPassport, L::kPossible, ts), "cn_passport");
      return;
    }
    if (c0 == 'G' && digits8) {
      Add(ts, te, kChinaPassport, Adjust(kChinaPassport, L::kPossible, ts), "cn_passport");
      return;
    }
    if ((c0 == 'D' || c0 == 'S' || c0 == 'P') && (digits8 || letter7)) {
      Add(ts, te, kChinaPassport, Adjust(kChinaPassport, L::kUnlikely, ts), "cn_passport");
      return;
    }
    // Exit-entry permit for travelling to and from Hong Kong and Macao: C + 8 digits or
    // C + letter + 7 digits; the older booklet W + 8 digits.
    if (c0 == 'C' && (digits8 || letter7)) {
      Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, L::kPossible, ts),
          "hk_macau_permit");
      return;
    }
    // The older booklet W + 8 digits; the home-return permit of Hong Kong and Macao
    // residents, H or M + 8 digits. Alone they are as often some other code: a type field
    // or word just before makes them likely.
    if ((c0 == 'W' || c0 == 'H' || c0 == 'M') && digits8) {
      const L base = PermitTypeBefore(ts) ? L::kLikely : L::kUnlikely;
      Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, base, ts), "hk_macau_permit");
      return;
    }
  }
  if (len == 11 && (c0 == 'H' || c0 == 'M') && validate::AllDigits(rest)) {
    Add(ts, te, kHkMacauTravelPermit, Adjust(kHkMacauTravelPermit, L::kUnlikely, ts),
        "hk_macau_permit");
    return;
  }
  // An E-UTRAN cell global identity in hex: MCC 460, a two-digit MNC and the 28-bit cell
  // (46000 + 7 hex, "ecgi":"46000BE5D201"), or the 16 of SIP's utran-cell-id-3gpp (MCC, MNC,
  // TAC, cell). Hex trace ids start so too now and then, so a cell key or word must be near.
  // In text, TokenMayMatter passes these lengths when they start with 460
  // ("utran-cell-id-3gpp=460006372AC01B82", "ecgi=460012ED55B6").
  // A 5G NR cell global identity likewise: 460, the MNC and the 36-bit cell in nine hex
  // digits ("ncgi":"460003587AE003").
  // And SIP's utran-cell-id-3gpp for an NR cell: MCC, MNC, the 24-bit TAC in six hex digits
  // and the cell in nine (20 characters: "4600000a335db96a8005").
  if ((len == 12 || len == 14 || len == 16 || len == 20) && c0 == '4' &&
      tok[1] == '6' && tok[2] == '0' &&
      tok[3] <= '2' && IsDigit(tok[4]) && std::all_of(tok.begin(), tok.end(), IsHex)) {
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    if ((fc && fc->HintsType(kCellId)) || HasHotword(ts, kCellId)) {
      Add(ts, te, kCellId, Adjust(kCellId, L::kLikely, ts), "cell_global_id");
      return;
    }
  }
  // A cell identity written in hex under a cell key: a 28-bit E-UTRAN cell in seven hex
  // digits, a 36-bit NR cell in nine (tshark pads it to ten), maybe after 0x (NB-IoT
  // platforms: cellId=0xDF99032; 5G cores: "nrCellId":"6449a7004", CellID[0x6449a7004],
  // nRCellIdentity: 0xe19d430010). Without 0x it must have a hex letter: digits alone are
  // ClassifyDigits' to read. In running text only the lengths TokenMayMatter lets through
  // (nine, eleven, twelve after a key's separator); any as a whole value (a JSON member, a
  // CSV cell: "eutraCellId":"9609D04").
  if (len >= 7 && len <= 12 &&
      (te == n_ || len == 9 || len == 11 ||
       (len == 12 && ts > 0 &&
        (t_[ts - 1] == '=' || t_[ts - 1] == '"' || t_[ts - 1] == ' ' || t_[ts - 1] == ':'))) &&
      IsHexCellIdentity(tok)) {
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    if (fc ? fc->HintsType(kCellId) && fc->cell_identity : CellIdKeyInBracketsBefore(ts)) {
      Add(ts, te, kCellId, Adjust(kCellId, L::kLikely, ts), "cell_id");
      return;
    }
  }
  // A MAC without separators ("mac":"708F4790CA0E", a CSV cell) under a MAC key or column:
  // whole values only, as above.
  if (len == 12 && ts == 0 && te == n_ && std::all_of(tok.begin(), tok.end(), IsHex) &&
      seg_.field_class && seg_.field_class->HintsType(kMacAddress)) {
    AddMac(ts, te);
    return;
  }
  // ... and in text under a MAC key or right after the word: mac=584498E59540,
  // usermac=4cfbd0f37e7c, <Terminal mac="784674DC5BF6">, 光猫MAC 64098060F3D3.
  if (len == 12 && ts > 0 && !seg_.field_class &&
      (t_[ts - 1] == '=' || t_[ts - 1] == '"' || t_[ts - 1] == ' ' || t_[ts - 1] == ':') &&
      std::all_of(tok.begin(), tok.end(), IsHex) && !AlnumAt(te) && At(te) != '-' && At(te) != '.') {
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    if (fc ? fc->HintsType(kMacAddress) || RadioAddressLabelBefore(ts) : MacWordBefore(ts)) {
      AddMac(ts, te);
      return;
    }
  }
  if (len == 14 && validate::IsMeid(tok)) {
    bool common = (Lower(tok[0]) == 'a' && (tok[1] == '0' || tok[1] == '1'));
    Add(ts, te, kMeid, Adjust(kMeid, common ? L::kPossible : L::kUnlikely, ts), "meid");
    return;
  }
}

namespace {

// The run of hex digits, ':' and '.' that starts at p, as bit masks (bit k: byte p[k]) of
// its hex digits, colons and dots. len is its length; 64 when it goes on past 63 bytes (the
// masks then cover the first 64 only). `avail` bytes from p are text; the run ends there.
struct AddressRun {
  uint64_t hex = 0;
  uint64_t colon = 0;
  uint64_t dot = 0;
  unsigned len = 0;
};

// Byte by byte; stops at the first byte that is not part of the run.
AddressRun AddressRunPlain(const char* p, size_t avail) {
  AddressRun r;
  const unsigned limit = static_cast<unsigned>(std::min<size_t>(avail, 64));
  unsigned k = 0;
  for (; k < limit; ++k) {
    const char c = p[k];
    const uint64_t bit = uint64_t{1} << k;
    if (IsHex(c)) r.hex |= bit;
    else if (c == ':') r.colon |= bit;
    else if (c == '.') r.dot |= bit;
    else break;
  }
  r.len = k;
  return r;
}

#if defined(__SSE2__)
// Bit k: byte k of v is a hex digit. Digits: +0x50 lands on 0x80..0x89 (below -118 signed);
// a-f / A-F: (c | 0x20) - 'a' + 0x80 lands on 0x80..0x85 (below -122).
inline uint32_t HexMask16(__m128i v) {
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
                                       _mm_set1_epi8(static_cast<char>(-118)));
  const __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                  _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                     _mm_set1_epi8(static_cast<char>(-122)));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
}

// The same 16 bytes at a time, stopping at the block where the run ends; all 64 bytes at p
// must be readable.
AddressRun AddressRunWide(const char* p, size_t avail) {
  AddressRun r;
  for (unsigned b = 0; b < 64; b += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + b));
    uint32_t hex = HexMask16(v);
    uint32_t colon =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(':'))));
    uint32_t dot = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
    uint32_t in_run = hex | colon | dot;
    if (avail < b + 16) in_run &= avail > b ? (1u << (avail - b)) - 1 : 0;  // the text ends
    const uint32_t stop = ~in_run & 0xFFFFu;
    if (stop) {
      const unsigned k = static_cast<unsigned>(std::countr_zero(stop));
      const uint32_t keep = (1u << k) - 1;
      hex &= keep;
      colon &= keep;
      dot &= keep;
      r.len = b + k;
    }
    r.hex |= static_cast<uint64_t>(hex) << b;
    r.colon |= static_cast<uint64_t>(colon) << b;
    r.dot |= static_cast<uint64_t>(dot) << b;
    if (stop) return r;
  }
  r.len = 64;
  return r;
}
#endif

// Set bits of x (no popcnt instruction in the baseline x86-64 target).
inline int Popcount64(uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<int>((x * 0x0101010101010101ull) >> 56);
}

// Bits 2, 5, 8, 11 and 14: the colons of xx:xx:xx:xx:xx:xx.
constexpr uint64_t kMacColons = 0b100100100100100;

// Bits 2, 5, ..., 38: the colons of the 14 pairs of hex digits that Linux netfilter logs as
// "MAC=" (destination MAC, source MAC, EtherType: "00:16:3e:12:34:56:00:1a:2b:3c:4d:5e:08:00").
constexpr uint64_t kMacHeaderColons = [] {
  uint64_t m = 0;
  for (int k = 2; k < 41; k += 3) m |= uint64_t{1} << k;
  return m;
}();

// The link-layer header of a netfilter log line at t (41 bytes): 14 pairs of hex digits
// joined by ':'.
bool IsMacHeader(std::string_view t) {
  if (t.size() != 41) return false;
  for (size_t k = 0; k < 41; ++k)
    if (k % 3 == 2 ? t[k] != ':' : !IsHex(t[k])) return false;
  return true;
}

// validate::IsMac of the 17 bytes at p (all readable): six pairs of hex digits joined by
// ':' or by '-', the same one throughout.
bool IsMac17(const char* p) {
#if defined(__SSE2__)
  const char sep = p[2];
  if (sep != ':' && sep != '-') return false;
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const uint32_t hex = HexMask16(v);
  const uint32_t seps =
      static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(sep))));
  constexpr uint32_t kSeps = static_cast<uint32_t>(kMacColons);
  return (seps & kSeps) == kSeps && (hex | kSeps) == 0xFFFFu && IsHex(p[16]);
#else
  return validate::IsMac(std::string_view(p, 17));
#endif
}

// Whether the first `len` bytes of a run of hex digits and colons only (no dots) are an
// IPv6 address as validate::IsIpv6 defines it: 2-45 bytes, groups of 1-4 hex digits, at most
// one "::" (which stands for at least one zero group), no lone leading ':', 8 groups
// without "::" or at most 7 with it.
bool Ipv6FromMasks(uint64_t hex, uint64_t colon, unsigned len) {
  if (len < 2 || len > 45) return false;
  const uint64_t keep = (uint64_t{1} << len) - 1;
  hex &= keep;
  colon &= keep;
  const uint64_t pairs = colon & (colon >> 1);  // bit k: "::" at k (":::" gives two)
  if (pairs & (pairs - 1)) return false;        // a second "::"
  if ((colon & 1) && !(colon & 2)) return false;  // a lone leading ':'
  if (hex & (hex >> 1) & (hex >> 2) & (hex >> 3) & (hex >> 4)) return false;  // 5 hex digits
  const int groups = Popcount64(hex & ~(hex << 1));  // first digits of groups
  return pairs ? groups <= 7 : groups == 8;
}

}  // namespace

// One look at the run: its hex digits, colons and dots as bit masks, from which the MAC
// shape, the sentence ':' at the end and the IPv6 groups are read without another walk; a MAC
// with dashes is one 17-byte shape check. Runs with a dot (an IPv4 tail or a full stop), runs
// of 64 bytes or more and dashed groups that may begin before the token take the plain walk.
// Not inlined, not even in part: a split-off head in OnToken made every token dearer
// (measured on the sparse log).
// Where a MAC or IPv6 address around the hex token t_[ts, te) starts, walking back over hex
// digits and ':' (TryMacOrIpv6 and its reference agree on it); SIZE_MAX when the token is no
// hex group or the run is glued to a word.
[[gnu::always_inline]] inline size_t SegmentScan::HexColonRunStart(size_t ts, size_t te) const {
  // The token itself must be a hex group ("z0P:e8" is not part of an address).
  for (size_t k = ts; k < te; ++k)
    if (!IsHex(t_[k])) return SIZE_MAX;
  size_t s = ts;
  while (s > 0 && (IsHex(t_[s - 1]) || t_[s - 1] == ':')) --s;
  if (s > 0 && IsAlnum(t_[s - 1])) {
    // "MAC:8C:34:FD:46:68:D1": the walk went back into a key that ends in hex letters (no
    // digit: "xyz2001:db8::1" is an address glued to a word, not after a key); the address
    // starts after the key's ':'.
    while (s < ts && t_[s] != ':') {
      if (IsDigit(t_[s])) return SIZE_MAX;
      ++s;
    }
    if (s >= ts) return SIZE_MAX;
    ++s;
  } else if (s < ts && t_[s] == ':' && At(s + 1) != ':') {
    // A label's colon before the address ("MAC地址：50:FA:84:18:22:A8", the full-width colon
    // read as ':'): no part of it. (A leading "::" is IPv6's.)
    ++s;
  }
  return s;
}

__attribute__((noinline)) size_t SegmentScan::TryMacOrIpv6(size_t ts, size_t te) {
  if (reference_) return TryMacOrIpv6Reference(ts, te);
  const size_t s = HexColonRunStart(ts, te);
  if (s == SIZE_MAX) return 0;
  if (At(te) == '-' || (te < n_ && t_[te] != ':' && s == ts)) {
    // MAC with dashes. When nothing before the token could begin one (no "xx-" to step back
    // over), the token starts the only candidate; otherwise take the plain walk.
    if (s != ts || (ts > 0 && (t_[ts - 1] == '-' || IsAlnum(t_[ts - 1]))))
      return TryMacOrIpv6Reference(ts, te);
    if (n_ - ts >= 17 && IsMac17(t_.data() + ts) && !AlnumAt(ts + 17) && At(ts + 17) != '-') {
      AddMac(ts, ts + 17);
      return ts + 17;
    }
    return 0;
  }
  AddressRun run;
#if defined(__SSE2__)
  if (readable_end_ - s >= 64) run = AddressRunWide(t_.data() + s, n_ - s);
  else
#endif
    run = AddressRunPlain(t_.data() + s, n_ - s);
  if (run.len >= 64 || run.dot) return TryMacOrIpv6Reference(ts, te);
  const size_t e = s + run.len;
  if (AlnumAt(e)) return 0;
  // MAC with colons: with no dot in the run, anything after the 17th byte continues it.
  if (run.len == 17 && run.colon == kMacColons) {
    AddMac(s, s + 17);
    return s + 17;
  }
  if (run.len == 41 && run.colon == kMacHeaderColons) return AddMacHeader(s);
  // IPv6: a single ':' at the end belongs to the sentence ("::" stays).
  unsigned len = run.len;
  if (len > 0 && (run.colon >> (len - 1)) & 1 && !(len >= 2 && (run.colon >> (len - 2)) & 1))
    --len;
  const uint64_t colons = run.colon & ((uint64_t{1} << len) - 1);
  if ((colons & (colons - 1)) != 0 && Ipv6FromMasks(run.hex, colons, len)) {  // 2+ colons
    // "::" alone or tiny forms like "1::" are more often separators than addresses.
    bool trivial = len < 6;
    Add(s, s + len, kIpAddress, Adjust(kIpAddress, trivial ? L::kUnlikely : L::kLikely, s),
        "ipv6");
    return s + len;
  }
  return 0;
}

// A netfilter "MAC=" header at s (IsMacHeader): its destination and source MACs, each as
// likely as a MAC of its own, both under the header's key ("MAC"); the EtherType after them
// is no identifier.
size_t SegmentScan::AddMacHeader(size_t s) {
  const size_t before = scr_.cands.size();
  AddMac(s, s + 17);
  if (scr_.cands.size() > before) {
    Candidate source = scr_.cands[scr_.cands.size() - 1];
    source.start = static_cast<uint32_t>(s + 18);
    source.end = static_cast<uint32_t>(s + 35);
    scr_.cands.push_back(source);
  }
  return s + 41;
}

// The plain walk: extend over the run, then validate the candidate again (TryMacOrIpv6
// gives the same results; it falls back to this for rare shapes).
size_t SegmentScan::TryMacOrIpv6Reference(size_t ts, size_t te) {
  // Extend over [hex : -] (and '.' for an embedded IPv4 tail) in both directions.
  const size_t s = HexColonRunStart(ts, te);
  if (s == SIZE_MAX) return 0;
  if (At(te) == '-' || (te < n_ && t_[te] != ':' && s == ts)) {
    // MAC with dashes: xx-xx-xx-xx-xx-xx. The anchor (first digit) may sit in a later group
    // when the first groups are letters only ("AA-F7-..."): step back over "xx-" groups.
    size_t m = ts;
    while (m >= 3 && ts - m < 15 && t_[m - 1] == '-' && IsHex(t_[m - 2]) && IsHex(t_[m - 3]) &&
           (m == 3 || !IsAlnum(t_[m - 4]) || t_[m - 4] == '-'))
      m -= 3;
    for (size_t start = m; start <= ts; start += 3) {
      if (start > 0 && (IsAlnum(t_[start - 1]) || t_[start - 1] == '-')) continue;
      std::string_view cand = t_.substr(start, 17);
      if (cand.size() == 17 && validate::IsMac(cand) && !AlnumAt(start + 17) &&
          At(start + 17) != '-') {
        AddMac(start, start + 17);
        return start + 17;
      }
    }
    return 0;
  }
  size_t e = te;
  while (e < n_ && (IsHex(t_[e]) || t_[e] == ':' || t_[e] == '.')) ++e;
  if (AlnumAt(e)) return 0;
  if (e - s == 41 && IsMacHeader(t_.substr(s, 41))) return AddMacHeader(s);
  // MAC with colons.
  if (e - s >= 17) {
    std::string_view mac = t_.substr(s, 17);
    if (validate::IsMac(mac) && (s + 17 == e || (!IsHex(At(s + 17)) && At(s + 17) != ':'))) {
      AddMac(s, s + 17);
      return s + 17;
    }
  }
  // IPv6: trim trailing '.' / ':' that belong to the sentence, then validate.
  size_t end = e;
  while (end > s && (t_[end - 1] == '.' || (t_[end - 1] == ':' && !(end - s >= 2 && t_[end - 2] == ':'))))
    --end;
  std::string_view cand = t_.substr(s, end - s);
  size_t colons = static_cast<size_t>(std::count(cand.begin(), cand.end(), ':'));
  if (colons >= 2 && validate::IsIpv6(cand)) {
    // "::" alone or tiny forms like "1::" are more often separators than addresses.
    bool trivial = cand.size() < 6;
    Add(s, end, kIpAddress, Adjust(kIpAddress, trivial ? L::kUnlikely : L::kLikely, s), "ipv6");
    return end;
  }
  return 0;
}

namespace {

// Groups of digits joined by single dots from t[ts] (a digit), at most 8: [start, end) of
// each in groups; returns how many. The plain walk.
int DottedGroups(std::string_view t, size_t ts, size_t groups[8][2]) {
  auto digit_at = [t](size_t i) { return i < t.size() && IsDigit(t[i]); };
  int g = 0;
  size_t p = ts;
  while (g < 8) {
    size_t q = p;
    while (digit_at(q)) ++q;
    if (q == p) break;
    groups[g][0] = p;
    groups[g][1] = q;
    ++g;
    if (q < t.size() && t[q] == '.' && digit_at(q + 1)) p = q + 1;
    else break;
  }
  return g;
}

// Whether four digit groups (as DottedGroups gives them) make a dotted quad: exactly what
// validate::IsIpv4 checks of the text they span (1-3 digits, no leading zero, at most 255),
// read from the bytes at hand.
bool DottedQuadGroups(const char* t, const size_t groups[8][2]) {
  for (int k = 0; k < 4; ++k) {
    const char* d = t + groups[k][0];
    switch (groups[k][1] - groups[k][0]) {
      case 1: break;
      case 2: if (d[0] == '0') return false; break;
      case 3:
        if (d[0] == '0' || (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0') > 255)
          return false;
        break;
      default: return false;
    }
  }
  return true;
}

#if defined(__SSE2__)
// The same groups from the digit and dot masks of the 16 bytes at t + ts (all readable;
// `avail` of them are text). Returns -1 when the groups may go on past those 16 bytes: the
// caller then walks them.
int DottedGroupsWide(const char* t, size_t ts, size_t avail, size_t groups[8][2]) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + ts));
  uint32_t digit = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(
      _mm_add_epi8(v, _mm_set1_epi8(0x50)), _mm_set1_epi8(static_cast<char>(-118)))));
  uint32_t dot = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
  if (avail < 16) {  // bytes past the text are neither
    digit &= (1u << avail) - 1;
    dot &= (1u << avail) - 1;
  }
  // The chain: digits, and dots with a digit after them (the byte before such a dot is a
  // digit of the chain too, or the chain would have ended there). Byte 16 is unknown: a
  // chain that reaches it, or ends in a dot before it, might go on.
  const uint32_t chain = digit | (dot & (digit >> 1));
  const unsigned end = static_cast<unsigned>(std::countr_zero(~chain | (1u << 16)));
  if (avail > 16 && (end == 16 || (end == 15 && ((dot >> 15) & 1)))) return -1;
  uint32_t dots = dot & chain & ((1u << end) - 1);
  int g = 0;
  unsigned b = 0;
  while (dots) {
    if (g == 7) return -1;  // more than 8 groups: the walk stops at the eighth
    const unsigned d = static_cast<unsigned>(std::countr_zero(dots));
    groups[g][0] = ts + b;
    groups[g][1] = ts + d;
    ++g;
    b = d + 1;
    dots &= dots - 1;
  }
  groups[g][0] = ts + b;
  groups[g][1] = ts + end;
  return g + 1;
}
#endif

}  // namespace

// Whether an amount word (金额, 价格, 费用, 余额, amount, price, fee) stands in the few bytes
// before s on its line, with at most blanks, ':' or '=' between: "金额 27.5186,116.9777".
bool SegmentScan::AmountWordBefore(size_t s) const {
  auto ends_at = [&](size_t i, std::string_view w) {
    return i >= w.size() && StartsAt(i - w.size(), w);
  };
  size_t e = s;
  while (e > 0 && (t_[e - 1] == ' ' || t_[e - 1] == ':' || t_[e - 1] == '=' || t_[e - 1] == '"'))
    --e;
  if (ends_at(e, "：")) e -= 3;
  static constexpr std::string_view kWords[] = {"金额", "价格", "费用", "余额", "单价", "总价",
                                                "amount", "price", "fee", "Amount", "Price"};
  for (auto w : kWords)
    if (ends_at(e, w)) return true;
  return false;
}

// Dotted digit groups: IPv4, dates, decimals and coordinates. The groups come from one look
// at 16 bytes where they are readable, and a dotted quad is checked from its groups' bytes
// instead of being validated again as text; the plain path walks the groups and then asks
// validate::IsIpv4.
// A token right after a backslash that starts with the rest of an escape: "\x22" (nginx
// writes request bodies with quotes and non-ASCII bytes so), "\u0022" (JSON, Java) or "\n",
// "\t", "\r" (a multi-line message in one log field). The escape and the value after it
// form one alphanumeric run ("\x2213800138000"), which would hide the value; the escape is
// a separator, so the rest of the run is handled as a token of its own.
size_t SegmentScan::OnEscapedToken(size_t ts, size_t te) {
  size_t hex;
  switch (t_[ts]) {
    case 'x': case 'X': hex = 2; break;
    case 'u': case 'U': hex = 4; break;
    case 'n': case 't': case 'r': hex = 0; break;
    default: return te;
  }
  size_t s = ts + 1;
  if (te - s <= hex) return te;
  for (size_t k = s; k < s + hex; ++k)
    if (!IsHex(t_[k])) return te;
  s += hex;
  bool letters = false;
  bool digits = false;
  for (size_t k = s; k < te; ++k) {
    letters |= IsAlpha(t_[k]);
    digits |= IsDigit(t_[k]);
  }
  if (!digits) return te;  // a key or a word: only tokens with a digit are handled here
  return OnTokenSpan(s, te, letters);
}

// Whether the dotted quad at t_[ts] is a version by what stands right before it: a product
// name and '/' ("Chrome/124.0.0.0" in a User-Agent), an OS name and a blank ("HarmonyOS
// 4.0.0.126"), or a "v=" query parameter ("app.js?v=8.1.0.204"). A URL's host follows "//",
// an address a blank, '=' or ':'.
bool SegmentScan::VersionBefore(size_t ts) const {
  if (ts >= 2 && t_[ts - 1] == '/' && IsAlpha(t_[ts - 2])) {
    // A product name has a small letter and no '_'; Squid's hierarchy codes before the
    // server's address do not ("HIER_DIRECT/183.2.172.185", "DIRECT/...").
    bool lower = false;
    for (size_t k = ts - 1; k > 0 && k + 32 > ts && (IsAlnum(t_[k - 1]) || t_[k - 1] == '_'); --k) {
      if (t_[k - 1] == '_') return false;
      lower |= t_[k - 1] >= 'a' && t_[k - 1] <= 'z';
    }
    if (lower) return true;
  }
  // An operating system's name and a blank: "HarmonyOS 4.0.0.126", "iOS 17.5.1.0".
  if (ts >= 3 && t_[ts - 1] == ' ' && t_[ts - 2] == 'S' && t_[ts - 3] == 'O') return true;
  return ts >= 2 && t_[ts - 1] == '=' && (t_[ts - 2] | 0x20) == 'v' &&
         (ts == 2 || !IsAlnum(t_[ts - 3]));
}

// Whether the value at ts is a 5G cell identity by its key (NrCellKey): a column's or JSON
// key's class comes with the segment; in text the key is looked up only when it ends in
// "ci" ("mNci = ", "nci="). Out of line: ClassifyDigits asks it for eleven-digit runs only.
bool SegmentScan::NrCellValue(size_t ts) {
  if (seg_.field_class)
    return seg_.field_class->cell_identity && NrCellKey(seg_.field_class, seg_.field);
  if (!KeyEndsInCiBefore(ts)) return false;
  std::string_view key;
  const FieldClass* fc = FieldAt(ts, &key);
  return fc && fc->cell_identity && NrCellKey(fc, key);
}

// Whether the character right before t_[ts] is a province's abbreviation (京, 粤, 沪 ...), as
// licence numbers and plates start: what follows it is no passport or permit.
bool SegmentScan::ProvinceAbbreviationBefore(size_t ts) const {
  if (ts < 3 || (static_cast<unsigned char>(t_[ts - 3]) & 0xF0) != 0xE0) return false;
  int l = 0;
  const char32_t cp = utf8::Decode(t_, ts - 3, &l);
  const auto& provinces = chinese::kProvinceAbbreviations;
  return l == 3 && std::find(std::begin(provinces), std::end(provinces), cp) != std::end(provinces);
}

// An IMSI of another network in the 15 digits t_[ts, te) (no mainland IMSI; ClassifyDigits
// has found nothing in them): under an IMSI key, a roamer's of any country (310 USA, 454
// Hong Kong); with the IMSI named nearby, one of Hong Kong, Macau or Taiwan (the subscribers
// of cross-border plans). Reports it and returns true, or returns false. Most 15-digit runs
// have an MCC's shape: a key=value key is looked up only when the letters before the value
// spell "imsi", since a look-up for every one would cost a log's scan more than this test.
bool SegmentScan::OtherImsi(size_t ts, size_t te) {
  const std::string_view d = t_.substr(ts, te - ts);
  if (!validate::HasImsiShape(d) || PlaceholderDigits15(d)) return false;
  const FieldClass* fc = seg_.field_class;
  bool fc_known = fc != nullptr;
  if (!fc_known) {
    size_t p = ts;
    for (int k = 0; k < 3 && p > 0 &&
                    (t_[p - 1] == '"' || t_[p - 1] == ' ' || t_[p - 1] == ':' || t_[p - 1] == '=');
         ++k)
      --p;
    if (p >= 4 && Lower(t_[p - 4]) == 'i' && Lower(t_[p - 3]) == 'm' &&
        Lower(t_[p - 2]) == 's' && Lower(t_[p - 1]) == 'i') {
      std::string_view key;
      fc = FieldAt(ts, &key);
      fc_known = true;
    }
  }
  if (fc_known && fc && fc->HintsType(kImsiId)) {
    Add(ts, te, kImsiId, L::kLikely, "imsi");
    return true;
  }
  if (validate::IsGreaterChinaImsi(d) && (!fc || fc->type_mask == 0)) {
    const Likelihood lk = Adjust(kImsiId, L::kUnlikely, ts);
    if (static_cast<int>(lk) > static_cast<int>(L::kUnlikely)) {
      Add(ts, te, kImsiId, lk, "imsi");
      return true;
    }
  }
  return false;
}

// An airline booking's SSR DOCS element (the travel document, as IATA's APIS asks for it),
// from its document number t_[ts, te): "SSR DOCS HU HK1 P/CHN/E21540855/CHN/03JAN02/M/09DEC29/
// DONG/XIAOMING/P1" holds a passport, a date of birth and a name. Checked from the number
// out: a document type and issuing country before it ("P/CHN/"), the nationality, a birth
// date DDMMMYY, a sex (M, F, MI, FI, U) and an expiry date after it, then SURNAME/GIVEN.
// Reports what it finds and returns where the element ends, or 0 when it is none.
size_t SegmentScan::Track2CardAt(size_t ts, size_t te) {
  size_t d = ts;
  while (d < te && IsDigit(t_[d])) ++d;
  if (d - ts < 12 || d - ts > 19 || At(d) != 'D' || te - d - 1 < 7) return 0;
  for (size_t k = d + 1; k < te; ++k)
    if (!IsDigit(t_[k])) return 0;
  // YYMM: a month 01-12.
  const int month = (t_[d + 3] - '0') * 10 + (t_[d + 4] - '0');
  if (month < 1 || month > 12) return 0;
  if (validate::BankCardStrength(t_.substr(ts, d - ts)) != 2) return 0;
  Add(ts, d, kBankCardNumber, Adjust(kBankCardNumber, L::kLikely, ts), "bank_card");
  return te;
}

size_t SegmentScan::Track1CardAt(size_t ts, size_t te) {
  // ISO/IEC 7813 track 1: '%', format code 'B', the card number (up to 19 digits), '^', the
  // holder's name (SURNAME/GIVEN, up to 26 characters), '^', the expiry and the rest.
  if (te - ts < 13 || te - ts > 20) return 0;
  for (size_t k = ts + 1; k < te; ++k)
    if (!IsDigit(t_[k])) return 0;
  if (validate::BankCardStrength(t_.substr(ts + 1, te - ts - 1)) != 2) return 0;
  Add(ts + 1, te, kBankCardNumber, Adjust(kBankCardNumber, L::kLikely, ts + 1), "bank_card");
  size_t e = te + 1;
  while (e < n_ && e - te <= 27 && t_[e] != '^' && t_[e] != '\n') ++e;
  if (At(e) != '^') return te;
  // The name without its padding blanks; SURNAME/GIVEN with a title maybe after a '.'.
  size_t ne = e;
  while (ne > te + 1 && t_[ne - 1] == ' ') --ne;
  const std::string_view name = t_.substr(te + 1, ne - te - 1);
  const size_t slash = name.find('/');
  if (slash != std::string_view::npos && slash >= 2 && name.size() - slash - 1 >= 2 &&
      std::all_of(name.begin(), name.end(),
                  [](char c) { return IsUpper(c) || c == '/' || c == ' ' || c == '.'; }))
    Add(te + 1, ne, kPersonName, L::kLikely, "latin_person_name", false);
  return e + 1;
}

size_t SegmentScan::AirlineTokenAt(size_t ts, size_t te) {
  const size_t len = te - ts;
  // IATA Resolution 792: 'M', the number of legs (1-4), the name in a field of twenty
  // (SURNAME/GIVEN, a title glued to it, blanks after), then 'E' (an e-ticket) or a blank and
  // the booking reference.
  if (t_[ts] == 'M' && t_[ts + 1] >= '1' && t_[ts + 1] <= '4' && At(te) == '/' && ts + 23 <= n_) {
    const size_t f = ts + 2;
    if (t_[f + 20] != 'E' && t_[f + 20] != ' ') return 0;
    size_t e = f;
    while (e < f + 20 && (IsUpper(t_[e]) || t_[e] == '/' || (t_[e] == ' ' && IsUpper(At(e + 1)) &&
                                                         e + 1 < f + 20)))
      ++e;
    for (size_t k = e; k < f + 20; ++k)
      if (t_[k] != ' ') return 0;
    // A title glued to the given name (WEI/TINGMS) or after a blank (FAN/LIMIN MS).
    for (std::string_view title : {" MSTR", " MISS", " MRS", " MR", " MS", "MSTR", "MISS", "MRS",
                                   "MR", "MS"}) {
      if (e - f > title.size() + 3 && t_.substr(e - title.size(), title.size()) == title &&
          t_.substr(f, e - f - title.size()).find('/') != std::string_view::npos &&
          t_[e - title.size() - 1] != '/') {
        e -= title.size();
        break;
      }
    }
    const size_t slash = t_.substr(f, e - f).find('/');
    if (slash == std::string_view::npos || slash < 2 || f + slash + 3 > e) return 0;
    Add(f, e, kPersonName, L::kLikely, "latin_person_name", false);
    return f + 20;
  }
  // "CTCT13912345678": a PNR's telephone contact (CTCT, CTCM mobile, CTCB business, CTCH
  // home), the number right after the code.
  if (t_[ts] == 'C' && len >= 13 && (StartsAt(ts, "CTCT") || StartsAt(ts, "CTCM") ||
                                     StartsAt(ts, "CTCB") || StartsAt(ts, "CTCH"))) {
    size_t d = ts + 4;
    while (d < te && IsDigit(t_[d])) ++d;
    if (d != te) return 0;
    std::string_view digits = t_.substr(ts + 4, te - ts - 4);
    if (digits.size() == 13 && digits.substr(0, 2) == "86") digits.remove_prefix(2);
    if (digits.size() != 11 || !validate::IsCnMobile(digits)) return 0;
    Add(te - 11, te, kPhoneNumber, L::kVeryLikely, "cn_mobile", false);
    return te;
  }
  // "SSR CTCE ZH HK1 ..." / "SSR CHLD MF HK1 ...": the element's code two words back.
  if (len == 3 && t_[ts] == 'H' && t_[ts + 1] == 'K' && ts >= 13 && t_[ts - 1] == ' ' &&
      IsUpper(t_[ts - 2]) && IsAlnum(t_[ts - 3]) && t_[ts - 4] == ' ' && t_[ts - 9] == ' ') {
    const std::string_view code = t_.substr(ts - 8, 4);
    const size_t v = te + 1;
    if (code == "CTCE") {
      // The address with IATA's escapes: "//" for '@', ".." for '_', "./" for '-'.
      size_t e = v;
      size_t at = 0;
      while (e < n_ && (IsAlnum(t_[e]) || t_[e] == '.' || t_[e] == '/' || t_[e] == '_' ||
                        t_[e] == '-')) {
        if (t_[e] == '/' && At(e + 1) == '/' && !at) {
          at = e;
          e += 2;
          continue;
        }
        if (t_[e] == '/' && (At(e + 1) == 'P' && DigitAt(e + 2))) break;  // "/P1": the passenger
        if (t_[e] == '/' && At(e - 1) != '.') break;
        ++e;
      }
      if (at > v && e > at + 4 && t_.substr(at + 2, e - at - 2).find('.') != std::string_view::npos) {
        Add(v, e, kEmailAddress, L::kLikely, "email", false);
        return e;
      }
    } else if (code == "CHLD") {
      // A child's date of birth, DDMMMYY.
      if (DigitAt(v) && DigitAt(v + 1) && IsUpper(At(v + 2)) && IsUpper(At(v + 3)) &&
          IsUpper(At(v + 4)) && DigitAt(v + 5) && DigitAt(v + 6) && !AlnumAt(v + 7) &&
          EnglishMonth(t_.substr(v + 2, 3)) != 0) {
        Add(v, v + 7, kDateOfBirth, L::kVeryLikely, "date_of_birth", false);
        return v + 7;
      }
    }
  }
  return 0;
}

size_t SegmentScan::GdsDocsFrom(size_t ts, size_t te) {
  auto upper_run = [&](size_t p, size_t n) {
    for (size_t k = 0; k < n; ++k)
      if (!IsUpper(At(p + k))) return false;
    return true;
  };
  // "P/CHN/" before: a one-letter document type and a three-letter country.
  if (ts < 6 || !upper_run(ts - 4, 3) || t_[ts - 5] != '/' || !IsUpper(t_[ts - 6]) ||
      (ts > 6 && IsAlnum(t_[ts - 7])))
    return 0;
  // "/CHN/DDMMMYY/M/DDMMMYY/": nationality, birth date, sex, expiry.
  size_t p = te + 1;
  if (!upper_run(p, 3) || At(p + 3) != '/') return 0;
  p += 4;
  auto ddmmmyy = [&](size_t q) {
    return DigitAt(q) && DigitAt(q + 1) && upper_run(q + 2, 3) && DigitAt(q + 5) &&
           DigitAt(q + 6) && At(q + 7) == '/' && EnglishMonth(t_.substr(q + 2, 3)) != 0;
  };
  if (!ddmmmyy(p)) return 0;
  const size_t dob = p;
  p += 8;
  size_t sex = p;
  while (IsUpper(At(sex)) && sex - p < 2) ++sex;
  if (sex == p || At(sex) != '/') return 0;
  p = sex + 1;
  if (ddmmmyy(p)) p += 8;
  else if (At(p) == '/') ++p;  // no expiry given
  else return 0;
  // The document: a Chinese passport by its format, any other document as a passport too
  // when the type is P.
  const std::string_view doc = t_.substr(ts, te - ts);
  const bool cn_passport = (doc[0] == 'E' || doc[0] == 'G') &&
                           validate::AllDigits(doc.substr(doc[1] >= 'A' ? 2 : 1));
  if (cn_passport || t_[ts - 6] == 'P')
    Add(ts, te, kChinaPassport, cn_passport ? L::kVeryLikely : L::kLikely, "cn_passport");
  Add(dob, dob + 7, kDateOfBirth, L::kVeryLikely, "date_of_birth");
  // SURNAME/GIVEN (a middle name may follow after another '/'), ended by "/P1", a blank or
  // the line's end.
  size_t name_end = p;
  for (int part = 0; part < 3 && IsUpper(At(name_end)); ++part) {
    size_t q = name_end;
    while (IsUpper(At(q)) || At(q) == ' ' || At(q) == '-') ++q;
    if (At(q) == '/' && At(q + 1) == 'P' && DigitAt(q + 2)) {
      name_end = q;
      break;
    }
    name_end = q;
    if (At(q) != '/') break;
    ++name_end;
  }
  while (name_end > p && (t_[name_end - 1] == '/' || t_[name_end - 1] == ' ')) --name_end;
  if (name_end > p && t_.substr(p, name_end - p).find('/') != std::string_view::npos)
    Add(p, name_end, kPersonName, L::kLikely, "latin_person_name");
  return std::max(name_end, p);
}

// A local number: eight digits, as Hong Kong and Macau write every number and mainland cities
// their landlines without the area code (6233 4776, 62777059), never starting 0 or 1 (a
// trunk prefix, a mobile's or a service number's start); or a Taiwan mobile, 09 and eight
// digits (0912-345-678). A phone number only where its field (column, JSON key, label) says
// so. A phone word nearby is not enough: counts and ids sit next to "msisdn" in job logs,
// and 号码 ends many a receipt's label.
// Whether a word for a telephone stands right before the number at ts, with at most a
// colon, a blank or a copula (係, 是, 为, 為, 做) between: 电话, 電話, 手机, 手機, 手提, 座机,
// 座機, 号码 or 號碼 before 是/係 (a caller's "the number is"; not 单号码, 卡号码, 证件号码), or
// tel, phone, mobile, home, office (any case, a word of its own). A local number (eight digits, as Hong Kong and
// Macau numbers and mainland numbers without their area code are written) needs it.
bool SegmentScan::PhoneWordRightBefore(size_t ts) const {
  size_t p = ts;
  bool is = false;  // 係 or 是 came between
  for (int k = 0; k < 3 && p > 0; ++k) {
    if (t_[p - 1] == ' ' || t_[p - 1] == ':' || t_[p - 1] == '\t') {
      --p;
    } else if (EndsAt(t_, p, "係") || EndsAt(t_, p, "是")) {
      p -= 3;
      is = true;
    } else if (EndsAt(t_, p, "为") || EndsAt(t_, p, "為") || EndsAt(t_, p, "做")) {
      p -= 3;
    }
  }
  if (p == ts) return false;
  static constexpr std::string_view kWords[] = {"电话", "電話", "手机", "手機", "手提",
                                                "座机", "座機"};
  for (std::string_view w : kWords)
    if (EndsAt(t_, p, w)) return true;
  if (is && (EndsAt(t_, p, "号码") || EndsAt(t_, p, "號碼")) &&
      !(EndsAt(t_, p - 6, "单") || EndsAt(t_, p - 6, "單") || EndsAt(t_, p - 6, "卡") ||
        EndsAt(t_, p - 6, "件") || EndsAt(t_, p - 6, "证") || EndsAt(t_, p - 6, "證")))
    return true;
  for (std::string_view w : {"tel", "phone", "mobile", "home", "office"}) {
    if (p < w.size()) continue;
    const size_t b = p - w.size();
    if ((b == 0 || !IsAlpha(t_[b - 1])) && ascii::EqualsNoCase(t_.substr(b, w.size()), w))
      return true;
  }
  return false;
}

bool SegmentScan::LocalNumberInPhoneContext(size_t ts, std::string_view d) {
  const bool local8 = d.size() == 8 && d[0] >= '2' && d[0] <= '9';
  const bool taiwan_mobile = d.size() == 10 && d[0] == '0' && d[1] == '9';
  if (!local8 && !taiwan_mobile) return false;
  if (local8 && PhoneWordRightBefore(ts)) return true;  // "新電話 69150267", "Home: 2385 5988"
  std::string_view key;
  const FieldClass* fc = seg_.field_class ? seg_.field_class : FieldAt(ts, &key);
  if (!fc || !fc->HintsType(kPhoneNumber)) return false;
  // In a log line an MSISDN is written with its country code (86..., 852...): eight digits
  // after "msisdn=" there are a count ("distinct msisdn=99529026"), not a subscriber. A
  // record's own field (msisdn_hk: "56195859") is the number.
  if (seg_.whole_value) return true;
  if (seg_.field_class) key = seg_.field;
  std::string lower(key);
  for (char& c : lower) c = Lower(c);
  return lower.find("mdn") == std::string::npos && lower.find("msisdn") == std::string::npos;
}

// "(852) 6193 8409", "(+886) 922-996785": a country code in brackets (t_[ts, te) with '(' or
// "(+" before and ')' after), then the national number in up to four groups. Returns the end
// of the number when one was reported, else 0.
size_t SegmentScan::TryParenthesizedCountryCode(size_t ts, size_t te) {
  const size_t s = t_[ts - 1] == '+' ? ts - 2 : ts - 1;  // the '(
  const std::string_view cc = t_.substr(ts, te - ts);
  if (validate::CountryCodeLength(cc) != static_cast<int>(cc.size())) return 0;
  std::string& d = scr_.digits;
  d.assign(cc);
  size_t p = te + 1;
  if (At(p) == ' ') ++p;
  size_t e = p;
  for (int groups = 0; groups < 4 && DigitAt(p); ++groups) {
    size_t q = p;
    while (DigitAt(q)) ++q;
    d.append(t_.substr(p, q - p));
    e = q;
    if ((At(q) == ' ' || At(q) == '-') && DigitAt(q + 1)) p = q + 1;
    else break;
  }
  if (AlnumAt(e) || d.size() - cc.size() < 7 || d.size() > 15) return 0;
  if (cc == "86") {
    // A mainland number: only what the national forms take.
    if (!EvaluatePhoneDigits(d, true, true, s, e)) return 0;
    return e;
  }
  if (!OrganisationLineAt(s, e)) Add(s, e, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, s), "intl_phone");
  return e;
}

// Whether the digits d at ts are a Hong Kong or Macau number without its '+' (852 or 00852
// first: validate::IsHkMacauNumber) under a phone field. Out of line: asked only for runs of
// eleven or thirteen digits that start so.
bool SegmentScan::HkMacauNumberInPhoneField(size_t ts, std::string_view d) {
  if (!validate::IsHkMacauNumber(d)) return false;
  std::string_view key;
  const FieldClass* fc = seg_.field_class ? seg_.field_class : FieldAt(ts, &key);
  return fc && fc->HintsType(kPhoneNumber);
}

namespace {
// Words that, ending a phone number's label or filling a bracket after it, make the number
// an organisation's line: desks, hotlines, services, and the places that run them.
constexpr std::string_view kOrganisationLineWords[] = {
    "咨询", "详询", "垂询", "总机",   "前台",   "值班",   "值班室", "营业厅", "门店",   "分店",
    "监督", "举报", "客服", "热线",   "服务台", "办公室", "公证处", "派出所", "医院",   "酒店",
    "银行", "支行", "分行", "营业部", "网点",   "街道",   "民政局", "服务中心", "居委会", "村委会",
    "服务"};
// The same in the traditional spellings Hong Kong and Macau write (熱線, 諮詢, 總機 ...),
// built once.
const std::vector<std::string>& OrganisationLineWordsBothScripts() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> all;
    for (std::string_view w : kOrganisationLineWords) traditional::AppendInBothScripts(w, &all);
    return all;
  }();
  return words;
}
// The first word of a line that gives a shop's or a branch's details ("Shop 門市: 旺角彌敦道
// 639號地舖   Tel: ..."): the line's phone is the shop's.
bool OrganisationLineLabel(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"门店", "門市", "门市", "分店", "营业厅",
                                                 "營業廳", "Shop", "Store", "Branch"};
  for (std::string_view w : kLabels)
    if (line.substr(0, w.size()) == w) return true;
  return false;
}
}  // namespace

bool SegmentScan::PermitTypeBefore(size_t ts) const {
  const size_t from = ts > 96 ? ts - 96 : 0;
  std::string_view before = t_.substr(from, ts - from);
  // This line and the one before (a pretty-printed JSON object's previous member).
  if (const size_t nl = before.rfind('\n'); nl != std::string_view::npos && nl > 0) {
    if (const size_t nl2 = before.rfind('\n', nl - 1); nl2 != std::string_view::npos)
      before.remove_prefix(nl2 + 1);
  }
  static constexpr std::string_view kWords[] = {"通行证", "通行證", "回乡证", "回鄉證",
                                                "HK_MACAU", "HKMO", "=HRP", "\"HRP\""};
  for (std::string_view w : kWords)
    if (before.find(w) != std::string_view::npos) return true;
  return false;
}

bool SegmentScan::OrganisationLineAt(size_t s, size_t e) const {
  // Before: blanks and a colon, then possibly another number joined by 或, 、 or ','
  // ("详询12345或020-87591100"), then the label.
  size_t p = s;
  auto back_over_blanks = [&] {
    while (p > 0 && s - p < 64 && (t_[p - 1] == ' ' || t_[p - 1] == '\t' || t_[p - 1] == ':')) --p;
  };
  back_over_blanks();
  for (int joined = 0; joined < 2; ++joined) {
    size_t q = p;
    if (EndsAt(t_, q, "或") || EndsAt(t_, q, "、")) q -= 3;
    else if (q > 0 && (t_[q - 1] == ',' || t_[q - 1] == '/')) --q;
    else break;
    size_t r = q;
    while (r > 0 && q - r < 20 && (IsDigit(t_[r - 1]) || t_[r - 1] == '-')) --r;
    if (q - r < 3) break;
    p = r;
    back_over_blanks();
  }
  // "咨询电话", "监督电话", "服务热线": the word before the phone word says whose line it is;
  // a label that is only "热线" or "总机" says so itself.
  static constexpr std::string_view kPhoneWords[] = {"电话", "号码", "专线",
                                                     "電話", "號碼", "專線"};
  bool phone_word = false;
  for (std::string_view w : kPhoneWords)
    if (EndsAt(t_, p, w)) {
      p -= w.size();
      phone_word = true;
      break;
    }
  // (The last byte first: this runs for every landline of a CDR.)
  for (const std::string& w : OrganisationLineWordsBothScripts())
    if (p >= w.size() && t_[p - 1] == w.back() && EndsAt(t_, p, w)) return true;
  // "如有疑问请致电 020-...", "查詢請致電 +853 ...": a notice's number to call is its sender's.
  if (EndsAt(t_, p, "请致电") || EndsAt(t_, p, "請致電")) return true;
  // A shop's or branch's line of details, the number after its phone label: "Shop 門市:
  // 旺角彌敦道639號地舖   Tel: +852 ...", "门店：解放路店 电话 0571-...".
  if (phone_word || EndsAt(t_, p, "Tel") || EndsAt(t_, p, "TEL")) {
    size_t ls = p;
    while (ls > 0 && p - ls < 200 && t_[ls - 1] != '\n') --ls;
    if ((ls == 0 || t_[ls - 1] == '\n') && OrganisationLineLabel(t_.substr(ls, p - ls)))
      return true;
  }
  // A fax line ("F: 0571-...", "Fax:", "传真："): an office's.
  if (EndsAt(t_, p, "传真") || (p >= 1 && (t_[p - 1] == 'F' || t_[p - 1] == 'f') &&
                               (p == 1 || !IsAlpha(t_[p - 2]))) ||
      (p >= 3 && (t_[p - 3] | 0x20) == 'f' && (t_[p - 2] | 0x20) == 'a' &&
       (t_[p - 1] | 0x20) == 'x'))
    return true;
  // After: "(值班室)", "(公司前台)", "(区民政局)", "(工作日 9:00-18:00)" right after it.
  size_t q = e;
  if (At(q) == ' ') ++q;
  if (At(q) != '(') return false;
  const size_t open = q + 1;
  size_t close = open;
  while (close < n_ && close - open <= 24 && t_[close] != ')' && t_[close] != '\n') ++close;
  if (close >= n_ || t_[close] != ')' || close == open) return false;
  for (const std::string& w : OrganisationLineWordsBothScripts())
    if (close >= w.size() && t_[close - 1] == w.back() && EndsAt(t_, close, w)) return true;
  // Office hours: "(工作日 9:00-18:00)".
  return t_.substr(open, close - open).find("工作日") != std::string_view::npos;
}

// Whether the mobile number that ends at te is a platform's virtual number with its
// extension: "17143674975 转 9478" (the courier dialled a privacy number, 隐私号), or
// "17197183423,8072" as the whole quoted value of a delivery app's phone field. Such a
// number is bound to one order for a while and belongs to no subscriber.
bool SegmentScan::VirtualNumberExtension(size_t te) const {
  size_t p = te;
  if (At(p) == ',') {
    ++p;
    size_t q = p;
    while (DigitAt(q) && q - p < 5) ++q;
    return q - p >= 3 && q - p <= 4 &&
           (At(q) == '"' || At(q) == '\'' || (q == n_ && seg_.whole_value));
  }
  if (At(p) == ' ') ++p;
  if (!StartsAt(p, "转")) return false;
  p += 3;
  if (At(p) == ' ') ++p;
  size_t q = p;
  while (DigitAt(q) && q - p < 5) ++q;
  return q - p >= 3 && q - p <= 4 && !AlnumAt(q);
}

// Whether "verify code", "verification code", "OTP" or "code is" ends right before the six
// to eight digits at ts (with a blank, ": " or " is " between): the words an app's log and
// an English text message put before a one-time code.
bool SegmentScan::EnglishCodeWordBefore(size_t ts) const {
  size_t p = ts;
  if (t_[p - 1] == ' ') --p;
  if (p > 0 && t_[p - 1] == ':') --p;
  if (p >= 3 && t_[p - 1] == 's' && t_[p - 2] == 'i' && t_[p - 3] == ' ') p -= 3;  // "code is"
  auto ends_with = [&](std::string_view w) {
    if (p < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (Lower(t_[p - w.size() + k]) != w[k]) return false;
    return p == w.size() || !IsAlpha(t_[p - w.size() - 1]);
  };
  return ends_with("verify code") || ends_with("verification code") || ends_with("otp") ||
         ends_with("sms code") || ends_with("login code") || ends_with("security code");
}

// Whether the key of a value names a 5G cell identity (NR_NCI, nci, nrCellId): its values of
// up to eleven digits are no mobile numbers. A bare "CELL" (vCard's TEL;TYPE=CELL) is a
// cell phone.
bool SegmentScan::NrCellKey(const FieldClass* fc, std::string_view key) {
  if (!fc || !fc->cell_identity) return false;
  if (key.empty() && seg_.field_class == fc) key = seg_.field;
  if (key.size() < 3) return false;
  auto lower_ends = [&](std::string_view e) {
    if (key.size() < e.size()) return false;
    for (size_t k = 0; k < e.size(); ++k)
      if (Lower(key[key.size() - e.size() + k]) != e[k]) return false;
    return true;
  };
  std::string lk;
  for (char c : key) lk.push_back(Lower(c));
  return lower_ends("nci") || lk.find("nr") != std::string::npos;
}

// The end of "112.8930543" at p when ",E" or ",W" follows it and it is a longitude (four or
// more decimals, at most 180), else 0.
size_t SegmentScan::HemisphereLongitude(size_t p) {
  size_t q = p;
  while (DigitAt(q) && q - p < 3) ++q;
  if (q == p || At(q) != '.') return 0;
  size_t r = q + 1;
  while (DigitAt(r)) ++r;
  if (r - q - 1 < 4 || At(r) != ',' || (At(r + 1) != 'E' && At(r + 1) != 'W') || AlnumAt(r + 2))
    return 0;
  return validate::ParseDecimal(t_.substr(p, r - p)) <= 180 ? r : 0;
}

// Whether t_[s, e) is a SWIFT party's name line that names a person: two to four words in
// capitals (with '-' and '\'' inside: JEAN-LUC, O'BRIEN), at most 40 bytes, none of them an
// organisation's word (LTD, BANK, TRADING, SCHOOL ...).
bool SegmentScan::SwiftPersonNameLine(size_t s, size_t e) const {
  if (e - s > 40) return false;
  int words = 0;
  for (size_t p = s; p < e; ++p) {
    const char c = t_[p];
    if (!IsUpper(c) && c != ' ' && c != '-' && c != '\'') return false;
    words += IsUpper(c) && (p == s || t_[p - 1] == ' ');
  }
  if (words < 2 || words > 4) return false;
  static constexpr std::string_view kCompanyWords[] = {
      "LTD", "LIMITED", "CO", "COMPANY", "CORP", "CORPORATION", "INC", "LLC", "BANK", "TRADING",
      "GROUP", "UNIVERSITY", "SCHOOL", "COLLEGE", "GMBH", "PLC", "AG", "SA", "HOLDINGS",
      "INTERNATIONAL", "TECHNOLOGY", "INDUSTRIES", "ENTERPRISE", "ENTERPRISES", "SERVICES",
      "FUND", "TRUST", "ACADEMY", "INSTITUTE", "HOSPITAL", "FOUNDATION", "PTY", "LLP"};
  for (size_t w = s; w < e;) {
    size_t we = w;
    while (we < e && t_[we] != ' ') ++we;
    for (std::string_view c : kCompanyWords)
      if (t_.substr(w, we - w) == c) return false;
    w = we + 1;
  }
  return true;
}

// A SWIFT MT103/MT202 party field whose tag t_[ts, te) is 50K, 50F, 59 or 59F, at a line's
// start: an account line ("/6225213801204400"), then the party. Options K and none: a name
// line and up to three address lines, then the country alone ("SHEN GUIHONG\nRM 2207 BLDG
// 27 XINGHE DANDI\n540 JIANGUO ROAD SHENZHEN\nCN"). Option F: numbered lines, 1/ the name,
// 2/ the address, 3/ country and town. A person's name (SwiftPersonNameLine) and address are
// reported; a company's are not. Returns where the scan
// goes on, or 0 when this is no such field.
size_t SegmentScan::SwiftPartyField(size_t ts, size_t te) {
  const std::string_view tag = t_.substr(ts, te - ts);
  const bool f_option = tag == "50F" || tag == "59F";
  if (!f_option && tag != "50K" && tag != "59") return 0;
  auto line_end = [&](size_t p) {
    while (p < n_ && t_[p] != '\n' && t_[p] != '\r') ++p;
    return p;
  };
  auto next_line = [&](size_t e) { return e < n_ && t_[e] == '\r' ? e + 2 : e + 1; };
  size_t p = te + 1;
  if (At(p) == '/') p = next_line(line_end(p));  // the account
  // The lines of the party, as (start, end) of their text.
  size_t name_s = 0, name_e = 0, addr_s = 0, addr_e = 0;
  for (int line = 0; line < 5 && p < n_ && At(p) != ':' && At(p) != '-'; ++line) {
    const size_t e = line_end(p);
    size_t s = p;
    if (f_option) {
      if (!(DigitAt(s) && At(s + 1) == '/')) break;
      const char n = t_[s];
      s += 2;
      if (n == '1' && !name_e) name_s = s, name_e = e;
      else if (n == '2') addr_s = addr_s ? addr_s : s, addr_e = e;
      else if (n == '3') break;
    } else if (line == 0) {
      name_s = s, name_e = e;
    } else {
      // The country alone ends the address.
      if (e - s == 2 && IsUpper(t_[s]) && IsUpper(t_[s + 1])) break;
      if (line <= 3) addr_s = addr_s ? addr_s : s, addr_e = e;
    }
    p = next_line(e);
  }
  if (!name_e || !SwiftPersonNameLine(name_s, name_e)) return 0;
  Add(name_s, name_e, kPersonName, L::kLikely, "latin_person_name");
  if (addr_e > addr_s) {
    bool digit = false;
    for (size_t k = addr_s; k < addr_e && !digit; ++k) digit = IsDigit(t_[k]);
    if (digit) Add(addr_s, addr_e, kStreetAddress, L::kLikely, "street_address");
  }
  return te + 1;
}

// Where a hemisphere letter stands before the degrees at ds, set apart by one blank ("N 39°
// 54′"); SIZE_MAX when there is none. (Joined to the number, "N39°", it starts the token.)
size_t SegmentScan::HemisphereLetterBefore(size_t ds) const {
  if (ds < 2 || t_[ds - 1] != ' ') return SIZE_MAX;
  const char h = t_[ds - 2];
  if (h != 'N' && h != 'S' && h != 'E' && h != 'W') return SIZE_MAX;
  return ds == 2 || !IsAlnum(t_[ds - 3]) ? ds - 2 : SIZE_MAX;
}

// A coordinate in degrees at t_[ds]: decimal degrees (39.9087°, or 39.9087 after a joined
// hemisphere letter) or degrees, minutes and seconds (39°54′26″, 39°54'26.5", 116°23′), with
// its hemisphere as a letter before (at `hemisphere`, SIZE_MAX for none) or after ("N",
// " E"), or as a word before (北纬, 南纬, 东经, 西经). Minutes and seconds are below 60, the
// degrees at most 90 for a latitude and 180 for a longitude. Adds the finding and returns
// its end, or 0.
size_t SegmentScan::DegreesCoordinate(size_t ds, size_t hemisphere) {
  size_t p = ds;
  while (DigitAt(p) && p - ds < 3) ++p;
  if (p == ds || DigitAt(p)) return 0;
  const int degrees = ParseSmallInt(t_.substr(ds, p - ds));
  size_t e = p;
  if (At(p) == '.') {  // decimal degrees
    size_t q = p + 1;
    while (DigitAt(q)) ++q;
    if (q - p - 1 < 2) return 0;
    e = q;
    if (StartsAt(e, "°")) e += 2;
    else if (q - p - 1 < 4) return 0;
  } else {
    if (!StartsAt(p, "°")) return 0;
    size_t q = p + 2;
    if (At(q) == ' ') ++q;
    const size_t ms = q;
    while (DigitAt(q) && q - ms < 2) ++q;
    if (q == ms || DigitAt(q) || ParseSmallInt(t_.substr(ms, q - ms)) >= 60) return 0;
    if (At(q) == '.') {
      ++q;
      while (DigitAt(q)) ++q;
    }
    auto minute_mark = [&](size_t r) -> size_t {
      if (StartsAt(r, "′") || StartsAt(r, "’")) return 3;
      return At(r) == '\'' && At(r + 1) != '\'' ? 1 : 0;
    };
    auto second_mark = [&](size_t r) -> size_t {
      if (StartsAt(r, "″") || StartsAt(r, "”")) return 3;
      if (At(r) == '\'' && At(r + 1) == '\'') return 2;
      return At(r) == '"' ? 1 : 0;
    };
    const size_t mm = minute_mark(q);
    if (!mm) return 0;
    e = q + mm;
    size_t r = e;
    if (At(r) == ' ') ++r;
    const size_t ss = r;
    while (DigitAt(r) && r - ss < 2) ++r;
    if (r > ss && !DigitAt(r) && ParseSmallInt(t_.substr(ss, r - ss)) < 60) {
      if (At(r) == '.') {
        ++r;
        while (DigitAt(r)) ++r;
      }
      if (const size_t sm = second_mark(r)) e = r + sm;
    }
  }
  // The hemisphere: a letter before, a letter after, or a word before.
  char h = hemisphere != SIZE_MAX ? t_[hemisphere] : '\0';
  size_t start = hemisphere != SIZE_MAX ? hemisphere : ds;
  size_t end = e;
  if (!h) {
    size_t a = e;
    if (At(a) == ' ') ++a;
    const char c = At(a);
    if ((c == 'N' || c == 'S' || c == 'E' || c == 'W') && !AlnumAt(a + 1)) {
      h = c;
      end = a + 1;
    }
  }
  if (!h) {
    size_t b = ds;
    while (b > 0 && ds - b < 3 && (t_[b - 1] == ' ' || t_[b - 1] == ':')) --b;
    if (b >= 6) {
      const std::string_view w = t_.substr(b - 6, 6);
      if (w == "北纬" || w == "南纬") h = 'N';
      else if (w == "东经" || w == "西经") h = 'E';
    }
  }
  if (!h) return 0;
  const bool latitude = h == 'N' || h == 'S';
  if (degrees > (latitude ? 90 : 180) || AlnumAt(end)) return 0;
  Add(start, end, kLocationCoordinates, Adjust(kLocationCoordinates, L::kLikely, start),
      "coordinates");
  return end;
}

size_t SegmentScan::TryDotted(size_t ts) {
  size_t groups[8][2];
  int g = -1;
#if defined(__SSE2__)
  if (!reference_ && readable_end_ - ts >= 16) g = DottedGroupsWide(t_.data(), ts, n_ - ts, groups);
#endif
  if (g < 0) g = DottedGroups(t_, ts, groups);
  size_t end = groups[g - 1][1];
  if (AlnumAt(end) || (ts > 0 && (t_[ts - 1] == '.' || IsAlnum(t_[ts - 1])))) return end;
  if (g == 4 && !(At(end) == '.' && DigitAt(end + 1))) {
    const bool quad = reference_ ? validate::IsIpv4(t_.substr(ts, end - ts))
                                 : DottedQuadGroups(t_.data(), groups);
    if (quad && !VersionBefore(ts)) {
      // The loopback addresses hosts name themselves by (127.0.0.x, and 127.0.1.1 as Debian
      // maps its host name) are every host's own: kept at VERY_UNLIKELY, below the default
      // minimum even after a hotword. Other 127/8 addresses are reported: as written in logs
      // they are more often a mistyped or synthetic source than a loopback. (A server's
      // 0.0.0.0 bind address is reported too: two corpora label it.)
      const bool loopback = end - ts <= 11 && StartsAt(ts, "127.0.") &&
                            (At(ts + 6) == '0' || At(ts + 6) == '1') && At(ts + 7) == '.';
      Add(ts, end, kIpAddress, Adjust(kIpAddress, loopback ? L::kVeryUnlikely : L::kLikely, ts),
          "ipv4");
    }
    return end;
  }
  if (g == 3) {
    if (size_t e = TryDate(ts, groups[0][1])) return e;
    // DD.MM.YYYY (or MM.DD.YYYY): TryDateDayFirst checks the rest.
    if (groups[0][1] - ts <= 2) {
      if (size_t e = TryDateDayFirst(ts, groups[0][1])) return e;
    }
    // A mobile number grouped with dots, 3-4-4 ("138.0013.8000").
    if (groups[0][1] - groups[0][0] == 3 && groups[1][1] - groups[1][0] == 4 &&
        groups[2][1] - groups[2][0] == 4) {
      std::string& d = scr_.digits;
      d.assign(t_.substr(groups[0][0], 3));
      d.append(t_.substr(groups[1][0], 4));
      d.append(t_.substr(groups[2][0], 4));
      if (validate::IsCnMobile(d)) {
        Add(ts, end, kPhoneNumber, Adjust(kPhoneNumber, L::kLikely, ts), "cn_mobile");
        return end;
      }
    }
    return end;
  }
  if (g == 2) {
    // 1990.03 in a birth field: a year and month of birth (TryDate decides).
    if (groups[0][1] - ts == 4 && end - groups[1][0] <= 2) {
      if (size_t e = TryDate(ts, groups[0][1])) return e;
    }
    // A decimal: maybe the first half of "lat,lng", or a lat / lng field.
    size_t frac1 = groups[1][1] - groups[1][0];
    size_t s = ts;
    // A sign: "-33.8688", and "+34.314451,+108.993448" as iOS logs a location fix.
    if (s > 0 && (t_[s - 1] == '-' || t_[s - 1] == '+')) --s;
    // "28.2297700,N,112.8930543,E": decimal degrees with their hemisphere letters, as GPS
    // trackers and watches report a fix (each number is a coordinate of its own).
    if (frac1 >= 4 && At(end) == ',' && (At(end + 1) == 'N' || At(end + 1) == 'S') &&
        At(end + 2) == ',' && DigitAt(end + 3)) {
      if (size_t e = HemisphereLongitude(end + 3)) {
        if (validate::ParseDecimal(t_.substr(ts, end - ts)) <= 90) {
          Add(ts, end, kLocationCoordinates, L::kLikely, "coordinates");
          Add(end + 3, e, kLocationCoordinates, L::kLikely, "coordinates");
          return e;
        }
      }
    }
    size_t p2 = end;
    if (At(p2) == ',' || At(p2) == ' ' || At(p2) == ';') ++p2;  // X-Geo: lat;lng
    if (At(p2) == ' ') ++p2;
    if (At(p2) == '-' || (At(p2) == '+' && t_[s] == '+')) ++p2;
    size_t q = p2;
    while (DigitAt(q)) ++q;
    if (p2 != end && q > p2 && At(q) == '.' && DigitAt(q + 1)) {
      size_t r = q + 1;
      while (DigitAt(r)) ++r;
      if (!AlnumAt(r) && !(At(r) == '.' && DigitAt(r + 1))) {
        double a = validate::ParseDecimal(t_.substr(s, end - s));
        double b = validate::ParseDecimal(t_.substr(p2, r - p2));
        size_t frac2 = r - q - 1;
        // (0, 0 is no place: a device's or a form's default, "0.000000,0.000000".)
        bool lat_lng = a >= -90 && a <= 90 && b >= -180 && b <= 180 && (a != 0 || b != 0);
        bool lng_lat = b >= -90 && b <= 90 && a >= -180 && a <= 180 &&  // GeoJSON order
                       (a != 0 || b != 0);
        if (frac1 >= 4 && frac2 >= 4 && (lat_lng || lng_lat)) {
          // Inside mainland China's bounding box (lat 3-54, lng 73-136) in either order.
          bool china = (a >= 3 && a <= 54 && b >= 73 && b <= 136) ||
                       (b >= 3 && b <= 54 && a >= 73 && a <= 136);
          Likelihood lk = Adjust(kLocationCoordinates, china ? L::kLikely : L::kPossible, s);
          // "金额 27.5186,116.9777": two decimals after an amount word are money. Under a key
          // (amount=..., loc=...) the key has decided already.
          std::string_view key;
          if (!FieldAt(s, &key) && AmountWordBefore(s) && !HasHotword(s, kLocationCoordinates))
            lk = Raise(lk, -2);
          // Two values of a SQL tuple are two columns (lat, lng): one finding each.
          if (At(end) == ',' && SqlColumnAt(s, &key)) {
            size_t s2 = end + 1;
            if (At(s2) == ' ') ++s2;
            Add(s, end, kLocationCoordinates, lk, "coordinates");
            Add(s2, r, kLocationCoordinates, lk, "coordinates");
            return r;
          }
          Add(s, r, kLocationCoordinates, lk, "coordinates");
          return r;
        }
      }
    }
    // 39.9087°N, 116.3975° E: decimal degrees with their hemisphere letter.
    if (frac1 >= 2 && StartsAt(end, "°")) {
      if (size_t e = DegreesCoordinate(ts, HemisphereLetterBefore(ts))) return e;
    }
    // 北纬31.2304°, 东经121.4737°: a hemisphere word makes one decimal a coordinate; so does
    // a 经度 / 纬度 label with three decimals or more (经度 103.928998 纬度 30.741314).
    size_t hb = ts;
    if (frac1 >= 3)
      while (hb > ts - std::min<size_t>(ts, 3) && (t_[hb - 1] == ' ' || t_[hb - 1] == ':')) --hb;
    if (hb >= 6 && frac1 >= 2 && static_cast<unsigned char>(t_[hb - 1]) >= 0x80) {
      const std::string_view h = t_.substr(hb - 6, 6);
      const bool lat = h == "北纬" || h == "南纬" || (h == "纬度" && frac1 >= 3);
      if (lat || h == "东经" || h == "西经" || (h == "经度" && frac1 >= 3)) {
        if (validate::ParseDecimal(t_.substr(ts, end - ts)) <= (lat ? 90 : 180)) {
          size_t e = StartsAt(end, "°") ? end + 2 : end;
          Add(ts, e, kLocationCoordinates, L::kLikely, "coordinates");
          return e;
        }
      }
    }
    std::string_view key;
    const FieldClass* fc = FieldAt(s, &key);
    if (fc && fc->HintsType(kLocationCoordinates) && frac1 >= 3) {
      Add(s, end, kLocationCoordinates, L::kLikely, "coordinates");
    }
    return end;
  }
  return end;
}

namespace {
// True when the 8 bytes at p are all ASCII digits where `digits` has 0xFF bytes and equal to
// `literal` elsewhere.
inline bool MatchesShape8(const char* p, uint64_t digits, uint64_t literal) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  // A byte is a digit when its high nibble is 3 and its low nibble is at most 9 (adding 6
  // carries into the high nibble for 0xA-0xF).
  uint64_t high_ok = ((w & 0xF0F0F0F0F0F0F0F0ull) ^ 0x3030303030303030ull) & digits;
  uint64_t low_ok =
      ((w & 0x0F0F0F0F0F0F0F0Full) + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull & digits;
  return high_ok == 0 && low_ok == 0 && ((w ^ literal) & ~digits) == 0;
}
}  // namespace

// "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD HH:MM" at ts, with a year TryDate accepts and a valid
// date: the start of a timestamp. Checked with two 8-byte compares (logs start every line
// with one); returns where the timestamp ends, or 0 when the bytes are not of that shape.
// A birth date stored as a date-time at midnight, as databases and spreadsheets keep a DATE
// ("1985-10-30T00:00:00Z", "1978-03-31 00:00:00.000", "2005-09-23T00:00:00+08:00"): the
// whole value of a birth field, or a value under a birth key or column in text (an XML
// element, a SpreadsheetML cell, key=value). Reported, and its end returned; else 0.
__attribute__((noinline)) size_t SegmentScan::MidnightBirthDate(size_t ts) {
  if (n_ - ts < 19) return 0;
  const std::string_view v = t_.substr(ts);
  if (v[4] != '-' || v[7] != '-' || (v[10] != 'T' && v[10] != ' ') ||
      v.substr(11, 8) != "00:00:00")
    return 0;
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!IsDigit(v[k])) return 0;
  const int year = ParseSmallInt(v.substr(0, 4));
  if (year < 1900 || year > 2030 ||
      !validate::IsValidDate(year, ParseSmallInt(v.substr(5, 2)), ParseSmallInt(v.substr(8, 2))))
    return 0;
  size_t e = ts + 19;
  if (At(e) == '.') {  // fractions of a second, all zero
    ++e;
    while (At(e) == '0') ++e;
  }
  if (At(e) == 'Z') ++e;
  else if ((At(e) == '+' || At(e) == '-') && DigitAt(e + 1)) e = std::min(n_, e + 6);
  if (ts == 0 && seg_.whole_value && seg_.field_class) {
    if (e != n_ || !seg_.field_class->HintsType(kDateOfBirth)) return 0;
  } else {
    if (AlnumAt(e) || At(e) == '.') return 0;  // the time goes on: a timestamp
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    if (!fc || !fc->HintsType(kDateOfBirth)) return 0;
  }
  Add(ts, e, kDateOfBirth, L::kVeryLikely, "date_of_birth");
  return e;
}

size_t SegmentScan::SkipIsoTimestamp(size_t ts) {
  if constexpr (std::endian::native != std::endian::little) return 0;  // TryDate's own walk
  if (reference_ || n_ - ts < 16) return 0;
  const char* p = t_.data() + ts;
  // Byte k of a little-endian word is bits 8k..8k+7: masks read from the right.
  constexpr uint64_t kDigits1 = 0x00FFFF00FFFFFFFFull;   // "YYYY-MM-": digits at 0-3, 5-6
  constexpr uint64_t kLiteral1 = 0x2D00002D00000000ull;  // '-' at 4 and 7
  constexpr uint64_t kDigits2 = 0xFFFF00FFFF00FFFFull;   // "DD?HH:MM": digits at 0-1, 3-4, 6-7
  constexpr uint64_t kLiteral2 = 0x00003A0000000000ull;  // ':' at 5 (and the separator at 2)
  char sep = p[10];
  if (sep != 'T' && sep != ' ') return 0;
  if (!MatchesShape8(p, kDigits1, kLiteral1) ||
      !MatchesShape8(p + 8, kDigits2,
                     kLiteral2 | static_cast<uint64_t>(static_cast<unsigned char>(sep)) << 16))
    return 0;
  int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  int month = (p[5] - '0') * 10 + (p[6] - '0');
  int day = (p[8] - '0') * 10 + (p[9] - '0');
  if (year < 1900 || year > 2030 || !validate::IsValidDate(year, month, day)) return 0;
  // Midnight: maybe a birth date kept in a date-time type (MidnightBirthDate). One compare
  // of the eight bytes "00:00:00".
  uint64_t hms = 0;
  if (n_ - ts >= 19) std::memcpy(&hms, p + 11, 8);
  uint64_t midnight;
  std::memcpy(&midnight, "00:00:00", 8);
  if (hms == midnight) [[unlikely]] {
    if (size_t e = MidnightBirthDate(ts)) return e;
  }
  return SkipTime(ts + 11);
}

size_t SegmentScan::TryDate(size_t ts, size_t te) {
  // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日; reported only as a date of birth, so
  // only with birth context (a birth field or a birth hotword). Timestamps never qualify.
  if (te - ts != 4) return 0;  // the year: exactly four digits
  if (ts == 0 && seg_.field_class && (seg_.field_class->type_mask & (1u << kDateOfBirth))) {
    if (size_t e = MidnightBirthDate(ts)) return e;
  }
  if (size_t e = SkipIsoTimestamp(ts)) return e;
  std::string_view ys = t_.substr(ts, te - ts);
  int year = ParseSmallInt(ys);
  if (year < 1900 || year > 2030) return 0;
  // OCR spaces a date's parts: "1992 年 9 月 29 日" (one blank at most around each).
  auto blank = [&](size_t k) { return At(k) == ' ' ? k + 1 : k; };
  const size_t year_mark = StartsAt(te, "年") ? te : blank(te);
  bool cjk = StartsAt(year_mark, "年");
  char sep = cjk ? '\0' : t_[te];
  size_t p = cjk ? blank(year_mark + 3) : te + 1;
  size_t q = p;
  while (DigitAt(q) && q - p < 2) ++q;
  if (q == p || DigitAt(q)) return 0;
  int month = ParseSmallInt(t_.substr(p, q - p));
  // A year and month alone (1966年4月, 1990-03, 1990.03) is a date of birth when 出生/生
  // follows at once, or in a birth field (出生年月).
  auto year_month_of_birth = [&](size_t end) -> size_t {
    if (month < 1 || month > 12) return 0;
    if (cjk && (StartsAt(end, "出生") || StartsAt(end, "生"))) {
      Add(ts, end, kDateOfBirth, L::kLikely, "date_of_birth");
      return end;
    }
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    if (AlnumAt(end)) return 0;
    if (fc && fc->HintsType(kDateOfBirth)) {
      Add(ts, end, kDateOfBirth, L::kVeryLikely, "date_of_birth");
      return end;
    }
    // A roster's row: name, sex, year and month of birth ("沈超亮    女    1994年1月").
    if (SexMarkerBefore(ts)) {
      Add(ts, end, kDateOfBirth, L::kLikely, "date_of_birth");
      return end;
    }
    // The answer to a question for the year and month of birth, on its line or the one
    // before ("请问您的出生年月？客户：1985年6月").
    if (YearMonthOfBirthAsked(ts)) {
      Add(ts, end, kDateOfBirth, L::kPossible, "date_of_birth");
      return end;
    }
    return 0;
  };
  if (cjk) {
    const size_t month_mark = blank(q);
    if (!StartsAt(month_mark, "月")) return 0;
    p = month_mark + 3;
    if (At(p) == ' ' && DigitAt(p + 1)) ++p;
  } else {
    if (At(q) != sep) return sep == '-' || sep == '/' || sep == '.' ? year_month_of_birth(q) : 0;
    p = q + 1;
  }
  q = p;
  while (DigitAt(q) && q - p < 2) ++q;
  if (cjk && q == p) return year_month_of_birth(p);  // 1966年4月出生, 出生年月：1966年4月
  if (q == p || DigitAt(q)) return 0;
  int day = ParseSmallInt(t_.substr(p, q - p));
  size_t end = q;
  if (cjk && (StartsAt(blank(q), "日") || StartsAt(blank(q), "号"))) end = blank(q) + 3;
  if (!validate::IsValidDate(year, month, day)) return 0;
  // A date with a time of day is a timestamp, never a birth date: skip it whole so its
  // digit groups are not looked at one by one (logs start every line with one).
  if (!cjk && (At(end) == 'T' || At(end) == ' ') && DigitAt(end + 1) && DigitAt(end + 2) &&
      At(end + 3) == ':') {
    // Except a date at midnight under a birth field (MidnightBirthDate).
    if (StartsAt(end + 1, "00:00:00")) {
      if (size_t e = MidnightBirthDate(ts)) return e;
    }
    return SkipTime(end + 1);
  }
  if (!cjk && AlnumAt(end)) return end;
  ReportBirthDateOrAnswer(ts, end);
  return end;
}

// A date is a date of birth only in a birth field, after a birth hotword, or right before
// 出生 ("1990年3月7日出生").
bool SegmentScan::ReportBirthDate(size_t s, size_t e) {
  const size_t earlier_date_end = date_end_;
  date_end_ = e;
  std::string_view key;
  const FieldClass* fc = FieldAt(s, &key);
  if (fc && fc->HintsType(kDateOfBirth)) {
    Add(s, e, kDateOfBirth, L::kVeryLikely, "date_of_birth");
    return true;
  }
  size_t after = e;
  if (At(after) == ' ') ++after;
  const bool hotword =
      HasHotword(s, kDateOfBirth) && !BirthWordTakenBy(earlier_date_end, s);
  if (hotword || StartsAt(after, "出生") || StartsAt(after, "生") ||
      BornAtPlaceAfter(after) || RecordBirthDate(s, e) || SelfStatedBirthDate(s, e) ||
      SexMarkerBefore(s) || SpacedBirthLabelBefore(s)) {
    Add(s, e, kDateOfBirth, L::kLikely, "date_of_birth");
    return true;
  }
  return false;
}

// Whether the birth word in the window before the date at s belongs to the date that ended
// at earlier_end: "1985年3月12日出生）于2024年5月3日在营业厅", "生日1990-01-02，上次登录
// 2025-11-03", "出生于1980年5月6日，2001年7月1日参加工作". A person has one date of birth; a
// later date is one only with a birth word of its own after the earlier date (a 出生 or 生 that
// ends the earlier date is that date's).
bool SegmentScan::BirthWordTakenBy(size_t earlier_end, size_t s) const {
  if (earlier_end == SIZE_MAX || earlier_end > s || s - earlier_end > 240) return false;
  size_t p = earlier_end;
  if (At(p) == ' ') ++p;
  if (StartsAt(p, "出生")) p += 6;
  else if (StartsAt(p, "生")) p += 3;
  if (p >= s) return true;
  return !((HotwordsIn(p, s) >> kDateOfBirth) & 1u);
}

// Whether 出生年月 stands before the date at s on its line (at most 60 bytes back, with no
// digit between: not the label of an earlier date) or on the line before it.
bool SegmentScan::YearMonthOfBirthAsked(size_t s) const {
  size_t p = s;
  while (p > 0 && s - p < 60 && t_[p - 1] != '\n' && !IsDigit(t_[p - 1])) --p;
  const std::string_view own = t_.substr(p, s - p);
  if (own.find("出生年月") != std::string_view::npos) return true;
  if (p > 0 && t_[p - 1] != '\n') return false;  // a digit: another value came between
  // On the next line, an answer with no label of its own (not 入职年月：2010年3月).
  if (own.find("年月") != std::string_view::npos || own.find("日期") != std::string_view::npos ||
      own.find("时间") != std::string_view::npos)
    return false;
  return LineBefore(s, 200).find("出生年月") != std::string_view::npos;
}

// Whether the label 生日 spaced out as OCR and PDF exports space a form's labels ("生    日：")
// ends right before the date at s.
bool SegmentScan::SpacedBirthLabelBefore(size_t s) const {
  size_t p = s;
  while (p > 0 && s - p < 4 && (t_[p - 1] == ' ' || t_[p - 1] == ':')) --p;
  return p >= 7 && chinese::SpacedWordBefore(t_, p, "生日") != 0;
}

// Whether a sex marker of a roster or a form comes right before the date, set apart by
// blanks, a tab, a comma or '|' ("沈超亮    女    1994年1月", "王芳,女,1990-03-07"): rosters
// list a person's sex, then the birth date.
bool SegmentScan::SexMarkerBefore(size_t s) const {
  size_t p = s;
  const size_t lim = s >= 8 ? s - 8 : 0;
  while (p > lim && (t_[p - 1] == ' ' || t_[p - 1] == '\t' || t_[p - 1] == ',' || t_[p - 1] == '|'))
    --p;
  if (p == s || p < 3 || !(StartsAt(p - 3, "男") || StartsAt(p - 3, "女"))) return false;
  // The marker is a cell of its own (not 男孩, 少女), after a cell that is a name: two to four
  // Chinese characters from a common surname (not 更衣室 女).
  auto sep = [&](size_t q) {  // t_[q - 1] separates cells, or q starts the text
    return q == 0 || t_[q - 1] == ' ' || t_[q - 1] == '\t' || t_[q - 1] == ',' ||
           t_[q - 1] == '|' || t_[q - 1] == '\n';
  };
  size_t q = p - 3;
  if (!sep(q) || q == 0 || t_[q - 1] == '\n') return false;
  const size_t lim2 = q >= 8 ? q - 8 : 0;
  while (q > lim2 && (t_[q - 1] == ' ' || t_[q - 1] == '\t' || t_[q - 1] == ',' || t_[q - 1] == '|'))
    --q;
  const size_t name_end = q;
  while (q >= 3 && name_end - q < 12 && static_cast<unsigned char>(t_[q - 3]) >= 0xE0 &&
         !sep(q))
    q -= 3;
  const size_t len = name_end - q;
  return sep(q) && len >= 6 && len <= 12 && chinese::CommonSurnameAt(t_, q);
}

// "我是一九九七年七月二十日", "我是1991-05-17", "我是1994年1月23日的": a caller answering with
// a whole date that ends the utterance, as a voice bot's transcript of "please say your date
// of birth" holds it.
// A year and a month alone (我是2024年3月入职的) is no birth date.
bool SegmentScan::SelfStatedBirthDate(size_t s, size_t e) const {
  if (s < 6 || !StartsAt(s - 6, "我是")) return false;
  const std::string_view d = t_.substr(s, e - s);
  const bool day = d.ends_with("日") || d.ends_with("号") ||
                   std::count(d.begin(), d.end(), '-') == 2 || std::count(d.begin(), d.end(), '/') == 2;
  if (!day) return false;
  // "我是1994年1月23日的。": a 的 that ends the utterance too.
  if (StartsAt(e, "的")) e += 3;
  const char c = At(e);
  return e >= n_ || c == '"' || c == ',' || c == '.' || c == '\n' || c == '!' || c == '?' ||
         c == ' ' || StartsAt(e, "。");
}

// Whether the date t_[ts, te) is a record's birth date without a label: its holder's
// resident ID on the same line holds it (IdWithBirthDateNear), or it is a cell of a table
// aligned with blanks under a birth-date column ("出生日期" in a line above).
bool SegmentScan::RecordBirthDate(size_t ts, size_t te) {
  if (IdWithBirthDateNear(ts, te)) return true;
  if (!AlignedCellAt(ts, te - ts)) return false;
  const FieldClass* header = ColumnHeaderAbove(ts);
  return header && header->HintsType(kDateOfBirth);
}

// The date t_[s, e) as YYYYMMDD ("1982-8-13", "1982年08月13日" -> "19820813"), or "" when it
// is not a year, a month and a day.
std::string SegmentScan::DateDigits(size_t s, size_t e) const {
  int parts[3] = {0, 0, 0};
  int n = 0;
  for (size_t k = s; k < e && n < 3;) {
    if (!IsDigit(t_[k])) {
      ++k;
      continue;
    }
    int v = 0, digits = 0;
    while (k < e && IsDigit(t_[k]) && digits < 4) v = v * 10 + (t_[k++] - '0'), ++digits;
    parts[n++] = v;
  }
  if (n != 3 || parts[0] < 1900 || parts[1] > 12 || parts[2] > 31) return {};
  char out[40];  // room for any int the compiler cannot bound
  std::snprintf(out, sizeof out, "%04d%02d%02d", parts[0], parts[1], parts[2]);
  return out;
}

bool SegmentScan::CellGlobalIdDigits(size_t ts, size_t te) {
  if (!validate::IsCnMnc(t_.substr(ts + 3, 2))) return false;
  std::string_view key;
  const FieldClass* fc = FieldAt(ts, &key);
  if (!(fc && fc->HintsType(kCellId)) && !HasHotword(ts, kCellId)) return false;
  Add(ts, te, kCellId, Adjust(kCellId, L::kLikely, ts), "cell_global_id");
  return true;
}

// Whether a resident ID earlier on the same line (within 240 bytes), or just after the date,
// holds the birth date written at t_[ts, te) (eight digits, or a date DateDigits reads): a
// record's birth-date field next to its holder's ID ("120101198208135365 汪文  2  19820813"),
// which says whose birth date it is without any label.
bool SegmentScan::IdWithBirthDateNear(size_t ts, size_t te) const {
  const std::string digits = te - ts == 8 ? std::string(t_.substr(ts, 8)) : DateDigits(ts, te);
  const std::string_view yyyymmdd = digits;
  if (yyyymmdd.size() != 8) return false;
  size_t q = ts;
  while (q > 0 && ts - q < 240 && t_[q - 1] != '\n') {
    // The end of a run of digits (an ID may end in X).
    const char c = t_[q - 1];
    if (!IsDigit(c) && c != 'X' && c != 'x') {
      --q;
      continue;
    }
    size_t b = q;
    while (b > 0 && q - b < 19 && (IsDigit(t_[b - 1]) || ((t_[b - 1] | 0x20) == 'x' && b == q)))
      --b;
    if (q - b == 18 && (b == 0 || !IsAlnum(t_[b - 1]) || CaretControlBefore(b)) &&
        t_.substr(b + 6, 8) == yyyymmdd &&
        validate::CheckResidentId18(t_.substr(b, 18)).valid)
      return true;
    q = b;
    while (q > 0 && IsAlnum(t_[q - 1])) --q;  // past the rest of a longer run
  }
  // The ID may come after the date too ("15930861799,20010604,330782200106040779,...": a
  // table's birth-date column before its ID column), within 80 bytes on the same line.
  size_t limit = te;
  while (limit < n_ && limit - te < 80 && t_[limit] != '\n') ++limit;
  for (size_t q = te, s, e; NextDigitRun(q, limit, &s, &e); q = e) {
    if (e - s == 18 && !IsAlnum(t_[s - 1]) && !AlnumAt(e) && t_.substr(s + 6, 8) == yyyymmdd &&
        validate::CheckResidentId18(t_.substr(s, 18)).valid)
      return true;
    while (e < n_ && IsAlnum(t_[e])) ++e;  // past the rest of a longer run
  }
  return false;
}

bool SegmentScan::NextDigitRun(size_t q, size_t limit, size_t* start, size_t* end) const {
  while (q < limit && !IsDigit(t_[q])) ++q;
  if (q >= limit) return false;
  size_t e = q;
  while (e < limit && IsDigit(t_[e]) && e - q < 19) ++e;
  if (e - q == 17 && (At(e) == 'X' || At(e) == 'x')) ++e;
  *start = q;
  *end = e;
  return true;
}

// "在广东省汕尾市出生" right after a date (兹证明陈芳于1963年4月13日在广东省汕尾市出生): 在, a
// place of at most 20 characters, then 出生, in the same clause.
bool SegmentScan::BornAtPlaceAfter(size_t p) const {
  if (!StartsAt(p, "在")) return false;
  for (size_t q = p + 3; q < n_ && q - p <= 63; ) {
    if (StartsAt(q, "出生")) return true;
    const unsigned char c = static_cast<unsigned char>(t_[q]);
    if (c < 0x80 || StartsAt(q, "，") || StartsAt(q, "。") || StartsAt(q, "；")) return false;
    q += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  }
  return false;
}

// DD/MM/YYYY or MM/DD/YYYY (also with '-' or '.'), as written outside China; the order is
// ambiguous, so the date must be valid one way or the other, and birth context is required.
size_t SegmentScan::TryDateDayFirst(size_t ts, size_t te) {
  char sep = At(te);
  size_t p = te + 1;
  size_t q = p;
  while (DigitAt(q) && q - p < 2) ++q;
  if (q == p || DigitAt(q) || At(q) != sep) return 0;
  size_t y = q + 1;
  size_t ye = y;
  while (DigitAt(ye) && ye - y < 4) ++ye;
  if (ye - y != 4 || AlnumAt(ye)) return 0;
  int a = ParseSmallInt(t_.substr(ts, te - ts));
  int b = ParseSmallInt(t_.substr(p, q - p));
  int year = ParseSmallInt(t_.substr(y, 4));
  if (year < 1900 || year > 2030) return 0;
  if (!validate::IsValidDate(year, b, a) && !validate::IsValidDate(year, a, b)) return 0;
  ReportBirthDateOrAnswer(ts, ye);
  return ye;
}

// ReportBirthDate, or else a transcript's answer on the line after the question ("请报一下您
// 的出生日期" then "B: 1968年12月18日。", "客戶: 21/05/2005"): right after the speaker's ':'.
void SegmentScan::ReportBirthDateOrAnswer(size_t s, size_t e) {
  if (ReportBirthDate(s, e)) return;
  size_t sp = s;
  if (sp > 0 && t_[sp - 1] == ' ') --sp;
  if (sp > 0 && t_[sp - 1] == ':' && BirthQuestionOnLineBefore(s))
    Add(s, e, kDateOfBirth, L::kPossible, "date_of_birth");
}

namespace {
// Month number of an English month name or its three-letter abbreviation (any case), or 0.
int EnglishMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};
  // The longest form is "september." (10 bytes): anything longer is no month.
  if (w.size() < 3 || w.size() > 10) return 0;
  // The months' three-letter prefixes differ, so the first three letters name the only
  // month the word can be (most words name none: this is called for every "25 session").
  const char a = Lower(w[0]), b = Lower(w[1]), c = Lower(w[2]);
  int m = 0;
  while (m < 12 && !(kMonths[m][0] == a && kMonths[m][1] == b && kMonths[m][2] == c)) ++m;
  if (m == 12) return 0;
  char buf[10];
  size_t n = w.size();
  for (size_t k = 0; k < n; ++k) buf[k] = Lower(w[k]);
  if (n > 3 && buf[n - 1] == '.') --n;
  const std::string_view lower(buf, n);
  const std::string_view name = kMonths[m];
  if (lower == name || lower.size() == 3 || (lower == "sept" && m == 8)) return m + 1;
  return 0;
}
}  // namespace

// "Month D, YYYY" (the token is D), "D Month YYYY" or "D-Mon-YYYY"; reported only with
// birth context.
size_t SegmentScan::TryEnglishDate(size_t ts, size_t te) {
  int day = ParseSmallInt(t_.substr(ts, te - ts));
  if (day < 1 || day > 31) return 0;
  auto word_before = [&](size_t end) {
    size_t b = end;
    while (b > 0 && (IsAlpha(t_[b - 1]) || t_[b - 1] == '.')) --b;
    return t_.substr(b, end - b);
  };
  auto year_at = [&](size_t p) -> int {
    if (!(DigitAt(p) && DigitAt(p + 1) && DigitAt(p + 2) && DigitAt(p + 3)) || AlnumAt(p + 4)) return 0;
    return ParseSmallInt(t_.substr(p, 4));
  };
  size_t start = ts, end = 0;
  int month = 0, year = 0;
  if (ts >= 2 && t_[ts - 1] == ' ') {  // Month D, YYYY
    std::string_view w = word_before(ts - 1);
    month = EnglishMonth(w);
    if (month) {
      size_t p = te;
      if (At(p) == ',') ++p;
      if (At(p) == ' ') ++p;
      year = year_at(p);
      start = ts - 1 - w.size();
      end = p + 4;
    }
  }
  // D Month YYYY, and the form of forms and airline systems, D-Mon-YYYY ("04-Jan-1969",
  // also with '/').
  if (const char sep = At(te); !month && (sep == ' ' || sep == '-' || sep == '/')) {
    size_t p = te + 1;
    size_t q = p;
    while (q < n_ && (IsAlpha(t_[q]) || (sep == ' ' && t_[q] == '.'))) ++q;
    month = EnglishMonth(t_.substr(p, q - p));
    if (month && sep != ' ' && At(q) != sep) month = 0;
    if (month) {
      if (sep != ' ') {
        ++q;
      } else {
        if (At(q) == ',') ++q;
        if (At(q) == ' ') ++q;
      }
      year = year_at(q);
      end = q + 4;
    }
  }
  if (!month || year < 1900 || year > 2030 || !validate::IsValidDate(year, month, day)) return 0;
  ReportBirthDate(start, end);
  return end;
}

// Skips hh:mm[:ss[.fff]][Z|+hh[:mm]] starting at p; returns the position after it.
size_t SegmentScan::SkipTime(size_t p) {
  // Every log line starts with a timestamp: with room for the longest form in the text, the
  // same walk without bounds checks ("HH:MM:SS" as one 8-byte shape compare).
  if (std::endian::native == std::endian::little && !reference_ && n_ >= p &&
      n_ - p >= kSkipTimeRoom)
    return SkipTimeUnchecked(p);
  auto two = [&](size_t q) { return DigitAt(q) && DigitAt(q + 1); };
  if (!two(p) || At(p + 2) != ':' || !two(p + 3)) return p;
  p += 5;
  if (At(p) == ':' && two(p + 1)) {
    p += 3;
    if ((At(p) == '.' || At(p) == ',') && DigitAt(p + 1)) {
      ++p;
      while (DigitAt(p)) ++p;
    }
  }
  return SkipTimeZone(p);
}

// SkipTime for a text with at least kSkipTimeRoom bytes from p on: every byte it looks at
// is then inside the text (at most p + 14 without a fraction; after a fraction, the zone is
// read unchecked only with 8 bytes left). Gives SkipTime's answer for every input.
size_t SegmentScan::SkipTimeUnchecked(size_t p) const {
  const char* t = t_.data();
  auto digit = [&](size_t q) { return IsDigit(t[q]); };
  auto two = [&](size_t q) { return digit(q) && digit(q + 1); };
  if (MatchesShape8(t + p, 0xFFFF00FFFF00FFFFull, 0x00003A00003A0000ull)) {  // "HH:MM:SS"
    p += 8;
    if (size_t e = SkipMillisAndZone(p)) return e;
    if ((t[p] == '.' || t[p] == ',') && digit(p + 1)) {
      p += 2;
      while (p < n_ && digit(p)) ++p;
      if (n_ - p < 8) return SkipTimeZone(p);  // a long fraction ran close to the end
    }
  } else {
    if (!two(p) || t[p + 2] != ':' || !two(p + 3)) return p;
    p += 5;  // "HH:MM" without seconds (the shape compare failed on them): no fraction
  }
  if (t[p] == 'Z') {
    ++p;
  } else if ((t[p] == '+' || t[p] == '-') && two(p + 1)) {
    p += 3;
    if (t[p] == ':' && two(p + 1)) p += 3;
    else if (two(p)) p += 2;
  }
  return IsAlnum(t[p]) ? p - 1 : p;
}

// The rest of a log timestamp after its seconds when it is ".fff+hh:mm" (or a '-' zone), in
// one shape compare: the walk below would take the same steps (three fraction digits, a zone
// with minutes) and end at the same place. 0 for every other form, and with fewer than 11
// bytes from p (the walk would check bounds).
size_t SegmentScan::SkipMillisAndZone(size_t p) const {
  if (n_ - p < 11) return 0;
  const char* t = t_.data();
  const char sign = t[p + 4];
  if (sign != '+' && sign != '-') return 0;
  constexpr uint64_t kDigits = 0x00FFFF00FFFFFF00ull;   // ".ddd?dd:": digits at 1-3, 5-6
  constexpr uint64_t kLiteral = 0x3A0000000000002Eull;  // '.' at 0, ':' at 7 (the sign at 4)
  if (!MatchesShape8(t + p, kDigits,
                     kLiteral | static_cast<uint64_t>(static_cast<unsigned char>(sign)) << 32) ||
      !IsDigit(t[p + 8]) || !IsDigit(t[p + 9]))
    return 0;
  return IsAlnum(t[p + 10]) ? p + 9 : p + 10;
}

// The zone part of SkipTime with bounds checks, from p.
inline size_t SegmentScan::SkipTimeZone(size_t p) const {
  auto two = [&](size_t q) { return DigitAt(q) && DigitAt(q + 1); };
  if (At(p) == 'Z') {
    ++p;
  } else if ((At(p) == '+' || At(p) == '-') && two(p + 1)) {
    p += 3;
    if (At(p) == ':' && two(p + 1)) p += 3;
    else if (two(p)) p += 2;
  }
  return AlnumAt(p) ? p - 1 : p;
}

// An IMEI written as TAC/SNR/check digit ("35332610/321128/2", as in GSMA and device
// documents): 8, 6 and 1 digits joined by '/', with a valid Luhn digit.
size_t SegmentScan::TrySlashedImei(size_t ts, size_t te) {
  const size_t snr = te + 1;
  const size_t cd = snr + 7;
  if (n_ - ts < 17 || At(cd - 1) != '/' || !DigitAt(cd) || AlnumAt(cd + 1) || At(cd + 1) == '/')
    return 0;
  for (size_t k = snr; k < snr + 6; ++k)
    if (!IsDigit(t_[k])) return 0;
  std::string& d = scr_.digits;
  d.assign(t_.substr(ts, 8));
  d.append(t_.substr(snr, 6));
  d.push_back(t_[cd]);
  if (!validate::IsImei(d)) return 0;
  Add(ts, cd + 1, kImeiHardwareId, Adjust(kImeiHardwareId, L::kLikely, ts), "imei");
  return cd + 1;
}

// A whole value in a cell identity column (FieldClass::cell_identity: CellId, ci, LAC-CI):
// four or five digits, the cell identity of a 2G/3G network (a 16-bit number, at most 65535,
// shorter than the six digits ClassifyDigits starts at); or an area and a cell joined by
// '-', ' ', '/', ':' or '_' ("17286-45954": a LAC or TAC of at most 65535, then a 2G/3G cell
// or an LTE cell of up to 28 bits), which together place the subscriber. Returns n_ when
// the value is one of these, else 0. Called for values of four or five bytes (Run) and for
// a value that starts with digits and a dash or blank before more digits (TryGrouped).
size_t SegmentScan::CellIdentityValue() {
  uint64_t v[2] = {0, 0};
  int part = 0;
  size_t digits = 0;
  for (size_t k = 0; k < n_; ++k) {
    const char c = t_[k];
    if (IsDigit(c)) {
      if (++digits > 9) return 0;
      v[part] = v[part] * 10 + static_cast<unsigned>(c - '0');
    } else if (part == 0 && digits > 0 && (c == '-' || c == '/' || c == ':' || c == '_')) {
      part = 1;
      digits = 0;
    } else {
      return 0;
    }
  }
  if (digits == 0) return 0;
  if (part == 0 ? (n_ < 4 || n_ > 5 || v[0] > 65535) : (v[0] > 65535 || v[1] > 268435455))
    return 0;
  Add(0, n_, kCellId, Adjust(kCellId, L::kPossible, 0), "cell_id");
  return n_;
}

// The cells of a watch or tracker report in the "3G" protocol most Chinese children's watches
// and GPS trackers speak ([3G*id*len*UD,...,<count>,<connected>,460,<mnc>,<lac>,<ci>,<rssi>,
// <lac>,<ci>,<rssi>,...]): at the MCC 460 at ts, with the number of cells two fields before
// it, each cell's identity is reported. The count, a mainland MNC and that many
// LAC,CI,signal triples must all be there; a cell identity alone is the position of the
// child who wears the watch, to within a few hundred metres.
size_t SegmentScan::WatchReportCells(size_t ts) {
  // Back: ",<count 1-9>,<connected 0-1>," before the MCC.
  if (ts < 5 || t_[ts - 1] != ',' || !DigitAt(ts - 2) || t_[ts - 3] != ',' || !DigitAt(ts - 4) ||
      DigitAt(ts - 5))
    return 0;
  const int count = t_[ts - 4] - '0';
  if (count < 1 || (t_[ts - 2] != '0' && t_[ts - 2] != '1')) return 0;
  // Forward: the number at p and the ',' after it; its value, or -1.
  auto number = [&](size_t* p, size_t max_digits) -> int64_t {
    size_t q = *p;
    int64_t v = 0;
    while (DigitAt(q) && q - *p < max_digits) v = v * 10 + (t_[q++] - '0');
    if (q == *p || DigitAt(q) || At(q) != ',') return -1;
    *p = q + 1;
    return v;
  };
  size_t p = ts + 4;  // after "460,"
  const size_t mnc_at = p;
  const int64_t mnc = number(&p, 2);
  if (mnc < 0 || !validate::IsCnImsi("460" + std::string(2 - (p - 1 - mnc_at), '0') +
                                     std::string(t_.substr(mnc_at, p - 1 - mnc_at)) + "0000000000"))
    return 0;
  size_t cells[9][2];
  for (int c = 0; c < count; ++c) {
    const int64_t lac = number(&p, 5);
    const size_t ci_at = p;
    const int64_t ci = number(&p, 9);
    const size_t ci_end = p - 1;
    // The signal of the last cell may end the report.
    size_t q = p;
    while (DigitAt(q) && q - p < 3) ++q;
    if (lac < 1 || lac > 65535 || ci < 1 || q == p || DigitAt(q) ||
        (At(q) != ',' && At(q) != ']'))
      return 0;
    cells[c][0] = ci_at;
    cells[c][1] = ci_end;
    p = At(q) == ',' ? q + 1 : q;
  }
  for (int c = 0; c < count; ++c)
    Add(cells[c][0], cells[c][1], kCellId, Adjust(kCellId, L::kLikely, cells[c][0]), "cell_id");
  return p;
}

// A 5G subscription concealed identifier (3GPP TS 23.003 2.2B) as NFs log it:
// suci-<SUPI type>-<MCC>-<MNC>-<routing indicator>-<protection scheme>-<home network key
// id>-<scheme output>. With the null scheme (0) the output is the MSIN in clear: the SUCI is
// the subscriber's IMSI written another way, reported whole as IMSI_ID. With ECIES (profile A
// or B, or an operator's scheme) the output is a ciphertext that names no one: nothing is
// reported, and none of its groups is read as a cell identity ("460-00-0000-1"). Returns the
// SUCI's end when one parsed, else 0.
size_t SegmentScan::SuciFrom(size_t mcc) {
  const size_t s = mcc - 7;  // the 's' of "suci"
  if ((s > 0 && (IsAlnum(t_[s - 1]) || t_[s - 1] == '-')) || !DigitAt(mcc - 2) ||
      !ascii::EqualsNoCase(t_.substr(s, 5), "suci-"))
    return 0;
  const bool imsi_type = t_[mcc - 2] == '0';
  // The groups after the MCC: MNC (2-3 digits), routing indicator (1-4 digits), protection
  // scheme (0-15, or its hex digit), key id (0-255), then the output.
  size_t p = mcc + 3;
  size_t group[4][2];
  for (auto& g : group) {
    if (At(p) != '-') return 0;
    g[0] = ++p;
    while (p < n_ && IsHex(t_[p]) && p - g[0] < 4) ++p;
    g[1] = p;
    if (p == g[0]) return 0;
  }
  const size_t mnc_len = group[0][1] - group[0][0];
  if (At(p) != '-' || mnc_len < 2 || mnc_len > 3) return 0;
  const size_t out = ++p;
  while (p < n_ && IsHex(t_[p])) ++p;
  if (p == out || AlnumAt(p) || At(p) == '-') return 0;
  const bool null_scheme = group[2][1] - group[2][0] == 1 && t_[group[2][0]] == '0';
  if (!null_scheme || !imsi_type) return p;  // concealed, or a network access identifier
  // The MSIN: digits only, and MCC + MNC + MSIN at most fifteen digits.
  std::string& d = scr_.digits;
  d.assign(t_.substr(mcc, 3));
  d.append(t_.substr(group[0][0], mnc_len));
  d.append(t_.substr(out, p - out));
  if (d.size() < 14 || d.size() > 15 || !validate::AllDigits(d)) return p;
  const bool mainland = d.size() == 15 && validate::IsCnImsi(d);
  Add(s, p, kImsiId, mainland ? L::kVeryLikely : L::kLikely, "suci_null_scheme");
  return p;
}

bool SegmentScan::PhoneWordNear(size_t ts) { return HasHotword(ts, kPhoneNumber); }

size_t SegmentScan::ImeiUrnAt(size_t ts) {
  if (!ascii::EqualsNoCase(t_.substr(ts - 5, 4), "imei")) return 0;
  for (size_t k = ts + 9; k < ts + 15; ++k)
    if (!DigitAt(k)) return 0;
  if (At(ts + 15) != '-' || !DigitAt(ts + 16) || AlnumAt(ts + 17)) return 0;
  // The spare digit is 0 (the URN carries no check digit); the TAC must be a real one's.
  std::string& d = scr_.digits;
  d.assign(t_.substr(ts, 8));
  d.append(t_.substr(ts + 9, 6));
  d.push_back(t_[ts + 16]);
  if (!validate::HasKnownImeiReportingBody(d)) return 0;
  Add(ts, ts + 17, kImeiHardwareId, Adjust(kImeiHardwareId, L::kLikely, ts), "imei");
  return ts + 17;
}

bool SegmentScan::IsHexCellIdentity(std::string_view tok) {
  const bool prefixed = tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X');
  const std::string_view hex = prefixed ? tok.substr(2) : tok;
  if (hex.size() < 7 || hex.size() > 10) return false;
  bool letter = false;
  for (char c : hex) {
    if (!IsHex(c)) return false;
    letter |= !IsDigit(c);
  }
  return prefixed || letter;
}

bool SegmentScan::CellIdKeyInBracketsBefore(size_t ts) const {
  // open5gs writes "TAC[41931] CellID[0x6449a7004]".
  return ts >= 8 && t_[ts - 1] == '[' && ascii::EqualsNoCase(t_.substr(ts - 7, 6), "cellid") &&
         !IsAlnum(t_[ts - 8]);
}

size_t SegmentScan::TryCgi(size_t ts) {
  // Cell Global Identity: MCC-MNC-LAC-CI, e.g. 460-00-52511-60387 (also ECGI with 3 parts).
  size_t p = ts;
  int parts = 0;
  while (parts < 4) {
    size_t q = p;
    while (DigitAt(q)) ++q;
    // An ECI or NCI in hex after MCC-MNC, as NB-IoT platforms print it (460-09-941C082,
    // 460-01-CFC3101): seven to nine hex digits with a letter, the last part.
    if (parts == 2 && IsHex(At(q)) && !DigitAt(q)) {
      size_t h = q;
      while (h < n_ && IsHex(t_[h]) && h - p <= 9) ++h;
      if (h - p >= 7 && h - p <= 9 && !AlnumAt(h)) {
        parts = 3;
        p = h;
        break;
      }
    }
    if (q == p) break;
    ++parts;
    p = q;
    if (At(p) == '-' && (DigitAt(p + 1) || (parts == 2 && IsHex(At(p + 1)))) && parts < 4) ++p;
    else break;
  }
  // The MNC must be a mainland operator's (00-09, 11, 13, 15, 20): "460-89-9847" is not a
  // cell (it is shaped like a US social security number).
  bool mnc_ok = ts + 6 <= n_ && DigitAt(ts + 4) && DigitAt(ts + 5) && !DigitAt(ts + 6) &&
                validate::IsCnImsi(std::string(t_.substr(ts, 3)) + std::string(t_.substr(ts + 4, 2)) +
                                   "0000000000");
  // Under a cell key (ecgi=, cgi=) a roaming subscriber's cell abroad too: any country code
  // (200-799) and a two- or three-digit network code.
  if (!mnc_ok && parts >= 3 && DigitAt(ts) && t_[ts] >= '2' && t_[ts] <= '7' && At(ts + 3) == '-' &&
      DigitAt(ts + 4) && DigitAt(ts + 5) && (At(ts + 6) == '-' || (DigitAt(ts + 6) && At(ts + 7) == '-'))) {
    std::string_view key;
    const FieldClass* fc = FieldAt(ts, &key);
    // ... or all four parts near a cell word (详单显示在香港使用数据，基站 454-00-1458-884).
    mnc_ok = (fc && fc->HintsType(kCellId)) || (parts == 4 && HasHotword(ts, kCellId));
  }
  if (parts >= 3 && mnc_ok && !AlnumAt(p)) {
    Add(ts, p, kCellId, Adjust(kCellId, parts == 4 ? L::kLikely : L::kPossible, ts),
        "cell_global_id");
    return p;
  }
  return 0;
}

// Where the UUID (8-4-4-4-12 hex digits joined by '-') that the digit group t_[ts, te) is a
// group of ends, or 0 when it is none. A UUID's all-digit groups are no phone or card
// ("...-6482-566790189496"), and UUIDs are in every app log.
size_t SegmentScan::UuidEndAround(size_t ts) const {
  for (size_t k : {0, 9, 14, 19, 24}) {
    if (ts < k) break;
    const size_t s = ts - k;
    if (n_ - s < 36 || (s > 0 && IsAlnum(t_[s - 1])) || AlnumAt(s + 36)) continue;
    bool uuid = true;
    for (size_t j = 0; j < 36 && uuid; ++j)
      uuid = (j == 8 || j == 13 || j == 18 || j == 23) ? t_[s + j] == '-' : IsHex(t_[s + j]);
    if (uuid) return s + 36;
  }
  return 0;
}

// A pause or a join before the next group of digits at t_[te] that GroupSeparator takes:
// a transcript's ',' ", " or "、", or a post's '+' or 加 ("187+5806+2091", "172加41069787").
bool SegmentScan::MoreGroupsAfter(size_t te) const {
  const size_t sep = GroupSeparator(te);
  return sep > 1 ? DigitAt(te + sep) : sep == 1 && t_[te] != ' ' && t_[te] != '-' && DigitAt(te + 1);
}

// The length of a separator between two groups of a number at t_[p]: a space or a dash; a
// comma (maybe followed by a space) or 、 as ASR writes a reader's pauses; '+' or 加 as posts
// write a number to slip past filters (not " 加 " between blanks: the scan passes over a
// number before a blank and a Chinese character). 0 for anything else.
size_t SegmentScan::GroupSeparator(size_t p) const {
  const char c = At(p);
  if (c == '-' || c == '+' || c == ' ') return 1;
  size_t n = c == ',' ? 1 : StartsAt(p, "、") || StartsAt(p, "加") ? 3 : 0;
  if (n && At(p + n) == ' ') ++n;
  return n;
}

// The position of the ')' of an area code or trunk prefix in parentheses at p, after an
// optional blank ("(415)", " (0)"): one to five digits; *open is set to its '('. 0 when
// there is none.
size_t SegmentScan::ParenthesizedAreaCodeEnd(size_t p, size_t* open) const {
  if (At(p) == ' ') ++p;
  if (At(p) != '(') return 0;
  *open = p;
  size_t q = p + 1;
  while (DigitAt(q) && q - p <= 5) ++q;
  return q > p + 1 && At(q) == ')' ? q : 0;
}

size_t SegmentScan::TryGrouped(size_t ts, size_t te, bool plus) {
  // "17286-45954" under LAC-CI: an area and a cell.
  if (ts == 0 && seg_.whole_value && seg_.field_class && seg_.field_class->cell_identity) {
    if (size_t e = CellIdentityValue()) return e;
  }
  if (At(te) == '-' || (ts > 0 && t_[ts - 1] == '-')) {
    if (size_t e = UuidEndAround(ts)) return e;
  }
  // A number read out digit by digit starts its run: "3 2 0 1 0 6, 1 9 5 5 ..." holds no
  // number starting at its third digit.
  if (te - ts == 1 && ts >= 2) {
    size_t b = ts;  // back over the separator (' ', ',' or ", ") to the digit before
    if (t_[b - 1] == ' ') --b;
    if (b > 0 && t_[b - 1] == ',') --b;
    if (b < ts && b > 0 && IsDigit(t_[b - 1]) && (b < 2 || !IsDigit(t_[b - 2]))) return 0;
  }
  // Up to seven groups; up to twenty when every group is one digit, as a number read out
  // digit by digit is transcribed ("1 7 3 2 1 5 0 6 1 7 9").
  size_t starts[20];
  size_t lens[20];
  int g = 0;
  size_t end = te;
  starts[g] = ts;
  lens[g] = te - ts;
  ++g;
  bool singles = te - ts == 1;
  bool commas = false;
  int before_commas = 0;  // the groups before the first comma or 、
  // Groups may mix spaces and dashes ("+86 139-1234-5678"); a transcript's pauses are commas
  // or 、 too ("199，3605，4548", "四二零、111、1953、零八零二、147X").
  auto separator = [&](size_t p) { return GroupSeparator(p); };
  while (g < (singles ? 20 : 7)) {
    // An area code in parentheses after the country code ("+1 (415) 555-2671"), or the
    // trunk prefix the number drops when dialled from abroad ("+44 (0)20 7946 0958").
    if (plus && g == 1) {
      size_t open = 0;
      if (const size_t close = ParenthesizedAreaCodeEnd(end, &open)) {
        if (!(close == open + 2 && t_[open + 1] == '0')) {
          starts[g] = open + 1;
          lens[g] = close - open - 1;
          ++g;
        }
        size_t r = close + 1;
        if (At(r) == ' ' || At(r) == '-') ++r;
        size_t q = r;
        while (DigitAt(q)) ++q;
        if (q == r || AlnumAt(q)) break;
        starts[g] = r;
        lens[g] = q - r;
        ++g;
        end = q;
        continue;
      }
    }
    const size_t sep = separator(end);
    if (!sep) break;
    // Read out one by one, an ID's check character is a group of its own ("... 1 0 2 X").
    if (singles && g == 17 && (At(end + sep) == 'X' || At(end + sep) == 'x') &&
        !AlnumAt(end + sep + 1)) {
      starts[g] = end + sep;
      lens[g] = 1;
      ++g;
      end = end + sep + 1;
      break;
    }
    if (!DigitAt(end + sep)) break;
    size_t q = end + sep;
    while (DigitAt(q)) ++q;
    // An ID's check character X may end the last group ("110105 19491231 002X").
    bool check_x = (At(q) == 'X' || At(q) == 'x') && !AlnumAt(q + 1);
    if (AlnumAt(q) && !check_x) break;  // the group runs into letters: not a clean group
    if (check_x) ++q;
    if (!commas && !(sep == 1 && (t_[end] == ' ' || t_[end] == '-'))) {
      commas = true;
      before_commas = g;
    }
    starts[g] = end + sep;
    lens[g] = q - end - sep;
    singles &= lens[g] == 1;
    ++g;
    end = q;
    if (check_x) break;
  }
  // Commas are a transcript's pauses only between groups a person reads out: three to eight
  // digits each, or one by one. Thousands separators ("13,800,138,000": every group after
  // the first of three digits) and a protocol's fields ("460,0,21670,27456") are none.
  if (commas && !singles) {
    bool thousands = true, read_out = true;
    for (int j = 0; j < g; ++j) {
      if (j > 0) thousands &= lens[j] == 3;
      // The last group may be shorter (a card's last three, an ID's "002X").
      read_out &= (lens[j] >= 3 || j == g - 1) && lens[j] <= 8;
    }
    if (thousands || !read_out) g = before_commas;  // a list goes on after the number
  }
  if (g < 2) return 0;
  // Try the longest prefix of groups that forms a phone or card number.
  for (int k = g; k >= 2; --k) {
    std::string& d = scr_.digits;
    d.clear();
    for (int j = 0; j < k; ++j) d.append(t_.substr(starts[j], lens[j]));
    size_t e = starts[k - 1] + lens[k - 1];
    if (d.size() > 20) continue;
    size_t s = plus ? ts - 1 : ts;
    if (d.size() == 18 && !plus) {
      // Resident IDs written in groups (6-8-4); the check character makes them safe.
      auto id = validate::CheckResidentId18(d);
      if (id.valid) {
        Add(ts, e, kChinaResidentIdNumber, Adjust(kChinaResidentIdNumber, L::kLikely, ts),
            "cn_resident_id");
        return e;
      }
    }
    if (!validate::AllDigits(d)) continue;
    // Two groups make a mobile number as people write one (138 00138000, 1380 0138000,
    // 1380013 8000, 86 13800138000, 00852 93430082), not a date and a code ("19820813 110"
    // in a fixed-width record).
    // A Hong Kong or Macau number without its '+' starts with its whole country code (852
    // 6193 8409, 00852-93430082): "85-291449-977" is a bank account.
    if (!plus && lens[0] < 3 && validate::IsHkMacauNumber(d)) continue;
    const bool phone_groups =
        plus || k > 2 || lens[0] <= 4 || lens[0] == 7 || validate::IsHkMacauNumber(d);
    if (phone_groups && EvaluatePhoneDigits(d, plus, true, s, e)) return e;
    // Only a number of exactly two groups of four (or a Taiwan mobile's 4-3-3): "9699-3964-
    // 3210-8894" holds none.
    if (!plus && ((g == 2 && lens[0] == 4 && lens[1] == 4) ||
                  (g == 3 && lens[0] == 4 && lens[1] == 3 && lens[2] == 3)) &&
        !(ts >= 2 && (t_[ts - 1] == '-' || t_[ts - 1] == ' ') && IsDigit(t_[ts - 2])) &&
        LocalNumberInPhoneContext(ts, d)) {
      Add(ts, e, kPhoneNumber, Adjust(kPhoneNumber, L::kPossible, ts), "local_phone");
      return e;
    }
    // 35-209900-176148-1 or 35 209900 176148 1: an IMEI is written in three or four groups;
    // two ("01 8613800138000": a field and a phone number) are no IMEI.
    if (!plus && k >= 3 && d.size() == 15 && validate::IsImei(d)) {
      Add(ts, e, kImeiHardwareId, Adjust(kImeiHardwareId, L::kLikely, ts), "imei");
      return e;
    }
    // A SIM's ICCID printed in groups of four ("8986 0178 2631 5752 4621"); before the
    // card test, which a 19-digit ICCID may pass by chance.
    if (!plus && (d.size() == 19 || d.size() == 20) && lens[0] == 4 && validate::IsCnIccid(d)) {
      Add(ts, e, kIccidNumber, Adjust(kIccidNumber, L::kLikely, ts), "cn_iccid");
      return e;
    }
    // Cards in groups of four, or a BIN of six and the rest ("621799 9646085928437"), which
    // must pass the Luhn check too: two numbers side by side are more common than that form.
    if (!plus && d.size() >= 16 && d.size() <= 19 && (lens[0] == 4 || (lens[0] == 6 && g == 2))) {
      int strength = validate::BankCardStrength(d);
      if (strength > (lens[0] == 4 ? 0 : 1)) {
        Add(ts, e, kBankCardNumber,
            Adjust(kBankCardNumber, strength == 2 ? L::kLikely : L::kPossible, ts), "bank_card");
        return e;
      }
    }
  }
  return 0;
}


size_t SegmentScan::RedisReplySecret(size_t quote) {
  const std::string_view field = RedisFieldAbove(quote);
  if (field.empty() || !lexicon::IsCredentialKey(field)) return 0;
  const size_t e = TryCredentialValue(quote);
  return e > quote ? e : 0;
}

}  // namespace piguard::detail
