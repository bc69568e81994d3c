#!/usr/bin/python3
"""Synthetic, labelled corpus: the diversity of Chinese people's names and addresses as a
telecom operator's customer records and texts hold them.

All people, numbers and addresses are invented (the streets, towns and estates are real or
real-looking place names; house numbers, rooms and the people living there are not).
Companies, shops and brands appear only as hard negatives.

Names covered: common, rare (楼 应 邬 甄 訾 隗 鞠 阙 笪 佘 冼 仉 ...) and polyphonic (单 查 仇 解 区)
single surnames; compound surnames (欧阳 司马 诸葛 上官 皇甫 尉迟 公孙 慕容 端木 东方 ...);
single-character given names; four-character names with two surnames (陈李秀英); minority names
with a middle dot in several code points (U+00B7, U+2022, U+30FB) and without one (格桑卓玛,
巴特尔); traditional-character names; Hong Kong (Cantonese) and Taiwan (Wade-Giles) romanisation;
pinyin in several orders and cases; given names that are also words (王平, 高峰, 林海, 牛顿);
two-character names padded with a space (张　伟).
Addresses covered: full mainland addresses, rural (县/镇/乡/村/组), autonomous regions and
prefectures (自治区/自治州/盟/旗/苏木/嘎查), no province, no city, Shanghai 弄, Beijing 胡同 and
streets named after people (张自忠路, 中山路), traditional-character Hong Kong and Taiwan addresses,
English-formatted mainland / Hong Kong / Taiwan addresses, split columns and landmark-style
delivery addresses (XX小区东门快递柜旁).

Files
-----
crm_customer_export_202406.csv    CRM export (UTF-8 with BOM), address split into 省份 / 地市 / 区县
                                  / 详细地址 columns; personal and business customers.
customer_profiles.jsonl           Customer table, one JSON object a line: name, pinyin name, nickname,
                                  birth date, ID, phones, e-mail, home / mail address, emergency contact.
courier_waybills_20240612.txt     Courier face-sheet text: sender / recipient blocks, landmark delivery
                                  addresses, masked printed copies, couriers.
cs_chat_transcripts.txt           Online customer-service transcripts: names spelled out in prose,
                                  ID / birth-date verification, address changes.
complaint_letters.txt             Complaint letters (投诉信) forwarded from the regulator's channel.
community_wechat_export.txt       Residents' WeChat group export (宽带报修群): nicknames, "3幢-刘洋" display
                                  names, @mentions, lists of names.
sms_log_20240613.csv              SMS log: notification templates and person-to-person texts.
household_register.tsv            Household register (户籍) table with 曾用名, minority families, 住址
                                  on the head's row only.
roaming_hk_tw_customers.csv       Hong Kong / Taiwan roaming customers: traditional-character and
                                  romanised names, residence-permit numbers, HK/TW and mainland addresses.
intl_customer_emails.txt          English e-mails from international customers (mailbox export).
realname_forms_rendered.txt       Real-name registration forms rendered to text (姓名：/住址： labels,
                                  padded names, addresses wrapped over two lines).
account_manager_notes.txt         Free-text visit notes of account managers.
marketing_newsletter_202406.txt   Internal newsletter: mostly hard negatives (brands, shops, places,
                                  public figures, masked names), a few staff names.
broadband_install_orders.json     Broadband installation work orders (pretty JSON), some with the
                                  address split into province / city / district / detail fields.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive).

Label conventions
-----------------
* PERSON_NAME: full names of private people (customers, family members, agents, operator staff,
  couriers, installers), every occurrence, as written: simplified or traditional characters,
  pinyin / romanised in any order and case ("ZHANG Wei", "Wei Zhang", "ZHANG/WEI",
  "Lin Chia-Hao", "Peter CHAN Tai Man" - an English given name written with the name is part of
  it), minority names whole including the middle dot in whatever code point, two-surname names
  whole (陈李秀英), padded names whole including the padding space ("张　伟").  A name followed
  by a title labels the name only ("王建国先生" -> 王建国, "Mr. Zhang Wei" -> "Zhang Wei"); a name
  inside a display name ("3幢-1202-刘洋") labels the name only.  A 曾用名 (former name) is labelled.
  Not labelled: surname + title or kinship (王总, 李老师, 刘姐, 老王, 小李, 陈女士, Ms. Wang),
  masked names (张*明, 王**, 欧阳*), 张某 / 李某某, nicknames and handles, a surname alone ("我姓訾"),
  company / shop / brand names containing a surname (张记面馆, 王氏集团, 李宁), place names
  containing surname characters (黄山, 周庄, 高新区, 张家港, 王家村), streets named after people
  (张自忠路, 中山路), public or historical figures and fictional characters in news-like text
  (孙中山, 鲁迅, 姚明, 孙悟空, 司马光, Newton's 牛顿定律), given-name words used as words (晚高峰, 林海雪原).
* STREET_ADDRESS: a person's address (home, mailing, installation, delivery, also a family
  member's), whole, from the first place name as written (province, city or district - whichever
  comes first) to the last detail (room, 组/号, or a landmark descriptor such as 东门快递柜旁).
  Addresses of organisations (a company's registered address, shops, business halls, the sender
  address of a shop) are not labelled; nor are a city or province alone, 籍贯, 号码归属地, a
  bare street or estate name without a house number ("住在中山路那边"), or "同户主"/"同上".
  Split columns / JSON fields: when a person's address is split into province / city / district /
  detail columns, each non-empty part is one label (even "浙江省" alone).
  English addresses: from "Room"/"Flat"/"No." to the last place name, including "Hong Kong" when
  written after Kowloon etc.; a trailing postcode and "China"/"P.R. China" are not included.
  A rendered form's address wrapped over two lines is labelled as one span per line.
* PHONE_NUMBER: subscribers' numbers as written (+86/0086/86, +852, +886, spaces, dashes,
  full-width digits); landlines with area code.  Service numbers (10086, 95xxx, 400-..., 106...
  senders), masked numbers (138****1234) and shops' / companies' landlines are not labelled.
* CHINA_RESIDENT_ID_NUMBER: 18-digit numbers including 81/83 residence-permit numbers; masked IDs
  are not labelled.
* DATE_OF_BIRTH: birth dates in any format; the date inside an ID number is not labelled again.
* EMAIL_ADDRESS: personal mailboxes; the operator's service mailboxes are not labelled.
* Not labelled: customer / order / waybill / work-order numbers, Unified Social Credit Codes,
  postcodes, pickup codes, amounts, dates that are not birth dates.

usage: make_corpus.py [--out DIR]
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

import phonenumbers
from stdnum.cn import ric, uscc

SEED = 20240613
R = random.Random(SEED)
DIG = "0123456789"

N = "PERSON_NAME"
DOB = "DATE_OF_BIRTH"
RID = "CHINA_RESIDENT_ID_NUMBER"
ADDR = "STREET_ADDRESS"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"

# ----------------------------------------------------------------------------- document helper


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        """parts: str (plain), (value, TYPE) tuples (labelled) or lists of parts."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                v, typ = p
                if typ is None or v == "":
                    self.buf += v.encode("utf-8")
                    continue
                s = len(self.buf)
                self.buf += v.encode("utf-8")
                self.labels.append((s, len(self.buf), typ, v))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf += p.encode("utf-8")


def L(v, t):
    return (v, t)


def csv_cell(v):
    if isinstance(v, tuple):
        if "," in v[0] or '"' in v[0]:
            assert '"' not in v[0]
            return ['"', v, '"']
        return [v]
    if isinstance(v, list):
        flat = "".join(x[0] if isinstance(x, tuple) else x for x in v)
        return ['"'] + v + ['"'] if ("," in flat) else v
    if "," in v or '"' in v:
        return ['"' + v.replace('"', '""') + '"']
    return [v]


def csv_row(doc, cells, nl="\r\n"):
    parts = []
    for i, c in enumerate(cells):
        if i:
            parts.append(",")
        parts.extend(csv_cell(c))
    parts.append(nl)
    doc.w(*parts)


class V:
    def __init__(self, v, t):
        self.v, self.t = v, t


