#!/usr/bin/python3
"""Synthetic labelled corpus: Chinese public / semi-public posts that reveal
personal information (PI).

usage: make_corpus.py [--out DIR]     (default: the directory of this script)

Every value is synthetic and generated from a fixed seed, so two runs give
identical bytes.  Files written:

  xianyu_ershou.txt        second-hand trade posts (闲鱼 / 58同城 / 转转 style)
  zufang_hezu.txt          rental and roommate ads with addresses, door codes, Wi-Fi
  shiwu_zhaoling.md        lost-and-found posts (ID cards, bank cards, phones, permits)
  xiangqin_luntan.html     matchmaking (相亲) forum thread, HTML
  qiuzhi_jianli.txt        job seekers' posts and résumés pasted in a forum
  yezhu_qun.txt            neighbourhood WeChat group export (物业通知, 快递, 挪车)
  heimao_tousu.jsonl       consumer-complaint platform posts about operators (JSON lines)
  weibo_posts.json         Weibo-style posts with comments (JSON array)
  wenda_kuandai_sim.txt    Q&A threads asking for help with SIM / broadband problems
  pinche_xinxi.csv         car-pooling (拼车) board export, CSV
  zhiyuanzhe_baoming.tsv   volunteer sign-up sheet export (online form), TSV
  xunren_qishi.txt         missing-person notices (寻人启事) and reposts
  jiazhang_qun.txt         school parents' group chat export
  luntan_qianming.html     Discuz-style forum thread with user signatures
  tuangou_jielong.txt      group-buying / activity 接龙 chains from WeChat groups
  labels.jsonl             {"file","start","end","type"}; UTF-8 byte offsets, end exclusive

Label conventions
  PHONE_NUMBER     mobile numbers of individuals as written (with +86/0086/86 prefix,
                   spaces, dashes, full-width digits, Chinese digits, "加" obfuscation);
                   private landlines with area code; 13-digit IoT numbers.  NOT labelled:
                   service numbers (10086, 95588, 400-...), landlines of companies /
                   property offices / police stations, masked numbers (138****1234, 尾号).
  PERSON_NAME      full names of private people (including staff named in complaints and
                   children in parents' groups); each occurrence labelled.  NOT labelled:
                   public figures, surname + 先生/女士/师傅/姐, nicknames, shop names.
  DATE_OF_BIRTH    full birth dates only (year-only ages such as "95年" are not labelled).
  STREET_ADDRESS   a private person's address, whole, from the first place name to the
                   room / house number.  NOT labelled: company / shop / office addresses,
                   a bare community name, bare room numbers such as "3-1-502".
  CREDENTIAL       passwords, Wi-Fi passwords, door-lock codes, PINs, tokens (value only).
  IP_ADDRESS       a user's own address (IPv4 / IPv6), without port.  NOT labelled:
                   default gateways (192.168.1.1), public DNS resolvers, masked IPs.
  LOCATION_COORDINATES  "lat,lng" in one value = one label; separate fields = one each.
  CELL_ID          cell id value of a field named as a cell (CI / ECI / cellid) or a whole
                   CGI / ECGI string.
  IMEI_HARDWARE_ID, MEID, IMSI_ID, ICCID_NUMBER, MAC_ADDRESS, BANK_CARD_NUMBER (with group
  spaces), CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT,
  CHINA_LICENSE_PLATE, EMAIL_ADDRESS (personal mailboxes; company / service mailboxes
  such as hr@ or kefu@ are not labelled): the value as written.
  Not labelled anywhere: order / complaint / tracking / transaction numbers, Weibo mids and
  uids, QQ numbers and WeChat ids, timestamps (incl. millisecond epochs), amounts, version
  strings, hashes, UUIDs, Unified Social Credit Codes, device serial numbers, masked values.
"""

import argparse
import json
import os
import random
import sys
import uuid

import phonenumbers
from stdnum.cn import ric

SEED = 20240613
R = random.Random(SEED)

# ----------------------------------------------------------------------------
# document builder with byte-offset labels
# ----------------------------------------------------------------------------


class Frag:
    """A run of text parts; labelled parts remember their type."""

    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append((s, None))
        return self

    def v(self, s, typ):
        self.parts.append((s, typ))
        return self

    def add(self, other):
        self.parts.extend(other.parts)
        return self

    def plain(self):
        return ''.join(p for p, _ in self.parts)


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def t(self, s):
        self.buf += s.encode('utf-8')

    def v(self, s, typ):
        st = len(self.buf)
        self.buf += s.encode('utf-8')
        self.labels.append((st, len(self.buf), typ, s))

    def put(self, frag, esc=None):
        for s, typ in frag.parts:
            if esc is not None:
                e = esc(s)
                if typ is not None:
                    assert e == s, (s, e)
                s = e
            if typ is None:
                self.t(s)
            else:
                self.v(s, typ)


def escaped(frag, esc):
    """Copy of frag with every part escaped; labelled values must not change."""
    out = Frag()
    for s, typ in frag.parts:
        e = esc(s)
        if typ is not None:
            assert e == s, (s, e)
        out.parts.append((e, typ))
    return out


def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def html_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def csv_esc(s):
    return s.replace('"', '""')


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------

FW = str.maketrans('0123456789', '０１２３４５６７８９')
CNDIG = dict(zip('0123456789', '零一二三四五六七八九'))
CNDIG_B = dict(zip('0123456789', '〇幺二三四五六拐八九'))

MOB_PREFIX = (['13%d' % i for i in range(10)] * 3 + ['147', '150', '151', '152', '153', '155', '156', '157',
              '158', '159', '150', '151', '158', '166', '173', '175', '176', '177', '178', '180', '181',
              '182', '183', '185', '186', '187', '188', '189', '187', '189', '191', '193', '195', '198',
              '199', '172', '135', '139'])


def mobile():
    while True:
        n = pick(MOB_PREFIX) + '%08d' % R.randrange(10 ** 8)
        x = phonenumbers.parse(n, 'CN')
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def fmt_mobile(n, style=None):
    if style is None:
        style = R.choices(['plain', 'sp344', 'dash', '+86', '+86sp', '86', '0086', 'fw', 'cn', 'jia', 'sp4'],
                          [40, 14, 9, 6, 4, 2, 2, 4, 3, 2, 2])[0]
    a, b, c = n[:3], n[3:7], n[7:]
    if style == 'plain':
        return n
    if style == 'sp344':
        return '%s %s %s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == '+86':
        return '+86' + n
    if style == '+86sp':
        return '+86 %s %s %s' % (a, b, c)
    if style == '86':
        return '86-' + n
    if style == '0086':
        return '0086 ' + n
    if style == 'fw':
        return n.translate(FW)
    if style == 'cn':
        d = CNDIG if chance(0.7) else CNDIG_B
        s = ''.join(d[ch] for ch in n)
        return s if chance(0.5) else s[:3] + ' ' + s[3:7] + ' ' + s[7:]
    if style == 'jia':
        return pick(['%s 加 %s %s' % (a, b, c), '%s加%s%s' % (a, b, c), '%s+%s+%s' % (a, b, c)])
    if style == 'sp4':
        return '%s %s %s' % (n[:3], n[3:7], n[7:]) if chance(0.5) else '%s-%s-%s' % (n[:3], n[3:7], n[7:])
    raise ValueError(style)


def phone(style=None):
    return fmt_mobile(mobile(), style)


def masked_mobile():
    n = mobile()
    return pick([n[:3] + '****' + n[7:], n[:3] + '*****' + n[8:], n[:3] + 'xxxx' + n[7:], '1**' + '****' + n[7:]])


AREA = [('010', 8), ('020', 8), ('021', 8), ('022', 8), ('023', 8), ('024', 8), ('025', 8), ('027', 8), ('028', 8),
        ('029', 8), ('0755', 8), ('0571', 8), ('0512', 8), ('0731', 8), ('0371', 8), ('0531', 8), ('0532', 8),
        ('0591', 8), ('0592', 7), ('0851', 8), ('0871', 8), ('0898', 8), ('0757', 8), ('0769', 8), ('0574', 8),
        ('0551', 8), ('0311', 8), ('0431', 8), ('0451', 8), ('0991', 7)]


def landline(style=None):
    while True:
        ac, ln = pick(AREA)
        num = str(R.randint(2, 8)) + ''.join(str(R.randrange(10)) for _ in range(ln - 1))
        x = phonenumbers.parse(ac + num, 'CN')
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.FIXED_LINE:
            break
    if style is None:
        style = R.choices(['dash', 'paren', 'sp', 'plain', 'dash4'], [50, 12, 12, 14, 12])[0]
    if style == 'dash':
        return ac + '-' + num
    if style == 'paren':
        return '(%s)%s' % (ac, num) if chance(0.5) else '（%s）%s' % (ac, num)
    if style == 'sp':
        return ac + ' ' + num
    if style == 'plain':
        return ac + num
    return ac + '-' + num[:4] + ' ' + num[4:] if len(num) == 8 else ac + '-' + num


def service_number():
    return pick(['10086', '10010', '10000', '95588', '95533', '95555', '95566', '95599', '12315', '12345',
                 '400-820-8820', '400 100 0000', '4006-695-5555', '95311', '95338', '95546', '95543', '11185',
                 '12306', '110', '120', '10100000', '1008611', '400-890-0000', '021-95121'])


REGIONS = ['110101', '110102', '110105', '110106', '110108', '110114', '120101', '120104', '130102', '130104',
           '130602', '140105', '150102', '210102', '210202', '220102', '230102', '310101', '310104', '310105',
           '310110', '310112', '310115', '320102', '320106', '320205', '320583', '330102', '330106', '330108',
           '330203', '330302', '340104', '350102', '350203', '350583', '360102', '370102', '370203', '370602',
           '410105', '410305', '420102', '420106', '420111', '430104', '430602', '440103', '440106', '440304',
           '440305', '440306', '440604', '441900', '442000', '450103', '460106', '500103', '500112', '510104',
           '510107', '511302', '520102', '530102', '610103', '610113', '620102', '630104', '640104', '650102',
           '411302', '421002', '432503', '513722', '522731', '412726', '342601', '362201', '370781', '140211']

_checked_regions = None


def regions():
    global _checked_regions
    if _checked_regions is None:
        out = []
        for r in REGIONS:
            c = r + '19900101001'
            c += ric.calc_check_digit(c + '0')
            if ric.is_valid(c):
                out.append(r)
        assert len(out) > 40, out
        _checked_regions = out
    return _checked_regions


def birth(y0=1960, y1=2005):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def resident_id(bd=None, sex=None):
    while True:
        y, m, d = bd or birth()
        seq = R.randrange(1, 999)
        if sex == 'M' and seq % 2 == 0:
            seq += 1
        if sex == 'F' and seq % 2 == 1:
            seq = (seq + 1) % 1000
        body = '%s%04d%02d%02d%03d' % (pick(regions()), y, m, d, seq)
        n = body + ric.calc_check_digit(body + '0')
        if ric.is_valid(n):
            if n.endswith('X') and chance(0.25):
                n = n[:-1] + 'x'
            return n


def resident_id15(bd=None):
    y, m, d = bd or birth(1950, 1980)
    return '%s%02d%02d%02d%03d' % (pick(regions()), y % 100, m, d, R.randrange(1, 999))


def masked_id():
    n = resident_id()
    return pick([n[:4] + '*' * 10 + n[14:], n[:6] + '********' + n[14:], n[:3] + '*' * 11 + n[14:],
                 n[:1] + '*' * 16 + n[-1:], n[:6] + '****' + '****' + '****'])


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


BINS = [('622202', 19), ('621226', 19), ('621700', 19), ('622848', 19), ('621661', 19), ('622588', 16),
        ('621483', 16), ('622262', 19), ('622609', 16), ('623668', 19), ('622908', 18), ('621799', 19),
        ('622700', 19), ('625965', 16), ('622155', 16), ('628288', 16), ('622580', 16), ('621288', 19),
        ('623058', 19), ('621485', 16), ('436742', 16), ('524094', 16), ('622516', 16), ('621559', 19)]


def bank_card():
    b, ln = pick(BINS)
    body = b + ''.join(str(R.randrange(10)) for _ in range(ln - len(b) - 1))
    return body + luhn_check(body)


def fmt_card(n):
    s = R.random()
    if s < 0.55:
        return n
    if s < 0.9:
        return ' '.join(n[i:i + 4] for i in range(0, len(n), 4))
    return '-'.join(n[i:i + 4] for i in range(0, len(n), 4))


def masked_card():
    n = bank_card()
    return pick([n[:4] + ' **** **** ' + n[-4:], n[:6] + '******' + n[-4:], '**** **** **** ' + n[-4:],
                 '尾号' + n[-4:]])


TACS = ['86891604', '86769703', '86440105', '86012305', '86530504', '86201506', '35407115', '35391110',
        '35328911', '35696308', '86979903', '86622404', '86882705', '86415706', '35944711', '86063206',
        '86757803', '86103904']


def imei():
    body = pick(TACS) + '%06d' % R.randrange(10 ** 6)
    return body + luhn_check(body)


def fmt_imei(n):
    s = R.random()
    if s < 0.8:
        return n
    if s < 0.9:
        return '%s %s %s %s' % (n[:2], n[2:8], n[8:14], n[14])
    return '%s-%s-%s-%s' % (n[:2], n[2:8], n[8:14], n[14])


def meid():
    s = pick(['A0000', 'A1000', 'A0000', '99000']) + ''.join(pick('0123456789ABCDEF') for _ in range(9))
    if s.startswith('99'):
        s = s[:5] + ''.join(pick('0123456789') for _ in range(9))
    return s.lower() if chance(0.15) else s


MNC = ['00', '02', '04', '07', '08', '00', '02', '01', '06', '09', '01', '03', '05', '11', '11', '15', '20']


