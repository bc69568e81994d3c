// Chinese-text detectors: street addresses (GB/T 2260 place names + road, number, building
// and room grammar) and person names (surname dictionary + context).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "detect/traditional.h"

namespace piguard::chinese {

// Immutable after construction; shared by all threads.
class Gazetteer {
 public:
  static const Gazetteer& Get();
  // Length in bytes of the longest place name starting at t[pos], or 0.
  size_t MatchPlace(std::string_view t, size_t pos) const;
  // MatchPlace without its prefix filter: the bucket walk alone (the reference in tests).
  size_t MatchPlaceUnfiltered(std::string_view t, size_t pos) const;
  bool MayStartPlace(uint32_t cp) const { return cp < first_.size() && first_[cp]; }

 private:
  Gazetteer();
  struct Place {
    std::string_view name;  // a view into the static region table or a literal
    bool needs_suffix;      // a county stem: only a place when 县/区/市/旗 follows
  };
  // The places that share a key (their first two code points; every name has at least two):
  // places_[begin, end), longest first.
  struct Bucket {
    uint64_t key = 0;  // 0: empty slot (no code point pair encodes to 0)
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  static uint64_t Key(uint32_t cp, uint32_t cp2) { return (uint64_t{cp} << 21) | cp2; }
  size_t Slot(uint64_t key) const;
  const Bucket* FindBucket(uint64_t key) const;
  // Every place name is at least two characters, six bytes: a hash of the first six bytes of
  // a name or text picks one bit of prefix_filter_.
  static constexpr size_t kPrefixBytes = 6;
  static constexpr unsigned kPrefixFilterBits = 17;
  static uint32_t PrefixHash(const char* p);

  std::vector<bool> first_;     // indexed by code point
  std::vector<Place> places_;   // grouped by key, longest first within a group
  std::vector<Bucket> table_;   // open addressing, power-of-two size, at most half full
  std::vector<uint64_t> prefix_filter_;  // bit PrefixHash(name) set for every place name
};
struct AddressMatch {
  size_t end = 0;      // one past the last byte of the address (0: no address)
  int admin = 0;       // administrative units (province, city, county, town...)
  bool road = false;   // a road / street / lane
  bool number = false; // a house number (...号)
  bool building = false;  // estate, building, unit or room
};
// Parses an address starting at t[pos] (which must start a place name unless
// allow_no_place). The match ends at the last component that parsed.
AddressMatch ParseSimplifiedAddress(std::string_view t, size_t pos, bool allow_no_place);
AddressMatch ParseFoldedAddress(std::string_view t, size_t pos, bool allow_no_place,
                                const AddressMatch& m);
// The parse runs on the text as it is; when it stops where traditional characters follow
// (彌敦道, 號, 樓), it runs again with them folded to simplified ones. Inline: it is asked at
// nearly every place name of Chinese text, and most asks end after the first parse.
inline AddressMatch ParseAddress(std::string_view t, size_t pos, bool allow_no_place = false) {
  AddressMatch m = ParseSimplifiedAddress(t, pos, allow_no_place);
  // After a partial parse, the characters it stopped at can change it (彌敦道, 141號: the
  // next two, past numbers and letters). Where nothing parsed and a place had to start, a
  // traditional place would not have been tried: the gazetteer holds the traditional forms of
  // Hong Kong's, Macau's and Taiwan's places itself, and mainland places written in
  // traditional characters (廣東) start with a character that starts no place.
  if (m.end == 0 && !allow_no_place) return m;
  if (!traditional::AnyTraditionalAt(t, m.end ? m.end : pos, 2)) return m;
  return ParseFoldedAddress(t, pos, allow_no_place, m);
}

// Whether a dwelling's number may end at t[q]: the text ends, or no letter, digit, '-', '.'
// or CJK character follows, except 的, 整, 家, 处 or 门, as a sentence goes on
// (您位于...28-4-2304的用电户, ...10栋2303整单元停电).
bool DwellingEndsAt(std::string_view t, size_t q);
// t[p, q) is a run of ASCII digits: a room number without 室 right after 单元, 栋, 幢, 座, 层 or
// 楼 (3单元502, A座3501), ending where a dwelling's number may (DwellingEndsAt).
bool RoomAfterUnitAt(std::string_view t, size_t p, size_t q);
// t[p, q) is a run of digits and '-': a building, unit and room written with dashes
// (16-4-3002: one to three digits, one or two, three to five), ending likewise.
bool DashedDwellingAt(std::string_view t, size_t p, size_t q);

// Whether t[0, end) ends with a division's suffix (省, 市, 区, 县, 州, 盟, 旗).
bool EndsWithDivision(std::string_view t, size_t end);

// True when t[pos, end) is the name of a known place (GB/T 2260, short forms too: 福州,
// 江西, 黄冈), without road, number or building; unlike OnlyDivisionNames, a name's
// characters before a division suffix (陈盟) are none.
bool KnownPlaceNameAt(std::string_view t, size_t pos, size_t end);

// True when t[pos, end) is nothing but administrative divisions down to county level
// ("湖南省", "长沙市", "湖南省长沙市芙蓉区"): a region, not the address of a dwelling.
bool OnlyDivisionNames(std::string_view t, size_t pos, size_t end);

class Surnames {
 public:
  static const Surnames& Get();
  // Byte length of the surname at t[pos] (compound first), or 0.
  size_t Match(std::string_view t, size_t pos) const;
  bool IsSingle(uint32_t cp) const { return cp < single_.size() && single_[cp]; }
  bool MayStart(uint32_t cp) const { return cp < start_.size() && start_[cp]; }

