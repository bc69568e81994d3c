#!/usr/bin/python3
"""Generate the operator-exports corpus: PI as a telecom operator holds it, in files that
neither the shared corpus nor tests/data/generalization use: ASR call transcripts (numbers
read digit by digit), a WeChat export, a work-order CSV, BOSS/CRM JSON, fixed-width and
'|'-separated billing detail, an SMS gateway log, complaint letters, an Excel TSV, a Spring
log, an HTTP access log, Kafka JSON with \\u escapes, YAML, a SQL dump, English roaming CDRs
and operations notes full of hard negatives.

    /usr/bin/python3 tests/data/operator_exports/make_corpus.py          # rewrites the files here
    /usr/bin/python3 tests/data/operator_exports/make_corpus.py --out DIR

Deterministic (fixed seed), synthetic only; needs python3-stdnum. Labels: labels.jsonl, as in
tests/data/generalization: phone spans include +86/0086/86 and separators; addresses whole up
to the room number; a credential is the secret only; quoted values without quotes; JSON
\\u-escaped values as stored; spoken (Chinese numeral) identifiers over the numerals.
Negatives are not labelled. Written as a blind test (micro-F1 0.957 when first scored); see
docs/accuracy.md.
"""
import json, os, random, sys
import stdnum.cn.ric, stdnum.imei, stdnum.luhn

OUT = (sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv
       else os.path.dirname(os.path.abspath(__file__)))
R = random.Random(20261130)

REG = [("430102", "湖南省长沙市芙蓉区"), ("440304", "广东省深圳市福田区"), ("330102", "浙江省杭州市上城区"),
       ("510104", "四川省成都市锦江区"), ("420102", "湖北省武汉市江岸区"), ("370212", "山东省青岛市崂山区"),
       ("350102", "福建省福州市鼓楼区"), ("320583", "江苏省昆山市"), ("410102", "河南省郑州市中原区"),
       ("610104", "陕西省西安市莲湖区"), ("130104", "河北省石家庄市桥西区"), ("360111", "江西省南昌市青山湖区"),
       ("450102", "广西壮族自治区南宁市兴宁区"), ("210202", "辽宁省大连市中山区"), ("110106", "北京市丰台区"),
       ("310110", "上海市杨浦区"), ("500112", "重庆市渝北区"), ("220102", "吉林省长春市南关区")]
ROADS = ["五一大道", "韶山北路", "福华三路", "解放路", "春熙路", "沿江大道", "香港东路", "五四路", "前进路",
         "人民西路", "环城南路", "和平路", "北京东路", "民主路", "中山路", "黄兴路", "建设路", "人民路"]
ESTATE = ["金域华府", "香樟园", "天誉花园", "保利香槟国际", "丽景湾", "融创玖玺台", "龙湖春江郦城"]
SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文")
GIV = list("建国志强秀英桂兰海燕晓东雪梅子豪雨欣梓萱浩宇一诺欣怡俊杰丽华春生红霞德明家豪文静晨曦")
PYS = ["Liang", "Deng", "Xie", "Tang", "Feng", "Cao", "Peng", "Lu", "Jiang", "Cai"]
PYG = ["Yifan", "Qiang", "Meiling", "Zhiyuan", "Jiahui", "Hong", "Ling", "Guoqing", "Shuang"]
MOBP = ["134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182",
        "183", "187", "188", "198", "130", "131", "132", "155", "156", "185", "186", "166", "176",
        "133", "153", "180", "181", "189", "177", "173", "199", "191", "193", "172", "195", "197"]
AREA = [("0731", 8), ("0755", 8), ("0571", 8), ("028", 8), ("027", 8), ("0532", 8), ("0591", 8),
        ("0512", 8), ("0371", 8), ("029", 8), ("0311", 8), ("0791", 8), ("0771", 7), ("0411", 8), ("010", 8)]
TACS = ["35391110", "35875011", "86458504", "86982805", "35290611", "86769003", "35448209", "86150204"]
BINS = ["621226", "622908", "623668", "621661", "622155", "620522", "622262", "621288"]
PROV = list("湘粤浙川鄂鲁闽苏豫陕冀赣桂辽京沪渝吉")
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CN = dict(zip("0123456789", "零一二三四五六七八九"))


def d(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def birth(lo=1955, hi=2004):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def rid(b=None, reg=None, bad=False):
    y, m, dd = b or birth()
    body = (reg or R.choice(REG)[0]) + f"{y:04d}{m:02d}{dd:02d}" + d(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * k for a, k in zip(body, w)) % 11]
    if bad:
        c = "0123456789"[("0123456789X".index(c) + 3) % 10]
    v = body + c
    assert stdnum.cn.ric.is_valid(v) != bad
    return v


def mob():
    return R.choice(MOBP) + d(8)


def land():
    a, n = R.choice(AREA)
    return a, d(n, "2345678")


