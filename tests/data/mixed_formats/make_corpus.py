#!/usr/bin/python3
"""Generate the mixed-formats corpus: PI in formats and templates that neither the shared
corpus (../shared/eval/public) nor tests/data/generalization use: nginx bodies with \x22
escapes, RFC 5424 syslog, log4j with MDC and toString(), SOAP/XML, INI files, a TSV with
Chinese headers, pipe-separated CDRs, nested JSON with Chinese keys, customer-service chat
with spaced and full-width numbers, English mail, SMS notices, a markdown report, an HTTP
capture, and one file of single hard cases (probes.txt).

    /usr/bin/python3 tests/data/mixed_formats/make_corpus.py            # rewrites the files here
    /usr/bin/python3 tests/data/mixed_formats/make_corpus.py --out DIR

Deterministic (fixed seeds). Needs python3-stdnum and python3-phonenumbers, which check that
the identifiers are valid. Labels: labels.jsonl, {"file","start","end","type"}, byte offsets,
end exclusive, with the conventions of tests/data/generalization: a phone label includes
+86/0086/86 and separators but not an extension; a credential label is the secret only;
quoted values are labelled without the quotes; masked values, service numbers, order and
tracking numbers, timestamps, hashes, UUIDs, versions and non-birth dates are NOT labelled.
Written as a blind test; the detector fixes it then drove are listed in docs/accuracy.md,
so it is now a regression corpus (tests/scripts/test_generalization.py).
"""
import json, os, random, sys, base64, urllib.parse
import phonenumbers
import stdnum.cn.ric as ric
import stdnum.luhn as luhn
import stdnum.imei as stdimei
import stdnum.imsi as stdimsi
import stdnum.meid as stdmeid

OUT = (sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv
       else os.path.dirname(os.path.abspath(__file__)))

PH, RID, NM, DOB, ADDR, EM, BANK = ("PHONE_NUMBER", "CHINA_RESIDENT_ID_NUMBER", "PERSON_NAME",
                                    "DATE_OF_BIRTH", "STREET_ADDRESS", "EMAIL_ADDRESS", "BANK_CARD_NUMBER")
CRED, IMSI, IMEI, MEID, ICCID, MAC, IP = ("CREDENTIAL", "IMSI_ID", "IMEI_HARDWARE_ID", "MEID",
                                          "ICCID_NUMBER", "MAC_ADDRESS", "IP_ADDRESS")
LOC, CELL, PLATE, PASS, HKMO = ("LOCATION_COORDINATES", "CELL_ID", "CHINA_LICENSE_PLATE",
                                "CHINA_PASSPORT", "HK_MACAU_TRAVEL_PERMIT")

REGIONS = [("110101", "北京市", "", "东城区"), ("110106", "北京市", "", "丰台区"),
           ("310106", "上海市", "", "静安区"), ("310110", "上海市", "", "杨浦区"),
           ("440103", "广东省", "广州市", "荔湾区"), ("440304", "广东省", "深圳市", "福田区"),
           ("330102", "浙江省", "杭州市", "上城区"), ("320104", "江苏省", "南京市", "秦淮区"),
           ("430102", "湖南省", "长沙市", "芙蓉区"), ("420102", "湖北省", "武汉市", "江岸区"),
           ("510104", "四川省", "成都市", "锦江区"), ("610104", "陕西省", "西安市", "莲湖区"),
           ("370203", "山东省", "青岛市", "市北区"), ("350102", "福建省", "福州市", "鼓楼区"),
           ("410102", "河南省", "郑州市", "中原区"), ("340102", "安徽省", "合肥市", "瑶海区"),
           ("210203", "辽宁省", "大连市", "西岗区"), ("220102", "吉林省", "长春市", "南关区"),
           ("530103", "云南省", "昆明市", "盘龙区"), ("450102", "广西壮族自治区", "南宁市", "兴宁区"),
           ("360103", "江西省", "南昌市", "西湖区"), ("520103", "贵州省", "贵阳市", "云岩区"),
           ("130104", "河北省", "石家庄市", "桥西区"), ("620103", "甘肃省", "兰州市", "七里河区"),
           ("640104", "宁夏回族自治区", "银川市", "兴庆区"), ("630103", "青海省", "西宁市", "城中区"),
           ("540102", "西藏自治区", "拉萨市", "城关区"), ("460105", "海南省", "海口市", "秀英区"),
           ("120103", "天津市", "", "河西区"), ("500105", "重庆市", "", "江北区")]
ROADS = ["光华路", "淮海中路", "延安西路", "珠江新城华夏路", "福华三路", "庆春路", "中山东路", "五一大道",
         "解放大道", "春熙路", "西大街", "辽宁路", "五四路", "二七路", "长江中路", "人民路", "朝阳大街",
         "青年路", "滇池路", "民族大道", "胜利街", "中华南路", "中山西路", "西津西路", "北京中路",
         "友谊路", "南京东路", "黄河路", "学院路", "建设大道"]
ESTATES = ["银河湾小区", "和平里小区", "丽景花园", "金地名京", "凤凰城", "世纪华庭", "东方明珠苑",
           "星河湾", "保利花园", "龙湖天街"]
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵"
            "万钱严覃武戴莫孔向汤")
CSURN = ["欧阳", "上官", "司徒", "端木", "东方", "夏侯"]
GIV = list("志强秀英桂兰建华玉兰海燕红梅文杰子豪雨桐一诺浩宇欣然梦琪俊熙诗涵若曦晨阳天佑嘉怡明轩紫萱"
           "思远雅琴国栋凤霞春生秋菊立新淑珍德胜")
PY_SUR = ["Zhao", "Qian", "Sun", "Zhou", "Wu", "Zheng", "Feng", "Chen", "He", "Lu", "Guo", "Ma"]
PY_GIV = ["Jianhua", "Xiuying", "Haiyan", "Zihao", "Yutong", "Yinuo", "Haoyu", "Xinran", "Mengqi",
          "Junxi", "Lan", "Qiang"]
DOMAINS = ["vip.qq.com", "163.net", "sohu.com", "aliyun.com", "mail.example.com.cn", "ctc.example.cn",
           "yahoo.com.cn", "icloud.com", "protonmail.com", "hust.edu.cn", "wo.cn"]
