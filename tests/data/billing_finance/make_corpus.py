#!/usr/bin/python3
"""Labelled test corpus: billing, payments and finance data of a Chinese telecom operator.

Writes 15 synthetic data files (monthly bill detail, top-up records, carrier-billing callbacks,
e-invoice XML, handset-installment contracts, overdue-collection call notes, credit-check API
log, bank direct-debit agreements, payment-channel reconciliation, POS slips and receipts,
prepaid-card sales log, fraud-risk scoring log, customer deposit ledger, arrears export and a
billing-dispute e-mail thread) plus labels.jsonl.

labels.jsonl holds one JSON object per line: {"file", "start", "end", "type"}; start/end are
UTF-8 byte offsets into the file as written (end exclusive). Offsets are recorded while the
files are written and every labelled slice is checked again after writing.

Label conventions
  * PHONE_NUMBER as written, including +86 / 0086 / 86 prefixes and separators; landlines with
    their area code. Mobiles are valid CN mobile numbers.
  * BANK_CARD_NUMBER: 16-19 digits with a valid Luhn digit, as written including group spaces.
  * PERSON_NAME: full names of private people only; DATE_OF_BIRTH only for birth dates;
    STREET_ADDRESS: a person's address whole, from the first place name to the room/house number.
  * CREDENTIAL: passwords, prepaid-card PINs, API keys and tokens (the value only).
  * LOCATION_COORDINATES: a "lat,lng" / "lng,lat" pair written as one value is one label; when
    latitude and longitude sit in separate fields, each number is its own label.
  * CELL_ID: the whole CGI / ECGI / NCGI string (MCC-MNC-LAC/eNB-CI).
  * Not labelled: masked values, service numbers (10086, 95xxx, 400-...), SP codes, order / bill /
    invoice / transaction numbers, Unified Social Credit Codes and tax ids, amounts, dates other
    than birth dates, company bank accounts and company addresses, prepaid-card serial numbers,
    hashes, UUIDs, signatures, version strings.

All values are synthetic. The output is deterministic (fixed seed).

usage: make_corpus.py [--out DIR]
"""
import argparse
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

import phonenumbers
from phonenumbers import PhoneNumberType
import stdnum.cn.ric as ric
import stdnum.luhn as luhn

SEED = 20240615
R = random.Random(SEED)
DIG = '0123456789'
HEX = '0123456789ABCDEF'


# ----------------------------------------------------------------------------- writer
class Doc:
    """Accumulates UTF-8 bytes; a (value, type) tuple is written and labelled."""

    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, list):
                self.w(*p)
            elif isinstance(p, tuple):
                val, typ = p
                b = val.encode('utf-8')
                if typ:
                    s = len(self.buf)
                    self.labels.append({'file': self.name, 'start': s, 'end': s + len(b),
                                        'type': typ, '_v': val})
                self.buf += b
            else:
                self.buf += str(p).encode('utf-8')

    def ln(self, *parts):
        self.w(*parts)
        self.buf += b'\n'

    def row(self, fields, sep=','):
        for i, f in enumerate(fields):
            if i:
                self.w(sep)
            self.w(f)
        self.buf += b'\n'


def L(v, t):
    return (v, t)


class Raw:
    def __init__(self, text, typ=None):
        self.text, self.typ = text, typ


def jdump(d, obj, sep=(',', ':')):
    if isinstance(obj, dict):
        d.w('{')
        for i, (k, v) in enumerate(obj.items()):
            if i:
                d.w(sep[0])
            d.w(json.dumps(k, ensure_ascii=False), sep[1])
            jdump(d, v, sep)
        d.w('}')
    elif isinstance(obj, list):
        d.w('[')
        for i, v in enumerate(obj):
            if i:
                d.w(sep[0])
            jdump(d, v, sep)
        d.w(']')
    elif isinstance(obj, tuple):
        val, typ = obj
        enc = json.dumps(val, ensure_ascii=False)
        assert enc[1:-1] == val, val
        d.w('"', (val, typ), '"')
    elif isinstance(obj, Raw):
        d.w((obj.text, obj.typ))
    elif isinstance(obj, str):
        d.w(json.dumps(obj, ensure_ascii=False))
    else:
        d.w(json.dumps(obj))


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def cell(v, typ, width):
    """Fixed-width cell: value (maybe labelled) padded by display width."""
    return [(v, typ), ' ' * max(1, width - dwidth(v))]


# ----------------------------------------------------------------------------- generators
def digits(n):
    return ''.join(R.choice(DIG) for _ in range(n))


def neg_digits(n, prefix=''):
    """A digit run that is not a Luhn-valid number, not a resident ID, not an IMSI/ICCID."""
    while True:
        s = prefix + digits(n - len(prefix))
        if n >= 13 and luhn.is_valid(s):
            continue
        if n == 18 and ric_ok(s):
            continue
        if n == 15 and s.startswith('460'):
            continue
        if s.startswith('8986'):
            continue
        if n == 11 and s.startswith('1'):
            continue
        return s


def ric_ok(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return s[-1].upper() == ric.calc_check_digit(s[:17] + '0')


MOB_PREFIX = ['134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157',
              '158', '159', '172', '178', '182', '183', '184', '187', '188', '195', '198',
              '130', '131', '132', '155', '156', '166', '175', '176', '185', '186', '196',
              '133', '149', '153', '173', '177', '180', '181', '189', '190', '191', '193', '199']


def mob_ok(n):
    try:
        pn = phonenumbers.parse('+86' + n)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) == PhoneNumberType.MOBILE


def mobile():
    while True:
        n = R.choice(MOB_PREFIX) + digits(8)
        if mob_ok(n):
            return n


FW = {c: chr(0xFF10 + i) for i, c in enumerate(DIG)}


def fmt_mobile(n, style):
    if style == 'plain':
        return n
    if style == '+86':
        return '+86' + n
    if style == '+86 ':
        return '+86 ' + n
    if style == '+86sp':
        return '+86 %s %s %s' % (n[:3], n[3:7], n[7:])
    if style == '+86-':
        return '+86-' + n
    if style == '0086':
        return '0086' + n
    if style == '86':
        return '86' + n
    if style == 'sp':
        return '%s %s %s' % (n[:3], n[3:7], n[7:])
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:7], n[7:])
    if style == 'fw':
        return ''.join(FW[c] for c in n)
    raise ValueError(style)


def rmob(n=None, mix=0.25, fw=False):
    n = n or mobile()
    if R.random() >= mix:
        return n
    styles = ['+86', '+86 ', '+86sp', '0086', '86', 'sp', 'dash', '+86-']
    if fw:
        styles.append('fw')
    return fmt_mobile(n, R.choice(styles))


def mask_mobile(n):
    return n[:3] + '****' + n[7:]


AREAS = ['010', '021', '020', '022', '023', '024', '025', '027', '028', '029', '0755', '0571',
         '0512', '0731', '0591', '0769', '0757', '0532', '0871', '0592', '0394', '0763']


def landline():
    while True:
        a = R.choice(AREAS)
        n = 7 if a in ('0394', '0763') and R.random() < 0.5 else 8
        loc = R.choice('2345678') + digits(n - 1)
        try:
            pn = phonenumbers.parse(a + loc, 'CN')
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return a, loc


def fmt_land(al, style=None):
    a, loc = al
    style = style or R.choice(['dash', 'dash', 'dash', 'paren', 'plain', 'sp', '+86'])
    if style == 'dash':
        return a + '-' + loc
    if style == 'paren':
        return '(' + a + ')' + loc
    if style == 'plain':
        return a + loc
    if style == 'sp':
        return a + ' ' + loc
    if style == '+86':
        return '+86-' + a[1:] + '-' + loc
    raise ValueError(style)


SERVICE_NUMS = ['10086', '10086', '10010', '10000', '95588', '95533', '95555', '95599', '12306',
                '12345', '114', '4008205555', '400-830-8300', '95516', '10086999']

SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶'
                '程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾'
                '毛郝龚邵万钱严覃武戴莫孔向汤')
SURNAMES2 = ['欧阳', '司马', '上官', '诸葛', '慕容', '东方']
GIVEN_M = ['伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '华', '飞',
           '鑫', '波', '斌', '宇', '浩', '凯', '健', '俊', '帆', '旭', '宁', '龙', '林', '阳',
           '建华', '建国', '志强', '志明', '国强', '海涛', '晓东', '文博', '子轩', '浩然', '宇航',
           '俊杰', '家豪', '永刚', '立新', '德明', '振华', '晨阳', '思远', '一鸣', '嘉诚']
GIVEN_F = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '慧', '莹', '倩',
           '琳', '颖', '洁', '秀英', '秀兰', '桂英', '丽娟', '晓燕', '雅琪', '欣怡', '梓涵', '诗涵',
           '雨桐', '婉清', '思琪', '玉梅', '海燕', '春梅', '美玲', '凤英', '淑华', '晓丽', '佳怡']
MINORITY = ['买买提·艾力', '阿依古丽·吐尔逊', '热依拉·阿不都拉', '艾尔肯·努尔', '古丽娜尔·买买提',
            '扎西·次仁', '巴特尔·额尔敦']


def cname(male=None):
    if R.random() < 0.02:
        return R.choice(MINORITY)
    male = R.random() < 0.5 if male is None else male
    sur = R.choice(SURNAMES2) if R.random() < 0.03 else R.choice(SURNAMES)
    return sur + R.choice(GIVEN_M if male else GIVEN_F)


def mask_name(n):
    return n[0] + '*' * (len(n) - 1) if R.random() < 0.6 else '*' + n[1:]


CITIES = [
    ('广东省', '深圳市', {'南山区': ['科技南十二路', '南海大道', '桃园路', '沙河西路'],
                     '福田区': ['深南中路', '福华三路', '益田路', '彩田路'],
                     '宝安区': ['新安六路', '宝民一路', '建安一路'],
                     '龙岗区': ['龙岗大道', '布吉路', '五和大道']}),
    ('广东省', '广州市', {'天河区': ['天河路', '体育西路', '黄埔大道西', '中山大道西'],
                     '海珠区': ['江南大道中', '新港西路'], '白云区': ['机场路', '白云大道北']}),
    ('广东省', '东莞市', {'南城街道': ['鸿福路', '宏图路'], '长安镇': ['长青路', '振安中路']}),
    ('', '北京市', {'朝阳区': ['建国路', '朝阳北路', '望京西路', '东三环中路'],
                 '海淀区': ['中关村大街', '学院路', '万泉河路'], '丰台区': ['南三环西路', '丰台北路']}),
    ('', '上海市', {'浦东新区': ['张杨路', '世纪大道', '锦绣路', '浦东南路'],
                 '徐汇区': ['漕溪北路', '虹桥路', '宜山路'], '闵行区': ['莘庄路', '七莘路']}),
    ('浙江省', '杭州市', {'西湖区': ['文三路', '天目山路', '古墩路'], '滨江区': ['江南大道', '滨盛路'],
                     '余杭区': ['文一西路', '五常大道']}),
    ('江苏省', '南京市', {'鼓楼区': ['中山北路', '湖南路'], '江宁区': ['双龙大道', '天元中路']}),
    ('四川省', '成都市', {'武侯区': ['人民南路四段', '科华北路'], '锦江区': ['东大街', '红星路三段']}),
    ('湖北省', '武汉市', {'洪山区': ['珞喻路', '雄楚大道'], '江汉区': ['解放大道', '建设大道']}),
    ('', '重庆市', {'渝北区': ['红锦大道', '新牌坊一路'], '南岸区': ['南坪西路', '江南大道']}),
    ('陕西省', '西安市', {'雁塔区': ['科技路', '小寨东路'], '碑林区': ['东大街', '南关正街']}),
    ('福建省', '厦门市', {'思明区': ['厦禾路', '湖滨南路'], '湖里区': ['仙岳路', '枋湖北二路']}),
    ('湖南省', '长沙市', {'岳麓区': ['麓山南路', '桐梓坡路'], '天心区': ['芙蓉中路三段', '书院路']}),
    ('河南省', '郑州市', {'金水区': ['花园路', '经三路'], '二七区': ['大学路', '航海中路']}),
]
RURAL = [('河南省', '周口市', '郸城县', '汲冢镇', '李庄村'), ('四川省', '南充市', '仪陇县', '马鞍镇', '双庙村'),
         ('湖南省', '邵阳市', '隆回县', '桃洪镇', '罗洪村'), ('安徽省', '阜阳市', '临泉县', '鲖城镇', '王庄村'),
         ('江西省', '赣州市', '于都县', '贡江镇', '长征村'), ('广西壮族自治区', '玉林市', '博白县', '龙潭镇', '新华村')]
