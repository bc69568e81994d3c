#!/usr/bin/python3
"""Synthetic, labelled test corpus: documents about people, turned into text.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Every value is synthetic (random names, valid-format but invented numbers).
The generator is deterministic (fixed seed); running it twice gives the
same bytes.

Files
-----
01_idcard_ocr.txt            batch OCR of resident ID cards (front/back), plain OCR
                             blocks with line breaks and stray spaces, and JSON results
                             of an OCR API (log_id etc. are negatives)
02_hukou_register.txt        OCR of household registers (居民户口簿 / 常住人口登记卡)
03_driving_vehicle.txt       driving licences, vehicle licences (行驶证) and vehicle
                             registration certificates (机动车登记证书), OCR text
04_business_hall_forms.txt   operator business-hall forms exported from PDF: 入网登记,
                             过户申请, 补卡申请 with broken lines and table cells
05_mnp_port_requests.txt     携号转网 applications, SMS transcripts with port-out codes
06_lease_contracts.txt       scanned house lease contracts (OCR)
07_labour_contracts.txt      scanned labour contracts (OCR)
08_loan_iou.txt              loan contracts, IOUs (借条), receipts and transfer records
09_notarial_docs.txt         notarial certificates (公证书) and declarations
10_authorization_letters.txt 授权委托书 in several layouts
11_miit_complaints.txt       complaint letters to the MIIT and operator replies (prose)
12_emails.eml                mbox of HTML, plain and quoted-printable/forwarded e-mails
13_word_tables.txt           Word documents saved as text, tables drawn with | and -
14_meeting_minutes.txt       meeting records of a customer-service / compliance team
15_public_notices.txt        公示 notices with lists of people
16_school_hospital_gov.txt   school enrolment, hospital admission, residence-permit forms
17_property_invoices.txt     real-estate certificates and invoices requested by people

labels.jsonl: {"file", "start", "end", "type"}; start/end are UTF-8 byte offsets,
end exclusive.

Label conventions
-----------------
* PHONE_NUMBER as written, including +86/0086/86 prefixes, spaces, dashes and
  full-width digits; landlines with their area code (and brackets if written).
  Service numbers (10086, 95588, 400-..., 12300, 12345) are not labelled, nor
  are office numbers of companies and authorities.
* BANK_CARD_NUMBER as written, including group spaces.
* CHINA_RESIDENT_ID_NUMBER as written (18-digit, lower-case x, rare OCR spaces,
  legacy 15-digit form).
* PERSON_NAME: full names of natural persons (subscribers, tenants, landlords,
  applicants, agents, relatives, and also staff members and legal
  representatives named in the documents); a name written twice is labelled
  twice. Company, product and place names are not labelled. Names that occur
  only inside quoted-printable or RFC 2047 encoded text are not labelled
  (the bytes do not contain the name).
* DATE_OF_BIRTH: only birth dates, in any written form, including year-month
  (出生年月 1996.08) in lists. Issue, expiry, signing and service dates are not.
* STREET_ADDRESS: a person's address whole, from the first place name to the
  house/room number; an address broken over OCR lines is one label that
  includes the line break. Company, branch, notary-office and business-hall
  addresses are not labelled; neither are bare places (出生地 广东省梅州市).
* CREDENTIAL: the value only of passwords, service passwords, PINs, Wi-Fi and
  broadband passwords, port-out authorisation codes, API keys, tokens.
* IMSI_ID, IMEI_HARDWARE_ID, MEID, ICCID_NUMBER, MAC_ADDRESS as written.
* IP_ADDRESS: address only, without port or prefix length.
* LOCATION_COORDINATES: a pair written as one value is one label; separate
  latitude/longitude fields give one label each.
* CELL_ID: the whole CGI/ECGI string, or the value of a field named as a cell.
* CHINA_LICENSE_PLATE as written (with · or space if written).
* CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT as written.
* Not labelled: masked values (138****1234), order/bill/serial/case numbers,
  millisecond timestamps, Unified Social Credit Codes, VINs, engine numbers,
  licence file numbers, property unit numbers, invoice numbers, amounts,
  hashes, UUIDs, version strings, device serial numbers.
"""
import json
import os
import random
import sys
import datetime as dt

import phonenumbers
import stdnum.cn
from stdnum.cn import ric, uscc
from stdnum import luhn

R = random.Random(20240611)

# --------------------------------------------------------------------------
# document buffer with label recording


class Doc:
    def __init__(self, name):
        self.name = name
        self.b = bytearray()
        self.L = []

    def w(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                v, t = p
                st = len(self.b)
                self.b += v.encode('utf-8')
                if t:
                    self.L.append((st, len(self.b), t, v))
            else:
                self.b += p.encode('utf-8')


def N(v): return (v, 'PERSON_NAME')
def ID(v): return (v, 'CHINA_RESIDENT_ID_NUMBER')
def DOB(v): return (v, 'DATE_OF_BIRTH')
def AD(v): return (v, 'STREET_ADDRESS')
def PH(v): return (v, 'PHONE_NUMBER')
def EM(v): return (v, 'EMAIL_ADDRESS')
def BK(v): return (v, 'BANK_CARD_NUMBER')
def CR(v): return (v, 'CREDENTIAL')
def IMSI(v): return (v, 'IMSI_ID')
def IMEI(v): return (v, 'IMEI_HARDWARE_ID')
def MEID(v): return (v, 'MEID')
def ICC(v): return (v, 'ICCID_NUMBER')
def MAC(v): return (v, 'MAC_ADDRESS')
def IP(v): return (v, 'IP_ADDRESS')
def GEO(v): return (v, 'LOCATION_COORDINATES')
def CELL(v): return (v, 'CELL_ID')
def PL(v): return (v, 'CHINA_LICENSE_PLATE')
def PP(v): return (v, 'CHINA_PASSPORT')
def HK(v): return (v, 'HK_MACAU_TRAVEL_PERMIT')


def ch(seq): return R.choice(seq)
def ri(a, b): return R.randint(a, b)
def chance(p): return R.random() < p


FW = str.maketrans('0123456789-', '０１２３４５６７８９－')
def fw(s): return s.translate(FW)

# --------------------------------------------------------------------------
# region table (GB/T 2260 incl. abolished codes, as shipped with python-stdnum)

LOC = []
with open(os.path.join(os.path.dirname(stdnum.cn.__file__), 'loc.dat'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        parts = line.split()
        if len(parts) != 4:
            continue
        kv = dict(p.split('=', 1) for p in parts[1:])
        kv = {k: v.strip('"') for k, v in kv.items()}
        c, pf, pv = kv['county'], kv['prefecture'], kv['province']
        if c in ('市辖区', '县') or pf in ('',):
            continue
        LOC.append((parts[0], pv, pf, c))
# favour populous provinces so addresses look like real customer bases
HOT = [x for x in LOC if x[0][:2] in ('11', '31', '44', '33', '32', '51', '42', '37', '41', '43', '35', '50', '61')]

SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
SURNAMES2 = ['欧阳', '司马', '上官', '诸葛', '东方', '慕容']
GIVEN = list('子梓浩宇轩欣怡思雨佳俊文博晨嘉家建国华志海春晓玉丽红梅兰英秀芳婷雪琳磊鹏飞斌辉鑫颖瑶涵睿泽宁安成德明永金凤云亮峰涛强军伟刚桂珍淑兵勇杰平静敏洁燕霞慧娜超坤翔宏彬')
MINORITY = [('阿依古丽·买买提', '维吾尔'), ('热依拉·吐尔逊', '维吾尔'), ('艾力·艾买提', '维吾尔'),
            ('扎西次仁', '藏'), ('达瓦卓玛', '藏'), ('巴特尔', '蒙古'), ('乌云其木格', '蒙古'),
            ('古丽娜尔·沙吾提', '维吾尔'), ('次仁央宗', '藏')]
NATIONS = ['汉'] * 20 + ['回', '满', '壮', '土家', '苗', '彝', '朝鲜', '侗', '瑶', '白']


def name():
    s = ch(SURNAMES2) if chance(0.03) else ch(SURNAMES)
    g = ch(GIVEN) + (ch(GIVEN) if chance(0.7) else '')
    return s + g


ROADS = ['建设路', '人民路', '中山路', '解放路', '和平路', '新华路', '文化路', '长江路', '黄河路', '幸福路',
         '朝阳路', '科技路', '学府路', '滨河路', '东风路', '胜利路', '青年路', '光明路', '迎宾大道', '工业大道',
         '振兴街', '育才街', '花园街', '府前街', '南京路', '北京路', '环城东路', '金沙大道', '丰泽路', '望江路']
COMMUNITIES = ['阳光花园', '金色家园', '锦绣华庭', '碧桂园', '万科城', '翠湖苑', '幸福小区', '世纪新城', '丽景湾',
               '御景华府', '桃源居', '星河湾', '恒大名都', '枫林小区', '滨江一号', '书香门第', '龙湖春江郦城',
               '保利香槟国际', '绿地新里', '职工宿舍', '怡景花园', '泰和苑', '融创玖樟台']
TOWNS = ['城关镇', '新集镇', '白沙镇', '柳林乡', '桥头镇', '马店镇', '龙泉镇', '石桥乡', '瓦店镇', '永安镇']
VILLAGES = ['李营村', '王庄村', '红星村', '新民村', '大湾村', '东升村', '胜利村', '张家坝村', '柳树村', '前进村']
STREETS = ['粤海街道', '南湖街道', '城南街道', '东湖街道', '新华街道', '望京街道', '湖滨街道', '长安街道']
NUMCN = '〇一二三四五六七八九十'


def addr(loc, province=True, style=None):
    code, pv, pf, c = loc
    head = ''
    if province:
        head += pv
    if pf not in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
        if not (pv.endswith('市') and pf == pv):
            head += pf
    head += c
    style = style or ch(['urban'] * 4 + ['rural', 'street'])
    if style == 'urban':
        tail = ch(ROADS) + '%d号' % ri(1, 999) + ch(COMMUNITIES)
        tail += ch(['%d栋%d单元%d室' % (ri(1, 30), ri(1, 6), ri(1, 33) * 100 + ri(1, 8)),
                    '%d号楼%d单元%d' % (ri(1, 30), ri(1, 6), ri(1, 28) * 100 + ri(1, 4)),
                    '%d幢%d室' % (ri(1, 20), ri(1, 30) * 100 + ri(1, 6)),
                    '%s座%d室' % (ch('ABCDE'), ri(3, 40) * 100 + ri(1, 12))])
    elif style == 'street':
        tail = ch(STREETS) + ch(ROADS) + '%d号' % ri(1, 500) + ch(['', '附%d号' % ri(1, 9), '%d-%d-%d' % (ri(1, 20), ri(1, 5), ri(1, 30) * 100 + ri(1, 6))])
    else:
        tail = ch(TOWNS) + ch(VILLAGES) + ch(['%s组%d号' % (NUMCN[ri(1, 9)], ri(1, 80)), '%d组%d号' % (ri(1, 12), ri(1, 99)), '%d号' % ri(1, 300)])
    return head + tail


# --------------------------------------------------------------------------
# identifiers

def rand_date(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(ri(d0, d1))


def make_id(loc, dob, sex):
    seq = ri(0, 99) * 10 + ch([1, 3, 5, 7, 9] if sex == '男' else [0, 2, 4, 6, 8])
    body = loc[0] + dob.strftime('%Y%m%d') + '%03d' % seq
    n = body + ric.calc_check_digit(body + '0')
    assert ric.is_valid(n), n
    return n


def legacy_id(loc, dob, sex):
    seq = ri(0, 99) * 10 + ch([1, 3, 5, 7, 9] if sex == '男' else [0, 2, 4, 6, 8])
    return loc[0] + dob.strftime('%y%m%d') + '%03d' % seq


MOB_PFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152',
           '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181',
           '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199']


def mobile():
    while True:
        n = ch(MOB_PFX) + '%08d' % ri(0, 99999999)
        pn = phonenumbers.parse('+86' + n)
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


def fph(n, style=None):
    style = style or ch(['p'] * 10 + ['sp', 'dash', '+86', '+86sp', '0086', '86', 'fw'])
    if style == 'p':
        return n
    if style == 'sp':
        return '%s %s %s' % (n[:3], n[3:7], n[7:])
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:7], n[7:])
    if style == '+86':
        return '+86' + n
    if style == '+86sp':
        return '+86 %s %s %s' % (n[:3], n[3:7], n[7:])
    if style == '0086':
        return '0086-' + n
    if style == '86':
        return '86-' + n
    if style == 'fw':
        return fw(n)
    return n


AREAS = ['010', '021', '020', '022', '023', '024', '025', '027', '028', '029', '0755', '0571', '0512',
         '0531', '0371', '0731', '0591', '0769', '0574', '0757', '0532', '0551', '0871']


def landline(style=None):
    while True:
        a = ch(AREAS)
        local = str(ri(2, 8)) + '%07d' % ri(0, 9999999)
        pn = phonenumbers.parse(a + local, 'CN')
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) == phonenumbers.PhoneNumberType.FIXED_LINE:
            break
    style = style or ch(['dash', 'dash', 'dash', 'br', 'plain', 'sp'])
    if style == 'dash':
        return '%s-%s' % (a, local)
    if style == 'br':
        return '(%s)%s' % (a, local)
    if style == 'plain':
        return a + local
    return '%s %s %s' % (a, local[:4], local[4:])