def jemit(doc, obj, indent=None, level=0, sep=(", ", ": ")):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    endpad = "" if indent is None else " " * (indent * level)
    if isinstance(obj, V):
        assert json.dumps(obj.v, ensure_ascii=False)[1:-1] == obj.v, obj.v
        doc.w('"', L(obj.v, obj.t), '"')
    elif isinstance(obj, dict):
        if not obj:
            doc.w("{}")
            return
        doc.w("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            doc.w(pad + json.dumps(k, ensure_ascii=False) + sep[1])
            jemit(doc, v, indent, level + 1, sep)
            if i < len(items) - 1:
                doc.w(sep[0].rstrip(" ") if indent is not None else sep[0])
            doc.w(nl)
        doc.w(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.w("[]")
            return
        doc.w("[" + nl)
        for i, v in enumerate(obj):
            doc.w(pad)
            jemit(doc, v, indent, level + 1, sep)
            if i < len(obj) - 1:
                doc.w(sep[0].rstrip(" ") if indent is not None else sep[0])
            doc.w(nl)
        doc.w(endpad + "]")
    else:
        doc.w(json.dumps(obj, ensure_ascii=False))


# ----------------------------------------------------------------------------- name pools

COMMON_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
              ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
              ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
              ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
              ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
              ("彭", "peng"), ("曾", "zeng"), ("叶", "ye"), ("蒋", "jiang"), ("沈", "shen"), ("方", "fang")]
RARE_SUR = [("楼", "lou"), ("应", "ying"), ("邬", "wu"), ("甄", "zhen"), ("訾", "zi"), ("隗", "wei"),
            ("鞠", "ju"), ("阙", "que"), ("笪", "da"), ("佘", "she"), ("冼", "xian"), ("仉", "zhang"),
            ("岑", "cen"), ("覃", "qin"), ("禤", "xuan"), ("逯", "lu"), ("靳", "jin"), ("虞", "yu"),
            ("晏", "yan"), ("宓", "mi"), ("单", "shan"), ("查", "zha"), ("仇", "qiu"), ("解", "xie"),
            ("区", "ou"), ("缪", "miao"), ("盖", "ge"), ("冉", "ran"), ("芮", "rui"), ("麻", "ma"),
            ("戚", "qi"), ("糜", "mi"), ("郇", "huan"), ("亓", "qi")]
COMPOUND_SUR = [("欧阳", "ouyang"), ("司马", "sima"), ("诸葛", "zhuge"), ("上官", "shangguan"),
                ("皇甫", "huangfu"), ("尉迟", "yuchi"), ("公孙", "gongsun"), ("慕容", "murong"),
                ("端木", "duanmu"), ("东方", "dongfang"), ("令狐", "linghu"), ("夏侯", "xiahou")]
# (given, pinyin syllables, sex 1 male / 0 female / 2 either)
GIVEN2 = [("建国", "jian guo", 1), ("丽华", "li hua", 0), ("秀英", "xiu ying", 0), ("秀兰", "xiu lan", 0),
          ("建华", "jian hua", 1), ("志强", "zhi qiang", 1), ("海燕", "hai yan", 0), ("红梅", "hong mei", 0),
          ("晓东", "xiao dong", 1), ("雪梅", "xue mei", 0), ("国强", "guo qiang", 1), ("立新", "li xin", 1),
          ("玉兰", "yu lan", 0), ("文杰", "wen jie", 1), ("婷婷", "ting ting", 0), ("晓燕", "xiao yan", 0),
          ("永刚", "yong gang", 1), ("卫东", "wei dong", 1), ("春燕", "chun yan", 0), ("海峰", "hai feng", 1),
          ("建平", "jian ping", 1), ("丽萍", "li ping", 0), ("志刚", "zhi gang", 1), ("晓红", "xiao hong", 0),
          ("美玲", "mei ling", 0), ("振华", "zhen hua", 1), ("晓明", "xiao ming", 1), ("亚楠", "ya nan", 0),
          ("思敏", "si min", 0), ("子涵", "zi han", 2), ("浩然", "hao ran", 1), ("欣怡", "xin yi", 0),
          ("宇轩", "yu xuan", 1), ("诗涵", "shi han", 0), ("一鸣", "yi ming", 1), ("梓萱", "zi xuan", 0),
          ("俊杰", "jun jie", 1), ("雨桐", "yu tong", 0), ("家豪", "jia hao", 1), ("佳怡", "jia yi", 0),
          ("金凤", "jin feng", 0), ("德胜", "de sheng", 1), ("桂英", "gui ying", 0), ("福生", "fu sheng", 1),
          ("招娣", "zhao di", 0), ("淑珍", "shu zhen", 0), ("鹏飞", "peng fei", 1), ("燕妮", "yan ni", 0)]
GIVEN1 = [("伟", "wei", 1), ("芳", "fang", 0), ("敏", "min", 0), ("磊", "lei", 1), ("军", "jun", 1),
          ("艳", "yan", 0), ("杰", "jie", 1), ("娟", "juan", 0), ("涛", "tao", 1), ("超", "chao", 1),
          ("霞", "xia", 0), ("鹏", "peng", 1), ("琳", "lin", 0), ("颖", "ying", 0), ("浩", "hao", 1),
          ("凯", "kai", 1), ("宁", "ning", 2), ("雯", "wen", 0), ("昊", "hao", 1), ("翔", "xiang", 1),
          ("瑶", "yao", 0), ("岚", "lan", 0), ("璐", "lu", 0), ("骁", "xiao", 1), ("曦", "xi", 2), ("娜", "na", 0)]
# given names that are also ordinary words
WORDLIKE = [("王", "wang", "平", "ping", 1), ("李", "li", "强", "qiang", 1), ("张", "zhang", "伟", "wei", 1),
            ("刘", "liu", "洋", "yang", 1), ("陈", "chen", "静", "jing", 0), ("高", "gao", "峰", "feng", 1),
            ("林", "lin", "海", "hai", 1), ("周", "zhou", "正", "zheng", 1), ("马", "ma", "力", "li", 1),
            ("何", "he", "刚", "gang", 1), ("牛", "niu", "顿", "dun", 1), ("夏", "xia", "天", "tian", 2),
            ("田", "tian", "野", "ye", 1), ("江", "jiang", "山", "shan", 1), ("白", "bai", "云", "yun", 0),
            ("文", "wen", "静", "jing", 0), ("常", "chang", "青", "qing", 1), ("向", "xiang", "前", "qian", 1)]
FOUR = [("陈李秀英", "chen li", "xiu ying", 0), ("张王美华", "zhang wang", "mei hua", 0),
        ("林黄淑贞", "lin huang", "shu zhen", 0), ("刘陈玉兰", "liu chen", "yu lan", 0),
        ("郑吴丽卿", "zheng wu", "li qing", 0)]
# (name, romanisation for mailboxes, region code, ethnicity, sex)
MINORITY = [("阿依古丽·买买提", "ayiguli", "654002", "维吾尔族", 0), ("热依拉·艾则孜", "reyila", "650102", "维吾尔族", 0),
            ("迪丽努尔·阿不都热合曼", "dilinuer", "653101", "维吾尔族", 0),
            ("买买提明·吐尔洪", "maimaitiming", "653101", "维吾尔族", 1), ("艾尔肯·吾斯曼", "aierken", "650104", "维吾尔族", 1),
            ("古丽米拉·托合提", "gulimila", "654021", "维吾尔族", 0), ("努尔兰·巴合提", "nuerlan", "654021", "哈萨克族", 1),
            ("阿依达娜·叶尔兰", "ayidana", "654002", "哈萨克族", 0), ("格桑卓玛", "gesangzhuoma", "540202", "藏族", 0),
            ("扎西顿珠", "zhaxidunzhu", "540202", "藏族", 1), ("次仁央宗", "cirenyangzong", "513321", "藏族", 0),
            ("洛桑丹增", "luosangdanzeng", "513321", "藏族", 1), ("德吉央金", "dejiyangjin", "540202", "藏族", 0),
            ("巴特尔", "bateer", "152502", "蒙古族", 1), ("乌兰托娅", "wulantuoya", "152530", "蒙古族", 0),
            ("其其格", "qiqige", "152522", "蒙古族", 0), ("额尔敦毕力格", "eerdunbilige", "150521", "蒙古族", 1),
            ("苏日娜", "surina", "152921", "蒙古族", 0), ("哈斯朝鲁", "hasichaolu", "150624", "蒙古族", 1),
            ("阿西木呷", "aximuga", "513431", "彝族", 1), ("吉克阿依", "jikeayi", "513431", "彝族", 0),
            ("玉罕", "yuhan", "532801", "傣族", 0), ("岩温", "yanwen", "532801", "傣族", 1)]
DOTS = ["·", "·", "·", "·", "•", "・", "．"]

# traditional-character names with Cantonese (HK) and Wade-Giles (TW) romanisation
TRAD_SUR = [("陳", "CHAN", "CHEN"), ("張", "CHEUNG", "CHANG"), ("黃", "WONG", "HUANG"), ("李", "LEE", "LI"),
            ("林", "LAM", "LIN"), ("劉", "LAU", "LIU"), ("王", "WONG", "WANG"), ("吳", "NG", "WU"),
            ("鄭", "CHENG", "CHENG"), ("梁", "LEUNG", "LIANG"), ("何", "HO", "HO"), ("郭", "KWOK", "KUO"),
            ("蔡", "CHOI", "TSAI"), ("楊", "YEUNG", "YANG"), ("許", "HUI", "HSU"), ("謝", "TSE", "HSIEH"),
            ("周", "CHAU", "CHOU"), ("曾", "TSANG", "TSENG"), ("馮", "FUNG", "FENG"), ("區", "AU", "OU")]
TRAD_GIVEN = [("大文", "Tai Man", "Ta-Wen", 1), ("嘉慧", "Ka Wai", "Chia-Hui", 0), ("志明", "Chi Ming", "Chih-Ming", 1),
              ("美玲", "Mei Ling", "Mei-Ling", 0), ("家豪", "Ka Ho", "Chia-Hao", 1), ("淑芬", "Shuk Fan", "Shu-Fen", 0),
              ("詠詩", "Wing Sze", "Yung-Shih", 0), ("俊傑", "Chun Kit", "Chun-Chieh", 1), ("雅婷", "Nga Ting", "Ya-Ting", 0),
              ("宗翰", "Chung Hon", "Tsung-Han", 1), ("怡君", "Yi Kwan", "Yi-Chun", 0), ("偉強", "Wai Keung", "Wei-Chiang", 1),
              ("秀英", "Sau Ying", "Hsiu-Ying", 0), ("建宏", "Kin Wang", "Chien-Hung", 1), ("冠宇", "Kwun Yu", "Kuan-Yu", 1),
              ("嘉欣", "Ka Yan", "Chia-Hsin", 0), ("子晴", "Tsz Ching", "Tzu-Ching", 0), ("浩然", "Ho Yin", "Hao-Jan", 1)]
EN_GIVEN = {1: ["Peter", "Kelvin", "Alan", "Ivan", "Jason", "Eric"], 0: ["Mary", "Winnie", "Cathy", "Joyce", "Vivian", "Karen"]}

NICKS = ["阳光男孩", "Lily🌸", "小胖", "一只小青蛙", "浙A老司机", "岁月静好", "Tony老师", "追风少年", "喵喵酱",
         "A.宽带装维", "平安是福", "花开富贵", "Kevin_HZ", "大白兔", "笑看风云", "老王", "晴天", "momo", "夏天的风", "海阔天空"]

# ----------------------------------------------------------------------------- address pools

REGIONS = {
    "330106": ("浙江省", "杭州市", "西湖区"), "330102": ("浙江省", "杭州市", "上城区"),
    "330110": ("浙江省", "杭州市", "余杭区"), "330783": ("浙江省", "金华市", "东阳市"),
    "330226": ("浙江省", "宁波市", "宁海县"), "330727": ("浙江省", "金华市", "磐安县"),
    "331121": ("浙江省", "丽水市", "青田县"), "330324": ("浙江省", "温州市", "永嘉县"),
    "330281": ("浙江省", "宁波市", "余姚市"), "110101": ("北京市", "北京市", "东城区"),
    "110102": ("北京市", "北京市", "西城区"), "310112": ("上海市", "上海市", "闵行区"),
    "310101": ("上海市", "上海市", "黄浦区"), "320508": ("江苏省", "苏州市", "姑苏区"),
    "320583": ("江苏省", "苏州市", "昆山市"), "341002": ("安徽省", "黄山市", "屯溪区"),
    "440103": ("广东省", "广州市", "荔湾区"), "440606": ("广东省", "佛山市", "顺德区"),
    "350203": ("福建省", "厦门市", "思明区"), "510107": ("四川省", "成都市", "武侯区"),
    "510722": ("四川省", "绵阳市", "三台县"), "420106": ("湖北省", "武汉市", "武昌区"),
    "371302": ("山东省", "临沂市", "兰山区"), "130528": ("河北省", "邢台市", "宁晋县"),
    "361122": ("江西省", "上饶市", "广丰区"),  # old county code 361122 (广丰县) kept in IDs
    "654002": ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市"), "654021": ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县"),
    "650102": ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"), "650104": ("新疆维吾尔自治区", "乌鲁木齐市", "新市区"),
    "653101": ("新疆维吾尔自治区", "喀什地区", "喀什市"), "152502": ("内蒙古自治区", "锡林郭勒盟", "锡林浩特市"),
    "152530": ("内蒙古自治区", "锡林郭勒盟", "正蓝旗"), "152522": ("内蒙古自治区", "锡林郭勒盟", "阿巴嘎旗"),
    "150521": ("内蒙古自治区", "通辽市", "科尔沁左翼中旗"), "150624": ("内蒙古自治区", "鄂尔多斯市", "鄂托克旗"),
    "152921": ("内蒙古自治区", "阿拉善盟", "阿拉善左旗"), "540202": ("西藏自治区", "日喀则市", "桑珠孜区"),
    "513321": ("四川省", "甘孜藏族自治州", "康定市"),  # 康定县 code 513321 kept in IDs
    "513431": ("四川省", "凉山彝族自治州", "昭觉县"),
    "532801": ("云南省", "西双版纳傣族自治州", "景洪市"), "222401": ("吉林省", "延边朝鲜族自治州", "延吉市"),
    "433101": ("湖南省", "湘西土家族苗族自治州", "吉首市"), "640104": ("宁夏回族自治区", "银川市", "兴庆区"),
    "451002": ("广西壮族自治区", "百色市", "右江区"),
}
MAIN_CODES = ["330106", "330102", "330110", "330106", "330102", "330110", "110101", "110102", "310112", "310101",
              "320508", "320583", "341002", "440103", "440606", "350203", "510107", "420106", "371302",
              "330783", "330281"]
RURAL_CODES = ["330110", "330783", "330226", "330727", "331121", "330324", "320583", "510722", "130528",
               "361122", "654021", "152530", "152522", "150521", "513431", "532801", "152921"]
PROV_SHORT = {"新疆维吾尔自治区": "新疆", "内蒙古自治区": "内蒙古", "西藏自治区": "西藏", "宁夏回族自治区": "宁夏",
              "广西壮族自治区": "广西"}
CITY_SHORT = {"伊犁哈萨克自治州": "伊犁州", "凉山彝族自治州": "凉山州", "甘孜藏族自治州": "甘孜州",
              "西双版纳傣族自治州": "西双版纳州", "延边朝鲜族自治州": "延边州", "湘西土家族苗族自治州": "湘西州"}
ROADS = {
    "杭州市": ["文三路", "文一西路", "古墩路", "莫干山路", "教工路", "学院路", "丰潭路", "天目山路", "西溪路",
            "湖墅南路", "秋涛路", "岳王路", "中山北路", "延安路", "凤起路", "五常大道"],
    "北京市": ["张自忠路", "赵登禹路", "佟麟阁路", "安定门内大街", "西直门南大街", "鼓楼西大街", "朝阳门北大街"],
    "上海市": ["中山南路", "逸仙路", "莘松路", "虹梅路", "沪闵路", "七莘路", "都市路", "复兴东路"],
    "苏州市": ["干将西路", "十全街", "人民路", "东环路", "中山路"],
    "伊犁哈萨克自治州": ["解放路", "斯大林街", "阿合买提江街", "新华西路"],
    "乌鲁木齐市": ["解放北路", "人民路", "扬子江路", "北京南路"],
    "锡林郭勒盟": ["锡林大街", "额尔敦路", "那达慕大街"],
    "日喀则市": ["上海中路", "珠峰路", "青岛路"],
}
GEN_ROADS = ["人民路", "解放路", "中山路", "建设路", "胜利街", "光明路", "和平路", "新华路", "长江路", "黄河路",
             "东风路", "幸福路", "青年路", "学府路", "世纪大道", "滨河路", "朝阳路", "文化路", "黄山路", "中山二路"]