 private:
  Surnames();
  std::vector<bool> single_;
  std::vector<bool> start_;
  std::vector<bool> compound_start_;
  // Compound surnames as (first code point << 21 | second code point), sorted: a compound
  // surname is looked up by the two code points at t[pos] instead of comparing every entry.
  static uint64_t CompoundKey(uint32_t cp, uint32_t cp2) { return (uint64_t{cp} << 21) | cp2; }
  std::vector<uint64_t> compound_keys_;
};
// A Chinese name at t[pos]: surname + 1-2 given-name characters, stopping before characters
// that rarely end a name ("的", "是", punctuation). Returns the byte length or 0.
// When require_surname is false, any 2-4 CJK characters are accepted (for name fields).
size_t MatchChineseName(std::string_view t, size_t pos, bool require_surname, bool* known_surname);
// Whether w (any case) is the Hanyu Pinyin of a common surname, one or two syllables without
// tone marks: "WANG", "Zhang", "OUYANG", "Lü" as "LV" or "LYU".
bool IsPinyinSurname(std::string_view w);
// A name transliterated into Chinese characters at t[pos], as Uyghur, Kazakh and foreign
// names are written: two or three parts of 1-8 CJK characters joined by a middle dot
// ('·', '•', '・'), the first of two or more ("阿依古丽·买买提", "艾力·吐尔逊"), ending where
// no CJK character follows. Returns the byte length or 0.
size_t TransliteratedNameLength(std::string_view t, size_t pos);
// The one-character abbreviations of the provinces (京, 沪, 粤 ...), as licence plates and
// licence numbers start.
inline constexpr char32_t kProvinceAbbreviations[] = {
    U'京', U'津', U'沪', U'渝', U'冀', U'豫', U'云', U'辽', U'黑', U'湘', U'皖', U'鲁', U'新',
    U'苏', U'浙', U'赣', U'鄂', U'桂', U'甘', U'晋', U'蒙', U'陕', U'吉', U'闽', U'贵', U'粤',
    U'青', U'藏', U'川', U'宁', U'琼',
    // As Hong Kong, Macau and Taiwan write them (粵Z·J801港 on a cross-border car).
    U'滬', U'雲', U'遼', U'魯', U'蘇', U'贛', U'晉', U'陝', U'閩', U'貴', U'粵', U'寧', U'瓊'};

// Whether v holds one of the middle dots TransliteratedNameLength joins parts with.
inline bool HasMiddleDot(std::string_view v) {
  for (size_t k = 0; k + 1 < v.size(); ++k) {
    const auto c = static_cast<unsigned char>(v[k]);
    if (c < 0xC2) continue;
    const auto c1 = static_cast<unsigned char>(v[k + 1]);
    if ((c == 0xC2 && c1 == 0xB7) ||
        (k + 2 < v.size() && ((c == 0xE2 && c1 == 0x80 && static_cast<unsigned char>(v[k + 2]) == 0xA2) ||
                              (c == 0xE3 && c1 == 0x83 && static_cast<unsigned char>(v[k + 2]) == 0xBB))))
      return true;
  }
  return false;
}

// How surely a phrase before a name introduces one:
//  kStrong  only names follow ("我叫", "姓名：", "经办人");
//  kRole    a role noun that is followed by a name or by other words ("联系人 张三" but also
//           "联系人电话"): a name needs a clean end after it;
//  kWeak    conversational phrases that introduce descriptions as often ("我是水瓶座");
//  kBounded a phrase that is followed by a name or by other words, in running text where
//           words follow the name: the speaker's relatives ("我老公丁艳超的号", "我爱人"),
//           parties of a court case (原告, 被执行人: people or companies). The name must
//           end where MatchChineseName stops, at a function word or punctuation
//           (BoundedNameOk): "原告房屋受损" has no name.
//  kKin     a kinship word after whose it is (其丈夫, 的女儿, 由朋友), then as kBounded.
enum class TriggerKind { kStrong, kRole, kWeak, kBounded, kKin };
// Returns the byte length of a trigger ending exactly at t[pos], or 0.
// colon_optional: triggers written with a ':' match without it too (the colon of a label
// with a bracketed qualifier comes after the bracket). A two-character label spaced out by
// OCR ("姓  名") is a kRole trigger.
size_t NameTriggerBefore(std::string_view t, size_t pos, TriggerKind* kind,
                         bool colon_optional = false);
// Cheap pre-check for NameTriggerBefore: whether the character before t[pos] can end a
// trigger (叫, 名, 是, 为, 人, 员, 告 ..., ':', '=', or a LabelSeparator).
bool MayEndNameTrigger(std::string_view t, size_t pos);
// Whether t[0, pos) ends with a document that names its holder: 身份证, 驾驶证, 行驶证,
// 学生证, 工作证, 护照, 通行证, 户口本, 社保卡, 银行卡 (身份证（方刚）: the holder in brackets).
bool EndsWithHolderDocument(std::string_view t, size_t pos);
// Whether t[0, pos) ends with the name of a place of business: 营业厅, 公司, 银行, 支行,
// 医院, 门店 ... (an address in brackets after it is that organisation's).
bool EndsWithOrganisation(std::string_view t, size_t pos);
// The length of `word` ending at t[pos] with one to eight blanks between each two of its
// characters, as OCR and PDF exports space a form's labels ("姓  名", "权 利 人", "生    日");
// 0 when it does not end there so spaced.
size_t SpacedWordBefore(std::string_view t, size_t pos, std::string_view word);
// What may stand between a form's label and its value besides ':': blanks, a table's '|',
// and the line break of a label written on the line above its value.
inline bool LabelSeparator(char c) {
  return c == ' ' || c == '\t' || c == '|' || c == '\n' || c == '\r';
}
// Whether t[pos, pos + len) is a word that forms and logs put under a person's key besides a
// name (法定, 本人, 关系, 房东, 家人, 自助 ...) or a phrase of up to four characters that starts
// with one (自助入库, 家人代收), or a surname and a title (张师傅). Unlike CommonWordNotName, a
// name that merely starts like a common word (周一丹, 周天) under a name key stays a name.
bool NotANameValue(std::string_view t, size_t pos, size_t len);
// Whether every character of t[pos, end) is one that transliterates the names of peoples who
// write no Chinese surname (扎西顿珠, 阿西木呷, 其其格, 岩温): such a name is told from a label's
// other values (见附件, 营业厅) by its characters alone.
bool TransliteratedCharactersOnly(std::string_view t, size_t pos, size_t end);
// Whether cp is one of those characters.
bool TransliterationChar(uint32_t cp);
// Whether t[pos, pos + len) is a surname and a title or form of address (张师傅, 王总, 李老师).
bool SurnameAndTitle(std::string_view t, size_t pos, size_t len);
// 王某, 张某某: a name withheld as court documents and notices withhold it; no name.
bool WithheldName(std::string_view t, size_t pos, size_t nl);
// Whether the CJK text ending at t[end] ends as a shop's or company's name does (女装, 面馆,
// 商行, 公司): in a sender or payee column, that is no person.
bool EndsLikeAShop(std::string_view t, size_t end);
// Whether the name t[pos, pos + nl) after a kBounded trigger stands alone: no function word
// among its given characters (我老公司的电脑 is no 司的) and a clean end after it (anything
// but CJK, or a function word such as 的, 说, 在).
bool BoundedNameOk(std::string_view t, size_t pos, size_t nl);
// Whether a word that follows a name and starts with no stop character begins at t[pos]: a
// day or time of day (明天, 下午), or a verb (处理, 使用, 问诊; 态度 of a review).
bool WordAfterNameAt(std::string_view t, size_t pos);
// Whether t[pos, pos + nl) passes what a name found by its surroundings alone (a roster, a
// chat header, a login in brackets ...) must: a common surname, no function word among its
// given characters, not a common word, not withheld (王某, 张**). `delimited`: punctuation or
// strong evidence closes the name, so its given name may start with 刚 or 正 (GivenNameClean).
bool CommonFullName(std::string_view t, size_t pos, size_t nl, bool delimited = false);
// Whether a common surname (or a compound one) starts at t[pos]: what a name after a phrase
// that may also introduce other words needs.
bool CommonSurnameAt(std::string_view t, size_t pos);
// Whether no given character of the name t[pos, pos + nl) is a function word (的, 是 ...);
// `delimited` (a list item between 、 or commas): a first given 刚, 正, 可 or 本 is allowed.
bool GivenNameClean(std::string_view t, size_t pos, size_t nl, bool delimited = false);
// A form of address directly after a name ("先生", "女士", "小姐").
bool HonorificAt(std::string_view t, size_t pos);
// A date in Chinese numerals at t[pos], as call transcripts write one: a year read digit by
// digit from 1900 to 2030, then 年, a month (一 .. 十二) and 月, a day (一 .. 三十一) and 日
// or 号: "一九七三年八月十二号". Returns where it ends when it is a real date, else 0.
size_t SpokenDateEnd(std::string_view t, size_t pos);
// A date said with a short year, ending at its 年 at t[year_mark]: 六九年十一月二十九日 (a
// two-digit year: 1931-1999 above 30, else 2000-2030) or 两千零四年一月二十一号. Returns the
// date's end and sets *start, or 0.
size_t SpokenShortYearDateEnd(std::string_view t, size_t year_mark, size_t* start);
// Words that address the person named just before them in notices and text messages.
enum class Addressee {
  kNone,
  kGreeting,   // 您好
  kCustomer,   // 客户, 用户, 会员
  kOwner,      // 业主, 车主, 机主
  kHonorific,  // 先生, 女士, 小姐
  kStudent,    // 同学: a school's notice names the pupil in full (俞安琪同学已于...)
};
// The addressee word at t[pos] (its byte length in *len), or kNone.
Addressee AddresseeAt(std::string_view t, size_t pos, size_t* len);
// For a name MatchChineseName found at t[pos] (nl bytes, require_surname): the length of the
// name, nl or one character shorter ("郝梦客户": 郝梦), that an addressee word follows at once,
// and that word in *which; 0 when none does or the name is a common word (周末您好, 全体业主,
// 尊敬的金卡客户).
size_t NameBeforeAddressee(std::string_view t, size_t pos, size_t nl, Addressee* which);
// True when t[pos, pos + len) starts with a common word that begins with a surname character
// (全体, 周末, 高级, 金卡, 余额 ...), or is a native of a division (江西人, 黄冈人): not a
// name even where a name could stand.
bool CommonWordNotName(std::string_view t, size_t pos, size_t len);
// A customer or user who calls or asks, in call-centre notes and work orders: the name at
// t[pos, pos + nl) (or its first nl - 3 bytes, when the match took the verb's first
// character) follows 客户, 用户, 机主 or 来电人 and is followed by a verb of calling or asking
// (来电, 致电, 反映, 投诉, 要求, 咨询, 称, 表示, 申请, 办理, 报修, 反馈, 来访, 来厅): "客户熊强来电",
// "用户林超艳来电反映", "客户王芳要求补卡", "客户蒋欣反映". Returns the name's length, or 0.
size_t CallerNameLengthAt(std::string_view t, size_t pos, size_t nl);
// A holder named before 名下 (the numbers, accounts or lines registered to them: "查下刘海涛
// 名下的号码") or 本人 (the person themself: "您是徐峥本人吗"): a full name with a common
// surname at t[pos, pos + nl) or its first nl - 3 bytes. Returns the name's length, or 0.
size_t HolderNameLengthAt(std::string_view t, size_t pos, size_t nl);
// The length of the name at t[pos] (nl bytes or one character fewer) that an approval or a
// work note asks to do something, or minutes give a task: 请钱美玲做好工作交接, 辛苦刘红梅跟进
// 回款, 由李刚怡牵头 (请, 辛苦 or 由 right before, a work verb right after, a common full
// name); 0 when it is none.
size_t AssigneeNameLengthAt(std::string_view t, size_t pos, size_t nl);
// A referrer, for a name MatchChineseName found at t[pos] (nl bytes): 经X介绍, 经X推荐, 经X引荐
// (résumés, rosters, owners' chats: 经黄静思介绍投递, 经许萍美推荐入职). The name's length in bytes
// (nl, or a character less when the match took the verb's first character), or 0.
size_t ReferrerNameAt(std::string_view t, size_t pos, size_t nl);
// A person named in a report, for a name MatchChineseName found at t[pos] (nl bytes) with a
// common surname: after a title or occupation (记者张建国, 总经理王志强, 教练 马晓东) and ending
// cleanly or at a verb of speech, or after a boundary and followed by such a verb (。刘德明说,
// 据李正茂透露). Returns the name's length, nl or one character shorter when the verb starts
// inside the match (王刚介绍: 王刚), or 0.
size_t ReportedNameAt(std::string_view t, size_t pos, size_t nl);

// A name in a notice or text message, for a name MatchChineseName found at t[pos] (nl bytes):
// 尊敬的王建国客户 / 尊敬的王建国, (any addressee word or a clean end), 【营业厅】王建国您好
// (a greeting at the start of a message or line), 【物业】王建国业主 (业主, 车主, 机主 after a
// boundary), 【医院】王建国,1990年... / 【银行】王建国,您的... (a name opening the message,
// then a comma and 您/你 or a year). Returns the name's length and sets *sure (false for the
// last form), or 0.
size_t NoticeNameAt(std::string_view t, size_t pos, size_t nl, bool* sure);

// True when a name may end at t[pos]: end of text, a non-CJK character, or an honorific.
bool CleanNameEnd(std::string_view t, size_t pos);
// True when a name may start at t[pos]: start of text, non-CJK, or a word like 的/和/位.
bool NameBoundaryBefore(std::string_view t, size_t pos);

}  // namespace piguard::chinese
