#include "detect/chinese.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"
#include "detect/lexicon.h"
#include "detect/surnames.h"
#include "detect/traditional.h"
#include "detect/tables.h"
#include "detect/validators.h"

namespace piguard::chinese {
namespace {

constexpr uint32_t kMaxCp = 0xA000;

uint32_t CpAt(std::string_view t, size_t pos, int* len) {
  if (pos >= t.size()) {
    *len = 0;
    return 0;
  }
  return utf8::Decode(t, pos, len);
}

// The code point of the three-byte UTF-8 character at w[at] (names and these words are made
// of such); for any other bytes a value no set holds.
constexpr char32_t Cp3(std::string_view w, size_t at) {
  if ((static_cast<unsigned char>(w[at]) & 0xF0u) != 0xE0u) return 0;
  return static_cast<char32_t>(((static_cast<unsigned char>(w[at]) & 0x0Fu) << 12) |
                               ((static_cast<unsigned char>(w[at + 1]) & 0x3Fu) << 6) |
                               (static_cast<unsigned char>(w[at + 2]) & 0x3Fu));
}

bool StartsWithAt(std::string_view t, size_t pos, std::string_view w) {
  return t.size() - pos >= w.size() && std::memcmp(t.data() + pos, w.data(), w.size()) == 0;
}

// Whether w is the literal word: a compare of known size, expanded in place. (string_view's
// operator== is a call wherever GCC stops inlining std::string_view::compare in this file,
// which one compare more anywhere in it was enough to make happen: the address parse paid
// 1% for it.)
template <size_t N>
[[gnu::always_inline]] inline bool WordIs(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// Whether t[p, q), six characters or more before 号, is digits only: an outlet's or a
// station's number (安阳镇33035711号投注站), no house's. Out of line: the address parse is
// codegen-sensitive, and this is rare.
[[gnu::noinline]] bool OutletNumberAt(std::string_view t, size_t p, size_t q) {
  if (Cp3(t, q) != U'号') return false;
  for (size_t k = p; k < q; ++k)
    if (!IsAsciiDigit(t[k])) return false;
  return true;
}
bool IsAsciiAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// The code point of a one-character UTF-8 literal, or of the first character of a longer one
// (all literals here are 1-3 byte characters).
constexpr uint32_t FirstCp(std::string_view w) {
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(w[k])); };
  if (b(0) < 0x80) return b(0);
  if (b(0) < 0xE0) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
}

// A set of code points below kMaxCp, built at compile time: membership is one bit test, where
// a list would be walked entry by entry.
class CpSet {
 public:
  constexpr void Add(uint32_t cp) { bits_[cp >> 6] |= uint64_t{1} << (cp & 63); }
  constexpr bool Has(uint32_t cp) const {
    return cp < kMaxCp && ((bits_[cp >> 6] >> (cp & 63)) & 1u);
  }

 private:
  uint64_t bits_[kMaxCp / 64] = {};
};
// The set of the code points listed.
template <size_t N>
constexpr CpSet CpSetOf(const char32_t (&cps)[N]) {
  CpSet set;
  for (char32_t c : cps) set.Add(c);
  return set;
}

// Suffixes that end an address component, longest first within each class.
enum class Part { kAdmin, kRoad, kNumber, kBuilding, kUnit };
struct Suffix {
  std::string_view word;
  Part part;
};
constexpr Suffix kNamedSuffixes[] = {
    {"特别行政区", Part::kAdmin}, {"自治区", Part::kAdmin}, {"自治州", Part::kAdmin},
    {"自治县", Part::kAdmin},   {"自治旗", Part::kAdmin},   {"开发区", Part::kAdmin},
    {"街道", Part::kAdmin},     {"社区", Part::kAdmin},     {"新区", Part::kAdmin},
    {"地区", Part::kAdmin},     {"省", Part::kAdmin},       {"市", Part::kAdmin},
    {"区", Part::kAdmin},       {"县", Part::kAdmin},       {"旗", Part::kAdmin},
    {"盟", Part::kAdmin},       {"州", Part::kAdmin},       {"镇", Part::kAdmin},
    {"乡", Part::kAdmin},       {"村", Part::kAdmin},
    // Inner Mongolia's townships and villages in pastoral areas (那仁宝拉格苏木, 巴彦图嘎嘎查).
    {"苏木", Part::kAdmin},     {"嘎查", Part::kAdmin},     {"大道", Part::kRoad},
    {"大街", Part::kRoad},      {"胡同", Part::kRoad},      {"路", Part::kRoad},
    {"街", Part::kRoad},        {"巷", Part::kRoad},        {"弄", Part::kRoad},
    {"道", Part::kRoad},        {"小区", Part::kBuilding},  {"花园", Part::kBuilding},
    {"家园", Part::kBuilding},  {"公寓", Part::kBuilding},  {"大厦", Part::kBuilding},
    {"广场", Part::kBuilding},  {"大楼", Part::kBuilding},  {"新村", Part::kBuilding},
    {"中心", Part::kBuilding},  {"苑", Part::kBuilding},    {"园", Part::kBuilding},
    {"府", Part::kBuilding},    {"城", Part::kBuilding},    {"里", Part::kBuilding},
    // Hong Kong and Macau: a public estate (利东邨), a block (德隆楼), a tower (翠湖阁).
    {"邨", Part::kBuilding},    {"楼", Part::kBuilding},    {"阁", Part::kBuilding},
    {"山庄", Part::kBuilding},
};
constexpr Suffix kNumberSuffixes[] = {
    {"号楼", Part::kUnit}, {"号院", Part::kNumber}, {"单元", Part::kUnit}, {"号", Part::kNumber},
    {"栋", Part::kUnit},   {"幢", Part::kUnit},     {"座", Part::kUnit},   {"楼", Part::kUnit},
    {"层", Part::kUnit},   {"室", Part::kUnit},     {"户", Part::kUnit},   {"弄", Part::kNumber},
    {"支弄", Part::kNumber},  {"期", Part::kUnit},  // an estate's phase: 丽城花园3期
    {"房", Part::kUnit},  // a room as Guangdong writes one (1203房); three digits at least
    {"巷", Part::kNumber},  // a numbered lane, as Taiwan writes it (文化路一段141巷52號)
};

// First code points of the suffix lists, entry for entry: an entry can only start where its
// first character does, so the (few) entries with that character are the only ones compared.
template <size_t N>
constexpr std::array<uint32_t, N> FirstCps(const Suffix (&list)[N]) {
  std::array<uint32_t, N> cps{};
  for (size_t k = 0; k < N; ++k) cps[k] = FirstCp(list[k].word);
  return cps;
}
template <size_t N>
constexpr CpSet FirstCpSet(const Suffix (&list)[N]) {
  CpSet set;
  for (const Suffix& s : list) set.Add(FirstCp(s.word));
  return set;
}
constexpr auto kNamedFirst = FirstCps(kNamedSuffixes);
constexpr auto kNumberFirst = FirstCps(kNumberSuffixes);
constexpr CpSet kNamedStarts = FirstCpSet(kNamedSuffixes);

// The first entry of `list`, in list order, that starts at t[pos] (and is of part *only,
// when given), or nullptr. cp must be the code point at t[pos] (0 at the end of t).
template <size_t N>
const Suffix* FirstSuffixAt(const Suffix (&list)[N], const std::array<uint32_t, N>& first,
                            std::string_view t, size_t pos, uint32_t cp,
                            const Part* only = nullptr) {
  for (size_t k = 0; k < N; ++k)
    if (first[k] == cp && (!only || list[k].part == *only) && StartsWithAt(t, pos, list[k].word))
      return &list[k];
  return nullptr;
}
// The first named suffix, in kNamedSuffixes order, at t[pos], or nullptr; cp as above.
const Suffix* NamedSuffixAt(std::string_view t, size_t pos, uint32_t cp) {
  if (!kNamedStarts.Has(cp)) return nullptr;
  return FirstSuffixAt(kNamedSuffixes, kNamedFirst, t, pos, cp);
}
// The first road suffix (kNamedSuffixes order: 大道 before 道) at t[pos], or nullptr.
const Suffix* RoadSuffixAt(std::string_view t, size_t pos) {
  static constexpr Part kRoad = Part::kRoad;
  int len = 0;
  uint32_t cp = CpAt(t, pos, &len);
  if (!kNamedStarts.Has(cp)) return nullptr;
  return FirstSuffixAt(kNamedSuffixes, kNamedFirst, t, pos, cp, &kRoad);
}
// The first number suffix (kNumberSuffixes order: 号楼 before 号) at t[pos] that is of part
// *only when given, or nullptr.
const Suffix* NumberSuffixAt(std::string_view t, size_t pos, const Part* only = nullptr) {
  int len = 0;
  uint32_t cp = CpAt(t, pos, &len);
  return FirstSuffixAt(kNumberSuffixes, kNumberFirst, t, pos, cp, only);
}

// Characters that never belong inside a component name.
bool IsBreakChar(uint32_t cp) {
  switch (cp) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0xFF01: case 0xFF1F:
    case 0x7684: /*的*/ case 0x662F: /*是*/ case 0x5728: /*在*/ case 0x4E86: /*了*/
    case 0x6211: /*我*/ case 0x8BF7: /*请*/ case 0x8C22: /*谢*/
      return true;
    default:
      return false;
  }
}

}  // namespace

namespace {
// One gazetteer entry before grouping: a view into static storage (the region table or a
// literal; short forms are prefixes of table names), so building needs no string copies.
struct PlaceName {
  std::string_view name;
  bool needs_suffix;  // a county stem: only a place when 县/区/市/旗 follows
};

// Hong Kong's regions, its 18 districts and the towns and neighbourhoods addresses name;
// Macau's peninsula, islands and parishes; Taiwan's cities and counties.
constexpr std::string_view kHkMacauTaiwanPlaces[] = {
    "香港", "澳门", "台湾", "香港岛", "港岛", "九龙", "新界", "离岛",
    "中西区", "湾仔区", "油尖旺区", "深水埗区", "九龙城区", "黄大仙区",
    "观塘区", "荃湾区", "屯门区", "元朗区", "大埔区", "西贡区", "沙田区", "葵青区",
    "离岛区", "中环", "上环", "西环", "湾仔", "铜锣湾", "跑马地", "北角", "鲗鱼涌",
    "筲箕湾", "柴湾", "香港仔", "鸭脷洲", "薄扶林", "赤柱", "浅水湾", "尖沙咀",
    "油麻地", "佐敦", "旺角", "大角咀", "深水埗", "长沙湾", "荔枝角", 
    "石硖尾", "九龙塘", "何文田", "红磡", "土瓜湾", "九龙城", "启德", "黄大仙", "钻石山",
    "慈云山", "新蒲岗", "牛头角", "九龙湾", "观塘", "蓝田", "油塘", "秀茂坪", "荃湾",
    "葵涌", "青衣", "屯门", "元朗", "天水围", "上水", "粉岭", "大埔", "沙田", "马鞍山",
    "将军澳", "西贡", "东涌", "愉景湾", 
    "澳门半岛", "氹仔", "路环", "路氹", "花地玛堂区", "圣安多尼堂区", "望德堂区",
    "风顺堂区", "大堂区", "嘉模堂区", "圣方济各堂区", "黑沙环", "新口岸", 
    "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "苗栗",
    "彰化", "南投", "云林", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "连江",
    "台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹市",
    "嘉义市", "新竹县", "苗栗县", "彰化县", "南投县", "云林县", "嘉义县", "屏东县",
    "宜兰县", "花莲县", "台东县", "澎湖县", "金门县", "连江县"};

// Every name the gazetteer knows: table names, their short forms and county stems.
std::vector<PlaceName> CollectPlaceNames() {
  std::vector<PlaceName> names;
  names.reserve(tables::kRegionCount * 2 + 2);
  auto add = [&](std::string_view name, bool needs_suffix) {
    if (name.size() < 6) return;  // at least two characters
    names.push_back({name, needs_suffix});
  };
  auto ends_with = [](std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  for (size_t i = 0; i < tables::kRegionCount; ++i) {
    std::string_view name = tables::kRegions[i].name;
    if (name.empty()) continue;
    add(name, false);
    // Short forms people write: 湖南 for 湖南省, 广西 for 广西壮族自治区, 永州 for 永州市.
    if (tables::kRegions[i].level <= 2) {
      static constexpr std::string_view kLong[] = {"壮族自治区", "回族自治区", "维吾尔自治区",
                                                   "自治区", "省", "市"};
      for (auto suffix : kLong) {
        if (name.size() > suffix.size() + 3 && ends_with(name, suffix)) {
          add(name.substr(0, name.size() - suffix.size()), false);
          break;
        }
      }
    } else {
      // Counties are renamed (县 -> 区, 县 -> 市) faster than any table: keep the stem and
      // accept it before any county-level suffix (宁河县 in the table, 宁河区 today).
      for (std::string_view suffix : {"县", "区", "市", "旗"}) {
        if (ends_with(name, suffix) && name.size() >= suffix.size() + 6) {
          add(name.substr(0, name.size() - suffix.size()), true);
          break;
        }
      }
    }
  }
  // Placeholder levels that appear in generated addresses copied from the code table.
  add("省直辖县级行政区划", false);
  add("自治区直辖县级行政区划", false);
  // The table stops at 香港特别行政区, 澳门特别行政区 and 台湾省: their own divisions and the
  // districts addresses there name (folded to simplified characters, as ParseAddress reads
  // traditional text).
  // Their traditional spellings too, so that a text scan can start an address at 九龍.
  static std::deque<std::string> traditional_names;
  for (std::string_view place : kHkMacauTaiwanPlaces) {
    add(place, false);
    for (std::string& v : traditional::TraditionalVariants(place)) {
      traditional_names.push_back(std::move(v));
      add(traditional_names.back(), false);
    }
  }
  return names;
}
}  // namespace

Gazetteer::Gazetteer() : first_(kMaxCp, false) {
  struct Keyed {
    uint64_t key;
    PlaceName place;
  };
  std::vector<PlaceName> names = CollectPlaceNames();
  std::vector<Keyed> keyed;
  keyed.reserve(names.size());
  for (const PlaceName& p : names) {
    int len = 0;
    uint32_t cp = utf8::Decode(p.name, 0, &len);
    int len2 = 0;
    uint32_t cp2 = utf8::Decode(p.name, static_cast<size_t>(len), &len2);
    if (cp < kMaxCp) first_[cp] = true;
    keyed.push_back({Key(cp, cp2), p});
  }
  // Group by key, longest first within a group; equal names end up side by side with the
  // plain place (needs_suffix false) first, and only that one is kept. Names of one length
  // in one group are distinct, so at most one of them matches: their order does not matter.
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.place.name.size() != b.place.name.size()) return a.place.name.size() > b.place.name.size();
    if (a.place.name != b.place.name) return a.place.name < b.place.name;
    return a.place.needs_suffix < b.place.needs_suffix;
  });
  keyed.erase(std::unique(keyed.begin(), keyed.end(),
                          [](const Keyed& x, const Keyed& y) { return x.place.name == y.place.name; }),
              keyed.end());
  places_.reserve(keyed.size());
  size_t groups = 0;
  for (size_t k = 0; k < keyed.size(); ++k) {
    groups += k == 0 || keyed[k].key != keyed[k - 1].key;
    places_.push_back({keyed[k].place.name, keyed[k].place.needs_suffix});
  }
  size_t size = 16;
  while (size < 2 * groups) size *= 2;
  table_.assign(size, Bucket{});
  for (size_t k = 0; k < keyed.size();) {
    size_t e = k;
    while (e < keyed.size() && keyed[e].key == keyed[k].key) ++e;
    size_t slot = Slot(keyed[k].key);
    while (table_[slot].key != 0) slot = (slot + 1) & (table_.size() - 1);
    table_[slot] = {keyed[k].key, static_cast<uint32_t>(k), static_cast<uint32_t>(e)};
    k = e;
  }
  prefix_filter_.assign((size_t{1} << kPrefixFilterBits) / 64, 0);
  for (const Place& p : places_) {
    const uint32_t h = PrefixHash(p.name.data());
    prefix_filter_[h >> 6] |= uint64_t{1} << (h & 63);
  }
}

