#!/usr/bin/python3
"""Synthetic, labelled PI test corpus: travel and bookings.

Domain: an operator's travel app, its international roaming service and its
travel partners (airlines, rail, hotels, OTAs, ride-hailing, insurers, car
rental, tour operators, airport Wi-Fi).  All people, numbers and addresses are
generated; any resemblance to real people is accidental.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Output is deterministic (fixed seed): running twice gives identical bytes.

Files
-----
pnr_displays.txt               GDS-style PNR displays (RT output): NM lines with
                               PINYIN SURNAME/GIVEN and Chinese names, segments,
                               SSR FOID/DOCS/CTCM/CTCE/CHLD, OSI CTCT, TN/FN/FP
                               lines, ticket numbers 999-..., agency office data.
train_orders_12306.json        12306-style rail orders (JSON): contact mobile,
                               passengers with ID/passport numbers, coach/seat,
                               station names and telecodes, masked payment data.
hotel_pms_registration.csv     Hotel PMS guest registration export (CSV) with
                               ID-scanner fields: name, sex, ethnicity, birth
                               date, ID number, address on ID, phone, plate.
ota_booking_emails.txt         OTA booking confirmation e-mails (zh/en), guest
                               names, contact phone/e-mail, hotel (company)
                               addresses, order/confirmation numbers, prices.
ride_hailing_airport_trips.jsonl  Airport transfer trip records: passenger and
                               driver phone/name, plate, pickup home address,
                               lat/lng fields, device IMEI, client IP.
roaming_activation.log         Roaming platform log: MSISDN, IMSI, ICCID, IMEI,
                               visited PLMN, last home cell (CGI/ECGI), visited
                               cell, API tokens, client IPs; VLR GTs unlabelled.
visa_applications.txt          Visa / entry-permit application forms (text):
                               names, birth dates, ID, passport, HK/Macau permit,
                               home address (zh/en), phone, e-mail, emergency
                               contact, employer (company, unlabelled).
travel_insurance_policies.xml  Travel insurance policies (XML): applicant,
                               insured persons, claim bank card, contacts.
ffp_members_export.tsv         Frequent-flyer member export (TSV).
bcbp_gate_scans.log            Boarding-gate scanner log with raw IATA BCBP
                               strings and parsed fields.
airport_wifi_portal.log        Airport Wi-Fi captive portal + RADIUS log: phone,
                               client MAC, client IP (v4/v6), session tokens.
car_rental_agreements.txt      Car-rental agreements: renter, ID (= driving
                               licence number), phone, address, plate, pre-auth
                               bank card, emergency contact.
tour_group_roster.csv          Outbound tour-group roster: name, pinyin, sex,
                               birth date, passport / HK-Macau permit, phone,
                               tour guide contact.
cs_chat_transcripts.txt        Customer-service chats about changes/refunds;
                               values typed by users (full-width digits etc.).
hotel_reviews_export.json      Hotel review export: masked nicknames, review
                               texts (some with phone numbers or staff names),
                               reviewer IPs, hotel replies with hotel numbers.
labels.jsonl                   One JSON object per labelled span:
                               {"file", "start", "end", "type"}; start/end are
                               UTF-8 byte offsets, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: as written, including +86 / 0086 / 86 prefixes, brackets,
  spaces and dashes; landlines with area code.  MSISDNs written 86XXXXXXXXXXX
  are labelled whole.  Service numbers (10086, 95xxx, 400-/800-), hotel,
  airline, agency and rental-store numbers are NOT labelled.
* PERSON_NAME: full names of private people (passengers, guests, drivers,
  tour guides, emergency contacts, hotel staff named in reviews) in Chinese
  characters or pinyin (ZHANG/WEI, ZHANG WEI, Wei Zhang).  In GDS/BCBP data the
  SURNAME/GIVEN part is labelled without the MR/MS title and without BCBP
  padding.  Masked names (张**), nicknames, agents' job numbers, company names
  are not labelled.  Split surname / given-name fields are not used.
* DATE_OF_BIRTH: birth dates in any form (1985-03-12, 19850312, 12MAR85,
  1985年3月12日, 12/03/1985).  Other dates are not labelled.  Birth dates
  embedded in ID numbers are not labelled separately.
* STREET_ADDRESS: a private person's address whole (province/city ... room);
  hotel, store, airport and company addresses are not labelled.
* EMAIL_ADDRESS: private e-mail addresses, including the GDS form where @ is
  written // (ZHANGWEI//163.COM).  Company no-reply/service mailboxes are not
  labelled.
* CREDENTIAL: the value only of passwords, access/refresh tokens, API secrets.
* LOCATION_COORDINATES: a "lat,lng" pair in one value is one label; separate
  lat/lng fields are one label each.
* CELL_ID: whole CGI/ECGI string, or the value of a field named as a cell id.
* IP_ADDRESS: user / client addresses only, without port.  Well-known public
  DNS resolvers are not labelled.
* CHINA_LICENSE_PLATE: plates of cars tied to a person (guest parking, rental
  car, ride-hailing vehicle), with or without the middle dot.
* Not labelled: PNR locators, ticket numbers, order/trade/policy/member numbers,
  flight/train numbers, seat numbers, masked values, amounts, timestamps, UUIDs,
  hashes, versions, Unified Social Credit Codes, VINs, VLR/MSC global titles,
  visited PLMN codes, AP names, device serials that are not IMEIs.
"""
import json
import os
import random
import re
import sys
import datetime as dt

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20240618
R = random.Random(SEED)

# --------------------------------------------------------------------------
# document builder with byte-offset labels
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def t(self, s):
        self.buf += s.encode('utf-8')
        return self

    def p(self, v, typ):
        if not typ:
            return self.t(v)
        b = v.encode('utf-8')
        st = len(self.buf)
        self.buf += b
        self.labels.append((st, st + len(b), typ, v))
        return self

    def f(self, tmpl, *parts):
        """Template with «n» placeholders; parts are str or (value, TYPE)."""
        pos = 0
        for m in re.finditer(r'«(\d+)»', tmpl):
            self.t(tmpl[pos:m.start()])
            part = parts[int(m.group(1))]
            if isinstance(part, tuple):
                self.p(part[0], part[1])
            else:
                self.t(str(part))
            pos = m.end()
        self.t(tmpl[pos:])
        return self


# --------------------------------------------------------------------------
# generators of values
# --------------------------------------------------------------------------
SURNAMES = [('王', 'WANG'), ('李', 'LI'), ('张', 'ZHANG'), ('刘', 'LIU'), ('陈', 'CHEN'),
            ('杨', 'YANG'), ('黄', 'HUANG'), ('赵', 'ZHAO'), ('吴', 'WU'), ('周', 'ZHOU'),
            ('徐', 'XU'), ('孙', 'SUN'), ('马', 'MA'), ('朱', 'ZHU'), ('胡', 'HU'),
            ('郭', 'GUO'), ('何', 'HE'), ('高', 'GAO'), ('林', 'LIN'), ('罗', 'LUO'),
            ('郑', 'ZHENG'), ('梁', 'LIANG'), ('谢', 'XIE'), ('宋', 'SONG'), ('唐', 'TANG'),
            ('许', 'XU'), ('韩', 'HAN'), ('冯', 'FENG'), ('邓', 'DENG'), ('曹', 'CAO'),
            ('彭', 'PENG'), ('曾', 'ZENG'), ('肖', 'XIAO'), ('田', 'TIAN'), ('董', 'DONG'),
            ('袁', 'YUAN'), ('潘', 'PAN'), ('于', 'YU'), ('蒋', 'JIANG'), ('蔡', 'CAI'),
            ('杜', 'DU'), ('叶', 'YE'), ('程', 'CHENG'), ('苏', 'SU'), ('魏', 'WEI'),
            ('吕', 'LYU'), ('丁', 'DING'), ('任', 'REN'), ('沈', 'SHEN'), ('姚', 'YAO'),
            ('卢', 'LU'), ('姜', 'JIANG'), ('崔', 'CUI'), ('钟', 'ZHONG'), ('谭', 'TAN'),
            ('陆', 'LU'), ('汪', 'WANG'), ('范', 'FAN'), ('金', 'JIN'), ('石', 'SHI'),
            ('廖', 'LIAO'), ('贾', 'JIA'), ('夏', 'XIA'), ('韦', 'WEI'), ('方', 'FANG'),
            ('白', 'BAI'), ('邹', 'ZOU'), ('孟', 'MENG'), ('熊', 'XIONG'), ('秦', 'QIN'),
            ('邱', 'QIU'), ('江', 'JIANG'), ('尹', 'YIN'), ('薛', 'XUE'), ('闫', 'YAN'),
            ('段', 'DUAN'), ('雷', 'LEI'), ('侯', 'HOU'), ('龙', 'LONG'), ('陶', 'TAO'),
            ('贺', 'HE'), ('顾', 'GU'), ('毛', 'MAO'), ('郝', 'HAO'), ('龚', 'GONG'),
            ('邵', 'SHAO'), ('钱', 'QIAN'), ('严', 'YAN'), ('欧阳', 'OUYANG'), ('司马', 'SIMA'),
            ('上官', 'SHANGGUAN'), ('诸葛', 'ZHUGE')]
GIVEN_M = [('伟', 'WEI'), ('强', 'QIANG'), ('磊', 'LEI'), ('军', 'JUN'), ('洋', 'YANG'),
           ('勇', 'YONG'), ('杰', 'JIE'), ('涛', 'TAO'), ('明', 'MING'), ('超', 'CHAO'),
           ('刚', 'GANG'), ('华', 'HUA'), ('建', 'JIAN'), ('文', 'WEN'), ('辉', 'HUI'),
           ('鹏', 'PENG'), ('宇', 'YU'), ('浩', 'HAO'), ('博', 'BO'), ('海', 'HAI'),
           ('峰', 'FENG'), ('志', 'ZHI'), ('国', 'GUO'), ('俊', 'JUN'), ('凯', 'KAI'),
           ('泽', 'ZE'), ('睿', 'RUI'), ('昊', 'HAO'), ('天', 'TIAN'), ('远', 'YUAN'),
           ('航', 'HANG'), ('帆', 'FAN'), ('旭', 'XU'), ('东', 'DONG'), ('斌', 'BIN'),
           ('波', 'BO'), ('亮', 'LIANG'), ('嘉', 'JIA'), ('轩', 'XUAN'), ('晨', 'CHEN'),
           ('子', 'ZI'), ('一', 'YI'), ('林', 'LIN'), ('振', 'ZHEN'), ('春', 'CHUN')]
GIVEN_F = [('芳', 'FANG'), ('娜', 'NA'), ('敏', 'MIN'), ('静', 'JING'), ('丽', 'LI'),
           ('艳', 'YAN'), ('娟', 'JUAN'), ('秀', 'XIU'), ('霞', 'XIA'), ('英', 'YING'),
           ('玉', 'YU'), ('兰', 'LAN'), ('萍', 'PING'), ('红', 'HONG'), ('欣', 'XIN'),
           ('怡', 'YI'), ('梓', 'ZI'), ('涵', 'HAN'), ('雨', 'YU'), ('思', 'SI'),
           ('佳', 'JIA'), ('婷', 'TING'), ('雪', 'XUE'), ('琳', 'LIN'), ('晓', 'XIAO'),
           ('燕', 'YAN'), ('慧', 'HUI'), ('颖', 'YING'), ('瑶', 'YAO'), ('悦', 'YUE'),
           ('诗', 'SHI'), ('诺', 'NUO'), ('倩', 'QIAN'), ('蕾', 'LEI'), ('薇', 'WEI'),
           ('璐', 'LU'), ('晶', 'JING'), ('岚', 'LAN'), ('月', 'YUE'), ('梅', 'MEI'),
           ('春', 'CHUN'), ('丹', 'DAN'), ('宁', 'NING'), ('珊', 'SHAN')]

