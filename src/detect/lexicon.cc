#include "detect/lexicon.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <string>
#include <utility>

#include "detect/traditional.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace piguard::lexicon {
namespace {

using Words = std::vector<std::string_view>;

// Appends the traditional spellings of the Chinese words of a list (手机 -> 手機), kept for
// the life of the process. Called once per list, when it is built.
void AddTraditionalVariants(Words* words) {
  static std::deque<std::string> storage;
  const size_t n = words->size();
  for (size_t i = 0; i < n; ++i) {
    for (std::string& v : traditional::TraditionalVariants((*words)[i])) {
      if (std::find(words->begin(), words->end(), v) != words->end()) continue;
      storage.push_back(std::move(v));
      words->push_back(storage.back());
    }
  }
}

const std::array<Words, kBuiltinTypeCount>& HotwordTable() {
  static const std::array<Words, kBuiltinTypeCount> table = [] {
    std::array<Words, kBuiltinTypeCount> t;
    t[kChinaResidentIdNumber] = {"身份证", "身份号", "证件号", "证件号码", "公民身份", "居民身份",
                                 "sfz", "id card", "idcard", "id no", "id_no", "idno",
                                 "id number", "identity", "resident id", "居住证"};
    t[kChinaPassport] = {"护照", "passport"};
    // The words' traditional spellings (護照, 通行證 ...) are added below; 回鄉卡 and 電郵 have
    // no simplified word here to come from.
    t[kHkMacauTravelPermit] = {"通行证", "港澳", "回乡证", "往来", "permit", "回鄉卡",
                               "home return"};
    t[kPersonName] = {"姓名", "我叫", "名字", "联系人", "收件人", "收货人", "户主", "机主",
                      "持卡人", "客户名", "name"};
    // "出 生": an ID card's label as OCR spaces it.
    t[kDateOfBirth] = {"出生", "生日", "生于", "出生日期", "出 生", "birth", "dob", "born", "birthday"};
    t[kStreetAddress] = {"地址", "住址", "住在", "居住", "寄到", "送到", "address", "addr"};
    t[kPhoneNumber] = {"手机", "电话", "号码", "联系方式", "致电", "来电", "座机", "热线", "phone",
                       "mobile", "msisdn", "tel", "call", "cell", "mdn", "whatsapp", "fax",
                       "聯絡", "聯繫"};
    t[kEmailAddress] = {"邮箱", "邮件", "email", "e-mail", "mail", "電郵"};
    t[kBankCardNumber] = {"银行卡", "卡号", "借记卡", "信用卡", "储蓄卡", "账号", "账户", "扣款",
                          "card", "bank", "account", "pan", "acct"};
    t[kCredential] = {"密码", "口令", "password", "passwd", "pwd", "token", "secret"};
    t[kImsiId] = {"imsi", "用户识别"};
    t[kImeiHardwareId] = {"imei", "imeisv", "mei", "串号", "设备号", "终端", "device", "equipment"};
    t[kMeid] = {"meid", "串号", "设备号"};
    t[kIccidNumber] = {"iccid", "sim", "卡号"};
    t[kMacAddress] = {"mac", "物理地址", "hwaddr", "ether"};
    t[kIpAddress] = {"ip", "地址", "addr", "host", "client", "remote", "src", "dst"};
    t[kLocationCoordinates] = {"经纬度", "坐标", "位置", "定位", "lat", "lng", "lon", "loc", "gps",
                               "coord", "geo"};
    t[kCellId] = {"基站", "小区", "cell", "cgi", "ecgi", "eci", "lac", "tac", "enb"};
    t[kChinaLicensePlate] = {"车牌", "号牌", "plate", "vehicle"};
    for (Words& words : t) AddTraditionalVariants(&words);
    return t;
  }();
  return table;
}

// Splits a field name into lowercase words: "customer.idCard" -> customer, id, card;
// "id_number" -> id, number; "cust_name" -> cust, name. Non-ASCII runs stay whole.
std::vector<std::string> SplitWords(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    bool upper = c >= 'A' && c <= 'Z';
    bool lower = c >= 'a' && c <= 'z';
    bool digit = c >= '0' && c <= '9';
    if (c >= 0x80) {
      cur.push_back(static_cast<char>(c));
      continue;
    }
    if (!(upper || lower || digit)) {
      flush();
      continue;
    }
    if (upper && !cur.empty()) {
      auto prev = static_cast<unsigned char>(name[i - 1]);
      bool prev_lower = prev >= 'a' && prev <= 'z';
      bool next_lower = i + 1 < name.size() && name[i + 1] >= 'a' && name[i + 1] <= 'z';
      bool prev_upper = prev >= 'A' && prev <= 'Z';
      if (prev_lower || (prev_upper && next_lower) || (prev >= '0' && prev <= '9')) flush();
    }
    cur.push_back(static_cast<char>(upper ? c + 32 : c));
  }
  flush();
  return words;
}

bool Has(const std::vector<std::string>& words, std::string_view w) {
  for (const auto& x : words)
    if (x == w) return true;
  return false;
}
bool Contains(std::string_view name, std::string_view needle) {
  return name.find(needle) != std::string_view::npos;
}

// 名字 (真实名字, 客户名字, "家庭成员[0].名字") names a person unless a thing is named:
// 产品名字, 小区名字, 公司名字. (用户名 is an account name, not a person's: not matched.)
bool ChineseNameKey(std::string_view name) {
  // A name's form in another script: 英文名 (HONG Kong and Taiwan records), 中文名, 外文名.
  // A JSON path's own member name ("$.客户.英文名" -> 英文名) is what is compared.
  std::string_view own = name;
  if (!own.empty() && own[0] == '$') {
    const size_t cut = own.find_last_of(".]");
    if (cut != std::string_view::npos) own = own.substr(cut + 1);
  }
  if (own == "英文名" || own == "中文名" || own == "外文名" || own == "英文名字") return true;
  if (!Contains(name, "名字")) return false;
  static constexpr std::string_view kThings[] = {
      "产品", "商品", "套餐", "业务", "公司", "企业", "单位", "机构", "部门", "银行", "店",
      "小区", "城市", "省", "市", "区", "县", "街", "路", "村", "文件", "设备", "网络", "应用",
      "项目", "活动", "品牌", "渠道", "频道", "字段", "表", "网点", "营业厅", "基站", "宠物"};
  for (auto w : kThings)
    if (Contains(name, w)) return false;
  return true;
}

// A Chinese key that names a person by role: a noun ending in 人 (报警人, 参会人, 记录人,
// 被执行人), 员 (审判员, 书记员, 快递员), 师 (主治医师, 律师), 警 (民警), 者 (患者), 户
// (租户, 住户), or a signature (客户签字, 签名). Not the words that end so and name no one
// person (个人, 本人, 法人 is asked elsewhere, 人员, 会员 ...), nor the speaker labels of a chat
// (用户, 客户), whose value is what was said.
bool ChineseRoleKey(std::string_view name) {
  // Trailing blanks, colons and a number (联系人1, 担保人2), and 名称/姓名 after the role
  // (付款人名称, 收款人姓名).
  while (!name.empty() && (name.back() == ' ' || name.back() == ':' ||
                           (name.back() >= '0' && name.back() <= '9')))
    name.remove_suffix(1);
  for (std::string_view w : {"名称", "姓名"})
    if (name.size() > w.size() + 3 && name.substr(name.size() - w.size()) == w)
      name.remove_suffix(w.size());
  if (name.size() < 6) return false;  // one character alone (人, 员) is no role
  auto ends = [&](std::string_view w) {
    return name.size() >= w.size() && name.substr(name.size() - w.size()) == w;
  };
  static constexpr std::string_view kNotOnePerson[] = {
      "个人", "本人", "他人", "法人", "机器人", "成人", "家人", "老人", "男人", "女人", "保险人",
      "人员", "会员", "成员", "动员", "报警", "出警", "接警", "处警", "或者", "再者", "前者",
      "后者", "二者", "三者", "用户", "客户", "商户", "账户", "帐户", "门户", "窗户", "开户"};
  for (auto w : kNotOnePerson)
    if (ends(w)) return ends("被保险人");
  for (std::string_view w : {"人", "员", "师", "警", "者", "户", "签字", "签名", "医生", "业主",
                             "保安", "派单", "司机", "骑手", "师傅", "护士", "经理", "主管",
                             "代表", "经办", "经手",  // a form's 经办 / 经手: its clerk
                             // an approval's signers: 分管领导, 部门主任, 财务总监
                             "领导", "主任", "总监", "助理", "秘书"})
    if (ends(w)) return true;
  return false;
}

}  // namespace

const Words& Hotwords(TypeId type) {
  static const Words kEmpty;
  if (type >= kBuiltinTypeCount) return kEmpty;
  return HotwordTable()[type];
}

const Words& ExclusionWords() {
  static Words words = {"订单", "工单", "流水", "单号", "交易号", "批次", "版本", "序列",
                              "order", "trace", "txn", "transaction", "invoice", "ticket",
                              "version", "serial", "seq", "batch", "build", "ref"};
  static const bool with_traditional = (AddTraditionalVariants(&words), true);
  (void)with_traditional;
  return words;
}

