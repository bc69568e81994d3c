#!/usr/bin/python3
"""Synthetic labelled corpus: rural and county-level services (数字乡村, 村村通,
rural broadband, agricultural e-commerce, township administration).

usage: make_corpus.py [--out DIR]     (default: the directory of this script)

Everything is generated from a fixed random seed; running twice gives identical
bytes.  All people, numbers and addresses are invented; identifiers are
generated to be structurally valid (resident IDs with real GB/T 2260 county
codes and MOD 11-2 check, CN mobiles accepted by libphonenumber, Luhn-valid
bank cards on real UnionPay/bank BINs, IMEI with Luhn, IMSI 460+real MNC,
ICCID 8986..., MEID 14 hex, passports E+8 / E+letter+7 / G+8, 往来港澳通行证
C+8 digits and the older booklet W+8 digits).

Data files
----------
01_村委会户籍花名册.csv        village-committee household roster (CSV, 组-based addresses,
                               names, sex, DOB, resident ID, phone, landlines)
02_土地承包经营权登记簿.tsv    land-contract register (TSV; parcel codes, 亩, 四至 with
                               neighbours' names, contractor ID and phone)
03_城乡居民医保养老代缴名单.csv rural medical-insurance / pension payment list with bank cards
04_帮扶台账_2023.md            poverty-alleviation follow-up ledger (markdown blocks per household)
05_农产品电商订单.jsonl        agricultural e-commerce orders shipped to villages (JSON lines)
06_宽带装机工单.log            rural broadband installation work orders (key=value log lines;
                               landmarks in addresses, PPPoE/Wi-Fi passwords, ONU MAC, IP, GPS)
07_县医院转诊单.txt            county-hospital referral slips (plain text forms)
08_村民微信群聊天记录.txt      village WeChat group export (chat lines, free text)
09_大喇叭广播稿.txt            transcribed village loudspeaker scripts (names read out)
10_电商服务站快递收发记录.csv  rural courier/e-commerce station log (masked and full phones,
                               delivery vehicle plates)
11_合作社成员名册.xml          farmers' cooperative member register (XML)
12_农民工工资发放表.csv        migrant-worker wage payment sheet (ID, bank card, phone)
13_村委会换届选举公告.txt      village election candidate notices
14_乡镇短信群发日志.json       township SMS broadcast log (JSON, recipients, delivery reports,
                               gateway API key)
15_村村通信号测试采样.csv       村村通 coverage drive-test / UE sampling (IMSI, IMEI, MEID,
                               ICCID, ECGI/CGI, lat/lng in separate fields, UE IP)
16_劳务输出出境登记.txt        labour-export registration (passports, 往来港澳通行证)

Label conventions (labels.jsonl: {"file","start","end","type"}, UTF-8 byte
offsets, end exclusive)
----------------------------------------------------------------------------
* PHONE_NUMBER: as written, including +86/0086/86 prefixes, spaces/dashes and
  full-width digits; landlines with their area code.  Service numbers (12345,
  12316, 95598, 95580, 10086, 400-..., 106... SMS sender codes) are not labelled.
* PERSON_NAME: full names of private people (villagers, cadres, doctors,
  installers, couriers, candidates in village elections, neighbours named in
  四至).  Village-election candidates are treated as private people: they are
  ordinary villagers in a notice posted locally, not public figures.  National
  public figures quoted in boilerplate (e.g. 袁隆平) are not labelled.  Partial
  names and forms of address (王大爷, 李婶, 老张, 张*, 王**) are not labelled;
  WeChat nicknames are not labelled unless they are a full real name.
* DATE_OF_BIRTH: birth dates only (fields/phrases that state a birth date).
* STREET_ADDRESS: a person's address whole, from the first place name to the
  house number or, where there is no number, to the group/自然村/landmark that
  ends the address value.  Landmarks written inside an address value
  (村口小卖部旁, 学校往上200米) are part of the label.  Village or town names on
  their own, cooperative/company/hospital addresses are not labelled.
* BANK_CARD_NUMBER as written including group spaces; masked cards not labelled.
* CREDENTIAL: value only (PPPoE and Wi-Fi passwords, API keys, access tokens).
* LOCATION_COORDINATES: "lng,lat" written as one value = one label; separate
  latitude/longitude fields = one label each.
* CELL_ID: whole CGI/ECGI string, or the value of a field named as a cell id.
* IP_ADDRESS: user/terminal addresses only, without port.
* Not labelled: masked values (138****1234, 411625********1234), order,
  waybill, transaction, work-order and task ids, pickup codes, land parcel
  codes (19 digits), contract numbers, 社保卡/医保 numbers, Unified Social
  Credit Codes, ONU serial numbers, amounts, acreage, dates other than birth
  dates, millisecond epochs, version strings, hashes, UUIDs.
"""
import hashlib
import json
import os
import random
import sys
import uuid

import phonenumbers
from stdnum.cn import ric, uscc

R = random.Random(20240527)

# ----------------------------------------------------------------- documents
LABELS = []
FILES = {}


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.spans = []

    def add(self, text, typ=None):
        b = text.encode("utf-8")
        if typ:
            self.spans.append((len(self.buf), len(self.buf) + len(b), typ, text))
        self.buf += b
        return self

    def t(self, text):
        return self.add(text)

    def nl(self):
        return self.add("\n")


def write_docs(out, docs):
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as lf:
        for d in docs:
            p = os.path.join(out, d.name)
            with open(p, "wb") as f:
                f.write(bytes(d.buf))
            with open(p, "rb") as f:
                data = f.read()
            for s, e, typ, val in d.spans:
                assert data[s:e].decode("utf-8") == val, (d.name, s, e, val)
                lf.write(json.dumps({"file": d.name, "start": s, "end": e, "type": typ},
                                    ensure_ascii=False) + "\n")


# ----------------------------------------------------------------- generators
SURNAMES = ("王王王李李李张张张刘刘陈陈杨杨黄赵赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
            "董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷"
            "侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤")
OLD_M = ["建国", "国强", "建华", "志刚", "铁柱", "德胜", "长青", "振华", "保国", "卫东", "爱民", "书文",
         "玉山", "富贵", "金宝", "守田", "满仓", "春生", "秋实", "学军", "永福", "宝山", "文明", "红旗",
         "胜利", "家富", "忠良", "老五", "二虎", "水生", "庆丰", "传宝", "广田", "有才"]
OLD_F = ["秀英", "桂兰", "玉兰", "淑珍", "凤英", "春花", "金凤", "红梅", "秀兰", "桂芝", "玉珍", "翠花",
         "素芬", "爱华", "月娥", "冬梅", "桂香", "小芳", "巧云", "彩霞", "兰英", "荷花", "美兰"]
YOUNG_M = ["浩然", "宇轩", "俊杰", "思远", "博文", "嘉豪", "子豪", "一鸣", "家乐", "明轩", "宏伟",
           "鹏飞", "晓东", "海涛", "文斌", "振宇", "天佑", "志强"]
YOUNG_F = ["子涵", "欣怡", "梓萱", "一诺", "佳怡", "雨萱", "诗琪", "梦瑶", "晓燕", "婷婷", "丽娟",
           "静怡", "雅琴", "思雨", "慧敏", "小雪"]
SINGLE = ["勇", "伟", "军", "静", "敏", "丽", "强", "磊", "芳", "刚", "兵", "艳", "娟", "涛", "平",
          "辉", "霞", "琴", "鑫", "杰"]

_used_names = set()


def pname(sex=None, young=None):
    s = R.choice(SURNAMES)
    if sex is None:
        sex = R.choice("MF")
    if young is None:
        young = R.random() < 0.4
    if R.random() < 0.18:
        g = R.choice(SINGLE)
    elif young:
        g = R.choice(YOUNG_M if sex == "M" else YOUNG_F)
    else:
        g = R.choice(OLD_M if sex == "M" else OLD_F)
    return s + g


