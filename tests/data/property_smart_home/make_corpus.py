#!/usr/bin/python3
"""Synthetic labelled corpus: residential property management and smart-home
services sold with broadband (智慧社区 / 智能家居).

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Every value is generated from a fixed random seed; running the script twice
gives identical bytes.  All people, numbers and addresses are fictitious.

Files
-----
owner_register.csv            业主登记表 exported from Excel (UTF-8 with BOM): 楼栋, 单元,
                              房号, 业主姓名, 身份证, 手机, 车牌, 面积, 交房日期, 备注.
visitor_gate_log.tsv          门岗访客登记 (tab separated): visitor, phone, plate, host owner,
                              guard on duty; riders/couriers without names, masked phones.
smartlock_events.jsonl        NB-IoT smart door-lock cloud events: lock serial, firmware,
                              user-slot names, temporary door passwords and the SMS that
                              carried them, module IMEI/IMSI/ICCID and serving cell.
parking_barrier.log           道闸 / LPR camera log: plates with confidence, entry/exit,
                              payment trade numbers, monthly-pass owner names.
nvr_face_events.xml           NVR/CCTV event export (ISAPI-like XML): camera ip/mac, face
                              library matches with names and ID numbers, strangers.
home_gateway.log              smart-home gateway syslog: DHCP leases (MAC, IP), Wi-Fi
                              provisioning (SSID, PSK), cloud binding, home GPS, tokens.
smart_speaker.jsonl           smart-speaker cloud log: MAC, IP, bound account phone,
                              ASR text with contact names, lat/lng in separate fields.
broadband_workorders.json     宽带装机工单 (JSON array): customer, ID number, install
                              address, ONU SN, LOID, VLAN, PPPoE account and password.
fee_autodebit_mandates.csv    物业费银行代扣签约: holder, bank card, ID, reserved phone.
fee_notices.txt               物业费缴费通知 / 催缴 / 代扣结果 notices.
repair_tickets.txt            报修工单 export: reporter, phone, home address, technician.
wechat_group_export.txt       业主微信群 chat export with announcements.
parcel_ledger.csv             快递代收 ledger: waybill numbers, recipients, phones, shelf codes.
decoration_permits.txt        装修申请 / 装修许可证 forms with worker lists and deposit refund.
tenant_police_registration.csv 流动人口 / 租户登记 for the police station: name, DOB, ID,
                              passport / HK-Macau permit, 户籍地址, phone, landlord.
elevator_iot_alarms.log       电梯物联网 alarm log: DTU IMEI/MEID/ICCID/IMSI, cell, lat/lng,
                              trapped-passenger callback phone, maintenance worker.

labels.jsonl
------------
One JSON object per line: {"file", "start", "end", "type"}; start/end are UTF-8
byte offsets into the file (end exclusive).  After writing, every labelled
slice is re-read and compared with the generated value.

Label conventions
-----------------
* PHONE_NUMBER as written, with +86 / 0086 / 86 prefix, spaces, dashes or
  full-width digits; landlines with their area code.  Service numbers (10000,
  10086, 95588, 96333, 400-...) and the property company's hotline are not
  labelled; masked numbers (138****1234, 尾号1234) are not labelled.
* BANK_CARD_NUMBER as written including group spaces; masked cards are not.
* PERSON_NAME: full names of private people (owners, tenants, visitors,
  guards, technicians, workers); every occurrence labelled.  Kinship words,
  "李阿姨", "王师傅", nicknames, masked names (张**) and company names are not.
* DATE_OF_BIRTH only in birth-date fields.  Other dates are not labelled.
* STREET_ADDRESS: a person's home / install / 户籍 address, whole, from the
  first place name to the room number.  Building/unit/room codes on their own
  (7栋2单元1503) and company addresses are not labelled.
* CREDENTIAL: temporary door passwords, Wi-Fi PSKs, PPPoE passwords, tokens,
  device secrets / app secrets (the value only).  Request signatures (hashes),
  nonces, shelf pickup codes and ONU LOIDs are not labelled.  PPPoE account
  names (gd2..., adNS...) and app uids have no listed type and are not labelled.
* IP_ADDRESS / MAC_ADDRESS: every address of a household device, a community
  camera or an IoT module (address only, no port).  Version strings such as
  V5.5.82 or 10.0.19041.1 are not labelled.
* IMEI_HARDWARE_ID, MEID, IMSI_ID, ICCID_NUMBER: module identifiers.  Lock
  serials, ONU/ONT serials (HWTC..., ZTEG...), elevator registration codes and
  camera models are not labelled.
* LOCATION_COORDINATES: "lat,lng" in one value = one label; separate lat and
  lng fields = one label each.
* CELL_ID: the whole ECGI string, or the value of a field named as a cell.
* CHINA_LICENSE_PLATE as written (粤B·D12345 includes the dot); "无牌车" and
  partially recognised plates are not labelled.
* HK_MACAU_TRAVEL_PERMIT covers 往来港澳通行证 (C/CA.. numbers, old W numbers) and
  港澳居民来往内地通行证 (H/M numbers).  CHINA_PASSPORT: E/EA../G numbers.
"""
import argparse
import datetime as dt
import json
import os
import random
import re

import phonenumbers
from stdnum.cn import ric, uscc

SEED = 20240315
R = random.Random(SEED)

# --------------------------------------------------------------------------
# document buffer with placeholders
# --------------------------------------------------------------------------
PH = re.compile('\ue000(\\d+)\ue001')


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = []
        self.vals = []

    def p(self, value, typ):
        """Return a placeholder for a labelled value."""
        self.vals.append((value, typ))
        return '\ue000%d\ue001' % (len(self.vals) - 1)

    def w(self, s):
        self.text.append(s)

    def render(self):
        full = ''.join(self.text)
        buf = bytearray()
        labels = []
        pos = 0
        for m in PH.finditer(full):
            buf += full[pos:m.start()].encode('utf-8')
            value, typ = self.vals[int(m.group(1))]
            st = len(buf)
            buf += value.encode('utf-8')
            labels.append((st, len(buf), typ, value))
            pos = m.end()
        buf += full[pos:].encode('utf-8')
        return bytes(buf), labels


# --------------------------------------------------------------------------
# identifier generators
# --------------------------------------------------------------------------
REGIONS = {
    '110105': '北京市朝阳区', '310115': '上海市浦东新区', '440305': '广东省深圳市南山区',
    '440304': '广东省深圳市福田区', '440106': '广东省广州市天河区', '441581': '广东省陆丰市',
    '445202': '广东省揭阳市榕城区', '430522': '湖南省邵阳市新邵县', '430181': '湖南省浏阳市',
    '431121': '湖南省永州市祁阳县', '360731': '江西省赣州市于都县', '421127': '湖北省黄冈市黄梅县',
    '420106': '湖北省武汉市武昌区', '511322': '四川省南充市营山县', '510107': '四川省成都市武侯区',
    '450881': '广西壮族自治区桂平市', '411528': '河南省信阳市息县', '341222': '安徽省阜阳市太和县',
    '350583': '福建省南安市', '330106': '浙江省杭州市西湖区', '320106': '江苏省南京市鼓楼区',
    '370102': '山东省济南市历下区', '610113': '陕西省西安市雁塔区', '500235': '重庆市云阳县',
    '230103': '黑龙江省哈尔滨市南岗区', '360702': '江西省赣州市章贡区', '140105': '山西省太原市小店区',
}
RURAL = {'430522', '431121', '360731', '421127', '511322', '450881', '411528', '341222',
         '500235', '441581', '350583', '430181'}
TOWNS = ['城关镇', '新华镇', '大坪镇', '石桥镇', '龙潭镇', '白沙镇', '太平镇', '高桥镇', '永安镇', '河口镇']
VILLAGES = ['长坪村', '新屋村', '枫树村', '塘边村', '黄土岭村', '上湾村', '沙坝村', '杨家村']
ROADS = ['建设路', '人民路', '解放路', '中山路', '文化路', '和平街', '光明路', '新华路', '胜利路', '东风路']

SURNAMES = ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏'
            '魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
COMPOUND = ['欧阳', '司马', '上官', '诸葛', '司徒']
GIVEN_M = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林峰建国志文博晨阳子轩浩然梓豪宇航振华嘉乐'
GIVEN_F = '芳娜敏静丽艳娟霞秀英玲桂兰萍红燕雪梅琳晶莹慧婷颖倩欣怡佳雨涵诗思琪梦悦可馨紫萱'


def gen_name(gender):
    sur = R.choice(COMPOUND) if R.random() < 0.03 else R.choice(SURNAMES)
    pool = GIVEN_M if gender == 'M' else GIVEN_F
    n = 1 if R.random() < 0.3 else 2
    return sur + ''.join(R.choice(pool) for _ in range(n))


def gen_dob(lo=1952, hi=2003):
    d0 = dt.date(lo, 1, 1)
    d1 = dt.date(hi, 12, 31)
    return d0 + dt.timedelta(days=R.randrange((d1 - d0).days))


def gen_rid(region, dob, gender):
    seq = R.randrange(0, 100)
    g = R.choice([1, 3, 5, 7, 9]) if gender == 'M' else R.choice([0, 2, 4, 6, 8])
    body = region + dob.strftime('%Y%m%d') + '%02d%d' % (seq, g)
    rid = body + ric.calc_check_digit(body + '0')
    assert ric.is_valid(rid)
    return rid


MOBILE_PREFIX = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '147', '150', '151',
                 '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177',
                 '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '193',
                 '195', '198', '199']


def gen_mobile():
    while True:
        n = R.choice(MOBILE_PREFIX) + '%08d' % R.randrange(10 ** 8)
        num = phonenumbers.parse('+86' + n)
        if phonenumbers.is_valid_number(num) and \
                phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE:
            return n


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_mobile(n, style=None):
    if style is None:
        style = R.choices(['plain', 'plus', 'plussp', '0086', '86', 'dash', 'space', 'fw'],
                          [60, 6, 6, 3, 3, 8, 8, 3])[0]
    if style == 'plain':
        return n
    if style == 'plus':
        return '+86' + n
    if style == 'plussp':
        return '+86 %s %s %s' % (n[:3], n[3:7], n[7:])
    if style == '0086':
        return '0086' + n
    if style == '86':
        return '86-' + n
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:7], n[7:])
    if style == 'space':
        return '%s %s %s' % (n[:3], n[3:7], n[7:])
    if style == 'fw':
        return n.translate(FW)
    raise ValueError(style)


def mask_mobile(n):
    return n[:3] + '****' + n[7:]


LANDLINE_AREAS = [('0755', 8), ('020', 8), ('010', 8), ('0571', 8), ('028', 8), ('0731', 8),
                  ('0797', 7), ('0668', 7)]


def gen_landline(area=None):
    if area is None:
        area, ln = R.choice(LANDLINE_AREAS)
    else:
        ln = dict(LANDLINE_AREAS).get(area, 8)
    first = R.choice('2345678')
    num = first + ''.join(R.choice('0123456789') for _ in range(ln - 1))
    return R.choice(['%s-%s', '%s-%s', '(%s)%s', '%s %s', '%s%s']) % (area, num)


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