const HotwordIndex& Index() {
  static const HotwordIndex index = [] {
    HotwordIndex ix;
    auto add = [&](std::string_view w, uint32_t mask) {
      auto first = static_cast<unsigned char>(w[0]);
      for (auto& e : ix.by_first[first]) {
        if (e.word == w) {
          e.mask |= mask;
          return;
        }
      }
      ix.by_first[first].push_back({w, mask, first < 0x80});
    };
    for (TypeId t = 0; t < kBuiltinTypeCount; ++t)
      for (auto w : Hotwords(t)) add(w, 1u << t);
    for (auto w : ExclusionWords()) add(w, kExclusionBit);
    return ix;
  }();
  return index;
}

namespace {
char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Whether entry e matches at t[k], with t[k, to) the rest of the window: compares bytes
// [skip, size) case-insensitively (the caller has compared the first `skip`) and checks an
// ASCII word's boundaries.
bool EntryMatches(const HotwordIndex::Entry& e, std::string_view t, size_t k, size_t to,
                  size_t skip) {
  const std::string_view w = e.word;
  if (to - k < w.size()) return false;
  for (size_t j = skip; j < w.size(); ++j)
    if (LowerAscii(t[k + j]) != w[j]) return false;
  if (e.ascii) {
    if (k > 0 && IsAsciiLetter(t[k - 1])) return false;
    size_t r = k + w.size();
    if (w.size() <= 3 && r < to && IsAsciiLetter(t[r])) return false;
  }
  return true;
}

// Index() regrouped by the first two (lowercased) bytes of each word. A window byte pair that
// starts no word, which is nearly every pair (and every pair that starts inside a UTF-8
// character), is rejected with one bit test; a pair that does leads to the few words that
// begin with it. Ranks over the bit set map a pair to its group without a 64K-entry table.
class PairIndex {
 public:
  static const PairIndex& Get() {
    static const PairIndex index;
    return index;
  }
  // False when some word is shorter than two bytes (then HotwordMask walks Index() instead).
  bool usable() const { return usable_; }
  // The words whose first two bytes are a, b (lowercased), as [*begin, *end); false if none.
  // Whether some word starts with byte a (lowercased): a cheaper first filter than Find,
  // which rules out every byte inside a UTF-8 character and most ASCII letters' neighbours.
  bool MayStart(unsigned char a) const { return first_[a]; }
  // True when no word starts with a UTF-8 continuation byte (0x80..0xBF): then the bytes
  // inside a character, two of every three in Chinese text, need no look at all.
  bool NoneStartsInsideCharacter() const {
    return std::none_of(first_ + 0x80, first_ + 0xC0, [](bool b) { return b; });
  }
  bool Find(unsigned char a, unsigned char b, const HotwordIndex::Entry** begin,
            const HotwordIndex::Entry** end) const {
    unsigned pair = (unsigned{a} << 8) | b;
    uint64_t word = bits_[pair >> 6];
    uint64_t bit = uint64_t{1} << (pair & 63);
    if (!(word & bit)) return false;
    size_t group = rank_[pair >> 6] + static_cast<size_t>(__builtin_popcountll(word & (bit - 1)));
    *begin = entries_.data() + group_start_[group];
    *end = entries_.data() + group_start_[group + 1];
    return true;
  }

 private:
  PairIndex() {
    const HotwordIndex& ix = Index();
    std::vector<std::pair<unsigned, HotwordIndex::Entry>> keyed;
    for (const auto& list : ix.by_first) {
      for (const auto& e : list) {
        if (e.word.size() < 2) {
          usable_ = false;
          return;
        }
        keyed.push_back({(unsigned{static_cast<unsigned char>(e.word[0])} << 8) |
                             static_cast<unsigned char>(e.word[1]),
                         e});
      }
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (size_t k = 0; k < keyed.size(); ++k) {
      first_[keyed[k].first >> 8] = true;
      if (k == 0 || keyed[k].first != keyed[k - 1].first) {
        bits_[keyed[k].first >> 6] |= uint64_t{1} << (keyed[k].first & 63);
        group_start_.push_back(static_cast<uint16_t>(k));
      }
      entries_.push_back(keyed[k].second);
    }
    group_start_.push_back(static_cast<uint16_t>(entries_.size()));
    uint16_t total = 0;
    for (size_t w = 0; w < std::size(bits_); ++w) {
      rank_[w] = total;
      total = static_cast<uint16_t>(total + __builtin_popcountll(bits_[w]));
    }
  }

  bool usable_ = true;
  bool first_[256] = {};             // some word starts with this byte
  uint64_t bits_[65536 / 64] = {};   // bit (a << 8 | b): some word starts with a, b
  uint16_t rank_[65536 / 64] = {};   // set bits in bits_[0, w)
  std::vector<uint16_t> group_start_;  // group g is entries_[group_start_[g], group_start_[g + 1])
  std::vector<HotwordIndex::Entry> entries_;
};

constexpr uint32_t Tail4(const char (&s)[5]) {
  // Little-endian load of four bytes, lowercased the way the key's tail is below.
  return (static_cast<uint32_t>(static_cast<unsigned char>(s[0])) |
          static_cast<uint32_t>(static_cast<unsigned char>(s[1])) << 8 |
          static_cast<uint32_t>(static_cast<unsigned char>(s[2])) << 16 |
          static_cast<uint32_t>(static_cast<unsigned char>(s[3])) << 24) |
         0x20202020u;
}
}  // namespace

uint32_t HotwordMaskReference(std::string_view t, size_t from, size_t to) {
  const HotwordIndex& index = Index();
  uint32_t mask = 0;
  for (size_t k = from; k < to; ++k) {
    for (const auto& e : index.by_first[static_cast<unsigned char>(LowerAscii(t[k]))]) {
      if ((mask & e.mask) == e.mask) continue;  // nothing new to learn from this word
      if (EntryMatches(e, t, k, to, 0)) mask |= e.mask;
    }
  }
  return mask;
}

namespace {
// Adds to *mask the words of the pair index that start at t[k] (k + 1 < to) and end by to.
inline void AddWordsAt(const PairIndex& pairs, std::string_view t, size_t k, size_t to,
                       uint32_t* mask) {
  if (!pairs.MayStart(static_cast<unsigned char>(LowerAscii(t[k])))) return;
  const HotwordIndex::Entry* e;
  const HotwordIndex::Entry* end;
  if (!pairs.Find(static_cast<unsigned char>(LowerAscii(t[k])),
                  static_cast<unsigned char>(LowerAscii(t[k + 1])), &e, &end))
    return;
  for (; e != end; ++e)
    if ((*mask & e->mask) != e->mask && EntryMatches(*e, t, k, to, 2)) *mask |= e->mask;
}
}  // namespace

uint32_t HotwordMask(std::string_view t, size_t from, size_t to) {
  const PairIndex& pairs = PairIndex::Get();
  if (!pairs.usable()) return HotwordMaskReference(t, from, to);
  static const bool skip_inside = pairs.NoneStartsInsideCharacter();
  uint32_t mask = 0;
  size_t k = from;
#if defined(__SSE2__)
  // Sixteen positions at a time, passing over the continuation bytes (signed, 0x80..0xBF are
  // the bytes below -64); an all-ASCII block is walked plainly. Every position of a block has
  // k + 1 < to.
  if (skip_inside) {
    const __m128i below = _mm_set1_epi8(static_cast<char>(0xC0));
    for (; k + 16 < to; k += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + k));
      if (!_mm_movemask_epi8(v)) {  // all ASCII: every position may start a word
        for (size_t j = 0; j < 16; ++j) AddWordsAt(pairs, t, k + j, to, &mask);
        continue;
      }
      auto starts = static_cast<unsigned>(~_mm_movemask_epi8(_mm_cmplt_epi8(v, below))) & 0xFFFFu;
      for (; starts; starts &= starts - 1)
        AddWordsAt(pairs, t, k + static_cast<size_t>(__builtin_ctz(starts)), to, &mask);
    }
  }
#endif
  // Every word has two bytes or more, so none starts at to - 1.
  for (; k + 1 < to; ++k) AddWordsAt(pairs, t, k, to, &mask);
  return mask;
}

namespace {
// Whether the text before (two bytes at least) ends in a SIM's subscriber key or operator
// key: ki=, KI:, opc= (IsCredentialKey decides). Out of line: MayEndCredentialKey runs for
// most keys of a log, these end few.
[[gnu::noinline]] bool SimKeyEnds(std::string_view key) {
  const size_t n = key.size();
  const char last = static_cast<char>(key[n - 1] | 0x20);
  if (last == 'i')
    return (key[n - 2] | 0x20) == 'k' &&
           (n == 2 || !(IsAsciiLetter(key[n - 3]) || (key[n - 3] >= '0' && key[n - 3] <= '9')));
  return last == 'c' && n >= 3 && (key[n - 3] | 0x20) == 'o' && (key[n - 2] | 0x20) == 'p';
}
}  // namespace