PLATE_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁")
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
TACS = ["86012345", "35332610", "86799104", "35401611", "86203705", "35911508", "86462305", "35226005"]
BINS = ["622848", "622700", "621226", "622202", "623668", "622262", "621799", "622609", "625911", "620522"]
AREAS = ["010", "021", "020", "0755", "0571", "025", "0731", "027", "028", "029", "0532", "0591",
         "0371", "0551", "0411", "0431", "0871", "0771", "0791", "0851", "0311", "0931", "0951"]


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def d(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def birth(self, lo=1948, hi=2007):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def rid(self, b=None, x=None):
        while True:
            y, m, dd = b or self.birth()
            body = f"{self.r.choice(REGIONS)[0]}{y:04d}{m:02d}{dd:02d}{self.d(3)}"
            c = ric.calc_check_digit(body + "0")
            v = body + c
            if x is True and c != "X":
                continue
            ric.validate(v)
            return v

    def rid_bad(self):
        v = self.rid()
        good = v[-1]
        bad = self.r.choice([c for c in "0123456789" if c != good])
        return v[:-1] + bad

    def mobile(self):
        while True:
            p = self.r.choice(["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157",
                               "158", "159", "172", "178", "182", "183", "184", "187", "188", "195", "197",
                               "198", "130", "131", "132", "145", "155", "156", "166", "175", "176", "185",
                               "186", "196", "133", "149", "153", "173", "177", "180", "181", "189", "190",
                               "191", "193", "199", "162", "167", "192"])
            m = p + self.d(8)
            n = phonenumbers.parse("+86" + m)
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return m

    def landline(self):
        while True:
            ac = self.r.choice(AREAS)
            n = self.d(8 if len(ac) == 3 else self.r.choice([7, 8]), "2345678")
            p = phonenumbers.parse("+86" + ac[1:] + n)
            if phonenumbers.is_valid_number(p):
                return ac, n

    def name(self):
        s = self.r.choice(CSURN) if self.r.random() < 0.07 else self.r.choice(SURN)
        return s + "".join(self.r.choice(GIV) for _ in range(1 if self.r.random() < 0.3 else 2))

    def py(self):
        return f"{self.r.choice(PY_SUR)} {self.r.choice(PY_GIV)}"

    def addr(self, head="full"):
        code, prov, city, dist = self.r.choice(REGIONS)
        road, no = self.r.choice(ROADS), self.r.randint(1, 888)
        h = {"full": prov + city + dist, "city": (city or prov) + dist}[head]
        t = self.r.choice([f"{road}{no}号", f"{road}{no}号{self.r.choice(ESTATES)}{self.r.randint(1, 28)}幢"
                           f"{self.r.randint(1, 30)}{self.r.randint(1, 6):02d}室",
                           f"{road}{no}号{self.r.randint(1, 12)}号楼{self.r.randint(1, 5)}单元{self.r.randint(101, 2204)}",
                           f"{road}{no}弄{self.r.randint(1, 40)}号{self.r.randint(101, 1802)}室"])
        return h + t

    def email(self):
        r = self.r
        loc = r.choice([lambda: r.choice(PY_SUR).lower() + r.choice(PY_GIV).lower(),
                        lambda: r.choice(PY_SUR).lower() + "." + r.choice(PY_GIV).lower() + "+cs",
                        lambda: self.d(r.randint(5, 11), "123456789"),
                        lambda: r.choice(PY_GIV) + "_" + str(r.randint(1970, 2005)),
                        lambda: r.choice(PY_SUR).upper() + "-" + r.choice(PY_GIV).lower()])()
        return f"{loc}@{r.choice(DOMAINS)}"

    def bank(self, n=None):
        n = n or self.r.choice([16, 19, 19])
        body = self.r.choice(BINS) + self.d(n - 7)
        v = body + luhn.calc_check_digit(body)
        luhn.validate(v)
        return v

    def visa(self):
        body = self.r.choice(["4", "5"]) + self.d(14)
        return body + luhn.calc_check_digit(body)

    def bad_card(self):
        v = self.visa()
        return v[:-1] + str((int(v[-1]) + 3) % 10)

    def imei(self):
        body = self.r.choice(TACS) + self.d(6)
        v = body + luhn.calc_check_digit(body)
        stdimei.validate(v)
        return v

    def imsi(self):
        v = "460" + self.r.choice(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "15", "20"]) + self.d(10)
        return v

    def meid(self):
        v = self.r.choice(["A0", "A1", "A0", "99"]) + "".join(self.r.choice("0123456789ABCDEF") for _ in range(12))
        if v.startswith("99"):
            v = "A1" + v[2:]
        stdmeid.validate(v)
        return v

    def iccid(self, letter=False):
        v = "8986" + self.r.choice(["00", "01", "03", "06", "11", "15"]) + self.d(self.r.choice([13, 14]))
        if letter:
            v = v[:19] + self.r.choice("FDX")
        return v

    def mac(self, sep=":", up=True):
        parts = ["%02x" % (self.r.randint(0, 63) * 4)] + ["%02x" % self.r.randint(0, 255) for _ in range(5)]
        parts[3] = "%d%d" % (self.r.randint(0, 9), self.r.randint(0, 9))
        s = sep.join(parts)
        return s.upper() if up else s

    def ipv4(self):
        return f"{self.r.choice([61, 110, 113, 124, 171, 202, 218, 222, 106, 47])}.{self.r.randint(0, 255)}." \
               f"{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self):
        return self.r.choice(["240e", "2409", "2408"]) + ":" + ":".join("%x" % self.r.randint(1, 0xffff) for _ in range(7))

    def coords(self):
        return round(self.r.uniform(20.5, 45.5), 6), round(self.r.uniform(98.0, 125.0), 6)

    def cgi(self, mnc=None):
        return f"460-{mnc or self.r.choice(['00', '01', '11'])}-{self.r.randint(1000, 65000)}-{self.r.randint(10000, 99999999)}"

    def plate(self, style=None):
        p = self.r.choice(PLATE_PROV) + self.r.choice(PL)
        style = style or self.r.choice(["n", "n", "ne", "ne2"])
        if style == "ne":
            t = self.r.choice("DF") + self.d(5)
        elif style == "ne2":
            t = self.d(5) + self.r.choice("DF")
        else:
            t = list(self.d(5))
            t[self.r.randint(0, 4)] = self.r.choice(PL) if self.r.random() < 0.5 else t[0]
            t = "".join(t)
        sep = self.r.choice(["", "·", "", " "])
        return p + sep + t

    def passport(self):
        return self.r.choice([lambda: "E" + self.d(8), lambda: "E" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.d(7),
                              lambda: "G" + self.d(8)])()

    def permit(self):
        return self.r.choice([lambda: "C" + self.d(8), lambda: "C" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.d(7)])()

    def secret(self, n=None):
        n = n or self.r.randint(10, 20)
        a = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(self.r.choice(a) for _ in range(n)) + self.r.choice(["", "!", "#9", "$"])

    def jwt(self):
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
        return b({"alg": "HS256", "typ": "JWT"}) + "." + b({"sub": self.d(8), "iat": 1710000000}) + "." + \
            base64.urlsafe_b64encode(bytes(self.r.randint(0, 255) for _ in range(32))).decode().rstrip("=")

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def order(self):
        return self.r.choice(["2024" + self.d(14), "DD" + self.d(16), self.d(19, "123456789"),
                              "T" + self.d(17), "P2024031" + self.d(10)])

    def tracking(self):
        return self.r.choice(["SF14" + self.d(11), "YT75" + self.d(11), "JT300" + self.d(10), "7739" + self.d(8),
                              "ZTO7" + self.d(11)])

    def svc(self):
        return self.r.choice(["10086", "10010", "10000", "95588", "95599", "95533", "12315", "12345", "400-800-9888",
                              "4008-123-123", "800-820-5100", "95555", "1008611"])

    def ts_ms(self):
        return str(self.r.randint(1700000000000, 1730000000000))

    def ts14(self):
        return f"2024{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.r.randint(0, 23):02d}" \
               f"{self.r.randint(0, 59):02d}{self.r.randint(0, 59):02d}"

    def masked_phone(self):
        m = self.mobile()
        return self.r.choice([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], "*******" + m[7:]])

    def masked_id(self):
        v = self.rid()
        return self.r.choice([v[:6] + "********" + v[14:], v[:3] + "*" * 11 + v[14:], v[:1] + "*" * 16 + v[17]])

    def masked_card(self):
        v = self.bank()
        return self.r.choice([v[:6] + "******" + v[-4:], "**** **** **** " + v[-4:], v[:4] + " **** **** " + v[-4:]])


def dobs(g, b, style=None):
    y, m, d = b
    style = style or g.r.choice(["iso", "slash", "dot", "cn", "compact", "cn2", "dmy"])
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "slash": f"{y}/{m:02d}/{d:02d}", "dot": f"{y}.{m}.{d}",
            "cn": f"{y}年{m}月{d}日", "cn2": f"{y}年{m:02d}月{d:02d}号", "compact": f"{y:04d}{m:02d}{d:02d}",
            "dmy": f"{d:02d}/{m:02d}/{y}"}[style]


def fmt_mobile(g, m, style=None):
    style = style or g.r.choice(["plain", "dash", "space", "p86", "p86dash", "86sp", "0086sp", "fw", "fwdash", "p86paren"])
    a, b, c = m[:3], m[3:7], m[7:]
    return {"plain": m, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "p86": "+86" + m,
            "p86dash": f"+86-{a}-{b}-{c}", "86sp": f"86 {m}", "0086sp": f"0086 {a} {b} {c}",
            "fw": fw(m), "fwdash": fw(a) + "－" + fw(b) + "－" + fw(c), "p86paren": f"(+86) {a}-{b}-{c}"}[style]


