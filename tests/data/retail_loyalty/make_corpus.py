#!/usr/bin/python3
"""Synthetic, labelled test corpus: retail stores (营业厅), membership CRM and
points mall of a Chinese telecom operator.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Everything is generated from a fixed random seed; two runs give identical bytes.
All people, numbers and addresses are invented.  Identifier values are
structurally valid (resident IDs with real region codes, valid dates and the
MOD 11-2 check; mobiles valid for CN per libphonenumber; Luhn-valid bank cards
and IMEIs; IMSI 460+real MNC; ICCID 8986...; MEID 14 hex).

Files
-----
crm_members_export.csv      CRM member export (UTF-8 with BOM, Chinese header):
                            会员号, 姓名, 手机, 生日, 性别, 积分, 等级, 地址, 注册门店...
crm_vip_members_sheet.csv   "XLSX saved as CSV": VIP sheet with English+Chinese
                            header, quoted cells, ID documents, e-mail, landline.
pos_receipts.txt            POS receipts (text): cashier name, member phone
                            masked or full, card payment last four or full PAN,
                            SKU / EAN-13 lines, handset IMEI, SIM ICCID for new lines.
points_mall_orders.json     Points-mall e-commerce orders (JSON array): receiver,
                            address (whole or split), geocode lat/lng fields,
                            client IP, e-mail.
coupon_issue_redeem.log     Coupon service log: issue / redeem / SMS / risk
                            check lines (coupon codes are not credentials).
satisfaction_survey.csv     Customer satisfaction survey export with free-text
                            comments that contain names, phones, addresses.
tradein_forms.txt           以旧换新 trade-in forms: seller ID document, phone,
                            old device IMEI / MEID, new device IMEI, refund card.
cctv_people_count.csv       Store people-counting export (no personal data).
face_member_recognition.log Face-membership recognition log (JSON lines):
                            member names, some phones (edge box serials are not PI).
appointment_system.log      Store appointment system: access log + app log with
                            request bodies (name, phone, ID number, plate, location).
lucky_draw_winners.txt      Public lucky-draw winners notice: mostly masked names
                            and phones, some left unmasked.
wechat_member_bind.log      WeChat mini-program member binding: session_key,
                            access_token, decrypted phone numbers, client IPs.
outbound_campaign.tsv       Call-center outbound campaign list (TSV).
complaint_letter.txt        A customer's complaint letter (free text).
antifraud_blacklist.csv     Anti-fraud blacklist export: IDs, passports, HK/Macau
                            permits, phones, IMEI/IMSI/ICCID/MEID, MAC, IP, card,
                            plate, coordinates, ECGI.
labels.jsonl                {"file","start","end","type"}; UTF-8 byte offsets,
                            end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: as written, with +86 / 0086 / 86 prefix and separators;
  landlines with their area code (extension not included).  Full-width digits
  are labelled as written.  Masked numbers (138****1234) and service numbers
  (10086, 10000, 95588, 400-xxx-xxxx) are not labelled.
* PERSON_NAME: full names of private people, including store staff (cashiers,
  clerks, call-center agents are private individuals).  Masked names (张*伟),
  public figures, company and product names are not labelled.  A surname with
  a title (王先生, 李女士) is not a full name and is not labelled.
* DATE_OF_BIRTH: birth dates only, in any format.  A birthday written without a
  year (生日 "03-15", "3月15日") is still a date of birth and IS labelled.
  The birth date inside a resident ID number is not labelled separately.
* STREET_ADDRESS: a private person's address, whole, from the first place name to
  the room / house number.  When an order splits the address into province /
  city / district / detail fields, only the detail field (road, number, estate,
  building, room) is labelled.  Store / company addresses are not labelled.
* CREDENTIAL: password, PIN, session_key, access_token, API secret values only.
  Coupon codes, verification-code template ids, appids and openids are not.
* LOCATION_COORDINATES: "lat,lng" or "lng,lat" written as one value is one
  label; separate latitude / longitude fields are labelled separately.
* CELL_ID: whole CGI / ECGI string, or the value of a field named as a cell.
* IP_ADDRESS: IPv4/IPv6 addresses of users' clients and devices, the address
  only (not the port).  Version strings are not addresses.
* Not labelled: member numbers, order / receipt / waybill / trace numbers,
  SKUs, EAN-13 barcodes, merchant and terminal numbers, coupon codes, amounts,
  timestamps and dates other than births, masked values, hashes, UUIDs,
  Unified Social Credit Codes, camera serial numbers, openid / unionid.
"""
import argparse
import hashlib
import json
import os
import random
import sys
import uuid

import phonenumbers
from stdnum import ean, luhn
from stdnum.cn import ric, uscc

SEED = 20240315
R = random.Random(SEED)

# ---------------------------------------------------------------- documents


class Doc:
    def __init__(self, name):
        self.name = name
        self.parts = []
        self.n = 0
        self.labels = []

    def w(self, *items):
        for it in items:
            if isinstance(it, tuple):
                val, typ = it
                b = val.encode("utf-8")
                if typ:
                    self.labels.append((self.n, self.n + len(b), typ, val))
            else:
                b = it.encode("utf-8")
            self.parts.append(b)
            self.n += len(b)

    def bytes(self):
        return b"".join(self.parts)


def P(val, typ):
    return (val, typ)


def seg_text(segs):
    return "".join(s[0] if isinstance(s, tuple) else s for s in segs)


def as_segs(cell):
    if isinstance(cell, list):
        return cell
    if isinstance(cell, tuple):
        return [cell]
    return [cell]


def csv_row(doc, cells, sep=",", quote_all=False, eol="\r\n"):
    first = True
    for cell in cells:
        if not first:
            doc.w(sep)
        first = False
        segs = as_segs(cell)
        txt = seg_text(segs)
        q = quote_all or any(c in txt for c in (sep, '"', "\n", "\r"))
        if q:
            doc.w('"')
        for s in segs:
            if isinstance(s, tuple):
                assert '"' not in s[0] and sep not in s[0]
                doc.w(s)
            else:
                doc.w(s.replace('"', '""') if q else s)
        if q:
            doc.w('"')
    doc.w(eol)


class L:
    """A labelled JSON leaf."""

    def __init__(self, val, typ, num=False):
        self.val, self.typ, self.num = val, typ, num