uint32_t Gazetteer::PrefixHash(const char* p) {
  uint64_t w = 0;
  std::memcpy(&w, p, kPrefixBytes);
  return static_cast<uint32_t>((w * 0x9E3779B97F4A7C15ull) >> (64 - kPrefixFilterBits));
}

size_t Gazetteer::Slot(uint64_t key) const {
  // Fibonacci hashing: the top bits of the product index the power-of-two table.
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (table_.size() - 1);
}

const Gazetteer::Bucket* Gazetteer::FindBucket(uint64_t key) const {
  for (size_t slot = Slot(key);; slot = (slot + 1) & (table_.size() - 1)) {
    const Bucket& b = table_[slot];
    if (b.key == key) return &b;
    if (b.key == 0) return nullptr;  // the table is at most half full: an empty slot ends it
  }
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer g;
  return g;
}

size_t Gazetteer::MatchPlace(std::string_view t, size_t pos) const {
  // A match begins with the first six bytes of a place name, all of which set their bit in
  // the filter: text too short for a name, or whose six bytes hash to a clear bit, starts no
  // place. Most calls (any CJK character that may start a place) end here, before decoding
  // two characters and probing the bucket table.
  if (pos > t.size() || t.size() - pos < kPrefixBytes) return 0;
  const uint32_t h = PrefixHash(t.data() + pos);
  if (!((prefix_filter_[h >> 6] >> (h & 63)) & 1u)) return 0;
  return MatchPlaceUnfiltered(t, pos);
}

size_t Gazetteer::MatchPlaceUnfiltered(std::string_view t, size_t pos) const {
  int len = 0;
  uint32_t cp = CpAt(t, pos, &len);
  if (!MayStartPlace(cp)) return 0;
  int len2 = 0;
  uint32_t cp2 = CpAt(t, pos + static_cast<size_t>(len), &len2);
  const Bucket* bucket = FindBucket(Key(cp, cp2));
  if (!bucket) return 0;
  for (uint32_t k = bucket->begin; k < bucket->end; ++k) {
    const Place& p = places_[k];
    if (!StartsWithAt(t, pos, p.name)) continue;
    if (!p.needs_suffix) return p.name.size();
    size_t e = pos + p.name.size();
    for (std::string_view suffix : {"县", "区", "市", "旗"})
      if (StartsWithAt(t, e, suffix)) return p.name.size() + suffix.size();
  }
  return 0;
}

namespace {
// A road's section ("人民南路四段", "中山路2段"): part of the road's name.
size_t SkipRoadSection(std::string_view t, size_t p) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                                   "八", "九", "十"};
  // A direction names a section too: 天府大道北段, 中山大道西段, 蜀汉路东段, 上段, 中段.
  static constexpr std::string_view kDirections[] = {"东", "南", "西", "北", "中", "上", "下"};
  size_t q = p;
  while (q < t.size() && IsAsciiDigit(t[q]) && q - p < 3) ++q;
  if (q == p) {
    for (auto n : kNumerals)
      if (StartsWithAt(t, q, n)) {
        q += n.size();
        break;
      }
  }
  if (q == p) {
    for (auto d : kDirections)
      if (StartsWithAt(t, q, d)) {
        q += d.size();
        break;
      }
    // ... and a direction before the numeral: 一环路南四段.
    if (q > p) {
      size_t r = q;
      for (auto n : kNumerals)
        if (StartsWithAt(t, r, n)) {
          r += n.size();
          break;
        }
      if (r > q && StartsWithAt(t, r, "段")) return r + 3;
    }
    // A direction alone before the house number names the road's part too: 白云大道北148号,
    // and Guangzhou's middle parts: 江南大道中386弄.
    const bool compass = q > p && (StartsWithAt(t, p, "东") || StartsWithAt(t, p, "南") ||
                                   StartsWithAt(t, p, "西") || StartsWithAt(t, p, "北") ||
                                   StartsWithAt(t, p, "中"));
    if (compass && q < t.size() && IsAsciiDigit(t[q])) return q;
  }
  if (q > p && StartsWithAt(t, q, "段")) return q + 3;
  // A section named by the town it runs through: 青山公路荃湾段 (two to four characters).
  if (q == p) {
    size_t r = p;
    for (int chars = 0; chars < 4 && r < t.size(); ++chars) {
      int len = 0;
      const uint32_t cp = CpAt(t, r, &len);
      if (!utf8::IsCjk(cp) || IsBreakChar(cp)) break;
      r += static_cast<size_t>(len);
      if (chars >= 1 && StartsWithAt(t, r, "段")) return r + 3;
    }
  }
  return p;
}
// t[p, q) is a run of ASCII letters and digits. A village's group (组, 社 or 队) when the run is
// 1-3 digits right after 村: 和平村7组, 红星村11社.
bool VillageGroupAt(std::string_view t, size_t p, size_t q) {
  if (q - p > 3 || p < 3 || !StartsWithAt(t, p - 3, "村")) return false;
  for (size_t k = p; k < q; ++k)
    if (!IsAsciiDigit(t[k])) return false;
  return StartsWithAt(t, q, "组") || StartsWithAt(t, q, "社") || StartsWithAt(t, q, "队");
}
}  // namespace

// A room number written without 室: 2-5 digits right after 单元, 栋, 幢, 座, 层 or 楼 (号楼)
// that end the text or are followed by neither a letter, digit, '-', '.' nor a CJK character
// (so "3单元502，", "A座3501", "10层1008", but not "1号楼2024年" or a phone number run on
// without a space).
bool RoomAfterUnitAt(std::string_view t, size_t p, size_t q) {
  if (q - p < 2 || q - p > 5) return false;
  if (!((p >= 6 && StartsWithAt(t, p - 6, "单元")) ||
        (p >= 3 && (StartsWithAt(t, p - 3, "栋") || StartsWithAt(t, p - 3, "幢") ||
                    StartsWithAt(t, p - 3, "座") || StartsWithAt(t, p - 3, "层") ||
                    StartsWithAt(t, p - 3, "楼")))))
    return false;
  for (size_t k = p; k < q; ++k)
    if (!IsAsciiDigit(t[k])) return false;
  return DwellingEndsAt(t, q);
}

bool DwellingEndsAt(std::string_view t, size_t q) {
  if (q >= t.size()) return true;
  const auto c = static_cast<unsigned char>(t[q]);
  if (c < 0x80) return !std::isalnum(c) && c != '-' && c != '.';
  int cl = 0;
  const uint32_t next = utf8::Decode(t, q, &cl);
  // In a sentence a word that no number goes on into may follow: 您位于...28-4-2304的用电户,
  // 客户报...10栋2303整单元停电, ...2-1-1403家.
  return !utf8::IsCjk(next) || next == U'的' || next == U'整' || next == U'家' || next == U'处' ||
         next == U'门';
}
// t[p, q) is a run of ASCII letters, digits and '-'. A building, unit and room written with
// dashes ("16-4-3002", "20-3-904": one to three digits, one or two, three to five) where a
// dwelling's number ends (DwellingEndsAt).
bool DashedDwellingAt(std::string_view t, size_t p, size_t q) {
  int groups = 0;
  size_t len[3] = {0, 0, 0};
  for (size_t k = p; k < q; ++k) {
    if (t[k] == '-') {
      if (++groups > 2) return false;
    } else if (IsAsciiDigit(t[k])) {
      ++len[groups];
    } else {
      return false;
    }
  }
  // Building, unit and room (16-4-3002); or building and room (天悦华庭28-2305, 3-905), as
  // Guangdong and Fujian write them.
  const bool three = groups == 2 && len[0] >= 1 && len[0] <= 3 && len[1] >= 1 && len[1] <= 2 &&
                     len[2] >= 3 && len[2] <= 5;
  const bool two = groups == 1 && len[0] >= 1 && len[0] <= 3 && len[1] >= 3 && len[1] <= 4;
  if (!three && !two) return false;
  return DwellingEndsAt(t, q);
}

namespace {
// Where a run of one to six Chinese numerals (utf8::SpokenDigit, 十, 百) starting at p ends;
// p when there is none. Call transcripts write house numbers so: 民主路三十九号, 三栋二单元.
size_t ChineseNumeralRunEnd(std::string_view t, size_t p) {
  size_t q = p;
  for (int n = 0; n < 6 && q < t.size(); ++n) {
    int len = 0;
    const uint32_t cp = CpAt(t, q, &len);
    if (utf8::SpokenDigit(cp) < 0 && cp != U'十' && cp != U'百') break;
    q += static_cast<size_t>(len);
  }
  return q;
}
// The last characters of administrative division names (省, 市, 自治区, 州, 盟 ...).
constexpr std::string_view kDivisionEnds[] = {"省", "市", "区", "县", "州", "盟", "旗"};
// Only the first component may be text with no suffix when it is a known place; the
// estate-name rule applies after an address has started.
bool first_component_is_text(const AddressMatch& m) { return m.end == 0; }
}  // namespace


// ParseAddress's second try, on a copy of the line from pos with traditional characters folded
// to simplified ones (same length: the match's end holds for the original); m is the first
// try's answer, kept when the second does not reach further.
AddressMatch ParseFoldedAddress(std::string_view t, size_t pos, bool allow_no_place,
                                const AddressMatch& m) {
  constexpr size_t kWindow = 240;
  size_t e = pos;
  while (e < t.size() && e - pos < kWindow && t[e] != '\n') ++e;
  while (e < t.size() && e > pos && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) --e;
  const std::string folded = traditional::ToSimplified(t.substr(pos, e - pos));
  if (folded.size() != e - pos) return m;
  AddressMatch f = ParseSimplifiedAddress(folded, 0, allow_no_place);
  if (f.end == 0 || f.end + pos <= m.end) return m;
  f.end += pos;
  return f;
}

namespace {
// Whether a village's group (组, 社, 队) ends right before t[p], as the parse reads one
// (和平村7组, 王庄村九组): compared byte by byte, as it is asked at most steps of the parse.
bool VillageGroupEndsAt(std::string_view t, size_t p) {
  if (p < 3) return false;
  const auto b = [&](size_t k) { return static_cast<unsigned char>(t[p - 3 + k]); };
  return (b(0) == 0xE7 && b(1) == 0xBB && b(2) == 0x84) ||  // 组
         (b(0) == 0xE7 && b(1) == 0xA4 && b(2) == 0xBE) ||  // 社
         (b(0) == 0xE9 && b(1) == 0x98 && b(2) == 0x9F);    // 队
}
}  // namespace