COMMUNITIES = ['阳光花园', '碧海湾', '锦绣江南', '翠苑', '天鹅湖', '幸福里', '万科城', '金地名苑', '华润城',
               '丽水佳园', '紫荆苑', '春森彼岸', '香槟国际', '绿洲家园', '海岸城', '金色家园', '翡翠郡']
CENTER = {'深圳市': (22.54, 114.06), '广州市': (23.13, 113.26), '东莞市': (23.02, 113.75),
          '北京市': (39.90, 116.40), '上海市': (31.23, 121.47), '杭州市': (30.27, 120.15),
          '南京市': (32.06, 118.79), '成都市': (30.57, 104.06), '武汉市': (30.59, 114.30),
          '重庆市': (29.56, 106.55), '西安市': (34.34, 108.94), '厦门市': (24.48, 118.09),
          '长沙市': (28.23, 112.94), '郑州市': (34.75, 113.62)}


def address(city=None):
    if R.random() < 0.1:
        prov, c, county, town, vil = R.choice(RURAL)
        return '%s%s%s%s%s%d组%d号' % (prov, c, county, town, vil, R.randint(1, 12), R.randint(1, 88))
    prov, c, dists = city or R.choice(CITIES)
    dist = R.choice(list(dists))
    road = R.choice(dists[dist])
    if prov and R.random() < 0.3:
        prov = ''
    num = R.randint(1, 3999)
    comm = R.choice(COMMUNITIES)
    f = R.randint(0, 3)
    if f == 0:
        tail = '%s%d栋%d单元%d%02d室' % (comm, R.randint(1, 30), R.randint(1, 6), R.randint(1, 33), R.randint(1, 8))
    elif f == 1:
        tail = '%s%d号楼%d%02d' % (comm, R.randint(1, 20), R.randint(1, 28), R.randint(1, 6))
    elif f == 2:
        tail = '%s%s栋%d%02d房' % (comm, R.choice('ABCDEF'), R.randint(2, 40), R.randint(1, 9))
    else:
        tail = '%d号院%d号楼%d单元%d%02d' % (R.randint(1, 12), R.randint(1, 15), R.randint(1, 4), R.randint(1, 20), R.randint(1, 4))
        return '%s%s%s%s%s' % (prov, c, dist, road, tail)
    return '%s%s%s%s%d号%s' % (prov, c, dist, road, num, tail)


ID_REGIONS = ['110101', '110105', '110108', '120101', '130102', '130602', '140105', '150102',
              '210102', '210202', '220102', '230103', '310101', '310104', '310115', '320102',
              '320506', '330106', '330203', '340104', '350102', '350203', '360102', '370102',
              '370202', '410105', '411602', '411625', '420106', '430104', '440103', '440106',
              '440305', '440306', '440307', '440301', '445202', '450103', '460106', '500103',
              '500112', '510104', '510107', '510722', '520102', '530102', '610113', '620102',
              '630102', '640104', '650102']
# abolished / table-missing but real-world codes, and HK/Macau/Taiwan residence permits
ID_REGIONS_RARE = ['441900', '432524', '362201', '522121', '810000', '820000', '830000']


def make_id(dob, male, rare=False):
    region = R.choice(ID_REGIONS_RARE if rare else ID_REGIONS)
    seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = region + dob.strftime('%Y%m%d') + '%03d' % seq
    n = body + ric.calc_check_digit(body + '0')
    assert ric_ok(n)
    if not rare:
        assert ric.is_valid(n), n
    return n


def id15(dob, male):
    while True:
        seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
        n = R.choice(ID_REGIONS) + dob.strftime('%y%m%d') + '%03d' % seq
        if not luhn.is_valid(n) and not n.startswith('460'):
            return n


def fmt_id(n):
    return n[:-1] + 'x' if n.endswith('X') and R.random() < 0.35 else n


def mask_id(n):
    s = R.random()
    if s < 0.4:
        return n[:4] + '*' * 10 + n[-4:]
    if s < 0.7:
        return n[:6] + '********' + n[-4:]
    return n[:1] + '*' * 16 + n[-1:]


def fmt_dob(d, style=None):
    style = style if style is not None else R.randint(0, 4)
    return [d.strftime('%Y-%m-%d'), '%d年%d月%d日' % (d.year, d.month, d.day),
            d.strftime('%Y年%m月%d日'), d.strftime('%Y/%m/%d'), d.strftime('%Y%m%d')][style]


BINS = [('622202', 19), ('621226', 19), ('622848', 19), ('621700', 19), ('622700', 19),
        ('621483', 16), ('622588', 16), ('622260', 19), ('621661', 19), ('623058', 19),
        ('622155', 16), ('625965', 16), ('436742', 16), ('622609', 16), ('621799', 19),
        ('622908', 18), ('621558', 19), ('623668', 19), ('622575', 16), ('601382', 19)]
BANK_OF = {'622202': '中国工商银行', '621226': '中国工商银行', '622848': '中国农业银行', '621700': '中国建设银行',
           '622700': '中国建设银行', '621483': '招商银行', '622588': '招商银行', '622260': '交通银行',
           '621661': '中国银行', '623058': '平安银行', '622155': '中信银行', '625965': '招商银行',
           '436742': '中国建设银行', '622609': '中国民生银行', '621799': '中国邮政储蓄银行', '622908': '兴业银行',
           '621558': '中国工商银行', '623668': '中国建设银行', '622575': '招商银行', '601382': '中国银行'}


def bank_card():
    b, n = R.choice(BINS)
    while True:
        body = b + digits(n - len(b) - 1)
        c = body + luhn.calc_check_digit(body)
        if not ric_ok(c):
            return c


def bank_name(c):
    return BANK_OF.get(c[:6], '中国邮政储蓄银行')


def fmt_card(c, grouped=None):
    grouped = R.random() < 0.35 if grouped is None else grouped
    if not grouped:
        return c
    return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))


def mask_card(c):
    s = R.random()
    if s < 0.35:
        return c[:4] + ' **** **** ' + c[-4:]
    if s < 0.7:
        return c[:6] + '*' * (len(c) - 10) + c[-4:]
    if s < 0.85:
        return '**** **** **** ' + c[-4:]
    return '尾号' + c[-4:]


SYL = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun',
       'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'luo', 'gao', 'xiao', 'jian', 'guo', 'hua', 'ming',
       'fang', 'ying', 'jun', 'wei', 'tao', 'lei', 'xin', 'yu', 'hao', 'qing', 'feng', 'lan']
MAIL_DOM = ['qq.com', '163.com', '126.com', '139.com', '189.cn', 'sina.com', 'foxmail.com',
            'outlook.com', 'gmail.com', 'wo.cn', 'yeah.net', 'hotmail.com']


def email(phone=None):
    s = R.random()
    if s < 0.2:
        local = str(R.randint(10000000, 2999999999))
        return local + '@qq.com'
    if s < 0.27 and phone:
        return phone + R.choice(['@139.com', '@189.cn', '@wo.cn'])
    local = R.choice(SYL) + R.choice(['', '.', '_']) + R.choice(SYL) + R.choice(['', str(R.randint(1, 99)), str(R.randint(1970, 2005))])
    return local + '@' + R.choice(MAIL_DOM)


def mask_email(e):
    local, dom = e.split('@')
    return local[:2] + '***@' + dom


TACS = ['86891203', '86729604', '35332510', '86455604', '86012405', '35899608', '86941705',
        '86677406', '35420711', '86811605', '86446403', '35391110']


def imei():
    body = R.choice(TACS) + digits(6)
    return body + luhn.calc_check_digit(body)


def imsi(mnc=None):
    mnc = mnc or R.choice(['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11', '15'])
    return '460' + mnc + digits(10)


def meid():
    return R.choice(['A0000', 'A1000', 'A1000']) + ''.join(R.choice(HEX) for _ in range(9))


def iccid(op=None):
    op = op or R.choice(['00', '00', '02', '01', '03', '11', '06', '15'])
    body = '8986' + op + digits(13)
    return body + luhn.calc_check_digit(body)


def mac(style=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    style = style or R.choice(['colon', 'colon', 'COLON', 'dash', 'cisco'])
    if style == 'colon':
        return ':'.join('%02x' % x for x in b)
    if style == 'COLON':
        return ':'.join('%02X' % x for x in b)
    if style == 'dash':
        return '-'.join('%02X' % x for x in b)
    h = ''.join('%02x' % x for x in b)
    return '%s.%s.%s' % (h[:4], h[4:8], h[8:])


def ipv4(private=False):
    if private:
        return R.choice(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                         '192.168.%d.%d' % (R.randint(0, 10), R.randint(2, 254))])
    a = R.choice(['223.104', '117.136', '112.96', '183.14', '120.229', '36.112', '111.55', '14.153',
                  '113.87', '58.60', '101.88', '39.144', '27.38', '61.141'])
    return '%s.%d.%d' % (a, R.randint(0, 255), R.randint(1, 254))


def ipv6():
    p = R.choice(['2409:8a55', '2409:891e', '240e:3b4', '2408:8456', '240e:47c'])
    groups = ['%x' % R.randint(0, 0xffff) for _ in range(R.choice([2, 3, 6]))]
    if len(groups) == 6:
        return p + ':' + ':'.join(groups)
    return p + ':' + groups[0] + '::' + ':'.join(groups[1:])


def coord(city='深圳市', order='latlng', prec=6):
    la, lo = CENTER.get(city, (30.0, 114.0))
    la += R.uniform(-0.15, 0.15)
    lo += R.uniform(-0.15, 0.15)
    fa, fo = '%.*f' % (prec, la), '%.*f' % (prec, lo)
    return (fa, fo) if order == 'latlng' else (fo, fa)


def cgi(mnc='00', kind=None):
    kind = kind or R.choice(['gsm', 'lte', 'lte', 'nr'])
    if kind == 'gsm':
        return '460-%s-%d-%d' % (mnc, R.randint(9000, 65000), R.randint(1000, 65000))
    if kind == 'lte':
        return '460-%s-%d-%d' % (mnc, R.randint(100000, 1048575), R.randint(1, 255))
    return '460-%s-%d-%d' % (mnc, R.randint(1000000, 16777215), R.randint(1, 4095))


PLATE_PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼'
PLATE_LET = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def plate(city_prov=None):
    p = city_prov or R.choice(PLATE_PROV)
    let = R.choice('ABCDEFGHJK')
    if R.random() < 0.25:
        tail = R.choice('DF') + R.choice(DIG + 'ABCDEFGHJK') + digits(4)
    else:
        tail = list(digits(5))
        for i in R.sample(range(5), R.randint(0, 2)):
            tail[i] = R.choice(PLATE_LET)
        tail = ''.join(tail)
    sep = R.choice(['', '', '·', ' '])
    return p + let + sep + tail


def passport():
    s = R.random()
    if s < 0.6:
        return 'E' + digits(8)
    if s < 0.85:
        return 'E' + R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7)
    return 'G' + digits(8)


