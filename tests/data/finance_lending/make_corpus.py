#!/usr/bin/python3
"""Synthetic labelled corpus: personal information in the files of an operator's
payment, wallet, consumer-credit and insurance-agency businesses.

usage: make_corpus.py [--out DIR]      (default: the directory holding this script)

Everything is generated from a fixed random seed; two runs give identical bytes.
All people, numbers and addresses are invented (identifiers are made to be
*formally* valid: resident IDs carry real region codes and the MOD 11-2 check,
mobiles are valid CN mobile numbers per libphonenumber, bank cards are Luhn-valid
with real issuer BINs, IMEIs are Luhn-valid, ICCIDs start 8986, IMSIs use real MNCs).

Files
-----
kyc_open_accounts.json     brokerage account-opening KYC batch (JSON, Chinese keys mixed
                           with English), customer identity, ID validity dates, contact,
                           third-party depository bank card, risk questionnaire, device.
kyc_open_accounts.xml      the same kind of records from a second broker system (XML,
                           compact YYYYMMDD dates for birthday and ID validity).
swift_mt103.txt            SWIFT MT103 customer transfers (50K/50F/59 fields, BICs).
cnaps_hvps.txt             CNAPS high-value payment messages dumped as text (CMT100 style).
wallet_txn.jsonl           wallet transaction / login / bind-card event log, one JSON per line.
loan_applications.txt      consumer-loan application forms (fixed text layout).
credit_reports.txt         personal credit report excerpts (征信报告, institution version).
collection_notes.csv       collections call notes (debtor, contacts with relationship, notes).
aml_alerts.cef             anti-money-laundering alerts in ArcSight CEF.
direct_debit_mandates.txt  direct-debit (委托代扣) mandate forms.
pos_terminal.log           POS terminal application log with ISO 8583 field dumps.
gateway_callback.log       payment-gateway asynchronous notification log (URL-encoded bodies,
                           parsed parameters, merchant configuration dump).
recon_acq_20240315.txt     acquirer reconciliation file, fixed width.
cc_statements.txt          credit-card statements (text e-mail bodies).
insurance_customers.csv    insurance agent's customer list exported from Excel (BOM, CRLF,
                           two header rows).
wealth_chat.txt            chat export between customers and a bank wealth manager.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8
byte offsets into the file (end exclusive).

Label conventions
-----------------
* PHONE_NUMBER as written, with +86 / 0086 / 86 prefixes and separators; landlines with
  area code (extensions are not written). Service numbers (95588, 400-...) are not labelled,
  nor are company switchboard numbers written as a company's contact.
* BANK_CARD_NUMBER as written, with group spaces. Only personal bank cards. Corporate
  settlement accounts, foreign IBANs and masked card numbers (6222 **** **** 1234,
  622202******1234, 尾号1234) are not labelled. In ISO 8583 track-2 data
  (F035 / ;PAN=YYMM...?) only the PAN part is labelled; in track-1 the PAN and the
  cardholder name (SURNAME/GIVEN) are labelled.
* PERSON_NAME: full names of private people (customers, contacts, relatives, and bank or
  agency staff named in full), Chinese or pinyin (ZHANG WEI, ZHANG/WEI). Surname plus
  honorific (张先生, 王经理) is not labelled. Company, bank and product names are not.
* DATE_OF_BIRTH only for birth dates; ID validity dates, application dates, policy dates
  are not labelled.
* STREET_ADDRESS: a person's home / mailing / registered (户籍) address, whole. In SWIFT
  messages an address spread over several 35-character lines is one label spanning the
  line break(s), country code excluded. Company, branch and employer addresses are not.
* CHINA_RESIDENT_ID_NUMBER: 18-digit (and a few legacy 15-digit) IDs, including those
  written with a leading tab or apostrophe by Excel (the digits only are labelled).
  Masked IDs (4403**********1234) are not.
* CREDENTIAL: passwords / PINs typed in clear, app_secret / api_key / private key values,
  bearer and access tokens. Signatures (sign=...), sign_type, notify_id, encrypted PIN
  blocks (ISO 8583 F052), message MACs (F064/F128), and password hashes are not labelled.
* IP_ADDRESS: client / user addresses only (without port). Gateway, bank and internal
  server addresses are not labelled.
* LOCATION_COORDINATES: a "lat,lng" pair in one value is one label; separate lat and lng
  fields are one label each.
* CELL_ID: whole CGI/ECGI strings and the value of cell id fields.
* EMAIL_ADDRESS: personal e-mail addresses; in URL-encoded bodies the encoded form
  (name%40qq.com) is labelled as written. Service mailboxes (service@...) are not.
* URL-encoded Chinese personal names in gateway callbacks (acct_name=%E5%BC%A0...) are
  labelled PERSON_NAME as written.
* Not labelled: transaction / order / trace / reference numbers, merchant and terminal ids,
  wallet user ids (2088...), openids, millisecond epochs, amounts, rates, CNAPS bank codes,
  SWIFT BICs, Unified Social Credit Codes, hashes, UUIDs, versions, device serial numbers.
"""
import json
import os
import random
import sys
import hashlib
import uuid
import urllib.parse

import phonenumbers
from stdnum.cn import ric, uscc

SEED = 20240315
R = random.Random(SEED)

# ---------------------------------------------------------------- output helpers

class L:
    """A labelled value; raw=True writes it unquoted in JSON."""
    def __init__(self, value, typ, raw=False):
        self.value = value
        self.typ = typ
        self.raw = raw


class Seg:
    """A text made of parts: str or (str, TYPE) or L."""
    def __init__(self, *parts):
        self.parts = list(parts)


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def t(self, s):
        self.buf += s.encode('utf-8')

    def p(self, v, typ):
        if typ is None:
            self.t(v)
            return
        start = len(self.buf)
        self.buf += v.encode('utf-8')
        self.labels.append((start, len(self.buf), typ, v))

    def w(self, *parts):
        """Write a mix of str, (str, TYPE), L, Seg."""
        for x in parts:
            if isinstance(x, str):
                self.t(x)
            elif isinstance(x, L):
                self.p(x.value, x.typ)
            elif isinstance(x, Seg):
                self.w(*x.parts)
            elif isinstance(x, tuple):
                self.p(x[0], x[1])
            elif x is None:
                pass
            else:
                self.t(str(x))

    def line(self, *parts):
        self.w(*parts)
        self.t('\n')


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jwrite(d, obj, indent=None, level=0):
    nl = '' if indent is None else '\n'
    sp = '' if indent is None else ' ' * (indent * (level + 1))
    spc = '' if indent is None else ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if isinstance(obj, dict):
        if not obj:
            d.t('{}')
            return
        d.t('{' + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(sp + '"' + jstr(k) + '": ')
            jwrite(d, v, indent, level + 1)
            if i < len(items) - 1:
                d.t(sep)
            d.t(nl)
        d.t(spc + '}')
    elif isinstance(obj, list):
        if not obj:
            d.t('[]')
            return
        d.t('[' + nl)
        for i, v in enumerate(obj):
            d.t(sp)
            jwrite(d, v, indent, level + 1)
            if i < len(obj) - 1:
                d.t(sep)
            d.t(nl)
        d.t(spc + ']')
    elif isinstance(obj, L):
        if obj.raw:
            d.p(obj.value, obj.typ)
        else:
            assert jstr(obj.value) == obj.value, obj.value
            d.t('"')
            d.p(obj.value, obj.typ)
            d.t('"')
    elif isinstance(obj, Seg):
        d.t('"')
        for x in obj.parts:
            if isinstance(x, str):
                d.t(jstr(x))
            else:
                v, ty = (x.value, x.typ) if isinstance(x, L) else x
                assert jstr(v) == v
                d.p(v, ty)
        d.t('"')
    elif isinstance(obj, str):
        d.t('"' + jstr(obj) + '"')
    elif isinstance(obj, bool):
        d.t('true' if obj else 'false')
    elif obj is None:
        d.t('null')
    else:
        d.t(str(obj))


def csv_cell(d, cell):
    if isinstance(cell, (L, Seg, tuple)):
        parts = cell.parts if isinstance(cell, Seg) else [cell]
        text = ''.join(x if isinstance(x, str) else (x.value if isinstance(x, L) else x[0]) for x in parts)
        q = any(c in text for c in ',"\n\r')
        if q:
            d.t('"')
        for x in parts:
            if isinstance(x, str):
                d.t(x.replace('"', '""') if q else x)
            else:
                v, ty = (x.value, x.typ) if isinstance(x, L) else x
                assert '"' not in v
                d.p(v, ty)
        if q:
            d.t('"')
    else:
        s = '' if cell is None else str(cell)
        if any(c in s for c in ',"\n\r'):
            d.t('"' + s.replace('"', '""') + '"')
        else:
            d.t(s)


def csv_row(d, cells, eol='\n'):
    for i, c in enumerate(cells):
        if i:
            d.t(',')
        csv_cell(d, c)
    d.t(eol)

# ---------------------------------------------------------------- generators

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
            ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
            ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
            ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
            ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
            ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"),
            ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
            ("魏", "Wei"), ("吕", "Lyu"), ("丁", "Ding"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"),
            ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"), ("陆", "Lu"), ("范", "Fan"), ("金", "Jin"),
            ("廖", "Liao"), ("贾", "Jia"), ("夏", "Xia"), ("方", "Fang"), ("邹", "Zou"), ("熊", "Xiong"),
            ("欧阳", "Ouyang"), ("司马", "Sima"), ("上官", "Shangguan"), ("诸葛", "Zhuge")]
GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
         ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"),
         ("杰", "Jie"), ("娟", "Juan"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀", "Xiu"),
         ("霞", "Xia"), ("平", "Ping"), ("刚", "Gang"), ("桂", "Gui"), ("英", "Ying"), ("华", "Hua"),
         ("建", "Jian"), ("国", "Guo"), ("文", "Wen"), ("辉", "Hui"), ("鹏", "Peng"), ("宇", "Yu"),
         ("浩", "Hao"), ("晨", "Chen"), ("欣", "Xin"), ("怡", "Yi"), ("子", "Zi"), ("涵", "Han"),
         ("梓", "Zi"), ("轩", "Xuan"), ("思", "Si"), ("雨", "Yu"), ("嘉", "Jia"), ("俊", "Jun"),
         ("博", "Bo"), ("婷", "Ting"), ("雪", "Xue"), ("琳", "Lin"), ("海", "Hai"), ("波", "Bo"),
         ("志", "Zhi"), ("红", "Hong"), ("玉", "Yu"), ("兰", "Lan"), ("春", "Chun"), ("晓", "Xiao"),
         ("慧", "Hui"), ("佳", "Jia"), ("诗", "Shi"), ("瑶", "Yao"), ("泽", "Ze"), ("凯", "Kai"),
         ("亮", "Liang"), ("斌", "Bin"), ("琴", "Qin"), ("云", "Yun"), ("飞", "Fei"), ("昊", "Hao"),
         ("然", "Ran"), ("成", "Cheng"), ("书", "Shu"), ("彤", "Tong"), ("振", "Zhen"), ("秋", "Qiu")]

FEMALE_CHARS = set("芳娜敏静丽艳娟秀霞桂英欣怡涵婷雪琳红玉兰春慧佳诗瑶琴云彤秋")
MALE_CHARS = set("伟强磊军洋勇杰涛明超平刚华建国文辉鹏宇浩博海波志泽凯亮斌飞昊成振俊轩")

# code, province, city, district, area code, streets, plate prefix, (lat, lng)
REGIONS = [
    ("110105", "北京市", "", "朝阳区", "010", ["建国路", "朝阳北路", "望京西路", "劲松南路", "安立路"], "京", "ABCEFGHJKLMNPQ", (39.9219, 116.4436)),
    ("110108", "北京市", "", "海淀区", "010", ["中关村大街", "学院路", "万泉河路", "西三环北路"], "京", "ABCEFGHJKLMNPQ", (39.9593, 116.2981)),
    ("310115", "上海市", "", "浦东新区", "021", ["张杨路", "锦绣路", "东方路", "杨高南路", "金桥路"], "沪", "ABCDEFGHJKLMN", (31.2214, 121.5447)),
    ("310104", "上海市", "", "徐汇区", "021", ["漕溪北路", "宜山路", "龙华中路", "天钥桥路"], "沪", "ABCDEFGHJKLMN", (31.1884, 121.4365)),
    ("440106", "广东省", "广州市", "天河区", "020", ["天河北路", "黄埔大道西", "体育东路", "中山大道西"], "粤", "A", (23.1246, 113.3612)),
    ("440305", "广东省", "深圳市", "南山区", "0755", ["南海大道", "科技园南路", "前海路", "桃园路", "沙河西路"], "粤", "B", (22.5333, 113.9305)),
    ("440304", "广东省", "深圳市", "福田区", "0755", ["深南中路", "福华三路", "景田路", "莲花路"], "粤", "B", (22.5410, 114.0553)),
    ("330106", "浙江省", "杭州市", "西湖区", "0571", ["文三路", "古墩路", "天目山路", "文一西路"], "浙", "A", (30.2595, 120.1300)),
    ("320106", "江苏省", "南京市", "鼓楼区", "025", ["中山北路", "湖南路", "虎踞路", "草场门大街"], "苏", "A", (32.0663, 118.7700)),
    ("320508", "江苏省", "苏州市", "姑苏区", "0512", ["人民路", "干将西路", "三香路"], "苏", "E", (31.3113, 120.6170)),
    ("510107", "四川省", "成都市", "武侯区", "028", ["科华北路", "武侯大道", "玉林南路", "人民南路四段"], "川", "A", (30.6423, 104.0431)),
    ("420106", "湖北省", "武汉市", "武昌区", "027", ["中南路", "徐东大街", "武珞路", "中北路"], "鄂", "A", (30.5538, 114.3160)),
    ("610113", "陕西省", "西安市", "雁塔区", "029", ["小寨东路", "科技路", "长安南路", "雁塔西路"], "陕", "A", (34.2134, 108.9478)),
    ("370202", "山东省", "青岛市", "市南区", "0532", ["香港中路", "闽江路", "延安三路"], "鲁", "B", (36.0668, 120.3899)),
    ("500103", "重庆市", "", "渝中区", "023", ["民族路", "中山三路", "大坪正街", "解放西路"], "渝", "ABC", (29.5540, 106.5684)),
    ("120101", "天津市", "", "和平区", "022", ["南京路", "营口道", "成都道"], "津", "ABCDEFGHJ", (39.1172, 117.2147)),
    ("430104", "湖南省", "长沙市", "岳麓区", "0731", ["麓山南路", "桐梓坡路", "枫林三路"], "湘", "A", (28.2354, 112.9313)),
    ("350203", "福建省", "厦门市", "思明区", "0592", ["湖滨南路", "莲前西路", "厦禾路"], "闽", "D", (24.4454, 118.0824)),
    ("410105", "河南省", "郑州市", "金水区", "0371", ["花园路", "经三路", "农业路", "丰产路"], "豫", "A", (34.8001, 113.6606)),
    ("210102", "辽宁省", "沈阳市", "和平区", "024", ["南京北街", "三好街", "太原街"], "辽", "A", (41.7897, 123.3955)),
    ("340104", "安徽省", "合肥市", "蜀山区", "0551", ["长江西路", "潜山路", "黄山路"], "皖", "A", (31.8512, 117.2606)),
    ("130102", "河北省", "石家庄市", "长安区", "0311", ["中山东路", "建设北大街", "胜利北大街"], "冀", "A", (38.0366, 114.5392)),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "0771", ["民族大道", "东葛路", "金湖路"], "桂", "A", (22.7855, 108.4946)),
    ("530102", "云南省", "昆明市", "五华区", "0871", ["东风西路", "西昌路", "人民中路"], "云", "A", (25.0435, 102.7063)),
    ("360102", "江西省", "南昌市", "东湖区", "0791", ["八一大道", "阳明路", "叠山路"], "赣", "A", (28.6855, 115.8991)),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "0451", ["西大直街", "学府路", "红军街"], "黑", "A", (45.7600, 126.6687)),
]
COMMUNITIES = ["阳光花园", "翠苑一区", "金地名苑", "碧桂园", "万科城", "保利香槟国际", "龙湖春江郦城",
               "融侨馨苑", "华润城", "绿地世纪城", "南湖新村", "幸福里", "星河丹堤", "锦绣江南", "中海华庭",
               "世纪花园", "望江苑", "建设新村", "怡景花园", "金色家园", "滨江一号", "丽水湾"]

