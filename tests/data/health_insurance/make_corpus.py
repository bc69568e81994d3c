#!/usr/bin/python3
"""Synthetic, labelled healthcare / health-insurance corpus (Chinese).

All people, numbers and records are fabricated. Files (written next to this
script unless --out is given) model what an operator's health app, its
employee medical scheme, partner hospitals and partner insurers exchange:

  his_outpatient_registration.csv   HIS outpatient registration export (UTF-8 BOM CSV)
  his_inpatient_admission.tsv       HIS inpatient admission export (TSV, contacts)
  hl7_adt_oru.hl7                   HL7 v2.4 ADT^A04/A01/A08 and ORU^R01 messages
  fhir_patient_encounter.json       FHIR R4 Bundle of Patient / Encounter resources
  emr_progress_notes.txt            EMR admission notes (主诉, 现病史, 家族史 ...)
  prescriptions.txt                 outpatient prescriptions incl. 精麻 agent data
  lab_reports.txt                   laboratory reports with patient headers
  consult_chat.jsonl                internet-hospital consultation chat messages
  health_app_telemetry.log          health-app / wearable sync logs (GPS, IMEI, MAC ...)
  insurance_claim_forms.txt         health-insurance claim application forms
  claim_adjuster_notes.md           claim adjuster investigation notes
  pharmacy_delivery_orders.json     online pharmacy delivery orders
  vaccination_records.csv           vaccination register (children and adults)
  employee_physical_exam_roster.csv employee annual physical-exam roster
  dicom_headers.txt                 DICOM header dumps (dcmdump style)
  appointment_sms.log               appointment / report SMS gateway log
  labels.jsonl                      labels

labels.jsonl: one object per line {"file","start","end","type"}; start/end
are UTF-8 byte offsets into the file, end exclusive.

Label conventions:
  * PHONE_NUMBER as written (with +86/0086/86 prefix, spaces, dashes,
    full-width digits); landlines with their area code.  Hospital
    switchboards, service numbers (95519, 12320, 400-...) and masked numbers
    are not labelled.
  * PERSON_NAME: full names of private people: patients, relatives,
    guardians, beneficiaries, and also the doctors, pharmacists, lab staff,
    riders and adjusters named in records.  Masked names (王*, 张某) are not
    labelled.  HL7 / DICOM names written with a component separator
    (王^芳, WANG^FANG) are one label; a DICOM PN with alphabetic and
    ideographic groups (WANG^FANG=王^芳) gets one label per group.  FHIR
    HumanName: the "text" value is labelled; split family / given parts
    are not.
  * DATE_OF_BIRTH only for birth dates (any format); visit, admission,
    report, vaccination dates are not labelled; ages are not labelled.
  * STREET_ADDRESS: a person's address as one span (province/city ...
    room).  In HL7 XAD the full address sits in the street component and
    only that component is labelled; in FHIR both address.text and
    address.line are labelled.  Hospital, pharmacy, company addresses
    are not labelled.
  * CHINA_RESIDENT_ID_NUMBER incl. DICOM PatientID / OtherPatientIDs when
    they hold a resident ID.  Ordinary PatientID / 门诊号 / 住院号 /
    病案号 / 医保卡号 / 社保卡号 / 就诊卡号 are not labelled.
  * CREDENTIAL: passwords, initial portal passwords, SMS verification
    codes, API keys, bearer / refresh tokens (value only).  Report query
    codes printed on SMS (查询码) are not labelled.
  * LOCATION_COORDINATES: one label for a "lat,lng" pair, one label per
    number when latitude and longitude are separate fields.
  * CELL_ID: whole CGI / ECGI string, or the value of a field named cell.
  * IP_ADDRESS: client / device addresses only (no port); internal
    upstream service addresses in error lines are not labelled.
  * Not labelled: record numbers, ICD-10 codes, drug / batch codes,
    order / claim / policy numbers, Unified Social Credit Codes, UUIDs,
    OIDs, hashes, versions, device serials, timestamps, amounts.
"""
import argparse
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys
import uuid

import phonenumbers
from stdnum.cn import ric, uscc

R = random.Random(20240521)
TZ = dt.timezone(dt.timedelta(hours=8))

# ----------------------------------------------------------------- writer

LABELS = []


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode('utf-8')

    def v(self, s, typ=None):
        if typ is None:
            self.t(s)
            return
        st = len(self.buf)
        self.buf += s.encode('utf-8')
        self.spans.append((st, len(self.buf), typ, s))

    def w(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                self.v(p[0], p[1])
            elif p is None:
                continue
            else:
                self.t(p)

    def save(self, outdir):
        path = os.path.join(outdir, self.name)
        with open(path, 'wb') as f:
            f.write(bytes(self.buf))
        with open(path, 'rb') as f:
            data = f.read()
        for st, en, typ, s in self.spans:
            assert data[st:en].decode('utf-8') == s, (self.name, st, s)
            LABELS.append({"file": self.name, "start": st, "end": en, "type": typ})


def lab(v, t):
    return (v, t)


class J:
    """Labelled JSON string leaf."""
    def __init__(self, s, typ):
        self.s, self.typ = s, typ


class JN:
    """Labelled JSON number leaf (raw token)."""
    def __init__(self, s, typ):
        self.s, self.typ = s, typ


def jdump(doc, obj, indent=None, level=0):
    if isinstance(obj, J):
        assert json.dumps(obj.s, ensure_ascii=False)[1:-1] == obj.s
        doc.t('"')
        doc.v(obj.s, obj.typ)
        doc.t('"')
    elif isinstance(obj, JN):
        doc.v(obj.s, obj.typ)
    elif isinstance(obj, dict):
        if not obj:
            doc.t('{}')
            return
        doc.t('{')
        items = list(obj.items())
        for i, (k, val) in enumerate(items):
            if indent is not None:
                doc.t('\n' + ' ' * (indent * (level + 1)))
            doc.t(json.dumps(k, ensure_ascii=False) + (': ' if indent is not None else ':'))
            jdump(doc, val, indent, level + 1)
            if i < len(items) - 1:
                doc.t(',')
        if indent is not None:
            doc.t('\n' + ' ' * (indent * level))
        doc.t('}')
    elif isinstance(obj, list):
        if not obj:
            doc.t('[]')
            return
        doc.t('[')
        for i, val in enumerate(obj):
            if indent is not None:
                doc.t('\n' + ' ' * (indent * (level + 1)))
            jdump(doc, val, indent, level + 1)
            if i < len(obj) - 1:
                doc.t(',')
        if indent is not None:
            doc.t('\n' + ' ' * (indent * level))
        doc.t(']')
    else:
        doc.t(json.dumps(obj, ensure_ascii=False))


# ----------------------------------------------------------------- pools

SURNAMES = [('王', 'wang'), ('李', 'li'), ('张', 'zhang'), ('刘', 'liu'), ('陈', 'chen'),
            ('杨', 'yang'), ('黄', 'huang'), ('赵', 'zhao'), ('吴', 'wu'), ('周', 'zhou'),
            ('徐', 'xu'), ('孙', 'sun'), ('马', 'ma'), ('朱', 'zhu'), ('胡', 'hu'),
            ('郭', 'guo'), ('何', 'he'), ('高', 'gao'), ('林', 'lin'), ('罗', 'luo'),
            ('郑', 'zheng'), ('梁', 'liang'), ('谢', 'xie'), ('宋', 'song'), ('唐', 'tang'),
            ('许', 'xu'), ('韩', 'han'), ('冯', 'feng'), ('邓', 'deng'), ('曹', 'cao'),
            ('彭', 'peng'), ('曾', 'zeng'), ('肖', 'xiao'), ('田', 'tian'), ('董', 'dong'),
            ('袁', 'yuan'), ('潘', 'pan'), ('于', 'yu'), ('蒋', 'jiang'), ('蔡', 'cai'),
            ('余', 'yu'), ('杜', 'du'), ('叶', 'ye'), ('程', 'cheng'), ('苏', 'su'),
            ('魏', 'wei'), ('吕', 'lv'), ('丁', 'ding'), ('任', 'ren'), ('沈', 'shen'),
            ('姚', 'yao'), ('卢', 'lu'), ('姜', 'jiang'), ('崔', 'cui'), ('钟', 'zhong'),
            ('谭', 'tan'), ('陆', 'lu'), ('汪', 'wang'), ('范', 'fan'), ('金', 'jin'),
            ('石', 'shi'), ('廖', 'liao'), ('贾', 'jia'), ('夏', 'xia'), ('韦', 'wei'),
            ('方', 'fang'), ('白', 'bai'), ('邹', 'zou'), ('孟', 'meng'), ('熊', 'xiong'),
            ('秦', 'qin'), ('邱', 'qiu'), ('江', 'jiang'), ('尹', 'yin'), ('薛', 'xue'),
            ('段', 'duan'), ('雷', 'lei'), ('侯', 'hou'), ('龙', 'long'), ('史', 'shi'),
            ('陶', 'tao'), ('黎', 'li'), ('贺', 'he'), ('顾', 'gu'), ('毛', 'mao'),
            ('郝', 'hao'), ('龚', 'gong'), ('邵', 'shao'), ('万', 'wan'), ('钱', 'qian'),
            ('严', 'yan'), ('覃', 'qin'), ('武', 'wu'), ('戴', 'dai'), ('孔', 'kong'),
            ('欧阳', 'ouyang'), ('司马', 'sima'), ('上官', 'shangguan'), ('诸葛', 'zhuge')]
SUR_W = [10] * 10 + [5] * 40 + [2] * (len(SURNAMES) - 54) + [1] * 4

MALE_G = [('伟', 'wei'), ('强', 'qiang'), ('磊', 'lei'), ('军', 'jun'), ('洋', 'yang'),
          ('勇', 'yong'), ('杰', 'jie'), ('涛', 'tao'), ('明', 'ming'), ('超', 'chao'),
          ('刚', 'gang'), ('建', 'jian'), ('国', 'guo'), ('华', 'hua'), ('鹏', 'peng'),
          ('浩', 'hao'), ('宇', 'yu'), ('轩', 'xuan'), ('睿', 'rui'), ('博', 'bo'),
          ('文', 'wen'), ('俊', 'jun'), ('辉', 'hui'), ('志', 'zhi'), ('海', 'hai'),
          ('德', 'de'), ('福', 'fu'), ('振', 'zhen'), ('宏', 'hong'), ('泽', 'ze'),
          ('铭', 'ming'), ('晨', 'chen'), ('子', 'zi'), ('一', 'yi'), ('安', 'an'),
          ('平', 'ping'), ('春', 'chun'), ('云', 'yun'), ('永', 'yong'), ('嘉', 'jia')]
FEMALE_G = [('芳', 'fang'), ('娜', 'na'), ('敏', 'min'), ('静', 'jing'), ('丽', 'li'),
            ('艳', 'yan'), ('娟', 'juan'), ('秀', 'xiu'), ('英', 'ying'), ('霞', 'xia'),
            ('桂', 'gui'), ('兰', 'lan'), ('玲', 'ling'), ('红', 'hong'), ('梓', 'zi'),
            ('涵', 'han'), ('欣', 'xin'), ('怡', 'yi'), ('婷', 'ting'), ('雪', 'xue'),
            ('佳', 'jia'), ('琳', 'lin'), ('慧', 'hui'), ('颖', 'ying'), ('梅', 'mei'),
            ('凤', 'feng'), ('淑', 'shu'), ('珍', 'zhen'), ('思', 'si'), ('雨', 'yu'),
            ('诗', 'shi'), ('诺', 'nuo'), ('若', 'ruo'), ('萱', 'xuan'), ('晓', 'xiao'),
            ('春', 'chun'), ('云', 'yun'), ('平', 'ping'), ('一', 'yi'), ('嘉', 'jia')]
MINORITY = [('阿依古丽·买买提', 'F'), ('热依拉·艾合买提', 'F'), ('艾力·吐尔逊', 'M'),
            ('扎西顿珠', 'M'), ('格桑卓玛', 'F'), ('巴特尔', 'M'), ('其其格', 'F'),
            ('买买提·依明', 'M')]

# code, province, city, district(for address), streets, communities, area, zip, lat, lng
REGIONS = [
    ('110105', '北京市', '', '朝阳区', ['建国路', '朝阳北路', '望京西路', '安立路', '劲松南路'], '010', '100020', 39.921, 116.443),
    ('110108', '北京市', '', '海淀区', ['中关村大街', '学院路', '清河中街', '万寿路'], '010', '100080', 39.959, 116.298),
    ('110103', '北京市', '', '东城区', ['东花市大街', '广渠门内大街', '幸福大街'], '010', '100062', 39.893, 116.418),
    ('310104', '上海市', '', '徐汇区', ['漕溪北路', '田林路', '龙华中路', '宜山路'], '021', '200030', 31.188, 121.437),
    ('310115', '上海市', '', '浦东新区', ['张杨路', '锦绣路', '川沙路', '东方路'], '021', '200120', 31.221, 121.544),
    ('440106', '广东省', '广州市', '天河区', ['天河北路', '中山大道西', '黄埔大道西', '体育东路'], '020', '510630', 23.125, 113.361),
    ('440102', '广东省', '广州市', '越秀区', ['东风东路', '农林下路', '中山一路'], '020', '510080', 23.129, 113.289),
    ('440305', '广东省', '深圳市', '南山区', ['南海大道', '科苑路', '桃园路', '沙河西路'], '0755', '518052', 22.531, 113.930),
    ('330106', '浙江省', '杭州市', '西湖区', ['文三路', '天目山路', '古墩路', '教工路'], '0571', '310012', 30.274, 120.123),
    ('320102', '江苏省', '南京市', '玄武区', ['中山路', '北京东路', '龙蟠路'], '025', '210018', 32.049, 118.797),
    ('320103', '江苏省', '南京市', '秦淮区', ['太平南路', '中华路', '龙蟠中路'], '025', '210001', 32.034, 118.789),
    ('510107', '四川省', '成都市', '武侯区', ['人民南路四段', '武侯祠大街', '科华北路', '玉林南路'], '028', '610041', 30.642, 104.043),
    ('420106', '湖北省', '武汉市', '武昌区', ['中北路', '武珞路', '友谊大道', '徐东大街'], '027', '430061', 30.554, 114.316),
    ('610113', '陕西省', '西安市', '雁塔区', ['小寨东路', '长安南路', '雁塔西路'], '029', '710061', 34.222, 108.948),
    ('370102', '山东省', '济南市', '历下区', ['经十路', '泉城路', '解放路', '山大路'], '0531', '250011', 36.667, 117.076),
    ('500103', '重庆市', '', '渝中区', ['民族路', '中山三路', '大坪正街'], '023', '400010', 29.557, 106.568),
    ('430104', '湖南省', '长沙市', '岳麓区', ['麓山南路', '枫林三路', '桐梓坡路'], '0731', '410006', 28.235, 112.931),
    ('410105', '河南省', '郑州市', '金水区', ['花园路', '农业路', '文化路', '经三路'], '0371', '450000', 34.775, 113.686),
    ('350203', '福建省', '厦门市', '思明区', ['湖滨南路', '厦禾路', '嘉禾路'], '0592', '361001', 24.479, 118.089),
    ('210102', '辽宁省', '沈阳市', '和平区', ['南京北街', '三好街', '中华路'], '024', '110001', 41.789, 123.401),
    ('530102', '云南省', '昆明市', '五华区', ['人民中路', '西昌路', '滇缅大道'], '0871', '650031', 25.043, 102.706),
    ('650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', ['解放南路', '新华北路', '中山路'], '0991', '830002', 43.793, 87.617),
    ('130608', '河北省', '保定市', '清苑区', [], '0312', '071100', 38.765, 115.489),
    ('341222', '安徽省', '阜阳市', '太和县', [], '0558', '236600', 33.160, 115.622),
]
RURAL = {'130608': [('东闾乡', ['东闾村', '南王庄村', '北宋村']), ('冉庄镇', ['冉庄村', '东孙庄村'])],
         '341222': [('旧县镇', ['旧县村', '刘集村']), ('宫集镇', ['宫集村', '后王村'])]}
COMMUNITIES = ['阳光花园', '金色家园', '锦绣江南', '翠湖小区', '幸福里', '和平里小区', '华润城',
               '保利花园', '万科城', '紫荆苑', '枫林绿洲', '世纪新城', '青年公寓', '丽景湾',
               '东方名苑', '怡景苑', '馨园小区', '南湖新村', '绿地国际花都', '中海半山']

def mk_uscc(p17):
    c = uscc.calc_check_digit(p17)
    uscc.validate(p17 + c)
    return p17 + c


HOSPITALS = [
    ('朝阳区第二人民医院', '北京市朝阳区光华路19号', '010-65926000', mk_uscc('12110105400876543')),
    ('浦东新区中心医院', '上海市浦东新区张杨路1160号', '021-58881230', mk_uscc('12310115425031237')),
    ('广州市天河区人民医院', '广州市天河区天河北路602号', '020-87591100', mk_uscc('12440106455361235')),
    ('深圳市南山区蛇口人民医院', '深圳市南山区南海大道3088号', '0755-26695000', mk_uscc('12440305455770123')),
    ('杭州市西湖区中医院', '杭州市西湖区文三路280号', '0571-88097600', mk_uscc('12330106470112349')),
    ('成都市武侯区第三人民医院', '成都市武侯区人民南路四段18号', '028-85501234', mk_uscc('12510107450912345')),
]
DEPTS = ['心血管内科', '呼吸与危重症医学科', '消化内科', '内分泌科', '神经内科', '普通外科', '骨科',
         '妇科', '产科', '儿科', '皮肤科', '眼科', '耳鼻咽喉科', '口腔科', '全科医学科', '急诊科',
         '肾内科', '泌尿外科', '康复医学科', '中医科']
ICD = [('I10.x00', '原发性高血压'), ('E11.900', '2型糖尿病'), ('J18.900', '肺炎'),
       ('K29.700', '慢性胃炎'), ('J06.900', '急性上呼吸道感染'), ('M51.202', '腰椎间盘突出'),
       ('I25.103', '冠状动脉粥样硬化性心脏病'), ('N39.000', '泌尿道感染'), ('E78.500', '高脂血症'),
       ('K80.100', '胆囊结石伴慢性胆囊炎'), ('S82.201', '胫骨骨折'), ('L20.900', '特应性皮炎'),
       ('H52.100', '近视'), ('J45.900', '支气管哮喘'), ('O80.000', '单胎顺产'), ('K35.800', '急性阑尾炎'),
       ('I63.900', '脑梗死'), ('C34.900', '肺恶性肿瘤'), ('E04.902', '甲状腺结节'), ('G43.900', '偏头痛')]
DRUGS = [('XC08CAA138A001010100445', '苯磺酸氨氯地平片', '5mg*28片', '5mg 口服 qd'),
         ('XA10BAE034A001010179051', '盐酸二甲双胍缓释片', '0.5g*30片', '0.5g 口服 bid'),
         ('XC10AAA049A001010101627', '阿托伐他汀钙片', '20mg*7片', '20mg 口服 qn'),
         ('XJ01DCT175E001010104125', '头孢呋辛酯片', '0.25g*12片', '0.25g 口服 bid'),
         ('XA02BCO022E001010101548', '奥美拉唑肠溶胶囊', '20mg*14粒', '20mg 口服 qd 餐前'),
         ('XN02BEB038A001010200371', '布洛芬缓释胶囊', '0.3g*20粒', '0.3g 口服 q12h prn'),
         ('XR06AXL060A001010104010', '氯雷他定片', '10mg*6片', '10mg 口服 qd'),
         ('XB01ACA056E001010101802', '阿司匹林肠溶片', '100mg*30片', '100mg 口服 qd'),
         ('XN02AAQ012A001010101436', '盐酸羟考酮缓释片', '10mg*10片', '10mg 口服 q12h'),
         ('XR05CBA073B002010102264', '氨溴索口服溶液', '100ml:0.6g', '10ml 口服 tid'),
         ('XJ01CRA090X001010101567', '阿莫西林克拉维酸钾颗粒', '0.2285g*6袋', '1袋 口服 bid'),
         ('XH03AAL080A001010101989', '左甲状腺素钠片', '50μg*100片', '50μg 口服 qd 晨起空腹')]
def icd_for(p):
    return R.choice([x for x in ICD if p.sex == 'F' or x[0] != 'O80.000'])


TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师']

# ----------------------------------------------------------------- generators


def luhn_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '0' <= c <= '9' else c for c in s)


MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147',
              '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '173',
              '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187',
              '188', '189', '191', '195', '198', '199']


def mobile():
    while True:
        n = R.choice(MOB_PREFIX) + digits(8)
        p = phonenumbers.parse('+86' + n)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def fmt_mobile(n, style=None):
    if style is None:
        style = R.choices(['plain', 'plus', 'plussp', 'sp', 'dash', '0086', '86', 'plusdash'],
                          [60, 8, 6, 6, 6, 5, 4, 5])[0]
    if style == 'plain':
        return n
    if style == 'plus':
        return '+86' + n
    if style == 'plussp':
        return '+86 %s %s %s' % (n[:3], n[3:7], n[7:])
    if style == 'sp':
        return '%s %s %s' % (n[:3], n[3:7], n[7:])
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:7], n[7:])
    if style == '0086':
        return '0086' + n
    if style == '86':
        return '86-' + n
    if style == 'plusdash':
        return '+86-' + n
    if style == 'fw':
        return fw(n)
    return n


def mask_mobile(n):
    return n[:3] + '****' + n[7:]


def landline(area):
    while True:
        for ln in (8, 7):
            loc = R.choice('2345678') + digits(ln - 1)
            p = phonenumbers.parse(area + loc, 'CN')
            if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                    phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                st = R.choice(['dash', 'dash', 'dash', 'paren', 'plain', 'sp'])
                if st == 'dash':
                    return '%s-%s' % (area, loc)
                if st == 'paren':
                    return '(%s)%s' % (area, loc)
                if st == 'sp':
                    return '%s %s' % (area, loc)
                return area + loc


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def make_id(region, dob, sex):
    seq = R.randint(0, 99)
    last = R.choice([1, 3, 5, 7, 9]) if sex == 'M' else R.choice([0, 2, 4, 6, 8])
    body = region + dob.strftime('%Y%m%d') + '%02d%d' % (seq, last)
    c = ric.calc_check_digit(body + '0')
    idn = body + c
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    assert '10X98765432'[sum(int(a) * b for a, b in zip(body, w)) % 11] == c
    return idn


BANK_BINS = [('622202', 19), ('621226', 19), ('622848', 19), ('621700', 19), ('622700', 19),
             ('622588', 16), ('621483', 16), ('622260', 19), ('621661', 19), ('623058', 19),
             ('622908', 18), ('621799', 19), ('436742', 16), ('625965', 16), ('628288', 16),
             ('621462', 19), ('622609', 16), ('622155', 16)]
BANK_NAMES = {'622202': '中国工商银行', '621226': '中国工商银行', '622848': '中国农业银行',
              '621700': '中国建设银行', '622700': '中国建设银行', '622588': '招商银行',
              '621483': '招商银行', '622260': '交通银行', '621661': '中国银行', '623058': '平安银行',
              '622908': '兴业银行', '621799': '中国邮政储蓄银行', '436742': '中国建设银行',
              '625965': '中国银行', '628288': '中信银行', '621462': '广发银行', '622609': '民生银行',
              '622155': '中国光大银行'}


def bank_card():
    b, ln = R.choice(BANK_BINS)
    body = b + digits(ln - len(b) - 1)
    num = body + luhn_check(body)
    return num, BANK_NAMES[b]


def fmt_card(n):
    st = R.choices(['plain', 'sp4', 'dash4'], [65, 30, 5])[0]
    if st == 'plain':
        return n
    g = [n[i:i + 4] for i in range(0, len(n), 4)]
    return (' ' if st == 'sp4' else '-').join(g)


TACS = ['86891504', '86753203', '86462105', '86012304', '86960004', '35391110', '86769503',
        '86446204', '35467811', '86592704', '86884305', '86317705']


def imei():
    body = R.choice(TACS) + digits(6)
    return body + luhn_check(body)


def meid():
    s = 'A0000' + ''.join(R.choice('0123456789ABCDEF') for _ in range(9))
    return s if R.random() < 0.7 else s.lower()


def iccid():
    pre = R.choice(['898600', '898602', '898604', '898601', '898606', '898603', '898611'])
    body = pre + digits(13)
    s = body if R.random() < 0.5 else body[:-1] + R.choice('0123456789')
    if len(s) == 19:
        s = s + luhn_check(s)
    if R.random() < 0.1:
        s = s[:-1] + R.choice('FX')
    return s