COMMS = ["翠苑一区", "文鼎苑", "嘉绿苑", "金色家园", "阳光花园", "锦绣江南", "碧桂园", "绿城桂花园", "世纪花城",
         "蓝庭花园", "和家园", "紫金港花园", "西溪诚园", "保利天汇", "恒大名都", "中海国际社区", "龙湖春江郦城",
         "万科城市花园", "春申景城", "建设新村", "幸福里", "水木清华", "东湖小区", "林海苑"]
HUTONG = ["东四六条", "钱粮胡同", "南锣鼓巷", "帽儿胡同", "史家胡同", "砖塔胡同"]
SZ_LANES = ["大儒巷", "钮家巷", "丁香巷", "悬桥巷", "胡厢使巷"]
TOWNS = {
    "330110": [("瓶窑镇", ["南山村", "王家村"]), ("径山镇", ["小古城村", "求是村"])],
    "330783": [("横店镇", ["八仙街村", "何家村"]), ("南马镇", ["上安恬村", "李家村"])],
    "330226": [("前童镇", ["鹿山村", "塔山村"]), ("岔路镇", ["湖头村"])],
    "330727": [("尖山镇", ["管头村"]), ("玉山镇", ["岭口村"])],
    "331121": [("方山乡", ["龙现村"]), ("仁庄镇", ["张家岙村"])],
    "330324": [("岩头镇", ["苍坡村"]), ("鹤盛镇", ["周家村"])],
    "320583": [("周庄镇", ["祁浜村", "东浜村"]), ("锦溪镇", ["计家墩村"])],
    "510722": [("芦溪镇", ["高峰村"]), ("观桥镇", ["林海村"])],
    "130528": [("苏家庄镇", ["马家庄村"]), ("贾家口镇", ["张家庄村"])],
    "361122": [("洋口镇", ["张家村"]), ("五都镇", ["丰溪村"])],
    "654021": [("吉里于孜镇", ["吉里于孜村", "托格拉克村"]), ("巴依托海镇", ["巴依托海村"])],
    "152530": [("上都镇", ["宝力根嘎查"]), ("那日图苏木", ["乌兰图嘎嘎查"])],
    "152522": [("那仁宝拉格苏木", ["巴彦图嘎嘎查"]), ("别力古台镇", ["宝格都乌拉嘎查"])],
    "150521": [("保康镇", ["东艾力嘎查"]), ("花吐古拉镇", ["前进村"])],
    "513431": [("竹核乡", ["大坝村"]), ("解放乡", ["火普村"])],
    "532801": [("嘎洒镇", ["曼真村"]), ("勐罕镇", ["曼听村"])],
    "152921": [("巴彦浩特镇", ["巴彦霍德嘎查"]), ("吉兰泰镇", ["乌兰布和嘎查"])],
}
JIEDAO = {"杭州市": ["三墩", "蒋村", "翠苑", "北山", "留下"], "北京市": ["东四", "交道口", "什刹海"],
          "上海市": ["莘庄", "外滩", "虹桥"], "苏州市": ["平江", "双塔"]}
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
LANDMARK = ["东门快递柜旁", "南门菜鸟驿站", "北门丰巢快递柜", "西门保安亭", "物业服务中心", "3号门岗亭旁",
            "地下车库入口", "东门对面便利店"]
VILLAGE_LM = ["村委会旁小卖部", "村口代办点", "文化礼堂对面", "老供销社门口"]

# English-formatted mainland addresses (Chinese and English forms of the same components)
EN_MAIN = [("330106", "Zhejiang", "Hangzhou", "Xihu District",
            [("文三路", "Wensan Road"), ("古墩路", "Gudun Road"), ("天目山路", "Tianmushan Road")],
            [("金色家园", "Jinse Jiayuan"), ("翠苑一区", "Cuiyuan Yiqu"), ("嘉绿苑", "Jialv Yuan")]),
           ("310112", "Shanghai", "Shanghai", "Minhang District",
            [("莘松路", "Xinsong Road"), ("虹梅路", "Hongmei Road")],
            [("春申景城", "Chunshen Jingcheng"), ("万科城市花园", "Vanke City Garden")]),
           ("110101", "Beijing", "Beijing", "Dongcheng District",
            [("张自忠路", "Zhangzizhong Road"), ("朝阳门北大街", "Chaoyangmen North Street")],
            [("和家园", "Hejia Yuan"), ("幸福里", "Xingfuli")]),
           ("350203", "Fujian", "Xiamen", "Siming District",
            [("湖滨南路", "Hubin South Road"), ("莲前西路", "Lianqian West Road")],
            [("阳光花园", "Yangguang Huayuan"), ("碧桂园", "Country Garden")])]

HK_AREAS = [("九龍", "旺角", "彌敦道", "Nathan Road", "Mong Kok", "Kowloon"),
            ("九龍", "深水埗", "長沙灣道", "Cheung Sha Wan Road", "Sham Shui Po", "Kowloon"),
            ("香港", "北角", "英皇道", "King's Road", "North Point", "Hong Kong"),
            ("香港", "灣仔", "軒尼詩道", "Hennessy Road", "Wan Chai", "Hong Kong"),
            ("新界", "荃灣", "沙咀道", "Sha Tsui Road", "Tsuen Wan", "New Territories"),
            ("新界", "大埔", "寶鄉街", "Po Heung Street", "Tai Po", "New Territories")]
HK_BLDG = [("華豐大廈", "Wah Fung Building"), ("海景樓", "Hoi King House"), ("富麗花園", "Fu Lai Garden"),
           ("金輝閣", "Kam Fai Court"), ("嘉寶大廈", "Ka Po Mansion")]
HK_ESTATES = [("沙田", "碧濤邨", "海濤樓", "Sha Tin", "Bik To Estate", "Hoi To House"),
              ("將軍澳", "翠林邨", "康林樓", "Tseung Kwan O", "Tsui Lam Estate", "Hong Lam House"),
              ("屯門", "和田邨", "和福樓", "Tuen Mun", "Wo Tin Estate", "Wo Fuk House")]
TW_ROADS = [("台北市", "大安區", "忠孝東路", "四段", "Zhongxiao E. Rd.", "Sec. 4", "Da'an Dist.", "Taipei City"),
            ("臺北市", "信義區", "基隆路", "一段", "Keelung Rd.", "Sec. 1", "Xinyi Dist.", "Taipei City"),
            ("新北市", "板橋區", "文化路", "一段", "Wenhua Rd.", "Sec. 1", "Banqiao Dist.", "New Taipei City"),
            ("臺中市", "西屯區", "台灣大道", "三段", "Taiwan Blvd.", "Sec. 3", "Xitun Dist.", "Taichung City"),
            ("高雄市", "苓雅區", "四維三路", "", "Siwei 3rd Rd.", "", "Lingya Dist.", "Kaohsiung City")]

COMPANIES = ["张记面馆", "王氏集团有限公司", "李宁体育用品店", "刘一手火锅", "陈记烧腊", "周大福珠宝金行",
             "黄山旅游发展股份有限公司", "杭州高新区科技创业服务中心", "老张修车铺", "马氏兄弟建材",
             "林海通信器材经营部", "何氏骨伤诊所", "杨国福麻辣烫", "张小泉刀剪店"]

# ----------------------------------------------------------------------------- generators

MOB_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
                "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199", "147", "134"]


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def mobile():
    while True:
        n = R.choice(MOB_PREFIXES) + digits(8)
        p = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


def landline(area="0571"):
    while True:
        n = area + R.choice("2345678") + digits(7 if area in ("010", "021", "020") or len(area) == 4 else 6)
        if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
            return n


def hk_mobile():
    while True:
        n = R.choice("5669") + digits(7)
        p = phonenumbers.parse("+852" + n)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def tw_mobile():
    while True:
        n = "09" + digits(8)
        p = phonenumbers.parse(n, "TW")
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def fmt_mob(n, style=None):
    style = style or R.choice(["plain", "plain", "plain", "sp", "dash", "+86", "+86sp", "86", "0086", "fw"])
    if style == "plain":
        return n
    if style == "sp":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "+86":
        return "+86" + n
    if style == "+86sp":
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "86":
        return "86" + n
    if style == "0086":
        return "0086-" + n
    if style == "fw":
        return n.translate(FW)
    raise ValueError(style)


def fmt_land(n):
    area = n[:3] if n[:3] in ("010", "021", "020") else n[:4]
    return R.choice([f"{area}-{n[len(area):]}", f"({area}){n[len(area):]}", n])


def fmt_hk(n):
    return R.choice([f"+852 {n[:4]} {n[4:]}", f"(852) {n}", f"852-{n[:4]}-{n[4:]}", f"+852{n}"])


def fmt_tw(n):
    return R.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}", f"+886 {n[1:4]} {n[4:7]} {n[7:]}", f"+886-{n[1:]}", n])


def mask_mob(n):
    return n[:3] + "****" + n[7:]


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1)
    b = dt.date(y1, 12, 31)
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def make_id(code, dob, sex):
    while True:
        seq = R.randrange(0, 1000)
        if seq % 2 == sex:
            break
    body = f"{code}{dob:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # the function ignores the last character


def masked_id(i):
    return i[:6] + "********" + i[-4:]


def fmt_dob(d, style=None):
    style = style or R.choice(["iso", "iso", "slash", "cn", "cn0", "compact", "dot"])
    if style == "iso":
        return f"{d:%Y-%m-%d}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d:%Y年%m月%d日}"
    if style == "compact":
        return f"{d:%Y%m%d}"
    if style == "dot":
        return f"{d:%Y.%m.%d}"
    raise ValueError(style)


def uscc_code(region="330106"):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        org = "".join(R.choice(alphabet) for _ in range(8))
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(alphabet.index(c) * wi for c, wi in zip(org, w))
        c = 11 - s % 11
        org += "X" if c == 10 else ("0" if c == 11 else str(c))
        body = "91" + region + org
        code = body + uscc.calc_check_digit(body)
        if uscc.is_valid(code):
            return code


def cap(s):
    return s[:1].upper() + s[1:]


def person(kind=None, code=None, sex=None, y0=1950, y1=2004):
    """A mainland person.  kind: common, rare, compound, single, word, four, minority."""
    kind = kind or R.choices(["common", "rare", "compound", "single", "word", "four", "minority"],
                             [40, 18, 9, 12, 7, 3, 11])[0]
    if kind == "minority":
        nm, rom, mcode, eth, sx = R.choice(MINORITY)
        if "·" in nm and R.random() < 0.3:
            nm = nm.replace("·", R.choice(DOTS))
        dob = rand_date(y0, y1)
        return dict(name=nm, sur="", sur_py="", given_py="", rom=rom, sex=sx, dob=dob, id=make_id(mcode, dob, sx),
                    code=mcode, eth=eth, kind=kind)
    if kind == "word":
        s, spy, g, gpy, sx = R.choice(WORDLIKE)
        sx = R.randrange(2) if sx == 2 else sx
    elif kind == "four":
        nm, spy, gpy, sx = R.choice(FOUR)
        s, g = nm[:2], nm[2:]
    else:
        s, spy = R.choice({"common": COMMON_SUR, "single": COMMON_SUR + RARE_SUR, "rare": RARE_SUR,
                           "compound": COMPOUND_SUR}[kind])
        sx = R.randrange(2) if sex is None else sex
        pool = GIVEN1 if kind == "single" or (kind == "compound" and R.random() < 0.4) else GIVEN2
        pool = [x for x in pool if x[2] in (sx, 2)]
        g, gpy, _ = R.choice(pool)
    if sex is not None:
        sx = sex
    code = code or R.choice(MAIN_CODES if R.random() < 0.75 else RURAL_CODES)
    dob = rand_date(y0, y1)
    return dict(name=s + g, sur=s, given=g, sur_py=spy, given_py=gpy, rom=spy.replace(" ", "") + gpy.replace(" ", ""),
                sex=sx, dob=dob, id=make_id(code, dob, sx), code=code,
                eth="汉族" if R.random() < 0.95 else R.choice(["回族", "满族", "畲族", "土家族"]), kind=kind)