def emit_json(doc, obj, indent=2, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    endpad = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    if isinstance(obj, dict):
        if not obj:
            doc.w("{}")
            return
        doc.w("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            doc.w(pad + json.dumps(k, ensure_ascii=False) + (": " if indent else ":"))
            emit_json(doc, v, indent, level + 1)
            if i < len(items) - 1:
                doc.w("," if indent else ",")
            doc.w(nl)
        doc.w(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.w("[]")
            return
        doc.w("[" + nl)
        for i, v in enumerate(obj):
            doc.w(pad)
            emit_json(doc, v, indent, level + 1)
            if i < len(obj) - 1:
                doc.w(",")
            doc.w(nl)
        doc.w(endpad + "]")
    elif isinstance(obj, L):
        if obj.num:
            doc.w(P(obj.val, obj.typ))
        else:
            assert json.dumps(obj.val, ensure_ascii=False)[1:-1] == obj.val
            doc.w('"', P(obj.val, obj.typ), '"')
    else:
        doc.w(json.dumps(obj, ensure_ascii=False))


def emit_json_line(doc, obj):
    emit_json(doc, obj, indent=0)
    doc.w("\n")


# ---------------------------------------------------------------- generators

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华辉鹏飞宇航斌亮健彬琳倩雪婷颖凯峰波浩博")
GIVEN2 = ["秀英", "桂英", "建国", "玉兰", "志强", "晓东", "海燕", "思远", "子涵", "梓轩", "雨桐", "浩然",
          "欣怡", "佳琪", "俊杰", "嘉怡", "一诺", "子墨", "若曦", "晨阳", "文博", "振华", "立新", "红梅",
          "春生", "秋菊", "冬梅", "淑珍", "凤英", "德明", "国庆", "建军", "小红", "丹丹", "婷婷", "昊然",
          "诗涵", "天佑", "晓燕", "志刚", "丽娟", "建华", "永强", "海波", "雅琴", "金凤", "宏伟", "家豪",
          "美玲", "子豪", "欣妍", "宇轩", "明轩", "慧敏", "少华", "国平", "玉梅", "春燕", "艳红", "晓明"]


def name():
    s = R.choice(COMPOUND) if R.random() < 0.03 else R.choice(SURNAMES)
    if R.random() < 0.3:
        return s + R.choice(GIVEN1)
    return s + R.choice(GIVEN2)


def mask_name(nm):
    if len(nm) == 2:
        return nm[0] + "*"
    return nm[0] + "*" * (len(nm) - 2) + nm[-1] if R.random() < 0.6 else nm[0] + "*" * (len(nm) - 1)


MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "147", "150", "151", "152", "153", "155", "156", "157", "158", "159",
                   "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
                   "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def mobile():
    while True:
        n = R.choice(MOBILE_PREFIXES) + "".join(R.choice("0123456789") for _ in range(8))
        if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
            return n


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def fmt_mobile(n, style=None):
    style = style or R.choices(
        ["plain", "sp", "dash", "+86", "+86sp", "0086", "86", "fw"],
        [60, 8, 8, 8, 5, 3, 3, 2])[0]
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
    if style == "0086":
        return "0086" + n
    if style == "86":
        return R.choice(["86", "86-"]) + n
    if style == "fw":
        return n.translate(FW)
    raise ValueError(style)


def mask_mobile(n):
    return n[:3] + "****" + n[7:]


AREA = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("025", 8), ("027", 8),
        ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0731", 8),
        ("0769", 8), ("0757", 8), ("0591", 8), ("0532", 8), ("0371", 8), ("0471", 7),
        ("0898", 8), ("0351", 7)]


def landline():
    while True:
        ac, ln = R.choice(AREA)
        local = R.choice("2345678") + "".join(R.choice("0123456789") for _ in range(ln - 1))
        if phonenumbers.is_valid_number(phonenumbers.parse(ac + local, "CN")):
            break
    st = R.choice(["dash", "dash", "paren", "sp", "plain"])
    if st == "dash":
        return f"{ac}-{local}"
    if st == "paren":
        return f"({ac}){local}"
    if st == "sp":
        return f"{ac} {local[:4]} {local[4:]}"
    return ac + local


REGIONS = ["110101", "110105", "110108", "110106", "310104", "310115", "310112", "310101",
           "440106", "440104", "440305", "440304", "440306", "440307", "320102", "320106",
           "320506", "330106", "330102", "330110", "420111", "420106", "510107", "510104",
           "500103", "500112", "610113", "610103", "370202", "370102", "210102", "350203",
           "430104", "120104", "130102", "410105", "340104", "360102", "450103", "530102",
           "220102", "230103", "441900", "440606", "445102", "362101", "412701", "511302",
           "522101", "640104", "620102", "460105", "150102", "140105", "810000", "820000"]


def rand_date(y0=1955, y1=2006):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def resident_id(ymd=None):
    while True:
        y, m, d = ymd or rand_date()
        reg = R.choice(REGIONS[:-2]) if R.random() < 0.97 else R.choice(REGIONS[-2:])
        body = f"{reg}{y:04d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
        full = body + ric.calc_check_digit(body + "0")
        if reg.startswith("8") or ric.is_valid(full):
            if full.endswith("X") and R.random() < 0.2:
                full = full[:-1] + "x"
            return full


BINS = [("622848", 19), ("621700", 19), ("622202", 19), ("621226", 19), ("622588", 16),
        ("621483", 16), ("622700", 19), ("623058", 19), ("622262", 19), ("621661", 19),
        ("622609", 16), ("621799", 19), ("622908", 16), ("625911", 16), ("436742", 16),
        ("622155", 16), ("621098", 19), ("622821", 19), ("620522", 19), ("623668", 19)]


def bank_card():
    b, ln = R.choice(BINS)
    body = b + "".join(R.choice("0123456789") for _ in range(ln - len(b) - 1))
    return body + luhn.calc_check_digit(body)


def fmt_card(c, style=None):
    style = style or R.choices(["plain", "sp4"], [6, 4])[0]
    if style == "plain":
        return c
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


TACS = ["35391110", "35328711", "35467811", "86467305", "86935204", "86118104", "86887705",
        "86012706", "35875811", "86492005", "86611405", "35204110", "86775304"]


def imei():
    body = R.choice(TACS) + "".join(R.choice("0123456789") for _ in range(6))
    return body + luhn.calc_check_digit(body)


def meid():
    h = "A0000" + "".join(R.choice("0123456789ABCDEF") for _ in range(9)) if R.random() < 0.7 \
        else "A1000" + "".join(R.choice("0123456789ABCDEF") for _ in range(9))
    return h if R.random() < 0.8 else h.lower()


MNCS = ["00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11", "15", "20"]


def imsi():
    return "460" + R.choice(MNCS) + "".join(R.choice("0123456789") for _ in range(10))


def iccid():
    pre = R.choice(["898600", "898602", "898601", "898603", "898611", "898606"])
    if pre in ("898600", "898602"):
        rest = "".join(R.choice("0123456789") for _ in range(13))
        v = pre + rest
        return v + luhn.calc_check_digit(v)
    rest = "".join(R.choice("0123456789") for _ in range(12))
    v = pre + rest
    if R.random() < 0.25:
        return v + R.choice("0123456789") + R.choice("FABX")
    return v + luhn.calc_check_digit(v)


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    st = R.choice(["colon_u", "colon_l", "dash_u", "dash_l", "dot"])
    if st == "colon_u":
        return ":".join(f"{x:02X}" for x in b)
    if st == "colon_l":
        return ":".join(f"{x:02x}" for x in b)
    if st == "dash_u":
        return "-".join(f"{x:02X}" for x in b)
    if st == "dash_l":
        return "-".join(f"{x:02x}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def ipv4(public=True):
    if public:
        a = R.choice([(223, 104), (117, 136), (112, 97), (36, 44), (120, 229), (183, 14),
                      (113, 87), (58, 246), (101, 88), (39, 144), (27, 38), (14, 153),
                      (110, 184), (221, 178), (59, 41)])
        return f"{a[0]}.{a[1]}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    a = R.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.16.{}.{}"])
    return a.format(*[R.randint(1, 254) for _ in range(a.count("{}"))])


def ipv6():
    pre = R.choice(["2409:8a55", "240e:3b7", "2408:8456", "2409:895a", "240e:47c"])
    groups = [f"{R.randint(0, 0xffff):x}" for _ in range(4)]
    return pre + ":" + R.choice(["", f"{R.randint(0, 0xffff):x}:"]) + ":".join(groups) if False else \
        f"{pre}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:" + ":".join(groups)


def coords():
    lat = round(R.uniform(22.4, 40.2), 6)
    lng = round(R.uniform(103.5, 121.8), 6)
    return f"{lat:.6f}", f"{lng:.6f}"


def ecgi():
    mnc = R.choice(["00", "01", "11"])
    enb = R.randint(100000, 999999)
    cid = R.randint(1, 255)
    st = R.choice(["dash", "dash", "plain", "hex"])
    if st == "dash":
        return f"460-{mnc}-{enb}-{cid}"
    if st == "plain":
        return f"460{mnc}{enb * 256 + cid:09d}"
    return f"460{mnc}{enb * 256 + cid:07X}"


def cgi():
    return f"460-{R.choice(['00', '01'])}-{R.randint(9000, 42000)}-{R.randint(1000, 65000)}"


PLATE_PROV = "京沪粤浙苏川鄂湘渝陕鲁闽津冀豫皖"
PLATE_LET = "ABCDEFGHJKLMNPQRS"


def plate():
    p = R.choice(PLATE_PROV)
    l = R.choice(PLATE_LET[:8])
    dot = R.choice(["", "", "·", " "])
    if R.random() < 0.3:
        tail = R.choice("DF") + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if i == 0 else "0123456789") for i in range(5))
        return f"{p}{l}{dot}{tail}"
    tail = [R.choice("0123456789") for _ in range(5)]
    for _ in range(R.choice([0, 0, 1, 1, 2])):
        tail[R.randint(0, 4)] = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    tail = "".join(tail)
    return f"{p}{l}{dot}{tail}"


def passport():
    st = R.choice(["E8", "E8", "EL7", "G8"])
    if st == "E8":
        return "E" + "".join(R.choice("0123456789") for _ in range(8))
    if st == "EL7":
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(R.choice("0123456789") for _ in range(7))
    return "G" + "".join(R.choice("0123456789") for _ in range(8))


def hk_permit():
    if R.random() < 0.8:
        return "C" + "".join(R.choice("0123456789") for _ in range(8))
    return "W" + "".join(R.choice("0123456789") for _ in range(8))


def email(nm_pinyin=None):
    user = nm_pinyin or "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(R.randint(4, 8)))
    if R.random() < 0.5:
        user += str(R.randint(1, 2005))
    dom = R.choice(["qq.com", "163.com", "126.com", "139.com", "sina.com", "gmail.com",
                    "outlook.com", "foxmail.com", "hotmail.com", "yeah.net", "189.cn"])
    if dom == "qq.com" and R.random() < 0.6:
        user = str(R.randint(10000000, 2999999999))
    return f"{user}@{dom}"


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def b64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(al) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(al) for _ in range(n))


def ean13():
    body = R.choice(["690", "691", "692", "693", "694", "695", "696", "697"]) + \
        "".join(R.choice("0123456789") for _ in range(9))
    return body + ean.calc_check_digit(body)


