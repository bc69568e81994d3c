#!/usr/bin/python3
"""Labelled test corpus: Chinese documents and records about people.

Writes fifteen files of the kind that collect on an operator's or enterprise's
file shares and data lake (court judgments, police incident records, hospital
records, express waybills, e-commerce orders, a hotel register, resumes, bank
statements, insurance policies, an employee roster, SIM real-name registration
forms, a property owner list, rental/parking logs, a WeChat group export and
meeting minutes) together with labels.jsonl.

All data is synthetic: names are drawn from common surnames and given-name
characters, resident ID numbers use real GB/T 2260 region codes with correct
birth dates and check characters, mobiles are valid CN numbers, bank cards pass
Luhn.  Output is deterministic for a given seed.

labels.jsonl holds one JSON object per line:
    {"file": base name, "start": byte, "end": byte (exclusive), "type": TYPE}
Offsets are UTF-8 byte offsets into the file as written.

Label conventions:
  * PHONE_NUMBER as written, with +86/0086/86 prefix and separators; landlines
    with area code as written; an extension written as 转NNN is not included.
  * PERSON_NAME: full names of private people, staff included (doctors, judges,
    clerks, couriers, agents).  Masked names (张某某, 李**), surname + title
    (王先生, 李姐, 张师傅), nicknames and public figures are not labelled.
  * DATE_OF_BIRTH only for birth dates, as written (day or month precision).
  * STREET_ADDRESS: a person's address, from the first place name to the
    room / house number; regions alone and organisations' premises are not
    labelled; a postcode in brackets after the address is not included.
  * CHINA_LICENSE_PLATE as written including the middle dot.
  * BANK_CARD_NUMBER as written including spaces between groups.
  * LOCATION_COORDINATES: the whole "a,b" pair; CELL_ID: the whole
    MCC-MNC-LAC-CI string; CREDENTIAL: the secret value only.
  * Not labelled: masked values, service numbers, order / waybill / policy /
    case / serial numbers, timestamps, amounts, USCCs, admission numbers, ages.

Usage: make_corpus.py [--out DIR] [--seed N]
"""

import argparse
import datetime
import json
import os
import random
import re
import unicodedata

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric

SEED = 20240315
R = random.Random(SEED)

NAME = 'PERSON_NAME'
DOB = 'DATE_OF_BIRTH'
ADDR = 'STREET_ADDRESS'
PHONE = 'PHONE_NUMBER'
EMAIL = 'EMAIL_ADDRESS'
RID = 'CHINA_RESIDENT_ID_NUMBER'
PASS = 'CHINA_PASSPORT'
HKMO = 'HK_MACAU_TRAVEL_PERMIT'
CARD = 'BANK_CARD_NUMBER'
CRED = 'CREDENTIAL'
IMSI = 'IMSI_ID'
IMEI = 'IMEI_HARDWARE_ID'
MEID = 'MEID'
ICCID = 'ICCID_NUMBER'
MAC = 'MAC_ADDRESS'
IP = 'IP_ADDRESS'
GEO = 'LOCATION_COORDINATES'
CELL = 'CELL_ID'
PLATE = 'CHINA_LICENSE_PLATE'


# ---------------------------------------------------------------- document --

class Doc:
    """Text being written, with labels recorded at their byte offsets."""

    def __init__(self, name):
        self.name = name
        self.parts = []
        self.pos = 0
        self.labels = []

    def t(self, *items):
        for x in items:
            if x is None:
                continue
            if isinstance(x, tuple):
                self.l(*x)
            elif isinstance(x, list):
                self.t(*x)
            else:
                self.parts.append(x)
                self.pos += len(x.encode('utf-8'))
        return self

    def l(self, value, typ):
        n = len(value.encode('utf-8'))
        self.labels.append({'file': self.name, 'start': self.pos,
                            'end': self.pos + n, 'type': typ, 'value': value})
        self.parts.append(value)
        self.pos += n
        return self

    def text(self):
        return ''.join(self.parts)


def plain(items):
    if items is None:
        return ''
    if isinstance(items, tuple):
        return items[0]
    if isinstance(items, str):
        return items
    return ''.join(plain(x) for x in items)


def csv_row(doc, fields, sep=',', eol='\n', quote_all=False):
    for i, f in enumerate(fields):
        if i:
            doc.t(sep)
        items = f if isinstance(f, list) else [f]
        p = plain(items)
        need = quote_all or (sep == ',' and any(c in p for c in ',"\n'))
        if need:
            doc.t('"')
            for x in _flat(items):
                if isinstance(x, tuple):
                    assert '"' not in x[0]
                    doc.l(*x)
                else:
                    doc.t(x.replace('"', '""'))
            doc.t('"')
        else:
            doc.t(*items)
    doc.t(eol)


def _flat(items):
    for x in items:
        if x is None:
            continue
        if isinstance(x, list):
            yield from _flat(x)
        else:
            yield x


class Rich(list):
    """A JSON string value made of plain and labelled pieces."""


def jstr(doc, items):
    doc.t('"')
    for x in _flat(items):
        if isinstance(x, tuple):
            esc = json.dumps(x[0], ensure_ascii=False)[1:-1]
            assert esc == x[0], x
            doc.l(*x)
        else:
            doc.t(json.dumps(x, ensure_ascii=False)[1:-1])
    doc.t('"')


def jemit(doc, v, indent=None, level=0, compact=False):
    ksep = ':' if compact else ': '
    isep = ',' if compact else ', '
    if isinstance(v, dict):
        if indent is None:
            doc.t('{')
            for i, (k, val) in enumerate(v.items()):
                if i:
                    doc.t(isep)
                doc.t(json.dumps(k, ensure_ascii=False), ksep)
                jemit(doc, val, None, 0, compact)
            doc.t('}')
        else:
            pad = ' ' * (indent * (level + 1))
            doc.t('{\n')
            items = list(v.items())
            for i, (k, val) in enumerate(items):
                doc.t(pad, json.dumps(k, ensure_ascii=False), ': ')
                jemit(doc, val, indent, level + 1)
                doc.t(',\n' if i < len(items) - 1 else '\n')
            doc.t(' ' * (indent * level), '}')
    elif isinstance(v, tuple) or isinstance(v, Rich):
        jstr(doc, [v] if isinstance(v, tuple) else v)
    elif isinstance(v, list):
        if indent is None or not v:
            doc.t('[')
            for i, x in enumerate(v):
                if i:
                    doc.t(isep)
                jemit(doc, x, None, 0, compact)
            doc.t(']')
        else:
            pad = ' ' * (indent * (level + 1))
            doc.t('[\n')
            for i, x in enumerate(v):
                doc.t(pad)
                jemit(doc, x, indent, level + 1)
                doc.t(',\n' if i < len(v) - 1 else '\n')
            doc.t(' ' * (indent * level), ']')
    elif isinstance(v, str):
        doc.t(json.dumps(v, ensure_ascii=False))
    else:
        doc.t(json.dumps(v))


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def padr(items, width):
    """Items padded on the right to a display width (fixed-width exports)."""
    p = plain(items)
    return [items, ' ' * max(1, width - dwidth(p))]


def padl(s, width):
    return ' ' * max(0, width - dwidth(s)) + s


# ---------------------------------------------------------------- tables ----

SURNAMES = [
    ('王', 'wang', 60), ('李', 'li', 60), ('张', 'zhang', 58), ('刘', 'liu', 45),
    ('陈', 'chen', 42), ('杨', 'yang', 30), ('黄', 'huang', 28), ('赵', 'zhao', 25),
    ('吴', 'wu', 23), ('周', 'zhou', 23), ('徐', 'xu', 18), ('孙', 'sun', 17),
    ('马', 'ma', 16), ('朱', 'zhu', 15), ('胡', 'hu', 15), ('郭', 'guo', 14),
    ('何', 'he', 13), ('高', 'gao', 12), ('林', 'lin', 12), ('罗', 'luo', 11),
    ('郑', 'zheng', 11), ('梁', 'liang', 10), ('谢', 'xie', 9), ('宋', 'song', 8),
    ('唐', 'tang', 8), ('许', 'xu', 7), ('韩', 'han', 7), ('冯', 'feng', 7),
    ('邓', 'deng', 7), ('曹', 'cao', 7), ('彭', 'peng', 6), ('曾', 'zeng', 6),
    ('肖', 'xiao', 6), ('田', 'tian', 5), ('董', 'dong', 5), ('袁', 'yuan', 5),
    ('潘', 'pan', 5), ('于', 'yu', 5), ('蒋', 'jiang', 5), ('蔡', 'cai', 5),
    ('余', 'yu', 5), ('杜', 'du', 5), ('叶', 'ye', 5), ('程', 'cheng', 5),
    ('苏', 'su', 4), ('魏', 'wei', 4), ('吕', 'lv', 4), ('丁', 'ding', 4),
    ('任', 'ren', 4), ('沈', 'shen', 4), ('姚', 'yao', 4), ('卢', 'lu', 4),
    ('姜', 'jiang', 4), ('崔', 'cui', 4), ('钟', 'zhong', 4), ('谭', 'tan', 4),
    ('陆', 'lu', 3), ('汪', 'wang', 3), ('范', 'fan', 3), ('金', 'jin', 3),
    ('石', 'shi', 3), ('廖', 'liao', 3), ('贾', 'jia', 3), ('夏', 'xia', 3),
    ('韦', 'wei', 3), ('付', 'fu', 3), ('方', 'fang', 3), ('白', 'bai', 3),
    ('邹', 'zou', 3), ('孟', 'meng', 3), ('熊', 'xiong', 3), ('秦', 'qin', 3),
    ('邱', 'qiu', 3), ('江', 'jiang', 3), ('尹', 'yin', 3), ('薛', 'xue', 3),
    ('闫', 'yan', 2), ('段', 'duan', 2), ('雷', 'lei', 2), ('侯', 'hou', 2),
    ('龙', 'long', 2), ('史', 'shi', 2), ('陶', 'tao', 2), ('黎', 'li', 2),
    ('贺', 'he', 2), ('顾', 'gu', 2), ('毛', 'mao', 2), ('郝', 'hao', 2),
    ('龚', 'gong', 2), ('邵', 'shao', 2), ('万', 'wan', 2), ('钱', 'qian', 2),
    ('严', 'yan', 2), ('覃', 'qin', 2), ('武', 'wu', 2), ('戴', 'dai', 2),
    ('莫', 'mo', 2), ('孔', 'kong', 2), ('向', 'xiang', 2), ('汤', 'tang', 2),
    ('欧阳', 'ouyang', 1), ('司马', 'sima', 1), ('上官', 'shangguan', 1),
    ('诸葛', 'zhuge', 1), ('皇甫', 'huangfu', 1),
]

MALE_CHARS = dict(x.split(':') for x in (
    '伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 明:ming 超:chao '
    '刚:gang 平:ping 辉:hui 鹏:peng 华:hua 飞:fei 鑫:xin 波:bo 斌:bin 宇:yu '
    '浩:hao 凯:kai 健:jian 俊:jun 帆:fan 帅:shuai 旭:xu 宁:ning 龙:long 林:lin '
    '国:guo 建:jian 志:zhi 文:wen 海:hai 峰:feng 东:dong 亮:liang 成:cheng 永:yong '
    '晨:chen 晓:xiao 子:zi 博:bo 鸿:hong 泽:ze 瑞:rui 天:tian 锦:jin 振:zhen '
    '德:de 兴:xing 宏:hong 荣:rong 春:chun 庆:qing 毅:yi 彬:bin 铭:ming 睿:rui '
    '轩:xuan 昊:hao 然:ran 哲:zhe 思:si 远:yuan 立:li 胜:sheng 祥:xiang 福:fu '
    '贵:gui 良:liang 坤:kun 军:jun 卫:wei 红:hong 光:guang 开:kai 一:yi 宸:chen').split())
FEMALE_CHARS = dict(x.split(':') for x in (
    '芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 玲:ling '
    '桂:gui 英:ying 秀:xiu 兰:lan 萍:ping 红:hong 梅:mei 琳:lin 婷:ting 雪:xue '
    '慧:hui 颖:ying 倩:qian 琴:qin 云:yun 洁:jie 莉:li 欣:xin 悦:yue 怡:yi '
    '佳:jia 晶:jing 彤:tong 蕾:lei 璐:lu 露:lu 思:si 梦:meng 雨:yu 涵:han '
    '萱:xuan 诗:shi 瑶:yao 凤:feng 华:hua 珍:zhen 玉:yu 春:chun 晓:xiao 月:yue '
    '丹:dan 冰:bing 秋:qiu 琪:qi 晴:qing 妍:yan 淑:shu 芬:fen 素:su 美:mei').split())
PINYIN = {}
for _s, _p, _w in SURNAMES:
    PINYIN[_s] = _p
PINYIN.update(MALE_CHARS)
PINYIN.update(FEMALE_CHARS)
OLD_MALE = ['建国', '建华', '国庆', '建军', '志刚', '德福', '永胜', '卫东', '红兵', '国平',
            '建平', '春生', '金龙', '德明', '志强', '振华', '国华', '永红']
OLD_FEMALE = ['秀英', '桂英', '淑芬', '玉兰', '秀兰', '桂兰', '玉珍', '凤英', '素珍', '秀珍',
              '春梅', '美华', '红梅', '淑华', '丽华', '桂芳']
for _g in OLD_MALE + OLD_FEMALE:
    for _c in _g:
        PINYIN.setdefault(_c, {'德': 'de', '金': 'jin', '卫': 'wei', '兵': 'bing',
                               '生': 'sheng', '素': 'su', '淑': 'shu'}.get(_c, _c))

USED_NAMES = []
BAD_NAMES = set()   # filled from collision checks (kept deterministic)


def gen_name(sex, year=1985):
    while True:
        r = R.random() * sum(w for _, _, w in SURNAMES)
        for s, _, w in SURNAMES:
            r -= w
            if r <= 0:
                break
        if year < 1968 and R.random() < 0.5:
            given = R.choice(OLD_MALE if sex == '男' else OLD_FEMALE)
        else:
            pool = list(MALE_CHARS if sex == '男' else FEMALE_CHARS)
            if R.random() < 0.28:
                given = R.choice(pool)
            else:
                a = R.choice(pool)
                b = a if (sex == '女' and R.random() < 0.06) else R.choice(pool)
                given = a + b
        name = s + given
        if name in BAD_NAMES:
            continue
        if len(name) == 2 and s + given in ('高新', '江东', '方明', '万科', '金华',
                                             '武昌', '石林', '林海'):
            continue
        USED_NAMES.append(name)
        return name


def pinyin(name):
    for s, p, _ in SURNAMES:
        if name.startswith(s) and len(s) == 2:
            return p, [PINYIN[c] for c in name[2:]]
    return PINYIN[name[0]], [PINYIN[c] for c in name[1:]]


def masked_name(name=None):
    if name is None:
        name = gen_name(R.choice('男女'))
    s = name[:2] if name[:2] in ('欧阳', '司马', '上官', '诸葛', '皇甫') else name[0]
    return R.choice([s + '某某', s + '某', s + '**', s + '*' + name[-1], s + '某甲'])


