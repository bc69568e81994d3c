#!/usr/bin/python3
"""Labelled test corpus: user data of Chinese Internet services.

Writes fifteen files as an app company or ISP holds them (nginx access log,
payment callbacks, ride-hailing trips, food-delivery orders, game real-name and
anti-addiction log, live-streaming chat/gift log, OAuth/SSO log, push payloads,
crash reports, SMS verification log, customer-service transcripts, refund
tickets, uploaded address book, Wi-Fi portal/RADIUS log, login audit log) and
labels.jsonl with one line per PI span:

    {"file": <base name>, "start": <byte>, "end": <byte, exclusive>, "type": <type>}

Offsets are UTF-8 byte offsets into the file as written; they are recorded
while writing, and every labelled slice is re-read and checked at the end.

Label rules
  * Values are labelled as written: phone numbers with +86/0086/86 prefix,
    separators, full-width or spoken digits; in URL-encoded text the encoded
    bytes of the value (e.g. the whole %XX run of a name or address).
  * PERSON_NAME: full names of private people only (not nicknames, masked
    names such as 张* / 李**, forms like 王先生, public figures or companies).
  * DATE_OF_BIRTH only for birth dates; STREET_ADDRESS from the first place
    name to the house/room number; a region alone is not labelled.
  * CREDENTIAL: the value of a password, secret, token, OAuth code or SMS
    verification code (never the key).
  * IP_ADDRESS: every IPv4/IPv6 address (the port is not part of it).
  * LOCATION_COORDINATES: the whole lat,lng pair when written together, each
    number when written in separate fields.
  * CELL_ID: the cell identity value (ci/cid/eci), or a whole CGI/ECGI string.
  * Not labelled: masked values, service numbers (10086, 95xxx, 400-, 106...),
    order/trade/transaction/notify IDs, timestamps, amounts, counters, hashes,
    signatures, UUIDs, Android IDs, OAIDs, openids, nicknames, unified social
    credit codes, version strings, LAC/TAC values.

All data are synthetic. Usage: make_corpus.py [--out DIR]
"""
import argparse
import json
import os
import random
import re
import sys
import base64
from datetime import datetime, timedelta, timezone, date
from urllib.parse import quote

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum import luhn
from stdnum.cn import ric as cnric
from stdnum.cn import uscc as cnuscc

SEED = 20240607
CST = timezone(timedelta(hours=8))

RID = 'CHINA_RESIDENT_ID_NUMBER'
PASS = 'CHINA_PASSPORT'
HKM = 'HK_MACAU_TRAVEL_PERMIT'
NAME = 'PERSON_NAME'
DOB = 'DATE_OF_BIRTH'
ADDR = 'STREET_ADDRESS'
PHONE = 'PHONE_NUMBER'
EMAIL = 'EMAIL_ADDRESS'
CARD = 'BANK_CARD_NUMBER'
CRED = 'CREDENTIAL'
IMSI = 'IMSI_ID'
IMEI = 'IMEI_HARDWARE_ID'
MEID = 'MEID'
ICCID = 'ICCID_NUMBER'
MAC = 'MAC_ADDRESS'
IP = 'IP_ADDRESS'
COORD = 'LOCATION_COORDINATES'
CELL = 'CELL_ID'
PLATE = 'CHINA_LICENSE_PLATE'
ALL_TYPES = [RID, PASS, HKM, NAME, DOB, ADDR, PHONE, EMAIL, CARD, CRED, IMSI,
             IMEI, MEID, ICCID, MAC, IP, COORD, CELL, PLATE]

# ---------------------------------------------------------------- documents


class R:
    """Raw (unquoted) JSON/CSV value, optionally labelled."""

    def __init__(self, s, t=None):
        self.s, self.t = str(s), t


class S(list):
    """A string value made of several items (str or (str, TYPE))."""


class Arr(list):
    """A JSON array."""


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, (list, S)):
                self.w(*it)
            elif isinstance(it, tuple):
                s, t = it
                st = len(self.buf)
                self.buf += s.encode('utf-8')
                if t:
                    self.labels.append((st, len(self.buf), t, s))
            elif isinstance(it, R):
                self.w((it.s, it.t))
            else:
                self.buf += str(it).encode('utf-8')


def _plain_json(s):
    assert json.dumps(s, ensure_ascii=False)[1:-1] == s, s
    return s


def jval(v, sep):
    if isinstance(v, R):
        return [(v.s, v.t)]
    if isinstance(v, tuple):
        v = S([v])
    if isinstance(v, S):
        out = ['"']
        for it in v:
            if isinstance(it, tuple):
                out.append((_plain_json(it[0]), it[1]))
            else:
                out.append(_plain_json(it))
        out.append('"')
        return out
    if isinstance(v, Arr):
        out = ['[']
        for i, x in enumerate(v):
            if i:
                out.append(sep[0])
            out += jval(x, sep)
        out.append(']')
        return out
    if isinstance(v, list):
        return J(v, sep)
    return [json.dumps(v, ensure_ascii=False)]


def J(pairs, sep=(',', ':')):
    out = ['{']
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep[0])
        out.append(json.dumps(k) + sep[1])
        out += jval(v, sep)
    out.append('}')
    return out


def csv_cell(v):
    items = v if isinstance(v, S) else [v]
    text = ''.join(x[0] if isinstance(x, tuple) else (x.s if isinstance(x, R) else str(x)) for x in items)
    assert '"' not in text and '\n' not in text
    if ',' in text:
        return ['"'] + list(items) + ['"']
    return list(items)


def csv_row(cells, delim=','):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(delim)
        if delim == ',':
            out += csv_cell(c)
        else:
            items = c if isinstance(c, S) else [c]
            out += list(items)
    out.append('\n')
    return out

# ---------------------------------------------------------------- reference data


def _pairs(s):
    out = []
    for tok in s.split():
        m = re.match(r'^([^a-z]+)([a-z]+)$', tok)
        out.append((m.group(1), m.group(2)))
    return out


SURNAMES = _pairs(
    "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu "
    "胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng "
    "邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du "
    "叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan "
    "陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 方fang 白bai 邹zou 孟meng 熊xiong "
    "秦qin 邱qiu 江jiang 尹yin 薛xue 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu "
    "毛mao 郝hao 龚gong 邵shao 万wan 严yan 覃qin 武wu 戴dai 莫mo 孔kong 汤tang 欧阳ouyang "
    "司马sima 诸葛zhuge 上官shangguan")
GIVEN = _pairs(
    "伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan "
    "涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 兰lan 文wen 辉hui "
    "建jian 国guo 红hong 梅mei 海hai 鹏peng 宇yu 浩hao 晨chen 欣xin 怡yi 婷ting 雪xue 琳lin "
    "博bo 子zi 涵han 轩xuan 梓zi 睿rui 思si 佳jia 嘉jia 俊jun 凯kai 晓xiao 雨yu 萱xuan 诗shi "
    "一yi 泽ze 天tian 志zhi 永yong 春chun 秋qiu 冬dong 宏hong 斌bin 鑫xin 淑shu 慧hui 颖ying "
    "璐lu 瑶yao 倩qian 蕾lei 昊hao 然ran 安an 宁ning 亮liang 帆fan 航hang 飞fei 锋feng 波bo "
    "成cheng 德de 立li 新xin 松song 岩yan 青qing 婉wan 若ruo 可ke 馨xin 悦yue 彤tong 丹dan "
    "蓉rong 振zhen 家jia 彦yan 淼miao 铭ming 晗han 煜yu 琪qi 翔xiang 毅yi")
FAMOUS = {"李娜", "王菲", "刘翔", "姚明", "马云", "王健林", "刘强东", "马化腾", "张艺谋", "李宁",
          "杨幂", "赵薇", "周迅", "孙俪", "黄晓明", "邓超", "杨洋", "雷军", "李彦宏", "王力宏",
          "刘德华", "周杰伦", "林俊杰", "张杰", "李晨", "王源", "胡歌", "吴京", "沈腾", "黄渤",
          "郭晶晶", "朱婷", "孙杨", "苏炳添", "谷爱凌", "韩寒", "郭敬明", "张伟"}
PUBLIC_FIGURES = ["周杰伦", "刘德华", "鲁迅", "李白", "杨幂", "雷军", "马云", "易烊千玺", "孙悟空",
                  "苏轼", "邓紫棋", "林俊杰", "李佳琦", "董宇辉"]
NICKNAMES = ["小鹿乱撞", "夜猫子", "追风少年", "奶茶不加糖", "快乐小神仙", "一只大橘猫", "Jason_88",
             "momo酱", "阿狸的尾巴", "风吹麦浪", "星河滚烫", "云朵先生", "小可爱007", "老司机带带我",
             "柠檬精本精", "打工人阿强", "喵喵喵", "半糖主义", "Lucky_Star", "社恐小透明", "晚风",
             "吃不胖的胖子", "浪里个浪", "北方的狼", "清风徐来", "不吃香菜", "夏天的风", "Kevin",
             "甜甜圈", "大漠孤烟", "宝宝巴士", "橘子汽水", "咸鱼翻身", "Sunny", "隔壁老王", "芒果布丁"]
COMPANIES = ["深圳市快享网络科技有限公司", "杭州云途信息技术有限公司", "北京字节跳动科技有限公司",
             "上海拉扎斯信息科技有限公司", "腾讯科技（深圳）有限公司", "阿里巴巴（中国）有限公司",
             "北京三快在线科技有限公司", "顺丰速运有限公司"]

