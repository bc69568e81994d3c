#!/usr/bin/python3
"""Generate the generalization corpus: PI in formats and templates that the shared corpus
(../shared/eval/public) does not use, labelled the way a careful human would label them.

    /usr/bin/python3 tests/data/generalization/make_corpus.py      # rewrites the files here
    /usr/bin/python3 tests/data/generalization/make_corpus.py --out DIR

Stdlib only, deterministic (fixed seeds).  Output: the data files below and labels.jsonl
({"file","start","end","type"}, byte offsets into the UTF-8 file, end exclusive), the same
format as ../shared/eval/public/labels.jsonl.

Identifiers are valid: resident IDs carry the GB 11643 MOD 11-2 check character and real
GB/T 2260 region codes (a few abolished ones, and the 81/82/83 residence-permit prefixes);
IMEIs and bank cards pass Luhn; mobile numbers use allocated prefixes only; IMSIs use Chinese
MNCs; ICCIDs start 8986.  Labelling conventions:
  * a phone label covers the number as written, including +86/0086/86 and separators
    ("+86 138 0013 8000", "(010) 6552 8899"), but not an extension;
  * an address label covers the whole address up to the house/room number;
  * a credential label covers the secret only (not "Bearer ", not the key);
  * a value inside quotes is labelled without the quotes; a percent-encoded value is labelled
    as encoded in the file (offsets are into the file as stored);
  * masked values (138****8000), service numbers (400/800/95xxx/100xx), company codes, order,
    tracking and transaction numbers, timestamps, hashes, UUIDs, versions and non-birth dates
    are NOT labelled (they are the negatives).
"""
import json
import os
import random
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- reference data
# GB/T 2260 codes (checked against python-stdnum loc.dat): code, province, city, district.
REGIONS = [
    ("110105", "北京市", "", "朝阳区"), ("110108", "北京市", "", "海淀区"),
    ("310104", "上海市", "", "徐汇区"), ("310115", "上海市", "", "浦东新区"),
    ("120101", "天津市", "", "和平区"), ("500103", "重庆市", "", "渝中区"),
    ("440106", "广东省", "广州市", "天河区"), ("440305", "广东省", "深圳市", "南山区"),
    ("330106", "浙江省", "杭州市", "西湖区"), ("320102", "江苏省", "南京市", "玄武区"),
    ("320506", "江苏省", "苏州市", "吴中区"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("420106", "湖北省", "武汉市", "武昌区"), ("510107", "四川省", "成都市", "武侯区"),
    ("610113", "陕西省", "西安市", "雁塔区"), ("370202", "山东省", "青岛市", "市南区"),
    ("370102", "山东省", "济南市", "历下区"), ("350203", "福建省", "厦门市", "思明区"),
    ("410105", "河南省", "郑州市", "金水区"), ("340104", "安徽省", "合肥市", "蜀山区"),
    ("210102", "辽宁省", "沈阳市", "和平区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
    ("530102", "云南省", "昆明市", "五华区"), ("450103", "广西壮族自治区", "南宁市", "青秀区"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("520102", "贵州省", "贵阳市", "南明区"), ("130102", "河北省", "石家庄市", "长安区"),
    ("140105", "山西省", "太原市", "小店区"), ("620102", "甘肃省", "兰州市", "城关区"),
    ("460106", "海南省", "海口市", "龙华区"), ("150102", "内蒙古自治区", "呼和浩特市", "新城区"),
]
ABOLISHED = ["110103", "310103", "320103"]          # 崇文区 -2010, 卢湾区 -2011, 白下区 -2013
PERMIT_PREFIX = ["810000", "820000", "830000"]        # HK / Macau / Taiwan residence permits
ROADS = ["建国路", "中关村大街", "漕溪北路", "世纪大道", "解放南路", "天河路", "深南大道", "文三路",
         "中山北路", "人民路", "麓山南路", "中南路", "武侯祠大街", "小寨东路", "香港中路", "泉城路",
         "湖滨北路", "花园路", "长江西路", "青年大街", "红旗街", "东风路", "民族大道", "友好北路",
         "八一大道", "中华北路", "长风街", "庆阳路", "国贸路", "新华东街", "学府路", "滨河东路",
         "北京路", "南京路", "人民南路四段"]     # roads named after cities, and 段 sections, are common
ESTATES = ["阳光花园", "翠湖小区", "金色家园", "锦绣华庭", "幸福里小区", "万科城", "华润中心",
           "绿地大厦", "时代广场", "国际金融中心", "紫荆公寓", "碧桂园"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘"
                "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱"
                "江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "令狐"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红波鑫宇浩然婷雪琳晨欣怡"
             "子轩梓涵思雨佳俊博文嘉睿凯瑞志建国海斌兰凤慧颖倩玲晓亮鹏")
PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"]
PY_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Xiaoming", "Jianguo", "Haoran", "Yuxuan", "Lei",
            "Tingting", "Jie", "Xin", "Zihan"]
MOBILE_PREFIXES = ([f"13{d}" for d in range(10)] + ["145", "147"] +
                   [f"15{d}" for d in "01235679"] + ["158", "159"] + ["162", "165", "166", "167"] +
                   [f"17{d}" for d in "01235678"] + [f"18{d}" for d in range(10)] +
                   [f"19{d}" for d in "01235789"] + ["196"])
AREA_CODES = ["010", "021", "022", "023", "020", "025", "027", "028", "029", "0755", "0571",
              "0731", "0591", "0532", "0512", "0769", "0351", "0871"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "139.com",
                "foxmail.com", "hotmail.com", "chinatelecom.cn", "yeah.net"]
PLATE_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
TACS = ["35209900", "35328411", "86406113", "86891503", "86765104", "35698409", "01326900",
        "35875610", "86176505", "99001234"]
BINS_UP = ["622202", "622848", "621700", "622588", "621483", "623058", "622700", "625807"]


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def rid_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng):
    """Unified Social Credit Code (GB 32100): 91 + region + 9-char org code + check."""
    region = rng.choice(REGIONS)[0]
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") if i < 2 else rng.choice("0123456789")
                   for i in range(8))
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c9 = 11 - sum(val(c) * k for c, k in zip(org8, ow)) % 11
    org = org8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    body = "91" + region + org
    uw = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(USCC_CHARS.index(c) * k for c, k in zip(body, uw))
    return body + USCC_CHARS[(31 - s % 31) % 31]