def py_name(p, style=None):
    """Pinyin rendering of a Han name; None for minority names."""
    if p["kind"] == "minority":
        return None
    s = p["sur_py"].replace(" ", "")
    if p["kind"] == "four":
        s = "-".join(cap(x) for x in p["sur_py"].split())
    g = p["given_py"].replace(" ", "")
    gs = p["given_py"].split()
    style = style or R.choice(["SG", "SG", "GS", "US", "UU", "GU", "SG2", "slash", "hyph"])
    S, G = cap(s), cap(g)
    if style == "SG":
        return f"{S} {G}"
    if style == "GS":
        return f"{G} {S}"
    if style == "US":
        return f"{S.upper()} {G}"
    if style == "UU":
        return f"{S.upper()} {G.upper()}"
    if style == "GU":
        return f"{G} {S.upper()}"
    if style == "SG2":
        return S + " " + " ".join(cap(x) for x in gs)
    if style == "slash":
        return f"{S.upper()}/{G.upper()}"
    if style == "hyph":
        return "-".join(cap(x) for x in gs) + " " + S
    raise ValueError(style)


def padded(name):
    """Two-character names padded to three characters, as printed forms do."""
    if len(name) == 2:
        return name[0] + R.choice(["　", "  ", " "]) + name[1]
    return name


def email_for(p):
    local = R.choice([p["rom"], p["rom"] + str(p["dob"].year), p["rom"][:12] + digits(3),
                      (p["sur_py"].replace(" ", "") + "." + p["given_py"].replace(" ", "")) if p["sur_py"] else p["rom"] + "88"])
    if R.random() < 0.25:
        return f"{R.randrange(10**7, 10**10)}@qq.com"
    return local + "@" + R.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "gmail.com"])


def region_parts(code, short=False):
    prov, city, dist = REGIONS[code]
    if short:
        prov = PROV_SHORT.get(prov, prov.rstrip("省").rstrip("市") if prov.endswith("省") else prov)
        city = CITY_SHORT.get(city, city)
    return prov, city, dist


def admin_prefix(code, level):
    """level: full / noprov / nocity / short (省略 省/市 words)."""
    prov, city, dist = REGIONS[code]
    muni = prov == city
    if level == "full":
        return (prov + dist) if muni else (prov + city + dist)
    if level == "noprov":
        return city + dist
    if level == "nocity":
        return dist
    if level == "short":
        p2, c2, _ = region_parts(code, True)
        return (prov + dist) if muni else (p2 + c2 + dist)
    raise ValueError(level)


def room():
    return R.randrange(1, 33) * 100 + R.randrange(1, 5)


def detail(code, style):
    """The part after the administrative prefix."""
    prov, city, dist = REGIONS[code]
    roads = ROADS.get(city, GEN_ROADS)
    n = R.randrange(1, 999)
    if style == "rural":
        town, vills = R.choice(TOWNS.get(code, [("城关镇", ["新民村", "红星村"])]))
        v = R.choice(vills)
        tail = R.choice([f"{R.choice(CN_NUM)}组{R.randrange(1, 120)}号", f"{R.randrange(1, 13)}组{R.randrange(1, 90)}号",
                         f"{R.randrange(1, 200)}号", f"{R.choice(CN_NUM)}组"])
        if v.endswith("嘎查"):
            tail = R.choice(["", f"{R.randrange(1, 60)}号"])
        return town + v + tail
    if style == "village_lm":
        town, vills = R.choice(TOWNS.get(code, [("城关镇", ["新民村"])]))
        return town + R.choice(vills) + R.choice(VILLAGE_LM)
    if city == "北京市" and style in ("full", "lane") and R.random() < 0.6:
        if R.random() < 0.5:
            return f"{R.choice(HUTONG)}{R.randrange(1, 80)}号院{R.randrange(1, 9)}号"
        return f"{R.choice(roads)}{R.randrange(1, 60)}号{R.randrange(1, 12)}号楼{R.randrange(1, 6)}门{room()}"
    if style == "lane":
        if city == "上海市":
            return f"{R.choice(roads)}{n}弄{R.randrange(1, 80)}号{room()}室"
        if city == "苏州市":
            return f"{R.choice(SZ_LANES)}{R.randrange(1, 60)}号"
        return f"{R.choice(roads)}{R.randrange(1, 300)}巷{R.randrange(1, 40)}号"
    if style == "landmark":
        return R.choice(COMMS) + R.choice(LANDMARK)
    b, u = R.randrange(1, 32), R.randrange(1, 6)
    comm = R.choice(COMMS)
    return R.choice([f"{R.choice(roads)}{n}号{comm}{b}幢{u}单元{room()}室",
                     f"{R.choice(roads)}{n}号{comm}{b}栋{u}单元{room()}",
                     f"{comm}{b}幢{u}单元{room()}室",
                     f"{R.choice(roads)}{n}号{b}号楼{u}单元{room()}",
                     f"{R.choice(roads)}{n}号{comm}{R.choice('ABCDE')}座{room()}室",
                     f"{R.choice(roads)}{n}号{comm}{b}-{u}-{room()}",
                     f"{R.choice(JIEDAO.get(city, ['新华', '城东', '人民', '建设']))}街道{comm}{b}幢{room()}室"])


def address(code=None, style=None, level=None):
    code = code or R.choice(MAIN_CODES)
    if style is None:
        style = "rural" if code in TOWNS and R.random() < 0.7 else R.choices(["full", "lane", "landmark"], [8, 2, 1])[0]
    level = level or R.choices(["full", "noprov", "nocity", "short"], [6, 3, 1, 2])[0]
    if style in ("rural", "village_lm") and level == "nocity":
        level = "full"
    return admin_prefix(code, level) + detail(code, style)


def split_address(code, style=None):
    """(province, city, district, detail) for split columns; municipalities repeat the city."""
    prov, city, dist = REGIONS[code]
    if style is None:
        style = "rural" if code in TOWNS and R.random() < 0.6 else "full"
    if R.random() < 0.25:
        prov, city, _ = region_parts(code, True)
        city = city.rstrip("市") if city.endswith("市") and prov != city.rstrip("市") else city
    return prov, city, dist, detail(code, style)


def en_address(code=None):
    e = R.choice(EN_MAIN) if code is None else [x for x in EN_MAIN if x[0] == code][0]
    code, prov_en, city_en, dist_en, roads, comms = e
    road, road_en = R.choice(roads)
    comm, comm_en = R.choice(comms)
    n, b, u, rm = R.randrange(1, 600), R.randrange(1, 30), R.randrange(1, 6), room()
    if prov_en == city_en:
        tail_en = f"{dist_en}, {city_en}"
    else:
        tail_en = f"{dist_en}, {city_en}, {prov_en}" + R.choice(["", " Province"])
    en = R.choice([f"Room {rm}, Unit {u}, Building {b}, {comm_en}, No. {n} {road_en}, {tail_en}",
                   f"Rm {rm}, Bldg {b}, {comm_en}, {n} {road_en}, {tail_en}",
                   f"{rm}, Unit {u}, Building {b}, {comm_en}, {road_en} No. {n}, {tail_en}"])
    zh = admin_prefix(code, "full") + f"{road}{n}号{comm}{b}幢{u}单元{rm}室"
    return en, zh


def hk_address(lang="zh"):
    if R.random() < 0.3:
        area, est, house, area_en, est_en, house_en = R.choice(HK_ESTATES)
        rm = f"{R.randrange(2, 40)}{R.randrange(1, 30):02d}"
        if lang == "zh":
            return f"{R.choice(['', '香港'])}新界{area}{est}{house}{rm}室"
        return f"Room {rm}, {house_en}, {est_en}, {area_en}, New Territories" + R.choice(["", ", Hong Kong"])
    reg, area, st, st_en, area_en, reg_en = R.choice(HK_AREAS)
    bl, bl_en = R.choice(HK_BLDG)
    n, fl, flat = R.randrange(1, 800), R.randrange(2, 35), R.choice("ABCDEFGH")
    if lang == "zh":
        pre = "香港" if reg == "香港" else R.choice(["香港", ""]) + reg
        return f"{pre}{area}{st}{n}號{bl}{fl}樓{flat}室"
    tail = f"{area_en}, {reg_en}" + ("" if reg_en == "Hong Kong" else R.choice(["", ", Hong Kong"]))
    return R.choice([f"Flat {flat}, {fl}/F, {bl_en}, {n} {st_en}, {tail}", f"{fl}/F, Flat {flat}, {bl_en}, No.{n} {st_en}, {tail}"])


def tw_address(lang="zh"):
    city, dist, road, sec, road_en, sec_en, dist_en, city_en = R.choice(TW_ROADS)
    n, fl = R.randrange(1, 400), R.randrange(2, 20)
    lane = R.random() < 0.4
    ln, al = R.randrange(1, 300), R.randrange(1, 20)
    if lang == "zh":
        mid = f"{ln}巷" + (f"{al}弄" if R.random() < 0.5 else "") if lane else ""
        return f"{city}{dist}{road}{sec}{mid}{n}號{fl}樓" + R.choice(["", "", f"之{R.randrange(1, 9)}"])
    parts = [f"{fl}F.", f"No. {n}"] + ([f"Ln. {ln}"] if lane else []) + ([sec_en] if sec_en else []) + [road_en, dist_en, city_en]
    return ", ".join(parts)


def trad_person(region="HK", sex=None):
    s = R.choice(TRAD_SUR)
    sx = R.randrange(2) if sex is None else sex
    g = R.choice([x for x in TRAD_GIVEN if x[3] == sx])
    dob = rand_date(1955, 2002)
    code = "810000" if region == "HK" else "830000"
    p = dict(name=s[0] + g[0], sex=sx, dob=dob, id=make_id(code, dob, sx), region=region)
    if region == "HK":
        p["married"] = sx == 0 and R.random() < 0.25
        if p["married"]:
            hs = R.choice(TRAD_SUR)
            p["name"] = hs[0] + s[0] + g[0]
            sur_en = f"{hs[1]} {s[1]}"
        else:
            sur_en = s[1]
        gv = g[1]
        en = R.choice([f"{sur_en} {gv}", f"{cap_words(sur_en)} {gv}", f"{sur_en} {gv.upper()}",
                       f"{cap_words(sur_en)} {gv.replace(' ', '-', 1).capitalize()}",
                       f"{R.choice(EN_GIVEN[sx])} {sur_en} {gv}"])
    else:
        gv = g[2]
        en = R.choice([f"{cap_words(s[2])} {gv}", f"{s[2]}, {gv.upper()}", f"{gv} {cap_words(s[2])}",
                       f"{s[2]} {gv.upper()}", f"{R.choice(EN_GIVEN[sx])} {cap_words(s[2])}"])
    p["en"] = en
    return p


def cap_words(s):
    return " ".join(x.capitalize() for x in s.split())


def tstamp(t):
    return f"{t:%Y-%m-%d %H:%M:%S}"


# ----------------------------------------------------------------------------- files