AddressMatch ParseSimplifiedAddress(std::string_view t, size_t pos, bool allow_no_place) {
  const Gazetteer& gaz = Gazetteer::Get();
  AddressMatch m;
  size_t p = pos;
  bool first = true;
  bool after_admin = false;  // the last component was a division (province, city, district)
  for (int guard = 0; guard < 24 && p < t.size(); ++guard) {
    // 0. Shops and spreadsheets set the divisions apart with a blank ("浙江省 杭州市 西湖区
    // 文三路478号"): one blank after a division, before a Chinese character, goes on; the
    // address ends before it unless a component follows.
    if (after_admin && t[p] == ' ' && p + 1 < t.size() &&
        static_cast<unsigned char>(t[p + 1]) >= 0xE0)
      ++p;
    after_admin = false;
    // 1. A known place name, optionally followed by its admin suffix. After the first
    // component, a place name that starts a village's, a town's or an estate's name (大同村,
    // 长沙湾花园: a village's, town's or building's suffix right after it) is that name:
    // step 3 reads it.
    size_t len = gaz.MatchPlace(t, p);
    // (Cp3, not a Decode call: this runs after most divisions of an address.)
    if (len && !first && p + len + 3 <= t.size()) {
      const size_t q = p + len;
      // Not a division's own suffix (西湖 + 区, 杭州 + 市): the gazetteer reads those.
      if (const Suffix* suffix = NamedSuffixAt(t, q, Cp3(t, q));
          suffix && suffix->part != Part::kRoad &&
          (suffix->part != Part::kAdmin || WordIs(suffix->word, "村") ||
           WordIs(suffix->word, "镇") || WordIs(suffix->word, "乡") ||
           WordIs(suffix->word, "社区") || WordIs(suffix->word, "嘎查") ||
           WordIs(suffix->word, "苏木")))
        len = 0;
    }
    if (len) {
      p += len;
      if (StartsWithAt(t, p, "省") || StartsWithAt(t, p, "市")) p += 3;
      // "北京路", "庆阳路": a place name directly followed by a road suffix names a road.
      const Suffix* road_suffix = RoadSuffixAt(t, p);
      if (road_suffix) p += road_suffix->word.size();
      if (road_suffix) {
        m.road = true;
        p = SkipRoadSection(t, p);
      } else {
        ++m.admin;
        after_admin = true;
      }
      m.end = p;
      first = false;
      continue;
    }
    if (first && !allow_no_place) return {};
    first = false;
    // 2. A number component: ASCII alnum run (digits required) + a number suffix. A house
    // number after a road may carry 甲, 乙 or 丙 in front (学院路甲49号, as Beijing numbers
    // the houses added between two).
    if (m.road && p + 3 < t.size() && IsAsciiDigit(t[p + 3]) &&
        (StartsWithAt(t, p, "甲") || StartsWithAt(t, p, "乙") || StartsWithAt(t, p, "丙")))
      p += 3;
    size_t q = p;
    bool digits = false;
    while (q < t.size() && q - p < 12 &&
           (IsAsciiDigit(t[q]) || t[q] == '-' || (t[q] >= 'A' && t[q] <= 'Z') ||
            (t[q] >= 'a' && t[q] <= 'z'))) {
      digits |= IsAsciiDigit(t[q]);
      ++q;
    }
    if (q > p) {
      bool matched = false;
      static constexpr Part kUnitPart = Part::kUnit;
      if (!digits && q - p <= 2 && NumberSuffixAt(t, q, &kUnitPart)) {
        // A building by letter: 万科城D座, 师大家属区F座, A栋.
        p = q + NumberSuffixAt(t, q, &kUnitPart)->word.size();
        m.building = true;
        m.end = p;
        continue;
      }
      if (digits) {
        const Suffix* s = NumberSuffixAt(t, q);
        // 3房2厅 counts rooms; a room numbered 房 has at least three digits (1203房).
        if (s && WordIs(s->word, "房") && q - p < 3) s = nullptr;
        // Six digits and more before 号 are an outlet's or a station's number (安阳镇33035711号
        // 投注站), no house's.
        if (s && q - p >= 6 && OutletNumberAt(t, p, q)) s = nullptr;
        if (s) {
          p = q + s->word.size();
          // A house number, or a building / unit / room number: both pin a dwelling. An
          // estate's phase (3期) does not: 软件园二期 is a landmark.
          m.number |= !WordIs(s->word, "期");
          if (s->part == Part::kUnit) m.building = true;
          m.end = p;
          matched = true;
        } else if (VillageGroupAt(t, p, q)) {
          p = q + 3;  // 和平村7组: a village's group, numbered like a house
          m.end = p;
          matched = true;
        } else if (RoomAfterUnitAt(t, p, q)) {
          m.end = q;  // 3单元502, 5栋1203: a room number with no 室, ending the address
          break;
        } else if (DashedDwellingAt(t, p, q)) {
          m.number = m.building = true;  // 水岸名都16-4-3002: building, unit, room
          m.end = q;
          break;
        }
      }
      if (!matched) break;
      continue;
    }
    // 2b. The same in Chinese numerals (民主路三十九号, 三栋二单元), as speech is transcribed;
    // only after a road, building or number: right after a place, "一栋" is a quantity
    // ("西区一栋楼"). After 村, a village's group (王庄村九组32号).
    if (p >= 3 && StartsWithAt(t, p - 3, "村")) {
      const size_t q2 = ChineseNumeralRunEnd(t, p);
      if (q2 > p && (StartsWithAt(t, q2, "组") || StartsWithAt(t, q2, "社") ||
                     StartsWithAt(t, q2, "队"))) {
        p = q2 + 3;
        m.end = p;
        continue;
      }
    }
    // (After a village's group too: 赵家沟村五组六十三号, as a call's transcript writes it.
    // The text says so: a flag kept through the loop cost the whole parse 1%.)
    if (const size_t q2 = (m.road || m.building || m.number || VillageGroupEndsAt(t, p))
                              ? ChineseNumeralRunEnd(t, p)
                              : p;
        q2 > p) {
      if (const Suffix* s = NumberSuffixAt(t, q2)) {
        p = q2 + s->word.size();
        m.number |= !WordIs(s->word, "期");
        if (s->part == Part::kUnit) m.building = true;
        m.end = p;
        continue;
      }
    }
    // 3. A named component: 1-12 CJK characters + a named suffix.
    bool matched = false;
    size_t r = p;
    for (int chars = 0; chars < 13 && r < t.size(); ++chars) {
      int len = 0;
      uint32_t cp = CpAt(t, r, &len);
      if (chars > 0) {
        if (const Suffix* s = NamedSuffixAt(t, r, cp)) {
          p = r + s->word.size();
          // "科技园路", "新城大道": a building or admin suffix followed at once by a road
          // suffix is part of the road's name.
          Part part = s->part;
          if (part != Part::kRoad) {
            if (const Suffix* road = RoadSuffixAt(t, p)) {
              p += road->word.size();
              part = Part::kRoad;
            } else if (StartsWithAt(t, p, "村") && !StartsWithAt(t, p, "村委")) {
              // "花园村", "古城村", "新城村": a village named with a suffix's word.
              p += 3;
              part = Part::kAdmin;
            }
          }
          if (part == Part::kAdmin) {
            ++m.admin;
            after_admin = true;
          } else if (part == Part::kRoad) {
            m.road = true;
          }
          else
            m.building = true;
          m.end = p;
          matched = true;
          break;
        }
      }
      // 是 ends a component (地址是..., ...号是我家), except in the word 求是 (求是路, 求是村);
      // so does 在 (住在...), except in 自在 (金地自在城).
      if (!utf8::IsCjk(cp) ||
          (IsBreakChar(cp) && !(cp == U'是' && r >= 3 && StartsWithAt(t, r - 3, "求")) &&
           !(cp == U'在' && r >= 3 && StartsWithAt(t, r - 3, "自"))))
        break;
      r += len;
    }
    if (!matched && r > p && r - p <= 8 * 3 && !first_component_is_text(m)) {
      // An estate with a name that has no suffix ("锦绣华庭5栋"): accept 1-8 characters when
      // a building or unit number follows at once.
      size_t q2 = r;
      while (q2 < t.size() && IsAsciiDigit(t[q2])) ++q2;
      static constexpr Part kUnit = Part::kUnit;
      // Or a dashed building-unit-room (水岸名都16-4-3002).
      auto dashed = [&] {
        size_t q3 = q2;
        while (q3 < t.size() && q3 - r < 12 && (IsAsciiDigit(t[q3]) || t[q3] == '-')) ++q3;
        return q2 > r && q2 < t.size() && t[q2] == '-' && DashedDwellingAt(t, r, q3);
      };
      // (Not households counted: 昆明市共有13058户, 住保办公布22户.)
      const Suffix* unit = q2 > r ? NumberSuffixAt(t, q2, &kUnit) : nullptr;
      if ((unit && Cp3(t, q2) != U'户') || dashed()) {
        m.building = true;
        p = r;
        m.end = p;
        matched = true;
      }
    }
    if (!matched) break;
    if (m.road) p = SkipRoadSection(t, p);
    m.end = std::max(m.end, p);
  }
  return m;
}

bool EndsWithDivision(std::string_view t, size_t end) {
  return end >= 3 && std::any_of(std::begin(kDivisionEnds), std::end(kDivisionEnds),
                                 [&](std::string_view w) { return StartsWithAt(t, end - 3, w); });
}

bool OnlyDivisionNames(std::string_view t, size_t pos, size_t end) {
  // Divisions end in a division suffix or are a short form of at most four characters
  // (湖南, 内蒙古): an address ending in 号 or 室, nearly every one, needs no parse.
  if (end - pos > 12 && !EndsWithDivision(t, end)) return false;
  AddressMatch m = ParseAddress(t, pos, /*allow_no_place=*/true);
  if (m.end != end || m.admin == 0 || m.road || m.number || m.building) return false;
  // A town, township, village or neighbourhood is a place people can be found in.
  for (std::string_view w : {"镇", "乡", "村", "街道", "社区"})
    if (end - pos >= w.size() && StartsWithAt(t, end - w.size(), w)) return false;
  return true;
}

Surnames::Surnames() : single_(kMaxCp, false), start_(kMaxCp, false), compound_start_(kMaxCp, false) {
  for (size_t i = 0; i < tables::kSingleSurnameCount; ++i) {
    int len = 0;
    uint32_t cp = utf8::Decode(tables::kSingleSurnames[i], 0, &len);
    if (cp < kMaxCp) single_[cp] = start_[cp] = true;
  }
  compound_keys_.reserve(tables::kCompoundSurnameCount);
  for (size_t i = 0; i < tables::kCompoundSurnameCount; ++i) {
    std::string_view s = tables::kCompoundSurnames[i];
    int len = 0;
    uint32_t cp = utf8::Decode(s, 0, &len);
    int len2 = 0;
    uint32_t cp2 = utf8::Decode(s, static_cast<size_t>(len), &len2);
    if (cp < kMaxCp) start_[cp] = compound_start_[cp] = true;
    // Two whole characters: the key then stands for exactly these bytes (UTF-8 has one
    // encoding per code point and Decode accepts no other).
    if (static_cast<size_t>(len + len2) == s.size()) compound_keys_.push_back(CompoundKey(cp, cp2));
  }
  std::sort(compound_keys_.begin(), compound_keys_.end());
}

const Surnames& Surnames::Get() {
  static const Surnames s;
  return s;
}

size_t Surnames::Match(std::string_view t, size_t pos) const {
  int len = 0;
  uint32_t cp = CpAt(t, pos, &len);
  if (!MayStart(cp)) return 0;
  if (compound_start_[cp]) {
    // A compound surname first: the two code points at t[pos] as one key.
    int len2 = 0;
    uint32_t cp2 = CpAt(t, pos + static_cast<size_t>(len), &len2);
    if (len2 > 0 &&
        std::binary_search(compound_keys_.begin(), compound_keys_.end(), CompoundKey(cp, cp2)))
      return static_cast<size_t>(len + len2);
  }
  return IsSingle(cp) ? static_cast<size_t>(len) : 0;
}

namespace {
// Characters that, right after a surname and one given character, usually start the next
// word rather than end the name.
// Function words and verbs that follow a name in speech ("我叫张三的", "王五想办理").
// Characters common inside given names (明, 家, 生, 小, 若 ...) are deliberately absent: 若
// ("if") after a name is literary, and 芷若, 若汐, 若曦 are common given names.
constexpr char32_t kStops[] = {
    U'的', U'是', U'在', U'了', U'和', U'与', U'及', U'我', U'你', U'他', U'她', U'们', U'这',
    U'那', U'有', U'要', U'想', U'请', U'来', U'去', U'说', U'先', U'女', U'今', U'昨', U'用',
    U'办', U'需', U'已', U'也', U'都', U'就', U'还', U'又', U'很', U'吗', U'呢', U'吧', U'啊',
    U'哦', U'电', U'手', U'身', U'住', U'号', U'给', U'把', U'被', U'从', U'到', U'对', U'向',
    U'同', U'老', U'经', U'师', U'士', U'姐', U'联', U'咨', U'投', U'申', U'查', U'您', U'等',
    U'于', U'为', U'将', U'会', U'能', U'可', U'因', U'所', U'但', U'却', U'并', U'而', U'或',
    U'则', U'之', U'其', U'证', U'卡', U'啦', U'呀', U'嘛', U'哈', U'打', U'拨', U'发',
    U'收', U'现', U'刚', U'正', U'没', U'不', U'本',  // 请问是孔春帆本人吗
    // Verbs of records and court documents right after a name: 刘英代其缴纳, 陈春红近日,
    // 王凤颖陪同, 刘雪辩称, 胡雨名下, 徐斌然犯, 胡雨买卖.
    U'代', U'近', U'陪', U'称', U'辩', U'诉', U'犯', U'名', U'认', U'表', U'携', U'驾', U'持',
    U'买', U'卖', U'签',
    U'回'};  // 坐席朱荣华回访受害人, 王芳回电
constexpr CpSet kStopSet = CpSetOf(kStops);
static_assert([] {
  for (char32_t c : kStops)
    if (c >= kMaxCp) return false;
  return true;
}(), "every stop character must fit the set");
bool StopsName(uint32_t cp) { return kStopSet.Has(cp); }

// The most common surnames, about 90% of the population, and rarer ones that are no everyday
// word (listed last), without the few common ones that are also
// everyday words (和, 由, 常, 成, 时 ...). A phrase that may
// also be followed by other words (kRole, kBounded, kKin, kWeak) names a person only when
// one of these starts the name: rare surnames are common words too (和, 有, 应, 双, 公, 银).
constexpr char32_t kCommonSurnames[] = {
    U'王', U'李', U'张', U'刘', U'陈', U'杨', U'黄', U'赵', U'吴', U'周', U'徐', U'孙', U'马',
    U'朱', U'胡', U'郭', U'何', U'高', U'林', U'罗', U'郑', U'梁', U'谢', U'宋', U'唐', U'许',
    U'韩', U'冯', U'邓', U'曹', U'彭', U'曾', U'肖', U'田', U'董', U'袁', U'潘', U'于', U'蒋',
    U'蔡', U'余', U'杜', U'叶', U'程', U'苏', U'魏', U'吕', U'丁', U'任', U'沈', U'姚', U'卢',
    U'姜', U'崔', U'钟', U'谭', U'陆', U'汪', U'范', U'金', U'石', U'廖', U'贾', U'夏', U'韦',
    U'付', U'方', U'白', U'邹', U'孟', U'熊', U'秦', U'邱', U'江', U'尹', U'薛', U'闫', U'段',
    U'雷', U'侯', U'龙', U'史', U'陶', U'黎', U'贺', U'顾', U'毛', U'郝', U'龚', U'邵', U'万',
    U'钱', U'严', U'覃', U'武', U'戴', U'莫', U'孔', U'向', U'汤', U'易', U'乔', U'庞', U'颜', U'倪',
    U'聂', U'鲁', U'岳', U'翟', U'殷', U'詹', U'欧', U'耿', U'焦', U'俞', U'柳', U'祝', U'舒',
    U'阮', U'柯', U'纪', U'梅', U'凌', U'毕', U'季', U'裴', U'霍', U'涂', U'苗', U'谷', U'盛',
    U'曲', U'翁', U'冉', U'骆', U'蓝', U'游', U'辛', U'靳', U'管', U'柴', U'鲍', U'喻', U'祁',
    U'蒲', U'滕', U'屈', U'饶', U'牟', U'艾', U'尤', U'穆', U'卓', U'缪', U'褚', U'娄', U'窦',
    U'戚', U'岑', U'樊', U'葛', U'邢', U'齐', U'伍', U'温', U'康', U'施', U'牛', U'章', U'申',
    U'傅', U'萧', U'庄', U'佟', U'虞', U'敖', U'巩', U'鄢', U'闵', U'瞿', U'姬', U'寇',
    // The same in traditional characters where they differ.
    U'張', U'劉', U'陳', U'楊', U'黃', U'趙', U'吳', U'孫', U'馬', U'羅', U'鄭', U'謝', U'許',
    U'韓', U'馮', U'鄧', U'蔣', U'葉', U'蘇', U'呂', U'盧', U'鍾', U'譚', U'陸', U'賈', U'韋',
    U'鄒', U'閆', U'龍', U'賀', U'顧', U'龔', U'萬', U'錢', U'嚴', U'湯', U'喬', U'龐', U'顏',
    U'聶', U'魯', U'歐', U'紀', U'畢', U'藍', U'饒', U'鮑', U'齊', U'溫', U'莊', U'關', U'區',
    U'麥', U'鄺', U'蕭', U'閻',
    // Rarer surnames that are no everyday word, nor the start of one (仉, 笪, 郇, 亓, 冼, 禤,
    // 佘, 隗): after a role noun they start a name as surely as 王 does. (Not 仇, 麻, 糜, 鞠,
    // 甄, 诸, 区: 仇恨, 麻烦, 糜烂, 鞠躬, 甄别, 诸位, 区域.)
    U'仉', U'笪', U'郇', U'亓', U'冼', U'禤', U'佘', U'隗', U'晏', U'邝', U'邬', U'郦', U'阚',
    U'訾', U'厍', U'逄', U'蒯', U'谯', U'眭', U'郗', U'璩', U'蔺', U'缑', U'佴', U'宓', U'钭',
    U'郜', U'邰', U'胥', U'逯', U'昝', U'邴', U'荀', U'嵇', U'臧', U'卞', U'晁', U'谌', U'庹',
    U'綦', U'蹇', U'隋', U'雒', U'郄', U'栾', U'酆', U'殳', U'夔', U'扈', U'阎'};
constexpr CpSet kCommonSurnameSet = CpSetOf(kCommonSurnames);

// First characters of the honorifics HonorificAt knows (先生, 女士, 小姐, 阿姨).
bool MayStartHonorific(uint32_t cp) {
  return cp == U'先' || cp == U'女' || cp == U'小' || cp == U'阿';
}
// Defined with the report words below: 的, 和, 在 ... after a name.
bool FunctionWordAt(std::string_view t, size_t pos);

// Whether the given-name character cp ending at `after` may end a name though it usually
// starts the next word: 刚 and 正 (common given names) where no Chinese character follows
// (林志刚（Lin Zhigang）, 袁刚，), and 刚 before a function word too (刘志刚和叶丽, 王立刚的);
// before anything else they are "just" and "right" (张正在开会: 正在).
bool GangOrZhengEndsName(std::string_view t, uint32_t cp, size_t after) {
  if (cp != U'刚' && cp != U'正') return false;
  int next = 0;
  return after >= t.size() || !utf8::IsCjk(CpAt(t, after, &next)) ||
         (cp == U'刚' && FunctionWordAt(t, after));
}
}  // namespace