def uscc_code():
    body = "91" + R.choice(["440300", "110000", "310000", "440101", "330100", "510100"]) + \
        "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + uscc.calc_check_digit(body)


def ms_epoch(day_off=0):
    return 1709251200000 + day_off * 86400000 + R.randint(0, 86399999)


def ts_str(ms):
    import datetime
    dt = datetime.datetime(2024, 3, 1) + datetime.timedelta(milliseconds=ms - 1709251200000)
    return dt


CITIES = [
    ("北京市", "", ["朝阳区", "海淀区", "丰台区", "东城区", "西城区", "通州区"]),
    ("上海市", "", ["浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区", "白云区"]),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区", "龙华区"]),
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "余杭区", "滨江区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区", "建邺区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区", "双流区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区", "江岸区"]),
    ("重庆市", "", ["渝北区", "江北区", "沙坪坝区", "九龙坡区"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"]),
    ("湖南省", "长沙市", ["岳麓区", "开福区", "雨花区"]),
]
ROADS = ["中山路", "建设路", "人民路", "解放路", "文化路", "学府路", "长江路", "滨江大道",
         "幸福路", "和平街", "光明路", "东风路", "新华路", "花园路", "振兴路", "迎宾大道",
         "春晖路", "桂花路", "青年路", "南湖路", "金沙江路", "望京街", "石牌东路", "科苑南路"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖小区", "金地名苑", "万科城", "碧桂园", "保利花园",
           "华润城", "御景湾", "时代广场公寓", "梧桐苑", "紫荆小区", "绿城桂花园", "星河湾",
           "龙湖春江郦城", "中海锦苑", "融创玉兰公馆", "东方明珠花园"]
TOWNS = [("河南省", "周口市", "郸城县", "宁平镇", "王寨村"), ("安徽省", "阜阳市", "临泉县", "姜寨镇", "李庄村"),
         ("湖南省", "邵阳市", "隆回县", "桃洪镇", "罗洪村"), ("江西省", "赣州市", "于都县", "贡江镇", "长口村")]


def address(style=None):
    style = style or R.choices(["full", "city", "short", "lane", "rural"], [35, 25, 15, 15, 10])[0]
    prov, city, dists = R.choice(CITIES)
    dist = R.choice(dists)
    road = R.choice(ROADS)
    no = R.randint(1, 999)
    est = R.choice(ESTATES)
    bld = R.randint(1, 32)
    unit = R.randint(1, 6)
    room = f"{R.randint(1, 33)}{R.randint(1, 8):02d}"
    if style == "rural":
        p, c, x, z, v = R.choice(TOWNS)
        return f"{p}{c}{x}{z}{v}{R.randint(1, 12)}组{R.randint(1, 99)}号"
    if style == "lane" and prov == "上海市":
        return f"上海市{dist}{road}{R.randint(100, 3999)}弄{R.randint(1, 80)}号{room}室"
    head = prov + city if prov.endswith("省") else prov
    if style == "full":
        tail = R.choice([f"{road}{no}号{est}{bld}栋{unit}单元{room}室", f"{road}{no}号{est}{bld}号楼{room}",
                         f"{road}{no}号{est}{bld}-{unit}-{room}", f"{est}{bld}幢{unit}单元{room}"])
        return head + dist + tail
    if style == "city":
        c = city or prov
        return c + dist + R.choice([f"{road}{no}号{bld}栋{room}", f"{est}{bld}栋{unit}单元{room}",
                                    f"{road}{no}号院{bld}号楼{unit}单元{room}"])
    return dist + R.choice([f"{road}{no}号{est}{bld}-{room}", f"{est}{bld}栋{room}室",
                            f"{road}{no}号{room}室"])


def address_split():
    prov, city, dists = R.choice(CITIES)
    dist = R.choice(dists)
    detail = R.choice([f"{R.choice(ROADS)}{R.randint(1, 999)}号{R.choice(ESTATES)}{R.randint(1, 30)}栋{R.randint(1, 33)}{R.randint(1, 8):02d}",
                       f"{R.choice(ESTATES)}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 33)}{R.randint(1, 8):02d}室"])
    return prov, (city or prov), dist, detail


STORES = [
    ("GD-SZ-FT-0031", "中国移动深圳福田中心营业厅", "深圳市福田区深南中路2002号1层"),
    ("GD-SZ-NS-0107", "中国移动深圳南山海岸城营业厅", "深圳市南山区文心五路33号海岸城购物中心L1-108"),
    ("GD-GZ-TH-0012", "中国移动广州天河城旗舰店", "广州市天河区天河路208号天河城B1层"),
    ("BJ-CY-0045", "中国移动北京朝阳大悦城营业厅", "北京市朝阳区朝阳北路101号大悦城1F"),
    ("SH-PD-0088", "中国移动上海陆家嘴营业厅", "上海市浦东新区陆家嘴环路1000号"),
    ("ZJ-HZ-XH-0021", "中国移动杭州武林营业厅", "杭州市拱墅区延安路530号"),
    ("SC-CD-WH-0063", "中国移动成都天府广场营业厅", "成都市锦江区红星路三段1号IFS L2"),
    ("HB-WH-JH-0009", "中国移动武汉江汉路营业厅", "武汉市江汉区江汉路118号"),
]

PRODUCTS = [
    ("华为 Mate 60 Pro 12+512G 雅川青", 6999.00, True),
    ("Apple iPhone 15 128GB 黑色", 5999.00, True),
    ("Apple iPhone 15 Pro Max 256GB 原色钛金属", 9999.00, True),
    ("小米14 16+512G 白色", 4599.00, True),
    ("荣耀 Magic6 12+256G 麦浪绿", 4399.00, True),
    ("OPPO Reno11 12+256G 萤石青", 2999.00, True),
    ("vivo X100 16+512G 星迹蓝", 4999.00, True),
    ("华为 畅享70 8+128G", 1199.00, True),
    ("Apple 20W USB-C 电源适配器", 149.00, False),
    ("倍思 65W 氮化镓充电器", 129.00, False),
    ("绿联 Type-C 数据线 1m", 29.90, False),
    ("华为 FreeBuds Pro 3", 1499.00, False),
    ("钢化膜 全屏高清(贴膜服务)", 59.00, False),
    ("硅胶保护壳 iPhone 15", 79.00, False),
    ("小米手环8 NFC版", 299.00, False),
    ("罗马仕 20000mAh 移动电源", 139.00, False),
    ("5G 畅享套餐 129元档 合约", 0.00, False),
]

TIERS = ["普卡", "银卡", "金卡", "白金卡", "钻石卡"]


# ---------------------------------------------------------------- files


def f_crm(out):
    d = Doc("crm_members_export.csv")
    d.w("\ufeff")
    csv_row(d, ["会员号", "姓名", "手机", "生日", "性别", "积分", "等级", "地址", "注册门店", "注册时间", "最近消费", "备注"])
    for i in range(80):
        mno = f"88{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
        nm = name()
        ph = mobile()
        y, m, dd = rand_date(1950, 2006)
        bst = R.choices(["iso", "slash", "compact", "cn", "md", "mdcn", "blank"], [30, 15, 8, 8, 20, 9, 10])[0]
        if bst == "iso":
            bd = P(f"{y}-{m:02d}-{dd:02d}", "DATE_OF_BIRTH")
        elif bst == "slash":
            bd = P(f"{y}/{m}/{dd}", "DATE_OF_BIRTH")
        elif bst == "compact":
            bd = P(f"{y}{m:02d}{dd:02d}", "DATE_OF_BIRTH")
        elif bst == "cn":
            bd = P(f"{y}年{m}月{dd}日", "DATE_OF_BIRTH")
        elif bst == "md":
            bd = P(f"{m:02d}-{dd:02d}", "DATE_OF_BIRTH")
        elif bst == "mdcn":
            bd = P(f"{m}月{dd}日", "DATE_OF_BIRTH")
        else:
            bd = ""
        phs = R.choices(["full", "mask", "fmt"], [70, 15, 15])[0]
        if phs == "full":
            phc = P(ph, "PHONE_NUMBER")
        elif phs == "mask":
            phc = mask_mobile(ph)
        else:
            phc = P(fmt_mobile(ph), "PHONE_NUMBER")
        ad = R.random()
        if ad < 0.72:
            adc = P(address(), "STREET_ADDRESS")
        elif ad < 0.85:
            prov, city, dists = R.choice(CITIES)
            adc = (city or prov) + R.choice(dists) + "****"
        else:
            adc = ""
        st = R.choice(STORES)
        reg = f"20{R.randint(15, 23)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(8, 21):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
        last = f"2024-0{R.randint(1, 3)}-{R.randint(1, 28):02d}"
        note = R.choice(["", "", "", "", "合约机用户", "携转用户", "宽带融合", "积分即将过期",
                         ["副卡:", P(mobile(), "PHONE_NUMBER")],
                         ["紧急联系人 ", P(name(), "PERSON_NAME"), " ", P(mobile(), "PHONE_NUMBER")],
                         "已注销", "VIP客户经理 10086-8"])
        csv_row(d, [mno, P(nm, "PERSON_NAME"), phc, bd, R.choice("男女"), str(R.randint(0, 58000)),
                    R.choice(TIERS), adc, st[0], reg, last, note])
    return d


def f_vip(out):
    d = Doc("crm_vip_members_sheet.csv")
    csv_row(d, ["Member No / 会员号", "Name / 姓名", "Mobile", "Tel (home)", "DOB", "ID Type", "ID No",
                "Email", "Tier", "Points Balance", "Home Address", "Account Manager", "Updated"], quote_all=True)
    for i in range(42):
        nm = name()
        y, m, dd = rand_date(1952, 2000)
        idt = R.choices(["居民身份证", "护照", "港澳通行证", "居民身份证(末4位)"], [55, 17, 13, 15])[0]
        if idt == "居民身份证":
            idv = P(resident_id((y, m, dd)), "CHINA_RESIDENT_ID_NUMBER")
        elif idt == "护照":
            idv = P(passport(), "CHINA_PASSPORT")
        elif idt == "港澳通行证":
            idv = P(hk_permit(), "HK_MACAU_TRAVEL_PERMIT")
        else:
            full = resident_id((y, m, dd))
            idv = "*" * 14 + full[-4:]
        dob = R.choice([f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{m}/{dd}/{y}", f"{y}.{m}.{dd}"])
        tel = P(landline(), "PHONE_NUMBER") if R.random() < 0.45 else ""
        em = P(email(), "EMAIL_ADDRESS") if R.random() < 0.7 else ""
        mgr = [P(name(), "PERSON_NAME"), f" (工号{R.randint(100000, 999999)})"] if R.random() < 0.8 else "—"
        csv_row(d, [f"V{R.randint(100000000, 999999999)}", P(nm, "PERSON_NAME"),
                    P(fmt_mobile(mobile(), R.choice(["plain", "plain", "+86", "sp", "dash"])), "PHONE_NUMBER"),
                    tel, P(dob, "DATE_OF_BIRTH"), idt, idv, em, R.choice(TIERS[2:]),
                    f"{R.randint(1000, 300000):,}", P(address(R.choice(["full", "city", "lane"])), "STREET_ADDRESS"),
                    mgr, f"2024-03-{R.randint(1, 15):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}"], quote_all=True)
    return d


def f_pos(out):
    d = Doc("pos_receipts.txt")
    for k in range(42):
        code, sname, saddr = R.choice(STORES)
        ms = ms_epoch(R.randint(0, 20))
        dt = ts_str(ms)
        d.w("=" * 40 + "\n")
        d.w(f"        {sname}\n")
        d.w(f"门店编码: {code}\n地址: {saddr}\n服务热线: 10086   投诉: 400-{R.randint(100, 999)}-{R.randint(1000, 9999)}\n")
        d.w(f"纳税人识别号: {uscc_code()}\n")
        d.w("-" * 40 + "\n")
        d.w(f"小票号: POS{dt:%Y%m%d}{R.randint(100000, 999999)}   机号: {R.randint(1, 8):02d}\n")
        d.w("收银员: ", P(name(), "PERSON_NAME"), f"  工号: E{R.randint(10000, 99999)}\n")
        d.w(f"时间: {dt:%Y-%m-%d %H:%M:%S}\n")
        ph = mobile()
        mr = R.random()
        if mr < 0.5:
            d.w(f"会员: {mask_mobile(ph)}  会员号: 88{R.randint(1000000000, 9999999999)}\n")
        elif mr < 0.8:
            d.w("会员手机: ", P(ph, "PHONE_NUMBER"), f"  等级: {R.choice(TIERS)}\n")
        else:
            d.w("非会员\n")
        d.w("-" * 40 + "\n品名                 数量    单价      金额\n")
        total = 0.0
        for _ in range(R.randint(1, 4)):
            pn, price, is_phone = R.choice(PRODUCTS)
            q = 1 if is_phone else R.randint(1, 2)
            total += price * q
            d.w(f"{pn}\n  SKU:{R.randint(100000000000, 100099999999)}  条码:{ean13()}\n")
            if is_phone:
                lab = R.choice(["串号", "IMEI", "IMEI1", "串码"])
                d.w(f"  {lab}: ", P(imei(), "IMEI_HARDWARE_ID"))
                if R.random() < 0.4:
                    d.w("  IMEI2: ", P(imei(), "IMEI_HARDWARE_ID"))
                d.w(f"  SN:{alnum(12)}\n")
            d.w(f"                     {q:>2}   ¥{price:,.2f}   ¥{price * q:,.2f}\n")
        if R.random() < 0.25:
            newno = mobile()
            d.w("新入网号码: ", P(newno, "PHONE_NUMBER"), "  SIM卡ICCID: ", P(iccid(), "ICCID_NUMBER"), "\n")
            d.w(f"  套餐: 5G畅享129元  预存: ¥100.00  协议期: 24个月\n")
        d.w("-" * 40 + "\n")
        disc = R.choice([0, 0, 20, 50, 100])
        d.w(f"合计: ¥{total:,.2f}\n")
        if disc:
            d.w(f"优惠券 {alnum(4)}-{alnum(4)}-{alnum(4)}: -¥{disc:.2f}\n")
        pts = int(total) // 10
        d.w(f"实付: ¥{max(total - disc, 0):,.2f}\n")
        pay = R.choices(["card4", "cardfull", "wx", "ali", "cash", "split"], [28, 16, 22, 16, 8, 10])[0]
        if pay == "card4":
            c = bank_card()
            d.w(f"支付方式: 银联刷卡  卡号: {c[:6]}******{c[-4:]}\n")
            d.w(f"  商户号: 898{R.randint(100000000000, 999999999999)}  终端号: {R.randint(10000000, 99999999)}\n")
            d.w(f"  授权码: {R.randint(100000, 999999)}  参考号: {R.randint(100000000000, 999999999999)}  凭证号: {R.randint(0, 999999):06d}\n")
        elif pay == "cardfull":
            c = bank_card()
            d.w("支付方式: 银行卡\n  卡号: ", P(fmt_card(c), "BANK_CARD_NUMBER"), "\n")
            d.w(f"  商户号: 898{R.randint(100000000000, 999999999999)}  终端号: {R.randint(10000000, 99999999)}\n")
            d.w("  持卡人签名: ", P(name(), "PERSON_NAME"), "\n")
        elif pay == "wx":
            d.w(f"支付方式: 微信支付  交易单号: 4200{R.randint(10**23, 10**24 - 1)}\n")
        elif pay == "ali":
            d.w(f"支付方式: 支付宝  交易号: 2024{dt:%m%d}22001{R.randint(10**17, 10**18 - 1)}\n")
        elif pay == "cash":
            d.w(f"支付方式: 现金  收: ¥{total + 100:,.2f}  找零: ¥{100 + disc:,.2f}\n")
        else:
            c = bank_card()
            d.w(f"支付方式: 组合支付 积分抵扣 {pts * 10}分 + 信用卡 **** **** **** {c[-4:]}\n")
        d.w(f"本次积分: +{pts}   交易流水: {hexs(32, upper=True)}\n")
        d.w("请妥善保管小票，7天无理由退换货，凭小票开具发票。\n")
        d.w(f"扫码开票 https://fp.example-op.cn/i?t={ms}\n\n")
    return d


def f_mall(out):
    d = Doc("points_mall_orders.json")
    orders = []
    for k in range(36):
        ms = ms_epoch(R.randint(0, 25))
        nm = name()
        ph = mobile()
        items = []
        for _ in range(R.randint(1, 3)):
            pn, price, _ = R.choice(PRODUCTS[8:])
            items.append({"skuId": f"PM{R.randint(1000000, 9999999)}", "barcode": ean13(), "title": pn,
                          "qty": R.randint(1, 2), "points": R.choice([500, 1200, 2000, 3600, 8800]),
                          "cash": f"¥{R.choice([0, 9.9, 19.9, 29.0]):.2f}"})
        rcv = {"name": L(nm, "PERSON_NAME"),
               "mobile": L(fmt_mobile(ph, R.choice(["plain", "plain", "plain", "+86", "sp"])), "PHONE_NUMBER")}
        if R.random() < 0.6:
            rcv["fullAddress"] = L(address(R.choice(["full", "full", "lane", "rural", "city"])), "STREET_ADDRESS")
        else:
            prov, city, dist, detail = address_split()
            rcv.update({"province": prov, "city": city, "district": dist, "detail": L(detail, "STREET_ADDRESS")})
        if R.random() < 0.5:
            la, ln = coords()
            rcv["geo"] = {"lat": L(la, "LOCATION_COORDINATES", num=True), "lng": L(ln, "LOCATION_COORDINATES", num=True),
                          "source": "amap"}
        o = {"orderNo": f"PM{ts_str(ms):%Y%m%d}{R.randint(10**9, 10**10 - 1)}",
             "memberNo": f"88{R.randint(10**9, 10**10 - 1)}",
             "memberMobileMasked": mask_mobile(mobile() if R.random() < 0.1 else ph),
             "createTime": ms,
             "status": R.choice(["PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDING"]),
             "items": items,
             "totalPoints": sum(i["points"] * i["qty"] for i in items),
             "receiver": rcv}
        if R.random() < 0.35:
            o["contactEmail"] = L(email(), "EMAIL_ADDRESS")
        if R.random() < 0.3:
            o["invoice"] = {"type": "company", "title": "深圳市某某科技有限公司", "taxNo": uscc_code()}
        o["client"] = {"ip": L(ipv4() if R.random() < 0.85 else ipv6(), "IP_ADDRESS"),
                       "ua": R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 MicroMessenger/8.0.47",
                                       "Mozilla/5.0 (Linux; Android 14; ALN-AL00) AppleWebKit/537.36 Chrome/116.0.0.0 Mobile",
                                       "okhttp/4.9.3", "MyMobileApp/10.3.5 (Android 13; 23013RK75C)"]),
                       "deviceId": ruuid(), "appVersion": f"10.{R.randint(0, 9)}.{R.randint(0, 30)}"}
        if o["status"] in ("SHIPPED", "DELIVERED"):
            o["logistics"] = {"company": R.choice(["顺丰速运", "中通快递", "京东物流", "EMS"]),
                              "waybillNo": R.choice([f"SF{R.randint(10**12, 10**13 - 1)}", f"JDX{R.randint(10**11, 10**12 - 1)}",
                                                     f"7{R.randint(10**13, 10**14 - 1)}", f"1{R.randint(10**11, 10**12 - 1)}"]),
                              "courierPhone": "95338" if R.random() < 0.5 else "11183"}
        o["remark"] = R.choice(["", "", "请放快递柜", "工作日送货", "到了打电话", "周末送"])
        orders.append(o)
    emit_json(d, {"exportTime": "2024-03-28T10:00:00+08:00", "shop": "积分商城", "count": len(orders),
                  "orders": orders})
    d.w("\n")
    return d


def f_coupon(out):
    d = Doc("coupon_issue_redeem.log")
    ms = 1710460800000
    for k in range(200):
        ms += R.randint(200, 60000)
        dt = ts_str(ms)
        pre = f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} "
        pod = f"coupon-svc-{hexs(5)}-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
        trace = hexs(16)
        mno = f"88{R.randint(10**9, 10**10 - 1)}"
        code = f"CP{alnum(10)}"
        ph = mobile()
        r = R.random()
        if r < 0.32:
            d.w(pre, f"INFO  [{pod}] c.o.r.coupon.IssueService - issue ok traceId={trace} couponCode={code} "
                     f"batch=B{dt:%Y%m%d}-{R.randint(1, 20):02d} memberNo={mno} mobile={mask_mobile(ph)} "
                     f"channel={R.choice(['APP', 'MINIPROGRAM', 'SMS', 'STORE'])} faceValue=¥{R.choice([5, 10, 20, 50, 100])}.00 ip=",
                P(ipv4(), "IP_ADDRESS"), "\n")
        elif r < 0.56:
            st = R.choice(STORES)[0]
            d.w(pre, f"INFO  [{pod}] c.o.r.coupon.RedeemService - redeem ok traceId={trace} code={code} store={st} "
                     f"posNo=POS{dt:%Y%m%d}{R.randint(100000, 999999)} orderAmt=¥{R.randint(30, 8000)}.00 "
                     f"discount=¥{R.choice([5, 10, 20, 50])}.00 operator=E{R.randint(10000, 99999)}\n")
        elif r < 0.68:
            d.w(pre, f"INFO  [{pod}] c.o.r.sms.SmsSender - send tpl=SMS_{R.randint(100000000, 999999999)} to=",
                P(fmt_mobile(ph, R.choice(["plain", "plain", "+86"])), "PHONE_NUMBER"),
                f" content=\"您的{R.choice([10, 20, 50])}元购机券{code}已到账,有效期至2024-04-30,详询10086\" bizId={R.randint(10**14, 10**15 - 1)}^0\n")
        elif r < 0.78:
            d.w(pre, f"WARN  [{pod}] c.o.r.risk.RiskCheck - coupon abuse suspected memberNo={mno} imei=",
                P(imei(), "IMEI_HARDWARE_ID"), " ip=", P(ipv4(), "IP_ADDRESS"),
                R.choice([" ecgi=", " cellId="]), P(ecgi(), "CELL_ID"), f" hits24h={R.randint(3, 40)} score=0.{R.randint(70, 99)}\n")
        elif r < 0.86:
            d.w(pre, f"ERROR [{pod}] c.o.r.coupon.RedeemService - redeem failed code={code} reason="
                     f"{R.choice(['EXPIRED', 'ALREADY_USED', 'STORE_NOT_MATCH', 'THRESHOLD_NOT_MET'])} traceId={trace} "
                     f"uid={ruuid()}\n")
        elif r < 0.93:
            d.w(pre, f"DEBUG [{pod}] c.o.r.coupon.IssueService - req body={{\"activityId\":\"ACT{R.randint(1000, 9999)}\",\"phone\":\"",
                P(ph, "PHONE_NUMBER"), f"\",\"smsCode\":\"{R.randint(100000, 999999)}\",\"ts\":{ms}}}\n")
        else:
            d.w(pre, f"INFO  [{pod}] c.o.r.job.ExpireJob - expired {R.randint(100, 9000)} coupons batch=B{dt:%Y%m%d}-{R.randint(1, 20):02d} "
                     f"cost={R.randint(20, 900)}ms version=2.14.{R.randint(0, 9)}\n")
    return d