# county: code, province, city, county, short, towns, area code, plate, centre lng/lat, group word
COUNTIES = [
    ("411625", "河南省", "周口市", "郸城县", "郸城", ["宁平镇", "汲冢镇", "巴集乡", "胡集乡", "秋渠乡"],
     "0394", "豫P", (115.18, 33.64), "组"),
    ("341221", "安徽省", "阜阳市", "临泉县", "临泉", ["杨桥镇", "谭棚镇", "老集镇", "滑集镇", "吕寨镇"],
     "0558", "皖K", (115.26, 33.06), "组"),
    ("371721", "山东省", "菏泽市", "曹县", "曹县", ["庄寨镇", "大集镇", "韩集镇", "梁堤头镇", "孙老家镇"],
     "0530", "鲁R", (115.54, 34.83), "队"),
    ("511324", "四川省", "南充市", "仪陇县", "仪陇", ["马鞍镇", "新政镇", "金城镇", "复兴镇", "日兴镇"],
     "0817", "川R", (106.30, 31.27), "社"),
    ("430524", "湖南省", "邵阳市", "隆回县", "隆回", ["六都寨镇", "桃洪镇", "荷香桥镇", "滩头镇", "金石桥镇"],
     "0739", "湘E", (111.03, 27.11), "组"),
    ("621121", "甘肃省", "定西市", "通渭县", "通渭", ["平襄镇", "马营镇", "碧玉镇", "义岗川镇", "陇阳镇"],
     "0932", "甘J", (105.24, 35.21), "社"),
    ("360731", "江西省", "赣州市", "于都县", "于都", ["贡江镇", "铁山垅镇", "盘古山镇", "禾丰镇", "银坑镇"],
     "0797", "赣B", (115.41, 25.95), "组"),
    ("130624", "河北省", "保定市", "阜平县", "阜平", ["龙泉关镇", "平阳镇", "城南庄镇", "天生桥镇", "王林口镇"],
     "0312", "冀F", (114.19, 38.85), "组"),
    ("530627", "云南省", "昭通市", "镇雄县", "镇雄", ["泼机镇", "以勒镇", "母享镇", "大湾镇", "芒部镇"],
     "0870", "云C", (104.87, 27.44), "组"),
    ("451228", "广西壮族自治区", "河池市", "都安瑶族自治县", "都安", ["安阳镇", "高岭镇", "澄江镇", "地苏镇", "拉烈镇"],
     "0778", "桂M", (108.10, 23.93), "屯"),
]
VILLAGES = ["大王庄", "小李庄", "后刘楼", "张老家", "杨湾", "石门坎", "柳树沟", "上坪", "下坝", "黄泥塘",
            "坳头", "枣树岭", "双河口", "前赵营", "桃园集", "红星", "新庄", "马家河", "龙潭", "白果树",
            "高庙", "三合", "东风", "十里铺", "孙楼", "沙窝", "卧龙", "碾盘沟", "青石板", "弄勇"]
ZIRAN = ["下湾", "后庄", "西头", "老屋场", "岭背", "对门坡", "沟口", "大坪", "小寨", "井边"]
LANDMARKS = ["村口小卖部旁", "村委会对面", "小学往东100米", "老槐树下", "水塔北边第二家", "桥头左手",
             "卫生室隔壁", "祠堂后面", "加油站往里300米", "学校往上200米", "磨坊对面", "大队部西边"]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]


def county():
    return R.choice(COUNTIES)


class Place:
    """An administrative village with a county/town context."""

    def __init__(self, c=None):
        self.c = c or county()
        self.town = R.choice(self.c[5])
        self.village = R.choice(VILLAGES) + "村"

    def group_word(self, n):
        gw = self.c[9]
        if gw == "屯":
            return R.choice(["弄", "坡", "那", "拉"]) + R.choice(["勇", "桑", "烈", "福", "板"]) + "屯"
        if gw == "社":
            return (str(n) if R.random() < 0.6 else CN_NUM[n - 1]) + "社"
        if gw == "队":
            return CN_NUM[n - 1] + "队"
        r = R.random()
        if r < 0.65:
            return CN_NUM[n - 1] + "组"
        if r < 0.85:
            return str(n) + "组"
        return "第" + CN_NUM[n - 1] + "村民组"

    def addr(self, level=None, group=None, house=True, landmark=False):
        c = self.c
        if level is None:
            level = R.choice(["full", "full", "county", "town"])
        pre = {"full": c[1] + c[2] + c[3], "county": c[3], "town": "", "city": c[2] + c[3]}[level]
        g = group or R.randint(1, 12)
        s = pre + self.town + self.village
        if R.random() < 0.15:
            s += R.choice(ZIRAN) + "自然村"
        else:
            s += self.group_word(g)
        if landmark:
            s += R.choice(LANDMARKS) + ("" if R.random() < 0.5 else "第%s户" % R.choice("一二三四"))
        elif house and R.random() < 0.8:
            s += "%d号" % R.randint(1, 68)
        return s


def dob(lo=1938, hi=2008):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def rid(c=None, birth=None, sex=None):
    code = (c or county())[0]
    y, m, d = birth or dob()
    seq = R.randint(0, 99)
    last = R.randint(0, 9)
    if sex == "M":
        last = last | 1
    elif sex == "F":
        last = last & ~1
    body = "%s%04d%02d%02d%02d%d" % (code, y, m, d, seq, last)
    n = body + ric.calc_check_digit(body + "0")
    ric.validate(n)
    if n.endswith("X") and R.random() < 0.2:
        n = n[:-1] + "x"
    return n


def rid15(c, birth):
    y, m, d = birth
    return "%s%02d%02d%02d%03d" % (c[0], y % 100, m, d, R.randint(1, 999))


MOB_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
           "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "184", "185", "186",
           "187", "188", "189", "177", "176", "173", "166", "199", "198", "191", "147", "178", "175", "195"]


def mobile():
    while True:
        n = R.choice(MOB_PRE) + "%08d" % R.randint(0, 99999999)
        p = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_mob(n, style=None):
    if style is None:
        style = R.choices(["plain", "sp", "dash", "+86", "+86sp", "0086", "86", "fw"],
                          [55, 10, 8, 8, 6, 4, 4, 5])[0]
    if style == "plain":
        return n
    if style == "sp":
        return "%s %s %s" % (n[:3], n[3:7], n[7:])
    if style == "dash":
        return "%s-%s-%s" % (n[:3], n[3:7], n[7:])
    if style == "+86":
        return "+86" + n
    if style == "+86sp":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if style == "0086":
        return "0086-" + n if R.random() < 0.5 else "0086" + n
    if style == "86":
        return "86-" + n if R.random() < 0.5 else "86" + n
    if style == "fw":
        return n.translate(FW)
    return n


def masked_mob():
    n = mobile()
    return n[:3] + "****" + n[7:]


def landline(c):
    ac = c[6]
    k = 7 if len(ac) == 4 else 8
    num = str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(k - 1))
    sep = R.choice(["-", "-", "", " "])
    return ac + sep + num


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


BANKS = [("中国农业银行", "622848", 19), ("中国邮政储蓄银行", "621799", 19), ("中国邮政储蓄银行", "622188", 19),
         ("中国建设银行", "621700", 19), ("中国工商银行", "622202", 19), ("中国工商银行", "621226", 19),
         ("中国农业银行", "623052", 19), ("农村信用社", "621779", 19), ("中国银行", "621661", 19),
         ("招商银行", "621483", 16), ("中国农业银行", "622845", 19)]


def bank():
    name, bn, ln = R.choice(BANKS)
    body = bn + "".join(str(R.randint(0, 9)) for _ in range(ln - len(bn) - 1))
    return name, body + luhn_digit(body)


def fmt_card(n, style=None):
    if style is None:
        style = R.choices(["plain", "sp4", "sp6"], [70, 25, 5])[0]
    if style == "sp4":
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if style == "sp6":
        return n[:6] + " " + n[6:]
    return n


def masked_card(n):
    return n[:4] + " **** **** " + n[-4:] if R.random() < 0.5 else n[:6] + "*" * (len(n) - 10) + n[-4:]


def masked_id(n):
    return n[:6] + "********" + n[-4:] if R.random() < 0.6 else n[:3] + "*" * 11 + n[-4:]


def fmt_date(y, m, d, style=None):
    style = style or R.choice(["-", "/", "cn", "dot", "compact"])
    if style == "-":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "/":
        return "%04d/%d/%d" % (y, m, d)
    if style == "cn":
        return "%d年%d月%d日" % (y, m, d)
    if style == "dot":
        return "%04d.%02d.%02d" % (y, m, d)
    return "%04d%02d%02d" % (y, m, d)


TACS = ["86891104", "86754803", "86012604", "35332811", "86959503", "86441704", "86176205",
        "35899810", "86603304", "86824205"]


def imei():
    body = R.choice(TACS) + "%06d" % R.randint(0, 999999)
    return body + luhn_digit(body)