size_t MatchChineseName(std::string_view t, size_t pos, bool require_surname,
                        bool* known_surname) {
  const Surnames& sn = Surnames::Get();
  size_t sl = sn.Match(t, pos);
  *known_surname = sl > 0;
  if (sl == 0) {
    if (require_surname) return 0;
    int len = 0;
    uint32_t cp = CpAt(t, pos, &len);
    if (!utf8::IsCjk(cp)) return 0;
    sl = static_cast<size_t>(len);
  }
  size_t p = pos + sl;
  int given = 0;
  while (given < 3 && p < t.size()) {
    int len = 0;
    uint32_t cp = CpAt(t, p, &len);
    if (!utf8::IsCjk(cp)) break;
    if (require_surname) {  // running text: stop where the next word probably starts
      // A surname and a form of address (林小姐, 王先生) is no full name.
      if (given == 0 && MayStartHonorific(cp) && HonorificAt(t, p)) return 0;
      if (given >= 1 && StopsName(cp) &&
          !GangOrZhengEndsName(t, cp, p + static_cast<size_t>(len)))
        break;
      if (given >= 1 && MayStartHonorific(cp) && HonorificAt(t, p)) break;
      if (given == 2) break;  // at most two given characters
    }
    p += len;
    ++given;
  }
  if (given == 0) return 0;
  return p - pos;
}

size_t TransliteratedNameLength(std::string_view t, size_t pos) {
  auto dot_at = [&](size_t p) -> size_t {
    if (StartsWithAt(t, p, "\xC2\xB7")) return 2;  // '·' U+00B7
    if (StartsWithAt(t, p, "\xE2\x80\xA2") || StartsWithAt(t, p, "\xE3\x83\xBB")) return 3;
    return 0;
  };
  size_t p = pos;
  int parts = 0;
  for (;;) {
    int chars = 0;
    for (int len = 0; p < t.size() && chars < 9; p += static_cast<size_t>(len), ++chars) {
      const uint32_t cp = CpAt(t, p, &len);
      if (!utf8::IsCjk(cp) || IsBreakChar(cp)) break;
    }
    if (chars == 0 || chars > 8 || (parts == 0 && chars < 2)) return 0;
    ++parts;
    const size_t dot = dot_at(p);
    if (!dot || parts == 3) break;
    p += dot;
  }
  return parts >= 2 ? p - pos : 0;
}

namespace {
// Whether t[0, pos) ends with one of `words`.
template <size_t N>
bool EndsWithAny(std::string_view t, size_t pos, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (pos >= w.size() && t.substr(pos - w.size(), w.size()) == w) return true;
  return false;
}
}  // namespace

bool EndsWithHolderDocument(std::string_view t, size_t pos) {
  static constexpr std::string_view kDocuments[] = {"身份证", "驾驶证", "行驶证", "学生证", "工作证",
                                                     "护照",   "通行证", "户口本", "社保卡", "银行卡"};
  return EndsWithAny(t, pos, kDocuments);
}

bool EndsWithOrganisation(std::string_view t, size_t pos) {
  static constexpr std::string_view kSuffixes[] = {
      "营业厅", "公司", "银行", "支行", "分行", "医院", "门店", "分店", "专卖店", "网点",
      "营业部", "服务中心", "派出所", "法院", "公证处", "事务所", "学校", "大学", "酒店"};
  return EndsWithAny(t, pos, kSuffixes);
}

size_t SpacedWordBefore(std::string_view t, size_t pos, std::string_view word) {
  size_t p = pos;
  size_t w = word.size();
  while (w > 0) {
    size_t c = w - 1;  // where the last character of word not yet matched starts
    while (c > 0 && (static_cast<unsigned char>(word[c]) & 0xC0) == 0x80) --c;
    const std::string_view ch = word.substr(c, w - c);
    if (p < ch.size() || t.substr(p - ch.size(), ch.size()) != ch) return 0;
    p -= ch.size();
    w = c;
    if (w == 0) break;
    const size_t blanks_end = p;  // one to eight blanks before it
    while (p > 0 && blanks_end - p < 8 && (t[p - 1] == ' ' || t[p - 1] == '\t')) --p;
    if (p == blanks_end) return 0;
  }
  return pos - p;
}

// "姓  名", "户    名": a two-character name label as OCR and PDF exports space it, ending
// at t[pos]; its length or 0. So are a certificate's or a form's role labels: 权 利 人, 所 有 人,
// 申 请 人, 共 有 人, 联 系 人, 监 护 人 (property certificates, court and bank forms), 代 办 人,
// 经 办 人, 代 理 人, 委 托 人, 受 托 人 (a business hall's real-name forms).
size_t SpacedNameLabelBefore(std::string_view t, size_t pos) {
  static constexpr std::string_view kNameLabels[] = {"姓名", "户名"};
  static constexpr std::string_view kRoleLabels[] = {"权利人", "所有人", "申请人", "共有人",
                                                     "联系人", "监护人", "代办人", "经办人",
                                                     "代理人", "委托人", "受托人"};
  // (With its colon too: 姓    名：努尔兰•巴合提.)
  const size_t colon = pos > 0 && t[pos - 1] == ':' ? 1 : 0;
  const size_t end = pos - colon;
  if (end < 7) return 0;
  if (StartsWithAt(t, end - 3, "名")) {
    for (std::string_view w : kNameLabels)
      if (const size_t n = SpacedWordBefore(t, end, w)) return n + colon;
  } else if (StartsWithAt(t, end - 3, "人")) {
    for (std::string_view w : kRoleLabels)
      if (const size_t n = SpacedWordBefore(t, end, w)) return n + colon;
  }
  return 0;
}

// Whether t[0, end) ends with an invoice's buyer column and blanks: 购, 购买方 or 购买方信息
// (the column's text, written down the left of the buyer's fields).
bool InvoiceBuyerColumnBefore(std::string_view t, size_t end) {
  size_t p = end;
  while (p > 0 && t[p - 1] == ' ') --p;
  if (p == end) return false;  // the column stands apart from the label
  for (std::string_view w : {"购买方信息", "购买方", "购"})
    if (p >= w.size() && t.substr(p - w.size(), w.size()) == w) return true;
  return false;
}