def f_crm():
    d = Doc("crm_customer_export_202406.csv")
    d.w("\ufeff")
    csv_row(d, ["客户编号", "客户名称", "客户类型", "证件类型", "证件号码", "出生日期", "联系电话", "号码归属地",
                "省份", "地市", "区县", "详细地址", "客户经理", "备注"])
    managers = [person(R.choice(["rare", "common", "compound"]), code="330106") for _ in range(5)]
    for i in range(40):
        cid = f"CU{330100 + R.randrange(100)}{digits(8)}"
        mgr = R.choice(managers)
        mgr_cell = [L(mgr["name"], N), f"({R.choice(['HZ', 'ZJ'])}{R.randrange(1000, 9999)})"]
        if R.random() < 0.13:
            co = R.choice(COMPANIES)
            code = R.choice(["330106", "330102", "330110"])
            prov, city, dist = REGIONS[code]
            ag = person("common")
            mob = mobile()
            csv_row(d, [cid, co, "政企", "统一社会信用代码", uscc_code(code), "", L(fmt_mob(mob, "plain"), PH), "浙江杭州",
                        prov, city, dist, f"{R.choice(ROADS['杭州市'])}{R.randrange(1, 900)}号",
                        mgr_cell, ["经办人：", L(ag["name"], N), R.choice(["", "；法人代表王总不在场"])]])
            continue
        p = person()
        mob = mobile()
        st = R.random()
        prov, city, dist, det = split_address(p["code"])
        note = R.choice(["", "", "", "VIP客户", "王总介绍", "客户要求称呼张女士", "昵称“小胖”，老客户",
                         "代办", "账单寄公司", "装机地址同上", "父亲", "曾用名"])
        if note == "代办":
            ag = person("common")
            note = ["代办人：", L(ag["name"], N), "，电话", L(fmt_mob(mobile(), "plain"), PH)]
        elif note == "账单寄公司":
            note = "账单寄至公司：" + R.choice(COMPANIES) + "（" + admin_prefix("330106", "noprov") + "学院路" + str(R.randrange(1, 300)) + "号）"
        elif note == "父亲":
            f = person("common", y0=1940, y1=1960)
            fs = p["sur"][:1] if p["kind"] == "four" else p["sur"]
            f["name"] = fs + f["name"][len(f["sur"]):] if fs else f["name"]
            note = ["紧急联系人：父亲", L(f["name"], N), " ", L(fmt_mob(mobile(), "dash"), PH)]
        elif note == "曾用名" and p["kind"] not in ("minority",):
            old = p["sur"] + R.choice(["来福", "根生", "小毛"] if p["sex"] else ["招娣", "二妹", "春花"])
            note = ["曾用名：", L(old, N)]
        elif note == "曾用名":
            note = ""
        if st < 0.05:  # municipality written with province cell blank
            prov = ""
        csv_row(d, [cid, L(p["name"], N), "个人", "居民身份证", L(p["id"], RID), L(fmt_dob(p["dob"], R.choice(["iso", "slash", "compact"])), DOB),
                    L(fmt_mob(mob, R.choice(["plain", "plain", "sp", "+86", "dash"])), PH), R.choice(["浙江杭州", "浙江宁波", "北京", "上海", "江苏苏州"]),
                    L(prov, ADDR), L(city, ADDR), L(dist, ADDR), L(det, ADDR), mgr_cell, note])
    return d


def f_profiles():
    d = Doc("customer_profiles.jsonl")
    for i in range(32):
        p = person()
        pyn = py_name(p)
        ob = {"custId": f"C{R.randrange(10**11, 10**12)}", "name": V(p["name"], N)}
        ob["namePinyin"] = V(pyn, N) if pyn else None
        k = R.random()
        if k < 0.6:
            ob["nickname"] = R.choice(NICKS)
        elif k < 0.75:
            ob["nickname"] = p["name"][:1] + "**"
        elif len(p["name"]) == 3:
            ob["nickname"] = p["name"][:1] + "*" + p["name"][-1:]
        else:
            ob["nickname"] = ""
        ob["gender"] = "M" if p["sex"] else "F"
        ob["ethnicity"] = p["eth"]
        ob["birthDate"] = V(fmt_dob(p["dob"], R.choice(["iso", "compact", "slash"])), DOB)
        ob["certType"] = "01"
        ob["certNo"] = V(p["id"] if R.random() < 0.9 else p["id"][:-1] + p["id"][-1].lower(), RID)
        ob["mobile"] = V(fmt_mob(mobile(), R.choice(["plain", "plain", "+86"])), PH)
        ob["otherPhones"] = [V(fmt_land(landline(R.choice(["0571", "0574", "010", "021", "0579"]))), PH)] if R.random() < 0.3 else []
        ob["email"] = V(email_for(p), EM) if R.random() < 0.6 else ""
        ob["ownerRegion"] = R.choice(["浙江杭州", "浙江金华", "北京", "新疆乌鲁木齐", "内蒙古锡林郭勒"])
        ob["homeAddress"] = V(address(p["code"]), ADDR)
        m = R.random()
        if m < 0.5:
            ob["mailAddress"] = "同住址"
        elif m < 0.8:
            ob["mailAddress"] = V(address(R.choice(MAIN_CODES), R.choice(["full", "landmark"])), ADDR)
        else:
            en, _ = en_address()
            ob["mailAddress"] = V(en, ADDR)
        if R.random() < 0.7:
            c = person(R.choice(["common", "common", "rare", "single", "word"]))
            ob["emergencyContact"] = {"name": V(c["name"], N), "relation": R.choice(["配偶", "父亲", "母亲", "子女", "朋友"]),
                                      "mobile": V(mobile(), PH)}
        ob["tags"] = R.sample(["高价值", "宽带", "副卡", "家庭套餐", "携号转网风险", "政企联系人", "老年用户"], 2)
        ob["createdAt"] = f"{rand_date(2012, 2023):%Y-%m-%d}T{R.randrange(8, 20):02d}:{R.randrange(60):02d}:00+08:00"
        jemit(d, ob)
        d.w("\n")
    return d


def f_waybills():
    d = Doc("courier_waybills_20240612.txt")
    d.w("顺丰/中通/邮政 面单数据导出（网点：杭州西湖翠苑营业部）  导出时间 2024-06-12 18:02\n")
    d.w("说明：本文件包含系统原始收寄信息及打印面单（隐私面单已脱敏）。\n\n")
    couriers = [person(R.choice(["rare", "common", "single"]), code="330106", y0=1975, y1=2000) for _ in range(4)]
    cmob = {c["name"]: mobile() for c in couriers}
    t = dt.datetime(2024, 6, 12, 8, 30)
    for i in range(32):
        t += dt.timedelta(minutes=R.randrange(3, 20))
        d.w(f"==== 运单号 {R.choice(['SF', 'ZT', 'YT', '98'])}{digits(12)}  揽收 {tstamp(t)} ====\n")
        if R.random() < 0.35:
            shop = R.choice(COMPANIES)
            d.w(f"寄件人：{shop}    电话：{fmt_land(landline())}\n")
            d.w(f"寄件地址：{admin_prefix('330106', 'noprov')}{R.choice(ROADS['杭州市'])}{R.randrange(1, 500)}号（店铺）\n")
        else:
            s = person()
            code = R.choice(MAIN_CODES + RURAL_CODES)
            d.w("寄件人：", L(s["name"], N), "    电话：", L(fmt_mob(mobile()), PH), "\n")
            d.w("寄件地址：", L(address(code), ADDR), "\n")
        r = person()
        rm = mobile()
        style = R.choices(["full", "landmark", "rural", "village_lm", "lane"], [4, 4, 2, 1, 1])[0]
        code = R.choice(RURAL_CODES) if style in ("rural", "village_lm") else R.choice(MAIN_CODES)
        ra = address(code, style, R.choice(["full", "noprov", "nocity"]) if style not in ("rural", "village_lm") else None)
        d.w("收件人：", L(r["name"], N), "    电话：", L(fmt_mob(rm, R.choice(["plain", "dash", "sp"])), PH), "\n")
        d.w("收件地址：", L(ra, ADDR), "\n")
        note = R.choice(["", "放快递柜，不要打电话", "放门卫", "到了打电话找王阿姨", "周末不在家，放驿站",
                         "送货上门，找刘姐签收", "易碎品，轻拿轻放", "代收人：", "电话打不通请联系"])
        if note == "代收人：":
            o = person("common")
            d.w("备注：代收人 ", L(o["name"], N), "（邻居）", L(fmt_mob(mobile(), "plain"), PH), "\n")
        elif note == "电话打不通请联系":
            o = person(R.choice(["word", "common"]))
            d.w("备注：电话打不通请联系", R.choice(["老公", "女儿", "同事"]), L(o["name"], N), " ", L(mobile(), PH), "\n")
        elif note:
            d.w(f"备注：{note}\n")
        nm = r["name"]
        masked = nm[0] + "*" + nm[-1] if len(nm) == 3 else (nm[0] + "*" if len(nm) == 2 else nm[:1] + "**")
        prov, city, dist = REGIONS[code]
        d.w(f"[打印面单] 收 {masked} {mask_mob(rm)} {prov if prov != city else ''}{city}{dist}****\n")
        c = R.choice(couriers)
        d.w("派件员：", L(c["name"], N), " ", L(cmob[c["name"]], PH), f"  状态：{R.choice(['已签收', '派送中', '已入柜', '待取件'])}\n\n")
    return d


