#!/usr/bin/python3
"""Synthetic labelled corpus: mobile app SDK telemetry and advertising technology.

The data imitates what an operator's app store, its own apps and its advertising
platform hold: bid traffic, SDK telemetry, client logs, crash reports, push and
payment logs, attribution and login flows, a compliance report and debug dumps.
Every value is synthetic (seeded random); nothing refers to a real person.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Files written
-------------
openrtb_bid_requests.jsonl    OpenRTB 2.5 bid requests, one compact JSON per line
                              (device.ip/ipv6, device.geo.lat/lon, raw imei/mac in
                              exchange-specific device.ext, hashed ids, mccmnc).
openrtb_bid_responses.log     DSP log: bid responses (JSON) and the win / impression /
                              click notices with expanded macros (ip, imei, geo).
sdk_event_batches.jsonl       analytics SDK upload batches (imei, imei2, meid, imsi,
                              iccid, mac, wifi bssid, ip, lat/lng, LTE/NR/GSM cell info).
app_logcat.txt                Android logcat (threadtime) from an app, free text.
crash_reports.txt             crash reports with device header, Java stack traces whose
                              exception messages carry user data, a native tombstone.
push_gateway.log              push-notification gateway log (aliases, vendor channels,
                              leaked vendor secrets, personalised message bodies).
appstore_downloads.csv        app-store download log (CSV, header row).
appstore_payments.log         app-store payment, real-name (anti-addiction) and
                              developer-settlement log (key=value and JSON).
attribution_clicks.log        nginx access log of click tracking and S2S postbacks
                              (query strings with imei=, mac=, ip=, ua=).
one_click_login.log           one-click login (本机号码一键登录) token exchange log.
privacy_compliance_report.md  app privacy-compliance audit report (Markdown, Chinese)
                              listing what each SDK collected, with example values.
miniprogram_server.log        mini-program backend log (code2session, phone decrypt,
                              shipping addresses, parking plates).
ad_clicks.tsv                 ad click log, TSV with header.
antifraud_fingerprints.jsonl  anti-fraud device fingerprint and risk records.
debug_dump.pbtxt              protobuf text-format dumps of ad requests / device info.
sdk_remote_config.yaml        SDK remote config / debug YAML (test devices, secrets).
labels.jsonl                  {"file","start","end","type"}; UTF-8 byte offsets,
                              end exclusive.

Label conventions
-----------------
* PHONE_NUMBER as written, with +86 / 0086 / 86 prefix and separators; landlines with
  their area code. Masked numbers (138****5678) and service numbers (10086, 95588,
  400-...) are not labelled. The phone returned by a one-click login or by a
  mini-program phone decrypt is labelled; the operator token is a CREDENTIAL.
* BANK_CARD_NUMBER as written including group spaces; card tails ("尾号1234",
  card_last4) are not labelled.
* PERSON_NAME: full names of private people (users, cardholders, test-device owners,
  developers who are individuals). Company and product names are not labelled.
* DATE_OF_BIRTH only for birth dates; a birth year alone (OpenRTB user.yob) is not.
* STREET_ADDRESS: a person's address as one span from the first place name to the
  house/room number. In WeChat chooseAddress objects the address is split over
  provinceName/cityName/countyName/detailInfo; only detailInfo (street + house
  number) is labelled, the bare region names are not. Company addresses are not.
* CREDENTIAL: passwords, PINs, SMS verification codes, access/refresh tokens,
  operator one-click-login tokens, app secrets, API / server keys, WeChat
  session_key; the value only (not "Bearer", not the key name). Request signatures
  (sign=), nonces, push registration ids / device tokens and app ids/keys that
  are public identifiers are not labelled.
* IMEI_HARDWARE_ID raw 15-digit IMEIs (imei, imei2, imei_list); MEID 14 hex
  (also the 99xxxxxxxxxxxx decimal-looking form); IMSI_ID; ICCID_NUMBER; MAC_ADDRESS
  for device MACs and Wi-Fi BSSIDs in any separator style.
  Not labelled: md5/sha1 hashes of any identifier (didmd5, imei_md5, ...), OAID,
  Android ID, IDFA/GAID/CAID, UUIDs, the placeholder MAC 02:00:00:00:00:00, zero or
  "unknown" IMEIs, device serial numbers, mccmnc / carrier codes.
* IP_ADDRESS: addresses of user devices (IPv4 and IPv6), without port. Not labelled:
  truncated addresses (OpenRTB lmt, x.x.x.0 or a /48 prefix), private LAN addresses
  of a device (192.168.x.x, 10.x), server / partner / gateway addresses.
* LOCATION_COORDINATES: a "lat,lng" or "lng,lat" pair written as one value is one
  label; separate latitude and longitude fields are labelled each. 0.0 placeholders
  are not labelled.
* CELL_ID: the whole CGI/ECGI/NCGI string, or the value of a cell-identity field
  (ci, cid, eci, nci, mCi, mNci, cellId). LAC/TAC, PCI, EARFCN are not labelled.
* CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT, EMAIL_ADDRESS,
  CHINA_LICENSE_PLATE as written. Corporate role mailboxes (privacy@, dpo@) of a
  company are not labelled.
* openid / unionid, user ids, order / trade / request ids, ms timestamps, amounts,
  versions, build ids, Unified Social Credit Codes, creative / ad ids are not labelled.
"""
import argparse
import base64
import hashlib
import ipaddress
import json
import os
import random
import sys
import uuid
from urllib.parse import quote

import phonenumbers
from stdnum.cn import ric, uscc

SEED = 16_2024_0611
R = random.Random(SEED)

# ---------------------------------------------------------------- document model

class Doc:
    def __init__(self, name):
        self.name = name
        self.parts = []
        self.n = 0
        self.labels = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))

    def p(self, s, typ):
        if typ is None:
            self.t(s)
            return
        st = self.n
        self.t(s)
        self.labels.append((st, self.n, typ, s))

    def w(self, *segs):
        for s in segs:
            if isinstance(s, tuple):
                self.p(s[0], s[1])
            else:
                self.t(s)

    def text(self):
        return "".join(self.parts)


class L:
    """A labelled JSON value. raw=True writes it unquoted (numbers)."""
    __slots__ = ("v", "typ", "raw")

    def __init__(self, v, typ, raw=False):
        self.v, self.typ, self.raw = v, typ, raw


class Raw:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def emit_json(doc, o, indent=None, lvl=0, sep=(",", ":")):
    if isinstance(o, L):
        if o.raw:
            doc.p(o.v, o.typ)
        else:
            assert json.dumps(o.v, ensure_ascii=False)[1:-1] == o.v, o.v
            doc.t('"')
            doc.p(o.v, o.typ)
            doc.t('"')
    elif isinstance(o, Raw):
        doc.t(o.v)
    elif isinstance(o, dict) or isinstance(o, list):
        items = list(o.items()) if isinstance(o, dict) else [(None, v) for v in o]
        op, cl = ("{", "}") if isinstance(o, dict) else ("[", "]")
        if not items:
            doc.t(op + cl)
            return
        doc.t(op)
        for i, (k, v) in enumerate(items):
            if i:
                doc.t(sep[0])
            if indent is not None:
                doc.t("\n" + " " * (indent * (lvl + 1)))
            if k is not None:
                doc.t(json.dumps(k, ensure_ascii=False) + sep[1])
            emit_json(doc, v, indent, lvl + 1, sep)
        if indent is not None:
            doc.t("\n" + " " * (indent * lvl))
        doc.t(cl)
    else:
        doc.t(json.dumps(o, ensure_ascii=False))


# ---------------------------------------------------------------- value makers

def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def luhn_cd(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_cd(s[:-1]) == s[-1]


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    return s.translate(FW)


MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
              "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def mobile():
    while True:
        n = R.choice(MOB_PREFIX) + digits(8)
        x = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


def fmt_mobile(n, style=None):
    if style is None:
        style = R.choice(["plain"] * 6 + ["+86", "+86sp", "0086", "86", "dash", "space", "fw"])
    if style == "plain":
        return n
    if style == "+86":
        return "+86" + n
    if style == "+86sp":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if style == "0086":
        return "0086-" + n
    if style == "86":
        return "86" + n
    if style == "dash":
        return "%s-%s-%s" % (n[:3], n[3:7], n[7:])
    if style == "space":
        return "%s %s %s" % (n[:3], n[3:7], n[7:])
    if style == "fw":
        return fw(n)
    raise ValueError(style)


def masked_mobile(n=None):
    n = n or mobile()
    return n[:3] + "****" + n[7:]


AREA = [("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("028", 8),
        ("027", 8), ("025", 8), ("029", 8), ("023", 8), ("0512", 8), ("0731", 8), ("0898", 8)]


def landline():
    while True:
        ac, ln = R.choice(AREA)
        sub = R.choice("2345678") + digits(ln - 1)
        x = phonenumbers.parse(ac + sub, "CN")
        if phonenumbers.is_valid_number(x):
            st = R.choice(["dash", "dash", "paren", "plain"])
            if st == "dash":
                return ac + "-" + sub
            if st == "paren":
                return "(" + ac + ")" + sub
            return ac + sub


REGIONS = ["110101", "110105", "110108", "310104", "310115", "440106", "440305", "440304",
           "330106", "330108", "510107", "510104", "420106", "420111", "320102", "320106",
           "370202", "210102", "500103", "500112", "610113", "350203", "430104", "130102",
           "410105", "120101", "340104", "360102", "450103", "530102", "220102", "140105"]


def resident_id(lo=1962, hi=2009):
    while True:
        y = R.randint(lo, hi)
        m = R.randint(1, 12)
        d = R.randint(1, 28)
        body = "%s%04d%02d%02d%s" % (R.choice(REGIONS), y, m, d, digits(3))
        num = body + ric.calc_check_digit(body + "0")
        try:
            ric.validate(num)
        except Exception:
            continue
        return num, (y, m, d)


def id_written(num):
    if num.endswith("X") and R.random() < 0.3:
        return num[:-1] + "x"
    return num


BANK_BINS = [("622202", 19), ("622208", 19), ("621226", 19), ("622848", 19), ("622845", 19),
             ("621700", 19), ("622700", 19), ("623668", 19), ("622588", 16), ("621483", 16),
             ("622260", 19), ("621661", 19), ("622908", 18), ("625966", 16), ("628288", 16),
             ("622155", 16), ("436742", 16), ("621799", 19), ("623058", 19)]


def bank_card():
    b, ln = R.choice(BANK_BINS)
    body = b + digits(ln - len(b) - 1)
    return body + luhn_cd(body)


def fmt_card(c):
    if R.random() < 0.35:
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


TACS = ["86891203", "86769704", "86401504", "35391110", "35209611", "86205104", "86754603",
        "86983305", "35875209", "86158105", "86447404", "35467811", "86013005", "86643505"]


def imei():
    body = R.choice(TACS) + digits(6)
    return body + luhn_cd(body)


def meid():
    if R.random() < 0.25:
        return "99" + digits(12)
    s = "A0000" + hexs(9, upper=True)
    return s if R.random() < 0.8 else s.lower()


CARRIERS = [("00", "中国移动", "China Mobile", "00"), ("02", "中国移动", "China Mobile", "00"),
            ("07", "中国移动", "China Mobile", "00"), ("01", "中国联通", "China Unicom", "01"),
            ("06", "中国联通", "China Unicom", "01"), ("03", "中国电信", "China Telecom", "03"),
            ("11", "中国电信", "China Telecom", "11"), ("15", "中国广电", "China Broadnet", "15")]


def imsi(mnc):
    return "460" + mnc + digits(10)


def iccid(icc_op):
    ln = R.choice([20, 20, 20, 19])
    s = "8986" + icc_op + digits(ln - 6)
    if R.random() < 0.06:
        s = s[:-1] + R.choice("FAB")
    return s


OUIS = ["a4:50:46", "48:3c:0c", "70:8f:47", "e0:b6:55", "ac:c1:ee", "9c:2e:a1", "f4:60:e2",
        "64:a2:f9", "00:9a:cd", "d4:61:da", "58:44:98", "cc:2d:83", "b0:e2:35", "3c:cd:5d"]
ROUTER_OUIS = ["b0:95:8e", "50:bd:5f", "e4:a7:c5", "d4:ee:07", "74:05:a5", "c8:3a:35", "80:8f:1d"]


def mac(router=False):
    return (R.choice(ROUTER_OUIS if router else OUIS) + ":" +
            ":".join(hexs(2) for _ in range(3)))


def fmt_mac(m, style=None):
    style = style or R.choice(["lower", "lower", "lower", "upper", "upper", "dash", "bare"])
    if style == "lower":
        return m
    if style == "upper":
        return m.upper()
    if style == "dash":
        return m.upper().replace(":", "-")
    if style == "bare":
        return m.replace(":", "").upper()
    raise ValueError(style)


V4_POOLS = ["117.136.", "223.104.", "112.97.", "36.112.", "183.192.", "27.38.", "120.229.",
            "113.116.", "58.246.", "111.55.", "39.144.", "106.39.", "101.88.", "125.118.",
            "14.153.", "119.123.", "171.43.", "60.12.", "222.128.", "59.42.", "180.102."]


def ipv4():
    return R.choice(V4_POOLS) + "%d.%d" % (R.randint(0, 255), R.randint(2, 254))


def ipv6():
    pre = R.choice(["2409:8a00", "2409:8900", "2409:8a55", "240e:3a1", "240e:47c", "240e:458",
                    "2408:8456", "2408:8207", "2408:8470"])
    groups = pre.split(":") + ["%x" % R.randint(0, 0xffff) for _ in range(6)]
    if R.random() < 0.4:
        groups[4:6] = ["0", "0"]
    return ipaddress.IPv6Address(":".join(groups)).compressed


def trunc_ip(ip):
    return ".".join(ip.split(".")[:3]) + ".0"


CITIES = [("北京", "Beijing", 39.9042, 116.4074), ("上海", "Shanghai", 31.2304, 121.4737),
          ("广州", "Guangzhou", 23.1291, 113.2644), ("深圳", "Shenzhen", 22.5431, 114.0579),
          ("杭州", "Hangzhou", 30.2741, 120.1551), ("成都", "Chengdu", 30.5728, 104.0668),
          ("武汉", "Wuhan", 30.5928, 114.3055), ("西安", "Xi'an", 34.3416, 108.9398),
          ("南京", "Nanjing", 32.0603, 118.7969), ("重庆", "Chongqing", 29.5630, 106.5516),
          ("长沙", "Changsha", 28.2282, 112.9388), ("郑州", "Zhengzhou", 34.7466, 113.6254),
          ("苏州", "Suzhou", 31.2990, 120.5853), ("青岛", "Qingdao", 36.0671, 120.3826),
          ("厦门", "Xiamen", 24.4798, 118.0894), ("昆明", "Kunming", 25.0389, 102.7183)]


def coord(dec=None, city=None):
    c = city or R.choice(CITIES)
    dec = dec or R.choice([6, 6, 6, 5, 4, 7])
    lat = c[2] + R.uniform(-0.12, 0.12)
    lng = c[3] + R.uniform(-0.12, 0.12)
    return "%.*f" % (dec, lat), "%.*f" % (dec, lng), c


def eci():
    return str(R.randint(20000, 1048575) * 256 + R.randint(1, 200))


def nci():
    return str(R.randint(1, 2 ** 26) * 1024 + R.randint(0, 1023))


def gsm_ci():
    return str(R.randint(1001, 65534))


def lac():
    return str(R.randint(4096, 65000))


def cgi(mnc):
    st = R.choice(["dash", "dash", "cat"])
    if st == "dash":
        return "460-%s-%s-%s" % (mnc, lac(), gsm_ci())
    return "460%s%04X%04X" % (mnc, int(lac()), int(gsm_ci()))


def ecgi(mnc):
    e = int(eci())
    return R.choice(["460-%s-%d" % (mnc, e), "460%s%07X" % (mnc, e)])


SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯晨欣怡梓涵子轩雨婷佳琪一诺思远嘉怡俊杰志鹏晓东海燕春梅立新云飞慧敏丹阳振华少波晶莹")


def cname():
    s = R.choice(SURN) if R.random() > 0.03 else R.choice(["欧阳", "司马", "诸葛", "上官"])
    g = R.choice(GIVEN) + (R.choice(GIVEN) if R.random() < 0.7 else "")
    return s + g


PY = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
      "ma", "zhu", "hu", "guo", "he", "lin", "luo", "zheng", "liang", "xie", "tang", "han"]
PYG = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan",
       "jie", "juan", "tao", "ming", "chao", "xia", "ping", "gang", "hao", "yu", "xin", "yi"]