# ---------------------------------------------------------------- generators
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def birth(self, lo=1950, hi=2006):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def rid(self, birth=None, region=None, lower_x=False):
        y, m, d = birth or self.birth()
        region = region or self.r.choice(REGIONS)[0]
        body = f"{region}{y:04d}{m:02d}{d:02d}{self.digits(3)}"
        c = rid_check(body)
        return body + (c.lower() if lower_x else c)

    def rid_x(self):
        """A resident ID whose check character is X."""
        while True:
            v = self.rid()
            if v.endswith("X"):
                return v

    def rid15(self):
        y, m, d = self.birth(1940, 1979)
        return f"{self.r.choice(REGIONS)[0]}{y % 100:02d}{m:02d}{d:02d}{self.digits(3)}"

    def rid15_luhn(self):
        """A legacy 15-digit ID that also happens to pass Luhn (about 1 in 10 do)."""
        while True:
            v = self.rid15()
            if luhn_digit(v[:-1]) == v[-1]:
                return v

    def mobile(self):
        return self.r.choice(MOBILE_PREFIXES) + self.digits(8)

    def fmt_mobile(self, m, style=None):
        style = style or self.r.choice(["plain", "plain", "dash", "space", "p86", "p86sp", "0086",
                                        "86", "paren", "fw"])
        g = (m[:3], m[3:7], m[7:])
        return {
            "plain": m, "dash": "-".join(g), "space": " ".join(g),
            "p86": "+86" + m, "p86sp": "+86 " + " ".join(g), "0086": "0086-" + "-".join(g),
            "86": "86" + m, "paren": "(+86)" + m, "fw": fullwidth(m),
        }[style]

    def landline(self, style=None):
        ac = self.r.choice(AREA_CODES)
        n = self.digits(8 if len(ac) == 3 else self.r.choice([7, 8]), "2345678")
        style = style or self.r.choice(["dash", "paren", "space", "dash"])
        if style == "dash":
            return f"{ac}-{n}"
        if style == "paren":
            return f"({ac}) {n}"
        return f"{ac} {n[:4]} {n[4:]}"

    def name(self):
        sur = self.r.choice(COMPOUND) if self.r.random() < 0.08 else self.r.choice(SURNAMES)
        k = 1 if self.r.random() < 0.3 else 2
        return sur + "".join(self.r.choice(GIVEN) for _ in range(k))

    def name_py(self):
        return f"{self.r.choice(PY_SUR)} {self.r.choice(PY_GIVEN)}"

    def address(self, level=None):
        code, prov, city, dist = self.r.choice(REGIONS)
        road = self.r.choice(ROADS)
        no = self.r.randint(1, 999)
        level = level or self.r.choice(["full", "full", "city", "dist"])
        head = {"full": prov + city + dist, "city": (city or prov) + dist, "dist": dist}[level]
        tail = self.r.choice([
            f"{road}{no}号",
            f"{road}{no}号{self.r.choice(ESTATES)}{self.r.randint(1, 30)}栋{self.r.randint(1, 6)}单元"
            f"{self.r.randint(1, 33)}{self.r.randint(1, 4):02d}室",
            f"{road}{no}号院{self.r.randint(1, 20)}号楼{self.r.randint(1, 30)}{self.r.randint(1, 8):02d}室",
            f"{road}{no}弄{self.r.randint(1, 60)}号{self.r.randint(1, 20)}0{self.r.randint(1, 4)}室",
            f"{road}{no}号{self.r.choice(ESTATES)}{self.r.randint(2, 40)}层",
        ])
        return head + tail

    def email(self):
        r = self.r
        local = r.choice([
            lambda: r.choice(PY_SUR).lower() + "." + r.choice(PY_GIVEN).lower(),
            lambda: r.choice(PY_GIVEN).lower() + str(r.randint(1, 9999)),
            lambda: self.digits(r.randint(6, 10), "123456789"),
            lambda: r.choice(PY_SUR).lower() + "_" + r.choice(PY_GIVEN).lower() + str(r.randint(60, 99)),
        ])()
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def bank(self, grouped=False):
        if self.r.random() < 0.8:
            body = self.r.choice(BINS_UP) + self.digits(self.r.choice([9, 12]))
        else:
            body = "4" + self.digits(14)
        card = body + luhn_digit(body)
        if grouped:
            card = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        return card

    def imei(self):
        body = self.r.choice(TACS) + self.digits(6)
        return body + luhn_digit(body)

    def imsi(self):
        return "460" + self.r.choice(["00", "01", "02", "03", "07", "08", "11"]) + self.digits(10)

    def meid(self):
        return self.r.choice(["A0", "A1"]) + "".join(self.r.choice("0123456789ABCDEF") for _ in range(12))

    def iccid(self):
        return "8986" + self.r.choice(["00", "01", "03", "11", "06"]) + self.digits(self.r.choice([13, 14]))

    def mac(self, sep=":", upper=None):
        upper = self.r.random() < 0.5 if upper is None else upper
        parts = ["%02x" % self.r.randint(0, 255) for _ in range(6)]
        parts[0] = "%02x" % (self.r.randint(0, 63) * 4)
        while not any(c.isdigit() for c in "".join(parts)):
            parts[5] = "%02x" % self.r.randint(0, 99)
        s = sep.join(parts)
        return s.upper() if upper else s

    def mac_cisco(self):
        h = "".join("%02x" % self.r.randint(0, 255) for _ in range(6))
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"

    def ipv4(self, private=False):
        if private:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        first = self.r.choice([223, 183, 117, 112, 36, 39, 42, 58, 101, 114, 120, 180, 221])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self):
        pre = self.r.choice(["240e", "2408", "2409", "2001:da8"])
        groups = ["%x" % self.r.randint(1, 0xffff) for _ in range(5 - pre.count(":"))]
        return pre + ":" + ":".join(groups) + "::" + "%x" % self.r.randint(1, 0xffff)

    def coords(self):
        return round(self.r.uniform(22.0, 45.0), 6), round(self.r.uniform(100.0, 125.0), 6)

    def cgi(self):
        return f"460-{self.r.choice(['00', '01', '11'])}-{self.r.randint(1000, 65535)}-{self.r.randint(1000, 268435455)}"

    def plate(self):
        p = self.r.choice(PLATE_PROV) + self.r.choice(PLATE_LETTERS)
        if self.r.random() < 0.25:
            tail = self.r.choice("DF") + self.digits(5)
        else:
            tail = [self.r.choice("0123456789") for _ in range(5)]
            for pos in self.r.sample(range(5), self.r.choice([0, 1, 1, 2])):
                tail[pos] = self.r.choice(PLATE_LETTERS)
            tail = "".join(tail)
        sep = self.r.choice(["", "·", " ", ""])
        return p + sep + tail

    def passport(self):
        if self.r.random() < 0.6:
            return "E" + self.digits(8)
        return "E" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)

    def hk_permit(self):
        if self.r.random() < 0.7:
            return "C" + self.digits(8)
        return "C" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)

    def secret(self, n=None):
        n = n or self.r.randint(8, 16)
        a = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        s = "".join(self.r.choice(a) for _ in range(n))
        return s + self.r.choice(["!", "@", "#", "", "_1"])

    def jwt(self):
        a = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
        p = lambda n: "".join(self.r.choice(a) for _ in range(n))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + p(60) + "." + p(43)

    # negatives
    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def order_no(self):
        return f"2024{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}" + self.digits(self.r.choice([10, 12, 13]))

    def ts_ms(self):
        return str(self.r.randint(1700000000000, 1730000000000))

    def when(self):
        return (2024, self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(0, 23),
                self.r.randint(0, 59), self.r.randint(0, 59))

    def tracking(self):
        return self.r.choice([
            lambda: "SF" + self.digits(13, "1"), lambda: "YT" + self.digits(13, "7"),
            lambda: "JDVA" + self.digits(11, "123"), lambda: "75" + self.digits(12),
            lambda: "E" + self.r.choice("ABCMR") + self.digits(9) + "CN",
        ])()

    def service_no(self):
        return self.r.choice(["400-820-8820", "400-610-1688", "800-810-8888", "95588", "95533",
                              "10086", "10010", "10000", "12345", "4006-123-456", "95598"])

    def price(self):
        return self.r.choice([f"¥{self.r.randint(1, 9)},{self.r.randint(100, 999)}.00",
                              f"{self.r.randint(10, 999)}.{self.r.randint(0, 99):02d}元",
                              f"{self.r.randint(1000, 99999)}元"])

    def zipcode(self):
        return self.r.choice(["100020", "200030", "518057", "310012", "610041", "430082", "710061"])

    def masked_phone(self):
        m = self.mobile()
        return m[:3] + "****" + m[7:]

    def masked_id(self):
        v = self.rid()
        return v[:6] + "********" + v[14:]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def pct(s):
    return urllib.parse.quote(s, safe="")


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def line(self, *parts):
        """parts: plain str, or (TYPE, str) for a labelled span."""
        for p in parts:
            if isinstance(p, tuple):
                typ, s = p
                start = len(self.buf)
                self.buf += s.encode("utf-8")
                self.labels.append({"file": self.name, "start": start, "end": len(self.buf), "type": typ})
            else:
                self.buf += p.encode("utf-8")
        self.buf += b"\n"


