#!/usr/bin/python3
"""Synthetic, labelled HR / payroll / recruiting / training corpus.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

All people, numbers and addresses are invented. The generator is deterministic
(fixed seed); running it twice writes identical bytes.

Files written
-------------
hr_employee_master_202406.csv      Employee master data export (UTF-8 with BOM, Chinese headers:
                                   工号, 姓名, 性别, 身份证号, 出生日期, 手机, 户籍地址, 现住址,
                                   紧急联系人, 紧急联系电话, 银行卡号, department codes, grades).
ehr_staff_export.tsv               Second HR system export, English/pinyin keys, e-mails, passports,
                                   HK/Macau permits, parking plates, partly masked IDs and phones.
payslips_2024-05.txt               Monthly text pay slips (gross/net, social insurance, IIT, card).
payroll_batch_20240610.txt         Fixed-width bank salary batch file (header, detail, trailer).
ats_candidates_export.json         Recruiting ATS export: candidates with résumé text, phones,
                                   e-mails, schools, birth dates, home addresses.
resume_zh_candidate.md             Chinese résumé in Markdown.
resume_en_candidate.txt            English résumé in plain text.
interview_schedule.ics             iCalendar interview invitations (attendees, phones in notes).
onboarding_checklist_2024Q2.md     Onboarding checklists (accounts, initial passwords, laptops
                                   with MAC addresses, company phones with IMEI / SIM ICCID / IMSI).
access_control_events.log          Badge / door access log (card numbers are NOT labelled).
vpn_hr_auth_audit.log              VPN (FortiGate style) and HR-system login audit log: IPs, MACs,
                                   passwords pasted by mistake, bearer tokens.
training_signin_TR2024-031.csv     Training sign-in sheet with phones and mobile check-in location.
employee_children_enrolment.csv    School enrolment records for employees' children.
background_check_reports.txt       Pre-employment background check reports.
labour_contracts.txt               Labour contract texts (甲方 company / 乙方 employee).
resignation_letters.txt            Resignation letters and HR handover notes.
dingtalk_org_export.json           DingTalk organisation export (departments and users).
labels.jsonl                       One label per line: {"file","start","end","type"}; start/end are
                                   UTF-8 byte offsets into the file as written, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: as written, including +86 / 0086 / 86 prefixes, spaces, dashes, full-width digits;
  landlines including the area code. Service numbers (400-/95xxx/10086) and company switchboard
  numbers are not labelled.
* BANK_CARD_NUMBER: as written, including group spaces. Company settlement accounts are not labelled.
* CHINA_RESIDENT_ID_NUMBER: 18-digit (and a few legacy 15-digit) IDs; masked IDs not labelled.
* PERSON_NAME: full names of private people (employees, candidates, children, guardians, emergency
  contacts, referees, visitors, interviewers, a company's legal representative); every occurrence.
  Company, school and product names are not labelled. Bare surnames with titles (张总) are not.
* DATE_OF_BIRTH: birth dates only; hire, contract, check and other dates are not labelled.
* STREET_ADDRESS: a person's address as a whole; company, school and venue addresses are not.
* CREDENTIAL: the value only of passwords, initial passwords, PINs, API keys, tokens.
* IP_ADDRESS: every IPv4 address in logs (client, tunnel and server), without port.
* MAC_ADDRESS, IMEI_HARDWARE_ID, ICCID_NUMBER, IMSI_ID: device identifiers of staff devices.
* LOCATION_COORDINATES: a "lng,lat" pair written as one value is one label; separate
  latitude / longitude fields are labelled one each.
* CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT (往来港澳通行证 C/W + 8 digits, plus the 港澳居民来往内地
  通行证 H/M numbers of Hong Kong / Macau staff), CHINA_LICENSE_PLATE (parking permits).
* Not labelled: employee numbers, badge card numbers, usernames/user ids (unless an e-mail),
  department codes, amounts, Unified Social Credit Codes, tax ids, company addresses, masked values,
  course / order / batch / trace ids, UUIDs, hashes, version strings, timestamps.
"""
import argparse
import hashlib
import json
import os
import random
import uuid

import phonenumbers
from stdnum.cn import ric, uscc

SEED = 20240603
R = random.Random(SEED)

# ----------------------------------------------------------------------------- writer


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def t(self, text):
        self.buf += text.encode("utf-8")
        return self

    def p(self, value, typ):
        value = str(value)
        s = len(self.buf)
        self.buf += value.encode("utf-8")
        self.labels.append({"file": self.name, "start": s, "end": len(self.buf), "type": typ,
                            "_v": value})
        return self

    def parts(self, seq):
        for x in seq:
            if isinstance(x, tuple):
                self.p(*x)
            else:
                self.t(x)
        return self


ALL_DOCS = []


def new_doc(name):
    d = Doc(name)
    ALL_DOCS.append(d)
    return d


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jparts(seq):
    """Escape plain parts for JSON, keep PI tuples (which contain no escapable chars)."""
    out = []
    for x in seq:
        if isinstance(x, tuple):
            assert jesc(x[0]) == x[0]
            out.append(x)
        else:
            out.append(jesc(x))
    return out


# ----------------------------------------------------------------------------- data pools

SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
            ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
            ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
            ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
            ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"),
            ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
            ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"),
            ("潘", "pan"), ("于", "yu"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"),
            ("杜", "du"), ("叶", "ye"), ("程", "cheng"), ("苏", "su"), ("魏", "wei"),
            ("吕", "lv"), ("丁", "ding"), ("任", "ren"), ("沈", "shen"), ("姚", "yao"),
            ("卢", "lu"), ("钟", "zhong"), ("汪", "wang"), ("范", "fan"), ("方", "fang"),
            ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"), ("诸葛", "zhuge")]
SURNAME_W = [10] * (len(SURNAMES) - 4) + [1, 1, 1, 1]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
         ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
         ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
         ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
         ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("玉", "yu"), ("萍", "ping"),
         ("红", "hong"), ("建", "jian"), ("文", "wen"), ("浩", "hao"), ("宇", "yu"),
         ("晨", "chen"), ("欣", "xin"), ("怡", "yi"), ("子", "zi"), ("涵", "han"), ("梓", "zi"),
         ("轩", "xuan"), ("思", "si"), ("雨", "yu"), ("嘉", "jia"), ("佳", "jia"), ("俊", "jun"),
         ("博", "bo"), ("鑫", "xin"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"),
         ("晓", "xiao"), ("海", "hai"), ("东", "dong"), ("志", "zhi"), ("国", "guo"),
         ("德", "de"), ("昊", "hao"), ("然", "ran"), ("一", "yi"), ("诺", "nuo"), ("泽", "ze"),
         ("睿", "rui"), ("瑶", "yao"), ("可", "ke"), ("馨", "xin"), ("梦", "meng"),
         ("凯", "kai"), ("鹏", "peng"), ("飞", "fei"), ("辉", "hui"), ("慧", "hui"),
         ("颖", "ying"), ("倩", "qian"), ("蕾", "lei"), ("亮", "liang"), ("斌", "bin"),
         ("旭", "xu"), ("阳", "yang"), ("春", "chun"), ("秋", "qiu"), ("兰", "lan"),
         ("振", "zhen"), ("家", "jia"), ("新", "xin"), ("玲", "ling"), ("丹", "dan")]
MINORITY = [("阿依古丽·买买提", "ayiguli"), ("迪丽努尔·艾力", "dilinuer"), ("扎西顿珠", "zhaxidunzhu"),
            ("巴特尔", "bateer"), ("热依拉·吐尔逊", "reyila"), ("格桑卓玛", "gesangzhuoma")]

# (region code, province, city, district, abolished?)
REGIONS = [
    ("110105", "北京市", "", "朝阳区"), ("110108", "北京市", "", "海淀区"),
    ("110106", "北京市", "", "丰台区"), ("110114", "北京市", "", "昌平区"),
    ("310115", "上海市", "", "浦东新区"), ("310104", "上海市", "", "徐汇区"),
    ("310112", "上海市", "", "闵行区"), ("120101", "天津市", "", "和平区"),
    ("500103", "重庆市", "", "渝中区"), ("440305", "广东省", "深圳市", "南山区"),
    ("440304", "广东省", "深圳市", "福田区"), ("440106", "广东省", "广州市", "天河区"),
    ("441481", "广东省", "梅州市", "兴宁市"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("330782", "浙江省", "金华市", "义乌市"), ("320102", "江苏省", "南京市", "玄武区"),
    ("321282", "江苏省", "泰州市", "靖江市"), ("320506", "江苏省", "苏州市", "吴中区"),
    ("510107", "四川省", "成都市", "武侯区"), ("511321", "四川省", "南充市", "南部县"),
    ("420111", "湖北省", "武汉市", "洪山区"), ("421081", "湖北省", "荆州市", "石首市"),
    ("610113", "陕西省", "西安市", "雁塔区"), ("370202", "山东省", "青岛市", "市南区"),
    ("371302", "山东省", "临沂市", "兰山区"), ("350203", "福建省", "厦门市", "思明区"),
    ("350583", "福建省", "泉州市", "南安市"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("430521", "湖南省", "邵阳市", "邵东县"), ("410105", "河南省", "郑州市", "金水区"),
    ("411302", "河南省", "南阳市", "宛城区"), ("130102", "河北省", "石家庄市", "长安区"),
    ("130682", "河北省", "保定市", "定州市"), ("140105", "山西省", "太原市", "小店区"),
    ("210102", "辽宁省", "沈阳市", "和平区"), ("220102", "吉林省", "长春市", "南关区"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("340104", "安徽省", "合肥市", "蜀山区"),
    ("341202", "安徽省", "阜阳市", "颍州区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("360730", "江西省", "赣州市", "宁都县"), ("450103", "广西壮族自治区", "南宁市", "青秀区"),
    ("460106", "海南省", "海口市", "龙华区"), ("520102", "贵州省", "贵阳市", "南明区"),
    ("530102", "云南省", "昆明市", "五华区"), ("620102", "甘肃省", "兰州市", "城关区"),
    ("640104", "宁夏回族自治区", "银川市", "兴庆区"), ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区"), ("540102", "西藏自治区", "拉萨市", "城关区"),
]
# current-living places are mostly the big cities where offices are
LIVE_REGIONS = [r for r in REGIONS if r[0][:4] in ("1101", "3101", "4403", "4401", "3301", "5101",
                                                    "4201", "3201", "6101")]

ROADS = ["建国路", "朝阳北路", "学院路", "中关村南大街", "知春路", "望京西路", "科苑路", "深南大道",
         "滨海大道", "天河北路", "体育西路", "文三路", "古墩路", "中山路", "人民路", "解放路",
         "长江路", "黄河路", "和平路", "光明路", "幸福路", "团结路", "新华路", "友谊路", "青年路",
         "世纪大道", "张江路", "漕溪北路", "虹梅路", "天府大道", "人民南路", "珞喻路", "雁塔路",
         "香港中路", "湖滨南路", "麓山南路", "金水路", "丰台北路", "回龙观西大街"]
CITY_ROADS = {
    "1101": ["建国路", "朝阳北路", "学院路", "中关村南大街", "知春路", "望京西路", "丰台北路", "回龙观西大街",
             "安立路", "西三旗路", "马连洼北路"],
    "3101": ["世纪大道", "张江路", "漕溪北路", "虹梅路", "莲花路", "龙东大道", "沪闵路"],
    "4403": ["深南大道", "滨海大道", "科苑路", "南海大道", "桃园路", "华强北路", "沙河西路"],
    "4401": ["天河北路", "体育西路", "中山大道", "黄埔大道", "广州大道北"],
    "3301": ["文三路", "古墩路", "天目山路", "文一西路", "学院路"],
    "5101": ["天府大道", "人民南路", "科华北路", "武侯大道", "益州大道"],
    "4201": ["珞喻路", "雄楚大道", "光谷大道", "民族大道"],
    "3201": ["中山路", "北京东路", "龙蟠路", "太平北路"],
    "6101": ["雁塔路", "小寨东路", "科技路", "长安南路"],
}
COMPOUNDS = ["阳光花园", "幸福家园", "金色家园", "碧桂园", "万科城", "保利花园", "世纪城", "翠微园",
             "丽都花园", "锦绣华庭", "东方明珠苑", "龙湖时代天街", "融创玖樟台", "望京新城", "天通苑北一区",
             "华润城", "中海阅府", "绿地海域", "金地格林小镇", "恒大名都", "紫金花园", "春晓苑"]
TOWNS = ["城关镇", "新华镇", "廉桥镇", "高桥乡", "石桥镇", "黄土岭镇", "东升街道", "城南街道"]
VILLAGES = ["石株桥村", "长林村", "新民村", "红旗村", "上庄村", "下湾村", "三合村", "前进村"]

EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com",
                 "sina.com", "hotmail.com", "139.com", "yeah.net", "icloud.com"]
CORP_DOMAIN = "yunqiao-tech.com"
CORP_NAME = "北京云桥信通科技有限公司"
CORP_NAME_SZ = "云桥信通科技（深圳）有限公司"
CORP_ADDR = "北京市海淀区西北旺东路10号院东区7号楼5层"
CORP_ADDR_SZ = "深圳市南山区粤海街道高新南十道63号高新区联合总部大厦28楼"
CORP_HOTLINE = "400-810-6626"
CORP_SWITCH = "010-5925 8800"

BANKS = [("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("622848", 19, "中国农业银行"),
         ("621700", 19, "中国建设银行"), ("436742", 19, "中国建设银行"), ("622588", 16, "招商银行"),
         ("621483", 16, "招商银行"), ("622262", 19, "交通银行"), ("621661", 19, "中国银行"),
         ("623058", 19, "平安银行"), ("622908", 18, "兴业银行"), ("621799", 19, "中国邮政储蓄银行"),
         ("622689", 16, "中信银行")]
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
                   "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187",
                   "188", "189", "191", "195", "198", "199", "147", "145"]
AREA_CODES = [("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("0755", 8), ("0571", 8),
              ("025", 8), ("028", 8), ("027", 8), ("029", 8), ("0532", 8), ("0731", 8),
              ("0371", 8), ("0591", 8), ("0898", 8), ("0851", 8), ("0871", 8), ("0379", 8),
              ("0757", 8), ("0769", 8), ("0539", 7), ("0377", 7), ("0739", 7)]
DEPTS = [("D1001", "总裁办"), ("D2010", "人力资源部"), ("D2020", "财务部"), ("D3010", "研发一部"),
         ("D3020", "研发二部"), ("D3030", "测试部"), ("D3040", "运维部"), ("D4010", "销售部"),
         ("D4020", "市场部"), ("D5010", "客服中心"), ("D6010", "法务合规部"), ("D7010", "行政部")]
TITLES = ["Java开发工程师", "前端开发工程师", "测试工程师", "运维工程师", "产品经理", "HRBP",
          "薪酬专员", "会计", "出纳", "销售经理", "客户成功经理", "法务专员", "行政专员",
          "数据分析师", "算法工程师", "项目经理", "技术总监", "客服专员"]
SCHOOLS = ["北京邮电大学", "西安电子科技大学", "电子科技大学", "华中科技大学", "武汉大学", "浙江大学",
           "南京邮电大学", "重庆邮电大学", "中山大学", "山东大学", "湖南大学", "郑州大学",
           "北京交通大学", "哈尔滨工业大学", "东北大学", "厦门大学", "深圳大学", "杭州电子科技大学"]
MAJORS = ["计算机科学与技术", "软件工程", "通信工程", "电子信息工程", "信息安全", "人力资源管理",
          "会计学", "法学", "市场营销", "统计学", "数学与应用数学"]

FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")

# ----------------------------------------------------------------------------- generators


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def mobile():
    def f():
        while True:
            n = R.choice(MOBILE_PREFIXES) + "".join(str(R.randrange(10)) for _ in range(8))
            x = phonenumbers.parse(n, "CN")
            if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) in (1, 2):
                return n
    return uniq(f)


def landline():
    def f():
        while True:
            ac, ln = R.choice(AREA_CODES)
            n = str(R.choice([2, 3, 5, 6, 8])) + "".join(str(R.randrange(10)) for _ in range(ln - 1))
            x = phonenumbers.parse(ac + n, "CN")
            if phonenumbers.is_valid_number(x):
                return ac, n
    return uniq(f)


def fmt_landline(ac_n, style=None):
    ac, n = ac_n
    style = R.choice(["dash", "dash", "paren", "plain", "space"]) if style is None else style
    if style == "dash":
        return f"{ac}-{n}"
    if style == "paren":
        return f"({ac}){n}"
    if style == "space":
        return f"{ac} {n}"
    return ac + n


def fmt_mobile(m, style=None):
    if style is None:
        style = R.choices(["plain", "space", "dash", "p86", "p86s", "0086", "86", "fw"],
                          [60, 8, 8, 8, 5, 3, 3, 2])[0]
    if style == "plain":
        return m
    if style == "space":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if style == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if style == "p86":
        return "+86" + m
    if style == "p86s":
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
    if style == "0086":
        return "0086-" + m
    if style == "86":
        return "86 " + m
    if style == "fw":
        return m.translate(FW)
    raise ValueError(style)


def mask_mobile(m):
    return m[:3] + "****" + m[7:]


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    mth = R.randint(1, 12)
    dd = R.randint(1, 28 if mth == 2 else (30 if mth in (4, 6, 9, 11) else 31))
    return y, mth, dd


def resident_id(region, y, m, d, female):
    def f():
        seq = R.randrange(0, 100)
        seq3 = seq * 10 + (R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
        body = f"{region}{y:04d}{m:02d}{d:02d}{seq3:03d}"
        return body + ric.calc_check_digit(body + "0")
    v = uniq(f)
    assert id_ok(v), v
    return v


def id_ok(v):
    """MOD 11-2 check (own implementation) and a valid birth date."""
    v = v.upper()
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11]
    if chk != v[17]:
        return False
    ric.get_birth_date(v)
    return True


def bank_card():
    bin_, ln, bank = R.choice(BANKS)
    return uniq(lambda: luhn_complete(bin_, ln)), bank


def fmt_card(c, style=None):
    style = R.choices(["plain", "group"], [75, 25])[0] if style is None else style
    if style == "group":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


def fmt_date(y, m, d, style=None):
    style = R.choice(["iso", "iso", "iso", "slash", "cn", "compact", "dot"]) if style is None else style
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "slash": f"{y}/{m}/{d}", "cn": f"{y}年{m}月{d}日",
            "compact": f"{y:04d}{m:02d}{d:02d}", "dot": f"{y}.{m:02d}.{d:02d}"}[style]


def region_name(reg):
    _, prov, city, dist = reg
    return prov + city + dist


def address(reg, rural=False, short=False):
    base = region_name(reg)
    if short:
        base = (reg[2] or reg[1]) + reg[3]
    if rural:
        return (base + R.choice(TOWNS) + R.choice(VILLAGES) + f"{R.choice('一二三四五六七八')}组"
                + f"{R.randint(1, 88)}号")
    style = R.randrange(4)
    road = R.choice(CITY_ROADS.get(reg[0][:4], ROADS))
    if style == 0:
        return (base + road + f"{R.randint(1, 399)}号" + R.choice(COMPOUNDS)
                + f"{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 33)}{R.randint(1, 4):02d}室")
    if style == 1:
        return (base + road + f"{R.randint(1, 120)}号院{R.randint(1, 25)}号楼{R.randint(1, 6)}单元"
                + f"{R.randint(1, 28)}{R.randint(1, 6):02d}")
    if style == 2:
        return (base + R.choice(COMPOUNDS) + f"{R.randint(1, 40)}号楼{R.randint(1, 4)}门"
                + f"{R.randint(1, 24)}0{R.randint(1, 8)}")
    return base + road + f"{R.randint(1, 999)}弄{R.randint(1, 80)}号{R.randint(1, 18)}0{R.randint(1, 4)}室"


class Person:
    pass


def person(female=None, y0=1972, y1=2001, minority_ok=True, surname=None):
    p = Person()
    p.female = R.random() < 0.45 if female is None else female
    if minority_ok and R.random() < 0.025:
        p.name, py = R.choice(MINORITY)
        p.py_given, p.py_sur = py, ""
    else:
        sn = surname or R.choices(SURNAMES, SURNAME_W)[0]
        k = 1 if R.random() < 0.28 else 2
        g = [R.choice(GIVEN) for _ in range(k)]
        p.name = sn[0] + "".join(x[0] for x in g)
        p.py_sur, p.py_given = sn[1], "".join(x[1] for x in g)
        p.sur = sn
    p.home = R.choice(REGIONS)
    p.live = R.choice(LIVE_REGIONS)
    p.y, p.m, p.d = rand_date(y0, y1)
    p.id = resident_id(p.home[0], p.y, p.m, p.d, p.female)
    if R.random() < 0.03:
        p.id = p.id[:-1] + ("x" if p.id.endswith("X") else p.id[-1])
    p.mobile = mobile()
    p.card, p.bank = bank_card()
    p.hukou = address(p.home, rural=R.random() < 0.35)
    p.addr = address(p.live)
    p.email = personal_email(p)
    p.work_email = corp_email(p)
    return p


def personal_email(p):
    s = R.randrange(5)
    if s == 0:
        local = str(R.randint(10000000, 2999999999))
        dom = "qq.com"
    elif s == 1:
        local = f"{p.py_sur}{p.py_given}{R.randint(1, 99)}"
        dom = R.choice(EMAIL_DOMAINS)
    elif s == 2:
        local = f"{p.py_given}.{p.py_sur}" if p.py_sur else p.py_given
        dom = R.choice(EMAIL_DOMAINS)
    elif s == 3:
        local = f"{(p.py_sur[:1] or 'x')}{p.py_given}{p.y % 100:02d}{p.m:02d}"
        dom = R.choice(EMAIL_DOMAINS)
    else:
        local = f"{p.py_sur}_{p.py_given[:3]}{R.randint(100, 999)}"
        dom = R.choice(EMAIL_DOMAINS)
    return uniq(lambda: local + ("" if R.random() < 0.7 else str(R.randint(1, 9))) + "@" + dom)


def corp_email(p):
    local = f"{p.py_given}.{p.py_sur}" if p.py_sur else p.py_given
    v = local + "@" + CORP_DOMAIN
    if v in USED:
        v = f"{local}{R.randint(2, 9)}@{CORP_DOMAIN}"
    USED.add(v)
    return v


def username(p):
    return (p.py_sur + p.py_given) if p.py_sur else p.py_given


def passport():
    s = R.random()
    if s < 0.6:
        v = "E" + "".join(str(R.randrange(10)) for _ in range(8))
    elif s < 0.85:
        v = "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(R.randrange(10)) for _ in range(7))
    else:
        v = "G" + "".join(str(R.randrange(10)) for _ in range(8))
    return uniq(lambda: v)


def hk_permit():
    s = R.random()
    if s < 0.75:
        v = "C" + "".join(str(R.randrange(10)) for _ in range(8))
    elif s < 0.9:
        v = "C" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(R.randrange(10)) for _ in range(7))
    else:
        v = "W" + "".join(str(R.randrange(10)) for _ in range(8))
    return uniq(lambda: v)


PLATE_PROV = [("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
              ("浙", "ABCDEFGHJKL"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"),
              ("苏", "ABCDEFGHJKLMN"), ("冀", "ABCDEFGHJRT"), ("津", "ABCDEFGHJKLMNQR")]
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def plate():
    prov, letters = R.choice(PLATE_PROV)
    city = R.choice(letters)
    if R.random() < 0.3:  # new energy: D/F + 5 digits (small car)
        tail = R.choice("DF") + R.choice("0123456789ABCDEFGHJK") + "".join(str(R.randrange(10)) for _ in range(4))
    else:
        tail = "".join(R.choice(PLATE_CH) for _ in range(5))
        if sum(c.isalpha() for c in tail) > 2:
            tail = tail[:2] + "".join(str(R.randrange(10)) for _ in range(3))
    sep = R.choice(["", "", "", "·", " "])
    return prov + city + sep + tail


def imei():
    tac = R.choice(["35391110", "86769204", "86492105", "35407115", "86891503", "86553004",
                    "35328211", "86012404"])
    return uniq(lambda: luhn_complete(tac, 15))


def iccid():
    issuer = R.choice(["898600", "898602", "898601", "898606", "898603", "898611"])
    base = issuer + "".join(str(R.randrange(10)) for _ in range(12))
    return uniq(lambda: luhn_complete(base[:19], 20) if R.random() < 0.8 else base + R.choice("0123456789F"))


def imsi():
    mnc = R.choice(["00", "02", "07", "01", "06", "11", "03"])
    return uniq(lambda: "460" + mnc + "".join(str(R.randrange(10)) for _ in range(10)))


OUIS = ["3C:52:82", "F0:18:98", "A4:83:E7", "00:E0:4C", "8C:85:90", "DC:A6:32", "B4:2E:99",
        "48:2A:E3", "F4:5C:89", "70:B5:E8", "9C:B6:D0", "E8:6A:64"]


def mac(style=None):
    base = R.choice(OUIS).split(":") + ["%02X" % R.randrange(256) for _ in range(3)]
    style = R.choice(["colon", "colon_l", "dash", "cisco"]) if style is None else style
    if style == "colon":
        return ":".join(base)
    if style == "colon_l":
        return ":".join(base).lower()
    if style == "dash":
        return "-".join(base)
    h = "".join(base).lower()
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


PUB_NETS = ["114.86", "114.247", "223.104", "36.112", "117.136", "183.62", "113.116", "221.218",
            "58.33", "124.64", "180.158", "101.88", "39.144", "112.96", "120.229", "60.247"]


def pub_ip():
    return f"{R.choice(PUB_NETS)}.{R.randint(1, 254)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.{R.randint(10, 40)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                     f"172.16.{R.randint(0, 31)}.{R.randint(2, 254)}",
                     f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}"])


def password():
    words = ["Welcome", "Yunqiao", "Qwer", "Admin", "Huawei", "China", "Summer", "Sunny", "Pass",
             "Abc", "Zxcv", "Love", "Tiger", "Hello"]
    s = R.randrange(5)
    if s == 0:
        return f"{R.choice(words)}@{R.randint(2018, 2024)}"
    if s == 1:
        return f"{R.choice(words)}{R.randint(100, 9999)}{R.choice('!#$*.')}"
    if s == 2:
        return "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%") for _ in range(R.randint(10, 14)))
    if s == 3:
        return f"{R.choice(['zw', 'lj', 'wf', 'xm', 'cy', 'hl'])}{R.randint(19800101, 20011231)}"
    return f"{R.choice(words).lower()}_{R.randint(10, 99)}{R.choice(['!!', '@@', '#', '.com'])}"


def b64url(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def jwt():
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b64url(R.randint(60, 110)) + "." + b64url(43)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def make_uscc(region="110108"):
    while True:
        if R.random() < 0.6:
            org = "MA0" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            org = "".join(R.choice("0123456789") for _ in range(8)) + R.choice("0123456789X")
        body = "91" + region + org
        try:
            v = body + uscc.calc_check_digit(body)
        except Exception:
            continue
        if uscc.is_valid(v):
            return v


CORP_USCC = make_uscc("110108")
CORP_USCC_SZ = make_uscc("440300")

# pool of employees shared by several files
EMPLOYEES = []
for i in range(70):
    e = person()
    e.empno = f"E{10200 + i * 7 + R.randint(0, 6):05d}"
    e.dept = R.choice(DEPTS)
    e.title = R.choice(TITLES)
    e.hire = rand_date(2012, 2023)
    e.grade = R.choice(["P4", "P5", "P5", "P6", "P6", "P7", "M1", "M2", "T3", "T4"])
    e.badge = f"{R.randint(100000, 4294967295):010d}"
    e.ec = person(minority_ok=False)
    e.ec_rel = R.choice(["配偶", "父亲", "母亲", "兄弟", "姐妹", "朋友"])
    e.salary = R.choice(range(8000, 60001, 500))
    EMPLOYEES.append(e)


def money(x):
    return f"{x:,.2f}"


# ----------------------------------------------------------------------------- 1. master CSV


def f_master():
    d = new_doc("hr_employee_master_202406.csv")
    d.t("\ufeff工号,姓名,性别,身份证号,出生日期,民族,手机,户籍地址,现住址,紧急联系人,关系,紧急联系电话,"
        "开户行,银行卡号,部门编码,部门,岗位,职级,入职日期,合同到期日,在职状态,基本工资\r\n")
    for e in EMPLOYEES[:50]:
        row = [e.empno, ",", (e.name, "PERSON_NAME"), ",", "女" if e.female else "男", ","]
        if R.random() < 0.05:
            row += [e.id[:6] + "********" + e.id[-4:], ","]  # masked in export
        else:
            row += [(e.id, "CHINA_RESIDENT_ID_NUMBER"), ","]
        row += [(fmt_date(e.y, e.m, e.d, R.choice(["iso", "iso", "slash"])), "DATE_OF_BIRTH"), ","]
        row += [R.choice(["汉族"] * 8 + ["回族", "满族", "壮族", "土家族"]), ","]
        row += [(fmt_mobile(e.mobile, R.choice(["plain"] * 8 + ["space", "p86"])), "PHONE_NUMBER"), ","]
        if R.random() < 0.1:
            row += ["同现住址", ","]
        else:
            row += [(e.hukou, "STREET_ADDRESS"), ","]
        row += [(e.addr, "STREET_ADDRESS"), ","]
        row += [(e.ec.name, "PERSON_NAME"), ",", e.ec_rel, ","]
        if R.random() < 0.12:
            row += [(fmt_landline(landline(), "dash"), "PHONE_NUMBER"), ","]
        else:
            row += [(fmt_mobile(e.ec.mobile, "plain"), "PHONE_NUMBER"), ","]
        row += [e.bank + R.choice(["北京分行", "北京海淀支行", "深圳科技园支行", "北京上地支行", ""]), ","]
        row += [(fmt_card(e.card, R.choice(["plain"] * 5 + ["group"])), "BANK_CARD_NUMBER"), ","]
        row += [e.dept[0], ",", e.dept[1], ",", e.title, ",", e.grade, ","]
        hy, hm, hd = e.hire
        row += [fmt_date(hy, hm, hd, "iso"), ",", fmt_date(hy + R.choice([3, 3, 5]), hm, min(hd, 28), "iso"), ","]
        row += [R.choice(["在职"] * 9 + ["试用期"]), ",", f"{e.salary:.2f}", "\r\n"]
        d.parts(row)


# ----------------------------------------------------------------------------- 2. eHR TSV


def f_tsv():
    d = new_doc("ehr_staff_export.tsv")
    cols = ["emp_id", "name_cn", "name_en", "gender", "id_no", "birthday", "mobile", "work_email",
            "personal_email", "passport_no", "hk_macau_permit", "parking_plate", "cost_center",
            "hire_date", "status", "last_modified"]
    d.t("\t".join(cols) + "\n")
    for e in EMPLOYEES[20:62]:
        row = [e.empno, "\t", (e.name, "PERSON_NAME"), "\t"]
        en = (e.py_given.capitalize() + " " + e.py_sur.capitalize()) if e.py_sur else e.py_given.capitalize()
        row += [(en, "PERSON_NAME") if R.random() < 0.6 else "", "\t", "F" if e.female else "M", "\t"]
        if R.random() < 0.25:
            row += [e.id[:3] + "*" * 11 + e.id[-4:], "\t", f"{e.y}-**-**", "\t"]
        else:
            row += [(e.id, "CHINA_RESIDENT_ID_NUMBER"), "\t",
                    (fmt_date(e.y, e.m, e.d, R.choice(["iso", "compact"])), "DATE_OF_BIRTH"), "\t"]
        if R.random() < 0.2:
            row += [mask_mobile(e.mobile), "\t"]
        else:
            row += [(fmt_mobile(e.mobile, R.choice(["plain", "p86", "p86", "0086", "dash"])), "PHONE_NUMBER"), "\t"]
        row += [(e.work_email, "EMAIL_ADDRESS"), "\t"]
        row += [(e.email, "EMAIL_ADDRESS") if R.random() < 0.7 else "", "\t"]
        row += [(passport(), "CHINA_PASSPORT") if R.random() < 0.35 else "", "\t"]
        row += [(hk_permit(), "HK_MACAU_TRAVEL_PERMIT") if R.random() < 0.3 else "", "\t"]
        row += [(plate(), "CHINA_LICENSE_PLATE") if R.random() < 0.3 else "", "\t"]
        row += [f"CC-{e.dept[0][1:]}-{R.randint(1, 9):02d}", "\t"]
        row += [fmt_date(*e.hire, "iso"), "\t", R.choice(["ACTIVE", "ACTIVE", "ACTIVE", "PROBATION", "LEAVE"]), "\t"]
        row += [f"2024-06-0{R.randint(1, 9)}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z", "\n"]
        d.parts(row)
    # a couple of Hong Kong staff with 港澳居民来往内地通行证
    for i in range(3):
        p = person(minority_ok=False)
        num = R.choice("HM") + "".join(str(R.randrange(10)) for _ in range(8))
        en = p.py_sur.upper() + " " + p.py_given.capitalize()
        d.parts([f"E{10700 + i}", "\t", (p.name, "PERSON_NAME"), "\t", (en, "PERSON_NAME"), "\t",
                 "F" if p.female else "M", "\t", "", "\t",
                 (fmt_date(p.y, p.m, p.d, "iso"), "DATE_OF_BIRTH"), "\t",
                 (f"+852 {R.choice('569')}{R.randint(100, 999)} {R.randint(1000, 9999)}", "PHONE_NUMBER"), "\t",
                 (p.work_email, "EMAIL_ADDRESS"), "\t", "", "\t", "", "\t",
                 (num, "HK_MACAU_TRAVEL_PERMIT"), "\t", "", "\t", "CC-4010-02", "\t",
                 "2023-11-01", "\t", "ACTIVE", "\t", "2024-06-05T02:11:45.120Z", "\n"])


# ----------------------------------------------------------------------------- 3. pay slips


def f_payslips():
    d = new_doc("payslips_2024-05.txt")
    for e in EMPLOYEES[:26]:
        base = e.salary
        perf = R.choice([0, 500, 1000, 1500, 2000, 3200])
        meal = 600
        gross = base + perf + meal
        pension = round(min(base, 35283) * 0.08, 2)
        med = round(min(base, 35283) * 0.02 + 3, 2)
        unemp = round(min(base, 35283) * 0.005, 2)
        hf = round(min(base, 35283) * 0.12, 2)
        taxable = gross - 5000 - pension - med - unemp - hf
        iit = round(max(0, taxable) * (0.03 if taxable < 3000 else 0.1) - (0 if taxable < 3000 else 210), 2)
        iit = max(0.0, iit)
        net = round(gross - pension - med - unemp - hf - iit, 2)
        d.t("=" * 60 + "\n")
        d.t(f"{CORP_NAME}  工资条  2024年05月\n")
        d.t(f"纳税人识别号：{CORP_USCC}    批次：PAY-202405-{R.randint(1, 3):02d}\n")
        d.t("-" * 60 + "\n")
        d.parts(["工号：", e.empno, "    姓名：", (e.name, "PERSON_NAME"), "    部门：", e.dept[1], "\n"])
        if R.random() < 0.5:
            d.parts(["身份证号：", e.id[:6], "********", e.id[-4:], "\n"])
        else:
            d.parts(["身份证号：", (e.id, "CHINA_RESIDENT_ID_NUMBER"), "\n"])
        d.t(f"基本工资      {money(base):>12}    绩效奖金      {money(perf):>12}\n")
        d.t(f"餐补          {money(meal):>12}    应发合计      {money(gross):>12}\n")
        d.t(f"养老保险(个人) {money(pension):>11}    医疗保险(个人) {money(med):>11}\n")
        d.t(f"失业保险(个人) {money(unemp):>11}    住房公积金(个人) {money(hf):>9}\n")
        d.t(f"个人所得税    {money(iit):>12}    实发工资      {money(net):>12}\n")
        style = R.randrange(3)
        if style == 0:
            d.parts(["发放账户：", e.bank, " ", (fmt_card(e.card, "group"), "BANK_CARD_NUMBER"), "\n"])
        elif style == 1:
            d.parts(["工资卡号：", (e.card, "BANK_CARD_NUMBER"), "（", e.bank, "）\n"])
        else:
            d.parts(["工资卡：", e.bank, " 尾号", e.card[-4:], "\n"])
        d.t(f"发放日期：2024-06-10    如有疑问请致电薪酬热线 {CORP_HOTLINE} 或发邮件至 payroll@{CORP_DOMAIN}\n")
    d.t("=" * 60 + "\n")


# ----------------------------------------------------------------------------- 4. bank fixed width


def dispw(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def padr(s, w):
    return s + " " * (w - dispw(s))


def f_bank_batch():
    d = new_doc("payroll_batch_20240610.txt")
    rows = EMPLOYEES[:55]
    total = 0
    amounts = []
    for e in rows:
        a = round(e.salary * R.uniform(0.72, 0.86), 2)
        amounts.append(a)
        total += a
    batch = f"B{R.randint(10**11, 10**12 - 1)}"
    d.t(f"H|0200|{batch}|20240610|0200004509200188123|{CORP_NAME}|CNY|{len(rows):06d}|{total:015.2f}|代发工资|V2.3\n")
    for i, (e, a) in enumerate(zip(rows, amounts), 1):
        d.t(f"D{i:06d} ")
        d.p(e.card, "BANK_CARD_NUMBER")
        d.t(" " * (20 - len(e.card)))
        d.p(e.name, "PERSON_NAME")
        d.t(" " * (20 - dispw(e.name)))
        d.t(f"{int(round(a * 100)):015d}")
        d.t("CNY")
        d.t(padr("2024年05月工资", 20))
        d.t(f"{e.empno:<10}")
        d.t(f"{R.randint(10**13, 10**14 - 1)}")  # bank trace no (not PI)
        d.t("\n")
    d.t(f"T|{batch}|{len(rows):06d}|{total:015.2f}|{hashlib.md5(batch.encode()).hexdigest().upper()}\n")


# ----------------------------------------------------------------------------- 5. ATS JSON


def f_ats():
    d = new_doc("ats_candidates_export.json")
    d.t('{\n  "export_id": "' + uuid4() + '",\n  "source": "moka-ats",\n  "exported_at": 1717575213482,\n'
        '  "job_requisitions": ["REQ-2024-0318", "REQ-2024-0322", "REQ-2024-0401"],\n  "candidates": [\n')
    n = 26
    for i in range(n):
        c = person(y0=1986, y1=2001)
        school = R.choice(SCHOOLS)
        major = R.choice(MAJORS)
        gy = min(c.y + R.choice([22, 23, 25]), 2023)
        title = R.choice(TITLES)
        d.t("    {\n")
        d.t(f'      "candidate_id": "CAND{R.randint(10**7, 10**8 - 1)}",\n')
        d.parts(['      "name": "', (c.name, "PERSON_NAME"), '",\n'])
        d.t(f'      "gender": "{"女" if c.female else "男"}",\n')
        if R.random() < 0.7:
            d.parts(['      "birthday": "', (fmt_date(c.y, c.m, c.d, "iso"), "DATE_OF_BIRTH"), '",\n'])
        else:
            d.t(f'      "age": {2024 - c.y},\n')
        d.parts(['      "phone": "', (fmt_mobile(c.mobile, R.choice(["plain"] * 6 + ["p86", "dash", "space"])), "PHONE_NUMBER"), '",\n'])
        d.parts(['      "email": "', (c.email, "EMAIL_ADDRESS"), '",\n'])
        d.t(f'      "applied_position": "{title}",\n      "req_id": "REQ-2024-0{R.randint(300, 420)}",\n')
        d.t(f'      "stage": "{R.choice(["NEW", "SCREEN", "INTERVIEW_1", "INTERVIEW_2", "OFFER", "REJECTED"])}",\n')
        d.t(f'      "education": [{{"school": "{school}", "major": "{major}", "degree": "{R.choice(["本科", "硕士", "本科"])}", "start": "{gy - 4}-09", "end": "{gy}-06"}}],\n')
        d.t(f'      "expected_salary": "{R.randint(15, 45)}K*{R.choice([13, 14, 15, 16])}",\n')
        has_addr = R.random() < 0.4
        if has_addr:
            d.parts(['      "current_address": "', (address(c.live), "STREET_ADDRESS"), '",\n'])
        else:
            d.t(f'      "current_city": "{c.live[2] or c.live[1]}",\n')
        d.t(f'      "attachment": {{"file": "resume_{R.randint(100000, 999999)}.pdf", "sha1": "{hexs(40)}", "size": {R.randint(80000, 900000)}}},\n')
        # résumé text
        prev = R.choice(["深圳市腾达网络科技有限公司", "杭州海川数据技术有限公司", "北京星河互联信息技术有限公司",
                         "成都天府软件有限公司", "武汉光谷信息技术股份有限公司", "上海浦江通信设备有限公司"])
        rt = [c.name, f"｜{'女' if c.female else '男'}｜"]
        rt = [(c.name, "PERSON_NAME"), f"｜{'女' if c.female else '男'}｜"]
        if R.random() < 0.5:
            rt += ["出生日期：", (fmt_date(c.y, c.m, c.d, R.choice(["cn", "dot"])), "DATE_OF_BIRTH"), "｜"]
        rt += ["电话：", (fmt_mobile(c.mobile, R.choice(["plain", "dash", "space"])), "PHONE_NUMBER"),
               "｜邮箱：", (c.email, "EMAIL_ADDRESS"), "\n求职意向：", title, "\n工作经历：\n",
               f"{gy}.07-至今 {prev} {title}\n- 负责核心业务模块开发与维护，日均调用量3000万+\n"
               f"- 主导版本 v{R.randint(1, 5)}.{R.randint(0, 12)}.{R.randint(0, 30)} 的架构升级\n",
               f"教育经历：\n{gy - 4}.09-{gy}.06 {school} {major}\n"]
        if R.random() < 0.3:
            ref = person(minority_ok=False)
            rt += ["证明人：", (ref.name, "PERSON_NAME"), "（前直属上级） ", (fmt_mobile(ref.mobile, "plain"), "PHONE_NUMBER"), "\n"]
        d.t('      "resume_text": "')
        d.parts(jparts(rt))
        d.t('",\n')
        if R.random() < 0.5:
            interviewer = R.choice(EMPLOYEES)
            d.parts(['      "owner": {"emp_id": "', interviewer.empno, '", "name": "', (interviewer.name, "PERSON_NAME"),
                     '", "email": "', (interviewer.work_email, "EMAIL_ADDRESS"), '"},\n'])
        d.t(f'      "created_at": "2024-0{R.randint(3, 5)}-{R.randint(10, 28)}T{R.randint(8, 20):02d}:{R.randint(0, 59):02d}:00+08:00",\n')
        d.t(f'      "tags": ["{R.choice(["内推", "猎头", "BOSS直聘", "官网", "校招"])}"]\n')
        d.t("    }" + ("," if i < n - 1 else "") + "\n")
    d.t("  ]\n}\n")


# ----------------------------------------------------------------------------- 6/7. résumés


def f_resume_zh():
    d = new_doc("resume_zh_candidate.md")
    c = person(female=True, y0=1993, y1=1995, minority_ok=False)
    d.parts(["# ", (c.name, "PERSON_NAME"), " - 个人简历\n\n"])
    d.t("> 求职意向：高级测试工程师 ｜ 期望城市：北京 ｜ 到岗时间：一个月内\n\n")
    d.t("## 基本信息\n\n")
    d.t("| 项目 | 内容 |\n|---|---|\n")
    d.parts(["| 姓名 | ", (c.name, "PERSON_NAME"), " |\n"])
    d.t("| 性别 | 女 |\n")
    d.parts(["| 出生年月 | ", (fmt_date(c.y, c.m, c.d, "cn"), "DATE_OF_BIRTH"), " |\n"])
    d.parts(["| 手机 | ", (fmt_mobile(c.mobile, "fw"), "PHONE_NUMBER"), " |\n"])
    d.parts(["| 邮箱 | ", (c.email, "EMAIL_ADDRESS"), " |\n"])
    d.parts(["| 现居住地 | ", (c.addr, "STREET_ADDRESS"), " |\n"])
    d.t("| 政治面貌 | 中共党员 |\n\n")
    d.t("## 教育背景\n\n")
    d.t(f"- **2012.09 - 2016.06** 北京邮电大学 · 通信工程 · 本科（GPA 3.6/4.0）\n")
    d.t("- 英语：CET-6 562；证书：ISTQB Foundation（证书编号 CN-ISTQB-2019-081734）\n\n")
    d.t("## 工作经历\n\n")
    d.t("### 2019.07 - 至今 ｜ 北京星河互联信息技术有限公司 ｜ 测试组长\n\n")
    d.t("- 负责计费系统（BOSS 3.2.1）接口自动化，用例 4,200+ 条，回归时间由 3 天缩短到 6 小时\n")
    d.t("- 搭建 Jenkins + Allure 持续集成流水线，构建号 #20231108.17\n")
    d.t("- 参与 10086 客服工单系统压测，峰值 TPS 12,000\n\n")
    d.t("### 2016.07 - 2019.06 ｜ 上海浦江通信设备有限公司 ｜ 测试工程师\n\n")
    d.t("- 负责基站网管软件 V500R019C10 的系统测试\n")
    d.t("- 编写测试脚本 1,100+，发现缺陷 380 个（缺陷号 BUG-2018-004512 等）\n\n")
    d.t("## 项目经验\n\n")
    d.t("**统一认证平台迁移**（2022.03 - 2022.12）：负责 OAuth2 登录链路测试，覆盖 12 个业务系统。\n\n")
    ref1 = person(minority_ok=False)
    ref2 = person(minority_ok=False)
    d.t("## 证明人\n\n")
    d.parts(["- ", (ref1.name, "PERSON_NAME"), "（原测试经理）：", (fmt_mobile(ref1.mobile, "dash"), "PHONE_NUMBER"), "\n"])
    d.parts(["- ", (ref2.name, "PERSON_NAME"), "（原部门总监）：", (ref2.email, "EMAIL_ADDRESS"), "\n\n"])
    d.t("## 自我评价\n\n踏实细致，熟悉 Python/pytest、JMeter、Postman；愿意接受出差。\n\n")
    d.parts(["---\n*简历更新于 2024-05-21；如需联系请拨打 ", (fmt_mobile(c.mobile, "space"), "PHONE_NUMBER"), "（工作日 18:00 后）*\n"])


def f_resume_en():
    d = new_doc("resume_en_candidate.txt")
    c = person(female=False, y0=1990, y1=1992, minority_ok=False)
    en = c.py_given.capitalize() + " " + c.py_sur.capitalize()
    d.parts([(en.upper(), "PERSON_NAME"), " (", (c.name, "PERSON_NAME"), ")\n"])
    d.parts(["Mobile: ", (fmt_mobile(c.mobile, "p86s"), "PHONE_NUMBER"), "  |  Email: ", (c.email, "EMAIL_ADDRESS"),
             "  |  github.com/", c.py_given + c.py_sur[:1], "\n"])
    d.parts(["Address: ", (c.addr, "STREET_ADDRESS"), "\n"])
    d.parts(["Date of birth: ", (f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][c.m - 1]} {c.d}, {c.y}", "DATE_OF_BIRTH"),
             "    Passport: ", (passport(), "CHINA_PASSPORT"), "\n\n"])
    d.t("SUMMARY\n-------\nSite reliability engineer with 9 years in telecom OSS/BSS. Kubernetes 1.28, Kafka 3.6,\n"
        "Prometheus; on-call for a 99.99% SLA billing platform (2.3 billion CDRs/day).\n\n")
    d.t("EXPERIENCE\n----------\n")
    d.t("Senior SRE, Hangzhou Haichuan Data Technology Co., Ltd.            Mar 2019 - present\n"
        "  * Cut p99 latency of the rating engine from 180 ms to 45 ms (ticket OPS-21873).\n"
        "  * Migrated 340 nodes from CentOS 7.9.2009 to Rocky Linux 9.3; zero customer incidents.\n"
        "  * Built the on-call runbook; rotation managed in PagerDuty (schedule P7X2K9Q).\n")
    d.t("Systems Engineer, Chengdu Tianfu Software Co., Ltd.                 Jul 2015 - Feb 2019\n"
        "  * Operated 10.0.19041.1-era Windows build farm and 600 Linux VMs.\n\n")
    d.t("EDUCATION\n---------\nB.Eng. Communication Engineering, University of Electronic Science and Technology of China, 2011-2015\n\n")
    ref = person(minority_ok=False)
    ren = ref.py_given.capitalize() + " " + ref.py_sur.capitalize()
    d.parts(["REFERENCES\n----------\n", (ren, "PERSON_NAME"), ", Engineering Manager - ", (ref.email, "EMAIL_ADDRESS"), ", ",
             (fmt_mobile(ref.mobile, "p86"), "PHONE_NUMBER"), "\n"])
    d.t("Available on request: certificates (CKA-2100-005412-0100, RHCE 190-151-777).\n")


# ----------------------------------------------------------------------------- 8. ICS


def f_ics():
    d = new_doc("interview_schedule.ics")
    d.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Yunqiao//Recruiting Scheduler 3.4.2//ZH\r\nCALSCALE:GREGORIAN\r\n"
        "METHOD:REQUEST\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n")
    for i in range(16):
        c = person(y0=1990, y1=2002)
        iv = R.choice(EMPLOYEES)
        hr = R.choice(EMPLOYEES[:10])
        day = R.randint(3, 28)
        hh = R.choice([9, 10, 11, 14, 15, 16, 17])
        title = R.choice(TITLES)
        d.t("BEGIN:VEVENT\r\n")
        d.t(f"UID:{uuid4()}@ats.{CORP_DOMAIN}\r\n")
        d.t(f"DTSTAMP:20240601T{R.randint(0, 23):02d}{R.randint(0, 59):02d}00Z\r\n")
        d.t(f"DTSTART;TZID=Asia/Shanghai:202406{day:02d}T{hh:02d}0000\r\n")
        d.t(f"DTEND;TZID=Asia/Shanghai:202406{day:02d}T{hh:02d}4500\r\n")
        d.parts([f"SUMMARY:{R.choice(['一面', '二面', '终面', 'HR面'])} - {title} - ", (c.name, "PERSON_NAME"), "\r\n"])
        online = R.random() < 0.5
        if online:
            d.t(f"LOCATION:腾讯会议 {R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(100, 999)}\r\n")
        else:
            d.t(f"LOCATION:{CORP_ADDR} {R.choice(['会议室A', '会议室B', '501洽谈室'])}\r\n")
        desc = ["候选人：", (c.name, "PERSON_NAME"), "\\n联系电话：",
                (fmt_mobile(c.mobile, R.choice(["plain", "dash"])), "PHONE_NUMBER"),
                f"\\n职位：{title}（REQ-2024-0{R.randint(300, 420)}）\\n"]
        if online:
            desc += [f"会议密码：{R.randint(1000, 9999)}\\n"]
        desc += ["面试官：", (iv.name, "PERSON_NAME"), "\\nHR：", (hr.name, "PERSON_NAME"), f"，前台电话 {CORP_HOTLINE}"]
        d.t("DESCRIPTION:")
        d.parts(desc)
        d.t("\r\n")
        d.parts(["ORGANIZER;CN=", (hr.name, "PERSON_NAME"), ":mailto:", (hr.work_email, "EMAIL_ADDRESS"), "\r\n"])
        d.parts(["ATTENDEE;CN=", (iv.name, "PERSON_NAME"), ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:",
                 (iv.work_email, "EMAIL_ADDRESS"), "\r\n"])
        d.parts(["ATTENDEE;CN=", (c.name, "PERSON_NAME"), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:",
                 (c.email, "EMAIL_ADDRESS"), "\r\n"])
        d.t(f"SEQUENCE:{R.randint(0, 2)}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n")
    d.t("END:VCALENDAR\r\n")


# ----------------------------------------------------------------------------- 9. onboarding


def f_onboarding():
    d = new_doc("onboarding_checklist_2024Q2.md")
    d.t("# 2024 Q2 新员工入职清单\n\n")
    d.t(f"公司：{CORP_NAME}（统一社会信用代码 {CORP_USCC}）  \n办公地址：{CORP_ADDR}  \nIT服务台：{CORP_HOTLINE} / 分机 8000\n\n")
    for e in EMPLOYEES[58:70]:
        d.parts(["## ", e.empno, " ", (e.name, "PERSON_NAME"), " — ", e.dept[1], " / ", e.title, "\n\n"])
        d.t(f"- [x] 入职日期：2024-0{R.randint(4, 6)}-{R.randint(1, 28):02d}，试用期 6 个月\n")
        d.parts(["- [x] 身份证复印件已收（", (e.id, "CHINA_RESIDENT_ID_NUMBER"), "），原件已核验\n"])
        d.parts(["- [x] 工资卡：", e.bank, " ", (fmt_card(e.card, "group"), "BANK_CARD_NUMBER"), "\n"])
        d.parts(["- [x] 联系方式：", (fmt_mobile(e.mobile, R.choice(["plain", "dash"])), "PHONE_NUMBER"), "；紧急联系人 ",
                 (e.ec.name, "PERSON_NAME"), "（", e.ec_rel, "）", (fmt_mobile(e.ec.mobile, "plain"), "PHONE_NUMBER"), "\n"])
        d.parts(["- [x] 企业邮箱：", (e.work_email, "EMAIL_ADDRESS"), "，初始密码 `", (password(), "CREDENTIAL"), "`（首次登录强制修改）\n"])
        d.t(f"- [x] 工卡：卡号 {e.badge}，门禁权限组 AG-{R.choice(['HQ-5F', 'HQ-ALL', 'SZ-28F'])}\n")
        lap = f"YQ-NB-{R.randint(1000, 9999)}"
        d.parts(["- [x] 笔记本：资产号 ", lap, "，型号 ThinkPad T14 Gen 4，SN PF", hexs(6, True),
                 "，有线 MAC ", (mac(), "MAC_ADDRESS"), "，无线 MAC ", (mac(), "MAC_ADDRESS"), "\n"])
        if R.random() < 0.7:
            d.parts(["- [x] 公司手机：Huawei nova 12（SN ", f"{R.choice(['QWE', 'HKX', 'DLB'])}{R.randint(10**9, 10**10 - 1)}",
                     "），IMEI ", (imei(), "IMEI_HARDWARE_ID"), "；SIM ICCID ", (iccid(), "ICCID_NUMBER"),
                     "，IMSI ", (imsi(), "IMSI_ID"), "\n"])
        d.parts(["- [ ] VPN 账号：", username(e), "（令牌序列号 FTK", str(R.randint(10**8, 10**9 - 1)), "），MFA 绑定手机 ",
                 mask_mobile(e.mobile), "\n"])
        if R.random() < 0.35:
            d.parts(["- [ ] 停车证：车牌 ", (plate(), "CHINA_LICENSE_PLATE"), "，车位 B2-", str(R.randint(1, 320)), "\n"])
        d.t(f"- [ ] 入职培训：课程 TR2024-0{R.randint(10, 40)}（信息安全与个人信息保护）\n\n")


# ----------------------------------------------------------------------------- 10. access control


def f_access():
    d = new_doc("access_control_events.log")
    doors = ["A座1F闸机01", "A座1F闸机02", "A座5F东门", "A座5F机房", "B座3F西门", "地库B2电梯厅", "SZ-28F前台门"]
    ts = 1717372800000 + 8 * 3600 * 1000 - 8 * 3600 * 1000  # 2024-06-03 08:00 +08:00
    sec = 8 * 3600
    for i in range(140):
        sec += R.randint(5, 160)
        hh, mm, ss = sec // 3600, (sec // 60) % 60, sec % 60
        ms = R.randint(0, 999)
        door = R.choice(doors)
        epoch = ts + (sec - 8 * 3600) * 1000 + ms
        r = R.random()
        if r < 0.82:
            e = R.choice(EMPLOYEES)
            res = R.choices(["通过", "拒绝-无权限", "拒绝-反潜回"], [93, 5, 2])[0]
            if i % 3 == 0:
                d.parts([f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d}.{ms:03d} [ACS-CTRL-{R.randint(1, 8):02d}] evt=1001 door=\"{door}\" dir={R.choice(['IN', 'OUT'])} card={e.badge} emp={e.empno} name=\"",
                         (e.name, "PERSON_NAME"), f"\" result={res} seq={epoch}\n"])
            else:
                d.parts([f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d},门禁点={door},方向={R.choice(['进', '出'])},卡号={e.badge},工号={e.empno},姓名=",
                         (e.name, "PERSON_NAME"), f",部门={e.dept[1]},结果={res}\n"])
        elif r < 0.92:
            d.t(f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d},门禁点={door},方向=进,卡号={R.randint(10**9, 4294967295)},工号=,姓名=,部门=,结果=拒绝-未登记卡\n")
        else:
            v = person(minority_ok=False)
            host = R.choice(EMPLOYEES)
            d.parts([f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d},门禁点=A座1F访客通道,方向=进,访客卡=V{R.randint(1, 300):04d},访客=",
                     (v.name, "PERSON_NAME"), ",访客手机=", (fmt_mobile(v.mobile, "plain"), "PHONE_NUMBER") if R.random() < 0.7 else mask_mobile(v.mobile),
                     ",被访人=", (host.name, "PERSON_NAME"), f",预约单=VIS20240603{R.randint(1000, 9999)},结果=通过\n"])
        if i % 60 == 59:
            d.t(f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d},SYSTEM,控制器心跳正常,fw=4.2.17,uptime={R.randint(100000, 999999)}s\n")