def imsi():
    return '460' + R.choice(['00', '00', '02', '04', '07', '08', '01', '01', '06', '09', '03', '11', '05', '15', '20']) + digits(10)


OUIS = ['A4:C1:38', 'C8:47:8C', 'E4:5F:01', 'D0:3E:5C', '70:3A:0E', 'F4:8C:50', '3C:A6:16',
        '88:0F:10', '50:8F:4C', 'E0:AF:4F', 'C4:6E:1F', '34:CE:00']


def mac():
    m = R.choice(OUIS) + ':' + ':'.join('%02X' % R.randint(0, 255) for _ in range(3))
    st = R.choice(['up', 'up', 'low', 'dash', 'lowdash'])
    if st == 'low':
        return m.lower()
    if st == 'dash':
        return m.replace(':', '-')
    if st == 'lowdash':
        return m.lower().replace(':', '-')
    return m


def ipv4():
    pre = R.choice(['117.136', '223.104', '39.144', '112.96', '183.62', '58.246', '114.242',
                    '120.229', '106.39', '36.112', '222.128', '124.64', '101.88', '27.38'])
    return '%s.%d.%d' % (pre, R.randint(0, 255), R.randint(1, 254))


def ipv6():
    pre = R.choice(['240e:3b1', '2409:8a1e', '2408:8456', '240e:47c'])
    return pre + ':' + ':'.join('%x' % R.randint(0, 0xffff) for _ in range(6))


def ip_any():
    return ipv6() if R.random() < 0.15 else ipv4()


def coords(reg):
    lat = reg[7] + R.uniform(-0.05, 0.05)
    lng = reg[8] + R.uniform(-0.05, 0.05)
    return '%.6f' % lat, '%.6f' % lng


def cgi():
    mnc = R.choice(['00', '01', '11', '00'])
    st = R.choice(['cgi', 'ecgi', 'ecgi', 'plain'])
    if st == 'cgi':
        return '460-%s-%d-%d' % (mnc, R.randint(4096, 65000), R.randint(1, 65535))
    if st == 'ecgi':
        return '460-%s-%d-%d' % (mnc, R.randint(10000, 1048575), R.randint(1, 255))
    return '460%s%07X' % (mnc, R.randint(0x100000, 0xFFFFFFF))


def passport():
    st = R.choice(['E8', 'E8', 'EL', 'G'])
    if st == 'E8':
        return 'E' + digits(8)
    if st == 'EL':
        return 'E' + R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7)
    return 'G' + digits(8)


def hkmo_permit():
    return ('C' if R.random() < 0.8 else 'W') + digits(8)


PLATE_PROV = [('京', 'ABCEFGHJKLMNPQ'), ('沪', 'ABCDEFGHJKLMN'), ('粤', 'ABCDEFGHJKLMNPQRSTUVWXYZ'),
              ('浙', 'ABCDEFGHJKL'), ('苏', 'ABCDEFGHJKLMN'), ('川', 'ABCDEFHJKLMQRSTUVWXYZ'),
              ('鄂', 'ABCDEFGHJKLMNPQRS'), ('陕', 'ABCDEFGHJKV'), ('鲁', 'ABCDEFGHJKLMNPQRSUV'),
              ('渝', 'ABCDFGH'), ('湘', 'ABCDEFGHJKLMNU'), ('豫', 'ABCDEFGHJKLMNPQRSU')]
PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def plate():
    p, cities = R.choice(PLATE_PROV)
    c = R.choice(cities)
    if R.random() < 0.3:
        tail = R.choice('DF') + ''.join(R.choice(PL + '0123456789') if i == 0 else R.choice('0123456789') for i in range(5))
    else:
        tail = ''.join(R.choice(PL + '0123456789' * 3) for _ in range(5))
    sep = R.choice(['', '', '', '·', ' '])
    return p + c + sep + tail