namespace trigger_table {
using K = TriggerKind;
// The phrases NameTriggerBefore looks for, with how surely each introduces a name.
constexpr std::pair<std::string_view, TriggerKind> kTriggers[] = {
    // Longer forms first: "联系人:" before "联系人".
    {"我叫", K::kStrong},     {"她叫", K::kStrong},     {"他叫", K::kStrong},
    // "my wife is called ...": a relative or acquaintance, then 叫 (not any noun: a
    // place "叫王府井" is no person).
    {"老婆叫", K::kStrong},   {"老公叫", K::kStrong},   {"妻子叫", K::kStrong},
    {"丈夫叫", K::kStrong},   {"爱人叫", K::kStrong},   {"儿子叫", K::kStrong},
    {"女儿叫", K::kStrong},   {"孩子叫", K::kStrong},   {"父亲叫", K::kStrong},
    {"母亲叫", K::kStrong},   {"爸爸叫", K::kStrong},   {"妈妈叫", K::kStrong},
    {"朋友叫", K::kStrong},   {"同事叫", K::kStrong},   {"姓名叫", K::kStrong},
    {"名叫", K::kStrong},     {"姓名是", K::kStrong},   {"姓名为", K::kStrong},
    {"姓名:", K::kStrong},    {"姓名 ", K::kStrong},    {"名字是", K::kStrong},
    {"名字叫", K::kStrong},   {"名字:", K::kStrong},    {"联系人:", K::kStrong},
    {"收件人:", K::kStrong},  {"收货人:", K::kStrong},  {"客户名:", K::kStrong},
    {"持卡人:", K::kStrong},  {"户主:", K::kStrong},    {"机主:", K::kStrong},
    {"name:", K::kStrong},    {"name=", K::kStrong},    {"Name:", K::kStrong},
    {"经办人:", K::kStrong},  {"代办人:", K::kStrong},  {"签收人:", K::kStrong},
    {"车主:", K::kStrong},    {"法定代表人:", K::kStrong}, {"经办人", K::kStrong},
    {"代办人", K::kStrong},   {"签收人", K::kStrong},   {"法定代表人", K::kStrong},
    {"监护人", K::kStrong},   {"申请人", K::kStrong},   {"投诉人", K::kStrong},
    {"入住人", K::kRole},     {"寄件人", K::kRole},     {"乘车人", K::kRole},
    {"乘机人", K::kRole},     {"就诊人", K::kRole},     {"投保人", K::kRole},
    {"被保险人", K::kRole},   {"被保人", K::kRole},     {"受益人", K::kRole},
    {"担保人", K::kRole},
    // Letters, complaints and contracts: 信访人：王芳, 反映人：王芳, 乙方（承租方）：王芳, and
    // bank forms: 户名：王芳, 开户人：王芳. 甲方/乙方 are often companies: the name must end
    // cleanly (kRole).
    {"信访人:", K::kStrong},  {"反映人:", K::kStrong},  {"举报人:", K::kStrong},
    {"申诉人:", K::kStrong},  {"开户人:", K::kStrong},  {"开户名:", K::kStrong},
    {"户名:", K::kStrong},    {"承租方:", K::kRole},    {"承租人:", K::kStrong},
    {"出租方:", K::kRole},    {"出租人:", K::kStrong},  {"乙方:", K::kRole},
    {"甲方:", K::kRole},      {"承租方):", K::kRole},   {"出租方):", K::kRole},
    {"联系人", K::kRole},     {"收件人", K::kRole},     {"收货人", K::kRole},
    {"户主", K::kRole},       {"机主", K::kRole},       {"持卡人", K::kRole},
    {"车主", K::kRole},
    // A label written straight before the name (姓名田宇平, 户名周鹏红 — not 用户名, see
    // below), and a changed contact (联系人改为彭倩霞).
    {"姓名", K::kRole},       {"户名", K::kRole},       {"名字", K::kRole},
    // A Latin name's owner in Chinese after it: "CIO Amy Huang（中文名黄浩）".
    {"中文名", K::kRole},
    {"联系人改为", K::kStrong}, {"联系人变更为", K::kStrong}, {"联系人换成", K::kStrong},
    {"收件人改为", K::kStrong}, {"收货人改为", K::kStrong},
    // A waybill's face sheet: 收: 董宁平 / 147..., 寄  司马雅浩  147... (a common surname
    // and a clean end, as every role).
    {"收:", K::kRole},        {"寄:", K::kRole},        {"收 ", K::kRole},
    {"寄 ", K::kRole},
    // Certificates name the holder and a former name (所有人 李勇, 曾用名 侯坤国); forms
    // the customer, co-residents and family (客户名称 冯宁淑, 家庭成员：戴德（配偶）), a
    // payment its payee's real name (实名：莫瑶睿). OCR's spaced labels (姓  名) are matched
    // after this table (SpacedNameLabelBefore).
    {"所有人", K::kRole},     {"曾用名", K::kRole},     {"客户名称", K::kRole},
    // An invoice's buyer, who may be a person: 购买方名称：周雅婷, and the e-invoice's form,
    // whose 购买方信息 runs down the left of its 名称 (购  名称：周雅婷; asked below).
    {"购买方名称", K::kRole}, {"购方名称", K::kRole},   {"名称:", K::kRole},
    {"共同居住人", K::kRole}, {"家庭成员:", K::kRole},  {"实名:", K::kRole},
    // Certificates of kinship and birth: 陈芳的父亲是谭霞，母亲是李磊敏; 兹证明陈芳于....
    {"父亲是", K::kRole},     {"母亲是", K::kRole},     {"配偶是", K::kRole},
    {"丈夫是", K::kRole},     {"妻子是", K::kRole},     {"兹证明", K::kRole},
    // Posts and ads: 卖家：刘晓明, 室友：方德明, 上一任租客王芳的押金, 名字都是毛淑芬.
    {"卖家", K::kRole},       {"买家", K::kRole},       {"室友", K::kRole},
    {"租客", K::kRole},       {"房客", K::kRole},       {"名字都是", K::kStrong},
    // Lost-and-found, notices and school groups: 联系：莫建军 86-138..., 志愿者付凤英（+86...),
    // 今天作业未交的同学：崔博、赵梓涵, 本周值日生：田静.
    {"联系:", K::kRole},      {"志愿者", K::kRole},     {"同学:", K::kRole},
    // Work notes: a handover (交接人 武梅梦, 交接给余海燕。), an engineer sent out
    // (装维工程师郇子涵（131...）), a group-buy's leader (联系团长尹梅静 152...).
    {"交接人", K::kRole},     {"交接给", K::kRole},     {"工程师", K::kRole},
    {"团长", K::kRole},
    // Expense reports and visit notes: 温州出差，同行方涛; 拜访某某有限公司，见刘志刚.
    {"同行", K::kRole},       {",见", K::kRole},        {"，见", K::kRole},
    // English notes, changelogs and code comments before a Chinese name: "reported by 袁彬",
    // "for customer 姚天峰", "(holder 秦欣晴)", "owner 朱秀英", "@author 邵涵怡".
    {"reported by", K::kRole}, {"customer", K::kRole}, {"Customer", K::kRole},
    {"holder", K::kRole},      {"owner", K::kRole},    {"Owner", K::kRole},
    {"assignee", K::kRole},    {"@author", K::kStrong},
    // "export by 杨帆 for IR-...", "Victim 马芳 (DOB ...)".
    {"by", K::kRole},          {"Victim", K::kRole},   {"victim", K::kRole},
    // Visits and call-backs: 回访方翔，生日..., 上门拜访方一鸣先生.
    {"回访", K::kRole},       {"走访", K::kRole},       {"拜访", K::kRole},
    // In-laws: 其女婿张浩（136...）, 其儿媳陈雪.
    {"女婿", K::kKin},        {"儿媳", K::kKin},
    {"值日生:", K::kRole},
    // Whoever handles the case or installs the line: 处理人王明轩将在48小时内, 装机人杨立新，.
    {"处理人", K::kRole},     {"受理人", K::kRole},     {"装机人", K::kRole},
    {"来访人", K::kRole},     {"联系方式:", K::kRole},  {"请联系", K::kRole},
    // School notices: 班主任林军, 班主任：赵建平. A village broadcast's announcer: 播音：吕军.
    {"班主任", K::kRole},     {"播音:", K::kRole},      {"播音员", K::kRole},
    // A register's family members by kinship (共有人/家庭成员: 妻：杜素希；父：闫光士), a
    // payment made for someone (代缴人林坚中), a crew's leader (班组长：何琴思).
    {"妻:", K::kRole},        {"夫:", K::kRole},        {"子:", K::kRole},
    {"女:", K::kRole},        {"父:", K::kRole},        {"母:", K::kRole},
    {"配偶:", K::kRole},      {"妻子:", K::kRole},      {"丈夫:", K::kRole},
    {"儿子:", K::kRole},      {"女儿:", K::kRole},      {"父亲:", K::kRole},
    {"母亲:", K::kRole},      {"代缴人", K::kRole},     {"缴费人", K::kRole},
    {"班组长", K::kRole},     {"班长", K::kRole},
    // Hong Kong's 聯絡人 (the traditional spellings of the others are added to the list).
    {"聯絡人:", K::kStrong},  {"聯絡人", K::kRole},
    // Interview schedules: 面试官：苏德, HR：邓飞.
    {"面试官:", K::kRole},    {"HR:", K::kRole},
    // The speaker's family: 我老公丁艳超的号, 我爱人姜宇说, 我家里老人许霞的号码.
    {"我老公", K::kBounded}, {"我老婆", K::kBounded}, {"我爱人", K::kBounded},
    {"我丈夫", K::kBounded}, {"我妻子", K::kBounded}, {"我媳妇", K::kBounded},
    {"家里老人", K::kBounded}, {"我父亲", K::kBounded}, {"我母亲", K::kBounded},
    {"我爸爸", K::kBounded}, {"我妈妈", K::kBounded}, {"我儿子", K::kBounded},
    {"我女儿", K::kBounded}, {"我爸", K::kBounded},   {"我妈", K::kBounded},
    {"我家孩子", K::kBounded},
    // Court documents, police and medical records, minutes: a role, then the name
    // (被告人徐斌然犯..., 审判员　杨俊贵, 报警人邵敏珍称...).
    {"被告人", K::kStrong},   {"原告", K::kBounded},    {"被告", K::kBounded},
    {"上诉人", K::kBounded},  {"被申请人", K::kBounded}, {"被执行人", K::kBounded},
    {"申请执行人", K::kBounded}, {"第三人", K::kBounded}, {"辩护人", K::kStrong},
    {"代理人", K::kStrong},   {"检察员", K::kStrong},   {"审判员", K::kStrong},
    {"审判长", K::kStrong},   {"陪审员", K::kStrong},   {"书记员", K::kStrong},
    {"法官助理", K::kStrong}, {"被害人", K::kStrong},   {"嫌疑人", K::kStrong},
    {"当事人", K::kBounded},  {"报警人", K::kStrong},   {"报案人", K::kStrong},
    {"求助人", K::kStrong},   {"受害人", K::kStrong},   {"证明人", K::kRole},     {"介绍人", K::kRole},
    {"推荐人", K::kRole},     {"参会人", K::kRole},     {"记录人", K::kRole},
    {"负责人", K::kBounded},  {"患者", K::kRole},       {"医师", K::kRole},
    {"医生", K::kRole},       {"护士", K::kRole},
    {"租户", K::kRole},       {"房东", K::kRole},       {"快递员", K::kRole},
    {"营业员", K::kRole},     {"证人", K::kRole},       {"客户经理", K::kRole},
    {"配送员", K::kRole},     {"师傅", K::kRole},       {"装维", K::kRole},
    {"骑手", K::kRole},       {"旅客", K::kRole},       {"乘客", K::kRole},
    {"前台", K::kRole},  // a hotel's front desk: 前台何凯旭同学服务特别好
    // A property's owners and residents (业主许博龙表示..., 楼下住户董馨爱（...）), a shop's
    // assistant (店员夏浩态度很好), the person a caller asked for (客户说找贾金凤办理).
    {"业主", K::kRole},       {"住户", K::kRole},       {"店员", K::kRole},
    {"说找", K::kRole},
    // Whom a number was lent to (本人称号码借给周倩欣使用).
    {"借给", K::kRole},
    // A list of people: 名单如下：魏玉珍、黎思雨.
    {"名单如下:", K::kStrong}, {"名单:", K::kStrong},
    // Minutes: 参会人员：曹安、石涛、李刚怡 (人员 alone is no one person, but a list follows).
    {"参会人员:", K::kStrong}, {"与会人员:", K::kStrong}, {"出席人员:", K::kStrong},
    {"参加人员:", K::kStrong}, {"列席人员:", K::kStrong}, {"出席:", K::kStrong},
    {"列席:", K::kStrong}, {"缺席:", K::kStrong},
    // Any staff list or duty roster: 分析人员：郑静、冯凯, 运维人员：何强; 安全值班 郑静 确认,
    // 今日值班：田静 (a common surname and a clean end, as every role).
    {"人员:", K::kRole}, {"值班", K::kRole}, {"值班:", K::kRole},
    // Authorization letters: 现委托金晨（电话...）代为办理, 委托人：王芳, 受托人 李强.
    {"委托", K::kRole}, {"委托人", K::kStrong}, {"受托人", K::kStrong},
    // Forms' sign-offs: 经办人: 段鹏   复核: 廖凯; a record's signer (上级医师审签：林子子,
    // 医师签名：) and a prescription's dispenser (调配：蔡嘉梅).
    {"复核:", K::kRole}, {"审核:", K::kRole}, {"审批:", K::kRole}, {"经手:", K::kRole},
    // A referral slip's relative (家属：余文斌（儿子）), a roster's bookkeeper and village
    // party secretary (编制：村会计 董勇  审核：村支书 苏军).
    {"家属:", K::kRole}, {"会计", K::kRole}, {"支书", K::kRole},
    {"审签:", K::kRole}, {"签名:", K::kRole}, {"签字:", K::kRole}, {"调配:", K::kRole},
    // A report's or a table's sign-off: 编制：赵子轩  审核：张俊熙  签发：吴荣华, 制表：邹梅怡.
    {"编制:", K::kRole}, {"签发:", K::kRole}, {"制表:", K::kRole}, {"批准:", K::kRole},
    {"发药:", K::kRole},
    // A post's contact at a line's start: 找曹晨 / 手机：198-...
    {"\n找", K::kWeak},
    // Calls: 请问是孔春帆本人吗, 请问您是龚丽吗, 正在呼叫姚莉英; 我是核验专员陈霞丽.
    {"请问是", K::kBounded}, {"请问您是", K::kBounded}, {"呼叫", K::kBounded},
    {"专员", K::kRole},
    {"司机", K::kRole},
    // A call centre's agent in notes and quality reports: 回访坐席：赵子轩（工号 A1133）,
    // 【劝阻】坐席朱婷婷（A1133）.
    {"坐席", K::kRole},
    // A chat's agent introducing themselves (我是在线客服甄晓红，工号...), a real name
    // beside a nickname (昵称叫晴天，真名韩思敏), the speaker's household (我家里人陈静的号码).
    {"在线客服", K::kStrong}, {"人工客服", K::kStrong}, {"真名", K::kStrong},
    {"真名是", K::kStrong}, {"真名叫", K::kStrong}, {"家里人", K::kBounded},
    // A spouse is always someone's; medical and court records name relatives after 其
    // (其兄潘睿, 其母王芳).
    {"配偶", K::kBounded}, {"其兄", K::kBounded}, {"其弟", K::kBounded},
    {"其姐", K::kBounded}, {"其妹", K::kBounded}, {"其父", K::kBounded},
    {"其母", K::kBounded},
    {"妻子", K::kKin},    {"丈夫", K::kKin},
    {"儿子", K::kKin},    {"女儿", K::kKin},    {"父亲", K::kKin},
    {"母亲", K::kKin},    {"兄弟", K::kKin},    {"姐妹", K::kKin},
    {"哥哥", K::kKin},    {"姐姐", K::kKin},    {"弟弟", K::kKin},
    {"妹妹", K::kKin},    {"爷爷", K::kKin},    {"奶奶", K::kKin},
    {"孩子", K::kKin},    {"妈妈", K::kKin},    {"爸爸", K::kKin},
    {"外婆", K::kKin},    {"外公", K::kKin},
    // Wider family, who fetch a child or stand in at a visit: 由他姑姑汪国强来接, 其舅舅王军.
    {"姑姑", K::kKin},    {"舅舅", K::kKin},    {"叔叔", K::kKin},    {"伯伯", K::kKin},
    {"姨妈", K::kKin},    {"婶婶", K::kKin},    {"表哥", K::kKin},    {"表姐", K::kKin},
    {"表弟", K::kKin},    {"表妹", K::kKin},    {"堂哥", K::kKin},    {"堂姐", K::kKin},
    {"岳父", K::kKin},    {"岳母", K::kKin},    {"公公", K::kKin},    {"婆婆", K::kKin},
    {"孙子", K::kKin},    {"孙女", K::kKin},
    {"朋友", K::kKin},    {"同事", K::kKin},    {"邻居", K::kKin},
    {"前夫", K::kKin},    {"前妻", K::kKin},
    // A household member standing in (户主不在，其母董妹瑶配合): 其 and a one-character kin
    // (其母 and 其父 are listed above).
    {"其妻", K::kBounded},
    {"其夫", K::kBounded}, {"其子", K::kBounded}, {"其女", K::kBounded},
    {"其子女", K::kBounded},
    // Judgments: 婚后育有一女刘艳艳, 婚生女刘艳艳由原告抚养, 长子王军.
    {"一女", K::kKin},    {"一子", K::kKin},    {"婚生女", K::kBounded}, {"婚生子", K::kBounded},
    {"长子", K::kKin},    {"长女", K::kKin},    {"次子", K::kKin},    {"次女", K::kKin},
    {"户名为", K::kStrong},   {"访客", K::kRole},       {"收件人是", K::kStrong},
    {"收货人是", K::kStrong}, {"联系人是", K::kStrong}, {"机主是", K::kStrong},
    {"收件人写的", K::kStrong}, {"收货人写的", K::kStrong}, {"写的是", K::kWeak},
    // A letter's salutation: 亲爱的张颖欣：(not 亲爱的用户, 亲爱的王老师).
    {"亲爱的", K::kBounded},
    // A customer, a user or the writer, then the name, in notes and letters: 客户邵淑桂（...,
    // 本人黄云于3月10日.
    {"客户", K::kBounded},    {"用户", K::kBounded},    {"本人", K::kBounded},
    {"顾客", K::kBounded},
    {"叫做", K::kWeak},       {",叫", K::kWeak},       {"我係", K::kWeak},  // Cantonese 我是
    {"，叫", K::kWeak},       {"我是", K::kWeak},       {"客户:", K::kWeak},
    {"用户:", K::kWeak}};
// Their last characters (those that end in a Chinese one): MayEndNameTrigger's pre-check,
// derived from the list so that it cannot miss one (兹证明, 其妻 and 名称 were once left out
// of a hand-written copy, and never matched).
constexpr CpSet MakeLastChars() {
  CpSet set;
  for (const auto& [w, k] : kTriggers)
    if (w.size() >= 3 && Cp3(w, w.size() - 3) != 0) set.Add(Cp3(w, w.size() - 3));
  return set;
}
constexpr CpSet kLastChars = MakeLastChars();
}  // namespace trigger_table

size_t NameTriggerBefore(std::string_view t, size_t pos, TriggerKind* kind, bool colon_optional) {
  using K = TriggerKind;
  using trigger_table::kTriggers;
  if (pos == 0) return 0;
  const char last = t[pos - 1];
  // The triggers by their last byte (with the colon, as written), built once: a look-up
  // runs for every name candidate of running text, and most of the ~230 end otherwise.
  // The list with each trigger's traditional spellings (聯絡人, 經辦人) after it.
  static const std::vector<std::pair<std::string, K>> kAllTriggers = [] {
    std::vector<std::pair<std::string, K>> all;
    for (const auto& [w, k] : kTriggers) {
      all.emplace_back(std::string(w), k);
      for (std::string& v : traditional::TraditionalVariants(w)) all.emplace_back(std::move(v), k);
    }
    return all;
  }();
  static const std::array<std::vector<uint16_t>, 256> kByLast = [] {
    std::array<std::vector<uint16_t>, 256> by_last;
    for (size_t n = 0; n < kAllTriggers.size(); ++n)
      by_last[static_cast<unsigned char>(kAllTriggers[n].first.back())].push_back(
          static_cast<uint16_t>(n));
    return by_last;
  }();
  // Before a bracketed qualifier the colon is left out, so any trigger may end here.
  static const std::vector<uint16_t> kAll = [] {
    std::vector<uint16_t> all(kAllTriggers.size());
    for (size_t n = 0; n < all.size(); ++n) all[n] = static_cast<uint16_t>(n);
    return all;
  }();
  for (const uint16_t n : colon_optional ? kAll : kByLast[static_cast<unsigned char>(last)]) {
    const auto& [trigger, k] = kAllTriggers[n];
    std::string_view w = trigger;
    // Before a bracketed qualifier the colon comes after the bracket: 乙方（劳动者）：.
    if (colon_optional && w.size() > 1 && w.back() == ':') w.remove_suffix(1);
    // The last byte first: it rules out almost every trigger without a memcmp call. (An
    // English word is a word of its own: "holder", not "placeholder"; keys ending in ':' or
    // '=' end longer keys too: displayName:.)
    // (The byte before it too: every label ending in ':' shares the last one.)
    if (pos >= w.size() && w.back() == last &&
        (w.size() < 2 || w[w.size() - 2] == t[pos - 2]) &&
        std::memcmp(t.data() + pos - w.size(), w.data(), w.size()) == 0 &&
        !(IsAsciiAlpha(last) && pos > w.size() && IsAsciiAlpha(t[pos - w.size() - 1]))) {
      // 用户名 is a login, not an account holder's name.
      if (w == "户名" && pos >= 9 && StartsWithAt(t, pos - 9, "用")) return 0;
      // 行业主管部门, 物业主任, 业主张贴的: 主 and a surname that make a word of their own.
      if (w == "业主" && (StartsWithAt(t, pos, "管") || StartsWithAt(t, pos, "任") ||
                          StartsWithAt(t, pos, "张贴") || StartsWithAt(t, pos, "顾客")))
        return 0;
      // 名称 names a product or a company as often as a person: only an invoice's buyer, the
      // 购 (or 购买方) of the form's left column before it on the line.
      if (trigger == "名称:" && !InvoiceBuyerColumnBefore(t, pos - w.size())) return 0;
      // "Name:" ending a longer key that names an organisation or a place is no person's
      // name: a directory's physicalDeliveryOfficeName: 成都分公司, a companyName:.
      if (w == "name:" || w == "Name:" || w == "name=") {
        const size_t b = pos - w.size();
        size_t ks = b;
        while (ks > 0 && (std::isalnum(static_cast<unsigned char>(t[ks - 1])) || t[ks - 1] == '_' ||
                          t[ks - 1] == '-' || t[ks - 1] == '.'))
          --ks;
        if (ks < b && lexicon::NamesOrganisationOrPlace(t.substr(ks, pos - 1 - ks))) return 0;
      }
      // A kinship word names someone's relative only after whose it is: 其丈夫, 的女儿,
      // 由朋友, 与前夫, 育有一女 (not 雷曼兄弟公司, 妇女儿童).
      if (k == K::kKin) {
        const size_t b = pos - w.size();
        bool owner = false;
        // 育有一女, 生有一子: the child of the parents just named.
        for (std::string_view o : {"其", "的", "我", "他", "她", "由", "之", "和", "与", "有"})
          owner |= b >= o.size() && StartsWithAt(t, b - o.size(), o);
        // ... or after the customer a record is about: 客户儿子, 客人兒子 (traditional text is
        // folded before this), 机主女儿, 户主妻子.
        if (!owner && b >= 6)
          for (std::string_view o : {"客户", "客人", "用户", "机主", "户主", "业主", "患者"})
            owner |= StartsWithAt(t, b - 6, o);
        if (!owner) return 0;
      }
      *kind = k;
      return w.size();
    }
  }
  if (const size_t n = SpacedNameLabelBefore(t, pos)) {
    // 姓  名 says what 姓名 says: only a name follows it.
    *kind = StartsWithAt(t, pos - n, "姓") ? K::kStrong : K::kRole;
    return n;
  }
  return 0;
}

