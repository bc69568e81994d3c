#!/usr/bin/python3
"""Labelled PI test corpus: a telecom operator's data platform.

Writes fifteen files shaped like the exports and dumps that data-platform teams
produce about subscribers (Hive text tables, ClickHouse TSV, MongoDB and
Elasticsearch exports, Kafka console output, Avro JSON records, protobuf text,
Java properties, SpreadsheetML, fixed-width BOSS records, SQL seed data, Redis
MONITOR output, Spark driver logs, parquet-tools text) plus labels.jsonl.

All data is synthetic and generated from a fixed seed, so runs are identical.

labels.jsonl holds one JSON object per PI span:
    {"file": <base name>, "start": <byte>, "end": <byte, exclusive>, "type": <type>}
Offsets are UTF-8 byte offsets into the file as written.  They are recorded
while the file is generated and re-checked against the written bytes at the end.

Label conventions:
  * PHONE_NUMBER as written, with +86/0086/86 prefix, separators, full-width
    digits; service numbers (10086, 95xxx, 400-...) and masked numbers are not PI.
  * IMSI_ID 460 + allocated MNC, IMEI_HARDWARE_ID 15-digit Luhn IMEI and 16-digit
    IMEISV, MEID 14 hex, ICCID_NUMBER 19-20 characters starting 8986.
  * IP_ADDRESS every IPv4/IPv6 address (without port or brackets), never
    version strings; MAC_ADDRESS every MAC in any notation.
  * CELL_ID whole CGI/ECGI strings and values of cell-id fields (ECI, CI);
    LAC/TAC alone are not labelled.
  * LOCATION_COORDINATES the whole "a,b" pair when written as one value, each
    number when latitude and longitude are separate fields or arguments.
  * PERSON_NAME full names of private people; masked names are not labelled.
  * DATE_OF_BIRTH only where a field name or wording says birth date; the whole
    value as written (including a zero time part when a date-time is stored).
  * STREET_ADDRESS a whole address from the first place name to the room or
    house number; a province or city column alone is not an address.
  * CREDENTIAL only the secret value (passwords, service passwords, tokens,
    API keys, access keys), never the key name; placeholders and masks are not.
  * Not labelled: order/transaction/session ids, timestamps, counters, byte
    counts, hashes, UUIDs, ObjectIds, amounts, Unified Social Credit Codes,
    version strings, OIDs and digits inside longer digit runs.

Usage: make_corpus.py [--out DIR]   (default: the directory of this script)
"""
import argparse
import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import uuid

import phonenumbers
from stdnum import imei as std_imei
from stdnum import imsi as std_imsi
from stdnum import luhn
from stdnum import meid as std_meid
from stdnum.cn import ric

SEED = 20240611
R = random.Random(SEED)

# ---------------------------------------------------------------- document model


class P:
    """A labelled piece of text. raw=True: written unquoted in JSON/proto."""
    __slots__ = ("v", "t", "raw")

    def __init__(self, v, t, raw=False):
        self.v, self.t, self.raw = v, t, raw


class S(list):
    """A string value made of plain and labelled pieces."""


class Raw:
    """Unquoted literal (numbers in JSON etc.)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


def ident(s):
    return s


class Doc:
    def __init__(self, name):
        self.name = name
        self.parts = []
        self.n = 0
        self.labels = []  # (start, end, type, expected)

    def t(self, s, esc=ident):
        b = esc(s).encode("utf-8")
        self.parts.append(b)
        self.n += len(b)

    def raw(self, b):
        self.parts.append(b)
        self.n += len(b)

    def pi(self, v, typ, esc=ident):
        e = esc(v)
        assert e == v, (self.name, v, e)
        b = e.encode("utf-8")
        self.labels.append((self.n, self.n + len(b), typ, e))
        self.parts.append(b)
        self.n += len(b)

    def w(self, x, esc=ident):
        if x is None:
            return
        if isinstance(x, str):
            self.t(x, esc)
        elif isinstance(x, P):
            self.pi(x.v, x.t, esc)
        elif isinstance(x, Raw):
            self.t(x.s)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.w(y, esc)
        else:
            self.t(str(x), esc)

    def data(self):
        return b"".join(self.parts)


def plain(x):
    """Text of a value without labels."""
    if isinstance(x, str):
        return x
    if isinstance(x, P):
        return x.v
    if isinstance(x, Raw):
        return x.s
    if isinstance(x, (list, tuple)):
        return "".join(plain(y) for y in x)
    return str(x)


def vlen(x, wide=False):
    s = plain(x)
    if not wide:
        return len(s)
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


# escapes
def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_ch_tsv(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r").replace("\0", "\\0"))


def esc_xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_sql(s):
    return s.replace("\\", "\\\\").replace("'", "''")


def esc_proto(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def esc_pyrepr(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def esc_redis(s):
    """sdscatrepr: printable ASCII kept, \\ and \" escaped, other bytes as \\xNN."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '\\"':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def jwrite(d, obj, sep=(",", ":")):
    """JSON writer aware of P / S / Raw pieces (UTF-8, not ASCII-escaped)."""
    if isinstance(obj, dict):
        d.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                d.t(sep[0])
            first = False
            d.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jwrite(d, v, sep)
        d.t("}")
    elif isinstance(obj, S):
        d.t('"')
        d.w(obj, esc_json)
        d.t('"')
    elif isinstance(obj, list):
        d.t("[")
        for i, v in enumerate(obj):
            if i:
                d.t(sep[0])
            jwrite(d, v, sep)
        d.t("]")
    elif isinstance(obj, P):
        if obj.raw:
            d.pi(obj.v, obj.t)
        else:
            d.t('"')
            d.pi(obj.v, obj.t, esc_json)
            d.t('"')
    elif isinstance(obj, Raw):
        d.t(obj.s)
    elif isinstance(obj, str):
        d.t(json.dumps(obj, ensure_ascii=False))
    else:
        d.t(json.dumps(obj))


# ---------------------------------------------------------------- value pools

SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
    ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
    ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"),
    ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
    ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"),
    ("沈", "shen"), ("姚", "yao"), ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"), ("钟", "zhong"),
    ("谭", "tan"), ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("石", "shi"),
    ("廖", "liao"), ("贾", "jia"), ("夏", "xia"), ("韦", "wei"), ("方", "fang"), ("白", "bai"),
    ("邹", "zou"), ("孟", "meng"), ("熊", "xiong"), ("秦", "qin"), ("邱", "qiu"), ("尹", "yin"),
    ("薛", "xue"), ("段", "duan"), ("雷", "lei"), ("侯", "hou"), ("龙", "long"), ("史", "shi"),
    ("陶", "tao"), ("黎", "li"), ("贺", "he"), ("顾", "gu"), ("毛", "mao"), ("郝", "hao"),
    ("龚", "gong"), ("邵", "shao"), ("万", "wan"), ("严", "yan"), ("覃", "qin"), ("戴", "dai"),
    ("莫", "mo"), ("孔", "kong"), ("汤", "tang"), ("欧阳", "ouyang"), ("司马", "sima"),
    ("诸葛", "zhuge"), ("上官", "shangguan"), ("慕容", "murong"), ("皇甫", "huangfu"),
]
GIVEN_M = [
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
    ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("刚", "gang"), ("辉", "hui"),
    ("鹏", "peng"), ("华", "hua"), ("飞", "fei"), ("鑫", "xin"), ("波", "bo"), ("斌", "bin"),
    ("宇", "yu"), ("浩", "hao"), ("凯", "kai"), ("健", "jian"), ("俊", "jun"), ("帆", "fan"),
    ("旭", "xu"), ("宁", "ning"), ("志", "zhi"), ("建", "jian"), ("国", "guo"), ("文", "wen"),
    ("博", "bo"), ("子", "zi"), ("泽", "ze"), ("宏", "hong"), ("晨", "chen"), ("振", "zhen"),
    ("海", "hai"), ("亮", "liang"), ("成", "cheng"), ("峰", "feng"), ("嘉", "jia"), ("昊", "hao"),
]
GIVEN_F = [
    ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"),
    ("娟", "juan"), ("霞", "xia"), ("秀", "xiu"), ("英", "ying"), ("玲", "ling"), ("桂", "gui"),
    ("丹", "dan"), ("萍", "ping"), ("红", "hong"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"),
    ("晶", "jing"), ("燕", "yan"), ("倩", "qian"), ("颖", "ying"), ("慧", "hui"), ("洁", "jie"),
    ("佳", "jia"), ("琪", "qi"), ("欣", "xin"), ("悦", "yue"), ("雨", "yu"), ("梦", "meng"),
    ("思", "si"), ("诗", "shi"), ("涵", "han"), ("萱", "xuan"), ("怡", "yi"), ("璐", "lu"),
]

# (region code, province, city, district, lat, lng, area code)
REGIONS = [
    ("110105", "北京市", "", "朝阳区", 39.9219, 116.4436, "010"),
    ("110108", "北京市", "", "海淀区", 39.9593, 116.2981, "010"),
    ("310104", "上海市", "", "徐汇区", 31.1885, 121.4365, "021"),
    ("310115", "上海市", "", "浦东新区", 31.2215, 121.5447, "021"),
    ("440305", "广东省", "深圳市", "南山区", 22.5329, 113.9305, "0755"),
    ("440106", "广东省", "广州市", "天河区", 23.1247, 113.3612, "020"),
    ("330106", "浙江省", "杭州市", "西湖区", 30.2595, 120.1300, "0571"),
    ("320106", "江苏省", "南京市", "鼓楼区", 32.0663, 118.7698, "025"),
    ("510107", "四川省", "成都市", "武侯区", 30.6423, 104.0434, "028"),
    ("420106", "湖北省", "武汉市", "武昌区", 30.5535, 114.3162, "027"),
    ("370212", "山东省", "青岛市", "崂山区", 36.1072, 120.4689, "0532"),
    ("210202", "辽宁省", "大连市", "中山区", 38.9187, 121.6447, "0411"),
    ("610113", "陕西省", "西安市", "雁塔区", 34.2226, 108.9480, "029"),
    ("350203", "福建省", "厦门市", "思明区", 24.4455, 118.0824, "0592"),
    ("500103", "重庆市", "", "渝中区", 29.5567, 106.5686, "023"),
    ("120104", "天津市", "", "南开区", 39.1383, 117.1502, "022"),
    ("430104", "湖南省", "长沙市", "岳麓区", 28.2352, 112.9313, "0731"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", 22.8167, 108.4946, "0771"),
    ("530102", "云南省", "昆明市", "五华区", 25.0433, 102.7043, "0871"),
    ("410105", "河南省", "郑州市", "金水区", 34.8003, 113.6606, "0371"),
    ("340104", "安徽省", "合肥市", "蜀山区", 31.8512, 117.2604, "0551"),
    ("360102", "江西省", "南昌市", "东湖区", 28.6840, 115.9034, "0791"),
    ("220102", "吉林省", "长春市", "南关区", 43.8640, 125.3506, "0431"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", 45.7599, 126.6688, "0451"),
    ("130102", "河北省", "石家庄市", "长安区", 38.0367, 114.5393, "0311"),
    ("320505", "江苏省", "苏州市", "虎丘区", 31.2950, 120.5664, "0512"),
]
# birth-place codes only (includes abolished districts kept by older IDs)
ID_ONLY_REGIONS = ["110103", "310103", "320102", "440102", "420102", "510104", "330102"]

ROADS = ["建国路", "人民路", "解放路", "中山路", "长江路", "和平路", "文化路", "科技园南路",
         "学院路", "滨江大道", "新华路", "延安西路", "五一路", "东风路", "青年路", "花园路",
         "朝阳北路", "望京街", "金沙江路", "南京西路", "天府大道", "珞喻路", "深南大道", "文三路",
         "香港中路", "鹭江道", "红旗街", "黄河路", "淮海中路", "雁塔北路"]
COMMUNITIES = ["阳光花园", "锦绣家园", "翠湖苑", "万科城", "碧桂园", "春江郦城", "金地名京",
               "保利香槟国际", "华润橡树湾", "绿地世纪城", "世纪花园", "龙湖时代天街", "融创玖玺",
               "中海国际社区", "招商雍景湾", "明珠小区", "幸福里", "梧桐苑"]
STREETS = ["天平", "湖南", "虹梅", "枫林", "陆家嘴", "花木", "建外", "望京", "中关村", "学院路"]

STAFF_IDS = ["GZ0231", "SH1187", "BJ0452", "SZ2290", "HZ0077", "CD1320", "WH0569", "NJ0815"]

OPS = {
    "cmcc": dict(pre="134 135 136 137 138 139 147 150 151 152 157 158 159 172 178 182 183 184 187 188 195 197 198".split(),
                 mnc=["00", "02", "04", "07", "08"], iccid=["898600", "898602", "898604", "898607", "898608"]),
    "cu": dict(pre="130 131 132 145 155 156 166 175 176 185 186 196".split(),
               mnc=["01", "06", "09"], iccid=["898601", "898606", "898609"]),
    "ct": dict(pre="133 153 173 177 180 181 189 190 191 193 199".split(),
               mnc=["03", "05", "11"], iccid=["898603", "898611"]),
    "cbn": dict(pre=["192"], mnc=["15"], iccid=["898615"]),
}
OP_W = [("cmcc", 55), ("cu", 22), ("ct", 20), ("cbn", 3)]

TACS = [("35391110", "iPhone 14"), ("35332509", "iPhone 13"), ("35290611", "iPhone 15 Pro"),
        ("35698811", "Galaxy S23"), ("86891103", "HUAWEI Mate 60 Pro"), ("86769204", "Xiaomi 14"),
        ("86440604", "OPPO Reno11"), ("86612305", "vivo X100"), ("86012603", "HONOR Magic6"),
        ("86401505", "Redmi K70"), ("86283604", "HUAWEI nova 12"), ("35847209", "iPad Air")]
OUIS = ["A4:50:46", "3C:15:FB", "F0:18:98", "00:E0:FC", "28:6C:07", "AC:C1:EE", "64:09:80",
        "D4:61:DA", "8C:BE:BE", "50:8F:4C", "B0:E2:35", "48:3C:0C"]
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
EMAIL_DOM = ["163.com", "126.com", "qq.com", "sina.com", "139.com", "189.cn", "wo.cn",
             "gmail.com", "outlook.com", "foxmail.com", "yeah.net", "hotmail.com"]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def rhex(n, upper=False):
    s = "".join(R.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def rstr(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- identifiers

RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def ric_check(body):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, RIC_W)) % 11]


def make_rid(region, dob, male, lower_x=False):
    while True:
        seq = R.randint(1, 999)
        if (seq % 2 == 1) != male:
            continue
        body = region + dob.strftime("%Y%m%d") + "%03d" % seq
        rid = body + ric_check(body)
        if region[:2] not in ("81", "82", "83"):
            assert ric.is_valid(rid), rid
        if lower_x:
            rid = rid.replace("X", "x")
        return rid


def make_mobile(op):
    while True:
        n = R.choice(OPS[op]["pre"]) + digits(8, False)
        x = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def make_landline(area):
    while True:
        n = area + str(R.randint(2, 8)) + digits(7 if len(area) == 3 else R.choice([6, 7]), False)
        x = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.FIXED_LINE:
            return n


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def fmt_mobile(n, style):
    a, b, c = n[:3], n[3:7], n[7:]
    return {
        "plain": n, "p86": "+86" + n, "p86sp": "+86 %s %s %s" % (a, b, c),
        "p86dash": "+86-%s-%s-%s" % (a, b, c), "0086": "0086" + n, "0086dash": "0086-" + n,
        "86": "86" + n, "dash": "%s-%s-%s" % (a, b, c), "space": "%s %s %s" % (a, b, c),
        "fw": n.translate(FW), "p86paren": "(+86)" + n,
    }[style]


def fmt_landline(n, area, style):
    local = n[len(area):]
    return {
        "plain": n, "dash": area + "-" + local, "paren": "(%s)%s" % (area, local),
        "p86": "+86-%s-%s" % (area[1:], local), "space": area + " " + local,
    }[style]


def make_imsi(op):
    s = "460" + R.choice(OPS[op]["mnc"]) + digits(10, False)
    assert std_imsi.is_valid(s)
    return s


def make_imei(tac=None, sv=False):
    tac = tac or R.choice(TACS)[0]
    body = tac + digits(6, False)
    if sv:
        s = body + "%02d" % R.randint(1, 99)
    else:
        s = body + luhn.calc_check_digit(body)
    assert std_imei.is_valid(s), s
    return s


def make_meid(lower=False):
    s = R.choice(["A0000", "A1000", "A0000"]) + rhex(9, True)
    assert std_meid.is_valid(s)
    return s.lower() if lower else s


def make_iccid(op, length=20, f_pad=False):
    body = R.choice(OPS[op]["iccid"]) + digits(length - 7, False)
    s = body + luhn.calc_check_digit(body)
    if f_pad:
        s += "F"
    return s


BINS = [("622202", "中国工商银行", 19), ("622848", "中国农业银行", 19), ("621700", "中国建设银行", 19),
        ("622588", "招商银行", 16), ("621483", "招商银行", 16), ("622700", "中国建设银行", 19),
        ("623058", "平安银行", 19), ("621226", "中国工商银行", 19), ("622260", "交通银行", 19),
        ("625907", "中国银行信用卡", 16), ("628288", "中信银行", 16), ("622908", "兴业银行", 18),
        ("621799", "中国邮政储蓄银行", 19), ("622609", "民生银行", 16)]


def make_card(bad_luhn=False):
    b, bank, ln = R.choice(BINS)
    body = b + digits(ln - 7, False)
    c = luhn.calc_check_digit(body)
    if bad_luhn:
        c = str((int(c) + R.randint(1, 9)) % 10)
    s = body + c
    assert luhn.is_valid(s) != bad_luhn
    return s, bank


def fmt_card(s, style):
    if style == "plain":
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mask_card(s):
    return s[:6] + "*" * (len(s) - 10) + s[-4:]


def make_passport():
    k = R.random()
    if k < 0.55:
        return "E" + digits(8, False)
    if k < 0.85:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7, False)
    return "G" + digits(8, False)


def make_hkpermit():
    return "C" + digits(8, False)


def make_plate():
    p = R.choice(PLATE_PROV) + R.choice(PLATE_LET)
    if R.random() < 0.3:
        tail = R.choice("DF") + digits(5, False)
    else:
        tail = [R.choice("0123456789") for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 0, 1, 1, 2])):
            tail[i] = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        tail = "".join(tail)
    sep = R.choice(["", "", "·", " "])
    return p + sep + tail


def make_mac(style=None):
    style = style or R.choice(["colon", "colon", "lcolon", "dash", "cisco"])
    raw = R.choice(OUIS).replace(":", "") + rhex(6, True)
    pr = [raw[i:i + 2] for i in range(0, 12, 2)]
    if style == "colon":
        return ":".join(pr)
    if style == "lcolon":
        return ":".join(pr).lower()
    if style == "dash":
        return "-".join(pr)
    return ".".join(raw[i:i + 4] for i in range(0, 12, 4)).lower()


def ip_private():
    k = R.random()
    if k < 0.6:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))


def ip_ue():
    pre = R.choice(["117.136", "223.104", "112.97", "39.144", "111.55", "36.112", "120.229", "183.192"])
    return "%s.%d.%d" % (pre, R.randint(0, 255), R.randint(1, 254))


def ip_server():
    pre = R.choice(["120.92", "101.91", "183.3", "14.215", "203.119", "47.95", "106.11", "180.101",
                    "111.13", "59.82", "221.181", "140.207"])
    return "%s.%d.%d" % (pre, R.randint(0, 255), R.randint(1, 254))


def ip6(kind="ue", compressed=True):
    pre = {"ue": R.choice(["2409:8900", "2409:8a28", "240e:3b4", "2408:8456", "240e:46c"]),
           "srv": R.choice(["2402:4e00:1013", "240e:ff:e020", "2408:871a:2100"])}[kind]
    words = pre.split(":")
    while len(words) < 8:
        words.append("%x" % (R.randint(0, 0xffff) if R.random() < 0.8 else 0))
    a = ipaddress.IPv6Address(":".join(words))
    return a.compressed if compressed else a.exploded


def coords(reg, spread=0.04):
    return ("%.6f" % (reg[4] + R.uniform(-spread, spread)), "%.6f" % (reg[5] + R.uniform(-spread, spread)))


def make_enb():
    return R.randint(100000, 1048000), R.randint(1, 140)