def token(n=32, alphabet='abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(sub):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(',', ':')).encode())
    p = b64u(json.dumps({"sub": sub, "iat": R.randint(1714000000, 1716000000), "scope": "patient/*.read"}, separators=(',', ':')).encode())
    s = b64u(bytes(R.getrandbits(8) for _ in range(32)))
    return '%s.%s.%s' % (h, p, s)


def password():
    st = R.choice(['a', 'b', 'c', 'd'])
    if st == 'a':
        return token(R.randint(8, 12), 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') + R.choice('@#!$%')
    if st == 'b':
        return R.choice(['Wf', 'Lq', 'Zx', 'Hk', 'Mm']) + '@' + digits(6)
    if st == 'c':
        return R.choice(['health', 'qwer', 'abc', 'love', 'happy']) + digits(R.randint(4, 6))
    return R.choice(['Kt', 'Yk', 'Jk']) + token(6) + digits(2) + '!'


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rand_dt(d0=dt.date(2024, 3, 1), d1=dt.date(2024, 6, 30)):
    d = dt.date.fromordinal(R.randint(d0.toordinal(), d1.toordinal()))
    return dt.datetime(d.year, d.month, d.day, R.randint(7, 21), R.randint(0, 59), R.randint(0, 59), tzinfo=TZ)


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


class Person:
    pass


def address(reg, compact=False):
    code, prov, city, dist, streets, area, zipc = reg[:7]
    head = prov + city + dist
    if not streets:
        town, vils = R.choice(RURAL[code])
        body = '%s%s%d号' % (town, R.choice(vils), R.randint(1, 260))
        return (head if not compact else city + dist) + body
    st = R.choice(streets)
    com = R.choice(COMMUNITIES)
    v = R.randint(0, 5)
    if v == 0:
        body = '%s%d号%s%d号楼%d单元%d室' % (st, R.randint(1, 400), com, R.randint(1, 30), R.randint(1, 6), R.randint(1, 32) * 100 + R.randint(1, 4))
    elif v == 1:
        body = '%s%d号院%d栋%d' % (st, R.randint(1, 400), R.randint(1, 20), R.randint(1, 28) * 100 + R.randint(1, 6))
    elif v == 2:
        body = '%s%s%d-%d-%d' % (st, com, R.randint(1, 25), R.randint(1, 4), R.randint(1, 30) * 100 + R.randint(1, 4))
    elif v == 3:
        body = '%s%d弄%d号%d室' % (st, R.randint(1, 999), R.randint(1, 80), R.randint(1, 6) * 100 + R.randint(1, 4))
    elif v == 4:
        body = '%s%s%d幢%d单元%d室' % (st, com, R.randint(1, 30), R.randint(1, 4), R.randint(1, 25) * 100 + R.randint(1, 4))
    else:
        body = '%s%d号%s%d栋%d房' % (st, R.randint(1, 400), com, R.randint(1, 30), R.randint(1, 30) * 100 + R.randint(1, 8))
    if compact:
        return dist + body
    return head + body


def person(sex=None, y0=1940, y1=2005, reg=None, minority_ok=True):
    p = Person()
    p.sex = sex or R.choice('MF')
    p.reg = reg or R.choice(REGIONS[:-2] * 3 + REGIONS[-2:])
    if minority_ok and R.random() < 0.03:
        nm, s = R.choice(MINORITY)
        p.name, p.sex, p.py = nm, s, None
        p.reg = R.choice([r for r in REGIONS if r[0] == '650102'])
    else:
        s, spy = R.choices(SURNAMES, SUR_W)[0]
        pool = MALE_G if p.sex == 'M' else FEMALE_G
        k = 1 if R.random() < 0.3 else 2
        g = [R.choice(pool) for _ in range(k)]
        p.surname, p.given = s, ''.join(c for c, _ in g)
        p.name = s + p.given
        p.py = (spy, ''.join(y for _, y in g))
    p.dob = rand_date(y0, y1)
    idreg = p.reg[0]
    p.id = make_id(idreg, p.dob, p.sex)
    if R.random() < 0.15 and p.id.endswith('X'):
        p.id = p.id[:-1] + 'x'
    p.mobile = mobile()
    p.addr = address(p.reg)
    p.email = None
    if p.py:
        st = R.choice(['qq', 'py', 'pyd', 'pyn'])
        if st == 'qq':
            p.email = '%d@qq.com' % R.randint(10000000, 3999999999)
        elif st == 'py':
            p.email = '%s%s@%s' % (p.py[0], p.py[1], R.choice(['163.com', '126.com', 'sina.com', 'foxmail.com']))
        elif st == 'pyd':
            p.email = '%s.%s%d@%s' % (p.py[1], p.py[0], p.dob.year % 100, R.choice(['163.com', 'outlook.com', 'aliyun.com']))
        else:
            p.email = '%s%s%s@%s' % (p.py[0], p.py[1][:1], p.dob.strftime('%m%d'), R.choice(['126.com', 'yeah.net', '139.com']))
    else:
        p.email = '%d@qq.com' % R.randint(10000000, 3999999999)
    p.age = 2024 - p.dob.year - ((5, 15) < (p.dob.month, p.dob.day))
    return p


def sexcn(p):
    return '男' if p.sex == 'M' else '女'


def fmt_dob(d, st=None):
    st = st or R.choice(['iso', 'iso', 'slash', 'cn', 'compact', 'dot'])
    if st == 'iso':
        return d.strftime('%Y-%m-%d')
    if st == 'slash':
        return '%d/%d/%d' % (d.year, d.month, d.day)
    if st == 'cn':
        return '%d年%02d月%02d日' % (d.year, d.month, d.day)
    if st == 'cnn':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if st == 'compact':
        return d.strftime('%Y%m%d')
    if st == 'dot':
        return d.strftime('%Y.%m.%d')
    return d.isoformat()


def doctor():
    p = person(y0=1960, y1=1995, minority_ok=False)
    p.empno = R.choice(['D', 'YS', '']) + str(R.randint(1001, 19999))
    p.title = R.choice(TITLES)
    return p


DOCTORS = [doctor() for _ in range(24)]
NURSES = [person(y0=1975, y1=2000, sex='F', minority_ok=False) for _ in range(8)]

PERSON_NAME = 'PERSON_NAME'
DOB = 'DATE_OF_BIRTH'
RID = 'CHINA_RESIDENT_ID_NUMBER'
PHONE = 'PHONE_NUMBER'
ADDR = 'STREET_ADDRESS'
EMAIL = 'EMAIL_ADDRESS'
CARD = 'BANK_CARD_NUMBER'
CRED = 'CREDENTIAL'
PASS = 'CHINA_PASSPORT'
HKMO = 'HK_MACAU_TRAVEL_PERMIT'
IMSI = 'IMSI_ID'
IMEI = 'IMEI_HARDWARE_ID'
MEID = 'MEID'
ICCID = 'ICCID_NUMBER'
MAC = 'MAC_ADDRESS'
IP = 'IP_ADDRESS'
LOC = 'LOCATION_COORDINATES'
CELL = 'CELL_ID'
PLATE = 'CHINA_LICENSE_PLATE'


def mi_card(p):
    st = R.choice(['a', 'b', 'c', 'd'])
    if st == 'a':
        return p.reg[0][:4] + '00' + 'D156' + digits(8)
    if st == 'b':
        return R.choice('ABCDEFGHJKL') + digits(8)
    if st == 'c':
        return digits(10)
    return 'YB' + p.reg[0][:2] + digits(12)


def csv_cell(c):
    if isinstance(c, tuple):
        v = c[0]
        if ',' in v or '"' in v:
            return ['"', c, '"']
        return [c]
    if ',' in c or '"' in c:
        return ['"' + c.replace('"', '""') + '"']
    return [c]


def csv_row(doc, cells, sep=',', eol='\r\n'):
    for i, c in enumerate(cells):
        if i:
            doc.t(sep)
        if sep == ',':
            doc.w(*csv_cell(c))
        else:
            doc.w(c)
    doc.t(eol)


# ----------------------------------------------------------------- files


def f_registration():
    d = Doc('his_outpatient_registration.csv')
    d.t('\ufeff')
    csv_row(d, ['门诊号', '挂号流水号', '挂号时间', '姓名', '性别', '出生日期', '年龄', '证件类型', '证件号码',
                '医保卡号', '手机', '联系地址', '就诊科室', '号别', '医生工号', '医生', '挂号费', '支付方式', '操作员'])
    hosp = HOSPITALS[0]
    for i in range(50):
        p = person(y0=1938, y1=2021)
        t = rand_dt()
        mz = 'MZ%s%05d' % (t.strftime('%Y%m%d'), R.randint(1, 99999))
        ls = str(R.randint(10 ** 15, 10 ** 16 - 1))
        doc = R.choice(DOCTORS)
        ctype, cid = '居民身份证', lab(p.id, RID)
        r = R.random()
        if p.age < 6 and R.random() < 0.5:
            ctype, cid = '无证件', ''
        elif r < 0.06:
            ctype, cid = '护照', lab(passport(), PASS)
        elif r < 0.07:
            ctype, cid = '居民身份证', p.id[:6] + '********' + p.id[-4:]
        if R.random() < 0.1:
            ph = mask_mobile(p.mobile)
        elif R.random() < 0.08:
            ph = lab(landline(p.reg[5]), PHONE)
        else:
            ph = lab(fmt_mobile(p.mobile, R.choice(['plain'] * 8 + ['plus', 'sp'])), PHONE)
        addr = lab(p.addr, ADDR) if R.random() < 0.92 else ''
        dob = lab(fmt_dob(p.dob, R.choice(['iso', 'iso', 'slash'])), DOB)
        csv_row(d, [mz, ls, t.strftime('%Y-%m-%d %H:%M:%S'), lab(p.name, PERSON_NAME), sexcn(p), dob,
                    '%d岁' % p.age if p.age > 0 else '%d月' % R.randint(1, 11), ctype, cid, mi_card(p) if R.random() < 0.85 else '',
                    ph, addr, R.choice(DEPTS), R.choice(['普通号', '专家号', '特需号', '便民门诊']), doc.empno,
                    lab(doc.name, PERSON_NAME), R.choice(['5.00', '50.00', '100.00', '300.00', '0.00']),
                    R.choice(['医保统筹', '微信支付', '支付宝', '自费现金', '医保电子凭证']), 'SF%03d' % R.randint(1, 120)])
    return d


def f_inpatient():
    d = Doc('his_inpatient_admission.tsv')
    hdr = ['住院号', '病案号', '入院日期', '姓名', '性别', '出生日期', '身份证号', '婚姻', '职业', '工作单位',
           '现住址', '户口地址', '联系人', '关系', '联系人电话', '入院科室', '床号', '入院诊断', 'ICD10', '主治医师', '预交金']
    csv_row(d, hdr, sep='\t', eol='\n')
    for i in range(26):
        p = person(y0=1935, y1=2003)
        t = rand_dt()
        rel = R.choice(['配偶', '子', '女', '父亲', '母亲', '兄弟', '姐妹', '朋友'])
        c = person(sex='F' if rel in ('女', '母亲', '姐妹') else ('M' if rel in ('子', '父亲', '兄弟') else None), reg=p.reg)
        icd = icd_for(p)
        doc = R.choice(DOCTORS)
        hk = lab(address(R.choice(REGIONS)), ADDR) if R.random() < 0.5 else lab(p.addr, ADDR)
        unit = R.choice(['', '无', '退休', '某科技有限公司', '浙江华信建设集团有限公司', '个体', '学生', '广州市天河区棠下小学'])
        cph = lab(fmt_mobile(c.mobile, R.choice(['plain', 'plain', 'plain', 'dash', 'sp'])), PHONE) if R.random() < 0.85 else lab(landline(p.reg[5]), PHONE)
        cells = ['ZY%d%06d' % (t.year, R.randint(1, 999999)), '%07d' % R.randint(1, 9999999), t.strftime('%Y-%m-%d %H:%M'),
                 lab(p.name, PERSON_NAME), sexcn(p), lab(fmt_dob(p.dob, R.choice(['iso', 'compact'])), DOB), lab(p.id, RID),
                 R.choice(['已婚', '未婚', '丧偶', '离异']), R.choice(['职员', '退休', '农民', '工人', '自由职业', '学生', '教师']),
                 unit, lab(p.addr, ADDR), hk, lab(c.name, PERSON_NAME), rel, cph, R.choice(DEPTS), '%d床' % R.randint(1, 60),
                 icd[1], icd[0], lab(doc.name, PERSON_NAME), '%d.00' % R.choice([2000, 3000, 5000, 10000, 20000])]
        csv_row(d, cells, sep='\t', eol='\n')
    return d


def f_hl7():
    d = Doc('hl7_adt_oru.hl7')
    fac = ['SZRMYY', 'HZXHZYY', 'GZTHRMYY', 'CDWHSY']
    for i in range(22):
        p = person(y0=1940, y1=2015)
        t = rand_dt()
        ts = t.strftime('%Y%m%d%H%M%S')
        f = R.choice(fac)
        kind = R.choice(['ADT^A04^ADT_A01', 'ADT^A01^ADT_A01', 'ADT^A08^ADT_A01', 'ORU^R01^ORU_R01'])
        ctrl = 'MSG%s%04d' % (ts, R.randint(0, 9999))
        d.t('MSH|^~\\&|HIS|%s|%s|%s|%s||%s|%s|P|2.4|||AL|NE||UNICODE UTF-8\r\n' % (f, R.choice(['EMR', 'LIS', 'PACS', 'INS']), f, ts, kind, ctrl))
        if kind.startswith('ADT'):
            d.t('EVN|%s|%s|||%s\r\n' % (kind[4:7], ts, R.choice(DOCTORS).empno))
        mrn = 'MZ%s%05d' % (t.strftime('%Y%m%d'), R.randint(1, 99999))
        d.t('PID|1||%s^^^HIS^PI' % mrn)
        if R.random() < 0.6:
            d.w('~', lab(p.id, RID), '^^^CHN^NNCHN')
        d.t('||')
        if p.py and R.random() < 0.75:
            d.w(lab('%s^%s' % (p.surname, p.given), PERSON_NAME), '^^^^^L')
            if R.random() < 0.4:
                d.w('~', lab('%s^%s' % (p.py[0].upper(), p.py[1].upper()), PERSON_NAME), '^^^^^A')
        else:
            d.w(lab(p.name, PERSON_NAME))
        mother = person(sex='F', y0=1930, y1=1990, reg=p.reg, minority_ok=False)
        d.t('|')
        if R.random() < 0.3:
            d.w(lab('%s^%s' % (mother.surname, mother.given), PERSON_NAME))
        d.w('|', lab(p.dob.strftime('%Y%m%d'), DOB), '|', p.sex, '|||')
        d.w(lab(p.addr, ADDR), '^^%s^%s^%s^CHN^H' % (p.reg[2] or p.reg[1], p.reg[1], p.reg[6]))
        d.t('||')
        if R.random() < 0.5:
            d.w('^PRN^CP^^^^^', lab(p.mobile, PHONE))
        else:
            d.w(lab(fmt_mobile(p.mobile, R.choice(['plain', 'plain', 'plus', 'dash'])), PHONE))
        if R.random() < 0.3:
            d.w('~^NET^Internet^', lab(p.email, EMAIL))
        d.t('|')
        if R.random() < 0.3:
            d.w(lab(landline(p.reg[5]), PHONE), '^WPN^PH')
        d.t('||%s||%s|' % (R.choice(['M', 'S', 'W']), 'ZH%s%06d' % (t.strftime('%y'), R.randint(1, 999999))))
        if R.random() < 0.5:
            d.w(lab(p.id, RID))
        d.t('|||||||||||N\r\n')
        if kind.startswith('ADT') and R.random() < 0.7:
            rel = R.choice([('SPO', '配偶'), ('CHD', '子女'), ('PAR', '父母'), ('SIB', '兄弟姐妹')])
            k = person(reg=p.reg, minority_ok=False)
            d.w('NK1|1|', lab('%s^%s' % (k.surname, k.given), PERSON_NAME), '|%s^%s^HL70063|' % rel)
            if R.random() < 0.5:
                d.w(lab(k.addr, ADDR), '^^%s^%s^%s^CHN^H' % (k.reg[2] or k.reg[1], k.reg[1], k.reg[6]))
            d.w('|', lab(fmt_mobile(k.mobile, 'plain'), PHONE), '||NOK\r\n')
        doc = R.choice(DOCTORS)
        dept = R.choice(DEPTS)
        cls = 'I' if kind[4:7] == 'A01' else 'O'
        d.w('PV1|1|%s|%s^%s^%02d^%s||||' % (cls, dept, '%02d' % R.randint(1, 30) if cls == 'I' else '', R.randint(1, 60), f),
            doc.empno, '^', lab('%s^%s' % (doc.surname, doc.given), PERSON_NAME), '^^^^%s|||||||||||%s|||||||||||||||||||||||||%s\r\n' % (doc.title, 'V%09d' % R.randint(1, 999999999), ts))
        icd = icd_for(p)
        d.t('DG1|1|ICD10|%s^%s^ICD10|%s|%s|A\r\n' % (icd[0], icd[1], icd[1], ts))
        if kind.startswith('ADT') and R.random() < 0.5:
            ins = person(reg=p.reg, minority_ok=False) if R.random() < 0.3 else p
            d.w('IN1|1|%s^城镇职工基本医疗保险|%s|%s医疗保障局|||||||||||' % (R.choice(['310', '390', '510']), 'YB%06d' % R.randint(1, 999999), p.reg[2] or p.reg[1]))
            d.w(lab('%s^%s' % (ins.surname, ins.given) if ins.py else ins.name, PERSON_NAME), '|%s|' % ('SEL' if ins is p else 'SPO'),
                lab(ins.dob.strftime('%Y%m%d'), DOB), '||||||||||||||||||%s\r\n' % mi_card(ins))
        if kind.startswith('ORU'):
            d.t('ORC|RE|%s|%s||CM\r\n' % ('O%010d' % R.randint(1, 9999999999), 'L%010d' % R.randint(1, 9999999999)))
            d.w('OBR|1|||CBC^血常规^LOCAL|||%s|||||||%s|' % (ts, ts), doc.empno, '^', lab('%s^%s' % (doc.surname, doc.given), PERSON_NAME), '\r\n')
            for j, (code, nm, unit, lo, hi) in enumerate([('WBC', '白细胞计数', '10*9/L', 3.5, 9.5), ('RBC', '红细胞计数', '10*12/L', 3.8, 5.1),
                                                         ('HGB', '血红蛋白', 'g/L', 115, 150), ('PLT', '血小板计数', '10*9/L', 125, 350),
                                                         ('NEUT%', '中性粒细胞百分比', '%', 40, 75)]):
                val = R.uniform(lo * 0.8, hi * 1.15)
                flag = 'H' if val > hi else ('L' if val < lo else 'N')
                d.t('OBX|%d|NM|%s^%s^LOCAL||%.1f|%s|%s-%s|%s|||F|||%s\r\n' % (j + 1, code, nm, val, unit, lo, hi, flag, ts))
        d.t('\r\n')
    return d


def f_fhir():
    d = Doc('fhir_patient_encounter.json')
    entries = []
    base = 'https://fhir.example-health.cn/R4'
    for i in range(11):
        p = person(y0=1945, y1=2018)
        pid = uuid4()
        tel = [{"system": "phone", "value": J(fmt_mobile(p.mobile, R.choice(['plain', 'plain', 'plus', 'plussp'])), PHONE), "use": "mobile"}]
        if R.random() < 0.5:
            tel.append({"system": "email", "value": J(p.email, EMAIL), "use": "home"})
        if R.random() < 0.25:
            tel.append({"system": "phone", "value": J(landline(p.reg[5]), PHONE), "use": "work"})
        ident = [{"use": "official", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "NNCHN"}], "text": "居民身份证"},
                  "system": "urn:oid:2.16.156.10011.1.3", "value": J(p.id, RID)},
                 {"use": "usual", "type": {"text": "门诊号"}, "system": "urn:oid:2.16.156.10011.1.11", "value": 'MZ%08d' % R.randint(1, 99999999)}]
        if R.random() < 0.5:
            ident.append({"type": {"text": "医保卡号"}, "system": "urn:oid:2.16.156.10011.1.15", "value": mi_card(p)})
        code, prov, city, dist = p.reg[:4]
        head = prov + city + dist
        line = p.addr[len(head):] if p.addr.startswith(head) else p.addr
        adr = {"use": "home", "type": "physical", "text": J(p.addr, ADDR), "line": [J(line, ADDR)],
               "city": city or prov, "district": dist, "state": prov, "postalCode": p.reg[6], "country": "CN"}
        pat = {"resourceType": "Patient", "id": pid,
               "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": rand_dt().strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+08:00' % R.randint(0, 999)},
               "identifier": ident, "active": True,
               "name": [{"use": "official", "text": J(p.name, PERSON_NAME)} if not p.py else
                        {"use": "official", "text": J(p.name, PERSON_NAME), "family": p.surname, "given": [p.given]}],
               "telecom": tel, "gender": "male" if p.sex == 'M' else "female",
               "birthDate": J(p.dob.isoformat(), DOB), "address": [adr]}
        if R.random() < 0.5:
            k = person(reg=p.reg, minority_ok=False)
            pat["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "N"}], "text": R.choice(['配偶', '儿子', '女儿', '母亲', '父亲'])}],
                               "name": {"text": J(k.name, PERSON_NAME)},
                               "telecom": [{"system": "phone", "value": J(fmt_mobile(k.mobile, 'plain'), PHONE)}]}]
        entries.append({"fullUrl": "%s/Patient/%s" % (base, pid), "resource": pat, "request": {"method": "PUT", "url": "Patient/%s" % pid}})
        for k in range(R.choice([1, 1, 2])):
            doc = R.choice(DOCTORS)
            icd = icd_for(p)
            t = rand_dt()
            eid = uuid4()
            enc = {"resourceType": "Encounter", "id": eid, "status": "finished",
                   "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": R.choice(['AMB', 'IMP', 'EMER'])},
                   "identifier": [{"system": "urn:oid:2.16.156.10011.1.12", "value": 'ZY%d%06d' % (t.year, R.randint(1, 999999))}],
                   "subject": {"reference": "Patient/%s" % pid},
                   "participant": [{"type": [{"text": "主治医师"}], "individual": {"reference": "Practitioner/%s" % doc.empno, "display": J(doc.name, PERSON_NAME)}}],
                   "period": {"start": t.strftime('%Y-%m-%dT%H:%M:%S+08:00'), "end": (t + dt.timedelta(minutes=R.randint(8, 90))).strftime('%Y-%m-%dT%H:%M:%S+08:00')},
                   "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": icd[0], "display": icd[1]}]}],
                   "location": [{"location": {"display": R.choice(DEPTS) + '门诊'}}],
                   "serviceProvider": {"display": R.choice(HOSPITALS)[0]}}
            entries.append({"fullUrl": "%s/Encounter/%s" % (base, eid), "resource": enc, "request": {"method": "POST", "url": "Encounter"}})
    bundle = {"resourceType": "Bundle", "id": uuid4(), "type": "transaction",
              "timestamp": "2024-05-20T02:13:44.512+08:00", "entry": entries}
    jdump(d, bundle, indent=2)
    d.t('\n')
    return d