def imsi():
    return "460" + R.choice(["00", "01", "02", "03", "07", "11", "08", "06"]) + d(10)


def imei(bad=False):
    b = R.choice(TACS) + d(6)
    c = stdnum.luhn.calc_check_digit(b)
    if bad:
        c = str((int(c) + 5) % 10)
    return b + c


def card(bad=False, n=19):
    b = R.choice(BINS) + d(n - 7)
    c = stdnum.luhn.calc_check_digit(b)
    if bad:
        c = str((int(c) + 4) % 10)
    return b + c


def iccid():
    return "8986" + R.choice(["00", "01", "03", "11", "06"]) + d(14)


def meid():
    return R.choice(["A0", "A1"]) + "".join(R.choice("0123456789ABCDEF") for _ in range(12))


def mac(sep=":"):
    while True:
        v = sep.join("%02X" % R.randint(0, 255) for _ in range(6))
        if any(c.isdigit() for c in v):
            return v


def ip():
    return R.choice([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                     f"112.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                     f"223.104.{R.randint(0,255)}.{R.randint(1,254)}",
                     f"183.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"])


def name():
    return R.choice(SUR) + "".join(R.choice(GIV) for _ in range(R.choice([1, 2, 2])))


def addr():
    code, reg = R.choice(REG)
    s = reg + R.choice(ROADS) + f"{R.randint(1,399)}号"
    if R.random() < .6:
        s += R.choice(ESTATE) + f"{R.randint(1,20)}栋{R.randint(1,3)}单元{R.randint(1,30)}{R.randint(1,4):02d}室"
    return s


def plate():
    return R.choice(PROV) + R.choice(PL) + R.choice(["", "·"]) + "".join(
        R.choice("0123456789" + PL) if i in (0,) else R.choice("0123456789") for i in range(5))


def passport():
    return R.choice(["E" + d(8), "E" + R.choice("ABCDEFGHJKLMN") + d(7)])


def permit():
    return "C" + R.choice([d(8), R.choice("ABCDEFGH") + d(7)])


def coord():
    return f"{R.uniform(22,40):.6f}", f"{R.uniform(105,122):.6f}"


def cgi():
    return f"460-{R.choice(['00','01','11'])}-{R.randint(10000,65000)}-{R.randint(10000,65000)}"


def secret(n=16):
    return "".join(R.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def spoken(s, yao=True):
    t = "".join(CN[c] for c in s)
    return t.replace("一", "幺") if yao else t


def uuid():
    return "%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12),
                                           R.getrandbits(12), R.getrandbits(48))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ts(date=True):
    return f"2024-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"


def epoch():
    return str(R.randint(1700000000000, 1735000000000))


def masked():
    m = mob()
    return m[:3] + "****" + m[7:]


# ------------------------------------------------------------------ document builder
class Doc:
    def __init__(self, fn):
        self.fn, self.buf, self.labels = fn, bytearray(), []

    def t(self, s):
        self.buf += s.encode()
        return self

    def p(self, s, typ):
        st = len(self.buf)
        self.buf += s.encode()
        if typ:
            self.labels.append({"file": self.fn, "start": st, "end": len(self.buf), "type": typ})
        return self

    def parts(self, *xs):
        """xs: str or (str, type)."""
        for x in xs:
            if isinstance(x, tuple):
                self.p(*x)
            else:
                self.t(x)
        return self


DOCS = []


def doc(fn):
    x = Doc(fn)
    DOCS.append(x)
    return x


PH, ID, EM, BC, IMSI, IMEI, MEID, ICC, IP, MAC = ("PHONE_NUMBER", "CHINA_RESIDENT_ID_NUMBER", "EMAIL_ADDRESS",
    "BANK_CARD_NUMBER", "IMSI_ID", "IMEI_HARDWARE_ID", "MEID", "ICCID_NUMBER", "IP_ADDRESS", "MAC_ADDRESS")
PP, HK, PLATE, NM, AD, DOB, LOC, CELL, CRED = ("CHINA_PASSPORT", "HK_MACAU_TRAVEL_PERMIT", "CHINA_LICENSE_PLATE",
    "PERSON_NAME", "STREET_ADDRESS", "DATE_OF_BIRTH", "LOCATION_COORDINATES", "CELL_ID", "CREDENTIAL")


def email(nm=None):
    return R.choice(["", "ms.", "work_"]) + secret(6).lower() + str(R.randint(1, 999)) + "@" + R.choice(
        ["qq.com", "163.com", "139.com", "189.cn", "wo.cn", "outlook.com", "sohu.com", "aliyun.com"])


