#!/usr/bin/python3
"""Synthetic, labelled PI test corpus: IoT, vehicle and mobility data passing through an operator.

usage: make_corpus.py [--out DIR]      (default DIR: the directory holding this script)

Every value is synthetic and generated from a fixed seed, so two runs give identical bytes.
The script writes the data files below plus ``labels.jsonl``.

Files
-----
tbox_telemetry.jsonl          vehicle T-Box uplink messages (JSON lines): VIN, plate, module IMEI /
                              IMSI / ICCID, APN IP, WLAN MAC, GPS lat/lng in separate fields,
                              serving cell, driver-binding and eCall events, remote-command tokens.
etc_toll_records.csv          ETC highway toll pass records (Chinese header, CRLF line ends):
                              plate, holder name, mobile, bound bank card (some masked).
parking_gate.log              parking-lot barrier/LPR controller log: plates in/out, fees, monthly
                              permit registrations with owner name, phone, address.
bike_share_trips.tsv          bike/scooter-sharing trip export: rider mobile, start/end "lng,lat"
                              pairs, client IP, order ids, lock serials.
driver_onboarding.json        ride-hailing driver onboarding records (pretty JSON array): name, DOB,
                              ID number, licence number, addresses, mobile, e-mail, vehicle, bank card,
                              emergency contact, device IMEI and IP.
nbiot_platform.log            NB-IoT / Cat-1 device platform log (LwM2M/CoAP gateway): meters and
                              trackers with IMEI, IMSI, ICCID, 13-digit IoT MSISDN, cell ids,
                              PCI/EARFCN/RSRP, GNSS fixes, household account bindings.
child_watch_reports.log       child smartwatch gateway: raw "[3G*...]" protocol frames (UD/AL/LK/
                              SOS/CENTER) and parsed JSON reports with Wi-Fi BSSIDs, cells, wearer
                              profile, guardian phones, MEID for CDMA models.
mqtt_broker.log               EMQX / mosquitto broker log: client ids, usernames (IMEI), peer IPs,
                              failed-auth debug lines with passwords, topics carrying IMEIs.
fleet_positions.csv           fleet-management position export: plate, VIN, driver, mobile, ID-based
                              licence numbers, longitude and latitude columns.
border_vehicle_clearance.xml  port / border vehicle clearance records: cross-border plates (粤Z...港),
                              drivers and passengers with passports, HK/Macau permits, home-return
                              permits, ID numbers, pinyin names, birth dates, phones.
logistics_tracking.jsonl      courier tracking API responses: sender, recipient, addresses, courier
                              name/phone inside trace texts (some full-width digits), masked values.
lbs_api_access.log            location-service access log plus regeo service log: API keys, client
                              IPs, "lng,lat" query pairs, reverse-geocoded user addresses.
drive_test_log.csv            cell drive-test export: test handset IMEI/IMSI/MSISDN in header,
                              per-sample lon/lat, ECI, ECGI, NCGI, PCI, EARFCN, RSRP/SINR.
vehicle_insurance_quotes.txt  motor-insurance quote sheets: applicant/insured/owner identity,
                              contact, plate, VIN, premium lines, payment card, payment token.
traffic_violation_notices.txt traffic-violation SMS and written notices: plates, party names, ID
                              numbers, phones, postal addresses.
ev_charging_sessions.csv      EV charging session records: user mobile, name, plate, BMS VIN, energy,
                              fees, charging-card numbers, station (company) addresses.

Label conventions (labels.jsonl)
--------------------------------
One JSON object per line: {"file", "start", "end", "type"}; start/end are UTF-8 byte offsets into
the file, end exclusive.  Types: CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT,
PERSON_NAME, DATE_OF_BIRTH, STREET_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS, BANK_CARD_NUMBER,
CREDENTIAL, IMSI_ID, IMEI_HARDWARE_ID, MEID, ICCID_NUMBER, MAC_ADDRESS, IP_ADDRESS,
LOCATION_COORDINATES, CELL_ID, CHINA_LICENSE_PLATE.

* PHONE_NUMBER: as written, including +86/0086/86 prefixes, spaces, dashes and full-width digits;
  landlines with their area code (and brackets if written).  13-digit IoT MSISDNs of SIMs in a
  household meter / personal tracker / private car are labelled too.
* BANK_CARD_NUMBER: as written, including group spaces.
* PERSON_NAME: full names of private people (drivers, owners, riders, wearers, guardians,
  recipients, couriers, insurance agents); Chinese or passport pinyin form; each occurrence.
  Masked names (张*) are not labelled.
* DATE_OF_BIRTH: birth dates only (not registration, issue, trip or violation dates).
* STREET_ADDRESS: a person's address whole (home, ID-card, delivery, mailing, or a
  reverse-geocoded address of the user's position) from the first place name to the
  house/room number.  Company, station, toll-plaza and port addresses are not labelled.
* CREDENTIAL: value only - passwords, PINs, API keys, access/refresh tokens, device secrets.
* LOCATION_COORDINATES: one label for a "lat,lng" / "lng,lat" pair written as one value; one label
  per number when latitude and longitude are separate fields (also positional protocol fields).
* CELL_ID: a whole CGI/ECGI/NCGI string, or the value of a field named as a cell (cellId, ci, ECI,
  NCI).  LAC/TAC, PCI, EARFCN, eNB/gNB ids are not labelled.
* IP_ADDRESS: address only, without port.
* IMEI/IMSI/ICCID/MEID/MAC of devices used by a private person (car T-Box, watch, meter,
  tracker, handset) are labelled wherever they appear, including inside MQTT topics/client ids.
* Not labelled: VINs, engine numbers, OBU / ETC card numbers, charging-card numbers, device
  serials, meter numbers, order/waybill/bill/transaction ids, masked values, service numbers
  (95518, 12123, 10086, 400-...), Unified Social Credit Codes, amounts, non-birth dates, epochs,
  hashes, UUIDs, request signatures, version strings, PCI/EARFCN/TAC values.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import zlib

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20240612

# ----------------------------------------------------------------------------------------------
# document with span recording


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def add(self, text, typ=None):
        b = text.encode("utf-8")
        if typ:
            assert text, (self.name, typ)
            self.labels.append((len(self.buf), len(self.buf) + len(b), typ, text))
        self.buf += b

    def fmt(self, template, **kw):
        parts = re.split(r"\{([a-z_0-9]+)\}", template)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                self.add(p)
            else:
                v = kw[p]
                if isinstance(v, tuple):
                    self.add(v[0], v[1])
                else:
                    self.add(str(v))


class T:
    """Tagged JSON leaf.  raw=True writes the text unquoted (numbers)."""

    def __init__(self, v, t, raw=False):
        self.v, self.t, self.raw = v, t, raw


class P:
    """JSON string leaf made of (text, type-or-None) segments."""

    def __init__(self, *segs):
        self.segs = segs


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(doc, o, indent=None, lvl=0, seps=(", ", ": ")):
    item_sep, key_sep = seps
    if isinstance(o, T):
        if o.raw:
            doc.add(o.v, o.t)
        else:
            e = jesc(o.v)
            assert e == o.v, o.v
            doc.add('"')
            doc.add(e, o.t)
            doc.add('"')
    elif isinstance(o, P):
        doc.add('"')
        for txt, ty in o.segs:
            e = jesc(txt)
            assert e == txt or not ty, txt
            doc.add(e, ty)
        doc.add('"')
    elif isinstance(o, dict):
        if not o:
            doc.add("{}")
            return
        doc.add("{")
        first = True
        for k, v in o.items():
            if not first:
                doc.add(item_sep.rstrip() if indent is not None else item_sep)
            first = False
            if indent is not None:
                doc.add("\n" + " " * (indent * (lvl + 1)))
            doc.add(json.dumps(k, ensure_ascii=False) + key_sep)
            jw(doc, v, indent, lvl + 1, seps)
        if indent is not None:
            doc.add("\n" + " " * (indent * lvl))
        doc.add("}")
    elif isinstance(o, list):
        if not o:
            doc.add("[]")
            return
        doc.add("[")
        first = True
        for v in o:
            if not first:
                doc.add(item_sep.rstrip() if indent is not None else item_sep)
            first = False
            if indent is not None:
                doc.add("\n" + " " * (indent * (lvl + 1)))
            jw(doc, v, indent, lvl + 1, seps)
        if indent is not None:
            doc.add("\n" + " " * (indent * lvl))
        doc.add("]")
    else:
        doc.add(json.dumps(o, ensure_ascii=False))


# ----------------------------------------------------------------------------------------------
# reference data

SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
            ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
            ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
            ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
            ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("潘", "pan"),
            ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
            ("程", "cheng"), ("魏", "wei"), ("苏", "su"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"),
            ("姚", "yao"), ("卢", "lu"), ("钟", "zhong"), ("谭", "tan"), ("廖", "liao"), ("范", "fan"),
            ("汪", "wang"), ("陆", "lu"), ("金", "jin"), ("石", "shi"), ("贾", "jia"), ("韦", "wei"),
            ("夏", "xia"), ("付", "fu"), ("方", "fang"), ("邹", "zou"), ("熊", "xiong"), ("覃", "qin"),
            ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀", "xiu"), ("英", "ying"), ("敏", "min"),
         ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
         ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
         ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"), ("建", "jian"),
         ("国", "guo"), ("志", "zhi"), ("海", "hai"), ("晓", "xiao"), ("文", "wen"), ("华", "hua"),
         ("鹏", "peng"), ("浩", "hao"), ("宇", "yu"), ("梓", "zi"), ("涵", "han"), ("欣", "xin"),
         ("怡", "yi"), ("子", "zi"), ("轩", "xuan"), ("博", "bo"), ("思", "si"), ("雨", "yu"),
         ("佳", "jia"), ("嘉", "jia"), ("俊", "jun"), ("琳", "lin"), ("婷", "ting"), ("慧", "hui"),
         ("辉", "hui"), ("斌", "bin"), ("凯", "kai"), ("峰", "feng"), ("晨", "chen"), ("诗", "shi"),
         ("瑶", "yao"), ("泽", "ze"), ("一", "yi"), ("诺", "nuo"), ("睿", "rui"), ("铭", "ming"),
         ("春", "chun"), ("红", "hong"), ("玉", "yu"), ("兰", "lan"), ("德", "de"), ("福", "fu"),
         ("建", "jian"), ("荣", "rong"), ("林", "lin"), ("新", "xin"), ("永", "yong"), ("金", "jin")]


class City:
    def __init__(self, prov, city, districts, roads, comms, plate, letters, area, ll, fixed7=False):
        self.prov, self.city, self.districts, self.roads, self.comms = prov, city, districts, roads, comms
        self.plate, self.letters, self.area, self.ll, self.fixed7 = plate, letters, area, ll, fixed7


CITIES = [
    City("", "北京市", [("朝阳区", "110105"), ("海淀区", "110108"), ("东城区", "110101"), ("丰台区", "110106")],
         ["望京西路", "中关村大街", "学院路", "建国路", "安定门外大街", "丰台北路", "双井东路"],
         ["望京花园西区", "华清嘉园", "安华里小区", "首开璞瑅", "富力城", "南湖中园"], "京",
         "ABCEFGHJKLMNPQ", "010", (39.9042, 116.4074)),
    City("", "上海市", [("浦东新区", "310115"), ("徐汇区", "310104"), ("闵行区", "310112"), ("静安区", "310106")],
         ["张杨路", "漕溪北路", "莘松路", "共和新路", "锦绣路", "虹梅路", "灵石路"],
         ["仁恒滨江园", "汇翠花园", "春申城四季苑", "大宁金茂府", "世茂滨江花园"], "沪",
         "ABCDEFGHJKLMN", "021", (31.2304, 121.4737)),
    City("广东省", "广州市", [("天河区", "440106"), ("海珠区", "440105"), ("白云区", "440111"), ("番禺区", "440113")],
         ["天河北路", "江南大道中", "白云大道北", "清河东路", "员村二横路", "黄埔大道西"],
         ["华景新城", "江南新村", "云景花园", "祈福新邨", "保利中环广场"], "粤A",
         "", "020", (23.1291, 113.2644)),
    City("广东省", "深圳市", [("南山区", "440305"), ("福田区", "440304"), ("宝安区", "440306"), ("龙岗区", "440307")],
         ["科技南十二路", "深南大道", "建安一路", "龙岗大道", "华富路", "南海大道", "宝民二路"],
         ["海岸城", "百花二村", "宝安中心区", "万科城", "华侨城波托菲诺", "桃源村"], "粤B",
         "", "0755", (22.5431, 114.0579)),
    City("浙江省", "杭州市", [("西湖区", "330106"), ("余杭区", "330110"), ("拱墅区", "330105"), ("滨江区", "330108")],
         ["文三路", "文一西路", "莫干山路", "江南大道", "古墩路", "丰潭路"],
         ["嘉绿苑", "西溪诚园", "申花郡", "星耀城", "翠苑一区"], "浙A", "", "0571", (30.2741, 120.1551)),
    City("江苏省", "南京市", [("玄武区", "320102"), ("鼓楼区", "320106"), ("江宁区", "320115")],
         ["中山路", "北京西路", "双龙大道", "龙蟠路", "汉中门大街"],
         ["月牙湖花园", "凤凰西街小区", "翠屏国际", "天元城"], "苏A", "", "025", (32.0603, 118.7969)),
    City("四川省", "成都市", [("武侯区", "510107"), ("锦江区", "510104"), ("成华区", "510108"), ("青羊区", "510105")],
         ["人民南路四段", "天府大道北段", "建设路", "东大街", "玉林北路", "光华大道一段"],
         ["玉林小区", "棕南小区", "万科魅力之城", "光华村"], "川A", "", "028", (30.5728, 104.0668)),
    City("湖北省", "武汉市", [("洪山区", "420111"), ("武昌区", "420106"), ("江汉区", "420103")],
         ["珞喻路", "中北路", "建设大道", "民族大道", "雄楚大道"],
         ["光谷新世界", "楚河汉街小区", "万科城市花园"], "鄂A", "", "027", (30.5928, 114.3055)),
    City("", "重庆市", [("渝中区", "500103"), ("江北区", "500105"), ("南岸区", "500108"), ("渝北区", "500112")],
         ["解放碑民族路", "观音桥步行街", "南坪西路", "金开大道", "红旗河沟"],
         ["融创白象街", "金科天籁城", "龙湖源著"], "渝", "ABCD", "023", (29.5630, 106.5516)),
    City("陕西省", "西安市", [("雁塔区", "610113"), ("碑林区", "610103"), ("未央区", "610112")],
         ["小寨东路", "长安北路", "太白南路", "凤城八路", "丈八一路"],
         ["曲江池小区", "紫薇田园都市", "枫林绿洲"], "陕A", "", "029", (34.3416, 108.9398)),
    City("河南省", "郑州市", [("金水区", "410105"), ("二七区", "410103"), ("中原区", "410102")],
         ["花园路", "经三路", "大学路", "建设西路", "农业路"],
         ["未来花园", "建业森林半岛", "绿城百合"], "豫A", "", "0371", (34.7466, 113.6254)),
    City("福建省", "厦门市", [("思明区", "350203"), ("湖里区", "350206")],
         ["莲前西路", "湖滨南路", "仙岳路", "嘉禾路"],
         ["莲花五村", "瑞景新村", "湖滨一里"], "闽D", "", "0592", (24.4798, 118.0894), fixed7=True),
    City("广东省", "珠海市", [("香洲区", "440402"), ("金湾区", "440404")],
         ["情侣中路", "迎宾南路", "九洲大道中", "拱北粤海东路"],
         ["海怡湾畔", "华发新城", "拱北花园"], "粤C", "", "0756", (22.2710, 113.5767)),
    City("湖南省", "长沙市", [("岳麓区", "430104"), ("芙蓉区", "430102")],
         ["麓山南路", "五一大道", "枫林三路", "人民东路"],
         ["中南大学铁道学院小区", "万科魅力之城"], "湘A", "", "0731", (28.2282, 112.9388)),
]
CITY = {c.city: c for c in CITIES}
OTHER_REGIONS = ["341204", "430421", "511623", "360821", "450881", "411525", "320923", "371722",
                 "520102", "421023", "350583", "130183", "140106", "610324", "441881", "360730"]

MOBILE_PREFIXES = ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
                   "178", "182", "183", "184", "187", "188", "198", "130", "131", "132", "155", "156",
                   "166", "175", "176", "185", "186", "133", "153", "173", "177", "180", "181", "189",
                   "191", "199", "195", "190"]

BANK_BINS = [("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("622848", 19, "中国农业银行"),
             ("621700", 19, "中国建设银行"), ("622700", 19, "中国建设银行"), ("621661", 19, "中国银行"),
             ("621785", 19, "中国银行"), ("622588", 16, "招商银行"), ("621483", 16, "招商银行"),
             ("622262", 19, "交通银行"), ("623058", 19, "平安银行"), ("622908", 18, "兴业银行"),
             ("621799", 19, "中国邮政储蓄银行"), ("625906", 16, "中信银行"), ("436742", 16, "中国建设银行")]

WMIS = [("LSV", "上汽大众 朗逸"), ("LFV", "一汽-大众 速腾"), ("LGB", "东风日产 轩逸"), ("LVS", "长安福特 福克斯"),
        ("LRW", "特斯拉 Model Y"), ("LGX", "比亚迪 秦PLUS DM-i"), ("LHG", "广汽本田 雅阁"), ("LVG", "广汽丰田 凯美瑞"),
        ("LBV", "华晨宝马 5系"), ("L6T", "吉利 星越L"), ("LS5", "长安 CS75 PLUS"), ("LNB", "北汽 EU5"),
        ("LC0", "比亚迪 海豚"), ("LB3", "吉利 帝豪"), ("LDC", "东风雪铁龙 C5")]

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# ----------------------------------------------------------------------------------------------
# generators


def seeded(name):
    return random.Random(SEED ^ zlib.crc32(name.encode()))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile(rng):
    while True:
        n = rng.choice(MOBILE_PREFIXES) + digits(rng, 8)
        x = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def fmt_mobile(rng, n, mode="field"):
    r = rng.random()
    if mode == "field":
        if r < 0.78:
            return n
        if r < 0.86:
            return "+86" + n
        if r < 0.91:
            return "86" + n
        if r < 0.95:
            return "0086" + n
        return n[:3] + "-" + n[3:7] + "-" + n[7:]
    # free text
    if r < 0.55:
        return n
    if r < 0.65:
        return n[:3] + " " + n[3:7] + " " + n[7:]
    if r < 0.73:
        return n[:3] + "-" + n[3:7] + "-" + n[7:]
    if r < 0.80:
        return "+86 " + n[:3] + " " + n[3:7] + " " + n[7:]
    if r < 0.86:
        return "+86-" + n
    if r < 0.90:
        return "0086 " + n
    return n.translate(FULLWIDTH)


def landline(rng, c, style=None):
    sub = rng.choice("2345678") + digits(rng, 6 if c.fixed7 else 7)
    st = style if style is not None else rng.randrange(4)
    s = [c.area + "-" + sub, "(" + c.area + ")" + sub, c.area + " " + sub, c.area + sub][st]
    assert phonenumbers.is_valid_number(phonenumbers.parse(c.area + sub, "CN"))
    return s


def mask_mobile(n):
    return n[:3] + "****" + n[7:]


def iot_msisdn(rng):
    return rng.choice(["1064", "1440", "1410"]) + digits(rng, 9)


def imei(rng, tac=None):
    body = (tac or ("86" + digits(rng, 6))) + digits(rng, 6)
    return body + luhn.calc_check_digit(body)


def imsi(rng, mnc=None):
    return "460" + (mnc or rng.choice(["00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11"])) + digits(rng, 10)


def iccid(rng, op=None, length=20):
    op = op or rng.choice(["00", "02", "04", "07", "01", "06", "09", "03", "11"])
    body = "8986" + op + digits(rng, length - 7)
    return body + luhn.calc_check_digit(body)


def meid(rng, upper=True):
    s = "A" + rng.choice("0123") + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    return s if upper else s.lower()


def mac(rng, style=0, oui=None):
    oui = oui or rng.choice(["1C:FA:68", "A4:50:46", "F4:8E:38", "C8:3A:35", "74:7D:24", "B0:95:8E", "28:6C:07",
                             "D4:6E:0E", "50:BD:5F", "EC:41:18", "AC:CF:85", "38:D5:47"])
    parts = oui.split(":") + ["%02X" % rng.randrange(256) for _ in range(3)]
    if style == 0:
        return ":".join(parts)
    if style == 1:
        return ":".join(parts).lower()
    if style == 2:
        return "-".join(parts)
    return "".join(parts).lower()


def bank_card(rng, bin_=None):
    b = bin_ or rng.choice(BANK_BINS)
    body = b[0] + digits(rng, b[1] - len(b[0]) - 1)
    return body + luhn.calc_check_digit(body), b[2]


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def passport(rng):
    r = rng.random()
    if r < 0.55:
        return "E" + digits(rng, 8)
    if r < 0.85:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)
    return "G" + digits(rng, 8)


def hkmo_permit(rng):
    r = rng.random()
    if r < 0.8:
        return "C" + digits(rng, 8)
    return "W" + digits(rng, 8)


def home_return_permit(rng):
    return rng.choice("HHM") + digits(rng, rng.choice([8, 10]))


def plate(rng, c, sep=None, kind=None):
    pre = c.plate if len(c.plate) == 2 else c.plate + rng.choice(c.letters)
    kind = kind or rng.choices(["std", "nev_s", "nev_l"], [0.72, 0.22, 0.06])[0]
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "std":
        pat = rng.choice(["ddddd", "Ldddd", "dLddd", "ddLdd", "LLddd", "dddLL", "LdLdd", "ddddL"])
        tail = "".join(rng.choice(L) if ch == "L" else rng.choice("0123456789") for ch in pat)
    elif kind == "nev_s":
        tail = rng.choice("DF") + rng.choice(L + "0123456789") + digits(rng, 4)
    else:
        tail = digits(rng, 5) + rng.choice("DF")
    if sep is None:
        sep = rng.choices(["", "·", " "], [0.7, 0.2, 0.1])[0]
    return pre + sep + tail


def vin(rng):
    wmi, model = rng.choice(WMIS)
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(rng.choice(chars) for _ in range(5))
    year = rng.choice("JKLMNPR")
    plant = rng.choice(chars)
    serial = digits(rng, 6)
    s = wmi + vds + "0" + year + plant + serial
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    tot = sum((int(ch) if ch.isdigit() else tr[ch]) * wt for ch, wt in zip(s, w))
    ck = tot % 11
    return s[:8] + ("X" if ck == 10 else str(ck)) + s[9:], model


def make_uscc(rng, region="440300"):
    while True:
        org = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        # organisation code check digit (GB 11714)
        vals = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        c = 11 - sum(vals.index(ch) * wt for ch, wt in zip(org, w)) % 11
        oc = {10: "X", 11: "0"}.get(c, str(c))
        s = "91" + region + org + oc
        try:
            full = s + uscc.calc_check_digit(s)
        except Exception:
            continue
        if uscc.is_valid(full):
            return full


def uuid_(rng, dash=True):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]) if dash else h


def hexs(rng, n, upper=False):
    s = "%0*x" % (n, rng.getrandbits(4 * n))
    return s.upper() if upper else s


def token(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def jwt(rng):
    import base64
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": digits(rng, 9), "iat": 1718150000 + rng.randrange(90000),
                                                "scope": "vehicle.ctrl"}, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = token(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return hdr + "." + body + "." + sig


def password(rng):
    return rng.choice([
        lambda: token(rng, rng.randint(8, 12), "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") + rng.choice("!@#$%*"),
        lambda: rng.choice(["Aa", "Qq", "Zz", "Xy"]) + digits(rng, 6) + rng.choice(["!", ".", "@"]),
        lambda: rng.choice(["wang", "zhang", "li", "chen", "liu"]) + digits(rng, 6),
        lambda: token(rng, 16),
    ])()


class Person:
    pass


def person(rng, c=None, y0=1962, y1=2002, sex=None):
    p = Person()
    p.city = c or rng.choice(CITIES)
    sur, sur_py = rng.choice(SURNAMES)
    gs = [rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2)]
    p.name = sur + "".join(g[0] for g in gs)
    p.sur_py, p.given_py = sur_py.upper(), "".join(g[1] for g in gs).upper()
    p.sex = sex or rng.choice("MF")
    p.dob = dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
    region = rng.choice(p.city.districts)[1] if rng.random() < 0.7 else rng.choice(OTHER_REGIONS)
    seq = rng.randrange(0, 999)
    if (seq % 2 == 1) != (p.sex == "M"):
        seq = (seq + 1) % 1000
    id17 = region + p.dob.strftime("%Y%m%d") + "%03d" % seq
    p.id = id17 + "10X98765432"[sum(int(ch) * w for ch, w in zip(id17, ID_W)) % 11]
    assert ric.is_valid(p.id), p.id
    p.mobile = mobile(rng)
    py = sur_py + "".join(g[1] for g in gs)
    p.email = rng.choice([
        lambda: py + str(p.dob.year) + "@163.com",
        lambda: py + digits(rng, 3) + "@126.com",
        lambda: digits(rng, rng.randint(8, 10)).lstrip("0") + "@qq.com",
        lambda: "".join(g[1] for g in gs) + "." + sur_py + "@outlook.com",
        lambda: py[:1] + "".join(g[1] for g in gs) + digits(rng, 2) + "@sina.com",
        lambda: py + "_" + digits(rng, 4) + "@foxmail.com",
    ])()
    p.address = address(rng, p.city)
    return p


def address(rng, c, with_prov=None):
    d = rng.choice(c.districts)[0]
    road = rng.choice(c.roads)
    comm = rng.choice(c.comms)
    with_prov = (rng.random() < 0.6) if with_prov is None else with_prov
    head = (c.prov if with_prov else "") + c.city + d
    n = rng.randint(1, 399)
    r = rng.random()
    if r < 0.45:
        return "%s%s%d号%s%d栋%d单元%d%02d室" % (head, road, n, comm, rng.randint(1, 28), rng.randint(1, 4),
                                            rng.randint(2, 32), rng.randint(1, 6))
    if r < 0.7:
        return "%s%s%d号院%d号楼%d%02d" % (head, road, n, rng.randint(1, 18), rng.randint(1, 25), rng.randint(1, 8))
    if r < 0.88:
        return "%s%s%s%d-%d-%d" % (head, road, comm, rng.randint(1, 20), rng.randint(1, 3), rng.randint(101, 2804))
    return "%s%s街道%s%d号%d室" % (head, rng.choice(["新村", "长安", "朝阳", "人民", "城南"]), road, n,
                               rng.randint(101, 1806))


def house_address(rng, c):
    """house-number level address as returned by reverse geocoding"""
    d = rng.choice(c.districts)[0]
    s = "%s%s%s%s%d号" % (c.prov, c.city, d, rng.choice(c.roads), rng.randint(1, 399))
    if rng.random() < 0.4:
        s += rng.choice(c.comms)
        if rng.random() < 0.5:
            s += "%d栋" % rng.randint(1, 30)
    return s


def coord(rng, c, spread=0.12, nd=6):
    lat = c.ll[0] + rng.uniform(-spread, spread)
    lng = c.ll[1] + rng.uniform(-spread, spread)
    return "%.*f" % (nd, lat), "%.*f" % (nd, lng)


BASE = dt.datetime(2024, 6, 12, 0, 0, 0)
EPOCH_BASE = 1718121600  # 2024-06-12 00:00:00 +08:00


def ts_ms(sec_offset, rng):
    return str((EPOCH_BASE + sec_offset) * 1000 + rng.randrange(1000))


def tstr(sec_offset, fmt="%Y-%m-%d %H:%M:%S"):
    return (BASE + dt.timedelta(seconds=sec_offset)).strftime(fmt)


def cn_public_ip(rng):
    first = rng.choice([
        (223, 104), (117, 136), (112, 97), (183, 192), (120, 229), (113, 87), (39, 144), (111, 55),
        (36, 110), (221, 4), (218, 17), (59, 37), (114, 253), (171, 88), (58, 62), (124, 64)])
    return "%d.%d.%d.%d" % (first[0], first[1], rng.randrange(256), rng.randint(1, 254))


def apn_ip(rng):
    return "10.%d.%d.%d" % (rng.randint(32, 250), rng.randrange(256), rng.randint(2, 254))


def ipv6(rng):
    return "2409:%x:%x:%x:%x:%x:%x:%x" % tuple([rng.choice([0x8a1e, 0x8900, 0x8a55, 0x8c54])] +
                                             [rng.randrange(1, 0xffff) for _ in range(6)])


def ecgi_parts(rng):
    enb = rng.randint(100000, 999999)
    cid = rng.choice([1, 2, 3, 17, 18, 49, 50, 129, 130])
    return enb, cid, enb * 256 + cid


# ----------------------------------------------------------------------------------------------
# files


def f_tbox():
    rng = seeded("tbox")
    d = Doc("tbox_telemetry.jsonl")
    cars = []
    for i in range(7):
        c = rng.choice(CITIES)
        v, model = vin(rng)
        car = dict(c=c, vin=v, model=model, plate=plate(rng, c, sep=""), imei=imei(rng, "86" + rng.choice(["167803", "377503", "901204", "455604"])),
                   imsi=imsi(rng, rng.choice(["04", "08", "06", "11"])), iccid=iccid(rng), msisdn=iot_msisdn(rng),
                   ip=apn_ip(rng), wmac=mac(rng, rng.choice([0, 1])), sn="TB%s%s" % (rng.choice(["2305", "2311", "2402"]), digits(rng, 8)),
                   fw="T-BOX_V%d.%d.%d_2024%02d%02d" % (rng.randint(2, 4), rng.randint(0, 9), rng.randint(1, 30), rng.randint(1, 5), rng.randint(1, 28)),
                   owner=person(rng, c), odo=rng.randint(3000, 160000), soc=rng.randint(20, 98))
        cars.append(car)
    t = 21000
    for k in range(34):
        car = rng.choice(cars)
        t += rng.randint(5, 900)
        ev = rng.choices(["PERIODIC", "IGNITION_ON", "DRIVER_BIND", "ECALL", "REMOTE_CMD", "OTA_PROGRESS", "LOGIN"],
                         [10, 3, 2, 1, 2, 1, 2])[0]
        lat, lng = coord(rng, car["c"])
        base = {"msgId": uuid_(rng), "ts": int(ts_ms(t, rng)), "vin": car["vin"], "event": ev}
        if ev == "PERIODIC":
            car["odo"] += rng.randint(1, 9)
            o = dict(base)
            o.update({
                "gps": {"lat": T(lat, "LOCATION_COORDINATES", True), "lng": T(lng, "LOCATION_COORDINATES", True),
                        "alt": round(rng.uniform(2, 600), 1), "heading": rng.randrange(360),
                        "speed": round(rng.uniform(0, 118), 1), "sats": rng.randint(6, 22), "coord": "GCJ02"},
                "can": {"soc": car["soc"], "odo": car["odo"], "gear": rng.choice("PRND"), "batV": round(rng.uniform(12.1, 14.4), 2)},
                "net": {"rat": rng.choice(["LTE", "LTE", "NR-NSA"]), "rsrp": -rng.randint(75, 118), "sinr": rng.randint(-3, 25),
                        "pci": rng.randrange(504), "earfcn": rng.choice([1300, 1850, 38950, 40936, 100, 1650]),
                        "tac": "0x%04X" % rng.randrange(0x1000, 0xFFFF), "cellId": T(str(ecgi_parts(rng)[2]), "CELL_ID", True)},
            })
            jw(d, o, seps=(",", ":"))
        elif ev == "LOGIN":
            o = dict(base)
            o.update({"tboxSn": car["sn"], "fw": car["fw"], "imei": T(car["imei"], "IMEI_HARDWARE_ID"),
                      "iccid": T(car["iccid"], "ICCID_NUMBER"), "imsi": T(car["imsi"], "IMSI_ID"),
                      "msisdn": T(car["msisdn"], "PHONE_NUMBER"), "apnIp": T(car["ip"], "IP_ADDRESS"),
                      "wlanMac": T(car["wmac"], "MAC_ADDRESS"), "authCode": T(token(rng, 24), "CREDENTIAL"),
                      "plate": T(car["plate"], "CHINA_LICENSE_PLATE")})
            jw(d, o, seps=(",", ":"))
        elif ev == "IGNITION_ON":
            o = dict(base)
            o.update({"plate": T(car["plate"], "CHINA_LICENSE_PLATE"), "keyId": hexs(rng, 8, True),
                      "loc": T(lng + "," + lat, "LOCATION_COORDINATES"), "doors": "0000", "seatOcc": [1, 0, rng.randint(0, 1), 0, 0]})
            jw(d, o, seps=(",", ":"))
        elif ev == "DRIVER_BIND":
            ow = car["owner"]
            o = dict(base)
            o.update({"plate": T(car["plate"], "CHINA_LICENSE_PLATE"),
                      "driver": {"name": T(ow.name, "PERSON_NAME"), "mobile": T(fmt_mobile(rng, ow.mobile), "PHONE_NUMBER"),
                                 "idNo": ow.id[:6] + "********" + ow.id[-4:], "faceId": hexs(rng, 32)},
                      "bindChannel": rng.choice(["APP", "DEALER", "4S"]), "dealerCode": "D" + digits(rng, 6)})
            jw(d, o, seps=(",", ":"))
        elif ev == "ECALL":
            ow = car["owner"]
            o = dict(base)
            o.update({"trigger": rng.choice(["AIRBAG", "SOS_BUTTON", "ROLLOVER"]), "severity": rng.randint(1, 3),
                      "gps": {"lat": T(lat, "LOCATION_COORDINATES", True), "lng": T(lng, "LOCATION_COORDINATES", True)},
                      "plate": T(car["plate"], "CHINA_LICENSE_PLATE"),
                      "contact": {"owner": T(ow.name, "PERSON_NAME"), "phone": T(fmt_mobile(rng, ow.mobile), "PHONE_NUMBER")},
                      "callCenter": "400-820-" + digits(rng, 4), "caseNo": "EC" + tstr(t, "%Y%m%d") + digits(rng, 6)})
            jw(d, o, seps=(",", ":"))
        elif ev == "REMOTE_CMD":
            o = dict(base)
            o.update({"cmd": rng.choice(["UNLOCK", "AC_ON", "FIND_CAR", "WINDOW_CLOSE"]), "seq": rng.randint(1, 65535),
                      "authorization": P(("Bearer ", None), (jwt(rng), "CREDENTIAL")), "from": T(cn_public_ip(rng), "IP_ADDRESS"),
                      "result": rng.choice(["ACK", "ACK", "TIMEOUT"])})
            jw(d, o, seps=(",", ":"))
        else:
            o = dict(base)
            o.update({"pkg": "tbox-app-%d.%d.%d.bin" % (rng.randint(3, 5), rng.randint(0, 12), rng.randint(0, 99)),
                      "sha256": hexs(rng, 64), "progress": rng.randint(0, 100), "fw": car["fw"]})
            jw(d, o, seps=(",", ":"))
        d.add("\n")
    return d


def f_etc():
    rng = seeded("etc")
    d = Doc("etc_toll_records.csv")
    d.add("交易流水号,通行标识ID,OBU序列号,ETC用户卡号,车牌号码,车牌颜色,车型,入口站,入口时间,出口站,出口时间,计费里程(km),应收金额(元),实收金额(元),用户姓名,联系电话,绑定扣款卡号,发卡行\r\n")
    stations = ["京港澳高速广州北站", "广深沿江高速福永站", "沪昆高速杭州南站", "京沪高速南京长江大桥站", "成渝高速成都站",
                "沈海高速厦门北站", "京港澳高速郑州站", "沪宁高速上海站", "广澳高速珠海南屏站", "绕城高速西安东站",
                "长张高速长沙西站", "机场高速首都机场站"]
    colors = ["蓝", "蓝", "蓝", "绿", "渐变绿", "黄"]
    people = [person(rng) for _ in range(30)]
    t = 3600
    for i in range(46):
        p = rng.choice(people)
        c = p.city
        pl = plate(rng, c, sep="")
        color = "渐变绿" if len(pl) == 8 else rng.choice(colors[:3] + ["黄"])
        t += rng.randint(60, 1800)
        dur = rng.randint(900, 9000)
        km = round(dur / 3600 * rng.uniform(70, 110), 1)
        fee = round(km * rng.choice([0.45, 0.5, 0.6]), 2)
        paid = round(fee * 0.95, 2)
        pid = "0%s%s%s" % (digits(rng, 5), tstr(t, "%Y%m%d%H%M%S"), digits(rng, 4))
        row = ["T" + tstr(t + dur, "%Y%m%d") + digits(rng, 10), pid, hexs(rng, 16, True),
               c.districts[0][1][:2] + "01" + digits(rng, 16)]
        d.add(",".join(row) + ",")
        d.add(pl, "CHINA_LICENSE_PLATE")
        d.add(",%s,%s,%s,%s,%s,%s,%.1f,%.2f,%.2f," % (color, rng.choice(["一型客车", "一型客车", "二型客车", "一型货车"]),
                                                      rng.choice(stations), tstr(t), rng.choice(stations), tstr(t + dur),
                                                      km, fee, paid))
        if rng.random() < 0.85:
            d.add(p.name, "PERSON_NAME")
        else:
            d.add(p.name[0] + "*" * (len(p.name) - 1))
        d.add(",")
        r = rng.random()
        if r < 0.75:
            d.add(fmt_mobile(rng, p.mobile), "PHONE_NUMBER")
        elif r < 0.9:
            d.add(mask_mobile(p.mobile))
        d.add(",")
        card, bank = bank_card(rng)
        r = rng.random()
        if r < 0.7:
            d.add(card, "BANK_CARD_NUMBER")
        elif r < 0.8:
            d.add('"')
            d.add(group4(card), "BANK_CARD_NUMBER")
            d.add('"')
        else:
            d.add(card[:6] + "*" * (len(card) - 10) + card[-4:])
        d.add("," + bank + "\r\n")
    return d


def f_parking():
    rng = seeded("parking")
    d = Doc("parking_gate.log")
    lot = "PK" + digits(rng, 6)
    c = CITY["深圳市"]
    monthly = []
    for _ in range(6):
        p = person(rng, c)
        monthly.append((p, plate(rng, c, sep="")))
    t = 6 * 3600 + 1200
    inside = []
    d.add("# LPR gate controller %s  firmware ParkGate-2.8.14 build 20240318  lot=%s\n" % (hexs(rng, 12, True), lot))
    for i in range(70):
        t += rng.randint(10, 700)
        ms = "%03d" % rng.randrange(1000)
        stamp = tstr(t) + "." + ms
        r = rng.random()
        if r < 0.08:
            p, pl = rng.choice(monthly)
            tel = fmt_mobile(rng, p.mobile, "text")
            d.fmt("{ts} INFO  [admin-web] 月租车登记: 车牌={pl} 车主={nm} 电话={tel} 住址={addr} 有效期至2025-06-30 操作员=op{op}\n",
                  ts=stamp, pl=(pl, "CHINA_LICENSE_PLATE"), nm=(p.name, "PERSON_NAME"), tel=(tel, "PHONE_NUMBER"),
                  addr=(p.address, "STREET_ADDRESS"), op=digits(rng, 3))
        elif r < 0.5 or not inside:
            if rng.random() < 0.25:
                p, pl = rng.choice(monthly)
                kind = "月租车"
            else:
                pl = plate(rng, rng.choice([c, c, c, CITY["广州市"], CITY["珠海市"], rng.choice(CITIES)]))
                kind = "临时车"
            conf = rng.uniform(0.82, 0.999)
            d.fmt("{ts} INFO  [lane-{ln}][IN ] plate={pl} color={col} conf={cf} type={kind} snap=/snap/{day}/{snap}.jpg gate=OPEN\n",
                  ts=stamp, ln=rng.randint(1, 2), pl=(pl, "CHINA_LICENSE_PLATE"), col="绿" if len(pl.replace("·", "").replace(" ", "")) == 8 else "蓝",
                  cf="%.3f" % conf, kind=kind, day=tstr(t, "%Y%m%d"), snap=tstr(t, "%H%M%S") + ms + digits(rng, 2))
            inside.append((pl, t))
        elif r < 0.9:
            pl, tin = inside.pop(rng.randrange(len(inside)))
            mins = (t - tin) // 60
            fee = 0 if mins < 15 else min(60, 5 * (mins // 60 + 1))
            ch = rng.choice(["WXPAY", "ALIPAY", "UNIONPAY", "ETC"])
            trade = {"WXPAY": "4200002" + digits(rng, 21), "ALIPAY": tstr(t, "%Y%m%d") + "2200" + digits(rng, 20),
                     "UNIONPAY": digits(rng, 12), "ETC": "ETC" + digits(rng, 18)}[ch]
            d.fmt("{ts} INFO  [lane-{ln}][OUT] plate={pl} stay={m}min fee={fee} pay={ch} trade_no={tr} gate=OPEN\n",
                  ts=stamp, ln=rng.randint(3, 4), pl=(pl, "CHINA_LICENSE_PLATE"), m=mins, fee="%.2f" % fee, ch=ch, tr=trade)
        elif r < 0.95:
            pl = plate(rng, c)
            d.fmt("{ts} WARN  [lane-{ln}][IN ] low confidence {cf}, candidates=[{p1}|{p2}], manual confirm by op{op}\n",
                  ts=stamp, ln=rng.randint(1, 2), cf="%.3f" % rng.uniform(0.4, 0.7), p1=(pl, "CHINA_LICENSE_PLATE"),
                  p2=(pl[:-1] + rng.choice("0123456789"), "CHINA_LICENSE_PLATE"), op=digits(rng, 3))
        else:
            d.fmt("{ts} ERROR [cloud-sync] upload batch {b} failed: HTTP 502 from gateway, retry in 30s (queue={q})\n",
                  ts=stamp, b=uuid_(rng), q=rng.randint(1, 80))
    d.add("# hotline 400-6%s-%s  operator USCC %s\n" % (digits(rng, 2), digits(rng, 4), make_uscc(rng)))
    return d


def f_bike():
    rng = seeded("bike")
    d = Doc("bike_share_trips.tsv")
    d.add("order_id\tuser_id\tmobile\tvehicle_type\tbike_no\tlock_sn\tstart_time\tstart_lnglat\tend_time\tend_lnglat\tdistance_m\tduration_s\tfee_cny\tcoupon\tpaid_cny\tclient_ip\tapp_ver\n")
    c = rng.choice([CITY["杭州市"], CITY["成都市"], CITY["武汉市"]])
    users = [(digits(rng, 10), mobile(rng)) for _ in range(22)]
    t = 25000
    for i in range(42):
        uid, mob = rng.choice(users)
        t += rng.randint(30, 900)
        dur = rng.randint(180, 2400)
        lat1, lng1 = coord(rng, c, 0.08)
        lat2 = "%.6f" % (float(lat1) + rng.uniform(-0.02, 0.02))
        lng2 = "%.6f" % (float(lng1) + rng.uniform(-0.02, 0.02))
        vt = rng.choice(["bike", "bike", "ebike"])
        fee = 1.5 if vt == "bike" else 2.0 + 1.0 * (dur // 900)
        coupon = rng.choice([0, 0, 0, 0.5, 1.0])
        d.add("%s%s\t%s\t" % (tstr(t, "%Y%m%d%H%M%S"), digits(rng, 6), uid))
        r = rng.random()
        if r < 0.8:
            d.add(fmt_mobile(rng, mob), "PHONE_NUMBER")
        else:
            d.add(mask_mobile(mob))
        d.add("\t%s\t%s\t%s\t%s\t" % (vt, digits(rng, 10), "HL" + hexs(rng, 10, True), tstr(t)))
        d.add(lng1 + "," + lat1, "LOCATION_COORDINATES")
        d.add("\t%s\t" % tstr(t + dur))
        d.add(lng2 + "," + lat2, "LOCATION_COORDINATES")
        d.add("\t%d\t%d\t%.2f\t%.2f\t%.2f\t" % (rng.randint(300, 6000), dur, fee, coupon, max(0, fee - coupon)))
        d.add(ipv6(rng) if rng.random() < 0.2 else cn_public_ip(rng), "IP_ADDRESS")
        d.add("\t%s\n" % rng.choice(["iOS 8.41.0", "Android 8.40.2", "mini-program 3.12.7", "Android 8.41.1"]))
    return d


def f_onboarding():
    rng = seeded("onboard")
    d = Doc("driver_onboarding.json")
    recs = []
    for i in range(11):
        c = rng.choice(CITIES)
        p = person(rng, c, 1968, 1999)
        cur = address(rng, c)
        ec = person(rng, c)
        v, model = vin(rng)
        pl = plate(rng, c, sep=rng.choice(["", "", "·"]))
        card, bank = bank_card(rng, rng.choice(BANK_BINS[:12]))
        owner_same = rng.random() < 0.75
        owner = p if owner_same else person(rng, c)
        dob_s = rng.choice([p.dob.strftime("%Y-%m-%d"), p.dob.strftime("%Y%m%d"), p.dob.strftime("%Y/%m/%d")])
        rec = {
            "applyId": "DRV" + tstr(rng.randint(0, 80000), "%Y%m%d") + digits(rng, 8),
            "cityCode": c.area,
            "status": rng.choice(["PENDING_REVIEW", "APPROVED", "REJECTED_PHOTO_BLUR", "APPROVED"]),
            "driver": {
                "name": T(p.name, "PERSON_NAME"),
                "gender": "男" if p.sex == "M" else "女",
                "birthDate": T(dob_s, "DATE_OF_BIRTH"),
                "idCardNo": T(p.id if rng.random() < 0.9 else p.id[:-1] + p.id[-1].lower(), "CHINA_RESIDENT_ID_NUMBER"),
                "idCardAddress": T(p.address, "STREET_ADDRESS"),
                "idCardValidTo": "20%02d-%02d-%02d" % (rng.randint(26, 44), rng.randint(1, 12), rng.randint(1, 28)),
                "currentAddress": T(cur, "STREET_ADDRESS"),
                "mobile": T(fmt_mobile(rng, p.mobile), "PHONE_NUMBER"),
                "email": T(p.email, "EMAIL_ADDRESS") if rng.random() < 0.7 else "",
            },
            "drivingLicense": {
                "licenseNo": T(p.id, "CHINA_RESIDENT_ID_NUMBER"),
                "fileNo": digits(rng, 12),
                "class": rng.choice(["C1", "C1", "C2", "B2", "A1"]),
                "firstIssueDate": "20%02d-%02d-%02d" % (rng.randint(5, 19), rng.randint(1, 12), rng.randint(1, 28)),
            },
            "ocr": {"engine": "ocr-idcard-v3.4.1", "confidence": round(rng.uniform(0.91, 0.999), 4), "imageSha1": hexs(rng, 40)},
            "vehicle": {
                "plate": T(pl, "CHINA_LICENSE_PLATE"), "vin": v, "model": model,
                "color": rng.choice(["白", "黑", "银", "蓝"]), "registerDate": "20%02d-%02d-%02d" % (rng.randint(17, 23), rng.randint(1, 12), rng.randint(1, 28)),
                "ownerName": T(owner.name, "PERSON_NAME"), "engineNo": token(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 6),
                "seats": 5, "insurancePolicyNo": "PDAA2024" + digits(rng, 14),
            },
            "settlement": {"bankName": bank, "cardNo": T(card if rng.random() < 0.7 else group4(card), "BANK_CARD_NUMBER"),
                           "accountName": T(p.name, "PERSON_NAME")},
            "emergencyContact": {"name": T(ec.name, "PERSON_NAME"), "relation": rng.choice(["配偶", "父亲", "母亲", "兄弟", "朋友"]),
                                 "mobile": T(fmt_mobile(rng, ec.mobile), "PHONE_NUMBER")},
            "device": {"imei": T(imei(rng), "IMEI_HARDWARE_ID"), "meid": T(meid(rng, rng.random() < 0.5), "MEID") if rng.random() < 0.4 else "", "model": rng.choice(["HUAWEI ALN-AL00", "Xiaomi 23127PN0CC", "OPPO PJA110", "vivo V2324A"]),
                       "os": rng.choice(["Android 13", "HarmonyOS 4.0.0", "Android 14"]), "ip": T(cn_public_ip(rng), "IP_ADDRESS"),
                       "appVersion": "6.%d.%d" % (rng.randint(0, 20), rng.randint(0, 9))},
            "reviewer": "ops" + digits(rng, 5),
            "platformUscc": make_uscc(rng, "330100"),
            "createdAt": int(ts_ms(rng.randint(0, 80000), rng)),
        }
        if not rec["driver"]["email"]:
            del rec["driver"]["email"]
        if not rec["device"]["meid"]:
            del rec["device"]["meid"]
        recs.append(rec)
    jw(d, recs, indent=2)
    d.add("\n")
    return d


def f_nbiot():
    rng = seeded("nbiot")
    d = Doc("nbiot_platform.log")
    devs = []
    for i in range(9):
        c = rng.choice(CITIES)
        kind = rng.choice(["WATER_METER", "GAS_METER", "TRACKER", "SMOKE_DETECTOR"])
        dev = dict(c=c, kind=kind, imei=imei(rng, "86" + rng.choice(["377503", "853004", "452003", "197604"])),
                   imsi=imsi(rng, rng.choice(["04", "08", "11", "06"])), iccid=iccid(rng, length=rng.choice([20, 20, 19])),
                   msisdn=iot_msisdn(rng), devid=hexs(rng, 32), meter=digits(rng, 14), owner=person(rng, c),
                   acct=digits(rng, 10))
        devs.append(dev)
    t = 3 * 3600
    def st():
        return (BASE + dt.timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+08:00" % rng.randrange(1000)
    for i in range(62):
        t += rng.randint(3, 400)
        dev = rng.choice(devs)
        r = rng.random()
        if r < 0.18:
            d.fmt("{ts} [aep-lwm2m-{n}] INFO  c.c.a.lwm2m.RegisterHandler - REGISTER ep=urn:imei:{im} imsi={imsi} lt=86400 b=UQ lwm2m=1.0 src={ip}:5683\n",
                  ts=st(), n=rng.randint(1, 4), im=(dev["imei"], "IMEI_HARDWARE_ID"), imsi=(dev["imsi"], "IMSI_ID"),
                  ip=(apn_ip(rng), "IP_ADDRESS"))
        elif r < 0.55:
            rsrp = -rng.randint(85, 128)
            ecl = 0 if rsrp > -105 else (1 if rsrp > -118 else 2)
            if dev["kind"] == "TRACKER":
                lat, lng = coord(rng, dev["c"], 0.2)
                d.fmt("{ts} [aep-gw-{n}] DEBUG c.c.a.msg.UplinkDispatcher - UPLINK deviceId={did} imei={im} type=TRACKER lat={lat} lon={lng} speed={sp} batt={bt}% rsrp={rsrp} snr={snr} ecl={ecl} pci={pci} earfcn={ef} cellId={ci} tac={tac} seq={seq}\n",
                      ts=st(), n=rng.randint(1, 4), did=dev["devid"], im=(dev["imei"], "IMEI_HARDWARE_ID"),
                      lat=(lat, "LOCATION_COORDINATES"), lng=(lng, "LOCATION_COORDINATES"), sp=rng.randint(0, 60),
                      bt=rng.randint(5, 100), rsrp=rsrp, snr=rng.randint(-8, 20), ecl=ecl, pci=rng.randrange(504),
                      ef=rng.choice([2506, 2509, 3738, 1650, 2452]), ci=(str(ecgi_parts(rng)[2]), "CELL_ID"),
                      tac=rng.randint(10000, 65000), seq=rng.randrange(65536))
            elif dev["kind"] == "SMOKE_DETECTOR":
                d.fmt("{ts} [aep-gw-{n}] DEBUG c.c.a.msg.UplinkDispatcher - UPLINK deviceId={did} imei={im} type=SMOKE_DETECTOR alarm={al} smoke={sm}dB/m temp={tp}C batt={bt}% rsrp={rsrp} snr={snr} ecl={ecl} pci={pci} earfcn={ef} cellId={ci} tac={tac}\n",
                      ts=st(), n=rng.randint(1, 4), did=dev["devid"], im=(dev["imei"], "IMEI_HARDWARE_ID"), al=rng.choice([0, 0, 0, 1]),
                      sm="%.2f" % rng.uniform(0, 0.3), tp="%.1f" % rng.uniform(18, 34), bt=rng.randint(20, 100), rsrp=rsrp,
                      snr=rng.randint(-8, 20), ecl=ecl, pci=rng.randrange(504), ef=rng.choice([2506, 2509, 3738, 1650, 2452]),
                      ci=(str(ecgi_parts(rng)[2]), "CELL_ID"), tac=rng.randint(10000, 65000))
            else:
                unit = "m3"
                d.fmt("{ts} [aep-gw-{n}] DEBUG c.c.a.msg.UplinkDispatcher - UPLINK deviceId={did} imei={im} type={k} meterNo={mn} reading={rd}{u} valve={vl} volt=3.{v}V rsrp={rsrp} snr={snr} ecl={ecl} pci={pci} earfcn={ef} cellId={ci} tac={tac} payload={pl}\n",
                      ts=st(), n=rng.randint(1, 4), did=dev["devid"], im=(dev["imei"], "IMEI_HARDWARE_ID"), k=dev["kind"],
                      mn=dev["meter"], rd="%.3f" % rng.uniform(10, 3000), u=unit, vl=rng.choice(["OPEN", "OPEN", "CLOSED"]),
                      v=rng.randint(30, 66), rsrp=rsrp, snr=rng.randint(-8, 20), ecl=ecl, pci=rng.randrange(504),
                      ef=rng.choice([2506, 2509, 3738, 1650, 2452]), ci=("0x%07X" % ecgi_parts(rng)[2], "CELL_ID"),
                      tac=rng.randint(10000, 65000), pl=hexs(rng, rng.choice([24, 32, 48]), True))
        elif r < 0.65:
            d.fmt("{ts} [aep-sim-sync] INFO  c.c.a.sim.CardSync - card status imei={im} iccid={ic} msisdn={ms} imsi={imsi} status=ACTIVE flow={fl}KB pkg=NB-IoT-{pk}M\n",
                  ts=st(), im=(dev["imei"], "IMEI_HARDWARE_ID"), ic=(dev["iccid"], "ICCID_NUMBER"),
                  ms=(dev["msisdn"], "PHONE_NUMBER"), imsi=(dev["imsi"], "IMSI_ID"), fl=rng.randint(1, 900), pk=rng.choice([10, 30, 50]))
        elif r < 0.75:
            ow = dev["owner"]
            if dev["kind"] == "TRACKER":
                d.fmt("{ts} [biz-api] INFO  c.x.t.bind.BindService - bind tracker imei={im} to user {\"nickName\":\"{nk}\",\"realName\":\"{nm}\",\"phone\":\"{ph}\",\"idNo\":\"{idn}\"} channel=APP ver=5.2.{v}\n",
                      ts=st(), im=(dev["imei"], "IMEI_HARDWARE_ID"), nk=rng.choice(["老爸的车", "小电驴", "奶奶"]),
                      nm=(ow.name, "PERSON_NAME"), ph=(fmt_mobile(rng, ow.mobile), "PHONE_NUMBER"),
                      idn=(ow.id, "CHINA_RESIDENT_ID_NUMBER"), v=rng.randint(0, 30))
            else:
                d.fmt("{ts} [biz-api] INFO  c.x.m.account.OpenAccount - 开户 户号={ac} 表号={mn} 户主={nm} 电话={ph} {kw}={ad} 设备imei={im}\n",
                      ts=st(), kw={"WATER_METER": "用水地址", "GAS_METER": "用气地址"}.get(dev["kind"], "安装地址"), ac=dev["acct"], mn=dev["meter"], nm=(ow.name, "PERSON_NAME"),
                      ph=(fmt_mobile(rng, ow.mobile) if rng.random() < 0.7 else landline(rng, dev["c"]), "PHONE_NUMBER"),
                      ad=(ow.address, "STREET_ADDRESS"), im=(dev["imei"], "IMEI_HARDWARE_ID"))
        elif r < 0.85:
            d.fmt("{ts} [aep-lwm2m-{n}] WARN  c.c.a.lwm2m.DtlsHandler - DTLS handshake failed ep=urn:imei:{im} psk_id={im2} cause=BAD_RECORD_MAC src={ip}:{port}\n",
                  ts=st(), n=rng.randint(1, 4), im=(dev["imei"], "IMEI_HARDWARE_ID"), im2=(dev["imei"], "IMEI_HARDWARE_ID"),
                  ip=(apn_ip(rng), "IP_ADDRESS"), port=rng.randint(30000, 60000))
        elif r < 0.92:
            d.fmt("{ts} [aep-cmd] INFO  c.c.a.cmd.Downlink - cmd {cid} to deviceId={did} service=valveCtrl para={\"op\":\"{op}\"} ttl=172800 result=SENT\n",
                  ts=st(), cid=uuid_(rng), did=dev["devid"], op=rng.choice(["close", "open"]))
        else:
            d.fmt("{ts} [aep-ota] INFO  c.c.a.ota.FotaTask - task {tk} imei={im} from BC95GJBR01A{a} to BC95GJBR01A{b} md5={md}\n",
                  ts=st(), tk=digits(rng, 10), im=(dev["imei"], "IMEI_HARDWARE_ID"), a="%02d" % rng.randint(1, 9),
                  b="%02d" % rng.randint(10, 12), md=hexs(rng, 32))
    return d


def f_watch():
    rng = seeded("watch")
    d = Doc("child_watch_reports.log")
    kids = []
    for i in range(6):
        c = rng.choice(CITIES)
        kid = person(rng, c, 2012, 2019)
        g1 = person(rng, c, 1978, 1992)
        g2 = person(rng, c, 1978, 1992)
        telecom = rng.random() < 0.5
        kids.append(dict(c=c, kid=kid, g1=g1, g2=g2, reg=digits(rng, 10), imei=imei(rng), telecom=telecom,
                         meid=meid(rng, rng.random() < 0.7), iccid=iccid(rng, "03" if telecom else rng.choice(["00", "01"])),
                         imsi=imsi(rng, "11" if telecom else rng.choice(["00", "01", "02"])),
                         home=[mac(rng, 1) for _ in range(3)], lac=rng.randint(9000, 40000)))
    t = 7 * 3600
    for i in range(48):
        t += rng.randint(20, 700)
        k = rng.choice(kids)
        stamp = tstr(t) + ",%03d" % rng.randrange(1000)
        r = rng.random()
        if r < 0.4:
            lat, lng = coord(rng, k["c"], 0.05, rng.choice([6, 7]))
            ncell = rng.randint(1, 3)
            parts = []
            body_prefix = "UD,%s,%s,A," % (tstr(t, "%d%m%y"), tstr(t, "%H%M%S"))
            segs = [(body_prefix, None), (lat, "LOCATION_COORDINATES"), (",N,", None), (lng, "LOCATION_COORDINATES"),
                    (",E,%.2f,%.1f,%.1f,%d,%d,%d,%d,0,00000000,%d,1,460,%d" % (rng.uniform(0, 5), rng.uniform(0, 360), rng.uniform(0, 80),
                                                                             rng.randint(4, 12), rng.randint(60, 100), rng.randint(10, 100),
                                                                             rng.randint(0, 20000), ncell, 11 if k["telecom"] else 0), None)]
            for j in range(ncell):
                segs += [(",%d," % k["lac"], None), (str(rng.randint(10000, 65535)), "CELL_ID"), (",%d" % rng.randint(120, 190), None)]
            nw = rng.randint(1, 3)
            aps = rng.sample(k["home"], nw)
            segs.append((",%d" % nw, None))
            for j in range(nw):
                segs += [("," + rng.choice(["ChinaNet-" + token(rng, 4), "CMCC-" + token(rng, 4), "TP-LINK_" + hexs(rng, 4, True), "HUAWEI-" + token(rng, 4)]) + ",", None),
                         (aps[j], "MAC_ADDRESS"), (",-%d" % rng.randint(40, 90), None)]
            segs.append((",%.1f" % rng.uniform(5, 80), None))
        elif r < 0.5:
            lat, lng = coord(rng, k["c"], 0.05)
            segs = [("AL,%s,%s,A," % (tstr(t, "%d%m%y"), tstr(t, "%H%M%S")), None), (lat, "LOCATION_COORDINATES"), (",N,", None),
                    (lng, "LOCATION_COORDINATES"), (",E,0.00,0.0,0.0,6,100,35,%d,0,00010000,0" % rng.randint(0, 9000), None)]
        elif r < 0.62:
            segs = [("LK,%d,%d,%d" % (rng.randint(0, 15000), rng.randint(0, 300), rng.randint(5, 100)), None)]
        elif r < 0.7:
            segs = [("SOS,", None), (k["g1"].mobile, "PHONE_NUMBER"), (",", None), (k["g2"].mobile, "PHONE_NUMBER"), (",", None)]
        elif r < 0.75:
            segs = [("CENTER,", None), (k["g1"].mobile, "PHONE_NUMBER")]
        else:
            segs = None
        if segs is not None:
            body = "".join(s for s, _ in segs)
            d.add("%s INFO  [gw-3g] <<< " % stamp)
            d.add("[3G*%s*%04X*" % (k["reg"], len(body.encode())))
            for s, ty in segs:
                d.add(s, ty)
            d.add("]\n")
            continue
        # parsed JSON report
        kid, g1 = k["kid"], k["g1"]
        lat, lng = coord(rng, k["c"], 0.05)
        o = {"ts": int(ts_ms(t, rng)), "regCode": k["reg"]}
        if k["telecom"]:
            o["meid"] = T(k["meid"], "MEID")
        else:
            o["imei"] = T(k["imei"], "IMEI_HARDWARE_ID")
        o["iccid"] = T(k["iccid"], "ICCID_NUMBER")
        o["imsi"] = T(k["imsi"], "IMSI_ID")
        o["wearer"] = {"name": T(kid.name, "PERSON_NAME"), "birthday": T(kid.dob.strftime("%Y-%m-%d"), "DATE_OF_BIRTH"),
                       "gender": kid.sex, "grade": rng.choice(["一年级", "三年级", "五年级", "初一"]),
                       "heightCm": rng.randint(115, 165)}
        o["guardian"] = {"name": T(g1.name, "PERSON_NAME"), "relation": rng.choice(["爸爸", "妈妈"]),
                         "phone": T(fmt_mobile(rng, g1.mobile), "PHONE_NUMBER")}
        o["location"] = {"type": rng.choice(["WIFI", "GPS", "LBS"]), "point": T(lng + "," + lat, "LOCATION_COORDINATES"),
                         "radius": rng.randint(10, 500), "provider": "amap-v3"}
        o["wifi"] = [{"mac": T(m, "MAC_ADDRESS"), "rssi": -rng.randint(40, 90)} for m in k["home"][:rng.randint(1, 3)]]
        o["cells"] = [{"mcc": 460, "mnc": 11 if k["telecom"] else 0, "lac": k["lac"], "ci": T(str(rng.randint(10000, 268435455)), "CELL_ID", True),
                       "rssi": -rng.randint(60, 110)}]
        o["fence"] = rng.choice(["HOME_IN", "SCHOOL_OUT", "NONE"])
        o["fw"] = "G36_V2.%d.%d_20240%d" % (rng.randint(0, 9), rng.randint(0, 99), rng.randint(1, 5))
        d.add("%s INFO  [report] parsed " % stamp)
        jw(d, o, seps=(",", ":"))
        d.add("\n")
    d.add("%s INFO  [gw-3g] stats: online=%d frames=%d crc_err=%d\n" % (tstr(t + 60) + ",000", rng.randint(3000, 9000), rng.randint(10 ** 5, 10 ** 6), rng.randint(0, 40)))
    return d


def f_mqtt():
    rng = seeded("mqtt")
    d = Doc("mqtt_broker.log")
    clients = []
    for i in range(10):
        kind = rng.choice(["tbox", "watch", "tracker", "ebike"])
        dev_imei = imei(rng)
        clients.append(dict(kind=kind, imei=dev_imei, vin=vin(rng)[0], ip=cn_public_ip(rng), pw=password(rng),
                            secret=token(rng, 32)))
    t = 36000
    for i in range(58):
        t += rng.randint(1, 300)
        cl = rng.choice(clients)
        stamp = (BASE + dt.timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+08:00" % rng.randrange(10 ** 6)
        port = rng.randint(20000, 65000)
        r = rng.random()
        if cl["kind"] == "tbox":
            cid = [("tbox_", None), (cl["vin"], None)]
            topic = [("vehicle/", None), (cl["vin"], None), ("/telemetry", None)]
        else:
            cid = [(cl["kind"] + "_", None), (cl["imei"], "IMEI_HARDWARE_ID")]
            topic = [("dev/", None), (cl["imei"], "IMEI_HARDWARE_ID"), ("/up", None)]
        if r < 0.3:
            d.add(stamp + " [info] clientid: ")
            for s, ty in cid:
                d.add(s, ty)
            d.add(", username: ")
            d.add(cl["imei"], "IMEI_HARDWARE_ID")
            d.add(", peername: ")
            d.add(cl["ip"], "IP_ADDRESS")
            d.add(":%d, msg: client_connected, proto_ver: %d, keepalive: %d, clean_start: true\n" % (port, rng.choice([4, 5]), rng.choice([60, 120, 300])))
        elif r < 0.42:
            d.add(stamp + " [warning] clientid: ")
            for s, ty in cid:
                d.add(s, ty)
            d.add(", username: ")
            d.add(cl["imei"], "IMEI_HARDWARE_ID")
            d.add(", password: ")
            d.add(cl["pw"], "CREDENTIAL")
            d.add(", peername: ")
            d.add(cl["ip"], "IP_ADDRESS")
            d.add(":%d, msg: authentication_failed, reason: bad_username_or_password\n" % port)
        elif r < 0.5:
            ts_s = str(EPOCH_BASE + t)
            sign = hashlib.sha1((cl["secret"] + ts_s).encode()).hexdigest()
            d.add(stamp + " [debug] clientid: ")
            for s, ty in cid:
                d.add(s, ty)
            d.add("|securemode=3,signmethod=hmacsha1,timestamp=%s|, msg: mqtt_packet_received, packet: CONNECT(Q0, R0, D0, ClientId=..., ProtoName=MQTT, ProtoVsn=4, CleanStart=true, KeepAlive=60, Username=" % (ts_s + "%03d" % rng.randrange(1000)))
            d.add(cl["imei"], "IMEI_HARDWARE_ID")
            d.add("&a1" + token(rng, 9) + ", Password=")
            d.add(sign, "CREDENTIAL")
            d.add(")\n")
        elif r < 0.75:
            d.add(stamp + " [debug] clientid: ")
            for s, ty in cid:
                d.add(s, ty)
            d.add(", msg: publish_to, topic: ")
            for s, ty in topic:
                d.add(s, ty)
            d.add(", payload_size: %d, qos: %d, packet_id: %d\n" % (rng.randint(40, 900), rng.choice([0, 1]), rng.randint(1, 65535)))
        elif r < 0.85:
            d.add(stamp + " [info] clientid: ")
            for s, ty in cid:
                d.add(s, ty)
            d.add(", msg: client_disconnected, reason: %s, peername: " % rng.choice(["keepalive_timeout", "tcp_closed", "normal", "takenover"]))
            d.add(cl["ip"], "IP_ADDRESS")
            d.add(":%d\n" % port)
        else:
            # mosquitto-style line from a bridge node
            d.add("%d: New client connected from " % (EPOCH_BASE + t))
            d.add(cl["ip"], "IP_ADDRESS")
            d.add(":%d as " % port)
            for s, ty in cid:
                d.add(s, ty)
            d.add(" (p2, c1, k60, u'")
            d.add(cl["imei"], "IMEI_HARDWARE_ID")
            d.add("').\n")
    d.add("%s [notice] emqx 5.3.2 node emqx@node3.mqtt.internal stats: connections.count=%d, topics.count=%d, retained=%d\n" %
          ((BASE + dt.timedelta(seconds=t + 30)).strftime("%Y-%m-%dT%H:%M:%S") + ".000000+08:00", rng.randint(100000, 300000), rng.randint(10 ** 5, 10 ** 6), rng.randint(100, 9999)))
    return d


def f_fleet():
    rng = seeded("fleet")
    d = Doc("fleet_positions.csv")
    d.add("车队,车牌号,VIN,车辆类型,司机姓名,司机手机号,驾驶证号,从业资格证号,定位时间,经度,纬度,速度(km/h),方向,当日里程(km),油量(%),状态,终端ID,所属公司\n")
    cos = [("深圳市顺达冷链物流有限公司", CITY["深圳市"], "顺达冷链一队"), ("成都蓉运城配物流有限公司", CITY["成都市"], "蓉运城配二队"),
           ("郑州中原快运有限公司", CITY["郑州市"], "中原快运干线队")]
    fleets = []
    for co, c, short in cos:
        for j in range(4):
            p = person(rng, c, 1965, 1995)
            fleets.append(dict(co=co, c=c, short=short, p=p, plate=plate(rng, c, sep=rng.choice(["", ""]), kind="std"),
                               vin=vin(rng)[0], tid=token(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                               qual_same=rng.random() < 0.7))
    t = 8 * 3600
    for i in range(34):
        f = rng.choice(fleets)
        t += rng.randint(15, 240)
        p = f["p"]
        lat, lng = coord(rng, f["c"], 0.25)
        d.add("%s," % f["short"])
        d.add(f["plate"], "CHINA_LICENSE_PLATE")
        d.add(",%s,%s," % (f["vin"], rng.choice(["冷藏车", "厢式货车", "轻型厢式货车"])))
        d.add(p.name, "PERSON_NAME")
        d.add(",")
        d.add(fmt_mobile(rng, p.mobile), "PHONE_NUMBER")
        d.add(",")
        d.add(p.id, "CHINA_RESIDENT_ID_NUMBER")
        d.add(",")
        if f["qual_same"]:
            d.add(p.id, "CHINA_RESIDENT_ID_NUMBER")
        else:
            d.add(p.city.districts[0][1][:4] + "0" + digits(rng, 7))
        d.add(",%s," % tstr(t))
        d.add(lng, "LOCATION_COORDINATES")
        d.add(",")
        d.add(lat, "LOCATION_COORDINATES")
        d.add(",%d,%d,%.1f,%d,%s,%s,%s\n" % (rng.randint(0, 95), rng.randrange(360), rng.uniform(0, 400), rng.randint(5, 100),
                                           rng.choice(["行驶", "行驶", "停车", "熄火"]), f["tid"], f["co"]))
    d.add("导出时间,%s,导出人,调度中心,记录数,34,平台客服,400-%s-%s\n" % (tstr(t + 600), digits(rng, 3), digits(rng, 4)))
    return d


def f_border():
    rng = seeded("border")
    d = Doc("border_vehicle_clearance.xml")
    d.add('<?xml version="1.0" encoding="UTF-8"?>\n<ClearanceBatch port="珠海公路口岸" batchNo="ZHGK%s%s" generated="%s">\n' %
          (tstr(40000, "%Y%m%d"), digits(rng, 6), tstr(40000, "%Y-%m-%dT%H:%M:%S")))
    t = 30000
    for i in range(18):
        t += rng.randint(100, 2000)
        c = CITY["珠海市"] if rng.random() < 0.5 else CITY["深圳市"]
        p = person(rng, c, 1965, 1996)
        hk_resident = rng.random() < 0.35
        plate_s = "粤Z" + rng.choice(["", "·"]) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(rng, 2) + rng.choice("港港澳")
        co = rng.choice(["珠海横琴跨境运输有限公司", "深港通达货运有限公司", "澳珠物流服务有限公司"])
        d.add('  <Record seq="%d">\n    <DeclNo>%s</DeclNo>\n    <Direction>%s</Direction>\n    <Time>%s</Time>\n' %
              (i + 1, "5701" + tstr(t, "%Y%m%d") + digits(rng, 8), rng.choice(["I", "E"]), tstr(t, "%Y-%m-%dT%H:%M:%S")))
        d.add("    <Vehicle>\n      <Plate>")
        d.add(plate_s, "CHINA_LICENSE_PLATE")
        d.add("</Plate>\n")
        if rng.random() < 0.5:
            d.add("      <MainlandPlate>")
            d.add(plate(rng, c), "CHINA_LICENSE_PLATE")
            d.add("</MainlandPlate>\n")
        d.add("      <VIN>%s</VIN>\n      <Type>%s</Type>\n      <Weight unit=\"kg\">%d</Weight>\n    </Vehicle>\n" %
              (vin(rng)[0], rng.choice(["小型客车", "中型厢式货车", "重型半挂牵引车"]), rng.randint(1500, 36000)))
        # driver
        d.add("    <Driver>\n      <NameCn>")
        d.add(p.name, "PERSON_NAME")
        d.add("</NameCn>\n      <NameEn>")
        d.add(p.sur_py + " " + p.given_py if rng.random() < 0.7 else p.sur_py + "," + p.given_py, "PERSON_NAME")
        d.add("</NameEn>\n      <Sex>%s</Sex>\n      <BirthDate>" % p.sex)
        d.add(p.dob.strftime("%Y-%m-%d") if rng.random() < 0.7 else p.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH")
        d.add("</BirthDate>\n")
        if hk_resident:
            d.add('      <Doc type="港澳居民来往内地通行证">')
            d.add(home_return_permit(rng), "HK_MACAU_TRAVEL_PERMIT")
            d.add("</Doc>\n")
        else:
            d.add('      <Doc type="往来港澳通行证">')
            d.add(hkmo_permit(rng), "HK_MACAU_TRAVEL_PERMIT")
            d.add("</Doc>\n      <IdCard>")
            d.add(p.id, "CHINA_RESIDENT_ID_NUMBER")
            d.add("</IdCard>\n")
            if rng.random() < 0.6:
                d.add("      <Passport>")
                d.add(passport(rng), "CHINA_PASSPORT")
                d.add("</Passport>\n")
        d.add("      <Mobile>")
        if hk_resident:
            d.add("+852 " + rng.choice("569") + digits(rng, 3) + " " + digits(rng, 4), "PHONE_NUMBER")
        else:
            d.add(fmt_mobile(rng, p.mobile, "text"), "PHONE_NUMBER")
        d.add("</Mobile>\n    </Driver>\n")
        for j in range(rng.choice([0, 0, 1, 2])):
            q = person(rng, c, 1960, 2012)
            d.add("    <Passenger>\n      <NameCn>")
            d.add(q.name, "PERSON_NAME")
            d.add("</NameCn>\n      <BirthDate>")
            d.add(q.dob.strftime("%Y-%m-%d"), "DATE_OF_BIRTH")
            d.add("</BirthDate>\n")
            if rng.random() < 0.5:
                d.add('      <Doc type="往来港澳通行证">')
                d.add(hkmo_permit(rng), "HK_MACAU_TRAVEL_PERMIT")
            else:
                d.add('      <Doc type="护照">')
                d.add(passport(rng), "CHINA_PASSPORT")
            d.add("</Doc>\n    </Passenger>\n")
        d.add("    <Carrier uscc=\"%s\">%s</Carrier>\n    <Manifest>%s</Manifest>\n    <Channel>%s</Channel>\n    <InspectResult>%s</InspectResult>\n  </Record>\n" %
              (make_uscc(rng, "440400"), co, "MF" + digits(rng, 12), "K" + str(rng.randint(1, 24)), rng.choice(["放行", "放行", "查验后放行"])))
    d.add("</ClearanceBatch>\n")
    return d


def f_logistics():
    rng = seeded("logistics")
    d = Doc("logistics_tracking.jsonl")
    shops = [("杭州悦品电子商务有限公司", "浙江省杭州市余杭区仓前街道文一西路1500号菜鸟仓"),
             ("深圳市极客数码科技有限公司", "广东省深圳市宝安区福永街道凤凰工业区A栋"),
             ("成都川味坊食品有限公司", "四川省成都市双流区西航港大道中二段18号")]
    for i in range(13):
        c = rng.choice(CITIES)
        rcv = person(rng, c)
        courier = person(rng, c, 1975, 2000)
        t = 20000 + i * 3000
        waybill = rng.choice(["SF", "YT", "JD", "ZTO"]) + digits(rng, 13)
        if rng.random() < 0.5:
            shop, shopaddr = rng.choice(shops)
            sender = {"name": shop, "phone": "400-" + digits(rng, 3) + "-" + digits(rng, 4), "address": shopaddr}
        else:
            s = person(rng)
            sender = {"name": T(s.name, "PERSON_NAME"), "phone": T(fmt_mobile(rng, s.mobile), "PHONE_NUMBER"),
                      "address": T(s.address, "STREET_ADDRESS")}
        masked = rng.random() < 0.25
        rcvd = {"name": rcv.name[0] + "**" if masked else T(rcv.name, "PERSON_NAME"),
                "mobile": mask_mobile(rcv.mobile) if masked else T(fmt_mobile(rng, rcv.mobile), "PHONE_NUMBER"),
                "address": T(rcv.address, "STREET_ADDRESS") if not masked else rcv.address[:len(c.prov + c.city) + 3] + "****"}
        if not masked and rng.random() < 0.3:
            rcvd["backupPhone"] = T(landline(rng, c), "PHONE_NUMBER")
        if not masked and rng.random() < 0.4:
            rcvd["email"] = T(rcv.email, "EMAIL_ADDRESS")
        cphone = fmt_mobile(rng, courier.mobile, "text")
        traces = [
            {"time": tstr(t), "desc": "商家已发货，包裹等待揽收"},
            {"time": tstr(t + 3600), "desc": "【%s转运中心】已收入" % rng.choice(["杭州", "深圳", "成都"])},
            {"time": tstr(t + 50000), "desc": "【%s转运中心】已发出，下一站【%s%s营业部】" % (c.city[:-1], c.city[:-1], rng.choice(c.districts)[0])},
        ]
        o = {"code": 0, "msg": "success", "traceId": hexs(rng, 32),
             "data": {"waybillNo": waybill, "orderId": digits(rng, 19), "status": rng.choice(["DELIVERING", "SIGNED", "IN_TRANSIT"]),
                      "weightKg": round(rng.uniform(0.2, 12), 2), "freight": round(rng.uniform(6, 30), 1),
                      "sender": sender, "receiver": rcvd, "traces": traces}}
        last = rng.random()
        if last < 0.5:
            desc = P(("【%s%s营业部】快递员 " % (c.city[:-1], rng.choice(c.districts)[0][:-1]), None), (courier.name, "PERSON_NAME"),
                     ("（", None), (cphone, "PHONE_NUMBER"), ("）正在派件，请保持电话畅通", None))
        elif last < 0.8:
            desc = P(("您的快件已签收，签收人：", None), (rcv.name, "PERSON_NAME") if not masked else ("本人", None),
                     ("。如有疑问请电联快递员", None), (courier.name, "PERSON_NAME"), ("，电话：", None), (cphone, "PHONE_NUMBER"),
                     ("，投诉电话95338", None))
        else:
            desc = P(("您的快件已放在【%s丰巢柜】，取件码%s，如有疑问联系" % (rng.choice(c.comms), digits(rng, 8)), None),
                     (cphone, "PHONE_NUMBER"))
        traces.append({"time": tstr(t + 90000), "desc": desc})
        jw(d, o)
        d.add("\n")
    return d


def f_lbs():
    rng = seeded("lbs")
    d = Doc("lbs_api_access.log")
    keys = [hexs(rng, 32) for _ in range(4)] + [token(rng, 32)]
    t = 9 * 3600
    for i in range(56):
        t += rng.randint(1, 120)
        c = rng.choice(CITIES)
        lat, lng = coord(rng, c, 0.15)
        ip = cn_public_ip(rng)
        key = rng.choice(keys)
        stamp = (BASE + dt.timedelta(seconds=t)).strftime("%d/%b/%Y:%H:%M:%S +0800")
        r = rng.random()
        if r < 0.45:
            d.add(ip, "IP_ADDRESS")
            d.add(' - - [%s] "GET /v3/geocode/regeo?key=' % stamp)
            d.add(key, "CREDENTIAL")
            d.add("&location=")
            d.add(lng + "," + lat, "LOCATION_COORDINATES")
            d.add('&extensions=%s&radius=%d&output=JSON HTTP/1.1" 200 %d "-" "%s" rt=%.3f req_id=%s\n' %
                  (rng.choice(["base", "all"]), rng.choice([100, 500, 1000]), rng.randint(300, 4000),
                   rng.choice(["okhttp/4.9.3", "Dalvik/2.1.0 (Linux; U; Android 13; PJA110 Build/TP1A.220905.001)", "CFNetwork/1410.0.3 Darwin/22.6.0"]),
                   rng.uniform(0.003, 0.09), uuid_(rng, False)))
            if rng.random() < 0.7:
                addr = house_address(rng, c)
                d.add("%s.%03d INFO [regeo-svc] req_id=%s adcode=%s formatted_address=" % (tstr(t), rng.randrange(1000), uuid_(rng, False), rng.choice(c.districts)[1]))
                d.add(addr, "STREET_ADDRESS")
                d.add(" precision=%s cost=%dms\n" % (rng.choice(["POI", "HOUSE"]), rng.randint(2, 40)))
        elif r < 0.6:
            d.add(ip, "IP_ADDRESS")
            d.add(' - - [%s] "GET /location/ip?ak=' % stamp)
            d.add(key, "CREDENTIAL")
            d.add("&ip=")
            d.add(cn_public_ip(rng), "IP_ADDRESS")
            d.add('&coor=bd09ll HTTP/1.1" 200 %d "-" "python-requests/2.31.0"\n' % rng.randint(200, 600))
        elif r < 0.75:
            n = rng.randint(2, 4)
            d.add(ip, "IP_ADDRESS")
            d.add(' - - [%s] "GET /v4/direction/bicycling?origin=' % stamp)
            d.add(lng + "," + lat, "LOCATION_COORDINATES")
            lat2, lng2 = coord(rng, c, 0.15)
            d.add("&destination=")
            d.add(lng2 + "," + lat2, "LOCATION_COORDINATES")
            d.add("&key=")
            d.add(key, "CREDENTIAL")
            d.add('&sig=%s HTTP/1.1" 200 %d "-" "okhttp/4.9.3"\n' % (hexs(rng, 32), rng.randint(1000, 9000)))
        elif r < 0.88:
            p = person(rng, c)
            body = {"uid": digits(rng, 9), "device_id": uuid_(rng).upper(), "home": {"address": T(p.address, "STREET_ADDRESS"),
                    "lat": T(lat, "LOCATION_COORDINATES", True), "lng": T(lng, "LOCATION_COORDINATES", True)}, "tag": "HOME"}
            d.add("%s.%03d INFO [fav-place] POST /api/v2/places body=" % (tstr(t), rng.randrange(1000)))
            jw(d, body, seps=(",", ":"))
            d.add(" from ")
            d.add(ip, "IP_ADDRESS")
            d.add(" status=200\n")
        else:
            d.add(ip, "IP_ADDRESS")
            d.add(' - - [%s] "GET /v3/staticmap?zoom=%d&size=750*300&key=' % (stamp, rng.randint(10, 17)))
            d.add(key, "CREDENTIAL")
            d.add('&markers=mid,,A:')
            d.add(lng + "," + lat, "LOCATION_COORDINATES")
            d.add(' HTTP/1.1" 200 %d "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) MicroMessenger/8.0.48"\n' % rng.randint(20000, 90000))
    return d


def f_drivetest():
    rng = seeded("drivetest")
    d = Doc("drive_test_log.csv")
    c = CITY["广州市"]
    ue = person(rng, c)
    im, isi = imei(rng), imsi(rng, "00")
    d.add("# Pilot Navigator export v10.3.2.1  project=GZ_TH_5G_NSA_0612  route=天河北路-黄埔大道 环线\n")
    d.add("# UE1 model=HUAWEI NOH-AN00 IMEI=")
    d.add(im, "IMEI_HARDWARE_ID")
    d.add(" IMSI=")
    d.add(isi, "IMSI_ID")
    d.add(" MSISDN=")
    d.add(fmt_mobile(rng, ue.mobile), "PHONE_NUMBER")
    d.add(" tester=")
    d.add(ue.name, "PERSON_NAME")
    ue2 = person(rng, c)
    d.add("\n# UE2 model=vivo V2309A IMEI=")
    d.add(imei(rng), "IMEI_HARDWARE_ID")
    d.add(" MEID=")
    d.add(meid(rng), "MEID")
    d.add(" IMSI=")
    d.add(imsi(rng, "11"), "IMSI_ID")
    d.add(" MSISDN=")
    d.add(fmt_mobile(rng, ue2.mobile), "PHONE_NUMBER")
    d.add(" tester=")
    d.add(ue2.name, "PERSON_NAME")
    d.add(" (scanner mode, CT LTE)\n# GPS=u-blox M8 datum=WGS84 interval=1s\n")
    d.add("Time,Longitude,Latitude,Speed(km/h),RAT,MCC,MNC,TAC,eNodeB,ECI,ECGI,PCI,EARFCN,RSRP,RSRQ,SINR,NR_NCI,NCGI,NR_PCI,SSB_ARFCN,SS_RSRP,SS_SINR,DL_Thr(Mbps)\n")
    t = 10 * 3600
    lat0, lng0 = c.ll[0] + 0.01, c.ll[1] + 0.05
    enb, cid, _ = ecgi_parts(rng)
    gnb = rng.randint(1000000, 4000000)
    for i in range(30):
        t += rng.randint(1, 3)
        lat0 += rng.uniform(-0.0006, 0.0009)
        lng0 += rng.uniform(0.0002, 0.0011)
        if rng.random() < 0.15:
            enb, cid, _ = ecgi_parts(rng)
            gnb = rng.randint(1000000, 4000000)
        eci = enb * 256 + cid
        nci = gnb * 4096 + rng.choice([1, 2, 3])
        d.add(tstr(t, "%H:%M:%S") + ".%03d," % rng.randrange(1000))
        d.add("%.7f" % lng0, "LOCATION_COORDINATES")
        d.add(",")
        d.add("%.7f" % lat0, "LOCATION_COORDINATES")
        d.add(",%.1f,%s,460,00,%d,%d," % (rng.uniform(10, 60), "NR-NSA", 9500 + rng.randint(0, 400), enb))
        d.add(str(eci), "CELL_ID")
        d.add(",")
        d.add("460-00-%d-%d" % (enb, cid), "CELL_ID")
        d.add(",%d,%d,%.1f,%.1f,%.1f," % (rng.randrange(504), rng.choice([1300, 38950, 40936]), -rng.uniform(70, 115),
                                            -rng.uniform(6, 16), rng.uniform(-3, 28)))
        if rng.random() < 0.85:
            d.add(str(nci), "CELL_ID")
            d.add(",")
            d.add("460-00-%d" % nci if rng.random() < 0.5 else "46000%09X" % nci, "CELL_ID")
            d.add(",%d,%d,%.1f,%.1f,%.1f\n" % (rng.randrange(1008), rng.choice([504990, 513000, 627264]), -rng.uniform(70, 112),
                                                rng.uniform(-3, 30), rng.uniform(5, 900)))
        else:
            d.add(",,,,,,%.1f\n" % rng.uniform(1, 80))
    d.add("# summary samples=30 drop=0 HO_attempt=%d HO_succ=%d avg_RSRP=%.1f report_id=%s\n" % (rng.randint(3, 8), 0, -93.4, uuid_(rng)))
    return d


def f_insurance():
    rng = seeded("insurance")
    d = Doc("vehicle_insurance_quotes.txt")
    insurers = [("中国人民财产保险股份有限公司", "95518"), ("中国平安财产保险股份有限公司", "95511"),
                ("中国太平洋财产保险股份有限公司", "95500")]
    for i in range(12):
        c = rng.choice(CITIES)
        p = person(rng, c, 1965, 2000)
        agent = person(rng, c, 1980, 1998)
        v, model = vin(rng)
        pl = plate(rng, c, sep=rng.choice(["", "·"]))
        ins, hot = rng.choice(insurers)
        price = rng.randint(9, 40) * 10000 + rng.randint(0, 99) * 100
        d.fmt("========== 机动车保险报价单  No. QT{qn} ==========\n", qn=tstr(i * 5000, "%Y%m%d") + digits(rng, 6))
        d.fmt("报价日期：{dt}      有效期：7天      渠道：{ch}\n", dt=tstr(i * 5000 + 30000, "%Y-%m-%d"), ch=rng.choice(["电销", "4S店", "线上APP", "代理人"]))
        d.fmt("投保人：{n}    证件类型：居民身份证    证件号码：{id}\n", n=(p.name, "PERSON_NAME"),
              id=(p.id, "CHINA_RESIDENT_ID_NUMBER"))
        d.fmt("出生日期：{dob}    性别：{sx}    联系电话：{ph}\n", dob=(p.dob.strftime("%Y年%m月%d日") if rng.random() < 0.5 else p.dob.strftime("%Y-%m-%d"), "DATE_OF_BIRTH"),
              sx="男" if p.sex == "M" else "女", ph=(fmt_mobile(rng, p.mobile, "text"), "PHONE_NUMBER"))
        d.fmt("电子邮箱：{em}\n通讯地址：{ad}\n", em=(p.email, "EMAIL_ADDRESS"), ad=(p.address, "STREET_ADDRESS"))
        if rng.random() < 0.3:
            q = person(rng, c, p.dob.year - 4, p.dob.year + 4)
            d.fmt("被保险人：{n}（与投保人关系：{rel}）  证件号码：{id}\n", n=(q.name, "PERSON_NAME"), rel="配偶",
                  id=(q.id, "CHINA_RESIDENT_ID_NUMBER"))
        else:
            d.add("被保险人：同投保人\n")
        d.fmt("车牌号码：{pl}    车架号(VIN)：{vin}    发动机号：{en}\n", pl=(pl, "CHINA_LICENSE_PLATE"), vin=v,
              en=token(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7))
        d.fmt("厂牌型号：{m}    初次登记日期：{rd}    新车购置价：{pr}.00元    使用性质：家庭自用\n", m=model,
              rd="20%02d-%02d-%02d" % (rng.randint(15, 23), rng.randint(1, 12), rng.randint(1, 28)), pr="{:,}".format(price))
        d.add("---------------------------------------------------------------\n险种                     保额/限额            保费(元)\n")
        tot = 0.0
        for nm, amt, prem in [("机动车交通事故责任强制险", "200,000", 950.0),
                              ("机动车损失保险", "{:,}".format(int(price * 0.8)), round(price * 0.8 * 0.0142, 2)),
                              ("第三者责任保险", rng.choice(["1,000,000", "2,000,000", "3,000,000"]), round(rng.uniform(900, 1600), 2)),
                              ("车上人员责任险(司机)", "10,000", 32.40), ("车船税", "-", rng.choice([300.0, 360.0, 420.0]))]:
            tot += prem
            d.add("%-22s%-20s%12.2f\n" % (nm, amt, prem))
        d.add("合计保费：%.2f元   NCD系数：%.2f   自主定价系数：%.4f\n" % (tot, rng.choice([0.6, 0.8, 1.0, 1.2]), rng.uniform(0.65, 1.15)))
        r = rng.random()
        if r < 0.5:
            card, bank = bank_card(rng)
            d.fmt("支付方式：银行卡代扣   {bk}  卡号：{cd}   持卡人：{n}\n", bk=bank,
                  cd=(group4(card) if rng.random() < 0.5 else card, "BANK_CARD_NUMBER"), n=(p.name, "PERSON_NAME"))
        elif r < 0.8:
            d.fmt("支付链接：https://pay.example-insure.cn/cashier?orderNo=PO{o}&token={tk}\n", o=digits(rng, 16), tk=(token(rng, 40), "CREDENTIAL"))
        else:
            card = bank_card(rng)[0]
            d.fmt("支付方式：银行卡 {m}（已脱敏）\n", m=card[:4] + " **** **** " + card[-4:])
        d.fmt("业务员：{a}  工号：{no}  手机：{ph}\n", a=(agent.name, "PERSON_NAME"), no="A" + digits(rng, 8),
              ph=(fmt_mobile(rng, agent.mobile, "text"), "PHONE_NUMBER"))
        d.fmt("承保公司：{ins}{ct}分公司   统一社会信用代码：{u}   客服热线：{h}\n\n", ins=ins, ct=c.city, u=make_uscc(rng, c.districts[0][1][:4] + "00"), h=hot)
    return d


def f_violation():
    rng = seeded("violation")
    d = Doc("traffic_violation_notices.txt")
    acts = [("机动车违反禁止标线指示", 200, 3), ("驾驶中型以上载客载货汽车、危险物品运输车辆以外的机动车超过规定时速10%以上未达20%", 200, 3),
            ("机动车不按规定车道行驶", 100, 0), ("机动车违反规定停放、临时停车且驾驶人不在现场", 150, 0),
            ("驾驶机动车在高速公路上违法占用应急车道行驶", 200, 6), ("遇行人正在通过人行横道时未停车让行", 200, 3)]
    spots = {"深圳市": ["南山大道与登良路交叉口", "深南大道车公庙路段", "沿江高速福永段K12+300"],
             "北京市": ["东三环北路国贸桥北", "学院路与成府路路口", "京藏高速清河收费站"],
             "上海市": ["延安高架路虹许路下匝道", "张杨路与浦东南路路口"],
             "广州市": ["天河北路体育西路口", "广州大道中猎德大桥北"],
             "杭州市": ["文一西路与古墩路口", "莫干山路德胜立交"]}
    d.add("==== 短信下发日志 sms_outbox 2024-06-12 ====\n")
    for i in range(24):
        cname = rng.choice(list(spots))
        c = CITY[cname]
        p = person(rng, c)
        pl = plate(rng, c, sep=rng.choice(["", "", "·"]))
        act, fine, pts = rng.choice(acts)
        when = tstr(rng.randint(-20 * 86400, 0), "%Y年%m月%d日%H时%M分")
        sid = "SMS" + digits(rng, 14)
        d.fmt("[{sid}] to={ph} status=DELIVRD\n", sid=sid, ph=(fmt_mobile(rng, p.mobile), "PHONE_NUMBER"))
        if rng.random() < 0.6:
            d.fmt("【交管12123】您的小型汽车{pl}于{w}在{sp}，实施{a}的违法行为，罚款{f}元，记{pt}分。请及时通过交管12123APP处理。\n\n",
                  pl=(pl, "CHINA_LICENSE_PLATE"), w=when, sp=rng.choice(spots[cname]), a=act, f=fine, pt=pts)
        else:
            d.fmt("【{cn}交警】{nm}您好，您名下{pl}号车辆于{w}在{sp}有一条非现场违法记录（{a}），决定书编号{no}，如有异议请拨打{tel}。退订回T\n\n",
                  cn=cname[:-1], nm=(p.name, "PERSON_NAME"), pl=(pl, "CHINA_LICENSE_PLATE"), w=when, sp=rng.choice(spots[cname]), a=act,
                  no=c.districts[0][1] + digits(rng, 10), tel="12123")
    d.add("==== 邮寄送达 公安交通管理简易程序处罚决定书（批量打印）====\n")
    for i in range(10):
        cname = rng.choice(list(spots))
        c = CITY[cname]
        p = person(rng, c)
        pl = plate(rng, c)
        act, fine, pts = rng.choice(acts)
        tel = fmt_mobile(rng, p.mobile, "text") if rng.random() < 0.8 else landline(rng, c)
        d.fmt("决定书编号：{no}\n被处罚人：{nm}    驾驶证/身份证号：{id}    档案编号：{fn}\n",
              no=c.districts[0][1] + digits(rng, 10), nm=(p.name, "PERSON_NAME"),
              id=(p.id, "CHINA_RESIDENT_ID_NUMBER"), fn=digits(rng, 12))
        d.fmt("联系电话：{ph}    准驾车型：C1\n邮寄地址：{ad}  邮编{zip}\n", ph=(tel, "PHONE_NUMBER"), ad=(p.address, "STREET_ADDRESS"),
              zip={"深圳市": "518057", "北京市": "100020", "上海市": "200120", "广州市": "510620", "杭州市": "310012"}[cname])
        d.fmt("车辆牌号：{pl}    车辆类型：小型普通客车\n违法时间：{w}    违法地点：{sp}\n违法行为：{a}（代码{code}）\n",
              pl=(pl, "CHINA_LICENSE_PLATE"), w=tstr(rng.randint(-30 * 86400, 0), "%Y-%m-%d %H:%M"), sp=rng.choice(spots[cname]),
              a=act, code=rng.choice(["1345", "1352", "1039", "1625", "1357"]))
        d.fmt("依据《道路交通安全法》第九十条，处罚款{f}元，记{pt}分。罚款于15日内缴至{bank}，逾期每日加处3%罚款。\n执勤民警：警号{pn}    处罚机关：{cn}公安局交通警察支队\n---\n",
              f=fine, pt=pts, bank=rng.choice(["中国工商银行", "中国建设银行", "中国农业银行"]), pn=digits(rng, 6), cn=cname)
    return d


def f_ev():
    rng = seeded("ev")
    d = Doc("ev_charging_sessions.csv")
    d.add("order_no,station_id,station_name,station_address,pile_sn,gun,user_mobile,user_name,plate_no,bms_vin,start_time,end_time,start_soc,end_soc,kwh,elec_fee,service_fee,total,pay_type,charge_card_no\n")
    stations = [("ST440305001", "南山科技园充电站", "广东省深圳市南山区高新南七道8号地面停车场", CITY["深圳市"]),
                ("ST110105017", "望京SOHO超充站", "北京市朝阳区望京街10号院B2层", CITY["北京市"]),
                ("ST330106009", "西溪湿地P3充电站", "浙江省杭州市西湖区天目山路518号P3停车场", CITY["杭州市"]),
                ("ST510107022", "天府软件园充电站", "四川省成都市武侯区天府大道中段1268号", CITY["成都市"])]
    users = []
    for i in range(25):
        st = rng.choice(stations)
        p = person(rng, st[3])
        users.append((p, plate(rng, st[3], sep="", kind=rng.choice(["nev_s", "nev_s", "nev_l", "std"])), vin(rng)[0], st))
    t = 1800
    for i in range(44):
        p, pl, v, st = rng.choice(users)
        if rng.random() < 0.2:
            st = rng.choice(stations)
        t += rng.randint(60, 1500)
        dur = rng.randint(900, 7200)
        kwh = round(dur / 3600 * rng.uniform(20, 110), 2)
        price = rng.choice([0.65, 0.85, 1.05, 1.2])
        svc = rng.choice([0.4, 0.6, 0.8])
        ssoc = rng.randint(5, 60)
        d.add("CH%s%s,%s,%s,%s,%s,%d," % (tstr(t, "%Y%m%d%H%M%S"), digits(rng, 5), st[0], st[1], st[2], "P" + hexs(rng, 14, True), rng.randint(1, 8)))
        r = rng.random()
        if r < 0.8:
            d.add(fmt_mobile(rng, p.mobile), "PHONE_NUMBER")
        else:
            d.add(mask_mobile(p.mobile))
        d.add(",")
        if rng.random() < 0.6:
            d.add(p.name, "PERSON_NAME")
        d.add(",")
        if rng.random() < 0.9:
            d.add(pl, "CHINA_LICENSE_PLATE")
        d.add(",%s,%s,%s,%d,%d,%.2f,%.2f,%.2f,%.2f,%s," % (v if rng.random() < 0.8 else "", tstr(t), tstr(t + dur), ssoc,
                                                           min(100, ssoc + rng.randint(20, 80)), kwh, kwh * price, kwh * svc,
                                                           kwh * (price + svc), rng.choice(["WECHAT", "ALIPAY", "BALANCE", "CARD"])))
        d.add(("0" + digits(rng, 15)) if rng.random() < 0.3 else "")
        d.add("\n")
    return d


# ----------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="write the IoT / vehicle / mobility PI test corpus")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    docs = [f_tbox(), f_etc(), f_parking(), f_bike(), f_onboarding(), f_nbiot(), f_watch(), f_mqtt(), f_fleet(),
            f_border(), f_logistics(), f_lbs(), f_drivetest(), f_insurance(), f_violation(), f_ev()]
    lines = []
    for doc in docs:
        with open(os.path.join(a.out, doc.name), "wb") as fh:
            fh.write(bytes(doc.buf))
    for doc in docs:
        with open(os.path.join(a.out, doc.name), "rb") as fh:
            data = fh.read()
        prev_end = -1
        for s, e, ty, v in sorted(doc.labels):
            assert data[s:e].decode("utf-8") == v, (doc.name, s, e, v)
            assert s >= prev_end, ("overlap", doc.name, s, v)
            prev_end = e
            lines.append(json.dumps({"file": doc.name, "start": s, "end": e, "type": ty}, ensure_ascii=False))
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