def imsi():
    return '460' + pick(MNC) + '%010d' % R.randrange(10 ** 10)


def iccid():
    op = pick(['00', '00', '01', '03', '11', '06', '15', '08'])
    body = '8986' + op + ''.join(str(R.randrange(10)) for _ in range(13))
    r = R.random()
    if r < 0.7:
        return body + luhn_check(body)
    if r < 0.85:
        return body
    return body + pick('ABCDEFX')


OUIS = ['00:E0:FC', '48:46:FB', '64:09:80', '50:FA:84', 'B0:95:8E', 'F0:18:98', '28:6C:07', '9C:9D:7E',
        'A4:50:46', 'C8:3A:35', '18:4F:32', '70:47:E9', 'D4:EE:07', '3C:46:D8', '8C:BE:BE', 'E4:F4:C6']


def mac():
    raw = pick(OUIS).split(':') + ['%02X' % R.randrange(256) for _ in range(3)]
    s = R.random()
    if s < 0.45:
        out = ':'.join(raw)
    elif s < 0.65:
        out = '-'.join(raw)
    elif s < 0.8:
        out = ':'.join(raw).lower()
    elif s < 0.9:
        j = ''.join(raw).lower()
        out = '%s.%s.%s' % (j[:4], j[4:8], j[8:])
    else:
        out = ''.join(raw)
    return out


IP_FIRST = [113, 117, 183, 221, 36, 39, 112, 223, 114, 115, 116, 119, 120, 121, 122, 123, 124, 125, 171, 175,
            180, 182, 218, 219, 220, 222, 58, 59, 60, 61, 101, 106, 110, 111, 14, 27, 42, 49]


def ipv4():
    return '%d.%d.%d.%d' % (pick(IP_FIRST), R.randrange(256), R.randrange(256), R.randint(1, 254))


def ipv6():
    pre = pick(['240e', '2409', '2408', '240e'])
    groups = [pre] + ['%x' % R.randrange(0x1000, 0xffff)] + ['%x' % R.randrange(0, 0xffff) for _ in range(6)]
    if chance(0.4):
        return ':'.join(groups[:4]) + '::' + ':'.join(groups[6:])
    return ':'.join(groups)


def masked_ip():
    return '%d.%d.*.*' % (pick(IP_FIRST), R.randrange(256))


CITY_CENTRES = [(39.9042, 116.4074), (31.2304, 121.4737), (23.1291, 113.2644), (22.5431, 114.0579),
                (30.2741, 120.1551), (30.5728, 104.0668), (30.5928, 114.3055), (34.3416, 108.9398),
                (32.0603, 118.7969), (29.5630, 106.5516), (36.0671, 120.3826), (24.4798, 118.0894),
                (28.2282, 112.9388), (34.7466, 113.6253), (43.8171, 125.3235), (25.0389, 102.7183)]


def coord_pair():
    la, lo = pick(CITY_CENTRES)
    dp = pick([4, 5, 6, 6])
    return ('%.*f' % (dp, la + R.uniform(-0.15, 0.15)), '%.*f' % (dp, lo + R.uniform(-0.15, 0.15)))


PROV_ABBR = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼'
PLATE_LET = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def plate():
    p = pick(PROV_ABBR) + pick('ABCDEFGHJK' if chance(0.8) else PLATE_LET)
    if chance(0.2):
        body = pick('DF') + pick(PLATE_LET + '0123456789') + '%04d' % R.randrange(10000)
    else:
        body = list('%05d' % R.randrange(100000))
        for _ in range(R.choice([0, 1, 1, 2])):
            body[R.randrange(5)] = pick(PLATE_LET)
        body = ''.join(body)
    sep = R.choices(['', '·', ' ', '•'], [60, 25, 12, 3])[0]
    return p + sep + body


def passport():
    r = R.random()
    if r < 0.55:
        return 'E' + '%08d' % R.randrange(10 ** 7, 10 ** 8)
    if r < 0.85:
        return 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + '%07d' % R.randrange(10 ** 7)
    return 'G' + '%08d' % R.randrange(10 ** 7, 10 ** 8)


def hk_permit():
    if chance(0.7):
        return 'C' + '%08d' % R.randrange(10 ** 8)
    return 'C' + pick('ABCDEFGH') + '%07d' % R.randrange(10 ** 7)


PINYIN = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
          'hu', 'guo', 'lin', 'he', 'gao', 'luo', 'xiaoyu', 'lei', 'tingting', 'wei', 'jing', 'hao', 'yuxuan',
          'xin', 'feng', 'jun', 'min', 'lili', 'fang', 'qiang', 'yan', 'jie', 'mengmeng', 'kai', 'lan', 'ning']
MAIL_DOM = ['qq.com', 'qq.com', 'qq.com', '163.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'gmail.com',
            'outlook.com', 'hotmail.com', '139.com', 'yeah.net', 'sohu.com', '189.cn', 'aliyun.com', 'icloud.com']


def email():
    dom = pick(MAIL_DOM)
    if dom == 'qq.com' and chance(0.6):
        return '%d@qq.com' % R.randrange(10 ** 7, 4 * 10 ** 9)
    if dom == '139.com':
        return mobile() + '@139.com'
    u = pick(PINYIN) + pick(['', '.', '_', '']) + pick(PINYIN + ['']) + pick(['', str(R.randrange(1970, 2005)),
                                                                                str(R.randrange(100, 9999))])
    if u[-1] in '._':
        u = u[:-1]
    if chance(0.08):
        u = u.capitalize()
    return u + '@' + dom


def qq_number():
    return str(R.randrange(10 ** 6, 4 * 10 ** 9))


def wechat_id():
    return pick(['wxid_', '', '', 'a', 'zz', '']) + pick(PINYIN) + pick(['', '_', '-']) + str(R.randrange(10, 99999))