CITY_DATA = [
    ("北京市", None, "010", 39.9042, 116.4074, ["京A", "京B", "京E", "京N", "京P", "京Q"],
     {"朝阳区": ["建国路", "望京街", "朝阳北路", "酒仙桥路", "东三环中路"],
      "海淀区": ["中关村大街", "学院路", "北四环西路", "苏州街"],
      "东城区": ["东直门南大街", "和平里东街"], "丰台区": ["南三环西路", "丰台北路"]},
     ["110101", "110102", "110105", "110106", "110108", "110103", "110104"]),
    ("上海市", None, "021", 31.2304, 121.4737, ["沪A", "沪B", "沪C", "沪D"],
     {"浦东新区": ["世纪大道", "张杨路", "陆家嘴环路", "锦绣路"], "徐汇区": ["漕溪北路", "虹桥路", "田林路"],
      "静安区": ["南京西路", "延安中路", "共和新路"], "闵行区": ["七莘路", "莘松路"]},
     ["310101", "310104", "310105", "310106", "310115", "310103"]),
    ("广州市", "广东省", "020", 23.1291, 113.2644, ["粤A"],
     {"天河区": ["天河路", "体育西路", "中山大道西", "黄埔大道西"], "越秀区": ["环市东路", "北京路"],
      "番禺区": ["清河东路", "迎宾路"]},
     ["440103", "440104", "440106", "440111"]),
    ("深圳市", "广东省", "0755", 22.5431, 114.0579, ["粤B"],
     {"南山区": ["科技园路", "深南大道", "南海大道", "高新南一道"], "福田区": ["福华三路", "华强北路", "益田路"],
      "宝安区": ["建安一路", "宝安大道"], "龙岗区": ["龙岗大道", "五和大道"]},
     ["440303", "440304", "440305", "440306"]),
    ("杭州市", "浙江省", "0571", 30.2741, 120.1551, ["浙A"],
     {"西湖区": ["文三路", "天目山路", "古墩路"], "余杭区": ["文一西路", "五常大道"], "滨江区": ["江南大道", "网商路"]},
     ["330102", "330105", "330106", "330108"]),
    ("成都市", "四川省", "028", 30.5728, 104.0668, ["川A"],
     {"武侯区": ["人民南路四段", "科华北路"], "锦江区": ["春熙路", "东大街"], "成华区": ["建设路", "府青路"]},
     ["510104", "510105", "510107", "510108"]),
    ("武汉市", "湖北省", "027", 30.5928, 114.3055, ["鄂A"],
     {"洪山区": ["珞喻路", "光谷大道"], "江汉区": ["解放大道", "建设大道"], "武昌区": ["中北路", "武珞路"]},
     ["420102", "420103", "420106", "420111"]),
    ("南京市", "江苏省", "025", 32.0603, 118.7969, ["苏A"],
     {"鼓楼区": ["中山北路", "湖南路"], "玄武区": ["中山路", "珠江路"], "江宁区": ["双龙大道", "胜太路"]},
     ["320102", "320104", "320106", "320103"]),
    ("西安市", "陕西省", "029", 34.3416, 108.9398, ["陕A", "陕U"],
     {"雁塔区": ["小寨东路", "科技路", "长安南路"], "碑林区": ["东大街", "南关正街"]},
     ["610102", "610103", "610113"]),
    ("重庆市", None, "023", 29.5630, 106.5516, ["渝A", "渝B"],
     {"渝中区": ["民权路", "中山三路"], "江北区": ["建新北路", "洋河路"], "渝北区": ["金开大道", "新南路"]},
     ["500103", "500105", "500112"]),
    ("天津市", None, "022", 39.3434, 117.3616, ["津A", "津B"],
     {"和平区": ["南京路", "滨江道"], "南开区": ["鞍山西道", "红旗南路"]},
     ["120101", "120104"]),
    ("苏州市", "江苏省", "0512", 31.2989, 120.5853, ["苏E"],
     {"工业园区": ["星湖街", "现代大道"], "姑苏区": ["人民路", "干将西路"]},
     ["320505", "320506", "320508"]),
    ("长沙市", "湖南省", "0731", 28.2282, 112.9388, ["湘A"],
     {"岳麓区": ["麓山南路", "桐梓坡路"], "芙蓉区": ["五一大道", "解放西路"]},
     ["430102", "430103", "430104"]),
    ("郑州市", "河南省", "0371", 34.7466, 113.6253, ["豫A"],
     {"金水区": ["花园路", "农业路"], "二七区": ["大学路", "航海中路"]},
     ["410102", "410103", "410105"]),
    ("济南市", "山东省", "0531", 36.6512, 117.1201, ["鲁A"],
     {"历下区": ["泉城路", "经十路"], "市中区": ["经四路", "英雄山路"]},
     ["370102", "370103", "370112"]),
]


class City:
    def __init__(self, t):
        (self.name, self.prov, self.area, self.lat, self.lng, self.plates,
         self.dists, self.codes) = t


CITIES = [City(t) for t in CITY_DATA]
COMMUNITIES = ["阳光花园", "碧桂园", "万科城", "锦绣家园", "金地名苑", "翠苑小区", "保利香槟国际",
               "龙湖春森彼岸", "华润城", "绿地世纪城", "幸福里", "东方花园", "中海国际社区"]
TOWERS = ["科兴", "腾飞", "国贸", "华润", "海岸", "新世纪", "创新", "汇金", "中信", "环球"]
POIS = ["机场T3航站楼出发层", "火车站西广场", "高铁站P9停车场", "万象城北门", "地铁站C口",
        "文化广场", "万达广场正门", "市第一人民医院急诊部", "奥体中心东门", "软件园二期", "大学南门"]
MOBILE_PREFIXES = (["13%d" % i for i in range(10)] + ["145", "147", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "162", "165", "166", "167", "170", "171",
                   "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
                   "185", "186", "187", "188", "189", "190", "191", "192", "193", "195", "196",
                   "197", "198", "199"])
BINS = ["622202", "622848", "621700", "622588", "621483", "622262", "621661", "623058",
        "622908", "621226", "628290", "625965", "621799", "622700", "623668", "622150"]
BANKS = ["工商银行", "农业银行", "建设银行", "招商银行", "中国银行", "交通银行", "兴业银行", "平安银行"]
OUIS = ["00:E0:FC", "48:46:FB", "AC:E2:15", "28:6C:07", "64:09:80", "F8:A4:5F", "50:BD:5F",
        "14:CF:92", "F0:18:98", "A4:50:46", "8C:BE:BE", "D4:6A:6A", "3C:F5:CC", "E4:5F:01"]
V4_FIRST = [183, 223, 117, 112, 36, 39, 27, 58, 59, 60, 61, 101, 106, 110, 111, 113, 114, 115,
            116, 119, 120, 121, 122, 123, 124, 125, 171, 175, 180, 182, 218, 219, 220, 221, 222]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UAS = [
    "KuaiXiang/5.12.3 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) okhttp/4.9.3",
    "KuaiXiang/5.12.3 (iPhone; iOS 17.5.1; Scale/3.00)",
    "KuaiXiang/5.11.0 (Linux; Android 12; PFEM10 Build/SKQ1.211019.001) okhttp/4.9.3",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.207 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; PFEM10 Build/SKQ1.211019.001; wv) AppleWebKit/537.36 Version/4.0 Chrome/101.0.4951.74 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F36) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(AP/10.5.96.8000) AlipayClient/10.5.96.8000",
    "KuaiXiang/5.10.8 (HarmonyOS 4.0.0.126; ALN-AL00) okhttp/3.12.13",
    "KuaiXiang/5.12.1 (Android 14; 23127PN0CC; MIUI/V816.0.5.0.UNCCNXM)",
]
DEVICES = [("V2227A", "Android 13", "TP1A.220624.014"), ("PFEM10", "Android 12", "SKQ1.211019.001"),
           ("ALN-AL00", "HarmonyOS 4.0.0.126", "ALN-AL00 4.0.0.126(C00E120R2P8)"),
           ("23127PN0CC", "Android 14", "UKQ1.230804.001"), ("PJA110", "Android 14", "UKQ1.231108.001"),
           ("M2012K11AC", "Android 13", "TKQ1.220829.002"), ("NOH-AN00", "HarmonyOS 3.0.0.165", "NOH-AN00 3.0.0.165(C00E165R6P3)")]
SPOKEN = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
          "7": "七", "8": "八", "9": "九"}


def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def ric_ok(s):
    """Independent check: GB 11643 weights, plus stdnum for date/region."""
    s = s.upper()
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum(int(c) * x for c, x in zip(s[:17], w))
    if "10X98765432"[tot % 11] != s[17]:
        return False
    datetime.strptime(s[6:14], "%Y%m%d")
    if s[:2] in ("81", "82", "83"):
        return True
    return cnric.is_valid(s)

# ---------------------------------------------------------------- generator


