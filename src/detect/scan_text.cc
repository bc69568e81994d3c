// '@' (e-mail, URL credentials), '=' and ':' (credentials, labelled values), Chinese text
// (plates, addresses, names), whole values under telling fields, and custom types.
#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <vector>

#include "core/ascii.h"
#include "core/utf8.h"
#include "detect/chinese.h"
#include "detect/command_line.h"
#include "detect/lexicon.h"
#include "detect/segment_scan.h"
#include "detect/validators.h"

namespace piguard::detail {

using L = Likelihood;

// '@': e-mail addresses and URL credentials.

// scheme://user:password@host: the password is a credential (any bytes but '/', '@', quotes
// and spaces), and the host that follows is not an e-mail domain. Returns the end of the
// host, or 0 when t_[at] is not the '@' of URL user information.
size_t SegmentScan::TryUrlCredential(size_t at) {
  size_t p = at;
  while (p > 0 && at - p < 256) {
    char c = t_[p - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '<' || c == '@' ||
        c == '/')
      break;
    --p;
  }
  // Oracle's thin driver: jdbc:oracle:thin:scott/tiger@10.41.83.83:1521/BILLDB.
  if (p >= 2 && t_[p - 1] == '/' && p < at) {
    size_t u = p - 1;  // the user name before the '/'
    while (u > 0 && p - u < 64 && (IsAlnum(t_[u - 1]) || t_[u - 1] == '_' || t_[u - 1] == '$'))
      --u;
    if (u >= 17 && u < p - 1 && t_.substr(u - 17, 17) == "jdbc:oracle:thin:") {
      Add(p, at, kCredential, L::kLikely, "url_credential", /*with_field=*/false);
      return at + 1;
    }
  }
  if (!(p >= 3 && t_[p - 1] == '/' && t_[p - 2] == '/' && t_[p - 3] == ':')) return 0;
  // The host follows the LAST '@' of the authority: a password may hold '@' (written %40,
  // decoded before matching).
  for (size_t q = at + 1; q < n_ && q - at < 256; ++q) {
    char c = t_[q];
    if (c == '/' || c == '?' || c == '#' || c == ' ' || c == '\t' || c == '\n' || c == '"' ||
        c == '\'')
      break;
    if (c == '@') at = q;
  }
  std::string_view userinfo = t_.substr(p, at - p);
  size_t colon = userinfo.find(':');
  if (colon != std::string_view::npos && colon + 1 < userinfo.size()) {
    // The user name is not echoed as a field name.
    Add(p + colon + 1, at, kCredential, L::kLikely, "url_credential", /*with_field=*/false);
  }
  // The scan goes on with the host: an IP address there is PI of its own
  // (amqp://admin:pw@10.12.4.21:5672/).
  return at + 1;
}

namespace {
// Placeholders in name and address columns (未知, 测试用户, 张三, N/A ...), by length: a
// value is compared only with the placeholders of its own length (this runs for every cell of
// such a column; a loop over them all was 0.4% of a CRM export's scan).
constexpr std::string_view kColumnPlaceholders[] = {
    "未知", "不详", "无", "空", "暂无", "匿名", "测试", "先生", "女士", "客户", "用户", "本人",
    "测试用户", "测试号", "演示账号", "演示用户",  // a system's test and demo rows
    "张三", "李四", "王五", "赵六", "无名氏",     // forms' and examples' John Doe
    "法定",  // 受益人：法定 (the heirs at law)
    "同上",  // same as above
    "合计", "小计", "总计",  // a table's totals row
    "null", "NULL", "None", "none", "N/A", "n/a", "unknown", "Unknown", "test", "Test", "-"};
constexpr size_t kMaxPlaceholder = 12;
// Bit k of kPlaceholderLengths: some placeholder is k bytes long.
constexpr uint32_t PlaceholderLengths() {
  uint32_t m = 0;
  for (std::string_view w : kColumnPlaceholders) m |= 1u << w.size();
  return m;
}
constexpr uint32_t kPlaceholderLengths = PlaceholderLengths();
static_assert([] {
  for (std::string_view w : kColumnPlaceholders)
    if (w.size() > kMaxPlaceholder) return false;
  return true;
}());

// Whether the capitalized words v (a value under a name key) hold a word that no personal
// name is: a network management system's alarm names ("Ethernet Link Fault", "NE Software
// Version Mismatch"), a product's or a service's ("Payment Gateway"). Words of states and
// things, and endings of English nouns and adjectives (-tion, -ment, -able ...).
bool EnglishTermNotName(std::string_view v) {
  static constexpr std::string_view kTerms[] = {
      "fault", "failed", "failure", "error", "link", "alarm", "mismatch", "problem", "version",
      "software", "hardware", "changed", "login", "logout", "reference", "clock", "external",
      "internal", "gateway", "payment", "service", "server", "system", "network", "device",
      "unit", "board", "port", "power", "signal", "timeout", "lost", "loss", "down", "degraded",
      "warning", "critical", "major", "minor", "cleared", "restart", "reset", "overload",
      "threshold", "exceeded", "sctp", "ethernet", "cell", "module", "test", "default"};
  static constexpr std::string_view kEndings[] = {"tion", "sion", "ment", "ness", "able", "ible",
                                                   "ity"};
  for (size_t k = 0; k < v.size();) {
    while (k < v.size() && !IsAlpha(v[k])) ++k;
    const size_t w = k;
    while (k < v.size() && IsAlpha(v[k])) ++k;
    if (k - w < 2 || k - w > 16) continue;
    char buf[16];
    for (size_t q = w; q < k; ++q) buf[q - w] = Lower(v[q]);
    const std::string_view word(buf, k - w);
    // (First bytes before the compares: this runs for every Latin name under a name key.)
    for (std::string_view t : kTerms)
      if (t[0] == word[0] && t.size() == word.size() && word == t) return true;
    for (std::string_view end : kEndings)
      if (word.size() > end.size() + 2 && word.back() == end.back() &&
          word.substr(word.size() - end.size()) == end)
        return true;
  }
  return false;
}

// Inlined: a call per cell of a name or address column cost 1% of a CRM export's scan.
[[gnu::always_inline]] inline bool IsColumnPlaceholder(std::string_view v) {
  if (v.size() > kMaxPlaceholder || !((kPlaceholderLengths >> v.size()) & 1u)) return false;
  // (The last byte first: Chinese placeholders of one length share their first bytes.)
  for (std::string_view w : kColumnPlaceholders)
    if (w.size() == v.size() && w.back() == v.back() && w == v) return true;
  return false;
}

// Whether a credential's value is a verifier stored in place of a password, not the password:
// crypt(3)'s modular format ("$2a$10$...", "$6$salt$...", "$argon2id$..."), Django's
// ("pbkdf2_sha256$260000$..."), PostgreSQL's ("SCRAM-SHA-256$4096:...", "md5" and 32 hex
// digits), MySQL's ('*' and 40 hex digits) and a scheme in braces other than plain text
// ("{SSHA}...", "{bcrypt}..."; not "{noop}", "{plain}", "{cleartext}").
bool IsPasswordVerifier(std::string_view v) {
  auto hex = [](std::string_view h) {
    return !h.empty() && std::all_of(h.begin(), h.end(), [](char c) { return IsHex(c); });
  };
  if (v.size() == 35 && v.substr(0, 3) == "md5" && hex(v.substr(3))) return true;
  if (v.size() == 41 && v[0] == '*' && hex(v.substr(1))) return true;
  if (v.substr(0, 14) == "SCRAM-SHA-256$") return true;
  if (v.size() >= 20 && v[0] == '$') {
    // "$id$" then at least one more '$': the salt or the cost before the hash.
    const size_t id_end = v.find('$', 1);
    return id_end != std::string_view::npos && id_end >= 2 && id_end <= 16 &&
           v.find('$', id_end + 1) != std::string_view::npos;
  }
  for (std::string_view django : {"pbkdf2_sha256$", "pbkdf2_sha1$", "argon2$", "bcrypt_sha256$",
                                  "bcrypt$", "scrypt$"})
    if (v.substr(0, django.size()) == django) return true;
  if (v.size() >= 8 && v[0] == '{') {
    const size_t close = v.find('}');
    if (close == std::string_view::npos || close > 16) return false;
    std::string scheme;
    for (char c : v.substr(1, close - 1)) scheme.push_back(Lower(c));
    return scheme != "noop" && scheme != "plain" && scheme != "cleartext" && scheme != "clear";
  }
  return false;
}
}  // namespace

// "... PASSWORD 'x'" and "... IDENTIFIED BY 'x'": the quote at t_[i] opens the literal after
// the keyword (any case, a word of its own, one blank between). The verifiers PostgreSQL and
// MySQL store instead of a password ('SCRAM-SHA-256$4096:...', 'md5' and 32 hex digits, '*'
// and 40) are not the password.
size_t SegmentScan::OnQuote(size_t i) {
  if (i < 10 || t_[i - 1] != ' ') return i + 1;
  auto word_before = [&](size_t end, std::string_view w) {
    if (end < w.size()) return false;
    const size_t b = end - w.size();
    for (size_t k = 0; k < w.size(); ++k)
      if (Lower(t_[b + k]) != w[k]) return false;
    return b == 0 || !(IsAlnum(t_[b - 1]) || t_[b - 1] == '_');
  };
  if (!word_before(i - 1, "password") && !word_before(i - 1, "identified by")) return i + 1;
  size_t e = i + 1;
  while (e < n_ && t_[e] != '\'' && t_[e] != '\n' && e - i <= 256) ++e;
  if (At(e) != '\'') return i + 1;
  if (IsPasswordVerifier(t_.substr(i + 1, e - i - 1))) return e + 1;
  return std::max(i + 1, TryCredentialValue(i, /*with_field=*/false));
}

size_t SegmentScan::OnAt(size_t i) {
  if (size_t e = TryUrlCredential(i)) return e;
  auto local_char = [](char c) {
    return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  size_t l = i;
  while (l > 0 && i - l < 64 && local_char(t_[l - 1])) --l;
  while (l < i && (t_[l] == '.' || t_[l] == '-')) ++l;
  if (l == i || t_[i - 1] == '.') return i + 1;
  size_t r = i + 1;
  // (A combo list's "----" after the address is no part of its domain.)
  while (r < n_ && (IsAlnum(t_[r]) || t_[r] == '.' || (t_[r] == '-' && !StartsAt(r, "---"))))
    ++r;
  while (r > i + 1 && (t_[r - 1] == '.' || t_[r - 1] == '-')) --r;
  std::string_view domain = t_.substr(i + 1, r - i - 1);
  // A SIP URI's user at a host given by its address ("<sip:+8613812345678@10.1.2.3:5060>",
  // a Contact header): no e-mail domain, but the number all the same, and the scan goes on
  // over the address (the device's own, in a Contact).
  if ((t_[l] == '+' || IsDigit(t_[l])) && !domain.empty() && IsDigit(domain.back()) &&
      ((l >= 4 && StartsAt(l - 4, "sip:")) || (l >= 5 && StartsAt(l - 5, "sips:")))) {
    if (SipIdentity(l, i, domain)) return i + 1;
  }
  size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return i + 1;
  std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2) return i + 1;
  for (char c : tld)
    if (!IsAlpha(c)) return i + 1;
  if (domain.find("..") != std::string_view::npos) return i + 1;
  if (t_[l] == '+' || IsDigit(t_[l])) {
    if (size_t e = SipIdentity(l, i, domain)) return e;
  }
  // A broadband account in China Telecom's realm that is no number (gzkd59413317@163.gd)
  // is an account name, no mailbox. (Byte tests first: this runs for every address.)
  if (domain.size() == 6 && domain[0] == '1' && domain[1] == '6' && domain[2] == '3' &&
      ProvincialRealm(domain))
    return r;
  // The 3GPP's own domain (ims.mnc000.mcc460.3gppnetwork.org) names IMS identities and
  // SIP dialogs ("4a185c5051c06b7e@pcscf4.zj.ims.mnc000.mcc460.3gppnetwork.org", a Call-ID),
  // never a mailbox; a number in the user part was read above.
  const bool ims = domain.size() >= 15 && domain.substr(domain.size() - 15) == "3gppnetwork.org";
  if (ims || MessageIdKeyBefore(l)) {
    // An identifier, not an address: what its digit groups looked like (a landline in
    // "UID:04643499-1239-0953@cal.example.com") goes with it.
    while (!scr_.cands.empty() && scr_.cands.back().start >= l && scr_.cands.back().end <= r)
      scr_.cands.pop_back();
    return r;
  }
  DisplayNameBefore(l, t_.substr(l, i - l));
  // A role's or a system's mailbox (noreply@, MAILER-DAEMON@, support@, a meeting room's)
  // belongs to no person: kept at VERY_UNLIKELY, below the default minimum even when a
  // hotword raises it a step.
  // A mailing list's address (its domain "lists." or "list.") is the list's.
  const bool role = lexicon::IsRoleMailbox(t_.substr(l, i - l)) ||
                    domain.substr(0, 6) == "lists." || domain.substr(0, 5) == "list." ||
                    OrganisationDisplayNameBefore(l);
  const Likelihood lk = role ? L::kVeryUnlikely : L::kLikely;
  Add(l, r, kEmailAddress, Adjust(kEmailAddress, lk, l), "email");
  if (r < n_ && LineStartBefore(l)) {
    if (size_t e = ComboSecretAfter(r, true)) return e;
  }
  return r;
}

__attribute__((noinline)) size_t SegmentScan::ComboSecretAfter(size_t p, bool email) {
  size_t q = p;
  while (At(q) == ' ' && q - p < 4) ++q;
  size_t dashes = q;
  while (At(dashes) == '-' && dashes - q < 12) ++dashes;
  // A mobile's other separators ("13956760019||423757||服务密码", "13238752222:zxcvbnm123:
  // 石梅秀:1967-04-06") only where the same separator follows the password: a table's
  // first columns are a mobile and a number far more often.
  char field_sep = 0;
  if (dashes - q >= 3) q = dashes;
  else if (email && (At(q) == ':' || At(q) == ';' || At(q) == '|' || At(q) == '\t')) ++q;
  else if (!email && At(q) == '|' && At(q + 1) == '|') field_sep = '|', q += 2;
  else if (!email && At(q) == ':') field_sep = ':', ++q;
  else return 0;
  while (At(q) == ' ' && q - p < 20) ++q;
  // The password: printable ASCII without blanks, up to a line's end or the next "---".
  size_t e = q;
  size_t at = SIZE_MAX;  // a '@' in it: a password ("Yan@2022") or an e-mail (not one)
  bool dot_after_at = false, hex = true;
  while (e < n_ && t_[e] > ' ' && t_[e] < 0x7F && e - q <= 40 && t_[e] != field_sep &&
         !(t_[e] == '-' && At(e + 1) == '-' && At(e + 2) == '-')) {
    if (t_[e] == '@' && at == SIZE_MAX) at = e;
    dot_after_at |= at != SIZE_MAX && t_[e] == '.';
    hex &= IsHex(t_[e]);
    ++e;
  }
  const size_t len = e - q;
  if (len < 6 || len > 40 || dot_after_at || (hex && (len == 32 || len == 40 || len == 64)))
    return 0;
  if (field_sep && At(e) != field_sep) return 0;
  size_t after = e;
  while (At(after) == ' ' && after - e < 8) ++after;
  const bool more = (At(after) == '-' && At(after + 1) == '-' && At(after + 2) == '-') ||
                    (field_sep && At(after) == field_sep);
  // The line ends, another field follows after "---", or a note after two blanks or more
  // ("... :woaini1314520  ✅ 登录成功", as a checker's output marks a login that worked).
  if (!(after >= n_ || t_[after] == '\n' || t_[after] == '\r' || more || after - e >= 2))
    return 0;
  Add(q, e, kCredential, L::kLikely, "combo_password");
  if (!more) return e;
  // "----侯怡琳": the holder, a whole common full name to the line's end.
  size_t n = after;
  while (At(n) == '-' || (field_sep && At(n) == field_sep)) ++n;
  while (At(n) == ' ') ++n;
  bool known = false;
  const size_t nl = chinese::MatchChineseName(t_, n, true, &known);
  const size_t ne = n + nl;
  if (nl >= 6 &&
      (ne >= n_ || t_[ne] == '\n' || t_[ne] == '\r' || t_[ne] == ' ' || t_[ne] == field_sep) &&
      chinese::CommonFullName(t_, n, nl) && !chinese::CommonWordNotName(t_, n, nl)) {
    Add(n, ne, kPersonName, L::kPossible, "cn_person_name");
    return ne;
  }
  return e;
}

// Whether the address starting at t_[l] is in angle brackets after a display name that names
// an organisation or a desk, not a person: From: "物业服务中心" <wuye@...>, 收件人: 政企客户部
// <enterprise@...>, "掌上营业厅" <account@...>.
bool SegmentScan::OrganisationDisplayNameBefore(size_t l) const {
  // A label that says whose mailbox it is: 监督邮箱：, 中心邮箱 , 举报邮箱, 客服邮箱.
  if (l >= 9 && t_[l - 1] != '<') {
    size_t p = l;
    while (p > 0 && l - p < 4 && (t_[p - 1] == ' ' || t_[p - 1] == ':')) --p;
    if (!EndsAt(t_, p, "邮箱")) return false;
    p -= 6;
    static constexpr std::string_view kOwners[] = {"中心", "监督", "举报", "投诉", "客服",
                                                   "官方", "服务", "公共", "部门", "团队"};
    for (std::string_view w : kOwners)
      if (EndsAt(t_, p, w)) return true;
    return false;
  }
  if (l < 4 || t_[l - 1] != '<') return false;
  size_t p = l - 1;
  while (p > 0 && t_[p - 1] == ' ') --p;
  if (p > 0 && t_[p - 1] == '"') --p;
  static constexpr std::string_view kWords[] = {"部", "中心", "营业厅", "客服", "团队", "办公室",
                                                "服务台", "公司", "平台", "助手", "小组", "物业",
                                                "服务站", "管理处", "委员会"};
  for (std::string_view w : kWords)
    if (EndsAt(t_, p, w)) return true;
  return false;
}

// At the ':' t_[colon] of a vCard ADR property ("ADR;TYPE=HOME:;;金碧路170号;南京市;玄武区;;
// 中国", "item1.ADR:;;1 Main St;Springfield;IL;62704;USA"): its seven components are post
// office box, extended address, street, locality, region, postal code and country. With a
// street, the address is reported from its first component to its last.
__attribute__((noinline)) size_t SegmentScan::VcardAddress(size_t colon) {
  const size_t ls = LineStart(colon, 120);
  if (ls == std::string_view::npos) return colon + 1;
  size_t p = ls;
  if (At(p) == 'i' || At(p) == 'I') {  // a grouped property: item1.ADR
    while (p < colon && t_[p] != '.') ++p;
    ++p;
  }
  if (colon - p < 3 || Lower(t_[p]) != 'a' || Lower(t_[p + 1]) != 'd' || Lower(t_[p + 2]) != 'r' ||
      (t_[p + 3] != ';' && t_[p + 3] != ':'))
    return colon + 1;
  size_t le = colon + 1;
  while (le < n_ && t_[le] != '\n' && t_[le] != '\r') ++le;
  // The components' bounds: the first and last that are not empty, and the street's.
  size_t first = le, last = colon + 1, street_s = 0, street_e = 0;
  size_t cs = colon + 1;
  for (int k = 0; cs <= le; ++k) {
    size_t ce = cs;
    while (ce < le && t_[ce] != ';') ++ce;
    if (ce > cs) {
      first = std::min(first, cs);
      last = ce;
      if (k == 2) street_s = cs, street_e = ce;
    }
    cs = ce + 1;
  }
  if (street_e == street_s) return le;
  Add(first, last, kStreetAddress, L::kLikely, "street_address");
  return le;
}

// A SIP or IMS identity shaped like an e-mail address: "sip:+8613812345678@ims.mnc000.mcc460.
// 3gppnetwork.org", "460001234567890@ims.mnc000.mcc460.3gppnetwork.org" (a private identity,
// the IMSI). Its user part [l, at) is a phone number or an IMSI, read as one; the whole is
// no e-mail address. Returns where the domain ends when it is such an identity, else 0.
// Whether `domain` is an operator's AAA realm, not a mail domain: the realm after a
// broadband or WLAN account, which is the subscriber's number (13812345678@gd.cmcc,
// 02087654321@ctnet, 18612345678@cucc.gd). Its last label names the operator's network.
bool SegmentScan::OperatorRealm(std::string_view domain) {
  // (Runs for every e-mail address: byte tests first, and most domains start and end with
  // no letter a realm does.)
  const size_t n = domain.size();
  if (n < 3 || n > 64) return false;
  if (ProvincialRealm(domain)) return true;
  const size_t dot = domain.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? domain : domain.substr(dot + 1);
  const char f0 = Lower(domain[0]);
  const char l0 = last.empty() ? '\0' : Lower(last[0]);
  if (f0 != 'c' && f0 != 'v' && l0 != 'c' && l0 != 'v') return false;
  const std::string_view first = domain.substr(0, domain.find('.'));
  static constexpr std::string_view kRealms[] = {"cmcc", "ctnet", "cucc", "cnc", "cmnet", "vnet"};
  for (std::string_view w : kRealms)
    if ((last.size() == w.size() && ascii::EqualsNoCase(last, w)) ||
        (first.size() == w.size() && ascii::EqualsNoCase(first, w)))
      return true;
  return false;
}

bool SegmentScan::ProvincialRealm(std::string_view domain) {
  if (domain.size() != 6 || domain[0] != '1' || domain[1] != '6' || domain[2] != '3' ||
      domain[3] != '.')
    return false;
  static constexpr char kProvinces[][3] = {
      "bj", "tj", "he", "sx", "nm", "ln", "jl", "hl", "sh", "js", "zj",
      "ah", "fj", "jx", "sd", "ha", "hb", "hn", "gd", "gx", "hi", "cq",
      "sc", "gz", "yn", "xz", "sn", "gs", "qh", "nx", "xj"};
  const char a = Lower(domain[4]);
  const char b = Lower(domain[5]);
  for (const auto& w : kProvinces)
    if (w[0] == a && w[1] == b) return true;
  return false;
}

size_t SegmentScan::SipIdentity(size_t l, size_t at, std::string_view domain) {
  const bool plus = t_[l] == '+';
  const size_t ds = l + (plus ? 1 : 0);
  if (at - ds < 6) return 0;
  for (size_t k = ds; k < at; ++k)
    if (!IsDigit(t_[k])) return 0;
  const bool sip = (l >= 4 && StartsAt(l - 4, "sip:")) || (l >= 5 && StartsAt(l - 5, "sips:"));
  const bool ims = domain.size() >= 15 && domain.substr(domain.size() - 15) == "3gppnetwork.org";
  if (!sip && !ims && !OperatorRealm(domain)) return 0;
  // An EAP permanent identity (RFC 4186/4187, 3GPP TS 23.003): a method digit, then the IMSI,
  // at a 3GPP realm ("1460054346757419@wlan.mnc005.mcc460.3gppnetwork.org": 1 for EAP-SIM, 0
  // for EAP-AKA, 6 for EAP-AKA'), as RADIUS and Wi-Fi logs write a SIM's login.
  if (ims && !plus && at - ds == 16 && (t_[ds] == '0' || t_[ds] == '1' || t_[ds] == '6') &&
      validate::IsCnImsi(t_.substr(ds + 1, 15))) {
    Add(ds + 1, at, kImsiId, Adjust(kImsiId, Likelihood::kLikely, ds + 1), "cn_imsi");
    return at + 1 + domain.size();
  }
  if (plus) EvaluatePhoneDigits(t_.substr(ds, at - ds), true, false, l, at);
  else ClassifyDigits(ds, at);
  return at + 1 + domain.size();
}

// Whether the value at t_[v] is the value of a message or event identifier that is shaped
// like an e-mail address but is none: "Message-ID: <CAF12x@mail.example.com>", iCalendar
// "UID:0464-1239@cal.example.com", In-Reply-To, References, Content-ID, SIP Call-ID.
bool SegmentScan::MessageIdKeyBefore(size_t v) const {
  size_t p = v;
  if (p > 0 && t_[p - 1] == '<') --p;
  while (p > 0 && t_[p - 1] == ' ') --p;
  // A folded header: the value on the next line, indented ("Message-ID:\n\t<...>").
  if (p >= 2 && t_[p - 1] == '\t' && t_[p - 2] == '\n') p -= 2;
  else if (p >= 3 && t_[p - 1] == '\t' && t_[p - 2] == '\n' && t_[p - 3] == '\r') p -= 3;
  // A SIP Call-ID named in prose, before a blank: "Call-ID 87ad63cad2cb94bb@pcscf03.gd".
  if (p < v && p >= 7 && Lower(t_[p - 1]) == 'd' && Lower(t_[p - 2]) == 'i' && t_[p - 3] == '-' &&
      Lower(t_[p - 4]) == 'l' && Lower(t_[p - 5]) == 'l' && Lower(t_[p - 6]) == 'a' &&
      Lower(t_[p - 7]) == 'c')
    return true;
  if (p == 0 || (t_[p - 1] != ':' && t_[p - 1] != '=')) return false;
  const bool assign = t_[p - 1] == '=';  // Postfix: "XSU62MTH2TA: message-id=<...>"
  const size_t ke = --p;
  while (p > 0 && ke - p < 20 && (IsAlpha(t_[p - 1]) || t_[p - 1] == '-')) --p;
  // A header or property starts its line, maybe indented as a trace's decode shows the
  // message ("    Call-ID: 2b1dbc...@sbc03.hz.ims.local"); a log's key=value follows a blank.
  size_t b = p;
  while (b > 0 && p - b < 16 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
  if (p > 0 && t_[p - 1] != '\n' && !(assign && t_[p - 1] == ' ') && !(b == 0 || t_[b - 1] == '\n'))
    return false;
  const std::string_view key = t_.substr(p, ke - p);
  static constexpr std::string_view kKeys[] = {"uid", "message-id", "in-reply-to", "references",
                                               "content-id", "resent-message-id", "call-id"};
  for (std::string_view k : kKeys) {
    if (key.size() != k.size()) continue;  // most keys (email=, from=) end here
    bool same = true;
    for (size_t j = 0; j < k.size() && same; ++j) same = Lower(key[j]) == k[j];
    if (same) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// '=' and ':': credentials and labelled values (cust=张三, "address":"...").

// The length of an HTTP authentication scheme word at t_[v] ("Basic", "Bearer", "Token",
// "Digest" in any case) followed by a blank or the end of the value; 0 when there is none.
size_t SegmentScan::AuthSchemeLength(size_t v) const {
  for (std::string_view scheme : {"basic", "bearer", "token", "digest"}) {
    if (n_ - v < scheme.size()) continue;
    bool same = true;
    for (size_t k = 0; k < scheme.size() && same; ++k) same = Lower(t_[v + k]) == scheme[k];
    if (!same) continue;
    const char after = At(v + scheme.size());
    if (after == ' ' || after == '\t' || after == '\0' || after == '\n' || after == '\r' ||
        after == '"' || after == '\'')
      return scheme.size();
  }
  return 0;
}

// An address that OCR or a PDF export wrapped over lines ("广东省珠海市斗门区永安\n镇红星村167号",
// "解放\n路692号泰和苑C座100\n6室"), parsed as if its line breaks were not there, when the
// parse of its first line `m` stops at the line's end without a house number. The line breaks
// stay inside the finding. Returns `m` when the joined text gives no address with a number.
chinese::AddressMatch SegmentScan::WrappedAddress(size_t i, const chinese::AddressMatch& m) {
  // The first line must run on from the parse to its end in characters and digits only.
  size_t e = m.end;
  while (e < n_ && e - m.end < 40 && (IsAlnum(t_[e]) || static_cast<unsigned char>(t_[e]) >= 0x80))
    ++e;
  if (e >= n_ || (t_[e] != '\n' && t_[e] != '\r')) return m;
  // The text from i with up to three line breaks taken out, each followed at once by more
  // characters or digits; map[k]: the offset in t_ of joined[k].
  std::string joined;
  std::vector<uint32_t> map;
  int breaks = 0;
  for (size_t k = i; k < n_ && joined.size() < 240; ++k) {
    if (t_[k] == '\r' || t_[k] == '\n') {
      size_t nx = k;
      while (nx < n_ && (t_[nx] == '\r' || t_[nx] == '\n') && nx - k < 2) ++nx;
      const bool single = nx - k == 1 || (t_[k] == '\r' && t_[k + 1] == '\n');
      if (!single || breaks == 3 || nx >= n_ ||
          !(IsAlnum(t_[nx]) || static_cast<unsigned char>(t_[nx]) >= 0x80))
        break;
      ++breaks;
      k = nx - 1;
      continue;
    }
    joined.push_back(t_[k]);
    map.push_back(static_cast<uint32_t>(k));
  }
  if (breaks == 0) return m;
  map.push_back(map.back() + 1);
  chinese::AddressMatch w = chinese::ParseAddress(joined, 0);
  if (!w.number || w.end == 0 || map[w.end - 1] < e) return m;
  w.end = map[w.end - 1] + 1;
  return w;
}

// Whether the key ending at t_[p] is "Cookie" or "Set-Cookie" (any case).
bool SegmentScan::CookieKeyBefore(size_t p) const {
  static constexpr std::string_view kCookie = "cookie";
  if (p < kCookie.size()) return false;
  for (size_t k = 0; k < kCookie.size(); ++k)
    if (Lower(t_[p - kCookie.size() + k]) != kCookie[k]) return false;
  size_t b = p - kCookie.size();
  if (b >= 4 && t_[b - 1] == '-' && Lower(t_[b - 4]) == 's' && Lower(t_[b - 3]) == 'e' &&
      Lower(t_[b - 2]) == 't')
    b -= 4;  // Set-Cookie
  // A header name: at the start of a line or after punctuation ("> Cookie:" of curl -v,
  // "-H \"Cookie: ..."), not a word in a sentence ("fortune cookie:").
  if (b == 0) return true;
  const char before = t_[b - 1];
  if (before == ' ') return b < 2 || !IsAlnum(t_[b - 2]);
  return !IsAlnum(before) && before != '-' && before != '_';
}

// Whether a cookie's name says it holds a session (SESSION, JSESSIONID, PHPSESSID, sid,
// connect.sid, *_token): its value lets whoever holds it act as the user.
bool SegmentScan::SessionCookieName(std::string_view n) {
  if (n.size() > 40) return false;
  std::string name;
  for (char c : n) name.push_back(Lower(c));
  auto ends = [&](std::string_view e) {
    return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  // (Spring Security's and most frameworks' remember-me cookie logs its holder in for weeks.)
  return name == "sid" || ends("session") || ends("sessionid") || ends("session_id") ||
         ends("sessid") || ends("_sid") || ends(".sid") || ends("token") ||
         name == "remember_me" || name == "remember-me" || name == "rememberme";
}

// The values of a cookie header's session cookies (SESSION, JSESSIONID, PHPSESSID, sid,
// connect.sid, ASP.NET_SessionId, *_token ...): "name=value; name=value" up to the end of
// the line or a quote. Returns where the scan goes on: after the last session cookie found
// (the other cookies' values are scanned as usual: uid=138...).
size_t SegmentScan::SessionCookies(size_t v) {
  size_t p = v;
  size_t resume = v;
  auto stop = [&](char c) { return c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '\\'; };
  while (p < n_ && p - v < 4096 && !stop(t_[p])) {
    while (p < n_ && (t_[p] == ' ' || t_[p] == ';')) ++p;
    const size_t ns = p;
    while (p < n_ && t_[p] != '=' && t_[p] != ';' && t_[p] != ' ' && !stop(t_[p])) ++p;
    if (At(p) != '=') continue;
    const size_t ne = p++;
    const size_t vs = p;
    while (p < n_ && t_[p] != ';' && t_[p] != ' ' && !stop(t_[p])) ++p;
    if (SessionCookieName(t_.substr(ns, ne - ns)) && p - vs >= 8) {
      Add(vs, p, kCredential, L::kLikely, "session_cookie", false);
      resume = p;
    }
  }
  return resume;
}

// Whether "code=" at key_start (value at v) is an OAuth authorization code: its line has
// "state=" after it or "grant_type=authorization_code" before it.
bool SegmentScan::OAuthCodeContext(size_t key_start, size_t v) const {
  size_t ls = key_start;
  while (ls > 0 && key_start - ls < 512 && t_[ls - 1] != '\n') --ls;
  size_t le = v;
  while (le < n_ && le - v < 512 && t_[le] != '\n') ++le;
  return t_.substr(v, le - v).find("state=") != std::string_view::npos ||
         t_.substr(ls, key_start - ls).find("authorization_code") != std::string_view::npos;
}

// Whether the line around a "code=" (key at key_start, value at v) is a text message's or a
// parcel locker's: it names an SMS template or verification, or a locker's cabinet, box or
// pickup. Case does not matter.
bool SegmentScan::OneTimeCodeContext(size_t key_start, size_t v) const {
  size_t ls = key_start;
  while (ls > 0 && key_start - ls < 400 && t_[ls - 1] != '\n') --ls;
  size_t le = v;
  while (le < n_ && le - v < 400 && t_[le] != '\n') ++le;
  std::string line;
  for (char c : t_.substr(ls, le - ls)) line.push_back(Lower(c));
  // A result code, not a one-time code: a message follows it ("code=1002 msg=...",
  // {"code":"2003","msg":...}) or a result word names it ("verify result code=1002").
  const size_t key_at = key_start - ls;
  const size_t after = line.find_first_of(" ,&", v - ls);
  if (after != std::string::npos) {
    size_t k = after + 1;
    while (k < line.size() && (line[k] == ' ' || line[k] == '"')) ++k;
    for (std::string_view m : {"msg", "message", "desc", "reason", "errmsg", "error"})
      if (line.compare(k, m.size(), m) == 0) return false;
  }
  const std::string_view before =
      std::string_view(line).substr(key_at >= 12 ? key_at - 12 : 0, std::min<size_t>(key_at, 12));
  for (std::string_view w : {"result", "resp", "error", "err", "status", "ret"})
    if (before.find(w) != std::string_view::npos) return false;
  for (std::string_view w : {"sms", "verif", "otp", "captcha", "pickup", "cabinet", "locker",
                             "验证", "短信", "取件", "取货"})
    if (line.find(w) != std::string::npos) return true;
  return false;
}

// The end of a token of min_len to 64 letters and digits (also '-' and '_' after its first
// byte), with both letters and digits, at v that a URL query's parameter ends ('&', '#', a
// blank, a quote or the end); else 0.
size_t SegmentScan::ApiKeyToken(size_t v, size_t min_len) const {
  size_t e = v;
  bool letter = false, digit = false;
  while (e < n_ && e - v <= 64 && (IsAlnum(t_[e]) || (e > v && (t_[e] == '-' || t_[e] == '_')))) {
    if (IsDigit(t_[e])) digit = true;
    else if (IsAlpha(t_[e])) letter = true;
    ++e;
  }
  const char after = At(e);
  if (e - v < min_len || e - v > 64 || !letter || !digit ||
      !(after == '&' || after == '#' || after == ' ' || after == '"' || after == '\'' ||
        after == '\0' || after == '\n' || after == '\r'))
    return 0;
  return e;
}

// Whether a URL query's or form's next parameter ("name=", "name&" or the end) starts at
// t_[p]: an '&' before it ends a value; an '&' inside a password ("m&PoT%cT@naBS") does not.
bool SegmentScan::ParamAfter(size_t p) const {
  if (p >= n_ || t_[p] == ' ' || t_[p] == '\n' || t_[p] == '\r') return true;
  size_t q = p;
  while (q < n_ && q - p < 64 && (IsAlnum(t_[q]) || t_[q] == '_' || t_[q] == '.' || t_[q] == '-' ||
                                  t_[q] == '[' || t_[q] == ']'))
    ++q;
  // A value's last word after '&' ends a query only in running text: in a cell or a JSON
  // value of its own ("Crm&2022.") it is the rest of the value.
  if (q >= n_) return q > p && !seg_.field_class;
  return q > p && (t_[q] == '=' || t_[q] == '&' || t_[q] == ' ' || t_[q] == '\n');
}

// The length of a password-hash scheme in braces at t_[p] ("{SSHA}", "{bcrypt}", "{noop}":
// one to twelve letters, digits or '-' and a closing brace with the hash right after it);
// else 0.
size_t SegmentScan::HashSchemePrefixLength(size_t p) const {
  if (At(p) != '{') return 0;
  size_t q = p + 1;
  while (q < n_ && q - p <= 12 && (IsAlnum(t_[q]) || t_[q] == '-')) ++q;
  if (q == p + 1 || At(q) != '}') return 0;
  const char after = At(q + 1);
  if (after == '\0' || after == ' ' || after == '\n' || after == '\r' || after == ',' ||
      after == '}' || after == '"')
    return 0;
  return q + 1 - p;
}

namespace {
// Whether a value under an "auth" key names a method, not a secret (lowercase): a Wi-Fi
// network's security mode (auth=WPA2-PSK, WPA3-SAE, OPEN), a scheme (basic, digest), a
// dial-up protocol (PAP, CHAP) or a hash's algorithm (HMAC-SHA256).
bool AuthMethodName(std::string_view lv) {
  if (lv.size() <= 16 && lv.rfind("wpa", 0) == 0 &&
      (lv.find("psk") != std::string_view::npos || lv.find("eap") != std::string_view::npos ||
       lv.find("sae") != std::string_view::npos || lv.find("enterprise") != std::string_view::npos ||
       lv.find("personal") != std::string_view::npos))
    return true;
  for (std::string_view m : {"open", "wep", "basic", "digest", "bearer", "oauth", "oauth2", "ldap",
                             "radius", "pap", "chap", "mschapv2", "eap", "psk", "sae", "owe"})
    if (lv == m) return true;
  // ... or a hash's or a signature's algorithm, as a pseudonymisation's notes name it
  // (token=HMAC-SHA256, sign_type=MD5).
  for (std::string_view m : {"md5", "sha1", "sha-1", "sha256", "sha-256", "sha512", "sha-512",
                             "sm3", "hmac-sha1", "hmac-sha256", "hmac-sha512", "hmac-sm3",
                             "hmacsha256", "hs256", "hs512", "rs256", "es256"})
    if (lv == m) return true;
  return false;
}
}  // namespace

// Whether t_[v] starts the six-digit approval code a card issuer returns, as a POS terminal's
// or an acquirer's ISO 8583 log writes it with the response code and the reference number
// ("<< 0210 RC=00 AUTH=662766 RRN=407..."): it authorizes one payment and opens nothing.
bool SegmentScan::IssuerApprovalCodeAt(size_t v) const {
  for (size_t k = v; k < v + 6; ++k)
    if (!DigitAt(k)) return false;
  if (AlnumAt(v + 6)) return false;
  size_t ls = LineStart(v, 256);
  if (ls == std::string_view::npos) ls = v - 256;
  size_t le = v;
  while (le < n_ && le - v < 256 && t_[le] != '\n') ++le;
  const std::string_view line = t_.substr(ls, le - ls);
  return line.find("RRN") != std::string_view::npos &&
         (line.find("RC=") != std::string_view::npos || line.find(" 0210") != std::string_view::npos ||
          line.find(" 0110") != std::string_view::npos);
}

bool SegmentScan::SimKeyValueAt(size_t v) const {
  while (At(v) == ' ' || At(v) == '"' || At(v) == '\'') ++v;
  size_t e = v;
  while (e < n_ && IsHex(t_[e])) ++e;
  return (e - v == 32 && !AlnumAt(e)) || (e - v == 8 && HexKeyGroupsEnd(v) != 0);
}

size_t SegmentScan::HexKeyGroupsEnd(size_t v) const {
  for (int group = 0; group < 4; ++group, v += 9) {
    for (size_t k = v; k < v + 8; ++k)
      if (!IsHex(At(k))) return 0;
    if (group < 3 && At(v + 8) != ' ') return 0;
  }
  const size_t e = v - 1;
  return AlnumAt(e) ? 0 : e;
}

size_t SegmentScan::TryCredentialValue(size_t v, bool with_field) {
  const size_t v0 = v;
  while (v < n_ && t_[v] == ' ') ++v;
  // A key with no value, then blanks and the next pair ("AUTH=       RRN=4075..."): the next
  // pair is no value of this key.
  if (v > v0 + 1 && IsAlpha(At(v))) {
    size_t k = v;
    while (k < n_ && k - v < 32 && (IsAlnum(t_[k]) || t_[k] == '_' || t_[k] == '.' || t_[k] == '-'))
      ++k;
    if (At(k) == '=' || At(k) == ':') return v;
  }
  char quote = '\0';
  // JSON inside a JSON string escapes its quotes: "{\"password\":\"Abc12345\"}".
  const bool escaped = At(v) == '\\' && At(v + 1) == '"';
  if (escaped) ++v;
  if (At(v) == '"' || At(v) == '\'') quote = t_[v++];
  // An authorization value names its scheme first ("Basic b3Bz...", "Bearer eyJ...", "token
  // ghp_..."): the secret is what follows the scheme word, never the word itself. A Digest
  // value carries it in response="...".
  if (v < n_ && IsAlpha(t_[v])) {
    if (size_t len = AuthSchemeLength(v)) {
      const bool digest = Lower(t_[v]) == 'd';
      v += len;
      while (v < n_ && (t_[v] == ' ' || t_[v] == '\t')) ++v;
      if (digest) {
        size_t lim = std::min(n_, v + 1024);
        for (size_t r = v; r < lim && t_[r] != '\n'; ++r) {
          if (!StartsAt(r, "response=\"") || (r > 0 && IsAlpha(t_[r - 1]))) continue;
          size_t s = r + 10, e = s;
          while (e < n_ && t_[e] != '"' && t_[e] != '\n') ++e;
          if (e - s >= 3 && At(e) == '"')
            Add(s, e, kCredential, L::kLikely, "credential_value", with_field);
          // The scan goes on over the parameters: the username is an IMS private identity
          // (an IMSI at the 3GPP realm) as often as a login.
          return v;
        }
        return v;
      }
      if (v >= n_ || t_[v] == '\n' || t_[v] == '\r' || t_[v] == quote) return v;  // no secret
    }
  }
  size_t e = v;
  if (quote) {
    while (e < n_ && t_[e] != quote && t_[e] != '\n' && !(escaped && t_[e] == '\\')) ++e;
  } else {
    // A stored password names its scheme in braces first ("{SSHA}W6ph...=", Spring's
    // "{noop}secret"): the brace is part of the value, not the end of a map.
    e += HashSchemePrefixLength(v);
    // A value that starts in ASCII ends before Chinese text or punctuation too, and before
    // a bracket that opens a remark: "服务密码:758941（请及时修改）", "登录密码Aa#725601。".
    const bool ascii = v < n_ && static_cast<unsigned char>(t_[v]) < 0x80;
    // An escaped line break ends it too: iCalendar and log lines write one as "\n"
    // ("会议密码：8606\n面试官：...").
    while (e < n_ && t_[e] != ' ' && t_[e] != '\t' && !(t_[e] == '&' && ParamAfter(e + 1)) &&
           !(t_[e] == '\\' && (At(e + 1) == 'n' || At(e + 1) == 'r')) &&
           t_[e] != ',' && t_[e] != ';' && t_[e] != '"' && t_[e] != '\'' && t_[e] != '}' &&
           t_[e] != ')' && t_[e] != '(' && t_[e] != ']' && t_[e] != '|' && t_[e] != '\n' &&
           t_[e] != '\r' && !(ascii && static_cast<unsigned char>(t_[e]) >= 0x80))
      ++e;
    // A 128-bit key in four groups of eight hex digits, as open5gs's web console stores a
    // SIM's K and OPc ("D17B53BC 4354E095 113B1FFE 2E331D80"): all of it.
    if (e - v == 8 && At(e) == ' ') e = std::max(e, HexKeyGroupsEnd(v));
  }
  std::string_view val = t_.substr(v, e - v);
  if (val.size() < 3) return e;
  // Placeholders are not secrets.
  bool masked = true;
  for (char c : val)
    if (c != '*' && c != 'x' && c != 'X' && c != '#' && c != '.') masked = false;
  std::string lv;
  for (char c : val) lv.push_back(Lower(c));
  // Counts are no secret either: Postfix's "auth=0/1"; nor is a pickup station's shelf
  // position under a 取件码 column ("7-6-6387": digits in groups joined by '-').
  const bool counts = (val.find('/') != std::string_view::npos &&
                       std::all_of(val.begin(), val.end(),
                                   [](char c) { return IsDigit(c) || c == '/'; })) ||
                      (std::count(val.begin(), val.end(), '-') >= 2 &&
                       std::all_of(val.begin(), val.end(),
                                   [](char c) { return IsDigit(c) || c == '-'; }));
  // A partly masked value ("eyJhbGciOi***") and a status word ("smsCode": "sent") are no
  // secret either.
  if (val.find("***") != std::string_view::npos || lv == "sent" || lv == "ok" ||
      lv == "success" || lv == "failed" || lv == "expired" || lv == "verified" ||
      lv == "masked" || AuthMethodName(lv))
    masked = true;
  // Placeholders: a variable's reference ($MYSQL_ROOT_PASSWORD, %(pw)s), a template's slot
  // (<YOUR_TOKEN>); and UI text: a value that starts with Chinese characters is a label's
  // text ("请输入密码", an i18n file). (A weak password such as 000000 is still one.)
  const bool env_ref = val.size() >= 2 && val[0] == '$' &&
                       std::all_of(val.begin() + 1, val.end(), [](char c) {
                         return IsUpper(c) || IsDigit(c) || c == '_';
                       });
  const bool slot = val.front() == '<' && val.back() == '>';
  const auto lead = static_cast<unsigned char>(val[0]);
  const bool ui_text = lead >= 0xE4 && lead <= 0xE9;
  if (env_ref || slot || ui_text || lv.rfind("%(", 0) == 0) return e;
  // A placeholder with a default (Spring's ${REDIS_PASSWORD:r2R=hnui%F}): the default is the
  // password whenever the variable is not set. Not a shell's ${VAR:-x} or an empty default.
  if (lv.rfind("${", 0) == 0) {
    const size_t colon = val.find(':');
    if (colon != std::string_view::npos && colon + 1 < val.size() && val[colon + 1] != '-' &&
        val[colon + 1] != '$' && val.find('}') == std::string_view::npos &&
        At(e) == '}' && val.size() - colon - 1 >= 3)
      Add(v + colon + 1, e, kCredential, L::kLikely, "credential_value", with_field);
    return e;
  }
  if (masked || counts || lv == "null" || lv == "none" || lv == "true" || lv == "false" ||
      lv == "yes" || lv == "no" ||  // "(using password: YES)"
      lv == "<redacted>" || lv == "[redacted]" || lv == "redacted" || lv == "undefined" ||
      lv.rfind("${", 0) == 0 || lv.rfind("{{", 0) == 0 || lv.rfind("%s", 0) == 0)
    return e;
  // A stored hash is no password: it is reported by nothing. A plain-text scheme in braces
  // ("{noop}secret") keeps its braces in the finding.
  if (IsPasswordVerifier(val)) return e;
  Add(v, e, kCredential, L::kLikely, "credential_value", with_field);
  return e;
}

// Two to four capitalized words ("Wang Zihan", "Mary Ann Smith") at t_[p], ended by a
// non-letter; returns the byte length or 0.
size_t SegmentScan::LatinNameLength(size_t p) const {
  size_t q = p;
  int words = 0;
  // Labels that follow a name on forms ("Name: Toshimi Arata Phone: ...") end it.
  static constexpr std::string_view kLabels[] = {"Phone", "Tel", "Mobile", "Email", "Address",
                                                 "Fax", "Date", "Age", "Id", "Card", "Account"};
  while (words < 4 && IsUpper(At(q))) {
    size_t w = q + 1;
    while (w < n_ && (Cls(t_[w]) & kClsAlpha) && !IsUpper(t_[w])) ++w;
    // Hong Kong forms write the surname in capitals first: "MA Kam Wah", "AU YEUNG Tsz Ching".
    if (w - q < 2 && words == 0) {
      size_t c = q;
      while (c < n_ && IsUpper(t_[c]) && c - q <= 20) ++c;
      while (c - q >= 2 && At(c) == ' ' && IsUpper(At(c + 1)) && IsUpper(At(c + 2))) {
        size_t c2 = c + 1;  // a compound surname in capitals: AU YEUNG
        while (c2 < n_ && IsUpper(t_[c2])) ++c2;
        if (At(c2) != ' ' || c2 - c - 1 > 20) break;
        c = c2;
      }
      // Two given syllables at least (MA Kam Wah, MOK Ka Ho): "SQL Developer" has one.
      size_t g = c + 1, syllables = 0;
      while (IsUpper(At(g)) && IsAlpha(At(g + 1)) && !IsUpper(At(g + 1))) {
        ++syllables;
        ++g;
        while (g < n_ && (Cls(t_[g]) & kClsAlpha) && !IsUpper(t_[g])) ++g;
        if (At(g) != ' ') break;
        ++g;
      }
      // One given syllable after a mainland surname's pinyin (PAN Jun, LIANG Hongmei has
      // one word too): a directory's cn, a passport's name.
      if (c - q >= 2 && At(c) == ' ' &&
          (syllables >= 2 ||
           (syllables == 1 && chinese::IsPinyinSurname(t_.substr(q, c - q)))))
        w = c;
    }
    // A given name, then the surname's pinyin in capitals: "Tao XU", "Jianhua ZHONG".
    if (w - q < 2 && words >= 1) {
      size_t c = q;
      while (c < n_ && IsUpper(t_[c]) && c - q <= 9) ++c;
      if (c - q >= 2 && !AlnumAt(c) && chinese::IsPinyinSurname(t_.substr(q, c - q))) {
        ++words;
        q = c;
        break;
      }
    }
    if (w - q < 2) return 0;
    bool label = false;
    for (auto l : kLabels) label |= t_.substr(q, w - q) == l;
    if (label) {
      if (words < 2) return 0;
      while (q > p && t_[q - 1] == ' ') --q;
      return q - p;
    }
    ++words;
    q = w;
    if (At(q) == ' ' && IsUpper(At(q + 1))) ++q;
    else break;
  }
  if (words < 2 || AlnumAt(q)) return 0;
  return q - p;
}

// A name in Latin letters after a Chinese label ending at p, before the ':' or '=' at i
// (拼音姓名：WANG CHAO, 姓名：Li Ming): the label must name a person. Returns where the scan
// goes on.
size_t SegmentScan::LatinNameAfterChineseLabel(size_t p, size_t i) {
  size_t v = i + 1;
  if (At(v) == ' ') ++v;
  if (!IsUpper(At(v))) return i + 1;
  const size_t b = CjkRunStart(p, 8);
  if (b == p || !ClassifyKey(t_.substr(b, p - b))->HintsType(kPersonName)) return i + 1;
  size_t len = LatinNameLength(v);
  if (!len) len = CapitalNameLength(v);
  if (!len) return i + 1;
  Add(v, v + len, kPersonName, L::kLikely, "latin_person_name");
  return v + len;
}

// An XML element's text in Latin letters, the '>' of its start tag at i and a capital after
// it: a name when the element names a person as FieldAt reads an element (<NameEn>WANG
// FANG</NameEn>, <EnName>SHI,JIE</EnName>, <ns2:HolderName lang="en">, a key attribute) and
// the name is all of the text, up to the end tag. Returns where the scan goes on.
size_t SegmentScan::LatinElementText(size_t i) {
  const size_t v = i + 1;
  size_t len = LatinNameLength(v);
  if (!len) len = CapitalNameLength(v);
  if (!len) {
    // A secret starting with a capital under a credential element (<wsse:Password Type=
    // "#PasswordText">Zj#Iot0180!</wsse:Password>): the token path sees only its digits,
    // after a '#' or a letter, and ElementSecret wants the '>' right before them.
    return ElementSecret(v) ? std::max(i + 1, ElementTextEnd(v)) : i + 1;
  }
  std::string_view key;
  if (At(v + len) != '<' || At(v + len + 1) != '/' || !LatinPersonWords(v, v + len))
    return i + 1;  // (not "Customer Service")
  const FieldClass* fc = FieldAt(v, &key);
  if (!fc || !fc->HintsType(kPersonName)) return i + 1;
  Add(v, v + len, kPersonName, L::kLikely, "latin_person_name");
  return v + len;
}

// A passenger in a booking system's display, numbered: "1.MA/YUEDAN MS 2.DUAN/WEI MS": the
// name at p in capitals with its '/', followed by a title (MR, MS, MSTR, MISS, CHD, INF) or
// by the next passenger's number. Returns where the name ends, or 0.
size_t SegmentScan::BookingPassengerName(size_t p) {
  static constexpr std::string_view kTitles[] = {"MR", "MS", "MSTR", "MISS", "CHD", "INF"};
  size_t len = CapitalNameLength(p);
  if (!len || t_.substr(p, len).find('/') == std::string_view::npos) return 0;
  bool ok = false;
  // The title may have been read as a third word of the name: cut it off.
  for (std::string_view title : kTitles)
    if (len > title.size() + 1 && t_[p + len - title.size() - 1] == ' ' &&
        t_.substr(p + len - title.size(), title.size()) == title) {
      len -= title.size() + 1;
      ok = true;
      break;
    }
  size_t q = p + len;
  if (At(q) != ' ' && !ok) return 0;
  ++q;
  for (std::string_view title : kTitles)
    if (StartsAt(q, title) && !AlnumAt(q + title.size())) ok = true;
  if (!ok && DigitAt(q)) {
    size_t r = q;
    while (DigitAt(r) && r - q < 2) ++r;
    ok = At(r) == '.' && IsUpper(At(r + 1));
  }
  if (!ok) return 0;
  Add(p, p + len, kPersonName, L::kLikely, "latin_person_name");
  return p + len;
}

// A name in capitals as airlines, hotels and passports write it, after a name key: a surname
// and given names joined by '/' ("Guest name: HAN/HUAFAN", "name":"JIN/BOJIA"), ", " or ','
// ("name=XIE, JUN", <NameEn>SHI,JIE</NameEn>), or two to three words ("JIN DONGBO"), each
// of 2-20 capitals, ending where no letter or digit follows. Returns its length or 0. Only
// under a name key: capitals alone are also a log's levels and codes.
size_t SegmentScan::CapitalNameLength(size_t p) const {
  size_t q = p;
  int words = 0;
  bool slash = false;
  while (words < 3) {
    size_t w = q;
    while (w < n_ && IsUpper(t_[w])) ++w;
    if (w - q < 2 || w - q > 20) return 0;
    ++words;
    q = w;
    if (words == 3) break;  // the blank after a third word is not the name's
    if (At(q) == '/' && words == 1 && IsUpper(At(q + 1))) {
      slash = true;
      ++q;
    } else if (At(q) == ' ' && IsUpper(At(q + 1)) && IsUpper(At(q + 2))) {
      ++q;
    } else if (At(q) == ',' && words == 1 && At(q + 1) == ' ' && IsUpper(At(q + 2)) &&
               IsUpper(At(q + 3))) {
      q += 2;  // "XIE, JUN": surname first, as a passport's machine-readable zone has it
    } else if (At(q) == ',' && words == 1 && IsUpper(At(q + 1)) && IsUpper(At(q + 2))) {
      ++q;  // "SHI,JIE", as border and customs declarations write it
    } else {
      break;
    }
  }
  if (words < 2 || AlnumAt(q) || (!slash && words > 3)) return 0;
  return q - p;
}

// For an attribute of an HTML element starting at t_[attr]: the text of a <label> element
// that ends right before the element (blanks between allowed), "" when there is none.
std::string_view SegmentScan::LabelBeforeTag(size_t attr) const {
  size_t lt = attr;
  while (lt > 0 && attr - lt < 200 && t_[lt - 1] != '<' && t_[lt - 1] != '>' && t_[lt - 1] != '\n')
    --lt;
  if (lt == 0 || t_[lt - 1] != '<') return {};
  size_t e = lt - 1;  // the element's '<'
  while (e > 0 && (t_[e - 1] == ' ' || t_[e - 1] == '\t')) --e;
  constexpr std::string_view kClose = "</label>";
  if (e < kClose.size() || t_.substr(e - kClose.size(), kClose.size()) != kClose) return {};
  const size_t te = e - kClose.size();
  size_t ts = te;
  while (ts > 0 && te - ts < 64 && t_[ts - 1] != '>' && t_[ts - 1] != '<' && t_[ts - 1] != '\n')
    --ts;
  if (ts == 0 || t_[ts - 1] != '>' || ts == te) return {};
  return t_.substr(ts, te - ts);
}

// For a "value" key starting at t_[key_start]: the token after a "name" key within the same
// object or on the line before (at most 200 bytes back), or "".
std::string_view SegmentScan::NameBeforeValue(size_t key_start) const {
  size_t lo = key_start > 200 ? key_start - 200 : 0;
  std::string_view window = t_.substr(lo, key_start - lo);
  // The nearest "name" or "key" member or attribute before the value (Docker's and cloud APIs'
  // {"Key": "MYSQL_PWD", "Value": ...} too): the word, an optional quote (escaped in JSON
  // inside a JSON string), and ':' or '='. Returns the position after the separator, or npos.
  auto member_at = [&](size_t at, size_t word) -> size_t {
    size_t p = lo + at + word;
    if (At(p) == '\\' && At(p + 1) == '"') ++p;  // \"Key\":\"...\"
    if (At(p) == '"') ++p;
    if (At(p) != ':' && At(p) != '=') return std::string_view::npos;
    return p + 1;
  };
  size_t best_at = std::string_view::npos;
  size_t best_p = 0;
  for (std::string_view w : {std::string_view("name"), std::string_view("Name"),
                             std::string_view("key"), std::string_view("Key")}) {
    for (size_t at = window.rfind(w); at != std::string_view::npos;
         at = at ? window.rfind(w, at - 1) : std::string_view::npos) {
      if (best_at != std::string_view::npos && at < best_at) break;
      if (const size_t p = member_at(at, w.size()); p != std::string_view::npos) {
        best_at = at;
        best_p = p;
        break;
      }
    }
  }
  if (best_at == std::string_view::npos) return {};
  // At most one line break between the name and the value.
  std::string_view between = window.substr(best_at);
  if (std::count(between.begin(), between.end(), '\n') > 1) return {};
  size_t p = best_p;
  while (At(p) == ' ') ++p;
  if (At(p) == '\\' && At(p + 1) == '"') ++p;
  if (At(p) == '"' || At(p) == '\'') ++p;
  size_t e = p;
  while (e < n_ && (IsAlnum(t_[e]) || t_[e] == '_' || t_[e] == '-' || t_[e] == '.')) ++e;
  return t_.substr(p, e - p);
}

size_t SegmentScan::OnAssign(size_t i) {
  if (i == 0) return i + 1;
  // A MAC or IPv6 address whose first groups have no digit ("ab:cd:ef:..."): the digit
  // anchors never saw its start.
  if (t_[i] == ':' && i >= 2 && IsHex(t_[i - 1]) && IsHex(t_[i - 2]) && IsHex(At(i + 1)) &&
      (i == 2 || !IsAlnum(t_[i - 3]))) {
    if (size_t e = TryMacOrIpv6(i - 2, i)) return e;
  }
  size_t p = i;
  char prev = t_[p - 1];
  if (prev == ' ' || prev == '\t') {  // "key = value"
    p = EndBeforeBlanks(i);
    if (p == 0) return i + 1;
    prev = t_[p - 1];
  }
  if (prev == '"' || prev == '\'') {
    --p;
    if (p > 0 && t_[p - 1] == '\\') --p;  // JSON in a JSON string: {\"password\":...}
  } else if (prev == '\\' && p == i && p >= 3 && (IsAlpha(t_[p - 2]) || t_[p - 2] == '_')) {
    --p;  // a Java properties file's escaped separator: spring.datasource.password\=...
  } else if (!IsAlpha(prev) && prev != '_') {
    if (static_cast<unsigned char>(prev) >= 0x80) {
      // A Chinese label before an address in English: "Address 地址: Flat 30D, 36/F, ...".
      if (t_[i] == ':')
        if (size_t e = EnglishAddressAfterLabel(i + 1)) return e;
      return LatinNameAfterChineseLabel(p, i);
    }
    return i + 1;
  }
  // sudo's log of a command: its options may hold a password (COMMAND=/usr/bin/redis-cli -a
  // ...). The scan goes on over the command (an address in it is PI of its own).
  // So does a process's command line in quotes (CommandLine="net user svc_sql Secret /add").
  if (p == i && t_[i] == '=' &&
      (((t_[i - 1] | 0x20) == 'd' && CommandKeyEndsAt(i)) ||
       ((t_[i - 1] | 0x20) == 'e' && At(i + 1) == '"' && CommandLineKeyEndsAt(i))))
    CommandLineSecretsFrom(i + 1);
  // Most keys need no more work: only credential keys and keys of Chinese values matter
  // here. Decide that from the bytes around the '=' before walking back over the key.
  {
    size_t vs = i + 1;
    while (vs < n_ && vs - i < 4 && (t_[vs] == ' ' || t_[vs] == '"' || t_[vs] == '\'')) ++vs;
    if (vs - i == 4) vs = AlignedValueStart(i, vs);
    bool cjk_value = vs < n_ && static_cast<unsigned char>(t_[vs]) >= 0x80;
    // "Contact person: Wang Zihan": a capitalized word, a space, a capitalized word.
    // "Guest name: HAN/HUAFAN": capitals after a key ending in "name".
    // "英文姓名":"TAM, KA YAN": capitals after a Chinese key ending in 名.
    bool latin_name = IsUpper(At(vs)) &&
                      (LatinNameLength(vs) > 0 ||
                       (((p >= 4 && (t_[p - 1] | 0x20) == 'e' && (t_[p - 2] | 0x20) == 'm' &&
                          (t_[p - 3] | 0x20) == 'a' && (t_[p - 4] | 0x20) == 'n') ||
                         EndsAt(t_, p, "名") || RomanizedNameKeyEndsAt(p)) &&
                        CapitalNameLength(vs) > 0));
    // (And "val", as a ZTE gateway's configuration writes its rows: <DM name="Pass" val=.)
    bool value_key = (p >= 5 && (t_[p - 5] | 0x20) == 'v' && (t_[p - 4] | 0x20) == 'a' &&
                      (t_[p - 3] | 0x20) == 'l' && (t_[p - 2] | 0x20) == 'u' &&
                      (t_[p - 1] | 0x20) == 'e') ||
                     (p >= 4 && (t_[p - 3] | 0x20) == 'v' && (t_[p - 2] | 0x20) == 'a' &&
                      (t_[p - 1] | 0x20) == 'l' && !IsAlnum(t_[p - 4]));
    // "Delivery address: Flat B, 24/F, Block 9, ...": an address in English.
    if (t_[i] == ':' && !cjk_value)
      if (size_t e = EnglishAddressAfterLabel(i + 1)) return e;
    if (!cjk_value && !latin_name && !value_key &&
        !lexicon::MayEndCredentialKeyFast(t_.substr(0, p))) {
      // A vCard address: "ADR;TYPE=HOME:;;金碧路170号;南京市;玄武区;;中国". Only where the
      // fast path's AssignMayMatter lets a ':' through (a hex letter before it, as after
      // TYPE=HOME, type=pref, WORK;PREF), so that both paths find the same: a bare "ADR:"
      // is not looked at (letting every ':' before ';' through cost 1% of a log scan).
      if (t_[i] == ':' && At(i + 1) == ';' && IsHex(t_[i - 1])) return VcardAddress(i);
      // A Cookie header's session cookie is a bearer credential: "Cookie: SESSION=...".
      if (t_[i] == ':' && p >= 6 && (t_[p - 1] | 0x20) == 'e' && (t_[p - 2] | 0x20) == 'i' &&
          CookieKeyBefore(p))
        return SessionCookies(i + 1);
      return i + 1;
    }
  }
  size_t ke = p;
  p = KeyStart(ke, 40);
  // A Chinese key before a value in Latin letters ("英文姓名":"Tam Ka Yan"); a Chinese value
  // after one is OnCjk's (the key is its trigger).
  if (p == ke && ke >= 3 && static_cast<unsigned char>(t_[ke - 1]) >= 0x80) {
    size_t vs = i + 1;
    while (vs < n_ && vs - i < 4 && (t_[vs] == ' ' || t_[vs] == '"' || t_[vs] == '\'')) ++vs;
    if (IsUpper(At(vs))) p = CjkRunStart(ke, 8);
  }
  if (p == ke) return i + 1;
  std::string_view key = t_.substr(p, ke - p);
  size_t v = i + 1;

  if (t_[i] == ':' && StartsAt(v, "//")) return i + 1;  // a URL scheme
  if (lexicon::IsCredentialKey(key)) {
    // A SIM's Ki or OPc is 128 bits in hex: "ADD KI: IMSI=..." is an HSS command's name.
    const bool sim_key = (key.size() == 2 && Lower(key[0]) == 'k') ||
                         (key.size() == 3 && Lower(key[0]) == 'o' && Lower(key[2]) == 'c');
    if (sim_key && !SimKeyValueAt(v)) return i + 1;
    // LDIF writes a base64 value after "::" ("userPassword:: e1NTSEF9..."): still the secret.
    if (t_[i] == ':' && At(v) == ':') ++v;
    if (key.size() == 4 && IssuerApprovalCodeAt(v)) return v + 6;
    return TryCredentialValue(v);
  }
  // An OAuth authorization code: "code=" in a redirect's query with its "state=", or in a
  // token request after "grant_type=authorization_code". Whoever holds it gets the tokens.
  if (t_[i] == '=' && p > 0 && (t_[p - 1] == '?' || t_[p - 1] == '&') && key == "code" &&
      OAuthCodeContext(p, v)) {
    if (size_t e = ApiKeyToken(v, 16)) {
      Add(v, e, kCredential, L::kLikely, "credential_value");
      return e;
    }
  }
  // A one-time code under a bare "code" on a line of a text message or a parcel locker:
  // code=633260 next to tpl=SMS_..., box=C02 code=31862408.
  if (key.size() == 4 && key == "code" && OneTimeCodeContext(p, v)) {
    size_t vs = v;
    if (At(vs) == '"') ++vs;
    size_t e = vs;
    while (DigitAt(e)) ++e;
    if (e - vs >= 4 && e - vs <= 8 && !AlnumAt(e)) {
      Add(vs, e, kCredential, L::kLikely, "credential_value");
      return e;
    }
  }
  // Map, location and cloud APIs take their key in the URL's query (?key=..., &ak=...): a
  // random token of letters and digits there is the key.
  if (t_[i] == '=' && p > 0 && (t_[p - 1] == '?' || t_[p - 1] == '&') && key.size() <= 3 &&
      (key == "key" || key == "ak" || key == "KEY" || key == "AK")) {
    if (size_t e = ApiKeyToken(v)) {
      Add(v, e, kCredential, L::kLikely, "credential_value");
      return e;
    }
  }
  // name/value pairs (Kubernetes env, many JSON configs): "- name: DB_PASSWORD" then
  // "value: ...", or {"name":"api_token","value":"..."}: the name says what the value is.
  if ((key.size() == 5 || key.size() == 3) && (key[0] | 0x20) == 'v') {
    std::string_view named = NameBeforeValue(p);
    if (!named.empty() && lexicon::IsCredentialKey(named)) return TryCredentialValue(v);
    // A HAR file's headers and cookies ({"name": "cookie", "value": "SESSION=..."},
    // {"name": "JSESSIONID", "value": "..."}): the session cookies, as in a Cookie header.
    if (!named.empty()) {
      size_t vs = v;
      while (At(vs) == ' ') ++vs;
      if (At(vs) == '"' || At(vs) == '\'') ++vs;
      const bool cookie_header = named.size() == 6 && Lower(named[0]) == 'c' &&
                                 Lower(named[1]) == 'o' && Lower(named[2]) == 'o' &&
                                 Lower(named[3]) == 'k' && Lower(named[4]) == 'i' &&
                                 Lower(named[5]) == 'e';
      if (cookie_header) return std::max(i + 1, SessionCookies(vs));
      if (SessionCookieName(named)) {
        size_t e = vs;
        while (e < n_ && (IsAlnum(t_[e]) || t_[e] == '-' || t_[e] == '_' || t_[e] == '.' ||
                          t_[e] == '%') && e - vs < 512)
          ++e;
        if (e - vs >= 16) {
          Add(vs, e, kCredential, L::kLikely, "session_cookie", false);
          return e;
        }
      }
    }
    // For the value's type below, the name says what it is, or else the label of an HTML
    // form field (<label>紧急联系人</label><input value="...">).
    if (!named.empty()) key = named;
    else if (std::string_view label = LabelBeforeTag(p); !label.empty()) key = label;
  }
  // A labelled value in Chinese (cust=张三, "address":"湖南省..."): look at the key.
  size_t vs = v;
  while (vs < n_ && t_[vs] == ' ') ++vs;
  bool quoted = At(vs) == '"' || At(vs) == '\'';  // "name":"...", Java's toString name='...'
  if (quoted) ++vs;
  if (IsUpper(At(vs))) {
    if (size_t len = LatinNameLength(vs)) {
      if (ClassifyKey(key)->HintsType(kPersonName) || RomanizedNameKeyEndsAt(ke)) {
        Add(vs, vs + len, kPersonName, L::kLikely, "latin_person_name");
        return vs + len;
      }
    } else if (size_t len = CapitalNameLength(vs);
               len && (ClassifyKey(key)->HintsType(kPersonName) || RomanizedNameKeyEndsAt(ke))) {
      Add(vs, vs + len, kPersonName, L::kLikely, "latin_person_name");
      return vs + len;
    }
  }
  if (vs < n_ && static_cast<unsigned char>(t_[vs]) >= 0x80) {
    const FieldClass& fc = *ClassifyKey(key);
    if (fc.HintsType(kPersonName)) {
      bool known = false;
      // In running text the key is only a hint (it may be an exception class or a label),
      // so the value must also start with a known surname.
      size_t len = chinese::MatchChineseName(t_, vs, true, &known);
      // A name transliterated with a middle dot (name=迪丽娜尔·艾山) needs no surname.
      if (!len || chinese::HasMiddleDot(t_.substr(vs + len, 3)))
        len = std::max(len, chinese::TransliteratedNameLength(t_, vs));
      if (len && !chinese::NotANameValue(t_, vs, len) && !chinese::WithheldName(t_, vs, len)) {
        size_t e = vs + len;
        bool clean = e >= n_ || !utf8::IsCjk([&] { int l; return utf8::Decode(t_, e, &l); }());
        if (clean) {
          Add(vs, e, kPersonName, known ? L::kVeryLikely : L::kLikely, "cn_person_name");
          return e;
        }
      }
    }
    if (fc.HintsType(kStreetAddress)) {
      size_t e = vs;
      // A bracket the value did not open closes the record around it: "User(address=...号)",
      // "{address=...号}". One it opened belongs to it: "27号(东门)".
      int open = 0;
      while (e < n_ && t_[e] != ' ' && t_[e] != '\t' && t_[e] != '"' && t_[e] != '\'' &&
             t_[e] != ',' && t_[e] != ';' && t_[e] != '|' && t_[e] != '&' && t_[e] != '\n' &&
             t_[e] != '\r') {
        if (t_[e] == '(' || t_[e] == '[' || t_[e] == '{') ++open;
        if (t_[e] == ')' || t_[e] == ']' || t_[e] == '}') {
          if (open == 0) break;
          --open;
        }
        ++e;
      }
      // Divisions set apart by blanks ("addr=江苏省 南京市 鼓楼区 龙江小区29-5-2701", "香港
      // 新界荃灣..."): the address goes on as far as it parses.
      if (At(e) == ' ' && e - vs >= 6 &&
          (chinese::EndsWithDivision(t_, e) ||
           (e - vs <= 24 && chinese::Gazetteer::Get().MatchPlace(t_, vs) == e - vs)))
        e = std::max(e, chinese::ParseAddress(t_, vs, true).end);
      // "同上" (same as above): a form's pointer to another address, no address itself.
      const bool same_as_above = t_.substr(vs, e - vs) == "同上";
      if (e - vs >= 6 && !same_as_above && !chinese::OnlyDivisionNames(t_, vs, e)) {
        Add(vs, e, kStreetAddress, L::kLikely, "street_address");
        return e;
      }
    } else if (key.size() == 6 && (key[0] | 0x20) == 'd') {
      if (size_t e = DetailMemberAddress(p, vs)) return e;
    }
  }
  return i + 1;
}

bool SegmentScan::BiographyAfter(size_t i, size_t p) const {
  // The name starts a line, a sentence or a blank-separated field (周逸群先生，董事，中国国籍:
  // an office after a comma is no biography's subject).
  if (i > 0) {
    const char c = t_[i - 1];
    if (!(c == '\n' || c == ' ' || c == '\t' || c == ';' || c == '.' || EndsAt(t_, i, "。") ||
          EndsAt(t_, i, "；")))
      return false;
  }
  if (StartsAt(p, "中国国籍") || StartsAt(p, "汉族") || StartsAt(p, "无境外")) return true;
  // A year, maybe a month, then 出生 (生 alone ends "1956年生").
  if (!(DigitAt(p) && DigitAt(p + 1) && DigitAt(p + 2) && DigitAt(p + 3) && StartsAt(p + 4, "年")))
    return false;
  size_t q = p + 7;
  if (DigitAt(q)) {
    q += DigitAt(q + 1) ? 2 : 1;
    if (!StartsAt(q, "月")) return false;
    q += 3;
  }
  return StartsAt(q, "出生") || StartsAt(q, "生");
}

bool SegmentScan::NamesRegion(std::string_view name) {
  for (std::string_view w : {"district", "county", "city", "area", "town"})
    if (ascii::ContainsNoCase(name, w)) return true;
  return false;
}

size_t SegmentScan::DetailMemberAddress(size_t key_start, size_t vs) {
  if (!ascii::EqualsNoCase(t_.substr(key_start, 6), "detail")) return 0;
  // The member before: back over the separators and the line break to its value's end, then
  // over the value (up to 40 bytes, one line) to its key.
  size_t b = key_start;
  while (b > 0 && key_start - b < 16 &&
         (t_[b - 1] == ' ' || t_[b - 1] == '\t' || t_[b - 1] == '\n' || t_[b - 1] == '\r' ||
          t_[b - 1] == ',' || t_[b - 1] == '"' || t_[b - 1] == '\''))
    --b;
  size_t sep = b;
  while (sep > 0 && b - sep < 40 && t_[sep - 1] != ':' && t_[sep - 1] != '=' && t_[sep - 1] != '\n')
    --sep;
  if (sep == 0 || (t_[sep - 1] != ':' && t_[sep - 1] != '=')) return 0;
  size_t ke = sep - 1;
  while (ke > 0 && (t_[ke - 1] == ' ' || t_[ke - 1] == '"' || t_[ke - 1] == '\'')) --ke;
  size_t ks = ke;
  while (ks > 0 && ke - ks < 16 && (IsAlnum(t_[ks - 1]) || t_[ks - 1] == '_')) --ks;
  if (!NamesRegion(t_.substr(ks, ke - ks))) return 0;
  // The value: to its closing quote, a separator or the line's end.
  size_t e = vs;
  while (e < n_ && t_[e] != '"' && t_[e] != '\'' && t_[e] != ',' && t_[e] != ';' && t_[e] != '\n' &&
         t_[e] != '\r' && t_[e] != ' ' && t_[e] != '\t' && t_[e] != '}' && t_[e] != ')' &&
         e - vs < 120)
    ++e;
  if (e - vs < 6) return 0;
  const chinese::AddressMatch m = chinese::ParseAddress(t_, vs, /*allow_no_place=*/true);
  const bool numbered = (m.road || m.building || m.admin >= 1) && m.number;
  const bool village = m.admin >= 2 && m.end == e && EndsWithVillageUnit(m.end);
  if ((numbered || village) && m.end > vs && !FacilityAddress(vs, e)) {
    Add(vs, e, kStreetAddress, L::kLikely, "street_address");
    return e;
  }
  if (m.end == vs && EstateDwellingValue(vs, e)) {
    Add(vs, e, kStreetAddress, L::kLikely, "street_address");
    return e;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// Non-ASCII: licence plates, addresses, names, Chinese credential labels.

namespace {
bool PlateChar(char c) { return IsDigit(c) || (IsUpper(c) && c != 'I' && c != 'O'); }

// What a CJK character (U+3400..U+9FFF, the range utf8::IsCjk accepts) may start, as bits of
// one table entry. Most characters of running text start nothing: one look-up tells
// OnNonAscii so, where it used to ask a province list, the gazetteer and the surname list.
enum : uint8_t {
  kStartsPlate = 1,     // a licence plate's province (京, 沪, 粤 ...)
  kStartsPlace = 2,     // Gazetteer::MayStartPlace
  kStartsSurname = 4,   // Surnames::MayStart
  kStartsPassword = 8,  // 密 (密码), 口 (口令), 验 (验证码), 校 (校验码), 动 (动态码), 授 (授权码),
                        // 取 (取件码), 提 (提取码), and 驗 and 動 of the traditional 驗證碼
                        // and 動態碼
  kStartsSpokenYear = 16,  // 一 or 二: a year read digit by digit (一九七三年, 二〇〇一年)
};
constexpr uint32_t kCjkFirst = 0x3400;
constexpr uint32_t kCjkEnd = 0xA000;

class CjkStartTable {
 public:
  static const CjkStartTable& Get() {
    static const CjkStartTable table;
    return table;
  }
  // Flags of a code point for which utf8::IsCjk is true.
  uint8_t Flags(uint32_t cp) const { return flags_[cp - kCjkFirst]; }

 private:
  CjkStartTable() {
    const chinese::Gazetteer& gaz = chinese::Gazetteer::Get();
    const chinese::Surnames& sn = chinese::Surnames::Get();
    for (uint32_t cp = kCjkFirst; cp < kCjkEnd; ++cp) {
      if (!utf8::IsCjk(cp)) continue;
      uint8_t f = 0;
      if (gaz.MayStartPlace(cp)) f |= kStartsPlace;
      if (sn.MayStart(cp)) f |= kStartsSurname;
      if (cp == U'密' || cp == U'口' || cp == U'验' || cp == U'校' || cp == U'动' || cp == U'取' ||
          cp == U'授' || cp == U'驗' || cp == U'動' || cp == U'提')
        f |= kStartsPassword;
      flags_[cp - kCjkFirst] = f;
    }
    for (char32_t cp : chinese::kProvinceAbbreviations) flags_[cp - kCjkFirst] |= kStartsPlate;
    for (char32_t cp : {U'一', U'二'}) flags_[cp - kCjkFirst] |= kStartsSpokenYear;
  }
  uint8_t flags_[kCjkEnd - kCjkFirst] = {};
};

// A set of byte pairs, one bit each.
class BytePairSet {
 public:
  constexpr void Add(char a, char b) { bits_[Index(a, b) >> 6] |= uint64_t{1} << (Index(a, b) & 63); }
  constexpr bool Has(char a, char b) const { return (bits_[Index(a, b) >> 6] >> (Index(a, b) & 63)) & 1u; }

 private:
  static constexpr unsigned Index(char a, char b) {
    return (unsigned{static_cast<unsigned char>(a)} << 8) | static_cast<unsigned char>(b);
  }
  uint64_t bits_[65536 / 64] = {};
};
// The last two bytes of each of `words` (all have two or more): text whose two bytes before a
// position are not in the set ends none of the words there.
template <size_t N>
constexpr BytePairSet LastPairs(const std::string_view (&words)[N]) {
  BytePairSet set;
  for (std::string_view w : words) set.Add(w[w.size() - 2], w[w.size() - 1]);
  return set;
}
}  // namespace

size_t SegmentScan::TryPlate(size_t i, int cp_len) {
  size_t p = i + static_cast<size_t>(cp_len);
  if (!IsUpper(At(p)) || At(p) == 'I' || At(p) == 'O') return 0;
  ++p;
  if (StartsAt(p, "\xC2\xB7")) p += 2;             // U+00B7 middle dot
  else if (StartsAt(p, "\xE2\x80\xA2")) p += 3;    // U+2022 bullet
  else if (At(p) == ' ' || At(p) == '-') ++p;
  size_t q = p;
  int digits = 0;
  while (q < n_ && q - p < 6 && PlateChar(t_[q])) {
    digits += IsDigit(t_[q]);
    ++q;
  }
  size_t len = q - p;
  size_t end = q;
  if (len == 4 && (StartsAt(q, "挂") || StartsAt(q, "学") || StartsAt(q, "警") ||
                   StartsAt(q, "港") || StartsAt(q, "澳")))
    end = q + 3;
  else if (len != 5 && len != 6)
    return 0;
  if (AlnumAt(end) || digits < 2) return 0;
  if (len == 6) {  // new-energy plates: D/F first or last
    char a = t_[p], z = t_[q - 1];
    bool ok = ((a == 'D' || a == 'F') && IsDigit(t_[p + 2])) || z == 'D' || z == 'F';
    if (!ok) return 0;
  }
  Add(i, end, kChinaLicensePlate, Adjust(kChinaLicensePlate, L::kLikely, i), "cn_license_plate");
  return end;
}

bool SegmentScan::DriverBeforePlate(size_t i, size_t nl) const {
  const size_t p = i + nl + 6;
  return StartsAt(i + nl, "驾驶") && PlateStartsAt(p + (StartsAt(p, "的") ? 3 : 0)) &&
         chinese::NameBoundaryBefore(t_, i) && chinese::CommonFullName(t_, i, nl);
}

bool SegmentScan::DwellingBeforeName(size_t i, size_t nl) const {
  const char end = At(i + nl);
  if (!(i + nl >= n_ || end == '(' || end == ' ' || end == ',' || end == ';' || end == '\n' ||
        end == '\r') ||
      !chinese::CommonFullName(t_, i, nl))
    return false;
  // The dwelling's run of digits and dashes before the blank, read as an address reads it.
  const size_t q = i - 1;  // the blank
  size_t p = q;
  while (p > 0 && (IsDigit(t_[p - 1]) || t_[p - 1] == '-') && q - p < 16) --p;
  if (p == q || t_[p] == '-' || (p > 0 && IsAlnum(t_[p - 1]))) return false;
  if (chinese::RoomAfterUnitAt(t_, p, q)) return true;  // 1单元1502
  // A day-first date is shaped as a dwelling (12-06-2024): a room's four digits are no year.
  const bool year_last =
      q - p >= 5 && t_[q - 5] == '-' && (StartsAt(q - 4, "19") || StartsAt(q - 4, "20"));
  return chinese::DashedDwellingAt(t_, p, q) && !year_last;
}

bool SegmentScan::PlateStartsAt(size_t p) const {
  if (static_cast<unsigned char>(At(p)) < 0xE0) return false;
  int len = 0;
  const uint32_t cp = utf8::Decode(t_, p, &len);
  return utf8::IsCjk(cp) && (CjkStartTable::Get().Flags(cp) & kStartsPlate) &&
         IsUpper(At(p + static_cast<size_t>(len)));
}

bool SegmentScan::BuyerNameLabelBefore(size_t i) const {
  size_t b = i;
  while (b > 0 && t_[b - 1] == ' ' && i - b < 4) --b;
  if (b < 7 || t_[b - 1] != ':' || !EndsAt(t_, b - 1, "名称")) return false;
  // The invoice's buyer section on the same line, before the label.
  const size_t label = b - 7;
  size_t ls = label;
  while (ls > 0 && t_[ls - 1] != '\n' && label - ls < 48) --ls;
  const std::string_view before = t_.substr(ls, label - ls);
  for (std::string_view w : {"购买方", "购方", "买方", "购货方", "受票方", "購買方"})
    if (before.find(w) != std::string_view::npos) return true;
  return false;
}

bool SegmentScan::BracketedCodeIsRest(size_t p, size_t e) const {
  // "(ZJ9162)" or "（HZ7334）" up to e: letters and digits with a digit, maybe '.', '_', '-'.
  size_t q = p;
  if (At(q) == '(') ++q;
  else if (StartsAt(q, "（")) q += 3;
  else return false;
  const size_t code = q;
  bool digit = false;
  while (q < e && (IsAlnum(t_[q]) || t_[q] == '.' || t_[q] == '_' || t_[q] == '-')) {
    digit |= IsDigit(t_[q]);
    ++q;
  }
  if (!digit || q - code < 2 || q - code > 16) return false;
  if (At(q) == ')') return q + 1 == e;
  return StartsAt(q, "）") && q + 3 == e;
}

bool SegmentScan::RomanizedNameKeyEndsAt(size_t p) const {
  // name_latin, nameEn, name_en, name_pinyin: a name's romanization in capitals (DU LEILAN).
  auto ends = [&](std::string_view w) {
    if (p < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (Lower(t_[p - w.size() + k]) != w[k]) return false;
    return true;
  };
  return ends("name_latin") || ends("namelatin") || ends("nameen") || ends("name_en") ||
         ends("name_pinyin") || ends("namepinyin");
}

bool SegmentScan::StandInVerbAt(size_t p) const {
  for (std::string_view w : {"配合", "开门", "办理", "代缴", "代办", "代签", "签字", "签收", "陪同",
                             "在场", "在家", "代接", "到场", "确认", "缴纳", "领取",
                             // A child fetched, a patient nursed, a call made, a parcel taken:
                             // 由他姑姑汪国强来接, 由其女儿刘艳思护理, 的儿子赵刚春来电.
                             "来接", "护理", "来电", "代收", "接待"})
    if (StartsAt(p, w)) return true;
  return false;
}

size_t SegmentScan::DeliverySpotAfterLabel(size_t i, size_t p, bool estate_parsed) {
  if (!AddressTriggerBefore(i) && !SpacedAddressLabelBefore(i)) return 0;
  size_t e = DeliverySpotEnd(p, estate_parsed);
  // The parse may have taken the estate's management office in as a building (中心):
  // 文鼎苑物业服务中心, 和家园物业中心, after an estate's name (not a town's: 西湖区物业中心).
  if (!e && estate_parsed) {
    for (std::string_view w : {"物业服务中心", "物业中心", "物业管理处"}) {
      if (!EndsAt(t_, p, w) || p - w.size() < i + 6) continue;
      const size_t office = p - w.size();
      const bool after_division = EndsAt(t_, office, "市") || EndsAt(t_, office, "区") ||
                                  EndsAt(t_, office, "县") || EndsAt(t_, office, "镇") ||
                                  EndsAt(t_, office, "省") || EndsAt(t_, office, "街道");
      if (!after_division) e = p;
      break;
    }
  }
  if (e) Add(i, e, kStreetAddress, L::kPossible, "cn_street_address");
  return e;
}

size_t SegmentScan::DeliverySpotEnd(size_t p, bool estate_parsed) const {
  // The rest of the Chinese run, up to sixteen characters.
  size_t e = p;
  int len = 0;
  while (e < n_ && e - p < 48 && utf8::IsCjk(utf8::Decode(t_, e, &len)))
    e += static_cast<size_t>(len);
  if (e == p || (e < n_ && utf8::IsCjk(utf8::Decode(t_, e, &len)))) return 0;
  static constexpr std::string_view kSpots[] = {"门", "入口", "快递柜", "驿站", "保安亭", "物业",
                                                "车库", "门卫", "门岗", "传达室"};
  const std::string_view rest = t_.substr(p, e - p);
  // The spot comes after the estate's name: the parse's, or two characters at least of the
  // rest (a district's 物业管理协会 names no estate).
  for (std::string_view w : kSpots)
    if (const size_t at = rest.find(w); at != std::string_view::npos && (estate_parsed || at >= 6))
      return e;
  return 0;
}

bool SegmentScan::EndsWithVillageUnit(size_t end) const {
  if (end < 3) return false;
  for (std::string_view w : {"村", "组", "社", "队", "屯", "嘎查"})
    if (EndsAt(t_, end, w)) return true;
  return false;
}

bool SegmentScan::AddressTriggerBefore(size_t i) const {
  static constexpr std::string_view kTriggers[] = {"地址是", "地址为", "地址在", "地址:", "地址 ",
                                                   "地址", "住址是", "住址为", "住址在",
                                                   "住址:", "住址", "住在", "寄到", "送到",
                                                   "寄往", "搬到", "位于", "户籍地:", "家住",
                                                   // as a chat says it
                                                   "地址写的是",
                                                   // a parcel's pickup notice
                                                   "包裹已到", "快递已到",
                                                   // an installer's or courier's visit
                                                   "上门", "前往", "赶到", "来到"};
  // (And a digit or ')' then '(': a utility account's number, its premises in brackets.)
  static constexpr BytePairSet kLastPairs = [] {
    BytePairSet set = LastPairs(kTriggers);
    for (char d = '0'; d <= '9'; ++d) set.Add(d, '(');
    set.Add(')', '(');
    return set;
  }();
  // Called for most CJK characters: the two bytes before i rule out nearly all of them at
  // once, and the words are compared from their last byte, where they differ most.
  if (i < 2 || !kLastPairs.Has(t_[i - 2], t_[i - 1])) return false;
  if (t_[i - 1] == '(') return AccountNumberBefore(i - 1);
  for (auto w : kTriggers)
    if (EndsAt(t_, i, w)) return true;
  return false;
}

bool SegmentScan::SpacedAddressLabelBefore(size_t i) const {
  if (!EndsAt(t_, i, "址:")) return false;
  size_t b = i - 4;
  const size_t spaced = b;
  while (b > 0 && spaced - b < 8 && t_[b - 1] == ' ') --b;
  return b < spaced && (EndsAt(t_, b, "住") || EndsAt(t_, b, "地"));
}

bool SegmentScan::AccountNumberBefore(size_t p) const {
  // A water, power or gas account (户号2527494826（瑞金路8号瑞金北村5幢4单元902室）): 户号 and
  // six to sixteen digits right before the bracket at p, or before a bracketed holder's
  // name before it (户号2318621818（杜*思）（胜太新寓17号2202室）).
  if (p > 0 && t_[p - 1] == ')') {
    size_t open = p - 1;
    while (open > 0 && p - open <= 16 && t_[open - 1] != '(' && t_[open - 1] != '\n') --open;
    if (open == 0 || t_[open - 1] != '(') return false;
    p = open - 1;
  }
  size_t d = p;
  while (d > 0 && IsDigit(t_[d - 1]) && p - d <= 16) --d;
  return p - d >= 6 && p - d <= 16 && d >= 6 && StartsAt(d - 6, "户号");
}

bool SegmentScan::FacilityAddress(size_t s, size_t e) const {
  // Words of warehouses and logistics parks: 物流园, 物流中心, 物流基地, 仓库, 仓储, 分拨中心,
  // 转运中心, 集散中心, 电商园. (Not 产业园: an industrial park's 产业园区 is a county-level
  // division of its own, as 益阳高新技术产业园区 is, and people live there.)
  // The parse may stop inside the facility's name ("国际物流园A区2号门" ends at 物流园): a few
  // bytes past it count too, up to the line's end. An airport (机场) is no one's address
  // either. One pass over the characters, looking further only at 物, 仓, 心, 电 and 机: this
  // runs for every address of a table's address column.
  // A room (...3001室) is someone's dwelling: most addresses of a customer table end so.
  if (EndsAt(t_, e, "室")) return false;
  // (The three bytes of a character are decoded here: utf8::Decode, a call per character,
  // cost 0.5% of a CRM export.)
  const size_t end = std::min(n_, e + 24);
  for (size_t p = s; p + 3 <= end;) {
    const auto b = static_cast<unsigned char>(t_[p]);
    if (b == '\n') return false;
    if (b < 0xE0 || b > 0xEF) {
      ++p;
      continue;
    }
    const uint32_t cp = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(t_[p + 1]) & 0x3Fu) << 6) |
                        (static_cast<unsigned char>(t_[p + 2]) & 0x3Fu);
    switch (cp) {
      case U'物':
        if (StartsAt(p + 3, "流园") || StartsAt(p + 3, "流中心") || StartsAt(p + 3, "流基地")) return true;
        break;
      case U'仓':
        if (StartsAt(p + 3, "库") || StartsAt(p + 3, "储")) return true;
        break;
      case U'心':
        if (p >= s + 6 && (EndsAt(t_, p, "拨中") || EndsAt(t_, p, "运中") || EndsAt(t_, p, "散中")))
          return true;
        break;
      case U'电':
        if (StartsAt(p + 3, "商园")) return true;
        break;
      case U'机':
        // An airport, or one of its terminals (广州白云国际机场T2, 萧山国际机场航站楼): a
        // ride's pickup there names no one's home. (机场路 is a road people live on.)
        if (p < e && StartsAt(p + 3, "场")) {
          const size_t q = p + 6;
          if (q >= e || StartsAt(q, "航站楼") || (At(q) == 'T' && DigitAt(q + 1) && !AlnumAt(q + 2)))
            return true;
        }
        break;
      default:
        break;
    }
    p += 3;
  }
  return false;
}

size_t SegmentScan::ElementAddressWithoutPlace(size_t i) {
  std::string_view key;
  const FieldClass* fc = FieldAt(i, &key);
  bool address_element = fc && fc->HintsType(kStreetAddress);
  if (!address_element) {
    // A "detail" element (detail, detailAddress) right after a closing district, city or
    // area element.
    constexpr std::string_view kDetail = "detail";
    if (key.size() < kDetail.size() || key.size() > 16) return 0;
    for (size_t k = 0; k < kDetail.size(); ++k)
      if (Lower(key[k]) != kDetail[k]) return 0;
    size_t lt = i;
    while (lt > 0 && i - lt < 40 && t_[lt - 1] != '<') --lt;
    if (lt == 0) return 0;
    size_t e = lt - 1;  // the '<' of the start tag
    while (e > 0 && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\n' || t_[e - 1] == '\r'))
      --e;
    if (e == 0 || t_[e - 1] != '>') return 0;
    size_t b = e - 1;
    while (b > 0 && e - b < 40 && t_[b - 1] != '<') --b;
    if (b == 0 || At(b) != '/') return 0;
    if (!NamesRegion(t_.substr(b + 1, e - b - 2))) return 0;
  }
  const chinese::AddressMatch m = chinese::ParseAddress(t_, i, /*allow_no_place=*/true);
  if (m.end <= i || At(m.end) != '<') return 0;
  const bool numbered = (m.road || m.building || m.admin >= 1) && m.number;
  const bool village = address_element && m.admin >= 2 && EndsWithVillageUnit(m.end);
  if (!numbered && !village) return 0;
  Add(i, m.end, kStreetAddress, L::kLikely, "street_address");
  return m.end;
}

// Most non-ASCII characters need no work: non-CJK ones, and CJK ones that start no plate,
// place, surname or password label and follow no address phrase. Handling such a character
// has no effect but moving on, so a run of them is passed over here in one loop instead of
// one call per character; the loop stops at the first character that needs OnCjk, or before
// the next ASCII byte (which the anchor scan decides about).
size_t SegmentScan::OnNonAscii(size_t i) {
  const CjkStartTable& table = CjkStartTable::Get();
  for (;;) {
    int len = 0;
    uint32_t cp = utf8::Decode(t_, i, &len);
    size_t next = i + static_cast<size_t>(len);
    if (utf8::IsCjk(cp)) {
      // A date as OCR spaces it, "1983 年 9 月 23 日": found from its 年, since the year's
      // token, a number before a blank, is passed over (TokenMayMatter).
      if (cp == U'年' && i >= 5 && t_[i - 1] == ' ' && DigitAt(i - 5) && DigitAt(i - 2) &&
          DigitAt(i - 3) && DigitAt(i - 4) && (i == 5 || !AlnumAt(i - 6))) {
        if (size_t e = TryDate(i - 5, i - 1)) return e > next ? e : next;
      }
      // A birth date said with a short year (出生日期是六九年十一月二十九日, 两千零四年...).
      if (cp == U'年' && i >= 6) {
        size_t s = 0;
        if (const size_t e = chinese::SpokenShortYearDateEnd(t_, i, &s)) {
          if (!ReportBirthDate(s, e) && BirthQuestionOnLineBefore(s))
            Add(s, e, kDateOfBirth, L::kPossible, "date_of_birth");
          return e;
        }
      }
      const uint8_t starts = table.Flags(cp);
      // 是 ending 我是: a name with no surname may follow (SelfIntroducedNameWithoutSurname;
      // asked here, where cp is at hand, rather than before every character after it).
      if (cp == U'是' && i >= 3 && t_[i - 1] == '\x91' && t_[i - 2] == '\x88') {  // 我 E6 88 91
        if (size_t e = SelfIntroducedNameWithoutSurname(next)) return e;
      }
      if (starts != 0 || (i >= 6 && AddressTriggerBefore(i))) return OnCjk(i, cp, len, starts);
      if (size_t e = AfterTagOrLabel(i, cp)) return e;
    }
    // A middle dot between Chinese characters: maybe a transliterated name whose first part
    // starts with no surname (姓名：阿依古丽·买买提), which OnCjk never looked at.
    else if ((cp == 0xB7 || cp == 0x2022 || cp == 0x30FB) && i >= 3 && next < n_ &&
             static_cast<unsigned char>(t_[next]) >= 0xE0) {
      if (size_t e = TransliteratedNameAround(i)) return e;
    }
    // The ASCII anchors OnAnchor leaves here: an XML start tag's '>', and '?' (no handler's).
    else if (cp == '>') {
      return OnTagEnd(i);
    }
    if (next >= n_ || static_cast<unsigned char>(t_[next]) < 0x80) return next;
    i = next;
  }
}

bool SegmentScan::MiddleDotWithin(size_t p) const {
  // Byte by byte (asked after every name of three characters): a dot's lead byte (C2, E2 or
  // E3) where a character starts, within five characters of three bytes.
  for (size_t q = p; q < n_ && q <= p + 15; q += 3) {
    const auto b = static_cast<unsigned char>(t_[q]);
    if (b == 0xC2 || b == 0xE2 || b == 0xE3) return chinese::HasMiddleDot(t_.substr(q, 3));
    if (b < 0xE4) return false;  // not a Chinese character
  }
  return false;
}

size_t SegmentScan::NameWithoutSurnameAfterLabel(size_t i) {
  // The label's colon, then up to a few blanks; or the label alone on the line above, as
  // forms exported from PDF and Word put it ("原机主姓名\n乌云其木格").
  size_t p = i;
  while (p > 0 && i - p < 16 && (t_[p - 1] == ' ' || t_[p - 1] == '\t')) --p;
  if (p == 0 || (t_[p - 1] != ':' && t_[p - 1] != '\n')) return 0;
  const bool next_line = t_[p - 1] == '\n';
  --p;
  if (next_line && p > 0 && t_[p - 1] == '\r') --p;
  while (p > 0 && i - p < 24 && t_[p - 1] == ' ') --p;
  if (p < 6 || static_cast<unsigned char>(t_[p - 1]) < 0x80) return 0;
  // The value: two to six Chinese characters (乌云其木格, 额尔敦毕力格), the whole run.
  size_t e = i;
  int chars = 0;
  for (;;) {
    int l = 0;
    if (e >= n_ || static_cast<unsigned char>(t_[e]) < 0xE0 || !utf8::IsCjk(utf8::Decode(t_, e, &l)))
      break;
    e += static_cast<size_t>(l);
    if (++chars > 6) return 0;
  }
  if (chars < 2) return 0;
  // ... closed as a form closes a field: a line's end, a blank, punctuation or a bracket.
  if (e < n_) {
    const char c = t_[e];
    if (!(c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ',' || c == ';' || c == '(' ||
          c == '|' || StartsAt(e, "。") || StartsAt(e, "、") || StartsAt(e, "（")))
      return 0;
  }
  // Its characters first (one bit test each): a chat's short answer after "客户：" (好的,
  // 是的) ends here, before the label's look-up.
  if (!chinese::TransliteratedCharactersOnly(t_, i, e)) return 0;
  // The label: a phrase that only a name follows (姓名, 投诉人, 收件人), or one whose key
  // names a person (寄件人, 就诊人).
  chinese::TriggerKind kind = chinese::TriggerKind::kWeak;
  const bool strong = chinese::NameTriggerBefore(t_, p, &kind, /*colon_optional=*/true) != 0 &&
                      kind == chinese::TriggerKind::kStrong;
  // (On the line above, the label is the whole line, eight characters at most: not the last
  // word of a sentence.)
  if (next_line) {
    size_t ls = p;
    while (ls > 0 && p - ls <= 24 && static_cast<unsigned char>(t_[ls - 1]) >= 0x80) --ls;
    if (!strong || p - ls > 24 || (ls > 0 && t_[ls - 1] != '\n')) return 0;
  }
  if (!strong) {
    const size_t lb = CjkRunStart(p, 8);
    if (lb == p || (lb > 0 && IsAlnum(t_[lb - 1])) ||
        !ClassifyKey(t_.substr(lb, p - lb))->HintsType(kPersonName))
      return 0;
  }
  const std::string_view v = t_.substr(i, e - i);
  if (IsColumnPlaceholder(v) || chinese::NotANameValue(t_, i, e - i) ||
      chinese::CommonWordNotName(t_, i, e - i) || chinese::EndsLikeAShop(t_, e) ||
      chinese::KnownPlaceNameAt(t_, i, e) || (LabelCharacterIn(v) && ClassifyKey(v)->type_mask != 0))
    return 0;
  Add(i, e, kPersonName, L::kPossible, "cn_person_name");
  return e;
}

size_t SegmentScan::SelfIntroducedNameWithoutSurname(size_t i) {
  // 我是 at the start of an utterance: a line, a clause, a greeting's end.
  if (!EndsAt(t_, i, "我是")) return 0;
  const size_t b = i - 6;
  if (!(b == 0 || t_[b - 1] == '\n' || t_[b - 1] == ',' || t_[b - 1] == ':' || t_[b - 1] == ' ' ||
        EndsAt(t_, b, "。") || EndsAt(t_, b, "好") || EndsAt(t_, b, "喂")))
    return 0;
  // Three to six characters of the transliterations' (其其格, 格桑卓玛), closed by punctuation
  // or the line's end, as a self-introduction is; or a name with a middle dot
  // (买买提明·吐尔洪).
  size_t e = CjkRunEnd(i, i + 21);  // seven characters at most (each three bytes)
  const size_t chars = (e - i) / 3;
  const bool dot = chinese::HasMiddleDot(t_.substr(e, 3));
  if (chars > 6 || chars < (dot ? 2u : 3u)) return 0;
  if (dot) {
    const size_t len = chinese::TransliteratedNameLength(t_, i);
    if (len == 0) return 0;
    e = i + len;
  }
  const char c = At(e);
  if (!(e >= n_ || c == ',' || c == '\n' || c == '\r' || c == '!' || c == '?' ||
        StartsAt(e, "。") || StartsAt(e, "！") || StartsAt(e, "？")))
    return 0;
  if (!TransliteratedPartsOnly(i, e) || chinese::CommonWordNotName(t_, i, e - i) ||
      chinese::NotANameValue(t_, i, e - i) || chinese::KnownPlaceNameAt(t_, i, e))
    return 0;
  return AddProseName(i, e, L::kPossible);
}

bool SegmentScan::TransliteratedPartsOnly(size_t s, size_t e) const {
  size_t part = s;
  for (size_t p = s; p <= e;) {
    int len = 0;
    const bool dot = p < e && chinese::HasMiddleDot(t_.substr(p, 3));
    if (p == e || dot) {
      if (!chinese::TransliteratedCharactersOnly(t_, part, p)) return false;
      if (p == e) return true;
      utf8::Decode(t_, p, &len);
      p += static_cast<size_t>(len);
      part = p;
      continue;
    }
    utf8::Decode(t_, p, &len);
    p += static_cast<size_t>(len > 0 ? len : 1);
  }
  return false;
}

bool SegmentScan::PersonalNumberAfterName(size_t e) const {
  size_t p = e;
  if (At(p) == ',') ++p;
  else if (StartsAt(p, "，")) p += 3;
  if (At(p) == ' ') ++p;
  // ... maybe after the number's own label: 联系楼磊，备用电话185 7842 3301.
  if (p > e && static_cast<unsigned char>(At(p)) >= 0xE0) {
    for (std::string_view w : {"备用电话", "联系电话", "电话", "手机号", "手机"})
      if (StartsAt(p, w)) {
        p += w.size();
        break;
      }
    if (At(p) == ':') ++p;
    if (At(p) == ' ') ++p;
  }
  return p > e && p < n_ && (IsDigit(t_[p]) || t_[p] == '+') && PersonalNumberAt(p);
}

bool SegmentScan::OrganisationRunFrom(size_t i, size_t e) const {
  if (static_cast<unsigned char>(At(e)) < 0xE0) return false;
  return chinese::EndsWithOrganisation(t_, CjkRunEnd(e, i + 36));
}

size_t SegmentScan::PaddedNameEnd(size_t i) const {
  // A single-character common surname, one to three blanks, one Chinese character, closed.
  if (chinese::Surnames::Get().Match(t_, i) != 3 || !chinese::CommonSurnameAt(t_, i)) return 0;
  size_t g = i + 3;
  while (At(g) == ' ' && g - (i + 3) < 3) ++g;
  int len = 0;
  if (g >= n_ || static_cast<unsigned char>(t_[g]) < 0xE0 ||
      !utf8::IsCjk(utf8::Decode(t_, g, &len)))
    return 0;
  const size_t e = g + static_cast<size_t>(len);
  const char c = At(e);
  const bool closed = e >= n_ || c == '\n' || c == '\r' || (c == ' ' && At(e + 1) == ' ') ||
                      c == ',' || c == '(' || StartsAt(e, "，") || StartsAt(e, "（");
  if (!closed || StartsAt(g, "某") || chinese::CommonWordNotName(t_, g, 3)) return 0;  // 张 某
  return e;
}

size_t SegmentScan::DoubleSurnameNameLength(size_t i) const {
  // Four Chinese characters, the second a common surname too, closed as a field is.
  const size_t e = i + 12;
  for (size_t k = i; k < e; k += 3) {
    int len = 0;
    if (k >= n_ || static_cast<unsigned char>(t_[k]) < 0xE0 ||
        !utf8::IsCjk(utf8::Decode(t_, k, &len)))
      return 9;
  }
  const char c = At(e);
  const bool closed = e >= n_ || c == '\n' || c == '\r' || c == ' ' || c == ',' || c == '(' ||
                      StartsAt(e, "，") || StartsAt(e, "（") || StartsAt(e, "、");
  if (!closed || !chinese::CommonSurnameAt(t_, i + 3) || !chinese::GivenNameClean(t_, i + 3, 9) ||
      chinese::CommonWordNotName(t_, i, 12))
    return 9;
  return 12;
}

// A transliterated name around the middle dot at t_[dot] whose first part (two to eight
// Chinese characters before the dot) follows a name label: a strong or role trigger
// (姓名：, 申请人) or a key that names a person. Reports it and returns its end, or 0.
size_t SegmentScan::TransliteratedNameAround(size_t dot) {
  const size_t s = CjkRunStart(dot, 8);
  if (dot - s < 6 || (s > 0 && t_[s - 1] == '*')) return 0;  // "*依拉·阿不都拉": masked
  // The label may end just before the name or before a blank or two.
  size_t b = s;
  while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t') && s - b < 2) --b;
  chinese::TriggerKind kind = chinese::TriggerKind::kWeak;
  const bool trigger = b > 0 && chinese::NameTriggerBefore(t_, b, &kind) != 0 &&
                       (kind == chinese::TriggerKind::kStrong || kind == chinese::TriggerKind::kRole);
  std::string_view key;
  const FieldClass* fc = trigger ? nullptr : FieldAt(s, &key);
  if (!trigger && !(fc && fc->HintsType(kPersonName))) return 0;
  const size_t len = chinese::TransliteratedNameLength(t_, s);
  if (len == 0 || s + len <= dot) return 0;
  Add(s, s + len, kPersonName, L::kLikely, "cn_person_name");
  return s + len;
}

// Whether t_[s, e) is one item of a name list: two or three Chinese characters, a common
// surname and a clean given name, no common word and no place name.
bool SegmentScan::NameListItem(size_t s, size_t e) const {
  const size_t len = e - s;
  if (len != 6 && len != 9) return false;
  for (size_t k = s; k < e; k += 3)
    if (static_cast<unsigned char>(t_[k]) < 0xE0) return false;
  return chinese::CommonFullName(t_, s, len) &&
         chinese::Gazetteer::Get().MatchPlace(t_, s) != len;
}

bool SegmentScan::NameListItemAt(size_t i, size_t nl) const {
  // Full-width commas and semicolons were folded to ASCII (utf8::NormalizeWidth); 、 was not.
  // A notice may mix them, and a single blank, in one list (蔡思怡，孔轩平、杜峰成 吕华、...).
  auto sep_at = [&](size_t p) -> size_t {  // a separator's length at t_[p], or 0
    if (p < n_ && t_[p] == ',') return 1;
    if (p < n_ && t_[p] == ' ') return At(p + 1) == ' ' ? 0 : 1;
    return StartsAt(p, "、") || StartsAt(p, "，") ? 3 : 0;
  };
  auto sep_before = [&](size_t p) -> size_t {  // the length of a separator ending at t_[p]
    if (p >= 1 && (t_[p - 1] == ',' || (t_[p - 1] == ' ' && p >= 2 && t_[p - 2] != ' '))) return 1;
    return p >= 3 && (StartsAt(p - 3, "、") || StartsAt(p - 3, "，")) ? 3 : 0;
  };
  auto stop_at = [&](size_t p) {  // where an item ends
    if (p >= n_) return true;
    const auto c = static_cast<unsigned char>(t_[p]);
    if (c < 0x80)
      return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == ' ' || c == '\n' ||
             c == '.';
    if (c == 0xE3) return StartsAt(p, "、") || StartsAt(p, "。");  // E3 80 81, E3 80 82
    if (c == 0xEF) return StartsAt(p, "，") || StartsAt(p, "；") || StartsAt(p, "：");
    return false;
  };
  // A punctuation separator next to the name (a blank alone starts no list).
  if (!(sep_at(i + nl) && t_[i + nl] != ' ') && !(sep_before(i) && t_[i - 1] != ' ')) return false;
  // The name is the whole item: punctuation on both sides (张家场村 is a village), or 等, 都
  // or 几 after the last (李慧敏、侯博文等人, 邓晓东，杨鹏，王芳都反映过, ...几家都遇到).
  auto list_end = [&](size_t p) {
    return StartsAt(p, "等") || StartsAt(p, "都") || StartsAt(p, "几");
  };
  const size_t e0 = i + nl;
  // (The first may follow 的: 同小区的邓晓东，杨鹏，王芳.)
  if (!(stop_at(e0) || list_end(e0)) ||
      !(i == 0 || stop_at(i - 1) || (i >= 3 && (stop_at(i - 3) || StartsAt(i - 3, "的")))))
    return false;
  // Items of the run around the name, by shape first (two or three Chinese characters
  // between separators), then as names: most commas after a word start no roster.
  auto count_items = [&](auto&& item_ok) {
    if (!item_ok(i, e0)) return 0;
    int items = 1;
    // Forward: separator, item, separator ...
    for (size_t p = e0, l; items < 3 && (l = sep_at(p)) != 0;) {
      const size_t s = p + l;
      size_t e = s;
      while (e < n_ && e - s <= 9 && !stop_at(e) && !list_end(e)) ++e;
      if (!item_ok(s, e)) break;
      ++items;
      p = e;
    }
    // Backward: ... item, separator, item. Back byte by byte to the character before the
    // item: an ASCII stop is one byte, a full-width one three (its lead byte is never a
    // continuation byte).
    for (size_t p = i, l; items < 3 && p >= 7 && (l = sep_before(p)) != 0;) {
      const size_t e = p - l;
      size_t s = e;
      while (s > 0 && e - s < 9 && !stop_at(s - 1) && !(s >= 3 && stop_at(s - 3))) --s;
      if (!item_ok(s, e)) break;
      ++items;
      p = s;
    }
    return items;
  };
  auto shape = [&](size_t s, size_t e) {
    if (e - s != 6 && e - s != 9) return false;
    for (size_t k = s; k < e; k += 3)
      if (static_cast<unsigned char>(t_[k]) < 0xE0) return false;
    return true;
  };
  if (count_items(shape) < 3) return false;
  return count_items([&](size_t s, size_t e) { return NameListItem(s, e); }) >= 3;
}

// Whether the name t_[i, i + nl) is a chat export's sender or a line of a roster: a header
// line that ends with the time (YYYY-MM-DD HH:MM, maybe :SS) after a blank, with the line's
// start, a room number or a dash before the name (5栋504-武欣), or a role word after one
// (物业-管家邱嘉宁); a header line that starts with the time; or a room number and the name
// alone on a line (4-1-3203 马婷桂).
bool SegmentScan::ChatHeaderNameAt(size_t i, size_t nl) const {
  auto digits = [&](size_t q, size_t n) {
    for (size_t k = 0; k < n; ++k)
      if (!DigitAt(q + k)) return false;
    return true;
  };
  // YYYY-MM-DD HH:MM at q: its length with ":SS" when that follows, else 0.
  auto stamp = [&](size_t q) -> size_t {
    if (!digits(q, 4) || At(q + 4) != '-' || !digits(q + 5, 2) || At(q + 7) != '-' ||
        !digits(q + 8, 2) || At(q + 10) != ' ' || !digits(q + 11, 2) || At(q + 13) != ':' ||
        !digits(q + 14, 2))
      return 0;
    return At(q + 16) == ':' && digits(q + 17, 2) ? 19 : 16;
  };
  auto line_end = [&](size_t q) { return q >= n_ || t_[q] == '\n' || t_[q] == '\r'; };
  // The time first, then the name, a teacher's title or a pupil's relative, the line's end:
  // "2024-06-03 19:48:30 赵建平老师", "2024-06-03 20:50:59 邓宇航爸爸".
  if (i >= 17 && t_[i - 1] == ' ') {
    const size_t len = t_[i - 4] == ':' && t_[i - 7] == ':' ? 19 : 16;
    const size_t q = i - 1 >= len ? i - 1 - len : SIZE_MAX;
    if (q != SIZE_MAX && (q == 0 || t_[q - 1] == '\n') && stamp(q)) {
      size_t e = i + nl;
      for (std::string_view w : {"老师", "爸爸", "妈妈", "外婆", "外公", "奶奶", "爷爷", "家长"})
        if (StartsAt(e, w)) {
          e += w.size();
          break;
        }
      return line_end(e);
    }
  }
  size_t p = i + nl;
  // A room and a name on a line of their own, as a notice lists them ("4-1-3203 马婷桂").
  if (line_end(p)) {
    if (i < 4 || t_[i - 1] != ' ') return false;
    size_t b = i - 1;
    int dashes = 0;
    while (b > 0 && (IsDigit(t_[b - 1]) || t_[b - 1] == '-') && i - b < 16) {
      dashes += t_[b - 1] == '-';
      --b;
    }
    return dashes >= 1 && b + 3 < i && DigitAt(b) && (b == 0 || t_[b - 1] == '\n');
  }
  if (At(p) != ' ') return false;
  const size_t len = stamp(p + 1);
  if (!len || !line_end(p + 1 + len)) return false;
  size_t b = i;
  static constexpr std::string_view kRoles[] = {"管家", "客服", "物业", "老师", "群主", "楼长",
                                                "网格员", "班主任"};
  for (std::string_view w : kRoles)
    if (b >= w.size() && StartsAt(b - w.size(), w)) {
      b -= w.size();
      break;
    }
  return b == 0 || t_[b - 1] == '\n' || t_[b - 1] == '-' || t_[b - 1] == ' ' || IsDigit(t_[b - 1]);
}

// Whether t_[i, i + len) is a word of the land around a parcel, which a register's 四至 lists
// among the neighbours (田坎 and 江边 start with surnames).
bool SegmentScan::LandmarkWord(size_t i, size_t len) const {
  static constexpr std::string_view kWords[] = {
      "集体林", "村道", "水渠", "田坎", "荒坡", "机耕道", "公路", "河", "沟", "山", "林地",
      "水库", "池塘", "山坡", "江边", "田埂", "小路", "大路", "水沟", "堰塘", "自留地", "宅基地"};
  const std::string_view w = t_.substr(i, len);
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// Whether t_[0, i) ends with "我" after a comma, a full stop or the start (妈,我...), or with
// a greeting and a comma at the start of an utterance (喂,..., 您好,...).
bool SegmentScan::SelfOrCalledNameBefore(size_t i) const {
  auto boundary = [&](size_t p) {  // t_[p - 1] ends a clause, or p starts the text or a line
    return p == 0 || t_[p - 1] == ',' || t_[p - 1] == '\n' || t_[p - 1] == '>' ||
           t_[p - 1] == '"' || t_[p - 1] == ' ' || (p >= 3 && StartsAt(p - 3, "。"));
  };
  if (i >= 3 && StartsAt(i - 3, "我")) return boundary(i - 3);
  if (i >= 4 && t_[i - 1] == ',' && StartsAt(i - 4, "喂")) return boundary(i - 4);
  return false;
}

// A login in brackets at t_[p] after a name of `chars` characters: '(', small letters, two
// or more per character (the name's pinyin, or the surname's and initials: "wangxm"; not
// "(blog)" after a byline), at most twenty-four, up to four digits, ')'.
bool SegmentScan::LoginInBracketsAt(size_t p, size_t chars) const {
  if (At(p) != '(') return false;
  size_t q = p + 1;
  // Small letters, maybe in parts joined by '.' or '_' (ting.wei, wenbo_zhang).
  size_t letters = 0;
  while (q < n_ && q - p <= 25 &&
         ((t_[q] >= 'a' && t_[q] <= 'z') ||
          ((t_[q] == '.' || t_[q] == '_') && letters > 0 && At(q + 1) >= 'a' && At(q + 1) <= 'z'))) {
    letters += t_[q] >= 'a';
    ++q;
  }
  if (letters < 2 * chars || q - p - 1 > 24) return false;
  const size_t letters_end = q;
  while (q < n_ && IsDigit(t_[q]) && q - letters_end < 4) ++q;
  return At(q) == ')';
}

// "收" closing a recipient's name ("叶亮平收，", "郭雨收)"): 收 and then punctuation or the
// end of the line, so 收到 and 收费 are not taken.
bool SegmentScan::RecipientMarkAt(size_t p) const {
  if (!StartsAt(p, "收")) return false;
  p += 3;
  return p >= n_ || At(p) == ',' || At(p) == ' ' || At(p) == ')' || At(p) == '\n' ||
         At(p) == '\r' || StartsAt(p, "，") || StartsAt(p, "）") || StartsAt(p, "。");
}

bool SegmentScan::SignedForAround(size_t i, size_t p) const {
  // 代 is E4 BB A3, 签 E7 AD BE: one byte rules out nearly every name's next character.
  const auto first = static_cast<unsigned char>(At(p));
  if (first != 0xE4 && first != 0xE7) return false;
  if (StartsAt(p, "代")) p += 3;
  if (!StartsAt(p, "签收")) return false;
  p += 6;
  if (!(p >= n_ || At(p) == ',' || At(p) == ' ' || At(p) == '|' || At(p) == '\n' ||
        At(p) == '\r' || At(p) == ')' || StartsAt(p, "，") || StartsAt(p, "。")))
    return false;
  if (i == 0) return true;
  const char b = t_[i - 1];
  if (b == '|' || b == ' ' || b == '\t' || b == '\n' || b == ',' || b == ':') return true;
  for (std::string_view w : {"由", "家人", "本人", "同事", "门卫", "邻居", "前台"})
    if (EndsAt(t_, i, w)) return true;
  return false;
}

bool SegmentScan::AddresseeOrOwnerNameAt(size_t i, size_t nl) const {
  return (AddresseeAfterComma(i, i + nl) || NameAfterOwnMobile(i, i + nl)) &&
         chinese::CommonFullName(t_, i, nl);
}

bool SegmentScan::AddresseeAfterComma(size_t i, size_t e) const {
  if (i == 0 || t_[i - 1] != ',' || !StartsAt(e, "您")) return false;
  const size_t p = e + 3;
  return StartsAt(p, "已") || StartsAt(p, "好") || StartsAt(p, "的") || StartsAt(p, "于") ||
         StartsAt(p, "预") || StartsAt(p, "购") || StartsAt(p, "本");
}

bool SegmentScan::NameAfterOwnMobile(size_t i, size_t e) const {
  // The name closes the bracket, or a comma and the bank follow ("（林刚，中国工商银行）").
  if (i < 12 || t_[i - 1] != '(' || (At(e) != ')' && At(e) != ',')) return false;
  size_t b = i - 1;
  while (b > 0 && i - 1 - b < 20 && IsDigit(t_[b - 1])) --b;
  if (b > 0 && IsAlnum(t_[b - 1])) return false;
  const size_t len = i - 1 - b;
  // ... or the bank card the money went to: "6216617364712170480（黄超波）", also written in
  // groups ("6216 9198 8049 3810（方超刚）", "6217-8508-0417-6532-448（李伟）").
  if (len >= 16 && len <= 19) return validate::BankCardStrength(t_.substr(b, len)) == 2;
  if (len == 11) return validate::IsCnMobile(t_.substr(b, 11));
  if (len < 3 || len > 13 || b < 2 || (t_[b - 1] != ' ' && t_[b - 1] != '-')) return false;
  std::string digits;
  size_t q = i - 1;
  while (q > 0 && i - 1 - q < 28 && (IsDigit(t_[q - 1]) || ((t_[q - 1] == ' ' || t_[q - 1] == '-') &&
                                                          q >= 2 && IsDigit(t_[q - 2]))))
    --q;
  if (q > 0 && IsAlnum(t_[q - 1])) return false;
  for (size_t k = q; k < i - 1; ++k)
    if (IsDigit(t_[k])) digits.push_back(t_[k]);
  return digits.size() >= 16 && digits.size() <= 19 && validate::BankCardStrength(digits) == 2;
}

bool SegmentScan::ResumeTitleAfter(size_t p) const {
  size_t q = p;
  while (q < n_ && q - p < 4 && (t_[q] == ' ' || t_[q] == '-' || t_[q] == '|')) ++q;
  if (StartsAt(q, "的")) q += 3;
  if (StartsAt(q, "个人")) q += 6;
  else if (StartsAt(q, "求职")) q += 6;
  return StartsAt(q, "简历") || StartsAt(q, "履历");
}

// After a name at p: a comma (or colon, tab, ';' or blank) and then a valid resident ID or
// mainland mobile number written as one run ("曾涵然，410105195408...", "王芳 13800138000").
bool SegmentScan::OwnNumberAfter(size_t p) const {
  // Code's tuples and string arguments: ("柳凯宏", "6214 8592 3053 1509", "178..."), "高国德,
  // 440305195206085058, ..." (a quote closes the name, a blank follows the comma).
  if ((At(p) == '"' || At(p) == '\'') && At(p + 1) == ',') {
    const char q = At(p);
    p += 2;
    while (At(p) == ' ' && p < n_) ++p;
    if (At(p) != q) return false;
    ++p;
    return PersonalNumberAt(p) || BankCardAt(p) || SpacedBankCardAt(p);
  }
  if (At(p) == ',' && At(p + 1) == ' ' && DigitAt(p + 2)) return PersonalNumberAt(p + 2);
  // (A tab or ';' too: a record's fields, "李伟平\t1201...", "王霞；1836..."; and a '+', a
  // form-encoded blank: "%E4%BD%98%E5%8B%87+3206...", decoded as "佘勇+3206...".)
  // ('_', '/' and '-' too, as engineers write an ONT's description: "胡嘉伟_17683616196_...",
  // "卢振宇/18173207276", "邓晓燕-155-5442-7831-...".)
  if (At(p) == ',' || At(p) == ':' || At(p) == '\t' || At(p) == ';' ||
      ((At(p) == '+' || At(p) == '_' || At(p) == '/' || At(p) == '-') && DigitAt(p + 1)))
    ++p;
  else if (StartsAt(p, "，") || StartsAt(p, "：")) p += 3;
  else if (At(p) == '^' && IsUpper(At(p + 1)) && DigitAt(p + 2)) p += 2;  // Hive's "^A" as printed
  else if (At(p) == ' ' || At(p) == '|') {
    // One blank, or the blanks of a table aligned with them; there the number may be shown
    // masked, as public notices print it ("覃睿帅    610113********2731"). Or a '|' with a
    // blank or none around it: a pipe-separated table without outer pipes, as notices are
    // exported ("杨淑安 | 410881********2367 | 3 | 1404 | 柳树村").
    const size_t b = p;
    // Up to 32: fixed-width records pad a name to its field's width.
    while (At(p) == ' ' && p - b < 32) ++p;
    bool piped = false;
    if (At(p) == '|' && p - b <= 1) {
      piped = true;
      ++p;
      if (At(p) == ' ') ++p;
    }
    // (One blank is enough before a masked resident ID, whose six digits lead it: a public
    // notice's "古丽娜尔·艾买提 610113********464X".)
    if ((p - b >= 2 || piped || DigitAt(p + 5)) && MaskedPersonalNumberAt(p)) return true;
    // A fixed-width record's account holder before the bank card debited ("熊祥祥" and
    // blanks, then "6225880794301490": a bank's collection file): a card that passes Luhn
    // with a known issuer.
    if (p - b >= 2 && BankCardAt(p)) return true;
  } else {
    return false;
  }
  return PersonalNumberAt(p);
}

// A bank card number of 16 to 19 digits at p, written as one run, that passes Luhn and
// whose issuer is known (validate::BankCardStrength 2).
bool SegmentScan::BankCardAt(size_t p) const {
  size_t e = p;
  while (e < n_ && IsDigit(t_[e]) && e - p <= 19) ++e;
  if (e - p < 16 || e - p > 19 || AlnumAt(e)) return false;
  return validate::BankCardStrength(t_.substr(p, e - p)) == 2;
}

// The same card written in groups of four with single blanks ("6214 8592 3053 1509",
// "6236 6816 6980 9046 958").
bool SegmentScan::SpacedBankCardAt(size_t p) const {
  std::string d;
  size_t q = p;
  while (d.size() < 20) {
    const size_t g = q;
    while (q < n_ && IsDigit(t_[q]) && q - g < 4) ++q;
    if (q == g) return false;
    d.append(t_.substr(g, q - g));
    if (q - g < 4 || At(q) != ' ' || !DigitAt(q + 1)) break;
    ++q;
  }
  if (AlnumAt(q) || d.size() < 16 || d.size() > 19) return false;
  return validate::BankCardStrength(d) == 2;
}

// A resident ID or mobile number with its middle masked, as notices and receipts print one:
// "610113********2731", "610113************", "138****5678".
bool SegmentScan::MaskedPersonalNumberAt(size_t p) const {
  size_t e = p;
  while (e < n_ && IsDigit(t_[e]) && e - p <= 6) ++e;
  const size_t digits = e - p;
  size_t stars = e;
  while (stars < n_ && t_[stars] == '*' && stars - e <= 12) ++stars;
  size_t tail = stars;
  while (tail < n_ && (IsDigit(t_[tail]) || t_[tail] == 'X' || t_[tail] == 'x') && tail - stars <= 4)
    ++tail;
  if (AlnumAt(tail) || stars - e < 4) return false;
  if (digits == 6 && tail - p == 18)
    return validate::ResidentIdRegion(t_.substr(p, 6)) != validate::RegionEvidence::kUnknown;
  // Masked further, to the city's four digits (6101**********4185): the city's code.
  if (digits == 4 && tail - p == 18) {
    std::string city(t_.substr(p, 4));
    city += "00";
    return validate::ResidentIdRegion(city) != validate::RegionEvidence::kUnknown;
  }
  return digits == 3 && stars - e == 4 && tail - stars == 4 && t_[p] == '1';
}

bool SegmentScan::OwnLabelledNumberAfter(size_t p) const {
  const size_t start = p;
  // (A '/' as a vehicle licence's owner field joins them: 石兰怡/居民身份证/3403...)
  if (At(p) == '(' || At(p) == ',' || At(p) == '/') ++p;
  else
    while (At(p) == ' ' && p - start < 4) ++p;
  if (p == start) return false;
  // Every label starts with one of eleven characters (身 E8 BA, 公 E5 85, 证 E8 AF, 手 E6 89,
  // 联 E8 81, 电 E7 94, 护 E6 8A, 通 E9 80, 居 E5 B1, 往 E5 BE, 港 E6 B8): their second
  // bytes, as bits, rule out most names' next character at once.
  constexpr uint64_t kSecondBytes = (1ull << 0x3A) | (1ull << 0x05) | (1ull << 0x2F) |
                                    (1ull << 0x09) | (1ull << 0x01) | (1ull << 0x14) |
                                    (1ull << 0x0A) | (1ull << 0x00) | (1ull << 0x31) |
                                    (1ull << 0x3E) | (1ull << 0x38);
  const auto second = static_cast<unsigned char>(At(p + 1));
  if (static_cast<unsigned char>(At(p)) < 0xE0 || second < 0x80 || second >= 0xC0 ||
      !((kSecondBytes >> (second - 0x80)) & 1))
    return false;
  static constexpr std::string_view kLabels[] = {
      "身份证号码", "身份证号", "身份证", "公民身份号码", "证件号码", "证件号", "手机号码",
      "手机号", "手机", "联系电话", "电话", "护照号码", "护照号", "护照", "通行证号码", "通行证号",
      "居民身份证号码", "居民身份证号", "居民身份证", "往来港澳通行证号码", "往来港澳通行证号",
      "往来港澳通行证", "港澳通行证号码", "港澳通行证号", "港澳通行证"};
  size_t label = 0;
  for (std::string_view w : kLabels)
    if (StartsAt(p, w)) {
      label = w.size();
      break;
    }
  if (!label) return false;
  p += label;
  if (At(p) == ':' || At(p) == '/') ++p;
  else if (StartsAt(p, "为") || StartsAt(p, "是")) p += 3;
  while (At(p) == ' ' && p - start < 24) ++p;
  return PersonalNumberAt(p) || TravelDocumentNumberAt(p);
}

// A passport's or a Hong Kong and Macao permit's number at p, alone: E or G and eight digits,
// E and a letter and seven, C, H, M or W and eight ("护照号 E35027163", "通行证号 C12345678").
bool SegmentScan::TravelDocumentNumberAt(size_t p) const {
  const char c = At(p);
  if (c != 'E' && c != 'G' && c != 'C' && c != 'H' && c != 'M' && c != 'W') return false;
  size_t q = p + 1;
  if ((c == 'E' || c == 'C') && IsUpper(At(q))) ++q;
  const size_t d = q;
  while (q < n_ && IsDigit(t_[q]) && q - p <= 9) ++q;
  return q - p == 9 && q - d >= 7 && !AlnumAt(q);
}

bool SegmentScan::PersonalNumberAt(size_t p) const {
  // A mobile with its country code: +86, 0086 or 86 and a blank or dash ("吕刚 0086
  // 13440252346", "邓丽华 +86 137 8035 7591").
  bool country = false;
  if (StartsAt(p, "+86")) p += 3, country = true;
  else if (StartsAt(p, "0086")) p += 4, country = true;
  else if (StartsAt(p, "86") && (At(p + 2) == ' ' || At(p + 2) == '-')) p += 2, country = true;
  if (country && (At(p) == ' ' || At(p) == '-')) ++p;
  if (country && !(DigitAt(p) && t_[p] == '1')) return false;
  size_t e = p;
  while (e < n_ && IsDigit(t_[e]) && e - p <= 18) ++e;
  if (e - p == 17 && (At(e) == 'X' || At(e) == 'x')) ++e;
  // A mobile number grouped 3-4-4 with blanks or dashes ("马宁 178 7432 3898").
  if (e - p == 3 && (At(e) == ' ' || At(e) == '-')) {
    const char sep = At(e);
    std::string d(t_.substr(p, 3));
    size_t q = e;
    for (int group = 0; group < 2; ++group) {
      if (At(q) != sep) return false;
      size_t g = q + 1;
      while (g < n_ && IsDigit(t_[g]) && g - q <= 4) ++g;
      if (g - q - 1 != 4) return false;
      d.append(t_.substr(q + 1, 4));
      q = g;
    }
    return !AlnumAt(q) && validate::IsCnMobile(d);
  }
  if (AlnumAt(e)) return false;
  std::string_view d = t_.substr(p, e - p);
  if (d.size() == 11) return validate::IsCnMobile(d);
  return !country && d.size() == 18 && validate::CheckResidentId18(d).valid;
}

namespace {
// The cells of the line t[b, le): runs of text between two or more blanks or tabs (a single
// blank stays inside a cell: "居民 身份证").
struct AlignedCell {
  size_t start, end, column;  // column: the display column of its start
};
void AlignedCells(std::string_view t, size_t b, size_t le, std::vector<AlignedCell>* out) {
  out->clear();
  size_t q = b, col = 0;
  while (q < le) {
    const auto ch = static_cast<unsigned char>(t[q]);
    if (ch == ' ' || ch == '\t' || ch == '\r') {
      ++q;
      ++col;
      continue;
    }
    const size_t start = q, start_col = col;
    while (q < le && t[q] != '\t' && t[q] != '\r' && !(t[q] == ' ' && (q + 1 >= le || t[q + 1] == ' '))) {
      const auto c = static_cast<unsigned char>(t[q]);
      col += (c >= 0xE1 && c < 0xF0) ? 2 : 1;
      q += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    }
    out->push_back({start, q, start_col});
  }
}
}  // namespace

// The class of the column header above the aligned cell at t_[i]: the word that starts at
// the same display column (one column either way) in a line above, or else, since text
// taken from a PDF is aligned only roughly, the word with the cell's index in a line above
// with as many cells or more; looked for past other rows and rulers ("-----"), up to 40
// lines back and not across a blank line. Null when there is no such header or it names no
// type. Tables printed from PDFs and mainframes name their columns only there ("序号  社区
// 申请人  身份证号"). A table longer than that keeps its header: the line that answered a
// row within the 40 lines walked answers this one too (scr_.aligned), so a ledger's
// hundredth row is read as its first (and the walk stays bounded).
const FieldClass* SegmentScan::ColumnHeaderAbove(size_t i) {
  size_t ls = i;
  while (ls > 0 && t_[ls - 1] != '\n' && i - ls < 400) --ls;
  if (ls > 0 && t_[ls - 1] != '\n') return nullptr;
  size_t le = i;
  while (le < n_ && t_[le] != '\n' && le - i < 400) ++le;
  std::vector<AlignedCell> row, above;
  AlignedCells(t_, ls, le, &row);
  size_t index = row.size();
  for (size_t k = 0; k < row.size(); ++k)
    if (row[k].start == i) index = k;
  if (index == row.size()) return nullptr;
  const size_t col = row[index].column;
  // The class of the header cell over this one among a line's cells, if it names a type.
  const auto header_over = [&]() -> const FieldClass* {
    const AlignedCell* cell = nullptr;
    for (const AlignedCell& a : above)
      if (a.column + 1 >= col && a.column <= col + 1) cell = &a;
    if (!cell && above.size() >= row.size() && above.size() <= row.size() + 2 && above.size() > 2)
      cell = &above[index];
    if (!cell || cell->end - cell->start > 40) return nullptr;
    const FieldClass* fc = ClassifyKey(t_.substr(cell->start, cell->end - cell->start));
    return fc && fc->type_mask ? fc : nullptr;
  };
  size_t line_end = ls;  // the line above ends before this newline
  for (int lines = 0; lines < 40 && line_end > 0 && i - line_end < 8000; ++lines) {
    const size_t e = line_end - 1;  // the '\n'
    size_t b = e;
    while (b > 0 && t_[b - 1] != '\n') --b;
    line_end = b;
    AlignedCells(t_, b, e, &above);
    if (above.empty()) return nullptr;  // a blank line ends the table
    if (const FieldClass* fc = header_over()) {
      scr_.aligned = {b, e, ls};
      aligned_memo_ = true;
      return fc;
    }
  }
  // The walk ended inside the table: a row it passed was answered by a header line further
  // up, with no blank line between (that row's own walk saw to it).
  auto& m = scr_.aligned;
  if (line_end > 0 && aligned_memo_ && m.row_start >= line_end && m.row_start <= ls) {
    AlignedCells(t_, m.header_start, m.header_end, &above);
    if (const FieldClass* fc = header_over()) {
      m.row_start = ls;
      return fc;
    }
  }
  return nullptr;
}

bool SegmentScan::ApprovalStatusAfter(size_t p) const {
  if (At(p) != '(') return false;  // the full-width bracket is folded to '('
  ++p;
  static constexpr std::string_view kStatus[] = {
      "已同意", "同意", "审批中", "待审批", "已审批", "已驳回", "驳回", "已拒绝", "拒绝",
      "已转交", "已撤回", "已处理", "处理中", "待处理", "已通过", "未通过", "已签收", "已阅"};
  for (std::string_view w : kStatus)
    if (StartsAt(p, w) && At(p + w.size()) == ')') return true;
  return false;
}

size_t SegmentScan::PinyinNameAfterSlash(size_t p, size_t* start) const {
  size_t q = p;
  while (At(q) == ' ' && q - p < 2) ++q;
  if (At(q) != '/') return 0;
  ++q;
  while (At(q) == ' ' && q - p < 5) ++q;
  const size_t len = LatinNameLength(q);
  if (!len || !LatinPersonWords(q, q + len)) return 0;
  // One of its words is a surname's pinyin: the romanization of the name before the slash.
  for (size_t k = q; k < q + len;) {
    size_t w = k;
    while (w < q + len && IsAlpha(t_[w])) ++w;
    if (chinese::IsPinyinSurname(t_.substr(k, w - k))) {
      *start = q;
      return q + len;
    }
    k = w + 1;
  }
  return 0;
}

size_t SegmentScan::LatinNameEndingAt(size_t end) const {
  size_t b = end;
  while (b > 0 && end - b < 48 && (IsAlpha(t_[b - 1]) || t_[b - 1] == ' ' || t_[b - 1] == '\''))
    --b;
  // The longest name that ends there: from the leftmost word start on.
  for (size_t p = b; p < end; ++p) {
    if (!IsUpper(t_[p]) || (p > 0 && IsAlpha(t_[p - 1]))) continue;
    const size_t len = LatinNameLength(p);
    if (len && p + len == end && LatinPersonWords(p, end)) return p;
  }
  return std::string_view::npos;
}

bool SegmentScan::PartyAfter(size_t p) const {
  if (!StartsAt(p, "一行")) return false;
  p += 6;
  return p >= n_ || static_cast<unsigned char>(t_[p]) < 0x80 || StartsAt(p, "来") ||
         StartsAt(p, "到") || StartsAt(p, "抵") || StartsAt(p, "莅") || StartsAt(p, "。");
}

bool SegmentScan::PersonDetailInBracketsAt(size_t p) const {
  if (At(p) != '(') return false;
  const size_t q = p + 1;
  // Where the bracket closes, within twelve characters.
  size_t close = q;
  while (close < n_ && close - q < 36 && t_[close] != ')' && t_[close] != '\n') ++close;
  const bool closed = At(close) == ')';
  // Sex, maybe with an age: （女，53岁）, （男）, (男32岁).
  if ((StartsAt(q, "男") || StartsAt(q, "女")) &&
      (At(q + 3) == ',' || At(q + 3) == ')' || StartsAt(q + 3, "、") || DigitAt(q + 3)))
    return true;
  // An age or a birth: （53岁）, （出生1957-02-01）, （生于1960年）.
  size_t d = q;
  while (d < n_ && IsDigit(t_[d]) && d - q < 3) ++d;
  if (d > q && StartsAt(d, "岁") && (At(d + 3) == ')' || At(d + 3) == ',')) return true;
  for (std::string_view w : {"出生", "生于"})
    if (StartsAt(q, w) &&
        (DigitAt(q + w.size()) || (At(q + w.size()) == ' ' && DigitAt(q + w.size() + 1))))
      return true;
  // A staff code alone: （A1133）, (GZ83075).
  size_t c = q;
  while (c < n_ && IsUpper(t_[c]) && c - q < 3) ++c;
  if (c > q) {
    size_t e = c;
    while (e < n_ && IsDigit(t_[e]) && e - c < 8) ++e;
    if (e - c >= 3 && At(e) == ')') return true;
  }
  // A number's label ending in 号 and the number: （工号 GD104523）, （警号 877616）,
  // （就诊卡号014...）, （员工号：7084）. (Not an ID's or a phone's: there the number must be
  // valid, OwnLabelledNumberAfter.)
  const size_t l = CjkRunEnd(q, q + 15);
  const std::string_view label = t_.substr(q, l - q);
  if (l > q && EndsAt(t_, l, "号") && label.find("证") == std::string_view::npos &&
      label.find("件") == std::string_view::npos && label.find("手机") == std::string_view::npos &&
      label.find("电话") == std::string_view::npos) {
    size_t v = l;
    if (At(v) == ':' || At(v) == ' ') ++v;
    if (At(v) == ' ') ++v;
    if (AlnumAt(v) && (DigitAt(v) || DigitAt(v + 1) || DigitAt(v + 2))) return true;
  }
  if (!closed) {
    // A relation and more after a comma: （父亲，生于1960年）.
    for (std::string_view w : {"父亲", "母亲", "儿子", "女儿", "妻子", "丈夫", "配偶"})
      if (StartsAt(q, w) && At(q + w.size()) == ',') return true;
    return false;
  }
  // A relation or a role, the bracket's last word: （孩子舅舅）, （配偶）, （法人）, （原测试经理）.
  static constexpr std::string_view kWhoWords[] = {
      "父亲", "母亲", "儿子", "女儿", "妻子", "丈夫", "配偶", "哥哥", "姐姐", "弟弟", "妹妹",
      "爷爷", "奶奶", "外公", "外婆", "舅舅", "姑姑", "叔叔", "阿姨", "姨妈", "伯伯", "爸爸",
      "妈妈", "老公", "老婆", "爱人", "家属", "本人", "户主", "机主", "法人", "法定代表人",
      "经办人", "代办人", "监护人", "联系人", "班主任", "同学", "同事", "邻居", "经理", "总监",
      "主管", "组长"};
  if (close - q > 30) return false;
  for (std::string_view w : kWhoWords)
    if (close - q >= w.size() && EndsAt(t_, close, w)) {
      // The bracket holds Chinese only: a note, not a code or a sentence.
      return CjkRunEnd(q, close) >= close;
    }
  return false;
}

bool SegmentScan::PartyCountAfter(size_t p) const {
  if (!StartsAt(p, "等")) return false;
  p += 3;
  if (DigitAt(p)) {
    while (DigitAt(p)) ++p;
  } else {
    bool numeral = false;
    for (std::string_view w : {"一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "几"})
      if (StartsAt(p, w)) numeral = true;
    if (!numeral) return false;
    p += 3;
  }
  return StartsAt(p, "人") || StartsAt(p, "位") || StartsAt(p, "名");
}

bool SegmentScan::BlankSetNameAt(size_t i, size_t nl) const {
  const size_t e = i + nl;
  if (i < 4 || t_[i - 1] != ' ' || At(e) != ' ' || static_cast<unsigned char>(t_[i - 2]) < 0x80 ||
      static_cast<unsigned char>(At(e + 1)) < 0xE0)
    return false;
  // A word before that takes a person: 查一下, 找, 约, 由, 从, 与, 给, 让, 请, 对口, 联系 ...
  for (std::string_view w : {"查", "找", "约", "由", "从", "与", "和", "给", "问", "让", "请", "叫",
                             "帮", "对口", "转告", "通知", "提醒"})
    if (EndsAt(t_, i - 1, w)) return true;
  // ... or a word after that follows one: 的, 说, 代理, 负责, 反映 ...
  for (std::string_view w : {"的", "说", "代", "来", "去", "已", "要", "和", "在", "反映", "负责",
                             "确认", "处理", "同意", "回复", "提供", "签字"})
    if (StartsAt(e + 1, w)) return true;
  return false;
}

bool SegmentScan::SelfIntroducedWithOrgBefore(size_t i) const {
  if (!EndsAt(t_, i, "的")) return false;
  // The company: two to twelve Chinese characters after 我是 (or 这里是, 我这边是). The last
  // 是 in the 39 bytes before 的 first, then what lies between.
  const size_t from = i > 42 ? i - 42 : 0;
  const size_t shi = t_.substr(from, i - 3 - from).rfind("是");
  if (shi == std::string_view::npos) return false;
  const size_t b = from + shi;
  if (!(EndsAt(t_, b, "我") || EndsAt(t_, b, "这里") || EndsAt(t_, b, "这边")) || i - 3 - (b + 3) < 6)
    return false;
  int len = 0;
  for (size_t k = b + 3; k < i - 3; k += static_cast<size_t>(len))
    if (!utf8::IsCjk(utf8::Decode(t_, k, &len))) return false;
  return true;
}

bool SegmentScan::ContactBefore(size_t i) const {
  if (EndsAt(t_, i, "联系")) return true;
  // ... or 联系 and a relative (two characters): 请联系老公李建国, 联系女儿马力.
  if (i < 12 || !EndsAt(t_, i - 6, "联系")) return false;
  for (std::string_view kin : {"老公", "老婆", "丈夫", "妻子", "爱人", "女儿", "儿子", "爸爸",
                               "妈妈", "家人"})
    if (EndsAt(t_, i, kin)) return true;
  return false;
}

bool SegmentScan::ContactEndsAt(size_t p) const {
  return At(p) == ',' || At(p) == ' ' || StartsAt(p, "。") || StartsAt(p, "电话") ||
         StartsAt(p, "手机") || StartsAt(p, "（") || At(p) == '(';
}

bool SegmentScan::SubmittedRequestAfter(size_t p) const {
  if (!StartsAt(p, "提交的") && !StartsAt(p, "发起的")) return false;
  // Then a run of Chinese characters ending in 申请 or 审批 (报销申请, 出差审批).
  for (size_t q = p + 9; q < n_ && q - p <= 9 + 24; q += 3) {
    if (static_cast<unsigned char>(t_[q]) < 0xE0) return false;
    if (StartsAt(q, "申请") || StartsAt(q, "审批")) return true;
  }
  return false;
}

bool SegmentScan::RecordFieldNameAt(size_t i, size_t nl) const {
  const char sep = t_[i - 1];
  const size_t e = i + nl;
  if (sep == '\'') {
    // A quoted value of a tuple: ('18219186174', '陈红梅', ...).
    if (i < 2 || (t_[i - 2] != ',' && t_[i - 2] != ' ' && t_[i - 2] != '(') || At(e) != '\'' ||
        (At(e + 1) != ',' && At(e + 1) != ')'))
      return false;
  } else if (!(e >= n_ || At(e) == sep || At(e) == '\n' || At(e) == '\r')) {
    return false;
  }
  // The line, at most 400 bytes either way.
  size_t b = i;
  while (b > 0 && i - b < 400 && t_[b - 1] != '\n') --b;
  size_t le = e;
  while (le < n_ && le - e < 400 && t_[le] != '\n') ++le;
  // A comma-separated line has commas in running text too: the fields must look like a
  // record's, the name set apart on both sides, and the number a whole field as well.
  for (size_t p = b, q, r; NextDigitRun(p, le, &q, &r); p = r) {
    const size_t len = r - q;
    const char before = q > 0 ? t_[q - 1] : '\n';
    const bool field = (before == sep || before == '\n' || (sep == '\'' && before == '\'')) &&
                       (r >= n_ || At(r) == sep || At(r) == '\n' || At(r) == '\r');
    if (field && ((len == 11 && validate::IsCnMobile(t_.substr(q, 11))) ||
                  (len == 13 && t_[q] == '8' && t_[q + 1] == '6' &&
                   validate::IsCnMobile(t_.substr(q + 2, 11))) ||
                  (len == 18 && validate::CheckResidentId18(t_.substr(q, 18)).valid) ||
                  // A payee's bank card (a compensation notice's 收款账号).
                  (len >= 16 && len <= 19 && validate::BankCardStrength(t_.substr(q, len)) == 2)))
      return true;
    while (r < le && IsAlnum(t_[r])) ++r;
  }
  return false;
}

// Whether a valid 18-character resident ID or a bank card number (16-19 digits that
// BankCardStrength rates strong: a payroll file's "6230588228445068665 马德") ends right
// before the blanks (one to eight spaces or tabs) before t_[i].
bool SegmentScan::IdBeforeBlanks(size_t i) const {
  size_t q = i;
  // Blanks as fixed-width records pad; or one field separator of a delimited extract read as
  // text (Hive's \x01, '|', a comma: echo "13988427756,陈子轩" >> whitelist).
  if (t_[i - 1] == '\x01' || t_[i - 1] == '|' || t_[i - 1] == ',') --q;
  else
    while (q > 0 && i - q < 8 && (t_[q - 1] == ' ' || t_[q - 1] == '\t')) --q;
  if (q < 16 || q == i) return false;
  const char last = t_[q - 1];
  if (!IsDigit(last) && last != 'X' && last != 'x') return false;
  size_t b = q - 1;
  while (b > 0 && q - b < 20 && IsDigit(t_[b - 1])) --b;
  if (b > 0 && IsAlnum(t_[b - 1])) return false;
  const std::string_view run = t_.substr(b, q - b);
  if (run.size() == 18) return validate::CheckResidentId18(run).valid;
  if (run.size() == 11) return validate::IsCnMobile(run);  // "13318452739    马旭杰"
  return run.size() >= 16 && run.size() <= 19 && IsDigit(last) &&
         validate::BankCardStrength(run) == 2;
}

bool SegmentScan::NameBetweenDigitFields(size_t i, size_t nl) const {
  if (i < 10 || !DigitAt(i + nl)) return false;
  size_t b = i;
  while (b > 0 && i - b < 10 && IsDigit(t_[b - 1])) --b;
  return i - b == 10;
}

// A CJK character at t_[i] (code point cp, len bytes, CjkStartTable flags `starts`) that may
// start a plate, address, name or password label, or follows an address phrase.
__attribute__((noinline)) size_t SegmentScan::OnCjk(size_t i, uint32_t cp, int len,
                                                    uint8_t starts) {
  size_t next = i + static_cast<size_t>(len);
  if (starts & kStartsPlate) {
    if (size_t e = TryPlate(i, len)) return e;
  }
  // 一九七三年八月十二号出生: a date of birth in a call transcript. 一九 or 二〇/二零 first.
  if ((starts & kStartsSpokenYear) &&
      (StartsAt(next, "九") || StartsAt(next, "〇") || StartsAt(next, "零"))) {
    if (const size_t e = chinese::SpokenDateEnd(t_, i)) {
      // A call transcript answers on the line after the question ("坐席：请核对一下出生日期"
      // then "客户：一九八六年五月十六号"): the line before counts as context too.
      if (!ReportBirthDate(i, e) && BirthQuestionOnLineBefore(i))
        Add(i, e, kDateOfBirth, L::kPossible, "date_of_birth");
      return e;
    }
  }
  if (starts & kStartsPlace) {
    chinese::AddressMatch m = chinese::ParseAddress(t_, i);
    if (m.end > i && !m.number) m = WrappedAddress(i, m);
    if (m.end > i) {
      // A street address needs a house number; place names and organisations
      // ("杭州市人民政府", "武汉市住房保障管理中心") are not addresses of a person.
      Likelihood base = L::kVeryUnlikely;
      if (m.admin >= 1 && m.road && m.number) base = L::kLikely;
      else if (m.admin >= 1 && m.number) base = L::kPossible;
      // An organisation's own address in brackets after its name: 光谷营业厅（武汉市...号）.
      if (base != L::kVeryUnlikely && i > 0 && t_[i - 1] == '(' &&
          chinese::EndsWithOrganisation(t_, i - 1))
        return m.end;
      // A warehouse's or logistics park's address (a waybill's sender): no one lives there.
      if (base != L::kVeryUnlikely && FacilityAddress(i, m.end)) return m.end;
      // A village address after an address label: many villages have no house numbers, and
      // a household is found by its village and group (住址：通渭县马营镇三合村6社).
      // (A form may space its label out: 住    址：.)
      if (base == L::kVeryUnlikely && m.admin >= 3 && EndsWithVillageUnit(m.end) &&
          (AddressTriggerBefore(i) || SpacedAddressLabelBefore(i)))
        base = L::kPossible;
      if (base != L::kVeryUnlikely) {
        Add(i, m.end, kStreetAddress, Adjust(kStreetAddress, base, i), "cn_street_address");
        return m.end;
      }
      // A delivery address that names an estate's gate or pickup spot instead of a door
      // (收件地址：杭州市西湖区翠苑一区东门快递柜旁, ...林海苑西门保安亭): where that person
      // takes their parcels.
      // (Or down to a district, then an estate the parse did not know: ...屯溪区恒大名都西门
      // 保安亭, 上城区恒大名都南门菜鸟驿站.)
      if (m.admin >= 1) {
        if (const size_t e = DeliverySpotAfterLabel(i, m.end, m.building)) return e;
      }
      // An XML element under an address name that holds a village's address without a
      // number ("<address>镇雄县母享镇马家河村岭背自然村</address>"), as a CSV cell or JSON value
      // under such a name may.
      if (m.admin >= 1 && i > 0 && t_[i - 1] == '>' && At(m.end) == '<' &&
          !chinese::OnlyDivisionNames(t_, i, m.end)) {
        std::string_view key;
        const FieldClass* fc = FieldAt(i, &key);
        if (fc && fc->HintsType(kStreetAddress)) {
          Add(i, m.end, kStreetAddress, L::kLikely, "street_address");
          return m.end;
        }
      }
    }
  }
  // After an address phrase ("寄到", "住在", "地址是"), a road and a house number are an
  // address even without a city or district in front: 寄到建国路88号3单元.
  // (Not from the copula after a bare label: 地址为山东省... starts after 为, where the
  // trigger 地址为 ends.)
  if (i >= 6 && AddressTriggerBefore(i) &&
      !(StartsAt(i, "为") || StartsAt(i, "是") || StartsAt(i, "在"))) {
    chinese::AddressMatch m = chinese::ParseAddress(t_, i, /*allow_no_place=*/true);
    // ... or a town and a village named by their suffixes, with a house number or ending at
    // the village or its group (家庭住址：马营镇青石板村66号, 住址：马营镇高庙村7社).
    if (m.end > i && (((m.road || m.building || m.admin >= 1) && m.number) ||
                      (m.admin >= 2 && EndsWithVillageUnit(m.end)))) {
      if (FacilityAddress(i, m.end)) return m.end;
      Add(i, m.end, kStreetAddress, L::kLikely, "cn_street_address");
      return m.end;
    }
  }
  if (size_t e = AfterTagOrLabel(i, cp)) return e;
  // A unit right after a number (1965年出生, 3万元, 5周, 12时) starts no name, though 年, 万,
  // 周 and 时 are surnames.
  if ((starts & kStartsSurname) && i > 0 && IsDigit(t_[i - 1]) &&
      (cp == U'年' || cp == U'月' || cp == U'日' || cp == U'时' || cp == U'元' || cp == U'周' ||
       cp == U'万' || cp == U'千' || cp == U'百' || cp == U'号' || cp == U'楼' || cp == U'岁' ||
       cp == U'期' || cp == U'届'))
    starts &= static_cast<uint8_t>(~kStartsSurname);
  if (starts & kStartsSurname) {
    // A booking display's numbered passengers: " 1.曾岚英 2.邱轩天 3.石刚 MCWE15".
    if (i >= 2 && t_[i - 1] == '.' && IsDigit(t_[i - 2])) {
      if (size_t e = NumberedPassengerName(i)) return e;
    }
    // Whom a call or message goes to: 给姚莉英打电话, 给王芳发短信. (给 is E7 BB 99: compared
    // byte by byte, as this runs before every surname of Chinese text.)
    if (i >= 3 && t_[i - 1] == '\x99' && t_[i - 2] == '\xBB' && t_[i - 3] == '\xE7') {
      if (size_t e = CalleeName(i)) return e;
    }
    // A voice assistant's command: 拨打冯博豪的手机 (打 is E6 89 93).
    if (i >= 6 && t_[i - 1] == '\x93' && t_[i - 2] == '\x89' && t_[i - 3] == '\xE6' &&
        EndsAt(t_, i, "拨打")) {
      if (size_t e = CalleeName(i)) return e;
    }
    chinese::TriggerKind kind = chinese::TriggerKind::kWeak;
    size_t trig = 0, trig_start = i;
    if (i > 0 && chinese::MayEndNameTrigger(t_, i)) {
      trig = chinese::NameTriggerBefore(t_, i, &kind);
      // "姓名: 王芳", "审判员　　杨俊贵": the trigger before a colon or a few blanks; forms
      // exported from PDF and Word also put the label in the cell or on the line before
      // ("姓名 | 欧阳飞", "申请人姓名\n张丽").
      // PDF exports pad a cell with many blanks: the trigger is tried where the blanks end
      // and one byte later (triggers may end in ':' or a blank: "姓名:", "姓名 ").
      auto gap = [&](size_t k) { return t_[k] == ':' || chinese::LabelSeparator(t_[k]); };
      size_t b = i;
      while (!trig && b > 0 && i - b < 32 && gap(b - 1)) {
        --b;
        if (b == 0 || !gap(b - 1) || (b > 1 && !gap(b - 2)))
          trig = chinese::NameTriggerBefore(t_, b, &kind);
      }
      // A numbered label: 联系人1：许凯平, 担保人2：王芳 (one or two digits before the colon).
      if (!trig && b < i && b >= 2 && IsDigit(t_[b - 1])) {
        size_t db = b - 1;
        if (db > 0 && IsDigit(t_[db - 1])) --db;
        if (db > 0 && static_cast<unsigned char>(t_[db - 1]) >= 0x80)
          trig = chinese::NameTriggerBefore(t_, db, &kind);
        if (trig) b = db;
      }
      // A label qualified in brackets: 乙方（劳动者）：雷瑶, 法定代表人（主要负责人）：赵春英.
      if (!trig && b < i && b > 2 && t_[b - 1] == ')' && t_[i - 1] != '\n') {
        size_t open = b - 1;
        while (open > 0 && b - open < 40 && t_[open - 1] != '(' && t_[open - 1] != '\n') --open;
        if (open > 1 && t_[open - 1] == '(') {
          b = open - 1;
          trig = chinese::NameTriggerBefore(t_, b, &kind, /*colon_optional=*/true);
        }
      }
      // Any label that names a person's role, set apart by blanks or a line break as forms
      // and certificates write them (公证员  朱翔): the key classes decide. After a colon the
      // key look-up below decides (a transcript's "主持人：谢谢..." is speech, not a name).
      if (!trig && b < i && b >= 3 && std::memchr(t_.data() + b, ':', i - b) == nullptr) {
        const size_t lb = CjkRunStart(b, 8);
        if (lb < b && (lb == 0 || !IsAlnum(t_[lb - 1])) &&
            ClassifyKey(t_.substr(lb, b - lb))->HintsType(kPersonName)) {
          trig = b - lb;
          kind = chinese::TriggerKind::kRole;
        }
      }
      trig_start = b - trig;
    }
    // A phrase that may also introduce other words needs a common surname after it: rare
    // ones are everyday words too (原告代理律师, 被告银行, 父亲常常).
    size_t rare_trig = 0;  // such a phrase before a rare surname: see below
    if (trig && kind != chinese::TriggerKind::kStrong && !chinese::CommonSurnameAt(t_, i)) {
      rare_trig = trig;
      trig = 0;
    }
    bool known = false;
    size_t nl = chinese::MatchChineseName(t_, i, true, &known);
    // ... unless the person's own number follows the name at once, as a record closes it
    // (机主仇凯，110102..., 紧急联系人：父亲冼金凤 130-7206-4359).
    if (rare_trig && nl && PersonalNumberAfterName(i + nl)) trig = rare_trig;
    // A modal particle that ends the utterance is no given character (我是邓超啊).
    if (nl >= 9 && ParticleEndsUtterance(i + nl - 3)) nl -= 3;
    // A name transliterated with a middle dot (艾力·吐尔逊, 古丽娜尔·艾买提: its first part may
    // be longer than a surname and two given characters) is one name.
    if (nl && (chinese::HasMiddleDot(t_.substr(i + nl, 3)) || (nl == 9 && MiddleDotWithin(i + nl))))
      nl = std::max(nl, chinese::TransliteratedNameLength(t_, i));
    if (nl && chinese::WithheldName(t_, i, nl)) return i + nl;  // 被告人张某某
    // A married woman's name with her husband's surname before her own (张王美华, 陳郭美玲),
    // the whole field after a label that only a name follows, or a role's.
    if (nl == 9 && trig &&
        (kind == chinese::TriggerKind::kStrong || kind == chinese::TriggerKind::kRole) &&
        static_cast<unsigned char>(At(i + 9)) >= 0xE0)
      nl = DoubleSurnameNameLength(i);
    // A two-character name padded to a form's width (姓    名：刘 宁): reported with its blanks.
    if (nl == 0 && trig && kind == chinese::TriggerKind::kStrong && At(i + 3) == ' ') {
      if (const size_t e = PaddedNameEnd(i)) {
        Add(i, e, kPersonName, L::kLikely, "cn_person_name");
        return e;
      }
    }
    // A vCard's structured name: "N:;韩军新;;;" (the whole name as the given name, as Chinese
    // address books write it) or "N:王;芳;;;" (family name and given name).
    if (i > 1 && (t_[i - 1] == ';' || t_[i - 1] == ':')) {
      if (size_t e = VcardName(i)) return e;
    }
    if (nl) {
      if (trig && (kind == chinese::TriggerKind::kBounded || kind == chinese::TriggerKind::kKin)) {
        // 我老公丁艳超的号: a relative, named where a word or punctuation ends the name.
        // (Or where the person's number follows: 紧急联系人：父亲冼金凤 130-7206-4359.)
        if ((chinese::BoundedNameOk(t_, i, nl) || PersonalNumberAfterName(i + nl)) &&
            !chinese::CommonWordNotName(t_, i, nl)) {
          return AddProseName(i, i + nl, L::kPossible);
        }
        // ... or where the relative stands in for the holder (其母董妹瑶配合, 由其儿子何鸣承
        // 开门, 由其子付平胜办理; the match may have taken the verb's first character).
        for (size_t len : {nl, nl - 3})
          if (len >= 6 && StandInVerbAt(i + len) &&
              chinese::CommonFullName(t_, i, len, /*delimited=*/true) &&
              !chinese::CommonWordNotName(t_, i, len) && !chinese::SurnameAndTitle(t_, i, len) &&
              !chinese::SurnameAndTitle(t_, i, 6))
            return AddProseName(i, i + len, L::kPossible);
        trig = 0;
      }
      // A two-character name whose match took the next word's first character (店员夏浩态度
      // 很好: not 夏浩态).
      if (trig && kind == chinese::TriggerKind::kRole && nl == 9 &&
          !chinese::CleanNameEnd(t_, i + nl) && chinese::WordAfterNameAt(t_, i + 6))
        nl = 6;
      bool strong = kind == chinese::TriggerKind::kStrong;
      // A role noun's name ends cleanly, or at a function word after it (快递员黄宏说次日上门).
      const bool ends = strong || chinese::CleanNameEnd(t_, i + nl) ||
                        ParticleEndsUtterance(i + nl) ||
                        (kind == chinese::TriggerKind::kRole && chinese::BoundedNameOk(t_, i, nl)) ||
                        (kind == chinese::TriggerKind::kWeak && RelativeOfNamedAfter(i + nl));
      // (客户经理王总: after a role noun, a surname and a title is how one is addressed.)
      // (Nor is an organisation after the label: 现场联系人：江宁供电服务中心.)
      if (trig && ends && !chinese::CommonWordNotName(t_, i, nl) &&
          !(strong && OrganisationRunFrom(i, i + nl)) &&
          !(kind == chinese::TriggerKind::kRole && chinese::SurnameAndTitle(t_, i, nl))) {
        // Role nouns ("联系人 张三") give POSSIBLE; conversational phrases ("我是", "叫做")
        // introduce descriptions as often as names, so they need a comma or bracket to close
        // the name ("联系人钟倩，手机...") to reach POSSIBLE.
        Likelihood lk = L::kLikely;
        if (kind == chinese::TriggerKind::kRole) {
          lk = L::kPossible;
        } else if (kind == chinese::TriggerKind::kWeak) {
          size_t e = i + nl;
          // Closed by punctuation, by two blanks as forms space their fields ("客户：金秀英
          // 欠费金额"), by the line's end or by a bracket after a blank, as bilingual forms
          // give the name in Latin letters ("客戶: 陳振邦 (CHAN, CHUN PONG)").
          bool closed = At(e) == ',' || At(e) == '(' || StartsAt(e, "，") || StartsAt(e, "（") ||
                        StartsAt(e, "、") || StartsAt(e, "。") || (At(e) == ' ' && At(e + 1) == ' ') ||
                        e >= n_ || At(e) == '\n' || At(e) == '\r' ||
                        (At(e) == ' ' && At(e + 1) == '(') ||
                        // ... or by a blank and the person's mobile: "客户: 罗彬 175-7151-6655".
                        (At(e) == ' ' && PersonalNumberAt(e + 1)) ||
                        NameAnswerAt(i, nl) ||  // "客户：任健帆" answering a name question
                        ParticleEndsUtterance(e) ||  // "你好我是邓超啊"
                        RelativeOfNamedAfter(e);     // "我是亓家豪的家属，帮他报修"
          lk = closed ? L::kPossible : L::kUnlikely;
        }
        // After a Chinese phrase the name is part of a document; after an ASCII key label
        // ("name=", "Name:") it is a log's field, and its repeats are not looked for.
        if (static_cast<unsigned char>(t_[trig_start]) >= 0x80) return AddProseName(i, i + nl, lk);
        Add(i, i + nl, kPersonName, lk, "cn_person_name");
        return RomanizedNameAfter(i + nl, lk);
      }
      // A display name before an address, as e-mail and SIP headers write one:
      // From: "胡思远" <sip:+8618774...>, To: "王芳" <wf@example.com>.
      // Or unquoted after the header's colon: From: 梁欣怡 <liangx2@...>.
      const bool quoted_name = i > 0 && t_[i - 1] == '"' && StartsAt(i + nl, "\" <") &&
                               AddressInBrackets(i + nl + 2);
      const bool bare_name = i > 1 && t_[i - 1] == ' ' && (t_[i - 2] == ':' || t_[i - 2] == ',') &&
                             StartsAt(i + nl, " <") && AddressInBrackets(i + nl + 1);
      if ((quoted_name || bare_name) && chinese::CommonSurnameAt(t_, i) &&
          !chinese::WithheldName(t_, i, nl)) {
        Add(i, i + nl, kPersonName, L::kLikely, "cn_person_name");
        return i + nl;
      }
      // Voicemail and chat: a caller naming themself (妈,我付俊伟,我搬家了) or the person
      // called (喂,夏旭建,我是你表哥): a full name with a common surname between commas.
      if (nl == 9 && At(i + nl) == ',' && SelfOrCalledNameBefore(i) &&
          chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // 客户熊强来电, 用户林超艳来电反映: a caller in call-centre notes.
      if (const size_t len = chinese::CallerNameLengthAt(t_, i, nl))
        return AddProseName(i, i + len, L::kLikely);
      if (const size_t len = chinese::AssigneeNameLengthAt(t_, i, nl))
        return AddProseName(i, i + len, L::kPossible);
      if (const size_t len = chinese::HolderNameLengthAt(t_, i, nl))
        return AddProseName(i, i + len, L::kPossible);
      // 经黄静思介绍投递: a referrer (经 is E7 BB 8F; the call only after it).
      if (i >= 3 && static_cast<unsigned char>(t_[i - 2]) == 0xBB && StartsAt(i - 3, "经")) {
        if (const size_t len = chinese::ReferrerNameAt(t_, i, nl))
          return AddProseName(i, i + len, L::kPossible);
      }
      // News and reports: 记者张建国报道, 总经理王志强介绍, 。刘德明说.
      if (const size_t len = chinese::ReportedNameAt(t_, i, nl))
        return AddProseName(i, i + len, L::kPossible);
      // An invoice's buyer: "购买方信息  名称：邱思涛" (a company as often, which no name
      // match takes whole).
      if (BuyerNameLabelBefore(i) && chinese::CleanNameEnd(t_, i + nl) &&
          chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A user shown with their login in brackets, as bastion hosts, office suites and
      // ticket systems print one: 吴永建(wuyongjian2), 梁然(liangran1).
      if (LoginInBracketsAt(i + nl, nl / 3) && chinese::NameBoundaryBefore(t_, i) &&
          !(i >= 2 && (StartsAt(i - 2, "·") || (i >= 3 && StartsAt(i - 3, "•")))) &&
          chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kLikely);
      // A comment's author in a ticket export or a changelog: "  - 董天宇 (2023-11-07): ...".
      if (i >= 2 && t_[i - 1] == ' ' && ListItemAuthorAt(i, nl) && chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A land register's boundaries (四至: 集体林/苏传宝/段庆丰/集体林): a part between
      // '/' that is a whole name with a common surname is a neighbouring household's head.
      if (seg_.field_class && seg_.field_class->neighbours && (i == 0 || t_[i - 1] == '/') &&
          (i + nl >= n_ || At(i + nl) == '/') && chinese::CommonFullName(t_, i, nl) &&
          !LandmarkWord(i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // An author in brackets at the end of a list item or a title, as digests and minutes
      // credit one ("...SASL 认证失败 (李一鸣)").
      // (A signature's "Tao XU (徐涛)": the name in Latin letters before it is the same.)
      if (i >= 2 && t_[i - 1] == '(' && t_[i - 2] == ' ' && At(i + nl) == ')' &&
          (i + nl + 1 >= n_ || t_[i + nl + 1] == '\n' || t_[i + nl + 1] == '\r') &&
          chinese::CommonFullName(t_, i, nl)) {
        if (const size_t ls = LatinNameEndingAt(i - 2); ls != std::string_view::npos)
          Add(ls, i - 2, kPersonName, L::kLikely, "latin_person_name");
        return AddProseName(i, i + nl, L::kPossible);
      }
      // A found document's holder in brackets: 身份证（方刚）, 驾驶证（王芳）.
      if (i >= 4 && t_[i - 1] == '(' && At(i + nl) == ')' && chinese::CommonSurnameAt(t_, i) &&
          chinese::EndsWithHolderDocument(t_, i - 1) && !chinese::CommonWordNotName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // "坐席：请问机主的姓名。" then "客户：任健帆": a name given as the answer.
      if (NameAnswerAt(i, nl) && chinese::CommonSurnameAt(t_, i) &&
          !chinese::CommonWordNotName(t_, i, nl) && !chinese::NotANameValue(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A chat export's header line: the sender's display name, then the time, as WeChat
      // writes one ("5栋504-武欣 2024-03-18 10:42:00", "锦绣花园物业-管家邱嘉宁 2024-...").
      const char after_name = At(i + nl);
      if ((after_name == ' ' || after_name == '\n' || after_name == '\r' || i + nl >= n_ ||
           (i > 0 && t_[i - 1] == ' ')) &&
          ChatHeaderNameAt(i, nl) && chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A chat export's speaker ("07:57 赵飞帆：...", "09:19 11栋3单元2304 周晓坤：...",
      // "08:16:15 田梦瑶妈妈：...", "11:02:18 班主任韦嘉怡：...") and a mention in a chat
      // ("@张佳佳 你家门口").
      const size_t speaker = ChatSpeakerAt(i, nl);
      if (speaker || (i > 0 && t_[i - 1] == '@' && chinese::BoundedNameOk(t_, i, nl))) {
        const size_t len = speaker ? speaker : nl;
        if (chinese::CommonSurnameAt(t_, i) && !chinese::CommonWordNotName(t_, i, len) &&
            !chinese::SurnameAndTitle(t_, i, len))  // 程经理(私行客户经理)：
          return AddProseName(i, i + len, L::kPossible);
      }
      // A value under a name key or element: name: 李娜, <CustName>王小明</CustName>.
      // Or a SQL tuple's value under a name column: VALUES (1, '李娜', ...).
      // A list under such a key: attendees=[卢春燕,许鹏], 抄送: [...].
      // (After an ASCII key only: "一拳超人：[红包]" is a chat line's sticker.)
      const bool list = i > 2 && t_[i - 1] == '[' && (t_[i - 2] == '=' || t_[i - 2] == ':') &&
                        (IsAlnum(t_[i - 3]) || t_[i - 3] == '"' || t_[i - 3] == '_');
      if (i > 0 && (t_[i - 1] == '>' || t_[i - 1] == ':' || t_[i - 1] == ' ' ||
                    t_[i - 1] == '"' || t_[i - 1] == '=' || t_[i - 1] == '\'' || list)) {
        std::string_view key;
        const FieldClass* fc = FieldAt(list ? i - 1 : i, &key);
        // A key that holds a person only sometimes (worker=王军勇, operator=刘思): a whole
        // name with a common surname, ending cleanly.
        if (fc && fc->person_if_full_name && !fc->HintsType(kPersonName) &&
            chinese::CommonSurnameAt(t_, i) && chinese::CleanNameEnd(t_, i + nl) &&
            chinese::GivenNameClean(t_, i, nl) && !chinese::NotANameValue(t_, i, nl) &&
            !chinese::CommonWordNotName(t_, i, nl) && !chinese::WithheldName(t_, i, nl)) {
          Add(i, i + nl, kPersonName, L::kLikely, "cn_person_name");
          return NameListAfter(i + nl, L::kLikely);
        }
        if (fc && fc->HintsType(kPersonName)) {
          // Under a name key the value is the name: a given name the running-text match cut
          // short at a character that often starts a word (赵洋刚) is taken whole when the
          // value ends there.
          size_t len = nl;
          if (!chinese::CleanNameEnd(t_, i + len)) {
            bool k2 = false;
            const size_t whole = chinese::MatchChineseName(t_, i, false, &k2);
            if (whole > len && whole <= len + 3 && chinese::CleanNameEnd(t_, i + whole)) len = whole;
          }
          // (寄件人：张记面馆: a sender may be a shop.)
          if (chinese::CleanNameEnd(t_, i + len) && !chinese::NotANameValue(t_, i, len) &&
              !chinese::CommonWordNotName(t_, i, len) && !chinese::EndsLikeAShop(t_, i + len)) {
            Add(i, i + len, kPersonName, L::kLikely, "cn_person_name");
            const size_t r = RomanizedNameAfter(i + len, L::kLikely);
            return r != i + len ? r : NameListAfter(r, L::kLikely);
          }
        }
      }
      // A roster in running text: three or more full names in a row, set apart by 、 or ，
      // (二组，夏琴，夏小雪，徐凤英；, 请李慧敏、侯博文、曾琴、白强带上...).
      // (The separator first: a comma or 、 after or before the name.)
      if ((after_name == ',' || static_cast<unsigned char>(after_name) == 0xE3 ||
           (i > 0 && t_[i - 1] == ',') || (i >= 3 && static_cast<unsigned char>(t_[i - 3]) == 0xE3)) &&
          NameListItemAt(i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // "高勇：男，..." / "王芳，女，汉族": a name followed by a sex marker (résumés, forms).
      size_t after = i + nl;
      // A résumé's name in bold in a markdown table: "**邵祥祥** | 男 | ...".
      if (i >= 2 && t_[i - 1] == '*' && t_[i - 2] == '*' && StartsAt(after, "** | ")) after += 5;
      else if (At(after) == ':' || At(after) == ',' || At(after) == '|') ++after;
      else if (StartsAt(after, "，")) after += 3;
      else
        // A table of relatives or a roster: "  妹妹  邵军  女  1972年3月25日出生".
        while (At(after) == ' ' && after - (i + nl) < 4) ++after;
      // Or by a biography's facts: "喻陆：中国国籍，...", "盛毅：1956年出生，...".
      if (after > i + nl &&
          (((StartsAt(after, "男") || StartsAt(after, "女")) &&
            (At(after + 3) == ',' || At(after + 3) == ' ' || StartsAt(after + 3, "，") ||
             StartsAt(after + 3, "。") || StartsAt(after + 3, "、") || After(after + 3) ||
             At(after + 3) == '\n' || At(after + 3) == '\t' || At(after + 3) == '|')) ||
           ((DigitAt(after) || static_cast<unsigned char>(t_[after]) >= 0xE4) &&
            t_[after - 1] != '|' && BiographyAfter(i, after))) &&
          chinese::NameBoundaryBefore(t_, i) && !chinese::CommonWordNotName(t_, i, nl)) {
        return AddProseNameAfterDot(i, nl, L::kLikely);  // 阿依古丽·买买提｜男
      }
      // "叶亮平收，137...": the recipient under an address; "身份证（曾涵然，4101...）": a
      // name closed by a comma and followed by that person's ID or mobile number.
      if (chinese::NameBoundaryBefore(t_, i) && !chinese::CommonWordNotName(t_, i, nl) &&
          (RecipientMarkAt(i + nl) || OwnNumberAfter(i + nl) ||
           // A face sheet's recipient set apart by blanks: "...2604室 郑勇艳 收".
           (i > 0 && t_[i - 1] == ' ' && At(i + nl) == ' ' && RecipientMarkAt(i + nl + 1)))) {
        return AddProseNameAfterDot(i, nl, L::kPossible);
      }
      // A text message's addressee after a comma: "订单E377242836，苏秀英您已购3月16日...".
      // A name in brackets after its holder's mobile: "主号：17755852947（郭敏敏），".
      if (i > 0 && (t_[i - 1] == ',' || t_[i - 1] == '(') && AddresseeOrOwnerNameAt(i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A proof of delivery: 由陆卫宸代签收, 家人杨冰签收. A résumé's title: "# 丁雪 - 个人简历",
      // "王立刚 的简历".
      if ((SignedForAround(i, i + nl) ||
           (MayBeResumeTitleAfter(i + nl) && ResumeTitleAfter(i + nl) &&
            chinese::NameBoundaryBefore(t_, i))) &&
          chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // "今借到叶坤洁（身份证号 4101...）", "郭怡博  身份证：4101...": a name, then a label of
      // that person's ID or mobile number and the number itself, valid.
      if (OwnLabelledNumberAfter(i + nl) && chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A driver before the car's plate, as police and insurance records name one:
      // "张建平驾驶湘A·76E7W与罗璐驾驶的湘A9AH56发生刮擦".
      // (驾 is E9 A9 BE: its last byte first, out of line after it.)
      if (At(i + nl + 2) == '\xBE' && DriverBeforePlate(i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A household in a notice's list: its dwelling, a blank and the name ("1单元1502
      // 沈宜怡（1,890.20元）", "1-2-2102 沈寒可 2022-2024").
      if (i > 0 && t_[i - 1] == ' ' && DwellingBeforeName(i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A cell of a table aligned with blanks, under a name column's header in a line above.
      if (AlignedCellAt(i, nl) && !chinese::CommonWordNotName(t_, i, nl) &&
          !chinese::WithheldName(t_, i, nl)) {
        const FieldClass* header = ColumnHeaderAbove(i);
        if (header && header->HintsType(kPersonName)) return AddProseName(i, i + nl, L::kLikely);
      }
      // A record's name right after its holder's resident ID or bank card, set apart by
      // blanks ("120101198208135365 汪文        2    19820813"), ending cleanly.
      if (i > 0 && (t_[i - 1] == ' ' || t_[i - 1] == '\t' || t_[i - 1] == '\x01' ||
                    t_[i - 1] == '|' || t_[i - 1] == ',') &&
          IdBeforeBlanks(i) &&
          chinese::CommonSurnameAt(t_, i) && chinese::CleanNameEnd(t_, i + nl) &&
          !chinese::CommonWordNotName(t_, i, nl) && !chinese::WithheldName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A whole field of a delimited record whose line holds the person's mobile number or
      // ID as another field ("20240611\x0119859720532\x01...\x01苏一鸣\x0101\x01330105...":
      // Hive text files, '|' exports, a SQL tuple's '陈红梅').
      if (i > 0 && MayBeRecordSeparator(t_[i - 1]) && RecordFieldNameAt(i, nl) &&
          chinese::CommonFullName(t_, i, nl) && !chinese::WithheldName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A workflow's approvers with their decisions ("审批流程：朱宁(已同意) → 苏强(审批中)")
      // and a request's title ("彭敏提交的报销申请", as DingTalk and other OA systems name one).
      // A name written in both scripts: "钟建华 / ZHONG Jianhua", "楼美玲 / Meiling Lou" (a
      // pinyin surname among the Latin words), and "Sun Xiuying (孙秀英)", "Tao XU (徐涛)".
      // (The shapes first: most names have neither a slash after them nor brackets around.)
      const bool slash_after = At(i + nl) == '/' || (At(i + nl) == ' ' && At(i + nl + 1) == '/');
      // ... and "Song Jianhua (Chinese name 宋建华)", as English letters write it.
      size_t open = i - 1;  // the '(' of a Latin name's bracket
      if (At(i + nl) == ')' && i >= 16 && t_[i - 1] == ' ' && t_[i - 2] == 'e') {
        for (std::string_view w : {"(Chinese name ", "(Chinese name: "})
          if (i >= w.size() + 2 && t_.compare(i - w.size(), w.size(), w) == 0) open = i - w.size();
      }
      const bool latin_before = open >= 2 && open < i && t_[open] == '(' && At(i + nl) == ')' &&
                                t_[open - 1] == ' ' && IsAlpha(t_[open - 2]);
      if ((slash_after || latin_before) && chinese::CommonFullName(t_, i, nl) &&
          !chinese::CommonWordNotName(t_, i, nl)) {
        size_t ls = 0;
        if (const size_t le = slash_after ? PinyinNameAfterSlash(i + nl, &ls) : 0) {
          AddProseName(i, i + nl, L::kLikely);
          Add(ls, le, kPersonName, L::kLikely, "latin_person_name");
          return le;
        }
        if (latin_before) {
          if (const size_t ls = LatinNameEndingAt(open - 1); ls != std::string_view::npos) {
            Add(ls, open - 1, kPersonName, L::kLikely, "latin_person_name");
            return AddProseName(i, i + nl, L::kLikely);
          }
        }
      }
      // A name and a bracket that says who the person is: 刘建国（工号 GD104523）, 朱婷婷
      // （A1133）, 任诗涵（孩子舅舅）, 玉罕（女，53岁）. The head of a party: 徐亚楠等4人.
      // (等 is E7 AD 89: its last byte first, as most names are followed by other words.)
      if ((after_name == '(' ? PersonDetailInBracketsAt(i + nl)
                             : At(i + nl + 2) == '\x89' && PartyCountAfter(i + nl)) &&
          chinese::CommonFullName(t_, i, nl, /*delimited=*/true) &&
          !chinese::SurnameAndTitle(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A name set apart by blanks in a chat or a note (帮忙查一下 向志强 的医保); a caller
      // naming their company, then themself (我是平安保险的任雪，).
      if (((after_name == ' ' && BlankSetNameAt(i, nl)) ||
           (i > 0 && t_[i - 1] == '\x84' && (after_name == ',' || StartsAt(i + nl, "。")) &&
            SelfIntroducedWithOrgBefore(i))) &&
          chinese::CommonFullName(t_, i, nl) && !chinese::SurnameAndTitle(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A visiting party by its head (采购郑振华一行，, 副总楼磊一行到访) and a person to call
      // (上门前联系苏颖，备用电话...).
      // (The name match may have taken 一 as a given character: 楼磊一.)
      // (A rare surname too where the person's number follows: 联系楼磊，备用电话185...)
      for (size_t len : {nl, nl - 3})
        if (len >= 6 && (PartyAfter(i + len) || (ContactEndsAt(i + len) && ContactBefore(i))) &&
            (chinese::CommonFullName(t_, i, len) ||
             (chinese::GivenNameClean(t_, i, len) && !chinese::WithheldName(t_, i, len) &&
              PersonalNumberAfterName(i + len))) &&
            !chinese::CommonWordNotName(t_, i, len))
          return AddProseName(i, i + len, L::kPossible);
      // (The name match may have taken 提 as a given character: 彭敏提.)
      if (ApprovalStatusAfter(i + nl) && chinese::NameBoundaryBefore(t_, i) &&
          chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kLikely);
      for (size_t len : {nl, nl - 3})
        if (len >= 6 && SubmittedRequestAfter(i + len) && chinese::NameBoundaryBefore(t_, i) &&
            chinese::CommonFullName(t_, i, len))
          return AddProseName(i, i + len, L::kLikely);
      // A fixed-width record without separators: a name between two numeric fields
      // ("...217314483266黎敏思0141010520000", Hive and mainframe extracts).
      if (i > 0 && IsDigit(t_[i - 1]) && NameBetweenDigitFields(i, nl) &&
          chinese::CommonFullName(t_, i, nl)) {
        Add(i, i + nl, kPersonName, L::kPossible, "cn_person_name");
        return i + nl;
      }
      // With a common surname, or at a line's start (a résumé's "鞠在云先生，..."): before
      // 先生/女士 a rare one is more often a word's end (原告林小姐, 18楼的罗先生, 但李先生).
      // Not a place and a surname (福州高先生: Mr Gao of Fuzhou).
      if (nl > 3 && chinese::HonorificAt(t_, i + nl) && chinese::NameBoundaryBefore(t_, i) &&
          (chinese::CommonSurnameAt(t_, i) || i == 0 || t_[i - 1] == '\n') &&
          !NicknameKeyBefore(i) &&
          !chinese::CommonWordNotName(t_, i, nl) &&
          !(nl == 9 && chinese::KnownPlaceNameAt(t_, i, i + 6)))
        return AddProseName(i, i + nl, L::kPossible);
      // A school's message to a parent named by the pupil's surname, then the pupil: "张家长：
      // 张若汐今日物理作业未交".
      if (nl >= 6 && i >= 10 && (t_[i - 1] == ':' || t_[i - 1] == ',') &&
          EndsAt(t_, i - 1, "家长") && t_.compare(i - 10, 3, t_, i, 3) == 0 &&
          chinese::BoundedNameOk(t_, i, nl) && chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kLikely);
      // A staff member after their role and staff number: "坐席 GZ83075 蔡娜雪", "工号 7084
      // 林国勇" (quality-control reports, work orders).
      if (StaffNumberBefore(i) && chinese::CleanNameEnd(t_, i + nl) &&
          chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // A teacher signing a message to parents: "请督促完成。林军老师 06月06日".
      if (nl >= 6 && StartsAt(i + nl, "老师") && SignatureBoundaryBefore(i) &&
          chinese::CleanNameEnd(t_, i + nl + 6) && chinese::CommonFullName(t_, i, nl))
        return AddProseName(i, i + nl, L::kPossible);
      // Notices and text messages: 尊敬的王建国客户, 【营业厅】王建国您好, 【物业】王建国业主.
      bool sure = false;
      if (size_t len = chinese::NoticeNameAt(t_, i, nl, &sure))
        return AddProseName(i, i + len, sure ? L::kLikely : L::kPossible);
    }
  }
  // A one-time code: 验证码为633260, 您的验证码是 905533, 校验码：4821, 动态码 8 5 2 4 — four to
  // eight digits (spaced one by one as a voice call reads them); a parcel locker's 取件码,
  // which opens the door (a pickup station's shelf number, 取件码 12-3-4021, is none).
  // In traditional characters too: 驗證碼, 校驗碼, 動態碼, 取件碼.
  if ((starts & kStartsPassword) &&
      ((cp == U'验' && StartsAt(i, "验证码")) || (cp == U'校' && StartsAt(i, "校验码")) ||
       (cp == U'动' && StartsAt(i, "动态码")) || (cp == U'取' && StartsAt(i, "取件码")) ||
       (cp == U'驗' && StartsAt(i, "驗證碼")) || (cp == U'校' && StartsAt(i, "校驗碼")) ||
       (cp == U'動' && StartsAt(i, "動態碼")) || (cp == U'取' && StartsAt(i, "取件碼")))) {
    if (size_t e = OneTimeCodeAfter(i + 9)) return e;
  }
  // A shared file's access code (网盘链接 ... 提取码: x7k2, 提取码 pmej): four letters or digits.
  if ((starts & kStartsPassword) && cp == U'提' && StartsAt(i, "提取码")) {
    size_t p = i + 9;
    for (std::string_view sep : {":", "是", "为", " "})
      if (StartsAt(p, sep)) p += sep.size();
    if (At(p) == ' ') ++p;
    if (IsAlnum(At(p)) && IsAlnum(At(p + 1)) && IsAlnum(At(p + 2)) && IsAlnum(At(p + 3)) &&
        !AlnumAt(p + 4)) {
      Add(p, p + 4, kCredential, L::kLikely, "credential_value");
      return p + 4;
    }
  }
  // A number-porting authorization code (携号转网授权码为：MZUU4P; a form's 携转授权码 with the
  // code on the next line): a run of capitals and digits, or of letters with a digit in it.
  if ((starts & kStartsPassword) && cp == U'授' &&
      (StartsAt(i, "授权码") || StartsAt(i, "授權碼"))) {
    size_t p = i + 9;
    for (std::string_view sep : {"为", "是", "為", "係", ":", "=", " ", "\n"})
      if (StartsAt(p, sep)) p += sep.size();
    if (p > i + 9) {
      size_t e = p;
      bool digit = false, lower = false;
      while (e < n_ && e - p <= 16 && IsAlnum(t_[e])) {
        digit |= IsDigit(t_[e]);
        lower |= IsAlpha(t_[e]) && !IsUpper(t_[e]);
        ++e;
      }
      if (e - p >= 4 && e - p <= 16 && (digit || !lower) && !AlnumAt(e)) {
        Add(p, e, kCredential, L::kLikely, "credential_value");
        return e;
      }
    }
  }
  // 密码：xxxx / 口令是 xxxx / 已改密为 xxxx (a password changed to)
  const bool changed_to = cp == U'密' && i >= 3 && StartsAt(i - 3, "改") &&
                          (StartsAt(i + 3, "为") || StartsAt(i + 3, "成"));
  if ((starts & kStartsPassword) &&
      ((cp == U'密' && (StartsAt(i, "密码") || StartsAt(i, "密碼"))) ||
       (cp == U'口' && StartsAt(i, "口令")) || changed_to)) {
    size_t label_end = changed_to ? i + 3 : i + 6;
    // A label qualified in brackets before its colon: 原机解锁密码(检测用): 103264.
    if (!changed_to && At(label_end) == '(') {
      size_t close = label_end + 1;
      while (close < n_ && close - label_end <= 24 && t_[close] != ')' && t_[close] != '\n')
        ++close;
      if (At(close) == ')' && At(close + 1) == ':') label_end = close + 1;
    }
    size_t p = label_end;
    // (有: "我常用的密码有 KaoQk224EXc 和 zCWwI34p", the value must still start in ASCII.)
    for (std::string_view sep : {":", "=", "是", "为", "成", "有", " ", "為", "係"})
      if (StartsAt(p, sep)) p += sep.size();
    // A password said aloud, as a call's transcript writes it: digits one by one ("服务密码是
    // 1 2 3 4 5 6") or in Chinese numerals ("密码七一八零六五", "幺二三四五六").
    if (const size_t e = SpokenDigitsEnd(p)) {
      Add(p, e, kCredential, L::kLikely, "credential_value");
      return e;
    }
    // A bilingual form's label goes on in English ("网上账户密码 Online password: ..."): the
    // value comes after that label's own colon, where the key=value path finds it.
    if (p == label_end + 1 && t_[label_end] == ' ' && EnglishLabelGoesOn(p)) return next;
    // With a separator, or written straight after it with a digit in it ("登录密码Aa#725601").
    // (Or a capital after a small letter, as random passwords have: "密码AbpegJXl 别改".)
    bool joined = false;
    if (p == label_end) {
      size_t k = p;
      bool camel = false;
      for (; k < n_ && k < p + 32 && t_[k] > ' ' && static_cast<unsigned char>(t_[k]) < 0x80; ++k) {
        joined |= IsDigit(t_[k]);
        camel |= k > p && IsUpper(t_[k]) && IsLower(t_[k - 1]);
      }
      joined |= camel && k - p >= 6 && At(k) == ' ';
    }
    // A price or a count after the word is no password (带服务密码 200一张: a PIN has four
    // digits at least).
    size_t d = p;
    while (DigitAt(d)) ++d;
    if (d > p && d - p <= 3 && static_cast<unsigned char>(At(d)) >= 0xE0) return next;
    if ((p > label_end || joined) && p < n_ && static_cast<unsigned char>(t_[p]) < 0x80 &&
        t_[p] != ' ') {
      const size_t e = TryCredentialValue(p);
      // A second one after 和, 或 or 、 ("密码有 KaoQk224EXc 和 zCWwI34p").
      for (std::string_view join : {" 和 ", "和", " 或 ", "或", "、"})
        if (StartsAt(e, join) && IsAlnum(At(e + join.size())))
          return TryCredentialValue(e + join.size());
      return e;
    }
    // What the password was set or reset to, a few words on in the same clause:
    // 服务密码已重置为160382, WiFi 密码按客户要求设为 FAgvVfwjNO, 临时密码发你了 173733.
    if (p == label_end && !joined) {
      if (const size_t v = PasswordSetToAfter(label_end)) return TryCredentialValue(v);
    }
  }
  return next;
}

size_t SegmentScan::SimCodeAfter(size_t p) {
  for (std::string_view sep : {":", "是", "为", "為", "係", " "})
    if (StartsAt(p, sep)) p += sep.size();
  while (At(p) == ' ') ++p;
  if (p > 0 && IsAlnum(t_[p - 1])) return 0;
  size_t e = p;
  while (DigitAt(e)) ++e;
  if (e - p < 4 || e - p > 8 || AlnumAt(e) || At(e) == '*') return 0;
  Add(p, e, kCredential, L::kLikely, "credential_value");
  return e;
}

bool SegmentScan::SimCodeLabelBefore(size_t ts) const {
  // "PIN 5579", "PUK: 12345678", "PUK碼係 62395707", "PUK码 87654321"; the label a word of
  // its own.
  size_t b = ts;
  if (b > 0 && t_[b - 1] == ' ') --b;
  if (b > 0 && t_[b - 1] == ':') --b;
  for (std::string_view w : {"是", "係", "为", "為"})
    if (EndsAt(t_, b, w)) b -= w.size();
  if (EndsAt(t_, b, "码") || EndsAt(t_, b, "碼")) b -= 3;
  return b >= 3 && (EndsAt(t_, b, "PIN") || EndsAt(t_, b, "PUK")) &&
         !(b >= 4 && IsAlpha(t_[b - 4]));
}

size_t SegmentScan::DigitsOneByOneEnd(size_t p, int* digits) const {
  size_t e = p;
  while (DigitAt(e) && !DigitAt(e + 1)) {
    ++*digits;
    ++e;
    if (At(e) != ' ' || !DigitAt(e + 1)) break;
    ++e;
  }
  return e;
}

size_t SegmentScan::SpokenDigitsEnd(size_t p) const {
  // Digits one by one: "1 2 3 4 5 6" (four to eight), ended by no further digit or letter.
  if (DigitAt(p) && At(p + 1) == ' ' && DigitAt(p + 2)) {
    int digits = 0;
    const size_t e = DigitsOneByOneEnd(p, &digits);
    return digits >= 4 && digits <= 8 && !AlnumAt(e) ? e : 0;
  }
  // Chinese numerals as a call centre hears them (幺 for 1, 洞 for 0: utf8::SpokenDigit):
  // four to eight.
  size_t e = p;
  int digits = 0;
  for (int len = 0; e < n_ && digits <= 8 && utf8::SpokenDigit(utf8::Decode(t_, e, &len)) >= 0;
       e += static_cast<size_t>(len))
    ++digits;
  if (digits < 4 || digits > 8) return 0;
  // ... ended by punctuation, a particle or the text's end: not a longer word (一二三四五六年级).
  int len = 0;
  if (e < n_ && utf8::IsCjk(utf8::Decode(t_, e, &len)) && !StartsAt(e, "吧") && !StartsAt(e, "呢") &&
      !StartsAt(e, "啊"))
    return 0;
  return e;
}

size_t SegmentScan::PasswordSetToAfter(size_t p) const {
  static constexpr std::string_view kVerbs[] = {"重置为", "设置为", "设为", "改为", "改成",
                                                "更新为", "发你了", "发给你"};
  // Up to eight Chinese characters of the clause: no punctuation, digit or line break.
  int len = 0;
  for (size_t q = p; q < n_ && q - p <= 24 && utf8::IsCjk(utf8::Decode(t_, q, &len)) && len == 3;
       q += 3) {
    for (std::string_view w : kVerbs) {
      if (!StartsAt(q, w)) continue;
      size_t v = q + w.size();
      if (At(v) == ':') ++v;
      while (At(v) == ' ') ++v;
      return v < n_ && IsAlnum(t_[v]) ? v : 0;
    }
  }
  return 0;
}

// A Chinese name at t_[i] numbered as a reservation system lists its passengers (the
// number and '.' right before i, at a line's start or after a blank): reported when the list
// goes on after it (" 2.") or the record locator ends the line (" MCWE15"). Returns the
// name's end, or 0.
size_t SegmentScan::NumberedPassengerName(size_t i) {
  size_t b = i - 1;  // the caller saw a digit before the '.'
  while (b > 0 && IsDigit(t_[b - 1]) && i - b < 4) --b;
  if (b > 0 && t_[b - 1] != ' ' && t_[b - 1] != '\n') return 0;
  bool known = false;
  const size_t nl = chinese::MatchChineseName(t_, i, true, &known);
  if (!nl || At(i + nl) != ' ') return 0;
  const size_t q = i + nl + 1;
  size_t r = q;
  while (DigitAt(r) && r - q < 2) ++r;
  bool list_goes_on = r > q && At(r) == '.';
  if (!list_goes_on) {
    while (r < n_ && (IsUpper(t_[r]) || IsDigit(t_[r])) && r - q < 8) ++r;
    list_goes_on = r - q >= 5 && r - q <= 6 && (r >= n_ || t_[r] == '\n' || t_[r] == '\r');
  }
  if (!list_goes_on) return 0;
  Add(i, i + nl, kPersonName, L::kLikely, "cn_person_name");
  return i + nl;
}

// The name at t_[i] (after 给) of whom a call or a message goes to, when the verb follows it:
// 给姚莉英打电话, 给王芳打个电话, 给李明发短信 / 发微信 / 回电话. Returns its end, or 0.
size_t SegmentScan::CalleeName(size_t i) {
  bool known = false;
  const size_t nl = chinese::MatchChineseName(t_, i, true, &known);
  if (!nl || chinese::CommonWordNotName(t_, i, nl)) return 0;
  const size_t e = i + nl;
  for (std::string_view verb : {"打电话", "打个电话", "发短信", "发消息", "发微信", "回电话",
                                "回个电话", "打電話", "發短信"})
    if (StartsAt(e, verb)) {
      Add(i, e, kPersonName, L::kLikely, "cn_person_name");
      return e;
    }
  // The verb first, as voice assistants are told: 打电话给潘霞紫, 发短信给王芳说, 拨打冯博豪的
  // 手机 (the name ending where a word or punctuation does).
  // After 拨打 the number's owner is named with 的 (拨打时间 is a column's name).
  static constexpr std::string_view kVerbsBefore[] = {"打电话给", "发短信给", "发消息给", "发微信给",
                                                      "打電話給", "拨打", "撥打"};
  for (std::string_view verb : kVerbsBefore)
    if (EndsAt(t_, i, verb)) {
      if (!chinese::BoundedNameOk(t_, i, nl)) return 0;
      if (verb.size() == 6 && !StartsAt(e, "的")) return 0;
      Add(i, e, kPersonName, L::kPossible, "cn_person_name");
      return e;
    }
  return 0;
}

bool SegmentScan::EndsInFieldLabelWord(std::string_view v) {
  static constexpr std::string_view kLabelWords[] = {
      "时间", "日期", "类型", "事由", "原因", "金额", "天数", "时长", "方式", "地点", "说明",
      "备注", "部门", "名称", "状态", "结果", "意见", "附件", "标题", "内容", "类别", "编号",
      "事项", "数量", "明细", "用途", "目的", "期限", "周期", "级别", "城市", "文件", "工具",
      "打卡", "份数", "人数"};
  for (std::string_view w : kLabelWords)
    if (v.ends_with(w)) return true;
  return false;
}

// Whether v holds a character column labels are made of (姓名, 同住人, 领队电话, 拼音, 证件号,
// in either script).
bool SegmentScan::LabelCharacterIn(std::string_view v) {
  for (size_t k = 0; k < v.size();) {
    int len = 0;
    switch (utf8::Decode(v, k, &len)) {
      case U'名': case U'人': case U'话': case U'話': case U'音': case U'号': case U'號':
      case U'证': case U'證':
        return true;
      default:
        break;
    }
    k += static_cast<size_t>(len);
  }
  return false;
}

// Whether t_[p] starts English words that end in a colon on the same line ("Online
// password: ..."): a label, not a value.
bool SegmentScan::EnglishLabelGoesOn(size_t p) const {
  size_t q = p;
  while (q < n_ && q - p < 40 && (IsAlpha(t_[q]) || t_[q] == ' ' || t_[q] == '-')) ++q;
  return q > p && IsAlpha(t_[p]) && At(q) == ':' && IsAlpha(t_[q - 1]);
}

// Where the line holding t_[i] starts, looking back at most `max` bytes: after a '\n' or at
// the text's start; npos when it starts further back.
size_t SegmentScan::LineStart(size_t i, size_t max) const {
  size_t p = i;
  while (p > 0 && t_[p - 1] != '\n' && i - p < max) --p;
  return p == 0 || t_[p - 1] == '\n' ? p : std::string_view::npos;
}

// Whether a role word and a staff number stand right before t_[i], set apart by blanks:
// 坐席, 工号, 客服, 员工, 营业员, 话务员, 经办人, 装维 and a token of two to twelve letters and
// digits with a digit in it ("坐席 GZ83075 ", "工号 7084 ").
bool SegmentScan::StaffNumberBefore(size_t i) const {
  if (i < 10 || t_[i - 1] != ' ') return false;
  size_t e = i - 1;
  size_t b = e;
  bool digit = false;
  while (b > 0 && e - b < 12 && IsAlnum(t_[b - 1])) {
    digit |= IsDigit(t_[b - 1]);
    --b;
  }
  if (!digit || e - b < 2 || b == 0 || t_[b - 1] != ' ') return false;
  size_t r = b - 1;
  if (r > 0 && t_[r - 1] == ' ') --r;
  for (std::string_view w : {"坐席", "工号", "客服", "员工", "营业员", "话务员", "经办人", "装维"})
    if (EndsAt(t_, r, w)) return true;
  return false;
}

// Whether a signature may start at t_[i]: at the start of the text or a line, after a blank,
// or after a sentence's end (。！？ or their ASCII forms).
bool SegmentScan::SignatureBoundaryBefore(size_t i) const {
  if (i == 0) return true;
  const char c = t_[i - 1];
  return c == '\n' || c == ' ' || c == '.' || c == '!' || c == '?' || c == '"' ||
         EndsAt(t_, i, "。") || EndsAt(t_, i, "！") || EndsAt(t_, i, "？");
}

// Whether a modal particle (啊, 呀, 哈, 哦, 嘛, 呢, 哟) at e ends what was said: the line, a
// blank, or punctuation follows it ("你好我是邓超啊", "我是李娜呀，帮我查下").
bool SegmentScan::ParticleEndsUtterance(size_t e) const {
  static constexpr std::string_view kParticles[] = {"啊", "呀", "哈", "哦", "嘛", "呢", "哟"};
  bool particle = false;
  for (std::string_view w : kParticles) particle |= StartsAt(e, w);
  if (!particle) return false;
  const size_t q = e + 3;
  const char c = At(q);
  return q >= n_ || c == '\n' || c == '\r' || c == ' ' || c == ',' || c == '.' || c == '!' ||
         c == '?' || c == '"' || StartsAt(q, "，") || StartsAt(q, "。") || StartsAt(q, "！") ||
         StartsAt(q, "？") || StartsAt(q, "～");
}

// Whether the name t_[i, i + nl) is a list item's first word, dated in brackets after it, as
// ticket systems export comments and changelogs credit their authors ("  - 董天宇
// (2023-11-07): 已回滚", "* 陆娟 (2023-11-04)"), or with a handle ("- 卢泽然 (@luzr)").
bool SegmentScan::ListItemAuthorAt(size_t i, size_t nl) const {
  if (i < 2 || (t_[i - 2] != '-' && t_[i - 2] != '*')) return false;
  size_t b = i - 2;
  while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
  if (b > 0 && t_[b - 1] != '\n') return false;
  const size_t e = i + nl;
  if (At(e) != ' ' || At(e + 1) != '(') return false;
  // A contributor's handle: "- 卢泽然 (@luzr) <lu.zeran@...>".
  if (At(e + 2) == '@') return IsAlnum(At(e + 3));
  return DigitAt(e + 2) && DigitAt(e + 3) && DigitAt(e + 4) && DigitAt(e + 5) &&
         (At(e + 6) == '-' || At(e + 6) == '/' || At(e + 6) == '.');
}

// Whether t_[e] starts "的" and a word for a relative or an acquaintance: who speaks is
// someone of the person just named (我是亓家豪的家属, 我是王芳的妈妈).
bool SegmentScan::RelativeOfNamedAfter(size_t e) const {
  if (!StartsAt(e, "的")) return false;
  for (std::string_view w : {"家属", "家人", "妈妈", "爸爸", "母亲", "父亲", "爱人", "老公", "老婆",
                             "丈夫", "妻子", "儿子", "女儿", "朋友", "同事", "邻居"})
    if (StartsAt(e + 3, w)) return true;
  return false;
}

// A transcript's answer to "what is the name": the line before asks for a name (姓名, 名字,
// 叫什么), and this line is a speaker's turn holding only the name ("[00:00:13.611] 客户：任健帆"
// or "B: 马林。"): the name starts right after the speaker's ':' and ends the line.
bool SegmentScan::NameAnswerAt(size_t i, size_t nl) const {
  size_t b = i;
  if (b > 0 && t_[b - 1] == ' ') --b;  // "B: 马林。"
  if (b == 0 || t_[b - 1] != ':') return false;
  size_t e = i + nl;
  if (StartsAt(e, "。")) e += 3;
  if (e < n_ && t_[e] != '\n' && t_[e] != '\r') return false;
  const std::string_view prev = LineBefore(i, 80);
  return prev.find("姓名") != std::string_view::npos ||
         prev.find("名字") != std::string_view::npos ||
         prev.find("叫什么") != std::string_view::npos;
}

// The line before the one holding t_[i], when t_[i] is at most `max` bytes into its line and
// that line is at most 200 bytes long; "" otherwise.
std::string_view SegmentScan::LineBefore(size_t i, size_t max) const {
  const size_t ls = LineStart(i, max);
  if (ls == std::string_view::npos || ls == 0) return {};
  const size_t ps = LineStart(ls - 1, 200);
  if (ps == std::string_view::npos) return {};
  return t_.substr(ps, ls - 1 - ps);
}

// Whether the line before the one holding t_[i] asks for a date of birth (出生, 生日).
bool SegmentScan::BirthQuestionOnLineBefore(size_t i) const {
  // An answer carries no date label of its own: "入网日期：2024年5月3日" under a line that
  // gave the birth date answers its own label, not the question.
  size_t ls = i;
  while (ls > 0 && t_[ls - 1] != '\n' && i - ls < 64) --ls;
  const std::string_view own = t_.substr(ls, i - ls);
  if (own.find("日期") != std::string_view::npos || own.find("时间") != std::string_view::npos ||
      ascii::ContainsNoCase(own, "date") || ascii::ContainsNoCase(own, "time"))
    return false;
  const std::string_view prev = LineBefore(i, 200);
  return prev.find("出生") != std::string_view::npos || prev.find("生日") != std::string_view::npos;
}

// A name in a vCard N property at t_[i] (see OnCjk). Returns its end when reported, else 0.
size_t SegmentScan::VcardName(size_t i) {
  // The line must be "N:" or "N;<params>:" and i its first or second component.
  const size_t ls = LineStart(i, 64);
  if (ls == std::string_view::npos) return 0;
  if (At(ls) != 'N' || (At(ls + 1) != ':' && At(ls + 1) != ';')) return 0;
  size_t colon = ls + 1;
  while (colon < i && t_[colon] != ':') ++colon;
  if (colon >= i) return 0;
  size_t e = i;
  while (e < n_ && t_[e] != ';' && t_[e] != '\n' && t_[e] != '\r') ++e;
  bool known = false;
  if (i == colon + 2 && t_[colon + 1] == ';') {  // "N:;韩军新;;;"
    const size_t nl = chinese::MatchChineseName(t_, i, true, &known);
    if (nl != e - i || chinese::NotANameValue(t_, i, nl)) return 0;
    AddProseName(i, e, L::kLikely);
    return e;
  }
  if (i != colon + 1 || At(e) != ';') return 0;  // "N:王;芳;;;": family name, then given name
  if (chinese::Surnames::Get().Match(t_, i) != e - i) return 0;
  size_t g = e + 1, ge = g;
  while (ge < n_ && t_[ge] != ';' && t_[ge] != '\n' && t_[ge] != '\r') ++ge;
  if (ge == g || ge - g > 6 || static_cast<unsigned char>(t_[g]) < 0x80) return 0;
  AddProseName(i, ge, L::kLikely);
  return ge;
}

// Whether the value at t_[v] sits under a nickname key ("nick=云朵先生", "anchor_nick=..."):
// a nickname is chosen, not a name.
bool SegmentScan::NicknameKeyBefore(size_t v) const {
  if (v < 5 || (t_[v - 1] != '=' && t_[v - 1] != ':')) return false;
  size_t k = v - 1;
  while (k > 0 && v - k < 24 && (IsAlnum(t_[k - 1]) || t_[k - 1] == '_')) --k;
  std::string key(t_.substr(k, v - 1 - k));
  for (char& c : key) c = Lower(c);
  return key.find("nick") != std::string::npos;
}

// The code after 验证码 (at p): past a separator (':', '=', 是, 为, blanks), four to eight
// digits, maybe one by one with blanks between ("8 5 2 4"), not part of a longer run.
// Reports it and returns its end, else 0.
size_t SegmentScan::OneTimeCodeAfter(size_t p) {
  // 為 and 係 ("is" in traditional writing and Cantonese: 驗證碼為633260); a chat's "sent
  // you" (验证码发你了 314980).
  for (std::string_view sep : {":", "=", "是", "为", "為", "係", "发你了", "发给你"})
    if (StartsAt(p, sep)) p += sep.size();
  while (At(p) == ' ') ++p;
  if (p > 0 && IsAlnum(t_[p - 1])) return 0;
  size_t e = p;
  int digits = 0;
  if (DigitAt(p) && At(p + 1) == ' ' && DigitAt(p + 2)) {  // one by one: "8 5 2 4"
    e = DigitsOneByOneEnd(p, &digits);
  } else {
    while (DigitAt(e)) ++e, ++digits;
    // An e-invoice's 20-digit check code written in groups ("校验码 97455 74415 37494 32...")
    // is no one-time code.
    if (At(e) == ' ' && DigitAt(e + 1) && DigitAt(e + 2) && DigitAt(e + 3) && DigitAt(e + 4))
      return 0;
  }
  if (digits < 4 || digits > 8 || AlnumAt(e)) return 0;
  // POSSIBLE: a code lives for minutes, and not every reader counts it as a secret worth
  // reporting; its own detector name lets a report tell it from passwords.
  Add(p, e, kCredential, L::kPossible, "one_time_code");
  return e;
}

// An address in English after a label that names one, on the rest of its line ("Delivery
// address: Flat B, 24/F, Block 9, City One Shatin, ...", "Address 地址: Room 405, Fung Wo
// House, ..."): up to a tab, '|', two blanks, a quote or a Chinese character, when
// EnglishAddressValue takes it. v is just after the separator. Returns the address's end, or
// 0. The value starts one blank at most after the label, with a capital and a small letter
// ("Flat", "Rm", "Avenida"): what AssignMayMatter lets through, so that the fast path and the
// plain one find the same.
size_t SegmentScan::EnglishAddressAfterLabel(size_t v) {
  size_t vs = v;
  if (At(vs) == ' ') ++vs;
  if (!IsUpper(At(vs)) || !IsAlpha(At(vs + 1)) || IsUpper(At(vs + 1))) return 0;
  std::string_view key;
  const FieldClass* fc = FieldAt(vs, &key);
  if (!fc || !fc->HintsType(kStreetAddress)) return 0;
  size_t e = vs;
  while (e < n_ && e - vs < 200) {
    const char c = t_[e];
    // Latin letters with accents and "n.º" (two-byte UTF-8) belong to it; a Chinese
    // character or full-width punctuation (three bytes and more) ends it.
    if (c == '\n' || c == '\r' || c == '\t' || c == '|' || c == '"' || c == '\'' ||
        static_cast<unsigned char>(c) >= 0xE0 || (c == ' ' && At(e + 1) == ' '))
      break;
    ++e;
  }
  while (e > vs && (t_[e - 1] == ' ' || t_[e - 1] == ',' || t_[e - 1] == ';')) --e;
  if (e - vs < 12 || !EnglishAddressValue(t_.substr(vs, e - vs))) return 0;
  Add(vs, e, kStreetAddress, L::kLikely, "street_address");
  return e;
}

// Whether v, a whole value under an address field, reads as an address in English: a digit,
// a blank, a word of streets or dwellings (street, road, avenue, lane, flat, room, floor,
// "/F", block, tower, building, estate; whole words, any case), and no '@' or "://".
bool SegmentScan::EnglishAddressValue(std::string_view v) {
  if (v.find('@') != std::string_view::npos || v.find("://") != std::string_view::npos ||
      v.find(' ') == std::string_view::npos ||
      std::none_of(v.begin(), v.end(), [](char c) { return IsDigit(c); }))
    return false;
  static constexpr std::string_view kWords[] = {
      "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "flat", "room",
      "floor", "block", "tower", "building", "bldg", "estate", "court", "house", "village",
      "rm", "blk", "unit", "apt", "apartment", "suite", "mansion", "terrace", "gardens",
      // Macau writes its addresses in Portuguese: Avenida, Rua, Travessa, Edifício, andar.
      "avenida", "rua", "travessa", "estrada", "largo", "edf", "edif", "andar", "bloco"};
  for (size_t k = 0; k < v.size();) {
    while (k < v.size() && !IsAlpha(v[k])) ++k;
    const size_t w = k;
    while (k < v.size() && IsAlpha(v[k])) ++k;
    if (k == w) break;
    // "37/F": a floor.
    if (k - w == 1 && (v[w] | 0x20) == 'f' && w > 0 && v[w - 1] == '/') return true;
    std::string word;
    for (size_t q = w; q < k; ++q) word.push_back(Lower(v[q]));
    for (std::string_view street : kWords)
      if (word == street) return true;
  }
  return false;
}

// A birthday without its year as the whole value of a birth field ("08-06", "3月15日",
// WeChat's "birthday":"02-15"): still part of the date of birth. Returns n_ when it is one,
// else 0. A full date ("1990-03-07") fails on its first separator.
size_t SegmentScan::BirthdayWithoutYear() {
  if (!IsMonthAndDay(0, n_)) return 0;
  Add(0, n_, kDateOfBirth, L::kPossible, "date_of_birth");
  return n_;
}

// Whether t_[s, e) is a month and a day: "08-06", "8/6", "12.31", "3月15日".
bool SegmentScan::IsMonthAndDay(size_t s, size_t e) const {
  const std::string_view v = t_.substr(s, e - s);
  int month = 0, day = 0;
  size_t k = 0;
  auto number = [&](int* out) {
    const size_t b = k;
    while (k < v.size() && k - b < 2 && IsDigit(v[k])) *out = *out * 10 + (v[k++] - '0');
    return k > b;
  };
  bool ok = number(&month);
  if (ok && k < v.size() && (v[k] == '-' || v[k] == '/' || v[k] == '.')) ++k;
  else if (ok && v.substr(k, 3) == "月") k += 3;
  else ok = false;
  ok = ok && number(&day);
  if (ok && v.substr(k) == "日") k += 3;
  return ok && k == v.size() && month >= 1 && month <= 12 && day >= 1 &&
         validate::IsValidDate(2000, month, day);
}

// The same in a JSON string in text under a birth key ({"birthday":"07-02"}, a log line's
// payload): the month at ts, the string's closing quote after the day. Returns its end or 0.
size_t SegmentScan::QuotedBirthdayWithoutYear(size_t ts) {
  if (ts == 0 || t_[ts - 1] != '"') return 0;
  size_t e = ts;
  while (e < n_ && e - ts < 6 && (IsDigit(t_[e]) || t_[e] == '-' || t_[e] == '/' || t_[e] == '.')) ++e;
  if (At(e) != '"' || !IsMonthAndDay(ts, e)) return 0;
  std::string_view key;
  const FieldClass* fc = FieldAt(ts, &key);
  if (!fc || !fc->HintsType(kDateOfBirth)) return 0;
  Add(ts, e, kDateOfBirth, L::kPossible, "date_of_birth");
  return e;
}

// ---------------------------------------------------------------------------------------
// Whole values: a CSV cell or JSON string under a telling field name.

// A value under a key that holds a person only sometimes ("operator":"刘思" or
// "operator":"中国移动"): a name when it is exactly a Chinese name with a common surname.
size_t SegmentScan::OperatorName() {
  size_t s = 0, e = n_;
  while (s < e && t_[s] == ' ') ++s;
  while (e > s && (t_[e - 1] == ' ' || t_[e - 1] == '\r')) --e;
  if (e - s < 6 || e - s > 12 || static_cast<unsigned char>(t_[s]) < 0x80 ||
      !chinese::CommonSurnameAt(t_, s))
    return 0;
  bool known = false;
  const size_t len = chinese::MatchChineseName(t_, s, true, &known);
  if (len != e - s || !chinese::GivenNameClean(t_, s, len) ||
      chinese::WithheldName(t_, s, len) || chinese::NotANameValue(t_, s, len) ||
      chinese::CommonWordNotName(t_, s, len) || chinese::EndsLikeAShop(t_, e))
    return 0;
  Add(s, e, kPersonName, L::kLikely, "cn_person_name");
  return n_;
}

size_t SegmentScan::OnWholeValue() {
  const FieldClass& fc = *seg_.field_class;
  if (fc.person_if_full_name && !(fc.type_mask & kWholeValueTypes)) return OperatorName();
  if (!(fc.type_mask & kWholeValueTypes)) {  // only these take a whole value
    // ... and a birth field's month and day without a year (3 to 12 bytes: "8-6" to
    // "12月31日"; a full date starts with its year's digits).
    if ((fc.type_mask & (1u << kDateOfBirth)) && n_ - 3 <= 9 && IsDigit(t_[0]) &&
        !(IsDigit(t_[1]) && IsDigit(t_[2])))
      return BirthdayWithoutYear();
    return 0;
  }
  size_t s = 0, e = n_;
  while (s < e && (t_[s] == ' ' || t_[s] == '\t')) ++s;
  while (e > s && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\r')) --e;
  if (e <= s) return 0;
  std::string_view v = t_.substr(s, e - s);
  bool has_non_ascii = false;
  for (char c : v) has_non_ascii |= static_cast<unsigned char>(c) >= 0x80;
  // Placeholders in name / address columns are not PI.
  if (IsColumnPlaceholder(v)) return 0;
  if (fc.HintsType(kPersonName)) {
    // A label in a name column (姓名, 拼音, 领队电话, 同住人): a header row repeated where a
    // sheet starts another section, not a name. Only values with a label's word are looked
    // up: every name is a new key, and classifying each would cost a table's scan dearly.
    if (has_non_ascii && v.size() <= 18 && !chinese::CommonSurnameAt(t_, s) &&
        LabelCharacterIn(v) && ClassifyKey(v)->type_mask != 0)
      return 0;
    // A form's field label under a "name" key ({"name": "请假类型", "value": "年假"}, as
    // DingTalk and other workflow exports give a form's fields): four characters or more
    // ending in a word that labels a field, which no given name ends in.
    if (has_non_ascii && v.size() >= 12 && v.size() <= 30 && EndsInFieldLabelWord(v)) return 0;
    if (has_non_ascii) {
      // 余先生, 王女士: a surname and a form of address only, as a name column holds when
      // the name was not asked for. Not a name, as in running text.
      if (const size_t sl = chinese::Surnames::Get().Match(t_, s);
          sl && e - s == sl + 6 && chinese::HonorificAt(t_, s + sl))
        return 0;
      // HL7 and DICOM write a name's family and given name apart: 顾^晓怡 (a surname of one
      // or two characters, a given name of one or two).
      if (const size_t caret = v.find('^'); caret != std::string_view::npos) {
        const size_t given = v.size() - caret - 1;
        bool cjk = given == 3 || given == 6;
        for (size_t k = caret + 1; cjk && k < v.size(); k += 3) {
          int l = 0;
          cjk = utf8::IsCjk(utf8::Decode(t_, s + k, &l)) && l == 3;
        }
        if (cjk && chinese::Surnames::Get().Match(t_, s) == caret) {
          Add(s, e, kPersonName, L::kLikely, "cn_person_name");
          return n_;
        }
      }
      // 阿依古丽·买买提, 艾力·吐尔逊: a name transliterated with a middle dot (looked for
      // first, since every name value passes here).
      if (chinese::HasMiddleDot(v) && chinese::TransliteratedNameLength(t_, s) == e - s) {
        Add(s, e, kPersonName, L::kLikely, "cn_person_name");
        return n_;
      }
      bool known = false;
      size_t len = chinese::MatchChineseName(t_, s, false, &known);
      // 汤某, 张某甲: withheld; 初见女装, 老王面馆: a shop; 张师傅, 房东: how one is addressed.
      if (len == e - s && (chinese::WithheldName(t_, s, len) || chinese::EndsLikeAShop(t_, e) ||
                           chinese::NotANameValue(t_, s, len)))
        return 0;
      if (len == e - s) {
        Add(s, e, kPersonName, known ? L::kVeryLikely : L::kLikely, "cn_person_name");
        return n_;
      }
      // A name, then more after punctuation or a blank: "朱勇然（警号425784）", "王芳 13800138000".
      // The rest is scanned as usual.
      // A staff or login code in brackets as the rest ("笪建国(ZJ9162)", "冼梓萱（HZ7334）")
      // marks a person whatever the surname.
      len = chinese::MatchChineseName(t_, s, true, &known);
      if (len && len < e - s && static_cast<unsigned char>(t_[s + len]) < 0x80 &&
          chinese::CommonSurnameAt(t_, s) && !chinese::WithheldName(t_, s, len) &&
          !chinese::NotANameValue(t_, s, len)) {
        Add(s, s + len, kPersonName, L::kLikely, "cn_person_name");
        return s + len;
      }
      if (!len) len = chinese::MatchChineseName(t_, s, false, &known);
      if (len >= 6 && len <= 9 && BracketedCodeIsRest(s + len, e) &&
          !chinese::WithheldName(t_, s, len) && !chinese::NotANameValue(t_, s, len)) {
        Add(s, s + len, kPersonName, L::kLikely, "cn_person_name");
        return s + len;
      }
    } else {
      // Latin names: two to four capitalized words ("Zhang Wei", "Mary Ann Smith"), or a
      // surname and given names as airlines and passports write them ("GUO/TIANYU",
      // "WANG, FANG").
      int words = 0;
      bool ok = true;
      size_t k = 0;
      while (k < v.size() && ok) {
        if (!IsUpper(v[k])) ok = false;
        size_t w = k + 1;
        while (w < v.size() && (IsAlpha(v[w]) || v[w] == '\'' || v[w] == '-')) ++w;
        if (w - k < 2) ok = false;
        ++words;
        k = w;
        if (k < v.size()) {
          if (v[k] == '/' || v[k] == ',' || v[k] == '^') {  // WANG^FANG: HL7 and DICOM
            if (words != 1) ok = false;  // only after the surname
            ++k;
            if (k < v.size() && v[k] == ' ' && v[k - 1] == ',') ++k;
          } else if (v[k] == ' ') {
            ++k;
          } else {
            ok = false;
          }
        }
      }
      if (ok && words >= 2 && words <= 4 && !EnglishTermNotName(v)) {
        Add(s, e, kPersonName, L::kLikely, "latin_person_name");
        return n_;
      }
    }
  }
  // An address in English under an address column ("Flat 34G, 37/F, The Waterfront, 73 Hip
  // Wo Street, Kwun Tong", "Room 2305, Building 1, No. 156 Tiyu West Road, Tianhe District"):
  // a number and a word of streets or dwellings, and no e-mail or URL.
  if (fc.HintsType(kStreetAddress) && !has_non_ascii && v.size() >= 12 &&
      EnglishAddressValue(v)) {
    Add(s, e, kStreetAddress, L::kLikely, "street_address");
    return n_;
  }
  if (fc.HintsType(kStreetAddress) && has_non_ascii && v.size() >= 9) {
    // The column says "address"; the value must still look like one (a place, road, number
    // or building), so "不详不详" or a remark is not reported.
    chinese::AddressMatch m = chinese::ParseAddress(t_, s, true);
    // "湖南省" or "长沙市" alone (an address object's province or city member) is a region.
    // So is a region whose rest is masked ("陕西省西安市雁塔区****", as waybills print it).
    size_t rest = m.end;
    while (rest < e && (t_[rest] == '*' || t_[rest] == ' ')) ++rest;
    bool region = m.end > s && rest == e && m.admin > 0 && !m.road && !m.number &&
                  !m.building && chinese::OnlyDivisionNames(t_, s, m.end);
    // A building or road alone is a landmark ("万达广场正门", "火车站西广场"), not where someone
    // lives: a place name or a number must be there too.
    if ((m.admin > 0 || m.number) && !region && !FacilityAddress(s, e)) {
      Add(s, e, kStreetAddress, m.admin > 0 ? L::kVeryLikely : L::kLikely, "street_address");
      return n_;
    }
    if (m.end == s && EstateDwellingValue(s, e)) {
      Add(s, e, kStreetAddress, L::kLikely, "street_address");
      return n_;
    }
  }
  if (fc.HintsType(kCredential)) {
    TryCredentialValue(s);
    return 0;
  }
  return 0;
}

// An estate's name and a dwelling in it as all of [s, e) (an address object's detail, an
// address column without the city): "融创玉兰公馆28号楼6单元1607室", "御景湾22号楼2单元1901室",
// "东湖大郡28-3-1205". Two to twelve Chinese characters, an estate's name that the address
// parse does not know, then what it reads as buildings, units and rooms, to the end.
bool SegmentScan::EstateDwellingValue(size_t s, size_t e) const {
  size_t p = s;
  int chars = 0;
  while (p < e && static_cast<unsigned char>(t_[p]) >= 0xE0) {
    int len = 0;
    if (!utf8::IsCjk(utf8::Decode(t_, p, &len)) || ++chars > 12) return false;
    p += static_cast<size_t>(len);
  }
  if (chars < 2 || p >= e || !IsDigit(t_[p])) return false;
  const chinese::AddressMatch m = chinese::ParseAddress(t_.substr(0, e), p, true);
  return m.end == e && m.building && !m.road && m.admin == 0;
}

// Whether t_[lt] is the '<' of an address in angle brackets: a SIP or tel URI, or something
// with an '@' (an e-mail address) before the '>'.
bool SegmentScan::AddressInBrackets(size_t lt) const {
  if (At(lt) != '<') return false;
  if (StartsAt(lt + 1, "sip:") || StartsAt(lt + 1, "sips:") || StartsAt(lt + 1, "tel:")) return true;
  for (size_t k = lt + 1; k < n_ && k < lt + 128 && t_[k] != '>' && t_[k] != '\n'; ++k)
    if (t_[k] == '@') return true;
  return false;
}

size_t SegmentScan::RomanizedNameAfter(size_t e, Likelihood lk) {
  const size_t open = At(e) == ' ' ? e + 1 : e;
  if (At(open) == ',' && static_cast<unsigned char>(At(open + 1)) >= 0xE0)
    return LatinNameAfterLabelAfter(open + 1, lk, e);
  if (At(open) != '(' || !IsUpper(At(open + 1))) return e;
  const size_t close = t_.substr(0, std::min(n_, open + 48)).find(')', open + 1);
  if (close == std::string_view::npos || !LatinPersonWords(open + 1, close)) return e;
  Add(open + 1, close, kPersonName, lk, "latin_person_name");
  return close + 1;
}

size_t SegmentScan::LatinNameAfterLabelAfter(size_t p, Likelihood lk, size_t e) {
  size_t v = 0;
  for (std::string_view w : {"英文名字", "英文姓名", "英文名", "拼音名", "外文名"})  // longest first
    if (StartsAt(p, w)) {
      v = p + w.size();
      break;
    }
  if (!v) return e;
  for (std::string_view sep : {":", "是", "为", " "})
    if (StartsAt(v, sep)) v += sep.size();
  while (At(v) == ' ') ++v;
  if (!IsUpper(At(v))) return e;
  // The words up to the clause's end: a comma, a full stop, a bracket or the line's end.
  size_t end = v;
  while (end < n_ && end - v < 48 && (IsAlpha(t_[end]) || t_[end] == ' ' || t_[end] == '-' ||
                                      t_[end] == '\''))
    ++end;
  while (end > v && t_[end - 1] == ' ') --end;
  const char c = At(end);
  if (!(end >= n_ || c == ',' || c == '\n' || c == '\r' || c == '(' || c == ')' ||
        StartsAt(end, "。") || StartsAt(end, "，") || StartsAt(end, "（")))
    return e;
  if (end - v < 4 || std::count(t_.begin() + static_cast<ptrdiff_t>(v),
                                t_.begin() + static_cast<ptrdiff_t>(end), ' ') < 1 ||
      !LatinPersonWords(v, end))
    return e;
  Add(v, end, kPersonName, lk, "latin_person_name");
  return end;
}

bool SegmentScan::MailHeaderLineBefore(size_t s) const {
  size_t b = s;
  while (b > 0 && t_[b - 1] != '\n' && s - b < 64) --b;
  if (b > 0 && t_[b - 1] != '\n') return false;
  for (std::string_view h : {"From:", "To:", "Cc:", "CC:", "Bcc:", "Reply-To:", "Sender:"})
    if (StartsAt(b, h)) return true;
  return false;
}

bool SegmentScan::LatinPersonWords(size_t s, size_t e) const {
  // Words of organisations, roles and mailboxes, lower case: "Customer Service", "HR Team",
  // "China Mobile", "Mail Delivery System".
  static constexpr std::string_view kNotPerson[] = {
      "service", "services", "support", "team", "customer", "customers", "travel", "bank",
      "mobile", "telecom", "unicom", "notification", "notifications", "noreply", "reply",
      "admin", "system", "info", "office", "department", "dept", "center", "centre", "group",
      "ltd", "inc", "limited", "company", "news", "newsletter", "account", "accounts",
      "billing", "sales", "marketing", "mail", "delivery", "daemon", "mailer", "postmaster",
      "security", "alert", "alerts", "online", "shop", "store", "club", "member", "members",
      "airlines", "airline", "airways", "hotel", "hotels", "booking", "bookings", "express",
      "china", "app", "cloud", "platform", "official", "portal", "helpdesk", "desk",
      "operations", "finance", "legal", "compliance", "bureau", "university", "school",
      "hospital", "insurance", "payment", "pay", "wallet", "card", "cards", "credit", "the",
      "and", "of", "for", "via", "on", "behalf", "manager", "director", "assistant"};
  int words = 0;
  size_t k = s;
  while (k < e) {
    if (!IsUpper(t_[k])) return false;
    size_t w = k + 1;
    // A word is capitalized or in capitals ("Shuk", "CHOW"), maybe hyphenated ("Chun-Hung").
    // An apostrophe before a capital too ("O'Connell", "D'Souza").
    while (w < e && (IsAlpha(t_[w]) || ((t_[w] == '-' || t_[w] == '\'') && w + 1 < e &&
                                         IsUpper(t_[w + 1]))))
      ++w;
    if (w - k < 2 || w - k > 16) return false;
    std::string word;
    for (size_t q = k; q < w; ++q) word.push_back(Lower(t_[q]));
    for (std::string_view n : kNotPerson)
      if (word == n) return false;
    ++words;
    k = w;
    if (At(k) == ',') {
      ++k;
      if (k < e && IsUpper(t_[k])) continue;  // "SHI,JIE"
    }
    // SURNAME/GIVEN as passports and airlines write a name: the slash after the surname only.
    if (At(k) == '/' && words == 1 && k + 1 < e && IsUpper(t_[k + 1])) ++k;
    else if (At(k) == ' ') ++k;
    else if (k < e) return false;
  }
  return words >= 2 && words <= 4;
}

// The display name in Latin letters before an e-mail address in angle brackets, whose local
// part `local` starts at t_[l]: "Li Feng" <li.feng@...>, "Yu, Qiang" <qiang_yu@...>,
// Zhiqiang Luo <zhiqiang.luo@...>. Reported when it is two or three capitalized words and
// each of them is in the local part: the address confirms the name ("Support Team"
// <support@...> has no "team"). Chinese display names are found from their characters.
void SegmentScan::DisplayNameBefore(size_t l, std::string_view local) {
  if (l < 6 || t_[l - 1] != '<' || t_[l - 2] != ' ') return;
  size_t e = l - 2;  // the name's end, or its closing quote
  const bool quoted = t_[e - 1] == '"';
  if (quoted) --e;
  size_t s = e;
  while (s > 0 && e - s < 48 && (IsAlpha(t_[s - 1]) || t_[s - 1] == ' ' || t_[s - 1] == ',' ||
                                 t_[s - 1] == '-' || t_[s - 1] == '\''))
    --s;
  // Unquoted, a comma separates addresses ("To: a@example.com, Wang Wei <...>"): the name
  // starts after the last one.
  if (!quoted)
    for (size_t c = e; c > s; --c)
      if (t_[c - 1] == ',') {
        s = c;
        break;
      }
  while (s < e && (t_[s] == ' ' || t_[s] == ',')) ++s;
  if (quoted ? (s == 0 || t_[s - 1] != '"') : (s > 0 && IsAlnum(t_[s - 1]))) return;
  // In a mail header (From:, To:, Cc:, Reply-To:) the display name is its sender's or
  // recipient's name even when the address says nothing of it ("Huafan Han"
  // <77751348@foxmail.com>, "CHOW Shuk Yee" <chowshuk263@...>, From: Feng Junxi
  // <246651253@...>, quoted or not): capitalized words, not an organisation's.
  if (MailHeaderLineBefore(s) && LatinPersonWords(s, e)) {
    Add(s, e, kPersonName, L::kLikely, "latin_person_name");
    return;
  }
  std::string lower_local;
  for (char c : local) lower_local.push_back(Lower(c));
  int words = 0;
  size_t k = s;
  while (k < e) {
    if (!IsUpper(t_[k])) return;
    size_t w = k + 1;
    // O'Connell: the apostrophe and the capital after it belong to the word, and the address
    // spells it without the apostrophe (sarah.oconnell@...).
    while (w < e && ((IsAlpha(t_[w]) && !IsUpper(t_[w])) ||
                     (t_[w] == '\'' && w + 1 < e && IsUpper(t_[w + 1]) && w == k + 1) ||
                     (w >= 2 && t_[w - 1] == '\'' && IsUpper(t_[w]))))
      ++w;
    if (w - k < 2) return;
    std::string word;
    for (size_t q = k; q < w; ++q)
      if (t_[q] != '\'') word.push_back(Lower(t_[q]));
    if (lower_local.find(word) == std::string::npos) return;
    ++words;
    k = w;
    if (At(k) == ',') ++k;
    if (At(k) == ' ') ++k;
    else if (k < e) return;
  }
  if (words < 2 || words > 3) return;
  Add(s, e, kPersonName, L::kLikely, "latin_person_name");
}

// A name found in running text: Add, and remember that the segment has one for RepeatNames.
// The names listed after it with 、 are names too ("参会人：吴玉华、王桂、崔彤、刘波睿（网络部）"):
// each with a common surname, no function word inside, and ended by 、, punctuation or a
// blank. Returns where the scan goes on: after the last name.
size_t SegmentScan::AddProseName(size_t s, size_t e, Likelihood lk) {
  Add(s, e, kPersonName, lk, "cn_person_name");
  prose_names_ = true;
  if (const size_t r = RomanizedNameAfter(e, lk); r != e) return r;
  return NameListAfter(e, lk);
}

// AddProseName for the name t_[i, i + nl), which may be the last part of a transliterated
// name after a middle dot (古丽娜尔·沙吾提): then the whole name, or nothing.
size_t SegmentScan::AddProseNameAfterDot(size_t i, size_t nl, Likelihood lk) {
  if (i >= 2 && t_[i - 1] == '\xB7' && t_[i - 2] == '\xC2') {
    const size_t s = CjkRunStart(i - 2, 8);
    if (s + 6 > i - 2 || chinese::TransliteratedNameLength(t_, s) != i + nl - s) return i + nl;
    return AddProseName(s, i + nl, lk);
  }
  return AddProseName(i, i + nl, lk);
}

size_t SegmentScan::NameListAfter(size_t e, Likelihood lk) {
  // A list of names goes on after 、 or a comma (the full-width ， folded to ','), each item a
  // clean name ended by a delimiter:
  // "名单如下：魏玉珍、黎思雨、顾桂芝", "还没交的：崔金凤，崔淑珍，汪桂香",
  // "attendees=[孙俊,高红梅,袁娟]".
  // (Any surname of the dictionary after the first item, which a label or trigger named:
  // 参会：应燕妮、楼晓明、彭艳.)
  while ((StartsAt(e, "、") || At(e) == ',') && e + 3 < n_ &&
         chinese::Surnames::Get().Match(t_, e + (At(e) == ',' ? 1 : 3)) > 0) {
    bool known = false;
    const size_t p = e + (At(e) == ',' ? 1 : 3);
    const size_t nl = chinese::MatchChineseName(t_, p, true, &known);
    if (!nl || !chinese::GivenNameClean(t_, p, nl, /*delimited=*/true) ||
        chinese::CommonWordNotName(t_, p, nl) || chinese::NotANameValue(t_, p, nl) ||
        chinese::WithheldName(t_, p, nl))
      break;
    const size_t q = p + nl;
    if (!(q >= n_ || StartsAt(q, "、") || At(q) == ',' || At(q) == '(' || At(q) == ' ' ||
          At(q) == '\n' || At(q) == '\r' || At(q) == ':' || StartsAt(q, "。") ||
          StartsAt(q, "；") || At(q) == ';' || At(q) == ']'))
      break;
    Add(p, q, kPersonName, lk, "cn_person_name");
    e = q;
  }
  return e;
}

// Whether the text before t_[i] is a chat export's line head before a speaker's name: a time
// ("07:57 ", "[2024-03-12 07:57:10] "), maybe followed by a room ("11栋3单元2304 ",
// "13-1-1501 "), at the start of a line.
bool SegmentScan::ChatSpeakerBefore(size_t i) const {
  if (i < 6 || t_[i - 1] != ' ') return false;
  size_t p = i - 1;
  // Exports align the fields with one to three blanks.
  while (p > 0 && t_[p - 1] == ' ' && i - 1 - p < 2) --p;
  auto token_start = [&](size_t end) {  // back over non-blank bytes to the line or a blank
    size_t b = end;
    while (b > 0 && t_[b - 1] != ' ' && t_[b - 1] != '\n' && end - b < 40) --b;
    return b;
  };
  auto is_time = [&](size_t b, size_t e) {  // HH:MM or HH:MM:SS, maybe closed by ']'
    if (e > b && t_[e - 1] == ']') --e;
    const size_t len = e - b;
    if (len != 5 && len != 8) return false;
    for (size_t k = b; k < e; ++k)
      if ((k - b) % 3 == 2 ? t_[k] != ':' : !IsDigit(t_[k])) return false;
    return true;
  };
  size_t b = token_start(p);
  if (!is_time(b, p)) {
    // A room before the name: digits with 栋/单元/'-' in it.
    bool digit = false;
    for (size_t k = b; k < p; ++k) digit |= IsDigit(t_[k]);
    if (!digit || b < 2 || t_[b - 1] != ' ') return false;
    p = b - 1;
    // Exports align the room with one to three blanks.
    while (p > 0 && t_[p - 1] == ' ' && b - 1 - p < 2) --p;
    b = token_start(p);
    if (!is_time(b, p)) return false;
  }
  // The time starts the line, or follows a date ("[2024-03-12 07:57:10]").
  if (b == 0 || t_[b - 1] == '\n') return true;
  if (t_[b - 1] != ' ') return false;
  size_t d = token_start(b - 1);
  return (d == 0 || t_[d - 1] == '\n') && b - 1 - d >= 10 && IsDigit(t_[b - 2]);
}

// The length of the chat export's speaker named at t_[i] (MatchChineseName's nl bytes, or
// one character fewer or more, see below), 0 when it is none. The
// speaker follows the line head (ChatSpeakerBefore), maybe with a role written before the
// name (班主任韦嘉怡：, 管家姚梦瑶：), and comes before the colon, maybe with a team in
// brackets (袁刚(SRE)：) or a family word after it: school and neighbourhood groups name a
// parent by the child (田梦瑶妈妈：, 莫欣奶奶：), whose name it is.
size_t SegmentScan::ChatSpeakerAt(size_t i, size_t nl) const {
  static constexpr std::string_view kFamily[] = {"妈妈", "爸爸", "奶奶", "爷爷", "外婆",
                                                 "外公", "姥姥", "姥爷", "家长"};
  static constexpr std::string_view kRoles[] = {"班主任", "管家", "物业", "老师", "客服",
                                                "群主", "志愿者", "楼长", "网格员"};
  // Every name of running text passes here: a speaker follows a blank, or a role word that
  // does, which rules out nearly all of them before the word compares.
  size_t role = 0;
  if (i == 0 || t_[i - 1] != ' ') {
    for (std::string_view w : kRoles)
      if (i > w.size() && t_[i - w.size() - 1] == ' ' && StartsAt(i - w.size(), w)) {
        role = w.size();
        break;
      }
    if (!role) return 0;
  }
  auto colon_after = [&](size_t len) {
    size_t colon = i + len;
    // A team or role in brackets before the colon: 袁刚(SRE)：, 韩海燕（运维）：.
    if (At(colon) == '(') {
      size_t close = colon + 1;
      while (close < n_ && close - colon < 24 && t_[close] != ')' && t_[close] != '\n') ++close;
      if (At(close) == ')') colon = close + 1;
    }
    if (At(colon) == ':') return true;
    for (std::string_view w : kFamily)
      if (StartsAt(colon, w)) return At(colon + w.size()) == ':';
    return false;
  };
  size_t len = nl;
  if (!colon_after(len)) {
    // The match may have run into the family word (莫欣奶) or stopped before a character
    // that often starts a word (崔永 of 崔永刚妈妈).
    if (nl >= 9 && colon_after(nl - 3)) len = nl - 3;
    else if (nl <= 9 && static_cast<unsigned char>(At(i + nl)) >= 0xE0 && colon_after(nl + 3))
      len = nl + 3;
    else
      return 0;
  }
  return ChatSpeakerBefore(i - role) ? len : 0;
}

// Once a document names a person by a trigger ("被告人徐斌然，男，..."), its other mentions of
// that name ("被告人徐斌然犯危险驾驶罪", "徐斌然到案后") name the same person: they are
// reported too, at POSSIBLE. Runs only for segments with a name found after a Chinese
// phrase (AddProseName), so logs whose names sit in key=value fields pay nothing; there it
// costs a look at each CJK character and one hash-bit test. Only names with a common
// surname and no function word among the given characters are repeated (one wrong name
// repeated would be many). A two-character name must stand alone where it is repeated: the
// character after it not CJK or a function word, or a role word before it (提高勇气 holds no
// 高勇, 被执行人胡雨名下 does).
void SegmentScan::RepeatNames() {
  std::vector<std::string_view>& names = scr_.repeat_names;
  names.clear();
  // Married women's names with both surnames (林黄淑贞), rare: looked for only where the
  // key of one of their first two characters is (up to eight of them).
  std::array<uint32_t, 8> four_keys;
  size_t fours = 0;
  for (const Candidate& c : scr_.cands) {
    const size_t len = c.end - c.start;
    if (c.type != kPersonName || static_cast<unsigned char>(t_[c.start]) < 0xE0) continue;
    const bool two_surnames = len == 12 && chinese::CommonSurnameAt(t_, c.start + 3) &&
                              chinese::GivenNameClean(t_, c.start + 3, 9);
    if ((len == 6 || len == 9 || two_surnames) && chinese::CommonSurnameAt(t_, c.start) &&
        (two_surnames || chinese::GivenNameClean(t_, c.start, len)) &&
        !chinese::CommonWordNotName(t_, c.start, len) && !chinese::WithheldName(t_, c.start, len)) {
      names.push_back(t_.substr(c.start, len));
      if (two_surnames && fours < four_keys.size()) four_keys[fours++] = RepeatKey(c.start);
    }
    if (names.size() >= 256) break;
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  // A filter on the first two characters (six bytes) of each name: the scratch's, all clear
  // between calls (its bits are cleared again at the end, not the whole 8 KB).
  std::bitset<65536>& first_two = scr_.repeat_filter;
  auto name_key = [&](std::string_view nm) {
    return RepeatKey(static_cast<size_t>(nm.data() - t_.data()));
  };
  for (std::string_view nm : names) first_two.set(name_key(nm));
  auto four_at = [&](uint32_t k) {
    for (size_t f = 0; f < fours; ++f)
      if (four_keys[f] == k) return true;
    return false;
  };
  // The names' own findings: a mention there is already reported.
  std::vector<uint32_t>& found = scr_.repeat_found;
  found.clear();
  for (const Candidate& c : scr_.cands)
    if (c.type == kPersonName) found.push_back(c.start);
  std::sort(found.begin(), found.end());
  for (size_t p = 0; p + 6 <= n_; ++p) {
    // Eight ASCII bytes at a time: logs are mostly ASCII.
    while (p + 14 <= n_) {
      uint64_t w;
      std::memcpy(&w, t_.data() + p, 8);
      if (w & 0x8080808080808080ull) break;
      p += 8;
    }
    const auto b = static_cast<unsigned char>(t_[p]);
    if (b < 0xE0 || b >= 0xF0) continue;
    const uint32_t k = RepeatKey(p);
    if (!first_two.test(k)) {
      p += 2;  // past the character's two continuation bytes: no name starts there
      continue;
    }
    for (size_t len : {size_t{12}, size_t{9}, size_t{6}}) {
      if (p + len > n_ || (len == 12 && !(fours && four_at(k)))) continue;
      const std::string_view at = t_.substr(p, len);
      if (!std::binary_search(names.begin(), names.end(), at)) continue;
      if (std::binary_search(found.begin(), found.end(), static_cast<uint32_t>(p))) break;
      // A two-character name: ending at a function word or punctuation, or after a role or
      // trigger word (被执行人胡雨名下).
      chinese::TriggerKind kind;
      if (len == 6 && !chinese::BoundedNameOk(t_, p, len) &&
          !(chinese::MayEndNameTrigger(t_, p) && chinese::NameTriggerBefore(t_, p, &kind)))
        break;
      // Not the tail of a longer name: 王芳 in 李王芳 is no mention of 王芳.
      if (p >= 3 && len == 6 && chinese::Surnames::Get().Match(t_, p - 3) > 0 &&
          !chinese::NameBoundaryBefore(t_, p))
        break;
      Add(p, p + len, kPersonName, L::kPossible, "cn_person_name");
      p += len - 1;
      break;
    }
  }
  for (std::string_view nm : names) first_two.reset(name_key(nm));
}

void SegmentScan::RunCustom() {
  // Custom patterns run line by line: a user's regex must not match across a line break of a
  // text file (built-in detectors never do either).
  size_t line_start = 0;
  while (line_start < n_) {
    const void* nl = std::memchr(t_.data() + line_start, '\n', n_ - line_start);
    size_t line_end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - t_.data()) : n_;
    RunCustomOnLine(line_start, line_end);
    line_start = line_end + 1;
  }
}

void SegmentScan::RunCustomOnLine(size_t from, size_t to) {
  for (const auto& c : sc_.custom) {
    re2::StringPiece input(t_.data(), to);
    re2::StringPiece match;
    size_t pos = from;
    while (pos <= to && c.re->Match(input, pos, to, RE2::UNANCHORED, &match, 1)) {
      size_t s = static_cast<size_t>(match.data() - t_.data());
      size_t e = s + match.size();
      pos = e > s ? e : s + 1;
      std::string_view m(match.data(), match.size());
      if (m.empty()) continue;
      if (c.whole_words && ((IsAlnum(m.front()) && s > 0 && IsAlnum(t_[s - 1])) ||
                            (IsAlnum(m.back()) && e < n_ && IsAlnum(t_[e]))))
        continue;
      if (c.validator == "luhn") {
        std::string d;
        for (char ch : m)
          if (IsDigit(ch)) d.push_back(ch);
        if (!validate::Luhn(d)) continue;
      } else if (c.validator == "mod11_2") {
        if (!validate::CheckResidentId18(m).valid) continue;
      }
      Likelihood lk = c.lk;
      if (!c.hotwords.empty()) {
        size_t p = s;
        for (int chars = 0; chars < sc_.hotword_window && p > from; ++chars)
          p = utf8::StartOfCodePoint(t_, p - 1);
        if (p < from) p = from;
        std::string w(t_.substr(p, s - p));
        for (char& ch : w) ch = Lower(ch);
        for (const auto& hw : c.hotwords)
          if (w.find(hw) != std::string::npos) {
            lk = Raise(lk, 1);
            break;
          }
      }
      Add(s, e, c.type, lk, "custom");
    }
  }
}

// A command line's secrets are values of options, which no other detector looks at: a
// password without digits or an '@' has no anchor at all.
// The lines are read in the segment's own bytes; a secret's bounds are then mapped into the
// scanned text, which differs when full-width forms were folded.
void SegmentScan::CommandLineSecretsFrom(size_t v) {
  // A quoted command line ends at its closing quote (other keys may follow it), not at one
  // escaped inside it (CommandLine="\"C:\...\x.exe\" -p ..."); inside a CSV cell its quotes
  // are doubled (CommandLine=""net user ...""), and so is the closing one.
  const bool quoted = At(v) == '"';
  const bool doubled = quoted && At(v + 1) == '"';
  if (doubled && (v + 2 >= n_ || t_[v + 2] == ' ' || t_[v + 2] == '\n')) return;  // ="" is empty
  v += quoted + doubled;
  size_t end = v;
  while (end < n_ && t_[end] != '\n' && t_[end] != '\r' &&
         !(quoted && t_[end] == '"' && t_[end - 1] != '\\' && (!doubled || At(end + 1) == '"')))
    ++end;
  std::vector<SecretSpan> spans;
  CommandLineSecrets(t_.substr(v, end - v), &spans);
  for (const SecretSpan& s : spans)
    Add(v + s.start, v + s.end, kCredential, Likelihood::kLikely, "command_line", /*with_field=*/false);
}

void SegmentScan::AddCommandLineSecrets() {
  const std::string_view text = seg_.text;
  std::vector<SecretSpan> spans;
  for (const uint32_t start : std::span<const uint32_t>(command_lines_, command_line_count_)) {
    if (start >= text.size()) break;
    const size_t nl = text.find('\n', start);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    spans.clear();
    CommandLineSecrets(text.substr(start, end - start), &spans);
    for (const SecretSpan& s : spans) {
      size_t b = start + s.start, e = start + s.end;
      if (normalized_) {  // norm_map: scanned index -> original offset, ascending
        const auto& m = scr_.norm_map;
        b = static_cast<size_t>(std::lower_bound(m.begin(), m.begin() + n_ + 1, b) - m.begin());
        e = static_cast<size_t>(std::lower_bound(m.begin(), m.begin() + n_ + 1, e) - m.begin());
      }
      Add(b, e, kCredential, Likelihood::kLikely, "command_line", /*with_field=*/false);
    }
  }
}

}  // namespace piguard::detail