def password():
    kind = R.random()
    if kind < 0.25:
        return '%06d' % R.randrange(10 ** 6) if chance(0.5) else '%08d' % R.randrange(10 ** 8)
    if kind < 0.5:
        return pick(PINYIN) + str(R.randrange(100, 99999))
    if kind < 0.7:
        return pick(PINYIN).capitalize() + pick('@#!_.') + str(R.randrange(1990, 2025))
    if kind < 0.85:
        return ''.join(pick('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(R.randint(8, 12)))
    return pick(['Aa', 'Wifi', 'home', 'ChinaNet', 'jia']) + str(R.randrange(10 ** 5, 10 ** 8))


def token():
    k = R.random()
    if k < 0.4:
        return ''.join(pick('0123456789abcdef') for _ in range(32))
    if k < 0.7:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
        p = base64.urlsafe_b64encode(json.dumps({'uid': R.randrange(10 ** 8), 'exp': 1718000000 + R.randrange(10 ** 6)}).encode()).decode().rstrip('=')
        s = ''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') for _ in range(43))
        return h + '.' + p + '.' + s
    return ''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(40))


SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤')
SURNAMES = SURNAMES * 3 + ['欧阳', '司马', '上官', '诸葛', '慕容', '王', '李', '张', '刘', '陈']
GIVEN1 = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚婷倩颖琳雪慧晨阳飞斌宁晶鹏凯浩瑶欣怡轩涵萱博航')
GIVEN2 = ['秀英', '桂英', '子轩', '浩然', '梓涵', '欣怡', '雨萱', '一诺', '宇航', '思远', '佳怡', '俊杰', '晓东',
          '建国', '建华', '志强', '文博', '嘉怡', '诗涵', '梦瑶', '天佑', '博文', '玉兰', '春梅', '海燕', '国庆',
          '卫东', '德明', '红梅', '永刚', '晓燕', '子墨', '若曦', '沐阳', '雅琪', '家豪', '思琪', '明轩', '梓睿',
          '晓丽', '丽华', '金凤', '志伟', '海波', '立新', '振华', '雪梅', '婉清', '亦菲', '昊天', '睿泽', '语桐',
          '慧敏', '建军', '淑芬', '秀兰', '凤英', '文静', '晓明', '宏伟', '晨曦', '书瑶', '可馨', '锦程', '一鸣']
CELEBS = ['周杰伦', '刘德华', '马云', '雷军', '董明珠', '易烊千玺', '王一博', '杨幂', '赵丽颖', '张艺谋', '姚明',
          '谷爱凌', '苏炳添', '李佳琦', '罗永浩', '马化腾', '钟南山', '肖战', '迪丽热巴', '刘亦菲', '成龙', '王俊凯',
          '董宇辉', '张一鸣', '任正非', '周星驰', '林俊杰', '邓紫棋', '薛之谦', '孙颖莎', '樊振东', '全红婵',
          '袁隆平', '莫言', '刘慈欣', '郭德纲', '杨紫', '胡歌', '贾玲', '沈腾']


SINGERS = ['周杰伦', '林俊杰', '邓紫棋', '薛之谦', '刘德华', '王俊凯', '易烊千玺', '王一博']
ACTORS = ['沈腾', '贾玲', '周星驰', '成龙', '胡歌', '杨紫', '刘亦菲', '赵丽颖']


def name():
    while True:
        n = pick(SURNAMES) + (pick(GIVEN1) if chance(0.35) else pick(GIVEN2))
        if n not in CELEBS:
            return n


def surname():
    return pick(SURNAMES[:150])


CITIES = [
    ('', '北京市', ['朝阳区', '海淀区', '丰台区', '东城区', '西城区', '通州区', '昌平区', '大兴区'],
     ['望京西路', '花家地街', '安立路', '学院路', '成府路', '马家堡东路', '新华西街', '回龙观西大街'],
     ['花家地北里', '望京西园四区', '双榆树北里', '天通苑东三区', '北苑家园', '万科星园', '首开华润城', '龙泽苑']),
    ('', '上海市', ['浦东新区', '徐汇区', '闵行区', '静安区', '杨浦区', '宝山区', '普陀区'],
     ['张杨路', '漕溪北路', '莘庄镇莘建路', '共和新路', '国权路', '长江西路', '真北路', '锦绣路'],
     ['金杨新村', '汇成一村', '春申景城', '中远两湾城', '三湘四季花城', '凉城新村', '古北新城', '仁恒河滨城']),
    ('广东省', '深圳市', ['南山区', '福田区', '龙岗区', '宝安区', '龙华区', '罗湖区'],
     ['南海大道', '白石路', '布吉街道吉华路', '新安六路', '民治大道', '翠竹路', '桃园路', '梅林路'],
     ['阳光棕榈园', '后海花园', '万科四季花城', '宝城31区', '龙华新城', '翠竹苑', '桃源村三期', '碧海云天']),
    ('广东省', '广州市', ['天河区', '海珠区', '白云区', '番禺区', '越秀区'],
     ['天河北路', '昌岗中路', '机场路', '市桥街', '东风东路', '黄埔大道西'],
     ['华景新城', '江南新村', '金沙洲新社区', '祈福新邨', '骏景花园', '丽江花园']),
    ('浙江省', '杭州市', ['西湖区', '拱墅区', '滨江区', '余杭区', '上城区', '萧山区'],
     ['文三路', '莫干山路', '江南大道', '文一西路', '秋涛北路', '金城路'],
     ['翠苑一区', '香积寺东苑', '东方郡', '绿城桂花城', '三里家园', '世纪城']),
    ('四川省', '成都市', ['武侯区', '锦江区', '高新区', '青羊区', '成华区'],
     ['科华北路', '东大街', '天府大道中段', '光华大道', '建设路'],
     ['棕北小区', '蓝光coco时代', '中海国际社区', '清水河小区', '万科城市花园']),
    ('湖北省', '武汉市', ['洪山区', '江汉区', '武昌区', '江岸区'],
     ['珞喻路', '青年路', '中北路', '解放大道'],
     ['光谷世界城', '常青花园', '东湖春树里', '百步亭花园']),
    ('江苏省', '南京市', ['鼓楼区', '玄武区', '江宁区', '建邺区'],
     ['中山北路', '龙蟠路', '双龙大道', '江东中路'],
     ['银城东苑', '锁金村', '百家湖花园', '万达华府']),
    ('陕西省', '西安市', ['雁塔区', '未央区', '碑林区'],
     ['小寨东路', '凤城八路', '南二环西段'],
     ['曲江春晓苑', '凤城花园', '紫薇田园都市']),
    ('重庆市', '', ['渝北区', '江北区', '九龙坡区', '南岸区'],
     ['新南路', '北城天街', '杨家坪正街', '南坪东路'],
     ['龙湖紫都城', '华润二十四城', '协信星光时代', '融创欧麓花园']),
    ('山东省', '青岛市', ['市南区', '崂山区', '李沧区'], ['香港中路', '海尔路', '九水东路'],
     ['海信花园', '浮山后三小区', '万科城']),
    ('河南省', '郑州市', ['金水区', '中原区', '二七区'], ['花园路', '建设西路', '大学路'],
     ['省委家属院', '碧沙岗小区', '正商城']),
]


def address(style=None):
    prov, city, dists, roads, comms = pick(CITIES)
    dist = pick(dists)
    road = pick(roads)
    comm = pick(comms)
    b = R.randint(1, 32)
    u = R.randint(1, 6)
    fl = R.randint(1, 33)
    room = '%d%02d' % (fl, R.randint(1, 4))
    pre_city = (prov if chance(0.3) else '') + city if city else prov
    if style is None:
        style = R.choice(['full', 'comm', 'road', 'lane', 'short', 'hao'])
    if city == '上海市' and style == 'road':
        style = 'lane'
    if city != '上海市' and style == 'lane':
        style = 'road'
    if style == 'full':
        return '%s%s%s%d号%s%d栋%d单元%s室' % (pre_city, dist, road, R.randint(1, 999), comm, b, u, room)
    if style == 'comm':
        return '%s%s%s%d号楼%d单元%s' % (pre_city, dist, comm, b, u, room)
    if style == 'road':
        return '%s%s%d号%s%d幢%s' % (dist, road, R.randint(1, 600), comm, b, room)
    if style == 'lane':
        return '%s%s%s%d弄%d号%s室' % (pre_city if chance(0.5) else '', dist, road, R.randint(10, 999), R.randint(1, 80), room)
    if style == 'short':
        return '%s%s%d栋%d单元%s' % (dist, comm, b, u, room)
    return '%s%s%s%d-%d-%s' % (pre_city, dist, comm, b, u, room)


def company_addr():
    prov, city, dists, roads, _ = pick(CITIES)
    return '%s%s%s%d号%s%d楼' % (city or prov, pick(dists), pick(roads), R.randint(1, 999),
                               pick(['科技大厦', '国际广场', '万达广场', '数码港', '金融中心', '创业园A座', '电子城']), R.randint(1, 28))


def uscc():
    from stdnum.cn import uscc as U
    w = (3, 7, 9, 10, 5, 8, 4, 2)
    while True:
        org = ''.join(pick('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))
        s = sum(U._alphabet.index(c) * wi for c, wi in zip(org, w))
        c9 = 11 - s % 11
        c9 = 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
        body = pick(['91', '92', '91', '52']) + pick(regions()) + org + c9
        n = body + U.calc_check_digit(body + '0')
        if U.is_valid(n):
            return n


def order_no(kind=None):
    kind = kind or pick(['xy', 'jd', 'tb', 'pdd', 'mt'])
    if kind == 'xy':
        return str(R.randrange(10 ** 18, 4 * 10 ** 18))
    if kind == 'jd':
        return str(R.randrange(2 * 10 ** 11, 3 * 10 ** 11))
    if kind == 'tb':
        return str(R.randrange(10 ** 18, 4 * 10 ** 18))
    if kind == 'pdd':
        return '%s-%015d' % ('2406%02d' % R.randint(1, 28), R.randrange(10 ** 15))
    return str(R.randrange(10 ** 18, 10 ** 19))


def tracking():
    k = pick(['SF', 'YT', 'JT', 'ZTO', 'YD', 'STO', 'JD', 'EMS'])
    if k == 'SF':
        return 'SF' + str(R.randrange(10 ** 12, 10 ** 13))
    if k == 'YT':
        return 'YT' + str(R.randrange(10 ** 12, 10 ** 13))
    if k == 'JT':
        return 'JT' + str(R.randrange(10 ** 12, 10 ** 13))
    if k == 'ZTO':
        return '7' + str(R.randrange(10 ** 13, 10 ** 14))
    if k == 'YD':
        return '43' + str(R.randrange(10 ** 11, 10 ** 12))
    if k == 'STO':
        return '77' + str(R.randrange(10 ** 12, 10 ** 13))
    if k == 'JD':
        return 'JDVA' + str(R.randrange(10 ** 10, 10 ** 11))
    return 'E' + pick('ABCKLM') + str(R.randrange(10 ** 8, 10 ** 9)) + 'CN'


def ms_epoch():
    return str(1700000000000 + R.randrange(2 * 10 ** 10))


def ts_str(y=2024):
    return '%d-%02d-%02d %02d:%02d' % (y, R.randint(1, 6), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))


def ts_sec(y=2024):
    return ts_str(y) + ':%02d' % R.randint(0, 59)


def price():
    return pick(['¥', '￥', '', '']) + str(pick([35, 50, 80, 120, 199, 260, 350, 499, 680, 888, 1200, 1580, 2399, 3200, 4599, 5299]))


def hexs(n):
    return ''.join(pick('0123456789abcdef') for _ in range(n))


def dob_fmt(y, m, d, style=None):
    style = style or R.choice(['cn', 'dash', 'dot', 'slash', 'compact', 'cn0'])
    if style == 'cn':
        return '%d年%d月%d日' % (y, m, d)
    if style == 'cn0':
        return '%d年%02d月%02d日' % (y, m, d)
    if style == 'dash':
        return '%d-%02d-%02d' % (y, m, d)
    if style == 'dot':
        return '%d.%d.%d' % (y, m, d)
    if style == 'slash':
        return '%d/%02d/%02d' % (y, m, d)
    return '%d%02d%02d' % (y, m, d)


EMO = ['😊', '🙏', '👍', '😭', '🔥', '✨', '💰', '📞', '‼️', '❗', '🏠', '🚗', '😂', '🤝', '💕', '🌸', '', '', '', '']

PRODUCTS = [('iPhone 15 Pro 256G 原色钛金属', 'phone'), ('iPhone 13 128G 午夜色', 'phone'),
            ('华为 Mate 60 Pro 12+512 雅川青', 'phone'), ('小米14 Ultra 16+512', 'phone'),
            ('OPPO Find X7 白色', 'phone'), ('vivo X100 Pro', 'phone'), ('荣耀Magic6 至臻版', 'phone'),
            ('戴森 HD15 吹风机', 'x'), ('任天堂 Switch OLED 日版', 'x'), ('索尼 WH-1000XM5 耳机', 'x'),
            ('宜家 毕利书柜 白色', 'x'), ('婴儿推车 好孩子 GB', 'x'), ('九号电动车 C80', 'x'), ('佳能 R50 套机', 'x'),
            ('考研资料 全套 肖秀荣', 'x'), ('美的 1.5匹 空调 9成新', 'x'), ('捷安特 ATX 山地车', 'x'),
            ('iPad Air 5 64G WiFi版', 'x'), ('MacBook Air M2 8+256', 'x'), ('小米 平衡车 Plus', 'x')]


# ----------------------------------------------------------------------------
# helpers that emit common patterns into a Frag
# ----------------------------------------------------------------------------

def contact_line(f, allow_landline=False):
    r = R.random()
    lead = pick(['有意者联系', '联系电话：', '电话：', '电话/微信同号：', '手机：', 'TEL:', '联系方式 ', 'call我 ',
                 '📞', '电话微信同号 ', 'V/电话：', '联系：'])
    f.t(lead)
    if allow_landline and r < 0.12:
        f.v(landline(), 'PHONE_NUMBER')
    else:
        f.v(phone(), 'PHONE_NUMBER')
    return f


# ----------------------------------------------------------------------------
# 1. second-hand trade posts
# ----------------------------------------------------------------------------

def gen_xianyu():
    d = Doc('xianyu_ershou.txt')
    for i in range(46):
        prod, kind = pick(PRODUCTS)
        f = Frag()
        f.t('【%s】%s %s\n' % (pick(['出', '转', '急出', '自用闲置', '搬家甩卖', '个人出']), prod, pick(EMO)))
        f.t('发布于 %s · %s · %d人想要\n' % (ts_str(), pick(['杭州', '深圳', '北京', '上海', '成都', '武汉']), R.randrange(1, 90)))
        f.t('价格：%s（%s）\n' % (price(), pick(['可小刀', '不刀', '诚心要的可以谈', '包邮', '不包邮', '同城自提优先'])))
        f.t(pick(['自用一年多，', '去年双十一买的，', '朋友送的没拆封，', '换新机了所以出，', '']) +
            pick(['成色95新，无磕碰无维修，', '屏幕有细微划痕，不影响使用，', '电池健康89%，', '功能一切正常，']) +
            pick(['配件齐全带发票。', '只有原装充电线。', '盒子说明书都在。', '可验机。']) + '\n')
        if kind == 'phone':
            if chance(0.75):
                f.t(pick(['IMEI：', 'IMEI码 ', '串号：', 'imei ', 'IMEI1: ']))
                f.v(fmt_imei(imei()), 'IMEI_HARDWARE_ID')
                if chance(0.35):
                    f.t(pick([' / IMEI2：', '  串号2 ']))
                    f.v(imei(), 'IMEI_HARDWARE_ID')
                f.t(pick(['（可官网查保修）', ' 支持查询', '', ' 可以自己查激活时间']) + '\n')
            if chance(0.3):
                f.t('序列号 %s，型号 %s，系统版本 %s\n' % (
                    ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10)),
                    pick(['A3104', 'ALN-AL10', '23116PN5BC', 'PHZ110']),
                    pick(['iOS 17.5.1', 'HarmonyOS 4.0.0.126', 'HyperOS 1.0.24.0', '14.0.0.801'])))
        if chance(0.25):
            f.t('%s的%s，发票抬头%s，统一社会信用代码 %s\n' % (
                pick(['京东自营', '天猫官方旗舰店', '苏宁易购']), pick(['订单', '单子']),
                pick(['个人', '杭州某某科技有限公司', '深圳市某某贸易有限公司']), uscc()))
        if chance(0.08):
            f.t('不走平台的话可以转账到 ')
            f.v(fmt_card(bank_card()), 'BANK_CARD_NUMBER')
            f.t('，收款后发货\n')
        if chance(0.3):
            f.t('购买记录：订单号%s，下单时间%s\n' % (order_no(), ts_sec(2023)))
        r = R.random()
        if r < 0.35:
            f.t(pick(['自提地址：', '面交地点：', '地址：', '可以来家里看货：']))
            f.v(address(), 'STREET_ADDRESS')
            f.t(pick(['（晚上7点后在家）', '', '，到了打电话', '，小区门口也行']) + '\n')
        elif r < 0.6:
            f.t('面交地点：%s地铁站%s号口 / %s\n' % (pick(['望京', '科技园', '春熙路', '街道口', '西湖文化广场', '人民广场']),
                                          R.randint(1, 8), pick(['万达广场星巴克门口', '公司楼下', '小区门口'])))
        if chance(0.4):
            if chance(0.7):
                f.t(pick(['联系人：', '找', '卖家：', '机主 ']))
                f.v(name(), 'PERSON_NAME')
            else:
                f.t(pick(['联系人：', '找', '我姓']) + surname() + pick(['先生', '女士', '小姐', '']))
            f.t(pick(['，', ' ', '\n']))
        contact_line(f)
        if chance(0.45):
            f.t(pick(['（微信同号）', ' 微信同号', '，同微信']))
        elif chance(0.4):
            f.t('，微信：%s' % wechat_id())
        if chance(0.2):
            f.t('，备用 ')
            f.v(phone(), 'PHONE_NUMBER')
        if chance(0.15):
            f.t('，QQ %s' % qq_number())
        f.t('\n')
        if chance(0.2):
            f.t('邮箱也行：')
            f.v(email(), 'EMAIL_ADDRESS')
            f.t('\n')
        if chance(0.3):
            f.t('—— 评论（%d）\n' % R.randint(1, 9))
            for _ in range(R.randint(1, 3)):
                f.t('  %s：%s\n' % (pick(['闲鱼用户_%s' % hexs(6), '会飞的猪', '小**3', 'tb_%d' % R.randrange(10 ** 6),
                                         '爱吃橘子的猫', '一只咸鱼']),
                                   pick(['还在吗？', '最低多少', '能寄吗', '已私信', '和%s同款吗' % pick(CELEBS),
                                         '电话打不通，%s 是你吗？' % masked_mobile(), '已拍，订单 %s' % order_no('xy')])))
            if chance(0.4):
                f.t('  卖家回复：加我 ')
                f.v(phone(), 'PHONE_NUMBER')
                f.t(' 详聊\n')
        f.t('-' * 30 + '\n')
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 2. rental / roommate ads
# ----------------------------------------------------------------------------

def gen_zufang():
    d = Doc('zufang_hezu.txt')
    d.t('58同城 · 个人房源 · 合租 / 整租 —— 导出于 %s\n\n' % ts_str())
    for i in range(40):
        f = Frag()
        kind = pick(['整租', '合租', '转租', '求合租', '短租'])
        f.t('#%d【%s】%s %s %d㎡ %s/月 %s\n' % (i + 1, kind, pick(['一室一厅', '两室一厅主卧', '三室次卧', 'loft', '单间']),
                                          pick(['朝南', '带阳台', '独卫', '近地铁']), R.randint(12, 90),
                                          pick(['1800', '2300', '2650', '3200', '4500', '5800', '1500']), pick(EMO)))
        if kind == '求合租':
            f.t('本人%s，%s，在%s上班，作息规律不带人回家。' % (pick(['女', '男', '女生', '95后男生']),
                                                 pick(['程序员', '护士', '设计', '做销售的', '研究生在读']),
                                                 pick(['腾讯滨海大厦', '阿里西溪园区', '望京SOHO', '天府软件园', '光谷软件园'])))
            f.t('想找%s附近的房子。\n' % pick(['科技园', '西溪', '望京', '软件园', '光谷']))
            if chance(0.5):
                f.t('我叫')
                f.v(name(), 'PERSON_NAME')
                f.t('，')
            contact_line(f)
            f.t('\n')
            if chance(0.3):
                f.t('邮箱：')
                f.v(email(), 'EMAIL_ADDRESS')
                f.t('\n')
        else:
            f.t(pick(['房源地址：', '地址：', '位置：', '📍']))
            f.v(address(), 'STREET_ADDRESS')
            f.t('\n')
            f.t('%s，%s，押一付三，%s。\n' % (pick(['家电齐全', '拎包入住', '精装修', '刚刷的墙']),
                                       pick(['燃气热水器', '有洗衣机和冰箱', '带地暖', '空调两台']),
                                       pick(['水电民用', '物业费房东出', '网费均摊', '中介勿扰'])))
            if chance(0.45):
                f.t(pick(['看房密码锁：', '门锁密码 ', '智能锁临时密码：', '大门密码']))
                f.v(str(R.randrange(100000, 999999)) + pick(['', '', '#']), 'CREDENTIAL')
                f.t(pick(['（看完请锁门）', '，用完我会改', '']) + '\n')
            if chance(0.4):
                f.t('WiFi：%s  密码：' % pick(['ChinaNet-%s' % hexs(4).upper(), 'CMCC-%s' % hexs(4), 'TP-LINK_%s' % hexs(4).upper(), 'Xiaomi_%s' % hexs(4).upper()]))
                f.v(password(), 'CREDENTIAL')
                f.t('\n')
            if chance(0.2):
                f.t('车位可租，目前停的是')
                f.v(plate(), 'CHINA_LICENSE_PLATE')
                f.t('，月底挪走\n')
            f.t(pick(['房东', '联系人', '室友', '转租人']) + '：')
            if chance(0.6):
                f.v(name(), 'PERSON_NAME')
            else:
                f.t(surname() + pick(['先生', '女士', '阿姨', '姐']))
            f.t(' ')
            contact_line(f, allow_landline=True)
            f.t('\n')
            if chance(0.25):
                f.t('签合同需要您的身份证复印件，上一任租客')
                f.v(name(), 'PERSON_NAME')
                f.t('的押金收据编号 %s 已作废。\n' % ('YJ' + str(R.randrange(10 ** 9, 10 ** 10))))
            if chance(0.2):
                f.t('房租打到：')
                f.v(fmt_card(bank_card()), 'BANK_CARD_NUMBER')
                f.t('（%s，户名 ' % pick(['工商银行', '建设银行', '招商银行', '农业银行']))
                f.v(name(), 'PERSON_NAME')
                f.t('）\n')
        f.t('中介费：%s | 浏览 %d | 房源编号 %s\n\n' % (pick(['无', '半个月', '0']), R.randrange(20, 3000),
                                                 str(R.randrange(10 ** 15, 10 ** 16))))
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 3. lost and found (markdown)
# ----------------------------------------------------------------------------