# bank BIN, length, bank name, short code
CARD_BINS = [("622202", 19, "中国工商银行", "ICBC"), ("621226", 19, "中国工商银行", "ICBC"),
             ("621700", 19, "中国建设银行", "CCB"), ("621785", 19, "中国建设银行", "CCB"),
             ("622848", 19, "中国农业银行", "ABC"), ("623052", 19, "中国农业银行", "ABC"),
             ("621661", 19, "中国银行", "BOC"), ("621483", 16, "招商银行", "CMB"),
             ("621486", 16, "招商银行", "CMB"), ("622262", 19, "交通银行", "COMM"),
             ("621799", 19, "中国邮政储蓄银行", "PSBC"), ("622909", 18, "兴业银行", "CIB"),
             ("623058", 19, "平安银行", "SPABANK"), ("621771", 19, "中信银行", "CITIC"),
             ("622630", 19, "华夏银行", "HXB"), ("621690", 19, "中国民生银行", "CMBC"),
             ("622521", 16, "浦发银行", "SPDB")]
CREDIT_BINS = [("622575", 16, "招商银行", "CMB"), ("625802", 16, "招商银行", "CMB"),
               ("436742", 16, "中国建设银行", "CCB"), ("625965", 16, "中国工商银行", "ICBC"),
               ("625906", 16, "中国银行", "BOC"), ("622155", 16, "平安银行", "SPABANK"),
               ("625801", 16, "中信银行", "CITIC"), ("622252", 16, "交通银行", "COMM")]
BANK_HOTLINE = {"ICBC": "95588", "CCB": "95533", "ABC": "95599", "BOC": "95566", "CMB": "95555",
                "COMM": "95559", "PSBC": "95580", "CIB": "95561", "SPABANK": "95511", "CITIC": "95558",
                "HXB": "95577", "CMBC": "95568", "SPDB": "95528"}
BANK_BIC = {"ICBC": "ICBKCNBJ", "CCB": "PCBCCNBJ", "ABC": "ABOCCNBJ", "BOC": "BKCHCNBJ", "CMB": "CMBCCNBS",
            "COMM": "COMMCNSH", "PSBC": "PSBCCNBJ", "CIB": "FJIBCNBA", "SPABANK": "SZDBCNBS",
            "CITIC": "CIBKCNBJ", "HXB": "HXBKCNBJ", "CMBC": "MSBCCNBJ", "SPDB": "SPDBCNSH"}
BANK_CNAPS = {"ICBC": "102", "CCB": "105", "ABC": "103", "BOC": "104", "CMB": "308", "COMM": "301",
              "PSBC": "403", "CIB": "309", "SPABANK": "307", "CITIC": "302", "HXB": "304",
              "CMBC": "305", "SPDB": "310"}

FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fw(s):
    return s.translate(FW)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def hexs(n, upper=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


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


def gen_card(credit=False):
    b, n, bank, code = pick(CREDIT_BINS if credit else CARD_BINS)
    body = b + digits(n - len(b) - 1)
    num = body + luhn_check(body)
    assert luhn_ok(num)
    return num, bank, code


def fmt_card(num, style=None):
    if style is None:
        style = pick(['plain', 'plain', 'plain', 'space', 'space', 'dash'])
    if style == 'plain':
        return num
    sep = ' ' if style == 'space' else '-'
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def mask_card(num, style=None):
    style = style or pick(['a', 'b', 'c'])
    if style == 'a':
        return num[:4] + ' **** **** ' + num[-4:]
    if style == 'b':
        return num[:6] + '*' * (len(num) - 10) + num[-4:]
    return num[:4] + '********' + num[-4:]


MOBILE_PREFIXES = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150',
                   '151', '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176',
                   '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
                   '191', '193', '195', '198', '199']


def gen_mobile():
    while True:
        m = pick(MOBILE_PREFIXES) + digits(8)
        pn = phonenumbers.parse(m, 'CN')
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return m


def fmt_mobile(m, style=None):
    if style is None:
        style = R.choices(['plain', 'sp', 'dash', '+86', '+86sp', '0086', '86', 'fw'],
                          [60, 8, 6, 8, 5, 3, 3, 2])[0]
    if style == 'plain':
        return m
    if style == 'sp':
        return m[:3] + ' ' + m[3:7] + ' ' + m[7:]
    if style == 'dash':
        return m[:3] + '-' + m[3:7] + '-' + m[7:]
    if style == '+86':
        return '+86' + m
    if style == '+86sp':
        return '+86 ' + m[:3] + ' ' + m[3:7] + ' ' + m[7:]
    if style == '0086':
        return '0086-' + m
    if style == '86':
        return '86-' + m
    if style == 'fw':
        return fw(m)
    raise ValueError(style)


def mask_mobile(m):
    return m[:3] + '****' + m[7:]


def gen_landline(reg):
    area = reg[4]
    n = 7 if area in ('0592', '0771') else 8
    first = pick('2345678')
    return area, first + digits(n - 1)


def fmt_landline(reg, style=None):
    area, num = gen_landline(reg)
    style = style or pick(['dash', 'dash', 'dash', 'paren', 'space', 'plain'])
    if style == 'dash':
        return area + '-' + num
    if style == 'paren':
        return '(' + area + ')' + num
    if style == 'space':
        return area + ' ' + num
    return area + num


def gen_dob(y0=1958, y1=2001):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return y, m, d


def gen_id(reg, dob, sex=None):
    y, m, d = dob
    seq = R.randint(1, 999)
    if sex is not None:
        if (seq % 2 == 1) != (sex == '男'):
            seq = seq + 1 if seq < 999 else seq - 1
    body = '%s%04d%02d%02d%03d' % (reg[0], y, m, d, seq)
    num = body + ric.calc_check_digit(body + '0')
    assert ric.is_valid(num), num
    return num


def gen_legacy_id(reg, dob):
    y, m, d = dob
    return '%s%02d%02d%02d%03d' % (reg[0], y % 100, m, d, R.randint(1, 999))


def gen_passport():
    k = R.random()
    if k < 0.6:
        return 'E' + digits(8)
    if k < 0.85:
        return 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7)
    return 'G' + digits(8)


def gen_hkmo():
    k = R.random()
    if k < 0.6:
        return 'C' + digits(8)
    if k < 0.85:
        return 'C' + pick('ABCDEFGHJKLMNPQRSTUVWXY') + digits(7)
    return 'W' + digits(8)


TACS = ['86891104', '86753303', '86015803', '35391110', '86446604', '86813005', '86997704',
        '35467211', '86476805', '86084605', '86221505', '86768703']


def gen_imei():
    body = pick(TACS) + digits(6)
    return body + luhn_check(body)


def gen_meid():
    return pick(['A0', 'A1', '99']) + hexs(12, upper=True)


def gen_iccid():
    k = R.random()
    if k < 0.45:
        body = '898600' + digits(13)  # China Mobile
        return body + luhn_check(body)
    if k < 0.75:
        body = '898601' + digits(13)
        return body + luhn_check(body)
    body = '898611' + digits(13)
    return body + luhn_check(body)


def gen_imsi():
    return '460' + pick(['00', '02', '07', '01', '06', '03', '11', '15']) + digits(10)