MNCS = ["00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11", "15", "20"]


def imsi(mnc=None):
    return "460" + (mnc or R.choice(MNCS)) + "%010d" % R.randint(0, 9999999999)


def iccid(op=None):
    op = op or R.choice(["00", "01", "03", "11", "02", "07"])
    body = "8986" + op + "".join(str(R.randint(0, 9)) for _ in range(13))
    n = body + luhn_digit(body)
    if op in ("03", "11") and R.random() < 0.3:
        n = n[:-1] + R.choice("FAB")
    return n


def meid():
    h = "A0000" if R.random() < 0.5 else "A1000"
    s = h + "".join(R.choice("0123456789ABCDEF") for _ in range(9))
    return s if R.random() < 0.75 else s.lower()


OUIS = ["00:1E:10", "38:22:D6", "98:00:6A", "F4:B8:A7", "E0:24:7F", "34:CE:00", "C8:3A:35",
        "64:3E:8C", "CC:B2:55", "D0:60:8C"]


def mac(style=None):
    o = R.choice(OUIS).replace(":", "")
    raw = o + "".join(R.choice("0123456789ABCDEF") for _ in range(6))
    style = style or R.choice([":", ":", "-", "hw", ":l"])
    if style == ":":
        return ":".join(raw[i:i + 2] for i in range(0, 12, 2))
    if style == ":l":
        return ":".join(raw[i:i + 2] for i in range(0, 12, 2)).lower()
    if style == "-":
        return "-".join(raw[i:i + 2] for i in range(0, 12, 2))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4)).lower()


def pub_ip():
    a = R.choice([113, 123, 223, 27, 36, 39, 112, 117, 120, 171, 182, 218, 222, 106, 111])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def cgnat_ip():
    return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))


def coord(c, spread=0.18):
    lng = c[8][0] + R.uniform(-spread, spread)
    lat = c[8][1] + R.uniform(-spread, spread)
    return round(lng, R.choice([5, 6])), round(lat, R.choice([5, 6]))


PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(c, dot=None):
    pre = c[7]
    r = R.random()
    if r < 0.2:
        tail = R.choice("DF") + "%05d" % R.randint(0, 99999)
    else:
        chars = [R.choice("0123456789") for _ in range(5)]
        for k in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[k] = R.choice(PLATE_L)
        tail = "".join(chars)
    if dot is None:
        dot = R.random() < 0.3
    return pre + ("·" if dot else "") + tail


def passport():
    r = R.random()
    if r < 0.55:
        return "E" + "%08d" % R.randint(0, 99999999)
    if r < 0.85:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % R.randint(0, 9999999)
    return "G" + "%08d" % R.randint(10000000, 99999999)


def hkmo_permit():
    if R.random() < 0.8:
        return "C" + "%08d" % R.randint(0, 99999999)
    return "W" + "%08d" % R.randint(0, 99999999)


def make_uscc(c, kind="93"):
    org = "MA" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    body = kind + c[0] + org
    for ch in "0123456789ABCDEFGHJKLMNPQRTUWXY":
        try:
            cand = body + ch
            uscc.validate(cand)
            return cand
        except Exception:
            continue
    raise RuntimeError("uscc")


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ms_epoch(day_offset=0):
    return 1711900800000 + day_offset * 86400000 + R.randint(0, 86399999)


def ts_str(epoch_ms):
    import datetime
    t = datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=epoch_ms + 8 * 3600000)
    return t


CROPS = ["小麦", "玉米", "花生", "红薯", "大豆", "芝麻", "辣椒", "大蒜", "山药", "土豆", "苹果", "猕猴桃",
         "脐橙", "茶叶", "香菇", "木耳", "核桃", "花椒", "蜂蜜", "土鸡蛋", "腊肉", "粉条", "小米", "黄花菜"]


# =================================================================== files
def f01_roster():
    d = Doc("01_村委会户籍花名册.csv")
    c = COUNTIES[0]
    p = Place(c)
    p.town = "宁平镇"
    p.village = "大王庄村"
    d.t("# %s%s%s 户籍人口花名册（村委会留存，2024年3月更新）\n" % (c[3], p.town, p.village))
    d.t("# 统计口径：户籍人口；外出务工人员备注栏注明；联系电话以户主为准\n")
    d.t("序号,组别,户号,户主姓名,姓名,与户主关系,性别,民族,出生日期,公民身份号码,联系电话,家庭住址,备注\n")
    seq = 1
    for h in range(16):
        g = R.randint(1, 9)
        hid = "41162510%03d%04d" % (R.randint(1, 20), R.randint(1, 800))
        head_sex = "M" if R.random() < 0.85 else "F"
        head = pname(head_sex, young=False)
        surname = head[0]
        addr = p.addr(level=R.choice(["full", "county", "town"]), group=g)
        phone = mobile()
        tel_str = fmt_mob(phone, R.choice(["plain", "plain", "plain", "sp", "dash"]))
        hb = dob(1945, 1975)
        members = [("户主", head, head_sex, hb)]
        if R.random() < 0.85:
            members.append(("配偶", pname("F" if head_sex == "M" else "M", False), "F" if head_sex == "M" else "M",
                            (hb[0] + R.randint(-3, 3), R.randint(1, 12), R.randint(1, 28))))
        for _ in range(R.randint(0, 3)):
            sx = R.choice("MF")
            nm = surname + R.choice(YOUNG_M if sx == "M" else YOUNG_F) if R.random() < 0.8 else pname(sx, True)
            members.append(("子" if sx == "M" else "女", nm, sx, (hb[0] + R.randint(20, 30), R.randint(1, 12), R.randint(1, 28))))
        if R.random() < 0.3:
            sx = R.choice("MF")
            members.append(("孙子" if sx == "M" else "孙女", surname + R.choice(YOUNG_M if sx == "M" else YOUNG_F), sx,
                            (R.randint(2008, 2019), R.randint(1, 12), R.randint(1, 28))))
        for i, (rel, nm, sx, b) in enumerate(members):
            b = (min(b[0], 2021), b[1], b[2])
            d.t("%d,%s,%s," % (seq, CN_NUM[g - 1] + "组", hid))
            d.add(head, "PERSON_NAME").t(",")
            d.add(nm, "PERSON_NAME").t(",%s,%s,%s," % (rel, "男" if sx == "M" else "女", R.choice(["汉", "汉", "汉", "回"])))
            d.add(fmt_date(*b, style=R.choice(["-", "/", "dot", "compact"])), "DATE_OF_BIRTH").t(",")
            if b[0] < 1950 and R.random() < 0.3:
                d.add(rid15(c, b), "CHINA_RESIDENT_ID_NUMBER")
            elif R.random() < 0.06:
                d.t(masked_id(rid(c, b, sx)))
            else:
                d.add(rid(c, b, sx), "CHINA_RESIDENT_ID_NUMBER")
            d.t(",")
            if i == 0:
                d.add(tel_str, "PHONE_NUMBER")
                if R.random() < 0.2:
                    d.t("/").add(landline(c), "PHONE_NUMBER")
            elif rel in ("子", "女") and R.random() < 0.4:
                d.add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER")
            d.t(",")
            if i == 0:
                d.add(addr, "STREET_ADDRESS")
            else:
                d.t("同户主")
            note = ""
            if rel in ("子", "女") and R.random() < 0.5:
                note = R.choice(["外出务工（浙江义乌）", "外出务工 广东东莞", "在读", "参军", "嫁出未迁户口"])
            elif i == 0 and R.random() < 0.2:
                note = R.choice(["低保户", "脱贫户（监测）", "五保", "残疾人（肢体三级）"])
            d.t(",%s\n" % note)
            seq += 1
    d.t("# 合计户数 16 户；本表仅供村委会内部使用，严禁外传。编制：村会计 ")
    d.add(pname("M", False), "PERSON_NAME").t("  审核：村支书 ").add(pname("M", False), "PERSON_NAME").t("\n")
    return d