def gen_shiwu():
    d = Doc('shiwu_zhaoling.md')
    d.t('# 失物招领 / 寻物启事 合集（同城互助群整理）\n\n> 以下信息由群友投稿，认领请联系本人。骗子勿扰！\n\n')
    for i in range(48):
        f = Frag()
        k = pick(['idcard', 'wallet', 'phone', 'permit', 'found_id', 'bag', 'sim', 'student'])
        f.t('## %d. %s %s\n\n' % (i + 1, pick(['【招领】', '【捡到】']) if k in ('found_id', 'sim', 'student') else pick(['【寻物】', '【急！】', '【求助】']),
                                 {'idcard': '丢失身份证', 'wallet': '钱包丢了', 'phone': '手机丢失', 'permit': '证件袋丢失',
                                  'found_id': '捡到身份证一张', 'bag': '背包遗失', 'sim': '捡到手机卡',
                                  'student': '捡到学生证'}[k]))
        f.t('- 时间：%s左右\n- 地点：%s\n' % (ts_str(), pick(['地铁2号线往%s方向' % pick(['西直门', '浦东机场', '宝安中心']),
                                                          '%s公交站' % pick(['科技园', '火车东站', '市民中心']),
                                                          '%s附近' % pick(['万象城', '大学城北门', '人民医院门诊楼']),
                                                          '滴滴车上（车牌 %s）' % '__PLATE__'])))
        if '__PLATE__' in f.parts[-1][0]:
            s = f.parts.pop()[0]
            a, b = s.split('__PLATE__')
            f.t(a)
            f.v(plate(), 'CHINA_LICENSE_PLATE')
            f.t(b)
        nm = name()
        sex = pick('MF')
        bd = birth(1965, 2006)
        if k in ('idcard', 'found_id'):
            f.t('- 姓名：')
            f.v(nm, 'PERSON_NAME')
            f.t('\n- 身份证号：')
            if chance(0.35):
                f.t(masked_id() + '（已打码）\n')
            else:
                f.v(resident_id(bd, sex), 'CHINA_RESIDENT_ID_NUMBER')
                f.t('\n')
            if chance(0.4):
                f.t('- 出生：')
                f.v(dob_fmt(*bd), 'DATE_OF_BIRTH')
                f.t('\n')
            if chance(0.4):
                f.t('- 住址：')
                f.v(address(), 'STREET_ADDRESS')
                f.t('\n')
        elif k == 'wallet':
            f.t('- 内有：身份证（')
            f.v(nm, 'PERSON_NAME')
            f.t('）、%s银行卡一张' % pick(['工行', '建行', '招行', '农行', '中行']))
            if chance(0.8):
                f.t('，卡号 ')
                f.v(fmt_card(bank_card()), 'BANK_CARD_NUMBER')
            else:
                f.t('，卡号%s' % masked_card())
            f.t('、现金几百元、%s\n' % pick(['驾驶证', '社保卡', '公交卡', '会员卡若干']))
            if chance(0.25):
                f.t('- 卡背面贴着的密码纸也在里面😭 密码是')
                f.v('%06d' % R.randrange(10 ** 6), 'CREDENTIAL')
                f.t('，已经挂失了\n')
        elif k == 'phone':
            f.t('- 手机：%s，%s手机壳\n' % (pick(['iPhone 14 Pro 暗紫色', '华为P60 白色', '小米13', 'vivo S18', 'OPPO Reno11', '荣耀90']),
                                        pick(['透明', '黑色', '粉色小熊', '皮质'])))
            f.t('- IMEI：')
            f.v(fmt_imei(imei()), 'IMEI_HARDWARE_ID')
            if chance(0.35):
                f.t('，MEID：')
                f.v(meid(), 'MEID')
            f.t('（包装盒上抄的）\n')
            if chance(0.3):
                f.t('- Wi-Fi 地址：')
                f.v(mac(), 'MAC_ADDRESS')
                f.t('\n')
            f.t('- 机主：')
            f.v(nm, 'PERSON_NAME')
            f.t('，手机号 ')
            f.v(phone(), 'PHONE_NUMBER')
            f.t('（现在打是关机）\n')
            if chance(0.3):
                f.t('- 已报警，回执编号 %s；已联系%s补卡。\n' % ('%s%d' % (pick(['A', 'J']), R.randrange(10 ** 17, 10 ** 18)),
                                                        pick(['中国移动 10086', '联通 10010', '电信 10000'])))
        elif k == 'permit':
            f.t('- 文件袋里有：')
            if chance(0.8):
                f.t('护照（')
                f.v(passport(), 'CHINA_PASSPORT')
                f.t('）、')
            f.t('港澳通行证（')
            f.v(hk_permit(), 'HK_MACAU_TRAVEL_PERMIT')
            f.t('），名字都是')
            f.v(nm, 'PERSON_NAME')
            f.t('\n')
            if chance(0.5):
                f.t('- 出生日期 ')
                f.v(dob_fmt(*bd), 'DATE_OF_BIRTH')
                f.t('\n')
        elif k == 'bag':
            f.t('- 黑色双肩包，里面有 %s 笔记本电脑（SN: %s）和驾驶证，名字')
            f.parts[-1] = (f.parts[-1][0] % (pick(['联想小新', 'ThinkPad X1', 'MacBook Pro']),
                                             ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(12))), None)
            f.v(nm, 'PERSON_NAME')
            f.t('，驾驶证号就是身份证号 ')
            f.v(resident_id(bd, sex), 'CHINA_RESIDENT_ID_NUMBER')
            f.t('\n')
        elif k == 'sim':
            f.t('- 一张%s的卡套，卡背面印的 ICCID：' % pick(['中国移动', '中国联通', '中国电信']))
            f.v(iccid(), 'ICCID_NUMBER')
            f.t('\n- 卡套上手写的号码 ')
            f.v(phone(), 'PHONE_NUMBER')
            f.t('，PIN ')
            f.v('%04d' % R.randrange(10000), 'CREDENTIAL')
            f.t('，PUK %s（打码了一半）\n' % ('%04d****' % R.randrange(10000)))
        else:
            f.t('- %s学生证，姓名 ' % pick(['浙江大学', '深圳大学', '四川大学', '华中科技大学', '南京大学']))
            f.v(nm, 'PERSON_NAME')
            f.t('，学号 %d，%s学院\n' % (R.randrange(10 ** 9, 10 ** 10), pick(['计算机', '医学', '外国语', '经济'])))
        f.t('- 联系：')
        if chance(0.5):
            f.v(name(), 'PERSON_NAME')
            f.t(' ')
        f.v(phone(), 'PHONE_NUMBER')
        if chance(0.3):
            f.t(' / 微信 %s' % wechat_id())
        f.t('\n')
        if chance(0.25):
            f.t('- 也可以交到%s派出所，电话 %s（值班室）\n' % (pick(['五道口', '科技园', '西湖', '春熙路']), landline('dash')))
        f.t('- 好心人必有重谢 %s 帖子编号 %s，%s 浏览\n\n' % (pick(EMO), uuid.UUID(int=R.getrandbits(128)),
                                                     R.randrange(100, 20000)))
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 4. matchmaking forum thread (HTML)
# ----------------------------------------------------------------------------

def gen_xiangqin():
    d = Doc('xiangqin_luntan.html')
    d.t('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>【征婚交友】本地单身青年信息汇总帖（持续更新）- 同城论坛</title></head>\n<body>\n')
    d.t('<div class="thread-head">版主提示：发帖请勿留身份证号；联系方式请自行斟酌。本帖 tid=%d</div>\n' % R.randrange(10 ** 6, 10 ** 7))
    for i in range(34):
        f = Frag()
        sex = pick('MF')
        bd = birth(1985, 2001)
        f.t('<div class="post" id="pid%d">\n<div class="author">%s</div><div class="time">发表于 %s</div>\n<div class="content">\n' %
            (R.randrange(10 ** 7, 10 ** 8), pick(['匿名用户', '小猪佩奇爱吃糖', '风中的你', '替表姐发', '替闺女发帖', '蓝天白云']), ts_str()))
        f.t('<p>%s</p>\n' % pick(['帮朋友发一个，靠谱的来～', '本人自己发的，诚心找对象', '家里催得紧，妈妈替我发的', '第一次发帖，有点紧张']))
        f.t('<ul>\n<li>姓名：')
        f.v(name(), 'PERSON_NAME')
        f.t('</li>\n')
        f.t('<li>性别：%s</li>\n' % ('男' if sex == 'M' else '女'))
        if chance(0.7):
            f.t('<li>出生日期：')
            f.v(dob_fmt(*bd), 'DATE_OF_BIRTH')
            f.t('</li>\n')
        else:
            f.t('<li>年龄：%d年的，属%s</li>\n' % (bd[0] % 100, pick('鼠牛虎兔龙蛇马羊猴鸡狗猪')))
        f.t('<li>身高/体重：%dcm / %dkg</li>\n<li>学历：%s</li>\n<li>工作：%s</li>\n' % (
            R.randint(155, 186), R.randint(45, 85), pick(['本科', '硕士', '大专', '博士']),
            pick(['公务员', '国企', '小学老师', '互联网运营', '医院护士', '自己开店', '银行柜员'])))
        f.t('<li>月收入：%s</li>\n<li>房车：%s</li>\n' % (pick(['8k', '1.2w', '2w+', '6000左右']), pick(['有房有车', '有房无贷', '无房有车', '暂无'])))
        if chance(0.35):
            f.t('<li>车牌：')
            f.v(plate(), 'CHINA_LICENSE_PLATE')
            f.t('（证明有车哈哈）</li>\n')
        f.t('<li>籍贯：%s，现居：' % pick(['湖南长沙', '河南周口', '四川南充', '本地', '江西赣州', '安徽阜阳']))
        if chance(0.4):
            f.v(address(), 'STREET_ADDRESS')
        else:
            f.t(pick(['南山区', '西湖区', '朝阳区', '武侯区', '浦东']))
        f.t('</li>\n')
        f.t('<li>爱好：%s，喜欢%s的歌</li>\n' % (pick(['爬山、做饭', '健身、看电影', '旅游摄影', '打羽毛球']), pick(SINGERS)))
        f.t('<li>要求：%s</li>\n</ul>\n' % pick(['三观正，孝顺', '身高175以上', '有稳定工作', '不抽烟，不赌']))
        f.t('<p class="contact">')
        r = R.random()
        if r < 0.7:
            f.t(pick(['电话：', '联系方式：', '手机（微信同号）：', 'Tel ', '感兴趣的打']))
            f.v(phone(), 'PHONE_NUMBER')
        else:
            f.t('先加微信：%s（备注相亲）' % wechat_id())
        if chance(0.35):
            f.t(' 邮箱 ')
            f.v(email(), 'EMAIL_ADDRESS')
        if chance(0.2):
            f.t(' 介绍人：')
            f.v(name(), 'PERSON_NAME')
            f.t(' ')
            f.v(phone(), 'PHONE_NUMBER')
        f.t('</p>\n')
        if chance(0.12):
            f.t('<p>（实在不放心可以先看身份证：')
            f.v(resident_id(bd, sex), 'CHINA_RESIDENT_ID_NUMBER')
            f.t('）</p>\n')
        f.t('<img src="https://img.example-bbs.cn/forum/2024%02d/%s.jpg" alt="生活照">\n</div>\n' % (R.randint(1, 6), hexs(32)))
        f.t('<div class="replies">')
        for _ in range(R.randint(0, 3)):
            f.t('<div class="reply"><b>%s</b>：%s</div>' % (
                pick(['路人甲', '吃瓜群众', 'momo', '热心市民']),
                pick(['顶一下', '条件不错啊', '已私信', '长得像%s' % pick(CELEBS), '电话 %s 打不通' % masked_mobile(),
                      '我表弟%d年的，合适吗' % R.randint(88, 99)])))
        f.t('</div>\n</div>\n')
        d.put(f, esc=None)
    d.t('<div class="footer">© 同城论坛 ICP备%08d号 | 客服热线 %s | 举报邮箱 jubao@example-bbs.cn</div>\n</body></html>\n' %
        (R.randrange(10 ** 7, 10 ** 8), service_number()))
    return d


# ----------------------------------------------------------------------------
# 5. job seekers' posts and résumés
# ----------------------------------------------------------------------------