# region code, province, city, district (current display name), area code,
# plate prefix, court prefix, lat, lng, postcode
REGIONS = [
    ('110105', '北京市', '', '朝阳区', '010', '京A', '京', 39.921, 116.443, '100020'),
    ('110108', '北京市', '', '海淀区', '010', '京N', '京', 39.959, 116.298, '100080'),
    ('110106', '北京市', '', '丰台区', '010', '京E', '京', 39.858, 116.287, '100071'),
    ('110114', '北京市', '', '昌平区', '010', '京Q', '京', 40.220, 116.231, '102200'),
    ('120104', '天津市', '', '南开区', '022', '津A', '津', 39.138, 117.150, '300100'),
    ('310104', '上海市', '', '徐汇区', '021', '沪A', '沪', 31.188, 121.437, '200030'),
    ('310115', '上海市', '', '浦东新区', '021', '沪B', '沪', 31.221, 121.544, '200120'),
    ('310112', '上海市', '', '闵行区', '021', '沪C', '沪', 31.113, 121.382, '201100'),
    ('320102', '江苏省', '南京市', '玄武区', '025', '苏A', '苏', 32.048, 118.797, '210018'),
    ('320506', '江苏省', '苏州市', '吴中区', '0512', '苏E', '苏', 31.262, 120.632, '215100'),
    ('320211', '江苏省', '无锡市', '滨湖区', '0510', '苏B', '苏', 31.527, 120.283, '214000'),
    ('330106', '浙江省', '杭州市', '西湖区', '0571', '浙A', '浙', 30.259, 120.130, '310012'),
    ('330212', '浙江省', '宁波市', '鄞州区', '0574', '浙B', '浙', 29.817, 121.547, '315100'),
    ('330302', '浙江省', '温州市', '鹿城区', '0577', '浙C', '浙', 28.015, 120.655, '325000'),
    ('340104', '安徽省', '合肥市', '蜀山区', '0551', '皖A', '皖', 31.851, 117.260, '230031'),
    ('350203', '福建省', '厦门市', '思明区', '0592', '闽D', '闽', 24.445, 118.082, '361001'),
    ('350102', '福建省', '福州市', '鼓楼区', '0591', '闽A', '闽', 26.082, 119.290, '350001'),
    ('360102', '江西省', '南昌市', '东湖区', '0791', '赣A', '赣', 28.685, 115.899, '330006'),
    ('370102', '山东省', '济南市', '历下区', '0531', '鲁A', '鲁', 36.666, 117.076, '250014'),
    ('370212', '山东省', '青岛市', '崂山区', '0532', '鲁B', '鲁', 36.107, 120.468, '266100'),
    ('371302', '山东省', '临沂市', '兰山区', '0539', '鲁Q', '鲁', 35.051, 118.347, '276000'),
    ('410105', '河南省', '郑州市', '金水区', '0371', '豫A', '豫', 34.800, 113.660, '450000'),
    ('411302', '河南省', '南阳市', '宛城区', '0377', '豫R', '豫', 32.994, 112.539, '473000'),
    ('420106', '湖北省', '武汉市', '武昌区', '027', '鄂A', '鄂', 30.553, 114.316, '430060'),
    ('420111', '湖北省', '武汉市', '洪山区', '027', '鄂A', '鄂', 30.500, 114.344, '430070'),
    ('430104', '湖南省', '长沙市', '岳麓区', '0731', '湘A', '湘', 28.235, 112.931, '410006'),
    ('430102', '湖南省', '长沙市', '芙蓉区', '0731', '湘A', '湘', 28.193, 113.032, '410011'),
    ('430602', '湖南省', '岳阳市', '岳阳楼区', '0730', '湘F', '湘', 29.366, 113.129, '414000'),
    ('440106', '广东省', '广州市', '天河区', '020', '粤A', '粤', 23.125, 113.361, '510630'),
    ('440305', '广东省', '深圳市', '南山区', '0755', '粤B', '粤', 22.531, 113.930, '518052'),
    ('440304', '广东省', '深圳市', '福田区', '0755', '粤B', '粤', 22.521, 114.055, '518048'),
    ('450103', '广西壮族自治区', '南宁市', '青秀区', '0771', '桂A', '桂', 22.785, 108.494, '530022'),
    ('500103', '重庆市', '', '渝中区', '023', '渝A', '渝', 29.553, 106.569, '400010'),
    ('500112', '重庆市', '', '渝北区', '023', '渝B', '渝', 29.718, 106.631, '401120'),
    ('510107', '四川省', '成都市', '武侯区', '028', '川A', '川', 30.642, 104.043, '610041'),
    ('510104', '四川省', '成都市', '锦江区', '028', '川A', '川', 30.598, 104.117, '610021'),
    ('511302', '四川省', '南充市', '顺庆区', '0817', '川R', '川', 30.796, 106.092, '637000'),
    ('520102', '贵州省', '贵阳市', '南明区', '0851', '贵A', '黔', 26.567, 106.714, '550001'),
    ('530102', '云南省', '昆明市', '五华区', '0871', '云A', '云', 25.043, 102.707, '650021'),
    ('610113', '陕西省', '西安市', '雁塔区', '029', '陕A', '陕', 34.213, 108.948, '710061'),
    ('620102', '甘肃省', '兰州市', '城关区', '0931', '甘A', '甘', 36.057, 103.825, '730030'),
    ('130104', '河北省', '石家庄市', '桥西区', '0311', '冀A', '冀', 38.004, 114.461, '050091'),
    ('140105', '山西省', '太原市', '小店区', '0351', '晋A', '晋', 37.736, 112.565, '030032'),
    ('210102', '辽宁省', '沈阳市', '和平区', '024', '辽A', '辽', 41.789, 123.420, '110001'),
    ('210202', '辽宁省', '大连市', '中山区', '0411', '辽B', '辽', 38.918, 121.644, '116001'),
    ('220102', '吉林省', '长春市', '南关区', '0431', '吉A', '吉', 43.864, 125.350, '130022'),
    ('230103', '黑龙江省', '哈尔滨市', '南岗区', '0451', '黑A', '黑', 45.760, 126.669, '150001'),
    ('150102', '内蒙古自治区', '呼和浩特市', '新城区', '0471', '蒙A', '内', 40.858, 111.665, '010050'),
    ('460106', '海南省', '海口市', '龙华区', '0898', '琼A', '琼', 20.031, 110.328, '570105'),
    ('640104', '宁夏回族自治区', '银川市', '兴庆区', '0951', '宁A', '宁', 38.474, 106.288, '750001'),
    ('650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '0991', '新A', '新', 43.794, 87.631, '830002'),
]
# rural counties (birth places / household registration); code, province, city, county
COUNTIES = [
    ('430521', '湖南省', '邵阳市', '邵东县'), ('371321', '山东省', '临沂市', '沂南县'),
    ('411321', '河南省', '南阳市', '南召县'), ('341221', '安徽省', '阜阳市', '临泉县'),
    ('510922', '四川省', '遂宁市', '射洪县'), ('430581', '湖南省', '邵阳市', '武冈市'),
    ('421182', '湖北省', '黄冈市', '武穴市'), ('340822', '安徽省', '安庆市', '怀宁县'),
    ('522422', '贵州省', '毕节市', '大方县'), ('130682', '河北省', '保定市', '定州市'),
    ('320321', '江苏省', '徐州市', '丰县'),
]
TOWNS = ['黄土岭镇', '双凤乡', '石桥镇', '新塘镇', '白沙镇', '杨桥镇', '高桥镇', '马田镇',
         '龙泉镇', '太平镇', '大同镇', '长乐镇', '青山镇', '花桥镇', '界岭乡', '团结乡']
VILLAGES = ['新桥村', '石门村', '东风村', '青山村', '柳树村', '大湾村', '红星村', '油坊村',
            '枣园村', '塘坊村', '沙坪村', '梨树村', '双河村', '桃源村', '松林村']
ROADS = ['人民', '解放', '中山', '建设', '文化', '新华', '胜利', '长江', '黄河', '东风',
         '五一', '八一', '青年', '光明', '学府', '科技', '工业', '滨江', '湖滨', '南湖',
         '迎宾', '育才', '幸福', '紫荆', '桂花', '枫林', '银杏', '梧桐', '望江', '体育',
         '环城', '健康', '振兴', '劳动', '文昌', '金星', '芙蓉', '桐梓坡', '韶山', '延安']
ESTATES = ['阳光花园', '金色家园', '翠湖苑', '锦绣华庭', '碧水蓝天', '幸福里', '万科城',
           '恒大名都', '保利香槟国际', '中海国际社区', '龙湖春江郦城', '绿地新都会',
           '融创玖樘府', '世纪花园', '丽景湾', '紫薇苑', '华润二十四城', '和平小区',
           '铁路新村', '电力宿舍', '师大家属区', '滨江豪园', '凯旋门', '香樟园', '枫丹丽舍',
           '湘江世纪城', '金地自在城', '城南雅居', '橡树湾', '新城国际', '水岸名都']
SUBDISTRICTS = ['东风街道', '新华街道', '城南街道', '望月湖街道', '朝阳街道', '兴隆街道',
                '文华街道', '南湖街道', '湖滨街道', '光明街道']
ETHNIC = ['汉'] * 60 + ['回', '土家', '苗', '壮', '满', '蒙古']

MOBILE_PREFIXES = (['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'] * 3 +
                   ['150', '151', '152', '153', '155', '156', '157', '158', '159'] * 2 +
                   ['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'] * 2 +
                   ['173', '176', '177', '178', '199', '198', '191', '166', '147', '175',
                    '195', '193', '190', '197', '196', '192', '145', '167'])

BANKS = [  # bin, length, bank name, short
    ('622848', 19, '中国农业银行', '农行'), ('623052', 19, '中国农业银行', '农行'),
    ('622202', 19, '中国工商银行', '工行'), ('621226', 19, '中国工商银行', '工行'),
    ('621700', 19, '中国建设银行', '建行'), ('622700', 19, '中国建设银行', '建行'),
    ('436742', 19, '中国建设银行', '建行'), ('621661', 19, '中国银行', '中行'),
    ('621785', 19, '中国银行', '中行'), ('622588', 16, '招商银行', '招行'),
    ('621485', 16, '招商银行', '招行'), ('622260', 19, '交通银行', '交行'),
    ('621799', 19, '中国邮政储蓄银行', '邮储'), ('622908', 18, '兴业银行', '兴业'),
    ('621483', 16, '招商银行', '招行'), ('623668', 19, '中国建设银行', '建行'),
    ('625809', 16, '中国农业银行', '农行信用卡'), ('438088', 16, '广发银行', '广发信用卡'),
    ('622155', 16, '平安银行', '平安'), ('621462', 19, '长沙银行', '长沙银行'),
]

PROV_ABBR = {'北京市': '京', '天津市': '津', '上海市': '沪', '重庆市': '渝'}


def region_by(code):
    for r in REGIONS:
        if r[0] == code:
            return r
    raise KeyError(code)


def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        'cn': f'{y}年{m}月{dd}日', 'cn0': f'{y}年{m:02d}月{dd:02d}日',
        'iso': f'{y}-{m:02d}-{dd:02d}', 'slash': f'{y}/{m}/{dd}',
        'slash0': f'{y}/{m:02d}/{dd:02d}', 'dot': f'{y}.{m:02d}.{dd:02d}',
        'compact': f'{y}{m:02d}{dd:02d}', 'ym_dot': f'{y}.{m:02d}',
        'ym_cn': f'{y}年{m}月', 'ym_dash': f'{y}-{m:02d}', 'dot1': f'{y}.{m}.{dd}',
    }[style]


CN_DIGITS = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n] if n else '〇'
    if n < 20:
        return '十' + (CN_DIGITS[n % 10] if n % 10 else '')
    return CN_DIGITS[n // 10] + '十' + (CN_DIGITS[n % 10] if n % 10 else '')


def cn_date(d):
    return ''.join(CN_DIGITS[int(c)] for c in str(d.year)) + '年' + cn_num(d.month) + '月' + cn_num(d.day) + '日'


def ts(d=None, y=2024, m=None):
    if d is None:
        d = datetime.date(y, m or R.randint(1, 3), R.randint(1, 28))
    return f'{d.isoformat()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}'


# ------------------------------------------------------------- identifiers --

def id_checksum(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w)) % 11
    return '10X98765432'[s]


def make_id(code, dob, sex):
    while True:
        seq = R.randint(0, 999)
        if (seq % 2 == 1) == (sex == '男'):
            break
    body = f'{code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}'
    num = body + id_checksum(body)
    assert ric.calc_check_digit(body + '0') == num[-1]
    if code[:2] not in ('81', '82'):
        assert ric.is_valid(num), num
    return num


def make_id15(code, dob, sex):
    while True:
        seq = R.randint(0, 999)
        if (seq % 2 == 1) == (sex == '男'):
            return f'{code}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}'


def mask_id(num):
    k = R.choice([(4, 4), (6, 4), (3, 4), (1, 1), (6, 3)])
    return num[:k[0]] + '*' * (18 - k[0] - k[1]) + num[-k[1]:]


def valid_mobile(num):
    p = phonenumbers.parse(num, 'CN')
    return phonenumbers.is_valid_number(p) and \
        phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE


def gen_mobile():
    while True:
        n = R.choice(MOBILE_PREFIXES) + ''.join(R.choice('0123456789') for _ in range(8))
        if valid_mobile(n):
            return n


def fmt_mobile(n, style=None):
    if style is None:
        style = R.choices(['plain', 'sp', 'dash', '+86sp', '+86', '+86-', '0086', '0086sp', '86-'],
                          [70, 8, 7, 4, 3, 2, 2, 1, 3])[0]
    return {
        'plain': n, 'sp': f'{n[:3]} {n[3:7]} {n[7:]}', 'dash': f'{n[:3]}-{n[3:7]}-{n[7:]}',
        '+86sp': f'+86 {n[:3]} {n[3:7]} {n[7:]}', '+86': '+86' + n, '+86-': '+86-' + n,
        '0086': '0086' + n, '0086sp': '0086 ' + n, '86-': '86-' + n, '86': '86' + n,
    }[style]


def mask_mobile(n):
    return R.choice([n[:3] + '****' + n[7:], n[:3] + '*****' + n[8:], '*******' + n[7:],
                     n[:3] + 'xxxx' + n[7:]])


def gen_landline(region):
    area = region[4]
    while True:
        ln = 8 if len(area) == 3 or R.random() < 0.85 else 7
        sub = R.choice('2345678') + ''.join(R.choice('0123456789') for _ in range(ln - 1))
        p = phonenumbers.parse(area + sub, 'CN')
        if phonenumbers.is_valid_number(p) and \
                phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.FIXED_LINE:
            return area, sub


def fmt_landline(area, sub, style=None):
    style = style or R.choices(['dash', 'paren', 'plain', 'sp', 'paren_sp'], [60, 15, 10, 10, 5])[0]
    return {'dash': f'{area}-{sub}', 'paren': f'({area}){sub}', 'plain': area + sub,
            'sp': f'{area} {sub[:4]} {sub[4:]}', 'paren_sp': f'（{area}）{sub}'}[style]


def gen_card(bank=None):
    b = bank or R.choice(BANKS)
    body = b[0] + ''.join(R.choice('0123456789') for _ in range(b[1] - 7))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num, b


def fmt_card(num, style=None):
    style = style or R.choices(['plain', 'sp4', 'sp6'], [70, 25, 5])[0]
    if style == 'plain':
        return num
    if style == 'sp4':
        return ' '.join(num[i:i + 4] for i in range(0, len(num), 4))
    return num[:6] + ' ' + num[6:]


def mask_card(num):
    return R.choice([num[:4] + ' **** **** ' + num[-4:], num[:6] + '*' * (len(num) - 10) + num[-4:],
                     '尾号' + num[-4:], '**** **** **** ' + num[-4:]])


def not_card_like(digits):
    return not (digits.startswith('62') and 16 <= len(digits) <= 19 and luhn.is_valid(digits))


def rand_digits(n, first='123456789'):
    return R.choice(first) + ''.join(R.choice('0123456789') for _ in range(n - 1))


def neg_digits(n, first='123456789'):
    """A digit string that is neither a valid resident ID nor card-like nor a mobile."""
    while True:
        s = rand_digits(n, first)
        if n == 18 and ric.is_valid(s):
            continue
        if n == 11 and valid_mobile(s):
            continue
        if not not_card_like(s):
            continue
        return s


LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def gen_passport():
    k = R.random()
    if k < 0.6:
        return 'E' + rand_digits(8, '0123456789')
    if k < 0.9:
        return 'E' + R.choice(LETTERS) + rand_digits(7, '0123456789')
    return 'G' + rand_digits(8, '0123456789')


def gen_eep():
    """Exit-Entry Permit for Travelling to and from Hong Kong and Macao."""
    k = R.random()
    if k < 0.7:
        return 'C' + rand_digits(8, '0123456789')
    return 'C' + R.choice(LETTERS) + rand_digits(7, '0123456789')