# region code, province, city, district, English "District, City, Province"
REGIONS = [
    ('110105', '北京市', '', '朝阳区', 'Chaoyang District, Beijing'),
    ('110108', '北京市', '', '海淀区', 'Haidian District, Beijing'),
    ('110101', '北京市', '', '东城区', 'Dongcheng District, Beijing'),
    ('110106', '北京市', '', '丰台区', 'Fengtai District, Beijing'),
    ('310104', '上海市', '', '徐汇区', 'Xuhui District, Shanghai'),
    ('310115', '上海市', '', '浦东新区', 'Pudong New Area, Shanghai'),
    ('310112', '上海市', '', '闵行区', 'Minhang District, Shanghai'),
    ('120104', '天津市', '', '南开区', 'Nankai District, Tianjin'),
    ('500103', '重庆市', '', '渝中区', 'Yuzhong District, Chongqing'),
    ('440106', '广东省', '广州市', '天河区', 'Tianhe District, Guangzhou, Guangdong'),
    ('440304', '广东省', '深圳市', '福田区', 'Futian District, Shenzhen, Guangdong'),
    ('440305', '广东省', '深圳市', '南山区', 'Nanshan District, Shenzhen, Guangdong'),
    ('440604', '广东省', '佛山市', '禅城区', 'Chancheng District, Foshan, Guangdong'),
    ('330106', '浙江省', '杭州市', '西湖区', 'Xihu District, Hangzhou, Zhejiang'),
    ('330203', '浙江省', '宁波市', '海曙区', 'Haishu District, Ningbo, Zhejiang'),
    ('320106', '江苏省', '南京市', '鼓楼区', 'Gulou District, Nanjing, Jiangsu'),
    ('320508', '江苏省', '苏州市', '姑苏区', 'Gusu District, Suzhou, Jiangsu'),
    ('510107', '四川省', '成都市', '武侯区', 'Wuhou District, Chengdu, Sichuan'),
    ('420106', '湖北省', '武汉市', '武昌区', 'Wuchang District, Wuhan, Hubei'),
    ('430104', '湖南省', '长沙市', '岳麓区', 'Yuelu District, Changsha, Hunan'),
    ('610113', '陕西省', '西安市', '雁塔区', 'Yanta District, Xi\'an, Shaanxi'),
    ('370202', '山东省', '青岛市', '市南区', 'Shinan District, Qingdao, Shandong'),
    ('370102', '山东省', '济南市', '历下区', 'Lixia District, Jinan, Shandong'),
    ('350203', '福建省', '厦门市', '思明区', 'Siming District, Xiamen, Fujian'),
    ('410105', '河南省', '郑州市', '金水区', 'Jinshui District, Zhengzhou, Henan'),
    ('340104', '安徽省', '合肥市', '蜀山区', 'Shushan District, Hefei, Anhui'),
    ('210102', '辽宁省', '沈阳市', '和平区', 'Heping District, Shenyang, Liaoning'),
    ('230102', '黑龙江省', '哈尔滨市', '道里区', 'Daoli District, Harbin, Heilongjiang'),
    ('530102', '云南省', '昆明市', '五华区', 'Wuhua District, Kunming, Yunnan'),
    ('450103', '广西壮族自治区', '南宁市', '青秀区', 'Qingxiu District, Nanning, Guangxi'),
    ('360102', '江西省', '南昌市', '东湖区', 'Donghu District, Nanchang, Jiangxi'),
    ('130102', '河北省', '石家庄市', '长安区', 'Chang\'an District, Shijiazhuang, Hebei'),
    ('620102', '甘肃省', '兰州市', '城关区', 'Chengguan District, Lanzhou, Gansu'),
    ('320103', '江苏省', '南京市', '白下区', 'Baixia District, Nanjing, Jiangsu'),
]
PLATE_PREFIX = {'北京市': ['京'], '上海市': ['沪'], '天津市': ['津'], '重庆市': ['渝'],
                '广东省': ['粤A', '粤B', '粤E'], '浙江省': ['浙A', '浙B'],
                '江苏省': ['苏A', '苏E'], '四川省': ['川A'], '湖北省': ['鄂A'],
                '湖南省': ['湘A'], '陕西省': ['陕A'], '山东省': ['鲁B', '鲁A'],
                '福建省': ['闽D'], '河南省': ['豫A'], '安徽省': ['皖A'], '辽宁省': ['辽A'],
                '黑龙江省': ['黑A'], '云南省': ['云A'], '广西壮族自治区': ['桂A'],
                '江西省': ['赣A'], '河北省': ['冀A'], '甘肃省': ['甘A']}
ROADS = [('人民路', 'Renmin Road'), ('解放路', 'Jiefang Road'), ('中山路', 'Zhongshan Road'),
         ('建设路', 'Jianshe Road'), ('和平路', 'Heping Road'), ('新华路', 'Xinhua Road'),
         ('文化路', 'Wenhua Road'), ('幸福路', 'Xingfu Road'), ('青年路', 'Qingnian Road'),
         ('长江路', 'Changjiang Road'), ('学府路', 'Xuefu Road'), ('花园路', 'Huayuan Road'),
         ('光明路', 'Guangming Road'), ('东风路', 'Dongfeng Road'), ('朝阳北路', 'Chaoyang North Road'),
         ('南京西路', 'Nanjing West Road'), ('滨江大道', 'Binjiang Avenue'), ('金沙街', 'Jinsha Street')]
COMMUNITIES = [('阳光花园', 'Yangguang Garden'), ('锦绣家园', 'Jinxiu Homeland'),
               ('翠湖苑', 'Cuihu Court'), ('金色家园', 'Jinse Homeland'),
               ('世纪新城', 'Shiji New Town'), ('绿洲小区', 'Lvzhou Residential Area'),
               ('华府名苑', 'Huafu Mingyuan'), ('枫林湾', 'Fenglin Bay'),
               ('书香门第', 'Shuxiang Mendi'), ('紫荆园', 'Zijing Garden'),
               ('碧水云天', 'Bishui Yuntian'), ('丽景湾', 'Lijing Bay'),
               ('春晓苑', 'Chunxiao Court'), ('东方明珠花园', 'Dongfang Mingzhu Garden')]


def rnd_digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rnd_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def make_id(region, dob, sex):
    seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if sex == 'M' else [0, 2, 4, 6, 8])
    body = '%s%s%03d' % (region, dob.strftime('%Y%m%d'), seq)
    num = body + ric.calc_check_digit(body + '0')
    assert ric.is_valid(num), num
    return num


MOBILE_PREFIXES = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
                   '145', '147', '150', '151', '152', '153', '155', '156', '157', '158',
                   '159', '166', '173', '175', '176', '177', '178', '180', '181', '182',
                   '183', '184', '185', '186', '187', '188', '189', '191', '193', '195',
                   '198', '199']


def make_mobile():
    while True:
        m = R.choice(MOBILE_PREFIXES) + rnd_digits(8)
        n = phonenumbers.parse(m, 'CN')
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE,):
            return m


AREA = ['010', '021', '022', '023', '020', '025', '027', '028', '029', '0755', '0571',
        '0512', '0532', '0592', '0731', '0871']


def make_landline(area=None):
    while True:
        a = area or R.choice(AREA)
        n = a + str(R.randint(2, 8)) + rnd_digits(7 if len(a) == 3 else R.choice([6, 7]))
        pn = phonenumbers.parse(n, 'CN')
        if phonenumbers.is_valid_number(pn):
            return a, n[len(a):]


FW = str.maketrans('0123456789+-', '０１２３４５６７８９＋－')


def fmt_mobile(m, style=None):
    if style is None:
        style = R.choices(range(10), weights=[30, 6, 6, 8, 4, 4, 3, 3, 3, 2])[0]
    if style == 0:
        return m
    if style == 1:
        return '%s %s %s' % (m[:3], m[3:7], m[7:])
    if style == 2:
        return '%s-%s-%s' % (m[:3], m[3:7], m[7:])
    if style == 3:
        return '+86 %s %s %s' % (m[:3], m[3:7], m[7:])
    if style == 4:
        return '+86' + m
    if style == 5:
        return '0086-' + m
    if style == 6:
        return '86-' + m
    if style == 7:
        return '(+86)' + m
    if style == 8:
        return '+86-' + m
    return m.translate(FW)


def fmt_landline(a, n, style=None):
    style = R.randint(0, 3) if style is None else style
    return ['%s-%s' % (a, n), '(%s)%s' % (a, n), '%s %s' % (a, n), '+86-%s-%s' % (a[1:], n)][style]


def mask_mobile(m):
    return m[:3] + '****' + m[7:]


BANK_BINS = [('622202', 19, '中国工商银行'), ('621700', 19, '中国建设银行'),
             ('622848', 19, '中国农业银行'), ('621661', 19, '中国银行'),
             ('622588', 16, '招商银行'), ('621483', 16, '招商银行'),
             ('622262', 19, '交通银行'), ('621226', 19, '中国工商银行'),
             ('625807', 16, '中国工商银行'), ('622609', 16, '浦发银行'),
             ('621559', 19, '中信银行'), ('436742', 16, '中国建设银行')]


def make_card():
    b, n, bank = R.choice(BANK_BINS)
    body = b + rnd_digits(n - len(b) - 1)
    return body + luhn.calc_check_digit(body), bank


def fmt_card(c, style=None):
    style = R.choice([0, 0, 1, 2]) if style is None else style
    if style == 0:
        return c
    if style == 1:
        return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))
    return '-'.join(c[i:i + 4] for i in range(0, len(c), 4))


def mask_card(c):
    return c[:6] + '*' * (len(c) - 10) + c[-4:]


def make_passport():
    k = R.choices([0, 1, 2], weights=[5, 4, 1])[0]
    if k == 0:
        return 'E' + rnd_digits(8)
    if k == 1:
        return 'E' + R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') + rnd_digits(7)
    return 'G' + rnd_digits(8)


def make_permit():
    return R.choices(['C', 'W'], weights=[8, 1])[0] + rnd_digits(8)


def make_imsi(mnc=None):
    mnc = mnc or R.choice(['00', '02', '04', '07', '08', '00', '01', '06', '09', '03', '11', '15'])
    return '460' + mnc + rnd_digits(10)


TACS = ['35391110', '35328711', '86891504', '86428305', '35866310', '86729604',
        '35407115', '86014206', '35174611', '86980003']


def make_imei():
    body = R.choice(TACS) + rnd_digits(6)
    return body + luhn.calc_check_digit(body)


def make_meid():
    return R.choice(['A0', 'A1', 'A0']) + ''.join(R.choice('0123456789ABCDEF') for _ in range(12))


def make_iccid():
    pre = R.choice(['898600', '898602', '898601', '898606', '898603', '898611'])
    return pre + rnd_digits(14)


OUIS = ['3C:22:FB', 'F0:18:98', 'A4:83:E7', '28:6C:07', 'D4:61:9D', '7C:1C:F1',
        'B4:0B:44', '64:A2:F9', '48:3F:DA', 'E4:5F:01', '9C:2E:A1', 'AC:C1:EE']


def make_mac():
    return R.choice(OUIS) + ':' + ':'.join('%02X' % R.randint(0, 255) for _ in range(3))


def fmt_mac(m, style=None):
    style = R.randint(0, 3) if style is None else style
    if style == 0:
        return m
    if style == 1:
        return m.lower()
    if style == 2:
        return m.replace(':', '-')
    h = m.replace(':', '').lower()
    return '%s.%s.%s' % (h[:4], h[4:8], h[8:])


def make_pub_ip():
    a = R.choice([(223, 104), (117, 136), (112, 96), (39, 144), (111, 55), (120, 229),
                  (36, 112), (183, 192), (114, 247), (58, 33)])
    return '%d.%d.%d.%d' % (a[0], a[1] + R.randint(0, 3), R.randint(0, 255), R.randint(1, 254))


def make_priv_ip(net='10.72'):
    return '%s.%d.%d' % (net, R.randint(0, 63), R.randint(2, 254))


def make_ipv6():
    return '2409:89%02x:%x:%x:%x:%x:%x:%x' % (R.randint(0, 255), R.randint(0, 0xffff),
                                              R.randint(0, 0xffff), R.randint(0, 0xffff),
                                              R.randint(0, 0xffff), R.randint(0, 0xffff),
                                              R.randint(1, 0xffff))


def make_plate(prov, new_energy=None):
    pre = R.choice(PLATE_PREFIX.get(prov, ['京']))
    letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if new_energy is None:
        new_energy = R.random() < 0.25
    if new_energy:
        tail = R.choice('DF') + rnd_digits(5) if R.random() < 0.85 else rnd_digits(5) + R.choice('DF')
    else:
        pat = R.choice(['NNNNN', 'LNNNN', 'LNNNN', 'LLNNN', 'NLNNN', 'NNNNL', 'NNLNN', 'LNLNN', 'NNNLL'])
        tail = ''.join(R.choice(letters) if c == 'L' else R.choice('0123456789') for c in pat)
    if len(pre) == 1:
        pre = pre + R.choice('ABCEFGHJKLMNPQ')
    sep = R.choice(['', '', '·', ' '])
    return pre + sep + tail


