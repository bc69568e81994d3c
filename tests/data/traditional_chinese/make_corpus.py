#!/usr/bin/python3
"""Synthetic labelled corpus: traditional-Chinese (繁體) data that a mainland operator
receives from Hong Kong, Macau and Taiwan customers and partners.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Everything is synthetic and generated from a fixed seed; two runs give identical bytes.

Files
-----
sim_orders_hkmo.csv            CSV export of cross-border roaming / "一卡兩號" SIM orders from HK and
                               Macau residents (traditional names, 回鄉證, +852/+853 and mainland
                               numbers, ICCID, e-mail, HK/Macau/mainland address, DOB, HK$/MOP).
cs_chat_cantonese.txt          Online customer-service chat transcripts in Cantonese-flavoured
                               written Chinese (full-width digits, masked values, order numbers).
emails_trad_mixed.mbox         mbox of e-mails in traditional Chinese mixed with English
                               (customers, a Macau partner, an HK reseller; signatures, hotlines).
invoices_hk_macau.txt          Plain-text invoices / receipts (HK BR numbers, USCC, HK$/MOP amounts,
                               shop addresses, customer name/address/phone, masked card numbers).
registration_form_bilingual.txt Bilingual EN/繁中 registration forms (key: value).
sms_gateway_log.csv            SMS gateway log (MSISDN, IMSI, message text incl. one-time codes).
crossborder_family_plans.json  Family plans of cross-border families: mainland resident IDs,
                               HK/Macau/Taiwan residence-permit IDs (81/82/83), permits, bank cards.
roaming_xdr.jsonl              Roaming session records (IMSI, IMEI, MEID, cell ids, IPs, coordinates).
taiwan_customers.tsv           Taiwan customers (台胞證 numbers, Taiwan ID numbers, +886 phones,
                               Taiwan addresses, residence-permit IDs 830000...).
macau_dealer_settlement.json   Settlement file of a Macau dealer network (mostly company data,
                               some sole-proprietor contact persons and their bank cards).
kyc_verify_service.log         Application log of the real-name (實名) verification service.
sim_delivery_manifest.csv      Courier manifest of SIM deliveries to HK addresses written in English.
complaint_tickets.md           Markdown complaint tickets with notes from agents.
app_signup_api.log             Access/debug log of the self-service app (passwords, tokens, MAC, IP).
crossborder_vehicle_ports.csv  Cross-border vehicle / driver records (粵Z ... 港/澳 plates).
labels.jsonl                   One JSON object per line: file, start, end (UTF-8 byte offsets,
                               end exclusive), type.

Label conventions
-----------------
* PHONE_NUMBER: as written, including +86/0086/86/+852/(852)/+853/+886 prefixes and separators,
  also in full-width digits. +852/+853/+886 numbers of customers are labelled. A customer's
  home landline (HK 2xxx/3xxx xxxx, mainland 0+area code) is labelled. Company hotlines and service
  numbers (+852 2xxx xxxx of a company, 10086, 1833xxx, 400-xxx-xxxx, 800 numbers) are NOT labelled.
* HK_MACAU_TRAVEL_PERMIT: both 港澳居民來往內地通行證 (回鄉證, H/M + 8 digits) and 往來港澳通行證
  (C + 8 digits; a few old booklets W + 8 digits).
* NOT labelled (no type in the list): Hong Kong HKID (A123456(7)), Macau BIR numbers
  (1234567(8)), Taiwan ID numbers (A123456789), 台胞證 numbers (8 digits), HK vehicle plates
  (e.g. "KT 3328"), masked values (138****1234, H12****78, A12***(7)), names shortened to a
  surname and title (陳生, 黃小姐, Mr Chan).
* CHINA_RESIDENT_ID_NUMBER: mainland 18-digit IDs and the residence-permit numbers for HK/Macau/
  Taiwan residents (810000/820000/830000 prefixes, same check character).
* PERSON_NAME: full names of private people in traditional or simplified characters, and their
  romanised forms (e.g. "CHAN Tai Man", "Chan Tai Man Peter", "Wong, Mei Ling"); staff names in
  e-mail signatures are labelled too; company names, shop names and generic mailboxes are not.
* STREET_ADDRESS: a person's address whole (Chinese or English, HK/Macau/Taiwan/mainland),
  from the first place name to the flat/room; company, shop and branch addresses are not labelled.
* CREDENTIAL: passwords, SIM PIN/PUK, one-time verification codes, API keys, access/refresh tokens
  (value only).
* IMSI_ID: mainland 460 IMSIs and also HK (454) / Macau (455) IMSIs of inbound roamers.
  ICCID_NUMBER: mainly 8986..., a few HK 89852... cards. CELL_ID: whole ECGI/CGI strings or the
  value of a field named as a cell. LOCATION_COORDINATES: one label per "lat,lng" pair, or one per
  number when they sit in separate fields. IP_ADDRESS: address only, no port.
* DATE_OF_BIRTH only for birth dates. Order / invoice / ticket numbers, BR numbers, USCC codes,
  timestamps (incl. millisecond epochs), amounts, UUIDs, hashes, versions and device serials are
  not labelled.
"""
import argparse
import json
import os
import random

import phonenumbers
from stdnum.cn import ric, uscc

R = random.Random(20280806)
LABELS = []


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return s

    def v(self, s, typ):
        start = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((start, len(self.buf), typ, s))
        return s

    def parts(self, *ps):
        """ps: strings or (value, type) tuples"""
        for p in ps:
            if isinstance(p, tuple):
                if p[1]:
                    self.v(p[0], p[1])
                else:
                    self.t(p[0])
            else:
                self.t(p)

    def save(self, out):
        path = os.path.join(out, self.name)
        with open(path, "wb") as f:
            f.write(bytes(self.buf))
        with open(path, "rb") as f:
            data = f.read()
        for s, e, typ, val in self.spans:
            assert data[s:e].decode("utf-8") == val, (self.name, s, e, val)
            LABELS.append({"file": self.name, "start": s, "end": e, "type": typ})


class L:
    """labelled JSON value; raw=True writes it unquoted (numbers)"""

    def __init__(self, value, typ, raw=False):
        self.value, self.typ, self.raw = value, typ, raw