bool MayEndCredentialKey(std::string_view key) {
  // Every credential key ends in one of a few four-byte tails; most log keys (status, bytes,
  // result, session ...) in none. One switch on the last byte, then at most six compares.
  size_t n = key.size();
  if (n == 0) return false;
  auto last = static_cast<unsigned char>(key[n - 1]);
  if (last >= 0x80) return true;  // 密码, 口令 and other non-ASCII keys: check fully
  if (n >= 3 && (key[n - 3] | 0x20) == 'p' && (key[n - 2] | 0x20) == 'w' && (last | 0x20) == 'd')
    return true;  // pwd, db_pwd, userPwd
  if (n >= 3 && (key[n - 3] | 0x20) == 'p' && (key[n - 2] | 0x20) == 'i' && (last | 0x20) == 'n')
    return true;  // pin, card_pin, cardPin (IsCredentialKey decides)
  if (n >= 3 && (key[n - 3] | 0x20) == 'p' && (key[n - 2] | 0x20) == 's' && (last | 0x20) == 'k')
    return true;  // psk, wpa_psk: a Wi-Fi network's pre-shared key
  if (n < 4) return n >= 2 && SimKeyEnds(key);
  uint32_t tail = (static_cast<uint32_t>(static_cast<unsigned char>(key[n - 4])) |
                   static_cast<uint32_t>(static_cast<unsigned char>(key[n - 3])) << 8 |
                   static_cast<uint32_t>(static_cast<unsigned char>(key[n - 2])) << 16 |
                   static_cast<uint32_t>(last) << 24) |
                  0x20202020u;
  switch (last | 0x20) {
    case 'd':  // ...word, passwd; an eSIM activation code's matching ID (matchingId)
      return tail == Tail4("word") || tail == Tail4("sswd") || tail == Tail4("ngid") ||
             tail == Tail4("g_id");
    case 's': return tail == Tail4("pass") || tail == Tail4("ials");
    case 'e':  // ...value: KIVALUE; a Wi-Fi network's passphrase (KeyPassphrase)
      return tail == Tail4("code") || tail == Tail4("alue") || tail == Tail4("rase");
    case 't': return tail == Tail4("cret");
    case 'n':  // token; of the keys ending in "tion" (partition, version ...) only authorization
      return tail == Tail4("oken") ||
             (tail == Tail4("tion") && n >= 8 && (key[n - 8] | 0x20) == 'r' &&
              (key[n - 7] | 0x20) == 'i' && (key[n - 6] | 0x20) == 'z' && (key[n - 5] | 0x20) == 'a');
    case 'y':
      return tail == Tail4("_key") || tail == Tail4("-key") || tail == Tail4(".key") ||
             tail == Tail4("ikey") ||
             tail == Tail4("skey") || tail == Tail4("tkey") || tail == Tail4("ekey") ||
             tail == Tail4("pkey") ||  // appkey
             tail == Tail4("ckey") ||  // a SIM's OPc key: encOpcKey
             tail == Tail4("nkey") ||  // sessionkey (sessionKey split and joined)
             tail == Tail4("?key") || tail == Tail4("&key") ||  // a URL query's API key
             tail == Tail4("nity");  // an SNMP community: RDCOMMUNITY
    case 'k':  // a URL query's map API key: ?ak=, &ak=; an AK/SK pair's secret: OSS_SK
      return ((key[n - 3] == '?' || key[n - 3] == '&') && (key[n - 2] | 0x20) == 'a') ||
             (key[n - 3] == '_' && key[n - 2] == 'S' && last == 'K');
    case 'h': return tail == Tail4("auth");
    case 'i':
    case 'c': return SimKeyEnds(key);
    case 'l': return tail == Tail4("tial");
    case 'f':  // the keys a 5G authentication derives: kausf, kseaf, kamf
      return tail == Tail4("ausf") || tail == Tail4("seaf") || tail == Tail4("kamf");
    default: return false;
  }
}

namespace {
// Words that, before "pass", make the key name a document or a ticket, not a password:
// hkMacauPass (港澳通行证), TaiwanPass, boardingPass, travel_pass, entryPass. Lowercase.
bool IsDocumentPassWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "hk", "hkmo", "macau", "macao", "hkmacau", "tw", "taiwan", "mainland", "home", "return",
      "travel", "boarding", "entry", "exit", "transit", "border", "visa", "visitor", "guest",
      "season", "day", "bus", "metro", "subway", "rail", "train", "ferry", "gate", "parking"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}
}  // namespace

namespace {
// Whether the lower-cased key k has `word` as a word of its own, set apart by '_', '-', '.'
// or the key's ends ("api" in api_dev_key, not in rapid_key).
bool HasKeyWord(std::string_view k, std::string_view word) {
  for (size_t at = k.find(word); at != std::string_view::npos; at = k.find(word, at + 1)) {
    const size_t e = at + word.size();
    if ((at == 0 || k[at - 1] == '_' || k[at - 1] == '-' || k[at - 1] == '.') &&
        (e == k.size() || k[e] == '_' || k[e] == '-' || k[e] == '.'))
      return true;
  }
  return false;
}
}  // namespace

bool IsCredentialKey(std::string_view key) {
  if (key.empty() || key.size() > 40) return false;
  if (!MayEndCredentialKey(key)) return false;
  char buf[40];
  for (size_t i = 0; i < key.size(); ++i)
    buf[i] = (key[i] >= 'A' && key[i] <= 'Z') ? static_cast<char>(key[i] + 32) : key[i];
  std::string_view k(buf, key.size());
  auto ends = [&](std::string_view s) {
    return k.size() >= s.size() && k.substr(k.size() - s.size()) == s;
  };
  // A whole word at the end: "pass" but not "bypass", "key" only as "api_key", "secret_key".
  auto ends_word = [&](std::string_view s) {
    if (!ends(s)) return false;
    if (k.size() == s.size()) return true;
    char before = k[k.size() - s.size() - 1];
    if (before == '_' || before == '-' || before == '.') return true;
    // A capital starts a word (userPass, DBPass), but not inside a run of capitals (BYPASS).
    auto upper = [&](size_t i) { return key[i] >= 'A' && key[i] <= 'Z'; };
    const size_t w = key.size() - s.size();
    return upper(w) && !(upper(w - 1) && upper(w + 1));
  };
  switch (k.back()) {
    case 'i':  // a SIM's subscriber key (Ki), as HSS and SIM-vendor files name it
      return ends_word("ki");
    case 'f':  // the keys a 5G authentication derives from it
      return ends_word("kausf") || ends_word("kseaf") || ends_word("kamf");
    case 'c':  // and the operator key derived for it (OPc)
      return ends_word("opc");
    case 'd':  // password, passwd, pwd; not the shell's PWD (sudo logs "PWD=/home/x");
               // SF Express's API secret (checkword)
      return ends("password") || ends("passwd") || (ends_word("pwd") && key != "PWD") ||
             ends_word("checkword") ||
             // The secret half of an eSIM's activation code (GSMA SGP.22: "LPA:1$<SM-DP+
             // address>$<matching ID>"): whoever holds it downloads the subscriber's profile.
             ends_word("matchingid") || ends_word("matching_id");
    case 's':  // pass, credentials
      if (ends_word("pass")) {
        // The word before "pass" (dbPass, user_pass; hkMacauPass, BOARDING_PASS).
        size_t we = key.size() - 4;
        if (we > 0 && (key[we - 1] == '_' || key[we - 1] == '-' || key[we - 1] == '.')) --we;
        size_t ws = we;
        if (we == key.size() - 4) {  // camelCase: small letters, then the capitals before them
          while (ws > 0 && key[ws - 1] >= 'a' && key[ws - 1] <= 'z') --ws;
          while (ws > 0 && key[ws - 1] >= 'A' && key[ws - 1] <= 'Z') --ws;
        } else {
          while (ws > 0 && IsAsciiLetter(key[ws - 1])) --ws;
        }
        return !IsDocumentPassWord(k.substr(ws, we - ws));
      }
      return ends_word("credentials");
    case 'e':  // passcode; a port-out or eSIM code; a SIM's Ki and OPc (KIVALUE=, OPCVALUE=)
      return ends_word("passcode") || ends_word("authcode") || ends_word("auth_code") ||
             ends_word("verify_code") || ends_word("verifycode") || ends_word("sms_code") ||
             ends_word("smscode") || ends_word("otp_code") || ends_word("pickup_code") ||
             // An operator gateway's one-click login token (本机号码一键登录).
             ends_word("accesscode") || ends_word("access_code") ||
             ends_word("pickupcode") ||
             // A parcel locker's code to take a parcel back (takeback_code=850480).
             ends_word("takeback_code") || ends_word("takebackcode") ||
             // An SMS code under any qualifier (SMS_TEST_CODE=065622: a test bed's master code).
             (ends("_code") && HasKeyWord(k, "sms")) ||
             ends_word("confirmationcode") || ends_word("activationcode") ||
             ends_word("kivalue") || ends_word("opcvalue") ||
             // A Wi-Fi network's pre-shared passphrase (TR-098's KeyPassphrase, wpa_passphrase).
             ends("passphrase");
    case 't':  // secret
      return ends("secret");
    case 'n':  // token; authorization and header names ending in it (Proxy-Authorization);
               // a card's PIN (a prepaid card's pin= is what recharges it)
      return ends("token") || k == "authorization" || k == "pin" || ends("_pin") ||
             ends("cardpin") ||
             (ends("-authorization") && !ends("pre-authorization"));
    case 'y':  // api_key, apikey, appkey, access_key, secret_key, private_key
      return ends("apikey") || ends("api_key") || ends("api-key") || ends("appkey") ||
             ends("app_key") || ends("app-key") || ends("access_key") ||
             ends("access-key") || ends("accesskey") || ends("secret_key") ||
             ends("secret-key") || ends("secretkey") || ends("private_key") ||
             ends("private-key") || ends("privatekey") ||
             // A SIM's permanent key and OPc key as a UDM's provisioning API names them.
             ends("permanentkey") || ends("opckey") ||
             // WeChat's session_key decrypts what the mini-program's user shares.
             ends("session_key") || ends("sessionkey") ||
             // Dotted property names (spark.hadoop.fs.s3a.secret.key, oss.access.key) and
             // the keys that sign or encrypt (pseudonym.hmac.key, jwt.signing_key).
             ends("access.key") || ends("secret.key") || ends("private.key") ||
             ends("api.key") || ends("hmac.key") || ends("hmac_key") || ends("hmac-key") ||
             ends("signing.key") || ends("signing_key") || ends("encryption.key") ||
             ends("encryption_key") || ends("master_key") || ends("master.key") ||
             // A Wi-Fi network's password (wifi_key=, wlanKey: a router's or a kiosk's log).
             ends_word("wifi_key") || ends_word("wifikey") || ends_word("wifi-key") ||
             ends_word("wlan_key") || ends_word("wlankey") || ends_word("wpa_key") ||
             // An API's key under any qualifier: api_dev_key, WECHAT_API_V3_KEY.
             ((ends("_key") || ends("-key") || ends(".key")) && HasKeyWord(k, "api")) ||
             // A cipher's key: sm4-key, aes_key, DES_KEY (column and file encryption).
             ((ends("_key") || ends("-key") || ends(".key")) &&
              (HasKeyWord(k, "sm4") || HasKeyWord(k, "aes") || HasKeyWord(k, "des") ||
               HasKeyWord(k, "sm2"))) ||
             // An SNMP community, the agent's password: RDCOMMUNITY, WRCOMMUNITY, rocommunity,
             // snmp_community (not an address's community).
             (ends("community") && (k.size() > 9) &&
              (k.starts_with("rd") || k.starts_with("wr") || k.starts_with("ro") ||
               k.starts_with("rw") || k.starts_with("read") || k.starts_with("write") ||
               k.starts_with("snmp") || HasKeyWord(k, "snmp")));
    case 'h':
      return k == "auth";
    case 'k':
      // The secret half of a cloud AK/SK pair in an environment variable (OSS_SK, OBS_SK).
      // Capitals only: a warehouse's surrogate keys are written customer_sk, date_sk.
      if (ends_word("psk")) return true;  // a Wi-Fi network's pre-shared key: psk=, wpa_psk=
      return key.size() >= 4 && key.substr(key.size() - 3) == "_SK" &&
             std::none_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    case 'l':
      return ends_word("credential");
    default:
      // Chinese keys: 密码 (password, and 登录密码, 服务密码 ...), 口令, 授权码 (携转授权码).
      return ends("密码") || ends("口令") || ends("授权码");
  }
}