class Doc:
    def __init__(self, name):
        self.name, self.buf, self.labels = name, bytearray(), []
        self.tag = ""

    def line(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                t, s = p
                st = len(self.buf)
                self.buf += s.encode()
                self.labels.append({"file": self.name, "start": st, "end": len(self.buf), "type": t, "tag": self.tag})
            else:
                self.buf += p.encode()
        self.buf += b"\n"


# ------------------------------------------------------------------ 1 nginx with request body / \x22
def nginx(g):
    D = Doc("nginx_body.log")
    r = g.r
    for i in range(60):
        ip = g.ipv4()
        st = f"[{r.randint(1, 28):02d}/Apr/2024:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0800]"
        k = i % 12
        D.tag = f"nginx{k}"
        pre = [(IP, ip), f" - - {st} "]
        if k == 0:  # nginx escapes JSON body quotes as \x22
            m, rid = g.mobile(), g.rid()
            D.line(*pre, "\"POST /api/open/realname HTTP/1.1\" 200 61 \"-\" \"okhttp/3.14.9\" "
                   "\"{\\x22certName\\x22:\\x22", (NM, g.name()), "\\x22,\\x22certNo\\x22:\\x22", (RID, rid),
                   "\\x22,\\x22phoneNo\\x22:\\x22", (PH, m), "\\x22}\" 0.0", str(r.randint(10, 99)))
        elif k == 1:  # form body
            D.line(*pre, "\"POST /wap/login.action HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\" \"loginName=", (PH, g.mobile()),
                   "&loginPwd=", (CRED, g.secret()), f"&verifyCode={g.d(6)}&_={g.ts_ms()}\"")
        elif k == 2:
            D.line(*pre, f"\"GET /track/query?waybillNo={g.tracking()}&orderId={g.order()}&t={g.ts_ms()} HTTP/1.1\" 200 "
                   f"{r.randint(100, 9999)} \"-\" \"Mozilla/5.0\" \"-\"")
        elif k == 3:
            card = g.bank()
            D.line(*pre, "\"GET /pay/bindCard?acctNo=", (BANK, card), "&holder=",
                   (NM, urllib.parse.quote(g.name())), f"&amt=1288.00&sign={g.hexs(40)} HTTP/1.1\" 200 88 \"-\" \"-\" \"-\"")
        elif k == 4:
            lat, lng = g.coords()
            D.line(*pre, "\"GET /geo/reverse?location=", (LOC, f"{lng},{lat}"), "&key=", g.hexs(32),
                   f" HTTP/1.1\" 200 {r.randint(100, 999)} \"-\" \"AMap\" \"-\"")
        elif k == 5:
            D.line(*pre, "\"GET /svc/msisdn/", (PH, "86" + g.mobile()), f"/balance HTTP/1.1\" 200 {r.randint(10, 999)} "
                   "\"-\" \"Apache-HttpClient/4.5.13\" \"-\"")
        elif k == 6:  # XFF chain with ipv6 and port
            D.line(*pre, f"\"GET /health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\" \"", (IP, g.ipv4()), ", ",
                   (IP, g.ipv6()), "\" upstream=", (IP, f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}"),
                   f":8080 rt=0.00{r.randint(1, 9)}")
        elif k == 7:
            e = g.email()
            D.line(*pre, "\"GET /unsubscribe?u=", (EM, e), f"&tk={g.hexs(24)}&ver=3.2.10.1 HTTP/1.1\" 200 512 \"-\" \"-\" \"-\"")
        elif k == 8:
            D.line(*pre, f"\"GET /api/v3/device/check?sn=SN{g.d(15)}&app_ver=10.0.19045.{r.randint(1000, 4000)}&"
                   f"uuid={g.uuid()} HTTP/1.1\" 200 31 \"-\" \"-\" \"-\"")
        elif k == 9:
            D.line(*pre, "\"POST /sim/activate HTTP/1.1\" 200 44 \"-\" \"-\" \"{\\x22iccid\\x22:\\x22", (ICCID, g.iccid()),
                   "\\x22,\\x22imsi\\x22:\\x22", (IMSI, g.imsi()), "\\x22,\\x22imei\\x22:\\x22", (IMEI, g.imei()), "\\x22}\"")
        elif k == 10:
            D.line(*pre, "\"GET /user/profile?birthday=", (DOB, dobs(g, g.birth(), "iso")), "&gender=F&plateNo=",
                   (PLATE, urllib.parse.quote(g.plate(style="n").replace(" ", ""))), " HTTP/1.1\" 200 77 \"-\" \"-\" \"-\"")
        else:
            D.line(*pre, f"\"GET /static/img/banner_{g.d(13)}.png?v={g.hexs(8)} HTTP/2.0\" 304 0 \"https://m.example.cn/\" "
                   "\"Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X)\" \"-\"")
    return D


# ------------------------------------------------------------------ 2 RFC5424 syslog with SD
def rfc5424(g):
    D = Doc("rfc5424.log")
    r = g.r
    for i in range(60):
        k = i % 10
        D.tag = f"5424_{k}"
        ts = f"2024-04-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999999):06d}+08:00"
        host = r.choice(["pgw-sz-01", "smf02.hz", "mme-bj-3", "aaa01", "ocs-gz"])
        pre = f"<{r.choice([134, 165, 86, 30])}>1 {ts} {host} "
        if k == 0:
            D.line(pre, f"pgw {r.randint(1000, 9999)} SESS [sess@32473 imsi=\"", (IMSI, g.imsi()), "\" msisdn=\"",
                   (PH, "86" + g.mobile()), "\" ueip=\"", (IP, f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
                   "\" ecgi=\"", (CELL, g.cgi()), "\"] Create Session Response cause=16")
        elif k == 1:
            D.line(pre, f"mme {r.randint(1000, 9999)} ATTACH [ue@32473 imeisv=\"", (IMEI, g.imei()[:14] + g.d(2)),
                   "\" tai=\"", (CELL, f"460-00-{r.randint(1000, 60000)}"), "\"] attach accept")
        elif k == 2:
            D.line(pre, f"sshd {r.randint(100, 9999)} - - Accepted publickey for deploy from ", (IP, g.ipv4()),
                   f" port {r.randint(1025, 65535)} ssh2: RSA SHA256:{base64.b64encode(bytes(r.randint(0, 255) for _ in range(32))).decode()[:43]}")
        elif k == 3:
            D.line(pre, f"ocs {r.randint(1000, 9999)} CCR [cc@32473 subscription-id=\"", (PH, g.mobile()),
                   f"\" session-id=\"ocs;{g.d(10)};{g.d(8)}\" rating-group=\"{r.randint(1, 9999)}\"] used={r.randint(1, 99999)}KB")
        elif k == 4:
            D.line(pre, f"dhcpd {r.randint(100, 999)} - - DHCPREQUEST for ", (IP, f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"),
                   " from ", (MAC, g.mac("-", False)), f" (android-{g.hexs(16)}) via vlan{r.randint(2, 999)}")
        elif k == 5:
            D.line(pre, f"kernel - - - [UFW BLOCK] IN=eth0 MAC=", (MAC, g.mac(":", False)), ":", (MAC, g.mac(":", False)),
                   ":08:00 SRC=", (IP, g.ipv4()), " DST=", (IP, g.ipv4()), f" LEN=40 TTL=242 ID={r.randint(1, 65535)}")
        elif k == 6:
            D.line(pre, f"crm {r.randint(100, 999)} AUDIT [op@32473 staff=\"E{g.d(6)}\" target=\"", (RID, g.rid()),
                   f"\" action=\"query\" ticket=\"{g.order()}\"] ok")
        elif k == 7:
            D.line(pre, f"lbs {r.randint(100, 999)} FIX [loc@32473 lat=\"", (LOC, "%.6f" % g.coords()[0]), "\" lon=\"",
                   (LOC, "%.6f" % g.coords()[1]), "\" acc=\"", str(r.randint(5, 80)), "\" cell=\"", (CELL, str(r.randint(10000000, 268435455))),
                   "\"] ok")
        elif k == 8:
            D.line(pre, f"app {r.randint(100, 999)} - - release 4.{r.randint(0, 9)}.{r.randint(0, 30)} build {g.hexs(12)} "
                   f"deployed at {g.ts_ms()} by jenkins#{r.randint(100, 9999)} md5={g.hexs(32)}")
        else:
            D.line(pre, f"smsc {r.randint(100, 999)} MT [sm@32473 from=\"{g.svc()}\" to=\"", (PH, "+86" + g.mobile()),
                   f"\" tpl=\"SMS_{g.d(9)}\" msgid=\"{g.d(20)}\"] DELIVRD")
    return D


# ------------------------------------------------------------------ 3 log4j with MDC and toString
def log4j(g):
    D = Doc("log4j.log")
    r = g.r
    for i in range(60):
        k = i % 10
        D.tag = f"log4j{k}"
        ts = f"2024-04-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(0, 999):03d}"
        th = f"[pool-{r.randint(1, 9)}-thread-{r.randint(1, 64)}]"
        if k == 0:  # MDC
            D.line(f"{ts} INFO  {th} [traceId={g.hexs(16)}, userId=", (PH, g.mobile()), f", tenant=CM{r.randint(10, 99)}] "
                   "c.c.o.OrderService - create order ok")
        elif k == 1:  # lombok toString
            b = g.birth()
            D.line(f"{ts} DEBUG {th} c.c.c.CustomerMapper - ==> Parameters: CustomerDO(id={g.d(9)}, custName=", (NM, g.name()),
                   ", idCardNo=", (RID, g.rid(b)), ", mobile=", (PH, g.mobile()), ", birthDate=", (DOB, dobs(g, b, "iso")),
                   ", address=", (ADDR, g.addr()), f", createTime=Mon Apr {r.randint(10, 28)} 10:22:11 CST 2024)")
        elif k == 2:  # java-style toString with quotes
            D.line(f"{ts} WARN  {th} c.c.p.PayFacade - bind card failed: BankCardReq{{holderName='", (NM, g.name()),
                   "', cardNo='", (BANK, g.bank()), "', reservedPhone='", (PH, g.mobile()), f"', amount=0.01, reqSeq='{g.order()}'}}")
        elif k == 3:  # stack trace with caused by
            D.line(f"{ts} ERROR {th} c.c.s.SimService - activation failed")
            D.line(f"java.lang.IllegalStateException: ICCID ", (ICCID, g.iccid()), " already bound to IMSI ", (IMSI, g.imsi()))
            D.line(f"\tat com.example.sim.SimService.activate(SimService.java:{r.randint(10, 500)})")
            D.line(f"Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "
                   f"\"uk_imei\"")
            D.line("  Detail: Key (imei)=(", (IMEI, g.imei()), ") already exists.")
        elif k == 4:  # mybatis parameters list
            D.line(f"{ts} DEBUG {th} c.c.u.UserMapper.selectByCond - ==> Parameters: ", (PH, g.mobile()), "(String), ",
                   (EM, g.email()), f"(String), {r.randint(1, 9)}(Integer), {g.ts14()}(String)")
        elif k == 5:  # json in log message
            D.line(f"{ts} INFO  {th} c.c.g.GatewayFilter - req body: {{\"user\":{{\"realName\":\"", (NM, g.name()),
                   "\",\"passportNo\":\"", (PASS, g.passport()), "\",\"hkMacauPass\":\"", (HKMO, g.permit()),
                   f"\"}},\"reqTime\":{g.ts_ms()}}}")
        elif k == 6:
            D.line(f"{ts} INFO  {th} c.c.a.AuthService - token refreshed for uid={g.d(8)} accessToken=", (CRED, g.secret(32)),
                   f" expiresIn=7200")
        elif k == 7:
            D.line(f"{ts} INFO  {th} c.c.j.JobRunner - batch={g.d(12)} processed={r.randint(1, 99999)} cost={r.randint(1, 9999)}ms "
                   f"nextFire={g.ts14()} jobId={g.uuid()} version=2.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}")
        elif k == 8:
            secret = g.secret(14)
            host = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            D.line(f"{ts} INFO  {th} c.c.d.DataSourceConfig - url=jdbc:mysql://crm_rw:", (CRED, secret),
                   "@", (IP, host), ":3306/crm?useSSL=false")
        else:
            D.line(f"{ts} INFO  {th} c.c.v.VehicleService - ETC bind plate=", (PLATE, g.plate()), " owner=", (NM, g.name()),
                   f" obu={g.d(16)} masked={g.masked_phone()}")
    return D


# ------------------------------------------------------------------ 4 SOAP/XML with attributes and CDATA
def soap(g):
    D = Doc("boss_soap.xml")
    r = g.r
    D.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    D.line("<S:Envelope xmlns:S=\"http://www.w3.org/2003/05/soap-envelope\"><S:Body>")
    for i in range(20):
        b = g.birth()
        D.tag = f"soap{i % 4}"
        D.line(f"<tns:SyncCustInfo xmlns:tns=\"urn:boss:cust:v2\" transId=\"{g.order()}\" ts=\"{g.ts14()}\">")
        if i % 4 == 0:
            D.line("  <tns:party name=\"", (NM, g.name()), "\" certType=\"1\" certId=\"", (RID, g.rid(b)), "\"/>")
            D.line("  <tns:svcNum>", (PH, g.mobile()), "</tns:svcNum><tns:contactTel>", (PH, "-".join(g.landline())),
                   "</tns:contactTel>")
            D.line("  <tns:birthday>", (DOB, dobs(g, b, "compact")), "</tns:birthday>")
        elif i % 4 == 1:
            D.line("  <tns:item key=\"custName\" value=\"", (NM, g.name()), "\"/>")
            D.line("  <tns:item key=\"mobile\" value=\"", (PH, g.mobile()), "\"/>")
            D.line("  <tns:item key=\"postAddr\"><![CDATA[", (ADDR, g.addr()), "]]></tns:item>")
        elif i % 4 == 2:
            D.line("  <tns:Device><tns:IMEI>", (IMEI, g.imei()), "</tns:IMEI><tns:MEID>", (MEID, g.meid()),
                   "</tns:MEID><tns:MacAddr>", (MAC, g.mac(":", True)), "</tns:MacAddr></tns:Device>")
            D.line("  <tns:Location lng=\"", (LOC, "%.6f" % g.coords()[1]), "\" lat=\"", (LOC, "%.6f" % g.coords()[0]),
                   "\" cgi=\"", (CELL, g.cgi()), "\"/>")
        else:
            D.line("  <tns:Payment><tns:AcctName>", (NM, g.name()), "</tns:AcctName><tns:CardNo>", (BANK, g.bank()),
                   f"</tns:CardNo><tns:Amount>{r.randint(10, 9999)}.00</tns:Amount><tns:SerialNo>{g.d(20)}</tns:SerialNo></tns:Payment>")
            D.line("  <tns:Email>", (EM, g.email()), "</tns:Email><tns:LicensePlate>", (PLATE, g.plate()), "</tns:LicensePlate>")
        D.line(f"  <tns:Ext><![CDATA[hotline={g.svc()};masked={g.masked_id()};uuid={g.uuid()}]]></tns:Ext>")
        D.line("</tns:SyncCustInfo>")
    D.line("</S:Body></S:Envelope>")
    return D


# ------------------------------------------------------------------ 5 INI / properties config dumps
def ini(g):
    D = Doc("accounts.ini")
    r = g.r
    for i in range(16):
        D.tag = f"ini{i % 4}"
        b = g.birth()
        D.line(f"[subscriber_{g.d(6)}]")
        D.line("客户姓名 = ", (NM, g.name()))
        D.line("证件号码 = ", (RID, g.rid(b, x=(i % 5 == 0))))
        D.line("联系电话 = ", (PH, fmt_mobile(g, g.mobile(), r.choice(["dash", "space", "p86dash", "plain"]))))
        D.line("出生日期 = ", (DOB, dobs(g, b, r.choice(["cn", "slash", "dot", "iso"]))))
        D.line("联系地址 = ", (ADDR, g.addr(r.choice(["full", "city"]))))
        D.line("email = ", (EM, g.email()))
        D.line("portal_password = ", (CRED, g.secret()))
        D.line(f"order_no = {g.order()}")
        D.line(f"updated = {g.ts_ms()}")
        D.line("")
    D.tag = "props"
    D.line("# application.properties")
    D.line("spring.datasource.password=", (CRED, g.secret()))
    D.line("sms.api.secret-key=", (CRED, g.hexs(32)))
    D.line("aliyun.oss.accessKeySecret=", (CRED, g.secret(30)))
    D.line("redis.pass=", (CRED, g.secret(12)))
    D.line("mail.smtp.user=", (EM, g.email()))
    D.line("app.version=10.0.19041.1")
    D.line("server.port=8443")
    D.line("hotline=95588")
    D.line("admin.contact.mobile=", (PH, g.mobile()))
    return D


# ------------------------------------------------------------------ 6 TSV with Chinese headers
def tsv(g):
    D = Doc("export_cn.tsv")
    r = g.r
    D.line("\t".join(["序号", "客户姓名", "性别", "证件类型", "证件号码", "手机号码", "出生日期", "联系地址", "开户行卡号",
                      "电子邮箱", "业务流水号", "办理时间", "受理金额", "备注"]))
    for i in range(60):
        D.tag = f"tsv{i % 6}"
        b = g.birth()
        nm = g.name()
        ctk = i % 6
        if ctk < 4:
            ct, cert = "居民身份证", (RID, g.rid(b))
        elif ctk == 4:
            ct, cert = "护照", (PASS, g.passport())
        else:
            ct, cert = "往来港澳通行证", (HKMO, g.permit())
        ph = fmt_mobile(g, g.mobile(), r.choice(["plain", "plain", "dash", "space", "p86", "fw"]))
        note = r.choice([[""], ["已核实"], ["备用联系人", (NM, g.name()), " ", (PH, g.mobile())], [f"快递{g.tracking()}"],
                         ["原号码", g.masked_phone(), "已销户"], ["客户生日", (DOB, dobs(g, b, "cn")), "，赠送流量"],
                         ["新地址：", (ADDR, g.addr())]])
        parts = [str(i + 1), "\t", (NM, nm), "\t", r.choice(["男", "女"]), "\t", ct, "\t", cert, "\t", (PH, ph), "\t",
                 (DOB, dobs(g, b, r.choice(["iso", "slash", "compact", "cn"]))), "\t", (ADDR, g.addr()), "\t",
                 (BANK, g.bank() if i % 3 else " ".join(g.bank(16)[j:j + 4] for j in range(0, 16, 4))), "\t",
                 (EM, g.email()), "\t", g.d(20), "\t", f"2024-04-{r.randint(1, 28):02d} {r.randint(8, 20)}:{r.randint(10, 59)}:00",
                 "\t", f"{r.randint(10, 9999)}.{r.randint(0, 99):02d}", "\t"] + note
        D.line(*parts)
    return D


# ------------------------------------------------------------------ 7 pipe-separated BSS/OSS CDR (no header)
def cdr(g):
    D = Doc("cdr_pipe.dat")
    r = g.r
    for i in range(80):
        D.tag = f"cdr{i % 4}"
        k = i % 4
        if k == 0:  # voice
            D.line(f"{g.d(16, '123456789')}|MOC|", (PH, "86" + g.mobile()), "|", (PH, "".join(g.landline())), "|", (IMSI, g.imsi()),
                   "|", (IMEI, g.imei()), "|", (CELL, g.cgi("00")), f"|{g.ts14()}|{r.randint(1, 3600)}|{r.randint(0, 999)}")
        elif k == 1:  # sms
            D.line(f"{g.d(16, '123456789')}|MT_SMS|{g.svc()}|", (PH, g.mobile()), "|", (IMSI, g.imsi()), f"|{g.ts14()}|0|0")
        elif k == 2:  # data
            D.line(f"{g.d(16, '123456789')}|GPRS|", (PH, g.mobile()), "|", (IMSI, g.imsi()), "|", (IP, f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
                   f"|cmnet|{g.ts14()}|{r.randint(1, 86400)}|{r.randint(1, 9999999)}|{r.randint(1, 9999999)}|", (MEID, g.meid()))
        else:  # recharge
            D.line(f"{g.d(16, '123456789')}|RECHARGE|", (PH, g.mobile()), f"|{r.randint(10, 500)}.00|{g.order()}|", (BANK, g.bank()),
                   f"|{g.ts14()}|{g.masked_card()}")
    return D


# ------------------------------------------------------------------ 8 nested JSON with Chinese keys
def nested(g):
    D = Doc("cust_nested.jsonl")
    r = g.r
    for i in range(40):
        D.tag = f"nest{i % 4}"
        b = g.birth()
        k = i % 4
        if k == 0:
            D.line("{\"客户\":{\"姓名\":\"", (NM, g.name()), "\",\"证件\":[{\"类型\":\"身份证\",\"号码\":\"", (RID, g.rid(b)),
                   "\"},{\"类型\":\"护照\",\"号码\":\"", (PASS, g.passport()), "\"}],\"联系方式\":[\"", (PH, g.mobile()),
                   "\",\"", (EM, g.email()), "\"],\"生日\":\"", (DOB, dobs(g, b, "iso")), "\"},\"订单号\":\"", g.order(),
                   f"\",\"金额\":{r.randint(1, 999)}.5}}")
        elif k == 1:
            D.line("{\"家庭成员\":[{\"称谓\":\"配偶\",\"名字\":\"", (NM, g.name()), "\",\"电话\":\"",
                   (PH, fmt_mobile(g, g.mobile(), "p86")), "\"},{\"称谓\":\"子女\",\"名字\":\"", (NM, g.name()),
                   "\",\"电话\":\"", (PH, fmt_mobile(g, g.mobile(), "space")), "\"}],\"住址\":{\"省\":\"湖南省\",\"详细\":\"",
                   (ADDR, g.addr("city")), f"\"}},\"创建时间\":{g.ts_ms()}}}")
        elif k == 2:
            lat, lng = g.coords()
            D.line("{\"终端\":{\"串号\":\"", (IMEI, g.imei()), "\",\"卡号\":\"", (ICCID, g.iccid(letter=(i % 8 == 2))),
                   "\",\"国际移动用户识别码\":\"", (IMSI, g.imsi()), "\",\"网卡\":\"", (MAC, g.mac("-", True)),
                   "\"},\"位置\":[", (LOC, str(lng)), ",", (LOC, str(lat)), "],\"基站\":\"", (CELL, g.cgi()),
                   "\",\"版本\":\"6.1.0.12\",\"指纹\":\"", g.hexs(40), "\"}")
        else:
            D.line("{\"账户\":{\"开户行\":\"中国建设银行\",\"卡号\":\"", (BANK, g.bank()), "\",\"持卡人\":\"", (NM, g.name()),
                   "\",\"预留手机\":\"", (PH, g.mobile()), "\"},\"车辆\":{\"车牌号\":\"", (PLATE, g.plate()),
                   "\"},\"登录\":{\"密码\":\"", (CRED, g.secret()), "\",\"最近IP\":\"", (IP, g.ipv4()), f"\"}},\"uuid\":\"{g.uuid()}\"}}")
    return D


# ------------------------------------------------------------------ 9 Chinese customer-service chat (new phrasing)
def chat(g):
    D = Doc("kefu_chat.txt")
    r = g.r
    tpl = [
        lambda: D.line("用户：我手机号", (PH, fmt_mobile(g, g.mobile(), "fw")), "，帮我查下流量"),
        lambda: D.line("用户：号码是", (PH, fmt_mobile(g, g.mobile(), "fwdash")), "，是本人实名的"),
        lambda: D.line("用户：你们打", (PH, fmt_mobile(g, g.mobile(), "space")), "这个号找我就行"),
        lambda: D.line("用户：身份证", (RID, fw(g.rid())), "，麻烦核对"),
        lambda: (lambda v: D.line("用户：证件号码 ", (RID, f"{v[:6]}-{v[6:14]}-{v[14:]}"), " 已上传"))(g.rid()),
        lambda: D.line("客服：好的", (NM, g.name()), "先生，已为您登记。"),
        lambda: D.line("客服：", (NM, g.name()), "女士您好，请问还有什么可以帮您？"),
        lambda: D.line("用户：我是机主", (NM, g.name()), "，身份证号", (RID, g.rid()), "。"),
        lambda: D.line("用户：帮我寄到", (ADDR, g.addr()), "，收件人", (NM, g.name()), "，电话", (PH, g.mobile()), "。"),
        lambda: D.line("用户：我家在", (ADDR, g.addr("city")), "，宽带一直掉线"),
        lambda: (lambda b: D.line("用户：我是", (DOB, dobs(g, b, "cn")), "生的，能办老年卡吗"))(g.birth(1940, 1962)),
        lambda: (lambda b: D.line("用户：出生年月日", (DOB, dobs(g, b, "dot")), "，麻烦改一下"))(g.birth()),
        lambda: D.line("用户：银行卡", (BANK, " ".join((lambda c: [c[j:j + 4] for j in range(0, 19, 4)])(g.bank(19)))), "扣了两次费"),
        lambda: D.line("用户：固话", (PH, "-".join(g.landline())), "转", str(r.randint(100, 999)), "，找我就行"),
        lambda: D.line("用户：邮箱", (EM, g.email()), "，发票发这里"),
        lambda: D.line("用户：我车牌", (PLATE, g.plate()), "，ETC扣费不对"),
        lambda: D.line("用户：护照号", (PASS, g.passport()), "，出国要开国际漫游"),
        lambda: D.line("用户：通行证号码", (HKMO, g.permit()), "，去香港用"),
        lambda: D.line("用户：手机串码", (IMEI, g.imei()), "，被锁机了"),
        lambda: D.line("用户：卡背面的号", (ICCID, g.iccid()), "，激活不了"),
        lambda: D.line("用户：密码：", (CRED, g.secret(8)), "，登不上去"),
        lambda: D.line("用户：我在", (LOC, "%.5f,%.5f" % g.coords()), "这里，没信号"),
        lambda: D.line("用户：我叫", (NM, g.name()), "，是老用户了"),
        lambda: D.line("用户：联系人", (NM, g.name()), "，号码", (PH, fmt_mobile(g, g.mobile(), "dash")), "。"),
    ]
    neg = [
        lambda: D.line(f"客服：您的工单号为{g.order()}，请留意短信通知。"),
        lambda: D.line(f"客服：您可以拨打{g.svc()}咨询，或登录APP查询。"),
        lambda: D.line(f"客服：您尾号{g.mobile()[-4:]}的号码本月已用流量{r.randint(1, 99)}.{r.randint(1, 9)}GB。"),
        lambda: D.line(f"客服：系统显示号码{g.masked_phone()}，证件{g.masked_id()}，请确认。"),
        lambda: D.line(f"用户：我{r.randint(2018, 2023)}年{r.randint(1, 12)}月{r.randint(1, 28)}日办的卡，合约到期了吗"),
        lambda: D.line(f"客服：快递单号{g.tracking()}，已发出。"),
        lambda: D.line(f"客服：本次交易流水{g.d(20)}，金额{r.randint(10, 999)}.00元，时间{g.ts14()}。"),
        lambda: D.line(f"客服：退款{r.randint(100, 9999)}元将于3个工作日内到账，卡号{g.masked_card()}。"),
        lambda: D.line(f"用户：验证码{g.d(6)}是什么意思"),
        lambda: D.line(f"客服：活动期间2024-05-01至2024-05-31，每天{r.randint(1, 9)}GB。"),
        lambda: D.line(f"客服：您的卡号校验未通过：{g.bad_card()}，请重新输入。"),
        lambda: D.line(f"客服：证件号{g.rid_bad()}校验不通过，请重新核对。"),
        lambda: D.line(f"用户：我买的是iPhone {r.randint(11, 15)} Pro，价格{r.randint(5000, 9999)}元"),
        lambda: D.line(f"客服：您好，我是{r.randint(1000, 9999)}号客服小王，很高兴为您服务。"),
    ]
    for i in range(96):
        D.tag = f"chat{i % len(tpl)}"
        tpl[i % len(tpl)]()
        if i % 2 == 0:
            D.tag = "chatneg"
            neg[(i // 2) % len(neg)]()
    return D


# ------------------------------------------------------------------ 10 English e-mail / sentences
def english(g):
    D = Doc("mails_en.txt")
    r = g.r
    tpl = [
        lambda: D.line("Dear ", (NM, g.py()), ", your order has shipped. Tracking: ", g.tracking(), "."),
        lambda: D.line("Please contact ", (NM, g.py()), " at ", (EM, g.email()), " or ", (PH, fmt_mobile(g, g.mobile(), "p86dash")), "."),
        lambda: D.line("From: ", (NM, g.py()), " <", (EM, g.email()), ">"),
        lambda: D.line("Call me on ", (PH, fmt_mobile(g, g.mobile(), "p86paren")), " after 6pm, thanks."),
        lambda: (lambda b: D.line("Date of birth: ", (DOB, f"{b[2]} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][b[1]-1]} {b[0]}"), "."))(g.birth()),
        lambda: (lambda b: D.line("She was born on ", (DOB, dobs(g, b, "iso")), " in Wuhan."))(g.birth()),
        lambda: D.line("My passport number is ", (PASS, g.passport()), " and my HK/Macau permit is ", (HKMO, g.permit()), "."),
        lambda: D.line("The server at ", (IP, g.ipv4()), " logged a login by ", (EM, g.email()), "."),
        lambda: D.line("Card on file: ", (BANK, "-".join((lambda c: [c[j:j + 4] for j in range(0, 16, 4)])(g.bank(16)))), ", exp 08/27."),
        lambda: D.line("Device MAC ", (MAC, g.mac(":", False)), ", IMEI ", (IMEI, g.imei()), ", IMSI ", (IMSI, g.imsi()), "."),
        lambda: D.line("Office phone: ", (PH, "+86 " + (lambda a: a[0][1:] + " " + a[1])(g.landline())), " ext. 2301."),
        lambda: D.line("Mr. ", (NM, g.py()), " (ID ", (RID, g.rid()), ") requested a SIM swap."),
    ]
    neg = [
        lambda: D.line(f"Invoice INV-{g.d(10)} total ${r.randint(10, 999)}.{r.randint(10, 99)}, due 2024-06-30."),
        lambda: D.line(f"Build {g.hexs(40)} deployed; version 5.{r.randint(0, 9)}.{r.randint(0, 99)}, request {g.uuid()}."),
        lambda: D.line(f"Call our hotline {g.svc()} or visit any store; ref #{g.d(12)}."),
        lambda: D.line(f"Meeting on 2024-05-{r.randint(10, 28)} at 14:00 in Room {r.randint(100, 999)}."),
        lambda: D.line(f"Your code is {g.d(6)}; it expires at {g.ts_ms()}."),
        lambda: D.line(f"Customer {g.masked_phone()} upgraded to the 5G {r.randint(99, 299)} plan."),
    ]
    for i in range(60):
        D.tag = f"en{i % len(tpl)}"
        tpl[i % len(tpl)]()
        if i % 2:
            D.tag = "enneg"
            neg[(i // 2) % len(neg)]()
    return D


# ------------------------------------------------------------------ 11 SMS templates
def sms(g):
    D = Doc("sms_out.txt")
    r = g.r
    for i in range(48):
        k = i % 8
        D.tag = f"sms{k}"
        to = ["to=", (PH, g.mobile()), " content="]
        if k == 0:
            D.line(*to, "【某某银行】尊敬的", (NM, g.name()), "客户，您尾号", g.bank()[-4:], f"的储蓄卡于04月{r.randint(10, 28)}日"
                   f"{r.randint(10, 23)}:{r.randint(10, 59)}支出人民币{r.randint(1, 9999)}.00元，余额{r.randint(1, 99999)}.12元。")
        elif k == 1:
            D.line(*to, f"【中国移动】您的验证码为{g.d(6)}，5分钟内有效，请勿泄露。客服{g.svc()}")
        elif k == 2:
            D.line(*to, "【快递】您的包裹已到", (ADDR, g.addr()), "驿站，取件码", f"{r.randint(1, 30)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}",
                   f"，运单{g.tracking()}。")
        elif k == 3:
            D.line(*to, "【营业厅】", (NM, g.name()), "您好，您预约的携号转网已受理，工单", g.order(), "。")
        elif k == 4:
            D.line(*to, f"【保险】您的保单P{g.d(15)}已生效，被保人身份证", g.masked_id(), "，如有疑问致电", g.svc(), "。")
        elif k == 5:
            D.line(*to, "【物业】", (NM, g.name()), "业主，您的车辆", (PLATE, g.plate()), "已登记，停车费", f"{r.randint(100, 600)}元/月。")
        elif k == 6:
            D.line(*to, "【医院】", (NM, g.name()), "，", (DOB, dobs(g, g.birth(), "cn")), "出生，就诊卡", g.d(10), "，预约明天上午9点。")
        else:
            D.line(*to, "【酒店】您的订单", g.order(), "已确认，入住人", (NM, g.name()), "，联系电话", (PH, fmt_mobile(g, g.mobile(), "dash")), "。")
    return D


# ------------------------------------------------------------------ 12 markdown tables
def markdown(g):
    D = Doc("report.md")
    r = g.r
    D.line("# 数据泄露事件排查报告")
    D.line("")
    D.line("| 客户姓名 | 手机号码 | 证件号码 | 开户行卡号 | 联系地址 | 出生日期 |")
    D.line("|---|---|---|---|---|---|")
    for i in range(20):
        D.tag = "mdtab"
        b = g.birth()
        D.line("| ", (NM, g.name()), " | ", (PH, g.mobile()), " | ", (RID, g.rid(b)), " | ", (BANK, g.bank()), " | ",
               (ADDR, g.addr()), " | ", (DOB, dobs(g, b, "iso")), " |")
    D.line("")
    D.line("| 设备 | IMEI | IMSI | ICCID | MAC | IP |")
    D.line("|---|---|---|---|---|---|")
    for i in range(12):
        D.tag = "mdtab2"
        D.line(f"| dev-{i} | ", (IMEI, g.imei()), " | ", (IMSI, g.imsi()), " | ", (ICCID, g.iccid()), " | ", (MAC, g.mac(":", True)),
               " | ", (IP, g.ipv4()), " |")
    D.line("")
    D.tag = "mdneg"
    D.line("## 不属于个人信息的字段")
    D.line("")
    D.line("| 字段 | 示例 |")
    D.line("|---|---|")
    for i in range(12):
        D.line(f"| 订单号 | {g.order()} |")
        D.line(f"| 时间戳 | {g.ts_ms()} |")
        D.line(f"| 脱敏手机 | {g.masked_phone()} |")
        D.line(f"| 版本 | v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 300)} |")
    D.line("")
    D.tag = "mdtext"
    for i in range(10):
        D.line("- 受影响用户 **", (NM, g.name()), "**，手机 `", (PH, g.mobile()), "`，邮箱 <", (EM, g.email()), ">")
    return D


# ------------------------------------------------------------------ 13 HTTP headers / cookies / curl
def headers(g):
    D = Doc("capture.txt")
    r = g.r
    for i in range(15):
        D.tag = f"hdr{i % 3}"
        D.line(f"> POST /openapi/v1/users/{g.d(9)} HTTP/1.1")
        D.line("> X-Api-Key: ", (CRED, g.hexs(32)))
        D.line("> Cookie: JSESSIONID=", g.hexs(32).upper(), "; remember_me=", (CRED, g.secret(20)), "; uid=", (PH, g.mobile()),
               f"; _gid=GA1.2.{g.d(9)}.{g.d(10)}")
        D.line("> X-Client-IP: ", (IP, g.ipv4()))
        D.line("> X-Device-Mac: ", (MAC, g.mac("-", False)))
        D.line("> X-Geo: ", (LOC, "%.6f;%.6f" % g.coords()))
        D.line("> Proxy-Authorization: Basic ", (CRED, base64.b64encode(f"ops:{g.secret()}".encode()).decode()))
        D.line(f"> X-Trace: {g.uuid()}")
        D.line(">")
        D.line("< HTTP/1.1 201 Created")
        D.line(f"< Date: Thu, {r.randint(10, 28)} Apr 2024 0{r.randint(0, 9)}:{r.randint(10, 59)}:00 GMT")
        D.line(f"< X-RateLimit-Reset: {g.ts_ms()}")
        D.line("<")
        D.line(f"curl -s -u admin:", (CRED, g.secret()), f" 'https://api.example.cn/v1/export?from={g.ts14()}&to={g.ts14()}'")
        D.line("curl -H 'Authorization: token ", (CRED, "ghp_" + g.secret(36)), "' https://git.example.cn/api/v3/user")
    return D


BUILDERS = [nginx, rfc5424, log4j, soap, ini, tsv, cdr, nested, chat, english, sms, markdown, headers]


def main():
    os.makedirs(OUT, exist_ok=True)
    labels = []
    for n, b in enumerate(BUILDERS):
        doc = b(G(777 + n))
        with open(os.path.join(OUT, doc.name), "wb") as f:
            f.write(bytes(doc.buf))
        prev = 0
        for lab in doc.labels:
            assert lab["start"] >= prev and lab["end"] > lab["start"], lab
            bytes(doc.buf[lab["start"]:lab["end"]]).decode("utf-8")
            prev = lab["end"]
        labels += doc.labels
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps({k: lab[k] for k in ("file", "start", "end", "type")}, ensure_ascii=False) + "\n")
    c = {}
    for lab in labels:
        c[lab["type"]] = c.get(lab["type"], 0) + 1
    print(len(labels), "labels")
    for t in sorted(c, key=lambda t: -c[t]):
        print(f"  {t:28} {c[t]}")



# ------------------------------------------------------------------ 14 probes: one hard case per line
def probes(g):
    D = Doc("probes.txt")
    r = g.r
    P = []  # (tag, parts)
    for i in range(4):
        m, rid, b = g.mobile(), g.rid(), g.birth()
        lat, lng = g.coords()
        P += [
            ("coord_deg", ["定位：北纬", (LOC, "%.4f°" % lat), "，东经", (LOC, "%.4f°" % lng)]),
            ("coord_latlng_kv", ["lat=", (LOC, "%.6f" % lat), "&lon=", (LOC, "%.6f" % lng)]),
            ("coord_wkt", ["geom=POINT(", (LOC, "%.6f %.6f" % (lng, lat)), ")"]),
            ("ipv6_bracket_port", ["connect to [", (IP, g.ipv6()), "]:443 failed"]),
            ("ipv4_port", ["upstream ", (IP, g.ipv4()), ":8080 timed out"]),
            ("ipv4_mapped", ["client=", (IP, "::ffff:" + g.ipv4()), " accepted"]),
            ("mac_bare", ["wifi_mac=", (MAC, g.mac("", False))]),
            ("mac_cisco", ["arp ", (MAC, (lambda h: f"{h[0:4]}.{h[4:8]}.{h[8:12]}")(g.mac("", False))), " Vlan10"]),
            ("iot13", ["物联网卡号码：", (PH, "1064" + g.d(9))]),
            ("landline_ext", ["办公电话：", (PH, "-".join(g.landline())), "-", g.d(4), "（分机）"]),
            ("landline_plus86", ["Tel: ", (PH, (lambda a: f"+86-{a[0][1:]}-{a[1]}")(g.landline()))]),
            ("phone_0086nosep", ["主叫 ", (PH, "0086" + m), " 呼出"]),
            ("phone_in_parens_fw", ["客户（", (PH, m), "）来电"]),
            ("phone_dot", ["手机：", (PH, f"{m[:3]}.{m[3:7]}.{m[7:]}")]),
            ("phone_json_number", ["{\"mobile\":", (PH, m), ",\"ok\":true}"]),
            ("rid_space", ["身份证号：", (RID, f"{rid[:6]} {rid[6:10]} {rid[10:14]} {rid[14:]}")]),
            ("rid_lower_x", ["证件 ", (RID, g.rid(x=True)[:-1] + "x"), " 已审核"]),
            ("rid15", ["老身份证", (RID, (lambda y: f"{r.choice(REGIONS)[0]}{y[0] % 100:02d}{y[1]:02d}{y[2]:02d}{g.d(3)}")(g.birth(1940, 1979)))]),
            ("rid_permit81", ["港澳居民居住证 ", (RID, (lambda b2: (lambda body: body + ric.calc_check_digit(body + '0'))(f"810000{b2[0]:04d}{b2[1]:02d}{b2[2]:02d}{g.d(3)}"))(g.birth()))]),
            ("permit_W", ["往来港澳通行证（旧版）", (HKMO, "W" + g.d(8))]),
            ("permit_H", ["回乡证 ", (HKMO, "H" + g.d(8))]),
            ("plate_gua", ["挂车 ", (PLATE, r.choice(PLATE_PROV) + r.choice(PL) + g.d(4) + "挂")]),
            ("plate_dash", ["车牌号：", (PLATE, r.choice(PLATE_PROV) + r.choice(PL) + "-" + g.d(5))]),
            ("dob_dmy_dot", ["出生日期: ", (DOB, f"{b[2]:02d}.{b[1]:02d}.{b[0]}")]),
            ("dob_en_month", ["born ", (DOB, f"{['March','April','May','June'][i]} {b[2]}, {b[0]}")]),
            ("dob_cn_num", ["出生于", (DOB, f"{b[0]}年{b[1]:02d}月{b[2]:02d}日")]),
            ("email_upper", ["EMAIL: ", (EM, g.email().upper())]),
            ("email_sub", ["mailto:", (EM, f"{g.py().split()[1].lower()}@mail.{r.choice(['sz','hz','bj'])}.example.gov.cn")]),
            ("card_19_grouped6", ["卡号 ", (BANK, (lambda c: c[:6] + " " + c[6:])(g.bank(19)))]),
            ("card_amex", ["card: ", (BANK, (lambda b3: b3 + luhn.calc_check_digit(b3))("37" + g.d(12)))]),
            ("imei_spaces", ["IMEI: ", (IMEI, (lambda x: f"{x[:2]} {x[2:8]} {x[8:14]} {x[14]}")(g.imei()))]),
            ("imei_slash", ["IMEI/SV: ", (IMEI, (lambda x: f"{x[:8]}/{x[8:14]}/{x[14]}")(g.imei()))]),
            ("imsi_mnc15", ["IMSI ", (IMSI, "46015" + g.d(10))]),
            ("imsi_mnc20", ["IMSI ", (IMSI, "46020" + g.d(10))]),
            ("meid_lower", ["meid ", (MEID, g.meid().lower())]),
            ("iccid_spaced", ["ICCID: ", (ICCID, (lambda c: " ".join(c[j:j + 4] for j in range(0, 20, 4)))(g.iccid()[:19] + "1"))]),
            ("cell_eci_hex", ["eci=", (CELL, "0x" + "%07X" % r.randint(0x100000, 0xFFFFFFF))]),
            ("cell_lac_ci", ["LAC/CI: ", (CELL, f"{r.randint(1000, 65000)}/{r.randint(10000, 268435455)}")]),
            ("cred_json_space", ["{\"password\" : \"", (CRED, g.secret()), "\"}"]),
            ("cred_yaml_quoted", ["  client_secret: '", (CRED, g.secret()), "'"]),
            ("cred_cn", ["初始密码为", (CRED, g.d(6)), "，请及时修改"]),
            ("cred_url", ["redis://:", (CRED, g.secret(12)), "@", (IP, "10.1.2.3"), ":6379/0"]),
            ("name_cn_colon_space", ["姓名： ", (NM, g.name()), "  性别：男"]),
            ("name_fullwidth_paren", ["用户（", (NM, g.name()), "）反映"]),
            ("addr_no_room_suffix", ["收货地址：", (ADDR, g.addr())]),
            ("addr_village", ["家住", (ADDR, f"{r.choice(['湖南省','河南省','四川省'])}{r.choice(['衡阳县','固始县','仁寿县'])}{r.choice(['金溪镇','城关镇','文林镇'])}{r.choice(['和平村','新民村','红星村'])}{r.randint(1, 12)}组{r.randint(1, 80)}号")]),
        ]
    negs = [
        ("neg_epoch_ms_ctx", lambda: f"手机上报时间 {g.ts_ms()}"),
        ("neg_ts14", lambda: f"电话呼叫开始 {g.ts14()} 结束 {g.ts14()}"),
        ("neg_phone_in_run", lambda: f"sn={g.d(3)}{g.mobile()}{g.d(3)}"),
        ("neg_phone_in_alnum", lambda: f"token AB{g.mobile()}CD"),
        ("neg_phone_in_hex", lambda: f"sha1={g.hexs(10)}{g.mobile()}{g.hexs(19)}"),
        ("neg_rid_in_run", lambda: f"批次{g.rid()}{g.d(4)}"),
        ("neg_rid_bad", lambda: f"身份证号{g.rid_bad()}（校验失败）"),
        ("neg_card_bad_visa", lambda: f"卡号 {g.bad_card()} 无效"),
        ("neg_masked", lambda: f"手机{g.masked_phone()} 身份证{g.masked_id()} 卡{g.masked_card()}"),
        ("neg_service", lambda: f"请拨打 {g.svc()} 或 400-{g.d(3, '1-9'.replace('-', '2345678'))}-{g.d(4)}"),
        ("neg_uscc", lambda: f"统一社会信用代码 91{r.choice(REGIONS)[0]}MA{g.d(6)}{r.choice('0123456789ABCDEFGHJKLMNPQRTUWXY')}{r.choice('0123456789')}"),
        ("neg_version", lambda: f"升级到 v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)} 完成"),
        ("neg_oid", lambda: f"oid 1.3.6.1.4.1.{r.randint(1000, 60000)}.1.2"),
        ("neg_date_notbirth", lambda: f"合同签订日期 {r.randint(2015, 2023)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
        ("neg_price", lambda: f"总价 ¥{r.randint(1, 99)},{r.randint(100, 999)}.00，优惠{r.randint(10, 99)}元"),
        ("neg_uuid_digits", lambda: f"req {g.d(8)}-{g.d(4)}-{g.d(4)}-{g.d(4)}-{g.d(12)}"),
        ("neg_imei_bad_luhn", lambda: (lambda x: f"设备序列号 {x[:-1]}{(int(x[-1]) + 5) % 10}")(g.imei())),
        ("neg_coords_like_amount", lambda: f"金额 {r.randint(10, 40)}.{g.d(4)},{r.randint(100, 120)}.{g.d(4)}"),
        ("neg_mac_like_time", lambda: f"duration 00:{r.randint(10, 59)}:{r.randint(10, 59)}:{r.randint(10, 59)}:00:00"),
        ("neg_ipv6_time", lambda: f"at 12:{r.randint(10, 59)}:{r.randint(10, 59)}"),
        ("neg_plate_like_word", lambda: f"京A股{g.d(5)}"),
        ("neg_passport_like_code", lambda: f"错误码 E{g.d(8)} 请重试"),
        ("neg_stock", lambda: f"股票代码 6{g.d(5)}，成交 {g.d(8)} 股"),
    ]
    for tag, parts in P:
        D.tag = tag
        D.line(*parts)
    for i in range(4):
        for tag, fn in negs:
            D.tag = tag
            D.line(fn())
    return D


BUILDERS.append(probes)


if __name__ == "__main__":
    main()