def gen_mac(style=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    style = style or pick(['colonU', 'colonU', 'colonL', 'dashU', 'plainU'])
    h = ['%02X' % x for x in b]
    if style == 'colonU':
        return ':'.join(h)
    if style == 'colonL':
        return ':'.join(h).lower()
    if style == 'dashU':
        return '-'.join(h)
    return ''.join(h)


IP_PREFIXES = [(36, None), (39, None), (58, None), (60, None), (106, None), (112, None), (113, None),
               (114, None), (117, None), (120, None), (121, None), (123, None), (125, None),
               (183, None), (221, None), (222, None), (223, None), (218, None), (211, None)]


def gen_ip():
    a = pick(IP_PREFIXES)[0]
    return '%d.%d.%d.%d' % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def gen_ipv6():
    return '240e:%x:%x:%x:%x:%x:%x:%x' % tuple(R.randint(1, 0xffff) for _ in range(7))


def gen_plate(reg):
    prov, letters = reg[6], reg[7]
    letter = pick(letters)
    k = R.random()
    alnum = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if k < 0.3:  # new energy small car
        tail = pick('DF') + pick(alnum + '0123456789') + digits(4)
        sep = pick(['', '', '·'])
        return prov + letter + sep + tail
    if k < 0.65:
        tail = digits(5)
    else:
        s = list(digits(5))
        for _ in range(R.randint(1, 2)):
            s[R.randint(0, 4)] = pick(alnum)
        tail = ''.join(s)
    sep = pick(['', '', '', '·', ' '])
    return prov + letter + sep + tail


def gen_coords(reg, pair_style=None):
    lat = reg[8][0] + R.uniform(-0.05, 0.05)
    lng = reg[8][1] + R.uniform(-0.05, 0.05)
    return '%.6f' % lat, '%.6f' % lng


def gen_cgi():
    mnc = pick(['00', '01', '11', '00', '02'])
    k = R.random()
    if k < 0.4:
        return '460-%s-%d-%d' % (mnc, R.randint(4096, 65000), R.randint(1000, 65000))
    if k < 0.8:
        return '460-%s-%d-%d' % (mnc, R.randint(100000, 1000000), R.randint(1, 200))
    return '460%s%s%s' % (mnc, ('%04X' % R.randint(4096, 65000)), ('%07X' % R.randint(1 << 20, 1 << 27)))


def gen_token_jwt():
    import base64
    def b64(b):
        return base64.urlsafe_b64encode(b).rstrip(b'=').decode()
    hdr = b64(b'{"alg":"HS256","typ":"JWT"}')
    body = b64(json.dumps({"uid": digits(10), "exp": 1710500000 + R.randint(0, 99999),
                           "scp": "wallet"}).encode())
    sig = b64(bytes(R.randint(0, 255) for _ in range(32)))
    return hdr + '.' + body + '.' + sig


def gen_secret(n=32, alphabet='0123456789abcdef'):
    return ''.join(R.choice(alphabet) for _ in range(n))


ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def rid(prefix, n):
    return prefix + digits(n)


def fake_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256hex():
    return hashlib.sha256(digits(20).encode()).hexdigest()


def md5hex():
    return hashlib.md5(digits(20).encode()).hexdigest()


def epoch_ms(day=15, hour=None):
    base = 1710432000000  # 2024-03-15 00:00:00 +08:00
    return base + (day - 15) * 86400000 + R.randint(7 * 3600000, 23 * 3600000)


def ts_from_ms(ms, sep=' ', millis=True):
    import datetime
    dt = datetime.datetime(2024, 3, 15) + datetime.timedelta(milliseconds=ms - 1710432000000)
    s = dt.strftime('%Y-%m-%d' + sep + '%H:%M:%S')
    if millis:
        s += '.%03d' % (dt.microsecond // 1000)
    return s


def amount(lo, hi, sep=True):
    v = R.randint(int(lo * 100), int(hi * 100)) / 100
    return '{:,.2f}'.format(v) if sep else '%.2f' % v


def gen_email(pinyin_sur, pinyin_given, dob=None):
    s, g = pinyin_sur.lower(), pinyin_given.lower()
    k = R.random()
    dom = pick(['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com', 'foxmail.com', 'outlook.com',
                'hotmail.com', 'yeah.net', '139.com', 'aliyun.com', 'sohu.com'])
    if dom == 'qq.com' and chance(0.6):
        return str(R.randint(10000000, 3999999999)) + '@qq.com'
    if k < 0.3:
        local = s + g
    elif k < 0.5:
        local = g + '.' + s
    elif k < 0.7:
        local = s + g + str(R.randint(1, 999))
    elif k < 0.85 and dob:
        local = s[0] + g + '%04d%02d' % (dob[0], dob[1]) if chance(0.5) else s + '_' + g[:1] + str(dob[0])[2:]
    else:
        local = g[:1] + s + str(R.randint(80, 99))
    return local + '@' + dom


COMPANY_WORDS = ["鼎泰", "汇通", "恒信", "华创", "中科", "星辰", "云图", "瑞丰", "宏达", "博远", "天成",
                 "新元", "卓越", "嘉禾", "锐捷", "盛世", "联创", "智汇", "金桥", "安达"]
INDUSTRIES = ["信息技术有限公司", "电子科技有限公司", "贸易有限公司", "建筑工程有限公司", "物流有限公司",
              "医疗器械有限公司", "餐饮管理有限公司", "教育咨询有限公司", "网络科技股份有限公司",
              "精密制造有限公司", "房地产经纪有限公司", "会计师事务所（普通合伙）"]


def gen_uscc(reg):
    org = digits(8)
    # org code check (GB 11714)
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(a) * b for a, b in zip(org, w)) % 11
    cc = 'X' if c == 10 else ('0' if c == 11 else str(c))
    body = '91' + reg[0] + org + cc
    return body + uscc.calc_check_digit(body)


def gen_company(reg):
    city = reg[2] or reg[1]
    name = city + pick(COMPANY_WORDS) + pick(INDUSTRIES)
    addr = (city + reg[3] + pick(reg[5]) + '%d号' % R.randint(1, 999)
            + pick(['%s大厦%d层' % (pick(COMPANY_WORDS), R.randint(2, 38)),
                    '%s科技园%s座%d室' % (pick(COMPANY_WORDS), pick('ABCD'), R.randint(101, 2208)),
                    '%d栋%d楼' % (R.randint(1, 12), R.randint(1, 20))]))
    return name, addr, gen_uscc(reg)


def gen_address(reg, with_province=None, short=False):
    prov, city, dist = reg[1], reg[2], reg[3]
    if with_province is None:
        with_province = chance(0.6)
    head = (prov if (with_province or not city) else '') + city + dist
    if short:
        head = city + dist if city else prov + dist
    street = pick(reg[5])
    k = R.random()
    if k < 0.45:
        tail = '%s%d号%s%d栋%d单元%d室' % (street, R.randint(1, 888), pick(COMMUNITIES), R.randint(1, 32),
                                       R.randint(1, 6), R.randint(1, 33) * 100 + R.randint(1, 8))
    elif k < 0.7:
        tail = '%s%d号%s%d-%d-%d' % (street, R.randint(1, 888), pick(COMMUNITIES), R.randint(1, 32),
                                     R.randint(1, 6), R.randint(1, 33) * 100 + R.randint(1, 8))
    elif k < 0.85:
        tail = '%s%d弄%d号%d室' % (street, R.randint(1, 1500), R.randint(1, 120), R.randint(101, 2804))
    else:
        tail = '%s街道%s%d幢%d室' % (pick(['新华', '西湖', '城南', '龙华', '和平', '东湖', '南湖']), pick(COMMUNITIES),
                                 R.randint(1, 40), R.randint(101, 3302))
    return head + tail


def gen_address_en(reg):
    comm = pick(["HAIAN GARDEN", "JINDI MINGYUAN", "VANKE CITY", "SUNSHINE GARDEN", "HUARUN CITY",
                 "CUIYUAN DISTRICT 1", "XINGHE DANDI", "ZHONGHAI HUATING"])
    city_py = {"北京市": "BEIJING", "上海市": "SHANGHAI", "广州市": "GUANGZHOU", "深圳市": "SHENZHEN",
               "杭州市": "HANGZHOU", "南京市": "NANJING", "苏州市": "SUZHOU", "成都市": "CHENGDU",
               "武汉市": "WUHAN", "西安市": "XIAN", "青岛市": "QINGDAO", "重庆市": "CHONGQING",
               "天津市": "TIANJIN", "长沙市": "CHANGSHA", "厦门市": "XIAMEN", "郑州市": "ZHENGZHOU",
               "沈阳市": "SHENYANG", "合肥市": "HEFEI", "石家庄市": "SHIJIAZHUANG", "南宁市": "NANNING",
               "昆明市": "KUNMING", "南昌市": "NANCHANG", "哈尔滨市": "HARBIN"}
    city = city_py[reg[2] or reg[1]]
    l1 = 'RM %d BLDG %d %s' % (R.randint(1, 33) * 100 + R.randint(1, 8), R.randint(1, 30), comm)
    l2 = '%d %s ROAD %s' % (R.randint(1, 888), pick(["KEJI", "JIANGUO", "ZHONGSHAN", "RENMIN", "JIEFANG",
                                                       "WENSAN", "NANHAI"]), city)
    return l1[:35], l2[:35]


class Person:
    def __init__(self, reg=None, y0=1960, y1=2001, sex=None):
        self.reg = reg or pick(REGIONS)
        sur = pick(SURNAMES) if chance(0.97) else pick(SURNAMES[-4:])
        self.sex = sex or pick('男女')
        pool = [x for x in GIVEN if x[0] not in (FEMALE_CHARS if self.sex == '男' else MALE_CHARS)]
        g = [pick(pool)] if chance(0.3) else [pick(pool), pick(pool)]
        self.name = sur[0] + ''.join(x[0] for x in g)
        self.sur_py = sur[1]
        self.given_py = ''.join(x[1] for x in g)
        self.given_py = self.given_py[0] + self.given_py[1:].lower()
        self.py = (sur[1] + ' ' + self.given_py).upper()
        self.dob = gen_dob(y0, y1)
        self.id = gen_id(self.reg, self.dob, self.sex)
        self.mobile = gen_mobile()
        self.email = gen_email(sur[1], self.given_py, self.dob)
        self.addr = gen_address(self.reg)
        self.card, self.bank, self.bank_code = gen_card()

    def dob_fmt(self, style):
        y, m, d = self.dob
        return {'iso': '%04d-%02d-%02d' % (y, m, d), 'compact': '%04d%02d%02d' % (y, m, d),
                'dot': '%04d.%02d.%02d' % (y, m, d), 'cn': '%04d年%02d月%02d日' % (y, m, d),
                'cn2': '%d年%d月%d日' % (y, m, d), 'slash': '%d/%d/%d' % (y, m, d),
                'slash0': '%04d/%02d/%02d' % (y, m, d)}[style]

    def id_fmt(self):
        if self.id.endswith('X') and chance(0.3):
            return self.id[:-1] + 'x'
        return self.id

    def title(self):
        return '先生' if self.sex == '男' else '女士'


def rel_pick():
    return pick(['配偶', '父亲', '母亲', '子女', '兄弟', '姐妹', '朋友', '同事'])

# ---------------------------------------------------------------- 1. KYC JSON

OCCUPATIONS = [("01", "国家机关、党群组织、企业、事业单位负责人"), ("02", "专业技术人员"),
               ("03", "办事人员和有关人员"), ("04", "商业、服务业人员"), ("05", "农、林、牧、渔、水利业生产人员"),
               ("06", "生产、运输设备操作人员及有关人员"), ("07", "军人"), ("08", "自由职业者"),
               ("09", "个体工商户"), ("10", "离退休人员"), ("11", "学生")]
BRANCHES = [("3105", "上海浦东新区世纪大道证券营业部", "上海市浦东新区世纪大道1198号世纪汇广场1座20层"),
            ("4403", "深圳福田区益田路证券营业部", "深圳市福田区益田路5033号平安金融中心23层"),
            ("1101", "北京朝阳区建国路证券营业部", "北京市朝阳区建国路81号华贸中心1号写字楼15层"),
            ("3301", "杭州西湖区文三路证券营业部", "杭州市西湖区文三路259号昌地火炬大厦1号楼8层"),
            ("5101", "成都武侯区人民南路证券营业部", "成都市武侯区人民南路四段27号商鼎国际1栋6层")]


def kyc_json(out):
    d = Doc('kyc_open_accounts.json')
    recs = []
    for i in range(24):
        p = Person(y0=1955, y1=2004)
        br = pick(BRANCHES)
        occ = pick(OCCUPATIONS)
        comp, caddr, ccode = gen_company(p.reg)
        idk = R.random()
        if idk < 0.82:
            id_type, id_no = "0-居民身份证", L(p.id_fmt(), 'CHINA_RESIDENT_ID_NUMBER')
        else:
            id_type, id_no = "1-中国护照", L(gen_passport(), 'CHINA_PASSPORT')
        iy = R.randint(2010, 2023)
        im, idd = R.randint(1, 12), R.randint(1, 28)
        age = 2024 - p.dob[0]
        valid_to = '长期' if age > 46 and chance(0.7) else '%04d-%02d-%02d' % (iy + (20 if age > 25 else 10), im, idd)
        cust = {
            "客户姓名": L(p.name, 'PERSON_NAME'),
            "英文名": L(p.py, 'PERSON_NAME') if chance(0.3) else "",
            "性别": p.sex,
            "国籍": "CHN",
            "出生日期": L(p.dob_fmt(pick(['iso', 'compact'])), 'DATE_OF_BIRTH'),
            "证件类型": id_type,
            "证件号码": id_no,
            "证件有效期起": '%04d-%02d-%02d' % (iy, im, idd),
            "证件有效期止": valid_to,
            "发证机关": (p.reg[2] or p.reg[1]) + "公安局" + p.reg[3] + "分局" if id_type.startswith('0') else "中华人民共和国驻%s总领事馆" % pick(["旧金山", "悉尼", "温哥华", "法兰克福"]),
            "手机号码": L(fmt_mobile(p.mobile, pick(['plain', 'plain', 'plain', '+86'])), 'PHONE_NUMBER'),
            "固定电话": L(fmt_landline(p.reg), 'PHONE_NUMBER') if chance(0.35) else "",
            "电子邮箱": L(p.email, 'EMAIL_ADDRESS'),
            "联系地址": L(p.addr, 'STREET_ADDRESS'),
            "邮政编码": digits(6),
            "职业代码": occ[0],
            "职业": occ[1],
            "工作单位": comp if occ[0] not in ("10", "11", "08") else "",
            "单位地址": caddr if occ[0] not in ("10", "11", "08") else "",
            "学历": pick(["本科", "硕士研究生", "大专", "高中", "博士研究生"]),
            "年收入": pick(["10万以下", "10万-50万", "50万-100万", "100万以上"]),
        }
        if chance(0.35):
            cust["其他证件"] = [{"类型": "往来港澳通行证", "号码": L(gen_hkmo(), 'HK_MACAU_TRAVEL_PERMIT'),
                              "有效期至": '%04d-%02d-%02d' % (R.randint(2026, 2033), R.randint(1, 12), R.randint(1, 28))}]
        card = p.card
        rec = {
            "apply_no": "KH2024031%d%06d" % (R.randint(1, 5), R.randint(1, 999999)),
            "cust_no": "1%s" % digits(11),
            "fund_acct": "%s%s" % (br[0], digits(8)),
            "channel": pick(["APP", "H5", "WECHAT_MINI", "COUNTER"]),
            "branch": {"code": br[0], "name": br[1], "addr": br[2], "hotline": pick(["95553", "95521", "95565", "400-8888-666"])},
            "customer": cust,
            "depository_bank": {
                "bank_code": p.bank_code, "bank_name": p.bank,
                "card_no": L(fmt_card(card, pick(['plain', 'plain', 'space'])), 'BANK_CARD_NUMBER'),
                "cnaps": BANK_CNAPS[p.bank_code] + digits(9),
                "verify": "四要素验证通过",
            },
            "risk_questionnaire": {
                "paper_id": "RQ-2023-V%d" % R.randint(2, 4),
                "answers": ','.join(pick('ABCD') for _ in range(20)),
                "score": R.randint(18, 92),
                "risk_level": pick(["C1", "C2", "C3", "C4", "C5"]),
                "eval_time": "2024-03-%02d %02d:%02d:%02d" % (R.randint(10, 15), R.randint(8, 22), R.randint(0, 59), R.randint(0, 59)),
                "valid_until": "2026-03-%02d" % R.randint(10, 15),
            },
            "beneficial_owner": pick(["本人", L(p.name, 'PERSON_NAME')]),
            "emergency_contact": None,
            "device": {},
            "video_witness": {"agent_no": "W%04d" % R.randint(1, 999), "video_id": fake_uuid(),
                              "sha256": sha256hex(), "duration_s": R.randint(60, 420)},
            "trade_pwd_hash": md5hex(),
            "create_ts": epoch_ms(R.randint(10, 15)),
        }
        if chance(0.6):
            c = Person(reg=p.reg)
            rec["emergency_contact"] = {"name": L(c.name, 'PERSON_NAME'), "relation": rel_pick(),
                                        "phone": L(fmt_mobile(c.mobile, 'plain'), 'PHONE_NUMBER')}
        dev = {"ip": L(gen_ip(), 'IP_ADDRESS'), "os": pick(["Android 13", "Android 14", "iOS 17.3.1", "HarmonyOS 4.0.0"]),
               "app_ver": "8.%d.%d" % (R.randint(0, 12), R.randint(0, 9))}
        if rec["channel"] == "APP":
            if dev["os"].startswith("iOS"):
                dev["idfv"] = fake_uuid().upper()
            else:
                dev["imei"] = L(gen_imei(), 'IMEI_HARDWARE_ID')
            dev["mac"] = L(gen_mac(), 'MAC_ADDRESS')
        elif rec["channel"] == "COUNTER":
            dev = {"terminal": "CT-%s-%03d" % (br[0], R.randint(1, 30)), "operator": "G%05d" % R.randint(1, 99999)}
        rec["device"] = dev
        recs.append(rec)
    top = {"batch_id": "KYC-BATCH-20240315-%04d" % R.randint(1, 9999), "broker": "华信联合证券股份有限公司",
           "broker_uscc": gen_uscc(REGIONS[2]), "schema": "kyc.v2.4.1", "count": len(recs),
           "export_time": "2024-03-15T18:00:03+08:00", "records": recs}
    jwrite(d, top, indent=2)
    d.t('\n')
    return d

# ---------------------------------------------------------------- 2. KYC XML

def xml_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def kyc_xml(out):
    d = Doc('kyc_open_accounts.xml')
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    d.t('<AcctOpenBatch xmlns="urn:example:sec:acctopen:1.3" batchNo="AO%s" sysVer="5.2.11.0407" exportTime="20240315180512">\n' % digits(10))
    for i in range(17):
        p = Person(y0=1958, y1=2004)
        br = pick(BRANCHES)
        comp, caddr, ccode = gen_company(p.reg)
        d.t('  <Customer seq="%d">\n' % (i + 1))
        d.t('    <ApplyNo>%s</ApplyNo>\n' % ('WT' + digits(14)))
        d.t('    <CustName>'); d.p(p.name, 'PERSON_NAME'); d.t('</CustName>\n')
        d.t('    <Gender>%s</Gender>\n' % ('1' if p.sex == '男' else '2'))
        use_pp = chance(0.12)
        if use_pp:
            d.t('    <IdType>1</IdType>\n    <IdCode>'); d.p(gen_passport(), 'CHINA_PASSPORT'); d.t('</IdCode>\n')
        else:
            d.t('    <IdType>0</IdType>\n    <IdCode>'); d.p(p.id_fmt(), 'CHINA_RESIDENT_ID_NUMBER'); d.t('</IdCode>\n')
        iy = R.randint(2009, 2023)
        d.t('    <IdBeginDate>%04d%02d%02d</IdBeginDate>\n' % (iy, R.randint(1, 12), R.randint(1, 28)))
        d.t('    <IdEndDate>%s</IdEndDate>\n' % (pick(['30001231', '%04d%02d%02d' % (iy + 20, R.randint(1, 12), R.randint(1, 28))])))
        d.t('    <Birthday>'); d.p(p.dob_fmt('compact'), 'DATE_OF_BIRTH'); d.t('</Birthday>\n')
        d.t('    <Nationality>156</Nationality>\n')
        d.t('    <Contact>\n')
        d.t('      <Mobile>'); d.p(fmt_mobile(p.mobile, pick(['plain', 'plain', 'plain', '+86', '86'])), 'PHONE_NUMBER'); d.t('</Mobile>\n')
        if chance(0.4):
            d.t('      <Tel>'); d.p(fmt_landline(p.reg), 'PHONE_NUMBER'); d.t('</Tel>\n')
        else:
            d.t('      <Tel/>\n')
        d.t('      <Email>'); d.p(p.email, 'EMAIL_ADDRESS'); d.t('</Email>\n')
        d.t('      <Address>'); d.p(p.addr, 'STREET_ADDRESS'); d.t('</Address>\n')
        d.t('      <ZipCode>%s</ZipCode>\n' % digits(6))
        d.t('    </Contact>\n')
        occ = pick(OCCUPATIONS)
        d.t('    <Profession code="%s">%s</Profession>\n' % (occ[0], xml_esc(occ[1])))
        d.t('    <WorkUnit>%s</WorkUnit>\n    <WorkUnitAddr>%s</WorkUnitAddr>\n    <WorkUnitCreditCode>%s</WorkUnitCreditCode>\n'
            % (xml_esc(comp), xml_esc(caddr), ccode))
        d.t('    <BankInfo bankCode="%s" cnapsCode="%s">\n' % (BANK_CNAPS[p.bank_code], BANK_CNAPS[p.bank_code] + digits(9)))
        d.t('      <BankName>%s</BankName>\n      <BankAcct>' % p.bank)
        d.p(p.card, 'BANK_CARD_NUMBER')
        d.t('</BankAcct>\n      <BankAcctName>'); d.p(p.name, 'PERSON_NAME'); d.t('</BankAcctName>\n')
        d.t('      <BindStatus>1</BindStatus>\n    </BankInfo>\n')
        d.t('    <RiskSurvey paperNo="P2023%02d" score="%d" level="%s" date="202403%02d">\n'
            % (R.randint(1, 12), R.randint(15, 95), pick(['C1', 'C2', 'C3', 'C4', 'C5']), R.randint(10, 15)))
        for q in range(1, 11):
            d.t('      <Q no="%d">%s</Q>\n' % (q, pick('ABCD')))
        d.t('    </RiskSurvey>\n')
        if chance(0.5):
            d.t('    <ActualController>'); d.p(p.name, 'PERSON_NAME'); d.t('</ActualController>\n')
        else:
            d.t('    <ActualController>本人</ActualController>\n')
        d.t('    <Terminal ip="'); d.p(gen_ip(), 'IP_ADDRESS'); d.t('"')
        if chance(0.6):
            d.t(' mac="'); d.p(gen_mac('plainU'), 'MAC_ADDRESS'); d.t('"')
        if chance(0.5):
            d.t(' imei="'); d.p(gen_imei(), 'IMEI_HARDWARE_ID'); d.t('"')
        if chance(0.3):
            d.t(' iccid="'); d.p(gen_iccid(), 'ICCID_NUMBER'); d.t('"')
        d.t(' hd="%s" osv="%s"/>\n' % (hexs(16, True), pick(['13', '14', '12', '17.2'])))
        d.t('    <BranchNo>%s</BranchNo>\n    <AuditOper>G%05d</AuditOper>\n    <AuditTime>20240315%02d%02d%02d</AuditTime>\n'
            % (br[0], R.randint(1, 99999), R.randint(9, 17), R.randint(0, 59), R.randint(0, 59)))
        d.t('    <Checksum alg="SM3">%s</Checksum>\n' % sha256hex())
        d.t('  </Customer>\n')
    d.t('</AcctOpenBatch>\n')
    return d

# ---------------------------------------------------------------- 3. SWIFT MT103

FOREIGN_CORPS = [("THE UNIVERSITY OF SYDNEY", "CAMPERDOWN NSW 2006", "AU", "WPACAU2S", "AU", "032000" + digits(6)),
                 ("UNIVERSITY OF TORONTO", "27 KINGS COLLEGE CIR TORONTO ON", "CA", "ROYCCAT2", "CA", digits(12)),
                 ("IMPERIAL COLLEGE LONDON", "SOUTH KENSINGTON LONDON SW7 2AZ", "GB", "BARCGB22", "GB", "GB29BARC20000055779911"),
                 ("KING'S SCHOOL TRUST LTD", "1 HIGH STREET CANTERBURY", "GB", "NWBKGB2L", "GB", "GB82NWBK60161331926819"),
                 ("BRIGHT HORIZON TRADING LTD", "UNIT 1201 88 QUEENSWAY ADMIRALTY", "HK", "HSBCHKHHHKH", "HK", "004-" + digits(6) + "-838"),
                 ("SAKURA LANGUAGE ACADEMY", "2-11-3 SHINJUKU TOKYO", "JP", "MHCBJPJT", "JP", digits(7))]


def swift(out):
    d = Doc('swift_mt103.txt')
    for i in range(26):
        outward = chance(0.55)
        p = Person(y0=1965, y1=1998)
        bank = p.bank_code
        ref = 'FT24%03d%s' % (R.randint(60, 75), ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6)))
        ccy = pick(['USD', 'USD', 'AUD', 'GBP', 'CAD', 'HKD', 'JPY'])
        amt = '%d,%02d' % (R.randint(800, 60000), R.randint(0, 99))
        snd = BANK_BIC[bank] + pick(['XXX', 'SZN', '310', 'BJ1'])
        fc = pick(FOREIGN_CORPS)
        d.t('---------- MSG %04d  %s  %s ----------\n' % (i + 1, 'OUTWARD' if outward else 'INWARD', ts_from_ms(epoch_ms(), millis=False)))
        if outward:
            d.t('{1:F01%sAXXX%s}{2:I103%sXN}{3:{108:%s}{121:%s}}{4:\n' % (snd[:8], digits(10), fc[3] + 'XXXX', 'REF' + digits(9), fake_uuid()))
        else:
            d.t('{1:F01%sAXXX%s}{2:O103%s%s%sN}{3:{121:%s}}{4:\n' % (BANK_BIC[bank], digits(10), '%02d%02d' % (R.randint(8, 20), R.randint(0, 59)),
                                                                     '240315', fc[3] + 'XXXX' + digits(10), fake_uuid()))
        d.t(':20:%s\n:23B:CRED\n' % ref)
        d.t(':32A:240315%s%s\n' % (ccy, amt))
        d.t(':33B:%s%s\n' % (ccy, amt))
        if outward:
            l1, l2 = gen_address_en(p.reg)
            if chance(0.6):
                d.t(':50K:/'); d.p(p.card, 'BANK_CARD_NUMBER'); d.t('\n')
                d.p(p.py, 'PERSON_NAME'); d.t('\n')
                d.p(l1 + '\n' + l2, 'STREET_ADDRESS'); d.t('\nCN\n')
            else:
                d.t(':50F:/'); d.p(p.card, 'BANK_CARD_NUMBER'); d.t('\n1/')
                d.p(p.py, 'PERSON_NAME'); d.t('\n2/')
                d.p(l1, 'STREET_ADDRESS'); d.t('\n3/CN/%s\n' % l2.split()[-1])
                if chance(0.5):
                    d.t('4/'); d.p(p.dob_fmt('compact'), 'DATE_OF_BIRTH'); d.t('\n')
                    d.t('6/CN/PSB/'); d.p(p.id, 'CHINA_RESIDENT_ID_NUMBER'); d.t('\n')
            d.t(':52A:%s\n' % snd)
            d.t(':57A:%s\n' % fc[3])
            d.t(':59:/%s\n%s\n%s\n%s\n' % (fc[5], fc[0], fc[1], fc[2]))
            purpose = pick(['TUITION FEE STUDENT ' + p.py.split()[0] + ' ' + 'ID' + digits(7),
                            'LIVING EXPENSES', 'INV ' + digits(6) + ' LANGUAGE COURSE', 'ACCOMMODATION FEE 2024S1'])
            if purpose.startswith('TUITION'):
                student = Person(reg=p.reg, y0=2000, y1=2005)
                d.t(':70:TUITION FEE STUDENT '); d.p(student.py, 'PERSON_NAME'); d.t('\n/ID%s\n' % digits(7))
            else:
                d.t(':70:%s\n' % purpose)
            d.t(':71A:%s\n' % pick(['OUR', 'SHA', 'SHA', 'BEN']))
        else:
            if chance(0.5):
                d.t(':50K:/%s\n%s\n%s\n%s\n' % (fc[5], fc[0], fc[1], fc[2]))
            else:
                q = Person()
                d.t(':50K:/%s\n' % fc[5]); d.p(q.py, 'PERSON_NAME')
                d.t('\n%d %s\n%s\n' % (R.randint(1, 300), pick(['GEORGE ST SYDNEY NSW', 'BLOOR ST W TORONTO ON']), fc[2]))
            d.t(':52A:%s\n' % fc[3])
            d.t(':57A:%s\n' % (BANK_BIC[bank] + pick(['XXX', 'SZN', '310'])))
            l1, l2 = gen_address_en(p.reg)
            d.t(':59:/'); d.p(p.card, 'BANK_CARD_NUMBER'); d.t('\n')
            d.p(p.py, 'PERSON_NAME'); d.t('\n')
            d.p(l1 + '\n' + l2, 'STREET_ADDRESS'); d.t('\nCN\n')
            d.t(':70:%s\n' % pick(['SALARY FEB 2024', 'FAMILY SUPPORT', 'REFUND INV ' + digits(8), '/RFB/' + digits(12)]))
            d.t(':71A:SHA\n')
            if chance(0.4):
                d.t(':71F:%s%s\n' % (ccy, '%d,00' % R.randint(10, 35)))
        d.t(':72:/ACC/CONTACT %s SWIFT DESK\n' % BANK_HOTLINE[bank])
        d.t('-}{5:{MAC:%s}{CHK:%s}}\n\n' % (hexs(8, True), hexs(12, True)))
    return d