namespace {
// Whether a trigger may end in cp (NameTriggerBefore's list), in simplified characters.
[[gnu::always_inline]] inline bool MayEndSimplifiedTrigger(char32_t cp) {
  return trigger_table::kLastChars.Has(cp);
}
// The same for any character: a traditional one as its simplified form does (为 as 為, 员 as
// 員, 系 as 係).
[[gnu::always_inline]] inline bool MayEndTrigger(char32_t cp) {
  return MayEndSimplifiedTrigger(cp) ||
         (traditional::IsTraditional(cp) && MayEndSimplifiedTrigger(traditional::ToSimplified(cp)));
}
}  // namespace

bool MayEndNameTrigger(std::string_view t, size_t pos) {
  if (pos == 0) return false;
  char last = t[pos - 1];
  if (last == ':' || last == '=' || LabelSeparator(last)) return true;
  if (pos < 3) return false;
  int len = 0;
  return MayEndTrigger(utf8::Decode(t, pos - 3, &len));
}


namespace {
// A number from 1 to 39 written as it is said (一 .. 九, 十, 十一, 二十, 二十一, 三十一) at
// t[*p]; moves *p past it. 0 when there is none.
int SaidNumberAt(std::string_view t, size_t* p) {
  int len = 0;
  int tens = 0;
  size_t q = *p;
  int d = q < t.size() ? utf8::SpokenDigit(CpAt(t, q, &len)) : -1;
  if (d >= 1 && d <= 3 && StartsWithAt(t, q + static_cast<size_t>(len), "十")) {
    tens = d;
    q += static_cast<size_t>(len);
    d = -1;
  }
  if (StartsWithAt(t, q, "十")) {
    q += 3;
    int v = tens ? tens * 10 : 10;
    if (q < t.size()) {
      const int unit = utf8::SpokenDigit(CpAt(t, q, &len));
      if (unit >= 1) {
        v += unit;
        q += static_cast<size_t>(len);
      }
    }
    *p = q;
    return v;
  }
  if (d < 1) return 0;
  *p = q + static_cast<size_t>(len);
  return d;
}
}  // namespace

namespace {
// The month and day after a spoken year's 年 at t[p] ("十一月二十九日"), for `year`: the
// date's end, or 0.
size_t SpokenMonthDayEnd(std::string_view t, size_t p, int year) {
  p += 3;
  const int month = SaidNumberAt(t, &p);
  if (!month || !StartsWithAt(t, p, "月")) return 0;
  p += 3;
  const int day = SaidNumberAt(t, &p);
  if (!day || !(StartsWithAt(t, p, "日") || StartsWithAt(t, p, "号"))) return 0;
  p += 3;
  return validate::IsValidDate(year, month, day) ? p : 0;
}
}  // namespace

size_t SpokenShortYearDateEnd(std::string_view t, size_t year_mark, size_t* start) {
  // Two numerals before 年 (六九年: 1969; 〇五年: 2005), or 两千零X / 二千零X (2000 + X).
  int len = 0;
  if (year_mark < 6) return 0;
  const int units = utf8::SpokenDigit(CpAt(t, year_mark - 3, &len));
  if (units < 0 || len != 3) return 0;
  int year = -1;
  size_t s = year_mark - 6;
  const int tens = utf8::SpokenDigit(CpAt(t, s, &len));
  if (tens == 0 && year_mark >= 12 && StartsWithAt(t, year_mark - 9, "千") &&
      (StartsWithAt(t, year_mark - 12, "两") || StartsWithAt(t, year_mark - 12, "二"))) {
    year = 2000 + units;  // 两千零四年
    s = year_mark - 12;
  } else if (tens >= 0 && len == 3) {
    // Not part of a longer run of numerals (一九六九年 is SpokenDateEnd's).
    if (s >= 3 && utf8::SpokenDigit(CpAt(t, s - 3, &len)) >= 0) return 0;
    const int yy = tens * 10 + units;
    year = yy > 30 ? 1900 + yy : 2000 + yy;
  }
  if (year < 0) return 0;
  const size_t e = SpokenMonthDayEnd(t, year_mark, year);
  if (e) *start = s;
  return e;
}

size_t SpokenDateEnd(std::string_view t, size_t pos) {
  size_t p = pos;
  int year = 0;
  for (int k = 0; k < 4; ++k) {
    int len = 0;
    const int d = p < t.size() ? utf8::SpokenDigit(CpAt(t, p, &len)) : -1;
    if (d < 0) return 0;
    year = year * 10 + d;
    p += static_cast<size_t>(len);
  }
  if (year < 1900 || year > 2030 || !StartsWithAt(t, p, "年")) return 0;
  p += 3;
  const int month = SaidNumberAt(t, &p);
  if (!month || !StartsWithAt(t, p, "月")) return 0;
  p += 3;
  const int day = SaidNumberAt(t, &p);
  if (!day || !(StartsWithAt(t, p, "日") || StartsWithAt(t, p, "号"))) return 0;
  p += 3;
  return validate::IsValidDate(year, month, day) ? p : 0;
}

bool HonorificAt(std::string_view t, size_t pos) {
  // Only forms of address; job titles (经理, 老师) follow non-names too ("公司总经理").
  static constexpr std::string_view kWords[] = {"先生", "女士", "小姐", "阿姨", "老人"};
  for (auto w : kWords)
    if (StartsWithAt(t, pos, w)) return true;
  return false;
}

Addressee AddresseeAt(std::string_view t, size_t pos, size_t* len) {
  int cl = 0;
  if (pos >= t.size() || static_cast<unsigned char>(t[pos]) < 0x80) return Addressee::kNone;
  const uint32_t cp = utf8::Decode(t, pos, &cl);
  // With their traditional forms (客戶, 會員, 業主, 車主, 機主) and the informal 你好.
  struct Word {
    char32_t first;
    std::string_view word;
    Addressee addressee;
  };
  static constexpr Word kWords[] = {
      {U'您', "您好", Addressee::kGreeting},  {U'你', "你好", Addressee::kGreeting},
      {U'客', "客户", Addressee::kCustomer},  {U'客', "客戶", Addressee::kCustomer},
      {U'用', "用户", Addressee::kCustomer},  {U'用', "用戶", Addressee::kCustomer},
      {U'会', "会员", Addressee::kCustomer},  {U'會', "會員", Addressee::kCustomer},
      {U'业', "业主", Addressee::kOwner},     {U'業', "業主", Addressee::kOwner},
      {U'车', "车主", Addressee::kOwner},     {U'車', "車主", Addressee::kOwner},
      {U'机', "机主", Addressee::kOwner},     {U'機', "機主", Addressee::kOwner},
      {U'先', "先生", Addressee::kHonorific}, {U'女', "女士", Addressee::kHonorific},
      {U'小', "小姐", Addressee::kHonorific}, {U'同', "同学", Addressee::kStudent},
      {U'同', "同學", Addressee::kStudent},
      // A school's or clinic's message to a pupil's parent: 王梓萱家长，您孩子...
      {U'家', "家长", Addressee::kStudent},   {U'家', "家長", Addressee::kStudent}};
  // Most characters start no addressee word: one switch says so before any compare.
  switch (cp) {
    case U'您': case U'你': case U'客': case U'用': case U'会': case U'會': case U'业':
    case U'業': case U'车': case U'車': case U'机': case U'機': case U'先': case U'女':
    case U'小': case U'同': case U'家':
      break;
    default:
      return Addressee::kNone;
  }
  for (const Word& w : kWords) {
    if (w.first != cp || !StartsWithAt(t, pos, w.word)) continue;
    *len = w.word.size();
    return w.addressee;
  }
  return Addressee::kNone;
}

namespace {
// Words a notice or form puts where a name could be, whose first character is also a surname.
constexpr std::string_view kCommonWords[] = {
    "全体", "全部", "全球通", "全家", "广大", "周末", "周边", "周年", "高兴", "高级", "高端",
    "高温", "金卡", "金牌", "金融", "白金", "黄金", "钻石", "双十一", "双十二", "年终", "年度",
    "通知", "温馨", "余额", "明天", "明日", "相关", "家长", "家人", "车辆", "包裹", "王者",
    "新老", "万家", "宁静", "江湖", "贺岁", "安全", "平安", "和平", "鲁班", "龙年", "满意",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "王府井", "经理", "代表",
    "本人", "家属", "朋友", "同事", "关系", "法定", "通过", "孙女", "孙子", "外孙", "谢谢",
    "母亲", "父亲", "陆续", "付款", "原告", "被告", "方面", "周中", "韩国", "向记者", "向大家",
    "石家庄", "武侠", "金刚", "焦点", "万元", "金额", "顾客", "高手", "白领", "金领", "常客",
    "方式", "方法", "方便", "方案", "方向", "钱包", "钱款", "高度", "程序",
    // 向 as "to" before an institution (受害人向警方报案).
    "向警方", "向公安", "向法院", "向银行", "向媒体", "向社会",
    // Verbs after a role that start with a surname's character: 监护人代办材料, 申请人粘贴于,
    // 嫌疑人常驾驶.
    "代办", "粘贴", "常驾",
    // The placeholder names of forms, examples and tests (John Doe's): 张三, 李四, 王五.
    "张三", "李四", "王五", "赵六", "无名氏"};
// Words that also start names of three characters: common words only alone (与陆军同步更新;
// 陆军红 is a name).
constexpr std::string_view kCommonWordsAlone[] = {"陆军"};
// Their first and second characters: two bit tests rule out nearly every name (王芳 starts
// like 王者 but goes on otherwise) before any compare.
constexpr CpSet MakeCommonWordChars(size_t k) {
  CpSet set;
  for (std::string_view w : kCommonWords) set.Add(Cp3(w, 3 * k));
  for (std::string_view w : kCommonWordsAlone) set.Add(Cp3(w, 3 * k));
  return set;
}
constexpr CpSet kCommonWordFirst = MakeCommonWordChars(0);
constexpr CpSet kCommonWordSecond = MakeCommonWordChars(1);
}  // namespace

bool KnownPlaceNameAt(std::string_view t, size_t pos, size_t end) {
  const AddressMatch m = ParseAddress(t, pos);
  return m.end == end && !m.road && !m.number && !m.building;
}

bool CommonWordNotName(std::string_view t, size_t pos, size_t len) {
  // A native of a place (我是江西人, 黄冈人): a place's name, then 人.
  if (len >= 9 && pos + len <= t.size() && StartsWithAt(t, pos + len - 3, "人") &&
      KnownPlaceNameAt(t, pos, pos + len - 3))
    return true;
  int cl = 0, cl2 = 0;
  if (len < 6 || pos + 6 > t.size() || !kCommonWordFirst.Has(CpAt(t, pos, &cl)) || cl != 3 ||
      !kCommonWordSecond.Has(CpAt(t, pos + 3, &cl2)))
    return false;
  for (auto w : kCommonWords)
    if (len >= w.size() && StartsWithAt(t, pos, w)) return true;
  for (auto w : kCommonWordsAlone)
    if (len == w.size() && StartsWithAt(t, pos, w)) return true;
  return false;
}

namespace {
// Titles and forms of address after a surname (张师傅, 王总, 李老师), and the words forms put
// under a person's key besides a name; with the first or last characters of each as one bit
// test in front of the compares, since these run for every name found under a key.
constexpr std::string_view kTitles[] = {"师傅", "老师", "经理", "总", "阿姨", "大爷", "姐", "哥",
                                        "老板", "医生", "律师", "先生", "女士", "小姐", "工",
                                        "主任", "书记", "院长", "局长", "部长", "行长", "校长",
                                        "教授", "科长", "处长", "所长"};
constexpr std::string_view kNotNameWords[] = {"法定", "关系", "本人", "家属", "朋友", "同事",
                                              "通过", "经理", "代表", "全体", "相关", "房东",
                                              "妈妈", "爸爸", "老婆", "老公", "儿子", "女儿",
                                              // Who collected a parcel or opened a lock, not
                                              // by name: 家人, 孩子, 自助 (a locker), 门卫.
                                              "家人", "孩子", "自助", "系统", "前台", "门卫",
                                              "邻居", "物业", "快递", "保安", "管家", "老人"};
constexpr CpSet MakeTitleLast() {
  CpSet set;
  for (std::string_view w : kTitles) set.Add(Cp3(w, w.size() - 3));
  return set;
}
constexpr CpSet MakeNotNameFirst() {
  CpSet set;
  for (std::string_view w : kNotNameWords) set.Add(Cp3(w, 0));
  return set;
}
constexpr CpSet MakeNotNameSecond() {
  CpSet set;
  for (std::string_view w : kNotNameWords) set.Add(Cp3(w, 3));
  return set;
}
// What a label, a place or a unit ends in where a name was expected (NotANameValue).
constexpr std::string_view kLabelEnds[] = {
    "市", "省", "县", "地址", "邮箱", "号码", "电话", "日期", "时间", "编号", "标识",
    "名称", "类型", "经纬度", "记录数", "管理员", "中心", "办", "部", "公司", "合计"};
constexpr CpSet MakeLabelLast() {
  CpSet set;
  for (std::string_view w : kLabelEnds) set.Add(Cp3(w, w.size() - 3));
  return set;
}
constexpr CpSet kLabelLast = MakeLabelLast();
constexpr CpSet kTitleLast = MakeTitleLast();
constexpr CpSet kNotNameFirst = MakeNotNameFirst();
constexpr CpSet kNotNameSecond = MakeNotNameSecond();
}  // namespace

