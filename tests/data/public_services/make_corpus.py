#!/usr/bin/python3
"""Synthetic labelled corpus: government-facing and public-service data held or
exchanged by a Chinese telecom operator.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

All people, numbers and addresses are invented (fixed random seed, output is
byte-for-byte deterministic).  Identifiers are structurally valid: resident ID
numbers use real GB/T 2260 region codes, real dates and the MOD 11-2 check
character; mobiles are valid CN mobile numbers per libphonenumber; bank cards
are Luhn-valid on real BINs; IMEIs are Luhn-valid; IMSIs are 460 + real MNC;
ICCIDs start with 8986.

Files
-----
realname_audit_2024Q2.csv        CSV, two header rows (Chinese + field codes):
                                 real-name registration audit sample (number,
                                 ICCID, IMSI, holder, birth date, document,
                                 registered address), some rows already masked.
police_evidence_request_reply.txt  Free text: three police evidence requests
                                 (调取证据通知书) and the operator's replies with
                                 subscriber data, CDR extracts (IMEI/MEID, ECGI)
                                 and NAT/IP session logs.
shebao_jiaofei_202405.txt        Fixed-width social-security contribution file
                                 (GBK-style column widths): social security
                                 number (= resident ID), name, birth date,
                                 salary-card number, mobile.
gjj_huijiao_202405.xml           XML housing-fund remittance batch for an
                                 operator subsidiary's employees.
hotline_12345_workorders.json    JSON API page of 12345 hotline work orders
                                 (caller, contact numbers, free-text content
                                 with addresses and licence plates).
miit_complaints_export.csv       CSV export of MIIT complaint cases (工信部申诉)
                                 with quoted free text and e-mail addresses.
zwfw_app_gateway.log             E-government app log: real-name verification,
                                 face check, login, token issuance, device ids.
grid_roster_community.csv        CSV with a grouped header row: community grid
                                 household register with family members.
itinerary_card_query.jsonl       JSON lines: epidemic-era itinerary card
                                 (行程卡) queries: msisdn, IMSI, cities, cells.
subsidy_payment_list.csv         CSV with a title row and header row: subsidy
                                 "one-card" payment list (ID, bank card).
shixin_notice_pdf.txt            Text extracted from a court's PDF list of
                                 dishonest judgment debtors (失信被执行人).
traffic_violation_notices.xml    XML violation notification messages (plate,
                                 driver, licence no. = ID, address, lng/lat).
gongshi_dibao_pdf.txt            Public-notice text (低保公示): names with IDs
                                 masked in the middle (masks NOT labelled).
opendata_pharmacy_licences.csv   Government open-data CSV: licensed pharmacies
                                 (company data; only person names and the
                                 portal API key are PI/credential).
official_letter_fraud_cards.txt  Official letters on high-risk SIM cards with
                                 an annex table of subscribers.
face_verify_callbacks.json       JSON array of face-verification (人脸核身)
                                 request/response records.

labels.jsonl: {"file", "start", "end", "type"} with UTF-8 byte offsets into
the file as written, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER as written, with +86 / 0086 / 86 prefix and separators;
  landlines with area code.  Landlines of government offices, companies and
  courts (switchboards, 监督电话) and service numbers (12345, 12300, 110,
  10086, 95588, 400-...) are NOT labelled; mobiles and landlines of private
  people (including a named case officer's or contact person's mobile) are.
* BANK_CARD_NUMBER as written, including group spaces.
* PERSON_NAME: full names of private people, each occurrence.  Case officers
  and letter contact persons named in full are labelled.  Pseudonymised forms
  (王某某, 张某) and masked names (李*) are not.
* DATE_OF_BIRTH only for birth dates.
* STREET_ADDRESS: a person's address whole (first place name to room/house
  number); company, court, office, cell-site and incident locations are not.
* CREDENTIAL: value only (tokens, passwords, API keys/secrets).
* LOCATION_COORDINATES: a "lng,lat" pair in one value is one label; separate
  longitude/latitude fields are labelled separately.  Coordinates of a
  person's device or vehicle are labelled; coordinates of shops/facilities in
  open data are not.
* CELL_ID: whole ECGI/CGI string, or the value of a field named as a cell id
  (ci / cellId); LAC/TAC values alone are not labelled.
* IP_ADDRESS: the address only, no port.  Server/upstream addresses of the
  operator's own infrastructure are not labelled; subscriber/client addresses
  (public or private) are.
* HK_MACAU_TRAVEL_PERMIT covers 往来港澳通行证 (C + 8 digits, C + letter + 7
  digits, old W + 8 digits) and 港澳居民来往内地通行证 (H/M + 8 digits).
* Not labelled: masked values (138****1234, 110105********1234, 张*), order /
  work-order / case / document numbers, Unified Social Credit Codes, fund
  account numbers, archive numbers, amounts, non-birth dates, hashes, UUIDs,
  versions, millisecond timestamps.
"""
import argparse
import base64
import datetime as dt
import json
import os
import random
import sys
import uuid

import phonenumbers
from stdnum.cn import ric

rng = random.Random(19061124)