def hkmo_permit():
    s = R.random()
    if s < 0.6:
        return 'C' + digits(8)
    return R.choice('HM') + digits(8)


USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'


def org_code():
    body = 'MA' + ''.join(R.choice(DIG + 'ABCDEFGHJKLMNPQRTUWXY') for _ in range(6)) if R.random() < 0.6 \
        else digits(8)
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = sum((int(c) if c.isdigit() else ord(c) - 55) * x for c, x in zip(body, w))
    c = 11 - v % 11
    return body + ('X' if c == 10 else '0' if c == 11 else str(c))


def uscc_code():
    import stdnum.cn.uscc as uscc
    while True:
        body = R.choice(['91', '91', '92', '52']) + R.choice(ID_REGIONS) + org_code()
        n = body + uscc.calc_check_digit(body)
        if uscc.is_valid(n) and not ric_ok(n) and not luhn.is_valid(n):
            return n


CO_A = ['深圳市', '广州市', '东莞市', '杭州市', '北京', '上海', '成都市', '武汉市']
CO_B = ['华信通', '鼎盛', '云帆', '恒泰', '百合', '启明', '瑞丰', '创维达', '新视界', '速通', '博远', '佳和']
CO_C = ['科技有限公司', '贸易有限公司', '物流有限公司', '餐饮管理有限公司', '电子商务有限公司',
        '信息技术有限公司', '建筑工程有限公司', '文化传媒有限公司']


def company():
    return R.choice(CO_A) + R.choice(CO_B) + R.choice(CO_C)


def corp_account():
    return neg_digits(R.choice([17, 19, 20, 22]), R.choice(['4000', '7551', '3110', '1203', '4420']))


def rand_dt(start=datetime(2024, 6, 1), days=30):
    return start + timedelta(seconds=R.randint(0, days * 86400 - 1))


def dob_rand(lo=1955, hi=2004):
    return date(lo, 1, 1) + timedelta(days=R.randint(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))


def uuid():
    h = ''.join(R.choice('0123456789abcdef') for _ in range(32))
    return '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab') + h[17:20], h[20:])


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def b64(n, extra='-_'):
    return ''.join(R.choice(B64 + extra) for _ in range(n))


def jwt():
    return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + 'eyJ' + b64(R.randint(60, 110), '') + '.' + b64(43)


def api_key():
    return R.choice(['ak_live_' + b64(32, ''), 'sk_' + hexs(40), 'AKID' + b64(32, ''), hexs(32)])


class Person:
    def __init__(self, city=None, lo=1955, hi=2004, rare=False):
        self.male = R.random() < 0.5
        self.name = cname(self.male)
        self.dob = dob_rand(lo, hi)
        self.id = make_id(self.dob, self.male, rare=rare or R.random() < 0.04)
        self.phone = mobile()
        self.city = city or R.choice(CITIES)
        self.addr = address(self.city)
        self.email = email(self.phone)
        self.card = bank_card()


PLAN = ['5G智享套餐128元', '5G畅享套餐169元', '全球通尊享套餐288元', '动感地带芒果卡29元', '神州行畅聊套餐18元',
        '5G融合套餐199元（含千兆宽带）', '花卡宝藏版39元']