namespace {
// Characters that transliterate the names of peoples who write no Chinese surname: Tibetan
// (扎西顿珠, 洛桑丹增, 次仁卓玛), Yi (阿西木呷, 吉克曲布), Mongolian (其其格, 乌云其木格, 巴特尔),
// Uyghur (买买提, 阿依古丽, 热依拉) and Dai (岩温, 玉香). Everyday words are made of others
// (见附件, 匿名用户, 营业厅, 消费者), which is what tells such a name from a label's other
// values.
constexpr char32_t kTransliterationChars[] = {
    U'阿', U'扎', U'西', U'顿', U'珠', U'洛', U'桑', U'丹', U'增', U'次', U'仁', U'多', U'吉',
    U'卓', U'玛', U'措', U'央', U'金', U'拉', U'巴', U'达', U'娃', U'格', U'德', U'曲', U'尼',
    U'旦', U'罗', U'布', U'索', U'朗', U'群', U'培', U'贡', U'嘎', U'琼', U'益', U'旺', U'堆',
    U'尕', U'藏', U'杰', U'泽', U'确', U'觉', U'玉', U'宗', U'拥', U'斯', U'穷', U'赤', U'尊',
    U'赞', U'登', U'俄', U'热', U'饶', U'坚', U'嘉', U'诺', U'姆', U'贝', U'木', U'呷', U'克',
    U'尔', U'且', U'惹', U'莫', U'伍', U'果', U'甲', U'史', U'各', U'比', U'铁', U'哈', U'约',
    U'古', U'依', U'其', U'朝', U'鲁', U'苏', U'娜', U'特', U'乌', U'兰', U'图', U'雅', U'额',
    U'敦', U'满', U'呼', U'腾', U'宝', U'力', U'萨', U'孟', U'包', U'赫', U'塔', U'敖', U'毕',
    U'干', U'楞', U'勒', U'买', U'提', U'艾', U'吐', U'逊', U'努', U'亚', U'孜', U'帕', U'麦',
    U'迪', U'汗', U'伊', U'米', U'凯', U'赛', U'排', U'甫', U'岩', U'温', U'罕', U'丽', U'白',
    U'平', U'美', U'强', U'加', U'才', U'让', U'仓', U'追', U'喜', U'久', U'南', U'色', U'边',
    U'普', U'列', U'江', U'那', U'日', U'衣', U'莉', U'合', U'尚', U'香', U'妮', U'哲', U'孔',
    U'芒', U'沙', U'尤', U'洪', U'波', U'音', U'花', U'秀', U'英', U'明', U'卡',
    U'云', U'琴', U'高', U'珍', U'卜', U'杜', U'库', U'班', U'都', U'曼', U'海', U'来', U'牛', U'应'
};
constexpr CpSet kTransliterationSet = CpSetOf(kTransliterationChars);
}  // namespace

bool TransliterationChar(uint32_t cp) { return kTransliterationSet.Has(cp); }

bool TransliteratedCharactersOnly(std::string_view t, size_t pos, size_t end) {
  for (size_t p = pos; p < end;) {
    int len = 0;
    if (!kTransliterationSet.Has(CpAt(t, p, &len)) || len <= 0) return false;
    p += static_cast<size_t>(len);
  }
  return end > pos;
}

bool SurnameAndTitle(std::string_view t, size_t pos, size_t len) {
  if (len < 6 || pos + len > t.size() || !kTitleLast.Has(Cp3(t, pos + len - 3))) return false;
  const size_t sl = Surnames::Get().Match(t, pos);
  if (sl == 0 || sl >= len) return false;
  const std::string_view rest = t.substr(pos + sl, len - sl);
  for (auto w : kTitles)
    if (rest == w) return true;
  return false;
}

bool NotANameValue(std::string_view t, size_t pos, size_t len) {
  // The word itself, or a phrase that starts with it (自助入库, 家人代收, 物业代签): no name
  // starts with one of these words.
  if (len >= 6 && len <= 12 && pos + len <= t.size() && kNotNameFirst.Has(Cp3(t, pos)) &&
      kNotNameSecond.Has(Cp3(t, pos + 3))) {
    const std::string_view v = t.substr(pos, 6);
    for (auto w : kNotNameWords)
      if (v == w) return true;
  }
  // A field's label, a place or a unit where a name was expected (a data dictionary's
  // 中文名 column: 电子邮箱, 经纬度; a combo list's city, 苏州市; an org chart's 总裁办): what
  // the value ends in says so. Three characters at least: 2-character names end in 部 too.
  // (The last character first, one bit test: every name under a key passes here.)
  if (len >= 9 && len <= 15 && pos + len <= t.size() && kLabelLast.Has(Cp3(t, pos + len - 3))) {
    for (std::string_view w : kLabelEnds)
      if (StartsWithAt(t, pos + len - w.size(), w)) return true;
  }
  return SurnameAndTitle(t, pos, len);  // 张师傅, 王总: how one is addressed
}

size_t ReferrerNameAt(std::string_view t, size_t pos, size_t nl) {
  if (pos < 3 || !StartsWithAt(t, pos - 3, "经")) return 0;
  for (size_t len : {nl, nl - 3}) {
    if (len < 6) break;
    for (std::string_view verb : {"介绍", "推荐", "引荐"})
      if (StartsWithAt(t, pos + len, verb) && CommonFullName(t, pos, len)) return len;
  }
  return 0;
}

size_t CallerNameLengthAt(std::string_view t, size_t pos, size_t nl) {
  static constexpr std::string_view kBefore[] = {"客户", "顾客", "用户", "机主", "来电人"};
  static constexpr std::string_view kAfter[] = {"来电", "致电", "反映", "投诉", "要求", "咨询",
                                                "称", "表示", "申请", "办理", "报修", "反馈",
                                                "来访", "来厅", "介绍"};
  bool role = false;
  for (std::string_view w : kBefore) role |= pos >= w.size() && StartsWithAt(t, pos - w.size(), w);
  if (!role) return 0;
  for (std::string_view w : kAfter)
    if (StartsWithAt(t, pos, w)) return 0;  // 客户来电咨询: 来电 is no name
  // The longest name match may have taken the verb's first character (客户蒋欣反映: 蒋欣反).
  for (size_t len : {nl, nl - 3}) {
    if (len < 6 || len > nl) break;
    bool verb = false;
    for (std::string_view w : kAfter) verb |= StartsWithAt(t, pos + len, w);
    if (!verb) continue;
    if (CommonWordNotName(t, pos, len) || WithheldName(t, pos, len)) return 0;
    // 王先生: a surname and a form of address.
    for (size_t k = pos; k < pos + len; k += 3)
      if (HonorificAt(t, k)) return 0;
    return len;
  }
  return 0;
}

namespace {
// The length of a full name with a common surname at t[pos] (nl bytes, or one character fewer
// when the match took the next word's first character) that one of `words` follows at once,
// not a surname and a title or form of address (王总, 张先生); 0 when it is none.
// `delimited`: the word closes the name as punctuation would (由李刚怡牵头), so its given name
// may start with 刚 or 正 (GivenNameClean); not when it starts with 本 and `not_ben` is set
// (乙方本人名下: 本人 is the word).
template <size_t N>
size_t FullNameBeforeWordLength(std::string_view t, size_t pos, size_t nl,
                                const std::string_view (&words)[N], bool delimited,
                                bool not_ben) {
  for (size_t len : {nl, nl - 3}) {
    if (len < 6 || len > nl) break;
    bool word = false;
    for (std::string_view w : words) word |= StartsWithAt(t, pos + len, w);
    if (!word) continue;
    const bool closed =
        delimited && !(not_ben && StartsWithAt(t, pos + Surnames::Get().Match(t, pos), "本"));
    if (!CommonFullName(t, pos, len, closed) || SurnameAndTitle(t, pos, len)) return 0;
    for (size_t k = pos; k < pos + len; k += 3)
      if (HonorificAt(t, k)) return 0;
    return len;
  }
  return 0;
}
}  // namespace

size_t HolderNameLengthAt(std::string_view t, size_t pos, size_t nl) {
  static constexpr std::string_view kWords[] = {"名下", "本人"};
  // The word closes the name (请问是袁刚飞本人吗), but not 乙方本人名下: 本 would start the
  // given name, were the name taken as delimited.
  return FullNameBeforeWordLength(t, pos, nl, kWords, /*delimited=*/true, /*not_ben=*/true);
}

size_t AssigneeNameLengthAt(std::string_view t, size_t pos, size_t nl) {
  // (由: minutes' "由李刚怡牵头", "交由王芳负责核实"; not 由于, "because". 与 and 和: a
  // handover or a talk with a colleague or a client, "离职前我会与丁佳瑶做好工作交接",
  // "和高丽华沟通集团短号网扩容".)
  if (!(pos >= 3 && StartsWithAt(t, pos - 3, "请")) && !(pos >= 6 && StartsWithAt(t, pos - 6, "辛苦")) &&
      !(pos >= 3 && StartsWithAt(t, pos - 3, "由") && !StartsWithAt(t, pos, "于")) &&
      !(pos >= 3 && (StartsWithAt(t, pos - 3, "与") || StartsWithAt(t, pos - 3, "和"))))
    return 0;
  static constexpr std::string_view kVerbs[] = {"做好", "跟进", "同步", "处理", "负责", "协助",
                                                "对接", "安排", "落实", "配合", "完成", "补充",
                                                "提交", "审核", "确认", "核实", "牵头", "沟通",
                                                "一组"};
  // (The verb closes the name as punctuation would: 由李刚怡牵头.)
  return FullNameBeforeWordLength(t, pos, nl, kVerbs, /*delimited=*/true, /*not_ben=*/false);
}

namespace {
// Titles and occupations that news reports, minutes and announcements put straight before a
// name (the report's byline, whoever speaks or acts). Longer forms first.
constexpr std::string_view kReportRoles[] = {
    "首席执行官", "董事长", "总经理", "秘书长", "发言人", "主持人", "通讯员", "研究员",
    "工程师", "设计师", "分析师", "创始人", "副总裁", "主教练", "记者", "主任", "总监",
    "总裁", "局长", "部长", "教授", "导演", "行长", "教练", "主帅", "编辑", "会长", "主席",
    "队长", "主编", "书记", "市长", "处长", "馆长", "院长", "校长", "厂长", "县长", "省长",
    "经理", "作家", "画家", "董事", "主管", "市民", "村民", "网友", "居民", "律师", "会员",
    "专家", "学家", "委员", "组长", "司长", "所长", "理财师", "收藏家", "评论员", "助理",
    "实习生", "作者", "博士", "总编", "厅长", "科长", "秘书", "顾问", "法官", "医生",
    "老师", "客服",
    // 原名王芳, 35岁的王芳: a former name, an age.
    "原名", "岁的"};
// Verbs of speech and report after a name (表示, 说, 告诉记者, 指出, 透露, 执导 ...), and the
// titles a report puts after a full name that no word ends in (陈凯歌导演, 王芳同志): not
// 博士 or 部长, which follow subjects and offices (管理学博士, 管理部部长).
constexpr std::string_view kReportVerbs[] = {
    "导演", "同志",
    "表示", "说", "告诉", "认为", "介绍", "指出", "透露", "称", "坦言", "强调", "解释",
    "报道", "执导", "主演", "回忆", "建议", "提醒", "分析", "发自", "谈到", "直言", "坦承",
    "笑称", "回应", "证实", "承认", "呼吁", "等人", "接受", "去世",
    // Notices and rosters: 孔丽负责六组, a work team named after its leader (韩有才班组).
    "负责", "班组"};

// The lists above with their traditional spellings (記者, 總經理, 報道), and the characters
// the look-ups test first as bit sets; built once.
struct ReportWords {
  std::vector<std::string> roles, verbs, byline;
  CpSet role_last, role_second_last, verb_first;
  // The verbs by their first character: two or three words each.
  std::unordered_map<char32_t, std::vector<std::string>> verbs_by_first;
};
const ReportWords& GetReportWords() {
  static const ReportWords words = [] {
    ReportWords r;
    auto add = [](std::vector<std::string>& to, std::string_view w) {
      traditional::AppendInBothScripts(w, &to);
    };
    for (std::string_view w : kReportRoles) add(r.roles, w);
    for (std::string_view w : kReportVerbs) add(r.verbs, w);
    r.verbs.emplace_back("報導");  // Taiwan's word for 报道
    for (std::string_view w : {"通讯员", "实习生", "实习记者", "摄影", "记者", "发自"})
      add(r.byline, w);
    for (const std::string& w : r.roles) {
      r.role_last.Add(Cp3(w, w.size() - 3));
      r.role_second_last.Add(Cp3(w, w.size() - 6));
    }
    for (const std::string& w : r.verbs) {
      r.verb_first.Add(Cp3(w, 0));
      r.verbs_by_first[Cp3(w, 0)].push_back(w);
    }
    return r;
  }();
  return words;
}

// Whether t[0, pos) ends with a report role, allowing one blank between role and name.
bool ReportRoleBefore(std::string_view t, size_t pos) {
  if (pos > 0 && t[pos - 1] == ' ') --pos;
  if (pos < 6) return false;
  // The last two characters as bit tests first: most text before a surname ends in no role.
  const ReportWords& rw = GetReportWords();
  if (!rw.role_last.Has(Cp3(t, pos - 3)) || !rw.role_second_last.Has(Cp3(t, pos - 6)))
    return false;
  for (const std::string& w : rw.roles)
    if (pos >= w.size() && std::memcmp(t.data() + pos - w.size(), w.data(), w.size()) == 0)
      return true;
  return false;
}

// Function words that may follow a role's name (导演张艺谋的新片, 教练马晓东在赛后): fewer than
// the characters that stop a name, so that a place's or an office's name does not end there
// (分局长江派出所 is no 局长 江派出).
bool FunctionWordAt(std::string_view t, size_t pos) {
  if (pos + 3 > t.size()) return false;
  int len = 0;
  char32_t cp = utf8::Decode(t, pos, &len);
  if (traditional::IsTraditional(cp)) cp = traditional::ToSimplified(cp);  // 與, 將, 從
  switch (cp) {
    case U'的': case U'在': case U'和': case U'与': case U'及': case U'是': case U'也':
    case U'就': case U'等': case U'对': case U'将': case U'已': case U'还': case U'都':
    case U'把': case U'被': case U'向': case U'从': case U'曾': case U'于': case U'很':
    case U'今': case U'昨': case U'近': case U'率': case U'亲':
      return true;
    default:
      return false;
  }
}

// What follows a reporter's name in a byline: the next contributor's role (记者姚克勤
// 通讯员..., 记者钟蓉 实习生...) or the place reported from (记者胡金华上海报道, 记者李正
// 发自北京).
bool BylineGoesOnAt(std::string_view t, size_t pos) {
  for (const std::string& w : GetReportWords().byline)
    if (StartsWithAt(t, pos, w)) return true;
  for (size_t place : {size_t{6}, size_t{9}})
    if (StartsWithAt(t, pos + place, "报道") || StartsWithAt(t, pos + place, "報道") ||
        StartsWithAt(t, pos + place, "報導")) {
      for (size_t k = 0; k < place; k += 3) {
        int len = 0;
        if (!utf8::IsCjk(utf8::Decode(t, pos + k, &len))) return false;
      }
      return true;
    }
  return false;
}

bool ReportVerbAt(std::string_view t, size_t pos) {
  // The first character as one bit test: it runs after every name of running text.
  const ReportWords& rw = GetReportWords();
  if (pos + 3 > t.size()) return false;
  const char32_t first = Cp3(t, pos);
  if (!rw.verb_first.Has(first)) return false;
  for (const std::string& v : rw.verbs_by_first.find(first)->second)
    if (StartsWithAt(t, pos, v))
      // 负责人 is a noun (任执行负责人): the name before it would end a word.
      return !(first == U'负' && StartsWithAt(t, pos + v.size(), "人"));
  return false;
}
}  // namespace