def email(phone=None):
    st = R.randint(0, 9)
    if st <= 2:
        return "%d@qq.com" % R.randint(10000000, 3999999999)
    if st == 3 and phone:
        return phone + "@139.com"
    a, b = R.choice(PY), R.choice(PYG)
    local = R.choice([a + b, a + "." + b, a + "_" + b + str(R.randint(1, 99)),
                      a + b + str(R.randint(1970, 2005)), b + a[0] + str(R.randint(100, 999))])
    return local + "@" + R.choice(["163.com", "126.com", "sina.com", "foxmail.com", "gmail.com",
                                   "outlook.com", "yeah.net", "hotmail.com", "sohu.com"])


ADDR_CITIES = [
    ("北京市", "朝阳区", ["望京街道花家地北里", "广顺北大街", "建国路", "安立路"]),
    ("北京市", "海淀区", ["学院路", "北四环西路", "清河中街"]),
    ("上海市", "浦东新区", ["张杨路", "锦绣路", "东方路", "杨高南路"]),
    ("上海市", "闵行区", ["虹梅路", "莘庄镇莘松路"]),
    ("广东省广州市", "天河区", ["天河北路", "体育西路", "黄埔大道西", "中山大道西"]),
    ("广东省深圳市", "南山区", ["南海大道", "桃园路", "沙河西路", "前海路"]),
    ("广东省深圳市", "宝安区", ["新安六路", "宝民一路"]),
    ("浙江省杭州市", "西湖区", ["文三路", "古墩路", "天目山路", "学院路"]),
    ("四川省成都市", "武侯区", ["人民南路四段", "科华北路", "武侯祠大街"]),
    ("湖北省武汉市", "洪山区", ["珞喻路", "雄楚大道", "民族大道"]),
    ("江苏省南京市", "鼓楼区", ["中山北路", "湖南路", "草场门大街"]),
    ("陕西省西安市", "雁塔区", ["小寨西路", "长安南路", "科技路"]),
    ("重庆市", "渝北区", ["新南路", "龙山大道", "金开大道"]),
    ("湖南省长沙市", "岳麓区", ["麓山南路", "桐梓坡路"]),
    ("山东省青岛市", "市南区", ["香港中路", "闽江路"]),
]
COMM = ["阳光花园", "翠湖小区", "锦绣家园", "幸福里小区", "金色家园", "万科城", "碧桂园", "保利花园",
        "华润城", "望京西园", "恒大名都", "绿地新都会", "融创御园", "世纪城", "康乐小区"]


def street_detail(c=None):
    road = R.choice((c or R.choice(ADDR_CITIES))[2])
    return "%s%d号%s%d栋%d室" % (road, R.randint(1, 999), R.choice(COMM), R.randint(1, 30),
                                R.randint(1, 33) * 100 + R.randint(1, 6))


def address(prov=True):
    c = R.choice(ADDR_CITIES)
    road = R.choice(c[2])
    st = R.randint(0, 3)
    if st == 0:
        tail = "%d号%s%d栋%d单元%d室" % (R.randint(1, 999), R.choice(COMM), R.randint(1, 30),
                                     R.randint(1, 4), R.randint(1, 33) * 100 + R.randint(1, 6))
    elif st == 1:
        tail = "%d号院%d号楼%d" % (R.randint(1, 300), R.randint(1, 20), R.randint(1, 28) * 100 + R.randint(1, 4))
    elif st == 2:
        tail = "%d号%s%d-%d-%d" % (R.randint(1, 999), R.choice(COMM), R.randint(1, 30),
                                 R.randint(1, 4), R.randint(1, 33) * 100 + R.randint(1, 6))
    else:
        tail = "%d弄%d号%d室" % (R.randint(1, 900), R.randint(1, 60), R.randint(1, 6) * 100 + R.randint(1, 4))
    head = c[0] + c[1] if prov else c[0].split("省")[-1] + c[1]
    return head + road + tail, c


PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate():
    p = R.choice(PROV_ABBR) + R.choice(PLATE_L[:12])
    if R.random() < 0.35:
        tail = R.choice("DF") + R.choice(PLATE_L + "0123456789") + digits(4)
    else:
        chars = [R.choice("0123456789") for _ in range(5)]
        for _ in range(R.choice([0, 1, 1, 2])):
            chars[R.randint(0, 4)] = R.choice(PLATE_L)
        tail = "".join(chars)
    sep = R.choice(["", "", "·", " "])
    return p + sep + tail


def passport():
    k = R.randint(0, 2)
    if k == 0:
        return "E" + digits(8)
    if k == 1:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


def hk_permit():
    return (R.choice("CCCW")) + digits(8)