def gen_qiuzhi():
    d = Doc('qiuzhi_jianli.txt')
    d.t('【求职版】置顶：发简历请注意保护个人隐私，身份证号不要贴！\n\n')
    for i in range(30):
        f = Frag()
        sex = pick('MF')
        bd = birth(1975, 2003)
        nm = name()
        if chance(0.4):
            f.t('【求职】%s，%s，求%s方面的工作，%s\n' % (pick(['应届毕业生', '5年经验', '宝妈重返职场', '退伍军人']),
                                               pick(['本科', '大专', '硕士']), pick(['行政', '电工', '会计', '前端开发', '仓管', '销售']),
                                               pick(EMO)))
            f.t('本人')
            f.v(nm, 'PERSON_NAME')
            f.t('，%d岁，%s，%s。' % (2024 - bd[0], pick(['持C1驾照', '有电工证', '会CAD', '英语六级']),
                                   pick(['能吃苦', '接受加班', '希望双休', '就近优先'])))
            f.t(pick(['电话：', '联系我：', '手机 ', '求收留 ']))
            f.v(phone(), 'PHONE_NUMBER')
            if chance(0.5):
                f.t('，邮箱 ')
                f.v(email(), 'EMAIL_ADDRESS')
            f.t('\n')
            if chance(0.3):
                f.t('住在')
                f.v(address(), 'STREET_ADDRESS')
                f.t('，希望%s附近\n' % pick(['地铁沿线', '公司在半小时通勤内', '家']))
            f.t('\n')
            d.put(f)
            continue
        f.t('================ 个人简历 ================\n')
        f.t(pick(['姓    名：', '姓名：', 'Name: ']))
        f.v(nm, 'PERSON_NAME')
        f.t('        性别：%s\n' % ('男' if sex == 'M' else '女'))
        f.t(pick(['出生日期：', '出生年月：', '生    日：', 'DOB: ']))
        f.v(dob_fmt(*bd), 'DATE_OF_BIRTH')
        f.t('    民族：%s    政治面貌：%s\n' % (pick(['汉', '回', '满', '壮', '土家']), pick(['群众', '共青团员', '中共党员'])))
        if chance(0.5):
            f.t('身份证号：')
            f.v(resident_id(bd, sex), 'CHINA_RESIDENT_ID_NUMBER')
            f.t('\n')
        f.t(pick(['联系电话：', '手    机：', '电话：', 'Mobile: ']))
        f.v(phone(pick(['plain', 'sp344', 'dash', '+86sp', 'plain'])), 'PHONE_NUMBER')
        if chance(0.2):
            f.t(' / 家庭电话 ')
            f.v(landline(), 'PHONE_NUMBER')
        f.t('\n' + pick(['电子邮箱：', 'E-mail: ', '邮    箱：']))
        f.v(email(), 'EMAIL_ADDRESS')
        f.t('\n')
        if chance(0.7):
            f.t(pick(['现居住地：', '家庭住址：', '通讯地址：']))
            f.v(address(), 'STREET_ADDRESS')
            f.t('\n')
        if chance(0.3):
            f.t('护照号：')
            f.v(passport(), 'CHINA_PASSPORT')
            f.t('（可出差海外）\n')
        f.t('求职意向：%s    期望薪资：%s    到岗时间：%s\n' % (pick(['Java开发', '财务会计', '人事行政', '新媒体运营', '机械设计']),
                                                   pick(['8-10K', '12K-15K', '面议', '6000以上']),
                                                   pick(['随时', '一个月内', '2024年7月'])))
        f.t('\n【教育背景】\n%d.09 - %d.06  %s  %s  %s\n' % (bd[0] + 18, bd[0] + 22, pick(['武汉大学', '郑州大学', '深圳职业技术学院', '西南交通大学', '杭州电子科技大学']),
                                                          pick(['计算机科学与技术', '会计学', '机械工程', '汉语言文学']), pick(['本科', '专科', '硕士'])))
        f.t('\n【工作经历】\n')
        for _ in range(R.randint(1, 2)):
            f.t('%d.%02d - %s  %s（%s）\n    职位：%s；地址：%s；证明人：' % (
                R.randint(2015, 2021), R.randint(1, 12), pick(['至今', '2023.06', '2022.12']),
                pick(['深圳市腾讯计算机系统有限公司', '杭州海康威视数字技术股份有限公司', '某某电子商务有限公司', '中国移动通信集团广东有限公司', '顺丰速运有限公司']),
                '统一社会信用代码 ' + uscc(), pick(['工程师', '会计', '主管', '专员']), company_addr()))
            f.v(name(), 'PERSON_NAME')
            f.t(' ')
            if chance(0.5):
                f.v(phone(), 'PHONE_NUMBER')
            else:
                f.t(landline() + '（公司前台）')
            f.t('\n')
        f.t('\n【技能证书】%s\n【自我评价】%s\n' % (pick(['CET-6 526分，计算机二级', '初级会计师', 'PMP', '软考中级 2022年']),
                                            pick(['性格开朗，踏实肯干。', '学习能力强，能承受压力。', '做事细心，有责任心。'])))
        if chance(0.2):
            f.t('工资卡（入职后用）：')
            f.v(fmt_card(bank_card()), 'BANK_CARD_NUMBER')
            f.t('\n')
        f.t('==========================================\n')
        f.t('回复：%s\n\n' % pick(['简历已收到，请投递到 hr@example-corp.com', '我们公司招人，加HR微信 %s' % wechat_id(),
                                  '楼主身份证号打个码吧……', '私信你了，招聘热线 %s' % service_number(), '顶']))
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 6. neighbourhood WeChat group export
# ----------------------------------------------------------------------------

def gen_yezhu():
    d = Doc('yezhu_qun.txt')
    comm = pick(['阳光棕榈园', '翠苑一区', '金杨新村', '龙湖紫都城', '华景新城'])
    d.t('微信群聊记录导出  群名：%s业主群（%d人）  导出时间 %s\n\n' % (comm, R.randint(300, 499), ts_sec()))
    ts_base = 0
    for i in range(112):
        f = Frag()
        f.t('%s  ' % ts_sec())
        who = R.random()
        if who < 0.15:
            f.t('物业-客服中心：')
            k = pick(['water', 'fee', 'notice', 'parcel'])
            if k == 'water':
                f.t('【停水通知】因管道维修，%d月%d日9:00-17:00 %d栋停水，请提前储水。物业服务中心电话 %s。\n' %
                    (R.randint(1, 12), R.randint(1, 28), R.randint(1, 20), landline('dash')))
            elif k == 'fee':
                f.t('请以下业主尽快缴纳物业费：%s。缴费可扫码或到服务中心（%s），咨询 %s。\n' %
                    ('、'.join('%d-%d-%d' % (R.randint(1, 20), R.randint(1, 4), R.randint(1, 32) * 100 + R.randint(1, 4)) for _ in range(3)),
                     company_addr(), landline()))
            elif k == 'notice':
                f.t('【温馨提示】本周六上午在中心广场免费磨刀、测血压。志愿者')
                f.v(name(), 'PERSON_NAME')
                f.t('（')
                f.v(phone(), 'PHONE_NUMBER')
                f.t('）负责登记。\n')
            else:
                f.t('快递代收：今天到件 %s、%s、%s，收件人 %s（%s）请到门岗领取。\n' % (
                    tracking(), tracking(), tracking(), surname() + '*' + pick(GIVEN1), masked_mobile()))
        elif who < 0.25:
            f.t('管家')
            f.v(name(), 'PERSON_NAME')
            f.t('：')
            k = R.random()
            if k < 0.5:
                f.t('%d栋的业主注意，电梯维保明天上午，有问题直接打我 ' % R.randint(1, 20))
                f.v(phone(), 'PHONE_NUMBER')
                f.t('\n')
            else:
                f.t('麻烦车牌 ')
                f.v(plate(), 'CHINA_LICENSE_PLATE')
                f.t(' 的车主挪一下车，堵住消防通道了🙏\n')
        else:
            room = '%d-%d-%d' % (R.randint(1, 20), R.randint(1, 4), R.randint(1, 32) * 100 + R.randint(1, 4))
            nm = name()
            if chance(0.6):
                f.t('%s ' % room)
                f.v(nm, 'PERSON_NAME')
                f.t('：')
            else:
                f.t('%s：' % pick(['阳光明媚', '平安是福', '%s栋宝妈' % R.randint(1, 20), 'A.诚信家政', '晴天', 'Leo', '开心每一天']))
            k = R.random()
            if k < 0.15:
                f.t('谁的车 ')
                f.v(plate(), 'CHINA_LICENSE_PLATE')
                f.t(' 停我车位上了？%s\n' % pick(['麻烦挪一下', '打挪车电话打不通', '第三次了！']))
            elif k < 0.27:
                f.t('捡到一个快递，单号 %s，收件人写的' % tracking())
                f.v(name(), 'PERSON_NAME')
                f.t('，电话 ')
                if chance(0.4):
                    f.t(masked_mobile())
                else:
                    f.v(phone(), 'PHONE_NUMBER')
                f.t('，放我家门口了\n')
            elif k < 0.37:
                f.t('我家地址写错了，麻烦帮忙看下快递：收件地址应该是 ')
                f.v(address(), 'STREET_ADDRESS')
                f.t(' 谢谢\n')
            elif k < 0.47:
                f.t('有没有邻居要%s，自家%s，电话 ' % (pick(['拼单买米', '团购水果', '出闲置婴儿床', '一起请保洁']),
                                               pick(['种的', '用不上了', '在做']),))
                f.v(phone(), 'PHONE_NUMBER')
                f.t(pick(['', ' 微信同号', ' 🙏']) + '\n')
            elif k < 0.55:
                f.t('推荐个靠谱的师傅，修空调的')
                f.v(name(), 'PERSON_NAME')
                f.t('，')
                f.v(phone(), 'PHONE_NUMBER')
                f.t('，说是%s群里介绍的\n' % comm)
            elif k < 0.62:
                f.t('家里宽带又断了，%s客服 %s 打了半天，工单号 %s\n' % (pick(['移动', '电信', '联通']), service_number(), str(R.randrange(10 ** 15, 10 ** 16))))
            elif k < 0.68:
                f.t('小区WiFi共享一下吧，我家的 %s 密码 ' % pick(['ChinaNet-%s' % hexs(4), 'CMCC-%s' % hexs(4).upper()]))
                f.v(password(), 'CREDENTIAL')
                f.t(' 楼下能连\n')
            elif k < 0.74:
                f.t('[图片] 门口监控拍到的，电动车被偷了，%s，有看到的联系我 ' % pick(['雅迪 蓝色', '小牛 N1s', '爱玛 白色']))
                f.v(phone(), 'PHONE_NUMBER')
                f.t('\n')
            elif k < 0.8:
                f.t('我是新搬来的，住')
                f.v(address('short'), 'STREET_ADDRESS')
                f.t('，以后多关照😊\n')
            else:
                f.t(pick(['收到', '好的谢谢', '+1', '楼上说得对', '[表情]', '今天%s上热搜了' % pick(CELEBS), '物业什么时候修路灯？',
                          '群里别发广告了', '@物业-客服中心 %s门禁坏了' % room]) + '\n')
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 7. complaint platform (JSON lines)
# ----------------------------------------------------------------------------