def jwrite(d, obj, indent=2, level=0, compact=False):
    sep_nl = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (level + 1))
    endpad = "" if compact else " " * (indent * level)
    colon = ":" if compact else ": "
    comma = "," if compact else ","
    if isinstance(obj, L):
        if obj.raw:
            d.v(obj.value, obj.typ)
        else:
            assert json.dumps(obj.value, ensure_ascii=False) == '"%s"' % obj.value
            d.t('"')
            d.v(obj.value, obj.typ)
            d.t('"')
    elif isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{" + sep_nl)
        items = list(obj.items())
        for i, (k, val) in enumerate(items):
            d.t(pad + json.dumps(k, ensure_ascii=False) + colon)
            jwrite(d, val, indent, level + 1, compact)
            d.t((comma if i < len(items) - 1 else "") + sep_nl)
        d.t(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[" + sep_nl)
        for i, val in enumerate(obj):
            d.t(pad)
            jwrite(d, val, indent, level + 1, compact)
            d.t((comma if i < len(obj) - 1 else "") + sep_nl)
        d.t(endpad + "]")
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


# ---------------------------------------------------------------- generators
def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


SURNAMES = [("陳", "Chan"), ("黃", "Wong"), ("張", "Cheung"), ("李", "Lee"), ("林", "Lam"),
            ("王", "Wong"), ("吳", "Ng"), ("劉", "Lau"), ("梁", "Leung"), ("何", "Ho"),
            ("鄭", "Cheng"), ("郭", "Kwok"), ("楊", "Yeung"), ("馬", "Ma"), ("羅", "Law"),
            ("謝", "Tse"), ("周", "Chow"), ("鄧", "Tang"), ("葉", "Yip"), ("蔡", "Choi"),
            ("曾", "Tsang"), ("許", "Hui"), ("蕭", "Siu"), ("潘", "Poon"), ("袁", "Yuen"),
            ("余", "Yu"), ("麥", "Mak"), ("盧", "Lo"), ("朱", "Chu"), ("關", "Kwan"),
            ("歐陽", "Au Yeung"), ("司徒", "Szeto"), ("區", "Au"), ("莫", "Mok"), ("譚", "Tam")]
GIVEN = [("大文", "Tai Man"), ("美玲", "Mei Ling"), ("偉強", "Wai Keung"), ("嘉欣", "Ka Yan"),
         ("志明", "Chi Ming"), ("詠詩", "Wing Sze"), ("家豪", "Ka Ho"), ("俊傑", "Chun Kit"),
         ("淑儀", "Shuk Yee"), ("麗珍", "Lai Chun"), ("子晴", "Tsz Ching"), ("浩然", "Ho Yin"),
         ("凱琳", "Hoi Lam"), ("國雄", "Kwok Hung"), ("永康", "Wing Hong"), ("秀英", "Sau Ying"),
         ("慧敏", "Wai Man"), ("建華", "Kin Wah"), ("嘉怡", "Ka Yi"), ("卓賢", "Cheuk Yin"),
         ("寶儀", "Po Yee"), ("思穎", "Sze Wing"), ("啟聰", "Kai Chung"), ("婉婷", "Yuen Ting"),
         ("振邦", "Chun Pong"), ("錦華", "Kam Wah"), ("少芬", "Siu Fun"), ("德明", "Tak Ming"),
         ("穎欣", "Wing Yan"), ("梓軒", "Tsz Hin"), ("翠玲", "Chui Ling"), ("天佑", "Tin Yau")]
ENG = ["Peter", "Mandy", "Kelvin", "Winnie", "Jacky", "Karen", "Ivan", "Carmen", "Eric",
       "Tiffany", "Alan", "Gigi", "Raymond", "Joyce", "Kenneth", "Vivian", "Sammy", "Cherry"]
TW_SUR = [("陳", "Chen"), ("林", "Lin"), ("黃", "Huang"), ("張", "Chang"), ("李", "Li"),
          ("王", "Wang"), ("吳", "Wu"), ("劉", "Liu"), ("蔡", "Tsai"), ("楊", "Yang"),
          ("許", "Hsu"), ("鄭", "Cheng"), ("謝", "Hsieh"), ("洪", "Hung"), ("郭", "Kuo")]
TW_GIVEN = [("志豪", "Chih-Hao"), ("怡君", "Yi-Chun"), ("雅婷", "Ya-Ting"), ("宗翰", "Tsung-Han"),
            ("家瑋", "Chia-Wei"), ("淑芬", "Shu-Fen"), ("冠宇", "Kuan-Yu"), ("佳穎", "Chia-Ying"),
            ("承恩", "Cheng-En"), ("欣怡", "Hsin-Yi"), ("俊宏", "Chun-Hung"), ("美惠", "Mei-Hui")]
CN_SUR = [("张", "Zhang"), ("李", "Li"), ("王", "Wang"), ("刘", "Liu"), ("陈", "Chen"),
          ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"),
          ("徐", "Xu"), ("孙", "Sun"), ("朱", "Zhu"), ("何", "He"), ("郭", "Guo")]
CN_GIVEN = [("伟", "Wei"), ("娜", "Na"), ("芳", "Fang"), ("洋", "Yang"), ("静", "Jing"),
            ("磊", "Lei"), ("秀兰", "Xiulan"), ("建国", "Jianguo"), ("晓燕", "Xiaoyan"),
            ("志强", "Zhiqiang"), ("丽华", "Lihua"), ("海涛", "Haitao"), ("子涵", "Zihan"),
            ("浩宇", "Haoyu"), ("欣怡", "Xinyi"), ("明辉", "Minghui")]


class Person:
    pass


def hk_person():
    p = Person()
    s, sr = ch(SURNAMES)
    g, gr = ch(GIVEN)
    p.zh, p.sur, p.rom_sur, p.rom_given = s + g, s, sr, gr
    p.eng = ch(ENG) if R.random() < 0.55 else None
    p.male = R.random() < 0.5
    p.origin = "HK"
    return p


def rom_name(p):
    k = R.randrange(5)
    if k == 0:
        return p.rom_sur.upper() + " " + p.rom_given
    if k == 1:
        return p.rom_sur.upper() + ", " + p.rom_given.upper()
    if k == 2 and p.eng:
        return p.eng + " " + p.rom_sur
    if k == 3 and p.eng:
        return p.rom_sur + " " + p.rom_given + " " + p.eng
    return p.rom_sur + " " + p.rom_given


def tw_person():
    p = Person()
    s, sr = ch(TW_SUR)
    g, gr = ch(TW_GIVEN)
    p.zh, p.sur, p.rom_sur, p.rom_given, p.eng = s + g, s, sr, gr, None
    p.male = R.random() < 0.5
    p.origin = "TW"
    return p


def cn_person():
    p = Person()
    s, sr = ch(CN_SUR)
    g, gr = ch(CN_GIVEN)
    p.zh, p.sur, p.rom_sur, p.rom_given, p.eng = s + g, s, sr, gr, None
    p.male = R.random() < 0.5
    p.origin = "CN"
    return p


def title(p):
    return p.sur + ("生" if p.male else "小姐") if R.random() < 0.6 else p.sur + ("先生" if p.male else "小姐")


# -- dates
def dob():
    y = R.randrange(1950, 2008)
    m = R.randrange(1, 13)
    dd = R.randrange(1, 29)
    return y, m, dd


def fmt_dob(y, m, dd, style=None):
    style = R.randrange(6) if style is None else style
    return ["%04d-%02d-%02d" % (y, m, dd), "%02d/%02d/%04d" % (dd, m, y), "%d年%d月%d日" % (y, m, dd),
            "%04d/%02d/%02d" % (y, m, dd), "%04d%02d%02d" % (y, m, dd),
            "%02d-%s-%04d" % (dd, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                   "Oct", "Nov", "Dec"][m - 1], y)][style]


def ts(day=None):
    d = day or R.randrange(1, 29)
    return "2024-%02d-%02d %02d:%02d:%02d" % (R.randrange(3, 8), d, R.randrange(24), R.randrange(60),
                                              R.randrange(60))


def epoch_ms():
    return str(R.randrange(1709251200000, 1722470400000))


# -- identity numbers
REGIONS = ["440304", "440303", "440305", "440106", "440104", "440402", "440307", "440113",
           "440605", "310115", "110105", "350203", "350102", "450103", "430102", "360102",
           "445102", "440511", "441302", "440802", "330106", "320106"]


def resident_id(y=None, m=None, dd=None, region=None):
    if y is None:
        y, m, dd = dob()
    base = (region or ch(REGIONS)) + "%04d%02d%02d" % (y, m, dd) + digits(3)
    cid = base + ric.calc_check_digit(base + "0")
    assert ric.is_valid(cid) or region in ("810000", "820000", "830000")
    if cid.endswith("X") and R.random() < 0.25:
        cid = cid[:-1] + "x"
    return cid


def permit_hkmo(kind=None):
    kind = kind or ch("HHHM")
    return kind + digits(8)


def permit_mainland():
    return ("W" if R.random() < 0.1 else "C") + digits(8)


def passport_cn():
    k = R.randrange(4)
    if k == 0:
        return "G" + digits(8)
    if k == 1:
        return "E" + ch("ABCDEFGHJ") + digits(7)
    return "E" + digits(8)


def hkid():
    letter = ch("ABCDEGHKMPRVYZ")
    num = digits(6)
    vals = [36, ord(letter) - 55] + [int(c) for c in num]
    s = sum(v * w for v, w in zip(vals, range(9, 1, -1)))
    c = (11 - s % 11) % 11
    cd = "A" if c == 10 else str(c)
    return letter + num + ("(%s)" % cd if R.random() < 0.8 else cd)


def macau_bir():
    return ch("157") + digits(6) + "(" + str(R.randrange(10)) + ")"


def tw_id():
    letter = ch("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".index(letter) + 10
    body = ch("12") + digits(7)
    nums = [code // 10, code % 10] + [int(c) for c in body]
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    s = sum(a * b for a, b in zip(nums, w))
    return letter + body + str((10 - s % 10) % 10)


def tbz():  # 台胞證 (new 8-digit card)
    return digits(8)


def hk_br():
    return digits(8)


def make_uscc():
    base = "91" + ch(["440300", "440106", "440400", "310115"]) + digits(9)
    base = base[:17]
    # organisation code part may contain letters; keep digits for simplicity
    return base + uscc.calc_check_digit(base)


# -- phones
CN_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
             "151", "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175",
             "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
             "189", "191", "193", "195", "198", "199"]


def valid(n, region, mobile=True):
    x = phonenumbers.parse(n, region)
    t = phonenumbers.number_type(x)
    return phonenumbers.is_valid_number(x) and (
        t in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        if mobile else t in (phonenumbers.PhoneNumberType.FIXED_LINE,
                             phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))


def cn_mobile():
    while True:
        n = ch(CN_PREFIX) + digits(8)
        if valid(n, "CN"):
            return n


def fmt_cn(n, k=None):
    k = R.randrange(10) if k is None else k
    if k == 0:
        return "+86 " + n
    if k == 1:
        return "+86-" + n[:3] + "-" + n[3:7] + "-" + n[7:]
    if k == 2:
        return "0086" + n
    if k == 3:
        return "86-" + n
    if k == 4:
        return n[:3] + " " + n[3:7] + " " + n[7:]
    if k == 5:
        return n[:3] + "-" + n[3:7] + "-" + n[7:]
    if k == 6:
        return "+86" + n
    return n


def hk_mobile():
    while True:
        n = ch("5699") + digits(7)
        if valid(n, "HK"):
            return n


def hk_home():
    while True:
        n = ch("2223") + digits(7)
        if valid(n, "HK", mobile=False):
            return n


def fmt_hk(n, k=None, cc="852"):
    k = R.randrange(9) if k is None else k
    return ["+%s %s %s" % (cc, n[:4], n[4:]), "(%s) %s %s" % (cc, n[:4], n[4:]), "%s-%s" % (cc, n),
            "%s %s" % (n[:4], n[4:]), n, "+%s-%s-%s" % (cc, n[:4], n[4:]), "00%s %s" % (cc, n),
            "+%s%s" % (cc, n), "+%s %s" % (cc, n)][k]


def mo_mobile():
    while True:
        n = "6" + ch("2356") + digits(6)
        if valid(n, "MO"):
            return n


def tw_mobile():
    while True:
        n = "09" + digits(8)
        if valid(n, "TW"):
            return n


def fmt_tw(n, k=None):
    k = R.randrange(5) if k is None else k
    return ["%s-%s-%s" % (n[:4], n[4:7], n[7:]), "+886 %s %s %s" % (n[1:4], n[4:7], n[7:]),
            "+886-%s" % n[1:], n, "(+886) %s-%s" % (n[1:4], n[4:])][k]


def cn_landline():
    ac, ln = ch([("0755", 8), ("020", 8), ("0756", 7), ("0760", 8), ("0769", 8), ("021", 8),
                 ("0592", 7)])
    n = ch("2345678") + digits(ln - 1)
    return ch(["%s-%s" % (ac, n), "(%s)%s" % (ac, n), "%s %s" % (ac, n), ac + n])


def any_phone(p_region):
    if p_region == "HK":
        return fmt_hk(hk_mobile())
    if p_region == "MO":
        return fmt_hk(mo_mobile(), cc="853")
    if p_region == "TW":
        return fmt_tw(tw_mobile())
    return fmt_cn(cn_mobile())


def masked_cn():
    n = cn_mobile()
    return n[:3] + "****" + n[7:]


def masked_hk():
    n = hk_mobile()
    return ch([n[:2] + "****" + n[6:], n[:4] + " ****", "****" + n[4:]])


# -- addresses
HK_STREETS = [("九龍旺角", "彌敦道", ["旺角中心一期", "金輝大廈", "好望角大廈"], "Nathan Road", "Mong Kok, Kowloon"),
              ("九龍深水埗", "長沙灣道", ["昌華大廈", "富華閣"], "Cheung Sha Wan Road", "Sham Shui Po, Kowloon"),
              ("香港北角", "英皇道", ["港運城", "城市花園2座", "健威花園"], "King's Road", "North Point, Hong Kong"),
              ("香港銅鑼灣", "軒尼詩道", ["維景大廈", "銅鑼灣大廈"], "Hennessy Road", "Causeway Bay, Hong Kong"),
              ("九龍觀塘", "協和街", ["觀塘花園大廈", "寶星大廈"], "Hip Wo Street", "Kwun Tong, Kowloon"),
              ("新界荃灣", "青山公路荃灣段", ["麗城花園3期", "荃灣中心"], "Castle Peak Road", "Tsuen Wan, N.T."),
              ("新界屯門", "屯門鄉事會路", ["屯門市廣場", "瓏門"], "Tuen Mun Heung Sze Wui Road", "Tuen Mun, N.T."),
              ("新界元朗", "青山公路元朗段", ["元朗廣場", "朗屏8號"], "Castle Peak Road Yuen Long", "Yuen Long, N.T."),
              ("九龍紅磡", "德民街", ["海濱南岸", "海逸豪園"], "Tak Man Street", "Hung Hom, Kowloon"),
              ("香港柴灣", "柴灣道", ["杏花邨", "興華邨豐興樓"], "Chai Wan Road", "Chai Wan, Hong Kong"),
              ("新界將軍澳", "唐德街", ["將軍澳中心", "天晉"], "Tong Tak Street", "Tseung Kwan O, N.T."),
              ("新界上水", "龍琛路", ["上水廣場", "上水中心"], "Lung Sum Avenue", "Sheung Shui, N.T.")]
HK_ESTATES = [("九龍黃大仙", "竹園北邨", "蓮園樓", "Lin Yuen House, Chuk Yuen North Estate", "Wong Tai Sin, Kowloon"),
              ("新界沙田", "禾輋邨", "豐和樓", "Fung Wo House, Wo Che Estate", "Sha Tin, N.T."),
              ("九龍藍田", "德田邨", "德隆樓", "Tak Lung House, Tak Tin Estate", "Lam Tin, Kowloon"),
              ("香港鴨脷洲", "利東邨", "東業樓", "Tung Yip House, Lei Tung Estate", "Ap Lei Chau, Hong Kong"),
              ("新界天水圍", "天瑞邨", "瑞旺樓", "Shui Wong House, Tin Shui Estate", "Tin Shui Wai, N.T.")]
EN_BLDG = ["Harbour Place", "City One Shatin", "Sceneway Garden", "Laguna City", "Metro Harbour View",
           "Kornhill", "Taikoo Shing", "Mei Foo Sun Chuen", "The Waterfront", "Park Central"]


def hk_addr_zh():
    if R.random() < 0.3:
        area, est, blk, _, _ = ch(HK_ESTATES)
        return "%s%s%s%d%02d室" % (ch(["", "香港"]) + area, est, blk, R.randrange(2, 40), R.randrange(1, 25))
    area, street, bldgs, _, _ = ch(HK_STREETS)
    floor = R.randrange(2, 45)
    return "%s%s%s%d號%s%d樓%s室" % ("" if area.startswith("香港") else ch(["", "香港", "香港 "]), area, street, R.randrange(1, 900),
                                   ch(bldgs), floor, ch("ABCDEFGH"))


def hk_addr_en():
    k = R.randrange(3)
    if k == 0:
        _, _, _, en, dist = ch(HK_ESTATES)
        return "Room %d%02d, %s, %s" % (R.randrange(2, 40), R.randrange(1, 25), en, dist) + ch(["", ", Hong Kong"])
    area, street, bldgs, en_st, dist = ch(HK_STREETS)
    flat = ch(["Flat %d%s, %d/F" % (R.randrange(1, 40), ch("ABCDEFGH"), R.randrange(2, 40)),
               "Flat %s, %d/F" % (ch("ABCDEFGH"), R.randrange(2, 40)),
               "Rm %d, %d/F" % (R.randrange(1, 20), R.randrange(2, 40))])
    tower = ch(["", ", Tower %d" % R.randrange(1, 8), ", Block %d" % R.randrange(1, 12)])
    return "%s%s, %s, %d %s, %s" % (flat, tower, ch(EN_BLDG), R.randrange(1, 500), en_st, dist) + ch(["", ", Hong Kong", ", HK"])


def mo_addr():
    k = R.randrange(3)
    if k == 0:
        return "澳門氹仔孫逸仙大馬路%d號海洋花園%s座%d樓%s" % (R.randrange(1, 400), ch(["翠湖閣", "柏蕙閣", "金海閣"]),
                                                  R.randrange(2, 30), ch("ABCDEFG"))
    if k == 1:
        return "澳門黑沙環新街%d號%s%d樓%s座" % (R.randrange(1, 200), ch(["海濱花園", "祐適大廈", "駿業大廈"]),
                                        R.randrange(2, 30), ch("ABCDEFG"))
    return "Avenida de Horta e Costa, n.º %d, Edf. %s, %d.º andar %s, Macau" % (
        R.randrange(1, 150), ch(["Kam Lok", "Ka Fai", "Hoi Pan", "Tak Fai"]), R.randrange(1, 25), ch("ABCDEF"))


CN_ADDR = [("广东省深圳市福田区", ["福华三路", "益田路", "新洲路"]), ("广东省深圳市罗湖区", ["人民南路", "深南东路"]),
           ("廣東省深圳市南山區", ["海德三道", "南海大道"]), ("廣東省珠海市香洲區", ["拱北迎賓南路", "吉大九洲大道"]),
           ("广东省广州市天河区", ["天河北路", "体育西路"]), ("廣東省東莞市", ["南城區鴻福路", "東城區東縱大道"]),
           ("广东省中山市石岐区", ["孙文中路", "民生路"]), ("福建省厦门市思明区", ["湖滨南路", "厦禾路"])]


def cn_addr():
    prov, streets = ch(CN_ADDR)
    trad = "區" in prov or "東" in prov
    comp = ch(["花园", "华庭", "苑", "大厦"] if not trad else ["花園", "華庭", "苑", "大廈"])
    return "%s%s%d号%s%s%d栋%d室" % (prov, ch(streets), R.randrange(1, 3000), ch(["碧海", "锦绣", "星河", "金地", "翠湖"]),
                                   comp, R.randrange(1, 20), R.randrange(101, 3300)) if not trad else \
        "%s%s%d號%s%s%d棟%d室" % (prov, ch(streets), R.randrange(1, 3000), ch(["碧海", "錦繡", "星河", "金地", "翠湖"]),
                                comp, R.randrange(1, 20), R.randrange(101, 3300))


def tw_addr():
    return ch(["台北市大安區忠孝東路四段%d號%d樓" % (R.randrange(1, 400), R.randrange(2, 20)),
               "新北市板橋區文化路一段%d巷%d號%d樓" % (R.randrange(1, 300), R.randrange(1, 60), R.randrange(2, 15)),
               "高雄市前鎮區中山二路%d號%d樓之%d" % (R.randrange(1, 500), R.randrange(2, 30), R.randrange(1, 9)),
               "臺中市西屯區台灣大道三段%d號%d樓" % (R.randrange(1, 900), R.randrange(2, 30)),
               "桃園市中壢區中央西路二段%d號" % R.randrange(1, 300)])


SHOPS = ["旺角彌敦道%d號地舖" % 639, "銅鑼灣軒尼詩道%d號G/F" % 500, "澳門新馬路%d號地下" % 45,
         "沙田新城市廣場一期3樓%d號舖" % 318, "Shop G12, G/F, Langham Place, 8 Argyle Street, Mong Kok",
         "深圳市福田區福田口岸聯檢大樓B1層營業廳"]
COMPANIES = ["港通流動通訊有限公司", "Link2China Mobile Ltd.", "澳聯電訊有限公司", "深港通信服務(深圳)有限公司",
             "環亞漫遊科技有限公司"]
HOTLINES = ["+852 2883 1833", "(852) 2112 1833", "+853 2875 0100", "10086", "1833 833", "400-820-1833",
            "800 908 833"]


# -- devices
def luhn_complete(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        dd = int(c)
        if i % 2 == 0:
            dd *= 2
            if dd > 9:
                dd -= 9
        total += dd
    return s + str((10 - total % 10) % 10)


def imei():
    return luhn_complete(ch(["35", "86", "35", "86", "01", "99"]) + digits(12))


def meid():
    return ch(["A0", "A1", "A1"]) + "".join(ch("0123456789ABCDEF") for _ in range(12))


def imsi(region="CN"):
    if region == "HK":
        return "454" + ch(["00", "03", "06", "10", "12", "19"]) + digits(10)
    if region == "MO":
        return "455" + ch(["00", "01", "03"]) + digits(10)
    return "460" + ch(["00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11", "15", "20"]) + digits(10)


def iccid(region="CN"):
    if region == "HK":
        return "89852" + digits(14)
    s = "8986" + ch(["00", "01", "03", "06", "11"]) + digits(12)
    if R.random() < 0.15:
        return s + digits(1) + ch("0123456789F")  # 20-character form
    return luhn_complete(s)


def mac(style=None):
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    style = R.randrange(4) if style is None else style
    if style == 0:
        return ":".join("%02x" % x for x in b)
    if style == 1:
        return ":".join("%02X" % x for x in b)
    if style == 2:
        return "-".join("%02X" % x for x in b)
    return "%02x%02x.%02x%02x.%02x%02x" % tuple(b)


def ipv4(private=False):
    if private:
        return "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
    return "%d.%d.%d.%d" % (ch([112, 113, 120, 183, 218, 202, 223, 58, 14, 42, 61, 116]), R.randrange(256),
                            R.randrange(256), R.randrange(1, 255))


def ipv6():
    return "240e:%x:%x:%x::%x" % (R.randrange(0x100, 0xfff), R.randrange(0x1000, 0xffff), R.randrange(0xffff),
                                  R.randrange(1, 0xffff))


def coords(region):
    base = {"HK": (22.30, 114.17), "MO": (22.19, 113.55), "SZ": (22.54, 114.06), "ZH": (22.27, 113.57),
            "GZ": (23.13, 113.32), "TW": (25.04, 121.54)}[region]
    return round(base[0] + R.uniform(-0.05, 0.05), 6), round(base[1] + R.uniform(-0.06, 0.06), 6)


def ecgi():
    mnc = ch(["00", "01", "11"])
    return ch(["460-%s-%d-%d" % (mnc, R.randrange(100000, 999999), R.randrange(1, 200)),
               "460%s%07X" % (mnc, R.randrange(0x1000000, 0xFFFFFFF))])


def bank_card():
    bin_ = ch(["622848", "621700", "622202", "621483", "622588", "621226", "623058", "622262",
               "625809", "621661", "456351"])
    ln = ch([16, 19, 19, 16])
    return luhn_complete(bin_ + digits(ln - 7))


def fmt_card(c):
    k = R.randrange(3)
    if k == 0:
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


def uuid():
    return "%08x-%04x-4%03x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12),
                                           0x8000 | R.getrandbits(14), R.getrandbits(48))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def token(n=40):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(ch(al) for _ in range(n))


def password():
    return ch(["Chan", "hk", "Macau", "Tw", "Sunny", "kitty", "abc", "Wm"]) + ch(["", "@", "#", "_", "!"]) + \
        digits(R.randrange(3, 7)) + ch(["", "a", "Hk", "!"])


def email_for(p, region="HK"):
    u = ch([p.rom_sur.replace(" ", "").lower() + "." + p.rom_given.replace(" ", "").replace("-", "").lower(),
            (p.eng or p.rom_given.split()[0]).lower() + p.rom_sur.replace(" ", "").lower() + digits(2),
            p.rom_sur.replace(" ", "").lower() + p.rom_given.replace(" ", "").replace("-", "").lower()[:4] + digits(3)])
    dom = {"HK": ["gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com", "outlook.com", "hkbn.net"],
           "MO": ["gmail.com", "macau.ctm.net", "yahoo.com.hk", "hotmail.com"],
           "TW": ["gmail.com", "yahoo.com.tw", "ms45.hinet.net", "hotmail.com"],
           "CN": ["qq.com", "163.com", "126.com", "gmail.com"]}[region]
    return u + "@" + ch(dom)


def order_no():
    return "HKS" + "2024%02d%02d" % (R.randrange(3, 8), R.randrange(1, 29)) + digits(6)


def amount_hk():
    return "%.2f" % ch([48, 68, 88, 98, 128, 168, 198, 238, 288, 15.5, 35, 380])


# ------------------------------------------------------------------ file 1
def f_sim_orders():
    d = Doc("sim_orders_hkmo.csv")
    d.t("訂單編號,下單時間,客戶姓名,英文姓名,證件類型,證件號碼,出生日期,香港/澳門號碼,內地號碼,ICCID,電郵,通訊地址,套餐,金額,幣種,渠道,備註\n")
    plans = ["一卡兩號 大灣區月費計劃", "中港澳 5GB 7日漫遊卡", "內地號碼副卡 $48", "港澳台通用數據卡 10GB", "大灣區長者計劃"]
    for i in range(40):
        region = "MO" if R.random() < 0.25 else "HK"
        p = hk_person()
        y, m, dd = dob()
        row = [(order_no(), None), ",", (ts(), None), ","]
        row += [(p.zh, "PERSON_NAME"), ","]
        row += [(rom_name(p).replace(",", ""), "PERSON_NAME") if R.random() < 0.8 else ("", None), ","]
        k = R.random()
        if k < 0.75:
            row += ["回鄉證,", (permit_hkmo("M" if region == "MO" else "H"), "HK_MACAU_TRAVEL_PERMIT"), ","]
        elif k < 0.9:
            row += ["港澳居民居住證,", (resident_id(y, m, dd, "820000" if region == "MO" else "810000"),
                                  "CHINA_RESIDENT_ID_NUMBER"), ","]
        else:
            row += ["香港身份證,", (hkid() if region == "HK" else macau_bir(), None), ","]
        row += [(fmt_dob(y, m, dd, ch([0, 1, 3])), "DATE_OF_BIRTH"), ","]
        loc = any_phone(region)
        row += [(loc, "PHONE_NUMBER"), ","]
        row += [(fmt_cn(cn_mobile(), ch([4, 7, 8, 9, 6])), "PHONE_NUMBER") if R.random() < 0.8 else ("待分配", None), ","]
        row += [(iccid("HK" if R.random() < 0.15 else "CN"), "ICCID_NUMBER"), ","]
        row += [(email_for(p, region), "EMAIL_ADDRESS") if R.random() < 0.75 else ("", None), ","]
        a = ch([hk_addr_zh, hk_addr_zh, hk_addr_en, cn_addr]) if region == "HK" else ch([mo_addr, cn_addr])
        addr = a()
        if "," in addr:
            row += ['"', (addr, "STREET_ADDRESS"), '",']
        else:
            row += [(addr, "STREET_ADDRESS"), ","]
        row += [ch(plans) + ",", (amount_hk() if region == "HK" else "%.2f" % R.choice([50, 98, 150]), None),
                "," + ("HKD" if region == "HK" else "MOP") + ",",
                ch(["門市-" + ch(SHOPS).replace(",", " "), "網上商店", "WeChat小程序", "代理商 AG" + digits(5)]) + ","]
        row += [ch(["", "", "已核實", "客人要求順豐寄到內地", "原號碼 " + masked_hk(), "備用聯絡 " + masked_cn(),
                    "BR No. " + hk_br() + "（公司客戶）"])]
        d.parts(*row)
        d.t("\n")
    return d


# ------------------------------------------------------------------ file 2
def f_chat():
    d = Doc("cs_chat_cantonese.txt")
    for s in range(26):
        p = hk_person() if R.random() < 0.8 else tw_person()
        region = "HK" if R.random() < 0.7 else "MO"
        agent = ch(["客服Kelly", "客服 阿明", "Agent_0%d" % R.randrange(10, 99), "客服小欣"])
        day = R.randrange(1, 29)
        d.t("===== 會話 ID: CS%s%s | 渠道: %s | 開始時間: 2024-06-%02d %02d:%02d =====\n" % (
            "2406", digits(8), ch(["WhatsApp", "網頁客服", "WeChat", "App"]), day, R.randrange(9, 23), R.randrange(60)))
        clock = [R.randrange(9 * 3600, 21 * 3600)]

        def tm():
            clock[0] += R.randrange(5, 150)
            c = clock[0]
            return "[%02d:%02d:%02d]" % (c // 3600, c // 60 % 60, c % 60)
        d.t("%s %s: 你好，歡迎使用%s客服，請問有咩可以幫到你？\n" % (tm(), agent, ch(COMPANIES)))
        k = s % 6
        cust = "客戶"
        if k == 0:
            d.t("%s %s: 你好呀，我部電話喺深圳用唔到數據，張一卡兩號卡上個月先開㗎\n" % (tm(), cust))
            d.t("%s %s: 唔該提供登記姓名同埋香港號碼，方便我哋核對\n" % (tm(), agent))
            d.parts(tm(), " ", cust, ": ", (p.zh, "PERSON_NAME"), "，號碼係 ",
                    (fullwidth(hk_mobile()) if R.random() < 0.4 else fmt_hk(hk_mobile(), ch([3, 4])), "PHONE_NUMBER"), "\n")
            d.parts(tm(), " ", agent, ": 多謝", title(p), "，系統顯示內地號碼 ", (masked_cn(), None),
                    " 已開通，請檢查下數據漫遊有冇開，APN 設定 cmhk\n")
            d.parts(tm(), " ", cust, ": 開咗啦，部機IMEI係 ", (imei(), "IMEI_HARDWARE_ID"), " 使唔使影低？\n")
            d.t("%s %s: 唔使住，我幫你 reset 網絡登記，大約5分鐘生效。個案編號 TK%s\n" % (tm(), agent, digits(9)))
        elif k == 1:
            d.t("%s %s: 我想改寄卡地址，之前填錯咗\n" % (tm(), cust))
            d.t("%s %s: 冇問題，請提供訂單號碼同新地址\n" % (tm(), agent))
            d.parts(tm(), " ", cust, ": 訂單 ", (order_no(), None), "，新地址：",
                    (hk_addr_zh() if region == "HK" else mo_addr(), "STREET_ADDRESS"), "，收件人 ", (p.zh, "PERSON_NAME"), "\n")
            d.parts(tm(), " ", agent, ": 收到，聯絡電話都係 ", (masked_hk(), None), " 嗎？\n")
            d.parts(tm(), " ", cust, ": 唔係，轉咗做 ", (any_phone(region), "PHONE_NUMBER"), " 啦\n")
            d.t("%s %s: 已更新，順豐單號 SF%s，預計兩個工作天送到\n" % (tm(), agent, digits(12)))
        elif k == 2:
            d.t("%s %s: 喺內地實名登記要用咩證件？\n" % (tm(), cust))
            d.t("%s %s: 香港居民可以用回鄉證或者港澳居民居住證，請傳證件號碼俾我哋預先登記\n" % (tm(), agent))
            pm = permit_hkmo("M" if region == "MO" else "H")
            if R.random() < 0.3:
                pm = pm[0] + " " + pm[1:5] + " " + pm[5:]
            d.parts(tm(), " ", cust, ": 回鄉卡 ", (pm, "HK_MACAU_TRAVEL_PERMIT"), "，身份證 ", (hkid(), None),
                    " 都要俾埋？\n")
            d.t("%s %s: 身份證號碼唔需要，只要回鄉證就得，請再提供出生日期\n" % (tm(), agent))
            y, m, dd = dob()
            d.parts(tm(), " ", cust, ": ", (fmt_dob(y, m, dd, ch([1, 2])), "DATE_OF_BIRTH"), "\n")
            d.t("%s %s: 已經幫你預約咗，到時去口岸營業廳出示正本就得\n" % (tm(), agent))
        elif k == 3:
            d.t("%s %s: 我張卡被鎖咗，要PUK碼\n" % (tm(), cust))
            d.parts(tm(), " ", agent, ": 請提供SIM卡背面ICCID 後面幾位同埋登記人全名\n")
            icc = iccid()
            d.parts(tm(), " ", cust, ": ", (icc, "ICCID_NUMBER"), "，登記人 ", (p.zh, "PERSON_NAME"), "\n")
            d.parts(tm(), " ", agent, ": 核對成功，PUK碼係 ", (digits(8), "CREDENTIAL"),
                    " ，輸入之後請重新設定PIN，唔好用 ", ("0000", None), " 咁簡單\n")
            d.parts(tm(), " ", cust, ": 好，我設做 ", (digits(4), "CREDENTIAL"), " 得唔得\n")
            d.t("%s %s: 可以，但唔好同人講PIN碼呀 :)\n" % (tm(), agent))
        elif k == 4:
            d.t("%s %s: 上個月帳單多咗 HK$%s 漫遊費，我冇去過台灣喎\n" % (tm(), cust, ch(["238.00", "96.50", "1,024.00"])))
            d.t("%s %s: 明白，我幫你查一查。帳單號碼 INV%s，請問登記電郵係？\n" % (tm(), agent, digits(10)))
            d.parts(tm(), " ", cust, ": ", (email_for(p, region), "EMAIL_ADDRESS"), "\n")
            d.t("%s %s: 記錄顯示 2024-05-%02d 有 %d 次數據連接喺台灣網絡 (PLMN 46692)，可能係船上訊號\n" % (
                tm(), agent, R.randrange(1, 29), R.randrange(2, 9)))
            d.parts(tm(), " ", cust, ": 嗰日我喺 ", ("西貢", None), " 出海…咁可唔可以豁免？我另一個聯絡電話 ",
                    (fmt_cn(cn_mobile()), "PHONE_NUMBER"), "\n")
            d.t("%s %s: 已提交豁免申請，參考編號 WV-%s，3個工作天內回覆\n" % (tm(), agent, digits(7)))
        else:
            d.t("%s %s: 我阿媽係內地居民，想幫佢加入家庭計劃\n" % (tm(), cust))
            d.t("%s %s: 請提供佢嘅身份證號碼同姓名\n" % (tm(), agent))
            mom = cn_person()
            y = R.randrange(1945, 1970)
            d.parts(tm(), " ", cust, ": ", (mom.zh, "PERSON_NAME"), "，",
                    (resident_id(y, R.randrange(1, 13), R.randrange(1, 29)), "CHINA_RESIDENT_ID_NUMBER"), "\n")
            d.parts(tm(), " ", cust, ": 佢手機 ", (fmt_cn(cn_mobile(), ch([4, 7, 9])), "PHONE_NUMBER"), "，住 ",
                    (cn_addr(), "STREET_ADDRESS"), "\n")
            d.t("%s %s: 收到，副卡月費 ¥%d，會喺下期帳單以 HK$ 收取\n" % (tm(), agent, ch([18, 28, 38])))
        d.t("%s %s: 仲有冇其他可以幫到你？如有需要可致電客戶服務熱線 %s\n" % (tm(), agent, ch(HOTLINES)))
        d.t("%s %s: 冇喇，唔該晒\n" % (tm(), cust))
        d.t("===== 會話結束 | 滿意度: %d/5 =====\n\n" % R.randrange(1, 6))
    return d


# ------------------------------------------------------------------ file 3
def f_emails():
    d = Doc("emails_trad_mixed.mbox")
    staff = [hk_person() for _ in range(4)]
    for i in range(16):
        p = hk_person() if i % 4 else tw_person()
        reg = "TW" if i % 4 == 0 else ch(["HK", "HK", "MO"])
        em = email_for(p, reg)
        st = ch(staff)
        st_em = st.rom_given.split()[0].lower() + "." + st.rom_sur.replace(" ", "").lower() + "@link2china.com.hk"
        dnum = R.randrange(1, 29)
        day = "%s, %d Jun 2024 %02d:%02d:%02d +0800" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(dnum + 4) % 7], dnum,
                                                        R.randrange(8, 23), R.randrange(60), R.randrange(60))
        d.t("From %s %s\n" % ("MAILER-DAEMON", "Sat Jun 29 10:%02d:00 2024" % i))
        if i % 3 == 0:
            d.parts("From: \"", (p.zh, "PERSON_NAME"), "\" <", (em, "EMAIL_ADDRESS"), ">\n")
            d.t("To: cs@link2china.com.hk\n")
        elif i % 3 == 1:
            d.parts("From: \"", (rom_name(p), "PERSON_NAME"), "\" <", (em, "EMAIL_ADDRESS"), ">\n")
            d.t("To: support@link2china.com.hk\n")
        else:
            d.parts("From: \"", (st.rom_given + " " + st.rom_sur, "PERSON_NAME"), "\" <", (st_em, "EMAIL_ADDRESS"), ">\n")
            d.parts("To: ", (em, "EMAIL_ADDRESS"), "\n")
        d.t("Date: %s\nMessage-ID: <%s@mail.link2china.com.hk>\n" % (day, uuid()))
        d.t("Subject: %s\nContent-Type: text/plain; charset=UTF-8\n\n" % ch([
            "RE: 一卡兩號申請 - Order " + order_no(), "內地號碼實名登記 / Real-name registration",
            "Fw: 帳單查詢 Invoice INV" + digits(10), "Urgent!! SIM卡收唔到", "Request for eSIM QR code"]))
        if i % 3 != 2:
            d.t("Dear Sir/Madam,\n\n")
            d.parts("本人", (p.zh, "PERSON_NAME"), "（", (rom_name(p), "PERSON_NAME"), "）於上星期喺網上申請咗 one-card-two-numbers 服務，")
            d.t("但到而家都未收到張卡。Order number 係 %s，已付款 HK$%s (Visa ending %s)。\n\n" % (
                order_no(), amount_hk(), digits(4)))
            if reg == "TW":
                d.parts("我是台灣居民，台胞證號碼 ", (tbz(), None), "，身分證字號 ", (tw_id(), None),
                        "（不知道要不要），居住證號碼 ", (resident_id(*dob(), region="830000"), "CHINA_RESIDENT_ID_NUMBER"), "。\n")
                d.parts("寄件地址：", (tw_addr(), "STREET_ADDRESS"), "\n手機：", (fmt_tw(tw_mobile()), "PHONE_NUMBER"), "\n\n")
            else:
                d.parts("Delivery address: ", (hk_addr_en() if reg == "HK" else mo_addr(), "STREET_ADDRESS"), "\n")
                d.parts("證件：回鄉證 ", (permit_hkmo("M" if reg == "MO" else "H"), "HK_MACAU_TRAVEL_PERMIT"), "\n")
                d.parts("Mobile: ", (any_phone(reg), "PHONE_NUMBER"))
                if R.random() < 0.5:
                    d.parts(" / Home: ", (fmt_hk(hk_home(), ch([3, 4, 0])), "PHONE_NUMBER"))
                d.t("\n\n")
            d.t("Please help to follow up ASAP, thanks!\n\n")
            d.parts("Best regards,\n", (p.eng + " " + p.rom_sur if p.eng else p.zh, "PERSON_NAME"), "\n\n")
        else:
            d.parts("親愛的", (p.zh, "PERSON_NAME"), "：\n\n")
            d.t("多謝你嘅查詢。Your SIM card (ICCID ending %s) has been shipped via SF Express, tracking no. SF%s.\n" % (
                digits(4), digits(12)))
            d.t("內地號碼 %s 將於卡片啟用後 24 小時內開通。如需協助，請致電 %s 或 WhatsApp 我哋。\n\n" % (
                masked_cn(), ch(HOTLINES)))
            if R.random() < 0.6:
                d.parts("For your record, eSIM activation code: LPA:1$smdp.link2china.com.hk$", (token(32).upper(), "CREDENTIAL"), "\n\n")
            d.t("> On %s, customer wrote:\n> 我張卡幾時寄出？\n\n" % day)
            d.parts("Regards,\n", (st.rom_given + " " + st.rom_sur, "PERSON_NAME"), " | Customer Experience Team\n",
                    "Link2China Mobile Ltd. 港通流動通訊有限公司\n",
                    "21/F, One Harbourfront, 18 Tak Fung Street, Hung Hom, Kowloon\n",
                    "Tel: ", ("+852 2883 1833", None), " | Fax: +852 2883 1800 | BR No. 6" + digits(7), "\n",
                    "Direct: ", (fmt_hk(hk_mobile(), 0), "PHONE_NUMBER"), "\n\n")
        d.t("This e-mail and any attachments are confidential. 本電郵及附件內容保密。\n\n")
    return d


# ------------------------------------------------------------------ file 4
def f_invoices():
    d = Doc("invoices_hk_macau.txt")
    for i in range(22):
        reg = "MO" if i % 4 == 3 else "HK"
        p = hk_person()
        cur = "MOP" if reg == "MO" else "HK$"
        comp = COMPANIES[2] if reg == "MO" else COMPANIES[0]
        d.t("=" * 60 + "\n")
        d.t("%s\n%s\n" % (comp, "INVOICE / 發票" if i % 2 else "RECEIPT / 收據"))
        d.t("Business Registration No. 商業登記號碼: %s-000-%02d-24-%d\n" % (hk_br(), R.randrange(1, 13), R.randrange(10))
            if reg == "HK" else "Número de contribuinte 納稅人編號: %s\n" % digits(8))
        d.t("Shop 門市: %s   Tel: %s\n" % (ch(SHOPS), ch(HOTLINES[:3])))
        d.t("Invoice No. 發票號碼: INV%s    Date 日期: 2024-%02d-%02d\n" % (digits(10), R.randrange(1, 8), R.randrange(1, 29)))
        d.t("-" * 60 + "\n")
        d.parts("Bill to 客戶: ", (p.zh, "PERSON_NAME"))
        if R.random() < 0.6:
            d.parts(" (", (rom_name(p), "PERSON_NAME"), ")")
        d.t("\n")
        d.parts("Address 地址: ", (hk_addr_zh() if reg == "HK" and R.random() < 0.5 else (hk_addr_en() if reg == "HK" else mo_addr()),
                                 "STREET_ADDRESS"), "\n")
        d.parts("Contact 電話: ", (any_phone(reg), "PHONE_NUMBER"), "\n")
        d.t("Account 帳戶號碼: %s   Service No.: %s\n" % (digits(10), masked_hk() if R.random() < 0.5 else masked_cn()))
        d.t("-" * 60 + "\n")
        tot = 0
        for _ in range(R.randrange(2, 5)):
            item, price = ch([("大灣區月費計劃 GBA Monthly Plan", 168), ("內地副號碼 Mainland No. Add-on", 48),
                              ("漫遊數據包 Roaming Data 5GB", 98), ("SIM 卡費 SIM Card Fee", 50),
                              ("IDD 長途電話費", 23.4), ("澳門數據日費 Macau Day Pass", 35)])
            qty = R.randrange(1, 3)
            tot += price * qty
            d.t("  %-34s x%d  %s %8.2f\n" % (item, qty, cur, price * qty))
        d.t("  %-34s     %s %8.2f\n" % ("Total 合計", cur, tot))
        d.t("Payment 付款: %s\n" % ch(["Visa ****%s" % digits(4), "銀聯 6228 48** **** %s" % digits(4), "PayMe",
                                    "八達通 Octopus %s" % digits(8), "現金 Cash", "AlipayHK 交易號 %s" % digits(28),
                                    "FPS 轉數快 參考 FRN%s" % digits(12)]))
        if R.random() < 0.3:
            d.t("備註: 內地公司發票抬頭 深港通信服務(深圳)有限公司 統一社會信用代碼 %s\n" % make_uscc())
        d.t("多謝惠顧 Thank you for your patronage!\n\n")
    return d


# ------------------------------------------------------------------ file 5
def f_forms():
    d = Doc("registration_form_bilingual.txt")
    for i in range(13):
        reg = ch(["HK", "HK", "MO"])
        p = hk_person()
        y, m, dd = dob()
        d.t("#" * 64 + "\n")
        d.t("跨境服務登記表 Cross-border Service Registration Form   (Form No. CBR-%s)\n" % digits(7))
        d.t("Version 表格版本: v3.%d.%d  Submitted 提交時間: %s (%s)\n" % (R.randrange(10), R.randrange(10), ts(), epoch_ms()))
        d.t("#" * 64 + "\n")
        d.t("1. 申請人資料 Applicant Information\n")
        d.parts("   中文姓名 Chinese Name      : ", (p.zh, "PERSON_NAME"), "\n")
        d.parts("   英文姓名 English Name      : ", (rom_name(p), "PERSON_NAME"), "\n")
        d.t("   性別 Sex                   : %s\n" % ("男 M" if p.male else "女 F"))
        d.parts("   出生日期 Date of Birth     : ", (fmt_dob(y, m, dd, ch([1, 5, 0])), "DATE_OF_BIRTH"), "\n")
        d.parts("   身份證號碼 HKID/BIR No.    : ", (hkid() if reg == "HK" else macau_bir(), None), "\n")
        d.parts("   回鄉證號碼 Home Return Permit No.: ", (permit_hkmo("M" if reg == "MO" else "H"), "HK_MACAU_TRAVEL_PERMIT"), "\n")
        if R.random() < 0.5:
            d.parts("   居住證號碼 Residence Permit No.: ", (resident_id(y, m, dd, "810000" if reg == "HK" else "820000"),
                                                           "CHINA_RESIDENT_ID_NUMBER"), "\n")
        d.t("2. 聯絡資料 Contact Details\n")
        d.parts("   流動電話 Mobile            : ", (any_phone(reg), "PHONE_NUMBER"), "\n")
        d.parts("   住宅電話 Home Tel.         : ", (fmt_hk(hk_home(), ch([3, 4, 0])), "PHONE_NUMBER") if reg == "HK" else ("N/A", None), "\n")
        d.parts("   電郵 E-mail                : ", (email_for(p, reg), "EMAIL_ADDRESS"), "\n")
        d.parts("   住址 Residential Address   : ", (hk_addr_en() if R.random() < 0.5 and reg == "HK" else (hk_addr_zh() if reg == "HK" else mo_addr()), "STREET_ADDRESS"), "\n")
        d.parts("   內地通訊地址 Mainland Address: ", (cn_addr(), "STREET_ADDRESS") if R.random() < 0.6 else ("同上 Same as above", None), "\n")
        d.t("3. 緊急聯絡人 Emergency Contact\n")
        e = cn_person() if R.random() < 0.5 else hk_person()
        d.parts("   姓名 Name: ", (e.zh, "PERSON_NAME"), "   關係 Relationship: ", ch(["配偶 Spouse", "母親 Mother", "兒子 Son", "朋友 Friend"]),
                "   電話 Tel: ", (fmt_cn(cn_mobile()) if e.origin == "CN" else fmt_hk(hk_mobile()), "PHONE_NUMBER"), "\n")
        d.t("4. 服務選項 Service Options\n")
        d.t("   計劃 Plan: %s   合約期 Contract: %d 個月   月費 Monthly fee: HK$%s\n" % (
            ch(["GBA 30GB", "中港 1+1", "一卡兩號 Lite"]), ch([12, 24]), amount_hk()))
        d.t("   自動轉賬 Autopay: ")
        if R.random() < 0.6:
            d.parts("銀聯卡 UnionPay card ", (fmt_card(bank_card()), "BANK_CARD_NUMBER"), "  持卡人 Cardholder: ", (p.zh, "PERSON_NAME"), "\n")
        else:
            d.t("信用卡 Credit card %s   (已遮蔽 masked)\n" % ("4" + digits(3) + " **** **** " + digits(4)))
        d.parts("   網上帳戶密碼 Online password: ", (password(), "CREDENTIAL"), "\n")
        d.t("5. 聲明 Declaration: 本人同意貴公司按《個人資料(私隱)條例》及內地法規處理本人資料。\n")
        d.t("   Signature 簽署: ________   Staff 職員編號: S%s   Branch 分行: %s\n\n" % (digits(5), ch(SHOPS)))
    return d


# ------------------------------------------------------------------ file 6
def f_sms():
    d = Doc("sms_gateway_log.csv")
    d.t("msg_id,ts_ms,direction,msisdn,imsi,sender,status,content\n")
    for i in range(90):
        reg = ch(["CN", "CN", "HK", "HK", "MO"])
        d.t("%s,%s,%s," % (uuid().replace("-", "")[:24].upper(), epoch_ms(), ch(["MT", "MT", "MO"])))
        if reg == "CN":
            n = cn_mobile()
            d.parts((ch(["86" + n, n, "+86" + n]), "PHONE_NUMBER"), ",", (imsi("CN"), "IMSI_ID"), ",")
        elif reg == "HK":
            d.parts((ch(["852" + hk_mobile(), "+852" + hk_mobile()]), "PHONE_NUMBER"), ",",
                    (imsi("HK"), "IMSI_ID") if R.random() < 0.7 else ("", None), ",")
        else:
            d.parts(("853" + mo_mobile(), "PHONE_NUMBER"), ",", (imsi("MO"), "IMSI_ID") if R.random() < 0.7 else ("", None), ",")
        d.t("%s,%s," % (ch(["10086", "1065902188", "Link2China", "106575261833", "CMHK"]), ch(["DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"])))
        k = i % 7
        if k == 0:
            d.parts("\"【港通流動】你的驗證碼為", (digits(6), "CREDENTIAL"), "，5分鐘內有效，切勿告知他人。\"\n")
        elif k == 1:
            d.t("\"【港通流動】你已抵達內地，內地號碼%s已啟用。漫遊日費HK$%s，查詢請致電%s。\"\n" % (masked_cn(), ch(["38", "48", "58"]), ch(HOTLINES)))
        elif k == 2:
            d.parts("\"Your OTP is ", (digits(6), "CREDENTIAL"), ". Ref: ", (digits(4), None), ". Do not share.\"\n")
        elif k == 3:
            p = hk_person()
            d.parts("\"", (p.zh, "PERSON_NAME"), "你好，你的SIM卡(訂單", (order_no(), None), ")已由順豐派送，收件地址", (hk_addr_zh(), "STREET_ADDRESS"), "。\"\n")
        elif k == 4:
            d.t("\"本月帳單 HK$%s 已發出，帳單編號 %s，到期日 2024-07-%02d。\"\n" % (amount_hk(), digits(12), R.randrange(1, 29)))
        elif k == 5:
            d.parts("\"阿媽我到咗羅湖喇，有事打我內地號 ", (fmt_cn(cn_mobile(), ch([4, 5, 7])), "PHONE_NUMBER"), "\"\n")
        else:
            d.parts("\"Hi 我係", (hk_person().zh, "PERSON_NAME"), "，新電話 ", (fmt_hk(hk_mobile(), ch([3, 4])), "PHONE_NUMBER"), "，收到請回覆\"\n")
    return d


# ------------------------------------------------------------------ file 7
def f_family():
    d = Doc("crossborder_family_plans.json")
    fams = []
    for i in range(16):
        head = hk_person()
        hy, hm, hd = dob()
        members = []
        members.append({
            "role": "主卡 primary",
            "name": L(head.zh, "PERSON_NAME"),
            "name_en": L(rom_name(head), "PERSON_NAME"),
            "residence": "HK",
            "doc_type": "港澳居民來往內地通行證",
            "doc_no": L(permit_hkmo("H"), "HK_MACAU_TRAVEL_PERMIT"),
            "hkid_masked": hkid()[:4] + "***(*)",
            "dob": L(fmt_dob(hy, hm, hd, 0), "DATE_OF_BIRTH"),
            "msisdn_hk": L(ch(["852", "+852 ", ""]) + hk_mobile(), "PHONE_NUMBER"),
            "msisdn_cn": L(cn_mobile(), "PHONE_NUMBER"),
            "address": L(hk_addr_zh(), "STREET_ADDRESS"),
        })
        for j in range(R.randrange(1, 3)):
            sp = cn_person()
            y, m, dd = dob()
            mem = {
                "role": ch(["配偶 spouse", "父母 parent", "子女 child"]),
                "name": L(sp.zh, "PERSON_NAME"),
                "residence": "CN",
                "doc_type": "居民身份证",
                "doc_no": L(resident_id(y, m, dd), "CHINA_RESIDENT_ID_NUMBER"),
                "msisdn_cn": L(cn_mobile(), "PHONE_NUMBER"),
                "address": L(cn_addr(), "STREET_ADDRESS"),
            }
            if R.random() < 0.5:
                mem["exit_permit"] = L(permit_mainland(), "HK_MACAU_TRAVEL_PERMIT")
            if R.random() < 0.3:
                mem["passport"] = L(passport_cn(), "CHINA_PASSPORT")
            members.append(mem)
        fam = {
            "plan_id": "FAM-%s" % digits(8),
            "plan_name": ch(["大灣區家庭共享 40GB", "中港家庭 1+2", "Family GBA Share"]),
            "created_at": epoch_ms(),
            "monthly_fee": {"amount": ch([298, 348, 398]), "currency": "HKD"},
            "billing": {
                "autopay_card": L(bank_card(), "BANK_CARD_NUMBER") if R.random() < 0.7 else "6222 **** **** %s" % digits(4),
                "card_holder": L(head.zh, "PERSON_NAME"),
                "bill_email": L(email_for(head), "EMAIL_ADDRESS"),
            },
            "members": members,
            "dealer": {"name": ch(COMPANIES), "br_no": hk_br(), "uscc": make_uscc()},
            "trace_id": hexs(32),
        }
        fams.append(fam)
    jwrite(d, {"export": "family_plans", "schema_version": "2.4.1", "generated": "2024-07-01T02:00:00+08:00",
               "records": fams})
    d.t("\n")
    return d


# ------------------------------------------------------------------ file 8
def f_xdr():
    d = Doc("roaming_xdr.jsonl")
    for i in range(48):
        reg = ch(["HK", "HK", "MO", "CN"])
        city = ch(["SZ", "SZ", "ZH", "GZ"])
        lat, lng = coords(city)
        rec = {
            "xdr_id": "%s%s" % (epoch_ms(), digits(6)),
            "start_ms": int(epoch_ms()),
            "dur_s": R.randrange(1, 7200),
            "rat": ch(["LTE", "NR", "LTE"]),
            "imsi": L(imsi(reg), "IMSI_ID"),
            "msisdn": L(("852" + hk_mobile() if reg == "HK" else "853" + mo_mobile()) if reg != "CN" else "86" + cn_mobile(), "PHONE_NUMBER"),
        }
        if R.random() < (0.6 if reg == "CN" else 0.93):
            rec["imei"] = L(imei(), "IMEI_HARDWARE_ID")
        else:
            rec["meid"] = L(meid(), "MEID")
        rec["ecgi"] = L(ecgi(), "CELL_ID")
        if R.random() < 0.4:
            rec["tac"] = R.randrange(1000, 65000)
            rec["cell_id"] = L(str(R.randrange(10000000, 268435455)), "CELL_ID", raw=True)
        rec["ue_ip"] = L(ipv4(private=True) if R.random() < 0.6 else ipv6(), "IP_ADDRESS")
        rec["pgw_ip"] = "10.%d.0.%d" % (R.randrange(1, 50), R.randrange(1, 20))
        if R.random() < 0.5:
            rec["lat"] = L("%.6f" % lat, "LOCATION_COORDINATES", raw=True)
            rec["lng"] = L("%.6f" % lng, "LOCATION_COORDINATES", raw=True)
        else:
            rec["loc"] = L("%.6f,%.6f" % (lat, lng), "LOCATION_COORDINATES")
        rec["apn"] = ch(["cmhk", "cmnet", "3gnet", "ctm.mo"])
        rec["ul_bytes"] = R.randrange(10 ** 6)
        rec["dl_bytes"] = R.randrange(10 ** 8)
        rec["charge_hkd"] = round(R.uniform(0, 50), 2)
        rec["sw_ver"] = "v%d.%d.%d" % (R.randrange(1, 5), R.randrange(20), R.randrange(100))
        jwrite(d, rec, compact=True)
        d.t("\n")
    return d


# ------------------------------------------------------------------ file 9
def f_taiwan():
    d = Doc("taiwan_customers.tsv")
    d.t("客戶編號\t姓名\t英文名\t台胞證號\t身分證字號\t居住證號\t手機\t大陸手機\t地址\t電子郵件\t方案\t金額(NTD)\t建檔時間\n")
    for i in range(36):
        p = tw_person()
        y, m, dd = dob()
        parts = [("TW%s" % digits(9), None), "\t", (p.zh, "PERSON_NAME"), "\t"]
        parts += [(p.rom_sur.upper() + ", " + p.rom_given.upper(), "PERSON_NAME") if R.random() < 0.6 else ("", None), "\t"]
        parts += [(tbz(), None), "\t", (tw_id() if R.random() < 0.5 else "", None), "\t"]
        parts += [(resident_id(y, m, dd, "830000"), "CHINA_RESIDENT_ID_NUMBER") if R.random() < 0.35 else ("", None), "\t"]
        parts += [(fmt_tw(tw_mobile()), "PHONE_NUMBER"), "\t"]
        parts += [(fmt_cn(cn_mobile(), ch([4, 7, 9])), "PHONE_NUMBER") if R.random() < 0.5 else ("-", None), "\t"]
        parts += [(tw_addr() if R.random() < 0.7 else cn_addr(), "STREET_ADDRESS"), "\t"]
        parts += [(email_for(p, "TW"), "EMAIL_ADDRESS"), "\t"]
        parts += [ch(["兩岸通 月租399", "大陸漫遊 7日 NT$499", "台商專案"]), "\t", str(ch([399, 499, 999])), "\t",
                  "2024/%02d/%02d %02d:%02d" % (R.randrange(1, 8), R.randrange(1, 29), R.randrange(24), R.randrange(60)), "\n"]
        d.parts(*parts)
    return d


# ------------------------------------------------------------------ file 10
def f_dealer():
    d = Doc("macau_dealer_settlement.json")
    dealers = []
    for i in range(14):
        sole = R.random() < 0.5
        p = hk_person()
        dl = {
            "dealer_code": "MO-AG-%04d" % R.randrange(10000),
            "dealer_name": ch(["澳聯電訊代理", "新馬路手機中心", "氹仔數碼站", "Macau Gadget Lda.", "祐漢電訊"]),
            "licence_no": "%d/2023" % R.randrange(100, 9999),
            "shop_address": ch(["澳門新馬路45號地下", "澳門氹仔官也街12號地下", "Rua do Campo, n.º 12, r/c, Macau"]),
            "hotline": ch(["+853 2875 0100", "+853 2836 1234", "2833 8800"]),
            "period": "2024-06",
            "activations": R.randrange(10, 400),
            "commission_mop": round(R.uniform(1000, 50000), 2),
            "settlement_ref": "STL%s" % digits(12),
        }
        if sole:
            dl["contact_person"] = L(p.zh, "PERSON_NAME")
            dl["contact_mobile"] = L(fmt_hk(mo_mobile(), ch([0, 2, 4]), cc="853"), "PHONE_NUMBER")
            dl["payee_card"] = L(fmt_card(bank_card()), "BANK_CARD_NUMBER")
            dl["payee_name"] = L(rom_name(p), "PERSON_NAME")
            dl["payee_permit"] = L(permit_hkmo("M"), "HK_MACAU_TRAVEL_PERMIT")
        else:
            dl["contact_person"] = "財務部"
            dl["contact_mobile"] = dl["hotline"]
            dl["payee_account"] = "BNU %s-%s-%s" % (digits(2), digits(6), digits(3))
        dl["portal"] = {"api_key": L("sk_live_" + token(32), "CREDENTIAL"), "last_login_ip": L(ipv4(), "IP_ADDRESS"),
                        "device_sn": "SN" + digits(4) + ch("ABCDEF") + digits(6)} if R.random() < 0.6 else {"api_key": None}
        dealers.append(dl)
    jwrite(d, {"operator": "澳聯電訊有限公司", "tax_no": digits(8), "currency": "MOP", "dealers": dealers}, indent=4)
    d.t("\n")
    return d


# ------------------------------------------------------------------ file 11
def f_kyc():
    d = Doc("kyc_verify_service.log")
    for i in range(55):
        t = "2024-06-%02dT%02d:%02d:%02d.%03d+08:00" % (R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))
        lvl = ch(["INFO", "INFO", "WARN", "DEBUG"])
        d.t("%s %-5s [kyc-worker-%d] c.l.kyc.VerifyHandler - " % (t, lvl, R.randrange(1, 9)))
        k = i % 5
        reg = ch(["HK", "HK", "MO"])
        p = hk_person()
        if k == 0:
            d.parts("verify start reqId=", (uuid(), None), " docType=HRP docNo=", (permit_hkmo("M" if reg == "MO" else "H"), "HK_MACAU_TRAVEL_PERMIT"),
                    " name=", (p.zh, "PERSON_NAME"), " srcIp=", (ipv4(), "IP_ADDRESS"), "\n")
        elif k == 1:
            y, m, dd = dob()
            d.parts("ocr result {\"姓名\":\"", (p.zh, "PERSON_NAME"), "\",\"英文姓名\":\"", (p.rom_sur.upper() + ", " + p.rom_given.upper(), "PERSON_NAME"),
                    "\",\"出生日期\":\"", (fmt_dob(y, m, dd, 0).replace("-", "."), "DATE_OF_BIRTH"), "\",\"證件號碼\":\"",
                    (permit_hkmo("H"), "HK_MACAU_TRAVEL_PERMIT"), "\",\"簽發機關\":\"公安部出入境管理局\",\"有效期限\":\"2021.03.04-2031.03.03\",\"換證次數\":\"0",
                    str(R.randrange(1, 5)), "\",\"confidence\":0.9", digits(2), "}\n")
        elif k == 2:
            y, m, dd = dob()
            d.parts("match residencePermit=", (resident_id(y, m, dd, "810000" if reg == "HK" else "820000"), "CHINA_RESIDENT_ID_NUMBER"),
                    " vs permit=", (permit_hkmo("M" if reg == "MO" else "H")[:3] + "****" + digits(2), None), " score=0.", digits(3), " result=PASS cost=", str(R.randrange(20, 900)), "ms\n")
        elif k == 3:
            cp = cn_person()
            d.parts("mainland applicant idNo=", (resident_id(), "CHINA_RESIDENT_ID_NUMBER"), " name=", (cp.zh, "PERSON_NAME"),
                    " exitPermit=", (permit_mainland(), "HK_MACAU_TRAVEL_PERMIT"), " msisdn=", (fmt_cn(cn_mobile(), 6), "PHONE_NUMBER"),
                    " channel=POS-", digits(6), "\n")
        else:
            d.parts("liveness ok session=", (hexs(24), None), " deviceMac=", (mac(), "MAC_ADDRESS"), *((" imei=", (imei(), "IMEI_HARDWARE_ID")) if R.random() < 0.7 else (" meid=", (meid(), "MEID"))),
                    " gps=", ("%.5f,%.5f" % coords(ch(["HK", "SZ", "MO"])), "LOCATION_COORDINATES"), " appVer=5.12.", str(R.randrange(100)), "\n")
    return d


# ------------------------------------------------------------------ file 12
def f_delivery():
    d = Doc("sim_delivery_manifest.csv")
    d.t("waybill,ship_date,consignee,consignee_tel,delivery_address,district,pieces,cod_hkd,sim_iccid,remark\n")
    for i in range(40):
        p = hk_person()
        d.parts(("SF%s" % digits(12), None), ",", ("2024-06-%02d" % R.randrange(1, 29), None), ",",
                (rom_name(p).replace(",", "") if R.random() < 0.6 else p.zh, "PERSON_NAME"), ",",
                (fmt_hk(hk_mobile(), ch([3, 4, 7, 2])), "PHONE_NUMBER"), ",")
        addr = hk_addr_en() if R.random() < 0.75 else hk_addr_zh()
        d.parts('"', (addr, "STREET_ADDRESS"), '",', ch(["KLN", "HK", "NT"]), ",1,", ch(["0", "0", "48.00", "98.00"]), ",")
        d.parts((iccid("HK" if R.random() < 0.3 else "CN"), "ICCID_NUMBER"), ",")
        d.t(ch(["", "Leave at lobby 放管理處", "Call before delivery", "Locker SF Locker %s" % digits(6), "Self-pickup 自取點 H852" + digits(4),
                "收件人電話 " + masked_hk()]) + "\n")
    return d


# ------------------------------------------------------------------ file 13
def f_complaints():
    d = Doc("complaint_tickets.md")
    d.t("# 投訴個案摘要 Complaint Tickets – 2024 Q2\n\n")
    d.t("> 內部資料，請勿外傳。個案須於 15 日內回覆（工信部第24號令第12條）。\n\n")
    for i in range(16):
        reg = ch(["HK", "MO", "TW", "HK"])
        p = tw_person() if reg == "TW" else hk_person()
        d.t("## 個案 CMP-2024-%05d\n\n" % R.randrange(100000))
        d.t("| 欄位 | 內容 |\n|---|---|\n")
        d.parts("| 投訴人 | ", (p.zh, "PERSON_NAME"), " |\n")
        d.parts("| 聯絡電話 | ", (any_phone(reg), "PHONE_NUMBER"), " |\n")
        d.parts("| 內地號碼 | ", (masked_cn(), None), " |\n")
        if reg == "TW":
            d.parts("| 證件 | 台胞證 ", (tbz(), None), " |\n")
        else:
            d.parts("| 證件 | 回鄉證 ", (permit_hkmo("M" if reg == "MO" else "H"), "HK_MACAU_TRAVEL_PERMIT"), " |\n")
        d.t("| 類別 | %s |\n| 收件日期 | 2024-%02d-%02d |\n| 負責同事 | Agent %s |\n\n" % (
            ch(["多收漫遊費", "實名登記失敗", "號碼被停用", "個人資料外洩疑慮", "寄卡延誤"]), R.randrange(4, 7), R.randrange(1, 29), digits(4)))
        d.t("**描述：** ")
        if i % 3 == 0:
            d.parts("客人表示於", ("2024-05-%02d" % R.randrange(1, 29), None), "收到陌生人來電，對方能講出佢嘅住址（",
                    (hk_addr_zh() if reg == "HK" else (mo_addr() if reg == "MO" else tw_addr()), "STREET_ADDRESS"),
                    "）同埋出生日期（", (fmt_dob(*dob(), style=2), "DATE_OF_BIRTH"), "），懷疑資料由代理商洩露。\n\n")
        elif i % 3 == 1:
            d.parts("客人部機（IMEI ", (imei(), "IMEI_HARDWARE_ID"), "）喺珠海拱北一帶成日斷線，測試 ECGI ", (ecgi(), "CELL_ID"),
                    "，位置約 ", ("%.4f, %.4f" % coords("ZH"), "LOCATION_COORDINATES"), "。\n\n")
        else:
            d.parts("客人兒子", (p.sur + ch(GIVEN)[0], "PERSON_NAME"), "（", (fmt_dob(R.randrange(2008, 2014), R.randrange(1, 13), R.randrange(1, 29), 1), "DATE_OF_BIRTH"),
                    "）用咗佢張副卡，客人要求取消副卡並退回 HK$", amount_hk(), "。副卡 ICCID ", (iccid(), "ICCID_NUMBER"), "。\n\n")
        d.t("**跟進：** 已致電客人 %s，%s\n\n---\n\n" % (title(p), ch(["同意退款。", "已轉交私隱主任。", "待網絡部回覆。", "已結案。"])))
    return d


# ------------------------------------------------------------------ file 14
def f_api():
    d = Doc("app_signup_api.log")
    for i in range(60):
        ip = ipv4()
        t = "[%02d/Jun/2024:%02d:%02d:%02d +0800]" % (R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60))
        k = i % 6
        if k == 0:
            p = hk_person()
            d.parts((ip, "IP_ADDRESS"), " - - ", t, " \"POST /api/v2/register HTTP/1.1\" 200 ", str(R.randrange(200, 900)), " body={\"mobile\":\"",
                    (ch(["+852", "852", ""]) + hk_mobile(), "PHONE_NUMBER"), "\",\"email\":\"", (email_for(p), "EMAIL_ADDRESS"),
                    "\",\"password\":\"", (password(), "CREDENTIAL"), "\",\"lang\":\"zh-HK\"}\n")
        elif k == 1:
            d.parts((ip, "IP_ADDRESS"), " - - ", t, " \"POST /oauth/token HTTP/1.1\" 200 ", str(R.randrange(200, 900)),
                    " resp={\"access_token\":\"", ("eyJhbGciOiJIUzI1NiJ9." + token(48) + "." + token(43), "CREDENTIAL"),
                    "\",\"refresh_token\":\"", (token(40), "CREDENTIAL"), "\",\"expires_in\":7200}\n")
        elif k == 2:
            d.parts((ip, "IP_ADDRESS"), ":", str(R.randrange(1024, 65535)), " - - ", t, " \"GET /api/v2/device/bind?mac=",
                    (mac(ch([0, 2])), "MAC_ADDRESS"), *(("&imei=", (imei(), "IMEI_HARDWARE_ID")) if R.random() < 0.6 else ("&meid=", (meid() if R.random() < 0.7 else meid().lower(), "MEID"))), "&sn=", ("R58N" + digits(6) + "ABC", None),
                    " HTTP/1.1\" 200 88 \"-\" \"L2C-App/5.12.3 (Android 14; SM-S9180)\"\n")
        elif k == 3:
            d.parts((ip, "IP_ADDRESS"), " - - ", t, " \"GET /api/v2/bill?acct=", digits(10), "&ts=", epoch_ms(), " HTTP/1.1\" 200 1532 \"-\" \"L2C-App/5.",
                    str(R.randrange(20)), ".0 (iPhone; iOS 17.5)\" req_id=", uuid(), "\n")
        elif k == 4:
            d.parts(t, " DEBUG sign-in attempt user=", (email_for(hk_person(), ch(["HK", "MO"])), "EMAIL_ADDRESS"), " from ",
                    (ipv6() if R.random() < 0.4 else ip, "IP_ADDRESS"), " wifi_bssid=", (mac(1), "MAC_ADDRESS"), " result=",
                    ch(["OK", "BAD_PASSWORD", "LOCKED"]), " sha256=", hexs(64), "\n")
        else:
            d.parts(t, " INFO  push token refreshed uid=", digits(9), " fcm=", (token(22) + ":APA91b" + token(60), "CREDENTIAL"),
                    " loc=", ("%.6f,%.6f" % coords(ch(["HK", "SZ", "MO"])), "LOCATION_COORDINATES"),
                    " build=10.0.19041.", str(R.randrange(1000, 5000)), "\n")
    return d