PH, RID, NM, DOB, ADDR, EM, BANK = ("PHONE_NUMBER", "CHINA_RESIDENT_ID_NUMBER", "PERSON_NAME",
                                    "DATE_OF_BIRTH", "STREET_ADDRESS", "EMAIL_ADDRESS", "BANK_CARD_NUMBER")
CRED, IMSI, IMEI, MEID, ICCID, MAC, IP = ("CREDENTIAL", "IMSI_ID", "IMEI_HARDWARE_ID", "MEID",
                                          "ICCID_NUMBER", "MAC_ADDRESS", "IP_ADDRESS")
LOC, CELL, PLATE, PASS, HKMO = ("LOCATION_COORDINATES", "CELL_ID", "CHINA_LICENSE_PLATE",
                                "CHINA_PASSPORT", "HK_MACAU_TRAVEL_PERMIT")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def dob_str(g, b, style=None):
    y, m, d = b
    style = style or g.r.choice(["iso", "slash", "dot", "cn", "compact", "iso"])
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "slash": f"{y}/{m}/{d}", "dot": f"{y}.{m:02d}.{d:02d}",
            "cn": f"{y}年{m}月{d}日", "compact": f"{y:04d}{m:02d}{d:02d}"}[style]


# ---------------------------------------------------------------- access.log (nginx/Apache)
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/4G Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2229A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.193 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.95 Safari/537.36 Edg/122.0.2365.80",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 12; PEGM00 Build/SKQ1.210216.001) AlipayClient/10.5.86.8000",
    "curl/8.4.0",
]


def access_log(g):
    d = Doc("access.log")

    def stamp():
        y, mo, dd, h, mi, s = g.when()
        return f"[{dd:02d}/{MONTHS[mo - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0800]"

    for i in range(20):
        ip = g.ipv4()
        ua = g.r.choice(UAS)
        k = i % 13
        req_tail = f" HTTP/1.1\" {g.r.choice([200, 200, 302, 400, 404])} {g.r.randint(120, 9000)} "
        if k == 0:
            m, rid = g.mobile(), g.rid()
            d.line((IP, ip), f" - - {stamp()} \"GET /api/v1/realname/verify?phone=", (PH, m), "&idcard=",
                   (RID, rid), f"&ts={g.ts_ms()}&sign={g.hexs(32)}", req_tail,
                   "\"https://m.10086-example.cn/bind\" \"", ua, "\"")
        elif k == 1:
            e = g.email()
            d.line((IP, ip), f" - - {stamp()} \"GET /user/subscribe?email=", (EM, pct(e)),
                   f"&source=newsletter&utm_campaign=spring{g.r.randint(1, 9)}", req_tail, "\"-\" \"", ua, "\"")
        elif k == 2:
            nm, m = g.name(), g.mobile()
            d.line((IP, ip), f" - - {stamp()} \"GET /h5/order/create?name=", (NM, pct(nm)), "&mobile=",
                   (PH, m), f"&orderNo={g.order_no()}&amount={g.r.randint(1, 500)}.00", req_tail,
                   "\"-\" \"", ua, "\"")
        elif k == 3:
            d.line((IP, ip), f" - - {stamp()} \"GET /static/js/app.{g.hexs(8)}.js", req_tail,
                   "\"https://www.example-telecom.cn/\" \"", ua, "\"")
        elif k == 4:
            xff = g.ipv4()
            d.line((IP, g.ipv4(private=True)), f" - - {stamp()} \"POST /api/v2/sms/send", req_tail,
                   "\"-\" \"", ua, "\" \"", (IP, xff), ", ", (IP, g.ipv4(private=True)), f"\" rt=0.0{g.r.randint(10, 99)}")
        elif k == 5:
            tok = g.secret(32)
            d.line((IP, ip), f" - - {stamp()} \"GET /oauth/callback?code={g.hexs(16)}&access_token=", (CRED, tok),
                   f"&state={g.hexs(8)}", req_tail, "\"-\" \"", ua, "\"")
        elif k == 6:
            lat, lng = g.coords()
            d.line((IP, ip), f" - - {stamp()} \"GET /lbs/nearby?lat=", (LOC, f"{lat}"), "&lng=", (LOC, f"{lng}"),
                   f"&radius=500&page=1", req_tail, "\"-\" \"", ua, "\"")
        elif k == 7:
            m = g.fmt_mobile(g.mobile(), "p86")
            d.line((IP, ip), f" - - {stamp()} \"GET /api/v1/account/query?msisdn=", (PH, pct(m)),
                   f"&channel=app&version=5.2.1", req_tail, "\"-\" \"", ua, "\"")
        elif k == 8:
            imei, imsi = g.imei(), g.imsi()
            d.line((IP, ip), f" - - {stamp()} \"POST /device/register?imei=", (IMEI, imei), "&imsi=", (IMSI, imsi),
                   f"&os=android&osv=13&build=3.1.0.2", req_tail, "\"-\" \"", ua, "\"")
        elif k == 9:
            # Apache common log with an authenticated user (user name is not a listed type)
            d.line((IP, ip), f" - ops_admin {stamp()} \"GET /admin/export?type=user&date=2024-03-18&batch={g.digits(12)}",
                   req_tail.rstrip())
        elif k == 10:
            pw = g.secret()
            d.line((IP, ip), f" - - {stamp()} \"GET /legacy/login.do?username=", (PH, g.mobile()), "&password=",
                   (CRED, pw), "&captcha=", g.hexs(4), req_tail, "\"-\" \"", ua, "\"")
        elif k == 11:
            d.line((IP, ip), f" - - {stamp()} \"GET /api/v1/track?waybill={g.tracking()}&traceId={g.uuid()}",
                   req_tail, "\"-\" \"", ua, "\" request_time=0.", str(g.r.randint(100, 999)))
        else:
            cert = g.rid(lower_x=False)
            d.line((IP, ip), f" - - {stamp()} \"GET /api/insure/quote?certNo=", (RID, cert), "&birthday=",
                   (DOB, dob_str(g, (int(cert[6:10]), int(cert[10:12]), int(cert[12:14])), "iso")),
                   f"&premium=1380.00&policyNo=P{g.digits(15)}", req_tail, "\"-\" \"", ua, "\"")
    # IPv6 client
    d.line((IP, g.ipv6()), " - - [18/Mar/2024:10:15:32 +0800] \"GET /api/v1/plan/list?city=0731 HTTP/2.0\" 200 2311 \"-\" \"",
           UAS[3], "\"")
    return d