def f_survey(out):
    d = Doc("satisfaction_survey.csv")
    csv_row(d, ["问卷编号", "提交时间", "门店编码", "业务类型", "总体满意度", "NPS", "意见与建议", "联系电话(选填)", "同意回访"])
    for k in range(88):
        clerk = name()
        me = name()
        ph = mobile()
        tpl = R.randint(0, 13)
        if tpl == 0:
            c = ["店员", P(clerk, "PERSON_NAME"), "态度很好，耐心帮我把旧手机的数据迁移过来，点赞！"]
        elif tpl == 1:
            c = ["办理携号转网等了一个多小时，取号后一直没叫号。我是", P(me, "PERSON_NAME"), "，电话",
                 P(fmt_mobile(ph), "PHONE_NUMBER"), "，希望有人联系我。"]
        elif tpl == 2:
            c = ["买的手机送货地址写错了，正确的是", P(address(), "STREET_ADDRESS"), "，麻烦改一下"]
        elif tpl == 3:
            c = ["无"]
        elif tpl == 4:
            c = ["挺好的"]
        elif tpl == 5:
            c = ["营业员", P(clerk, "PERSON_NAME"), "推销套餐太强硬，不办就不给退款，差评。"]
        elif tpl == 6:
            c = ["积分兑换的耳机一直没到，订单号PM2024031", str(R.randint(10**9, 10**10 - 1)), "，客服10086说查不到"]
        elif tpl == 7:
            c = ["希望周末多开几个窗口"]
        elif tpl == 8:
            c = ["帮我老婆", P(me, "PERSON_NAME"), "(", P(mobile(), "PHONE_NUMBER"), ")办的副卡到现在还没激活"]
        elif tpl == 9:
            c = ["以旧换新估价太低了，我的iPhone 12只给了800块"]
        elif tpl == 10:
            c = ["发布会上", R.choice(["余承东", "雷军"]), "说的功能这台机子上没有？"]
        elif tpl == 11:
            c = ["经理", P(clerk, "PERSON_NAME"), "很专业，宽带师傅上门也准时，好评。请回电", P(landline(), "PHONE_NUMBER")]
        elif tpl == 12:
            c = ["王女士说好的赠品没给，138****", str(R.randint(1000, 9999)), "是我的号"]
        else:
            c = ["发票请开到邮箱 ", P(email(), "EMAIL_ADDRESS"), " 谢谢"]
        dt = f"2024/3/{R.randint(1, 28)} {R.randint(9, 21)}:{R.randint(0, 59):02d}"
        contact = P(ph, "PHONE_NUMBER") if R.random() < 0.45 else (mask_mobile(ph) if R.random() < 0.3 else "")
        csv_row(d, [f"SV{R.randint(10**8, 10**9 - 1)}", dt, R.choice(STORES)[0],
                    R.choice(["购机", "办卡", "携号转网", "宽带", "积分兑换", "以旧换新", "缴费"]),
                    str(R.randint(1, 5)), str(R.randint(0, 10)), c, contact, R.choice(["是", "否"])])
    return d