def hexs(n, up=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def uuid4():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def b64u(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    return ''.join(R.choice(al) for _ in range(n))


def make_jwt():
    return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + 'eyJ' + b64u(R.randint(60, 90)) + '.' + b64u(43)


def make_uscc():
    body = '91' + R.choice(['110105', '310115', '440300', '330106', '510107']) + \
        ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(9))
    return body + uscc.calc_check_digit(body)


MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']


def gds_date(d, year=True):
    return '%02d%s%s' % (d.day, MON[d.month - 1], ('%02d' % (d.year % 100)) if year else '')


def fmt_dob(d, style=None):
    style = R.randint(0, 5) if style is None else style
    return [d.strftime('%Y-%m-%d'), d.strftime('%Y%m%d'), '%d年%d月%d日' % (d.year, d.month, d.day),
            d.strftime('%Y/%m/%d'), d.strftime('%d/%m/%Y'), d.strftime('%Y.%m.%d')][style]


class Person:
    def __init__(self, sex=None, y0=1955, y1=2004, region=None):
        self.sex = sex or R.choice('MF')
        s = R.choices(SURNAMES, weights=[12 if len(x[0]) == 1 else 1 for x in SURNAMES])[0]
        pool = GIVEN_M if self.sex == 'M' else GIVEN_F
        k = R.choices([1, 2], weights=[3, 7])[0]
        g = [R.choice(pool) for _ in range(k)]
        self.sur, self.sur_py = s
        self.given = ''.join(x[0] for x in g)
        self.given_py = ''.join(x[1] for x in g)
        self.cn = self.sur + self.given
        self.dob = rnd_date(y0, y1)
        self.reg = region or R.choice(REGIONS)
        if self.reg[0] == '320103' and self.dob.year > 2005:
            self.reg = REGIONS[0]
        self.id = make_id(self.reg[0], self.dob, self.sex)
        self.mobile = make_mobile()
        self.passport = make_passport()
        self.permit = make_permit()
        self._addr = None

    @property
    def gds(self):
        return '%s/%s' % (self.sur_py, self.given_py)

    @property
    def py_space(self):
        return '%s %s' % (self.sur_py, self.given_py)

    @property
    def py_title(self):
        return '%s %s' % (self.given_py.capitalize(), self.sur_py.capitalize())

    def idv(self):
        """ID as written; lower-case x occasionally."""
        return self.id.lower() if self.id.endswith('X') and R.random() < 0.3 else self.id

    def email(self):
        u = R.choice([self.sur_py.lower() + self.given_py.lower(),
                      self.given_py.lower() + '.' + self.sur_py.lower(),
                      self.sur_py.lower() + self.given_py.lower()[:1] + str(self.dob.year % 100),
                      rnd_digits(R.randint(8, 10)).lstrip('0') or '1234567',
                      self.sur_py.lower() + '_' + self.given_py.lower() + str(R.randint(1, 99))])
        return u + '@' + R.choice(['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com',
                                   'foxmail.com', 'outlook.com', '139.com', 'hotmail.com'])

    def addr(self):
        if self._addr is None:
            _, prov, city, dist, en = self.reg
            road, road_en = R.choice(ROADS)
            comm, comm_en = R.choice(COMMUNITIES)
            no = R.randint(1, 399)
            b, u, rm = R.randint(1, 28), R.randint(1, 4), R.randint(1, 28) * 100 + R.randint(1, 6)
            full_prov = prov + city + dist
            st = R.randint(0, 3)
            if st == 2 and prov != '上海市':
                st = R.choice([0, 1, 3])
            if st == 0:
                zh = '%s%s%d号%s%d栋%d单元%d室' % (full_prov, road, no, comm, b, u, rm)
                en_s = 'Room %d, Unit %d, Building %d, %s, No. %d %s, %s' % (rm, u, b, comm_en, no, road_en, en)
            elif st == 1:
                zh = '%s%s%d号楼%d单元%d' % (full_prov, comm, b, u, rm)
                en_s = 'Rm %d, Unit %d, Bldg %d, %s, %s' % (rm, u, b, comm_en, en)
            elif st == 2:
                zh = '%s%s%d弄%d号%d室' % (full_prov, road, no, b, rm)
                en_s = 'Room %d, No. %d, Lane %d, %s, %s' % (rm, b, no, road_en, en)
            else:
                zh = '%s%s%d号%s%d-%d-%d' % (full_prov, road, no, comm, b, u, rm)
                en_s = '%d-%d-%d %s, %d %s, %s' % (b, u, rm, comm_en, no, road_en, en)
            self._addr = (zh, en_s)
        return self._addr


def pick_name(p, style=None):
    style = R.choice(['cn', 'cn', 'cn', 'gds']) if style is None else style
    return {'cn': p.cn, 'gds': p.gds, 'sp': p.py_space, 'title': p.py_title}[style]


AIRLINES = [('CA', '999', '中国国际航空'), ('MU', '781', '中国东方航空'), ('CZ', '784', '中国南方航空'),
            ('HU', '880', '海南航空'), ('3U', '876', '四川航空'), ('ZH', '479', '深圳航空'),
            ('MF', '731', '厦门航空'), ('HO', '018', '吉祥航空')]
AIRPORTS = ['PEK', 'PKX', 'PVG', 'SHA', 'CAN', 'SZX', 'CTU', 'TFU', 'HGH', 'NKG', 'XIY',
            'KMG', 'CKG', 'WUH', 'CSX', 'XMN', 'TAO', 'HKG', 'MFM', 'NRT', 'ICN', 'BKK', 'SIN']
AIRPORT_GEO = {'PEK': (40.0799, 116.6031), 'PKX': (39.5098, 116.4105), 'PVG': (31.1443, 121.8083),
               'SHA': (31.1979, 121.3363), 'CAN': (23.3924, 113.2988), 'SZX': (22.6393, 113.8107),
               'CTU': (30.5785, 103.9471), 'TFU': (30.3125, 104.4411), 'HGH': (30.2295, 120.4344),
               'NKG': (31.7420, 118.8620), 'XIY': (34.4471, 108.7516), 'WUH': (30.7838, 114.2081)}
CITY_GEO = {'PEK': (39.93, 116.45), 'PKX': (39.90, 116.40), 'PVG': (31.22, 121.50),
            'SHA': (31.20, 121.43), 'CAN': (23.13, 113.32), 'SZX': (22.54, 114.05),
            'CTU': (30.65, 104.06), 'TFU': (30.62, 104.08), 'HGH': (30.27, 120.15),
            'NKG': (32.05, 118.78), 'XIY': (34.26, 108.94), 'WUH': (30.58, 114.30)}
AIRPORT_REGION = {'PEK': 0, 'PKX': 1, 'PVG': 5, 'SHA': 4, 'CAN': 9, 'SZX': 11, 'CTU': 17,
                  'TFU': 17, 'HGH': 13, 'NKG': 15, 'XIY': 20, 'WUH': 18}


def ts(base, i, step=(30, 900)):
    return base + dt.timedelta(seconds=i * R.randint(*step) + R.randint(0, 59))


def msepoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 8 * 3600 * 1000 + R.randint(0, 999)


def pnr_locator():
    return ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6))


def ticket_no(pre):
    return pre + '-' + rnd_digits(10)