# ---------------------------------------------------------------- 4. CNAPS

def cnaps(out):
    d = Doc('cnaps_hvps.txt')
    d.t('CNAPS2 HVPS message dump  node=%s  date=2024-03-15  operator=OP%04d\n' % (digits(12), R.randint(1, 9999)))
    d.t('=' * 72 + '\n')
    for i in range(32):
        p = Person()
        ppl = chance(0.55)   # payer is a person
        rpl = chance(0.5)    # payee is a person
        payer_bank = p.bank_code
        c1 = gen_company(p.reg)
        q = Person()
        c2 = gen_company(q.reg)
        payee_bank = q.bank_code
        d.t('{1:%s}{2:%s}\n' % ('hvps.111.001.01', fake_uuid().replace('-', '')))
        d.t('报文类型：CMT100 客户发起汇兑业务\n')
        d.t('报文标识号：20240315%s\n' % digits(18))
        d.t('委托日期：20240315    优先级：%s    业务类型：A100 业务种类：%s\n' % (pick(['HIGH', 'NORM']), pick(['02102 普通汇兑', '02108 个人储蓄', '02112 资金调拨', '02110 保证金'])))
        d.t('发起参与机构：%s%s    发起清算行：%s001%s\n' % (BANK_CNAPS[payer_bank], digits(9), BANK_CNAPS[payer_bank], digits(6)))
        d.t('付款人开户行：%s%s %s%s\n' % (BANK_CNAPS[payer_bank], digits(9), p.bank, pick(['上海分行营业部', '深圳科技园支行', '北京朝阳支行', '杭州高新支行'])))
        if ppl:
            d.t('付款人账号：'); d.p(fmt_card(p.card, 'plain'), 'BANK_CARD_NUMBER'); d.t('\n')
            d.t('付款人名称：'); d.p(p.name, 'PERSON_NAME'); d.t('\n')
            if chance(0.6):
                d.t('付款人地址：'); d.p(p.addr, 'STREET_ADDRESS'); d.t('\n')
            else:
                d.t('付款人地址：\n')
        else:
            d.t('付款人账号：%s\n付款人名称：%s\n付款人地址：%s\n' % (pick(['31050161' + digits(8) + '0000' + digits(4), '755' + digits(12), pick('123459') + digits(12) + '0' + digits(5)]), c1[0], c1[1]))
        d.t('接收参与机构：%s%s\n' % (BANK_CNAPS[payee_bank], digits(9)))
        if rpl:
            d.t('收款人账号：'); d.p(q.card, 'BANK_CARD_NUMBER'); d.t('\n')
            d.t('收款人名称：'); d.p(q.name, 'PERSON_NAME'); d.t('\n')
            if chance(0.4):
                d.t('收款人地址：'); d.p(q.addr, 'STREET_ADDRESS'); d.t('\n')
            else:
                d.t('收款人地址：\n')
        else:
            d.t('收款人账号：%s\n收款人名称：%s\n收款人地址：%s\n' % (pick(['4000' + digits(15), '11' + digits(13), '755' + digits(12)]), c2[0], c2[1]))
        d.t('货币符号、金额：CNY%s\n' % amount(50000, 5000000))
        memo = pick(['货款', '购房首付款', '往来款', '还借款', '工程款 合同号HT-2023-%04d' % R.randint(1, 9999), '学费', '投资款', '装修款'])
        if ppl and rpl and chance(0.4):
            d.t('附言：'); d.w('还'); d.p(q.name, 'PERSON_NAME'); d.t('借款，联系电话'); d.p(fmt_mobile(p.mobile, 'plain'), 'PHONE_NUMBER'); d.t('\n')
        else:
            d.t('附言：%s\n' % memo)
        d.t('处理状态：PR%02d  清算时间：2024-03-15 %02d:%02d:%02d  NPC流水：%s\n' % (pick([2, 4, 5]), R.randint(9, 17), R.randint(0, 59), R.randint(0, 59), digits(16)))
        d.t('数字签名：%s\n' % (hexs(64, True)))
        d.t('-' * 72 + '\n')
    d.t('合计 %d 笔  客服：%s  技术支持：400-%s-%s\n' % (32, '95588', digits(3), digits(4)))
    return d