def make_address(reg, style=None):
    code, prov, city, dist = reg[:4]
    style = style if style is not None else R.randint(0, 4)
    road = R.choice(ROADS)
    n = R.randint(1, 1899)
    comm = R.choice(COMMUNITIES)
    room = "%d%02d" % (R.randint(1, 32), R.randint(1, 6))
    head = prov + city + dist
    if style == 0:
        return "%s%s%d号%s%d栋%d单元%s室" % (head, road, n, comm, R.randint(1, 30), R.randint(1, 4), room)
    if style == 1:
        return "%s%s街道%s%d弄%d号%s室" % (head, R.choice(STREETS), road, n, R.randint(1, 60), room)
    if style == 2:
        return "%s%s%s%d号院%d号楼%s" % (city or prov, dist, road, n, R.randint(1, 20), room)
    if style == 3:
        return "%s%s%s%d号%s%d-%d-%s" % (city or prov, dist, road, n, comm, R.randint(1, 30), R.randint(1, 4), room)
    return "%s%s%d号%s%d幢%s室" % (head, road, n, comm, R.randint(1, 40), room)


def make_email(p):
    k = R.random()
    if k < 0.12:
        return p["msisdn"] + "@" + {"cmcc": "139.com", "ct": "189.cn", "cu": "wo.cn", "cbn": "139.com"}[p["op"]]
    if k < 0.25:
        return digits(R.randint(6, 10)) + "@qq.com"
    local = p["py_s"] + R.choice(["", ".", "_"]) + p["py_g"]
    if R.random() < 0.6:
        local += R.choice([str(p["dob"].year % 100), str(p["dob"].year), digits(3)])
    return local + "@" + R.choice(EMAIL_DOM)


def make_password(n=None, uri_safe=False):
    n = n or R.randint(10, 16)
    specials = "!*_-.~" if uri_safe else "!@#%^*_-+."
    while True:
        s = rstr(n - 2) + R.choice(specials) + str(R.randint(0, 9))
        s = "".join(R.sample(s, len(s)))
        if s[0] not in "!#" and any(c.islower() for c in s) and any(c.isupper() for c in s):
            return s


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def make_jwt(sub):
    h = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url(json.dumps({"sub": sub, "iat": 1718064000 + R.randint(0, 90000),
                              "exp": 1718150400 + R.randint(0, 90000), "scp": "app"}).encode())
    return h + "." + body + "." + b64url(bytes(R.getrandbits(8) for _ in range(32)))


def make_name(male=None):
    male = R.random() < 0.5 if male is None else male
    s, sp = R.choice(SURNAMES) if R.random() > 0.05 else R.choice(SURNAMES[-6:])
    pool = GIVEN_M if male else GIVEN_F
    g1, p1 = R.choice(pool)
    if R.random() < 0.7:
        g2, p2 = R.choice(pool)
        return s + g1 + g2, sp, p1 + p2
    return s + g1, sp, p1


# ---------------------------------------------------------------- negatives

def ts_ms(base=1718064000000, spread=86400000):
    return base + R.randint(0, spread)


def is_ric_like(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return ric_check(s[:17]) == s[17].upper()


def order_no(prefix="20240611", n=18):
    while True:
        s = prefix + digits(n - len(prefix), False)
        if not is_ric_like(s) and not luhn.is_valid(s):
            return s


def seq15():
    while True:
        s = R.choice(["20240611", "71", "93", "50"]) + digits(15, False)
        s = s[:15]
        if not luhn.is_valid(s) and not s.startswith("460"):
            return s


def object_id(ts=None):
    ts = ts or 1718064000 + R.randint(-5e7, 86400)
    return "%08x" % int(ts) + rhex(16)


def r_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def md5hex():
    return hashlib.md5(str(R.random()).encode()).hexdigest()


def sha256hex():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def make_uscc():
    reg = R.choice(REGIONS)[0]
    org = rstr(8, "0123456789ABCDEFGHJKLMNPQRTUWXY".replace("I", ""))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org]
    c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    org += {10: "X", 11: "0"}.get(c9, str(c9))
    body = "91" + reg + org
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]))
    return body + USCC_CH[(31 - s % 31) % 31]


COMPANIES = ["上海云启信息科技有限公司", "深圳市前海微联通信有限公司", "杭州数澜网络技术有限公司",
             "北京华信远景物流有限公司", "成都天府智造科技有限公司", "武汉光谷数联信息技术有限公司"]
APP_VERSIONS = ["10.5.2.300", "8.1.0.204", "6.5.0.12", "2.4.3.1", "5.10.0.136", "3.3.2", "14.0.1"]
VERSIONS = ["3.3.2", "2.8.1", "10.0.19041.1", "6.5.0.12", "8.1.0.204", "4.0.0.126", "1.2.840.113549",
            "14.0.1", "2.4.3.1", "5.10.0.136"]


def masked_phone(n):
    return n[:3] + "****" + n[7:]


def masked_name(name):
    return name[0] + R.choice(["*", "**", "某", "某某"]) if len(name) <= 3 else name[:2] + "*"


def masked_rid(r):
    return r[:4] + "*" * 10 + r[-4:]


# ---------------------------------------------------------------- subscriber pool

def make_person(i):
    male = R.random() < 0.52
    name, sp, gp = make_name(male)
    dob = dt.date(1952, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 54))
    home = R.choice(REGIONS)
    birth_code = home[0] if R.random() < 0.65 else R.choice([r[0] for r in REGIONS] + ID_ONLY_REGIONS)
    op = wpick(OP_W)
    p = dict(idx=i, name=name, py_s=sp, py_g=gp, male=male, dob=dob, reg=home, op=op,
             rid=make_rid(birth_code, dob, male, lower_x=R.random() < 0.3),
             msisdn=make_mobile(op), imsi=make_imsi(op), iccid=make_iccid(op, 20 if R.random() < 0.8 else 19),
             imei=make_imei(), addr=make_address(home), svc_pwd="%06d" % R.randint(0, 999999))
    p["tac_model"] = R.choice(TACS)
    p["imei"] = make_imei(p["tac_model"][0])
    p["email"] = make_email(p)
    p["meid"] = make_meid() if (op == "ct" and R.random() < 0.8) or R.random() < 0.25 else None
    p["card"], p["bank"] = make_card()
    p["passport"] = make_passport() if R.random() < 0.3 else None
    p["hkpermit"] = make_hkpermit() if R.random() < 0.2 else None
    p["plate"] = make_plate() if R.random() < 0.4 else None
    p["landline"] = make_landline(home[6]) if R.random() < 0.35 else None
    p["mac"] = make_mac()
    p["sub_id"] = int(home[0][:2] + "01" + digits(12, False))
    return p


PEOPLE = [make_person(i) for i in range(420)]
_cursor = [0]


def take(n):
    out = []
    for _ in range(n):
        out.append(PEOPLE[_cursor[0] % len(PEOPLE)])
        _cursor[0] += 1
    return out


def other():
    return R.choice(PEOPLE)


def cert_of(p, allow=True):
    """(cert type code, cert label type, value)"""
    k = R.random()
    if allow and p["passport"] and k < 0.5:
        return "02", "CHINA_PASSPORT", p["passport"]
    if allow and p["hkpermit"] and k < 0.8:
        return "07", "HK_MACAU_TRAVEL_PERMIT", p["hkpermit"]
    return "01", "CHINA_RESIDENT_ID_NUMBER", p["rid"]


PH = "PHONE_NUMBER"
NM = "PERSON_NAME"
RID = "CHINA_RESIDENT_ID_NUMBER"
AD = "STREET_ADDRESS"
EM = "EMAIL_ADDRESS"
CR = "CREDENTIAL"
IMSI = "IMSI_ID"
IMEI = "IMEI_HARDWARE_ID"
MEID = "MEID"
ICC = "ICCID_NUMBER"
MAC = "MAC_ADDRESS"
IP = "IP_ADDRESS"
LOC = "LOCATION_COORDINATES"
CELL = "CELL_ID"
DOB = "DATE_OF_BIRTH"
BC = "BANK_CARD_NUMBER"
PL = "CHINA_LICENSE_PLATE"


def dt_str(ms, fmt="%Y-%m-%d %H:%M:%S"):
    return (dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=ms + 8 * 3600 * 1000)).strftime(fmt)


def iso_ms(ms):
    d = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=ms)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


def ecgi_dash(mnc, enb=None):
    e, c = enb or make_enb()
    return "460-%s-%d-%d" % (mnc, e, c)


def cgi_dash(mnc):
    return "460-%s-%d-%d" % (mnc, R.randint(4096, 65000), R.randint(1000, 65535))


def imsi_mnc(p):
    return p["imsi"][3:5]


# ---------------------------------------------------------------- files

def f_hive():
    """Hive text table, default delimiters \\x01 / \\x02 / \\x03, \\N nulls, no header."""
    d = Doc("ods_subscriber_000000_0")
    brands = {"cmcc": ["全球通", "动感地带", "神州行"], "cu": ["沃4G+", "沃派", "冰激凌套餐"],
              "ct": ["天翼", "天翼畅享"], "cbn": ["广电慧家"]}
    for p in take(18):
        ctype, ctyp, cno = cert_of(p)
        phones = []
        if p["landline"]:
            phones.append(P(fmt_landline(p["landline"], p["reg"][6], R.choice(["plain", "dash"])), PH))
        q = other()
        phones.append(P(q["msisdn"], PH))
        if R.random() < 0.3:
            phones.append("10086" if p["op"] == "cmcc" else "95588")
        ext = [["email", P(p["email"], EM)], ["imsi", P(p["imsi"], IMSI)], ["iccid", P(p["iccid"], ICC)],
               ["channel", R.choice(["营业厅", "网上营业厅", "APP", "社会渠道"])],
               ["staff_no", R.choice(STAFF_IDS)]]
        if R.random() < 0.4:
            ext.append(["contact_name", P(q["name"], NM)])
        if R.random() < 0.3:
            ext.append(["cert_addr_region", p["reg"][1] + p["reg"][2]])
        fields = [
            str(p["sub_id"]), P(p["msisdn"], PH), P(p["name"], NM), ctype, P(cno, ctyp),
            P(p["addr"], AD) if R.random() < 0.9 else "\\N",
            [x for ph in phones for x in ("\x02", ph)][1:],
            [x for kv in ext for x in ("\x02", kv[0], "\x03", kv[1])][1:],
            R.choice(brands[p["op"]]), p["reg"][0][:4] + "00",
            dt_str(ts_ms(1500000000000, 200000000000)), R.choice(["1", "1", "1", "4"]),
            "%.2f" % R.uniform(8, 398), str(ts_ms()),
            order_no("20240611") if R.random() < 0.5 else "\\N",
        ]
        for i, f in enumerate(fields):
            if i:
                d.t("\x01")
            d.w(f)
        d.t("\n")
    return d


