#!/usr/bin/python3
"""Labelled test corpus: telecom signalling and network-element data.

Writes fifteen files in the formats an operator's network and operations teams
hold (IMS SIP traces, FreeRADIUS detail files, ISC DHCP logs, Diameter Gx/Gy/Rx
dumps, HSS MML provisioning logs, SMPP PDU logs, tshark GTPv2-C decodes, decoded
3GPP CDRs, NMS alarms, BSS audit logs, trouble tickets, MNP batches, SM-DP+
logs, TR-069 Informs, PCRF Kafka events) plus ``labels.jsonl``.

Every value is synthetic.  Identifiers are valid by construction: resident IDs
carry the GB 11643 check character, IMEIs and bank cards pass Luhn, IMSIs use
460 plus an allocated MNC, mobile numbers are valid CN mobiles per
libphonenumber, ICCIDs start with 8986.

Label rules
  * one JSON object per line: {"file", "start", "end", "type"}; start/end are
    UTF-8 byte offsets into the file, end exclusive; offsets are recorded while
    the file is written and re-checked against the bytes at the end.
  * phone numbers are labelled as written (country prefix and separators
    included); inside sip:/tel: URIs only the number is labelled.
  * every IPv4/IPv6 address and MAC address is labelled (subscriber and network
    element alike); ports, prefix lengths and brackets are not part of the span.
  * CELL_ID covers a whole CGI/ECGI, a 3GPP utran-cell-id value, or the value
    of an eci/ci/cell id field; TAC/LAC alone is not labelled.
  * CREDENTIAL is the secret value only (password, Ki, OPc, token, community,
    activation code, port-out authorisation code), never its key.
  * PERSON_NAME only for subscribers, customers and contacts; engineers'
    handles and company names are not labelled.
  * not labelled: masked values, service numbers, order/transaction/session
    IDs, timestamps, counters, hashes, UUIDs, serial numbers, EIDs, VINs,
    social credit codes, TAC/LAC, MCC/MNC, version strings, OIDs.

Usage: make_corpus.py [--out DIR]   (default: the script's own directory)
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import sys

import phonenumbers
from stdnum import imei as std_imei
from stdnum import imsi as std_imsi
from stdnum import luhn
from stdnum import meid as std_meid
from stdnum.cn import ric, uscc

SEED = 46000_2024
R = random.Random(SEED)

# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------

SLOT = "\u00a7"   # placeholder in templates


class Doc:
    def __init__(self, name):
        self.name = name
        self.parts = []
        self.pos = 0
        self.labels = []        # (start, end, type, value)
        self.negs = []          # deliberate look-alike negatives (start, end, value)

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.pos += len(b)

    def v(self, s, typ):
        b = s.encode("utf-8")
        self.labels.append((self.pos, self.pos + len(b), typ, s))
        self.parts.append(b)
        self.pos += len(b)

    def n(self, s):
        b = s.encode("utf-8")
        self.negs.append((self.pos, self.pos + len(b), s))
        self.parts.append(b)
        self.pos += len(b)

    def w(self, tpl, *args):
        """Template with SLOT placeholders; an arg is a str (plain text),
        a (value, TYPE) tuple (labelled) or a (value, None) tuple (negative)."""
        pieces = tpl.split(SLOT)
        if len(pieces) != len(args) + 1:
            raise ValueError("slot mismatch in %r" % tpl)
        for i, a in enumerate(args):
            self.t(pieces[i])
            if isinstance(a, tuple):
                if a[1] is None:
                    self.n(a[0])
                else:
                    self.v(a[0], a[1])
            else:
                self.t(str(a))
        self.t(pieces[-1])

    def data(self):
        return b"".join(self.parts)


def L(value, typ):
    return (value, typ)


def NEG(value):
    return (value, None)


# --------------------------------------------------------------------------
# identifier generators
# --------------------------------------------------------------------------

def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


MOBILE_PREFIX = {
    "CMCC": ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
             "157", "158", "159", "172", "178", "182", "183", "184", "187", "188",
             "195", "198"],
    "CU": ["130", "131", "132", "145", "155", "156", "166", "175", "176", "185",
           "186", "196"],
    "CT": ["133", "149", "153", "173", "177", "180", "181", "189", "190", "191",
           "193", "199"],
    "CBN": ["192"],
}
IMSI_MNC = {"CMCC": ["00", "02", "07", "08"], "CU": ["01", "06", "09"],
            "CT": ["03", "11"], "CBN": ["15"]}
ICCID_PFX = {"CMCC": ["898600", "898602", "898607"], "CU": ["898601", "898606"],
             "CT": ["898603", "898611"], "CBN": ["898615"]}
IMS_MNC = {"CMCC": "000", "CU": "001", "CT": "011", "CBN": "015"}
OP_NAME = {"CMCC": "中国移动", "CU": "中国联通", "CT": "中国电信", "CBN": "中国广电"}
OP_CODE = {"CMCC": "002", "CU": "001", "CT": "003", "CBN": "015"}

_used = set()


def uniq(fn):
    while True:
        x = fn()
        if x not in _used:
            _used.add(x)
            return x


def is_cn_mobile(s):
    try:
        n = phonenumbers.parse(s, "CN")
    except phonenumbers.NumberParseException:
        return False
    return (phonenumbers.is_valid_number(n) and n.country_code == 86 and
            phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE)


def is_cn_phone(s):
    try:
        n = phonenumbers.parse(s, "CN")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and n.country_code == 86


def gen_mobile(op):
    def f():
        while True:
            m = R.choice(MOBILE_PREFIX[op]) + digits(8)
            if is_cn_mobile(m):
                return m
    return uniq(f)


AREA = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("025", 8),
        ("027", 8), ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0592", 7),
        ("0532", 8), ("0757", 8), ("0760", 8)]


def gen_landline():
    def f():
        while True:
            ac, n = R.choice(AREA)
            num = str(R.randint(2, 8)) + digits(n - 1)
            if is_cn_phone(ac + num):
                return ac, num
    return uniq(f)


def fmt_landline(ac, num, style):
    if style == "dash":
        return "%s-%s" % (ac, num)
    if style == "paren":
        return "(%s)%s" % (ac, num)
    if style == "plain":
        return ac + num
    if style == "space":
        return "%s %s %s" % (ac, num[:4], num[4:])
    if style == "intl":
        return "+86 %s %s %s" % (ac[1:], num[:4], num[4:])
    if style == "intldash":
        return "+86-%s-%s" % (ac[1:], num)
    if style == "e164":
        return "+86" + ac[1:] + num
    if style == "cc":
        return "86" + ac[1:] + num
    raise ValueError(style)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_mobile(m, style):
    if style == "plain":
        return m
    if style == "cc":
        return "86" + m
    if style == "e164":
        return "+86" + m
    if style == "e164sp":
        return "+86 %s %s %s" % (m[:3], m[3:7], m[7:])
    if style == "e164dash":
        return "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if style == "0086":
        return "0086 " + m
    if style == "0086n":
        return "0086" + m
    if style == "sp":
        return "%s %s %s" % (m[:3], m[3:7], m[7:])
    if style == "dash":
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if style == "fw":
        return m.translate(FW)
    raise ValueError(style)


def gen_imsi(op, mnc=None):
    mnc = mnc or R.choice(IMSI_MNC[op])

    def f():
        while True:
            s = "460" + mnc + digits(10)
            if std_imsi.is_valid(s):
                return s
    return uniq(f)


TAC_PFX = ["35", "86", "86", "35", "01", "86"]


def gen_imei():
    def f():
        body = R.choice(TAC_PFX) + digits(12)
        s = body + luhn.calc_check_digit(body)
        assert std_imei.is_valid(s)
        return s
    return uniq(f)


def imeisv_of(imei_):
    return imei_[:14] + R.choice(["01", "02", "03", "05", "10", "11", "12", "21", "34"])


def gen_meid():
    def f():
        while True:
            s = R.choice(["A0", "A1", "A1", "A0"]) + hexs(12, upper=True)
            if std_meid.is_valid(s):
                return s
    return uniq(f)


def gen_iccid(op, length=20):
    def f():
        body = R.choice(ICCID_PFX[op]) + digits(length - 7)
        return body + luhn.calc_check_digit(body)
    return uniq(f)


BANK_BIN = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19),
            ("622588", 16), ("621483", 16), ("623058", 19), ("622700", 19),
            ("628288", 16), ("621226", 19), ("622908", 16), ("625906", 16)]


def gen_bankcard():
    def f():
        b, n = R.choice(BANK_BIN)
        body = b + digits(n - 7)
        return body + luhn.calc_check_digit(body)
    return uniq(f)


RIC_REGIONS = ["110105", "110108", "310104", "310115", "440106", "440104", "440305",
               "440303", "320106", "330106", "510107", "420111", "610113", "350203",
               "370202", "440604", "441302", "445202", "430104", "410105", "360102",
               "130102", "440111", "450103", "520102", "530102", "230103", "210102"]


RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def ric_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, RIC_W)) % 11]


def ric_ok(s):
    """GB 11643 check; ordinary IDs are also checked with python-stdnum
    (region table and birth date); 81/82 residence permits with the check only."""
    s = s.upper()
    if len(s) != 18 or ric_check(s[:17]) != s[17]:
        return False
    if s[:2] in ("81", "82", "83"):
        dt.datetime.strptime(s[6:14], "%Y%m%d")
        return True
    assert ric.calc_check_digit(s) == s[17]
    return ric.is_valid(s)


def gen_ric(dob=None, gender=None, region=None):
    def f():
        d = dob or (dt.date(1950, 1, 1) + dt.timedelta(days=R.randint(0, 20000)))
        reg = region or R.choice(RIC_REGIONS)
        seq = R.randint(1, 999)
        if gender == "M" and seq % 2 == 0:
            seq += 1
        if gender == "F" and seq % 2 == 1:
            seq = seq + 1 if seq < 999 else 998
        body = reg + d.strftime("%Y%m%d") + "%03d" % seq
        s = body + ric_check(body)
        assert ric_ok(s)
        return s
    return uniq(f)


def gen_passport():
    def f():
        k = R.random()
        if k < 0.5:
            return "E" + digits(8)
        if k < 0.8:
            return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
        return "G" + digits(8)
    return uniq(f)


def gen_permit():
    return uniq(lambda: "C" + str(R.randint(1, 9)) + digits(7))


def gen_uscc():
    def f():
        body = R.choice(["91", "92", "93"]) + R.choice(RIC_REGIONS) + \
            "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        return body + uscc.calc_check_digit(body)
    return uniq(f)


PLATE_PROV = "粤粤粤京沪苏浙川鄂湘闽鲁豫陕"
PLATE_LET = "ABCDEFGHJKLMNPQRS"


def gen_plate(prov=None):
    def f():
        p = (prov or R.choice(PLATE_PROV)) + R.choice(PLATE_LET[:8])
        if R.random() < 0.3:   # new-energy plate
            return p + R.choice("DF") + R.choice("ABCDEFGHJK0123456789") + digits(4)
        tail = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + digits(3)
        return p + tail
    return uniq(f)


def gen_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "L" + "".join(R.choice(chars) for _ in range(16))


# IP / MAC ------------------------------------------------------------------

def ipv4_private():
    k = R.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k < 0.75:
        return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))
    if k < 0.9:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))


PUB_V4 = {"CMCC": ["117.136", "223.104", "111.0", "120.229", "183.232", "39.144"],
          "CU": ["112.96", "113.57", "221.4", "58.248"],
          "CT": ["183.6", "14.145", "113.111", "116.22", "219.137"],
          "CBN": ["27.148"]}


def ipv4_public(op=None):
    op = op or R.choice(list(PUB_V4))
    return "%s.%d.%d" % (R.choice(PUB_V4[op]), R.randint(0, 255), R.randint(1, 254))


def ne_ip(net="10.186"):
    return "%s.%d.%d" % (net, R.randint(0, 63), R.randint(2, 250))


V6_PFX = {"CMCC": ["2409:8900", "2409:8a55", "2409:8c20", "2409:891f", "2409:8a4c"],
          "CU": ["2408:8456", "2408:8207", "2408:843c"],
          "CT": ["240e:478", "240e:3b4", "240e:390"],
          "CBN": ["2402:4e00"]}


def ipv6_prefix64(op=None):
    op = op or R.choice(list(V6_PFX))
    p = R.choice(V6_PFX[op]).split(":")
    return "%s:%s:%x:%x" % (p[0], p[1], R.randint(0, 0xffff), R.randint(0, 0xffff) & 0xff00)


def ipv6_addr(op=None, style=None):
    pre = ipv6_prefix64(op)
    style = style or R.choice(["full", "full", "short", "host"])
    if style == "full":
        return pre + ":%x:%x:%x:%x" % tuple(R.randint(0, 0xffff) for _ in range(4))
    if style == "short":
        return pre + "::%x" % R.randint(1, 0xff)
    return pre + "::%x:%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))


def linklocal():
    return "fe80::%x:%xff:fe%02x:%x" % (R.randint(0, 0xffff), R.randint(0, 0xff),
                                         R.randint(0, 0xff), R.randint(0, 0xffff))


OUIS = ["00e0fc", "4846fb", "70723c", "ac853d", "3c15fb", "f4b85e", "88e9fe",
        "dc729b", "94d9b3", "e0b94d", "00259e", "f0b429", "28e34e", "c8c2fa",
        "54a65c", "a4c64f", "001a2b", "b8c385", "640980", "d4f5ef"]


def gen_mac_raw():
    return uniq(lambda: R.choice(OUIS) + hexs(6))


def fmt_mac(raw, style):
    o = [raw[i:i + 2] for i in range(0, 12, 2)]
    if style == "colon":
        return ":".join(o)
    if style == "COLON":
        return ":".join(o).upper()
    if style == "DASH":
        return "-".join(o).upper()
    if style == "dash":
        return "-".join(o)
    if style == "huawei":
        return "%s-%s-%s" % (raw[0:4], raw[4:8], raw[8:12])
    if style == "cisco":
        return "%s.%s.%s" % (raw[0:4], raw[4:8], raw[8:12])
    raise ValueError(style)


def gen_eci():
    enb = R.randint(100000, 1048575)
    cell = R.choice([1, 2, 3, 17, 18, 19, 33, 49, 50, 129, 130])
    return enb, cell, enb * 256 + cell


def gen_cgi():
    return R.randint(9000, 65000), R.randint(1000, 65535)


# negatives -------------------------------------------------------------------

def neg15():
    while True:
        s = str(R.randint(1, 9)) + digits(14)
        if not luhn.is_valid(s) and not s.startswith("460") and not s.startswith("86"):
            return s


def order_no(prefix="20240315"):
    while True:
        s = prefix + digits(18 - len(prefix))
        if not ric_ok(s):
            return s


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# people ----------------------------------------------------------------------

SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
            ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
            ("郭", "guo"), ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"),
            ("梁", "liang"), ("郑", "zheng"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
            ("许", "xu"), ("邓", "deng"), ("冯", "feng"), ("韩", "han"), ("曹", "cao"),
            ("曾", "zeng"), ("彭", "peng"), ("萧", "xiao"), ("蔡", "cai"), ("潘", "pan"),
            ("田", "tian"), ("董", "dong"), ("袁", "yuan"), ("于", "yu"), ("余", "yu"),
            ("叶", "ye"), ("蒋", "jiang"), ("杜", "du"), ("苏", "su"), ("魏", "wei"),
            ("程", "cheng"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"), ("欧阳", "ouyang"),
            ("司马", "sima"), ("钟", "zhong"), ("卢", "lu"), ("姜", "jiang"), ("崔", "cui")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
         ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
         ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
         ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"), ("霞", "xia"), ("平", "ping"),
         ("刚", "gang"), ("桂英", "guiying"), ("建华", "jianhua"), ("文", "wen"), ("华", "hua"),
         ("晓东", "xiaodong"), ("志强", "zhiqiang"), ("海燕", "haiyan"), ("子轩", "zixuan"),
         ("梓涵", "zihan"), ("浩然", "haoran"), ("雨桐", "yutong"), ("思远", "siyuan"),
         ("嘉怡", "jiayi"), ("宇航", "yuhang"), ("欣怡", "xinyi"), ("俊杰", "junjie"),
         ("婷", "ting"), ("鹏", "peng"), ("辉", "hui"), ("玲", "ling"), ("斌", "bin"),
         ("雪梅", "xuemei"), ("国庆", "guoqing"), ("立新", "lixin"), ("春燕", "chunyan"),
         ("慧", "hui"), ("博", "bo"), ("凯", "kai"), ("琳", "lin"), ("晨", "chen"),
         ("一鸣", "yiming"), ("家豪", "jiahao"), ("诗涵", "shihan"), ("振华", "zhenhua")]

_names = set()


def gen_name():
    while True:
        s, sp = R.choice(SURNAMES)
        g, gp = R.choice(GIVEN)
        if len(g) == 1 and R.random() < 0.35:
            g2, gp2 = R.choice([x for x in GIVEN if len(x[0]) == 1])
            g, gp = g + g2, gp + gp2
        if s + g not in _names:
            _names.add(s + g)
            return s + g, sp, gp


MAIL_DOM = ["163.com", "126.com", "qq.com", "139.com", "sina.com", "foxmail.com",
            "outlook.com", "gmail.com", "sohu.com", "yeah.net", "hotmail.com"]


def gen_email(sp, gp, dob):
    k = R.random()
    dom = R.choice(MAIL_DOM)
    if k < 0.3:
        local = sp + gp + str(dob.year % 100)
    elif k < 0.5:
        local = gp + "." + sp
    elif k < 0.65:
        local = sp + "_" + gp + str(R.randint(1, 999))
    elif k < 0.8 and dom == "qq.com":
        local = str(R.randint(10000000, 3999999999))
    else:
        local = sp[0] + gp + dob.strftime("%m%d")
    return uniq(lambda: local + ("" if R.random() < 0.7 else str(R.randint(1, 99))) + "@" + dom)


CITIES = [
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区"]),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区", "罗湖区"]),
    ("广东省", "佛山市", ["南海区", "顺德区", "禅城区"]),
    ("广东省", "东莞市", [""]),
    ("", "上海市", ["浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区"]),
    ("", "北京市", ["朝阳区", "海淀区", "西城区", "丰台区", "通州区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区", "建邺区"]),
    ("浙江省", "杭州市", ["西湖区", "上城区", "余杭区", "滨江区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区", "双流区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
    ("福建省", "厦门市", ["思明区", "湖里区"]),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"]),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "雨花区"]),
]
ROADS = ["中山路", "人民路", "解放路", "建设路", "天河北路", "科技园南路", "长江路", "和平路",
         "文化路", "学院路", "滨江大道", "东风路", "南京路", "黄埔大道西", "工业大道中",
         "五一路", "新港东路", "深南大道", "江南大道", "体育西路", "光明路", "环城北路",
         "金沙江路", "沿江路", "高新南一道", "龙华路"]
ESTATES = ["阳光花园", "翠苑小区", "锦绣家园", "金碧华府", "中海名都", "保利花园", "万科城",
           "碧桂园", "丽江花园", "华润城", "恒大绿洲", "东方明珠苑", "幸福里", "香榭丽舍",
           "凤凰城", "新世纪大厦", "时代广场", "富力中心"]
TOWNS = [("广东省", "清远市", "清新区", "太和镇"), ("广东省", "肇庆市", "四会市", "大沙镇"),
         ("湖南省", "衡阳市", "衡南县", "云集镇"), ("四川省", "绵阳市", "三台县", "芦溪镇")]


def gen_address(prov=None):
    k = R.random()
    if k < 0.1:
        p, c, d, town = R.choice([x for x in TOWNS if prov in (None, x[0])])
        return "%s%s%s%s%s村%s号" % (p, c, d, town, R.choice(["坑口", "新围", "石岗", "上塘", "岭头"]),
                                  R.randint(1, 199))
    p, c, ds = R.choice([x for x in CITIES if prov in (None, x[0])])
    d = R.choice(ds)
    road = R.choice(ROADS)
    num = R.randint(1, 999)
    if k < 0.55:
        return "%s%s%s%s%d号%s%d栋%d单元%d室" % (p, c, d, road, num, R.choice(ESTATES),
                                           R.randint(1, 30), R.randint(1, 4),
                                           R.randint(1, 33) * 100 + R.randint(1, 8))
    if k < 0.8:
        return "%s%s%s%s%d号%s%d楼%d室" % (p, c, d, road, num, R.choice(ESTATES),
                                        R.randint(1, 40), R.randint(1, 33) * 100 + R.randint(1, 12))
    return "%s%s%s%s%d弄%d号%d室" % (p, c, d, road, num, R.randint(1, 60),
                                  R.randint(1, 20) * 100 + R.randint(1, 6))


class Sub:
    """One subscriber with consistent identifiers."""

    def __init__(self, op=None):
        self.op = op or R.choices(["CMCC", "CU", "CT", "CBN"], [55, 22, 20, 3])[0]
        self.name, self.sp, self.gp = gen_name()
        self.gender = R.choice("MF")
        self.dob = dt.date(1955, 1, 1) + dt.timedelta(days=R.randint(0, 18000))
        self.ric = gen_ric(self.dob, self.gender)
        if R.random() < 0.15:
            self.ric = self.ric[:-1] + self.ric[-1]  # keep
        self.msisdn = gen_mobile(self.op)
        self.imsi = gen_imsi(self.op)
        self.iccid = gen_iccid(self.op, 19 if (self.op == "CT" and R.random() < 0.5) else 20)
        self.imei = gen_imei()
        self.imeisv = imeisv_of(self.imei)
        self.meid = gen_meid() if self.op == "CT" else None
        self.email = gen_email(self.sp, self.gp, self.dob)
        self.addr = gen_address()
        self.mac = gen_mac_raw()
        self.ipv4 = ipv4_private()
        self.v6pre = ipv6_prefix64(self.op)

    @property
    def ims(self):
        return "ims.mnc%s.mcc460.3gppnetwork.org" % IMS_MNC[self.op]


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------

class Clock:
    def __init__(self, start, lo=1, hi=30):
        self.t = start
        self.lo, self.hi = lo, hi

    def tick(self, lo=None, hi=None):
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


def ms(t):
    return int(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp() * 1000)


D0 = dt.datetime(2024, 3, 15, 8, 0, 0)

# ==========================================================================
# 1. IMS SIP trace
# ==========================================================================


def sdp(ip6):
    sid = R.randint(1000000000, 9999999999)
    lines = ["v=0", "o=- %d %d IN IP6 " % (sid, sid), "s=-", "c=IN IP6 ", "t=0 0",
             "m=audio %d RTP/AVP 116 107 118 96 111 110" % R.randrange(30000, 40000, 2),
             "b=AS:41", "b=RS:0", "b=RR:1537", "a=rtpmap:116 AMR-WB/16000/1",
             "a=fmtp:116 mode-change-capability=2;max-red=0",
             "a=rtpmap:107 AMR-WB/16000/1", "a=fmtp:107 octet-align=1;mode-change-capability=2",
             "a=rtpmap:118 AMR/8000/1", "a=rtpmap:111 telephone-event/16000",
             "a=fmtp:111 0-15", "a=curr:qos local none", "a=curr:qos remote none",
             "a=des:qos mandatory local sendrecv", "a=des:qos optional remote sendrecv",
             "a=sendrecv", "a=ptime:20", "a=maxptime:240"]
    return lines


def write_sip(d):
    clk = Clock(D0 + dt.timedelta(hours=1), 0.05, 40)
    pcscf = [ne_ip("10.186"), ne_ip("10.186")]
    scscf_host = "scscf%02d.gd" % R.randint(1, 9)
    d.t("# sngrep export  node=PCSCF-GZ-03  capture=Gm+Mw  filter: sip and not options\n")
    d.t("# columns: time src -> dst transport\n\n")
    for k in range(10):
        a = Sub("CMCC")
        b = Sub(R.choice(["CMCC", "CMCC", "CU", "CT"]))
        ue6 = a.v6pre + "::" + "%x" % R.randint(1, 0xffff)
        dom = a.ims
        enb, cell, eci = gen_eci()
        tac = R.randint(0x1000, 0xfffe)
        mnc = "00"   # serving PLMN of the cell
        ucid = "460%s%04X%07X" % (mnc, tac, eci)
        callid = hexs(8) + "-" + hexs(4) + "@" + "pcscf03.gd"
        branch = "z9hG4bK" + hexs(12)
        ftag = hexs(8)
        t = clk.tick()
        kind = k % 4
        if kind == 0:
            # REGISTER + 401 + REGISTER + 200
            d.w("%s [" % t.strftime("%Y-%m-%d %H:%M:%S.%f") + SLOT + "]:5060 -> " + SLOT + ":5060 UDP\n",
                L(ue6, "IP_ADDRESS"), L(pcscf[0], "IP_ADDRESS"))
            d.w("REGISTER sip:%s SIP/2.0\n" % dom)
            d.w("Via: SIP/2.0/UDP [" + SLOT + "]:5060;branch=%s;rport\n" % branch, L(ue6, "IP_ADDRESS"))
            d.t("Max-Forwards: 70\n")
            d.w("From: <sip:" + SLOT + "@%s>;tag=%s\n" % (dom, ftag), L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("To: <sip:" + SLOT + "@%s>\n" % dom, L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("Contact: <sip:" + SLOT + "@[" + SLOT + "]:5060>;+g.3gpp.icsi-ref=\"urn%%3Aurn-7%%3A3gpp-service.ims.icsi.mmtel\";+g.3gpp.smsip;+sip.instance=\"<urn:uuid:%s>\";expires=600000\n" % uuid4(),
                L("+86" + a.msisdn, "PHONE_NUMBER"), L(ue6, "IP_ADDRESS"))
            d.w("Authorization: Digest username=\"" + SLOT + "@%s\",realm=\"%s\",uri=\"sip:%s\",nonce=\"%s\",algorithm=AKAv1-MD5,response=\"%s\"\n"
                % (dom, dom, dom, hexs(44), hexs(32)), L(a.imsi, "IMSI_ID"))
            d.w("Call-ID: %s\n" % callid)
            d.t("CSeq: 2 REGISTER\n")
            d.w("P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=" + SLOT + "\n", L(ucid, "CELL_ID"))
            d.t("Security-Verify: ipsec-3gpp;alg=hmac-sha-1-96;ealg=null;spi-c=%d;spi-s=%d;port-c=%d;port-s=%d\n"
                % (R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 4 * 10 ** 9), R.randint(30000, 60000), R.randint(30000, 60000)))
            d.t("Require: sec-agree\nProxy-Require: sec-agree\n")
            ua = R.choice(["HUAWEI-VoLTE/1.0 HarmonyOS ", "Xiaomi/IMS 14.0.6", "iOS/17.3.1 iPhone", "OPPO-IMS/V2.1.7", "Samsung IMS 6.0"])
            if ua.endswith(" "):
                d.w("User-Agent: " + ua + SLOT + "\n", NEG(R.choice(["4.0.0.115", "4.2.0.120", "3.0.0.188"])))   # version, not an address
            else:
                d.t("User-Agent: %s\n" % ua)
            d.t("Content-Length: 0\n\n")
            t = clk.tick(0.05, 0.3)
            d.w("%s " % t.strftime("%Y-%m-%d %H:%M:%S.%f") + SLOT + ":5060 -> [" + SLOT + "]:5060 UDP\n",
                L(pcscf[0], "IP_ADDRESS"), L(ue6, "IP_ADDRESS"))
            d.t("SIP/2.0 200 OK\n")
            d.w("Via: SIP/2.0/UDP [" + SLOT + "]:5060;branch=%s;rport=5060;received=" % branch + SLOT + "\n",
                L(ue6, "IP_ADDRESS"), L(ue6, "IP_ADDRESS"))
            d.w("From: <sip:" + SLOT + "@%s>;tag=%s\n" % (dom, ftag), L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("To: <sip:" + SLOT + "@%s>;tag=%s\n" % (dom, hexs(10)), L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("Call-ID: %s\n" % callid)
            d.t("CSeq: 2 REGISTER\n")
            d.w("P-Associated-URI: <sip:" + SLOT + "@%s>, <tel:" % dom + SLOT + ">\n",
                L("+86" + a.msisdn, "PHONE_NUMBER"), L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("Service-Route: <sip:orig@%s.%s;lr>\n" % (scscf_host, dom))
            d.t("Path: <sip:term@pcscf03.gd.%s;lr>\n" % dom)
            d.t("P-Charging-Function-Addresses: ccf=pri_ccf_address\n")
            d.t("Content-Length: 0\n\n")
        else:
            # INVITE a -> b, 183/200/BYE in short form
            calling = a.name if R.random() < 0.55 else None
            to_style = R.random()
            d.w("%s [" % t.strftime("%Y-%m-%d %H:%M:%S.%f") + SLOT + "]:5060 -> " + SLOT + ":5060 UDP\n",
                L(ue6, "IP_ADDRESS"), L(pcscf[1], "IP_ADDRESS"))
            landline = None
            if to_style < 0.2:
                ac, num = gen_landline()
                landline = fmt_landline(ac, num, "intldash")
                d.w("INVITE tel:" + SLOT + " SIP/2.0\n", L(landline, "PHONE_NUMBER"))
            elif to_style < 0.3:
                d.t("INVITE tel:%s;phone-context=%s SIP/2.0\n" % (R.choice(["10086", "12345", "95588", "10010", "110"]), dom))
            else:
                d.w("INVITE sip:" + SLOT + "@%s;user=phone SIP/2.0\n" % dom, L("+86" + b.msisdn, "PHONE_NUMBER"))
            d.w("Via: SIP/2.0/UDP [" + SLOT + "]:5060;branch=%s;rport\n" % branch, L(ue6, "IP_ADDRESS"))
            d.t("Max-Forwards: 70\n")
            d.t("Route: <sip:pcscf03.gd.%s:5060;lr>\n" % dom)
            if calling:
                d.w("From: \"" + SLOT + "\" <sip:" + SLOT + "@%s>;tag=%s\n" % (dom, ftag),
                    L(calling, "PERSON_NAME"), L("+86" + a.msisdn, "PHONE_NUMBER"))
            else:
                d.w("From: <sip:" + SLOT + "@%s>;tag=%s\n" % (dom, ftag), L("+86" + a.msisdn, "PHONE_NUMBER"))
            if landline:
                d.w("To: <tel:" + SLOT + ">\n", L(landline, "PHONE_NUMBER"))
            elif to_style < 0.3:
                d.t("To: <tel:%s;phone-context=%s>\n" % (R.choice(["10086", "12345"]), dom))
            else:
                d.w("To: <tel:" + SLOT + ">\n", L("+86" + b.msisdn, "PHONE_NUMBER"))
            d.w("Contact: <sip:" + SLOT + "@[" + SLOT + "]:5060>;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\";audio;video\n",
                L("+86" + a.msisdn, "PHONE_NUMBER"), L(ue6, "IP_ADDRESS"))
            if calling:
                d.w("P-Preferred-Identity: \"" + SLOT + "\" <sip:" + SLOT + "@%s>\n" % dom,
                    L(calling, "PERSON_NAME"), L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("Call-ID: %s\n" % callid)
            d.t("CSeq: 1 INVITE\n")
            d.w("P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=" + SLOT + "\n", L(ucid, "CELL_ID"))
            d.t("P-Preferred-Service: urn:urn-7:3gpp-service.ims.icsi.mmtel\n")
            d.t("Supported: 100rel,timer,precondition,histinfo\nSession-Expires: 1800\nMin-SE: 90\n")
            d.t("Accept-Contact: *;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"\n")
            d.t("Content-Type: application/sdp\n")
            body = sdp(ue6)
            raw = "\n".join(body[:1]) + "\n"
            # compute content-length over body as written
            o_line, c_line = body[1], body[3]
            blen = sum(len(x.encode()) + 1 for x in body) + 2 * len(ue6)
            d.t("Content-Length: %d\n\n" % blen)
            d.t(body[0] + "\n")
            d.w(o_line + SLOT + "\n", L(ue6, "IP_ADDRESS"))
            d.t(body[2] + "\n")
            d.w(c_line + SLOT + "\n", L(ue6, "IP_ADDRESS"))
            for x in body[4:]:
                d.t(x + "\n")
            d.t("\n")
            # downstream leg at S-CSCF: PAI asserted
            t = clk.tick(0.02, 0.2)
            d.w("%s " % t.strftime("%Y-%m-%d %H:%M:%S.%f") + SLOT + ":5060 -> " + SLOT + ":5060 UDP\n",
                L(pcscf[1], "IP_ADDRESS"), L(ne_ip("10.187"), "IP_ADDRESS"))
            if landline:
                d.w("INVITE tel:" + SLOT + " SIP/2.0\n", L(landline, "PHONE_NUMBER"))
            elif to_style < 0.3:
                d.t("INVITE tel:%s;phone-context=%s SIP/2.0\n" % ("10086", dom))
            else:
                d.w("INVITE sip:" + SLOT + "@%s;user=phone SIP/2.0\n" % b.ims, L("+86" + b.msisdn, "PHONE_NUMBER"))
            d.w("Via: SIP/2.0/UDP " + SLOT + ":5060;branch=z9hG4bK%s\n" % hexs(16), L(pcscf[1], "IP_ADDRESS"))
            if calling:
                d.w("P-Asserted-Identity: \"" + SLOT + "\" <sip:" + SLOT + "@%s>\n" % dom,
                    L(calling, "PERSON_NAME"), L("+86" + a.msisdn, "PHONE_NUMBER"))
            else:
                d.w("P-Asserted-Identity: <sip:" + SLOT + "@%s>\n" % dom, L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.w("P-Asserted-Identity: <tel:" + SLOT + ">\n", L("+86" + a.msisdn, "PHONE_NUMBER"))
            d.t("P-Charging-Vector: icid-value=pcscf03.gd-%d-%d-%s;orig-ioi=%s\n" % (R.randint(1000, 9999), ms(t), hexs(6), dom))
            d.w("Call-ID: %s\n" % callid)
            d.t("CSeq: 1 INVITE\nContent-Length: 0\n\n")
            if R.random() < 0.6:
                t = clk.tick(1, 8)
                d.w("%s " % t.strftime("%Y-%m-%d %H:%M:%S.%f") + SLOT + ":5060 -> [" + SLOT + "]:5060 UDP\n",
                    L(pcscf[1], "IP_ADDRESS"), L(ue6, "IP_ADDRESS"))
                d.t("SIP/2.0 180 Ringing\n")
                d.w("Via: SIP/2.0/UDP [" + SLOT + "]:5060;branch=%s;rport=5060\n" % branch, L(ue6, "IP_ADDRESS"))
                d.w("From: <sip:" + SLOT + "@%s>;tag=%s\n" % (dom, ftag), L("+86" + a.msisdn, "PHONE_NUMBER"))
                if landline:
                    d.w("To: <tel:" + SLOT + ">;tag=%s\n" % hexs(8), L(landline, "PHONE_NUMBER"))
                elif to_style < 0.3:
                    d.t("To: <tel:10086;phone-context=%s>;tag=%s\n" % (dom, hexs(8)))
                else:
                    d.w("To: <tel:" + SLOT + ">;tag=%s\n" % hexs(8), L("+86" + b.msisdn, "PHONE_NUMBER"))
                d.w("Call-ID: %s\n" % callid)
                d.t("CSeq: 1 INVITE\nRSeq: 1\nContent-Length: 0\n\n")
    # one SIP MESSAGE (SMS over IMS) with a masked body
    d.t("# MESSAGE bodies are replaced with length only (application/vnd.3gpp.sms)\n")


# ==========================================================================
# 2. FreeRADIUS detail file
# ==========================================================================

def write_radius(d):
    clk = Clock(D0 + dt.timedelta(hours=2), 1, 25)
    nas = [(ne_ip("10.112"), "GD-GZ-PGW01-CT"), (ne_ip("10.112"), "GD-GZ-PGW02-CT"),
           (ne_ip("10.113"), "GD-SZ-HSGW03-CT")]
    for k in range(22):
        t = clk.tick()
        d.t(t.strftime("%a %b %d %H:%M:%S %Y") + "\n")
        kind = R.random()
        if kind < 0.15:
            # WLAN portal auth (post-auth detail)
            s = Sub("CT")
            ap = gen_mac_raw()
            ue_mac = s.mac
            d.t("\tPacket-Type = Access-Request\n")
            d.w("\tUser-Name = \"" + SLOT + "\"\n", L(s.msisdn, "PHONE_NUMBER"))
            d.w("\tUser-Password = \"" + SLOT + "\"\n", L(R.choice(["Gz", "wl", "Qa", "m9", "Xy"]) + hexs(4) + R.choice(["!", "#", "@", "9", ""]) + digits(3), "CREDENTIAL"))
            d.w("\tNAS-IP-Address = " + SLOT + "\n", L(ne_ip("10.30"), "IP_ADDRESS"))
            d.w("\tCalled-Station-Id = \"" + SLOT + ":ChinaNet\"\n", L(fmt_mac(ap, "DASH"), "MAC_ADDRESS"))
            d.w("\tCalling-Station-Id = \"" + SLOT + "\"\n", L(fmt_mac(ue_mac, "DASH"), "MAC_ADDRESS"))
            d.w("\tFramed-IP-Address = " + SLOT + "\n", L(ipv4_private(), "IP_ADDRESS"))
            d.t("\tNAS-Port-Type = Wireless-802.11\n\tService-Type = Login-User\n")
            d.t("\tNAS-Identifier = \"GZ-WLAN-AC-%02d\"\n" % R.randint(1, 12))
            d.t("\tEvent-Timestamp = \"%s CST\"\n" % t.strftime("%b %d %Y %H:%M:%S"))
            d.t("\tTimestamp = %d\n\n" % (ms(t) // 1000))
            continue
        s = Sub("CT")
        status = R.choice(["Start", "Interim-Update", "Interim-Update", "Stop"])
        nip, nid = R.choice(nas)
        cdma = R.random() < 0.4
        d.t("\tAcct-Session-Id = \"%s\"\n" % hexs(16, upper=True))
        d.t("\tAcct-Status-Type = %s\n" % status)
        if R.random() < 0.5:
            d.t("\tAcct-Multi-Session-Id = \"%s\"\n" % neg15())
        d.w("\tUser-Name = \"" + SLOT + "\"\n", L(s.msisdn, "PHONE_NUMBER"))
        d.w("\tCalling-Station-Id = \"" + SLOT + "\"\n", L("86" + s.msisdn, "PHONE_NUMBER"))
        d.t("\tCalled-Station-Id = \"%s\"\n" % R.choice(["ctnet", "ctnet", "ctlte", "ctm2m"]))
        d.w("\tNAS-IP-Address = " + SLOT + "\n", L(nip, "IP_ADDRESS"))
        d.t("\tNAS-Identifier = \"%s\"\n" % nid)
        d.t("\tNAS-Port = %d\n\tNAS-Port-Type = Virtual\n\tService-Type = Framed-User\n\tFramed-Protocol = GPRS-PDP-Context\n" % R.randint(1, 65000))
        d.w("\tFramed-IP-Address = " + SLOT + "\n", L(s.ipv4, "IP_ADDRESS"))
        if R.random() < 0.6:
            d.w("\tFramed-IPv6-Prefix = " + SLOT + "/64\n", L(s.v6pre + "::", "IP_ADDRESS"))
        if cdma:
            d.w("\t3GPP2-MEID = \"" + SLOT + "\"\n", L(s.meid, "MEID"))
            d.t("\t3GPP2-Correlation-Id = \"%s\"\n" % hexs(8, upper=True))
            d.w("\t3GPP2-PCF-IP-Address = " + SLOT + "\n", L(ne_ip("10.99"), "IP_ADDRESS"))
            d.w("\t3GPP2-BSID = \"" + SLOT + "\"\n", L("%04X%04X%02X" % (R.randint(1, 0x3fff), R.randint(1, 0xffff), R.randint(1, 0xff)), None))
        d.w("\t3GPP-IMSI = \"" + SLOT + "\"\n", L(s.imsi, "IMSI_ID"))
        if not cdma:
            d.w("\t3GPP-IMEISV = \"" + SLOT + "\"\n", L(s.imeisv, "IMEI_HARDWARE_ID"))
        d.t("\t3GPP-Charging-Id = %d\n" % R.randint(10 ** 8, 4 * 10 ** 9))
        d.t("\t3GPP-PDP-Type = IPv4v6\n")
        d.w("\t3GPP-SGSN-Address = " + SLOT + "\n", L(ne_ip("10.112"), "IP_ADDRESS"))
        d.t("\t3GPP-IMSI-MCC-MNC = \"%s\"\n" % s.imsi[:5])
        d.t("\t3GPP-GGSN-MCC-MNC = \"%s\"\n" % s.imsi[:5])
        d.t("\t3GPP-NSAPI = \"%d\"\n\t3GPP-Selection-Mode = \"0\"\n\t3GPP-Charging-Characteristics = \"0800\"\n" % R.randint(5, 8))
        d.t("\t3GPP-RAT-Type = %s\n\t3GPP-MS-TimeZone = 0x2300\n" % ("EHRPD" if cdma else "EUTRAN"))
        if status != "Start":
            d.t("\tAcct-Input-Octets = %d\n\tAcct-Output-Octets = %d\n" % (R.randint(10 ** 4, 10 ** 9), R.randint(10 ** 5, 4 * 10 ** 9)))
            d.t("\tAcct-Input-Gigawords = %d\n\tAcct-Session-Time = %d\n" % (R.randint(0, 3), R.randint(60, 86400)))
        if status == "Stop":
            d.t("\tAcct-Terminate-Cause = %s\n" % R.choice(["User-Request", "Idle-Timeout", "Lost-Carrier", "Session-Timeout"]))
        d.t("\tAcct-Delay-Time = 0\n")
        d.t("\tEvent-Timestamp = \"%s CST\"\n" % t.strftime("%b %d %Y %H:%M:%S"))
        d.t("\tAcct-Unique-Session-Id = \"%s\"\n" % hexs(32))
        d.t("\tTimestamp = %d\n\n" % (ms(t) // 1000))


# ==========================================================================
# 3. ISC dhcpd syslog
# ==========================================================================

def write_dhcpd(d):
    clk = Clock(D0 + dt.timedelta(hours=3), 0.2, 12)
    host = "bras-dhcp01"
    pid = 1834
    relays = [ne_ip("10.20"), ne_ip("10.21"), "192.168.%d.1" % R.randint(1, 200)]
    server = ne_ip("10.20")
    hostnames = ["HUAWEI_Mate_40", "android-%s" % hexs(16), "iPhone", "MiWiFi-R4A",
                 "DESKTOP-%s" % hexs(7, upper=True), "OPPO-Reno8", "Redmi-K60", "HONOR_X40",
                 "MacBook-Pro", "TL-WR886N", "vivo-X90", "HarmonyOS-Pad"]

    def pre(t):
        return "%s %s dhcpd[%d]: " % (t.strftime("%b %d %H:%M:%S"), host, pid)

    for k in range(14):
        mac = gen_mac_raw()
        m = fmt_mac(mac, "colon")
        ip = "10.%d.%d.%d" % (R.randint(20, 23), R.randint(0, 255), R.randint(2, 254))
        relay = R.choice(relays)
        hn = R.choice(hostnames)
        if R.random() < 0.1:
            t = clk.tick()
            d.w(pre(t) + "DHCPINFORM from " + SLOT + " via " + SLOT + "\n", L(ip, "IP_ADDRESS"), L(relay, "IP_ADDRESS"))
            continue
        t = clk.tick()
        d.w(pre(t) + "DHCPDISCOVER from " + SLOT + " via " + SLOT + "\n", L(m, "MAC_ADDRESS"), L(relay, "IP_ADDRESS"))
        t = clk.tick(0, 0.4)
        d.w(pre(t) + "DHCPOFFER on " + SLOT + " to " + SLOT + " (%s) via " % hn + SLOT + "\n",
            L(ip, "IP_ADDRESS"), L(m, "MAC_ADDRESS"), L(relay, "IP_ADDRESS"))
        t = clk.tick(0, 0.4)
        d.w(pre(t) + "DHCPREQUEST for " + SLOT + " (" + SLOT + ") from " + SLOT + " (%s) via " % hn + SLOT + "\n",
            L(ip, "IP_ADDRESS"), L(server, "IP_ADDRESS"), L(m, "MAC_ADDRESS"), L(relay, "IP_ADDRESS"))
        t = clk.tick(0, 0.4)
        if R.random() < 0.08:
            d.w(pre(t) + "DHCPNAK on " + SLOT + " to " + SLOT + " via " + SLOT + "\n",
                L(ip, "IP_ADDRESS"), L(m, "MAC_ADDRESS"), L(relay, "IP_ADDRESS"))
        else:
            d.w(pre(t) + "DHCPACK on " + SLOT + " to " + SLOT + " (%s) via " % hn + SLOT + "\n",
                L(ip, "IP_ADDRESS"), L(m, "MAC_ADDRESS"), L(relay, "IP_ADDRESS"))
        r = R.random()
        if r < 0.12:
            t = clk.tick()
            d.w(pre(t) + "DHCPRELEASE of " + SLOT + " from " + SLOT + " (%s) via eth1 (found)\n" % hn,
                L(ip, "IP_ADDRESS"), L(m, "MAC_ADDRESS"))
        elif r < 0.2:
            t = clk.tick()
            d.w(pre(t) + "uid lease " + SLOT + " for client " + SLOT + " is duplicate on bras-pool-gz\n",
                L(ip, "IP_ADDRESS"), L(m, "MAC_ADDRESS"))
        elif r < 0.3:
            t = clk.tick()
            d.t(pre(t) + "balancing pool %s bras-pool-gz  total %d  free %d  backup %d  lts %d  max-own (+/-)%d\n"
                % (hexs(6), 262140, R.randint(10000, 90000), R.randint(10000, 90000), R.randint(0, 900), R.randint(1000, 9000)))
        elif r < 0.36:
            t = clk.tick()
            d.t(pre(t) + "Wrote %d leases to leases file.\n" % R.randint(20000, 99999))
        elif r < 0.45:
            t = clk.tick()
            ll = linklocal()
            d.w(pre(t) + "Solicit message from " + SLOT + " port 546, transaction ID 0x%s\n" % hexs(6, upper=True), L(ll, "IP_ADDRESS"))
            t = clk.tick(0, 0.2)
            a6 = ipv6_addr("CT", "host")
            d.w(pre(t) + "Advertise NA: address " + SLOT + " to client with duid-type 4 iaid = %d valid for %d seconds\n" % (R.randint(10 ** 8, 4 * 10 ** 9), 7200),
                L(a6, "IP_ADDRESS"))
            t = clk.tick(0, 0.2)
            d.w(pre(t) + "Sending Reply to " + SLOT + " port 546\n", L(ll, "IP_ADDRESS"))
    t = clk.tick()
    d.t(pre(t) + "failover peer dhcp-failover: I move from normal to communications-interrupted\n")
    t = clk.tick()
    d.t(pre(t) + "Internet Systems Consortium DHCP Server 4.4.3-P1\n")
    d.t(pre(t) + "Copyright 2004-2022 Internet Systems Consortium.\n")
    d.w(pre(t) + "Listening on LPF/eth1/" + SLOT + "/" + SLOT + "\n", L(fmt_mac(gen_mac_raw(), "colon"), "MAC_ADDRESS"), L("10.20.0.0", "IP_ADDRESS"))
    d.w(pre(t) + "Sending on   Socket/fallback/fallback-net\n")


# ==========================================================================
# 4. Diameter Gx / Gy / Rx dump
# ==========================================================================

def write_diameter(d):
    clk = Clock(D0 + dt.timedelta(hours=4), 0.01, 9)
    pgws = [("pgw01.gd.chinamobile.com", ne_ip("10.186")), ("pgw02.gd.chinamobile.com", ne_ip("10.186")),
            ("smf03.5gc.gd.chinamobile.com", ne_ip("10.188"))]
    pcrf_ip = ne_ip("10.190")
    ocs_ip = ne_ip("10.191")
    d.t("# diameter-trace v3.2.1  probe=DRA-GZ-01  apps=Gx(16777238),Gy(4),Rx(16777236)\n")
    for k in range(12):
        s = Sub("CMCC")
        host, hip = R.choice(pgws)
        sess = "%s;%d;%d;%s" % (host, ms(clk.t) // 1000, R.randint(10 ** 6, 10 ** 8), hexs(4))
        enb, cell, eci = gen_eci()
        tac = R.randint(0x1000, 0xfffe)
        t = clk.tick()
        app = k % 3
        if app in (0, 1):
            d.w("===== %s [pcrf01] RECV from " % t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + SLOT + ":3868 (%s) =====\n" % host, L(hip, "IP_ADDRESS"))
            d.t("Diameter Credit-Control-Request (CCR) flags=R- appId=16777238 (Gx) hbh=0x%s e2e=0x%s\n" % (hexs(8), hexs(8)))
            d.t("  Session-Id: %s\n  Auth-Application-Id: 16777238\n  Origin-Host: %s\n  Origin-Realm: gd.chinamobile.com\n" % (sess, host))
            d.t("  Destination-Realm: pcrf.gd.chinamobile.com\n  CC-Request-Type: INITIAL_REQUEST (1)\n  CC-Request-Number: 0\n")
            d.w("  Subscription-Id:\n    Subscription-Id-Type: END_USER_E164 (0)\n    Subscription-Id-Data: " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            d.w("  Subscription-Id:\n    Subscription-Id-Type: END_USER_IMSI (1)\n    Subscription-Id-Data: " + SLOT + "\n", L(s.imsi, "IMSI_ID"))
            d.t("  Supported-Features:\n    Vendor-Id: 10415\n    Feature-List-ID: 1\n    Feature-List: 0x0000038f\n")
            d.w("  Framed-IP-Address: " + SLOT + "\n", L(s.ipv4, "IP_ADDRESS"))
            d.w("  Framed-IPv6-Prefix: " + SLOT + "/64\n", L(s.v6pre + "::", "IP_ADDRESS"))
            d.t("  IP-CAN-Type: 3GPP-EPS (5)\n  RAT-Type: EUTRAN (1004)\n")
            d.w("  User-Equipment-Info:\n    User-Equipment-Info-Type: IMEISV (0)\n    User-Equipment-Info-Value: " + SLOT + "\n", L(s.imeisv, "IMEI_HARDWARE_ID"))
            d.w("  3GPP-User-Location-Info: TAI+ECGI tac=%d eci=" % tac + SLOT + "\n", L(str(eci), "CELL_ID"))
            d.t("  3GPP-SGSN-MCC-MNC: %s\n" % s.imsi[:5])
            d.w("  AN-GW-Address: " + SLOT + "\n", L(ne_ip("10.186"), "IP_ADDRESS"))
            d.t("  Called-Station-Id: cmnet\n  Bearer-Usage: GENERAL (0)\n  Online: ENABLE_ONLINE (1)\n  Offline: DISABLE_OFFLINE (0)\n")
            d.t("  Default-EPS-Bearer-QoS:\n    QoS-Class-Identifier: QCI_9 (9)\n    Allocation-Retention-Priority:\n      Priority-Level: 8\n")
            d.t("  3GPP-MS-TimeZone: 0x2300\n  Event-Trigger: UE_IP_ADDRESS_ALLOCATE (18)\n\n")
            t = clk.tick(0.005, 0.05)
            d.w("===== %s [pcrf01] SEND to " % t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + SLOT + ":3868 (%s) =====\n" % host, L(hip, "IP_ADDRESS"))
            d.t("Diameter Credit-Control-Answer (CCA) flags=-- appId=16777238 (Gx)\n  Session-Id: %s\n  Result-Code: DIAMETER_SUCCESS (2001)\n" % sess)
            d.t("  Charging-Rule-Install:\n    Charging-Rule-Name: %s\n" % R.choice(["pcc_5g_128", "pcc_default_cmnet", "pcc_video_free", "pcc_throttle_1m"]))
            d.t("  Event-Trigger: USAGE_REPORT (26)\n  Usage-Monitoring-Information:\n    Monitoring-Key: mk_%d\n    Granted-Service-Unit:\n      CC-Total-Octets: %d\n\n" % (R.randint(1, 99), R.choice([10737418240, 21474836480, 5368709120])))
            if app == 1:
                # Gy CCR-U
                t = clk.tick()
                gsess = "%s;%d;%d" % (host, ms(t) // 1000, R.randint(10 ** 6, 10 ** 8))
                d.w("===== %s [ocs02] RECV from " % t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + SLOT + ":3868 (%s) =====\n" % host, L(hip, "IP_ADDRESS"))
                d.t("Diameter Credit-Control-Request (CCR) flags=R- appId=4 (Gy) hbh=0x%s e2e=0x%s\n" % (hexs(8), hexs(8)))
                d.w("  Session-Id: %s\n  Service-Context-Id: " % gsess + SLOT + "\n  CC-Request-Type: UPDATE_REQUEST (2)\n  CC-Request-Number: %d\n" % R.randint(1, 40), NEG("32251@3gpp.org"))
                d.t("  Event-Timestamp: %d\n" % (ms(t) // 1000 + 2208988800))
                d.w("  Subscription-Id:\n    Subscription-Id-Type: END_USER_E164 (0)\n    Subscription-Id-Data: " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
                d.t("  Multiple-Services-Credit-Control:\n    Rating-Group: %d\n    Service-Identifier: %d\n" % (R.choice([1, 10, 200, 3001]), R.randint(100, 9999)))
                d.t("    Used-Service-Unit:\n      CC-Total-Octets: %d\n      CC-Input-Octets: %d\n      CC-Output-Octets: %d\n" % (R.randint(10 ** 6, 10 ** 9), R.randint(10 ** 5, 10 ** 8), R.randint(10 ** 6, 10 ** 9)))
                d.t("    Reporting-Reason: QUOTA_EXHAUSTED (3)\n")
                d.t("  Service-Information:\n    PS-Information:\n      3GPP-Charging-Id: %d\n      3GPP-PDP-Type: IPv4v6 (2)\n" % R.randint(10 ** 8, 4 * 10 ** 9))
                d.w("      PDP-Address: " + SLOT + "\n", L(s.ipv4, "IP_ADDRESS"))
                d.w("      SGSN-Address: " + SLOT + "\n", L(ne_ip("10.186"), "IP_ADDRESS"))
                d.w("      GGSN-Address: " + SLOT + "\n", L(hip, "IP_ADDRESS"))
                d.w("      3GPP-IMSI-MCC-MNC: %s\n      3GPP-User-Location-Info: ECGI=" % s.imsi[:5] + SLOT + "\n",
                    L("460%s%07X" % ("00", eci), "CELL_ID"))
                d.w("      3GPP-IMEISV: " + SLOT + "\n", L(s.imeisv, "IMEI_HARDWARE_ID"))
                d.t("      Called-Station-Id: cmnet\n\n")
                t = clk.tick(0.005, 0.05)
                d.w("===== %s [ocs02] SEND to " % t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + SLOT + ":3868 =====\n", L(hip, "IP_ADDRESS"))
                d.t("Diameter Credit-Control-Answer (CCA) flags=-- appId=4 (Gy)\n  Session-Id: %s\n  Result-Code: DIAMETER_SUCCESS (2001)\n" % gsess)
                d.t("  Multiple-Services-Credit-Control:\n    Granted-Service-Unit:\n      CC-Total-Octets: %d\n    Validity-Time: %d\n    Result-Code: %d\n\n" % (R.choice([52428800, 104857600]), R.choice([600, 1800, 3600]), R.choice([2001, 4012])))
        else:
            # Rx AAR from P-CSCF
            pc = ne_ip("10.186")
            ue6 = s.v6pre + "::" + "%x" % R.randint(1, 0xffff)
            d.w("===== %s [pcrf01] RECV from " % t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + SLOT + ":3868 (pcscf03.gd.%s) =====\n" % s.ims, L(pc, "IP_ADDRESS"))
            d.t("Diameter AA-Request (AAR) flags=RP appId=16777236 (Rx) hbh=0x%s e2e=0x%s\n" % (hexs(8), hexs(8)))
            d.t("  Session-Id: pcscf03.gd.%s;%d;%d\n  Auth-Application-Id: 16777236\n" % (s.ims, ms(t) // 1000, R.randint(1000, 99999)))
            d.w("  Subscription-Id:\n    Subscription-Id-Type: END_USER_SIP_URI (2)\n    Subscription-Id-Data: sip:" + SLOT + "@%s\n" % s.ims, L("+86" + s.msisdn, "PHONE_NUMBER"))
            d.w("  Framed-IPv6-Prefix: " + SLOT + "/128\n", L(ue6, "IP_ADDRESS"))
            d.t("  AF-Charging-Identifier: pcscf03.gd-%d-%d-%s\n" % (R.randint(1000, 9999), ms(t), hexs(6)))
            d.t("  Media-Component-Description:\n    Media-Component-Number: 1\n    Media-Type: AUDIO (0)\n    Max-Requested-Bandwidth-UL: 49000\n")
            d.w("    Media-Sub-Component:\n      Flow-Number: 1\n      Flow-Description: permit out 17 from " + SLOT + " 31002 to " + SLOT + " 30004\n",
                L(ipv6_addr("CMCC", "short"), "IP_ADDRESS"), L(ue6, "IP_ADDRESS"))
            d.t("  Specific-Action: INDICATION_OF_LOSS_OF_BEARER (2)\n  Rx-Request-Type: INITIAL_REQUEST (0)\n\n")


# ==========================================================================
# 5. HSS MML provisioning log
# ==========================================================================

def write_hss(d):
    clk = Clock(D0 + dt.timedelta(hours=1, minutes=5), 0.3, 20)
    om = R.randint(800000, 880000)
    batch = order_no("20240315")
    d.t("/* MML batch %s  source=BOSS-PROV  sheet=card_activation_0315.txt  HLRSN=1 */\n" % batch)
    d.t("/* executor: prov_gw_02  target: HSS9860 V900R019C10SPH120 */\n\n")

    def head(t):
        nonlocal om
        om += R.randint(1, 4)
        d.t("+++    HSS9860        %s\nO&M    #%d\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), om))

    def ok(extra=""):
        d.t("RETCODE = 0  Operation is successful\n%s\n---    END\n\n" % extra)

    for k in range(28):
        s = Sub("CMCC")
        t = clk.tick()
        kind = k % 6
        if kind in (0, 1, 2):
            ki, opc = hexs(32, upper=True), hexs(32, upper=True)
            head(t)
            d.w("%%ADD KI: IMSI=\"" + SLOT + "\", OPERTYPE=ADD, KIVALUE=\"" + SLOT + "\", K4SNO=%d, CARDTYPE=USIM, ALG=MILENAGE, OPCVALUE=\"" % R.randint(1, 3) + SLOT + "\";%%\n",
                L(s.imsi, "IMSI_ID"), L(ki, "CREDENTIAL"), L(opc, "CREDENTIAL"))
            ok()
            t = clk.tick(0.2, 2)
            head(t)
            d.w("%%ADD TPLSUB: HLRSN=1, IMSI=\"" + SLOT + "\", ISDN=\"" + SLOT + "\", TPLID=%d;%%%%\n" % R.choice([11, 12, 31, 101]),
                L(s.imsi, "IMSI_ID"), L("86" + s.msisdn, "PHONE_NUMBER"))
            if R.random() < 0.15:
                d.t("RETCODE = 3001  The subscriber already exists\n\n---    END\n\n")
            else:
                ok()
            if R.random() < 0.4:
                t = clk.tick(0.2, 2)
                head(t)
                d.w("%%MOD EPSDATA: ISDN=\"" + SLOT + "\", PROV=TRUE, DEFAULTAPNCTXID=1, AMBRUL=%d, AMBRDL=%d, RFSPINDEX=%d;%%%%\n"
                    % (R.choice([100000, 200000]), R.choice([300000, 1000000]), R.randint(1, 8)), L("86" + s.msisdn, "PHONE_NUMBER"))
                ok()
        elif kind == 3:
            head(t)
            d.w("%%MOD LCK: ISDN=\"" + SLOT + "\", IC=TRUE, OC=TRUE, GPRSLOCK=TRUE, EPSLOCK=TRUE;%%\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            ok()
        elif kind == 4:
            newimsi = gen_imsi(s.op, s.imsi[3:5])
            ki, opc = hexs(32, upper=True), hexs(32, upper=True)
            d.t("/* SIM swap order %s */\n" % order_no())
            head(t)
            d.w("%%ADD KI: IMSI=\"" + SLOT + "\", OPERTYPE=ADD, KIVALUE=\"" + SLOT + "\", K4SNO=1, CARDTYPE=USIM, ALG=MILENAGE, OPCVALUE=\"" + SLOT + "\";%%\n",
                L(newimsi, "IMSI_ID"), L(ki, "CREDENTIAL"), L(opc, "CREDENTIAL"))
            ok()
            t = clk.tick(0.2, 2)
            head(t)
            d.w("%%MOD IMSI: IMSI=\"" + SLOT + "\", NEWIMSI=\"" + SLOT + "\";%%\n", L(s.imsi, "IMSI_ID"), L(newimsi, "IMSI_ID"))
            ok()
            t = clk.tick(0.2, 2)
            head(t)
            d.w("%%RMV KI: IMSI=\"" + SLOT + "\";%%\n", L(s.imsi, "IMSI_ID"))
            ok()
        else:
            head(t)
            d.w("%%LST SUB: ISDN=\"" + SLOT + "\", DETAIL=TRUE;%%\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            d.t("RETCODE = 0  Operation is successful\n\nSubscriber information\n----------------------\n")
            d.w("                  IMSI  =  " + SLOT + "\n", L(s.imsi, "IMSI_ID"))
            d.w("                  ISDN  =  " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            d.t("              CardType  =  USIM\n                   NAM  =  BOTH\n              Category  =  COMMON\n")
            d.t("                 TPLID  =  %d\n           VLR Address  =  GZMSC%02d\n" % (R.choice([11, 12, 31]), R.randint(1, 40)))
            d.t("              MME Host  =  mmec%02d.mmegi8001.mme.epc.mnc000.mcc460.3gppnetwork.org\n" % R.randint(1, 40))
            d.t("          Last UL Time  =  %s\n" % (t - dt.timedelta(hours=R.randint(1, 30))).strftime("%Y-%m-%d %H:%M:%S"))
            d.t("                  ODB   =  NOBARRING\n       Charging Char.   =  0800\n(Number of results = 1)\n\n---    END\n\n")
            if R.random() < 0.5:
                nm = gen_mobile(s.op)
                t = clk.tick(0.2, 2)
                head(t)
                d.w("%%MOD ISDN: ISDN=\"" + SLOT + "\", NEWISDN=\"" + SLOT + "\";%%\n", L("86" + s.msisdn, "PHONE_NUMBER"), L("86" + nm, "PHONE_NUMBER"))
                ok()
    t = clk.tick()
    head(t)
    d.t("%%LST HLRSTAT:;%%\nRETCODE = 0  Operation is successful\n\n  Total subscribers  =  %d\n  EPS subscribers    =  %d\n  IMS subscribers    =  %d\n\n---    END\n"
        % (R.randint(10 ** 7, 3 * 10 ** 7), R.randint(10 ** 7, 2 * 10 ** 7), R.randint(5 * 10 ** 6, 10 ** 7)))


# ==========================================================================
# 6. SMPP PDU log
# ==========================================================================

SMS_SIG = ["中国移动", "工商银行", "顺丰速运", "京东", "12306", "招商银行", "国家电网", "中国联通", "支付宝"]


def write_smpp(d):
    clk = Clock(D0 + dt.timedelta(hours=5), 0.05, 6)
    gw = "smpp-gw-03"
    smsc = ne_ip("10.66")
    seq = R.randint(1000, 5000)
    for acct in range(3):
        t = clk.tick()
        sysid = R.choice(["gdyd_mas01", "bank_notify", "sf_express", "jd_mkt02"])
        d.w("%s INFO  [%s] connect " % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], gw) + SLOT + ":2775 -> " + SLOT + ":7890\n",
            L(ipv4_public("CT"), "IP_ADDRESS"), L(smsc, "IP_ADDRESS"))
        d.w("%s INFO  [%s] << bind_transceiver seq=1 system_id=\"%s\" password=\"" % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], gw, sysid) + SLOT + "\" system_type=\"VMA\" interface_version=0x34 addr_ton=0 addr_npi=0\n",
            L(R.choice(["Xk9#pq2L", "sf@2024Q1", "Bk7$mN3x", "jd!Mkt88"]) + digits(2), "CREDENTIAL"))
        d.t("%s INFO  [%s] >> bind_transceiver_resp seq=1 command_status=0x00000000 system_id=\"SMSC-GZ\"\n" % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], gw))
    for k in range(42):
        s = Sub(R.choice(["CMCC", "CMCC", "CU"]))
        t = clk.tick()
        seq += 1
        ts = t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        src = R.choice(["1065805512345", "106575501234", "1069070095588", "10690000123", "95588", "10086"])
        msgid = hexs(10, upper=True)
        kind = R.random()
        name = s.name
        d.t("%s DEBUG [%s] << submit_sm seq=%d service_type=\"\" source_addr_ton=5 source_addr_npi=0 source_addr=\"%s\" dest_addr_ton=1 dest_addr_npi=1 " % (ts, gw, seq, src))
        dst_style = R.choice(["cc", "cc", "plain"])
        d.w("destination_addr=\"" + SLOT + "\" esm_class=0x00 protocol_id=0 priority_flag=0 registered_delivery=1 data_coding=0x08 sm_length=%d short_message=\"" % R.randint(60, 140),
            L(fmt_mobile(s.msisdn, dst_style), "PHONE_NUMBER"))
        if kind < 0.2:
            d.w("【中国移动】尊敬的" + SLOT + "客户，您好！您的号码已于%d月%d日完成实名信息核验，登记证件号码：" % (t.month, t.day) + SLOT + "。如非本人操作请致电10086。",
                L(name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"))
        elif kind < 0.35:
            d.w("【顺丰速运】" + SLOT + "您好，您的快件SF%s已由" % digits(13) + SLOT + "代签收，签收地址：" + SLOT + "。",
                L(name, "PERSON_NAME"), L(Sub().name, "PERSON_NAME"), L(s.addr, "STREET_ADDRESS"))
        elif kind < 0.5:
            d.w("【工商银行】尊敬的" + SLOT + "，您尾号%s的卡%d月%d日%02d:%02d消费%d.%02d元。余额已变动。" % (digits(4), t.month, t.day, t.hour, t.minute, R.randint(5, 9000), R.randint(0, 99)),
                L(name, "PERSON_NAME"))
        elif kind < 0.62:
            d.w("【中国联通】您的号码138****%s已成功办理携号转网授权，授权码有效期至%d月%d日。如需帮助请联系客户经理" % (digits(4), t.month, t.day + 3) + SLOT + "，电话" + SLOT + "。",
                L(Sub().name, "PERSON_NAME"), L(fmt_mobile(gen_mobile("CU"), R.choice(["plain", "dash", "sp"])), "PHONE_NUMBER"))
        elif kind < 0.75:
            d.w("【12306】订单E%s，" % digits(9) + SLOT + "您已购%d月%d日G%d次%d车%d%s号，检票口B%d。" % (t.month, t.day + 1, R.randint(1, 999), R.randint(1, 16), R.randint(1, 20), R.choice("ABCDF"), R.randint(1, 20)),
                L(name, "PERSON_NAME"))
        elif kind < 0.87:
            d.w("【京东】您的订单%s已出库，配送员" % digits(12) + SLOT + "，电话" + SLOT + "，收货地址" + SLOT + "。",
                L(Sub().name, "PERSON_NAME"), L(fmt_mobile(gen_mobile("CMCC"), R.choice(["plain", "fw"])), "PHONE_NUMBER"), L(s.addr, "STREET_ADDRESS"))
        else:
            d.t("【中国移动】您本月套餐内流量已使用80%%，剩余%.2fGB。回复KTLL开通加油包，详询10086。" % R.uniform(0.1, 5))
        d.t("\"\n")
        d.t("%s DEBUG [%s] >> submit_sm_resp seq=%d command_status=0x00000000 message_id=\"%s\"\n" % (ts, gw, seq, msgid))
        if R.random() < 0.6:
            t = clk.tick(1, 20)
            ts2 = t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
            sd = (t - dt.timedelta(seconds=5)).strftime("%y%m%d%H%M")
            d.w("%s DEBUG [%s] >> deliver_sm seq=%d source_addr_ton=1 source_addr=\"" % (ts2, gw, R.randint(100, 900)) + SLOT + "\" destination_addr=\"%s\" esm_class=0x04 short_message=\"id:%s sub:001 dlvrd:001 submit date:%s done date:%s stat:DELIVRD err:000 text:\"\n"
                % (src, msgid, sd, t.strftime("%y%m%d%H%M")), L(fmt_mobile(s.msisdn, "cc"), "PHONE_NUMBER"))
        if R.random() < 0.5:
            # MO message from subscriber
            t = clk.tick(2, 60)
            ts2 = t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
            d.w("%s DEBUG [%s] >> deliver_sm seq=%d source_addr_ton=1 source_addr=\"" % (ts2, gw, R.randint(100, 900)) + SLOT + "\" destination_addr=\"%s\" esm_class=0x00 data_coding=0x08 short_message=\"" % src,
                L(fmt_mobile(s.msisdn, "cc"), "PHONE_NUMBER"))
            mo = R.random()
            if mo < 0.3:
                d.w("实名补登记 " + SLOT + " " + SLOT, L(name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"))
            elif mo < 0.5:
                d.w("我的邮箱改成" + SLOT + "，谢谢", L(s.email, "EMAIL_ADDRESS"))
            elif mo < 0.7:
                d.w("新地址" + SLOT + "，收件人" + SLOT + " " + SLOT,
                    L(s.addr, "STREET_ADDRESS"), L(name, "PERSON_NAME"), L(fmt_mobile(s.msisdn, R.choice(["plain", "fw", "sp"])), "PHONE_NUMBER"))
            elif mo < 0.78:
                d.w("退费请退到我的银行卡" + SLOT + "，户名" + SLOT, L(gen_bankcard(), "BANK_CARD_NUMBER"), L(name, "PERSON_NAME"))
            elif mo < 0.85:
                d.w("办理港澳流量包，通行证号" + SLOT, L(gen_permit(), "HK_MACAU_TRAVEL_PERMIT"))
            elif mo < 0.92:
                d.t("TD")
            else:
                d.t("CXLL")
            d.t("\"\n")
            d.t("%s DEBUG [%s] << deliver_sm_resp command_status=0x00000000\n" % (ts2, gw))
        if R.random() < 0.1:
            t = clk.tick()
            d.t("%s INFO  [%s] enquire_link seq=%d\n%s INFO  [%s] throttle window=%d tps=%d queue=%d\n" % (
                t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], gw, seq, t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], gw, 64, R.randint(100, 500), R.randint(0, 4000)))


# ==========================================================================
# 7. tshark GTPv2-C decode
# ==========================================================================

def write_gtpc(d):
    clk = Clock(D0 + dt.timedelta(hours=6), 0.01, 4)
    mme_ip, sgw_ip = ne_ip("10.186"), ne_ip("10.186")
    mme_mac, sgw_mac = gen_mac_raw(), gen_mac_raw()
    frame = R.randint(1000, 5000)
    for k in range(6):
        s = Sub("CMCC")
        mnc = s.imsi[3:5]
        opname = {"00": "China Mobile", "02": "China Mobile", "07": "China Mobile", "08": "China Mobile",
                  "01": "China Unicom", "06": "China Unicom", "09": "China Unicom"}[mnc]
        enb, cell, eci = gen_eci()
        tac = R.randint(0x1000, 0xfffe)
        seqn = R.randint(1, 0xffffff)
        t = clk.tick()
        frame += R.randint(5, 300)
        plen = R.randint(260, 340)
        d.t("Frame %d: %d bytes on wire (%d bits), %d bytes captured (%d bits) on interface s11, id 0\n" % (frame, plen, plen * 8, plen, plen * 8))
        d.t("    Encapsulation type: Ethernet (1)\n    Arrival Time: %s CST\n" % (t.strftime("%b %d, %Y %H:%M:%S.%f") + "000"))
        d.t("    Epoch Arrival Time: %d.%06d000\n    Frame Number: %d\n    Protocols in frame: eth:ethertype:ip:udp:gtpv2\n" % (ms(t) // 1000, t.microsecond, frame))
        d.w("Ethernet II, Src: " + SLOT + ", Dst: " + SLOT + "\n", L(fmt_mac(mme_mac, "colon"), "MAC_ADDRESS"), L(fmt_mac(sgw_mac, "colon"), "MAC_ADDRESS"))
        d.w("Internet Protocol Version 4, Src: " + SLOT + ", Dst: " + SLOT + "\n", L(mme_ip, "IP_ADDRESS"), L(sgw_ip, "IP_ADDRESS"))
        d.t("User Datagram Protocol, Src Port: 2123, Dst Port: 2123\nGPRS Tunneling Protocol V2\n")
        d.t("    Flags: 0x48, TEID flag (T), Version: 2\n        010. .... = Version: 2\n        ...0 .... = Piggybacking flag (P): 0\n        .... 1... = TEID flag (T): 1\n")
        d.t("    Message Type: Create Session Request (32)\n    Message Length: %d\n    Tunnel Endpoint Identifier: 0x00000000\n" % (plen - 46))
        d.t("    Sequence Number: 0x%06x (%d)\n    Spare: 0\n" % (seqn, seqn))
        d.w("    International Mobile Subscriber Identity (IMSI) : " + SLOT + "\n", L(s.imsi, "IMSI_ID"))
        d.t("        IE Type: International Mobile Subscriber Identity (IMSI) (1)\n        IE Length: 8\n        0000 .... = CR flag: 0\n        .... 0000 = Instance: 0\n")
        d.w("        IMSI: " + SLOT + "\n", L(s.imsi, "IMSI_ID"))
        d.t("        Mobile Country Code (MCC): China (460)\n        Mobile Network Code (MNC): %s (%s)\n" % (opname, mnc))
        d.w("    MSISDN : " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
        d.t("        IE Type: MSISDN (76)\n        IE Length: 7\n        0000 .... = CR flag: 0\n        .... 0000 = Instance: 0\n")
        d.w("        MSISDN: " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
        mei = s.imeisv if R.random() < 0.5 else s.imei
        d.w("    Mobile Equipment Identity (MEI) : " + SLOT + "\n", L(mei, "IMEI_HARDWARE_ID"))
        d.t("        IE Type: Mobile Equipment Identity (MEI) (75)\n        IE Length: 8\n        0000 .... = CR flag: 0\n        .... 0000 = Instance: 0\n")
        d.w("        MEI: " + SLOT + "\n", L(mei, "IMEI_HARDWARE_ID"))
        d.t("    User Location Information (ULI) : \n        IE Type: User Location Information (ULI) (86)\n        IE Length: 13\n")
        d.t("        0000 .... = CR flag: 0\n        .... 0000 = Instance: 0\n        Flags: 0x18, ECGI, TAI\n")
        d.t("        Tracking Area Identity (TAI)\n            Mobile Country Code (MCC): China (460)\n            Mobile Network Code (MNC): %s (%s)\n" % ("China Mobile", "00"))
        d.t("            Tracking Area Code (TAC): 0x%04x (%d)\n" % (tac, tac))
        d.t("        E-UTRAN Cell Global Identifier (ECGI)\n            Mobile Country Code (MCC): China (460)\n            Mobile Network Code (MNC): %s (%s)\n" % ("China Mobile", "00"))
        bits = format(eci, "028b")
        d.w("            .... %s = ECI (E-UTRAN Cell Identifier): " % " ".join(bits[i:i + 4] for i in range(0, 28, 4)) + SLOT + "\n", L(str(eci), "CELL_ID"))
        d.t("    Serving Network : MCC 460 China, MNC %s %s\n" % ("00", "China Mobile"))
        d.t("    RAT Type : EUTRAN (6)\n")
        d.t("    Indication : \n        IE Type: Indication (77)\n        IE Length: 7\n        .... ...1 = DAF (Dual Address Bearer Flag): 1\n")
        teid = hexs(8)
        d.w("    Fully Qualified Tunnel Endpoint Identifier (F-TEID) : S11 MME GTP-C interface, TEID/GRE Key: 0x%s, IPv4 " % teid + SLOT + "\n", L(mme_ip, "IP_ADDRESS"))
        d.t("        IE Type: Fully Qualified Tunnel Endpoint Identifier (F-TEID) (87)\n        IE Length: 9\n        1... .... = V4: IPv4 address present\n")
        d.t("        .0.. .... = V6: IPv6 address not present\n        ..00 1010 = Interface Type: S11 MME GTP-C interface (10)\n        TEID/GRE Key: 0x%s\n" % teid)
        d.w("        F-TEID IPv4: " + SLOT + "\n", L(mme_ip, "IP_ADDRESS"))
        pgw = ne_ip("10.186")
        d.w("    Fully Qualified Tunnel Endpoint Identifier (F-TEID) : S5/S8 PGW GTP-C interface, TEID/GRE Key: 0x00000000, IPv4 " + SLOT + "\n", L(pgw, "IP_ADDRESS"))
        d.t("    Access Point Name (APN) : cmnet.mnc000.mcc460.gprs\n")
        d.t("    Selection Mode : MS or network provided APN, subscription verified\n    PDN Type : IPv4v6\n")
        d.t("    Aggregate Maximum Bit Rate (AMBR) : AMBR Uplink (Kbps): %d, AMBR Downlink (Kbps): %d\n" % (R.choice([100000, 200000]), R.choice([300000, 1000000])))
        d.t("    Bearer Context : [Grouped IE]\n        EPS Bearer ID (EBI) : 5\n        Bearer Level Quality of Service (Bearer QoS) : ARP: 0x%02x, QCI: 9\n" % R.randint(0x20, 0x7f))
        d.t("    Recovery (Restart Counter) : %d\n    UE Time Zone : GMT + 8 hours 0 minutes\n    Charging Characteristics : 0x0800\n\n" % R.randint(1, 255))
        # response
        t = clk.tick(0.005, 0.2)
        frame += R.randint(1, 20)
        plen = R.randint(180, 260)
        d.t("Frame %d: %d bytes on wire (%d bits), %d bytes captured (%d bits) on interface s11, id 0\n" % (frame, plen, plen * 8, plen, plen * 8))
        d.t("    Arrival Time: %s CST\n    Epoch Arrival Time: %d.%06d000\n" % (t.strftime("%b %d, %Y %H:%M:%S.%f") + "000", ms(t) // 1000, t.microsecond))
        d.w("Ethernet II, Src: " + SLOT + ", Dst: " + SLOT + "\n", L(fmt_mac(sgw_mac, "colon"), "MAC_ADDRESS"), L(fmt_mac(mme_mac, "colon"), "MAC_ADDRESS"))
        d.w("Internet Protocol Version 4, Src: " + SLOT + ", Dst: " + SLOT + "\n", L(sgw_ip, "IP_ADDRESS"), L(mme_ip, "IP_ADDRESS"))
        d.t("User Datagram Protocol, Src Port: 2123, Dst Port: 2123\nGPRS Tunneling Protocol V2\n")
        d.t("    Message Type: Create Session Response (33)\n    Tunnel Endpoint Identifier: 0x%s\n    Sequence Number: 0x%06x (%d)\n" % (teid, seqn, seqn))
        d.t("    Cause : Request accepted (16)\n")
        d.w("    PDN Address Allocation (PAA) : IPv4v6 " + SLOT + " " + SLOT + "/64\n", L(s.ipv4, "IP_ADDRESS"), L(s.v6pre + "::", "IP_ADDRESS"))
        d.t("        PDN Type: IPv4v6 (3)\n        IPv6 Prefix Length: 64\n")
        d.w("        PDN Address and Prefix(IPv6): " + SLOT + "\n", L(s.v6pre + "::", "IP_ADDRESS"))
        d.w("        PDN Address and Prefix(IPv4): " + SLOT + "\n", L(s.ipv4, "IP_ADDRESS"))
        d.t("    APN Restriction : 0\n    Protocol Configuration Options (PCO) : \n")
        d.w("        Protocol or Container ID: DNS Server IPv4 Address (0x000d)\n            IPv4: " + SLOT + "\n", L(R.choice(["211.136.192.6", "120.196.165.24", "221.179.38.7"]), "IP_ADDRESS"))
        d.w("        Protocol or Container ID: DNS Server IPv6 Address (0x0003)\n            IPv6: " + SLOT + "\n", L(R.choice(["2409:8088::a", "2409:8088::b"]), "IP_ADDRESS"))
        d.t("        Protocol or Container ID: IPv4 Link MTU (0x0010)\n            IPv4 Link MTU size: 1400\n\n")


# ==========================================================================
# 8. decoded 3GPP CDRs
# ==========================================================================

def write_cdr(d):
    clk = Clock(D0 + dt.timedelta(hours=7), 5, 200)
    fname = "b%08d.dat" % R.randint(1, 99999999)
    d.t("-- asn1-cdr-dump 2.4.0  spec=TS 32.298 V16.5.0  input=%s  records=auto\n\n" % fname)
    off = 0x40
    for k in range(18):
        s = Sub("CMCC")
        t = clk.tick()
        off += R.randint(300, 900)
        mnc = "00"   # serving PLMN
        enb, cell, eci = gen_eci()
        tac = R.randint(0x1000, 0xfffe)
        if k % 3 != 2:
            d.t("=== Record %d  offset 0x%08x  length %d ===\n" % (k + 1, off, R.randint(250, 700)))
            d.t("pGWRecord {\n  recordType                    : 85 (pGWRecord)\n")
            d.w("  servedIMSI                    : " + SLOT + "\n", L(s.imsi, "IMSI_ID"))
            d.w("  p-GWAddress                   : { iPBinV4Address : " + SLOT + " }\n", L(ne_ip("10.186"), "IP_ADDRESS"))
            d.t("  chargingID                    : %d\n" % R.randint(10 ** 8, 4 * 10 ** 9))
            d.w("  servingNodeAddress            : { iPBinV4Address : " + SLOT + " }\n", L(ne_ip("10.186"), "IP_ADDRESS"))
            d.t("  accessPointNameNI             : \"%s\"\n  pdpPDNType                    : '0103'H\n" % R.choice(["cmnet", "cmwap", "ims", "cmiot"]))
            d.w("  servedPDPPDNAddress           : { iPAddress : { iPBinV4Address : " + SLOT + " } }\n", L(s.ipv4, "IP_ADDRESS"))
            if R.random() < 0.6:
                d.w("  servedPDPPDNAddressExt        : { iPAddress : { iPBinV6Address : " + SLOT + " } }\n", L(s.v6pre + "::1", "IP_ADDRESS"))
            d.t("  dynamicAddressFlag            : TRUE\n  listOfTrafficVolumes          : {\n")
            for _ in range(R.randint(1, 2)):
                d.t("    { qosNegotiated : QCI 9 ARP 8, dataVolumeGPRSUplink : %d, dataVolumeGPRSDownlink : %d, changeCondition : %s, changeTime : '%s2B0800'H }\n"
                    % (R.randint(10 ** 4, 10 ** 8), R.randint(10 ** 5, 10 ** 9), R.choice(["recordClosure (2)", "qoSChange (0)", "tariffTime (1)"]), t.strftime("%y%m%d%H%M%S")))
            d.t("  }\n  recordOpeningTime             : %s+0800\n  duration                      : %d\n" % (t.strftime("%y%m%d%H%M%S"), R.randint(60, 3600)))
            d.t("  causeForRecClosing            : %s\n  recordSequenceNumber          : %d\n" % (R.choice(["timeLimit (17)", "normalRelease (0)", "volumeLimit (16)"]), R.randint(1, 30)))
            d.t("  nodeID                        : \"GZPGW%02dBHW\"\n  localSequenceNumber           : %d\n" % (R.randint(1, 9), R.randint(10 ** 8, 10 ** 9)))
            d.t("  apnSelectionMode              : mSorNetworkProvidedSubscriptionVerified (0)\n")
            d.w("  servedMSISDN                  : " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            d.t("  chargingCharacteristics       : '0800'H\n  chChSelectionMode             : homeDefault (3)\n")
            d.t("  servingNodePLMNIdentifier     : '64F0%s'H\n" % (mnc[::-1]))
            d.w("  servedIMEISV                  : " + SLOT + "\n", L(s.imeisv, "IMEI_HARDWARE_ID"))
            d.t("  rATType                       : 6 (EUTRAN)\n  mSTimeZone                    : '2300'H\n")
            blob = "1864f0%s%04x64f0%s%08x" % (mnc[::-1], tac, mnc[::-1], eci)
            d.w("  userLocationInformation       : '%s'H  -- TAI 460-%s-%04X ECGI " % (blob, mnc, tac) + SLOT + "\n",
                L("460%s%07X" % (mnc, eci), "CELL_ID"))
            d.t("  servingNodeType               : { mME (5) }\n  pSFurnishChargingInformation  : absent\n}\n\n")
        else:
            b = Sub()
            lac, ci = gen_cgi()
            kind = R.random()
            d.t("=== Record %d  offset 0x%08x  length %d ===\n" % (k + 1, off, R.randint(200, 400)))
            d.t("mSOriginating {\n  recordType                    : 0 (moCallRecord)\n")
            d.w("  servedIMSI                    : " + SLOT + "\n", L(s.imsi, "IMSI_ID"))
            d.w("  servedIMEI                    : " + SLOT + "\n", L(s.imei, "IMEI_HARDWARE_ID"))
            d.w("  servedMSISDN                  : " + SLOT + "\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            d.w("  callingNumber                 : " + SLOT + " (international, isdn)\n", L("86" + s.msisdn, "PHONE_NUMBER"))
            if kind < 0.6:
                d.w("  calledNumber                  : " + SLOT + " (international, isdn)\n", L("86" + b.msisdn, "PHONE_NUMBER"))
            elif kind < 0.8:
                ac, num = gen_landline()
                d.w("  calledNumber                  : " + SLOT + " (national, isdn)\n", L(ac + num, "PHONE_NUMBER"))
            else:
                d.t("  calledNumber                  : %s (unknown, isdn)\n" % R.choice(["10086", "12345", "95533", "4008823823", "110"]))
            d.t("  recordingEntity               : 8613%s\n" % digits(6))
            d.t("  mscIncomingTKGP               : { tkgpName : \"GZTK%02d\" }\n" % R.randint(1, 40))
            d.w("  location                      : { cellGlobalId : " + SLOT + " }\n", L("460-%s-%d-%d" % (mnc, lac, ci), "CELL_ID"))
            d.t("  basicService                  : { teleservice : '11'H }\n")
            d.t("  seizureTime                   : %s+0800\n  answerTime                    : %s+0800\n" % (t.strftime("%y%m%d%H%M%S"), (t + dt.timedelta(seconds=R.randint(3, 20))).strftime("%y%m%d%H%M%S")))
            d.t("  callDuration                  : %d\n  causeForTerm                  : normalRelease (0)\n" % R.randint(5, 2400))
            d.t("  callReference                 : '%s'H\n  sequenceNumber                : %d\n}\n\n" % (hexs(10, upper=True), R.randint(10 ** 5, 10 ** 7)))
    d.t("-- end of file: %d records, 0 decode errors\n" % 18)


# ==========================================================================
# 9. NMS alarm log
# ==========================================================================

SITES = ["GZ_TianHe_Zhongxin", "GZ_HaiZhu_Kecun", "SZ_NanShan_KeJiYuan", "SZ_FuTian_HuaQiang",
         "FS_NanHai_GuiCheng", "DG_SongShanHu", "GZ_BaiYun_JiChang", "GZ_PanYu_DaXueCheng"]


def write_nms(d):
    clk = Clock(D0, 20, 400)
    d.t("Serial No.,Severity,Alarm ID,Name,NE Type,NE Name,NE IP,Occurred On,Cleared On,Location Information,Additional Information\n")
    sn = R.randint(70000000, 79999999)
    for k in range(42):
        t = clk.tick()
        sn += R.randint(1, 50)
        site = R.choice(SITES) + "_%s%d" % (R.choice(["L", "N", "F"]), R.randint(1, 9))
        ip = "10.%d.%d.%d" % (R.choice([210, 211, 212]), R.randint(0, 255), R.randint(2, 250))
        occ = t.strftime("%Y-%m-%d %H:%M:%S")
        clr = (t + dt.timedelta(seconds=R.randint(60, 7200))).strftime("%Y-%m-%d %H:%M:%S") if R.random() < 0.6 else ""
        enb, cell, eci = gen_eci()
        kind = k % 8
        netype = R.choice(["BTS5900", "BTS3900", "DBS5900"])
        pre = "%d,%s," % (sn, R.choice(["Critical", "Major", "Minor", "Warning"]))
        if kind == 0:
            d.w(pre + "29240,Cell Unavailable,%s,%s," % (netype, site) + SLOT + ",%s,%s,\"Local Cell ID=%d, Cell Name=%s_%d, eNodeB ID=%d, eci=" % (occ, clr, cell, site, cell, enb) + SLOT + "\",\"Specific Problem=%s\"\n"
                % R.choice(["Cell Setup Failure", "S1 Link Fault", "License Expired", "RF Unit Fault"]),
                L(ip, "IP_ADDRESS"), L(str(eci), "CELL_ID"))
        elif kind == 1:
            d.w(pre + "25880,Ethernet Link Fault,%s,%s," % (netype, site) + SLOT + ",%s,%s,\"Cabinet No.=0, Subrack No.=0, Slot No.=%d, Port No.=%d, Board Type=UMPT\",\"Peer MAC=" % (occ, clr, R.randint(6, 7), R.randint(0, 1)) + SLOT + ", Local MAC=" + SLOT + "\"\n",
                L(ip, "IP_ADDRESS"), L(fmt_mac(gen_mac_raw(), "huawei"), "MAC_ADDRESS"), L(fmt_mac(gen_mac_raw(), "huawei"), "MAC_ADDRESS"))
        elif kind == 2:
            d.w(pre + "25888,SCTP Link Fault,%s,%s," % (netype, site) + SLOT + ",%s,%s,\"SCTP Link No.=%d\",\"Local IP=" % (occ, clr, R.randint(0, 3)) + SLOT + ", Peer IP=" + SLOT + ", Local Port=36412, Peer Port=36412\"\n",
                L(ip, "IP_ADDRESS"), L(ip, "IP_ADDRESS"), L(ne_ip("10.186"), "IP_ADDRESS"))
        elif kind == 3:
            lat = 22.5 + R.random() * 1.2
            lon = 113.0 + R.random() * 1.3
            d.w(pre + "26235,RF Unit Maintenance Link Failure,%s,%s," % (netype, site) + SLOT + ",%s,%s,\"Cabinet No.=0, Subrack No.=%d, Slot No.=0, ECGI=" % (occ, clr, R.randint(60, 90)) + SLOT + "\",\"site_gps=" + SLOT + ", site_addr=" + SLOT + "\"\n",
                L(ip, "IP_ADDRESS"), L("460-00-%d-%d" % (enb, cell), "CELL_ID"), L("%.6f,%.6f" % (lat, lon), "LOCATION_COORDINATES"), L(gen_address("广东省"), "STREET_ADDRESS"))
        elif kind == 4:
            d.t(pre + "26818,NE Software Version Mismatch,%s,%s," % (netype, site))
            d.v(ip, "IP_ADDRESS")
            d.t(",%s,%s,\"Running Version=%s, Target Version=%s\",\"trap OID=1.3.6.1.4.1.2011.2.15.2.4.3.3.%d\"\n"
                % (occ, clr, R.choice(["V100R017C10SPC220", "V100R018C10SPC130", "5900 V100R019C00"]), R.choice(["V100R019C10SPC200", "V100R020C10SPC100"]), R.randint(1, 90)))
        elif kind == 5:
            user = R.choice(["op_zhang", "nm_liwei", "admin", "noc_chen", "ftpuser"])
            src = "10.%d.%d.%d" % (R.randint(50, 60), R.randint(0, 255), R.randint(2, 250))
            if R.random() < 0.5:
                d.w(pre + "20703,Configuration Changed,%s,%s," % (netype, site) + SLOT + ",%s,,\"User=%s, Terminal=" % (occ, user) + SLOT + "\",\"Command=SET SNMPCFG: SNMPVER=V2C, RDCOMMUNITY=\"\"" + SLOT + "\"\", WRCOMMUNITY=\"\"" + SLOT + "\"\";\"\n",
                    L(ip, "IP_ADDRESS"), L(src, "IP_ADDRESS"), L(R.choice(["Gd", "Nm", "Rw"]) + "@" + digits(4) + R.choice(["snmp", "ro", "mon"]), "CREDENTIAL"),
                    L(R.choice(["Wr", "Cf", "Rw"]) + "#" + hexs(6) + "!", "CREDENTIAL"))
            else:
                d.w(pre + "20701,NE Login Failed,%s,%s," % (netype, site) + SLOT + ",%s,,\"User=%s, Terminal=" % (occ, user) + SLOT + ", Times=%d\",\"Protocol=SSH, Cause=Invalid password\"\n" % R.randint(3, 10),
                    L(ip, "IP_ADDRESS"), L(src, "IP_ADDRESS"))
        elif kind == 7:
            lat = 22.5 + R.random() * 1.2
            lon = 113.0 + R.random() * 1.3
            d.w(pre + "25622,Mains Input Out of Range,%s,%s," % (netype, site) + SLOT + ",%s,%s,\"Cabinet No.=0, Power System Type=APM30H, eci=" % (occ, clr) + SLOT + "\",\"市电停电，应急发电车" + SLOT + "已派出，站点坐标" + SLOT + "，业主联系人" + SLOT + " " + SLOT + "\"\n",
                L(ip, "IP_ADDRESS"), L(str(eci), "CELL_ID"), L(gen_plate("粤"), "CHINA_LICENSE_PLATE"), L("%.5f,%.5f" % (lat, lon), "LOCATION_COORDINATES"),
                L(gen_name()[0], "PERSON_NAME"), L(fmt_mobile(gen_mobile("CMCC"), R.choice(["plain", "dash"])), "PHONE_NUMBER"))
        else:
            d.w(pre + "26262,External Clock Reference Problem,%s,%s," % (netype, site) + SLOT + ",%s,%s,\"Clock Source=GPS, Cell ID=" % (occ, clr) + SLOT + "\",\"Mgmt MAC=" + SLOT + ", OM IPv6=" + SLOT + "\"\n",
                L(ip, "IP_ADDRESS"), L(str(eci), "CELL_ID"), L(fmt_mac(gen_mac_raw(), "DASH"), "MAC_ADDRESS"), L("2409:8066:%x:%x::%x" % (R.randint(1, 0xfff), R.randint(1, 0xffff), R.randint(1, 0xff)), "IP_ADDRESS"))


# ==========================================================================
# 10. BSS provisioning audit log (Chinese)
# ==========================================================================

HALLS = ["广州天河营业厅", "广州北京路旗舰店", "深圳华强北营业厅", "佛山千灯湖营业厅", "网上营业厅", "掌上营业厅APP", "东莞松山湖代理点"]
PLANS = ["5G畅享128元套餐", "5G智享199元套餐", "全球通288元套餐", "花卡宝藏版29元", "物联网车联网卡", "天翼畅享套餐", "宽带+5G融合套餐"]


def write_bss(d):
    clk = Clock(D0 + dt.timedelta(minutes=30), 15, 300)
    kinds = [0] * 7 + [2] * 4 + [3] * 4 + [4] * 9 + [5] * 7 + [51] * 6 + [6] * 6 + [7] * 5 + [8] * 7 + [9] * 4 + [10] * 5
    R.shuffle(kinds)
    for kind in kinds:
        s = Sub("CT" if kind == 8 else None)
        t = clk.tick()
        ts = t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        op = "gz_yyt_%04d" % R.randint(1, 9999)
        hall = R.choice(HALLS)
        oid = order_no(t.strftime("%Y%m%d"))
        d.t("[%s][INFO][CRM-AUDIT][op=%s][channel=%s] 订单号=%s 受理流水=%s " % (ts, op, hall, oid, neg15()))
        if kind in (0, 1):
            d.w("业务=新装开户 客户姓名=" + SLOT + " 证件类型=居民身份证 证件号码=" + SLOT + " 出生日期=" + SLOT + " 性别=%s 证件地址=" % ("男" if s.gender == "M" else "女") + SLOT
                + " 联系电话=" + SLOT + " 邮箱=" + SLOT + " 新号码=" + SLOT + " ICCID=" + SLOT + " IMSI=" + SLOT + " 套餐=%s 结果=成功\n" % R.choice(PLANS),
                L(s.name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"), L(s.dob.strftime("%Y-%m-%d"), "DATE_OF_BIRTH"),
                L(s.addr, "STREET_ADDRESS"), L(fmt_mobile(gen_mobile(s.op), "plain"), "PHONE_NUMBER"), L(s.email, "EMAIL_ADDRESS"),
                L(s.msisdn, "PHONE_NUMBER"), L(s.iccid, "ICCID_NUMBER"), L(s.imsi, "IMSI_ID"))
        elif kind == 2:
            newiccid = gen_iccid(s.op)
            newimsi = gen_imsi(s.op, s.imsi[3:5])
            d.w("业务=补换卡 号码=" + SLOT + " 机主=" + SLOT + " 证件号码=" + SLOT + " 原ICCID=" + SLOT + " 新ICCID=" + SLOT + " 新IMSI=" + SLOT + " 原因=卡损坏 校验方式=人像比对(相似度0.%d) 结果=成功\n" % R.randint(85, 99),
                L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"),
                L(s.iccid, "ICCID_NUMBER"), L(newiccid, "ICCID_NUMBER"), L(newimsi, "IMSI_ID"))
        elif kind == 3:
            n2 = Sub(s.op)
            d.w("业务=过户 号码=" + SLOT + " 原机主=" + SLOT + "(" + SLOT + ") 新机主=" + SLOT + "(" + SLOT + ") 新机主联系地址=" + SLOT + " 结果=成功\n",
                L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"),
                L(n2.name, "PERSON_NAME"), L(n2.ric, "CHINA_RESIDENT_ID_NUMBER"), L(n2.addr, "STREET_ADDRESS"))
        elif kind == 4:
            card = gen_bankcard()
            d.w("业务=银行代扣签约 号码=" + SLOT + " 户名=" + SLOT + " 银行卡号=" + SLOT + " 预留手机=" + SLOT + " 签约流水=%s 结果=成功\n" % digits(20),
                L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(card, "BANK_CARD_NUMBER"),
                L(fmt_mobile(s.msisdn, R.choice(["plain", "e164"])), "PHONE_NUMBER"))
        elif kind in (5, 51):
            if kind == 5:
                d.w("业务=国际漫游开通 号码=" + SLOT + " 客户姓名=" + SLOT + " 证件类型=护照 证件号码=" + SLOT + " 出生日期=" + SLOT + " 漫游类型=全球 押金=0 结果=成功\n",
                    L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(gen_passport(), "CHINA_PASSPORT"), L(s.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH"))
            else:
                d.w("业务=港澳漫游包订购 号码=" + SLOT + " 客户姓名=" + SLOT + " 往来港澳通行证号=" + SLOT + " 生效=%d-%02d-%02d 结果=成功\n" % (t.year, t.month, t.day),
                    L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(gen_permit(), "HK_MACAU_TRAVEL_PERMIT"))
        elif kind == 6:
            vin = gen_vin()
            plate = gen_plate()
            iccid = gen_iccid(s.op)
            imsi = gen_imsi(s.op, s.imsi[3:5])
            d.w("业务=车联网卡实名登记 车主=" + SLOT + " 证件号码=" + SLOT + " 车牌号=" + SLOT + " VIN=" + SLOT + " ICCID=" + SLOT + " IMSI=" + SLOT + " T-Box IMEI=" + SLOT + " 车企=某汽车科技有限公司 统一社会信用代码=" + SLOT + " 结果=成功\n",
                L(s.name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"), L(plate, "CHINA_LICENSE_PLATE"), NEG(vin),
                L(iccid, "ICCID_NUMBER"), L(imsi, "IMSI_ID"), L(s.imei, "IMEI_HARDWARE_ID"), NEG(gen_uscc()))
        elif kind == 7:
            onu = gen_mac_raw()
            acct = "gz%s" % digits(9)
            d.w("业务=宽带装机 宽带账号=%s 宽带密码=" % acct + SLOT + " 客户姓名=" + SLOT + " 装机地址=" + SLOT + " 联系电话=" + SLOT + " 光猫SN=HWTC%s 光猫MAC=" % hexs(8, upper=True) + SLOT + " 分配IP=" + SLOT + " 结果=待施工\n",
                L(digits(6) if R.random() < 0.5 else R.choice(["Gz", "bb", "Kd"]) + digits(6), "CREDENTIAL"),
                L(s.name, "PERSON_NAME"), L(s.addr, "STREET_ADDRESS"),
                L(fmt_landline(*gen_landline(), R.choice(["dash", "paren", "plain"])), "PHONE_NUMBER"),
                L(fmt_mac(onu, R.choice(["DASH", "colon", "huawei"])), "MAC_ADDRESS"), L(ipv4_public("CMCC"), "IP_ADDRESS"))
        elif kind == 8:
            if s.meid:
                d.w("业务=终端登记 号码=" + SLOT + " 终端=%s MEID=" % R.choice(["华为 畅享60", "中兴 A31", "天翼 1号 2023"]) + SLOT + " IMEI1=" + SLOT + " IMEI2=" + SLOT + " 结果=成功\n",
                    L(s.msisdn, "PHONE_NUMBER"), L(s.meid, "MEID"), L(s.imei, "IMEI_HARDWARE_ID"), L(gen_imei(), "IMEI_HARDWARE_ID"))
            else:
                d.w("业务=终端登记 号码=" + SLOT + " 终端=%s IMEI1=" % R.choice(["HUAWEI Mate 60", "Xiaomi 14", "iPhone 15 Pro", "vivo X100"]) + SLOT + " IMEI2=" + SLOT + " 结果=成功\n",
                    L(s.msisdn, "PHONE_NUMBER"), L(s.imei, "IMEI_HARDWARE_ID"), L(gen_imei(), "IMEI_HARDWARE_ID"))
        elif kind == 9:
            # JSON request body as logged by the API gateway
            body = [('"serviceNum":"', L(s.msisdn, "PHONE_NUMBER")), ('","custName":"', L(s.name, "PERSON_NAME")),
                    ('","certType":"01","certNum":"', L(s.ric, "CHINA_RESIDENT_ID_NUMBER")),
                    ('","birthday":"', L(s.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH")),
                    ('","contactAddr":"', L(s.addr, "STREET_ADDRESS")), ('","email":"', L(s.email, "EMAIL_ADDRESS")),
                    ('","clientIp":"', L(ipv4_public(), "IP_ADDRESS"))]
            d.t("业务=实名信息修改 接口=/crm/v2/cust/modify 请求体={")
            for pre_, val in body:
                d.t(pre_)
                d.v(*val)
            d.t('","channelId":"%s","reqTime":%d} 响应=0000\n' % (digits(10), ms(t)))
        else:
            if R.random() < 0.5:
                d.w("业务=销户 号码=" + SLOT + " 机主=" + SLOT + " 证件号码=" + SLOT + " 余额退还=%.2f元 退还方式=银行卡(622588******%s) 结果=成功\n" % (R.uniform(0, 200), digits(4)),
                    L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"))
            else:
                d.w("业务=销户 号码=" + SLOT + " 机主=" + SLOT + " 证件号码=" + SLOT + " 余额退还=%.2f元 退还方式=银行卡 退款卡号=" % R.uniform(0, 200) + SLOT + " 开户行=%s 结果=成功\n" % R.choice(["工商银行广州天河支行", "建设银行深圳分行", "招商银行佛山分行"]),
                    L(s.msisdn, "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(s.ric, "CHINA_RESIDENT_ID_NUMBER"), L(gen_bankcard(), "BANK_CARD_NUMBER"))
        if R.random() < 0.2:
            t = clk.tick(0.1, 2)
            d.t("[%s][WARN][CRM-AUDIT][op=%s] 敏感信息查询 查询号码=138****%s 查询类型=通话详单 审批单=%s\n" % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], op, digits(4), order_no()))


# ==========================================================================
# 11. trouble tickets (Chinese)
# ==========================================================================

def write_tickets(d):
    clk = Clock(D0 - dt.timedelta(days=2), 600, 9000)
    engineers = ["op_chen", "wy_liuq", "noc_huangjm", "tx_zhoujie", "kd_wangyf", "sec_linx"]
    for k in range(22):
        s = Sub(R.choice(["CMCC", "CMCC", "CU", "CT"]))
        s.addr = gen_address("广东省")
        t = clk.tick()
        tid = "GD-%s-%s-%06d" % (R.choice(["WX", "KD", "VL", "AQ"]), t.strftime("%Y%m%d"), R.randint(1, 999999))
        kind = k % 5
        enb, cell, eci = gen_eci()
        lat = 22.5 + R.random() * 1.2
        lon = 113.0 + R.random() * 1.3
        d.t("==================================================\n")
        d.t("工单编号：%s\n创建时间：%s\n" % (tid, t.strftime("%Y-%m-%d %H:%M")))
        if kind == 0:
            d.t("工单类型：网络质量投诉 / 室内弱覆盖\n")
            d.w("投诉用户：" + SLOT + "（" + SLOT + "）\n", L(s.name, "PERSON_NAME"), L(s.msisdn, "PHONE_NUMBER"))
            ac, num = gen_landline()
            d.w("联系电话：" + SLOT + " / " + SLOT + "\n", L(fmt_landline(ac, num, R.choice(["dash", "space", "paren"])), "PHONE_NUMBER"),
                L(fmt_mobile(s.msisdn, R.choice(["dash", "sp", "e164sp"])), "PHONE_NUMBER"))
            d.w("用户地址：" + SLOT + "\n", L(s.addr, "STREET_ADDRESS"))
            d.w("经纬度：" + SLOT + "\n", L("%.6f,%.6f" % (lon, lat), "LOCATION_COORDINATES"))
            d.w("主服务小区：ECGI " + SLOT + "（%s_%d），TAC %d\n" % (R.choice(SITES), cell, R.randint(9000, 30000)), L("460-00-%d-%d" % (enb, cell), "CELL_ID"))
            if s.meid:
                d.w("终端信息：%s，MEID " % R.choice(["华为 畅享50", "中兴 远航40", "天翼 1号 2022"]) + SLOT + "，IMEI " + SLOT + "\n", L(s.meid, "MEID"), L(s.imei, "IMEI_HARDWARE_ID"))
            else:
                d.w("终端信息：%s，IMEI " % R.choice(["HUAWEI Mate 60 Pro", "iPhone 14", "Redmi K70", "OPPO Find X6"]) + SLOT + "\n", L(s.imei, "IMEI_HARDWARE_ID"))
            d.t("处理过程：\n")
            d.w("  %s %s 后台查询用户IMSI " % (t.strftime("%m-%d %H:%M"), R.choice(engineers)) + SLOT + " 近7天在该小区RSRP均值-%d dBm，SINR %d dB，eci=" % (R.randint(105, 121), R.randint(-3, 4)) + SLOT + " 话务量正常。\n",
                L(s.imsi, "IMSI_ID"), L(str(eci), "CELL_ID"))
            d.t("  %s %s 现场测试：室内RSRP -118dBm，建议加装室分，已提交规划需求单 %s。\n" % ((t + dt.timedelta(hours=20)).strftime("%m-%d %H:%M"), R.choice(engineers), order_no()))
            d.t("回访：已电话回访用户本人，表示认可处理方案。满意度：%d\n" % R.randint(3, 5))
        elif kind == 1:
            d.t("工单类型：家庭宽带故障 / 无法上网\n")
            d.w("报障人：" + SLOT + "，电话 " + SLOT + "，装机地址：" + SLOT + "\n",
                L(s.name, "PERSON_NAME"), L(fmt_mobile(s.msisdn, R.choice(["plain", "dash"])), "PHONE_NUMBER"), L(s.addr, "STREET_ADDRESS"))
            onu = gen_mac_raw()
            pub = ipv4_public()
            d.w("宽带账号：gz%s，光猫MAC " % digits(9) + SLOT + "，WAN口IP " + SLOT + "，BRAS " + SLOT + "\n",
                L(fmt_mac(onu, R.choice(["COLON", "DASH", "huawei"])), "MAC_ADDRESS"), L(pub, "IP_ADDRESS"), L(ne_ip("10.30"), "IP_ADDRESS"))
            d.t("处理过程：\n")
            d.w("  %s 查询RADIUS：最近一次认证失败原因 691 password error，用户表示已改密为 " % R.choice(engineers) + SLOT + "，已在AAA重置。\n",
                L(R.choice(["abc", "gz", "Ww"]) + digits(6), "CREDENTIAL"))
            d.w("  OLT日志：ONU %s 于 %s 掉线，下挂终端 " % ("0/%d/%d:%d" % (R.randint(1, 16), R.randint(0, 15), R.randint(1, 64)), t.strftime("%H:%M:%S")) + SLOT + " 获取地址 " + SLOT + "。\n",
                L(fmt_mac(gen_mac_raw(), "colon"), "MAC_ADDRESS"), L("192.168.1.%d" % R.randint(2, 254), "IP_ADDRESS"))
            d.w("上门定位：" + SLOT + "，装维车辆 " + SLOT + "。\n", L("%.6f,%.6f" % (lat, lon), "LOCATION_COORDINATES"), L(gen_plate("粤"), "CHINA_LICENSE_PLATE"))
            d.t("结论：光衰过大(-29.5dBm)，已更换皮线光缆，恢复正常。\n")
        elif kind == 2:
            d.t("工单类型：VoLTE呼叫失败\n")
            d.w("用户：" + SLOT + " 号码 " + SLOT + "，IMSI " + SLOT + "，IMEISV " + SLOT + "\n",
                L(s.name, "PERSON_NAME"), L(fmt_mobile(s.msisdn, "e164"), "PHONE_NUMBER"), L(s.imsi, "IMSI_ID"), L(s.imeisv, "IMEI_HARDWARE_ID"))
            b = Sub()
            d.w("被叫：" + SLOT + "，失败时间 %s，返回 SIP 503，P-CSCF " % t.strftime("%H:%M:%S") + SLOT + "\n",
                L(fmt_mobile(b.msisdn, "plain"), "PHONE_NUMBER"), L(ne_ip("10.186"), "IP_ADDRESS"))
            d.w("信令截取：P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=" + SLOT + "\n",
                L("46000%04X%07X" % (R.randint(0x1000, 0xfffe), eci), "CELL_ID"))
            d.w("UE地址 " + SLOT + "，Call-ID %s@pcscf03.gd\n" % hexs(16), L(s.v6pre + "::%x" % R.randint(1, 0xffff), "IP_ADDRESS"))
            d.t("处理过程：\n  %s 核查为 SBC 板卡 CPU 过载（%d%%），已倒换，复测正常。版本 V500R020C10SPC300。\n" % (R.choice(engineers), R.randint(85, 99)))
        elif kind == 3:
            d.t("工单类型：疑似SIM卡被盗换（安全事件）\n")
            d.w("机主：" + SLOT + "，身份证 " + SLOT + "，出生日期 " + SLOT + "\n",
                L(s.name, "PERSON_NAME"), L(s.ric if R.random() < 0.7 else s.ric.lower(), "CHINA_RESIDENT_ID_NUMBER"),
                L("%d年%d月%d日" % (s.dob.year, s.dob.month, s.dob.day), "DATE_OF_BIRTH"))
            d.w("涉及号码：" + SLOT + "，原ICCID " + SLOT + " 于 %s 被补卡至新ICCID " % t.strftime("%m-%d %H:%M") + SLOT + "\n",
                L(s.msisdn, "PHONE_NUMBER"), L(s.iccid, "ICCID_NUMBER"), L(gen_iccid(s.op), "ICCID_NUMBER"))
            card = gen_bankcard()
            d.w("用户称补卡后其银行卡 " + SLOT + " 被盗刷 %d 元，已报警（回执号 %s）。\n" % (R.randint(1000, 50000), digits(14)),
                L(card, "BANK_CARD_NUMBER"))
            d.w("补卡办理人自称" + SLOT + "，联系电话 " + SLOT + "，邮箱 " + SLOT + "，营业厅监控已调取。\n",
                L(Sub().name, "PERSON_NAME"), L(fmt_mobile(gen_mobile("CU"), "plain"), "PHONE_NUMBER"), L(Sub().email, "EMAIL_ADDRESS"))
            if R.random() < 0.5:
                d.w("办理人出示证件：护照 " + SLOT + "（经核验系伪造），另查其持往来港澳通行证 " + SLOT + " 近期有出入境记录。\n",
                    L(gen_passport(), "CHINA_PASSPORT"), L(gen_permit(), "HK_MACAU_TRAVEL_PERMIT"))
            else:
                d.w("办理人出示证件：往来港澳通行证 " + SLOT + "，与机主身份不符。\n", L(gen_permit(), "HK_MACAU_TRAVEL_PERMIT"))
            d.w("作案车辆车牌 " + SLOT + "，登录IP " + SLOT + "。\n", L(gen_plate(), "CHINA_LICENSE_PLATE"), L(ipv4_public(), "IP_ADDRESS"))
            d.t("处理过程：\n  %s 已冻结该号码，补卡工号 gz_yyt_%04d 已停权，移交安全部。\n" % (R.choice(engineers), R.randint(1, 9999)))
        else:
            d.t("工单类型：eSIM手表开通失败（一号双终端）\n")
            eid = "89049032" + digits(24)
            d.w("主号：" + SLOT + "（" + SLOT + "），手表IMEI " + SLOT + "，EID " + SLOT + "\n",
                L(fmt_mobile(s.msisdn, "plain"), "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(gen_imei(), "IMEI_HARDWARE_ID"), NEG(eid))
            d.w("副卡ICCID " + SLOT + "，SM-DP+ 返回 8.2.1 (Profile ICCID - Already in Use)，客户端IP " + SLOT + "\n",
                L(gen_iccid(s.op), "ICCID_NUMBER"), L(ipv4_public(s.op), "IP_ADDRESS"))
            d.w("用户邮箱 " + SLOT + "，要求处理结果发邮件。\n", L(s.email, "EMAIL_ADDRESS"))
            d.t("处理过程：\n  %s 已在 SM-DP+ 释放旧 profile，重新下发激活码，已通知用户重新扫码。\n" % R.choice(engineers))
        d.t("工单状态：%s  处理时长：%.1f小时\n\n" % (R.choice(["已归档", "已解决", "处理中"]), R.uniform(0.5, 72)))


# ==========================================================================
# 12. MNP port request batch (CSV)
# ==========================================================================

def write_mnp(d):
    clk = Clock(D0 + dt.timedelta(hours=9), 5, 180)
    d.t("req_id,msisdn,donor,recipient,cust_type,cust_name,cert_type,cert_no,birth_date,auth_code,contact_phone,contact_addr,submit_time,status,reject_reason\n")
    for k in range(28):
        donor = R.choice(["CMCC", "CU", "CT"])
        rec = R.choice([x for x in ["CMCC", "CU", "CT", "CBN"] if x != donor])
        s = Sub(donor)
        t = clk.tick()
        rid = "NP%s%s%s" % (OP_CODE[rec], t.strftime("%Y%m%d%H%M%S"), digits(4))
        auth = "%s" % digits(6) if R.random() < 0.7 else "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        corp = R.random() < 0.15
        status = R.choice(["ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED", "PENDING"])
        reason = "" if status != "REJECTED" else R.choice(["在网未满120天", "存在未结清费用", "授权码错误", "证件信息不一致", "有合约未到期"])
        d.t("%s," % rid)
        d.v(s.msisdn, "PHONE_NUMBER")
        d.t(",%s,%s," % (OP_CODE[donor], OP_CODE[rec]))
        if corp:
            d.t("单位,%s,统一社会信用代码," % R.choice(["广州某某科技有限公司", "深圳某物流有限公司", "佛山某陶瓷有限公司"]))
            d.n(gen_uscc())
            d.t(",,")
        else:
            ctype = R.random()
            d.t("个人,")
            d.v(s.name, "PERSON_NAME")
            if ctype < 0.75:
                d.t(",身份证,")
                d.v(s.ric, "CHINA_RESIDENT_ID_NUMBER")
            elif ctype < 0.85:
                d.t(",港澳台居民居住证,")
                d.v(gen_ric(s.dob, s.gender, R.choice(["810000", "820000"])), "CHINA_RESIDENT_ID_NUMBER")
            else:
                d.t(",护照,")
                d.v(gen_passport(), "CHINA_PASSPORT")
            d.t(",")
            d.v(s.dob.strftime(R.choice(["%Y-%m-%d", "%Y/%m/%d"])), "DATE_OF_BIRTH")
            d.t(",")
        d.v(auth, "CREDENTIAL")
        d.t(",")
        if R.random() < 0.7:
            d.v(fmt_mobile(gen_mobile(R.choice(["CMCC", "CU"])), R.choice(["plain", "plain", "e164", "dash"])), "PHONE_NUMBER")
        d.t(",")
        if R.random() < 0.5:
            d.t("\"")
            d.v(s.addr, "STREET_ADDRESS")
            d.t("\"")
        d.t(",%s,%s,%s\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), status, reason))


# ==========================================================================
# 13. SM-DP+ log
# ==========================================================================

def write_smdp(d):
    clk = Clock(D0 + dt.timedelta(hours=10), 0.1, 90)
    host = "rsp.example-smdp.com"
    for k in range(9):
        s = Sub(R.choice(["CMCC", "CMCC", "CU", "CT"]))
        t = clk.tick()
        thr = R.randint(1, 64)
        iccid = gen_iccid(s.op)
        eid = "89049032" + digits(24)
        fcid = "TX-%s-%05d" % (t.strftime("%Y%m%d"), R.randint(1, 99999))
        mid = "-".join(hexs(4, upper=True) for _ in range(4))
        cc = digits(8)
        txid = hexs(32, upper=True)
        lpa_ip = ipv4_public(s.op) if R.random() < 0.7 else ipv6_addr(s.op, "full")
        imei_ = gen_imei()

        def ts():
            return clk.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]

        d.w("%s INFO  [ES2+][http-nio-8443-exec-%d] downloadOrder functionCallIdentifier=%s eid=" % (ts(), thr, fcid) + SLOT + " iccid=" + SLOT + " profileType=%s\n" % R.choice({"CMCC": ["CMCC_WATCH_5G", "CMCC_CONSUMER"], "CU": ["CU_WEARABLE"], "CT": ["CT_WATCH_ESIM"]}[s.op]),
            NEG(eid), L(iccid, "ICCID_NUMBER"))
        clk.tick(0.05, 1)
        d.w("%s INFO  [ES2+][http-nio-8443-exec-%d] confirmOrder iccid=" % (ts(), thr) + SLOT + " matchingId=" + SLOT + " confirmationCode=" + SLOT + " releaseFlag=true smdsAddress=lpa.ds.gsma.com\n",
            L(iccid, "ICCID_NUMBER"), L(mid, "CREDENTIAL"), L(cc, "CREDENTIAL"))
        d.w("%s DEBUG [ES2+][http-nio-8443-exec-%d] request body: {\"header\":{\"functionRequesterIdentifier\":\"BOSS-GD\",\"functionCallIdentifier\":\"%s\"},\"iccid\":\"" % (ts(), thr, fcid) + SLOT + "\",\"msisdn\":\"" + SLOT + "\",\"customerName\":\"" + SLOT + "\",\"notifyEmail\":\"" + SLOT + "\"}\n",
            L(iccid, "ICCID_NUMBER"), L(fmt_mobile(s.msisdn, "cc"), "PHONE_NUMBER"), L(s.name, "PERSON_NAME"), L(s.email, "EMAIL_ADDRESS"))
        clk.tick(5, 300)
        d.w("%s INFO  [ES9+][http-nio-8443-exec-%d] initiateAuthentication from " % (ts(), thr) + SLOT + " euiccChallenge=%s smdpAddress=%s\n" % (hexs(32), host),
            L(lpa_ip, "IP_ADDRESS"))
        clk.tick(0.1, 2)
        d.w("%s INFO  [ES9+][http-nio-8443-exec-%d] authenticateClient transactionId=%s deviceInfo={\"tac\":\"%s\",\"imei\":\"" % (ts(), thr, txid, imei_[:8]) + SLOT + "\"} matchingId=" + SLOT + "\n",
            L(imei_, "IMEI_HARDWARE_ID"), L(mid, "CREDENTIAL"))
        clk.tick(0.1, 2)
        if R.random() < 0.15:
            d.t("%s WARN  [ES9+][http-nio-8443-exec-%d] authenticateClient transactionId=%s status=Failed reason=8.2.7 confirmationCode mismatch attempts=%d\n" % (ts(), thr, txid, R.randint(1, 3)))
        d.t("%s INFO  [ES9+][http-nio-8443-exec-%d] getBoundProfilePackage transactionId=%s bppSize=%d\n" % (ts(), thr, txid, R.randint(8000, 30000)))
        clk.tick(1, 30)
        d.w("%s INFO  [ES9+][http-nio-8443-exec-%d] handleNotification seqNumber=%d iccid=" % (ts(), thr, R.randint(1, 40)) + SLOT + " notificationEvent=install resultCode=0\n",
            L(iccid, "ICCID_NUMBER"))
        d.w("%s INFO  [ES2+][callback] handleDownloadProgressInfo -> BOSS eid=" % ts() + SLOT + " iccid=" + SLOT + " state=Installed msisdn=" + SLOT + "\n",
            NEG(eid), L(iccid, "ICCID_NUMBER"), L("86" + s.msisdn, "PHONE_NUMBER"))


# ==========================================================================
# 14. TR-069 Inform capture
# ==========================================================================

def write_tr069(d):
    clk = Clock(D0 + dt.timedelta(hours=11), 30, 600)
    for k in range(7):
        t = clk.tick()
        s = Sub(R.choice(["CMCC", "CT", "CU"]))
        wan = ipv4_public(s.op)
        acs_ip = ne_ip("10.250")
        vendor, oui, sn_pfx, models = R.choice([
            ("Huawei Technologies Co., Ltd", "00E0FC", "HWTC", ["HG8245Q2", "HN8145V", "EG8145V5"]),
            ("ZTE", "D0C65B", "ZTEG", ["F650", "F673AV9", "ZXHN F7607P"]),
            ("FiberHome", "48A472", "FHTT", ["AN5506-04-FA", "HG6145F"])])
        sn = sn_pfx + hexs(8, upper=True)
        wanmac, lanmac = gen_mac_raw(), gen_mac_raw()
        cr_user = "cpe%s" % digits(6)
        d.w("=== %s POST /acs from " % t.strftime("%Y-%m-%d %H:%M:%S") + SLOT + ":7547 to " + SLOT + ":9090 cwmp-session=%s ===\n" % hexs(16), L(wan, "IP_ADDRESS"), L(acs_ip, "IP_ADDRESS"))
        d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
        d.t('<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="urn:dslforum-org:cwmp-1-0">\n')
        d.t('<SOAP-ENV:Header><cwmp:ID SOAP-ENV:mustUnderstand="1">%d</cwmp:ID></SOAP-ENV:Header>\n<SOAP-ENV:Body>\n<cwmp:Inform>\n' % R.randint(1, 99999))
        d.t("<DeviceId><Manufacturer>%s</Manufacturer><OUI>%s</OUI><ProductClass>%s</ProductClass><SerialNumber>%s</SerialNumber></DeviceId>\n"
            % (vendor, oui, R.choice(models), sn))
        d.t("<Event SOAP-ENC:arrayType=\"cwmp:EventStruct[2]\"><EventStruct><EventCode>2 PERIODIC</EventCode><CommandKey></CommandKey></EventStruct><EventStruct><EventCode>4 VALUE CHANGE</EventCode><CommandKey></CommandKey></EventStruct></Event>\n")
        d.t("<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>%s+08:00</CurrentTime><RetryCount>0</RetryCount>\n" % t.strftime("%Y-%m-%dT%H:%M:%S"))
        d.t('<ParameterList SOAP-ENC:arrayType="cwmp:ParameterValueStruct[%d]">\n' % 16)

        def pv(name, val=None, typ="xsd:string", lab=None):
            d.t("<ParameterValueStruct><Name>%s</Name><Value xsi:type=\"%s\">" % (name, typ))
            if lab:
                d.v(val, lab)
            else:
                d.t(val)
            d.t("</Value></ParameterValueStruct>\n")

        base = "InternetGatewayDevice."
        pv(base + "DeviceInfo.SpecVersion", "1.0")
        pv(base + "DeviceInfo.HardwareVersion", R.choice(["WS7D01VER.A", "V5.0", "169D.A"]))
        pv(base + "DeviceInfo.SoftwareVersion", R.choice(["V5R020C00S200", "V9.0.10P1T6", "RP2861", "V3.1.10P3N2"]))
        pv(base + "DeviceInfo.ProvisioningCode", "")
        d.w("<ParameterValueStruct><Name>" + base + "ManagementServer.ConnectionRequestURL</Name><Value xsi:type=\"xsd:string\">http://" + SLOT + ":7547/%s</Value></ParameterValueStruct>\n" % hexs(10), L(wan, "IP_ADDRESS"))
        pv(base + "ManagementServer.ConnectionRequestUsername", cr_user)
        pv(base + "ManagementServer.ConnectionRequestPassword", hexs(4) + R.choice(["Gd", "Cr", "Xx"]) + digits(4), lab="CREDENTIAL")
        pv(base + "ManagementServer.PeriodicInformInterval", "43200", "xsd:unsignedInt")
        w = base + "WANDevice.1.WANConnectionDevice.1."
        if R.random() < 0.6:
            pv(w + "WANPPPConnection.1.Username", "gz%s" % digits(9))
            pv(w + "WANPPPConnection.1.Password", R.choice(["", "Kd", "bb"]) + digits(6 + R.randint(0, 2)), lab="CREDENTIAL")
            pv(w + "WANPPPConnection.1.ExternalIPAddress", wan, lab="IP_ADDRESS")
            pv(w + "WANPPPConnection.1.RemoteIPAddress", ne_ip("10.30"), lab="IP_ADDRESS")
            pv(w + "WANPPPConnection.1.MACAddress", fmt_mac(wanmac, "COLON"), lab="MAC_ADDRESS")
            d.w("<ParameterValueStruct><Name>" + w + "WANPPPConnection.1.X_CT-COM_IPv6Prefix</Name><Value xsi:type=\"xsd:string\">" + SLOT + "/64</Value></ParameterValueStruct>\n",
                L(s.v6pre + "::", "IP_ADDRESS"))
        else:
            pv(w + "WANIPConnection.1.ExternalIPAddress", wan, lab="IP_ADDRESS")
            pv(w + "WANIPConnection.1.DefaultGateway", ".".join(wan.split(".")[:3] + ["1"]), lab="IP_ADDRESS")
            d.w("<ParameterValueStruct><Name>" + w + "WANIPConnection.1.DNSServers</Name><Value xsi:type=\"xsd:string\">" + SLOT + "," + SLOT + "</Value></ParameterValueStruct>\n",
                L("211.136.192.6", "IP_ADDRESS"), L("120.196.165.24", "IP_ADDRESS"))
            pv(w + "WANIPConnection.1.MACAddress", fmt_mac(wanmac, "COLON"), lab="MAC_ADDRESS")
        pv(base + "LANDevice.1.LANHostConfigManagement.IPInterface.1.IPInterfaceIPAddress", "192.168.1.1", lab="IP_ADDRESS")
        pv(base + "LANDevice.1.LANEthernetInterfaceConfig.1.MACAddress", fmt_mac(lanmac, "colon"), lab="MAC_ADDRESS")
        pv(base + "LANDevice.1.WLANConfiguration.1.SSID", {"CMCC": "CMCC-", "CT": "ChinaNet-", "CU": "CU_"}[s.op] + "%s" % "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))
        pv(base + "LANDevice.1.WLANConfiguration.1.KeyPassphrase", R.choice(["", "wifi", "home"]) + digits(8) if R.random() < 0.6 else hexs(10), lab="CREDENTIAL")
        nh = R.randint(1, 4)
        for h in range(1, nh + 1):
            pv(base + "LANDevice.1.Hosts.Host.%d.IPAddress" % h, "192.168.1.%d" % R.randint(2, 254), lab="IP_ADDRESS")
            pv(base + "LANDevice.1.Hosts.Host.%d.MACAddress" % h, fmt_mac(gen_mac_raw(), "colon"), lab="MAC_ADDRESS")
            pv(base + "LANDevice.1.Hosts.Host.%d.HostName" % h, R.choice(["android-%s" % hexs(8), "iPhone", "DESKTOP-%s" % hexs(6, upper=True), "MiTV-%s" % hexs(4)]))
        d.t("</ParameterList>\n</cwmp:Inform>\n</SOAP-ENV:Body>\n</SOAP-ENV:Envelope>\n\n")


# ==========================================================================
# 15. PCRF Kafka events
# ==========================================================================

def write_kafka(d):
    clk = Clock(D0 + dt.timedelta(hours=12), 0.01, 20)
    offset = R.randint(10 ** 8, 9 * 10 ** 8)
    for k in range(30):
        s = Sub("CMCC")
        t = clk.tick()
        offset += R.randint(1, 400)
        ev = R.choice(["SESSION_START", "SESSION_START", "USAGE_REPORT", "LOCATION_CHANGE", "LOCATION_CHANGE", "SESSION_STOP", "QOS_CHANGE", "NOTIFY_NEF"])
        enb, cell, eci = gen_eci()
        mnc = "00"   # serving PLMN
        fields = [
            ('{"topic":"pcrf.session.events","partition":%d,"offset":%d,"timestamp":%d,"headers":{"traceId":"%s","spanId":"%s"},"value":{"eventType":"%s","eventId":"%s","sessionId":"pcrf01.gd.chinamobile.com;%d;%d"'
             % (R.randint(0, 23), offset, ms(t), hexs(32), hexs(16), ev, uuid4(), ms(t) // 1000, R.randint(10 ** 6, 10 ** 8)), None)]
        d.t(fields[0][0])
        d.w(',"imsi":"' + SLOT + '","msisdn":"' + SLOT + '"', L(s.imsi, "IMSI_ID"), L("86" + s.msisdn, "PHONE_NUMBER"))
        if ev in ("SESSION_START", "QOS_CHANGE"):
            d.w(',"imeisv":"' + SLOT + '","ueIpv4":"' + SLOT + '","ueIpv6Prefix":"' + SLOT + '/64","apn":"cmnet","ratType":"EUTRAN"',
                L(s.imeisv, "IMEI_HARDWARE_ID"), L(s.ipv4, "IP_ADDRESS"), L(s.v6pre + "::", "IP_ADDRESS"))
            d.w(',"pgwIp":"' + SLOT + '","ecgi":"' + SLOT + '","tac":%d' % R.randint(9000, 60000), L(ne_ip("10.186"), "IP_ADDRESS"), L("460%s%07X" % (mnc, eci), "CELL_ID"))
            d.t(',"policy":{"rules":["%s"],"qci":%d,"ambrUl":%d,"ambrDl":%d}' % (R.choice(["pcc_5g_128", "pcc_default_cmnet"]), R.choice([6, 8, 9]), R.choice([100000, 200000]), R.choice([300000, 1000000])))
        elif ev == "USAGE_REPORT":
            d.t(',"monitoringKey":"mk_%d","usedOctets":%d,"quotaLeft":%d,"billingCycle":"202403","billingRef":"%s"' % (R.randint(1, 99), R.randint(10 ** 6, 10 ** 10), R.randint(0, 10 ** 10), neg15()))
        elif ev == "LOCATION_CHANGE":
            lat = 22.5 + R.random() * 1.2
            lon = 113.0 + R.random() * 1.3
            d.w(',"ueIpv4":"' + SLOT + '","cellId":"' + SLOT + '","prevCellId":"' + SLOT + '","geo":"' + SLOT + '","accuracyM":%d' % R.randint(50, 800),
                L(s.ipv4, "IP_ADDRESS"), L(str(eci), "CELL_ID"), L(str(gen_eci()[2]), "CELL_ID"), L("%.5f,%.5f" % (lat, lon), "LOCATION_COORDINATES"))
        elif ev == "SESSION_STOP":
            d.t(',"cause":"%s","durationSec":%d,"totalOctets":%d' % (R.choice(["UE_DETACH", "IDLE_TIMEOUT", "PGW_RESTART"]), R.randint(10, 86400), R.randint(10 ** 4, 10 ** 10)))
        else:
            tok = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s" % (
                "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(60)),
                "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43)))
            nef = ne_ip("10.188")
            d.w(',"notifyUri":"https://' + SLOT + ':8443/nnef-eventexposure/v1/notify?client=af01&access_token=' + SLOT + '","authorization":"Bearer ' + SLOT + '","afId":"af-video-01"',
                L(nef, "IP_ADDRESS"), L(hexs(40), "CREDENTIAL"), L(tok, "CREDENTIAL"))
        d.t(',"producer":"pcrf01","schemaVersion":"2.3.1"}}\n')


# ==========================================================================
# driver
# ==========================================================================

FILES = [
    ("ims_sip_trace.log", write_sip),
    ("radius_detail-20240315", write_radius),
    ("dhcpd.log", write_dhcpd),
    ("diameter_gx_gy_rx.txt", write_diameter),
    ("hss_mml_provisioning.log", write_hss),
    ("smpp_gateway.log", write_smpp),
    ("gtpv2_create_session.txt", write_gtpc),
    ("cdr_decoded_b0315.txt", write_cdr),
    ("nms_alarms_export.csv", write_nms),
    ("bss_audit_20240315.log", write_bss),
    ("trouble_tickets.txt", write_tickets),
    ("mnp_port_requests.csv", write_mnp),
    ("smdp_plus.log", write_smdp),
    ("tr069_inform_capture.xml", write_tr069),
    ("pcrf_events.jsonl", write_kafka),
]


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------

IPV4_RE = re.compile(rb"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")
MAC_RE = re.compile(rb"(?<![0-9A-Fa-f:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
                    rb"|[0-9A-Fa-f]{4}([.-])[0-9A-Fa-f]{4}\2[0-9A-Fa-f]{4})(?![0-9A-Fa-f:.-])")
EMAIL_RE = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
V6_RE = re.compile(rb"(?<![0-9A-Za-z:])(?:[0-9a-fA-F]{1,4}:){2,7}:?[0-9a-fA-F]{0,4}(?:::?[0-9a-fA-F]{1,4})*(?![0-9A-Za-z:])")
DIG_RE = re.compile(rb"(?<![0-9A-Za-z])[0-9]{11,20}(?![0-9A-Za-z])")


def check_value(typ, v):
    """Each labelled value must be valid for its type."""
    if typ == "IMSI_ID":
        assert std_imsi.is_valid(v) and v.startswith("460") and len(v) == 15, v
        assert v[3:5] in sum(IMSI_MNC.values(), []), v
    elif typ == "IMEI_HARDWARE_ID":
        assert (len(v) == 15 and luhn.is_valid(v)) or (len(v) == 16 and v.isdigit()), v
    elif typ == "MEID":
        assert std_meid.is_valid(v) and len(v) == 14, v
    elif typ == "ICCID_NUMBER":
        assert v.startswith("8986") and len(v) in (19, 20) and luhn.is_valid(v), v
    elif typ == "CHINA_RESIDENT_ID_NUMBER":
        assert ric_ok(v), v
    elif typ == "BANK_CARD_NUMBER":
        assert v.startswith("62") and 16 <= len(v) <= 19 and luhn.is_valid(v), v
    elif typ == "PHONE_NUMBER":
        assert is_cn_phone(v), v
    elif typ == "IP_ADDRESS":
        import ipaddress
        ipaddress.ip_address(v)
    elif typ == "MAC_ADDRESS":
        assert len(re.sub(r"[^0-9A-Fa-f]", "", v)) == 12, v
    elif typ == "CHINA_PASSPORT":
        assert re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", v), v
    elif typ == "HK_MACAU_TRAVEL_PERMIT":
        assert re.fullmatch(r"C\d{8}", v), v
    elif typ == "EMAIL_ADDRESS":
        assert EMAIL_RE.fullmatch(v.encode()), v


def covered(spans, a, b):
    return any(s <= a and b <= e for s, e in spans)


def self_check(doc, data):
    """Look for identifier look-alikes that were written but not labelled
    (and are not a deliberate negative); such accidents would make the
    labels wrong."""
    spans = [(s, e) for s, e, _, _ in doc.labels] + [(s, e) for s, e, _ in doc.negs]
    problems = []
    for m in IPV4_RE.finditer(data):
        if all(int(x) <= 255 for x in m.groups()) and not covered(spans, m.start(), m.end()):
            ctx = data[max(0, m.start() - 30):m.start()]
            if b"ersion" in ctx or b"V" == ctx[-1:]:
                continue
            problems.append(("ipv4", m.group()))
    for m in MAC_RE.finditer(data):
        if not covered(spans, m.start(), m.end()):
            problems.append(("mac", m.group()))
    for m in EMAIL_RE.finditer(data):
        if covered(spans, m.start(), m.end()):
            continue
        line = data[data.rfind(b"\n", 0, m.start()) + 1:m.start()]
        if line.endswith((b"sip:", b"<sip:", b'username="')) or b"Call-ID" in line or \
                re.search(rb"sip:\+?\d*$", line) or m.group().endswith(b"3gppnetwork.org") and b"sip:" in line:
            continue   # SIP URI / IMPI / Call-ID: not e-mail addresses
        problems.append(("email", m.group()))
    for m in V6_RE.finditer(data):
        g = m.group()
        if (b"::" in g or g.count(b":") == 7) and not covered(spans, m.start(), m.end()):
            if re.fullmatch(rb"[0-9:]+", g) and g.count(b":") <= 2:
                continue
            problems.append(("ipv6", g))
    for m in DIG_RE.finditer(data):
        g = m.group().decode()
        if covered(spans, m.start(), m.end()):
            continue
        n = len(g)
        bad = None
        if n == 11 and is_cn_mobile(g):
            bad = "mobile"
        elif n == 13 and g.startswith("86") and is_cn_mobile(g[2:]):
            bad = "mobile86"
        elif n == 15 and (luhn.is_valid(g) or (g.startswith("460") and std_imsi.is_valid(g))):
            bad = "imei/imsi"
        elif n == 18 and ric_ok(g):
            bad = "ric"
        elif 16 <= n <= 19 and g.startswith("62") and luhn.is_valid(g):
            bad = "bankcard"
        elif n in (19, 20) and g.startswith("8986"):
            bad = "iccid"
        if bad:
            problems.append((bad, g))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    all_labels = []
    failed = False
    for fname, fn in FILES:
        doc = Doc(fname)
        fn(doc)
        data = doc.data()
        with open(os.path.join(args.out, fname), "wb") as f:
            f.write(data)
        for s, e, typ, val in doc.labels:
            check_value(typ, val)
        probs = self_check(doc, data)
        if probs:
            failed = True
            for p in probs[:20]:
                print("UNLABELLED LOOK-ALIKE %s: %s %r" % (fname, p[0], p[1]), file=sys.stderr)
        # overlapping labels are not allowed
        srt = sorted(doc.labels)
        for a, b in zip(srt, srt[1:]):
            assert a[1] <= b[0], (fname, a, b)
        all_labels.extend((fname, s, e, typ, val) for s, e, typ, val in doc.labels)
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for fname, s, e, typ, _ in all_labels:
            f.write(json.dumps({"file": fname, "start": s, "end": e, "type": typ}) + "\n")
    # re-read every file and compare each labelled slice with the intended value
    cache = {}
    for fname, s, e, typ, val in all_labels:
        if fname not in cache:
            with open(os.path.join(args.out, fname), "rb") as f:
                cache[fname] = f.read()
        got = cache[fname][s:e].decode("utf-8")
        assert got == val, (fname, s, e, typ, got, val)
    with open(os.path.join(args.out, "labels.jsonl"), encoding="utf-8") as f:
        assert sum(1 for _ in f) == len(all_labels)
    counts = {}
    for _, _, _, typ, _ in all_labels:
        counts[typ] = counts.get(typ, 0) + 1
    per_file = {}
    for fname, *_ in all_labels:
        per_file[fname] = per_file.get(fname, 0) + 1
    for fname, _ in FILES:
        print("%-28s %5d labels" % (fname, per_file.get(fname, 0)))
    for typ in sorted(counts):
        print("%-26s %5d" % (typ, counts[typ]))
    print("total %d labels in %d files" % (len(all_labels), len(FILES)))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