namespace {
// Column names made of pinyin initials, as Chinese government and enterprise databases write
// them (XM 姓名, SFZH 身份证号, LXDH 联系电话, JTZZ 家庭住址, FDDBR 法定代表人, HPHM 号牌号码).
// kBuiltinTypeCount for an organisation's address or telephone (ZCDZ 注册地址, JYDZ 经营地址,
// DWLXDH 单位联系电话), which are no person's; -1 for any other word.
int PinyinInitialsType(std::string_view w) {
  struct Entry {
    std::string_view word;
    int type;
  };
  static constexpr Entry kEntries[] = {
      {"xm", kPersonName},       {"fddbr", kPersonName},    {"qyfzr", kPersonName},
      {"zlfzr", kPersonName},    {"lxr", kPersonName},      {"fzr", kPersonName},
      {"sqr", kPersonName},      {"jbr", kPersonName},      {"jsrxm", kPersonName},
      {"sfzh", kChinaResidentIdNumber}, {"sfzhm", kChinaResidentIdNumber},
      {"gmsfhm", kChinaResidentIdNumber}, {"zjhm", kChinaResidentIdNumber},
      {"jszh", kChinaResidentIdNumber},  // 驾驶证号: a mainland licence is the ID number
      {"csrq", kDateOfBirth},    {"csny", kDateOfBirth},    {"lxdh", kPhoneNumber},
      {"sjhm", kPhoneNumber},
      {"sjh", kPhoneNumber},     {"yddh", kPhoneNumber},    {"gddh", kPhoneNumber},
      {"jtzz", kStreetAddress},  {"hjdz", kStreetAddress},  {"xzz", kStreetAddress},
      {"jzdz", kStreetAddress},  {"zz", kStreetAddress},    {"txdz", kStreetAddress},
      {"yhkh", kBankCardNumber}, {"hphm", kChinaLicensePlate}, {"cphm", kChinaLicensePlate},
      {"hzhm", kChinaPassport},  {"dzyx", kEmailAddress},   {"jd", kLocationCoordinates},
      {"wd", kLocationCoordinates},
      {"zcdz", kBuiltinTypeCount},      {"jydz", kBuiltinTypeCount},      {"qydz", kBuiltinTypeCount},
      {"dwdz", kBuiltinTypeCount},      {"dwlxr", kPersonName},  // 单位联系人
      {"dwlxdh", kBuiltinTypeCount},    {"dwdh", kBuiltinTypeCount},  // 单位(联系)电话
      // The same words spelled out (<XINGMING>, chushengriqi).
      {"xingming", kPersonName}, {"chushengriqi", kDateOfBirth},
      {"shenfenzheng", kChinaResidentIdNumber}, {"shenfenzhenghao", kChinaResidentIdNumber},
      {"shoujihao", kPhoneNumber}, {"shouji", kPhoneNumber}, {"lianxidianhua", kPhoneNumber},
      {"zhuzhi", kStreetAddress}, {"jiatingzhuzhi", kStreetAddress}};
  if (w.size() < 2 || w.size() > 15) return -1;
  for (const Entry& e : kEntries)
    if (e.word == w) return e.type;
  return -1;
}
}  // namespace

bool NamesOrganisationOrPlace(std::string_view key) {
  static constexpr std::string_view kWords[] = {
      "office", "company", "corp", "org", "organization", "organisation", "branch", "dept",
      "department", "shop", "store", "merchant", "bank", "hospital", "school", "hotel",
      "city", "province", "district", "county", "town", "village", "street", "road"};
  const std::vector<std::string> words = SplitWords(key);
  for (std::string_view w : kWords)
    if (Has(words, w)) return true;
  return false;
}