# ----------------------------------------------------------------------------- 11. VPN / HR auth


def f_vpn():
    d = new_doc("vpn_hr_auth_audit.log")
    t = 1717372800 - 8 * 3600 + 7 * 3600  # 07:00 +08
    gw = "10.10.0.1"
    for i in range(150):
        t += R.randint(3, 200)
        e = R.choice(EMPLOYEES)
        lt = t + 8 * 3600
        hh, mm, ss = (lt // 3600) % 24, (lt // 60) % 60, lt % 60
        kind = R.random()
        if kind < 0.42:
            ip = pub_ip()
            user = username(e) if R.random() < 0.7 else e.work_email
            ok = R.random() < 0.85
            parts = [f"date=2024-06-03 time={hh:02d}:{mm:02d}:{ss:02d} devname=\"FGT-HQ-01\" devid=\"FG200FT922900{R.randint(100, 999)}\" "
                     f"logid=\"{'0101039424' if ok else '0101039426'}\" type=\"event\" subtype=\"vpn\" level=\"{'information' if ok else 'alert'}\" "
                     f"eventtime={t}{R.randint(100, 999)}{R.randint(100000, 999999)} tunneltype=\"ssl-tunnel\" remip=", (ip, "IP_ADDRESS"), " user=\""]
            if "@" in user:
                parts += [(user, "EMAIL_ADDRESS")]
            else:
                parts += [user]
            parts += [f"\" group=\"SSLVPN-{e.dept[0]}\" dst_host=\"N/A\" reason=\"{'login successful' if ok else 'sslvpn_login_permission_denied'}\" "
                      f"msg=\"SSL user {'login' if ok else 'failed to log in'}\"\n"]
            d.parts(parts)
        elif kind < 0.52:
            # password typed into the username field
            ip = pub_ip()
            pw = password()
            d.parts([f"date=2024-06-03 time={hh:02d}:{mm:02d}:{ss:02d} devname=\"FGT-HQ-01\" logid=\"0101039426\" type=\"event\" subtype=\"vpn\" level=\"alert\" "
                     f"eventtime={t}{R.randint(100, 999)}{R.randint(100000, 999999)} tunneltype=\"ssl-web\" remip=", (ip, "IP_ADDRESS"),
                     " user=\"", (pw, "CREDENTIAL"), "\" group=\"N/A\" reason=\"sslvpn_login_unknown_user\" msg=\"SSL user failed to log in\"\n"])
        elif kind < 0.66:
            tip = f"10.212.{R.randint(130, 140)}.{R.randint(2, 254)}"
            d.parts([f"date=2024-06-03 time={hh:02d}:{mm:02d}:{ss:02d} devname=\"FGT-HQ-01\" logid=\"0101039947\" type=\"event\" subtype=\"vpn\" "
                     f"action=\"tunnel-up\" tunnelip=", (tip, "IP_ADDRESS"), " remip=", (pub_ip(), "IP_ADDRESS"),
                     f" user=\"{username(e)}\" fctuid=\"{hexs(32, True)}\" hostname=\"YQ-NB-{R.randint(1000, 9999)}\" client_mac=\"",
                     (mac(R.choice(['dash', 'colon'])), "MAC_ADDRESS"), f"\" os=\"Microsoft Windows 10 Professional Edition, 64-bit (build 19045)\" fctver=\"7.0.{R.randint(7, 12)}.{R.randint(100, 999)}\"\n"])
        elif kind < 0.86:
            ip = priv_ip() if R.random() < 0.6 else pub_ip()
            ok = R.random() < 0.8
            d.parts([f"{{\"ts\":{t}{R.randint(100, 999)},\"svc\":\"ehr-portal\",\"event\":\"{'LOGIN_SUCCESS' if ok else 'LOGIN_FAIL'}\",\"emp_id\":\"{e.empno}\",\"login\":\"",
                     (e.work_email, "EMAIL_ADDRESS"), "\",\"client_ip\":\"", (ip, "IP_ADDRESS"),
                     f"\",\"ua\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.{R.randint(6000, 6400)}.{R.randint(10, 200)}\","
                     f"\"trace_id\":\"{hexs(32)}\",\"mfa\":\"{R.choice(['sms', 'totp', 'none'])}\"}}\n"])
        elif kind < 0.94:
            ip = priv_ip()
            pw = password()
            d.parts([f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d}.{R.randint(0, 999):03d} DEBUG [http-nio-8080-exec-{R.randint(1, 40)}] c.y.ehr.auth.LoginController - "
                     "login payload: {\"username\":\"", username(e), "\",\"password\":\"", (pw, "CREDENTIAL"),
                     "\",\"captcha\":\"", f"{R.randint(1000, 9999)}", "\",\"from\":\"", (ip, "IP_ADDRESS"), "\"}\n"])
        else:
            d.parts([f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d}.{R.randint(0, 999):03d} INFO  [payroll-sync] POST https://api.{CORP_DOMAIN}/hr/v2/payroll/sync "
                     "headers={Authorization=Bearer ", (jwt(), "CREDENTIAL"), f", X-Request-Id={uuid4()}}} upstream=",
                     (gw, "IP_ADDRESS"), f":8443 status=200 cost={R.randint(20, 900)}ms\n"])
        if i % 50 == 0:
            d.t(f"2024-06-03 {hh:02d}:{mm:02d}:{ss:02d} INFO  [config] ehr-portal version 5.12.3-build.2024052701 sha256={hexs(64)}\n")
    d.t(f"2024-06-03 23:59:59 INFO  [config] ehr-portal sms gateway appKey=yq_ehr_prod appSecret=")
    d.p(hexs(32), "CREDENTIAL")
    d.t(f" endpoint=https://sms.{CORP_DOMAIN}/v1 sender={CORP_HOTLINE}\n")


