#!/usr/bin/python3
"""Synthetic labelled corpus: speech turned into text at a telecom operator.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Everything is synthetic and generated from a fixed seed; two runs give identical bytes.

Files
-----
callcenter_asr_20240412.txt   plain-text call-centre ASR transcripts, one block per call,
                              "[hh:mm:ss.mmm] 坐席：/客户：" turns, header with call id, agent
                              work number, calling/called number.
asr_utterances.jsonl          one JSON object per recognised utterance (call id, channel,
                              role, begin/end ms, text, confidence, ITN text).
asr_words_export.json         vendor export of a few calls with per-word timestamps and
                              confidence (word tokens plus the joined sentence text).
asr_segments.csv              CSV export of diarised segments (quoted text column).
ivr_dtmf_20240412.log         IVR platform log: DTMF key events digit by digit, collected
                              inputs, HLR lookups, ASR slots of the voice menu.
qc_report_2024W15.md          quality-inspection (质检) report quoting transcript lines.
voicemail_transcripts.xml     voicemail-to-text records with SIP access-network info.
outbound_marketing_calls.tsv  outbound marketing call results with transcripts.
collection_calls_0412.txt     collection (催缴) call transcripts, "A:"/"B:" turns.
smart_speaker_events.jsonl    smart speaker / voice assistant event log (device, query, NLU).
video_kyc_sessions.txt        video-call customer verification (视频客服核验) transcripts.
call_playback_CC0412.srt      SRT subtitles produced for QC playback of recordings.
voice_sdk_gateway.log         gateway log of a voice-input SDK (client IP, tokens, results).
voice_work_orders.csv         work orders created from calls, with transcribed summaries.
voicebot_nlu_turns.jsonl      voice-bot turns: raw ASR, n-best, ITN text and filled slots.
labels.jsonl                  {"file","start","end","type"}; UTF-8 byte offsets, end exclusive.

Label conventions
-----------------
* A value is labelled as it is written: Arabic digits, Chinese digits (幺 = 1, 洞/〇 = 0),
  mixed, full-width, digit-by-digit with spaces.  One label covers the whole spoken number span
  when it is contiguous; spaces, hyphens, commas (, ，) and 、 between digit groups count as
  part of the span.  Any other word, filler (嗯, 然后, 对), ellipsis, line break or change of
  speaker breaks the span; the pieces are then labelled only if a piece is itself a complete
  identifier, so a number dictated across several turns is not labelled there (the agent's
  full read-back, when there is one, is labelled).
* Corrections: in "一三八……不对，一三九零零…" only the complete corrected number is labelled.
  When a complete number is spoken and then one digit is corrected, the complete (wrong)
  number is still labelled as PHONE_NUMBER, the correction fragment is not.
* PHONE_NUMBER includes +86/0086/86 prefixes and separators; landlines include the area code.
  Service numbers (10086, 10010, 10000, 95588, 400-..., 12345) are not labelled.
* PERSON_NAME: full names of private people (customers, their contacts, agents).  Surname +
  先生/女士, nicknames, the spelled-out explanation of a character ("弓长张", "立早章") and
  names of singers / public figures are not labelled.
* DATE_OF_BIRTH: only birth dates, in any spoken or written form ("一九九零年三月七号",
  "九零年三月七号", "1990-03-07").  Other dates are not labelled.
* STREET_ADDRESS: a private person's address, from the first place name to the room / house
  number, as one span.  Business halls, company and POI addresses are not labelled.
* CREDENTIAL: service passwords, PINs, Wi-Fi passwords, API keys, access tokens and secrets
  (value only).  One-time SMS verification codes read out during a call and liveness-check
  digits are NOT labelled (short-lived, not a standing secret).
* EMAIL_ADDRESS: written with "@"; the spoken form "…艾特163点com" is labelled as well when it
  is one contiguous span.
* IVR inputs are labelled as collected; a trailing X keyed as "*" on the keypad stays part of
  the resident-ID label.  Single-digit DTMF key events are never labelled.
* CELL_ID: the whole CGI/ECGI string, or the value of a field named as a cell.
* LOCATION_COORDINATES: one "lat,lng" value is one label; separate lat / lng fields are two.
* Not labelled: masked values (138****5678, 尾号5678), agent work numbers (工号), ticket /
  order / call ids, amounts, package names ("199元套餐"), durations, times, hotlines, device
  serial numbers, UUIDs, hashes, version strings, company names, credit codes, company addresses.
"""
import json
import os
import random
import sys
import calendar

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric

R = random.Random(1404120)

# ---------------------------------------------------------------- document with spans

class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts, esc=None):
        for p in parts:
            if isinstance(p, tuple):
                val, typ = p
                s = esc(val) if esc else val
                assert s == val, (val, s)
                st = len(self.buf)
                self.buf += s.encode('utf-8')
                self.labels.append((st, len(self.buf), typ, val))
            elif isinstance(p, list):
                self.w(*p, esc=esc)
            else:
                self.buf += (esc(p) if esc else p).encode('utf-8')


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def cesc(s):
    return s.replace('"', '""')


def jparts(obj):
    """JSON-serialise obj; strings may be lists of parts (str or (val,type))."""
    out = []
    if isinstance(obj, dict):
        out.append('{')
        first = True
        for k, v in obj.items():
            if not first:
                out.append(', ')
            first = False
            out.append(json.dumps(k, ensure_ascii=False) + ': ')
            out.extend(jparts(v))
        out.append('}')
    elif isinstance(obj, Arr):
        out.append('[')
        for i, v in enumerate(obj.items):
            if i:
                out.append(', ')
            out.extend(jparts(v))
        out.append(']')
    elif isinstance(obj, tuple):
        out.append('"')
        out.append(JS(obj))
        out.append('"')
    elif isinstance(obj, list):  # a string made of parts
        out.append('"')
        for p in obj:
            out.append(JS(p) if isinstance(p, tuple) else JS(p))
        out.append('"')
    elif isinstance(obj, str):
        out.append(json.dumps(obj, ensure_ascii=False))
    elif isinstance(obj, Raw):
        out.append(obj.parts)
    else:
        out.append(json.dumps(obj))
    return out


class Arr:
    def __init__(self, items):
        self.items = items


class Raw:  # a bare (unquoted) JSON number that is PI
    def __init__(self, parts):
        self.parts = parts


class JS:
    """marker: a string part to be JSON-escaped while written"""
    def __init__(self, p):
        self.p = p


def write_json_parts(doc, parts):
    for p in parts:
        if isinstance(p, JS):
            doc.w(p.p, esc=jesc)
        elif isinstance(p, tuple):
            doc.w(p)
        else:
            doc.w(p)


def plain(parts):
    return ''.join(p[0] if isinstance(p, tuple) else p for p in parts)

# ---------------------------------------------------------------- identifier generators

def dg(n):
    return ''.join(R.choice('0123456789') for _ in range(n))

MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147',
              '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '172', '173',
              '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187',
              '188', '189', '191', '193', '195', '196', '198', '199']


def mobile(prefix=None):
    while True:
        n = (prefix or R.choice(MOB_PREFIX)) + dg(8)
        x = phonenumbers.parse(n, 'CN')
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.MOBILE:
            return n

AREA = [('010', 8), ('021', 8), ('022', 8), ('020', 8), ('023', 8), ('025', 8), ('027', 8), ('028', 8),
        ('029', 8), ('024', 8), ('0755', 8), ('0571', 8), ('0551', 7), ('0532', 8), ('0731', 8),
        ('0592', 7), ('0371', 8), ('0311', 8), ('0451', 8), ('0769', 8), ('0512', 8)]


