#!/usr/bin/python3
"""Synthetic labelled corpus: what a telecom operator's engineers and developer platforms produce.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Every value is synthetic and generated from a fixed seed, so two runs give identical bytes.

Data files
----------
ops-jump01.bash_history            bash history of a jump host: mysql/psql/redis-cli/mongo/curl/sshpass
                                   commands with passwords, tokens and subscribers' numbers
dev-mbp.zsh_history                zsh extended history (": epoch:dur;cmd") of a developer laptop:
                                   kubectl, httpie, adb, docker, vault, git commands
selfcare-staging.env               dotenv file with secrets and a block of test subscribers
application-uat.yml                Spring Boot YAML (several profiles) with datasource/redis/kafka
                                   secrets and a test-data section of subscribers
k8s-crm-order-svc.log              kubectl logs (logback + JSON lines) and kubectl describe pod output
docker-compose-sms-gateway.log     docker compose logs (sms gateway, nginx access log, app, redis, mysql)
jenkins-selfcare-api-e2e-1842.log  Jenkins pipeline console output echoing test data (set -x, pytest)
selfcare-h5.har                    HAR 1.2 export of the self-service H5 site (headers, cookies,
                                   query strings, JSON bodies and responses)
curl-v-realname-trace.txt          curl -v traces of HTTP calls to internal APIs
bff-graphql-grpc.log               GraphQL gateway and gRPC server logs, grpcurl commands
logcat-selfcare-android.txt        Android logcat (threadtime) from the carrier's self-service app
ios-selfcare-device.log            iOS device console log plus a crash report with user context
selfcare-api.postman_collection.json  Postman v2.1 collection with example requests and responses
jira-CRM-issues-export.txt         Jira/GitLab issue text where support staff paste customer records
mysql-slow-crm.log                 MySQL slow-query log with literal values
ff-abtest-events.jsonl             feature-flag / A-B test exposure and conversion events

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: mobiles as written, including +86/0086/86 prefixes, spaces, dashes and full-width
  digits; landlines with their area code (and brackets if written). Service numbers (10086, 10010,
  10000, 95588, 400-xxx-xxxx) and masked numbers (138****1234) are not labelled.
* BANK_CARD_NUMBER as written including group spaces; masked cards not labelled.
* CHINA_RESIDENT_ID_NUMBER: 18-digit (check X or x) and a few legacy 15-digit numbers; masked
  IDs are not labelled. Birth dates inside IDs are not labelled separately.
* PERSON_NAME: full names of private people (subscribers, and staff written with full names);
  a name written twice is labelled twice. Logins such as zhangwei3, surname-only forms
  (张先生, 李女士, name LIKE '王%') and company/product names are not labelled.
* DATE_OF_BIRTH only for birth dates; STREET_ADDRESS a subscriber's address whole (province or
  city through room number); company/business-hall addresses are not labelled.
* CREDENTIAL: the value only of passwords, PINs, service passwords, SMS verification codes,
  API keys / access key ids and secrets, bearer/JWT/refresh tokens, session cookies, DSN keys,
  passwords inside connection URLs. Masked values (****), ${PLACEHOLDERS}, password hashes and
  public ids (WeChat appid, merchant ids) are not labelled.
* IP_ADDRESS: the address only (no port, no /prefix), for addresses of subscribers' devices and
  sessions (client IPs, X-Forwarded-For, device IPs). Addresses of the operator's own servers,
  pods, nodes, databases and public DNS resolvers are not labelled.
* MAC_ADDRESS: device Wi-Fi/BT MACs and Wi-Fi BSSIDs seen by the user's device; the Android
  placeholder 02:00:00:00:00:00 is not labelled.
* LOCATION_COORDINATES: "lat,lng" or "lng,lat" in one value is one label; separate lat and lng
  fields give one label each.
* CELL_ID: whole CGI/ECGI/NCGI strings, or the value of a field named as the cell (ci, cellId,
  mCi, eci, nci). LAC/TAC/PCI values are not labelled.
* IMSI_ID, IMEI_HARDWARE_ID (15-digit, Luhn), MEID (14 hex), ICCID_NUMBER (19-20 chars, 8986...),
  CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT (C/W + 8 digits), CHINA_LICENSE_PLATE as written.
* Not labelled: order/bill/transaction/trace ids, UUIDs, IDFV/OAID/Android ids, APNs tokens,
  hashes, millisecond epochs, snowflake ids, amounts, version strings, USCC codes, device
  serial numbers, merchant numbers.
"""
import argparse
import base64
import datetime as dt
import json
import os
import random
import re
import string
import sys

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

R = random.Random(1114_2023)

ID = 'CHINA_RESIDENT_ID_NUMBER'; PASS = 'CHINA_PASSPORT'; HKM = 'HK_MACAU_TRAVEL_PERMIT'
NAME = 'PERSON_NAME'; DOB = 'DATE_OF_BIRTH'; ADDR = 'STREET_ADDRESS'; PHONE = 'PHONE_NUMBER'
EMAIL = 'EMAIL_ADDRESS'; CARD = 'BANK_CARD_NUMBER'; CRED = 'CREDENTIAL'; IMSI = 'IMSI_ID'
IMEI = 'IMEI_HARDWARE_ID'; MEID = 'MEID'; ICCID = 'ICCID_NUMBER'; MAC = 'MAC_ADDRESS'
IP = 'IP_ADDRESS'; LOC = 'LOCATION_COORDINATES'; CELL = 'CELL_ID'; PLATE = 'CHINA_LICENSE_PLATE'
TYPES = {ID, PASS, HKM, NAME, DOB, ADDR, PHONE, EMAIL, CARD, CRED, IMSI, IMEI, MEID, ICCID, MAC,
         IP, LOC, CELL, PLATE}


def M(v, t):
    """Mark a labelled value (private-use characters survive json.dumps(ensure_ascii=False))."""
    assert t in TYPES, t
    v = str(v)
    assert not re.search('[\ue000-\ue004"\\\\]', v), v
    return '\ue000' + t + '\ue001' + v + '\ue002'


def RAW(s):
    """A value that must appear unquoted in JSON output."""
    return '\ue003' + s + '\ue004'


def jd(obj, **kw):
    s = json.dumps(obj, ensure_ascii=False, **kw)
    return re.sub('"\ue003(.*?)\ue004"', lambda m: m.group(1), s, flags=re.S)


# ----------------------------------------------------------------------------- value makers
DIG = string.digits
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def digits(n):
    return ''.join(R.choice(DIG) for _ in range(n))


def hexs(n, up=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(R.choice(alphabet) for _ in range(n))


def b64u(n):
    return alnum(n, string.ascii_letters + string.digits + '-_')


SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
SURN += ['欧阳', '司马', '上官', '诸葛']
GIV1 = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉玲宇浩婷鑫瑶琳斌凯峰岚蕾雯')
GIV2 = ['秀英', '桂英', '建国', '志强', '海燕', '子轩', '梓涵', '欣怡', '思远', '晓东', '雪梅', '春华', '振宇',
        '佳琪', '雨萱', '俊杰', '嘉怡', '一鸣', '晨曦', '宏伟', '立新', '文博', '嘉豪', '诗涵', '浩然', '国强',
        '丽娟', '明轩', '若曦', '天宇', '家乐', '美玲', '志刚', '秋菊', '晓燕', '博文', '雅琴', '建华', '玉兰']
PY_SUR = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma',
          'zhu', 'hu', 'guo', 'he', 'lin', 'luo', 'zheng', 'liang', 'xie', 'tang', 'han', 'feng', 'deng']
PY_GIV = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie',
          'juan', 'tao', 'ming', 'chao', 'xia', 'ping', 'gang', 'hui', 'xiaodong', 'xuemei', 'zixuan',
          'haoran', 'jiaqi', 'yuxuan', 'junjie', 'tianyu', 'wenbo', 'jianguo', 'zhiqiang']


def cname():
    s = R.choice(SURN)
    g = R.choice(GIV2) if R.random() < 0.55 else R.choice(GIV1)
    return s + g


def pyname():
    return R.choice(PY_SUR).capitalize() + ' ' + R.choice(PY_GIV).capitalize()


REGIONS = ['110105', '110108', '440305', '310115', '330106', '510107', '420106', '320583', '370202',
           '350203', '610113', '500103', '120104', '210102', '410105', '130102', '340104', '360102',
           '450103', '530102', '520102', '620102', '230103', '220102', '140105', '150102', '460105',
           '640104', '430104', '440106', '320102', '330782', '371302', '441302', '445102', '360403',
           '130682', '440304', '310104', '110101', '500112', '440307', '330110', '320105', '610104',
           '420111']


def rand_date(y0=1958, y1=2004):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


def rid(dob=None, lower_ok=True):
    d = dob or rand_date()
    body = R.choice(REGIONS) + d.strftime('%Y%m%d') + '%03d' % R.randint(1, 999)
    c = ric.calc_check_digit(body + '0')
    v = body + c
    assert ric.is_valid(v), v
    if c == 'X' and lower_ok and R.random() < 0.3:
        v = body + 'x'
    return v


def rid15(dob=None):
    d = dob or rand_date(1940, 1975)
    return R.choice(REGIONS) + d.strftime('%y%m%d') + '%03d' % R.randint(1, 999)


def fmt_dob(d, style=None):
    style = style or R.choice(['iso', 'iso', 'iso', 'slash', 'compact', 'cn'])
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'slash':
        return '%d/%d/%d' % (d.year, d.month, d.day)
    if style == 'compact':
        return d.strftime('%Y%m%d')
    return '%d年%d月%d日' % (d.year, d.month, d.day)


MOB_PREFIX = ['134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159',
              '172', '178', '182', '183', '184', '187', '188', '195', '198', '130', '131', '132', '145',
              '155', '156', '166', '175', '176', '185', '186', '196', '133', '149', '153', '173', '177',
              '180', '181', '189', '190', '191', '193', '199']
_seen_mob = set()


def mobile():
    while True:
        n = R.choice(MOB_PREFIX) + digits(8)
        if n in _seen_mob:
            continue
        x = phonenumbers.parse('+86' + n)
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            _seen_mob.add(n)
            return n


def fmt_mob(n, style=None):
    if style is None:
        style = R.choices(['plain', '+86', '+86 ', '0086', '86', 'dash', 'space', 'fw', '+86-'],
                          [60, 8, 6, 3, 3, 6, 6, 3, 3])[0]
    if style == 'plain':
        return n
    if style == '+86':
        return '+86' + n
    if style == '+86 ':
        return '+86 ' + n[:3] + ' ' + n[3:7] + ' ' + n[7:]
    if style == '0086':
        return '0086' + n
    if style == '86':
        return '86' + n
    if style == 'dash':
        return n[:3] + '-' + n[3:7] + '-' + n[7:]
    if style == 'space':
        return n[:3] + ' ' + n[3:7] + ' ' + n[7:]
    if style == 'fw':
        return n.translate(FW)
    if style == '+86-':
        return '+86-' + n
    raise ValueError(style)


def mask_mob(n=None):
    n = n or mobile()
    return n[:3] + '****' + n[7:]


AREAS = [('010', 8), ('021', 8), ('020', 8), ('0755', 8), ('0571', 8), ('028', 8), ('027', 8), ('025', 8),
         ('029', 8), ('023', 8), ('0731', 8), ('0512', 8), ('0769', 8), ('0532', 8), ('0371', 8)]


def landline(style=None):
    while True:
        a, n = R.choice(AREAS)
        loc = str(R.randint(2, 8)) + digits(n - 1)
        x = phonenumbers.parse('+86' + a[1:] + loc)
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.FIXED_LINE:
            break
    style = style or R.choice(['dash', 'dash', 'paren', 'plain', 'space'])
    if style == 'dash':
        return a + '-' + loc
    if style == 'paren':
        return '(' + a + ')' + loc
    if style == 'space':
        return a + ' ' + loc
    return a + loc


def email(name_hint=None):
    dom = R.choice(['qq.com', '163.com', '126.com', '139.com', 'sina.com', 'gmail.com', 'foxmail.com',
                    'hotmail.com', 'outlook.com', 'yeah.net', 'aliyun.com'])
    if dom == 'qq.com' and R.random() < 0.7:
        return str(R.randint(10000, 3999999999)) + '@qq.com'
    if dom == '139.com':
        return mobile() + '@139.com'
    local = R.choice(PY_SUR) + R.choice(['', '.', '_']) + R.choice(PY_GIV) + R.choice(['', str(R.randint(1, 99)), str(R.randint(1970, 2005))])
    return local + '@' + dom


CARD_BINS = [('622202', 19), ('621226', 19), ('622848', 19), ('621700', 19), ('622700', 19), ('622588', 16),
             ('621483', 16), ('622262', 19), ('621661', 19), ('623668', 19), ('622609', 16), ('625965', 16),
             ('621799', 19), ('622908', 19), ('436742', 16), ('628288', 16), ('621485', 16), ('622150', 19)]