def f02_land():
    d = Doc("02_土地承包经营权登记簿.tsv")
    c = COUNTIES[3]
    d.t("发包方编码\t承包方编码\t承包方代表\t证件号码\t联系电话\t承包方地址\t地块编码\t地块名称\t"
        "实测面积(亩)\t合同面积(亩)\t土地用途\t四至(东/南/西/北)\t承包期限\t合同编号\n")
    for _ in range(32):
        p = Place(c)
        fb = "511324" + "%03d%03d%02d" % (R.randint(100, 130), R.randint(1, 40), R.randint(1, 12))
        cb = fb + "%04d" % R.randint(1, 300)
        nm = pname("M" if R.random() < 0.8 else "F", False)
        d.t(fb + "\t" + cb + "\t").add(nm, "PERSON_NAME").t("\t")
        d.add(rid(c, dob(1940, 1980)), "CHINA_RESIDENT_ID_NUMBER").t("\t")
        if R.random() < 0.85:
            d.add(fmt_mob(mobile(), R.choice(["plain", "plain", "sp"])), "PHONE_NUMBER")
        d.t("\t").add(p.addr(level=R.choice(["full", "county", "city"])), "STREET_ADDRESS").t("\t")
        parcel = fb + R.choice("123") + "%04d" % R.randint(1, 9999)
        d.t(parcel + "\t" + R.choice(["坡地", "河坝田", "大田", "冲田", "旱地", "松林湾", "屋后坎", "梯田"]) + "\t")
        area = round(R.uniform(0.3, 3.5), 2)
        d.t("%.2f\t%.2f\t%s\t" % (area, round(area * R.uniform(0.85, 1.0), 2), R.choice(["种植业", "种植业", "林业", "养殖水面"])))
        for k, dirw in enumerate(["东", "南", "西", "北"]):
            if k:
                d.t("/")
            r = R.random()
            if r < 0.45:
                d.add(pname(R.choice("MF"), False), "PERSON_NAME")
            else:
                d.t(R.choice(["机耕道", "沟", "集体林", "水渠", "田坎", "村道", "河", "荒坡"]))
        d.t("\t1998-12-31至2028-12-31\t")
        d.t("SC%s%04d\n" % (fb[:12], R.randint(1, 9999)))
    return d


def f03_insurance():
    d = Doc("03_城乡居民医保养老代缴名单.csv")
    c = COUNTIES[1]
    d.t("\ufeff序号,姓名,公民身份号码,险种,缴费档次,个人缴费(元),政府代缴(元),扣款银行,扣款卡号,手机号码,所属组,社保卡号,缴费状态,扣款时间\n")
    for i in range(1, 46):
        p = Place(c)
        sx = R.choice("MF")
        nm = pname(sx)
        b = dob(1940, 2005)
        d.t("%d," % i).add(nm, "PERSON_NAME").t(",")
        if R.random() < 0.07:
            d.t(masked_id(rid(c, b, sx)))
        else:
            d.add(rid(c, b, sx), "CHINA_RESIDENT_ID_NUMBER")
        kind = R.choice(["城乡居民医保", "城乡居民医保", "城乡居民养老", "新农合"])
        lvl = "380元" if "医保" in kind or kind == "新农合" else R.choice(["200元档", "300元档", "500元档", "100元档"])
        gov = R.choice(["0", "0", "100", "380"])
        bk, card = bank()
        d.t(",%s,%s,%s,%s,%s," % (kind, lvl, R.choice(["380", "350", "200", "300"]), gov, bk))
        if R.random() < 0.1:
            d.t(masked_card(card))
        else:
            d.add(fmt_card(card), "BANK_CARD_NUMBER")
        d.t(",")
        r = R.random()
        if r < 0.75:
            d.add(fmt_mob(mobile(), R.choice(["plain", "plain", "sp", "dash"])), "PHONE_NUMBER")
        elif r < 0.85:
            d.t(masked_mob())
        d.t(",%s,%s,%s,2024-%02d-%02d %02d:%02d:%02d\n" % (
            p.group_word(R.randint(1, 10)), "A" + "%08d" % R.randint(10000000, 99999999),
            R.choice(["扣款成功", "扣款成功", "扣款成功", "余额不足", "卡号错误"]),
            R.randint(1, 3), R.randint(1, 28), R.randint(8, 17), R.randint(0, 59), R.randint(0, 59)))
    d.t("合计,,,,,,,,,,,,,\n")
    d.t("注：扣款失败人员请于3月31日前到村便民服务点或邮储银行网点现金缴纳，咨询电话12345、95580。\n")
    return d