def f_emr():
    d = Doc('emr_progress_notes.txt')
    for i in range(16):
        p = person(y0=1940, y1=2010)
        hosp = R.choice(HOSPITALS)
        doc = R.choice(DOCTORS)
        icd = icd_for(p)
        t = rand_dt()
        d.t('=' * 60 + '\n')
        d.t('%s  入院记录\n' % hosp[0])
        d.w('姓名：', lab(p.name, PERSON_NAME), '    性别：%s    年龄：%d岁    ' % (sexcn(p), p.age))
        d.w('出生日期：', lab(fmt_dob(p.dob, R.choice(['cn', 'iso', 'cnn'])), DOB), '\n')
        d.t('住院号：ZY%d%06d    病案号：%07d    科室：%s    床号：%d床\n' % (t.year, R.randint(1, 999999), R.randint(1, 9999999), R.choice(DEPTS), R.randint(1, 60)))
        d.w('入院时间：%s    病史陈述者：' % t.strftime('%Y-%m-%d %H:%M'))
        rel = R.choice(['本人', '配偶', '女儿', '儿子'])
        fam = person(reg=p.reg, minority_ok=False, sex='F' if rel == '女儿' else ('M' if rel == '儿子' else None))
        if rel == '本人':
            d.t('患者本人，可靠\n')
        else:
            d.w('患者%s' % rel, lab(fam.name, PERSON_NAME), '，可靠\n')
        d.w('现住址：', lab(p.addr, ADDR), '\n')
        if R.random() < 0.7:
            d.w('联系电话：', lab(fmt_mobile(p.mobile, R.choice(['plain', 'dash', 'sp'])), PHONE))
            if rel != '本人':
                d.w('（%s）  ' % '本人', '%s电话：' % rel, lab(fmt_mobile(fam.mobile, 'plain'), PHONE))
            d.t('\n')
        d.t('\n主诉：%s\n' % R.choice(['反复胸闷、胸痛3年，加重2天。', '咳嗽、咳痰伴发热5天。', '多饮、多尿、体重下降2月。',
                                    '上腹部隐痛1年余，加重1周。', '腰痛伴右下肢放射痛1月。', '头痛、头晕3天。', '右下腹痛12小时。']))
        d.t('现病史：患者于%d天前无明显诱因出现上述症状，' % R.randint(2, 30))
        if rel != '本人':
            d.w('由其%s' % rel, lab(fam.name, PERSON_NAME), '陪同')
        d.t('至我院%s门诊就诊，查血压%d/%dmmHg，心率%d次/分，' % (R.choice(DEPTS), R.randint(100, 180), R.randint(60, 110), R.randint(55, 120)))
        d.t('门诊拟"%s"收入院。病程中精神、食欲欠佳，睡眠一般，大小便正常，体重无明显变化。\n' % icd[1])
        d.t('既往史：%s。否认肝炎、结核等传染病史，否认手术外伤史，%s。\n' % (R.choice(['既往体健', '高血压病史10年，规律服用苯磺酸氨氯地平片5mg qd', '2型糖尿病史5年']),
                                                               R.choice(['否认药物过敏史', '青霉素过敏', '对磺胺类药物过敏'])))
        d.t('个人史：生于%s，久居本地，%s。\n' % (p.reg[2] or p.reg[1], R.choice(['无吸烟饮酒史', '吸烟20年，每日约10支', '偶有饮酒'])))
        sp = person(sex='F' if p.sex == 'M' else 'M', reg=p.reg, minority_ok=False)
        d.w('婚育史：%d岁结婚，配偶' % R.randint(21, 32), lab(sp.name, PERSON_NAME), '，体健；育有%d子%d女。\n' % (R.randint(0, 2), R.randint(0, 2)))
        fa = person(sex='M', y0=1920, y1=1970, reg=p.reg, minority_ok=False)
        mo = person(sex='F', y0=1920, y1=1970, reg=p.reg, minority_ok=False)
        v = R.randint(0, 2)
        if v == 0:
            d.w('家族史：父亲', lab(fa.name, PERSON_NAME), '患高血压，%d年因脑出血去世；母亲' % R.randint(1998, 2020), lab(mo.name, PERSON_NAME), '患2型糖尿病。否认家族遗传病史。\n')
        elif v == 1:
            d.w('家族史：父母健在，其兄', lab(person(sex='M', reg=p.reg, minority_ok=False).name, PERSON_NAME), '（出生日期',
                lab(fmt_dob(rand_date(1950, 1990), 'cn'), DOB), '）患冠心病。\n')
        else:
            d.t('家族史：父母已故，死因不详。否认家族遗传病史。\n')
        d.t('\n体格检查：T %.1f℃ P %d次/分 R %d次/分 BP %d/%dmmHg，神清，精神可，双肺呼吸音%s，心律齐，腹软。\n' % (
            R.uniform(36.1, 39.2), R.randint(60, 110), R.randint(14, 24), R.randint(100, 170), R.randint(60, 100), R.choice(['清', '粗，可闻及湿啰音'])))
        d.t('辅助检查：血常规 WBC %.1f×10^9/L，NEUT%% %.1f%%，HGB %dg/L；空腹血糖 %.1fmmol/L；心电图：窦性心律。\n' % (
            R.uniform(3, 15), R.uniform(40, 90), R.randint(90, 160), R.uniform(4.0, 12.0)))
        d.t('初步诊断：1. %s（%s）\n' % (icd[1], icd[0]))
        d.w('医师签名：', lab(doc.name, PERSON_NAME), '（工号%s）  %s\n' % (doc.empno, t.strftime('%Y-%m-%d %H:%M')))
        if R.random() < 0.5:
            d.w('上级医师审签：', lab(R.choice(DOCTORS).name, PERSON_NAME), '\n')
        d.t('\n')
    return d


def f_rx():
    d = Doc('prescriptions.txt')
    for i in range(22):
        p = person(y0=1940, y1=2020)
        hosp = R.choice(HOSPITALS)
        doc = R.choice(DOCTORS)
        t = rand_dt()
        icd = icd_for(p)
        cat = R.choices(['普通', '急诊', '儿科', '麻醉/精一'], [6, 1, 1, 2])[0]
        d.t('-' * 56 + '\n')
        d.t('%s 处方笺（%s）\n' % (hosp[0], cat))
        d.t('处方编号：RX%s%05d   费别：%s   医保类型：%s\n' % (t.strftime('%Y%m%d'), R.randint(1, 99999), R.choice(['自费', '医保', '公费']), R.choice(['城镇职工', '城乡居民', '无'])))
        d.w('姓名：', lab(p.name, PERSON_NAME), '  性别：%s  年龄：%d岁  门诊号：%s\n' % (sexcn(p), max(p.age, 1), 'MZ%s%05d' % (t.strftime('%Y%m%d'), R.randint(1, 99999))))
        d.t('科别：%s  开具日期：%s\n' % (R.choice(DEPTS), t.strftime('%Y年%m月%d日')))
        d.t('临床诊断：%s  %s\n' % (icd[1], icd[0]))
        if cat == '麻醉/精一':
            d.w('患者身份证号：', lab(p.id, RID), '\n')
            ag = person(reg=p.reg, minority_ok=False)
            d.w('代办人：', lab(ag.name, PERSON_NAME), '  身份证号：', lab(ag.id, RID), '  电话：', lab(fmt_mobile(ag.mobile, 'plain'), PHONE), '\n')
        elif R.random() < 0.3:
            d.w('电话：', lab(fmt_mobile(p.mobile, 'plain'), PHONE), '  地址：', lab(p.addr, ADDR), '\n')
        d.t('Rp.\n')
        drugs = [x for x in DRUGS if ('羟考酮' in x[1]) == (cat == '麻醉/精一')]
        total = 0
        for k, dr in enumerate(R.sample(drugs, min(len(drugs), R.randint(1, 4)))):
            qty = R.randint(1, 3)
            price = R.uniform(5, 120)
            total += qty * price
            d.t('  %d. %s  %s  ×%d盒   Sig: %s   [医保编码 %s]  ¥%.2f\n' % (k + 1, dr[1], dr[2], qty, dr[3], dr[0], qty * price))
        d.w('医师：', lab(doc.name, PERSON_NAME), '（%s）   ' % doc.empno)
        d.w('审核药师：', lab(R.choice(NURSES).name, PERSON_NAME), '   调配：', lab(R.choice(NURSES).name, PERSON_NAME), '\n')
        d.t('金额：¥%.2f    药房：门诊西药房   取药窗口：%d号   电子签名摘要：%s\n' % (total, R.randint(1, 8), sha(str(i))[:32]))
        d.t('医院地址：%s   总机：%s   统一社会信用代码：%s\n\n' % (hosp[1], hosp[2], hosp[3]))
    return d


LABS = [('GLU', '葡萄糖', 'mmol/L', 3.9, 6.1), ('TC', '总胆固醇', 'mmol/L', 2.8, 5.2), ('TG', '甘油三酯', 'mmol/L', 0.56, 1.7),
        ('LDL-C', '低密度脂蛋白胆固醇', 'mmol/L', 0, 3.4), ('ALT', '丙氨酸氨基转移酶', 'U/L', 7, 40), ('AST', '天门冬氨酸氨基转移酶', 'U/L', 13, 35),
        ('CREA', '肌酐', 'μmol/L', 41, 81), ('UA', '尿酸', 'μmol/L', 155, 357), ('HbA1c', '糖化血红蛋白', '%', 4.0, 6.0),
        ('TSH', '促甲状腺激素', 'mIU/L', 0.27, 4.2), ('K', '钾', 'mmol/L', 3.5, 5.3), ('Na', '钠', 'mmol/L', 137, 147)]


