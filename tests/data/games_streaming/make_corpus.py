#!/usr/bin/python3
"""Synthetic labelled corpus: games, live streaming and social apps run or billed by a carrier.

usage: make_corpus.py [--out DIR]      (default: the directory holding this script)

Every value is generated from a fixed seed; running twice writes identical bytes.
All people, numbers and addresses are fictitious (identifiers are format-valid only).

Files
-----
realname_auth_gateway.log     Java-style gateway log of real-name (实名认证) calls: request and
                              provider-response JSON bodies, client IPs, masked re-logs.
fcm_check_records.jsonl       anti-addiction (防沉迷) check / query / behaviour-report records,
                              one JSON object per line, minors' birth dates.
recharge_orders_2024Q1.csv    recharge orders: carrier billing MSISDNs, UnionPay cards and
                              holders, Alipay/WeChat/IAP channels, client IP, device IMEI.
carrier_billing_notify.xml    carrier (SMS/话费) billing callbacks with MSISDN, IMSI, ICCID.
live_danmaku_room.log         barrage (弹幕) / gift / enter-room log; viewers post phones,
                              e-mails, WeChat ids (not labelled) in chat.
anchor_contracts.txt          three streamer (主播) agreements: party B identity, bank account,
                              address, emergency contact; party A company data (not labelled).
anchor_settlement_202403.tsv  monthly streamer settlement sheet (real name, ID, bank card, phone).
moderation_reports_export.json  report/moderation export; evidence text contains doxxed PI.
friend_chat_export.txt        exported private/group chat between players.
gamesvr_login.log             game server login/LBS logs (key=value and pipe-delimited TLOG).
cs_tickets_account_theft.txt  customer-service tickets about stolen accounts.
esports_signup_2024.csv       campus esports registration form (team members).
fanclub_merch_shipping.csv    fan-club merchandise shipping list.
leaderboard_s12_export.json   season leaderboard (nicknames, role ids, guilds, scores).
guardian_apply_forms.txt      parental-guardian (家长监护) applications.
live_push_config.yaml         streamer push (推流) configuration and platform API settings.
labels.jsonl                  {"file","start","end","type"}; UTF-8 byte offsets, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: as written, incl. +86 / 0086 / 86 prefixes, spaces, dashes, full-width digits;
  landlines with area code. Not labelled: masked numbers (138****5678), service numbers
  (10086, 10658xxx, 95588, 400-xxx-xxxx, 12321).
* BANK_CARD_NUMBER: as written including group spaces. Masked cards not labelled.
* PERSON_NAME: full names of private people (players, streamers, guardians, legal
  representatives and staff named in full). Nicknames / stage names / guild names are not names,
  except a leaderboard nickname that is itself a plain full Chinese name. Masked names (张*) not
  labelled. Romanised account-holder names are labelled.
* DATE_OF_BIRTH: only explicit birth-date values (birthday / 出生日期 / birth fields), not the
  birth date embedded in an ID number and not other dates.
* STREET_ADDRESS: a person's address whole, from the first place name to the room/house number.
  Company / venue addresses are not labelled.
* CREDENTIAL: passwords (old and new), SMS verification codes pasted by users, access / refresh
  tokens, API secret keys, and stream-push secrets (the txSecret / key value of a push URL or a
  stream key). Room ids, stream names, app ids, order ids are not credentials.
* IP_ADDRESS: client (user) addresses only, without port. Internal server / upstream / load
  balancer addresses (10.x, 127.0.0.1) are infrastructure and are not labelled.
* LOCATION_COORDINATES: a combined "lat,lng" value is one label; separate fields each a label.
* CELL_ID: whole CGI/ECGI strings, or the value of a field named as a cell id (ci / cell_id).
* Not labelled: WeChat ids, QQ numbers, OAID / Android ID / IDFA, open ids, NPPA pi / ai codes,
  student numbers, stage names, uids / role ids, order / trade / waybill numbers, USCCs, hashes,
  UUIDs, version strings, amounts, timestamps, the privacy-safe MAC 02:00:00:00:00:00,
  a cloud SecretId (AKID..., the public half of a key pair; its SecretKey is labelled),
  company role mailboxes (business@ / bd@ a company domain), company hotlines.
"""
import json
import os
import random
import sys
import datetime as dt

import phonenumbers
from stdnum.cn import ric
from stdnum import luhn

R = random.Random(20240529)


# ---------------------------------------------------------------- core
class L:
    """A labelled value."""
    __slots__ = ('v', 't')

    def __init__(self, v, t):
        self.v = v
        self.t = t


class P(list):
    """A string value made of plain parts and labelled parts."""


class Num:
    """Raw (unquoted) JSON number, optionally labelled."""
    __slots__ = ('v', 't')

    def __init__(self, v, t=None):
        self.v = v
        self.t = t


class Doc:
    def __init__(self, name):
        self.name = name
        self.b = bytearray()
        self.lab = []

    def w(self, *parts):
        for p in parts:
            if isinstance(p, L):
                st = len(self.b)
                self.b += p.v.encode('utf-8')
                self.lab.append((st, len(self.b), p.t, p.v))
            elif isinstance(p, Num):
                if p.t:
                    self.w(L(p.v, p.t))
                else:
                    self.b += p.v.encode('utf-8')
            elif isinstance(p, (list, tuple)):
                self.w(*p)
            elif p is None:
                pass
            else:
                self.b += str(p).encode('utf-8')

    def ln(self, *parts):
        self.w(*parts)
        self.w('\n')


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr(x):
    parts = x if isinstance(x, (P, list)) else [x]
    out = ['"']
    for p in parts:
        if isinstance(p, L):
            assert jesc(p.v) == p.v, p.v
            out.append(p)
        else:
            out.append(jesc(str(p)))
    out.append('"')
    return out


def jdump(o, indent=None, lvl=0):
    if isinstance(o, dict):
        if not o:
            return ['{}']
        out = ['{']
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                out.append('\n' + ' ' * (indent * (lvl + 1)))
            out += jstr(k)
            out.append(': ' if indent is not None else ':')
            out += jdump(v, indent, lvl + 1)
            if i < len(items) - 1:
                out.append(',')
        if indent is not None:
            out.append('\n' + ' ' * (indent * lvl))
        out.append('}')
        return out
    if isinstance(o, P):
        return jstr(o)
    if isinstance(o, list):
        if not o:
            return ['[]']
        out = ['[']
        for i, v in enumerate(o):
            if indent is not None:
                out.append('\n' + ' ' * (indent * (lvl + 1)))
            out += jdump(v, indent, lvl + 1)
            if i < len(o) - 1:
                out.append(',')
        if indent is not None:
            out.append('\n' + ' ' * (indent * lvl))
        out.append(']')
        return out
    if isinstance(o, L):
        return jstr([o])
    if isinstance(o, Num):
        return [o]
    if isinstance(o, str):
        return jstr(o)
    if o is True:
        return ['true']
    if o is False:
        return ['false']
    if o is None:
        return ['null']
    return [str(o)]


def csv_row(cells, sep=','):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        parts = c if isinstance(c, (P, list)) else [c]
        plain = ''.join(p.v if isinstance(p, L) else ('' if p is None else str(p)) for p in parts)
        if sep == ',' and any(ch in plain for ch in ',"\n'):
            out.append('"')
            for p in parts:
                out.append(p if isinstance(p, L) else str(p).replace('"', '""'))
            out.append('"')
        else:
            out += [p for p in parts if p is not None]
    return out


# ---------------------------------------------------------------- generators
def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


FW = str.maketrans('0123456789', '０１２３４５６７８９')

SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤') + ['欧阳', '司马', '上官', '诸葛']
GIV = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉鹏飞宇浩婷雪琳欣怡子涵梓轩雨萱博俊晨思佳嘉诺睿泽昊然可馨晓东海波斌鑫亮丹慧蕾颖倩瑶璐铭凯旭阳林峰志国庆春梅兰凤云彤悦淇煜航毅骏琪妍蓉晗锦豪皓宸婉茜')
PINYIN = {'王': 'Wang', '李': 'Li', '张': 'Zhang', '刘': 'Liu', '陈': 'Chen', '杨': 'Yang', '黄': 'Huang', '赵': 'Zhao', '吴': 'Wu', '周': 'Zhou', '徐': 'Xu', '孙': 'Sun', '马': 'Ma', '朱': 'Zhu', '胡': 'Hu', '郭': 'Guo', '何': 'He', '高': 'Gao', '林': 'Lin', '罗': 'Luo'}
GIVPY = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Yong', 'Jie', 'Tao', 'Ming', 'Chao', 'Hui', 'Peng', 'Fei', 'Yu', 'Hao', 'Ting', 'Xin', 'Chen', 'Jiaqi', 'Zixuan', 'Haoran', 'Yuxi', 'Siyu']


def name():
    s = pick(SURN[:40]) if chance(0.8) else pick(SURN)
    g = pick(GIV) if chance(0.35) else pick(GIV) + pick(GIV)
    return s + g


def py_name():
    s = pick(list(PINYIN))
    return s, PINYIN[s] + ' ' + pick(GIVPY) if chance(0.5) else pick(GIVPY) + ' ' + PINYIN[s]


def loc_codes():
    import stdnum
    path = os.path.join(os.path.dirname(stdnum.__file__), 'cn', 'loc.dat')
    codes = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line[:6].isdigit() and not line.startswith('#'):
                c = line[:6]
                if not c.endswith('00') and 'county=' in line:
                    codes.append(c)
    return sorted(set(codes))


REG = loc_codes()


def rand_date(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


def rid(y0=1965, y1=2003, date=None):
    while True:
        d = date or rand_date(y0, y1)
        body = pick(REG) + d.strftime('%Y%m%d') + '%03d' % R.randint(1, 999)
        n = body + ric.calc_check_digit(body + '0')
        if ric.is_valid(n):
            if n.endswith('X') and chance(0.2):
                n = n[:-1] + 'x'
            return n, d


MOB_PFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150',
           '151', '152', '153', '155', '156', '157', '158', '159', '166', '172', '173', '175', '176',
           '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191',
           '193', '195', '196', '198', '199']