# --------------------------------------------------------------------------
# 1. PNR displays
# --------------------------------------------------------------------------
def gen_pnr():
    d = Doc('pnr_displays.txt')
    base = dt.datetime(2024, 9, 3, 8, 0)
    for k in range(26):
        al, tpre, alname = R.choice(AIRLINES)
        loc = pnr_locator()
        npax = R.choices([1, 2, 3, 4], weights=[4, 4, 2, 1])[0]
        pax = [Person() for _ in range(npax)]
        domestic = R.random() < 0.55
        cn_names = domestic and R.random() < 0.6
        office = R.choice(['PEK123', 'SHA456', 'CAN789', 'CTU211', 'SZX508', 'HGH330'])
        t = ts(base, k, (600, 4000))
        d.t('>RT%s\n' % loc)
        # name line
        parts = []
        d.t(' ')
        for i, p in enumerate(pax, 1):
            d.t('%d.' % i)
            if cn_names:
                d.p(p.cn, 'PERSON_NAME')
            else:
                d.p(p.gds, 'PERSON_NAME')
                d.t(' MR' if p.sex == 'M' else ' MS')
            d.t(' ')
        d.t('%s\n' % loc)
        n = npax + 1
        dep = R.choice(AIRPORTS[:13])
        arr = R.choice([a for a in (AIRPORTS[:13] if domestic else AIRPORTS[13:]) if a != dep])
        fdate = (t + dt.timedelta(days=R.randint(2, 40))).date()
        flt = '%s%d' % (al, R.randint(101, 8999))
        cls = R.choice('YBMHKLQFJC')
        dtm = '%02d%02d' % (R.randint(6, 22), R.choice([0, 5, 10, 15, 25, 30, 40, 45, 55]))
        atm = '%02d%02d' % (R.randint(7, 23), R.choice([0, 10, 20, 35, 50]))
        wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][fdate.weekday()]
        d.t('%2d.  %s %s   %s%s  %s%s HK%d   %s %s          E %s\n'
            % (n, flt, cls, wd, gds_date(fdate, False), dep, arr, npax, dtm, atm,
               R.choice(['T3T2', 'T2--', '--T1', 'T1T3', '-- --'])))
        n += 1
        if R.random() < 0.5:
            rdate = fdate + dt.timedelta(days=R.randint(3, 12))
            d.t('%2d.  %s %s   %s%s  %s%s HK%d   %s %s          E\n'
                % (n, '%s%d' % (al, R.randint(101, 8999)), cls, ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][rdate.weekday()],
                   gds_date(rdate, False), arr, dep, npax, '%02d%02d' % (R.randint(6, 22), 5), '%02d%02d' % (R.randint(7, 23), 40)))
            n += 1
        a, num = make_landline({'PEK': '010', 'SHA': '021', 'CAN': '020', 'CTU': '028', 'SZX': '0755', 'HGH': '0571'}[office[:3]])
        d.t('%2d.%s/T %s/T %s-%s/%s AIR SERVICE CO.,LTD/%s ABCDEFG\n'
            % (n, office[:3], office[:3], a, num, {'PEK': 'BEIJING', 'SHA': 'SHANGHAI', 'CAN': 'GUANGZHOU',
                                                 'CTU': 'CHENGDU', 'SZX': 'SHENZHEN', 'HGH': 'HANGZHOU'}[office[:3]],
               R.choice(['JINGYUAN', 'HUAYOU', 'TIANMA', 'ZHONGHANG'])))
        n += 1
        d.t('%2d.TL/%s/%s/%s\n' % (n, '%02d00' % R.randint(6, 20), gds_date(t.date() + dt.timedelta(days=1), False), office))
        n += 1
        contact = pax[0]
        if R.random() < 0.6:
            d.f('%2d.OSI %s CTCT«0»\n' % (n, al), (contact.mobile, 'PHONE_NUMBER'))
            n += 1
        tickets = []
        for i, p in enumerate(pax, 1):
            if domestic or R.random() < 0.3:
                d.f('%2d.SSR FOID %s HK1 NI«0»/P%d\n' % (n, al, i), (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
                n += 1
            if not domestic:
                exp = dt.date(2025 + R.randint(0, 9), R.randint(1, 12), R.randint(1, 28))
                d.f('%2d.SSR DOCS %s HK1 P/CHN/«0»/CHN/«1»/%s/%s/«2»/P%d\n'
                    % (n, al, p.sex, gds_date(exp), i),
                    (p.passport, 'CHINA_PASSPORT'), (gds_date(p.dob), 'DATE_OF_BIRTH'),
                    (p.gds, 'PERSON_NAME'))
                n += 1
            if i == 1 or R.random() < 0.4:
                d.f('%2d.SSR CTCM %s HK1 «0»/P%d\n' % (n, al, i),
                    (R.choice([p.mobile, '86' + p.mobile, p.mobile]), 'PHONE_NUMBER'))
                n += 1
            if (i == 1 and R.random() < 0.6) or R.random() < 0.15:
                e = p.email().upper().replace('@', '//').replace('_', '..')
                d.f('%2d.SSR CTCE %s HK1 «0»/P%d\n' % (n, al, i), (e, 'EMAIL_ADDRESS'))
                n += 1
            tk = ticket_no(tpre)
            tickets.append(tk)
            d.t('%2d.SSR TKNE %s HK1 %s%s %s %s%s %s/1/P%d\n'
                % (n, al, dep, arr, flt[2:], cls, gds_date(fdate, False), tk.replace('-', ''), i))
            n += 1
        if npax >= 3 and R.random() < 0.5:
            child = Person(y0=2014, y1=2020, region=pax[0].reg)
            d.f('%2d.SSR CHLD %s HK1 «0»/P%d\n' % (n, al, npax), (gds_date(child.dob), 'DATE_OF_BIRTH'))
            n += 1
        if R.random() < 0.4:
            d.t('%2d.RMK CA/%s\n' % (n, pnr_locator()))
            n += 1
        if R.random() < 0.3:
            d.f('%2d.RMK TJ AUTH %s TEL «0»\n' % (n, office),
                (fmt_mobile(contact.mobile, 2), 'PHONE_NUMBER'))
            n += 1
        fare = R.randint(4, 90) * 50
        tax = 50 if domestic else R.randint(200, 900)
        d.t('%2d.FN/A/FCNY%d.00/SCNY%d.00/C0.00/XCNY%d.00/TCNY%d.00CN/ACNY%d.00\n'
            % (n, fare, fare, tax, tax, fare + tax))
        n += 1
        for i, tk in enumerate(tickets, 1):
            d.t('%2d.TN/%s/P%d\n' % (n, tk, i))
            n += 1
        d.t('%2d.FP/%s\n' % (n, R.choice(['CASH,CNY', 'CC/VI4367********1234', 'CHECK,CNY', 'INV/BSP'])))
        n += 1
        d.t('%2d.%s\n' % (n, office))
        d.t('  LAST ACTION AGENT %s %s %s\n\n' % (R.choice(['1234', '5577', '8801']), t.strftime('%H%M'), gds_date(t.date())))
    return d


# --------------------------------------------------------------------------
# 2. 12306 train orders (JSON)
# --------------------------------------------------------------------------
STATIONS = [('北京南', 'VNP'), ('上海虹桥', 'AOH'), ('广州南', 'IZQ'), ('深圳北', 'IOQ'),
            ('杭州东', 'HGH'), ('南京南', 'NKH'), ('武汉', 'WHN'), ('长沙南', 'CWQ'),
            ('成都东', 'ICW'), ('重庆北', 'CUW'), ('西安北', 'EAY'), ('郑州东', 'ZAF'),
            ('天津西', 'TXP'), ('济南西', 'JGK'), ('合肥南', 'ENH'), ('厦门北', 'XKS'),
            ('北京西', 'BXP'), ('石家庄', 'SJP')]


def jq(s):
    return json.dumps(s, ensure_ascii=False)


def gen_12306():
    d = Doc('train_orders_12306.json')
    base = dt.datetime(2024, 4, 28, 7, 0)
    d.t('{\n  "export": "order_center_daily",\n  "version": "3.9.12",\n  "generated_at": "2024-05-02T03:00:12+08:00",\n  "orders": [\n')
    norders = 34
    for k in range(norders):
        t = ts(base, k, (300, 3600))
        contact = Person()
        npax = R.choices([1, 2, 3], weights=[5, 3, 2])[0]
        pax = [contact] + [Person() for _ in range(npax - 1)]
        if R.random() < 0.3 and npax > 1:
            pax[-1] = Person(y0=2010, y1=2019, region=contact.reg)
        order_no = 'E' + rnd_digits(9)
        frm, to = R.sample(STATIONS, 2)
        train = R.choice(['G', 'G', 'D', 'K', 'Z', 'T', 'C']) + str(R.randint(1, 9999))
        tdate = (t + dt.timedelta(days=R.randint(1, 14))).date()
        d.t('    {\n')
        d.t('      "sequence_no": "%s",\n      "order_date": "%s",\n' % (order_no, t.strftime('%Y-%m-%d %H:%M:%S')))
        d.t('      "user_id": %d,\n' % R.randint(10 ** 9, 10 ** 10))
        cm = contact.mobile
        st = R.random()
        if st < 0.6:
            d.f('      "contact_mobile": "«0»",\n', (cm, 'PHONE_NUMBER'))
        elif st < 0.8:
            d.f('      "contact_mobile": "«0»",\n', (fmt_mobile(cm, R.choice([3, 4])), 'PHONE_NUMBER'))
        else:
            d.t('      "contact_mobile": "%s",\n' % mask_mobile(cm))
        if R.random() < 0.35:
            d.f('      "contact_email": "«0»",\n', (contact.email(), 'EMAIL_ADDRESS'))
        d.t('      "train_code": "%s",\n      "train_date": "%s",\n' % (train, tdate.isoformat()))
        d.t('      "from_station_name": %s,\n      "from_station_telecode": "%s",\n' % (jq(frm[0]), frm[1]))
        d.t('      "to_station_name": %s,\n      "to_station_telecode": "%s",\n' % (jq(to[0]), to[1]))
        d.t('      "start_time": "%02d:%02d",\n      "arrive_time": "%02d:%02d",\n'
            % (R.randint(6, 21), R.randint(0, 59), R.randint(8, 23), R.randint(0, 59)))
        d.t('      "tickets": [\n')
        coach = R.randint(1, 16)
        row = R.randint(1, 17)
        for i, p in enumerate(pax):
            seat = '%02d%s' % (row, 'ABCDF'[i % 5])
            idt = R.choices(['1', 'B', 'C'], weights=[14, 2, 1])[0]
            if p.dob.year >= 2010:
                idt = '1'
            d.t('        {\n')
            d.t('          "ticket_no": "%s%d%02d%03d",\n' % (order_no, 1, i + 1, R.randint(1, 999)))
            d.f('          "passenger_name": "«0»",\n', (p.cn, 'PERSON_NAME'))
            if idt == '1':
                d.t('          "passenger_id_type_code": "1",\n          "passenger_id_type_name": "中国居民身份证",\n')
                d.f('          "passenger_id_no": "«0»",\n', (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            elif idt == 'B':
                d.t('          "passenger_id_type_code": "B",\n          "passenger_id_type_name": "护照",\n')
                d.f('          "passenger_id_no": "«0»",\n', (p.passport, 'CHINA_PASSPORT'))
                d.f('          "born_date": "«0»",\n', (p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'))
            else:
                d.t('          "passenger_id_type_code": "1",\n          "passenger_id_type_name": "中国居民身份证",\n')
                d.t('          "passenger_id_no": "%s",\n' % (p.id[:6] + '********' + p.id[-4:]))
            tt = '儿童票' if p.dob.year >= 2012 else R.choice(['成人票', '成人票', '成人票', '学生票'])
            d.t('          "ticket_type_name": "%s",\n' % tt)
            if i > 0 and R.random() < 0.4:
                d.f('          "mobile_no": "«0»",\n', (p.mobile, 'PHONE_NUMBER'))
            d.t('          "coach_no": "%02d",\n          "seat_no": "%s",\n          "seat_type_name": "%s",\n'
                % (coach, seat, R.choice(['二等座', '一等座', '商务座', '硬卧', '二等座'])))
            d.t('          "ticket_price": "%d.%d",\n          "ticket_status_name": "%s"\n'
                % (R.randint(50, 1800), R.choice([0, 5]), R.choice(['已支付', '已出票', '已改签', '已退票', '已支付'])))
            d.t('        }%s\n' % (',' if i < npax - 1 else ''))
        d.t('      ],\n')
        card, bank = make_card()
        d.t('      "pay": {"channel": "%s", "bank_name": "%s", "card_no": "%s", "trade_no": "%s", "pay_time": %d}\n'
            % (R.choice(['UNIONPAY', 'ALIPAY', 'WECHAT']), bank, mask_card(card),
               t.strftime('%Y%m%d') + rnd_digits(16), msepoch(t + dt.timedelta(minutes=2))))
        d.t('    }%s\n' % (',' if k < norders - 1 else ''))
    d.t('  ],\n  "service_tel": "12306",\n  "checksum": "%s"\n}\n' % hexs(64))
    return d


# --------------------------------------------------------------------------
# 3. Hotel PMS registration CSV
# --------------------------------------------------------------------------
def csvq(s):
    return '"%s"' % s.replace('"', '""') if (',' in s or '"' in s) else s


def gen_pms():
    d = Doc('hotel_pms_registration.csv')
    cols = ['登记单号', '房号', '房型', '客人姓名', '性别', '民族', '出生日期', '证件类型', '证件号码',
            '证件地址', '签发机关', '手机', '车牌号', '入住时间', '预离时间', '房价', '押金', '付款方式',
            '渠道', '渠道订单号', '操作员', '备注']
    d.t(','.join(cols) + '\r\n')
    base = dt.datetime(2024, 7, 12, 12, 0)
    row = 0
    for k in range(28):
        t = ts(base, k, (400, 2400))
        nguests = R.choices([1, 2], weights=[3, 1])[0]
        room = '%d%02d' % (R.randint(3, 22), R.randint(1, 36))
        rtype = R.choice(['高级大床房', '豪华双床房', '行政大床房', '商务套房', '标准双床房'])
        price = R.choice([398, 458, 528, 688, 899, 1280])
        ch, chno = R.choice([('携程', 'CT'), ('美团', 'MT'), ('飞猪', 'FZ'), ('前台散客', ''), ('协议单位', ''), ('官网', 'GW')])
        plate_person = R.random() < 0.3
        for g in range(nguests):
            p = Person(y0=1950, y1=2003)
            row += 1
            fields = []
            fields.append(('RG%s%05d' % (t.strftime('%y%m%d'), row), None))
            fields.append((room, None))
            fields.append((rtype, None))
            fields.append((p.cn, 'PERSON_NAME'))
            fields.append(('男' if p.sex == 'M' else '女', None))
            fields.append((R.choices(['汉', '回', '满', '壮', '蒙古', '土家'], weights=[30, 1, 1, 1, 1, 1])[0], None))
            fields.append((p.dob.strftime(R.choice(['%Y-%m-%d', '%Y%m%d'])) if k % 7 else '%d年%d月%d日' % (p.dob.year, p.dob.month, p.dob.day), 'DATE_OF_BIRTH'))
            fields.append(('居民身份证', None))
            fields.append((p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            fields.append((p.addr()[0], 'STREET_ADDRESS'))
            _, prov, city, dist, _ = p.reg
            fields.append(((city or prov) + '公安局' + dist + '分局', None))
            if g == 0 or R.random() < 0.5:
                m = p.mobile
                fields.append((fmt_mobile(m, R.choice([0, 0, 0, 1, 4])), 'PHONE_NUMBER'))
            else:
                fields.append(('', None))
            if g == 0 and plate_person:
                fields.append((make_plate(prov), 'CHINA_LICENSE_PLATE'))
            else:
                fields.append(('', None))
            fields.append((t.strftime('%Y-%m-%d %H:%M'), None))
            fields.append(((t + dt.timedelta(days=R.randint(1, 4))).strftime('%Y-%m-%d 12:00'), None))
            fields.append(('%d.00' % price, None))
            fields.append(('%d.00' % (500 if g == 0 else 0), None))
            fields.append((R.choice(['预授权', '微信', '支付宝', '现金', '挂账']) if g == 0 else '', None))
            fields.append((ch, None))
            fields.append((chno + rnd_digits(R.choice([10, 12, 16])) if chno else '', None))
            fields.append((R.choice(['FD012', 'FD023', 'FD031', 'NA007']), None))
            rem = ''
            if g == 0 and R.random() < 0.25:
                rem = R.choice(['同住', '无烟楼层', '需要加床', '延迟退房至14点', 'VIP 金卡', '发票抬头:' + R.choice(['北京远航科技有限公司', '上海星程信息技术有限公司'])])
            elif g == 1:
                rem = '同住'
            fields.append((rem, None))
            for i, (v, typ) in enumerate(fields):
                if i:
                    d.t(',')
                q = (',' in v or '"' in v)
                if q:
                    d.t('"')
                d.p(v, typ)
                if q:
                    d.t('"')
            d.t('\r\n')
    return d


# --------------------------------------------------------------------------
# 4. OTA booking confirmation e-mails
# --------------------------------------------------------------------------
HOTELS = [('北京国贸雅致酒店', '北京市朝阳区建国门外大街1号', '010'),
          ('上海外滩臻选酒店', '上海市黄浦区中山东一路18号', '021'),
          ('杭州西湖湖滨花园酒店', '浙江省杭州市上城区湖滨路28号', '0571'),
          ('成都太古里轻居酒店', '四川省成都市锦江区中纱帽街8号', '028'),
          ('深圳湾海景酒店', '广东省深圳市南山区望海路1177号', '0755'),
          ('西安钟楼悦华酒店', '陕西省西安市碑林区东大街110号', '029'),
          ('厦门鼓浪屿海韵民宿', '福建省厦门市思明区鼓浪屿龙头路62号', '0592')]
HOTELS_EN = [('Harbour View Hotel Hong Kong', '18 Salisbury Road, Tsim Sha Tsui, Kowloon, Hong Kong', '+852 2721 0000'),
             ('Riverside Boutique Hotel Bangkok', '257 Charoen Nakhon Road, Khlong San, Bangkok 10600', '+66 2 123 4567'),
             ('Shinjuku Garden Hotel', '3-2-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023', '+81 3-5322-0000'),
             ('Marina Bay Residence Singapore', '8 Raffles Avenue, Singapore 039802', '+65 6333 8888')]


def gen_ota():
    d = Doc('ota_booking_emails.txt')
    base = dt.datetime(2024, 6, 1, 9, 0)
    for k in range(18):
        t = ts(base, k, (3000, 20000))
        g = Person()
        mail = g.email()
        order = '1' + rnd_digits(15)
        d.t('=' * 72 + '\n')
        d.t('Return-Path: <bounce-%s@mail.tuyue-travel.com>\n' % hexs(12))
        d.t('Received: from mta%d.tuyue-travel.com (mta%d.tuyue-travel.com [203.119.%d.%d])\n'
            % (R.randint(1, 9), R.randint(1, 9), R.randint(0, 255), R.randint(1, 254)))
        d.t('Message-ID: <%s.%s@tuyue-travel.com>\n' % (hexs(16), msepoch(t)))
        d.t('Date: %s +0800\n' % t.strftime('%a, %d %b %Y %H:%M:%S'))
        d.t('From: =?UTF-8?B?%s?= <noreply@tuyue-travel.com>\n' % b64u(16))
        nm = g.cn if k % 3 else g.py_title
        d.f('To: "«0»" <«1»>\n', (nm, 'PERSON_NAME'), (mail, 'EMAIL_ADDRESS'))
        if k % 4 != 3:
            hotel, haddr, harea = R.choice(HOTELS)
            d.t('Subject: 【途悦旅行】订单%s预订成功，请查收确认单\n' % order)
            d.t('Content-Type: text/plain; charset=UTF-8\n\n')
            d.f('尊敬的«0»%s：\n\n' % ('先生' if g.sex == 'M' else '女士'), (g.cn, 'PERSON_NAME'))
            d.t('您好！您在途悦旅行预订的酒店已确认，酒店确认号：%s。\n\n' % (rnd_digits(8) if R.random() < 0.5 else 'HC' + rnd_digits(9)))
            d.t('订单号：%s\n酒店名称：%s\n酒店地址：%s\n' % (order, hotel, haddr))
            a, n = make_landline(harea)
            d.t('酒店电话：%s-%s\n' % (a, n))
            ci = (t + dt.timedelta(days=R.randint(3, 30))).date()
            nights = R.randint(1, 4)
            d.t('入住日期：%s（%s 14:00后）\n离店日期：%s（12:00前）\n'
                % (ci.isoformat(), '周' + '一二三四五六日'[ci.weekday()], (ci + dt.timedelta(days=nights)).isoformat()))
            d.t('房型：%s  %d间%d晚\n' % (R.choice(['高级大床房', '豪华双床房', '湖景大床房']), 1, nights))
            guests = [g] + ([Person()] if R.random() < 0.5 else [])
            d.t('入住人：')
            for i, x in enumerate(guests):
                if i:
                    d.t('、')
                d.p(x.cn, 'PERSON_NAME')
            d.t('\n')
            d.f('联系人手机：«0»\n', (fmt_mobile(g.mobile, R.choice([0, 0, 1, 3])), 'PHONE_NUMBER'))
            d.f('联系人邮箱：«0»\n', (mail, 'EMAIL_ADDRESS'))
            price = R.randint(3, 20) * 100 + R.choice([0, 38, 58, 88])
            d.t('订单金额：¥%d.00（已含税费）  支付方式：%s\n' % (price * nights, R.choice(['微信支付', '支付宝', '银行卡（尾号%s）' % rnd_digits(4)])))
            d.t('取消政策：%s\n' % R.choice(['入住前一天18:00前可免费取消', '订单确认后不可取消、不可修改', '入住当天12:00前可免费取消']))
            if R.random() < 0.4:
                d.t('特殊要求：%s（酒店将尽量安排，不保证）\n' % R.choice(['高楼层', '安静房间', '需要婴儿床', '大床']))
            if R.random() < 0.35:
                d.t('发票：电子普通发票，抬头 %s，税号 %s\n' % (R.choice(['杭州云程网络科技有限公司', '深圳市前海星辰贸易有限公司', '成都蓝鲸数据服务有限公司']), make_uscc()))
            d.t('\n如需帮助，请拨打途悦旅行客服热线 400-820-%s 或 95%s（24小时）。\n' % (rnd_digits(4), rnd_digits(3)))
            d.t('查看订单：https://m.tuyue-travel.com/order/detail?oid=%s&sign=%s\n' % (order, hexs(32)))
            d.t('此邮件由系统自动发送，请勿直接回复。\n\n')
        else:
            hotel, haddr, htel = R.choice(HOTELS_EN)
            d.t('Subject: Booking confirmed - %s - Itinerary %s\n' % (hotel, order))
            d.t('Content-Type: text/plain; charset=UTF-8\n\n')
            d.f('Dear «0»,\n\n', (g.py_title, 'PERSON_NAME'))
            d.t('Thank you for booking with TuYue Travel. Your reservation is confirmed.\n\n')
            d.t('Itinerary no.: %s\nConfirmation no.: %s\nHotel: %s\nAddress: %s\nPhone: %s\n'
                % (order, R.choice(['', 'HV']) + rnd_digits(9), hotel, haddr, htel))
            ci = (t + dt.timedelta(days=R.randint(5, 40))).date()
            d.t('Check-in: %s (from 15:00)\nCheck-out: %s (until 11:00)\n'
                % (ci.strftime('%a, %d %b %Y'), (ci + dt.timedelta(days=3)).strftime('%a, %d %b %Y')))
            d.f('Guest name: «0»\n', ((g.sur_py + ' ' + g.given_py) if R.random() < 0.5 else g.gds, 'PERSON_NAME'))
            d.f('Mobile: «0»\nEmail: «1»\n', (fmt_mobile(g.mobile, R.choice([3, 4, 8])), 'PHONE_NUMBER'), (mail, 'EMAIL_ADDRESS'))
            d.t('Total: HKD %d.00 (paid with card ending %s)\n' % (R.randint(1500, 9000), rnd_digits(4)))
            d.t('Customer service: +86 400-820-%s / 95%s\n\n' % (rnd_digits(4), rnd_digits(3)))
    return d


# --------------------------------------------------------------------------
# 5. Ride-hailing airport trips (JSONL)
# --------------------------------------------------------------------------
def jitter(c, r=0.08):
    return (round(c[0] + R.uniform(-r, r), 6), round(c[1] + R.uniform(-r, r), 6))


def gen_ride():
    d = Doc('ride_hailing_airport_trips.jsonl')
    base = dt.datetime(2024, 8, 20, 4, 30)
    codes = list(AIRPORT_GEO)
    for k in range(20):
        t = ts(base, k, (200, 1500))
        ap = R.choice(codes)
        reg = REGIONS[AIRPORT_REGION[ap]]
        pax = Person(region=reg)
        drv = Person(sex='M', y0=1965, y1=1995, region=reg)
        to_airport = R.random() < 0.65
        home = jitter(CITY_GEO[ap])
        apc = jitter(AIRPORT_GEO[ap], 0.003)
        d.t('{')
        d.t('"trip_id":"%s","order_type":"%s","create_ts":%d,' % ('TR' + t.strftime('%Y%m%d') + rnd_digits(10),
                                                                  'airport_dropoff' if to_airport else 'airport_pickup', msepoch(t)))
        st = R.random()
        if st < 0.55:
            d.f('"passenger_phone":"«0»",', (pax.mobile, 'PHONE_NUMBER'))
        elif st < 0.75:
            d.f('"passenger_phone":"«0»",', (fmt_mobile(pax.mobile, 4), 'PHONE_NUMBER'))
        else:
            d.t('"passenger_phone":"%s",' % mask_mobile(pax.mobile))
        if R.random() < 0.5:
            d.f('"passenger_name":"«0»",', (pax.cn, 'PERSON_NAME'))
        if R.random() < 0.35:
            al = R.choice(AIRLINES)[0]
            d.t('"flight_no":"%s%d","flight_date":"%s",' % (al, R.randint(100, 9999), t.date().isoformat()))
        home_addr = pax.addr()[0]
        aname = {'PEK': '北京首都国际机场T3航站楼', 'PKX': '北京大兴国际机场', 'PVG': '上海浦东国际机场T2',
                 'SHA': '上海虹桥国际机场T2', 'CAN': '广州白云国际机场T2', 'SZX': '深圳宝安国际机场T3',
                 'CTU': '成都双流国际机场T2', 'TFU': '成都天府国际机场T1', 'HGH': '杭州萧山国际机场T4',
                 'NKG': '南京禄口国际机场T2', 'XIY': '西安咸阳国际机场T3', 'WUH': '武汉天河国际机场T3'}[ap]
        pts = [(home_addr, home, True), (aname, apc, False)]
        if not to_airport:
            pts.reverse()
        for label, (name, c, is_home) in zip(['pickup', 'dropoff'], pts):
            d.t('"%s":{' % label)
            if is_home:
                d.f('"address":"«0»",', (name, 'STREET_ADDRESS'))
            else:
                d.t('"address":"%s",' % name)
            if R.random() < 0.7:
                d.f('"lat":«0»,"lng":«1»', ('%.6f' % c[0], 'LOCATION_COORDINATES'), ('%.6f' % c[1], 'LOCATION_COORDINATES'))
            else:
                d.f('"location":"«0»"', ('%.6f,%.6f' % (c[1], c[0]), 'LOCATION_COORDINATES'))
            d.t('},')
        d.t('"distance_km":%.1f,"duration_s":%d,"fare":{"total":%.2f,"highway_toll":%d,"coupon":%.2f},'
            % (R.uniform(18, 75), R.randint(1200, 5400), R.uniform(60, 320), R.choice([0, 0, 10, 15, 20]), R.choice([0, 5, 10.5])))
        d.t('"driver":{"driver_id":"D%s",' % rnd_digits(9))
        d.f('"name":"«0»","phone":"«1»",', (drv.cn, 'PERSON_NAME'),
            (drv.mobile if R.random() < 0.6 else mask_mobile(drv.mobile), 'PHONE_NUMBER'))
        if d.labels[-1][3].find('*') >= 0:
            d.labels.pop()
        if R.random() < 0.3:
            d.f('"license_no":"«0»",', (drv.id, 'CHINA_RESIDENT_ID_NUMBER'))
        d.f('"plate":"«0»","car":"%s"},' % R.choice(['比亚迪秦PLUS 白色', '丰田凯美瑞 黑色', '大众帕萨特 灰色', '埃安S 蓝色', '别克GL8 黑色']),
            (make_plate(reg[1], R.random() < 0.45), 'CHINA_LICENSE_PLATE'))
        osn = R.choice(['Android 13', 'Android 14', 'iOS 17.5.1', 'HarmonyOS 4.2.0'])
        d.t('"client":{"os":"%s","app_ver":"%s",' % (osn, R.choice(['6.8.12', '6.9.0.1024', '7.0.3'])))
        if not osn.startswith('iOS') and R.random() < 0.6:
            d.f('"imei":"«0»",', (make_imei(), 'IMEI_HARDWARE_ID'))
        d.t('"device_id":"%s",' % hexs(16))
        d.f('"ip":"«0»"},', (make_pub_ip(), 'IP_ADDRESS'))
        d.t('"status":"%s","rating":%d}\n' % (R.choice(['COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED_BY_PASSENGER']), R.randint(3, 5)))
    return d


# --------------------------------------------------------------------------
# 6. Roaming activation log
# --------------------------------------------------------------------------
VPLMNS = [('45400', 'CSL', 'HKG', '852'), ('45406', 'SmarTone', 'HKG', '852'), ('45412', 'CMHK', 'HKG', '852'),
          ('45500', 'SmarTone MO', 'MAC', '853'), ('44010', 'NTT DOCOMO', 'JPN', '81'),
          ('45005', 'SK Telecom', 'KOR', '82'), ('52001', 'AIS', 'THA', '66'),
          ('52501', 'Singtel', 'SGP', '65'), ('23415', 'Vodafone UK', 'GBR', '44'),
          ('31026', 'T-Mobile US', 'USA', '1')]


def gen_roaming():
    d = Doc('roaming_activation.log')
    base = dt.datetime(2024, 7, 25, 0, 3, 11)
    i = 0
    for k in range(18):
        sub = Person()
        imsi = make_imsi(R.choice(['00', '02', '07', '01', '03', '11']))
        iccid = make_iccid()
        imei = make_imei()
        vp = R.choice(VPLMNS)
        t = ts(base, k, (600, 2200))
        tid = hexs(16)
        thr = 'roam-exec-%d' % R.randint(1, 16)
        ms = '86' + sub.mobile
        clk = [t]

        def line(tt, lvl, txt_tmpl, *parts):
            clk[0] = max(clk[0], tt) + dt.timedelta(milliseconds=R.randint(3, 400))
            tt = clk[0]
            d.t('%s.%03d %-5s [%s] [tid=%s] ' % (tt.strftime('%Y-%m-%d %H:%M:%S'), tt.microsecond // 1000, lvl, thr, tid))
            d.f(txt_tmpl, *parts)
            d.t('\n')
        ip = make_pub_ip() if R.random() < 0.7 else make_ipv6()
        token = make_jwt()
        src = R.choice(['APP', 'APP', 'SMS', 'WEB', '10086'])
        if src == 'APP':
            line(t, 'INFO', 'c.o.roam.api.ActivateController - POST /api/v3/roaming/activate from «0» ua="%s" Authorization: Bearer «1»'
                 % R.choice(['CMApp/10.2.1 (iPhone; iOS 17.4)', 'okhttp/4.11.0', 'CMApp/10.1.0 (Android 14; V2309A)']),
                 (ip, 'IP_ADDRESS'), (token, 'CREDENTIAL'))
        elif src == 'SMS':
            line(t, 'INFO', 'c.o.roam.sms.MoHandler - MO sms from «0» to 10086 content="KTMY%s"' % R.choice(['HK', 'RB', 'TG', '']),
                 (sub.mobile, 'PHONE_NUMBER'))
        elif src == 'WEB':
            line(t, 'INFO', 'c.o.roam.web.PortalFilter - login ok user=«0» channel=WEB ip=«1» session=%s' % hexs(32, True),
                 (fmt_mobile(sub.mobile, 0), 'PHONE_NUMBER'), (ip, 'IP_ADDRESS'))
        else:
            line(t, 'INFO', 'c.o.roam.ivr.IvrBridge - IVR 10086 press 3-1-2 caller=«0» agent=%s' % ('GH' + rnd_digits(6)),
                 (sub.mobile, 'PHONE_NUMBER'))
        t += dt.timedelta(milliseconds=R.randint(50, 900))
        line(t, 'INFO', 'c.o.roam.core.ActivateService - activate req msisdn=«0» imsi=«1» iccid=«2» product=%s country=%s order=%s'
             % (R.choice(['RB_DAY_HKMO_25', 'RB_DAY_JPKR_30', 'RB_DAY_GLOBAL_68', 'RB_7D_ASIA_168']), vp[2], 'RO' + t.strftime('%Y%m%d') + rnd_digits(8)),
             (ms, 'PHONE_NUMBER'), (imsi, 'IMSI_ID'), (iccid, 'ICCID_NUMBER'))
        if R.random() < 0.5:
            line(t, 'DEBUG', 'c.o.roam.core.CrmClient - crm.queryUser resp={"custName":"«0»","certType":"01","certNo":"«1»","brand":"%s","status":"US10"}'
                 % R.choice(['全球通', '动感地带', '神州行']),
                 (sub.cn, 'PERSON_NAME'), (sub.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
        else:
            line(t, 'DEBUG', 'c.o.roam.core.CrmClient - crm.queryUser resp={"custName":"%s","certType":"01","certNo":"%s","status":"US10"}'
                 % (sub.sur + '*' * len(sub.given), sub.id[:3] + '*' * 11 + sub.id[-4:]))
        t += dt.timedelta(seconds=R.randint(1, 3))
        line(t, 'INFO', 'c.o.roam.hlr.HssAdapter - MOD_ROAM imsi=«0» odb=NONE roamServ=1 result=0 cost=%dms' % R.randint(40, 700),
             (imsi, 'IMSI_ID'))
        if R.random() < 0.6:
            c = R.random()
            if c < 0.5:
                cell = '460-%s-%d-%d' % (imsi[3:5], R.randint(4096, 65000), R.randint(1, 65535))
                line(t, 'INFO', 'c.o.roam.loc.LastLoc - last home location before departure cgi=«0» at %s'
                     % (t - dt.timedelta(hours=R.randint(2, 20))).strftime('%H:%M:%S'), (cell, 'CELL_ID'))
            else:
                cell = '460%s%s' % (imsi[3:5], ('%07X' % R.randint(0x100000, 0xFFFFFFF)))
                line(t, 'INFO', 'c.o.roam.loc.LastLoc - last home location ecgi=«0» tac=%d' % R.randint(10000, 60000),
                     (cell, 'CELL_ID'))
        t += dt.timedelta(minutes=R.randint(30, 400))
        vlr = vp[3] + rnd_digits(12 - len(vp[3]))
        line(t, 'INFO', 'c.o.roam.sig.MapListener - UpdateLocation imsi=«0» vplmn=%s(%s) vlr=%s msc=%s imeisv=«1»'
             % (vp[0], vp[1], vlr, vlr[:-2] + '01'),
             (imsi, 'IMSI_ID'), (imei[:14] + '%02d' % R.randint(1, 99), 'IMEI_HARDWARE_ID'))
        if R.random() < 0.5:
            vcell = '%s-%s-%d-%d' % (vp[0][:3], vp[0][3:], R.randint(1, 65000), R.randint(1, 268435455))
            line(t, 'DEBUG', 'c.o.roam.sig.DiameterPeer - ULR Visited-PLMN-Id=%s User-Location-Info ecgi=«0» ip=«1»' % vp[0],
                 (vcell, 'CELL_ID'), (make_pub_ip(), 'IP_ADDRESS'))
        line(t, 'INFO', 'c.o.roam.sms.WelcomeSms - send welcome sms to «0» from 10086 tpl=WELCOME_%s len=%d' % (vp[2], R.randint(120, 260)),
             (ms, 'PHONE_NUMBER'))
        if R.random() < 0.25:
            line(t, 'WARN', 'c.o.roam.core.DeviceCheck - imei «0» not in volte whitelist tac=%s, fallback CS' % imei[:8],
                 (imei, 'IMEI_HARDWARE_ID'))
        if R.random() < 0.35:
            meid = make_meid()
            line(t, 'WARN', 'c.o.roam.core.DeviceCheck - CDMA device meid=«0» not supported in %s' % vp[2], (meid, 'MEID'))
        if R.random() < 0.3:
            line(t, 'INFO', 'c.o.roam.api.TokenService - refresh ok msisdn=%s refresh_token=«0» expires_in=7200'
                 % mask_mobile(sub.mobile), (b64u(40), 'CREDENTIAL'))
        if R.random() < 0.3:
            line(t, 'ERROR', 'c.o.roam.bill.ChargeClient - charge failed code=E2043 order=%s amount=%d.00 trace=%s'
                 % ('RO' + rnd_digits(16), R.choice([25, 30, 68, 168]), uuid4()))
    return d


# --------------------------------------------------------------------------
# 7. Visa / entry permit applications
# --------------------------------------------------------------------------
EMPLOYERS = [('北京星河数据科技有限公司', '北京市海淀区中关村大街27号中关村大厦15层'),
             ('上海云帆国际物流有限公司', '上海市浦东新区张江路665号3幢'),
             ('深圳市南海电子股份有限公司', '深圳市南山区科技园南区高新南四道9号'),
             ('杭州青禾文化传媒有限公司', '杭州市西湖区文三路199号创业大厦8楼'),
             ('成都锦程会计师事务所', '成都市武侯区人民南路四段1号')]


def gen_visa():
    d = Doc('visa_applications.txt')
    base = dt.datetime(2024, 3, 4, 9, 0)
    for k in range(16):
        p = Person(y0=1960, y1=2002)
        t = ts(base, k, (4000, 30000))
        kind = k % 3
        d.t('#' * 64 + '\n')
        if kind == 0:
            d.t('往来港澳通行证及签注申请表（受理编号：GA%s%s）\n' % (t.strftime('%Y%m%d'), rnd_digits(6)))
            d.t('受理日期：%s    受理单位：%s出入境管理支队\n\n' % (t.strftime('%Y-%m-%d'), p.reg[2] or p.reg[1]))
            d.f('姓名：«0»    性别：%s    民族：汉\n' % ('男' if p.sex == 'M' else '女'), (p.cn, 'PERSON_NAME'))
            d.f('拼音姓名：«0»\n', (p.py_space, 'PERSON_NAME'))
            d.f('出生日期：«0»    出生地：%s\n' % (p.reg[2] or p.reg[1]), (fmt_dob(p.dob, 2), 'DATE_OF_BIRTH'))
            d.f('公民身份号码：«0»\n', (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            if R.random() < 0.6:
                d.f('原通行证号码：«0»（有效期至 %s）\n' % dt.date(2025 + R.randint(0, 8), R.randint(1, 12), R.randint(1, 28)).isoformat(),
                    (p.permit, 'HK_MACAU_TRAVEL_PERMIT'))
            else:
                d.t('原通行证号码：无（首次申请）\n')
            d.f('户口所在地：«0»\n', (p.addr()[0], 'STREET_ADDRESS'))
            d.f('联系电话：«0»\n', (fmt_mobile(p.mobile, R.choice([0, 1, 2])), 'PHONE_NUMBER'))
            d.t('申请签注：%s\n' % R.choice(['香港团队旅游（L）一年多次', '澳门个人旅游（G）三个月一次', '香港探亲（T）', '香港商务（S）一年多次']))
            ec = Person()
            d.f('紧急联系人：«0}（%s） 电话：«1»\n'.replace('«0}', '«0»') % R.choice(['配偶', '父亲', '母亲', '子女']),
                (ec.cn, 'PERSON_NAME'), (fmt_mobile(ec.mobile, 0), 'PHONE_NUMBER'))
            d.t('领取方式：%s\n' % R.choice(['窗口领取', 'EMS 邮寄']))
            if R.random() < 0.5:
                d.f('邮寄地址：«0»  收件人：«1»\n', (p.addr()[0], 'STREET_ADDRESS'), (p.cn, 'PERSON_NAME'))
            d.t('照片回执号：%s    费用：%d元\n\n' % (rnd_digits(4) + hexs(8, True) + rnd_digits(8), R.choice([60, 75, 15])))
        elif kind == 1:
            d.t('VISA APPLICATION FORM (ONLINE DRAFT)  Application ID: %s\n' % ('AA' + hexs(8, True)))
            d.t('Saved: %s  Country: %s\n\n' % (t.strftime('%d-%b-%Y %H:%M'), R.choice(['JAPAN', 'UNITED KINGDOM', 'AUSTRALIA', 'SCHENGEN / FRANCE'])))
            d.f('1. Surname: «0»\n2. Given names: «1»\n'.replace('«0»', p.sur_py).replace('«1»', p.given_py))
            d.f('   Full name as in passport: «0»\n', (p.py_space, 'PERSON_NAME'))
            d.f('   Name in native characters: «0»\n', (p.cn, 'PERSON_NAME'))
            d.f('3. Date of birth (DD/MM/YYYY): «0»\n', (fmt_dob(p.dob, 4), 'DATE_OF_BIRTH'))
            d.t('4. Place of birth: %s, CHINA\n5. Sex: %s\n6. Marital status: %s\n'
                % (p.reg[4].split(', ')[1].upper(), 'Male' if p.sex == 'M' else 'Female', R.choice(['Married', 'Single'])))
            d.f('7. National identity number: «0»\n', (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            iss = dt.date(2016 + R.randint(0, 7), R.randint(1, 12), R.randint(1, 28))
            d.f('8. Passport number: «0»   Issued: %s   Expires: %s   Authority: NIA\n'
                % (iss.strftime('%d/%m/%Y'), iss.replace(year=iss.year + 10).strftime('%d/%m/%Y')), (p.passport, 'CHINA_PASSPORT'))
            d.f('9. Home address: «0»\n', (p.addr()[1], 'STREET_ADDRESS'))
            d.f('10. Telephone: «0»   E-mail: «1»\n', (fmt_mobile(p.mobile, R.choice([3, 4, 5])), 'PHONE_NUMBER'), (p.email(), 'EMAIL_ADDRESS'))
            emp, eaddr = R.choice(EMPLOYERS)
            a, n = make_landline()
            d.t('11. Employer: %s\n    Employer address: %s\n    Employer phone: %s-%s\n' % (emp, eaddr, a, n))
            if R.random() < 0.6:
                sp = Person(sex='F' if p.sex == 'M' else 'M', y0=p.dob.year - 4, y1=min(p.dob.year + 4, 2004))
                d.f('12. Spouse: «0», born «1»\n', (sp.py_space, 'PERSON_NAME'), (fmt_dob(sp.dob, 4), 'DATE_OF_BIRTH'))
            d.t('13. Intended date of arrival: %s   Length of stay: %d days\n'
                % ((t + dt.timedelta(days=R.randint(20, 60))).strftime('%d/%m/%Y'), R.randint(5, 15)))
            d.t('14. Funding: self, bank statement balance CNY %d,%03d.%02d\n\n' % (R.randint(50, 900), R.randint(0, 999), R.randint(0, 99)))
        else:
            d.t('出境旅游签证材料登记表  订单号：%s\n' % ('VS' + rnd_digits(12)))
            d.f('申请人：«0»（«1»）  性别：%s\n' % ('男' if p.sex == 'M' else '女'), (p.cn, 'PERSON_NAME'), (p.gds, 'PERSON_NAME'))
            d.f('出生日期：«0}\n'.replace('«0}', '«0»'), (fmt_dob(p.dob, R.choice([0, 1, 3])), 'DATE_OF_BIRTH'))
            d.f('身份证号：«0»\n护照号码：«1»\n', (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'), (p.passport, 'CHINA_PASSPORT'))
            if R.random() < 0.5:
                d.f('港澳通行证：«0»\n', (p.permit, 'HK_MACAU_TRAVEL_PERMIT'))
            d.f('现居住地址：«0»\n', (p.addr()[0], 'STREET_ADDRESS'))
            d.f('手机：«0»   邮箱：«1»\n', (fmt_mobile(p.mobile), 'PHONE_NUMBER'), (p.email(), 'EMAIL_ADDRESS'))
            emp, eaddr = R.choice(EMPLOYERS)
            d.t('工作单位：%s（统一社会信用代码 %s）\n单位地址：%s\n' % (emp, make_uscc(), eaddr))
            d.t('目的地：%s  出发日期：%s  材料状态：%s\n\n'
                % (R.choice(['日本', '泰国', '新加坡', '法国', '澳大利亚']), (t + dt.timedelta(days=R.randint(15, 45))).date().isoformat(),
                   R.choice(['已收齐', '缺在职证明', '已送签', '出签'])))
    return d


# --------------------------------------------------------------------------
# 8. Travel insurance (XML)
# --------------------------------------------------------------------------
def gen_insurance():
    d = Doc('travel_insurance_policies.xml')
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<PolicyBatch batchNo="PB%s" insurer="%s" insurerCreditCode="%s" count="13">\n'
        % (rnd_digits(14), '安途财产保险股份有限公司', make_uscc()))
    base = dt.datetime(2024, 5, 10, 10, 0)
    for k in range(13):
        t = ts(base, k, (1800, 9000))
        ap = Person(y0=1965, y1=1998)
        d.t('  <Policy>\n    <PolicyNo>%s</PolicyNo>\n    <ProductCode>%s</ProductCode>\n    <ProductName>%s</ProductName>\n'
            % ('P' + rnd_digits(4) + 'TRV' + rnd_digits(11), R.choice(['TRV-GL-A', 'TRV-AS-B', 'TRV-DOM-C']),
               R.choice(['境外旅行意外险（全球）', '亚洲旅行险（申根可用）', '国内航空意外险', '航班延误险'])))
        start = (t + dt.timedelta(days=R.randint(2, 30))).date()
        d.t('    <IssueTime>%s</IssueTime>\n    <Period start="%s" end="%s"/>\n    <Premium currency="CNY">%d.%02d</Premium>\n'
            % (t.strftime('%Y-%m-%dT%H:%M:%S+08:00'), start.isoformat(), (start + dt.timedelta(days=R.randint(3, 30))).isoformat(),
               R.randint(20, 600), R.choice([0, 50, 90])))
        d.t('    <Applicant>\n')
        d.f('      <Name>«0»</Name>\n      <IdType>01</IdType>\n      <IdNo>«1»</IdNo>\n', (ap.cn, 'PERSON_NAME'), (ap.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
        d.f('      <Birthday>«0»</Birthday>\n      <Gender>%s</Gender>\n' % ap.sex, (ap.dob.isoformat(), 'DATE_OF_BIRTH'))
        d.f('      <Mobile>«0»</Mobile>\n', (fmt_mobile(ap.mobile, R.choice([0, 0, 4])), 'PHONE_NUMBER'))
        if R.random() < 0.6:
            d.f('      <Email>«0»</Email>\n', (ap.email(), 'EMAIL_ADDRESS'))
        if R.random() < 0.4:
            d.f('      <Address>«0»</Address>\n', (ap.addr()[0], 'STREET_ADDRESS'))
        d.t('    </Applicant>\n    <InsuredList>\n')
        ins = [ap] if R.random() < 0.5 else []
        for _ in range(R.choice([1, 1, 2, 3])):
            ins.append(Person(y0=1950, y1=2020))
        for j, x in enumerate(ins):
            rel = '本人' if x is ap else R.choice(['配偶', '子女', '父母', '其他'])
            d.t('      <Insured seq="%d" relation="%s">\n' % (j + 1, rel))
            d.f('        <Name>«0»</Name>\n', (x.cn, 'PERSON_NAME'))
            if R.random() < 0.5:
                d.f('        <EnName>«0»</EnName>\n', (x.py_space, 'PERSON_NAME'))
            if R.random() < 0.6:
                d.f('        <IdType>01</IdType><IdNo>«0»</IdNo>\n', (x.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            else:
                d.f('        <IdType>02</IdType><IdNo>«0»</IdNo>\n', (x.passport, 'CHINA_PASSPORT'))
            d.f('        <Birthday>«0»</Birthday>\n', (x.dob.isoformat(), 'DATE_OF_BIRTH'))
            d.t('        <Beneficiary>法定</Beneficiary>\n      </Insured>\n')
        d.t('    </InsuredList>\n')
        d.t('    <Trip destination="%s" flightNo="%s%d" pnr="%s"/>\n' % (R.choice(['JPN', 'THA', 'FRA', 'HKG', 'DOM']),
                                                                       R.choice(AIRLINES)[0], R.randint(100, 9999), pnr_locator()))
        if R.random() < 0.45:
            card, bank = make_card()
            d.t('    <ClaimAccount>\n')
            d.f('      <AccountName>«0»</AccountName>\n      <BankName>%s</BankName>\n      <CardNo>«1»</CardNo>\n' % bank,
                (ap.cn, 'PERSON_NAME'), (fmt_card(card), 'BANK_CARD_NUMBER'))
            d.t('    </ClaimAccount>\n')
        d.t('    <Channel partner="TUYUE" orderId="%s" sign="%s"/>\n  </Policy>\n' % (rnd_digits(18), hexs(40)))
    d.t('  <ServiceHotline>95%s</ServiceHotline>\n</PolicyBatch>\n' % rnd_digits(3))
    return d


# --------------------------------------------------------------------------
# 9. Frequent-flyer export (TSV)
# --------------------------------------------------------------------------
def gen_ffp():
    d = Doc('ffp_members_export.tsv')
    cols = ['member_no', 'tier', 'name_cn', 'name_en', 'gender', 'birth_date', 'id_type', 'id_no',
            'mobile', 'email', 'enroll_date', 'miles_balance', 'segments_ytd', 'last_login_ip',
            'home_address', 'cobrand_card', 'status']
    d.t('\t'.join(cols) + '\n')
    for k in range(25):
        p = Person(y0=1955, y1=2003)
        f = [('%s%s' % (R.choice(['CA', 'MU', 'CZ', 'HU']), rnd_digits(10 if k % 2 else 9)), None),
             (R.choice(['普卡', '银卡', '金卡', '白金卡', 'BASIC', 'SILVER', 'GOLD']), None),
             (p.cn, 'PERSON_NAME'),
             (p.gds if k % 3 else p.py_space, 'PERSON_NAME'),
             (p.sex, None),
             (p.dob.strftime('%Y-%m-%d') if k % 4 else p.dob.strftime('%Y%m%d'), 'DATE_OF_BIRTH')]
        idt = R.choices(['NI', 'PP'], weights=[3, 1])[0]
        f.append((idt, None))
        f.append((p.idv() if idt == 'NI' else p.passport, 'CHINA_RESIDENT_ID_NUMBER' if idt == 'NI' else 'CHINA_PASSPORT'))
        f.append((fmt_mobile(p.mobile, R.choice([0, 0, 0, 4, 6])), 'PHONE_NUMBER') if R.random() < 0.9 else ('', None))
        f.append((p.email(), 'EMAIL_ADDRESS') if R.random() < 0.7 else ('', None))
        f.append((rnd_date(2008, 2023).isoformat(), None))
        f.append((str(R.randint(0, 420000)), None))
        f.append((str(R.randint(0, 80)), None))
        f.append((make_pub_ip(), 'IP_ADDRESS') if R.random() < 0.6 else ('', None))
        f.append((p.addr()[0], 'STREET_ADDRESS') if R.random() < 0.35 else ('', None))
        if R.random() < 0.2:
            c, _ = make_card()
            f.append((mask_card(c), None))
        else:
            f.append(('', None))
        f.append((R.choice(['ACTIVE', 'ACTIVE', 'ACTIVE', 'FROZEN', 'MERGED']), None))
        for i, (v, typ) in enumerate(f):
            if i:
                d.t('\t')
            d.p(v, typ if v else None)
        d.t('\n')
    return d


# --------------------------------------------------------------------------
# 10. BCBP gate scans
# --------------------------------------------------------------------------
def gen_bcbp():
    d = Doc('bcbp_gate_scans.log')
    base = dt.datetime(2024, 10, 1, 6, 40)
    for k in range(70):
        t = ts(base, k, (20, 240))
        p = Person()
        al = R.choice(AIRLINES)[0]
        loc = pnr_locator()
        dep, arr = R.sample(AIRPORTS[:13], 2)
        jd = t.timetuple().tm_yday
        seat = '%03d%s' % (R.randint(1, 60), R.choice('ABCDEFHJK'))
        seq = '%04d' % R.randint(1, 350)
        nm = p.gds + (R.choice([' MR', 'MR', '']) if p.sex == 'M' else R.choice([' MS', 'MS', '']))
        nm = nm[:20]
        namefield = nm.ljust(20)
        gate = R.choice(['C23', 'C25', 'E11', 'D07', '45', 'A112'])
        d.t('%s.%03d+08:00 gate=%s dev=SCN-%s ' % (t.strftime('%Y-%m-%dT%H:%M:%S'), R.randint(0, 999), gate, hexs(6, True)))
        raw = 'M1'
        d.t('raw="M1')
        name_only = p.gds[:20]
        d.p(name_only, 'PERSON_NAME')
        d.t(namefield[len(name_only):])
        tail = 'E%-7s%s%s%-3s%-5s%03d%s%s%-5s%s' % (loc, dep, arr, al, '%04d' % R.randint(101, 8999), jd, R.choice('YBMHKL'), seat, seq, R.choice(['100', '300']))
        d.t(tail)
        if R.random() < 0.4:
            d.t('>5180 B%s%s' % (hexs(6, True), rnd_digits(10)))
        d.t('" ')
        res = R.choices(['OK', 'OK', 'OK', 'OK', 'WRONG_GATE', 'DUPLICATE', 'NOT_BOARDING'], k=1)[0]
        d.t('result=%s' % res)
        if R.random() < 0.5:
            d.f(' parsed={"name":"«0»","pnr":"%s","flt":"%s%s","seat":"%s","seq":%d}' % (loc, al, tail[17:21].strip(), seat.lstrip('0'), int(seq)),
                (p.gds, 'PERSON_NAME'))
        if res == 'WRONG_GATE':
            d.t(' expected_gate=%s' % R.choice(['C31', 'E05', 'D12']))
        if R.random() < 0.2:
            d.f(' pax_cn="«0»" id_verified=%s' % R.choice(['true', 'face_match_0.97']), (p.cn, 'PERSON_NAME'))
        d.t('\n')
    return d


# --------------------------------------------------------------------------
# 11. Airport Wi-Fi portal log
# --------------------------------------------------------------------------
def gen_wifi():
    d = Doc('airport_wifi_portal.log')
    base = dt.datetime(2024, 8, 3, 5, 50)
    for k in range(20):
        t = ts(base, k, (30, 300))
        p = Person()
        mac = make_mac()
        ipv = make_priv_ip('10.72') if R.random() < 0.8 else make_priv_ip('172.20')
        sid = hexs(24)
        ap = 'T3-%s-%dF-AP%03d' % (R.choice('ABCE'), R.randint(1, 3), R.randint(1, 220))
        ssid = R.choice(['Airport-Free-WiFi', 'PEK-T3-Free', 'i-Airport'])

        clk = [t]

        def stamp(tt):
            clk[0] = max(clk[0], tt) + dt.timedelta(milliseconds=R.randint(2, 300))
            tt = clk[0]
            return '%s.%03d' % (tt.strftime('%Y-%m-%d %H:%M:%S'), tt.microsecond // 1000)
        d.f('%s [portal-web-%d] INFO  c.a.portal.RedirectFilter - redirect client ip=«0» mac=«1» ssid=%s ap=%s url=http://captive.apple.com/hotspot-detect.html\n'
            % (stamp(t), R.randint(1, 4), ssid, ap), (ipv, 'IP_ADDRESS'), (fmt_mac(mac, R.choice([0, 1])), 'MAC_ADDRESS'))
        t += dt.timedelta(seconds=R.randint(5, 40))
        d.f('%s [portal-web-%d] INFO  c.a.portal.SmsController - sms_send phone=«0» code=****** tpl=SMS_2093%s gw=106%s resp=OK reqId=%s\n'
            % (stamp(t), R.randint(1, 4), rnd_digits(4), rnd_digits(8), uuid4()), (p.mobile, 'PHONE_NUMBER'))
        t += dt.timedelta(seconds=R.randint(15, 60))
        ok = R.random() < 0.9
        if ok:
            d.f('%s [portal-web-%d] INFO  c.a.portal.LoginController - login_ok phone=%s mac=«0» ip=«1» sid=%s\n'
                % (stamp(t), R.randint(1, 4), mask_mobile(p.mobile), sid), (fmt_mac(mac, 1), 'MAC_ADDRESS'), (ipv, 'IP_ADDRESS'))
            d.f('%s [radius-1] Access-Accept User-Name="«0»" Calling-Station-Id="«1»" Called-Station-Id="%s:%s" Framed-IP-Address=«2» NAS-Identifier=ac01-t3 Session-Timeout=%d\n'
                % (stamp(t), hexs(12, True), ssid, R.choice([3600, 7200, 14400])),
                (p.mobile, 'PHONE_NUMBER'), (fmt_mac(mac, 2), 'MAC_ADDRESS'), (ipv, 'IP_ADDRESS'))
            if R.random() < 0.5:
                d.f('%s [portal-web-%d] DEBUG c.a.portal.TokenIssuer - issued access_token=«0» expires_in=7200 for sid=%s\n'
                    % (stamp(t), R.randint(1, 4), sid), (hexs(32), 'CREDENTIAL'))
            if R.random() < 0.3:
                v6 = make_ipv6()
                d.f('%s [dhcpv6] REPLY client=«0» addr=«1» dns=240c::6666\n' % stamp(t),
                    (fmt_mac(mac, 3), 'MAC_ADDRESS'), (v6, 'IP_ADDRESS'))
            t += dt.timedelta(minutes=R.randint(5, 120))
            d.f('%s [radius-1] Accounting-Request Acct-Status-Type=Stop User-Name="«0»" Calling-Station-Id="«1»" Framed-IP-Address=«2» Acct-Session-Time=%d Acct-Input-Octets=%d Acct-Output-Octets=%d Acct-Session-Id=%s\n'
                % (stamp(t), R.randint(300, 7200), R.randint(10 ** 5, 10 ** 9), R.randint(10 ** 5, 10 ** 9), hexs(16, True)),
                (p.mobile, 'PHONE_NUMBER'), (fmt_mac(mac, 2), 'MAC_ADDRESS'), (ipv, 'IP_ADDRESS'))
        else:
            d.f('%s [portal-web-%d] WARN  c.a.portal.LoginController - login_fail phone=%s reason=CODE_MISMATCH mac=«0» tries=%d\n'
                % (stamp(t), R.randint(1, 4), mask_mobile(p.mobile), R.randint(1, 5)), (fmt_mac(mac, 1), 'MAC_ADDRESS'))
        if R.random() < 0.12:
            d.t('%s [dhcp] DHCPACK server=10.72.0.1 lease=3600 dns=114.114.114.114,223.5.5.5 pool=T3-GUEST util=%d%%\n'
                % (stamp(t), R.randint(30, 95)))
    return d


# --------------------------------------------------------------------------
# 12. Car-rental agreements
# --------------------------------------------------------------------------
STORES = [('北京首都机场T3店', '北京市顺义区首都机场T3航站楼停车楼P2层', '010'),
          ('上海虹桥枢纽店', '上海市闵行区申虹路9号虹桥枢纽P9停车库', '021'),
          ('成都天府机场店', '四川省成都市简阳市天府国际机场T1停车楼', '028'),
          ('深圳宝安机场店', '广东省深圳市宝安区机场南路航站楼P3', '0755'),
          ('三亚凤凰机场店', '海南省三亚市天涯区凤凰机场路1号', '0898')]


def gen_rental():
    d = Doc('car_rental_agreements.txt')
    base = dt.datetime(2024, 2, 6, 8, 0)
    for k in range(16):
        t = ts(base, k, (5000, 40000))
        p = Person(y0=1965, y1=2001)
        ec = Person()
        store, saddr, sarea = R.choice(STORES)
        prov = {'010': '北京市', '021': '上海市', '028': '四川省', '0755': '广东省', '0898': '海南省'}[sarea]
        d.t('-' * 60 + '\n')
        d.t('汽车租赁合同  合同编号：ZC%s%s\n' % (t.strftime('%Y%m%d'), rnd_digits(6)))
        d.t('出租方：畅行汽车租赁有限公司 %s（统一社会信用代码：%s）\n' % (store, make_uscc()))
        a, n = make_landline(sarea)
        d.t('门店地址：%s  门店电话：%s-%s  全国客服：400-%s-%s\n' % (saddr, a, n, rnd_digits(3), rnd_digits(4)))
        d.f('承租人：«0»    性别：%s\n' % ('男' if p.sex == 'M' else '女'), (p.cn, 'PERSON_NAME'))
        idv = p.idv()
        d.f('身份证号：«0»\n', (idv, 'CHINA_RESIDENT_ID_NUMBER'))
        d.f('驾驶证号：«0»   准驾车型：%s   档案编号：%s\n' % (R.choice(['C1', 'C1', 'C2', 'B2']), rnd_digits(12)),
            (idv, 'CHINA_RESIDENT_ID_NUMBER'))
        d.f('手机：«0»\n', (fmt_mobile(p.mobile, R.choice([0, 1, 2])), 'PHONE_NUMBER'))
        d.f('联系地址：«0»\n', (p.addr()[0], 'STREET_ADDRESS'))
        d.f('紧急联系人：«0}  电话：«1»\n'.replace('«0}', '«0»'), (ec.cn, 'PERSON_NAME'), (fmt_mobile(ec.mobile, 0), 'PHONE_NUMBER'))
        plate = make_plate(prov if prov in PLATE_PREFIX else '广东省', R.random() < 0.3)
        if prov == '海南省':
            plate = '琼B' + R.choice(['', '·']) + R.choice(['D', 'F']) + rnd_digits(5)
        vin = 'L' + ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(16))
        d.f('车辆：%s  车牌号：«0»  车架号：%s  颜色：%s\n' % (R.choice(['大众朗逸 1.5L 自动', '丰田卡罗拉双擎', '比亚迪宋PLUS DM-i', '特斯拉Model 3', '别克GL8']), vin, R.choice(['白', '黑', '银'])),
            (plate, 'CHINA_LICENSE_PLATE'))
        out = t + dt.timedelta(hours=R.randint(1, 30))
        d.t('取车时间：%s  预计还车：%s  取车里程：%d km  油量/电量：%d/8\n'
            % (out.strftime('%Y-%m-%d %H:%M'), (out + dt.timedelta(days=R.randint(1, 7))).strftime('%Y-%m-%d %H:%M'), R.randint(3000, 90000), R.randint(4, 8)))
        card, bank = make_card()
        if R.random() < 0.6:
            d.f('押金预授权：¥%d.00  卡号：«0»（%s） 授权码：%s\n' % (R.choice([3000, 5000, 8000]), bank, rnd_digits(6)),
                (fmt_card(card), 'BANK_CARD_NUMBER'))
        else:
            d.t('押金预授权：¥%d.00  卡号：%s（%s）\n' % (R.choice([3000, 5000]), mask_card(card), bank))
        d.t('车辆租金：¥%d.00/天 × %d天  基本保障服务费：¥%d.00  手续费：¥%d.00\n'
            % (R.randint(98, 580), R.randint(1, 7), R.choice([50, 60, 80]), R.choice([20, 35])))
        d.t('违章押金：¥2000.00，还车后30个工作日内无违章自动解冻。\n')
        d.f('承租人签字：«0»  日期：%s   经办人工号：%s\n\n' % (t.strftime('%Y-%m-%d'), 'CX' + rnd_digits(5)), (p.cn, 'PERSON_NAME'))
    return d


# --------------------------------------------------------------------------
# 13. Tour-group roster CSV
# --------------------------------------------------------------------------
def gen_roster():
    d = Doc('tour_group_roster.csv')
    groups = [('HK240815A', '港澳5日游', 'permit'), ('JP240902T', '日本本州6晚7日', 'passport'),
              ('TH240920B', '泰国曼谷芭提雅6日', 'passport'), ('MO241001C', '澳门2日自由行', 'permit')]
    for code, title, doc in groups:
        guide = Person(y0=1975, y1=1998)
        d.f('团号,%s,线路,%s,出发日期,%s\r\n' % (code, title, '2024-%s-%s' % (code[4:6], code[6:8])))
        d.f('领队,«0»,领队电话,«1»,地接社,%s\r\n' % R.choice(['环亚旅运（香港）有限公司', 'JTB关西支店', 'Siam Holiday Co.,Ltd.'.replace(',', ' ')]),
            (guide.cn, 'PERSON_NAME'), (fmt_mobile(guide.mobile, R.choice([0, 2])), 'PHONE_NUMBER'))
        hdr = ['序号', '姓名', '拼音', '性别', '出生日期', '出生地', '证件类型', '证件号码', '签发地', '有效期至', '手机', '同住人', '备注']
        d.t(','.join(hdr) + '\r\n')
        n = R.randint(6, 9)
        members = [Person(y0=1948, y1=2016) for _ in range(n)]
        for i, p in enumerate(members):
            row = [(str(i + 1), None), (p.cn, 'PERSON_NAME'), (p.py_space if i % 3 else p.gds, 'PERSON_NAME'),
                   ('男' if p.sex == 'M' else '女', None),
                   (fmt_dob(p.dob, R.choice([0, 0, 3, 5])), 'DATE_OF_BIRTH'), (p.reg[1].rstrip('市省'), None)]
            if doc == 'permit':
                row += [('往来港澳通行证', None), (p.permit, 'HK_MACAU_TRAVEL_PERMIT')]
            else:
                row += [('护照', None), (p.passport, 'CHINA_PASSPORT')]
            row += [(R.choice(['北京', '上海', '广东', '浙江', '四川']), None),
                    (dt.date(2025 + R.randint(0, 9), R.randint(1, 12), R.randint(1, 28)).isoformat(), None)]
            row.append((fmt_mobile(p.mobile, R.choice([0, 0, 1])), 'PHONE_NUMBER') if p.dob.year < 2008 else ('', None))
            if i % 2 == 1:
                row.append((members[i - 1].cn, 'PERSON_NAME'))
            else:
                row.append(('' if i + 1 >= n else members[i + 1].cn, 'PERSON_NAME' if i + 1 < n else None))
            row.append(('儿童不占床' if p.dob.year >= 2012 else R.choice(['', '', '', '素食', '需轮椅', '单房差已付']), None))
            for j, (v, typ) in enumerate(row):
                if j:
                    d.t(',')
                d.p(v, typ if v else None)
            d.t('\r\n')
        d.t('合计,%d人,,,,,,,,,,,\r\n\r\n' % n)
    return d


# --------------------------------------------------------------------------
# 14. Customer-service chats
# --------------------------------------------------------------------------
def gen_chats():
    d = Doc('cs_chat_transcripts.txt')
    base = dt.datetime(2024, 9, 14, 9, 2)
    agents = ['客服-小悦(工号8012)', '客服-阿杰(工号8107)', '客服-小周(工号8235)', '在线客服 9527']
    for k in range(28):
        t = ts(base, k, (900, 5000))
        p = Person()
        ag = R.choice(agents)
        sess = 'CS%s%s' % (t.strftime('%Y%m%d'), rnd_digits(7))
        d.t('===== 会话 %s  渠道：%s  用户ID：u_%s =====\n' % (sess, R.choice(['App在线客服', '微信公众号', '网页']), hexs(10)))

        def say(who, tmpl, *parts):
            nonlocal t
            t += dt.timedelta(seconds=R.randint(8, 120))
            d.t('[%s] %s：' % (t.strftime('%H:%M:%S'), who))
            d.f(tmpl, *parts)
            d.t('\n')
        kind = k % 6
        order = '1' + rnd_digits(15)
        if kind == 0:
            say('用户', '你好，我想改签机票，明天的%s%d改到后天' % (R.choice(AIRLINES)[0], R.randint(100, 9999)))
            say(ag, '您好，请提供订单号和乘机人姓名')
            say('用户', '订单号%s，乘机人«0»' % order, (p.cn, 'PERSON_NAME'))
            say(ag, '请再提供乘机人证件号码核实一下')
            say('用户', '«0»', (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            say(ag, '已核实。改签至后天同一航班需补差价¥%d，改签手续费¥%d，确认请回复"确认"' % (R.randint(0, 400), R.randint(50, 300)))
            say('用户', '确认，新行程短信发到«0»就行', (fmt_mobile(p.mobile, 9), 'PHONE_NUMBER'))
            say(ag, '好的，新票号%s已出票，短信已发送至%s，请注意查收。' % (ticket_no(R.choice(AIRLINES)[1]), mask_mobile(p.mobile)))
        elif kind == 1:
            say('用户', '酒店订单%s要退，钱退到哪' % order)
            say(ag, '您好，退款将原路退回，如原支付卡已注销可提供新的本人银行卡')
            card, bank = make_card()
            say('用户', '原来的卡注销了，退到这张吧 «0» %s，户名«1»' % bank,
                (fmt_card(card, R.choice([0, 1])), 'BANK_CARD_NUMBER'), (p.cn, 'PERSON_NAME'))
            say(ag, '收到，预计3-7个工作日到账。为保护您的隐私，聊天记录中的卡号已做脱敏处理：%s' % mask_card(card))
        elif kind == 2:
            say('用户', '我的火车票12306显示已出票但是乘车人名字写错了')
            say(ag, '请问正确的姓名和身份证号是？')
            say('用户', '姓名«0»，身份证«1»，订单是%s' % ('E' + rnd_digits(9)), (p.cn, 'PERSON_NAME'), (p.idv(), 'CHINA_RESIDENT_ID_NUMBER'))
            say(ag, '车票姓名无法修改，需退票后重新购买，退票手续费按开车前时间计算（5%-20%）。')
            say('用户', '好吧，那我先退。有问题打我电话 «0»', (fmt_mobile(p.mobile, R.choice([1, 2, 9])), 'PHONE_NUMBER'))
        elif kind == 3:
            say('用户', '出境漫游包开通了但是在%s没信号' % R.choice(['香港', '东京', '曼谷', '首尔']))
            say(ag, '您好，请提供开通号码，并确认手机已打开数据漫游')
            say('用户', '号码 «0»，数据漫游开了', (fmt_mobile(p.mobile, R.choice([0, 3])), 'PHONE_NUMBER'))
            imei = make_imei()
            say(ag, '系统看到您的终端IMEI为«0»，当前位置更新正常，建议手动选择网络%s后重启' % R.choice(['CSL', 'SmarTone', 'NTT DOCOMO', 'AIS']),
                (imei, 'IMEI_HARDWARE_ID'))
            say('用户', '可以了，谢谢')
        elif kind == 4:
            say('用户', '报销要发票，寄到家里')
            say(ag, '好的，请提供收件人、电话和详细地址')
            say('用户', '«0»，«1»，«2»', (p.cn, 'PERSON_NAME'), (fmt_mobile(p.mobile, R.choice([0, 1])), 'PHONE_NUMBER'), (p.addr()[0], 'STREET_ADDRESS'))
            if R.random() < 0.3:
                say(ag, '已登记，发票抬头：个人，预计3个工作日内通过顺丰寄出，运单号将短信通知。')
            else:
                say(ag, '已登记，发票抬头：%s，税号：%s，预计3个工作日内通过顺丰寄出，运单号将短信通知。' % (
                    R.choice(['北京远航科技有限公司', '上海星程信息技术有限公司']), make_uscc()))
        else:
            say('用户', 'I need to change the passenger name on booking %s, passport name is «0»' % pnr_locator(), (p.py_space, 'PERSON_NAME'))
            say(ag, 'Hello, please provide passport number and date of birth for verification.')
            say('用户', 'passport «0», DOB «1», email «2»', (p.passport, 'CHINA_PASSPORT'), (p.dob.strftime('%d %b %Y'), 'DATE_OF_BIRTH'),
                (p.email(), 'EMAIL_ADDRESS'))
            say(ag, 'Thank you. Spelling corrections up to 3 letters are free; the reissued e-ticket will be sent to your email.')
        d.t('----- 会话结束 满意度：%s -----\n\n' % R.choice(['非常满意', '满意', '一般', '未评价']))
    return d


# --------------------------------------------------------------------------
# 15. Hotel review export (JSON)
# --------------------------------------------------------------------------
GOOD = ['房间干净，床很舒服，早餐种类丰富。', '位置很好，离地铁站近，出门就是商圈。', '服务态度很好，提前入住也给安排了。',
        '隔音一般，晚上有点吵，其他都还行。', '性价比高，下次还会再来。', '设施有点旧，但是打扫得很干净。']


def gen_reviews():
    d = Doc('hotel_reviews_export.json')
    base = dt.datetime(2024, 6, 1, 10, 0)
    d.t('[\n')
    n = 56
    for k in range(n):
        t = ts(base, k, (3000, 20000))
        u = Person()
        hotel = R.choice(HOTELS)
        d.t('  {\n    "review_id": "RV%s",\n    "hotel_id": %d,\n    "hotel_name": %s,\n' % (rnd_digits(12), R.randint(100000, 9999999), jq(hotel[0])))
        d.t('    "user": {"uid": "%s", "nick": %s, "display_name": %s, "level": "%s"},\n'
            % (hexs(16), jq(R.choice(['旅行的猫', '小鱼儿', 'M' + rnd_digits(8), '匿名用户', 'Joy_' + rnd_digits(4), '吃货一枚'])),
               jq(u.sur + '**'), R.choice(['白银贵宾', '黄金贵宾', '铂金贵宾', '普通会员'])))
        d.t('    "score": %.1f,\n    "room_type": %s,\n' % (R.choice([3.0, 4.0, 4.5, 5.0, 5.0, 4.8]), jq(R.choice(['高级大床房', '豪华双床房', '行政大床房']))))
        d.t('    "content": "')
        d.t(R.choice(GOOD))
        r = R.random()
        if r < 0.3:
            staff = Person(y0=1985, y1=2002)
            d.f('前台«0»%s服务特别贴心，' % R.choice(['小姐姐', '经理', '', '同学']), (staff.cn, 'PERSON_NAME'))
            d.t('点赞！')
        elif r < 0.42:
            d.f('有同样想订这家的可以加我微信或者打«0»交流。', (fmt_mobile(u.mobile, R.choice([0, 1, 2])), 'PHONE_NUMBER'))
        elif r < 0.5:
            d.t('订单%s的发票至今没开，电话%s也打不通。' % ('1' + rnd_digits(15), '400-' + rnd_digits(3) + '-' + rnd_digits(4)))
        d.t('",\n')
        d.t('    "create_time": %d,\n    "ip_location": %s,\n' % (msepoch(t), jq(R.choice(['北京', '上海', '广东', '浙江', '四川', '江苏']))))
        if R.random() < 0.7:
            d.f('    "client_ip": "«0»",\n', (make_pub_ip() if R.random() < 0.85 else make_ipv6(), 'IP_ADDRESS'))
        d.t('    "device": %s,\n    "app_version": "%s",\n' % (jq(R.choice(['iPhone15,2', 'HUAWEI NOH-AN00', 'Xiaomi 23127PN0CC', 'vivo V2309A'])),
                                                             R.choice(['8.69.2', '8.70.0', '8.71.1'])))
        if R.random() < 0.5:
            a, num = make_landline(hotel[2])
            d.t('    "reply": {"from": "酒店", "content": "感谢您的入住与点评！如有任何需要请致电前台 %s-%s，期待您再次光临。", "time": %d},\n'
                % (a, num, msepoch(t + dt.timedelta(hours=R.randint(2, 48)))))
        d.t('    "images": %d,\n    "useful": %d,\n    "audit": "%s"\n' % (R.randint(0, 9), R.randint(0, 120), R.choice(['PASS', 'PASS', 'MANUAL'])))
        d.t('  }%s\n' % (',' if k < n - 1 else ''))
    d.t(']\n')
    return d


# --------------------------------------------------------------------------
def main():
    out = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    if args:
        if len(args) == 2 and args[0] == '--out':
            out = args[1]
        else:
            sys.stderr.write('usage: make_corpus.py [--out DIR]\n')
            sys.exit(2)
    os.makedirs(out, exist_ok=True)
    docs = [gen_pnr(), gen_12306(), gen_pms(), gen_ota(), gen_ride(), gen_roaming(), gen_visa(),
            gen_insurance(), gen_ffp(), gen_bcbp(), gen_wifi(), gen_rental(), gen_roster(),
            gen_chats(), gen_reviews()]
    lines = []
    for doc in docs:
        path = os.path.join(out, doc.name)
        with open(path, 'wb') as fh:
            fh.write(bytes(doc.buf))
        with open(path, 'rb') as fh:
            data = fh.read()
        for st, en, typ, v in doc.labels:
            assert data[st:en].decode('utf-8') == v, (doc.name, st, en, v)
            lines.append(json.dumps({'file': doc.name, 'start': st, 'end': en, 'type': typ}, ensure_ascii=False))
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