def f_lab():
    d = Doc('lab_reports.txt')
    for i in range(20):
        p = person(y0=1940, y1=2015)
        hosp = R.choice(HOSPITALS)
        doc = R.choice(DOCTORS)
        t = rand_dt()
        d.t('%s检验科  检验报告单\n' % hosp[0])
        d.w('姓  名：', lab(p.name, PERSON_NAME), '\t性  别：%s\t年  龄：%d岁\t' % (sexcn(p), max(p.age, 1)))
        if R.random() < 0.4:
            d.w('出生日期：', lab(fmt_dob(p.dob, 'iso'), DOB))
        d.t('\n病历号：%08d\t条码号：%d\t标本类型：%s\n' % (R.randint(1, 99999999), R.randint(10 ** 11, 10 ** 12 - 1), R.choice(['静脉血', '血清', '尿液'])))
        d.w('科  室：%s\t床  号：%s\t送检医生：' % (R.choice(DEPTS), R.choice(['--', str(R.randint(1, 50))])), lab(doc.name, PERSON_NAME), '\n')
        d.t('采集时间：%s\t接收时间：%s\n' % (t.strftime('%Y-%m-%d %H:%M'), (t + dt.timedelta(minutes=R.randint(10, 80))).strftime('%Y-%m-%d %H:%M')))
        d.t('%-6s %-16s %-8s %-4s %-10s %s\n' % ('代号', '项目', '结果', '', '单位', '参考区间'))
        for code, nm, unit, lo, hi in R.sample(LABS, R.randint(5, 9)):
            val = R.uniform(lo * 0.7 if lo else 0.5, hi * 1.3)
            flag = '↑' if val > hi else ('↓' if val < lo else '')
            d.t('%-6s %-16s %-8.2f %-4s %-10s %s-%s\n' % (code, nm, val, flag, unit, lo, hi))
        d.w('检验者：', lab(R.choice(NURSES).name, PERSON_NAME), '   审核者：', lab(R.choice(NURSES).name, PERSON_NAME))
        d.t('   报告时间：%s\n' % (t + dt.timedelta(hours=R.randint(2, 30))).strftime('%Y-%m-%d %H:%M:%S'))
        d.t('仪器：Cobas c702 S/N %s   LIS版本 V5.2.1.%d   本结果仅对本标本负责。咨询电话：%s\n\n' % (
            'CB' + digits(8), R.randint(100, 999), hosp[2]))
    return d


def f_chat():
    d = Doc('consult_chat.jsonl')
    for s in range(16):
        rel = R.choice(['本人', '本人', '父亲', '母亲', '孩子'])
        if rel in ('父亲', '母亲'):
            p = person(sex='M' if rel == '父亲' else 'F', y0=1942, y1=1968)
        elif rel == '孩子':
            p = person(y0=2012, y1=2022, minority_ok=False)
        else:
            p = person(y0=1960, y1=2004)
        doc = R.choice(DOCTORS)
        sid = 'CS%s' % digits(16)
        t0 = rand_dt()
        ip = ip_any()
        uid = 'u_%d' % R.randint(1000000, 99999999)
        ms = int(t0.timestamp() * 1000)
        caller = person(reg=p.reg, minority_ok=False) if rel != '本人' else p
        msgs = []
        msgs.append(('system', ['您已进入%s%s在线问诊，请描述病情。' % (R.choice(HOSPITALS)[0], R.choice(DEPTS))]))
        if rel == '本人':
            msgs.append(('patient', ['医生您好，我叫', lab(p.name, PERSON_NAME), '，%s' % R.choice(['最近一周老是头晕', '咳嗽一个多星期了', '血糖控制不好', '皮肤起红疹很痒'])]))
        else:
            who = {'父亲': '我爸', '母亲': '我妈', '孩子': '我家孩子'}[rel]
            msgs.append(('patient', ['医生好，我是', lab(caller.name, PERSON_NAME), '，帮%s' % who, lab(p.name, PERSON_NAME),
                                     '问诊，出生日期', lab(fmt_dob(p.dob, R.choice(['cn', 'iso', 'cnn'])), DOB), '，%s' % (R.choice(['发烧38.5度两天了', '咳嗽有痰', '湿疹反复']) if rel == '孩子' else R.choice(['最近血压偏高160/95', '腿肿', '夜里胸口闷']))]))
        msgs.append(('doctor', ['您好，我是%s' % doc.title, lab(doc.name, PERSON_NAME), '。请问有没有既往病史？最近吃过什么药？']))
        msgs.append(('patient', [R.choice(['有高血压，吃氨氯地平', '没有', '之前查过甲状腺结节', '糖尿病五年了，吃二甲双胍']), '，上次化验单我拍照发您']))
        msgs.append(('patient', ['[图片] img_%s.jpg' % sha(sid)[:12]]))
        msgs.append(('doctor', ['建议复查血常规和肝肾功能，我先给您开药，需要配送请提供收件人、电话和地址。']))
        v = R.randint(0, 3)
        ph = p.mobile if rel == '本人' else caller.mobile
        if v == 0:
            msgs.append(('patient', ['收件人', lab(caller.name, PERSON_NAME), '，电话', lab(fmt_mobile(ph, R.choice(['plain', 'sp', 'fw'])), PHONE), '，地址', lab(p.addr, ADDR)]))
        elif v == 1:
            msgs.append(('patient', [lab(caller.name, PERSON_NAME), ' ', lab(fmt_mobile(ph, R.choice(['plain', 'dash'])), PHONE), ' ', lab(p.addr, ADDR)]))
        elif v == 2:
            msgs.append(('patient', ['地址：', lab(address(p.reg, compact=True), ADDR), '  手机', lab(fw(ph) if R.random() < 0.5 else ph, PHONE), ' 身份证', lab(p.id, RID), ' 医保要用']))
        else:
            msgs.append(('patient', ['直接寄到我单位吧，%s，电话打我手机' % R.choice(['杭州市西湖区文三路90号东部软件园', '深圳市南山区科苑路15号科兴科学园']),
                                     lab(fmt_mobile(ph, 'plain'), PHONE)]))
        msgs.append(('system', ['处方已开具（处方号RX%s），订单号%s，客服热线400-820-6655。' % (digits(13), digits(19))]))
        msgs.append(('doctor', ['药到了按说明服用，%s天后复诊。' % R.randint(3, 14)]))
        if R.random() < 0.4:
            msgs.append(('patient', ['好的谢谢医生，我手机号', mask_mobile(ph), '是不是你们显示的那个？']))
        for k, (role, parts) in enumerate(msgs):
            ms += R.randint(5000, 600000)
            d.t('{"session_id":"%s","msg_id":"%s","ts":%d,"role":"%s",' % (sid, uuid4().replace('-', '')[:24], ms, role))
            if role == 'patient':
                d.w('"sender_uid":"%s","client_ip":"' % uid, lab(ip, IP), '","content":"')
            elif role == 'doctor':
                d.w('"sender_uid":"doc_%s","content":"' % doc.empno)
            else:
                d.t('"sender_uid":"system","content":"')
            for part in parts:
                if isinstance(part, tuple):
                    assert json.dumps(part[0], ensure_ascii=False)[1:-1] == part[0]
                    d.w(part)
                else:
                    d.t(json.dumps(part, ensure_ascii=False)[1:-1])
            d.t('","app_ver":"%s"}\n' % R.choice(['6.3.2', '6.3.5', '6.4.0']))
    return d


def f_telemetry():
    d = Doc('health_app_telemetry.log')
    users = []
    for i in range(10):
        p = person(y0=1960, y1=2005, minority_ok=False)
        p.uid = R.randint(10000000, 99999999)
        p.imei = imei()
        p.mac = mac()
        p.imsi = imsi()
        p.iccid = iccid()
        p.meid = meid() if R.random() < 0.4 else None
        p.band_sn = 'HB' + ''.join(R.choice('0123456789ABCDEF') for _ in range(12))
        p.ip = ip_any()
        p.token = jwt('u%d' % p.uid)
        users.append(p)
    t = dt.datetime(2024, 5, 18, 6, 0, 0, tzinfo=TZ)
    for i in range(72):
        p = R.choice(users)
        t += dt.timedelta(seconds=R.randint(20, 900), milliseconds=R.randint(0, 999))
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+08:00' % (t.microsecond // 1000)
        kind = R.choices(['sync', 'hr', 'gps', 'bind', 'login', 'json', 'sos', 'err'], [5, 4, 4, 2, 4, 3, 1, 2])[0]
        lat, lng = coords(p.reg)
        trace = digits(16)
        if kind == 'sync':
            d.w('%s INFO  [step-sync] trace=%s uid=%d imei=' % (ts, trace, p.uid), lab(p.imei, IMEI), ' steps=%d kcal=%d dist_m=%d fw=%s app=5.%d.%d ip=' % (
                R.randint(0, 18000), R.randint(0, 700), R.randint(0, 12000), R.choice(['2.3.15', '2.4.0.118', '3.0.1']), R.randint(8, 12), R.randint(0, 9)), lab(p.ip, IP), '\n')
        elif kind == 'hr':
            d.w('%s INFO  [hr-upload] uid=%d band_mac=' % (ts, p.uid), lab(p.mac, MAC), ' band_sn=%s hr=%d spo2=%d stress=%d batt=%d%% seq=%d\n' % (
                p.band_sn, R.randint(52, 150), R.randint(91, 100), R.randint(10, 80), R.randint(5, 100), R.randint(1, 99999)))
        elif kind == 'gps':
            if R.random() < 0.5:
                d.w('%s INFO  [workout] uid=%d type=%s lat=' % (ts, p.uid, R.choice(['run', 'walk', 'ride'])), lab(lat, LOC), ' lng=', lab(lng, LOC),
                    ' acc=%dm speed=%.1f cell=' % (R.randint(3, 50), R.uniform(0, 8)), lab(cgi(), CELL), '\n')
            else:
                d.w('%s INFO  [workout] uid=%d track_point=' % (ts, p.uid), lab('%s,%s' % (lat, lng), LOC) if R.random() < 0.5 else lab('%s,%s' % (lng, lat), LOC),
                    ' coord=%s alt=%.1f hr=%d\n' % (R.choice(['gcj02', 'wgs84', 'bd09']), R.uniform(5, 80), R.randint(80, 170)))
        elif kind == 'bind':
            d.w('%s INFO  [ble-bind] uid=%d phone_mac=' % (ts, p.uid), lab(mac(), MAC), ' band_mac=', lab(p.mac, MAC), ' model=%s rssi=-%d result=OK\n' % (
                R.choice(['Band 8 Pro', 'Watch GT4', 'HealthRing R2']), R.randint(40, 90)))
        elif kind == 'login':
            d.w('%s INFO  [auth] login ok uid=%d account=' % (ts, p.uid), lab(p.mobile, PHONE), ' imsi=', lab(p.imsi, IMSI), ' iccid=', lab(p.iccid, ICCID))
            if p.meid:
                d.w(' meid=', lab(p.meid, MEID))
            d.w(' ip=', lab(p.ip, IP), ' access_token=', lab(p.token, CRED), ' expires_in=7200\n')
        elif kind == 'json':
            d.t('%s DEBUG [upload] payload=' % ts)
            obj = {"uid": p.uid, "device": {"imei": J(p.imei, IMEI), "model": R.choice(['PGT-AN10', 'V2309A', '2211133C']),
                                             "os": "Android 14", "serial": p.band_sn},
                   "loc": {"lat": JN(lat, LOC), "lng": JN(lng, LOC), "cell_id": J(str(R.randint(10000, 268435455)), CELL), "tac": R.randint(1000, 65000)},
                   "hr": [R.randint(60, 100) for _ in range(5)], "ts": int(t.timestamp() * 1000)}
            jdump(d, obj)
            d.t('\n')
        elif kind == 'sos':
            c = person(reg=p.reg, minority_ok=False)
            d.w('%s WARN  [fall-detect] uid=%d hr=%d sos_contact=' % (ts, p.uid, R.randint(110, 170)), lab(c.name, PERSON_NAME), '/', lab(fmt_mobile(c.mobile, 'plain'), PHONE),
                ' location=', lab('%s,%s' % (lat, lng), LOC), ' addr_hint=', lab(p.addr, ADDR), ' sms_sent=true\n')
        else:
            d.t('%s ERROR [sync] trace=%s uid=%d code=E%d msg="upstream timeout" upstream=10.12.%d.%d:8443 retry=%d build=%s\n' % (
                ts, trace, p.uid, R.randint(1000, 9999), R.randint(0, 255), R.randint(1, 254), R.randint(1, 3), sha(ts)[:12]))
    return d