def f_tradein(out):
    d = Doc("tradein_forms.txt")
    for k in range(26):
        code, sname, saddr = R.choice(STORES)
        nm = name()
        y, m, dd = rand_date(1960, 2004)
        d.w("#" * 48 + "\n")
        d.w(f"  {sname} 以旧换新回收单      单号: TI{R.randint(10**13, 10**14 - 1)}\n")
        d.w(f"  回收服务商: 深圳市某回收科技有限公司 (统一社会信用代码 {uscc_code()})\n")
        d.w("#" * 48 + "\n")
        d.w("卖方姓名: ", P(nm, "PERSON_NAME"), "\n")
        idk = R.choices(["id", "pp", "hk"], [70, 15, 15])[0]
        if idk == "id":
            d.w("证件类型: 居民身份证    证件号码: ", P(resident_id((y, m, dd)), "CHINA_RESIDENT_ID_NUMBER"), "\n")
        elif idk == "pp":
            d.w("证件类型: 护照    证件号码: ", P(passport(), "CHINA_PASSPORT"), "\n")
        else:
            d.w("证件类型: 往来港澳通行证    证件号码: ", P(hk_permit(), "HK_MACAU_TRAVEL_PERMIT"), "\n")
        d.w("联系电话: ", P(fmt_mobile(mobile(), R.choice(["plain", "plain", "sp", "dash"])), "PHONE_NUMBER"), "\n")
        if R.random() < 0.5:
            d.w("联系地址: ", P(address(), "STREET_ADDRESS"), "\n")
        d.w(f"会员号: 88{R.randint(10**9, 10**10 - 1)}\n")
        d.w("\n[旧机信息]\n")
        old = R.choice(["Apple iPhone 11 64G", "华为 P40 Pro", "小米10", "OPPO R17", "vivo X27", "华为 Mate 20 (全网通)",
                        "三星 Galaxy S10 (电信版)", "酷派 8720L 电信定制"])
        d.w(f"机型: {old}\n")
        if "电信" in old and R.random() < 0.8:
            d.w("MEID: ", P(meid(), "MEID"), "\n")
        else:
            d.w(R.choice(["IMEI: ", "IMEI1: ", "旧机串号: "]), P(imei(), "IMEI_HARDWARE_ID"), "\n")
            if R.random() < 0.3:
                d.w("IMEI2: ", P(imei(), "IMEI_HARDWARE_ID"), "\n")
        d.w(f"序列号: {alnum(12)}   成色: {R.choice(['95新', '9成新', '8成新', '屏幕碎裂'])}   "
            f"激活锁: {R.choice(['已关闭', '已关闭', '未关闭(已退回)'])}\n")
        d.w(f"评估价: ¥{R.randint(200, 4000)}.00   补贴: ¥{R.choice([200, 300, 500])}.00\n")
        if R.random() < 0.4:
            d.w("原机解锁密码(检测用): ", P(R.choice([str(R.randint(100000, 999999)), str(R.randint(1000, 9999))]), "CREDENTIAL"),
                "  (检测后已告知客户修改)\n")
        d.w("\n[新机信息]\n")
        pn, price, _ = R.choice(PRODUCTS[:8])
        d.w(f"商品: {pn}   SKU: {R.randint(100000000000, 100099999999)}   条码: {ean13()}\n")
        d.w("新机IMEI: ", P(imei(), "IMEI_HARDWARE_ID"), f"   售价: ¥{price:,.2f}\n")
        d.w("\n[回收款]\n")
        if R.random() < 0.55:
            c = bank_card()
            d.w(f"打款方式: 银行卡   开户行: {R.choice(['中国工商银行', '中国建设银行', '招商银行', '中国农业银行', '平安银行'])}\n")
            d.w("户名: ", P(nm, "PERSON_NAME"), "   卡号: ", P(fmt_card(c), "BANK_CARD_NUMBER"), "\n")
        else:
            d.w("打款方式: 抵扣新机货款\n")
        d.w("\n经办人: ", P(name(), "PERSON_NAME"), f" (工号 E{R.randint(10000, 99999)})   复核: ",
            P(name(), "PERSON_NAME"), "\n")
        d.w(f"日期: 2024年3月{R.randint(1, 28)}日   卖方签字: ________   门店盖章\n")
        d.w("本人承诺所售设备为本人合法所有，非盗抢、非走私物品。客服热线 10086\n\n")
    return d