# --------------------------------------------------------------------------
# output buffer with label recording


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = []
        self.n = 0
        self.labels = []

    def t(self, text):
        b = text.encode("utf-8")
        self.buf.append(b)
        self.n += len(b)
        return self

    def v(self, value, typ):
        if typ is None:
            return self.t(value)
        b = value.encode("utf-8")
        self.labels.append({"file": self.name, "start": self.n,
                            "end": self.n + len(b), "type": typ, "_v": value})
        self.buf.append(b)
        self.n += len(b)
        return self

    def p(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.v(x[0], x[1])
            else:
                self.t(x)
        return self

    def data(self):
        return b"".join(self.buf)


class L:
    """A labelled leaf for the JSON/XML/CSV writers."""

    def __init__(self, value, typ, raw=False):
        self.value, self.typ, self.raw = value, typ, raw


def json_write(doc, obj, indent=None, level=0):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    endpad = "" if indent is None else " " * (indent * level)
    sep = ", " if indent is None else ","
    colon = ": "
    if isinstance(obj, L):
        if obj.raw:
            doc.v(obj.value, obj.typ)
        else:
            inner = json.dumps(obj.value, ensure_ascii=False)[1:-1]
            assert inner == obj.value, obj.value
            doc.t('"').v(inner, obj.typ).t('"')
    elif isinstance(obj, dict):
        if not obj:
            doc.t("{}")
            return
        doc.t("{" + nl)
        items = list(obj.items())
        for i, (k, val) in enumerate(items):
            doc.t(pad + json.dumps(k, ensure_ascii=False) + colon)
            json_write(doc, val, indent, level + 1)
            if i < len(items) - 1:
                doc.t(sep if indent is None else "," + nl)
        doc.t(nl + endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.t("[]")
            return
        doc.t("[" + nl)
        for i, val in enumerate(obj):
            doc.t(pad)
            json_write(doc, val, indent, level + 1)
            if i < len(obj) - 1:
                doc.t(sep if indent is None else "," + nl)
        doc.t(nl + endpad + "]")
    else:
        doc.t(json.dumps(obj, ensure_ascii=False))


def csv_row(doc, cells, sep=",", eol="\r\n", quote_all=False):
    for i, c in enumerate(cells):
        if i:
            doc.t(sep)
        if isinstance(c, L):
            val, typ = c.value, c.typ
        elif isinstance(c, tuple):
            val, typ = c
        else:
            val, typ = str(c), None
        need = quote_all or any(ch in val for ch in (sep, '"', "\n", "\r"))
        if need:
            assert typ is None or '"' not in val
            doc.t('"').v(val.replace('"', '""'), typ).t('"')
        else:
            doc.v(val, typ)
    doc.t(eol)


# --------------------------------------------------------------------------
# identifier generators

REGIONS = [
    ("110105", "北京市", "", "朝阳区", ["望京街道花家地西里", "酒仙桥街道万红西街", "劲松街道农光里", "双井街道广渠路"], "010", "京"),
    ("110108", "北京市", "", "海淀区", ["中关村街道科学院南路", "学院路街道林大北路", "万柳地区万泉河路"], "010", "京"),
    ("110102", "北京市", "", "西城区", ["德胜街道新康街", "展览路街道车公庄大街"], "010", "京"),
    ("310115", "上海市", "", "浦东新区", ["花木街道梅花路", "张江镇晨晖路", "陆家嘴街道崂山路"], "021", "沪"),
    ("310104", "上海市", "", "徐汇区", ["田林街道钦州路", "康健新村街道桂林西街"], "021", "沪"),
    ("440305", "广东省", "深圳市", "南山区", ["粤海街道科苑南路", "南头街道南山大道", "西丽街道留仙大道"], "0755", "粤B"),
    ("440106", "广东省", "广州市", "天河区", ["石牌街道龙口西路", "棠下街道棠东东路"], "020", "粤A"),
    ("330106", "浙江省", "杭州市", "西湖区", ["文新街道文一西路", "翠苑街道学院路"], "0571", "浙A"),
    ("320106", "江苏省", "南京市", "鼓楼区", ["湖南路街道青岛路", "宁海路街道北京西路"], "025", "苏A"),
    ("420111", "湖北省", "武汉市", "洪山区", ["珞南街道珞喻路", "关山街道关山大道"], "027", "鄂A"),
    ("510107", "四川省", "成都市", "武侯区", ["玉林街道玉林北路", "红牌楼街道佳灵路"], "028", "川A"),
    ("610113", "陕西省", "西安市", "雁塔区", ["小寨路街道长安中路", "电子城街道电子二路"], "029", "陕A"),
    ("370102", "山东省", "济南市", "历下区", ["泉城路街道县西巷", "姚家街道化纤厂路"], "0531", "鲁A"),
    ("410105", "河南省", "郑州市", "金水区", ["文化路街道红专路", "丰产路街道经三路"], "0371", "豫A"),
    ("500103", "重庆市", "", "渝中区", ["解放碑街道民生路", "大坪街道大坪正街"], "023", "渝A"),
    ("350203", "福建省", "厦门市", "思明区", ["鹭江街道鹭江道", "莲前街道莲前西路"], "0592", "闽D"),
    ("430104", "湖南省", "长沙市", "岳麓区", ["望月湖街道望月路", "桔子洲街道阜埠河路"], "0731", "湘A"),
    ("130102", "河北省", "石家庄市", "长安区", ["建北街道建设北大街", "青园街道青园街"], "0311", "冀A"),
    ("120101", "天津市", "", "和平区", ["南营门街道南京路", "小白楼街道徐州道"], "022", "津A"),
    ("210102", "辽宁省", "沈阳市", "和平区", ["南湖街道三好街", "太原街街道中华路"], "024", "辽A"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", ["新竹街道民族大道"], "0771", "桂A"),
    ("530102", "云南省", "昆明市", "五华区", ["华山街道东风西路"], "0871", "云A"),
    ("340104", "安徽省", "合肥市", "蜀山区", ["三里庵街道长江西路"], "0551", "皖A"),
]
# abolished codes still found on older ID cards
OLD_CODES = ["110103", "110104", "320103", "420107"]
REG_BY_CODE = {r[0]: r for r in REGIONS}

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
SURN2 = ["欧阳", "司马", "上官", "诸葛", "慕容"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志海燕玉浩宇涵欣怡梓轩雨桐思远嘉晨曦俊文博鸣佳琪婷东红梅春丹淑珍德永鑫晓峰凯琳瑶颖雪蕾倩斌鹏辉帅旭阳子豪然悦诗晗宁翔昊睿泽铭哲瑞")
MINORITY = ["阿依古丽·买买提", "热依拉·吐尔逊", "扎西顿珠", "巴特尔", "古丽娜尔·艾买提", "次仁卓玛"]


def person_name():
    r = rng.random()
    if r < 0.02:
        return rng.choice(MINORITY)
    s = rng.choice(SURN2) if r < 0.04 else rng.choice(SURN)
    n = 1 if rng.random() < 0.3 else 2
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def masked_name(name):
    return name[0] + "*" * (len(name) - 1) if rng.random() < 0.5 else name[0] + "*" + (name[2:] if len(name) > 2 else "")


def digits(k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def resident_id(code=None, y0=1948, y1=2004, male=None, birth=None):
    code = code or rng.choice(REGIONS)[0]
    if birth is None:
        birth = dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    if male is None:
        male = rng.random() < 0.5
    seq = rng.randint(1, 499) * 2 + (1 if male else 0)
    seq = min(seq, 999)
    body = "%s%s%03d" % (code, birth.strftime("%Y%m%d"), seq)
    idn = body + ric.calc_check_digit(body + "0")
    assert ric.is_valid(idn) or code in OLD_CODES or code[:2] in ("81", "82", "83"), idn
    return idn, birth, male


def mask_id(idn):
    return idn[:6] + "********" + idn[-4:] if rng.random() < 0.7 else idn[:4] + "**********" + idn[-4:]


MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176",
              "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
              "193", "195", "198", "199"]
CMCC = ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "172", "178", "182", "183", "184", "187", "188", "195", "198"]
CU = ["130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186"]
CT = ["133", "153", "173", "177", "180", "181", "189", "191", "193", "199"]


def mobile(prefixes=None):
    while True:
        n = rng.choice(prefixes or MOB_PREFIX) + digits(8)
        p = phonenumbers.parse("+86" + n)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def fmt_mobile(n, style=None):
    if style is None:
        style = rng.choices(["plain", "p86s", "p86d", "0086", "86", "sp", "dash", "plus"],
                            weights=[70, 5, 3, 3, 3, 6, 6, 4])[0]
    return {
        "plain": n,
        "p86s": "+86 %s %s %s" % (n[:3], n[3:7], n[7:]),
        "p86d": "+86-" + n,
        "0086": "0086" + n,
        "86": "86" + n,
        "sp": "%s %s %s" % (n[:3], n[3:7], n[7:]),
        "dash": "%s-%s-%s" % (n[:3], n[3:7], n[7:]),
        "plus": "+86" + n,
        "fw": n.translate(FW),
    }[style]


def mask_mobile(n):
    return n[:3] + "****" + n[7:]


def landline(area, style=None):
    k = 8 if area in ("010", "021", "020", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0531", "0371") else 7
    local = (rng.choice("5678") if k == 8 else str(rng.randint(2, 8))) + digits(k - 1)
    style = style or rng.choices(["dash", "paren", "plain"], weights=[75, 15, 10])[0]
    if style == "dash":
        return area + "-" + local
    if style == "paren":
        return "(" + area + ")" + local
    return area + local


def gov_landline(area):
    k = 8 if area in ("010", "021", "020", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0531", "0371") else 7
    return area + "-" + str(rng.randint(5, 8)) + digits(k - 1)


BINS = [("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("622848", 19, "中国农业银行"),
        ("621700", 19, "中国建设银行"), ("622700", 19, "中国建设银行"), ("621661", 19, "中国银行"),
        ("621785", 19, "中国银行"), ("622588", 16, "招商银行"), ("621483", 16, "招商银行"),
        ("622260", 19, "交通银行"), ("621799", 19, "中国邮政储蓄银行"), ("622188", 19, "中国邮政储蓄银行"),
        ("436742", 19, "中国建设银行"), ("623058", 19, "平安银行"), ("622908", 18, "兴业银行")]


def bank_card(bank=None):
    cands = [b for b in BINS if bank is None or b[2] == bank] or BINS
    b, k, name = rng.choice(cands)
    payload = b + digits(k - len(b) - 1)
    return payload + luhn_digit(payload), name


def fmt_card(c, style=None):
    style = style or rng.choices(["plain", "sp"], weights=[78, 22])[0]
    if style == "sp":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


def mask_card(c):
    return c[:4] + " **** **** " + c[-4:] if rng.random() < 0.5 else c[:6] + "*" * (len(c) - 10) + c[-4:]


def imsi(op=None):
    mnc = {"cmcc": ["00", "02", "07", "08"], "cu": ["01", "06", "09"], "ct": ["03", "11"]}.get(op, ["00", "01", "02", "03", "07", "11", "06"])
    return "460" + rng.choice(mnc) + digits(10)


def imei():
    tac = rng.choice(["86891404", "86452103", "35328711", "86769904", "35209311", "86108603", "86603904", "35684610", "86407005"])
    payload = tac + digits(6)
    return payload + luhn_digit(payload)


def meid():
    s = "A0000" + "".join(rng.choice("0123456789ABCDEF") for _ in range(9))
    return s if rng.random() < 0.7 else s.lower()


def iccid(op="cmcc"):
    head = {"cmcc": "898600", "cu": "898601", "ct": "898611"}[op]
    if op == "ct" and rng.random() < 0.4:
        head = "898603"
    body = head + digits(13)
    return body + luhn_digit(body)  # 20 digits


def mac(style=None):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    style = style or rng.choice(["colonU", "colonL", "dashU", "dashL"])
    h = ["%02X" % x for x in b] if style.endswith("U") else ["%02x" % x for x in b]
    return (":" if style.startswith("colon") else "-").join(h)


PUB_NETS = ["36.112", "111.200", "117.136", "223.104", "183.192", "112.96", "114.242", "125.33", "221.219", "120.229", "39.144", "58.247", "106.39", "171.43"]


def pub_ip():
    return "%s.%d.%d" % (rng.choice(PUB_NETS), rng.randint(0, 255), rng.randint(1, 254))


def ipv6():
    head = rng.choice(["2409:8a00", "2409:8900", "240e:3b4", "2408:8456", "240e:47d"])
    return head + ":" + ":".join("%x" % rng.randint(0, 0xffff) for _ in range(6))


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def jwt():
    payload = base64.urlsafe_b64encode(json.dumps({"sub": "u" + digits(9), "iat": 1718000000 + rng.randint(0, 900000), "iss": "zwfw-auth"}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + payload + "." + b64url(32)


def hexs(k, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(k))
    return s.upper() if upper else s


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(region="110105", kind="91"):
    body = kind + region + "".join(rng.choice(USCC_CH) for _ in range(9))
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - s % 31) % 31]


def plate(prefix=None, nev=None):
    prefix = prefix or rng.choice(REGIONS)[6]
    if len(prefix) == 1:
        prefix += rng.choice("ABCDEFGHJKLMNPQ")
    nev = rng.random() < 0.2 if nev is None else nev
    L_ = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if nev:
        serial = rng.choice("DF") + rng.choice(L_ + "0123456789") + digits(4)
    else:
        serial = [rng.choice("0123456789") for _ in range(5)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            serial[rng.randint(0, 4)] = rng.choice(L_)
        serial = "".join(serial)
    sep = rng.choices(["", "·", " ", "-"], weights=[70, 15, 8, 7])[0]
    return prefix + sep + serial


def fmt_dob(d, style=None):
    style = style or rng.choice(["iso", "compact", "cn", "slash"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cnpad":
        return d.strftime("%Y年%m月%d日")
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    return d.strftime("%Y/%m/%d")


COMMUNITIES = ["阳光花园", "金色家园", "锦绣苑", "翠微里", "紫荆小区", "和平里", "幸福家园", "绿地城", "万科城", "怡景苑", "康居小区", "名仕公寓"]


def address(reg=None, with_prov=None):
    reg = reg or rng.choice(REGIONS)
    code, prov, city, dist, streets, area, pl = reg
    st = rng.choice(streets)
    no = rng.randint(1, 399)
    b, u = rng.randint(1, 32), rng.randint(1, 6)
    room = "%d%02d" % (rng.randint(1, 28), rng.randint(1, 4))
    with_prov = rng.random() < 0.6 if with_prov is None else with_prov
    head = (prov + city if with_prov else (city or prov)) + dist
    form = rng.randint(0, 4)
    if form == 0:
        return "%s%s%d号%d号楼%d单元%s室" % (head, st, no, b, u, room)
    if form == 1:
        return "%s%s%d弄%d号%s室" % (head, st, no, b, room)
    if form == 2:
        return "%s%s%d号%s%d栋%s" % (head, st, no, rng.choice(COMMUNITIES), b, room)
    if form == 3:
        return "%s%s%d号院%d-%d-%s" % (head, st, no, b, u, room)
    return "%s%s%d号%d幢%d单元%s室" % (head, st, no, b, u, room)


class P:
    """A synthetic person."""

    def __init__(self, reg=None, y0=1950, y1=2003, name=None, male=None):
        self.reg = reg or rng.choice(REGIONS)
        code = self.reg[0] if rng.random() < 0.93 else rng.choice(OLD_CODES)
        self.id, self.dob, self.male = resident_id(code, y0, y1, male=male)
        if rng.random() < 0.08 and self.id.endswith("X"):
            pass
        self.name = name or person_name()
        self.mobile = mobile()
        self.addr = address(self.reg)

    @property
    def sex(self):
        return "男" if self.male else "女"

    def idw(self):
        # lower-case x occasionally, as typed by staff
        if self.id.endswith("X") and rng.random() < 0.3:
            return self.id[:-1] + "x"
        return self.id


def passport():
    r = rng.random()
    if r < 0.5:
        return "E" + digits(8)
    if r < 0.8:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


def hk_permit():
    r = rng.random()
    if r < 0.55:
        return "C" + digits(8)
    if r < 0.8:
        return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "W" + digits(8)


def home_return_permit():
    return rng.choice("HM") + digits(8)


def ts(base, spread_s):
    return base + dt.timedelta(seconds=rng.randint(0, spread_s))


def ecgi(mnc="00"):
    enb = rng.randint(100000, 999999)
    cell = rng.randint(1, 140)
    r = rng.random()
    if r < 0.5:
        return "460-%s-%d-%d" % (mnc, enb, cell)
    if r < 0.8:
        return "460%s%07X" % (mnc, enb * 256 + cell)
    return "460-%s-%d" % (mnc, enb * 256 + cell)


# --------------------------------------------------------------------------
# files

FILES = []


def register(f):
    FILES.append(f)
    return f


OPERATORS = [("中国移动通信集团北京有限公司", "北京市西城区金融大街29号", "cmcc"),
             ("中国联合网络通信有限公司广东省分公司", "广州市天河区天河路1号", "cu"),
             ("中国电信股份有限公司上海分公司", "上海市浦东新区浦东大道1号", "ct")]


@register
def f_realname_audit():
    d = Doc("realname_audit_2024Q2.csv")
    d.t("\ufeff")
    csv_row(d, ["序号", "稽核工单号", "手机号码", "ICCID", "IMSI", "机主姓名", "性别", "出生日期", "证件类型", "证件号码", "证件地址",
                "入网时间", "受理渠道编码", "受理营业厅", "经办人工号", "稽核结论", "问题描述"])
    csv_row(d, ["SEQ", "AUDIT_NO", "MSISDN", "ICCID", "IMSI", "CUST_NAME", "GENDER", "BIRTH_DATE", "CERT_TYPE", "CERT_NO", "CERT_ADDR",
                "OPEN_DATE", "CHNL_CODE", "CHNL_NAME", "OPER_ID", "AUDIT_RESULT", "REMARK"])
    halls = ["朝阳望京自有厅", "海淀中关村旗舰店", "西城西单营业厅", "朝阳双井合作厅", "海淀五道口授权店", "社会渠道-朝阳区酒仙桥代理点"]
    results = [("合格", ""), ("合格", ""), ("合格", ""), ("不合格", "人像比对分值0.62低于阈值0.80"),
               ("不合格", "一证五号超限，名下在网号码6个"), ("待复核", "证件照片模糊，需营业厅补拍"), ("不合格", "经办人未上传现场照片")]
    base = dt.datetime(2021, 1, 1)
    for i in range(1, 37):
        p = P(reg=REGIONS[rng.choice([0, 1, 2, 0, 1])] if rng.random() < 0.7 else None)
        mob = mobile(CMCC)
        masked = rng.random() < 0.1
        res, rem = rng.choice(results)
        certtype = "居民身份证"
        cert, ctyp, addr = p.idw(), "CHINA_RESIDENT_ID_NUMBER", p.addr
        r = rng.random()
        if r < 0.05:
            certtype, cert, ctyp = "港澳居民来往内地通行证", home_return_permit(), "HK_MACAU_TRAVEL_PERMIT"
            addr = "香港九龙旺角弥敦道%d号%d楼%s室" % (rng.randint(500, 800), rng.randint(2, 30), rng.choice("ABCDEF"))
        elif r < 0.09:
            certtype = "港澳台居民居住证"
            cert = resident_id(rng.choice(["810000", "820000"]), birth=p.dob, male=p.male)[0]
        elif r < 0.12:
            certtype, cert, ctyp = "护照", passport(), "CHINA_PASSPORT"
        open_t = (ts(base, 3 * 365 * 86400).replace(hour=rng.randint(9, 20))).strftime("%Y-%m-%d %H:%M:%S")
        if masked:
            cells = [str(i), "RA2024Q2-%07d" % rng.randint(1, 9999999), mask_mobile(mob), iccid()[:6] + "**********" + digits(4),
                     "460" + "00" + "*****" + digits(5), masked_name(p.name), p.sex, "****-**-**", certtype, mask_id(p.id),
                     p.reg[1] + p.reg[2] + p.reg[3] + "****", open_t, "BJ.%s.%04d" % (rng.choice(["CY", "HD", "XC"]), rng.randint(1, 999)),
                     rng.choice(halls), "op%05d" % rng.randint(1, 99999), res, (rem + "；" if rem else "") + "社会渠道样本已脱敏"]
        else:
            cells = [str(i), "RA2024Q2-%07d" % rng.randint(1, 9999999), L(fmt_mobile(mob, "plain"), "PHONE_NUMBER"),
                     L(iccid(), "ICCID_NUMBER"), L(imsi("cmcc"), "IMSI_ID"), L(p.name, "PERSON_NAME"), p.sex,
                     L(fmt_dob(p.dob, rng.choice(["iso", "compact", "slash"])), "DATE_OF_BIRTH"), certtype, L(cert, ctyp),
                     L(addr, "STREET_ADDRESS"), open_t, "BJ.%s.%04d" % (rng.choice(["CY", "HD", "XC"]), rng.randint(1, 999)),
                     rng.choice(halls), "op%05d" % rng.randint(1, 99999), res, rem]
        csv_row(d, cells)
    csv_row(d, ["合计", "36条", "", "", "", "", "", "", "", "", "", "", "", "", "", "合格率 %.1f%%" % (rng.uniform(80, 95)), "导出时间 2024-07-02 10:15:37"])
    return d


@register
def f_police():
    d = Doc("police_evidence_request_reply.txt")
    cases = [
        ("北京市公安局朝阳分局", "京公朝（刑）调证字〔2024〕第0312号", "北京市朝阳区朝阳公园南路8号", OPERATORS[0], "010", "00", "cmcc", "京移安函〔2024〕57号"),
        ("广州市公安局天河区分局", "穗公天（网）调证字〔2024〕1187号", "广州市天河区天河北路533号", OPERATORS[1], "020", "01", "cu", "粤联安〔2024〕函字第213号"),
        ("上海市公安局浦东分局", "沪公浦（刑）调证字〔2024〕第0958号", "上海市浦东新区合欢路2号", OPERATORS[2], "021", "11", "ct", "沪电安函〔2024〕32号"),
    ]
    for ci, (psb, docno, psbaddr, (opname, opaddr, op), area, mnc, opk, replyno) in enumerate(cases):
        pref = {"cmcc": CMCC, "cu": CU, "ct": CT}[opk]
        subj = P(reg=REGIONS[[0, 6, 3][ci]])
        smob = mobile(pref)
        officer, omob = person_name(), mobile()
        officer2 = person_name()
        victim, vcard = person_name(), bank_card()[0]
        d.t("=" * 72 + "\n")
        d.t("调取证据通知书\n%s\n\n%s：\n" % (docno, opname))
        d.t("    我局正在侦查%s某某涉嫌%s一案（案件编号：A%s%s），根据《中华人民共和国刑事诉讼法》第五十四条之规定，请你单位协助调取以下证据：\n"
            % (subj.name[0], ["诈骗", "帮助信息网络犯罪活动", "侵犯公民个人信息"][ci], subj.reg[0] + "5000", "0" + digits(14)))
        d.p("    1. 手机号码 ", (fmt_mobile(smob, "plain"), "PHONE_NUMBER"), " 的机主登记信息（姓名、证件号码、登记地址、入网时间、SIM卡信息）；\n")
        d.t("    2. 该号码2024年%d月1日0时至2024年%d月30日24时的通话详单（含对端号码、基站小区、终端IMEI/MEID）；\n" % (4 + ci, 4 + ci))
        d.t("    3. 该号码上述期间的上网日志（含私网/公网IP地址及端口）。\n")
        if ci != 2:
            d.p("    另：被害人", (victim, "PERSON_NAME"), "于2024年%d月%d日通过其名下银行卡 " % (4 + ci, rng.randint(2, 28)),
                (fmt_card(vcard), "BANK_CARD_NUMBER"), " 向对方转账人民币%s元，请一并核查该号码是否绑定上述交易相关短信通知。\n" % format(rng.randint(3, 90) * 1000, ","))
        d.t("    伪造证据、隐匿证据或者毁灭证据的，将受法律追究。\n\n")
        d.t("    办案单位：%s%s\n" % (psb, ["刑侦支队", "网安大队", "刑事侦查支队"][ci]))
        d.p("    经办人：", (officer, "PERSON_NAME"), "（警号 %06d）、" % rng.randint(1, 999999), (officer2, "PERSON_NAME"),
            "（警号 %06d）\n    联系电话：" % rng.randint(1, 999999), (fmt_mobile(omob, rng.choice(["plain", "dash"])), "PHONE_NUMBER"),
            "    值班电话：%s\n" % gov_landline(area))
        d.t("    单位地址：%s\n%s2024年%d月%d日（公章）\n\n" % (psbaddr, " " * 48, 5 + ci, rng.randint(1, 9)))
        # reply
        d.t("-" * 72 + "\n关于协助调取证据的复函\n%s\n\n%s：\n" % (replyno, psb))
        d.t("    贵局《调取证据通知书》（%s）收悉。经我公司核查，现将有关情况函复如下：\n" % docno)
        d.t("一、号码登记信息\n")
        d.p("    号    码：", (fmt_mobile(smob, rng.choice(["sp", "plain"])), "PHONE_NUMBER"), "\n")
        d.p("    机主姓名：", (subj.name, "PERSON_NAME"), "        性别：", subj.sex, "\n")
        d.p("    证件类型：居民身份证    证件号码：", (subj.idw(), "CHINA_RESIDENT_ID_NUMBER"), "\n")
        d.p("    出生日期：", (fmt_dob(subj.dob, "cnpad"), "DATE_OF_BIRTH"), "\n")
        d.p("    登记地址：", (subj.addr, "STREET_ADDRESS"), "\n")
        alt = mobile()
        d.p("    联系电话：", (fmt_mobile(alt), "PHONE_NUMBER"), "（客户预留）\n")
        d.t("    入网时间：20%02d-%02d-%02d %02d:%02d:%02d    入网渠道：%s\n" % (rng.randint(15, 23), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59), ["社会渠道代理点", "线上渠道（实人认证）", "自有营业厅"][ci]))
        d.p("    SIM卡ICCID：", (iccid(opk), "ICCID_NUMBER"), "    IMSI：", (imsi(opk), "IMSI_ID"), "\n")
        d.t("    套餐：%s    当前状态：%s\n\n" % (["5G畅享套餐128元", "冰激凌套餐99元", "天翼畅享融合169元"][ci], ["正常", "单向停机", "正常"][ci]))
        devs = [imei() for _ in range(2)]
        dev_m = meid() if opk == "ct" else None
        contacts = [mobile() for _ in range(5)]
        n_cdr = 11
        d.t("二、通话详单（共%d条，节选%d条）\n" % (rng.randint(200, 900), n_cdr))
        d.t("序号  主叫号码        被叫号码        起始时间             时长(秒)  类型  终端标识          小区标识\n")
        t0 = dt.datetime(2024, 4 + ci, 3, 8, 0, 0)
        for k in range(n_cdr):
            t0 += dt.timedelta(seconds=rng.randint(600, 30000))
            svc = rng.random() < 0.15
            other = rng.choice(["10086", "95588", "10010", "4008123123", "106575551234", "10000"]) if svc else rng.choice(contacts)
            mo = rng.random() < 0.6
            d.t("%-4d  " % (k + 1))
            a_ = (fmt_mobile(smob, "plain"), "PHONE_NUMBER")
            b_ = (other, None if svc else "PHONE_NUMBER")
            x, y = (a_, b_) if mo else (b_, a_)
            d.p(x, " " * (16 - len(x[0])), y, " " * (16 - len(y[0])))
            d.t("%s  %-8d  %s  " % (t0.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(3, 900), "主叫" if mo else "被叫"))
            if dev_m and rng.random() < 0.5:
                d.v(dev_m, "MEID")
                d.t("    ")
            else:
                d.v(rng.choice(devs), "IMEI_HARDWARE_ID")
                d.t(" " * 3)
            d.v(ecgi(mnc), "CELL_ID")
            d.t("\n")
        d.t("\n三、上网日志（NAT地址转换记录，节选）\n")
        d.t("开始时间            结束时间            私网IP           公网IP:端口段            APN/DNN    终端\n")
        for k in range(6):
            t1 = t0 + dt.timedelta(seconds=rng.randint(100, 80000))
            t2 = t1 + dt.timedelta(seconds=rng.randint(60, 7200))
            if ci == 2 and k % 2:
                pv = ipv6()
                d.p(t1.strftime("%Y-%m-%d %H:%M:%S"), " ", t2.strftime("%Y-%m-%d %H:%M:%S"), " ", (pv, "IP_ADDRESS"), "  (IPv6，无NAT)  ctnet  ")
            else:
                priv = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
                pub = pub_ip()
                pb = rng.randint(1024, 64000)
                d.p(t1.strftime("%Y-%m-%d %H:%M:%S"), " ", t2.strftime("%Y-%m-%d %H:%M:%S"), " ", (priv, "IP_ADDRESS"),
                    " " * (17 - len(priv)), (pub, "IP_ADDRESS"), ":%d-%d" % (pb, pb + 63), " " * max(1, 13 - len(str(pb)) - len(str(pb + 63))),
                    ["cmnet", "3gnet", "ctnet"][ci], "      ")
            d.v(rng.choice(devs), "IMEI_HARDWARE_ID")
            d.t("\n")
        d.t("\n四、说明\n    1. 以上数据自我公司%s系统调取，系统版本 v%d.%d.%d，导出批次号 %s。\n"
            % (["BOSS", "cBSS", "CRM3.0"][ci], rng.randint(3, 9), rng.randint(0, 20), rng.randint(0, 99), hexs(16, True)))
        d.t("    2. 基站小区位置仅反映网络接入位置，与实际位置可能存在偏差。\n    3. 本函所附数据仅限本案侦查使用，请依法妥善保管。\n")
        contact = person_name()
        d.p("    联系人：", (contact, "PERSON_NAME"), "  电话：%s（办公）  " % gov_landline(area))
        if rng.random() < 0.99:
            d.p("手机：", (fmt_mobile(mobile()), "PHONE_NUMBER"))
        d.t("\n\n%s%s（信息安全部 盖章）\n%s地址：%s  客服热线：%s\n%s2024年%d月%d日\n\n"
            % (" " * 30, opname, " " * 30, opaddr, ["10086", "10010", "10000"][ci], " " * 48, 5 + ci, rng.randint(10, 20)))
    return d


@register
def f_shebao():
    d = Doc("shebao_jiaofei_202405.txt")
    org = uscc("110105")
    d.t("H|%s|中国移动通信集团北京有限公司朝阳分公司|单位社保编号 11010500%06d|费款所属期 202405|申报日期 20240515|记录数 032|版本 SB-V3.2\r\n" % (org, rng.randint(0, 999999)))
    d.t("# 序号 社会保障号码       姓名        性别 出生日期 险种 缴费基数   单位缴费   个人缴费   所属期 工资卡号            手机号\r\n")

    def gbk_pad(s, w):
        width = sum(2 if ord(c) > 127 else 1 for c in s)
        return " " * max(0, w - width)
    tot_u = tot_p = 0.0
    for i in range(1, 33):
        p = P(y0=1965, y1=2001)
        nm = p.name if "·" not in p.name else "巴特尔"
        base = rng.choice([6326, 7500, 9800, 12000, 15800, 22000, 33891])
        for xz, ur, pr in [("110", 0.16, 0.08)]:
            u, pp = base * ur, base * pr
            tot_u += u
            tot_p += pp
            card = bank_card(rng.choice(["中国工商银行", "中国建设银行", "招商银行"]))[0]
            d.t("D %04d " % i)
            d.v(p.idw(), "CHINA_RESIDENT_ID_NUMBER")
            d.t(" ")
            d.v(nm, "PERSON_NAME")
            d.t(gbk_pad(nm, 12) + ("1" if p.male else "2") + "    ")
            d.v(p.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH")
            d.t(" %s  %10.2f %10.2f %10.2f 202405 " % (xz, base, u, pp))
            d.v(card, "BANK_CARD_NUMBER")
            d.t(" " * (20 - len(card)))
            d.v(p.mobile, "PHONE_NUMBER")
            d.t("\r\n")
    d.t("T|032|%.2f|%.2f|%.2f|校验 %s\r\n" % (tot_u, tot_p, tot_u + tot_p, hexs(32)))
    return d


@register
def f_gjj():
    d = Doc("gjj_huijiao_202405.xml")
    org = uscc("440305")
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<GJJ_HJ_REQ version="2.1">\n  <HEAD>\n')
    d.t("    <JYDM>HJ0201</JYDM>\n    <JYLSH>%s</JYLSH>\n    <JYSJ>2024-05-20T10:31:%02d.%03d+08:00</JYSJ>\n" % ("HJ" + digits(18), rng.randint(0, 59), rng.randint(0, 999)))
    d.t("    <DWZH>%s</DWZH>\n    <DWMC>中国联合网络通信有限公司深圳市分公司</DWMC>\n    <TYSHXYDM>%s</TYSHXYDM>\n" % (digits(12), org))
    d.t("    <DWDZ>深圳市福田区益田路6009号</DWDZ>\n    <JBRDH>0755-%s</JBRDH>\n    <HJNY>202405</HJNY>\n    <ZBS>38</ZBS>\n  </HEAD>\n  <BODY>\n" % ("8" + digits(7)))
    total = 0
    for i in range(38):
        p = P(reg=REGIONS[5] if rng.random() < 0.6 else None, y0=1968, y1=2001)
        jcjs = rng.choice([2360, 5000, 8800, 12500, 18000, 26000, 41190])
        amt = round(jcjs * 0.12)
        total += amt * 2
        zjlx, zjhm, typ = "01", p.idw(), "CHINA_RESIDENT_ID_NUMBER"
        r = rng.random()
        if r < 0.05:
            zjlx, zjhm, typ = "02", passport(), "CHINA_PASSPORT"
        elif r < 0.1:
            zjlx, zjhm, typ = "05", home_return_permit(), "HK_MACAU_TRAVEL_PERMIT"
        d.t('    <GRXX XH="%d">\n' % (i + 1))
        d.p("      <XINGMING>", (p.name, "PERSON_NAME"), "</XINGMING>\n")
        d.p("      <ZJLX>%s</ZJLX>\n      <ZJHM>" % zjlx, (zjhm, typ), "</ZJHM>\n")
        if rng.random() < 0.5:
            d.p("      <CSNY>", (p.dob.strftime("%Y-%m-%d"), "DATE_OF_BIRTH"), "</CSNY>\n")
        d.t("      <GRZH>%s</GRZH>\n      <JCJS>%.2f</JCJS>\n      <DWJCBL>0.12</DWJCBL>\n      <GRJCBL>0.12</GRJCBL>\n      <DWYJCE>%.2f</DWYJCE>\n      <GRYJCE>%.2f</GRYJCE>\n"
            % (digits(12), jcjs, amt, amt))
        d.p("      <SJHM>", (fmt_mobile(p.mobile, rng.choice(["plain", "plain", "plus"])), "PHONE_NUMBER"), "</SJHM>\n")
        if rng.random() < 0.7:
            d.p("      <YHZH>", (bank_card()[0], "BANK_CARD_NUMBER"), "</YHZH>\n")
        else:
            d.t("      <YHZH/>\n")
        d.t("    </GRXX>\n")
    d.t("  </BODY>\n  <TAIL><HJZE>%.2f</HJZE><SIGN>%s</SIGN></TAIL>\n</GJJ_HJ_REQ>\n" % (total, base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode()))
    return d


@register
def f_12345():
    d = Doc("hotline_12345_workorders.json")
    cats = ["噪音扰民", "占道停车", "电信服务", "物业管理", "供暖", "骚扰电话", "垃圾清运"]
    units = ["朝阳区望京街道办事处", "海淀区城市管理指挥中心", "中国移动北京公司", "西城区住房和城乡建设委员会", "北京市通信管理局", "朝阳区交通支队"]
    rows = []
    for i in range(34):
        p = P(reg=REGIONS[rng.choice([0, 1, 2])])
        cat = rng.choice(cats)
        callno = fmt_mobile(p.mobile, "plain")
        content = []
        if cat == "占道停车":
            content = ["市民反映：", L(p.addr, "STREET_ADDRESS"), "楼下消防通道长期被车牌号为", L(plate("京"), "CHINA_LICENSE_PLATE"),
                       "的车辆占用，多次联系物业未果，诉求尽快处理。"]
        elif cat == "骚扰电话":
            content = ["市民反映其手机号近一周每天接到号码", L(fmt_mobile(mobile(), rng.choice(["plain", "sp"])), "PHONE_NUMBER"),
                       "的推销电话，另有固话", L(landline("010"), "PHONE_NUMBER"), "多次来电，要求运营商核查处理。来电人已向12321举报。"]
        elif cat == "电信服务":
            acct = mobile()
            content = ["来电人称其名下号码", L(fmt_mobile(acct), "PHONE_NUMBER"), "被异地办理副卡，身份证号", L(p.idw(), "CHINA_RESIDENT_ID_NUMBER"),
                       "，要求运营商核实并注销。运营商客服工单号", "CM%s" % digits(16), "。"]
        elif cat == "噪音扰民":
            content = ["来电人", L(p.name, "PERSON_NAME"), "反映：其住址", L(p.addr, "STREET_ADDRESS"), "，楼上住户夜间23点后持续噪音，希望社区协调。"]
        else:
            content = ["市民反映小区%s问题，问题地点：%s%s附近，希望相关部门处理。" % (cat, p.reg[3], rng.choice(["望京SOHO", "中关村大街", "西直门外大街", "酒仙桥路"]))]
        day = rng.randint(1, 30)
        row = {
            "gdbh": "%s%s" % ("BJ12345-2024%02d%02d-" % (6, day), digits(6)),
            "ldsj": "2024-06-%02d %02d:%02d:%02d" % (day, rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)),
            "ldhm": L(callno, "PHONE_NUMBER"),
            "lxr": L(p.name, "PERSON_NAME") if rng.random() < 0.85 else p.name[0] + "先生" if p.male else p.name[0] + "女士",
            "lxdh": L(fmt_mobile(p.mobile, rng.choice(["plain", "dash", "sp"])), "PHONE_NUMBER"),
            "sqlb": cat,
            "sqnr": content,
            "cbdw": rng.choice(units),
            "jjcd": rng.choice(["一般", "紧急"]),
            "blsx": "2024-07-%02d 17:30:00" % rng.randint(1, 15),
            "zt": rng.choice(["已办结", "办理中", "已回访"]),
            "hfmyd": rng.choice(["满意", "基本满意", "不满意", ""]),
            "ts": 1717171200000 + rng.randint(0, 2592000000),
        }
        if rng.random() < 0.4:
            row["bz"] = "来电人同意公开诉求内容，不同意公开个人信息；回访号码 " + mask_mobile(p.mobile)
        rows.append(row)
    d.t('{"code":200,"msg":"操作成功","data":{"total":%d,"pageNo":3,"pageSize":34,"rows":' % (rng.randint(3000, 9000)))
    d.t("[")
    for i, row in enumerate(rows):
        if i:
            d.t(",")
        d.t("\n  {")
        first = True
        for k, val in row.items():
            if not first:
                d.t(",")
            first = False
            d.t('"%s":' % k)
            if k == "sqnr":
                d.t('"')
                for part in val:
                    if isinstance(part, L):
                        d.v(part.value, part.typ)
                    else:
                        d.t(part)
                d.t('"')
            else:
                json_write(d, val)
        d.t("}")
    d.t("\n]}}\n")
    return d


@register
def f_miit():
    d = Doc("miit_complaints_export.csv")
    csv_row(d, ["申诉编号", "受理日期", "申诉人", "联系电话", "电子邮箱", "被申诉企业", "申诉号码", "申诉类别", "申诉内容", "企业处理情况", "办结时限", "是否满意"])
    cats = ["擅自开通增值业务", "携号转网受阻", "骚扰电话", "个人信息泄露", "资费争议", "宽带服务质量", "销户受阻"]
    mails = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "139.com", "outlook.com"]
    py = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo"]
    for i in range(37):
        p = P()
        num = mobile()
        corp = rng.choice(["中国移动", "中国联通", "中国电信", "中国广电", "某虚拟运营商"])
        cat = rng.choice(cats)
        r = rng.random()
        if r < 0.4:
            mail = "%s%s%d@%s" % (rng.choice(py), rng.choice(py), rng.randint(1, 9999), rng.choice(mails))
        elif r < 0.7:
            mail = "%d@qq.com" % rng.randint(10000000, 3999999999)
        elif r < 0.85:
            mail = "%s.%s@%s" % (rng.choice(py), rng.choice(["xm", "lw", "jh", "yf"]), rng.choice(mails))
        else:
            mail = ""
        content = []
        if cat == "个人信息泄露":
            content = ["本人号码", L(fmt_mobile(num, rng.choice(["plain", "dash"])), "PHONE_NUMBER"), "办理宽带后频繁收到装修、贷款推销电话，怀疑营业厅泄露本人姓名和住址（",
                       L(p.addr, "STREET_ADDRESS"), "），要求企业说明信息处理情况并赔偿。"]
        elif cat == "携号转网受阻":
            content = ["申请携出时提示存在合约（合约编号", "HY%s" % digits(12), "），本人已于2023年到期，客服10086称需到营业厅办理，请求协调。"]
        elif cat == "擅自开通增值业务":
            content = ["号码", L(fmt_mobile(num), "PHONE_NUMBER"), "每月被扣视频彩铃、云盘等增值费用合计%.2f元，本人从未订购，要求退费。订购流水号%s。" % (rng.uniform(5, 60), digits(20))]
        elif cat == "骚扰电话":
            content = ["号码", L(fmt_mobile(mobile()), "PHONE_NUMBER"), "每天多次来电推销，已在手机上标记，仍持续来电，要求关停该号码。"]
        elif cat == "销户受阻":
            content = ["本人（身份证", mask_id(p.id), "）在外地无法销户，客服要求回归属地营业厅，申请异地销户。"]
        else:
            content = ["%s问题，已联系客服（工单号%s）未解决。" % (cat, digits(18))]
        text_cell = "".join(x.value if isinstance(x, L) else x for x in content)
        # write row manually so inline labels in the quoted text cell keep their offsets
        cells = ["1%04d%02d%02d%05d" % (2024, rng.randint(4, 6), rng.randint(1, 28), rng.randint(1, 99999)),
                 "2024-%02d-%02d" % (rng.randint(4, 6), rng.randint(1, 28)), L(p.name, "PERSON_NAME"),
                 L(fmt_mobile(p.mobile, rng.choice(["plain", "plain", "sp", "p86d"])), "PHONE_NUMBER"),
                 L(mail, "EMAIL_ADDRESS") if mail else "", corp, L(fmt_mobile(num, "plain"), "PHONE_NUMBER"), cat]
        csv_row(d, cells, eol="")
        d.t(',"')
        for x in content:
            if isinstance(x, L):
                d.v(x.value, x.typ)
            else:
                d.t(x.replace('"', '""'))
        d.t('"')
        assert '"' not in text_cell
        csv_row(d, [""] + [rng.choice(["经核查，已为用户退订并退费%.2f元，处理结果已通过12300回访。" % rng.uniform(5, 60), "企业已与用户沟通，用户接受处理方案。", "已协调携出，授权码已下发至申诉号码。", "正在核查中，预计%d个工作日内回复。" % rng.randint(3, 10)]),
                           "2024-%02d-%02d" % (rng.randint(5, 7), rng.randint(1, 28)), rng.choice(["是", "否", "未评价"])])
    return d


@register
def f_zwfw_log():
    d = Doc("zwfw_app_gateway.log")
    t = dt.datetime(2024, 6, 11, 8, 30, 0)
    threads = ["http-nio-8080-exec-%d" % i for i in range(1, 40)]
    for i in range(34):
        p = P()
        t += dt.timedelta(milliseconds=rng.randint(2000, 90000))
        ip = pub_ip() if rng.random() < 0.85 else ipv6()
        trace = hexs(32)
        dev = imei()
        macs = mac()
        clock = [t]

        def stamp():
            clock[0] += dt.timedelta(milliseconds=rng.randint(3, 400))
            return clock[0].strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        th = rng.choice(threads)
        uidn = "U" + digits(12)
        # 1. real-name verification request
        d.p(stamp(), " INFO  [", th, "] c.g.z.auth.RealNameController - realNameVerify traceId=", trace, " clientIp=", (ip, "IP_ADDRESS"),
            " req={name=", (p.name, "PERSON_NAME"), ", idType=", "01", ", idNo=", (p.idw(), "CHINA_RESIDENT_ID_NUMBER"), ", mobile=",
            (fmt_mobile(p.mobile, rng.choice(["plain", "plain", "plus"])), "PHONE_NUMBER"), ", channel=ANDROID, appVer=", "4.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30)), "}\n")
        # 2. upstream to public-security identity platform (server addresses are not labelled)
        d.t("%s INFO  [%s] c.g.z.auth.CtidClient - call upstream https://10.%d.%d.%d:8443/ctid/v2/verify cost=%dms resultCode=%s traceId=%s\n"
            % (stamp(), th, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.randint(80, 900), rng.choice(["0000", "0000", "0000", "1002"]), trace))
        # 3. face check
        score = rng.uniform(0.45, 0.99)
        d.p(stamp(), " INFO  [", th, "] c.g.z.face.FaceVerifyService - faceCheck bizToken=", uid(), " live=", rng.choice(["ACTION", "SILENT", "LIP"]),
            " similarity=%.4f threshold=0.8000 passed=%s userId=%s\n" % (score, "true" if score >= 0.8 else "false", uidn))
        if score < 0.8:
            d.p(stamp(), " WARN  [", th, "] c.g.z.face.FaceVerifyService - face mismatch, name=", (p.name, "PERSON_NAME"), " idNo=", mask_id(p.id),
                " retry=%d/3\n" % rng.randint(1, 3))
            continue
        if rng.random() < 0.15:
            d.p(stamp(), " DEBUG [", th, "] c.g.z.auth.LegacyPwdLogin - verify account=", (fmt_mobile(p.mobile, "plain"), "PHONE_NUMBER"),
                " password=", (rng.choice(["Zw@", "abc", "Qq", "Hb#", "Ly"]) + digits(rng.randint(4, 8)) + rng.choice(["", "!", "xx", "@zw"]), "CREDENTIAL"),
                " result=OK (deprecated, remove in 4.8)\n")
        # 4. login + device
        lat, lng = rng.uniform(39.75, 40.1), rng.uniform(116.2, 116.6)
        dev_fields = rng.random()
        d.p(stamp(), " INFO  [", th, "] c.g.z.auth.LoginService - login success userId=", uidn, " loginType=", rng.choice(["FACE", "SMS", "PWD"]),
            " deviceId=", (dev, "IMEI_HARDWARE_ID"), " mac=", (macs, "MAC_ADDRESS"), " model=", rng.choice(["HUAWEI NOH-AN00", "Xiaomi 2211133C", "OPPO PGT-AN10", "vivo V2241A", "iPhone15,2"]),
            " os=", rng.choice(["HarmonyOS 4.0.0", "Android 13", "Android 14", "iOS 17.5.1"]), " loc=")
        d.v("%.6f,%.6f" % (lng, lat), "LOCATION_COORDINATES")
        d.t(" ip=")
        d.v(ip, "IP_ADDRESS")
        d.t("\n")
        # 5. token issue (sometimes logged in debug)
        if rng.random() < 0.45:
            d.p(stamp(), " DEBUG [", th, "] c.g.z.auth.TokenService - issue accessToken=", (jwt(), "CREDENTIAL"), " refreshToken=", (b64url(24), "CREDENTIAL"),
                " expiresIn=7200\n")
        else:
            d.t("%s DEBUG [%s] c.g.z.auth.TokenService - issue accessToken=eyJhbGciOi***(masked) expiresIn=7200 sessionCount=%d\n" % (stamp(), th, rng.randint(1, 4)))
        # 6. service access
        if rng.random() < 0.6:
            svc = rng.choice(["社保查询", "公积金提取", "不动产登记预约", "出入境证件办理", "出入境证件办理", "出入境证件办理", "个税汇算"])
            if svc == "出入境证件办理":
                d.p(stamp(), " INFO  [", th, "] c.g.z.biz.ExitEntryService - apply endorsement type=港澳 permitNo=", (hk_permit(), "HK_MACAU_TRAVEL_PERMIT"),
                    " holder=", (p.name, "PERSON_NAME"), " orderNo=", "CRJ" + digits(15), "\n")
            else:
                d.t("%s INFO  [%s] c.g.z.biz.ServiceRouter - route service=%s itemCode=%s userId=%s cost=%dms\n"
                    % (stamp(), th, svc, "11%s%s" % (p.reg[0], digits(8)), uidn, rng.randint(20, 400)))
    d.t("%s ERROR [scheduler-1] c.g.z.sys.HealthCheck - redis 10.12.8.31:6379 timeout after 3000ms, version=7.0.11\n" % (t.strftime("%Y-%m-%d %H:%M:%S.") + "512"))
    return d


@register
def f_grid():
    d = Doc("grid_roster_community.csv")
    d.t("\ufeff")
    csv_row(d, ["网格信息", "", "", "人员基本信息", "", "", "", "", "", "", "居住信息", "", "", "其他", ""])
    csv_row(d, ["网格编号", "户编号", "与户主关系", "姓名", "性别", "民族", "出生日期", "公民身份号码", "联系电话", "政治面貌",
                "现居住地址", "人户状态", "机动车号牌", "重点人群标识", "备注"])
    reg = REGIONS[9]  # 洪山区
    for h in range(1, 16):
        head = P(reg=reg, y0=1950, y1=1985)
        haddr = address(reg)
        grid = "420111003%03d" % rng.randint(1, 30)
        hu = "H%04d" % h
        members = [("户主", head)]
        if rng.random() < 0.8:
            members.append(("配偶", P(reg=reg, y0=head.dob.year - 4, y1=head.dob.year + 4, male=not head.male)))
        for _ in range(rng.choice([0, 1, 1, 2])):
            ch = P(reg=reg, y0=min(head.dob.year + 22, 2015), y1=min(head.dob.year + 35, 2018))
            members.append(("子" if ch.male else "女", ch))
        if rng.random() < 0.2:
            members.append(("母亲", P(reg=reg, y0=1935, y1=1950, male=False)))
        for rel, m in members:
            m.name = (head.name[0] + m.name[1:]) if rel in ("子", "女") and rng.random() < 0.9 else m.name
            young = m.dob.year >= 2010
            phone = "" if young and rng.random() < 0.7 else (L(fmt_mobile(m.mobile, rng.choice(["plain", "plain", "fw", "dash"])), "PHONE_NUMBER") if rng.random() < 0.85 else L(landline("027"), "PHONE_NUMBER"))
            pl = L(plate("鄂A"), "CHINA_LICENSE_PLATE") if rel == "户主" and rng.random() < 0.5 else ""
            flag = rng.choice(["", "", "", "独居老人", "残疾人", "退役军人", "低保户"]) if rel == "户主" or rel == "母亲" else ""
            note = rng.choice(["", "", "租户，房东电话见户主", "长期在外务工", "2024年6月入户走访", "学生，在校住宿"])
            csv_row(d, [grid, hu, rel, L(m.name, "PERSON_NAME"), "男" if m.male else "女", rng.choice(["汉族"] * 9 + ["土家族", "回族"]),
                        L(fmt_dob(m.dob, rng.choice(["iso", "cnpad", "dot"])), "DATE_OF_BIRTH"), L(m.idw(), "CHINA_RESIDENT_ID_NUMBER"),
                        phone, rng.choice(["群众", "群众", "中共党员", "共青团员"]), L(haddr, "STREET_ADDRESS"),
                        rng.choice(["人户一致", "人在户不在", "户在人不在"]), pl, flag, note])
    csv_row(d, ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "填报人：网格员（工号WG0%04d） 社区服务电话：%s 导出：2024-06-28" % (rng.randint(1, 9999), gov_landline("027"))])
    return d


@register
def f_itinerary():
    d = Doc("itinerary_card_query.jsonl")
    cities = ["北京市", "天津市", "石家庄市", "上海市", "杭州市", "南京市", "广州市", "深圳市", "武汉市", "成都市", "西安市", "郑州市", "长沙市", "呼和浩特市", "乌鲁木齐市"]
    for i in range(46):
        op = rng.choice(["cmcc", "cu", "ct"])
        n = mobile({"cmcc": CMCC, "cu": CU, "ct": CT}[op])
        mnc = {"cmcc": "00", "cu": "01", "ct": "11"}[op]
        qt = dt.datetime(2022, rng.randint(3, 11), rng.randint(1, 28), rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59))
        visited = rng.sample(cities, rng.randint(1, 4))
        trip = []
        for c in visited:
            first = qt - dt.timedelta(days=rng.randint(1, 14))
            trip.append({"city": c, "firstSeen": first.strftime("%Y-%m-%d"), "lastSeen": (first + dt.timedelta(days=rng.randint(0, 5))).strftime("%Y-%m-%d")})
        obj = {
            "reqId": hexs(24),
            "queryTime": int(qt.timestamp() * 1000) + rng.randint(0, 999),
            "msisdn": L(n if rng.random() < 0.8 else "86" + n, "PHONE_NUMBER"),
            "displayMsisdn": mask_mobile(n),
            "carrier": op.upper(),
            "imsi": L(imsi(op), "IMSI_ID"),
            "trips14d": trip,
        }
        if op == "ct" and rng.random() < 0.5:
            obj["meid"] = L(meid(), "MEID")
        obj.update({
            "starFlag": rng.random() < 0.15,
            "riskArea": rng.choice(["", "", "", "朝阳区高风险区", "黄浦区中风险区"]),
            "lastCell": {"tac": rng.randint(4096, 65000), "ci": L(str(rng.randint(10000000, 268435455)), "CELL_ID", raw=True) if rng.random() < 0.5 else L(ecgi(mnc), "CELL_ID")},
            "smsCode": "sent",
            "channel": rng.choice(["wechat-miniapp", "alipay", "sms-8086", "app"]),
            "ver": "3.%d.%d" % (rng.randint(0, 5), rng.randint(0, 20)),
        })
        if rng.random() < 0.25:
            obj["sharedTo"] = {"phone": L(fmt_mobile(mobile(), "plain"), "PHONE_NUMBER"), "purpose": "健康码核验"}
        json_write(d, obj)
        d.t("\n")
    return d


@register
def f_subsidy():
    d = Doc("subsidy_payment_list.csv")
    d.t("2024年第二季度城乡居民高龄津贴及耕地地力保护补贴“一卡通”发放清册（洪山区某街道）,,,,,,,,,,,\n")
    csv_row(d, ["序号", "社区/村", "姓名", "身份证号码", "社会保障卡金融账号", "开户银行", "补贴项目", "发放标准(元)", "发放金额(元)", "联系电话", "代领人", "备注"], eol="\n")
    reg = REGIONS[9]
    total = 0
    for i in range(1, 45):
        old = rng.random() < 0.6
        p = P(reg=reg, y0=1930 if old else 1955, y1=1944 if old else 1975)
        card, bank = bank_card(rng.choice(["中国农业银行", "中国邮政储蓄银行", "中国建设银行"]))
        item = "高龄津贴" if old else "耕地地力保护补贴"
        std = rng.choice([100, 200, 300]) if old else round(rng.uniform(80, 150), 2)
        amt = std * 3 if old else round(std * rng.uniform(1.5, 8), 2)
        total += amt
        agent = ""
        if old and rng.random() < 0.3:
            agent = L(person_name(), "PERSON_NAME")
        phone = L(fmt_mobile(p.mobile, rng.choice(["plain", "plain", "dash"])), "PHONE_NUMBER") if rng.random() < 0.85 else ""
        csv_row(d, [str(i), rng.choice(["珞南社区", "关山村", "卓刀泉村", "洪山社区"]), L(p.name, "PERSON_NAME"), L(p.idw(), "CHINA_RESIDENT_ID_NUMBER"),
                    L(fmt_card(card, rng.choice(["plain", "plain", "sp"])), "BANK_CARD_NUMBER"), bank, item, "%.2f" % std, "%.2f" % amt, phone, agent,
                    rng.choice(["", "", "", "卡号变更", "首次发放", "补发2024年1月"])], eol="\n")
    csv_row(d, ["合计", "", "", "", "", "", "", "", "%.2f" % total, "", "", "审核人：街道民政办  监督电话：12345 / %s" % gov_landline("027")], eol="\n")
    return d


@register
def f_shixin():
    d = Doc("shixin_notice_pdf.txt")
    court = "南京市鼓楼区人民法院"
    d.t("%s\n关于公布失信被执行人名单的公告\n（2024）第3期\n\n" % court)
    d.t("    根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，本院将下列拒不履行生效法律文书确定义务的被执行人纳入失信被执行人名单，予以公布。"
        "被执行人如已履行义务，可持相关凭证向本院申请删除失信信息。咨询电话：%s；举报电话：12368。\n\n" % gov_landline("025"))
    page = 1
    for i in range(1, 46):
        if i % 9 == 1 and i > 1:
            page += 1
            d.t("\n\f— %d —\n\n" % page)
        if rng.random() < 0.15:
            corp = rng.choice(["南京某某贸易有限公司", "江苏某某建设工程有限公司", "南京某科技有限公司", "南京鼓楼某某餐饮店"])
            rep = person_name()
            d.p("%d. 被执行人：%s\n   统一社会信用代码：%s\n   法定代表人：" % (i, corp, uscc("320106")), (rep, "PERSON_NAME"), "\n")
        else:
            p = P(reg=REGIONS[8] if rng.random() < 0.7 else None, y0=1955, y1=1998)
            age = 2024 - p.dob.year
            d.p("%d. 被执行人：" % i, (p.name, "PERSON_NAME"), "，%s，%d岁，" % (p.sex, age))
            if rng.random() < 0.8:
                d.t("身份证号码：%s\n" % (p.id[:10] + "****" + p.id[14:] if rng.random() < 0.5 else mask_id(p.id)))
            else:
                d.p("身份证号码：", (p.idw(), "CHINA_RESIDENT_ID_NUMBER"), "\n")
            if rng.random() < 0.5:
                d.p("   住所地：", (p.addr, "STREET_ADDRESS"), "\n")
        y = rng.choice([2022, 2023, 2024])
        d.t("   执行案号：（%d）苏0106执%d号    执行依据：（%d）苏0106民初%d号民事判决书\n" % (y, rng.randint(100, 9999), y - 1, rng.randint(1000, 19999)))
        d.t("   申请执行人：%s\n" % rng.choice(["中国工商银行股份有限公司南京分行", "招商银行股份有限公司南京分行", "某小额贷款有限公司"]) if rng.random() < 0.4 else "   申请执行人：")
        if not d.buf[-1].endswith(b"\n"):
            d.v(person_name(), "PERSON_NAME")
            d.t("\n")
        d.t("   未履行金额：%s元   失信情形：%s\n   发布日期：2024-0%d-%02d\n\n" % (format(round(rng.uniform(3000, 900000), 2), ",.2f"),
            rng.choice(["有履行能力而拒不履行生效法律文书确定义务", "违反限制消费令", "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"]), rng.randint(4, 6), rng.randint(1, 28)))
    d.t("\n%s\n2024年6月28日\n（本公告同时在中国执行信息公开网 zxgk.court.gov.cn 发布）\n" % court)
    return d


@register
def f_traffic():
    d = Doc("traffic_violation_notices.xml")
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<!-- 交通违法短信告知推送批次，运营商短信通道 106900001221 -->\n<WFTZ_BATCH pch="%s" sl="28" scsj="2024-06-12 03:00:00">\n' % ("PC" + digits(14)))
    roads = [("深南大道与科苑路交叉口", 113.9441, 22.5408), ("北环大道留仙洞段", 113.9480, 22.5730), ("滨海大道后海段", 113.9512, 22.5123), ("南海大道桃园路口", 113.9297, 22.5392)]
    codes = [("1352", "机动车违反禁令标志指示的", 100, 3), ("1625", "驾驶机动车违反道路交通信号灯通行的", 200, 6), ("1039", "机动车违反规定停放、临时停车，驾驶人不在现场的", 150, 0), ("6046", "驾驶中型以上载客载货汽车在高速公路以外道路上行驶超过规定时速10%未达20%的", 200, 3)]
    for i in range(28):
        p = P(reg=REGIONS[5] if rng.random() < 0.75 else None, y0=1960, y1=2002)
        road, lng, lat = rng.choice(roads)
        code, desc, fine, pts = rng.choice(codes)
        t = dt.datetime(2024, 6, rng.randint(1, 11), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        d.t('  <WFXX xh="%d">\n' % (i + 1))
        d.p("    <HPHM>", (plate("粤B"), "CHINA_LICENSE_PLATE"), "</HPHM><HPZL>%s</HPZL>\n" % rng.choice(["02", "02", "52", "01"]))
        d.t("    <WFBH>%s</WFBH>\n" % ("4403" + digits(11)))
        d.p("    <JSRXM>", (p.name, "PERSON_NAME"), "</JSRXM>\n")
        d.p("    <JSZH>", (p.idw(), "CHINA_RESIDENT_ID_NUMBER"), "</JSZH><DABH>%s</DABH>\n" % ("4403" + digits(8)))
        d.p("    <SJHM>", (fmt_mobile(p.mobile, "plain"), "PHONE_NUMBER"), "</SJHM>\n")
        if rng.random() < 0.6:
            d.p("    <ZSXXDZ>", (p.addr, "STREET_ADDRESS"), "</ZSXXDZ>\n")
        d.t("    <WFSJ>%s</WFSJ><WFDD>%s</WFDD><WFDZ>深圳市南山区%s</WFDZ>\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), "440305" + digits(4), road))
        d.p("    <JD>", ("%.6f" % (lng + rng.uniform(-0.0008, 0.0008)), "LOCATION_COORDINATES"), "</JD><WD>",
            ("%.6f" % (lat + rng.uniform(-0.0008, 0.0008)), "LOCATION_COORDINATES"), "</WD>\n")
        d.t("    <WFXW>%s</WFXW><WFMS>%s</WFMS><FKJE>%d</FKJE><WFJFS>%d</WFJFS>\n" % (code, desc, fine, pts))
        d.t("    <SBBH>%s</SBBH><CJJG>440305000000</CJJG><CLJG>深圳市公安局交通警察支队南山大队</CLJG>\n" % ("SZNS" + hexs(8, True)))
        d.t("    <DXNR>【深圳交警】您的车辆于%s在%s%s，请于15日内处理。详询12123或0755-%s。退订回T</DXNR>\n" % (t.strftime("%m月%d日%H:%M"), road, desc[:12], "8" + digits(7)))
        d.t("  </WFXX>\n")
    d.t("</WFTZ_BATCH>\n")
    return d


@register
def f_gongshi():
    d = Doc("gongshi_dibao_pdf.txt")
    d.t("西安市雁塔区小寨路街道办事处\n2024年6月城乡居民最低生活保障新增对象公示\n\n")
    d.t("    根据《陕西省最低生活保障审核确认办法》规定，经个人申请、入户调查、民主评议、街道审核，现将拟新增低保对象名单公示如下，公示期7天（2024年6月20日至6月26日）。"
        "如有异议，请向街道民政办反映。监督电话：%s（街道）、%s（区民政局），或拨打12345市民热线。\n\n" % (gov_landline("029"), gov_landline("029")))
    d.t("序号  社区        申请人    身份证号            家庭人口  保障类别      月保障金(元)  备注\n")
    for i in range(1, 49):
        p = P(reg=REGIONS[11])
        d.t("%-4d  %s  " % (i, rng.choice(["长延堡社区", "吉祥村社区", "小寨东路社区", "西八里村"])))
        d.v(p.name, "PERSON_NAME")
        d.t(" " * max(1, 10 - 2 * len(p.name)))
        d.t(mask_id(p.id))
        d.t("  %d         %-8s  %8.2f      %s\n" % (rng.randint(1, 5), rng.choice(["A类", "B类", "C类"]), rng.choice([780, 450, 320]) * rng.randint(1, 3), rng.choice(["", "", "残疾", "重病", "单亲"])))
        if i % 16 == 0:
            d.t("\n\f第 %d 页 共 3 页\n\n" % (i // 16))
    d.t("\n其中：申请人")
    for k in range(3):
        d.v(person_name(), "PERSON_NAME")
        d.t("、" if k < 2 else "")
    d.t("等3户为“单人户”纳入，其共同生活家庭成员信息见附件（不公开）。\n\n小寨路街道办事处（盖章）\n2024年6月19日\n")
    d.t("地址：西安市雁塔区长安中路%d号  统一社会信用代码：%s\n" % (rng.randint(1, 200), uscc("610113", "11")))
    return d


@register
def f_opendata():
    d = Doc("opendata_pharmacy_licences.csv")
    key = hexs(32)
    d.t("# 数据来源：深圳市政府数据开放平台  数据集：药品零售企业许可信息  更新频率：每月  记录数：38\n")
    d.p("# 接口调用示例：https://opendata.sz.gov.cn/api/29200_00403601/1/service.xhtml?page=1&rows=100&appKey=", (key, "CREDENTIAL"), "\n")
    csv_row(d, ["XKZH", "QYMC", "TYSHXYDM", "ZCDZ", "JYDZ", "FDDBR", "QYFZR", "ZLFZR", "JYFS", "FZRQ", "YXQZ", "JD", "WD", "LXDH"], eol="\n")
    for i in range(38):
        st = rng.choice(["科苑南路", "南山大道", "桃园路", "前海路", "创业路", "学府路"])
        no = rng.randint(1, 3999)
        name = "深圳市%s%s大药房%s" % (rng.choice(["南山区", ""]), rng.choice(["海王星辰", "国大", "中联", "一致", "万泽", "康泰"]), rng.choice(["有限公司", "连锁有限公司%s分店" % st]))
        addr = "深圳市南山区%s%d号%s" % (st, no, rng.choice(["一楼", "101", "A栋1层", "商铺1-12"]))
        fd = dt.date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))
        tel = rng.choice([gov_landline("0755"), gov_landline("0755"), "400-%03d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999))])
        csv_row(d, ["粤CB755%04d" % rng.randint(1, 9999), name, uscc("440305", rng.choice(["91", "91", "92"])), addr, addr, L(person_name(), "PERSON_NAME"), L(person_name(), "PERSON_NAME"),
                    L(person_name(), "PERSON_NAME"), rng.choice(["零售（连锁）", "零售"]), fd.isoformat(), fd.replace(year=fd.year + 5).isoformat(),
                    "%.6f" % rng.uniform(113.88, 113.98), "%.6f" % rng.uniform(22.48, 22.60), tel], eol="\n")
    return d


@register
def f_letter():
    d = Doc("official_letter_fraud_cards.txt")
    d.t("广东省通信管理局\n粤通管函〔2024〕118号\n\n关于对涉诈高风险电话卡开展二次实人核验的通知\n\n各基础电信企业广东省分公司：\n")
    d.t("    根据省反诈中心推送的高风险号码清单（批次号FZ-2024-0611-07，共1,286个），请各单位于2024年6月20日前完成二次实人核验，"
        "未通过核验的号码一律予以停机，并将处置结果于6月25日前报送我局网络安全管理处。联系人：")
    c1 = person_name()
    d.p((c1, "PERSON_NAME"), "，电话：%s。\n\n" % gov_landline("020"))
    d.t("广东省通信管理局\n2024年6月11日\n（此件主动公开：否；抄送：工业和信息化部网络安全管理局）\n\n")
    d.t("-" * 60 + "\n中国联合网络通信有限公司广东省分公司\n粤联函〔2024〕221号\n\n关于涉诈高风险电话卡二次实人核验处置情况的报告\n\n广东省通信管理局：\n")
    d.t("    我公司收到《关于对涉诈高风险电话卡开展二次实人核验的通知》（粤通管函〔2024〕118号）后，立即组织开展核验。"
        "本批次涉及我公司号码%d个，核验通过%d个，停机%d个，已销户%d个。未通过核验号码明细见附件。\n" % (412, 287, 109, 16))
    c2, c2m = person_name(), mobile()
    d.p("    联系人：", (c2, "PERSON_NAME"), "  电话：%s  手机：" % gov_landline("020"), (fmt_mobile(c2m, "dash"), "PHONE_NUMBER"), "\n\n")
    d.t("附件：未通过二次实人核验号码明细（节选）\n")
    d.t("+----+-------------+----------+--------------------+----------------------+-----------------+----------+-------------+\n")
    d.t("|序号| 号码        | 机主姓名 | 证件号码           | ICCID                | 开户时间        | 核验结果 | 处置措施    |\n")
    d.t("+----+-------------+----------+--------------------+----------------------+-----------------+----------+-------------+\n")
    for i in range(1, 33):
        p = P(reg=REGIONS[6] if rng.random() < 0.5 else None, y0=1960, y1=2005)
        n = mobile(CU)
        nm = p.name
        d.t("|%-4d| " % i)
        d.v(n, "PHONE_NUMBER")
        d.t(" | ")
        d.v(nm, "PERSON_NAME")
        d.t(" " * max(1, 9 - 2 * len(nm)) + "| ")
        d.v(p.idw(), "CHINA_RESIDENT_ID_NUMBER")
        d.t(" | ")
        d.v(iccid("cu"), "ICCID_NUMBER")
        d.t(" | %s | %s | %s |\n" % ((dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 500))).isoformat() + "     ",
                                    rng.choice(["人证不符  ", "未到场    ", "拒绝核验  ", "活体失败  "]), rng.choice(["双向停机   ", "单向停机   ", "已销户     "])))
    d.t("+----+-------------+----------+--------------------+----------------------+-----------------+----------+-------------+\n")
    d.t("注：同一证件名下其他在网号码已同步纳入风险监测；统计口径截至2024-06-19 24:00。\n")
    return d


@register
def f_face():
    d = Doc("face_verify_callbacks.json")
    recs = []
    for i in range(30):
        p = P()
        ip = pub_ip()
        sim = round(rng.uniform(40, 99.5), 2)
        lat, lng = rng.uniform(22.5, 40.2), rng.uniform(108.9, 121.6)
        req = {
            "requestId": uid(),
            "appId": "zwfw-%s" % rng.choice(["gd", "bj", "sh", "sc"]),
            "timestamp": 1718000000000 + rng.randint(0, 900000000),
            "bizType": rng.choice(["SOCIAL_SECURITY_CERT", "GJJ_WITHDRAW", "PENSION_QUALIFY", "HOUSEHOLD_MOVE"]),
            "certName": L(p.name, "PERSON_NAME"),
            "certNo": L(p.idw(), "CHINA_RESIDENT_ID_NUMBER"),
            "certType": "IDENTITY_CARD",
        }
        rc = rng.random()
        if rc < 0.1:
            req["certNo"], req["certType"] = L(passport(), "CHINA_PASSPORT"), "PASSPORT"
        elif rc < 0.2:
            req["certNo"], req["certType"] = L(hk_permit(), "HK_MACAU_TRAVEL_PERMIT"), "EEP_HK_MACAO"
        req.update({
            "faceImage": base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(rng.getrandbits(8) for _ in range(30))).decode() + "...(truncated 84213 bytes)",
            "imageSha256": hexs(64),
        })
        client = {"ip": L(ip, "IP_ADDRESS"), "deviceModel": rng.choice(["HUAWEI ALN-AL00", "Redmi K70", "iPhone16,1", "HONOR ALI-AN00"]),
                  "sdkVersion": "2.%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(100, 999))}
        r = rng.random()
        if r < 0.5:
            client["imei"] = L(imei(), "IMEI_HARDWARE_ID")
        elif r < 0.7:
            client["oaid"] = uid()
        if rng.random() < 0.4:
            client["wifiMac"] = L(mac(), "MAC_ADDRESS")
        if rng.random() < 0.6:
            client["lbs"] = L("%.6f,%.6f" % (lat, lng) if rng.random() < 0.5 else "%.5f,%.5f" % (lng, lat), "LOCATION_COORDINATES")
        req["client"] = client
        resp = {"code": "0000" if sim >= 70 else "2004", "message": "认证通过" if sim >= 70 else "比对不一致",
                "similarity": sim, "liveness": rng.choice(["PASS", "PASS", "FAIL"]), "orderNo": "FV" + digits(20),
                "costMs": rng.randint(300, 2600)}
        if rng.random() < 0.3:
            resp["notify"] = {"mobile": L(fmt_mobile(p.mobile, rng.choice(["plain", "plus"])), "PHONE_NUMBER"), "template": "SMS_2024061101"}
        recs.append({"req": req, "resp": resp, "callbackSign": hexs(40), "merchantSecret": L(b64url(30), "CREDENTIAL") if i == 0 else "******"})
    json_write(d, recs, indent=2)
    d.t("\n")
    return d


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    all_labels = []
    for f in FILES:
        doc = f()
        path = os.path.join(a.out, doc.name)
        with open(path, "wb") as fh:
            fh.write(doc.data())
        with open(path, "rb") as fh:
            data = fh.read()
        for lab in doc.labels:
            got = data[lab["start"]:lab["end"]].decode("utf-8")
            assert got == lab["_v"], (doc.name, lab, got)
        all_labels.extend(doc.labels)
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in all_labels:
            fh.write(json.dumps({k: lab[k] for k in ("file", "start", "end", "type")}, ensure_ascii=False) + "\n")
    counts = {}
    for lab in all_labels:
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
    sys.stderr.write("%d files, %d labels\n" % (len(FILES), len(all_labels)))
    for k in sorted(counts):
        sys.stderr.write("  %-26s %d\n" % (k, counts[k]))


if __name__ == "__main__":
    main()