def gen_home_return():
    return R.choice('HM') + rand_digits(8, '0123456789') + (rand_digits(2, '0123456789') if R.random() < 0.3 else '')


def gen_plate(region=None, nev=None):
    region = region or R.choice(REGIONS)
    pre = region[5]
    if nev is None:
        nev = R.random() < 0.25
    if nev:
        if R.random() < 0.85:
            tail = R.choice('DF') + R.choice(LETTERS + '0123456789') + rand_digits(4, '0123456789')
        else:
            tail = rand_digits(5, '0123456789') + R.choice('DF')
    else:
        while True:
            tail = ''.join(R.choice('0123456789' * 3 + LETTERS) for _ in range(5))
            if sum(c.isalpha() for c in tail) <= 2:
                break
    return pre, tail


def fmt_plate(p, style=None):
    style = style or R.choices(['dot', 'plain', 'sp'], [45, 50, 5])[0]
    return {'dot': p[0] + '·' + p[1], 'plain': p[0] + p[1], 'sp': p[0] + ' ' + p[1]}[style]


def gen_imei(tac=None):
    tac = tac or R.choice(['86891204', '86753603', '35391110', '86412505', '86069605',
                           '35684610', '86981504', '86220705', '86574303', '35328411'])
    body = tac + rand_digits(6, '0123456789')
    return body + luhn.calc_check_digit(body)


def gen_meid():
    return 'A0000' + ''.join(R.choice('0123456789ABCDEF') for _ in range(9))


OPERATORS = {
    '中国移动': (['00', '02', '07', '08'], '00'),
    '中国联通': (['01', '06', '09'], '01'),
    '中国电信': (['03', '11'], '03'),
}


def gen_imsi(op):
    return '460' + R.choice(OPERATORS[op][0]) + rand_digits(10, '0123456789')


def gen_iccid(op):
    body = '8986' + OPERATORS[op][1] + rand_digits(13, '0123456789')
    return body + luhn.calc_check_digit(body)


def gen_mac(style=None):
    oui = R.choice(['00:E0:FC', '64:09:80', '3C:F8:62', 'F4:8E:92', '8C:34:FD', 'AC:BC:32',
                    '28:6C:07', '50:8F:4C', '98:2C:BC', '04:D4:C4'])
    mac = oui + ':' + ':'.join(f'{R.randint(0, 255):02X}' for _ in range(3))
    style = style or R.choice(['colon', 'colon', 'lower', 'dash'])
    if style == 'lower':
        return mac.lower()
    if style == 'dash':
        return mac.replace(':', '-')
    return mac


def gen_ip():
    first = R.choice([36, 39, 58, 59, 60, 61, 101, 106, 110, 112, 113, 114, 115, 116, 117,
                      119, 120, 121, 122, 123, 124, 125, 171, 175, 180, 182, 183, 218, 219,
                      220, 221, 222, 223])
    return f'{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}'


def gen_geo(region, order=None):
    lat = region[7] + R.uniform(-0.06, 0.06)
    lng = region[8] + R.uniform(-0.06, 0.06)
    order = order or R.choice(['latlng', 'lnglat'])
    sep = R.choice([',', ',', ', '])
    if order == 'latlng':
        return f'{lat:.6f}{sep}{lng:.6f}'
    return f'{lng:.6f}{sep}{lat:.6f}'


def gen_cgi(op):
    return f'460-{OPERATORS[op][1]}-{R.randint(10000, 65000)}-{R.randint(1000, 65000)}'


def gen_uscc(region):
    while True:
        org = ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        s = sum(alpha.index(c) * x for c, x in zip(org, w))
        c9 = 11 - s % 11
        c9 = 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
        body = '91' + region[0] + org + c9
        from stdnum.cn import uscc
        num = body + uscc.calc_check_digit(body + '0')
        if uscc.is_valid(num):
            return num


def gen_email(name, dob=None):
    s, g = pinyin(name)
    yy = f'{dob.year % 100:02d}' if dob else str(R.randint(80, 99))
    dom = R.choice(['163.com', '163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com',
                    'hotmail.com', 'outlook.com', 'yeah.net', 'gmail.com', '139.com', 'sohu.com'])
    ini = s[0] + ''.join(x[0] for x in g)
    k = R.randint(0, 7)
    if k == 0:
        return f'{R.randint(10000000, 2999999999)}@qq.com'
    if k == 1:
        return f'{s}{"".join(g)}{yy}@{dom}'
    if k == 2:
        return f'{ini}{R.randint(100, 9999)}@{dom}'
    if k == 3:
        return f'{"".join(g)}.{s}@{dom}'
    if k == 4:
        return f'{s}_{"".join(g)}@{dom}'
    if k == 5:
        return f'{ini}{yy}{dob.month if dob else R.randint(1, 12):02d}@{dom}'
    if k == 6:
        return f'{"".join(g)}{s}{R.randint(1, 999)}@{dom}'
    return f'{s}.{"".join(g)}@{dom}'


def corp_email(name, domain):
    s, g = pinyin(name)
    return R.choice([f'{s}{"".join(g)}@{domain}', f'{s}.{"".join(g)}@{domain}',
                     f'{"".join(g)}.{s}@{domain}', f'{s[0]}{"".join(x[0] for x in g)}@{domain}'])


def gen_address(region=None, kind=None, with_prov=None, spaced=False):
    region = region or R.choice(REGIONS)
    code, prov, city, dist = region[:4]
    kind = kind or R.choices(['estate', 'street', 'yuan', 'short'], [60, 20, 12, 8])[0]
    if with_prov is None:
        with_prov = R.random() < 0.6
    parts = []
    if city == '':
        parts.append(prov if (with_prov or R.random() < 0.85) else prov[:-1])
    else:
        if with_prov:
            parts.append(prov)
        parts.append(city)
    parts.append(dist)
    if R.random() < 0.18:
        parts.append(R.choice(SUBDISTRICTS))
    road = R.choice(ROADS)
    road += R.choice(['路', '路', '路', '大道', '街', '东路', '西路', '南路', '北路', '中路'])
    if R.random() < 0.1:
        road += R.choice(['一段', '二段', '三段', '四段'])
    num = f'{R.randint(1, 699)}号'
    if kind == 'estate':
        bld = R.choice([
            f'{R.randint(1, 30)}栋{R.randint(1, 4)}单元{R.randint(1, 33)}{R.randint(1, 4):02d}室',
            f'{R.randint(1, 30)}栋{R.randint(1, 33)}{R.randint(1, 8):02d}',
            f'{R.randint(1, 20)}号楼{R.randint(1, 6)}单元{R.randint(1, 18)}{R.randint(1, 4):02d}',
            f'{R.choice("ABCDEFG")}座{R.randint(1, 32)}{R.randint(1, 12):02d}室',
            f'{R.randint(1, 40)}幢{R.randint(1, 26)}{R.randint(1, 6):02d}室',
            f'{R.randint(1, 20)}-{R.randint(1, 4)}-{R.randint(1, 30)}{R.randint(1, 4):02d}',
        ])
        tail = [road + num, R.choice(ESTATES), bld] if R.random() < 0.7 else [R.choice(ESTATES), bld]
    elif kind == 'street':
        tail = [road + num]
    elif kind == 'yuan':
        tail = [road + f'{R.randint(1, 300)}号院', f'{R.randint(1, 20)}号楼{R.randint(1, 4)}门{R.randint(1, 6)}0{R.randint(1, 4)}']
    else:
        tail = [road + num, f'{R.randint(1, 30)}栋{R.randint(1, 30)}0{R.randint(1, 4)}']
    parts += tail
    if spaced:
        head = parts[:3] if city else parts[:2]
        rest = parts[len(head):]
        return ' '.join(head) + ' ' + ''.join(rest)
    return ''.join(parts)


def gen_rural_address(county=None, with_prov=True):
    county = county or R.choice(COUNTIES)
    s = (county[1] if with_prov else '') + county[2] + county[3]
    return s + R.choice(TOWNS) + R.choice(VILLAGES) + R.choice([f'{R.randint(1, 12)}组{R.randint(1, 99)}号',
                                                                 f'{R.randint(1, 200)}号'])


class Person:
    def __init__(self, sex=None, born=(1955, 2002), home=None, birth=None, rural=None):
        self.sex = sex or R.choice('男女')
        self.dob = rand_date(*born)
        self.name = gen_name(self.sex, self.dob.year)
        self.home = home or R.choice(REGIONS)
        if rural is None:
            rural = R.random() < 0.35
        if birth is None:
            if rural:
                birth = R.choice(COUNTIES)
            else:
                birth = self.home if R.random() < 0.6 else R.choice(REGIONS)
        self.birth = birth
        self.id = make_id(birth[0], self.dob, self.sex)
        self.idw = self.id[:-1] + 'x' if (self.id[-1] == 'X' and R.random() < 0.3) else self.id
        self.hukou_addr = gen_rural_address(birth) if len(birth) == 4 else gen_address(birth)
        self.addr = gen_address(self.home)
        self.mobile = gen_mobile()
        self.email = gen_email(self.name, self.dob)
        self.card, self.bank = gen_card()
        self.ethnic = R.choice(ETHNIC)

    def phone(self, style=None):
        return fmt_mobile(self.mobile, style)

    def age(self, at=datetime.date(2024, 3, 15)):
        return at.year - self.dob.year - ((at.month, at.day) < (self.dob.month, self.dob.day))


def N(p):
    return (p.name if isinstance(p, Person) else p, NAME)


def company_name(region):
    city = region[2] or region[1][:-1]
    return city + R.choice(['华信', '恒通', '众联', '鑫达', '远景', '新航', '博睿', '汇丰源', '天成',
                            '嘉禾', '中科创', '蓝海']) + R.choice(['科技', '商贸', '物流', '建筑工程',
                                                                   '餐饮管理', '信息技术', '电子商务']) + '有限公司'


# ----------------------------------------------------------------- files ----

def f_judgments():
    d = Doc('judgments_2023.txt')
    crimes = ['theft', 'fraud', 'dui', 'card', 'theft', 'fraud']
    civil = ['loan', 'traffic', 'divorce', 'loan', 'traffic']
    docs = crimes[:4] + civil[:3] + ['masked', 'exec', 'masked_civil']
    R.shuffle(docs)
    for i, kind in enumerate(docs):
        if i:
            d.t('\n', '=' * 60, '\n\n')
        reg = R.choice(REGIONS)
        court = (reg[2] or reg[1]) + reg[3] + '人民法院'
        year = R.choice([2022, 2023, 2023])
        cno = lambda t: f'（{year}）{reg[6]}{reg[0][2:]}{t}{R.randint(100, 9999)}号'
        if kind in ('theft', 'fraud', 'dui', 'card'):
            _criminal(d, kind, reg, court, year, cno('刑初'))
        elif kind in ('loan', 'traffic', 'divorce'):
            _civil(d, kind, reg, court, year, cno('民初'))
        elif kind == 'exec':
            _exec(d, reg, court, year, cno('执'))
        elif kind == 'masked':
            _masked_criminal(d, reg, court, year, cno('刑初'))
        else:
            _masked_civil(d, reg, court, year, cno('民初'))
    return d


def _party_intro(d, p, role, fmt='cn', with_id=True, addr_word='住', phone=False, hukou=True):
    d.t(role, N(p), '，', p.sex, '，', (fmt_date(p.dob, fmt), DOB), '出生，', p.ethnic, '族，')
    if hukou and R.random() < 0.6:
        d.t('户籍所在地', (p.hukou_addr, ADDR), '，现住', (p.addr, ADDR), '。')
    else:
        d.t(addr_word, (p.addr, ADDR), '。')
    if with_id:
        d.t(R.choice(['公民身份号码', '身份证号码', '身份证号：']), (p.idw, RID), '。')
    if phone:
        d.t('联系电话：', (p.phone(), PHONE), '。')
    d.t('\n')


def _footer(d, year, judge_n=1):
    d.t('\n')
    if judge_n == 1:
        d.t('审判员　　', N(gen_name(R.choice('男女'))), '\n\n')
    else:
        d.t('审判长　　', N(gen_name(R.choice('男女'))), '\n审判员　　', N(gen_name(R.choice('男女'))),
            '\n人民陪审员　', N(gen_name(R.choice('男女'))), '\n\n')
    d.t(cn_date(datetime.date(year, R.randint(7, 12), R.randint(1, 28))), '\n\n')
    if R.random() < 0.5:
        d.t('法官助理　', N(gen_name(R.choice('男女'))), '\n')
    d.t('书记员　　', N(gen_name(R.choice('男女'))), '\n')