# ----------------------------------------------------------------------------- 12. training sign-in


def f_training():
    d = new_doc("training_signin_TR2024-031.csv")
    d.t("课程编号,课程名称,场次,序号,姓名,工号,部门,手机号,签到时间,签到方式,签到位置,备注\n")
    venues = [("HQ-5F-大会议室", 116.2837, 40.0492), ("SZ-28F-培训室", 113.9447, 22.5233)]
    for i in range(1, 81):
        e = R.choice(EMPLOYEES) if R.random() < 0.8 else None
        if e is None:
            e = person()
            e.empno = "外包" + str(R.randint(100, 999))
            e.dept = (None, R.choice(["外包-测试", "外包-客服", "实习生"]))
        v = R.choice(venues)
        row = ["TR2024-031,信息安全与个人信息保护（2024版）,", f"S{R.randint(1, 3)},", f"{i},", (e.name, "PERSON_NAME"), ",",
               e.empno, ",", e.dept[1], ","]
        if R.random() < 0.9:
            row += [(fmt_mobile(e.mobile, R.choice(["plain"] * 7 + ["space", "dash"])), "PHONE_NUMBER"), ","]
        else:
            row += [",", ]
        row += [f"2024-06-{R.choice([11, 12, 13])} {R.choice([8, 9, 13])}:{R.randint(30, 59)}:{R.randint(0, 59):02d},"]
        if R.random() < 0.45:
            lng = v[1] + R.uniform(-0.0015, 0.0015)
            lat = v[2] + R.uniform(-0.0015, 0.0015)
            row += ["钉钉定位,", "\"", (f"{lng:.6f},{lat:.6f}", "LOCATION_COORDINATES"), "\","]
        else:
            row += [R.choice(["扫码", "扫码", "纸质签到"]), ",,"]
        row += [R.choice(["", "", "", "迟到", "代签已核实", "补签"]), "\n"]
        d.parts(row)
    d.t("\n合计,,,,,,,,,,,应到 86 人 实到 80 人 到课率 93.02%\n")