def f_cctv(out):
    d = Doc("cctv_people_count.csv")
    csv_row(d, ["store_code", "camera_sn", "model", "firmware", "date", "hour", "in", "out", "passby",
                "dwell_avg_s", "heatmap_zone", "ingest_batch"], eol="\n")
    cams = [(s[0], f"DS-2CD{R.randint(1000, 9999)}-{alnum(3)}", f"E{R.randint(10000000, 99999999)}") for s in STORES[:5]]
    for sc, model, sn in cams:
        for day in range(1, 5):
            for h in range(9, 22):
                csv_row(d, [sc, sn, model, f"V5.7.{R.randint(1, 20)} build 2307{R.randint(10, 31)}",
                            f"2024-03-{day:02d}", f"{h:02d}", str(R.randint(0, 160)), str(R.randint(0, 160)),
                            str(R.randint(50, 1500)), str(R.randint(30, 900)),
                            R.choice(["A-entrance", "B-phones", "C-service", "D-accessories"]),
                            str(1709251200000 + day * 86400000 + h * 3600000)], eol="\n")
    return d


def f_face(out):
    d = Doc("face_member_recognition.log")
    ms = 1710288000000
    edges = [(s[0], f"EB{R.randint(10**9, 10**10 - 1)}") for s in STORES]
    for k in range(100):
        ms += R.randint(5000, 400000)
        sc, eip = R.choice(edges)
        rec = {"ts": ms, "store": sc, "cam": f"CAM-{R.randint(1, 6):02d}", "edgeBox": eip,
               "faceId": hexs(32), "quality": round(R.uniform(0.5, 0.99), 3)}
        r = R.random()
        if r < 0.35:
            rec["match"] = None
            rec["event"] = "stranger"
            rec["ageRange"] = R.choice(["18-25", "26-35", "36-45", "46-60"])
        else:
            nm = name()
            ph = mobile()
            m = {"memberNo": f"88{R.randint(10**9, 10**10 - 1)}", "name": L(nm, "PERSON_NAME"),
                 "tier": R.choice(TIERS), "score": round(R.uniform(0.80, 0.99), 4)}
            if R.random() < 0.3:
                m["mobile"] = L(ph, "PHONE_NUMBER")
            else:
                m["mobileMasked"] = mask_mobile(ph)
            rec["match"] = m
            rec["event"] = "member_arrival"
            if R.random() < 0.5:
                staff = name()
                rec["notify"] = {"to": L(staff, "PERSON_NAME"), "channel": "wecom",
                                 "text": [f"{m['tier']}会员 ", L(nm, "PERSON_NAME"), f" 已进店({sc})，请接待"]}
        # serialise; notify.text is a list of segments -> join into one JSON string
        if "notify" in rec:
            segs = rec["notify"].pop("text")
            rec["notify"]["text"] = ("__SEGS__", segs)
        emit_face(d, rec)
    return d


def emit_face(d, rec):
    d.w("{")
    items = list(rec.items())
    for i, (k, v) in enumerate(items):
        d.w(json.dumps(k) + ":")
        if isinstance(v, dict):
            d.w("{")
            sub = list(v.items())
            for j, (k2, v2) in enumerate(sub):
                d.w(json.dumps(k2) + ":")
                if isinstance(v2, tuple) and v2[0] == "__SEGS__":
                    d.w('"')
                    for s in v2[1]:
                        if isinstance(s, L):
                            d.w(P(s.val, s.typ))
                        else:
                            d.w(s)
                    d.w('"')
                else:
                    emit_json(d, v2, indent=0)
                if j < len(sub) - 1:
                    d.w(",")
            d.w("}")
        else:
            emit_json(d, v, indent=0)
        if i < len(items) - 1:
            d.w(",")
    d.w("}\n")