# ---------------------------------------------------------------- 5. wallet log

MODELS = [("HUAWEI", "ALN-AL00", "HarmonyOS 4.0.0"), ("Xiaomi", "23127PN0CC", "Android 14"), ("OPPO", "PHZ110", "Android 14"),
          ("vivo", "V2309A", "Android 13"), ("Apple", "iPhone15,3", "iOS 17.3.1"), ("HONOR", "PGT-AN10", "Android 13")]


def wallet(out):
    d = Doc('wallet_txn.jsonl')
    users = [Person() for _ in range(18)]
    for u in users:
        u.uid = '2088' + digits(12)
        u.model = pick(MODELS)
        u.imei = gen_imei()
        u.meid = gen_meid() if chance(0.25) else None
        u.iccid = gen_iccid()
        u.imsi = gen_imsi()
        u.mac = gen_mac('colonL')
        u.ip = gen_ip()
        u.token = gen_token_jwt()
    ms = 1710432000000 + 8 * 3600000
    for i in range(70):
        u = pick(users)
        ms += R.randint(1000, 600000)
        ev = R.choices(['PAY', 'TRANSFER', 'TOPUP', 'WITHDRAW', 'LOGIN', 'BIND_CARD', 'REFUND'], [35, 18, 10, 8, 14, 8, 7])[0]
        rec = {"ts": ms, "level": "INFO", "svc": "wallet-core", "ver": "3.18.2", "trace_id": hexs(32),
               "event": ev, "uid": u.uid}
        if ev in ('LOGIN', 'BIND_CARD') or chance(0.15):
            rec["mobile"] = L(fmt_mobile(u.mobile, pick(['plain', 'plain', '+86'])), 'PHONE_NUMBER')
        else:
            rec["mobile"] = mask_mobile(u.mobile)
        if ev == 'LOGIN':
            rec["login_type"] = pick(["SMS", "PWD", "FACE"])
            rec["access_token"] = L(u.token, 'CREDENTIAL')
            rec["refresh_token"] = L('rt_' + gen_secret(40, ALNUM), 'CREDENTIAL') if chance(0.5) else None
        elif ev == 'BIND_CARD':
            card, bank, code = gen_card(credit=chance(0.3))
            rec.update({"card_no": L(card, 'BANK_CARD_NUMBER'), "bank": code, "holder": L(u.name, 'PERSON_NAME'),
                        "id_no": L(u.id, 'CHINA_RESIDENT_ID_NUMBER'),
                        "reserved_mobile": L(u.mobile, 'PHONE_NUMBER'), "sign_no": "SN" + digits(18),
                        "result": "SUCCESS"})
        else:
            rec["txn_no"] = "20240315%s" % digits(20)
            rec["amount"] = amount(1, 20000)
            rec["currency"] = "CNY"
            rec["pay_card"] = mask_card(u.card, pick(['a', 'b']))
            if ev == 'PAY':
                rec["merchant_id"] = "M" + digits(9)
                rec["merchant_name"] = pick(["美宜佳便利店", "瑞幸咖啡（科技园店）", "滴滴出行", "中国石化加油站", "盒马鲜生", "永辉超市"])
                rec["order_no"] = "P" + digits(20)
            elif ev == 'TRANSFER':
                v = Person()
                rec["payee_name"] = L(v.name, 'PERSON_NAME') if chance(0.6) else '*' + v.name[1:]
                rec["payee_account"] = L(v.mobile, 'PHONE_NUMBER') if chance(0.4) else mask_mobile(v.mobile)
                rec["remark"] = pick(["房租", "AA饭钱", "还你的", "红包", ""])
            elif ev == 'WITHDRAW':
                rec["to_card"] = mask_card(u.card, 'b')
                rec["fee"] = "%.2f" % (R.randint(0, 200) / 100)
            elif ev == 'REFUND':
                rec["orig_txn_no"] = "2024031%d%s" % (R.randint(0, 4), digits(20))
            rec["status"] = pick(["SUCCESS", "SUCCESS", "SUCCESS", "PROCESSING", "FAILED"])
        dev = {"brand": u.model[0], "model": u.model[1], "os": u.model[2],
               "sn": pick(['GKR', 'R58', 'H2X', 'F9Q']) + hexs(10, True)}
        if u.model[0] != 'Apple':
            dev["imei"] = L(u.imei, 'IMEI_HARDWARE_ID')
            if u.meid and chance(0.7):
                dev["meid"] = L(u.meid if chance(0.7) else u.meid.lower(), 'MEID')
            if chance(0.4):
                dev["imsi"] = L(u.imsi, 'IMSI_ID')
            if chance(0.2):
                dev["iccid"] = L(u.iccid, 'ICCID_NUMBER')
        else:
            dev["idfv"] = fake_uuid().upper()
        if chance(0.5):
            dev["wifi_mac"] = L(u.mac, 'MAC_ADDRESS')
        rec["device"] = dev
        rec["client_ip"] = L(u.ip if chance(0.8) else gen_ipv6(), 'IP_ADDRESS')
        k = R.random()
        lat, lng = gen_coords(u.reg)
        if k < 0.35:
            rec["lat"] = L(lat, 'LOCATION_COORDINATES', raw=True)
            rec["lng"] = L(lng, 'LOCATION_COORDINATES', raw=True)
        elif k < 0.55:
            rec["location"] = L(lng + ',' + lat, 'LOCATION_COORDINATES')
        if chance(0.3):
            if chance(0.5):
                rec["cgi"] = L(gen_cgi(), 'CELL_ID')
            else:
                rec["cell_id"] = L(str(R.randint(10000000, 268435455)), 'CELL_ID', raw=True)
                rec["tac"] = R.randint(4096, 65000)
        rec["risk"] = {"score": R.randint(0, 100), "rule": pick(["R000", "R101", "R230", "R000"])}
        rec["cost_ms"] = R.randint(3, 900)
        rec = {k: v for k, v in rec.items() if v is not None}
        jwrite(d, rec)
        d.t('\n')
    return d

# ---------------------------------------------------------------- 6. loan applications

def loan_apps(out):
    d = Doc('loan_applications.txt')
    for i in range(13):
        p = Person(y0=1968, y1=2001)
        comp, caddr, ccode = gen_company(p.reg)
        d.t('=' * 22 + ' 个人消费贷款申请表 ' + '=' * 22 + '\n')
        d.t('申请编号：XD2024031%d%05d        产品：%s（年化利率 %.2f%%–%.2f%%）\n'
            % (R.randint(0, 5), R.randint(1, 99999), pick(['薪享贷', '安居分期', '车主贷', '乐享借']), R.uniform(6, 9), R.uniform(15, 24)))
        d.t('申请日期：2024-03-1%d %02d:%02d:%02d   渠道：%s   客户经理工号：%s\n'
            % (R.randint(0, 5), R.randint(8, 22), R.randint(0, 59), R.randint(0, 59), pick(['APP', '微信小程序', '线下门店']), 'KM' + digits(5)))
        d.t('\n一、申请人基本信息\n')
        d.t('姓    名：'); d.p(p.name, 'PERSON_NAME')
        d.t('          性别：%s      出生日期：' % p.sex); d.p(p.dob_fmt(pick(['cn', 'iso', 'dot'])), 'DATE_OF_BIRTH'); d.t('\n')
        d.t('证件类型：居民身份证    证件号码：'); d.p(p.id_fmt() if chance(0.9) else fw(p.id), 'CHINA_RESIDENT_ID_NUMBER'); d.t('\n')
        iy = R.randint(2012, 2023)
        d.t('证件有效期：%04d.%02d.%02d-%s\n' % (iy, R.randint(1, 12), R.randint(1, 28), pick(['%04d.%02d.%02d' % (iy + 20, R.randint(1, 12), R.randint(1, 28)), '长期'])))
        d.t('婚姻状况：%s    学历：%s    供养人数：%d\n' % (pick(['已婚', '未婚', '离异']), pick(['本科', '大专', '硕士']), R.randint(0, 3)))
        d.t('手机号码：'); d.p(fmt_mobile(p.mobile), 'PHONE_NUMBER')
        d.t('    住宅电话：'); 
        if chance(0.6):
            d.p(fmt_landline(p.reg), 'PHONE_NUMBER')
        else:
            d.t('无')
        d.t('\n电子邮箱：'); d.p(p.email, 'EMAIL_ADDRESS'); d.t('\n')
        hj = Person(reg=pick(REGIONS))
        d.t('户籍地址：'); d.p(gen_address(p.reg if chance(0.5) else hj.reg, with_province=True), 'STREET_ADDRESS'); d.t('\n')
        d.t('现居住地址：'); d.p(p.addr, 'STREET_ADDRESS'); d.t('    居住状况：%s\n' % pick(['自有住房（有贷款）', '自有住房（无贷款）', '租房', '与父母同住']))
        d.t('\n二、职业信息\n')
        d.t('单位名称：%s\n统一社会信用代码：%s\n单位地址：%s\n单位电话：%s-%s    职务：%s\n'
            % (comp, ccode, caddr, p.reg[4], pick('2345678') + digits(7), pick(['工程师', '销售经理', '会计', '行政主管', '项目经理', '教师'])))
        d.t('月收入：%s元    入职时间：20%02d-%02d    社保缴纳：是\n' % (amount(6000, 45000), R.randint(10, 23), R.randint(1, 12)))
        if chance(0.55):
            d.t('\n三、车产信息\n车牌号码：'); d.p(gen_plate(p.reg), 'CHINA_LICENSE_PLATE')
            d.t('    品牌型号：%s    购置价：%s元\n' % (pick(['比亚迪汉EV', '大众帕萨特', '丰田凯美瑞', '特斯拉Model 3', '本田雅阁']), amount(120000, 350000)))
        else:
            d.t('\n三、车产信息\n无\n')
        d.t('\n四、联系人信息\n')
        for k in range(2):
            c = Person(reg=p.reg)
            rel = '配偶' if k == 0 and chance(0.5) else rel_pick()
            d.t('联系人%d：' % (k + 1)); d.p(c.name, 'PERSON_NAME')
            d.t('    关系：%s    手机：' % rel); d.p(fmt_mobile(c.mobile, pick(['plain', 'plain', 'sp', 'dash'])), 'PHONE_NUMBER'); d.t('\n')
        d.t('\n五、收款/还款账户\n')
        d.t('开户行：%s%s支行    户名：' % (p.bank, pick(['科技园', '中山路', '人民广场', '高新区']))); d.p(p.name, 'PERSON_NAME')
        d.t('\n卡号：'); d.p(fmt_card(p.card), 'BANK_CARD_NUMBER'); d.t('    预留手机：'); d.p(p.mobile, 'PHONE_NUMBER'); d.t('\n')
        d.t('\n六、申请信息\n')
        d.t('申请金额：%s元    期限：%d期    还款方式：%s    月利率：%.2f%%\n' % (amount(10000, 300000), pick([6, 12, 24, 36]), pick(['等额本息', '先息后本', '等额本金']), R.uniform(0.4, 1.5)))
        d.t('用途：%s\n' % pick(['装修', '教育', '旅游', '购买家电', '医疗']))
        d.t('\n七、设备信息（系统采集）\n')
        lat, lng = gen_coords(p.reg)
        d.t('IP：'); d.p(gen_ip(), 'IP_ADDRESS'); d.t('    ')
        if chance(0.7):
            d.t('IMEI：'); d.p(gen_imei(), 'IMEI_HARDWARE_ID')
        else:
            d.t('MEID：'); d.p(gen_meid(), 'MEID')
        d.t('    MAC：'); d.p(gen_mac(), 'MAC_ADDRESS'); d.t('\n')
        d.t('GPS：'); d.p(lat + ',' + lng, 'LOCATION_COORDINATES'); d.t('    基站：'); d.p(gen_cgi(), 'CELL_ID'); d.t('\n')
        d.t('设备指纹：%s    SDK：risk-sdk 2.7.%d\n' % (hexs(32), R.randint(0, 20)))
        d.t('\n本人承诺以上信息真实有效，并授权贵公司查询本人征信报告。\n')
        d.t('申请人签名：'); d.p(p.name, 'PERSON_NAME'); d.t('（电子签名，证书序列号 %s）\n' % hexs(20, True))
        d.t('客服热线：%s    官网：www.example-cfc.com.cn\n\n' % pick(['95511', '400-820-1234', '95188']))
    return d

# ---------------------------------------------------------------- 7. credit report

FIN_INST = ["中国建设银行股份有限公司深圳市分行", "招商银行股份有限公司信用卡中心", "中国工商银行股份有限公司上海市分行",
            "马上消费金融股份有限公司", "平安银行股份有限公司信用卡中心", "重庆蚂蚁消费金融有限公司",
            "交通银行股份有限公司太平洋信用卡中心", "中信银行股份有限公司信用卡中心", "兴业消费金融股份公司"]