def _criminal(d, kind, reg, court, year, cno):
    p = Person(born=(1968, 2001), home=reg)
    crime = {'theft': '盗窃罪', 'fraud': '诈骗罪', 'dui': '危险驾驶罪', 'card': '帮助信息网络犯罪活动罪'}[kind]
    d.t(court, '\n刑 事 判 决 书\n', cno, '\n\n')
    d.t('公诉机关', (reg[2] or reg[1]), reg[3], '人民检察院。\n\n')
    det = rand_date(year - 1, year - 1)
    d.t('被告人', N(p), '，', p.sex, '，', (fmt_date(p.dob, R.choice(['cn', 'cn', 'cn0'])), DOB), '出生，',
        p.ethnic, '族，', R.choice(['初中', '高中', '小学', '大专', '中专']), '文化，',
        R.choice(['无业', '务工', '个体经营', '农民', '司机']), '，户籍所在地', (p.hukou_addr, ADDR), '，')
    if R.random() < 0.7:
        d.t('现住', (p.addr, ADDR), '，')
    d.t('公民身份号码', (p.idw, RID), '。')
    if R.random() < 0.4:
        d.t(f'{det.year - R.randint(3, 8)}年{det.month}月因犯盗窃罪被判处有期徒刑六个月，已刑满释放。')
    d.t(f'因涉嫌犯{crime}于{fmt_date(det, "cn")}被{reg[2] or reg[1]}公安局{reg[3]}分局刑事拘留，'
        f'同年{min(det.month + 1, 12)}月{R.randint(1, 28)}日被逮捕。现羁押于{reg[2] or reg[1]}{reg[3]}看守所。\n')
    lawyer = gen_name(R.choice('男女'))
    firm = (reg[2] or reg[1])[:-1] + R.choice(['金州', '天地和', '弘一', '启元', '融信', '君合正']) + '律师事务所'
    d.t('辩护人', N(lawyer), '，', firm, '律师。\n\n')
    d.t(f'{reg[2] or reg[1]}{reg[3]}人民检察院以{reg[6]}{reg[3][:2]}检刑诉〔{year}〕{R.randint(10, 999)}号起诉书指控被告人',
        N(p), f'犯{crime}，于{fmt_date(datetime.date(year, R.randint(1, 6), R.randint(1, 28)), "cn")}向本院提起公诉。本院依法适用简易程序，实行独任审判，'
        '公开开庭审理了本案。', reg[3], '人民检察院指派检察员', N(gen_name(R.choice('男女'))), '出庭支持公诉，被告人',
        N(p), '及其辩护人', N(lawyer), '到庭参加诉讼。现已审理终结。\n\n')
    d.t('经审理查明：\n')
    when = rand_date(year - 1, year - 1)
    victim = masked_name()
    if kind == 'theft':
        imei = gen_imei()
        d.t(f'{fmt_date(when, "cn")}凌晨，被告人', N(p), '在', reg[3], R.choice(ROADS), '路一小区地下车库内，'
            f'窃取被害人{victim}放置在电动车储物箱内的手机一部（品牌华为，IMEI：', (imei, IMEI),
            f'），经鉴定价值人民币{R.randint(1200, 5800)}元。次日，被告人', N(p), '将该手机以人民币',
            f'{R.randint(300, 900)}元的价格销赃给收购二手手机的', N(gen_name('男')), '（另案处理）。\n')
        d.t(f'{fmt_date(when + datetime.timedelta(days=R.randint(3, 30)), "cn")}，被告人', N(p),
            '在其住处被公安民警抓获，到案后如实供述了上述犯罪事实。\n\n')
    elif kind == 'fraud':
        acc = Person(born=(1975, 2000))
        cardv = fmt_card(acc.card)
        d.t(f'{fmt_date(when, "cn")}，被告人', N(p), '使用手机号码', (p.phone('plain'), PHONE),
            f'冒充电商平台客服，以“商品质量问题需办理退款”为由联系被害人{victim}，诱骗其通过手机银行向户名为',
            N(acc), '的', acc.bank[2], '账户（卡号', (cardv, CARD), f'）转账人民币{R.randint(8, 98)},{R.randint(100, 999)}.00元。'
            '该账户系被告人', N(p), '以每张人民币', f'{R.randint(3, 8)}00元的价格向', N(acc), '收购所得。被告人',
            N(p), '收到款项后即通过ATM取现挥霍。\n')
        d.t('另查明，被告人', N(p), '作案时使用的QQ账号登录IP为', (gen_ip(), IP), '，归属地为', reg[2] or reg[1], '。\n\n')
    elif kind == 'dui':
        pl = gen_plate(reg)
        d.t(f'{fmt_date(when, "cn")}22时许，被告人', N(p), '酒后驾驶车牌号为', (fmt_plate(pl), PLATE),
            '的小型轿车行驶至', reg[3], R.choice(ROADS), '路与', R.choice(ROADS), '路交叉口时，被执勤民警查获。经鉴定，被告人',
            N(p), f'血液中乙醇含量为{R.randint(81, 260)}.{R.randint(0, 9)}mg/100ml。\n')
        d.t('案发后，被告人', N(p), '的妻子', N(gen_name('女')), '代其缴纳罚金保证金人民币',
            f'{R.randint(3, 10)},000元。\n\n')
    else:
        n_cards = R.randint(2, 4)
        d.t(f'{year - 1}年{R.randint(1, 6)}月至{R.randint(7, 12)}月间，被告人', N(p),
            '明知他人利用信息网络实施犯罪，仍将其本人名下的银行卡出售给上家使用，具体为：')
        for k in range(n_cards):
            cn_, b = gen_card()
            d.t(f'{"①②③④"[k]}{b[2]}卡（卡号', (fmt_card(cn_), CARD), '）')
            d.t('；' if k < n_cards - 1 else '。')
        d.t('经查，上述银行卡共计接收电信诈骗资金人民币', f'{R.randint(12, 89)}万余元，其中被害人', victim,
            f'被骗{R.randint(2, 30)},000元。被告人', N(p), f'从中获利人民币{R.randint(2, 9)},000元。\n')
        d.t('上家联系方式为微信号wx_', f'{R.randint(100000, 999999)}，手机号', (fmt_mobile(gen_mobile(), 'plain'), PHONE),
            '，联系人自称“阿强”。\n\n')
    if kind == 'dui':
        d.t('上述事实，被告人', N(p), '在开庭审理过程中亦无异议，且有呼气酒精含量检测单、血液酒精含量检验鉴定书、'
            '执法记录仪视频、被告人的机动车驾驶证及供述等证据证实，足以认定。\n\n')
    else:
        d.t('上述事实，被告人', N(p), '在开庭审理过程中亦无异议，且有受案登记表、立案决定书、被害人', victim,
            '的陈述、证人', masked_name(), '的证言、扣押清单、银行交易明细、被告人的户籍证明及供述等证据证实，足以认定。\n\n')
    d.t('本院认为，被告人', N(p), f'的行为已构成{crime}。公诉机关指控的罪名成立。被告人', N(p),
        '到案后如实供述自己的罪行，依法可以从轻处罚。依照《中华人民共和国刑法》', {'theft': '第二百六十四条', 'fraud': '第二百六十六条', 'dui': '第一百三十三条之一', 'card': '第二百八十七条之二'}[kind], '、第六十七条第三款之规定，判决如下：\n\n')
    d.t('被告人', N(p), f'犯{crime}，判处{"拘役" if kind == "dui" else "有期徒刑"}{cn_num(R.randint(1, 6) if kind == "dui" else R.randint(6, 11))}个月，并处罚金人民币{R.randint(2, 20)},000元。\n'
        f'（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自{fmt_date(det, "cn")}起至'
        f'{fmt_date(det + datetime.timedelta(days=R.randint(90, 330)), "cn")}止。罚金于本判决生效后十日内缴纳。）\n\n')
    d.t(f'如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向{reg[2] or reg[1]}中级人民法院提出上诉。\n')
    _footer(d, year)


def _civil(d, kind, reg, court, year, cno):
    title = {'loan': '民间借贷纠纷', 'traffic': '机动车交通事故责任纠纷', 'divorce': '离婚纠纷'}[kind]
    d.t(court, '\n民 事 判 决 书\n', cno, '\n\n')
    sex_a = R.choice('男女')
    a = Person(sex=sex_a, born=(1960, 1995), home=reg)
    b = Person(sex=('女' if sex_a == '男' else '男') if kind == 'divorce' else None, born=(1960, 1998), home=reg)
    _party_intro(d, a, '原告：', R.choice(['cn', 'cn', 'cn0']), phone=R.random() < 0.4)
    lawyer = gen_name(R.choice('男女'))
    d.t('委托诉讼代理人：', N(lawyer), '，', (reg[2] or reg[1])[:-1], R.choice(['湘军', '众诚', '明和', '瀚海']),
        '律师事务所律师。\n')
    _party_intro(d, b, '被告：', R.choice(['cn', 'cn0']), phone=R.random() < 0.3)
    ins = None
    if kind == 'traffic':
        ins = '中国' + R.choice(['人民财产保险', '平安财产保险', '太平洋财产保险']) + f'股份有限公司{(reg[2] or reg[1])[:-1]}分公司'
        d.t('被告：', ins, '，住所地', (reg[2] or reg[1]), reg[3], R.choice(ROADS), '路', f'{R.randint(1, 300)}号',
            R.choice(['金融大厦', '国际广场', '财富中心']), f'{R.randint(5, 30)}楼。统一社会信用代码{gen_uscc(reg)}。\n'
            '负责人：', N(gen_name('男')), '，该公司总经理。\n')
    d.t('\n原告', N(a), '与被告', N(b), f'{"、" + ins if ins else ""}{title}一案，本院于{fmt_date(datetime.date(year, R.randint(1, 6), R.randint(1, 28)), "cn")}立案后，'
        '依法适用简易程序，公开开庭进行了审理。原告', N(a), '及其委托诉讼代理人', N(lawyer), '到庭参加诉讼，被告', N(b),
        R.choice(['到庭参加诉讼', '经本院传票传唤无正当理由拒不到庭参加诉讼']), '。本案现已审理终结。\n\n')
    if kind == 'loan':
        amt = R.randint(2, 50) * 10000
        d.t('原告', N(a), '向本院提出诉讼请求：1.判令被告偿还借款本金', f'{amt:,}元及利息；2.本案诉讼费由被告承担。'
            '事实与理由：', f'{fmt_date(rand_date(year - 2, year - 2), "cn")}，被告', N(b), '因资金周转需要向原告借款',
            f'{amt:,}元，原告通过其{a.bank[2]}账户（卡号', (fmt_card(a.card), CARD), '）转账至被告名下账户（卡号',
            (fmt_card(b.card), CARD), '），被告出具借条一张，约定月利率1%。后经原告多次催要，被告仅于',
            f'{fmt_date(rand_date(year - 1, year - 1), "cn")}通过微信（绑定手机', (b.phone('plain'), PHONE), '）还款',
            f'{R.randint(1, 9)},000元，余款至今未还。\n\n')
        d.t('被告', N(b), '辩称，借款属实，但其中部分款项系原告', N(a), '的丈夫' if a.sex == '女' else '的妻子',
            N(gen_name('男' if a.sex == '女' else '女')), '经手，已现金归还。\n\n')
    elif kind == 'traffic':
        pl_a, pl_b = fmt_plate(gen_plate(reg)), fmt_plate(gen_plate(reg))
        d.t('经审理查明：', f'{fmt_date(rand_date(year - 1, year - 1), "cn")}8时许，被告', N(b), '驾驶',
            (pl_b, PLATE), '号小型普通客车，沿', reg[3], R.choice(ROADS), '路由东往西行驶至', R.choice(ROADS),
            '路口时，与原告', N(a), '驾驶的', (pl_a, PLATE), '号电动自行车相撞，致原告受伤、两车受损。经',
            (reg[2] or reg[1]), '公安局交通警察支队认定，被告', N(b), '负事故全部责任。', (pl_b, PLATE),
            '号车在被告', ins, '投保了交强险及商业三者险（保单号', f'PDZA{year - 1}{reg[0][:4]}{rand_digits(10, "0123456789")}',
            '），事故发生在保险期间内。\n')
        d.t('原告受伤后被送往', (reg[2] or reg[1]), '第一人民医院治疗，住院', f'{R.randint(5, 40)}天，花去医疗费',
            f'{R.randint(10, 99)},{R.randint(100, 999)}.{R.randint(10, 99)}元。住院期间由其女儿', N(gen_name('女')),
            '护理。\n\n')
    else:
        kid = Person(born=(2008, 2019), home=reg)
        father = a if a.sex == '男' else b
        fs = father.name[:2] if father.name[:2] in ('欧阳', '司马', '上官', '诸葛', '皇甫') else father.name[0]
        ks = kid.name[:2] if kid.name[:2] in ('欧阳', '司马', '上官', '诸葛', '皇甫') else kid.name[0]
        kid.name = fs + kid.name[len(ks):]
        d.t('原告', N(a), '诉称：原、被告于', fmt_date(rand_date(2005, 2012), 'cn'), '登记结婚，', '婚后育有', '一子' if kid.sex == '男' else '一女',
            N(kid), '，', (fmt_date(kid.dob, 'cn'), DOB), '出生，公民身份号码', (kid.id, RID),
            '。婚后因性格不合，双方经常争吵，自', f'{year - 2}年起分居至今，夫妻感情确已破裂。\n')
        d.t('双方共有房产一套，位于', (gen_address(reg, 'estate'), ADDR), '，登记在被告', N(b), '名下；', '共有车辆一辆，车牌号',
            (fmt_plate(gen_plate(reg)), PLATE), '。\n\n')
    d.t('本院认为，', {'loan': '合法的借贷关系受法律保护。', 'traffic': '公民的生命健康权受法律保护。',
                    'divorce': '婚姻关系的存续应以夫妻感情为基础。'}[kind],
        '依照《中华人民共和国民法典》相关规定，判决如下：\n')
    if kind == 'divorce':
        d.t('一、准予原告', N(a), '与被告', N(b), '离婚；\n二、婚生', '子' if kid.sex == '男' else '女', N(kid), '由原告',
            N(a), f'抚养，被告', N(b), f'每月支付抚养费{R.randint(8, 30)}00元至其年满十八周岁止。\n')
    else:
        d.t('一、被告', N(b), '于本判决生效之日起十日内', '偿还原告' if kind == 'loan' else '赔偿原告', N(a),
            f'人民币{R.randint(5, 300):,}{R.choice(["00", "50", "80"])}元；\n二、驳回原告', N(a), '的其他诉讼请求。\n')
    d.t(f'案件受理费{R.randint(50, 3000)}元，减半收取，由被告负担。\n')
    _footer(d, year, judge_n=R.choice([1, 3]))


def _exec(d, reg, court, year, cno):
    p = Person(born=(1965, 1995), home=reg)
    appl = gen_uscc(reg)
    d.t(court, '\n执 行 裁 定 书\n', cno, '\n\n')
    d.t('申请执行人：', company_name(reg), '，住所地', (reg[2] or reg[1]), reg[3], R.choice(ROADS), '路',
        f'{R.randint(1, 500)}号，统一社会信用代码{appl}。\n')
    d.t('法定代表人：', N(gen_name(R.choice('男女'))), '，总经理。\n')
    d.t('被执行人：', N(p), '，', p.sex, '，', (fmt_date(p.dob, 'cn'), DOB), '出生，', p.ethnic, '族，住',
        (p.addr, ADDR), '，公民身份号码', (p.idw, RID), '。\n\n')
    d.t('本院在执行申请执行人与被执行人', N(p), '买卖合同纠纷一案中，因被执行人未按执行通知书指定的期间履行生效法律文书确定的义务，'
        '依照《中华人民共和国民事诉讼法》第二百四十九条规定，裁定如下：\n')
    banks = R.randint(2, 3)
    for k in range(banks):
        c, b = gen_card()
        d.t(f'{cn_num(k + 1)}、冻结被执行人', N(p), f'在{b[2]}的存款账户（账号', (fmt_card(c, 'plain'), CARD),
            f'）内的存款人民币{R.randint(10, 90)},{R.randint(100, 999)}元，冻结期限为一年；\n')
    d.t(f'{cn_num(banks + 1)}、查封被执行人', N(p), '名下位于', (gen_address(reg, 'estate'), ADDR), '的房产一套；\n')
    d.t(f'{cn_num(banks + 2)}、查封被执行人', N(p), '名下车牌号为', (fmt_plate(gen_plate(reg)), PLATE), '的小型轿车一辆。\n')
    d.t('本裁定立即执行。\n')
    _footer(d, year)


def _masked_criminal(d, reg, court, year, cno):
    p = Person(born=(1970, 2000), home=reg)
    m = masked_name(p.name)
    d.t(court, '\n刑 事 判 决 书\n', cno, '\n\n公诉机关', (reg[2] or reg[1]), reg[3], '人民检察院。\n\n')
    d.t('被告人', m, '，', p.sex, '，', (fmt_date(p.dob, 'cn'), DOB), '出生，', p.ethnic, '族，',
        R.choice(['初中', '高中']), '文化，户籍所在地', p.birth[1] + (p.birth[2] if len(p.birth) > 4 else p.birth[2]), '，住',
        (reg[2] or reg[1]), reg[3], '。因涉嫌犯盗窃罪于', fmt_date(rand_date(year - 1, year - 1), 'cn'),
        '被刑事拘留，现羁押于', (reg[2] or reg[1]), reg[3], '看守所。\n')
    lawyer = gen_name(R.choice('男女'))
    d.t('辩护人', N(lawyer), '，', (reg[2] or reg[1])[:-1], '法律援助中心指派律师。\n\n')
    d.t('经审理查明：', fmt_date(rand_date(year - 1, year - 1), 'cn'), '，被告人', m, '在', reg[3], '某小区内盗窃被害人',
        masked_name(), '的电动自行车一辆（车牌号', reg[5][0], '·', '*****', '），经鉴定价值人民币', f'{R.randint(800, 3000)}元。'
        '被害人', masked_name(), '（身份证号', mask_id(Person().id), '，手机号', mask_mobile(gen_mobile()),
        '）报警后，民警于次日将被告人抓获。\n\n')
    d.t('判决如下：被告人', m, '犯盗窃罪，判处拘役', cn_num(R.randint(2, 6)), '个月，并处罚金人民币', f'{R.randint(1, 5)},000元。\n')
    _footer(d, year)


def _masked_civil(d, reg, court, year, cno):
    d.t(court, '\n民 事 判 决 书\n', cno, '\n\n')
    a, b = Person(home=reg), Person(home=reg)
    ma, mb = masked_name(a.name), masked_name(b.name)
    d.t('原告：', ma, '，', a.sex, '，', (fmt_date(a.dob, 'cn'), DOB), '出生，', a.ethnic, '族，住',
        (reg[2] or reg[1]), reg[3], '。\n')
    d.t('被告：', mb, '，', b.sex, '，', (fmt_date(b.dob, 'cn'), DOB), '出生，', b.ethnic, '族，住',
        (reg[2] or reg[1]), reg[3], '。\n')
    d.t('被告：', (reg[2] or reg[1]), '某某物业服务有限公司，住所地', (reg[2] or reg[1]), reg[3], '。\n')
    d.t('法定代表人：', masked_name(), '，该公司执行董事。\n\n')
    d.t('原告', ma, '向本院提出诉讼请求：判令二被告赔偿财产损失', f'{R.randint(3, 30)},{R.randint(100, 999)}元。'
        '事实与理由：原告系', (reg[2] or reg[1]), reg[3], '某小区', f'{R.randint(1, 20)}栋', '住户，', fmt_date(rand_date(year - 1, year - 1), 'cn'),
        '，楼上住户即被告', mb, '家中水管破裂，导致原告房屋受损。原告于同日拨打物业服务电话',
        f'{reg[4]}-{"8" * 1}{rand_digits(3, "0123456789")}****', '报修，物业人员', masked_name(), '到场后未及时处理。\n\n')
    d.t('本院认为，……判决如下：被告', mb, '于本判决生效之日起十日内赔偿原告', ma,
        f'财产损失{R.randint(2, 20)},{R.randint(100, 999)}元。\n')
    _footer(d, year)