# ---------------------------------------------------------------- app.log (Java, syslog)
def app_log(g):
    d = Doc("app.log")

    def ts():
        y, mo, dd, h, mi, s = g.when()
        return f"{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d}.{g.r.randint(0, 999):03d}"

    def sys_ts():
        y, mo, dd, h, mi, s = g.when()
        return f"{MONTHS[mo - 1]} {dd:2d} {h:02d}:{mi:02d}:{s:02d}"

    def frames(n):
        cls = ["com.example.crm.service.CustomerServiceImpl", "com.example.crm.web.CustomerController",
               "org.springframework.web.servlet.FrameworkServlet", "sun.reflect.GeneratedMethodAccessor87"]
        for j in range(n):
            c = g.r.choice(cls)
            d.line(f"\tat {c}.{g.r.choice(['verify', 'bind', 'update', 'invoke', 'doPost'])}"
                   f"({c.rsplit('.', 1)[1]}.java:{g.r.randint(40, 900)})")

    for i in range(12):
        nm, rid, m = g.name(), g.rid(), g.mobile()
        k = i % 6
        if k == 0:
            d.line(f"{ts()} ERROR {g.r.randint(1000, 40000)} --- [nio-8080-exec-{g.r.randint(1, 200)}] "
                   f"c.e.crm.service.CustomerServiceImpl      : 实名认证失败 traceId={g.hexs(16)}")
            d.line("com.example.crm.exception.RealNameVerifyException: 身份证号", (RID, rid), "与姓名", (NM, nm), "不匹配")
            frames(3)
            d.line(f"\t... {g.r.randint(20, 90)} common frames omitted")
        elif k == 1:
            d.line(f"{ts()} WARN  [kafka-consumer-{g.r.randint(1, 9)}] c.e.billing.SyncJob - retry {g.r.randint(1, 5)}/5")
            d.line("org.springframework.dao.DuplicateKeyException: ### Error updating database.  Cause: "
                   "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '", (PH, m),
                   "' for key 'uk_mobile'")
            frames(2)
        elif k == 2:
            e = g.email()
            d.line(f"{ts()} ERROR [mail-sender-1] c.e.notify.MailService - send failed")
            d.line("javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:")
            d.line("\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <", (EM, e),
                   ">: Recipient address rejected: User unknown")
            frames(2)
        elif k == 3:
            fm = g.fmt_mobile(m, g.r.choice(["p86sp", "dash", "0086"]))
            d.line(f"{ts()} ERROR [http-nio-8080-exec-{g.r.randint(1, 200)}] c.e.sms.SmsClient - ",
                   f"feign.FeignException$BadRequest: [400] during [POST] to [http://",
                   (IP, g.ipv4(private=True)), ":8080/api/v1/sms/send] [SmsClient#send(SmsRequest)]: "
                   "[{\"code\":\"INVALID_MOBILE\",\"msg\":\"手机号 ", (PH, fm), " 格式错误\"}]")
        elif k == 4:
            d.line(f"{ts()} ERROR [main] c.a.fastjson.JSON - com.alibaba.fastjson.JSONException: syntax error, "
                   f"pos {g.r.randint(40, 90)}, line 1, column {g.r.randint(40, 90)}"
                   "{\"name\":\"", (NM, nm), "\",\"mobile\":\"", (PH, m), "\",\"idCard\":\"", (RID, rid), "\",")
        else:
            d.line(f"{ts()} INFO  [http-nio-8080-exec-{g.r.randint(1, 200)}] c.e.crm.AuditAspect - "
                   f"user={g.masked_phone()} idNo={g.masked_id()} name={nm[0]}*{'*' if len(nm) > 2 else ''} "
                   f"op=QUERY cost={g.r.randint(3, 900)}ms")
            d.line(f"java.lang.NumberFormatException: For input string: \"{g.mobile()[:10]}a\"")
            d.line("java.lang.IllegalArgumentException: invalid birthday 生日格式错误: ", (DOB, dob_str(g, g.birth(), "slash")),
                   ", expected yyyy-MM-dd")
    # syslog
    for i in range(18):
        host = g.r.choice(["bras-01", "bras-02", "fw01", "web03", "hlr01", "sw-core-2", "smsgw"])
        k = i % 9
        if k == 0:
            d.line(f"{sys_ts()} {host} radiusd[{g.r.randint(100, 9999)}]: Login OK: [", (PH, g.mobile()),
                   "] (from client bras01 port 12 cli ", (MAC, g.mac("-")), ")")
        elif k == 1:
            d.line(f"<4>{sys_ts()} {host} kernel: [{g.r.randint(10000, 999999)}.{g.r.randint(100, 999)}] "
                   "DROP IN=eth0 OUT= SRC=", (IP, g.ipv4()), " DST=", (IP, g.ipv4(private=True)),
                   f" LEN=60 TOS=0x00 PROTO=TCP SPT={g.r.randint(1024, 65535)} DPT=22")
        elif k == 2:
            d.line(f"{sys_ts()} {host} sshd[{g.r.randint(100, 30000)}]: Failed password for invalid user admin from ",
                   (IP, g.ipv4()), f" port {g.r.randint(1024, 65535)} ssh2")
        elif k == 3:
            m = "86" + g.mobile()
            d.line(f"{sys_ts()} {host} smsgw[{g.r.randint(100, 9999)}]: submit_sm dest=", (PH, m),
                   f" tpl=SMS_{g.digits(9)} msgid={g.digits(18)} status=DELIVRD")
        elif k == 4:
            d.line(f"{sys_ts()} {host} dhcpd[{g.r.randint(100, 9999)}]: DHCPACK on ", (IP, g.ipv4(private=True)),
                   " to ", (MAC, g.mac(":", False)), " via eth1")
        elif k == 5:
            d.line(f"{sys_ts()} {host} %SW_MATM-4-MACFLAP_NOTIF: Host ", (MAC, g.mac_cisco()),
                   f" in vlan {g.r.randint(2, 400)} is flapping between port Gi1/0/{g.r.randint(1, 48)} "
                   f"and port Gi1/0/{g.r.randint(1, 48)}")
        elif k == 6:
            d.line(f"{sys_ts()} {host} hlrd[{g.r.randint(100, 999)}]: UpdateLocation IMSI:", (IMSI, g.imsi()),
                   " MSISDN:", (PH, "86" + g.mobile()), " CGI:", (CELL, g.cgi()))
        elif k == 7:
            d.line(f"{sys_ts()} {host} systemd[1]: Started Session {g.r.randint(100, 99999)} of user root. "
                   f"pkg=openssl-3.0.13-1 build=1.2.0.5 uptime={g.ts_ms()}")
        else:
            d.line(f"{sys_ts()} {host} aaa[{g.r.randint(100, 999)}]: Accounting-Start User-Name=",
                   (PH, g.mobile()), "@cmnet Framed-IP-Address=", (IP, g.ipv4(private=True)),
                   " Calling-Station-Id=", (IMEI, g.imei()), " Acct-Session-Id=", g.hexs(16))
    return d