BINS = [('622202', 19, '中国工商银行'), ('621226', 19, '中国工商银行'), ('622848', 19, '中国农业银行'),
        ('623052', 19, '中国农业银行'), ('621700', 19, '中国建设银行'), ('622700', 19, '中国建设银行'),
        ('436742', 19, '中国建设银行'), ('621661', 19, '中国银行'), ('601382', 19, '中国银行'),
        ('622588', 16, '招商银行'), ('621483', 16, '招商银行'), ('622262', 19, '交通银行'),
        ('621799', 19, '中国邮政储蓄银行'), ('622150', 19, '中国邮政储蓄银行'), ('622909', 18, '兴业银行'),
        ('622689', 16, '中信银行'), ('623058', 19, '平安银行'), ('622622', 16, '中国民生银行'),
        ('621792', 19, '中国农业银行'), ('625906', 16, '招商银行')]


def bankcard():
    b, ln, bank = ch(BINS)
    body = b + ''.join(str(ri(0, 9)) for _ in range(ln - len(b) - 1))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n, bank


def fbk(n, style=None):
    style = style or ch(['p', 'p', 'g4', 'g4'])
    if style == 'g4':
        return ' '.join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


TACS = ['86891303', '86753204', '35391110', '86462703', '86012603', '35674108', '86695106', '86781904', '35290611', '86445105']


def imei():
    body = ch(TACS) + '%06d' % ri(0, 999999)
    return body + luhn.calc_check_digit(body)


def meid():
    s = 'A0000' + ''.join(ch('0123456789ABCDEF') for _ in range(9))
    return s


MNC = ['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11']


OP_MNC = {'中国移动': ['00', '02', '07'], '中国联通': ['01', '06', '09'], '中国电信': ['03', '11'], '中国广电': ['15']}
OP_ICC = {'中国移动': ['898600', '898602', '898604'], '中国联通': ['898601', '898606', '898609'], '中国电信': ['898603', '898611'], '中国广电': ['898615']}


def imsi(mnc=None, op=None):
    if op:
        mnc = ch(OP_MNC[op])
    return '460' + (mnc or ch(MNC)) + '%010d' % ri(0, 9999999999)


def iccid(op=None):
    pfx = ch(OP_ICC[op]) if op else ch(['898600', '898602', '898601', '898603', '898611', '898606'])
    body = pfx + ''.join(str(ri(0, 9)) for _ in range(19 - len(pfx)))
    return body + luhn.calc_check_digit(body)


OUIS = ['E0247F', 'AC853D', '344B50', '640980', '50BD5F', 'F01898', '28D127', '9C2EA1', 'D46E0E', '00E04C']


def mac(style=None):
    h = ch(OUIS) + ''.join(ch('0123456789ABCDEF') for _ in range(6))
    style = style or ch(['colon', 'colon', 'dash', 'lcolon', 'ldash', 'plain'])
    pairs = [h[i:i + 2] for i in range(0, 12, 2)]
    if style == 'colon':
        return ':'.join(pairs)
    if style == 'dash':
        return '-'.join(pairs)
    if style == 'lcolon':
        return ':'.join(pairs).lower()
    if style == 'ldash':
        return '-'.join(pairs).lower()
    return h


IP_NETS = [(113, 87), (117, 136), (223, 104), (183, 14), (120, 229), (112, 96), (218, 17), (36, 110),
           (114, 242), (27, 38), (39, 144), (58, 248), (106, 39), (124, 126), (171, 43)]


def ipv4():
    a, b = ch(IP_NETS)
    return '%d.%d.%d.%d' % (a, b, ri(0, 255), ri(1, 254))


def ipv6():
    return '240e:%x:%x:%x::%x' % (ri(0x300, 0x3ff), ri(0, 0xffff), ri(0, 0xffff), ri(1, 0xfff))


CITIES = [(22.54, 114.05), (23.13, 113.26), (39.90, 116.40), (31.23, 121.47), (30.66, 104.06),
          (30.27, 120.15), (30.59, 114.30), (32.06, 118.79), (34.34, 108.94), (36.65, 117.12), (28.23, 112.94)]


def coord():
    lat, lng = ch(CITIES)
    return round(lat + R.uniform(-0.15, 0.15), 6), round(lng + R.uniform(-0.15, 0.15), 6)


def cgi():
    st = ch(['ecgi', 'cgi', 'ecgi2'])
    mnc = ch(['00', '01', '11'])
    if st == 'ecgi':
        return '460-%s-%d-%d' % (mnc, ri(100000, 999999), ri(1, 255))
    if st == 'cgi':
        return '460-%s-%d-%d' % (mnc, ri(4096, 65000), ri(1000, 65535))
    return '460%s%d%03d' % (mnc, ri(100000, 999999), ri(1, 255))


PROVS = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川'
PLATE_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def plate(style=None):
    p = ch(PROVS) + ch('ABCDEFGH')
    if chance(0.25):
        tail = ch('DF') + '%05d' % ri(0, 99999)
    else:
        cs = [str(ri(0, 9)) for _ in range(5)]
        for _ in range(ri(0, 2)):
            cs[ri(0, 4)] = ch(PLATE_L)
        tail = ''.join(cs)
    style = style or ch(['plain', 'plain', 'dot', 'sp'])
    if style == 'dot':
        return p + '·' + tail
    if style == 'sp':
        return p + ' ' + tail
    return p + tail


def passport():
    k = ri(0, 2)
    if k == 0:
        return 'E' + '%08d' % ri(0, 99999999)
    if k == 1:
        return 'E' + ch('ABCDEFGHJKLMNPQRSTUVWXYZ') + '%07d' % ri(0, 9999999)
    return 'G' + '%08d' % ri(10000000, 99999999)


def hkpermit():
    return ch('CCCW') + '%08d' % ri(0, 99999999)


