#!/usr/bin/python3
"""Synthetic, labelled corpus: office and enterprise-service data of a Chinese telecom operator's
政企 (government & enterprise) business: what its enterprise customers and its own back office
produce (OA approvals, attendance, expenses, CRM, contracts, VPMN, helpdesk, directory ...).

All people, numbers and addresses are invented. The operator ("华信移动"), its customers and all
other companies are fictitious.

Files
-----
oa_approval_export_202406.json   DingTalk-style OA approval export (请假/报销/用印/出差), pretty JSON:
                                 applicant in the title ("张伟提交的请假申请"), approvers, hand-over
                                 people, emergency phones, reimbursement bank cards, ID / HK-Macau
                                 permit numbers for ticket booking, field check-in "lng,lat" pair;
                                 business ids, invoice numbers and payee tax ids are noise.
oa_approval_notices_202406.txt   WeCom approval notifications exported as text: names in flow
                                 chains "A(已同意) → B(审批中)", phones (full-width, +86, 0086),
                                 hotel ID numbers, pool-car plates, bank cards, masked phones.
dingtalk_attendance_202406.csv   Attendance export (UTF-8 BOM): names, employee numbers, separate
                                 经度 / 纬度 columns, office Wi-Fi BSSID (not labelled), the phone's
                                 MAC (labelled), 居家办公 check-ins at a home address.
expense_reports_2024Q2.csv       Expense reports: payee bank cards, names in the 事由 text; invoice
                                 codes / numbers, seller tax ids, vendor corporate accounts are noise.
crm_contacts_export.csv          CRM contact export with English column names: Chinese names, pinyin
                                 names (Zhang Wei / ZHANG Wei / Wei Zhang / Kevin Zhang), birthdates
                                 in several formats, gift-delivery home addresses, a foreign contact.
sales_visit_notes_2024-06.txt    拜访记录 in Chinese prose: contacts' names, phones and home addresses
                                 inside sentences; company addresses and switchboards are not PI.
meeting_room_bookings_202406.log Meeting-room booking server log: organisers, attendees, guests,
                                 guests' mobiles and plates, extensions (not PI).
business_card_ocr_results.json   名片识别 results: name / name_en / mobile / email fields and raw OCR
                                 lines; company tel-with-extension, fax and address are not PI.
group_customer_contracts.txt     集团客户 contracts: legal representative, 经办人 with ID and phone,
                                 account manager, member list; company names, USCC, registered
                                 addresses and corporate bank accounts are not labelled.
vpmn_member_list_202406.csv      集团短号 (VPMN) member lists: names, mobiles; short numbers are not PI.
broadband_install_orders.jsonl   Broadband orders (one JSON per line): enterprise lines (company
                                 address, static IPs, ONU MAC: not PI) and members' home broadband
                                 (home address, ID, geo pair, PPPoE password, ONU MAC: PI).
visitor_registration_202406.csv  访客登记 from an ID-card reader: name, birth date, ID / passport /
                                 HK-Macau permit / residence-permit number, ID-card address, phone,
                                 plate, host employee, guard.
email_thread_sdwan_rollout.txt   English e-mail thread (Chinese and foreign colleagues): headers,
                                 quoted text, signatures with Latin names, +86 / +49 / +65 phones,
                                 a temporary password, an English-form home address.
itsm_tickets_export_202406.csv   IT helpdesk export: requester, mobile, workstation IP / MAC,
                                 temporary passwords, token seeds and a lost phone's IMEI in the
                                 resolution text.
ldap_users_export.ldif           OpenLDAP export: cn in Latin script, mail, mobile, homePhone,
                                 homePostalAddress (English), birth date, {SSHA} and plaintext
                                 userPassword; base64 (::) values, uid, sn, givenName are not labelled.
payroll_confirmation_202406.csv  工资确认表: names, ID numbers, salary cards, signature column.
weekly_report_2024W24.md         Markdown weekly report: bullets, a table, @mentions, a leaked test
                                 password, commit hash and version strings.
internal_directory_2024-06.csv   通讯录: names, English names, 4-digit extensions and VPMN short
                                 numbers (not PI), personal direct lines, mobiles, e-mails.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive).

Label conventions
-----------------
* PHONE_NUMBER: a person's number as written, including +86 / 0086 / 86 prefixes, spaces, dashes,
  full-width digits, and foreign mobiles (+49, +44, +65 ...); a direct landline assigned to one
  person (办公直线, homePhone) is labelled.  Company switchboards / main numbers (also when written
  with 转 / ext. / -NNN extension), fax numbers, hotlines (10086, 400-..., 95xxx), 4-digit
  extensions, VPMN short numbers (6xxx, 8000) and masked numbers (138****1234) are not labelled.
* PERSON_NAME: full names of private people (employees, customers' contacts and legal
  representatives, visitors, installers, relatives), every occurrence, Chinese or Latin script
  (张伟, Zhang Wei, ZHANG Wei, Wei Zhang, Kevin Zhang, Sarah O'Connell).  A name is labelled without
  surrounding text ("张伟提交的请假申请" labels "张伟"; "@张伟" labels "张伟").  Not labelled:
  surname + title (王总, 张工), a given name alone (greetings "Hi Wei," / LDAP givenName), a
  surname alone (LDAP sn), login ids (zhangwei), company and department names.
* EMAIL_ADDRESS: personal and work addresses of people; role mailboxes (it-helpdesk@...) are not.
* DATE_OF_BIRTH: birth dates only (CRM Birthdate, ID-reader 出生日期, LDAP hxBirthDate) in any
  format; approval, booking, visit, contract, pay and creation dates are not.
* STREET_ADDRESS: a person's home / delivery / installation address whole, Chinese or English
  form.  Company office, registered and mailing addresses (also as check-in or shipping
  addresses), and the operator's address are not labelled.
* CHINA_RESIDENT_ID_NUMBER includes 81/82 residence-permit numbers; a lower-case x is labelled.
* BANK_CARD_NUMBER: personal cards (salary, reimbursement), with or without group spaces.
  Corporate settlement accounts (对公账号) are not labelled.
* CREDENTIAL: the password / token / secret value only (temporary and reset passwords, PPPoE
  passwords, token seeds, LDAP userPassword values including the {SSHA} prefix).
* LOCATION_COORDINATES: a person's check-in / home geo: a "lng,lat" pair in one value is one label;
  separate longitude and latitude columns are labelled individually.
* MAC_ADDRESS: a person's device only (the phone in attendance, workstation NIC, a household's
  ONU).  Office Wi-Fi BSSIDs and an enterprise customer's ONU are not labelled.
* IMEI_HARDWARE_ID: a person's phone (15 digits, Luhn-valid); MDM device ids are not labelled.
* IP_ADDRESS: users' devices only (workstation IPs, a user's public IP); switches, gateways and
  enterprise static-IP blocks are not labelled.
* Not labelled: employee numbers, approval / business / ticket / order ids (incl. 18-digit order
  ids), invoice codes and numbers, USCC / tax ids, 集团编号, epoch timestamps, FILETIME-like
  numbers, amounts, UUIDs, hashes, commit ids, version strings, device serials and ids, asset
  tags, base64 LDAP values, postcodes.

usage: make_corpus.py [--out DIR]
"""
import argparse
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys

import phonenumbers
from stdnum.cn import ric, uscc

SEED = 20240617
R = random.Random(SEED)
DIG = "0123456789"
HEXU = "0123456789ABCDEF"