BINS = [('622202', 19, '中国工商银行'), ('621226', 19, '中国工商银行'), ('621700', 19, '中国建设银行'),
        ('622700', 19, '中国建设银行'), ('622848', 19, '中国农业银行'), ('621661', 19, '中国银行'),
        ('622588', 16, '招商银行'), ('621483', 16, '招商银行'), ('622260', 19, '交通银行'),
        ('621799', 19, '中国邮政储蓄银行'), ('622150', 19, '中国邮政储蓄银行'), ('622155', 16, '平安银行'),
        ('623058', 19, '平安银行'), ('621792', 16, '中信银行')]


def gen_card():
    b, ln, bank = R.choice(BINS)
    body = b + ''.join(R.choice('0123456789') for _ in range(ln - len(b) - 1))
    return body + luhn_digit(body), bank


def fmt_card(c, style=None):
    if style is None:
        style = R.choices(['plain', 'g4', 'dash'], [55, 40, 5])[0]
    if style == 'plain':
        return c
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    return (' ' if style == 'g4' else '-').join(groups)


def mask_card(c):
    return c[:4] + ' **** **** ' + c[-4:] if R.random() < 0.5 else c[:6] + '*' * (len(c) - 10) + c[-4:]


TACS = ['86472103', '86780703', '86657505', '86134605', '35209611', '86994204', '86822404']


def gen_imei():
    body = R.choice(TACS) + '%06d' % R.randrange(10 ** 6)
    return body + luhn_digit(body)


def gen_imsi(mnc=None):
    mnc = mnc or R.choice(['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11'])
    return '460' + mnc + '%010d' % R.randrange(10 ** 10)


def gen_iccid(op='cm'):
    pre = {'cm': R.choice(['898600', '898602', '898604', '898607']), 'cu': '898601',
           'ct': R.choice(['898603', '898611'])}[op]
    n = pre + ''.join(R.choice('0123456789') for _ in range(14))
    if R.random() < 0.1:
        n = n[:19]
    return n


def gen_meid():
    return 'A10000' + ''.join(R.choice('0123456789ABCDEF') for _ in range(8))


OUIS = {'xiaomi': '78:11:DC', 'huawei': '48:7B:6B', 'hik': 'C0:56:E3', 'dahua': '3C:EF:8C',
        'tplink': '50:BD:5F', 'espressif': 'A4:CF:12', 'tuya': '10:D5:61', 'apple': 'F0:18:98',
        'oppo': 'A4:3E:A0', 'zte': '34:DE:34', 'hik2': '44:19:B6', 'aqara': '54:EF:44'}


def gen_mac(vendor=None, style=None):
    oui = OUIS[vendor or R.choice(list(OUIS))]
    raw = oui.replace(':', '') + '%06X' % R.randrange(1 << 24)
    if style is None:
        style = R.choices(['colon', 'colonlow', 'dash', 'bare', 'cisco'], [45, 30, 12, 8, 5])[0]
    pairs = [raw[i:i + 2] for i in range(0, 12, 2)]
    if style == 'colon':
        return ':'.join(pairs)
    if style == 'colonlow':
        return ':'.join(pairs).lower()
    if style == 'dash':
        return '-'.join(pairs)
    if style == 'bare':
        return raw.lower()
    if style == 'cisco':
        r = raw.lower()
        return '%s.%s.%s' % (r[:4], r[4:8], r[8:])


def gen_lan_ip(net='192.168.1'):
    return '%s.%d' % (net, R.randrange(2, 254))


def gen_pub_ip():
    a = R.choice(['113.88', '113.116', '14.153', '183.14', '119.123', '116.24', '59.40', '120.236'])
    return '%s.%d.%d' % (a, R.randrange(0, 256), R.randrange(1, 255))


def gen_ipv6():
    return '240e:%x:%x:%x::%x' % (R.randrange(0x300, 0x3ff), R.randrange(1 << 16),
                                  R.randrange(1 << 16), R.randrange(1, 1 << 16))


def gen_plate(prov=None, nev=None):
    letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if prov is None:
        prov = R.choices(['粤B', '粤A', '粤S', '粤E', '湘A', '湘E', '赣B', '桂R', '川A', '鄂A', '闽C', '京N', '浙A', '豫A'],
                         [50, 6, 4, 3, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2])[0]
    if nev is None:
        nev = R.random() < 0.25
    if nev:
        if R.random() < 0.9:
            tail = R.choice('DF') + R.choice('0123456789' + letters) + '%04d' % R.randrange(10000)
        else:
            tail = '%05d' % R.randrange(100000) + R.choice('DF')
    else:
        chars = []
        nl = R.choice([0, 1, 1, 2])
        pos = R.sample(range(5), nl)
        for i in range(5):
            chars.append(R.choice(letters) if i in pos else R.choice('0123456789'))
        tail = ''.join(chars)
    return prov, tail


def fmt_plate(pt, style=None):
    prov, tail = pt
    if style is None:
        style = R.choices(['plain', 'dot', 'space', 'dash'], [70, 15, 8, 7])[0]
    if style == 'plain':
        return prov + tail
    if style == 'dot':
        return prov + '·' + tail
    if style == 'space':
        return prov + ' ' + tail
    return prov + '-' + tail


def gen_passport():
    letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    k = R.choices(['E8', 'EL', 'G8'], [50, 35, 15])[0]
    if k == 'E8':
        return 'E' + '%08d' % R.randrange(10 ** 8)
    if k == 'EL':
        return 'E' + R.choice(letters) + '%07d' % R.randrange(10 ** 7)
    return 'G' + '%08d' % R.randrange(10 ** 8)


def gen_hkmo_permit(kind='mainland'):
    if kind == 'mainland':
        k = R.choices(['C8', 'CL', 'W8'], [55, 30, 15])[0]
        if k == 'C8':
            return 'C' + '%08d' % R.randrange(10 ** 8)
        if k == 'CL':
            return 'C' + R.choice('ABCDEFGHJK') + '%07d' % R.randrange(10 ** 7)
        return 'W' + '%08d' % R.randrange(10 ** 8)
    # 港澳居民来往内地通行证
    return R.choice('HM') + '%08d' % R.randrange(10 ** 8)


def gen_uscc(region='440300'):
    alpha = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    body = '91' + region + ''.join(R.choice(alpha[:10] if i < 8 else alpha) for i in range(9))
    code = body + uscc.calc_check_digit(body)
    assert uscc.is_valid(code)
    return code