# ------------------------------------------------------------------ file 15
def plate_cn():
    pro = ch(["粵", "粤"])
    k = R.randrange(4)
    letters = "ABCDEFGHJKLMNPQRSTUVWXY"
    if k == 0:  # cross-border
        return pro + "Z" + ch(["·", "", " "]) + ch(letters) + digits(3) + ch(["港", "澳"])
    if k == 1:  # new energy
        return pro + ch("BCSE") + ch(["·", ""]) + ch("DF") + digits(5)
    if k == 2:
        return pro + ch("BCAS") + ch(["·", ""]) + ch(letters) + digits(4)
    return pro + ch("BCAS") + digits(5)


def hk_plate():
    return ch(["AB", "KT", "PV", "HZ", "TN", "LM"]) + " " + str(R.randrange(1, 9999))


def f_vehicles():
    d = Doc("crossborder_vehicle_ports.csv")
    d.t("記錄號,口岸,通關時間,方向,內地車牌,香港車牌,司機姓名,司機證件類型,司機證件號,司機電話,車主,備註\n")
    for i in range(40):
        p = hk_person() if R.random() < 0.7 else cn_person()
        hk = p.origin == "HK"
        row = [("PT%s" % digits(12), None), ",", ch(["深圳灣口岸", "皇崗口岸", "港珠澳大橋珠海口岸", "蓮塘口岸"]), ",",
               ("%s.%s" % (epoch_ms()[:10], epoch_ms()[10:]), None), ",", ch(["入境", "出境"]), ","]
        row += [(plate_cn(), "CHINA_LICENSE_PLATE"), ",", (hk_plate(), None) if R.random() < 0.7 else ("", None), ","]
        row += [(p.zh, "PERSON_NAME"), ","]
        if hk:
            row += ["回鄉證,", (permit_hkmo(), "HK_MACAU_TRAVEL_PERMIT"), ",", (fmt_hk(hk_mobile(), ch([2, 4, 7])), "PHONE_NUMBER"), ","]
        else:
            row += [ch(["身份证", "往来港澳通行证", "护照"]), ","]
            dt = row[-2]
            if dt == "身份证":
                row += [(resident_id(), "CHINA_RESIDENT_ID_NUMBER")]
            elif dt == "往来港澳通行证":
                row += [(permit_mainland(), "HK_MACAU_TRAVEL_PERMIT")]
            else:
                row += [(passport_cn(), "CHINA_PASSPORT")]
            row += [",", (fmt_cn(cn_mobile(), ch([7, 5, 0])), "PHONE_NUMBER"), ","]
        row += [ch(["環亞物流有限公司", "同上", "深港快運(深圳)有限公司", ""]), ","]
        row += [ch(["", "司機另持 HKID " + hkid(), "免檢", "查驗 " + digits(6), "GPS 終端 SN:" + hexs(12).upper()]), "\n"]
        d.parts(*row)
    return d


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    docs = [f_sim_orders(), f_chat(), f_emails(), f_invoices(), f_forms(), f_sms(), f_family(), f_xdr(),
            f_taiwan(), f_dealer(), f_kyc(), f_delivery(), f_complaints(), f_api(), f_vehicles()]
    for dd in docs:
        dd.save(a.out)
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    counts = {}
    for lab in LABELS:
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
    for k in sorted(counts):
        print("%-26s %d" % (k, counts[k]))
    print("total", len(LABELS))


if __name__ == "__main__":
    main()
