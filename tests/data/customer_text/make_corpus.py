#!/usr/bin/python3
"""Generate the customer-text corpus: what an operator's data lake holds besides machine logs.
Chinese text written by people (MIIT complaint forms, 12315 letters, Weibo-style posts,
customer-service chat, e-mails with signature blocks, tenancy contracts, work-order notes),
spreadsheet exports (a CSV with a BOM, a title row and a two-level header, a TSV with
indirect headers such as 户名 and 开户人), mobile-app JSON Lines, a CRM HTML page, vCard and
iCalendar files, and English roaming tickets.

    /usr/bin/python3 tests/data/customer_text/make_corpus.py          # rewrites the files here
    /usr/bin/python3 tests/data/customer_text/make_corpus.py --out DIR

Deterministic (seed 20261130), synthetic only; needs python3-stdnum and python3-phonenumbers.
Labels: labels.jsonl ({"file","start","end","type"}, byte offsets, end exclusive): a phone is
labelled as written, with +86 and separators; an address whole up to the room; names only of
customers, users, contacts and parties. Masked values, service numbers, order numbers,
timestamps, company names and public figures are NOT labelled. Written as a blind test
(micro-F1 0.899 when first scored); see docs/accuracy.md.
"""
import json, os, random, sys
import stdnum.cn.ric, stdnum.luhn, phonenumbers

R = random.Random(20261130)
OUT = (sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv
       else os.path.dirname(os.path.abspath(__file__)))

REG = [("110105", "北京市", "", "朝阳区"), ("110108", "北京市", "", "海淀区"), ("310115", "上海市", "", "浦东新区"),
       ("310104", "上海市", "", "徐汇区"), ("440305", "广东省", "深圳市", "南山区"), ("440106", "广东省", "广州市", "天河区"),
       ("330106", "浙江省", "杭州市", "西湖区"), ("510107", "四川省", "成都市", "武侯区"), ("420106", "湖北省", "武汉市", "武昌区"),
       ("320102", "江苏省", "南京市", "玄武区"), ("370202", "山东省", "青岛市", "市南区"), ("610113", "陕西省", "西安市", "雁塔区"),
       ("350203", "福建省", "厦门市", "思明区"), ("430104", "湖南省", "长沙市", "岳麓区"), ("210102", "辽宁省", "沈阳市", "和平区"),
       ("500103", "重庆市", "", "渝中区"), ("410105", "河南省", "郑州市", "金水区"), ("130102", "河北省", "石家庄市", "长安区"),
       ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("530102", "云南省", "昆明市", "五华区")]
ROADS = ["朝阳北路", "科苑南路", "张杨路", "文二西路", "天府大道北段", "珞喻路", "北京东路", "宁夏路", "长安南路",
         "湖滨南路", "桐梓坡路", "十一纬路", "中山三路", "花园路", "解放西路", "民族大道", "金碧路", "建设北路"]