def f_chat():
    d = Doc("cs_chat_transcripts.txt")
    agents = [person(R.choice(["rare", "common", "compound"]), code="330106", y0=1988, y1=2001) for _ in range(5)]
    t = dt.datetime(2024, 6, 13, 9, 0, 5)

    def line(who, *parts):
        nonlocal t
        t += dt.timedelta(seconds=R.randrange(8, 90))
        d.w(f"[{t:%H:%M:%S}] {who}：", *parts)
        d.w("\n")

    for sess in range(24):
        ag = R.choice(agents)
        p = person()
        t += dt.timedelta(minutes=R.randrange(5, 40))
        d.w(f"========== 会话 {R.randrange(10**9, 10**10)}  渠道：{R.choice(['APP在线客服', '微信公众号', '网厅'])}  {t:%Y-%m-%d} ==========\n")
        who_a = f"客服{R.randrange(1000, 9999)}"
        line(who_a, "您好，我是在线客服", L(ag["name"], N), "，工号", str(R.randrange(10000, 99999)), "，很高兴为您服务。")
        k = sess % 12
        if k == 0:
            f = person("word")
            line("客户", "你好，昨天我和", L(f["name"], N), "去营业厅办了副卡，现在副卡一直没信号。")
            line(who_a, "请提供机主姓名和身份证号码进行验证。")
            line("客户", "机主", L(p["name"], N), "，", L(p["id"], RID))
            line(who_a, "已核实。请问副卡号码是？")
            line("客户", L(fmt_mob(mobile(), "plain"), PH), "，晚上高峰时段信号最差，白天还好。")
        elif k == 1:
            p = person("compound")
            line("客户", "我要改一下宽带账户的户主名字，现在写错了。")
            line(who_a, "好的，请问正确的姓名是？")
            line("客户", "我叫", L(p["name"], N), "，复姓", p["sur"], "，", p["sur"] == "司马" and "司马光的司马" or "两个字的姓",
                 "，系统里写成了", p["name"][:1] + " " + p["name"][1:2] + "*", "。")
            line(who_a, "请提供出生日期核对。")
            line("客户", L(fmt_dob(p["dob"], "cn"), DOB))
            line(who_a, "核对无误，已提交修改，", L(p["name"], N), "先生/女士请留意短信。")
        elif k == 2:
            p = person("minority")
            line("客户", "名字是", L(p["name"], N), "，", "中间有个点" if any(x in p["name"] for x in DOTS) else "没有姓，就这几个字",
                 "，你们系统老是识别不了。")
            line(who_a, "抱歉给您带来不便，请提供身份证号。")
            line("客户", L(p["id"], RID), "，住址是", L(address(p["code"]), ADDR))
            line(who_a, "已记录，2个工作日内回访您的号码", L(fmt_mob(mobile(), "sp"), PH), "。")
        elif k == 3:
            p = person("rare")
            line("客户", "我姓", p["sur"], "，", p["sur"] + "总让我来问一下他们公司的集团网资费。")
            line(who_a, "请问您的全名和联系电话？")
            line("客户", L(p["name"], N), "，", L(fmt_mob(mobile()), PH), "。公司是", R.choice(COMPANIES), "，在高新区。")
            line(who_a, "好的，会安排客户经理联系您。")
        elif k == 4:
            line("客户", "我搬家了，宽带要移机，新地址：", L(address(R.choice(MAIN_CODES), "full", R.choice(["full", "noprov"])), ADDR))
            line(who_a, "请问原装机地址和机主姓名？")
            line("客户", "原地址", L(address(p["code"], R.choice(["full", "lane"]), "noprov"), ADDR), "，机主", L(p["name"], N), "，是我", R.choice(["爱人", "父亲", "母亲"]))
            line(who_a, "已预约，装维师傅会提前电话联系。")
            line("客户", "我人在成都出差，周六回杭州，麻烦周六上门。")
        elif k == 5:
            kids = [person(R.choice(["common", "single", "word"]), y0=2008, y1=2016) for _ in range(3)]
            line("客户", "家庭套餐里要加三个孩子的号：", L(kids[0]["name"], N), "、", L(kids[1]["name"], N), "、", L(kids[2]["name"], N), "，都是未成年。")
            line(who_a, "未成年人入网需监护人到厅办理，请问监护人是？")
            line("客户", "我是他们的妈妈", L(p["name"], N), "，电话", L(fmt_mob(mobile(), "dash"), PH))
            line(who_a, "好的，请携带户口簿到就近营业厅。")
        elif k == 6:
            p = person("word")
            line("客户", "你好，我叫", L(p["name"], N), "，", R.choice(["不是开玩笑，真名就叫这个", "身份证上就是这两个字"]), "。我的号码被停机了。")
            line(who_a, "请问号码和身份证后六位？")
            line("客户", L(fmt_mob(mobile(), "plain"), PH), "，后六位", p["id"][-6:])
            line(who_a, "您的号码因实名信息待核验被暂停，请上传证件照片，或到营业厅办理。")
            line("客户", "我生日是", L(fmt_dob(p["dob"], "cn"), DOB), "，这个能验证吗？")
        elif k == 8:
            hp = trad_person("HK")
            line("客户", "我是香港用户，中文名", L(hp["name"], N), "，英文名", L(hp["en"], N), "，办了居住证，号码", L(hp["id"], RID), "。")
            line(who_a, "您好，请问需要办理什么业务？")
            line("客户", "开通大湾区套餐，香港地址是", L(hk_address("zh"), ADDR), "，香港电话", L(fmt_hk(hk_mobile()), PH), "。")
            line(who_a, "好的，已为您登记，", L(hp["name"], N), "先生/女士。")
        elif k == 9:
            p = person(R.choice(["common", "compound", "rare"]))
            line("客户", "机票上的名字是", L(py_name(p, "slash"), N), "，和身份证上的", L(p["name"], N), "对得上吧？国际漫游开不了。")
            line(who_a, "请提供出生日期和证件号。")
            line("客户", L(fmt_dob(p["dob"], "iso"), DOB), "，", L(p["id"], RID))
            line(who_a, "已为您开通国际漫游，", L(py_name(p, "SG"), N), "的护照姓名已备注。")
        elif k == 10:
            line("客户", "我微信昵称叫", R.choice(NICKS), "，真名", L(p["name"], N), "，你们公众号显示成",
                 p["name"][:1] + "*" * (len(p["name"]) - 1), "了，是不是被盗号了？")
            line(who_a, "那是隐私脱敏显示，不是被盗。请放心。")
            line("客户", "那我家里人", L(person(R.choice(["common", "word"]))["name"], N), "的号码", L(fmt_mob(mobile(), "dash"), PH), "也绑一下。")
        elif k == 11:
            h = person("common", sex=1)
            line("客户", "我在杭州，新办的卡寄到", L(address("330106", "landmark", R.choice(["noprov", "nocity"])), ADDR), "就行，找我老公", L(h["name"], N), "签收。")
            line(who_a, "快递需要本人签收，请问收件人是？")
            line("客户", "那就写我自己吧，", L(p["name"], N), "，", L(fmt_mob(mobile()), PH), "。王总那边的卡另外寄，地址写他们公司。")
        else:
            p = person("four")
            line("客户", "我母亲的名字是四个字的，", L(p["name"], N), "，你们的表只能填三个字。")
            line(who_a, "您好，系统支持四个字的姓名，请问是在哪个页面？")
            line("客户", "APP实名认证页面，显示成", p["name"][:2] + "**", "了。她住", L(address(R.choice(MAIN_CODES), "full"), ADDR))
        line(who_a, "请问还有其他可以帮您的吗？")
        line("客户", R.choice(["没有了，谢谢", "好的", "👌"]))
        d.w("\n")
    return d


def f_complaints():
    d = Doc("complaint_letters.txt")
    for i in range(7):
        p = person(["word", "rare", "compound", "minority", "common", "four", "single"][i])
        if i == 0:
            p = person("word")
            while p["name"] != "牛顿":
                p = person("word")
        adr = address(p["code"])
        d.w(f"【工信部申诉转办】编号 GXB-2024-06-{R.randrange(10000, 99999)}  转办日期 2024-06-{R.randrange(1, 13):02d}\n")
        d.w("投诉人：", L(p["name"], N), "    身份证号：", L(p["id"], RID), "\n")
        d.w("联系电话：", L(fmt_mob(mobile()), PH), "    住址：", L(adr, ADDR), "\n")
        d.w("被投诉单位：XX通信浙江分公司（地址：杭州市上城区解放路", str(R.randrange(100, 400)), "号）\n")
        d.w("申诉内容：\n    本人")
        d.w(L(p["name"], N), "，")
        if i == 0:
            d.w("从小到大别人总拿我的名字开玩笑说牛顿定律，这次不是开玩笑。")
        d.w(f"{R.randrange(2010, 2020)}年起使用贵公司号码，")
        nb = [person(R.choice(["rare", "common", "word", "single"])) for _ in range(3)]
        sep = R.choice(["、", "，"])
        d.w(R.choice(["今年5月起宽带每天晚上掉线", "上月话费莫名多扣了86元", "5G套餐降档被拒", "号码被错误停机三天"]),
            "，同小区的", L(nb[0]["name"], N), sep, L(nb[1]["name"], N), sep, L(nb[2]["name"], N),
            R.choice(["几家都遇到同样问题。", "都反映过同样情况。"]), "营业员李某答复“正在处理”，客户经理王总也一直推脱。")
        inst = person(R.choice(["rare", "common"]), code="330106")
        d.w("5月20日上门的装维师傅", L(inst["name"], N), "说是光猫问题，但换了以后依旧。")
        if R.random() < 0.6:
            wife = person("common", sex=1 - p["sex"])
            d.w("我爱人", L(wife["name"], N), "（电话", L(fmt_mob(mobile(), "plain"), PH), "）也多次拨打10086，工单号",
                f"{R.randrange(10**11, 10**12)}", "，至今未解决。")
        d.w("另外，我在", R.choice(["黄山", "周庄", "张家界", "石家庄"]), "旅游期间还被扣了漫游费，请一并核查。\n")
        d.w("    诉求：1. 修复宽带；2. 退还5月月租；3. 书面答复寄至", L(address(R.choice(MAIN_CODES), "full", "full") if R.random() < 0.4 else adr, ADDR), "。\n")
        d.w("    此致\n                                             投诉人：", L(p["name"], N), "\n")
        d.w(f"                                             2024年6月{R.randrange(1, 12)}日\n")
        d.w("处理记录：已联系投诉人，", L(p["name"][:len(p["sur"])] if p["kind"] != "minority" else p["name"][:2], None), "先生" if p["sex"] else "女士",
            "表示接受上门复查，派单至装维", L(inst["name"], N), "。\n\n")
    return d


def f_wechat():
    d = Doc("community_wechat_export.txt")
    d.w("微信群聊：翠苑一区宽带报修群（186人）\n导出时间：2024-06-13 21:33:08\n" + "=" * 40 + "\n\n")
    t = dt.datetime(2024, 6, 12, 7, 50, 0)
    inst = person("compound", code="330106")
    inst_mob = mobile()
    residents = [person(R.choice(["common", "word", "rare", "single", "four", "compound", "minority"]), code="330106") for _ in range(20)]

    def hdr(*parts):
        nonlocal t
        t += dt.timedelta(minutes=R.randrange(1, 25), seconds=R.randrange(60))
        d.w(f"{tstamp(t)} ", *parts)
        d.w("\n")

    def disp(p):
        b, rm = R.randrange(1, 30), room()
        return R.choice([[f"{b}幢-{rm}-", L(p["name"], N)], [f"{b}-{rm} ", L(p["name"], N)], [L(p["name"], N), f"({b}幢)"]])

    hdr("装维-", L(inst["name"], N))
    d.w("各位业主好，我是本小区宽带装维", L(inst["name"], N), "，电话", L(fmt_mob(inst_mob, "sp"), PH),
        "。今晚22:00-24:00割接，期间会断网。报修请写：楼号+姓名+电话。\n\n")
    for i, p in enumerate(residents):
        k = i % 7
        hdr(*disp(p) if i % 3 else [R.choice(NICKS)])
        if k == 0:
            d.w("3幢", L(p["name"], N), "，", L(fmt_mob(mobile(), R.choice(["plain", "fw"])), PH), "，光猫红灯一直闪\n\n")
        elif k == 1:
            a, b = residents[(i + 3) % 20], residents[(i + 5) % 20]
            d.w("@", L(inst["name"], N), " ", L(a["name"], N), "、", L(b["name"], N), "、还有我们家，三家都断网了\n\n")
        elif k == 2:
            d.w("我家地址", L(address("330106", "full", R.choice(["full", "nocity", "noprov"])), ADDR), "，师傅明天几点来？我", "老婆" if p["sex"] else "老公",
                L(person("common", sex=1 - p["sex"])["name"], N), "在家\n\n")
        elif k == 3:
            d.w("@", L(residents[(i + 1) % 20]["name"], N), " 你家宽带好了吗？我家还是晚高峰卡\n\n")
        elif k == 4:
            d.w("快递帮我代收一下，收件地址写的是", L(admin_prefix("330106", "noprov") + "翠苑一区" + R.choice(LANDMARK), ADDR),
                "，收件人", L(p["name"], N), "，谢谢群友\n\n")
        elif k == 5:
            d.w("物业小李说要找王总签字才能开弱电井，谁有王总电话？\n\n")
        else:
            d.w("我是", L(p["name"], N), "的家属，帮", "他" if p["sex"] else "她", "报修：", L(fmt_mob(mobile(), "dash"), PH), "，", str(R.randrange(1, 30)), "幢", str(room()), "\n\n")
        if i % 4 == 1:
            hdr("装维-", L(inst["name"], N))
            d.w("收到，已登记。", L(p["name"], N), R.choice(["先生", "女士", ""]), "明天上午联系您。\n\n")
    hdr(R.choice(NICKS))
    d.w("这个群里有没有人认识张记面馆老板？他们家外卖地址能不能写到小区东门？\n\n")
    hdr("小区物业-前台")
    d.w("通知：物业新办公点在", "翠苑一区12幢底商（物业服务中心）", "，电话 0571-8", digits(7), "（物业座机）。\n\n")
    hdr(R.choice(NICKS))
    d.w("@全体成员 有谁要拼单团购李宁运动鞋的？接龙：\n1. 阳光男孩 2双\n2. ", L(residents[0]["name"], N), " 1双\n3. ", L(residents[4]["name"], N),
        " 1双\n4. 王** 1双\n\n")
    hdr("装维-", L(inst["name"], N))
    d.w("割接完成。仍有问题的私聊我，或打10000号报修。\n\n")
    return d