# ---------------------------------------------------------------- dump.sql
def sql_dump(g):
    d = Doc("dump.sql")
    d.line("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)")
    d.line("-- Host: ", (IP, "10.12.0.5"), "    Database: crm_prod")
    d.line("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;")
    d.line("/*!50503 SET NAMES utf8mb4 */;")
    d.line("INSERT INTO `t_customer` (`id`, `real_name`, `mobile`, `cert_no`, `email`, `birthday`, "
           "`address`, `bank_card`, `created_at`) VALUES")
    rows = 10
    for i in range(rows):
        nm, m, b = g.name(), g.mobile(), g.birth()
        rid = g.rid(birth=b, lower_x=(i == 3))
        e, a, card = g.email(), g.address(), g.bank()
        y, mo, dd, h, mi, s = g.when()
        end = ";" if i == rows - 1 else ","
        d.line(f"({100230 + i},'", (NM, nm), "','", (PH, m), "','", (RID, rid), "','", (EM, e), "','",
               (DOB, dob_str(g, b, "iso")), "','", (ADDR, a), "','", (BANK, card),
               f"','{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d}'){end}")
    d.line("INSERT INTO t_order VALUES ")
    for i in range(6):
        end = ";" if i == 5 else ","
        y, mo, dd, h, mi, s = g.when()
        d.line(f"('{g.order_no()}',{g.r.randint(100230, 100243)},'{g.tracking()}',{g.r.randint(100, 99999)},"
               f"'{g.uuid()}','{y}-{mo:02d}-{dd:02d}','{uscc(g.r)}',{g.ts_ms()}){end}")
    for i in range(8):
        k = i % 4
        if k == 0:
            d.line("UPDATE t_customer SET mobile = '", (PH, g.mobile()), "', address = '", (ADDR, g.address()),
                   f"', updated_at = NOW() WHERE id = {g.r.randint(100230, 100243)};")
        elif k == 1:
            d.line("SELECT id, real_name FROM t_customer WHERE cert_no = '", (RID, g.rid()), "' OR mobile = '",
                   (PH, g.mobile()), "' LIMIT 1;")
        elif k == 2:
            lat, lng = g.coords()
            d.line(f"INSERT INTO t_device (imsi, imei, iccid, last_pos, mac) VALUES ('", (IMSI, g.imsi()), "','",
                   (IMEI, g.imei()), "','", (ICCID, g.iccid()), "',ST_GeomFromText('POINT(",
                   (LOC, f"{lng} {lat}"), ")'),'", (MAC, g.mac(":")), "');")
        else:
            d.line("INSERT INTO t_user_auth (user_id, login_name, password, salt) VALUES (",
                   str(g.r.randint(100230, 100243)), ", '", (EM, g.email()), "', '", (CRED, g.secret()),
                   f"', '{g.hexs(16)}');")
    d.line("INSERT INTO t_vehicle (owner_id, plate_no, vin, passport_no) VALUES "
           f"({g.r.randint(100230, 100243)}, '", (PLATE, g.plate()), "', 'LSVAU2180N2" + g.digits(6) + "', '",
           (PASS, g.passport()), "');")
    d.line(f"-- Dump completed on 2024-03-18 {g.r.randint(0, 23):02d}:14:09")
    return d