ESTATES = ["锦华苑", "滨江花园", "紫金公寓", "万象城", "和谐家园", "书香门第小区", "丽景湾", "东方明珠苑"]
SUR = list("王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏付方邹熊")
GIV = list("伟芳敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉萍红波鑫宇浩然婷雪琳晨欣怡轩涵雨佳俊博文嘉睿瑞志建国海斌兰凤慧颖倩玲亮鹏")
MOB = ["138", "139", "135", "136", "137", "150", "151", "152", "157", "158", "159", "182", "183", "187", "188", "130",
       "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "173", "199", "166", "176", "191", "198"]
EN_FIRST = ["David", "Emma", "Lukas", "Sophie", "Rahul", "Maria", "Kenji", "Olivia", "Thomas", "Aisha"]
EN_LAST = ["Miller", "Schmidt", "Dubois", "Tanaka", "Kowalski", "Fernandes", "Okafor", "Lindqvist", "Brennan", "Haddad"]
PROV = list("京沪粤浙苏川鄂湘鲁陕闽辽豫冀桂云")


def d(n): return "".join(R.choice("0123456789") for _ in range(n))
def luhn_complete(s): return s + stdnum.luhn.calc_check_digit(s)


def rid(year=None):
    while True:
        code = R.choice(REG)[0]
        y = year or R.randint(1950, 2005)
        s = f"{code}{y}{R.randint(1,12):02d}{R.randint(1,28):02d}{d(3)}"
        s += stdnum.cn.ric.calc_check_digit(s)
        try:
            stdnum.cn.ric.validate(s); return s
        except Exception:
            pass


def bad_rid():  # wrong check char
    s = rid(); c = "0123456789X".replace(s[-1], "")
    return s[:-1] + R.choice(c)


def mob():
    while True:
        s = R.choice(MOB) + d(8)
        if phonenumbers.is_valid_number(phonenumbers.parse("+86" + s)): return s


def fmt_mob(s, style=None):
    style = style or R.choice(["plain", "plain", "sp", "dash", "+86", "+86sp", "0086", "fw"])
    return {"plain": s, "sp": f"{s[:3]} {s[3:7]} {s[7:]}", "dash": f"{s[:3]}-{s[3:7]}-{s[7:]}",
            "+86": "+86" + s, "+86sp": f"+86 {s[:3]} {s[3:7]} {s[7:]}", "0086": "0086-" + s,
            "fw": "".join(chr(ord(c) + 0xFEE0) for c in s)}[style]


def landline():
    ac = R.choice(["010", "021", "020", "0755", "0571", "028", "027", "025"])
    n = str(R.randint(2, 8)) + d(7 if len(ac) == 3 else 6)
    return R.choice([f"{ac}-{n}", f"({ac}){n}", f"{ac}-{n[:4]} {n[4:]}"])


def card():
    return luhn_complete(R.choice(["621700", "622202", "622848", "621226", "625807"]) + d(12))


def card16():
    return luhn_complete(R.choice(["622588", "436742", "524047"]) + d(9))


def imei(): return luhn_complete(R.choice(["35", "86", "35", "86"]) + d(12))
def imsi(): return "460" + R.choice(["00", "01", "02", "03", "07", "11"]) + d(10)
def iccid(): return "8986" + R.choice(["00", "01", "03", "11"]) + d(14)
def meid(): return "A" + R.choice("01") + "".join(R.choice("0123456789ABCDEF") for _ in range(12))
def mac(sep=":"): return sep.join("%02x" % R.randint(0, 255) for _ in range(6)).upper() if R.random() < .5 else sep.join("%02x" % R.randint(0, 255) for _ in range(6))
def ip(): return R.choice([f"{R.randint(1,223)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}", f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"])
def passport(): return R.choice(["E" + d(8), "E" + R.choice("ABCDFGHJK") + d(7)])
def hkpermit(): return R.choice(["C" + d(8), "C" + R.choice("ABCDEFGH") + d(7)])
def plate(): return R.choice(PROV) + R.choice("ABCDEFGH") + R.choice(["·", "", " "]) + R.choice([d(5), R.choice("ABCDEFGHJK") + d(4), "D" + d(5)])
def name(): return R.choice(SUR) + "".join(R.choice(GIV) for _ in range(R.choice([1, 2, 2])))
def en_name(): return R.choice(EN_FIRST) + " " + R.choice(EN_LAST)
def email():
    u = R.choice(["zhangwei", "liu.fang", "chen_j", "wanglei88", "sunny.h", "kevin.zhou", "mli2021", "xiaohui"]) + d(R.choice([0, 2, 3]))
    return u + "@" + R.choice(["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "139.com", "sina.com", "foxmail.com"])
def coords(): return f"{R.uniform(22,40):.6f}", f"{R.uniform(103,121):.6f}"
def cgi(): return f"460-{R.choice(['00','01','11'])}-{R.randint(10000,65000)}-{R.randint(10000,99999)}"
def pwd(): return R.choice(["Qw", "Zx", "Lm", "Pp"]) + d(4) + R.choice(["!a", "#Tx", "kk", "@9"])


def addr(level=None):
    code, p, c, dist = R.choice(REG)
    road = R.choice(ROADS); no = R.randint(1, 999)
    tail = R.choice([f"{R.choice(ESTATES)}{R.randint(1,30)}栋{R.randint(1,6)}单元{R.randint(1,33)}{R.randint(1,4):02d}室",
                     f"{R.randint(1,20)}号楼{R.randint(1,30)}{R.randint(1,4):02d}室", f"{R.choice(ESTATES)}{R.randint(1,12)}幢{R.randint(101,2804)}室", ""])
    head = R.choice([p + c + dist, (c or p) + dist, p + c + dist])
    return f"{head}{road}{no}号{tail}"


def rural():
    return R.choice(["河南省周口市郸城县宁平镇王庄村3组27号", "四川省南充市仪陇县金城镇新政村5社18号", "湖南省邵阳市隆回县桃洪镇荷香桥村2组",
                     "安徽省阜阳市临泉县杨桥镇刘寨村四组45号", "江西省赣州市于都县贡江镇水头村8组12号"])


class Doc:
    def __init__(self, fname): self.f = fname; self.buf = bytearray(); self.labels = []

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                v, t = it; b = v.encode()
                if t: self.labels.append({"file": self.f, "start": len(self.buf), "end": len(self.buf) + len(b), "type": t})
                self.buf += b
            else:
                self.buf += it.encode()
        return self

    def nl(self, *items): self(*items); self.buf += b"\n"

    def save(self, prefix=b""):
        with open(os.path.join(OUT, self.f), "wb") as fh: fh.write(self.buf)
        return self.labels


P, N, A, I, E, B, DOB = "PHONE_NUMBER", "PERSON_NAME", "STREET_ADDRESS", "CHINA_RESIDENT_ID_NUMBER", "EMAIL_ADDRESS", "BANK_CARD_NUMBER", "DATE_OF_BIRTH"
def dob_parts():
    y, m, dd = R.randint(1955, 2004), R.randint(1, 12), R.randint(1, 28); return y, m, dd


def neg():  # hard-negative sentence fragments (never labelled)
    return R.choice([f"订单号{d(18)}", f"工单编号GD{d(14)}", f"流水号{d(20)}", f"已拨打10086和95588均无果", f"客服热线400-{d(3)}-{d(4)}",
                     f"尾号{d(4)}的号码", f"号码138****{d(4)}", f"身份证110***********{d(4)}", f"身份证后四位{d(3)}X", f"金额¥{R.randint(10,3000)}.{d(2)}元",
                     f"快递单号SF{d(13)}", f"统一社会信用代码91110000MA0{d(6)}X", f"版本V{R.randint(5,12)}.{R.randint(0,9)}.{R.randint(1000,30000)}.{R.randint(1,9)}",
                     f"时间戳{R.randint(1700000000000, 1730000000000)}", f"套餐资费{R.randint(19,399)}元/月", f"积分{R.randint(100,99999)}分",
                     f"业务受理单{R.randint(2023,2025)}{d(12)}", f"宽带账号{R.choice(['gd','bj','sc'])}{d(8)}@adsl"])


labels = []
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- 1. MIIT complaint forms
D = Doc("miit_complaints.txt")
for i in range(60):
    nm, m, idn, ad = name(), mob(), rid(), addr()
    D.nl(f"【工信部电信用户申诉受理中心】申诉编号：SS{d(12)}")
    D.nl("申诉人姓名：", (nm, N))
    D.nl(R.choice(["联系电话：", "申诉人联系方式：", "被申诉号码："]), (fmt_mob(m), P))
    D.nl(R.choice(["证件号码：", "身份证号码：", "有效证件号："]), (idn, I))
    D.nl(R.choice(["通信地址：", "联系地址：", "现住址："]), (ad, A))
    k = R.randint(0, 4)
    if k == 0:
        D.nl(f"申诉内容：本人手机号码", (m, P), f"于{R.randint(2023,2025)}年{R.randint(1,12)}月被扣费{R.randint(10,300)}元，{neg()}，要求退费。")
    elif k == 1:
        m2 = mob(); D.nl("申诉内容：我家里老人", (name(), N), f"的号码", (fmt_mob(m2, 'dash'), P), f"被莫名开通视频彩铃，{neg()}，{neg()}。")
    elif k == 2:
        D.nl(f"申诉内容：营业厅私自给我办了副卡，{neg()}。请回电至我爱人的电话", (landline(), P), "。")
    elif k == 3:
        D.nl(f"申诉内容：宽带装机一直拖延，装机地址是", (addr(), A), f"，{neg()}。")
    else:
        D.nl(f"申诉内容：携号转网被拒，{neg()}，{neg()}。")
    D.nl(f"受理时间：{R.randint(2023,2025)}-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(8,18):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}  处理人：工号{d(6)}")
    D.nl("")
labels += D.save()

# ---------------------------------------------------------------- 2. 12315 / 信访 letters
D = Doc("letters_12315.txt")
for i in range(40):
    nm, m, idn, ad = name(), mob(), rid(), addr()
    y, mo, dd = dob_parts()
    D.nl("尊敬的领导：")
    style = i % 4
    if style == 0:
        D.nl("　　我叫", (nm, N), f"，女，{2025-y}岁，身份证号", (idn, I), "，家住", (ad, A), "。")
    elif style == 1:
        D.nl("　　本人", (nm, N), "，男，", (f"{y}年{mo}月{dd}日", DOB), "出生，现居", (ad, A), "，联系电话", (fmt_mob(m), P), "。")
    elif style == 2:
        D.nl("　　反映人：", (nm, N), "　手机：", (fmt_mob(m), P), "　住址：", (ad, A))
    else:
        D.nl("　　我是", (nm, N), "，", f"{neg()}。我的身份证是", (idn, I), "，号码是", (fmt_mob(m), P), "。")
    D.nl(f"　　{R.randint(2023,2025)}年{R.randint(1,12)}月{R.randint(1,28)}日，我在中国移动营业厅办理业务时，营业员强制捆绑了{R.randint(19,199)}元套餐，{neg()}。"
         f"我多次拨打{R.choice(['10086','10010','10000','12300'])}投诉，{neg()}。")
    if i % 3 == 0:
        D.nl("　　另：我的银行卡号", (card(), B), f"被扣款，请核查。{neg()}")
    D.nl("　　此致\n敬礼！\n　　　　　　　　　　　　　　　　信访人：", (nm, N))
    D.nl("")
labels += D.save()

# ---------------------------------------------------------------- 3. Weibo / forum posts
D = Doc("weibo_posts.txt")
celebs = ["雷军", "马化腾", "董明珠", "刘强东", "王健林", "李彦宏", "杨超越", "周杰伦"]
for i in range(80):
    k = i % 8
    if k == 0:
        D.nl(f"#运营商乱扣费# @中国联通客服 我的号", (mob(), P), f" 这个月又被扣了{R.randint(5,99)}块，{neg()}，有没有人管管？？")
    elif k == 1:
        D.nl(f"转发：{R.choice(celebs)}在发布会上说今年要做到{R.randint(1,9)}亿用户，{R.choice(celebs)}也回应了。{neg()} #科技#")
    elif k == 2:
        D.nl("谁捡到一个黑色钱包，里面有身份证（", (name(), N), "，", (rid(), I), "），请联系", (fmt_mob(mob(), 'sp'), P), " 必有重谢！")
    elif k == 3:
        D.nl(f"【吐槽】宽带师傅说好今天上门，等到晚上也没来，我家在", (addr(), A), f"，打{R.choice(['10086','10000','400-'+d(3)+'-'+d(4)])}一直占线😡")
    elif k == 4:
        D.nl(f"求助：手机号138****{d(4)}收到诈骗短信，说我身份证110***********{d(4)}涉案，骗子号码是", (fmt_mob(mob(), 'plain'), P), "，大家小心！")
    elif k == 5:
        D.nl("楼主联系方式：微信同号", (mob(), P), "，邮箱", (email(), E), f"，{neg()}")
    elif k == 6:
        D.nl(f"回复 @{R.choice(['小鱼儿','大白菜','momo酱'])}：我也是，{R.randint(2020,2024)}年的老用户了，{neg()}，{neg()}")
    else:
        D.nl("我的车", (plate(), "CHINA_LICENSE_PLATE"), f"停在小区门口被贴罚单，{neg()}")
labels += D.save()

# ---------------------------------------------------------------- 4. customer-service chat
D = Doc("cs_chat.txt")
for i in range(50):
    nm, m, idn, ad = name(), mob(), rid(), addr()
    t = f"2025-0{R.randint(1,9)}-{R.randint(10,28)} {R.randint(10,22)}:{R.randint(10,59)}"
    D.nl(f"[{t}] 客服{R.randint(1000,9999)}：您好，请问有什么可以帮您？")
    k = i % 10
    if k == 0:
        D.nl(f"[{t}] 用户：我的手机号是", (fmt_mob(m), P), "，帮我查下话费")
    elif k == 1:
        D.nl(f"[{t}] 用户：", (fmt_mob(m, 'fw'), P), " 这个号码，机主是我")
    elif k == 2:
        D.nl(f"[{t}] 用户：名字叫", (nm, N), "，身份证", (idn, I))
    elif k == 3:
        D.nl(f"[{t}] 用户：收件人: ", (nm, N), " 电话: ", (fmt_mob(m, 'dash'), P), " 地址在", (ad, A))
    elif k == 4:
        D.nl(f"[{t}] 用户：身份证后四位{d(3)}X，号码尾号{d(4)}")
    elif k == 5:
        D.nl(f"[{t}] 用户：地址在", (ad, A), "，尽快安排师傅")
    elif k == 6:
        D.nl(f"[{t}] 用户：{m[:3]} {m[3:7]}")  # split number: first part
        D.nl(f"[{t}] 用户：{m[7:]} 刚才没发完")    # not labelled: fragments (debatable)
    elif k == 7:
        D.nl(f"[{t}] 用户：我老公", (nm, N), "的号", (fmt_mob(m, 'sp'), P), "也要一起改套餐")
    elif k == 8:
        D.nl(f"[{t}] 用户：证件号", (idn.replace(idn[-1], idn[-1].lower()) if idn[-1] == 'X' else idn, I), "  姓名", (nm, N))
    else:
        D.nl(f"[{t}] 用户：快递寄到", (ad, A), "，", (nm, N), "收，", (fmt_mob(m, 'plain'), P))
    D.nl(f"[{t}] 客服{R.randint(1000,9999)}：好的，已为您登记，{neg()}")
labels += D.save()

# ---------------------------------------------------------------- 5. e-mails with signatures
D = Doc("emails_zh.txt")
for i in range(30):
    nm, m, ad, em = name(), mob(), addr(), email()
    D.nl("发件人: \"", (nm, N), "\" <", (em, E), ">")  # the customer's display name
    D.nl(f"收件人: 政企客户部 <enterprise@chinamobile.example.com>")  # functional mailbox: not labelled (debatable)
    D.nl(f"主题: 关于专线续约事宜（合同号HT-{d(8)}）")
    D.nl("")
    D.nl(f"您好！我司专线{R.randint(2,20)}条将于下月到期，{neg()}。请贵司客户经理尽快联系我。")
    D.nl("")
    D.nl("--")
    D.nl("姓名：", (nm, N))
    D.nl("电话：", (landline(), P), "  手机：", (fmt_mob(m, R.choice(['sp', 'plain', 'dash'])), P))
    D.nl("地址：", (ad, A))
    D.nl("邮箱：", (em, E))
    D.nl("")
labels += D.save()

# ---------------------------------------------------------------- 6. contracts
D = Doc("contracts.txt")
for i in range(25):
    a_nm, b_nm, idn, ad, m = name(), name(), rid(), addr(), mob()
    D.nl(f"房屋租赁合同（编号：ZL{d(10)}）")
    D.nl(f"甲方（出租方）：{R.choice(['深圳市','杭州','成都'])}{R.choice(['恒信','安居','鑫源'])}物业管理有限公司")
    D.nl("法定代表人：", (a_nm, N))
    D.nl(f"统一社会信用代码：91440300MA5{d(6)}X")
    D.nl("乙方（承租方）：", (b_nm, N))
    D.nl("身份证号：", (idn, I))
    D.nl("住所：", (ad, A))
    D.nl("联系电话：", (fmt_mob(m, R.choice(['plain', 'sp'])), P))
    D.nl(f"第一条 甲方将位于", (addr(), A), f"的房屋出租给乙方，月租金人民币{R.randint(1500,9000)}元整，押金{R.randint(1,3)}个月。")
    D.nl("第二条 乙方收款账户：开户行中国工商银行，户名", (b_nm, N), "，账号", (card(), B), "。")
    D.nl("")
labels += D.save()

# ---------------------------------------------------------------- 7. work orders CSV with free-text 备注 (BOM)
D = Doc("workorders.csv")
D("\ufeff")
D.nl("工单号,受理时间,业务类型,客户姓名,联系号码,备注")
for i in range(80):
    nm, m = name(), mob()
    row = [f"WO{d(12)}", f"2025/{R.randint(1,12)}/{R.randint(1,28)} {R.randint(8,20)}:{R.randint(10,59)}", R.choice(["宽带报障", "携号转网", "套餐变更", "补卡"]), ]
    D(*[c + "," for c in row]); D((nm, N), ","); D((m, P), ",")
    k = i % 5
    if k == 0: D.nl("客户称备用号码", (fmt_mob(mob(), 'dash'), P), "，上门地址", (addr(), A))
    elif k == 1: D.nl(f"{neg()}；已回访")
    elif k == 2: D.nl("联系人改为", (name(), N), "，电话", (mob(), P))
    elif k == 3: D.nl(f"客户要求补卡，原卡ICCID ", (iccid(), "ICCID_NUMBER"), f" {neg()}")
    else: D.nl(f"光猫MAC ", (mac(), "MAC_ADDRESS"), f" 离线，{neg()}")
labels += D.save()

# ---------------------------------------------------------------- 8. Excel export: title row + blank + merged header
D = Doc("excel_export.csv")
D.nl("2025年第三季度实名制核查明细表,,,,,,")
D.nl(",,,,,,")
D.nl("序号,用户信息,,,,联系信息,")
D.nl(",姓名,证件号码,出生年月,开户日期,联系方式,常住地址")
for i in range(70):
    nm, idn = name(), rid(); y, mo = int(idn[6:10]), int(idn[10:12])
    D(f"{i+1},", (nm, N), ",", (idn, I), ",", (R.choice([f"{y}.{mo:02d}", f"{y}年{mo}月", f"{y}-{mo:02d}-{idn[12:14]}"]), DOB), f",2019-0{R.randint(1,9)}-{R.randint(10,28)},")
    D((fmt_mob(mob(), R.choice(['plain', 'plain', 'dash'])), P), ",")
    D.nl((addr(), A))
D.nl("合计,70,,,,,")
D.nl("制表人：稽核部,,,,,,")
labels += D.save()

# ---------------------------------------------------------------- 9. TSV with indirect headers
D = Doc("account_holders.tsv")
D.nl("\t".join(["开户人", "证件类型", "证件号", "户名", "银行账号", "出生年月", "联系方式", "常住地址", "邮箱", "车牌", "港澳通行证"]))
for i in range(70):
    nm = name(); y, mo, dd = dob_parts()
    dt = R.choice(["身份证", "护照"])
    docv = (rid(y), I) if dt == "身份证" else (passport(), "CHINA_PASSPORT")
    cells = [(nm, N), ("居民身份证" if dt == "身份证" else "护照", None), docv, (nm, N), (card() if i % 2 else card16(), B),
             (R.choice([f"{y}{mo:02d}", f"{y}/{mo}/{dd}", f"{y}-{mo:02d}-{dd:02d}"]), DOB),
             (R.choice([fmt_mob(mob(), 'plain'), landline(), fmt_mob(mob(), '+86')]), P), (addr() if i % 5 else rural(), A),
             (email(), E), (plate(), "CHINA_LICENSE_PLATE"), (hkpermit(), "HK_MACAU_TRAVEL_PERMIT")]
    for j, c in enumerate(cells):
        D(c if c[1] else c[0]); D("\t" if j < len(cells) - 1 else "\n")
labels += D.save()

# ---------------------------------------------------------------- 10. mobile-app JSON lines
D = Doc("app_events.jsonl")
def jkv(D, key, val, typ, last=False, esc=False, num=False):
    D(f'"{key}":')
    if num: D((val, typ))
    else:
        v = val.encode("unicode_escape").decode().replace("\\u", "\\u") if esc else val
        if esc: v = "".join("\\u%04x" % ord(c) for c in val)
        D('"', (v, typ), '"')
    if not last: D(",")
for i in range(90):
    la, lo = coords()
    D("{")
    jkv(D, "event", R.choice(["app_start", "login", "pay", "bind_card"]), None)
    jkv(D, "ts", str(R.randint(1700000000000, 1730000000000)), None, num=True)
    jkv(D, "deviceId", "".join(R.choice("0123456789abcdef") for _ in range(32)), None)
    jkv(D, "androidId", "".join(R.choice("0123456789abcdef") for _ in range(16)), None)
    jkv(D, "oaid", f"{d(8)}-{d(4)}-{d(4)}-{d(4)}-{d(12)}", None)
    jkv(D, "imei", imei(), "IMEI_HARDWARE_ID")
    if i % 3 == 0: jkv(D, "meid", meid(), "MEID")
    jkv(D, "mac", mac(), "MAC_ADDRESS")
    jkv(D, "imsi", imsi(), "IMSI_ID")
    D('"loc":{'); jkv(D, "lat", la, "LOCATION_COORDINATES", num=True); jkv(D, "lng", lo, "LOCATION_COORDINATES", last=True, num=True); D("},")
    jkv(D, "ip", ip(), "IP_ADDRESS")
    jkv(D, "appVersion", f"{R.randint(5,9)}.{R.randint(0,20)}.{R.randint(0,9)}", None)
    jkv(D, "userName", R.choice(["sky_walker", "lucky88", "小鱼儿", "momo"]) + d(2), None)  # account handle, not a name
    D('"user":{')
    jkv(D, "realName", name(), N, esc=(i % 4 == 0))
    jkv(D, "idNo", rid(), I)
    jkv(D, "phone", mob(), P)
    if i % 2: jkv(D, "bankCardNo", card(), B)
    jkv(D, "gender", R.choice(["M", "F"]), None, last=True)
    D("}}\n")
labels += D.save()

# ---------------------------------------------------------------- 11. CRM HTML
D = Doc("crm_customer.html")
D.nl("<html><head><meta charset=\"utf-8\"><title>客户视图 - CRM</title></head><body>")
for i in range(40):
    nm, m, idn, ad, em = name(), mob(), rid(), addr(), email()
    D.nl(f"<div class=\"card\" id=\"cust-{d(8)}\"><h3>客户详情</h3>")
    D.nl("<table class=\"info\">")
    D.nl("<tr><th>客户名称</th><td>", (nm, N), "</td><th>证件号码</th><td>", (idn, I), "</td></tr>")
    D.nl("<tr><th>服务号码</th><td>", (m, P), "</td><th>联系邮箱</th><td>", (em, E), "</td></tr>")
    D.nl("<tr><th>装机地址</th><td>", (ad, A), "</td><th>客户经理</th><td>工号", d(6), "</td></tr>")
    D.nl(f"<tr><th>当前套餐</th><td>5G畅享{R.randint(99,599)}元套餐</td><th>订单号</th><td>{d(19)}</td></tr>")
    D.nl("</table>")
    D.nl("<form><label for=\"contact\">紧急联系人</label><input id=\"contact\" value=\"", (name(), N), "\">")
    D.nl("<label>紧急联系电话</label><input name=\"emergencyPhone\" value=\"", (fmt_mob(mob(), 'dash'), P), "\">")
    D.nl("<label>终端IMEI</label><span>", (imei(), "IMEI_HARDWARE_ID"), "</span> <label>SIM卡</label><span>", (iccid(), "ICCID_NUMBER"), "</span>")
    D.nl(f"<label>登录IP</label><span>", (ip(), "IP_ADDRESS"), "</span></form></div>")
D.nl("</body></html>")
labels += D.save()

# ---------------------------------------------------------------- 12. vCard
D = Doc("contacts.vcf")
for i in range(40):
    nm, m = name(), mob()
    D.nl("BEGIN:VCARD"); D.nl("VERSION:3.0")
    D.nl("N:", (f"{nm[0]};{nm[1:]}", N), ";;;")  # structured name: family;given, one span
    D.nl("FN:", (nm, N))
    D.nl("TEL;TYPE=CELL:", (fmt_mob(m, R.choice(['plain', '+86', '+86sp'])), P))
    if i % 2: D.nl("TEL;TYPE=WORK,VOICE:", (landline(), P))
    D.nl("EMAIL;TYPE=INTERNET:", (email(), E))
    if i % 3 == 0:
        code, p, c, dist = R.choice(REG); road = R.choice(ROADS); no = R.randint(1, 300)
        D.nl("ADR;TYPE=HOME:;;", (f"{road}{no}号;{c or p};{dist};;中国", A))
    if i % 4 == 0:
        y, mo, dd = dob_parts(); D.nl("BDAY:", (f"{y}-{mo:02d}-{dd:02d}", DOB))
    D.nl(f"ORG:{R.choice(['中国电信股份有限公司','华为技术有限公司','某某科技'])}")
    D.nl(f"REV:2025-0{R.randint(1,9)}-{R.randint(10,28)}T10:00:00Z"); D.nl("END:VCARD")
labels += D.save()

# ---------------------------------------------------------------- 13. iCalendar
D = Doc("meetings.ics")
D.nl("BEGIN:VCALENDAR"); D.nl("VERSION:2.0"); D.nl("PRODID:-//Example Corp//CalSync 4.2//ZH")
for i in range(30):
    D.nl("BEGIN:VEVENT"); D.nl(f"UID:{d(8)}-{d(4)}-{d(4)}@cal.example.com")
    D.nl(f"DTSTART:2025{R.randint(1,12):02d}{R.randint(10,28)}T0{R.randint(1,9)}0000Z")
    D.nl(f"SUMMARY:{R.choice(['专线割接评审','携转投诉复盘','客户回访'])}")
    for _ in range(2):
        nm, em = name(), email()
        D.nl(f"ATTENDEE;CN=", (nm, N), ";ROLE=REQ-PARTICIPANT:mailto:", (em, E))
    if i % 3 == 0:
        D.nl("DESCRIPTION:客户", (name(), N), "来电", (fmt_mob(mob(), 'plain'), P), "要求上门，地址", (addr(), A))
    D.nl("END:VEVENT")
D.nl("END:VCALENDAR")
labels += D.save()

# ---------------------------------------------------------------- 14. English roaming / enterprise text
D = Doc("roaming_en.txt")
for i in range(50):
    en = en_name(); k = i % 6
    if k == 0:
        D.nl("Hi, my name is ", (en, N), ". I'm roaming in Shanghai and my number ", (fmt_mob(mob(), '+86sp'), P), f" has no data since yesterday. Ticket #{d(8)}.")
    elif k == 1:
        D.nl(f"Dear support, please reset the voicemail PIN for ", (f"+44 7700 9{d(5)}", P), f". Passport no. ", (passport(), "CHINA_PASSPORT"), " (Chinese national), DOB ", (f"{R.randint(1,28):02d}/{R.randint(1,12):02d}/{R.randint(1960,2000)}", DOB), ".")
    elif k == 2:
        D.nl(f"Customer ", (en, N), " (", (email(), E), f") called from +1 800 555 0{d(3)} asking about invoice INV-{d(7)} for USD {R.randint(20,900)}.{d(2)}.")
    elif k == 3:
        D.nl(f"Enterprise contact: ", (en, N), ", tel ", (f"+49 30 {d(4)} {d(4)}", P), ", office at ", (f"{R.randint(1,200)} Nanjing West Road, Jing'an District, Shanghai", A), ".")
    elif k == 4:
        D.nl(f"Release notes v{R.randint(2,9)}.{R.randint(0,20)}.{R.randint(0,9)}: fixed APN for build 10.0.{R.randint(10000,30000)}.{R.randint(1,9)}. Contact Tim Cook's keynote is unrelated.")
    else:
        D.nl("SIM swap requested by ", (en, N), f", ICCID ", (iccid(), "ICCID_NUMBER"), ", IMSI ", (imsi(), "IMSI_ID"), f", at 2025-03-{R.randint(10,28)} 14:03:22.")
labels += D.save()

# ---------------------------------------------------------------- 15. work-order free text remarks (text)
D = Doc("workorder_notes.txt")
for i in range(60):
    nm, m = name(), mob(); k = i % 6
    if k == 0:
        D.nl(f"备注：用户", (nm, N), "来电反映信号差，回拨", (fmt_mob(m, 'sp'), P), "，位置", (f"{coords()[0]},{coords()[1]}", "LOCATION_COORDINATES"), f"，基站", (cgi(), "CELL_ID"))
    elif k == 1:
        D.nl(f"备注：{neg()}，{neg()}，已关单。")
    elif k == 2:
        D.nl("备注：", (nm, N), f"先生要求销户，{neg()}。")
    elif k == 3:
        D.nl(f"备注：联系人", (nm, N), "，", (fmt_mob(m, 'plain'), P), "，上门时间周六上午")
    elif k == 4:
        D.nl(f"备注：客户身份证", (bad_rid(), None), f"校验失败（疑似录入错误），{neg()}")
    else:
        D.nl(f"备注：机主", (nm, N), "，IMEI ", (imei(), "IMEI_HARDWARE_ID"), "，终端MAC ", (mac('-'), "MAC_ADDRESS"), f"，{neg()}")
labels += D.save()

with open(os.path.join(OUT, "labels.jsonl"), "w") as fh:
    for l in labels: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "labels")