FieldClass ClassifyFieldName(std::string_view original_name) {
  FieldClass fc;
  // A label in traditional characters (聯絡電話, 證件號碼) means what its simplified form does.
  const std::string folded = traditional::ToSimplified(original_name);
  std::string_view name = folded;
  // A JSON path whose own member is named in Chinese ("$.被保险人.职业", "$.联系人[0]") is
  // classified by that member alone, as a column of that name would be: a Chinese key is
  // one word, and its parent's role (被保险人, 投保人) says whose it is, not what it is (职业
  // is an occupation, 教师, whoever's it is).
  if (name.size() > 2 && name[0] == '$') {
    size_t e = name.size();
    while (e > 0 && name[e - 1] == ']') {  // indices after the member: [0]
      const size_t open = name.rfind('[', e - 1);
      if (open == std::string_view::npos) break;
      e = open;
    }
    const size_t dot = name.rfind('.', e == 0 ? 0 : e - 1);
    const size_t b = dot == std::string_view::npos ? 0 : dot + 1;
    if (b < e && static_cast<unsigned char>(name[b]) >= 0x80) name = name.substr(b, e - b);
  }
  // Use the last path component of a JSON path ("$.customer.contacts[0].value" -> "value")
  // plus its parent, which is where the meaning usually is.
  std::vector<std::string> words = SplitWords(name);
  // Type wrappers say nothing of the value: Avro unions ({"ci":{"int":52361}}), MongoDB
  // extended JSON ({"$numberDecimal":"34.77"}).
  static constexpr std::string_view kWrappers[] = {"int", "long", "string", "double", "float",
                                                   "boolean", "bytes", "numberdecimal",
                                                   "numberlong", "numberint", "numberdouble"};
  while (words.size() >= 2 &&
         std::find(std::begin(kWrappers), std::end(kWrappers), words.back()) != std::end(kWrappers))
    words.pop_back();
  if (words.empty()) return fc;
  // A list's wrapper two members up a JSON path hides the person the member names: an API
  // page's "$.data.items[3].customer.name" is a customer's name, though "items" alone names
  // things ("$.order.items[0].name" is a product's). Dropped only when the wrapper and the
  // person are whole members of one word each, so that a form's fields and members such as
  // "operation_records" stay as they were. Array indices are no members.
  if (name[0] == '$' && words.size() >= 3 && words[words.size() - 3].size() >= 4 &&
      words[words.size() - 3].size() <= 7) {
    static constexpr std::string_view kWrappers[] = {"items", "list", "records", "rows",
                                                       "results", "hits", "data"};
    static constexpr std::string_view kPersonWords[] = {
        "customer", "cust", "user", "holder", "owner", "contact", "applicant", "subscriber",
        "member", "receiver", "sender", "patient", "guest", "passenger", "employee", "agent",
        "buyer", "payer", "payee", "consignee", "person"};
    auto is_one = [](std::string_view m, const auto& list) {
      return std::find(std::begin(list), std::end(list), m) != std::end(list);
    };
    const size_t n = words.size();
    // The last three members, indices dropped: "$.data.items[3].customer.name" -> items,
    // customer, name. (Looked for only when the words say so: most paths are no such.)
    std::vector<std::string_view> members;
    size_t end_at = is_one(words[n - 3], kWrappers) && is_one(words[n - 2], kPersonWords) ? name.size() : 0;
    while (end_at > 0 && members.size() < 3) {
      size_t b = end_at;
      while (b > 0 && name[b - 1] != '.' && name[b - 1] != '[' && name[b - 1] != ']') --b;
      const std::string_view m = name.substr(b, end_at - b);
      if (!m.empty() && !std::all_of(m.begin(), m.end(), [](char c) { return c >= '0' && c <= '9'; }))
        members.push_back(m);
      end_at = b > 0 ? b - 1 : 0;
    }
    if (members.size() == 3 && is_one(members[2], kWrappers) && is_one(members[1], kPersonWords) &&
        words[n - 2] == members[1] && words[n - 3] == members[2])
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(n - 3));
  }
  // Keep only the last three words: "customer address" or "device imei" or "contacts value".
  if (words.size() > 3) words.erase(words.begin(), words.end() - 3);
  auto set = [&](TypeId t) { fc.type_mask |= 1u << t; };
  const std::string& last = words.back();
  // A JSON path's own member name ("$.graduates[3].xm" -> xm): what pinyin initials and the
  // "internal number" words below are asked of.
  const bool json_path = name[0] == '$';
  std::vector<std::string> own_words;
  if (json_path) {
    const size_t cut = name.find_last_of(".]");
    own_words = SplitWords(cut == std::string_view::npos ? name : name.substr(cut + 1));
  }
  if (words.size() == 1 || (json_path && own_words.size() == 1)) {
    if (const int t = PinyinInitialsType(last); t == kBuiltinTypeCount) {
      fc.exclusion = true;  // an organisation's address
      return fc;
    } else if (t >= 0) {
      set(static_cast<TypeId>(t));
    }
  } else if (words.size() <= 4 && !json_path) {
    // A pinyin-initials name of parts: czd_jd (常驻地经度), gzd_dz (工作地地址), czd_eci: the
    // last part says what the column holds when every part is short letters.
    bool initials = true;
    for (const auto& w : words) {
      initials &= w.size() <= 4;
      for (char c : w) initials &= c >= 'a' && c <= 'z';
    }
    if (initials) {
      const int t = last == "dz" ? static_cast<int>(kStreetAddress) : PinyinInitialsType(last);
      if (t >= 0 && t < static_cast<int>(kBuiltinTypeCount)) set(static_cast<TypeId>(t));
    }
  }

  bool id_word = Has(words, "id");
  if ((id_word && (Has(words, "card") || Has(words, "no") || Has(words, "number") ||
                   Has(words, "num") || Has(words, "code"))) ||
      Has(words, "idcard") || Has(words, "idno") || Has(words, "idnumber") ||
      Has(words, "sfz") || Has(words, "sfzh") || Has(words, "identity") || Has(words, "cert") ||
      Has(words, "certno") || Has(words, "resident") || Contains(name, "身份证") ||
      // 公民身份号码: the ID card law's own term, and the label printed on the card.
      Contains(name, "身份号") || Contains(name, "证件") ||
      // A residence permit's number: the holder's ID number on a mainland permit, and the
      // same form with 81/82/83 on a Hong Kong, Macau or Taiwan resident's (居住证号码).
      Contains(name, "居住证"))
    set(kChinaResidentIdNumber);
  // A document number (证件号码) may be any document's: a passport's or a permit's too.
  if (Contains(name, "证件")) {
    set(kChinaPassport);
    set(kHkMacauTravelPermit);
  }
  if (Has(words, "phone") || Has(words, "mobile") || Has(words, "msisdn") || Has(words, "tel") ||
      Has(words, "phones") || Has(words, "mobiles") || Has(words, "msisdns") ||
      Has(words, "telephone") || Has(words, "cellphone") || Has(words, "calling") ||
      Has(words, "called") || Has(words, "caller") || Has(words, "callee") || Has(words, "mdn") ||
      Has(words, "fax") || Has(words, "landline") || Contains(name, "手机") ||
      Contains(name, "电话") || Contains(name, "号码") ||
      // A call's parties as switches and CDRs name them: ISUP's calling and called party
      // numbers (CgPN, CdPN), the A and B numbers (anum, a_number, b_party).
      last == "cgpn" || last == "cdpn" || last == "anum" || last == "bnum" ||
      (words.size() >= 2 && (words[words.size() - 2] == "a" || words[words.size() - 2] == "b") &&
       (last == "number" || last == "num" || last == "party")) ||
      (words.size() >= 2 && last == "pn" &&  // CgPN, CdPN written in camel case
       (words[words.size() - 2] == "cg" || words[words.size() - 2] == "cd")))
    set(kPhoneNumber);
  if (Has(words, "email") || Has(words, "mail") || Contains(name, "邮箱")) set(kEmailAddress);
  bool name_word = Has(words, "name") || Has(words, "realname") || Has(words, "fullname") ||
                   Has(words, "surname") || Has(words, "firstname") || Has(words, "lastname") ||
                   // "customerNm", "cust_nm", "acctNm": an abbreviated name after a person word
                   (last == "nm" && (Has(words, "customer") || Has(words, "cust") ||
                                     Has(words, "user") || Has(words, "acct") ||
                                     Has(words, "holder") || Has(words, "real")));
  // "<thing>Name" keys name a thing, not a person: cityName, channelName, productName ...
  static constexpr std::string_view kThings[] = {
      "city", "province", "district", "county", "town", "region", "area", "country", "nation",
      "street", "road", "channel", "op", "operation", "tag", "label", "dept", "department",
      "branch", "brand", "model", "item", "goods", "category", "group", "team", "role", "event",
      "task", "project", "site", "station", "network", "cell", "sim", "card", "store", "merchant",
      "vendor", "partner", "carrier", "operator", "isp", "agent", "source", "target", "queue",
      "topic", "job", "image", "column", "method", "class", "exception", "error", "font", "attr",
      "param", "var", "env", "display", "screen", "nick", "alias", "login", "bucket",
      "db", "database", "schema", "index", "pkg", "module", "unit", "sku", "spu", "activity",
      "campaign", "coupon", "order", "pay", "payment", "trade", "biz", "business", "sys", "system",
      "menu", "page", "view", "action", "api", "interface", "domain", "server", "host", "file",
      "plan", "product", "app", "org", "company", "shop", "service", "device", "package",
      "field", "table", "key", "type", "bank", "items", "products", "dish", "dishes", "food",
      "fence", "poi", "landmark", "building", "office",
      // places: a check-in's location_name, a venue, a hospital or school
      "location", "place", "venue", "hospital", "school", "hotel", "community", "village",
      // network management: alarm, fault and counter names, network elements and boards
      "alarm", "fault", "counter", "kpi", "metric", "rule", "policy", "template",
      "instance", "pod", "container", "node", "ne", "board", "link",
      // a state or a kind of a thing: ticket_status_name (已出票), level_name, course_name
      "status", "state", "level", "grade", "stage", "step", "mode", "kind", "flight",
      "airline", "airport", "route", "course", "subject"};
  bool thing = false;
  for (auto w : kThings) thing |= Has(words, w);
  bool not_person = thing ||
                    Has(words, "server") || Has(words, "plan") || Has(words, "product") ||
                    Has(words, "app") || Has(words, "nick") || Has(words, "domain") ||
                    Has(words, "bank") || Has(words, "org") || Has(words, "company") ||
                    Has(words, "shop") || Has(words, "service") || Has(words, "device") ||
                    Has(words, "package") || Has(words, "class") || Has(words, "field") ||
                    Has(words, "table") || Has(words, "key") || Has(words, "type") ||
                    // Software and its objects (CLIENT_PROGRAM_NAME : SQL Developer).
                    Has(words, "program") || Has(words, "software") || Has(words, "browser") ||
                    Has(words, "module") || Has(words, "process") || Has(words, "job") ||
                    Has(words, "task") || Has(words, "schema") || Has(words, "database") ||
                    Has(words, "db") || Has(words, "instance") || Has(words, "cluster") ||
                    Has(words, "model") || Has(words, "project") || Has(words, "file");
  // An account's name is its holder's (BankAcctName, accountName, acct_name), though "bank"
  // alone names a thing; so are the users of security events (CEF suser, duser).
  const bool account_name = last == "name" && (Has(words, "acct") || Has(words, "account"));
  if ((name_word && !not_person) || account_name || last == "suser" || last == "duser" ||
      last == "cust" || last == "customer" || last == "holder" ||
      last == "contact" || last == "subscriber" || last == "person" || last == "owner" ||
      last == "holder" || last == "recipient" || last == "receiver" || last == "sender" ||
      last == "payer" || last == "payee" || Contains(name, "姓名") || Contains(name, "客户名") ||
      // An operator's register names its subscriber 用户名称 (a person or a company); 用户名
      // alone is a login.
      Contains(name, "用户名称") ||
      Contains(name, "联系人") || Contains(name, "经办人") || Contains(name, "代办人") ||
      Contains(name, "签收人") || Contains(name, "收件人") || Contains(name, "收货人") ||
      Contains(name, "车主") || Contains(name, "户主") || Contains(name, "机主") ||
      Contains(name, "持卡人") || Contains(name, "法人") || Contains(name, "法定代表人") ||
      Contains(name, "监护人") || Contains(name, "申请人") || Contains(name, "投诉人") ||
      Contains(name, "开户人") || Contains(name, "开户名") ||
      (Contains(name, "户名") && !Contains(name, "用户名")) ||  // 户名: an account holder
      Contains(name, "信访人") || Contains(name, "反映人") || Contains(name, "举报人") ||
      Contains(name, "承租人") || Contains(name, "出租人") || Contains(name, "投保人") ||
      Contains(name, "被保险人") || Contains(name, "受益人") || Contains(name, "入住人") ||
      // An access-control or reception log's visitor (访客=余思泽, 访客姓名, 来访人); not its
      // card or phone (访客卡, 访客手机).
      name == "访客" || name == "访客姓名" || name == "来访人" || name == "来访人姓名" ||
      name == "来访" || name == "来访者" ||
      // A register's former name (曾用名, 原名) and a meeting's attendees (参会：a、b).
      Contains(name, "曾用名") || name == "原名" || name == "参会" || name == "参会人员" ||
      name == "与会人员" || name == "出席人员" ||
      // A roster's or a ticket's name in pinyin (拼音, 姓名拼音, pinyin).
      Contains(name, "拼音") || last == "pinyin" ||
      ChineseNameKey(name) || ChineseRoleKey(name) || name == "坐席" || last == "renter" || last == "tenant" ||
      last == "driver" || last == "guest" || last == "patient" || last == "applicant" ||
      last == "passenger" || last == "traveller" || last == "traveler" || last == "buyer" ||
      last == "student" || last == "pupil" ||
      last == "consignee" || last == "courier" ||
      last == "doctor" || last == "lawyer" || last == "witness" || last == "signer" ||
      // A company's legal representative (legalRepresentative, legal_rep): a person by law;
      // its actual controller (ActualController, 实际控制人) by a KYC form's definition.
      last == "representative" || (last == "controller" && Has(words, "actual")) ||
      last == "staff" || last == "employee" || last == "clerk" || last == "manager" || last == "mgr" ||
      last == "cardholder" || last == "holder" ||  // Cardholder:, account_holder
      // An issue tracker's and a workflow's people (Reporter: 丁家乐, assignee, approver).
      last == "reporter" || last == "assignee" || last == "approver" || last == "reviewer" ||
      last == "installer" || last == "technician" || last == "engineer" || last == "inspector" ||
      // An airline's passenger (pax_cn="金博嘉", pax_name); a count (pax=2) is no name.
      (Has(words, "pax") && words.size() > 1 && !Has(words, "count") && !Has(words, "num") &&
       !Has(words, "total") && !Has(words, "qty")) ||
      (last == "display" && (Has(words, "user") || Has(words, "owner"))) ||
      // vCard FN (formatted name) and the common name of a directory entry or a calendar
      // attendee (ATTENDEE;CN=王芳, CN=Zhang Wei,OU=...).
      name == "FN" || name == "fn" || name == "CN" || name == "cn")
    set(kPersonName);
  // 与户主关系, 家庭关系: a relationship (户主, 配偶, 子女), not a name.
  if (Contains(name, "关系")) fc.type_mask &= ~(1u << kPersonName);
  // An operation's operator, handler or worker: a clerk's name as often as a carrier, a
  // system or a staff number ("operator":"刘思", "operator":"中国移动", worker=W-3).
  if (!fc.HintsType(kPersonName) && !fc.exclusion &&
      (last == "operator" || last == "oper" || last == "handler" || last == "worker" ||
       last == "opuser" || last == "processor" || last == "dispatcher" ||
       // A message's addressee: a phone number, an address or a person ("to":"姜颖").
       last == "to" || last == "recipient" || last == "receiver" ||
       // A member, visitor or customer: a level, a number or a name; a payment's counterparty
       // (对方名称, 对方户名): a company or a person.
       last == "member" || last == "visitor" || last == "customer" || last == "counterparty" ||
       last == "payee" || last == "payer" || last == "beneficiary" ||
       // FHIR's reference to a person shown by name ("individual": {"reference":
       // "Practitioner/11257", "display": "谭杰睿"}).
       (last == "display" && (Has(words, "individual") || Has(words, "patient") ||
                              Has(words, "practitioner") || Has(words, "subject") ||
                              Has(words, "performer") || Has(words, "requester"))) ||
       (Contains(name, "对方") && Contains(name, "名")) ||
       // A directory's or a cloud account's display name (DisplayName, display_name): a
       // person's name for a user, a team's or a role's for others.
       (last == "name" && words.size() >= 2 && words[words.size() - 2] == "display") ||
       // A call centre's agent or a system's operator by name ("agent": {"name": "王宁波"},
       // operator_name): a person when the value is a whole Chinese name (a software
       // agent's name, filebeat or 中国移动, is none).
       (last == "name" && (Has(words, "agent") || Has(words, "operator"))) ||
       // A SIP display name as Wireshark names the field (sip.display.info): the caller's
       // name as the phone shows it, or a company's.
       (last == "info" && words.size() >= 2 && words[words.size() - 2] == "display" &&
        Has(words, "sip")) ||
       // A register's user or customer column: a login, a number or the person by name;
       // a log's user=... likewise (user=向蕾, user=zhangsan, user=10086).
       name == "用户" || name == "客户" || name == "顾客" || (last == "user" && words.size() == 1) ||
       // A meeting's or a record's people: organizer=蔡丽华, scanned_by, created_by,
       // approved_by (a person by name, or an account).
       last == "organizer" || last == "organiser" || last == "attendee" ||
       last == "attendees" || last == "participant" || last == "participants" ||
       last == "requester" || last == "requestor" || last == "submitter" ||
       last == "creator" || last == "initiator" ||
       // A signature column (本人签字确认, 签名): the signer's name, or a mark.
       Contains(name, "签字") || Contains(name, "签名") ||
       last == "by" || last == "notify" || last == "notified" ||
       // A call centre's agent (agent=赵子轩/A1044; a user agent's value is no Chinese name).
       last == "agent" ||
       // A request's or a mail's copied people (cc_list: ["谢俊"], 抄送人).
       last == "cc" || (Has(words, "cc") && (last == "list" || last == "users" || last == "names")) ||
       Contains(name, "抄送") ||
       // A meeting's or a visit's host (host=邵晓东): a person when the value is a whole
       // Chinese name, which no server's host name is.
       last == "host"))
    fc.person_if_full_name = true;
  // A land register's boundaries (四至, 东至/南至/西至/北至): neighbours and landmarks.
  if (Contains(name, "四至") || Contains(name, "东至") || Contains(name, "南至") ||
      Contains(name, "西至") || Contains(name, "北至"))
    fc.neighbours = true;
  // CEF's custom fields: their label elsewhere in the event says what they hold.
  if (name.size() >= 3 && name.size() <= 20) {
    std::string w;
    for (char c : name) w.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    const bool numbered = w.back() >= '1' && w.back() <= '6';
    const std::string_view stem = std::string_view(w).substr(0, w.size() - (numbered ? 1 : 0));
    if (numbered && (stem == "cs" || stem == "cn" || stem == "cfp" || stem == "flexstring" ||
                     stem == "flexnumber" || stem == "devicecustomstring" ||
                     stem == "devicecustomnumber"))
      fc.named_on_line = true;
  }
  // A column's value in a masking, audit or change log: named by the col=, column= or
  // field= before it on the line (col=cust_name rule=MASK_NAME before=邹涛波 after=邹**;
  // column=mobile old=1381... new=1390...). Not "after": a masking log's output.
  // Compared by words, so BEFORE=, Old_Value= and oldValue= are the same key.
  if (!json_path &&
      ((words.size() == 1 && (last == "before" || last == "old" || last == "new" ||
                              last == "orig" || last == "original" || last == "raw" ||
                              last == "sample")) ||
       (words.size() == 2 && last == "value" && (words[0] == "old" || words[0] == "new"))))
    fc.named_on_line = true;
  // A shell command as bastion hosts, audit trails and EDR events keep one (命令, cmd,
  // command_line, process.command_line): its options may carry secrets.
  if (last == "command" || last == "cmd" || last == "cmdline" || last == "commandline" ||
      (last == "line" && words.size() >= 2 && words[words.size() - 2] == "command") ||
      Contains(name, "命令"))
    fc.command = true;
  if (Has(words, "birth") || Has(words, "birthday") || Has(words, "birthdate") ||
      (Has(words, "born") && (Has(words, "date") || Has(words, "on") || Has(words, "day"))) ||
      Has(words, "dob") || Has(words, "bday") || Contains(name, "出生") || Contains(name, "生日"))
    set(kDateOfBirth);
  bool organisation_address = false;
  // Where someone works (work_place, WorkUnitAddr, 办公地点) is the employer's address. (A
  // subscriber profile's work_addr, where the network sees the phone in office hours, is
  // that person's own: 工作地, as gzd_dz, it is location data, and left to the address key.)
  if ((Has(words, "work") || Has(words, "workplace") || Contains(name, "办公地点") ||
       Contains(name, "工作地点")) &&
      (Has(words, "place") || Has(words, "workplace") || Has(words, "location") ||
       Has(words, "unit") || Has(words, "company") || Contains(name, "地点"))) {
    fc.exclusion = true;
    return fc;
  }
  // WeChat's chooseAddress gives the street and number as detailInfo; a receiver's or a
  // shipment's address object as detail ($.receiver.detail, $.shipping.detail).
  const bool detail_of_place =
      last == "detail" && words.size() >= 2 &&
      (words[words.size() - 2] == "receiver" || words[words.size() - 2] == "consignee" ||
       words[words.size() - 2] == "recipient" || words[words.size() - 2] == "shipping" ||
       words[words.size() - 2] == "delivery" || words[words.size() - 2] == "home" ||
       words[words.size() - 2] == "location");
  if (Has(words, "address") || Has(words, "addr") || Has(words, "street") ||
      Has(words, "residence") || (Has(words, "detail") && Has(words, "info")) || detail_of_place ||
      Contains(name, "地址") || Contains(name, "住址") ||
      // A base station's site (站址), an organisation's address below.
      Contains(name, "站址")) {
    // An organisation's address (营业厅地址, 公司地址, storeAddress, company_addr) is no
    // person's: what sits under it is passed over like an order number.
    organisation_address =
        Has(words, "company") || Has(words, "corp") || Has(words, "office") ||
        Has(words, "store") || Has(words, "shop") || Has(words, "branch") ||
        Has(words, "merchant") || Has(words, "business") || Has(words, "registered") ||
        Has(words, "hospital") || Has(words, "school") || Has(words, "bank") ||
        Has(words, "org") || Has(words, "organization") || Has(words, "organisation") ||
        Has(words, "employer") || Has(words, "warehouse") || Has(words, "hall") ||
        Has(words, "station") || Has(words, "site") || Has(words, "venue") ||
        Has(words, "depot") || Has(words, "hotel") || Has(words, "mall") ||
        Has(words, "institution") || Has(words, "facility") ||
        Contains(name, "站") ||
        Contains(name, "营业厅") || Contains(name, "公司") || Contains(name, "单位") ||
        Contains(name, "企业") || Contains(name, "门店") || Contains(name, "网点") ||
        Contains(name, "办公") || Contains(name, "注册") || Contains(name, "经营") ||
        Contains(name, "机构") || Contains(name, "医院") || Contains(name, "学校") ||
        Contains(name, "银行") || Contains(name, "商户") || Contains(name, "店铺") ||
        Contains(name, "营业部") || Contains(name, "厂");
    // A mailAddress is a postal one as often as an e-mail one: both are asked, and the value
    // says which (an address value must look like one, with a place or a number).
    // A device's Wi-Fi or Bluetooth address (Wi-Fi 地址, wlan_address, 蓝牙地址) is its MAC.
    const bool radio = Has(words, "wifi") || (Has(words, "wi") && Has(words, "fi")) ||
                       Has(words, "wlan") || Has(words, "bluetooth") || Has(words, "bt") ||
                       Contains(name, "蓝牙") || Contains(name, "无线");
    if (radio) set(kMacAddress);
    if (!organisation_address && !radio &&
        !(Has(words, "ip") || Has(words, "mac") || Has(words, "email") || Has(words, "hw") ||
          Has(words, "remote") || Has(words, "local")))
      set(kStreetAddress);
  }
  if (((Has(words, "card") && !id_word && !Has(words, "sim")) || Has(words, "cardno") ||
       Has(words, "pan") || Has(words, "acct") || Has(words, "bank") ||
       Contains(name, "卡号") || Contains(name, "银行")))
    set(kBankCardNumber);
  // "pass" after a document word is that document (hkMacauPass, boardingPass), not a password.
  const bool document_pass =
      last == "pass" && words.size() >= 2 && IsDocumentPassWord(words[words.size() - 2]);
  // A key split at its capitals (apiKey, accessKey, sessionKey, authCode) is asked whole too.
  const bool joined_credential =
      words.size() >= 2 && lexicon::IsCredentialKey(words[words.size() - 2] + last);
  // A password's hash, digest or salt (pwd_hash, passwordDigest, hashed_password, pwd_md5) is
  // stored in its place and is no password.
  // A token of a personal value (msisdn_token, phone_token, idcard_token, cert_no_token): a
  // pseudonym that stands for the value in a shared data set, not a secret that opens
  // anything (an id_token, an access_token, a user_token of a session still are).
  const bool pseudonym_token =
      last == "token" && words.size() >= 2 &&
      (Has(words, "msisdn") || Has(words, "mobile") || Has(words, "phone") ||
       Has(words, "idcard") || Has(words, "cert") || Has(words, "imsi") || Has(words, "imei") ||
       Has(words, "email") || Has(words, "iccid"));
  const bool verifier_key = last == "hash" || last == "hashed" || last == "digest" ||
                            last == "md5" || last == "sha1" || last == "sha256" ||
                            last == "sha512" || last == "salt" || words[0] == "hashed" ||
                            pseudonym_token;
  if (verifier_key) {
    // nothing: neither a credential nor, for that, an exclusion of other types
  } else if ((lexicon::IsCredentialKey(last) && !document_pass) || joined_credential ||
      Has(words, "password") ||
      Has(words, "passwd") || Has(words, "passphrase") ||
      Has(words, "pwd") || Has(words, "token") ||
      // A SecretId (Tencent Cloud's key id) is the public half, as an AccessKeyId is.
      (Has(words, "secret") && last != "id") || Contains(name, "密码") ||

      (last == "code" && (Has(words, "auth") || Has(words, "confirmation") ||
                          Has(words, "activation") || Has(words, "verify") || Has(words, "sms") ||
                          Has(words, "otp") || Has(words, "pickup") || Has(words, "takeback"))) ||
      (last == "id" && Has(words, "matching")) ||
      // A SIM's subscriber key K and operator key OP under an open5gs subscriber's
      // "security" (its OPc, a UDM's encPermanentKey and encOpcKey, and the keys derived in
      // an authentication, kausf ..., are IsCredentialKey's, asked above).
      ((last == "k" || last == "op") && Has(words, "security")) ||
      Contains(name, "授权码") || Contains(name, "验证码") || Contains(name, "取件码"))
    set(kCredential);
  if (Has(words, "imsi")) set(kImsiId);
  // MEI: 3GPP's Mobile Equipment Identity, the IMEI or IMEISV (GTPv2's MEI element).
  if (Has(words, "imei") || Has(words, "imeisv") || Has(words, "mei")) set(kImeiHardwareId);
  if (Has(words, "meid")) set(kMeid);
  if (Has(words, "iccid") || (Has(words, "sim") && !Has(words, "imsi"))) set(kIccidNumber);
  if (Has(words, "mac") || Has(words, "hwaddr") || Has(words, "bssid")) set(kMacAddress);
  // A whose-MAC prefix written together with it (RADIUS and AC logs: usermac, stamac, apmac);
  // not hmac, a keyed hash.
  for (std::string_view prefix : {"user", "client", "sta", "ap", "src", "dst", "dev", "device",
                                  "cpe", "onu", "term", "terminal", "station", "wifi", "wlan"})
    if (last.size() == prefix.size() + 3 && last.substr(0, prefix.size()) == prefix &&
        last.substr(prefix.size()) == "mac")
      set(kMacAddress);
  if (Has(words, "ip") || Has(words, "ipv4") || Has(words, "ipv6") || Has(words, "ip6") ||
      Has(words, "ip4"))
    set(kIpAddress);
  if (Has(words, "lat") || Has(words, "latitude") || Has(words, "lng") || Has(words, "lon") ||
      Has(words, "longitude") || Has(words, "loc") || Has(words, "location") ||
      Has(words, "coord") || Has(words, "coords") || Has(words, "coordinates") ||
      Has(words, "gps") || Contains(name, "经纬度") || Contains(name, "坐标") ||
      Contains(name, "经度") || Contains(name, "纬度") || Contains(name, "位置") ||
      Contains(name, "定位"))
    set(kLocationCoordinates);
  if (Has(words, "cell") || Has(words, "cellid") || Has(words, "ci") || Has(words, "eci") ||
      Has(words, "ecgi") || Has(words, "cgi") || Has(words, "lac") || Has(words, "tac") ||
      Has(words, "enb") || Has(words, "enodeb") || Has(words, "nci") || Has(words, "ncgi") ||
      Has(words, "nrcgi") || Contains(name, "基站"))
    set(kCellId);
  // A cell's "cid" under a cell object or list ($.cell.cid, $.cells[0].cid, as Android's
  // cell location and LBS requests write a GSM or UMTS cell); a "cid" alone is any id.
  const bool cell_cid = last == "cid" && (Has(words, "cell") || Has(words, "cells"));
  if (cell_cid) set(kCellId);
  // A location or tracking area's code alone (lac, tac, "cell.tac"; a device's tac is its
  // IMEI's type allocation code): an area of many cells, or a phone model, no one's cell.
  fc.cell_area = last == "lac" || last == "tac" || last == "rac";
  // The cell itself: not a cell's area or other numbers ("cell.tac", "cell.pci") and not a
  // cell phone.
  fc.cell_identity = (last == "cell" || last == "cellid" || last == "ci" || last == "eci" ||
                      last == "nci" || cell_cid ||
                      ((last == "id" || last == "identity" || last == "no" || last == "num" ||
                        last == "number") &&
                       Has(words, "cell"))) &&
                     !Has(words, "phone");
  if (Has(words, "passport") || Contains(name, "护照")) set(kChinaPassport);
  // A Hong Kong/Macau pass, or a "pass number" (通行证号: passNo, pass_num).
  const bool permit_pass =
      Has(words, "pass") && (Has(words, "hk") || Has(words, "macau") || Has(words, "macao") ||
                             Has(words, "hkmacau") || Has(words, "no") || Has(words, "num") ||
                             Has(words, "number"));
  if (Has(words, "permit") || Has(words, "hkmo") || permit_pass || Contains(name, "通行证") ||
      Contains(name, "回乡证"))
    set(kHkMacauTravelPermit);
  if (Has(words, "plate") || Has(words, "vehicle") || Contains(name, "车牌"))
    set(kChinaLicensePlate);

  // Names that say "this number is an internal identifier or a measurement".
  static constexpr std::string_view kExclusion[] = {
      "order", "trace", "span", "txn", "transaction", "trade", "serial", "sn", "seq", "sequence",
      "batch", "ref", "reference", "version", "ver", "build", "commit", "hash", "sha", "md5",
      "uuid", "guid", "request", "req", "session", "ts", "timestamp", "time", "created",
      "updated", "uptime", "duration", "ms", "bytes", "size", "count", "status", "amount",
      "price", "fee", "charge", "record", "ticket", "invoice", "sku", "pid", "tid", "port",
      "score", "offset", "len", "length", "total", "elapsed", "latency", "checksum", "crc",
      "fw", "firmware", "sdk", "os", "app", "release", "rev", "revision", "oid"};
  // A request's URI, query or body ("request_uri" in nginx's JSON logs, Wireshark's
  // "http.request.full_uri") is text that carries keys and values of its own
  // ("?msisdn=1391..."): "request" there says whose URI it is, not that it is a number.
  const bool carrier = last == "uri" || last == "url" || last == "query" || last == "args" ||
                       last == "body" || last == "params";
  if (!carrier && (fc.type_mask == 0 || (fc.type_mask & ~(1u << kCellId)) == 0)) {
    // In a JSON path only the member's own name says "internal number": a parent's
    // ("$.item[0].request.body.raw", "$.order.remark") holds values of every kind.
    for (const auto& w : json_path ? own_words : words) {
      for (auto e : kExclusion)
        if (w == e) fc.exclusion = true;
    }
    // A key that is just "v": a version or cache-busting parameter (app.js?v=3.2.1.0).
    if (words.size() == 1 && words[0] == "v") fc.exclusion = true;
    // 版本, 版本号, 固件版本, 软件版本, 系统版本: "6.1.0.12" there is a version, not an IP.
    // 编号 (房源编号, 档案编号, 决定书编号): a record's number, not a person's.
    // A remark on an order (订单备注, 工单说明) is free text, which may hold anything.
    const bool free_text = Contains(name, "备注") || Contains(name, "留言") ||
                           Contains(name, "说明") || Contains(name, "描述") ||
                           Contains(name, "内容");
    if ((Contains(name, "订单") || Contains(name, "流水") || Contains(name, "工单") ||
         Contains(name, "编号") || Contains(name, "版本") || Contains(name, "固件") ||
         Contains(name, "金额") || Contains(name, "价格") || Contains(name, "费用")) &&
        !free_text)
      fc.exclusion = true;
  }
  // A broadband (PPPoE) login (see FieldClass::login_account).
  fc.login_account = Contains(name, "宽带账号") || Contains(name, "宽带帐号") ||
                     Has(words, "pppoe") ||
                     (Has(words, "broadband") && (Has(words, "account") || Has(words, "acct")));
  if (organisation_address && fc.type_mask == 0) fc.exclusion = true;
  // A hotline, a switchboard or a fax line is an organisation's number ("hotline": "+853
  // 2836 1234", 客服热线, 总机, 传真), however the rest of the name reads.
  // So is the number of a desk: 门店电话, 前台电话, 值班电话, 咨询电话. (A 监督电话 is often a
  // village official's own mobile: only its landlines are an office's, see OrganisationLineAt.)
  // A company's or a unit's own line (companyTel, company_phone, 单位电话, 公司电话) and a
  // reception desk's (front_desk, reception) likewise; not its contact's (companyContactTel).
  const auto& own = json_path ? own_words : words;
  const bool company_line = own.size() == 2 &&
                            (own[0] == "company" || own[0] == "corp" || own[0] == "org") &&
                            fc.HintsType(kPhoneNumber);
  if (Has(words, "hotline") || Has(words, "fax") || Has(words, "switchboard") || company_line ||
      (Has(words, "front") && Has(words, "desk")) || last == "frontdesk" || last == "reception" ||
      Contains(name, "单位电话") || Contains(name, "公司电话") ||
      Contains(name, "热线") || Contains(name, "传真") || Contains(name, "总机") ||
      Contains(name, "门店电话") || Contains(name, "前台电话") || Contains(name, "值班电话") ||
      Contains(name, "咨询电话") || Contains(name, "营业厅电话") || Contains(name, "客服电话")) {
    fc.type_mask = 0;
    fc.exclusion = true;
  }
  // A shop, branch or service hall (Shop 门市:, Branch 分行:, 营业厅:) is the operator's own
  // place: what follows it is no customer's address.
  if (fc.type_mask == 0 &&
      (Has(words, "shop") || Has(words, "store") || Has(words, "branch") ||
       Has(words, "outlet") || name == "门市" || name == "门店" || name == "分行" ||
       name == "支行" || name == "营业厅" || name == "网点"))
    fc.exclusion = true;
  fc.generic_label = fc.type_mask == 0 && !fc.exclusion && words.size() == 1 &&
                     (words[0] == "no" || words[0] == "number" || words[0] == "num" ||
                      words[0] == "nr" || words[0] == "nbr");
  return fc;
}