# ----------------------------------------------------------------------------- 13. children enrolment


def f_children():
    d = new_doc("employee_children_enrolment.csv")
    d.t("申请编号,学生姓名,性别,出生日期,身份证号,监护人姓名,关系,监护人工号,监护人身份证号,监护人手机,家庭住址,意向学校,学段,提交时间\n")
    schools = ["海淀区上地实验小学", "北京市第一〇一中学附属小学", "深圳市南山外国语学校（集团）科华学校", "合作幼儿园-西二旗园区"]
    for i in range(34):
        g = R.choice(EMPLOYEES)
        female = R.random() < 0.5
        y = R.choice(range(2014, 2021))
        ch = person(female=female, y0=y, y1=y, minority_ok=False, surname=getattr(g, "sur", None))
        ch.id = resident_id(g.live[0], ch.y, ch.m, ch.d, female)
        stage = "幼儿园" if ch.y >= 2019 else ("小学" if ch.y >= 2015 else "初中")
        row = [f"EDU2024{i + 1:04d},", (ch.name, "PERSON_NAME"), ",", "女" if female else "男", ",",
               (fmt_date(ch.y, ch.m, ch.d, R.choice(["iso", "slash"])), "DATE_OF_BIRTH"), ",",
               (ch.id, "CHINA_RESIDENT_ID_NUMBER"), ",", (g.name, "PERSON_NAME"), ",",
               "母亲" if g.female else "父亲", ",", g.empno, ","]
        if R.random() < 0.6:
            row += [(g.id, "CHINA_RESIDENT_ID_NUMBER"), ","]
        else:
            row += [g.id[:6] + "********" + g.id[-4:], ","]
        row += [(fmt_mobile(g.mobile, "plain"), "PHONE_NUMBER"), ",", "\"", (g.addr, "STREET_ADDRESS"), "\",",
                schools[3] if stage == "幼儿园" else R.choice(schools[:3]), ",", stage, ",", f"2024-05-{R.randint(6, 31):02d} {R.randint(8, 22):02d}:{R.randint(0, 59):02d}", "\n"]
        d.parts(row)