def gen_heimao():
    d = Doc('heimao_tousu.jsonl')
    ops = ['中国移动', '中国联通', '中国电信', '中国广电', '移动宽带', '联通沃', '电信天翼']
    for i in range(55):
        op = pick(ops)
        f = Frag()
        nm_staff = name()
        num = phone(pick(['plain', 'plain', 'sp344', 'dash']))
        k = pick(['fee', 'broadband', 'sim', 'harass', 'cancel'])
        if k == 'fee':
            f.t('本人手机号')
            f.v(num, 'PHONE_NUMBER')
            f.t('，%s被扣了%s元的%s，我从来没有订过！打%s客服说是%s办的，' % (
                pick(['上个月', '连续三个月', '今年1月起']), pick(['29.9', '15', '30', '9.9']),
                pick(['视频彩铃', '咪咕音乐包', '沃音乐', '天翼云盘会员']), service_number(), pick(['营业厅', '代理点', '外呼'])))
            f.t('营业员')
            f.v(nm_staff, 'PERSON_NAME')
            f.t('（工号%s）不承认。' % ('%s%05d' % (pick(['GD', 'ZJ', 'BJ', 'SC', '']), R.randrange(10 ** 5))))
        elif k == 'broadband':
            f.t('宽带账号')
            if chance(0.5):
                f.v(num, 'PHONE_NUMBER')
            else:
                f.t('%s%d%s' % (pick(['ad', 'gd', 'zj', 'sc', 'KD']), R.randrange(10 ** 7, 10 ** 9), pick(['', '@163.gd', '@adsl'])))
            f.t('，装机地址')
            f.v(address(), 'STREET_ADDRESS')
            f.t('，报修%d次都没人上门，装维师傅' % R.randint(2, 6))
            f.v(nm_staff, 'PERSON_NAME')
            f.t('电话 ')
            f.v(phone(), 'PHONE_NUMBER')
            f.t(' 一直不接。工单号%s。' % ('%d%s' % (R.randrange(10 ** 9, 10 ** 10), pick(['', '-1', 'A']))))
            if chance(0.3):
                f.t('光猫MAC ')
                f.v(mac(), 'MAC_ADDRESS')
                f.t('，光猫SN %s。' % ('%s%s' % (pick(['ZTEG', 'HWTC', 'FHTT', 'CMDC']), hexs(8).upper())))
        elif k == 'sim':
            f.t('我的号码')
            f.v(num, 'PHONE_NUMBER')
            f.t('无缘无故被停机，补卡后新卡ICCID ')
            f.v(iccid(), 'ICCID_NUMBER')
            f.t('还是无服务，')
            if chance(0.5):
                f.t('IMSI是')
                f.v(imsi(), 'IMSI_ID')
                f.t('，')
            f.t('营业厅%s经理说要实名核验，我身份证')
            f.parts[-1] = (f.parts[-1][0] % nm_staff[0], None)
            if chance(0.5):
                f.v(resident_id(), 'CHINA_RESIDENT_ID_NUMBER')
            else:
                f.t(masked_id())
            f.t('都给他看了，还是不行。')
        elif k == 'harass':
            f.t('每天被')
            f.v(phone(), 'PHONE_NUMBER')
            f.t('、')
            f.v(landline(), 'PHONE_NUMBER')
            f.t('等号码骚扰推销%s，我号码是' % pick(['贷款', '保险', '宽带升级', '靓号']))
            f.v(num, 'PHONE_NUMBER')
            f.t('，已经投诉到%s还是没用。' % pick(['12321', '工信部', '10086', '12315']))
        else:
            f.t('要求注销副卡')
            f.v(num, 'PHONE_NUMBER')
            f.t('，机主')
            f.v(name(), 'PERSON_NAME')
            f.t('，身份证号')
            f.v(resident_id(), 'CHINA_RESIDENT_ID_NUMBER')
            f.t('，%s说合约期未满要交违约金%s元。' % (pick(['客服', '营业员' + nm_staff]), pick(['300', '1200', '600'])))
        f.t('诉求：%s' % pick(['退还费用并道歉', '尽快解决', '赔偿损失', '取消业务并退款']))
        if chance(0.3):
            f.t('。联系我：')
            f.v(phone(), 'PHONE_NUMBER')
        if k in ('fee', 'cancel') and chance(0.3):
            f.t('，退款请直接打到我的%s卡 ' % pick(['工行', '建行', '招行', '邮储']))
            f.v(fmt_card(bank_card()), 'BANK_CARD_NUMBER')
        if chance(0.15):
            f.t('，或发邮件到')
            f.v(email(), 'EMAIL_ADDRESS')
        content = f
        rec = Frag()
        sn = '1736%07d' % R.randrange(10 ** 7)
        rec.t('{"sn": "%s", "title": "%s", "content": "' % (sn, json_esc('%s%s' % (op, pick(['乱扣费', '宽带报修无人处理', '无故停机', '骚扰电话', '拒绝销户'])))))
        rec.add(escaped(content, json_esc))
        rec.t('", "target": "%s", "amount": %s, "status": "%s", "ctime": %s, "uid": %d, "nickname": "%s", "ip_region": "%s", "order_id": "%s", "views": %d' % (
            op, pick(['"29.90"', '"0"', '"1200.00"', 'null']), pick(['处理中', '已回复', '已完成', '待分配']),
            ms_epoch(), R.randrange(10 ** 9, 7 * 10 ** 9), pick(['黑猫用户%d' % R.randrange(10 ** 6), '维权到底', '无奈的消费者', 'u_%s' % hexs(8)]),
            pick(['广东', '浙江', '四川', '北京', '湖北']), order_no(), R.randrange(100, 50000)))
        if chance(0.4):
            rec.t(', "reply": {"from": "%s客服", "text": "' % op)
            rec.t('尊敬的用户您好，已为您登记，处理人')
            rec.v(name(), 'PERSON_NAME')
            rec.t('将在48小时内联系您，回访号码 %s。' % service_number())
            rec.t('", "time": "%s"}' % ts_sec())
        rec.t('}\n')
        d.put(rec, esc=None)
    return d


# ----------------------------------------------------------------------------
# 8. Weibo-style posts (JSON array)
# ----------------------------------------------------------------------------

def gen_weibo():
    d = Doc('weibo_posts.json')
    d.t('{"ok": 1, "data": {"since_id": %d, "statuses": [\n' % R.randrange(10 ** 15, 5 * 10 ** 15))
    n = 48
    for i in range(n):
        f = Frag()
        k = pick(['xunren', 'plate', 'celeb', 'help', 'shiwu', 'daily', 'geo'])
        if k == 'xunren':
            f.t('#寻人# 扩散！我%s' % pick(['奶奶', '爸爸', '弟弟', '表姐']))
            f.v(name(), 'PERSON_NAME')
            f.t('今天%s在%s走失，%s，有线索请联系' % (pick(['上午', '下午', '傍晚']), pick(['西湖边', '火车站', '菜市场', '人民公园']),
                                            pick(['穿灰色外套', '有老年痴呆', '说方言', '戴眼镜'])))
            f.v(phone(), 'PHONE_NUMBER')
            f.t('🙏🙏')
        elif k == 'plate':
            f.t('曝光一下%s的车主，%s，大家认识的话转告一下 @%s' % ('__P__', pick(['随意变道还别我', '占用无障碍车位', '乱按喇叭', '高速上抛物']),
                                                     pick(['交警网警', '本地宝', '城市交通广播'])))
            a, b = f.parts.pop()[0].split('__P__')
            f.t(a)
            f.v(plate(), 'CHINA_LICENSE_PLATE')
            f.t(b)
        elif k == 'celeb':
            f.t('%s和%s同框了！！#%s# 太好哭了😭 转发抽3个送签名照' % (pick(CELEBS), pick(CELEBS), pick(['演唱会', '综艺', '新剧官宣'])))
        elif k == 'help':
            f.t('@%s 我的号码' % pick(['中国移动10086', '中国联通客服', '中国电信']))
            f.v(phone(), 'PHONE_NUMBER')
            f.t('%s，打%s没人管，求帮忙！' % (pick(['被莫名开通了会员', '一直没信号', '携号转网被拒', '流量跑得飞快']), service_number()))
        elif k == 'shiwu':
            f.t('在%s捡到身份证，' % pick(['地铁10号线', '机场T3', '高铁站']))
            f.v(name(), 'PERSON_NAME')
            f.t('，')
            if chance(0.5):
                f.v(resident_id(), 'CHINA_RESIDENT_ID_NUMBER')
            else:
                f.t(masked_id())
            f.t('，失主看到私信我')
        elif k == 'geo':
            lat, lng = coord_pair()
            f.t('周末带娃来这里露营⛺️ 定位在这：')
            f.v('%s,%s' % (lat, lng), 'LOCATION_COORDINATES')
            f.t('，风景不错')
        else:
            f.t(pick(['今天又加班到十点', '终于抢到%s演唱会的票了' % pick(SINGERS), '新买的%s到了' % pick(PRODUCTS)[0],
                      '版本更新到%s之后闪退' % pick(['8.3.1', '14.2.0.180', '2.0.12.3']), '早安☀️']))
        text = f
        rec = Frag()
        mid = str(R.randrange(4 * 10 ** 15, 5 * 10 ** 15))
        rec.t('  {"id": %s, "mid": "%s", "created_at": "%s", "text": "' % (mid, mid, pick(['Mon', 'Tue', 'Wed', 'Sat']) + ' Jun %02d %02d:%02d:00 +0800 2024' % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))))
        rec.add(escaped(text, json_esc))
        rec.t('", "source": "%s", "region_name": "发布于 %s", ' % (pick(['iPhone客户端', 'HUAWEI Mate 60 Pro', '微博 weibo.com', 'Redmi K70']),
                                                               pick(['广东', '浙江', '江苏', '北京', '四川'])))
        rec.t('"user": {"id": %d, "screen_name": "%s", "followers_count": %d, "verified": %s}, ' % (
            R.randrange(10 ** 9, 8 * 10 ** 9), pick(['小确幸', '柠檬不萌', '夜猫子阿杰', '温柔的风', 'Sunny_%d' % R.randrange(100, 999), '城市观察员']),
            R.randrange(10, 100000), pick(['false', 'false', 'true'])))
        if k == 'geo' or chance(0.25):
            lat, lng = coord_pair()
            rec.t('"geo": {"lat": ')
            rec.v(lat, 'LOCATION_COORDINATES')
            rec.t(', "lon": ')
            rec.v(lng, 'LOCATION_COORDINATES')
            rec.t(', "poi": "%s"}, ' % pick(['西湖·断桥', '深圳湾公园', '春熙路', '外滩', '光谷广场']))
        rec.t('"reposts_count": %d, "comments_count": %d, "attitudes_count": %d, "pic_ids": ["%s"], "comments": [' % (
            R.randrange(0, 5000), R.randrange(0, 900), R.randrange(0, 20000), hexs(32)))
        for j in range(R.randint(0, 3)):
            c = Frag()
            kk = R.random()
            if kk < 0.25:
                c.t('我认识，是我同事')
                c.v(name(), 'PERSON_NAME')
                c.t('，已经联系')
            elif kk < 0.45:
                c.t('已转，附近的可以打我电话 ')
                c.v(phone(), 'PHONE_NUMBER')
            elif kk < 0.55:
                c.t('我的也是，号码')
                c.v(phone(), 'PHONE_NUMBER')
                c.t('同样被扣费')
            else:
                c.t(pick(['转发微博', '已转', '心疼', '哈哈哈哈', '蹲一个后续', '%s yyds' % pick(CELEBS), '支持！', '这个IP属地是真的吗']))
            rec.t('%s{"id": %d, "text": "' % (', ' if j else '', R.randrange(4 * 10 ** 15, 5 * 10 ** 15)))
            rec.add(escaped(c, json_esc))
            rec.t('", "created_at": "%s", "like_count": %d}' % (ts_sec(), R.randrange(0, 300)))
        rec.t(']}%s\n' % (',' if i < n - 1 else ''))
        d.put(rec)
    d.t(']}, "total_number": %d, "ts": %s}\n' % (R.randrange(1000, 9999), ms_epoch()))
    return d


# ----------------------------------------------------------------------------
# 9. Q&A threads about SIM / broadband problems
# ----------------------------------------------------------------------------