class Person:
    pass


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def dig(self, n, first="0123456789"):
        if n <= 0:
            return ""
        return self.r.choice(first) + ''.join(self.r.choice("0123456789") for _ in range(n - 1))

    def hexs(self, n, upper=False):
        s = ''.join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, extra=""):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + extra
        return ''.join(self.r.choice(a) for _ in range(n))

    def b64url(self, n):
        return self.alnum(n, "-_")

    # --- identity
    def city(self):
        return self.ch(CITIES)

    def name(self):
        while True:
            if self.p(0.7):
                sn, spy = self.ch(SURNAMES[:40])
            else:
                sn, spy = self.ch(SURNAMES)
            k = 2 if self.p(0.62) else 1
            given = [self.ch(GIVEN) for _ in range(k)]
            nm = sn + ''.join(c for c, _ in given)
            if nm in FAMOUS or (k == 2 and given[0][0] == given[1][0]):
                continue
            return nm, spy, ''.join(py for _, py in given)

    def person(self, y0=1962, y1=2004, city=None):
        pr = Person()
        pr.name, pr.spy, pr.gpy = self.name()
        pr.birth = date(self.ri(y0, y1), self.ri(1, 12), self.ri(1, 28))
        pr.city = city or self.city()
        pr.ric = self.ric(pr.birth)
        pr.mobile = self.mobile()
        pr.email = self.email(pr)
        pr.en = pr.spy.capitalize() + " " + pr.gpy.capitalize()
        return pr

    def ric(self, birth, region=None):
        while True:
            reg = region or self.ch(self.ch(CITIES).codes)
            body = reg + birth.strftime("%Y%m%d") + self.dig(3)
            s = body + cnric.calc_check_digit(body + "0")
            if ric_ok(s):
                return s
            region = None

    def ric15(self, birth):
        return self.ch(self.ch(CITIES).codes) + birth.strftime("%y%m%d") + self.dig(3)

    def hmt_permit_id(self, birth):
        reg = self.ch(["810000", "820000", "830000"])
        body = reg + birth.strftime("%Y%m%d") + self.dig(3)
        s = body + cnric.calc_check_digit(body + "0")
        assert ric_ok(s)
        return s

    def dob_fmt(self, b, style=None):
        style = style or self.ch(["iso", "iso", "slash", "compact", "cn", "dot"])
        if style == "iso":
            return b.strftime("%Y-%m-%d")
        if style == "slash":
            return "%d/%d/%d" % (b.year, b.month, b.day)
        if style == "compact":
            return b.strftime("%Y%m%d")
        if style == "cn":
            return "%d年%d月%d日" % (b.year, b.month, b.day)
        return b.strftime("%Y.%m.%d")

    def mobile(self):
        while True:
            s = self.ch(MOBILE_PREFIXES) + self.dig(8)
            n = phonenumbers.parse("+86" + s)
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                    PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return s

    def phone_fmt(self, s, style=None):
        style = style or self.ch(["plain"] * 6 + ["sp", "dash", "p86", "p86sp", "p86sp344",
                                                   "p86dash", "0086", "86", "paren"])
        if style == "plain":
            return s
        if style == "sp":
            return "%s %s %s" % (s[:3], s[3:7], s[7:])
        if style == "dash":
            return "%s-%s-%s" % (s[:3], s[3:7], s[7:])
        if style == "p86":
            return "+86" + s
        if style == "p86sp":
            return "+86 " + s
        if style == "p86sp344":
            return "+86 %s %s %s" % (s[:3], s[3:7], s[7:])
        if style == "p86dash":
            return "+86-%s-%s-%s" % (s[:3], s[3:7], s[7:])
        if style == "0086":
            return "0086" + s
        if style == "86":
            return "86" + s
        if style == "86dash":
            return "86-" + s
        if style == "paren":
            return "(+86)" + s
        if style == "fw":
            return fullwidth(s)
        if style == "fwsp":
            return fullwidth("%s %s %s" % (s[:3], s[3:7], s[7:]))
        if style == "spoken":
            one = self.ch(["一", "一", "幺"])
            zero = self.ch(["零", "零", "〇"])
            m = dict(SPOKEN, **{"1": one, "0": zero})
            return ''.join(m[c] for c in s)
        raise ValueError(style)

    def landline(self, city=None):
        city = city or self.city()
        while True:
            local = self.dig(8, "2345678")
            n = phonenumbers.parse("+86" + city.area[1:] + local)
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == PhoneNumberType.FIXED_LINE:
                break
        st = self.ch(["dash", "dash", "paren", "sp"])
        if st == "dash":
            return "%s-%s" % (city.area, local)
        if st == "paren":
            return "(%s)%s" % (city.area, local)
        return "%s %s %s" % (city.area, local[:4], local[4:])

    def hotline(self):
        return self.ch(["400-%s-%s" % (self.dig(3, "0123456789"), self.dig(4)), "95" + self.dig(3),
                        "10086", "10010", "10000", "95588", "95555", "400" + self.dig(7)])

    def masked_mobile(self, s=None):
        s = s or self.mobile()
        return self.ch([s[:3] + "****" + s[7:], s[:3] + "*****" + s[8:], s[:3] + "****" + s[7:]])

    def masked_name(self, nm):
        return nm[0] + "*" * (len(nm) - 1) if self.p(0.6) else nm[0] + "*"

    def email(self, pr=None):
        dom = self.ch(["qq.com", "163.com", "163.com", "126.com", "sina.com", "foxmail.com",
                       "outlook.com", "gmail.com", "139.com", "aliyun.com", "sohu.com", "yeah.net"])
        if pr is None:
            _, spy, gpy = self.name()
        else:
            spy, gpy = pr.spy, pr.gpy
        k = self.r.random()
        if k < 0.15:
            return self.dig(self.ri(6, 10), "123456789") + "@qq.com"
        if k < 0.4:
            return "%s%s%s@%s" % (spy, gpy, self.dig(self.ri(0, 4)), dom)
        if k < 0.55:
            return "%s.%s@%s" % (gpy, spy, dom)
        if k < 0.7:
            return "%s%s%d@%s" % (spy[0], gpy, self.ri(1975, 2005), dom)
        if k < 0.85:
            return "%s_%s%s@%s" % (spy, gpy, self.dig(2), dom)
        return "%s%s@%s" % (gpy, self.dig(3), dom)

    def address(self, city=None, spaced=None, with_prov=None):
        city = city or self.city()
        dist = self.ch(list(city.dists))
        street = self.ch(city.dists[dist])
        parts = []
        if city.prov and (with_prov if with_prov is not None else self.p(0.55)):
            parts.append(city.prov)
        if parts or self.p(0.88):
            parts.append(city.name)
        parts.append(dist)
        tail = "%s%d号" % (street, self.ri(1, 999))
        k = self.r.random()
        if k < 0.28:
            tail += "%s%d栋%d单元%d%02d室" % (self.ch(COMMUNITIES), self.ri(1, 30), self.ri(1, 6), self.ri(1, 33), self.ri(1, 4))
        elif k < 0.46:
            tail += "%d号楼%d单元%d%02d" % (self.ri(1, 20), self.ri(1, 5), self.ri(1, 28), self.ri(1, 6))
        elif k < 0.64:
            tail += "%s大厦%s座%d%02d室" % (self.ch(TOWERS), self.ch("ABCD"), self.ri(2, 40), self.ri(1, 20))
        elif k < 0.76:
            tail += "%s%d-%d-%d%02d" % (self.ch(COMMUNITIES), self.ri(1, 20), self.ri(1, 4), self.ri(1, 30), self.ri(1, 4))
        elif k < 0.86:
            tail = "%s%d号院%d号楼%d%02d" % (street, self.ri(1, 99), self.ri(1, 12), self.ri(1, 20), self.ri(1, 6))
        parts.append(tail)
        sp = spaced if spaced is not None else self.p(0.08)
        return (" " if sp else "").join(parts)

    def region_only(self, city=None):
        city = city or self.city()
        return self.ch([(city.prov or "") + city.name, city.name + self.ch(list(city.dists)),
                        (city.prov or city.name)[:2] + " " + city.name[:2]])

    def latlng(self, city=None, dp=6):
        city = city or self.city()
        la = city.lat + self.r.uniform(-0.12, 0.12)
        lo = city.lng + self.r.uniform(-0.12, 0.12)
        return "%.*f" % (dp, la), "%.*f" % (dp, lo)

    def plate(self, city=None, sep=None):
        city = city or self.city()
        pre = self.ch(city.plates)
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if self.p(0.25):
            body = self.ch("DF") + self.ch(letters + "0123456789") + self.dig(4)
        else:
            body = ''.join(self.ch(letters) if self.p(0.2) else self.ch("0123456789") for _ in range(5))
        if sep is None:
            sep = self.ch(["", "", "", "·", " "])
        return pre + sep + body

    def passport(self):
        k = self.r.random()
        if k < 0.65:
            return "E" + self.dig(8)
        if k < 0.9:
            return "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.dig(7)
        return "G" + self.dig(8)

    def hk_permit(self):
        return "C" + self.dig(8, "0123456789")

    def bankcard(self, length=None):
        length = length or self.ch([16, 19, 19])
        body = self.ch(BINS) + self.dig(length - 7)
        return body + luhn.calc_check_digit(body)

    def card_fmt(self, s, style=None):
        style = style or self.ch(["plain", "plain", "sp4", "dash4"])
        if style == "plain":
            return s
        groups = [s[i:i + 4] for i in range(0, len(s), 4)]
        return (" " if style == "sp4" else "-").join(groups)

    def imei(self):
        tac = self.ch(["86", "86", "86", "35"]) + self.dig(6)
        body = tac + self.dig(6)
        return body + luhn.calc_check_digit(body)

    def imeisv(self):
        return self.imei()[:14] + self.dig(2)

    def meid(self, upper=True):
        s = "A" + self.ch("0123456789ABCDEF") + "0000" + self.hexs(8, True)
        if not re.search("[A-F]", s[1:]):
            s = s[:-1] + "B"
        return s if upper else s.lower()

    def imsi(self):
        return "460" + self.ch(["00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11", "15", "20"]) + self.dig(10)

    def iccid(self):
        body = "8986" + self.ch(["00", "01", "02", "03", "06", "11", "15"]) + self.dig(13)
        s = body + luhn.calc_check_digit(body)
        if self.p(0.15):
            s = s[:-1] + self.ch("ABCDEFGH")
        return s

    def mac(self, style=None):
        octs = self.ch(OUIS).split(":") + [self.hexs(2, True) for _ in range(3)]
        style = style or self.ch(["colonU", "colonL", "dashU", "colonL"])
        if style == "colonU":
            return ":".join(octs)
        if style == "colonL":
            return ":".join(octs).lower()
        if style == "dashU":
            return "-".join(octs)
        if style == "dashL":
            return "-".join(octs).lower()
        if style == "cisco":
            h = "".join(octs).lower()
            return "%s.%s.%s" % (h[:4], h[4:8], h[8:])
        if style == "bare":
            return "".join(octs).lower()
        if style == "bareU":
            return "".join(octs)
        raise ValueError(style)

    def ipv4(self):
        return "%d.%d.%d.%d" % (self.ch(V4_FIRST), self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))

    def ipv4_priv(self):
        k = self.ri(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(1, 254))
        return "192.168.%d.%d" % (self.ri(0, 31), self.ri(2, 254))

    def ipv6(self, compress=None):
        pre = self.ch(["240e", "2409", "2408", "240e"])
        g = [pre, "%x" % self.ri(0x100, 0xfff) if pre == "240e" else "8%03x" % self.ri(0, 0xfff)]
        g += ["%x" % self.ri(0, 0xffff) for _ in range(6)]
        if compress if compress is not None else self.p(0.4):
            return ":".join(g[:4]) + "::" + g[7]
        return ":".join(g)

    def client_ip(self):
        return self.ipv6() if self.p(0.25) else self.ipv4()

    # --- credentials
    def password(self):
        k = self.r.random()
        _, spy, gpy = self.name()
        if k < 0.2:
            return "%s%d%s" % (spy.capitalize(), self.ri(1970, 2005), self.ch(["!", "@", ".", ""]))
        if k < 0.35:
            return self.ch(["abc", "qwe", "aaa", "zxc"]) + self.dig(6)
        if k < 0.45:
            return self.ch(["woaini", "iloveyou", "wangzhe"]) + self.dig(3)
        if k < 0.6:
            return "%s@%s" % (gpy.capitalize(), self.dig(4))
        return self.alnum(self.ri(8, 14), "!@#$%^&*_")

    def sms_code(self, n=6):
        return self.dig(n)

    def jwt(self):
        hdr = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
        body = json.dumps({"sub": self.dig(11, "23456789"), "iss": "sso.kuaixiang.cn", "exp": self.ri(1717800000, 1718400000)},
                          separators=(",", ":")).encode()
        pl = base64.urlsafe_b64encode(body).decode().rstrip("=")
        return "%s.%s.%s" % (hdr, pl, self.b64url(86))

    def wx_token(self):
        return "%d_%s" % (self.ri(78, 82), self.b64url(self.ri(100, 130)))

    # --- negatives
    def order_no(self, prefix="KX", t=None):
        t = t or datetime(2024, 6, 7, tzinfo=CST)
        while True:
            s = prefix + t.strftime("%Y%m%d%H%M%S") + self.dig(self.ri(4, 6))
            if not (len(s) == 18 and s.isdigit() and cnric.is_valid(s)):
                return s

    def trade_no(self, t=None):
        t = t or datetime(2024, 6, 7, tzinfo=CST)
        return t.strftime("%Y%m%d") + "2200" + self.dig(16)

    def wx_txn(self):
        return "420000" + self.dig(4, "12") + "2024060" + self.dig(11)

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.ch("89ab"), h[17:20], h[20:])

    def android_id(self):
        return self.hexs(16)

    def oaid(self):
        return self.ch([self.uuid(), self.hexs(64), self.uuid().upper()])

    def nid(self, n):
        """Numeric record id that is not a card/ID/IMEI look-alike by accident."""
        while True:
            s = self.dig(n, "1234579")
            if n == 18 and cnric.is_valid(s):
                continue
            if n == 15 and luhn.is_valid(s):
                continue
            return s

    def bad15(self):
        while True:
            s = self.dig(15, "123456789")
            if not luhn.is_valid(s) and not s.startswith("460"):
                return s

    def uscc(self):
        org = ''.join(self.ch("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        body = "91" + self.ch(self.ch(CITIES).codes) + org + self.ch("0123456789")
        s = body + cnuscc.calc_check_digit(body)
        assert cnuscc.is_valid(s)
        return s

    def express_no(self):
        return self.ch(["SF14" + self.dig(11), "YT75" + self.dig(11), "JDVA" + self.dig(11),
                        "7" + self.dig(11), "4310" + self.dig(9)])


class Clock:
    def __init__(self, g, start):
        self.g, self.t = g, start

    def tick(self, lo, hi):
        self.t += timedelta(seconds=self.g.r.uniform(lo, hi))
        return self.t

    def ms(self):
        return str(int(self.t.timestamp() * 1000))

    def sec(self):
        return str(int(self.t.timestamp()))

    def log(self, ms_sep="."):
        return self.t.strftime("%Y-%m-%d %H:%M:%S") + ms_sep + "%03d" % (self.t.microsecond // 1000)


def T0(h=0, d=7):
    return datetime(2024, 6, d, h, 0, 0, tzinfo=CST)

# ---------------------------------------------------------------- files


def f_app_access(g):
    d = Doc("app_access.log")
    c = Clock(g, T0(8))
    kws = ["火锅", "奶茶", "充电宝", "酒店", "加油站", "咖啡"]
    for _ in range(58):
        t = c.tick(0.3, 100)
        ts = "%02d/%s/%d:%s +0800" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))
        cip = g.client_ip()
        city = g.city()
        k = g.r.random()
        method, status, up = "GET", "200", True
        if k < 0.11:
            path = ["/api/v2/sms/send?mobile=", (g.mobile(), PHONE), "&scene=", g.ch(["login", "bind", "reset"]),
                    "&ts=", c.ms(), "&sign=", g.hexs(32)]
            method = "POST"
        elif k < 0.2:
            path = ["/api/v2/sms/verify?mobile=", (g.phone_fmt(g.mobile(), g.ch(["plain", "plain", "86"])), PHONE),
                    "&code=", (g.sms_code(), CRED), "&nonce=", g.hexs(16)]
            method = "POST"
        elif k < 0.3:
            pr = g.person()
            path = ["/api/v2/user/realname?real_name=", (quote(pr.name), NAME), "&id_no=", (pr.ric, RID),
                    "&birthday=", (g.dob_fmt(pr.birth, g.ch(["iso", "compact"])), DOB), "&ts=", c.ms()]
            method = "POST"
        elif k < 0.42:
            pr = g.person(city=city)
            la, lo = g.latlng(city)
            path = ["/api/v2/address/add?consignee=", (quote(pr.name), NAME), "&tel=", (pr.mobile, PHONE),
                    "&region=", quote(g.region_only(city)), "&addr=", (quote(g.address(city)), ADDR),
                    "&lat=", (la, COORD), "&lng=", (lo, COORD), "&is_default=1"]
            method = "POST"
        elif k < 0.5:
            la, lo = g.latlng(city)
            path = ["/api/v2/poi/nearby?location=", (lo + "%2C" + la, COORD), "&radius=3000&kw=",
                    quote(g.ch(kws)), "&page=1"]
        elif k < 0.58:
            path = ["/api/v2/device/report?imei=", (g.imei(), IMEI)]
            if g.p(0.4):
                path += ["&meid=", (g.meid(), MEID)]
            if g.p(0.4):
                path += ["&imsi=", (g.imsi(), IMSI), "&iccid=", (g.iccid(), ICCID)]
            path += ["&android_id=", g.android_id(),
                    "&oaid=", g.oaid(), "&mac=", (quote(g.mac("colonU"), safe=""), MAC),
                    "&mcc=460&mnc=0", g.ch("01"), "&lac=", str(g.ri(10000, 40000)), "&ci=", (str(g.ri(20000000, 250000000)), CELL),
                    "&seq=", g.bad15(), "&ver=5.12.3"]
            method = "POST"
        elif k < 0.64:
            pr = g.person()
            acct = (quote(pr.email, safe=""), EMAIL) if g.p(0.6) else (pr.mobile, PHONE)
            path = ["/api/v2/passport/login?account=", acct, "&password=", (quote(g.password(), safe=""), CRED),
                    "&client=", g.ch(["android", "ios", "h5"])]
            method = "POST"
            status = g.ch(["200", "200", "401"])
        elif k < 0.72:
            path = ["/api/v2/order/detail?order_no=", g.order_no("KX", t), "&trade_no=", g.trade_no(t),
                    "&uid=", g.dig(11, "23456789"), "&ts=", c.ms()]
        elif k < 0.78:
            path = ["/api/v2/feed/list?access_token=", (g.hexs(40), CRED), "&page=", str(g.ri(1, 9)),
                    "&size=20&_t=", c.ms()]
        elif k < 0.84:
            path = ["/static/js/chunk-vendors.", g.hexs(8), ".js"]
            up = False
        elif k < 0.9:
            m = g.mobile()
            form = g.ch(["plain", "sp", "p86"])
            v = g.phone_fmt(m, form)
            path = ["/api/v2/friend/search?q=", (quote(v, safe=""), PHONE), "&type=mobile"]
        elif k < 0.95:
            mm = g.masked_mobile()
            path = ["/api/v2/user/profile?uid=", g.dig(10, "23456789"), "&m=", quote(mm), "&ts=", c.ms()]
        else:
            cip = g.ipv4_priv()
            path = ["/healthz"]
            up = False
        ref = '"-"' if g.p(0.6) else '"https://m.kuaixiang.cn/pages/%s?from=%s"' % (
            g.ch(["order/confirm", "me", "address/list", "login"]), g.ch(["push", "share", "banner"]))
        ua = g.ch(UAS)
        d.w((cip, IP), " - - [", ts, '] "', method, " ", path, ' HTTP/1.1" ', status, " ",
            str(g.ri(120, 9000)), " ", ref, ' "', ua, '" rt=%.3f' % g.r.uniform(0.002, 1.5))
        if up and g.p(0.25):
            d.w(" upstream=", (g.ipv4_priv(), IP), ":", g.ch(["8080", "8081", "9000"]))
        elif up:
            d.w(" upstream=unix:/run/kx-api.sock")
        if g.p(0.15):
            d.w(' xff="', (cip, IP), ", ", ("100.%d.%d.%d" % (g.ri(64, 127), g.ri(0, 255), g.ri(1, 254)), IP), '"')
        d.w(" req_id=", g.hexs(16), "\n")
    return d


def f_pay_notify(g):
    d = Doc("pay_notify.log")
    c = Clock(g, T0(9))
    subjects = ["快享会员月卡", "外卖订单", "打车费用", "游戏充值-60钻石", "直播充值"]
    for _ in range(95):
        c.tick(2, 300)
        t = c.t
        k = g.r.random()
        if k < 0.42:
            app_id = "2021003" + g.dig(9)
            amt = "%.2f" % g.r.uniform(3, 300)
            seller = "2088" + g.dig(12)
            sandbox = g.p(0.25)
            if sandbox:
                pr = g.person()
                logon = (quote(pr.email, safe=""), EMAIL) if g.p(0.5) else (pr.mobile, PHONE)
            else:
                logon = quote(g.masked_mobile()) if g.p(0.6) else quote(g.ch(["zha", "wan", "li*", "che"]) + "***@" + g.ch(["163.com", "qq.com"]))
            gmt = quote(t.strftime("%Y-%m-%d %H:%M:%S"), safe="").replace("%20", "+")
            sign = quote(base64.b64encode(bytes(g.ri(0, 255) for _ in range(256))).decode(), safe="")
            d.w(c.log(), " INFO  [notify-", str(g.ri(1, 8)), "] c.k.pay.AlipayNotifyController - ",
                "env=sandbox " if sandbox else "", "recv from ", (g.ipv4(), IP), " body=",
                "gmt_create=", gmt, "&charset=utf-8&subject=", quote(g.ch(subjects)), "&sign=", sign,
                "&buyer_id=2088", g.dig(12), "&invoice_amount=", amt, "&notify_id=", "2024060700222" + g.dig(21),
                "&notify_type=trade_status_sync&trade_status=TRADE_SUCCESS&receipt_amount=", amt,
                "&app_id=", app_id, "&sign_type=RSA2&seller_id=", seller, "&gmt_payment=", gmt,
                "&notify_time=", gmt, "&version=1.0&out_trade_no=", g.order_no("KX", t),
                "&total_amount=", amt, "&trade_no=", g.trade_no(t), "&auth_app_id=", app_id,
                "&buyer_logon_id=", logon, "&point_amount=0.00\n")
        elif k < 0.62:
            attach = []
            if g.p(0.5):
                attach = ["uid=", g.dig(11, "23456789"), ";mobile=", (g.mobile(), PHONE)]
            else:
                attach = ["uid=", g.dig(11, "23456789"), ";src=app"]
            fee = str(g.ri(100, 30000))
            d.w(c.log(), " INFO  [notify-", str(g.ri(1, 8)), "] c.k.pay.WxPayNotifyController - body=",
                "<xml><appid><![CDATA[wx", g.hexs(16), "]]></appid><attach><![CDATA[", attach,
                "]]></attach><bank_type><![CDATA[", g.ch(["ICBC_DEBIT", "CMB_CREDIT", "CFT", "OTHERS"]),
                "]]></bank_type><cash_fee><![CDATA[", fee, "]]></cash_fee><fee_type><![CDATA[CNY]]></fee_type>",
                "<mch_id><![CDATA[1", g.dig(9), "]]></mch_id><nonce_str><![CDATA[", g.alnum(32),
                "]]></nonce_str><openid><![CDATA[o", g.b64url(27), "]]></openid><out_trade_no><![CDATA[",
                g.order_no("KX", t), "]]></out_trade_no><result_code><![CDATA[SUCCESS]]></result_code>",
                "<return_code><![CDATA[SUCCESS]]></return_code><sign><![CDATA[", g.hexs(32, True),
                "]]></sign><time_end><![CDATA[", t.strftime("%Y%m%d%H%M%S"), "]]></time_end><total_fee>",
                fee, "</total_fee><trade_type><![CDATA[APP]]></trade_type><transaction_id><![CDATA[",
                g.wx_txn(), "]]></transaction_id></xml>\n")
            if g.p(0.2):
                d.w(c.log(), " DEBUG [notify-", str(g.ri(1, 8)), "] c.k.pay.WxPaySigner - sign src=appid=wx",
                    g.hexs(16), "&mch_id=1", g.dig(9), "&nonce_str=", g.alnum(32), "&key=", (g.alnum(32), CRED), "\n")
        elif k < 0.72:
            pr = g.person()
            d.w(c.log(), " INFO  [order-", str(g.ri(1, 4)), "] c.k.pay.WxUnifiedOrder - req out_trade_no=",
                g.order_no("KX", t), " total_fee=", str(g.ri(100, 9999)), " spbill_create_ip=",
                (g.ipv4(), IP), " notify_url=https://pay.kuaixiang.cn/notify/wx device_info=WEB\n")
        elif k < 0.86:
            card = g.bankcard()
            pr = g.person()
            full = g.p(0.55)
            acc = (card, CARD) if full else card[:6] + "******" + card[-4:]
            d.w(c.log(), " INFO  [notify-", str(g.ri(1, 8)), "] c.k.pay.UnionPayNotify - body=accNo=", acc,
                "&accessType=0&bizType=000201&currencyCode=156&encoding=UTF-8&merId=", g.bad15(),
                "&orderId=", g.order_no("", t), "&queryId=", g.nid(21),
                "&respCode=00&respMsg=success&settleAmt=", str(g.ri(100, 99999)), "&settleDate=",
                t.strftime("%m%d"), "&signMethod=01&traceNo=", g.dig(6), "&traceTime=", t.strftime("%m%d%H%M%S"),
                "&txnTime=", t.strftime("%Y%m%d%H%M%S"), "&txnType=01&version=5.1.0\n")
            if full and g.p(0.6):
                d.w(c.log(), " DEBUG [notify-", str(g.ri(1, 8)), "] c.k.pay.UnionPayNotify - customerInfo decoded={phoneNo=",
                    (pr.mobile, PHONE), "&customerNm=", (pr.name, NAME), "&certifTp=", *(["01&certifId=", (pr.ric, RID)] if g.p(0.8) else ["03&certifId=", (g.passport(), PASS)]), "}\n")
        else:
            pr = g.person()
            card = g.bankcard()
            d.w(c.log(), " INFO  [payout-", str(g.ri(1, 3)), "] c.k.pay.PayoutService - submit batch=",
                g.order_no("PO", t), " payee_name=", (pr.name, NAME), " payee_card=",
                (g.card_fmt(card, g.ch(["plain", "plain", "sp4"])), CARD), " bank=", g.ch(BANKS),
                " payee_mobile=", (pr.mobile, PHONE), " amount=", "%.2f" % g.r.uniform(10, 20000),
                " merchant_uscc=", g.uscc(), " operator=fin_ops_", str(g.ri(1, 20)), "\n")
    return d


def f_ride(g):
    d = Doc("ride_trips.csv")
    d.w("trip_id,created_at,city,driver_name,driver_mobile,driver_id_no,plate,car_model,passenger_name,"
        "passenger_mobile,pickup_lat,pickup_lng,pickup_address,dropoff_location,dropoff_address,"
        "distance_km,duration_s,fare_cny,pay_trade_no,status\n")
    c = Clock(g, T0(6))
    models = ["比亚迪秦PLUS", "广汽埃安S", "丰田卡罗拉", "大众朗逸", "吉利帝豪", "特斯拉Model 3", "小鹏P5"]
    for i in range(20):
        t = c.tick(30, 1800)
        city = g.city()
        drv = g.person(1965, 1998, city)
        pas = g.person(1970, 2005, city)
        did = (drv.ric, RID) if g.p(0.7) else drv.ric[:4] + "*" * 10 + drv.ric[-4:]
        pk = g.r.random()
        if pk < 0.6:
            pname = (pas.name, NAME)
        elif pk < 0.9:
            pname = pas.name[0] + g.ch(["先生", "女士"])
        else:
            pname = ""
        pmob = (pas.mobile, PHONE) if g.p(0.6) else g.masked_mobile(pas.mobile)
        la, lo = g.latlng(city)
        dla, dlo = g.latlng(city)
        pu = (g.address(city), ADDR) if g.p(0.6) else g.ch(POIS)
        do = (g.address(city), ADDR) if g.p(0.55) else g.ch(POIS)
        dloc = (dlo + "," + dla, COORD) if g.p(0.5) else (dla + "," + dlo, COORD)
        row = ["T" + t.strftime("%Y%m%d") + g.dig(10), t.strftime("%Y-%m-%d %H:%M:%S"), city.name,
               (drv.name, NAME), (drv.mobile, PHONE), did, (g.plate(city, g.ch(["", "", "·"])), PLATE), g.ch(models),
               pname, pmob, (la, COORD), (lo, COORD), pu, dloc, do, "%.1f" % g.r.uniform(1, 40),
               str(g.ri(300, 4000)), "%.2f" % g.r.uniform(9, 160), g.trade_no(t),
               g.ch(["COMPLETED", "COMPLETED", "COMPLETED", "CANCELLED"])]
        d.w(csv_row(row))
    return d


def f_food(g):
    d = Doc("food_orders.jsonl")
    c = Clock(g, T0(10))
    shops = ["老王黄焖鸡米饭(科技园店)", "蜜雪冰城(望京店)", "杨国福麻辣烫(春熙路店)", "肯德基(天河城店)",
             "瑞幸咖啡(陆家嘴店)", "沙县小吃(文三路店)", "华莱士(光谷店)"]
    items = [("黄焖鸡米饭", 22.5), ("冰鲜柠檬水", 4.0), ("麻辣烫", 28.0), ("香辣鸡腿堡", 19.5),
             ("生椰拿铁", 15.9), ("拌面+蒸饺", 16.0), ("全鸡套餐", 39.9)]
    for i in range(25):
        t = c.tick(20, 900)
        city = g.city()
        cu = g.person(city=city)
        rd = g.person(1975, 2003, city)
        la, lo = g.latlng(city)
        rn = (cu.name, NAME) if g.p(0.7) else cu.name[0] + g.ch(["先生", "女士"])
        rk = g.r.random()
        if rk < 0.2:
            remark = S(["放门口就行，到了打", (g.phone_fmt(cu.mobile, g.ch(["sp", "dash", "plain"])), PHONE)])
        elif rk < 0.3:
            remark = S(["备用号码：", (g.phone_fmt(g.mobile(), g.ch(["fw", "fwsp"])), PHONE), "，本机可能没电"])
        elif rk < 0.36:
            remark = S(["小区门禁密码", (g.dig(4) + "#", CRED), "，送到", str(g.ri(2, 30)), "楼"])
        elif rk < 0.42:
            remark = S(["帮忙带给", (g.name()[0], NAME), "，她在前台"])
        elif rk < 0.5:
            remark = S(["【如遇高峰期，商家可能出餐较慢】 不要辣 ", g.masked_mobile()])
        else:
            remark = g.ch(["不要辣", "多放醋", "无需餐具", "", "请尽快送达", "少冰少糖", "放外卖柜"])
        it = g.ch(items)
        pay = g.ch(["alipay", "wxpay"])
        obj = [("order_id", g.order_no("", t)), ("created_at", t.strftime("%Y-%m-%dT%H:%M:%S+08:00")),
               ("city", city.name),
               ("shop", [("id", R(g.dig(9, "123456789"))), ("name", g.ch(shops)), ("hotline", g.ch(["400-%s-%s" % (g.dig(3), g.dig(4)), "400" + g.dig(7)]))]),
               ("receiver", [("name", rn), ("phone", (g.phone_fmt(cu.mobile, g.ch(["plain", "plain", "p86", "dash"])), PHONE)),
                             ("address", (g.address(city), ADDR)), ("location", (lo + "," + la, COORD))]),
               ("rider", [("rider_id", R(g.dig(8, "123456789"))), ("name", (rd.name, NAME)), ("phone", (rd.mobile, PHONE))]),
               ("items", Arr([[("name", it[0]), ("qty", R(g.ri(1, 3))), ("price", R("%.2f" % it[1]))]])),
               ("remark", remark),
               ("pay", [("channel", pay), ("trade_no", g.trade_no(t) if pay == "alipay" else g.wx_txn()),
                        ("amount", R("%.2f" % (it[1] + g.r.uniform(2, 8))))]),
               ("client", [("ip", (g.client_ip(), IP)), ("app_ver", "8.%d.%d" % (g.ri(0, 30), g.ri(0, 9))), ("ts", R(str(int(t.timestamp() * 1000))))])]
        d.w(J(obj, g.ch([(",", ":"), (", ", ": ")])), "\n")
    return d


def f_game(g):
    d = Doc("game_account.log")
    c = Clock(g, T0(19))
    accts = ["kx_%d" % g.ri(1000000, 9999999) for _ in range(60)]
    for _ in range(115):
        c.tick(1, 120)
        acct = g.ch(accts)
        hdr = ["[", c.log(), "]"]
        k = g.r.random()
        if k < 0.26:
            minor = g.p(0.35)
            pr = g.person(2007, 2013) if minor else g.person(1970, 2005)
            dk = g.r.random()
            if dk < 0.15:
                doc = ["doc_type=PASSPORT doc_no=", (g.passport(), PASS)]
            elif dk < 0.28:
                doc = ["doc_type=HK_MACAU_PERMIT doc_no=", (g.hk_permit(), HKM)]
            elif dk < 0.33:
                doc = ["doc_type=HMT_RESIDENCE id_no=", (g.hmt_permit_id(pr.birth), RID)]
            elif dk < 0.38 and not minor:
                old = pr.birth.replace(year=g.ri(1950, 1975))
                doc = ["doc_type=ID_CARD_V1 id_no=", (g.ric15(old), RID)]
            else:
                v = pr.ric
                if v.endswith("X") and g.p(0.4):
                    v = v[:-1] + "x"
                doc = ["doc_type=ID_CARD id_no=", (v, RID)]
            d.w(hdr, "[INFO][realname] account=", acct, " name=", (pr.name, NAME), " ", doc,
                " result=", g.ch(["PASS", "PASS", "PASS", "NAME_MISMATCH"]), " minor=", "true" if minor else "false",
                " req=", g.uuid(), " cost_ms=", str(g.ri(40, 900)), "\n")
        elif k < 0.42:
            b = date(g.ri(2006, 2013), g.ri(1, 12), g.ri(1, 28))
            age = 2024 - b.year
            d.w(hdr, "[INFO][anti-addiction] account=", acct, " birth=", (g.dob_fmt(b, g.ch(["iso", "compact"])), DOB),
                " age=", str(age), " today_play_min=", str(g.ri(10, 200)), " limit_min=", "60" if age < 18 else "-1",
                " action=", "KICK" if age < 18 and g.p(0.5) else "ALLOW", "\n")
        elif k < 0.5:
            gp = g.person(1965, 1990)
            d.w(hdr, "[INFO][guardian] account=", acct, " guardian_name=", (gp.name, NAME),
                " guardian_mobile=", (gp.mobile, PHONE), " relation=", g.ch(["父亲", "母亲", "监护人"]),
                " verify_code=", (g.sms_code(), CRED), " status=BOUND\n")
        elif k < 0.72:
            dev = g.ch(DEVICES)
            ipv = g.client_ip()
            d.w(hdr, "[INFO][login] account=", acct, " ip=", (ipv, IP), " imei=", (g.imei(), IMEI),
                " oaid=", g.oaid(), " model=", dev[0], " os=\"", dev[1], "\" client=3.2.", str(g.ri(0, 20)),
                " channel=", g.ch(["huawei", "xiaomi", "oppo", "vivo", "taptap", "official"]),
                " session=", g.hexs(32), "\n")
        elif k < 0.8:
            d.w(hdr, "[INFO][recharge] account=", acct, " product=diamond_", str(g.ch([60, 300, 680, 1280, 3280])),
                " amount=", "%.2f" % g.ch([6, 30, 68, 128, 328]), " channel=alipay trade_no=", g.trade_no(c.t),
                " order=", g.order_no("G", c.t), " ts=", c.ms(), "\n")
        elif k < 0.86:
            mm = g.masked_mobile()
            d.w(hdr, "[WARN][risk] account=", acct, " bind_mobile=", mm, " name=", g.masked_name(g.name()[0]),
                " reason=MULTI_DEVICE devices=", str(g.ri(3, 9)), " score=", "%.3f" % g.r.random(), "\n")
        elif k < 0.93:
            pr = g.person()
            d.w(hdr, "[INFO][account] account=", acct, " op=BIND_EMAIL email=", (pr.email, EMAIL),
                " old_pwd_hash=", g.hexs(64), "\n")
        else:
            d.w(hdr, "[INFO][account] account=", acct, " op=RESET_PWD new_password=", (g.password(), CRED),
                " via=sms mobile=", (g.mobile(), PHONE), "\n")
    return d


def f_live(g):
    d = Doc("live_stream.log")
    c = Clock(g, T0(20))
    rooms = [str(g.ri(1000000, 9999999)) for _ in range(5)]
    gifts = [("小心心", 1), ("棒棒糖", 10), ("火箭", 50000), ("嘉年华", 300000), ("墨镜", 500)]
    chats = ["主播好漂亮", "666666", "来了来了", "这首歌好听", "主播唱一首{pf}的歌", "你长得好像{pf}",
             "今天几点下播", "哈哈哈哈", "关注了", "抽奖什么时候开始", "求上车"]
    for _ in range(150):
        c.tick(0.5, 30)
        room = g.ch(rooms)
        uid = g.dig(10, "123456789")
        nick = g.ch(NICKNAMES)
        head = [c.log(), "|room=", room, "|uid=", uid, "|nick=", nick]
        k = g.r.random()
        if k < 0.45:
            m = g.ch(chats).replace("{pf}", g.ch(PUBLIC_FIGURES))
            d.w(head, "|type=chat|msg=", m, "\n")
        elif k < 0.6:
            gf = g.ch(gifts)
            d.w(head, "|type=gift|gift=", gf[0], "|count=", str(g.ri(1, 99)), "|coins=", str(gf[1]),
                "|combo_id=", g.nid(19), "\n")
        elif k < 0.72:
            mk = g.r.random()
            if mk < 0.35:
                msg = ["想认识的加我v ", (g.phone_fmt(g.mobile(), g.ch(["plain", "sp"])), PHONE)]
            elif mk < 0.55:
                msg = ["我的号", (g.phone_fmt(g.mobile(), "spoken"), PHONE), "求带"]
            elif mk < 0.75:
                msg = ["合作请发邮件 ", (g.email(), EMAIL)]
            else:
                msg = ["我住", (g.address(), ADDR), "，主播来玩"]
            d.w(head, "|type=chat|msg=", msg, "|audit=", g.ch(["BLOCK_CONTACT", "PASS", "REVIEW"]), "\n")
        elif k < 0.8:
            pr = g.person(1990, 2004)
            card = g.bankcard(19)
            d.w(c.log(), "|settle|anchor_uid=", uid, "|anchor_nick=", nick, "|real_name=", (pr.name, NAME),
                "|id_no=", (pr.ric, RID), "|bank=", g.ch(BANKS), "|card_no=", (card, CARD),
                "|mobile=", (pr.mobile, PHONE), "|amount=", "%.2f" % g.r.uniform(100, 50000),
                "|guild_uscc=", g.uscc(), "\n")
        elif k < 0.87:
            d.w(head, "|type=ban|ip=", (g.client_ip(), IP), "|device=", g.android_id(),
                "|reason=", g.ch(["SPAM", "AD_CONTACT", "ABUSE"]), "|duration=", str(g.ch([600, 3600, 86400])), "\n")
        elif k < 0.94:
            d.w(c.log(), "|room=", room, "|type=system|msg=恭喜 ", g.masked_name(g.name()[0]), " 抽中 iPhone 15，客服将联系 ",
                g.masked_mobile(), "\n")
        else:
            d.w(head, "|type=enter|ip=", (g.client_ip(), IP), "|geo=", g.region_only(), "|ts=", c.ms(), "\n")
    return d


def f_oauth(g):
    d = Doc("oauth_sso.log")
    c = Clock(g, T0(7))
    for _ in range(75):
        c.tick(1, 180)
        ts = c.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+08:00" % (c.t.microsecond // 1000)
        k = g.r.random()
        st = g.alnum(16)
        if k < 0.2:
            d.w(ts, " INFO  sso-gw  GET /oauth/callback/wechat?code=", (g.alnum(32), CRED), "&state=", st,
                " client_ip=", (g.client_ip(), IP), " status=302\n")
        elif k < 0.34:
            d.w(ts, " INFO  sso-gw  token exchange ok provider=wechat resp=",
                J([("access_token", (g.wx_token(), CRED)), ("expires_in", 7200),
                   ("refresh_token", (g.wx_token(), CRED)), ("openid", "o" + g.b64url(27)),
                   ("scope", "snsapi_userinfo"), ("unionid", "o" + g.b64url(27))]), "\n")
        elif k < 0.44:
            pr = g.person()
            d.w(ts, " INFO  sso-gw  GET /oauth2/authorize?response_type=code&client_id=kx_web&redirect_uri=",
                "https%3A%2F%2Fm.kuaixiang.cn%2Fbind%3Fmobile%3D", (pr.mobile, PHONE), "%26from%3Dsms",
                "&login_hint=", (quote(pr.email, safe=""), EMAIL), "&state=", st, " client_ip=",
                (g.client_ip(), IP), "\n")
        elif k < 0.54:
            d.w(ts, " DEBUG sso-gw  POST /oauth2/token body=grant_type=authorization_code&code=",
                (g.alnum(24), CRED), "&client_id=kx_partner_", str(g.ri(1, 40)), "&client_secret=",
                (g.hexs(40), CRED), "&redirect_uri=https%3A%2F%2Fpartner.example.cn%2Fcb\n")
        elif k < 0.64:
            d.w(ts, " INFO  sso-gw  implicit redirect https://h5.kuaixiang.cn/cb#access_token=",
                (g.b64url(43), CRED), "&token_type=bearer&expires_in=3600&state=", st, "\n")
        elif k < 0.76:
            d.w(ts, " INFO  api-gw  ", g.ch(["GET /v1/me", "GET /v1/orders", "POST /v1/address"]),
                " Authorization: Bearer ", (g.jwt(), CRED), " src=", (g.client_ip(), IP), "\n")
        elif k < 0.84:
            pr = g.person()
            d.w(ts, " INFO  sso-gw  userinfo provider=wechat ",
                J([("nickname", g.ch(NICKNAMES)), ("sex", g.ri(1, 2)), ("province", "Guangdong"),
                   ("city", "Shenzhen"), ("country", "CN"),
                   ("headimgurl", "https://thirdwx.qlogo.cn/mmopen/vi_32/" + g.b64url(40) + "/132")]), "\n")
        elif k < 0.92:
            pr = g.person()
            d.w(ts, " INFO  sso-gw  account linked uid=", g.dig(11, "23456789"), " name=", (pr.name, NAME),
                " mobile=", (g.phone_fmt(pr.mobile, g.ch(["plain", "p86"])), PHONE), " openid=o", g.b64url(27),
                " trace=", g.uuid(), "\n")
        else:
            d.w(ts, " WARN  sso-gw  invalid_grant code=", g.hexs(8), "**** (masked) client_ip=",
                (g.client_ip(), IP), " ts=", c.ms(), "\n")
    return d


def f_push(g):
    d = Doc("push_payloads.jsonl")
    c = Clock(g, T0(11))
    for _ in range(80):
        t = c.tick(5, 400)
        k = g.r.random()
        city = g.city()
        if k < 0.25:
            code = g.sms_code(g.ch([6, 6, 4]))
            title, body = "登录验证", S(["【快享】验证码 ", (code, CRED), "，用于登录，5分钟内有效。请勿泄露。"])
        elif k < 0.45:
            rd = g.person()
            title = "骑手已取餐"
            body = S(["骑手", (rd.name, NAME), "（", (g.phone_fmt(rd.mobile, g.ch(["plain", "dash"])), PHONE), "）正在为您配送"])
        elif k < 0.6:
            title = "司机已到达"
            body = S(["您的司机", g.name()[0][0], "师傅已到达，车牌 ", (g.plate(city), PLATE), "，请尽快上车"])
        elif k < 0.72:
            pr = g.person()
            title = "快递签收"
            body = S(["尊敬的", (pr.name, NAME), "，您的快递 ", g.express_no(), " 已由驿站签收"])
        elif k < 0.85:
            ipv = g.client_ip()
            title = "安全提醒"
            body = S(["您的账号于 ", t.strftime("%H:%M"), " 在 ", (ipv, IP), " 登录，如非本人操作请立即修改密码"])
        elif k < 0.93:
            pr = g.person()
            title = "证件提醒"
            if g.p(0.6):
                body = S(["旅客", (pr.name, NAME), "，您的往来港澳通行证 ", (g.hk_permit(), HKM), " 签注将于30天后到期"])
            else:
                body = S(["旅客", (pr.name, NAME), "，护照 ", (g.passport(), PASS), " 已核验，请在值机时出示"])
        else:
            title = "活动"
            body = S(["618 大促，", g.masked_name(g.name()[0]), " 等 ", str(g.ri(100, 9999)), " 人已领券"])
        plat = g.ch(["android", "ios"])
        extras = [("biz", g.ch(["login", "order", "trip", "express", "security", "promo"])),
                  ("order_no", g.order_no("", t))]
        if plat == "android":
            obj = [("msg_id", g.nid(19)), ("platform", plat),
                   ("audience", [("alias", Arr(["u_" + g.dig(11, "23456789")])), ("tag", Arr([city.name]))]),
                   ("notification", [("title", title), ("body", body), ("channel_id", "kx_default")]),
                   ("extras", extras), ("send_ts", R(str(int(t.timestamp() * 1000))))]
        else:
            obj = [("apns_id", g.uuid().upper()), ("platform", plat),
                   ("aps", [("alert", [("title", title), ("body", body)]), ("badge", R(g.ri(1, 9))), ("sound", "default")]),
                   ("extras", extras), ("send_ts", R(str(int(t.timestamp() * 1000))))]
        d.w(J(obj), "\n")
    return d


def f_crash(g):
    d = Doc("crash_reports.jsonl")
    c = Clock(g, T0(13))
    exc = ["java.lang.NullPointerException: Attempt to invoke virtual method on a null object reference\n\tat com.kx.app.ui.MainActivity.onResume(MainActivity.java:214)",
           "java.lang.IllegalStateException: Fragment not attached\n\tat com.kx.app.order.OrderFragment.render(OrderFragment.kt:88)",
           "SIGSEGV (SEGV_MAPERR) fault addr 0x0000007b2c3d4e50\n#00 pc 000000000004a1c4 /data/app/com.kx.app/lib/arm64/libkxcore.so",
           "java.lang.OutOfMemoryError: Failed to allocate a 16777232 byte allocation with 8388608 free bytes"]
    for _ in range(20):
        t = c.tick(30, 2400)
        city = g.city()
        ios = g.p(0.2)
        la, lo = g.latlng(city, g.ch([5, 6, 6]))
        if ios:
            dev = [("model", g.ch(["iPhone15,2", "iPhone14,5", "iPhone16,1"])), ("os", "iOS 17.%d.%d" % (g.ri(0, 5), g.ri(0, 1))),
                   ("idfv", g.uuid().upper()), ("idfa", "00000000-0000-0000-0000-000000000000")]
        else:
            m, osv, bld = g.ch(DEVICES)
            dev = [("model", m), ("os", osv), ("build", bld), ("imei", (g.imei(), IMEI))]
            if g.p(0.5):
                dev.append(("imei2", (g.imei(), IMEI)))
            if g.p(0.6):
                dev.append(("meid", (g.meid(g.p(0.85)), MEID)))
            if g.p(0.1):
                dev.append(("imeisv", (g.imeisv(), IMEI)))
            dev += [("android_id", g.android_id()), ("oaid", g.oaid()), ("imsi", (g.imsi(), IMSI)),
                    ("iccid", (g.iccid(), ICCID))]
        wifi = g.p(0.6)
        if wifi:
            net = [("type", "WIFI"), ("ssid", g.ch(["ChinaNet-", "CMCC-", "TP-LINK_", "MERCURY_"]) + g.hexs(4, True)),
                   ("bssid", (g.mac(g.ch(["colonL", "colonL", "colonU"])), MAC))]
            if not ios:
                net.append(("wifi_mac", (g.mac("colonL"), MAC)))
            net.append(("ip", (g.ipv4_priv(), IP)))
        else:
            net = [("type", g.ch(["4G", "5G"])), ("ip", (g.ipv4_priv() if g.p(0.4) else "10.%d.%d.%d" % (g.ri(0, 255), g.ri(0, 255), g.ri(1, 254)), IP)),
                   ("ipv6", (g.ipv6(), IP))]
        mnc, lac = g.ch([0, 1, 11]), g.ri(10000, 60000)
        lte = g.p(0.8)
        cid = g.ri(20000000, 250000000) if lte else g.ri(1000, 65535)
        cell = [("mcc", R(460)), ("mnc", R(mnc)), ("lac", R(lac)), ("cid", R(cid, CELL))]
        if lte and g.p(0.35):
            cell.append(("ecgi", ("460-%02d-%d-%d" % (mnc, lac, cid), CELL)))
        obj = [("report_id", g.uuid()), ("ts", R(str(int(t.timestamp() * 1000)))),
               ("app", [("pkg", "com.kx.app"), ("ver", "5.12.%d" % g.ri(0, 3)), ("build", R(51200 + g.ri(0, 30)))]),
               ("device", dev), ("net", net)]
        if not ios:
            obj.append(("cell", cell))
        obj.append(("loc", [("lat", R(la, COORD)), ("lng", R(lo, COORD)), ("acc", R(g.ri(5, 80))), ("provider", g.ch(["gps", "network"]))]))
        obj.append(("crash", [("thread", g.ch(["main", "RxCachedThreadScheduler-3", "OkHttp Dispatcher"])), ("stack", g.ch(exc)),
                              ("mem_free_mb", R(g.ri(100, 3000))), ("uptime_ms", R(g.ri(1000, 9000000)))]))
        d.w(J(obj), "\n")
    return d


def f_sms(g):
    d = Doc("sms_verify.log")
    c = Clock(g, T0(8))
    pending = []
    for _ in range(72):
        c.tick(0.5, 120)
        k = g.r.random()
        if k < 0.36 or not pending:
            mob = g.mobile()
            if g.p(0.06):
                show = ("+852 " + g.dig(4, "569") + " " + g.dig(4), PHONE)
            else:
                show = (g.phone_fmt(mob, g.ch(["plain", "plain", "p86", "p86sp", "0086", "86"])), PHONE)
            if show[0].startswith("+852"):
                mob = g.mobile()
            code = g.sms_code(g.ch([6, 6, 6, 4]))
            pending.append((mob, code))
            sign = g.ch(["快享", "快享出行", "快享外卖"])
            d.w(c.log(","), " INFO  SmsService - send ok mobile=", show, " tpl=SMS_", g.dig(9, "123456789"),
                " code=", (code, CRED), " biz_id=", g.nid(18), "^0 ip=", (g.client_ip(), IP), "\n")
            if g.p(0.5):
                d.w(c.log(","), " DEBUG SmsService - content=\"【", sign, "】您的验证码为", (code, CRED),
                    "，5分钟内有效，请勿告诉他人。\" sender=1069", g.dig(8), "\n")
        elif k < 0.62:
            mob, code = pending.pop(g.ri(0, len(pending) - 1))
            ok = g.p(0.75)
            inp = code if ok else g.sms_code(len(code))
            if ok:
                d.w(c.log(","), " INFO  SmsVerify - mobile=", (mob, PHONE), " input=", (inp, CRED), " result=OK scene=login\n")
            else:
                d.w(c.log(","), " WARN  SmsVerify - mobile=", (mob, PHONE), " input=", (inp, CRED), " expect=", (code, CRED),
                    " result=MISMATCH tries=", str(g.ri(1, 5)), "\n")
        elif k < 0.74:
            d.w(c.log(","), " WARN  RateLimiter - mobile=", g.masked_mobile(), " ip=", (g.client_ip(), IP),
                " window=60s count=", str(g.ri(6, 40)), " action=REJECT\n")
        elif k < 0.84:
            d.w(c.log(","), " INFO  SmsReport - biz_id=", g.nid(18), "^0 status=DELIVRD err=0 phone=",
                (g.mobile(), PHONE), " send_ts=", c.ms(), " report_ts=", str(int(c.t.timestamp() * 1000) + g.ri(800, 9000)), "\n")
        elif k < 0.92:
            code = g.sms_code(4)
            d.w(c.log(","), " INFO  VoiceCode - call ", (g.phone_fmt(g.mobile(), g.ch(["plain", "p86"])), PHONE),
                " tts=\"您的验证码是 ", (" ".join(code), CRED), "\" caller=95", g.dig(3), "\n")
        else:
            d.w(c.log(","), " INFO  SmsService - marketing batch=", g.order_no("MK", c.t), " size=", str(g.ri(1000, 90000)),
                " sender=106", g.dig(9), " unsubscribe=TD\n")
    return d


def f_cs_chat(g):
    d = Doc("cs_chat.txt")
    c = Clock(g, T0(9))

    def umsgs(pr, city):
        out = []
        for _ in range(g.ri(3, 7)):
            k = g.r.random()
            if k < 0.1:
                out.append(["手机号是 ", (g.phone_fmt(pr.mobile, g.ch(["sp", "dash", "plain", "p86sp344"])), PHONE)])
            elif k < 0.17:
                out.append(["我的电话：", (g.phone_fmt(pr.mobile, g.ch(["fw", "fwsp"])), PHONE)])
            elif k < 0.23:
                out.append([(g.phone_fmt(pr.mobile, "spoken"), PHONE), " 这个号码"])
            elif k < 0.32:
                v = pr.ric
                if v.endswith("X") and g.p(0.6):
                    v = v[:-1] + "x"
                fm = g.r.random()
                if fm < 0.2:
                    v = "%s %s %s" % (v[:6], v[6:14], v[14:])
                elif fm < 0.3:
                    v = fullwidth(v)
                out.append(["我叫", (pr.name, NAME), "，身份证", (v, RID)])
            elif k < 0.4:
                out.append(["姓名：", (pr.name, NAME), " 出生日期：", (g.dob_fmt(pr.birth, g.ch(["cn", "iso", "slash"])), DOB)])
            elif k < 0.5:
                out.append(["收货地址改成 ", (g.address(city), ADDR), "，收件人", (g.name()[0], NAME), "，电话",
                            (g.phone_fmt(g.mobile(), g.ch(["plain", "sp"])), PHONE)])
            elif k < 0.56:
                out.append(["退款退到这张卡 ", (g.card_fmt(g.bankcard(), g.ch(["sp4", "plain"])), CARD), " ", g.ch(BANKS)])
            elif k < 0.62:
                out.append(["邮箱 ", (pr.email, EMAIL), " 收不到邮件"])
            elif k < 0.68:
                out.append(["验证码是", (g.sms_code(), CRED), "，怎么提示错误"])
            elif k < 0.72:
                out.append(["我原来密码是", (g.password(), CRED), "，现在登不上"])
            elif k < 0.76:
                out.append(["手机丢了，IMEI：", (g.imei(), IMEI), "，能帮忙冻结吗"])
            elif k < 0.81:
                out.append(["车牌", (g.plate(city), PLATE), "的司机绕路了"])
            elif k < 0.85:
                if g.p(0.4):
                    out.append(["护照号 ", (g.passport(), PASS), "，订机票用的"])
                else:
                    out.append(["港澳通行证号码", (g.hk_permit(), HKM), "，办签注用"])
            elif k < 0.89:
                la, lo = g.latlng(city)
                out.append(["我现在在这个位置 ", (la + "," + lo, COORD), " 司机找不到"])
            elif k < 0.93:
                out.append(["订单号 ", g.order_no("", c.t), "，还没退款"])
            else:
                out.append([g.ch(["我要投诉", "怎么还没到", "转人工", "好的谢谢", "我不记得了"])])
        return out

    bots = ["您好，我是智能客服小享，请问有什么可以帮您？", "请稍等，正在为您查询。", "为了核实身份，请提供注册时的姓名和手机号。",
            "已为您转接人工客服。", "感谢您的耐心等待。"]
    for sidx in range(26):
        c.tick(300, 3000)
        city = g.city()
        pr = g.person(city=city)
        d.w("=== 会话 S", c.t.strftime("%Y%m%d"), "-", g.dig(6), " | 渠道: ", g.ch(["App在线客服", "微信公众号", "小程序"]),
            " | 开始: ", c.t.strftime("%Y-%m-%d %H:%M:%S"), " | 来源IP: ", (g.client_ip(), IP), " ===\n")
        d.w("[", c.t.strftime("%H:%M:%S"), "] 机器人: ", bots[0], "\n")
        for msg in umsgs(pr, city):
            c.tick(5, 90)
            d.w("[", c.t.strftime("%H:%M:%S"), "] 用户: ", msg, "\n")
            c.tick(1, 20)
            r = g.r.random()
            if r < 0.25:
                d.w("[", c.t.strftime("%H:%M:%S"), "] 机器人: 已为您查到尾号", pr.mobile[-4:], "的账号（",
                    g.masked_name(pr.name), "），绑定手机 ", g.masked_mobile(pr.mobile), "。\n")
            elif r < 0.35:
                d.w("[", c.t.strftime("%H:%M:%S"), "] 人工客服(工号", g.dig(5, "123456789"), "): 如需加急可拨打客服热线 ",
                    g.hotline(), "。\n")
            else:
                d.w("[", c.t.strftime("%H:%M:%S"), "] 机器人: ", g.ch(bots[1:]), "\n")
        d.w("=== 会话结束 满意度: ", str(g.ri(1, 5)), " ===\n\n")
    return d


def f_refund(g):
    d = Doc("refund_tickets.tsv")
    cols = ["ticket_id", "created_at", "order_no", "buyer_name", "buyer_mobile", "alipay_account",
            "refund_card", "return_address", "express_no", "merchant", "merchant_uscc", "amount", "reason"]
    d.w("\t".join(cols), "\n")
    c = Clock(g, T0(9, 5))
    reasons = ["商品有破损", "尺码不合适", "七天无理由", "发错货了", "质量问题"]
    for _ in range(34):
        t = c.tick(300, 9000)
        city = g.city()
        pr = g.person(city=city)
        ak = g.r.random()
        if ak < 0.35:
            ali = (pr.email, EMAIL)
        elif ak < 0.6:
            ali = (pr.mobile, PHONE)
        elif ak < 0.8:
            ali = g.masked_mobile()
        else:
            ali = ""
        rc = (g.card_fmt(g.bankcard(), g.ch(["plain", "sp4"])), CARD) if g.p(0.45) else ""
        rk = g.r.random()
        if rk < 0.15:
            reason = S([g.ch(reasons), "；联系我 ", (g.phone_fmt(g.mobile(), g.ch(["sp", "dash", "p86"])), PHONE)])
        elif rk < 0.22:
            reason = S([g.ch(reasons), "，快递员", (g.name()[0], NAME), "说次日上门"])
        elif rk < 0.27:
            reason = S(["Please refund to ", (pr.email, EMAIL), ", contact ", (pr.en, NAME)])
        else:
            reason = g.ch(reasons)
        bn = (pr.name, NAME) if g.p(0.85) else (pr.en, NAME)
        row = ["RF" + g.dig(12), t.strftime("%Y-%m-%d %H:%M:%S"), g.order_no("", t), bn,
               (g.phone_fmt(pr.mobile, g.ch(["plain", "plain", "p86", "86dash"])), PHONE), ali, rc,
               (g.address(city), ADDR) if g.p(0.8) else g.region_only(city), g.express_no(), g.ch(COMPANIES),
               g.uscc(), "%.2f" % g.r.uniform(5, 3000), reason]
        d.w(csv_row(row, "\t"))
    return d


def f_contacts(g):
    d = Doc("contacts_upload.vcf")
    rel = ["妈妈", "老爸", "王总", "张师傅-装修", "房东", "快递小哥", "李老师"]
    for i in range(42):
        k = g.r.random()
        d.w("BEGIN:VCARD\r\nVERSION:3.0\r\n")
        if k < 0.15:
            r = g.ch(rel)
            d.w("FN:", r, "\r\nN:;", r, ";;;\r\n")
            d.w("TEL;TYPE=CELL:", (g.phone_fmt(g.mobile(), g.ch(["plain", "sp", "p86"])), PHONE), "\r\n")
        elif k < 0.22:
            svc = g.ch([("中国移动", "10086"), ("招商银行", "95555"), ("顺丰客服", "95338"), ("携程", "400-830-6666"),
                        ("工商银行", "95588")])
            d.w("FN:", svc[0], "\r\nORG:", svc[0], "\r\nTEL;TYPE=WORK:", svc[1], "\r\n")
        else:
            city = g.city()
            pr = g.person(city=city)
            d.w("FN:", (pr.name, NAME), "\r\nN:;", (pr.name, NAME), ";;;\r\n")
            if g.p(0.3):
                d.w("NICKNAME:", g.ch(NICKNAMES), "\r\n")
            d.w("TEL;TYPE=CELL:", (g.phone_fmt(pr.mobile, g.ch(["plain", "plain", "sp", "dash", "p86", "p86sp344"])), PHONE), "\r\n")
            if g.p(0.3):
                d.w("TEL;TYPE=HOME:", (g.landline(city), PHONE), "\r\n")
            if g.p(0.45):
                d.w("EMAIL;TYPE=INTERNET:", (pr.email, EMAIL), "\r\n")
            if g.p(0.35):
                d.w("ADR;TYPE=HOME:;;", (g.address(city, with_prov=False), ADDR), ";;;;中国\r\n")
            if g.p(0.3):
                d.w("BDAY:", (pr.birth.strftime("%Y-%m-%d"), DOB), "\r\n")
            if g.p(0.25):
                d.w("ORG:", g.ch(COMPANIES), "\r\n")
            if g.p(0.12):
                d.w("NOTE:身份证 ", (pr.ric, RID), "\r\n")
            elif g.p(0.1):
                d.w("NOTE:车牌 ", (g.plate(city), PLATE), "\r\n")
        d.w("REV:", (datetime(2024, 6, 1, tzinfo=CST) + timedelta(seconds=g.ri(0, 500000))).strftime("%Y%m%dT%H%M%SZ"), "\r\n")
        d.w("END:VCARD\r\n")
    return d


def f_wifi(g):
    d = Doc("wifi_auth.log")
    c = Clock(g, T0(7))
    aps = [(g.mac("dashU"), g.ch(CITIES)) for _ in range(6)]
    for _ in range(52):
        c.tick(1, 120)
        ts = "%s %2d %s" % (MONTHS[c.t.month - 1], c.t.day, c.t.strftime("%H:%M:%S"))
        apmac, apcity = g.ch(aps)
        umac = g.mac("dashU")
        k = g.r.random()
        if k < 0.3:
            mob = g.mobile()
            d.w(ts, " ac-01 radiusd[", str(g.ri(1000, 9999)), "]: Access-Request: User-Name=\"", (mob, PHONE),
                "\" Calling-Station-Id=\"", (umac, MAC), "\" Called-Station-Id=\"", (apmac, MAC), ":KX-Free-WiFi\" NAS-IP-Address=",
                (g.ipv4_priv(), IP), " NAS-Port=", str(g.ri(1, 4096)), "\n")
        elif k < 0.36:
            im = g.imsi()
            d.w(ts, " ac-01 radiusd[", str(g.ri(1000, 9999)), "]: Access-Request: EAP-Type=SIM identity=1", (im, IMSI),
                " realm=wlan.mnc", "0" + im[3:5], ".mcc460.3gppnetwork.org Calling-Station-Id=\"", (umac, MAC),
                "\" SSID=CMCC-AUTO\n")
        elif k < 0.45:
            d.w(ts, " ac-01 radiusd[", str(g.ri(1000, 9999)), "]: Accounting-Request: Acct-Status-Type=Interim-Update Acct-Session-Id=\"",
                g.hexs(16, True), "\" Framed-IP-Address=", (g.ipv4_priv(), IP), " Acct-Input-Octets=", str(g.ri(10 ** 5, 10 ** 9)),
                " Acct-Output-Octets=", str(g.ri(10 ** 5, 10 ** 9)), " Acct-Session-Time=", str(g.ri(60, 20000)), "\n")
        elif k < 0.63:
            la, lo = g.latlng(apcity)
            d.w(ts, " portal-01 portal[", str(g.ri(100, 999)), "]: sms auth phone=", (g.mobile(), PHONE), " code=",
                (g.sms_code(), CRED), " usermac=", (g.mac("bare"), MAC), " userip=", (g.ipv4_priv(), IP),
                " apmac=", (apmac.replace("-", ":").lower(), MAC), " ssid=KX-Free-WiFi ap_loc=", (lo + "," + la, COORD), "\n")
        elif k < 0.78:
            d.w(ts, " dhcp-01 dhcpd[", str(g.ri(100, 999)), "]: DHCPACK on ", (g.ipv4_priv(), IP), " to ",
                (g.mac("colonL"), MAC), " (", g.ch(["Xiaomi-13", "HUAWEI_P60", "iPhone", "OPPO-Reno10", "android-" + g.hexs(16)]),
                ") via eth1\n")
        elif k < 0.86:
            d.w(ts, " portal-01 portal[", str(g.ri(100, 999)), "]: realname bind phone=", (g.phone_fmt(g.mobile(), "p86"), PHONE),
                " name=", (g.name()[0], NAME), " id_no=", (g.person().ric, RID), " mac=", (g.mac("cisco"), MAC), "\n")
        elif k < 0.93:
            d.w(ts, " ac-01 wlan[", str(g.ri(100, 999)), "]: sta ", (g.mac("colonL"), MAC), " roam from ap ", (apmac, MAC),
                " rssi=-", str(g.ri(40, 85)), " channel=", str(g.ch([1, 6, 11, 36, 149])), "\n")
        else:
            d.w(ts, " portal-01 portal[", str(g.ri(100, 999)), "]: auth reject phone=", g.masked_mobile(), " reason=too_many_attempts\n")
    return d


def f_login(g):
    d = Doc("login_audit.log")
    c = Clock(g, T0(0))
    for _ in range(60):
        c.tick(5, 1000)
        ts = c.t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (c.t.microsecond // 1000)
        pr = g.person()
        ua = g.ch(UAS)
        ik = g.r.random()
        if ik < 0.45:
            ip = [(g.ipv4(), IP)]
        elif ik < 0.75:
            ip = [(g.ipv6(), IP)]
        elif ik < 0.85:
            ip = ["[", (g.ipv6(True), IP), "]:", str(g.ri(1024, 65535))]
        elif ik < 0.92:
            ip = [(g.ipv4(), IP), ":", str(g.ri(1024, 65535))]
        else:
            ip = [("::ffff:" + g.ipv4(), IP)]
        user = (pr.email, EMAIL) if g.p(0.5) else (g.phone_fmt(pr.mobile, g.ch(["plain", "plain", "p86"])), PHONE)
        k = g.r.random()
        base = [ts, " login_audit uid=", g.dig(11, "23456789"), " "]
        if k < 0.4:
            d.w(base, "event=LOGIN_SUCCESS user=", user, " ip=", ip, " geo=", g.region_only(), " mfa=",
                g.ch(["none", "sms", "totp"]), " trace_id=", g.hexs(32), " ua=\"", ua, "\"\n")
        elif k < 0.6:
            d.w(base, "event=LOGIN_FAIL user=", user, " ip=", ip, " reason=BAD_PASSWORD attempt=", str(g.ri(1, 6)),
                " password=******\n")
        elif k < 0.67:
            d.w(base, "event=LOGIN_FAIL user=", user, " ip=", ip, " reason=BAD_PASSWORD debug_pwd=\"",
                (g.password(), CRED), "\"\n")
        elif k < 0.75:
            d.w(base, "event=PASSWORD_CHANGE user=", user, " ip=", ip, " new_password=", (g.password(), CRED),
                " policy=v", str(g.ri(1, 3)), "\n")
        elif k < 0.82:
            d.w(base, "event=API_KEY_CREATED user=", user, " ip=", ip, " key_id=AK", g.dig(10), " secret=",
                ("sk-" + g.alnum(40), CRED), "\n")
        elif k < 0.9:
            d.w(base, "event=MFA_BIND user=", user, " ip=", ip, " mobile=",
                (g.phone_fmt(g.mobile(), g.ch(["p86dash", "plain", "0086"])), PHONE), " totp_secret=",
                (''.join(g.ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)), CRED), "\n")
        elif k < 0.97:
            dk = g.r.random()
            if dk < 0.4:
                doc = ["target_doc=PASSPORT:", (g.passport(), PASS)]
            elif dk < 0.7:
                doc = ["target_doc=HKMO_PERMIT:", (g.hk_permit(), HKM)]
            else:
                doc = ["target_id=", pr.ric[:6], "********", pr.ric[-4:]]
            d.w(base, "event=REALNAME_QUERY user=", user, " ip=", ip, " target_name=", (pr.name, NAME),
                " ", doc, " operator=cs_", str(g.ri(100, 999)), "\n")
        else:
            d.w(base, "event=ADMIN_EXPORT user=", user, " ip=", ip, " rows=", str(g.ri(100, 100000)),
                " file=export_", c.t.strftime("%Y%m%d"), ".csv sha256=", g.hexs(64), "\n")
    return d


FILES = [f_app_access, f_pay_notify, f_ride, f_food, f_game, f_live, f_oauth, f_push, f_crash,
         f_sms, f_cs_chat, f_refund, f_contacts, f_wifi, f_login]

# ---------------------------------------------------------------- checks


def _semantic(t, v):
    """Sanity-check that a labelled value is what its type says."""
    from urllib.parse import unquote
    v0 = unquote(v)
    tr = {ord(a): b for a, b in SPOKEN.items()}
    tr = {ord(b): a for a, b in SPOKEN.items()}
    tr.update({ord("幺"): "1", ord("〇"): "0"})
    n = ''.join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in v0).translate(tr)
    dg = re.sub(r"\D", "", n)
    if t == RID:
        s = re.sub(r"\s", "", n)
        return (len(s) == 18 and ric_ok(s)) or (len(s) == 15 and s.isdigit())
    if t == PHONE:
        if n.startswith("+852"):
            return len(dg) == 11
        if len(dg) in (10, 11, 12) and dg.startswith("0"):
            num = phonenumbers.parse("+86" + dg[1:])
        else:
            num = phonenumbers.parse("+86" + dg[-11:])
        return phonenumbers.is_valid_number(num)
    if t == IMEI:
        return (len(dg) == 15 and luhn.is_valid(dg)) or (len(dg) == 16 and luhn.is_valid(dg[:14] + luhn.calc_check_digit(dg[:14])))
    if t == CARD:
        return dg[:2] == "62" and len(dg) in (16, 19) and luhn.is_valid(dg)
    if t == IMSI:
        return len(v) == 15 and v.startswith("460")
    if t == MEID:
        return re.fullmatch(r"[0-9A-Fa-f]{14}", v) is not None
    if t == ICCID:
        return v.startswith("8986") and len(v) in (19, 20)
    if t == MAC:
        return len(re.sub(r"[^0-9A-Fa-f]", "", v0)) == 12
    if t == IP:
        import ipaddress
        ipaddress.ip_address(v)
        return True
    if t == EMAIL:
        return re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v0) is not None
    if t == PASS:
        return re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", v) is not None
    if t == HKM:
        return re.fullmatch(r"C\d{8}", v) is not None
    if t == COORD:
        return all(re.fullmatch(r"-?\d+\.\d+", x) for x in v0.split(","))
    if t == PLATE:
        return re.fullmatch(r"[\u4e00-\u9fff][A-Z][· ]?[A-Z0-9]{5,6}", v) is not None
    return bool(v)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    g = Gen(SEED)
    docs = [f(g) for f in FILES]
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for doc in docs:
            with open(os.path.join(args.out, doc.name), "wb") as fh:
                fh.write(bytes(doc.buf))
            for st, en, t, _ in sorted(doc.labels):
                lf.write(json.dumps({"file": doc.name, "start": st, "end": en, "type": t}) + "\n")
    # verification: re-read everything from disk
    counts = {}
    with open(os.path.join(args.out, "labels.jsonl"), encoding="utf-8") as lf:
        disk = [json.loads(x) for x in lf]
    exp = {(doc.name, st, en, t): v for doc in docs for st, en, t, v in doc.labels}
    assert len(disk) == len(exp)
    data = {doc.name: open(os.path.join(args.out, doc.name), "rb").read() for doc in docs}
    for lab in disk:
        key = (lab["file"], lab["start"], lab["end"], lab["type"])
        v = exp[key]
        assert data[lab["file"]][lab["start"]:lab["end"]].decode("utf-8") == v, key
        assert v == v.strip() and v, key
        assert _semantic(lab["type"], v), (key, v)
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
    for doc in docs:
        labs = sorted(doc.labels)
        for a, b in zip(labs, labs[1:]):
            assert a[1] <= b[0], ("overlap", doc.name, a, b)
        text = data[doc.name].decode("utf-8")
        if doc.name.endswith(".jsonl"):
            for line in text.splitlines():
                json.loads(line)
    total = sum(counts.values())
    print("files: %d  labels: %d" % (len(docs), total))
    for t in ALL_TYPES:
        print("  %-26s %d" % (t, counts.get(t, 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
