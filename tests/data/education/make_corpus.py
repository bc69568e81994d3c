#!/usr/bin/python3
"""Synthetic, labelled corpus: education data held by an operator's smart-campus /
education-cloud services (校园卡, 家校通, 智慧校园, 电子学生证).

All people, numbers and addresses are invented. Schools and companies are fictitious.

Files
-----
students_sis_export.csv        K-12 student information system export (UTF-8 with BOM):
                               学号, 姓名, 性别, 出生日期, 身份证号, 民族, 班级, 家庭住址, 监护人, 电话.
xuekao_baoming_2024.json       Exam registration (学考报名) export, pretty-printed JSON array with
                               Chinese keys; ID card / passport / residence-permit numbers, phones,
                               e-mails, mailing addresses, some initial passwords.
campus_card_pos_20240611.log   University campus-card (一卡通) transaction log: card numbers (not bank
                               cards), holder names, POS terminals, amounts; 圈存 lines carry bank cards.
dorm_assignment_2024fall.tsv   Dormitory assignment list (tab separated) with counsellor contacts.
radius_detail_20240612.log     FreeRADIUS accounting detail records + portal auth lines for campus
                               Wi-Fi: user IPs (v4/v6), device MACs, a few PAP passwords in debug output.
jxt_sms_outbox_202406.csv      家校通 SMS gateway outbox: parent mobiles, child names, grades, teacher
                               names / mobiles inside message text.
teacher_roster_2024.csv        Teacher roster: 工号, 姓名, 出生日期, 身份证号, 手机, 邮箱, etc.
scholarship_disbursement_2024.csv  National bursary disbursement list with ID and bank card numbers.
tuition_bank_recon_20240905.txt    Fixed-width bank reconciliation file for tuition payments
                               (payer card, payer name, student name, amounts).
online_class_access.log        Online-class platform: nginx access lines (client IP, tokens in query
                               strings) interleaved with SDK JSON events (IP, IMEI, MAC, model).
graduate_employment_2024.json  Graduate employment-registration export (pinyin keys): personal data,
                               employer (company, credit code, address: not personal), passports.
gaosan2_monthly_exam_scores.csv  Class exam score sheet (names are the only PI).
school_bus_track_20240612.log  School-bus tracker: device IMEI/ICCID/IMSI header, GPS fixes with
                               separate lat/lng fields, RFID boarding reads with child names and
                               "lng,lat" pairs, LBS fallback with cell ids, plates, staff phones.
medical_room_visits_2024H1.csv School medical-room visit log (child, parent phone, school doctor).
parent_wechat_group_export.txt Parent-teacher WeChat group text export (nicknames with child names,
                               addresses, plates, ID numbers, travel permits, full-width digits).
student_card_location.jsonl    电子学生证 (student smart card / watch) platform: IMEI, MEID, IMSI, ICCID,
                               card MSISDN, family numbers, lat/lng fields, serving cell, API secrets.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive).

Label conventions
-----------------
* PHONE_NUMBER: as written, including +86 / 0086 / 86 prefixes, spaces, dashes, full-width digits;
  landlines with area code.  School switchboards, service numbers (10086, 95588, 400-...) and
  masked numbers (138****1234) are not labelled.
* BANK_CARD_NUMBER: as written, including group spaces. Campus-card numbers are not bank cards.
* PERSON_NAME: full names of private people (students, parents, teachers, staff, HR contacts),
  every occurrence; a child's full name inside a WeChat nickname ("张子涵妈妈") is labelled
  without the suffix; "王丽华老师" labels "王丽华".  Masked names (李*远), surnames with titles
  (王老师) and company / school names are not labelled.
* DATE_OF_BIRTH: birth dates only (any format); enrolment, exam, visit and transaction dates are not.
* STREET_ADDRESS: a person's address whole, from the first place name to the room/house number.
  School, exam-centre and employer addresses are not labelled; neither is 生源地 (province/city).
* CHINA_RESIDENT_ID_NUMBER includes 15-digit legacy numbers and 81/82/83 residence-permit numbers.
* CREDENTIAL: the password / token / secret value only.
* LOCATION_COORDINATES: a "lng,lat" / "lat,lng" pair in one value is one label; separate latitude
  and longitude fields are labelled individually.
* CELL_ID: the value of a field named as a cell id (cid / ci / cell_id), or a whole CGI/ECGI string.
  LAC/TAC values alone are not labelled.
* IP_ADDRESS / MAC_ADDRESS: addresses of users' devices only.  Campus network infrastructure
  (NAS IPs, AP MACs in Called-Station-Id, upstream server IPs) is not labelled.
* Not labelled: student / staff / exam / card numbers, order and transaction numbers, epoch
  timestamps, amounts, scores, Unified Social Credit Codes, RFID card UIDs, android_id / IDFA,
  UUIDs, hashes, version strings, device serials, postcodes, teacher certificate numbers.

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

SEED = 20240611
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


def jemit(doc, obj, indent=None, level=0, sep=(", ", ": ")):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    endpad = "" if indent is None else " " * (indent * level)
    if isinstance(obj, V):
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

SCHOOL = "杭州市文澜实验中学"
SCHOOL_ADDR = "浙江省杭州市西湖区文二西路 392 号"
SCHOOL_TEL = "0571-86273300"
UNIV = "江南理工大学"

# shared population of the K-12 school (used across several files)
KIDS = []


def kid_pool(n):
    for i in range(n):
        p = person("kid")
        p["dob"] = rand_date(2006, 2009)
        p["id"] = make_id(p["reg"][0], p["dob"], p["sex"])
        g = {2006: 3, 2007: 3, 2008: 2, 2009: 1}[p["dob"].year]
        if p["dob"].year == 2008 and p["dob"].month >= 9:
            g = 1
        if p["dob"].year == 2007 and p["dob"].month >= 9:
            g = 2
        p["cls"] = f"高{'一二三'[g - 1]}({R.randrange(1, 13)})班"
        p["xh"] = f"{2024 - g + 1}{R.randrange(1, 13):02d}{R.randrange(1, 50):02d}"
        rel = R.choices(["父亲", "母亲", "爷爷", "外婆"], [5, 5, 1, 1])[0]
        age = "old" if rel in ("爷爷", "外婆") else "adult"
        if rel in ("父亲", "爷爷"):
            gd = person(age, surname=(p["sur"], p.get("sur_py", "")), sex=1)
        else:
            gd = person(age, sex=0)
        p["rel"] = rel
        p["gname"] = gd["name"]
        p["gmob"] = mobile()
        p["addr"] = address(p["reg"] if R.random() < 0.8 else R.choice(HZ))
        KIDS.append(p)


def teacher_pool(n):
    out = []
    subjects = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "信息技术", "体育", "音乐", "美术"]
    for i in range(n):
        p = person("adult", regions=ZJ + R.sample(REGIONS, 3))
        p["subj"] = R.choice(subjects)
        p["gh"] = f"T{2000 + R.randrange(0, 24)}{i + 1:03d}"
        p["mob"] = mobile()
        out.append(p)
    return out


TEACHERS = []

# ----------------------------------------------------------------------------- files


def f_sis():
    d = Doc("students_sis_export.csv")
    d.w("\ufeff")
    csv_row(d, ["学号", "姓名", "性别", "出生日期", "身份证号", "民族", "班级", "入学日期", "家庭住址", "监护人",
                "关系", "监护人电话", "备注"])
    for p in KIDS[:44]:
        idv = p["id"] if R.random() > 0.12 else p["id"][:-1] + p["id"][-1].lower()
        ent = f"{p['xh'][:4]}-09-01"
        note = R.choices(["", "住校", "走读", "低保户", "随迁子女", "家长另留电话"], [6, 3, 3, 1, 1, 1])[0]
        notecell = note
        if note == "家长另留电话":
            notecell = ["家长另留电话", L(fmt_mob(mobile(), "dash"), PH)]
        ph = p["gmob"] if R.random() > 0.1 else landline("0571")
        phcell = L(ph if ph.startswith("1") else fmt_land(ph), PH)
        row = [p["xh"], L(p["name"], N), sexs(p), L(p["dob"].strftime("%Y-%m-%d"), DOB), L(idv, RID), p["eth"],
               p["cls"], ent, L(p["addr"], ADDR), L(p["gname"], N), p["rel"], phcell]
        parts = []
        for i, c in enumerate(row):
            if i:
                parts.append(",")
            parts.extend(csv_cell(c))
        parts.append(",")
        parts.append(notecell if isinstance(notecell, list) else notecell)
        parts.append("\r\n")
        d.w(*parts)
    # trailer lines commonly found in exports
    d.w(f"导出人:admin_jw,导出时间:2024-06-11 16:42:07,记录数:44,学校:{SCHOOL},学校代码:3301060123\r\n")
    return d


def f_baoming():
    d = Doc("xuekao_baoming_2024.json")
    recs = []
    for i, p in enumerate(KIDS[44:74]):
        doc_type = "居民身份证"
        docno = V(p["id"], RID)
        r = R.random()
        if r < 0.08:
            doc_type = "护照"
            docno = V(passport(), PP)
        elif r < 0.13:
            doc_type = "港澳台居民居住证"
            code = R.choice(["810000", "820000", "830000"])
            docno = V(make_id(code, p["dob"], p["sex"]), RID)
        qq = R.random() < 0.5
        email = (digits(R.randrange(8, 11)).lstrip("0") or "1") + "@qq.com" if qq else \
            f"{p['py']}{p['dob']:%m%d}@{R.choice(['163.com', '126.com', 'foxmail.com', 'sina.com'])}"
        rec = {
            "报名号": f"24330106{i + 1:06d}",
            "姓名": V(p["name"], N),
            "性别": sexs(p),
            "证件类型": doc_type,
            "证件号码": docno,
            "出生日期": V(p["dob"].strftime("%Y%m%d"), DOB),
            "民族": p["eth"],
            "毕业学校": SCHOOL,
            "班级": p["cls"],
            "联系电话": V(fmt_mob(mobile(), R.choice(["plain", "plain", "sp"])), PH),
            "监护人电话": V(p["gmob"], PH),
            "电子邮箱": V(email, EM),
            "通讯地址": V(p["addr"], ADDR),
            "邮政编码": R.choice(["310012", "310013", "310030", "311121", "310052"]),
            "考点": f"{SCHOOL}（{SCHOOL_ADDR}）",
            "考场号": f"{R.randrange(1, 40):03d}",
            "座位号": f"{R.randrange(1, 31):02d}",
            "报考科目": R.sample(["物理", "化学", "生物", "历史", "地理", "政治", "技术"], 3),
            "报名时间": f"2024-03-{R.randrange(1, 15):02d} {R.randrange(8, 22):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}",
            "审核状态": R.choice(["已审核", "已审核", "待审核"]),
            "照片": hashlib.md5(p["id"].encode()).hexdigest() + ".jpg",
        }
        if R.random() < 0.3:
            rec["初始密码"] = V(R.choice(["Xk", "Wl", "Bm", "Hz"]) + "@" + p["dob"].strftime("%m%d") + digits(2), CRED)
        if doc_type != "居民身份证":
            rec["备注"] = "国际部学生" if doc_type == "护照" else "港澳台学生，已提交居住证复印件"
        recs.append(rec)
    out = {"code": 0, "msg": "success", "exportTime": 1718094127452, "total": len(recs), "data": recs}
    jemit(d, out, indent=2)
    d.w("\n")
    return d


def f_campus_card():
    d = Doc("campus_card_pos_20240611.log")
    shops = [("一食堂二楼面点", "POS0312"), ("二食堂清真窗口", "POS0407"), ("三食堂麻辣烫", "POS0521"),
             ("图书馆打印", "PRT0102"), ("浴室3号楼", "BATH0301"), ("超市(学生活动中心)", "POS0901"),
             ("开水房东区", "WTR0203"), ("校医院挂号", "HOS0101"), ("洗衣房12栋", "LDY1201")]
    holders = []
    for i in range(70):
        p = person("young", regions=REGIONS)
        p["card"] = f"{R.choice(['2021', '2022', '2023', '2024'])}{R.randrange(1, 40):02d}{R.randrange(1, 999):04d}"
        p["bal"] = R.randrange(500, 40000) / 100
        holders.append(p)
    d.w(f"# {UNIV} 一卡通前置机 posgw v2.3.17 build 20240301  node=cardsvr-02  tz=+08:00\n")
    t = dt.datetime(2024, 6, 11, 6, 30, 0)
    for i in range(150):
        t += dt.timedelta(seconds=R.randrange(5, 300), milliseconds=R.randrange(1000))
        h = R.choice(holders)
        ts = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
        txn = t.strftime("%Y%m%d%H%M%S") + digits(6)
        k = R.random()
        if k < 0.12:
            amt = R.choice([50, 100, 100, 200, 300, 500])
            card, bank = bank_card(spaced=R.random() < 0.2)
            h["bal"] += amt
            d.w(f"{ts} INFO  [TRANSFER] txn={txn} card={h['card']} name=", L(h["name"], N),
                f" type=圈存 bank={bank} acct=", L(card, BC), f" amt=+{amt:.2f} bal={h['bal']:.2f} ",
                f"channel={R.choice(['APP', '自助终端', '微信'])} ret=0000\n")
        elif k < 0.16:
            d.w(f"{ts} WARN  [LOSS] txn={txn} card={h['card']} name=", L(h["name"], N),
                f" op=挂失 idno={masked_id(h['id'])} tel={mask_mob(mobile())} src=自助服务 ret=0000\n")
        elif k < 0.22:
            shop, term = R.choice(shops)
            d.w(f"{ts} ERROR [POS] txn={txn} term={term} card={h['card']} name={h['name'][0]}*{h['name'][-1]} ",
                f"ret=E104 msg=余额不足 amt={R.randrange(300, 2500) / 100:.2f} bal={h['bal']:.2f}\n")
        else:
            shop, term = R.choice(shops)
            amt = R.randrange(100, 2800) / 100
            h["bal"] = max(0, h["bal"] - amt)
            style = R.random()
            if style < 0.7:
                d.w(f"{ts} INFO  [POS] txn={txn} term={term} shop={shop} card={h['card']} name=", L(h["name"], N),
                    f" amt=-{amt:.2f} bal={h['bal']:.2f} cnt={R.randrange(100, 3000)} mac={hexs(8)}\n")
            else:
                d.w(f"{ts} INFO  [POS] {json.dumps({'txn': txn, 'term': term, 'card': h['card']}, ensure_ascii=False)[:-1]}",
                    ', "holder": "', L(h["name"], N), f'", "amt": {amt:.2f}, "bal": {h["bal"]:.2f}, "ts": {epoch_ms(t)}}}\n')
    d.w(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.000 INFO  [STAT] batch=20240611A posted=150 sum=18342.50 sync=ok\n")
    return d


def f_dorm():
    d = Doc("dorm_assignment_2024fall.tsv")
    d.w(f"{UNIV} 2024级新生宿舍分配表（紫金校区）\t\t\t\t\t\t\t\t\n")
    d.w("楼栋\t房间号\t床位\t学号\t姓名\t性别\t学院\t专业班级\t本人手机\t辅导员\t辅导员电话\n")
    colleges = [("计算机学院", "计科"), ("机械学院", "机自"), ("经管学院", "会计"), ("外国语学院", "英语"),
                ("电气学院", "电气"), ("材料学院", "材料")]
    counselors = {c[0]: (person("adult", regions=ZJ)["name"], mobile()) for c in colleges}
    n = 0
    for b in range(3):
        bld = f"{R.choice(['紫荆', '银杏', '丹桂'])}{b + 1}号楼"
        sex = b % 2
        for r in range(3):
            room = f"{R.randrange(1, 7)}{R.randrange(1, 30):02d}"
            col, maj = R.choice(colleges)
            for bed in range(1, 5):
                p = person("young", regions=REGIONS, sex=sex)
                n += 1
                xh = f"2024{R.randrange(1, 20):02d}{n:04d}"
                ph = mobile()
                phs = fmt_mob(ph, R.choices(["plain", "dash", "sp"], [8, 1, 1])[0])
                cname, cmob = counselors[col]
                d.w(f"{bld}\t{room}\t{bed}\t{xh}\t", L(p["name"], N), f"\t{'男' if sex else '女'}\t{col}\t{maj}240{R.randrange(1, 5)}\t",
                    L(phs, PH) if R.random() > 0.08 else "", "\t", L(cname, N), "\t", L(cmob, PH), "\n")
    d.w("\n说明：入住时间 2024-09-07 至 09-08；宿管中心值班电话 0571-86919110（24小时），报修请拨 86919119。\n")
    d.w("床位号以门牌为准，调换宿舍须经辅导员审批，在“智慧江理”APP 提交申请（流程编号 DORM-2024-0907）。\n")
    return d


def f_radius():
    d = Doc("radius_detail_20240612.log")
    nas = ["10.255.0.2", "10.255.0.3"]
    aps = [mac("DASH") for _ in range(6)]
    ssids = ["JNLG-WLAN", "JNLG-Guest", "eduroam"]
    t = dt.datetime(2024, 6, 12, 7, 58, 0)
    users = []
    for i in range(28):
        acct = f"20{R.randrange(20, 24)}{R.randrange(1, 20):02d}{R.randrange(1, 9999):04d}"
        if R.random() < 0.1:
            acct = mobile() + "@xyw"
        users.append(dict(acct=acct, mac=mac("DASH", rnd=R.random() < 0.4),
                          ip=f"172.{R.randrange(16, 32)}.{R.randrange(0, 256)}.{R.randrange(2, 255)}",
                          v6=ipv6_user() if R.random() < 0.3 else None))
    for i, u in enumerate(users):
        sid = hexs(16)
        t0 = t
        for status in ("Start", "Stop"):
            t += dt.timedelta(seconds=R.randrange(3, 400)) if status == "Start" else dt.timedelta(seconds=R.randrange(120, 1500))
            d.w(t.strftime("%a %b %d %H:%M:%S %Y") + "\n")
            if "@" in u["acct"]:
                d.w('\tUser-Name = "', L(u["acct"][:11], PH), u["acct"][11:] + '"\n')
            else:
                d.w(f'\tUser-Name = "{u["acct"]}"\n')
            d.w(f"\tNAS-IP-Address = {R.choice(nas)}\n\tNAS-Port = {R.randrange(1, 60000)}\n")
            d.w(f'\tCalled-Station-Id = "{R.choice(aps)}:{R.choice(ssids)}"\n')
            d.w('\tCalling-Station-Id = "', L(u["mac"], MAC), '"\n')
            d.w("\tFramed-IP-Address = ", L(u["ip"], IP), "\n")
            if u["v6"]:
                d.w("\tFramed-IPv6-Address = ", L(u["v6"], IP), "\n")
            d.w(f'\tAcct-Status-Type = {status}\n\tAcct-Session-Id = "{sid}"\n')
            if status == "Stop":
                d.w(f"\tAcct-Session-Time = {int((t - t0).total_seconds())}\n\tAcct-Input-Octets = {R.randrange(10**5, 10**9)}\n"
                    f"\tAcct-Output-Octets = {R.randrange(10**5, 10**9)}\n\tAcct-Terminate-Cause = {R.choice(['User-Request', 'Idle-Timeout', 'Lost-Carrier'])}\n")
            d.w(f'\tEvent-Timestamp = "{t.strftime("%b %d %Y %H:%M:%S")} CST"\n\tNAS-Identifier = "AC-{R.choice(["TSG", "SS12", "JXL"])}-01"\n')
            d.w(f'\tAcct-Unique-Session-Id = "{hashlib.md5(sid.encode()).hexdigest()}"\n\tTimestamp = {epoch_s(t)}\n\n')
        if i % 4 == 1:
            # portal web log line
            style = R.choice(["bare", "colon", "COLON"])
            m = u["mac"].replace("-", "")
            mm = m.lower() if style == "bare" else ":".join(m[j:j + 2] for j in range(0, 12, 2))
            if style == "colon":
                mm = mm.lower()
            d.w(f"# portal {t:%Y-%m-%d %H:%M:%S} [auth] login ok user={u['acct'] if '@' not in u['acct'] else mask_mob(u['acct'][:11])} userip=",
                L(u["ip"], IP), " usermac=", L(mm, MAC), f" nasip={nas[0]} acip=10.255.0.1 ",
                f'ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15" ver=portal-4.1.2\n\n')
        if i % 9 == 4:
            pwd = R.choice(["Jnlg@", "wifi", "Abc", "zxc"]) + digits(R.randrange(4, 7)) + R.choice(["", "!", "#"])
            d.w(f"# radiusd -X (debug enabled by ops ticket OPS-2024-0612-07)\n(3{i}) Received Access-Request Id {R.randrange(256)} from {nas[1]}:{R.randrange(30000, 65000)} to 10.255.0.10:1812 length 190\n")
            if "@" in u["acct"]:
                d.w(f'(3{i})   User-Name = "', L(u["acct"][:11], PH), u["acct"][11:] + '"\n')
            else:
                d.w(f'(3{i})   User-Name = "{u["acct"]}"\n')
            d.w(f'(3{i})   User-Password = "', L(pwd, CRED), '"\n')
            d.w(f'(3{i})   Calling-Station-Id = "', L(u["mac"], MAC), '"\n')
            d.w(f"(3{i}) pap: Login attempt with password (3{i}) [pap] = ok\n\n")
    return d


def f_jxt():
    d = Doc("jxt_sms_outbox_202406.csv")
    csv_row(d, ["msg_id", "submit_time", "mobile", "sign", "content", "status", "channel", "fee_count", "biz_code"])
    teachers = TEACHERS[:8]
    t = dt.datetime(2024, 6, 3, 16, 0, 0)
    for i in range(55):
        p = R.choice(KIDS)
        tch = R.choice(teachers)
        t += dt.timedelta(minutes=R.randrange(1, 300), seconds=R.randrange(60))
        if t.hour >= 21 or t.hour < 7:
            t = (t + dt.timedelta(days=1 if t.hour >= 21 else 0)).replace(hour=7, minute=R.randrange(0, 50))
        mob = fmt_mob(p["gmob"], R.choices(["plain", "86", "+86"], [6, 3, 1])[0])
        k = R.random()
        g = [R.randrange(70, 140), R.randrange(60, 150), R.randrange(70, 145)]
        if k < 0.4:
            content = ["尊敬的家长您好，您的孩子", L(p["name"], N),
                       f"本次月考成绩：语文{g[0]}，数学{g[1]}，英语{g[2]}，总分{sum(g)}，班级排名{R.randrange(1, 46)}。如有疑问请联系班主任",
                       L(tch["name"], N), "老师（", L(fmt_mob(tch["mob"], R.choice(["plain", "dash"])), PH), "）。退订回T"]
        elif k < 0.65:
            content = ["家长您好：", L(p["name"], N), f"同学已于{t:%H:%M}刷卡{R.choice(['进校', '离校'])}（{R.choice(['东门', '北门', '南门'])}闸机）。【智慧校园·平安短信】"]
        elif k < 0.8:
            content = [f"{p['name'][0]}家长：", L(p["name"], N), f"今日{R.choice(['数学', '英语', '物理'])}作业未按时提交，请督促完成。",
                       L(tch["name"], N), "老师 ", f"{t:%m月%d日}"]
        elif k < 0.9:
            content = [f"【{SCHOOL}】各位家长：本周六({t + dt.timedelta(days=2):%m/%d})8:30召开高三家长会，地点学术报告厅，请准时参加。咨询电话{SCHOOL_TEL}，班主任",
                       L(tch["name"], N), "。"]
        else:
            content = ["您的孩子", L(p["name"], N), f"本学期学费及住宿费合计{R.choice([2350, 3150, 4680])}.00元，请于6月20日前通过“浙里办-教育缴费”完成缴纳，缴费码{digits(12)}。咨询95588或{SCHOOL_TEL}。"]
        sign = "【文澜实验中学】" if k < 0.8 else "【和教育】"
        # content field: quoted (contains commas)
        d.w(f"{t:%Y%m%d}{digits(10)},{t:%Y-%m-%d %H:%M:%S},", L(mob, PH), f",{sign},\"")
        d.w(*content)
        d.w(f"\",{R.choice(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])},CMPP-{R.choice(['ZJ01', 'ZJ02'])},{R.choice([1, 1, 2])},106575{digits(6)}\r\n")
    return d


def f_teachers():
    d = Doc("teacher_roster_2024.csv")
    csv_row(d, ["工号", "姓名", "性别", "出生日期", "身份证号", "政治面貌", "学历", "毕业院校", "任教学科", "职称",
                "手机号码", "办公电话(分机)", "电子邮箱", "教师资格证号", "入职日期"], quote_all=True)
    unis = ["浙江师范大学", "杭州师范大学", "华东师范大学", "浙江大学", "南京师范大学", "宁波大学", "湖南师范大学"]
    for i, p in enumerate(TEACHERS):
        idv = p["id"]
        if p["dob"].year < 1970 and R.random() < 0.5:
            idv = id15(p["reg"][0], p["dob"], p["sex"])
        k = R.random()
        if k < 0.45:
            em = L(f"{p['py']}@wlsyzx.hz.edu.cn", EM)
        elif k < 0.75:
            em = L(f"{digits(R.randrange(6, 10)).lstrip('0') or '7'}@qq.com", EM)
        elif k < 0.9:
            em = L(f"{p['py']}{p['dob']:%y}@{R.choice(['163.com', '126.com'])}", EM)
        else:
            em = ""
        dob = p["dob"].strftime(R.choice(["%Y-%m-%d"]))
        ph = fmt_mob(p["mob"], "plain")
        row = [p["gh"], L(p["name"], N), sexs(p), L(dob, DOB), L(idv, RID), R.choice(["中共党员", "群众", "群众", "民盟盟员", "共青团员"]),
               R.choice(["本科", "硕士研究生", "本科", "博士研究生"]), R.choice(unis), p["subj"],
               R.choice(["中学一级", "中学高级", "中学二级", "正高级"]), L(ph, PH), f"8{R.randrange(100, 400)}", em,
               f"{p['dob'].year + 24}33{digits(11)}", f"{min(2023, p['dob'].year + R.randrange(22, 30))}-08-{R.randrange(20, 32)}"]
        csv_row(d, row, quote_all=True)
    return d


def f_scholarship():
    d = Doc("scholarship_disbursement_2024.csv")
    d.w(f"{UNIV}2023-2024学年国家助学金发放明细（第二批）,,,,,,,,,,\n")
    d.w("单位：学生资助管理中心,批次号：ZXJ2024-02,发放日期：2024-05-28,代发银行：中国建设银行杭州文三路支行,,,,,,,\n")
    d.w("序号,学号,姓名,身份证号,学院,资助类型,金额(元),开户行,银行卡号,联系电话,备注\n")
    total = 0
    for i in range(40):
        p = person("young", regions=REGIONS)
        card, bank = bank_card(spaced=R.random() < 0.25)
        kind, amt = R.choice([("一等", 4400), ("二等", 3300), ("三等", 2200), ("国家励志奖学金", 6000)])
        total += amt
        xh = f"20{R.randrange(20, 24)}{R.randrange(1, 20):02d}{R.randrange(1, 9999):04d}"
        ph = mobile()
        note = R.choice(["", "", "", "建档立卡", "低保", "残疾学生", f"原卡号尾号{digits(4)}已注销"])
        d.w(f"{i + 1},{xh},", L(p["name"], N), ",", L(p["id"], RID), f",{R.choice(['计算机学院', '机械学院', '经管学院', '外国语学院', '土木学院'])},{kind},{amt}.00,{bank},",
            L(card, BC), ",", L(ph if R.random() > 0.2 else fmt_mob(ph, "dash"), PH), f",{note}\n")
    d.w(f"合计,,,,,,{total}.00,,,,\n")
    d.w(f"制表：,审核：,统一社会信用代码：{uscc_code('330106', '12')},,,,,,,,\n")
    return d


def f_tuition():
    d = Doc("tuition_bank_recon_20240905.txt")
    d.w("中国建设银行 代收学费对账文件        商户号:105331048160123  商户名称:江南理工大学\n")
    d.w(f"对账日期:20240905  文件序号:0001  统一社会信用代码:{uscc_code('330100', '12')}\n")
    d.w("-" * 132 + "\n")
    d.w("流水号                交易时间        付款卡号              付款人      学生姓名    学号          项目        金额      状态\n")
    d.w("-" * 132 + "\n")
    t = dt.datetime(2024, 9, 5, 0, 3, 0)
    tot = 0
    for i in range(44):
        t += dt.timedelta(seconds=R.randrange(30, 1800))
        stu = person("young", regions=REGIONS)
        if R.random() < 0.7:
            payer = person("adult", surname=None if (R.random() < 0.4 or "sur_py" not in stu) else (stu["sur"], stu["sur_py"]))["name"]
        else:
            payer = stu["name"]
        card, _ = bank_card()
        masked = R.random() < 0.2
        cardv = card[:6] + "*" * (len(card) - 10) + card[-4:] if masked else card
        amt = R.choice([5500, 6000, 6900, 1200, 1500])
        tot += amt
        item = R.choice(["学费", "住宿费", "学费", "教材费"])

        def pad(s, w):
            width = sum(2 if ord(c) > 0x2000 else 1 for c in s)
            return " " * max(1, w - width)
        sn = f"{t:%Y%m%d}{digits(12)}"
        d.w(sn, pad(sn, 22), f"{t:%Y%m%d%H%M%S}", "  ", L(cardv, BC) if not masked else cardv, pad(cardv, 22),
            L(payer, N), pad(payer, 12), L(stu["name"], N), pad(stu["name"], 12),
            f"2024{R.randrange(1, 20):02d}{R.randrange(1, 9999):04d}", "    ", item, pad(item, 12),
            f"{amt:>9.2f}", "  ", R.choice(["成功", "成功", "成功", "冲正"]), "\n")
    d.w("-" * 132 + "\n")
    d.w(f"笔数:44  合计金额:{tot:.2f}  手续费:0.00  客服热线:95533\n")
    return d


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 12; V2148A Build/SP1A.210812.003; wv) AppleWebKit/537.36 Chrome/101.0.4951.74 Mobile Safari/537.36 XiaoeApp/5.2.1",
       "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ClassIn/5.3.0.1012",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15",
       "okhttp/4.9.3"]
MODELS = [("HUAWEI", "ALN-AL00", "HarmonyOS 4.0.0"), ("Xiaomi", "23013RK75C", "Android 13"),
          ("vivo", "V2148A", "Android 12"), ("OPPO", "PGT-AN10", "Android 13"), ("HONOR", "LGE-AN00", "Android 12"),
          ("Lenovo", "TB-J716F", "Android 11")]


def f_online():
    d = Doc("online_class_access.log")
    users = []
    for i in range(30):
        m = R.choice(MODELS)
        users.append(dict(uid=str(88100000 + R.randrange(99999)), ip=ipv4_public() if R.random() < 0.85 else ipv6_user(),
                          model=m, imei=imei() if R.random() < 0.6 else None, mac=mac(R.choice(["colon", "COLON"]), rnd=R.random() < 0.5),
                          aid=hexs(16, False), tok=None))
    t = dt.datetime(2024, 6, 12, 18, 55, 0)
    rooms = ["CS2031-02", "MA1012-05", "EN3003-01", "PH2101-03"]
    for i in range(100):
        t += dt.timedelta(seconds=R.randrange(1, 40), milliseconds=R.randrange(1000))
        u = R.choice(users)
        k = R.random()
        if k < 0.45:
            room = R.choice(rooms)
            path = R.choice([f"/api/v2/live/join?room={room}&uid={u['uid']}", f"/api/v2/live/heartbeat?room={room}&seq={R.randrange(1, 500)}",
                             f"/static/js/player.{hexs(8, False)}.js", f"/api/v2/course/{room}/ppt/page/{R.randrange(1, 60)}",
                             f"/api/v2/live/sign?room={room}&uid={u['uid']}&access_token="])
            status = R.choice([200, 200, 200, 200, 304, 401, 499])
            parts = [L(u["ip"], IP), f" - - [{t:%d/%b/%Y:%H:%M:%S} +0800] \"GET {path}"]
            if path.endswith("access_token="):
                u["tok"] = u["tok"] or hexs(40, False)
                parts.append(L(u["tok"], CRED))
            parts.append(f" HTTP/1.1\" {status} {R.randrange(120, 90000)} \"https://class.jnlg.edu.cn/live/{R.choice(rooms)}\" \"{R.choice(UAS)}\" rt={R.randrange(1, 900) / 1000:.3f} upstream=10.20.{R.randrange(1, 9)}.{R.randrange(10, 60)}:8080\n")
            d.w(*parts)
        elif k < 0.8:
            ev = R.choice(["enter_room", "leave_room", "raise_hand", "video_stall", "answer_quiz"])
            dev = {"brand": u["model"][0], "model": u["model"][1], "os": u["model"][2]}
            if u["imei"]:
                dev["imei"] = V(u["imei"], "IMEI_HARDWARE_ID")
            dev["android_id"] = u["aid"]
            dev["mac"] = V(u["mac"], MAC)
            dev["net"] = R.choice(["wifi", "4g", "5g"])
            obj = {"ts": int(epoch_ms(t)), "ev": ev, "uid": int(u["uid"]), "room": R.choice(rooms),
                   "ip": V(u["ip"], IP), "dev": dev, "sdk": "3.8.1", "app": "com.jnlg.classroom", "trace": uuid4()}
            if ev == "video_stall":
                obj["stall_ms"] = R.randrange(200, 8000)
                obj["cdn"] = "58.218.214." + str(R.randrange(2, 250))
            if ev == "answer_quiz":
                obj["quiz"] = f"Q{R.randrange(1000, 9999)}"
                obj["score"] = R.choice([0, 5, 10])
            d.w(f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} EVT ")
            jemit(d, obj, indent=None, sep=(",", ":"))
            d.w("\n")
        elif k < 0.92:
            u["tok"] = u["tok"] or jwt({"uid": int(u["uid"]), "role": "student", "exp": epoch_s(t) + 7200})
            d.w(f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} INFO  auth.TokenService - refresh ok uid={u['uid']} ",
                "client=", L(u["ip"], IP), " new_token=", L(u["tok"], CRED), f" ttl=7200 reqId={hexs(16, False)}\n")
        else:
            d.w(f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} INFO  sms.Verify - send code uid={u['uid']} phone={mask_mob(mobile())} tpl=SMS_2024061201 biz=bind_parent ret=OK\n")
    return d


def f_employment():
    d = Doc("graduate_employment_2024.json")
    comps = [("杭州海康威视数字技术股份有限公司", "浙江省杭州市滨江区阡陌路555号", "330108"),
             ("浙江吉利控股集团有限公司", "浙江省杭州市滨江区江陵路1760号", "330108"),
             ("中国移动通信集团浙江有限公司", "浙江省杭州市西湖区五星路19号", "330106"),
             ("杭州银行股份有限公司", "浙江省杭州市上城区庆春路46号", "330102"),
             ("宁波舜宇光电信息有限公司", "浙江省余姚市舜宇路66-68号", "330281"),
             ("上海汽车集团股份有限公司", "上海市静安区威海路489号", "310106")]
    recs = []
    for i in range(30):
        p = person("young", regions=REGIONS)
        p["dob"] = rand_date(2000, 2003) if p["eth"] == "汉族" else p["dob"]
        p["id"] = make_id(p["reg"][0], p["dob"], p["sex"])
        code, prov, city, dist = p["reg"]
        qx = R.choices(["签就业协议形式就业", "升学", "出国、出境", "灵活就业", "待就业"], [6, 2, 1, 1, 1])[0]
        rec = {"xh": f"2020{R.randrange(1, 20):02d}{R.randrange(1, 9999):04d}", "xm": V(p["name"], N), "xb": sexs(p),
               "csrq": V(p["dob"].strftime("%Y-%m-%d"), DOB), "sfzh": V(p["id"], RID), "mz": p["eth"],
               "zzmm": R.choice(["共青团员", "中共党员", "群众"]), "xl": "本科", "zy": R.choice(["计算机科学与技术", "机械设计制造及其自动化", "会计学", "英语", "电气工程及其自动化"]),
               "syd": prov + (city if prov != city else ""),
               "sjhm": V(fmt_mob(mobile(), R.choice(["plain", "plain", "plain", "+86"])), PH),
               "dzyx": V(R.choice([f"{p['py']}{R.randrange(1, 99)}@163.com", f"{digits(9).lstrip('0') or '5'}@qq.com",
                                   f"{p['py']}.{digits(2)}@stu.jnlg.edu.cn", f"{p['py']}@outlook.com"]), EM),
               "jtdz": V(address(p["reg"]), ADDR), "byqx": qx}
        if qx == "签就业协议形式就业" or qx == "灵活就业":
            c = R.choice(comps)
            hr = person("adult", regions=ZJ)
            rec["dwxx"] = {"dwmc": c[0], "tyshxydm": uscc_code(c[2]), "dwdz": c[1], "dwxz": R.choice(["国有企业", "其他企业", "三资企业"]),
                           "dwlxr": V(hr["name"], N), "dwlxdh": f"{R.choice(['0571', '0574', '021'])}-{landline('0571')[4:]}",
                           "xysh": f"XY2024{digits(8)}"}
        elif qx == "升学":
            rec["sxxx"] = {"sxyx": R.choice(["浙江大学", "同济大学", "华东理工大学"]), "zkzh": f"1033524{digits(8)}"}
        elif qx == "出国、出境":
            rec["cgxx"] = {"gb": R.choice(["英国", "澳大利亚", "新加坡", "中国香港"]), "hzh": V(passport(), PP),
                           "yx": R.choice(["University of Manchester", "University of Sydney", "NUS", "HKU"])}
            if rec["cgxx"]["gb"] == "中国香港":
                rec["cgxx"]["gatxz"] = V(hk_permit(), HKP)
        rec["dasjdz"] = "浙江省杭州市西湖区留和路318号江南理工大学档案馆"
        rec["gxsj"] = 1717000000000 + R.randrange(10**9)
        recs.append(rec)
    jemit(d, {"schoolCode": "10335", "batch": "2024-BY-03", "count": len(recs), "rows": recs}, indent=4)
    d.w("\n")
    return d


def f_scores():
    d = Doc("gaosan2_monthly_exam_scores.csv")
    hz = TEACHERS[0]
    d.w(f"{SCHOOL} 高三(2)班 2024年5月月考成绩,,,,,,,,,,,\n")
    d.w("班主任：", L(hz["name"], N), ",,,,考试时间：2024-05-21至05-23,,,,,,,\n")
    d.w("考号,姓名,班级,语文,数学,英语,物理,化学,生物,总分,班级排名,年级排名\n")
    rows = []
    for i in range(50):
        p = person("kid")
        g = [R.randrange(75, 140), R.randrange(60, 148), R.randrange(70, 146), R.randrange(40, 100), R.randrange(40, 100), R.randrange(40, 100)]
        rows.append((p, g))
    rows.sort(key=lambda x: -sum(x[1]))
    for i, (p, g) in enumerate(rows):
        absent = R.random() < 0.04
        gs = [str(x) for x in g]
        if absent:
            gs[3] = "缺考"
        d.w(f"2405{2:02d}{i + 1:02d}{R.randrange(10, 99)},", L(p["name"], N), ",高三(2)班,", ",".join(gs),
            f",{sum(g) if not absent else sum(g) - g[3]},{i + 1},{(i + 1) * R.randrange(5, 12)}\n")
    d.w(f"平均分,,,{','.join('%.1f' % (sum(r[1][j] for r in rows) / len(rows)) for j in range(6))},,,\n")
    return d


def f_bus():
    d = Doc("school_bus_track_20240612.log")
    routes = []
    for k in range(2):
        drv = person("adult", regions=ZJ, sex=1)
        aide = person("adult", regions=ZJ, sex=0)
        pl = plate(newenergy=(k == 1))
        if k == 1 and R.random() < 2:
            pl = pl[:2] + "·" + pl[2:]
        routes.append(dict(no=f"{k + 1}号线", plate=pl, drv=drv, dmob=mobile(), aide=aide, amob=mobile(), imei=imei("86264305"),
                           iccid=iccid(R.choice(["00", "06"])), imsi=imsi("00"), tid="GT" + hexs(5),
                           lat=30.27 + R.random() * 0.05, lng=120.05 + R.random() * 0.08))
    for r in routes:
        d.w(f"[{SCHOOL}] 校车线路 {r['no']} 车牌 ", L(r["plate"], PLATE), " 司机 ", L(r["drv"]["name"], N), " ",
            L(fmt_mob(r["dmob"], "dash"), PH), " 照管员 ", L(r["aide"]["name"], N), " ", L(r["amob"], PH), "\n")
        d.w("    terminal: model=JT808-G6 fw=V2.1.07 sn=GT6", hexs(8), " imei=", L(r["imei"], "IMEI_HARDWARE_ID"), " iccid=",
            L(r["iccid"], "ICCID_NUMBER"), " imsi=", L(r["imsi"], "IMSI_ID"), f" jt808_tid={r['tid']}\n")
    d.w(f"# 运营方：杭州安途校车服务有限公司 统一社会信用代码 {uscc_code('330106')}  监管平台 http://xc.hzedu.gov.cn  服务热线 400-826-1190\n\n")
    t = dt.datetime(2024, 6, 12, 6, 40, 0)
    kids = R.sample(KIDS, 30)
    stops = ["文一西路口", "古墩路北", "紫金港花园东门", "西溪诚园南门", "丰潭路地铁站", "蒋村商住区", "五常港"]
    for i in range(78):
        r = routes[i % 2]
        t += dt.timedelta(seconds=R.randrange(10, 40))
        r["lat"] += (R.random() - 0.4) * 0.002
        r["lng"] += (R.random() - 0.45) * 0.002
        lat, lng = f"{r['lat']:.6f}", f"{r['lng']:.6f}"
        k = R.random()
        if k < 0.5:
            d.w(f"{t:%Y-%m-%d %H:%M:%S} GPS  tid={r['tid']} line={r['no']}", f" seq={i + 1} lat=", L(lat, COORD), " lng=", L(lng, COORD),
                f" alt={R.randrange(5, 40)} spd={R.randrange(0, 600) / 10:.1f} dir={R.randrange(360)} acc=1 sats={R.randrange(6, 16)} alarm=0x00000000\n")
        elif k < 0.85:
            kid = R.choice(kids)
            ev = R.choice(["上车", "上车", "下车"])
            loc = f"{lng},{lat}" if R.random() < 0.7 else f"{lat}, {lng}"
            d.w(f"{t:%Y-%m-%d %H:%M:%S} RFID plate=", L(r["plate"], PLATE), f" card={hexs(8)} student=", L(kid["name"], N),
                f" class={kid['cls']} stop={R.choice(stops)} event={ev} loc=\"", L(loc, COORD), "\" notify=",
                L(kid["gmob"][:3] + "****" + kid["gmob"][7:], None), " push=ok\n")
        elif k < 0.93:
            lac = R.randrange(20000, 30000)
            ci = R.randrange(10**6, 2 * 10**8)
            if R.random() < 0.5:
                d.w(f"{t:%Y-%m-%d %H:%M:%S} LBS  plate=", L(r["plate"], PLATE), f" gps=lost mcc=460 mnc=0 lac={lac} cell_id=", L(str(ci), CELL),
                    f" rssi=-{R.randrange(60, 110)}\n")
            else:
                d.w(f"{t:%Y-%m-%d %H:%M:%S} LBS  plate=", L(r["plate"], PLATE), " gps=lost ecgi=", L(f"460-00-{ci // 256}-{ci % 256}", CELL),
                    f" tac={lac} rsrp=-{R.randrange(80, 120)}\n")
        else:
            d.w(f"{t:%Y-%m-%d %H:%M:%S} ALARM plate=", L(r["plate"], PLATE), f" type={R.choice(['超速', '急刹车', '车内滞留检测'])} spd={R.randrange(40, 70)} lat=",
                L(lat, COORD), " lng=", L(lng, COORD), " handler=", L(r["aide"]["name"], N), " ack=1\n")
    return d


def f_medical():
    d = Doc("medical_room_visits_2024H1.csv")
    docs = [person("adult", regions=ZJ, sex=0), person("adult", regions=ZJ)]
    d.w("日期,时间,班级,学生姓名,性别,年龄,主诉,体温(℃),处理,是否通知家长,家长电话,去向,校医签名\n")
    comps = [("发热", "物理降温，建议就医"), ("腹痛", "观察30分钟，热水袋"), ("擦伤", "碘伏消毒包扎"), ("头晕", "休息，测血压 105/68"),
             ("鼻出血", "压迫止血"), ("扭伤(右踝)", "冰敷，弹力绷带"), ("咳嗽", "测温正常，回班"), ("牙痛", "建议口腔科就诊")]
    day = dt.date(2024, 2, 19)
    for i in range(44):
        day += dt.timedelta(days=R.randrange(0, 5))
        p = R.choice(KIDS)
        c, h = R.choice(comps)
        temp = f"{R.choice([37.6, 37.9, 38.3, 38.6, 39.1])}" if c == "发热" else f"{R.choice([36.2, 36.4, 36.5, 36.6, 36.8, 37.0])}"
        notify = c in ("发热", "扭伤(右踝)", "牙痛") or R.random() < 0.3
        age = 2024 - p["dob"].year
        dest = R.choice(["回班", "回班", "家长接回", "留观"]) if notify else "回班"
        doc = R.choice(docs)
        phs = fmt_mob(p["gmob"], R.choice(["plain", "plain", "sp"])) if notify else ""
        d.w(f"{day:%Y/%m/%d},{R.randrange(8, 17):02d}:{R.randrange(60):02d},{p['cls']},", L(p["name"], N), f",{sexs(p)},{age},{c},{temp},{h},{'是' if notify else '否'},",
            L(phs, PH), f",{dest},", L(doc["name"], N), "\n")
    d.w(f"医务室电话：{SCHOOL_TEL}转8120；急救：120；本表依据《学校卫生工作条例》留存三年。\n")
    return d


def f_wechat():
    d = Doc("parent_wechat_group_export.txt")
    tch = TEACHERS[0]
    members = R.sample(KIDS, 24)
    d.w("微信群聊：高三(2)班家长群（52人）\n导出时间：2024-06-14 22:10:35\n" + "=" * 40 + "\n\n")
    t = dt.datetime(2024, 6, 3, 19, 40, 12)

    def hdr(nick_parts):
        nonlocal t
        t += dt.timedelta(minutes=R.randrange(1, 9), seconds=R.randrange(60))
        d.w(f"{t:%Y-%m-%d %H:%M:%S} ", *nick_parts)
        d.w("\n")

    def par(k):
        return [L(k["name"], N), R.choice(["妈妈", "爸爸", "妈妈", "家长", "外婆"])]

    hdr([L(tch["name"], N), "老师"])
    d.w("各位家长晚上好！下周学校组织暑期香港研学营（7月8日-12日），自愿报名。报名的同学请家长把孩子的姓名、身份证号、往来港澳通行证号码发在群里或私信我，截止周五。费用 6980 元/人，开票抬头：杭州市文澜实验中学，税号见公告。\n\n")
    for k in members[:6]:
        hdr(par(k))
        if R.random() < 0.5:
            d.w("报名：", L(k["name"], N), "，身份证 ", L(k["id"], RID), "，通行证 ", L(hk_permit(), HKP), "\n\n")
        else:
            d.w(L(k["name"], N), " ", L(k["id"], RID), " 港澳通行证", L(hk_permit(), HKP), "，家长电话",
                L(fmt_mob(k["gmob"], R.choice(["plain", "fw", "sp"])), PH), "\n\n")
    hdr(par(members[6]))
    d.w(tch["sur"] + "老师，我家孩子通行证还在办，先用护照可以吗？护照号", L(passport(), PP), "\n\n")
    hdr([L(tch["name"], N), "老师"])
    d.w("可以的，出境用护照需要另办签注，具体问旅行社吧，对接人电话", L(fmt_mob(mobile(), "dash"), PH), "（杭州青旅，工作日9:00-17:30）。\n\n")
    k = members[7]
    hdr(par(k))
    ad = address(k["reg"], "full")
    d.w("有没有住在附近的家长可以拼车接送？我家在", L(ad, ADDR), "，车牌", L(plate(), PLATE), "，白色大众，电话",
        L(fmt_mob(k["gmob"], "fw"), PH), "\n\n")
    k2 = members[8]
    hdr(par(k2))
    d.w("我们住", L(address(k2["reg"], "short"), ADDR), "，可以一起，我微信就是手机号 ", L(k2["gmob"], PH), "\n\n")
    hdr(["班委-", L(members[9]["name"], N), "妈妈"])
    d.w(f"班费收支公示（截至6月3日）：上期结余 1,286.50 元，购买试卷夹 45 个共 315.00 元，打印费 126.00 元，余额 845.50 元。明细见腾讯文档 https://docs.qq.com/sheet/DTWxh{hexs(10, False)}\n\n")
    hdr([L(tch["name"], N), "老师"])
    d.w("提醒：明天起高三放学时间调整为 21:40，接孩子的车辆请停在文二西路辅道，不要停在学校正门。有事请打我电话 ",
        L(fmt_mob(tch["mob"], "sp"), PH), " 或学校总机 ", SCHOOL_TEL, "。\n\n")
    for k in members[10:14]:
        hdr(par(k))
        msg = R.choice([0, 1, 2, 3])
        if msg == 0:
            d.w("收到！", L(k["name"], N), "明天请假一天去医院复查，假条稍后补上。\n\n")
        elif msg == 1:
            d.w("老师好，", L(k["name"], N), "的学平险已经交了，保单号 ", f"PZJK2024{digits(12)}", "，被保险人出生日期", L(f"{k['dob']:%Y年%m月%d日}".replace("年0", "年").replace("月0", "月"), DOB), "\n\n")
        elif msg == 2:
            d.w("我家新换的车牌是", L(plate(newenergy=True), PLATE), "，麻烦门卫登记一下，谢谢！\n\n")
        else:
            d.w("收到，", L(k["name"], N), "爸爸电话换了：", L(fmt_mob(mobile(), R.choice(["+86sp", "fw"])), PH), "，原来 ", mask_mob(k["gmob"]), " 的不用了。\n\n")
    hdr(par(members[0]))
    d.w("[图片]\n\n")
    hdr([L(tch["name"], N), "老师"])
    d.w("研学营名单已报学校，共 ", str(R.randrange(10, 20)), " 人，订单号 HZQL20240614", digits(6), "，缴费二维码另发。有问题私聊。\n\n")
    hdr(par(members[1]))
    d.w("👍 收到\n\n")
    # second day: group has more generic chatter with masked values
    d.w("—————  2024-06-10  —————\n\n")
    t = dt.datetime(2024, 6, 10, 7, 5, 0)
    hdr([L(tch["name"], N), "老师"])
    d.w("各位家长，学校在核对学籍信息，家庭住址或联系电话有变化的请私信或在群里回复，格式：姓名+新地址+电话。\n\n")
    for k in members[14:24]:
        hdr(par(k))
        m = R.choice([0, 1, 2, 3, 4])
        if m == 0:
            d.w(L(k["name"], N), "，新地址：", L(address(k["reg"], R.choice(["full", "jiedao"])), ADDR), "，电话 ",
                L(fmt_mob(k["gmob"], R.choice(["plain", "dash", "+86sp"])), PH), "\n\n")
        elif m == 1:
            o = person("adult", sex=R.randrange(2))
            d.w("老师，今天放学", L(k["name"], N), "由" + ("他" if k["sex"] else "她"), R.choice(["舅舅", "姑姑", "阿姨"]), L(o["name"], N), "来接，电话",
                L(mobile(), PH), "，车牌", L(plate(newenergy=R.random() < 0.4), PLATE), "。\n\n")
        elif m == 2:
            d.w("收到。", L(k["name"], N), "地址没变，电话换成 ", L(fmt_mob(mobile(), "fw"), PH), "\n\n")
        elif m == 3:
            d.w("请问体检表上出生日期写错了怎么改？应该是", L(f"{k['dob']:%Y.%m.%d}", DOB), "，身份证号", L(k["id"], RID), "\n\n")
        else:
            d.w("👌 ", L(k["name"], N), "家信息无变化。\n\n")
    hdr(par(members[2]))
    d.w("刚收到一条短信说孩子校园卡余额不足，发件号码106575", digits(8), "，是学校的吗？卡号后四位 ", digits(4), "\n\n")
    hdr([L(tch["name"], N), "老师"])
    d.w("是学校一卡通系统的提醒，可以在“和教育”里充值，客服 10086 转 5。\n\n")
    return d


def f_watch():
    d = Doc("student_card_location.jsonl")
    devs = []
    for i in range(14):
        k = R.choice(KIDS)
        tele = R.random() < 0.25
        dv = dict(kid=k, imei=imei("86813705") if not tele else None, meid=meid(R.random() < 0.7) if tele else None,
                  imsi=imsi("03" if tele else R.choice(["00", "02", "07"])), iccid=iccid("03" if tele else "00"),
                  msisdn=mobile(), sos=[k["gmob"], mobile()], lat=30.22 + R.random() * 0.1, lng=120.02 + R.random() * 0.2)
        devs.append(dv)
    t = dt.datetime(2024, 6, 12, 6, 50, 0)
    # device registration records
    for dv in devs[:10]:
        t += dt.timedelta(seconds=R.randrange(1, 20))
        reg = {"type": "REGISTER", "ts": int(epoch_ms(t)), "deviceSn": "XSZ" + hexs(10),
               "model": R.choice(["XSZ-M2", "XSZ-K8 Pro"]), "fw": R.choice(["1.4.22", "1.5.03"])}
        if dv["imei"]:
            reg["imei"] = V(dv["imei"], "IMEI_HARDWARE_ID")
        else:
            reg["meid"] = V(dv["meid"], "MEID")
        reg["imsi"] = V(dv["imsi"], "IMSI_ID")
        reg["iccid"] = V(dv["iccid"], "ICCID_NUMBER")
        reg["msisdn"] = V(dv["msisdn"], PH)
        reg["holder"] = {"name": V(dv["kid"]["name"], N), "school": SCHOOL, "class": dv["kid"]["cls"],
                         "birthday": V(dv["kid"]["dob"].strftime("%Y-%m-%d"), DOB)}
        reg["family"] = [{"rel": "爸爸", "tel": V(fmt_mob(dv["sos"][0], R.choice(["plain", "+86"])), PH)},
                         {"rel": "妈妈", "tel": V(dv["sos"][1], PH)}]
        jemit(d, reg, sep=(",", ":"))
        d.w("\n")
    for i in range(46):
        dv = R.choice(devs)
        t += dt.timedelta(seconds=R.randrange(5, 240))
        dv["lat"] += (R.random() - 0.5) * 0.003
        dv["lng"] += (R.random() - 0.5) * 0.003
        k = R.random()
        if k < 0.55:
            ob = {"type": "LOCATION", "ts": int(epoch_ms(t)), "msgId": R.randrange(10**5, 10**6)}
            if dv["imei"]:
                ob["imei"] = V(dv["imei"], "IMEI_HARDWARE_ID")
            else:
                ob["meid"] = V(dv["meid"], "MEID")
            ob["mode"] = R.choice(["GPS", "GPS", "WIFI", "BDS"])
            ob["lat"] = V(f"{dv['lat']:.6f}", COORD, num=True)
            ob["lng"] = V(f"{dv['lng']:.6f}", COORD, num=True)
            ob["radius"] = R.randrange(5, 80)
            ob["battery"] = R.randrange(5, 100)
            ob["steps"] = R.randrange(0, 12000)
            ob["fence"] = R.choice(["school_in", "school_out", "home_in", "none"])
        elif k < 0.75:
            lac = R.randrange(20000, 30000)
            cid = R.randrange(10**5, 2 * 10**8)
            ob = {"type": "LBS", "ts": int(epoch_ms(t))}
            if dv["imei"]:
                ob["imei"] = V(dv["imei"], "IMEI_HARDWARE_ID")
            else:
                ob["meid"] = V(dv["meid"], "MEID")
            ob["imsi"] = V(dv["imsi"], "IMSI_ID")
            ob["cells"] = [{"mcc": 460, "mnc": int(dv["imsi"][3:5]), "lac": lac, "cid": V(str(cid), CELL, num=True), "rssi": -R.randrange(60, 110)}]
            if R.random() < 0.5:
                c2 = R.randrange(10**5, 2 * 10**8)
                ob["cells"].append({"mcc": 460, "mnc": int(dv["imsi"][3:5]), "lac": lac, "cid": V(str(c2), CELL, num=True), "rssi": -R.randrange(80, 115)})
            ob["resolved"] = V(f"{dv['lng']:.5f},{dv['lat']:.5f}", COORD)
            ob["accuracy"] = R.randrange(300, 1500)
        elif k < 0.85:
            ob = {"type": "SOS", "ts": int(epoch_ms(t)), "imei": V(dv["imei"], "IMEI_HARDWARE_ID") if dv["imei"] else None,
                  "from": V(dv["msisdn"], PH), "callTo": V(fmt_mob(dv["sos"][0], "86"), PH),
                  "location": V(f"{dv['lat']:.6f},{dv['lng']:.6f}", COORD), "result": R.choice(["ANSWERED", "NO_ANSWER"])}
        elif k < 0.93:
            ob = {"type": "ATTEND", "ts": int(epoch_ms(t)), "card": "XSZ" + hexs(10), "name": V(dv["kid"]["name"], N),
                  "gate": R.choice(["东门闸机1", "北门闸机2"]), "dir": R.choice(["in", "out"]), "temp": R.choice([36.3, 36.5, 36.7]),
                  "pushTo": V(fmt_mob(dv["sos"][0], "plain"), PH)}
        else:
            ob = {"type": "CALL_LOG", "ts": int(epoch_ms(t)), "msisdn": V(dv["msisdn"], PH), "peer": V(fmt_mob(dv["sos"][1], "plain"), PH),
                  "dur": R.randrange(0, 300), "dir": R.choice(["MO", "MT"])}
        jemit(d, ob, sep=(",", ":"))
        d.w("\n")
    # platform config push (secrets)
    cfg = {"type": "CONFIG", "ts": int(epoch_ms(t)), "tenant": "hz-wlsyzx", "openApi": {"appKey": "hjy" + hexs(13, False),
           "appSecret": V(hexs(32, False), CRED)}, "mqtt": {"host": "iot.hejiaoyu.example.cn", "port": 8883, "username": "xsz_gw_01",
           "password": V("Xsz#" + hexs(6, False) + "!2024", CRED)}, "ver": "2.7.0"}
    jemit(d, cfg, sep=(",", ":"))
    d.w("\n")
    return d


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    kid_pool(120)
    TEACHERS.extend(teacher_pool(32))
    docs = [f_sis(), f_baoming(), f_campus_card(), f_dorm(), f_radius(), f_jxt(), f_teachers(), f_scholarship(),
            f_tuition(), f_online(), f_employment(), f_scores(), f_bus(), f_medical(), f_wechat(), f_watch()]
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
            if typ == RID and len(v) == 18:
                assert ric.calc_check_digit(v[:17] + "0") == v[17].upper(), v
            if typ == BC:
                assert luhn_ok(v.replace(" ", "")), v
            if typ == "IMEI_HARDWARE_ID":
                assert luhn_ok(v) and len(v) == 15, v
            if typ == "ICCID_NUMBER":
                assert v.startswith("8986") and len(v) in (19, 20), v
    print(f"wrote {len(docs)} files, {len(lines)} labels to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