def f_sms():
    d = Doc("sms_log_20240613.csv")
    csv_row(d, ["发送时间", "发送方", "接收方", "方向", "内容"])
    t = dt.datetime(2024, 6, 13, 7, 0, 0)
    for i in range(36):
        t += dt.timedelta(minutes=R.randrange(1, 20), seconds=R.randrange(60))
        p = person()
        rcv = mobile()
        k = R.randrange(7)
        if k == 0:
            c = person(R.choice(["rare", "common"]), code="330106")
            content = ["【XX通信】尊敬的", L(p["name"], N), R.choice(["先生", "女士"]), "，您预约的宽带装机地址：",
                       L(address(R.choice(MAIN_CODES), "full", R.choice(["full", "noprov"])), ADDR), "已受理，装维工程师", L(c["name"], N),
                       "（", L(mobile(), PH), "）将于明日上门。"]
            snd = "10086"
        elif k == 1:
            content = ["【菜鸟驿站】", L(p["name"], N), "您好，您的包裹已到", L(address(R.choice(MAIN_CODES), "landmark", R.choice(["noprov", "nocity"])), ADDR),
                       "，取件码", f"{R.randrange(1, 30)}-{R.randrange(1, 6)}-{R.randrange(1000, 9999)}", "，请尽快取件。"]
            snd = "1069" + digits(8)
        elif k == 2:
            content = ["妈，我到了，地址是", L(address(R.choice(MAIN_CODES), R.choice(["full", "lane"]), R.choice(["noprov", "nocity"])), ADDR), "，你打车过来"]
            snd = L(mobile(), PH)
        elif k == 3:
            content = ["我是", L(p["name"], N), "，这是我的新号码，旧号", mask_mob(mobile()), "不用了。"]
            snd = L(mobile(), PH)
        elif k == 4:
            a, b = person(R.choice(["word", "single"])), person("compound")
            content = ["明天聚餐：", L(a["name"], N), "、", L(b["name"], N), "、老周、小李，地点张记面馆（文三路店），六点"]
            snd = L(fmt_mob(mobile(), "+86"), PH)
        elif k == 5:
            content = ["【XX通信】您的账户已欠费，为避免停机请及时缴费。客服热线10086，勿回复。"]
            snd = "10086"
        else:
            q = person("minority")
            content = ["你好，我是", L(q["name"], N), "，", R.choice(["麻烦把合同寄到", "我家地址是"]), L(address(q["code"]), ADDR), "，电话", L(mobile(), PH)]
            snd = L(mobile(), PH)
        csv_row(d, [tstamp(t), snd, L(fmt_mob(rcv, R.choice(["plain", "86", "+86"])), PH), R.choice(["MT", "MO"]), content])
    return d


def f_household():
    d = Doc("household_register.tsv")
    d.w("\t".join(["户号", "户别", "户主姓名", "与户主关系", "姓名", "曾用名", "性别", "民族", "出生日期", "公民身份号码", "籍贯", "住址"]) + "\n")

    def row(hno, kind, head, rel, p, old, adr):
        p2, c2, _ = region_parts(p["code"], True)
        jiguan = p2 + (c2[:-1] if c2.endswith("市") and c2 != p2 else "")
        d.w(f"{hno}\t{kind}\t", L(head, N), f"\t{rel}\t", L(p["name"], N), "\t", L(old, N), f"\t{'男' if p['sex'] else '女'}\t{p['eth']}\t",
            L(fmt_dob(p["dob"], R.choice(["cn0", "iso", "compact"])), DOB), "\t", L(p["id"], RID), f"\t{jiguan}\t", adr, "\n")

    for h in range(14):
        hno = f"{R.randrange(10**8, 10**9)}"
        kind = R.choice(["家庭户", "家庭户", "农业家庭户", "非农业家庭户"])
        if h % 5 == 4:  # Uyghur / Kazakh family: child's second name is the father's given name
            fname, mname = R.choice([("买买提明·吐尔洪", "阿依古丽·买买提"), ("艾尔肯·吾斯曼", "热依拉·艾则孜"),
                                     ("努尔兰·巴合提", "阿依达娜·叶尔兰")])
            code = R.choice(["654002", "654021", "650104"])
            f = dict(name=fname, sex=1, dob=rand_date(1968, 1985), eth="维吾尔族" if "努尔兰" not in fname else "哈萨克族", code=code)
            m = dict(name=mname, sex=0, dob=rand_date(1970, 1988), eth=f["eth"], code=code)
            kids = [dict(name=R.choice(["阿不都", "迪丽拜尔", "买尔旦", "古再丽努尔"]) + "·" + fname.split("·")[0], sex=R.randrange(2),
                         dob=rand_date(1995, 2015), eth=f["eth"], code=code)]
            members = [(f, "户主"), (m, "妻"), (kids[0], "子" if kids[0]["sex"] else "女")]
        elif h % 5 == 3:  # Mongolian / Tibetan family: no shared surname
            names = R.choice([("巴特尔", "其其格", "苏日娜", "152530"), ("哈斯朝鲁", "乌兰托娅", "额尔敦毕力格", "152522"),
                              ("扎西顿珠", "德吉央金", "格桑卓玛", "540202")])
            code = names[3]
            eth = "藏族" if code == "540202" else "蒙古族"
            members = []
            for j, (nm, rel) in enumerate(zip(names[:3], ["户主", "妻", "女" if names[2] in ("苏日娜", "格桑卓玛") else "子"])):
                members.append((dict(name=nm, sex=1 if rel in ("户主", "子") else 0, dob=rand_date(1965, 1988) if j < 2 else rand_date(1992, 2012),
                                     eth=eth, code=code), rel))
        else:
            code = R.choice(RURAL_CODES[:10] + MAIN_CODES[:8])
            f = person(R.choice(["common", "rare", "compound", "single", "word"]), code=code, sex=1, y0=1950, y1=1980)
            m = person(R.choice(["common", "rare", "four" if h % 4 == 0 else "common"]), code=code, sex=0, y0=1952, y1=1982)
            members = [(f, "户主"), (m, "妻")]
            used = set()
            for j in range(R.randrange(1, 3)):
                kid = person("common", code=code, y0=max(f["dob"].year, m["dob"].year) + 22, y1=max(f["dob"].year, m["dob"].year) + 34)
                while kid["name"][len(kid["sur"]):] in used:
                    kid = person("common", code=code, y0=kid["dob"].year, y1=kid["dob"].year)
                used.add(kid["name"][len(kid["sur"]):])
                kid["name"] = f["sur"] + kid["name"][len(kid["sur"]):]
                kid["sur"] = f["sur"]
                members.append((kid, "长子" if kid["sex"] and j == 0 else ("长女" if j == 0 else ("次子" if kid["sex"] else "次女"))))
            if R.random() < 0.35:
                g = person(R.choice(["common", "rare"]), code=code, sex=0, y0=f["dob"].year - 30, y1=f["dob"].year - 20)
                members.append((g, "母亲"))
        adr = address(code, "rural" if code in TOWNS else "full", "full")
        head = members[0][0]["name"]
        for j, (p, rel) in enumerate(members):
            if "id" not in p:
                p["id"] = make_id(p["code"], p["dob"], p["sex"])
            old = ""
            if "·" not in p["name"] and len(p["name"]) == 3 and R.random() < 0.18:
                old = p["name"][0] + R.choice(["招娣", "根宝", "来喜", "春花", "金宝"])
            row(hno, kind, head, rel, p, old, L(adr, ADDR) if j == 0 else "同户主")
    return d


def f_roaming():
    d = Doc("roaming_hk_tw_customers.csv")
    csv_row(d, ["序号", "中文姓名", "英文姓名", "地区", "证件类型", "证件号码", "出生日期", "境外号码", "内地号码", "境外住址",
                "内地联系地址", "开通业务"])
    for i in range(30):
        reg = "HK" if R.random() < 0.6 else "TW"
        p = trad_person(reg)
        if reg == "HK":
            fa = L(hk_address(R.choice(["zh", "zh", "en"])), ADDR)
            ph = L(fmt_hk(hk_mobile()), PH)
        else:
            fa = L(tw_address(R.choice(["zh", "zh", "en"])), ADDR)
            ph = L(fmt_tw(tw_mobile()), PH)
        mla = L(address(R.choice(["440103", "440606", "350203", "310112", "330106"]), "full", R.choice(["noprov", "full", "nocity"])), ADDR) \
            if R.random() < 0.7 else ""
        csv_row(d, [str(i + 1), L(p["name"], N), L(p["en"], N), "香港" if reg == "HK" else "台湾", "港澳台居民居住证",
                    L(p["id"], RID), L(fmt_dob(p["dob"], R.choice(["slash", "iso", "dot"])), DOB), ph,
                    L(fmt_mob(mobile(), "plain"), PH) if R.random() < 0.8 else "", fa, mla,
                    R.choice(["国际漫游", "一卡多号", "大湾区套餐", "两岸通"])])
    return d


def f_emails():
    d = Doc("intl_customer_emails.txt")
    svc = "service@hz.example-telecom.cn"
    for i in range(7):
        p = person(R.choice(["common", "compound", "word", "single", "rare"]))
        pyn = py_name(p, R.choice(["SG", "GS", "US", "UU", "SG2"]))
        em = email_for(p)
        if i == 6:  # Hong Kong customer
            hp = trad_person("HK")
            pyn = hp["en"]
            em = hp["en"].split()[-1].lower() + "." + hp["en"].split()[0].lower() + "@" + R.choice(["netvigator.com", "yahoo.com.hk", "gmail.com"])
        dtm = dt.datetime(2024, 6, R.randrange(1, 13), R.randrange(0, 24), R.randrange(60))
        d.w(f"From {em} {dtm:%a %b %d %H:%M:%S %Y}\n")
        d.w('From: "', L(pyn, N), '" <', L(em, EM), ">\n")
        d.w(f"To: Customer Service <{svc}>\nDate: {dtm:%a, %d %b %Y %H:%M:%S} +0800\n")
        d.w(f"Subject: {R.choice(['Roaming charges on my account', 'Change of billing address', 'Broadband relocation', 'SIM replacement'])}\n\n")
        d.w("Dear Sir/Madam,\n\n")
        if i == 6:
            d.w("My name is ", L(hp["en"], N), " (", L(hp["name"], N), "). I hold a mainland residence permit, number ", L(hp["id"], RID),
                ".\nMy Hong Kong address is ", L(hk_address("en"), ADDR), ", and my Shenzhen address is ",
                L(address("440103", "full", "noprov"), ADDR), ".\nPlease call me on ", L(fmt_hk(hk_mobile()), PH), ".\n\n")
        else:
            en, zh = en_address()
            d.w("My name is ", L(pyn, N), " (Chinese name ", L(p["name"], N), "), date of birth ",
                L(R.choice([f"{p['dob']:%d %B %Y}", f"{p['dob']:%B %d, %Y}", f"{p['dob']:%d/%m/%Y}"]), DOB), ".\n")
            d.w("I have moved. Please send my bills to:\n\n    ", L(en, ADDR), R.choice(["", f" {R.randrange(100000, 999999)}"]),
                R.choice(["", ", China", ", P.R. China"]), "\n\n")
            d.w("(in Chinese: ", L(zh, ADDR), ")\n\n")
            if R.random() < 0.7:
                w = person("common", sex=1 - p["sex"])
                rel, pron = ("wife", "her") if p["sex"] else ("husband", "his")
                d.w(f"My {rel}, ", L(py_name(w, R.choice(["SG", "GS"])), N), f", is also on the family plan; {pron} number is ",
                    L(fmt_mob(mobile(), R.choice(["+86", "+86sp", "0086"])), PH), ".\n")
            d.w("Last week Ms. Wang from your Wensan Road store told me to write to this address. ")
            c = person("compound")
            d.w("My colleague Mr. ", L(py_name(c, "SG"), N), " had the same problem.\n\n")
        d.w("Best regards,\n", L(pyn, N), "\n")
        d.w("Mobile: ", L(fmt_mob(mobile(), R.choice(["+86", "+86sp"])), PH), "\n\n")
    return d