def f_police():
    d = Doc('jiejing_110_2024Q1.jsonl')
    kinds = ['纠纷', '盗窃', '诈骗', '交通事故', '求助', '噪音扰民', '家庭纠纷', '可疑情况']
    for i in range(30):
        reg = R.choice(REGIONS[:31]) if R.random() < 0.5 else region_by(R.choice(['430104', '430102']))
        p = Person(home=reg, born=(1950, 2004))
        kind = R.choice(kinds)
        t0 = datetime.datetime(2024, R.randint(1, 3), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        rec = {}
        rec['接警编号'] = f'J{reg[0]}{t0:%Y%m%d}{R.randint(1, 999):04d}'
        rec['报警时间'] = t0.strftime('%Y-%m-%d %H:%M:%S')
        rec['报警方式'] = R.choice(['110电话', '110电话', '12110短信', '网上报警', '来所报警'])
        rec['报警人'] = N(p) if R.random() < 0.92 else masked_name(p.name)
        rec['性别'] = p.sex
        rec['联系电话'] = (p.phone(R.choice(['plain', 'plain', 'plain', '+86', 'dash'])), PHONE)
        rec['证件号码'] = (p.idw, RID) if R.random() < 0.6 else ''
        home = R.random() < 0.5
        rec['报警人住址'] = (p.addr, ADDR) if R.random() < 0.7 else ''
        if home or kind in ('家庭纠纷', '噪音扰民'):
            rec['事发地点'] = (p.addr, ADDR) if rec['报警人住址'] == '' or R.random() < 0.5 else Rich([reg[3], R.choice(ESTATES), '小区门口'])
        else:
            rec['事发地点'] = R.choice([
                Rich([reg[3], R.choice(ROADS), '路与', R.choice(ROADS), '路交叉口']),
                Rich([reg[3], R.choice(['万达广场', '步步高广场', '王府井百货', '大润发超市']), R.choice(['3楼', '负一楼停车场', '东门'])]),
                Rich([(reg[2] or reg[1]), '地铁', str(R.randint(1, 6)), '号线', R.choice(ROADS), '路站B出口']),
            ])
        rec['经纬度'] = (gen_geo(reg), GEO) if R.random() < 0.75 else ''
        desc = Rich()
        who = (N(p) if isinstance(rec['报警人'], tuple) else masked_name(p.name))
        if kind == '盗窃':
            imei = gen_imei()
            if R.random() < 0.3:
                desc += ['报警人', who, '称其电信手机在', reg[3], R.choice(['菜市场', '公交车上', '医院门诊大厅']), '被盗，手机MEID:',
                         (gen_meid(), MEID), '，现手机关机。']
            else:
                desc += ['报警人', who, '称其停放在楼下的电动车被盗；另其手机（IMEI:', (imei, IMEI), '）一并丢失，现手机关机。']
            if R.random() < 0.5:
                op = R.choice(list(OPERATORS))
                desc += ['经查，该手机最后登网基站CGI ', (gen_cgi(op), CELL), '。']
        elif kind == '诈骗':
            c, b = gen_card()
            desc += ['报警人', who, '称接到自称“公检法”人员电话（', (fmt_mobile(gen_mobile(), R.choice(['+86', 'plain', '0086'])), PHONE),
                     '），被要求将资金转入“安全账户”，户名', N(gen_name(R.choice('男女'))), '，账号', (fmt_card(c), CARD),
                     f'，共转账{R.randint(1, 20)}笔计人民币{R.randint(2, 60)},{R.randint(100, 999)}元。对方还套取了其网银登录密码',
                     (R.choice(['Aa', 'Lx', 'zh', 'Qq', 'wx']) + R.choice(['@', '#', '_', '']) + rand_digits(6, '0123456789'), CRED),
                     '。对方QQ登录IP：', (gen_ip(), IP), '。']
        elif kind == '交通事故':
            other = Person(home=reg)
            desc += ['报警人', who, '驾驶', (fmt_plate(gen_plate(reg)), PLATE), '与', N(other), '驾驶的',
                     (fmt_plate(gen_plate(reg)), PLATE), '发生刮擦，无人员受伤，双方对责任有争议。对方电话',
                     (other.phone(), PHONE), '。']
        elif kind == '求助':
            old = Person(born=(1935, 1950), home=reg)
            desc += ['报警人', who, '称其', R.choice(['父亲', '爷爷'] if old.sex == '男' else ['母亲', '奶奶']), N(old), '（', (fmt_date(old.dob, 'cn'), DOB),
                     '出生，患有阿尔茨海默病）于今日上午', f'{R.randint(7, 11)}时许从家中（', (old.addr, ADDR), '）走失，',
                     '身穿深色外套，未带手机。']
        elif kind in ('纠纷', '家庭纠纷'):
            other = gen_name(R.choice('男女'))
            desc += ['报警人', who, '称与', R.choice(['邻居', '丈夫', '妻子', '前夫', '租客', '房东']), N(other),
                     '发生口角并有推搡，要求民警到场处理。', '对方电话' if R.random() < 0.5 else '',
                     (fmt_mobile(gen_mobile()), PHONE) if R.random() < 0.5 else '']
        elif kind == '噪音扰民':
            desc += ['报警人', who, '称楼上', f'{R.randint(2, 30)}0{R.randint(1, 4)}', '住户深夜装修，噪音严重，多次沟通无果。']
        else:
            desc += ['报警人', who, '称小区内有可疑人员挨户推销，自称', R.choice(['燃气公司', '自来水公司', '宽带公司']),
                     '员工，留下电话', (fmt_mobile(gen_mobile()), PHONE), '，请民警核实。']
        rec['简要警情'] = desc
        rec['处警单位'] = f'{reg[3][:2]}分局{R.choice(["东风", "城南", "新华", "人民路", "长江", "光明", "滨江"])}派出所'
        rec['处警民警'] = Rich([N(gen_name(R.choice('男男女'))), f'（警号{R.randint(10000, 999999):06d}）'])
        rec['处理结果'] = R.choice(['已调解', '已受案', '已移交刑侦', '已告知', '现场处置完毕', '已立案侦查'])
        rec['录入时间'] = (t0 + datetime.timedelta(minutes=R.randint(20, 300))).strftime('%Y-%m-%d %H:%M:%S')
        rec['时间戳'] = int(t0.timestamp() * 1000) + R.randint(0, 999)
        jemit(d, rec, compact=True)
        d.t('\n')
    return d


def f_hospital():
    d = Doc('hospital_records_2024-03.txt')
    hosp_reg = region_by('430102')
    d.t('长沙市第一人民医院　病案导出（出院记录）\n导出时间：2024-03-18 09:12:44　导出人：病案室\n\n')
    for i in range(12):
        reg = hosp_reg if R.random() < 0.6 else R.choice(REGIONS)
        p = Person(home=reg, born=(1938, 2010))
        adm = rand_date(2024, 2024)
        adm = datetime.date(2024, R.randint(1, 2), R.randint(1, 28))
        dis = adm + datetime.timedelta(days=R.randint(3, 21))
        colon = '：' if R.random() < 0.8 else ':'
        d.t('━' * 30, '\n出　院　记　录\n')
        d.t(f'住院号{colon}{R.randint(100000, 999999):08d}　　床号{colon}{R.randint(1, 60)}　　科室{colon}',
            R.choice(['心血管内科', '呼吸内科', '神经内科', '骨科', '普外科', '内分泌科', '消化内科']), '\n')
        d.t('姓名', colon, N(p), '　　性别', colon, p.sex, '　　年龄', colon, f'{p.age()}岁', '　　民族', colon, p.ethnic, '族\n')
        d.t('出生日期', colon, (fmt_date(p.dob, R.choice(['cn0', 'cn0', 'iso', 'cn'])), DOB), '　　婚姻', colon,
            R.choice(['已婚', '未婚', '丧偶']), '　　职业', colon, R.choice(['退休', '农民', '职员', '个体', '学生', '无业']), '\n')
        if R.random() < 0.5:
            d.t('身份证号', colon, (p.idw, RID), '\n')
        else:
            d.t('社会保障卡号', colon, (p.idw, RID), '\n')
        d.t('医保类型', colon, R.choice(['城镇职工', '城乡居民', '自费']), '　　医保个人编号', colon,
            f'{reg[0][:4]}{rand_digits(8, "0123456789")}', '\n')
        d.t('联系电话', colon, (p.phone(), PHONE), '\n家庭住址', colon, (p.addr, ADDR))
        if R.random() < 0.3:
            d.t(f'（{reg[9]}）')
        d.t('\n')
        rel = R.choice(['配偶', '儿子', '女儿', '兄弟', '母亲'] if p.age() < 60 else ['配偶', '儿子', '女儿', '儿子', '女儿'])
        csex = {'儿子': '男', '女儿': '女', '兄弟': '男', '母亲': '女'}.get(rel, '女' if p.sex == '男' else '男')
        c = Person(home=reg, sex=csex)
        d.t('联系人', colon, N(c), f'（{rel}）', '　联系人电话', colon, (c.phone(), PHONE), '\n')
        d.t(f'入院日期{colon}{fmt_date(adm, "cn0")}　　出院日期{colon}{fmt_date(dis, "cn0")}　　住院天数{colon}{(dis - adm).days}天\n')
        diag = R.choice(['冠状动脉粥样硬化性心脏病', '社区获得性肺炎', '2型糖尿病', '腰椎间盘突出症', '急性阑尾炎', '脑梗死', '高血压病3级'])
        d.t(f'入院诊断{colon}{diag}\n出院诊断{colon}{diag}\n')
        d.t(f'入院情况{colon}患者因“', R.choice(['反复胸闷3年，加重2天', '咳嗽咳痰5天', '腰痛伴左下肢麻木1月', '右下腹痛12小时']),
            '”入院。', f'血压{R.randint(100, 180)}/{R.randint(60, 110)}mmHg，心率{R.randint(60, 110)}次/分。\n')
        d.t(f'诊疗经过{colon}入院后完善相关检查，予对症支持治疗，', R.choice(['症状好转。', '病情平稳。', '复查指标正常。']))
        if R.random() < 0.3:
            d.t('住院期间由其', rel, N(c), '陪护。')
        d.t('\n')
        d.t(f'出院医嘱{colon}1.低盐低脂饮食；2.按时服药；3.出院后2周门诊复诊，如有不适随诊。\n')
        d.t('主治医师', colon, N(gen_name(R.choice('男女'))), '　　住院医师', colon, N(gen_name(R.choice('男女'))),
            '　　记录日期', colon, fmt_date(dis, 'iso'), '\n\n')
    d.t('\n', '#' * 40, '\n# 门诊病历（电子病历系统导出）\n', '#' * 40, '\n')
    for i in range(18):
        reg = hosp_reg if R.random() < 0.7 else R.choice(REGIONS)
        p = Person(home=reg, born=(1945, 2020))
        visit = ts(y=2024, m=3)
        d.t(f'\n[门诊号:{R.randint(2024000000, 2024999999)}] 就诊时间:{visit} 科室:',
            '儿科' if p.age() < 14 else R.choice(['呼吸内科', '皮肤科', '口腔科', '普外科', '急诊内科'] + (['妇科'] if p.sex == '女' else [])), '\n')
        if p.age() < 14:
            par = Person(home=reg, born=(1978, 1995))
            d.t('姓名:', N(p), ' 性别:', p.sex, ' 出生日期:', (fmt_date(p.dob, R.choice(['iso', 'slash0', 'cn'])), DOB),
                f' 年龄:{p.age()}岁\n')
            d.t('监护人:', N(par), '（', R.choice(['父', '母']), '） 电话:', (par.phone(), PHONE),
                ' 身份证(监护人):', (par.idw, RID), '\n')
        else:
            d.t('姓名:', N(p), ' 性别:', p.sex, ' 出生日期:', (fmt_date(p.dob, R.choice(['iso', 'slash0', 'cn', 'dot'])), DOB),
                f' 年龄:{p.age()}岁 电话:', (p.phone(), PHONE), '\n')
            if R.random() < 0.5:
                d.t('证件号:', (p.idw, RID), ' ')
            d.t('住址:', (p.addr, ADDR) if R.random() < 0.75 else (reg[2] or reg[1]) + reg[3], '\n')
        cc = R.choice(['咳嗽3天', '发热1天，最高38.9℃', '皮疹伴瘙痒1周', '牙痛2天', '腹痛半天', '头晕乏力1周'])
        d.t(f'主诉:{cc}。\n现病史:患者{cc}，')
        r = R.random()
        if r < 0.3:
            sp = gen_name(R.choice('男女'))
            d.t('诉其', R.choice(['丈夫', '妻子', '同事', '室友']), N(sp), '近日亦有类似症状。')
        elif r < 0.45:
            d.t('由朋友', N(gen_name(R.choice('男女'))), '陪同就诊。')
        d.t('既往体健，否认药物过敏史。\n')
        d.t('处理:', R.choice(['血常规+CRP', '胸片', '对症治疗', '口服药物']), f'，{R.randint(3, 7)}天后复诊。 ',
            f'费用:{R.randint(30, 800)}.{R.randint(0, 99):02d}元 医生:', N(gen_name(R.choice('男女'))), '\n')
    return d


def _waybill_no():
    k = R.randint(0, 5)
    if k == 0:
        return 'SF' + neg_digits(13)
    if k == 1:
        return '75' + neg_digits(12, '0123456789')
    if k == 2:
        return 'YT' + neg_digits(13)
    if k == 3:
        return '43' + neg_digits(11, '0123456789')
    if k == 4:
        return 'JDVA' + neg_digits(11)
    return '98' + neg_digits(R.choice([10, 11, 13]), '0123456789')


def f_waybills():
    d = Doc('waybill_export_20240315.txt')
    d.t('运单号|寄件日期|寄件人|寄件人电话|寄件地址|收件人|收件人电话|收件地址|物品|重量(kg)|运费|签收情况\n')
    for i in range(40):
        s_reg, r_reg = R.choice(REGIONS), R.choice(REGIONS)
        row = [_waybill_no(), f'2024-03-{R.randint(1, 15):02d}']
        if R.random() < 0.12:
            shop_reg = region_by(R.choice(['330106', '440305', '320506']))
            row += [R.choice(['优品家居旗舰店', '小米授权专卖店', '良品零食铺', '初见女装']),
                    R.choice(['400-' + rand_digits(3, '0123456789') + '-' + rand_digits(4, '0123456789'), '95338']),
                    f'{shop_reg[2]}{shop_reg[3]}{R.choice(["菜鸟", "京东", "中通"])}{R.choice(["一号", "华东", "华南"])}仓']
        else:
            s = Person(home=s_reg)
            ph = (s.phone(R.choice(['plain', 'plain', 'dash', '+86'])), PHONE) if R.random() < 0.85 else mask_mobile(s.mobile)
            row += [N(s), ph, (gen_address(s_reg), ADDR)]
        r = Person(home=r_reg)
        rph = (r.phone(R.choice(['plain', 'plain', 'plain', 'sp', '86-'])), PHONE) if R.random() < 0.8 else mask_mobile(r.mobile)
        raddr = gen_address(r_reg)
        row += [N(r), rph, (raddr, ADDR)]
        row += [R.choice(['文件', '衣物', '日用品', '电子产品', '食品', '书籍', '药品', '配件']),
                f'{R.randint(1, 200) / 10:.1f}', f'{R.randint(8, 60)}.00']
        k = R.random()
        if k < 0.3:
            sign = ['本人签收']
        elif k < 0.45:
            sign = ['由', N(gen_name(R.choice('男女'))), '代签收']
        elif k < 0.55:
            sign = ['家人', N(gen_name(R.choice('男女'))), '签收']
        elif k < 0.65:
            sign = ['门卫', R.choice(['王', '李', '张', '刘']) + '师傅代收']
        elif k < 0.78:
            sign = ['已放丰巢柜，取件码', rand_digits(6, '0123456789')]
        elif k < 0.88:
            sign = ['派送中，快递员', N(gen_name('男')), ' ', (fmt_mobile(gen_mobile()), PHONE)]
        else:
            sign = ['拒收，客户要求改派至', (gen_address(r_reg), ADDR)]
        row.append(sign)
        csv_row(d, row, sep='|')
    return d


def f_orders():
    d = Doc('taobao_orders_202403.csv')
    hdr = ['订单编号', '买家会员名', '支付单号', '买家应付货款', '买家支付邮费', '总金额', '订单状态', '买家留言',
           '收货人姓名', '收货地址', '运送方式', '联系电话', '联系手机', '订单创建时间', '订单付款时间', '宝贝标题',
           '宝贝总数量', '物流单号', '物流公司', '订单备注']
    csv_row(d, hdr, eol='\r\n')
    for i in range(40):
        reg = R.choice(REGIONS)
        p = Person(home=reg)
        price = R.randint(9, 2999) + R.choice([0, 0.9, 0.5, 0.99])
        post = R.choice([0, 0, 6, 10])
        created = ts(y=2024, m=3)
        nick = R.choice(['tb' + rand_digits(8, '0123456789'), '小鱼儿' + str(R.randint(1, 2024)),
                         R.choice(['lucky', 'sunny', 'momo', 'xiaomi', 'doudou']) + '_' + str(R.randint(10, 9999)),
                         '快乐的' + R.choice(['兔子', '猫咪', '小熊']) + str(R.randint(1, 99))])
        msg = ''
        k = R.random()
        if k < 0.15:
            alt = gen_name(R.choice('男女'))
            msg = ['联系人改为', N(alt), ' ', (fmt_mobile(gen_mobile(), 'plain'), PHONE)]
        elif k < 0.25:
            msg = ['周末送，电话联系我' + R.choice(['老公', '爱人', '媳妇']), N(gen_name(R.choice('男女'))), '，',
                   (fmt_mobile(gen_mobile(), R.choice(['plain', 'dash'])), PHONE)]
        elif k < 0.35:
            msg = '放快递柜，不要打电话'
        elif k < 0.42:
            msg = ['开发票，抬头：' + company_name(reg) + '，税号：' + gen_uscc(reg)]
        land = ''
        if R.random() < 0.15:
            a, s = gen_landline(reg)
            land = (fmt_landline(a, s, R.choice(['dash', 'plain'])), PHONE)
        mob = p.phone(R.choice(['plain'] * 6 + ['+86', '86']))
        mob_field = ["'", (mob, PHONE)] if R.random() < 0.25 else (mob, PHONE)
        addr = gen_address(reg, with_prov=True, spaced=True)
        addr_field = [(addr, ADDR), f'({reg[9]})'] if R.random() < 0.6 else [(addr, ADDR)]
        row = [neg_digits(19, '123'), nick, neg_digits(28, '2'), f'{price:.2f}', f'{post:.2f}', f'{price + post:.2f}',
               R.choice(['交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '交易关闭']), msg,
               N(p), addr_field, R.choice(['快递', 'EMS']), land, mob_field, created,
               created if R.random() < 0.9 else '',
               R.choice(['【官方正品】', '', '2024新款 ']) + R.choice(['纯棉四件套', '蓝牙耳机', '儿童保温杯', '空气炸锅', '防晒霜50ml']),
               str(R.randint(1, 5)), _waybill_no(), R.choice(['中通快递', '圆通速递', '顺丰速运', '韵达快递']), '']
        if R.random() < 0.1:
            row[-1] = ['客服备注：买家来电，收件人改为其母亲', N(gen_name('女', 1960)), '，地址不变']
        csv_row(d, row, eol='\r\n')
    return d


def f_hotel():
    d = Doc('hotel_guest_register_202403.tsv')
    hdr = ['登记序号', '房号', '姓名', '性别', '民族', '出生日期', '证件类型', '证件号码', '证件地址', '联系电话', '车牌号',
           '入住时间', '预离时间', '同住人', '押金', '操作员']
    csv_row(d, hdr, sep='\t')
    ops = [gen_name('女'), gen_name('女'), gen_name('男')]
    for i in range(38):
        p = Person(born=(1950, 2004))
        k = R.random()
        if k < 0.6:
            dtype, num, addr = '居民身份证', (p.idw, RID), (p.hukou_addr, ADDR)
        elif k < 0.78:
            dtype, num, addr = '护照', (gen_passport(), PASS), ''
        elif k < 0.9:
            dtype, num, addr = '往来港澳通行证', (gen_eep(), HKMO), ''
        elif k < 0.97:
            dtype, num, addr = '港澳居民来往内地通行证', (gen_home_return(), HKMO), ''
        else:
            hk = R.choice(['810000', '820000'])
            body = make_id(hk, p.dob, p.sex)
            dtype, num, addr = '港澳台居民居住证', (body, RID), ''
        t_in = datetime.datetime(2024, 3, R.randint(1, 28), R.randint(10, 23), R.randint(0, 59))
        t_out = t_in.replace(hour=12, minute=0) + datetime.timedelta(days=R.randint(1, 4))
        mate = N(gen_name(R.choice('男女'))) if R.random() < 0.3 else ''
        plate = (fmt_plate(gen_plate(), R.choice(['plain', 'plain', 'dot'])), PLATE) if R.random() < 0.3 else ''
        row = [f'{2024031500 + i}', f'{R.randint(2, 18)}{R.randint(1, 30):02d}', N(p), p.sex, p.ethnic,
               (fmt_date(p.dob, R.choice(['iso', 'iso', 'compact', 'slash0'])), DOB), dtype, num, addr,
               (p.phone(R.choice(['plain', 'plain', '+86'])), PHONE), plate, t_in.strftime('%Y-%m-%d %H:%M'),
               t_out.strftime('%Y-%m-%d %H:%M'), mate, f'{R.choice([200, 300, 500])}.00', N(R.choice(ops))]
        csv_row(d, row, sep='\t')
    return d


def f_resumes():
    d = Doc('resumes_collected.md')
    unis = ['湖南大学', '中南大学', '武汉大学', '华中科技大学', '四川大学', '郑州大学', '南昌大学', '长沙理工大学',
            '湖南师范大学', '山东大学', '西南交通大学', '广东工业大学']
    majors = ['计算机科学与技术', '软件工程', '会计学', '市场营销', '通信工程', '电子信息工程', '汉语言文学', '人力资源管理']
    for i in range(14):
        reg = R.choice(REGIONS)
        p = Person(born=(1982, 2001), home=reg)
        style = i % 3
        born_prov = p.birth[1].replace('省', '').replace('壮族自治区', '').replace('回族自治区', '').replace('维吾尔自治区', '').replace('自治区', '')
        jiguan = born_prov + (p.birth[2].replace('市', '') if len(p.birth) > 4 and p.birth[2] else '')
        if style == 0:
            d.t('# 个人简历\n\n## 基本信息\n\n| 项目 | 内容 | 项目 | 内容 |\n|---|---|---|---|\n')
            d.t('| 姓名 | ', N(p), ' | 性别 | ', p.sex, ' |\n')
            d.t('| 出生年月 | ', (fmt_date(p.dob, R.choice(['ym_dot', 'ym_cn', 'ym_dash'])), DOB), ' | 民族 | ', p.ethnic, ' |\n')
            d.t('| 籍贯 | ', jiguan, ' | 政治面貌 | ', R.choice(['中共党员', '共青团员', '群众']), ' |\n')
            if R.random() < 0.5:
                d.t('| 现居住地 | ', (p.addr, ADDR), ' | 婚姻状况 | ', R.choice(['已婚', '未婚']), ' |\n')
            else:
                d.t('| 现居住地 | ', (reg[2] or reg[1]), reg[3], ' | 婚姻状况 | ', R.choice(['已婚', '未婚']), ' |\n')
            d.t('| 手机 | ', (p.phone(R.choice(['plain', 'sp', 'dash'])), PHONE), ' | 邮箱 | ', (p.email, EMAIL), ' |\n\n')
        elif style == 1:
            d.t('# ', N(p), ' 的简历\n\n')
            d.t('- 性别：', p.sex, '\n- 出生日期：', (fmt_date(p.dob, R.choice(['cn', 'iso', 'dot'])), DOB),
                f'（{p.age()}岁）\n- 籍贯：', jiguan, '\n- 身份证号：', (p.idw, RID), '\n- 现居：', (p.addr, ADDR),
                '\n- 电话：', (p.phone(R.choice(['+86sp', 'plain', 'dash'])), PHONE), '\n- E-mail：', (p.email, EMAIL), '\n\n')
        else:
            d.t('# 求职简历 — ', R.choice(['Java开发工程师', '财务专员', '销售经理', '行政助理', '网络优化工程师']), '\n\n')
            d.t('**', N(p), '** | ', p.sex, ' | ', (fmt_date(p.dob, R.choice(['ym_cn', 'cn'])), DOB), '生 | ',
                (p.phone(), PHONE), ' | ', (p.email, EMAIL), '\n\n')
            d.t('> 现居', (reg[2] or reg[1]), reg[3], '，可随时到岗。\n\n')
        d.t('## 教育经历\n\n')
        gy = p.dob.year + R.randint(18, 19)
        d.t(f'- {gy}.09 - {gy + 4}.06　{R.choice(unis)}　{R.choice(majors)}　本科\n')
        if R.random() < 0.3:
            d.t(f'- {gy + 4}.09 - {gy + 7}.06　{R.choice(unis)}　{R.choice(majors)}　硕士\n')
        d.t('\n## 工作经历\n\n')
        y = gy + 4
        for j in range(R.randint(1, 3)):
            if y >= 2024:
                break
            y2 = min(y + R.randint(1, 4), 2024)
            creg = R.choice(REGIONS)
            d.t(f'### {y}.{R.randint(1, 12):02d} - {"至今" if y2 == 2024 else str(y2) + "." + format(R.randint(1, 12), "02d")}　{company_name(creg)}\n\n')
            d.t('- 职位：', R.choice(['开发工程师', '会计', '销售代表', '行政专员', '客户经理', '运维工程师']), '\n')
            d.t('- 工作内容：', R.choice(['负责核心系统开发与维护，参与需求评审。', '负责公司日常账务处理及税务申报。',
                                        '负责区域客户开发，年销售额800万元。', '负责公司行政后勤及员工关系。']), '\n')
            if R.random() < 0.4:
                ref = gen_name(R.choice('男女'))
                a, s = gen_landline(creg)
                d.t('- 证明人：', N(ref), '（原部门经理，电话 ',
                    (fmt_landline(a, s) if R.random() < 0.5 else fmt_mobile(gen_mobile()), PHONE), '）\n')
            d.t('\n')
            y = y2
        d.t('## 自我评价\n\n', R.choice(['性格开朗，责任心强，具有良好的团队合作精神。', '热爱阅读，喜欢鲁迅的杂文和余华的小说。',
                                       '学习能力强，抗压能力强，持有C1驾照。', '曾获校级一等奖学金，英语CET-6。']), '\n\n')
        if R.random() < 0.4:
            d.t('推荐人：经', N(gen_name(R.choice('男女'))), '介绍投递，内推码 ', rand_digits(6, '0123456789'), '\n\n')
        d.t('---\n\n')
    return d


def f_bank():
    d = Doc('bank_statements_Q1.txt')
    for i in range(3):
        reg = R.choice(REGIONS)
        p = Person(home=reg, born=(1965, 1998))
        bank = p.bank
        d.t(padl(f'{bank[2]}个人活期账户交易明细', 70), '\n\n')
        d.t('户名：', *padr(N(p), 34), '账号/卡号：', (fmt_card(p.card, R.choice(['plain', 'sp4'])), CARD), '\n')
        d.t('证件类型：居民身份证', ' ' * 20, '证件号码：', (p.idw, RID), '\n')
        d.t('开户网点：', *padr((reg[2] or reg[1])[:-1] + reg[3][:-1] + '支行', 34), '币种：人民币\n')
        d.t('起止日期：2024-01-01 至 2024-03-31', ' ' * 9, '打印日期：2024-04-02\n')
        d.t('-' * 118, '\n')
        cols = [('交易日期', 12), ('交易时间', 10), ('摘要', 12), ('交易金额', 14), ('账户余额', 14), ('对方户名', 22),
                ('对方账号', 26), ('渠道', 8)]
        for c, w in cols:
            d.t(*padr(c, w))
        d.t('\n')
        bal = R.randint(2000, 90000) + R.randint(0, 99) / 100
        days = sorted(datetime.date(2024, R.randint(1, 3), R.randint(1, 28)) for _ in range(R.randint(14, 20)))
        employer, emp_acct = company_name(reg), neg_digits(R.choice([20, 21, 22]))
        for day in days:
            k = R.random()
            if k < 0.2:
                amt = R.randint(5000, 30000)
                cp = [employer]
                acct = emp_acct
                memo = '代发工资'
            elif k < 0.6:
                amt = -R.randint(100, 20000)
                o = Person()
                cp = [N(o)]
                acct = (fmt_card(o.card, R.choice(['plain', 'plain', 'sp4'])), CARD)
                memo = R.choice(['转账', '跨行转账', '手机银行转账', '房租'])
            elif k < 0.8:
                amt = R.randint(100, 20000)
                o = Person()
                cp = [N(o)]
                acct = (fmt_card(o.card, 'plain'), CARD)
                memo = R.choice(['转账', '还款', '汇入'])
            else:
                amt = -R.randint(10, 3000)
                cp = [R.choice(['财付通支付科技有限公司', '支付宝（中国）网络技术有限公司', '美团', '国网湖南省电力有限公司'])]
                acct = neg_digits(R.choice([9, 12, 15]))
                memo = R.choice(['快捷支付', '消费', '电费', '缴费'])
            bal = bal + amt
            fields = [day.isoformat(), f'{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}', memo,
                      f'{amt:+,.2f}', f'{bal:,.2f}']
            for f, (c, w) in zip(fields, cols):
                d.t(*padr(f, w))
            d.t(*padr(cp, 22))
            d.t(*padr(acct, 26))
            d.t(R.choice(['网银', '手机银行', 'ATM', '柜面', '批量']), '\n')
        d.t('-' * 118, '\n注：本明细仅供参考，如需加盖业务章请至网点办理。客服热线 95', rand_digits(3, '0123456789'), '\n\n\n')
    # electronic receipts
    for i in range(8):
        reg = R.choice(REGIONS)
        a, b = Person(home=reg), Person()
        amt = R.randint(100, 80000)
        d.t('*' * 24, ' 网上银行电子回单 ', '*' * 24, '\n')
        d.t('电子回单号码：', '-'.join(rand_digits(4, '0123456789') for _ in range(4)), '\n')
        d.t(f'付款人  户名：', N(a), '\n        账号：', (fmt_card(a.card, R.choice(['plain', 'sp4'])), CARD), '\n        开户银行：', a.bank[2],
            '\n')
        d.t(f'收款人  户名：', N(b), '\n        账号：', (fmt_card(b.card, R.choice(['plain', 'sp4'])), CARD), '\n        开户银行：', b.bank[2],
            '\n')
        d.t(f'金  额：¥{amt:,.2f}　　人民币（大写）：略\n')
        purpose = R.choice(['借款', '货款', '往来款', '生活费', '押金退还'])
        if R.random() < 0.4:
            d.t('用  途：', purpose, '（', R.choice(['房租，', '']), '地址：', (gen_address(reg, 'estate'), ADDR), '）\n')
        else:
            d.t('用  途：', purpose, '\n')
        d.t(f'交易流水号：{neg_digits(18)}\n时间戳：{datetime.date(2024, R.randint(1, 3), R.randint(1, 28)).isoformat()}-'
            f'{R.randint(8, 22):02d}.{R.randint(0, 59):02d}.{R.randint(0, 59):02d}.{R.randint(0, 999999):06d}\n')
        d.t('验证码：', ''.join(R.choice('ABCDEF0123456789') for _ in range(12)), '\n\n')
    return d


def f_insurance():
    d = Doc('life_policies.json')
    policies = []
    for i in range(14):
        reg = R.choice(REGIONS)
        holder = Person(home=reg, born=(1965, 1995))
        rel = R.choice(['本人', '本人', '子女', '配偶', '父母'])
        if rel == '本人':
            ins = holder
        elif rel == '子女':
            ins = Person(home=reg, born=(2008, 2021))
        elif rel == '配偶':
            ins = Person(home=reg, sex='女' if holder.sex == '男' else '男', born=(1965, 1995))
        else:
            ins = Person(home=reg, born=(1945, 1965))
        start = datetime.date(2024, R.randint(1, 3), R.randint(1, 28))
        df = R.choice(['iso', 'iso', 'slash0', 'compact', 'cn0'])

        def party(p, detail=True):
            o = {'姓名': N(p), '性别': p.sex, '出生日期': (fmt_date(p.dob, df), DOB)}
            k = R.random()
            if k < 0.85 or p.age() < 16:
                o['证件类型'] = '居民身份证'
                o['证件号码'] = (p.idw, RID)
            elif k < 0.95:
                o['证件类型'] = '护照'
                o['证件号码'] = (gen_passport(), PASS)
            else:
                o['证件类型'] = '往来港澳通行证'
                o['证件号码'] = (gen_eep(), HKMO)
            if detail:
                o['手机'] = (p.phone(R.choice(['plain', 'plain', '+86'])), PHONE)
                if R.random() < 0.7:
                    o['电子邮箱'] = (p.email, EMAIL)
                o['通讯地址'] = (p.addr, ADDR)
                o['邮编'] = p.home[9]
                o['职业'] = R.choice(['一般内勤', '教师', '工程师', '个体工商户', '自由职业', '司机'])
            return o
        pol = {
            '保单号': f'P{start.year}{reg[0][:4]}{neg_digits(10)}',
            '投保单号': neg_digits(15),
            '险种': R.choice(['金福终身寿险', '安康重大疾病保险', '少儿教育年金保险', '百万医疗险（2024版）']),
            '生效日期': start.isoformat(),
            '缴费期间': R.choice(['10年', '20年', '趸交']),
            '年交保费': round(R.randint(1000, 30000) + R.random(), 2),
            '保额': R.randint(10, 100) * 10000,
            '投保人': party(holder),
            '被保险人': dict(party(ins, detail=(ins is not holder)), 与投保人关系=rel),
        }
        if R.random() < 0.6:
            bens = []
            nb = R.randint(1, 2)
            for j in range(nb):
                b = Person(home=reg)
                bens.append({'姓名': N(b), '证件号码': (b.idw, RID), '受益顺序': 1, '受益比例': '100%' if nb == 1 else '50%',
                             '与被保险人关系': R.choice(['配偶', '子女', '父母'])})
            pol['受益人'] = bens
        else:
            pol['受益人'] = '法定'
        pol['续期缴费账户'] = {'开户银行': holder.bank[2], '账户名': N(holder),
                             '账号': (fmt_card(holder.card, R.choice(['plain', 'plain', 'sp4'])), CARD)}
        agent = gen_name(R.choice('男女'))
        pol['业务员'] = {'姓名': N(agent), '工号': f'A{rand_digits(8, "0123456789")}',
                       '电话': (fmt_mobile(gen_mobile()), PHONE)}
        if R.random() < 0.3:
            pol['备注'] = Rich(['投保人委托其', R.choice(['姐姐', '哥哥', '朋友']), N(gen_name(R.choice('男女'))),
                               '代为递交资料，回访电话已确认本人意愿。'])
        pol['录入时间戳'] = 1704067200000 + R.randint(0, 7776000000)
        policies.append(pol)
    jemit(d, policies, indent=2)
    d.t('\n')
    return d


def f_roster():
    d = Doc('employee_roster_2024.csv')
    d.t('\ufeff')
    hdr = ['序号', '工号', '姓名', '性别', '部门', '岗位', '出生日期', '年龄', '身份证号码', '民族', '学历', '手机号码',
           '企业邮箱', '个人邮箱', '入职日期', '合同到期日', '工资卡开户行', '工资卡号', '户籍地址', '现住址', '紧急联系人',
           '紧急联系人电话', '护照号码', '往来港澳通行证', '备注']
    csv_row(d, hdr, eol='\r\n')
    reg = region_by('430104')
    domain = 'hnxc-tech.com.cn'
    for i in range(26):
        p = Person(home=reg if R.random() < 0.8 else R.choice(REGIONS), born=(1968, 2002))
        hire = rand_date(2012, 2023)
        em = Person(home=p.home)
        df = R.choice(['compact', 'compact', 'iso', 'slash'])
        note = ''
        k = R.random()
        if k < 0.1:
            note = ['试用期', ]
        elif k < 0.18:
            note = ['经', N(gen_name(R.choice('男女'))), '推荐入职']
        elif k < 0.22:
            note = ['已离职，交接人', N(gen_name(R.choice('男女')))]
        row = [str(i + 1), f'HX{hire.year % 100:02d}{i + 101:04d}', N(p), p.sex,
               R.choice(['研发部', '市场部', '财务部', '行政部', '客服中心', '运维部']),
               R.choice(['工程师', '专员', '主管', '经理', '助理']), (fmt_date(p.dob, df), DOB), str(p.age()),
               (p.idw, RID), p.ethnic + '族', R.choice(['本科', '硕士', '大专']),
               (p.phone(R.choice(['plain'] * 8 + ['dash', 'sp'])), PHONE),
               (corp_email(p.name, domain), EMAIL), (p.email, EMAIL) if R.random() < 0.6 else '',
               hire.isoformat(), (hire + datetime.timedelta(days=3 * 365)).isoformat(),
               p.bank[2], (fmt_card(p.card, R.choice(['plain', 'plain', 'plain', 'sp4'])), CARD),
               (p.hukou_addr, ADDR), (p.addr, ADDR) if R.random() < 0.8 else '同户籍地址',
               N(em), (em.phone(), PHONE),
               (gen_passport(), PASS) if R.random() < 0.35 else '',
               (gen_eep(), HKMO) if R.random() < 0.3 else '', note]
        csv_row(d, row, eol='\r\n')
    return d


def f_sim():
    d = Doc('sim_realname_registration.txt')
    for i in range(22):
        op = R.choice(list(OPERATORS))
        reg = region_by('430104') if R.random() < 0.5 else R.choice(REGIONS)
        p = Person(home=reg, born=(1945, 2006))
        t0 = ts(y=2024, m=R.randint(1, 3))
        colon = R.choice(['：', '：', ':'])
        d.t(f'=========== {op}客户入网登记单 ===========\n')
        d.t(f'业务流水号{colon}{neg_digits(18)}\n受理时间{colon}{t0}\n')
        online = R.random() < 0.25
        if online:
            d.t(f'受理渠道{colon}线上营业厅（APP） 终端IP{colon}', (gen_ip(), IP), '\n')
        else:
            d.t(f'受理渠道{colon}{reg[2] or reg[1]}{reg[3]}{R.choice(ROADS)}路营业厅（渠道编码 {reg[6]}{reg[4]}{rand_digits(4, "0123456789")}）\n')
        d.t('客户姓名', colon, N(p), '\n证件类型', colon)
        if R.random() < 0.9:
            d.t('居民身份证\n证件号码', colon, (p.idw, RID), '\n')
            iss = rand_date(2012, 2022)
            d.t(f'证件有效期{colon}{fmt_date(iss, "dot")}-{"长期" if p.age() > 46 else fmt_date(iss.replace(year=iss.year + (10 if p.age() < 26 else 20)), "dot")}\n')
            d.t('证件地址', colon, (p.hukou_addr, ADDR), '\n')
        else:
            d.t('护照\n证件号码', colon, (gen_passport(), PASS), '\n')
        if R.random() < 0.6:
            d.t('联系地址', colon, (p.addr, ADDR), '\n')
        else:
            d.t('联系地址', colon, '同证件地址\n')
        if R.random() < 0.6:
            d.t('联系电话', colon, (fmt_mobile(gen_mobile(), R.choice(['plain', 'plain', 'sp'])), PHONE), '\n')
        d.t('新入网号码', colon, (p.phone('plain'), PHONE), '\n')
        d.t('SIM卡号（ICCID）', colon, (gen_iccid(op), ICCID), '\n')
        d.t('IMSI', colon, (gen_imsi(op), IMSI), '\n')
        d.t('套餐', colon, R.choice(['5G畅享套餐129元档', '大王卡39元', '5G全家享199元', '神州行59元']), '\n')
        if R.random() < 0.6:
            if op == '中国电信':
                d.t('终端型号', colon, R.choice(['华为nova 11', 'OPPO Reno10', 'vivo Y78']), '　MEID', colon, (gen_meid(), MEID), '\n')
            else:
                d.t('终端型号', colon, R.choice(['华为Mate 60', '小米14', 'iPhone 15', '荣耀X50']), '　IMEI', colon, (gen_imei(), IMEI), '\n')
        if online and R.random() < 0.7:
            d.t('设备MAC', colon, (gen_mac(), MAC), '\n')
        if R.random() < 0.4:
            d.t('初始服务密码', colon, (rand_digits(6, '0123456789'), CRED), '（请客户及时修改）\n')
        else:
            d.t('服务密码', colon, '客户本人设置（不显示）\n')
        d.t(f'人像比对{colon}通过（相似度 0.{R.randint(80, 99)}）\n')
        if p.age() < 16 or R.random() < 0.12:
            ag = Person(home=reg, born=(1965, 1990))
            d.t('代办人', colon, N(ag), '，身份证', (ag.idw, RID), '，与机主关系：', R.choice(['父子', '母子', '父女', '母女', '亲属']), '\n')
        d.t('经办人', colon, N(gen_name(R.choice('男女'))), f'（工号 {reg[6]}{rand_digits(6, "0123456789")}）\n')
        d.t('客户签字', colon, N(p), '\n')
        d.t('备注', colon, R.choice(['无', '客户要求开通国际漫游', '已告知实名制规定', '一证五号核验通过，名下号码3个']), '\n\n')
    return d


def f_property():
    d = Doc('property_owners.md')
    reg = region_by('440305')
    d.t('# 海岸花园小区 业主信息登记表（2024年3月更新）\n\n')
    d.t('物业服务中心：深圳市海岸物业管理有限公司　服务热线：0755-', rand_digits(4, '0123456789'), '****\n\n')
    d.t('| 楼栋 | 房号 | 业主姓名 | 联系电话 | 身份证号 | 面积(㎡) | 交房日期 | 车位号 | 车牌号 | 通讯地址（非自住） | 备注 |\n')
    d.t('|---|---|---|---|---|---|---|---|---|---|---|\n')
    for i in range(34):
        p = Person(home=reg, born=(1948, 1995))
        bld = R.randint(1, 12)
        room = f'{R.randint(2, 32)}{R.randint(1, 4):02d}'
        phones = [(p.phone(R.choice(['plain', 'plain', 'dash'])), PHONE)]
        if R.random() < 0.2:
            phones += ['/', (fmt_mobile(gen_mobile()), PHONE)]
        k = R.random()
        if k < 0.45:
            idf = (p.idw, RID)
        elif k < 0.75:
            idf = mask_id(p.id)
        elif k < 0.8:
            idf = ['（旧证）', (make_id15(p.birth[0], p.dob, p.sex), RID)]
        else:
            idf = ''
        plates = []
        if R.random() < 0.6:
            plates.append((fmt_plate(gen_plate(reg if R.random() < 0.8 else None)), PLATE))
            if R.random() < 0.2:
                plates += ['、', (fmt_plate(gen_plate(reg, nev=True)), PLATE)]
        nonlocal_addr = ''
        if R.random() < 0.2:
            nonlocal_addr = (gen_address(R.choice(REGIONS)), ADDR)
        note = ''
        k = R.random()
        if k < 0.15:
            t = Person(home=reg)
            note = ['已出租，租户', N(t), ' ', (t.phone(), PHONE)]
        elif k < 0.22:
            note = ['家属：', R.choice(['妻', '夫', '子', '女']), N(gen_name(R.choice('男女')))]
        elif k < 0.26:
            note = ['原业主', N(gen_name(R.choice('男女'))), '已过户']
        elif k < 0.32:
            note = '欠物业费2个月'
        row = [f'{bld}栋', room, N(p), phones, idf, f'{R.randint(60, 180)}.{R.randint(10, 99)}',
               fmt_date(rand_date(2010, 2016), 'iso'), f'B{R.randint(1, 2)}-{R.randint(1, 600):03d}' if plates else '',
               plates, nonlocal_addr, note]
        d.t('| ')
        for j, f in enumerate(row):
            if j:
                d.t(' | ')
            d.t(f if f != '' else '')
        d.t(' |\n')
    d.t('\n## 临时停车登记（访客）\n\n')
    for i in range(12):
        t = ts(y=2024, m=3)
        v = gen_name(R.choice('男女'))
        d.t(f'- {t}　', (fmt_plate(gen_plate()), PLATE), '　访客 ', N(v), '　电话 ', (fmt_mobile(gen_mobile()), PHONE),
            f'　拜访 {R.randint(1, 12)}栋{R.randint(2, 32)}{R.randint(1, 4):02d}\n')
    d.t('\n> 注：业主身份证号仅用于办理门禁卡，不得外传。\n')
    return d


def f_rental_log():
    d = Doc('rental_parking_2024-03.log')
    lines = []
    for i in range(58):
        t = datetime.datetime(2024, 3, 1) + datetime.timedelta(seconds=R.randint(0, 30 * 86400))
        lines.append(t)
    lines.sort()
    for t in lines:
        reg = R.choice(REGIONS[25:31])
        stamp = t.strftime('%Y-%m-%d %H:%M:%S') + f'.{R.randint(0, 999):03d}'
        k = R.random()
        if k < 0.3:
            p = Person(home=reg, born=(1965, 2002))
            pl = gen_plate(reg)
            d.t(stamp, ' INFO  [rent-order] orderNo=R', t.strftime('%Y%m%d%H%M%S'), rand_digits(4, '0123456789'),
                ' plate=', (fmt_plate(pl, R.choice(['dot', 'plain'])), PLATE), ' renter=', N(p), ' idNo=', (p.idw, RID),
                ' mobile=', (p.phone(R.choice(['plain', 'plain', '+86'])), PHONE), ' deposit=', f'{R.choice([2000, 3000, 5000])}.00')
            if R.random() < 0.5:
                d.t(' deliverAddr="', (p.addr, ADDR), '"')
            d.t(' gps=', (gen_geo(reg, 'lnglat').replace(' ', ''), GEO), ' clientIp=', (gen_ip(), IP), ' app=android/5.12.', str(R.randint(0, 9)), '\n')
        elif k < 0.6:
            pl = gen_plate(reg if R.random() < 0.7 else None)
            lot = R.choice(['海岸城停车场', '万象天地P2', '科技园地面停车场', '南山书城地库'])
            if R.random() < 0.5:
                d.t(stamp, ' INFO  [parking] 入场 车牌:', (fmt_plate(pl, R.choice(['plain', 'plain', 'dot'])), PLATE),
                    f' 车场:{lot} 通道:E{R.randint(1, 4)} 识别置信度:0.{R.randint(85, 99)}\n')
            else:
                d.t(stamp, ' INFO  [parking] 出场 车牌:', (fmt_plate(pl, 'plain'), PLATE),
                    f' 车场:{lot} 停车时长:{R.randint(0, 9)}小时{R.randint(1, 59)}分 应收:{R.randint(0, 80)}.00 '
                    f'支付:{R.choice(["微信", "支付宝", "ETC"])} tradeNo={neg_digits(24)} ts={int(t.timestamp() * 1000)}\n')
        elif k < 0.72:
            p = Person(home=reg)
            d.t(stamp, ' WARN  [violation] 违章提醒 plate=', (fmt_plate(gen_plate(reg), 'plain'), PLATE), ' driver=', N(p),
                ' licenseNo=', (p.id, RID), f' 记分:{R.choice([0, 1, 3, 6])} 罚款:{R.choice([0, 100, 200])} 地点:',
                reg[3], R.choice(ROADS), '路', ' sms->', (p.phone('plain'), PHONE), '\n')
        elif k < 0.82:
            p = Person(home=reg)
            d.t(stamp, ' INFO  [member] 会员注册 nick=', R.choice(['老司机', 'car_fan', '小马哥']), str(R.randint(1, 999)),
                ' realName=', N(p), ' email=', (p.email, EMAIL), ' mobile=', (p.phone('plain'), PHONE),
                ' token=', (''.join(R.choice('0123456789abcdef') for _ in range(32)), CRED), ' device=',
                (gen_mac(), MAC), '\n')
        elif k < 0.9:
            d.t(stamp, ' DEBUG [sys] heartbeat ok version=10.0.19041.', str(R.randint(1, 3000)), ' build=',
                f'{R.randint(2020, 2024)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}', ' uptime=', str(R.randint(1000, 999999)),
                ' trace=', ''.join(R.choice('0123456789abcdef') for _ in range(16)), '\n')
        else:
            p = Person(home=reg)
            pl = gen_plate(reg, nev=True)
            d.t(stamp, ' INFO  [rent-return] 还车 plate=', (fmt_plate(pl, R.choice(['dot', 'plain'])), PLATE),
                ' renter=', N(p), f' 里程:{R.randint(20, 900)}km 电量:{R.randint(10, 90)}% 违约金:0.00',
                ' 还车位置=', (gen_geo(reg, 'latlng').replace(' ', ''), GEO), ' 基站=', (gen_cgi(R.choice(list(OPERATORS))), CELL), '\n')
    return d


def f_wechat():
    d = Doc('wechat_owners_group_export.txt')
    reg = region_by('430104')
    d.t('微信聊天记录导出\n群聊：湘江世纪城三期业主群（498人）\n导出时间：2024-03-16 22:10\n\n')
    members = []
    for i in range(26):
        p = Person(home=reg, born=(1960, 1998))
        tag = R.choice([f'{R.randint(1, 18)}栋{R.randint(1, 3)}单元{R.randint(2, 30)}0{R.randint(1, 4)} ',
                        f'{R.randint(1, 18)}-{R.randint(1, 3)}-{R.randint(2, 30)}0{R.randint(1, 4)} ', ''])
        members.append((p, tag))
    nick_only = ['快乐的小鱼', 'A-装修-老李', '物业-小刘', '阳光', 'Amy', '陈姐', '一路向北']
    day = datetime.datetime(2024, 3, 12, 7, 30)
    d.t(f'—————— {day:%Y年%m月%d日} ——————\n')
    for n in range(100):
        prev = day
        day += datetime.timedelta(minutes=R.randint(1, 60))
        if day.hour < 7:
            day = day.replace(hour=7, minute=R.randint(0, 59)) + datetime.timedelta(days=1 if prev.day == day.day else 0)
        if day.date() != prev.date():
            d.t(f'\n—————— {day:%Y年%m月%d日} ——————\n')
        who_k = R.random()
        if who_k < 0.75:
            p, tag = R.choice(members)
            head = [f'{day:%H:%M} ', tag, N(p), '：']
        else:
            p, tag = None, ''
            head = [f'{day:%H:%M} ', R.choice(nick_only), '：']
        d.t(*head)
        k = R.randint(0, 22)
        if k == 0:
            d.t('谁的车', (fmt_plate(gen_plate(reg), R.choice(['dot', 'plain'])), PLATE), '挡住消防通道了？麻烦挪一下')
        elif k == 1 and p:
            d.t('是我', R.choice(['老公', '爱人'] if p.sex == '女' else ['老婆', '爱人']), '的车，马上挪。', '他电话' if p.sex == '女' else '她电话', (fmt_mobile(gen_mobile(), R.choice(['plain', 'sp'])), PHONE),
                '，下次直接打')
        elif k == 2 and p:
            d.t('新入住的业主，我叫', N(p), '，', f'{R.randint(1, 18)}栋', '，电话', (p.phone(R.choice(['dash', 'plain', 'sp'])), PHONE),
                '，请多关照～')
        elif k == 3:
            nm = gen_name(R.choice('男女'))
            d.t('快递被人拿错了，单子上收件人是', N(nm), '，哪位邻居看到了请联系我')
        elif k == 4:
            nm = gen_name('女', 1965)
            d.t('有需要家政的可以找', N(nm), '阿姨，人很实在，', (fmt_mobile(gen_mobile()), PHONE))
        elif k == 5:
            d.t('物业电话打不通，', R.choice(['王', '刘', '张']), '经理能不能在群里回个话')
        elif k == 6 and p:
            d.t('我爱人', N(gen_name('男' if p.sex == '女' else '女')), '在群里吗？钥匙忘带了')
        elif k == 7:
            nm = Person(home=reg)
            d.t('[转发] 寻物启事：本人', N(nm), '于3月10日在小区南门丢失身份证一张，号码',
                (nm.idw, RID), '，捡到请联系', (nm.phone(), PHONE), '，必有酬谢！')
        elif k == 8:
            d.t('今天停水到下午5点，大家提前储水')
        elif k == 9:
            d.t('[图片]')
        elif k == 10 and p:
            d.t('出闲置婴儿车一辆，九成新200元，自提地址', (p.addr, ADDR), '，微信同号', (p.phone('plain'), PHONE))
        elif k == 11:
            d.t('收到，谢谢', R.choice(['物业', '管家', '大家']))
        elif k == 12:
            nm = gen_name(R.choice('男女'))
            d.t('@', N(nm), ' 你家门口的垃圾记得带下去')
        elif k == 13:
            d.t('业委会选举投票截止到本周五，投票链接已发，需要填写身份证后四位和房号')
        elif k == 14 and p:
            d.t('由', N(gen_name(R.choice('男女'))), '代收的快递放在', f'{R.randint(1, 18)}', '栋一楼大厅了')
        elif k == 15:
            d.t('经', N(gen_name(R.choice('男女'))), '介绍的装修队还不错，工头电话', (fmt_mobile(gen_mobile(), 'plain'), PHONE),
                '，报我名字有优惠')
        elif k == 16:
            full = gen_mobile()
            fw = full.translate(str.maketrans('0123456789', '０１２３４５６７８９')) if R.random() < 0.4 else full
            d.t('团购的大米到了，联系团长', N(gen_name('女')), ' ', (fw, PHONE))
        elif k == 17:
            d.t('电梯又坏了，已经打了12345投诉')
        elif k == 18 and p:
            d.t('我的车', (fmt_plate(gen_plate(reg, nev=True)), PLATE), '充电桩被占了，哪位的车？')
        elif k == 19:
            d.t('有没有拼车去高铁站的，明早7点，', (fmt_mobile(gen_mobile(), '+86sp'), PHONE))
        elif k == 20:
            d.t('卖房的联系我，中介勿扰 ', (fmt_mobile(gen_mobile(), R.choice(['plain', 'dash'])), PHONE), '（', R.choice(['周', '吴', '郑']), '女士）')
        elif k == 21:
            nm = gen_name(R.choice('男女'))
            d.t('[转账] 已收款￥', f'{R.randint(10, 500)}.00', '，', N(nm), '的团购款')
        else:
            d.t(R.choice(['好的', '[强]', '同意', '+1', '哈哈哈', '辛苦了']))
        d.t('\n')
    return d


def f_minutes():
    d = Doc('meeting_minutes_customer_callback.txt')
    for m in range(4):
        reg = region_by(R.choice(['430104', '430102', '420106', '440106']))
        day = datetime.date(2024, R.randint(1, 3), R.randint(1, 28))
        att = [gen_name(R.choice('男女')) for _ in range(R.randint(4, 6))]
        d.t(f'客户服务部周例会纪要（第{R.randint(5, 12)}期）\n\n时间：{fmt_date(day, "cn")} 14:00-15:30\n地点：3楼第二会议室\n参会人：')
        for j, a in enumerate(att):
            if j:
                d.t('、')
            d.t(N(a))
            if R.random() < 0.4:
                d.t(R.choice(['（客服部）', '（网络部）', '（市场部）']))
        rec = gen_name(R.choice('男女'))
        d.t('\n记录人：', N(rec), '\n\n一、上周投诉处理情况\n\n')
        for k in range(R.randint(3, 5)):
            c = Person(home=reg, born=(1950, 2000))
            d.t(f'{k + 1}. ')
            kk = R.randint(0, 5)
            if kk == 0:
                d.t('客户', N(c), '（手机', (c.phone(), PHONE), '，住', (c.addr, ADDR),
                    '）反映家中宽带频繁掉线，', N(R.choice(att)), '已安排装维上门，更换光猫后恢复，光猫MAC ', (gen_mac(), MAC), '。')
            elif kk == 1:
                nb = gen_name('女')
                d.t('客户', N(c), '要求将宽带账户联系人改为其女儿', N(nb), '，电话', (fmt_mobile(gen_mobile()), PHONE),
                    '。已核实客户身份证号', (c.idw, RID), '，同意变更。')
            elif kk == 2:
                d.t('经', N(gen_name(R.choice('男女'))), '介绍办理业务的客户', N(c), '投诉被误扣费',
                    f'{R.randint(10, 300)}.00元，已退费至客户', c.bank[2], '卡', (fmt_card(c.card, 'sp4'), CARD), '。')
            elif kk == 3:
                d.t('王先生（号码', mask_mobile(gen_mobile()), '）投诉营销短信骚扰，已加入免打扰名单。')
            elif kk == 4:
                d.t('客户', N(c), '反映其宽带账号密码被他人修改，客户提供的原密码为', (R.choice(['abc', 'hn', 'wk']) + rand_digits(6, '0123456789'), CRED),
                    '，已重置并提醒客户勿在群内发送密码。客户登录IP ', (gen_ip(), IP), '。')
            else:
                d.t('客户', N(c), '（', (fmt_date(c.dob, 'cn'), DOB), '出生，老年客户）的儿子', N(gen_name('男')),
                    '来电，称其父亲被推销办理了不需要的套餐，要求退订。回访电话', (c.phone(), PHONE), '，已办结。')
            d.t('\n')
        d.t('\n二、本周工作安排\n\n')
        if R.random() < 0.5:
            d.t('1. 参照马化腾在行业大会上提到的“用户至上”理念，优化10000号及95', rand_digits(3, '0123456789'), '热线的等待时长。\n')
        else:
            d.t('1. 继续推进10086热线满意度提升工作，目标满意度98%。\n')
        d.t('2. ', N(R.choice(att)), '负责整理3月份投诉台账，周五前提交。\n')
        d.t('3. 客户回访名单（附件二）中的手机号已按要求脱敏，如', mask_mobile(gen_mobile()), '。\n\n')
        d.t('下次会议时间：', fmt_date(day + datetime.timedelta(days=7), 'cn'), '\n\n', '-' * 40, '\n\n')
    return d


# -------------------------------------------------------------- checking ----

def check(files, labels):
    """Re-read the files and check every label and a few negatives."""
    by = {}
    for lab in labels:
        by.setdefault(lab['file'], []).append(lab)
    problems = []
    for name, data in files.items():
        labs = sorted(by.get(name, []), key=lambda x: x['start'])
        for a, b in zip(labs, labs[1:]):
            assert a['end'] <= b['start'], (name, a, b)
        for lab in labs:
            got = data[lab['start']:lab['end']].decode('utf-8')
            assert got == lab['value'], (name, lab, got)
            v, t = lab['value'], lab['type']
            assert v == v.strip() and v, lab
            if t == RID:
                if len(v) == 18 and v[:2] not in ('81', '82'):
                    assert ric.is_valid(v.upper()), v
                elif len(v) == 18:
                    assert id_checksum(v[:17]) == v[17].upper()
                else:
                    assert len(v) == 15 and v.isdigit()
            elif t == CARD:
                dg = v.replace(' ', '')
                assert luhn.is_valid(dg) and 16 <= len(dg) <= 19, v
            elif t == PHONE:
                dg = re.sub(r'\D', '', v.translate(str.maketrans('０１２３４５６７８９', '0123456789')))
                if dg.startswith('0086'):
                    dg = dg[4:]
                elif dg.startswith('86') and len(dg) == 13:
                    dg = dg[2:]
                if dg.startswith('1'):
                    assert valid_mobile(dg), v
                else:
                    assert phonenumbers.is_valid_number(phonenumbers.parse(dg, 'CN')), v
            elif t in (IMEI,):
                assert luhn.is_valid(v)
        text = data.decode('utf-8')
        cover = bytearray(len(data))
        for lab in labs:
            for k in range(lab['start'], lab['end']):
                cover[k] = 1

        def covered(m):
            s = len(text[:m.start()].encode())
            e = s + len(m.group(0).encode())
            return all(cover[s:e])
        # every occurrence of a labelled value is labelled
        for lab in labs:
            if lab['type'] in (NAME, PHONE, RID, CARD, EMAIL, PLATE) and len(lab['value']) >= 2:
                for m in re.finditer(re.escape(lab['value']), text):
                    if not covered(m):
                        problems.append((name, 'unlabelled repeat', lab['value'], text[max(0, m.start() - 15):m.end() + 15]))
        # unlabelled things that would be PI
        for m in re.finditer(r'(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])', text):
            if ric.is_valid(m.group(0).upper()) and not covered(m):
                problems.append((name, 'unlabelled ID', m.group(0)))
        for m in re.finditer(r'(?<![0-9])1[0-9]{10}(?![0-9])', text):
            if valid_mobile(m.group(0)) and not covered(m):
                problems.append((name, 'unlabelled mobile', m.group(0)))
        for m in re.finditer(r'(?<![0-9])62[0-9]{14,17}(?![0-9])', text):
            if luhn.is_valid(m.group(0)) and not covered(m):
                problems.append((name, 'unlabelled card-like', m.group(0)))
        for m in re.finditer(r'[\w.]+@[\w.]+\.[a-z]{2,}', text):
            if not covered(m):
                problems.append((name, 'unlabelled email', m.group(0)))
    return problems


GENERATORS = [f_judgments, f_police, f_hospital, f_waybills, f_orders, f_hotel, f_resumes, f_bank,
              f_insurance, f_roster, f_sim, f_property, f_rental_log, f_wechat, f_minutes]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args()
    R.seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    docs = [g() for g in GENERATORS]
    labels = []
    files = {}
    for doc in docs:
        data = doc.text().encode('utf-8')
        with open(os.path.join(args.out, doc.name), 'wb') as f:
            f.write(data)
        labels += doc.labels
    for doc in docs:
        with open(os.path.join(args.out, doc.name), 'rb') as f:
            files[doc.name] = f.read()
    problems = check(files, labels)
    for p in problems:
        print('PROBLEM', p)
    assert not problems, f'{len(problems)} problems'
    with open(os.path.join(args.out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels:
            f.write(json.dumps({k: lab[k] for k in ('file', 'start', 'end', 'type')}, ensure_ascii=False) + '\n')
    counts = {}
    for lab in labels:
        counts[lab['type']] = counts.get(lab['type'], 0) + 1
    print(f'{len(docs)} files, {len(labels)} labels')
    for k in sorted(counts, key=lambda k: -counts[k]):
        print(f'  {k:26s} {counts[k]}')


if __name__ == '__main__':
    main()