def credit_reports(out):
    d = Doc('credit_reports.txt')
    for i in range(7):
        p = Person(y0=1965, y1=1998)
        d.t('个人信用报告\n（授信机构版）\n\n')
        d.t('报告编号：2024031%d%s    报告时间：2024.03.1%d %02d:%02d:%02d\n' % (R.randint(0, 5), digits(14), R.randint(0, 5), R.randint(9, 20), R.randint(0, 59), R.randint(0, 59)))
        d.t('被查询者姓名：'); d.p(p.name, 'PERSON_NAME'); d.t('    被查询者证件类型：身份证    被查询者证件号码：'); d.p(p.id, 'CHINA_RESIDENT_ID_NUMBER'); d.t('\n')
        d.t('查询机构：%s/%s    查询原因：%s\n' % (pick(FIN_INST), 'cfc_' + hexs(6), pick(['贷款审批', '贷后管理', '信用卡审批'])))
        if chance(0.4):
            d.t('其他证件信息：证件类型 身份证  证件号码 '); d.p(gen_legacy_id(p.reg, p.dob), 'CHINA_RESIDENT_ID_NUMBER'); d.t('（15位旧号）\n')
        d.t('\n一 个人基本信息\n（一）身份信息\n')
        d.t('性别    出生日期      婚姻状况  学历      学位  就业状况  国籍  电子邮箱\n')
        d.t('%s      ' % p.sex); d.p(p.dob_fmt('dot'), 'DATE_OF_BIRTH'); d.t('    %s      %s    %s  %s    中国  ' % (pick(['已婚', '未婚']), pick(['大学本科', '研究生', '大学专科']), pick(['学士', '硕士', '--']), pick(['在职', '自由职业'])))
        d.p(p.email, 'EMAIL_ADDRESS'); d.t('\n')
        d.t('通讯地址：'); d.p(p.addr, 'STREET_ADDRESS'); d.t('\n')
        d.t('户籍地址：'); d.p(gen_address(p.reg, with_province=True), 'STREET_ADDRESS'); d.t('\n')
        d.t('\n手机号码\n编号  手机号码        信息更新日期\n')
        for k in range(R.randint(2, 4)):
            m = p.mobile if k == 0 else gen_mobile()
            d.t('%d     ' % (k + 1)); d.p(m, 'PHONE_NUMBER'); d.t('     20%02d.%02d.%02d\n' % (R.randint(15, 24), R.randint(1, 12), R.randint(1, 28)))
        sp = Person(reg=p.reg)
        sc = gen_company(sp.reg)
        d.t('\n（二）配偶信息\n姓名    证件类型  证件号码              工作单位                          联系电话\n')
        d.p(sp.name, 'PERSON_NAME'); d.t('  身份证    '); d.p(sp.id, 'CHINA_RESIDENT_ID_NUMBER'); d.t('  %s  ' % sc[0]); d.p(sp.mobile, 'PHONE_NUMBER'); d.t('\n')
        d.t('\n（三）居住信息\n编号  居住地址                                          住宅电话        居住状况  信息更新日期\n')
        for k in range(R.randint(2, 3)):
            a = p.addr if k == 0 else gen_address(p.reg if chance(0.6) else pick(REGIONS))
            d.t('%d     ' % (k + 1)); d.p(a, 'STREET_ADDRESS'); d.t('  ')
            if chance(0.5):
                d.p(fmt_landline(p.reg, 'dash'), 'PHONE_NUMBER')
            else:
                d.t('--')
            d.t('  %s  20%02d.%02d.%02d\n' % (pick(['自置', '租房', '按揭', '亲属楼宇']), R.randint(15, 24), R.randint(1, 12), R.randint(1, 28)))
        d.t('\n（四）职业信息\n编号  工作单位                          单位性质  单位地址                                  单位电话\n')
        for k in range(R.randint(1, 2)):
            c = gen_company(p.reg)
            d.t('%d     %s  %s  %s  %s-%s\n' % (k + 1, c[0], pick(['企业', '事业单位', '其他']), c[1], p.reg[4], pick('2345678') + digits(7)))
        d.t('\n二 信息概要\n未结清贷款：%d 笔  余额 %s  最近6个月平均应还款 %s\n贷记卡账户数 %d  授信总额 %s  已用额度 %s\n'
            % (R.randint(0, 4), amount(0, 900000), amount(0, 12000), R.randint(1, 6), amount(10000, 300000), amount(0, 80000)))
        d.t('\n三 信贷交易信息明细\n（一）非循环贷账户\n')
        for k in range(R.randint(1, 3)):
            d.t('账户%d\n管理机构：%s    账户标识：%s\n' % (k + 1, pick(FIN_INST), '0' + '*' * 16 + digits(4)))
            d.t('开立日期：20%02d.%02d.%02d  到期日期：20%02d.%02d.%02d  借款金额：%s  账户币种：人民币元\n'
                % (R.randint(15, 22), R.randint(1, 12), R.randint(1, 28), R.randint(25, 50), R.randint(1, 12), R.randint(1, 28), amount(20000, 2000000)))
            d.t('业务种类：%s  担保方式：%s  还款期数：%d  还款方式：分期等额本息\n' % (pick(['个人住房商业贷款', '个人消费贷款', '个人汽车消费贷款']), pick(['抵押', '信用/免担保', '保证']), pick([36, 120, 240, 360])))
            d.t('截至2024年02月29日  账户状态：正常  余额：%s  本月应还款：%s  当前逾期期数：0\n' % (amount(0, 1500000), amount(500, 12000)))
            d.t('最近5年还款记录：' + ''.join(pick('NNNNNNNN*1') for _ in range(24)) + '\n')
        d.t('（二）贷记卡账户\n')
        for k in range(R.randint(1, 3)):
            d.t('账户%d\n发卡机构：%s    账户标识：%s\n授信额度：%s  已用额度：%s  最近6个月平均使用额度：%s\n'
                % (k + 1, pick(FIN_INST), '*' * 12 + digits(4), amount(5000, 200000), amount(0, 50000), amount(0, 30000)))
        d.t('\n五 查询记录\n编号  查询日期      查询机构                                查询原因\n')
        for k in range(R.randint(3, 6)):
            d.t('%d     2024.0%d.%02d    %s    %s\n' % (k + 1, R.randint(1, 3), R.randint(1, 28), pick(FIN_INST), pick(['贷款审批', '信用卡审批', '贷后管理', '本人查询（互联网个人信用信息服务平台）'])))
        d.t('\n本报告仅供授信机构内部使用，客服电话 400-810-8866。\n')
        d.t('\f\n')
    return d

# ---------------------------------------------------------------- 8. collection notes

def collections(out):
    d = Doc('collection_notes.csv')
    d.t('案件编号,逾期天数,逾期金额,债务人姓名,证件号码,债务人手机,联系人姓名,联系人关系,联系人电话,拨打时间,通话结果,催记内容,承诺金额,承诺日期,催收员\n')
    agents = ['C%04d' % R.randint(1, 9999) for _ in range(6)]
    debtors = [Person(y0=1970, y1=2001) for _ in range(22)]
    for dd in debtors:
        dd.contacts = [(Person(reg=dd.reg), rel_pick()) for _ in range(3)]
        dd.case = 'CS2024%s' % digits(8)
    for i in range(66):
        dd = pick(debtors)
        c, rel = pick(dd.contacts)
        cells = [dd.case, R.randint(3, 240), amount(300, 80000)]
        cells.append(L(dd.name, 'PERSON_NAME'))
        cells.append(L(dd.id, 'CHINA_RESIDENT_ID_NUMBER') if chance(0.35) else dd.id[:4] + '*' * 10 + dd.id[-4:])
        cells.append(L(fmt_mobile(dd.mobile, pick(['plain', 'plain', 'plain', 'dash'])), 'PHONE_NUMBER'))
        who = R.random()
        if who < 0.6:
            cells += [L(c.name, 'PERSON_NAME'), rel, L(c.mobile, 'PHONE_NUMBER')]
        else:
            cells += ['', '本人', '']
        cells.append('2024-03-%02d %02d:%02d' % (R.randint(1, 15), R.randint(9, 20), R.randint(0, 59)))
        res = pick(['接通', '接通', '无人接听', '关机', '空号', '拒接', '接通'])
        cells.append(res)
        k = R.random()
        if res != '接通':
            note = Seg('%s，已发短信提醒（模板SMS-0%d）' % (res, R.randint(1, 9)))
        elif k < 0.2:
            note = Seg('本人接听，称本月工资延迟，承诺月底前还款，已告知还款卡号需存入绑定卡', )
        elif k < 0.4:
            note = Seg('联系其', rel, ' ', (c.name, 'PERSON_NAME'), '，对方表示会转告，提供债务人新号码 ',
                       (fmt_mobile(gen_mobile(), pick(['plain', 'sp'])), 'PHONE_NUMBER'), '，已更新')
        elif k < 0.55:
            note = Seg('债务人称已搬家，新住址 ', (gen_address(dd.reg, with_province=False), 'STREET_ADDRESS'), '，申请外访')
        elif k < 0.65:
            note = Seg('本人称可用名下车辆 ', (gen_plate(dd.reg), 'CHINA_LICENSE_PLATE'), ' 抵押借款后还款，需跟进')
        elif k < 0.75:
            note = Seg('本人要求提供还款账户，已告知对公账户 %s（户名：%s），勿转个人账户' % ('1109' + digits(11), '某某消费金融股份有限公司'))
        elif k < 0.85:
            q = Person(reg=dd.reg)
            note = Seg('本人称由其朋友', (q.name, 'PERSON_NAME'), '代还，对方卡号 ', (fmt_card(q.card, 'space'), 'BANK_CARD_NUMBER'), '，待核实到账')
        else:
            note = Seg('投诉倾向，称已向12378投诉，转主管处理；客服热线95511已登记工单WO%s' % digits(10))
        cells.append(note)
        if res == '接通' and chance(0.6):
            cells += [amount(300, 20000, sep=False), '2024-03-%02d' % R.randint(16, 31)]
        else:
            cells += ['', '']
        cells.append(pick(agents))
        csv_row(d, cells)
    return d

# ---------------------------------------------------------------- 9. AML CEF

def cef_esc(s):
    return s.replace('\\', '\\\\').replace('=', '\\=')


def aml(out):
    d = Doc('aml_alerts.cef')
    rules = [("LT-001", "大额现金交易", 6), ("ST-014", "短期内资金分散转入集中转出", 8), ("ST-022", "频繁跨境汇款", 7),
             ("ST-031", "夜间高频小额交易", 5), ("WL-002", "疑似名单命中", 9), ("ST-045", "账户休眠后突然大额交易", 7)]
    for i in range(44):
        p = Person()
        rule = pick(rules)
        ms = epoch_ms(R.randint(14, 15))
        d.t('%s aml-engine-02 CEF:0|Example Bank|AML Monitor|5.2.1|%s|%s|%d|' % (ts_from_ms(ms, millis=False).replace('2024-03-', 'Mar ').replace(' ', ' ', 1), rule[0], rule[1], rule[2]))
        d.t('rt=%d ' % ms)
        d.t('externalId=AML2024%s ' % digits(10))
        d.t('suser='); d.p(p.name, 'PERSON_NAME'); d.t(' ')
        d.t('duid=C%s ' % digits(11))
        d.t('cs1Label=IdNumber cs1='); d.p(p.id, 'CHINA_RESIDENT_ID_NUMBER'); d.t(' ')
        if chance(0.7):
            d.t('cs2Label=AccountNo cs2='); d.p(p.card, 'BANK_CARD_NUMBER'); d.t(' ')
        else:
            d.t('cs2Label=AccountNo cs2=%s ' % mask_card(p.card, 'b'))
        if chance(0.5):
            q = Person()
            d.t('cs3Label=Counterparty cs3='); d.p(q.name, 'PERSON_NAME'); d.t(' ')
            d.t('cs4Label=CounterpartyAcct cs4='); d.p(q.card, 'BANK_CARD_NUMBER'); d.t(' ')
        else:
            c = gen_company(p.reg)
            d.t('cs3Label=Counterparty cs3=%s cs4Label=CounterpartyAcct cs4=%s ' % (c[0], digits(16)))
        d.t('cn1Label=Amount cn1=%s ' % amount(5000, 3000000, sep=False))
        d.t('cn2Label=TxnCount cn2=%d ' % R.randint(1, 80))
        if chance(0.5):
            d.t('src='); d.p(gen_ip(), 'IP_ADDRESS'); d.t(' ')
        if chance(0.3):
            d.t('cs5Label=Mobile cs5='); d.p(p.mobile, 'PHONE_NUMBER'); d.t(' ')
        d.t('cs6Label=Branch cs6=%s ' % (BANK_CNAPS[p.bank_code] + digits(9)))
        d.t('dvchost=aml-engine-02 dvc=10.32.%d.%d ' % (R.randint(0, 255), R.randint(1, 254)))
        d.t('msg=%s\n' % cef_esc(pick(['客户近%d日累计现金存入超过阈值=50000' % R.randint(3, 10), '交易对手与监控名单相似度=0.%d' % R.randint(80, 99),
                                         '同一IP下%d个账户登录' % R.randint(3, 12), '规则版本 v%d.%d' % (R.randint(1, 4), R.randint(0, 20))])))
    return d

# ---------------------------------------------------------------- 10. mandates

def mandates(out):
    d = Doc('direct_debit_mandates.txt')
    payees = [("话费代扣", "中国移动通信集团广东有限公司", "44050149040800000123", "10086"),
              ("电费代扣", "国网上海市电力公司", "31001515300050012345", "95598"),
              ("燃气费代扣", "深圳市燃气集团股份有限公司", "755900012310801", "0755-83601333"),
              ("保费代扣", "中国人寿保险股份有限公司北京市分公司", "0200001409004612345", "95519"),
              ("贷款还款代扣", "某某消费金融股份有限公司", "110925893510201", "400-830-8300"),
              ("水费代扣", "杭州市水务集团有限公司", "1202020209900012345", "0571-96390")]
    for i in range(16):
        p = Person()
        pay = pick(payees)
        d.t('委托代扣授权书\n')
        d.t('协议编号：DK%s    版本：V3.2    业务类型：%s\n' % (digits(16), pay[0]))
        d.t('付款人（委托人）姓名：'); d.p(p.name, 'PERSON_NAME'); d.t('\n')
        if chance(0.88):
            d.t('证件类型：身份证    证件号码：'); d.p(p.id_fmt(), 'CHINA_RESIDENT_ID_NUMBER'); d.t('\n')
        else:
            d.t('证件类型：护照      证件号码：'); d.p(gen_passport(), 'CHINA_PASSPORT'); d.t('\n')
        d.t('扣款银行：%s    扣款卡号：' % p.bank); d.p(fmt_card(p.card), 'BANK_CARD_NUMBER'); d.t('\n')
        d.t('银行预留手机号：'); d.p(fmt_mobile(p.mobile, pick(['plain', 'sp', 'dash'])), 'PHONE_NUMBER'); d.t('\n')
        if chance(0.5):
            d.t('用户编号/户号：%s    %s：' % (digits(10), {'电费代扣': '用电地址', '燃气费代扣': '用气地址', '水费代扣': '用水地址'}.get(pay[0], '通讯地址'))); d.p(p.addr, 'STREET_ADDRESS'); d.t('\n')
        else:
            d.t('用户编号/户号：%s\n' % digits(12))
        d.t('收款单位：%s    收款账号：%s\n' % pay[1:3])
        d.t('单笔限额：%s元    每日限额：%s元    扣款周期：每月%d日\n' % (amount(500, 5000), amount(5000, 50000), R.randint(1, 28)))
        d.t('有效期：2024-03-%02d 至 %s\n' % (R.randint(1, 15), pick(['长期', '2027-03-31', '2029-12-31'])))
        d.t('签署方式：线上签约    签约IP：'); d.p(gen_ip(), 'IP_ADDRESS'); d.t('    签约时间：%d\n' % epoch_ms(R.randint(1, 15)))
        d.t('银联协议号：UP%s    短信验证流水：%s\n' % (digits(20), hexs(24)))
        d.t('委托人（签字）：'); d.p(p.name, 'PERSON_NAME'); d.t('    日期：2024年3月%d日\n' % R.randint(1, 15))
        d.t('如有疑问请致电 %s 或 %s。\n' % (BANK_HOTLINE[p.bank_code], pay[3]))
        d.t('-' * 60 + '\n')
    return d