def f_forms():
    d = Doc("realname_forms_rendered.txt")
    for i in range(18):
        p = person()
        d.w("\f" if i else "", " " * 22, "XX通信  客户入网登记表（个人）\n\n")
        d.w(f"业务流水号：{R.randrange(10**15, 10**16)}              受理渠道：{R.choice(['杭州文三路营业厅', '西湖区翠苑营业厅', '网上营业厅'])}\n")
        d.w("-" * 66 + "\n")
        nm = padded(p["name"]) if R.random() < 0.4 else p["name"]
        d.w("姓    名：", L(nm, N), " " * (16 - len(nm) * 2), f"性    别：{'男' if p['sex'] else '女'}        民    族：{p['eth'].rstrip('族')}\n")
        d.w("出生日期：", L(fmt_dob(p["dob"], R.choice(["cn0", "cn", "iso"])), DOB), "        证件类型：居民身份证\n")
        d.w("证件号码：", L(" ".join([p["id"][:6], p["id"][6:14], p["id"][14:]]) if R.random() < 0.15 else p["id"], RID), "\n")
        adr = address(p["code"], level="full")
        if R.random() < 0.3 and len(adr) > 18:
            cut = R.randrange(10, len(adr) - 6)
            d.w("住    址：", L(adr[:cut], ADDR), "\n          ", L(adr[cut:], ADDR), "\n")
        else:
            d.w("住    址：", L(adr, ADDR), "\n")
        if R.random() < 0.5:
            d.w("通信地址：同上\n")
        else:
            d.w("通信地址：", L(address(R.choice(MAIN_CODES), R.choice(["full", "landmark"]), R.choice(["noprov", "full"])), ADDR), "\n")
        d.w("联系电话：", L(fmt_mob(mobile(), R.choice(["plain", "sp"])), PH), "        电子邮箱：", L(email_for(p), EM) if R.random() < 0.5 else "无", "\n")
        if R.random() < 0.3:
            ag = person(R.choice(["common", "rare"]))
            d.w("代 办 人：", L(ag["name"], N), f"   与机主关系：{R.choice(['父子', '母女', '配偶', '朋友'])}   代办人证件号：", L(ag["id"], RID), "\n")
        clerk = person(R.choice(["rare", "common", "compound"]), code="330106")
        d.w("受理营业员：", L(clerk["name"], N), f"（工号 {R.randrange(100000, 999999)}）    客户签名：[手写签名]\n")
        d.w("营业厅地址：杭州市西湖区文三路", str(R.randrange(100, 500)), "号（营业时间 9:00-18:00）\n\n")
    return d


def f_notes():
    d = Doc("account_manager_notes.txt")
    me = person("rare", code="330106")
    d.w("客户经理走访记录（", L(me["name"], N), "，政企/家庭客户部）\n\n")
    day = dt.date(2024, 6, 3)
    for i in range(20):
        day += dt.timedelta(days=R.randrange(1, 3))
        d.w(f"{day:%Y-%m-%d}\n")
        k = i % 10
        if k == 0:
            p = person("common", sex=1)
            son = person("common", y0=1998, y1=2006)
            son["name"] = p["sur"] + son["name"][len(son["sur"]):]
            d.w("上门拜访", L(p["name"], N), "先生（住", L(address("330106", "full", "nocity"), ADDR), "），他儿子", L(son["name"], N),
                "在外地读书，想办亲情号。", p["sur"], "先生说晚高峰看电视卡，林海雪原重播都看不了。\n")
        elif k == 1:
            ps = [person(x, code="330106") for x in ("rare", "rare", "single", "compound")]
            d.w("部门例会，参会：", L(ps[0]["name"], N), "、", L(ps[1]["name"], N), "、", L(ps[2]["name"], N), "，以及政企部的", L(ps[3]["name"], N),
                "。李总强调本月携号转网挽留指标。\n")
        elif k == 2:
            co = R.choice(COMPANIES)
            ag = person("common")
            d.w(f"拜访{co}（注册地址：杭州市滨江区网商路{R.randrange(100, 800)}号），对接人王总不在，由行政", L(ag["name"], N),
                "接待，电话", L(fmt_mob(mobile(), "dash"), PH), "。下周再约。\n")
        elif k == 3:
            p = person("word")
            d.w("老客户", L(p["name"], N), "来电，说住在中山路那边，想问宽带提速，留了新号码", L(mobile(), PH),
                "。张姐说她认识", L(p["name"], N), "，是高新区那边的老住户。\n")
        elif k == 4:
            p = person("minority")
            d.w("帮", L(p["name"], N), "办理了副卡，", "他" if p["sex"] else "她", "老家地址是", L(address(p["code"]), ADDR), "，现住",
                L(address("330106", "full", "noprov"), ADDR), "。证件号", L(p["id"], RID), "已核验。\n")
        elif k == 5:
            d.w("周庄团建，公司组织去黄山的行程取消。小周、老杨、王总都去了周庄。\n")
        elif k == 7:
            hp = trad_person("TW")
            d.w("台湾客户", L(hp["name"], N), "（", L(hp["en"], N), "）来厅办两岸通，台湾地址", L(tw_address("zh"), ADDR), "，大陆暂住",
                L(address("350203", "full", "nocity"), ADDR), "，台湾手机", L(fmt_tw(tw_mobile()), PH), "。\n")
        elif k == 8:
            p, q = person("single"), person("rare")
            d.w("装维反馈：", L(p["name"], N), "家（", L(address(R.choice(RURAL_CODES[:10]), "rural", "noprov"), ADDR), "）光缆被挖断，已找村里的",
                L(q["name"], N), "协调。村口王家小卖部可以放设备。\n")
        elif k == 9:
            p = person("common")
            d.w("网上看到“", p["name"][0], "某某”投诉帖，核实为我区客户", L(p["name"], N), "，住", L(address("330106", "full", "short"), ADDR),
                "，已电话安抚。牛顿同学（客户的外号）说会删帖。\n")
        else:
            p = person(R.choice(["compound", "four", "single"]))
            d.w("回访", L(p["name"], N), "，生日", L(fmt_dob(p["dob"], "cn"), DOB), "，送了生日流量包；客户要求以后只联系", L(fmt_mob(mobile(), "sp"), PH),
                "，不要打家里座机", L(fmt_land(landline()), PH), "。\n")
        d.w("\n")
    return d


def f_newsletter():
    d = Doc("marketing_newsletter_202406.txt")
    s1, s2, s3 = person("rare", code="330106"), person("compound", code="330106"), person("single", code="330106")
    d.w("《杭州分公司内部通讯》2024年6月刊\n\n")
    d.w("一、本月要闻\n")
    d.w("    端午假期，黄山、周庄、张家界、西湖景区5G话务量同比上涨。高新区（滨江）新开通5G-A基站42个。\n")
    d.w("    孙中山故居、鲁迅纪念馆等景点开展“红色记忆”5G直播；中山路、逸仙路沿线完成管线迁改。\n")
    d.w("    篮球名人姚明、奥运冠军刘翔出席了运营商合作伙伴大会（新闻转载）。袁隆平院士纪念展览馆开通免费Wi-Fi。\n\n")
    d.w("二、合作商户\n")
    d.w("    张记面馆、王氏集团、李宁体育用品店、周大福、王老吉、老干妈、海底捞、李锦记、张小泉等商户接入“5G消息”营销。\n")
    d.w("    杨国福麻辣烫与刘一手火锅联合推出“宽带+外卖”套餐。马鞍山、石家庄、中山市三地同步上线。\n\n")
    d.w("三、营业厅之星\n")
    d.w("    文三路营业厅", L(s1["name"], N), "本月办理携转挽留38笔；装维标兵", L(s2["name"], N), "、", L(s3["name"], N),
        "获得表扬。\n\n")
    d.w("四、幸运用户（已脱敏）\n")
    for _ in range(6):
        p = person()
        nm = p["name"]
        mk = R.choice([nm[0] + "*" + nm[-1] if len(nm) == 3 else nm[0] + "**", nm[:len(p["sur"]) or 1] + "*", nm[0] + "某", nm[0] + "某某"])
        d.w(f"    {mk}（尾号{digits(4)}）  获得：{R.choice(['年度会员', '千兆宽带一年', '5G手机一台'])}\n")
    d.w("\n五、小知识\n")
    d.w("    牛顿第二定律告诉我们：马力越大，加速越快。孙悟空一个筋斗十万八千里，我们的5G比他还快。诸葛亮草船借箭靠的是“大数据”。\n")
    d.w("    晚高峰（19:00-23:00）请错峰下载；周正的排版、平安的网络，是我们的目标。\n")
    d.w("    昵称“夏天的风”“林海听涛”“高峰”等用户在APP社区热议。\n\n")
    d.w("编辑：", L(person("common", code="330106")["name"], N), "  投稿邮箱：newsletter@hz.example-telecom.cn\n")
    return d


def f_install():
    d = Doc("broadband_install_orders.json")
    engs = [person(R.choice(["compound", "rare", "common"]), code="330106", y0=1980, y1=1998) for _ in range(4)]
    emob = [mobile() for _ in engs]
    orders = []
    for i in range(26):
        p = person()
        code = R.choice(MAIN_CODES[:6] + ["320583", "330783", "361122", "654002"])
        o = {"orderNo": f"KD{2024061300000 + R.randrange(10**5)}", "bizType": R.choice(["宽带新装", "宽带移机", "融合套餐新装"])}
        c = {"name": V(p["name"], N), "mobile": V(fmt_mob(mobile(), R.choice(["plain", "plain", "+86"])), PH)}
        c["idNo"] = V(p["id"], RID) if R.random() < 0.5 else masked_id(p["id"])
        if R.random() < 0.3:
            c["contactName"] = R.choice(["李先生", "王女士", "张阿姨", "刘总"])
        o["customer"] = c
        if i % 2 == 0:
            pr, ci, di, de = split_address(code, "rural" if code in TOWNS and R.random() < 0.5 else "full")
            o["installAddress"] = {"province": V(pr, ADDR), "city": V(ci, ADDR), "district": V(di, ADDR), "detail": V(de, ADDR)}
            o["standardAddress"] = V(REGIONS[code][0] + ("" if REGIONS[code][0] == REGIONS[code][1] else REGIONS[code][1]) + REGIONS[code][2] + de, ADDR)
        else:
            o["installAddress"] = V(address(code, R.choice(["full", "full", "lane", "landmark"])), ADDR)
        j = R.randrange(len(engs))
        o["engineer"] = {"name": V(engs[j]["name"], N), "mobile": V(emob[j], PH), "team": "西湖装维二班"}
        o["appointment"] = f"2024-06-{R.randrange(13, 20)} {R.choice(['09:00-12:00', '13:00-17:00', '18:00-20:00'])}"
        o["remark"] = R.choice(["", "到小区东门打电话", "门卫王师傅处拿钥匙", "客户上班，下午6点后", "老人在家，耳背，多敲门",
                                "光猫放弱电箱", "需要穿墙打孔，已告知物业"])
        orders.append(o)
    jemit(d, {"exportTime": "2024-06-13T18:00:00+08:00", "count": len(orders), "orders": orders}, indent=2)
    d.w("\n")
    return d


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    docs = [f_crm(), f_profiles(), f_waybills(), f_chat(), f_complaints(), f_wechat(), f_sms(), f_household(),
            f_roaming(), f_emails(), f_forms(), f_notes(), f_newsletter(), f_install()]
    lines = []
    for doc in docs:
        path = os.path.join(a.out, doc.name)
        with open(path, "wb") as fh:
            fh.write(bytes(doc.buf))
        with open(path, "rb") as fh:
            data = fh.read()
        for s, e, typ, v in doc.labels:
            assert data[s:e].decode("utf-8") == v, (doc.name, s, e, v)
            lines.append(json.dumps({"file": doc.name, "start": s, "end": e, "type": typ}, ensure_ascii=False))
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # self-checks on identifier validity
    for doc in docs:
        for s, e, typ, v in doc.labels:
            if typ == RID:
                x = v.replace(" ", "")
                if x[:2] in ("81", "82", "83"):  # residence permits: not in the region table
                    assert len(x) == 18 and ric.calc_check_digit(x) == x[17].upper(), v
                else:
                    assert len(x) == 18 and ric.is_valid(x), v
            if typ == PH:
                x = v.translate(str.maketrans("０１２３４５６７８９＋－", "0123456789+-"))
                x = "".join(c for c in x if c.isdigit() or c == "+")
                if x.startswith("+852") or x.startswith("852"):
                    ok = phonenumbers.is_valid_number(phonenumbers.parse("+" + x.lstrip("+")))
                elif x.startswith("+886"):
                    ok = phonenumbers.is_valid_number(phonenumbers.parse(x))
                elif x.startswith("09") and len(x) == 10:
                    ok = phonenumbers.is_valid_number(phonenumbers.parse(x, "TW"))
                else:
                    for pre in ("+86", "0086", "86"):
                        if x.startswith(pre) and len(x) == len(pre) + 11:
                            x = x[len(pre):]
                    ok = phonenumbers.is_valid_number(phonenumbers.parse(x, "CN"))
                assert ok, v
    print(f"wrote {len(docs)} files, {len(lines)} labels to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