def gen_wenda():
    d = Doc('wenda_kuandai_sim.txt')
    for i in range(44):
        f = Frag()
        k = pick(['signal', 'broadband', 'sim', 'router', 'ipv6', 'iot', 'api'])
        f.t('问题 #%d  [%s]  提问于 %s  浏览 %d\n' % (R.randrange(10 ** 8, 10 ** 9), pick(['通信', '宽带', '手机', '路由器', '运营商']), ts_str(), R.randrange(10, 9999)))
        if k == 'signal':
            f.t('标题：家里%s信号特别差，工程模式数据如下，求大神看看是不是基站问题\n' % pick(['5G', '4G', '移动', '电信']))
            f.t('手机：%s，系统 %s\n' % (pick(['iPhone 15', '小米13', 'Mate 50', 'vivo X90']), pick(['iOS 17.4', 'HyperOS 1.0.6.0', 'HarmonyOS 4.2.0.137'])))
            mnc = pick(['00', '01', '11', '00'])
            tac = R.randrange(10000, 60000)
            eci = R.randrange(20000, 1000000) * 256 + R.randrange(0, 12)
            f.t('MCC-MNC: 460-%s\nTAC: %d\n' % (mnc, tac))
            f.t(pick(['ECI: ', 'CI: ', 'Cell ID: ', 'cellid=']))
            f.v(str(eci), 'CELL_ID')
            f.t('\nPCI: %d  EARFCN: %d  RSRP: -%d dBm  SINR: %d\n' % (R.randrange(0, 504), pick([1300, 1850, 38950, 40936, 100]),
                                                                 R.randint(95, 125), R.randint(-5, 12)))
            if chance(0.5):
                f.t('ECGI: ')
                f.v('460-%s-%d-%d' % (mnc, eci // 256, eci % 256), 'CELL_ID')
                f.t('\n')
            if chance(0.5):
                f.t('IMSI: ')
                f.v(imsi(), 'IMSI_ID')
                f.t('\n')
            if chance(0.5):
                lat, lng = coord_pair()
                f.t('测速App显示的位置：经度 ')
                f.v(lng, 'LOCATION_COORDINATES')
                f.t('，纬度 ')
                f.v(lat, 'LOCATION_COORDINATES')
                f.t('\n')
            f.t('住址是')
            f.v(address(), 'STREET_ADDRESS')
            f.t('，%s\n' % pick(['高层28楼', '地下室', '老小区一楼', '边上在盖楼']))
        elif k == 'broadband':
            f.t('标题：宽带总是掉线，拨号错误691，账号密码都没错啊？\n')
            f.t('我的宽带账号是 ')
            if chance(0.5):
                f.v(mobile(), 'PHONE_NUMBER')
            else:
                f.t('%s%d@%s' % (pick(['hz', 'gz', 'gd', 'cd']), R.randrange(10 ** 7, 10 ** 8), pick(['adsl', '163.gd', 'ftth'])))
            f.t('，密码 ')
            f.v(password(), 'CREDENTIAL')
            f.t('，光猫LOID %d，光猫型号 %s，软件版本 %s\n' % (R.randrange(10 ** 9, 10 ** 10), pick(['HG8245C', 'ZXHN F650', 'PT924G']),
                                                      pick(['V3R017C10S121', 'V6.0.10P2T8', 'RP2823'])))
            f.t('光猫后台 192.168.1.1 里看到 WAN 口地址 ')
            f.v(ipv4(), 'IP_ADDRESS')
            f.t('，DNS %s / %s\n' % (pick(['114.114.114.114', '223.5.5.5', '202.96.128.86', '218.2.2.2']), pick(['8.8.8.8', '119.29.29.29', '180.76.76.76'])))
            f.t('装机人')
            f.v(name(), 'PERSON_NAME')
            f.t('，身份证后四位%04d。\n' % R.randrange(10000))
        elif k == 'sim':
            f.t('标题：新手机插卡显示"无SIM卡"，换了卡槽也不行\n')
            f.t('设置里看到：\n  本机号码：')
            f.v(phone(pick(['plain', '+86', '+86sp', 'sp344'])), 'PHONE_NUMBER')
            f.t('\n  ICCID：')
            f.v(iccid(), 'ICCID_NUMBER')
            f.t('\n  IMEI：')
            f.v(imei(), 'IMEI_HARDWARE_ID')
            if chance(0.5):
                f.t('\n  IMEI2：')
                f.v(imei(), 'IMEI_HARDWARE_ID')
            if chance(0.5):
                f.t('\n  MEID：')
                f.v(meid(), 'MEID')
            if chance(0.5):
                f.t('\n  IMSI：')
                f.v(imsi(), 'IMSI_ID')
            f.t('\n  基带版本：%s\n  序列号：%s\n' % (pick(['MPSS.DE.3.1.1-00154', '21.20.00', '4.03.00']),
                                               ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))))
        elif k == 'router':
            f.t('标题：路由器被人蹭网，怎么拉黑设备？\n')
            f.t('后台连接设备列表：\n')
            for _ in range(R.randint(2, 4)):
                f.t('  %s  IP %s  MAC ' % (pick(['iPhone', 'HUAWEI-P40', 'Redmi-Note12', '未知设备', 'DESKTOP-%s' % hexs(6).upper()]),
                                          '192.168.%d.%d' % (pick([1, 3, 31, 0]), R.randint(2, 250))))
                f.v(mac(), 'MAC_ADDRESS')
                f.t('\n')
            f.t('WiFi名 %s，现在的密码 ' % pick(['TP-LINK_5G_%s' % hexs(4).upper(), 'HUAWEI-%s' % hexs(4).upper(), 'Tenda_%s' % hexs(6).upper()]))
            f.v(password(), 'CREDENTIAL')
            f.t('，管理员密码 ')
            f.v(password(), 'CREDENTIAL')
            f.t('\n路由器固件 %s，序列号 %s\n' % (pick(['1.0.3 Build 20230512', 'V15.1.0.27', '3.0.22.178']), hexs(12).upper()))
        elif k == 'ipv6':
            f.t('标题：家宽有IPv6了但是外网访问不了NAS\n')
            f.t('光猫拿到的地址 ')
            f.v(ipv6(), 'IP_ADDRESS')
            f.t('，前缀 /%d，IPv4公网 ' % pick([56, 60, 64]))
            f.v(ipv4(), 'IP_ADDRESS')
            f.t(':%d\nNAS 的 MAC ' % pick([5000, 8080, 443]))
            f.v(mac(), 'MAC_ADDRESS')
            f.t('，DDNS 域名 %s.ddns.example.net，token ' % pick(PINYIN))
            f.v(token(), 'CREDENTIAL')
            f.t('\n')
        elif k == 'iot':
            f.t('标题：物联网卡在%s上用不了\n' % pick(['随身WiFi', '车载记录仪', '智能手表']))
            f.t('卡号 ')
            f.v('1064' + '%09d' % R.randrange(10 ** 9), 'PHONE_NUMBER')
            f.t('，ICCID ')
            f.v(iccid(), 'ICCID_NUMBER')
            f.t('，IMEI ')
            f.v(imei(), 'IMEI_HARDWARE_ID')
            f.t('，卖家说是%s的卡，设备序列号 %s\n' % (pick(['移动', '电信']), 'SN' + str(R.randrange(10 ** 11, 10 ** 12))))
        else:
            f.t('标题：抓包%sApp接口返回401，token过期了吗？\n' % pick(['掌上营业厅', '某运营商', '云盘']))
            f.t('请求：GET /api/v2/user/balance?phone=')
            f.v(mobile(), 'PHONE_NUMBER')
            f.t('&ts=%s\nHeader: Authorization: Bearer ' % ms_epoch())
            f.v(token(), 'CREDENTIAL')
            f.t('\nX-Request-Id: %s\n客户端 IP ' % uuid.UUID(int=R.getrandbits(128)))
            f.v(ipv4(), 'IP_ADDRESS')
            f.t('，app 版本 %s\n' % pick(['11.2.0', '10.0.19041.1', '9.8.30.2']))
        f.t('\n回答：\n')
        for _ in range(R.randint(1, 3)):
            a = Frag()
            kk = R.random()
            if kk < 0.6:
                a.t('  %s：%s\n' % (pick(['热心网友', '通信工程师老王', '匿名用户', '装维小哥', '运营商内部人员']),
                                   pick(['打%s报障，让他们查一下基站' % service_number(), '重启光猫试试，后台地址192.168.1.1，默认账号在背面',
                                         'DNS改成 223.5.5.5 和 114.114.114.114', '楼主把密码打码吧！！', '换卡去营业厅，带身份证原件',
                                         'ECI除以256就是基站号', '物联网卡机卡绑定了，换设备要解绑'])))
            elif kk < 0.8:
                a.t('  提问者补充：%s打过了，客服工号%d的' % (service_number(), R.randrange(1000, 99999)))
                a.v(name(), 'PERSON_NAME')
                a.t('说3天内处理，我电话')
                a.v(phone(), 'PHONE_NUMBER')
                a.t('\n')
            else:
                a.t('  装维师傅：我是片区装维')
                a.v(name(), 'PERSON_NAME')
                a.t('，加我 ')
                a.v(phone(), 'PHONE_NUMBER')
                a.t(' 明天上门\n')
            f.add(a)
        f.t('-' * 40 + '\n\n')
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 10. car-pooling board (CSV)
# ----------------------------------------------------------------------------

def gen_pinche():
    d = Doc('pinche_xinxi.csv')
    d.t('id,发布时间,类型,出发地,目的地,出发时间,座位,车型,车牌,联系人,电话,备注\n')
    places = ['深圳北站', '东莞虎门', '广州南站', '惠州惠阳', '长沙南', '郴州', '杭州东站', '绍兴柯桥', '上海虹桥', '苏州园区',
              '成都东客站', '绵阳', '武汉光谷', '黄冈', '郑州东', '周口', '南京南', '合肥南']
    for i in range(70):
        f = Frag()
        typ = pick(['车找人', '车找人', '人找车', '货找车'])
        f.t('%d,%s,%s,%s,%s,%s,%s,' % (208431 + i * 3 + R.randint(0, 2), ts_sec(), typ, pick(places), pick(places),
                                      pick(['明早7点', '6月%d日下午' % R.randint(1, 28), '周五晚下班后', '每天早8点']),
                                      pick(['1', '2', '3', '余2座', '-'])))
        if typ == '车找人':
            f.t('%s,' % pick(['大众朗逸 白', '丰田凯美瑞', '比亚迪汉EV', '特斯拉Model Y', '五菱宏光', '本田CR-V']))
            p = plate()
            if chance(0.15):
                f.t(p[:2] + '***' + p[-2:] + ',')
            else:
                if ',' in p:
                    raise AssertionError
                f.v(p, 'CHINA_LICENSE_PLATE')
                f.t(',')
        else:
            f.t(',,')
        if chance(0.55):
            f.v(name(), 'PERSON_NAME')
        else:
            f.t(surname() + pick(['师傅', '先生', '女士', '姐', '哥']))
        f.t(',')
        r = R.random()
        if r < 0.1:
            f.t(masked_mobile())
        else:
            ph = phone(pick(['plain', 'plain', 'plain', 'sp344', 'dash', '+86', 'fw']))
            f.v(ph, 'PHONE_NUMBER')
        f.t(',')
        rem = Frag()
        kk = R.random()
        if kk < 0.2:
            rem.t('"高速费平摊, 微信同号, 可带小件行李"')
        elif kk < 0.35:
            rem.t('"上车点定位 ')
            lat, lng = coord_pair()
            rem.v('%s,%s' % (lat, lng) if chance(0.6) else '%s,%s' % (lng, lat), 'LOCATION_COORDINATES')
            rem.t('"')
        elif kk < 0.48:
            rem.t('接人地址：')
            rem.v(address(), 'STREET_ADDRESS')
        elif kk < 0.58:
            rem.t('"备用电话 ')
            rem.v(phone(), 'PHONE_NUMBER')
            rem.t(', 不接陌生推销"')
        elif kk < 0.65:
            rem.t('订单%s，平台%s' % (order_no('mt'), pick(['嘀嗒', '哈啰', '滴滴顺风车'])))
        else:
            rem.t(pick(['有行李', '不抽烟', '准时出发', '带宠物勿扰', '拼车费%d元' % R.randint(30, 260), '']))
        f.add(rem)
        f.t('\n')
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 11. volunteer sign-up sheet (TSV)
# ----------------------------------------------------------------------------

def gen_baoming():
    d = Doc('zhiyuanzhe_baoming.tsv')
    d.t('\t'.join(['序号', '提交答卷时间', '所用时间', '来源', '来源IP', '1、姓名', '2、性别', '3、出生日期', '4、证件类型', '5、证件号码',
                   '6、手机号', '7、邮箱', '8、现住址', '9、紧急联系人', '10、紧急联系人电话', '11、可参与时段', '12、T恤尺码']) + '\n')
    for i in range(40):
        f = Frag()
        sex = pick('MF')
        bd = birth(1960, 2006)
        f.t('%d\t%s\t%d秒\t%s\t' % (i + 1, ts_sec().replace('-', '/'), R.randint(40, 600), pick(['微信', '手机提交', '链接', 'QQ'])))
        if chance(0.85):
            f.v(ipv4(), 'IP_ADDRESS')
            f.t('(%s)' % pick(['广东-深圳', '浙江-杭州', '北京', '四川-成都', '湖北-武汉']))
        else:
            f.t(masked_ip())
        f.t('\t')
        f.v(name(), 'PERSON_NAME')
        f.t('\t%s\t' % ('男' if sex == 'M' else '女'))
        f.v(dob_fmt(*bd, style=pick(['dash', 'slash', 'cn', 'dash'])), 'DATE_OF_BIRTH')
        doc = R.random()
        if doc < 0.8:
            f.t('\t身份证\t')
            f.v(resident_id(bd, sex), 'CHINA_RESIDENT_ID_NUMBER')
        elif doc < 0.9:
            f.t('\t护照\t')
            f.v(passport(), 'CHINA_PASSPORT')
        else:
            f.t('\t港澳通行证\t')
            f.v(hk_permit(), 'HK_MACAU_TRAVEL_PERMIT')
        f.t('\t')
        f.v(phone(pick(['plain', 'plain', 'plain', 'sp344', '+86', 'fw'])), 'PHONE_NUMBER')
        f.t('\t')
        if chance(0.7):
            f.v(email(), 'EMAIL_ADDRESS')
        else:
            f.t('(跳过)')
        f.t('\t')
        if chance(0.75):
            f.v(address(), 'STREET_ADDRESS')
        else:
            f.t(pick(['南山区', '西湖区', '学校宿舍', '(跳过)']))
        f.t('\t')
        f.v(name(), 'PERSON_NAME')
        f.t(pick(['（母亲）', '（父亲）', '（配偶）', '', '']) + '\t')
        f.v(phone(pick(['plain', 'plain', 'dash'])), 'PHONE_NUMBER')
        f.t('\t%s\t%s\n' % (pick(['周六上午', '周日全天', '工作日晚上', '周六上午┋周日下午']), pick(['S', 'M', 'L', 'XL', 'XXL'])))
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 12. missing-person notices
# ----------------------------------------------------------------------------

def gen_xunren():
    d = Doc('xunren_qishi.txt')
    for i in range(20):
        f = Frag()
        sex = pick('MF')
        old = chance(0.5)
        bd = birth(1938, 1960) if old else birth(2008, 2016)
        nm = name()
        f.t('%s寻人启事%s\n\n' % (pick(['🔴', '【紧急】', '', '‼️']), pick(['（转发有德）', '', '——求扩散', ' 第%d天' % R.randint(2, 30)])))
        f.t(pick(['', '姓名：']))
        f.v(nm, 'PERSON_NAME')
        f.t('，%s，' % ('男' if sex == 'M' else '女'))
        if chance(0.6):
            f.v(dob_fmt(*bd), 'DATE_OF_BIRTH')
            f.t('出生，')
        else:
            f.t('%d岁，' % (2024 - bd[0]))
        f.t('身高约%dcm，%s，%s。\n' % (R.randint(120, 178), pick(['偏瘦', '微胖', '短发', '白发']),
                                   pick(['走失时穿蓝色外套黑裤子', '患有阿尔茨海默病，说话不清', '拄着拐杖', '说%s话' % pick(['客家', '潮汕', '四川', '河南'])]) if old else
                                   pick(['穿校服（%s中学）' % pick(['第二', '实验', '外国语']), '带着一个红色书包', '戴黑框眼镜', '骑一辆蓝色自行车'])))
        if chance(0.5):
            f.t('身份证号：')
            f.v(resident_id(bd, sex) if chance(0.85) else resident_id15(bd), 'CHINA_RESIDENT_ID_NUMBER')
            f.t('\n')
        f.t('%s从家中（' % ts_str())
        f.v(address(), 'STREET_ADDRESS')
        f.t('）出走，')
        if chance(0.55):
            lat, lng = coord_pair()
            f.t('最后手机定位在 ')
            f.v('%s,%s' % (lat, lng) if chance(0.5) else '%s, %s' % (lat, lng), 'LOCATION_COORDINATES')
            f.t(' 附近')
            if chance(0.4):
                f.t('（基站 CGI ')
                f.v('460-%s-%d-%d' % (pick(['00', '01']), R.randrange(10000, 60000), R.randrange(1000, 65535)), 'CELL_ID')
                f.t('）')
            f.t('，')
        f.t('至今未归。\n')
        if chance(0.4):
            f.t('走失时带着手机，号码')
            f.v(phone(), 'PHONE_NUMBER')
            f.t('，现已关机。')
            if chance(0.4):
                f.t('手机IMEI ')
                f.v(imei(), 'IMEI_HARDWARE_ID')
                f.t('，')
            f.t('\n')
        f.t('如有知情者请联系：\n')
        for rel in R.sample(['儿子', '女儿', '父亲', '母亲', '姐姐', '舅舅', '邻居'], R.randint(1, 3)):
            f.t('  %s ' % rel)
            if chance(0.6):
                f.v(name(), 'PERSON_NAME')
                f.t(' ')
            f.v(phone(), 'PHONE_NUMBER')
            if chance(0.15):
                f.t(' / 家里座机 ')
                f.v(landline(), 'PHONE_NUMBER')
            f.t('\n')
        f.t('  或%s派出所 %s，报警电话110\n' % (pick(['城南', '西湖', '科技园', '五里墩']), landline('dash')))
        f.t('重谢%s元！！ 立案回执号：%s\n' % (pick(['5000', '一万', '20000', '3000']), 'A%d' % R.randrange(10 ** 18, 10 ** 19)))
        f.t('\n转发评论：\n')
        for _ in range(R.randint(1, 3)):
            kk = R.random()
            if kk < 0.3:
                f.t('  - 我在%s见过一个很像的，打了%s那个电话了\n' % (pick(['公交站', '菜市场', '高速服务区']), pick(['儿子', '女儿', '姐姐'])))
            elif kk < 0.45:
                f.t('  - 已转，我是出租车司机，车牌')
                f.v(plate(), 'CHINA_LICENSE_PLATE')
                f.t('，会留意的\n')
            else:
                f.t('  - %s\n' % pick(['已转发', '希望早日回家🙏', '扩散', '平安！', '转给%s了，他粉丝多' % pick(CELEBS)]))
        f.t('\n' + '=' * 30 + '\n\n')
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 13. parents' group
# ----------------------------------------------------------------------------