def hexs(n, upper=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def b62(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def uuid4():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def gen_wifi_psk():
    k = R.choices(['word', 'digits', 'mixed', 'phoneish'], [35, 20, 35, 10])[0]
    if k == 'word':
        return R.choice(['jxhome', 'Happy', 'wifi', 'Home', 'zhang', 'lucky', 'abc', 'love']) + \
            R.choice(['@', '', '_', '#', '.']) + str(R.randrange(100, 99999))
    if k == 'digits':
        return '%08d' % R.randrange(10 ** 8)
    if k == 'mixed':
        return b62(R.randrange(9, 14))
    return 'qq' + '%09d' % R.randrange(10 ** 9)


# --------------------------------------------------------------------------
# world
# --------------------------------------------------------------------------
COMMUNITY = '锦绣花园'
COMM_ADDR_FULL = '广东省深圳市南山区粤海街道海德三道1126号'
COMM_ADDR_SHORT = '深圳市南山区海德三道1126号'
COMM_LAT, COMM_LNG = 22.51932, 113.93841
PROP_CO = '深圳市鹏安物业服务有限公司'
PROP_CO_ADDR = '深圳市南山区科技南十二路28号康佳研发大厦A座9楼'
PROP_HOTLINE = '0755-86951200'
PROP_400 = '400-830-6688'
PROP_USCC = gen_uscc('440300')
OPERATOR = '中国电信深圳分公司'

BUILDINGS = [(b, u) for b in range(1, 13) for u in (1, 2)]


def gen_room():
    b, u = R.choice(BUILDINGS)
    fl = R.randrange(2, 33)
    return b, u, '%d%02d' % (fl, R.randrange(1, 5))


def home_addr(b, u, room, style=None):
    if style is None:
        style = R.choice(range(6))
    if style == 0:
        return '%s%s%d栋%d单元%s室' % (COMM_ADDR_FULL, COMMUNITY, b, u, room)
    if style == 1:
        return '%s%s%d栋%d单元%s' % (COMM_ADDR_SHORT, COMMUNITY, b, u, room)
    if style == 2:
        return '深圳市南山区粤海街道%s%d栋%s房' % (COMMUNITY, b, room)
    if style == 3:
        return '南山区海德三道1126号%s%d-%d-%s' % (COMMUNITY, b, u, room)
    if style == 4:
        return '广东省深圳市南山区%s%d栋%d单元%s' % (COMMUNITY, b, u, room)
    return '深圳南山海德三道%s %d栋%d单元 %s室' % (COMMUNITY, b, u, room)


def hometown_addr(region):
    pre = REGIONS[region]
    if region in RURAL:
        if R.random() < 0.6:
            return '%s%s%s%d组%d号' % (pre, R.choice(TOWNS), R.choice(VILLAGES), R.randrange(1, 12), R.randrange(1, 80))
        return '%s%s%s%d号' % (pre, R.choice(TOWNS), R.choice(ROADS), R.randrange(1, 300))
    return '%s%s%d号%d栋%d' % (pre, R.choice(ROADS), R.randrange(1, 500), R.randrange(1, 20),
                              R.randrange(101, 2802))


class Person:
    def __init__(self, gender=None, region=None, dob=None):
        self.gender = gender or R.choice('MF')
        self.name = gen_name(self.gender)
        self.region = region or R.choice(list(REGIONS))
        self.dob = dob or gen_dob()
        self.rid = gen_rid(self.region, self.dob, self.gender)
        self.mobile = gen_mobile()
        self.hometown = hometown_addr(self.region)


PEOPLE_OWNERS = []
used_rooms = set()
while len(PEOPLE_OWNERS) < 150:
    b, u, room = gen_room()
    if (b, u, room) in used_rooms:
        continue
    used_rooms.add((b, u, room))
    p = Person()
    p.b, p.u, p.room = b, u, room
    p.area = round(R.uniform(68, 168), 2)
    p.plates = [gen_plate() for _ in range(R.choices([0, 1, 2], [35, 55, 10])[0])]
    p.card, p.bank = gen_card()
    PEOPLE_OWNERS.append(p)

GUARDS = [Person(gender='M', dob=gen_dob(1965, 1990)) for _ in range(6)]
TECHS = [Person(gender='M', dob=gen_dob(1970, 1995)) for _ in range(7)]
STAFF = [Person(dob=gen_dob(1980, 1998)) for _ in range(4)]


def room_code(p, style=None):
    if style is None:
        style = R.choice(range(4))
    return ['%d栋%d单元%s' % (p.b, p.u, p.room), '%d-%d-%s' % (p.b, p.u, p.room),
            '%d栋%s' % (p.b, p.room), '%d座%d单元%s室' % (p.b, p.u, p.room)][style]


BASE_T = dt.datetime(2024, 3, 1, 7, 0, 0)


def ts_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 8 * 3600 * 1000


# --------------------------------------------------------------------------
# 1 owner register
# --------------------------------------------------------------------------
def f_owner_register():
    d = Doc('owner_register.csv')
    d.w('\ufeff序号,楼栋,单元,房号,业主姓名,身份证号码,联系电话,车牌号,建筑面积(㎡),交房日期,备注\r\n')
    owners = sorted(PEOPLE_OWNERS[:54], key=lambda p: (p.b, p.u, int(p.room)))
    for i, p in enumerate(owners, 1):
        rid = p.rid if R.random() > 0.04 else p.rid[:-1] + p.rid[-1].lower() if p.rid[-1] == 'X' else p.rid
        phones = [fmt_mobile(p.mobile, R.choices(['plain', 'dash', 'space'], [80, 10, 10])[0])]
        extra = R.random() < 0.12
        if extra:
            phones.append(gen_landline('0755') if R.random() < 0.5 else fmt_mobile(gen_mobile(), 'plain'))
        ph_cell = '/'.join(d.p(x, 'PHONE_NUMBER') for x in phones)
        if len(phones) > 1 and R.random() < 0.5:
            ph_cell = '"' + ph_cell.replace('/', '，') + '"'
        plates = [d.p(fmt_plate(pt, R.choices(['plain', 'dot'], [85, 15])[0]), 'CHINA_LICENSE_PLATE') for pt in p.plates]
        if len(plates) == 2:
            pl_cell = '"' + '，'.join(plates) + '"' if R.random() < 0.5 else ' / '.join(plates)
        elif plates:
            pl_cell = plates[0]
        else:
            pl_cell = R.choice(['', '', '无', '-'])
        deliv = dt.date(2019, 6, 28) + dt.timedelta(days=R.randrange(0, 900))
        r = R.random()
        if r < 0.12:
            co = Person()
            note = '"共有人：%s %s"' % (d.p(co.name, 'PERSON_NAME'), d.p(co.mobile, 'PHONE_NUMBER'))
        elif r < 0.22:
            note = '出租'
        elif r < 0.28:
            note = '空置'
        elif r < 0.33:
            note = '已办理车位租赁 B2-%03d' % R.randrange(1, 420)
        elif r < 0.37:
            note = '"紧急联系人：%s(%s) %s"' % (d.p(gen_name(R.choice('MF')), 'PERSON_NAME'),
                                           R.choice(['女儿', '儿子', '配偶', '母亲']),
                                           d.p(fmt_mobile(gen_mobile(), 'plain'), 'PHONE_NUMBER'))
        else:
            note = ''
        d.w('%d,%d栋,%d单元,%s,%s,%s,%s,%s,%.2f,%s,%s\r\n' % (
            i, p.b, p.u, p.room, d.p(p.name, 'PERSON_NAME'), d.p(rid, 'CHINA_RESIDENT_ID_NUMBER'),
            ph_cell, pl_cell, p.area, deliv.strftime('%Y/%m/%d'), note))
    d.w(',,,,,,,,,,\r\n')
    d.w('制表：%s 客服中心,,,,,,,,,,\r\n' % PROP_CO)
    d.w('客服热线：%s,,,,,,,,,,\r\n' % PROP_HOTLINE)
    return d


# --------------------------------------------------------------------------
# 2 visitor gate log
# --------------------------------------------------------------------------
def f_visitor_log():
    d = Doc('visitor_gate_log.tsv')
    d.w('登记编号\t登记时间\t访客姓名\t访客电话\t车牌\t来访事由\t被访房号\t被访业主\t岗亭\t值班保安\t离开时间\n')
    t = BASE_T
    reasons = ['探亲', '访友', '送货', '装修', '家政', '维修', '看房', '搬家', '外卖', '快递', '中介带看']
    for i in range(46):
        t += dt.timedelta(minutes=R.randrange(3, 140))
        host = R.choice(PEOPLE_OWNERS)
        g = R.choice(GUARDS)
        reason = R.choice(reasons)
        if reason in ('外卖', '快递'):
            vname = R.choice(['美团骑手', '饿了么骑手', '顺丰小哥', '京东快递', '中通快递员'])
            vphone = mask_mobile(gen_mobile()) if R.random() < 0.6 else d.p(gen_mobile(), 'PHONE_NUMBER')
        else:
            vname = d.p(gen_name(R.choice('MF')), 'PERSON_NAME')
            ph = gen_mobile()
            vphone = mask_mobile(ph) if R.random() < 0.15 else d.p(fmt_mobile(ph, R.choices(['plain', 'dash', 'space'], [85, 8, 7])[0]), 'PHONE_NUMBER')
        if R.random() < 0.4 and reason not in ('外卖',):
            plate = d.p(fmt_plate(gen_plate()), 'CHINA_LICENSE_PLATE')
        else:
            plate = R.choice(['', '步行', '电动车', '-'])
        hostname = d.p(host.name, 'PERSON_NAME') if R.random() < 0.8 else host.name[0] + '先生' if host.gender == 'M' else host.name[0] + '女士'
        left = (t + dt.timedelta(minutes=R.randrange(10, 300))).strftime('%H:%M') if R.random() < 0.8 else ''
        d.w('FK%s%04d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' % (
            t.strftime('%Y%m%d'), i + 1, t.strftime('%Y-%m-%d %H:%M'), vname, vphone, plate, reason,
            room_code(host), hostname, R.choice(['东门岗', '南门岗', '北门车行道', '地库入口']),
            d.p(g.name, 'PERSON_NAME'), left))
    return d


# --------------------------------------------------------------------------
# 3 smart lock events
# --------------------------------------------------------------------------
def f_smartlock():
    d = Doc('smartlock_events.jsonl')
    locks = []
    for p in R.sample(PEOPLE_OWNERS, 14):
        lk = {
            'owner': p,
            'sn': 'DL%s%s%05d' % (R.choice(['K20', 'S30', 'X7']), R.choice(['2301', '2208', '2311']), R.randrange(100000)),
            'fw': R.choice(['V2.3.15', 'V2.3.17', 'V3.0.2', 'V2.1.9_20230912']),
            'imei': gen_imei(), 'imsi': gen_imsi('11'), 'iccid': gen_iccid('ct'),
            'cell': R.randrange(100000000, 268435455),
            'slots': [(1, p.name, True), (2, R.choice(['妈妈', '爸爸', '老婆', '老公']), False),
                      (3, gen_name(R.choice('MF')), True), (4, R.choice(['保姆-李阿姨', '钟点工', '孩子', '爷爷']), False)],
        }
        locks.append(lk)
    t = BASE_T
    for i in range(100):
        t += dt.timedelta(minutes=R.randrange(5, 120), seconds=R.randrange(60), milliseconds=R.randrange(1000))
        lk = R.choice(locks)
        p = lk['owner']
        ev = R.choices(['UNLOCK', 'TEMP_PWD', 'HEARTBEAT', 'ALARM', 'LOWBAT'], [45, 20, 20, 8, 7])[0]
        rec = {'ts': ts_ms(t), 'traceId': hexs(16), 'lockSn': lk['sn'], 'fw': lk['fw'],
               'room': '%d-%d-%s' % (p.b, p.u, p.room)}
        if ev == 'UNLOCK':
            sid, sname, real = R.choice(lk['slots'])
            rec['event'] = 'UNLOCK'
            rec['method'] = R.choice(['FINGERPRINT', 'PASSWORD', 'CARD', 'FACE', 'APP_REMOTE'])
            rec['slot'] = {'id': sid, 'name': d.p(sname, 'PERSON_NAME') if real else sname}
            rec['battery'] = R.randrange(20, 100)
        elif ev == 'TEMP_PWD':
            pwd = ''.join(R.choice('0123456789') for _ in range(R.choice([6, 8, 8, 10])))
            until = t + dt.timedelta(hours=R.choice([2, 4, 24]))
            ph = p.mobile if R.random() < 0.7 else gen_mobile()
            rec['event'] = 'TEMP_PWD_CREATE'
            rec['operator'] = d.p(p.name, 'PERSON_NAME') if R.random() < 0.6 else 'app_user_%d' % R.randrange(10 ** 6)
            rec['tempPwd'] = d.p(pwd, 'CREDENTIAL')
            rec['validTo'] = until.strftime('%Y-%m-%d %H:%M:%S')
            rec['maxUse'] = R.choice([1, 1, 3, 99])
            to = fmt_mobile(ph, R.choices(['plain', 'plus'], [70, 30])[0])
            rec['sms'] = {'to': d.p(to, 'PHONE_NUMBER'), 'tpl': 'SMS_2713%04d' % R.randrange(10000),
                          'content': '【%s智慧社区】您的临时开门密码为%s，%s前有效，请勿泄露。客服%s' % (
                              COMMUNITY, d.p(pwd, 'CREDENTIAL'), until.strftime('%m月%d日%H:%M'), PROP_400),
                          'bizId': '%d^%d' % (R.randrange(10 ** 14, 10 ** 15), R.randrange(10 ** 9, 10 ** 10)),
                          'code': 'OK'}
        elif ev == 'HEARTBEAT':
            rec['event'] = 'NB_HEARTBEAT'
            mod = {'imei': d.p(lk['imei'], 'IMEI_HARDWARE_ID'), 'rsrp': -R.randrange(70, 115),
                   'snr': R.randrange(-3, 20), 'ecl': R.randrange(0, 3)}
            if R.random() < 0.6:
                mod['imsi'] = d.p(lk['imsi'], 'IMSI_ID')
            if R.random() < 0.5:
                mod['iccid'] = d.p(lk['iccid'], 'ICCID_NUMBER')
            if R.random() < 0.7:
                mod['cellId'] = d.p(str(lk['cell']), 'CELL_ID')
                mod['pci'] = R.randrange(0, 504)
            rec['module'] = mod
            rec['battery'] = R.randrange(20, 100)
        elif ev == 'ALARM':
            rec['event'] = 'ALARM'
            rec['type'] = R.choice(['TRY_PWD_ERROR_5', 'ANTI_PRY', 'DURESS_FINGER', 'DOOR_NOT_CLOSED'])
            rec['notify'] = [d.p(fmt_mobile(p.mobile, 'plain'), 'PHONE_NUMBER')]
            if R.random() < 0.4:
                rec['notify'].append(d.p(fmt_mobile(gen_mobile(), 'plain'), 'PHONE_NUMBER'))
        else:
            rec['event'] = 'LOW_BATTERY'
            rec['battery'] = R.randrange(3, 15)
            rec['pushTo'] = mask_mobile(p.mobile)
        d.w(json.dumps(rec, ensure_ascii=False, separators=(',', ':')) + '\n')
    return d


# --------------------------------------------------------------------------
# 4 parking barrier log
# --------------------------------------------------------------------------
def f_parking():
    d = Doc('parking_barrier.log')
    cams = {'CH01': ('东门入口', gen_lan_ip('192.168.10'), gen_mac('hik', 'colon')),
            'CH02': ('东门出口', gen_lan_ip('192.168.10'), gen_mac('hik', 'colon')),
            'CH03': ('地库B1入口', gen_lan_ip('192.168.10'), gen_mac('hik2', 'colon')),
            'CH04': ('地库B1出口', gen_lan_ip('192.168.10'), gen_mac('hik2', 'colon'))}
    d.w('# ParkCtrl v4.8.2 build 20231020  site=%s  controller=PC-SZ-NS-0231\n' % COMMUNITY)
    for ch, (lane, ip, mac) in cams.items():
        d.w('# camera %s %s ip=%s mac=%s model=DS-TCG227-AIR fw=V5.5.82 build 190909\n' % (
            ch, lane, d.p(ip, 'IP_ADDRESS'), d.p(mac, 'MAC_ADDRESS')))
    owner_plates = [(p, pt) for p in PEOPLE_OWNERS for pt in p.plates]
    inside = {}
    t = BASE_T
    for i in range(115):
        t += dt.timedelta(seconds=R.randrange(20, 900), milliseconds=R.randrange(1000))
        tstr = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
        r = R.random()
        if inside and r < 0.4:
            key = R.choice(sorted(inside))
            pt, tin, monthly = inside.pop(key)
            ch = R.choice(['CH02', 'CH04'])
            conf = R.uniform(0.83, 0.995)
            dur = t - tin
            mins = int(dur.total_seconds() // 60)
            fee = 0 if monthly else min(60, max(0, (mins - 30) // 60 + 1) * 5)
            extra = ''
            if fee and R.random() < 0.9:
                extra = ' pay=%s trade_no=%s' % (R.choice(['WECHAT', 'ALIPAY', 'ETC']),
                                                 '42000021%02d%s' % (R.randrange(10, 30), ''.join(R.choice('0123456789') for _ in range(18))))
            d.w('%s [INFO ] [LPR-%s] EXIT plate=%s color=%s conf=%.3f in=%s dur=%dmin type=%s fee=%.2f%s\n' % (
                tstr, ch, d.p(fmt_plate(pt, 'plain'), 'CHINA_LICENSE_PLATE'), '绿' if len(pt[1]) == 6 else '蓝',
                conf, tin.strftime('%H:%M:%S'), mins, 'MONTHLY' if monthly else 'TEMP', fee, extra))
            if not monthly and fee == 0:
                d.w('%s [INFO ] [GATE-%s] open reason=FREE_30MIN\n' % (tstr, ch))
        elif r < 0.47:
            ch = R.choice(['CH01', 'CH03'])
            guess = '%s%s%s??%s' % (R.choice(['粤B', '粤']), R.choice('0123456789'), R.choice('ABCDEFGH'), R.choice('0123456789'))
            d.w('%s [WARN ] [LPR-%s] low confidence plate="%s" conf=%.3f -> manual confirm required snap=/data/snap/%s/%s_%s.jpg\n' % (
                tstr, ch, guess, R.uniform(0.31, 0.62), t.strftime('%Y%m%d'), t.strftime('%H%M%S'), ch))
        elif r < 0.52:
            ch = R.choice(['CH01', 'CH03'])
            d.w('%s [INFO ] [LPR-%s] ENTER plate=无牌车 conf=0.000 qr_ticket=%s\n' % (tstr, ch, hexs(12, True)))
        else:
            ch = R.choice(['CH01', 'CH03'])
            if owner_plates and R.random() < 0.55:
                p, pt = R.choice(owner_plates)
                monthly = True
            else:
                p, pt = None, gen_plate()
                monthly = False
            key = pt[0] + pt[1]
            if key in inside:
                continue
            inside[key] = (pt, t, monthly)
            conf = R.uniform(0.80, 0.999)
            style = R.choices(['plain', 'dot'], [80, 20])[0]
            line = '%s [INFO ] [LPR-%s] ENTER plate=%s color=%s conf=%.3f' % (
                tstr, ch, d.p(fmt_plate(pt, style), 'CHINA_LICENSE_PLATE'), '绿' if len(pt[1]) == 6 else '蓝', conf)
            if monthly:
                line += ' type=MONTHLY owner=%s room=%s expire=2024-%02d-30' % (
                    d.p(p.name, 'PERSON_NAME'), '%d-%d-%s' % (p.b, p.u, p.room), R.randrange(4, 13))
            else:
                line += ' type=TEMP'
            if R.random() < 0.25:
                line += ' cam=%s' % d.p(cams[ch][1], 'IP_ADDRESS')
            d.w(line + '\n')
        if R.random() < 0.05:
            d.w('%s [DEBUG] [HB] heartbeat ctrl=PC-SZ-NS-0231 uptime=%d mem=%dMB ver=4.8.2.1107\n' % (
                tstr, R.randrange(10 ** 5, 10 ** 7), R.randrange(200, 900)))
    return d


# --------------------------------------------------------------------------
# 5 NVR face events XML
# --------------------------------------------------------------------------
def f_nvr():
    d = Doc('nvr_face_events.xml')
    cams = []
    for i in range(1, 9):
        cams.append((i, R.choice(['东门人行闸机', '南门人行闸机', '1栋大堂', '5栋大堂', '地库电梯厅', '儿童乐园', '北门', '会所']),
                     '192.168.20.%d' % (100 + i), gen_mac(R.choice(['hik', 'hik2', 'dahua']), R.choice(['colonlow', 'colon']))))
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<EventExport version="2.0" device="NVR-DS-7932N-R4" serial="DS-7932N-R41620230612CCRRK12345678WCVU" exportTime="2024-03-20T10:05:11+08:00">\n')
    t = BASE_T
    blacklist = [Person() for _ in range(3)]
    for i in range(40):
        t += dt.timedelta(minutes=R.randrange(5, 200), seconds=R.randrange(60))
        cid, cname, ip, mac = R.choice(cams)
        r = R.random()
        d.w('  <EventNotificationAlert>\n')
        d.w('    <ipAddress>%s</ipAddress>\n    <portNo>8000</portNo>\n' % d.p(ip, 'IP_ADDRESS'))
        if R.random() < 0.6:
            d.w('    <macAddress>%s</macAddress>\n' % d.p(mac, 'MAC_ADDRESS'))
        d.w('    <channelID>%d</channelID>\n    <channelName>%s</channelName>\n' % (cid, cname))
        d.w('    <dateTime>%s+08:00</dateTime>\n    <activePostCount>1</activePostCount>\n' % t.strftime('%Y-%m-%dT%H:%M:%S'))
        d.w('    <eventType>faceCapture</eventType>\n    <UUID>%s</UUID>\n' % uuid4())
        if r < 0.6:
            p = R.choice(PEOPLE_OWNERS)
            d.w('    <FaceMatchResult>\n      <faceLibType>staticFD</faceLibType>\n      <FDID>%s</FDID>\n' % hexs(32, True))
            d.w('      <similarity>%.2f</similarity>\n' % R.uniform(78, 99))
            d.w('      <name>%s</name>\n      <sex>%s</sex>\n' % (d.p(p.name, 'PERSON_NAME'), 'male' if p.gender == 'M' else 'female'))
            if R.random() < 0.55:
                d.w('      <certificateType>ID</certificateType>\n      <certificateNumber>%s</certificateNumber>\n' % d.p(p.rid, 'CHINA_RESIDENT_ID_NUMBER'))
            d.w('      <customInfo>%s</customInfo>\n' % room_code(p, 1))
            if R.random() < 0.3:
                d.w('      <phoneNumber>%s</phoneNumber>\n' % d.p(p.mobile, 'PHONE_NUMBER'))
            d.w('    </FaceMatchResult>\n')
        elif r < 0.67:
            p = R.choice(blacklist)
            d.w('    <FaceMatchResult>\n      <faceLibType>blackFD</faceLibType>\n')
            d.w('      <similarity>%.2f</similarity>\n      <name>%s</name>\n' % (R.uniform(80, 95), d.p(p.name, 'PERSON_NAME')))
            d.w('      <certificateNumber>%s</certificateNumber>\n      <remark>拖欠装修款纠纷，禁止入内</remark>\n    </FaceMatchResult>\n' % d.p(p.rid, 'CHINA_RESIDENT_ID_NUMBER'))
        else:
            d.w('    <FaceMatchResult>\n      <faceLibType>stranger</faceLibType>\n      <similarity>0</similarity>\n      <age>%d</age>\n    </FaceMatchResult>\n' % R.randrange(18, 70))
        d.w('    <picUrl>http://%s/picture/Streaming/tracks/%d01/?name=ch%02d_%s&amp;size=%d</picUrl>\n' % (
            d.p(ip, 'IP_ADDRESS'), cid, cid, hexs(20), R.randrange(30000, 200000)))
        d.w('  </EventNotificationAlert>\n')
    d.w('</EventExport>\n')
    return d


# --------------------------------------------------------------------------
# 6 home gateway syslog
# --------------------------------------------------------------------------
def f_gateway():
    d = Doc('home_gateway.log')
    homes = R.sample(PEOPLE_OWNERS, 9)
    t = dt.datetime(2024, 3, 12, 9, 0, 0)
    devtypes = [('xiaomi', 'MiAirPurifier-4'), ('aqara', 'lumi.gateway.acn01'), ('tuya', 'TY-Curtain'),
                ('espressif', 'ESP_3A7F21'), ('apple', 'iPhone'), ('oppo', 'OPPO-Reno8'),
                ('huawei', 'HUAWEI_Mate60'), ('xiaomi', 'xiaomi-speaker-lx06'), ('tplink', 'TL-IPC44AW')]
    for h in homes:
        host = 'HGW-%s' % hexs(4, True)
        sn = 'HG6543C1%s' % hexs(8, True)
        wan = gen_pub_ip()
        lat = COMM_LAT + R.uniform(-0.0015, 0.0015)
        lng = COMM_LNG + R.uniform(-0.0015, 0.0015)
        ssid = R.choice(['ChinaNet-%s' % b62(4), 'CMCC-%s' % b62(4), 'TP-LINK_%s' % hexs(4, True), 'Home_5G', '%s-5G' % b62(6)])
        psk = gen_wifi_psk()

        def ln(proc, msg):
            nonlocal t
            t += dt.timedelta(seconds=R.randrange(1, 400))
            d.w('%s %s %s[%d]: %s\n' % (t.strftime('%b %d %H:%M:%S'), host, proc, R.randrange(300, 4000), msg))

        ln('sysinit', 'boot complete sn=%s hw=V2.0 sw=V1.2.0_R2212 uptime=0' % sn)
        ln('pppd', 'PPPoE session up user=gd2%09d ifname=ppp0 vlan=%d' % (R.randrange(10 ** 9), R.choice([41, 45, 2011])))
        ln('pppd', 'local  IP address %s' % d.p(wan, 'IP_ADDRESS'))
        if R.random() < 0.6:
            ln('pppd', 'IPv6 prefix delegated %s/60' % d.p(gen_ipv6(), 'IP_ADDRESS'))
        ln('provision', 'wifi cfg apply band=2.4G+5G ssid="%s" auth=WPA2-PSK psk="%s" channel=%d' % (ssid, d.p(psk, 'CREDENTIAL'), R.choice([1, 6, 11, 36, 149])))
        if R.random() < 0.5:
            gpsk = '%08d' % R.randrange(10 ** 8)
            ln('provision', 'guest wifi ssid="%s_Guest" key=%s expire=24h' % (ssid, d.p(gpsk, 'CREDENTIAL')))
        bind_ph = h.mobile
        ln('cloudlink', 'bind ok account=%s uid=%d region=cn-south' % (d.p(fmt_mobile(bind_ph, R.choice(['plain', 'plus'])), 'PHONE_NUMBER'), R.randrange(10 ** 8, 10 ** 9)))
        if R.random() < 0.5:
            ln('cloudlink', 'home location set lat=%s lng=%s accuracy=35m' % (d.p('%.6f' % lat, 'LOCATION_COORDINATES'), d.p('%.6f' % lng, 'LOCATION_COORDINATES')))
        else:
            ln('cloudlink', 'home_gps="%s" tz=Asia/Shanghai' % d.p('%.6f,%.6f' % (lat, lng), 'LOCATION_COORDINATES'))
        tok = 'eyJhbGciOiJIUzI1NiJ9.%s.%s' % (b62(R.randrange(40, 60)), b62(43))
        ln('cloudlink', 'token refreshed access_token=%s expires_in=7200' % d.p(tok, 'CREDENTIAL'))
        if R.random() < 0.5:
            ln('cloudlink', 'mqtt connect broker=mqtt-cn.iot-home.example:8883 clientId=%s deviceSecret=%s' % (
                sn, d.p(hexs(32), 'CREDENTIAL')))
        for _ in range(R.randrange(4, 9)):
            vend, dname = R.choice(devtypes)
            mac = gen_mac(vend, R.choice(['colonlow', 'colonlow', 'colon']))
            ip = gen_lan_ip('192.168.%d' % R.choice([1, 1, 3, 31]))
            r = R.random()
            if r < 0.6:
                ln('dnsmasq-dhcp', 'DHCPACK(br-lan) %s %s %s' % (d.p(ip, 'IP_ADDRESS'), d.p(mac, 'MAC_ADDRESS'), dname))
            elif r < 0.85:
                ln('hostapd', 'wlan%d: STA %s IEEE 802.11: associated (aid %d)' % (R.randrange(2), d.p(mac, 'MAC_ADDRESS'), R.randrange(1, 30)))
            else:
                ln('zigbee', 'device joined ieee=0x00158d000%s short=0x%s model=%s' % (hexs(7), hexs(4), dname))
        if R.random() < 0.4:
            ln('tr069', 'Inform to ACS ok event="2 PERIODIC" ParameterKey=%s SoftwareVersion=V1.2.0_R2212' % hexs(8))
        if R.random() < 0.3:
            ln('provision', 'wifi password changed by app user=%s new psk=%s' % (
                mask_mobile(bind_ph), d.p(gen_wifi_psk(), 'CREDENTIAL')))
    return d


# --------------------------------------------------------------------------
# 7 smart speaker
# --------------------------------------------------------------------------
def f_speaker():
    d = Doc('smart_speaker.jsonl')
    devs = []
    for p in R.sample(PEOPLE_OWNERS, 12):
        devs.append({'p': p, 'did': 'LX06%s' % hexs(10, True), 'mac': gen_mac('xiaomi', R.choice(['colon', 'colonlow', 'bare'])),
                     'ip': gen_lan_ip('192.168.%d' % R.choice([1, 3, 31])), 'wan': gen_pub_ip(),
                     'lat': COMM_LAT + R.uniform(-0.001, 0.001), 'lng': COMM_LNG + R.uniform(-0.001, 0.001)})
    t = dt.datetime(2024, 3, 10, 6, 30)
    for i in range(85):
        t += dt.timedelta(minutes=R.randrange(2, 90), milliseconds=R.randrange(1000))
        dv = R.choice(devs)
        p = dv['p']
        rec = {'time': t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+08:00' % (t.microsecond // 1000),
               'requestId': uuid4(), 'deviceId': dv['did'], 'hw': 'LX06', 'rom': '1.84.%d' % R.randrange(1, 60)}
        k = R.choices(['asr', 'net', 'loc', 'account'], [55, 20, 12, 13])[0]
        if k == 'asr':
            intent = R.choice(['call', 'call', 'weather', 'music', 'alarm', 'iot', 'sms'])
            if intent == 'call':
                nm = gen_name(R.choice('MF'))
                txt = R.choice(['给%s打电话', '打电话给%s', '呼叫%s', '拨打%s的手机'])
                rec['query'] = txt % d.p(nm, 'PERSON_NAME')
                rec['nlu'] = {'domain': 'phonecall', 'slots': {'contact': d.p(nm, 'PERSON_NAME'),
                                                                'number': d.p(gen_mobile(), 'PHONE_NUMBER')}}
            elif intent == 'sms':
                nm = gen_name(R.choice('MF'))
                rec['query'] = '发短信给%s说我晚点到' % d.p(nm, 'PERSON_NAME')
                rec['nlu'] = {'domain': 'message', 'slots': {'contact': d.p(nm, 'PERSON_NAME')}}
            elif intent == 'weather':
                rec['query'] = R.choice(['明天南山区天气怎么样', '今天要带伞吗', '深圳这周会降温吗'])
                rec['nlu'] = {'domain': 'weather'}
            elif intent == 'music':
                rec['query'] = R.choice(['播放周杰伦的歌', '来一首稻香', '放点轻音乐', '播放郭德纲相声'])
                rec['nlu'] = {'domain': 'music'}
            elif intent == 'alarm':
                rec['query'] = '明天早上%d点叫我起床' % R.randrange(5, 9)
                rec['nlu'] = {'domain': 'alarm'}
            else:
                rec['query'] = R.choice(['打开客厅空调', '关闭卧室灯', '把窗帘打开', '扫地机器人开始清扫'])
                rec['nlu'] = {'domain': 'smarthome', 'gateway': gen_mac('aqara', 'colonlow')}
                rec['nlu']['gateway'] = d.p(rec['nlu']['gateway'], 'MAC_ADDRESS')
            rec['asrLatencyMs'] = R.randrange(180, 1400)
        elif k == 'net':
            rec['event'] = 'net_status'
            rec['mac'] = d.p(dv['mac'], 'MAC_ADDRESS')
            rec['lanIp'] = d.p(dv['ip'], 'IP_ADDRESS')
            rec['clientIp'] = d.p(dv['wan'], 'IP_ADDRESS')
            rec['ssid'] = R.choice(['ChinaNet-%s' % b62(4), 'Home_5G'])
            rec['rssi'] = -R.randrange(30, 80)
        elif k == 'loc':
            rec['event'] = 'location_report'
            rec['source'] = 'wifi'
            rec['_latlng'] = True
        else:
            rec['event'] = 'account_bind'
            rec['account'] = d.p(fmt_mobile(p.mobile, R.choice(['plain', 'plus'])), 'PHONE_NUMBER')
            rec['nickname'] = R.choice(['小爱同学的主人', '%s家' % p.name[0], 'home'])
            if R.random() < 0.6:
                rec['email'] = d.p('%s%d@%s' % (R.choice(['zhang', 'lw', 'sunny', 'happy', 'jx']), R.randrange(1970, 2005),
                                                R.choice(['163.com', 'qq.com', '126.com', 'foxmail.com'])), 'EMAIL_ADDRESS')
            rec['miotToken'] = d.p(hexs(32), 'CREDENTIAL')
        s = json.dumps(rec, ensure_ascii=False, separators=(', ', ': '))
        if rec.get('_latlng'):
            s = s.replace('"_latlng": true', '"latitude": %s, "longitude": %s, "accuracy": %d' % (
                d.p('%.6f' % dv['lat'], 'LOCATION_COORDINATES'), d.p('%.6f' % dv['lng'], 'LOCATION_COORDINATES'), R.randrange(20, 80)))
        d.w(s + '\n')
    return d


# --------------------------------------------------------------------------
# 8 broadband work orders
# --------------------------------------------------------------------------
HZ_COMMS = [('浙江省杭州市滨江区长河街道江虹路768号', '星澜苑', '幢'), ('杭州市西湖区文三路259号', '昌地公寓', '幢'),
            ('深圳市南山区海德三道1126号', '锦绣花园', '栋'), ('深圳市宝安区新安街道创业二路62号', '宝城花园', '栋'),
            ('广东省深圳市龙岗区布吉街道吉华路288号', '翠湖苑', '栋'), ('成都市武侯区桂溪街道天府大道北段1700号', '锦城华府', '栋')]


def f_workorders():
    d = Doc('broadband_workorders.json')
    orders = []
    t = dt.datetime(2024, 2, 26, 9, 0)
    for i in range(27):
        t += dt.timedelta(hours=R.randrange(1, 20), minutes=R.randrange(60))
        base, comm, bw = R.choice(HZ_COMMS)
        if comm == COMMUNITY and R.random() < 0.7:
            p = R.choice(PEOPLE_OWNERS)
            addr = home_addr(p.b, p.u, p.room)
        else:
            p = Person()
            addr = '%s%s%d%s%d单元%d%02d室' % (base, comm, R.randrange(1, 20), bw, R.randrange(1, 4), R.randrange(2, 30), R.randrange(1, 5))
        inst = R.choice(TECHS)
        vendor = R.choice(['HWTC', 'ZTEG', 'FHTT', 'YHTC'])
        onu_sn = vendor + hexs(8, True)
        pw = R.choice(['%06d' % R.randrange(10 ** 6), b62(8), '%08d' % R.randrange(10 ** 8)])
        o = {
            'orderNo': 'KD%s%06d' % (t.strftime('%Y%m%d'), R.randrange(10 ** 6)),
            'crmOrderId': str(R.randrange(10 ** 17, 10 ** 18)),
            'product': R.choice(['智慧家庭融合套餐 300M+IPTV+智能组网', '1000M 全屋WiFi 套餐', '200M 宽带 + 天翼看家', '500M+FTTR 主从网关']),
            'customer': {'name': d.p(p.name, 'PERSON_NAME'), 'certType': '居民身份证',
                         'certNo': d.p(p.rid, 'CHINA_RESIDENT_ID_NUMBER'),
                         'contact': d.p(fmt_mobile(p.mobile, R.choice(['plain', 'plain', 'dash', 'plus'])), 'PHONE_NUMBER')},
            'installAddress': d.p(addr, 'STREET_ADDRESS'),
            'resource': {'olt': 'SZ-NS-HDSD-OLT%02d-%s' % (R.randrange(1, 12), R.choice(['MA5800X17', 'C600'])),
                         'ponPort': '0/%d/%d' % (R.randrange(1, 17), R.randrange(16)),
                         'onuId': R.randrange(1, 128), 'onuSn': onu_sn,
                         'loid': 'SZDX%s%06d' % (R.choice(['HD', 'NS', 'YH']), R.randrange(10 ** 6)),
                         'vlan': {'internet': R.choice([41, 45, 2011]), 'iptv': 46, 'voip': 47},
                         'onuModel': R.choice(['HN8145XR', 'ZXHN F7610M', 'HG6145F', 'TEWA-1000E']),
                         'fw': R.choice(['V5R020C00S260', 'V9.0.10P1N6', 'RP4423'])},
            'pppoe': {'account': 'gd2%09d' % R.randrange(10 ** 9) if R.random() < 0.7 else 'ad%s%07d' % (R.choice(['NS', 'BA', 'LG']), R.randrange(10 ** 7)),
                      'password': d.p(pw, 'CREDENTIAL')},
            'appointment': (t + dt.timedelta(days=R.randrange(1, 4))).strftime('%Y-%m-%d %H:00-%H:59'),
            'installer': {'name': d.p(inst.name, 'PERSON_NAME'), 'staffNo': 'W%06d' % R.randrange(10 ** 6),
                          'mobile': d.p(inst.mobile, 'PHONE_NUMBER')},
            'status': R.choice(['竣工', '竣工', '待预约', '施工中', '退单']),
            'fee': {'install': 0, 'deposit': R.choice([0, 100, 200]), 'monthly': R.choice([129, 169, 199, 239])},
            'hotline': '10000',
        }
        if R.random() < 0.45:
            o['customer']['email'] = d.p('%s%s@%s' % (R.choice(['lily', 'wang', 'chen', 'tony', 'xy', 'li']), R.randrange(10, 9999),
                                                     R.choice(['163.com', 'qq.com', 'outlook.com', '139.com'])), 'EMAIL_ADDRESS')
        if R.random() < 0.3:
            o['customer']['landline'] = d.p(gen_landline(), 'PHONE_NUMBER')
        rk = R.random()
        if rk < 0.08:
            o['customer']['certType'] = '护照'
            o['customer']['certNo'] = d.p(gen_passport(), 'CHINA_PASSPORT')
        elif rk < 0.16:
            o['customer']['certType'] = '港澳居民来往内地通行证'
            o['customer']['certNo'] = d.p(gen_hkmo_permit('hkmo'), 'HK_MACAU_TRAVEL_PERMIT')
        if R.random() < 0.35:
            o['remark'] = R.choice(['客户要求周末上门，联系人%s %s' % (d.p(gen_name(R.choice('MF')), 'PERSON_NAME'), d.p(gen_mobile(), 'PHONE_NUMBER')),
                                    '光猫放弱电箱，另配 AX3000 路由一台，WiFi 密码按客户要求设为 %s' % d.p(gen_wifi_psk(), 'CREDENTIAL'),
                                    '原宽带账号迁移，旧光猫SN %s%s 已回收' % (R.choice(['HWTC', 'ZTEG']), hexs(8, True))])
        if o['status'] == '竣工':
            o['completion'] = {'time': (t + dt.timedelta(days=R.randrange(1, 5))).strftime('%Y-%m-%d %H:%M:%S'),
                               'rxPower': '%.2f dBm' % -R.uniform(15, 24), 'wanIp': d.p(gen_pub_ip(), 'IP_ADDRESS'),
                               'speedTest': '%d/%d Mbps' % (R.randrange(280, 960), R.randrange(30, 110))}
        orders.append(o)
    d.w(json.dumps({'exportTime': '2024-03-20 18:00:00', 'branch': OPERATOR, 'partner': PROP_CO,
                    'partnerUscc': PROP_USCC, 'total': len(orders), 'orders': orders}, ensure_ascii=False, indent=2) + '\n')
    return d


# --------------------------------------------------------------------------
# 9 auto-debit mandates
# --------------------------------------------------------------------------
def f_autodebit():
    d = Doc('fee_autodebit_mandates.csv')
    d.w('签约编号,房号,户名,开户银行,银行卡号,持卡人身份证,银行预留手机,签约日期,代扣项目,状态\n')
    for i, p in enumerate(R.sample(PEOPLE_OWNERS, 38), 1):
        holder = p
        if R.random() < 0.12:
            holder = Person()
            card, bank = gen_card()
        else:
            card, bank = p.card, p.bank
        st = R.choice(['有效', '有效', '有效', '已解约', '待银行确认'])
        cardtxt = d.p(fmt_card(card, R.choices(['plain', 'g4'], [60, 40])[0]), 'BANK_CARD_NUMBER') if st != '已解约' or R.random() < 0.5 else mask_card(card)
        d.w('DK2023%05d,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' % (
            R.randrange(10 ** 5), room_code(p, 1), d.p(holder.name, 'PERSON_NAME'), bank, cardtxt,
            d.p(holder.rid, 'CHINA_RESIDENT_ID_NUMBER'),
            d.p(fmt_mobile(holder.mobile, R.choice(['plain', 'plain', 'space'])), 'PHONE_NUMBER'),
            (dt.date(2023, 1, 1) + dt.timedelta(days=R.randrange(400))).isoformat(),
            R.choice(['物业管理费', '物业费+车位管理费', '物业费+水电公摊']), st))
    d.w('\n合计,%d 户,,,,,,,,\n代扣机构：银联商务股份有限公司深圳分公司（服务热线 95534）,,,,,,,,,\n' % 38)
    return d


# --------------------------------------------------------------------------
# 10 fee notices
# --------------------------------------------------------------------------
def f_notices():
    d = Doc('fee_notices.txt')
    d.w('%s  %s\n物业费缴费通知 / 催缴通知 / 代扣结果（系统批量生成）\n' % (PROP_CO, COMMUNITY))
    d.w('公司地址：%s    统一社会信用代码：%s    服务热线：%s / %s\n' % (PROP_CO_ADDR, PROP_USCC, PROP_HOTLINE, PROP_400))
    d.w('=' * 60 + '\n\n')
    for i, p in enumerate(R.sample(PEOPLE_OWNERS, 48), 1):
        kind = R.choice(['notice', 'overdue', 'debit_ok', 'debit_fail', 'receipt'])
        unit_price = R.choice([3.2, 3.8, 4.5])
        amt = round(p.area * unit_price * 3, 2)
        no = 'WY%s%05d' % ('202403', R.randrange(10 ** 5))
        addressee = d.p(p.name, 'PERSON_NAME')
        if kind == 'notice':
            d.w('【缴费通知】单号 %s\n尊敬的%s业主（%s）：\n您 2024 年第二季度物业管理费 %.2f 元（%.2f㎡ × %.2f 元/㎡·月 × 3 个月），请于 2024-04-15 前缴纳。'
                '可通过“%s服务”小程序、前台刷卡或转账至：%s，账号 4000 0211 0920 0123 456（对公账户）。\n\n' % (
                    no, addressee, room_code(p, 0), amt, p.area, unit_price, COMMUNITY, PROP_CO))
        elif kind == 'overdue':
            months = R.randrange(3, 19)
            d.w('【催缴通知】单号 %s\n%s 业主：\n截至 2024-03-20，您名下房产 %s 累计欠缴物业费 %d 个月，合计 ¥%s，滞纳金 ¥%.2f。'
                '请于七日内缴清，如有异议请致电 %s（工作日 9:00-18:00）。联系人：%s %s\n邮寄地址：%s\n\n' % (
                    no, addressee, room_code(p, 3), months, '{:,.2f}'.format(amt / 3 * months), amt * 0.003 * months,
                    PROP_HOTLINE, d.p(R.choice(STAFF).name, 'PERSON_NAME'), PROP_400,
                    d.p(home_addr(p.b, p.u, p.room), 'STREET_ADDRESS')))
        elif kind == 'debit_ok':
            d.w('【代扣成功】%s 您好，%s 2024Q2 物业费 %.2f 元已于 2024-03-05 从您尾号 %s 的%s卡扣款成功，流水号 %s。\n\n' % (
                addressee, room_code(p, 1), amt, p.card[-4:], p.bank, '%s%012d' % ('20240305', R.randrange(10 ** 12))))
        elif kind == 'debit_fail':
            d.w('【代扣失败】户名：%s  房号：%s\n扣款卡号：%s（%s）\n失败原因：%s\n请于 2024-03-25 前更换扣款卡或通过小程序缴纳。客户经理：%s，手机 %s\n\n' % (
                addressee, room_code(p, 1), d.p(fmt_card(p.card, 'g4'), 'BANK_CARD_NUMBER'), p.bank,
                R.choice(['余额不足', '卡状态异常', '超过单笔限额']), d.p(R.choice(STAFF).name, 'PERSON_NAME'),
                d.p(fmt_mobile(R.choice(STAFF).mobile, 'dash'), 'PHONE_NUMBER')))
        else:
            d.w('【电子收据】收据号 NO.%07d\n交款人：%s  房号：%s  联系电话：%s\n项目：物业管理费 2024-01 至 2024-03  金额：%.2f  支付方式：%s  交易号：%s\n收款人：%s\n\n' % (
                R.randrange(10 ** 7), addressee, room_code(p, 0),
                d.p(fmt_mobile(p.mobile), 'PHONE_NUMBER') if R.random() < 0.6 else mask_mobile(p.mobile),
                amt, R.choice(['微信支付', '支付宝', '银联刷卡']),
                '2024030%d22001%s' % (R.randrange(1, 10), ''.join(R.choice('0123456789') for _ in range(15))),
                d.p(R.choice(STAFF).name, 'PERSON_NAME')))
    return d


# --------------------------------------------------------------------------
# 11 repair tickets
# --------------------------------------------------------------------------
def f_repairs():
    d = Doc('repair_tickets.txt')
    issues = ['卫生间天花板渗水，楼上疑似防水层破损', '厨房下水道堵塞', '入户门智能锁无法识别指纹', '客厅插座跳闸',
              '阳台推拉门滑轮损坏', '电梯厅灯不亮', '光猫 LOS 灯红色闪烁，宽带断网', '智能网关离线，门磁报警无推送',
              '可视对讲机无画面', '热水器漏水', '地库车位地锁遥控失灵']
    t = BASE_T
    d.w('报修工单导出  %s  导出人：客服中心  导出时间：2024-03-21 09:30\n' % COMMUNITY)
    d.w('-' * 50 + '\n')
    for i in range(30):
        t += dt.timedelta(hours=R.randrange(1, 14), minutes=R.randrange(60))
        p = R.choice(PEOPLE_OWNERS)
        tech = R.choice(TECHS)
        issue = R.choice(issues)
        lines = ['工单号：BX%s-%04d' % (t.strftime('%Y%m%d'), R.randrange(1, 200)),
                 '报修时间：%s' % t.strftime('%Y-%m-%d %H:%M'),
                 '报修渠道：%s' % R.choice(['400热线', '小程序', '前台', '管家微信']),
                 '报修人：%s' % d.p(p.name, 'PERSON_NAME'),
                 '联系电话：%s' % d.p(fmt_mobile(p.mobile), 'PHONE_NUMBER')]
        if R.random() < 0.75:
            lines.append('报修地址：%s' % d.p(home_addr(p.b, p.u, p.room), 'STREET_ADDRESS'))
        else:
            lines.append('报修位置：%s' % room_code(p, 0))
        lines.append('问题描述：%s' % issue)
        if '光猫' in issue or '网关' in issue:
            lines.append('设备信息：ONU SN %s%s，网关 MAC %s，固件 %s' % (
                R.choice(['HWTC', 'ZTEG']), hexs(8, True), d.p(gen_mac('huawei', R.choice(['dash', 'colon'])), 'MAC_ADDRESS'),
                R.choice(['V5R021C10S115', 'V1.2.0_R2212'])))
        lines.append('派单：%s（工号 %s，电话 %s）' % (d.p(tech.name, 'PERSON_NAME'), 'GC%03d' % R.randrange(1, 80),
                                                 d.p(fmt_mobile(tech.mobile, R.choice(['plain', 'dash'])), 'PHONE_NUMBER')))
        st = R.choice(['已完工', '已完工', '处理中', '待上门', '已回访'])
        lines.append('状态：%s' % st)
        if st in ('已完工', '已回访'):
            lines.append('处理结果：%s，材料费 %.2f 元，人工费 %d 元' % (R.choice(['已更换配件', '已疏通', '已复位并重新配网', '已联系楼上业主维修']),
                                                              R.uniform(0, 180), R.choice([0, 30, 50, 80])))
            if R.random() < 0.4:
                lines.append('回访：%d 星，业主表示满意' % R.randrange(3, 6))
        if R.random() < 0.2:
            nb = R.choice(PEOPLE_OWNERS)
            lines.append('备注：需进入楼上 %s 检查，已联系 %s 业主（%s）约定时间' % (room_code(nb, 0), d.p(nb.name, 'PERSON_NAME'),
                                                                   d.p(fmt_mobile(nb.mobile, 'plain'), 'PHONE_NUMBER')))
        elif R.random() < 0.2:
            lines.append('备注：业主不在家，密码锁临时密码 %s 已由业主提供，维修后已失效' % d.p('%06d' % R.randrange(10 ** 6), 'CREDENTIAL'))
        d.w('\n'.join(lines) + '\n' + '-' * 50 + '\n')
    return d


# --------------------------------------------------------------------------
# 12 wechat group
# --------------------------------------------------------------------------
def f_wechat():
    d = Doc('wechat_group_export.txt')
    d.w('微信群聊「%s业主群（3群）」聊天记录导出  共 498 人\n导出时间 2024-03-22 21:14\n\n' % COMMUNITY)
    staff = STAFF[0]
    t = dt.datetime(2024, 3, 18, 7, 41)

    def nick(p):
        s = R.choice([0, 1, 2, 3])
        if s == 0:
            return '%d-%s %s' % (p.b, p.room, d.p(p.name, 'PERSON_NAME'))
        if s == 1:
            return '%d栋%s-%s' % (p.b, p.room, d.p(p.name, 'PERSON_NAME'))
        if s == 2:
            return '%d-%d-%s' % (p.b, p.u, p.room)
        return R.choice(['阳光宝妈', 'Tony', '老陈', '静待花开', 'Mr.Wu', '冰糖雪梨', 'A锦绣花园-7栋'])

    def msg(who, text):
        nonlocal t
        t += dt.timedelta(minutes=R.randrange(1, 50))
        d.w('%s %s\n%s\n\n' % (who, t.strftime('%Y-%m-%d %H:%M:%S'), text))

    mgr = '%s物业-管家%s' % (COMMUNITY, d.p(staff.name, 'PERSON_NAME'))
    msg(mgr, '【停水通知】因市政管网维修，3月20日 9:00-17:00 1-6栋停水，请各位业主提前储水。咨询电话 %s。' % PROP_HOTLINE)
    for i in range(80):
        r = R.random()
        p = R.choice(PEOPLE_OWNERS)
        if r < 0.12:
            q = R.choice(PEOPLE_OWNERS)
            pt = q.plates[0] if q.plates else gen_plate()
            msg(mgr if R.random() < 0.5 else '%s物业-客服' % COMMUNITY,
                '@%s %s 业主您好，您的车辆 %s 停在消防通道，请尽快挪车，谢谢配合！' % (
                    d.p(q.name, 'PERSON_NAME'), room_code(q, 1), d.p(fmt_plate(pt, R.choice(['plain', 'dot'])), 'CHINA_LICENSE_PLATE')))
        elif r < 0.22:
            names = []
            for q in R.sample(PEOPLE_OWNERS, R.randrange(3, 6)):
                names.append('%s %s' % (room_code(q, 1), d.p(q.name, 'PERSON_NAME') if R.random() < 0.6 else q.name[0] + '*' * (len(q.name) - 1)))
            msg(mgr, '【快递滞留提醒】以下业主的快递已在快递驿站存放超过 7 天，请尽快领取：\n' + '\n'.join(names))
        elif r < 0.32:
            ph = gen_mobile()
            msg(nick(p), R.choice(['家里有闲置婴儿车，需要的私聊或打我电话 %s', '求推荐靠谱的保洁阿姨，或者有阿姨的联系 %s 谢谢',
                                   '出售地下车位一个，B2-088，有意者 %s', '本人专业家电维修，电话 %s，邻居打八折']) % d.p(fmt_mobile(ph), 'PHONE_NUMBER'))
        elif r < 0.4:
            q = R.choice(PEOPLE_OWNERS)
            msg(nick(p), '谁家的车 %s 堵住我车位了？地库 B1-%03d，麻烦挪一下' % (
                d.p(fmt_plate(q.plates[0] if q.plates else gen_plate()), 'CHINA_LICENSE_PLATE'), R.randrange(1, 300)))
        elif r < 0.46:
            msg(nick(p), '家里宽带又断了，%s 报修半天没人来 😡' % R.choice(['10000', '10086', '电信']))
        elif r < 0.52:
            tech = R.choice(TECHS)
            msg(mgr, '@%s 已安排维修师傅%s上门，师傅电话 %s' % (nick(p), d.p(tech.name, 'PERSON_NAME'), d.p(fmt_mobile(tech.mobile, 'plain'), 'PHONE_NUMBER')))
        elif r < 0.58:
            msg(nick(p), R.choice(['今天东门的访客机又坏了', '小区WiFi密码是多少？会所那个', '楼下装修太吵了，能不能管一管', '好的收到，谢谢管家', '[图片]', '[语音] 12"']))
        elif r < 0.63:
            msg(mgr, '【温馨提示】电动车禁止入户充电，违者拍照通报。监督电话 %s' % PROP_400)
        elif r < 0.7:
            lost = gen_name(R.choice('MF'))
            msg(nick(p), '捡到一张身份证，名字是%s，放东门岗亭了' % d.p(lost, 'PERSON_NAME'))
        elif r < 0.76:
            msg(nick(p), '我家临时密码发你了 %s，快递放门口就行' % d.p('%06d' % R.randrange(10 ** 6), 'CREDENTIAL'))
        elif r < 0.82:
            msg(nick(p), '有没有人一起拼车去科技园？我车牌 %s，每天 8:10 从北门出发' % d.p(fmt_plate(gen_plate()), 'CHINA_LICENSE_PLATE'))
        elif r < 0.88:
            msg(nick(p), '麻烦管家看下我家物业费，%s，手机号 %s' % (room_code(p, 0), d.p(fmt_mobile(p.mobile, R.choice(['plain', 'fw', 'space'])), 'PHONE_NUMBER')))
        else:
            msg(nick(p), R.choice(['+1', '同问', '👍', '物业什么时候修好北门道闸？', '今晚停电吗']))
    return d


# --------------------------------------------------------------------------
# 13 parcel ledger
# --------------------------------------------------------------------------
def f_parcels():
    d = Doc('parcel_ledger.csv')
    d.w('入库时间,快递公司,运单号,收件人,手机,房号,货架号,取件时间,取件人,经手人\n')
    t = BASE_T
    couriers = [('顺丰速运', lambda: 'SF%013d' % R.randrange(10 ** 13)), ('中通快递', lambda: '7%014d' % R.randrange(10 ** 14)),
                ('圆通速递', lambda: 'YT%013d' % R.randrange(10 ** 13)), ('京东物流', lambda: 'JD%013d' % R.randrange(10 ** 13)),
                ('极兔速递', lambda: 'JT%013d' % R.randrange(10 ** 13)), ('邮政EMS', lambda: '1%012d' % R.randrange(10 ** 12))]
    clerk = R.choice(STAFF)
    for i in range(60):
        t += dt.timedelta(minutes=R.randrange(3, 60))
        p = R.choice(PEOPLE_OWNERS)
        co, gen = R.choice(couriers)
        rname = p.name if R.random() < 0.8 else gen_name(R.choice('MF'))
        if R.random() < 0.15:
            rname_cell = rname[0] + ('先生' if R.random() < 0.5 else '女士')
        else:
            rname_cell = d.p(rname, 'PERSON_NAME')
        r = R.random()
        if r < 0.55:
            ph = d.p(fmt_mobile(p.mobile if rname == p.name else gen_mobile(), 'plain'), 'PHONE_NUMBER')
        elif r < 0.85:
            ph = mask_mobile(p.mobile)
        else:
            ph = '尾号' + p.mobile[-4:]
        shelf = '%s-%d-%04d' % (R.choice('ABCDE'), R.randrange(1, 7), R.randrange(1, 9999))
        if R.random() < 0.75:
            pick = (t + dt.timedelta(hours=R.randrange(1, 72))).strftime('%Y-%m-%d %H:%M')
            who = R.random()
            if who < 0.6:
                picker = '本人'
            elif who < 0.85:
                picker = '"代取：%s %s"' % (d.p(gen_name(R.choice('MF')), 'PERSON_NAME'), d.p(fmt_mobile(gen_mobile(), 'plain'), 'PHONE_NUMBER'))
            else:
                picker = '家人'
        else:
            pick, picker = '', ''
        handler = d.p(clerk.name, 'PERSON_NAME') if R.random() < 0.35 else R.choice(['自助入库', '驿站01', 'PDA-03'])
        d.w('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' % (t.strftime('%Y-%m-%d %H:%M'), co, gen(), rname_cell, ph, room_code(p, 1),
                                               shelf, pick, picker, handler))
    return d


# --------------------------------------------------------------------------
# 14 decoration permits
# --------------------------------------------------------------------------
def f_decoration():
    d = Doc('decoration_permits.txt')
    for k in range(5):
        p = R.choice(PEOPLE_OWNERS)
        lead = Person(gender='M', dob=gen_dob(1968, 1992))
        co = R.choice(['深圳市美筑装饰工程有限公司', '深圳市家和美装饰设计有限公司', '东易日盛家居装饰集团股份有限公司深圳分公司', '个人施工队'])
        start = dt.date(2024, 3, 1) + dt.timedelta(days=R.randrange(40))
        d.w('%s\n装修申请表 / 装修许可证    编号：ZX-2024-%04d\n\n' % (PROP_CO, R.randrange(1, 400)))
        d.w('一、业主信息\n业主姓名：%s        身份证号：%s\n联系电话：%s        房号：%s\n' % (
            d.p(p.name, 'PERSON_NAME'), d.p(p.rid, 'CHINA_RESIDENT_ID_NUMBER'),
            d.p(fmt_mobile(p.mobile, R.choice(['plain', 'dash'])), 'PHONE_NUMBER'), room_code(p, 3)))
        d.w('房屋地址：%s\n建筑面积：%.2f ㎡\n\n' % (d.p(home_addr(p.b, p.u, p.room), 'STREET_ADDRESS'), p.area))
        d.w('二、施工单位\n单位名称：%s\n' % co)
        if co != '个人施工队':
            d.w('统一社会信用代码：%s\n单位地址：深圳市福田区深南大道%d号%s大厦%d楼\n' % (gen_uscc('440300'), R.randrange(1000, 9000), R.choice(['华润', '中银', '新世界']), R.randrange(5, 30)))
        d.w('现场负责人：%s   身份证：%s   电话：%s\n\n' % (d.p(lead.name, 'PERSON_NAME'), d.p(lead.rid, 'CHINA_RESIDENT_ID_NUMBER'),
                                                d.p(fmt_mobile(lead.mobile, R.choice(['plain', 'space'])), 'PHONE_NUMBER')))
        d.w('三、装修项目\n%s\n施工期限：%s 至 %s（每日 8:00-12:00，14:00-18:00，周末禁止噪音作业）\n\n' % (
            R.choice(['□拆改墙体  ☑水电改造  ☑地面铺贴  ☑吊顶  □外立面', '☑厨卫翻新  ☑防水  □空调移机', '☑全屋翻新  ☑水电改造  ☑防水']),
            start.isoformat(), (start + dt.timedelta(days=R.choice([30, 45, 60, 90]))).isoformat()))
        d.w('四、施工人员登记（出入证）\n序号  姓名    身份证号              手机         工种   出入证号\n')
        for j in range(R.randrange(3, 7)):
            w = Person(gender=R.choice('MMMF'), dob=gen_dob(1966, 2000))
            d.w('%-4d  %s  %s  %s  %s  CR%05d\n' % (j + 1, d.p(w.name, 'PERSON_NAME'), d.p(w.rid, 'CHINA_RESIDENT_ID_NUMBER'),
                                                  d.p(w.mobile, 'PHONE_NUMBER'), R.choice(['水电工', '泥瓦工', '木工', '油漆工', '杂工']), R.randrange(10 ** 5)))
        dep = R.choice([2000, 3000, 5000])
        d.w('\n五、费用\n装修押金：¥%d.00   垃圾清运费：¥%d.00   出入证工本费：¥%d.00   收据号：SJ%08d\n' % (
            dep, R.choice([300, 500, 800]), R.choice([20, 30]), R.randrange(10 ** 8)))
        card, bank = gen_card() if R.random() < 0.3 else (p.card, p.bank)
        d.w('押金退还账户：户名 %s  开户行 %s  卡号 %s\n\n' % (d.p(p.name, 'PERSON_NAME'), bank, d.p(fmt_card(card), 'BANK_CARD_NUMBER')))
        d.w('六、审批\n工程部意见：同意，注意不得破坏承重墙及外墙防水。  审核人：%s  日期：%s\n' % (
            d.p(R.choice(TECHS).name, 'PERSON_NAME'), (start - dt.timedelta(days=3)).isoformat()))
        d.w('业主签字：______  施工负责人签字：______\n物业服务中心地址：%s  电话：%s\n' % (PROP_CO_ADDR, PROP_HOTLINE))
        d.w('\n' + '=' * 70 + '\n\n')
    return d


# --------------------------------------------------------------------------
# 15 tenant registration
# --------------------------------------------------------------------------
def f_tenants():
    d = Doc('tenant_police_registration.csv')
    d.w('# 粤海派出所 出租屋流动人口登记表（%s）  报送单位：%s  报送日期：2024-03-20\n' % (COMMUNITY, PROP_CO))
    d.w('序号,姓名,性别,民族,出生日期,证件类型,证件号码,户籍地址,联系电话,工作单位,租住房屋,房东姓名,房东电话,入住日期,居住事由\n')
    landlords = R.sample(PEOPLE_OWNERS, 30)
    for i in range(1, 35):
        ll = R.choice(landlords)
        kind = R.choices(['id', 'passport', 'hkpermit', 'homereturn'], [64, 12, 12, 12])[0]
        if kind == 'homereturn':
            t = Person(region=R.choice(['440305', '440304']))
            t.hometown = R.choice(['香港特别行政区九龙旺角弥敦道%d号%d楼%s室' % (R.randrange(100, 700), R.randrange(2, 30), R.choice('ABCDEF')),
                                   '澳门特别行政区氹仔布拉干萨街%d号%d楼%s' % (R.randrange(10, 200), R.randrange(2, 25), R.choice('ABCD'))])
        else:
            t = Person(dob=gen_dob(1970, 2004))
        dobstyle = R.choice(['%Y-%m-%d', '%Y-%m-%d', '%Y/%m/%d', '%Y%m%d', 'cn'])
        dob = '%d年%d月%d日' % (t.dob.year, t.dob.month, t.dob.day) if dobstyle == 'cn' else t.dob.strftime(dobstyle)
        if kind == 'id':
            ctype, cno = '居民身份证', d.p(t.rid, 'CHINA_RESIDENT_ID_NUMBER')
        elif kind == 'passport':
            ctype, cno = '护照', d.p(gen_passport(), 'CHINA_PASSPORT')
        elif kind == 'hkpermit':
            ctype, cno = '往来港澳通行证', d.p(gen_hkmo_permit('mainland'), 'HK_MACAU_TRAVEL_PERMIT')
        else:
            ctype, cno = '港澳居民来往内地通行证', d.p(gen_hkmo_permit('hkmo'), 'HK_MACAU_TRAVEL_PERMIT')
        work = R.choice(['深圳市腾讯计算机系统有限公司', '个体', '无业', '大疆创新科技有限公司', '华润万家超市（海德店）', '自由职业', '深圳大学（学生）'])
        ph = d.p(fmt_mobile(t.mobile, R.choice(['plain', 'plain', 'plus', 'dash'])), 'PHONE_NUMBER')
        llph = d.p(fmt_mobile(ll.mobile, 'plain'), 'PHONE_NUMBER')
        addr = d.p(t.hometown, 'STREET_ADDRESS')
        if R.random() < 0.1:
            addr = '"%s"' % addr
        d.w('%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' % (
            i, d.p(t.name, 'PERSON_NAME'), '男' if t.gender == 'M' else '女', R.choice(['汉', '汉', '汉', '壮', '土家', '回']),
            d.p(dob, 'DATE_OF_BIRTH'), ctype, cno, addr, ph, work, room_code(ll, 1), d.p(ll.name, 'PERSON_NAME'), llph,
            (dt.date(2023, 6, 1) + dt.timedelta(days=R.randrange(290))).isoformat(), R.choice(['务工', '务工', '经商', '就学', '投靠亲友'])))
    d.w('# 报送人：%s  联系电话：%s  （物业服务中心）\n' % (d.p(STAFF[1].name, 'PERSON_NAME'), PROP_HOTLINE))
    return d


# --------------------------------------------------------------------------
# 16 elevator IoT alarms
# --------------------------------------------------------------------------
def f_elevator():
    d = Doc('elevator_iot_alarms.log')
    lifts = []
    for b in range(1, 13):
        for u in (1, 2):
            op = R.choice(['cm', 'ct'])
            lifts.append({'name': '%d栋%d单元%s梯' % (b, u, R.choice('AB')),
                          'reg': '3110440305%04d%06d' % (R.randrange(2015, 2021), R.randrange(10 ** 6)),
                          'dtu': 'EDTU-%s' % hexs(10, True), 'op': op,
                          'imei': gen_imei(), 'meid': gen_meid() if op == 'ct' else None,
                          'iccid': gen_iccid(op), 'imsi': gen_imsi('04' if op == 'cm' else '11'),
                          'enb': R.randrange(100000, 900000), 'cid': R.randrange(1, 20),
                          'lat': COMM_LAT + R.uniform(-0.001, 0.001), 'lng': COMM_LNG + R.uniform(-0.001, 0.001)})
    t = BASE_T
    maint = [Person(gender='M', dob=gen_dob(1975, 1995)) for _ in range(4)]
    for i in range(85):
        t += dt.timedelta(minutes=R.randrange(10, 400), seconds=R.randrange(60))
        lf = R.choice(lifts)
        kind = R.choices(['REGISTER', 'STATUS', 'TRAPPED', 'FAULT', 'RESCUE'], [18, 36, 15, 20, 11])[0]
        head = '%s.%03d|%s|%s|reg=%s' % (t.strftime('%Y-%m-%d %H:%M:%S'), R.randrange(1000), kind, lf['dtu'], lf['reg'])
        if kind == 'REGISTER':
            parts = ['imei=%s' % d.p(lf['imei'], 'IMEI_HARDWARE_ID')]
            if lf['meid']:
                parts.append('meid=%s' % d.p(lf['meid'], 'MEID'))
            parts += ['iccid=%s' % d.p(lf['iccid'], 'ICCID_NUMBER'), 'imsi=%s' % d.p(lf['imsi'], 'IMSI_ID'),
                      'ecgi=%s' % d.p('460-%s-%d-%d' % ('00' if lf['op'] == 'cm' else '11', lf['enb'], lf['cid']), 'CELL_ID'),
                      'fw=EDTU_V3.1.%d' % R.randrange(0, 20), 'ip=%s' % d.p('10.%d.%d.%d' % (R.randrange(40, 200), R.randrange(256), R.randrange(1, 255)), 'IP_ADDRESS')]
            d.w(head + '|' + ' '.join(parts) + '\n')
        elif kind == 'STATUS':
            d.w(head + '|floor=%d dir=%s door=%s speed=%.2fm/s runs=%d rsrp=%d' % (
                R.randrange(-2, 33), R.choice(['UP', 'DOWN', 'STOP']), R.choice(['OPEN', 'CLOSED']), R.uniform(0, 2.5),
                R.randrange(10 ** 4, 10 ** 6), -R.randrange(70, 110)))
            if R.random() < 0.3:
                d.w(' cellid=%s' % d.p(str(lf['enb'] * 256 + lf['cid']), 'CELL_ID'))
            d.w('\n')
        elif kind == 'TRAPPED':
            d.w(head + '|%s 困人报警 floor=%d 按下五方通话 lat=%s lng=%s' % (
                lf['name'], R.randrange(1, 33), d.p('%.5f' % lf['lat'], 'LOCATION_COORDINATES'), d.p('%.5f' % lf['lng'], 'LOCATION_COORDINATES')))
            if R.random() < 0.7:
                d.w(' callback=%s' % d.p(fmt_mobile(gen_mobile(), R.choice(['plain', 'plus'])), 'PHONE_NUMBER'))
            d.w(' notify=96333\n')
        elif kind == 'FAULT':
            d.w(head + '|code=%s desc=%s ack=%s\n' % (R.choice(['E21', 'E35', 'E62', 'DOOR_LOCK_SHORT', 'OVERSPEED']),
                                                     R.choice(['门锁回路短接', '平层异常', '运行超时', '安全回路断开']),
                                                     R.choice(['AUTO', 'PENDING'])))
        else:
            m = R.choice(maint)
            d.w(head + '|rescue dispatched worker=%s tel=%s company=深圳市通达电梯工程有限公司 arrive=%dmin loc="%s"\n' % (
                d.p(m.name, 'PERSON_NAME'), d.p(fmt_mobile(m.mobile, R.choice(['plain', 'dash'])), 'PHONE_NUMBER'), R.randrange(8, 30),
                d.p('%.6f,%.6f' % (lf['lng'], lf['lat']), 'LOCATION_COORDINATES')))
    return d


GENERATORS = [f_owner_register, f_visitor_log, f_smartlock, f_parking, f_nvr, f_gateway, f_speaker,
              f_workorders, f_autodebit, f_notices, f_repairs, f_wechat, f_parcels, f_decoration,
              f_tenants, f_elevator]


def main():
    ap = argparse.ArgumentParser(description='write the synthetic property/smart-home corpus')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    all_labels = []
    for g in GENERATORS:
        doc = g()
        data, labels = doc.render()
        path = os.path.join(args.out, doc.name)
        with open(path, 'wb') as fh:
            fh.write(data)
        with open(path, 'rb') as fh:
            back = fh.read()
        for st, en, typ, val in labels:
            assert back[st:en] == val.encode('utf-8'), (doc.name, st, val)
            all_labels.append({'file': doc.name, 'start': st, 'end': en, 'type': typ})
    with open(os.path.join(args.out, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in all_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