def f_claims():
    d = Doc('insurance_claim_forms.txt')
    for i in range(13):
        hold = person(y0=1960, y1=1995)
        same = R.random() < 0.5
        ins = hold if same else person(y0=1945, y1=2018, reg=hold.reg)
        t = rand_dt()
        d.t('#' * 64 + '\n')
        d.t('%s  个人医疗保险理赔申请书\n' % R.choice(['泰和人寿保险股份有限公司', '安康健康保险股份有限公司', '华盛财产保险股份有限公司']))
        d.t('报案号：BA%s%06d   理赔编号：LP%s   保单号：P%s   客服电话：%s\n' % (
            t.strftime('%Y%m%d'), R.randint(1, 999999), digits(18), digits(14), R.choice(['95519', '95522', '400-888-9888'])))
        d.t('【投保人】\n')
        d.w('姓名：', lab(hold.name, PERSON_NAME), '  性别：%s  出生日期：' % sexcn(hold), lab(fmt_dob(hold.dob, R.choice(['iso', 'cn'])), DOB), '\n')
        r = R.random()
        if r < 0.7:
            d.w('证件类型：居民身份证  证件号码：', lab(hold.id, RID), '\n')
        else:
            d.w('证件类型：护照  证件号码：', lab(passport(), PASS), '\n')
        d.w('手机：', lab(fmt_mobile(hold.mobile, R.choice(['plain', 'plain', 'sp', 'plus'])), PHONE), '  电子邮箱：', lab(hold.email, EMAIL), '\n')
        d.w('通讯地址：', lab(hold.addr, ADDR), '  邮编：%s\n' % hold.reg[6])
        d.t('【被保险人】\n')
        if same:
            d.t('与投保人关系：本人（同投保人）\n')
        else:
            d.w('与投保人关系：%s  姓名：' % R.choice(['配偶', '子女', '父母']), lab(ins.name, PERSON_NAME), '  出生日期：', lab(fmt_dob(ins.dob, 'iso'), DOB), '\n')
            d.w('证件号码：', lab(ins.id, RID), '  联系电话：', lab(fmt_mobile(ins.mobile, 'plain'), PHONE), '\n')
        overseas = R.random() < 0.35
        if overseas:
            d.w('境外就医证件：往来港澳通行证 ', lab(hkmo_permit(), HKMO), '  签注：L  有效期至%d-%02d-%02d\n' % (R.randint(2026, 2033), R.randint(1, 12), R.randint(1, 28)))
        d.t('【出险信息】\n')
        icd = icd_for(ins)
        accident = icd[0] in ('S82.201', 'M51.202') or R.random() < 0.12
        if accident and icd[0] not in ('S82.201', 'M51.202'):
            icd = ('S82.201', '胫骨骨折')
        hname = '香港养和医院' if overseas else R.choice(HOSPITALS)[0]
        d.t('出险日期：%s  就诊医院：%s  诊断：%s（%s）\n' % (t.strftime('%Y-%m-%d'), hname, icd[1], icd[0]))
        if accident:
            d.w('出险经过：被保险人驾驶', lab(plate(), PLATE), '小型轿车途经%s时与前车追尾，致%s，送医治疗。\n' % (R.choice(['中山路口', '绕城高速', '科苑路']), icd[1]))
        else:
            d.t('出险经过：被保险人因%s于%s门诊就诊，后住院治疗%d天。\n' % (icd[1], hname, R.randint(2, 15)))
        d.t('申请金额：%s元  发票张数：%d  住院号：ZY%d%06d\n' % ('{:,.2f}'.format(R.uniform(800, 120000)), R.randint(1, 8), t.year, R.randint(1, 999999)))
        d.t('【领款人/受益人账户】\n')
        ben = hold if R.random() < 0.7 else ins
        card, bank = bank_card()
        d.w('账户名：', lab(ben.name, PERSON_NAME), '  开户行：%s%s支行  ' % (bank, R.choice(['朝阳路', '天河', '西湖', '科技园', '人民南路'])),
            '卡号：', lab(fmt_card(card), CARD), '\n')
        if ben is not hold and R.random() < 0.5:
            d.w('领款人身份证：', lab(ben.id, RID), '\n')
        d.t('授权声明：本人授权贵公司向医疗机构查询、复印被保险人的病历资料。\n')
        d.w('申请人签名：', lab(hold.name, PERSON_NAME), '   日期：%s\n' % (t + dt.timedelta(days=R.randint(1, 30))).strftime('%Y年%m月%d日'))
        d.t('受理机构：%s  统一社会信用代码：%s\n\n' % (R.choice(['北京分公司', '广东分公司', '浙江分公司']), R.choice([mk_uscc('91110000717828315'), mk_uscc('91440300MA5F12345'), mk_uscc('91330000787751234')])))
    return d


def f_notes():
    d = Doc('claim_adjuster_notes.md')
    d.t('# 理赔调查记录（内部）\n\n')
    for i in range(13):
        p = person(y0=1950, y1=2000)
        adj = person(y0=1980, y1=1998, minority_ok=False)
        t = rand_dt()
        hosp = R.choice(HOSPITALS)
        icd = icd_for(p)
        d.t('## 案件 LP%s\n\n' % digits(18))
        d.w('- 调查员：', lab(adj.name, PERSON_NAME), '（工号 A%d）\n' % R.randint(10000, 99999))
        d.w('- %s 电话联系被保险人' % t.strftime('%m-%d %H:%M'), lab(p.name, PERSON_NAME), '（', lab(fmt_mobile(p.mobile, R.choice(['plain', 'sp', 'dash'])), PHONE),
            '），其自述%s，于%s就诊。\n' % (R.choice(['下楼梯时扭伤', '体检发现异常后入院', '夜间突发胸痛', '发热咳嗽一周']), hosp[0]))
        d.t('- 经医院总机 %s 转病案室核实，住院号 ZY%d%06d，出院诊断 %s %s，与申请一致。\n' % (hosp[2], t.year, R.randint(1, 999999), icd[0], icd[1]))
        v = R.randint(0, 4)
        if v == 0:
            sp = person(reg=p.reg, minority_ok=False)
            d.w('- 走访住所 ', lab(p.addr, ADDR), '，其配偶', lab(sp.name, PERSON_NAME), '（', lab(sp.mobile, PHONE), '）在家，提供了既往体检报告。\n')
        elif v == 1:
            d.w('- 查询既往理赔：该客户 2022 年有一笔门诊理赔，身份证 ', lab(p.id, RID), ' 与投保资料一致。\n')
        elif v == 2:
            d.w('- 事故车辆 ', lab(plate(), PLATE), '，交警认定书编号 %s，对方车辆 ' % ('%d%07d' % (R.randint(3301, 4403), R.randint(1, 9999999))),
                lab(plate(), PLATE), '，当事人', lab(person(minority_ok=False).name, PERSON_NAME), '负主要责任。\n')
        elif v == 3:
            d.w('- 出入境记录核查：护照 ', lab(passport(), PASS), '、往来港澳通行证 ', lab(hkmo_permit(), HKMO),
                '，出险前后%d天内无出境记录，排除境外就医。\n' % R.randint(15, 90))
        else:
            d.t('- 被保险人邻居张某反映其平时身体状况良好，手机尾号%s，未发现带病投保迹象。\n' % p.mobile[-4:])
        if R.random() < 0.4:
            card, bank = bank_card()
            d.w('- 核对收款账户 ', lab(fmt_card(card), CARD), '（%s）户名一致。\n' % bank)
        if R.random() < 0.3:
            d.w('- 客户要求邮件寄送结案通知至 ', lab(p.email, EMAIL), '。\n')
        d.t('- 结论：%s，建议赔付 ¥%s。\n\n' % (R.choice(['属保险责任', '部分属于除外责任', '需补充病理报告']), '{:,.2f}'.format(R.uniform(500, 80000))))
    return d


PHARMACIES = [('康民大药房(望京店)', '北京市朝阳区望京街9号', '010-84761234', mk_uscc('91110105MA01ABCD2')),
              ('益丰大药房(天河店)', '广州市天河区体育西路101号', '020-38801234', mk_uscc('91440106MA5CXY123')),
              ('老百姓大药房(文三路店)', '杭州市西湖区文三路398号', '0571-88211234', mk_uscc('91330106MA2B12345'))]


def f_pharmacy():
    d = Doc('pharmacy_delivery_orders.json')
    orders = []
    for i in range(22):
        p = person(y0=1945, y1=2010)
        ph = PHARMACIES[i % 3]
        t = rand_dt()
        rider = person(sex='M', y0=1975, y1=2002, minority_ok=False)
        rec = p if R.random() < 0.7 else person(reg=p.reg, minority_ok=False)
        lat, lng = coords(p.reg)
        items = []
        for dr in R.sample([x for x in DRUGS if '羟考酮' not in x[1]], R.randint(1, 3)):
            items.append({"drug_code": dr[0], "name": dr[1], "spec": dr[2], "qty": R.randint(1, 3), "price": round(R.uniform(6, 150), 2)})
        o = {"order_no": "YD%s%s" % (t.strftime('%Y%m%d%H%M%S'), digits(6)),
             "created_at": int(t.timestamp() * 1000),
             "status": R.choice(["DELIVERED", "DELIVERING", "CANCELLED", "DELIVERED"]),
             "store": {"name": ph[0], "address": ph[1], "tel": ph[2], "uscc": ph[3]},
             "rx": {"rx_no": "RX%s" % digits(13), "hospital": R.choice(HOSPITALS)[0], "doctor": J(R.choice(DOCTORS).name, PERSON_NAME)},
             "patient": {"name": J(p.name, PERSON_NAME),
                         "id_card": (J(p.id, RID) if R.random() < 0.4 else p.id[:3] + '***********' + p.id[-4:]),
                         "mobile": mask_mobile(p.mobile)},
             "receiver": {"name": J(rec.name, PERSON_NAME), "phone": J(fmt_mobile(rec.mobile, R.choice(['plain', 'plain', 'plus'])), PHONE),
                          "address": J(p.addr if R.random() < 0.7 else address(p.reg, compact=True), ADDR),
                          "location": {"lat": JN(lat, LOC), "lng": JN(lng, LOC)} if R.random() < 0.6 else J('%s,%s' % (lng, lat), LOC)},
             "rider": {"name": J(rider.name, PERSON_NAME), "phone": J(rider.mobile, PHONE), "rider_id": "R%d" % R.randint(100000, 999999)},
             "items": items,
             "pay": {"channel": R.choice(["WECHAT", "ALIPAY", "MEDICARE"]), "trade_no": "4200%s" % digits(24),
                     "amount": round(sum(x['price'] * x['qty'] for x in items) + 5, 2)},
             "remark": R.choice(["", "放门口", "到了打电话", "请勿按门铃，孩子睡觉"])}
        orders.append(o)
    jdump(d, {"code": 0, "msg": "ok", "request_id": uuid4(), "data": {"total": len(orders), "list": orders}}, indent=2)
    d.t('\n')
    return d


VACCINES = [('乙肝疫苗(酿酒酵母)', '深圳康泰生物制品股份有限公司', '右上臂三角肌'), ('卡介苗', '上海生物制品研究所有限责任公司', '左上臂三角肌'),
            ('脊灰灭活疫苗(IPV)', '北京科兴生物制品有限公司', '右大腿前外侧'), ('百白破疫苗', '武汉生物制品研究所有限责任公司', '左上臂三角肌'),
            ('麻腮风疫苗', '北京天坛生物制品股份有限公司', '右上臂外侧'), ('乙脑减毒活疫苗', '成都生物制品研究所有限责任公司', '左上臂外侧'),
            ('13价肺炎球菌多糖结合疫苗', '云南沃森生物技术股份有限公司', '右大腿前外侧'), ('四价流感病毒裂解疫苗', '华兰生物疫苗股份有限公司', '左上臂三角肌'),
            ('九价HPV疫苗', '默沙东（中国）投资有限公司', '右上臂三角肌')]