def mobile():
    while True:
        n = pick(MOB_PFX) + '%08d' % R.randint(0, 99999999)
        pn = phonenumbers.parse('+86' + n)
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


def fmt_mob(n, style=None):
    style = style or pick(['plain'] * 10 + ['+86', '+86sp', '0086', '86', 'dash', 'dash', 'sp', 'sp', 'fw', '+86-'])
    a, b, c = n[:3], n[3:7], n[7:]
    return {'plain': n, '+86': '+86' + n, '+86sp': '+86 %s %s %s' % (a, b, c), '0086': '0086' + n,
            '86': '86' + n, 'dash': '%s-%s-%s' % (a, b, c), 'sp': '%s %s %s' % (a, b, c),
            'fw': n.translate(FW), '+86-': '+86-%s-%s-%s' % (a, b, c)}[style]


def mask_mob(n=None):
    n = n or mobile()
    return n[:3] + '****' + n[7:]


AREA = ['010', '021', '020', '022', '023', '024', '025', '027', '028', '029', '0755', '0571', '0731',
        '0531', '0371', '0591', '0851', '0871', '0451', '0311', '0551', '0769', '0757', '0512']


def landline(style=None):
    while True:
        ac = pick(AREA)
        ln = 8 if len(ac) == 3 else pick([8, 8, 8, 7])
        local = str(R.randint(2, 8)) + ''.join(str(R.randint(0, 9)) for _ in range(ln - 1))
        pn = phonenumbers.parse('+86' + ac[1:] + local)
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            break
    style = style or pick(['dash', 'dash', 'dash', 'paren', 'plain', 'sp'])
    return {'dash': ac + '-' + local, 'paren': '(' + ac + ')' + local, 'plain': ac + local,
            'sp': ac + ' ' + local}[style]


BINS = [('622202', 19, '中国工商银行'), ('621226', 19, '中国工商银行'), ('622848', 19, '中国农业银行'),
        ('623052', 19, '中国农业银行'), ('621700', 19, '中国建设银行'), ('623668', 19, '中国建设银行'),
        ('621661', 19, '中国银行'), ('621785', 19, '中国银行'), ('622588', 16, '招商银行'),
        ('621483', 16, '招商银行'), ('622262', 19, '交通银行'), ('622908', 18, '兴业银行'),
        ('621799', 19, '中国邮政储蓄银行'), ('622150', 19, '中国邮政储蓄银行'), ('622689', 16, '中信银行'),
        ('625809', 16, '中国工商银行信用卡'), ('628288', 16, '招商银行信用卡'), ('436742', 19, '中国建设银行'),
        ('622630', 16, '华夏银行'), ('621462', 19, '平安银行')]


def bank_card():
    b, n, bank = pick(BINS)
    body = b + ''.join(str(R.randint(0, 9)) for _ in range(n - len(b) - 1))
    return body + luhn.calc_check_digit(body), bank


def fmt_card(c, style=None):
    style = style or pick(['plain'] * 3 + ['sp4'])
    if style == 'sp4':
        return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


def mask_card(c):
    return c[:4] + ' **** **** ' + c[-4:] if chance(0.5) else c[:6] + '*' * (len(c) - 10) + c[-4:]


TACS = ['86753004', '86014503', '86891104', '35391110', '86622105', '86150104', '35884110',
        '86769704', '86446303', '86959204', '35209311', '86601805']


def imei():
    body = pick(TACS) + '%06d' % R.randint(0, 999999)
    return body + luhn.calc_check_digit(body)


def meid():
    s = pick(['A0', 'A1']) + ''.join(pick('0123456789ABCDEF') for _ in range(12))
    return s if chance(0.7) else s.lower()


def imsi():
    mnc = pick(['00', '02', '04', '07', '08', '00', '02', '01', '06', '09', '01', '03', '05', '11', '15'])
    return '460' + mnc + '%010d' % R.randint(0, 9999999999)


def iccid():
    issuer = pick(['898600', '898602', '898601', '898606', '898603', '898611'])
    body = issuer + ''.join(str(R.randint(0, 9)) for _ in range(13))
    s = body + luhn.calc_check_digit(body)
    if chance(0.15):
        return s[:19]
    if issuer in ('898603', '898611') and chance(0.3):
        return s[:19] + pick('ABCDEF')
    return s


def mac(style=None):
    oui = pick(['3C:F8:62', 'AC:C1:EE', '5C:E8:83', '70:8A:09', 'F4:60:E2', '18:D2:76', 'E4:46:DA', 'B4:0B:44'])
    s = oui + ':' + ':'.join('%02X' % R.randint(0, 255) for _ in range(3))
    style = style or pick(['up', 'up', 'low', 'low', 'dash'])
    if style == 'low':
        s = s.lower()
    elif style == 'dash':
        s = s.replace(':', '-')
    elif style == 'bare':
        s = s.replace(':', '').lower()
    return s


IP_NETS = ['223.104', '223.73', '112.96', '117.136', '183.14', '36.112', '114.86', '120.229', '39.144',
           '58.246', '106.39', '113.116', '124.64', '171.43', '125.118', '27.38', '61.141', '182.150']


def ip4():
    return pick(IP_NETS) + '.%d.%d' % (R.randint(0, 255), R.randint(1, 254))