size_t ReportedNameAt(std::string_view t, size_t pos, size_t nl) {
  if (nl < 6) return 0;
  // What follows the name first: it rules out nearly every surname of running text.
  const bool role = ReportRoleBefore(t, pos);
  size_t len = 0;
  // A name given as a pseudonym is still a name: 张某（化名）.
  if (ReportVerbAt(t, pos + nl) || StartsWithAt(t, pos + nl, "(化名")) len = nl;
  else if (nl == 9 && ReportVerbAt(t, pos + 6) && Surnames::Get().Match(t, pos) == 3) len = 6;
  // After a role, 于 is more often "on" than a surname (主任于次日): it needs the verb.
  else if (role && (CleanNameEnd(t, pos + nl) || FunctionWordAt(t, pos + nl) ||
                    BylineGoesOnAt(t, pos + nl)) &&
           !StartsWithAt(t, pos, "于"))
    len = nl;
  if (!len || !CommonSurnameAt(t, pos)) return 0;
  // The second part of a transliterated name (泰瑞·乔治执导) is no name of its own.
  if (pos >= 2 && (StartsWithAt(t, pos - 2, "\xC2\xB7") ||
                   (pos >= 3 && StartsWithAt(t, pos - 3, "\xE3\x83\xBB"))))
    return 0;
  // Without a role the name needs a boundary before it; 据 and 由 open a source or a maker
  // as one does (据李正茂透露, 由陈凯歌导演).
  if (!role && !NameBoundaryBefore(t, pos) &&
      !(pos >= 3 && (StartsWithAt(t, pos - 3, "据") || StartsWithAt(t, pos - 3, "由"))))
    return 0;
  // 向 before a verb is "to" more often than a surname (专家向晨报表示).
  if (StartsWithAt(t, pos, "向")) return 0;
  // 方总说, 章院长和: a surname and a title is how one is addressed, not a full name.
  if (!GivenNameClean(t, pos, len) || CommonWordNotName(t, pos, len) ||
      WithheldName(t, pos, len) || SurnameAndTitle(t, pos, len))
    return 0;
  // 王先生: a surname and a form of address.
  for (size_t k = pos; k < pos + len; k += 3)
    if (HonorificAt(t, k)) return 0;
  return len;
}

bool EndsLikeAShop(std::string_view t, size_t end) {
  if (end < 3) return false;
  int len = 0;
  switch (utf8::Decode(t, end - 3, &len)) {
    case U'店': case U'铺': case U'馆': case U'装': case U'厂': case U'社': case U'坊':
    case U'行': case U'司': case U'部':  // not 城 or 庄: 陈煜城 and 李庄 are names
      return len == 3;
    default:
      return false;
  }
}

bool WithheldName(std::string_view t, size_t pos, size_t nl) {
  // 某 is E6 9F 90 in UTF-8. A name is made of three-byte characters (MatchChineseName
  // takes CJK ideographs only), so only every third byte can start it.
  for (size_t k = pos; k + 3 <= pos + nl && k + 3 <= t.size(); k += 3)
    if (t[k] == '\xE6' && t[k + 1] == '\x9F' && t[k + 2] == '\x90') return true;
  return false;
}

size_t NameBeforeAddressee(std::string_view t, size_t pos, size_t nl, Addressee* which) {
  const size_t sl = Surnames::Get().Match(t, pos);
  if (sl == 0 || nl <= sl) return 0;
  size_t len = 0;
  // 尊敬的车主, 刘先生您好: the words themselves are no name.
  if (AddresseeAt(t, pos, &len) != Addressee::kNone ||
      AddresseeAt(t, pos + sl, &len) != Addressee::kNone)
    return 0;
  for (size_t name = nl; name > sl; name = utf8::StartOfCodePoint(t, name + pos - 1) - pos) {
    if (Addressee a = AddresseeAt(t, pos + name, &len); a != Addressee::kNone) {
      if (CommonWordNotName(t, pos, name)) return 0;
      *which = a;
      return name;
    }
    if (name - sl <= 3) break;  // one given character left: no shorter name
  }
  return 0;
}

size_t NoticeNameAt(std::string_view t, size_t pos, size_t nl, bool* sure) {
  const bool honoured = pos >= 9 && StartsWithAt(t, pos - 9, "尊敬的");
  const bool bracket = pos >= 3 && StartsWithAt(t, pos - 3, "】");
  bool opening = bracket || pos == 0 || t[pos - 1] == '\n';
  if (!opening && !honoured) {
    const char c = t[pos - 1];
    opening = c == ' ' || c == ':' || c == '=' || c == '"' || c == '\t';
    if (!opening && !NameBoundaryBefore(t, pos)) return 0;
  }
  *sure = true;
  Addressee which = Addressee::kNone;
  // 尊敬的万琛刚客户: a given name's 刚 or 正 before the addressee word (the name's match
  // stopped at it, as before most characters it is "just" or "right").
  if (honoured && nl == 6 && (StartsWithAt(t, pos + nl, "刚") || StartsWithAt(t, pos + nl, "正"))) {
    size_t word = 0;
    if (AddresseeAt(t, pos + nl + 3, &word) != Addressee::kNone && CommonSurnameAt(t, pos))
      return nl + 3;
  }
  if (size_t len = NameBeforeAddressee(t, pos, nl, &which)) {
    if (honoured || which == Addressee::kOwner || (which == Addressee::kGreeting && opening))
      return len;
    // A pupil by full name: a surname and two given characters (高中同学 is no name).
    if (which == Addressee::kStudent && len >= Surnames::Get().Match(t, pos) + 6) return len;
    return 0;
  }
  const size_t e = pos + nl;
  size_t len = 0;
  // 【国网杭州供电】曾柔莉：您位于...: a colon after the name, before 您 or 你, as a comma.
  const bool colon = bracket && e + 3 < t.size() && t[e] == ':' &&
                     (StartsWithAt(t, e + 1, "您") || StartsWithAt(t, e + 1, "你"));
  // 【代扣成功】尹婷英 您好: greeted after a blank.
  if (bracket && e < t.size() && t[e] == ' ' && StartsWithAt(t, e + 1, "您好") &&
      !CommonWordNotName(t, pos, nl) && AddresseeAt(t, pos, &len) == Addressee::kNone)
    return nl;
  // A notice's or a work order's owner after a blank, the word closed by a colon or a
  // bracket: "陈阳 业主：" opening a line, "已联系 龚静玲 业主（1732...）".
  if (opening && e + 7 < t.size() && t[e] == ' ' &&
      AddresseeAt(t, e + 1, &len) == Addressee::kOwner &&
      (t[e + 1 + len] == ':' || t[e + 1 + len] == '(') && CommonSurnameAt(t, pos) &&
      !CommonWordNotName(t, pos, nl) && AddresseeAt(t, pos, &len) == Addressee::kNone)
    return nl;
  if (e >= t.size() || (t[e] != ',' && !colon) || CommonWordNotName(t, pos, nl) ||
      AddresseeAt(t, pos, &len) != Addressee::kNone)
    return 0;
  if (honoured) return nl;  // 尊敬的王建国,
  if (!bracket) return 0;
  // 【医院】王建国,1990年3月7日出生 / 【银行】王建国,您尾号...
  *sure = false;
  if (StartsWithAt(t, e + 1, "您") || StartsWithAt(t, e + 1, "你")) return nl;
  // A full name with a common surname greeted at once: 【杨桥镇政府】史丽娟，气象台发布...
  if (nl == 9 && CommonSurnameAt(t, pos) && GivenNameClean(t, pos, nl)) return nl;
  size_t d = e + 1;
  while (d < t.size() && IsAsciiDigit(t[d]) && d - e <= 4) ++d;
  return d - e == 5 && StartsWithAt(t, d, "年") ? nl : 0;
}

bool IsPinyinSurname(std::string_view w) {
  // The pinyin of the surnames of most people (the hundred most frequent cover ~85%), and
  // the common compound ones; readings shared by several surnames appear once.
  static constexpr std::string_view kSurnames[] = {
      "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
      "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song",
      "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan",
      "pan", "jiang", "cai", "yu", "du", "ye", "cheng", "su", "wei", "lv", "lyu", "lu", "ding",
      "shen", "yao", "zhong", "jin", "fang", "shao", "qian", "lou", "ying", "ren", "shi",
      "dai", "tan", "liao", "fan", "fu", "kong", "bai", "cui", "kang", "mao", "qiu", "qin",
      "jia", "xue", "yan", "duan", "lei", "hou", "long", "hao", "gu", "meng", "ping", "huo",
      "wan", "xiong", "gong", "chang", "qi", "mo", "ni", "yin", "zou", "xiang", "tao", "wen",
      "niu", "shu", "bao", "rao", "chai", "ge", "le", "mu", "ou", "geng", "an", "guan", "yi",
      "zhan", "hong", "sheng", "bi", "che", "gan", "ji", "ling", "lan", "nie", "zuo", "qu",
      "miao", "ai", "quan", "chu", "rong", "tong", "yue", "lai", "gui", "zang", "zhuo", "xing",
      "ouyang", "shangguan", "sima", "zhuge", "situ", "huangfu", "duanmu", "dongfang",
      "ximen", "murong", "linghu", "gongsun", "xiahou", "zhangsun", "yuwen", "wenren"};
  if (w.size() < 2 || w.size() > 9) return false;
  char lower[9];
  for (size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    lower[k] = static_cast<char>(c | 0x20);
  }
  const std::string_view v(lower, w.size());
  for (std::string_view s : kSurnames)
    if (s == v) return true;
  return false;
}

bool CommonSurnameAt(std::string_view t, size_t pos) {
  if (Surnames::Get().Match(t, pos) == 6) return true;  // a compound surname: 欧阳, 司马
  int len = 0;
  return pos < t.size() && kCommonSurnameSet.Has(CpAt(t, pos, &len));
}

bool GivenNameClean(std::string_view t, size_t pos, size_t nl, bool delimited) {
  int len = 0;
  size_t p = pos + Surnames::Get().Match(t, pos);
  // Between delimiters (a list's 、 or comma), a given name may start with a character that
  // usually ends one: 李刚怡, 王正, 张可, 李本华.
  if (delimited && p < pos + nl) {
    const uint32_t cp = utf8::Decode(t, p, &len);
    if (cp == U'刚' || cp == U'正' || cp == U'可' || cp == U'本') p += static_cast<size_t>(len);
  }
  // ... and end one where the text goes on with no Chinese character: 袁刚，, 王立刚 的简历
  // (刚 and 正 are common given names; before another character they are "just" and "right").
  const size_t first_given = p;
  for (; p < pos + nl; p += static_cast<size_t>(len)) {
    const uint32_t cp = utf8::Decode(t, p, &len);
    if (!StopsName(cp)) continue;
    // 可 starts common given names (可馨, 可欣) where the name goes on, but not the words
    // 可以, 可能, 可是 (刘可以帮你).
    if (cp == U'可' && p == first_given && p + 3 < pos + nl && !StartsWithAt(t, p + 3, "以") &&
        !StartsWithAt(t, p + 3, "能") && !StartsWithAt(t, p + 3, "是"))
      continue;
    if (p + static_cast<size_t>(len) == pos + nl && GangOrZhengEndsName(t, cp, pos + nl))
      continue;
    return false;
  }
  return true;
}

bool BoundedNameOk(std::string_view t, size_t pos, size_t nl) {
  int len = 0;
  const size_t end = pos + nl;
  const uint32_t next = end < t.size() ? utf8::Decode(t, end, &len) : 0;
  // Closed by punctuation, the name may start its given name with 刚 or 正 (本人韩刚博，).
  const bool delimited = end >= t.size() || next == ',' || next == U'，' || next == U'、' ||
                         next == U'。' || next == ')' || next == U'）' || next == '\n';
  if (!GivenNameClean(t, pos, nl, delimited)) {
    // 刚 ends a name before a function word too, where a phrase named the person (装维师傅
    // 姚刚电话, 联系人王刚说), or before a word that follows names (店员严刚态度很好):
    // GivenNameClean lets it end one only before no Chinese at all.
    if (!(nl >= 6 && StartsWithAt(t, end - 3, "刚") && GivenNameClean(t, pos, nl - 3) &&
          end < t.size() && (StopsName(next) || WordAfterNameAt(t, end))))
      return false;
  }
  if (end >= t.size()) return true;
  if (!utf8::IsCjk(next) || StopsName(next) || HonorificAt(t, end)) return true;
  return WordAfterNameAt(t, end);
}

bool WordAfterNameAt(std::string_view t, size_t pos) {
  // A day or a time of day after the name: 就诊人吕一平明天08:30就诊, 王芳下午到 (明, 上, 下,
  // 中 and 晚 start given names too, so only as these words); a verb whose first character
  // is none of the stops (班长汤菲云处理, 号码借给周倩欣使用, 店员夏浩态度很好, 帮我家孩子江一
  // 问诊, 前台林艳薇服务特别贴心); a holder's house or absence (原户主汤苑瑞房屋已出售,
  // 户主鞠希芸不在).
  for (std::string_view w : {"明天", "后天", "上午", "下午", "中午", "晚上", "早上", "处理", "使用",
                             "态度", "问诊", "服务", "房屋", "不在"})
    if (StartsWithAt(t, pos, w)) return true;
  return false;
}

bool CommonFullName(std::string_view t, size_t pos, size_t nl, bool delimited) {
  return CommonSurnameAt(t, pos) && GivenNameClean(t, pos, nl, delimited) &&
         !CommonWordNotName(t, pos, nl) && !WithheldName(t, pos, nl);
}

bool CleanNameEnd(std::string_view t, size_t pos) {
  if (pos >= t.size()) return true;
  int len = 0;
  uint32_t cp = utf8::Decode(t, pos, &len);
  if (!utf8::IsCjk(cp)) return true;
  return HonorificAt(t, pos);
}

bool NameBoundaryBefore(std::string_view t, size_t pos) {
  if (pos == 0) return true;
  size_t p = utf8::StartOfCodePoint(t, pos - 1);
  int len = 0;
  uint32_t cp = utf8::Decode(t, p, &len);
  if (!utf8::IsCjk(cp)) return true;
  // Words that commonly stand right before a name: 的 (我的), 和/与/及/、 lists, 位 (这位).
  switch (cp) {
    case U'的': case U'和': case U'与': case U'及': case U'位': case U'给': case U'找': case U'问':
      return true;
    case U'人':  // 本人 (letters and forms: "本人王芳，女，汉族")
      return p >= 3 && StartsWithAt(t, p - 3, "本");
    case U'访':  // 拜访, 走访, 回访 (visit notes: "上门拜访方一鸣先生")
      return p >= 3 && (StartsWithAt(t, p - 3, "拜") || StartsWithAt(t, p - 3, "走") ||
                        StartsWithAt(t, p - 3, "回"));
    default:
      return false;
  }
}

}  // namespace piguard::chinese