def gen_jiazhang():
    d = Doc('jiazhang_qun.txt')
    school = pick(['实验小学', '第二小学', '外国语学校', '育才小学'])
    d.t('—— %s 三年级（%d）班 家长群 聊天记录 ——\n' % (school, R.randint(1, 8)))
    kids = [(name(), pick(['妈妈', '爸爸', '奶奶', '外婆'])) for _ in range(30)]
    teacher = name()
    for i in range(100):
        f = Frag()
        f.t('%s ' % ts_sec())
        r = R.random()
        if r < 0.18:
            f.t('班主任')
            f.v(teacher, 'PERSON_NAME')
            f.t('：')
            k = R.random()
            if k < 0.35:
                f.t('@所有人 今天作业未交的同学：')
                ks = R.sample(kids, R.randint(2, 4))
                for j, (kid, _) in enumerate(ks):
                    if j:
                        f.t('、')
                    f.v(kid, 'PERSON_NAME')
                f.t('。请家长督促。\n')
            elif k < 0.55:
                f.t('春游报名需要填孩子身份证号，私发给我，不要发群里！有问题打我电话 ')
                f.v(phone(), 'PHONE_NUMBER')
                f.t('\n')
            elif k < 0.75:
                f.t('本周值日生：')
                kid = pick(kids)[0]
                f.v(kid, 'PERSON_NAME')
                f.t('。学校总机 %s，校车服务热线 %s。\n' % (landline(), service_number()))
            else:
                f.t('智慧校园平台临时账号 %s，初始密码 ' % ('js%d' % R.randrange(10 ** 5, 10 ** 6)))
                f.v(password(), 'CREDENTIAL')
                f.t('，登录后请立即修改。\n')
        else:
            kid, rel = pick(kids)
            f.v(kid, 'PERSON_NAME')
            f.t(rel + '：')
            k = R.random()
            if k < 0.3:
                f.t(pick(['收到', '收到，谢谢老师', '好的', '收到🙏']) + '\n')
            elif k < 0.4:
                f.t('我家孩子的身份证：')
                f.v(resident_id(birth(2014, 2016)), 'CHINA_RESIDENT_ID_NUMBER')
                f.t(' 麻烦老师登记（不好意思发错群了撤回不了）\n')
            elif k < 0.5:
                f.t('今天我家有事，放学麻烦')
                f.v(name(), 'PERSON_NAME')
                f.t('（孩子舅舅）来接，车牌')
                f.v(plate(), 'CHINA_LICENSE_PLATE')
                f.t('，电话')
                f.v(phone(), 'PHONE_NUMBER')
                f.t('\n')
            elif k < 0.6:
                f.t('家访地址：')
                f.v(address(), 'STREET_ADDRESS')
                f.t('，周六下午都在家\n')
            elif k < 0.68:
                f.t('有没有顺路的家长一起拼车接送？我住%s附近，手机 ' % pick(['万达', '公园', '地铁站']))
                f.v(phone(), 'PHONE_NUMBER')
                f.t('\n')
            elif k < 0.75:
                f.t('班费转账记录：%s 转入%s元，交易单号 %s\n' % (ts_str(), pick(['200', '150', '300']), str(R.randrange(10 ** 27, 10 ** 28))))
            elif k < 0.82:
                f.t('孩子生日是')
                f.v(dob_fmt(*birth(2014, 2016)), 'DATE_OF_BIRTH')
                f.t('，要填到体检表上吗？\n')
            elif k < 0.88:
                f.t('捡到一个水杯，上面写着')
                f.v(pick(kids)[0], 'PERSON_NAME')
                f.t('，放传达室了\n')
            else:
                f.t(pick(['孩子今天发烧请假一天', '明天降温注意穿衣', '数学练习册第几页？', '周末有人带娃去看%s的电影吗' % pick(ACTORS),
                          '辛苦老师了👍', '校服尺码统计表在哪']) + '\n')
        d.put(f)
    return d


# ----------------------------------------------------------------------------
# 14. Discuz-style forum with signatures (HTML)
# ----------------------------------------------------------------------------

def gen_luntan():
    d = Doc('luntan_qianming.html')
    d.t('<html><head><meta charset="utf-8"><title>手机数码版 - 【讨论】%s值得买吗？ - Discuz! Board</title></head><body>\n' % pick(['华为Mate60', '小米14', 'iPhone 15']))
    for i in range(56):
        f = Frag()
        f.t('<table class="plhin" id="pid%d"><tr><td class="pls"><div class="authi">%s</div>' % (
            R.randrange(10 ** 7, 10 ** 8), pick(['数码控', 'admin', '老司机带带我', '路过的', 'a_%s' % hexs(5), '搞机少年', '万能的坛友'])))
        f.t('<p>UID %d | 积分 %d | 注册 %s</p></td>\n<td class="plc"><div class="pi">%d#  发表于 %s' % (
            R.randrange(1, 999999), R.randrange(0, 99999), ts_str(2019), i + 1, ts_str()))
        if chance(0.4):
            f.t(' IP: %s' % masked_ip())
        elif chance(0.3):
            f.t(' IP: ')
            f.v(ipv4(), 'IP_ADDRESS')
        f.t('</div>\n<div class="t_f">')
        k = R.random()
        if k < 0.25:
            f.t('用了一个月，%s，跑分%d，%s推荐的果然不错。' % (pick(['续航很顶', '信号比上一代好', '拍照一般']), R.randrange(800000, 2000000), pick(CELEBS)))
        elif k < 0.4:
            f.t('出一台自用%s，IMEI ' % pick(['Mate60', '小米14', 'iPhone 15']))
            f.v(fmt_imei(imei()), 'IMEI_HARDWARE_ID')
            f.t('，价格私聊，电话 ')
            f.v(phone(), 'PHONE_NUMBER')
        elif k < 0.5:
            f.t('求助：刷机后基带丢失，IMEI变成0了，原来的是 ')
            f.v(imei(), 'IMEI_HARDWARE_ID')
            f.t('，MEID ')
            f.v(meid(), 'MEID')
            f.t('，固件版本 %s' % pick(['V14.0.8.0.TMACNXM', '4.0.0.120(C00E110R5P2)', '17.3.1 (21D61)']))
        elif k < 0.6:
            f.t('回复 %d# 的兄弟：我已经发你邮箱了，收不到的话加我QQ %s' % (R.randint(1, i + 1), qq_number()))
        else:
            f.t(pick(['顶', '坐等降价', '感谢分享', '楼主好人', '已收藏', 'mark一下', '小米的售后电话是 %s' % service_number()]))
        f.t('</div>\n')
        if chance(0.8):
            f.t('<div class="sign">')
            s = R.random()
            if s < 0.3:
                f.t('%s 专业手机维修 | 店址：%s | 电话 ' % (pick(['诚信数码', '阿强通讯', '小刘手机店']), company_addr()))
                f.v(phone(), 'PHONE_NUMBER')
                f.t(' | 营业执照 %s' % uscc())
            elif s < 0.5:
                f.t('个人博客 https://%s.github.io · Email: ' % pick(PINYIN))
                f.v(email(), 'EMAIL_ADDRESS')
            elif s < 0.65:
                f.t('有事请联系 ')
                f.v(name(), 'PERSON_NAME')
                f.t(' / ')
                f.v(phone(pick(['plain', 'dash', 'sp344', 'cn', 'jia', 'fw'])), 'PHONE_NUMBER')
                f.t(' / QQ %s' % qq_number())
            elif s < 0.75:
                f.t('我的座驾 ')
                f.v(plate(), 'CHINA_LICENSE_PLATE')
                f.t(' 🚗 跑滴滴的兄弟互关')
            elif s < 0.85:
                f.t('本人二手回收，上门地址 ')
                f.v(address(), 'STREET_ADDRESS')
                f.t(' 电话 ')
                f.v(phone(), 'PHONE_NUMBER')
            else:
                f.t(pick(['人生苦短，我用Python', '天道酬勤', '代码写得好，头发掉得少', '%s 的歌永远的神' % pick(SINGERS)]))
            f.t('</div>')
        f.t('</td></tr></table>\n')
        d.put(f)
    d.t('<div id="ft">Powered by Discuz! X3.5 | 联系邮箱 admin@example-bbs.cn | 执行 %.4f 秒</div></body></html>\n' % R.random())
    return d


# ----------------------------------------------------------------------------
# 15. 接龙 chains
# ----------------------------------------------------------------------------

def gen_jielong():
    d = Doc('tuangou_jielong.txt')
    for g in range(5):
        f = Frag()
        fmt = g % 4
        theme, item, spec = [
            ('团购', pick(['阳山水蜜桃 5斤装 ¥68', '东北大米 10kg ¥79', '赣南脐橙 10斤 ¥45']), '楼号-房号 姓名 电话 数量'),
            ('活动报名', pick(['周六亲子手工活动（名额30）', '社区羽毛球赛 报名截止6月20日']), '姓名+电话+地址'),
            ('疫苗预约登记', pick(['九价疫苗第二针', '老年人流感疫苗（社区卫生服务中心）']), '姓名 身份证 电话'),
            ('拼车回家', pick(['端午节回老家拼车', '国庆回周口']), '姓名 手机 车牌（没车的写坐车几人）')][fmt]
        f.t('#接龙\n%s：%s\n' % (theme, item))
        f.t('格式：%s\n\n' % spec)
        cnt = R.randint(14, 22)
        for j in range(cnt):
            f.t('%d. ' % (j + 1))
            if fmt == 0:
                f.t('%d-%d-%d ' % (R.randint(1, 20), R.randint(1, 4), R.randint(1, 32) * 100 + R.randint(1, 4)))
                f.v(name(), 'PERSON_NAME')
                f.t(' ')
                if chance(0.1):
                    f.t(masked_mobile())
                else:
                    f.v(phone(pick(['plain', 'plain', 'sp344', 'fw', 'dash'])), 'PHONE_NUMBER')
                f.t(' %s\n' % pick(['1份', '2箱', 'x1', '2', '1+1']))
            elif fmt == 1:
                f.v(name(), 'PERSON_NAME')
                f.t(pick([' ', '，', '+']))
                f.v(phone(pick(['plain', 'plain', 'sp344'])), 'PHONE_NUMBER')
                f.t(pick([' ', '，', '+']))
                f.v(address(), 'STREET_ADDRESS')
                f.t('\n')
            elif fmt == 2:
                bd = birth(1950, 2005)
                f.v(name(), 'PERSON_NAME')
                f.t(' ')
                f.v(resident_id(bd), 'CHINA_RESIDENT_ID_NUMBER')
                f.t(' ')
                f.v(phone(), 'PHONE_NUMBER')
                f.t('\n')
            else:
                f.v(name(), 'PERSON_NAME')
                f.t(' ')
                f.v(phone(), 'PHONE_NUMBER')
                f.t(' ')
                if chance(0.6):
                    f.v(plate(), 'CHINA_LICENSE_PLATE')
                    f.t(' 余座%d' % R.randint(1, 4))
                else:
                    f.t('坐车 %d人' % R.randint(1, 3))
                f.t('\n')
        f.t('\n（%s 更新，共%d人，订单汇总编号 %s）\n\n' % (ts_str(), cnt, 'JL' + str(R.randrange(10 ** 13, 10 ** 14))))
        d.put(f)
    return d


# ----------------------------------------------------------------------------

GENERATORS = [gen_xianyu, gen_zufang, gen_shiwu, gen_xiangqin, gen_qiuzhi, gen_yezhu, gen_heimao, gen_weibo,
              gen_wenda, gen_pinche, gen_baoming, gen_xunren, gen_jiazhang, gen_luntan, gen_jielong]


def main():
    ap = argparse.ArgumentParser(usage='make_corpus.py [--out DIR]')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    docs = [g() for g in GENERATORS]
    lab_lines = []
    for doc in docs:
        path = os.path.join(args.out, doc.name)
        with open(path, 'wb') as fh:
            fh.write(bytes(doc.buf))
        with open(path, 'rb') as fh:
            data = fh.read()
        for st, en, typ, val in doc.labels:
            assert data[st:en].decode('utf-8') == val, (doc.name, st, en, val)
            lab_lines.append(json.dumps({'file': doc.name, 'start': st, 'end': en, 'type': typ}, ensure_ascii=False))
        if doc.name.endswith('.json'):
            json.loads(data.decode('utf-8'))
        if doc.name.endswith('.jsonl'):
            for line in data.decode('utf-8').splitlines():
                json.loads(line)
    with open(os.path.join(args.out, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lab_lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