# ------------------------------------------------------------------ 1. ASR call transcripts
def asr():
    D = doc("asr_calls.txt")
    for i in range(30):
        n, m, r = name(), mob(), rid()
        D.t(f"[通话ID {uuid()}] [录音时长 {R.randint(60,900)}s] [坐席工号 {d(6)}]\n")
        D.t("坐席 您好很高兴为您服务请问有什么可以帮您\n")
        k = i % 6
        if k == 0:
            D.parts("客户 喂你好我想查一下我这个号码的话费我叫", (n, NM), "\n")
            D.parts("坐席 好的请您提供一下机主的身份证号码\n客户 ", (spoken(r, R.random() < .5), ID), "\n")
        elif k == 1:
            D.parts("客户 我的手机号是", (spoken(m[:3]) + " " + spoken(m[3:7]) + " " + spoken(m[7:]), PH),
                    " 宽带一直断网\n")
            D.parts("坐席 请问装机地址是哪里\n客户 就是", (R.choice(REG)[1] + R.choice(ROADS) + spoken(str(R.randint(10, 99)), False) + "号", AD),
                    "\n")
        elif k == 2:
            D.parts("客户 你好我姓", (n[0], None), "我要办停机保号我的号是", (spoken(m), PH), "\n")
            D.t(f"坐席 好的您的工单号是{spoken('2024' + d(9))}请记一下有问题可以再打幺零零八六\n")
        elif k == 3:
            D.parts("客户 我那个卡被盗刷了卡号是", (spoken(card()), BC), "你们赶紧给我冻结\n")
            D.t("坐席 女士这边建议您先拨打九五五八八银行客服进行挂失\n")
        elif k == 4:
            D.parts("客户 我是帮我妈问的她叫", (n, NM), "她的电话", (spoken(m), PH), "老是收到骚扰短信\n")
            D.t(f"坐席 好的已为您登记骚扰号码{m[:3]}星星星星{m[7:]}\n")
        else:
            lc, ln = land()
            D.parts("客户 你们上门的师傅联系不上我家座机是", (spoken(lc + ln), PH), "我手机打不通\n")
            D.parts("坐席 请您核对一下出生日期\n客户 ", (f"{spoken(str(birth()[0]), False)}年{'一二三四五六七八九'[R.randint(0,8)]}月十{'一二三四五六七八'[R.randint(0,7)]}号", DOB), "\n")
        D.t(f"坐席 请问还有其他问题吗 客户 没有了谢谢 坐席 稍后请对本次服务做出评价再见\n\n")


# ------------------------------------------------------------------ 2. WeChat / QQ exports
def chat():
    D = doc("wechat_export.txt")
    nicks = ["小熊猫🐼", "A移动营业厅-小周", "Sunny", "晴天", "老张(装维)", "木子李", "客户经理Kevin"]
    for i in range(40):
        nk = R.choice(nicks)
        D.t(f"{ts()} {nk}\n")
        k = i % 10
        if k == 0:
            n, m = name(), mob()
            D.parts("收件人：", (n, NM), "，电话", (m[:3] + " " + m[3:7] + " " + m[7:], PH), "，地址：", (addr(), AD), "\n")
        elif k == 1:
            D.parts("我车牌", (plate(), PLATE), "停在楼下了，你下来拿一下路由器\n")
        elif k == 2:
            D.t(f"订单编号：{d(19, '4')} 已发货，顺丰单号SF{d(13)}，有问题打95338\n")
        elif k == 3:
            D.parts("麻烦帮我查下这个卡的流量 ICCID ", (iccid(), ICC), " 谢谢\n")
        elif k == 4:
            D.parts("[图片] 身份证正反面 号码", (rid(), ID), " 名字", (name(), NM), "\n")
        elif k == 5:
            D.t(f"您好，活动价{R.randint(19,199)}.00元/月，{R.randint(20,100)}G流量，详询{masked()}\n")
        elif k == 6:
            e = email()
            D.parts("发票发我邮箱吧 ", (e, EM), "\n")
        elif k == 7:
            m = mob()
            D.parts("@", nk, " 客户新号码 +86-", (m, PH), " 老号码停了\n")
            # label includes +86-? convention: include prefix
            D.labels[-1]["start"] -= len("+86-".encode())
        elif k == 8:
            D.t(f"群公告：{R.choice(['长沙', '岳阳', '株洲'])}分公司明天9:30开会，会议号 {d(3)} {d(3)} {d(3)}\n")
        else:
            D.parts("我的qq是", (d(9, "123456789"), None), "，护照号", (passport(), PP), "办国际漫游要用\n")
        D.t("\n")