def b64u(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(R.choice(al) for _ in range(n))


def b64s(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    s = "".join(R.choice(al) for _ in range(n))
    return s + "=" * ((4 - n % 4) % 4)


def jwt(uid):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = json.dumps({"uid": uid, "iat": 1715000000 + R.randint(0, 900000),
                       "exp": 1716000000 + R.randint(0, 900000)}, separators=(",", ":"))
    b = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return h + "." + b + "." + b64u(43)


def password():
    return R.choice(["Qwe@%d" % R.randint(1000, 99999), "abc%d" % R.randint(100000, 999999),
                     "%s%d!" % (R.choice(PY).capitalize(), R.randint(1980, 2010)),
                     "Aa%s#%d" % (b64u(5), R.randint(10, 99)), "woaini%d" % R.randint(1000, 9999),
                     "P@ssw0rd%d" % R.randint(1, 99), b64u(10)])


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


def sha1(s):
    return hashlib.sha1(s.encode()).hexdigest()


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def uid4(upper=False):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def oaid():
    return R.choice([uid4(), hexs(64), hexs(16)])


def ts_ms(base=1715990400000, spread=2_600_000_000):
    return base + R.randint(0, spread)


def fmt_ts(ms, style="iso"):
    import datetime
    dt = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone(datetime.timedelta(hours=8)))
    if style == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+08:00" % (ms % 1000)
    if style == "log":
        return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (ms % 1000)
    if style == "logcat":
        return dt.strftime("%m-%d %H:%M:%S.") + "%03d" % (ms % 1000)
    if style == "nginx":
        return dt.strftime("%d/%b/%Y:%H:%M:%S +0800")
    if style == "sec":
        return dt.strftime("%Y-%m-%d %H:%M:%S")
    raise ValueError(style)


def order_no():
    return "2024%02d%02d" % (R.randint(5, 8), R.randint(1, 28)) + digits(14)


def snowflake():
    return str(R.randint(1_780_000_000_000_000_000, 1_799_999_999_999_999_999))


def uscc_code():
    body = "91" + R.choice(REGIONS) + "MA" + R.choice("0123456789") + "".join(
        R.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    return body + uscc.calc_check_digit(body)


def serialno():
    return R.choice(["R58N%s" % hexs(7, True), "%sK%s" % (digits(2), hexs(9, True)),
                     "SN%s" % digits(12), "%s" % hexs(16, True)[:12]])


MODELS = [("HUAWEI", "ELS-AN00", "10", "HUAWEIELS-AN00", "EMUI 11.0"),
          ("HUAWEI", "NOH-AN00", "10", "HUAWEINOH-AN00", "HarmonyOS 3.0.0"),
          ("Xiaomi", "M2102K1C", "12", "SKQ1.211006.001", "MIUI 13.0.6"),
          ("Xiaomi", "2211133C", "13", "TKQ1.220905.001", "MIUI 14.0.8"),
          ("Redmi", "22041211AC", "12", "SP1A.210812.016", "MIUI 13.0.11"),
          ("OPPO", "PEGM00", "11", "RKQ1.200903.002", "ColorOS 11.1"),
          ("OPPO", "PHB110", "13", "TP1A.220905.001", "ColorOS 13.1"),
          ("vivo", "V2049A", "11", "RP1A.200720.012", "OriginOS 1.0"),
          ("vivo", "V2241A", "13", "TP1A.220624.014", "OriginOS 3"),
          ("HONOR", "ANY-AN00", "11", "HONORANY-AN00", "MagicOS 6.1"),
          ("OnePlus", "LE2120", "12", "RKQ1.211119.001", "ColorOS 12.1"),
          ("samsung", "SM-G9910", "13", "TP1A.220624.014", "One UI 5.1"),
          ("meizu", "MEIZU 18", "11", "RKQ1.200826.002", "Flyme 9.2")]


def device():
    mk = R.choice(MODELS)
    car = R.choice(CARRIERS)
    ph = mobile()
    d = {
        "make": mk[0], "model": mk[1], "osv": mk[2], "build": mk[3], "rom": mk[4],
        "imei": imei(), "imei2": imei(), "meid": meid() if car[3] in ("03", "11") or R.random() < 0.2 else None,
        "mnc": car[0], "carrier": car[1], "carrier_en": car[2], "imsi": imsi(car[0]),
        "iccid": iccid(car[3]), "mac": mac(), "bssid": mac(True), "android_id": hexs(16),
        "oaid": oaid(), "ip": ipv4(), "ipv6": ipv6(), "phone": ph,
        "wh": R.choice([(1080, 2400), (1080, 2340), (1440, 3200), (1220, 2712), (720, 1600), (1080, 2376), (1260, 2800)]),
        "chrome": R.choice(["87.0.4280.141", "99.0.4844.88", "108.0.5359.128", "114.0.5735.196", "120.0.6099.230"]),
    }
    d["coord"] = coord()
    d["ua"] = ("Mozilla/5.0 (Linux; Android %s; %s Build/%s; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Version/4.0 Chrome/%s Mobile Safari/537.36" % (d["osv"], d["model"], d["build"], d["chrome"]))
    return d


APPS = [("com.xingyun.video", "星云视频", "5102", "8.4.1"), ("com.tianqi.weather", "天气通", "5180", "6.12.0"),
        ("com.kuaidu.reader", "快读小说", "5103", "4.9.3"), ("com.meishi.recipe", "美食杰", "5111", "7.2.0"),
        ("com.yidong.wallet", "掌上钱包", "5101", "3.3.8"), ("com.youxi.xiaoxiaole", "开心消消乐园", "5014", "1.122.0"),
        ("com.chuxing.bus", "公交快查", "5109", "2.8.5"), ("com.jianshen.fit", "每日健身", "5107", "10.3.2"),
        ("com.operator.appstore", "应用商店", "5100", "12.6.0.301")]


# ---------------------------------------------------------------- files

def f_openrtb_req(doc):
    for i in range(34):
        d = device()
        app = R.choice(APPS)
        lmt = R.random() < 0.15
        ios = R.random() < 0.12
        lat, lng, city = d["coord"]
        imp = {"id": "1", "tagid": "%d" % R.randint(1000000, 9999999), "bidfloor": round(R.uniform(0.5, 30), 2),
               "bidfloorcur": "CNY", "secure": 1}
        k = R.randint(0, 2)
        if k == 0:
            imp["banner"] = {"w": 640, "h": 100, "pos": 1, "mimes": ["image/jpeg", "image/png"]}
        elif k == 1:
            imp["video"] = {"mimes": ["video/mp4"], "minduration": 5, "maxduration": 30, "w": 720, "h": 1280,
                            "protocols": [2, 3], "linearity": 1}
        else:
            imp["native"] = {"request": "{\"ver\":\"1.2\",\"assets\":[{\"id\":1,\"required\":1,\"title\":{\"len\":30}}]}",
                             "ver": "1.2"}
        dev = {"ua": d["ua"] if not ios else
               "Mozilla/5.0 (iPhone; CPU iPhone OS 16_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"}
        if lmt:
            dev["geo"] = {"country": "CHN", "region": "CN-%d" % R.choice([11, 31, 44, 33, 51]), "type": 2}
            dev["dnt"] = 0
            dev["lmt"] = 1
            dev["ip"] = trunc_ip(d["ip"])
        else:
            dev["geo"] = {"lat": L(lat, "LOCATION_COORDINATES", True), "lon": L(lng, "LOCATION_COORDINATES", True),
                          "type": 1, "accuracy": R.choice([10, 20, 35, 65, 150]), "country": "CHN", "city": city[1]}
            dev["dnt"] = 0
            dev["lmt"] = 0
            r = R.random()
            if r < 0.7:
                dev["ip"] = L(d["ip"], "IP_ADDRESS")
            if r > 0.45:
                dev["ipv6"] = L(d["ipv6"], "IP_ADDRESS")
        dev["devicetype"] = 4
        if ios:
            dev.update({"make": "Apple", "model": R.choice(["iPhone14,2", "iPhone13,2", "iPhone15,3"]), "os": "ios",
                        "osv": "16.1.2", "h": 2532, "w": 1170, "ifa": uid4(True)})
        else:
            dev.update({"make": d["make"], "model": d["model"], "os": "android", "osv": d["osv"],
                        "h": d["wh"][1], "w": d["wh"][0], "ppi": R.choice([395, 401, 420, 460, 515])})
        dev["carrier"] = "460" + d["mnc"]
        dev["mccmnc"] = "460-" + d["mnc"]
        dev["connectiontype"] = R.choice([2, 6, 7])
        if not ios:
            dev["ifa"] = d["oaid"]
            dev["didmd5"] = md5(d["imei"])
            dev["didsha1"] = sha1(d["imei"])
            dev["dpidmd5"] = md5(d["android_id"])
            ext = {"oaid": d["oaid"]}
            if not lmt:
                r = R.random()
                if r < 0.45:
                    ext["imei"] = L(d["imei"], "IMEI_HARDWARE_ID")
                elif r < 0.55:
                    ext["imei"] = ""
                if R.random() < 0.35:
                    ext["mac"] = L(fmt_mac(d["mac"], R.choice(["lower", "upper"])), "MAC_ADDRESS")
                    ext["mac_md5"] = md5(d["mac"].replace(":", "").upper())
                elif R.random() < 0.3:
                    ext["mac"] = "02:00:00:00:00:00"
                ext["android_id"] = d["android_id"]
            ext["boot_mark"] = uid4()
            ext["update_mark"] = "%d.%09d" % (1672531200 + R.randint(0, 30000000), R.randint(0, 999999999))
            ext["hms_ver"] = R.choice(["6.11.0.302", "6.12.0.300", ""])
            dev["ext"] = ext
        req = {"id": uid4(), "imp": [imp],
               "app": {"id": "%d" % R.randint(100000, 999999), "name": app[1], "bundle": app[0],
                       "ver": app[3], "cat": ["IAB%d" % R.randint(1, 20)],
                       "publisher": {"id": "pub-%d" % R.randint(1000, 9999)}},
               "device": dev,
               "user": {"id": R.choice([uid4(), md5(d["phone"]), "u_" + hexs(20)])},
               "at": 1, "tmax": R.choice([200, 250, 300]), "cur": ["CNY"],
               "bcat": R.sample(["IAB7-39", "IAB8-18", "IAB9-9", "IAB25", "IAB26"], 2),
               "source": {"tid": uid4()},
               "ext": {"ssp": R.choice(["opssp", "xssp", "cmssp"]), "req_ts": ts_ms()}}
        if R.random() < 0.3:
            req["user"]["yob"] = R.randint(1965, 2004)
            req["user"]["gender"] = R.choice(["M", "F", "O"])
        emit_json(doc, req)
        doc.t("\n")


def f_openrtb_resp(doc):
    dsps = ["dsp-hx", "dsp-jl", "dsp-ya", "dsp-mt"]
    t = ts_ms()
    for i in range(34):
        t += R.randint(50, 4000)
        d = device()
        rid = uid4()
        dsp = R.choice(dsps)
        if R.random() < 0.2:
            doc.t("%s INFO  [bidder-%d] resp dsp=%s latency=%dms http=204 body=" % (fmt_ts(t, "iso"), R.randint(1, 16), dsp, R.randint(20, 180)))
            emit_json(doc, {"id": rid, "nbr": R.choice([1, 2, 8])})
            doc.t("\n")
            continue
        price = round(R.uniform(2, 60), 2)
        crid = "cr_%d" % R.randint(10000000, 99999999)
        bid = {"id": rid, "seatbid": [{"bid": [{
            "id": uid4(), "impid": "1", "price": price, "adid": "%d" % R.randint(100000, 999999),
            "nurl": "https://win.%s.example.cn/win?bid=${AUCTION_ID}&price=${AUCTION_PRICE}" % dsp.split("-")[1],
            "burl": "https://bill.%s.example.cn/b?p=${AUCTION_PRICE}&imei=__IMEI__&ip=__IP__" % dsp.split("-")[1],
            "adm": "<a href=\"https://c.example.cn/clk?c=%s&os=__OS__&ts=__TS__\"><img src=\"https://img.example.cn/%s.jpg\" width=\"640\" height=\"100\"/></a>" % (crid, md5(crid)[:16]),
            "adomain": [R.choice(["jd.com", "taobao.com", "pinduoduo.com", "meituan.com"])],
            "crid": crid, "cat": ["IAB22"], "w": 640, "h": 100}], "seat": dsp}],
            "bidid": hexs(24), "cur": "CNY"}
        doc.t("%s INFO  [bidder-%d] resp dsp=%s latency=%dms http=200 body=" % (fmt_ts(t, "iso"), R.randint(1, 16), dsp, R.randint(20, 180)))
        emit_json(doc, bid)
        doc.t("\n")
        enc = b64u(28)
        lat, lng, _ = d["coord"]
        t2 = t + R.randint(80, 900)
        if R.random() < 0.15:
            doc.w(fmt_ts(t2, "iso"), " INFO  [notice] GET /win?bid=", rid, "&price=", enc,
                  "&imei=__IMEI__&ip=__IP__ lmt=1 ok\n")
        else:
            ipv = d["ip"] if R.random() < 0.8 else d["ipv6"]
            doc.w(fmt_ts(t2, "iso"), " INFO  [notice] GET /win?bid=", rid, "&price=", enc,
                  "&imei=", (d["imei"], "IMEI_HARDWARE_ID"), "&imei_md5=", md5(d["imei"]),
                  "&ip=", (ipv, "IP_ADDRESS"), "&ts=", str(t2), " ok\n")
        if R.random() < 0.7:
            t3 = t2 + R.randint(100, 3000)
            doc.w(fmt_ts(t3, "iso"), " INFO  [notice] imp crid=", crid, " req=", rid, " client_ip=",
                  (d["ip"], "IP_ADDRESS"), " ua=\"", d["ua"], "\" os=android osv=", d["osv"], "\n")
        if R.random() < 0.45:
            t4 = t2 + R.randint(2000, 30000)
            if R.random() < 0.5:
                doc.w(fmt_ts(t4, "iso"), " INFO  [notice] click crid=", crid, " geo=",
                      (lat + "," + lng, "LOCATION_COORDINATES"), " mac=", (fmt_mac(d["mac"], "upper"), "MAC_ADDRESS"),
                      " dpi=", str(R.choice([420, 440, 480])), " x=", str(R.randint(1, 640)), " y=", str(R.randint(1, 100)), "\n")
            else:
                doc.w(fmt_ts(t4, "iso"), " INFO  [notice] click crid=", crid, " lat=", (lat, "LOCATION_COORDINATES"),
                      " lon=", (lng, "LOCATION_COORDINATES"), " oaid=", d["oaid"], " down_x=", str(R.randint(1, 640)),
                      " up_x=", str(R.randint(1, 640)), "\n")
        if R.random() < 0.1:
            doc.w(fmt_ts(t2 + 5, "iso"), " WARN  [notice] price decrypt failed bid=", rid, " enc=", enc,
                  " upstream=10.20.%d.%d:8080 retry=1\n" % (R.randint(0, 9), R.randint(2, 250)))


def cell_obj(d):
    k = R.random()
    mnc = d["mnc"]
    if k < 0.5:
        return {"type": "LTE", "mcc": "460", "mnc": mnc, "tac": int(lac()), "eci": L(eci(), "CELL_ID", True),
                "pci": R.randint(0, 503), "earfcn": R.choice([38950, 1650, 100, 1825, 40936]), "rsrp": -R.randint(70, 120)}
    if k < 0.75:
        return {"type": "NR", "mcc": "460", "mnc": mnc, "tac": int(lac()) * 10, "nci": L(nci(), "CELL_ID", True),
                "pci": R.randint(0, 1007), "nrarfcn": R.choice([504990, 627264, 633984]), "ss_rsrp": -R.randint(70, 115)}
    if k < 0.9:
        return {"type": "GSM", "mcc": 460, "mnc": int(mnc), "lac": int(lac()), "cid": L(gsm_ci(), "CELL_ID", True),
                "rssi": -R.randint(60, 100)}
    return {"type": "LTE", "cgi": L(ecgi(mnc), "CELL_ID"), "rsrp": -R.randint(70, 120)}


def f_sdk_events(doc):
    t = ts_ms()
    for i in range(30):
        d = device()
        app = R.choice(APPS)
        t += R.randint(1000, 600000)
        lat, lng, _ = d["coord"]
        hdr = {}
        perm = R.random() > 0.2
        if perm:
            hdr["imei"] = L(d["imei"], "IMEI_HARDWARE_ID")
            if R.random() < 0.5:
                hdr["imei2"] = L(d["imei2"], "IMEI_HARDWARE_ID")
            if d["meid"]:
                hdr["meid"] = L(d["meid"], "MEID")
        else:
            hdr["imei"] = R.choice(["", "unknown", "000000000000000"])
        hdr["oaid"] = d["oaid"]
        hdr["android_id"] = d["android_id"]
        hdr["mac"] = L(fmt_mac(d["mac"]), "MAC_ADDRESS") if R.random() < 0.6 else "02:00:00:00:00:00"
        if perm and R.random() < 0.8:
            hdr["imsi"] = L(imsi(d["mnc"]) if False else d["imsi"], "IMSI_ID")
            hdr["iccid"] = L(d["iccid"], "ICCID_NUMBER")
        else:
            hdr["imsi"] = None
        hdr.update({"brand": d["make"], "model": d["model"], "os": "Android", "os_ver": d["osv"], "rom": d["rom"],
                    "build_id": d["build"], "serial": R.choice(["unknown", serialno()]),
                    "resolution": "%d*%d" % d["wh"], "density": R.choice([2.75, 3.0, 3.5]),
                    "carrier": d["carrier"], "mccmnc": "460" + d["mnc"]})
        net = R.choice(["WIFI", "WIFI", "4G", "5G"])
        hdr["net"] = net
        if net == "WIFI":
            hdr["wifi"] = {"ssid": R.choice(["TP-LINK_%s" % hexs(4, True), "ChinaNet-%s" % b64u(4), "CMCC-%s" % b64u(4),
                                             "MERCURY_%s" % hexs(4, True), "<unknown ssid>"]),
                           "bssid": L(fmt_mac(d["bssid"], "lower"), "MAC_ADDRESS"), "rssi": -R.randint(30, 80)}
            hdr["local_ip"] = "192.168.%d.%d" % (R.choice([0, 1, 3, 31]), R.randint(2, 250))
        hdr["ip"] = L(d["ip"], "IP_ADDRESS")
        if R.random() < 0.75:
            hdr["lat"] = L(lat, "LOCATION_COORDINATES", True)
            hdr["lng"] = L(lng, "LOCATION_COORDINATES", True)
            hdr["loc_acc"] = float(R.choice([12, 25, 35, 65, 550]))
            hdr["loc_ts"] = t - R.randint(1000, 900000)
        else:
            hdr["lat"] = 0.0
            hdr["lng"] = 0.0
        if R.random() < 0.85:
            hdr["cell"] = cell_obj(d)
            if R.random() < 0.4:
                hdr["neighbors"] = [{"pci": R.randint(0, 503), "rsrp": -R.randint(90, 125)} for _ in range(R.randint(1, 3))]
                if R.random() < 0.5:
                    hdr["neighbors"].append({"eci": L(eci(), "CELL_ID", True), "tac": int(lac()), "rsrp": -R.randint(95, 125)})
        evs = [{"id": "app_start", "ts": t - R.randint(60000, 900000), "cold": R.choice([True, False])}]
        for _ in range(R.randint(1, 4)):
            k = R.randint(0, 6)
            et = t - R.randint(1000, 60000)
            if k == 0:
                evs.append({"id": "page_view", "ts": et, "page": R.choice(["HomeActivity", "DetailActivity", "MineFragment", "SearchActivity"]),
                            "dur": R.randint(300, 90000)})
            elif k == 1:
                evs.append({"id": "login_success", "ts": et, "props": {"type": "sms", "mobile": L(d["phone"], "PHONE_NUMBER")}})
            elif k == 2:
                evs.append({"id": "purchase", "ts": et, "props": {"order_id": order_no(), "amount": R.choice([6, 30, 68, 128, 648]),
                                                                   "currency": "CNY", "sku": "vip_%dm" % R.choice([1, 3, 12])}})
            elif k == 3:
                evs.append({"id": "ad_show", "ts": et, "props": {"slot": "splash", "crid": "cr_%d" % R.randint(10 ** 7, 10 ** 8 - 1),
                                                                  "req_id": uid4()}})
            elif k == 4:
                evs.append({"id": "search", "ts": et, "props": {"q": R.choice(["附近的加油站", "天气", "红烧肉做法", "公交 18路"])}})
            elif k == 5:
                evs.append({"id": "profile_edit", "ts": et, "props": {"field": "nickname", "value": R.choice(["小鱼儿", "追风少年", "momo"])}})
            else:
                evs.append({"id": "app_end", "ts": et, "dur": R.randint(1000, 3600000)})
        batch = {"v": "3.2.%d" % R.randint(0, 9), "sdk": "xstat-android", "appkey": hexs(24), "pkg": app[0],
                 "app_ver": app[3], "app_build": R.randint(300, 9000), "channel": R.choice(["huawei", "xiaomi", "oppo", "vivo", "official"]),
                 "batch_id": uid4(), "seq": R.randint(1, 5000), "sent_at": t, "header": hdr, "events": evs}
        emit_json(doc, batch)
        doc.t("\n")


def f_logcat(doc):
    t = ts_ms()
    pid = R.randint(8000, 30000)
    app = "com.xingyun.video"
    d = device()
    user_phone = d["phone"]
    for i in range(230):
        t += R.randint(1, 4000)
        tid = pid + R.randint(0, 80)
        head = "%s %5d %5d " % (fmt_ts(t, "logcat"), pid, tid)
        k = R.randint(0, 26)
        lat, lng, _ = coord(city=d["coord"][2])
        if k == 0:
            doc.w(head, "D LocationHelper: onLocationChanged: Location[network ", (lat + "," + lng, "LOCATION_COORDINATES"),
                  " hAcc=%d et=+%dd%dh mAltitude=%.1f]\n" % (R.randint(10, 60), R.randint(0, 9), R.randint(0, 23), R.uniform(0, 80)))
        elif k == 1:
            doc.w(head, "I AMapLocation: 定位成功 latitude=", (lat, "LOCATION_COORDINATES"), ", longitude=", (lng, "LOCATION_COORDINATES"),
                  ", accuracy=%.1f, provider=lbs, adcode=%s\n" % (R.uniform(5, 200), R.choice(["110105", "310115", "440305"])))
        elif k == 2:
            doc.w(head, "D DeviceUtil: getDeviceId() -> ", (d["imei"], "IMEI_HARDWARE_ID"), "\n")
        elif k == 3:
            doc.w(head, "W DeviceUtil: getImei(1) failed: java.lang.SecurityException: getImeiForSlot: The user 10%d does not meet the requirements to access device identifiers.\n" % R.randint(100, 400))
        elif k == 4:
            doc.w(head, "D TelephonyInfo: subscriberId=", (d["imsi"], "IMSI_ID"), " simSerial=", (d["iccid"], "ICCID_NUMBER"),
                  " operator=460", d["mnc"], " roaming=false\n")
        elif k == 5:
            doc.w(head, "D OkHttp  : --> POST https://api.xingyun.example.cn/v2/user/login http/1.1\n")
            doc.w(head, "D OkHttp  : Content-Type: application/json; charset=utf-8\n")
            doc.w(head, "D OkHttp  : {\"mobile\":\"", (user_phone, "PHONE_NUMBER"), "\",\"password\":\"",
                  (password(), "CREDENTIAL"), "\",\"device_id\":\"", d["android_id"], "\"}\n")
            doc.w(head, "D OkHttp  : --> END POST (%d-byte body)\n" % R.randint(80, 140))
        elif k == 6:
            doc.w(head, "D OkHttp  : <-- 200 OK https://api.xingyun.example.cn/v2/user/login (%dms)\n" % R.randint(40, 600))
            doc.w(head, "D OkHttp  : {\"code\":0,\"data\":{\"uid\":", str(R.randint(10 ** 8, 10 ** 9)), ",\"access_token\":\"",
                  (jwt(R.randint(10 ** 8, 10 ** 9)), "CREDENTIAL"), "\",\"refresh_token\":\"", (b64u(40), "CREDENTIAL"),
                  "\",\"expires_in\":7200,\"client_ip\":\"", (d["ip"], "IP_ADDRESS"), "\"}}\n")
        elif k == 7:
            doc.w(head, "D OkHttp  : Authorization: Bearer ", (jwt(R.randint(10 ** 8, 10 ** 9)), "CREDENTIAL"), "\n")
        elif k == 8:
            doc.w(head, "I WifiHelper: connected SSID=\"", R.choice(["TP-LINK_5G_%s" % hexs(4, True), "HUAWEI-%s" % b64u(4)]),
                  "\" BSSID=", (fmt_mac(d["bssid"], "lower"), "MAC_ADDRESS"), " rssi=-%d linkSpeed=%dMbps\n" % (R.randint(30, 80), R.choice([144, 433, 866])))
        elif k == 9:
            doc.w(head, "D NetUtil: wlan0 mac=", (fmt_mac(d["mac"], R.choice(["lower", "upper"])), "MAC_ADDRESS"),
                  " ip=192.168.1.%d\n" % R.randint(2, 250))
        elif k == 10:
            doc.w(head, "D CellInfo: CellInfoLte:{mRegistered=YES mTimeStamp=%dns mCellConnectionStatus=1 CellIdentityLte:{ mCi=" % (R.randint(10 ** 12, 10 ** 13)),
                  (eci(), "CELL_ID"), " mPci=%d mTac=%s mEarfcn=%d mBands=[3] mBandwidth=20000 mMcc=460 mMnc=%s mAlphaLong=%s} CellSignalStrengthLte: rssi=-%d rsrp=-%d}\n"
                  % (R.randint(0, 503), lac(), R.choice([1650, 38950, 1825]), d["mnc"], d["carrier_en"], R.randint(50, 90), R.randint(80, 120)))
        elif k == 11:
            doc.w(head, "D CellInfo: CellIdentityNr:{ mPci = %d mTac = %d mNrArfcn = %d mMcc = 460 mMnc = %s mNci = " % (R.randint(0, 1007), int(lac()) * 10, R.choice([504990, 627264]), d["mnc"]),
                  (nci(), "CELL_ID"), " }\n")
        elif k == 12:
            doc.w(head, "I PushReceiver: onToken regId=", b64u(44), " vendor=", R.choice(["HMS", "MiPush", "OPPO", "VIVO"]), "\n")
        elif k == 13:
            doc.w(head, "D ProfileVM: user profile loaded nickname=momo realName=", (cname(), "PERSON_NAME"), " phone=",
                  masked_mobile(), " vip=", R.choice(["true", "false"]), "\n")
        elif k == 14:
            nm = cname()
            rid, _ = resident_id()
            doc.w(head, "D RealNameActivity: submit verify name=", (nm, "PERSON_NAME"), " idCard=", (id_written(rid), "CHINA_RESIDENT_ID_NUMBER"), "\n")
            doc.w(head, "I RealNameActivity: verify result %s\n" % R.choice(["code=0 msg=ok", "code=0 msg=ok", "code=1002 msg=姓名与身份证号不一致"]))
        elif k == 15:
            doc.w(head, "V Choreographer: Skipped %d frames!  The application may be doing too much work on its main thread.\n" % R.randint(30, 200))
        elif k == 16:
            doc.w(head, "I ActivityTaskManager: Displayed %s/.ui.DetailActivity: +%dms\n" % (app, R.randint(200, 900)))
        elif k == 17:
            doc.w(head, "D AdSdk   : loadAd slot=", str(R.randint(10 ** 8, 10 ** 9)), " reqId=", uid4(), " ecpm=", "%.2f" % R.uniform(1, 80), "\n")
        elif k == 18:
            doc.w(head, "D Glide   : Load failed for https://img.example.cn/%s.webp with size [%dx%d]\n" % (md5(str(t))[:20], R.choice([360, 540]), R.choice([360, 540])))
        elif k == 19:
            doc.w(head, "W System.err: java.net.SocketTimeoutException: failed to connect to api.xingyun.example.cn/10.%d.%d.%d (port 443) from /" % (R.randint(0, 30), R.randint(0, 255), R.randint(1, 254)),
                  ("10.%d.%d.%d" % (R.randint(100, 200), R.randint(0, 255), R.randint(1, 254)), None), " (port %d) after 10000ms\n" % R.randint(30000, 60000))
        elif k == 20:
            doc.w(head, "D SmsLogin: send code to ", (fmt_mobile(mobile(), R.choice(["plain", "+86", "space"])), "PHONE_NUMBER"), " result=ok seq=", digits(6), "\n")
        elif k == 21:
            doc.w(head, "D SmsLogin: auto-fill verify code ", (digits(6), "CREDENTIAL"), " from 1069%s\n" % digits(8))
        elif k == 22:
            doc.w(head, "I chatty  : uid=10%d(%s) identical %d lines\n" % (R.randint(100, 400), app, R.randint(2, 30)))
        elif k == 23:
            doc.w(head, "D Contacts: upload contact name=", (cname(), "PERSON_NAME"), " number=", (fmt_mobile(mobile(), R.choice(["plain", "space", "+86sp", "dash"])), "PHONE_NUMBER"), "\n")
        elif k == 24:
            doc.w(head, "D MiitHelper: OnSupport isSupport=true oaid=", d["oaid"], " vaid=", hexs(16), " aaid=", uid4(), "\n")
        elif k == 25:
            doc.w(head, "E Bugly   : crash report uploaded, crashId=", uid4(), " size=%d\n" % R.randint(2000, 30000))
        else:
            ad, _ = address()
            doc.w(head, "D AddressEdit: save address receiver=", (cname(), "PERSON_NAME"), " tel=", (fmt_mobile(mobile(), "plain"), "PHONE_NUMBER"), " detail=", (ad, "STREET_ADDRESS"), "\n")


def f_crash(doc):
    t = ts_ms()
    for i in range(16):
        t += R.randint(60000, 8000000)
        d = device()
        app = R.choice(APPS)
        doc.t("=" * 72 + "\n")
        doc.w("CrashID: ", uid4(), "\nReport time: ", fmt_ts(t, "sec"), " (", str(t), ")\nApp: ", app[0], " ", app[3],
              " (build ", str(R.randint(1000, 9999)), ")\nDevice: ", d["make"], " ", d["model"], " Android ", d["osv"],
              " API ", str(R.choice([29, 30, 31, 33])), "\nFingerprint: ", d["make"], "/", d["model"], "/", d["model"], ":", d["osv"], "/",
              d["build"], "/V13.0.", str(R.randint(1, 20)), ".0:user/release-keys\n")
        if R.random() < 0.6:
            doc.w("IMEI: ", (d["imei"], "IMEI_HARDWARE_ID"), "\n")
        else:
            doc.w("IMEI: unknown (READ_PHONE_STATE denied)\n")
        doc.w("UserId: ", str(R.randint(10 ** 8, 10 ** 9)), "    Network: ", R.choice(["WIFI", "4G", "5G"]), "    IP: ", (d["ip"], "IP_ADDRESS"), "\n")
        doc.w("Free RAM: ", str(R.randint(300, 3000)), "MB  Free disk: ", str(R.randint(1, 90)), "GB  Rooted: no\n\n")
        k = R.randint(0, 6)
        pkg = app[0]
        if k == 0:
            ph = fmt_mobile(mobile(), R.choice(["space", "dash", "+86sp"]))
            doc.w("java.lang.NumberFormatException: For input string: \"", (ph, "PHONE_NUMBER"), "\"\n")
            frames = ["java.lang.Long.parseLong(Long.java:594)", "java.lang.Long.parseLong(Long.java:636)",
                      pkg + ".login.PhoneFormatter.normalize(PhoneFormatter.java:42)", pkg + ".login.LoginViewModel.onSubmit(LoginViewModel.kt:118)"]
        elif k == 1:
            nm = cname()
            rid, (y, m, dd) = resident_id()
            doc.w("org.json.JSONException: Unterminated string at character %d of {\"name\":\"" % R.randint(80, 200), (nm, "PERSON_NAME"),
                  "\",\"idCard\":\"", (rid, "CHINA_RESIDENT_ID_NUMBER"), "\",\"birthday\":\"", ("%04d-%02d-%02d" % (y, m, dd), "DATE_OF_BIRTH"), "\",\"addr\":\"")
            ad, _ = address()
            doc.w((ad[:R.randint(8, 14)], None), "\n")
            frames = ["org.json.JSONTokener.syntaxError(JSONTokener.java:460)", "org.json.JSONTokener.nextString(JSONTokener.java:216)",
                      "org.json.JSONObject.<init>(JSONObject.java:165)", pkg + ".kyc.KycRepository.parse(KycRepository.kt:77)"]
        elif k == 2:
            card = bank_card()
            doc.w("java.lang.IllegalArgumentException: unsupported card bin, cardNo=", (card, "BANK_CARD_NUMBER"), " bank=null\n")
            frames = [pkg + ".pay.CardBinResolver.resolve(CardBinResolver.java:58)", pkg + ".pay.BindCardPresenter.next(BindCardPresenter.java:203)",
                      "android.view.View.performClick(View.java:7448)"]
        elif k == 3:
            em = email()
            doc.w("android.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: account.email (code 2067 SQLITE_CONSTRAINT_UNIQUE)\n",
                  "  while inserting email=", (em, "EMAIL_ADDRESS"), " uid=", str(R.randint(10 ** 8, 10 ** 9)), "\n")
            frames = ["android.database.sqlite.SQLiteConnection.nativeExecuteForLastInsertedRowId(Native Method)",
                      "android.database.sqlite.SQLiteDatabase.insertWithOnConflict(SQLiteDatabase.java:1640)",
                      pkg + ".db.AccountDao_Impl.insert(AccountDao_Impl.java:91)"]
        elif k == 4:
            doc.w("retrofit2.HttpException: HTTP 401 Unauthorized\n",
                  "  request: GET https://api.example.cn/v1/me?access_token=", (b64u(32), "CREDENTIAL"), "&ts=", str(t), "\n")
            frames = ["retrofit2.KotlinExtensions$await$2$2.onResponse(KotlinExtensions.kt:53)",
                      "retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:161)", "okhttp3.internal.connection.RealCall$AsyncCall.run(RealCall.kt:519)"]
        elif k == 5:
            lat, lng, _ = d["coord"]
            doc.w("java.lang.IllegalStateException: geofence out of range: (", (lat + ", " + lng, "LOCATION_COORDINATES"), ") radius=%dm\n" % R.choice([100, 200, 500]))
            frames = [pkg + ".geo.FenceManager.add(FenceManager.kt:64)", pkg + ".geo.NearbyService.onStartCommand(NearbyService.kt:40)"]
        else:
            doc.w("java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference\n")
            frames = [pkg + ".feed.FeedAdapter.onBindViewHolder(FeedAdapter.kt:%d)" % R.randint(50, 300),
                      "androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7254)"]
        for fr in frames:
            doc.t("\tat " + fr + "\n")
        doc.t("\tat android.os.Handler.handleCallback(Handler.java:938)\n\tat android.os.Looper.loop(Looper.java:236)\n\t... %d more\n" % R.randint(3, 20))
        if R.random() < 0.5:
            doc.t("\nBreadcrumbs:\n")
            for _ in range(R.randint(2, 4)):
                t0 = t - R.randint(1000, 120000)
                kk = R.randint(0, 3)
                if kk == 0:
                    doc.w("  ", str(t0), " nav  -> ", R.choice(["LoginActivity", "PayActivity", "MainActivity"]), "\n")
                elif kk == 1:
                    doc.w("  ", str(t0), " http GET /v2/feed?page=", str(R.randint(1, 9)), " 200 ", str(R.randint(20, 400)), "ms\n")
                elif kk == 2:
                    doc.w("  ", str(t0), " input phone_edit text=\"", (mobile(), "PHONE_NUMBER"), "\"\n")
                else:
                    doc.w("  ", str(t0), " input phone_edit text=\"", masked_mobile(), "\" (masked)\n")
        if R.random() < 0.3:
            doc.t("\n*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\n")
            doc.w("pid: %d, tid: %d, name: RenderThread  >>> %s <<<\n" % (R.randint(5000, 30000), R.randint(5000, 30000), pkg))
            doc.t("signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x%s\n" % hexs(16))
            for r in range(4):
                doc.t("    x%-2d %s  x%-2d %s  x%-2d %s  x%-2d %s\n" % (r * 4, hexs(16), r * 4 + 1, hexs(16), r * 4 + 2, hexs(16), r * 4 + 3, hexs(16)))
            for j in range(4):
                doc.t("      #%02d pc %s  /data/app/~~%s==/%s-1/lib/arm64/libxyplayer.so (BuildId: %s)\n" % (j, hexs(16), b64u(22), pkg, hexs(40)))
        doc.t("\n")


PUSH_VENDORS = ["HMS", "MI", "OPPO", "VIVO", "HONOR", "JPUSH", "APNS"]


def f_push(doc):
    t = ts_ms()
    apps = [("100%d" % R.randint(10000, 99999), a[0]) for a in APPS[:5]]
    for i in range(190):
        t += R.randint(5, 20000)
        k = R.randint(0, 14)
        th = "push-dispatch-%d" % R.randint(1, 32)
        pre = "%s INFO  [%s] c.o.push.Dispatcher - " % (fmt_ts(t, "log"), th)
        app = R.choice(apps)
        mid = "m_" + hexs(20)
        if k <= 3:
            ven = R.choice(PUSH_VENDORS)
            doc.w(pre, "send msg_id=", mid, " app_id=", app[0], " target=regid:", b64u(44 if ven != "APNS" else 64).replace("-", "a"), " channel=", ven,
                  " status=200 cost=", str(R.randint(5, 300)), "ms\n")
        elif k <= 5:
            ph = mobile()
            doc.w(pre, "send msg_id=", mid, " app_id=", app[0], " target=alias:", (ph, "PHONE_NUMBER"), " channel=", R.choice(PUSH_VENDORS),
                  " status=", R.choice(["200", "200", "404 alias not bound"]), "\n")
        elif k == 6:
            d = device()
            doc.w(pre.replace("Dispatcher", "Register"), "bind regid=", b64u(44), " alias=", (d["phone"], "PHONE_NUMBER"), " imei=",
                  (d["imei"], "IMEI_HARDWARE_ID"), " client_ip=", (d["ip"], "IP_ADDRESS"), " model=", d["model"], " sdk=5.%d.%d\n" % (R.randint(0, 9), R.randint(0, 20)))
        elif k == 7:
            nm = cname()
            doc.w(pre, "render tpl=bill_remind vars={\"name\":\"", (nm, "PERSON_NAME"), "\",\"tail\":\"", digits(4), "\",\"amount\":\"",
                  "%.2f" % R.uniform(10, 5000), "\"} -> \"尊敬的", (nm, "PERSON_NAME"), "，您尾号", digits(4), "的信用卡本期账单已出，详询95588\"\n")
        elif k == 8:
            code = digits(R.choice([4, 6, 6]))
            doc.w(pre, "send msg_id=", mid, " type=notify body=\"【掌上钱包】验证码", (code, "CREDENTIAL"), "，5分钟内有效，请勿泄露。\" target=alias:",
                  (fmt_mobile(mobile(), "plain"), "PHONE_NUMBER"), "\n")
        elif k == 9:
            doc.w(pre.replace("INFO ", "DEBUG").replace("Dispatcher", "HmsClient"), "POST https://oauth-login.cloud.huawei.com/oauth2/v3/token grant_type=client_credentials&client_id=",
                  str(R.randint(10 ** 8, 10 ** 9)), "&client_secret=", (hexs(64), "CREDENTIAL"), "\n")
        elif k == 10:
            doc.w(pre.replace("INFO ", "DEBUG").replace("Dispatcher", "HmsClient"), "token refreshed access_token=", ("DQEBAOu" + b64s(120), "CREDENTIAL"),
                  " expires_in=3600\n")
        elif k == 11:
            doc.w(pre.replace("Dispatcher", "MiClient"), "POST https://api.xmpush.xiaomi.com/v3/message/regid headers={Authorization: key=",
                  (b64s(24), "CREDENTIAL"), "} restricted_package_name=", app[1], "\n")
        elif k == 12:
            ad, _ = address(prov=False)
            nm = cname()
            doc.w(pre, "send msg_id=", mid, " body=\"您的包裹已到达", ad.split("区")[0] + "区", "驿站，取件码 8-", digits(1), "-", digits(4),
                  "\" target=alias:", (fmt_mobile(mobile(), "plain"), "PHONE_NUMBER"), "\n")
        elif k == 13:
            doc.w(pre.replace("INFO ", "WARN "), "vendor ", R.choice(PUSH_VENDORS), " quota exceeded app_id=", app[0], " daily=", str(R.randint(10 ** 5, 10 ** 6)),
                  " retry_after=", str(R.randint(60, 3600)), "s; fallback=long_conn gw=172.16.%d.%d\n" % (R.randint(0, 20), R.randint(2, 250)))
        else:
            doc.w(pre.replace("Dispatcher", "Stats"), "arrive_rate app_id=", app[0], " sent=", str(R.randint(1000, 99999)), " arrived=",
                  str(R.randint(500, 999)), " clicked=", str(R.randint(10, 400)), " window=", fmt_ts(t - 3600000, "sec"), "\n")


def f_downloads(doc):
    doc.t("event_time,user_id,account,phone,client_ip,imei,oaid,model,rom,pkg,version_code,channel,bytes,result\n")
    t = ts_ms()
    for i in range(66):
        t += R.randint(100, 200000)
        d = device()
        app = R.choice(APPS)
        doc.t(fmt_ts(t, "sec") + "," + str(R.randint(10 ** 9, 10 ** 10 - 1)) + ",")
        k = R.random()
        if k < 0.4:
            doc.p(d["phone"], "PHONE_NUMBER")
        elif k < 0.6:
            doc.p(email(d["phone"]), "EMAIL_ADDRESS")
        else:
            doc.t("hw_" + hexs(10))
        doc.t(",")
        k = R.random()
        if k < 0.45:
            doc.p(d["phone"], "PHONE_NUMBER")
        elif k < 0.8:
            doc.t(masked_mobile(d["phone"]))
        doc.t(",")
        if R.random() < 0.8:
            doc.p(d["ip"], "IP_ADDRESS")
        else:
            doc.t('"'); doc.p(d["ipv6"], "IP_ADDRESS"); doc.t('"')
        doc.t(",")
        if R.random() < 0.7:
            doc.p(d["imei"], "IMEI_HARDWARE_ID")
        doc.t(",")
        doc.w(d["oaid"], ",", d["model"], ",\"", d["rom"], "\",", app[0], ",", str(R.randint(100, 99999)), ",",
              R.choice(["home_rec", "search", "rank", "push", "detail"]), ",", str(R.randint(3_000_000, 900_000_000)), ",",
              R.choice(["OK", "OK", "OK", "OK", "CANCEL", "ERR_NET", "ERR_SIGN"]), "\n")


def f_payments(doc):
    t = ts_ms()
    for i in range(95):
        t += R.randint(1000, 900000)
        pre = "%s INFO  [pay-%d] " % (fmt_ts(t, "log"), R.randint(1, 12))
        k = R.randint(0, 15)
        if k >= 14:
            k = 6
        ono = order_no()
        amt = "%.2f" % R.choice([6, 12, 30, 68, 98, 128, 328, 648, 19.9, 25])
        if k <= 2:
            way = R.choice(["ALIPAY", "ALIPAY", "WECHAT"])
            if way == "ALIPAY":
                acct = R.random()
                doc.w(pre, "notify channel=ALIPAY out_trade_no=", ono, " trade_no=", "2024" + digits(24), " total_amount=", amt,
                      " trade_status=TRADE_SUCCESS buyer_id=2088", digits(12), " buyer_logon_id=")
                if acct < 0.4:
                    doc.t(masked_mobile())
                elif acct < 0.7:
                    doc.p(mobile(), "PHONE_NUMBER")
                else:
                    doc.p(email(), "EMAIL_ADDRESS")
                doc.t("\n")
            else:
                doc.w(pre, "notify channel=WECHAT out_trade_no=", ono, " transaction_id=42000", digits(23), " openid=o", b64u(27),
                      " bank_type=", R.choice(["CMB_CREDIT", "ICBC_DEBIT", "OTHERS", "CCB_DEBIT"]), " total_fee=", str(int(float(amt) * 100)), " result_code=SUCCESS\n")
        elif k == 3:
            nm = cname()
            card = bank_card()
            rid, _ = resident_id(1960, 2003)
            ph = mobile()
            doc.w(pre, "bindcard req: ")
            emit_json(doc, {"uid": R.randint(10 ** 8, 10 ** 9), "cardNo": L(fmt_card(card), "BANK_CARD_NUMBER"), "holderName": L(nm, "PERSON_NAME"),
                            "idType": "01", "idNo": L(id_written(rid), "CHINA_RESIDENT_ID_NUMBER"), "bankMobile": L(ph, "PHONE_NUMBER"),
                            "cvn2": None, "reqSn": snowflake()})
            doc.t("\n")
            doc.w(pre, "bindcard resp: code=0000 bankName=", R.choice(["中国工商银行", "中国建设银行", "招商银行", "中国农业银行"]), " cardType=DEBIT card_last4=",
                  card[-4:], " bindId=", hexs(32), "\n")
        elif k == 4:
            doc.w(pre, "pay confirm order=", ono, " bindId=", hexs(32), " card=", R.choice(["6222********", "6217 **** **** "]), digits(4),
                  " sms_code=", (digits(6), "CREDENTIAL"), " amount=", amt, "\n")
        elif k == 5:
            nm = cname()
            rid, (y, m, dd) = resident_id(2005, 2016)
            doc.w(pre.replace("pay-", "realname-"), "anti-addiction verify ai=", hexs(32), " name=", (nm, "PERSON_NAME"), " id_num=",
                  (rid, "CHINA_RESIDENT_ID_NUMBER"), " -> status=0 pi=1fffbl", b64u(12), " age_group=", "MINOR" if y > 2006 else "ADULT", "\n")
        elif k == 6:
            nm = cname()
            kk = R.random()
            if kk < 0.5:
                doc.w(pre.replace("pay-", "realname-"), "verify idType=HK_MACAU_PERMIT name=", (nm, "PERSON_NAME"), " idNo=", (hk_permit(), "HK_MACAU_TRAVEL_PERMIT"), " birth=",
                      ("%04d%02d%02d" % (R.randint(1970, 2004), R.randint(1, 12), R.randint(1, 28)), "DATE_OF_BIRTH"), " result=MANUAL_REVIEW\n")
            else:
                doc.w(pre.replace("pay-", "realname-"), "verify idType=PASSPORT name=", (nm, "PERSON_NAME"), " idNo=", (passport(), "CHINA_PASSPORT"), " birth=",
                      ("%04d-%02d-%02d" % (R.randint(1970, 2004), R.randint(1, 12), R.randint(1, 28)), "DATE_OF_BIRTH"), " result=MANUAL_REVIEW\n")
        elif k == 7:
            doc.w(pre, "refund out_refund_no=RF", ono, " refund_fee=", amt, " reason=\"用户申请退款\" operator=cs_", str(R.randint(100, 999)), " status=PROCESSING\n")
        elif k == 8:
            nm = cname()
            card = bank_card()
            rid, _ = resident_id(1970, 2000)
            em = email()
            doc.w(pre.replace("pay-", "settle-"), "developer payout ")
            emit_json(doc, {"devId": "dev_%d" % R.randint(10 ** 5, 10 ** 6), "devType": "INDIVIDUAL", "realName": L(nm, "PERSON_NAME"),
                            "certNo": L(rid, "CHINA_RESIDENT_ID_NUMBER"), "contactEmail": L(em, "EMAIL_ADDRESS"),
                            "contactTel": L(fmt_mobile(mobile(), R.choice(["plain", "dash", "+86"])), "PHONE_NUMBER"),
                            "payeeAccount": L(fmt_card(card), "BANK_CARD_NUMBER"), "bank": R.choice(["招商银行深圳分行", "中国银行北京海淀支行", "工商银行杭州文三路支行"]),
                            "period": "2024-%02d" % R.randint(5, 8), "amount": "%.2f" % R.uniform(100, 90000), "taxWithheld": "%.2f" % R.uniform(0, 900)}, sep=(", ", ": "))
            doc.t("\n")
        elif k == 9:
            co = R.choice(["深圳星云互动科技有限公司", "杭州快读网络科技有限公司", "北京每日健身信息技术有限公司", "成都天气通软件有限公司"])
            doc.w(pre.replace("pay-", "settle-"), "developer payout devType=ENTERPRISE company=", co, " uscc=", uscc_code(), " account=",
                  digits(R.choice([12, 15])), " bank=", R.choice(["招商银行", "民生银行", "浦发银行"]), " contact=400-", digits(3), "-", digits(4),
                  " amount=", "%.2f" % R.uniform(1000, 900000), "\n")
        elif k == 10:
            doc.w(pre.replace("INFO ", "WARN "), "risk hold order=", ono, " reason=card_mismatch card=", digits(6), "******", digits(4), " ip=", (ipv4(), "IP_ADDRESS"), "\n")
        elif k == 11:
            doc.w(pre, "callback verify ok sign_type=RSA2 sign=", b64s(342), " app_id=2021", digits(12), "\n")
        elif k == 12:
            ad, _ = address()
            doc.w(pre, "invoice request order=", ono, " title=个人 receiver=", (cname(), "PERSON_NAME"), " mail=", (email(), "EMAIL_ADDRESS"),
                  " addr=", (ad, "STREET_ADDRESS"), " tel=", (landline() if R.random() < 0.4 else fmt_mobile(mobile()), "PHONE_NUMBER"), "\n")
        else:
            doc.w(pre, "query order=", ono, " status=", R.choice(["PAID", "CLOSED", "NOTPAY"]), " elapsed=", str(R.randint(3, 900)), "ms\n")


def f_attribution(doc):
    t = ts_ms()
    partners = ["oceanengine", "gdt", "kuaishou", "baidu", "vivo_ads"]
    for i in range(72):
        t += R.randint(100, 60000)
        d = device()
        cb = "https://ad.%s.example.com/track/activate/?callback=%s&os=0" % (R.choice(partners), b64u(40))
        if R.random() < 0.65:
            q = [("aid", str(R.randint(10 ** 15, 10 ** 16))), ("cid", str(R.randint(10 ** 15, 10 ** 16))), ("csite", str(R.randint(1, 40000)))]
            parts = []
            r = R.random()
            imei_v = None
            if r < 0.55:
                imei_v = (d["imei"], "IMEI_HARDWARE_ID")
            parts.append(("imei", imei_v if imei_v else ""))
            parts.append(("imei_md5", md5(d["imei"])))
            parts.append(("oaid", d["oaid"]))
            parts.append(("androidid", md5(d["android_id"])))
            if R.random() < 0.5:
                parts.append(("mac", (fmt_mac(d["mac"], R.choice(["upper", "bare", "lower"])), "MAC_ADDRESS")))
            parts.append(("mac1", md5(d["mac"].upper())))
            parts.append(("ip", (d["ip"], "IP_ADDRESS")))
            parts.append(("ua", quote(d["ua"], safe="")))
            parts.append(("ts", str(t - R.randint(0, 5000))))
            parts.append(("callback", quote(cb, safe="")))
            doc.w((d["ip"], "IP_ADDRESS"), " - - [", fmt_ts(t, "nginx"), "] \"GET /v1/click?")
            for j, (kk, vv) in enumerate(q + parts):
                if j:
                    doc.t("&")
                doc.t(kk + "=")
                if isinstance(vv, tuple):
                    doc.p(vv[0], vv[1])
                else:
                    doc.t(vv)
            doc.w(" HTTP/1.1\" 302 0 \"-\" \"", d["ua"], "\" ", "%.3f" % R.uniform(0.001, 0.05), "\n")
        else:
            srv = "47.%d.%d.%d" % (R.randint(90, 110), R.randint(0, 255), R.randint(1, 254))
            parts = [("event_type", str(R.choice([0, 1, 2, 6]))), ("app_key", hexs(16)), ("idfa", uid4(True) if R.random() < 0.2 else ""),
                     ("imei", (d["imei"], "IMEI_HARDWARE_ID") if R.random() < 0.5 else md5(d["imei"])), ("oaid", d["oaid"]),
                     ("ip", (d["ip"], "IP_ADDRESS")), ("model", quote(d["model"])), ("conv_time", str(t // 1000)), ("sign", md5(str(t)))]
            doc.w(srv, " - - [", fmt_ts(t, "nginx"), "] \"GET /s2s/postback?")
            for j, (kk, vv) in enumerate(parts):
                if j:
                    doc.t("&")
                doc.t(kk + "=")
                if isinstance(vv, tuple):
                    doc.p(vv[0], vv[1])
                else:
                    doc.t(vv)
            doc.w(" HTTP/1.1\" 200 27 \"-\" \"Go-http-client/1.1\" ", "%.3f" % R.uniform(0.001, 0.02), "\n")


def f_one_click(doc):
    t = ts_ms()
    ops = [("CM", "中国移动", "https://www.cmpassport.com/unisdk/rsapi/loginTokenValidate"),
           ("CU", "中国联通", "https://id6.me/auth/preauth.do"),
           ("CT", "中国电信", "https://open.e.189.cn/openapi/special/getMobile.do")]
    appid = "3000%d" % R.randint(10 ** 7, 10 ** 8)
    for i in range(38):
        t += R.randint(1000, 600000)
        op = R.choice(ops)
        rid = uid4().replace("-", "")
        d = device()
        ph = d["phone"]
        th = "http-nio-8080-exec-%d" % R.randint(1, 200)
        pre = lambda tt, lvl="INFO ": "%s %s [%s] c.o.auth.OneClickLoginService - " % (fmt_ts(tt, "log"), lvl, th)
        if op[0] == "CM":
            tok = "STsid0000001" + digits(13) + b64u(R.randint(40, 64))
        elif op[0] == "CU":
            tok = "nm" + b64u(R.randint(40, 56)) + "=="
        else:
            tok = hexs(32, True)
        doc.w(pre(t), "[", rid, "] recv login req op=", op[0], " masked=", masked_mobile(ph), " client_ip=", (d["ip"], "IP_ADDRESS"),
              " sdkVer=quick_login_android_5.9.%d" % R.randint(0, 9), " token=", (tok, "CREDENTIAL"), "\n")
        t += R.randint(10, 80)
        if R.random() < 0.35:
            doc.w(pre(t, "DEBUG"), "[", rid, "] POST ", op[2], " body=")
            if op[0] == "CM":
                emit_json(doc, {"version": "2.0", "msgid": rid, "systemtime": fmt_ts(t, "sec").replace("-", "").replace(" ", "").replace(":", "") + "123",
                                "strictcheck": "0", "appid": appid, "token": L(tok, "CREDENTIAL"), "sign": hexs(32, True), "encryptionalgorithm": ""})
            else:
                emit_json(doc, {"clientId": str(R.randint(10 ** 9, 10 ** 10)), "accessCode": L(tok, "CREDENTIAL"), "timeStamp": t,
                                "format": "json", "sign": hexs(40, True)})
            doc.t("\n")
        t += R.randint(50, 900)
        ok = R.random() < 0.85
        if ok:
            if op[0] == "CM":
                doc.w(pre(t), "[", rid, "] gateway resp: ")
                emit_json(doc, {"inresponseto": rid, "systemtime": str(t), "resultCode": "103000", "msisdn": L(ph, "PHONE_NUMBER"),
                                "taskId": hexs(32)})
            elif op[0] == "CU":
                doc.w(pre(t), "[", rid, "] gateway resp: ")
                emit_json(doc, {"code": 0, "msg": "success", "data": {"mobile": L(ph, "PHONE_NUMBER"), "operatorType": "CU"}, "seq": snowflake()})
            else:
                doc.w(pre(t), "[", rid, "] gateway resp: ")
                emit_json(doc, {"result": 0, "msg": "成功", "data": {"mobile": L(fmt_mobile(ph, R.choice(["plain", "86"])), "PHONE_NUMBER"),
                                                                   "expiredTime": 120}})
            doc.t("\n")
            uid = R.randint(10 ** 8, 10 ** 9)
            t += R.randint(5, 60)
            new = R.random() < 0.3
            doc.w(pre(t), "[", rid, "] ", "register new user" if new else "login existing user", " uid=", str(uid), " phone=", (ph, "PHONE_NUMBER"), "\n")
            t += R.randint(5, 30)
            doc.w(pre(t), "[", rid, "] issue session uid=", str(uid), " access_token=", (b64u(43), "CREDENTIAL"), " refresh_token=", (b64u(43), "CREDENTIAL"),
                  " expire=", str(t + 7200000), "\n")
        else:
            code = R.choice(["103111", "105312", "103119", "200020"])
            doc.w(pre(t, "WARN "), "[", rid, "] gateway fail resultCode=", code, " desc=", R.choice(["网关IP错误", "token已失效", "appid不存在", "用户取消登录"]),
                  " gw=", "120.197.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), " fallback=sms\n")
        if R.random() < 0.08:
            doc.w(pre(t, "DEBUG"), "loaded op config appid=", appid, " appkey=", hexs(32, True), " appSecret=", (b64u(32), "CREDENTIAL"), " hotline=10086\n")


def f_privacy_report(doc):
    co = "北京星云互动科技有限公司"
    doc.w("# 移动应用个人信息收集使用合规检测报告\n\n报告编号：PIA-2024-", digits(5), "  \n被测应用：星云视频（com.xingyun.video）v8.4.1（build 8410301）  \n",
          "开发者：", co, "（统一社会信用代码 ", uscc_code(), "）  \n开发者地址：北京市海淀区中关村大街27号中关村大厦12层（企业注册地址）  \n",
          "客服电话：400-", digits(3), "-", digits(4), "；个人信息保护联系邮箱：privacy@xingyun.example.cn  \n",
          "检测依据：《App违法违规收集使用个人信息行为认定方法》、GB/T 35273-2020、《电信和互联网用户个人信息保护规定》  \n",
          "检测日期：2024-06-", "%02d" % R.randint(1, 14), " 至 2024-06-", "%02d" % R.randint(15, 28), "\n\n")
    d = device()
    tester = cname()
    doc.w("## 1. 测试环境\n\n| 项目 | 值 |\n|---|---|\n| 测试机型 | ", d["make"], " ", d["model"], "（Android ", d["osv"], "） |\n",
          "| 设备序列号 | ", serialno(), " |\n| IMEI1 / IMEI2 | ", (d["imei"], "IMEI_HARDWARE_ID"), " / ", (d["imei2"], "IMEI_HARDWARE_ID"), " |\n",
          "| 测试 SIM IMSI | ", (d["imsi"], "IMSI_ID"), " |\n| 测试 SIM ICCID | ", (d["iccid"], "ICCID_NUMBER"), " |\n",
          "| 测试账号 | ", (d["phone"], "PHONE_NUMBER"), "（持有人：", (tester, "PERSON_NAME"), "） |\n",
          "| WLAN MAC | ", (fmt_mac(d["mac"], "lower"), "MAC_ADDRESS"), " |\n| 出口 IP | ", (d["ip"], "IP_ADDRESS"), " |\n\n")
    doc.t("## 2. 第三方 SDK 收集行为明细\n\n")
    sdks = [("友盟统计 SDK", "com.umeng.analytics", "9.6.3", "alog.umeng.com"), ("极光推送 SDK", "cn.jpush.android", "5.2.0", "stats.jpush.cn"),
            ("穿山甲广告 SDK", "com.bytedance.sdk.openadsdk", "5.4.1.6", "api-access.pangolin-sdk-toutiao.com"),
            ("优量汇 SDK", "com.qq.e.ads", "4.560.1430", "sdk.e.qq.com"),
            ("高德定位 SDK", "com.amap.api.location", "6.3.0", "apilocate.amap.com"), ("Bugly 崩溃上报", "com.tencent.bugly", "4.1.9", "android.bugly.qq.com"),
            ("移动认证 SDK", "com.cmic.sso.sdk", "9.6.0", "log.cmpassport.com"), ("微信 OpenSDK", "com.tencent.mm.opensdk", "6.8.24", "open.weixin.qq.com"),
            ("个推 SDK", "com.igexin.sdk", "3.3.2.0", "sdk-open-phone.getui.com"), ("神策分析 SDK", "com.sensorsdata.analytics", "6.7.2", "sa.example-analytics.cn")]
    for name, pkg, ver, host in sdks:
        doc.w("### ", name, "（", pkg, "，", ver, "）\n\n")
        doc.t("| 个人信息类型 | 触发时机 | 频次 | 抓包示例值 | 是否告知 |\n|---|---|---|---|---|\n")
        items = R.sample(range(10), R.randint(3, 6))
        for it in items:
            when = R.choice(["同意隐私政策前", "同意隐私政策后", "后台静默", "冷启动"])
            freq = R.choice(["1次", "3次/分钟", "12次", "每次前台", "60次/小时"])
            told = R.choice(["是", "否", "部分"])
            doc.t("| ")
            if it == 0:
                doc.w("IMEI | ", when, " | ", freq, " | `", (imei() if R.random() < 0.3 else d["imei"], "IMEI_HARDWARE_ID"), "` | ", told, " |\n")
            elif it == 1:
                doc.w("Android ID | ", when, " | ", freq, " | `", d["android_id"], "` | ", told, " |\n")
            elif it == 2:
                doc.w("MAC 地址 | ", when, " | ", freq, " | `", (fmt_mac(d["mac"], R.choice(["lower", "upper"])), "MAC_ADDRESS"), "` | ", told, " |\n")
            elif it == 3:
                doc.w("IMSI | ", when, " | ", freq, " | `", (d["imsi"], "IMSI_ID"), "` | ", told, " |\n")
            elif it == 4:
                lat, lng, _ = d["coord"]
                doc.w("精确位置 | ", when, " | ", freq, " | `", (lng + "," + lat, "LOCATION_COORDINATES"), "`（经度,纬度） | ", told, " |\n")
            elif it == 5:
                doc.w("ICCID | ", when, " | ", freq, " | `", (d["iccid"], "ICCID_NUMBER"), "` | ", told, " |\n")
            elif it == 6:
                doc.w("OAID | ", when, " | ", freq, " | `", d["oaid"], "` | ", told, " |\n")
            elif it == 7:
                doc.w("基站信息 | ", when, " | ", freq, " | `", (cgi(d["mnc"]), "CELL_ID"), "` | ", told, " |\n")
            elif it == 8:
                doc.w("应用安装列表 | ", when, " | ", freq, " | 共 ", str(R.randint(40, 180)), " 项（com.tencent.mm, com.eg.android.AlipayGphone, …） | ", told, " |\n")
            else:
                doc.w("WLAN BSSID | ", when, " | ", freq, " | `", (fmt_mac(d["bssid"], "upper"), "MAC_ADDRESS"), "` | ", told, " |\n")
        doc.t("\n")
        if R.random() < 0.5:
            doc.w("> 抓包片段：`POST https://", host,
                  "/upload` 请求体解码后含 `\"mc\":\"", (fmt_mac(d["mac"], "lower"), "MAC_ADDRESS"), "\",\"imei\":\"", (d["imei"], "IMEI_HARDWARE_ID"),
                  "\",\"ip\":\"", (d["ip"], "IP_ADDRESS"), "\"`，时间戳 ", str(ts_ms()), "。\n\n")
    doc.t("## 3. 应用自身收集行为\n\n")
    nm = cname()
    rid, (y, m, dd) = resident_id(1980, 2000)
    ad, _ = address()
    doc.w("1. 注册页在用户未勾选同意前即上传手机号：抓包 `{\"phone\":\"", (fmt_mobile(d["phone"], "plain"), "PHONE_NUMBER"), "\"}`。\n",
          "2. 实名认证页面以明文提交身份信息：`name=", (nm, "PERSON_NAME"), "&idcard=", (rid, "CHINA_RESIDENT_ID_NUMBER"), "&birthday=",
          ("%04d年%d月%d日" % (y, m, dd), "DATE_OF_BIRTH"), "`，未见单独同意弹窗。\n",
          "3. 收货地址页默认回填：", (nm, "PERSON_NAME"), "，", (fmt_mobile(mobile(), "dash"), "PHONE_NUMBER"), "，", (ad, "STREET_ADDRESS"), "。\n",
          "4. 登录接口返回明文口令摘要与 token：`\"token\":\"", (jwt(R.randint(10 ** 8, 10 ** 9)), "CREDENTIAL"), "\"`（已于复测中改为短效）。\n",
          "5. 客服页展示的号码为 10086、95598、400-", digits(3), "-", digits(4), "，属服务号码，不涉及个人信息。\n",
          "6. 日志中手机号已脱敏为 ", masked_mobile(), "，身份证号脱敏为 ", rid[:6], "********", rid[-4:], "，符合要求。\n\n")
    doc.t("## 4. 问题汇总与整改建议\n\n")
    for j in range(8):
        doc.w(str(j + 1), ". ", R.choice(["SDK 在同意隐私政策前读取设备标识（IMEI/MAC），建议延迟初始化。",
                                        "定位权限被拒绝后仍高频请求基站信息，建议取消降级采集。",
                                        "个人信息收集清单未列明 ICCID、BSSID，建议补充。",
                                        "隐私政策未说明第三方共享对象及目的，建议补充共享清单。",
                                        "注销账号流程超过 15 个工作日，建议优化。",
                                        "后台每 5 分钟读取一次剪切板，建议移除。"]), "\n")
    doc.w("\n复测联系人：", (cname(), "PERSON_NAME"), "（", (email(), "EMAIL_ADDRESS"), "，", (fmt_mobile(mobile(), R.choice(["space", "plain", "+86sp"])), "PHONE_NUMBER"), "）  \n")
    doc.w("检测机构：某第三方检测实验室（统一社会信用代码 ", uscc_code(), "），报告签发日期 2024-07-", "%02d" % R.randint(1, 28), "。\n")


def f_miniprogram(doc):
    t = ts_ms()
    appid = "wx" + hexs(16)
    for i in range(95):
        t += R.randint(100, 200000)
        pre = "%s INFO  [mp-api-%d] " % (fmt_ts(t, "log"), R.randint(1, 40))
        openid = "o" + b64u(27)
        unionid = "o" + b64u(27)
        k = R.randint(0, 13)
        if k <= 1:
            doc.w(pre, "code2session appid=", appid, " resp=")
            emit_json(doc, {"session_key": L(b64s(22), "CREDENTIAL"), "openid": openid, "unionid": unionid})
            doc.t("\n")
        elif k <= 3:
            ph = mobile()
            doc.w(pre, "decryptPhone openid=", openid, " iv=", b64s(22), " -> ")
            cc = R.random() < 0.5
            emit_json(doc, {"phoneNumber": L(("+86" + ph) if cc else ph, "PHONE_NUMBER"), "purePhoneNumber": L(ph, "PHONE_NUMBER"),
                            "countryCode": "86", "watermark": {"timestamp": t // 1000, "appid": appid}})
            doc.t("\n")
        elif k == 4:
            ph = mobile()
            doc.w(pre, "getuserphonenumber code=", hexs(64), " errcode=0 phone_info=")
            emit_json(doc, {"phoneNumber": L(ph, "PHONE_NUMBER"), "purePhoneNumber": L(ph, "PHONE_NUMBER"), "countryCode": "86",
                            "watermark": {"timestamp": t // 1000, "appid": appid}})
            doc.t("\n")
        elif k == 5:
            nm = cname()
            c = R.choice(ADDR_CITIES)
            prov = c[0].split("省")[0] + "省" if "省" in c[0] else c[0]
            city = c[0].split("省")[-1]
            doc.w(pre, "order create openid=", openid, " order_no=", order_no(), " address=")
            emit_json(doc, {"userName": L(nm, "PERSON_NAME"), "postalCode": "%06d" % R.randint(100000, 650000),
                            "provinceName": prov,
                            "cityName": city, "countyName": c[1], "detailInfo": L(street_detail(c), "STREET_ADDRESS"),
                            "nationalCode": R.choice(REGIONS), "telNumber": L(mobile(), "PHONE_NUMBER")})
            doc.t("\n")
        elif k == 6:
            ad, _ = address()
            doc.w(pre, "order ship order_no=", order_no(), " express=SF", digits(12), " to=\"", (cname(), "PERSON_NAME"), " ",
                  (fmt_mobile(mobile(), R.choice(["plain", "space"])), "PHONE_NUMBER"), " ", (ad, "STREET_ADDRESS"), "\"\n")
        elif k == 7:
            pl = plate()
            lat, lng, _ = coord()
            doc.w(pre.replace("mp-api", "parking"), "enter lot=P", digits(4), " plate=", (pl, "CHINA_LICENSE_PLATE"), " openid=", openid,
                  " gate_loc=", (lat + "," + lng, "LOCATION_COORDINATES"), " ts=", str(t), "\n")
        elif k == 8:
            pl = plate()
            doc.w(pre.replace("mp-api", "parking"), "pay lot=P", digits(4), " plateNo=", (pl, "CHINA_LICENSE_PLATE"), " fee=", "%.2f" % R.uniform(2, 80),
                  " transaction_id=42000", digits(23), " duration=", str(R.randint(5, 900)), "min\n")
        elif k == 9:
            doc.w(pre.replace("INFO ", "DEBUG"), "refresh access_token GET https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=", appid,
                  "&secret=", (hexs(32), "CREDENTIAL"), " -> access_token=", ("7" + digits(1) + "_" + b64u(120), "CREDENTIAL"), " expires_in=7200\n")
        elif k == 10:
            lat, lng, _ = coord()
            doc.w(pre, "getLocation openid=", openid, " latitude=", (lat, "LOCATION_COORDINATES"), " longitude=", (lng, "LOCATION_COORDINATES"),
                  " speed=-1 accuracy=", str(R.choice([30, 65, 40])), " client_ip=", (ipv4(), "IP_ADDRESS"), "\n")
        elif k >= 12:
            nm = cname()
            kind = R.choice(["ID", "ID", "PASSPORT", "HKMO"])
            if kind == "ID":
                rid, (y, m, dd) = resident_id(1955, 2018)
                idv = L(id_written(rid), "CHINA_RESIDENT_ID_NUMBER")
                ct = "身份证"
            elif kind == "PASSPORT":
                y, m, dd = R.randint(1960, 2015), R.randint(1, 12), R.randint(1, 28)
                idv = L(passport(), "CHINA_PASSPORT")
                ct = "护照"
            else:
                y, m, dd = R.randint(1960, 2015), R.randint(1, 12), R.randint(1, 28)
                idv = L(hk_permit(), "HK_MACAU_TRAVEL_PERMIT")
                ct = "港澳通行证"
            doc.w(pre.replace("mp-api", "travel"), "add passenger openid=", openid, " body=")
            emit_json(doc, {"name": L(nm, "PERSON_NAME"), "certType": ct, "certNo": idv,
                            "birthday": L("%04d-%02d-%02d" % (y, m, dd), "DATE_OF_BIRTH"),
                            "mobile": L(mobile(), "PHONE_NUMBER") if R.random() < 0.7 else "",
                            "isChild": y >= 2012, "passengerId": snowflake()})
            doc.t("\n")
        else:
            doc.w(pre, "subscribeMessage send tmpl=", b64u(43), " touser=", openid, " errcode=", R.choice(["0", "0", "43101"]), " msgid=", str(R.randint(10 ** 17, 10 ** 18)), "\n")


def f_ad_clicks(doc):
    cols = ["ts_ms", "click_id", "ad_id", "creative_id", "campaign_id", "slot", "ip", "ua", "imei", "imei_md5", "oaid", "android_id",
            "mac", "model", "os_ver", "lat", "lon", "city", "cpc_price", "is_valid"]
    doc.t("\t".join(cols) + "\n")
    t = ts_ms()
    for i in range(62):
        t += R.randint(10, 30000)
        d = device()
        lat, lng, c = d["coord"]
        row = [str(t), uid4().replace("-", ""), str(R.randint(10 ** 9, 10 ** 10)), str(R.randint(10 ** 9, 10 ** 10)), str(R.randint(10 ** 6, 10 ** 7)),
               R.choice(["splash", "feed", "banner", "reward_video"])]
        for j, x in enumerate(row):
            doc.t(x + "\t")
        if R.random() < 0.85:
            doc.p(d["ip"], "IP_ADDRESS")
        else:
            doc.p(d["ipv6"], "IP_ADDRESS")
        doc.t("\t" + d["ua"] + "\t")
        if R.random() < 0.6:
            doc.p(d["imei"], "IMEI_HARDWARE_ID")
        else:
            doc.t(R.choice(["", "\\N", "0"]))
        doc.t("\t" + md5(d["imei"]) + "\t" + d["oaid"] + "\t" + d["android_id"] + "\t")
        r = R.random()
        if r < 0.5:
            doc.p(fmt_mac(d["mac"], R.choice(["upper", "lower", "dash"])), "MAC_ADDRESS")
        elif r < 0.8:
            doc.t("02:00:00:00:00:00")
        doc.t("\t" + d["model"] + "\t" + d["osv"] + "\t")
        if R.random() < 0.7:
            doc.p(lat, "LOCATION_COORDINATES")
            doc.t("\t")
            doc.p(lng, "LOCATION_COORDINATES")
        else:
            doc.t("0.0\t0.0")
        doc.t("\t" + c[0] + "\t" + "%.4f" % R.uniform(0.05, 3.5) + "\t" + R.choice(["1", "1", "1", "0"]) + "\n")


def f_antifraud(doc):
    t = ts_ms()
    for i in range(30):
        t += R.randint(1000, 800000)
        d = device()
        lat, lng, _ = d["coord"]
        rec = {"event_id": snowflake(), "ts": t, "scene": R.choice(["register", "login", "coupon_claim", "ad_click", "withdraw"]),
               "uid": R.randint(10 ** 8, 10 ** 9), "fp": sha256(d["imei"] + d["android_id"])[:40], "fp_ver": "fp-2.%d" % R.randint(0, 9)}
        dev = {"imei": L(d["imei"], "IMEI_HARDWARE_ID") if R.random() < 0.75 else "",
               "imei_list": [L(d["imei"], "IMEI_HARDWARE_ID"), L(d["imei2"], "IMEI_HARDWARE_ID")] if R.random() < 0.35 else [],
               "meid": L(d["meid"], "MEID") if d["meid"] else None,
               "imsi": L(d["imsi"], "IMSI_ID") if R.random() < 0.7 else "",
               "iccid": L(d["iccid"], "ICCID_NUMBER") if R.random() < 0.6 else "",
               "mac": L(fmt_mac(d["mac"], R.choice(["lower", "upper", "bare"])), "MAC_ADDRESS") if R.random() < 0.6 else "02:00:00:00:00:00",
               "bssid": L(fmt_mac(d["bssid"], "lower"), "MAC_ADDRESS") if R.random() < 0.5 else "",
               "android_id": d["android_id"], "oaid": d["oaid"], "serial": serialno(), "brand": d["make"], "model": d["model"],
               "board": R.choice(["kona", "lahaina", "taro", "mt6893"]), "boot_time": t - R.randint(10 ** 6, 10 ** 9),
               "screen": "%dx%d" % d["wh"], "battery": {"level": R.randint(3, 100), "charging": R.choice([True, False]), "temp": R.randint(250, 420)},
               "root": R.random() < 0.05, "emulator": R.random() < 0.04, "hook": R.choice([[], [], ["xposed"], ["frida-server"]]),
               "vpn": R.random() < 0.1, "proxy": "" if R.random() < 0.9 else "127.0.0.1:8888", "sensors": R.randint(18, 45)}
        net = {"ip": L(d["ip"], "IP_ADDRESS"), "ip_city": R.choice(CITIES)[0], "carrier": d["carrier"]}
        if R.random() < 0.7:
            net["lat"] = L(lat, "LOCATION_COORDINATES", True)
            net["lng"] = L(lng, "LOCATION_COORDINATES", True)
        if R.random() < 0.5:
            net["cell"] = {"lac": int(lac()), "ci": L(eci() if R.random() < 0.6 else gsm_ci(), "CELL_ID", True)}
        rec["device"] = dev
        rec["net"] = net
        acct = {"phone": L(d["phone"], "PHONE_NUMBER") if R.random() < 0.6 else masked_mobile(d["phone"]),
                "reg_days": R.randint(0, 2000)}
        if rec["scene"] == "withdraw":
            acct["withdraw_card"] = L(bank_card(), "BANK_CARD_NUMBER")
            acct["real_name"] = L(cname(), "PERSON_NAME")
            rid, _ = resident_id()
            acct["id_no"] = L(rid, "CHINA_RESIDENT_ID_NUMBER")
            acct["birth"] = L("%s-%s-%s" % (rid[6:10], rid[10:12], rid[12:14]), "DATE_OF_BIRTH")
        rec["account"] = acct
        rec["risk"] = {"score": R.randint(0, 100), "level": R.choice(["PASS", "PASS", "REVIEW", "REJECT"]),
                       "hits": R.sample(["same_device_multi_acct", "ip_blacklist", "emulator", "gps_mock", "night_burst", "sim_change"], R.randint(0, 2)),
                       "model_ver": "xgb-20240601", "rule_ids": [R.randint(1000, 9999) for _ in range(R.randint(0, 3))]}
        emit_json(doc, rec)
        doc.t("\n")


def f_pbtxt(doc):
    for i in range(18):
        d = device()
        app = R.choice(APPS)
        lat, lng, _ = d["coord"]
        doc.w("# ---- dump #", str(i + 1), " AdRequest (", fmt_ts(ts_ms(), "sec"), ") ----\n")
        doc.w("request_id: \"", uid4(), "\"\napi_version { major: 3 minor: ", str(R.randint(0, 9)), " micro: ", str(R.randint(0, 30)), " }\n")
        doc.w("app {\n  app_id: \"", str(R.randint(10 ** 7, 10 ** 8)), "\"\n  package_name: \"", app[0], "\"\n  app_version { major: ",
              app[3].split(".")[0], " minor: ", app[3].split(".")[1], " }\n}\n")
        doc.t("device {\n  device_type: PHONE\n  os_type: ANDROID\n")
        doc.w("  os_version { major: ", d["osv"], " }\n  vendor: \"", d["make"], "\"\n  model: \"", d["model"], "\"\n")
        doc.w("  screen_size { width: ", str(d["wh"][0]), " height: ", str(d["wh"][1]), " }\n")
        doc.t("  udid {\n")
        if R.random() < 0.7:
            doc.w("    imei: \"", (d["imei"], "IMEI_HARDWARE_ID"), "\"\n")
        doc.w("    imei_md5: \"", md5(d["imei"]).upper(), "\"\n")
        if d["meid"] and R.random() < 0.7:
            doc.w("    meid: \"", (d["meid"], "MEID"), "\"\n")
        doc.w("    android_id: \"", d["android_id"], "\"\n    oaid: \"", d["oaid"], "\"\n")
        if R.random() < 0.6:
            doc.w("    mac: \"", (fmt_mac(d["mac"], R.choice(["upper", "lower"])), "MAC_ADDRESS"), "\"\n")
        doc.t("  }\n}\n")
        doc.t("network {\n")
        doc.w("  ipv4: \"", (d["ip"], "IP_ADDRESS"), "\"\n")
        if R.random() < 0.4:
            doc.w("  ipv6: \"", (d["ipv6"], "IP_ADDRESS"), "\"\n")
        doc.w("  connection_type: ", R.choice(["WIFI", "CELL_4G", "CELL_5G"]), "\n  operator_type: ", {"00": "CHINA_MOBILE", "01": "CHINA_UNICOM", "03": "CHINA_TELECOM", "11": "CHINA_TELECOM", "15": "CHINA_BROADNET"}.get(d["mnc"], "CHINA_MOBILE"), "\n")
        if R.random() < 0.6:
            doc.w("  imsi: \"", (d["imsi"], "IMSI_ID"), "\"\n")
        if R.random() < 0.6:
            if R.random() < 0.5:
                doc.w("  cell_info { mcc: 460 mnc: ", str(int(d["mnc"])), " lac: ", lac(), " cell_id: ", (eci(), "CELL_ID"), " }\n")
            else:
                doc.w("  cell_info { cgi: \"", (ecgi(d["mnc"]), "CELL_ID"), "\" rsrp: -", str(R.randint(80, 120)), " }\n")
        doc.t("}\n")
        if R.random() < 0.8:
            doc.w("gps {\n  coordinate_type: WGS84\n  latitude: ", (lat, "LOCATION_COORDINATES"), "\n  longitude: ", (lng, "LOCATION_COORDINATES"),
                  "\n  timestamp: ", str(ts_ms()), "\n}\n")
        doc.w("adslot {\n  adslot_id: \"", str(R.randint(10 ** 6, 10 ** 7)), "\"\n  adslot_size { width: 720 height: 1280 }\n  ads: ", str(R.randint(1, 3)), "\n}\n")
        if R.random() < 0.3:
            doc.w("user {\n  user_id: \"", hexs(32), "\"\n  phone_md5: \"", md5(d["phone"]), "\"\n  age_range: \"25-34\"\n}\n")
        doc.w("# response: status=", R.choice(["0", "0", "204"]), " ads=", str(R.randint(0, 3)), " cost=", str(R.randint(10, 200)), "ms\n\n")


def f_yaml(doc):
    doc.t("# remote config snapshot, dumped by sdk debug panel\n")
    doc.w("config_version: 2024.06.", str(R.randint(1, 28)), "-r", str(R.randint(100, 999)), "\nsdk:\n  name: xstat-android\n  version: 3.2.7\n  min_host: 21\n")
    doc.w("  app_key: ", hexs(24), "\n  app_secret: ", (b64u(32), "CREDENTIAL"), "\n  report_url: https://log.xstat.example.cn/v3/batch\n")
    doc.t("  upload:\n    interval_s: 30\n    max_batch: 50\n    gzip: true\n")
    doc.t("  collect:\n    imei: false     # disabled since 3.0 per compliance review\n    mac: false\n    cell: true\n    gps: when_permitted\n")
    doc.t("ad:\n  exchange:\n")
    for x in ["opssp", "xssp", "cmssp"]:
        doc.w("    - name: ", x, "\n      endpoint: https://", x, ".example.cn/openrtb/2.5\n      qps: ", str(R.randint(200, 5000)),
              "\n      token: ", (b64u(40), "CREDENTIAL"), "\n      ekey: ", (b64s(32), "CREDENTIAL"), "\n      ikey: ", (b64s(32), "CREDENTIAL"), "\n")
    doc.t("  servers:\n")
    for _ in range(3):
        doc.w("    - 10.", str(R.randint(0, 40)), ".", str(R.randint(0, 255)), ".", str(R.randint(2, 250)), ":", str(R.choice([8080, 9090, 7001])), "\n")
    doc.t("push:\n  hms:\n    app_id: \"%d\"\n" % R.randint(10 ** 8, 10 ** 9))
    doc.w("    client_secret: \"", (hexs(64), "CREDENTIAL"), "\"\n  mi:\n    app_key: \"", "5" + digits(12), "\"\n    app_secret: \"", (b64s(24), "CREDENTIAL"), "\"\n")
    doc.t("test_devices:\n")
    for i in range(22):
        d = device()
        doc.w("  - owner: ", (cname(), "PERSON_NAME"), "\n    model: ", d["make"], " ", d["model"], "\n")
        doc.w("    imei: \"", (d["imei"], "IMEI_HARDWARE_ID"), "\"\n")
        if R.random() < 0.5:
            doc.w("    imei2: \"", (d["imei2"], "IMEI_HARDWARE_ID"), "\"\n")
        if d["meid"] and R.random() < 0.6:
            doc.w("    meid: ", (d["meid"], "MEID"), "\n")
        doc.w("    oaid: ", d["oaid"], "\n")
        if R.random() < 0.5:
            doc.w("    mac: \"", (fmt_mac(d["mac"], R.choice(["lower", "upper"])), "MAC_ADDRESS"), "\"\n")
        doc.w("    phone: ", (fmt_mobile(d["phone"], R.choice(["plain", "plain", "+86", "dash"])), "PHONE_NUMBER"), "\n")
        if R.random() < 0.3:
            doc.w("    email: ", (email(), "EMAIL_ADDRESS"), "\n")
        if R.random() < 0.4:
            doc.w("    imsi: \"", (d["imsi"], "IMSI_ID"), "\"\n")
        doc.w("    tags: [", R.choice(["qa", "ad_debug", "grey"]), "]\n")
    doc.t("whitelist_ips:\n")
    for _ in range(6):
        doc.w("  - ", (ipv4(), "IP_ADDRESS"), "   # ", R.choice(["qa home broadband", "field test", "ad review"]), "\n")
    doc.t("feature_flags:\n  splash_shake: true\n  reward_video_skip_s: 5\n  new_feed_ratio: 0.35\n  build: \"8410301\"\n")
    doc.t("geo_fences:\n")
    for _ in range(6):
        lat, lng, c = coord()
        doc.w("  - name: ", c[1], "_store_", str(R.randint(1, 99)), "\n    center: [", lng, ", ", lat, "]\n    radius_m: ", str(R.choice([200, 500, 1000])), "\n")


FILES = [
    ("openrtb_bid_requests.jsonl", f_openrtb_req),
    ("openrtb_bid_responses.log", f_openrtb_resp),
    ("sdk_event_batches.jsonl", f_sdk_events),
    ("app_logcat.txt", f_logcat),
    ("crash_reports.txt", f_crash),
    ("push_gateway.log", f_push),
    ("appstore_downloads.csv", f_downloads),
    ("appstore_payments.log", f_payments),
    ("attribution_clicks.log", f_attribution),
    ("one_click_login.log", f_one_click),
    ("privacy_compliance_report.md", f_privacy_report),
    ("miniprogram_server.log", f_miniprogram),
    ("ad_clicks.tsv", f_ad_clicks),
    ("antifraud_fingerprints.jsonl", f_antifraud),
    ("debug_dump.pbtxt", f_pbtxt),
    ("sdk_remote_config.yaml", f_yaml),
]


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    all_labels = []
    for name, fn in FILES:
        doc = Doc(name)
        fn(doc)
        data = doc.text().encode("utf-8")
        with open(os.path.join(a.out, name), "wb") as f:
            f.write(data)
        with open(os.path.join(a.out, name), "rb") as f:
            back = f.read()
        assert back == data
        prev_end = -1
        for st, en, typ, val in doc.labels:
            assert back[st:en].decode("utf-8") == val, (name, st, en, val)
            assert st >= prev_end, (name, st, val)
            prev_end = en
            all_labels.append({"file": name, "start": st, "end": en, "type": typ})
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lb in all_labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