def f_appt(out):
    d = Doc("appointment_system.log")
    ms = 1710374400000
    for k in range(120):
        ms += R.randint(3000, 300000)
        dt = ts_str(ms)
        ip = ipv4() if R.random() < 0.85 else ipv6()
        r = R.random()
        if r < 0.3:
            d.w(P(ip, "IP_ADDRESS"), f" - - [{dt:%d/%b/%Y:%H:%M:%S} +0800] \"GET "
                f"{R.choice(['/api/appt/slots?store=' + R.choice(STORES)[0], '/api/appt/list?page=1', '/static/js/app.9f3c1b.js', '/api/store/nearby'])} HTTP/1.1\" "
                f"{R.choice([200, 200, 200, 304, 404, 502])} {R.randint(120, 40000)} \"-\" \"Mozilla/5.0 (Linux; Android 13)\" rt={R.randint(1, 900) / 1000:.3f}\n")
        elif r < 0.62:
            nm = name()
            body = ['{"name":"', P(nm, "PERSON_NAME"), '","phone":"', P(fmt_mobile(mobile(), R.choice(["plain", "plain", "+86"])), "PHONE_NUMBER"), '"']
            biz = R.choice(["新号入网", "携号转网", "补换卡", "宽带报装", "购机预约", "过户", "实名返档"])
            if biz in ("新号入网", "补换卡", "过户", "实名返档"):
                if R.random() < 0.85:
                    body += [',"idType":"01","idNo":"', P(resident_id(), "CHINA_RESIDENT_ID_NUMBER"), '"']
                else:
                    body += [',"idType":"03","idNo":"', P(passport(), "CHINA_PASSPORT"), '"']
            if R.random() < 0.2:
                body += [',"plateNo":"', P(plate(), "CHINA_LICENSE_PLATE"), '","parking":true']
            body += [f',"biz":"{biz}","storeCode":"{R.choice(STORES)[0]}","slot":"2024-03-{R.randint(15, 30)} {R.choice(["10:00-10:30", "14:00-14:30", "19:00-19:30"])}"']
            if R.random() < 0.3:
                la, ln = coords()
                body += [',"userLoc":"', P(f"{ln},{la}", "LOCATION_COORDINATES"), '"']
            body += ["}"]
            d.w(f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} INFO  [appt-web-{R.randint(1, 4)}] ApptController - "
                f"create reqId={ruuid()} clientIp=", P(ip, "IP_ADDRESS"), " body=", *body, "\n")
        elif r < 0.78:
            d.w(f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} INFO  [appt-notify] SmsNotifier - appt A{dt:%Y%m%d}{R.randint(1000, 9999)} "
                "sms sent mobile=", P(mobile(), "PHONE_NUMBER"), f" template=APPT_CONFIRM code=OK msgId={R.randint(10**15, 10**16 - 1)}\n")
        elif r < 0.86:
            d.w(f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} INFO  [appt-core] ApptService - check-in appt=A{dt:%Y%m%d}{R.randint(1000, 9999)} "
                f"member={mask_mobile(mobile())} queueNo={R.choice('ABCV')}{R.randint(1, 199):03d} window={R.randint(1, 9)}\n")
        elif r < 0.93:
            d.w(f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} DEBUG [appt-core] WifiProbe - store={R.choice(STORES)[0]} "
                f"sta=", P(mac(), "MAC_ADDRESS"), f" rssi=-{R.randint(40, 90)} ap={R.choice(['AP-1F-01', 'AP-1F-02', 'AP-2F-01'])}\n")
        else:
            d.w(f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} WARN  [appt-core] ApptService - slot full store={R.choice(STORES)[0]} "
                f"date=2024-03-{R.randint(15, 30)} capacity={R.randint(10, 40)} version=3.2.{R.randint(0, 12)}\n")
    return d


def f_draw(out):
    d = Doc("lucky_draw_winners.txt")
    d.w("关于“春季焕新 积分抽大奖”活动中奖名单的公示\n\n")
    d.w("尊敬的客户：\n    “春季焕新 积分抽大奖”活动已于2024年3月20日在公证处监督下完成抽奖，现将中奖名单公示如下"
        "（公示期2024年3月21日至2024年3月27日）。如有疑问请拨打客服热线10086或400-800-1860。\n\n")
    prizes = [("一等奖", "华为 Mate 60 Pro 1台", 3), ("二等奖", "小米手环8 NFC版 1个", 12),
              ("三等奖", "50元话费券", 30), ("幸运奖", "2000积分", 25)]
    idx = 1
    for pz, desc, cnt in prizes:
        d.w(f"【{pz}】 {desc}（共{cnt}名）\n")
        d.w("序号  姓名      手机号码          会员等级   兑奖门店\n")
        for _ in range(cnt):
            nm = name()
            ph = mobile()
            leak = R.random() < 0.18
            nmc = P(nm, "PERSON_NAME") if leak or R.random() < 0.05 else mask_name(nm)
            if leak or R.random() < 0.05:
                phc = P(ph if R.random() < 0.7 else fmt_mobile(ph, "sp"), "PHONE_NUMBER")
            else:
                phc = mask_mobile(ph) if R.random() < 0.8 else ph[:3] + "*****" + ph[8:]
            d.w(f"{idx:>3}   ", nmc, "    ", phc, f"    {R.choice(TIERS):<4}   {R.choice(STORES)[1]}\n")
            idx += 1
        d.w("\n")
    d.w("兑奖须知：中奖客户请于2024年4月30日前携本人有效身份证件到指定营业厅兑奖，逾期视为放弃。\n")
    d.w("活动主办：中国移动通信集团广东有限公司 统一社会信用代码 " + uscc_code() + "\n")
    d.w("地址：广州市天河区珠江新城珠江西路11号\n2024年3月21日\n")
    return d


def f_wechat(out):
    d = Doc("wechat_member_bind.log")
    ms = 1710547200000
    appid = "wx" + hexs(16)
    for k in range(95):
        ms += R.randint(2000, 200000)
        dt = ts_str(ms)
        pre = f"{dt:%Y-%m-%d %H:%M:%S}.{dt.microsecond // 1000:03d} [http-nio-8080-exec-{R.randint(1, 64)}] "
        openid = "o" + b64(27).replace("+", "-").replace("/", "_")
        r = R.random()
        if r < 0.25:
            d.w(pre, f"INFO  c.o.mp.MemberBindController - jscode2session ok appid={appid} openid={openid} session_key=",
                P(b64(22) + "==", "CREDENTIAL"), f" unionid=o{b64(27).replace('+', '-').replace('/', '_')} xff=",
                P(ipv4(), "IP_ADDRESS"), "\n")
        elif r < 0.6:
            ph = mobile()
            cc = "86"
            pn = R.choice([ph, ph, "+86" + ph, "+86 " + ph])
            d.w(pre, "INFO  c.o.mp.MemberBindController - decrypt phone ok openid=", openid, ' data={"phoneNumber":"',
                P(pn, "PHONE_NUMBER"), '","purePhoneNumber":"', P(ph, "PHONE_NUMBER"),
                f'","countryCode":"{cc}","watermark":{{"timestamp":{ms // 1000},"appid":"{appid}"}}}}\n')
        elif r < 0.72:
            d.w(pre, f"INFO  c.o.mp.MemberBindService - bind member memberNo=88{R.randint(10**9, 10**10 - 1)} openid={openid} "
                     f"mobile={mask_mobile(mobile())} result=BOUND pointsGift=200\n")
        elif r < 0.8:
            d.w(pre, "DEBUG c.o.mp.TokenCache - refresh access_token ok token=",
                P(f"{R.randint(70, 79)}_" + b64(120).replace("+", "-").replace("/", "_"), "CREDENTIAL"),
                " expires_in=7200\n")
        elif r < 0.88:
            d.w(pre, f"ERROR c.o.mp.MemberBindController - decrypt failed errcode=-41003 iv={b64(22)}== "
                     f"encryptedData={b64(60)}... openid={openid} ip=", P(ipv4(), "IP_ADDRESS"), "\n")
        elif r < 0.94:
            nm = name()
            d.w(pre, "INFO  c.o.mp.ProfileController - update profile openid=", openid, ' {"realName":"', P(nm, "PERSON_NAME"),
                '","birthday":"', P(R.choice([f"{R.randint(1960, 2005)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", f"{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"]), "DATE_OF_BIRTH"),
                '","gender":', str(R.randint(1, 2)), ',"avatarUrl":"https://thirdwx.qlogo.cn/mmopen/vi_32/', b64(40).replace('+', 'A').replace('/', 'b'), '/132"}\n')
        else:
            d.w(pre, f"WARN  c.o.mp.RateLimiter - too many requests openid={openid} count={R.randint(20, 99)} window=60s\n")
    d.w(f"2024-03-16 23:59:59.999 [main] INFO  c.o.mp.Config - mp.secret=", P(hexs(32), "CREDENTIAL"),
        f" mp.appid={appid} sdk=wechat-java-miniapp 4.5.0\n")
    return d


