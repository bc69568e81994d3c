#!/usr/bin/env python3
"""Synthetic, labelled corpus: database, bastion-host and cloud audit trails.

All people, numbers, keys and events below are invented by a seeded random
generator; any resemblance to a real person or account is accidental.  The
corpus imitates what an operator's security team keeps: database audit logs,
bastion-host recordings, cloud audit events, DLP and masking-tool output,
access reviews, a password-vault export and data-export approvals.

usage: make_corpus.py [--out DIR]        (default: the directory of this script)

Files written
-------------
mysql_general.log            MySQL 8 general query log (Connect/Query/Quit lines); SQL
                             literals in WHERE / SET / VALUES carry PI; CREATE USER /
                             ALTER USER statements, some with plaintext passwords, some
                             rewritten by the server as <secret>.
postgresql-2024-05-13.csv    PostgreSQL csvlog (26 columns): connection lines, statements,
                             duration+parameters detail lines, unique-violation details
                             "Key (id_no)=(...)", ALTER ROLE ... PASSWORD, checkpoints.
oracle_unified_audit.txt     UNIFIED_AUDIT_TRAIL records printed as "COLUMN : value"
                             blocks: SQL_TEXT, SQL_BINDS (#n(len):value), client address.
dbaudit_export.csv           Database-audit appliance export (Chinese headers): client
                             IP/port/MAC, db user, server IP, SQL text, rows affected,
                             risk level, rule hit; some SQL literals masked by the appliance.
mysql-slow.log               MySQL slow-query log: User@Host, Query_time, SET timestamp,
                             queries with IN lists of phones, LIKE prefixes, etc.
jumpserver_session_replay.txt  Bastion terminal transcripts (ssh to db hosts, mysql/psql/
                             redis-cli clients, query result tables, a keystroke-input
                             section that captured what was typed at password prompts).
jumpserver_command_records.csv Bastion command-audit export: user, asset, account, command
                             line (passwords on command lines, URLs with user:pass), risk.
bastion_sessions.csv         SSH/RDP/database session metadata: operator name, client IP,
                             client MAC (RDP), asset IP, times, durations, replay sizes.
actiontrail_events.json      Alibaba Cloud ActionTrail events (JSON array): RAM users'
                             DisplayName/MobilePhone/Email, sourceIpAddress, AccessKey ids,
                             a few AccessKey secrets leaked in request parameters.
tencent_cloudaudit.jsonl     Tencent Cloud CloudAudit LookUpEvents records, one per line,
                             with the nested CloudAuditEvent JSON string.
k8s_audit.log                Kubernetes API-server audit log (JSON lines): OIDC usernames,
                             sourceIPs, requestObject env vars and ConfigMaps with secrets.
dlp_incidents.csv            DLP incident export: sender/recipient e-mail, endpoint IP/MAC,
                             matched-content snippets holding customer PI.
datamask_job.log             Data-masking tool log: per-column before/after samples
                             (before = real value, after = masked/hashed value) and DEBUG
                             row dumps.
access_review_2024Q2.csv     Quarterly access review sheet: employee name, phone, e-mail,
                             account, privileges, last login IP, reviewer.
pam_vault_export.csv         Privileged-account password vault export: asset address,
                             account, password (plaintext or ********), owner and phone.
data_export_approvals.txt    OA data-export approval workflows: applicant, approvers,
                             export conditions, pasted sample rows (tab separated).
labels.jsonl                 {"file", "start", "end", "type"}; UTF-8 byte offsets, end
                             exclusive.

Label conventions
-----------------
* PHONE_NUMBER as written, with +86 / 0086 / 86 prefixes, spaces, dashes or full-width
  digits; landlines with their area code.  Service numbers (10086, 95588, 400-...) and
  masked numbers (138****5678) are not labelled.
* CHINA_RESIDENT_ID_NUMBER: 18-character IDs (valid region, date and check digit; the
  check 'X' sometimes written 'x').  ID prefixes used in LIKE patterns (e.g. '330106%')
  and masked IDs are not labelled.
* PERSON_NAME: full names of private people (customers, employees, approvers), each
  occurrence.  Pinyin login names (zhangwei3), account names and company names are not
  labelled; a name inside an e-mail address is covered by the EMAIL_ADDRESS label only.
* DATE_OF_BIRTH only for birth dates (birthday / 出生日期 columns and values).
* STREET_ADDRESS: a private person's address whole, from the first place name to the
  room/house number.  Company, branch and data-centre addresses are not labelled.
* CREDENTIAL: the value only of passwords (incl. ones typed at a password prompt that the
  bastion's keystroke recorder captured, passwords on command lines and in connection
  URLs), AccessKey secrets, Tencent SecretKeys, bearer/JWT tokens, API tokens, webhook
  access tokens.  AccessKey IDs (LTAI..., AKID...), password hashes, key fingerprints and
  server-rewritten "<secret>" / "********" are not labelled.
* IP_ADDRESS: every concrete host IPv4/IPv6 address (client, server, node, pod), address
  only without port; 127.0.0.1 / 0.0.0.0 are not labelled.
* MAC_ADDRESS in any common notation (colon, dash, Cisco dotted, Huawei dashed).
* EMAIL_ADDRESS: whole address, also where embedded in a principal such as
  "oidc:li.na@..." (only the address part is labelled).  RAM logon names in e-mail form
  (user@<account>.onaliyun.com) are labelled as EMAIL_ADDRESS as well.
* IMSI_ID, IMEI_HARDWARE_ID, MEID, ICCID_NUMBER, BANK_CARD_NUMBER (as written, spaces
  included), CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT, CHINA_LICENSE_PLATE: the value.
* LOCATION_COORDINATES: a "lat,lng" pair in one value is one label; separate latitude and
  longitude columns are labelled one number each.
* CELL_ID: the whole CGI/ECGI string, or the value of a column named as a cell id.
* Not labelled: query ids, digests, session/request/event ids, UUIDs, ARNs, resource ids,
  AccessKey ids, order/bill numbers, Unified Social Credit Codes, timestamps and epoch
  milliseconds, row counts, amounts, version strings, hashes, masked samples, Oracle SCNs
  and audit-appliance session ids (digit runs that can look like phone or card numbers),
  the all-zero MAC 00-00-00-00-00-00, CIDR suffixes (/32) and ports.
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import string
import uuid

import phonenumbers
from stdnum.cn import ric

SEED = 24051324
MARK_RE = re.compile('\ue000(\\d+)\ue001')

# ----------------------------------------------------------------------------
# document buffer with labelled spans


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []
        self.vals = []

    def m(self, value, typ):
        """Return a marker standing for a labelled value (resolved in w())."""
        assert '\ue000' not in value and '\ue001' not in value
        self.vals.append((value, typ))
        return '\ue000%d\ue001' % (len(self.vals) - 1)

    def w(self, text):
        pos = 0
        for mo in MARK_RE.finditer(text):
            self.buf += text[pos:mo.start()].encode('utf-8')
            v, t = self.vals[int(mo.group(1))]
            s = len(self.buf)
            self.buf += v.encode('utf-8')
            if t:
                self.labels.append((s, len(self.buf), t, v))
            pos = mo.end()
        self.buf += text[pos:].encode('utf-8')


# ----------------------------------------------------------------------------
# reference data

SURNAMES = [('王', 'wang'), ('李', 'li'), ('张', 'zhang'), ('刘', 'liu'), ('陈', 'chen'), ('杨', 'yang'),
            ('黄', 'huang'), ('赵', 'zhao'), ('吴', 'wu'), ('周', 'zhou'), ('徐', 'xu'), ('孙', 'sun'),
            ('马', 'ma'), ('朱', 'zhu'), ('胡', 'hu'), ('郭', 'guo'), ('何', 'he'), ('高', 'gao'),
            ('林', 'lin'), ('罗', 'luo'), ('郑', 'zheng'), ('梁', 'liang'), ('谢', 'xie'), ('宋', 'song'),
            ('唐', 'tang'), ('许', 'xu'), ('韩', 'han'), ('冯', 'feng'), ('邓', 'deng'), ('曹', 'cao'),
            ('彭', 'peng'), ('曾', 'zeng'), ('肖', 'xiao'), ('田', 'tian'), ('董', 'dong'), ('袁', 'yuan'),
            ('潘', 'pan'), ('于', 'yu'), ('蒋', 'jiang'), ('蔡', 'cai'), ('余', 'yu'), ('杜', 'du'),
            ('叶', 'ye'), ('程', 'cheng'), ('苏', 'su'), ('魏', 'wei'), ('吕', 'lv'), ('丁', 'ding'),
            ('任', 'ren'), ('沈', 'shen'), ('姚', 'yao'), ('卢', 'lu'), ('姜', 'jiang'), ('崔', 'cui'),
            ('钟', 'zhong'), ('谭', 'tan'), ('陆', 'lu'), ('汪', 'wang'), ('范', 'fan'), ('金', 'jin'),
            ('石', 'shi'), ('廖', 'liao'), ('贾', 'jia'), ('夏', 'xia'), ('韦', 'wei'), ('付', 'fu'),
            ('方', 'fang'), ('白', 'bai'), ('邹', 'zou'), ('孟', 'meng'), ('熊', 'xiong'), ('秦', 'qin'),
            ('邱', 'qiu'), ('江', 'jiang'), ('尹', 'yin'), ('薛', 'xue'), ('闫', 'yan'), ('段', 'duan'),
            ('雷', 'lei'), ('侯', 'hou'), ('龙', 'long'), ('史', 'shi'), ('陶', 'tao'), ('黎', 'li'),
            ('贺', 'he'), ('顾', 'gu'), ('毛', 'mao'), ('郝', 'hao'), ('龚', 'gong'), ('邵', 'shao'),
            ('钱', 'qian'), ('严', 'yan'), ('覃', 'qin'), ('武', 'wu'), ('戴', 'dai'), ('孔', 'kong'),
            ('欧阳', 'ouyang'), ('司马', 'sima'), ('上官', 'shangguan')]
GIVEN = [('伟', 'wei'), ('芳', 'fang'), ('娜', 'na'), ('敏', 'min'), ('静', 'jing'), ('丽', 'li'),
         ('强', 'qiang'), ('磊', 'lei'), ('军', 'jun'), ('洋', 'yang'), ('勇', 'yong'), ('艳', 'yan'),
         ('杰', 'jie'), ('娟', 'juan'), ('涛', 'tao'), ('明', 'ming'), ('超', 'chao'), ('秀', 'xiu'),
         ('霞', 'xia'), ('平', 'ping'), ('刚', 'gang'), ('桂', 'gui'), ('英', 'ying'), ('华', 'hua'),
         ('玉', 'yu'), ('萍', 'ping'), ('红', 'hong'), ('建', 'jian'), ('文', 'wen'), ('辉', 'hui'),
         ('鑫', 'xin'), ('宇', 'yu'), ('浩', 'hao'), ('欣', 'xin'), ('佳', 'jia'), ('晨', 'chen'),
         ('博', 'bo'), ('雪', 'xue'), ('思', 'si'), ('梓', 'zi'), ('涵', 'han'), ('子', 'zi'),
         ('轩', 'xuan'), ('婷', 'ting'), ('琳', 'lin'), ('颖', 'ying'), ('凯', 'kai'), ('鹏', 'peng'),
         ('飞', 'fei'), ('斌', 'bin'), ('波', 'bo'), ('岚', 'lan'), ('晓', 'xiao'), ('海', 'hai'),
         ('燕', 'yan'), ('春', 'chun'), ('志', 'zhi'), ('国', 'guo'), ('俊', 'jun'), ('嘉', 'jia'),
         ('怡', 'yi'), ('欢', 'huan'), ('瑶', 'yao'), ('璐', 'lu'), ('亮', 'liang'), ('成', 'cheng'),
         ('昊', 'hao'), ('然', 'ran'), ('雨', 'yu'), ('萱', 'xuan'), ('泽', 'ze'), ('睿', 'rui'),
         ('晶', 'jing'), ('倩', 'qian'), ('蕾', 'lei'), ('慧', 'hui'), ('东', 'dong'), ('楠', 'nan'),
         ('益', 'yi'), ('瑞', 'rui'), ('帆', 'fan'), ('永', 'yong'), ('德', 'de'), ('淑', 'shu')]

# province, city, district, streets, id region codes, plate prefix, (lat, lng)
LOCS = [
    ('北京市', '', '朝阳区', ['望京西路', '朝阳北路', '安立路', '广顺北大街'], ['110105'], '京', (39.9219, 116.4436)),
    ('北京市', '', '海淀区', ['学院路', '中关村南大街', '西三旗东路', '清河中街'], ['110108'], '京', (39.9593, 116.2981)),
    ('上海市', '', '浦东新区', ['张杨路', '锦绣路', '杨高南路', '东方路'], ['310115'], '沪', (31.2215, 121.5447)),
    ('上海市', '', '闵行区', ['莘松路', '七莘路', '都市路'], ['310112'], '沪', (31.1128, 121.3817)),
    ('广东省', '深圳市', '南山区', ['科苑南路', '南海大道', '桃园路'], ['440305'], '粤B', (22.5333, 113.9305)),
    ('广东省', '广州市', '天河区', ['天河北路', '黄埔大道西', '体育东路'], ['440106'], '粤A', (23.1247, 113.3612)),
    ('浙江省', '杭州市', '西湖区', ['文三路', '天目山路', '古墩路'], ['330106'], '浙A', (30.2590, 120.1300)),
    ('浙江省', '宁波市', '鄞州区', ['天童南路', '四明中路'], ['330212'], '浙B', (29.8167, 121.5470)),
    ('江苏省', '南京市', '鼓楼区', ['中山北路', '汉中门大街'], ['320106'], '苏A', (32.0663, 118.7698)),
    ('江苏省', '苏州市', '姑苏区', ['人民路', '干将西路'], ['320508'], '苏E', (31.3115, 120.6178)),
    ('四川省', '成都市', '武侯区', ['科华北路', '玉林南路', '武侯祠大街'], ['510107'], '川A', (30.6421, 104.0433)),
    ('湖北省', '武汉市', '洪山区', ['珞喻路', '雄楚大道'], ['420111'], '鄂A', (30.5049, 114.3431)),
    ('陕西省', '西安市', '雁塔区', ['小寨东路', '长安南路'], ['610113'], '陕A', (34.2133, 108.9481)),
    ('山东省', '青岛市', '市南区', ['香港中路', '闽江路'], ['370202'], '鲁B', (36.0671, 120.3826)),
    ('福建省', '厦门市', '思明区', ['湖滨南路', '莲前西路'], ['350203'], '闽D', (24.4798, 118.0894)),
    ('河南省', '郑州市', '金水区', ['花园路', '经三路'], ['410105'], '豫A', (34.7754, 113.6866)),
    ('湖南省', '长沙市', '岳麓区', ['麓山南路', '桐梓坡路'], ['430104'], '湘A', (28.2353, 112.9312)),
    ('重庆市', '', '渝中区', ['民族路', '中山三路'], ['500103'], '渝A', (29.5570, 106.5770)),
]
EXTRA_REGIONS = ['130102', '341602', '412702', '522401', '450103', '360102', '140105', '210102',
                 '220102', '230103', '620102', '530102', '130602', '371302', '421002', '511302']
ESTATES = ['金地名京', '阳光花园', '翠苑一区', '世纪城', '龙湖春森彼岸', '保利香槟国际', '万科城市花园',
           '华润橡树湾', '碧桂园凤凰城', '融创滨江壹号', '绿城桂花园', '新城国际', '锦绣江南', '金色家园']

MOBILE_PREFIXES = ['134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158',
                   '159', '178', '182', '183', '184', '187', '188', '198', '195', '130', '131', '132',
                   '145', '155', '156', '166', '175', '176', '185', '186', '133', '149', '153', '173',
                   '177', '180', '181', '189', '191', '193', '199']
AREA_CODES = [('010', 8), ('021', 8), ('020', 8), ('022', 8), ('023', 8), ('028', 8), ('027', 8),
              ('029', 8), ('025', 8), ('0755', 8), ('0571', 8), ('0512', 8), ('0531', 8), ('0591', 8),
              ('0574', 8), ('0731', 8), ('0371', 8), ('0532', 8), ('0592', 7)]
BINS = [('622202', 19), ('622208', 19), ('621226', 19), ('622848', 19), ('623052', 19), ('621700', 19),
        ('622700', 19), ('436742', 19), ('621661', 19), ('622588', 16), ('621485', 16), ('622262', 19),
        ('621799', 19), ('622188', 19), ('622609', 16), ('625807', 16), ('622630', 19), ('622908', 18)]
TACS = ['86891604', '86753004', '35391110', '35260111', '86118903', '35674108', '86401405',
        '86943205', '35328911', '86769703', '35875209', '86013006']
MNCS = ['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11', '15', '20']
OUIS = ['00E04C', 'F48E38', '3C5282', 'A4BB6D', '54EE75', '005056', '8CEC4B', 'F02F74', '70B5E8',
        'D89EF3', '4C7999', 'E4A8DF', '28D244', 'B8AEED']
PUB_A = [58, 61, 112, 113, 114, 117, 120, 183, 218, 221, 223, 36, 39, 42, 101, 106, 111, 124, 115, 180]
EMAIL_DOMS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com', 'hotmail.com',
              'yeah.net', '139.com', '189.cn', 'aliyun.com', 'outlook.com']
CORP_DOM = 'xinghai-tel.com'
FW = str.maketrans('0123456789', '０１２３４５６７８９')
PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(r):
    region = r.choice(['330106', '110108', '440300', '310115', '320106', '510107'])
    org = ''.join(r.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c) * w for c, w in zip(org, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - s % 11
    org += 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
    body = '91' + region + org
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - s % 31) % 31]


class Person:
    pass


class Gen:
    def __init__(self, r):
        self.r = r

    def digits(self, n):
        return ''.join(self.r.choice(string.digits) for _ in range(n))

    def hexs(self, n, upper=False):
        s = ''.join(self.r.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n):
        return ''.join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    # --- people
    def name(self):
        r = self.r
        s = r.choice(SURNAMES)
        g = [r.choice(GIVEN) for _ in range(1 if r.random() < 0.3 else 2)]
        return s[0] + ''.join(x[0] for x in g), s[1], ''.join(x[1] for x in g)

    def rid(self, loc=None):
        r = self.r
        while True:
            if loc is not None and r.random() < 0.7:
                region = r.choice(loc[4])
            else:
                region = r.choice(EXTRA_REGIONS + [c for l in LOCS for c in l[4]])
            y = r.randint(1956, 2005)
            m = r.randint(1, 12)
            d = r.randint(1, 28 if m == 2 else 30)
            body = '%s%04d%02d%02d%03d' % (region, y, m, d, r.randint(1, 999))
            num = body + ric.calc_check_digit(body)
            try:
                ric.validate(num)
            except Exception:
                continue
            return num, dt.date(y, m, d)

    def mobile(self):
        while True:
            n = self.r.choice(MOBILE_PREFIXES) + self.digits(8)
            pn = phonenumbers.parse('+86' + n)
            if phonenumbers.is_valid_number(pn) and \
                    phonenumbers.number_type(pn) == phonenumbers.PhoneNumberType.MOBILE:
                return n

    def landline(self, sep='-'):
        while True:
            ac, ln = self.r.choice(AREA_CODES)
            sub = str(self.r.randint(2, 8)) + self.digits(ln - 1)
            pn = phonenumbers.parse('+86' + ac[1:] + sub)
            if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                    phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                if sep == '()':
                    return '(%s)%s' % (ac, sub)
                return ac + sep + sub

    def fmt_mobile(self, n, style=None):
        r = self.r
        if style is None:
            style = r.choices(['plain', '+86', '+86sp', '+86-', '0086', '86-', 'sp', 'dash', 'fw'],
                              [56, 6, 6, 4, 3, 4, 6, 6, 7])[0]
        return {
            'plain': n,
            '+86': '+86' + n,
            '+86sp': '+86 %s %s %s' % (n[:3], n[3:7], n[7:]),
            '+86-': '+86-' + n,
            '0086': '0086 ' + n if r.random() < 0.5 else '0086-%s-%s-%s' % (n[:3], n[3:7], n[7:]),
            '86-': '86-' + n,
            'sp': '%s %s %s' % (n[:3], n[3:7], n[7:]),
            'dash': '%s-%s-%s' % (n[:3], n[3:7], n[7:]),
            'fw': n.translate(FW),
        }[style]

    def card(self):
        b, ln = self.r.choice(BINS)
        body = b + self.digits(ln - len(b) - 1)
        return body + luhn_digit(body)

    def fmt_card(self, c):
        if self.r.random() < 0.3:
            return ' '.join(c[i:i + 4] for i in range(0, len(c), 4))
        return c

    def imsi(self):
        return '460' + self.r.choice(MNCS) + self.digits(10)

    def imei(self):
        body = self.r.choice(TACS) + self.digits(6)
        return body + luhn_digit(body)

    def meid(self):
        r = self.r
        if r.random() < 0.35:
            return '99' + self.digits(12)
        s = r.choice(['A00000', 'A10000', 'A00000']) + self.hexs(8, upper=True)
        return s if r.random() < 0.7 else s.lower()

    def iccid(self):
        r = self.r
        op = r.choice(['00', '00', '02', '07', '01', '06', '03', '11'])
        if r.random() < 0.65:
            body = '8986' + op + self.digits(13)
            return body + luhn_digit(body)
        body = '8986' + op + self.digits(12)
        if r.random() < 0.3:
            return body + r.choice('ABCDEF')
        return body + luhn_digit(body)

    def mac(self, style=None):
        r = self.r
        h = r.choice(OUIS) + self.hexs(6, upper=True)
        if style is None:
            style = r.choice(['colon', 'colon', 'lcolon', 'dash', 'dot', 'hw'])
        if style == 'colon':
            return ':'.join(h[i:i + 2] for i in range(0, 12, 2))
        if style == 'lcolon':
            return ':'.join(h[i:i + 2] for i in range(0, 12, 2)).lower()
        if style == 'dash':
            return '-'.join(h[i:i + 2] for i in range(0, 12, 2))
        if style == 'dot':
            h = h.lower()
            return '.'.join(h[i:i + 4] for i in range(0, 12, 4))
        h = h.lower()
        return '-'.join(h[i:i + 4] for i in range(0, 12, 4))

    def ip_priv(self, prefix=None):
        r = self.r
        if prefix:
            return prefix + '.%d' % r.randint(2, 250)
        k = r.random()
        if k < 0.6:
            return '10.%d.%d.%d' % (r.choice([12, 18, 20, 30, 31, 40, 66]), r.randint(0, 40), r.randint(2, 250))
        if k < 0.8:
            return '172.%d.%d.%d' % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 250))
        return '192.168.%d.%d' % (r.randint(0, 30), r.randint(2, 250))

    def ip_pub(self):
        r = self.r
        return '%d.%d.%d.%d' % (r.choice(PUB_A), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def ipv6(self):
        r = self.r
        pre = r.choice(['240e:3b7', '2409:8a55', '2408:8207', '240e:47e'])
        return pre + ':' + ':'.join('%x' % r.randint(0, 0xffff) for _ in range(6))

    def coords(self, loc):
        lat = loc[6][0] + self.r.uniform(-0.06, 0.06)
        lng = loc[6][1] + self.r.uniform(-0.06, 0.06)
        return '%.6f' % lat, '%.6f' % lng

    def cgi(self):
        r = self.r
        k = r.random()
        mnc = r.choice(['00', '01', '11', '00'])
        if k < 0.4:
            return '460-%s-%d-%d' % (mnc, r.randint(4096, 65000), r.randint(1000, 65535))
        if k < 0.8:
            return '460-%s-%d-%d' % (mnc, r.randint(100000, 1048575), r.randint(1, 140))
        return '460%s%07X' % (mnc, r.randint(0x100000, 0xFFFFFFF))

    def plate(self, loc):
        r = self.r
        pre = loc[5] if len(loc[5]) == 2 else loc[5] + r.choice('ABCDEF')
        if r.random() < 0.25:
            tail = r.choice('DF') + (r.choice(PLATE_LETTERS) if r.random() < 0.4 else str(r.randint(0, 9))) + self.digits(4)
        else:
            chars = [str(r.randint(0, 9)) for _ in range(5)]
            for i in r.sample(range(5), r.choice([0, 1, 1, 2])):
                chars[i] = r.choice(PLATE_LETTERS)
            tail = ''.join(chars)
        sep = r.choices(['', '·', ' '], [70, 20, 10])[0]
        return pre + sep + tail

    def passport(self):
        r = self.r
        k = r.random()
        if k < 0.5:
            return 'E' + self.digits(8)
        if k < 0.8:
            return 'E' + r.choice(PLATE_LETTERS) + self.digits(7)
        return 'G' + self.digits(8)

    def hkmo(self):
        r = self.r
        k = r.random()
        if k < 0.65:
            return 'C' + self.digits(8)
        if k < 0.85:
            return 'C' + r.choice(PLATE_LETTERS) + self.digits(7)
        return 'W' + self.digits(8)

    def password(self):
        r = self.r
        k = r.random()
        words = ['Crm', 'Ops', 'Tel', 'Hz', 'Db', 'Admin', 'Root', 'Xh', 'Bss', 'Oss', 'Yd', 'Sec', 'Pay']
        sp = '!@#$%^&*_-+.='
        if k < 0.45:
            return r.choice(words) + r.choice(sp) + str(r.randint(2019, 2024)) + r.choice(sp) + r.choice(['db', 'ro', 'Qa', 'x', 'prod', ''])
        if k < 0.8:
            return ''.join(r.choice(string.ascii_letters + string.digits + '!@#%^&*_') for _ in range(r.randint(10, 16)))
        return r.choice(words) + r.choice(['@', '#', '_']) + self.alnum(r.randint(5, 8))

    def ak_id(self):
        return 'LTAI5t' + self.alnum(18)

    def ak_secret(self):
        return self.alnum(30)

    def tc_id(self):
        return 'AKID' + self.alnum(32)

    def tc_key(self):
        return self.alnum(32)

    def jwt(self, sub='ops'):
        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
        head = b64({'alg': 'RS256', 'kid': self.alnum(20)})
        body = b64({'iss': 'kubernetes/serviceaccount', 'sub': sub, 'iat': 1715560000 + self.r.randint(0, 9999)})
        sig = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(96))).decode().rstrip('=')
        return head + '.' + body + '.' + sig

    def email(self, sur, giv, personal=True):
        r = self.r
        if not personal:
            return r.choice(['%s.%s', '%s%s', '%s_%s']) % (giv, sur) + '@' + CORP_DOM if r.random() < 0.5 \
                else '%s%s%s@%s' % (sur, giv, r.choice(['', '', '2', '3']), CORP_DOM)
        k = r.random()
        dom = r.choice(EMAIL_DOMS)
        if k < 0.2:
            return '%d@qq.com' % r.randint(10000000, 3999999999)
        if k < 0.55:
            return '%s%s%d@%s' % (sur, giv, r.randint(1, 99), dom)
        if k < 0.8:
            return '%s.%s@%s' % (giv, sur, dom)
        return '%s%s@%s' % (sur[0], giv, dom) if r.random() < 0.5 else '%s_%s%d@%s' % (sur, giv, r.randint(1960, 2005), dom)

    def address(self, loc):
        r = self.r
        prov, city, dist, streets = loc[0], loc[1], loc[2], loc[3]
        pc = prov + city if city else prov
        st = r.choice(streets)
        k = r.random()
        if k < 0.35:
            return '%s%s%s%d号%s%d栋%d单元%d室' % (pc, dist, st, r.randint(1, 999), r.choice(ESTATES),
                                              r.randint(1, 30), r.randint(1, 6), r.randint(1, 33) * 100 + r.randint(1, 6))
        if k < 0.55:
            return '%s%s%s%d弄%d号%d室' % (city or prov, dist, st, r.randint(1, 1800), r.randint(1, 60),
                                         r.randint(1, 22) * 100 + r.randint(1, 4))
        if k < 0.75:
            return '%s%s%d号院%d号楼%d单元%d' % (dist, st, r.randint(1, 400), r.randint(1, 25), r.randint(1, 5),
                                           r.randint(1, 28) * 100 + r.randint(1, 4))
        return '%s%s%s%s%d幢%d室' % (pc, dist, r.choice(ESTATES), r.choice(['', '二期', '南区', '东苑']),
                                  r.randint(1, 40), r.randint(1, 30) * 100 + r.randint(1, 6))

    def person(self):
        p = Person()
        r = self.r
        p.loc = r.choice(LOCS)
        p.name, p.sur, p.giv = self.name()
        p.rid, p.dob = self.rid(p.loc)
        p.gender = 'M' if int(p.rid[16]) % 2 else 'F'
        p.mobile = self.mobile()
        p.email = self.email(p.sur, p.giv)
        p.addr = self.address(p.loc)
        p.card = self.card()
        p.imsi = self.imsi()
        p.imei = self.imei()
        p.iccid = self.iccid()
        p.plate = self.plate(p.loc)
        p.login = p.sur + p.giv + r.choice(['', '', '1', '2', '3', '01'])
        return p

    def rid_fmt(self, rid):
        if rid.endswith('X') and self.r.random() < 0.35:
            return rid[:-1] + 'x'
        return rid

    def dob_fmt(self, d, style=None):
        if style is None:
            style = self.r.choice(['iso', 'iso', 'slash', 'compact', 'cn', 'nopad'])
        return {'iso': d.strftime('%Y-%m-%d'), 'slash': d.strftime('%Y/%m/%d'),
                'compact': d.strftime('%Y%m%d'), 'cn': '%d年%d月%d日' % (d.year, d.month, d.day),
                'nopad': '%d-%d-%d' % (d.year, d.month, d.day)}[style]


def mask_mobile(n):
    return n[:3] + '****' + n[-4:]


def mask_rid(x):
    return x[:6] + '********' + x[-4:] if len(x) == 18 else x


def mask_card(c):
    return c[:6] + '*' * (len(c) - 10) + c[-4:]


def mask_name(n):
    return n[0] + '*' * (len(n) - 1)


def csv_text(rows, delim=',', lt='\r\n', quoting=csv.QUOTE_MINIMAL):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator=lt, quoting=quoting)
    for row in rows:
        w.writerow(row)
    return s.getvalue()


class Clock:
    def __init__(self, r, start, lo=1.0, hi=90.0):
        self.r, self.t, self.lo, self.hi = r, start, lo, hi

    def tick(self, lo=None, hi=None):
        self.t += dt.timedelta(seconds=round(self.r.uniform(lo if lo is not None else self.lo,
                                                             hi if hi is not None else self.hi), 6))
        return self.t


def epoch(t, tz=8):
    return int((t - dt.timedelta(hours=tz) - dt.datetime(1970, 1, 1)).total_seconds())


# ----------------------------------------------------------------------------
# shared SQL generators (return text with markers)

def sql_customer(d, g, p, dialect='mysql'):
    """One SQL statement that touches customer PI; returns (sql, rows)."""
    r = g.r
    q = "'"
    M = d.m
    k = r.randrange(19)
    if k == 16:
        sql = "INSERT INTO t_etc_bind (plate_no, owner_name, bank_card_no, sign_time) VALUES ('%s', '%s', '%s', NOW())" % (
            M(p.plate, 'CHINA_LICENSE_PLATE'), M(p.name, 'PERSON_NAME'), M(p.card, 'BANK_CARD_NUMBER'))
        return sql, 1
    if k == 17:
        sql = "SELECT refund_id, amount, status FROM t_refund WHERE refund_card_no = '%s' AND refund_name = '%s'" % (
            M(p.card, 'BANK_CARD_NUMBER'), M(p.name, 'PERSON_NAME'))
        return sql, r.randint(0, 3)
    if k == 18:
        sql = "UPDATE t_customer SET cert_type = 3, cert_no = '%s', nationality = 'CHN' WHERE cust_id = %d" % (
            M(g.passport(), 'CHINA_PASSPORT'), r.randint(10000000, 99999999))
        return sql, 1
    if k == 0:
        sql = "SELECT cust_id, cust_name, cert_no, mobile, contact_addr FROM t_customer WHERE mobile = '%s'" % M(p.mobile, 'PHONE_NUMBER')
        rows = 1
    elif k == 1:
        sql = "SELECT * FROM t_customer WHERE cert_type = 1 AND cert_no = '%s' LIMIT 1" % M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER')
        rows = 1
    elif k == 2:
        sql = "UPDATE t_customer SET cert_no='%s', cust_name='%s', update_time=NOW() WHERE cust_id=%d" % (
            M(p.rid, 'CHINA_RESIDENT_ID_NUMBER'), M(p.name, 'PERSON_NAME'), r.randint(10000000, 99999999))
        rows = 1
    elif k == 3:
        sql = ("INSERT INTO t_customer (cust_id, cust_name, gender, birthday, cert_type, cert_no, mobile, email, contact_addr, create_time) "
               "VALUES (%d, '%s', '%s', '%s', 1, '%s', '%s', '%s', '%s', '2024-05-13 %02d:%02d:%02d')") % (
            r.randint(10000000, 99999999), M(p.name, 'PERSON_NAME'), p.gender, M(p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'),
            M(p.rid, 'CHINA_RESIDENT_ID_NUMBER'), M(p.mobile, 'PHONE_NUMBER'), M(p.email, 'EMAIL_ADDRESS'),
            M(p.addr, 'STREET_ADDRESS'), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        rows = 1
    elif k == 4:
        sql = ("INSERT INTO t_subscriber (msisdn, imsi, iccid, imei, open_date, cust_id, status) VALUES "
               "('%s', '%s', '%s', '%s', '2024-0%d-%02d', %d, 'A')") % (
            M(p.mobile, 'PHONE_NUMBER'), M(p.imsi, 'IMSI_ID'), M(p.iccid, 'ICCID_NUMBER'), M(p.imei, 'IMEI_HARDWARE_ID'),
            r.randint(1, 5), r.randint(1, 28), r.randint(10000000, 99999999))
        rows = 1
    elif k == 5:
        sql = "SELECT msisdn, imsi, imei, start_time, ecgi, duration FROM xdr_s1u_20240512 WHERE imsi = '%s' AND start_time >= 1715443200000" % M(p.imsi, 'IMSI_ID')
        rows = r.randint(20, 3000)
    elif k == 6:
        sql = "SELECT msisdn, start_time, lng, lat FROM dw_loc_trace WHERE ecgi = '%s' AND msisdn = '%s' ORDER BY start_time DESC" % (
            M(g.cgi(), 'CELL_ID'), M(p.mobile, 'PHONE_NUMBER'))
        rows = r.randint(1, 400)
    elif k == 7:
        sql = "UPDATE t_customer SET contact_addr = '%s', contact_phone = '%s' WHERE cust_id = %d" % (
            M(p.addr, 'STREET_ADDRESS'), M(g.landline() if r.random() < 0.4 else p.mobile, 'PHONE_NUMBER'), r.randint(10000000, 99999999))
        rows = 1
    elif k == 8:
        sql = "SELECT acct_id, bank_name, bank_acct_no, acct_holder FROM t_pay_bind WHERE bank_acct_no = '%s'" % M(p.card, 'BANK_CARD_NUMBER')
        rows = 1
    elif k == 9:
        sql = "UPDATE t_pay_bind SET bank_acct_no = '%s', acct_holder = '%s', bind_mobile = '%s' WHERE bind_id = 'PB%s'" % (
            M(p.card, 'BANK_CARD_NUMBER'), M(p.name, 'PERSON_NAME'), M(p.mobile, 'PHONE_NUMBER'), g.digits(14))
        rows = 1
    elif k == 10:
        sql = "SELECT c.cust_name, s.msisdn, s.iccid FROM t_customer c JOIN t_subscriber s ON s.cust_id = c.cust_id WHERE c.cust_name = '%s' AND s.status = 'A'" % M(p.name, 'PERSON_NAME')
        rows = r.randint(0, 6)
    elif k == 11:
        sql = "SELECT order_id, msisdn, amount, pay_time FROM t_order WHERE msisdn = '%s' AND pay_time BETWEEN '2024-04-01' AND '2024-04-30'" % M(p.mobile, 'PHONE_NUMBER')
        rows = r.randint(0, 12)
    elif k == 12:
        sql = "SELECT * FROM t_device_reg WHERE meid = '%s' OR imei = '%s'" % (M(g.meid(), 'MEID'), M(p.imei, 'IMEI_HARDWARE_ID'))
        rows = r.randint(0, 2)
    elif k == 13:
        sql = "UPDATE t_customer SET email = '%s', birthday = '%s' WHERE mobile = '%s'" % (
            M(p.email, 'EMAIL_ADDRESS'), M(p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'), M(p.mobile, 'PHONE_NUMBER'))
        rows = 1
    elif k == 14:
        sql = "SELECT owner_name, plate_no, vin, bind_msisdn FROM t_iov_vehicle WHERE plate_no = '%s'" % M(p.plate, 'CHINA_LICENSE_PLATE')
        rows = 1
    else:
        if r.random() < 0.5:
            sql = "SELECT cust_name, cert_type, cert_no FROM t_customer WHERE cert_type = 3 AND cert_no = '%s'" % M(g.passport(), 'CHINA_PASSPORT')
        else:
            sql = "SELECT cust_name, cert_type, cert_no FROM t_customer WHERE cert_type = 5 AND cert_no = '%s'" % M(g.hkmo(), 'HK_MACAU_TRAVEL_PERMIT')
        rows = r.randint(0, 1)
    return sql, rows


def sql_benign(g):
    r = g.r
    return r.choice([
        "SELECT COUNT(*) FROM t_customer WHERE create_time >= '2024-05-12 00:00:00'",
        "SELECT bill_no, acct_id, fee FROM t_bill WHERE bill_no = 'B2024051300%s'" % g.digits(6),
        "SELECT * FROM t_order WHERE order_id = '%s'" % ('20240513' + g.digits(12)),
        "SELECT @@version, @@hostname",
        "SET NAMES utf8mb4",
        "SHOW VARIABLES LIKE 'general_log%'",
        "SELECT cust_id, cust_level FROM t_customer WHERE cust_id = %d" % r.randint(10000000, 99999999),
        "UPDATE t_job_lock SET owner = 'crm-batch-%d', lock_time = NOW() WHERE job = 'daily_bill'" % r.randint(1, 9),
        "SELECT sum(fee) FROM t_bill WHERE acct_id = %d AND cycle = 202404" % r.randint(80000000, 89999999),
        "SELECT * FROM t_customer WHERE mobile = '%s'" % mask_mobile(g.mobile()),
        "SELECT product_id, product_name FROM t_product WHERE product_id IN (10086001, 10086002, 10086015)",
        "commit",
        "SELECT 1",
        "SELECT trace_id FROM t_api_log WHERE trace_id = '%s'" % g.hexs(32),
    ])


# ----------------------------------------------------------------------------
# file writers

def f_mysql_general(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 12, 18, 1, 3), 0.2, 40)
    d.w("/usr/sbin/mysqld, Version: 8.0.36-28 (Percona Server (GPL), Release 28, Revision 47601f19). started with:\n"
        "Tcp port: 3306  Unix socket: /var/lib/mysql/mysql.sock\n"
        "Time                 Id Command    Argument\n")
    threads = {}
    users = ['crm_app', 'crm_ro', 'bss_rw', 'report', 'dba_zhao', 'etl_sync']
    for i in range(95):
        t = ck.tick()
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.%fZ')
        k = r.random()
        if k < 0.1 or not threads:
            tid = r.randint(100, 99999)
            u = r.choice(users)
            threads[tid] = u
            ip = g.ip_priv()
            ssl = r.choice(['using TCP/IP', 'using SSL/TLS'])
            d.w('%s\t%7d Connect\t%s@%s on crm_prod %s\n' % (ts, tid, u, M(ip, 'IP_ADDRESS'), ssl))
            continue
        tid = r.choice(sorted(threads))
        if k < 0.14:
            d.w('%s\t%7d Quit\t\n' % (ts, tid))
            del threads[tid]
            continue
        if k < 0.17:
            d.w("%s\t%7d Connect\tAccess denied for user 'root'@'%s' (using password: YES)\n" % (ts, r.randint(100, 99999), M(g.ip_priv(), 'IP_ADDRESS')))
            continue
        if k < 0.20:
            acct = r.choice(['app_rw', 'bi_reader', 'zhaolei_dba', 'canal'])
            host = r.choice(["'10.%'", "'%'", "'10.20.1.%'"])
            if r.random() < 0.5:
                stmt = "CREATE USER '%s'@%s IDENTIFIED BY '%s'" % (acct, host, M(g.password(), 'CREDENTIAL'))
            else:
                stmt = "CREATE USER '%s'@%s IDENTIFIED WITH 'caching_sha2_password' AS '<secret>'" % (acct, host) if r.random() < 0.5 \
                    else "ALTER USER '%s'@%s IDENTIFIED BY <secret>" % (acct, host)
            d.w('%s\t%7d Query\t%s\n' % (ts, tid, stmt))
            continue
        if k < 0.40:
            d.w('%s\t%7d Query\t%s\n' % (ts, tid, sql_benign(g)))
            continue
        if k < 0.43:
            d.w('%s\t%7d Init DB\tcrm_prod\n' % (ts, tid))
            continue
        if k < 0.47:
            ps = [g.person() for _ in range(r.randint(3, 6))]
            vals = ', '.join("'%s'" % M(p.mobile, 'PHONE_NUMBER') for p in ps)
            d.w('%s\t%7d Query\tSELECT msisdn, cust_id, brand FROM t_subscriber WHERE msisdn IN (%s)\n' % (ts, tid, vals))
            continue
        p = g.person()
        sql, _ = sql_customer(d, g, p)
        d.w('%s\t%7d Query\t%s\n' % (ts, tid, sql))


def f_pg_csvlog(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 0, 0, 4), 0.05, 50)
    rows = []
    sessions = []
    apps = ['psql', 'DBeaver 23.3.0 - Main', 'crm-service', 'PostgreSQL JDBC Driver', 'pgAdmin 4 - DB:crm']
    for i in range(75):
        t = ck.tick()
        lt = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d CST' % (t.microsecond // 1000)
        k = r.random()
        if k < 0.12 or not sessions:
            pid = r.randint(1000, 65000)
            sid = '%x.%x' % (epoch(t), pid)
            ip = g.ip_priv()
            port = r.randint(30000, 65000)
            user = r.choice(['crm_app', 'crm_ro', 'report', 'dba_liu', 'etl'])
            app = r.choice(apps)
            sess = dict(pid=pid, sid=sid, ip=ip, port=port, user=user, app=app, line=1, start=lt, vx=r.randint(2, 40))
            sessions.append(sess)
            rows.append([lt, '', '', str(pid), '%s:%d' % (M(ip, 'IP_ADDRESS'), port), sid, '1', '', lt, '', '0', 'LOG', '00000',
                         'connection received: host=%s port=%d' % (M(ip, 'IP_ADDRESS'), port), '', '', '', '', '', '', '',
                         '', '', 'not initialized', '', '0'])
            sess['line'] += 1
            rows.append([lt, user, 'crm', str(pid), '%s:%d' % (M(ip, 'IP_ADDRESS'), port), sid, '2', 'authentication', lt,
                         '%d/%d' % (sess['vx'], r.randint(1, 9999)), '0', 'LOG', '00000',
                         'connection authorized: user=%s database=crm application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)' % (user, app),
                         '', '', '', '', '', '', '', '', '', 'client backend', '', '0'])
            sess['line'] += 1
            continue
        s = r.choice(sessions)
        base = [lt, s['user'], 'crm', str(s['pid']), '%s:%d' % (M(s['ip'], 'IP_ADDRESS'), s['port']), s['sid'], str(s['line'])]
        s['line'] += 1
        vxid = '%d/%d' % (s['vx'], r.randint(1, 99999))
        qid = str(r.randint(-2**62, 2**62))
        tail = ['', '', '', '', '', '', '', '', '', s['app'], 'client backend', '', qid]
        if k < 0.17:
            rows.append(['%s' % lt, '', '', str(r.randint(20, 90)), '', '%x.%x' % (epoch(t) - 86000, 27), str(r.randint(100, 900)),
                         '', '2024-05-12 00:00:01 CST', '', '0', 'LOG', '00000',
                         'checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB; lsn=%X/%08X, redo lsn=%X/%08X' % (
                             r.randint(100, 9000), r.uniform(0, 5), r.randint(0, 9), r.uniform(1, 200), r.uniform(0, 1), r.uniform(1, 200),
                             r.randint(10, 400), r.randint(1000, 99999), r.randint(1000, 99999), r.randint(1, 99), r.getrandbits(32), r.randint(1, 99), r.getrandbits(32)),
                         '', '', '', '', '', '', '', '', '', 'checkpointer', '', '0'])
            continue
        if k < 0.22:
            rows.append(base[:5] + [s['sid'], base[6], 'authentication', s['start'], vxid, '0', 'FATAL', '28P01',
                                     'password authentication failed for user "%s"' % s['user'],
                                     'Connection matched file "/etc/postgresql/15/main/pg_hba.conf" line 102: "hostssl crm all samenet scram-sha-256"',
                                     '', '', '', '', '', '', '', '', 'client backend', '', '0'])
            continue
        if k < 0.26:
            role = r.choice(['crm_ro', 'report', 'bi_reader', 'app_batch'])
            if r.random() < 0.7:
                msg = "statement: ALTER ROLE %s WITH LOGIN PASSWORD '%s' VALID UNTIL '2024-12-31'" % (role, M(g.password(), 'CREDENTIAL'))
            else:
                msg = "statement: ALTER ROLE %s PASSWORD 'SCRAM-SHA-256$4096:%s$%s:%s'" % (
                    role, base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode(),
                    base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
                    base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode())
            rows.append(base + ['ALTER ROLE', s['start'], vxid, '0', 'LOG', '00000', msg] + tail)
            continue
        if k < 0.36:
            rows.append(base + ['SELECT', s['start'], vxid, '0', 'LOG', '00000',
                                'duration: %.3f ms  statement: %s' % (r.uniform(0.1, 900), sql_benign(g).replace('`', ''))] + tail)
            continue
        p = g.person()
        if k < 0.55:
            sql, _ = sql_customer(d, g, p)
            sql = sql.replace('NOW()', 'now()').replace(' LIMIT 1', ' FETCH FIRST 1 ROWS ONLY')
            rows.append(base + [sql.split()[0].upper(), s['start'], vxid, str(r.randint(700000, 900000)) if not sql.startswith('SELECT') else '0',
                                'LOG', '00000', 'statement: ' + sql] + tail)
            continue
        if k < 0.80:
            kk = r.randrange(5)
            if kk == 0:
                q = 'SELECT cust_id, cust_name, cert_no FROM crm.customer WHERE mobile = $1 AND status = $2'
                params = "$1 = '%s', $2 = 'A'" % M(p.mobile, 'PHONE_NUMBER')
            elif kk == 1:
                q = 'UPDATE crm.customer SET contact_addr = $1, update_time = now() WHERE cert_no = $2'
                params = "$1 = '%s', $2 = '%s'" % (M(p.addr, 'STREET_ADDRESS'), M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER'))
            elif kk == 2:
                q = 'INSERT INTO crm.customer (cust_name, cert_no, birthday, mobile) VALUES ($1, $2, $3, $4) RETURNING cust_id'
                params = "$1 = '%s', $2 = '%s', $3 = '%s', $4 = '%s'" % (M(p.name, 'PERSON_NAME'), M(p.rid, 'CHINA_RESIDENT_ID_NUMBER'),
                                                                      M(p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'), M(p.mobile, 'PHONE_NUMBER'))
            elif kk == 3:
                q = 'SELECT * FROM crm.sim_card WHERE iccid = $1'
                params = "$1 = '%s'" % M(p.iccid, 'ICCID_NUMBER')
            else:
                q = 'SELECT order_id, amount FROM billing.orders WHERE cust_id = $1 AND created_at > $2'
                params = "$1 = '%d', $2 = '2024-05-01 00:00:00+08'" % r.randint(10000000, 99999999)
            stmt = 'S_%d' % r.randint(1, 40) if r.random() < 0.5 else '<unnamed>'
            rows.append(base + [q.split()[0], s['start'], vxid, '0', 'LOG', '00000',
                                'duration: %.3f ms  execute %s: %s' % (r.uniform(0.05, 2500), stmt, q),
                                'parameters: ' + params] + tail)
            continue
        if k < 0.90:
            if r.random() < 0.6:
                rid = g.rid_fmt(p.rid)
                rows.append(base + ['INSERT', s['start'], vxid, str(r.randint(700000, 900000)), 'ERROR', '23505',
                                    'duplicate key value violates unique constraint "uk_customer_cert_no"',
                                    'Key (cert_type, cert_no)=(1, %s) already exists.' % M(rid, 'CHINA_RESIDENT_ID_NUMBER'), '', '', '', '', '',
                                    "INSERT INTO crm.customer (cust_name, cert_type, cert_no, mobile) VALUES ('%s', 1, '%s', '%s')" % (
                                        M(p.name, 'PERSON_NAME'), M(rid, 'CHINA_RESIDENT_ID_NUMBER'), M(p.mobile, 'PHONE_NUMBER')),
                                    '', '', s['app'], 'client backend', '', qid])
            else:
                rows.append(base + ['UPDATE', s['start'], vxid, str(r.randint(700000, 900000)), 'ERROR', '23505',
                                    'duplicate key value violates unique constraint "uk_subscriber_msisdn"',
                                    'Key (msisdn)=(%s) already exists.' % M(p.mobile, 'PHONE_NUMBER'), '', '', '', '', '',
                                    "UPDATE crm.subscriber SET msisdn = '%s' WHERE sub_id = %d" % (M(p.mobile, 'PHONE_NUMBER'), r.randint(1, 9999999)),
                                    '', '', s['app'], 'client backend', '', qid])
            continue
        lat, lng = g.coords(p.loc)
        rows.append(base + ['INSERT', s['start'], vxid, str(r.randint(700000, 900000)), 'LOG', '00000',
                            "statement: INSERT INTO loc.user_checkin (msisdn, lat, lng, cell_id, ts) VALUES ('%s', %s, %s, '%s', to_timestamp(%d))" % (
                                M(p.mobile, 'PHONE_NUMBER'), M(lat, 'LOCATION_COORDINATES'), M(lng, 'LOCATION_COORDINATES'),
                                M(str(r.randint(10000000, 268435455)), 'CELL_ID'), epoch(t))] + tail)
    d.w(csv_text(rows, lt='\n'))


def f_oracle(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 8, 30, 0), 5, 300)
    d.w("SQL> SET LINESIZE 200 PAGESIZE 0\nSQL> SELECT * FROM UNIFIED_AUDIT_TRAIL WHERE EVENT_TIMESTAMP > SYSTIMESTAMP - 1 AND UNIFIED_AUDIT_POLICIES LIKE '%POL_CRM%' ORDER BY EVENT_TIMESTAMP;\n\n")
    ops = [('zhaolei', 'ZHAOLEI-PC'), ('wangfang3', 'DESKTOP-7H2K9Q'), ('oracle', 'crm-app-02'), ('liuyang', 'LT-0093'),
           ('chenjing', 'DESKTOP-M4R1ZP')]
    for i in range(36):
        t = ck.tick()
        osu, host = r.choice(ops)
        ip = g.ip_priv()
        p = g.person()
        kk = r.randrange(7)
        binds = ''
        if kk == 0:
            act, obj = 'SELECT', 'CUST_INFO'
            sql = 'SELECT CUST_NAME, CERT_NO, MOBILE_NO, ADDR FROM CRM.CUST_INFO WHERE MOBILE_NO = :B1'
            v = p.mobile
            binds = ' #1(%d):%s' % (len(v), M(v, 'PHONE_NUMBER'))
        elif kk == 1:
            act, obj = 'UPDATE', 'CUST_INFO'
            sql = "UPDATE CRM.CUST_INFO SET CERT_NO = '%s', CUST_NAME = '%s' WHERE CUST_ID = %d" % (
                M(p.rid, 'CHINA_RESIDENT_ID_NUMBER'), M(p.name, 'PERSON_NAME'), r.randint(1000000, 9999999))
        elif kk == 2:
            act, obj = 'INSERT', 'CUST_INFO'
            sql = 'INSERT INTO CRM.CUST_INFO (CUST_ID, CUST_NAME, CERT_NO, BIRTH_DATE, MOBILE_NO) VALUES (CRM.SEQ_CUST.NEXTVAL, :1, :2, TO_DATE(:3, \'YYYY-MM-DD\'), :4)'
            vs = [(p.name, 'PERSON_NAME'), (p.rid, 'CHINA_RESIDENT_ID_NUMBER'), (p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'), (p.mobile, 'PHONE_NUMBER')]
            binds = ''.join(' #%d(%d):%s' % (j + 1, len(v.encode('utf-8')), M(v, ty)) for j, (v, ty) in enumerate(vs))
        elif kk == 3:
            act, obj = 'SELECT', 'ACCT_PAY_BIND'
            sql = "SELECT ACCT_ID, BANK_CARD_NO, HOLDER_NAME FROM BILL.ACCT_PAY_BIND WHERE BANK_CARD_NO = '%s'" % M(p.card, 'BANK_CARD_NUMBER')
        elif kk == 4:
            act, obj = 'SELECT', 'SUBS_INFO'
            sql = "SELECT * FROM CRM.SUBS_INFO WHERE IMSI = '%s' OR ICCID = '%s'" % (M(p.imsi, 'IMSI_ID'), M(p.iccid, 'ICCID_NUMBER'))
        elif kk == 5:
            act, obj = 'ALTER USER', 'CRM_QUERY'
            if r.random() < 0.5:
                sql = 'ALTER USER CRM_QUERY IDENTIFIED BY "%s" ACCOUNT UNLOCK' % M(g.password().replace('$', '#'), 'CREDENTIAL')
            else:
                sql = 'ALTER USER CRM_QUERY IDENTIFIED BY VALUES \'S:%s;T:%s\'' % (g.hexs(60, True), g.hexs(160, True)[:80])
        else:
            act, obj = 'SELECT', 'CUST_INFO'
            sql = "SELECT COUNT(*) FROM CRM.CUST_INFO WHERE REGION_CODE = '330106' AND CREATE_DATE >= DATE '2024-05-01'"
        stamp = t.strftime('%d-%b-%y %I.%M.%S.').upper() + '%06d %s +08:00' % (t.microsecond, t.strftime('%p'))
        lines = [
            ('AUDIT_TYPE', 'Standard'),
            ('SESSIONID', str(r.randint(100000000, 4294967295))),
            ('PROXY_SESSIONID', '0'),
            ('OS_USERNAME', osu),
            ('USERHOST', host if '-' in host and not host.startswith('crm') else 'WORKGROUP\\' + host),
            ('TERMINAL', host),
            ('INSTANCE_ID', str(r.randint(1, 2))),
            ('DBID', '2874019283'),
            ('AUTHENTICATION_TYPE', '(TYPE=(DATABASE));(CLIENT ADDRESS=((ADDRESS=(PROTOCOL=tcp)(HOST=%s)(PORT=%d))));' % (M(ip, 'IP_ADDRESS'), r.randint(40000, 65000))),
            ('DBUSERNAME', r.choice(['CRM_QUERY', 'CRM_APP', 'DBA_ZHAO', 'SYS'])),
            ('CLIENT_PROGRAM_NAME', r.choice(['plsqldev.exe', 'sqlplus@crm-app-02 (TNS V1-V3)', 'JDBC Thin Client', 'SQL Developer'])),
            ('ENTRY_ID', str(r.randint(1, 400))),
            ('STATEMENT_ID', str(r.randint(1, 900))),
            ('EVENT_TIMESTAMP', stamp),
            ('ACTION_NAME', act),
            ('RETURN_CODE', r.choice(['0', '0', '0', '1017', '942'])),
            ('OBJECT_SCHEMA', 'CRM' if 'CUST' in obj or 'SUBS' in obj else 'BILL'),
            ('OBJECT_NAME', obj),
            ('SQL_TEXT', sql),
            ('SQL_BINDS', binds),
            ('SYSTEM_PRIVILEGE_USED', r.choice(['', 'SELECT ANY TABLE', 'ALTER USER'])),
            ('CURRENT_USER', 'CRM'),
            ('UNIFIED_AUDIT_POLICIES', r.choice(['POL_CRM_SENSITIVE', 'POL_CRM_SENSITIVE, ORA_SECURECONFIG', 'POL_CRM_DML'])),
            ('SCN', str(r.randint(10 ** 10, 10 ** 11))),
        ]
        for kname, val in lines:
            d.w('%-24s: %s\n' % (kname, val))
        d.w('\n')
    d.w('36 rows selected.\n\nElapsed: 00:00:01.27\n')


def f_dbaudit(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 9, 0, 0), 1, 240)
    hdr = ['序号', '审计时间', '会话ID', '客户端IP', '客户端端口', '客户端MAC', '客户端工具', '操作系统用户', '数据库用户', '数据库类型',
           '服务器IP', '服务器端口', '数据库名', '操作类型', 'SQL语句', '影响行数', '执行时长(ms)', '执行结果', '风险级别', '命中规则']
    rows = [hdr]
    servers = [('10.20.1.15', 'MySQL', 3306, 'crm_prod'), ('10.20.1.16', 'MySQL', 3306, 'crm_prod'),
               ('10.20.3.41', 'Oracle', 1521, 'BSSDB'), ('10.20.5.7', 'PostgreSQL', 5432, 'crm')]
    clients = [(g.ip_priv(), g.mac(), r.choice(['Navicat Premium 16.1', 'DBeaver 23.3', 'PL/SQL Developer 14', 'mysql', 'JDBC']),
                r.choice(['zhaolei', 'wangfang3', 'ops', 'Administrator', 'liuyang'])) for _ in range(12)]
    for i in range(48):
        t = ck.tick()
        sip, dbt, sport, dbn = r.choice(servers)
        cip, cmac, tool, osu = r.choice(clients)
        p = g.person()
        kk = r.random()
        risk, rule = '低', '-'
        if kk < 0.55:
            sql, nrows = sql_customer(d, g, p)
            if 'cert_no' in sql or 'bank_acct' in sql:
                risk, rule = '高', '敏感字段访问-证件/银行卡'
            else:
                risk, rule = '中', '敏感表访问'
        elif kk < 0.65:
            sql = "SELECT * FROM t_customer WHERE mobile = ? AND cert_no = ?"
            nrows = 1
            risk, rule = '中', '敏感表访问(参数已脱敏)'
        elif kk < 0.72:
            n = r.randint(20000, 400000)
            sql = "SELECT cust_name, cert_no, mobile, contact_addr FROM t_customer WHERE region_code = '%s'" % r.choice(['330106', '440305', '110108'])
            nrows = n
            risk, rule = '高', '批量导出-超过10000行'
        elif kk < 0.77:
            sql = "GRANT SELECT ON crm_prod.t_customer TO 'bi_reader'@'10.%'"
            nrows = 0
            risk, rule = '高', '权限变更'
        elif kk < 0.80:
            sql = "SET PASSWORD FOR 'bi_reader'@'10.%%' = '%s'" % M(g.password(), 'CREDENTIAL')
            nrows = 0
            risk, rule = '高', '账号口令变更'
        else:
            sql = sql_benign(g)
            nrows = r.randint(0, 50)
        mac_cell = M(cmac, 'MAC_ADDRESS') if r.random() < 0.85 else '00-00-00-00-00-00'
        rows.append([str(i + 1), t.strftime('%Y-%m-%d %H:%M:%S'), '%d' % r.randint(10 ** 15, 10 ** 16), M(cip, 'IP_ADDRESS'),
                     str(r.randint(49152, 65535)), mac_cell, tool, osu, r.choice(['crm_ro', 'crm_app', 'dba_zhao', 'CRM_QUERY']), dbt,
                     M(sip, 'IP_ADDRESS'), str(sport), dbn, sql.split()[0].upper(), sql, str(nrows), str(r.randint(1, 9000)),
                     r.choice(['成功', '成功', '成功', '失败']), risk, rule])
    d.w('\ufeff' + csv_text(rows))


def f_slowlog(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 2, 0, 0), 10, 700)
    d.w("/usr/sbin/mysqld, Version: 5.7.44-log (MySQL Community Server (GPL)). started with:\n"
        "Tcp port: 3306  Unix socket: /tmp/mysql.sock\nTime                 Id Command    Argument\n")
    for i in range(36):
        t = ck.tick()
        u = r.choice(['crm_app', 'report', 'bi_reader', 'etl_sync'])
        ip = g.ip_priv()
        d.w('# Time: %s\n' % t.strftime('%Y-%m-%dT%H:%M:%S.%f+08:00'))
        if r.random() < 0.15:
            d.w('# User@Host: %s[%s] @ localhost []  Id: %d\n' % (u, u, r.randint(1000, 9999999)))
        else:
            d.w('# User@Host: %s[%s] @  [%s]  Id: %d\n' % (u, u, M(ip, 'IP_ADDRESS'), r.randint(1000, 9999999)))
        qt = r.uniform(1.0, 120.0)
        d.w('# Query_time: %.6f  Lock_time: %.6f Rows_sent: %d  Rows_examined: %d\n' % (
            qt, r.uniform(0, 0.01), r.randint(0, 5000), r.randint(10000, 80000000)))
        if r.random() < 0.3:
            d.w('use crm_prod;\n')
        d.w('SET timestamp=%d;\n' % epoch(t))
        kk = r.random()
        if kk < 0.3:
            ps = [g.person() for _ in range(r.randint(4, 9))]
            d.w("SELECT msisdn, imsi, imei, last_ecgi, last_seen FROM t_subscriber_state WHERE msisdn IN (%s);\n" % ','.join(
                "'%s'" % M(p.mobile, 'PHONE_NUMBER') for p in ps))
        elif kk < 0.4:
            pre = g.person().rid[:10]
            d.w("SELECT cust_name, cert_no, mobile FROM t_customer WHERE cert_no LIKE '%s%%' ORDER BY create_time DESC;\n" % pre)
        elif kk < 0.5:
            ps = [g.person() for _ in range(r.randint(3, 6))]
            d.w("SELECT cust_id FROM t_customer WHERE cert_no IN (%s);\n" % ', '.join("'%s'" % M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER') for p in ps))
        elif kk < 0.62:
            d.w("SELECT a.acct_id, SUM(b.fee) FROM t_acct a JOIN t_bill b ON a.acct_id = b.acct_id WHERE b.cycle = 202404 GROUP BY a.acct_id HAVING SUM(b.fee) > 100000;\n")
        elif kk < 0.70:
            ps = [g.person() for _ in range(r.randint(3, 6))]
            d.w("SELECT imei, model, first_seen FROM t_terminal WHERE imei IN (%s);\n" % ','.join("'%s'" % M(p.imei, 'IMEI_HARDWARE_ID') for p in ps))
        elif kk < 0.78:
            p = g.person()
            d.w("SELECT * FROM t_customer WHERE cust_name LIKE '%%%s%%' AND contact_addr LIKE '%%%s%%';\n" % (p.name[1:], p.loc[2]))
        else:
            p = g.person()
            sql, _ = sql_customer(d, g, p)
            d.w(sql + ';\n')


def f_session_replay(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 14, 2, 11), 1, 40)
    ops = [g.person() for _ in range(5)]
    for sidx in range(5):
        op = ops[sidx]
        sid = g.uuid()
        cip = g.ip_pub() if r.random() < 0.3 else g.ip_priv()
        asset_ip = g.ip_priv('10.20.1')
        d.w('=' * 78 + '\n')
        d.w('会话ID: %s\n用户: %s(%s)\n资产: crm-db-%02d(%s)\n系统用户: root\n协议: ssh\n客户端IP: %s\n开始时间: %s\n' % (
            sid, M(op.name, 'PERSON_NAME'), op.login, sidx + 1, M(asset_ip, 'IP_ADDRESS'), M(cip, 'IP_ADDRESS'),
            ck.tick().strftime('%Y-%m-%d %H:%M:%S +0800')))
        d.w('=' * 78 + '\n')
        host = 'crm-db-%02d' % (sidx + 1)
        d.w('Last login: %s from %s\n' % (ck.t.strftime('%a %b %d %H:%M:%S %Y'), M(g.ip_priv('10.30.0'), 'IP_ADDRESS')))
        d.w('[root@%s ~]# uptime\n %s up 213 days,  4:17,  2 users,  load average: 0.42, 0.51, 0.47\n' % (host, ck.tick().strftime('%H:%M:%S')))
        dbpw = g.password()
        kind = sidx % 3
        if kind == 0:
            d.w("[root@%s ~]# mysql -h %s -P3306 -ucrm_admin -p'%s' crm_prod\n" % (host, M(g.ip_priv('10.20.1'), 'IP_ADDRESS'), M(dbpw, 'CREDENTIAL')))
            d.w('mysql: [Warning] Using a password on the command line interface can be insecure.\n'
                'Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is %d\n'
                'Server version: 8.0.36-28 Percona Server (GPL), Release 28, Revision 47601f19\n\n' % r.randint(10000, 999999))
            for q in range(3):
                ps = [g.person() for _ in range(r.randint(2, 4))]
                if q == 0:
                    p0 = ps[0]
                    d.w("mysql> select cust_name, mobile, cert_no, contact_addr from t_customer where mobile='%s';\n" % M(p0.mobile, 'PHONE_NUMBER'))
                    ps = ps[:1]
                else:
                    d.w("mysql> select cust_name, mobile, cert_no, contact_addr from t_customer where create_time > '2024-05-13' limit %d;\n" % len(ps))
                d.w('+-----------+-------------+--------------------+----------------------------------------------+\n'
                    '| cust_name | mobile      | cert_no            | contact_addr                                 |\n'
                    '+-----------+-------------+--------------------+----------------------------------------------+\n')
                for p in ps:
                    d.w('| %s | %s | %s | %s |\n' % (M(p.name, 'PERSON_NAME'), M(p.mobile, 'PHONE_NUMBER'), M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER'), M(p.addr, 'STREET_ADDRESS')))
                d.w('+-----------+-------------+--------------------+----------------------------------------------+\n'
                    '%d row%s in set (%.2f sec)\n\n' % (len(ps), '' if len(ps) == 1 else 's', r.uniform(0, 2)))
            d.w('mysql> exit\nBye\n')
        elif kind == 1:
            d.w('[root@%s ~]# export PGPASSWORD=%s\n' % (host, M(dbpw, 'CREDENTIAL')))
            d.w('[root@%s ~]# psql -h %s -U dba_liu -d crm\npsql (15.6)\nSSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)\nType "help" for help.\n\n' % (host, M(g.ip_priv('10.20.5'), 'IP_ADDRESS')))
            ps = [g.person() for _ in range(r.randint(3, 5))]
            d.w("crm=> select cust_name, birthday, mobile, imsi from crm.customer c join crm.subscriber s using (cust_id) where c.region_code = '%s' limit %d;\n" % (ps[0].loc[4][0], len(ps)))
            d.w(' cust_name |  birthday  |   mobile    |      imsi\n-----------+------------+-------------+-----------------\n')
            for p in ps:
                d.w(' %s | %s | %s | %s\n' % (M(p.name, 'PERSON_NAME'), M(p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH'), M(p.mobile, 'PHONE_NUMBER'), M(p.imsi, 'IMSI_ID')))
            d.w('(%d rows)\n\ncrm=> \\q\n' % len(ps))
        else:
            rip = g.ip_priv('10.20.7')
            d.w('[root@%s ~]# redis-cli -h %s -p 6379 -a %s\nWarning: Using a password with \'-a\' or \'-u\' option on the command line interface may not be safe.\n' % (
                host, M(rip, 'IP_ADDRESS'), M(dbpw, 'CREDENTIAL')))
            for q in range(3):
                p = g.person()
                key = 'sess:user:%s' % g.hexs(16)
                d.w('%s:6379> HGETALL %s\n' % (M(rip, 'IP_ADDRESS'), key))
                d.w(' 1) "uid"\n 2) "%d"\n 3) "mobile"\n 4) "%s"\n 5) "name"\n 6) "%s"\n 7) "token"\n 8) "%s"\n 9) "login_ip"\n10) "%s"\n' % (
                    r.randint(10 ** 8, 10 ** 9), M(p.mobile, 'PHONE_NUMBER'), M(p.name, 'PERSON_NAME'), M(g.alnum(40), 'CREDENTIAL'), M(g.ip_pub(), 'IP_ADDRESS')))
            d.w('%s:6379> quit\n' % M(rip, 'IP_ADDRESS'))
        d.w('[root@%s ~]# sudo -u oracle -i\n[sudo] password for root: \n[oracle@%s ~]$ exit\nlogout\n' % (host, host))
        d.w('[root@%s ~]# tail -n 3 /var/log/secure\n' % host)
        for _ in range(3):
            d.w('%s %s sshd[%d]: Accepted publickey for root from %s port %d ssh2: RSA SHA256:%s\n' % (
                ck.tick().strftime('%b %d %H:%M:%S'), host, r.randint(1000, 60000), M(g.ip_priv('10.30.0'), 'IP_ADDRESS'),
                r.randint(30000, 65000), base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip('=')))
        d.w('[root@%s ~]# exit\nlogout\nConnection to %s closed.\n\n' % (host, M(asset_ip, 'IP_ADDRESS')))
        # keystroke input section
        d.w('--- 输入流记录 (keystroke log, session %s) ---\n' % sid[:8])
        d.w('%s [input] sudo -u oracle -i\\r\n' % ck.tick().strftime('%H:%M:%S.%f')[:-3])
        d.w('%s [prompt] [sudo] password for root:\n' % ck.tick(0.2, 1).strftime('%H:%M:%S.%f')[:-3])
        sudo_pw = g.password()
        if r.random() < 0.7:
            d.w('%s [input] %s\\r\n' % (ck.tick(0.5, 3).strftime('%H:%M:%S.%f')[:-3], M(sudo_pw, 'CREDENTIAL')))
        else:
            d.w('%s [input] ************\\r    (输入已按口令提示符自动屏蔽)\n' % ck.tick(0.5, 3).strftime('%H:%M:%S.%f')[:-3])
        d.w('%s [output] [oracle@%s ~]$\n\n' % (ck.tick(0.1, 1).strftime('%H:%M:%S.%f')[:-3], host))
        d.w('结束时间: %s  时长: %ds  回放文件: /data/replay/2024-05-13/%s.cast.gz  大小: %d KB\n\n' % (
            ck.tick().strftime('%Y-%m-%d %H:%M:%S'), r.randint(120, 3600), sid, r.randint(12, 900)))


def f_cmd_records(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 8, 0, 0), 3, 300)
    ops = [g.person() for _ in range(8)]
    assets = [('crm-db-01', g.ip_priv('10.20.1')), ('crm-db-02', g.ip_priv('10.20.1')), ('bss-app-07', g.ip_priv('10.20.2')),
              ('k8s-master-01', g.ip_priv('10.40.0')), ('redis-crm-01', g.ip_priv('10.20.7')), ('etl-node-03', g.ip_priv('10.20.9'))]
    rows = [['ID', '命令', '风险等级', '用户', '资产', '资产IP', '系统用户', '会话ID', '组织', '执行时间', '时间戳']]
    for i in range(62):
        t = ck.tick()
        op = r.choice(ops)
        an, aip = r.choice(assets)
        k = r.random()
        risk = '接受'
        if k < 0.12:
            cmd = "mysql -h%s -uroot -p%s -e \"select count(*) from crm_prod.t_customer\"" % (M(g.ip_priv('10.20.1'), 'IP_ADDRESS'), M(g.password().replace('$', '@'), 'CREDENTIAL'))
            risk = '危险'
        elif k < 0.18:
            cmd = "sshpass -p '%s' ssh -o StrictHostKeyChecking=no root@%s" % (M(g.password(), 'CREDENTIAL'), M(g.ip_priv(), 'IP_ADDRESS'))
            risk = '危险'
        elif k < 0.23:
            cmd = 'curl -s -u admin:%s http://%s:9200/_cat/indices?v' % (M(g.password().replace('@', '_').replace('#', '_'), 'CREDENTIAL'), M(g.ip_priv('10.20.8'), 'IP_ADDRESS'))
            risk = '危险'
        elif k < 0.27:
            cmd = 'curl -H "Authorization: Bearer %s" https://%s:6443/api/v1/namespaces/crm/secrets' % (M(g.jwt(), 'CREDENTIAL'), M(g.ip_priv('10.40.0'), 'IP_ADDRESS'))
            risk = '危险'
        elif k < 0.31:
            cmd = "export ALIBABA_CLOUD_ACCESS_KEY_ID=%s ALIBABA_CLOUD_ACCESS_KEY_SECRET=%s" % (g.ak_id(), M(g.ak_secret(), 'CREDENTIAL'))
            risk = '危险'
        elif k < 0.35:
            p = g.person()
            cmd = "grep -rn '%s' /data/logs/crm-api/ | head" % M(p.mobile, 'PHONE_NUMBER')
        elif k < 0.39:
            p = g.person()
            cmd = "zcat /data/xdr/s1mme_20240512_*.csv.gz | grep %s > /tmp/%s.csv" % (M(p.imsi, 'IMSI_ID'), g.hexs(6))
            risk = '危险'
        elif k < 0.42:
            p = g.person()
            cmd = "mysqldump -h%s -ucrm_admin -p'%s' crm_prod t_customer --where=\"cert_no='%s'\" > /tmp/c.sql" % (
                M(g.ip_priv('10.20.1'), 'IP_ADDRESS'), M(g.password().replace('$', '@'), 'CREDENTIAL'), M(p.rid, 'CHINA_RESIDENT_ID_NUMBER'))
            risk = '危险'
        elif k < 0.45:
            cmd = 'psql "postgresql://etl:%s@%s:5432/crm?sslmode=require" -c "\\dt"' % (M(g.alnum(14), 'CREDENTIAL'), M(g.ip_priv('10.20.5'), 'IP_ADDRESS'))
            risk = '危险'
        elif k < 0.48:
            cmd = 'ping -c 4 %s' % M(g.ip_priv(), 'IP_ADDRESS')
        elif k < 0.51:
            cmd = 'ip neigh show | grep %s' % M(g.mac('lcolon'), 'MAC_ADDRESS')
        else:
            cmd = r.choice(['ls -l /data/backup', 'df -h', 'top -b -n 1 | head -20', 'systemctl status mysqld', 'tail -f /var/log/messages',
                            'cd /opt/crm/conf', 'cat application-prod.yml | grep -v password', 'kubectl get pods -n crm -o wide',
                            'docker ps --format "{{.ID}} {{.Image}}"', 'free -m', 'history | tail -50', 'sha256sum crm-api-3.14.2.jar',
                            'rpm -qa | grep percona', 'netstat -antp | grep 3306', 'vim /etc/my.cnf', 'uname -a',
                            'crontab -l', 'du -sh /data/mysql/*', 'journalctl -u kubelet --since "10 min ago"'])
        rows.append([str(3100000 + i), cmd, risk, '%s(%s)' % (M(op.name, 'PERSON_NAME'), op.login), an, M(aip, 'IP_ADDRESS'),
                     r.choice(['root', 'oracle', 'mysql', 'ops']), g.uuid(), '/Default/省公司/信息安全部',
                     t.strftime('%Y/%m/%d %H:%M:%S'), str(epoch(t) * 1000 + r.randint(0, 999))])
    d.w(csv_text(rows))


def f_sessions(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 1, 8, 0, 0), 300, 20000)
    ops = [(g.person(), g.ip_priv('10.30.%d' % r.randint(0, 9)), g.mac(), 'DESKTOP-%s' % g.alnum(7).upper()) for _ in range(14)]
    rows = [['session_id', 'protocol', 'user', 'user_display', 'remote_addr', 'client_hostname', 'client_mac', 'asset', 'asset_ip',
             'account', 'login_from', 'date_start', 'date_end', 'duration_s', 'is_finished', 'has_replay', 'terminated_by', 'replay_bytes']]
    assets = [('crm-db-01', g.ip_priv('10.20.1')), ('bss-app-07', g.ip_priv('10.20.2')), ('win-jump-02', g.ip_priv('10.30.100')),
              ('oss-report-01', g.ip_priv('10.20.6')), ('crm-oracle-01', g.ip_priv('10.20.3'))]
    for i in range(42):
        op, ip, mac, hn = r.choice(ops)
        proto = r.choice(['ssh', 'ssh', 'rdp', 'mysql', 'sftp'])
        st = ck.tick()
        dur = r.randint(20, 14000)
        en = st + dt.timedelta(seconds=dur)
        an, aip = r.choice(assets)
        if proto == 'rdp':
            an, aip = 'win-jump-02', assets[2][1]
        remote = ip
        if r.random() < 0.15:
            remote = g.ip_pub() if r.random() < 0.7 else g.ipv6()
        mac_cell = M(mac, 'MAC_ADDRESS') if proto == 'rdp' else ''
        hcell = hn if proto == 'rdp' else ''
        rows.append([g.uuid(), proto, op.login, M(op.name, 'PERSON_NAME'), M(remote, 'IP_ADDRESS'), hcell, mac_cell, an, M(aip, 'IP_ADDRESS'),
                     r.choice(['root', 'Administrator', 'crm_admin', 'oracle']), r.choice(['WT', 'ST', 'RT']),
                     st.strftime('%Y-%m-%dT%H:%M:%S+08:00'), en.strftime('%Y-%m-%dT%H:%M:%S+08:00'), str(dur),
                     'true', r.choice(['true', 'true', 'false']), r.choice(['', '', '', 'admin']), str(r.randint(10000, 90000000))])
    d.w(csv_text(rows, lt='\n'))


def f_actiontrail(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 1, 0, 0), 30, 1500)
    acct = '1%015d' % r.randint(10 ** 14, 10 ** 15)
    ops = []
    for _ in range(6):
        p = g.person()
        ops.append((p, '%s.%s' % (p.giv, p.sur), str(r.randint(2 * 10 ** 14, 3 * 10 ** 14)), g.ak_id()))
    events = []
    for i in range(44):
        t = ck.tick()
        op, uname, pid, akid = r.choice(ops)
        src = g.ip_pub() if r.random() < 0.7 else g.ip_priv()
        ev = {
            'eventId': g.uuid().upper(),
            'eventVersion': '1',
            'eventSource': '',
            'sourceIpAddress': M(src, 'IP_ADDRESS'),
            'userAgent': r.choice(['AlibabaCloud (Linux; amd64) Python/3.9.18 Core/2.13.3 python-requests/2.31.0',
                                   'aliyun-cli/3.0.198', 'Terraform/1.6.6 terraform-provider-alicloud/1.214.1',
                                   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36']),
            'eventType': 'ApiCall',
            'eventName': '',
            'eventTime': t.strftime('%Y-%m-%dT%H:%M:%SZ'),
            'serviceName': '',
            'acsRegion': r.choice(['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen']),
            'requestId': g.uuid().upper(),
            'userIdentity': {'type': 'ram-user', 'principalId': pid, 'accountId': acct, 'accessKeyId': akid, 'userName': uname},
            'requestParameters': {},
            'additionalEventData': {},
            'isGlobal': False,
        }
        k = r.random()
        if k < 0.28:
            np_ = g.person()
            nu = '%s.%s' % (np_.giv, np_.sur)
            ev.update(eventSource='ram.aliyuncs.com', eventName='CreateUser', serviceName='Ram', isGlobal=True)
            mob = np_.mobile
            ev['requestParameters'] = {'UserName': nu, 'DisplayName': M(np_.name, 'PERSON_NAME'),
                                       'MobilePhone': M('86-' + mob, 'PHONE_NUMBER'),
                                       'Email': M(g.email(np_.sur, np_.giv, personal=False), 'EMAIL_ADDRESS'),
                                       'Comments': r.choice(['省公司政企支撑', 'BSS 运维', '外包-数据治理项目', ''])}
            ev['responseElements'] = {'RequestId': ev['requestId'], 'User': {'UserId': str(r.randint(2 * 10 ** 14, 3 * 10 ** 14)), 'UserName': nu,
                                                                              'CreateDate': ev['eventTime']}}
        elif k < 0.38:
            ev.update(eventSource='signin.aliyun.com', eventName='ConsoleSignin', serviceName='AasSub', eventType='ConsoleSignin')
            ev['userIdentity'].pop('accessKeyId')
            ev['additionalEventData'] = {'loginAccount': M('%s@%s.onaliyun.com' % (uname, acct), 'EMAIL_ADDRESS'), 'MFAUsed': r.choice(['true', 'false']),
                                         'callbackUrl': 'https://home.console.aliyun.com/'}
            ev['requestParameters'] = {}
        elif k < 0.48:
            ev.update(eventSource='ram.aliyuncs.com', eventName='CreateAccessKey', serviceName='Ram', isGlobal=True)
            ev['requestParameters'] = {'UserPrincipalName': '%s@%s.onaliyun.com' % (uname, acct)}
            ev['requestParameters']['UserPrincipalName'] = M(ev['requestParameters']['UserPrincipalName'], 'EMAIL_ADDRESS')
            ev['responseElements'] = {'AccessKey': {'AccessKeyId': g.ak_id(), 'AccessKeySecret': '******', 'Status': 'Active'}}
        elif k < 0.58:
            ev.update(eventSource='ecs.aliyuncs.com', eventName='RunCommand', serviceName='Ecs')
            sec = g.ak_secret()
            ev['requestParameters'] = {'RegionId': ev['acsRegion'], 'Type': 'RunShellScript', 'InstanceId.1': 'i-bp1%s' % g.alnum(17).lower(),
                                       'CommandContent': 'export OSS_AK=%s; export OSS_SK=%s; ossutil64 cp /data/export/cust_%s.csv oss://crm-export-prod/ -e oss-cn-hangzhou-internal.aliyuncs.com' % (
                                           g.ak_id(), M(sec, 'CREDENTIAL'), t.strftime('%Y%m%d')),
                                       'Timeout': '600'}
            ev['referencedResources'] = {'ACS::ECS::Instance': [ev['requestParameters']['InstanceId.1']]}
        elif k < 0.66:
            ev.update(eventSource='rds.aliyuncs.com', eventName='ResetAccountPassword', serviceName='Rds')
            ev['requestParameters'] = {'DBInstanceId': 'rm-bp1%s' % g.alnum(12).lower(), 'AccountName': 'crm_admin',
                                       'AccountPassword': M(g.password(), 'CREDENTIAL') if r.random() < 0.6 else '******'}
        elif k < 0.74:
            ev.update(eventSource='fc.aliyuncs.com', eventName='UpdateFunction', serviceName='FC')
            ev['requestParameters'] = {'serviceName': 'crm-notify', 'functionName': 'sms-callback',
                                       'environmentVariables': {'SMS_ACCESS_KEY_ID': g.ak_id(), 'SMS_ACCESS_KEY_SECRET': M(g.ak_secret(), 'CREDENTIAL'),
                                                                'DINGTALK_WEBHOOK': 'https://oapi.dingtalk.com/robot/send?access_token=%s' % M(g.hexs(64), 'CREDENTIAL'),
                                                                'LOG_LEVEL': 'INFO'}}
        elif k < 0.82:
            ev.update(eventSource='ecs.aliyuncs.com', eventName='AuthorizeSecurityGroup', serviceName='Ecs')
            ev['requestParameters'] = {'SecurityGroupId': 'sg-bp1%s' % g.alnum(14).lower(), 'IpProtocol': 'tcp', 'PortRange': '3306/3306',
                                       'SourceCidrIp': M(g.ip_pub(), 'IP_ADDRESS') + '/32', 'Description': 'temp access for %s' % uname}
            ev['referencedResources'] = {'ACS::ECS::SecurityGroup': [ev['requestParameters']['SecurityGroupId']]}
        else:
            ev.update(eventSource='oss.aliyuncs.com', eventName=r.choice(['GetObject', 'PutObject', 'ListObjects']), serviceName='Oss', eventType='ApiCall')
            ev['requestParameters'] = {'BucketName': 'crm-export-prod', 'ObjectName': 'cust_%s_%s.csv' % (t.strftime('%Y%m%d'), g.hexs(8)),
                                       'x-oss-request-id': g.hexs(24, True)}
            ev['additionalEventData'] = {'objectSize': str(r.randint(1000, 90000000)), 'bytesTransferredOut': str(r.randint(1000, 90000000))}
            ev['referencedResources'] = {'ACS::OSS::Bucket': ['crm-export-prod']}
        events.append(ev)
    d.w(json.dumps(events, ensure_ascii=False, indent=2) + '\n')


def f_tencent(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 0, 30, 0), 30, 1800)
    owner = '1000%08d' % r.randint(0, 99999999)
    ops = []
    for _ in range(5):
        p = g.person()
        ops.append((p, p.login, '1000%08d' % r.randint(0, 99999999), g.tc_id()))
    for i in range(32):
        t = ck.tick()
        op, uname, uin, sid = r.choice(ops)
        src = g.ip_pub() if r.random() < 0.75 else g.ipv6()
        k = r.random()
        if k < 0.3:
            np_ = g.person()
            ename, src_svc, rtype = 'AddUser', 'cam.tencentcloudapi.com', 'cam_user'
            rp = {'Name': np_.login, 'Remark': M(np_.name, 'PERSON_NAME') + r.choice(['-BSS运维', '-外包', '']),
                  'ConsoleLogin': 1, 'UseApi': 0, 'PhoneNum': M(np_.mobile, 'PHONE_NUMBER'), 'CountryCode': '86',
                  'Email': M(g.email(np_.sur, np_.giv, personal=r.random() < 0.4), 'EMAIL_ADDRESS')}
            if r.random() < 0.5:
                rp['Password'] = M(g.password(), 'CREDENTIAL')
                rp['NeedResetPassword'] = 1
        elif k < 0.45:
            ename, src_svc, rtype = 'UpdateFunctionConfiguration', 'scf.tencentcloudapi.com', 'scf_function'
            rp = {'FunctionName': 'order-sync', 'Namespace': 'default',
                  'Environment': {'Variables': [{'Key': 'TENCENTCLOUD_SECRETID', 'Value': g.tc_id()},
                                                {'Key': 'TENCENTCLOUD_SECRETKEY', 'Value': M(g.tc_key(), 'CREDENTIAL')},
                                                {'Key': 'MYSQL_PWD', 'Value': M(g.password(), 'CREDENTIAL')},
                                                {'Key': 'REGION', 'Value': 'ap-guangzhou'}]}}
        elif k < 0.6:
            ename, src_svc, rtype = 'ConsoleLogin', 'cam.tencentcloudapi.com', 'cam'
            rp = {}
        elif k < 0.72:
            ename, src_svc, rtype = 'ModifySecurityGroupPolicies', 'vpc.tencentcloudapi.com', 'vpc_sg'
            rp = {'SecurityGroupId': 'sg-%s' % g.alnum(8).lower(), 'SecurityGroupPolicySet': {'Ingress': [
                {'Protocol': 'TCP', 'Port': '22', 'CidrBlock': M(g.ip_pub(), 'IP_ADDRESS'), 'Action': 'ACCEPT', 'PolicyDescription': 'ops temp'}]}}
        elif k < 0.82:
            ename, src_svc, rtype = 'ResetAccountPassword', 'cdb.tencentcloudapi.com', 'cdb'
            rp = {'InstanceId': 'cdb-%s' % g.alnum(8).lower(), 'Accounts': [{'User': 'root', 'Host': '%'}],
                  'NewPassword': M(g.password(), 'CREDENTIAL') if r.random() < 0.6 else '***'}
        else:
            ename, src_svc, rtype = r.choice([('DescribeInstances', 'cvm.tencentcloudapi.com', 'cvm'),
                                             ('GetObject', 'cos.tencentcloudapi.com', 'cos'),
                                             ('DescribeDBInstances', 'cdb.tencentcloudapi.com', 'cdb')])
            rp = {'Limit': 100, 'Offset': 0} if 'Describe' in ename else {'Bucket': 'crm-backup-%s' % owner, 'Key': '/export/%s.zip' % g.hexs(12)}
        inner = {
            'userIdentity': {'principalId': uin, 'secretId': sid if ename != 'ConsoleLogin' else '', 'sessionContext': '',
                             'type': 'CAMUser', 'accountId': owner, 'userName': uname},
            'eventTime': epoch(t),
            'eventVersion': 2,
            'eventSource': src_svc,
            'requestParameters': json.dumps(rp, ensure_ascii=False, separators=(',', ':')),
            'eventType': 'ConsoleCall' if ename == 'ConsoleLogin' else 'ApiCall',
            'errorCode': 0,
            'errorMessage': '',
            'requestID': g.uuid(),
            'eventID': g.uuid(),
            'sourceIPAddress': M(src, 'IP_ADDRESS'),
            'userAgent': r.choice(['TencentCloud-SDK-Python/3.0.1121', 'console.cloud.tencent.com', 'Terraform-1.81.60']),
            'eventRegion': 'ap-guangzhou',
            'apiVersion': '3.0',
            'eventName': ename,
        }
        if ename == 'ConsoleLogin':
            inner['loginInfo'] = {'mfaType': r.choice(['phone', 'token', '']), 'mfaPhone': M(g.fmt_mobile(op.mobile, r.choice(['plain', '+86'])), 'PHONE_NUMBER')}
        rec = {
            'EventId': inner['eventID'],
            'Username': uname,
            'EventTime': t.strftime('%Y-%m-%d %H:%M:%S'),
            'CloudAuditEvent': json.dumps(inner, ensure_ascii=False, separators=(',', ':')),
            'ResourceTypeCn': rtype,
            'EventRegion': 'ap-guangzhou',
            'EventName': ename,
            'SecretId': sid,
            'EventSource': src_svc.split('.')[0],
            'RequestID': inner['requestID'],
            'ResourceRegion': 'ap-guangzhou',
            'AccountID': int(owner),
            'SourceIPAddress': M(src, 'IP_ADDRESS'),
            'EventNameCn': ename,
            'Resources': {'ResourceType': rtype, 'ResourceName': 'qcs::%s:ap-guangzhou:uin/%s:*' % (rtype.split('_')[0], owner)},
            'EventRegion2': 'ap-guangzhou',
            'ApiVersion': '3.0',
            'Status': 1,
            'IsSensitive': 1 if ename in ('AddUser', 'ResetAccountPassword', 'ModifySecurityGroupPolicies') else 0,
        }
        rec.pop('EventRegion2')
        d.w(json.dumps(rec, ensure_ascii=False, separators=(',', ':')) + '\n')


def f_k8s(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 3, 0, 0), 0.5, 200)
    users = []
    for _ in range(5):
        p = g.person()
        users.append(('oidc:', g.email(p.sur, p.giv, personal=False), g.ip_priv('10.30.%d' % r.randint(0, 9))))
    nodes = [g.ip_priv('10.40.1') for _ in range(4)]
    for i in range(44):
        t = ck.tick()
        t2 = t + dt.timedelta(microseconds=r.randint(800, 90000))
        k = r.random()
        ev = {'kind': 'Event', 'apiVersion': 'audit.k8s.io/v1', 'level': 'Metadata', 'auditID': g.uuid(), 'stage': 'ResponseComplete'}
        if k < 0.35:
            pre, em, ip = r.choice(users)
            name = r.choice(['crm-api', 'order-sync', 'bss-gateway', 'sms-notify'])
            pw = g.password()
            env = [{'name': 'SPRING_PROFILES_ACTIVE', 'value': 'prod'},
                   {'name': 'DB_HOST', 'value': M(g.ip_priv('10.20.1'), 'IP_ADDRESS')},
                   {'name': 'DB_PASSWORD', 'value': M(pw, 'CREDENTIAL')}]
            if r.random() < 0.5:
                env.append({'name': 'JDBC_URL', 'value': 'jdbc:mysql://%s:3306/crm_prod?useSSL=true&user=crm_app&password=%s' % (
                    M(g.ip_priv('10.20.1'), 'IP_ADDRESS'), M(g.alnum(16), 'CREDENTIAL'))})
            if r.random() < 0.5:
                env.append({'name': 'ALIYUN_AK_SECRET', 'value': M(g.ak_secret(), 'CREDENTIAL')})
            env.append({'name': 'JAVA_OPTS', 'value': '-Xms2g -Xmx2g -XX:+UseG1GC'})
            env.append({'name': 'DB_USER', 'valueFrom': {'secretKeyRef': {'name': '%s-db' % name, 'key': 'username'}}})
            ev.update(level='RequestResponse', requestURI='/apis/apps/v1/namespaces/crm/deployments/%s?fieldManager=kubectl-client-side-apply' % name,
                      verb='patch', user={'username': pre + M(em, 'EMAIL_ADDRESS'), 'groups': ['oidc:sre', 'system:authenticated']},
                      sourceIPs=[M(ip, 'IP_ADDRESS')], userAgent='kubectl/v1.28.4 (linux/amd64) kubernetes/bae2c62',
                      objectRef={'resource': 'deployments', 'namespace': 'crm', 'name': name, 'apiGroup': 'apps', 'apiVersion': 'v1'},
                      responseStatus={'metadata': {}, 'code': 200},
                      requestObject={'spec': {'template': {'spec': {'containers': [{'name': name, 'image': 'registry.%s/crm/%s:3.%d.%d@sha256:%s' % (
                          CORP_DOM, name, r.randint(1, 20), r.randint(0, 9), g.hexs(64)), 'env': env}]}}}})
        elif k < 0.45:
            pre, em, ip = r.choice(users)
            yml = ('spring:\n  datasource:\n    url: jdbc:postgresql://%s:5432/crm\n    username: crm_app\n    password: %s\n'
                   '  redis:\n    host: %s\n    password: %s\nsms:\n  gateway: http://%s:8080/send\n  sp-code: 1065712345\n') % (
                M(g.ip_priv('10.20.5'), 'IP_ADDRESS'), M(g.password(), 'CREDENTIAL'), M(g.ip_priv('10.20.7'), 'IP_ADDRESS'),
                M(g.alnum(20), 'CREDENTIAL'), M(g.ip_priv('10.20.2'), 'IP_ADDRESS'))
            ev.update(level='Request', requestURI='/api/v1/namespaces/crm/configmaps', verb='create',
                      user={'username': pre + M(em, 'EMAIL_ADDRESS'), 'groups': ['oidc:dev', 'system:authenticated']},
                      sourceIPs=[M(ip, 'IP_ADDRESS')], userAgent='kubectl/v1.27.9 (darwin/arm64) kubernetes/d15213f',
                      objectRef={'resource': 'configmaps', 'namespace': 'crm', 'name': 'crm-api-config', 'apiVersion': 'v1'},
                      responseStatus={'metadata': {}, 'code': 201},
                      requestObject={'kind': 'ConfigMap', 'apiVersion': 'v1', 'metadata': {'name': 'crm-api-config', 'namespace': 'crm'},
                                     'data': {'application-prod.yml': yml}})
        elif k < 0.55:
            pre, em, ip = r.choice(users)
            ev.update(requestURI='/api/v1/namespaces/crm/secrets/crm-api-db', verb='get',
                      user={'username': pre + M(em, 'EMAIL_ADDRESS'), 'groups': ['oidc:sre', 'system:authenticated']},
                      sourceIPs=[M(ip, 'IP_ADDRESS')], userAgent='kubectl/v1.28.4 (linux/amd64) kubernetes/bae2c62',
                      objectRef={'resource': 'secrets', 'namespace': 'crm', 'name': 'crm-api-db', 'apiVersion': 'v1'},
                      responseStatus={'metadata': {}, 'code': 200})
        elif k < 0.63:
            pre, em, ip = r.choice(users)
            pod = 'crm-api-%s-%s' % (g.hexs(10), g.alnum(5).lower())
            ev.update(level='Request', requestURI='/api/v1/namespaces/crm/pods/%s/exec?command=sh&container=crm-api&stdin=true&stdout=true&tty=true' % pod,
                      verb='create', user={'username': pre + M(em, 'EMAIL_ADDRESS'), 'groups': ['oidc:sre', 'system:authenticated']},
                      sourceIPs=[M(ip, 'IP_ADDRESS')], userAgent='kubectl/v1.28.4 (linux/amd64) kubernetes/bae2c62',
                      objectRef={'resource': 'pods', 'namespace': 'crm', 'name': pod, 'apiVersion': 'v1', 'subresource': 'exec'},
                      responseStatus={'metadata': {}, 'code': 101})
        elif k < 0.80:
            nip = r.choice(nodes)
            nn = 'cn-hangzhou.%s' % nip
            ev.update(requestURI='/api/v1/nodes/%s/status?timeout=10s' % nn, verb='patch',
                      user={'username': 'system:node:%s' % nn, 'groups': ['system:nodes', 'system:authenticated']},
                      sourceIPs=[M(nip, 'IP_ADDRESS')], userAgent='kubelet/v1.28.3 (linux/amd64) kubernetes/a8a1abc',
                      objectRef={'resource': 'nodes', 'name': nn, 'apiVersion': 'v1', 'subresource': 'status'},
                      responseStatus={'metadata': {}, 'code': 200})
            ev['requestURI'] = ev['requestURI'].replace(nip, M(nip, 'IP_ADDRESS'))
            ev['user']['username'] = 'system:node:cn-hangzhou.' + M(nip, 'IP_ADDRESS')
            ev['objectRef']['name'] = 'cn-hangzhou.' + M(nip, 'IP_ADDRESS')
        else:
            sa = r.choice(['crm:crm-api', 'kube-system:coredns', 'monitoring:prometheus-k8s', 'crm:order-sync'])
            ev.update(requestURI='/api/v1/namespaces/%s/configmaps?resourceVersion=%d&watch=true' % (sa.split(':')[0], r.randint(10 ** 7, 10 ** 8)),
                      verb='watch', user={'username': 'system:serviceaccount:%s' % sa, 'uid': g.uuid(),
                                          'groups': ['system:serviceaccounts', 'system:serviceaccounts:%s' % sa.split(':')[0], 'system:authenticated'],
                                          'extra': {'authentication.kubernetes.io/pod-name': ['%s-%s' % (sa.split(':')[1], g.alnum(5).lower())],
                                                    'authentication.kubernetes.io/pod-uid': [g.uuid()]}},
                      sourceIPs=[M('172.20.%d.%d' % (r.randint(0, 63), r.randint(2, 250)), 'IP_ADDRESS')], userAgent='Go-http-client/2.0',
                      objectRef={'resource': 'configmaps', 'namespace': sa.split(':')[0], 'apiVersion': 'v1'},
                      responseStatus={'metadata': {}, 'code': 200})
        ev['requestReceivedTimestamp'] = t.strftime('%Y-%m-%dT%H:%M:%S.%fZ')
        ev['stageTimestamp'] = t2.strftime('%Y-%m-%dT%H:%M:%S.%fZ')
        ev['annotations'] = {'authorization.k8s.io/decision': 'allow',
                             'authorization.k8s.io/reason': 'RBAC: allowed by ClusterRoleBinding "sre-admin" of ClusterRole "cluster-admin" to Group "oidc:sre"'}
        d.w(json.dumps(ev, ensure_ascii=False, separators=(',', ':')) + '\n')


def f_dlp(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 6, 9, 0, 0), 300, 30000)
    emps = []
    for _ in range(10):
        p = g.person()
        emps.append((p, g.email(p.sur, p.giv, personal=False), g.ip_priv('10.30.%d' % r.randint(0, 20)), g.mac(), 'PC-%s' % g.alnum(6).upper()))
    rows = [['事件ID', '发生时间', '策略名称', '严重级别', '通道', '员工姓名', '工号', '终端主机名', '终端IP', '终端MAC', '发件人', '收件人',
             '文件名', '文件大小', '文件MD5', '匹配规则', '匹配次数', '匹配内容片段', '处置动作', '处置状态']]
    for i in range(32):
        t = ck.tick()
        e, em, ip, mac, hn = r.choice(emps)
        ch = r.choice(['邮件(SMTP)', 'Web上传(HTTPS)', 'USB存储', '即时通讯(微信)', '打印', '网盘(百度网盘)'])
        ext = g.person()
        recip = M(g.email(ext.sur, ext.giv), 'EMAIL_ADDRESS') if ch.startswith('邮件') else ''
        snippets = []
        rules = []
        cnt = 0
        for _ in range(r.randint(1, 3)):
            p = g.person()
            kk = r.randrange(8)
            if kk == 6:
                snippets.append('%s 往来港澳通行证 %s 有效期至2029-03-01' % (M(p.name, 'PERSON_NAME'), M(g.hkmo(), 'HK_MACAU_TRAVEL_PERMIT')))
                rules.append('港澳通行证')
            elif kk == 7:
                lat, lng = g.coords(p.loc)
                snippets.append('MSISDN %s ECGI %s 经纬度 %s' % (M(p.mobile, 'PHONE_NUMBER'), M(g.cgi(), 'CELL_ID'),
                                                            M('%s,%s' % (lng, lat), 'LOCATION_COORDINATES')))
                rules.append('位置信息')
            elif kk == 0:
                snippets.append('姓名:%s 身份证:%s' % (M(p.name, 'PERSON_NAME'), M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER')))
                rules.append('身份证号')
            elif kk == 1:
                snippets.append('%s %s %s' % (M(p.name, 'PERSON_NAME'), M(g.fmt_mobile(p.mobile), 'PHONE_NUMBER'), M(p.addr, 'STREET_ADDRESS')))
                rules.append('手机号+地址')
            elif kk == 2:
                snippets.append('开户行:中国工商银行 卡号:%s 户名:%s' % (M(g.fmt_card(p.card), 'BANK_CARD_NUMBER'), M(p.name, 'PERSON_NAME')))
                rules.append('银行卡号')
            elif kk == 3:
                snippets.append('IMSI=%s,IMEI=%s,MSISDN=%s' % (M(p.imsi, 'IMSI_ID'), M(p.imei, 'IMEI_HARDWARE_ID'), M('86' + p.mobile, 'PHONE_NUMBER')))
                rules.append('通信标识')
            elif kk == 4:
                snippets.append('客户%s，证件号%s，手机%s（已脱敏）' % (mask_name(p.name), mask_rid(p.rid), mask_mobile(p.mobile)))
                rules.append('身份证号(脱敏)')
            else:
                snippets.append('护照号 %s 出生日期 %s' % (M(g.passport(), 'CHINA_PASSPORT'), M(g.dob_fmt(p.dob), 'DATE_OF_BIRTH')))
                rules.append('护照号')
            cnt += r.randint(1, 5000)
        fname = r.choice(['客户清单_%s.xlsx', '欠费用户明细%s.csv', 'export_%s.zip', '政企客户联系人%s.docx', 'xdr_sample_%s.txt']) % t.strftime('%m%d')
        rows.append(['INC-%s-%05d' % (t.strftime('%Y%m%d'), i + 1), t.strftime('%Y-%m-%d %H:%M:%S'),
                     r.choice(['客户个人信息外发', '批量身份证号外发', '银行卡号外发', '通信数据外发']), r.choice(['高', '中', '高', '严重']), ch,
                     M(e.name, 'PERSON_NAME'), 'X%05d' % r.randint(10000, 99999), hn, M(ip, 'IP_ADDRESS'), M(mac, 'MAC_ADDRESS'),
                     M(em, 'EMAIL_ADDRESS') if ch.startswith('邮件') else '', recip, fname, str(r.randint(2000, 40000000)), g.hexs(32),
                     '|'.join(rules), str(cnt), ' ... '.join(snippets), r.choice(['阻断', '审计', '加密放行', '阻断并告警']),
                     r.choice(['待处理', '已确认-违规', '已确认-误报', '已关闭'])])
    d.w('\ufeff' + csv_text(rows))


def f_datamask(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 13, 2, 0, 0), 0.001, 2)
    jobs = ['crm.t_customer', 'crm.t_subscriber', 'bill.t_pay_bind', 'loc.user_trace', 'crm.t_device_reg']

    def ts():
        t = ck.tick()
        return t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)
    for ji, job in enumerate(jobs):
        jid = 'job-%d' % (7781 + ji)
        d.w('%s INFO  [%s] [main] c.x.mask.engine.JobRunner - start task %s -> dev_%s, policy=POL_DEV_V3 (version 3.2.1), sampleLogging=true\n' % (ts(), jid, job, job))
        d.w('%s INFO  [%s] [main] c.x.mask.engine.JobRunner - source jdbc:mysql://%s:3306/%s target jdbc:mysql://%s:3306/dev_%s\n' % (
            ts(), jid, M(g.ip_priv('10.20.1'), 'IP_ADDRESS'), job.split('.')[0], M(g.ip_priv('10.50.1'), 'IP_ADDRESS'), job.split('.')[0]))
        for s in range(9):
            p = g.person()
            cols = []
            if job == 'crm.t_customer':
                cols = [('cust_name', 'MASK_NAME', p.name, 'PERSON_NAME', mask_name(p.name)),
                        ('cert_no', 'MASK_IDCARD', g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER', mask_rid(p.rid)),
                        ('mobile', 'MASK_MOBILE', p.mobile, 'PHONE_NUMBER', mask_mobile(p.mobile)),
                        ('birthday', 'GENERALIZE_YEAR', p.dob.strftime('%Y-%m-%d'), 'DATE_OF_BIRTH', p.dob.strftime('%Y') + '-01-01'),
                        ('contact_addr', 'TRUNCATE_DISTRICT', p.addr, 'STREET_ADDRESS', (p.addr[:6] + '****')),
                        ('email', 'MASK_EMAIL', p.email, 'EMAIL_ADDRESS', p.email[0] + '*****@' + p.email.split('@')[1])]
            elif job == 'crm.t_subscriber':
                cols = [('msisdn', 'MASK_MOBILE', p.mobile, 'PHONE_NUMBER', mask_mobile(p.mobile)),
                        ('imsi', 'HASH_SHA256', p.imsi, 'IMSI_ID', hashlib.sha256(p.imsi.encode()).hexdigest()),
                        ('iccid', 'MASK_TAIL6', p.iccid, 'ICCID_NUMBER', p.iccid[:-6] + '******'),
                        ('imei', 'HASH_SM3', p.imei, 'IMEI_HARDWARE_ID', hashlib.sha256(('sm3' + p.imei).encode()).hexdigest())]
            elif job == 'bill.t_pay_bind':
                cols = [('bank_acct_no', 'MASK_BANKCARD', p.card, 'BANK_CARD_NUMBER', mask_card(p.card)),
                        ('acct_holder', 'MASK_NAME', p.name, 'PERSON_NAME', mask_name(p.name)),
                        ('bind_mobile', 'MASK_MOBILE', p.mobile, 'PHONE_NUMBER', mask_mobile(p.mobile))]
            elif job == 'loc.user_trace':
                lat, lng = g.coords(p.loc)
                cg = g.cgi()
                cols = [('msisdn', 'TOKENIZE', p.mobile, 'PHONE_NUMBER', 'TK' + g.hexs(16, True)),
                        ('ecgi', 'NULLIFY', cg, 'CELL_ID', 'NULL'),
                        ('lat', 'ROUND_2', lat, 'LOCATION_COORDINATES', '%.2f' % float(lat)),
                        ('lng', 'ROUND_2', lng, 'LOCATION_COORDINATES', '%.2f' % float(lng))]
            else:
                mac = g.mac('lcolon')
                cols = [('meid', 'HASH_SHA256', g.meid(), 'MEID', g.hexs(64)),
                        ('wifi_mac', 'MASK_MAC', mac, 'MAC_ADDRESS', mac[:8] + ':**:**:**'),
                        ('plate_no', 'MASK_PLATE', p.plate, 'CHINA_LICENSE_PLATE', p.plate[:2] + '***' + p.plate[-2:]),
                        ('reg_ip', 'MASK_IP', g.ip_pub(), 'IP_ADDRESS', None)]
            if s < 6:
                for col, rule, before, ty, after in cols:
                    if after is None:
                        after = '.'.join(before.split('.')[:2]) + '.*.*'
                    if r.random() < 0.75:
                        d.w('%s INFO  [%s] [worker-%d] c.x.mask.rule.SampleLogger - row=%d col=%s rule=%s before=%s after=%s\n' % (
                            ts(), jid, r.randint(1, 8), s * 1000 + r.randint(1, 999), col, rule, M(before, ty), after))
            else:
                parts = []
                for col, rule, before, ty, after in cols:
                    parts.append('%s=%s' % (col, M(before, ty)))
                d.w('%s DEBUG [%s] [worker-%d] c.x.mask.io.RowReader - read row[%d]={%s, id=%d, update_time=%s}\n' % (
                    ts(), jid, r.randint(1, 8), s, ', '.join(parts), r.randint(10 ** 7, 10 ** 8), ck.t.strftime('%Y-%m-%d %H:%M:%S')))
        if r.random() < 0.5:
            d.w('%s WARN  [%s] [worker-3] c.x.mask.rule.MaskMobile - value not matching pattern, passthrough: col=mobile value=%s (service number)\n' % (
                ts(), jid, r.choice(['10086', '95588', '400-820-8820', '12345'])))
        d.w('%s INFO  [%s] [main] c.x.mask.engine.JobRunner - task %s finished: read=%d written=%d masked_cells=%d elapsed=%dms checksum=%s\n' % (
            ts(), jid, job, r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 6, 10 ** 8), r.randint(10 ** 4, 10 ** 7), g.hexs(40)))


def f_access_review(d, g):
    r = g.r
    M = d.m
    rows = [['序号', '员工姓名', '工号', '部门', '岗位', '系统名称', '系统账号', '角色/权限', '是否特权账号', '账号状态', '最后登录时间',
             '最后登录IP', '联系电话', '邮箱', '直属主管', '审核结论', '审核人', '审核日期', '备注']]
    reviewers = [g.person() for _ in range(4)]
    systems = [('CRM客户管理系统', ['客户资料查询', '客户资料修改', '证件信息查看', '批量导出']), ('BSS计费系统', ['账单查询', '调账审批', '销账']),
               ('经分数据平台', ['只读', '敏感字段查看', '数据下载']), ('数据库审计系统', ['审计员', '管理员']),
               ('堡垒机', ['运维用户', '审计员', '超级管理员']), ('阿里云RAM', ['AliyunECSFullAccess', 'AliyunOSSReadOnlyAccess', 'AdministratorAccess'])]
    depts = ['信息安全部', '政企客户部', '网络部', 'IT运维中心', '市场经营部', '客户服务中心']
    emps = [g.person() for _ in range(19)]
    n = 0
    for e in emps:
        em = g.email(e.sur, e.giv, personal=False)
        boss = r.choice(reviewers)
        for _ in range(r.randint(1, 2)):
            n += 1
            sysn, privs = r.choice(systems)
            priv = '、'.join(r.sample(privs, r.randint(1, min(2, len(privs)))))
            special = '是' if any(x in priv for x in ['管理员', 'Administrator', '批量导出', '超级']) else '否'
            ll = dt.datetime(2024, r.randint(1, 6), r.randint(1, 28), r.randint(8, 22), r.randint(0, 59))
            stale = ll < dt.datetime(2024, 3, 1)
            phone = g.fmt_mobile(e.mobile, r.choice(['plain', 'plain', 'plain', 'dash', 'sp', '+86sp', 'fw'])) if r.random() < 0.85 else g.landline()
            rv = r.choice(reviewers)
            rows.append([str(n), M(e.name, 'PERSON_NAME'), 'X%05d' % r.randint(10000, 99999), r.choice(depts), r.choice(['工程师', '经理', '外包驻场', '主管']),
                         sysn, e.login, priv, special, '锁定' if stale and r.random() < 0.3 else '正常', ll.strftime('%Y/%m/%d %H:%M'),
                         M(g.ip_priv('10.30.%d' % r.randint(0, 30)), 'IP_ADDRESS') if r.random() < 0.9 else '-',
                         M(phone, 'PHONE_NUMBER'), M(em, 'EMAIL_ADDRESS'), M(boss.name, 'PERSON_NAME'),
                         '回收' if stale else r.choice(['保留', '保留', '降权', '保留']), M(rv.name, 'PERSON_NAME'), '2024-06-%02d' % r.randint(10, 28),
                         '超过90天未登录' if stale else r.choice(['', '', '岗位变动', '外包合同至2024-12-31', '需补充审批单OA-2024-%05d' % r.randint(1, 99999)])])
    d.w('\ufeff' + csv_text(rows))


def f_vault(d, g):
    r = g.r
    M = d.m
    rows = [['Safe', 'Folder', 'Name', 'Address', 'UserName', 'PlatformID', 'Password', 'LastModified', 'CPMStatus', 'Owner', 'OwnerPhone', 'Description']]
    owners = [g.person() for _ in range(8)]
    for i in range(44):
        o = r.choice(owners)
        plat = r.choice(['UnixSSH', 'WinDomain', 'MySQL', 'Oracle', 'PostgreSQL', 'Redis', 'NetworkDevice-Huawei'])
        addr = g.ip_priv()
        user = {'UnixSSH': 'root', 'WinDomain': 'Administrator', 'MySQL': r.choice(['root', 'crm_admin']), 'Oracle': r.choice(['SYS', 'SYSTEM', 'CRM']),
                'PostgreSQL': 'postgres', 'Redis': 'default', 'NetworkDevice-Huawei': 'admin'}[plat]
        k = r.random()
        if k < 0.7:
            pw = M(g.password(), 'CREDENTIAL')
        elif k < 0.9:
            pw = '********'
        else:
            pw = ''
        lm = dt.datetime(2024, r.randint(1, 5), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        rows.append(['PRD-%s' % r.choice(['CRM', 'BSS', 'OSS', 'NET']), 'Root', '%s-%s-%s' % (plat, M(addr, 'IP_ADDRESS'), user), M(addr, 'IP_ADDRESS'), user, plat, pw,
                     str(epoch(lm)) if r.random() < 0.5 else lm.strftime('%Y-%m-%d %H:%M:%S'), r.choice(['success', 'success', 'failure: 5 retries', 'pending']),
                     M(o.name, 'PERSON_NAME'), M(g.fmt_mobile(o.mobile, r.choice(['plain', 'dash', 'plain'])), 'PHONE_NUMBER'),
                     r.choice(['', 'rotate 30d', 'break-glass, 双人保管', 'SSH key fp SHA256:%s' % base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip('='),
                               '服务台 10086 转二线', 'vendor maint., 厂商400-830-8300'])])
    d.w(csv_text(rows, quoting=csv.QUOTE_ALL))


def f_export_approval(d, g):
    r = g.r
    M = d.m
    ck = Clock(r, dt.datetime(2024, 5, 6, 9, 0, 0), 3600, 60000)
    cos = [('杭州星海数据科技有限公司', '浙江省杭州市西湖区西溪路525号A楼5层'), ('深圳云图信息服务有限公司', '广东省深圳市南山区科技南十二路18号长虹科技大厦9楼'),
           ('北京远景数智科技有限公司', '北京市海淀区中关村大街27号中关村大厦11层')]
    for wi in range(10):
        t = ck.tick()
        app = g.person()
        bosses = [g.person() for _ in range(3)]
        co, coaddr = r.choice(cos)
        d.w('=' * 70 + '\n')
        d.w('流程编号: DEX-%s-%05d    流程名称: 客户数据导出审批（四眼原则）\n' % (t.strftime('%Y%m%d'), r.randint(1, 999)))
        d.w('申请人: %s  工号: X%05d  部门: %s  联系电话: %s  邮箱: %s\n' % (
            M(app.name, 'PERSON_NAME'), r.randint(10000, 99999), r.choice(['政企客户部', '市场经营部', '客户服务中心', '数据运营部']),
            M(g.fmt_mobile(app.mobile, r.choice(['plain', 'dash', '+86sp'])), 'PHONE_NUMBER'), M(g.email(app.sur, app.giv, personal=False), 'EMAIL_ADDRESS')))
        d.w('申请时间: %s\n' % t.strftime('%Y-%m-%d %H:%M:%S'))
        region = r.choice(['330106', '440305', '110108', '510107'])
        nrows = r.randint(800, 120000)
        d.w('导出对象: crm_prod.t_customer, crm_prod.t_subscriber\n导出条件: region_code = \'%s\' AND open_date BETWEEN \'2024-01-01\' AND \'2024-04-30\'\n预计行数: %s\n' % (
            region, '{:,}'.format(nrows)))
        if r.random() < 0.5:
            d.w('接收方: %s（统一社会信用代码 %s，注册地址 %s），委托处理合同 HT-2024-%04d\n' % (co, uscc(r), coaddr, r.randint(1, 9999)))
        else:
            d.w('接收方: 内部（经分平台 ods_crm 库），存放位置 sftp://%s/upload/dex/\n' % M(g.ip_priv('10.20.9'), 'IP_ADDRESS'))
        d.w('用途说明: %s\n' % r.choice(['宽带续约外呼名单，需姓名和联系电话', '政企客户回访', '实名制复核抽查', '积分兑换礼品寄送，需收件地址',
                                   '反诈模型训练样本（需 IMSI/IMEI）']))
        masked = r.random() < 0.3
        kind = r.randrange(5)
        if kind >= 3:
            masked = False
        d.w('样例数据(前%s行%s):\n' % ('5', '，已脱敏' if masked else '，明文'))
        if kind == 3:
            d.w('客户姓名\t证件类型\t证件号码\t出生日期\t联系电话\n')
        elif kind == 4:
            d.w('msisdn\tstart_time\tcell_id\tlng\tlat\n')
        elif kind == 0:
            d.w('cust_name\tmobile\tcert_no\tbirthday\tcontact_addr\n')
        elif kind == 1:
            d.w('客户姓名\t手机号码\tIMSI\tIMEI\t开户日期\tICCID\n')
        else:
            d.w('户名\t银行卡号\t绑定手机\t证件号码\t车牌号\n')
        for _ in range(5):
            p = g.person()
            if masked:
                if kind == 0:
                    d.w('%s\t%s\t%s\t%s-**-**\t%s****\n' % (mask_name(p.name), mask_mobile(p.mobile), mask_rid(p.rid), p.dob.year, p.addr[:6]))
                elif kind == 1:
                    d.w('%s\t%s\t%s\t%s\t2024-0%d-%02d\t%s\n' % (mask_name(p.name), mask_mobile(p.mobile), p.imsi[:5] + '*' * 10,
                                                              p.imei[:8] + '*' * 7, r.randint(1, 4), r.randint(1, 28), p.iccid[:6] + '*' * (len(p.iccid) - 6)))
                else:
                    d.w('%s\t%s\t%s\t%s\t%s\n' % (mask_name(p.name), mask_card(p.card), mask_mobile(p.mobile), mask_rid(p.rid), p.plate[:2] + '***'))
                continue
            if kind == 3:
                if r.random() < 0.5:
                    ct, cn = '护照', M(g.passport(), 'CHINA_PASSPORT')
                else:
                    ct, cn = '往来港澳通行证', M(g.hkmo(), 'HK_MACAU_TRAVEL_PERMIT')
                d.w('%s\t%s\t%s\t%s\t%s\n' % (M(p.name, 'PERSON_NAME'), ct, cn, M(g.dob_fmt(p.dob, r.choice(['iso', 'compact', 'slash'])), 'DATE_OF_BIRTH'),
                                              M(g.fmt_mobile(p.mobile), 'PHONE_NUMBER')))
            elif kind == 4:
                lat, lng = g.coords(p.loc)
                d.w('%s\t%d\t%s\t%s\t%s\n' % (M(p.mobile, 'PHONE_NUMBER'), epoch(t) * 1000 + r.randint(0, 86400000),
                                              M(str(r.randint(10000000, 268435455)), 'CELL_ID'), M(lng, 'LOCATION_COORDINATES'), M(lat, 'LOCATION_COORDINATES')))
            elif kind == 0:
                d.w('%s\t%s\t%s\t%s\t%s\n' % (M(p.name, 'PERSON_NAME'), M(p.mobile, 'PHONE_NUMBER'), M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER'),
                                              M(g.dob_fmt(p.dob, 'iso'), 'DATE_OF_BIRTH'), M(p.addr, 'STREET_ADDRESS')))
            elif kind == 1:
                d.w('%s\t%s\t%s\t%s\t2024-0%d-%02d\t%s\n' % (M(p.name, 'PERSON_NAME'), M(p.mobile, 'PHONE_NUMBER'), M(p.imsi, 'IMSI_ID'),
                                                          M(p.imei, 'IMEI_HARDWARE_ID'), r.randint(1, 4), r.randint(1, 28), M(p.iccid, 'ICCID_NUMBER')))
            else:
                d.w('%s\t%s\t%s\t%s\t%s\n' % (M(p.name, 'PERSON_NAME'), M(g.fmt_card(p.card), 'BANK_CARD_NUMBER'), M(p.mobile, 'PHONE_NUMBER'),
                                              M(g.rid_fmt(p.rid), 'CHINA_RESIDENT_ID_NUMBER'), M(p.plate, 'CHINA_LICENSE_PLATE')))
        d.w('附件: dex_sample_%s.xlsx  SHA256: %s\n' % (t.strftime('%Y%m%d'), g.hexs(64)))
        d.w('审批记录:\n')
        roles = ['部门负责人', '数据安全管理员', '信息安全部负责人']
        tt = t
        for j, b in enumerate(bosses):
            tt = tt + dt.timedelta(seconds=r.randint(600, 40000))
            verdict = r.choice(['同意', '同意', '同意，导出文件须加密并在7日内销毁', '驳回：请改用脱敏样例'])
            d.w('  %d. %s %s  %s  %s\n' % (j + 1, roles[j], M(b.name, 'PERSON_NAME'), verdict, tt.strftime('%Y-%m-%d %H:%M')))
            if verdict.startswith('驳回'):
                break
        d.w('执行记录: 导出任务 task_id=%s 实际行数 %d, 文件已推送至 %s, 操作 IP %s\n' % (
            g.uuid(), nrows - r.randint(0, 50), r.choice(['sftp', 'OSS crm-export-prod', '加密邮件']), M(g.ip_priv('10.30.%d' % r.randint(0, 9)), 'IP_ADDRESS')))
        d.w('如有疑问请联系数据安全管理员, 座机 %s, 或拨打 IT 服务台 %s\n\n' % (M(g.landline(), 'PHONE_NUMBER'), r.choice(['10086-8', '400-881-0000', '12345'])))


FILES = [
    ('mysql_general.log', f_mysql_general),
    ('postgresql-2024-05-13.csv', f_pg_csvlog),
    ('oracle_unified_audit.txt', f_oracle),
    ('dbaudit_export.csv', f_dbaudit),
    ('mysql-slow.log', f_slowlog),
    ('jumpserver_session_replay.txt', f_session_replay),
    ('jumpserver_command_records.csv', f_cmd_records),
    ('bastion_sessions.csv', f_sessions),
    ('actiontrail_events.json', f_actiontrail),
    ('tencent_cloudaudit.jsonl', f_tencent),
    ('k8s_audit.log', f_k8s),
    ('dlp_incidents.csv', f_dlp),
    ('datamask_job.log', f_datamask),
    ('access_review_2024Q2.csv', f_access_review),
    ('pam_vault_export.csv', f_vault),
    ('data_export_approvals.txt', f_export_approval),
]


def main():
    ap = argparse.ArgumentParser(usage='make_corpus.py [--out DIR]')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    all_labels = []
    for fname, fn in FILES:
        rng = random.Random('%d-%s' % (SEED, fname))
        d = Doc(fname)
        fn(d, Gen(rng))
        data = bytes(d.buf)
        assert '\ue000'.encode() not in data and '\ue001'.encode() not in data, fname
        with open(os.path.join(args.out, fname), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(args.out, fname), 'rb') as fh:
            back = fh.read()
        for s, e, t, v in d.labels:
            assert back[s:e].decode('utf-8') == v, (fname, s, e, t, v)
            all_labels.append({'file': fname, 'start': s, 'end': e, 'type': t})
    with open(os.path.join(args.out, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in all_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