def bankcard():
    b, n = R.choice(CARD_BINS)
    body = b + digits(n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def fmt_card(c, style=None):
    style = style or R.choice(['plain', 'plain', 'plain', 'space'])
    if style == 'space':
        return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


MNCS = ['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11', '15', '20']


def imsi(mnc=None):
    return '460' + (mnc or R.choice(MNCS)) + digits(10)


TACS = ['86754403', '86891203', '35209810', '86012304', '86452105', '35391110', '86769504', '86146903',
        '86082205', '86401206', '35467811', '86599404']


def imei():
    body = R.choice(TACS) + digits(6)
    return body + luhn.calc_check_digit(body)


def meid():
    if R.random() < 0.25:
        return '99' + digits(12)
    return 'A' + R.choice('0011') + '0000' + hexs(8, up=True)


def iccid(op=None):
    op = op or R.choice(['00', '00', '02', '07', '01', '06', '03', '11'])
    v = '8986' + op + digits(14)
    if R.random() < 0.1:
        v = v[:19] + R.choice('ABCDEF')
    elif R.random() < 0.15:
        v = v[:19]
    return v


def mac(style=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    style = style or R.choice(['colon', 'colon', 'COLON', 'DASH'])
    if style == 'colon':
        return ':'.join('%02x' % x for x in b)
    if style == 'COLON':
        return ':'.join('%02X' % x for x in b)
    if style == 'DASH':
        return '-'.join('%02X' % x for x in b)
    if style == 'dot':
        h = ''.join('%02x' % x for x in b)
        return h[:4] + '.' + h[4:8] + '.' + h[8:]
    return ''.join('%02X' % x for x in b)


USER_NETS = [(117, 136), (223, 104), (112, 96), (183, 192), (120, 229), (36, 112), (39, 144), (111, 30),
             (221, 178), (27, 38), (113, 87), (106, 39), (58, 246), (101, 88), (124, 64), (183, 14)]


def uip():
    a, b = R.choice(USER_NETS)
    return '%d.%d.%d.%d' % (a, b, R.randint(0, 255), R.randint(1, 254))


def uip6():
    p = R.choice(['2409:8a28', '2409:8900', '240e:3b7', '2408:8456', '240e:47e'])
    return p + ':' + ':'.join('%x' % R.randint(0, 0xffff) for _ in range(6))


def lan_ip():
    return R.choice(['192.168.1.%d', '192.168.0.%d', '192.168.31.%d', '10.0.0.%d']) % R.randint(2, 250)


CITIES = [('北京', 39.9042, 116.4074), ('上海', 31.2304, 121.4737), ('广州', 23.1291, 113.2644),
          ('深圳', 22.5431, 114.0579), ('杭州', 30.2741, 120.1551), ('成都', 30.5728, 104.0668),
          ('武汉', 30.5928, 114.3055), ('西安', 34.3416, 108.9398), ('南京', 32.0603, 118.7969),
          ('重庆', 29.5630, 106.5516), ('郑州', 34.7466, 113.6254), ('青岛', 36.0671, 120.3826)]


def latlng(city=None, nd=6):
    c = city or R.choice(CITIES)
    return ('%.' + str(nd) + 'f') % (c[1] + R.uniform(-0.12, 0.12)), ('%.' + str(nd) + 'f') % (c[2] + R.uniform(-0.15, 0.15))


def eci():
    return R.randint(20000, 1000000) * 256 + R.randint(0, 200)


def cgi(kind=None):
    mnc = R.choice(['00', '01', '11', '00'])
    kind = kind or R.choice(['cgi', 'ecgi', 'ecgi', 'ncgi'])
    if kind == 'cgi':
        return '460-%s-%d-%d' % (mnc, R.randint(10000, 65000), R.randint(1000, 65000))
    if kind == 'ecgi':
        return '460-%s-%d-%d' % (mnc, R.randint(20000, 1000000), R.randint(1, 200))
    return '460%s%09X' % (mnc, R.randint(0x10000000, 0xFFFFFFFFF))


PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
PLET = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def plate(sep=None):
    p = R.choice(PROV) + R.choice('ABCDEFGH')
    if R.random() < 0.3:
        body = R.choice('DF') + (R.choice(PLET) if R.random() < 0.3 else R.choice(DIG)) + digits(4)
    else:
        chars = [R.choice(DIG) for _ in range(5)]
        for _ in range(R.choice([0, 1, 1, 2])):
            chars[R.randint(0, 4)] = R.choice(PLET)
        body = ''.join(chars)
    if sep is None:
        sep = R.choice(['', '', '', '·', ' '])
    return p + sep + body


def passport():
    r = R.random()
    if r < 0.5:
        return 'E' + digits(8)
    if r < 0.8:
        return 'E' + R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7)
    return 'G' + digits(8)


def hkm():
    return ('C' if R.random() < 0.8 else 'W') + digits(8)


ADDRS = [
    ('北京市', '', ['朝阳区', '海淀区', '丰台区', '西城区', '昌平区'], ['望京街道阜通东大街', '中关村大街', '科学园南里', '回龙观东大街', '北苑路']),
    ('上海市', '', ['浦东新区', '徐汇区', '闵行区', '静安区'], ['张杨路', '漕溪北路', '七莘路', '共和新路', '浦东南路']),
    ('广东省', '深圳市', ['南山区', '福田区', '宝安区', '龙岗区'], ['科苑路', '深南大道', '新安六路', '布吉路', '沙河西路']),
    ('广东省', '广州市', ['天河区', '海珠区', '白云区', '番禺区'], ['天河北路', '江南大道中', '机场路', '市桥街光明北路']),
    ('浙江省', '杭州市', ['西湖区', '余杭区', '滨江区', '拱墅区'], ['文三路', '五常大道', '江南大道', '莫干山路']),
    ('四川省', '成都市', ['武侯区', '锦江区', '成华区', '金牛区'], ['人民南路四段', '天府大道北段', '东大街', '建设北路二段']),
    ('湖北省', '武汉市', ['洪山区', '武昌区', '江汉区'], ['珞喻路', '中北路', '建设大道']),
    ('江苏省', '南京市', ['鼓楼区', '玄武区', '江宁区'], ['中山北路', '珠江路', '双龙大道']),
    ('陕西省', '西安市', ['雁塔区', '碑林区', '未央区'], ['小寨西路', '南大街', '凤城八路']),
    ('重庆市', '', ['渝北区', '江北区', '沙坪坝区'], ['新牌坊一路', '建新北路', '小龙坎正街']),
    ('山东省', '青岛市', ['市南区', '崂山区', '李沧区'], ['香港中路', '海尔路', '京口路']),
    ('河南省', '郑州市', ['金水区', '二七区', '中原区'], ['花园路', '大学路', '建设西路']),
]
COMPOUNDS = ['阳光花园', '翠苑小区', '碧桂园', '金地名京', '万科城', '保利香槟国际', '华润城', '龙湖春森彼岸',
             '绿地世纪城', '锦绣江南', '幸福家园', '海岸城', '滨江花园', '紫薇苑']


def address():
    prov, city, dists, streets = R.choice(ADDRS)
    head = (prov + city) if (R.random() < 0.7 or not city) else city
    d = R.choice(dists); st = R.choice(streets)
    r = R.random()
    if r < 0.35:
        tail = '%d号%s%d栋%d单元%d%02d室' % (R.randint(1, 999), R.choice(COMPOUNDS), R.randint(1, 30), R.randint(1, 6), R.randint(1, 33), R.randint(1, 4))
    elif r < 0.6:
        tail = '%d号%s%d号楼%d门%d' % (R.randint(1, 999), R.choice(COMPOUNDS), R.randint(1, 20), R.randint(1, 3), R.randint(101, 2804))
    elif r < 0.8:
        tail = '%d弄%d号%d室' % (R.randint(1, 800), R.randint(1, 60), R.randint(101, 602))
    else:
        tail = '%d号院%d号楼%d单元%d' % (R.randint(1, 40), R.randint(1, 18), R.randint(1, 4), R.randint(101, 1802))
    return head + d + st + tail


COMPANY_ADDRS = ['北京市西城区金融大街29号', '北京市西城区金融大街21号', '广东省深圳市福田区深南大道9023号',
                 '上海市浦东新区世纪大道211号', '浙江省杭州市滨江区网商路699号', '广州市天河区珠江新城珠江西路15号']

PW_WORDS = ['Crm', 'Bss', 'Oss', 'Cmcc', 'Selfcare', 'Billing', 'Redis', 'Admin', 'Root', 'Dw', 'Etl', 'Uat', 'Sms']


def pwd():
    r = R.random()
    if r < 0.45:
        return R.choice(PW_WORDS) + R.choice(['@', '#', '_', '!', '.']) + str(R.choice([2019, 2020, 2021, 2022, 2023, 123, 888, 666])) + R.choice(['', '!', '#', '$'])
    if r < 0.8:
        return alnum(R.randint(10, 16), string.ascii_letters + string.digits + '@#%^*_+=')
    return alnum(R.randint(16, 24))


def upwd():
    """password as used inside a URL (no reserved characters)"""
    if R.random() < 0.5:
        return R.choice(PW_WORDS) + R.choice(['_', '.', '-', '']) + str(R.choice([2021, 2022, 2023, 888, 666]))
    return alnum(R.randint(10, 16))


def svc_pwd():
    return digits(6)


def jwt(sub=None):
    h = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' if R.random() < 0.6 else 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9'
    payload = json.dumps({'sub': sub or str(R.randint(10 ** 9, 10 ** 10)), 'iat': 1699900000 + R.randint(0, 90000),
                          'exp': 1699990000 + R.randint(0, 90000), 'scope': 'selfcare'}, separators=(',', ':'))
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip('=')
    return h + '.' + p + '.' + b64u(43)


def ak_ali():
    return 'LTAI5t' + alnum(18)


def sk_ali():
    return alnum(30)


def ak_aws():
    return 'AKIA' + alnum(16, string.ascii_uppercase + '234567')


def sess():
    return hexs(32, up=R.random() < 0.5)


def otp():
    return digits(6)


# non-PI helpers
def uuid4():
    h = hexs(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def order_id(prefix='ORD'):
    return prefix + '2023111' + str(R.randint(3, 6)) + digits(10)


def snowflake():
    return str(R.randint(1_700_000_000_000_000_000, 1_760_000_000_000_000_000))


def usccode():
    body = '91' + R.choice(['110000', '440300', '310000', '330100']) + alnum(9, '0123456789ABCDEFGHJKLMNPQRTUWXY')
    return body + uscc.calc_check_digit(body)


def mask_id(v=None):
    v = v or rid()
    return v[:4] + '*' * 10 + v[14:]


def plen(s):
    return len(MK.sub(lambda m: m.group(2), s).encode('utf-8'))


def ms_epoch(t):
    return str(int(t.timestamp() * 1000))


class Clock:
    def __init__(self, y, mo, d, h, mi, s=0):
        self.t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=8)))

    def tick(self, lo=0.05, hi=8.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


def lb(t):  # logback timestamp
    return t.strftime('%Y-%m-%d %H:%M:%S') + '.%03d' % (t.microsecond // 1000)


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '.%03d+08:00' % (t.microsecond // 1000)


class Person:
    def __init__(self):
        self.name = cname()
        self.dob = rand_date(1955, 2005)
        self.id = rid(self.dob)
        self.mob = mobile()
        self.email = email()
        self.addr = address()
        self.card = bankcard()
        self.imsi = imsi()
        self.imei = imei()
        self.iccid = iccid()
        self.plate = plate()
        self.uid = str(R.randint(10 ** 9, 10 ** 10 - 1))


INFRA = ['10.32.14.21', '10.32.14.22', '10.40.2.11', '10.32.9.5', '172.16.8.31', '10.32.5.12', '10.32.1.8',
         '10.50.3.7', '10.32.7.20', '10.244.3.17', '10.244.7.52']


# ----------------------------------------------------------------------------- files
def f_bash():
    L = []
    db = lambda: R.choice(INFRA[:8])
    tpls = []

    def t(w):
        def deco(fn):
            tpls.append((w, fn))
            return fn
        return deco

    @t(6)
    def _():
        p = R.choice(["-p'%s'" % M(pwd(), CRED), '-p%s' % M(alnum(12), CRED), "--password='%s'" % M(pwd(), CRED)])
        return "mysql -h %s -P 3306 -u crm_ro %s crm -e \"select * from t_subscriber where msisdn='%s'\"" % (db(), p, M(mobile(), PHONE))

    @t(3)
    def _():
        return 'mysql -uroot -p%s -h127.0.0.1 -P3307' % M(alnum(14), CRED)

    @t(4)
    def _():
        return "mysql -h %s -u crm_rw -p'%s' crm -e \"update t_cust_cert set status=1 where cert_no='%s';\"" % (db(), M(pwd(), CRED), M(rid(), ID))

    @t(4)
    def _():
        return 'psql "postgresql://billing:%s@%s:5432/billing" -c "select bill_no,amount from t_bill where phone_no=\'%s\' and bill_month=\'2023%02d\'"' % (
            M(upwd(), CRED), db(), M(mobile(), PHONE), R.randint(1, 10))

    @t(3)
    def _():
        return "PGPASSWORD=%s psql -h %s -U report -d dw -c \"select cust_name,cert_no,contact_addr from ods.ods_cust where cert_no='%s'\"" % (
            M(pwd(), CRED), db(), M(rid(), ID))

    @t(5)
    def _():
        return 'redis-cli -h %s -p 6379 -a %s get sms:code:%s' % (db(), M(pwd(), CRED), M(mobile(), PHONE))

    @t(3)
    def _():
        return 'redis-cli -h %s -p 6379 -n 3 del "login:fail:%s"' % (db(), M(mobile(), PHONE))

    @t(2)
    def _():
        return "redis-cli -a '%s' set captcha:%s %s EX 300" % (M(pwd(), CRED), M(mobile(), PHONE), M(otp(), CRED))

    @t(5)
    def _():
        return 'curl -s -H "Authorization: Bearer %s" "http://%s:8080/api/v1/subscriber/query?msisdn=%s&channel=APP" | jq .' % (
            M(jwt(), CRED), db(), M(mobile(), PHONE))

    @t(4)
    def _():
        p = Person()
        return ("curl -X POST http://%s:8080/api/v2/realname/verify -H 'Content-Type: application/json' "
                "-d '{\"phone\":\"%s\",\"certNo\":\"%s\",\"name\":\"%s\",\"channel\":\"ops\"}'") % (
            db(), M(p.mob, PHONE), M(p.id, ID), M(p.name, NAME))

    @t(4)
    def _():
        return "sshpass -p '%s' ssh -o StrictHostKeyChecking=no ops@%s" % (M(pwd(), CRED), db())

    @t(2)
    def _():
        return 'sshpass -p %s scp /tmp/export_%s.csv deploy@%s:/data/tmp/' % (M(alnum(12), CRED), R.randint(20231101, 20231114), db())

    @t(6)
    def _():
        return "grep %s /data/logs/order-svc/app.log | tail -n 50" % M(mobile(), PHONE)

    @t(3)
    def _():
        return 'zgrep "%s" /data/logs/hss-adapter/hss.log.2023-11-1%d.gz | less' % (M(imsi(), IMSI), R.randint(0, 4))

    @t(2)
    def _():
        return "grep -rn '%s' /data/logs/sim-activation/ --include=*.log" % M(iccid(), ICCID)

    @t(3)
    def _():
        return "mongo --host %s -u app -p %s --authenticationDatabase admin selfcare --eval 'db.user_profile.find({mobile:\"%s\"}).pretty()'" % (
            db(), M(pwd(), CRED), M(mobile(), PHONE))

    @t(3)
    def _():
        return "curl -u elastic:%s 'http://%s:9200/selfcare-access-*/_search?q=msisdn:%s&size=20&pretty'" % (M(pwd(), CRED), db(), M(mobile(), PHONE))

    @t(1)
    def _():
        return 'export ALIBABA_CLOUD_ACCESS_KEY_ID=%s ALIBABA_CLOUD_ACCESS_KEY_SECRET=%s' % (M(ak_ali(), CRED), M(sk_ali(), CRED))

    @t(1)
    def _():
        return 'AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s aws s3 ls s3://selfcare-backup/2023/' % (M(ak_aws(), CRED), M(alnum(40, string.ascii_letters + string.digits + '/+'), CRED))

    @t(3)
    def _():
        return 'python3 tools/send_sms.py --to %s --tpl SMS_%s --param code=%s' % (M(mobile(), PHONE), digits(9), M(otp(), CRED))

    @t(2)
    def _():
        return "echo -n '%s' | md5sum" % M(rid(), ID)

    @t(2)
    def _():
        return "curl -s 'http://geoip.internal:8000/v1/geo?ip=%s' | jq .city" % M(uip(), IP)

    @t(2)
    def _():
        return 'iptables -I INPUT -s %s -j DROP   # 刷短信接口的' % M(uip(), IP)

    @t(2)
    def _():
        return "mysql -h %s -u pay_ro -p'%s' pay -e \"select * from t_bank_bind where card_no='%s'\\G\"" % (db(), M(pwd(), CRED), M(bankcard(), CARD))

    @t(2)
    def _():
        return 'curl -X DELETE "http://%s:8080/internal/user/%s/device/%s?operator=ops"' % (db(), M(mobile(), PHONE), M(imei(), IMEI))

    @t(2)
    def _():
        return 'echo "%s,%s" >> /data/whitelist/vip_%s.csv' % (M(mobile(), PHONE), M(cname(), NAME), R.randint(20231101, 20231114))

    @t(2)
    def _():
        return "mysql -h %s -u etc_ro -p'%s' etc -e \"select * from t_etc_bind where plate_no='%s'\"" % (db(), M(pwd(), CRED), M(plate(sep=''), PLATE))

    @t(2)
    def _():
        return "curl -v -H 'Cookie: SESSION=%s; lang=zh_CN' http://%s:8080/selfcare/api/user/info" % (M(sess(), CRED), db())

    @t(1)
    def _():
        return 'git clone https://oauth2:%s@gitlab.corp.local/bss/selfcare-api.git' % M('glpat-' + b64u(20), CRED)

    noise = ['cd /data/logs/order-svc/', 'ls -lh', 'kubectl get pods -n crm -o wide', 'tail -f app.log', 'df -h',
             'top', 'free -g', 'history | grep mysql', 'vim /etc/hosts', 'git log --oneline -5',
             'systemctl restart filebeat', "grep 10086 sms-template.txt", 'date +%s%3N',
             'date -d @1699934123', 'kill -9 23145', 'ps -ef | grep java', 'netstat -anp | grep 8080',
             "grep ORD2023111400012345 order.log", "grep '138****5678' app.log | wc -l",
             'curl http://10.32.1.8:8080/actuator/health', 'ssh -i ~/.ssh/id_rsa deploy@10.32.5.12',
             'ping -c 3 114.114.114.114', 'nslookup selfcare.internal 10.32.0.10', 'java -version',
             'cat /etc/redhat-release', 'du -sh /data/logs/*', "awk -F'|' '{print $3}' cdr_20231114.txt | sort | uniq -c | head",
             'crontab -l', 'exit', 'sudo su - app', 'jps -l', 'jstack 23145 > /tmp/jstack.txt']
    weights = [w for w, _ in tpls]
    for _ in range(185):
        if R.random() < 0.36:
            L.append(R.choice(noise))
        else:
            L.append(R.choices(tpls, weights)[0][1]())
    return '\n'.join(L) + '\n'


def f_zsh():
    c = Clock(2023, 11, 10, 9, 12)
    L = []

    def add(cmd):
        L.append(': %d:%d;%s' % (int(c.tick(5, 600).timestamp()), R.choice([0, 0, 0, 1, 2, 5, 12]), cmd))

    tpls = []

    def t(fn):
        tpls.append(fn)
        return fn

    @t
    def _():
        return "kubectl -n crm exec -it mysql-client-0 -- mysql -h crm-db.crm.svc -uapp -p%s -e \"select cust_name,cert_no from t_customer where msisdn='%s'\"" % (M(alnum(12), CRED), M(mobile(), PHONE))

    @t
    def _():
        return 'kubectl -n selfcare create secret generic selfcare-db --from-literal=username=selfcare --from-literal=password=%s' % M(pwd(), CRED)

    @t
    def _():
        p = Person()
        return 'http POST :8080/api/v2/realname/verify name=%s idCard=%s mobile=%s' % (M(p.name, NAME), M(p.id, ID), M(p.mob, PHONE))

    @t
    def _():
        return 'http GET :8080/api/v1/bill/detail msisdn==%s month==202310 "Authorization:Bearer %s"' % (M(mobile(), PHONE), M(jwt(), CRED))

    @t
    def _():
        return 'adb -s %s shell am start -n com.cmcc.selfcare/.ui.LoginActivity --es msisdn %s' % (alnum(8, string.ascii_uppercase + DIG), M(mobile(), PHONE))

    @t
    def _():
        return 'adb logcat -v threadtime | grep -E "%s|%s"' % (M(imei(), IMEI), M(imsi(), IMSI))

    @t
    def _():
        return 'docker run -d --name mysql-dev -e MYSQL_ROOT_PASSWORD=%s -p 3306:3306 mysql:8.0.35' % M(pwd(), CRED)

    @t
    def _():
        return 'mycli mysql://crm_dev:%s@10.40.2.11:3306/crm' % M(upwd(), CRED)

    @t
    def _():
        return "curl -s https://uat-selfcare.example-operator.cn/api/etc/bind -d 'plate=%s&phone=%s&vin=LSVAM4187C2%s'" % (M(plate(sep=''), PLATE), M(mobile(), PHONE), digits(6))

    @t
    def _():
        return "jq '.data[] | select(.imei==\"%s\")' device_dump_1114.json" % M(imei(), IMEI)

    @t
    def _():
        return 'vault kv put secret/selfcare/uat db_password=%s redis_password=%s' % (M(pwd(), CRED), M(pwd(), CRED))

    @t
    def _():
        return 'git commit -m "fix(bill): 修复%s反馈的%s月账单重复扣费 CRM-%d"' % (M(cname(), NAME), R.randint(8, 10), R.randint(3000, 4999))

    @t
    def _():
        return 'grpcurl -plaintext -H "authorization: Bearer %s" -d \'{"msisdn":"%s"}\' 10.32.1.8:9090 crm.v1.CustomerService/GetCustomer' % (M(jwt(), CRED), M(mobile(), PHONE))

    @t
    def _():
        return 'redis-cli -h 10.32.9.5 -a %s hgetall "user:profile:%s"' % (M(pwd(), CRED), M(mobile(), PHONE))

    @t
    def _():
        return "python manage.py shell -c \"from users.models import U; U.objects.filter(cert_no='%s').update(realname_status=2)\"" % M(rid(), ID)

    @t
    def _():
        return "echo '%s' | base64" % M(pwd(), CRED)

    @t
    def _():
        return 'curl -s "https://restapi.amap.com/v3/geocode/regeo?key=%s&location=%s"' % (M(hexs(32), CRED), M('%s,%s' % tuple(reversed(latlng())), LOC))

    @t
    def _():
        return 'psql -h 10.40.2.11 -U dev -d selfcare -c "select * from device_bind where iccid=\'%s\' or imsi=\'%s\'"' % (M(iccid(), ICCID), M(imsi(), IMSI))

    @t
    def _():
        p = Person()
        return 'http PUT :8080/api/v1/user/address msisdn=%s receiver=%s address=%s' % (M(p.mob, PHONE), M(p.name, NAME), M(p.addr, ADDR))

    noise = ['git pull --rebase', 'mvn -q -DskipTests package', 'kubectl config use-context uat', 'k9s',
             'brew upgrade', 'code .', 'gst', 'gco -b feature/CRM-4123-bill-page', 'npm run dev',
             'docker compose up -d', 'docker ps', 'kubectl -n crm get pods', 'kubectl -n crm logs -f deploy/order-svc --tail=200',
             'ssh jump01', 'cat ~/.kube/config | head', 'open https://jira.corp.local/browse/CRM-4127', 'ls', 'cd ~/work/selfcare-android',
             './gradlew assembleUatDebug', 'adb devices', 'adb install -r app/build/outputs/apk/uat/debug/app-uat-debug.apk',
             'python3 -m venv .venv', 'pip install -r requirements.txt', 'pytest -k realname -x', 'ping 10086.cn']
    for _ in range(175):
        if R.random() < 0.38:
            add(R.choice(noise))
        else:
            add(R.choice(tpls)())
    # a multi-line command as zsh stores it
    p = Person()
    add('curl -X POST https://uat-selfcare.example-operator.cn/api/v1/order/create \\\n  -H "Authorization: Bearer %s" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"msisdn":"%s","custName":"%s","certNo":"%s","offerId":"OFR%s","addr":"%s"}\'' % (
        M(jwt(), CRED), M(p.mob, PHONE), M(p.name, NAME), M(p.id, ID), digits(8), M(p.addr, ADDR)))
    return '\n'.join(L) + '\n'


def f_env():
    o = []
    a = o.append
    a('# selfcare-api  staging  (do NOT commit!!! 已加到 .gitignore)')
    a('APP_ENV=staging')
    a('APP_PORT=8080')
    a('APP_VERSION=3.18.2-rc1')
    a('TZ=Asia/Shanghai')
    a('')
    a('# --- database ---')
    a('DB_HOST=10.40.2.11')
    a('DB_PORT=3306')
    a('DB_NAME=selfcare')
    a('DB_USER=selfcare_app')
    a('DB_PASSWORD=%s' % M(pwd(), CRED))
    a('DB_READONLY_URL=mysql://selfcare_ro:%s@10.40.2.12:3306/selfcare?charset=utf8mb4' % M(upwd(), CRED))
    a('REDIS_URL=redis://:%s@10.32.9.5:6379/3' % M(upwd(), CRED))
    a('MONGO_URI="mongodb://app:%s@10.32.14.30:27017,10.32.14.31:27017/selfcare?replicaSet=rs0&authSource=admin"' % M(upwd(), CRED))
    a('')
    a('# --- auth ---')
    a('JWT_SECRET=%s' % M(b64u(64), CRED))
    a('JWT_EXPIRE_SECONDS=7200')
    a('REFRESH_TOKEN_SALT="%s"' % M(hexs(32), CRED))
    a('SESSION_COOKIE_NAME=SESSION')
    a('')
    a('# --- 短信网关 ---')
    a('SMS_GATEWAY_URL=http://10.32.7.20:9001/sms/send')
    a('SMS_APP_KEY=%s' % M(alnum(24), CRED))
    a('SMS_APP_SECRET=%s' % M(hexs(40), CRED))
    a('SMS_SIGN=【中国移动】')
    a('SMS_SERVICE_NO=10086')
    a('SMS_TEST_CODE=%s   # 测试环境万能验证码' % M(otp(), CRED))
    a('')
    a('# --- OSS / 实名照片 ---')
    a('ALIYUN_OSS_ENDPOINT=oss-cn-beijing-internal.aliyuncs.com')
    a('ALIYUN_OSS_BUCKET=selfcare-realname-stg')
    a('ALIYUN_OSS_ACCESS_KEY_ID=%s' % M(ak_ali(), CRED))
    a('ALIYUN_OSS_ACCESS_KEY_SECRET=%s' % M(sk_ali(), CRED))
    a('')
    a('# --- payment ---')
    a('WECHAT_APPID=wx%s' % hexs(16))
    a("WECHAT_APP_SECRET='%s'" % M(hexs(32), CRED))
    a('WECHAT_MCH_ID=%s' % digits(10))
    a('WECHAT_API_V3_KEY=%s' % M(alnum(32), CRED))
    a('UNIONPAY_MER_ID=898%s' % digits(12))
    a('UNIONPAY_CERT_PATH=/etc/selfcare/certs/acp_test_sign.pfx')
    a('UNIONPAY_CERT_PWD=%s' % M('000000', CRED))
    a('ALIPAY_APP_ID=2021%s' % digits(12))
    a('ALIPAY_PRIVATE_KEY_PATH=/etc/selfcare/certs/alipay_private.pem')
    a('')
    a('# --- observability ---')
    a('SENTRY_DSN=https://%s@sentry.corp.local/17' % M(hexs(32), CRED))
    a('OTEL_EXPORTER_OTLP_ENDPOINT=http://10.32.1.40:4317')
    a('LOG_LEVEL=debug')
    a('')
    a('# --- 公司信息（发票抬头） ---')
    a('COMPANY_NAME=中国移动通信集团某省有限公司')
    a('COMPANY_USCC=%s' % usccode())
    a('COMPANY_ADDR=%s' % R.choice(COMPANY_ADDRS))
    a('HOTLINE=10086')
    a('ENTERPRISE_HOTLINE=400-%s-%s' % (digits(3), digits(4)))
    a('')
    a('# --- 测试号码 / 白名单（压测 & 联调用，别删） ---')
    nums = [mobile() for _ in range(8)]
    a('TEST_MSISDN_LIST=' + ','.join(M(n, PHONE) for n in nums))
    a('GRAY_RELEASE_WHITELIST="%s"' % ';'.join(M(mobile(), PHONE) for _ in range(5)))
    for i in range(1, 5):
        p = Person()
        a('TEST_USER_%d_NAME=%s' % (i, M(p.name, NAME)))
        a('TEST_USER_%d_MSISDN=%s' % (i, M(p.mob, PHONE)))
        a('TEST_USER_%d_IDCARD=%s' % (i, M(p.id, ID)))
        a('TEST_USER_%d_SERVICE_PWD=%s' % (i, M(svc_pwd(), CRED)))
        if i % 2:
            a('TEST_USER_%d_BANKCARD=%s' % (i, M(p.card, CARD)))
            a('TEST_USER_%d_ICCID=%s' % (i, M(p.iccid, ICCID)))
        else:
            a('TEST_USER_%d_IMSI=%s' % (i, M(p.imsi, IMSI)))
            a('TEST_USER_%d_ADDR="%s"' % (i, M(p.addr, ADDR)))
    a('# 李女士的号，客户同意联调到月底 (138****%s)' % digits(4))
    a('MOCK_REALNAME_FAIL_IDCARD=%s' % M(rid(), ID))
    a('MOCK_BLACKLIST_IMEI=%s,%s' % (M(imei(), IMEI), M(imei(), IMEI)))
    a('FEATURE_FLAGS=new_bill_page,etc_bind_v2,esim_transfer')
    a('BUILD_TIME=%s' % '1699934123456')
    a('GIT_SHA=%s' % hexs(40))
    return '\n'.join(o) + '\n'


def yv(v, t=None):
    t = t or CRED
    if not v[0].isalnum():
        return "'%s'" % M(v, t)
    return M(v, t)


def f_yml():
    o = []
    a = o.append
    a('spring:')
    a('  application:')
    a('    name: crm-order-svc')
    a('  profiles:')
    a('    active: uat')
    a('  datasource:')
    a('    driver-class-name: com.mysql.cj.jdbc.Driver')
    a('    url: jdbc:mysql://10.40.2.11:3306/crm?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai')
    a('    username: crm_app')
    a('    password: %s' % yv(pwd()))
    a('    hikari:')
    a('      maximum-pool-size: 30')
    a('      connection-timeout: 30000')
    a('  redis:')
    a('    host: 10.32.9.5')
    a('    port: 6379')
    a("    password: '%s'" % M(pwd(), CRED))
    a('    database: 3')
    a('  kafka:')
    a('    bootstrap-servers: 10.32.20.11:9092,10.32.20.12:9092,10.32.20.13:9092')
    a('    properties:')
    a('      security.protocol: SASL_PLAINTEXT')
    a('      sasl.mechanism: SCRAM-SHA-256')
    a('      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="crm-order" password="%s";' % M(pwd(), CRED))
    a('  mail:')
    a('    host: smtp.corp.local')
    a('    username: crm-notify@corp.local')
    a('    password: %s' % yv(pwd()))
    a('')
    a('rocketmq:')
    a('  name-server: 10.32.21.5:9876;10.32.21.6:9876')
    a('  producer:')
    a('    group: crm-order-producer')
    a('    access-key: %s' % M(ak_ali(), CRED))
    a('    secret-key: %s' % M(sk_ali(), CRED))
    a('')
    a('security:')
    a('  oauth2:')
    a('    client:')
    a('      client-id: crm-order-svc')
    a('      client-secret: %s' % M(uuid4().replace('-', ''), CRED))
    a('      access-token-uri: http://10.32.1.9:8080/oauth/token')
    a('  jwt:')
    a('    secret: "%s"' % M(b64u(48), CRED))
    a('    expire: 7200')
    a('')
    a('sms:')
    a('  gateway: http://10.32.7.20:9001/sms/send')
    a('  sp-code: "10658%s"' % digits(6))
    a('  account: crm_order')
    a('  password: "%s"' % M(pwd(), CRED))
    a('  templates:')
    a('    order-success: "【中国移动】尊敬的客户，您办理的{offerName}已生效，详询10086。"')
    a('')
    a('management:')
    a('  endpoints.web.exposure.include: health,info,prometheus')
    a('')
    a('# ===== 联调测试数据，上线前删掉 (CRM-4031) =====')
    a('test-data:')
    a('  enabled: true')
    a('  subscribers:')
    for i in range(9):
        p = Person()
        a('    - msisdn: "%s"' % M(fmt_mob(p.mob, R.choice(['plain', 'plain', '+86'])), PHONE))
        a('      name: %s' % M(p.name, NAME))
        a('      cert-type: 01')
        a("      cert-no: '%s'" % M(p.id, ID))
        a('      birthday: %s' % M(fmt_dob(p.dob, 'iso'), DOB))
        a('      iccid: "%s"' % M(p.iccid, ICCID))
        a('      imsi: "%s"' % M(p.imsi, IMSI))
        if i % 3 == 0:
            a('      bank-card: "%s"' % M(p.card, CARD))
        if i % 3 == 1:
            a('      address: %s' % M(p.addr, ADDR))
            a('      email: %s' % M(p.email, EMAIL))
        if i % 3 == 2:
            a('      service-password: "%s"' % M(svc_pwd(), CRED))
            a('      contact-phone: "%s"' % M(landline(), PHONE))
        a('      offer-id: OFR%s' % digits(8))
        a('      created: 2023-10-%02d' % R.randint(1, 31))
    a('  foreigners:')
    for _ in range(2):
        a('    - name: %s' % M(cname(), NAME))
        a('      cert-type: 03  # 护照')
        a('      cert-no: %s' % M(passport(), PASS))
        a('      msisdn: %s' % M(mobile(), PHONE))
    a('    - name: %s' % M(cname(), NAME))
    a('      cert-type: 07  # 往来港澳通行证')
    a('      cert-no: %s' % M(hkm(), HKM))
    a('      msisdn: %s' % M(mobile(), PHONE))
    a('')
    a('---')
    a('spring:')
    a('  config:')
    a('    activate:')
    a('      on-profile: prod')
    a('  datasource:')
    a('    url: jdbc:mysql://10.40.9.21:3306/crm?useSSL=true')
    a('    username: crm_app')
    a('    password: ${CRM_DB_PASSWORD}')
    a('  redis:')
    a('    password: ${REDIS_PASSWORD:%s}' % M(pwd(), CRED))
    a('company:')
    a('  name: 某省移动通信有限公司')
    a('  uscc: %s' % usccode())
    a('  address: %s' % R.choice(COMPANY_ADDRS))
    a('  hotline: "10086"')
    a('  complaint: "400-%s-%s"' % (digits(3), digits(4)))
    a('')
    a('# application.properties (legacy, 迁移中)')
    a('# crm.legacy.datasource.password=%s' % M(pwd(), CRED))
    a('# crm.legacy.ftp.url=ftp://crmftp:%s@10.40.30.2/export' % M(upwd(), CRED))
    a('# crm.legacy.test.msisdn=%s' % M(mobile(), PHONE))
    return '\n'.join(o) + '\n'


def f_k8s():
    c = Clock(2023, 11, 14, 10, 2)
    o = []
    a = o.append
    pod = 'order-svc-7d9f8b6c4-x2kqp'
    a('$ kubectl -n crm logs %s --since=1h | grep -v actuator' % pod)
    threads = ['http-nio-8080-exec-%d' % i for i in range(1, 21)]
    for i in range(82):
        t = c.tick(0.1, 20)
        tid = hexs(32)
        th = R.choice(threads)
        p = Person()
        r = R.random()
        if r < 0.16:
            a('%s  INFO 1 --- [%s] c.c.c.o.controller.OrderController      : [traceId=%s] createOrder req={"msisdn":"%s","custName":"%s","certType":"01","certNo":"%s","offerId":"OFR%s","channel":"APP"}' % (
                lb(t), th, tid, M(p.mob, PHONE), M(p.name, NAME), M(p.id, ID), digits(8)))
        elif r < 0.28:
            a('%s  INFO 1 --- [%s] c.c.c.o.service.DeliveryService          : [traceId=%s] 配送地址 receiver=%s, phone=%s, address=%s, orderNo=%s' % (
                lb(t), th, tid, M(p.name, NAME), M(fmt_mob(p.mob), PHONE), M(p.addr, ADDR), order_id()))
        elif r < 0.38:
            a('%s  WARN 1 --- [%s] c.c.c.o.service.RealnameService          : [traceId=%s] realname check failed, certNo=%s name=%s code=3002 msg=人证不一致' % (
                lb(t), th, tid, M(p.id, ID), M(p.name, NAME)))
        elif r < 0.46:
            a('%s DEBUG 1 --- [%s] c.c.c.o.mapper.SubscriberMapper.selectByMsisdn : ==> Parameters: %s(String), %s(String)' % (
                lb(t), th, M(p.mob, PHONE), M(p.imsi, IMSI)))
        elif r < 0.53:
            a('%s  INFO 1 --- [%s] c.c.c.o.client.PayClient                 : [traceId=%s] pay callback tradeNo=%s amount=%d.%02d cardNo=%s bankCode=ICBC' % (
                lb(t), th, tid, snowflake(), R.randint(10, 999), R.randint(0, 99), M(fmt_card(p.card), CARD)))
        elif r < 0.6:
            a('%s ERROR 1 --- [%s] c.c.c.o.handler.GlobalExceptionHandler   : [traceId=%s] sim activation failed iccid=%s msisdn=%s' % (
                lb(t), th, tid, M(p.iccid, ICCID), M(p.mob, PHONE)))
            a('java.lang.IllegalStateException: ICCID %s already bound to IMSI %s' % (M(p.iccid, ICCID), M(p.imsi, IMSI)))
            a('\tat com.cmcc.crm.order.service.SimService.activate(SimService.java:%d)' % R.randint(80, 400))
            a('\tat com.cmcc.crm.order.controller.SimController.activate(SimController.java:%d)' % R.randint(40, 120))
            a('\tat java.base/java.lang.Thread.run(Thread.java:833)')
        elif r < 0.68:
            a(jd({'@timestamp': iso(t), 'level': 'INFO', 'logger': 'AccessLog', 'traceId': tid, 'method': 'GET',
                  'uri': '/api/v1/bill/detail', 'query': 'msisdn=%s&month=2023%02d' % (M(p.mob, PHONE), R.randint(1, 10)),
                  'status': 200, 'costMs': R.randint(3, 900), 'clientIp': M(uip(), IP), 'ua': 'SelfCare/9.3.1 (Android 13; V2227A)'}))
        elif r < 0.75:
            a(jd({'@timestamp': iso(t), 'level': 'INFO', 'logger': 'LoginAudit', 'traceId': tid, 'event': 'LOGIN_SUCCESS',
                  'msisdn': M(p.mob, PHONE), 'loginType': 'SMS', 'smsCode': M(otp(), CRED), 'xff': M(uip(), IP) + ', 10.244.0.1',
                  'deviceId': uuid4(), 'ts': int(ms_epoch(t))}))
        elif r < 0.8:
            a('%s  INFO 1 --- [%s] c.c.c.o.service.EtcService               : [traceId=%s] ETC bind plate=%s owner=%s phone=%s obu=%s' % (
                lb(t), th, tid, M(p.plate, PLATE), M(p.name, NAME), M(p.mob, PHONE), digits(16)))
        elif r < 0.84:
            a('%s  INFO 1 --- [%s] c.c.c.o.filter.AuthFilter                : token=%s uid=%s path=/api/v1/order/list' % (
                lb(t), th, M(jwt(p.uid), CRED), p.uid))
        else:
            a('%s  INFO 1 --- [%s] c.c.c.o.controller.OrderController      : [traceId=%s] order %s status PAID -> SHIPPED, cost %dms' % (
                lb(t), th, tid, order_id(), R.randint(2, 300)))
    a('')
    a('$ kubectl -n crm describe pod %s' % pod)
    a('Name:             %s' % pod)
    a('Namespace:        crm')
    a('Priority:         0')
    a('Service Account:  order-svc')
    a('Node:             cn-bj-node-07/10.32.30.17')
    a('Start Time:       Tue, 14 Nov 2023 09:41:02 +0800')
    a('Labels:           app=order-svc')
    a('                  pod-template-hash=7d9f8b6c4')
    a('Status:           Running')
    a('IP:               10.244.7.52')
    a('Containers:')
    a('  order-svc:')
    a('    Container ID:   containerd://%s' % hexs(64))
    a('    Image:          harbor.corp.local/crm/order-svc:3.18.2')
    a('    Image ID:       harbor.corp.local/crm/order-svc@sha256:%s' % hexs(64))
    a('    Port:           8080/TCP')
    a('    State:          Running')
    a('    Restart Count:  3')
    a('    Limits:')
    a('      cpu:     2')
    a('      memory:  4Gi')
    a('    Environment:')
    a('      SPRING_PROFILES_ACTIVE:      uat')
    a('      SPRING_DATASOURCE_URL:       jdbc:mysql://10.40.2.11:3306/crm')
    a('      SPRING_DATASOURCE_USERNAME:  crm_app')
    a('      SPRING_DATASOURCE_PASSWORD:  %s' % M(pwd(), CRED))
    a('      REDIS_PASSWORD:              <set to the key \'password\' in secret \'crm-redis\'>  Optional: false')
    a('      SMS_APP_SECRET:              %s' % M(hexs(40), CRED))
    a('      JAVA_OPTS:                   -Xms2g -Xmx3g -Dtest.msisdn=%s' % M(mobile(), PHONE))
    a('    Mounts:')
    a('      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)' % alnum(5, string.ascii_lowercase + DIG))
    a('Events:')
    a('  Type     Reason     Age                From     Message')
    a('  ----     ------     ----               ----     -------')
    a('  Warning  Unhealthy  12m (x4 over 40m)  kubelet  Liveness probe failed: Get "http://10.244.7.52:8080/actuator/health": context deadline exceeded')
    a('  Normal   Pulled     11m                kubelet  Container image "harbor.corp.local/crm/order-svc:3.18.2" already present on machine')
    a('')
    a('$ kubectl -n crm logs realname-ocr-5c8d7f9b5-lq8zt --tail=60')
    for i in range(28):
        t = c.tick(0.5, 30)
        p = Person()
        r = R.random()
        if r < 0.45:
            a('[%s] [INFO] ocr front result: {"name":"%s","sex":"%s","nation":"汉","birth":"%s","address":"%s","idNumber":"%s","confidence":0.9%d}' % (
                lb(t), M(p.name, NAME), R.choice('男女'), M(fmt_dob(p.dob, R.choice(['cn', 'compact'])), DOB), M(p.addr, ADDR), M(p.id, ID), R.randint(1, 9)))
        elif r < 0.65:
            a('[%s] [INFO] ocr back result: {"authority":"%s公安局%s分局","validDate":"20%02d.%02d.%02d-20%02d.%02d.%02d"}' % (
                lb(t), R.choice(['北京市', '深圳市', '杭州市', '成都市']), R.choice(['朝阳', '南山', '西湖', '武侯']), R.randint(14, 22), R.randint(1, 12), R.randint(1, 28), R.randint(24, 42), R.randint(1, 12), R.randint(1, 28)))
        elif r < 0.85:
            a('[%s] [INFO] liveness score=%.3f session=%s msisdn=%s' % (lb(t), R.uniform(0.5, 1), uuid4(), M(p.mob, PHONE)))
        else:
            a('[%s] [WARN] passport mrz parse: no=%s name=%s birth=%s' % (lb(t), M(passport(), PASS), M(pyname().upper().replace(' ', ', '), NAME), M(fmt_dob(p.dob, 'iso'), DOB)))
    return '\n'.join(o) + '\n'


def f_compose():
    c = Clock(2023, 11, 14, 14, 30)
    o = []
    a = o.append
    a('$ docker compose -f docker-compose.uat.yml logs --no-color --tail=200')
    for _ in range(100):
        t = c.tick(0.05, 6)
        ts = t.strftime('%Y-%m-%dT%H:%M:%S') + '.%06dZ' % t.microsecond
        r = R.random()
        if r < 0.22:
            code = otp()
            a('sms-gateway-1  | %s INFO  [sender] send ok to=%s tpl=SMS_LOGIN content="【中国移动】您的验证码是%s，5分钟内有效，请勿泄露。" msgid=%s' % (
                ts, M(fmt_mob(mobile(), R.choice(['plain', 'plain', '86', '+86'])), PHONE), M(code, CRED), hexs(24)))
        elif r < 0.3:
            a('sms-gateway-1  | %s WARN  [sender] submit_sm failed dest=%s err=0x%08X retry=1' % (ts, M(mobile(), PHONE), R.choice([8, 0x45, 0x58])))
        elif r < 0.52:
            d = t.strftime('%d/%b/%Y:%H:%M:%S +0800')
            path = R.choice(['/api/v1/sms/send?mobile=%s&scene=login' % M(mobile(), PHONE),
                             '/api/v1/user/info?msisdn=%s' % M(mobile(), PHONE),
                             '/api/v1/bill/summary?phone=%s&month=202310' % M(mobile(), PHONE),
                             '/api/v1/offer/list?province=bj&ver=9.3.1',
                             '/static/js/app.%s.js' % hexs(8)])
            a('nginx-1        | %s - - [%s] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Linux; Android 13; PGT-AN10) AppleWebKit/537.36 SelfCare/9.3.1" "%s" rt=%.3f' % (
                M(uip(), IP), d, path, R.choice([200, 200, 200, 302, 404, 500]), R.randint(120, 40000), M(uip(), IP), R.uniform(0.001, 2)))
        elif r < 0.6:
            p = Person()
            a('app-1          | %s [main] INFO  c.c.s.SelfcareApplication - DataSource url=jdbc:mysql://mysql:3306/selfcare?user=root&password=%s' % (ts, M(upwd(), CRED)) if R.random() < 0.3 else
              'app-1          | %s [http-3] INFO  c.c.s.user.UserService - update profile uid=%s name=%s email=%s' % (ts, p.uid, M(p.name, NAME), M(p.email, EMAIL)))
        elif r < 0.68:
            p = Person()
            a('app-1          | %s [http-7] DEBUG c.c.s.card.BindCardService - bind card req cardNo=%s holder=%s idNo=%s mobile=%s' % (
                ts, M(p.card, CARD), M(p.name, NAME), M(p.id, ID), M(p.mob, PHONE)))
        elif r < 0.74:
            a('app-1          | %s [http-2] INFO  c.c.s.auth.LoginController - login ok msisdn=%s, token=%s, refresh=%s' % (
                ts, M(mobile(), PHONE), M(jwt(), CRED), M(b64u(40), CRED)))
        elif r < 0.79:
            a('app-1          | %s [http-5] ERROR c.c.s.user.UserService - password mismatch for %s, input=%s' % (ts, M(mobile(), PHONE), M(pwd(), CRED)))
        elif r < 0.84:
            a('redis-1        | 1:M %s * %d changes in 300 seconds. Saving...' % (t.strftime('%d %b %Y %H:%M:%S.') + '%03d' % (t.microsecond // 1000), R.randint(10, 999)))
        elif r < 0.88:
            a('mysql-1        | %s 0 [Warning] Access denied for user \'root\'@\'172.18.0.%d\' (using password: YES)' % (ts, R.randint(2, 9)))
        elif r < 0.93:
            p = Person()
            a('app-1          | %s [http-1] INFO  c.c.s.addr.AddressService - new address uid=%s contact=%s tel=%s addr=%s' % (
                ts, p.uid, M(p.name, NAME), M(landline() if R.random() < 0.3 else p.mob, PHONE), M(p.addr, ADDR)))
        else:
            a('app-1          | %s [scheduling-1] INFO  c.c.s.job.BillJob - bill job done, batch=%s rows=%d cost=%dms' % (ts, snowflake(), R.randint(1000, 90000), R.randint(100, 90000)))
    return '\n'.join(o) + '\n'


def f_jenkins():
    o = []
    a = o.append
    a('Started by timer')
    a('Running as SYSTEM')
    a('[Pipeline] Start of Pipeline')
    a('[Pipeline] node')
    a('Running on agent-k8s-%s in /home/jenkins/agent/workspace/selfcare-api-e2e' % alnum(5, string.ascii_lowercase + DIG))
    a('[Pipeline] { (Checkout)')
    a('The recommended git tool is: NONE')
    a('using credential gitlab-ci-token')
    a(' > git fetch --tags --force --progress -- https://gitlab.corp.local/bss/selfcare-api.git +refs/heads/*:refs/remotes/origin/*')
    a('Checking out Revision %s (origin/release/3.18)' % hexs(40))
    a('Commit message: "CRM-4127 修复账单详情页重复扣费展示"')
    a('[Pipeline] withCredentials')
    a('Masking supported pattern matches of $DB_PASS or $SMS_SECRET')
    a('[Pipeline] sh')
    a('+ docker login -u ci-bot -p %s harbor.corp.local' % M(pwd(), CRED))
    a('WARNING! Using --password via the CLI is insecure. Use --password-stdin.')
    a('Login Succeeded')
    a('+ mysql -h 10.40.2.11 -u ci -p**** selfcare_test -e "source sql/seed_test_users.sql"')
    a('[Pipeline] sh')
    a('+ export TEST_ENV=uat')
    a('+ export API_TOKEN=%s' % M(jwt(), CRED))
    a('+ export REDIS_PASS=%s' % M(pwd(), CRED))
    a('+ echo \'seed test users\'')
    a('seed test users')
    users = [Person() for _ in range(9)]
    for p in users:
        a("+ echo '%s,%s,%s,%s'" % (M(p.mob, PHONE), M(p.name, NAME), M(p.id, ID), M(p.iccid, ICCID)))
        a('%s,%s,%s,%s' % (M(p.mob, PHONE), M(p.name, NAME), M(p.id, ID), M(p.iccid, ICCID)))
    a('[Pipeline] { (E2E)')
    a('+ pytest tests/e2e -v --junitxml=report.xml')
    a('============================= test session starts ==============================')
    a('platform linux -- Python 3.11.4, pytest-7.4.3, pluggy-1.3.0 -- /usr/local/bin/python')
    a('collected %d items' % 148)
    a('')
    for i in range(48):
        p = R.choice(users)
        r = R.random()
        if r < 0.35:
            a('tests/e2e/test_realname.py::test_verify[%s-%s-%s] %s [%2d%%]' % (M(p.name, NAME), M(p.id, ID), M(p.mob, PHONE), R.choice(['PASSED', 'PASSED', 'PASSED', 'FAILED']), i + 1))
        elif r < 0.55:
            a('tests/e2e/test_bill.py::test_bill_detail[%s-2023%02d] PASSED [%2d%%]' % (M(p.mob, PHONE), R.randint(1, 10), i + 1))
        elif r < 0.65:
            a('tests/e2e/test_bind_card.py::test_bind[%s] PASSED [%2d%%]' % (M(p.card, CARD), i + 1))
        elif r < 0.75:
            a('tests/e2e/test_offer.py::test_offer_list[OFR%s] PASSED [%2d%%]' % (digits(8), i + 1))
        else:
            a('tests/e2e/test_sim.py::test_activate[%s-%s] PASSED [%2d%%]' % (M(p.iccid, ICCID), M(p.imsi, IMSI), i + 1))
    a('')
    a('=================================== FAILURES ===================================')
    for _ in range(4):
        p = R.choice(users)
        a('______________ test_verify[%s-%s-%s] ______________' % (M(p.name, NAME), M(p.id, ID), M(p.mob, PHONE)))
        a('')
        a('    def test_verify(name, cert_no, msisdn):')
        a('        resp = client.post("/api/v2/realname/verify", json={"name": name, "certNo": cert_no, "phone": msisdn})')
        a('>       assert resp.json()["code"] == 0')
        a("E       AssertionError: assert 3002 == 0")
        a('E        +  where 3002 = {\'code\': 3002, \'msg\': \'人证不一致\', \'data\': {\'name\': \'%s\', \'certNo\': \'%s\', \'birthday\': \'%s\', \'address\': \'%s\'}}[\'code\']' % (
            M(p.name, NAME), M(p.id, ID), M(fmt_dob(p.dob, 'iso'), DOB), M(p.addr, ADDR)))
        a('')
        a('tests/e2e/test_realname.py:%d: AssertionError' % R.randint(20, 90))
        a('----------------------------- Captured log call -------------------------------')
        a('DEBUG    urllib3.connectionpool:connectionpool.py:456 http://10.32.1.8:8080 "POST /api/v2/realname/verify HTTP/1.1" 200 %d' % R.randint(90, 300))
        a('DEBUG    client:client.py:41 headers={\'Authorization\': \'Bearer %s\', \'X-Request-Id\': \'%s\'}' % (M(jwt(), CRED), uuid4()))
    a('=========================== short test summary info ============================')
    a('FAILED tests/e2e/test_realname.py::test_verify - AssertionError: assert 3002 == 0')
    a('================== 4 failed, 144 passed in 312.44s (0:05:12) ===================')
    a('[Pipeline] sh')
    a("+ curl -s -X POST 'https://oapi.dingtalk.com/robot/send?access_token=%s' -H 'Content-Type: application/json' -d '{\"msgtype\":\"text\",\"text\":{\"content\":\"selfcare-api-e2e #1842 FAILED, owner %s\"}}'" % (
        M(hexs(64), CRED), M(cname(), NAME)))
    a('{"errcode":0,"errmsg":"ok"}')
    a('[Pipeline] sh')
    a('+ ./scripts/smoke.sh')
    for _ in range(10):
        p = R.choice(users)
        a('+ curl -s -o /dev/null -w "%%{http_code}" "http://10.32.1.8:8080/api/v1/user/info?msisdn=%s" -H "Cookie: SESSION=%s"' % (M(p.mob, PHONE), M(sess(), CRED)))
        a(R.choice(['200', '200', '401']))
    a('+ echo "plate test: %s / %s"' % (M(plate(), PLATE), M(plate(), PLATE)))
    a('[Pipeline] junit')
    a('Recording test results')
    a('[Checks API] No suitable checks publisher found.')
    a('[Pipeline] End of Pipeline')
    a('ERROR: script returned exit code 1')
    a('Finished: FAILURE')
    return '\n'.join(o) + '\n'


def jdc(obj):
    return jd(obj, separators=(',', ':'))


def har_hdrs(d):
    return [{'name': k, 'value': v} for k, v in d]


def f_har():
    c = Clock(2023, 11, 14, 20, 11)
    entries = []
    me = Person()
    sesv = sess()
    tok = jwt(me.uid)
    base = 'https://h5.selfcare.example-operator.cn'
    ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 SelfCare/9.3.1'

    def entry(method, path, query, body, resp, cookie=True, auth=True, extra_h=None):
        t = c.tick(0.2, 30)
        url = base + path + ('?' + '&'.join('%s=%s' % kv for kv in query) if query else '')
        h = [(':authority', 'h5.selfcare.example-operator.cn'), ('user-agent', ua), ('accept', 'application/json, text/plain, */*')]
        if cookie:
            h.append(('cookie', 'SESSION=%s; Hm_lvt_%s=%d; province=bj; msisdn=%s' % (M(sesv, CRED), hexs(32), int(t.timestamp()) - 86400, M(me.mob, PHONE))))
        if auth:
            h.append(('authorization', 'Bearer ' + M(tok, CRED)))
        if extra_h:
            h += extra_h
        req = {'method': method, 'url': url, 'httpVersion': 'http/2.0', 'headers': har_hdrs(h),
               'queryString': [{'name': k, 'value': v} for k, v in query],
               'cookies': ([{'name': 'SESSION', 'value': M(sesv, CRED), 'path': '/', 'httpOnly': True},
                            {'name': 'msisdn', 'value': M(me.mob, PHONE)}] if cookie else []),
               'headersSize': -1, 'bodySize': plen(body) if body else 0}
        if body:
            req['postData'] = {'mimeType': 'application/json;charset=UTF-8', 'text': body}
        rh = [('content-type', 'application/json;charset=UTF-8'), ('date', t.astimezone(dt.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S GMT')),
              ('x-trace-id', hexs(32)), ('server', 'nginx')]
        entries.append({'startedDateTime': t.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000),
                        'time': round(R.uniform(20, 900), 3), 'request': req,
                        'response': {'status': 200, 'statusText': '', 'httpVersion': 'http/2.0', 'headers': har_hdrs(rh),
                                     'cookies': [], 'content': {'size': plen(resp), 'mimeType': 'application/json', 'text': resp},
                                     'redirectURL': '', 'headersSize': -1, 'bodySize': -1},
                        'cache': {}, 'timings': {'blocked': 1.2, 'dns': -1, 'ssl': -1, 'connect': -1, 'send': 0.1, 'wait': round(R.uniform(10, 800), 2), 'receive': 0.9},
                        'serverIPAddress': R.choice(['111.13.100.92', '120.232.65.17']), 'connection': str(R.randint(1000, 99999))})

    entry('POST', '/api/v1/sms/send', [], jdc({'mobile': M(me.mob, PHONE), 'scene': 'login', 'captchaTicket': hexs(48)}),
          jdc({'code': 0, 'msg': 'success', 'data': {'expire': 300, 'requestId': uuid4()}}), cookie=False, auth=False)
    entry('POST', '/api/v1/auth/login', [], jdc({'mobile': M(me.mob, PHONE), 'smsCode': M(otp(), CRED), 'deviceId': uuid4(), 'loginType': 'SMS'}),
          jdc({'code': 0, 'data': {'accessToken': M(tok, CRED), 'refreshToken': M(b64u(48), CRED), 'expiresIn': 7200, 'uid': me.uid}}), cookie=False, auth=False)
    entry('POST', '/api/v1/auth/login', [], jdc({'mobile': M(me.mob, PHONE), 'servicePwd': M(svc_pwd(), CRED), 'loginType': 'SERVICE_PWD'}),
          jdc({'code': 1003, 'msg': '服务密码错误，还可尝试4次'}), cookie=False, auth=False)
    entry('GET', '/api/v1/user/info', [('msisdn', M(me.mob, PHONE)), ('_t', ms_epoch(c.t))], None,
          jdc({'code': 0, 'data': {'msisdn': M(me.mob, PHONE), 'custName': M(me.name, NAME), 'certNo': mask_id(me.id), 'starLevel': '四星',
                                  'brand': '全球通', 'email': M(me.email, EMAIL), 'birthday': M(fmt_dob(me.dob, 'iso'), DOB),
                                  'iccid': M(me.iccid, ICCID), 'imsi': M(me.imsi, IMSI)}}))
    entry('GET', '/api/v1/bill/summary', [('msisdn', M(me.mob, PHONE)), ('month', '202310')], None,
          jdc({'code': 0, 'data': {'billNo': 'B2023' + digits(14), 'total': '%d.%02d' % (R.randint(20, 300), R.randint(0, 99)), 'items': [
              {'name': '套餐月费', 'fee': '128.00'}, {'name': '语音通话', 'fee': '%d.%02d' % (R.randint(0, 40), R.randint(0, 99))}]}}))
    entry('GET', '/api/v1/realname/info', [('msisdn', M(me.mob, PHONE))], None,
          jdc({'code': 0, 'data': {'name': M(me.name, NAME), 'certType': '居民身份证', 'certNo': M(me.id, ID), 'certAddr': M(me.addr, ADDR),
                                  'contactPhone': M(landline(), PHONE), 'status': 'VERIFIED', 'verifyTime': 1699000000000 + R.randint(0, 9 ** 9)}}))
    a2 = address()
    entry('POST', '/api/v1/user/address/save', [], jdc({'receiver': M(me.name, NAME), 'phone': M(fmt_mob(me.mob, 'space'), PHONE), 'address': M(a2, ADDR), 'isDefault': True}),
          jdc({'code': 0, 'data': {'addrId': snowflake()}}))
    lat, lng = latlng()
    entry('GET', '/api/v1/hall/nearby', [('lat', M(lat, LOC)), ('lng', M(lng, LOC)), ('radius', '3000')], None,
          jdc({'code': 0, 'data': [{'hallName': '中国移动%s营业厅' % R.choice(['望京', '中关村', '西单', '五道口']), 'addr': R.choice(COMPANY_ADDRS), 'tel': '10086', 'distance': R.randint(100, 2900)} for _ in range(3)]}))
    entry('POST', '/api/v1/pay/bindCard', [], jdc({'cardNo': M(me.card, CARD), 'holderName': M(me.name, NAME), 'certNo': M(me.id, ID), 'bankMobile': M(me.mob, PHONE)}),
          jdc({'code': 0, 'data': {'bindId': uuid4(), 'cardNoMask': me.card[:6] + '******' + me.card[-4:], 'bank': '工商银行'}}))
    entry('POST', '/api/v1/etc/apply', [], jdc({'plateNo': M(me.plate, PLATE), 'ownerName': M(me.name, NAME), 'ownerPhone': M(me.mob, PHONE), 'vehicleType': '小型普通客车'}),
          jdc({'code': 0, 'data': {'applyNo': order_id('ETC')}}))
    fam = [Person() for _ in range(3)]
    entry('GET', '/api/v1/family/members', [('msisdn', M(me.mob, PHONE))], None,
          jdc({'code': 0, 'data': [{'name': M(f.name, NAME), 'msisdn': M(f.mob, PHONE), 'role': R.choice(['副卡', '亲情号'])} for f in fam] +
              [{'name': '', 'msisdn': mask_mob(), 'role': '副卡'}]}))
    entry('POST', '/api/v1/esim/transfer', [], jdc({'msisdn': M(me.mob, PHONE), 'eid': hexs(32, up=True), 'imei': M(imei(), IMEI), 'oldIccid': M(me.iccid, ICCID)}),
          jdc({'code': 0, 'data': {'newIccid': M(iccid('00'), ICCID), 'activationCode': 'LPA:1$smdp.example-operator.cn$' + alnum(24, string.ascii_uppercase + DIG)}}))
    entry('GET', '/api/v1/offer/list', [('province', 'bj'), ('ver', '9.3.1'), ('_t', ms_epoch(c.t))], None,
          jdc({'code': 0, 'data': [{'offerId': 'OFR' + digits(8), 'name': R.choice(['5G畅享套餐128元', '全家享199元', '流量加油包30元'])} for _ in range(4)]}))
    o2 = Person()
    entry('POST', '/api/v1/transfer/owner', [], jdc({'fromMsisdn': M(me.mob, PHONE), 'toName': M(o2.name, NAME), 'toCertType': '护照', 'toCertNo': M(passport(), PASS),
                                                    'toContact': M(fmt_mob(o2.mob, '+86'), PHONE)}),
          jdc({'code': 2001, 'msg': '需到营业厅办理'}))
    entry('POST', '/api/v1/log/collect', [], jdc({'events': [{'e': 'page_view', 'p': '/bill', 'ts': int(ms_epoch(c.t))}, {'e': 'click', 'p': '/bill/detail'}],
                                                 'net': {'ip': M(uip(), IP), 'wifiBssid': M(mac('colon'), MAC), 'cellId': RAW(M(str(eci()), CELL))}}),
          jdc({'code': 0}))
    har = {'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': '537.36'},
                   'pages': [{'startedDateTime': '2023-11-14T12:11:00.000Z', 'id': 'page_1', 'title': base + '/#/home', 'pageTimings': {}}],
                   'entries': entries}}
    return jd(har, indent=2) + '\n'


def f_curl():
    o = []
    a = o.append
    for k in range(9):
        p = Person()
        host = R.choice(['10.32.1.8', '10.32.1.9'])
        trid = hexs(16)
        a('$ curl -v -X POST "http://%s:8080/api/v2/realname/check?traceId=%s" -H "Authorization: Bearer ***" -d @req.json' % (host, trid))
        a('Note: Unnecessary use of -X or --request, POST is already inferred.')
        a('*   Trying %s:8080...' % host)
        a('* Connected to %s (%s) port 8080 (#0)' % (host, host))
        a('> POST /api/v2/realname/check?traceId=%s HTTP/1.1' % trid)
        a('> Host: %s:8080' % host)
        a('> User-Agent: curl/7.81.0')
        a('> Accept: */*')
        a('> Authorization: Bearer %s' % M(jwt(), CRED))
        a('> X-Forwarded-For: %s' % M(uip(), IP))
        a('> Cookie: JSESSIONID=%s; route=%s' % (M(hexs(32, up=True), CRED), hexs(8)))
        a('> Content-Type: application/json')
        body = jd({'name': M(p.name, NAME), 'certType': '01', 'certNo': M(p.id, ID), 'msisdn': M(fmt_mob(p.mob), PHONE), 'channelCode': 'H5_%d' % R.randint(10, 99)})
        a('> Content-Length: %d' % plen(body))
        a('> ')
        a('} [%d bytes data]' % plen(body))
        a('* upload completely sent off: %d out of %d bytes' % (plen(body), plen(body)))
        a('< HTTP/1.1 200 ')
        a('< Set-Cookie: JSESSIONID=%s; Path=/; HttpOnly' % M(hexs(32, up=True), CRED))
        a('< X-Trace-Id: %s' % hexs(32))
        a('< Content-Type: application/json;charset=UTF-8')
        a('< Date: Tue, 14 Nov 2023 0%d:%02d:%02d GMT' % (R.randint(1, 9), R.randint(0, 59), R.randint(0, 59)))
        a('< ')
        a('{ [%d bytes data]' % R.randint(100, 400))
        if R.random() < 0.5:
            a(jd({'code': 0, 'msg': '一致', 'data': {'name': M(p.name, NAME), 'certNo': M(p.id, ID), 'birthday': M(fmt_dob(p.dob, 'compact'), DOB),
                                                    'gender': R.choice(['M', 'F']), 'address': M(p.addr, ADDR), 'photoUrl': 'oss://selfcare-realname/%s.jpg' % uuid4()}}))
        else:
            a(jd({'code': 3002, 'msg': '人证不一致', 'data': None, 'requestId': uuid4()}))
        a('* Connection #0 to host %s left intact' % host)
        a('')
    for k in range(5):
        p = Person()
        a('$ curl -v "https://api.uat.example-operator.cn/open/v1/number/attribution?phone=%s&app_key=%s&sign=%s&timestamp=%s"' % (
            M(p.mob, PHONE), M(alnum(16), CRED), hexs(32, up=True), ms_epoch(dt.datetime(2023, 11, 14, 9, R.randint(0, 59), tzinfo=dt.timezone.utc))))
        a('*   Trying 111.13.%d.%d:443...' % (R.randint(0, 255), R.randint(1, 254)))
        a('* TLSv1.3 (OUT), TLS handshake, Client hello (1):')
        a('* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384')
        a('* Server certificate:')
        a('*  subject: C=CN; ST=Beijing; O=Example Operator Co., Ltd.; CN=*.uat.example-operator.cn')
        a('*  expire date: Mar 14 23:59:59 2024 GMT')
        a('> GET /open/v1/number/attribution HTTP/2')
        a('> x-api-key: %s' % M('sk-' + alnum(40), CRED))
        a('< HTTP/2 200')
        a('< content-type: application/json')
        a(jd({'phone': M(p.mob, PHONE), 'province': '北京', 'city': '北京', 'isp': '中国移动', 'areaCode': '010', 'zip': '100000'}))
        a('')
    for k in range(4):
        p = Person()
        espw = upwd()
        doc = uuid4()
        a('$ curl -sv -u selfcare:%s http://10.32.7.3:9200/selfcare-device-2023.11.14/_doc/%s' % (M(espw, CRED), doc))
        a('> GET /selfcare-device-2023.11.14/_doc/%s HTTP/1.1' % doc)
        a('> Authorization: Basic %s' % M(base64.b64encode(('selfcare:' + espw).encode()).decode(), CRED))
        a('< HTTP/1.1 200 OK')
        la, ln = latlng()
        a(jd({'_index': 'selfcare-device-2023.11.14', '_source': {'msisdn': M(p.mob, PHONE), 'imei': M(p.imei, IMEI), 'meid': M(meid(), MEID),
                                                                  'imsi': M(p.imsi, IMSI), 'mac': M(mac(), MAC), 'ip': M(uip(), IP),
                                                                  'location': M(la + ',' + ln, LOC), 'ecgi': M(cgi('ecgi'), CELL),
                                                                  'model': 'PGT-AN10', 'osVersion': 'HarmonyOS 4.0.0.115'}}))
        a('')
    return '\n'.join(o) + '\n'


def f_gql():
    c = Clock(2023, 11, 14, 11, 0)
    o = []
    a = o.append
    for i in range(66):
        t = c.tick(0.05, 15)
        ts = iso(t)
        p = Person()
        r = R.random()
        if r < 0.18:
            a('%s INFO  [bff-gateway] graphql op=SubscriberProfile user=%s vars={"msisdn":"%s","withRealname":true} cost=%dms' % (ts, p.uid, M(p.mob, PHONE), R.randint(5, 400)))
        elif r < 0.3:
            a('%s DEBUG [bff-gateway] graphql query="query { subscriber(msisdn: \\"%s\\") { custName certNo address balance } }"' % (ts, M(p.mob, PHONE)))
            a('%s DEBUG [bff-gateway] graphql result={"data":{"subscriber":{"custName":"%s","certNo":"%s","address":"%s","balance":%d.%02d}}}' % (
                ts, M(p.name, NAME), M(p.id, ID), M(p.addr, ADDR), R.randint(0, 500), R.randint(0, 99)))
        elif r < 0.4:
            a('%s INFO  [bff-gateway] graphql op=UpdateContact vars={"input":{"email":"%s","contactPhone":"%s","emergencyName":"%s","emergencyPhone":"%s"}} authorization="Bearer %s"' % (
                ts, M(p.email, EMAIL), M(landline(), PHONE), M(cname(), NAME), M(mobile(), PHONE), M(jwt(p.uid), CRED)))
        elif r < 0.56:
            a('%s\tINFO\tgrpc/server.go:142\tfinished unary call with code OK\t%s' % (ts, jd({
                'grpc.start_time': ts, 'grpc.service': 'crm.v1.CustomerService', 'grpc.method': 'GetCustomer', 'peer.address': '10.244.3.%d:%d' % (R.randint(2, 250), R.randint(30000, 60000)),
                'grpc.request.content': {'msisdn': M(p.mob, PHONE)}, 'grpc.response.content': {'cust_id': p.uid, 'cust_name': M(p.name, NAME), 'cert_no': M(p.id, ID)},
                'grpc.code': 'OK', 'grpc.time_ms': round(R.uniform(0.5, 80), 3)}, separators=(',', ':'))))
        elif r < 0.66:
            a('%s\tINFO\tgrpc/server.go:142\tfinished unary call with code OK\t%s' % (ts, jd({
                'grpc.service': 'device.v1.DeviceService', 'grpc.method': 'ReportDevice', 'peer.address': '10.244.7.%d:%d' % (R.randint(2, 250), R.randint(30000, 60000)),
                'grpc.request.content': {'imei': M(p.imei, IMEI), 'imsi': M(p.imsi, IMSI), 'iccid': M(p.iccid, ICCID), 'wifi_mac': M(mac(), MAC), 'app_version': '9.3.1'},
                'grpc.code': 'OK', 'grpc.time_ms': round(R.uniform(0.5, 80), 3)}, separators=(',', ':'))))
        elif r < 0.74:
            la, ln = latlng()
            a('%s\tWARN\tlocation/handler.go:88\tlocation report out of province\t{"msisdn":"%s","lat":%s,"lng":%s,"ecgi":"%s","tac":%d,"pci":%d}' % (
                ts, M(p.mob, PHONE), M(la, LOC), M(ln, LOC), M(cgi('ecgi'), CELL), R.randint(10000, 60000), R.randint(0, 503)))
        elif r < 0.82:
            a('%s\tERROR\tgrpc/client.go:57\trpc error: code = InvalidArgument desc = invalid cert_no "%s" for cust_name "%s"' % (ts, M(p.id, ID), M(p.name, NAME)))
        elif r < 0.88:
            a('# protobuf text dump (debug=true)')
            a('payment.v1.BindCardRequest {')
            a('  msisdn: "%s"' % M(p.mob, PHONE))
            a('  card_no: "%s"' % M(p.card, CARD))
            a('  holder_name: "%s"' % M(p.name, NAME))
            a('  cert_no: "%s"' % M(p.id, ID))
            a('  sms_code: "%s"' % M(otp(), CRED))
            a('}')
        else:
            a('%s INFO  [bff-gateway] graphql op=OfferList vars={"province":"bj","page":%d} cost=%dms trace=%s' % (ts, R.randint(1, 5), R.randint(5, 400), hexs(32)))
    a('$ grpcurl -H "authorization: Bearer %s" -d \'{"msisdn":"%s"}\' crm-grpc.uat.svc:9090 crm.v1.CustomerService/GetCustomer' % (M(jwt(), CRED), M(mobile(), PHONE)))
    p = Person()
    a(jd({'custId': p.uid, 'custName': M(p.name, NAME), 'certNo': M(p.id, ID), 'birthday': M(fmt_dob(p.dob, 'iso'), DOB), 'address': M(p.addr, ADDR),
          'contacts': [{'type': 'EMAIL', 'value': M(p.email, EMAIL)}, {'type': 'MOBILE', 'value': M(p.mob, PHONE)}]}, indent=2))
    return '\n'.join(o) + '\n'


def f_logcat():
    c = Clock(2023, 11, 14, 21, 3)
    o = []
    a = o.append
    me = Person()
    home = R.choice(CITIES)
    my_meid = meid()
    my_mac = mac('colon')
    bt_mac = mac('COLON')
    tok = jwt(me.uid)
    pid = 12874

    def line(level, tag, msg, tid=None):
        t = c.tick(0.001, 2.5)
        a('%s %5d %5d %s %s: %s' % (t.strftime('%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000), pid, tid or R.choice([pid, pid + 31, pid + 58, pid + 102]), level, tag, msg))

    line('I', 'ActivityManager', 'Start proc %d:com.cmcc.selfcare/u0a231 for pre-top-activity {com.cmcc.selfcare/com.cmcc.selfcare.ui.SplashActivity}' % pid)
    line('I', 'SelfCareApp', 'onCreate version=9.3.1 build=93100 channel=huawei_store flavor=prod')
    line('D', 'DeviceInfo', 'imei=%s, imei2=%s, meid=%s' % (M(me.imei, IMEI), M(imei(), IMEI), M(my_meid, MEID)))
    line('D', 'DeviceInfo', 'subscriberId(imsi)=%s simSerial(iccid)=%s line1Number=%s' % (M(me.imsi, IMSI), M(me.iccid, ICCID), M('+86' + me.mob, PHONE)))
    line('D', 'DeviceInfo', 'androidId=%s oaid=%s serial=unknown' % (hexs(16), uuid4()))
    line('W', 'WifiManager', 'getConnectionInfo: mac=02:00:00:00:00:00 (restricted)')
    line('D', 'DeviceInfo', 'wlan0 mac=%s bt=%s' % (M(my_mac, MAC), M(bt_mac, MAC)))
    for i in range(125):
        r = R.random()
        if r < 0.1:
            line('D', 'OkHttp', '--> POST https://app.selfcare.example-operator.cn/api/v1/auth/login')
            line('D', 'OkHttp', 'Content-Type: application/json; charset=UTF-8')
            line('D', 'OkHttp', jd({'mobile': M(me.mob, PHONE), 'password': M(pwd(), CRED), 'imei': M(me.imei, IMEI), 'deviceModel': 'V2227A'}))
            line('D', 'OkHttp', '--> END POST (%d-byte body)' % R.randint(90, 200))
        elif r < 0.2:
            line('D', 'OkHttp', '--> GET https://app.selfcare.example-operator.cn/api/v1/bill/detail?msisdn=%s&month=2023%02d' % (M(me.mob, PHONE), R.randint(1, 10)))
            line('D', 'OkHttp', 'Authorization: Bearer %s' % M(tok, CRED))
            line('D', 'OkHttp', '<-- 200 https://app.selfcare.example-operator.cn/api/v1/bill/detail (%dms)' % R.randint(30, 900))
        elif r < 0.3:
            la, ln = latlng(home)
            line('D', 'LocationHelper', 'onLocationChanged provider=%s lat=%s lng=%s acc=%.1f' % (R.choice(['gps', 'network', 'fused']), M(la, LOC), M(ln, LOC), R.uniform(3, 80)))
        elif r < 0.38:
            line('D', 'CellInfo', 'CellInfoLte:{mRegistered=YES mTimeStamp=%dns CellIdentityLte:{ mCi=%s mPci=%d mTac=%d mEarfcn=%d mBands=[3] mBandwidth=20000 mMcc=460 mMnc=00 mAlphaLong=CHINA MOBILE}}' % (
                R.randint(10 ** 12, 10 ** 13), M(str(eci()), CELL), R.randint(0, 503), R.randint(10000, 60000), R.choice([1300, 1275, 38950, 40936])))
        elif r < 0.43:
            line('D', 'CellInfo', 'CellInfoNr:{CellIdentityNr:{ mPci=%d mTac=%d mNrArfcn=%d mMcc=460 mMnc=00 mNci=%s }}' % (
                R.randint(0, 1007), R.randint(10000, 60000), R.choice([504990, 627264]), M(str(R.randint(10 ** 9, 6 * 10 ** 10)), CELL)))
        elif r < 0.5:
            line('I', 'NetMonitor', 'network changed type=%s ip=%s gw=%s dns=%s' % (R.choice(['WIFI', 'MOBILE']), M(R.choice([lan_ip(), uip()]), IP), '192.168.1.1', '114.114.114.114'))
        elif r < 0.55:
            line('I', 'NetMonitor', 'ipv6 addr=%s' % M(uip6(), IP))
        elif r < 0.6:
            line('D', 'WifiScan', 'connected ssid="%s" bssid=%s rssi=-%d' % (R.choice(['CMCC-%s' % alnum(4, string.ascii_uppercase + DIG), 'TP-LINK_%s' % hexs(4, True), 'ChinaNet-%s' % alnum(4)]), M(mac(R.choice(['colon', 'COLON'])), MAC), R.randint(30, 90)))
        elif r < 0.66:
            f = Person()
            line('D', 'ContactSync', 'upload contact name=%s phone=%s' % (M(f.name, NAME), M(fmt_mob(f.mob, R.choice(['plain', 'space', '+86 '])), PHONE)))
        elif r < 0.7:
            line('I', 'RealnameSDK', 'ocr ok name=%s idNo=%s addr=%s' % (M(me.name, NAME), M(me.id, ID), M(me.addr, ADDR)))
        elif r < 0.74:
            line('D', 'PushSDK', 'register ok token=%s alias=%s' % (hexs(64), M(me.mob, PHONE)))
        elif r < 0.77:
            line('D', 'SmsReceiver', 'received from 10086: 【中国移动】您的验证码为%s，有效期5分钟。' % M(otp(), CRED))
        elif r < 0.8:
            line('D', 'PayPlugin', 'bind card request cardNo=%s mobile=%s' % (M(fmt_card(me.card), CARD), M(me.mob, PHONE)))
        elif r < 0.83:
            line('D', 'WebView', 'loadUrl https://h5.selfcare.example-operator.cn/#/etc?plate=%s&token=%s' % (M(me.plate, PLATE), M(tok, CRED)))
        elif r < 0.87:
            line('I', 'chromium', '[INFO:CONSOLE(1)] "report %s", source: https://h5.selfcare.example-operator.cn/static/js/app.%s.js (1)' % (uuid4(), hexs(8)))
        elif r < 0.92:
            line('D', 'Choreographer', 'Skipped %d frames!  The application may be doing too much work on its main thread.' % R.randint(30, 200))
        elif r < 0.96:
            line('I', 'TelephonyManager', 'getSimOperator=4600%d getNetworkType=%d dataState=%d serviceState=IN_SERVICE' % (R.choice([0, 2, 7]), R.choice([13, 20]), 2))
        else:
            line('D', 'SelfCareApp', 'stats uploaded seq=%d ts=%s' % (R.randint(1, 9999), ms_epoch(c.t)))
    line('E', 'AndroidRuntime', 'FATAL EXCEPTION: main', tid=pid)
    line('E', 'AndroidRuntime', 'Process: com.cmcc.selfcare, PID: %d' % pid, tid=pid)
    line('E', 'AndroidRuntime', 'java.lang.NullPointerException: Attempt to invoke virtual method \'java.lang.String com.cmcc.selfcare.model.Cust.getCertNo()\' on a null object reference, user=%s msisdn=%s' % (M(me.name, NAME), M(me.mob, PHONE)), tid=pid)
    line('E', 'AndroidRuntime', '\tat com.cmcc.selfcare.ui.realname.RealnameActivity.onResume(RealnameActivity.java:214)', tid=pid)
    line('I', 'Process', 'Sending signal. PID: %d SIG: 9' % pid, tid=pid)
    return '\n'.join(o) + '\n'


def f_ios():
    c = Clock(2023, 11, 14, 22, 40)
    o = []
    a = o.append
    me = Person()
    home = R.choice(CITIES)
    dev = 'iPhone'
    tok = jwt(me.uid)

    def line(proc, sub, level, msg):
        t = c.tick(0.01, 4)
        a('%s %s %s(%s)[%d] <%s>: %s' % (t.strftime('%b %d %H:%M:%S'), dev, proc, sub, 1234 if proc == 'SelfCare' else {'CommCenter': 96, 'SpringBoard': 34}.get(proc, 80), level, msg))

    line('SelfCare', 'SelfCare', 'Notice', 'App launched version=9.3.1 (93100) iOS 17.1.1 model=iPhone14,5')
    line('SelfCare', 'SelfCare', 'Notice', 'idfv=%s idfa=00000000-0000-0000-0000-000000000000' % uuid4().upper())
    line('SelfCare', 'CoreTelephony', 'Notice', 'carrier=中国移动 mcc=460 mnc=00 iccid=%s' % M(me.iccid, ICCID))
    line('SelfCare', 'SelfCare', 'Notice', 'APNs device token %s' % hexs(64))
    for i in range(95):
        r = R.random()
        if r < 0.15:
            line('SelfCare', 'Network', 'Notice', '[API] POST /api/v1/auth/login body={"mobile":"%s","smsCode":"%s"}' % (M(me.mob, PHONE), M(otp(), CRED)))
        elif r < 0.27:
            line('SelfCare', 'Network', 'Info', '[API] GET /api/v1/user/info?msisdn=%s header Authorization=Bearer %s' % (M(me.mob, PHONE), M(tok, CRED)))
        elif r < 0.37:
            la, ln = latlng(home)
            line('SelfCare', 'Location', 'Info', 'didUpdateLocations <+%s,+%s> +/- %.2fm (speed %.2f mps / course -1.00)' % (M(la, LOC), M(ln, LOC), R.uniform(5, 65), R.uniform(0, 3)))
        elif r < 0.45:
            line('SelfCare', 'Network', 'Info', 'wifi ssid=%s bssid=%s ip=%s' % (R.choice(['CMCC-5G', 'MyHome_5G', 'ChinaNet-a7Xk']), M(mac('colon'), MAC), M(lan_ip(), IP)))
        elif r < 0.52:
            line('SelfCare', 'Network', 'Info', 'cellular ip=%s' % M(R.choice([uip(), uip6()]), IP))
        elif r < 0.6:
            f = Person()
            line('SelfCare', 'Contacts', 'Info', 'family member added name=%s mobile=%s relation=%s' % (M(f.name, NAME), M(fmt_mob(f.mob, R.choice(['plain', 'dash', '+86 '])), PHONE), R.choice(['父亲', '母亲', '配偶', '子女'])))
        elif r < 0.66:
            line('SelfCare', 'Realname', 'Info', 'nfc id card read ok name=%s no=%s birth=%s addr=%s' % (M(me.name, NAME), M(me.id, ID), M(me.dob.strftime('%Y%m%d'), DOB), M(me.addr, ADDR)))
        elif r < 0.7:
            line('SelfCare', 'Pay', 'Info', 'apple pay fallback unionpay card=%s' % M(fmt_card(me.card, 'space'), CARD))
        elif r < 0.75:
            line('SelfCare', 'Network', 'Error', 'request failed url=https://app.selfcare.example-operator.cn/api/v1/travel/permit?no=%s code=-1001 timeout' % M(hkm(), HKM))
        elif r < 0.85:
            line('CommCenter', 'CommCenter', 'Notice', '#I Serving cell: RAT=LTE, ci=%s, tac=%d, earfcn=%d, mcc=460, mnc=00' % (M(str(eci()), CELL), R.randint(10000, 60000), R.choice([1300, 38950])))
        elif r < 0.92:
            line('SpringBoard', 'SpringBoard', 'Notice', 'Application process state changed for com.cmcc.selfcare: <state: running-active (%d)>' % R.randint(1, 4))
        else:
            line('SelfCare', 'SelfCare', 'Debug', 'timing page=bill render=%dms fps=%d' % (R.randint(10, 900), R.randint(30, 120)))
    a('')
    a('----------------------------------------')
    a('Incident Identifier: %s' % uuid4().upper())
    a('CrashReporter Key:   %s' % hexs(40))
    a('Hardware Model:      iPhone14,5')
    a('Process:             SelfCare [1234]')
    a('Path:                /private/var/containers/Bundle/Application/%s/SelfCare.app/SelfCare' % uuid4().upper())
    a('Identifier:          com.cmcc.selfcare')
    a('Version:             9.3.1 (93100)')
    a('Code Type:           ARM-64 (Native)')
    a('OS Version:          iPhone OS 17.1.1 (21B91)')
    a('Date/Time:           2023-11-14 22:58:%02d.%03d +0800' % (R.randint(0, 59), R.randint(0, 999)))
    a('')
    a('Exception Type:  EXC_CRASH (SIGABRT)')
    a('Triggered by Thread:  0')
    a('')
    a('Application Specific Information:')
    a("*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[NSNull length]: unrecognized selector sent to instance 0x1f3a5c2b8' userInfo={msisdn=%s, custName=%s, certNo=%s, lastLocation=%s}" % (
        M(me.mob, PHONE), M(me.name, NAME), M(me.id, ID), M('%s,%s' % latlng(), LOC)))
    a('')
    a('Thread 0 name:   Dispatch queue: com.apple.main-thread')
    a('Thread 0 Crashed:')
    for k, fr in enumerate(['CoreFoundation  0x00000001a1f2c870 __exceptionPreprocess + 164', 'libobjc.A.dylib 0x000000019a3b7c00 objc_exception_throw + 60',
                            'SelfCare        0x0000000104a1c2e4 -[SCRealnameViewController fillForm:] + 412', 'UIKitCore       0x00000001a3c1e0a8 -[UIViewController _sendViewDidLoadWithAppearanceProxyObjectTaggingEnabled] + 80']):
        a('%d   %s' % (k, fr))
    a('')
    a('Breadcrumbs (Sentry):')
    for _ in range(6):
        f = Person()
        a('  [%s] http POST /api/v1/family/add {"name":"%s","mobile":"%s"} -> 200' % (lb(c.tick(1, 30)), M(f.name, NAME), M(f.mob, PHONE)))
    a('  user: {"id":"%s","username":"%s","email":"%s","ip_address":"%s"}' % (me.uid, M(me.mob, PHONE), M(me.email, EMAIL), M(uip(), IP)))
    return '\n'.join(o) + '\n'


def f_postman():
    items = []
    variables = [{'key': 'baseUrl', 'value': 'https://uat-api.selfcare.example-operator.cn'},
                 {'key': 'token', 'value': M(jwt(), CRED)},
                 {'key': 'testMsisdn', 'value': M(mobile(), PHONE)},
                 {'key': 'appSecret', 'value': M(hexs(32), CRED)},
                 {'key': 'adminPassword', 'value': M(pwd(), CRED)}]

    def item(name, method, path, query=None, body=None, resp=None, hdr=None):
        q = query or []
        raw = '{{baseUrl}}' + path + ('?' + '&'.join('%s=%s' % kv for kv in q) if q else '')
        h = [{'key': 'Content-Type', 'value': 'application/json'}]
        h += hdr or [{'key': 'Authorization', 'value': 'Bearer {{token}}'}]
        req = {'method': method, 'header': h, 'url': {'raw': raw, 'host': ['{{baseUrl}}'], 'path': [x for x in path.strip('/').split('/')],
                                                      'query': [{'key': k, 'value': v} for k, v in q]}}
        if body:
            req['body'] = {'mode': 'raw', 'raw': body, 'options': {'raw': {'language': 'json'}}}
        it = {'name': name, 'request': req, 'response': []}
        if resp:
            it['response'].append({'name': name + ' - 示例', 'originalRequest': req, 'status': 'OK', 'code': 200, '_postman_previewlanguage': 'json',
                                   'header': [{'key': 'Content-Type', 'value': 'application/json'}], 'cookie': [], 'body': resp})
        items.append(it)

    for k in range(4):
        p = Person()
        item('实名校验 %d' % (k + 1), 'POST', '/api/v2/realname/verify', body=jd({'name': M(p.name, NAME), 'certNo': M(p.id, ID), 'phone': M(p.mob, PHONE)}, indent=2),
             resp=jd({'code': 0, 'msg': 'success', 'data': {'result': '一致', 'birthday': M(fmt_dob(p.dob, 'iso'), DOB), 'address': M(p.addr, ADDR)}}, indent=2))
    for k in range(3):
        p = Person()
        item('查询用户 by msisdn', 'GET', '/api/v1/subscriber/query', query=[('msisdn', M(p.mob, PHONE)), ('channel', 'POSTMAN')],
             resp=jd({'code': 0, 'data': {'custName': M(p.name, NAME), 'imsi': M(p.imsi, IMSI), 'iccid': M(p.iccid, ICCID), 'status': 'NORMAL', 'openDate': '2019-0%d-1%d' % (R.randint(1, 9), R.randint(0, 9))}}, indent=2))
    for k in range(2):
        p = Person()
        item('绑卡', 'POST', '/api/v1/pay/bindCard', body=jd({'cardNo': M(p.card, CARD), 'holderName': M(p.name, NAME), 'certNo': M(p.id, ID), 'bankMobile': M(p.mob, PHONE), 'smsCode': M(otp(), CRED)}, indent=2))
    p = Person()
    item('登录-服务密码', 'POST', '/api/v1/auth/login', body=jd({'mobile': M(p.mob, PHONE), 'servicePwd': M(svc_pwd(), CRED)}, indent=2), hdr=[],
         resp=jd({'code': 0, 'data': {'accessToken': M(jwt(), CRED), 'refreshToken': M(b64u(48), CRED)}}, indent=2))
    p = Person()
    item('登录-密码', 'POST', '/api/v1/auth/login', body=jd({'mobile': M(p.email, EMAIL), 'password': M(pwd(), CRED)}, indent=2), hdr=[])
    for k in range(3):
        p = Person()
        item('设备上报', 'POST', '/api/v1/device/report', body=jd({'msisdn': M(p.mob, PHONE), 'imei': M(p.imei, IMEI), 'meid': M(meid(), MEID), 'mac': M(mac(), MAC),
                                                                  'ip': M(uip(), IP), 'lat': RAW(M(latlng()[0], LOC)), 'lng': RAW(M(latlng()[1], LOC))}, indent=2))
    for k in range(2):
        p = Person()
        item('ETC 绑定', 'POST', '/api/v1/etc/bind', query=[('plate', M(p.plate.replace('·', '').replace(' ', ''), PLATE)), ('phone', M(p.mob, PHONE))])
    p = Person()
    item('过户 - 护照', 'POST', '/api/v1/transfer/owner', body=jd({'toName': M(p.name, NAME), 'toCertType': 'PASSPORT', 'toCertNo': M(passport(), PASS), 'toMobile': M(p.mob, PHONE)}, indent=2))
    p = Person()
    item('过户 - 港澳通行证', 'POST', '/api/v1/transfer/owner', body=jd({'toName': M(p.name, NAME), 'toCertType': 'HK_MACAU_PERMIT', 'toCertNo': M(hkm(), HKM), 'toMobile': M(p.mob, PHONE)}, indent=2))
    item('套餐列表', 'GET', '/api/v1/offer/list', query=[('province', 'gd'), ('ver', '9.3.1')])
    item('位置-基站', 'GET', '/api/v1/location/cell', query=[('cgi', M(cgi('cgi'), CELL)), ('msisdn', M(mobile(), PHONE))])
    item('短信下发(内部)', 'POST', '/internal/sms/send', body=jd({'to': M(fmt_mob(mobile(), '+86'), PHONE), 'content': '【中国移动】您的验证码是' + M(otp(), CRED)}, indent=2),
         hdr=[{'key': 'X-App-Key', 'value': M(alnum(24), CRED)}, {'key': 'X-App-Secret', 'value': M(hexs(40), CRED)}])
    coll = {'info': {'_postman_id': uuid4(), 'name': 'selfcare-api (UAT)', 'description': '自助服务接口联调，测试号码见 test-data。客服热线 10086。',
                     'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json', '_exporter_id': str(R.randint(10 ** 7, 10 ** 8))},
            'item': items, 'auth': {'type': 'bearer', 'bearer': [{'key': 'token', 'value': '{{token}}', 'type': 'string'}]},
            'variable': variables}
    return jd(coll, indent='\t') + '\n'


def f_jira():
    o = []
    a = o.append
    staff = [cname() for _ in range(6)]
    logins = ['zhangwei3', 'liuyang07', 'chenjing', 'wanglei_ops', 'huangli2', 'zhaomin']
    for k in range(18):
        key = 'CRM-%d' % (4100 + k * 3 + R.randint(0, 2))
        p = Person()
        sidx = R.randrange(6)
        a('=' * 78)
        a('[%s] %s' % (key, R.choice(['用户反馈账单重复扣费', '实名认证一直失败 / realname verify always fails', '携号转网后APP无法登录',
                                      'ETC 绑定车牌报错', 'eSIM 转移失败 ICCID 不匹配', '宽带装机地址修改后工单未同步', '客户投诉被停机 - 需紧急处理',
                                      'Customer cannot receive SMS verification code', '副卡添加失败', '银行卡代扣失败'])))
        a('Type: %s    Priority: %s    Status: %s' % (R.choice(['Bug', 'Task', 'Support']), R.choice(['P1', 'P2', 'P3']), R.choice(['Open', 'In Progress', 'Resolved'])))
        if R.random() < 0.5:
            a('Reporter: %s (%s)    Assignee: %s' % (M(staff[sidx], NAME), logins[sidx], logins[(sidx + 1) % 6]))
        else:
            a('Reporter: %s    Assignee: %s' % (logins[sidx], logins[(sidx + 2) % 6]))
        a('Created: 2023-11-%02d %02d:%02d    Labels: %s' % (R.randint(1, 14), R.randint(8, 22), R.randint(0, 59), R.choice(['客服升级', 'prod', 'selfcare', 'billing'])))
        a('')
        a('Description:')
        r = k % 6
        if r == 0:
            a('10086 客服转过来的工单，客户信息如下：')
            a('客户姓名：%s' % M(p.name, NAME))
            a('手机号码：%s' % M(fmt_mob(p.mob, R.choice(['plain', 'space', 'dash'])), PHONE))
            a('证件号码：%s' % M(p.id, ID))
            a('出生日期：%s' % M(fmt_dob(p.dob, 'cn'), DOB))
            a('联系地址：%s' % M(p.addr, ADDR))
            a('联系电话：%s' % M(landline(), PHONE))
            a('问题：10月账单套餐费扣了两次，工单号 %s，金额 %d.00 元。' % ('GD' + digits(16), R.randint(50, 300)))
        elif r == 1:
            a('Customer %s (msisdn %s) says realname verification fails on app 9.3.1, error 3002.' % (M(p.name, NAME), M(fmt_mob(p.mob, '+86 '), PHONE)))
            a('ID on file: %s, he swears it is correct. Device: IMEI %s, IMSI %s' % (M(p.id, ID), M(p.imei, IMEI), M(p.imsi, IMSI)))
            a('Log snippet:')
            a('{code}')
            a('%s WARN realname check failed, certNo=%s name=%s code=3002' % (lb(dt.datetime(2023, 11, 13, 14, R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))), M(p.id, ID), M(p.name, NAME)))
            a('{code}')
        elif r == 2:
            a('| 姓名 | 号码 | 车牌 | 银行卡 |')
            a('|---|---|---|---|')
            for _ in range(4):
                q = Person()
                a('| %s | %s | %s | %s |' % (M(q.name, NAME), M(q.mob, PHONE), M(q.plate, PLATE), M(fmt_card(q.card), CARD)))
            a('以上4个用户ETC绑定都报 E1024，看了下是车牌里有"·"的都失败了。')
        elif r == 3:
            a('用户%s，号码%s，%s办理了eSIM转移。' % (M(p.name, NAME), M(p.mob, PHONE), '11月%d日' % R.randint(1, 13)))
            a('原卡 ICCID: %s' % M(p.iccid, ICCID))
            a('新卡 ICCID: %s' % M(iccid(), ICCID))
            a('手表 EID %s, MEID %s' % (hexs(32, True), M(meid(), MEID)))
            a('登录 IP %s，基站 %s，定位 %s' % (M(uip(), IP), M(cgi(), CELL), M('%s,%s' % latlng(), LOC)))
        elif r == 4:
            a('客户 %s 邮件投诉 (%s)：' % (M(p.name, NAME), M(p.email, EMAIL)))
            a('> 我的号码 %s 在 11 月 %d 日被无故停机，身份证 %s，我要求立即恢复并赔偿。我的服务密码 %s 也被人改了！' % (
                M(fmt_mob(p.mob, R.choice(['plain', 'fw'])), PHONE), R.randint(1, 13), M(p.id, ID), M(svc_pwd(), CRED)))
            a('> 收件地址：%s  %s 收' % (M(p.addr, ADDR), M(p.name, NAME)))
            a('已和客户电话沟通（%s，%s），承诺 48 小时内回复。' % (mask_mob(p.mob), mask_id(p.id)))
        else:
            a('Foreign subscriber, passport %s, name %s, contact %s. Migrated from old BOSS, old 15-digit ID %s on the guarantor record.' % (
                M(passport(), PASS), M(pyname(), NAME), M(fmt_mob(p.mob, '0086'), PHONE), M(rid15(), ID)))
            a('港澳通行证 %s 的副卡也在这个账户下，副卡号 %s。' % (M(hkm(), HKM), M(mobile(), PHONE)))
        a('')
        a('Comments:')
        for _ in range(R.randint(1, 3)):
            s2 = R.randrange(6)
            who = M(staff[s2], NAME) if R.random() < 0.4 else logins[s2]
            cmt = R.choice([
                '查了下 order-svc 日志，traceId=%s，下游返回超时。' % hexs(32),
                '已回滚 3.18.1，观察中。',
                'DB 里看 t_subscriber where msisdn=\'%s\' 状态是 2（停机），需要 BOSS 侧处理。' % M(p.mob, PHONE),
                '@%s 帮忙看下 realname-ocr 的返回，客户生日 %s 和证件不一致？' % (logins[(s2 + 1) % 6], M(fmt_dob(p.dob, 'iso'), DOB)),
                'Duplicate of CRM-%d' % R.randint(3000, 4100),
                '复现不了，用测试号 %s 正常。' % M(mobile(), PHONE),
                'Root cause: 代扣时银行卡 %s 已注销，银行返回码 51。' % M(p.card, CARD),
                '已联系客户确认，关闭。',
            ])
            a('  - %s (2023-11-%02d): %s' % (who, R.randint(1, 14), cmt))
        a('')
    return '\n'.join(o) + '\n'


def f_slow():
    c = Clock(2023, 11, 14, 3, 0)
    o = []
    a = o.append
    a('/usr/sbin/mysqld, Version: 8.0.35 (MySQL Community Server - GPL). started with:')
    a('Tcp port: 3306  Unix socket: /var/lib/mysql/mysql.sock')
    a('Time                 Id Command    Argument')
    for i in range(95):
        t = c.tick(1, 120)
        p = Person()
        a('# Time: %s' % (t.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%06dZ' % t.microsecond))
        user = R.choice(['crm_app', 'selfcare', 'report', 'etl'])
        a('# User@Host: %s[%s] @  [%s]  Id: %d' % (user, user, R.choice(['10.32.14.50', '10.244.7.52', '10.244.3.17', '10.32.20.8']), R.randint(100000, 999999)))
        a('# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d' % (R.uniform(1, 30), R.uniform(0, 0.01), R.randint(0, 500), R.randint(10000, 9000000)))
        a('use crm;' if R.random() < 0.2 else 'SET timestamp=%d;' % int(t.timestamp()))
        r = R.random()
        if r < 0.14:
            a("SELECT s.*, c.cust_name, c.cert_no FROM t_subscriber s JOIN t_customer c ON s.cust_id=c.cust_id WHERE s.msisdn = '%s';" % M(p.mob, PHONE))
        elif r < 0.24:
            a("SELECT * FROM t_customer WHERE cert_no = '%s' AND cert_type = '01' ORDER BY create_time DESC LIMIT 1;" % M(p.id, ID))
        elif r < 0.3:
            a("SELECT cust_id, cust_name, msisdn FROM t_customer WHERE cust_name LIKE '%s%%' AND city_code = '0755' LIMIT 100;" % R.choice(SURN[:40]))
        elif r < 0.42:
            a("INSERT INTO t_customer (cust_id, cust_name, cert_type, cert_no, birthday, msisdn, email, contact_addr, create_time) VALUES (%s, '%s', '01', '%s', '%s', '%s', '%s', '%s', '%s');" % (
                snowflake(), M(p.name, NAME), M(p.id, ID), M(p.dob.strftime('%Y-%m-%d'), DOB), M(p.mob, PHONE), M(p.email, EMAIL), M(p.addr, ADDR), lb(t)[:19]))
        elif r < 0.5:
            a("UPDATE t_cust_addr SET address = '%s', contact_tel = '%s', update_time = NOW() WHERE cust_id = %s;" % (M(p.addr, ADDR), M(landline(), PHONE), snowflake()))
        elif r < 0.58:
            a("SELECT * FROM t_cdr_202311 WHERE imsi = '%s' AND start_time BETWEEN '2023-11-01 00:00:00' AND '2023-11-14 23:59:59';" % M(p.imsi, IMSI))
        elif r < 0.64:
            a("SELECT * FROM t_device WHERE imei IN ('%s','%s','%s');" % (M(imei(), IMEI), M(imei(), IMEI), M(imei(), IMEI)))
        elif r < 0.7:
            la, ln = latlng()
            a("INSERT INTO t_loc_track (msisdn, ecgi, lat, lng, ts) VALUES ('%s', '%s', %s, %s, %s);" % (M(p.mob, PHONE), M(cgi('ecgi'), CELL), M(la, LOC), M(ln, LOC), ms_epoch(t)))
        elif r < 0.76:
            a("SELECT bind_id, status FROM t_bank_bind WHERE card_no = '%s' AND holder_name = '%s';" % (M(p.card, CARD), M(p.name, NAME)))
        elif r < 0.8:
            a("SELECT uid FROM t_user_login WHERE login_name = '%s' AND login_pwd = '%s';" % (M(p.mob, PHONE), M(pwd(), CRED)))
        elif r < 0.84:
            a("UPDATE t_user_login SET login_pwd = '$2a$10$%s' WHERE login_name = '%s';" % (b64u(53).replace('-', '.').replace('_', '/'), M(p.email, EMAIL)))
        elif r < 0.88:
            a("SELECT * FROM t_login_log WHERE client_ip = '%s' AND login_time > '2023-11-13';" % M(uip(), IP))
        elif r < 0.92:
            a("SELECT * FROM t_sim WHERE iccid = '%s' OR msisdn = '%s';" % (M(p.iccid, ICCID), M(p.mob, PHONE)))
        elif r < 0.95:
            a("SELECT * FROM t_etc_bind WHERE plate_no = '%s';" % M(p.plate, PLATE))
        else:
            a("SELECT COUNT(*) FROM t_order WHERE order_no = '%s' AND create_time > '2023-11-01';" % order_id())
    return '\n'.join(o) + '\n'


def f_abtest():
    c = Clock(2023, 11, 14, 8, 0)
    o = []
    flags = [('new_bill_page', ['control', 'B']), ('etc_bind_v2', ['off', 'on']), ('esim_transfer', ['off', 'on']),
             ('home_banner_5g', ['A', 'B', 'C']), ('login_one_click', ['control', 'treatment'])]
    users = [Person() for _ in range(22)]
    for i in range(52):
        t = c.tick(0.5, 300)
        p = R.choice(users)
        fl, vs = R.choice(flags)
        ev = {'ts': int(ms_epoch(t)), 'event': R.choice(['exposure', 'exposure', 'click', 'convert']), 'flag': fl, 'variant': R.choice(vs),
              'rule_id': 'r_' + hexs(8), 'sdk': 'ff-android/2.4.0' if R.random() < 0.6 else 'ff-ios/2.3.7'}
        user = {'uid': p.uid, 'msisdn': M(p.mob, PHONE)}
        r = R.random()
        if r < 0.5:
            user['ip'] = M(uip(), IP)
        dev = {'model': R.choice(['V2227A', 'PGT-AN10', 'iPhone14,5', '2211133C', 'SM-S9180']), 'os': R.choice(['Android 13', 'HarmonyOS 4.0', 'iOS 17.1.1'])}
        if R.random() < 0.55:
            dev['imei'] = M(p.imei, IMEI)
        if R.random() < 0.3:
            dev['oaid'] = uuid4()
        if R.random() < 0.25:
            dev['mac'] = M(mac(), MAC)
        user['device'] = dev
        ev['user'] = user
        ctx = {'city': R.choice(['北京', '深圳', '杭州', '成都']), 'net': R.choice(['5G', '4G', 'WIFI']), 'app_ver': '9.3.1'}
        if R.random() < 0.4:
            la, ln = latlng()
            if R.random() < 0.5:
                ctx['lat'] = RAW(M(la, LOC))
                ctx['lng'] = RAW(M(ln, LOC))
            else:
                ctx['geo'] = M(ln + ',' + la, LOC)
        if R.random() < 0.3:
            ctx['cell_id'] = M(str(eci()), CELL)
        if fl == 'etc_bind_v2' and R.random() < 0.6:
            ctx['plate'] = M(p.plate, PLATE)
        if ev['event'] == 'convert' and R.random() < 0.5:
            ctx['order_no'] = order_id()
            ctx['amount'] = '%d.00' % R.choice([30, 128, 199])
        ev['ctx'] = ctx
        if R.random() < 0.15:
            ev['attrs'] = {'province_code': '44', 'star_level': R.choice([3, 4, 5]), 'birthday': M(fmt_dob(p.dob, 'iso'), DOB)}
        o.append(jd(ev, separators=(',', ':')))
    return '\n'.join(o) + '\n'


FILES = [
    ('ops-jump01.bash_history', f_bash),
    ('dev-mbp.zsh_history', f_zsh),
    ('selfcare-staging.env', f_env),
    ('application-uat.yml', f_yml),
    ('k8s-crm-order-svc.log', f_k8s),
    ('docker-compose-sms-gateway.log', f_compose),
    ('jenkins-selfcare-api-e2e-1842.log', f_jenkins),
    ('selfcare-h5.har', f_har),
    ('curl-v-realname-trace.txt', f_curl),
    ('bff-graphql-grpc.log', f_gql),
    ('logcat-selfcare-android.txt', f_logcat),
    ('ios-selfcare-device.log', f_ios),
    ('selfcare-api.postman_collection.json', f_postman),
    ('jira-CRM-issues-export.txt', f_jira),
    ('mysql-slow-crm.log', f_slow),
    ('ff-abtest-events.jsonl', f_abtest),
]

MK = re.compile('\ue000([A-Z_]+)\ue001(.*?)\ue002', re.S)


def finalize(s):
    out = bytearray()
    spans = []
    pos = 0
    for m in MK.finditer(s):
        out += s[pos:m.start()].encode('utf-8')
        v = m.group(2).encode('utf-8')
        spans.append((len(out), len(out) + len(v), m.group(1), m.group(2)))
        out += v
        pos = m.end()
    out += s[pos:].encode('utf-8')
    text = out.decode('utf-8')
    assert not re.search('[\ue000-\ue004]', text), 'stray marker'
    return bytes(out), spans


def main():
    ap = argparse.ArgumentParser(usage='make_corpus.py [--out DIR]')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    labels = []
    for name, fn in FILES:
        data, spans = finalize(fn())
        path = os.path.join(args.out, name)
        with open(path, 'wb') as f:
            f.write(data)
        with open(path, 'rb') as f:
            back = f.read()
        prev_end = -1
        for s, e, t, v in spans:
            assert back[s:e].decode('utf-8') == v, (name, s, e, v)
            assert s >= prev_end, ('overlap', name, s)
            prev_end = e
            labels.append({'file': name, 'start': s, 'end': e, 'type': t})
    with open(os.path.join(args.out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