def f_outbound(out):
    d = Doc("outbound_campaign.tsv")
    csv_row(d, ["批次号", "序号", "客户姓名", "手机号码", "备用电话", "归属门店", "最近购买日期", "最近购买商品", "金额",
                "会员等级", "外呼结果", "坐席", "备注"], sep="\t", eol="\n")
    for k in range(68):
        pn, price, _ = R.choice(PRODUCTS)
        alt = R.random()
        if alt < 0.2:
            altc = P(landline(), "PHONE_NUMBER")
        elif alt < 0.3:
            altc = P(mobile(), "PHONE_NUMBER")
        else:
            altc = ""
        res = R.choice(["接通-有意向", "接通-无意向", "未接通", "空号", "关机", "拒访", "预约回访"])
        note = R.choice(["", "", "", "客户要求不再来电", "已加企业微信", ["客户说找", P(name(), "PERSON_NAME"), "办理"], "到店时间待定"])
        csv_row(d, ["OB20240318-03", str(k + 1), P(name(), "PERSON_NAME"),
                    P(fmt_mobile(mobile(), R.choice(["plain", "plain", "plain", "plain", "86", "dash"])), "PHONE_NUMBER"),
                    altc, R.choice(STORES)[0], f"2023-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", pn,
                    f"¥{price:.2f}", R.choice(TIERS), res, [P(name(), "PERSON_NAME"), f"/{R.randint(8000, 8999)}"], note],
                sep="\t", eol="\n")
    return d


def f_letter(out):
    d = Doc("complaint_letter.txt")
    nm = name()
    y, m, dd = rand_date(1968, 1990)
    rid = resident_id((y, m, dd))
    ph = mobile()
    clerk = name()
    wife = name()
    addr = address("full")
    card = bank_card()
    pl = plate()
    im = imei()
    em = email()
    st = STORES[0]
    d.w("致中国移动深圳分公司客户服务中心：\n\n")
    d.w("    本人", P(nm, "PERSON_NAME"), "（身份证号：", P(rid, "CHINA_RESIDENT_ID_NUMBER"), "，出生日期",
        P(f"{y}年{m}月{dd}日", "DATE_OF_BIRTH"), "），手机号码", P(fmt_mobile(ph, "dash"), "PHONE_NUMBER"),
        "，是贵公司十余年的老用户，现居住在", P(addr, "STREET_ADDRESS"), "。\n\n")
    d.w(f"    2024年3月2日下午，我到{st[1]}（{st[2]}）购买了一台华为 Mate 60 Pro，小票号POS20240302{R.randint(100000, 999999)}，"
        "金额¥6,999.00，用银行卡", P(fmt_card(card, "sp4"), "BANK_CARD_NUMBER"), "刷卡支付。营业员", P(clerk, "PERSON_NAME"),
        "（工牌号E20417）向我承诺赠送价值¥599的原装耳机和两年碎屏险，但回家后发现小票上并无相关记录。\n\n")
    d.w("    更严重的是，新机（IMEI ", P(im, "IMEI_HARDWARE_ID"), "）使用三天后就出现屏幕闪烁。3月6日我再次到店，"
        "车停在商场地下停车场（车牌", P(pl, "CHINA_LICENSE_PLATE"), "），等了两个小时，店长只说要寄回厂家检测，"
        "检测周期15个工作日。我爱人", P(wife, "PERSON_NAME"), "（", P(mobile(), "PHONE_NUMBER"), "）当天也在场，可以作证。\n\n")
    d.w("    另外，我在3月8日接到自称贵公司工作人员的电话（来电显示", P(fmt_mobile(mobile()), "PHONE_NUMBER"),
        "），对方准确说出了我的姓名、购机型号和家庭住址，要求我提供银行卡验证码以办理“退款”。"
        "我怀疑门店泄露了我的个人信息，请贵公司彻查。\n\n")
    d.w("    我的诉求：\n    1. 按承诺补发耳机和碎屏险，或退还差价；\n    2. 为我更换新机；\n"
        "    3. 书面说明我的个人信息是否被泄露，以及处理结果。\n\n")
    d.w("    请在15日内答复。联系电话", P(ph, "PHONE_NUMBER"), "，家里座机", P(landline(), "PHONE_NUMBER"),
        "，电子邮箱", P(em, "EMAIL_ADDRESS"), "。如得不到合理答复，我将向工业和信息化部电信用户申诉受理中心（12300）投诉。\n\n")
    d.w("                                               投诉人：", P(nm, "PERSON_NAME"), "\n")
    d.w("                                               2024年3月10日\n\n")
    d.w("附件：购机小票照片、聊天记录截图（IMG_20240306_153012.jpg, SHA256 " + hashlib.sha256(b"x").hexdigest() + "）\n")
    d.w("---- 客服中心登记 ----\n工单号: CS2024031000" + str(R.randint(10000, 99999)) +
        "  登记人: ", P(name(), "PERSON_NAME"), "  分类: 营业厅服务/信息泄露  时限: 2024-03-25\n")
    return d


def f_black(out):
    d = Doc("antifraud_blacklist.csv")
    csv_row(d, ["blacklist_id", "name", "id_type", "id_no", "msisdn", "imei", "imsi", "iccid", "device_mac", "last_login_ip",
                "bank_card", "plate_no", "last_lat", "last_lng", "last_cell", "reason", "source", "created_at", "operator"], eol="\n")
    reasons = ["黄牛批量购机", "冒用他人身份入网", "积分套现", "涉诈电话卡", "盗刷银行卡购机", "以旧换新骗补", "优惠券薅羊毛"]
    for k in range(34):
        idk = R.choices(["id", "id15", "pp", "hk"], [60, 3, 19, 18])[0]
        if idk == "id":
            idn = P(resident_id(), "CHINA_RESIDENT_ID_NUMBER")
            it = "ID"
        elif idk == "id15":
            y, m, dd = rand_date(1950, 1975)
            idn = P(f"{R.choice(REGIONS[:40])}{y % 100:02d}{m:02d}{dd:02d}{R.randint(0, 999):03d}", "CHINA_RESIDENT_ID_NUMBER")
            it = "ID15"
        elif idk == "pp":
            idn = P(passport(), "CHINA_PASSPORT")
            it = "PASSPORT"
        else:
            idn = P(hk_permit(), "HK_MACAU_TRAVEL_PERMIT")
            it = "HKMO_PERMIT"
        dev = R.random()
        imeic = P(imei(), "IMEI_HARDWARE_ID") if dev < 0.7 else (P(meid(), "MEID") if dev < 0.9 else "")
        la, ln = coords()
        cellc = P(R.choice([ecgi(), ecgi(), cgi()]), "CELL_ID") if R.random() < 0.8 else ""
        csv_row(d, [f"BL{R.randint(10**9, 10**10 - 1)}", P(name(), "PERSON_NAME"), it, idn,
                    P(fmt_mobile(mobile(), R.choice(["plain", "plain", "plain", "86", "+86"])), "PHONE_NUMBER"),
                    imeic, P(imsi(), "IMSI_ID") if R.random() < 0.85 else "",
                    P(iccid(), "ICCID_NUMBER") if R.random() < 0.7 else "",
                    P(mac(), "MAC_ADDRESS") if R.random() < 0.6 else "",
                    P(ipv4() if R.random() < 0.8 else ipv6(), "IP_ADDRESS"),
                    P(bank_card(), "BANK_CARD_NUMBER") if R.random() < 0.55 else "",
                    P(plate(), "CHINA_LICENSE_PLATE") if R.random() < 0.3 else "",
                    P(la, "LOCATION_COORDINATES"), P(ln, "LOCATION_COORDINATES"), cellc,
                    R.choice(reasons), R.choice(["风控模型", "门店上报", "公安协查", "银联风险通报"]),
                    f"2024-0{R.randint(1, 3)}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00+08:00",
                    f"RISK{R.randint(100, 999)}"], eol="\n")
    return d


BUILDERS = [f_crm, f_vip, f_pos, f_mall, f_coupon, f_survey, f_tradein, f_cctv, f_face, f_appt, f_draw,
            f_wechat, f_outbound, f_letter, f_black]


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    docs = [b(a.out) for b in BUILDERS]
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as lf:
        for d in docs:
            data = d.bytes()
            with open(os.path.join(a.out, d.name), "wb") as f:
                f.write(data)
            for s, e, t, v in d.labels:
                lf.write(json.dumps({"file": d.name, "start": s, "end": e, "type": t}, ensure_ascii=False) + "\n")
    # verification: re-read and compare
    counts = {}
    for d in docs:
        with open(os.path.join(a.out, d.name), "rb") as f:
            data = f.read()
        for s, e, t, v in d.labels:
            assert data[s:e].decode("utf-8") == v, (d.name, s, e, t, v)
            counts[t] = counts.get(t, 0) + 1
    total = sum(counts.values())
    for t in sorted(counts):
        print(f"{t:28s} {counts[t]}", file=sys.stderr)
    print(f"{'TOTAL':28s} {total}  files={len(docs)}", file=sys.stderr)


if __name__ == "__main__":
    main()