# ------------------------------------------------------------------ 3. work-order CSV
def csvq(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def workorders():
    D = doc("workorders.csv")
    D.t("工单编号,受理时间,受理渠道,业务类型,客户名称,联系电话/手机,证件号码(身份证),装机地址,处理班组,处理人工号,费用(元),光猫串号,备注\n")
    for i in range(40):
        wid = "GD" + "2024" + d(12)
        cells = [(wid, None), (ts(), None), (R.choice(["10086热线", "营业厅", "APP", "微信公众号"]), None),
                 (R.choice(["宽带装机", "移机", "故障报修", "套餐变更", "投诉"]), None)]
        cust = R.random()
        if cust < .7:
            cells.append((name(), NM))
        elif cust < .85:
            cells.append((R.choice(["湖南某某科技有限公司", "长沙市天心区教育局", "未知"]), None))
        else:
            cells.append((name()[0] + "先生", None))
        r = R.random()
        if r < .6:
            cells.append((mob(), PH))
        elif r < .8:
            a, n = land()
            cells.append((f"{a}-{n}", PH))
        else:
            m1, m2 = mob(), mob()
            cells.append([(m1, PH), "/", (m2, PH)])
        r = R.random()
        if r < .75:
            cells.append((rid(), ID))
        elif r < .85:
            cells.append((rid()[:17] + "x" if False else rid(bad=True), None))
        else:
            cells.append((masked_id(), None))
        cells.append((addr(), AD))
        cells.append((R.choice(["装维一班", "芙蓉装维", "南区网格"]), None))
        cells.append(("YW" + d(5), None))
        cells.append((f"{R.randint(0,300)}.{R.randint(0,99):02d}", None))
        cells.append(("ZTEG" + hx(8).upper(), None))
        rem = R.choice(["用户要求下午上门", "已联系，客户不在家", f"改约{R.randint(1,28)}号", "客户说再联系他老婆",
                        "光猫坏了需更换,已带新设备"])
        cells.append((rem, None))
        for j, c in enumerate(cells):
            if j:
                D.t(",")
            if isinstance(c, list):
                D.parts(*c)
            else:
                v, t = c
                q = csvq(v)
                if q != v:
                    D.t('"')
                    D.p(v, t)
                    D.t('"')
                else:
                    D.p(v, t)
        D.t("\n")


def masked_id():
    r = rid()
    return r[:6] + "********" + r[14:]


# ------------------------------------------------------------------ 4. BOSS / CRM JSON
def crm():
    D = doc("boss_crm.jsonl")
    for i in range(35):
        n, m, r = name(), mob(), rid()
        b = r[6:14]
        D.t('{"custId":"' + d(14, "1") + '","custName":"').p(n, NM).t('","certType":"01","certNo":"').p(r, ID)
        D.t('","birthDate":"').p(b, DOB).t('","gender":"' + R.choice(["M", "F"]) + '",')
        D.t('"contactInfo":[{"contactType":"MOBILE","contactValue":"').p(m, PH).t('"},')
        if i % 3 == 0:
            a, ln = land()
            D.t('{"contactType":"HOME","contactValue":"').p(a + ln, PH).t('"},')
        D.t('{"contactType":"EMAIL","contactValue":"').p(email(), EM).t('"}],')
        D.t('"subscriptions":[{"prodOfferId":"' + d(9, "9") + '","offerName":"5G畅享套餐' + str(R.choice([129, 199, 299])) + '元",')
        D.t('"svcNum":"').p(mob(), PH).t('","imsi":"').p(imsi(), IMSI).t('","iccid":"').p(iccid(), ICC).t('",')
        D.t('"effDate":"2023' + f"{R.randint(1,12):02d}{R.randint(1,28):02d}" + '000000","expDate":"20991231235959"}],')
        D.t('"installAddr":{"province":"湖南省","city":"长沙市","detail":"').p(addr(), AD).t('"},')
        if i % 4 == 0:
            D.t('"payAcct":{"bankName":"中国建设银行","acctNo":"').p(card(), BC).t('","acctName":"').p(n, NM).t('"},')
        if i % 4 == 1:
            D.t('"travelDoc":{"docType":"HKMO_PASS","docNo":"').p(permit(), HK).t('","issueDate":"2021-0' + str(R.randint(1,9)) + '-15"},')
        if i % 5 == 0:
            D.t('"agentInfo":{"agentName":"').p(name(), NM).t('","agentCertNo":"').p(rid(), ID).t('"},')
        D.t('"createStaff":"' + "ST" + d(6) + '","orderSeq":' + d(16, "2") + ',"ts":' + epoch() + '}\n')


# ------------------------------------------------------------------ 5. billing (话单)
def billing():
    D = doc("cdr_detail.txt")
    D.t("# 记录类型|主叫号码|被叫号码|开始时间|时长(秒)|主叫IMSI|主叫IMEI|LAC-CI|漫游地|费用\n")
    for i in range(40):
        calling = mob()
        if i % 5 == 0:
            called, ct = R.choice(["10086", "95588", "4008108888", "12345", "10010"]), None
        elif i % 5 == 1:
            a, n = land()
            called, ct = a + n, PH
        else:
            called, ct = mob(), PH
        D.parts(R.choice(["MOC", "MTC", "SMS"]), "|", ("86" + calling, PH), "|", (called, ct), "|",
                ts().replace("-", "").replace(" ", "").replace(":", ""), "|", str(R.randint(1, 3600)), "|",
                (imsi(), IMSI), "|", (imei(), IMEI), "|")
        lac, ci = R.randint(10000, 65000), R.randint(1000, 65000)
        D.parts((f"{lac}-{ci}", CELL), "|", R.choice(["长沙", "本地", "广州"]), "|", f"{R.randint(0,500)/100:.2f}\n")
    D.t("# 固定宽度格式\n")
    for i in range(15):
        c = mob()
        D.parts("01 ", ("86" + c, PH), " " * 3, d(8, "2"), " " * 2)
        D.parts((imei(), IMEI), "  ", (iccid(), ICC), " ")
        D.t(f"{R.randint(0,99999):08d}\n")


# ------------------------------------------------------------------ 6. SMS gateway log
def sms():
    D = doc("smsgw.log")
    for i in range(40):
        D.t(f"{ts()}.{R.randint(0,999):03d} INFO [smsgw-worker-{R.randint(1,8)}] ")
        k = i % 8
        m = mob()
        if k == 0:
            n = name()
            D.parts("MT submit dest=", ("86" + m, PH), " src=10086 msgid=", hx(16),
                    " content=\"【中国移动】尊敬的", (n, NM), "客户，您本月套餐余额不足10%，请及时充值。\"\n")
        elif k == 1:
            D.parts("MT submit dest=", (m, PH), f" src=106575{d(8)} content=\"【某某银行】您的验证码为{d(6)}，5分钟内有效，请勿泄露。\"\n")
        elif k == 2:
            D.parts("MO deliver src=", (m, PH), " dest=10086 content=\"CXLL\"\n")
        elif k == 3:
            n = name()
            D.parts("MT submit dest=", (m, PH), " content=\"【快递驿站】", (n, NM), "，您的包裹已到", R.choice(["菜鸟驿站", "丰巢柜"]),
                    f"，取件码{R.randint(1,30)}-{R.randint(1,9)}-{R.randint(1000,9999)}。\"\n")
        elif k == 4:
            D.parts("DLR stat=DELIVRD msgid=", hx(16), " dest=", ("+86" + m, PH), f" submit_time={epoch()}\n")
        elif k == 5:
            D.parts("MT submit dest=", (m, PH), " content=\"【装维通知】师傅", (name(), NM), "（工号", d(6), "，电话",
                    (mob(), PH), "）将于今日上门安装宽带。\"\n")
        elif k == 6:
            D.t(f"stats window=60s submitted={R.randint(1000,99999)} delivered={R.randint(1000,99999)} tps={R.randint(10,500)} node=10.{R.randint(0,255)}.0.1:7890 \n")
            # the node IP is PI? an internal server IP; label it (IP_ADDRESS is reported for any IP)
            s = D.buf.rfind(b"node=") + 5
            e = D.buf.rfind(b":7890")
            D.labels.append({"file": D.fn, "start": s, "end": e, "type": IP})
        else:
            D.parts("MT submit dest=", (m, PH), " content=\"【中国电信】您已成功办理国际漫游，境外拨打", ("+86-" + mob(), PH),
                    "可联系客户经理，客服热线+86-10000。\"\n")


# ------------------------------------------------------------------ 7. complaint letters
def complaints():
    D = doc("complaints.txt")
    for i in range(15):
        n, m, r, a = name(), mob(), rid(), addr()
        D.t(f"投诉信（编号TS{d(10)}）\n\n")
        D.t("尊敬的通信管理局领导：\n")
        D.parts("    我叫", (n, NM), "，身份证号", (r, ID), "，家住", (a, AD), "。")
        D.t(f"我于{2024}年{R.randint(1,10)}月{R.randint(1,28)}日在贵公司营业厅办理了宽带业务，")
        D.t(f"营业员承诺每月{R.randint(50,199)}元，但{R.randint(2,6)}个月后资费变成{R.randint(200,400)}元。")
        D.parts("我多次拨打10086投诉无果。我的手机号码是", (m, PH), "，")
        if i % 3 == 0:
            D.parts("我爱人", (name(), NM), "的号码", (mob(), PH), "也被扣了费。")
        if i % 3 == 1:
            c = card()
            D.t("我还看到新闻说马云和雷军都说过运营商要提速降费，")
            D.parts("而且扣款的银行卡", (" ".join(c[j:j+4] for j in range(0, 19, 4)), BC), "被多扣了", str(R.randint(20,90)), "元，")
            D.parts("我去香港用的港澳通行证", (permit(), HK), "也被要求出示，")
        if i % 3 == 2:
            D.parts("我出生于", (f"{r[6:10]}年{int(r[10:12])}月{int(r[12:14])}日", DOB), "，今年已经退休，")
        D.t(f"希望贵局在十五个工作日内予以答复。\n    联系邮箱：")
        D.p(email(), EM)
        D.t(f"\n                                                投诉人：")
        D.p(n, NM)
        D.t(f"\n                                                2024年{R.randint(1,11)}月{R.randint(1,28)}日\n\n")


# ------------------------------------------------------------------ 8. Excel TSV export
def tsv():
    D = doc("users_export.tsv")
    D.t("序号\t用户姓名\t联系电话/手机\t证件号码(身份证)\t出生年月\t家庭住址\t宽带账号\t宽带密码\tMAC地址\t入网时间\t月消费(元)\n")
    for i in range(40):
        b = birth()
        r = rid(b)
        D.parts(str(i + 1), "\t", (name(), NM), "\t")
        if i % 4 == 0:
            a, n = land()
            D.parts((f"{a}-{n}", PH), "/", (mob(), PH))
        else:
            D.p(mob(), PH)
        D.parts("\t", (r, ID), "\t", (f"{b[0]}年{b[1]}月{b[2]}日" if i % 2 else f"{b[0]}/{b[1]:02d}/{b[2]:02d}", DOB), "\t",
                (addr(), AD), "\t", "0731" + d(8), "\t", (secret(8), CRED), "\t", (mac("-"), MAC), "\t",
                f"20{R.randint(10,23)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}", "\t", f"{R.randint(20,500)}.{R.randint(0,99):02d}\n")


# ------------------------------------------------------------------ 9. Spring Boot log
def applog():
    D = doc("crm-service.log")
    for i in range(50):
        tid = hx(16)
        D.t(f"{ts()}.{R.randint(0,999):03d} {R.choice(['INFO ', 'DEBUG', 'WARN '])} {R.randint(1000,9999)} --- [nio-8080-exec-{R.randint(1,20)}] [traceId={tid},spanId={hx(16)}] ")
        k = i % 10
        m = mob()
        if k == 0:
            D.parts("c.c.crm.service.CustQueryService : query customer phone=", (m, PH), " masked=", masked(), " cost=", str(R.randint(3, 90)), "ms\n")
        elif k == 1:
            D.parts("c.c.crm.web.LoginController : user login success, userId=", d(10, "1"), ", clientIp=", (ip(), IP),
                    ", ua=Mozilla/5.0 (Linux; Android 13; V2309A Build/TP1A.220624.014)\n")
        elif k == 2:
            D.parts("c.c.crm.service.RealNameService : 实名校验 certNo=", (rid(), ID), " certName=", (name(), NM), " result=PASS\n")
        elif k == 3:
            D.parts("o.a.k.clients.producer.KafkaProducer : [Producer clientId=producer-1] Cluster ID: ", secret(22), "\n")
        elif k == 4:
            D.parts("c.c.crm.device.TerminalService : terminal bind sn=", imei(bad=True), " imei=", (imei(), IMEI), " meid=", (meid(), MEID), " model=HUAWEI Mate60 fw=4.0.0.120\n")
        elif k == 5:
            D.parts("c.c.crm.pay.PayNotifyHandler : notify tradeNo=", "2024" + d(24), " amount=", f"{R.randint(10,300)}.00", " bankCard=", masked_card(), "\n")
        elif k == 6:
            D.parts("o.s.j.d.DriverManagerDataSource : Loaded JDBC driver url=jdbc:mysql://", (ip(), IP), ":3306/crm?user=crm_app&password=",
                    (secret(12), CRED), "\n")
        elif k == 7:
            D.parts("c.c.crm.lbs.LocateService : locate msisdn=", (m, PH), " lat=", None or "", )
            la, lo = coord()
            D.parts((la, LOC), " lng=", (lo, LOC), " ecgi=", ("460-00-" + str(R.randint(100000, 999999)) + "-" + str(R.randint(1, 255)), CELL), "\n")
        elif k == 8:
            D.parts("c.c.crm.service.OrderService : create order orderId=", d(18, "1"), " custPhone=", (m, PH), " uuid=", uuid(), "\n")
        else:
            D.parts("c.c.crm.web.GlobalExceptionHandler : java.lang.IllegalArgumentException: invalid id ", rid(bad=True),
                    " at com.cmcc.crm.util.IdValidator.check(IdValidator.java:", str(R.randint(20, 300)), ")\n")


def masked_card():
    c = card()
    return c[:6] + "*" * 9 + c[-4:]


# ------------------------------------------------------------------ 10. HTTP access log
def access():
    D = doc("access.log")
    for i in range(40):
        D.parts((ip(), IP), " - - [", f"{R.randint(1,28):02d}/Nov/2024:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} +0800", "] \"GET ")
        k = i % 6
        m = mob()
        if k == 0:
            D.parts("/openapi/v2/user/balance?msisdn=", (m, PH), "&channel=wx&ts=", epoch(), "&sign=", hx(32))
        elif k == 1:
            D.parts("/h5/realname/check?idNo=", (rid(), ID), "&name=")
            n = name()
            from urllib.parse import quote
            D.p(quote(n), NM)
        elif k == 2:
            D.parts("/api/order/detail?orderNo=", d(20, "2"), "&ver=10.0.19041.1")
        elif k == 3:
            D.parts("/lbs/report?imsi=", (imsi(), IMSI), "&lon=")
            la, lo = coord()
            D.parts((lo, LOC), "&lat=", (la, LOC))
        elif k == 4:
            D.parts("/sso/callback?access_token=", (secret(32), CRED), "&state=", hx(8))
        else:
            D.parts("/static/js/app.", hx(8), ".js?v=3.2.1.0")
        D.t(f" HTTP/1.1\" 200 {R.randint(100,90000)} \"-\" \"okhttp/4.9.3\" {R.randint(1,900)/1000:.3f}\n")


# ------------------------------------------------------------------ 11. Kafka JSON with \u escapes
def uesc(s):
    return "".join("\\u%04x" % ord(c) if ord(c) > 127 else c for c in s)


def kafka():
    D = doc("kafka_events.jsonl")
    for i in range(30):
        n, m = name(), mob()
        D.t('{"eventType":"' + R.choice(["SUBS_CHANGE", "SIM_SWAP", "PORT_OUT"]) + '","eventId":"' + uuid() + '","payload":{')
        D.t('"userName":"').p(uesc(n), NM).t('","msisdn":"').p("86" + m, PH).t('",')
        if i % 2 == 0:
            D.t('"oldIccid":"').p(iccid(), ICC).t('","newIccid":"').p(iccid(), ICC).t('",')
        if i % 3 == 0:
            D.t('"address":"').p(uesc(addr()), AD).t('",')
        if i % 5 == 0:
            D.t('"remark":"').t(uesc("来电客户") ).p(uesc(name()), NM).t(uesc("要求补卡")).t('"' + ",")  # unknown: name after 客户来电称? not triggered -> ambiguous; not labelled
        D.t('"operator":"' + uesc("营业厅") + '","channelCode":"' + d(8) + '"},"ts":' + epoch() + ',"partition":' + str(R.randint(0, 11)) + '}\n')


# ------------------------------------------------------------------ 12. YAML config
def yaml():
    D = doc("application-prod.yaml")
    D.parts("spring:\n  datasource:\n    url: jdbc:oracle:thin:@", (ip(), IP), ":1521/BOSSDB\n    username: boss_rw\n    password: ",
            (secret(14), CRED), "\n  redis:\n    host: ", (ip(), IP), "\n    port: 6379\n    password: '", (secret(10), CRED), "'\n")
    D.parts("aliyun:\n  oss:\n    accessKeyId: LTAI", secret(20), "\n    accessKeySecret: ", (secret(30), CRED), "\n")
    D.parts("sms:\n  gateway: http://sms.example.internal:8080\n  appSecret: \"", (secret(24), CRED), "\"\n  sign: 中国移动\n  service-number: 10086\n")
    D.parts("management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\ninfo:\n  app:\n    version: 2.14.3.1\n    build-time: 2024-11-02T10:11:12Z\n")
    D.parts("mq:\n  url: amqp://admin:", (secret(12), CRED), "@", ("10.12.4.21", IP), ":5672/vhost\n")
    D.parts("test-accounts:\n  - msisdn: \"", (mob(), PH), "\"\n    pin: 1234\n")
    D.parts("feature:\n  token-expire-seconds: 7200\n  password-policy: STRONG\n  uuid: ", uuid(), "\n")


# ------------------------------------------------------------------ 13. SQL dump
def sql():
    D = doc("crm_dump.sql")
    D.t("-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)\n-- Host: 10.0.0.5    Database: crm\n")
    D.labels.append({"file": D.fn, "start": len(D.buf) - len("10.0.0.5    Database: crm\n"), "end": len(D.buf) - len("    Database: crm\n"), "type": IP})
    D.t("INSERT INTO `t_customer` (`cust_id`,`real_name`,`id_card_no`,`birthday`,`mobile_no`,`addr`,`email`,`vip_level`,`create_time`) VALUES\n")
    for i in range(25):
        b = birth()
        D.parts(f"({d(12,'1')},'", (name(), NM), "','", (rid(b), ID), "','", (f"{b[0]}-{b[1]:02d}-{b[2]:02d}", DOB), "','", (mob(), PH),
                "','", (addr(), AD), "','", (email(), EM), f"',{R.randint(0,5)},'{ts()}')", ",\n" if i < 24 else ";\n")
    D.t("INSERT INTO `t_device` VALUES ")
    for i in range(15):
        D.parts(f"({i+1},'", (imei(), IMEI), "','", (imsi(), IMSI), "','", (mac(":").lower(), MAC), "','", d(20), f"'){',' if i<14 else ';'}")
    D.t("\nINSERT INTO `t_vehicle_bind` (`id`,`plate_no`,`owner_mobile`,`pay_card`) VALUES ")
    for i in range(10):
        D.parts(f"({i+1},'", (plate(), PLATE), "','", (mob(), PH), "','", (card(), BC), f"'){',' if i<9 else ';'}\n")


# ------------------------------------------------------------------ 14. English roaming CDR
def roaming():
    D = doc("roaming_tap.csv")
    D.t("RecordType,ServedIMSI,ServedIMEI,ServedMSISDN,OtherParty,VisitedPLMN,ChargeableUnits,CallStart,UTCOffset,LocationArea,CellId,ChargeSDR\n")
    intl = ["+44 20 7946 0{:03d}", "+1 212 555 0{:03d}", "+81 3 1234 5{:03d}", "+852 2{:03d} 8800", "+65 6{:03d} 1234"]
    for i in range(40):
        oth = R.choice(intl).format(R.randint(100, 999))
        D.parts(R.choice(["MOC", "MTC", "GPRS"]), ",", (imsi(), IMSI), ",", (imei(), IMEI), ",", ("+86" + mob(), PH), ",")
        if i % 6 == 0:
            D.t("100")
        else:
            D.p(oth, PH)
        D.t(f",{R.choice(['GBRVF', 'USAAT', 'JPNDO', 'HKGPP'])},{R.randint(1,3600)},{ts().replace('-','').replace(' ','').replace(':','')},+0{R.randint(0,9)}00,")
        D.parts(f"{R.randint(1000,65000)},", (str(R.randint(1000,65000)), CELL), f",{R.randint(0,99999)/1000:.3f}\n")


def uscc():
    A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + R.choice(REG)[0] + "".join(R.choice("0123456789") for _ in range(9))
    wt = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    return body + A[(31 - sum(A.index(c) * k for c, k in zip(body, wt)) % 31) % 31]


def notes():
    """Operations notes / news-like text with hard negatives and mixed positives."""
    D = doc("ops_notes.txt")
    FW = str.maketrans("0123456789", "０１２３４５６７８９")
    for i in range(12):
        m, r = mob(), rid()
        D.t(f"【网格周报 第{i+1}期】本周{R.choice(['芙蓉', '雨花', '岳麓'])}网格新增宽带{R.randint(100,900)}户，投诉率{R.randint(1,9)/10:.1f}%。")
        D.t(f"华为技术有限公司（统一社会信用代码{uscc()}）完成基站割接，版本V{R.randint(100,900)}R{R.randint(10,30):03d}C10SPC{R.randint(100,300)}，软件包10.0.{R.randint(10000,20000)}.1。\n")
        D.t(f"交易流水号{d(18,'2')}，支付宝订单{d(28,'2')}，退款{R.randint(1,300)}.{R.randint(0,99):02d}元，时间戳{epoch()}，SHA1 {hx(40)}。\n")
        D.t(f"热线4008{d(6)}、95{R.choice(['588','533','555','599'])}、1{R.choice(['0086','0010','0000'])}全天服务；测试号{masked()}不要外呼。\n")
        k = i % 6
        if k == 0:
            D.parts("回访记录：用户", (name(), NM), "，联系电话", (m.translate(FW), PH), "（全角录入），已核实。\n")
        elif k == 1:
            D.parts("外呼名单备注：客户留了座机", ("(0731)" + d(8, "8"), PH), "转", "8021", "，白天打。\n")
        elif k == 2:
            D.parts("核查发现身份证", (r[:17] + ("x" if r[17] == "X" else r[17]), ID), "与系统登记的", rid(bad=True), "不一致。\n")
        elif k == 3:
            D.parts("设备上报 ipv6=", ("240e:3b7:" + hx(4) + ":" + hx(4) + "::" + hx(3), IP), " mac=", (hx(4) + "." + hx(4) + "." + hx(4), MAC), " 固件版本 6.1.0.12\n")
        elif k == 4:
            D.parts("国际漫游客户回国后请拨", ("0086 " + m[:3] + " " + m[3:7] + " " + m[7:], PH), "联系专属经理；海外紧急电话+1-800-", d(7), "为免费号码。\n")
        else:
            D.parts("据报道，钟南山院士和袁隆平生前多次到访长沙，湖南省长沙市岳麓区的居民自发悼念。快递单号YT", d(13), "，京东订单", d(12), "。\n")
        D.t("\n")


def main():
    notes(); asr(); chat(); workorders(); crm(); billing(); sms(); complaints(); tsv(); applog(); access(); kafka(); yaml(); sql(); roaming()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "labels.jsonl"), "w") as L:
        for x in DOCS:
            with open(os.path.join(OUT, x.fn), "wb") as f:
                f.write(x.buf)
            for lab in x.labels:
                L.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