bool IsRoleMailbox(std::string_view local) {
  static constexpr std::string_view kRoles[] = {
      "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
      "mailer-daemon", "postmaster", "hostmaster", "webmaster", "abuse", "root", "admin",
      "administrator", "support", "customerservice", "kefu", "help",
      "helpdesk", "it-helpdesk", "servicedesk", "info", "contact", "sales", "marketing", "hr",
      "jobs", "careers", "billing", "invoice", "finance", "news", "newsletter", "notice",
      "notify", "notification", "notifications", "alert", "alerts", "system", "bounce",
      "bounces", "feedback", "privacy", "security", "legal", "press", "dpo", "payroll",
      "recruit", "recruitment", "zhaopin", "talent",
      // Desks, invoices (发票), property management (物业), accounts and enterprise sales.
      "cs", "fapiao", "wuye", "account", "accounts", "enterprise", "office", "reception", "kf",
      // A merchant's payment account (seller_email=pay@example-mall.com).
      "pay", "payment", "payments"};
  // Runs for every address: a local part that can be no role (its first letter and length
  // match none, and no prefix or suffix below) is ruled out before any compare.
  if (local.empty() || local.size() > 40) return false;
  static constexpr std::array<uint32_t, 26> kLengthsByFirst = [] {
    std::array<uint32_t, 26> m{};
    for (std::string_view r : kRoles) m[static_cast<size_t>(r[0] - 'a')] |= 1u << r.size();
    return m;
  }();
  const char first = static_cast<char>(local[0] | 0x20);
  const bool may_be_role = first >= 'a' && first <= 'z' && local.size() < 32 &&
                           (kLengthsByFirst[static_cast<size_t>(first - 'a')] >> local.size()) & 1;
  // A separator 6, 7, 8 or 9 bytes from the end: "-owner", "-notify", "-request",
  // "-support", "-service", "-noreply", "-helpdesk".
  auto separator_back = [&](size_t k) {
    if (local.size() <= k) return false;
    const char c = local[local.size() - k];
    return c == '-' || c == '_' || c == '.';
  };
  if (!may_be_role && first != 'r' && first != 'm' && first != 'o' && first != 'h' &&
      !separator_back(6) && !separator_back(7) && !separator_back(8) && !separator_back(9))
    return false;
  char buf[40];
  for (size_t k = 0; k < local.size(); ++k) {
    const char c = local[k];
    buf[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  const std::string_view v(buf, local.size());
  if (may_be_role && v.size() <= 15)
    for (std::string_view r : kRoles)
      if (r.size() == v.size() && r[0] == v[0] && r == v) return true;
  // A meeting room (room-512, meetingroom3), a list's owner and request addresses.
  // A team's or a system's address by its last word: anchor-service, crm-notify, hr-ssc (a
  // shared-service centre). (Not a bare "service@" or "-support": phishing senders and some
  // operators' support desks write those, and the corpora count them as addresses.)
  auto ends_word = [&](std::string_view w) {
    return v.size() > w.size() + 1 && v.substr(v.size() - w.size()) == w &&
           (v[v.size() - w.size() - 1] == '-' || v[v.size() - w.size() - 1] == '_' ||
            v[v.size() - w.size() - 1] == '.');
  };
  return v.substr(0, 5) == "room-" || v.substr(0, 11) == "meetingroom" ||
         v.substr(0, 6) == "owner-" || (v.size() > 6 && v.substr(v.size() - 6) == "-owner") ||
         (v.size() > 8 && v.substr(v.size() - 8) == "-request") || ends_word("service") ||
         ends_word("notify") || ends_word("noreply") || ends_word("helpdesk") ||
         // A team's report or desk: dq-weekly, ncb-beijing-fraud. (Not an on-call rota's
         // address, dsg-oncall@: corpora count those as addresses as often as not.)
         ends_word("weekly") || ends_word("fraud") ||
         v.substr(0, 3) == "hr-";
}

}  // namespace piguard::lexicon