def f_vacc():
    d = Doc('vaccination_records.csv')
    csv_row(d, ['受种者编号', '姓名', '性别', '出生日期', '身份证号', '监护人', '关系', '监护人身份证', '联系电话', '现住址',
                '疫苗名称', '批号', '生产企业', '剂次', '接种日期', '接种部位', '接种单位', '接种护士'], eol='\n')
    for i in range(30):
        adult = R.random() < 0.25
        t = rand_dt()
        code = digits(16)
        while luhn_ok(code):
            code = digits(16)
        if adult:
            p = person(y0=1960, y1=2005, sex='F' if R.random() < 0.6 else None)
            vac = R.choice(VACCINES[7:])
            g = None
        else:
            g = person(y0=1982, y1=1998)
            p = person(y0=2019, y1=2024, reg=g.reg, minority_ok=False)
            p.addr = g.addr
            if g.sex == 'M' and g.py:
                p.name = g.surname + p.given
            if p.dob >= t.date():
                p.dob = t.date() - dt.timedelta(days=R.randint(30, 300))
                p.id = make_id(p.reg[0], p.dob, p.sex)
            vac = R.choice(VACCINES[:7])
        cid = lab(p.id, RID) if (adult or R.random() < 0.6) else ''
        row = [code, lab(p.name, PERSON_NAME), sexcn(p), lab(fmt_dob(p.dob, R.choice(['iso', 'iso', 'slash'])), DOB), cid]
        if g:
            row += [lab(g.name, PERSON_NAME), '父亲' if g.sex == 'M' else '母亲', lab(g.id, RID)]
            phone = g.mobile
        else:
            row += ['', '', '']
            phone = p.mobile
        row += [lab(fmt_mobile(phone, R.choice(['plain', 'plain', 'plain', 'sp'])), PHONE) if R.random() < 0.9 else mask_mobile(phone),
                lab(p.addr, ADDR), vac[0], '%d%s%03d' % (t.year, R.choice(['', 'A', 'B', '-']), R.randint(1, 999)), vac[1],
                '第%d剂' % R.randint(1, 3), t.strftime('%Y-%m-%d'), vac[2], R.choice(['朝阳区疾控中心第三接种门诊', '南山区蛇口社康中心', '西湖区文新街道社区卫生服务中心']),
                lab(R.choice(NURSES).name, PERSON_NAME)]
        csv_row(d, row, eol='\n')
    return d


def f_roster():
    d = Doc('employee_physical_exam_roster.csv')
    csv_row(d, ['工号', '姓名', '性别', '出生日期', '身份证号', '部门', '手机', '企业邮箱', '体检套餐', '体检日期', '体检机构',
                '身高cm', '体重kg', 'BMI', '血压', '空腹血糖', '总检结论', '预约单号'])
    for i in range(34):
        p = person(y0=1965, y1=2001)
        en = '%s%06d' % (R.choice(['', 'E', 'CM']), R.randint(1, 999999))
        email = '%s.%s@corp-telecom.example.cn' % (p.py[1], p.py[0]) if p.py else '%s@corp-telecom.example.cn' % en.lower()
        h = R.uniform(150, 188)
        w = R.uniform(45, 98)
        t = rand_dt(dt.date(2024, 4, 1), dt.date(2024, 6, 30))
        bp = '%d/%d' % (R.randint(100, 160), R.randint(60, 100))
        concl = R.choice(['未见明显异常', '血脂偏高，建议复查', '甲状腺结节（TI-RADS 3类）', '幽门螺杆菌阳性', '脂肪肝（轻度）', '窦性心动过缓'])
        row = [en, lab(p.name, PERSON_NAME), sexcn(p), lab(fmt_dob(p.dob, R.choice(['iso', 'slash', 'compact'])), DOB),
               lab(p.id, RID) if R.random() < 0.9 else p.id[:6] + '********' + p.id[-4:],
               R.choice(['网络运维中心', '市场部', '政企客户部', '信息技术部', '财务部', '客服中心']),
               lab(fmt_mobile(p.mobile, 'plain'), PHONE), lab(email, EMAIL),
               'C套餐(40岁以上)' if p.age >= 40 else ('A套餐(男)' if p.sex == 'M' else 'B套餐(女)'), t.strftime('%Y-%m-%d'), R.choice(['美年大健康(望京分院)', '爱康国宾(天河分院)', '慈铭体检(西湖分院)']),
               '%.1f' % h, '%.1f' % w, '%.1f' % (w / (h / 100) ** 2), bp, '%.2f' % R.uniform(4.0, 8.5), concl, 'TJ%s' % digits(12)]
        csv_row(d, row)
    return d


def f_dicom():
    d = Doc('dicom_headers.txt')

    def el(tag, vr, val, kw, label=None):
        d.w('(%s) %s [' % (tag, vr))
        if isinstance(val, list):
            d.w(*val)
            raw = ''.join(x[0] if isinstance(x, tuple) else x for x in val)
        else:
            d.w(lab(val, label) if label else val)
            raw = val
        pad = max(1, 40 - len(raw.encode('utf-8')))
        d.t(']' + ' ' * pad + '# %3d, 1 %s\n' % (len(raw.encode('utf-8')), kw))

    for i in range(15):
        p = person(y0=1940, y1=2015, minority_ok=False)
        hosp = R.choice(HOSPITALS)
        doc = R.choice(DOCTORS)
        op = R.choice(NURSES)
        t = rand_dt()
        mod = R.choice(['CT', 'MR', 'DX', 'US'])
        root = '1.2.840.113619.2.%d.%d' % (R.randint(100, 999), R.randint(1000000, 9999999))
        d.t('# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n# Used TransferSyntax: Little Endian Explicit\n')
        d.t('(0002,0010) UI =LittleEndianExplicit                     #  20, 1 TransferSyntaxUID\n')
        d.t('(0002,0013) SH [OFFIS_DCMTK_368]                         #  16, 1 ImplementationVersionName\n\n# Dicom-Data-Set\n')
        el('0008,0005', 'CS', 'ISO_IR 192', 'SpecificCharacterSet')
        el('0008,0020', 'DA', t.strftime('%Y%m%d'), 'StudyDate')
        el('0008,0030', 'TM', t.strftime('%H%M%S') + '.000', 'StudyTime')
        el('0008,0050', 'SH', '%s%s%04d' % (mod, t.strftime('%y%m%d'), R.randint(1, 9999)), 'AccessionNumber')
        el('0008,0060', 'CS', mod, 'Modality')
        el('0008,0070', 'LO', R.choice(['GE MEDICAL SYSTEMS', 'SIEMENS', 'United Imaging', 'Philips']), 'Manufacturer')
        el('0008,0080', 'LO', hosp[0], 'InstitutionName')
        el('0008,0081', 'ST', hosp[1], 'InstitutionAddress')
        el('0008,0090', 'PN', [lab('%s^%s' % (doc.py[0].upper(), doc.py[1].upper()), PERSON_NAME)], 'ReferringPhysicianName')
        el('0008,1010', 'SH', '%s%02d' % (mod, R.randint(1, 6)), 'StationName')
        el('0008,1070', 'PN', [lab('%s^%s' % (op.py[0].upper(), op.py[1].upper()), PERSON_NAME)], 'OperatorsName')
        if R.random() < 0.5:
            el('0010,0010', 'PN', [lab('%s^%s' % (p.py[0].upper(), p.py[1].upper()), PERSON_NAME), '=', lab('%s^%s' % (p.surname, p.given), PERSON_NAME)], 'PatientName')
        else:
            el('0010,0010', 'PN', [lab(('%s^%s' % (p.py[0], p.py[1])).upper() if R.random() < 0.7 else '%s %s' % (p.py[0].capitalize(), p.py[1].capitalize()), PERSON_NAME)], 'PatientName')
        if R.random() < 0.3:
            el('0010,0020', 'LO', p.id, 'PatientID', RID)
        else:
            el('0010,0020', 'LO', R.choice(['P', 'CT', '']) + '%08d' % R.randint(1, 99999999), 'PatientID')
            if R.random() < 0.3:
                el('0010,1000', 'LO', p.id, 'OtherPatientIDs', RID)
        el('0010,0030', 'DA', p.dob.strftime('%Y%m%d'), 'PatientBirthDate', DOB)
        el('0010,0040', 'CS', p.sex, 'PatientSex')
        el('0010,1010', 'AS', '%03dY' % max(p.age, 1), 'PatientAge')
        if R.random() < 0.35:
            el('0010,1040', 'LO', p.addr, 'PatientAddress', ADDR)
        if R.random() < 0.35:
            el('0010,2154', 'SH', p.mobile, 'PatientTelephoneNumbers', PHONE)
        el('0018,0015', 'CS', R.choice(['CHEST', 'HEAD', 'ABDOMEN', 'LSPINE']), 'BodyPartExamined')
        el('0018,1000', 'LO', '%s%d' % (R.choice(['', 'SN', 'US']), R.randint(100000, 99999999)), 'DeviceSerialNumber')
        el('0018,1020', 'LO', R.choice(['syngo CT VA40A', 'uMR 780 R004', '4.2.0.1182']), 'SoftwareVersions')
        el('0020,000d', 'UI', '%s.%s' % (root, digits(10)), 'StudyInstanceUID')
        el('0020,000e', 'UI', '%s.%s.%d' % (root, digits(10), R.randint(1, 9)), 'SeriesInstanceUID')
        el('0020,0010', 'SH', str(R.randint(1, 99999)), 'StudyID')
        el('0032,1032', 'PN', [lab('%s^%s' % (doc.surname, doc.given), PERSON_NAME)], 'RequestingPhysician')
        d.t('\n')
    return d


def f_sms():
    d = Doc('appointment_sms.log')
    t = dt.datetime(2024, 5, 10, 7, 30, 0, tzinfo=TZ)
    hosp = HOSPITALS[2]
    for i in range(70):
        p = person(y0=1945, y1=2012)
        t += dt.timedelta(seconds=R.randint(3, 600), milliseconds=R.randint(0, 999))
        ts = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
        doc = R.choice(DOCTORS)
        mid = '%d%s' % (R.randint(1, 9), digits(17))
        to = fmt_mobile(p.mobile, R.choice(['plain', 'plain', 'plus', '86', 'plain']))
        kind = R.choices(['appt', 'remind', 'cancel', 'otp', 'report', 'park', 'pwd'], [5, 4, 2, 3, 2, 2, 2])[0]
        st = R.choice(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])
        d.w('%s|%s|to=' % (ts, mid), lab(to, PHONE), '|tpl=%s|chan=%s|' % (kind.upper(), R.choice(['CMPP', 'SGIP', 'SMGP'])))
        vt = (t + dt.timedelta(days=R.randint(1, 7))).strftime('%m月%d日')
        sig = '【%s】' % hosp[0]
        if kind == 'appt':
            d.w('content=', sig, lab(p.name, PERSON_NAME), '您好，您已成功预约%s%s%s号，就诊序号%d，请于就诊当日出示电子健康卡。' % (
                vt, R.choice(['上午', '下午']), R.choice(DEPTS), R.randint(1, 60)), '医生：', lab(doc.name, PERSON_NAME),
                '。地址：%s。咨询%s' % (hosp[1], hosp[2]))
        elif kind == 'remind':
            d.w('content=', sig, '温馨提示：就诊人', lab(p.name, PERSON_NAME), '明天%s有%s门诊预约，如需取消请提前2小时操作。退订回T' % (
                R.choice(['08:30-09:00', '09:30-10:00', '14:00-14:30']), R.choice(DEPTS)))
        elif kind == 'cancel':
            d.w('content=', sig, '您为', lab(p.name, PERSON_NAME), '（就诊卡号%s）预约的%s号源已取消，费用%.2f元将原路退回。' % (
                '0' + digits(9)[:3] + '****' + digits(2), vt, R.choice([5, 50, 100])))
        elif kind == 'otp':
            d.w('content=', sig, '您的验证码为', lab(digits(6), CRED), '，5分钟内有效，请勿泄露给他人。')
        elif kind == 'report':
            d.w('content=', sig, lab(p.name, PERSON_NAME), '您好，您%s的检验报告已出，可在"健康%s"小程序查看，查询码%s。' % (
                (t - dt.timedelta(days=1)).strftime('%m月%d日'), R.choice(['天河', '广州']), token(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')))
        elif kind == 'park':
            d.w('content=', sig, '您的车辆', lab(plate(), PLATE), '已预约%s院内停车位，请凭车牌入场。' % vt)
        else:
            d.w('content=', sig, '您的互联网医院账号已开通，登录名为本手机号，初始密码', lab(password(), CRED), '，请登录后及时修改。')
        d.t('|status=%s|fee=1|seq=%d\n' % (st, i + 1))
    return d


def main():
    ap = argparse.ArgumentParser(usage='make_corpus.py [--out DIR]')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    gens = [f_registration, f_inpatient, f_hl7, f_fhir, f_emr, f_rx, f_lab, f_chat, f_telemetry,
            f_claims, f_notes, f_pharmacy, f_vacc, f_roster, f_dicom, f_sms]
    for g in gens:
        g().save(a.out)
    with open(os.path.join(a.out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