def f04_bangfu():
    d = Doc("04_帮扶台账_2023.md")
    c = COUNTIES[5]
    d.t("# %s%s 脱贫户/监测户帮扶台账（2023年度）\n\n" % (c[3], "马营镇"))
    d.t("> 数据来源：全国防返贫监测信息系统导出（v3.2.1），镇级汇总后由驻村工作队补录。\n\n")
    for k in range(14):
        p = Place(c)
        p.town = "马营镇"
        hsx = "M" if R.random() < 0.8 else "F"
        head = pname(hsx, False)
        hb = dob(1948, 1978)
        d.t("## 户%02d  户编号 %s\n\n" % (k + 1, "6211210%011d" % R.randint(0, 99999999999)))
        d.t("- 户主：").add(head, "PERSON_NAME").t("（%s，" % ("男" if hsx == "M" else "女"))
        d.t("出生于").add(fmt_date(*hb, style=R.choice(["cn", "-"])), "DATE_OF_BIRTH").t("）\n")
        d.t("- 身份证号：").add(rid(c, hb, hsx), "CHINA_RESIDENT_ID_NUMBER").t("\n")
        d.t("- 家庭住址：").add(p.addr(level=R.choice(["full", "county", "town"]), house=R.random() < 0.5), "STREET_ADDRESS").t("\n")
        d.t("- 联系电话：").add(fmt_mob(mobile(), R.choice(["plain", "sp", "dash", "plain"])), "PHONE_NUMBER").t("\n")
        d.t("- 户类型：%s；人口 %d 人；2023年人均纯收入 %d 元（2022年 %d 元）\n" % (
            R.choice(["脱贫户", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户"]), R.randint(2, 6),
            R.randint(7800, 16000), R.randint(6500, 14000)))
        d.t("- 家庭成员：\n\n| 姓名 | 关系 | 出生日期 | 健康状况 | 就业情况 |\n|---|---|---|---|---|\n")
        rels = ["配偶"] + R.sample(["长子", "次子", "长女", "孙子", "母亲"], R.randint(0, 3))
        for rel in rels:
            if rel == "配偶":
                sx = "F" if hsx == "M" else "M"
                nm = pname(sx, False)
                b = (hb[0] + R.randint(-3, 3), R.randint(1, 12), R.randint(1, 28))
            elif rel == "母亲":
                sx = "F"
                nm = pname("F", False)
                b = (hb[0] - R.randint(20, 28), R.randint(1, 12), R.randint(1, 28))
            else:
                sx = "F" if rel == "长女" else "M"
                nm = head[0] + R.choice(YOUNG_M if sx == "M" else YOUNG_F)
                b = (min(hb[0] + R.randint(21, 30) + (22 if rel == "孙子" else 0), 2020), R.randint(1, 12), R.randint(1, 28))
            d.t("| ").add(nm, "PERSON_NAME").t(" | %s | " % rel)
            d.add(fmt_date(*b, style=R.choice(["-", "dot", "/"])), "DATE_OF_BIRTH")
            d.t(" | %s | %s |\n" % (R.choice(["健康", "健康", "长期慢性病", "残疾"]),
                                    R.choice(["在校生", "省外务工", "县内务工", "务农", "公益性岗位", "无"])))
        cadre = pname(R.choice("MF"), True)
        d.t("\n- 帮扶责任人：").add(cadre, "PERSON_NAME").t("（%s）  电话 " % R.choice(
            ["县农业农村局", "县医保局", "县供电公司", "镇政府", "县人社局", "驻村工作队"]))
        d.add(fmt_mob(mobile(), R.choice(["plain", "dash"])), "PHONE_NUMBER").t("\n")
        d.t("- 帮扶措施：%s；%s\n" % (R.choice(["产业奖补（养殖肉羊%d只）" % R.randint(3, 20), "马铃薯种植奖补%.1f亩" % R.uniform(2, 8),
                                         "小额信贷5万元（贴息）", "光伏收益分配"]),
                                        R.choice(["雨露计划", "公益性岗位（护林员）", "医疗救助", "危房改造", "稳岗补贴"])))
        if R.random() < 0.5:
            bk, card = bank()
            d.t("- 补贴发放账户：%s " % bk).add(fmt_card(card, R.choice(["plain", "sp4"])), "BANK_CARD_NUMBER").t("\n")
        d.t("- 走访记录：%s 第%d次入户，核实%s。\n\n" % (fmt_date(2023, R.randint(1, 12), R.randint(1, 28), "-"),
                                              R.randint(1, 12), R.choice(["务工收入", "产业收入", "两不愁三保障", "饮水安全"])))
    return d


def f05_orders():
    d = Doc("05_农产品电商订单.jsonl")
    shops = []
    for _ in range(6):
        c = county()
        shops.append((c[4] + R.choice(["绿源", "丰收", "山里红", "农家乐", "金穗"]) + R.choice(CROPS[:12]) + "种植专业合作社",
                      make_uscc(c)))
    for i in range(46):
        c = county()
        p = Place(c)
        ep = ms_epoch(i // 4)
        shop, code = R.choice(shops)
        crop = R.choice(CROPS)
        qty = R.randint(1, 5)
        price = round(R.uniform(9.9, 128), 1)
        rn = pname()
        d.t('{"order_id":"%s","created_ms":%d,"shop":{"name":"%s","uscc":"%s"},' % (
            "%d%06d" % (ep // 1000, R.randint(0, 999999)), ep, shop, code))
        d.t('"buyer":{"uid":%d,"nick":"%s"' % (R.randint(10000000, 99999999),
                                               R.choice(["开心就好", "山里人家", "fly_%d" % R.randint(1, 999), "小鱼儿", "阳光", "A乐乐"])))
        if R.random() < 0.25:
            d.t(',"email":"').add(R.choice(["%d@qq.com" % R.randint(100000000, 3999999999),
                                            "%s%d@163.com" % (R.choice(["wang", "li", "zhang", "nongjia", "xiaomai"]), R.randint(1, 9999))]),
                                  "EMAIL_ADDRESS").t('"')
        d.t('},"receiver":{"name":"').add(rn, "PERSON_NAME").t('","phone":"')
        d.add(fmt_mob(mobile(), R.choice(["plain", "plain", "plain", "+86", "sp"])), "PHONE_NUMBER").t('",')
        if R.random() < 0.5:
            d.t('"province":"%s","city":"%s","district":"%s","detail":"' % (c[1], c[2], c[3]))
            d.add(p.addr(level="town", landmark=R.random() < 0.2), "STREET_ADDRESS").t('"},')
        else:
            d.t('"address":"').add(p.addr(level="full", landmark=R.random() < 0.15), "STREET_ADDRESS").t('"},')
        d.t('"items":[{"sku":"SKU%s","title":"%s%s %dkg装","qty":%d,"price":%.1f}],' % (
            hexs(8, True), c[4], crop, R.choice([1, 2, 5, 10]), qty, price))
        d.t('"total":%.2f,"pay":{"channel":"%s","txn_id":"%s"},' % (
            qty * price, R.choice(["wxpay", "alipay", "unionpay"]), "4200%018d" % R.randint(0, 10 ** 18 - 1)))
        d.t('"logistics":{"company":"%s","waybill":"%s"},' % (
            R.choice(["中国邮政", "中通", "韵达", "极兔"]), R.choice(["9%012d", "7%014d", "JT%013d"]) % R.randint(0, 10 ** 12)))
        d.t('"client":{"ip":"').add(pub_ip(), "IP_ADDRESS").t('","app_ver":"%s"}' % R.choice(["5.12.3", "6.0.1", "4.8.10"]))
        d.t("}\n")
    return d


def f06_broadband():
    d = Doc("06_宽带装机工单.log")
    c = COUNTIES[4]
    installers = [(pname("M", True), mobile()) for _ in range(6)]
    for i in range(26):
        p = Place(c)
        ep = ms_epoch(i // 3)
        t = ts_str(ep)
        wo = "GD%s%06d" % (t.strftime("%Y%m%d"), R.randint(0, 999999))
        lvl = "INFO" if R.random() < 0.9 else "WARN"
        d.t("%s.%03d %s [wo-dispatch] wo=%s type=%s " % (t.strftime("%Y-%m-%d %H:%M:%S"), ep % 1000, lvl, wo,
                                                         R.choice(["新装FTTH", "新装FTTH", "移机", "故障维修", "提速"])))
        d.t("cust=").add(pname(), "PERSON_NAME").t(" tel=").add(fmt_mob(mobile(), R.choice(["plain", "plain", "dash"])), "PHONE_NUMBER")
        d.t(' addr="').add(p.addr(level=R.choice(["county", "town"]), landmark=R.random() < 0.55), "STREET_ADDRESS").t('"')
        d.t(" pkg=%s\n" % R.choice(["乡村振兴宽带100M-39元", "融合套餐199", "300M+IPTV", "1000M千兆"]))
        ins, imob = R.choice(installers)
        d.t("%s.%03d INFO [wo-install] wo=%s installer=" % (t.strftime("%Y-%m-%d %H:%M:%S"), (ep + 371) % 1000, wo))
        d.add(ins, "PERSON_NAME").t("(").add(imob, "PHONE_NUMBER").t(") olt=OLT-%s-%s-%02d pon=0/%d/%d onu_sn=%s onu_mac=" % (
            "LH", R.choice(["LDZ", "TH", "HXQ", "TT"]), R.randint(1, 4), R.randint(1, 16), R.randint(1, 64),
            R.choice(["ZTEG", "HWTC", "FHTT"]) + hexs(8, True)))
        d.add(mac(), "MAC_ADDRESS").t(" gps=")
        lng, lat = coord(c)
        d.add("%s,%s" % (lng, lat), "LOCATION_COORDINATES").t("\n")
        d.t("%s.%03d INFO [aaa] wo=%s pppoe_user=lh%s@hn " % (t.strftime("%Y-%m-%d %H:%M:%S"), (ep + 912) % 1000, wo,
                                                            "%08d" % R.randint(0, 99999999)))
        d.t("pppoe_pwd=").add("%06d" % R.randint(0, 999999) if R.random() < 0.6 else R.choice(["lh", "hn", "wj"]) + "%06d" % R.randint(0, 999999), "CREDENTIAL")
        d.t(" wan_ip=").add(R.choice([pub_ip, cgnat_ip])(), "IP_ADDRESS").t(" vlan=%d\n" % R.randint(100, 4000))
        if R.random() < 0.6:
            nm = pname()
            d.t("%s.%03d INFO [wo-close] wo=%s wifi_ssid=ChinaNet-%s wifi_key=" % (
                t.strftime("%Y-%m-%d %H:%M:%S"), (ep + 5000) % 1000, wo, hexs(4, True)))
            d.add(R.choice(["%s%d" % (R.choice(["wang", "li", "zhang", "liu", "chen"]), R.randint(1960, 2010)),
                            "%08d" % R.randint(0, 99999999), "%s@%d" % (R.choice(["jia", "home", "hn"]), R.randint(100, 999))]),
                  "CREDENTIAL")
            d.t(" satisfaction=%d signer=" % R.randint(3, 5)).add(nm, "PERSON_NAME").t(" duration_ms=%d\n" % R.randint(600000, 9000000))
        else:
            d.t("%s.%03d WARN [wo-pending] wo=%s reason=\"%s\" callback=10000\n" % (
                t.strftime("%Y-%m-%d %H:%M:%S"), (ep + 7000) % 1000, wo,
                R.choice(["用户不在家，已电话约明天上午", "入户光缆需跨路，待村委协调", "分光器端口满"])))
    return d


def f07_referral():
    d = Doc("07_县医院转诊单.txt")
    hospitals = ["于都县人民医院", "于都县中医院", "赣州市人民医院", "赣南医学院第一附属医院"]
    c = COUNTIES[6]
    for k in range(12):
        p = Place(c)
        sx = R.choice("MF")
        b = dob(1940, 2015)
        d.t("=" * 40 + "\n")
        d.t("        江西省基层医疗机构双向转诊单（存根）\n")
        d.t("转诊单号：ZZ%s%05d        日期：2024年%d月%d日\n" % ("2024", R.randint(0, 99999), R.randint(1, 5), R.randint(1, 28)))
        d.t("患者姓名：").add(pname(sx), "PERSON_NAME").t("    性别：%s    " % ("男" if sx == "M" else "女"))
        d.t("出生日期：").add(fmt_date(*b, style=R.choice(["cn", "-"])), "DATE_OF_BIRTH").t("    年龄：%d岁\n" % (2024 - b[0]))
        d.t("身份证号：").add(rid(c, b, sx), "CHINA_RESIDENT_ID_NUMBER").t("   医保编号：36073%s\n" % ("%010d" % R.randint(0, 10 ** 10)))
        d.t("家庭住址：").add(p.addr(level=R.choice(["county", "town", "full"])), "STREET_ADDRESS").t("\n")
        d.t("联系电话：").add(fmt_mob(mobile(), R.choice(["plain", "sp"])), "PHONE_NUMBER")
        d.t("   家属：").add(pname(), "PERSON_NAME").t("（%s）" % R.choice(["儿子", "女儿", "配偶", "儿媳"]))
        d.add(fmt_mob(mobile(), "plain") if R.random() < 0.8 else landline(c), "PHONE_NUMBER").t("\n")
        d.t("转出单位：于都县%s卫生院        转入单位：%s\n" % (p.town, R.choice(hospitals)))
        d.t("初步诊断：%s\n" % R.choice(["2型糖尿病伴周围神经病变", "慢性阻塞性肺疾病急性加重", "右股骨颈骨折",
                                          "高血压3级（极高危）", "脑梗死（恢复期）", "急性阑尾炎", "妊娠期高血压"]))
        d.t("转诊原因：基层无相关检查/治疗条件，血压 %d/%d mmHg，空腹血糖 %.1f mmol/L\n" % (
            R.randint(120, 200), R.randint(70, 120), R.uniform(4.5, 16.0)))
        d.t("转诊医生：").add(pname(), "PERSON_NAME").t("   医生电话：").add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER")
        d.t("   医院总机：12320\n")
        d.t("备注：已电话预约，请于24小时内就诊；本单一式三联。\n")
    d.t("=" * 40 + "\n")
    return d


def f08_wechat():
    d = Doc("08_村民微信群聊天记录.txt")
    c = COUNTIES[2]
    d.t("微信群“庄寨镇桃园集村村民群（412人）”聊天记录导出\n导出时间：2024-04-18 21:07\n\n")
    nicks = ["桃园集村委会", "村会计-老孙", "阳光总在风雨后", "静待花开", "曹县木艺-小刘", "A桃园集快递点", "平安是福",
             "二队-张", "卖桃子的小王", "荷花", "驻村第一书记", "跑长途的"]
    for k in range(70):
        d.t("%s 2024-04-%02d %02d:%02d:%02d\n" % (R.choice(nicks), 10 + k // 10, 7 + (k % 10) * 1, (k * 7) % 60, R.randint(0, 59)))
        r = R.randint(0, 11)
        if r == 0:
            d.t("@所有人 今天下午2点在村委会大院发放种粮补贴明细，名单如下：")
            for j in range(R.randint(3, 6)):
                if j:
                    d.t("、")
                d.add(pname(), "PERSON_NAME")
            d.t("，请本人带身份证来签字。\n")
        elif r == 1:
            d.t("谁的车 ").add(plate(c), "CHINA_LICENSE_PLATE").t(" 停在路口挡住收麦的了，快挪一下\n")
        elif r == 2:
            d.t("我家宽带又断了，装机师傅电话多少？\n")
        elif r == 3:
            d.t("装宽带找").add(pname("M", True), "PERSON_NAME").t("，电话").add(fmt_mob(mobile()), "PHONE_NUMBER").t(" 或者打10000\n")
        elif r == 4:
            nm = pname()
            d.t("帮忙查一下 ").add(nm, "PERSON_NAME").t(" 的医保交上没有，身份证 ").add(rid(c), "CHINA_RESIDENT_ID_NUMBER").t("\n")
        elif r == 5:
            d.t("种粮补贴打到哪张卡上了？我这张是 ").add(fmt_card(bank()[1], R.choice(["plain", "sp4"])), "BANK_CARD_NUMBER")
            d.t(" 一直没到账\n")
        elif r == 6:
            d.t("[图片] 收到，请大家不要在群里发身份证号和银行卡号！有问题私聊村会计 ").add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER").t("\n")
        elif r == 7:
            p = Place(c)
            p.town = "庄寨镇"
            p.village = "桃园集村"
            d.t("有快递放错了，收件人").add(pname(), "PERSON_NAME").t("，地址写的").add(p.addr(level="town"), "STREET_ADDRESS")
            d.t("，手机尾号%04d，在快递点\n" % R.randint(0, 9999))
        elif r == 8:
            d.t("收桃子了！一斤1.2元，联系").add(fmt_mob(mobile(), R.choice(["sp", "dash", "fw"])), "PHONE_NUMBER").t(" 上门收\n")
        elif r == 9:
            d.t("王大爷家的羊跑出来了，在二队麦地里，谁认识的说一声\n")
        elif r == 10:
            d.t("[转账] 收到 50.00 元 交易单号 %s\n" % ("1000%d" % R.randint(10 ** 20, 10 ** 21)))
        else:
            d.t("明天上午停电，%s，供电所电话95598\n" % R.choice(["8点到下午5点", "线路检修", "更换变压器"]))
    return d


def f09_loudspeaker():
    d = Doc("09_大喇叭广播稿.txt")
    c = COUNTIES[7]
    for k in range(8):
        d.t("【广播稿 %d】%s  播音：" % (k + 1, fmt_date(2024, R.randint(1, 6), R.randint(1, 28), "cn")))
        d.add(pname(), "PERSON_NAME").t("（语音转写，已人工校对）\n")
        kind = k % 4
        if kind == 0:
            d.t("各位村民注意了，各位村民注意了！2024年度城乡居民医保还没交的抓紧交了啊，截止到本月底。"
                "现在念一下还没交的：")
            for g in range(R.randint(2, 3)):
                d.t("%s组，" % CN_NUM[R.randint(0, 7)])
                for j in range(R.randint(3, 6)):
                    if j:
                        d.t("，")
                    d.add(pname(), "PERSON_NAME")
                d.t("；")
            d.t("有困难的找村会计").add(pname(), "PERSON_NAME").t("，电话").add(fmt_mob(mobile(), R.choice(["plain", "sp"])), "PHONE_NUMBER")
            d.t("，我再念一遍电话……\n\n")
        elif kind == 1:
            d.t("通知一下，耕地地力保护补贴已经打到一卡通上了，每亩%.2f元。下面这几户的卡号有问题没打进去：" % R.uniform(90, 130))
            for j in range(R.randint(3, 5)):
                if j:
                    d.t("、")
                d.add(pname(), "PERSON_NAME")
            d.t("，请带上户口本和一卡通到村委会重新登记。学习袁隆平精神，种好咱的粮！\n\n")
        elif kind == 2:
            p = Place(c)
            p.town = "城南庄镇"
            d.t("寻人启事！")
            d.add(p.addr(level="town"), "STREET_ADDRESS").t("的").add(pname("M", False), "PERSON_NAME")
            d.t("老人，今年%d岁，早上出门到现在没回来，穿蓝色褂子。看到的请联系他儿子" % R.randint(70, 88))
            d.add(pname("M", True), "PERSON_NAME").t("，电话").add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER").t("。\n\n")
        else:
            d.t("防汛通知：今晚有大到暴雨，住在河边、山脚的人家注意转移。包片干部：")
            for j in range(R.randint(2, 4)):
                if j:
                    d.t("；")
                d.add(pname(), "PERSON_NAME").t("负责%s组，电话" % CN_NUM[R.randint(0, 8)]).add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER")
            d.t("。紧急情况拨打119或者12345。\n\n")
    return d


def f10_courier():
    d = Doc("10_电商服务站快递收发记录.csv")
    c = COUNTIES[0]
    d.t("站点编码:HN-DC-JZ-0137 站点:汲冢镇邮乐购服务站 导出:2024-05-06\n")
    d.t("运单号,快递公司,取件码,收件人,收件人手机,入库时间,出库时间,签收方式,签收人,派送车辆,代收金额,备注\n")
    couriers = [plate(c) for _ in range(4)]
    for i in range(70):
        t = ts_str(ms_epoch(i // 10 + 30))
        d.t("%s,%s,%d-%d-%04d," % (R.choice(["YT%013d", "75%012d", "JT%013d", "SF%012d", "98%011d"]) % R.randint(0, 10 ** 11),
                                    R.choice(["圆通", "中通", "极兔", "顺丰", "邮政"]), R.randint(1, 9), R.randint(1, 6), R.randint(0, 9999)))
        r = R.random()
        if r < 0.55:
            d.add(pname(), "PERSON_NAME")
        elif r < 0.8:
            nm = pname()
            d.t(nm[0] + ("*" if len(nm) == 2 else "**"))
        else:
            d.t(R.choice(["小芳", "李姐", "老王", "宝妈", "先生"]))
        d.t(",")
        if R.random() < 0.5:
            d.t(masked_mob())
        else:
            d.add(fmt_mob(mobile(), R.choice(["plain", "plain", "sp"])), "PHONE_NUMBER")
        d.t(",%s," % t.strftime("%Y-%m-%d %H:%M"))
        if R.random() < 0.8:
            t2 = ts_str(ms_epoch(i // 10 + 31))
            sm = R.choice(["本人签收", "代签", "送货上门", "送货上门"])
            d.t("%s,%s," % (t2.strftime("%Y-%m-%d %H:%M"), sm))
            if sm == "代签":
                d.add(pname(), "PERSON_NAME")
            elif sm == "送货上门" and R.random() < 0.5:
                d.t("家人")
            d.t(",")
            if sm == "送货上门":
                d.add(R.choice(couriers), "CHINA_LICENSE_PLATE")
        else:
            d.t(",滞留,,")
        d.t(",%s,%s\n" % (R.choice(["0", "0", "0", "39.90", "128.00"]),
                          R.choice(["", "", "化肥", "种子", "生鲜冷链", "电话未接"])))
    return d


def f11_coop():
    d = Doc("11_合作社成员名册.xml")
    c = COUNTIES[8]
    code = make_uscc(c)
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    d.t('<cooperative name="镇雄县母享镇天麻种植专业合作社" uscc="%s" registered="2017-06-12">\n' % code)
    d.t('  <address>云南省昭通市镇雄县母享镇集镇农贸市场二楼</address>\n')
    d.t('  <legalRepresentative>').add(pname("M", False), "PERSON_NAME").t('</legalRepresentative>\n')
    d.t('  <bankAccount bank="镇雄农村商业银行" type="对公">%s</bankAccount>\n' % ("2100%014d" % R.randint(0, 10 ** 14)))
    d.t('  <members count="30">\n')
    for i in range(30):
        p = Place(c)
        p.town = "母享镇"
        sx = R.choice("MF")
        b = dob(1950, 2000)
        d.t('    <member no="%03d" joined="%s">\n' % (i + 1, fmt_date(R.randint(2017, 2023), R.randint(1, 12), R.randint(1, 28), "-")))
        d.t('      <name>').add(pname(sx), "PERSON_NAME").t('</name><gender>%s</gender>\n' % ("男" if sx == "M" else "女"))
        d.t('      <idNo>').add(rid(c, b, sx), "CHINA_RESIDENT_ID_NUMBER").t('</idNo>\n')
        d.t('      <mobile>').add(fmt_mob(mobile(), R.choice(["plain", "plain", "+86", "sp"])), "PHONE_NUMBER").t('</mobile>\n')
        if R.random() < 0.15:
            d.t('      <email>').add("%d@qq.com" % R.randint(10000000, 3999999999), "EMAIL_ADDRESS").t('</email>\n')
        d.t('      <address>').add(p.addr(level=R.choice(["county", "town"])), "STREET_ADDRESS").t('</address>\n')
        d.t('      <share capital="%d" landShareMu="%.1f" crop="%s"/>\n' % (R.choice([2000, 5000, 10000]), R.uniform(0.5, 6),
                                                                            R.choice(["天麻", "魔芋", "竹荪", "方竹笋"])))
        bk, card = bank()
        d.t('      <dividendAccount bank="%s">' % bk).add(card, "BANK_CARD_NUMBER").t('</dividendAccount>\n')
        d.t('    </member>\n')
    d.t('  </members>\n</cooperative>\n')
    return d


def f12_wage():
    d = Doc("12_农民工工资发放表.csv")
    c_site = COUNTIES[9]
    comp = make_uscc(c_site, "91")
    d.t("项目名称：都安瑶族自治县2023年高标准农田建设项目（二标段）\n")
    d.t("施工单位：广西桂禹水利工程有限公司  统一社会信用代码：%s  工资专户：%s\n" % (comp, "45050166%010d" % R.randint(0, 10 ** 10)))
    d.t("发放月份：2024年4月  代发银行：中国农业银行都安支行  维权电话：12333\n")
    d.t("序号,姓名,身份证号,班组,工种,出勤天数,日工资,应发工资,实发工资,银行卡号,开户行,联系电话,本人签字\n")
    leaders = [pname("M", False) for _ in range(4)]
    for i in range(1, 35):
        c = R.choice(COUNTIES)
        sx = "M" if R.random() < 0.85 else "F"
        nm = pname(sx)
        days = R.randint(8, 30)
        rate = R.choice([180, 200, 220, 250, 300])
        d.t("%d," % i).add(nm, "PERSON_NAME").t(",")
        d.add(rid(c, dob(1962, 2002), sx), "CHINA_RESIDENT_ID_NUMBER").t(",")
        d.add(R.choice(leaders), "PERSON_NAME").t("班组,%s,%d,%d,%d,%d," % (R.choice(["普工", "钢筋工", "泥工", "机手", "电焊工"]),
                                                                           days, rate, days * rate, days * rate))
        bk, card = bank()
        d.add(fmt_card(card, R.choice(["plain", "plain", "sp4"])), "BANK_CARD_NUMBER").t(",%s," % bk)
        d.add(fmt_mob(mobile(), R.choice(["plain", "plain", "dash"])), "PHONE_NUMBER").t(",\n")
    d.t("合计,,,,,,,,,,,,\n制表：").add(pname("F", True), "PERSON_NAME").t("  劳资专管员：").add(pname("M", True), "PERSON_NAME")
    d.t("  项目经理：").add(pname("M", False), "PERSON_NAME").t("\n")
    return d


def f13_election():
    d = Doc("13_村委会换届选举公告.txt")
    for k in range(4):
        c = county()
        p = Place(c)
        d.t("%s%s%s村民委员会换届选举\n正式候选人名单公告（第%d号）\n\n" % (c[3], p.town, p.village, k + 1))
        d.t("高举习近平新时代中国特色社会主义思想伟大旗帜，依据《中华人民共和国村民委员会组织法》和《%s村民委员会选举办法》，"
            "经村民选举委员会审核，确定正式候选人如下（按姓氏笔画为序）：\n\n" % c[1][:2])
        for role, n in (("主任", 2), ("副主任", 2), ("委员", R.randint(3, 5))):
            d.t("%s候选人：\n" % role)
            for _ in range(n):
                sx = R.choice("MF")
                d.t("  ").add(pname(sx), "PERSON_NAME").t("，%s，%d岁，%s，%s，%s\n" % (
                    "男" if sx == "M" else "女", R.randint(28, 62), R.choice(["中共党员", "群众", "中共党员"]),
                    R.choice(["高中", "大专", "初中", "本科"]), R.choice(["现任村委会委员", "种植大户", "退役军人", "返乡创业青年", "村医"])))
            d.t("\n")
        d.t("选举日：2024年%d月%d日上午8时，投票地点：村委会大院，另设%d个流动票箱。\n" % (R.randint(5, 7), R.randint(1, 28), R.randint(2, 4)))
        d.t("村民选举委员会主任：").add(pname(), "PERSON_NAME").t("    监督电话：")
        d.add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER").t("（镇选举指导组）\n")
        d.t("%s%s村民选举委员会  2024年%d月%d日\n\n" % (p.town, p.village, R.randint(4, 6), R.randint(1, 28)))
    return d


def f14_sms():
    d = Doc("14_乡镇短信群发日志.json")
    c = COUNTIES[1]
    d.t('{\n  "platform": "政务短信平台 v2.8.4",\n  "org": "临泉县杨桥镇人民政府",\n')
    d.t('  "gateway": {"sp_code": "1065902%06d", "app_id": "%s", "api_key": "' % (R.randint(0, 999999), hexs(16)))
    d.add(hexs(32), "CREDENTIAL").t('"},\n  "tasks": [\n')
    templates = [("防汛预警", "【杨桥镇政府】%s，气象台发布暴雨橙色预警，请远离河道沟渠，注意安全。"),
                 ("医保缴费提醒", "【杨桥镇政府】%s您好，您家2024年度城乡居民医保尚未缴纳，截止日期3月31日，可通过“皖事通”或邮储银行缴纳。"),
                 ("补贴到账", "【杨桥镇政府】%s，您的耕地地力保护补贴%.2f元已发放至尾号%04d的一卡通，请查收。"),
                 ("疫苗接种", "【杨桥镇卫生院】%s家长，您孩子应于本周接种疫苗，请携带接种证到卫生院。")]
    for ti in range(6):
        tname, tpl = templates[ti % 4]
        ep = ms_epoch(ti * 3)
        d.t('    {\n      "task_id": "%s",\n      "name": "%s",\n      "created": %d,\n      "operator": "' % (ruuid(), tname, ep))
        d.add(pname(), "PERSON_NAME").t('",\n      "recipients": [\n')
        n = R.randint(7, 11)
        for j in range(n):
            nm = pname()
            mob = mobile()
            if tname == "补贴到账":
                content = tpl % ("{NAME}", R.uniform(100, 1200), R.randint(0, 9999))
            else:
                content = tpl % "{NAME}"
            pre, post = content.split("{NAME}")
            d.t('        {"mobile": "').add(fmt_mob(mob, R.choice(["plain", "plain", "plain", "+86", "86", "0086"])), "PHONE_NUMBER")
            d.t('", "name": "').add(nm, "PERSON_NAME").t('", "group": "%s", ' % R.choice(["%s组" % CN_NUM[R.randint(0, 9)], "李寨行政村", "镇直"]))
            d.t('"content": "' + pre).add(nm, "PERSON_NAME").t(post + '", ')
            st = R.choice(["DELIVRD", "DELIVRD", "DELIVRD", "DELIVRD", "UNDELIV", "MK:0005"])
            d.t('"msg_id": "%d", "status": "%s", "report_ms": %d}' % (R.randint(10 ** 17, 10 ** 18), st, ep + R.randint(2000, 90000)))
            d.t(",\n" if j < n - 1 else "\n")
        d.t('      ],\n      "sent": %d, "failed": %d, "checksum": "%s"\n    }%s\n' % (
            n, R.randint(0, 2), hashlib.sha1(str(ti).encode()).hexdigest(), "," if ti < 5 else ""))
    d.t('  ]\n}\n')
    return d


def f15_drivetest():
    d = Doc("15_村村通信号测试采样.csv")
    d.t("# 村村通/数字乡村 4G-5G 覆盖测试 终端侧采样（MR + APP上报），工具版本 DTools 3.4.0.2178\n")
    d.t("sample_time,ue_imsi,ue_imei,meid,iccid,msisdn,rat,serving_cell,cell_id,pci,rsrp_dbm,sinr_db,lat,lng,ue_ip,village,note\n")
    for i in range(34):
        c = county()
        ep = ms_epoch(i // 8 + 10)
        rat = R.choice(["LTE", "LTE", "NR", "GSM"])
        mnc = R.choice(["00", "02", "07", "01", "06", "03", "11", "03", "11"])
        op_iccid = {"00": "00", "02": "02", "07": "07", "01": "01", "06": "01", "03": "03", "11": "11"}[mnc]
        d.t("%d," % ep).add(imsi(mnc), "IMSI_ID").t(",").add(imei(), "IMEI_HARDWARE_ID").t(",")
        if mnc in ("03", "11") and R.random() < 0.75:
            d.add(meid(), "MEID")
        d.t(",").add(iccid(op_iccid), "ICCID_NUMBER").t(",")
        r = R.random()
        if r < 0.5:
            d.add(fmt_mob(mobile(), R.choice(["plain", "86"])), "PHONE_NUMBER")
        elif r < 0.8:
            d.t(masked_mob())
        d.t(",%s," % rat)
        mncs = "%s" % mnc
        if rat == "GSM":
            ci = R.randint(1000, 65000)
            cg = "460-%s-%d-%d" % (mncs, R.randint(10000, 65000), ci)
            d.add(cg, "CELL_ID").t(",").add(str(ci), "CELL_ID")
        elif rat == "LTE":
            enb = R.randint(100000, 999999)
            cid = R.randint(1, 200)
            d.add("460%s-%d-%d" % (mncs, enb, cid) if R.random() < 0.5 else "460-%s-%07X" % (mncs, enb * 256 + cid), "CELL_ID")
            d.t(",").add(str(enb * 256 + cid), "CELL_ID")
        else:
            nci = R.randint(10 ** 9, 6 * 10 ** 10)
            d.add("460%s%09X" % (mncs, nci), "CELL_ID").t(",").add(str(nci), "CELL_ID")
        d.t(",%d,%d,%.1f," % (R.randint(0, 503), R.randint(-125, -70), R.uniform(-5, 25)))
        lng, lat = coord(c)
        d.add(str(lat), "LOCATION_COORDINATES").t(",").add(str(lng), "LOCATION_COORDINATES").t(",")
        if R.random() < 0.7:
            d.add(R.choice([cgnat_ip, pub_ip, lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))])(), "IP_ADDRESS")
        d.t(",%s%s,%s\n" % (R.choice(c[5]), R.choice(VILLAGES) + "村", R.choice(["", "", "弱覆盖", "山区阴影", "室内", "村委会门口", "拟新建基站"])))
    return d


def f16_labour():
    d = Doc("16_劳务输出出境登记.txt")
    c = COUNTIES[5]
    d.t("通渭县人社局 境外劳务输出人员登记表（批次：TW-LW-2024-03，对接企业：中国某建工集团海外事业部）\n")
    d.t("说明：赴港澳人员登记往来港澳通行证，出国人员登记护照；本表为内部工作底稿。\n\n")
    for i in range(22):
        p = Place(c)
        sx = "M" if R.random() < 0.9 else "F"
        b = dob(1970, 2001)
        nm = pname(sx)
        d.t("[%02d] 姓名：" % (i + 1)).add(nm, "PERSON_NAME")
        d.t("  性别：%s  文化程度：%s  出生日期：" % ("男" if sx == "M" else "女", R.choice(["初中", "高中", "中专", "小学"])))
        d.add(fmt_date(*b, style=R.choice(["-", "cn", "compact"])), "DATE_OF_BIRTH").t("\n")
        d.t("     身份证：").add(rid(c, b, sx), "CHINA_RESIDENT_ID_NUMBER").t("  户籍地：").add(p.addr(level=R.choice(["county", "full"])), "STREET_ADDRESS").t("\n")
        if i % 3 == 0:
            d.t("     去向：香港（建筑）  往来港澳通行证：").add(hkmo_permit(), "HK_MACAU_TRAVEL_PERMIT")
            d.t("  签注：L%d  有效期至：20%d-%02d-%02d\n" % (R.randint(1, 2), R.randint(28, 34), R.randint(1, 12), R.randint(1, 28)))
        else:
            d.t("     去向：%s  护照号：" % R.choice(["沙特阿拉伯", "阿联酋", "新加坡", "阿尔及利亚", "塞尔维亚"])).add(passport(), "CHINA_PASSPORT")
            d.t("  签发地：甘肃  有效期至：20%d-%02d-%02d\n" % (R.randint(28, 34), R.randint(1, 12), R.randint(1, 28)))
        d.t("     本人电话：").add(fmt_mob(mobile(), R.choice(["plain", "sp", "+86"])), "PHONE_NUMBER")
        d.t("  紧急联系人：").add(pname(), "PERSON_NAME").t(" ").add(fmt_mob(mobile(), "plain"), "PHONE_NUMBER")
        if R.random() < 0.3:
            d.t("  邮箱：").add("%s%d@%s" % (R.choice(["wj", "tw", "gs", "zhangyong", "lihai"]), R.randint(10, 9999),
                                          R.choice(["qq.com", "163.com", "126.com", "sina.com"])), "EMAIL_ADDRESS")
        d.t("\n     合同编号：HT-%s-%04d  体检：%s  预支费用：%d元\n\n" % ("2024", R.randint(1, 9999), R.choice(["合格", "合格", "复查"]),
                                                                        R.choice([0, 3000, 5000])))
    return d


def main():
    out = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    if args:
        if len(args) == 2 and args[0] == "--out":
            out = args[1]
        else:
            print("usage: make_corpus.py [--out DIR]", file=sys.stderr)
            sys.exit(2)
    os.makedirs(out, exist_ok=True)
    docs = [f01_roster(), f02_land(), f03_insurance(), f04_bangfu(), f05_orders(), f06_broadband(),
            f07_referral(), f08_wechat(), f09_loudspeaker(), f10_courier(), f11_coop(), f12_wage(),
            f13_election(), f14_sms(), f15_drivetest(), f16_labour()]
    write_docs(out, docs)


if __name__ == "__main__":
    main()