# ----------------------------------------------------------------------------- 14. background checks


def f_background():
    d = new_doc("background_check_reports.txt")
    for k in range(6):
        c = person(y0=1982, y1=1998, minority_ok=False)
        rep = f"BC{2024}{R.randint(10**6, 10**7 - 1)}"
        d.t("#" * 72 + "\n")
        d.t(f"            背景调查报告        报告编号：{rep}\n")
        d.t(f"委托方：{CORP_NAME}    调查机构：北京诚信在线背调服务有限公司（客服 400-600-{R.randint(1000, 9999)}）\n")
        d.t(f"委托日期：2024-05-{R.randint(10, 20)}    完成日期：2024-05-{R.randint(21, 31)}    授权书编号：AUTH-{R.randint(10**5, 10**6 - 1)}\n")
        d.t("-" * 72 + "\n一、候选人基本信息\n")
        d.parts(["  姓名：", (c.name, "PERSON_NAME"), "        性别：", "女" if c.female else "男", "\n"])
        d.parts(["  出生日期：", (fmt_date(c.y, c.m, c.d, "cn"), "DATE_OF_BIRTH"), "\n"])
        d.parts(["  身份证号码：", (c.id, "CHINA_RESIDENT_ID_NUMBER"), "（公安部身份核查：一致，照片比对 98.6%）\n"])
        if k in (1, 4):
            old = c.id[:6] + c.id[8:14] + f"{R.randint(0, 999):03d}"
            d.parts(["  曾用证件号（一代证）：", (old, "CHINA_RESIDENT_ID_NUMBER"), "\n"])
        if k % 2 == 0:
            d.parts(["  护照号码：", (passport(), "CHINA_PASSPORT"), "\n"])
        d.parts(["  联系电话：", (fmt_mobile(c.mobile, R.choice(["plain", "p86"])), "PHONE_NUMBER"), "    电子邮箱：", (c.email, "EMAIL_ADDRESS"), "\n"])
        d.parts(["  户籍地址：", (c.hukou, "STREET_ADDRESS"), "\n"])
        d.parts(["  现居住地址：", (c.addr, "STREET_ADDRESS"), "\n"])
        d.t("二、学历核验\n")
        school = R.choice(SCHOOLS)
        d.t(f"  {school} {R.choice(MAJORS)} 本科 {c.y + 18}-{c.y + 22}，学信网在线验证码 {hexs(4, True)}{R.randint(10**11, 10**12 - 1)}，结论：属实\n")
        d.t("三、工作履历核实\n")
        for j in range(2):
            ref = person(minority_ok=False)
            comp = R.choice(["深圳市腾达网络科技有限公司", "杭州海川数据技术有限公司", "北京星河互联信息技术有限公司",
                             "武汉光谷信息技术股份有限公司"])
            d.t(f"  {j + 1}. {comp}（统一社会信用代码 {make_uscc(R.choice(['440300', '330100', '110108', '420100']))}）\n")
            d.t(f"     在职时间：{2016 + j * 3}.0{R.randint(1, 9)} - {2019 + j * 3}.0{R.randint(1, 9)}，职位：{R.choice(TITLES)}，离职原因：个人发展\n")
            d.parts(["     证明人：", (ref.name, "PERSON_NAME"), "（", R.choice(["直属上级", "HRBP", "部门负责人"]), "），电话 ",
                     (fmt_mobile(ref.mobile, R.choice(["plain", "dash"])) if R.random() < 0.7 else fmt_landline(landline()), "PHONE_NUMBER"),
                     "，评价：", R.choice(["工作认真负责，无劳动纠纷", "沟通能力强，绩效B+以上", "无不良记录"]), "\n"])
        d.t("四、风险核查\n")
        d.t("  司法诉讼：未发现    失信被执行：未发现    违法犯罪记录：无（核查凭证号 FZ" + str(R.randint(10**9, 10**10 - 1)) + "）\n")
        d.t(f"  金融风险：未发现    工商任职：{R.choice(['无', '股东（持股 5%），企业状态：注销'])}\n")
        d.t(f"五、结论：{R.choice(['绿色 — 未发现异常', '黄色 — 履历时间存在 2 个月差异，已由候选人书面说明'])}\n")
        d.parts(["调查员：", (person(minority_ok=False).name, "PERSON_NAME"), "    审核：", (person(minority_ok=False).name, "PERSON_NAME"),
                 "    报告哈希：", hashlib.sha256(rep.encode()).hexdigest(), "\n\n"])