# ----------------------------------------------------------------------------- files
def f_bill(d):
    for k in range(2):
        p = Person(CITIES[0] if k == 0 else CITIES[4])
        city = p.city[1]
        mnc = R.choice(['00', '02', '07'])
        contacts = [mobile() for _ in range(9)]
        lands = [landline() for _ in range(3)]
        cells = [cgi(mnc) for _ in range(7)]
        d.ln('                         中国移动通信 客户话费详单（2024年06月）')
        d.ln('=' * 96)
        d.ln('客户姓名：', L(p.name, 'PERSON_NAME'), ' ' * (18 - dwidth(p.name)), '服务号码：', L(p.phone, 'PHONE_NUMBER'))
        d.ln('品牌：', R.choice(['全球通', '动感地带', '神州行']), '                  套餐：', R.choice(PLAN))
        d.ln('查询周期：2024-06-01 至 2024-06-30          打印时间：2024-07-0%d %02d:%02d:%02d' % (
            R.randint(1, 5), R.randint(8, 20), R.randint(0, 59), R.randint(0, 59)))
        d.ln('账户编号：', neg_digits(12, '8'), '                  账单编号：', neg_digits(18, '202406'))
        d.ln('详单流水：', neg_digits(21, '2024070'), '       归属地：', p.city[0] or p.city[1], ' ', city)
        d.ln('账单寄送地址：', L(p.addr, 'STREET_ADDRESS'))
        d.ln('入网时间：20%02d-%02d-%02d    证件号码：%s（已脱敏）' % (R.randint(8, 22), R.randint(1, 12), R.randint(1, 28), mask_id(p.id)))
        d.ln('-' * 96)
        d.ln('【通话详单】')
        d.ln('序号  起始时间             通信地点  通信方式  对方号码          通信时长    通信类型  基站CGI                   费用(元)')
        calls = sorted(rand_dt() for _ in range(R.randint(26, 32)))
        for i, t in enumerate(calls, 1):
            r = R.random()
            if r < 0.66:
                n = R.choice(contacts)
                peer = (n, 'PHONE_NUMBER')
            elif r < 0.72:
                peer = (mask_mobile(R.choice(contacts)), None)
            elif r < 0.84:
                peer = (fmt_land(R.choice(lands), R.choice(['plain', 'plain', 'dash'])), 'PHONE_NUMBER')
            else:
                peer = (R.choice(SERVICE_NUMS), None)
            dur = R.randint(3, 1900)
            c = R.choice(cells)
            fee = 0.0 if R.random() < 0.7 else round(dur / 60 * 0.19, 2)
            d.ln('%04d  %s  %s    %s      ' % (i, t.strftime('%Y-%m-%d %H:%M:%S'), city[:2], R.choice(['主叫', '被叫'])),
                 cell(peer[0], peer[1], 18), '%-12s' % ('%d分%02d秒' % (dur // 60, dur % 60)),
                 cell(R.choice(['本地', '本地', '国内长途', '省内漫游']), None, 10), cell(c, 'CELL_ID', 26), '%.2f' % fee)
        d.ln()
        d.ln('【短/彩信详单】')
        d.ln('序号  发送时间             对方号码          类型  业务  费用(元)')
        for i, t in enumerate(sorted(rand_dt() for _ in range(R.randint(10, 14))), 1):
            r = R.random()
            if r < 0.6:
                peer = (R.choice(contacts), 'PHONE_NUMBER')
            elif r < 0.8:
                peer = ('1069' + digits(R.choice([8, 9, 10])), None)
            else:
                peer = (R.choice(['10086', '95588', '10658139', '106575261001', '95555']), None)
            d.ln('%04d  %s  ' % (i, t.strftime('%Y-%m-%d %H:%M:%S')), cell(peer[0], peer[1], 18),
                 R.choice(['发送', '接收']), '  短信  %.2f' % R.choice([0, 0, 0, 0.1]))
        d.ln()
        d.ln('【上网详单】')
        d.ln('序号  起始时间             时长      流量(KB)      网络  接入点  基站                      费用(元)')
        for i, t in enumerate(sorted(rand_dt() for _ in range(R.randint(14, 18))), 1):
            dur = R.randint(30, 7200)
            d.ln('%04d  %s  %02d:%02d:%02d  %-12.2f  %s    %-6s  ' % (
                i, t.strftime('%Y-%m-%d %H:%M:%S'), dur // 3600, dur // 60 % 60, dur % 60,
                R.uniform(10, 900000), R.choice(['4G', '5G', '5G']), R.choice(['cmnet', 'cmwap', 'ims'])),
                cell(R.choice(cells), 'CELL_ID', 26), '0.00')
        d.ln('-' * 96)
        base = float(R.choice([128, 169, 288, 29, 18, 199, 39]))
        extra = round(R.uniform(0, 60), 2)
        d.ln('套餐及固定费：%.2f元   语音通信费：%.2f元   上网费：0.00元   增值业务费：%.2f元' % (base, extra, R.choice([0, 5, 10, 15])))
        d.ln('本月消费合计：￥%.2f   本期已付：￥%.2f   可用余额：%.2f元   积分：%d' % (
            base + extra, base + extra, R.uniform(0, 300), R.randint(100, 20000)))
        d.ln('温馨提示：如对详单有疑问，请拨打客服热线10086或登录网上营业厅查询。')
        d.ln()
        d.ln()


def f_topup(d):
    d.w('\ufeff')
    d.ln('充值流水号,充值号码,充值金额(元),到账金额(元),充值渠道,渠道交易号,付款账号,付款人,交易时间,终端IP,状态')
    for _ in range(62):
        t = rand_dt()
        amt = R.choice([10, 20, 30, 50, 50, 100, 100, 200, 300, 500])
        got = amt if R.random() < 0.8 else round(amt * R.choice([0.98, 0.995, 1.0]), 2)
        ch = R.choice(['支付宝', '支付宝', '微信支付', '微信支付', '银行卡', '云闪付', '营业厅现金', '和包支付'])
        serial = neg_digits(20, t.strftime('%Y%m%d'))
        num = mobile()
        name = cname()
        ip = (ipv4(), 'IP_ADDRESS')
        if ch == '支付宝':
            trade = t.strftime('%Y%m%d') + '2200' + digits(16)
            r = R.random()
            if r < 0.35:
                e = email()
                acct = (e, 'EMAIL_ADDRESS')
            elif r < 0.65:
                acct = (rmob(mix=0.1), 'PHONE_NUMBER')
            else:
                acct = (mask_mobile(mobile()) if R.random() < 0.5 else mask_email(email()), None)
            payer = (name, 'PERSON_NAME') if R.random() < 0.5 else (mask_name(name), None)
        elif ch == '微信支付':
            trade = '42000' + digits(5) + t.strftime('%Y%m%d') + digits(10)
            acct = ('o' + b64(27, '-_'), None)
            payer = (mask_name(name), None)
        elif ch == '银行卡':
            trade = neg_digits(R.choice([16, 18, 19]), t.strftime('%y%m%d'))
            c = bank_card()
            acct = (fmt_card(c), 'BANK_CARD_NUMBER') if R.random() < 0.55 else (mask_card(c), None)
            payer = (name, 'PERSON_NAME')
        elif ch == '云闪付':
            trade = neg_digits(19, t.strftime('%m%d'))
            acct = (mask_card(bank_card()), None)
            payer = (mask_name(name), None)
        elif ch == '和包支付':
            trade = neg_digits(18, t.strftime('%Y%m%d'))
            acct = (num, 'PHONE_NUMBER')
            payer = (name, 'PERSON_NAME') if R.random() < 0.5 else ('', None)
        else:
            trade = 'YYT' + neg_digits(14, '0755')
            acct = ('', None)
            payer = (name, 'PERSON_NAME') if R.random() < 0.4 else ('', None)
            ip = ('', None)
        status = R.choice(['成功', '成功', '成功', '成功', '失败', '处理中', '已退款'])
        d.row([serial, (rmob(num, mix=0.05), 'PHONE_NUMBER'), '%.2f' % amt, '%.2f' % got, ch, trade,
               acct, payer, t.strftime('%Y-%m-%d %H:%M:%S'), ip, status])


def f_callback(d):
    merchants = [('M10023', '星海互娱'), ('M10077', '乐看视频'), ('M20105', '云端阅读'), ('M30002', '快游盒子')]
    domain = {'M10023': 'xhgame', 'M10077': 'lekan', 'M20105': 'yunread', 'M30002': 'kuaiyou'}
    keys = {m: api_key() for m, _ in merchants}
    t = datetime(2024, 6, 15, 0, 3, 11)
    for i in range(40):
        t += timedelta(seconds=R.randint(60, 1700), milliseconds=R.randint(0, 999))
        mid, mname = R.choice(merchants)
        order = 'CP' + t.strftime('%Y%m%d%H%M%S') + digits(6)
        n = mobile()
        ip = ipv4()
        amt = R.choice([100, 600, 1000, 1800, 3000, 6800, 9900])
        ts = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
        th = 'http-nio-8443-exec-%d' % R.randint(1, 64)
        ms = str(int(t.timestamp() * 1000))
        form = R.choice(['86', '86', 'plain'])
        msisdn = n if form == 'plain' else fmt_mobile(n, form)
        d.ln(ts, ' INFO  [', th, '] c.o.b.carrier.NotifyController - recv POST /openapi/v2/carrier/notify?merchantId=',
             mid, '&orderNo=', order, '&msisdn=', L(msisdn, 'PHONE_NUMBER'), '&amount=', str(amt),
             '&timestamp=', ms, '&nonce=', b64(8, ''), '&sign=', hexs(32), ' from ', L(ip, 'IP_ADDRESS'))
        if R.random() < 0.45:
            hdr = R.choice(['bearer', 'apikey', 'both'])
            parts = [ts, ' DEBUG [', th, '] c.o.b.carrier.AuthFilter - headers {']
            if hdr in ('bearer', 'both'):
                parts += ['Authorization=Bearer ', L(jwt(), 'CREDENTIAL'), ', ']
            if hdr in ('apikey', 'both'):
                parts += ['X-Api-Key=', L(keys[mid], 'CREDENTIAL'), ', ']
            parts += ['X-Forwarded-For=', L(ip, 'IP_ADDRESS'), ', User-Agent=okhttp/4.9.3, X-Request-Id=', uuid(), '}']
            d.ln(*parts)
        r = R.random()
        if r < 0.12:
            d.ln(ts, ' WARN  [', th, '] c.o.b.carrier.SignVerifier - sign mismatch orderNo=', order,
                 ' msisdn=', mask_mobile(n), ' expect=', hexs(32), ' got=', hexs(32))
            continue
        body = {'orderNo': order, 'merchantId': mid, 'productName': mname + R.choice(['月卡', '钻石礼包', '会员连续包月']),
                'msisdn': (R.choice([n, '+86' + n, n]), 'PHONE_NUMBER'), 'amount': amt, 'currency': 'CNY',
                'payTime': t.strftime('%Y%m%d%H%M%S'), 'status': R.choice(['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED']),
                'transId': neg_digits(19, '9' + t.strftime('%m%d')), 'province': R.choice(['GD', 'ZJ', 'BJ', 'SH', 'SC'])}
        if R.random() < 0.3:
            body['imsi'] = (imsi(R.choice(['00', '02', '07'])), 'IMSI_ID')
        if R.random() < 0.25:
            body['accessToken'] = (b64(R.choice([32, 40]), ''), 'CREDENTIAL')
        d.w(ts, ' INFO  [', th, '] c.o.b.carrier.NotifyService - forward body=')
        jdump(d, body)
        d.ln(' -> https://pay.', domain[mid], '-demo.cn/notify rt=', str(R.randint(12, 900)), 'ms')
        if R.random() < 0.15:
            d.ln(ts, ' ERROR [', th, '] c.o.b.carrier.RetryJob - merchant ', mid, ' returned HTTP 502, retry ',
                 str(R.randint(1, 3)), '/5 in 60s, orderNo=', order, ' client=', L(ip, 'IP_ADDRESS'))
    d.ln(t.strftime('%Y-%m-%d %H:%M:%S'), '.999 INFO  [main] c.o.b.carrier.DailyStat - notify total=40 app=carrier-pay build=3.12.20240601.7 jdk=17.0.9')


def f_invoice(d):
    sellers = [('中国移动通信集团广东有限公司深圳分公司', '深圳市福田区深南大道6011号', ('0755', '83211234')),
               ('中国移动通信集团广东有限公司广州分公司', '广州市天河区珠江新城珠江西路11号', ('020', '38381234'))]
    sel_tax = [uscc_code() for _ in sellers]
    sel_acct = [corp_account() for _ in sellers]
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    count = 26
    d.ln('<EInvoiceBatch xmlns="urn:example:einvoice:v2" batchNo="EB', neg_digits(16, '2024'), '" period="202406" count="%d">' % count)
    for i in range(count):
        si = R.randrange(2)
        personal = R.random() < 0.65
        t = datetime(2024, 7, R.randint(1, 6), R.randint(8, 22), R.randint(0, 59), R.randint(0, 59))
        d.ln('  <Invoice>')
        d.ln('    <InvoiceNo>', neg_digits(20, '2444' + R.choice('0123')), '</InvoiceNo>')
        d.ln('    <InvoiceType>', R.choice(['电子发票（普通发票）', '电子发票（增值税专用发票）'] if not personal else ['电子发票（普通发票）']), '</InvoiceType>')
        d.ln('    <IssueTime>', t.strftime('%Y-%m-%d %H:%M:%S'), '</IssueTime>')
        d.ln('    <BillNo>', neg_digits(18, '202406'), '</BillNo>')
        d.ln('    <Seller>')
        d.ln('      <Name>', sellers[si][0], '</Name>')
        d.ln('      <TaxId>', sel_tax[si], '</TaxId>')
        d.ln('      <AddressPhone>', sellers[si][1], ' ', L(fmt_land(sellers[si][2], 'dash'), 'PHONE_NUMBER'), '</AddressPhone>')
        d.ln('      <BankAccount>中国工商银行深圳分行 ', sel_acct[si], '</BankAccount>')
        d.ln('    </Seller>')
        d.ln('    <Buyer>')
        if personal:
            p = Person()
            d.ln('      <Type>自然人</Type>')
            d.ln('      <Name>', L(p.name, 'PERSON_NAME'), '</Name>')
            if R.random() < 0.5:
                d.ln('      <TaxId>', L(p.id, 'CHINA_RESIDENT_ID_NUMBER'), '</TaxId>')
            else:
                d.ln('      <TaxId/>')
            if R.random() < 0.55:
                d.ln('      <AddressPhone>', L(p.addr, 'STREET_ADDRESS'), ' ', L(rmob(p.phone, mix=0.2), 'PHONE_NUMBER'), '</AddressPhone>')
            if R.random() < 0.3:
                d.ln('      <BankAccount>', bank_name(p.card), ' ', L(fmt_card(p.card), 'BANK_CARD_NUMBER'), '</BankAccount>')
            if R.random() < 0.5:
                d.ln('      <ServiceNumber>', L(p.phone, 'PHONE_NUMBER'), '</ServiceNumber>')
            else:
                d.ln('      <ServiceNumber>', mask_mobile(p.phone), '</ServiceNumber>')
            d.ln('      <DeliverEmail>', L(p.email, 'EMAIL_ADDRESS'), '</DeliverEmail>')
            d.ln('      <DeliverPhone>', L(rmob(p.phone, mix=0.2), 'PHONE_NUMBER'), '</DeliverPhone>')
        else:
            co = company()
            d.ln('      <Type>企业</Type>')
            d.ln('      <Name>', co, '</Name>')
            d.ln('      <TaxId>', uscc_code(), '</TaxId>')
            city = R.choice(CITIES[:2])
            d.ln('      <AddressPhone>', city[1], R.choice(list(city[2])), R.choice(['科技园', '高新区', '商务中心']),
                 str(R.randint(1, 20)), '号办公楼', str(R.randint(1, 30)), '层 ', L(fmt_land(landline(), 'dash'), 'PHONE_NUMBER'), '</AddressPhone>')
            d.ln('      <BankAccount>', R.choice(['招商银行', '平安银行', '中国银行']), R.choice(['深圳分行', '广州天河支行']), ' ', corp_account(), '</BankAccount>')
            c = Person()
            d.ln('      <Contact>', L(c.name, 'PERSON_NAME'), '</Contact>')
            d.ln('      <DeliverEmail>', L(c.email, 'EMAIL_ADDRESS'), '</DeliverEmail>')
            d.ln('      <DeliverPhone>', L(rmob(c.phone, mix=0.15), 'PHONE_NUMBER'), '</DeliverPhone>')
        d.ln('    </Buyer>')
        d.ln('    <Items>')
        total = tax_t = 0.0
        for name, rate in R.sample([('*基础电信服务*通信服务费', 0.09), ('*增值电信服务*流量费', 0.06),
                                    ('*增值电信服务*短信费', 0.06), ('*基础电信服务*宽带月租', 0.09),
                                    ('*增值电信服务*彩铃功能费', 0.06)], R.randint(1, 3)):
            amt = round(R.uniform(5, 400), 2)
            tax = round(amt * rate, 2)
            total += amt
            tax_t += tax
            d.ln('      <Item name="', name, '" unit="月" qty="1" amount="%.2f" taxRate="%d%%" tax="%.2f"/>' % (amt, rate * 100, tax))
        d.ln('    </Items>')
        d.ln('    <Total amount="%.2f" tax="%.2f" withTax="%.2f"/>' % (total, tax_t, total + tax_t))
        d.ln('    <Drawer>', R.choice(['系统开具', 'EI0032', 'EI0107']), '</Drawer>')
        d.ln('    <VerifyCode>', neg_digits(20, '1'), '</VerifyCode>')
        d.ln('  </Invoice>')
    d.ln('</EInvoiceBatch>')


MODELS = [('华为', 'Mate 60 Pro 12GB+512GB', 6999), ('苹果', 'iPhone 15 256GB', 6999), ('小米', '14 Ultra 16GB+512GB', 6499),
          ('OPPO', 'Find X7 12GB+256GB', 3999), ('vivo', 'X100 16GB+512GB', 4999), ('荣耀', 'Magic6 12GB+256GB', 4399),
          ('华为', 'nova 12 8GB+256GB', 2999)]


def f_contracts(d):
    branch_tax = {b: uscc_code() for b in ['深圳', '广州', '东莞']}
    for k in range(12):
        old = k in (1, 6, 10)
        p = Person(lo=1960, hi=1980 if old else 2003)
        g = Person(city=p.city, lo=1955, hi=1998)
        brand, model, price = R.choice(MODELS)
        no = 'HY-%s-2024%02d%02d-%06d' % (R.choice(['SZ', 'GZ', 'DG', 'HZ']), R.randint(3, 6), R.randint(1, 28), R.randint(1, 999999))
        sd = date(2024, R.randint(3, 6), R.randint(1, 28))
        down = R.choice([0, 500, 1000, 1500])
        n = R.choice([12, 24, 36])
        per = round((price - down) / n, 2)
        d.ln('合约机分期付款协议')
        d.ln('协议编号：', no, '                    受理渠道：', R.choice(['南山科技园营业厅', '天河城自营厅', '线上商城', '东门授权店']))
        d.ln()
        br = R.choice(['深圳', '广州', '东莞'])
        d.ln('甲方：中国移动通信集团广东有限公司', br, '分公司（统一社会信用代码：', branch_tax[br], '）')
        idv = id15(p.dob, p.male) if old else fmt_id(p.id)
        d.ln('乙方：', L(p.name, 'PERSON_NAME'), '，', '男' if p.male else '女', '，出生日期', L(fmt_dob(p.dob, R.choice([0, 1, 2])), 'DATE_OF_BIRTH'),
             '，', '身份证号码（旧版）' if old else '居民身份证号码', L(idv, 'CHINA_RESIDENT_ID_NUMBER'),
             '，联系电话', L(rmob(p.phone), 'PHONE_NUMBER'), '，常住地址', L(p.addr, 'STREET_ADDRESS'), '。')
        if R.random() < 0.3:
            d.ln('乙方另留备用联系方式：', L(fmt_land(landline()), 'PHONE_NUMBER'), '（住宅），电子邮箱', L(p.email, 'EMAIL_ADDRESS'), '。')
        d.ln()
        d.ln('第一条 终端及号码')
        term = ['乙方自愿选购', brand, ' ', model, ' 一台，终端串号（IMEI）', L(imei(), 'IMEI_HARDWARE_ID')]
        if R.random() < 0.4:
            term += ['，副卡槽IMEI2 ', L(imei(), 'IMEI_HARDWARE_ID')]
        if R.random() < 0.2:
            term += ['，MEID ', L(meid(), 'MEID')]
        term += ['，终端零售价', '%.2f' % price, '元。乙方使用号码', L(p.phone, 'PHONE_NUMBER'), '，配套SIM卡ICCID为',
                 L(iccid('00'), 'ICCID_NUMBER'), '，IMSI ', L(imsi('00'), 'IMSI_ID'), '，入网套餐为', R.choice(PLAN), '，最低在网', str(n), '个月。']
        d.ln(*term)
        d.ln()
        d.ln('第二条 分期付款')
        d.ln('乙方首付%.2f元，剩余%.2f元分%d期支付，每期%.2f元，月手续费率0.00%%，首期扣款日为%d年%d月15日。分期总额、期数以本协议为准，'
             '账单号%s项下另行列示。' % (down, price - down, n, per, sd.year + (sd.month // 12), sd.month % 12 + 1, neg_digits(18, '2024')))
        d.ln()
        d.ln('第三条 代扣账户')
        holder = p if R.random() < 0.85 else g
        d.ln('乙方授权甲方每月从以下银行账户代扣分期款：开户行', bank_name(holder.card), R.choice(['深圳分行', '广州天河支行', '南山支行']),
             '，户名', L(holder.name, 'PERSON_NAME'), '，卡号', L(fmt_card(holder.card), 'BANK_CARD_NUMBER'),
             '，银行预留手机号', L(rmob(holder.phone, mix=0.1), 'PHONE_NUMBER'), '。如扣款失败，甲方将以短信方式通知乙方，并于3个工作日后重新发起扣款。')
        d.ln()
        d.ln('第四条 担保')
        if R.random() < 0.8:
            rel = R.choice(['配偶', '父亲', '母亲', '兄弟', '同事', '朋友'])
            gd = [ '担保人', L(g.name, 'PERSON_NAME'), '（与乙方关系：', rel, '），身份证号', L(fmt_id(g.id), 'CHINA_RESIDENT_ID_NUMBER')]
            if R.random() < 0.4:
                gd += ['，出生于', L(fmt_dob(g.dob, 1), 'DATE_OF_BIRTH')]
            gd += ['，手机', L(rmob(g.phone), 'PHONE_NUMBER'), '，住址', L(g.addr, 'STREET_ADDRESS')]
            if R.random() < 0.3:
                gd += ['，名下车辆号牌', L(plate('粤'), 'CHINA_LICENSE_PLATE')]
            gd += ['，自愿为乙方在本协议项下的全部付款义务承担连带保证责任。']
            d.ln(*gd)
        else:
            d.ln('本协议无担保人。乙方已缴纳终端押金', '%.2f' % R.choice([500, 800, 1000]), '元，押金收据号', neg_digits(16, '7'), '。')
        d.ln()
        d.ln('第五条 违约责任')
        d.ln('乙方逾期付款超过30日的，甲方有权暂停其通信服务，并按日万分之五收取违约金；逾期超过90日的，甲方可委托第三方催收机构进行催收，'
             '乙方同意甲方向其提供履约所必需的姓名、号码及欠款信息。')
        d.ln()
        d.ln('甲方（盖章）：                              乙方（签字）：', L(p.name, 'PERSON_NAME'))
        d.ln('经办人工号：', R.choice(['SZ', 'GZ']) + digits(5), '                           签订日期：', sd.strftime('%Y年%m月%d日'))
        d.ln()
        d.ln('*' * 80)
        d.ln()


def f_collection(d):
    d.ln('逾期欠费催收记录导出  导出时间：2024-06-30 18:02:44  导出人工号：CL0032  范围：M1-M3')
    d.ln()
    for k in range(22):
        p = Person(lo=1965, hi=2000)
        case = 'CS2024%02d%02d%05d' % (R.randint(4, 6), R.randint(1, 28), R.randint(1, 99999))
        owe = round(R.uniform(80, 4800), 2)
        d.ln('【案件】', case, '  欠费号码：', L(p.phone, 'PHONE_NUMBER'), '  客户：', L(p.name, 'PERSON_NAME'),
             '  欠费金额：', '{:,.2f}'.format(owe), '元  账龄：', R.choice(['M1', 'M2', 'M3']), '  账户：', neg_digits(12, '8'))
        if R.random() < 0.5:
            d.ln('  证件：', L(fmt_id(p.id), 'CHINA_RESIDENT_ID_NUMBER'), '  装机/账单地址：', L(p.addr, 'STREET_ADDRESS'))
        else:
            d.ln('  证件：', mask_id(p.id), '  账单地址：', p.city[1], '（详细地址见CRM）')
        t = datetime(2024, 6, R.randint(1, 8), R.randint(9, 11), R.randint(0, 59))
        emerg = Person(city=p.city)
        for j in range(R.randint(2, 5)):
            t += timedelta(days=R.randint(1, 5), minutes=R.randint(0, 300))
            agent = 'CL%04d' % R.randint(1, 80)
            ts = t.strftime('%Y-%m-%d %H:%M')
            r = R.randint(0, 6)
            if r == 0:
                d.ln('  ', ts, ' ', agent, ' 外呼', L(fmt_mobile(p.phone, 'fw') if k % 4 == 1 else rmob(p.phone, mix=0.4, fw=True), 'PHONE_NUMBER'), '，客户称在外地出差，承诺',
                     '%d月%d日前通过支付宝缴清' % (t.month, min(28, t.day + 5)), '，已发送缴费提醒短信。')
            elif r == 1:
                d.ln('  ', ts, ' ', agent, ' 外呼无人接听，转拨紧急联系人', L(emerg.name, 'PERSON_NAME'), '（', R.choice(['配偶', '母亲', '同事', '姐姐']),
                     '）', L(fmt_mobile(emerg.phone, 'fw') if k % 4 == 1 else rmob(emerg.phone, mix=0.4, fw=True), 'PHONE_NUMBER'), '，对方表示会转告。')
            elif r == 2:
                d.ln('  ', ts, ' ', agent, ' 客户来电（来电号码', L(fmt_land(landline(), R.choice(['dash', 'plain'])), 'PHONE_NUMBER'),
                     '），对', '%.2f' % round(owe * R.uniform(0.1, 0.5), 2), '元国际漫游费有异议，已建工单', neg_digits(16, '1'), '转账务核查。')
            elif r == 3:
                d.ln('  ', ts, ' ', agent, ' 上门走访，地址', L(p.addr, 'STREET_ADDRESS'), '，家中无人，楼下停放客户车辆',
                     L(plate(), 'CHINA_LICENSE_PLATE'), '，留置缴费通知书一份。')
            elif r == 4:
                c = bank_card()
                if R.random() < 0.6:
                    d.ln('  ', ts, ' ', agent, ' 客户同意签约代扣，提供卡号', L(fmt_card(c, R.random() < 0.5), 'BANK_CARD_NUMBER'),
                         '（', bank_name(c), '），户名', L(p.name, 'PERSON_NAME'), '，待核验。')
                else:
                    d.ln('  ', ts, ' ', agent, ' 代扣失败，卡号', mask_card(c), '余额不足，银行返回码51，下次扣款',
                         '%d-%02d-%02d' % (t.year, t.month, min(28, t.day + 3)), '。')
            elif r == 5:
                d.ln('  ', ts, ' ', agent, ' 客户已通过微信缴费', '%.2f' % owe, '元，交易单号', '4200' + digits(24),
                     '，已申请复机，号码', mask_mobile(p.phone), '恢复通话。')
            else:
                d.ln('  ', ts, ' ', agent, ' 客户情绪激动，称不认识', L(p.name, 'PERSON_NAME'), '，系号码二次放号；核实入网证件号',
                     mask_id(p.id), '，转风控复核，客服热线10086备注。')
        d.ln('  结论：', R.choice(['承诺还款', '已结清', '失联', '转委外', '争议待核']), '  下次跟进：',
             (t + timedelta(days=3)).strftime('%Y-%m-%d'))
        d.ln()


def f_credit(d):
    t = datetime(2024, 6, 15, 8, 0, 0)
    key = api_key()
    for i in range(42):
        t += timedelta(seconds=R.randint(5, 900))
        p = Person()
        rid = uuid()
        kind = R.random()
        if kind < 0.7:
            idt, idn = 'ID_CARD', (fmt_id(p.id), 'CHINA_RESIDENT_ID_NUMBER')
        elif kind < 0.86:
            idt, idn = 'PASSPORT', (passport(), 'CHINA_PASSPORT')
        else:
            idt, idn = 'HK_MACAU_PERMIT', (hkmo_permit(), 'HK_MACAU_TRAVEL_PERMIT')
        body = {'name': (p.name, 'PERSON_NAME'), 'idType': idt, 'idNo': idn,
                'mobile': (rmob(p.phone, mix=0.15), 'PHONE_NUMBER')}
        if R.random() < 0.6:
            body['bankCard'] = (p.card, 'BANK_CARD_NUMBER')
        if idt != 'ID_CARD' or R.random() < 0.3:
            body['birthDate'] = (fmt_dob(p.dob, R.choice([0, 4])), 'DATE_OF_BIRTH')
        if R.random() < 0.4:
            body['homeAddress'] = (p.addr, 'STREET_ADDRESS')
        body['scene'] = R.choice(['HANDSET_INSTALLMENT', 'POSTPAID_UPGRADE', 'BROADBAND_DEPOSIT_WAIVER'])
        body['authCode'] = 'AUTH' + t.strftime('%Y%m%d') + digits(8)
        hdr = {'apiKey': (key, 'CREDENTIAL')} if R.random() < 0.5 else {'apiKeyHash': hexs(40)}
        rec = {'ts': t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+08:00' % R.randint(0, 999), 'dir': 'request', 'reqId': rid,
               'clientIp': (ipv4(private=R.random() < 0.6), 'IP_ADDRESS'), 'headers': hdr, 'body': body}
        jdump(d, rec)
        d.w('\n')
        t2 = t + timedelta(milliseconds=R.randint(80, 3000))
        score = R.randint(350, 850)
        data = {'queryId': neg_digits(18, '2024'), 'name': mask_name(p.name), 'idNo': mask_id(p.id),
                'score': score, 'grade': 'A' if score > 750 else 'B' if score > 650 else 'C' if score > 550 else 'D',
                'overdueCount12m': R.randint(0, 4), 'maxOverdueAmount': round(R.uniform(0, 5000), 2),
                'verify': {'nameIdMatch': R.random() < 0.9, 'mobileMatch': R.random() < 0.85, 'mobileOnlineMonths': R.randint(1, 180)},
                'creditLimit': R.choice([0, 2000, 5000, 8000, 12000])}
        if R.random() < 0.35:
            data['mobile'] = (rmob(p.phone, mix=0.0), 'PHONE_NUMBER') if R.random() < 0.3 else mask_mobile(p.phone)
        if 'bankCard' in body:
            data['bankCard'] = mask_card(p.card)
        rec = {'ts': t2.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+08:00' % R.randint(0, 999), 'dir': 'response', 'reqId': rid,
               'httpStatus': 200, 'code': R.choice(['0000', '0000', '0000', '1003']), 'costMs': R.randint(80, 3000), 'data': data}
        jdump(d, rec)
        d.w('\n')


def f_debit(d):
    d.ln('协议号,服务号码,账户名称,证件类型,证件号码,开户银行,银行账号,预留手机号,签约渠道,签约日期,单笔扣款上限(元),状态,备注')
    for i in range(46):
        sd = date(2023, 1, 1) + timedelta(days=R.randint(0, 540))
        agr = 'DK' + sd.strftime('%Y%m%d') + digits(8)
        ch = R.choice(['营业厅', '网上营业厅', '掌上营业厅APP', '银行柜面', '银联无卡'])
        if R.random() < 0.12:
            co = company()
            d.row([agr, (fmt_land(landline(), 'dash'), 'PHONE_NUMBER'), '"' + co + '"', '统一社会信用代码', uscc_code(),
                   R.choice(['招商银行深圳分行', '中国建设银行广州分行']), corp_account(), '', '银行柜面', sd.isoformat(),
                   '50000.00', '有效', '对公账户'])
            continue
        p = Person()
        k = R.random()
        if k < 0.8:
            idt, idn = '居民身份证', (fmt_id(p.id), 'CHINA_RESIDENT_ID_NUMBER')
        elif k < 0.9:
            idt, idn = '护照', (passport(), 'CHINA_PASSPORT')
        else:
            idt, idn = '往来港澳通行证' if R.random() < 0.5 else '港澳居民来往内地通行证', (hkmo_permit(), 'HK_MACAU_TRAVEL_PERMIT')
        if R.random() < 0.15:
            idn = (mask_id(p.id), None)
            idt = '居民身份证'
        card = (fmt_card(p.card, R.random() < 0.2), 'BANK_CARD_NUMBER') if R.random() < 0.8 else (mask_card(p.card), None)
        grouped = card[0] and ' ' in card[0]
        card_f = ['"', card, '"'] if grouped and R.random() < 0.5 else [card]
        reserve = (rmob(p.phone if R.random() < 0.7 else mobile(), mix=0.2), 'PHONE_NUMBER')
        note = R.choice(['', '', '', '本人签约', '代他人缴费，关系：' + R.choice(['父子', '母女', '夫妻']), '"首扣失败,已重签"', '更换银行卡'])
        d.row([agr, (p.phone, 'PHONE_NUMBER'), (p.name, 'PERSON_NAME'), idt, idn, bank_name(p.card) + R.choice(['', '深圳分行', '杭州分行']),
               card_f, reserve, ch, sd.isoformat(), '%.2f' % R.choice([200, 500, 1000, 2000]),
               R.choice(['有效', '有效', '有效', '已解约', '暂停']), note])


def f_recon(d):
    d.ln('#支付宝业务明细查询')
    d.ln('#账号：[', neg_digits(16, '20881'), '] 商户：中国移动通信集团广东有限公司')
    d.ln('#起始日期：[2024年06月15日 00:00:00]   终止日期：[2024年06月16日 00:00:00]')
    d.ln('#-----------------------------------------业务明细列表----------------------------------------')
    d.ln('支付宝交易号|商户订单号|业务类型|商品名称|创建时间|完成时间|门店编号|对方账户|对方名称|订单金额（元）|商家实收（元）|服务费（元）|退款批次号|备注')
    tot = 0.0
    rows = 62
    for t in sorted(rand_dt(datetime(2024, 6, 15), 1) for _ in range(rows)):
        amt = R.choice([10, 30, 50, 100, 100, 200, 300])
        fee = round(amt * 0.006, 2)
        tot += amt
        kind = R.random()
        n = R.random()
        if n < 0.3:
            acct = (email(), 'EMAIL_ADDRESS')
        elif n < 0.55:
            acct = (mobile(), 'PHONE_NUMBER')
        elif n < 0.8:
            acct = (mask_mobile(mobile()), None)
        else:
            acct = (mask_email(email()), None)
        nm = cname()
        who = (nm, 'PERSON_NAME') if R.random() < 0.45 else (mask_name(nm), None)
        biz = '交易' if kind < 0.9 else '退款'
        d.row([t.strftime('%Y%m%d') + '2200' + digits(16), 'CZ' + t.strftime('%Y%m%d%H%M%S') + digits(6), biz,
               '话费充值-' + str(amt) + '元', t.strftime('%Y-%m-%d %H:%M:%S'),
               (t + timedelta(seconds=R.randint(1, 30))).strftime('%Y-%m-%d %H:%M:%S'), R.choice(['', 'YYT0755' + digits(4)]),
               acct, who, '%.2f' % (amt if biz == '交易' else -amt), '%.2f' % (amt - fee), '%.2f' % fee,
               '' if biz == '交易' else 'RF' + digits(14), ''], sep='|')
    d.ln('#-----------------------------------------业务明细列表结束------------------------------------')
    d.ln('#交易合计：%d笔，商家实收共%.2f元' % (rows, tot * 0.994))
    d.ln('#导出时间：[2024年06月16日 06:12:09]')
    d.ln()
    d.ln('# ===== 微信支付对账单 =====')
    wx_mch, wx_app = '1' + digits(9), 'wx' + hexs(16)
    d.ln('# 商户号: ', wx_mch, '  账单日期: 2024-06-15  币种: CNY')
    d.ln('交易时间|公众账号ID|商户号|设备号|微信订单号|商户订单号|用户标识|交易类型|交易状态|付款银行|订单金额|退款金额|商品名称|商户数据包|手续费|费率|付款人手机')
    wx_tot = 0.0
    for t in sorted(rand_dt(datetime(2024, 6, 15), 1) for _ in range(40)):
        amt = R.choice([20, 30, 50, 100, 200])
        wx_tot += amt
        bank = R.choice(['OTHERS', 'ICBC_DEBIT', 'CMB_CREDIT', 'CCB_DEBIT', 'ABC_DEBIT'])
        ph = R.random()
        phone = (rmob(mix=0.2), 'PHONE_NUMBER') if ph < 0.5 else (mask_mobile(mobile()), None) if ph < 0.8 else ('', None)
        attach = ''
        if R.random() < 0.3:
            attach = ['"msisdn=', (mobile(), 'PHONE_NUMBER'), '"']
        d.row(['`' + t.strftime('%Y-%m-%d %H:%M:%S'), '`' + wx_app, '`' + wx_mch, '`YYT' + digits(3),
               '`42000' + digits(5) + t.strftime('%Y%m%d') + digits(10), '`CZ' + t.strftime('%Y%m%d%H%M%S') + digits(6),
               '`o' + b64(27, '-_'), '`NATIVE', '`SUCCESS', '`' + bank, '`%.2f' % amt, '`0.00', '`话费充值', ['`', attach] if attach else '`',
               '`%.2f' % (amt * 0.006), '`0.60%', ['`', phone]], sep='|')
    d.ln('# 总交易单数|应结订单总金额|退款总金额|手续费总金额')
    d.ln('# `40|`', '%.2f' % wx_tot, '|`0.00|`', '%.2f' % (wx_tot * 0.006))


def f_pos(d):
    for i in range(14):
        p = Person(CITIES[0])
        t = rand_dt()
        c = bank_card()
        brand, model, price = R.choice(MODELS)
        d.ln('          中国银联 POS 签购单')
        d.ln('       ', R.choice(['商户存根 MERCHANT COPY', '持卡人存根 CARDHOLDER COPY']))
        d.ln('----------------------------------------')
        d.ln('商户名称(MERCHANT NAME):')
        d.ln('  中国移动深圳', R.choice(['南山科技园', '福田华强北', '宝安西乡', '龙岗中心城']), '营业厅')
        d.ln('商户编号(MERCHANT NO): ', neg_digits(15, '8984403'))
        d.ln('终端编号(TERMINAL NO): ', digits(8), '   操作员号: 0', str(R.randint(1, 9)))
        d.ln('发卡行(ISSUER): ', bank_name(c), '   收单行: 银联商务')
        full = R.random() < 0.2
        d.ln('卡号(CARD NO): ', (fmt_card(c, False), 'BANK_CARD_NUMBER') if full else mask_card(c), ' /', R.choice(['C', 'I', 'S']))
        d.ln('交易类型(TRANS TYPE): 消费/SALE')
        d.ln('有效期(EXP DATE): 20%d/%02d' % (R.randint(25, 31), R.randint(1, 12)))
        d.ln('批次号(BATCH NO): ', digits(6), '   凭证号(VOUCHER NO): ', digits(6))
        d.ln('授权码(AUTH NO): ', digits(6), '   参考号(REFER NO): ', R.choice('123456789') + digits(11))
        d.ln('日期/时间(DATE/TIME): ', t.strftime('%Y/%m/%d %H:%M:%S'))
        d.ln('金额(AMOUNT): RMB ', '{:,.2f}'.format(price))
        d.ln('备注(REFERENCE): 购机 ', brand, ' ', model, ' IMEI:', L(imei(), 'IMEI_HARDWARE_ID'), ' 号码:', L(rmob(p.phone, mix=0.2), 'PHONE_NUMBER'))
        d.ln('持卡人签名(CARDHOLDER SIGNATURE):')
        d.ln('    ', L(p.name, 'PERSON_NAME'))
        d.ln('本人确认以上交易，同意将其记入本卡账户')
        d.ln('I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES')
        d.ln('客服电话：95516   服务热线：10086')
        d.ln('- - - - - - - - - - - - - - - - - - - -')
        d.ln()
        if i % 2 == 0:
            d.ln('            业务受理单（客户联）')
            d.ln('受理流水：', neg_digits(18, '7550'), '    受理时间：', t.strftime('%Y-%m-%d %H:%M'))
            d.ln('客户名称：', L(p.name, 'PERSON_NAME'), '    证件号码：', mask_id(p.id))
            d.ln('服务号码：', L(p.phone, 'PHONE_NUMBER'), '    联系电话：', L(rmob(mobile(), mix=0.3), 'PHONE_NUMBER'))
            d.ln('业务名称：补换卡/4G换5G卡   新卡ICCID：', L(iccid('00'), 'ICCID_NUMBER'))
            if R.random() < 0.5:
                d.ln('原卡ICCID：', L(iccid('00'), 'ICCID_NUMBER'), '    IMSI：', L(imsi('00'), 'IMSI_ID'))
            d.ln('收费项目：补卡费 %.2f元   预存话费 %.2f元   合计 %.2f元' % (0, 100, 100))
            d.ln('付款方式：', R.choice(['银行卡', '微信', '现金']), '   发票抬头：个人   营业员工号：SZ', digits(5))
            d.ln('客户签名：', L(p.name, 'PERSON_NAME'), '    营业厅地址：深圳市南山区科技南十二路2号（非客户地址）')
            d.ln('========================================')
            d.ln()


def f_prepaid(d):
    t = datetime(2024, 6, 15, 8, 30, 0)
    dealers = ['D44030012', 'D44030577', 'D44010231', 'D44190088']
    for i in range(75):
        t += timedelta(seconds=R.randint(10, 600), milliseconds=R.randint(0, 999))
        ts = t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)
        op = R.choice(['移动', '移动', '联通', '电信'])
        serial = neg_digits(17 if op == '移动' else 15 if op == '联通' else 16, R.choice(['1', '2', '0']))
        pin = neg_digits(18 if op == '移动' else 19 if op == '联通' else 18, R.choice(DIG[1:]))
        face = R.choice([30, 50, 100, 100, 200, 300, 500])
        ev = R.random()
        if ev < 0.35:
            d.ln(ts, ' INFO  card-sale dealer=', R.choice(dealers), ' batch=B20240615-', '%02d' % R.randint(1, 12),
                 ' op=', op, ' serial=', serial, ' face=', str(face), ' pin=', L(pin, 'CREDENTIAL'), ' price=%.2f' % (face * 0.985),
                 ' buyer=', L(rmob(mix=0.1), 'PHONE_NUMBER') if R.random() < 0.6 else 'walk-in', ' status=SOLD')
        elif ev < 0.65:
            n = mobile()
            d.ln(ts, ' INFO  card-recharge msisdn=', L(rmob(n, mix=0.15), 'PHONE_NUMBER'), ' serial=', serial,
                 ' pin=', L(pin, 'CREDENTIAL'), ' face=', str(face), ' channel=', 'IVR-13800138000' if R.random() < 0.08 else R.choice(['IVR', 'USSD', 'WAP', 'SMS']),
                 ' result=', R.choice(['OK', 'OK', 'OK', 'PIN_USED', 'PIN_WRONG']), ' balance=%.2f' % R.uniform(0, 400))
        elif ev < 0.8:
            d.ln(ts, ' INFO  card-recharge msisdn=', mask_mobile(mobile()), ' serial=', serial, ' pin=', pin[:4] + '*' * (len(pin) - 8) + pin[-4:],
                 ' face=', str(face), ' result=OK (masked audit copy)')
        elif ev < 0.9:
            n = mobile()
            d.ln(ts, ' WARN  card-fraud-check serial=', serial, ' tries=', str(R.randint(3, 9)), ' from msisdn=', L(n, 'PHONE_NUMBER'),
                 ' ip=', L(ipv4(), 'IP_ADDRESS'), ' action=LOCK_24H')
        else:
            d.ln(ts, ' DEBUG card-import file=cards_', t.strftime('%Y%m%d'), '_', str(R.randint(1, 9)), '.enc rows=', str(R.randint(1000, 50000)),
                 ' first_serial=', serial, ' last_serial=', neg_digits(len(serial), serial[0]), ' sha256=', hexs(64))
    t += timedelta(seconds=R.randint(5, 60))
    d.ln(t.strftime('%Y-%m-%d %H:%M:%S'), ',000 INFO  dealer-portal login dealer=D44030012 user=op_zhang password=', L(b64(12, '!@#$%'), 'CREDENTIAL'),
         ' result=OK ip=', L(ipv4(), 'IP_ADDRESS'))


def f_fraud(d):
    t = datetime(2024, 6, 15, 0, 0, 5)
    for i in range(46):
        t += timedelta(seconds=R.randint(30, 1100), milliseconds=R.randint(0, 999))
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+08:00' % (t.microsecond // 1000)
        city = R.choice(list(CENTER))
        n = mobile()
        score = R.randint(0, 100)
        dec = 'REJECT' if score > 85 else 'REVIEW' if score > 60 else 'PASS'
        evt = R.choice(['TOPUP', 'CARRIER_PAY', 'SIM_SWAP', 'INSTALLMENT_APPLY', 'PORT_OUT', 'REFUND'])
        style = R.random()
        if style < 0.55:
            parts = [ts, ' risk-engine[', str(R.randint(2000, 2400)), ']: evt=', evt, ' sid=', uuid(), ' msisdn=', L(rmob(n, mix=0.15), 'PHONE_NUMBER')]
            if R.random() < 0.8:
                parts += [' imei=', L(imei(), 'IMEI_HARDWARE_ID')]
            if i % 5 == 0:
                parts += [' imeisv=', L(R.choice(TACS) + digits(6) + '%02d' % R.randint(1, 40), 'IMEI_HARDWARE_ID')]
            if R.random() < 0.3:
                parts += [' meid=', L(meid(), 'MEID')]
            if R.random() < 0.6:
                parts += [' imsi=', L(imsi(), 'IMSI_ID')]
            if R.random() < 0.4:
                parts += [' iccid=', L(iccid(), 'ICCID_NUMBER')]
            ip = ipv6() if R.random() < 0.2 else ipv4()
            parts += [' ip=', L(ip, 'IP_ADDRESS')]
            if R.random() < 0.5:
                parts += [' mac=', L(mac(), 'MAC_ADDRESS')]
            if R.random() < 0.3:
                parts += [' bssid=', L(mac('colon'), 'MAC_ADDRESS')]
            r = R.random()
            if r < 0.6:
                a, b = coord(city, R.choice(['latlng', 'lnglat']))
                parts += [' gps=', L(a + ',' + b, 'LOCATION_COORDINATES')]
            elif r < 0.8:
                a, b = coord(city, 'latlng')
                parts += [' lat=', L(a, 'LOCATION_COORDINATES'), ' lng=', L(b, 'LOCATION_COORDINATES')]
            if R.random() < 0.7:
                parts += [' cgi=', L(cgi(R.choice(['00', '01', '11'])), 'CELL_ID')]
            parts += [' city=', city, ' devfp=', hexs(40), ' app_ver=', R.choice(['10.2.19041.3', '9.8.1207', '11.0.12.1038']),
                      ' score=', str(score), ' decision=', dec, ' rules=', ','.join(sorted(R.sample(['R012', 'R044', 'R101', 'R207', 'R310', 'R415'], R.randint(1, 3)))),
                      ' cost=', str(R.randint(3, 90)), 'ms']
            d.ln(*parts)
        else:
            a, b = coord(city, 'lnglat')
            dev = {'imei': (imei(), 'IMEI_HARDWARE_ID'), 'model': R.choice(['HUAWEI ALN-AL10', 'iPhone15,2', 'Xiaomi 23127PN0CC', 'OPPO PHZ110']),
                   'os': R.choice(['Android 14', 'iOS 17.5.1', 'HarmonyOS 4.2.0'])}
            if R.random() < 0.6:
                dev['wifiMac'] = (mac(R.choice(['colon', 'COLON'])), 'MAC_ADDRESS')
            if R.random() < 0.5:
                dev['imsi'] = (imsi(), 'IMSI_ID')
            if R.random() < 0.35:
                dev['meid'] = (meid(), 'MEID')
            rec = {'time': ts, 'event': evt, 'traceId': hexs(32), 'user': {'msisdn': (n, 'PHONE_NUMBER'), 'custName': mask_name(cname()),
                   'certNo': mask_id(make_id(dob_rand(), True))}, 'device': dev,
                   'net': {'ip': (ipv4(), 'IP_ADDRESS'), 'cellId': (cgi(R.choice(['00', '11'])), 'CELL_ID')},
                   'geo': {'lnglat': (a + ',' + b, 'LOCATION_COORDINATES'), 'city': city, 'accuracy': R.randint(5, 500)},
                   'risk': {'score': score, 'decision': dec, 'model': 'xgb-v7.3', 'threshold': 60}}
            if evt == 'REFUND' or R.random() < 0.15:
                rec['payment'] = {'cardNo': (bank_card(), 'BANK_CARD_NUMBER') if R.random() < 0.5 else mask_card(bank_card()),
                                  'amount': round(R.uniform(10, 3000), 2), 'txnNo': neg_digits(19, '6' + t.strftime('%m%d'))}
            if R.random() < 0.2:
                rec['sessionToken'] = (b64(48, '-_'), 'CREDENTIAL')
            d.w(ts, ' risk-engine[', str(R.randint(2000, 2400)), ']: json=')
            jdump(d, rec)
            d.w('\n')
    d.ln(t.strftime('%Y-%m-%dT%H:%M:%S'), '.000+08:00 risk-engine[2001]: model reload xgb-v7.3 oid=1.3.6.1.4.1.2011.2.23 features=412 ok')


def f_deposit(d):
    cols = [('编号', 14), ('客户姓名', 12), ('证件类型', 16), ('证件号码', 20), ('联系电话', 16), ('押金类型', 16),
            ('金额(元)', 10), ('收取日期', 12), ('退还账户', 25), ('关联信息', 22), ('状态', 6)]
    d.ln('客户押金台账（2024年度）                                       打印日期：2024-07-01   页码：1/1')
    d.ln('营业部：深圳分公司南山片区    制表工号：FIN0218')
    d.ln(''.join(c + ' ' * (w - dwidth(c)) for c, w in cols))
    d.ln('-' * sum(w for _, w in cols))
    for i in range(46):
        p = Person()
        kind = R.choice(['国际漫游押金', '国际漫游押金', '港澳漫游押金', '靓号押金', '车载终端押金', '宽带设备押金', '信用押金'])
        if kind == '国际漫游押金' and R.random() < 0.7:
            idt, idn = '护照', (passport(), 'CHINA_PASSPORT')
        elif kind == '港澳漫游押金' and R.random() < 0.8:
            idt, idn = '港澳通行证', (hkmo_permit(), 'HK_MACAU_TRAVEL_PERMIT')
        else:
            idt, idn = '居民身份证', (fmt_id(p.id), 'CHINA_RESIDENT_ID_NUMBER') if R.random() < 0.8 else (mask_id(p.id), None)
        amt = {'国际漫游押金': 2000, '港澳漫游押金': 500, '靓号押金': 3000, '车载终端押金': 300, '宽带设备押金': 200, '信用押金': 1000}[kind]
        status = R.choice(['在押', '在押', '已退', '已退', '转预存'])
        if status == '已退':
            acct = (fmt_card(p.card, True), 'BANK_CARD_NUMBER') if R.random() < 0.7 else (mask_card(p.card), None)
        else:
            acct = ('-', None)
        if kind == '车载终端押金':
            rel = (plate(), 'CHINA_LICENSE_PLATE')
        elif kind == '宽带设备押金':
            rel = ('光猫' + mac('COLON'), None)
            rel = [('光猫', None), (rel[0][2:], 'MAC_ADDRESS')]
        elif kind == '靓号押金':
            rel = ('靓号' + mobile(), None)
            rel = [('靓号', None), (rel[0][2:], 'PHONE_NUMBER')]
        else:
            rel = ('-', None)
        name = (p.name, 'PERSON_NAME')
        phone = (rmob(p.phone, mix=0.1) if R.random() < 0.85 else fmt_land(landline(), 'dash'), 'PHONE_NUMBER')
        vals = ['YJ2024' + digits(6), name, idt, idn, phone, kind, '%.2f' % amt,
                (date(2024, 1, 1) + timedelta(days=R.randint(0, 170))).isoformat(), acct, rel, status]
        for (c, w), v in zip(cols, vals):
            if isinstance(v, list):
                txt = ''.join(x[0] for x in v)
                d.w(v, ' ' * max(1, w - dwidth(txt)))
            elif isinstance(v, tuple):
                d.w(cell(v[0], v[1], w))
            else:
                d.w(cell(v, None, w))
        d.ln()
    d.ln('-' * sum(w for _, w in cols))
    d.ln('合计：46笔    在押金额合计：见财务系统    备注：证件号码按原始受理记录登记，打印件请妥善保管。')


def f_arrears(d):
    d.ln('客户信息\t\t\t\t\t\t欠费明细（元）\t\t\t\t\t催缴信息\t\t')
    d.ln('序号\t客户名称\t客户类型\t证件号码\t联系电话\t装机地址\t2024年3月\t2024年4月\t2024年5月\t2024年6月\t合计\t账龄\t客户经理\t备注')
    for i in range(1, 50):
        months = [round(R.uniform(0, 400), 2) if R.random() < 0.7 else 0.0 for _ in range(4)]
        if sum(months) == 0:
            months[3] = round(R.uniform(20, 300), 2)
        mcols = ['%.2f' % m if m else '' for m in months]
        age = 'M%d' % (4 - next(j for j, m in enumerate(months) if m))
        mgr = 'KH%05d' % R.randint(1, 3000)
        if R.random() < 0.18:
            co = company()
            city = R.choice(CITIES)
            dist = R.choice(list(city[2]))
            addr = '%s%s%s%d号%s大厦%d楼' % (city[1], dist, R.choice(city[2][dist]),
                                          R.randint(1, 999), R.choice(['创业', '金融', '科技', '国贸']), R.randint(2, 40))
            tel = (fmt_land(landline(), 'dash'), 'PHONE_NUMBER')
            contact = cname()
            d.row([str(i), co, '政企', uscc_code(), tel, addr] + mcols +
                  ['%.2f' % sum(months), age, mgr, ['宽带专线，联系人：', (contact, 'PERSON_NAME'), ' ', (mobile(), 'PHONE_NUMBER')]], sep='\t')
            continue
        p = Person(lo=1950 if i % 13 == 7 else 1955, hi=1978 if i % 13 == 7 else 2004, rare=i % 11 == 4)
        if i % 13 == 7:
            idv = (id15(p.dob, p.male), 'CHINA_RESIDENT_ID_NUMBER')
        else:
            idv = (fmt_id(p.id), 'CHINA_RESIDENT_ID_NUMBER') if R.random() < 0.75 else (mask_id(p.id), None)
        tels = [(rmob(p.phone, mix=0.15), 'PHONE_NUMBER')]
        if R.random() < 0.25:
            tels += ['/', (fmt_land(landline(), R.choice(['dash', 'plain'])), 'PHONE_NUMBER')]
        addr = (p.addr, 'STREET_ADDRESS') if R.random() < 0.85 else (p.city[1] + '（地址不详）', None)
        note = R.choice(['', '', '', '已停机', '承诺月底缴清', '号码已销户', '"客户称已缴费,待核实"', ['宽带账号ad', neg_digits(12, '0755')]])
        d.row([str(i), (p.name, 'PERSON_NAME'), '个人', idv, tels, addr] + mcols + ['%.2f' % sum(months), age, mgr, note], sep='\t')
    d.ln('\t合计\t\t\t\t\t\t\t\t\t见汇总表\t\t\t')
    d.ln('制表：账务中心  数据截止：2024-06-30  密级：内部')


def f_email(d):
    p = Person(CITIES[0])
    card = p.card
    bill = neg_digits(18, '202405')
    inv = neg_digits(20, '24442')
    supp = 'billing-support@gd.cmcc-demo.cn'
    mgr = 'sz-billing-review@gd.cmcc-demo.cn'
    pwd = digits(6)
    dob = fmt_dob(p.dob, 1)
    amt = 386.40
    # message 3 (newest first, with quotes)
    d.ln('From: ', L(supp, 'EMAIL_ADDRESS'))
    d.ln('To: ', L(p.name, 'PERSON_NAME'), ' <', L(p.email, 'EMAIL_ADDRESS'), '>')
    d.ln('Cc: ', L(mgr, 'EMAIL_ADDRESS'))
    d.ln('Subject: Re: Re: 关于5月账单国际漫游费用的投诉（工单号 TS', neg_digits(16, '2024'), '）')
    d.ln('Date: Thu, 20 Jun 2024 16:42:08 +0800')
    d.ln('MIME-Version: 1.0')
    d.ln('Content-Type: text/plain; charset=UTF-8')
    d.ln('Content-Transfer-Encoding: 8bit')
    d.ln()
    d.ln(p.name[0], '先生' if p.male else '女士', '您好：')
    d.ln()
    d.ln('经核查，您号码', mask_mobile(p.phone), '于2024年5月12日至5月14日产生的国际漫游数据费', '%.2f' % amt,
         '元系境外运营商话单重复上报所致，现已审批通过全额退费。退费将于7个工作日内原路退回至您尾号', card[-4:], '的银行卡。')
    d.ln('为保障您的账户安全，请勿在邮件中发送服务密码；建议您登录掌上营业厅修改服务密码。')
    d.ln()
    d.ln('退费审批单（摘要）')
    d.ln('  审批编号：RF', neg_digits(16, '2024'), '    原账单号：', bill)
    d.ln('  申请人：', L(p.name, 'PERSON_NAME'), '    服务号码：', L(p.phone, 'PHONE_NUMBER'))
    d.ln('  证件号码：', mask_id(p.id), '    退费金额：', '%.2f' % amt, '元（含税）')
    d.ln('  退款账户：户名 ', L(p.name, 'PERSON_NAME'), '，', bank_name(card), '，卡号 ', L(fmt_card(card, True), 'BANK_CARD_NUMBER'))
    d.ln('  红字发票：冲红原发票号码 ', inv, '，新开票金额 0.00 元')
    d.ln('  审批流：受理 GD-SZ-0571 → 账务复核 FIN0218 → 分管审批 MGR0012（同意）  2024-06-20 15:10')
    d.ln()
    d.ln('深圳分公司 客户服务中心 账务组（工号 GD-SZ-0571）')
    d.ln('服务热线：10086   传真：', L('0755-83216789', 'PHONE_NUMBER'))
    d.ln()
    d.ln('-------- 原始邮件 --------')
    d.ln('发件人：', L(p.name, 'PERSON_NAME'), ' <', L(p.email, 'EMAIL_ADDRESS'), '>')
    d.ln('发送时间：2024年6月18日 21:07')
    d.ln('收件人：', L(supp, 'EMAIL_ADDRESS'))
    d.ln('主题：Re: 关于5月账单国际漫游费用的投诉')
    d.ln()
    d.ln('> 你们要的资料我补充一下：')
    d.ln('> 机主姓名：', L(p.name, 'PERSON_NAME'), '，出生日期：', L(dob, 'DATE_OF_BIRTH'))
    d.ln('> 身份证号：', L(p.id, 'CHINA_RESIDENT_ID_NUMBER'))
    d.ln('> 手机号：', L(fmt_mobile(p.phone, 'sp'), 'PHONE_NUMBER'), '，服务密码：', L(pwd, 'CREDENTIAL'))
    d.ln('> 家庭住址：', L(p.addr, 'STREET_ADDRESS'))
    d.ln('> 退款请打到我的', bank_name(card), '卡 ', L(card, 'BANK_CARD_NUMBER'), '，开户名', L(p.name, 'PERSON_NAME'), '。')
    wife = Person(CITIES[0])
    d.ln('> 如联系不上我，可以打我爱人', L(wife.name, 'PERSON_NAME'), '的电话', L(fmt_mobile(wife.phone, 'fw'), 'PHONE_NUMBER'), '。')
    d.ln('> 5月12日到14日我人在香港，只开了数据漫游，不可能用掉2GB流量。')
    d.ln('>')
    d.ln('> -------- 原始邮件 --------')
    d.ln('> 发件人：', L(supp, 'EMAIL_ADDRESS'))
    d.ln('> 发送时间：2024年6月17日 10:31')
    d.ln('> ')
    d.ln('> 您好，为核实机主身份，请提供机主姓名、证件号码及联系电话。您5月账单（账单号', bill, '）',
         '合计', '%.2f' % (amt + 128), '元，其中国际漫游费', '%.2f' % amt, '元。')
    d.ln('> 发票信息：电子发票号码 ', inv, '，开票日期 2024-06-03，销售方税号 ', uscc_code(), '。')
    d.ln('>')
    d.ln('> > -------- 原始邮件 --------')
    d.ln('> > 发件人：', L(p.email, 'EMAIL_ADDRESS'))
    d.ln('> > 发送时间：2024年6月16日 23:55')
    d.ln('> > 我的号码', L(rmob(p.phone, mix=1.0), 'PHONE_NUMBER'), '，5月账单莫名多了', '%.2f' % amt, '元国际漫游费，',
         '详单显示在香港使用数据，基站 ', L('454-00-' + str(R.randint(1000, 9999)) + '-' + str(R.randint(10, 999)), 'CELL_ID'),
         '，我要求退费！另外我上次在营业厅办理的合约机（IMEI ', L(imei(), 'IMEI_HARDWARE_ID'), '）分期也多扣了一期。')
    d.ln('> > 登录IP被提示异常：', L(ipv4(), 'IP_ADDRESS'), '，是不是我的账号被盗了？')
    d.ln('> > ', L(p.name, 'PERSON_NAME'))
    d.ln('> > ', L(fmt_mobile(p.phone, 'dash'), 'PHONE_NUMBER'))


FILES = [
    ('bill_detail_202406.txt', f_bill),
    ('topup_records_202406.csv', f_topup),
    ('carrier_billing_callback.log', f_callback),
    ('einvoice_batch_202406.xml', f_invoice),
    ('handset_installment_contracts.txt', f_contracts),
    ('collection_call_notes.txt', f_collection),
    ('credit_check_api.jsonl', f_credit),
    ('direct_debit_agreements.csv', f_debit),
    ('channel_recon_20240615.txt', f_recon),
    ('pos_receipts.txt', f_pos),
    ('prepaid_card_sales.log', f_prepaid),
    ('fraud_risk_scoring.log', f_fraud),
    ('deposit_ledger_2024.txt', f_deposit),
    ('arrears_export_202406.tsv', f_arrears),
    ('billing_dispute_thread.eml', f_email),
]


# ----------------------------------------------------------------------------- checks
def check_value(typ, v):
    """Independent sanity checks on each labelled value."""
    dg = ''.join(c for c in v if c.isdigit())
    fwd = ''.join(str(ord(c) - 0xFF10) if '０' <= c <= '９' else c for c in v)
    if typ == 'PHONE_NUMBER':
        x = ''.join(c for c in fwd if c.isdigit())
        if x.startswith('0086'):
            x = x[4:]
        elif fwd.startswith('+86') or (len(x) == 13 and x.startswith('86')):
            x = x[2:]
        if len(x) == 11 and x[0] == '1':
            assert mob_ok(x), v
        else:
            x = x if x.startswith('0') else '0' + x
            pn = phonenumbers.parse(x, 'CN')
            assert phonenumbers.is_valid_number(pn), v
    elif typ == 'BANK_CARD_NUMBER':
        assert 16 <= len(dg) <= 19 and luhn.is_valid(dg) and set(v) <= set(DIG + ' '), v
    elif typ == 'CHINA_RESIDENT_ID_NUMBER':
        assert ric_ok(v.upper()) or (len(v) == 15 and v.isdigit()), v
    elif typ == 'IMEI_HARDWARE_ID':
        assert (len(v) == 15 and luhn.is_valid(v)) or len(v) == 16, v
    elif typ == 'IMSI_ID':
        assert len(v) == 15 and v.startswith('460'), v
    elif typ == 'ICCID_NUMBER':
        assert v.startswith('8986') and len(v) in (19, 20), v
    elif typ == 'MEID':
        assert len(v) == 14 and all(c in HEX for c in v.upper()), v
    elif typ == 'EMAIL_ADDRESS':
        assert v.count('@') == 1 and '*' not in v, v
    elif typ in ('PERSON_NAME', 'STREET_ADDRESS'):
        assert '*' not in v and v.strip() == v, v
    elif typ == 'CREDENTIAL':
        assert '*' not in v and ' ' not in v, v


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    out = ap.parse_args().out
    os.makedirs(out, exist_ok=True)
    all_labels = []
    for name, fn in FILES:
        d = Doc(name)
        fn(d)
        with open(os.path.join(out, name), 'wb') as f:
            f.write(bytes(d.buf))
        all_labels.extend(d.labels)
    # verify: re-read every file, compare each labelled slice with the intended value
    cache = {}
    for lab in all_labels:
        if lab['file'] not in cache:
            with open(os.path.join(out, lab['file']), 'rb') as f:
                cache[lab['file']] = f.read()
        got = cache[lab['file']][lab['start']:lab['end']].decode('utf-8')
        assert got == lab['_v'], (lab, got)
        check_value(lab['type'], got)
    # no overlapping labels within a file
    by_file = {}
    for lab in all_labels:
        by_file.setdefault(lab['file'], []).append((lab['start'], lab['end']))
    for f, spans in by_file.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (f, a, b)
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in all_labels:
            f.write(json.dumps({k: lab[k] for k in ('file', 'start', 'end', 'type')}, ensure_ascii=False) + '\n')
    counts = {}
    for lab in all_labels:
        counts[lab['type']] = counts.get(lab['type'], 0) + 1
    print('files: %d  labels: %d' % (len(FILES), len(all_labels)))
    for k in sorted(counts):
        print('  %-26s %d' % (k, counts[k]))


if __name__ == '__main__':
    main()