# ----------------------------------------------------------------------------- document helper


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        """parts: str (plain) or (value, TYPE) tuples (labelled)."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                v, typ = p
                if typ is None or v == "":
                    self.buf += v.encode("utf-8")
                    continue
                s = len(self.buf)
                self.buf += v.encode("utf-8")
                self.labels.append((s, len(self.buf), typ, v))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf += p.encode("utf-8")


def L(v, t):
    return (v, t)


# ----------------------------------------------------------------------------- pools

SURN = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
        ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
        ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
        ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
        ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
        ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"),
        ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
        ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"),
        ("姚", "yao"), ("卢", "lu"), ("钟", "zhong"), ("陆", "lu"), ("汪", "wang"), ("金", "jin"),
        ("方", "fang"), ("邵", "shao"), ("钱", "qian"), ("俞", "yu"), ("楼", "lou"), ("应", "ying"),
        ("欧阳", "ouyang"), ("诸葛", "zhuge"), ("上官", "shangguan"), ("司马", "sima")]
SURN_W = [10] * 20 + [4] * 40 + [1] * 4

KID_GIVEN = [("子涵", "zihan"), ("梓轩", "zixuan"), ("一诺", "yinuo"), ("欣怡", "xinyi"), ("浩然", "haoran"),
             ("雨桐", "yutong"), ("宇轩", "yuxuan"), ("诗涵", "shihan"), ("子墨", "zimo"), ("思远", "siyuan"),
             ("若汐", "ruoxi"), ("沐阳", "muyang"), ("语桐", "yutong"), ("俊熙", "junxi"), ("佳怡", "jiayi"),
             ("博文", "bowen"), ("锦程", "jincheng"), ("可馨", "kexin"), ("嘉懿", "jiayi"), ("一鸣", "yiming"),
             ("睿", "rui"), ("涵", "han"), ("泽宇", "zeyu"), ("皓轩", "haoxuan"), ("梓萱", "zixuan"),
             ("依诺", "yinuo"), ("昊天", "haotian"), ("安琪", "anqi"), ("欣妍", "xinyan"), ("奕辰", "yichen"),
             ("晨曦", "chenxi"), ("明轩", "mingxuan"), ("紫萱", "zixuan"), ("子豪", "zihao"), ("雨萱", "yuxuan"),
             ("天佑", "tianyou"), ("思彤", "sitong"), ("梦瑶", "mengyao"), ("俊杰", "junjie"), ("宇航", "yuhang"),
             ("乐瑶", "leyao"), ("文博", "wenbo"), ("芷若", "zhiruo"), ("嘉豪", "jiahao"), ("诗琪", "shiqi"),
             ("一凡", "yifan"), ("思琪", "siqi"), ("家乐", "jiale"), ("子睿", "zirui"), ("欣然", "xinran"),
             ("逸飞", "yifei"), ("书瑶", "shuyao"), ("弘毅", "hongyi"), ("舒涵", "shuhan"), ("铭", "ming"),
             ("悦", "yue"), ("宸", "chen"), ("彤", "tong"), ("天宇", "tianyu"), ("雅琪", "yaqi")]
ADULT_GIVEN = [("建国", "jianguo"), ("丽华", "lihua"), ("伟", "wei"), ("芳", "fang"), ("秀英", "xiuying"),
               ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"),
               ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
               ("明", "ming"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
               ("建华", "jianhua"), ("志强", "zhiqiang"), ("海燕", "haiyan"), ("红梅", "hongmei"),
               ("晓东", "xiaodong"), ("雪梅", "xuemei"), ("国强", "guoqiang"), ("立新", "lixin"),
               ("玉兰", "yulan"), ("文杰", "wenjie"), ("婷婷", "tingting"), ("慧", "hui"), ("鹏", "peng"),
               ("晓燕", "xiaoyan"), ("永刚", "yonggang"), ("卫东", "weidong"), ("春燕", "chunyan"),
               ("俊", "jun"), ("海峰", "haifeng"), ("建平", "jianping"), ("丽萍", "liping"), ("志刚", "zhigang"),
               ("晓红", "xiaohong"), ("国华", "guohua"), ("美玲", "meiling"), ("振华", "zhenhua"),
               ("少华", "shaohua"), ("佳", "jia"), ("琳", "lin"), ("颖", "ying"), ("晶晶", "jingjing"),
               ("亚楠", "yanan"), ("思敏", "simin"), ("浩", "hao"), ("凯", "kai"), ("宁", "ning"), ("雯", "wen")]
MINORITY = [("阿依古丽·买买提", "ayiguli", "650102", "维吾尔族", 1),
            ("古丽娜尔·艾力", "gulinaer", "650102", "维吾尔族", 1),
            ("买买提江·吐尔逊", "maimaitijiang", "650102", "维吾尔族", 0),
            ("扎西顿珠", "zhaxidunzhu", "540102", "藏族", 0),
            ("次仁卓玛", "cirenzhuoma", "540102", "藏族", 1),
            ("努尔艾力·阿不都", "nueraili", "650102", "维吾尔族", 0)]

FEMALE = set("欣怡 雨桐 诗涵 若汐 语桐 佳怡 可馨 嘉懿 梓萱 依诺 安琪 欣妍 晨曦 紫萱 雨萱 思彤 梦瑶 乐瑶 芷若 诗琪 "
             "思琪 欣然 书瑶 舒涵 悦 彤 雅琪 涵 丽华 芳 秀英 敏 静 丽 艳 娟 秀兰 霞 海燕 红梅 雪梅 玉兰 婷婷 慧 晓燕 "
             "春燕 丽萍 晓红 美玲 佳 琳 颖 晶晶 亚楠 思敏 雯".split())
UNISEX = set("一诺 子涵 平 宁 一凡 晨曦 子睿".split())

# region code -> (province, city, district). prov == city for municipalities.
REGIONS = [
    ("330102", "浙江省", "杭州市", "上城区"), ("330105", "浙江省", "杭州市", "拱墅区"),
    ("330106", "浙江省", "杭州市", "西湖区"), ("330108", "浙江省", "杭州市", "滨江区"),
    ("330109", "浙江省", "杭州市", "萧山区"), ("330110", "浙江省", "杭州市", "余杭区"),
    ("330203", "浙江省", "宁波市", "海曙区"), ("330302", "浙江省", "温州市", "鹿城区"),
    ("330382", "浙江省", "温州市", "乐清市"), ("330402", "浙江省", "嘉兴市", "南湖区"),
    ("330522", "浙江省", "湖州市", "长兴县"), ("330602", "浙江省", "绍兴市", "越城区"),
    ("330782", "浙江省", "金华市", "义乌市"), ("331002", "浙江省", "台州市", "椒江区"),
    ("110105", "北京市", "北京市", "朝阳区"), ("110108", "北京市", "北京市", "海淀区"),
    ("310104", "上海市", "上海市", "徐汇区"), ("310115", "上海市", "上海市", "浦东新区"),
    ("320102", "江苏省", "南京市", "玄武区"), ("320583", "江苏省", "苏州市", "昆山市"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("370212", "山东省", "青岛市", "崂山区"), ("410105", "河南省", "郑州市", "金水区"),
    ("420111", "湖北省", "武汉市", "洪山区"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("440106", "广东省", "广州市", "天河区"), ("440305", "广东省", "深圳市", "南山区"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("500112", "重庆市", "重庆市", "渝北区"),
    ("510107", "四川省", "成都市", "武侯区"), ("520102", "贵州省", "贵阳市", "南明区"),
    ("530102", "云南省", "昆明市", "五华区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("620102", "甘肃省", "兰州市", "城关区"), ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
    ("540102", "西藏自治区", "拉萨市", "城关区"), ("350203", "福建省", "厦门市", "思明区"),
    ("130102", "河北省", "石家庄市", "长安区"), ("140105", "山西省", "太原市", "小店区"),
    ("210102", "辽宁省", "沈阳市", "和平区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
]
REG = {r[0]: r for r in REGIONS}
HZ = [r for r in REGIONS if r[2] == "杭州市"]
ZJ = [r for r in REGIONS if r[1] == "浙江省"]

HZ_ROADS = ["文三路", "文一西路", "古墩路", "莫干山路", "教工路", "学院路", "丰潭路", "天目山路", "紫荆花路",
            "江南大道", "滨盛路", "西溪路", "余杭塘路", "萍水街", "湖墅南路", "秋涛路", "钱江路", "金城路",
            "文二西路", "五常大道", "良睦路", "东信大道", "闻涛路", "石桥路"]
GEN_ROADS = ["人民路", "解放路", "中山路", "建设路", "胜利街", "光明路", "和平路", "新华路", "长江路",
             "黄河路", "东风路", "幸福路", "青年路", "建设三路", "学府路", "世纪大道", "滨河路", "朝阳路",
             "工业路", "友谊路", "文化路", "北京路", "花园路", "振兴路"]
COMMS = ["翠苑一区", "文鼎苑", "嘉绿苑", "万科城", "阳光花园", "锦绣江南", "金色家园", "碧桂园", "绿城桂花园",
         "世纪花城", "骆家庄", "蓝庭花园", "城西银泰公寓", "和家园", "闲林山水", "滨江金色海岸", "紫金港花园",
         "西溪诚园", "保利天汇", "融创河滨之城", "新城府", "恒大名都", "中海国际社区", "龙湖春江郦城"]
TOWNS = [("瓶窑镇", "南山村"), ("良渚街道", "港南村"), ("义桥镇", "湘南村"), ("太湖街道", "新港村"),
         ("柳市镇", "长虹村"), ("虹桥镇", "东联村"), ("大溪镇", "湖头村"), ("塘栖镇", "丁河村")]

BANKS = [("621700", 19, "中国建设银行"), ("622848", 19, "中国农业银行"), ("622202", 19, "中国工商银行"),
         ("621226", 19, "中国工商银行"), ("621661", 19, "中国银行"), ("621485", 16, "招商银行"),
         ("622588", 16, "招商银行"), ("622188", 19, "中国邮政储蓄银行"), ("621799", 19, "中国邮政储蓄银行"),
         ("622908", 18, "兴业银行"), ("622262", 19, "交通银行"), ("623668", 19, "中国建设银行")]

MOB_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198",
                "199", "147", "134"]
MOB_W = [5] * 9 + [4] * 10 + [2] * 8 + [4] * 8 + [2] * 4

# ----------------------------------------------------------------------------- generators


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def hexs(n, upper=True):
    s = "".join(R.choice(HEXU) for _ in range(n))
    return s if upper else s.lower()


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def mobile():
    while True:
        n = R.choices(MOB_PREFIXES, MOB_W)[0] + digits(8)
        p = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


def landline(area="0571"):
    while True:
        n = area + R.choice("2345678") + digits(7 if area in ("010", "021", "020") or len(area) == 4 else 6)
        p = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(p):
            return n


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def fmt_mob(n, style):
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
    if style == "+86-":
        return "+86-" + n
    if style == "0086":
        return "0086" + n
    if style == "86":
        return "86" + n
    if style == "fw":
        return n.translate(FW)
    raise ValueError(style)


def mask_mob(n):
    return n[:3] + "****" + n[7:]


def fmt_land(n, style="dash"):
    area = n[:3] if n[:3] in ("010", "021", "020") else n[:4]
    rest = n[len(area):]
    if style == "dash":
        return f"{area}-{rest}"
    if style == "paren":
        return f"({area}){rest}"
    return n


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1)
    b = dt.date(y1, 12, 31)
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def make_id(code, dob, sex):
    # sex: 1 male, 0 female
    while True:
        seq = R.randrange(0, 1000)
        if seq % 2 == sex:
            break
    body = f"{code}{dob:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # the function drops the last character


def id15(code, dob, sex):
    while True:
        seq = R.randrange(0, 1000)
        if seq % 2 == sex:
            return f"{code}{dob:%y%m%d}{seq:03d}"


def bank_card(spaced=False):
    b, n, bank = R.choice(BANKS)
    body = b + digits(n - len(b) - 1)
    num = body + luhn_check(body)
    if spaced:
        num = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num, bank


def imei(tac=None):
    tac = tac or R.choice(["86891003", "86753203", "86936504", "35386910", "86446205", "86769704",
                           "35467211", "86401806", "86813705", "86264305"])
    body = tac + digits(6)
    return body + luhn_check(body)


def imsi(mnc=None):
    mnc = mnc or R.choices(["00", "02", "07", "01", "06", "03", "11", "15"], [5, 2, 1, 3, 1, 2, 1, 1])[0]
    return "460" + mnc + digits(10)


def iccid(op="00"):
    body = "8986" + op + digits(13)
    return body + luhn_check(body)


def meid(upper=True):
    return ("A" + R.choice("0123456789ABCDEF") + hexs(12)) if upper else ("a" + R.choice("0123456789abcdef") + hexs(12, False))


def mac(style="colon", rnd=False):
    b = [R.randrange(256) for _ in range(6)]
    if rnd:
        b[0] = (b[0] & 0xFC) | 0x02
    else:
        b[0] = b[0] & 0xFC
    h = ["%02x" % x for x in b]
    if style == "colon":
        return ":".join(h)
    if style == "COLON":
        return ":".join(h).upper()
    if style == "DASH":
        return "-".join(h).upper()
    if style == "dash":
        return "-".join(h)
    if style == "cisco":
        s = "".join(h)
        return f"{s[0:4]}.{s[4:8]}.{s[8:12]}"
    if style == "bare":
        return "".join(h)
    if style == "BARE":
        return "".join(h).upper()
    raise ValueError(style)


def ipv4_public():
    first = R.choice([36, 39, 42, 49, 58, 60, 61, 101, 110, 112, 113, 114, 115, 117, 120, 122, 123, 125,
                      171, 180, 183, 218, 220, 221, 222, 223])
    return f"{first}.{R.randrange(1, 255)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"


def ipv6_user():
    pre = R.choice(["2408:8456", "2409:8a28", "240e:3b4", "2409:891e", "240e:47d", "2001:da8:e000"])
    parts = pre.split(":")
    while len(parts) < 8:
        parts.append("%x" % R.randrange(0, 65536))
    return ":".join(parts)


def passport():
    k = R.random()
    if k < 0.55:
        return "E" + digits(8)
    if k < 0.85:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


def hk_permit():
    k = R.random()
    if k < 0.6:
        return "C" + digits(8)
    if k < 0.8:
        return "C" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "W" + digits(8)


def plate(newenergy=False, prov="浙", city=None):
    city = city or R.choice("AAAABCDEFGHJ")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if newenergy:
        tail = R.choice("DF") + (R.choice(letters) if R.random() < 0.3 else R.choice(DIG)) + digits(4)
    else:
        chars = [R.choice(DIG) for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[i] = R.choice(letters)
        tail = "".join(chars)
    return prov + city + tail


def uscc_code(region="330106", kind="91"):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        org = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(alphabet.index(c) * wi for c, wi in zip(org, w))
        c = 11 - s % 11
        org += "X" if c == 10 else ("0" if c == 11 else str(c))
        body = kind + region + org
        code = body + uscc.calc_check_digit(body)
        if uscc.is_valid(code):
            return code


def person(kind="kid", regions=None, sex=None, surname=None):
    regions = regions or HZ
    if kind == "young" and R.random() < 0.04:
        nm, py, code, eth, sx = R.choice(MINORITY)
        dob = rand_date(2001, 2004)
        return dict(name=nm, py=py, sur=nm[:1], sex=sx, dob=dob, id=make_id(code, dob, sx),
                    reg=REG[code], eth=eth, given_py=py)
    s, spy = surname or R.choices(SURN, SURN_W)[0]
    pool = ADULT_GIVEN if kind in ("adult", "old") else KID_GIVEN + (ADULT_GIVEN[40:] if kind == "young" else [])
    sx = R.randrange(2) if sex is None else sex
    pool = [g for g in pool if (g[0] in FEMALE) == (sx == 0) or g[0] in UNISEX]
    g, gpy = R.choice(pool)
    if kind == "kid":
        dob = rand_date(2006, 2017)
    elif kind == "young":
        dob = rand_date(2000, 2004)
    elif kind == "old":
        dob = rand_date(1950, 1962)
    else:
        dob = rand_date(1966, 1992)
    reg = R.choice(regions)
    eth = "汉族" if R.random() < 0.94 else R.choice(["回族", "畲族", "满族", "土家族", "苗族"])
    return dict(name=s + g, py=spy + gpy, sur=s, sur_py=spy, given_py=gpy, sex=sx, dob=dob,
                id=make_id(reg[0], dob, sx), reg=reg, eth=eth)


def address(reg=None, style=None):
    reg = reg or R.choice(HZ)
    code, prov, city, dist = reg
    roads = HZ_ROADS if city == "杭州市" else GEN_ROADS
    style = style or R.choices(["full", "short", "rural", "lane", "jiedao"], [5, 2, 1, 1, 2])[0]
    pc = prov + dist if prov == city else prov + city + dist
    n = R.randrange(1, 999)
    b, u, r = R.randrange(1, 32), R.randrange(1, 5), R.randrange(1, 33) * 100 + R.randrange(1, 5)
    if style == "full":
        return f"{pc}{R.choice(roads)}{n}号{R.choice(COMMS)}{b}幢{u}单元{r}室"
    if style == "short":
        return f"{city if prov != city else prov}{dist}{R.choice(COMMS)}{b}栋{u}单元{r}"
    if style == "rural":
        t, v = R.choice(TOWNS)
        return f"{pc}{t}{v}{R.randrange(1, 15)}组{R.randrange(1, 120)}号"
    if style == "lane":
        return f"{pc}{R.choice(roads)}{n}弄{b}号{r}室"
    jd = ['三墩', '蒋村', '留下', '西兴', '五常', '翠苑', '北山', '灵隐'] if city == "杭州市" else ['新华', '人民', '建设', '城东', '城南', '和平']
    return f"{pc}{R.choice(jd)}街道{R.choice(COMMS)}{b}-{u}-{r}"


def masked_id(i):
    return i[:4] + "*" * 10 + i[-4:]


def jwt(payload):
    def b64(d):
        return base64.urlsafe_b64encode(d).decode().rstrip("=")
    h = b64(b'{"alg":"HS256","typ":"JWT"}')
    p = b64(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64(bytes(R.randrange(256) for _ in range(32)))
    return f"{h}.{p}.{sig}"


def uuid4():
    h = hexs(32, False)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def sexs(p):
    return "男" if p["sex"] == 1 else "女"


def dt_str(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def epoch_s(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds()) - 8 * 3600


def epoch_ms(t):
    return str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 8 * 3600 * 1000 + R.randrange(1000))


def csv_cell(v, quote_all=False):
    """v: str or (value, type). returns list of parts."""
    if isinstance(v, tuple):
        if quote_all or "," in v[0]:
            return ['"', v, '"']
        return [v]
    if quote_all or "," in v or '"' in v:
        return ['"' + v.replace('"', '""') + '"']
    return [v]


def csv_row(doc, cells, sep=",", quote_all=False, nl="\r\n"):
    parts = []
    for i, c in enumerate(cells):
        if i:
            parts.append(sep)
        parts.extend(csv_cell(c, quote_all) if sep == "," else [c])
    parts.append(nl)
    doc.w(*parts)


# ---- minimal JSON emitter with labels


class V:
    def __init__(self, v, t, num=False):
        self.v, self.t, self.num = v, t, num


class S:
    """a JSON string value built from parts: str (plain) or (value, TYPE) (labelled)."""

    def __init__(self, *parts):
        self.parts = [p for p in parts if p is not None]


def jemit(doc, obj, indent=None, level=0, sep=(", ", ": ")):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    endpad = "" if indent is None else " " * (indent * level)
    if isinstance(obj, S):
        doc.w('"')
        for p in obj.parts:
            v = p[0] if isinstance(p, tuple) else p
            assert json.dumps(v, ensure_ascii=False)[1:-1] == v, v
            doc.w(p)
        doc.w('"')
    elif isinstance(obj, V):
        if obj.num:
            doc.w(L(obj.v, obj.t))
        else:
            assert json.dumps(obj.v, ensure_ascii=False)[1:-1] == obj.v, obj.v
            doc.w('"', L(obj.v, obj.t), '"')
    elif isinstance(obj, dict):
        if not obj:
            doc.w("{}")
            return
        doc.w("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            doc.w(pad + json.dumps(k, ensure_ascii=False) + sep[1])
            jemit(doc, v, indent, level + 1, sep)
            if i < len(items) - 1:
                doc.w(sep[0].rstrip(" ") if indent is not None else sep[0])
            doc.w(nl)
        doc.w(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.w("[]")
            return
        doc.w("[" + nl)
        for i, v in enumerate(obj):
            doc.w(pad)
            jemit(doc, v, indent, level + 1, sep)
            if i < len(obj) - 1:
                doc.w(sep[0].rstrip(" ") if indent is not None else sep[0])
            doc.w(nl)
        doc.w(endpad + "]")
    else:
        doc.w(json.dumps(obj, ensure_ascii=False))


N = "PERSON_NAME"
DOB = "DATE_OF_BIRTH"
RID = "CHINA_RESIDENT_ID_NUMBER"
ADDR = "STREET_ADDRESS"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
BC = "BANK_CARD_NUMBER"
CRED = "CREDENTIAL"
IP = "IP_ADDRESS"
MAC = "MAC_ADDRESS"
COORD = "LOCATION_COORDINATES"
CELL = "CELL_ID"
PLATE = "CHINA_LICENSE_PLATE"
PP = "CHINA_PASSPORT"
HKP = "HK_MACAU_TRAVEL_PERMIT"


# ----------------------------------------------------------------------------- enterprise pools

OPER = "华信移动通信集团浙江有限公司杭州分公司"
OPER_SHORT = "华信移动杭州分公司"
OPER_ADDR = "浙江省杭州市西湖区文三路398号华信通信大厦"
OPER_TEL = "0571-87110000"
OPER_HOTLINE = "10086"
OPER_400 = "400-860-1008"
MAILDOM = "hz.hxmobile.example.cn"
OFFICE_LNG, OFFICE_LAT = 120.128364, 30.277531

DEPTS = [("政企客户部", ["客户经理", "高级客户经理", "解决方案经理", "部门经理", "售前工程师"]),
         ("行业拓展一部", ["客户经理", "行业总监", "解决方案经理"]),
         ("行业拓展二部", ["客户经理", "高级客户经理", "商务助理"]),
         ("集团客户服务中心", ["客服代表", "值班长", "服务经理"]),
         ("信息技术部", ["运维工程师", "桌面支持工程师", "系统管理员", "安全工程师"]),
         ("财务部", ["会计", "出纳", "财务经理"]),
         ("人力资源部", ["薪酬专员", "招聘主管", "HRBP"]),
         ("综合办公室", ["行政专员", "主任", "司机", "前台"]),
         ("网络运维中心", ["装维工程师", "传输工程师", "班组长"]),
         ("西湖区政企营业部", ["客户经理", "营业部经理"]),
         ("滨江区政企营业部", ["客户经理", "营业部经理"])]

EN_FIRST = ["Kevin", "Amy", "Jason", "Cherry", "Leo", "Vivian", "Eric", "Grace", "Tony", "Lily", "Frank",
            "Helen", "Jack", "Iris", "Peter", "Sunny", "Allen", "Joyce", "Vincent", "Echo"]

FOREIGN = [("Markus", "Keller", "DE"), ("Sarah", "O'Connell", "GB"), ("Daniel", "Whitfield", "US"),
           ("Priya", "Raman", "SG"), ("Julien", "Marchetti", "FR"), ("Elena", "Novak", "DE"),
           ("Thomas", "Brandt", "DE"), ("Olivia", "Hartley", "GB"), ("Ryan", "Castellano", "US"),
           ("Mei Ling", "Tan", "SG")]

CUST_NAMES = ["杭州恒远精密机械有限公司", "浙江云帆物流股份有限公司", "杭州卓信软件技术有限公司", "浙江禾丰农业发展有限公司",
              "杭州锦程酒店管理有限公司", "杭州明德教育科技有限公司", "浙江安澜建设集团有限公司", "杭州新启点医疗器械有限公司",
              "杭州瑞祥连锁超市有限公司", "浙江远景纺织印染有限公司", "杭州德润律师事务所", "杭州天鸿物业服务有限公司",
              "浙江东晟汽车销售服务有限公司", "杭州博雅文化传媒有限公司", "杭州万象城市停车管理有限公司",
              "浙江嘉禾冷链食品有限公司", "杭州科睿检测技术有限公司", "杭州凯斯特精密电子（中国）有限公司"]
CUST_DOMS = ["hengyuan-mach", "yunfan-logistics", "zhuoxin-soft", "hefeng-agri", "jincheng-hotels", "mingde-edu", "anlan-build",
             "xinqidian-med", "ruixiang-mart", "yuanjing-textile", "derun-law", "tianhong-pm", "dongsheng-auto", "boya-media",
             "wanxiang-parking", "jiahe-coldchain", "kerui-testing", "kaisite-precision"]
TOWERS = ["创新大厦", "数字科技园", "银泰中心", "华星时代广场", "东部软件园", "天堂软件园", "海创园", "智慧E谷",
          "财富金融中心", "西溪谷国际商务中心", "钱江国际时代广场", "物联网产业园"]


EN_TITLE = {"客户经理": "Account Manager", "高级客户经理": "Senior Account Manager", "解决方案经理": "Solution Manager",
            "部门经理": "Department Manager", "售前工程师": "Presales Engineer", "行业总监": "Industry Director"}


def pyname(p, style="sg"):
    s = p["sur_py"].capitalize()
    g = p["given_py"].capitalize()
    if style == "sg":
        return f"{s} {g}"
    if style == "SG":
        return f"{s.upper()} {g}"
    if style == "gs":
        return f"{g} {s}"
    if style == "gS":
        return f"{g} {s.upper()}"
    if style == "en":
        return f"{p['en']} {s}"
    raise ValueError(style)


def foreign_mobile(cc):
    while True:
        if cc == "DE":
            nsn, code = "15" + R.choice("1279") + digits(8), "49"
        elif cc == "GB":
            nsn, code = "7" + R.choice("4589") + digits(8), "44"
        elif cc == "US":
            nsn, code = R.choice(["415", "646", "206", "312", "617"]) + R.choice("23456789") + digits(6), "1"
        elif cc == "SG":
            nsn, code = R.choice("89") + digits(7), "65"
        else:
            nsn, code = R.choice("67") + digits(8), "33"
        p = phonenumbers.parse("+" + code + nsn)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def office_addr(dist=None):
    d = dist or R.choice(HZ)
    return f"{d[1]}{d[2]}{d[3]}{R.choice(HZ_ROADS)}{R.randrange(1, 999)}号{R.choice(TOWERS)}{R.randrange(1, 9)}号楼{R.randrange(2, 25)}层"


def en_address(reg=None):
    """a home address written in English (as in LDAP / e-mail)."""
    code, prov, city, dist = reg or R.choice(HZ)
    roads = {"文三路": "Wensan Road", "古墩路": "Gudun Road", "莫干山路": "Moganshan Road", "教工路": "Jiaogong Road",
             "丰潭路": "Fengtan Road", "江南大道": "Jiangnan Avenue", "西溪路": "Xixi Road", "钱江路": "Qianjiang Road"}
    comms = ["Cuiyuan Community", "Wending Garden", "Jialv Garden", "Vanke City", "Sunshine Garden", "Golden Home"]
    dists = {"上城区": "Shangcheng District", "拱墅区": "Gongshu District", "西湖区": "Xihu District",
             "滨江区": "Binjiang District", "萧山区": "Xiaoshan District", "余杭区": "Yuhang District"}
    dn = dists.get(dist, "Xihu District")
    road = R.choice(list(roads.values()))
    return (f"Room {R.randrange(1, 30)}{R.randrange(1, 5):02d}, Unit {R.randrange(1, 4)}, Building {R.randrange(1, 30)}, "
            f"{R.choice(comms)}, {R.randrange(1, 600)} {road}, {dn}, Hangzhou, Zhejiang")


def cjk_name_ok(p):
    return "sur_py" in p


def emp_pool(n):
    out = []
    used = set()
    for i in range(n):
        while True:
            p = person("adult", regions=ZJ + R.sample(REGIONS, 4))
            if p["name"] not in used:
                break
        used.add(p["name"])
        p["dob"] = rand_date(1968, 1999)
        p["id"] = make_id(p["reg"][0], p["dob"], p["sex"])
        dept, titles = R.choice(DEPTS) if i >= 12 else DEPTS[i % 3]
        p["dept"], p["title"] = dept, R.choice(titles)
        p["gh"] = f"{R.choice(['1003', '1004', '1012', '1021'])}{R.randrange(1000, 9999)}"
        p["mob"] = mobile()
        p["ext"] = f"6{R.randrange(100, 999)}"
        p["direct"] = landline("0571") if R.random() < 0.3 else None
        p["vpmn"] = f"6{R.randrange(1000, 9999)}"
        p["en"] = R.choice(EN_FIRST)
        login = p["py"]
        k = 2
        while login in {e["login"] for e in out}:
            login = f"{p['py']}{k}"
            k += 1
        p["login"] = login
        p["email"] = f"{login}@{MAILDOM}"
        p["home"] = address(R.choice(HZ), R.choice(["full", "full", "short", "jiedao", "lane"]))
        p["card"], p["bank"] = bank_card()
        p["mac"] = mac("colon", rnd=R.random() < 0.5)
        p["phone_model"] = R.choice(["iPhone 15 Pro", "iPhone 13", "HUAWEI Mate 60 Pro", "HUAWEI nova 11", "Xiaomi 14",
                                     "OPPO Reno10", "vivo X100", "HONOR 90"])
        p["plate"] = plate() if R.random() < 0.4 else None
        p["home_geo"] = (120.0 + R.random() * 0.35, 30.12 + R.random() * 0.25)
        out.append(p)
    return out


def cust_pool():
    out = []
    for nm in CUST_NAMES:
        dist = R.choice(HZ)
        c = dict(name=nm, uscc=uscc_code(dist[0], "31" if "律师" in nm else "91"), addr=office_addr(dist),
                 tel=landline("0571"), jtbh=f"571{R.randrange(10**6, 10**7)}", contacts=[],
                 dom=CUST_DOMS[CUST_NAMES.index(nm)] + ".example.cn")
        c["legal"] = person("adult", regions=ZJ + R.sample(REGIONS, 3))
        for j in range(R.randrange(2, 5)):
            p = person("adult", regions=ZJ + R.sample(REGIONS, 3))
            p["mob"] = mobile()
            p["title"] = R.choice(["信息中心主任", "IT经理", "行政经理", "采购经理", "总经理助理", "办公室主任", "网络管理员",
                                   "财务总监", "运营总监", "副总经理"])
            p["en"] = R.choice(EN_FIRST)
            p["home"] = address(R.choice(HZ + ZJ))
            out_email = R.random()
            if out_email < 0.5:
                p["email"] = f"{p['py']}@{R.choice(['163.com', '126.com', 'qq.com', 'foxmail.com'])}" if out_email < 0.2 else \
                    f"{p['py']}@{c['dom']}"
            else:
                p["email"] = None
            c["contacts"].append(p)
        out.append(c)
    # the foreign-invested customer has a foreign contact
    c = out[-1]
    fn, ln, cc = FOREIGN[0]
    c["foreign"] = dict(name=f"{fn} {ln}", mob=foreign_mobile(cc), cnmob=mobile(), email=f"{fn.lower()}.{ln.lower()}@kaisite-precision.example.de")
    return out


EMPS = []
CUSTS = []


def emp(dept_prefix=None):
    pool = [e for e in EMPS if dept_prefix is None or e["dept"].startswith(dept_prefix)]
    return R.choice(pool)


def sales():
    return R.choice([e for e in EMPS if e["dept"] in ("政企客户部", "行业拓展一部", "行业拓展二部", "西湖区政企营业部", "滨江区政企营业部")])


def q_cell(parts):
    """CSV cell from parts, always quoted; plain strings have quotes doubled."""
    out = ['"']
    for p in parts:
        if isinstance(p, tuple):
            assert '"' not in p[0]
            out.append(p)
        else:
            out.append(p.replace('"', '""'))
    out.append('"')
    return out


def write_row(d, cells, sep=",", nl="\n"):
    """cells: str, (value, TYPE), or list of parts (quoted free-text cell)."""
    parts = []
    for i, c in enumerate(cells):
        if i:
            parts.append(sep)
        if isinstance(c, list):
            parts.extend(q_cell(c))
        elif isinstance(c, tuple):
            parts.extend(['"', c, '"'] if ("," in c[0] and sep == ",") else [c])
        else:
            parts.append(('"' + c.replace('"', '""') + '"') if (sep == "," and ("," in c or '"' in c)) else c)
    parts.append(nl)
    d.w(*parts)


def ph(n, styles=("plain",), w=None):
    return L(fmt_mob(n, R.choices(styles, w)[0] if w else R.choice(styles)), PH)


def fmt_dob(d, style):
    if style == "iso":
        return f"{d:%Y-%m-%d}"
    if style == "slash":
        return f"{d:%Y/%m/%d}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "compact":
        return f"{d:%Y%m%d}"
    if style == "dot":
        return f"{d:%Y.%m.%d}"
    if style == "us":
        return f"{d:%m/%d/%Y}"
    if style == "en":
        return f"{d.day} {d:%b} {d.year}"
    raise ValueError(style)


def coord_near(lng, lat, r=0.0008):
    return lng + (R.random() - 0.5) * r, lat + (R.random() - 0.5) * r


def corp_account(prefix, n):
    """a corporate settlement account number that is deliberately not Luhn-valid."""
    while True:
        a = prefix + digits(n - len(prefix))
        if not luhn_ok(a):
            return a


def grp(a):
    return " ".join(a[k:k + 4] for k in range(0, len(a), 4))


def slot():
    h = R.randrange(9, 17)
    m = R.choice([0, 30])
    e = h * 60 + m + R.choice([30, 60, 90, 120])
    return f"{h:02d}:{m:02d}-{e // 60:02d}:{e % 60:02d}"


def inv_no():
    return f"24{R.choice(['33', '32', '11', '31'])}2000000{digits(9)}"   # 20-digit 数电发票号码


# ----------------------------------------------------------------------------- files


def f_oa_json():
    d = Doc("oa_approval_export_202406.json")
    recs = []
    t = dt.datetime(2024, 6, 3, 8, 40, 0)
    leave_reasons = ["家中有事", "身体不适，需到医院就诊", "孩子学校家长会", "回老家处理房产过户手续", "年假休息"]
    for i in range(24):
        t += dt.timedelta(minutes=R.randrange(20, 400))
        kind = ["请假", "报销", "用印", "出差"][i % 4]
        a = emp()
        mgr = emp()
        r = {"process_instance_id": uuid4(), "business_id": f"{t:%Y%m%d%H%M}{digits(9)}",
             "process_code": {"请假": "PROC-LEAVE-7F3A21", "报销": "PROC-EXP-1C90B4", "用印": "PROC-SEAL-55D0E2",
                              "出差": "PROC-TRIP-A81C07"}[kind],
             "title": S(L(a["name"], N), f"提交的{kind}申请"),
             "originator_userid": f"0{digits(9)}", "originator_name": V(a["name"], N),
             "originator_dept_name": a["dept"], "job_number": a["gh"],
             "create_time": f"{t:%Y-%m-%d %H:%M:%S}", "status": "COMPLETED", "result": R.choice(["agree", "agree", "refuse"])}
        fv = []
        if kind == "请假":
            rel = person("old", sex=R.randrange(2))
            if R.random() < 0.4:
                reason = S("陪同", R.choice(["父亲", "母亲"]), L(rel["name"], N), "到浙大一院住院手术，需陪护")
            else:
                reason = R.choice(leave_reasons)
            s0 = t + dt.timedelta(days=R.randrange(1, 10))
            fv += [{"name": "请假类型", "value": R.choice(["年假", "事假", "病假", "调休"])},
                   {"name": "开始时间", "value": f"{s0:%Y-%m-%d} 上午"}, {"name": "结束时间", "value": f"{s0 + dt.timedelta(days=R.randrange(0, 4)):%Y-%m-%d} 下午"},
                   {"name": "时长（天）", "value": str(R.choice([0.5, 1, 2, 3]))}, {"name": "请假事由", "value": reason},
                   {"name": "工作交接人", "value": V(emp()["name"], N)},
                   {"name": "紧急联系电话", "value": V(fmt_mob(a["mob"] if R.random() < 0.5 else mobile(), R.choice(["plain", "plain", "dash", "+86"])), PH)}]
        elif kind == "报销":
            c = R.choice(CUSTS)
            ct = R.choice(c["contacts"])
            items = []
            tot = 0
            for j in range(R.randrange(1, 4)):
                amt = R.randrange(3000, 180000) / 100
                tot += amt
                it = {"费用日期": f"{t - dt.timedelta(days=R.randrange(2, 20)):%Y-%m-%d}",
                      "费用类型": R.choice(["业务招待费", "市内交通费", "差旅住宿费", "办公用品", "通讯费"]),
                      "金额": f"{amt:.2f}", "发票号码": inv_no(), "销售方税号": uscc_code(R.choice(HZ)[0])}
                if it["费用类型"] == "业务招待费" and R.random() < 0.7:
                    it["说明"] = S("宴请", c["name"], R.choice(["客户", "信息中心"]), L(ct["name"], N), f"等{R.randrange(2, 6)}人，商谈专线扩容")
                else:
                    it["说明"] = R.choice(["客户拜访打车", "项目驻场住宿", "采购打印纸", "6月话费补贴"])
                items.append(it)
            payee = a
            fv += [{"name": "报销明细", "value": items}, {"name": "合计金额（元）", "value": f"{tot:.2f}"},
                   {"name": "收款人", "value": V(payee["name"], N)},
                   {"name": "收款银行卡号", "value": V(payee["card"] if R.random() < 0.7 else " ".join(payee["card"][k:k + 4] for k in range(0, len(payee["card"]), 4)), BC)},
                   {"name": "开户行", "value": payee["bank"] + R.choice(["杭州文三路支行", "杭州西湖支行", "杭州高新支行"])}]
        elif kind == "用印":
            c = R.choice(CUSTS)
            ct = R.choice(c["contacts"])
            cno = f"HX-ZQ-2024-{t:%m%d}-{R.randrange(1, 99):03d}"
            fv += [{"name": "用印文件", "value": f"{c['name']}集团客户业务协议（{cno}）"},
                   {"name": "印章类型", "value": R.choice(["合同专用章", "公章", "法人章"])},
                   {"name": "份数", "value": str(R.choice([2, 3, 4]))},
                   {"name": "用印事由", "value": S("客户经办人", L(ct["name"], N), "（", L(fmt_mob(ct["mob"], R.choice(["plain", "sp"])), PH),
                                                  f"）要求{(t + dt.timedelta(days=5)):%m月%d日}前寄回盖章原件")},
                   {"name": "寄送地址", "value": c["addr"]},
                   {"name": "客户统一社会信用代码", "value": c["uscc"]}]
        else:
            dest = R.choice(["北京", "上海", "南京", "深圳", "香港", "宁波", "温州"])
            mates = [e for e in R.sample(EMPS, R.randrange(0, 3)) if e is not a]
            s0 = t + dt.timedelta(days=R.randrange(2, 12))
            fv += [{"name": "出差事由", "value": R.choice(["参加集团政企解决方案培训", "客户现场割接支撑", "行业峰会展台值守", "省公司项目评审答辩"])},
                   {"name": "出发城市", "value": "杭州"}, {"name": "目的城市", "value": dest},
                   {"name": "行程", "value": f"{s0:%Y-%m-%d} 至 {s0 + dt.timedelta(days=R.randrange(1, 5)):%Y-%m-%d}"},
                   {"name": "交通工具", "value": R.choice([f"高铁 G{R.randrange(7001, 7599)}", f"飞机 MU{R.randrange(5100, 5599)}", f"飞机 CA{R.randrange(1700, 1799)}"])},
                   {"name": "同行人", "value": [V(m["name"], N) for m in mates]}]
            if dest == "香港":
                fv.append({"name": "往来港澳通行证号", "value": V(hk_permit(), HKP)})
            else:
                fv.append({"name": "订票证件号", "value": V(a["id"], RID)})
            fv.append({"name": "出行人手机", "value": V(a["mob"], PH)})
            if R.random() < 0.6:
                lg, la = coord_near(120.05 + R.random() * 0.3, 30.15 + R.random() * 0.2, 0.01)
                fv.append({"name": "外勤打卡", "value": {"time": f"{s0:%Y-%m-%d} 0{R.randrange(7, 9)}:{R.randrange(60):02d}",
                                                      "location": V(f"{lg:.6f},{la:.6f}", COORD), "address": "杭州东站"}})
        r["form_component_values"] = fv
        ops = [{"user_name": V(a["name"], N), "operation_type": "START_PROCESS_INSTANCE", "date": f"{t:%Y-%m-%d %H:%M:%S}"}]
        tt = t
        for k in range(R.randrange(1, 3)):
            tt += dt.timedelta(minutes=R.randrange(5, 300))
            ap = mgr if k == 0 else emp()
            rec = {"user_name": V(ap["name"], N), "operation_type": "EXECUTE_TASK_NORMAL",
                   "operation_result": "AGREE", "date": f"{tt:%Y-%m-%d %H:%M:%S}"}
            if R.random() < 0.35:
                rec["remark"] = S("同意，", R.choice(["请", "辛苦"]), L(emp()["name"], N), R.choice(["跟进回款", "做好工作交接", "同步财务"]))
            ops.append(rec)
        r["operation_records"] = ops
        r["cc_list"] = [V(e["name"], N) for e in R.sample(EMPS, R.randrange(0, 3))]
        r["finish_time"] = f"{tt:%Y-%m-%d %H:%M:%S}"
        recs.append(r)
    jemit(d, {"errcode": 0, "errmsg": "ok", "result": {"list": recs, "next_cursor": 24, "request_id": hexs(12, False)}}, indent=2)
    d.w("\n")
    return d


def f_oa_text():
    d = Doc("oa_approval_notices_202406.txt")
    d.w(f"企业微信 · 审批 消息导出\n导出人：{OPER_SHORT} 综合办公室  导出时间：2024-06-28 17:45:02  条数：20\n\n")
    t = dt.datetime(2024, 6, 3, 9, 0, 0)
    for i in range(20):
        t += dt.timedelta(minutes=R.randrange(30, 600))
        if t.hour >= 21 or t.hour < 8:
            t = (t + dt.timedelta(days=1 if t.hour >= 21 else 0)).replace(hour=8, minute=R.randrange(10, 59))
        a = emp()
        chain = R.sample(EMPS, 3)
        kind = R.choice(["请假", "出差", "用印", "报销", "出差", "用印"])
        no = f"{t:%Y%m%d}{R.randrange(1, 9999):04d}"
        d.w("━━━━━━━━━━━━━━━━━━━━\n")
        d.w(f"[{t:%m-%d %H:%M}] 审批 | ", L(a["name"], N), f" 提交的「{kind}申请」", R.choice(["待您审批", "已通过", "已通过", "被驳回"]), "\n")
        d.w(f"审批编号：{no}\n申请人：", L(a["name"], N), f"（{a['dept']}，工号 {a['gh']}）\n")
        if kind == "请假":
            d.w(f"请假类型：{R.choice(['年假', '事假', '婚假', '产检假', '陪产假'])}\n")
            d.w(f"时间：{t + dt.timedelta(days=1):%Y-%m-%d} 至 {t + dt.timedelta(days=R.randrange(1, 6)):%Y-%m-%d}\n")
            if R.random() < 0.5:
                d.w("休假期间联系方式：", ph(a["mob"], ("plain", "fw", "sp", "+86sp")), "\n")
            else:
                d.w("休假期间工作由 ", L(R.choice(EMPS)["name"], N), " 代理，紧急事项请拨 ", ph(a["mob"], ("dash", "0086")), "\n")
        elif kind == "出差":
            c = R.choice(CUSTS)
            ct = R.choice(c["contacts"])
            mate = R.choice(EMPS)
            d.w(f"出差地点：{R.choice(['温州', '湖州', '金华', '舟山', '丽水'])}\n出差事由：{c['name']}专线割接现场保障，客户对接人 ",
                L(ct["name"], N), " ", ph(ct["mob"], ("plain", "sp", "fw", "+86")), "\n")
            d.w("同行人：", L(mate["name"], N), "（", ph(mate["mob"], ("plain", "dash")), "）\n")
            if R.random() < 0.25:
                d.w("另：6月下旬随团赴香港参加亚洲通信展，出行人 ", L(a["name"], N), "，往来港澳通行证 ", L(hk_permit(), HKP),
                    "，签注有效期至 2025-03-31\n")
            elif R.random() < 0.5:
                d.w("住宿：协议酒店，入住人 ", L(a["name"], N), " 身份证 ", L(a["id"], RID), "\n")
            if R.random() < 0.3:
                d.w("用车：公务车 ", L(plate(), PLATE), " 司机 ", L(emp("综合")["name"], N), "\n")
        elif kind == "用印":
            c = R.choice(CUSTS)
            d.w(f"用印类型：合同专用章 × {R.choice([2, 3])}\n文件：{c['name']} 集团客户业务协议 / 授权委托书\n")
            d.w("备注：客户法定代表人 ", L(c["legal"]["name"], N), "已签字，经办人 ", L(c["contacts"][0]["name"], N),
                "，联系电话 ", ph(c["contacts"][0]["mob"], ("plain", "+86-", "fw")), f"；客户统一社会信用代码 {c['uscc']}\n")
        else:
            amt = R.randrange(5000, 900000) / 100
            d.w(f"报销金额：¥{amt:,.2f}（发票 {R.randrange(1, 6)} 张，首张发票号码 {inv_no()}）\n")
            d.w("收款账户：", L(a["name"], N), " ", a["bank"], " ", L(" ".join(a["card"][k:k + 4] for k in range(0, len(a["card"]), 4)) if R.random() < 0.5 else a["card"], BC), "\n")
        d.w("审批流程：")
        for j, c in enumerate(chain):
            if j:
                d.w(" → ")
            d.w(L(c["name"], N), "(", R.choice(["已同意", "已同意", "审批中"]) if j else "已同意", ")")
        d.w("\n")
        if R.random() < 0.3:
            d.w("抄送：", L(R.choice(EMPS)["name"], N), "、", L(R.choice(EMPS)["name"], N), "\n")
        if R.random() < 0.25:
            d.w("评论（", L(chain[0]["name"], N), "）：电话已核实，尾号 ", a["mob"][-4:], f" 的号码是本人，{mask_mob(a['mob'])}。\n")
        d.w("\n")
    d.w(f"—— 以上消息由企业微信审批自动推送，如有疑问请联系综合办公室 {OPER_TEL} 转 6001 ——\n")
    return d


def f_attendance():
    d = Doc("dingtalk_attendance_202406.csv")
    d.w("\ufeff")
    write_row(d, ["姓名", "工号", "部门", "职位", "考勤日期", "打卡时间", "打卡类型", "打卡结果", "打卡地址", "经度", "纬度",
                  "打卡Wi-Fi", "Wi-Fi BSSID", "打卡设备", "设备MAC", "设备ID", "备注"])
    aps = [mac("COLON") for _ in range(4)]
    people = R.sample(EMPS, 22)
    for day in (dt.date(2024, 6, 11), dt.date(2024, 6, 12)):
        for p in people[:12] if day.day == 11 else people[4:16]:
            for kind in ("上班", "下班"):
                hh = R.choice([8, 8, 8, 9]) if kind == "上班" else R.choice([17, 18, 18, 19, 20])
                tm = f"{hh:02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"
                k = R.random()
                row = [L(p["name"], N), p["gh"], p["dept"], p["title"], f"{day:%Y-%m-%d}"]
                if k < 0.06:
                    row += ["", kind, "缺卡", "", "", "", "", "", "", "", "", ["补卡申请审批中，审批人 ", L(R.choice(EMPS)["name"], N)]]
                elif k < 0.62:
                    lg, la = coord_near(OFFICE_LNG, OFFICE_LAT)
                    res = "正常" if (kind == "上班" and hh < 9) or kind == "下班" else "迟到"
                    wifi = R.random() < 0.7
                    row += [tm, kind, res, OPER_ADDR, L(f"{lg:.6f}", COORD), L(f"{la:.6f}", COORD),
                            "HX-Office-5G" if wifi else "", R.choice(aps) if wifi else "", p["phone_model"],
                            L(p["mac"], MAC) if wifi else "", hexs(16, False), ""]
                elif k < 0.85:
                    c = R.choice(CUSTS)
                    lg, la = 120.05 + R.random() * 0.3, 30.15 + R.random() * 0.2
                    row += [tm, kind, "外勤", c["addr"], L(f"{lg:.6f}", COORD), L(f"{la:.6f}", COORD), "", "", p["phone_model"], "",
                            hexs(16, False), ["外勤：拜访", c["name"], "，见", L(R.choice(c["contacts"])["name"], N)]]
                else:
                    lg, la = coord_near(*p["home_geo"], 0.0004)
                    row += [tm, kind, "外勤", L(p["home"], ADDR), L(f"{lg:.6f}", COORD), L(f"{la:.6f}", COORD), "", "", p["phone_model"],
                            "", hexs(16, False), "居家办公（已审批）"]
                write_row(d, row)
    d.w(f"导出时间：2024-06-13 09:12:44，导出人：{people[0]['gh']}，考勤组：杭州分公司-标准工时，规则版本 v3.2.1\n")
    return d


def f_expense():
    d = Doc("expense_reports_2024Q2.csv")
    write_row(d, ["报销单号", "申请日期", "申请人", "工号", "部门", "费用类型", "事由", "发票代码", "发票号码", "销售方税号",
                  "金额", "收款人", "收款账号", "开户行", "审批人", "状态"])
    day = dt.date(2024, 4, 2)
    for i in range(30):
        day += dt.timedelta(days=R.randrange(0, 3))
        a = emp()
        typ = R.choice(["业务招待费", "差旅费", "市内交通费", "会议费", "办公用品", "通讯费", "培训费"])
        c = R.choice(CUSTS)
        if typ == "业务招待费":
            why = ["招待", c["name"], R.choice(["信息中心主任", "副总", "采购"]), L(R.choice(c["contacts"])["name"], N), "一行，洽谈云专线续约"]
        elif typ == "差旅费":
            why = [f"{R.choice(['温州', '宁波', '北京'])}出差，同行", L(R.choice(EMPS)["name"], N)]
        else:
            why = [R.choice(["客户走访", "项目例会", "部门培训", "日常办公", "6月手机话费"])]
        old = R.random() < 0.3
        amt = R.randrange(2000, 500000) / 100
        vendor = R.random() < 0.12
        if vendor:
            payee = "杭州启航会务服务有限公司"
            acct = corp_account(R.choice(['1202', '3301']), 19)
            bank = "中国工商银行杭州分行营业部"
        else:
            payee = L(a["name"], N)
            card = a["card"]
            acct = L(card if R.random() < 0.75 else " ".join(card[k:k + 4] for k in range(0, len(card), 4)), BC)
            bank = a["bank"]
        row = [f"BX{day:%Y%m}{R.randrange(10**5, 10**6)}", f"{day:%Y-%m-%d}", L(a["name"], N), a["gh"], a["dept"], typ, why,
               f"0{digits(11)}" if old else "", digits(8) if old else inv_no(), uscc_code(R.choice(HZ)[0]), f"{amt:.2f}",
               payee, acct, bank, L(R.choice(EMPS)["name"], N), R.choice(["已付款", "财务审核中", "已付款", "已驳回"])]
        write_row(d, row)
    d.w("合计,,,,,,,,,,,,,,,\n制表：财务共享中心 报表编号 FIN-RPT-2024Q2-0387 生成于 1719561600000\n")
    return d


def f_crm():
    d = Doc("crm_contacts_export.csv")
    write_row(d, ["Contact ID", "Account Name", "Contact Name", "Name (EN)", "Title", "Mobile", "Phone", "Email", "Birthdate",
                  "Mailing Address", "Gift Delivery Address", "Contact Owner", "Owner Email", "Lead Source", "Created Date",
                  "Last Modified", "Description"])
    n = 0
    for c in CUSTS:
        owner = sales()
        for p in c["contacts"]:
            n += 1
            if n > 30:
                break
            cid = "003" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15))
            en = L(pyname(p, R.choice(["sg", "SG", "gs", "en", "gS"])), N) if R.random() < 0.7 else ""
            mob = ph(p["mob"], ("plain", "+86sp", "0086", "dash", "+86-"), [4, 3, 1, 1, 1])
            phone = f"{fmt_land(c['tel'])}-{R.randrange(800, 899)}" if R.random() < 0.5 else f"{fmt_land(c['tel'])} ext. {R.randrange(100, 999)}"
            em = L(p["email"], EM) if p["email"] else ""
            bd = L(fmt_dob(p["dob"], R.choice(["iso", "us", "en", "slash"])), DOB) if R.random() < 0.45 else ""
            gift = ""
            if R.random() < 0.4:
                gift = L(p["home"], ADDR)
            elif R.random() < 0.3:
                gift = "Same as mailing address"
            created = dt.datetime(2021, 1, 1) + dt.timedelta(minutes=R.randrange(0, 1500000))
            desc = ""
            k = R.random()
            if k < 0.2:
                asst = person("adult", sex=0)
                desc = [f"Decision maker for {R.choice(['SD-WAN', 'cloud PBX', 'IDC', '5G private network'])}. Assistant ", L(asst["name"], N), " ",
                        ph(mobile(), ("plain", "sp"))]
            elif k < 0.35:
                desc = ["Prefers WeChat (same as mobile). Do not call before 10am."]
            elif k < 0.45:
                desc = ["Referred by ", L(R.choice(CUSTS)["contacts"][0]["name"], N), f". Opp ID 006{hexs(12)}"]
            row = [cid, c["name"], L(p["name"], N), en, p["title"], mob, phone, em, bd, c["addr"], gift, L(owner["name"], N),
                   L(owner["email"], EM), R.choice(["Existing Customer", "Trade Show", "Partner", "Web", "Cold Call"]),
                   f"{created:%Y-%m-%dT%H:%M:%S.000+0800}", f"{dt.datetime(2024, 6, R.randrange(1, 28), R.randrange(24), R.randrange(60)):%Y-%m-%dT%H:%M:%S.000+0800}", desc]
            write_row(d, row, nl="\r\n")
    f = CUSTS[-1]["foreign"]
    owner = sales()
    write_row(d, ["003" + hexs(15), CUSTS[-1]["name"], L(f["name"], N), L(f["name"], N), "General Manager (China)",
                  L(f["mob"], PH), L(fmt_mob(f["cnmob"], "+86sp"), PH), L(f["email"], EM), "", CUSTS[-1]["addr"], "", L(owner["name"], N),
                  L(owner["email"], EM), "Partner", "2022-11-03T10:22:41.000+0800", "2024-06-12T16:05:10.000+0800",
                  ["German HQ contact; EA ", L("Sabine Vogt", N), " ", L(foreign_mobile("DE"), PH)]], nl="\r\n")
    return d


def f_visits():
    d = Doc("sales_visit_notes_2024-06.txt")
    d.w(f"{OPER_SHORT} 政企客户部 客户拜访记录汇总（2024年6月，导出自CRM“拜访记录”模块）\n")
    d.w("说明：客户公司地址、总机属于单位信息；个人联系方式仅限本部门使用，严禁外传。\n\n")
    day = dt.datetime(2024, 6, 3, 9, 30)
    for i in range(20):
        day += dt.timedelta(days=R.randrange(0, 2), hours=R.randrange(0, 5))
        c = CUSTS[i % len(CUSTS)]
        s1 = sales()
        s2 = R.choice(EMPS)
        ct = c["contacts"][0]
        ct2 = c["contacts"][1]
        d.w(f"【拜访记录 VR{day:%Y%m%d}{R.randrange(100, 999)}】{day:%Y-%m-%d %H:%M}  客户：{c['name']}（集团编号 {c['jtbh']}）\n")
        k = i % 6
        d.w("拜访人：", L(s1["name"], N), "、", L(s2["name"], N), "    方式：", ["上门拜访", "上门拜访", "上门拜访", "电话拜访", "客户来访", "电话拜访"][k], "\n")
        he = "他" if ct["sex"] else "她"
        if k == 0:
            d.w("今天到客户位于", c["addr"], "的新办公点，见了", ct["title"], L(ct["name"], N), "和", ct2["title"], L(ct2["name"], N), "。",
                L(ct["name"], N), "说他们下月要把总部和三个门店的专线统一换成SD-WAN，预算在",
                f"{R.randrange(20, 80)}万左右。之后直接联系{he}手机", ph(ct["mob"], ("plain", "sp", "dash")), "，办公室总机",
                fmt_land(c["tel"]), "经常没人接。\n")
        elif k == 1:
            d.w(L(ct["name"], N), "（", ct["title"], f"）反馈上周五下午专线中断约40分钟，要求出具故障报告。另外{he}个人家里的宽带也想迁到我们这边，装机地址",
                L(ct["home"], ADDR), f"，约了周六上午上门，家里联系人是{he}爱人", L(person("adult", sex=1 - ct["sex"])["name"], N), "，电话",
                ph(mobile(), ("plain", "fw", "sp")), "。\n")
        elif k == 2:
            fx = person("adult", sex=1)
            fx["en"] = R.choice(EN_FIRST)
            d.w("客户", L(ct2["name"], N), "介绍了新来的CIO ", L(pyname(fx, "en"), N), "（中文名", L(fx["name"], N), "），手机",
                ph(mobile(), ("+86sp", "0086", "plain")), "，以后云资源池的事情由他拍板。", L(ct2["name"], N), "本人下个月调去杭州总部，交接给",
                L(ct["name"], N), "。\n")
        elif k == 3:
            d.w("电话回访", L(ct["name"], N), f"，对上季度账单有异议（账户 {c['jtbh']}01，金额 ¥{R.randrange(10000, 99999)}.00），",
                "已转集团客户服务中心", L(emp("集团客户服务中心")["name"], N), "处理，工单号 GD", digits(14), "。客户王总未接听，",
                f"留言至前台总机 {fmt_land(c['tel'])}。\n")
        elif k == 4:
            d.w("客户来访，参观5G展厅。来访：", L(ct["name"], N), "、", L(ct2["name"], N), "，车牌", L(plate(), PLATE), "，停B2。",
                "给", L(ct["name"], N), "寄的端午礼盒地址：", L(ct["home"], ADDR), "（收件电话", ph(ct["mob"], ("plain", "+86-")), "）。\n")
        else:
            d.w("和", L(ct["name"], N), "沟通集团短号网扩容，新增", f"{R.randrange(20, 90)}", "名成员，名单随后发邮件（", L(ct["email"], EM) if ct["email"] else "对方邮箱见CRM",
                "）。对方提醒：此前给到的138****", digits(4), "号码已停用，请以", ph(ct["mob"], ("dash", "plain")), "为准。\n")
        d.w("下一步：", R.choice(["出方案报价", "安排售前勘察", "发合同草稿给法务", "跟进回款", "约高层拜访"]),
            "；负责人 ", L(s1["name"], N), f"；预计签约 {R.randrange(7, 12)} 月\n\n")
    d.w(f"（共 20 条记录，客户服务热线 {OPER_HOTLINE}，政企专席 {OPER_400}）\n")
    return d


def f_meeting():
    d = Doc("meeting_room_bookings_202406.log")
    rooms = ["12F-青城厅(20人)", "12F-天目厅(8人)", "15F-西溪厅(12人)", "3F-多功能厅(80人)", "12F-电话间A(2人)", "15F-视频会议室(16人)"]
    t = dt.datetime(2024, 6, 17, 7, 55, 0, 120000)
    d.w("# mrbs-server 3.4.2 (build 5e2c91d) node=oa-app-02 pid=23817 tz=Asia/Shanghai\n")
    for i in range(46):
        t += dt.timedelta(minutes=R.randrange(3, 45), milliseconds=R.randrange(1000))
        ts = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"
        bid = f"MR{t:%Y%m%d}{R.randrange(10**5, 10**6)}"
        org = R.choice(EMPS)
        k = R.random()
        if k < 0.45:
            att = R.sample(EMPS, R.randrange(1, 4))
            d.w(f"{ts} INFO  [booking] id={bid} room={R.choice(rooms)} slot={slot()} organizer=",
                L(org["name"], N), f" ext={org['ext']} mobile=", ph(org["mob"], ("plain", "plain", "+86")), " attendees=[")
            for j, a in enumerate(att):
                if j:
                    d.w(",")
                d.w(L(a["name"], N))
            d.w(f"] subject=\"{R.choice(['周例会', '项目评审', '客户方案沟通', '季度经营分析', '招标文件评审'])}\" status=CONFIRMED\n")
        elif k < 0.65:
            c = R.choice(CUSTS)
            g = R.choice(c["contacts"])
            d.w(f"{ts} INFO  [guest] id={bid} host=", L(org["name"], N), " guest_name=", L(g["name"], N), f" guest_company={c['name']} guest_mobile=",
                ph(g["mob"], ("plain", "dash", "sp")), " car_plate=", L(plate(newenergy=R.random() < 0.4), PLATE) if R.random() < 0.6 else "-",
                f" invite_code={digits(6)} sms=sent\n")
        elif k < 0.77:
            d.w(f"{ts} INFO  [reminder] id={bid} notify=", L(org["name"], N), " via=sms to=", ph(org["mob"], ("plain", "86")),
                f" template=MR_REMIND_15 msgid={digits(18)}\n")
        elif k < 0.87:
            d.w(f"{ts} WARN  [checkin] id={bid} room={R.choice(rooms)} no-show released after 15min organizer=", L(org["name"], N),
                f" badge={hexs(8)} ext={org['ext']}\n")
        elif k < 0.95:
            d.w(f"{ts} INFO  [cancel] id={bid} by=", L(org["name"], N), f"(uid={org['login']}) reason=\"客户改期\" refund_points=0\n")
        else:
            d.w(f"{ts} ERROR [sync] exchange calendar sync failed for ", L(org["email"], EM), f" code=ErrorItemNotFound corr={uuid4()}\n")
    d.w(f"{t:%Y-%m-%d %H:%M:%S}.999 INFO  [stat] bookings=46 rooms=6 utilisation=0.62 front_desk={OPER_TEL}\n")
    return d


def f_cards():
    d = Doc("business_card_ocr_results.json")
    recs = []
    contacts = [(c, p) for c in CUSTS for p in c["contacts"]]
    for i, (c, p) in enumerate(R.sample(contacts, 16)):
        en = pyname(p, R.choice(["sg", "SG", "gs", "en"]))
        mob = fmt_mob(p["mob"], R.choice(["plain", "sp", "dash", "+86sp"]))
        tel = f"{fmt_land(c['tel'])}{R.choice(['转', '-', ' ext.'])}{R.randrange(800, 899)}"
        fax = fmt_land(landline("0571"))
        raw = [S(L(p["name"], N)), S(L(en, N)), p["title"], c["name"], S("M: ", L(mob, PH)), f"T: {tel}", f"F: {fax}"]
        res = {"name": [{"value": V(p["name"], N), "confidence": round(0.9 + R.random() * 0.099, 3)}],
               "name_en": [{"value": V(en, N), "confidence": round(0.8 + R.random() * 0.19, 3)}],
               "title": [p["title"]], "company": [c["name"]],
               "mobile": [V(mob, PH)], "tel": [tel], "fax": [fax], "address": [c["addr"]]}
        if p["email"]:
            res["email"] = [V(p["email"], EM)]
            raw.append(S("E: ", L(p["email"], EM)))
        if R.random() < 0.25:
            m2 = mobile()
            res["mobile"].append(V(m2, PH))
            raw.append(S("M2: ", L(m2, PH)))
        raw.append(c["addr"])
        raw.append(f"www.{c['dom']}  服务热线 400-{R.randrange(100, 999)}-{R.randrange(1000, 9999)}")
        recs.append({"request_id": uuid4(), "image": f"card_{t_hash(i)}.jpg", "angle": R.choice([0, 90, 0, 0]),
                     "scanned_by": V(sales()["name"], N), "scanned_at": 1718150400000 + R.randrange(10**8),
                     "result": res, "raw_text": raw})
    jemit(d, {"code": "200", "message": "success", "total": len(recs), "items": recs}, indent=2)
    d.w("\n")
    return d


def t_hash(i):
    return hashlib.sha1(f"card{i}".encode()).hexdigest()[:16]


def f_contract():
    d = Doc("group_customer_contracts.txt")
    oper_uscc = uscc_code("330106")
    for n, c in enumerate(CUSTS[:4]):
        am = sales()
        ag = c["contacts"][0]
        cno = f"HX-ZQ-2024-06{R.randrange(10, 28)}-{R.randrange(1, 99):03d}"
        d.w("=" * 60 + "\n", "            集团客户综合信息服务业务协议\n", "=" * 60 + "\n")
        d.w(f"合同编号：{cno}        集团编号：{c['jtbh']}        签订地点：杭州市西湖区\n\n")
        d.w(f"甲方（客户）：{c['name']}\n统一社会信用代码：{c['uscc']}\n注册地址：{c['addr']}\n")
        d.w("法定代表人：", L(c["legal"]["name"], N), "\n")
        d.w("委托代理人（经办人）：", L(ag["name"], N), "    身份证号码：", L(ag["id"] if R.random() < 0.8 else ag["id"][:-1] + ag["id"][-1].lower(), RID), "\n")
        d.w("经办人联系电话：", ph(ag["mob"], ("plain", "dash", "sp")), f"    单位电话：{fmt_land(c['tel'])}\n")
        d.w(f"开票信息：{c['name']}  税号 {c['uscc']}  开户行 中国建设银行杭州{R.choice(['高新', '西湖', '城西'])}支行  账号 {grp(corp_account('33050161', 20))}\n\n")
        d.w(f"乙方：{OPER}\n统一社会信用代码：{oper_uscc}\n地址：{OPER_ADDR}\n")
        d.w("乙方客户经理：", L(am["name"], N), "    手机：", ph(am["mob"], ("plain", "dash")), f"    工号：{am['gh']}    服务热线：{OPER_HOTLINE} / {OPER_400}\n\n")
        d.w("第一条 业务内容：乙方为甲方提供互联网专线（100M，合同期36个月）、集团短号网（VPMN）及云电脑业务，月费合计人民币",
            f"{R.randrange(3000, 30000)}.00元（含税，税率6%）。\n")
        d.w("第二条 甲方指定", L(ag["name"], N), "为业务联系人，负责业务受理、变更及账单确认；如联系人变更，应书面通知乙方，",
            "新联系人信息以书面通知为准。乙方指定", L(am["name"], N), "为甲方客户经理。\n")
        d.w("第三条 乙方对甲方及其成员的个人信息（包括姓名、手机号码、身份证件号码等）负有保密义务，未经同意不得向第三方提供。\n")
        d.w(f"第四条 费用结算：甲方应于每月15日前支付上月费用至乙方账户（开户行：中国工商银行杭州分行营业部，账号 {grp(corp_account('12020212', 19))}）。\n\n")
        d.w("甲方（盖章）：", c["name"], "        乙方（盖章）：", OPER_SHORT, "\n")
        d.w("法定代表人或授权代表（签字）：", L(c["legal"]["name"] if R.random() < 0.5 else ag["name"], N),
            "        授权代表（签字）：", L(am["name"], N), "\n")
        d.w(f"日期：2024年6月{R.randrange(3, 28)}日                  日期：2024年6月{R.randrange(3, 28)}日\n\n")
        d.w("附件一  法定代表人授权委托书\n")
        lg = c["legal"]
        d.w("兹委托", L(ag["name"], N), "（身份证号：", L(ag["id"], RID), "）为我单位合法代理人，全权代表我单位办理与", OPER_SHORT,
            "之间集团客户业务的签约、变更及销户事宜。\n")
        if n == 1:
            d.w("法定代表人：", L(lg["name"], N), "  证件类型：护照  证件号码：", L(passport(), PP), "\n")
        else:
            d.w("法定代表人：", L(lg["name"], N), "  身份证号：", L(lg["id"], RID), "\n")
        d.w("受托人联系电话：", ph(ag["mob"], ("plain", "fw")), "  受托人现住址：", L(ag["home"], ADDR), "\n\n")
        d.w("附件二  首批开通成员清单\n序号  姓名      手机号码         短号    角色\n")
        for j in range(R.randrange(4, 7)):
            m = person("adult", regions=ZJ)
            d.w(f"{j + 1:<4}  ", L(m["name"], N), " " * (10 - 2 * len(m["name"])), L(mobile(), PH), f"      6{R.randrange(1000, 9999)}   ",
                R.choice(["普通成员", "普通成员", "管理员", "话务员"]), "\n")
        d.w(f"\n（本协议一式{R.choice(['两', '四'])}份，甲乙双方各执{R.choice(['一', '两'])}份，具有同等法律效力。协议版本 ZQ-TPL-v5.3.2）\n\n\n")
    return d


def f_vpmn():
    d = Doc("vpmn_member_list_202406.csv")
    total = 0
    for c in CUSTS[4:8]:
        am = sales()
        vp = f"57100{R.randrange(10**4, 10**5)}"
        d.w(f"集团名称：{c['name']},集团编号：{c['jtbh']},VPMN集团号：{vp},客户经理：", L(am["name"], N), ",客户经理电话：", ph(am["mob"], ("plain",)), ",,,\n")
        write_row(d, ["序号", "成员姓名", "手机号码", "短号", "部门", "成员角色", "资费套餐", "生效时间", "状态", "备注"])
        n = R.randrange(12, 18)
        for j in range(n):
            total += 1
            m = person("adult", regions=ZJ)
            mob = mobile()
            note = ""
            k = R.random()
            if k < 0.12:
                note = ["原号码", mask_mob(mobile()), "已过户"]
            elif k < 0.2:
                note = ["副号 ", L(mobile(), PH)]
            elif k < 0.26:
                note = ["代办人：", L(c["contacts"][0]["name"], N)]
            eff = dt.date(2024, R.randrange(1, 7), 1)
            write_row(d, [str(j + 1), L(m["name"], N), ph(mob, ("plain", "plain", "plain", "+86", "sp")), f"6{R.randrange(100, 999)}" if j else "8000",
                          R.choice(["总经办", "财务部", "销售部", "生产部", "仓储物流部", "人事行政部"]),
                          "话务员" if j == 0 else R.choice(["普通成员", "普通成员", "管理员"]),
                          R.choice(["集团V网 0元包", "5G智享套餐 129元", "V网群内免费包 10元"]), f"{eff:%Y-%m-%d}",
                          R.choice(["正常", "正常", "正常", "待生效", "已退出"]), note])
        d.w(",,,,,,,,,\n")
    d.w(f"成员合计：{total}；集团V网短号拨打规则：群内直拨短号；群外拨打 {OPER_HOTLINE} 查询。数据来源 BOSS 系统，导出流水 {digits(18)}\n")
    return d


def f_broadband():
    d = Doc("broadband_install_orders.jsonl")
    t = dt.datetime(2024, 6, 10, 8, 30)
    noc = [e for e in EMPS if e["dept"] == "网络运维中心"]
    installers = R.sample(noc if len(noc) >= 3 else EMPS, 3) + [person("adult", sex=1) for _ in range(3)]
    for it in installers:
        it.setdefault("mob", mobile())
    for i in range(20):
        t += dt.timedelta(minutes=R.randrange(20, 300))
        oid = f"{t:%Y%m%d%H%M}{digits(6)}"   # 18-digit order id
        ins = R.choice(installers)
        home = i % 3 != 0
        if home:
            c = R.choice(CUSTS)
            cu = person("adult", regions=ZJ)
            lg, la = 120.0 + R.random() * 0.35, 30.12 + R.random() * 0.25
            o = {"orderId": oid, "orderType": "集团成员家庭宽带（融合优惠）", "groupNo": c["jtbh"],
                 "customer": {"name": V(cu["name"], N), "certType": "居民身份证", "certNo": V(cu["id"], RID),
                              "mobile": V(fmt_mob(mobile(), R.choice(["plain", "plain", "+86"])), PH)},
                 "installAddress": V(address(R.choice(HZ)), ADDR), "geo": V(f"{lg:.6f},{la:.6f}", COORD),
                 "product": R.choice(["FTTH 500M", "FTTH 1000M + 组网"]),
                 "pppoe": {"account": f"hz{digits(11)}@adsl", "password": V(R.choice(["hx", "bb", "Kd"]) + digits(6), CRED)},
                 "onu": {"model": R.choice(["HG6145F", "ZXHN F7610M", "HN8145V"]), "sn": "ZTEG" + hexs(8), "mac": V(mac("COLON"), MAC)}}
        else:
            c = R.choice(CUSTS)
            ct = R.choice(c["contacts"])
            base = f"115.{R.randrange(230, 239)}.{R.randrange(0, 255)}"
            o = {"orderId": oid, "orderType": "互联网专线开通", "groupNo": c["jtbh"],
                 "customer": {"company": c["name"], "uscc": c["uscc"], "contactName": V(ct["name"], N),
                              "contactMobile": V(fmt_mob(ct["mob"], R.choice(["plain", "dash"])), PH), "companyTel": fmt_land(c["tel"])},
                 "installAddress": c["addr"], "product": f"互联网专线 {R.choice([100, 200, 500])}M 对称",
                 "staticIp": f"{base}.{R.randrange(0, 8) * 8}/29", "gateway": f"{base}.1",
                 "onu": {"model": "ZXHN F4600", "sn": "ZTEG" + hexs(8), "mac": mac("COLON")}}
        appt = t + dt.timedelta(days=R.randrange(1, 4))
        o["appointment"] = f"{appt:%Y-%m-%d} {R.choice(['09:00-12:00', '13:30-17:30'])}"
        o["installer"] = {"name": V(ins["name"], N), "mobile": V(ins["mob"], PH), "team": R.choice(["西湖装维一班", "滨江装维二班"])}
        o["status"] = R.choice(["已预约", "施工中", "已竣工", "已竣工"])
        if R.random() < 0.3:
            o["remark"] = S("客户要求上门前联系", L(o["customer"]["name"].v if home else o["customer"]["contactName"].v, N),
                            "，备用电话", L(fmt_mob(mobile(), "sp"), PH))
        o["createdAt"] = int(epoch_ms(t))
        jemit(d, o, sep=(",", ":"))
        d.w("\n")
    return d


def f_visitor():
    d = Doc("visitor_registration_202406.csv")
    write_row(d, ["登记编号", "登记时间", "访客姓名", "性别", "民族", "出生日期", "证件类型", "证件号码", "证件地址", "手机号码",
                  "车牌号", "随行人数", "来访单位", "被访人", "被访部门", "事由", "访客卡号", "离开时间", "登记人"])
    guards = [person("adult", sex=1, regions=ZJ) for _ in range(3)]
    t = dt.datetime(2024, 6, 17, 8, 20)
    for i in range(28):
        t += dt.timedelta(minutes=R.randrange(5, 60))
        if t.hour >= 18:
            t = t.replace(hour=8, minute=R.randrange(0, 40)) + dt.timedelta(days=1)
        v = person("adult", regions=REGIONS)
        host = R.choice(EMPS)
        k = R.random()
        if k < 0.78:
            ctype = "居民身份证"
            cno = L(v["id"], RID)
            dob = L(fmt_dob(v["dob"], R.choice(["iso", "cn", "compact"])), DOB)
            addr = L(address(v["reg"], R.choice(["full", "rural", "lane", "jiedao"])), ADDR)
            eth = v["eth"]
        elif k < 0.86:
            ctype, cno, dob, addr, eth = "护照", L(passport(), PP), L(fmt_dob(v["dob"], "iso"), DOB), "", ""
        elif k < 0.93:
            ctype, cno, dob, addr, eth = "往来港澳通行证", L(hk_permit(), HKP), L(fmt_dob(v["dob"], "dot"), DOB), "", ""
        else:
            ctype = "港澳居民居住证"
            cno = L(make_id(R.choice(["810000", "820000"]), v["dob"], v["sex"]), RID)
            dob, addr, eth = L(fmt_dob(v["dob"], "iso"), DOB), "", ""
        c = R.choice(CUSTS)
        car = L(plate(newenergy=R.random() < 0.3, prov=R.choice("浙浙浙沪苏皖")), PLATE) if R.random() < 0.4 else ""
        out = t + dt.timedelta(minutes=R.randrange(20, 200))
        write_row(d, [f"FK{t:%Y%m%d}{i + 1:04d}", f"{t:%Y-%m-%d %H:%M}", L(v["name"], N), sexs(v), eth, dob, ctype, cno, addr,
                      ph(mobile(), ("plain", "plain", "dash", "sp")), car, str(R.choice([0, 0, 1, 2])),
                      R.choice([c["name"], c["name"], "个人", "顺丰速运", "杭州启航会务服务有限公司"]), L(host["name"], N), host["dept"],
                      R.choice(["商务洽谈", "合同签署", "设备送修", "面试", "会议", "装维施工"]), f"V{R.randrange(1, 60):03d}",
                      f"{out:%H:%M}", L(R.choice(guards)["name"], N)], nl="\r\n")
    d.w(f"# 门岗电话 {OPER_TEL} 转 6110；访客身份证信息经读卡器读取，仅保留30天（依据《个人信息保护法》第十九条）\r\n")
    return d


def f_email():
    d = Doc("email_thread_sdwan_rollout.txt")
    cn = EMPS[0]
    cn2 = EMPS[1]
    fn, ln, cc = FOREIGN[1]
    fo_name = f"{fn} {ln}"
    fo_mob = foreign_mobile(cc)
    fo_cn = mobile()
    fo_mail = "sarah.oconnell@hxmobile-intl.example.com"
    fn2, ln2, cc2 = FOREIGN[9]
    fo2 = f"{fn2} {ln2}"
    fo2_mob = foreign_mobile(cc2)
    cust = CUSTS[-1]
    fx = cust["foreign"]
    site_people = [R.choice(c["contacts"]) for c in CUSTS[:5]]
    cn_en = pyname(cn, "gS")
    cn2_en = pyname(cn2, "sg")

    def sig_cn(p, en):
        d.w("\nBest regards,\n", L(en, N), " (", L(p["name"], N), ")\n", f"{EN_TITLE.get(p['title'], 'Account Manager')} | Government & Enterprise BU\n",
            "Huaxin Mobile Hangzhou Branch\n", "M: ", ph(p["mob"], ("+86sp",)), f" | T: +86 571 8711 0000 ext. {p['ext']}\n",
            "E: ", L(p["email"], EM), "\n398 Wensan Road, Xihu District, Hangzhou 310012, China\n")

    def sig_fo():
        d.w("\nKind regards,\n", L(fo_name, N), "\nProgram Manager, Enterprise Solutions EMEA/APAC\nHuaxin Mobile International Ltd.\n",
            "Mobile: ", L(fo_mob, PH), " | China mobile: ", ph(fo_cn, ("0086", "+86-")), "\n", "Email: ", L(fo_mail, EM), "\n")

    mid = [f"<{hexs(16, False)}.{digits(10)}@mail.{MAILDOM}>" for _ in range(6)]
    # message 1
    d.w("From: ", L(fo_name, N), " <", L(fo_mail, EM), ">\n", "To: ", L(cn_en, N), " <", L(cn["email"], EM), ">\n",
        "Cc: ", L(fo2, N), " <", L("meiling.tan@hxmobile-intl.example.com", EM), ">; it-helpdesk@", MAILDOM, "\n",
        "Date: Mon, 10 Jun 2024 09:14:27 +0100\nSubject: SD-WAN rollout for Kaisite (Hangzhou) - site contacts\n",
        f"Message-ID: {mid[0]}\nX-Mailer: Microsoft Outlook 16.0.17531.20140\n\n")
    d.w(f"Hi {cn['given_py'].capitalize()},\n\nHQ in Stuttgart has approved the SD-WAN rollout for Kaisite's three sites in Zhejiang. Their local GM is ",
        L(fx["name"], N), " (", L(fx["mob"], PH), ", or in China ", ph(fx["cnmob"], ("+86sp",)), "). ",
        "Could you confirm who on your side will run the site surveys and send me their mobile numbers?\n\n",
        "Also, for the PoC tenant the temporary admin password is ", L("Kst-" + hexs(6, False) + "#24", CRED),
        " - please rotate it after first login. Ticket ref: CHG0031845, PO 4500128736.\n")
    sig_fo()
    # message 2
    d.w("\n" + "-" * 70 + "\n")
    d.w("From: ", L(cn_en, N), " <", L(cn["email"], EM), ">\n", "To: ", L(fo_name, N), " <", L(fo_mail, EM), ">\n",
        "Cc: ", L(cn2_en, N), " <", L(cn2["email"], EM), ">; ", L(fo2, N), " <", L("meiling.tan@hxmobile-intl.example.com", EM), ">\n",
        f"Date: Tue, 11 Jun 2024 10:02:55 +0800\nSubject: RE: SD-WAN rollout for Kaisite (Hangzhou) - site contacts\nIn-Reply-To: {mid[0]}\n\n")
    d.w("Hi Sarah,\n\nThanks. Site surveys will be led by my colleague ", L(cn2_en, N), " (", L(cn2["name"], N), "), mobile ",
        ph(cn2["mob"], ("+86sp", "plain", "dash")), ". On the customer side the contacts per site are:\n\n")
    for i, p in enumerate(site_people[:3]):
        d.w(f"  {i + 1}. {['Xiaoshan plant', 'Binjiang R&D centre', 'Ningbo warehouse'][i]}: ", L(p["name"], N), " / ",
            L(pyname(p, R.choice(["sg", "SG", "gs"])), N), ", ", ph(p["mob"], ("+86sp", "plain", "sp", "+86")), "\n")
    d.w("\nThe survey at the Ningbo warehouse needs a gate pass; the guard asks for the visitor's ID number in advance, so I have sent ",
        "them ", L(cn2["name"], N), "'s ID (", L(cn2["id"], RID), ") by separate mail. Our hotline for anything urgent is ", OPER_400,
        " (24x7), not my mobile please :)\n")
    sig_cn(cn, cn_en)
    d.w("\n> On Mon, 10 Jun 2024 at 16:14, ", L(fo_name, N), " <", L(fo_mail, EM), f"> wrote:\n> Hi {cn['given_py'].capitalize()},\n> HQ in Stuttgart has approved the SD-WAN rollout ...\n",
        "> Their local GM is ", L(fx["name"], N), " (", L(fx["mob"], PH), ")\n")
    # message 3
    d.w("\n" + "-" * 70 + "\n")
    d.w("From: ", L(fo2, N), " <", L("meiling.tan@hxmobile-intl.example.com", EM), ">\n", "To: ", L(cn_en, N), " <", L(cn["email"], EM), ">\n",
        "Date: Wed, 12 Jun 2024 08:41:10 +0800\nSubject: RE: SD-WAN rollout for Kaisite (Hangzhou) - site contacts\n\n")
    d.w("Hi ", L(cn_en, N), ",\n\nQuick one: the Singapore team will ship two spare CPEs (SN ", "HXC" + hexs(9), ", firmware 7.2.1.11) to ",
        L(cn2_en, N), "'s attention. For customs we need a private delivery address - is it OK to use ", L(cn2_en, N), "'s home address, ",
        L(en_address(), ADDR), ", as on the last shipment? My direct numbers: ", L(fo2_mob, PH), " (mobile), +65 6123 4000 (office switchboard).\n\nCheers,\n", L(fo2, N), "\n",
        "Solutions Architect, Huaxin Mobile International (Singapore) Pte. Ltd.\n")
    # message 4
    d.w("\n" + "-" * 70 + "\n")
    d.w("From: ", L(cn2_en, N), " <", L(cn2["email"], EM), ">\n", "To: ", L(fo2, N), " <", L("meiling.tan@hxmobile-intl.example.com", EM), ">\n",
        "Date: Wed, 12 Jun 2024 11:20:03 +0800\nSubject: RE: SD-WAN rollout for Kaisite (Hangzhou) - site contacts\n\n")
    d.w("Hi Mei Ling,\n\nPlease ship to the office instead: ", OPER_ADDR, " (Huaxin Mobile, 12F reception), attn. ", L(cn2_en, N), ", ",
        ph(cn2["mob"], ("0086", "+86-")), ". The customer's local IT contact ", L(site_people[3]["name"], N), " (",
        L(pyname(site_people[3], "en"), N), ", ", ph(site_people[3]["mob"], ("+86sp",)), ") will collect them on Friday.\n")
    sig_cn(cn2, cn2_en)
    return d


def f_helpdesk():
    d = Doc("itsm_tickets_export_202406.csv")
    write_row(d, ["ticket_id", "created", "category", "requester", "requester_dept", "requester_ext", "requester_mobile", "asset_tag",
                  "hostname", "client_ip", "client_mac", "summary", "resolution", "assignee", "sla", "closed"])
    it = [e for e in EMPS if e["dept"] == "信息技术部"] or EMPS[:4]
    t = dt.datetime(2024, 6, 11, 8, 45)
    for i in range(30):
        t += dt.timedelta(minutes=R.randrange(10, 200))
        rq = R.choice(EMPS)
        wmac = mac(R.choice(["DASH", "colon"]))
        ag = R.choice(it)
        ip = f"10.{R.choice([31, 32, 33])}.{R.randrange(1, 40)}.{R.randrange(2, 250)}"
        cat = R.choice(["密码重置", "密码重置", "VPN", "邮箱", "打印机", "软件安装", "账号解锁", "网络", "移动设备"])
        host = f"HZ-PC{R.randrange(1000, 9999)}"
        summary = [f"{cat}：" + R.choice(["无法登录OA", "密码过期", "账号被锁定", "外网打不开", "Outlook一直提示输入密码", "需要安装Visio"])]
        if cat in ("密码重置", "账号解锁"):
            tmp = R.choice(["Hx@", "Tmp#", "Reset!", "Init_"]) + digits(4) + R.choice(["ab", "Qz", "kx", ""])
            res = ["已核实身份（手机尾号", rq["mob"][-4:], "），AD密码已重置为临时密码 ", L(tmp, CRED), "，首次登录须修改。已短信通知 ",
                   ph(rq["mob"], ("plain",))]
        elif cat == "VPN":
            res = ["VPN客户端升级至 7.6.3.20417，重新下发令牌，种子 ", L(hexs(32, False), CRED), "；用户外网IP ", L(ipv4_public(), IP)]
        elif cat == "邮箱":
            res = ["Outlook配置文件损坏，重建后正常；邮箱 ", L(rq["email"], EM), " 容量 48.2/50 GB，已申请扩容"]
        elif cat == "移动设备":
            res = ["员工手机（", rq["phone_model"], "）丢失，MDM 已远程锁定并擦除企业工作区；设备 IMEI ", L(imei(), "IMEI_HARDWARE_ID"),
                   "，MDM 设备号 ", hexs(16, False), "，已通知本人挂失号码 ", ph(rq["mob"], ("plain", "dash"))]
        elif cat == "网络":
            res = ["交换机 10.31.0.1 端口 Gi1/0/", str(R.randrange(1, 48)), " err-disabled，已恢复；终端 MAC ", L(wmac, MAC)]
        else:
            res = [R.choice(["远程协助处理完毕", "已安装并激活（许可 KMS）", "更换硒鼓，打印正常", "更新驱动 v10.0.19041.1"])]
        if R.random() < 0.15:
            res += ["。代为处理人 ", L(R.choice(EMPS)["name"], N), " 已确认"]
        macv = L(wmac, MAC)
        write_row(d, [f"INC{t:%Y%m%d}{R.randrange(1000, 9999)}", f"{t:%Y-%m-%d %H:%M:%S}", cat, L(rq["name"], N), rq["dept"], rq["ext"],
                      ph(rq["mob"], ("plain", "plain", "+86")) if R.random() < 0.8 else "", f"ZC{digits(8)}", host, L(ip, IP), macv,
                      summary, res, L(ag["name"], N), R.choice(["P3-8h", "P4-24h", "P2-4h"]),
                      f"{t + dt.timedelta(minutes=R.randrange(10, 300)):%Y-%m-%d %H:%M:%S}"])
    return d


def f_ldap():
    d = Doc("ldap_users_export.ldif")
    d.w("# extended LDIF\n#\n# LDAPv3\n# base <ou=People,dc=hz,dc=hxmobile,dc=example> with scope subtree\n# filter: (objectClass=inetOrgPerson)\n# requesting: ALL\n#\n\n")
    ous = {"政企客户部": "GovEnt", "行业拓展一部": "IndustryA", "行业拓展二部": "IndustryB", "集团客户服务中心": "GroupCS",
           "信息技术部": "IT", "财务部": "Finance", "人力资源部": "HR", "综合办公室": "GeneralOffice", "网络运维中心": "NOC",
           "西湖区政企营业部": "XihuSales", "滨江区政企营业部": "BinjiangSales"}
    people = R.sample(EMPS, 28)
    for i, p in enumerate(people):
        ou = ous[p["dept"]]
        style = R.choice(["sg", "sg", "gs", "SG", "en"])
        cnv = pyname(p, style)
        d.w(f"# {p['login']}, {ou}, People, hz.hxmobile.example\n")
        d.w(f"dn: uid={p['login']},ou={ou},ou=People,dc=hz,dc=hxmobile,dc=example\n")
        d.w("objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: inetOrgPerson\nobjectClass: hxEmployee\n")
        d.w(f"uid: {p['login']}\n", "cn: ", L(cnv, N), "\n", f"sn: {p['sur_py'].capitalize()}\n")
        d.w(f"givenName: {p['given_py'].capitalize() if style != 'en' else p['en']}\n")
        d.w("displayName:: ", base64.b64encode(f"{p['name']} ({cnv})".encode()).decode(), "\n")
        d.w("mail: ", L(p["email"], EM), "\n")
        d.w("mobile: ", ph(p["mob"], ("+86sp", "plain", "+86")), "\n")
        d.w(f"telephoneNumber: {p['ext']}\n")
        if p["direct"] and R.random() < 0.6:
            d.w("homePhone: ", L(fmt_land(p["direct"]) if R.random() < 0.5 else "+86 571 " + p["direct"][4:], PH), "\n")
        d.w(f"employeeNumber: {p['gh']}\nemployeeType: {R.choice(['FTE', 'FTE', 'Contractor'])}\ndepartmentNumber: {ou}\n")
        d.w("postalAddress: Huaxin Tower$398 Wensan Road$Xihu District, Hangzhou 310012\n")
        if R.random() < 0.35:
            d.w("homePostalAddress: ", L(en_address(), ADDR), "\n")
        if R.random() < 0.3:
            d.w("hxBirthDate: ", L(fmt_dob(p["dob"], R.choice(["iso", "compact"])), DOB), "\n")
        mgr = R.choice(people)
        d.w(f"manager: uid={mgr['login']},ou={ous[mgr['dept']]},ou=People,dc=hz,dc=hxmobile,dc=example\n")
        if R.random() < 0.4:
            salt = bytes(R.randrange(256) for _ in range(24))
            d.w("userPassword: ", L("{SSHA}" + base64.b64encode(salt).decode(), CRED), "\n")
        d.w(f"entryUUID: {uuid4()}\ncreateTimestamp: {2015 + R.randrange(9)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}0{R.randrange(10)}{R.randrange(60):02d}{R.randrange(60):02d}Z\n")
        d.w(f"pwdChangedTime: 2024{R.randrange(3, 7):02d}{R.randrange(1, 29):02d}0{R.randrange(10)}1522Z\n\n")
    for fn, ln, cc in FOREIGN[4:8]:
        login = f"{fn.lower()}.{ln.lower()}"
        d.w(f"# {login}, Intl, People, hz.hxmobile.example\ndn: uid={login},ou=Intl,ou=People,dc=hz,dc=hxmobile,dc=example\n")
        d.w(f"objectClass: inetOrgPerson\nuid: {login}\n", "cn: ", L(f"{fn} {ln}", N), f"\nsn: {ln}\ngivenName: {fn}\n")
        d.w("mail: ", L(f"{login}@hxmobile-intl.example.com", EM), "\n", "mobile: ", L(foreign_mobile(cc), PH), "\n")
        d.w(f"employeeNumber: X{digits(6)}\nemployeeType: Secondee\nentryUUID: {uuid4()}\n\n")
    for svc, pw in (("svc_crm_sync", "Crm#Sync" + digits(4) + "!"), ("svc_mrbs", "mRbs_" + hexs(10, False)), ("svc_scan2mail", "Scan2Mail@" + digits(3))):
        d.w(f"# {svc}, Services, hz.hxmobile.example\ndn: uid={svc},ou=Services,dc=hz,dc=hxmobile,dc=example\n")
        d.w(f"objectClass: account\nobjectClass: simpleSecurityObject\nuid: {svc}\ndescription: service account (owner: IT, ticket CHG00{digits(5)})\n")
        d.w("userPassword: ", L(pw, CRED), "\n\n")
    d.w(f"# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: {len(people) + 8}\n# numEntries: {len(people) + 7}\n")
    return d


def f_payroll():
    d = Doc("payroll_confirmation_202406.csv")
    d.w(f"{OPER_SHORT} 2024年6月工资发放确认表（政企客户部及支撑部门）,,,,,,,,,,,,,,,,\n")
    d.w("发放批次：PAY-202406-02,代发银行：中国工商银行,代发协议号：DF3301202100875,,,,,,,,,,,,,,\n")
    write_row(d, ["序号", "工号", "姓名", "身份证号", "部门", "岗位", "基本工资", "绩效工资", "补贴", "应发合计", "社保个人",
                  "公积金个人", "个税", "实发金额", "工资卡号", "本人签字确认", "确认时间"])
    tot = 0
    for i, p in enumerate(R.sample(EMPS, 30)):
        base = R.randrange(60, 180) * 100
        perf = R.randrange(10, 120) * 100
        sub = R.choice([300, 500, 800])
        gross = base + perf + sub
        ss = round(gross * 0.105, 2)
        hf = round(base * 0.12, 2)
        tax = round(max(0, (gross - ss - hf - 5000) * 0.1 - 210), 2)
        net = round(gross - ss - hf - tax, 2)
        tot += net
        sign = L(p["name"], N) if R.random() < 0.85 else "未确认"
        card = p["card"] if R.random() < 0.8 else " ".join(p["card"][k:k + 4] for k in range(0, len(p["card"]), 4))
        write_row(d, [str(i + 1), p["gh"], L(p["name"], N), L(p["id"], RID), p["dept"], p["title"], f"{base:.2f}", f"{perf:.2f}",
                      f"{sub:.2f}", f"{gross:.2f}", f"{ss:.2f}", f"{hf:.2f}", f"{tax:.2f}", f"{net:.2f}", L(card, BC), sign,
                      f"2024-06-{R.randrange(25, 29)} {R.randrange(8, 22):02d}:{R.randrange(60):02d}" if sign != "未确认" else ""])
    hr = R.choice([e for e in EMPS if e["dept"] == "人力资源部"] or EMPS)
    fin = R.choice([e for e in EMPS if e["dept"] == "财务部"] or EMPS)
    d.w(f"合计,,,,,,,,,,,,,{tot:.2f},,,\n")
    d.w("制表：", L(hr["name"], N), ",复核：", L(fin["name"], N), ",审批：", L(R.choice(EMPS)["name"], N),
        ",薪酬咨询：人力资源部 分机 ", hr["ext"], ",,,,,,,,,,,,\n")
    return d


def f_weekly():
    d = Doc("weekly_report_2024W24.md")
    me = EMPS[2]
    d.w("# 政企客户部 周报（2024 W24：06-10 ~ 06-14）\n\n")
    d.w("> 填报人：", L(me["name"], N), f"（{me['title']}） · 版本 v1.3 · 文档ID DOC-ZQ-2024-0614-{digits(4)}\n\n")
    d.w("## 一、本周重点进展\n\n")
    for c in CUSTS[:6]:
        ct = R.choice(c["contacts"])
        s = sales()
        d.w(f"- **{c['name']}**：", R.choice(["专线扩容方案已确认", "云电脑POC完成", "合同已盖章回传", "短号网新增成员已开通"]),
            "，客户对接人 ", L(ct["name"], N), "（", ph(ct["mob"], ("plain", "sp", "dash", "fw")), "），负责人 @", L(s["name"], N), "\n")
    d.w("\n## 二、商机跟进表\n\n| 客户 | 联系人 | 联系电话 | 阶段 | 预计金额(万) | 负责人 |\n|---|---|---|---|---|---|\n")
    for c in CUSTS[6:16]:
        ct = R.choice(c["contacts"])
        d.w(f"| {c['name']} | ", L(ct["name"], N), " | ", ph(ct["mob"], ("plain", "sp", "+86sp")), f" | {R.choice(['需求确认', '方案报价', '商务谈判', '赢单'])} | ",
            f"{R.randrange(5, 300)} | ", L(sales()["name"], N), " |\n")
    d.w("\n## 三、装机与售后\n\n")
    for i in range(4):
        p = person("adult", regions=ZJ)
        d.w(f"{i + 1}. 集团成员家宽装机：用户", L(p["name"], N), "，地址", L(address(R.choice(HZ)), ADDR), "，",
            R.choice(["已竣工", "光缆未到位，改约下周", "用户不在家，改约"]), "；装维 ", L(R.choice(EMPS)["name"], N), "\n")
    d.w("\n## 四、风险与求助\n\n")
    d.w(f"- 客户投诉（工单 GD2024061300{digits(6)}）：", L(CUSTS[2]["contacts"][0]["name"], N),
        " 反映收到营销短信来自 ", OPER_400, "，要求退订；已加入免打扰名单，回访号码 ", mask_mob(CUSTS[2]["contacts"][0]["mob"]), "。\n")
    d.w("- 测试环境账号 `zq_test01` 的密码 `", L("Zq!" + hexs(8, False), CRED), "` 误贴到群里，已通知 IT 重置（INC2024061405512）。\n")
    d.w(f"- 代码仓库 commit `{hexs(40, False)}` 已修复报表导出问题，版本 2.14.0。\n\n")
    d.w("## 五、下周计划\n\n- [ ] 与 ", L(R.choice(CUSTS)["legal"]["name"], N), "（法人）确认续约条款\n- [ ] 拜访", CUSTS[7]["name"], "，约 ",
        L(CUSTS[7]["contacts"][0]["name"], N), " 周三下午\n- [ ] 提交 Q3 预算（财务对口 ", L(R.choice(EMPS)["name"], N), "）\n")
    return d


def f_directory():
    d = Doc("internal_directory_2024-06.csv")
    d.w(f"\ufeff{OPER_SHORT} 内部通讯录（2024年6月版，总机 {OPER_TEL}，外线拨分机：总机转分机号；内部请勿外传）\n")
    write_row(d, ["部门", "姓名", "英文名", "职务", "分机", "办公直线", "手机", "集团短号", "邮箱", "座位"])
    people = sorted(R.sample(EMPS, 44), key=lambda e: e["dept"])
    for p in people:
        en = L(pyname(p, R.choice(["en", "en", "sg", "SG", "gs"])), N) if R.random() < 0.6 else ""
        direct = L(fmt_land(p["direct"]), PH) if p["direct"] else ""
        mob = ph(p["mob"], ("plain", "plain", "plain", "dash", "sp", "fw"))
        write_row(d, [p["dept"], L(p["name"], N), en, p["title"], p["ext"], direct, mob, p["vpmn"], L(p["email"], EM),
                      f"{R.choice([3, 12, 15])}F-{R.choice('ABC')}{R.randrange(1, 60):03d}"])
    d.w(f"公共号码：前台 6000；IT服务台 6100（{OPER_TEL} 转 6100）；门岗 6110；客户服务热线 {OPER_HOTLINE}；政企专席 {OPER_400}\n")
    return d


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    EMPS.extend(emp_pool(140))
    CUSTS.extend(cust_pool())
    docs = [f_oa_json(), f_oa_text(), f_attendance(), f_expense(), f_crm(), f_visits(), f_meeting(), f_cards(), f_contract(),
            f_vpmn(), f_broadband(), f_visitor(), f_email(), f_helpdesk(), f_ldap(), f_payroll(), f_weekly(), f_directory()]
    lines = []
    for doc in docs:
        path = os.path.join(a.out, doc.name)
        with open(path, "wb") as fh:
            fh.write(bytes(doc.buf))
        with open(path, "rb") as fh:
            data = fh.read()
        for s, e, typ, v in doc.labels:
            assert data[s:e].decode("utf-8") == v, (doc.name, s, e, v)
            lines.append(json.dumps({"file": doc.name, "start": s, "end": e, "type": typ}, ensure_ascii=False))
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # self-checks on identifier validity
    for doc in docs:
        for s, e, typ, v in doc.labels:
            if typ == RID:
                assert len(v) == 18 and ric.calc_check_digit(v[:17] + "0") == v[17].upper(), v
                assert ric.is_valid(v.upper()) or v[:2] in ("81", "82", "83"), v
            if typ == BC:
                assert luhn_ok(v.replace(" ", "")), v
            if typ == PH:
                raw = v.translate(str.maketrans("０１２３４５６７８９＋－", "0123456789+-"))
                num = phonenumbers.parse(raw.replace("0086", "+86", 1) if raw.startswith("0086") else raw, "CN")
                assert phonenumbers.is_valid_number(num), v
            if typ == "IMEI_HARDWARE_ID":
                assert len(v) == 15 and luhn_ok(v), v
            if typ == MAC:
                assert len(v.replace(":", "").replace("-", "")) == 12, v
    print(f"wrote {len(docs)} files, {len(lines)} labels to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