# ----------------------------------------------------------------------------- 15. labour contracts


def f_contracts():
    d = new_doc("labour_contracts.txt")
    legal_rep = person(female=False, minority_ok=False)
    for e in EMPLOYEES[40:47]:
        sz = R.random() < 0.3
        cno = f"YQ-LC-{2024}-{R.randint(1000, 9999)}"
        d.t(f"劳动合同书\n合同编号：{cno}\n\n")
        d.t(f"甲方（用人单位）：{CORP_NAME_SZ if sz else CORP_NAME}\n")
        d.t(f"统一社会信用代码：{CORP_USCC_SZ if sz else CORP_USCC}\n")
        d.parts(["法定代表人：", (legal_rep.name, "PERSON_NAME"), "\n"])
        d.t(f"住所：{CORP_ADDR_SZ if sz else CORP_ADDR}\n联系电话：{'0755-8663 5500' if sz else CORP_SWITCH}\n\n")
        d.parts(["乙方（劳动者）：", (e.name, "PERSON_NAME"), "    性别：", "女" if e.female else "男", "\n"])
        d.parts(["居民身份证号码：", (e.id, "CHINA_RESIDENT_ID_NUMBER"), "\n"])
        d.parts(["出生日期：", (fmt_date(e.y, e.m, e.d, "cn"), "DATE_OF_BIRTH"), "\n"])
        d.parts(["户籍地址：", (e.hukou, "STREET_ADDRESS"), "\n"])
        d.parts(["通讯地址：", (e.addr, "STREET_ADDRESS"), "\n"])
        d.parts(["联系电话：", (fmt_mobile(e.mobile, R.choice(["plain", "plain", "space"])), "PHONE_NUMBER"), "\n"])
        d.parts(["紧急联系人：", (e.ec.name, "PERSON_NAME"), "  电话：", (fmt_mobile(e.ec.mobile, "plain"), "PHONE_NUMBER"), "\n\n"])
        hy, hm, hd = e.hire
        d.t("第一条 合同期限\n")
        d.t(f"本合同为固定期限劳动合同，期限自{hy}年{hm}月{hd}日起至{hy + 3}年{hm}月{hd}日止，其中试用期{R.choice([3, 6])}个月。\n")
        d.t("第二条 工作内容和工作地点\n")
        d.t(f"乙方同意在{e.dept[1]}担任{e.title}岗位，工作地点为{'深圳市南山区' if sz else '北京市海淀区'}。\n")
        d.t("第三条 劳动报酬\n")
        d.parts([f"乙方月基本工资为人民币{e.salary:,}元（试用期工资为{int(e.salary * 0.8):,}元），甲方于每月10日前以货币形式支付至乙方账户：",
                 e.bank, " ", (fmt_card(e.card), "BANK_CARD_NUMBER"), "。\n"])
        d.t("第四条 社会保险\n甲方依法为乙方缴纳养老、医疗、失业、工伤、生育保险及住房公积金，个人部分由甲方代扣代缴。\n")
        d.t("第五条 保密与竞业限制\n乙方对在工作中知悉的用户个人信息、商业秘密负有保密义务，保密期限不因本合同终止而终止。\n\n")
        d.t(f"甲方（盖章）：                         乙方（签字）：\n")
        d.parts([f"签订日期：{hy}年{hm}月{hd}日               签订日期：{hy}年{hm}月{hd}日        签字：", (e.name, "PERSON_NAME"), "\n"])
        d.t("\n" + "～" * 30 + "\n\n")