# ---------------------------------------------------------------- 11. POS log

def pos(out):
    d = Doc('pos_terminal.log')
    tid = '1002%s' % digits(4)
    mid = '898440%s' % digits(9)
    ms = 1710432000000 + 9 * 3600000
    trace = R.randint(1000, 5000)
    d.t('2024-03-15 08:59:58.102 [INFO ] [BOOT ] POS app 6.3.14 build 20240201 SN=N910%s model=N910 TID=%s MID=%s\n' % (hexs(8, True), tid, mid))
    d.t('2024-03-15 08:59:58.377 [INFO ] [COMM ] connect host 10.210.%d.%d:5002 via 4G apn=cmiot\n' % (R.randint(0, 255), R.randint(1, 254)))
    for i in range(58):
        ms += R.randint(20000, 900000)
        trace += 1
        card, bank, code = gen_card(credit=chance(0.3))
        ts = ts_from_ms(ms)
        amt = R.randint(100, 2000000)
        typ = pick(['SALE', 'SALE', 'SALE', 'VOID', 'REFUND', 'PREAUTH'])
        entry = pick(['051', '071', '021', '072'])
        d.t('%s [INFO ] [TXN  ] TID=%s MID=%s BATCH=000%03d TRACE=%06d TYPE=%s AMT=%012d PAN=%s ENTRY=%s\n'
            % (ts, tid, mid, R.randint(100, 140), trace, typ, amt, mask_card(card, 'b'), entry))
        if chance(0.45):
            yymm = '%02d%02d' % (R.randint(25, 31), R.randint(1, 12))
            d.t('%s [DEBUG] [ISO  ] >> 0200 F002=' % ts); d.p(card, 'BANK_CARD_NUMBER')
            d.t(' F003=000000 F004=%012d F011=%06d F022=%s0 F025=00 ' % (amt, trace, entry))
            if entry in ('021', '022') or chance(0.5):
                d.t('F035='); d.p(card, 'BANK_CARD_NUMBER'); d.t('D%s%s' % (yymm, '201' + digits(13)))
                d.t(' ')
            d.t('F041=%s F042=%s F049=156 F052=%s F053=2600000000000000 F064=%s\n' % (tid, mid, hexs(16, True), hexs(16, True)))
        if chance(0.07):
            yymm = '%02d%02d' % (R.randint(25, 31), R.randint(1, 12))
            p = Person()
            d.t('%s [WARN ] [MSR  ] raw track1=%%B' % ts); d.p(card, 'BANK_CARD_NUMBER'); d.t('^')
            d.p(p.py.replace(' ', '/'), 'PERSON_NAME'); d.t('^%s201%s?\n' % (yymm, digits(12)))
            d.t('%s [WARN ] [MSR  ] raw track2=;' % ts); d.p(card, 'BANK_CARD_NUMBER'); d.t('=%s201%s?\n' % (yymm, digits(13)))
        rc = pick(['00', '00', '00', '00', '51', '55', '05', '00', 'A0'])
        d.t('%s [INFO ] [TXN  ] << 0210 RC=%s AUTH=%s RRN=%s%s SETTLE=0315 ICC=%s\n'
            % (ts_from_ms(ms + R.randint(300, 4000)), rc, digits(6) if rc == '00' else '      ', '4075', digits(8), hexs(24, True)))
        if rc == '55':
            d.t('%s [INFO ] [UI   ] 密码错误，请重新输入 (PIN try %d/3)\n' % (ts, R.randint(1, 2)))
        if chance(0.1):
            d.t('%s [INFO ] [PRINT] slip printed, merchant copy, card %s, hotline 95516\n' % (ts, mask_card(card, 'a')))
    d.t('2024-03-15 23:10:02.004 [INFO ] [SETTLE] batch closed, count=%d, total=%s, md5=%s\n' % (58, amount(10000, 300000), md5hex()))
    return d

# ---------------------------------------------------------------- 12. gateway callback log

def gateway(out):
    d = Doc('gateway_callback.log')
    app_id = '2021003' + digits(9)
    ms = 1710432000000 + 8 * 3600000
    d.t('2024-03-15 08:00:00,014 INFO  [main] c.e.pay.config.MerchantConfigLoader - loaded profile=prod version=2.9.7\n')
    for k in range(3):
        d.t('2024-03-15 08:00:00,%03d DEBUG [main] c.e.pay.config.MerchantConfigLoader - channel=%s mch_id=%s app_id=%s '
            % (30 + k, ['alipay', 'wxpay', 'unionpay_qp'][k], digits(10), [app_id, 'wx' + hexs(16), '777290058' + digits(6)][k]))
        d.t('app_secret='); d.p(gen_secret(32), 'CREDENTIAL')
        if k == 1:
            d.t(' api_v3_key='); d.p(gen_secret(32, ALNUM), 'CREDENTIAL')
        if k == 2:
            d.t(' cert_pwd='); d.p(digits(6), 'CREDENTIAL')
        d.t(' sign_type=%s notify_url=https://pay.example-mall.com/notify/%s\n' % (pick(['RSA2', 'HMAC-SHA256', 'RSA2']), ['alipay', 'wx', 'up'][k]))
    d.t('2024-03-15 08:00:00,077 WARN  [main] c.e.pay.config.MerchantConfigLoader - private_key loaded from env, first bytes: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n')
    for i in range(48):
        ms += R.randint(5000, 700000)
        ts = ts_from_ms(ms).replace('.', ',')
        p = Person()
        out_no = 'ORD%s' % digits(17)
        amt = amount(1, 5000, sep=False)
        k = R.random()
        if k < 0.45:
            params = [('gmt_create', ts[:19]), ('charset', 'UTF-8'), ('seller_email', 'pay@example-mall.com'),
                      ('subject', pick(['会员月卡', '订单支付', '话费充值100元', '商品一批'])), ('buyer_id', '2088' + digits(12)),
                      ('invoice_amount', amt), ('notify_id', '2024031' + hexs(25)), ('notify_type', 'trade_status_sync'),
                      ('trade_status', 'TRADE_SUCCESS'), ('receipt_amount', amt), ('app_id', app_id),
                      ('buyer_pay_amount', amt), ('sign_type', 'RSA2'), ('seller_id', '2088' + digits(12)),
                      ('gmt_payment', ts[:19]), ('notify_time', ts[:19]), ('version', '1.0'), ('out_trade_no', out_no),
                      ('total_amount', amt), ('trade_no', '2024031522001' + digits(15)), ('auth_app_id', app_id),
                      ('buyer_logon_id', pick([mask_mobile(p.mobile), p.email[:3] + '***@' + p.email.split('@')[1]])),
                      ('point_amount', '0.00')]
            sign = ''.join(R.choice(ALNUM + '+/') for _ in range(342)) + '=='
            d.t('%s INFO  [notify-exec-%d] c.e.pay.notify.AlipayNotifyController - recv notify from %s, body=' % (ts, R.randint(1, 8), '110.75.%d.%d' % (R.randint(128, 159), R.randint(1, 254))))
            d.t(urllib.parse.urlencode(params) + '&sign=' + urllib.parse.quote(sign, safe='') + '\n')
            d.t('%s INFO  [notify-exec-%d] c.e.pay.notify.AlipayNotifyController - verify sign ok, out_trade_no=%s, total=%s\n' % (ts, R.randint(1, 8), out_no, amt))
        elif k < 0.8:
            # quick-pay (协议支付) bind-card callback with personal data
            card, bank, code = gen_card()
            encname = urllib.parse.quote(p.name)
            email_enc = p.email.replace('@', '%40')
            d.t('%s INFO  [notify-exec-%d] c.e.pay.notify.QuickPayNotifyController - recv POST /notify/up from 101.231.%d.%d body=' % (ts, R.randint(1, 8), R.randint(0, 255), R.randint(1, 254)))
            d.t('version=5.1.0&encoding=UTF-8&txnType=79&merId=%s&orderId=%s&txnTime=%s&accNo=' % ('777290058' + digits(6), out_no, '20240315' + ts[11:19].replace(':', '')))
            d.p(card, 'BANK_CARD_NUMBER'); d.t('&customerName=')
            d.p(encname, 'PERSON_NAME'); d.t('&certifId=')
            d.p(p.id, 'CHINA_RESIDENT_ID_NUMBER'); d.t('&phoneNo=')
            d.p(p.mobile, 'PHONE_NUMBER')
            if chance(0.4):
                d.t('&email='); d.p(email_enc, 'EMAIL_ADDRESS')
            d.t('&respCode=00&respMsg=%s&signMethod=01&signature=%s\n' % (urllib.parse.quote('成功[0000000]'), urllib.parse.quote(''.join(R.choice(ALNUM + '+/') for _ in range(172)) + '==', safe='')))
            d.t('%s DEBUG [notify-exec-%d] c.e.pay.notify.QuickPayNotifyController - parsed: {"accNo":"' % (ts, R.randint(1, 8)))
            if chance(0.5):
                d.p(card, 'BANK_CARD_NUMBER')
            else:
                d.t(mask_card(card, 'b'))
            d.t('","customerName":"'); d.p(p.name, 'PERSON_NAME'); d.t('","phoneNo":"%s","respCode":"00","tokenPayData":{"token":"' % mask_mobile(p.mobile))
            d.p(gen_secret(24, ALNUM), 'CREDENTIAL'); d.t('","trId":"62000001234","tokenLevel":"40"}}\n')
        else:
            d.t('%s INFO  [http-nio-8080-exec-%d] c.e.pay.api.PayController - create order out_trade_no=%s amount=%s client_ip=' % (ts, R.randint(1, 40), out_no, amt))
            d.p(gen_ip(), 'IP_ADDRESS'); d.t(' ua="Mozilla/5.0 (Linux; Android 14; %s) AppleWebKit/537.36" uid=%s\n' % (pick(MODELS)[1], '2088' + digits(12)))
            d.t('%s DEBUG [http-nio-8080-exec-%d] c.e.pay.api.PayController - request headers: Authorization=Bearer ' % (ts, R.randint(1, 40)))
            d.p(gen_token_jwt(), 'CREDENTIAL'); d.t(', X-Request-Id=%s, X-Forwarded-For=' % fake_uuid())
            ip = gen_ip()
            d.p(ip, 'IP_ADDRESS'); d.t(', 10.8.%d.%d\n' % (R.randint(0, 255), R.randint(1, 254)))
            if chance(0.3):
                d.t('%s ERROR [http-nio-8080-exec-%d] c.e.pay.api.PayController - channel timeout after 3000ms, retry=1, trace=%s\n' % (ts, R.randint(1, 40), hexs(32)))
    return d

# ---------------------------------------------------------------- 13. recon fixed width