def make_uscc():
    body = '91' + ch(LOC)[0] + ''.join(ch('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(9))
    return body + uscc.calc_check_digit(body + '0')


def vin():
    s = ch(['LSV', 'LFV', 'LGB', 'LVS', 'LHG', 'LBV', 'LGX', 'LRW'])
    return s + ''.join(ch('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(14))


def hexs(n, up=False):
    s = ''.join(ch('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def uuid():
    h = hexs(32)
    return '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab') + h[17:20], h[20:])


def ms_epoch(y0=2023, y1=2024):
    d = rand_date(y0, y1)
    return str(int(dt.datetime(d.year, d.month, d.day, ri(8, 21), ri(0, 59), ri(0, 59)).timestamp()) * 1000 + ri(0, 999))


def tsstr(y0=2023, y1=2024):
    d = rand_date(y0, y1)
    return '%s %02d:%02d:%02d' % (d.isoformat(), ri(8, 21), ri(0, 59), ri(0, 59))


def order_no(prefix=''):
    d = rand_date(2023, 2024)
    return prefix + d.strftime('%Y%m%d') + '%010d' % ri(0, 9999999999)


def password():
    k = ri(0, 4)
    if k == 0:
        return '%06d' % ri(0, 999999)
    if k == 1:
        return ch(['Zhang', 'Lili', 'wang', 'Abc', 'Qq', 'Love', 'Sun']) + ch(['@', '#', '_', '']) + str(ri(1970, 2010))
    if k == 2:
        return ''.join(ch('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(ri(8, 12)))
    if k == 3:
        return ch(['a', 'qwe', 'zxc', 'hello']) + '%d' % ri(100000, 99999999)
    return '%08d' % ri(0, 99999999)


PINYIN = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
          'hu', 'guo', 'he', 'lin', 'luo', 'zheng', 'xie', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng']
GIVPY = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'tao',
         'ming', 'chao', 'xia', 'ping', 'gang', 'hui', 'xin', 'yu', 'hao', 'ting', 'xue', 'lin', 'peng']


def email():
    k = ri(0, 5)
    dom = ch(['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', '139.com', 'gmail.com', 'hotmail.com', 'yeah.net', 'aliyun.com'])
    if k == 0:
        return '%d@qq.com' % ri(10000000, 3999999999)
    if k == 1:
        return ch(PINYIN) + ch(GIVPY) + str(ri(1, 99)) + '@' + dom
    if k == 2:
        return ch(PINYIN) + '.' + ch(GIVPY) + '@' + dom
    if k == 3:
        return ch(GIVPY) + ch(['_', '']) + ch(PINYIN) + str(ri(1970, 2005)) + '@' + dom
    if k == 4:
        return mobile() + '@' + ch(['139.com', '163.com', 'wo.cn', '189.cn'])
    return ch(['xiaoyu', 'sunny', 'lucky', 'happy', 'tiger', 'moon', 'echo']) + ch(PINYIN) + '%02d' % ri(0, 99) + '@' + dom


class P:
    """a synthetic private person"""

    def __init__(self, y0=1950, y1=2003, sex=None, hot=True):
        self.sex = sex or ch(['男', '女'])
        if chance(0.03):
            self.name, self.nation = ch(MINORITY)
        else:
            self.name, self.nation = name(), ch(NATIONS)
        self.loc = ch(HOT if hot and chance(0.8) else LOC)
        self.dob = rand_date(y0, y1)
        self.id = make_id(self.loc, self.dob, self.sex)
        self.addr = addr(self.loc)
        self.phone = mobile()
        self.email = email()

    def idw(self):
        """ID as written: mostly plain, sometimes lower-case x"""
        if self.id.endswith('X') and chance(0.3):
            return self.id[:-1] + 'x'
        return self.id


def fdob(d, style=None):
    style = style or ch(['cn', 'cn', 'cn0', 'dash', 'dash', 'dot', 'slash'])
    if style == 'cn':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if style == 'cn0':
        return '%d年%02d月%02d日' % (d.year, d.month, d.day)
    if style == 'ocr':
        return '%d 年 %d 月 %d 日' % (d.year, d.month, d.day)
    if style == 'dash':
        return d.isoformat()
    if style == 'dot':
        return '%d.%02d.%02d' % (d.year, d.month, d.day)
    if style == 'slash':
        return '%d/%d/%d' % (d.year, d.month, d.day)
    if style == 'compact':
        return d.strftime('%Y%m%d')
    if style == 'ym':
        return '%d.%02d' % (d.year, d.month)
    if style == 'ymcn':
        return '%d年%d月' % (d.year, d.month)
    raise ValueError(style)


def fdate(d, style=None):
    return fdob(d, style or ch(['cn', 'dash', 'dot']))


def cn_money(n):
    digits = '零壹贰叁肆伍陆柒捌玖'
    units = ['', '拾', '佰', '仟']
    s = ''
    w = n // 10000
    r = n % 10000

    def four(x):
        out = ''
        zero = False
        for i, u in zip(range(3, -1, -1), ['仟', '佰', '拾', '']):
            dgt = (x // 10 ** i) % 10
            if dgt:
                if zero and out:
                    out += '零'
                out += digits[dgt] + u
                zero = False
            else:
                zero = True
        return out
    if w:
        s += four(w) + '万'
        if r and r < 1000:
            s += '零'
    if r:
        s += four(r)
    return s + '元整'


COMPANIES = ['深圳市前海云图科技有限公司', '杭州星联信息技术有限公司', '广州市天河区恒通物业管理有限公司',
             '成都锦城建筑劳务有限公司', '武汉楚天餐饮管理有限公司', '南京金陵快递服务有限公司',
             '上海浦江人力资源服务有限公司', '北京华信通达商贸有限公司', '西安秦川汽车销售服务有限公司',
             '苏州工业园区明远精密制造有限公司']
CO_ADDR = ['深圳市前海深港合作区前湾一路1号A栋201室', '杭州市余杭区文一西路969号3幢5楼', '广州市天河区天河路385号太古汇一座28楼',
           '成都市高新区天府大道北段1700号环球中心E1区1203', '武汉市江汉区建设大道568号新世界国贸大厦I座30层',
           '南京市江宁区秣陵街道胜太路68号', '上海市黄浦区南京东路300号名人商业大厦12楼', '北京市朝阳区建国路88号SOHO现代城C座1506',
           '西安市雁塔区科技路48号创业广场B座', '苏州工业园区星湖街328号创意产业园2-B501']
OPS = [('中国移动', '10086'), ('中国联通', '10010'), ('中国电信', '10000'), ('中国广电', '10099')]
HALLS = ['深圳南山科技园营业厅', '广州天河城自有营业厅', '北京西单旗舰店', '杭州文三路营业厅', '成都春熙路营业厅',
         '武汉光谷营业厅', '南京新街口营业厅', '上海徐家汇营业厅', '西安小寨营业厅', '长沙五一广场营业厅']
HALL_ADDR = ['深圳市南山区科苑南路3099号', '广州市天河区天河路208号', '北京市西城区西单北大街131号', '杭州市西湖区文三路259号',
             '成都市锦江区春熙路北段88号', '武汉市东湖高新区珞喻路766号', '南京市秦淮区中山南路1号', '上海市徐汇区漕溪北路18号',
             '西安市雁塔区长安中路111号', '长沙市芙蓉区五一大道389号']


# ==========================================================================
# 01 ID card OCR

def split_ocr(s, widths=(11, 13, 12)):
    """break an address the way an ID card prints it (about 11-13 chars a line)"""
    out, i, k = [], 0, 0
    while i < len(s):
        w = widths[k % len(widths)]
        out.append(s[i:i + w])
        i += w
        k += 1
    return out


def f01():
    d = Doc('01_idcard_ocr.txt')
    d.w('# 批量证件识别结果导出  任务号 OCR-BATCH-', str(ri(100000, 999999)), '  引擎版本 v3.8.12-build', str(ri(1000, 9999)), '\n')
    d.w('# 导出时间 ', tsstr(2024, 2024), '  共 36 张图片\n\n')
    for i in range(36):
        p = P()
        img = 'IMG_%s_%02d%02d%02d.jpg' % (rand_date(2024, 2024).strftime('%Y%m%d'), ri(7, 22), ri(0, 59), ri(0, 59))
        mode = ch(['plain', 'plain', 'plain', 'json', 'json', 'glued'])
        if mode == 'plain':
            d.w('==== ', img, ' | side=front | conf=0.', str(ri(880, 999)), ' ====\n')
            d.w(ch(['姓名 ', '姓 名 ', '姓名  ']), N(p.name), '\n')
            d.w(ch(['性别 ', '性 别 ']), p.sex, ch(['  民族 ', ' 民 族 ', '   民族']), p.nation, '\n')
            d.w(ch(['出生 ', '出 生 ']), DOB(fdob(p.dob, ch(['ocr', 'ocr', 'cn']))), '\n')
            lines = split_ocr(p.addr)
            d.w(ch(['住址 ', '住 址 ']), AD('\n'.join(lines)), '\n')
            idw = p.idw()
            if chance(0.12):
                idw = idw[:6] + ' ' + idw[6:14] + ' ' + idw[14:]
            d.w('\n', ch(['公民身份号码 ', '公民身份号码  ', '公 民 身 份 号 码 ']), ID(idw), '\n')
            d.w('==== ', img.replace('.jpg', '_b.jpg'), ' | side=back ====\n')
            d.w('中华人民共和国\n居民身份证\n')
            d.w('签发机关 ', p.loc[2] if p.loc[2] not in ('市辖区', '县') else p.loc[1], '公安局', ch([p.loc[3] + '分局', '']), '\n')
            y = ri(2006, 2022)
            m, dd = ri(1, 12), ri(1, 28)
            span = ch([10, 20, 20, None])
            d.w('有效期限 %d.%02d.%02d-%s\n\n' % (y, m, dd, '长期' if span is None else '%d.%02d.%02d' % (y + span, m, dd)))
        elif mode == 'glued':
            d.w('---- ', img, ' (低质量, 已纠偏) ----\n')
            d.w('姓名', N(p.name), '\n性别', p.sex, '民族', p.nation, '\n出生', DOB(fdob(p.dob, 'cn')), '\n')
            d.w('住址', AD(p.addr), '\n公民身份号码', ID(p.idw()), '\n')
            d.w('[warn] 图像反光, 字段“住址”置信度 0.', str(ri(600, 799)), '\n\n')
        else:
            logid = str(ri(10 ** 18, 9 * 10 ** 18))
            obj = {}
            d.w('{"log_id": ', logid, ', "image_status": "normal", "idcard_number_type": 1, "words_result_num": 6, "words_result": {')
            parts = [('住址', AD(p.addr)), ('公民身份号码', ID(p.id)), ('出生', DOB(p.dob.strftime('%Y%m%d'))),
                     ('姓名', N(p.name)), ('性别', p.sex), ('民族', p.nation)]
            for j, (k, v) in enumerate(parts):
                if j:
                    d.w(', ')
                d.w('"', k, '": {"location": {"top": %d, "left": %d, "width": %d, "height": %d}, "words": "' % (ri(20, 400), ri(20, 300), ri(40, 500), ri(20, 60)), v, '"}')
            d.w('}, "photo_location": {"top": %d, "left": %d}, "request_id": "%s", "file": "%s"}\n\n' % (ri(50, 150), ri(400, 520), uuid(), img))
    d.w('# 统计: 成功 36 / 失败 0; 平均耗时 ', str(ri(180, 420)), 'ms; 请求ID ', uuid(), '\n')
    return d


# ==========================================================================
# 02 household register

RELS = ['妻', '夫', '长子', '长女', '次子', '次女', '母', '父', '孙子', '孙女', '儿媳']


def f02():
    d = Doc('02_hukou_register.txt')
    for h in range(10):
        head = P(1950, 1985, sex='男')
        loc = head.loc
        home = addr(loc, province=chance(0.5), style=ch(['urban', 'rural', 'street']))
        hno = '%09d' % ri(0, 999999999)
        d.w('居民户口簿  (扫描件 第%d户, 共%d页)\n' % (h + 1, ri(3, 6)))
        d.w('户 别  ', ch(['家庭户', '非农业家庭户', '农业家庭户', '居民家庭户']), '     户主姓名  ', N(head.name), '\n')
        d.w('户 号  ', hno, '\n住 址  ', AD(home), '\n')
        d.w('承办人签章：', ch(['（章）', '（印）', '']), '   签发日期：', fdate(rand_date(2008, 2023), 'cn'), '\n')
        d.w('                    ', loc[3], '派出所户口专用章\n\n')
        members = [(head, '户主')]
        for _ in range(ri(1, 4)):
            rel = ch(RELS)
            if rel in ('长子', '长女', '次子', '次女'):
                m = P(max(head.dob.year + 20, 1975), min(head.dob.year + 38, 2020), sex='男' if '子' in rel else '女')
            elif rel in ('孙子', '孙女'):
                m = P(max(head.dob.year + 40, 1995), 2022, sex='男' if '子' in rel else '女')
            elif rel in ('母', '父'):
                m = P(head.dob.year - 35, head.dob.year - 20, sex='女' if rel == '母' else '男')
            else:
                m = P(head.dob.year - 5, head.dob.year + 5, sex='女' if rel in ('妻', '儿媳') else '男')
            m.name = m.name if chance(0.4) or rel in ('妻', '母', '儿媳', '夫') else head.name[0] + m.name[1:]
            m.loc = loc if chance(0.6) else m.loc
            m.id = make_id(m.loc, m.dob, m.sex)
            members.append((m, rel))
        for m, rel in members:
            d.w('常住人口登记卡\n')
            d.w('姓名 | ', N(m.name), ' | 户主或与户主关系 | ', rel, '\n')
            if chance(0.25):
                d.w('曾用名 | ', N(name()), '\n')
            else:
                d.w('曾用名 |\n')
            d.w('性别 | ', m.sex, ' | 出生地 | ', m.loc[1] + (m.loc[2] if m.loc[2] != '市辖区' else ''), ' | 民族 | ', m.nation, '\n')
            d.w('籍贯 | ', m.loc[1], ' | 出生日期 | ', DOB(fdob(m.dob, ch(['cn', 'cn0']))), '\n')
            if chance(0.3):
                d.w('本市(县)其他住址 | ', AD(addr(loc, province=False, style='urban')), '\n')
            else:
                d.w('本市(县)其他住址 |\n')
            d.w('宗教信仰 | ', ch(['', '无']), ' | 公民身份证件编号 | ', ID(m.idw()), ' | 身高 | %d' % ri(150, 188), ' | 血型 | ', ch(['A', 'B', 'O', 'AB', '不明']), '\n')
            d.w('文化程度 | ', ch(['大学本科', '高中', '初中', '大学专科', '小学', '研究生']), ' | 婚姻状况 | ', ch(['已婚', '未婚', '丧偶', '离婚']), ' | 兵役状况 | ', ch(['未服兵役', '退出现役', '']), '\n')
            d.w('服务处所 | ', ch(COMPANIES + ['', '']), ' | 职业 | ', ch(['职员', '个体', '务农', '学生', '退休', '工程技术人员', '']), '\n')
            d.w('何时由何地迁来本市(县) | ', fdate(rand_date(1990, 2022), 'cn0'), ' 由', ch(LOC)[1], '迁入\n')
            d.w('何时由何地迁来本址 | ', ch(['', fdate(rand_date(2000, 2023), 'cn0')]), '\n')
            d.w('登记日期：', fdate(rand_date(2005, 2023), 'cn0'), '      承办人签章：（章）\n\n')
        d.w('-' * 40, '\n\n')
    return d


# ==========================================================================
# 03 driving licence, vehicle licence, registration certificate

BRANDS = ['大众汽车牌SVW7152BPV', '比亚迪牌BYD7005BEV', '丰田牌TV7201C', '本田牌HG7152BAC6', '吉利牌JL7152L06',
          '长安牌SC7164AAB6', '五菱牌LZW6455HVY', '特斯拉牌TSL7000BEVAR0', '别克牌SGM7151EAA1', '哈弗牌CC6460RM0W']


def f03():
    d = Doc('03_driving_vehicle.txt')
    d.w('车管业务材料OCR文本汇总（业务流水 ', order_no('VM'), '）\n\n')
    for i in range(14):
        p = P(1960, 2002)
        d.w('【驾驶证 正页】 文件:', 'dl_%04d.png' % ri(0, 9999), '\n')
        d.w('中华人民共和国机动车驾驶证\nDriving License of the People\'s Republic of China\n')
        d.w('证号 ', ID(p.idw()), '\n')
        d.w('姓名', ch([' ', '  ', '']), N(p.name), '   性别 ', p.sex, '   国籍 中国\nName            Sex      Nationality CHN\n')
        d.w('住址\n', AD(p.addr if chance(0.6) else '\n'.join(split_ocr(p.addr, (14, 15)))), '\n')
        d.w('出生日期 ', DOB(fdob(p.dob, ch(['dash', 'dash', 'cn0']))), '\n')
        first = rand_date(max(p.dob.year + 18, 1995), 2022)
        d.w('初次领证日期 ', first.isoformat(), '\n准驾车型 ', ch(['C1', 'C2', 'B2', 'A2', 'C1E', 'D']), '\n')
        d.w('有效期限 ', first.isoformat(), ' 至 ', first.replace(year=first.year + ch([6, 10, 16])).isoformat() if first.month != 2 or first.day < 29 else '长期', '\n')
        d.w('【驾驶证 副页】 档案编号 ', '%012d' % ri(10 ** 11, 10 ** 12 - 1), '  记录: ', ch(['无', '请于' + fdate(rand_date(2025, 2027), 'dash') + '前提交体检证明']), '\n')
        d.w('条形码 ', str(ri(10 ** 14, 10 ** 15 - 1)), '\n\n')
    for i in range(14):
        p = P(1960, 2002)
        pl = plate()
        reg = rand_date(2012, 2024)
        d.w('【行驶证】 中华人民共和国机动车行驶证\n')
        d.w('号牌号码 ', PL(pl), '    车辆类型 ', ch(['小型轿车', '小型普通客车', '小型越野客车', '轻型普通货车']), '\n')
        d.w('所有人 ', N(p.name), '\n住址 ', AD(p.addr), '\n')
        d.w('使用性质 ', ch(['非营运', '非营运', '预约出租客运', '货运']), '   品牌型号 ', ch(BRANDS), '\n')
        d.w('车辆识别代号 ', vin(), '\n发动机号码 ', ''.join(ch('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(ri(7, 10))), '\n')
        d.w('注册日期 ', reg.isoformat(), '   发证日期 ', rand_date(reg.year, 2024).isoformat(), '\n')
        d.w('副页: 档案编号 ', p.loc[0][:4], '%08d' % ri(0, 99999999), '  核定载人数 5人  总质量 ', str(ri(1400, 2400)), 'kg  检验记录 检验有效期至', '%d年%02d月' % (ri(2024, 2026), ri(1, 12)), '\n\n')
    for i in range(8):
        a = P(1960, 1995)
        b = P(1965, 2000)
        pl = plate('plain')
        d.w('【机动车登记证书】 编号 ', ch('ABCDEFGH') + '%09d' % ri(0, 999999999), '\n')
        d.w('注册登记摘要信息栏\n')
        d.w('Ⅰ 1.机动车所有人/身份证明名称/号码 ', N(a.name), '/居民身份证/', ID(a.id), '\n')
        d.w('  2.登记机关 ', a.loc[2] if a.loc[2] != '市辖区' else a.loc[1], '公安局交通警察支队车辆管理所   3.登记日期 ', fdate(rand_date(2012, 2020), 'dash'), '   4.机动车登记编号 ', PL(pl), '\n')
        d.w('转移登记摘要信息栏\n')
        d.w('Ⅱ 机动车所有人/身份证明名称/号码 ', N(b.name), '/居民身份证/', ID(b.idw()), '\n')
        d.w('  登记机关 同上  登记日期 ', fdate(rand_date(2021, 2024), 'dash'), '  机动车登记编号 ', PL(pl if chance(0.5) else plate('plain')), '\n')
        d.w('  联系电话(现所有人) ', PH(fph(b.phone)), '  邮寄地址 ', AD(b.addr), '\n')
        d.w('  车辆识别代号/车架号 ', vin(), '  国产/进口 国产  出厂日期 ', fdate(rand_date(2010, 2020), 'dash'), '\n\n')
    return d


# ==========================================================================
# 04 business hall forms (PDF export)

def pdf_cells(d, cells):
    """emit table cells the way pdftotext does: one cell a line, or two on one line with wide gaps"""
    i = 0
    while i < len(cells):
        if chance(0.5) and i + 1 < len(cells):
            d.w(*cells[i])
            d.w(' ' * ri(3, 14))
            d.w(*cells[i + 1])
            d.w('\n')
            i += 2
        else:
            d.w(*cells[i])
            d.w('\n')
            i += 1


def f04():
    d = Doc('04_business_hall_forms.txt')
    for i in range(19):
        op, svc = ch(OPS)
        k = ri(0, len(HALLS) - 1)
        p = P(1955, 2004)
        kind = ch(['入网', '入网', '过户', '补卡', '补卡'])
        staff = name()
        stno = ch(['YD', 'GZ', 'SZ', 'BJ', 'HZ']) + '%06d' % ri(0, 999999)
        flow = order_no()
        d.w('\f', op, '客户业务受理单', ' ' * ri(4, 12), '第 1 页 / 共 ', str(ri(1, 3)), ' 页\n')
        d.w('业务类型：', {'入网': '新装入网（实名登记）', '过户': '过户（责任转移）', '补卡': '补换SIM卡'}[kind], '\n')
        d.w('受理流水号：', flow, '    受理时间：', tsstr(), '\n')
        d.w('受理渠道：', HALLS[k], '（', HALL_ADDR[k], '）\n')
        d.w('受理工号：', stno, '   营业员：', N(staff), '\n')
        cells = [('客户名称',), (N(p.name),), ('证件类型',), ('居民身份证',), ('证件号码',), (ID(p.idw()),),
                 ('证件地址',)]
        if chance(0.4):
            a1, a2 = p.addr[:len(p.addr) // 2], p.addr[len(p.addr) // 2:]
            cells.append((AD(a1 + '\n' + a2),))
        else:
            cells.append((AD(p.addr),))
        cells += [('联系电话',), (PH(fph(p.phone, ch(['p', 'p', 'sp', 'fw']))),)]
        if chance(0.5):
            cells += [('联系地址',), (AD(addr(p.loc, province=False)),)]
        if chance(0.5):
            cells += [('电子邮箱',), (EM(p.email),)]
        pdf_cells(d, cells)
        num = mobile()
        if kind == '入网':
            d.w('办理号码', ' ' * ri(2, 9), PH(num), '\n')
            d.w('套餐名称  ', ch(['5G畅享套餐129元', '全家享套餐169元', '冰激凌套餐99元', '流量王19元']), '（合约期24个月）\n')
            d.w('SIM卡号(ICCID)  ', ICC(iccid(op)), '\nIMSI  ', IMSI(imsi(op=op)), '\n')
            if op == '中国电信' and chance(0.6):
                m = meid()
                d.w('终端MEID  ', MEID(m.lower() if chance(0.3) else m), '  （CDMA兼容终端，已登记）\n')
            if chance(0.5):
                d.w('合约终端  ', ch(['HUAWEI Mate 60', 'Xiaomi 14', 'iPhone 15', 'OPPO Reno11', 'vivo X100']), '  终端串号(IMEI) ', IMEI(imei()), '  SN ', hexs(4, True) + '%08d' % ri(0, 99999999), '\n')
            d.w('预存话费：', '%d.00元' % ch([50, 100, 200, 300]), '  发票号码：', '%020d' % ri(0, 10 ** 20 - 1), '\n')
        elif kind == '过户':
            q = P(1960, 2004)
            d.w('办理号码', ' ' * ri(2, 9), PH(num), '\n')
            d.w('原机主信息\n')
            pdf_cells(d, [('原机主姓名',), (N(q.name),), ('原机主证件号码',), (ID(q.idw()),), ('原机主联系电话',), (PH(fph(q.phone)),)])
            d.w('原机主已结清账户欠费 ', '%.2f' % (ri(0, 30000) / 100), '元，原预存款 ', '%.2f' % (ri(0, 20000) / 100), '元转入新机主账户。\n')
            d.w('新机主设置服务密码：', ch(['******', '已设置（不显示）']), '\n')
        else:
            old = iccid(op)
            d.w('补卡号码', ' ' * ri(2, 9), PH(fph(num, 'sp') if chance(0.3) else num), '\n')
            d.w('原SIM卡ICCID ', ICC(old), '\n新SIM卡ICCID ', ICC(iccid(op)), '\n新卡IMSI ', IMSI(imsi(op=op)), '\n')
            d.w('补卡原因：', ch(['丢失', '损坏', '换大卡', '升级5G卡']), '   工本费：', ch(['0.00', '10.00', '20.00']), '元\n')
            d.w('验证方式：', ch(['人证比对通过（相似度 0.9%d）' % ri(1, 9), '服务密码验证', '近三个月通话记录核验']), '\n')
        if chance(0.4):
            ag = P(1960, 2004)
            d.w('代办人信息（非本人办理时填写）\n')
            pdf_cells(d, [('代办人姓名',), (N(ag.name),), ('代办人证件号码',), (ID(ag.idw()),), ('代办人联系电话',), (PH(fph(ag.phone)),)])
        if chance(0.7):
            d.w('客户签名：', N(p.name), '   日期：', fdate(rand_date(2023, 2024), 'cn'), '\n')
        else:
            d.w('客户签名：（见电子签名图片 sign_', hexs(16), '.png）\n')
        d.w('本人已阅读并同意《', op, '客户入网服务协议》及《个人信息保护政策》（版本 V', '%d.%d.%d' % (ri(1, 5), ri(0, 9), ri(0, 20)), '），\n')
        d.w('服务热线 ', svc, '  ', op, '通信有限公司 统一社会信用代码 ', make_uscc(), '\n')
        d.w('营业厅地址：', HALL_ADDR[k], '  咨询电话：', '400-%03d-%04d' % (ri(100, 999), ri(0, 9999)), '\n\n')
    return d


# ==========================================================================
# 05 number portability

def portcode():
    return ''.join(ch('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(ch([6, 8])))


def f05():
    d = Doc('05_mnp_port_requests.txt')
    d.w('携号转网业务申请材料归档（导出自PDF，含短信截图转写）\n归档批次：MNP-', rand_date(2024, 2024).strftime('%Y%m'), '-', str(ri(100, 999)), '\n\n')
    for i in range(16):
        p = P(1958, 2004)
        num = mobile()
        src, dst = R.sample(OPS[:3], 2)
        code = portcode()
        d.w('━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n')
        d.w('携号转网申请表            申请编号 ', 'XZ' + order_no(), '\n')
        d.w('申请人姓名\n', N(p.name), '\n证件类型\n居民身份证\n证件号码\n', ID(p.idw()), '\n')
        d.w('携转号码\n', PH(fph(num, ch(['p', 'p', 'sp', 'dash']))), '\n')
        d.w('携出方\n', src[0], '\n携入方\n', dst[0], '\n')
        d.w('携转授权码\n', CR(code), '\n授权码有效期至\n', tsstr(2024, 2024), '\n')
        if chance(0.6):
            d.w('联系电话（携转期间备用）\n', PH(fph(mobile() if chance(0.5) else landline())), '\n')
        d.w('通讯地址\n', AD(p.addr), '\n')
        d.w('—— 短信记录（客户手机截图转写）——\n')
        d.w('[', tsstr(2024, 2024), '] 发送 SQXZ#', N(p.name), '#', ID(p.id), ' 至 ', src[1], '\n')
        d.w('[', tsstr(2024, 2024), '] 【', src[0], '】尊敬的客户，您的号码', PH(num), '符合携号转网条件。\n')
        d.w('[', tsstr(2024, 2024), '] 【', src[0], '】您的携号转网授权码为', ch(['：', ':', '']), CR(code), '，有效期至', rand_date(2024, 2024).isoformat(), ' 23:59:59，请勿泄露。\n')
        if chance(0.3):
            d.w('[', tsstr(2024, 2024), '] 【', src[0], '】您本次登录的短信验证码为', str(ri(100000, 999999)), '，5分钟内有效。（已过期，不计）\n')
        d.w('携入方受理：', ch(HALLS), '  工号 ', '%s%05d' % (ch('ABCDEFG'), ri(0, 99999)), '  新卡ICCID ', ICC(iccid(dst[0])), '\n')
        d.w('携转结果：', ch(['成功', '成功', '成功', '失败（存在合约限制，已告知客户拨打' + src[1] + '）', '失败（号码欠费 %.2f 元）' % (ri(100, 20000) / 100)]), '   携转时间戳：', ms_epoch(2024, 2024), '\n')
        if chance(0.3):
            d.w('备注：原号码绑定的银行卡尾号', str(ri(1000, 9999)), '已提醒客户更新；客户另留邮箱 ', EM(p.email), ' 接收电子协议。\n')
        d.w('\n')
    return d


# ==========================================================================
# 06 lease contracts

def sign_block(d, roles):
    for role, p in roles:
        d.w(role, '（签字/手印）：', N(p.name), '          日期：', fdate(rand_date(2023, 2024), 'cn'), '\n')


def f06():
    d = Doc('06_lease_contracts.txt')
    for i in range(8):
        a = P(1955, 1985)
        b = P(1980, 2003)
        prop = addr(a.loc if chance(0.5) else b.loc, province=chance(0.5), style='urban')
        card, bank = bankcard()
        rent = ch([1800, 2300, 2800, 3500, 4200, 5600, 6800])
        start = rand_date(2023, 2024)
        d.w('[扫描件 lease_%03d.pdf  第1页 OCR]\n' % i)
        d.w('房 屋 租 赁 合 同\n合同编号：', 'ZL-%d-%05d' % (start.year, ri(0, 99999)), '\n\n')
        d.w('出租方（甲方）：', N(a.name), '\n身份证号码：', ID(a.idw()), '\n联系电话：', PH(fph(a.phone)), '\n')
        if chance(0.5):
            d.w('户籍地址：', AD(a.addr), '\n')
        d.w('\n承租方（乙方）：', N(b.name), '\n身份证号码：', ID(b.idw()), '\n联系电话：', PH(fph(b.phone)), '\n')
        if chance(0.5):
            d.w('工作单位：', ch(COMPANIES), '\n')
        d.w('紧急联系人：', N(name()), '（', ch(['父亲', '母亲', '配偶', '朋友', '姐姐']), '） 电话：', PH(fph(mobile())), '\n\n')
        d.w('根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿的基础上，就甲方将其\n合法拥有的房屋出租给乙方使用事宜，协商一致订立本合同。\n\n')
        d.w('第一条 房屋基本情况\n甲方房屋（以下简称该房屋）坐落于', AD(prop), '，建筑面积', '%.2f' % (ri(3500, 14000) / 100), '平方米，\n')
        d.w('不动产权证书号：', ch(LOC)[1][0], '(%d)' % ri(2015, 2023), ch(LOC)[3], '不动产权第%07d号。\n' % ri(0, 9999999))
        d.w('第二条 租赁期限\n租赁期自', fdate(start, 'cn'), '起至', fdate(start.replace(year=start.year + 1) if not (start.month == 2 and start.day == 29) else start, 'cn'), '止。\n')
        d.w('第三条 租金及支付方式\n月租金人民币', str(rent), '元（大写：', cn_money(rent), '），押一付三，押金', str(rent), '元。\n')
        d.w('乙方应于每期开始前五日内将租金转入甲方指定账户：\n开户行：', bank, ch(['', p_branch()]), '\n户  名：', N(a.name), '\n账  号：', BK(fbk(card)), '\n')
        if chance(0.4):
            d.w('或通过支付宝转账至 ', EM(a.email) if chance(0.5) else PH(a.phone), '（实名：', N(a.name), '）\n')
        d.w('第四条 其他费用\n水费按', '%.2f' % (ri(280, 520) / 100), '元/吨，电费按', '%.2f' % (ri(55, 95) / 100), '元/度，燃气费按实际结算。电表户号 ', '%013d' % ri(0, 10 ** 13 - 1), '\n')
        if chance(0.5):
            d.w('网络：已开通宽带，Wi-Fi 名称 ', ch(['ChinaNet', 'CMCC', 'TP-LINK']), '-', hexs(4, True), ' 密码 ', CR(password()), '\n')
        d.w('第五条 共同居住人\n')
        for _ in range(ri(0, 2)):
            c = P(1975, 2010)
            d.w('  ', N(c.name), '  身份证：', ID(c.id), '  与乙方关系：', ch(['配偶', '子女', '同事', '朋友']), '\n')
        if chance(0.5):
            ag = name()
            d.w('居间方：', ch(['深圳链家房地产经纪有限公司', '我爱我家（北京）房地产经纪有限公司', '杭州贝壳找房经纪有限公司']), '  统一社会信用代码：', make_uscc(), '\n')
            d.w('经纪人：', N(ag), '  经纪人证书编号 ', '%d%08d' % (ri(2015, 2023), ri(0, 99999999)), '  门店电话 400-', '%03d-%04d' % (ri(100, 999), ri(0, 9999)), '\n')
        d.w('第六条 争议解决 ……（略）\n\n')
        sign_block(d, [('甲方', a), ('乙方', b)])
        d.w('\n[页脚] 本合同一式两份 · 第 2 页 共 2 页 · 扫描时间 ', tsstr(), '\n\n')
    return d


def p_branch():
    return ch(['深圳南山支行', '广州天河支行', '杭州城西支行', '成都高新支行', '武汉光谷支行', '北京朝阳门支行', '上海陆家嘴支行'])


# ==========================================================================
# 07 labour contracts

def f07():
    d = Doc('07_labour_contracts.txt')
    for i in range(9):
        k = ri(0, len(COMPANIES) - 1)
        e = P(1970, 2004)
        boss = name()
        card, bank = bankcard()
        start = rand_date(2022, 2024)
        d.w('【OCR】labour_contract_%s_%03d.pdf\n' % (start.strftime('%Y%m'), i))
        d.w('劳 动 合 同 书\n编号：LD', start.strftime('%Y'), '%05d' % ri(0, 99999), '\n\n')
        d.w('甲方（用人单位）：', COMPANIES[k], '\n统一社会信用代码：', make_uscc(), '\n住所：', CO_ADDR[k], '\n')
        d.w('法定代表人（主要负责人）：', N(boss), '\n联系电话：', landline(), '\n\n')
        d.w('乙方（劳动者）：', N(e.name), '        性别：', e.sex, '\n')
        d.w('出生日期：', DOB(fdob(e.dob)), '      民族：', e.nation, '族\n')
        d.w('居民身份证号码：', ID(e.idw()), '\n')
        d.w('户籍地址：', AD(e.addr), '\n')
        d.w('现居住地址：', AD(addr(ch(HOT), province=chance(0.3), style='urban')), '\n')
        d.w('联系电话：', PH(fph(e.phone)), '   电子邮箱：', EM(e.email), '\n')
        if chance(0.35):
            d.w('护照号码（外派用）：', PP(passport()), '   往来港澳通行证：', HK(hkpermit()), '\n')
        if chance(0.7):
            d.w('紧急联系人：', N(name()), '  关系：', ch(['父亲', '母亲', '配偶', '兄弟', '姐妹']), '  电话：', PH(fph(mobile())), '\n')
        d.w('\n第一条 合同期限\n本合同为固定期限劳动合同，自', fdate(start, 'cn'), '起至', fdate(start.replace(year=start.year + 3) if not (start.month == 2 and start.day == 29) else start, 'cn'), '止，其中试用期', str(ch([1, 2, 3, 6])), '个月。\n')
        d.w('第二条 工作内容和工作地点\n乙方岗位为', ch(['软件工程师', '客服专员', '仓储管理员', '厨师', '快递员', '销售顾问', '质检员']), '，工作地点为', CO_ADDR[k], '。\n')
        sal = ri(45, 260) * 100
        d.w('第三条 劳动报酬\n乙方月工资为人民币', str(sal), '元（税前），甲方于每月', str(ri(5, 15)), '日前以货币形式支付，\n')
        d.w('工资发放至乙方本人名下', bank, '账户（卡号：', BK(fbk(card)), '）。\n')
        d.w('第四条 社会保险\n甲方依法为乙方缴纳社会保险，社会保障号码：', ID(e.id), '；住房公积金个人账号：', '%012d' % ri(0, 10 ** 12 - 1), '。\n')
        d.w('第五条 ……（中略，共十六条）\n\n')
        d.w('甲方（盖章）：', COMPANIES[k], '        乙方（签字）：', N(e.name), '\n')
        d.w('法定代表人或委托代理人（签字）：', N(boss) if chance(0.5) else N(name()), '\n')
        d.w('签订日期：', fdate(start - dt.timedelta(days=ri(0, 7)), 'cn'), '\n')
        d.w('附：员工入职登记表（节选） 工号 E', '%05d' % ri(0, 99999), '  门禁卡号 ', str(ri(10 ** 9, 4 * 10 ** 9)), '  入职体检编号 TJ', order_no(), '\n')
        if chance(0.6):
            sp = P(1970, 2004)
            d.w('家庭成员：', N(sp.name), '（', ch(['配偶', '父亲', '母亲']), '，', ch(['出生于', '生于']), DOB(fdob(sp.dob, 'cn')), '，电话 ', PH(fph(sp.phone)), '）\n')
        d.w('\n')
    return d


# ==========================================================================
# 08 loans, IOUs

def f08():
    d = Doc('08_loan_iou.txt')
    d.w('民间借贷纠纷证据材料（原告提交，OCR 及手写转录）\n案号：（2024）', ch(['粤0305', '浙0106', '京0105', '川0107']), '民初', str(ri(1000, 29999)), '号\n\n')
    for i in range(12):
        lender = P(1955, 1990)
        borrower = P(1965, 2000)
        amt = ch([20000, 30000, 50000, 80000, 100000, 150000, 200000])
        day = rand_date(2019, 2023)
        kind = ch(['iou', 'iou', 'contract', 'receipt'])
        if kind == 'iou':
            d.w('证据', str(i + 1), '：借条（手写，转录）\n')
            d.w('借  条\n今借到', N(lender.name), '（身份证号：', ID(lender.idw()), '）人民币', cn_money(amt), '（¥', '{:,}.00'.format(amt), '），\n')
            d.w('用于', ch(['资金周转', '装修房屋', '购车', '孩子上学', '生意进货']), '，约定于', fdate(day.replace(year=day.year + 1) if day.month != 2 or day.day < 29 else day, 'cn'), '前一次性归还，月利率', ch(['1%', '1.2%', '0.8%', '不计息']), '。\n')
            d.w('借款人：', N(borrower.name), '\n身份证号：', ID(borrower.idw()), '\n住址：', AD(borrower.addr), '\n电话：', PH(fph(borrower.phone)), '\n')
            d.w(fdate(day, 'cn'), '\n')
            if chance(0.5):
                g = P(1960, 1995)
                d.w('担保人：', N(g.name), '（身份证 ', ID(g.id), '，电话 ', PH(fph(g.phone)), '）自愿承担连带保证责任。\n')
        elif kind == 'receipt':
            d.w('证据', str(i + 1), '：收条\n')
            d.w('今收到', N(borrower.name), '归还借款', cn_money(amt // 2), '，剩余', str(amt - amt // 2), '元于年底前还清。\n收款人：', N(lender.name), '   ', fdate(day, 'cn'), '\n')
        else:
            card1, bank1 = bankcard()
            card2, bank2 = bankcard()
            d.w('证据', str(i + 1), '：借款合同（打印件）\n')
            d.w('出借人（甲方）：', N(lender.name), '  身份证号码：', ID(lender.idw()), '\n住所：', AD(lender.addr), '  手机：', PH(fph(lender.phone)), '\n')
            d.w('借款人（乙方）：', N(borrower.name), '  身份证号码：', ID(borrower.idw()), '\n住所：', AD(borrower.addr), '  手机：', PH(fph(borrower.phone)), '\n')
            d.w('第一条 借款金额：人民币', str(amt), '元整。甲方于', fdate(day, 'cn'), '前将款项转入乙方', bank2, '账户 ', BK(fbk(card2)), '。\n')
            d.w('第二条 还款：乙方按月还款至甲方', bank1, '账户（户名 ', N(lender.name), '，卡号 ', BK(fbk(card1)), '）。\n')
            d.w('第三条 送达地址：双方确认上述住所及电子邮箱（甲方 ', EM(lender.email), '；乙方 ', EM(borrower.email), '）为有效送达地址。\n')
        d.w('\n证据', str(i + 1), '-附：转账记录截图转写\n')
        card, bank = bankcard()
        for _ in range(ri(1, 3)):
            d.w('  交易时间 ', tsstr(day.year, day.year), '  交易类型 ', ch(['转账汇款', '手机银行转出', '跨行转账']), '  金额 ', '-{:,}.00'.format(ri(1, amt // 1000) * 1000), '\n')
            d.w('  对方户名 ', N(borrower.name), '  对方账号 ', ch([BK(fbk(card)), ('%s **** **** %s' % (card[:4], card[-4:]), None)]), '  交易流水号 ', '%d%s' % (day.year, '%016d' % ri(0, 10 ** 16 - 1)), '\n')
        if chance(0.4):
            d.w('  微信转账 交易单号 ', '42000%05d%s' % (ri(0, 99999), day.strftime('%Y%m%d')) + '%010d' % ri(0, 10 ** 10 - 1), '  商户单号 ', hexs(32), '\n')
        d.w('\n')
    d.w('原告：', N(P().name), '  委托诉讼代理人：', N(name()), '，', ch(['广东', '浙江', '北京']), ch(['正义', '明德', '中伦文德']), '律师事务所律师，执业证号 ', '1%04d%04d%07d' % (ri(4400, 4499), ri(2010, 2022), ri(0, 9999999)), '\n')
    return d


# ==========================================================================
# 09 notarial documents

NOTARY = ['深圳市南山公证处', '广州市南方公证处', '北京市方正公证处', '上海市东方公证处', '杭州市国立公证处', '成都市蜀都公证处']
NOTARY_ADDR = ['深圳市南山区南头街道南山大道2076号', '广州市越秀区东风中路437号越秀城市广场南塔', '北京市西城区西直门南小街国英园1号楼',
               '上海市凤阳路660号', '杭州市上城区解放路128号', '成都市武侯区人民南路四段27号']


def f09():
    d = Doc('09_notarial_docs.txt')
    for i in range(14):
        k = ri(0, len(NOTARY) - 1)
        ap = P(1960, 2004)
        notary = name()
        year = ri(2021, 2024)
        kind = ch(['birth', 'kin', 'crime', 'entrust', 'declare'])
        d.w('公 证 书\n', '（%d）%s证字第%05d号\n' % (year, ['粤深南山', '粤穗南方', '京方正', '沪东方', '浙杭国立', '川成蜀都'][k], ri(1, 30000)))
        d.w('申请人：', N(ap.name), '，', ap.sex, '，', DOB(fdob(ap.dob, 'cn')), '出生，')
        d.w('公民身份号码：', ID(ap.idw()), '，\n现住', AD(ap.addr), '。\n')
        if chance(0.7):
            d.w('护照号码：', PP(passport()), '。\n')
        if chance(0.5):
            d.w('往来港澳通行证号码：', HK(hkpermit()), '。\n')
        if kind == 'birth':
            f, m = P(ap.dob.year - 35, ap.dob.year - 22, '男'), P(ap.dob.year - 33, ap.dob.year - 20, '女')
            d.w('公证事项：出生\n兹证明', N(ap.name), '于', DOB(fdob(ap.dob, 'cn')), '在', ap.loc[1], ap.loc[2] if ap.loc[2] != '市辖区' else '', '出生。\n')
            d.w(N(ap.name), '的父亲是', N(f.name), '，母亲是', N(m.name), '。\n')
        elif kind == 'kin':
            d.w('公证事项：亲属关系\n兹证明申请人', N(ap.name), '与下列人员的关系：\n')
            y = ap.dob.year
            for rel in R.sample(['父亲', '母亲', '配偶', '儿子', '女儿', '哥哥', '妹妹'], ri(2, 4)):
                rsex = '男' if rel in ('父亲', '儿子', '哥哥') else '女' if rel != '配偶' else ('女' if ap.sex == '男' else '男')
                yr = {'父亲': (y - 35, y - 22), '母亲': (y - 33, y - 20), '配偶': (y - 4, y + 4), '儿子': (y + 22, y + 35),
                      '女儿': (y + 22, y + 35), '哥哥': (y - 8, y - 1), '妹妹': (y + 1, y + 8)}[rel]
                r = P(max(yr[0], 1930), min(yr[1], 2023), sex=rsex)
                if rel in ('父亲', '儿子', '女儿', '哥哥', '妹妹') and chance(0.85):
                    r.name = ap.name[0] + r.name[1:] if len(ap.name) <= 3 and '·' not in ap.name and ap.name[:2] not in SURNAMES2 else r.name
                d.w('  ', rel, '  ', N(r.name), '  ', r.sex, '  ', DOB(fdob(r.dob, ch(['cn', 'dot']))), '出生\n')
        elif kind == 'crime':
            d.w('公证事项：无犯罪记录\n兹证明', N(ap.name), '（男/女：', ap.sex, '）自', fdate(rand_date(2010, 2018), 'cn'), '至', fdate(rand_date(2022, 2024), 'cn'), '在中国居住期间无犯罪记录。\n')
            d.w('（依据：', ap.loc[3], '派出所出具的无犯罪记录证明，编号 ', 'WF' + order_no(), '）\n')
        elif kind == 'entrust':
            ag = P(1960, 2004)
            d.w('公证事项：委托\n委托人', N(ap.name), '因身在', ch(['香港', '澳门', '美国', '加拿大', '澳大利亚']), '无法亲自办理，特委托', N(ag.name), '（公民身份号码 ', ID(ag.idw()), '，电话 ', PH(fph(ag.phone)), '）为代理人，\n')
            d.w('代为办理位于', AD(addr(ap.loc, style='urban')), '房产的出售、网签、过户及收取房款等事宜，\n')
            card, bank = bankcard()
            d.w('房款须转入委托人本人', bank, '账户 ', BK(fbk(card)), '。\n')
        else:
            d.w('公证事项：声明书\n声明人', N(ap.name), '郑重声明：本人名下手机号码 ', PH(fph(ap.phone)), ' 的实名信息系本人登记，\n本人电子邮箱 ', EM(ap.email), ' 仅本人使用，如有虚假愿承担法律责任。\n')
        d.w('\n', NOTARY[k], '\n公证员  ', N(notary), '\n', fdate(rand_date(year, year), 'cn'), '\n')
        d.w('地址：', NOTARY_ADDR[k], '  电话：', ['0755', '020', '010', '021', '0571', '028'][k], '-%d' % ri(20000000, 89999999), '（公证处办公室）\n')
        d.w('本公证书可通过扫描二维码核验，核验码 ', hexs(12, True), '，文书ID ', uuid(), '\n\n')
    return d


# ==========================================================================
# 10 letters of authorization

MATTERS = ['补办SIM卡', '过户', '销户', '查询详单', '携号转网', '宽带移机', '停机保号', '打印通话记录', '修改服务密码']


def f10():
    d = Doc('10_authorization_letters.txt')
    for i in range(18):
        a = P(1940, 2004)
        b = P(1960, 2004)
        num = a.phone
        matter = ch(MATTERS)
        style = ri(0, 3)
        start = rand_date(2023, 2024)
        if style == 0:
            d.w('授 权 委 托 书\n\n')
            d.w('委托人：', N(a.name), '     身份证号码：', ID(a.idw()), '\n联系电话：', PH(fph(a.phone)), '   住址：', AD(a.addr), '\n')
            d.w('受托人：', N(b.name), '     身份证号码：', ID(b.idw()), '\n联系电话：', PH(fph(b.phone)), '\n\n')
            d.w('本人因', ch(['身体原因', '工作繁忙', '在外地务工', '年事已高行动不便']), '，不能亲自前往营业厅办理业务，现委托', N(b.name), '代为办理本人名下号码', PH(fph(num)), '的', matter, '业务。\n')
            d.w('受托人在上述范围内所签署的相关文件，本人均予以承认。\n委托期限：', fdate(start, 'cn'), '至', fdate(start + dt.timedelta(days=ch([7, 15, 30])), 'cn'), '\n\n')
            d.w('委托人（签字）：', N(a.name), '          受托人（签字）：', N(b.name), '\n', fdate(start, 'cn'), '\n')
        elif style == 1:
            d.w('授权委托书\n致：', ch(OPS)[0], ch(['', '深圳分公司', '广州分公司', '杭州分公司']), '\n')
            d.w('兹有我', N(a.name), '（', a.sex, '，', DOB(fdob(a.dob, 'cn')), '出生，身份证号', ID(a.idw()), '），系手机号码', PH(fph(num)), '的机主，')
            d.w('现委托我的', ch(['儿子', '女儿', '妻子' if a.sex == '男' else '丈夫', '朋友', '同事']), N(b.name), '（身份证号', ID(b.idw()), '）前往贵公司营业厅为我办理', matter, '。\n')
            if matter == '修改服务密码':
                d.w('新服务密码由受托人当场设置为 ', CR('%06d' % ri(0, 999999)), '，办理后由本人修改。\n')
            d.w('特此委托。\n委托人：', N(a.name), '  电话：', PH(fph(a.phone)), '\n', fdate(start, 'cn'), '\n')
        elif style == 2:
            d.w('授权委托书（境外委托人）\n')
            if chance(0.5):
                d.w('委托人：', N(a.name), '\n证件：护照 ', PP(passport()), '\n')
            else:
                d.w('委托人：', N(a.name), '\n证件：往来港澳通行证 ', HK(hkpermit()), '\n')
            d.w('境内身份证：', ID(a.idw()), '\n境外联系电话：', ch(['+852 ', '+853 ', '+1 ', '+61 ']), str(ri(10000000, 99999999)), '（境外号码，不在本次核验范围）\n')
            d.w('受托人：', N(b.name), '  身份证号码：', ID(b.idw()), '  手机：', PH(fph(b.phone)), '\n')
            d.w('委托事项：代为办理号码 ', PH(fph(num, 'sp')), ' ', matter, '，并代收相关票据。\n')
            d.w('委托人签名：', N(a.name), '\n（本委托书已经', ch(['中国委托公证人（香港）', '澳门特别行政区公证署']), '证明，见证文书编号 ', 'CAH' + '%07d' % ri(0, 9999999), '）\n')
        else:
            d.w('委 托 书\n\n  本人', N(a.name), '，身份证号码', ID(a.idw()), '，住', AD(a.addr), '。\n')
            d.w('  因本人名下宽带（账号 ', ch(['0755', '020', '0571']) + '%08d' % ri(0, 99999999), '，装机地址 ', AD(addr(a.loc, style='urban')), '）需要', ch(['移机', '拆机', '提速', '过户']), '，\n')
            d.w('  现委托', N(b.name), '（电话', PH(fph(b.phone)), '）全权代为办理。宽带登录密码：', CR(password()), '。\n')
            d.w('  委托人：', N(a.name), '   ', fdate(start, 'dash'), '\n')
        d.w('附：委托人、受托人身份证复印件各一份（复印件上注明“仅供办理', matter, '使用”）\n')
        d.w('营业厅核验：', ch(['已核验原件', '已人像比对', '已电话回访委托人']), '  受理单号 ', order_no('SL'), '\n')
        d.w('\n', '─' * 30, '\n\n')
    return d


# ==========================================================================
# 11 complaint letters to the MIIT

def f11():
    d = Doc('11_miit_complaints.txt')
    d.w('工业和信息化部电信用户申诉受理中心  申诉材料汇编（转办件）\n转办批次 ', order_no('ZB'), '   处理时限：15日\n\n')
    for i in range(16):
        p = P(1950, 2003)
        op, svc = ch(OPS)
        no = 'SS%s%06d' % (rand_date(2024, 2024).strftime('%Y%m%d'), ri(0, 999999))
        t = ri(0, 4)
        d.w('【申诉编号】', no, '    【被申诉企业】', op, '\n【申诉内容】\n')
        if t == 0:
            d.w('我叫', N(p.name), '，身份证号', ID(p.idw()), '，家住', AD(p.addr), '。我的手机号是', PH(fph(p.phone)), '，')
            d.w(fdate(rand_date(2024, 2024), 'cn'), '我发现每个月被扣了', ch(['10元', '15元', '20元', '30元']), '的增值业务费，我从来没有订过。打了', svc, '好几次，\n')
            d.w('客服工号', str(ri(1000, 9999)), '说给我退一半，我不同意。要求全额退还近', ch(['六', '十二', '三']), '个月的费用并道歉。\n')
        elif t == 1:
            mom = P(1935, 1960, '女')
            d.w('我母亲', N(mom.name), '（', DOB(fdob(mom.dob, 'cn')), '出生，身份证', ID(mom.id), '）今年已经', str(2024 - mom.dob.year), '岁，不识字，\n')
            d.w('上个月在', ch(HALLS), '被营业员诱导办理了一个', ch(['199元', '239元', '129元']), '的合约套餐和一部手机（串号 ', IMEI(imei()), '），\n')
            d.w('合同上的签名根本不是她本人写的。她原来的号码', PH(fph(mom.phone)), '用了十几年。我是她的女儿', N(p.name), '，电话', PH(fph(p.phone)), '，\n')
            d.w('请求撤销合约、退还手机款', '%d' % ri(1999, 6999), '元。\n')
        elif t == 2:
            lat, lng = coord()
            c = cgi()
            d.w('本人', N(p.name), '，号码', PH(fph(p.phone)), '。自', fdate(rand_date(2024, 2024), 'cn'), '起家里（', AD(p.addr), '）手机信号极差，\n')
            if chance(0.5):
                d.w('用手机工程模式看到的小区是', CELL(c), '，RSRP -1', str(ri(10, 25)), 'dBm，')
            else:
                d.w('测速APP显示 ECI：', CELL(str(ri(10 ** 8, 3 * 10 ** 8))), '，PCI ', str(ri(0, 503)), '，')
            d.w('我家的位置是', GEO('%.6f,%.6f' % (lng, lat) if chance(0.5) else '%.6f, %.6f' % (lat, lng)), '，离基站不到500米。\n')
            d.w('\n【附：运营商现场测试记录】测试终端 IMEI ', IMEI(imei()), '\n')
            for _ in range(ri(2, 3)):
                lat2, lng2 = lat + R.uniform(-0.002, 0.002), lng + R.uniform(-0.002, 0.002)
                d.w('  ', tsstr(2024, 2024), ' 服务小区 ', CELL(cgi()), ' RSRP -1', str(ri(5, 25)), ' SINR ', str(ri(-5, 12)), ' 经度 ', GEO('%.6f' % lng2), ' 纬度 ', GEO('%.6f' % lat2), '\n')
            d.w('报修了三次（工单 ', order_no('GZ'), '），一直没人上门，要求减免月租。\n')
        elif t == 3:
            q = P(1960, 2003)
            d.w('我的号码', PH(fph(p.phone)), '在', fdate(rand_date(2024, 2024), 'cn'), '被人冒名补卡，补卡后对方用验证码登录了我的支付宝并转走了\n')
            card, bank = bankcard()
            d.w('我', bank, '卡（', BK(fbk(card)), '）里的', '{:,}'.format(ri(3000, 90000)), '元。营业厅说是持我的身份证办理的，代办人叫', N(q.name), '，\n')
            d.w('留的电话是', PH(fph(q.phone)), '。我本人', N(p.name), '（身份证', ID(p.idw()), '）当天在外地出差，根本没去过营业厅。\n')
            d.w('新卡的ICCID是', ICC(iccid()), '，请核查营业厅操作记录并承担赔偿责任。已在', ch(['南山', '天河', '西湖', '武侯']), '派出所报案（回执 ', 'A' + str(ri(10 ** 19, 10 ** 20 - 1)), '）。\n')
        else:
            d.w('反映', op, '泄露个人信息：我', fdate(rand_date(2024, 2024), 'cn'), '刚办完宽带，第二天就接到装修、贷款推销电话，对方能说出我的名字', N(p.name), '\n')
            d.w('和地址', AD(p.addr), '。推销电话号码有', PH(fph(mobile())), '、', PH(landline()), '，请查处。\n')
            d.w('我的宽带账号绑定手机', PH(fph(p.phone)), '，光猫MAC ', MAC(mac()), '，上网IP ', IP(ipv4()), '。\n')
        d.w('【申诉人】', N(p.name), '  【联系电话】', PH(fph(p.phone, 'p')), '\n')
        d.w('【企业回复】', tsstr(2024, 2024), ' ', op, '客户服务中心（工号 ', '%s%05d' % (ch('ABCDEFGH'), ri(0, 99999)), '）：经核实，用户反映情况属实，\n')
        d.w('已与用户', p.name[0], '先生' if p.sex == '男' else '女士', '（', p.phone[:3], '****', p.phone[-4:], '）沟通，退还费用 ', '%.2f' % (ri(1000, 90000) / 100), ' 元，用户表示', ch(['满意', '基本满意', '不满意，继续申诉']), '。\n')
        d.w('【回访】', ch(['已回访', '未接通，短信告知']), '  回访时间 ', ms_epoch(2024, 2024), '\n\n')
    d.w('申诉受理中心热线：12300   网址：yhssglxt.miit.gov.cn\n')
    return d


# ==========================================================================
# 12 e-mails

import base64


def qp_write(d, parts):
    """write parts as quoted-printable; labelled parts must be plain ASCII and are kept unbroken"""
    col = 0
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            assert all(32 <= ord(c) < 127 and c != '=' for c in v), v
            if col + len(v) > 75:
                d.w('=\n')
                col = 0
            d.w(p)
            col += len(v)
            continue
        for c in p:
            if c == '\n':
                d.w('\n')
                col = 0
                continue
            if 32 <= ord(c) < 127 and c != '=':
                tok = c
            else:
                tok = ''.join('=%02X' % b for b in c.encode('utf-8'))
            if col + len(tok) > 75:
                d.w('=\n')
                col = 0
            d.w(tok)
            col += len(tok)


def b64h(s):
    return '=?UTF-8?B?' + base64.b64encode(s.encode('utf-8')).decode() + '?='


def mail_head(d, frm, to, subj, extra=(), user=True):
    day = rand_date(2024, 2024)
    d.w('From - ', day.strftime('%a %b %d'), ' %02d:%02d:%02d 2024\n' % (ri(0, 23), ri(0, 59), ri(0, 59)))
    if not user:
        d.w('Received: from mta-out', str(ri(1, 9)), '.example-telecom.cn (localhost) by mx.', ch(['163.com', 'qq.com', 'aliyun.com']), ' with ESMTPS id ', hexs(12, True), '; ', day.strftime('%a, %d %b %Y'), ' %02d:%02d:%02d +0800\n' % (ri(0, 23), ri(0, 59), ri(0, 59)))
    else:
        o, c = ch([('[', ']'), ('unknown ([', '])')])
        d.w('Received: from ', o, IP(ipv4()), c, ' by ', ch(['smtp.163.com', 'newxmesmtplogicsvrszc5.qq.com', 'mx1.corp-mail.cn']), ' with ESMTPA id ', hexs(12, True), '; ', day.strftime('%a, %d %b %Y'), ' %02d:%02d:%02d +0800\n' % (ri(0, 23), ri(0, 59), ri(0, 59)))
    d.w('From: ', *frm, '\n')
    d.w('To: ', *to, '\n')
    d.w('Subject: ', subj, '\n')
    d.w('Date: ', day.strftime('%a, %d %b %Y'), ' %02d:%02d:%02d +0800\n' % (ri(0, 23), ri(0, 59), ri(0, 59)))
    d.w('Message-ID: <', hexs(8), '.', str(ri(10 ** 12, 10 ** 13)), '@', ch(['mail.163.com', 'qq.com', 'corp-mail.cn']), '>\n')
    for e in extra:
        d.w(*e)
    d.w('MIME-Version: 1.0\n')


def f12():
    d = Doc('12_emails.eml')
    for i in range(14):
        p = P(1965, 2003)
        kind = i % 7
        if kind == 0:  # customer plain 8bit
            mail_head(d, ['"', N(p.name), '" <', EM(p.email), '>'], ['kefu@service.example-telecom.cn'], '关于号码' + p.phone[:3] + '****' + p.phone[-4:] + '被停机的投诉',
                      [('X-Mailer: ', 'Foxmail 7.2.25.%d[cn]' % ri(100, 400), '\n')])
            d.w('Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n')
            d.w('客服你好：\n\n我是机主', N(p.name), '，号码 ', PH(fph(p.phone)), '，身份证号 ', ID(p.idw()), '。\n')
            d.w('昨天晚上突然被停机，说是实名认证不通过。我的身份证地址是', AD(p.addr), '，\n一直没有变过。请尽快恢复，有事打我备用电话 ', PH(fph(mobile())), '。\n\n')
            d.w('--\n', N(p.name), '\n', PH(fph(p.phone, 'dash')), '\n\n')
        elif kind == 1:  # HTML reply from operator
            staff = name()
            mail_head(d, ['"客户服务中心" <noreply@service.example-telecom.cn>'], ['"', N(p.name), '" <', EM(p.email), '>'], 'Re: 实名信息核验结果通知',
                      [('X-Campaign-Id: ', uuid(), '\n')], user=False)
            bd = hexs(24)
            d.w('Content-Type: multipart/alternative; boundary="----=_Part_', bd, '"\n\n------=_Part_', bd, '\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n')
            d.w('<html><body style="font-family:微软雅黑"><p>尊敬的', N(p.name), '先生/女士：</p>\n<p>您提交的实名信息核验结果如下：</p>\n')
            d.w('<table border="1" cellpadding="4"><tr><td>姓名</td><td>', N(p.name), '</td></tr>\n<tr><td>证件号码</td><td>', ID(p.id), '</td></tr>\n')
            d.w('<tr><td>出生日期</td><td>', DOB(fdob(p.dob, 'dash')), '</td></tr>\n<tr><td>服务号码</td><td>', PH(p.phone), '</td></tr>\n')
            d.w('<tr><td>核验时间</td><td>', tsstr(2024, 2024), '</td></tr><tr><td>工单号</td><td>', order_no('HY'), '</td></tr></table>\n')
            d.w('<p>如有疑问请拨打10086或回复本邮件。处理人：', N(staff), '（工号 ', str(ri(100000, 999999)), '）</p>\n')
            d.w('<img src="https://track.example-telecom.cn/o.gif?u=', hexs(32), '&amp;t=', ms_epoch(), '" width="1" height="1"></body></html>\n------=_Part_', bd, '--\n\n')
        elif kind == 2:  # forwarded QP (HR)
            hr = name()
            mail_head(d, [b64h(hr), ' <', EM(ch(PINYIN) + ch(GIVPY) + '@corp-mail.cn'), '>'], [b64h('人事共享中心'), ' <hr-ssc@corp-mail.cn>'], b64h('转发: 新员工入职资料 ' + p.name))
            d.w('Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n')
            card, bank = bankcard()
            qp_write(d, ['请协助办理社保和工资卡绑定，谢谢。\n\n---------- 转发的邮件 ----------\n发件人: ', p.name, ' <', EM(p.email), '>\n',
                         '日期: ', tsstr(2024, 2024), '\n主题: 入职资料\n\n', 'HR您好，我的资料如下：\n姓名：', p.name, '\n身份证：', ID(p.idw()), '\n',
                         '出生日期：', DOB(fdob(p.dob, 'dash')), '\n手机：', PH(fph(p.phone, ch(['p', 'dash']))), '\n工资卡（', bank, '）：', BK(fbk(card)), '\n',
                         '紧急联系人：', name(), ' ', PH(fph(mobile(), 'p')), '\n谢谢！\n'])
            d.w('\n')
        elif kind == 3:  # invoice request
            mail_head(d, ['"', N(p.name), '" <', EM(p.email), '>'], ['fapiao@example-shop.com'], '申请开具个人发票 订单' + order_no())
            d.w('Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n')
            d.w('您好，请帮我开电子普通发票：\n抬头：', N(p.name), '（个人）\n身份证号（自然人纳税人识别号）：', ID(p.id), '\n')
            d.w('金额：', '%.2f' % (ri(5000, 900000) / 100), '元  订单号：', order_no('JD'), '\n接收邮箱：', EM(p.email), '\n接收手机：', PH(fph(p.phone)), '\n')
            d.w('收件地址（如需纸质）：', AD(p.addr), '\n\n', N(p.name), '\n\n')
        elif kind == 4:  # password reset / account
            tok = base64.urlsafe_b64encode(('{"alg":"HS256","typ":"JWT"}').encode()).decode().rstrip('=') + '.' + base64.urlsafe_b64encode(
                ('{"sub":"%s","exp":%d}' % (p.phone, ri(1700000000, 1730000000))).encode()).decode().rstrip('=') + '.' + hexs(43)
            tmp = password()
            mail_head(d, ['"掌上营业厅" <account@app.example-telecom.cn>'], ['<', EM(p.email), '>'], b64h('您的账号安全提醒'), user=False)
            d.w('Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n')
            d.w('尊敬的用户 ', PH(p.phone[:3] + ' ' + p.phone[3:7] + ' ' + p.phone[7:]), '：\n您的账号于 ', tsstr(2024, 2024), ' 在新设备登录（IP ', IP(ipv4()), '，设备 ', ch(['HUAWEI', 'Xiaomi', 'iPhone']), '）。\n')
            d.w('如非本人操作，请点击链接重置密码：https://account.example-telecom.cn/reset?token=', CR(tok), '&from=mail\n')
            d.w('您的临时密码为：', CR(tmp), '（24小时内有效）。请勿将验证信息透露给他人。\n客服热线 10000\n\n')
        elif kind == 5:  # agent's mail with scanned attachments described
            ag = P(1970, 2003)
            mail_head(d, [b64h(ag.name), ' <', EM(ag.email), '>'], ['"', N(p.name), '" <', EM(p.email), '>'], 'Fw: 委托书及身份证复印件',
                      [('X-Originating-IP: [', IP(ipv4()), ']\n',)])
            d.w('Content-Type: multipart/mixed; boundary="', hexs(28), '"\n\n')
            d.w('Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n')
            d.w('> 在 ', tsstr(2024, 2024), '，"', N(p.name), '" <', EM(p.email), '> 写道：\n> 帮我去营业厅把', PH(fph(p.phone)), '的卡补一下，委托书我签好了。\n> 我身份证号 ', ID(p.idw()), '，\n')
            d.w('> 服务密码是 ', CR('%06d' % ri(0, 999999)), '，别告诉别人。\n>\n\n收到。我的身份证号 ', ID(ag.idw()), '，明天上午去', ch(HALLS), '。\n', N(ag.name), '\n\n')
            d.w('附件: auth_letter.pdf (', str(ri(100, 900)), ' KB, sha256=', hexs(64), ')\n\n')
        else:  # QP HTML notice with table
            mail_head(d, ['"物业服务中心" <wuye@example-pm.cn>'], ['"', N(p.name), '" <', EM(p.email), '>'], b64h('车位租赁续约提醒'), user=False)
            d.w('Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n')
            d.w('<html><body><p>', N(p.name), '&nbsp;业主您好：</p><p>您的车位租约将于', fdate(rand_date(2024, 2025), 'cn'), '到期：</p>\n<table>')
            d.w('<tr><td>房号</td><td>', AD(addr(p.loc, province=False, style='urban')), '</td></tr>\n<tr><td>车牌</td><td>', PL(plate()), '</td></tr>\n')
            d.w('<tr><td>登记手机</td><td>', PH(fph(p.phone)), '</td></tr><tr><td>车位</td><td>B2-', str(ri(1, 400)), '</td></tr><tr><td>月租</td><td>&yen;', str(ch([300, 450, 600])), '</td></tr></table>\n')
            d.w('<p>续约请扫码或致电物业前台 ', landline('dash'), '（工作日 9:00-18:00）。</p></body></html>\n\n')
    return d


# ==========================================================================
# 13 Word documents saved as text with | tables

def dw(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def cell_text(c):
    return c if isinstance(c, str) else c[0]


def table(d, header, rows, style='pipe'):
    cols = [header] + rows
    widths = [max(dw(cell_text(r[i])) for r in cols) for i in range(len(header))]
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+\n'
    if style == 'pipe':
        d.w(sep)
    for ri_, r in enumerate(cols):
        d.w('|')
        for i, c in enumerate(r):
            d.w(' ', c, ' ' * (widths[i] - dw(cell_text(c)) + 1), '|')
        d.w('\n')
        if style == 'pipe' and ri_ == 0:
            d.w(sep.replace('-', '='))
    if style == 'pipe':
        d.w(sep)


def f13():
    d = Doc('13_word_tables.txt')
    # A: broadband installation register
    area = ch([('440305', '南山', 22.53, 113.93), ('440106', '天河', 23.13, 113.36), ('330106', '西湖', 30.26, 120.12), ('510107', '武侯', 30.63, 104.04)])
    aloc = [x for x in LOC if x[0] == area[0]][0]
    d.w('宽带装机登记表（', area[1], '片区 第', str(ri(10, 52)), '周）\n文档版本：V', '%d.%d' % (ri(1, 3), ri(0, 9)), '   导出自 装机登记表.docx\n\n')
    rows = []
    for i in range(10):
        p = P(1960, 2003)
        lat, lng = round(area[2] + R.uniform(-0.04, 0.04), 6), round(area[3] + R.uniform(-0.04, 0.04), 6)
        rows.append(['%06d' % ri(0, 999999), N(p.name), PH(fph(p.phone, ch(['p', 'p', 'dash']))), AD(addr(aloc, province=False, style='urban')),
                     MAC(mac(ch(['colon', 'dash', 'lcolon']))), IP(ipv4()), GEO('%.6f' % lng), GEO('%.6f' % lat), CR(password())])
    table(d, ['工单尾号', '用户姓名', '联系电话', '装机地址', '光猫MAC', '分配IP', '经度', '纬度', '宽带密码'], rows)
    d.w('\n注：光猫SN（如 ZTEG', hexs(8, True), '、HWTC', hexs(8, True), '）不在本表登记；LOID 由系统自动下发。\n\n')
    # B: subscriber info change register, blank-separated table (no frame)
    d.w('用户资料变更登记簿\n\n')
    rows = []
    for i in range(10):
        p = P(1950, 2003)
        rows.append([fdate(rand_date(2024, 2024), 'dash'), N(p.name), ID(p.idw()), PH(fph(p.phone)), ch(['地址变更', '联系人变更', '证件更新', '邮箱变更']),
                     ch([AD(addr(p.loc, province=chance(0.5))), EM(p.email)]), N(name())])
    table(d, ['日期', '用户', '证件号', '号码', '变更项', '新值', '经办'], rows, style='plain')
    d.w('\n')
    # C: employee device register
    d.w('员工终端及SIM卡领用登记表\n\n')
    rows = []
    for i in range(12):
        p = P(1975, 2003)
        rows.append([str(i + 1), N(p.name), 'E%05d' % ri(0, 99999), ch([IMEI(imei()), MEID(meid())]), ICC(iccid()), IMSI(imsi()), PH(p.phone), 'SN' + hexs(10, True)])
    table(d, ['序号', '姓名', '工号', 'IMEI/MEID', 'ICCID', 'IMSI', '号码', '资产编号'], rows)
    d.w('\n')
    # D: vehicle access register
    d.w('小区车辆出入登记（业主自用车）\n\n')
    rows = []
    for i in range(10):
        p = P(1960, 2000)
        rows.append([N(p.name), '%d-%d-%d' % (ri(1, 30), ri(1, 4), ri(1, 32) * 100 + ri(1, 4)),
                     PL(plate()), PH(fph(p.phone)), ch(['月卡', '年卡', '临时'])])
    table(d, ['车主', '房号', '车牌号码', '联系电话', '类型'], rows)
    d.w('\n制表：', N(name()), '    审核：', N(name()), '    打印时间：', tsstr(2024, 2024), '\n')
    return d


# ==========================================================================
# 14 meeting minutes

def f14():
    d = Doc('14_meeting_minutes.txt')
    for m in range(6):
        staff = [name() for _ in range(ri(4, 7))]
        day = rand_date(2024, 2024)
        d.w('会议纪要\n会议名称：', ch(['客户投诉专题分析会', '个人信息保护周例会', '实名制核查工作会', '携号转网服务质量复盘会']), '\n')
        d.w('时间：', fdate(day, 'cn'), ' ', '%d:%02d' % (ri(9, 16), ch([0, 30])), '   地点：', ch(['3楼301会议室', '腾讯会议 ' + '%03d-%03d-%03d' % (ri(100, 999), ri(100, 999), ri(100, 999)), '客服中心大会议室']), '\n')
        d.w('主持人：', N(staff[0]), '   记录人：', N(staff[1]), '\n参会人员：')
        for j, s in enumerate(staff[2:]):
            d.w('、' if j else '', N(s))
        d.w('\n缺席：', ch(['无', '（请假）']), '\n\n一、上周问题跟进\n')
        for k in range(ri(3, 5)):
            p = P(1950, 2003)
            t = ch([0, 1, 2, 3, 4, 4])
            d.w('  %d. ' % (k + 1))
            if t == 0:
                d.w('用户', N(p.name), '（', PH(fph(p.phone)), '）反映被冒名办理副卡，已调取入网资料，代办人身份证 ', ID(P().id), '，由', N(staff[ri(0, len(staff) - 1)]), '负责核实。\n')
            elif t == 1:
                d.w('工单 ', order_no('TS'), ' 用户', p.name[0], '女士（', p.phone[:3], '****', p.phone[-4:], '）要求删除个人信息，已按流程处理，截止 ', fdate(day + dt.timedelta(days=15), 'dash'), '。\n')
            elif t == 2:
                d.w('用户', N(p.name), '终端 IMEI ', IMEI(imei()), ' 被列入异常终端名单，经核实为误判，已解除；用户新号码 ', PH(fph(mobile())), '。\n')
            elif t == 3:
                d.w('外呼团队误将用户', N(p.name), '的资料（含住址 ', AD(p.addr), '）发至错误邮箱 ', EM(email()), '，已要求对方删除并取得书面确认。\n')
            else:
                d.w('基站', CELL(cgi()), '覆盖投诉集中，涉及用户', str(ri(12, 90)), '户，代表用户', N(p.name), '（', PH(fph(p.phone)), '），网优已派单 ', order_no('WY'), '。\n')
        d.w('\n二、数据\n  本周投诉量 ', str(ri(80, 400)), ' 件，环比 ', ch(['+', '-']), '%.1f%%' % (ri(1, 300) / 10), '；12300 转办 ', str(ri(1, 20)), ' 件；平均处理时长 ', '%.1f' % (ri(10, 90) / 10), ' 天。\n')
        d.w('  数据平台版本 ', '%d.%d.%d' % (ri(2, 5), ri(0, 20), ri(0, 99)), '，报表ID ', uuid(), '。\n')
        d.w('\n三、下步工作\n  由', N(staff[-1]), '牵头，', fdate(day + dt.timedelta(days=7), 'cn'), '前完成。联系人手机 ', PH(fph(mobile())), '。\n\n', '=' * 36, '\n\n')
    return d


# ==========================================================================
# 15 public notices

SCHOOLS = ['武汉大学', '四川大学', '华南理工大学', '浙江工业大学', '郑州大学', '湖南师范大学', '西北大学', '南京邮电大学', '深圳大学']


def f15():
    d = Doc('15_public_notices.txt')
    d.w('关于', ch(['深圳市南山区', '杭州市西湖区', '成都市武侯区']), '2024年公开招聘社区专职工作者拟聘用人员名单的公示\n\n')
    d.w('根据招聘公告，经笔试、面试、体检和考察，现将拟聘用人员名单予以公示。公示期：', fdate(rand_date(2024, 2024), 'cn'), '至', fdate(rand_date(2024, 2024), 'cn'), '（5个工作日）。\n\n')
    d.w('序号  姓名      性别  出生年月   学历      毕业院校            准考证号       总成绩\n')
    for i in range(22):
        p = P(1990, 2002)
        d.w('%-4d  ' % (i + 1), N(p.name), ' ' * (10 - dw(p.name)), p.sex, '    ', DOB(fdob(p.dob, ch(['ym', 'ym', 'ymcn']))), '    ', ch(['本科', '硕士研究生', '大专']), '    ', ch(SCHOOLS), '    ', '2024%06d' % ri(0, 999999), '    ', '%.2f' % (ri(6000, 9000) / 100), '\n')
    d.w('\n监督电话：12345   监督邮箱：jdjc@example.gov.cn\n\n')
    d.w('关于2024年第二季度城乡最低生活保障对象的公示\n\n按照规定，现将新增低保对象公示如下（身份证号已作部分隐藏）：\n')
    d.w('户主姓名 | 身份证号 | 家庭人口 | 保障金额(元/月) | 所在村（居）\n')
    for i in range(20):
        p = P(1940, 1990)
        d.w(N(p.name), ' | ', p.id[:6], '********', p.id[-4:], ' | ', str(ri(1, 5)), ' | ', str(ri(300, 1800)), ' | ', ch(VILLAGES), '\n')
    d.w('\n如有异议，请于公示期内向乡镇民政办反映，电话 12345。\n\n')
    d.w('2023-2024学年国家励志奖学金获奖学生名单公示\n')
    for i in range(24):
        p = P(2001, 2005)
        d.w(N(p.name), ch(['，', ' ', '、']) if i < 23 else '。')
    d.w('\n\n关于拟认定见义勇为人员的公示\n')
    for i in range(4):
        p = P(1965, 2000)
        d.w(N(p.name), '，', p.sex, '，', p.nation, '族，', DOB(fdob(p.dob, 'ymcn')), '出生，', ch(COMPANIES + ['个体户', '务农']), '，', fdate(rand_date(2023, 2024), 'cn'), '在', ch(['珠江', '钱塘江', '府南河']), '边勇救落水儿童。\n')
    d.w('\n工程建设项目征地补偿公示（', ch(TOWNS), ch(VILLAGES), '）\n')
    d.w('序号,被征收户,宅基地坐落,补偿款(元),收款账号\n')
    for i in range(14):
        p = P(1945, 1985)
        card, bank = bankcard()
        d.w(str(i + 1), ',', N(p.name), ',', AD(addr(p.loc, province=False, style='rural')), ',', str(ri(20000, 600000)), ',', ch([(bank + '尾号' + card[-4:], None), BK(card)]), '\n')
    d.w('\n', ch(['南山区民政局', '西湖区人民政府', '武侯区人力资源和社会保障局']), '\n', fdate(rand_date(2024, 2024), 'cn'), '\n')
    return d


# ==========================================================================
# 16 school, hospital, government forms

def f16():
    d = Doc('16_school_hospital_gov.txt')
    for i in range(7):
        s = P(2010, 2018)
        f, m = P(1975, 1990, '男'), P(1977, 1992, '女')
        sur = s.name[:2] if s.name[:2] in SURNAMES2 else s.name[0]
        f.name = sur + f.name[len(f.name) - len(f.name[1:]):][-2:] if chance(0.8) and '·' not in s.name else f.name
        d.w('【', ch(['实验小学', '第二中学', '外国语学校']), '新生入学信息登记表】 全国学籍号 G', s.id)
        d.w('\n学生姓名：', N(s.name), '  性别：', s.sex, '  出生日期：', DOB(fdob(s.dob, ch(['dash', 'cn', 'dot']))), '  民族：', s.nation, '\n')
        d.w('身份证件号：', ID(s.idw()), '   户籍所在地：', s.loc[1], s.loc[3], '\n')
        d.w('家庭住址：', AD(addr(s.loc, province=chance(0.4), style='urban')), '\n')
        d.w('监护人1：', N(f.name), '  关系：父亲  手机：', PH(fph(f.phone)), '  工作单位：', ch(COMPANIES), '\n')
        d.w('监护人2：', N(m.name), '  关系：母亲  手机：', PH(fph(m.phone)), '  身份证：', ID(m.idw()), '\n')
        d.w('是否留守儿童：', ch(['否', '否', '是']), '  接送车辆：', ch([PL(plate()), ('无', None)]), '\n\n')
    for i in range(8):
        p = P(1935, 2000)
        c = P(1960, 2000)
        d.w('住院病案首页（', ch(['深圳市人民医院', '浙江大学医学院附属第一医院', '四川大学华西医院', '武汉协和医院']), '）  病案号 ', '%08d' % ri(0, 99999999), '  第 ', str(ri(1, 5)), ' 次住院\n')
        d.w('姓名 ', N(p.name), '  性别 ', p.sex, '  出生日期 ', DOB(fdob(p.dob, ch(['cn0', 'dash']))), '  年龄 ', str(2024 - p.dob.year), '岁  国籍 中国  民族 ', p.nation, '\n')
        d.w('身份证号 ', ID(p.idw()), '  职业 ', ch(['退休', '职员', '农民', '个体']), '  婚姻 ', ch(['已婚', '未婚', '丧偶']), '\n')
        d.w('现住址 ', AD(p.addr), '  电话 ', PH(fph(p.phone)), '  邮编 ', str(ri(100000, 850000)), '\n')
        d.w('户口地址 ', ch([AD(addr(p.loc)), ('同现住址', None)]), '\n')
        d.w('联系人姓名 ', N(c.name), '  关系 ', ch(['子', '女', '配偶', '兄']), '  地址 ', ch([AD(c.addr), ('同上', None)]), '  电话 ', PH(fph(c.phone if chance(0.7) else landline())), '\n')
        d.w('入院时间 ', tsstr(2024, 2024)[:16], '  出院时间 ', tsstr(2024, 2024)[:16], '  医保类型 ', ch(['城镇职工', '城乡居民', '自费']), '  医保卡号 ', ch(['%s%06d' % (p.loc[0][:2], ri(0, 999999)), p.id[:6] + '****']), '\n')
        d.w('主要诊断 ', ch(['I10.x00 原发性高血压', 'J18.900 肺炎', 'E11.900 2型糖尿病', 'K35.800 急性阑尾炎']), '  住院医师 ', N(name()), '  总费用 ', '%.2f' % (ri(300000, 9000000) / 100), '\n\n')
    for i in range(6):
        p = P(1970, 2003)
        ll = P(1950, 1985)
        lat, lng = coord()
        d.w('居住证申领登记表   受理编号 JZ', order_no(), '\n')
        d.w('申请人 ', N(p.name), ' 性别 ', p.sex, ' 出生日期 ', DOB(fdob(p.dob, 'cn0')), ' 身份证号 ', ID(p.idw()), '\n')
        d.w('户籍地址 ', AD(p.addr), '\n居住地址 ', AD(addr(ch(HOT), style='urban')), '\n')
        d.w('居住地标准地址编码 ', '%016d' % ri(0, 10 ** 16 - 1), '  采集坐标 ', GEO('%.5f,%.5f' % (lat, lng)), '\n')
        d.w('房屋出租人 ', N(ll.name), '  出租人电话 ', PH(fph(ll.phone)), '  出租人身份证 ', ID(ll.idw()), '\n')
        d.w('联系电话 ', PH(fph(p.phone)), '  就业单位 ', ch(COMPANIES), '  单位信用代码 ', make_uscc(), '\n')
        d.w('受理单位 ', p.loc[3], ch(['派出所', '居住证受理点']), '  受理人 ', N(name()), '  受理时间 ', tsstr(2024, 2024), '\n\n')
    return d


# ==========================================================================
# 17 real-estate certificates and invoices

def f17():
    d = Doc('17_property_invoices.txt')
    for i in range(10):
        a = P(1955, 1995)
        b = P(1955, 1995) if chance(0.5) else None
        loc = a.loc
        d.w('【不动产权证书 OCR】\n', ch(['粤', '浙', '川', '鄂', '苏', '京', '沪']), '（', str(ri(2016, 2024)), '）', ch(['深圳市', '杭州市', '成都市', '武汉市', '南京市']), '不动产权第', '%07d' % ri(0, 9999999), '号\n')
        d.w('权 利 人  ', N(a.name))
        if b:
            d.w('、', N(b.name))
        d.w('\n共有情况  ', '共同共有' if b else '单独所有', '\n')
        d.w('坐    落  ', AD(addr(loc, province=chance(0.3), style='urban')), '\n')
        d.w('不动产单元号  ', loc[0], '%03d%03d' % (ri(0, 999), ri(0, 999)), 'GB', '%05d' % ri(0, 99999), 'F', '%08d' % ri(0, 99999999), '\n')
        d.w('权利类型  国有建设用地使用权/房屋所有权\n权利性质  出让/市场化商品房\n用    途  城镇住宅用地/住宅\n')
        d.w('面    积  共有宗地面积', '%.2f' % (ri(500000, 9000000) / 100), '㎡/房屋建筑面积', '%.2f' % (ri(4000, 20000) / 100), '㎡\n')
        d.w('使用期限  ', fdate(rand_date(2000, 2015), 'cn'), '起', str(ri(2070, 2085)), '年', str(ri(1, 12)), '月', str(ri(1, 28)), '日止\n')
        d.w('附    记  权利人证件号：', ID(a.idw()))
        if b:
            d.w('；', ID(b.idw()))
        d.w('\n          ', ch(['抵押权人：中国建设银行股份有限公司', '无抵押', '抵押权人：招商银行股份有限公司']), '\n\n')
    for i in range(14):
        p = P(1960, 2003)
        amt = ri(1000, 500000) / 100
        d.w('电子发票（普通发票）\n发票号码：', '24%d%016d' % (ri(11, 65), ri(0, 10 ** 16 - 1)), '  开票日期：', fdate(rand_date(2024, 2024), 'cn'), '\n')
        d.w('购买方信息  名称：', N(p.name), '\n            统一社会信用代码/纳税人识别号：', ch([ID(p.id), ('', None)]), '\n')
        k = ri(0, len(COMPANIES) - 1)
        d.w('销售方信息  名称：', COMPANIES[k], '\n            统一社会信用代码/纳税人识别号：', make_uscc(), '\n')
        item = ch(['*电信服务*话费', '*电信服务*宽带费', '*通讯设备*手机', '*餐饮服务*餐费', '*医疗服务*门诊费'])
        d.w('项目名称 ', item, '  规格型号   单位 项  数量 1  单价 ', '%.2f' % (amt / 1.06), '  金额 ', '%.2f' % (amt / 1.06), '  税率 6%  税额 ', '%.2f' % (amt - amt / 1.06), '\n')
        d.w('价税合计（大写） ', cn_money(int(amt)).replace('元整', '元'), '  （小写）¥', '%.2f' % amt, '\n')
        d.w('备注：', ch([('', None), ('服务号码 ', None)]))
        if chance(0.5):
            d.w(PH(fph(p.phone, 'p')), ' 账期 2024', '%02d' % ri(1, 12), ' 用户地址 ', AD(p.addr))
        else:
            d.w('购方地址电话：', AD(addr(p.loc, province=False)), ' ', PH(fph(p.phone)), '  购方开户行及账号：', bankcard()[1], ' ', BK(bankcard()[0]))
        d.w('\n开票人：', N(name()), '   交付邮箱：', EM(p.email), '   校验码 ', ' '.join('%05d' % ri(0, 99999) for _ in range(4)), '\n\n')
    return d


# ==========================================================================

GENS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17]


def main():
    out = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    if args:
        if len(args) == 2 and args[0] == '--out':
            out = args[1]
        else:
            sys.exit('usage: make_corpus.py [--out DIR]')
    os.makedirs(out, exist_ok=True)
    labels = []
    for g in GENS:
        d = g()
        path = os.path.join(out, d.name)
        with open(path, 'wb') as f:
            f.write(bytes(d.b))
        with open(path, 'rb') as f:
            data = f.read()
        for st, en, t, v in d.L:
            assert data[st:en].decode('utf-8') == v, (d.name, st, en, v)
            assert v.strip() == v and v, (d.name, v)
            labels.append({'file': d.name, 'start': st, 'end': en, 'type': t})
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