def f_billing_csv():
    d = Doc("billing_autopay_202405.csv")
    cols = ["账期", "账户编号", "用户号码", "客户姓名", "开户银行", "扣款卡号", "持卡人", "应缴金额",
            "实缴金额", "滞纳金", "折扣率", "扣款状态", "扣款时间", "交易流水号", "备注"]
    d.t(";".join(cols) + "\r\n")

    def cell(x):
        s = plain(x)
        if any(c in s for c in ';"\n'):
            d.t('"')
            d.w(x, lambda t: t.replace('"', '""'))
            d.t('"')
        else:
            d.w(x)

    for p in take(30):
        due = R.uniform(18, 2600) if R.random() < 0.9 else R.uniform(3000, 48000)
        status = R.choice(["成功", "成功", "成功", "失败", "部分扣款"])
        paid = due if status == "成功" else (0 if status == "失败" else due * R.uniform(0.2, 0.8))

        def money(v):
            s = "%.2f" % v
            ip, fp = s.split(".")
            if len(ip) > 3:
                ip = ip[:-3] + "." + ip[-3:]
            return ip + "," + fp
        card_k = R.random()
        if card_k < 0.1:
            card = mask_card(p["card"])
        elif p["card"] and card_k < 0.13:
            bad, _ = make_card(bad_luhn=True)
            card = P(bad, BC)
        else:
            card = P(fmt_card(p["card"], "plain" if card_k < 0.7 else "group"), BC)
        holder = p["name"] if R.random() < 0.8 else other()["name"]
        rk = R.random()
        if status == "失败":
            rem = R.choice([["余额不足;已发短信提醒 ", P(fmt_mobile(p["msisdn"], "fw"), PH)],
                            ["卡状态异常，请客户致电", "95588" if "工商" in p["bank"] else "95533", "核实"],
                            ["代扣失败;客户", masked_name(p["name"]), "来电，回拨", masked_phone(p["msisdn"])]])
        elif rk < 0.25:
            c = other()
            rem = ["家庭代付;联系人", P(c["name"], NM), " ", P(fmt_mobile(c["msisdn"], R.choice(["dash", "plain", "space"])), PH)]
        elif rk < 0.35 and p["landline"]:
            rem = ["客户要求回电 ", P(fmt_landline(p["landline"], p["reg"][6], "dash"), PH)]
        elif rk < 0.45:
            rem = ["政企代付 ", R.choice(COMPANIES), " 统一社会信用代码 ", make_uscc()]
        elif rk < 0.55:
            rem = ["发票抬头已变更,工单 ", order_no("WO2024", 20)]
        else:
            rem = ""
        row = ["202405", "8" + digits(11, False), P(p["msisdn"], PH), P(p["name"], NM), p["bank"], card,
               P(holder, NM), money(due), money(paid), money(0 if status != "失败" else due * 0.03),
               "0,%02d" % R.randint(70, 99) if R.random() < 0.5 else "1,00", status,
               "2024-06-0%d %02d:%02d:%02d" % (R.randint(1, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
               order_no("2024060", 19), rem]
        for i, f in enumerate(row):
            if i:
                d.t(";")
            cell(f)
        d.t("\r\n")
    return d


UA_LIST = [
    "Dalvik/2.1.0 (Linux; U; Android 13; 22081212C Build/TKQ1.220829.002)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/4G Language/zh_CN",
    "okhttp/4.9.3",
    "com.tencent.mm/8.0.47 (Linux; Android 14; HUAWEI ALN-AL00)\tNetType/5G",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "AlipayClient/10.5.86.8000 (iPhone; iOS 17.5; Scale/3.00)",
    "Updater C:\\Program Files\\HiSuite\\agent.exe/11.0.0.610",
    "MobileQQ/9.0.56.16300 Android/14\nX-Forwarded-Proto: https",
    "Go-http-client/1.1",
]
HOSTS = ["api.m.taobao.com", "wx.qlogo.cn", "restapi.amap.com", "app.10086.cn", "api.weibo.cn",
         "sdkapi.umeng.com", "open.douyin.com", "cdn.pinduoduo.com", "ipv6.baidu.com", "mapi.alipay.com"]


def f_ch_xdr():
    d = Doc("xdr_s1u_http_20240611.tsv")
    cols = [("event_time", "DateTime64(3)"), ("procedure_end_ms", "UInt64"), ("imsi", "String"),
            ("imeisv", "String"), ("msisdn", "String"), ("rat", "UInt8"), ("tac", "UInt32"),
            ("eci", "UInt32"), ("ue_ip", "String"), ("server_ip", "String"), ("server_port", "UInt16"),
            ("host", "String"), ("uri", "String"), ("user_agent", "String"), ("ul_bytes", "UInt64"),
            ("dl_bytes", "UInt64"), ("http_status", "UInt16"), ("xdr_id", "String"), ("charging_id", "UInt64")]
    d.t("\t".join(c for c, _ in cols) + "\n")
    d.t("\t".join(t for _, t in cols) + "\n")
    for p in take(26):
        ms = ts_ms()
        host = R.choice(HOSTS)
        k = R.random()
        if k < 0.18:
            uri = ["/v2/user/profile?mobile=", P(p["msisdn"], PH), "&sign=", md5hex(), "&t=", str(ms)]
        elif k < 0.32:
            la, ln = coords(p["reg"])
            host = "restapi.amap.com"
            uri = ["/v3/geocode/regeo?location=", P(ln + "," + la, LOC), "&key=", P(rhex(32), CR),
                   "&extensions=base&output=json"]
        elif k < 0.42:
            uri = ["/passport/login?account=", P(p["msisdn"], PH), "&pwd=", P(make_password(uri_safe=True), CR), "&ver=5.2.0"]
        elif k < 0.50:
            uri = ["/report/device?imei=", P(p["imei"], IMEI), "&os=android&sdk=33&rom=", R.choice(VERSIONS)]
        elif k < 0.58:
            uri = ["/api/v1/order/detail?orderNo=", order_no("2024061"), "&traceId=", rhex(32)]
        else:
            uri = ["/static/js/app.", rhex(8), ".js?v=", R.choice(VERSIONS)]
        ue = P(ip6("ue", R.random() < 0.8), IP) if R.random() < 0.35 else P(ip_ue() if R.random() < 0.3 else ip_private(), IP)
        srv = P(ip6("srv") if (plain(ue).count(":") and R.random() < 0.7) else ip_server(), IP)
        e, c = make_enb()
        row = [dt_str(ms) + ".%03d" % (ms % 1000), str(ms + R.randint(20, 9000)), P(p["imsi"], IMSI),
               P(make_imei(p["tac_model"][0], sv=True), IMEI) if R.random() < 0.8 else "",
               P("86" + p["msisdn"], PH), "6", str(R.randint(10000, 65000)), P(str(e * 256 + c), CELL),
               ue, srv, str(R.choice([80, 443, 8080, 443])), host, uri, R.choice(UA_LIST),
               str(R.randint(300, 90000)), str(R.randint(1000, 8000000)), str(R.choice([200, 200, 200, 302, 404, 304])),
               rhex(24), seq15()]
        for i, f in enumerate(row):
            if i:
                d.t("\t")
            d.w(f, esc_ch_tsv)
        d.t("\n")
    return d


def f_mongo():
    d = Doc("crm_customers.mongo.json")
    docs = []
    rels = ["配偶", "父亲", "母亲", "子女", "朋友", "同事"]
    for p in take(15):
        created = ts_ms(1420000000000, 280000000000)
        ctype, ctyp, cno = cert_of(p)
        doc = {"_id": {"$oid": object_id(created // 1000)},
               "custId": {"$numberLong": str(p["sub_id"])},
               "name": P(p["name"], NM), "gender": "M" if p["male"] else "F",
               "cert": {"type": {"01": "身份证", "02": "护照", "07": "港澳通行证"}[ctype], "no": P(cno, ctyp),
                        "issuer": p["reg"][1] + p["reg"][2] + "公安局" + p["reg"][3] + "分局" if ctype == "01" else "国家移民管理局",
                        "validTo": {"$date": "%d-%02d-%02dT00:00:00Z" % (R.randint(2025, 2040), R.randint(1, 12), R.randint(1, 28))}},
               "birthday": {"$date": P(p["dob"].strftime("%Y-%m-%d") + "T00:00:00Z", DOB)},
               "mobiles": [P(p["msisdn"], PH)] + ([P(fmt_mobile(other()["msisdn"], "p86"), PH)] if R.random() < 0.3 else []),
               "email": P(p["email"], EM),
               "servicePwd": P(p["svc_pwd"], CR),
               "addresses": []}
        if ctype != "01" and R.random() < 0.6:
            doc["idCardNo"] = P(p["rid"], RID)
        la, ln = coords(p["reg"])
        doc["addresses"].append({"type": "home", "detail": P(p["addr"], AD), "postcode": digits(6),
                                 "province": p["reg"][1], "city": p["reg"][2] or p["reg"][1],
                                 "location": {"lat": {"$numberDecimal": P(la, LOC)}, "lng": {"$numberDecimal": P(ln, LOC)}}})
        if R.random() < 0.4:
            reg2 = R.choice(REGIONS)
            doc["addresses"].append({"type": "bill", "detail": P(make_address(reg2), AD), "postcode": digits(6),
                                     "province": reg2[1], "city": reg2[2] or reg2[1]})
        cs = []
        for _ in range(R.randint(0, 2)):
            q = other()
            cs.append({"name": P(q["name"], NM), "relation": R.choice(rels),
                       "phone": P(fmt_mobile(q["msisdn"], R.choice(["plain", "dash", "p86sp"])), PH)})
        doc["contacts"] = cs
        doc["devices"] = [{"imei": P(p["imei"], IMEI), "model": p["tac_model"][1],
                           "firstSeen": {"$date": iso_ms(ts_ms(1650000000000, 60000000000))}}]
        if p["meid"]:
            doc["devices"][0]["meid"] = P(p["meid"], MEID)
        if p["plate"]:
            doc["vehicles"] = [{"plate": P(p["plate"], PL), "vin": "L" + rstr(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}]
        doc["wechatOpenId"] = "o" + rstr(27, ALNUM + "-_")
        doc["lastLogin"] = {"ip": P(ip_ue() if R.random() < 0.7 else ip6("ue"), IP),
                            "at": {"$date": iso_ms(ts_ms())}, "ua": R.choice(UA_LIST[:3])}
        doc["riskScore"] = {"$numberDecimal": "%.3f" % R.random()}
        doc["tags"] = R.sample(["高价值", "合约机", "宽带融合", "5G", "携号转网风险", "国际漫游"], 2)
        doc["createdAt"] = {"$date": iso_ms(created)}
        doc["updatedAt"] = {"$date": {"$numberLong": str(ts_ms())}}
        doc["__v"] = R.randint(0, 9)
        docs.append(doc)
    jwrite(d, docs)
    d.t("\n")
    return d


def f_es_bulk():
    d = Doc("lbs_events_bulk.ndjson")
    evs = ["ATTACH", "TAU", "HANDOVER", "PAGING", "DETACH", "SERVICE_REQUEST"]
    for i, p in enumerate(take(30)):
        ms = ts_ms()
        idx = "lbs-event-2024.06.%02d" % R.randint(10, 11)
        if i % 12 == 11:
            jwrite(d, {"delete": {"_index": idx, "_id": r_uuid()}})
            d.t("\n")
        act = R.choice(["index", "index", "create"])
        jwrite(d, {act: {"_index": idx, "_id": object_id(ms // 1000)}})
        d.t("\n")
        la, ln = coords(p["reg"], 0.08)
        mnc = imsi_mnc(p)
        doc = {"@timestamp": iso_ms(ms), "event_type": R.choice(evs), "imsi": P(p["imsi"], IMSI),
               "msisdn": P(fmt_mobile(p["msisdn"], R.choice(["plain", "plain", "86", "p86"])), PH),
               "cell": {"ecgi": P(ecgi_dash(mnc), CELL), "tac": R.randint(10000, 65000), "pci": R.randint(0, 503)}}
        if R.random() < 0.6:
            doc["location"] = {"lat": P(la, LOC, raw=True), "lon": P(ln, LOC, raw=True)}
        else:
            doc["geo"] = P(la + "," + ln, LOC)
        doc["accuracy_m"] = R.choice([50, 150, 300, 800, 1500])
        doc["mme"] = {"host": "mme%02d.%s.epc" % (R.randint(1, 12), R.choice(["sh", "bj", "gz", "hz"])),
                      "ip": P(ip_private(), IP)}
        if R.random() < 0.3:
            doc["prev_cell"] = P(str(make_enb()[0] * 256 + R.randint(1, 3)), CELL)
        doc["source"] = R.choice(["S1-MME", "MR", "NR-NG"])
        doc["seq"] = R.randint(1, 10 ** 9)
        doc["ingest_ms"] = ms + R.randint(100, 5000)
        jwrite(d, doc)
        d.t("\n")
    return d


def f_kafka():
    d = Doc("device_register_topic.consumer.txt")
    d.t("# kafka-console-consumer --topic dev.register.v2 --property print.timestamp=true "
        "--property print.partition=true --property print.offset=true --property print.key=true\n")
    offs = {i: R.randint(100000, 9000000) for i in range(6)}
    for p in take(24):
        part = R.randint(0, 5)
        offs[part] += R.randint(1, 40)
        ms = ts_ms()
        d.t("CreateTime:%d\tPartition:%d\tOffset:%d\t" % (ms, part, offs[part]))
        d.pi(p["imsi"], IMSI)
        d.t("\t")
        raw_iccid = p["iccid"] if len(p["iccid"]) == 20 else p["iccid"] + "F"
        v = {"eventType": R.choice(["DEVICE_REGISTER", "DEVICE_CHANGE", "SIM_SWAP"]), "eventId": r_uuid(),
             "ts": ms, "imsi": P(p["imsi"], IMSI), "msisdn": P(p["msisdn"], PH),
             "iccid": P(raw_iccid, ICC)}
        newimei = make_imei()
        if R.random() < 0.4:
            v["imeiOld"] = P(p["imei"], IMEI)
            v["imeiNew"] = P(newimei, IMEI)
        else:
            v["imei"] = P(p["imei"], IMEI)
        if R.random() < 0.3:
            v["imeisv"] = P(make_imei(p["tac_model"][0], sv=True), IMEI)
        if p["meid"]:
            v["meid"] = P(p["meid"].lower() if R.random() < 0.3 else p["meid"], MEID)
        model = p["tac_model"][1]
        osv = R.choice(["iOS 17.5.1", "iOS 16.7.8"]) if model.startswith("i") else \
            (R.choice(["HarmonyOS 4.2.0", "HarmonyOS 3.0.0"]) if model.startswith(("HUAWEI", "HONOR")) else R.choice(["Android 14", "Android 13"]))
        v["device"] = {"model": model, "os": osv,
                       "romVersion": R.choice(APP_VERSIONS), "wifiMac": P(make_mac(), MAC)}
        if R.random() < 0.4:
            v["device"]["btMac"] = P(make_mac("lcolon"), MAC)
        if p["plate"] and R.random() < 0.8:
            v["vehicle"] = {"plate": P(p["plate"], PL), "vin": "L" + rstr(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                            "tboxSn": "TB" + digits(12)}
        v["clientIp"] = P(ip_ue() if R.random() < 0.6 else ip6("ue"), IP)
        v["appVersion"] = R.choice(APP_VERSIONS)
        v["sdkBuild"] = str(R.randint(10000, 99999))
        jwrite(d, v)
        d.t("\n")
    d.t("Processed a total of 24 messages\n")
    return d


def f_avro():
    d = Doc("voice_cdr_20240611.avro.json")
    svc = ["10086", "10010", "10000", "95588", "95555", "12345", "4008108888", "110"]
    for p in take(32):
        ms = ts_ms()
        mnc = imsi_mnc(p)
        rt = R.choice(["MOC", "MTC", "MOC", "MTC", "SMS_MO"])
        k = R.random()
        if k < 0.12:
            peer = svc[R.randint(0, len(svc) - 1)]
        elif k < 0.3:
            q = other()
            area = q["reg"][6]
            ll = q["landline"] or make_landline(area)
            peer = P(ll, PH) if R.random() < 0.6 else P("86" + ll[1:], PH)
        elif k < 0.36:
            peer = P(R.choice(["+85291234567", "+85366812345", "+14155550123", "+886912345678"]), PH)
        else:
            q = other()
            peer = P(fmt_mobile(q["msisdn"], R.choice(["plain", "plain", "86", "0086", "p86"])), PH)
        rec = {"cdr_id": "MSC%02d-%s" % (R.randint(1, 20), order_no("24061", 20)),
               "record_type": rt,
               "served_imsi": {"string": P(p["imsi"], IMSI)},
               "served_imei": {"string": P(p["imei"], IMEI)} if R.random() < 0.85 else None,
               "served_msisdn": {"string": P("86" + p["msisdn"], PH)},
               "other_party": peer if not isinstance(peer, str) else peer,
               "start_time": ms, "answer_time": {"long": ms + R.randint(2000, 20000)},
               "duration": {"int": R.randint(0, 3600)}}
        if R.random() < 0.5:
            rec["location"] = {"com.cmcc.cdr.Location": {"lac": {"int": R.randint(4096, 65000)}, "ci": {"int": P(str(R.randint(1000, 65535)), CELL, raw=True)},
                                                          "cgi": None}}
        else:
            rec["location"] = {"com.cmcc.cdr.Location": {"lac": None, "ci": None,
                                                          "cgi": {"string": P(cgi_dash(mnc) if R.random() < 0.5 else ecgi_dash(mnc), CELL)}}}
        rec["msc_id"] = "MSC-%s-%02d" % (R.choice(["SH", "BJ", "GZ", "HZ"]), R.randint(1, 20))
        rec["charge"] = {"double": round(R.uniform(0, 12), 2)}
        rec["cause_for_term"] = R.choice([0, 0, 0, 16, 17, 31])
        rec["roaming"] = R.random() < 0.1
        rec["sequence_no"] = R.randint(1, 2 ** 31)
        jwrite(d, rec)
        d.t("\n")
    return d


def f_textproto():
    d = Doc("subscriber_snapshot.textproto")
    d.t("# proto-file: subscriber/v1/snapshot.proto\n# proto-message: SubscriberSnapshotBatch\n\n")
    d.t('batch_id: "snap-20240611-%04d"\ngenerated_at_ms: %d\nschema_version: "1.4.2"\n\n' % (R.randint(1, 9999), ts_ms()))
    for p in take(12):
        ind = "  "
        d.t("subscribers {\n")
        d.t(ind + "sub_id: %d\n" % p["sub_id"])
        d.t(ind + 'msisdn: "'); d.pi(p["msisdn"], PH); d.t('"\n')
        d.t(ind + "profile {\n")
        d.t(ind * 2 + 'name: "'); d.pi(p["name"], NM); d.t('"\n')
        d.t(ind * 2 + "gender: %s\n" % ("MALE" if p["male"] else "FEMALE"))
        d.t(ind * 2 + 'birth_date: "'); d.pi(p["dob"].strftime("%Y-%m-%d"), DOB); d.t('"\n')
        ctype, ctyp, cno = cert_of(p)
        d.t(ind * 2 + "id_document {\n" + ind * 3 + "type: %s\n" % {"01": "RESIDENT_ID", "02": "PASSPORT", "07": "HK_MACAO_PERMIT"}[ctype])
        d.t(ind * 3 + 'number: "'); d.pi(cno, ctyp); d.t('"\n' + ind * 2 + "}\n")
        d.t(ind * 2 + 'home_address: "'); d.pi(p["addr"], AD); d.t('"\n')
        d.t(ind * 2 + 'email: "'); d.pi(p["email"], EM); d.t('"\n')
        d.t(ind + "}\n")
        d.t(ind + "sims {\n" + ind * 2 + 'iccid: "'); d.pi(p["iccid"], ICC); d.t('"\n')
        d.t(ind * 2 + "imsi: "); d.pi(p["imsi"], IMSI); d.t("\n")
        d.t(ind * 2 + "activated_at_ms: %d\n" % ts_ms(1500000000000, 200000000000) + ind + "}\n")
        d.t(ind + "devices {\n" + ind * 2 + 'imei: "'); d.pi(p["imei"], IMEI); d.t('"\n')
        if p["meid"]:
            d.t(ind * 2 + 'meid: "'); d.pi(p["meid"], MEID); d.t('"\n')
        d.t(ind * 2 + 'model: "%s"\n' % p["tac_model"][1])
        d.t(ind * 2 + 'wifi_mac: "'); d.pi(make_mac(), MAC); d.t('"\n')
        d.t(ind * 2 + 'firmware: "%s"\n' % R.choice(VERSIONS) + ind + "}\n")
        la, ln = coords(p["reg"])
        e, c = make_enb()
        d.t(ind + "last_seen {\n" + ind * 2 + "eci: "); d.pi(str(e * 256 + c), CELL)
        d.t("\n" + ind * 2 + "tac: %d\n" % R.randint(10000, 65000))
        d.t(ind * 2 + "latitude: "); d.pi(la, LOC); d.t("\n" + ind * 2 + "longitude: "); d.pi(ln, LOC)
        d.t("\n" + ind * 2 + 'ue_ip: "'); d.pi(ip_private() if R.random() < 0.5 else ip6("ue"), IP)
        d.t('"\n' + ind * 2 + "seen_at_ms: %d\n" % ts_ms() + ind + "}\n")
        for _ in range(R.randint(0, 2)):
            q = other()
            d.t(ind + "emergency_contacts {\n" + ind * 2 + 'name: "'); d.pi(q["name"], NM)
            d.t('"\n' + ind * 2 + 'phone: "'); d.pi(fmt_mobile(q["msisdn"], R.choice(["plain", "p86", "dash"])), PH)
            d.t('"\n' + ind * 2 + 'relation: "%s"\n' % R.choice(["配偶", "父亲", "母亲", "子女"]) + ind + "}\n")
        d.t(ind + 'balance { currency_code: "CNY" units: %d nanos: %d }\n' % (R.randint(0, 900), R.randint(0, 99) * 10000000))
        d.t("}\n")
    return d


def f_properties():
    d = Doc("datahub-etl.properties")
    L = []

    def line(*parts):
        L.append(list(parts) + ["\n"])

    line("# datahub subscriber ETL - rendered by deploy pipeline")
    line("# build 2.7.3-20240605.1 (git 9f3c2ab4d1e07c85a6b2f0e13d9c4a7b8e21f5c0)")
    line("app.name=datahub-subscriber-etl")
    line("app.version=2.7.3.1")
    line("spring.profiles.active=prod")
    dbip = ip_private()
    line("spring.datasource.url=jdbc:mysql://", P(dbip, IP), ":3306/crm_ods?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai")
    line("spring.datasource.username=crm_etl")
    line("spring.datasource.password=", P(make_password(), CR))
    line("spring.datasource.hikari.maximum-pool-size=32")
    line("spring.datasource.hikari.connection-timeout=30000")
    line("# replica, password comes from the vault at start-up")
    line("replica.datasource.url=jdbc:mysql://", P(ip_private(), IP), ":3306/crm_ods")
    line("replica.datasource.password=${CRM_REPLICA_PWD}")
    line("legacy.datasource.password=******")
    line("hive.jdbc.url=jdbc:hive2://", P(ip_private(), IP), ":10000/default;principal=hive/_HOST@BIGDATA.LOCAL")
    line("hive.keytab=/etc/security/keytabs/etl.service.keytab")
    brokers = [ip_private() for _ in range(3)]
    line("kafka.bootstrap.servers=", P(brokers[0], IP), ":9092,", P(brokers[1], IP), ":9092,", P(brokers[2], IP), ":9092")
    line("kafka.security.protocol=SASL_PLAINTEXT")
    line("kafka.sasl.mechanism=SCRAM-SHA-512")
    line('kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="etl_producer" password="',
         P(make_password(uri_safe=True), CR), '";')
    line("kafka.topic.device=dev.register.v2")
    line("kafka.consumer.group=datahub-etl-", digits(3))
    line("kafka.max.poll.records=500")
    r1, r2 = ip_private(), ip_private()
    line("redis.cluster.nodes=", P(r1, IP), ":6379,", P(r2, IP), ":6380")
    line("redis.password=", P(make_password(), CR))
    line("redis.timeout.ms=2000")
    line("clickhouse.url=jdbc:clickhouse://", P(ip_private(), IP), ":8123/xdr")
    line("clickhouse.user=xdr_writer")
    line("clickhouse.password=", P(make_password(), CR))
    mg = [ip_private(), ip_private()]
    line("mongo.uri=mongodb://crm_reader:", P(make_password(uri_safe=True), CR), "@", P(mg[0], IP), ":27017,", P(mg[1], IP),
         ":27017/crm?replicaSet=rs0&authSource=admin")
    line("es.hosts=http://", P(ip_private(), IP), ":9200")
    line("es.username=elastic")
    line("es.password=", P(make_password(), CR))
    line("oss.endpoint=oss-cn-hangzhou-internal.aliyuncs.com")
    line("oss.bucket=dp-subscriber-archive")
    line("oss.accessKeyId=", P("LTAI5t" + rstr(18), CR))
    line("oss.accessKeySecret=", P(rstr(30), CR))
    line("sms.gateway.url=http://", P(ip_private(), IP), ":8080/sms/send")
    line("sms.gateway.appKey=", P(rhex(32), CR))
    line("sms.gateway.sign=【数据平台】")
    line("sms.gateway.fallback.number=10086")
    line("jwt.signing.secret=", P(base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), CR))
    line("jwt.ttl.seconds=7200")
    line("ldap.url=ldap://", P(ip_private(), IP), ":389")
    line("ldap.bind.dn=cn=svc-datahub,ou=service,dc=bigdata,dc=local")
    line("ldap.bind.password=", P(make_password(), CR))
    line("sftp.host=", P(ip_server(), IP))
    line("sftp.port=22")
    line("sftp.user=boss_xfer")
    line("sftp.password=", P(make_password(), CR))
    line("sftp.host.fingerprint=SHA256:", base64.b64encode(hashlib.sha256(b"hk").digest()).decode().rstrip("="))
    line("# on-call (rotate weekly)")
    o1, o2 = other(), other()
    line("alert.sms.receivers=", P(o1["msisdn"], PH), ",", P(o2["msisdn"], PH))
    line("alert.mail.to=", P("bigdata-oncall@ops.dp-internal.cn", EM), ",", P(o1["py_s"] + "." + o1["py_g"] + "@ops.dp-internal.cn", EM))
    line("alert.mail.smtp.host=", P(ip_private(), IP))
    line("alert.mail.smtp.password=", P(make_password(), CR))
    t = other()
    line("test.whitelist.msisdn=", P(t["msisdn"], PH), ",", P(other()["msisdn"], PH))
    line("test.whitelist.imsi=", P(t["imsi"], IMSI))
    line("dedup.window.ms=86400000")
    line("dedup.bloom.expected=500000000")
    line("dedup.bloom.fpp=0.001")
    line("snmp.enterprise.oid=1.3.6.1.4.1.2011.2.23")
    line("ntp.servers=ntp1.aliyun.com,", P("203.107.6.88", IP))
    line("management.endpoints.web.exposure.include=health,info,prometheus")
    line("tenant.uscc=", make_uscc())
    line("pseudonym.hmac.key.version=3")
    line("pseudonym.hmac.key=", P(rhex(64), CR))
    for l in L:
        d.w(l)
    return d


def f_spreadsheetml():
    d = Doc("store_account_opening_2024Q2.xml")
    hdr = ["营业厅", "受理工号", "客户姓名", "证件类型", "证件号码", "出生日期", "联系电话", "新开号码",
           "ICCID", "IMSI", "联系地址", "车牌号码", "受理时间", "套餐", "月费(元)", "受理单号"]
    people = take(22)
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">\n'
        '  <Author>BOSS报表中心</Author>\n  <Created>2024-06-11T02:13:45Z</Created>\n  <Version>16.00</Version>\n'
        ' </DocumentProperties>\n <Styles>\n  <Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="等线" ss:Size="11"/></Style>\n'
        '  <Style ss:ID="s62"><Font ss:Bold="1"/><Interior ss:Color="#D9E1F2" ss:Pattern="Solid"/></Style>\n'
        '  <Style ss:ID="s63"><NumberFormat ss:Format="yyyy/m/d"/></Style>\n'
        '  <Style ss:ID="s64"><NumberFormat ss:Format="@"/></Style>\n </Styles>\n'
        ' <Worksheet ss:Name="开户明细">\n'
        '  <Table ss:ExpandedColumnCount="%d" ss:ExpandedRowCount="%d" x:FullColumns="1" x:FullRows="1">\n'
        % (len(hdr), len(people) + 1))
    d.t('   <Row ss:StyleID="s62">\n')
    for h in hdr:
        d.t('    <Cell><Data ss:Type="String">%s</Data></Cell>\n' % esc_xml(h))
    d.t("   </Row>\n")
    plans = [("5G智享套餐129元", "129"), ("畅享套餐89元", "89"), ("大流量卡39元", "39"), ("融合宽带套餐199元", "199"),
             ("车联网流量包", "30")]
    for p in people:
        ctype, ctyp, cno = cert_of(p)
        plan = R.choice(plans)
        contact = P(fmt_mobile(other()["msisdn"], R.choice(["plain", "dash"])), PH) if R.random() < 0.6 else \
            (P(fmt_landline(p["landline"], p["reg"][6], "dash"), PH) if p["landline"] else "")
        cells = [("String", "%s%s营业厅" % (p["reg"][2] or p["reg"][1], p["reg"][3]), None),
                 ("String", R.choice(STAFF_IDS), None), ("String", P(p["name"], NM), None),
                 ("String", {"01": "居民身份证", "02": "护照", "07": "往来港澳通行证"}[ctype], None),
                 ("String", P(cno, ctyp), "s64"),
                 ("DateTime", P(p["dob"].strftime("%Y-%m-%d") + "T00:00:00.000", DOB), "s63"),
                 ("String", contact, "s64"), ("String", P(p["msisdn"], PH), "s64"),
                 ("String", P(p["iccid"], ICC), "s64"), ("String", P(p["imsi"], IMSI), "s64"),
                 ("String", P(p["addr"], AD), None),
                 ("String", P(p["plate"], PL) if (p["plate"] and plan[0] == "车联网流量包") or (p["plate"] and R.random() < 0.5) else "", None),
                 ("DateTime", "2024-%02d-%02dT%02d:%02d:00.000" % (R.randint(4, 6), R.randint(1, 28), R.randint(9, 20), R.randint(0, 59)), None),
                 ("String", plan[0], None), ("Number", plan[1], None), ("String", order_no("SL20240"), None)]
        d.t("   <Row>\n")
        for typ, val, st in cells:
            if val == "":
                d.t("    <Cell/>\n") if R.random() < 0.5 else d.t('    <Cell><Data ss:Type="String"></Data></Cell>\n')
                continue
            d.t('    <Cell%s><Data ss:Type="%s">' % (' ss:StyleID="%s"' % st if st else "", typ))
            d.w(val, esc_xml)
            d.t("</Data></Cell>\n")
        d.t("   </Row>\n")
    d.t('  </Table>\n  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">\n'
        '   <FreezePanes/><FrozenNoSplit/><SplitHorizontal>1</SplitHorizontal>\n'
        '   <TopRowBottomPane>1</TopRowBottomPane><ActivePane>2</ActivePane>\n'
        '  </WorksheetOptions>\n </Worksheet>\n</Workbook>\n')
    return d


def f_fixed():
    d = Doc("BOSS.PAYMENT.D240611.DAT")

    def padb(s, n):
        b = s.encode("utf-8")
        assert len(b) <= n, s
        return " " * (n - len(b))
    people = take(34)
    total = 0
    d.t("H%-8s%-8s%08d%-20s%s\r\n" % ("BOSSPAY", "20240611", len(people), "CRM-BILLING-EXTRACT", " " * 40))
    for i, p in enumerate(people):
        ctype, ctyp, cno = cert_of(p)
        amt = R.randint(100, 300000)
        total += amt
        card = p["card"] if R.random() < 0.85 else None
        d.t("D%08d %s " % (i + 1, "9" + digits(11, False)))
        d.pi(p["msisdn"], PH); d.t(padb(p["msisdn"], 15))
        d.pi(p["name"], NM); d.t(padb(p["name"], 20))
        d.t(ctype + " ")
        d.pi(cno, ctyp); d.t(padb(cno, 20))
        if card:
            d.pi(card, BC); d.t(padb(card, 20))
        else:
            d.t(" " * 20)
        d.t("%012d CNY%s %s%s\r\n" % (amt, "202406%02d%02d%02d%02d" % (R.randint(1, 11), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                                        ("BP" + order_no("2406", 18)), R.choice(["00", "00", "00", "51", "05"])))
    d.t("T%08d%016d%s\r\n" % (len(people), total, " " * 60))
    return d


def f_sql():
    d = Doc("dim_subscriber_seed.sql")
    d.t("-- dim_subscriber seed data for the integration environment\n-- charset utf8mb4, generated rows\n"
        "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\nDROP TABLE IF EXISTS `dim_subscriber`;\n"
        "CREATE TABLE `dim_subscriber` (\n"
        "  `sub_id` bigint NOT NULL COMMENT '用户ID',\n"
        "  `msisdn` varchar(20) NOT NULL COMMENT '手机号码',\n"
        "  `cust_name` varchar(64) DEFAULT NULL COMMENT '客户姓名',\n"
        "  `cert_type` char(2) DEFAULT NULL COMMENT '证件类型 01身份证 02护照 07港澳通行证',\n"
        "  `cert_no` varchar(32) DEFAULT NULL COMMENT '证件号码',\n"
        "  `birth_date` date DEFAULT NULL COMMENT '出生日期',\n"
        "  `gender` char(1) DEFAULT NULL,\n"
        "  `home_addr` varchar(255) DEFAULT NULL COMMENT '家庭住址',\n"
        "  `email` varchar(128) DEFAULT NULL,\n"
        "  `imsi` char(15) DEFAULT NULL,\n"
        "  `iccid` varchar(20) DEFAULT NULL,\n"
        "  `open_date` date DEFAULT NULL COMMENT '入网日期',\n"
        "  `org_name` varchar(128) DEFAULT NULL COMMENT '单位名称',\n"
        "  `org_uscc` char(18) DEFAULT NULL COMMENT '统一社会信用代码',\n"
        "  `arpu` decimal(10,2) DEFAULT NULL,\n"
        "  `remark` varchar(255) DEFAULT NULL,\n"
        "  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,\n"
        "  PRIMARY KEY (`sub_id`),\n  KEY `idx_msisdn` (`msisdn`)\n"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户维表';\n\n")
    cols = "`sub_id`,`msisdn`,`cust_name`,`cert_type`,`cert_no`,`birth_date`,`gender`,`home_addr`,`email`,`imsi`,`iccid`,`open_date`,`org_name`,`org_uscc`,`arpu`,`remark`,`created_at`"
    for batch in (10, 8):
        d.t("INSERT INTO `dim_subscriber` (%s) VALUES\n" % cols)
        rows = take(batch)
        for j, p in enumerate(rows):
            ctype, ctyp, cno = cert_of(p)

            org = R.random() < 0.2
            rk = R.random()
            if rk < 0.2:
                c = other()
                remark = S(["本人办理，紧急联系人", P(c["name"], NM), "（", P(c["msisdn"], PH), "）"])
            elif rk < 0.3:
                remark = S(["客户'", masked_name(p["name"]), "'投诉已结单，回访号码", masked_phone(p["msisdn"])])
            elif rk < 0.35:
                remark = S(["证件", masked_rid(p["rid"]), "已联网核验，人像比对通过"])
            elif rk < 0.45:
                remark = S(["携号转网自", R.choice(["中国联通", "中国电信", "中国移动"]), "，授权码", rstr(6, "0123456789ABCDEF")])
            else:
                remark = None
            vals = [Raw(str(p["sub_id"])), P(p["msisdn"], PH), P(p["name"], NM), ctype, P(cno, ctyp),
                    P(p["dob"].strftime("%Y-%m-%d"), DOB), "M" if p["male"] else "F",
                    P(p["addr"], AD) if R.random() < 0.9 else None,
                    P(p["email"], EM) if R.random() < 0.8 else None,
                    P(p["imsi"], IMSI), P(p["iccid"], ICC),
                    "20%02d-%02d-%02d" % (R.randint(5, 23), R.randint(1, 12), R.randint(1, 28)),
                    R.choice(COMPANIES) if org else None, make_uscc() if org else None,
                    Raw("%.2f" % R.uniform(8, 400)), remark,
                    "2024-06-11 02:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59))]
            d.t("(")
            for i, v in enumerate(vals):
                if i:
                    d.t(",")
                if v is None:
                    d.t("NULL")
                elif isinstance(v, Raw):
                    d.t(v.s)
                else:
                    d.t("'")
                    d.w(v, esc_sql)
                    d.t("'")
            d.t(")" + (",\n" if j < len(rows) - 1 else ";\n\n"))
    d.t("SET FOREIGN_KEY_CHECKS = 1;\n")
    return d


def f_redis():
    d = Doc("redis-monitor-session-cache.log")
    d.t("OK\n")
    clock = 1718064000.0 + R.uniform(0, 3600)
    apps = [ip_private() for _ in range(4)]
    pools = {a: [R.randint(32768, 60999) for _ in range(6)] for a in apps}

    def cmd(db, client, *args):
        nonlocal clock
        clock += R.uniform(0.0002, 0.4)
        d.t("%.6f [%d " % (clock, db))
        if client == "lua":
            d.t("lua")
        elif client == "unix":
            d.t("unix:/var/run/redis/redis.sock")
        else:
            d.pi(client, IP)
            d.t(":%d" % R.choice(pools[client]))
        d.t("]")
        for a in args:
            d.t(' "')
            d.w(a, esc_redis)
            d.t('"')
        d.t("\n")

    for p in take(14):
        app = R.choice(apps)
        key = ["user:", P(p["msisdn"], PH)]
        k = R.random()
        cmd(0, app, "HGETALL", key)
        la, ln = coords(p["reg"])
        cmd(0, app, "HSET", key, "imsi", P(p["imsi"], IMSI), "imei", P(p["imei"], IMEI),
            "city", p["reg"][2] or p["reg"][1], "last_cell", P(ecgi_dash(imsi_mnc(p)), CELL), "last_seen", str(ts_ms()))
        cmd(0, app, "EXPIRE", key, "604800")
        if k < 0.6:
            sid = r_uuid()
            tok = make_jwt("u" + str(p["sub_id"])) if R.random() < 0.5 else rhex(32)
            sess = S(['{"msisdn":"', P(p["msisdn"], PH), '","token":"', P(tok, CR), '","ip":"',
                      P(ip_ue(), IP), '","ua":"okhttp/4.9.3","loginAt":', str(ts_ms()), "}"])
            cmd(1, app, "SET", "session:" + sid, sess, "EX", "7200")
            if R.random() < 0.5:
                cmd(1, app, "GET", "session:" + sid)
        if k > 0.4:
            cmd(2, app, "GEOADD", "geo:online:" + p["reg"][0][:4], P(ln, LOC), P(la, LOC), P(p["msisdn"], PH))
        if R.random() < 0.25:
            cmd(0, "lua", "INCRBY", "quota:" + p["imsi"][:5] + ":" + str(p["sub_id"]), str(R.randint(1, 1048576)))
        if R.random() < 0.2:
            cmd(3, app, "SETEX", ["otp:", P(p["msisdn"], PH)], "300", P("%06d" % R.randint(0, 999999), CR))
        if R.random() < 0.15:
            cmd(0, "unix", "PING")
        if R.random() < 0.2:
            cmd(0, app, "HSET", ["device:", P(p["imei"], IMEI)], "wifi_mac", P(make_mac("lcolon"), MAC), "model", p["tac_model"][1])
    return d


def f_spark():
    d = Doc("spark-driver-subscriber-dedup.log")
    t0 = dt.datetime(2024, 6, 11, 2, 13, 40)
    clk = [t0]

    def log(level, cls, *msg):
        clk[0] += dt.timedelta(milliseconds=R.randint(1, 4000))
        d.t("%s %s %s: " % (clk[0].strftime("%y/%m/%d %H:%M:%S"), level, cls))
        d.w(list(msg))
        d.t("\n")
    drv = ip_private()
    log("INFO", "SparkContext", "Running Spark version 3.3.2")
    log("INFO", "ResourceUtils", "==============================================================")
    log("INFO", "SparkContext", "Submitted application: subscriber-dedup-daily")
    log("INFO", "Utils", "Successfully started service 'sparkDriver' on port %d." % R.randint(30000, 50000))
    log("INFO", "SparkEnv", "Registering BlockManagerMaster")
    bp = R.randint(30000, 50000)
    log("INFO", "BlockManagerMasterEndpoint", "Registering block manager ", P(drv, IP), ":%d with 366.3 MiB RAM, BlockManagerId(driver, " % bp,
        P(drv, IP), ", %d, None)" % bp)
    app_id = "application_%d_%04d" % (1718000000000 + R.randint(0, 9999999), R.randint(1, 9999))
    log("INFO", "YarnClientSchedulerBackend", "Application %s has started running." % app_id)
    log("INFO", "SparkUI", "Bound SparkUI to ", P("0.0.0.0", IP), ", and started at http://", P(drv, IP), ":4040")
    for i in range(4):
        ex = ip_private()
        log("INFO", "YarnSchedulerBackend$YarnDriverEndpoint", "Registered executor NettyRpcEndpointRef(spark-client://Executor) (",
            P(ex, IP), ":%d) with ID %d,  ResourceProfileId 0" % (R.randint(30000, 60000), i + 1))
    log("INFO", "SubscriberDedup", "Spark properties used:")
    conf_lines = [["spark.executor.memory=8g"], ["spark.sql.shuffle.partitions=800"],
                  ["spark.hadoop.fs.s3a.endpoint=http://", P(ip_private(), IP), ":9000"],
                  ["spark.hadoop.fs.s3a.access.key=", P("AKIA" + rstr(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), CR)],
                  ["spark.hadoop.fs.s3a.secret.key=", P(rstr(40, ALNUM + "/+"), CR)],
                  ["spark.hadoop.javax.jdo.option.ConnectionPassword=*********(redacted)"],
                  ["spark.yarn.queue=root.dp.etl"]]
    for c in conf_lines:
        d.t("  ")
        d.w(c)
        d.t("\n")
    log("INFO", "FileSourceStrategy", "Pushed Filters: IsNotNull(msisdn),EqualTo(dt,20240610)")
    log("INFO", "CodeGenerator", "Code generated in %.6f ms" % R.uniform(3, 80))
    log("INFO", "SubscriberDedup", "input rows=%d, distinct msisdn=%d" % (R.randint(10 ** 8, 3 * 10 ** 8), R.randint(9 * 10 ** 7, 10 ** 8)))
    # Row(...) samples
    rows = take(8)
    log("INFO", "SubscriberDedup", "sample duplicate groups (first %d):" % len(rows))
    for p in rows:
        ctype, ctyp, cno = cert_of(p)
        d.t("Row(msisdn='"); d.pi(p["msisdn"], PH); d.t("', cust_name='"); d.pi(p["name"], NM)
        d.t("', cert_no='"); d.pi(cno, ctyp); d.t("', imsi='"); d.pi(p["imsi"], IMSI)
        d.t("', city='%s', arpu=Decimal('%.2f'), dup_cnt=%d, first_seen=datetime.datetime(2024, 6, 10, %d, %d, %d))\n"
            % (p["reg"][2] or p["reg"][1], R.uniform(8, 400), R.randint(2, 5), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
    # df.show()
    rows = take(10)
    log("INFO", "SubscriberDedup", "conflict preview:")
    hdr = ["msisdn", "cust_name", "cert_no", "imei", "home_addr_hash", "dt"]
    data = []
    for p in rows:
        data.append([P(p["msisdn"], PH), P(p["name"], NM), P(p["rid"], RID), P(p["imei"], IMEI), md5hex()[:20], "20240610"])
    widths = [max(vlen(h, True), *(vlen(r[i], True) for r in data)) for i, h in enumerate(hdr)]
    sepl = "+" + "+".join("-" * w for w in widths) + "+\n"
    d.t(sepl)
    d.t("|" + "|".join(" " * (w - len(h)) + h for h, w in zip(hdr, widths)) + "|\n")
    d.t(sepl)
    for r in data:
        d.t("|")
        for i, (v, w) in enumerate(zip(r, widths)):
            if i:
                d.t("|")
            d.t(" " * (w - vlen(v, True)))
            d.w(v)
        d.t("|\n")
    d.t(sepl)
    d.t("only showing top 10 rows\n\n")
    # bad records as json
    log("WARN", "SubscriberDedup", "rejected %d malformed records, first 6:" % R.randint(100, 9000))
    for p in take(6):
        k = R.random()
        obj = {"msisdn": P(p["msisdn"], PH), "cust_name": P(p["name"], NM)}
        if k < 0.5:
            obj["cert_no"] = p["rid"][:17]
            obj["_error"] = "cert_no length 17"
        else:
            obj["email"] = P(p["email"], EM)
            obj["imei"] = p["imei"][:13]
            obj["_error"] = "imei length 13"
        obj["_offset"] = R.randint(10 ** 9, 10 ** 10)
        d.t("  ")
        jwrite(d, obj)
        d.t("\n")
    log("ERROR", "JdbcUtils", "java.sql.SQLException: Access denied for user 'etl_ro'@'", P(ip_private(), IP), "' (using password: YES)")
    d.t("\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)\n"
        "\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828)\n"
        "\tat org.apache.spark.sql.execution.datasources.jdbc.JdbcUtils$.createConnectionFactory(JdbcUtils.scala:64)\n")
    log("INFO", "DAGScheduler", "Job 7 finished: save at SubscriberDedup.scala:212, took %.6f s" % R.uniform(20, 600))
    log("INFO", "SubscriberDedup", "wrote %d rows to dwd.dwd_subscriber_dedup_d/dt=20240610 (%d bytes)" % (R.randint(9 * 10 ** 7, 10 ** 8), R.randint(2 * 10 ** 10, 9 * 10 ** 10)))
    log("INFO", "ShutdownHookManager", "Deleting directory /data/yarn/local/usercache/etl/appcache/%s/spark-%s" % (app_id, r_uuid()))
    return d


def f_parquet():
    d = Doc("lbs_fence_hits.part-00000.parquet.txt")
    fences = ["陆家嘴金融城", "虹桥枢纽", "深圳湾科技园", "西湖景区", "春熙路商圈", "武汉光谷广场", "五道口", "解放碑"]
    for p in take(26):
        la, ln = coords(p["reg"])
        mnc = imsi_mnc(p)
        e, c = make_enb()
        rows = [("msisdn", P(p["msisdn"], PH)), ("imsi", P(p["imsi"], IMSI)), ("event_time", str(ts_ms())),
                ("lat", P(la, LOC)), ("lng", P(ln, LOC))]
        if R.random() < 0.5:
            rows.append(("ecgi", P("460%s%07X" % (mnc, e * 256 + c), CELL)))
        else:
            rows.append(("eci", P(str(e * 256 + c), CELL)))
        rows.append(("tac", str(R.randint(10000, 65000))))
        if R.random() < 0.3:
            rows.append(("wifi_bssid", P(make_mac("lcolon"), MAC)))
        rows += [("fence_id", str(R.randint(1000, 9999))), ("fence_name", R.choice(fences)),
                 ("dwell_s", str(R.randint(60, 14400))), ("confidence", "%.2f" % R.random()),
                 ("dt", "20240611")]
        for k, v in rows:
            d.t(k + " = ")
            d.w(v)
            d.t("\n")
        d.t("\n")
    return d


BUILDERS = [f_hive, f_billing_csv, f_ch_xdr, f_mongo, f_es_bulk, f_kafka, f_avro, f_textproto,
            f_properties, f_spreadsheetml, f_fixed, f_sql, f_redis, f_spark, f_parquet]


# ---------------------------------------------------------------- self-check

def self_check(name, data, labels):
    """Cross-check: unlabelled digit runs that look like PI are reported."""
    spans = [(s, e) for s, e, _, _ in labels]

    def covered(s, e):
        return any(a <= s and e <= b for a, b in spans)
    problems = []
    for m in re.finditer(rb"(?<![0-9A-Za-z])[0-9]{11,20}[Xx]?(?![0-9A-Za-z])", data):
        s, e = m.span()
        v = m.group().decode()
        if covered(s, e):
            continue
        why = None
        if len(v) == 11 and v[0] == "1":
            x = phonenumbers.parse(v, "CN")
            if phonenumbers.is_valid_number(x):
                why = "mobile"
        elif len(v) == 18 and is_ric_like(v):
            why = "resident id"
        elif len(v) == 15 and v.startswith("460") and v[3:5] in {m2 for o in OPS.values() for m2 in o["mnc"]}:
            why = "imsi"
        elif len(v) == 15 and luhn.is_valid(v):
            why = "imei"
        elif 16 <= len(v) <= 19 and v.startswith("62") and luhn.is_valid(v):
            why = "bank card"
        elif len(v) in (19, 20) and v.startswith("8986"):
            why = "iccid"
        if why:
            problems.append((name, s, v, why))
    for m in re.finditer(rb"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?![0-9.])", data):
        s, e = m.span()
        v = m.group().decode()
        try:
            ipaddress.IPv4Address(v)
        except ValueError:
            continue
        if not covered(s, e) and v not in VERSIONS + ["124.0.0.0", "2.7.3.1"]:
            problems.append((name, s, v, "ipv4"))
    for m in re.finditer(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", data):
        if not covered(*m.span()):
            problems.append((name, m.start(), m.group().decode(), "email"))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    docs = [b() for b in BUILDERS]
    names = [d.name for d in docs]
    assert len(set(names)) == len(names)
    all_labels = []
    problems = []
    for d in docs:
        data = d.data()
        with open(os.path.join(args.out, d.name), "wb") as f:
            f.write(data)
        last = -1
        for s, e, t, v in sorted(d.labels):
            assert s >= last, (d.name, s, v)  # no overlapping labels
            last = e
            all_labels.append({"file": d.name, "start": s, "end": e, "type": t})
        problems += self_check(d.name, data, d.labels)
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in all_labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # re-read and verify every span
    expected = {d.name: {(s, e): (t, v) for s, e, t, v in d.labels} for d in docs}
    with open(os.path.join(args.out, "labels.jsonl"), encoding="utf-8") as f:
        n = 0
        for line in f:
            l = json.loads(line)
            with open(os.path.join(args.out, l["file"]), "rb") as g:
                data = g.read()
            t, v = expected[l["file"]][(l["start"], l["end"])]
            assert t == l["type"]
            assert data[l["start"]:l["end"]].decode("utf-8") == v, (l, v)
            n += 1
    for pr in problems:
        print("check:", *pr, file=sys.stderr)
    print("%d files, %d labels" % (len(docs), n))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