def landline():
    while True:
        ac, ln = R.choice(AREA)
        sub = R.choice('2345678') + dg(ln - 1)
        x = phonenumbers.parse(ac + sub, 'CN')
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) in (
                phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return ac, sub

REGIONS = ['110105', '110108', '110106', '310104', '310115', '310112', '440106', '440305', '440304',
           '330106', '330105', '320106', '510107', '420111', '610113', '340104', '370202', '500112',
           '120101', '430104', '350203', '210102', '230103', '410105', '130102', '140105', '450103',
           '530102', '520102', '360102', '220104', '620102', '650102', '640104', '411625', '341221',
           '522121', '432524', '362426', '130681', '370881', '420984', '512925', '232302']


def rand_dob():
    y = R.choice(list(range(1952, 2006)) + list(range(1978, 1998)))
    m = R.randint(1, 12)
    d = R.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


def resident_id(dob, male):
    while True:
        seq = R.randint(0, 999)
        if (seq % 2 == 1) == male:
            break
    body = R.choice(REGIONS) + '%04d%02d%02d' % dob + '%03d' % seq
    v = body + ric.calc_check_digit(body + '0')
    try:
        ric.validate(v)
    except ric.InvalidComponent:  # abolished region codes still appear on older cards
        assert v[-1] == ric.calc_check_digit(v)
    return v

BINS = [('622202', 19), ('621226', 19), ('622848', 19), ('621700', 19), ('622700', 19), ('621785', 19),
        ('622262', 19), ('622588', 16), ('621483', 16), ('622908', 18), ('622188', 19), ('621799', 19),
        ('623668', 19), ('621661', 19), ('622609', 16), ('625965', 16), ('436742', 19), ('621467', 19)]


def bank_card():
    b, ln = R.choice(BINS)
    body = b + dg(ln - 7)
    return body + luhn.calc_check_digit(body)

TACS = ['86891203', '86753604', '35332011', '86974305', '35391110', '86220505', '86401206', '35890811',
        '86617004', '86476803']


def imei():
    body = R.choice(TACS) + dg(6)
    return body + luhn.calc_check_digit(body)


def meid():
    return R.choice(['A0000', 'A1000', 'A0000']) + ''.join(R.choice('0123456789ABCDEF') for _ in range(9))


def iccid():
    op = R.choice(['00', '00', '01', '03', '11', '02', '07', '06'])
    ln = R.choice([20, 20, 20, 19])
    body = '8986' + op + dg(ln - 7)
    return body + luhn.calc_check_digit(body)


def imsi():
    return '460' + R.choice(['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11', '15', '20']) + dg(10)

OUIS = ['A4:50:46', '28:6C:07', '64:09:80', '50:EC:50', '78:11:DC', 'B0:E2:35', 'F4:8B:32', 'C8:5C:CC', '3C:CD:57', '9C:9D:7E']


def mac(style=None):
    octs = R.choice(OUIS).split(':') + ['%02X' % R.randint(0, 255) for _ in range(3)]
    style = style or R.choice(['colon_l', 'colon_u', 'dash_u', 'bare_l', 'colon_l'])
    if style == 'colon_l':
        return ':'.join(octs).lower()
    if style == 'colon_u':
        return ':'.join(octs)
    if style == 'dash_u':
        return '-'.join(octs)
    return ''.join(octs).lower()

IP4_PRE = ['117.136', '223.104', '112.96', '183.240', '120.229', '36.112', '113.116', '221.216', '39.144',
           '111.55', '14.155', '101.88', '58.246', '123.147']


def ipv4():
    return '%s.%d.%d' % (R.choice(IP4_PRE), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    pre = R.choice(['2409:8a1e', '240e:3b4', '2408:8207', '2409:8900', '240e:47c'])
    return pre + ':' + ':'.join('%x' % R.randint(0, 0xffff) for _ in range(R.choice([4, 6])))

CITIES_LL = [(39.9042, 116.4074), (31.2304, 121.4737), (23.1291, 113.2644), (22.5431, 114.0579),
             (30.2741, 120.1551), (32.0603, 118.7969), (30.5728, 104.0668), (30.5928, 114.3055),
             (34.3416, 108.9398), (31.8206, 117.2272), (29.5630, 106.5516), (28.2282, 112.9388)]


def coord():
    la, lo = R.choice(CITIES_LL)
    return '%.6f' % (la + R.uniform(-0.15, 0.15)), '%.6f' % (lo + R.uniform(-0.15, 0.15))

PLATE_PROV = '京沪粤浙苏川鄂陕皖渝湘豫鲁津冀'
PL_LET = 'ABCDEFGHJKLMNPQRSTUVWXY'


def plate():
    p = R.choice(PLATE_PROV) + R.choice('ABCDEFGH')
    if R.random() < 0.3:  # new energy, small car
        tail = R.choice('DF') + R.choice(PL_LET + '0123456789') + dg(4)
    else:
        tail = list(dg(5))
        if R.random() < 0.5:
            tail[R.randint(0, 2)] = R.choice(PL_LET)
        tail = ''.join(tail)
    return p, tail


def passport():
    k = R.random()
    if k < 0.5:
        return 'E' + dg(8)
    if k < 0.8:
        return 'E' + R.choice(PL_LET) + dg(7)
    return 'G' + dg(8)


def hk_permit():
    return (R.choice('CCCW')) + dg(8)

USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc():
    body = '91' + R.choice(['110000', '310000', '440300', '330100', '320100']) + ''.join(R.choice(USCC_CH[:31]) for _ in range(9))
    body = body[:17]
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    c = (31 - s % 31) % 31
    return body + USCC_CH[c]

# ---------------------------------------------------------------- names, addresses

SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱严莫孔汤章')
GIVEN_M = list('伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林文建国志海峰春晨阳亮东成')
GIVEN_F = list('芳娜敏静丽艳娟霞秀英燕玲桂萍红梅琳颖雪慧洁莉婷倩蓉晓欣怡佳雯璐丹琴月兰媛')
SPELL = {'张': '弓长张', '章': '立早章', '李': '木子李', '王': '三横王', '陈': '耳东陈', '刘': '文刀刘',
         '吴': '口天吴', '胡': '古月胡', '许': '言午许', '杨': '木易杨', '徐': '双人徐', '赵': '走肖赵',
         '周': '周末的周', '林': '双木林', '黄': '草头黄', '程': '禾呈程', '姜': '美女姜', '江': '江水的江'}
GIVEN_EXPL = {'伟': '伟大的伟', '强': '强大的强', '明': '明天的明', '华': '中华的华', '芳': '芬芳的芳',
              '丽': '美丽的丽', '静': '安静的静', '国': '国家的国', '红': '红色的红', '平': '平安的平',
              '军': '军人的军', '海': '大海的海', '婷': '女字旁的婷', '雪': '雪花的雪', '东': '东西的东',
              '晨': '早晨的晨', '宇': '宇宙的宇', '月': '月亮的月', '梅': '梅花的梅', '鹏': '大鹏的鹏'}


def person_name(male):
    s = R.choice(SURN) if R.random() < 0.985 else R.choice(['欧阳', '司马', '诸葛', '上官'])
    pool = GIVEN_M if male else GIVEN_F
    g = R.choice(pool) + (R.choice(pool) if R.random() < 0.6 else '')
    return s + g

ROADS = [
    ('北京市', '朝阳区', ['建国路', '朝阳北路', '望京西路', '双桥东路', '十里堡路']),
    ('北京市', '海淀区', ['学院路', '万泉河路', '西三旗街', '清河中街']),
    ('北京市', '丰台区', ['丰台北路', '南三环西路', '马家堡东路']),
    ('上海市', '浦东新区', ['张杨路', '锦绣路', '川沙路', '上南路']),
    ('上海市', '徐汇区', ['漕溪北路', '龙华西路', '凯旋路']),
    ('上海市', '闵行区', ['七莘路', '莘松路', '都市路']),
    ('广州市', '天河区', ['天河北路', '中山大道西', '龙口西路']),
    ('广州市', '海珠区', ['江南大道中', '新港西路', '工业大道南']),
    ('深圳市', '南山区', ['南海大道', '桃园路', '沙河西路']),
    ('深圳市', '宝安区', ['宝安大道', '新安六路', '创业二路']),
    ('杭州市', '西湖区', ['文三路', '古墩路', '天目山路', '文一西路']),
    ('杭州市', '拱墅区', ['湖墅南路', '莫干山路', '上塘路']),
    ('南京市', '鼓楼区', ['中山北路', '湖南路', '草场门大街']),
    ('成都市', '武侯区', ['武侯祠大街', '科华北路', '玉林南路']),
    ('武汉市', '洪山区', ['珞喻路', '雄楚大道', '卓刀泉南路']),
    ('西安市', '雁塔区', ['小寨东路', '长安南路', '丈八东路']),
    ('合肥市', '蜀山区', ['长江西路', '黄山路', '潜山路']),
    ('重庆市', '渝北区', ['金开大道', '红锦大道', '新南路']),
    ('长沙市', '岳麓区', ['麓山南路', '枫林三路', '桐梓坡路']),
    ('郑州市', '金水区', ['花园路', '农业路', '文化路']),
]
PROV_OF = {'南京市': '江苏省', '成都市': '四川省', '武汉市': '湖北省', '西安市': '陕西省', '合肥市': '安徽省',
           '长沙市': '湖南省', '郑州市': '河南省', '杭州市': '浙江省', '广州市': '广东省', '深圳市': '广东省'}
COMPOUNDS = ['阳光花园', '金色家园', '和平里', '翠苑一区', '万科城', '碧桂园', '幸福小区', '紫薇苑', '锦绣江南',
             '东方明珠花园', '育才小区', '电力宿舍', '中海国际社区', '龙湖春江郦城']
RURAL = [('河南省', '周口市', '郸城县', '汲冢镇', '王庄村'), ('安徽省', '阜阳市', '临泉县', '杨桥镇', '刘寨村'),
         ('四川省', '南充市', '仪陇县', '马鞍镇', '赵家沟村'), ('湖南省', '邵阳市', '隆回县', '桃洪镇', '石门村'),
         ('山东省', '菏泽市', '曹县', '庄寨镇', '孙庄村'), ('江西省', '赣州市', '于都县', '贡江镇', '塅心村')]

CNUM = '零一二三四五六七八九'


def num_cn(n):
    if n < 10:
        return CNUM[n]
    if n < 20:
        return '十' + (CNUM[n % 10] if n % 10 else '')
    if n < 100:
        return CNUM[n // 10] + '十' + (CNUM[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        s = CNUM[h] + '百'
        if r == 0:
            return s
        if r < 10:
            return s + '零' + CNUM[r]
        return s + CNUM[r // 10] + '十' + (CNUM[r % 10] if r % 10 else '')
    t, r = divmod(n, 1000)
    s = CNUM[t] + '千'
    if r == 0:
        return s
    if r < 100:
        return s + '零' + num_cn(r)
    return s + num_cn(r)


def cn_digits(s, yao=False, ling='零'):
    out = []
    for ch in s:
        if ch == '1' and yao:
            out.append('幺')
        elif ch == '0':
            out.append(ling)
        elif ch.isdigit():
            out.append(CNUM[int(ch)])
        else:
            out.append(ch)
    return ''.join(out)


def address():
    if R.random() < 0.12:
        pv, ct, cy, tw, vg = R.choice(RURAL)
        g = R.randint(1, 12)
        no = R.randint(1, 120)
        w = pv + ct + cy + tw + vg + '%d组%d号' % (g, no)
        s = (pv if R.random() < 0.5 else '') + ct + cy + tw + vg + num_cn(g) + '组' + num_cn(no) + '号'
        short = cy + tw + vg + num_cn(g) + '组' + num_cn(no) + '号'
        return {'w': w, 's': s, 'short': short, 'city': ct}
    city, dist, roads = R.choice(ROADS)
    road = R.choice(roads)
    no = R.randint(1, 699)
    comp = R.choice(COMPOUNDS) if R.random() < 0.5 else ''
    bld = R.randint(1, 32)
    unit = R.randint(1, 6)
    floor = R.randint(1, 28)
    room = '%d%02d' % (floor, R.randint(1, 6))
    bw = R.choice(['号楼', '栋', '幢', '号楼'])
    pre = (PROV_OF.get(city, '') if R.random() < 0.3 else '') + city
    if comp:
        w = '%s%s%s%d号%s%d%s%d单元%s室' % (pre, dist, road, no, comp, bld, bw, unit, room)
        s = '%s%s%s号%s%s%s%s单元%s' % (dist, road, num_cn(no), comp, num_cn(bld), bw, num_cn(unit),
                                      cn_digits(room, yao=R.random() < 0.3)) + R.choice(['', '室', '室'])
    else:
        w = '%s%s%s%d号院%d%s%d单元%s' % (pre, dist, road, no, bld, bw, unit, room) + R.choice(['', '室'])
        s = '%s%s%s号院%s%s%s单元%s' % (dist, road, num_cn(no), num_cn(bld), bw, num_cn(unit), cn_digits(room))
    if R.random() < 0.3:
        s = city + s
    return {'w': w, 's': s, 'short': s, 'city': city}


def new_person():
    male = R.random() < 0.52
    dob = rand_dob()
    p = {
        'male': male, 'name': person_name(male), 'dob': dob, 'id': resident_id(dob, male),
        'mobile': mobile(), 'mobile2': mobile(), 'land': landline(), 'addr': address(),
        'card': bank_card(), 'iccid': iccid(), 'imei': imei(), 'imsi': imsi(),
        'pwd': R.choice(['123456', '888888', '%06d' % R.randint(0, 999999), '%06d' % R.randint(0, 999999),
                         '%06d' % R.randint(0, 999999), '520131', '666888']),
        'contact_mob': mobile(),
        'plate': plate(), 'passport': passport(), 'hk': hk_permit(),
    }
    py = ''.join(R.choice('abcdefghjklmnpqrstwxyz') for _ in range(R.randint(3, 7)))
    p['email'] = R.choice([py + str(dob[0]), py + '%02d%02d' % dob[1:], py + '_' + dg(3), dg(9)]) + '@' + \
        R.choice(['qq.com', '163.com', '126.com', 'sina.com', '139.com', 'foxmail.com', 'gmail.com'])
    p['title'] = '先生' if male else '女士'
    cm = R.random() < 0.5
    p['contact'] = person_name(cm)
    p['rel'] = R.choice(['儿子', '弟弟', '哥哥', '同事', '爸爸'] if cm else ['女儿', '姐姐', '妹妹', '同事', '妈妈'])
    if cm and R.random() < 0.5:
        p['rel'] = '老公' if not male else '同事'
    if not cm and R.random() < 0.5:
        p['rel'] = '老婆' if male else '同事'
    return p

# ---------------------------------------------------------------- spoken renderings

FW = str.maketrans('0123456789', '０１２３４５６７８９')


def split_groups(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def speak(value, groups, style=None, sep=None):
    """Render a digit string the way ASR writes a spoken number."""
    style = style or R.choices(['cn', 'yao', 'ar', 'spaced', 'mixed', 'fw'], [30, 22, 28, 9, 7, 4])[0]
    gs = split_groups(value, groups)
    if sep is None:
        sep = R.choice(['', ' ', '，', '，', ' ', '、', ', '] if len(gs) > 1 else [''])
    ling = '零' if R.random() < 0.9 else R.choice(['〇', '洞'])
    yao = style == 'yao' or (style == 'cn' and R.random() < 0.15)
    out = []
    for g in gs:
        if style in ('cn', 'yao'):
            t = cn_digits(g, yao=yao, ling=ling)
            if t.endswith('X') and R.random() < 0.5:
                t = t[:-1] + R.choice(['叉', 'x'])
        elif style == 'ar':
            t = g if R.random() < 0.85 else g.lower()
        elif style == 'fw':
            t = g.translate(FW)
        elif style == 'spaced':
            t = ' '.join(g)
        else:  # mixed
            t = g if R.random() < 0.5 else cn_digits(g, yao=R.random() < 0.5)
        out.append(t)
    if style == 'spaced' and sep == '':
        sep = ' '
    if style == 'ar' and sep == '' and len(gs) > 1 and R.random() < 0.3:
        sep = '-'
    return sep.join(out)


def phone_written(n, style=None):
    style = style or R.choice(['plain', 'plain', 'plain', 'p86', 'p0086', 'n86', 'dash', 'space', 'p86sp', 'fw'])
    if style == 'plain':
        return n
    if style == 'p86':
        return '+86' + n
    if style == 'p0086':
        return '0086' + n
    if style == 'n86':
        return '86' + n
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:7], n[7:])
    if style == 'space':
        return '%s %s %s' % (n[:3], n[3:7], n[7:])
    if style == 'p86sp':
        return '+86 %s %s %s' % (n[:3], n[3:7], n[7:])
    return n.translate(FW)


def land_written(ac, sub):
    return R.choice(['%s-%s' % (ac, sub), '%s%s' % (ac, sub), '(%s)%s' % (ac, sub), '%s %s' % (ac, sub)])


def id_groups():
    return R.choice([[18], [18], [6, 8, 4], [6, 4, 4, 4], [6, 8, 4], [3, 3, 4, 4, 4]])


def card_groups(c):
    return [4] * (len(c) // 4) if R.random() < 0.85 else [len(c)]


def dob_spoken(dob, written=False):
    y, m, d = dob
    k = R.random()
    if written or k < 0.2:
        return R.choice(['%d年%d月%d日' % dob, '%d年%02d月%02d日' % dob, '%d-%02d-%02d' % dob, '%d年%d月%d号' % dob])
    suffix = R.choice(['号', '日', '号'])
    if y >= 2000 and R.random() < 0.6:
        yy = '两千' + ('零' + CNUM[y - 2000] if y < 2010 else num_cn(y - 2000))
    elif k < 0.4 and y < 2000:
        yy = cn_digits(str(y)[2:])
    else:
        yy = cn_digits(str(y))
    return yy + '年' + num_cn(m) + '月' + num_cn(d) + suffix


def mask_mobile(n):
    return n[:3] + '****' + n[7:]


def mask_id(i):
    return i[:4] + '*' * 10 + i[-4:] if R.random() < 0.5 else i[:6] + '********' + i[-4:]

# ---------------------------------------------------------------- conversation scenarios
# a turn is (role, parts); role 'A' agent, 'C' customer

CARRIERS = [('中国移动', '10086'), ('中国联通', '10010'), ('中国电信', '10000')]
PACKAGES = ['5G畅享套餐128元档', '199元套餐', '5G智享套餐', '88元冰激凌套餐', '59元全家享', '39元5G飞享套餐',
            '129元融合套餐', '大王卡19元', '天翼畅享169元', '全球通尊享套餐']


def agent_no():
    return R.choice(['%d' % R.randint(100000, 999999), 'GZ%05d' % R.randint(0, 99999), '%d' % R.randint(1000, 9999)])


def sc_verify_name_id(p):
    t = []
    t.append(('A', [R.choice(['为了保障您的账户安全，需要先核实一下机主身份，请问机主姓名是？',
                              '麻烦您先报一下机主的姓名。', '请问这个号码登记的机主叫什么名字？'])]))
    nm = p['name']
    k = R.random()
    if k < 0.35 and nm[0] in SPELL:
        extra = ''
        if len(nm) >= 2 and nm[-1] in GIVEN_EXPL:
            extra = '，' + GIVEN_EXPL[nm[-1]]
        t.append(('C', ['我叫', (nm, 'PERSON_NAME'), '，' + SPELL[nm[0]] + extra + '。']))
    elif k < 0.7:
        t.append(('C', [(nm, 'PERSON_NAME'), R.choice(['。', '', '，是我本人。'])]))
    else:
        t.append(('C', ['机主是我', R.choice(['爸', '老公', '儿子', '爱人'] if p['male'] else ['妈', '老婆', '女儿', '爱人']), '，叫', (nm, 'PERSON_NAME'), '。']))
    t.append(('A', [R.choice(['好的，请您提供一下机主的身份证号码。', '好的，身份证号码是多少呢？',
                              '好的，麻烦说一下证件号码。'])]))
    k = R.random()
    if k < 0.2:
        # dictated across turns -> incomplete pieces, not labelled; agent reads back masked
        i = p['id']
        t.append(('C', [cn_digits(i[:6]), '，嗯，']))
        t.append(('A', ['嗯，您说。']))
        t.append(('C', [cn_digits(i[6:14], yao=R.random() < 0.5), '，然后', cn_digits(i[14:]).replace('X', '叉'), '。']))
        t.append(('A', ['好的，跟您确认一下，身份证尾号是', i[-4:], '对吗？']))
        t.append(('C', ['对。']))
    elif k < 0.3:
        i = p['id']
        t.append(('C', ['是', (speak(i, id_groups()), 'CHINA_RESIDENT_ID_NUMBER'), '。']))
        t.append(('A', ['好的，我跟您核对一下，', (speak(i, [6, 8, 4], style='ar', sep=R.choice([' ', '，'])), 'CHINA_RESIDENT_ID_NUMBER'), '，对吧？']))
        t.append(('C', ['对对对。']))
    else:
        t.append(('C', [R.choice(['身份证号是', '号码是', '', '我看一下啊，是']), (speak(p['id'], id_groups()), 'CHINA_RESIDENT_ID_NUMBER'),
                        R.choice(['。', '', '，对。'])]))
        t.append(('A', ['好的，证件号', R.choice(['尾号', '末四位']), p['id'][-4:], R.choice(['，核实通过。', '，已经核实了，谢谢。'])]))
    return t


def sc_dob(p):
    return [('A', [R.choice(['再跟您核实一下机主的出生年月日。', '请问机主是哪年哪月出生的？', '麻烦您报一下出生日期。'])]),
            ('C', [R.choice(['', '我是', '出生日期是']), (dob_spoken(p['dob']), 'DATE_OF_BIRTH'), R.choice(['。', '的。', '。'])]),
            ('A', ['好的，信息一致。'])]


def sc_callback(p):
    t = [('A', [R.choice(['请问您方便留一个联系电话吗？我们工程师会联系您。', '联系电话是多少呢？',
                          '后续处理结果会电话回访，请留一个能联系到您的号码。'])])]
    n = p['mobile2']
    k = R.random()
    if k < 0.15:
        wrong = R.choice([x for x in MOB_PREFIX if x != n[:3]])
        t.append(('C', [cn_digits(wrong), '……不对不对，', (speak(n, [3, 4, 4], style=R.choice(['cn', 'yao', 'ar'])), 'PHONE_NUMBER'), '。']))
        t.append(('A', ['好的，', (speak(n, [3, 4, 4], style='ar', sep=R.choice(['', ' ', '-'])), 'PHONE_NUMBER'), '，没错吧？']))
        t.append(('C', ['没错。']))
    elif k < 0.25:
        bad = n[:-1] + str((int(n[-1]) + R.randint(1, 8)) % 10)
        t.append(('C', [(speak(bad, [3, 4, 4], style='ar', sep=''), 'PHONE_NUMBER'), '，哦不对，最后一位是', cn_digits(n[-1]), '。']))
        t.append(('A', ['好的，那就是', (speak(n, [3, 4, 4], style='ar', sep=R.choice(['', ' '])), 'PHONE_NUMBER'), '。']))
    elif k < 0.37:
        t.append(('C', [cn_digits(n[:3], yao=True), '，嗯……', cn_digits(n[3:7]), '。']))
        t.append(('A', ['嗯。']))
        t.append(('C', [cn_digits(n[7:]), '。']))
        if R.random() < 0.6:
            t.append(('A', ['跟您复述一下，', (speak(n, [3, 4, 4], style='ar', sep=R.choice(['', ' ', '，'])), 'PHONE_NUMBER'), '。']))
        else:
            t.append(('A', ['好的，尾号', n[-4:], '，记下了。']))
    elif k < 0.5:
        ac, sub = p['land']
        t.append(('C', ['打我家座机吧，', (speak(ac + sub, [len(ac), len(sub) // 2, len(sub) - len(sub) // 2], style=R.choice(['cn', 'yao', 'ar']),
                                            sep=R.choice(['，', ' ', '-'])), 'PHONE_NUMBER'), '。']))
        t.append(('A', ['好的，座机', (land_written(ac, sub), 'PHONE_NUMBER'), '，已记录。']))
    else:
        t.append(('C', [R.choice(['打这个号就行，', '留我另一个号吧，', '', '你记一下，']),
                        (speak(n, R.choice([[3, 4, 4], [11], [3, 4, 4], [3, 8]])), 'PHONE_NUMBER'), R.choice(['。', '', '，白天都在。'])]))
        t.append(('A', [R.choice(['好的，记下了。', '好的，收到。', '好的。'])]))
    return t


def sc_address(p):
    a = p['addr']
    t = [('A', [R.choice(['请问需要上门安装的详细地址是？', '宽带装机地址是哪里呢？', '麻烦说一下您的详细住址，精确到门牌号。',
                          '新卡邮寄到哪个地址？'])])]
    k = R.random()
    if k < 0.15:
        # broken by a filler: pieces are incomplete, agent reads the full address back
        s = a['s']
        cut = s.find('号') + 1
        t.append(('C', [s[:cut], '，嗯……', s[cut:], '。']))
        t.append(('A', ['好的，我复述一下：', (a['w'], 'STREET_ADDRESS'), '，对吗？']))
        t.append(('C', ['对。']))
    else:
        t.append(('C', [R.choice(['在', '地址是', '', '我家在']), (R.choice([a['s'], a['s'], a['w']]), 'STREET_ADDRESS'), '。']))
        t.append(('A', ['好的，', R.choice(['已经给您登记了。', '师傅会提前联系您。', '三到五个工作日送达。'])]))
    if R.random() < 0.3:
        t.append(('C', ['你们营业厅是不是在', R.choice(['人民路一百二十号', '中山路88号', '解放大道1035号', '建设路二十三号']), '那个？']))
        t.append(('A', ['是的，营业厅营业时间是早上九点到晚上六点。']))
    return t


def sc_iccid(p):
    c = p['iccid']
    return [('A', ['麻烦您看一下SIM卡背面或者卡托上那串数字，八九八六开头的，读给我一下。']),
            ('C', ['是', (speak(c, [4, 4, 4, 4, 4] if R.random() < 0.7 else [len(c)], style=R.choice(['ar', 'cn', 'yao', 'spaced', 'ar'])), 'ICCID_NUMBER'), '。']),
            ('A', ['好的，卡号已核对，新卡激活大概需要', R.choice(['十分钟', '两个小时', '半小时']), '。'])]


def sc_bank(p):
    c = p['card']
    t = [('A', [R.choice(['请提供一下需要绑定自动缴费的银行卡号。', '代扣的银行卡号是多少呢？', '退费原路退不了，麻烦提供一张本人的银行卡号。'])])]
    if R.random() < 0.15:
        t.append(('C', [cn_digits(c[:4]), '，', cn_digits(c[4:8]), '，那个……', cn_digits(c[8:]), '。']))
        t.append(('A', ['好的，卡号尾号', c[-4:], '，', R.choice(['建设银行', '工商银行', '农业银行', '招商银行']), '对吧？']))
    else:
        t.append(('C', [R.choice(['卡号是', '', '我念一下，']), (speak(c, card_groups(c), sep=R.choice([' ', '，', ' ', '', '、'])), 'BANK_CARD_NUMBER'), '。']))
        t.append(('A', ['好的，每月', R.choice(['十五号', '一号', '二十号']), '自动扣费，扣款金额', R.choice(['一百二十八元', '199元', '五十九块', '88元']), '。']))
    return t


def sc_password(p):
    t = []
    if R.random() < 0.6:
        t.append(('A', ['请您告诉我一下六位服务密码，或者按键输入也可以。']))
        t.append(('C', [R.choice(['服务密码是', '密码', '是', '我记得是']), (speak(p['pwd'], [6], style=R.choice(['cn', 'yao', 'ar', 'spaced'])), 'CREDENTIAL'), R.choice(['。', '吧。', ''])]))
        t.append(('A', [R.choice(['密码校验通过。', '好的，验证成功。', '不好意思，密码不正确，您再想想。'])]))
    code = '%06d' % R.randint(0, 999999) if R.random() < 0.7 else '%04d' % R.randint(0, 9999)
    t.append(('A', ['我这边给您发了一条短信验证码，请您念一下。']))
    t.append(('C', ['验证码是', speak(code, [len(code)], style=R.choice(['cn', 'ar', 'yao'])), '。']))
    t.append(('A', ['好的，验证成功。']))
    return t


def sc_package(p, carrier):
    pk = R.choice(PACKAGES)
    return [('A', ['您现在用的是', pk, '，每月包含', R.choice(['30G', '四十个G', '100GB', '二十G']), '流量和',
                   R.choice(['500分钟', '一千分钟', '300分钟']), '通话。']),
            ('C', ['上个月怎么扣了我', R.choice(['二百三十七块五', '156.80元', '两百多', '三百一十二元']), '？']),
            ('A', ['您上月有', R.choice(['国际漫游', '超套流量', '增值业务']), '费用', R.choice(['六十八元', '45元', '一百零五块']),
                   '，如果换成', R.choice(PACKAGES), '，下个月', R.choice(['一号', '1号']), '生效。详细账单可以拨打', carrier[1], '查询。']),
            ('C', ['那你给我退了吧，我在你们这儿用了', R.choice(['十二年', '八年', '二十年']), '了。'])]


def sc_imei(p):
    if R.random() < 0.3:
        m = meid()
        return [('A', ['您是电信的CDMA手机吧？麻烦提供一下MEID号，十四位的，设置里关于手机能看到。']),
                ('C', ['MEID是', (m if R.random() < 0.7 else m.lower(), 'MEID'), '。']),
                ('A', ['好的，已经登记挂失。'])]
    return [('A', ['麻烦提供一下手机的串号，包装盒上或者拨星井零六井可以看到，十五位的。']),
            ('C', [R.choice(['IMEI是', '串号', '']), (speak(p['imei'], R.choice([[15], [15], [2, 6, 6, 1], [4, 4, 4, 3]]), style=R.choice(['ar', 'ar', 'cn', 'spaced'])), 'IMEI_HARDWARE_ID'), '。']),
            ('A', ['好的，已经登记挂失，设备型号', R.choice(['HUAWEI Mate 60', 'iPhone 13', 'Redmi K70', 'OPPO Reno11']), '。'])]


def sc_email(p):
    e = p['email']
    if R.random() < 0.35:
        u, d = e.split('@')
        sp = u + '艾特' + d.replace('.', '点')
        val = sp
    else:
        val = e
    return [('A', ['电子发票发送到哪个邮箱？']),
            ('C', [R.choice(['', '发我邮箱，', '邮箱是']), (val, 'EMAIL_ADDRESS'), '。']),
            ('A', ['好的，发票将在', R.choice(['二十四小时', '三个工作日']), '内发送。'])]


def sc_plate(p):
    pr, tail = p['plate']
    val = pr + R.choice(['', '', ' ', '·']) + (tail if R.random() < 0.6 else cn_digits(tail, yao=R.random() < 0.5))
    return [('A', ['车载流量卡需要登记车辆信息，请问车牌号是？']),
            ('C', [R.choice(['', '车牌', '是']), (val, 'CHINA_LICENSE_PLATE'), '。']),
            ('A', ['好的，车主姓名与机主一致吧？'])]


def sc_contact(p):
    return [('A', ['请留一个紧急联系人。']),
            ('C', ['我' + p['rel'], R.choice(['', '，叫']), (p['contact'], 'PERSON_NAME'), '，电话',
                   (speak(p['contact_mob'], [3, 4, 4]), 'PHONE_NUMBER'), '。']),
            ('A', ['好的。'])]


def greet(carrier, ano, agent_name):
    k = R.random()
    if k < 0.5:
        return ('A', ['您好，', carrier[0], '，工号', ano, '为您服务，请问有什么可以帮您？'])
    if k < 0.8:
        return ('A', ['您好，很高兴为您服务，我是', (agent_name, 'PERSON_NAME'), '，工号', ano, '。'])
    return ('A', ['您好，', carrier[0], '客服，请讲。'])


def closing(carrier):
    return [('A', ['请问还有其他可以帮您的吗？']), ('C', [R.choice(['没有了，谢谢。', '没了。', '就这些。'])]),
            ('A', ['感谢您的来电，稍后请对我的服务进行评价，满意请按', R.choice(['1', '一']), '，再见。'])]

OPENERS = ['我家宽带从昨天晚上就上不了网了。', '我想办一下补卡。', '我想查一下上个月的话费怎么这么多。',
           '我手机丢了，要挂失。', '我想改一下自动缴费的银行卡。', '我要开电子发票。', '我想把套餐降一下。',
           '你们那个车载流量卡怎么办理？', '我的号码被停机了，帮我看看。']
SC_BY_OPENER = {0: ['addr', 'cb'], 1: ['iccid', 'addr'], 2: ['pkg'], 3: ['imei', 'cb'], 4: ['bank'], 5: ['email'],
                6: ['pkg', 'pwd'], 7: ['plate', 'cb'], 8: ['pkg', 'contact']}


def make_call(p=None, carrier=None, rich=True):
    p = p or new_person()
    carrier = carrier or R.choice(CARRIERS)
    ano = agent_no()
    aname = person_name(R.random() < 0.4)
    turns = [greet(carrier, ano, aname)]
    oi = R.choices(range(len(OPENERS)), [10, 9, 8, 8, 8, 8, 6, 6, 6])[0]
    turns.append(('C', [R.choice(['喂，你好，', '你好，', '喂？', '']), OPENERS[oi]]))
    if rich or R.random() < 0.7:
        turns += sc_verify_name_id(p)
    if R.random() < 0.35:
        turns += sc_dob(p)
    if R.random() < 0.25:
        turns += sc_password(p)
    for s in SC_BY_OPENER[oi]:
        turns += {'addr': sc_address, 'cb': sc_callback, 'iccid': sc_iccid, 'pkg': lambda q: sc_package(q, carrier),
                  'imei': sc_imei, 'bank': sc_bank, 'email': sc_email, 'plate': sc_plate, 'pwd': sc_password,
                  'contact': sc_contact}[s](p)
    if R.random() < 0.2:
        turns += sc_callback(p)
    turns += closing(carrier)
    return {'p': p, 'carrier': carrier, 'ano': ano, 'aname': aname, 'turns': turns}


def hms(ms, sep='.'):
    h, r = divmod(ms, 3600000)
    m, r = divmod(r, 60000)
    s, r = divmod(r, 1000)
    return '%02d:%02d:%02d%s%03d' % (h, m, s, sep, r)


def timed(turns, start=0):
    t = start + R.randint(500, 1500)
    out = []
    for role, parts in turns:
        dur = 400 + 180 * len(plain(parts)) + R.randint(0, 900)
        out.append((t, t + dur, role, parts))
        t += dur + R.randint(150, 1800)
    return out, t

EPOCH0 = 1712885400000  # 2024-04-12 09:30:00 +08:00


def call_id(i, kind='CC'):
    return '%s20240412%06d%04d' % (kind, 93000 + i * 137 % 80000, R.randint(0, 9999))


def uuid():
    h = '%032x' % R.getrandbits(128)
    return '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab') + h[17:20], h[20:])


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def tok(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))

# ---------------------------------------------------------------- files

def f_callcenter(docs):
    d = Doc('callcenter_asr_20240412.txt')
    d.w('# ASR转写导出  批次: TX-20240412-A  引擎: hy-asr-8k v3.6.2  说话人分离: on\n\n')
    for i in range(24):
        c = make_call()
        p = c['p']
        ani = p['mobile']
        tl, end = timed(c['turns'])
        hdr = ['==== 通话ID: ', call_id(i), ' | 坐席工号: ', c['ano'], ' | 坐席: ', (c['aname'], 'PERSON_NAME'),
               ' | 主叫: ', (phone_written(ani, R.choice(['plain', 'plain', 'n86', 'p86'])), 'PHONE_NUMBER'),
               ' | 被叫: ', c['carrier'][1], ' | 时长: ', hms(end)[:8], ' | 录音: rec/2024/04/12/', hexs(16), '.wav ====\n']
        if R.random() < 0.3:
            hdr[4:6] = ['']
            hdr[3] = c['ano']
        d.w(hdr)
        for st, en, role, parts in tl:
            d.w('[', hms(st), '] ', '坐席：' if role == 'A' else '客户：', parts, '\n')
        d.w('---- 静音占比 ', '%d%%' % R.randint(3, 30), '  抢话次数 ', str(R.randint(0, 4)), '  情绪: ',
            R.choice(['平稳', '负面', '平稳', '激动']), '\n\n')
    docs.append(d)


def f_utterances(docs):
    d = Doc('asr_utterances.jsonl')
    for i in range(12):
        c = make_call()
        cid = call_id(i + 100)
        tl, _ = timed(c['turns'])
        chan = R.choice([(0, 1), (1, 0)])
        for seq, (st, en, role, parts) in enumerate(tl):
            itn = []
            for p_ in parts:
                itn.append(p_)
            obj = {'call_id': cid, 'seq': seq, 'channel': chan[0] if role == 'A' else chan[1],
                   'role': 'agent' if role == 'A' else 'customer', 'begin_ms': st, 'end_ms': en,
                   'text': parts, 'confidence': round(R.uniform(0.62, 0.99), 3)}
            if seq == 0:
                obj['caller'] = (phone_written(c['p']['mobile'], R.choice(['plain', 'p86', 'n86'])), 'PHONE_NUMBER')
                obj['callee'] = c['carrier'][1]
                obj['start_time'] = EPOCH0 + i * 731117
            if R.random() < 0.15:
                obj['speed'] = round(R.uniform(3.1, 6.2), 2)
            write_json_parts(d, jparts(obj))
            d.w('\n')
    docs.append(d)


def tokens_of(parts):
    """Word tokens of a sentence: (text, type|None). Only a token that is a whole PI value is labelled."""
    out = []
    for p_ in parts:
        if isinstance(p_, tuple):
            val, typ = p_
            pieces = [x for x in val.replace('，', ' ').replace('、', ' ').replace(',', ' ').split(' ') if x]
            if len(pieces) == 1 and (val.isascii() or typ == 'PERSON_NAME'):
                out.append((val, typ))
            else:
                for x in pieces:
                    for j in range(0, len(x), 4 if not x.isascii() else 20):
                        out.append((x[j:j + (4 if not x.isascii() else 20)], None))
        else:
            s = p_
            j = 0
            while j < len(s):
                n = R.choice([1, 2, 2, 3])
                out.append((s[j:j + n], None))
                j += n
    return out


def f_words(docs):
    d = Doc('asr_words_export.json')
    calls = []
    for i in range(4):
        c = make_call(rich=True)
        tl, _ = timed(c['turns'])
        sents = []
        for st, en, role, parts in tl:
            toks = tokens_of(parts)
            span = max(1, (en - st) // max(1, len(toks)))
            words = []
            for k, (w, typ) in enumerate(toks):
                words.append({'w': [(w, typ)] if typ else w, 'bg': st + k * span, 'ed': st + (k + 1) * span,
                              'cf': round(R.uniform(0.41, 1.0), 2), 'punc': 0})
            sents.append({'spk': 'S1' if role == 'A' else 'S2', 'bg': st, 'ed': en, 'text': parts,
                          'words': Arr(words)})
        calls.append({'task_id': uuid(), 'file': 'rec_%s.wav' % call_id(i + 200), 'sample_rate': 8000,
                      'engine': 'hy-asr-8k', 'engine_version': '3.6.2.1041', 'status': 'SUCCESS',
                      'ani': (phone_written(c['p']['mobile'], 'plain'), 'PHONE_NUMBER'),
                      'sentences': Arr(sents)})
    top = {'code': 0, 'msg': 'ok', 'request_id': uuid(), 'created_at': EPOCH0 + 3600000, 'data': Arr(calls)}
    write_json_parts(d, jparts(top))
    d.w('\n')
    docs.append(d)


def csvq(parts):
    return ['"', parts, '"']


def f_segments(docs):
    d = Doc('asr_segments.csv')
    d.w('call_id,seg_no,speaker,start,end,confidence,text,agent_id\n')
    for i in range(16):
        c = make_call(rich=R.random() < 0.8)
        cid = call_id(i + 300)
        tl, _ = timed(c['turns'])
        for k, (st, en, role, parts) in enumerate(tl):
            d.w(cid, ',', str(k + 1), ',', '坐席' if role == 'A' else '客户', ',', '%.2f' % (st / 1000), ',',
                '%.2f' % (en / 1000), ',', '%.3f' % R.uniform(0.55, 0.99), ',')
            d.w('"')
            d.w(parts, esc=cesc)
            d.w('",', c['ano'], '\n')
    docs.append(d)


def f_ivr(docs):
    d = Doc('ivr_dtmf_20240412.log')
    t = EPOCH0

    def ts():
        nonlocal t
        t += R.randint(80, 4000)
        s, ms = divmod(t, 1000)
        hh, r = divmod((s + 8 * 3600) % 86400, 3600)
        mm, ss = divmod(r, 60)
        return '2024-04-12 %02d:%02d:%02d.%03d' % (hh, mm, ss, ms)

    for i in range(30):
        p = new_person()
        cid = 'IVR%d%03d' % (t, R.randint(0, 999))
        node = 'ivr-node-%02d' % R.randint(1, 12)
        pre = lambda lvl='INFO': [ts(), ' [', lvl, '] [', node, '] call_id=', cid, ' ']
        ani = p['mobile']
        d.w(pre(), 'event=CALL_IN ani=', (phone_written(ani, R.choice(['plain', 'n86', 'plain', 'p86'])), 'PHONE_NUMBER'),
            ' dnis=', R.choice(['10086', '10010', '10000', '1008611', '4008108888']), ' trunk=SIP-', str(R.randint(1, 9)),
            ' codec=PCMA\n')
        if R.random() < 0.5:
            d.w(pre('DEBUG'), 'event=HLR_QUERY msisdn=', ('86' + ani, 'PHONE_NUMBER'), ' imsi=', (p['imsi'], 'IMSI_ID'),
                ' vlr=', dg(11), ' cgi=', ('460-%s-%d-%d' % (p['imsi'][3:5], R.randint(1000, 65000), R.randint(100, 65000)), 'CELL_ID'),
                ' rt=', str(R.randint(8, 90)), 'ms\n')
        d.w(pre(), 'node=MAIN_MENU prompt=welcome_v3.wav barge_in=true\n')
        d.w(pre(), 'event=DTMF digit=', R.choice('1234'), ' node=MAIN_MENU\n')
        flow = R.choice(['id', 'id', 'pwd', 'card', 'asr', 'id', 'pwd'])
        if flow == 'id':
            d.w(pre(), 'node=ID_VERIFY prompt=input_idcard_18.wav max_len=18 term=#\n')
            ident = p['id']
            if R.random() < 0.5:
                for ch in ident:
                    d.w(pre('DEBUG'), 'event=DTMF digit=', '*' if ch == 'X' else ch, ' node=ID_VERIFY\n')
            v = ident.replace('X', '*') if ident.endswith('X') and R.random() < 0.5 else ident
            d.w(pre(), 'event=COLLECT node=ID_VERIFY input=', (v, 'CHINA_RESIDENT_ID_NUMBER'), ' term=# len=18 tries=',
                str(R.randint(1, 2)), '\n')
            d.w(pre(), 'event=VERIFY type=IDCARD result=', R.choice(['PASS', 'PASS', 'FAIL']), ' masked=', mask_id(ident), '\n')
        elif flow == 'pwd':
            d.w(pre(), 'node=PWD_VERIFY prompt=input_service_pwd.wav max_len=6\n')
            if R.random() < 0.5:
                for ch in p['pwd']:
                    d.w(pre('DEBUG'), 'event=DTMF digit=', ch, ' node=PWD_VERIFY\n')
                d.w(pre('DEBUG'), 'event=COLLECT node=PWD_VERIFY input=', (p['pwd'], 'CREDENTIAL'), ' len=6\n')
            else:
                d.w(pre(), 'event=COLLECT node=PWD_VERIFY input=****** len=6\n')
            d.w(pre(), 'event=VERIFY type=SERVICE_PWD result=', R.choice(['PASS', 'PASS', 'FAIL', 'LOCKED']), ' fail_count=', str(R.randint(0, 3)), '\n')
        elif flow == 'card':
            d.w(pre(), 'node=PAY_CARD prompt=input_bankcard.wav max_len=19 amount=', R.choice(['50.00', '100.00', '30.00', '200.00']), '\n')
            d.w(pre(), 'event=COLLECT node=PAY_CARD input=', (p['card'], 'BANK_CARD_NUMBER'), ' term=# len=', str(len(p['card'])), '\n')
            d.w(pre(), 'event=PAY_REQ order_no=PAY', dg(18), ' card=', p['card'][:6], '******', p['card'][-4:], ' ret=0000\n')
        else:
            d.w(pre(), 'node=ASR_MENU prompt=say_your_need.wav engine=asr-ivr-16k\n')
            txt = R.choice([['我要查话费'], ['帮我转人工'], ['我叫', (p['name'], 'PERSON_NAME'), '，查一下宽带到期时间'],
                            ['我的号码是', (speak(p['mobile2'], [3, 4, 4], style=R.choice(['cn', 'yao', 'ar'])), 'PHONE_NUMBER'), '查一下是不是欠费了'],
                            ['办理', R.choice(PACKAGES)], ['身份证号', (speak(p['id'], [18], style='ar'), 'CHINA_RESIDENT_ID_NUMBER')]])
            d.w(pre(), 'event=ASR_RESULT node=ASR_MENU text="', txt, '" conf=', '%.2f' % R.uniform(0.5, 0.98),
                ' intent=', R.choice(['query_bill', 'to_agent', 'broadband', 'query_arrears']), '\n')
        d.w(pre(), 'event=TRANSFER queue=', R.choice(['VIP', 'GENERAL', 'BROADBAND', 'COMPLAINT']), ' agent=', agent_no(),
            ' wait=', str(R.randint(2, 300)), 's\n')
        d.w(pre(), 'event=HANGUP cause=', R.choice(['16', '16', '31', '17']), ' dur=', str(R.randint(20, 900)), '\n')
    docs.append(d)


def f_qc(docs):
    d = Doc('qc_report_2024W15.md')
    d.w('# 客服质检周报 2024年第15周（04/08–04/14）\n\n抽检通话 1,284 通，自动质检覆盖率 100%，人工复核 212 通。'
        '平均得分 91.6，较上周 +1.3。本报告仅限质检组内部使用。\n\n')
    d.w('## 一、坐席得分\n\n| 工号 | 坐席 | 班组 | 抽检数 | 得分 | 扣分项 |\n|---|---|---|---|---|---|\n')
    for _ in range(14):
        d.w('| ', agent_no(), ' | ', (person_name(R.random() < 0.4), 'PERSON_NAME'), ' | ', R.choice(['宽带一组', '投诉二组', 'VIP组', '营销组']),
            ' | ', str(R.randint(8, 40)), ' | ', '%.1f' % R.uniform(72, 99), ' | ',
            R.choice(['未脱敏复述', '无', '服务用语不规范', '抢话', '未核实身份']), ' |\n')
    d.w('\n## 二、典型问题摘录\n\n')
    for i in range(22):
        c = make_call()
        tl, _ = timed(c['turns'])
        d.w('### 案例', str(i + 1), '  通话 ', call_id(i + 400), '  坐席 ', c['ano'])
        if R.random() < 0.6:
            d.w(' ', (c['aname'], 'PERSON_NAME'))
        d.w('\n\n')
        d.w('- 命中规则：', R.choice(['R-017 敏感信息完整复述', 'R-009 身份核实缺失', 'R-023 承诺超范围', 'R-031 静音超时']), '\n')
        d.w('- 扣分：', str(R.choice([2, 5, 10, 20])), ' 分；客户号码：', mask_mobile(c['p']['mobile']), '\n\n')
        picks = [x for x in tl if any(isinstance(q, tuple) for q in x[3])]
        picks = picks[:R.randint(2, 5)] if picks else tl[:2]
        for st, en, role, parts in picks:
            d.w('> [', hms(st), '] ', '坐席：' if role == 'A' else '客户：', parts, '\n')
        d.w('\n质检意见：', R.choice(['坐席在复述证件号码时未按规范只读后四位。', '整体服务规范，身份核实流程完整。',
                                   '客户报出银行卡号后坐席未提醒客户注意信息安全。', '建议加强业务知识培训，套餐资费解释有误。']), '\n\n')
    d.w('## 三、附：脱敏规范\n\n复述时手机号仅读前三后四（如 139****0021），证件号仅读后四位；'
        '严禁要求客户口述服务密码以外的密码。热线 10086 / 10010 / 10000 的转接话术见知识库 KB-2024-0311。\n')
    docs.append(d)


def f_voicemail(docs):
    d = Doc('voicemail_transcripts.xml')
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<voicemailExport system="VMS-5.2" generated="2024-04-12T23:00:04+08:00">\n')
    for i in range(28):
        owner = new_person()
        caller = new_person()
        d.w('  <voicemail id="VM', dg(14), '">\n')
        d.w('    <mailbox>', (phone_written(owner['mobile'], R.choice(['plain', 'n86'])), 'PHONE_NUMBER'), '</mailbox>\n')
        if R.random() < 0.85:
            d.w('    <caller>', (phone_written(caller['mobile'], R.choice(['plain', 'p86', 'plain'])), 'PHONE_NUMBER'), '</caller>\n')
        else:
            ac, sub = caller['land']
            d.w('    <caller>', (ac + sub, 'PHONE_NUMBER'), '</caller>\n')
        d.w('    <received>2024-04-12T', '%02d:%02d:%02d' % (R.randint(7, 22), R.randint(0, 59), R.randint(0, 59)), '+08:00</received>\n')
        d.w('    <durationSec>', str(R.randint(4, 60)), '</durationSec>\n')
        if R.random() < 0.45:
            mnc = R.choice(['00', '01', '11'])
            d.w('    <sipPani>3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=', ('460' + mnc + '%04X' % R.randint(0, 65535) + '%07X' % R.randint(0, 0xfffffff), 'CELL_ID'),
                '</sipPani>\n')
        d.w('    <transcript confidence="', '%.2f' % R.uniform(0.6, 0.97), '">')
        k = R.random()
        on = owner['name']
        cn = caller['name']
        cb = caller['mobile2']
        if k < 0.3:
            body = ['喂，', (on, 'PERSON_NAME'), '，我是你', R.choice(['二姨', '表哥', '老同学', '大舅']), '，', (cn, 'PERSON_NAME'),
                    '，手机换号了，新号是', (speak(cb, [3, 4, 4]), 'PHONE_NUMBER'), '，看到回个电话。']
        elif k < 0.5:
            body = ['您好，我是', R.choice(['顺丰', '京东', '中通']), '快递，你的快递放在', R.choice(['门卫室', '丰巢柜', '驿站']),
                    '了，取件码', '%d-%d-%04d' % (R.randint(1, 9), R.randint(1, 9), R.randint(0, 9999)), '，有问题打我电话',
                    (speak(cb, [11], style='ar'), 'PHONE_NUMBER'), '。']
        elif k < 0.65:
            body = [(on, 'PERSON_NAME'), R.choice(['先生', '女士', '']), '您好，我是', R.choice(['链家', '平安保险', '社区医院']), '的',
                    (cn, 'PERSON_NAME'), '，关于您', R.choice(['房子的事', '保单续费', '体检报告']), '，麻烦回电', (speak(cb, [3, 4, 4], style=R.choice(['ar', 'cn'])), 'PHONE_NUMBER'),
                    '，或者打座机', (speak(''.join(caller['land']), [len(caller['land'][0]), 8], style='ar', sep='-'), 'PHONE_NUMBER'), '。']
        elif k < 0.8:
            body = ['你好，这里是', R.choice(['中国移动', '中国电信']), '，您的', R.choice(['宽带', '话费']), '将于', R.choice(['四月十五日', '本月底']),
                    '到期，续费请拨打', R.choice(['10086', '10000']), '或登录APP办理，本条为系统留言。']
        else:
            addr = caller['addr']
            body = ['妈，我', (cn, 'PERSON_NAME'), '，我搬家了，新地址是', (addr['s'], 'STREET_ADDRESS'), '，你寄东西寄这里，电话还是',
                    (speak(caller['mobile'], [3, 4, 4], style='ar', sep=''), 'PHONE_NUMBER'), '。']
        d.w(body, esc=xesc)
        d.w('</transcript>\n  </voicemail>\n')
    d.w('</voicemailExport>\n')
    docs.append(d)


def f_outbound(docs):
    d = Doc('outbound_marketing_calls.tsv')
    d.w('task_id\tbatch\tcallee\tcallee_name\tagent_id\tresult\tdur_s\tcallee_id_masked\ttranscript\n')
    for i in range(34):
        p = new_person()
        nm = p['name']
        sur = nm[:2] if nm[:2] in ('欧阳', '司马', '诸葛', '上官') else nm[0]
        pk = R.choice(PACKAGES)
        k = R.random()
        tr = ['坐席：您好，请问是', (nm, 'PERSON_NAME') if R.random() < 0.6 else sur + p['title'], '吗？我这边是', R.choice(['中国移动', '中国联通', '中国电信']),
              '客户经理，工号', agent_no(), '。|客户：', R.choice(['是我，什么事？', '对，你说。', '你哪位？'])]
        if k < 0.3:
            tr += ['|坐席：您的号码可以免费升级', pk, '，每月只多', R.choice(['十块钱', '10元', '二十元']), '，流量翻倍。|客户：不需要，别打了。']
        elif k < 0.55:
            tr += ['|坐席：您家宽带是', R.choice(['一百兆', '300M', '五百兆']), '的，现在可以升千兆，地址还是', (p['addr']['w'], 'STREET_ADDRESS'),
                   '吧？|客户：对，多少钱？|坐席：', R.choice(['每月加二十', '首年九折', '免费体验三个月']), '。']
        elif k < 0.8:
            n2 = p['mobile2']
            tr += ['|客户：我在开车，你打我另一个号吧，', (speak(n2, [3, 4, 4]), 'PHONE_NUMBER'),
                   '。|坐席：好的，', (speak(n2, [3, 4, 4], style='ar', sep=''), 'PHONE_NUMBER'), '，稍后联系您。']
        else:
            tr += ['|坐席：办理需要核实身份，请报一下身份证号。|客户：', (speak(p['id'], id_groups()), 'CHINA_RESIDENT_ID_NUMBER'),
                   '。|坐席：好的，已为您预约，', R.choice(['下月1号生效', '本月生效', '次日生效']), '。']
        d.w('OB', dg(12), '\t', R.choice(['B0412-05', 'B0412-11', 'B0410-02']), '\t',
            (phone_written(p['mobile'], R.choice(['plain', 'plain', 'p86', 'p0086'])), 'PHONE_NUMBER'), '\t', (nm, 'PERSON_NAME'), '\t',
            agent_no(), '\t', R.choice(['SUCCESS', 'REFUSED', 'CALLBACK', 'NO_ANSWER']), '\t', str(R.randint(8, 400)), '\t',
            mask_id(p['id']), '\t', tr, '\n')
    docs.append(d)


def f_collection(docs):
    d = Doc('collection_calls_0412.txt')
    d.w('催缴外呼录音转写（A=坐席，B=客户）  导出时间 2024-04-12 18:00\n\n')
    for i in range(20):
        p = new_person()
        nm = p['name']
        owe = R.choice(['三百二十六元四角', '1,286.50元', '八百多', '2,049.00元', '一百五十六块'])
        d.w('#', str(i + 1), ' 任务号 CS', dg(16), ' 被叫 ', (phone_written(p['mobile'], R.choice(['plain', 'dash', 'space'])), 'PHONE_NUMBER'),
            ' 欠费 ', owe, ' 账期 2024-0', str(R.randint(1, 3)), '\n')
        t = 0
        lines = [('A', ['您好，请问是', (nm, 'PERSON_NAME'), '本人吗？']),
                 ('B', [R.choice(['是，怎么了？', '我是，你哪里？', '嗯。'])]),
                 ('A', ['我这边是', R.choice(['中国联通', '中国电信', '中国移动']), '，您的号码截至', R.choice(['三月三十一日', '3月31日']), '欠费', owe,
                        '，已经停机', R.choice(['十五天', '两个月', '七天']), '。']),
                 ]
        k = R.random()
        if k < 0.35:
            lines += [('B', ['我没钱，过两天再说。你们别打我单位电话，打我家里，', (speak(''.join(p['land']), [len(p['land'][0]), 8], style=R.choice(['cn', 'ar'])), 'PHONE_NUMBER'), '。']),
                      ('A', ['好的，请问您家庭住址还是', (p['addr']['w'], 'STREET_ADDRESS'), '吗？']),
                      ('B', ['搬了，现在住', (p['addr']['s'] if R.random() < 0.5 else address()['s'], 'STREET_ADDRESS'), '。'])]
        elif k < 0.65:
            lines += [('B', ['我用银行卡交吧，卡号', (speak(p['card'], card_groups(p['card']), sep=R.choice([' ', '，'])), 'BANK_CARD_NUMBER'), '，你们直接扣。']),
                      ('A', ['好的，扣款成功后会发短信到', mask_mobile(p['mobile']), '。'])]
        else:
            lines += [('B', ['我在外地，你联系我', p['rel'], (p['contact'], 'PERSON_NAME'), '，电话',
                             (speak(p['contact_mob'], [3, 4, 4]), 'PHONE_NUMBER'), '。']),
                      ('A', ['好的。请您在', R.choice(['四月二十号', '4月20日', '本周五']), '前缴清，否则会影响您的信用记录。'])]
        if R.random() < 0.35:
            lines += [('A', ['为核实身份，请报一下您的出生日期。']), ('B', [(dob_spoken(p['dob']), 'DATE_OF_BIRTH'), '。'])]
        lines += [('B', ['知道了。']), ('A', ['感谢接听，如有疑问请拨打', R.choice(['10010', '10000', '10086']), '，再见。'])]
        for role, parts in lines:
            t += R.randint(2, 9)
            d.w(role, ': ', parts, '\n')
        d.w('[承诺还款: ', R.choice(['是', '否']), '  时长: ', str(R.randint(40, 300)), 's]\n\n')
    docs.append(d)


def f_speaker(docs):
    d = Doc('smart_speaker_events.jsonl')
    devs = []
    for i in range(14):
        p = new_person()
        devs.append({'sn': 'SP' + R.choice(['X01', 'L05', 'M2P']) + '%010X' % R.getrandbits(40), 'mac': mac(), 'p': p,
                     'ip': ipv4() if R.random() < 0.8 else ipv6(), 'll': coord(), 'lte': R.random() < 0.35})
    t = EPOCH0
    for i in range(62):
        dv = R.choice(devs)
        p = dv['p']
        t += R.randint(5000, 900000)
        k = R.random()
        nlu = {}
        if k < 0.18:
            q = ['给', (p['contact'], 'PERSON_NAME'), '打电话']
            nlu = {'intent': 'make_call', 'slots': {'contact': [(p['contact'], 'PERSON_NAME')], 'number': (p['contact_mob'], 'PHONE_NUMBER')}}
            reply = ['正在呼叫', (p['contact'], 'PERSON_NAME')]
        elif k < 0.3:
            n = p['mobile2']
            q = ['拨打', (speak(n, [3, 4, 4], style=R.choice(['cn', 'yao', 'ar'])), 'PHONE_NUMBER')]
            nlu = {'intent': 'dial', 'slots': {'number': (n, 'PHONE_NUMBER')}}
            reply = ['正在拨打', (n, 'PHONE_NUMBER')]
        elif k < 0.4:
            q = ['导航回家']
            nlu = {'intent': 'navigate', 'slots': {'dest': 'home', 'home_addr': [(p['addr']['w'], 'STREET_ADDRESS')]}}
            reply = ['已为你规划到家的路线，全程', R.choice(['十二公里', '8.4公里', '二十分钟'])]
        elif k < 0.5:
            w = R.choice(['tplink', 'ChinaNet-', 'CMCC-', 'home'])
            pw = R.choice([dg(8), 'qwer' + dg(4), dg(8), 'abc' + dg(5), R.choice(['zhang', 'wang', 'li', 'home']) + str(p['dob'][0])])
            q = ['记一下，家里WiFi密码是', (pw, 'CREDENTIAL')]
            nlu = {'intent': 'memo', 'slots': {'content': ['家里WiFi密码是', (pw, 'CREDENTIAL')]}}
            reply = ['好的，已经记下了']
        elif k < 0.53:
            pr, tail = p['plate']
            q = ['明天', (pr + tail, 'CHINA_LICENSE_PLATE'), '限行吗']
            nlu = {'intent': 'traffic_restriction', 'slots': {'plate': (pr + tail, 'CHINA_LICENSE_PLATE'), 'date': '2024-04-13'}}
            reply = ['明天尾号', R.choice(['3和8', '4和9', '5和0']), '限行，', R.choice(['您的车不受限制', '您的车限行'])]
        elif k < 0.6:
            q = ['我的生日是', (dob_spoken(p['dob']), 'DATE_OF_BIRTH'), '，到时候提醒我']
            nlu = {'intent': 'set_birthday', 'slots': {'date': ('%d-%02d-%02d' % p['dob'], 'DATE_OF_BIRTH')}}
            reply = ['好的，生日前一天会提醒你']
        else:
            q, reply = R.choice([(['播放', R.choice(['周杰伦', '邓紫棋', '林俊杰', '刀郎']), '的歌'], ['为你播放']),
                                 (['明天早上七点叫我起床'], ['已设置明早7:00的闹钟']),
                                 (['今天', R.choice(['北京', '杭州', '成都']), '天气怎么样'], ['今天多云，', R.choice(['18到26度', '12至20摄氏度'])]),
                                 (['查一下我的话费余额'], ['您的话费余额为', R.choice(['32.50元', '一百零八元', '6.3元'])]),
                                 (['打开客厅的灯'], ['已打开']), (['音量调到百分之四十'], ['好的'])])
            nlu = {'intent': 'other', 'slots': {}}
        obj = {'ts': t, 'device_sn': dv['sn'], 'mac': (dv['mac'], 'MAC_ADDRESS'), 'fw': R.choice(['2.8.11', '3.0.4-rc2', '2.9.0']),
               'client_ip': (dv['ip'], 'IP_ADDRESS'), 'account': (p['mobile'], 'PHONE_NUMBER'), 'req_id': uuid(),
               'query': q, 'asr_conf': round(R.uniform(0.6, 0.99), 3), 'nlu': nlu, 'reply': reply}
        if R.random() < 0.3:
            obj['geo'] = {'lat': Raw([(dv['ll'][0], 'LOCATION_COORDINATES')]), 'lng': Raw([(dv['ll'][1], 'LOCATION_COORDINATES')]), 'src': 'wifi'}
        if dv['lte'] and R.random() < 0.6:
            obj['modem'] = {'imei': (dv.setdefault('imei', imei()), 'IMEI_HARDWARE_ID'), 'imsi': (dv.setdefault('imsi', imsi()), 'IMSI_ID'),
                            'iccid': (dv.setdefault('iccid', iccid()), 'ICCID_NUMBER'),
                            'ecgi': ('460-%s-%d-%d' % (R.choice(['00', '01', '11']), R.randint(100000, 999999), R.randint(1, 255)), 'CELL_ID'),
                            'rsrp': -R.randint(70, 115)}
        write_json_parts(d, jparts(obj))
        d.w('\n')
    docs.append(d)


def f_kyc(docs):
    d = Doc('video_kyc_sessions.txt')
    d.w('视频客服核验会话记录（转写）  平台 VKYC v4.1.0\n\n')
    for i in range(30):
        p = new_person()
        doc = R.choice(['ID', 'ID', 'PASSPORT', 'PASSPORT', 'HK', 'HK'])
        la, lo = coord()
        d.w('==== 会话 VK', dg(10), ' 开始 2024-04-12 ', '%02d:%02d:%02d' % (R.randint(9, 20), R.randint(0, 59), R.randint(0, 59)), ' ====\n')
        d.w('客户: ', (p['name'], 'PERSON_NAME'), '  业务: ', R.choice(['异地补卡', '实名信息变更', '过户', '携号转网', '国际漫游开通']),
            '  办理号码: ', (phone_written(p['mobile'], R.choice(['plain', 'space', 'p86'])), 'PHONE_NUMBER'), '\n')
        if R.random() < 0.3:
            m = meid()
            d.w('终端: ', R.choice(['HUAWEI nova 5', 'OPPO A57', 'vivo Y52s']), '  MEID: ', (m if R.random() < 0.6 else m.lower(), 'MEID'),
                '  IP: ', (ipv4(), 'IP_ADDRESS'), '  定位: ', (la + ',' + lo, 'LOCATION_COORDINATES'), '\n')
        else:
            d.w('终端: ', R.choice(['HUAWEI P60', 'iPhone 14', 'Xiaomi 13', 'vivo X90']), '  IMEI: ', (p['imei'], 'IMEI_HARDWARE_ID'),
                '  IP: ', (ipv4(), 'IP_ADDRESS'), '  定位: ', (la + ',' + lo if R.random() < 0.6 else lo + ',' + la, 'LOCATION_COORDINATES'), '\n')
        d.w('证件类型: ', {'ID': '居民身份证', 'PASSPORT': '护照', 'HK': '往来港澳通行证'}[doc], '  人脸比对: ', '%.2f' % R.uniform(80, 99.5),
            '  活体: 通过\n')
        tl = []
        tl.append(('坐席', ['您好，这里是视频客服，我是核验专员', (person_name(R.random() < 0.5), 'PERSON_NAME'), '，本次通话全程录音录像。']))
        tl.append(('坐席', ['请您把证件正面对准摄像头，保持三秒。']))
        tl.append(('客户', ['好了。']))
        tl.append(('坐席', ['请您读一下证件上的姓名和号码。']))
        if doc == 'ID':
            tl.append(('客户', [(p['name'], 'PERSON_NAME'), '，', (speak(p['id'], id_groups()), 'CHINA_RESIDENT_ID_NUMBER'), '。']))
            tl.append(('坐席', ['请读一下证件上的住址。']))
            tl.append(('客户', [(p['addr']['w'], 'STREET_ADDRESS'), '。']))
        elif doc == 'PASSPORT':
            pp = p['passport']
            val = pp if R.random() < 0.6 else pp[0] + (pp[1] if pp[1].isalpha() else '') + speak(pp[1:] if not pp[1].isalpha() else pp[2:], [8 if not pp[1].isalpha() else 7], style=R.choice(['cn', 'yao', 'spaced']))
            tl.append(('客户', [(p['name'], 'PERSON_NAME'), '，护照号', (val, 'CHINA_PASSPORT'), '。']))
        else:
            hk = p['hk']
            val = hk if R.random() < 0.5 else hk[0] + R.choice(['', ' ']) + speak(hk[1:], [8], style=R.choice(['cn', 'yao', 'spaced']))
            tl.append(('客户', [(p['name'], 'PERSON_NAME'), '，通行证号码', (val, 'HK_MACAU_TRAVEL_PERMIT'), '。']))
        tl.append(('坐席', ['请说一下您的出生日期。']))
        tl.append(('客户', [(dob_spoken(p['dob']), 'DATE_OF_BIRTH'), '。']))
        live = dg(4)
        tl.append(('坐席', ['现在请您跟读屏幕上的数字：', ' '.join(live), '。']))
        tl.append(('客户', [cn_digits(live), '。']))
        if R.random() < 0.4:
            tl.append(('坐席', ['补卡后新卡寄到哪里？']))
            tl.append(('客户', ['寄到', (p['addr']['s'], 'STREET_ADDRESS'), '，收件人', (p['contact'], 'PERSON_NAME'), '，电话',
                              (speak(p['contact_mob'], [3, 4, 4]), 'PHONE_NUMBER'), '。']))
        tl.append(('坐席', ['核验通过，业务受理单号', 'SL' + dg(14), '，请留意短信通知。']))
        ms = 0
        for who, parts in tl:
            ms += R.randint(1500, 9000)
            d.w('[', hms(ms), '] ', who, '：', parts, '\n')
        d.w('结论: ', R.choice(['通过', '通过', '转人工复核']), '  审核员: ', agent_no(), '\n\n')
    docs.append(d)


def f_srt(docs):
    d = Doc('call_playback_CC0412.srt')
    n = 1
    t0 = 0
    for i in range(7):
        c = make_call(rich=True)
        tl, end = timed(c['turns'], t0)
        d.w(str(n), '\n', hms(t0, ','), ' --> ', hms(t0 + 1500, ','), '\n', '【通话 ', call_id(i + 500), ' 主叫 ',
            mask_mobile(c['p']['mobile']), '】\n\n')
        n += 1
        for st, en, role, parts in tl:
            d.w(str(n), '\n', hms(st, ','), ' --> ', hms(en, ','), '\n', '坐席：' if role == 'A' else '客户：', parts, '\n\n')
            n += 1
        t0 = end + 3000
    docs.append(d)


def f_sdk(docs):
    d = Doc('voice_sdk_gateway.log')
    t = EPOCH0
    app_keys = [('ak_' + hexs(24), tok(32)) for _ in range(3)]
    for i in range(70):
        t += R.randint(1000, 120000)
        p = new_person()
        ip = ipv4() if R.random() < 0.85 else ipv6()
        s, ms = divmod(t, 1000)
        hh, r = divmod((s + 8 * 3600) % 86400, 3600)
        mm, ss = divmod(r, 60)
        stamp = '2024-04-12T%02d:%02d:%02d.%03d+08:00' % (hh, mm, ss, ms)
        ak, sk = R.choice(app_keys)
        k = R.random()
        rid = hexs(32)
        if k < 0.25:
            d.w(stamp, ' INFO  [gw-auth] POST /v2/token client=', (ip, 'IP_ADDRESS'), ' app_key=', (ak, 'CREDENTIAL'),
                ' status=200 issued access_token=', (tok(40), 'CREDENTIAL'), ' expires_in=7200 trace=', rid, '\n')
        elif k < 0.35:
            d.w(stamp, ' WARN  [gw-auth] signature mismatch client=', (ip, 'IP_ADDRESS'), ' app_key=', (ak, 'CREDENTIAL'),
                ' app_secret=', (sk, 'CREDENTIAL'), ' (debug dump, remove) ua="VoiceSDK/5.1.3 (Android 13; ', R.choice(['M2102K1C', 'V2227A', 'PGJM10']), ')"\n')
        else:
            txt = R.choice([
                ['帮我充值一百块话费到', (speak(p['mobile'], [3, 4, 4], style='ar', sep=R.choice(['', ' '])), 'PHONE_NUMBER')],
                ['我叫', (p['name'], 'PERSON_NAME'), '，身份证号', (speak(p['id'], [18], style='ar'), 'CHINA_RESIDENT_ID_NUMBER')],
                ['发短信给', (p['contact'], 'PERSON_NAME'), '说我晚点到'],
                ['查询', R.choice(PACKAGES), '的资费'],
                ['收货地址改成', (p['addr']['w'], 'STREET_ADDRESS')],
                ['今天流量还剩多少'],
                ['把电子发票发到', (p['email'], 'EMAIL_ADDRESS')],
                ['转账给', (p['contact'], 'PERSON_NAME'), '两百元'],
            ])
            d.w(stamp, ' INFO  [asr-stream] sid=', rid, ' client=', (ip, 'IP_ADDRESS'), ' dev=', R.choice(['android', 'ios', 'harmony']),
                ' uid=', str(R.randint(10 ** 9, 10 ** 10)), ' audio_ms=', str(R.randint(900, 9000)), ' rtf=', '%.2f' % R.uniform(0.05, 0.4),
                ' final=true result={"text":"')
            d.w(txt, esc=jesc)
            d.w('","conf":', '%.3f' % R.uniform(0.5, 0.99), '}\n')
            if R.random() < 0.3:
                d.w(stamp, ' DEBUG [asr-stream] sid=', rid, ' header Authorization: Bearer ', ('eyJhbGciOiJIUzI1NiJ9.' + tok(60) + '.' + tok(43), 'CREDENTIAL'), '\n')
    docs.append(d)


def f_workorders(docs):
    d = Doc('voice_work_orders.csv')
    d.w('工单号,创建时间,来源,来电号码,联系人,联系电话,客户类型,统一社会信用代码,问题分类,通话摘要,处理坐席,状态\n')
    for i in range(40):
        p = new_person()
        ent = R.random() < 0.2
        summ = R.choice([
            ['客户来电反映家中宽带频繁掉线，装机地址', (p['addr']['w'], 'STREET_ADDRESS'), '，光猫灯红，已派单维修，预约明天上午。'],
            ['客户称', R.choice(['三月', '上月']), '被扣', R.choice(['68元', '一百二十块']), '增值业务费，要求退费，已退至银行卡', (p['card'], 'BANK_CARD_NUMBER'), '。'],
            ['客户补卡，新卡ICCID ', (p['iccid'], 'ICCID_NUMBER'), '，原卡已作废。'],
            ['客户', (p['name'], 'PERSON_NAME'), '投诉营销电话骚扰，要求加入免打扰名单。'],
            ['客户反映信号差，位置在', (p['addr']['s'], 'STREET_ADDRESS'), '附近，已提交网优。'],
            ['客户咨询', R.choice(PACKAGES), '变更规则，已解释，无需回访。'],
            ['客户要求电子发票发送至邮箱', (p['email'], 'EMAIL_ADDRESS'), '，已补发。'],
            ['客户办理车载物联卡，登记车牌', (p['plate'][0] + p['plate'][1], 'CHINA_LICENSE_PLATE'), '，', R.choice(PACKAGES), '。'],
            ['客户口述身份证', (speak(p['id'], [18], style=R.choice(['ar', 'cn'])), 'CHINA_RESIDENT_ID_NUMBER'), '，申请查询名下号码数量。'],
        ])
        crit = uscc() if ent else ''
        name_field = [(p['name'], 'PERSON_NAME')] if not ent else [R.choice(['杭州某某科技有限公司', '深圳市蓝海物流有限公司', '北京华泰商贸有限公司'])]
        contact = [(phone_written(p['mobile2'], R.choice(['plain', 'dash', 'p86'])), 'PHONE_NUMBER')] if R.random() < 0.8 else [mask_mobile(p['mobile2'])]
        d.w('GD2024041', str(R.randint(2, 2)), dg(8), ',2024-04-12 ', '%02d:%02d:%02d' % (R.randint(8, 21), R.randint(0, 59), R.randint(0, 59)),
            ',语音,', (phone_written(p['mobile'], 'plain'), 'PHONE_NUMBER'), ',', name_field, ',', contact, ',', '政企' if ent else '个人', ',', crit, ',',
            R.choice(['宽带故障', '计费争议', '补换卡', '投诉', '网络覆盖', '咨询']), ',')
        d.w('"')
        d.w(summ, esc=cesc)
        d.w('",', agent_no(), ',', R.choice(['已处理', '处理中', '待回访']), '\n')
    docs.append(d)


def f_voicebot(docs):
    d = Doc('voicebot_nlu_turns.jsonl')
    for i in range(16):
        p = new_person()
        sess = 'vb-' + uuid()
        seqs = []
        seqs.append(('id_card', p['id'], 'CHINA_RESIDENT_ID_NUMBER', '我的身份证号是', [18], '身份证号'))
        seqs.append(('phone', p['mobile2'], 'PHONE_NUMBER', '联系电话', [3, 4, 4], '电话'))
        if R.random() < 0.5:
            seqs.append(('bank_card', p['card'], 'BANK_CARD_NUMBER', '卡号是', card_groups(p['card']), '卡号'))
        if R.random() < 0.5:
            seqs.append(('birthday', None, 'DATE_OF_BIRTH', '我是', None, '生日'))
        if R.random() < 0.4:
            seqs.append(('name', p['name'], 'PERSON_NAME', '我叫', None, '姓名'))
        for turn, (slot, val, typ, lead, groups, _) in enumerate(seqs):
            if slot == 'birthday':
                raw = dob_spoken(p['dob'])
                itn = '%d年%d月%d日' % p['dob']
                norm = '%d-%02d-%02d' % p['dob']
            elif slot == 'name':
                raw = itn = norm = val
            else:
                raw = speak(val, groups, style=R.choice(['cn', 'yao', 'spaced']))
                itn = val
                norm = val
            obj = {'session': sess, 'turn': turn + 1, 'ts': EPOCH0 + i * 400000 + turn * 9000,
                   'bot_prompt': R.choice(['请说出您的', '麻烦提供一下']) + {'id_card': '身份证号码', 'phone': '联系电话', 'bank_card': '银行卡号',
                                                                   'birthday': '出生日期', 'name': '姓名'}[slot],
                   'asr': [lead, (raw, typ)],
                   'nbest': Arr([[lead, (raw, typ)], [lead.replace('是', '时') if '是' in lead else R.choice(['嗯', '呃', '那个']) + lead, (raw, typ)]]),
                   'itn': [lead, (itn, typ)],
                   'slots': Arr([{'name': slot, 'value': (norm, typ), 'conf': round(R.uniform(0.7, 0.99), 2)}]),
                   'vad_ms': R.randint(1200, 8000)}
            if slot == 'id_card' and R.random() < 0.3:
                obj['slots'].items[0]['masked'] = mask_id(val)
            write_json_parts(d, jparts(obj))
            d.w('\n')
    docs.append(d)


def main():
    out = os.path.dirname(os.path.abspath(__file__))
    a = sys.argv[1:]
    if a:
        if len(a) == 2 and a[0] == '--out':
            out = a[1]
        else:
            sys.exit('usage: make_corpus.py [--out DIR]')
    os.makedirs(out, exist_ok=True)
    docs = []
    for f in (f_callcenter, f_utterances, f_words, f_segments, f_ivr, f_qc, f_voicemail, f_outbound, f_collection,
              f_speaker, f_kyc, f_srt, f_sdk, f_workorders, f_voicebot):
        f(docs)
    lab = []
    for d in docs:
        with open(os.path.join(out, d.name), 'wb') as fh:
            fh.write(bytes(d.buf))
        with open(os.path.join(out, d.name), 'rb') as fh:
            data = fh.read()
        for st, en, typ, val in d.labels:
            assert data[st:en].decode('utf-8') == val, (d.name, st, val)
            lab.append({'file': d.name, 'start': st, 'end': en, 'type': typ})
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for x in lab:
            fh.write(json.dumps(x, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