# ---------------------------------------------------------------- pages.html (XML/HTML)
def pages(g):
    d = Doc("pages.html")
    d.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    d.line("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">")
    d.line("<soapenv:Body><ns2:OpenAccountReq xmlns:ns2=\"http://boss.example.cn/ws/v3\">")
    for i in range(4):
        nm, m, b = g.name(), g.mobile(), g.birth()
        rid = g.rid(birth=b)
        d.line("  <Subscriber seq=\"", str(i + 1), "\" channel=\"", g.digits(8), "\">")
        d.line("    <CustName>", (NM, nm), "</CustName>")
        d.line("    <MSISDN>", (PH, "86" + m if i % 2 else m), "</MSISDN>")
        d.line("    <CertType>01</CertType><CertNo>", (RID, rid), "</CertNo>")
        d.line("    <BirthDate>", (DOB, dob_str(g, b, "compact" if i % 3 == 0 else "iso")), "</BirthDate>")
        d.line("    <ContactAddr>", (ADDR, g.address()), "</ContactAddr>")
        d.line("    <IMSI>", (IMSI, g.imsi()), "</IMSI><ICCID>", (ICCID, g.iccid()), "</ICCID>")
        d.line(f"    <OrderId>{g.order_no()}</OrderId><CreateTime>2024{g.r.randint(1, 12):02d}"
               f"{g.r.randint(10, 28)}{g.r.randint(100000, 235959)}</CreateTime>")
        d.line("  </Subscriber>")
    d.line("</ns2:OpenAccountReq></soapenv:Body></soapenv:Envelope>")
    d.line("<!DOCTYPE html>")
    d.line("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"version\" content=\"3.2.1.4\">"
           f"<script src=\"/static/app.{g.hexs(20)}.js?v=20240318\"></script></head><body>")
    d.line("<table class=\"user-info\">")
    for i in range(5):
        nm, m = g.name(), g.mobile()
        d.line("<tr><td>姓名</td><td>", (NM, nm), "</td><td>手机</td><td>", (PH, g.fmt_mobile(m, "space")),
               "</td><td>身份证</td><td>", (RID, g.rid()), "</td></tr>")
    d.line("</table>")
    for i in range(4):
        e = g.email()
        d.line("<p>联系邮箱：<a href=\"mailto:", (EM, e), "\">", (EM, e), "</a></p>")
    for i in range(3):
        d.line("<form action=\"/bind\" method=\"post\"><input type=\"text\" name=\"mobile\" value=\"",
               (PH, g.mobile()), "\"><input type=\"hidden\" name=\"csrf\" value=\"", g.hexs(32), "\"></form>")
    for i in range(3):
        d.line("<p class=\"addr\">收货地址：<span>", (ADDR, g.address()), "</span> 联系电话：<span>",
               (PH, g.landline()), "</span></p>")
    d.line("<user phone=\"", (PH, g.mobile()), "\" idcard=\"", (RID, g.rid()), "\" imei=\"", (IMEI, g.imei()),
           "\" mac=\"", (MAC, g.mac("-", True)), "\" />")
    d.line("<user phone=\"", (PH, g.mobile()), "\" idcard=\"", (RID, g.rid_x()), "\" meid=\"", (MEID, g.meid()),
           "\" plate=\"", (PLATE, g.plate()), "\" />")
    d.line(f"<footer>客服热线：{g.service_no()} 京ICP备{g.digits(8)}号 统一社会信用代码：{uscc(g.r)} "
           f"邮编：{g.zipcode()} 版本 v2.14.3 更新于2024-03-18</footer>")
    d.line(f"<div data-order=\"{g.order_no()}\" data-sku=\"{g.digits(13)}\" data-price=\"{g.price()}\"></div>")
    d.line("</body></html>")
    return d


# ---------------------------------------------------------------- http.txt (headers + YAML)
def http_yaml(g):
    d = Doc("http.txt")
    for i in range(4):
        d.line("POST /api/v2/account/bind HTTP/1.1")
        d.line("Host: api.example-telecom.cn")
        if i % 2 == 0:
            d.line("Authorization: Bearer ", (CRED, g.jwt()))
        else:
            import base64
            d.line("Authorization: Basic ",
                   (CRED, base64.b64encode(f"svc_{g.r.choice(['crm', 'bss'])}:{g.secret()}".encode()).decode()))
        d.line(f"Cookie: _ga=GA1.2.{g.digits(10)}.{g.digits(10)}; lang=zh-CN; auth_token=", (CRED, g.secret(24)),
               f"; Hm_lvt_{g.hexs(32)}={g.digits(10)}")
        d.line("X-Forwarded-For: ", (IP, g.ipv4()), ", ", (IP, g.ipv4(private=True)))
        d.line("X-Real-IP: ", (IP, g.ipv4()))
        d.line("X-Device-Id: ", (IMEI, g.imei()))
        d.line(f"X-Request-Id: {g.uuid()}")
        d.line("User-Agent: ", g.r.choice(UAS))
        d.line("Content-Type: application/x-www-form-urlencoded")
        d.line("")
        d.line("mobile=", (PH, g.mobile()), "&password=", (CRED, g.secret()), f"&captchaId={g.uuid()}")
        d.line("")
        d.line("HTTP/1.1 200 OK")
        d.line(f"Date: Mon, {g.r.randint(10, 28)} Mar 2024 0{g.r.randint(1, 9)}:12:44 GMT")
        d.line(f"Set-Cookie: SESSION={g.uuid()}; Path=/; HttpOnly")
        d.line(f"ETag: W/\"{g.hexs(8)}-{g.hexs(27)}\"")
        d.line("")
    # YAML blocks
    for i in range(4):
        nm, b, m = g.name(), g.birth(), g.mobile()
        d.line("---")
        d.line(f"# exported {g.r.randint(2023, 2024)}-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)} by etl-job #{g.digits(6)}")
        d.line("customer:")
        d.line(f"  id: {g.digits(10)}")
        d.line("  name: ", (NM, nm))
        d.line("  mobile: \"", (PH, g.fmt_mobile(m, g.r.choice(["p86sp", "dash", "0086", "plain"]))), "\"")
        d.line("  id_no: '", (RID, g.rid(birth=b)), "'")
        d.line("  birthday: ", (DOB, dob_str(g, b, "iso")))
        d.line("  address: ", (ADDR, g.address()))
        d.line("  email: ", (EM, g.email()))
        d.line("  bank:")
        d.line(f"    bank_name: 中国{g.r.choice(['工商', '建设', '农业'])}银行")
        d.line("    card: ", (BANK, g.bank(grouped=True)))
        d.line("  device:")
        d.line("    imsi: ", (IMSI, g.imsi()))
        d.line("    mac: ", (MAC, g.mac(":")))
        d.line("    ip: ", (IP, g.ipv6() if i % 2 else g.ipv4()))
        d.line("  emergency_contact:")
        d.line("    name: ", (NM, g.name()))
        d.line("    phone: ", (PH, g.mobile()))
        d.line("  documents:")
        d.line("    passport: ", (PASS, g.passport()))
        d.line("    hk_macau_permit: ", (HKMO, g.hk_permit()))
        d.line("  vehicle_plate: ", (PLATE, g.plate()))
        d.line(f"  created_at: 2024-03-{g.r.randint(10, 28)}T10:{g.r.randint(10, 59)}:00+08:00")
        d.line(f"  version: 3.{g.r.randint(0, 9)}.{g.r.randint(0, 20)}")
    # service config (negatives + one credential)
    d.line("---")
    d.line("apiVersion: apps/v1")
    d.line("kind: Deployment")
    d.line("metadata:")
    d.line("  name: billing-service")
    d.line("spec:")
    d.line("  template:")
    d.line("    spec:")
    d.line("      containers:")
    d.line("        - name: Payment Gateway")
    d.line("          image: registry.example.cn/bss/payment:2.14.3")
    d.line("          env:")
    d.line("            - name: DB_PASSWORD")
    d.line("              value: ", (CRED, g.secret()))
    d.line("            - name: SMS_HOTLINE")
    d.line("              value: \"400-820-8820\"")
    d.line("            - name: MERCHANT_USCC")
    d.line(f"              value: \"{uscc(g.r)}\"")
    return d


# ---------------------------------------------------------------- kafka.jsonl
def kafka(g):
    d = Doc("kafka.jsonl")
    for i in range(12):
        nm, m, b = g.name(), g.mobile(), g.birth()
        k = i % 4
        off = g.r.randint(10 ** 8, 10 ** 9)
        head = (f"{{\"topic\":\"crm.customer.changed\",\"partition\":{g.r.randint(0, 11)},\"offset\":{off},"
                f"\"timestamp\":{g.ts_ms()},\"key\":\"{g.uuid()}\",\"value\":")
        if k == 0:
            rid = g.rid(birth=b)
            lat, lng = g.coords()
            d.line(head, "{\"realName\":\"", (NM, nm), "\",\"tel\":\"", (PH, m), "\",\"cert_no\":\"", (RID, rid),
                   "\",\"dob\":\"", (DOB, dob_str(g, b, "iso")), "\",\"addr\":\"", (ADDR, g.address()),
                   "\",\"bankAcct\":\"", (BANK, g.bank()), "\",\"deviceImei\":\"", (IMEI, g.imei()),
                   "\",\"gps\":{\"latitude\":", (LOC, str(lat)), ",\"longitude\":", (LOC, str(lng)),
                   f"}},\"cityName\":\"{g.r.choice(['长沙市', '南京市', '成都市'])}\",\"channelName\":\"线上渠道\",",
                   "\"staffName\":\"", (NM, g.name()),
                   f"\",\"amount\":{g.r.randint(1, 999)}.{g.r.randint(10, 99)},\"bizId\":\"{g.order_no()}\"}}}}")
        elif k == 1:
            # value as an escaped JSON string (Kafka Connect / Debezium style)
            rid = g.rid(birth=b)
            d.line(head, "\"{\\\"custName\\\":\\\"", (NM, nm), "\\\",\\\"contactPhone\\\":\\\"", (PH, m),
                   "\\\",\\\"idNo\\\":\\\"", (RID, rid), "\\\",\\\"email\\\":\\\"", (EM, g.email()),
                   f"\\\",\\\"ver\\\":{g.r.randint(1, 40)}}}\"}}")
        elif k == 2:
            esc = "".join("\\u%04x" % ord(c) for c in nm)
            d.line(head, "{\"after\":{\"cust_name\":\"", (NM, esc), "\",\"msisdn\":\"", (PH, "86" + m),
                   "\",\"imsiNo\":\"", (IMSI, g.imsi()), "\",\"iccid\":\"", (ICCID, g.iccid()),
                   "\",\"wifiMac\":\"", (MAC, g.mac("-")), "\",\"clientIp\":\"", (IP, g.ipv4()),
                   "\",\"ecgi\":\"", (CELL, g.cgi()), f"\",\"appVersion\":\"5.{g.r.randint(0, 9)}.1.{g.r.randint(2, 250)}\","
                   f"\"sessionId\":\"{g.hexs(32)}\"}},\"op\":\"u\",\"ts_ms\":{g.ts_ms()}}}}}")
        else:
            kind = "rid15_luhn" if i == 3 else g.r.choice(["passport", "permit", "rid_permit", "rid15"])
            if kind == "passport":
                doc = ("certType", "PASSPORT", PASS, g.passport())
            elif kind == "permit":
                doc = ("certType", "HK_MACAU_PERMIT", HKMO, g.hk_permit())
            elif kind == "rid_permit":
                doc = ("certType", "RESIDENCE_PERMIT", RID, g.rid(birth=b, region=g.r.choice(PERMIT_PREFIX)))
            elif kind == "rid15":
                doc = ("certType", "ID_CARD_V1", RID, g.rid15())
            else:
                doc = ("certType", "ID_CARD_V1", RID, g.rid15_luhn())
            d.line(head, "{\"holderName\":\"", (NM, nm), "\",\"", doc[0], "\":\"", doc[1], "\",\"certNum\":\"",
                   (doc[2], doc[3]), "\",\"mobilePhone\":\"", (PH, g.fmt_mobile(m, "p86")), "\",\"homeAddress\":\"",
                   (ADDR, g.address()), "\",\"birthDay\":\"", (DOB, dob_str(g, b, g.r.choice(["slash", "compact", "cn"]))),
                   "\",\"loginPwd\":\"", (CRED, g.secret()), "\",\"carPlate\":\"", (PLATE, g.plate()),
                   f"\",\"registerTime\":\"2024-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)} 1{g.r.randint(0, 9)}:00:00\"}}}}")
    for i in range(4):
        d.line(f"{{\"topic\":\"ops.metrics\",\"offset\":{g.r.randint(10 ** 8, 10 ** 9)},\"value\":{{\"host\":\"bss-{i}\","
               f"\"build\":\"{g.hexs(40)}\",\"version\":\"10.0.19041.{g.r.randint(1000, 4000)}\",\"orderNo\":\"{g.order_no()}\","
               f"\"trackingNo\":\"{g.tracking()}\",\"hotline\":\"{g.service_no()}\",\"zip\":\"{g.zipcode()}\","
               f"\"uscc\":\"{uscc(g.r)}\",\"price\":\"{g.price()}\",\"requestId\":\"{g.uuid()}\","
               f"\"startDate\":\"2024-03-{g.r.randint(10, 28)}\",\"maskedTel\":\"{g.masked_phone()}\","
               f"\"opName\":\"{g.r.choice(['销户', '开户', '过户'])}\",\"tagName\":\"高价值\","
               f"\"provinceName\":\"{g.r.choice(['湖南省', '江苏省', '四川省'])}\"}}}}")
    return d


# ---------------------------------------------------------------- contacts.csv
def contacts(g):
    d = Doc("contacts.csv")
    d.line("序号,姓名,证件类型,证件号码,手机号码,出生日期,联系地址,电子邮箱,银行账号,紧急联系人,紧急联系电话,经办人,订单编号,"
           "金额(元),邮编,创建时间,备注")
    for i in range(10):
        nm, b, m = g.name(), g.birth(), g.mobile()
        kind = ["身份证"] * 5 + ["护照", "港澳通行证"]
        ct = kind[i % 7]
        if ct == "身份证":
            cert = (RID, g.rid(birth=b, lower_x=(i == 4)) if i != 9 else g.rid(birth=(1962, 5, 3), region=g.r.choice(ABOLISHED)))
        elif ct == "护照":
            cert = (PASS, g.passport())
        else:
            cert = (HKMO, g.hk_permit())
        phone = g.fmt_mobile(m, g.r.choice(["plain", "plain", "dash", "space", "p86", "p86sp"]))
        if i % 5 == 2:
            phone = g.landline()
        addr = g.address()
        y, mo, dd, h, mi, s = g.when()
        note_kind = i % 6
        if note_kind == 0:
            note = ["客户要求改投递地址到", (ADDR, g.address()), "，已核实"]
        elif note_kind == 1:
            note = ["备用号码", (PH, g.mobile()), "，工作日可联系"]
        elif note_kind == 2:
            note = [f"快递单号{g.tracking()}已签收"]
        elif note_kind == 3:
            note = ["代办人", (NM, g.name()), "，身份证", (RID, g.rid())]
        elif note_kind == 4:
            note = [f"VIP，积分{g.r.randint(100, 99999)}，套餐5G畅享{g.r.choice([129, 169, 199])}"]
        else:
            note = [""]
        quote_addr = i % 4 == 1
        emerg = g.name()
        parts = [f"{i + 1},", (NM, nm), f",{ct},", cert, ",", (PH, phone), ",",
                 (DOB, dob_str(g, b, g.r.choice(["iso", "slash", "cn", "compact", "dot"]))), ","]
        if quote_addr:
            parts += ["\"", (ADDR, addr), "，近地铁站\","]
        else:
            parts += [(ADDR, addr), ","]
        parts += [(EM, g.email()), ",", (BANK, g.bank(grouped=(i % 3 == 0))), ",", (NM, emerg), ",",
                  (PH, g.mobile()), ",", (NM, g.name()), f",{g.order_no()},{g.r.randint(10, 9999)}.{g.r.randint(0, 99):02d},"
                  f"{g.zipcode()},{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d},"]
        if any(isinstance(p, tuple) for p in note):
            parts += ["\""] + note + ["\""]
        else:
            parts += note
        d.line(*parts)
    return d


# ---------------------------------------------------------------- tickets.txt (free text)
def tickets(g):
    d = Doc("tickets.txt")
    r = g.r

    def T(*parts):
        d.line(f"[工单{r.randint(20240301000, 20240331999)}] ", *parts)

    def fmt(m):
        return g.fmt_mobile(m, r.choice(["plain", "dash", "space", "p86sp", "fw", "plain"]))

    zh = [
        lambda: T("客户来电反映无法上网，他的电话是", (PH, fmt(g.mobile())), "，请尽快回访。"),
        lambda: T("客户提供身份证：", (RID, g.rid()), "，核验通过。"),
        lambda: T("用户表示自己住在", (ADDR, g.address()), "，最近信号很差。"),
        lambda: (lambda b: T("客户生于", (DOB, dob_str(g, b, "cn")), "，属于老年用户，可办理敬老套餐。"))(g.birth(1940, 1960)),
        lambda: (lambda n: T("来电人自称：我姓", n[:2] if n[:2] in COMPOUND else n[0], "，叫", (NM, n), "，要求查询上月话费。"))(g.name()),
        lambda: T("联系人", (NM, g.name()), "，手机", (PH, fmt(g.mobile())), "，地址", (ADDR, g.address()), "。"),
        lambda: T("客户", (NM, g.name()), "（身份证号码", (RID, g.rid()), "）申请补卡，已受理。"),
        lambda: T("请转告", (NM, g.name()), "回电", (PH, g.landline()), "，分机8001。"),
        lambda: T("用户说新号码是", (PH, fmt(g.mobile())), "，旧号码", (PH, fmt(g.mobile())), "已销户。"),
        lambda: T("本人", (NM, g.name()), "，证件号", (RID, g.rid()), "，申请办理携号转网。"),
        lambda: (lambda b: T("出生日期是", (DOB, dob_str(g, b, "dot")), "，客户要求更正资料。"))(g.birth()),
        lambda: T("快递已寄往", (ADDR, g.address()), "，收件人", (NM, g.name()), "，电话", (PH, fmt(g.mobile())), "。"),
        lambda: T("客户邮箱", (EM, g.email()), "收不到电子发票，请技术排查。"),
        lambda: T("客户要求把扣款卡换成", (BANK, g.bank(grouped=r.random() < 0.5)), "，已提交。"),
        lambda: T("经办人", (NM, g.name()), "代其母亲", (NM, g.name()), "办理过户。"),
        lambda: T("用户反馈手机串号", (IMEI, g.imei()), "被锁，请核查。"),
        lambda: T("车主", (NM, g.name()), "的车牌", (PLATE, g.plate()), "绑定ETC失败。"),
        lambda: T("客户护照号码", (PASS, g.passport()), "，外籍身份核验中。"),
        lambda: (lambda y: T("他今年", str(2024 - y), "岁，", (DOB, f"{y}年{r.randint(1, 12)}月"), "出生，要求办理副卡。"))(r.randint(1950, 2000)),
        lambda: T("签收人：", (NM, g.name()), "，签收时间2024-03-18 14:20。"),
        lambda: T("用户王先生来电，称号码", (PH, g.fmt_mobile(g.mobile(), "dash")), "被冒用。"),
        lambda: T("客户的SIM卡号", (ICCID, g.iccid()), "无法激活。"),
        lambda: T("客户位置", (LOC, "%.6f,%.6f" % g.coords()), "附近基站故障。"),
        lambda: T("宽带安装地址：", (ADDR, g.address()), "，预约", f"{r.randint(3, 5)}月{r.randint(1, 28)}日上门。"),
        lambda: T("我叫", (NM, g.name()), "，身份证后四位", g.rid()[-4:], "，要查询积分。"),
    ]
    negatives = [
        lambda: T(f"订单号{g.order_no()}，金额{g.price()}，已退款。"),
        lambda: T(f"客服热线{g.service_no()}，营业厅地址见官网。"),
        lambda: T(f"企业客户统一社会信用代码{uscc(g.r)}，已开具专票。"),
        lambda: T(f"快递单号{g.tracking()}，预计3月20日送达。"),
        lambda: T(f"客户于2024年{r.randint(1, 12)}月{r.randint(1, 28)}日来电咨询，已解答。"),
        lambda: T(f"用户号码{g.masked_phone()}，证件{g.masked_id()}，已脱敏。"),
        lambda: T(f"我叫了{r.randint(2, 5)}次客服都没解决，我是老用户了，要求投诉。"),
        lambda: T(f"生日关怀活动截止2024-0{r.randint(4, 9)}-30，邮编{g.zipcode()}。"),
        lambda: T(f"流水号{g.digits(20)}，交易时间{g.ts_ms()}。"),
        lambda: T(f"APP版本10.0.19041.{r.randint(1000, 3000)}闪退，trace {g.uuid()}。"),
        lambda: T(f"验证码发送记录 sha256={g.hexs(64)}。"),
        lambda: T(f"联系人：未填写，收件人：本人，套餐月费{r.randint(39, 299)}元。"),
        lambda: T(f"身份证有效期{r.randint(2010, 2020)}.0{r.randint(1, 9)}.1{r.randint(0, 9)}-2036.03.01，已过期请换证。"),
    ]
    for i in range(30):
        zh[i % len(zh)]()
        if i % 2 == 0:
            negatives[(i // 2) % len(negatives)]()
    # ASR-style transcript: digits spoken as Chinese numerals
    d.line("[通话转写] 坐席：请问您的手机号？客户：", (PH, "一三八零零一三八零零零"), "，对，就是这个。")
    d.line("[通话转写] 客户：我的号码是", (PH, "幺三九 幺二三四 五六七八"), "，麻烦帮我查一下。")
    # hand-written edge cases
    d.line("[工单20240318990] 用户住在", (ADDR, "成都市武侯区人民南路四段12号华西坝小区3栋201室"), "，要求移机。")
    d.line("[工单20240318991] 新地址", (ADDR, "上海市徐汇区漕溪北路88弄3号201室"), "，旧地址已注销。")
    d.line("[工单20240318992] 身份证号码", (RID, "11010519491231002x"), "（末位小写x）。")
    # IDs and phones written with separators
    rid = g.rid()
    d.line("[工单20240318999] 身份证：", (RID, f"{rid[:6]} {rid[6:14]} {rid[14:]}"), "（客户口述，带空格）")
    d.line("[工单20240318998] 银行卡号：", (BANK, "-".join((lambda c: [c[i:i + 4] for i in range(0, len(c), 4)])(g.bank()))), "，请核对。")
    d.line("[工单20240318997] 设备IMEI：", (IMEI, (lambda x: f"{x[:2]}-{x[2:8]}-{x[8:14]}-{x[14]}")(g.imei())), "，MEID ",
           (MEID, g.meid()), "。")
    # English e-mails / chat
    en = [
        lambda: d.line("Hi, my name is ", (NM, g.name_py()), " and my phone is ", (PH, g.fmt_mobile(g.mobile(), "p86sp")), "."),
        lambda: d.line("You can reach me at ", (EM, g.email()), " or ", (PH, g.fmt_mobile(g.mobile(), "0086")), "."),
        lambda: (lambda b: d.line("I was born on ", (DOB, f"{MONTHS_LONG[b[1] - 1]} {b[2]}, {b[0]}"), ", please update my profile."))(g.birth()),
        lambda: (lambda b: d.line("DOB: ", (DOB, f"{b[2]:02d}/{b[1]:02d}/{b[0]}"), " (dd/mm/yyyy)"))(g.birth()),
        lambda: d.line("My ID card number is ", (RID, g.rid()), " and my passport no. is ", (PASS, g.passport()), "."),
        lambda: d.line("Ship to: ", (ADDR, f"Room {r.randint(1, 30)}0{r.randint(1, 4)}, No. {r.randint(1, 300)} Jianguo Road, Chaoyang District, Beijing"),
                       f", zip {g.zipcode()}."),
        lambda: d.line(f"Order #{g.digits(13)} shipped via SF Express, tracking {g.tracking()}, total ${r.randint(10, 999)}.{r.randint(10, 99)}."),
        lambda: d.line(f"Please call our hotline {g.service_no()}; ticket created {r.randint(1, 28)} Mar 2024 10:{r.randint(10, 59)}."),
        lambda: d.line("Contact person: ", (NM, g.name_py()), ", mobile ", (PH, g.fmt_mobile(g.mobile(), "dash")),
                       ", card ending ", g.bank()[-4:], "."),
        lambda: d.line("Login from ", (IP, g.ipv4()), " failed for ", (EM, g.email()), " at 2024-03-18T10:15:32Z."),
    ]
    for i in range(12):
        en[i % len(en)]()
    return d


# ---------------------------------------------------------------- main
def main():
    out = HERE
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    elif len(sys.argv) != 1:
        sys.exit("usage: make_corpus.py [--out DIR]")
    builders = [access_log, app_log, sql_dump, pages, http_yaml, kafka, contacts, tickets]
    labels = []
    for n, b in enumerate(builders):
        doc = b(Gen(20240318 + n))
        with open(os.path.join(out, doc.name), "wb") as f:
            f.write(bytes(doc.buf))
        # self-check: spans are in order, non-overlapping and decode cleanly
        prev = 0
        for lab in doc.labels:
            assert lab["start"] >= prev and lab["end"] > lab["start"], lab
            bytes(doc.buf[lab["start"]:lab["end"]]).decode("utf-8")
            prev = lab["end"]
        labels += doc.labels
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    counts = {}
    for lab in labels:
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
    print(f"{len(labels)} labels in {len(builders)} files")
    for t in sorted(counts, key=lambda t: -counts[t]):
        print(f"  {t:28} {counts[t]}")


if __name__ == "__main__":
    main()