def ip6():
    pre = pick(['240e:', '2409:8a', '2408:84'])
    if pre == '240e:':
        s = '240e:%x:%x:%x::%x' % (R.randint(0x300, 0x3ff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
    elif pre == '2409:8a':
        s = '2409:8a%02x:%x:%x:%x:%x:%x:%x' % (R.randint(0, 255), R.randint(0, 0xffff), R.randint(0, 0xffff),
                                               R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
    else:
        s = '2408:84%02x:%x:%x::%x' % (R.randint(0, 255), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
    return s


def ip():
    return ip6() if chance(0.15) else ip4()


def internal_ip():
    return pick(['10.12.%d.%d', '10.20.%d.%d', '172.16.%d.%d']) % (R.randint(0, 40), R.randint(2, 250))


def coord():
    city = pick([(39.90, 116.40), (31.23, 121.47), (23.13, 113.26), (22.54, 114.06), (30.27, 120.15),
                 (30.57, 104.07), (30.59, 114.30), (32.06, 118.79), (34.34, 108.94), (28.23, 112.94)])
    return '%.6f' % (city[0] + R.uniform(-0.15, 0.15)), '%.6f' % (city[1] + R.uniform(-0.15, 0.15))


EMAIL_DOM = ['qq.com', '163.com', '126.com', 'gmail.com', 'foxmail.com', 'sina.com', 'outlook.com', 'hotmail.com', '139.com', 'yeah.net']
PY_WORDS = ['xiaoyu', 'tianyi', 'haoran', 'lele', 'sunny', 'dawei', 'mengmeng', 'jason', 'kiki', 'zhangjie',
            'wangfang', 'liuyang', 'chenxi', 'yuki', 'momo', 'ayu', 'linlin', 'zzh', 'ljy', 'wxy', 'gamer', 'snow']


def email():
    d = pick(EMAIL_DOM)
    if d in ('qq.com', 'foxmail.com') and chance(0.6):
        u = str(R.randint(10000000, 3999999999))
    else:
        u = pick(PY_WORDS) + pick(['', '_', '.', '']) + str(R.randint(1, 2005))
    return u + '@' + d


def passport():
    k = R.random()
    if k < 0.6:
        return 'E' + '%08d' % R.randint(0, 99999999)
    if k < 0.85:
        return 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + '%07d' % R.randint(0, 9999999)
    return 'G' + '%08d' % R.randint(0, 99999999)


def hkmo():
    return ('C' if chance(0.8) else 'W') + '%08d' % R.randint(0, 99999999)


PROV = '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新'


def plate():
    p = pick(PROV)
    letter = pick('ABCDEFGHJK')
    if chance(0.3):
        tail = pick('DF') + '%05d' % R.randint(0, 99999)
    else:
        tail = ''.join(pick('0123456789' * 3 + 'ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))
    return p + letter + pick(['', '', '·', ' ']) + tail


ADDR = [('北京市', '', '朝阳区', ['望京街', '酒仙桥路', '朝阳北路', '广顺北大街'], ['望京花园', '南湖东园', '华鼎世家']),
        ('北京市', '', '海淀区', ['学院路', '西三旗桥东路', '清河中街'], ['育新花园', '清河小区', '林业大学家属院']),
        ('上海市', '', '浦东新区', ['张杨路', '锦绣路', '川沙路'], ['东方城市花园', '仁恒滨江园', '金桥新村']),
        ('上海市', '', '闵行区', ['七莘路', '莘松路', '都市路'], ['春申景城', '莘城苑']),
        ('广东省', '深圳市', '南山区', ['桃园路', '南海大道', '科苑路'], ['南油小区', '桃源村', '阳光棕榈园']),
        ('广东省', '深圳市', '龙岗区', ['龙翔大道', '布吉路', '坂雪岗大道'], ['佳兆业城市广场', '星河时代']),
        ('广东省', '广州市', '天河区', ['天河北路', '中山大道西', '黄埔大道'], ['骏景花园', '天河南小区']),
        ('浙江省', '杭州市', '西湖区', ['文三路', '古墩路', '天目山路'], ['嘉绿苑', '竞舟小区']),
        ('四川省', '成都市', '武侯区', ['科华北路', '武侯大道', '玉林南路'], ['棕北小区', '桐梓林小区']),
        ('湖北省', '武汉市', '洪山区', ['珞喻路', '雄楚大道', '卓刀泉路'], ['光谷新世界', '保利花园']),
        ('江苏省', '南京市', '鼓楼区', ['中山北路', '草场门大街', '虎踞路'], ['龙江小区', '清江花苑']),
        ('陕西省', '西安市', '雁塔区', ['小寨西路', '科技路', '太白南路'], ['曲江池小区', '紫薇田园都市']),
        ('湖南省', '长沙市', '岳麓区', ['麓山南路', '枫林一路', '金星中路'], ['银盆岭小区', '麓谷明珠']),
        ('山东省', '济南市', '历下区', ['经十路', '解放路', '和平路'], ['燕子山小区', '佛山苑']),
        ('河南省', '郑州市', '金水区', ['花园路', '农业路', '文化路'], ['农科路小区', '金水花园']),
        ('重庆市', '', '渝北区', ['新南路', '龙山大道', '金开大道'], ['龙湖南苑', '金港新区']),
        ('福建省', '厦门市', '思明区', ['莲前西路', '湖滨南路', '厦禾路'], ['莲花新村', '瑞景新村']),
        ('安徽省', '合肥市', '蜀山区', ['长江西路', '黄山路', '望江西路'], ['琥珀山庄', '西园新村']),
        ('辽宁省', '沈阳市', '和平区', ['南京南街', '三好街', '太原街'], ['万达公馆', '南湖小区']),
        ('云南省', '昆明市', '五华区', ['一二一大街', '西昌路', '人民西路'], ['翠湖小区', '丰宁小区']),
        ('黑龙江省', '哈尔滨市', '南岗区', ['学府路', '西大直街', '中山路'], ['学府小区', '宣化小区']),
        ('广西壮族自治区', '南宁市', '青秀区', ['民族大道', '金湖路', '竹溪大道'], ['东盟商务区小区', '凤岭小区'])]
VILLAGES = [('河南省', '周口市', '郸城县', '汲冢镇', '王庄村'), ('安徽省', '阜阳市', '临泉县', '瓦店镇', '李寨村'),
            ('四川省', '南充市', '仪陇县', '新政镇', '柳垭村'), ('湖南省', '邵阳市', '隆回县', '桃洪镇', '花门村'),
            ('江西省', '赣州市', '于都县', '贡江镇', '新塘村'), ('山东省', '临沂市', '沂南县', '界湖街道', '前荆埠村')]


def address(sep='', prov=None):
    if chance(0.12):
        p, c, d, t, v = pick(VILLAGES)
        parts = ([p] if prov is not False else []) + [c, d, t, v + '%d组%d号' % (R.randint(1, 9), R.randint(1, 120))]
        return sep.join(parts)
    p, c, d, roads, comms = pick(ADDR)
    road = pick(roads) + '%d号' % R.randint(1, 388)
    k = R.random()
    if k < 0.45:
        tail = pick(comms) + '%d栋%d单元%d室' % (R.randint(1, 30), R.randint(1, 4), R.randint(1, 33) * 100 + R.randint(1, 6))
    elif k < 0.75:
        tail = pick(comms) + '%d号楼%d-%d' % (R.randint(1, 20), R.randint(1, 6), R.randint(1, 28) * 100 + R.randint(1, 4))
    else:
        tail = '%d幢%d室' % (R.randint(1, 12), R.randint(1, 18) * 100 + R.randint(1, 4))
    parts = []
    if prov is not False and (chance(0.7) or not c):
        parts.append(p)
    if c:
        parts.append(c)
    parts.append(d)
    if sep:
        parts += [road, tail]
    else:
        parts.append(road + tail)
    return sep.join(parts)


def hexs(n, up=False):
    s = ''.join(pick('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def uuid():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], pick('89ab'), h[17:20], h[20:])


def b62(n):
    return ''.join(pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def password():
    k = R.random()
    if k < 0.3:
        return pick(['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'abc', 'qwe', 'aa', 'woaini', 'wo']) + str(R.randint(1985, 2012)) + pick(['', '', '.', '!'])
    if k < 0.55:
        return pick(['Qwe', 'Abc', 'Zxc', 'Asd', 'Pass', 'Aa']) + pick(['@', '#', '!', '.', '_']) + str(R.randint(100, 999999))
    if k < 0.75:
        return b62(R.randint(8, 12))
    if k < 0.9:
        return '%06d' % R.randint(0, 999999) + pick(['', 'a', 'qq', 'Aa'])
    return pick(['Lol', 'Wz', 'Yys', 'Game', 'Miku']) + str(R.randint(10, 99)) + pick(['@', '#', '$']) + b62(4)


def sms_code():
    return '%06d' % R.randint(0, 999999) if chance(0.8) else '%04d' % R.randint(0, 9999)


def ts(base, add_s):
    return base + dt.timedelta(seconds=add_s)


def fts(t, ms=True):
    return t.strftime('%Y-%m-%d %H:%M:%S') + ('.%03d' % R.randint(0, 999) if ms else '')


def epoch_ms(t):
    return int(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp() * 1000) + R.randint(0, 999)


NICKS = ['夜猫子', '小鱼干不吃鱼', 'Sky丶战神', '墨染青衣', '一只咸鱼', '奶茶三分甜', '吃瓜群众007', '北极熊不怕冷',
         '阿狸很忙', 'xX狙神Xx', '清风徐来', '柠檬不萌', '打野不来', '月下独酌', '凉凉夜色', '故里', '南风知我意',
         'Lucky星', '大头菜', '萌新求带', '半糖去冰', '无敌小钢炮', '小熊软糖', '七七', '不吃香菜', '快乐肥宅',
         '风之痕', '皮皮虾我们走', '叫我大魔王', 'Ace_King', '岁月神偷', '猫猫教主', '晴天娃娃', '暴躁老哥',
         '一拳超人', '摸鱼达人', '追风少年', '星辰大海', '糖醋排骨', 'momo酱', '秋名山车神', '深夜食堂']
GUILDS = ['龙腾四海', '天下第一公会', '星火燎原', '夜雨听风', '王者之巅', '逍遥阁', '风云再起', '神话']
STAGE = ['甜心小桃', '阿木木', '小暖暖', '酷狗阿杰', '喵小吉', '大白鲨', '橙子姐姐', '江南小雨', '鹿鹿', '唱歌的小兔']


def wxid():
    return pick(['wxid_', '', '', 'wx']) + b62(R.randint(6, 12)).lower()


def qq():
    return str(R.randint(100000000, 3999999999))


def uid():
    return str(R.randint(100000000, 999999999))


def roleid():
    return '72' + '%014d' % R.randint(0, 10 ** 14 - 1)


def order_no(t, pfx=''):
    return pfx + t.strftime('%Y%m%d%H%M%S') + '%08d' % R.randint(0, 99999999)


def uscc():
    from stdnum.cn import uscc as U
    while True:
        body = '91' + pick(['110108', '440300', '310115', '330106', '510107']) + ''.join(pick('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(9))
        n = body + U.calc_check_digit(body)
        if U.is_valid(n):
            return n


COMPANIES = [('咪咕互动娱乐有限公司', '江苏省南京市建邺区江东中路359号国睿大厦2号楼'),
             ('星耀互娱(深圳)网络科技有限公司', '深圳市南山区粤海街道科技园科苑路15号科兴科学园B栋'),
             ('杭州云端直播文化传媒有限公司', '浙江省杭州市滨江区网商路599号'),
             ('成都火星娱乐经纪有限公司', '四川省成都市高新区天府大道中段1268号天府软件园E3')]


# ---------------------------------------------------------------- files
def f_realname():
    d = Doc('realname_auth_gateway.log')
    t = dt.datetime(2024, 3, 15, 9, 58, 2)
    for i in range(48):
        t = ts(t, R.randint(3, 400))
        th = 'http-nio-8080-exec-%d' % R.randint(1, 64)
        trace = hexs(16)
        u = uid()
        minor = chance(0.4)
        nm = name()
        idn, bd = rid(2007, 2016) if minor else rid(1970, 2005)
        age = (dt.date(2024, 3, 15) - bd).days // 365
        cip = ip()
        d.ln(fts(t), ' INFO  [', th, '] c.m.g.auth.RealNameController - traceId=', trace, ' uid=', u,
             ' appId=G10%05d' % R.randint(0, 99999), ' clientIp=', L(cip, 'IP_ADDRESS'), ' ua="MiguGame/',
             pick(['6.8.2', '6.9.0', '7.0.1']), ' (Android ', pick(['12', '13', '14']), '; ', pick(['V2227A', 'PGT-AN10', '23049RAD8C', 'SM-S9180']), ')"')
        if not minor and chance(0.22):
            doc = pick([('PASSPORT', passport(), 'CHINA_PASSPORT'), ('HKMO_PERMIT', hkmo(), 'HK_MACAU_TRAVEL_PERMIT')])
            req = {'name': L(nm, 'PERSON_NAME'), 'certType': doc[0], 'certNo': L(doc[1], doc[2]),
                   'birthday': L(bd.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH')}
        else:
            req = {'name': L(nm, 'PERSON_NAME'), 'idCard': L(idn, 'CHINA_RESIDENT_ID_NUMBER')}
        if chance(0.5):
            req['mobile'] = L(mobile(), 'PHONE_NUMBER')
        req['channel'] = pick(['ANDROID', 'IOS', 'H5', 'PC'])
        req['ts'] = Num(str(epoch_ms(t)))
        d.ln(fts(t), ' DEBUG [', th, '] c.m.g.auth.RealNameController - traceId=', trace, ' req=', jdump(req))
        t2 = ts(t, 0)
        up = internal_ip()
        d.ln(fts(t2), ' INFO  [', th, '] c.m.g.auth.IdVerifyClient - traceId=', trace, ' provider=', pick(['ctid', 'nppa', 'aliyun-idv']),
             ' upstream=', up, ':8443 cost=', str(R.randint(40, 900)), 'ms')
        ok = chance(0.85)
        if ok:
            res = {'code': '0', 'msg': '认证一致', 'seqNo': hexs(24).upper(),
                   'result': {'birthday': L(bd.strftime(pick(['%Y%m%d', '%Y-%m-%d'])), 'DATE_OF_BIRTH'),
                              'sex': pick(['M', 'F']), 'age': Num(str(age)), 'isMinor': age < 18}}
        else:
            res = {'code': pick(['1001', '2003']), 'msg': pick(['姓名与身份证号不一致', '身份证号不存在', '库中无此号']),
                   'seqNo': hexs(24).upper(), 'result': None}
        d.ln(fts(t2), ' DEBUG [', th, '] c.m.g.auth.IdVerifyClient - traceId=', trace, ' resp=', jdump(res))
        if ok and age < 18:
            d.ln(fts(t2), ' WARN  [', th, '] c.m.g.fcm.MinorGuard - traceId=', trace, ' uid=', u, ' minor detected birth=',
                 L(bd.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'), ' age=', str(age), ' level=',
                 'MINOR_8_16' if age >= 8 and age < 16 else ('MINOR_16_18' if age >= 16 else 'MINOR_UNDER_8'),
                 ' dailyLimitMin=60 allowedWindow=20:00-21:00')
        elif ok and chance(0.5):
            d.ln(fts(t2), ' INFO  [', th, '] c.m.g.auth.AuditLogger - uid=', u, ' name=', nm[0] + '*' * (len(nm) - 1),
                 ' idCard=', idn[:3], '*' * 11, idn[-4:], ' mobile=', mask_mob(), ' result=PASS')
        if chance(0.08):
            d.ln(fts(t2), ' ERROR [', th, '] c.m.g.auth.IdVerifyClient - traceId=', trace,
                 ' java.net.SocketTimeoutException: Read timed out (connect=', up, ':8443, timeout=3000ms) retry=1/3')
    return d


def f_fcm():
    d = Doc('fcm_check_records.jsonl')
    t = dt.datetime(2024, 3, 16, 19, 30, 0)
    for i in range(80):
        t = ts(t, R.randint(1, 200))
        k = R.random()
        if k < 0.55:
            nm = name()
            minor = chance(0.55)
            idn, bd = rid(2008, 2017) if minor else rid(1975, 2005)
            age = (dt.date(2024, 3, 16) - bd).days // 365
            rec = {'ts': Num(str(epoch_ms(t))), 'type': 'check', 'ai': hexs(32), 'appId': '1%09d' % R.randint(0, 999999999),
                   'bizId': '11%08d' % R.randint(0, 99999999),
                   'req': {'name': L(nm, 'PERSON_NAME'), 'idNum': L(idn, 'CHINA_RESIDENT_ID_NUMBER')},
                   'resp': {'errcode': Num('0'), 'errmsg': 'OK',
                            'data': {'result': {'status': Num('0'), 'pi': b62(38).lower()}}},
                   'derived': {'birth': L(bd.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH') if chance(0.8) else
                               L(bd.strftime('%Y/%m/%d'), 'DATE_OF_BIRTH'), 'age': Num(str(age)), 'minor': age < 18},
                   'clientIp': L(ip(), 'IP_ADDRESS')}
            if age < 18 and chance(0.3):
                rec['guardian'] = {'name': L(name(), 'PERSON_NAME'), 'phone': L(fmt_mob(mobile(), pick(['plain', 'plain', '+86'])), 'PHONE_NUMBER'), 'relation': pick(['父亲', '母亲', '祖父', '外婆'])}
        elif k < 0.8:
            rec = {'ts': Num(str(epoch_ms(t))), 'type': 'loginout', 'collections': []}
            for n in range(R.randint(1, 3)):
                rec['collections'].append({'no': Num(str(n + 1)), 'si': hexs(32), 'bt': Num(str(R.randint(0, 1))),
                                           'ot': Num(str(int(t.timestamp()) - R.randint(0, 3600))), 'ct': Num('0'),
                                           'di': hexs(32), 'pi': b62(38).lower()})
        else:
            minor_age = R.randint(9, 17)
            rec = {'ts': Num(str(epoch_ms(t))), 'type': 'limit', 'uid': uid(), 'ageBand': '%d' % minor_age,
                   'playedMin': Num(str(R.randint(40, 75))), 'remainMin': Num(str(R.randint(0, 20))),
                   'holiday': t.weekday() >= 4, 'action': pick(['KICK', 'WARN_15MIN', 'BLOCK_PAY']),
                   'payLimit': {'single': Num('50' if minor_age >= 16 else '0'), 'monthly': Num('400' if minor_age >= 16 else '200')},
                   'idMasked': '%s**********%s' % (pick(REG)[:4], '%04d' % R.randint(0, 9999))}
        d.ln(jdump(rec))
    return d


def f_recharge():
    d = Doc('recharge_orders_2024Q1.csv')
    d.ln(csv_row(['order_no', 'create_time', 'uid', 'role_id', 'server', 'product_id', 'amount_cny', 'pay_channel',
                  'payer_account', 'carrier_msisdn', 'bank_card', 'card_holder', 'status', 'trade_no', 'client_ip', 'device_imei', 'app_ver']))
    t = dt.datetime(2024, 1, 2, 8, 0, 0)
    for i in range(100):
        t = ts(t, R.randint(60, 60000))
        ch = pick(['CMCC_SMS', 'CMCC_SMS', 'UNIONPAY', 'UNIONPAY', 'ALIPAY', 'WECHAT', 'APPLE_IAP', 'CUCC_WO', 'CTCC_TY'])
        amt = pick(['6.00', '30.00', '68.00', '128.00', '198.00', '328.00', '648.00', '1.00', '12.00'])
        payer = msisdn = card = holder = ''
        trade = ''
        if ch in ('CMCC_SMS', 'CUCC_WO', 'CTCC_TY'):
            msisdn = L(fmt_mob(mobile(), pick(['plain', 'plain', 'plain', '86', '+86'])), 'PHONE_NUMBER')
            trade = 'MM' + t.strftime('%y%m%d') + '%012d' % R.randint(0, 10 ** 12 - 1)
        elif ch == 'UNIONPAY':
            c, _ = bank_card()
            if chance(0.2):
                card = mask_card(c)
                holder = name()[0] + '*' if chance(0.5) else ''
            else:
                card = L(fmt_card(c, pick(['plain', 'plain', 'sp4'])), 'BANK_CARD_NUMBER')
                holder = L(name(), 'PERSON_NAME') if chance(0.8) else L(py_name()[1].upper(), 'PERSON_NAME')
            trade = t.strftime('%Y%m%d%H%M%S') + '%06d' % R.randint(0, 999999)
        elif ch == 'ALIPAY':
            k = R.random()
            payer = L(email(), 'EMAIL_ADDRESS') if k < 0.35 else (mask_mob() if k < 0.7 else L(mobile(), 'PHONE_NUMBER'))
            trade = t.strftime('%Y%m%d') + '2200141' + '%013d' % R.randint(0, 10 ** 13 - 1)
        elif ch == 'WECHAT':
            payer = 'o' + b62(27)
            trade = '42000' + '%05d' % R.randint(0, 99999) + t.strftime('%Y%m%d') + '%010d' % R.randint(0, 10 ** 10 - 1)
        else:
            trade = '3300%011d' % R.randint(0, 10 ** 11 - 1)
        status = pick(['SUCCESS'] * 6 + ['FAILED', 'REFUND', 'CLOSED'])
        cip = L(ip(), 'IP_ADDRESS') if chance(0.6) else ''
        dev = L(imei(), 'IMEI_HARDWARE_ID') if chance(0.5) else ''
        d.ln(csv_row([order_no(t, 'P'), t.strftime('%Y-%m-%d %H:%M:%S'), uid(), roleid(), 'S%d' % R.randint(1, 320),
                      'com.migu.game.gem%s' % amt.split('.')[0], amt, ch, payer, msisdn, card, holder, status, trade, cip, dev,
                      pick(['3.2.1', '3.2.5', '3.3.0.1024'])]))
    return d


def f_carrier_xml():
    d = Doc('carrier_billing_notify.xml')
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    d.ln('<!-- 话费支付回调归档 channel=CMCC-HJ spCode=10658', '%05d' % R.randint(0, 99999), ' 客服 10086 -->')
    d.ln('<notifyBatch batchId="NB', '%012d' % R.randint(0, 10 ** 12), '" count="40">')
    t = dt.datetime(2024, 2, 10, 12, 0, 0)
    for i in range(40):
        t = ts(t, R.randint(30, 5000))
        m = mobile()
        d.ln('  <notify>')
        d.ln('    <transIDO>', order_no(t, 'HJ'), '</transIDO>')
        d.ln('    <cpId>7', '%05d' % R.randint(0, 99999), '</cpId><contentId>6', '%11d' % R.randint(10 ** 10, 10 ** 11 - 1), '</contentId>')
        pf = pick(['plain', 'plain', '86', '86'])
        d.ln('    <msisdn>', L(fmt_mob(m, pf), 'PHONE_NUMBER'), '</msisdn>')
        if chance(0.7):
            d.ln('    <imsi>', L(imsi(), 'IMSI_ID'), '</imsi>')
        if chance(0.4):
            d.ln('    <iccid>', L(iccid(), 'ICCID_NUMBER'), '</iccid>')
        if chance(0.3):
            d.ln('    <imei>', L(imei(), 'IMEI_HARDWARE_ID'), '</imei>')
        elif chance(0.15):
            d.ln('    <meid>', L(meid(), 'MEID'), '</meid>')
        d.ln('    <feeCode>', '%d' % pick([600, 1000, 3000, 6800]), '</feeCode><status>', pick(['0', '0', '0', '1108']), '</status>')
        d.ln('    <provinceId>', '%03d' % R.randint(100, 371), '</provinceId><payTime>', t.strftime('%Y%m%d%H%M%S'), '</payTime>')
        d.ln('    <sign>', hexs(32, True), '</sign>')
        d.ln('  </notify>')
    d.ln('</notifyBatch>')
    return d


def f_danmaku():
    d = Doc('live_danmaku_room.log')
    t = dt.datetime(2024, 3, 16, 20, 0, 0)
    rooms = ['88213456', '10293847', '66001234']
    gifts = [('30087', '嘉年华', 30000), ('20001', '小心心', 1), ('20014', '棒棒糖', 10), ('31036', '火箭', 5000),
             ('20088', '告白气球', 520), ('31001', '超级跑车', 1200)]
    plain_msgs = ['主播晚上好', '哈哈哈哈哈', '666666', '这波操作可以', '来了来了', '主播唱首歌吧', '前排', '关注了',
                  '今天几点下播', '这个皮肤多少钱', '卡了吗', '打卡', '主播好可爱', '求带上分', '下一把带我']
    for i in range(280):
        t = ts(t, R.randint(1, 20))
        room = pick(rooms)
        u = uid()
        nk = pick(NICKS)
        hdr = ['[', fts(t), '] room=', room, ' uid=', u, ' nick="', nk, '" lv=', str(R.randint(1, 60))]
        k = R.random()
        if k < 0.25:
            g = pick(gifts)
            n = pick([1, 1, 1, 10, 66, 99, 520])
            d.ln(hdr, ' type=GIFT gift_id=', g[0], ' gift="', g[1], '" num=', str(n), ' price=', str(g[2]), ' total_gold=', str(g[2] * n),
                 ' combo=', hexs(12))
        elif k < 0.32:
            d.ln(hdr, ' type=ENTER src=', pick(['recommend', 'follow', 'search', 'share']), ' ip=', L(ip(), 'IP_ADDRESS'),
                 ' dev=', pick(['android', 'ios', 'pc']))
        elif k < 0.62:
            m = mobile()
            kind = R.random()
            if kind < 0.35:
                msg = P(['主播加个微信 ', wxid(), ' 或者打我电话', L(fmt_mob(m), 'PHONE_NUMBER')])
            elif kind < 0.5:
                msg = P(['收徒弟，有意向的加V：', L(fmt_mob(m, pick(['plain', 'sp', 'dash'])), 'PHONE_NUMBER'), ' 同号'])
            elif kind < 0.6:
                msg = P(['代充便宜 找我 q', qq(), ' 邮箱 ', L(email(), 'EMAIL_ADDRESS')])
            elif kind < 0.7:
                msg = P(['我叫', L(name(), 'PERSON_NAME'), '，电话', L(fmt_mob(m, pick(['plain', 'dash'])), 'PHONE_NUMBER'), '，想报名线下见面会'])
            elif kind < 0.8:
                msg = P(['中奖了！！快递寄到 ', L(address(), 'STREET_ADDRESS'), ' ', L(name(), 'PERSON_NAME'), ' ', L(fmt_mob(m), 'PHONE_NUMBER')])
            elif kind < 0.9:
                msg = P(['商务合作请联系 ', L(email(), 'EMAIL_ADDRESS')])
            else:
                msg = P(['有没有一起开黑的 vx ', wxid(), ' 手机', L(fmt_mob(m, 'fw'), 'PHONE_NUMBER')])
            flt = pick(['PASS', 'PASS', 'HIT_CONTACT', 'HIT_CONTACT', 'SHADOW'])
            d.ln(hdr, ' type=DANMU filter=', flt, ' msg="', msg, '"')
        elif k < 0.67:
            d.ln(hdr, ' type=DANMU filter=MASKED msg="加我', pick(['微信', 'vx', 'qq']), ' ', mask_mob(), ' 包上分"')
        else:
            d.ln(hdr, ' type=DANMU filter=PASS msg="', pick(plain_msgs), '"')
        if chance(0.02):
            d.ln('[', fts(t), '] room=', room, ' type=SYS msg="本直播间禁止发布联系方式，举报电话12321，客服10086"')
    return d


def f_contracts():
    d = Doc('anchor_contracts.txt')
    for ci in range(3):
        comp, caddr = COMPANIES[ci + 1]
        d.ln('=' * 60)
        d.ln('              网络主播独家合作协议（编号：ZB-2024-', '%05d' % R.randint(1, 99999), '）')
        d.ln('=' * 60)
        d.ln('甲方：', comp)
        d.ln('统一社会信用代码：', uscc())
        d.ln('住所：', caddr)
        d.ln('法定代表人：', L(name(), 'PERSON_NAME'))
        d.ln('客服热线：400-', '%03d' % R.randint(100, 999), '-', '%04d' % R.randint(0, 9999))
        d.ln()
        nm = name()
        idn, bd = rid(1992, 2004)
        d.ln('乙方（主播）：', L(nm, 'PERSON_NAME'), '    艺名：', pick(STAGE))
        d.ln('身份证号码：', L(idn, 'CHINA_RESIDENT_ID_NUMBER'))
        if chance(0.5):
            d.ln('出生日期：', L(bd.strftime('%Y年%m月%d日').replace('年0', '年').replace('月0', '月'), 'DATE_OF_BIRTH'))
        d.ln('联系电话：', L(fmt_mob(mobile(), pick(['plain', 'dash'])), 'PHONE_NUMBER'), '    备用电话：', L(landline(), 'PHONE_NUMBER'))
        d.ln('电子邮箱：', L(email(), 'EMAIL_ADDRESS'))
        d.ln('通讯地址：', L(address(), 'STREET_ADDRESS'))
        if ci != 2:
            d.ln('港澳通行证号（赴港演出用）：', L(hkmo(), 'HK_MACAU_TRAVEL_PERMIT'), '    护照号：', L(passport(), 'CHINA_PASSPORT'))
        d.ln('平台账号UID：', uid(), '    直播间号：', str(R.randint(100000, 99999999)))
        d.ln()
        d.ln('第一条 合作内容')
        d.ln('1.1 乙方同意在合作期内（2024年4月1日至2026年3月31日）通过甲方指定平台独家开展网络直播，每月有效直播天数不少于22天，')
        d.ln('    每日有效直播时长不少于4小时。')
        d.ln('1.2 乙方直播内容须遵守《网络主播行为规范》，不得在直播中公布自己或他人的联系方式。')
        d.ln()
        d.ln('第二条 收益分配')
        d.ln('2.1 乙方直播所获虚拟礼物收益，扣除平台分成后，甲乙双方按 ', pick(['6:4', '5:5', '7:3']), ' 比例分配；保底月薪人民币 ',
             str(pick([3000, 5000, 8000])), ' 元。')
        d.ln('2.2 甲方于每月15日前将上月结算款支付至乙方以下账户：')
        c, bank = bank_card()
        d.ln('    户名：', L(nm, 'PERSON_NAME'))
        d.ln('    开户行：', bank, pick(['深圳分行科技园支行', '杭州分行文三路支行', '成都高新支行', '北京望京支行']))
        d.ln('    账号：', L(fmt_card(c), 'BANK_CARD_NUMBER'))
        d.ln('2.3 个人所得税由甲方依法代扣代缴。')
        d.ln()
        d.ln('第三条 紧急联系人')
        d.ln('    姓名：', L(name(), 'PERSON_NAME'), '  关系：', pick(['母亲', '父亲', '配偶', '姐姐']), '  电话：', L(fmt_mob(mobile()), 'PHONE_NUMBER'))
        d.ln()
        d.ln('第四条 违约责任')
        d.ln('4.1 乙方擅自跳槽至其他平台的，应向甲方支付违约金人民币', str(pick([100000, 300000, 500000])), '元。')
        d.ln()
        d.ln('甲方经纪人：', L(name(), 'PERSON_NAME'), '  合作邮箱：', pick(['business', 'bd', 'anchor-service']), '@', pick(['xingyao-ent.com', 'yunduan-live.cn', 'huoxing-ent.com']))
        d.ln('甲方（盖章）：', comp, '            乙方（签字）：', L(nm, 'PERSON_NAME'))
        d.ln('签订日期：2024年3月', str(R.randint(1, 28)), '日')
        d.ln()
    return d


def f_settlement():
    d = Doc('anchor_settlement_202403.tsv')
    hdr = ['结算月份', '主播UID', '艺名', '真实姓名', '身份证号', '开户行', '银行卡号', '手机号', '礼物流水(钻)', '分成比例', '应结金额', '个税代扣', '实发金额', '公会', '备注']
    d.ln('\t'.join(hdr))
    for i in range(62):
        nm = name()
        idn, _ = rid(1990, 2004)
        c, bank = bank_card()
        gross = R.randint(2000, 900000)
        ratio = pick([0.4, 0.5, 0.6])
        due = round(gross / 10 * ratio, 2)
        tax = round(due * pick([0.0, 0.03, 0.1, 0.2]), 2)
        masked = chance(0.1)
        row = ['2024-03', uid(), pick(STAGE) + pick(['', '', '丶', '_']) + str(R.randint(0, 99)),
               (nm[0] + '*' * (len(nm) - 1)) if masked else L(nm, 'PERSON_NAME'),
               (idn[:6] + '********' + idn[-4:]) if masked else L(idn, 'CHINA_RESIDENT_ID_NUMBER'),
               bank, mask_card(c) if masked else L(fmt_card(c, pick(['plain', 'plain', 'sp4'])), 'BANK_CARD_NUMBER'),
               mask_mob() if masked else L(fmt_mob(mobile(), pick(['plain', 'plain', 'plain', 'dash', '+86'])), 'PHONE_NUMBER'),
               str(gross), '%d%%' % int(ratio * 100), '%.2f' % due, '%.2f' % tax, '%.2f' % (due - tax), pick(GUILDS),
               pick(['', '', '', '新签', '补发2月差额', '账户变更', '冻结-待核实'])]
        d.ln(csv_row(row, sep='\t'))
    return d


def f_moderation():
    d = Doc('moderation_reports_export.json')
    reports = []
    t = dt.datetime(2024, 3, 10, 0, 0, 0)
    for i in range(55):
        t = ts(t, R.randint(300, 20000))
        k = R.random()
        nm = name()
        if k < 0.3:
            reason = '泄露他人隐私'
            ev = P(['用户在直播间公开他人信息：', L(nm, 'PERSON_NAME'), '，身份证', L(rid()[0], 'CHINA_RESIDENT_ID_NUMBER'),
                    '，住', L(address(), 'STREET_ADDRESS'), '，电话', L(fmt_mob(mobile()), 'PHONE_NUMBER')])
        elif k < 0.45:
            reason = '人肉搜索'
            ev = P(['弹幕："他开的车是', L(plate(), 'CHINA_LICENSE_PLATE'), '，天天停在', L(address(), 'STREET_ADDRESS'), '楼下"'])
        elif k < 0.6:
            reason = '引流诈骗'
            ev = P(['私信内容：加我领福利 ', wxid(), ' / ', L(fmt_mob(mobile()), 'PHONE_NUMBER'), '，充值返利，转账到 ',
                    L(fmt_card(bank_card()[0]), 'BANK_CARD_NUMBER'), ' 户名', L(nm, 'PERSON_NAME')])
        elif k < 0.7:
            reason = '账号交易'
            ev = P(['出售账号 60级全皮肤 账号', L(fmt_mob(mobile(), 'plain'), 'PHONE_NUMBER'), ' 密码', L(password(), 'CREDENTIAL'), ' 先款后号'])
        elif k < 0.8:
            reason = '色情低俗'
            ev = P(['直播截图编号 IMG_', str(R.randint(1000, 9999)), '，画面违规，已截流'])
        else:
            reason = pick(['辱骂', '刷屏', '未成年人打赏'])
            ev = P(['举报人描述：', pick(['一直骂人', '刷屏广告', '孩子偷偷打赏了3000元，我是家长，电话 ']),])
            if ev[-1].endswith('电话 '):
                ev += [L(fmt_mob(mobile()), 'PHONE_NUMBER'), '，孩子叫', L(name(), 'PERSON_NAME'), '，生日', L(rand_date(2010, 2014).strftime('%Y-%m-%d'), 'DATE_OF_BIRTH')]
        rep = {'reportId': 'RPT' + t.strftime('%Y%m%d') + '%06d' % R.randint(0, 999999),
               'createdAt': Num(str(epoch_ms(t))),
               'reporterUid': uid(), 'targetUid': uid(), 'roomId': str(R.randint(100000, 99999999)),
               'reason': reason, 'evidence': ev,
               'target': {'nick': pick(NICKS), 'lastIp': L(ip(), 'IP_ADDRESS'),
                          'device': {'model': pick(['PGT-AN10', 'V2227A', 'iPhone15,3', '2211133C']),
                                     'oaid': uuid() if chance(0.5) else hexs(64), 'osVer': pick(['14', '13', '17.3.1'])}},
               'review': {'moderator': 'mod_%04d' % R.randint(1, 300), 'action': pick(['BAN_7D', 'BAN_PERM', 'WARN', 'DELETE_MSG', 'NO_ACTION']),
                          'reviewedAt': (t + dt.timedelta(minutes=R.randint(3, 600))).strftime('%Y-%m-%dT%H:%M:%S+08:00')}}
        if chance(0.2):
            rep['target']['device']['imei'] = L(imei(), 'IMEI_HARDWARE_ID')
        reports.append(rep)
    d.ln(jdump({'exportedAt': '2024-03-21T10:00:00+08:00', 'total': len(reports), 'page': 1, 'items': reports}, indent=2))
    return d


def f_chat():
    d = Doc('friend_chat_export.txt')
    t = dt.datetime(2024, 3, 1, 21, 0, 0)
    for conv in range(8):
        peer = pick(NICKS)
        group = conv % 3 == 0
        members = [peer, '我'] + ([pick(NICKS), pick(NICKS)] if group else [])
        real = {mb: name() for mb in members}
        d.ln('====== 聊天记录导出 ======')
        d.ln('会话：与「', peer, '」(uid ', uid(), ') 的私聊' if conv % 3 else ') 的群聊「' + pick(GUILDS) + '公会群」')
        d.ln('导出时间：2024-03-20 11:02:33    条数：', str(R.randint(20, 400)))
        d.ln('-' * 40)
        for m in range(R.randint(14, 22)):
            t = ts(t, R.randint(5, 3000))
            who = pick(members)
            k = R.random()
            if k < 0.1:
                msg = ['你手机号多少，我拉你进群 ']
            elif k < 0.2:
                msg = ['我号码 ', L(fmt_mob(mobile()), 'PHONE_NUMBER')]
            elif k < 0.27:
                msg = ['皮肤周边寄我这：', L(address(), 'STREET_ADDRESS'), ' ', L(name(), 'PERSON_NAME'), ' 收']
            elif k < 0.34:
                c, bank = bank_card()
                msg = ['钱转我卡上吧 ', L(fmt_card(c), 'BANK_CARD_NUMBER'), ' ', bank.replace('中国', '').replace('信用卡', ''), ' ', L(real[who], 'PERSON_NAME')]
            elif k < 0.42:
                msg = ['号借你玩 账号', L(fmt_mob(mobile(), 'plain'), 'PHONE_NUMBER'), ' 密码', L(password(), 'CREDENTIAL'), ' 别改密码啊']
            elif k < 0.47:
                la, lo = coord()
                msg = ['[位置] ', pick(['万达广场', '网吧', '学校东门', '地铁站']), ' ', L(la + ',' + lo, 'LOCATION_COORDINATES')]
            elif k < 0.52:
                msg = ['我真名叫', L(real[who], 'PERSON_NAME'), '，', pick(['别告诉别人', '高二的', '在上大学']), ]
            elif k < 0.57:
                msg = ['我邮箱 ', L(email(), 'EMAIL_ADDRESS'), ' 发我截图']
            elif k < 0.6:
                msg = ['帮我实名一下呗 ', L(name(), 'PERSON_NAME'), ' ', L(rid(1970, 1985)[0], 'CHINA_RESIDENT_ID_NUMBER'), ' 我爸的，他不玩']
            elif k < 0.65:
                msg = ['验证码发你了 ', L(sms_code(), 'CREDENTIAL'), ' 快登']
            elif k < 0.68:
                msg = ['车牌', L(plate(), 'CHINA_LICENSE_PLATE'), '，在门口等你']
            elif k < 0.72:
                msg = ['客服电话是10086还是', pick(['10010', '10000', '95588']), '来着']
            else:
                msg = [pick(['上号', '来了', '今晚开黑吗', '这把输了', '我去吃饭', '哈哈哈', '[表情]', '[语音] 12"', '公会战8点',
                             '装备 itm_' + str(R.randint(10000, 99999)) + ' 给你', '[红包] 恭喜发财', '[图片]', '订单号' + order_no(t)])]
            d.ln(t.strftime('%Y-%m-%d %H:%M:%S'), '  ', who, '：', msg)
        d.ln()
    return d


def f_gamesvr():
    d = Doc('gamesvr_login.log')
    t = dt.datetime(2024, 3, 18, 0, 0, 5)
    for i in range(125):
        t = ts(t, R.randint(1, 120))
        rid_ = roleid()
        acct = uid()
        k = R.random()
        if k < 0.55:
            parts = [fts(t), ' [INFO] [LoginSvr-', str(R.randint(1, 8)), '] event=login openid=', hexs(32, True), ' uin=', acct, ' role_id=', rid_,
                     ' zone=', str(R.randint(1, 400)), ' cip=']
            cip = ip()
            parts += (['[', L(cip, 'IP_ADDRESS'), ']'] if ':' in cip else [L(cip, 'IP_ADDRESS')]) + [':', str(R.randint(1024, 65535))]
            if chance(0.7):
                parts += [' imei=', L(imei(), 'IMEI_HARDWARE_ID')]
            elif chance(0.5):
                parts += [' imei=', pick(['', 'null', '000000000000000'])]
            parts += [' oaid=', pick([uuid(), hexs(64), '00000000-0000-0000-0000-000000000000'])]
            if chance(0.6):
                parts += [' mac=', L(mac(), 'MAC_ADDRESS')]
            else:
                parts += [' mac=02:00:00:00:00:00']
            if chance(0.35):
                parts += [' imsi=', L(imsi(), 'IMSI_ID')]
            if chance(0.1):
                parts += [' meid=', L(meid(), 'MEID')]
            parts += [' android_id=', hexs(16), ' model=', pick(['V2227A', 'PGT-AN10', '23049RAD8C', 'SM-S9180', 'PJZ110']),
                      ' os=Android', pick(['12', '13', '14']), ' ver=', pick(['1.0.12.3841', '1.0.13.3902', '10.0.19041.1']),
                      ' cost=', str(R.randint(10, 400)), 'ms']
            d.ln(parts)
        elif k < 0.75:
            d.ln('PlayerLogout|', t.strftime('%Y-%m-%d %H:%M:%S'), '|', str(R.randint(1001, 1010)), '|', acct, '|', rid_, '|',
                 str(R.randint(1, 400)), '|', str(R.randint(60, 20000)), '|', str(R.randint(1, 90)), '|',
                 L(ip(), 'IP_ADDRESS'), '|', pick(['WIFI', '4G', '5G']), '|', L(mac(pick(['up', 'low'])), 'MAC_ADDRESS') if chance(0.4) else '', '|',
                 str(epoch_ms(t)))
        elif k < 0.87:
            la, lo = coord()
            parts = [fts(t), ' [INFO] [LbsSvr] event=nearby_report role_id=', rid_]
            if chance(0.5):
                parts += [' lat=', L(la, 'LOCATION_COORDINATES'), ' lng=', L(lo, 'LOCATION_COORDINATES')]
            else:
                parts += [' loc="', L(lo + ',' + la, 'LOCATION_COORDINATES'), '" fmt=lnglat']
            if chance(0.5):
                parts += [' ecgi=', L('460-%s-%d-%d' % (pick(['00', '01', '11']), R.randint(10000, 999999), R.randint(1, 255)), 'CELL_ID')]
            else:
                parts += [' mcc=460 mnc=', pick(['0', '1', '11']), ' lac=', str(R.randint(10000, 65000)), ' ci=', L(str(R.randint(10000, 268435455)), 'CELL_ID')]
            parts += [' acc=', str(R.randint(10, 1500)), 'm city=', pick(['440300', '110000', '330100', '510100'])]
            d.ln(parts)
        elif k < 0.95:
            d.ln(fts(t), ' [WARN] [AntiCheat] role_id=', rid_, ' rule=SPEED_HACK score=', str(R.randint(60, 99)), ' pkg=', pick(['com.cheat.gg', 'org.sbtools.gamehack']),
                 ' sig=', hexs(40), ' cip=', L(ip(), 'IP_ADDRESS'), ' action=KICK')
        else:
            d.ln(fts(t), ' [INFO] [GameSvr-', str(R.randint(1, 40)), '] heartbeat online=', str(R.randint(1000, 90000)), ' tps=', str(R.randint(18, 30)),
                 ' node=', internal_ip(), ' build=', pick(['2024.03.15-r8812', '2024.03.17-r8840']))
    return d


def f_tickets():
    d = Doc('cs_tickets_account_theft.txt')
    t = dt.datetime(2024, 3, 5, 9, 0, 0)
    for i in range(27):
        t = ts(t, R.randint(600, 40000))
        nm = name()
        m = mobile()
        d.ln('#' * 50)
        d.ln('工单号：CS', t.strftime('%Y%m%d'), '-', '%06d' % R.randint(0, 999999))
        d.ln('提交时间：', t.strftime('%Y-%m-%d %H:%M'), '    渠道：', pick(['在线客服', 'APP反馈', '热线400-', '邮件']))
        d.ln('用户UID：', uid(), '    游戏：', pick(['王者荣耀', '和平精英', '咪咕快游-云·原神', '蛋仔派对']), '    区服：', pick(['安卓QQ', '安卓微信', 'iOS QQ']), str(R.randint(1, 300)), '区')
        d.ln('问题分类：', pick(['账号被盗', '账号被盗', '密码找回', '绑定手机被改']))
        d.ln('用户描述：')
        k = R.random()
        if k < 0.35:
            d.ln('  我的号被盗了！！！原来的密码是 ', L(password(), 'CREDENTIAL'), ' ，绑定手机', L(fmt_mob(m), 'PHONE_NUMBER'),
                 '，昨天晚上收到验证码', L(sms_code(), 'CREDENTIAL'), '不是我操作的，装备全被转走了，求找回')
        elif k < 0.6:
            d.ln('  有人冒充客服让我报了验证码 ', L(sms_code(), 'CREDENTIAL'), '，然后号就登不上了。我叫', L(nm, 'PERSON_NAME'),
                 '，身份证 ', L(rid()[0], 'CHINA_RESIDENT_ID_NUMBER'), '，手机 ', L(fmt_mob(m), 'PHONE_NUMBER'))
        elif k < 0.8:
            d.ln('  号被改绑了，新绑的邮箱不是我的：', L(email(), 'EMAIL_ADDRESS'), '  我自己的邮箱是 ', L(email(), 'EMAIL_ADDRESS'),
                 ' 原密码 ', L(password(), 'CREDENTIAL'))
        else:
            d.ln('  孩子把号卖了，买家给了', str(R.randint(200, 3000)), '块，现在要找回。家长：', L(nm, 'PERSON_NAME'), ' ',
                 L(fmt_mob(m), 'PHONE_NUMBER'), '，家庭住址 ', L(address(), 'STREET_ADDRESS'))
        d.ln('客服回复（', pick(['客服-小咪', '客服-0371', '客服-阿甘']), '）：')
        d.ln('  您好，为核实您的身份，请提供：1.首次登录设备；2.首充订单号；3.手持身份证照片。客服绝不会索要验证码，请勿泄露。官方热线10086。')
        if chance(0.7):
            d.ln('用户补充：')
            kk = R.random()
            if kk < 0.4:
                d.ln('  首充订单号 ', order_no(t, 'P'), '，首次登录手机IMEI ', L(imei(), 'IMEI_HARDWARE_ID'), '，实名 ', L(nm, 'PERSON_NAME'))
            elif kk < 0.7:
                d.ln('  我常用的密码有 ', L(password(), 'CREDENTIAL'), ' 和 ', L(password(), 'CREDENTIAL'), '，首充是用尾号', str(R.randint(1000, 9999)), '的卡')
            else:
                d.ln('  充值用的卡号 ', L(fmt_card(bank_card()[0]), 'BANK_CARD_NUMBER'), '，持卡人 ', L(nm, 'PERSON_NAME'))
        d.ln('处理记录：')
        d.ln('  - ', (t + dt.timedelta(hours=2)).strftime('%m-%d %H:%M'), ' 安全中心查询：最近异常登录IP ', L(ip(), 'IP_ADDRESS'),
             '（', pick(['广东东莞', '福建莆田', '缅甸', '江西上饶']), '），设备 ', pick(['iPhone14,2', 'PGT-AN10', 'V2227A']),
             ' MAC ', L(mac(), 'MAC_ADDRESS') if chance(0.5) else '02:00:00:00:00:00')
        d.ln('  - 本人常用IP ', L(ip(), 'IP_ADDRESS'), '；身份核验 ', pick(['通过', '通过', '不通过（姓名不符）']),
             '；手机 ', mask_mob(m), '；处理结果：', pick(['已冻结并找回', '已重置密码', '驳回']))
        if chance(0.5):
            d.ln('  - 新密码已通过短信下发（下发号码 1065', str(R.randint(1000000, 9999999)), '），用户自行设置为 ', L(password(), 'CREDENTIAL'))
        d.ln()
    return d


UNIS = [('西安交通大学', 'stu.xjtu.edu.cn'), ('华中科技大学', 'hust.edu.cn'), ('电子科技大学', 'std.uestc.edu.cn'),
        ('浙江大学', 'zju.edu.cn'), ('中山大学', 'mail2.sysu.edu.cn'), ('南京大学', 'smail.nju.edu.cn'),
        ('四川大学', 'stu.scu.edu.cn'), ('湖南大学', 'hnu.edu.cn')]


def f_esports():
    d = Doc('esports_signup_2024.csv')
    d.ln('\ufeff队伍编号,队伍名称,角色,姓名,性别,出生日期,身份证号,手机号,邮箱,学校,学号,游戏ID,段位,提交时间')
    t = dt.datetime(2024, 3, 1, 9, 0, 0)
    for team in range(12):
        uni, edom = pick(UNIS)
        tname = pick(['', '', uni[:2]]) + pick(['战队', '电竞社', 'Gaming', '雷霆', '凌云', '猎鹰']) + pick(['', 'A', '一队', str(R.randint(1, 9))])
        tid = 'T2024%04d' % (team + 1)
        t = ts(t, R.randint(1000, 90000))
        for mbr in range(5 + (1 if chance(0.3) else 0)):
            role = '队长' if mbr == 0 else ('替补' if mbr == 5 else '队员')
            nm = name()
            idn, bd = rid(2000, 2006)
            sex = '男' if int(idn[16]) % 2 else '女'
            dob = L(pick([bd.strftime('%Y-%m-%d'), bd.strftime('%Y/%m/%d'), bd.strftime('%Y%m%d'), '%d/%d/%d' % (bd.year, bd.month, bd.day)]), 'DATE_OF_BIRTH') if chance(0.7) else ''
            ph = L(fmt_mob(mobile(), pick(['plain'] * 6 + ['sp', 'dash', 'fw', '+86'])), 'PHONE_NUMBER')
            em = L(pick([str(R.randint(2019, 2023)) + '%06d' % R.randint(0, 999999) + '@' + edom, email()]), 'EMAIL_ADDRESS') if (mbr == 0 or chance(0.25)) else ''
            sno = str(R.randint(2020, 2023)) + '%07d' % R.randint(0, 9999999)
            d.ln(csv_row([tid, tname, role, L(nm, 'PERSON_NAME'), sex, dob, L(idn, 'CHINA_RESIDENT_ID_NUMBER'), ph, em, uni, sno,
                          pick(NICKS) + '#' + str(R.randint(1000, 9999)), pick(['王者', '星耀', '钻石', '荣耀王者']), fts(t, False)]))
    d.ln('# 报名须知：身份证信息仅用于参赛资格核验，赛事咨询 400-', '%03d' % R.randint(100, 999), '-', '%04d' % R.randint(0, 9999),
         '，比赛场馆：', COMPANIES[0][1])
    return d


def f_shipping():
    d = Doc('fanclub_merch_shipping.csv')
    d.ln('订单号,会员编号,收件人,联系电话,收货地址,邮编,商品,数量,快递单号,备注')
    t = dt.datetime(2024, 3, 8)
    for i in range(85):
        t = ts(t, R.randint(60, 9000))
        masked = chance(0.12)
        nm = name()
        m = mobile()
        rcp = (nm[0] + '**') if masked else L(nm, 'PERSON_NAME')
        if masked:
            ph = mask_mob(m)
        elif chance(0.12):
            ph = L(landline(), 'PHONE_NUMBER')
        else:
            ph = L(fmt_mob(m, pick(['plain'] * 8 + ['86', '+86', 'dash', 'sp'])), 'PHONE_NUMBER')
        ad = (lambda a: a[0] + a[1] + a[2] + '****')(pick(ADDR)) if masked else L(address(sep=pick(['', ' ', ' '])), 'STREET_ADDRESS')
        note = pick(['', '', '', '', '周末送货', '放快递柜', '生日礼物别放发票', '急'])
        if chance(0.06):
            note = P(['收不到请打备用电话', L(fmt_mob(mobile()), 'PHONE_NUMBER')])
        d.ln(csv_row(['FC' + t.strftime('%Y%m%d') + '%05d' % R.randint(0, 99999), 'M%07d' % R.randint(0, 9999999), rcp, ph, ad,
                      '%06d' % R.randint(100000, 850000), pick(['应援灯牌', '周年纪念T恤', '签名海报', '限定手办', '亚克力立牌']),
                      str(R.randint(1, 3)), 'SF%013d' % R.randint(0, 10 ** 13 - 1) if chance(0.6) else 'YT%013d' % R.randint(0, 10 ** 13 - 1), note]))
    return d


def f_leader():
    d = Doc('leaderboard_s12_export.json')
    rows = []
    for r in range(120):
        nick_is_name = chance(0.06)
        nk = L(name(), 'PERSON_NAME') if nick_is_name else pick(NICKS) + pick(['', '', '丶', '°', '_' + str(R.randint(1, 999))])
        row = {'rank': Num(str(r + 1)), 'roleId': roleid(), 'nickname': nk, 'guild': pick(GUILDS), 'server': 'S%d' % R.randint(1, 320),
               'score': Num(str(100000 - r * R.randint(50, 400))), 'winRate': Num('%.3f' % R.uniform(0.45, 0.8)),
               'heroId': Num(str(R.randint(100, 599))), 'ipLocation': pick(['广东', '江苏', '四川', '北京', '浙江', '湖南', '海外']),
               'avatar': 'https://cdn.example-game.cn/avatar/%s.png' % hexs(32)}
        if chance(0.08):
            row['lastLoginIp'] = L(ip(), 'IP_ADDRESS')
        rows.append(row)
    d.ln(jdump({'season': 'S12', 'board': 'rank_points', 'generatedAt': Num(str(1710748800000 + R.randint(0, 999))),
                'schemaVer': '2.4.1', 'list': rows}, indent=1))
    return d


def f_guardian():
    d = Doc('guardian_apply_forms.txt')
    for i in range(13):
        cn = name()
        cid, cbd = rid(2009, 2017)
        gn = cn[0] + pick(GIV) + pick(['', pick(GIV)]) if chance(0.6) else name()
        gid, _ = rid(1972, 1990)
        d.ln('【未成年人家长监护工程 · 监护申请表】 申请编号：JH', '2024%02d%02d' % (R.randint(1, 3), R.randint(1, 28)), '%05d' % R.randint(0, 99999))
        d.ln('一、监护人信息')
        d.ln('  监护人姓名：', L(gn, 'PERSON_NAME'), '    与被监护人关系：', pick(['父亲', '母亲', '父亲', '母亲', '祖母', '舅舅']))
        if chance(0.85):
            d.ln('  证件类型：居民身份证    证件号码：', L(gid, 'CHINA_RESIDENT_ID_NUMBER'))
        elif chance(0.5):
            d.ln('  证件类型：护照    证件号码：', L(passport(), 'CHINA_PASSPORT'))
        else:
            d.ln('  证件类型：往来港澳通行证    证件号码：', L(hkmo(), 'HK_MACAU_TRAVEL_PERMIT'))
        d.ln('  联系电话：', L(fmt_mob(mobile(), pick(['plain', 'plain', 'sp', 'dash'])), 'PHONE_NUMBER'),
             '    固定电话：', L(landline(), 'PHONE_NUMBER') if chance(0.4) else '无')
        d.ln('  电子邮箱：', L(email(), 'EMAIL_ADDRESS') if chance(0.6) else '')
        d.ln('  家庭住址：', L(address(), 'STREET_ADDRESS'))
        d.ln('二、被监护人信息')
        d.ln('  姓名：', L(cn, 'PERSON_NAME'), '    性别：', '男' if int(cid[16]) % 2 else '女',
             '    出生日期：', L(pick([cbd.strftime('%Y年%m月%d日'), cbd.strftime('%Y-%m-%d'), cbd.strftime('%Y.%m.%d')]), 'DATE_OF_BIRTH'))
        d.ln('  身份证号：', L(cid, 'CHINA_RESIDENT_ID_NUMBER'), '    就读学校：', pick(['某市第三中学', '实验小学', '育才中学', '外国语学校']), ' ', str(R.randint(3, 9)), '年级')
        d.ln('  游戏账号：', pick([mask_mob(), uid(), 'QQ ' + qq()]), '    角色ID：', roleid(), '    绑定手机：',
             L(fmt_mob(mobile()), 'PHONE_NUMBER') if chance(0.5) else mask_mob())
        d.ln('三、申请事项（可多选）')
        d.ln('  [', pick(['√', ' ']), '] 限制每日游戏时长 ', str(pick([30, 60])), ' 分钟   [', pick(['√', ' ']), '] 禁止充值   [√] 消费退款申请')
        if chance(0.6):
            c, bank = bank_card()
            d.ln('  退款金额：', str(R.randint(98, 12800)), '.00 元；涉及订单：', order_no(dt.datetime(2024, 2, R.randint(1, 28), R.randint(0, 23), 11, 2), 'P'))
            d.ln('  退款账户：', bank, ' ', L(fmt_card(c), 'BANK_CARD_NUMBER'), '  户名：', L(gn, 'PERSON_NAME'))
        d.ln('  情况说明：孩子用', pick(['我的手机', '奶奶的手机', '平板']), '在', pick(['晚上11点后', '上网课期间', '寒假']),
             '偷偷充值，设备IMEI：', L(imei(), 'IMEI_HARDWARE_ID') if chance(0.6) else '不清楚', '。')
        d.ln('四、承诺：本人承诺所填信息真实有效。  申请人签名：', L(gn, 'PERSON_NAME'), '  日期：2024-03-', '%02d' % R.randint(1, 28))
        d.ln('审核：', pick(['通过', '待补材料', '通过']), '  审核员工号：', 'CS%05d' % R.randint(1, 99999), '  家长监护专线 400-', '%03d' % R.randint(100, 999), '-', '%04d' % R.randint(0, 9999))
        d.ln('-' * 56)
    return d


def f_push():
    d = Doc('live_push_config.yaml')
    d.ln('# 直播推流配置（运维导出）  generated: 2024-03-19T03:00:00+08:00')
    d.ln('platform:')
    d.ln('  app_id: "1400', '%06d' % R.randint(0, 999999), '"')
    d.ln('  secret_id: AKID', b62(32))
    d.ln('  secret_key: ', L(b62(32), 'CREDENTIAL'))
    d.ln('  push_domain: push.live.example-game.cn')
    d.ln('  play_domain: play.live.example-game.cn')
    d.ln('  callback_key: "', L(hexs(32), 'CREDENTIAL'), '"')
    d.ln('  im_sdk_appid: 1600', '%06d' % R.randint(0, 999999))
    d.ln('  version: 3.1.4')
    d.ln('anchors:')
    for i in range(22):
        room = str(R.randint(100000, 99999999))
        sname = '%s_%s' % (R.randint(1000, 9999), room)
        exp = 1711000000 + R.randint(0, 4000000)
        d.ln('  - uid: "', uid(), '"')
        d.ln('    stage_name: ', pick(STAGE))
        d.ln('    room_id: ', room)
        d.ln('    stream_name: ', sname)
        k = R.random()
        if k < 0.5:
            d.ln('    push_url: "rtmp://push.live.example-game.cn/live/', sname, '?txSecret=', L(hexs(32), 'CREDENTIAL'), '&txTime=', '%X' % exp, '"')
        elif k < 0.8:
            d.ln('    obs_server: rtmp://live-push.example-game.cn/live-bvc/')
            d.ln('    obs_stream_key: "?streamname=live_', room, '_', str(R.randint(1000000, 9999999)), '&key=', L(hexs(32), 'CREDENTIAL'), '&schedule=rtmp&pflag=1"')
        else:
            d.ln('    push_url: srt://push.live.example-game.cn:9000?streamid=#!::h=push.live.example-game.cn,r=live/', sname,
                 ',txSecret=', L(hexs(32), 'CREDENTIAL'), ',txTime=', '%X' % exp)
        if chance(0.75):
            d.ln('    bind_phone: "', L(fmt_mob(mobile(), pick(['plain', '+86'])), 'PHONE_NUMBER'), '"')
        else:
            d.ln('    bind_phone: "', mask_mob(), '"')
        if chance(0.5):
            d.ln('    contact_email: ', L(email(), 'EMAIL_ADDRESS'))
        d.ln('    access_token: ', L('eyJhbGciOiJIUzI1NiJ9.' + b62(40) + '.' + b62(43), 'CREDENTIAL') if chance(0.3) else 'null')
        d.ln('    encoder: {preset: ', pick(['x264', 'nvenc', 'qsv']), ', bitrate_kbps: ', str(pick([2500, 4000, 6000])), ', fps: ', str(pick([30, 60])), '}')
        d.ln('    last_push_ip: ', L(ip(), 'IP_ADDRESS'), '   # edge ', internal_ip())
    return d


def main():
    out = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    if args:
        if args[0] == '--out' and len(args) == 2:
            out = args[1]
        else:
            sys.stderr.write('usage: make_corpus.py [--out DIR]\n')
            sys.exit(2)
    os.makedirs(out, exist_ok=True)
    docs = [f() for f in (f_realname, f_fcm, f_recharge, f_carrier_xml, f_danmaku, f_contracts, f_settlement,
                          f_moderation, f_chat, f_gamesvr, f_tickets, f_esports, f_shipping, f_leader, f_guardian, f_push)]
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as lf:
        for d in docs:
            with open(os.path.join(out, d.name), 'wb') as f:
                f.write(bytes(d.b))
            for st, en, ty, v in d.lab:
                lf.write(json.dumps({'file': d.name, 'start': st, 'end': en, 'type': ty}, ensure_ascii=False) + '\n')
    # verify
    for d in docs:
        with open(os.path.join(out, d.name), 'rb') as f:
            data = f.read()
        for st, en, ty, v in d.lab:
            assert data[st:en].decode('utf-8') == v, (d.name, st, en, v)
        if d.name.endswith('.json'):
            json.loads(data.decode('utf-8'))
        if d.name.endswith('.jsonl'):
            for line in data.decode('utf-8').splitlines():
                json.loads(line)


if __name__ == '__main__':
    main()