# ----------------------------------------------------------------------------- 16. resignation letters


def f_resign():
    d = new_doc("resignation_letters.txt")
    for e in EMPLOYEES[47:55]:
        mgr = R.choice(EMPLOYEES[:20])
        last = f"2024年{R.randint(6, 8)}月{R.randint(1, 30)}日"
        d.t(f"【离职申请】编号 LZ2024{R.randint(1000, 9999)}    提交时间 2024-05-{R.randint(10, 31)} {R.randint(9, 21):02d}:{R.randint(0, 59):02d}\n\n")
        d.t("辞职信\n\n")
        d.parts(["尊敬的", mgr.name[0], "总及", e.dept[1], "各位领导：\n\n"])
        d.parts(["    我是", e.dept[1], "的", (e.name, "PERSON_NAME"), "（工号 ", e.empno, "），自", str(e.hire[0]), "年入职以来，",
                 "感谢公司的培养。因个人职业规划及家庭原因，现正式提出辞职，预计最后工作日为", last, "。",
                 "离职前我会与", (mgr.name, "PERSON_NAME"), "做好工作交接，确保项目 PRJ-", str(R.randint(100, 999)), " 平稳过渡。\n\n"])
        d.parts(["    离职后如有需要，可通过手机 ", (fmt_mobile(e.mobile, R.choice(["plain", "fw", "dash"])), "PHONE_NUMBER"),
                 " 或个人邮箱 ", (e.email, "EMAIL_ADDRESS"), " 联系我。离职证明请邮寄至：", (e.addr, "STREET_ADDRESS"), "。\n\n"])
        d.parts(["此致\n敬礼！\n\n申请人：", (e.name, "PERSON_NAME"), "\n", last.replace("月", "月").split("年")[0], "年05月",
                 str(R.randint(10, 31)), "日\n\n"])
        d.t("—— HR 处理备注 ——\n")
        d.parts(["经办：", (R.choice(EMPLOYEES[:10]).name, "PERSON_NAME"), "；资产回收：笔记本 YQ-NB-", str(R.randint(1000, 9999)),
                 "、工卡 ", e.badge, "；社保减员月份 2024-0", str(R.randint(6, 8)), "；单位公积金账号 ", str(R.randint(10**10, 10**11 - 1)),
                 "；最后一期工资仍发至尾号 ", e.card[-4:], " 的工资卡。\n\n"])
        d.t("=" * 50 + "\n\n")


# ----------------------------------------------------------------------------- 17. DingTalk org export


def f_dingtalk():
    d = new_doc("dingtalk_org_export.json")
    d.t('{\n  "corp_id": "ding' + hexs(16) + '",\n  "corp_name": "' + CORP_NAME + '",\n  "export_time": 1717558260000,\n  "departments": [\n')
    for i, (code, nm) in enumerate(DEPTS):
        d.t(f'    {{"dept_id": {R.randint(400000000, 999999999)}, "name": "{nm}", "parent_id": 1, "order": {i + 1}, "source_identifier": "{code}"}}'
            + ("," if i < len(DEPTS) - 1 else "") + "\n")
    d.t('  ],\n  "users": [\n')
    users = EMPLOYEES[:45]
    for i, e in enumerate(users):
        d.t("    {\n")
        d.t(f'      "userid": "{R.choice(["manager", "user", ""])}{R.randint(1000, 99999999)}",\n')
        d.t(f'      "unionid": "{b64url(22)}iE",\n')
        d.parts(['      "name": "', (e.name, "PERSON_NAME"), '",\n'])
        d.parts(['      "state_code": "86",\n      "mobile": "', (e.mobile, "PHONE_NUMBER"), '",\n'])
        if R.random() < 0.15:
            d.parts(['      "telephone": "', (fmt_landline(landline(), "dash"), "PHONE_NUMBER"), '",\n'])
        else:
            d.t('      "telephone": "",\n')
        d.t(f'      "job_number": "{e.empno}",\n      "title": "{e.title}",\n')
        d.parts(['      "org_email": "', (e.work_email, "EMAIL_ADDRESS"), '",\n'])
        if R.random() < 0.3:
            d.parts(['      "email": "', (e.email, "EMAIL_ADDRESS"), '",\n'])
        d.t(f'      "work_place": "{R.choice([CORP_ADDR, CORP_ADDR_SZ])}",\n')
        d.t(f'      "dept_id_list": [{R.randint(400000000, 999999999)}],\n')
        d.t(f'      "hired_date": {1500000000000 + R.randint(0, 217000000) * 1000},\n')
        d.t(f'      "avatar": "https://static-legacy.dingtalk.com/media/lADP{b64url(24)}_240_240.jpg",\n')
        d.t(f'      "active": true, "admin": {"true" if i < 3 else "false"}, "boss": {"true" if i == 0 else "false"}, '
            f'"leader": {R.choice(["true", "false", "false"])}, "exclusive_account": false,\n')
        d.t(f'      "remark": "{R.choice(["", "", "外派深圳", "兼任安全委员会成员", "产假中"])}"\n')
        d.t("    }" + ("," if i < len(users) - 1 else "") + "\n")
    d.t("  ]\n}\n")


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    for fn in (f_master, f_tsv, f_payslips, f_bank_batch, f_ats, f_resume_zh, f_resume_en, f_ics,
               f_onboarding, f_access, f_vpn, f_training, f_children, f_background, f_contracts,
               f_resign, f_dingtalk):
        fn()
    all_labels = []
    for doc in ALL_DOCS:
        path = os.path.join(out, doc.name)
        with open(path, "wb") as fh:
            fh.write(bytes(doc.buf))
        with open(path, "rb") as fh:
            data = fh.read()
        data.decode("utf-8")
        for lab in doc.labels:
            assert data[lab["start"]:lab["end"]].decode("utf-8") == lab["_v"], lab
            all_labels.append({k: lab[k] for k in ("file", "start", "end", "type")})
            check(lab["type"], lab["_v"])
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in all_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    counts = {}
    for lab in all_labels:
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
    print(f"{len(ALL_DOCS)} files, {len(all_labels)} labels")
    for k in sorted(counts):
        print(f"  {k:28s} {counts[k]}")


def check(typ, v):
    """Sanity checks of generated identifiers."""
    if typ == "CHINA_RESIDENT_ID_NUMBER":
        assert len(v) == 15 or id_ok(v), v
    elif typ == "BANK_CARD_NUMBER":
        assert luhn_ok(v.replace(" ", "")), v
    elif typ == "IMEI_HARDWARE_ID":
        assert len(v) == 15 and luhn_ok(v), v
    elif typ == "PHONE_NUMBER":
        ascii_v = v.translate(str.maketrans("０１２３４５６７８９＋－", "0123456789+-"))
        digits = "".join(ch for ch in ascii_v if ch.isdigit() or ch == "+")
        if digits.startswith("+852"):
            return
        if digits.startswith("0086"):
            digits = "+86" + digits[4:]
        elif digits.startswith("86") and len(digits) == 13:
            digits = "+" + digits
        x = phonenumbers.parse(digits, "CN")
        assert phonenumbers.is_valid_number(x), v
    elif typ == "ICCID_NUMBER":
        assert v.startswith("8986") and len(v) in (19, 20), v
    elif typ == "IMSI_ID":
        assert v.startswith("460") and len(v) == 15, v


if __name__ == "__main__":
    main()