def recon(out):
    d = Doc('recon_acq_20240315.txt')
    mid = '898310048%s' % digits(6)
    d.t('H %-8s %-15s %-40s %-6s%s\n' % ('20240315', mid, 'ACQ RECON FILE V2.1', '000001', ' ' * 10))
    d.t('* REC SEQ        TXN_TIME       TERMINAL TRACE  PAN                 AMOUNT       FEE          RRN          AUTH   RC SETL CUR\n')
    for i in range(120):
        card, bank, code = gen_card(credit=chance(0.3))
        full = chance(0.22)
        d.t('D %010d %-14s %-8s %06d ' % (i + 1, '20240315%02d%02d%02d' % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), '1002' + digits(4), R.randint(1, 999999)))
        if full:
            d.p(card, 'BANK_CARD_NUMBER'); d.t(' ' * (19 - len(card)))
        else:
            m = mask_card(card, 'b')
            d.t('%-19s' % m)
        amt = R.randint(100, 5000000)
        d.t(' %012d %012d %-12s %-6s %-2s %-4s %-3s\n' % (amt, amt * 6 // 1000, '4075' + digits(8), digits(6), '00', '0315', '156'))
    d.t('T %010d %016d%s\n' % (120, R.randint(10 ** 9, 10 ** 10), ' ' * 30))
    return d

# ---------------------------------------------------------------- 14. cc statements

def statements(out):
    d = Doc('cc_statements.txt')
    for i in range(9):
        p = Person()
        cc, bank, code = gen_card(credit=True)
        d.t('From: %s信用卡中心 <creditcard@%s.example.com.cn>\nTo: ' % (bank, code.lower()))
        d.p(p.email, 'EMAIL_ADDRESS'); d.t('\nSubject: %s信用卡电子账单 2024年03月\n\n' % bank)
        d.t('尊敬的'); d.p(p.name, 'PERSON_NAME'); d.t('%s，您好！以下是您 2024年03月 的信用卡账单。\n\n' % p.title())
        d.t('账单周期：2024/02/%02d-2024/03/%02d    账单日：2024/03/%02d    到期还款日：2024/04/%02d\n'
            % (R.randint(5, 20), R.randint(4, 19), R.randint(4, 19), R.randint(1, 28)))
        d.t('信用额度：%s    取现额度：%s    本期应还金额：%s    最低还款额：%s\n' % (amount(10000, 100000), amount(5000, 30000), amount(100, 40000), amount(10, 4000)))
        d.t('主卡持卡人：'); d.p(p.name, 'PERSON_NAME'); d.t('    卡号：%s\n' % mask_card(cc, 'a'))
        if chance(0.4):
            sp = Person(reg=p.reg)
            d.t('附属卡持卡人：'); d.p(sp.name, 'PERSON_NAME'); d.t('    卡号：%s\n' % mask_card(gen_card(True)[0], 'a'))
        d.t('账单寄送地址：'); d.p(p.addr, 'STREET_ADDRESS'); d.t('\n')
        d.t('\n交易日   记账日   交易摘要                              人民币金额     卡号末四位\n')
        for k in range(R.randint(6, 12)):
            d.t('03/%02d    03/%02d    %-34s  %12s    %s\n' % (R.randint(1, 14), R.randint(1, 15), pick(['财付通-美团外卖', '支付宝-淘宝', '京东商城', '中国石化加油站', '星巴克（国贸店）', '携程旅行网', '12306铁路客服', '滴滴出行', '分期付款 第3/12期 手续费率0.60%', '年费']), amount(5, 8000), cc[-4:]))
        d.t('03/%02d    03/%02d    %-34s  %12s    %s\n' % (R.randint(1, 14), R.randint(1, 15), '还款 - 谢谢', '-' + amount(500, 30000), cc[-4:]))
        if chance(0.7):
            d.t('\n自动还款：已开通（全额）  自动还款账户：'); d.p(fmt_card(p.card, pick(['space', 'plain'])), 'BANK_CARD_NUMBER'); d.t('\n')
        d.t('积分余额：%d    本期新增：%d\n' % (R.randint(0, 90000), R.randint(0, 5000)))
        d.t('如有疑问请致电客服热线 %s 或 400-820-5555，请勿回复本邮件。邮件编号：%s\n' % (BANK_HOTLINE.get(code, '95555'), fake_uuid()))
        d.t('\n' + '=' * 70 + '\n\n')
    return d

# ---------------------------------------------------------------- 15. insurance CSV

def insurance(out):
    d = Doc('insurance_customers.csv')
    d.t('\ufeff')
    hdr1 = ['序号', '投保人信息', '', '', '', '', '', '', '被保险人信息', '', '', '', '保单信息', '', '', '', '', '', '缴费信息', '', '备注']
    hdr2 = ['序号', '姓名', '性别', '出生日期', '证件类型', '证件号码', '手机', '联系地址', '姓名', '与投保人关系', '出生日期', '证件号码',
            '保险公司', '保单号', '险种', '年缴保费', '生效日期', '车牌号', '开户行', '缴费账号', '备注']
    csv_row(d, hdr1, '\r\n')
    csv_row(d, hdr2, '\r\n')
    for i in range(42):
        p = Person(y0=1960, y1=1998)
        cells = [str(i + 1), L(p.name, 'PERSON_NAME'), p.sex, L(p.dob_fmt(pick(['slash', 'slash', 'iso'])), 'DATE_OF_BIRTH')]
        k = R.random()
        if k < 0.84:
            pre = pick(['', '', '\t', "'"])
            cells += ['身份证', Seg(pre, (p.id, 'CHINA_RESIDENT_ID_NUMBER'))]
        elif k < 0.92:
            cells += ['护照', L(gen_passport(), 'CHINA_PASSPORT')]
        else:
            cells += ['往来港澳通行证', L(gen_hkmo(), 'HK_MACAU_TRAVEL_PERMIT')]
        cells.append(L(fmt_mobile(p.mobile, pick(['plain', 'plain', 'plain', 'dash', 'sp'])), 'PHONE_NUMBER'))
        cells.append(L(p.addr, 'STREET_ADDRESS') if chance(0.85) else '')
        kind = pick(['车险', '重疾险', '寿险', '医疗险', '意外险', '年金险'])
        if kind == '车险' or chance(0.3):
            cells += ['本人', '本人', '', '']
        else:
            rel = pick(['配偶', '子女', '父母', '子女'])
            if rel == '子女':
                q = Person(reg=p.reg, y0=min(p.dob[0] + 22, 2021), y1=min(p.dob[0] + 38, 2022))
            elif rel == '父母':
                q = Person(reg=p.reg, y0=p.dob[0] - 38, y1=p.dob[0] - 21)
            else:
                q = Person(reg=p.reg, y0=1962, y1=1998)
            cells += [L(q.name, 'PERSON_NAME'), rel, L(q.dob_fmt(pick(['slash', 'slash0'])), 'DATE_OF_BIRTH'),
                      Seg(pick(['', '\t']), (q.id, 'CHINA_RESIDENT_ID_NUMBER')) if chance(0.8) else '']
        comp = pick(['中国平安财产保险', '中国人寿保险', '太平洋人寿', '泰康人寿', '新华保险', '中国人保财险'])
        cells += [comp, pick(['P', 'A', '8']) + digits(pick([15, 17, 19])), kind, amount(800, 60000),
                  '2024/%d/%d' % (R.randint(1, 3), R.randint(1, 28))]
        cells.append(L(gen_plate(p.reg), 'CHINA_LICENSE_PLATE') if kind == '车险' else '')
        if chance(0.75):
            cells += [p.bank, Seg(pick(['', '', '\t']), (p.card, 'BANK_CARD_NUMBER'))]
        else:
            cells += ['', '']
        note = pick(['', '', '续保客户', '已电话回访 %s' % '2024/3/%d' % R.randint(1, 15), '微信同号', '转介绍：' + Person().name[0] + '女士',
                     '客服电话95511', '要求纸质保单寄送'])
        if note == '微信同号':
            cells.append('微信同号')
        elif chance(0.12):
            e = Seg('邮箱 ', (p.email, 'EMAIL_ADDRESS'))
            cells.append(e)
        else:
            cells.append(note)
        csv_row(d, cells, '\r\n')
    csv_row(d, ['合计', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '导出时间 2024-03-15 17:42 代理人工号 AG%s' % digits(8)], '\r\n')
    return d

# ---------------------------------------------------------------- 16. wealth chat

def chat(out):
    d = Doc('wealth_chat.txt')
    mgrs = [(Person(reg=REGIONS[5], sex='女'), '招商银行财富顾问'), (Person(reg=REGIONS[2], sex='男'), '私行客户经理')]
    for m, _ in mgrs:
        m.work = gen_mobile()
    for s in range(6):
        mgr, role = mgrs[s % 2]
        c = Person(reg=pick(REGIONS), y0=1958, y1=1992)
        sp = Person(reg=c.reg, sex='女' if c.sex == '男' else '男')
        mgr_disp = mgr.name[0] + pick(['经理', '经理', '顾问'])
        day = 8 + s
        t = [R.randint(9, 15), R.randint(0, 30), 0]

        def ts():
            t[2] += R.randint(10, 300)
            t[1] += t[2] // 60
            t[2] %= 60
            t[0] += t[1] // 60
            t[1] %= 60
            return '2024-03-%02d %02d:%02d:%02d' % (day, t[0], t[1], t[2])
        cname = c.name
        nick = pick([None, None, c.name[0] + '总', 'A' + c.sur_py.lower() + '的小号'])
        d.t('====== 会话导出 session=%s 客户经理 ' % hexs(12))
        d.p(mgr.name, 'PERSON_NAME'); d.t(' 与 客户 '); d.p(cname, 'PERSON_NAME'); d.t(' 共%d条 ======\n' % R.randint(10, 30))

        def M(*parts):
            d.t(ts() + ' ' + mgr_disp + '(' + role + '): '); d.w(*parts); d.t('\n')

        def C(*parts):
            d.t(ts() + ' ')
            if nick:
                d.t(nick)
            else:
                d.p(cname, 'PERSON_NAME')
            d.t(': '); d.w(*parts); d.t('\n')
        hon = c.name[0] + c.title()
        M(pick(['%s好，我是您的专属财富顾问' % hon, '%s您好，我是新对接您的客户经理' % hon]), (mgr.name, 'PERSON_NAME'),
          pick(['，工作手机 ', '，我的手机/微信同号 ']), (fmt_mobile(mgr.work, pick(['plain', 'sp'])), 'PHONE_NUMBER'), '，有任何问题随时找我。')
        beats = ['product', 'docs', 'pwd', 'spouse', 'mail', 'transfer', 'travel', 'dob', 'loc']
        R.shuffle(beats)
        beats = ['product'] + [b for b in beats if b != 'product'][:R.randint(4, 6)]
        for b in beats:
            if b == 'product':
                C(pick(['你好，上次说的那个季开的理财还有额度吗', '最近有什么稳健点的产品推荐', '我那笔定期下周到期了，有什么可以接着买的']))
                M('有的，%s（产品代码 %s）业绩比较基准 %.2f%%-%.2f%%，最新净值 %.4f，起购 %s 元，风险等级 R%d。'
                  % (pick(['招睿季开', '朝朝宝', '日日金', '稳健鑫享6个月']), digits(6), R.uniform(2.3, 3), R.uniform(3, 4.2), R.uniform(1, 1.1),
                     pick(['1', '10,000', '50,000', '1,000,000']), R.randint(1, 3)))
                if chance(0.5):
                    C('我风险测评过期了吧')
                    M('是的，要重新做一下，App里“我的-风险测评”，或者我发您链接 https://m.example.com/risk?id=%s' % hexs(16))
            elif b == 'docs':
                idv = c.id if chance(0.6) else c.id[:6] + ' ' + c.id[6:14] + ' ' + c.id[14:]
                C(pick(['好。我先把资料发你，身份证 ', '资料给你：身份证号 ']), (idv, 'CHINA_RESIDENT_ID_NUMBER'),
                  pick(['，卡号 ', '，银行卡 ']), (fmt_card(c.card, pick(['space', 'plain'])), 'BANK_CARD_NUMBER'))
                M('收到，不过身份证号这些以后尽量不要在微信里发哈，注意信息安全。')
            elif b == 'pwd':
                if chance(0.5):
                    C('对了我的交易密码是 ', (digits(6), 'CREDENTIAL'), ' 你帮我直接买吧')
                    M('千万别告诉任何人密码！我们不能代客操作，请您马上在App里修改交易密码，有疑问可拨打 95555。')
                else:
                    C('网银登录密码我忘了，原来好像是 ', (pick(['zhang', 'wang', 'li', 'chen', c.sur_py.lower()]) + digits(4) + pick(['!', '@', '#', '']), 'CREDENTIAL'), ' 还是别的')
                    M('密码不要发给我哦，您可以在登录页点“忘记密码”重置，或到网点柜台办理。')
            elif b == 'spouse':
                pron = '她' if sp.sex == '女' else '他'
                C('我爱人', (sp.name, 'PERSON_NAME'), '也想开个户，%s电话 ' % pron, (fmt_mobile(sp.mobile, pick(['plain', 'sp', 'fw', '+86'])), 'PHONE_NUMBER'), '，你联系%s' % pron)
                M('好的，请%s带身份证到我们%s，地址 %s，周六也营业。' % (pron, pick(['深圳科技园支行', '南山支行', '福田支行']), pick(['深圳市南山区科苑南路2666号中国华润大厦1层', '深圳市福田区深南大道7088号招商银行大厦'])))
            elif b == 'mail':
                C(pick(['纸质合同寄到我家吧：', '对账单寄这个地址：']), (c.addr, 'STREET_ADDRESS'))
                M('好的，顺丰寄出后把单号 SF%s 发您。电子版会发到您邮箱，是 ' % digits(13), (c.email, 'EMAIL_ADDRESS'), ' 吧？')
                C(pick(['对', '是的', '嗯']))
            elif b == 'transfer':
                C('上周那笔转账 尾号%s 的卡显示处理中，流水号 %s' % (c.card[-4:], '2024030' + str(R.randint(6, 9)) + digits(12)))
                M('我查一下，跨行转账一般 T+1 到账，大额超过 %s 元走大额系统，工作日 8:30-17:15。' % '{:,}'.format(R.choice([50000, 1000000])))
            elif b == 'travel':
                C('我下个月去香港办保单，通行证号 ', (gen_hkmo(), 'HK_MACAU_TRAVEL_PERMIT'), '，需要提前登记吗')
                M('需要的，我帮您预约，港险是香港公司的产品，我们只能提供咨询，汇款额度注意每年 5 万美元便利化额度。')
                if chance(0.5):
                    C('护照也带着，号码 ', (gen_passport(), 'CHINA_PASSPORT'))
            elif b == 'dob':
                C('我身份证上的生日是 ', (c.dob_fmt(pick(['cn2', 'iso'])), 'DATE_OF_BIRTH'), '，App提示年龄不对怎么办')
                M('可能是系统缓存，您把App更新到 11.%d.0 再试试。' % R.randint(0, 9))
            elif b == 'loc':
                lat, lng = gen_coords(c.reg)
                C('我现在在外地，位置发你 ', (lat + ',' + lng, 'LOCATION_COORDINATES'), ' 附近有网点吗')
                M('最近的是%s分行营业部，步行约 10 分钟，营业厅电话 %s-%s。' % (c.reg[2] or c.reg[1], c.reg[4], pick('2345678') + digits(7)))
        M(pick(['不客气，祝您生活愉快！', '好的，有事随时联系。', '收到，我这边跟进后回复您。']))
        d.t('\n')
    return d

# ---------------------------------------------------------------- main

BUILDERS = [kyc_json, kyc_xml, swift, cnaps, wallet, loan_apps, credit_reports, collections, aml, mandates,
            pos, gateway, recon, statements, insurance, chat]


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    if len(argv) > 1:
        if argv[1] == '--out' and len(argv) == 3:
            out = argv[2]
        else:
            print('usage: make_corpus.py [--out DIR]', file=sys.stderr)
            return 2
    os.makedirs(out, exist_ok=True)
    all_labels = []
    for b in BUILDERS:
        doc = b(out)
        path = os.path.join(out, doc.name)
        with open(path, 'wb') as f:
            f.write(bytes(doc.buf))
        with open(path, 'rb') as f:
            data = f.read()
        for s, e, typ, v in doc.labels:
            assert data[s:e].decode('utf-8') == v, (doc.name, s, e, v)
        for s, e, typ, v in sorted(doc.labels):
            all_labels.append({"file": doc.name, "start": s, "end": e, "type": typ})
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for lab in all_labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
