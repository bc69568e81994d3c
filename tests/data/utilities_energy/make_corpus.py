#!/usr/bin/python3
"""Synthetic, labelled corpus: personal information in the systems of water, electricity, gas and
heating companies and property managers that share data with a telecom operator (smart meters on
NB-IoT / 4G SIMs, SMS billing notices, payment through carrier accounts).

All people and numbers are invented.  Identifiers are valid: resident ID numbers carry GB/T 2260
region codes (from python-stdnum's table) and GB 11643 check characters, mobile numbers lie in
allocated ranges (checked with python-phonenumbers), landlines carry real area codes, bank cards are
UnionPay (BIN 62) with a Luhn check digit, IMEIs pass Luhn, IMSIs are 460 + a real Chinese MNC,
ICCIDs start 8986 + the issuing operator's code and end with a Luhn digit, IoT MSISDNs have 13
digits.  Streets, districts and estates are real or real-looking; house numbers, rooms and the
people living there are not.  Companies, utilities, substations and places are hard negatives.

Files
-----
elec_customer_master_202406.csv     Electricity customer master export (UTF-8 with BOM, CRLF):
                                    户号 (13 digits), 户名, 证件号码, 联系人, 联系电话, 备用电话,
                                    用电地址, 电表资产编号 (22 digits), 通信地址, 台区编号/台区名称,
                                    tariffs, readings; residential and non-residential customers.
nbiot_meter_platform_20240612.log   IoT platform log of NB-IoT electricity / water / gas meters:
                                    registrations (IMEI, IMSI, ICCID, 13-digit MSISDN of the meter
                                    module), data reports in three vendor formats (readings, RSRP,
                                    SINR, PCI, EARFCN, serving cell id), customer binding events,
                                    SIM swaps, keep-alives and batch noise.
gas_ic_card_recharge_202406.tsv     Gas IC-card recharge records (TSV): operators, IC card / meter
                                    numbers, payer, phone, volume, amount, payment account, remarks.
water_bill_sms_notices_202406.txt   Water-bill SMS notices with send headers: bills, arrears,
                                    abnormal-usage alerts, payment receipts, interruption notices;
                                    recipient names masked in some templates and not in others.
heating_arrears_notice_2024.txt     Heating-fee arrears list posted in a residential community:
                                    table of room + name + amount, a second batch as running text.
property_owner_roster.csv           Property-management owner roster of one estate: rooms split into
                                    columns, owners, IDs, phones, co-owners / family, parking spaces,
                                    licence plates, tenants and mailing addresses in remarks.
repair_work_orders_202406.json      Repair work orders (pretty-printed JSON): reporter, phone, address,
                                    free-text description, assigned technician.
payment_reconciliation_20240612.csv Payment-channel reconciliation: UnionPay withholding, online
                                    banking, WeChat, Alipay, carrier billing (话费代缴) and wallet
                                    channels; bank cards full or masked, billing phone numbers.
meter_install_field_notes.txt       A field engineer's meter-installation notes in Chinese prose:
                                    customers, addresses, GPS of meters at customers' homes, module
                                    IMEI / ICCID, readings, signal quality.
dibao_subsidy_households_2024.csv   Electricity subsidy list of low-income (低保/特困) households, one
                                    row per household member: names, relationship, birth date, ID,
                                    address / phone / card on the head's row.
power_outage_notice_20240615.txt    Planned power-outage notice: areas, lines, transformers, times;
                                    only the site contact person is PI.
cs_call_summaries_202406.jsonl      Customer-service (95598) call summaries, one JSON object a line,
                                    with free-text summaries.
arrears_collection_sms_log.csv      Arrears-collection SMS send log (CSV, quoted content).
online_account_login_202406.log     Online-account service log: logins by phone / e-mail / user name,
                                    client IPs (IPv4 / IPv6), account binding, a few leaked passwords
                                    and reset tokens.
operator_interface_soap_20240612.xml Captured SOAP messages between the utility and the operator:
                                    SIM status queries, meter-SIM location query, SMS sending,
                                    real-name check and carrier-billing notifications.
bank_withholding_daikou_20240620.txt Fixed-width bank-collection (代扣) file: header, detail and
                                    trailer records; names padded to GBK display width.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive, a BOM counts), sorted by file then start.

Label conventions
-----------------
General: every occurrence of an unmasked value belonging to a private person (customer, owner,
co-owner, family member, tenant, payer, engineer, technician, agent, operator clerk, collector) is
labelled, also when repeated in the same line.  Masked values (王*明, 王**, *建明, 138****5678,
尾号5678, 6222****1234, 622202*********1234, 330106********123X, 锁金村**02室) are not labelled.
* PERSON_NAME: the name only, without titles, roles or codes: "户主王建国在家" -> 王建国,
  "端木筠(1027)" / "1027 端木筠" -> 端木筠, "其女雷霞春配合" -> 雷霞春, "许全志先生" -> 许全志.
  Minority names whole with the middle dot (努尔兰·加帕尔); compound surnames whole (东方素梦).
  Not labelled: surname + title or kinship (王女士, 李工, 罗师傅, 秦阿姨), masked names, company /
  shop / utility / organisation names containing surnames (杭州王记粮油店, 张老五凉粉店,
  陈麻婆豆腐武侯店, 杭州张小泉刀剪文三路店), place, estate, street, line and transformer names
  containing surname characters (王家桥村, 张杨路, 马家店1#公变, 10kV张村线, 周岗社区, 沈河区),
  system account names (sgcc_zj_iface), login user names (cheng36590) and e-mail handles.
* STREET_ADDRESS: a private person's address (用电地址 of a residential customer, bill / invoice
  mailing address, installation, repair, home and tenant's or owner's mailing address), whole,
  from the first place name as written (province, city, district, street, town or estate -
  whichever comes first) to the last detail (室, 号, 组/号, or the room digits): "浙江省杭州市西湖区
  文三路398号翠苑一区12幢3单元502室", "闵行区莘松路1188弄12号1102室", "东港嘉苑28栋104",
  "郫都区唐昌镇战旗村10组53号".  Room details (3栋2单元1201, 12-3-502) are part of the span.
  DECISION: a room written without any place name - the 房号 "3-2-1201" / "1单元201" of the heating
  list, the split 楼栋 / 单元 / 房号 columns of the roster - is NOT labelled (the estate is known only
  from the document title).  Not labelled either: addresses of organisations (non-residential
  customers' 用电地址, the property office "小区东门南侧"), outage areas and street ranges in the
  outage notice (虎踞路98号至156号, 随园小区1-12幢), an estate or street name alone, masked addresses,
  and "同户主" in the subsidy list.
* CHINA_RESIDENT_ID_NUMBER: 18-character IDs, with X or x, also written 6-8-4 with spaces (the
  spaces are inside the span); the birth date inside an ID is not labelled separately.
* DATE_OF_BIRTH: birth dates (出生日期 column, "出生1968年3月5日") in the formats 1968-03-05,
  1968/3/5, 19680305, 1968年3月5日.  Other dates (立户日期, 入住日期, 物业费到期, 开户日期, send
  times) are not.
* PHONE_NUMBER: private people's mobiles and home landlines as written, prefix and separators
  included (+86 / +86 138 1234 5678 / 86- / 0086, dashes, spaces, full-width digits,
  0571-87654321, (0571)87654321, 057187654321), and the 13-digit IoT MSISDN of a meter module's
  SIM (1440..., 1410..., 10646..., 10648..., 10649...).  Alipay / carrier-billing accounts that are
  phone numbers are labelled.  Not labelled: service numbers (95598, 96889, 96123, 025-96889), SMS
  sender numbers (106...), landlines of utilities, service centres, property offices and
  businesses (also a business customer's 联系电话 when it is the company landline), masked
  numbers, SMS verification codes (code=249481).
* EMAIL_ADDRESS: personal mailboxes, whole (a 139.com box whose local part is the mobile number is
  one EMAIL_ADDRESS; the number inside is not labelled again).
* BANK_CARD_NUMBER: full UnionPay card numbers (16, 18 or 19 digits), plain or grouped in 4s.
  Masked cards are not labelled; WeChat openids, Alipay 2088... user ids, merchant order / channel
  serial numbers are not labelled.
* IMEI_HARDWARE_ID / IMSI_ID / ICCID_NUMBER: identifiers of meter communication modules and their
  SIMs, wherever they occur (ep=urn:imei:<IMEI> labels the 15 digits only).
* CELL_ID: the serving cell of a meter module: the value of cell_id / ci / CellID / <ns:CellId> /
  服务小区 as written - decimal ECI (129153331), hexadecimal ECI with its 0x (0x7B2A1C3), or an ECGI
  460-01-6497B82 (whole).  Not labelled: PCI, EARFCN, TAC, ECL, neighbour lists (ncell=[pci/earfcn/
  rsrp,...]), product / device ids.
* LOCATION_COORDINATES: the position of a meter at a customer's premises or of a repair request
  (a person's home).  One label per pair, from the first character of the first number to the last
  character of the second, including what lies between them (",", ", ", " ", "，东经"); a hemisphere
  letter or degree sign written against a number belongs to it ("N30.27640 E120.11295",
  "30.356687°N, 120.220581°E"); keys and brackets are outside ("GPS：", "坐标 ", "定位 ", "位置 ",
  "北纬" before the first number, "高德坐标(" and ")").  Pairs are lat,lon or lon,lat (高德 and the
  repair orders' 定位 are lon,lat); both are labelled the same way.  Coordinates of utility assets
  (the 台区 transformer in the field notes, the ring-main unit in the outage notice) are NOT
  labelled.
* CHINA_LICENSE_PLATE: the plate as written (鲁A·8K2M7, 鲁A 8K2M7, 鲁A8K2M7, 鲁AD12345); several
  plates in one cell are labelled separately; parking-space numbers (B2-087) are not.
* IP_ADDRESS: customers' client addresses (public IPv4, IPv6 full or ::-compressed).  Version strings
  (appVer=10.2.1.3, platform-agent version=2.9.7.49, config version=3.4.12.88) are negatives;
  server addresses do not occur.
* CREDENTIAL: secrets written in clear, the value only: passwords leaked in a DEBUG request body,
  password-reset tokens, wsse:Password of Type #PasswordText, AppSecret.  Not labelled: SMS
  verification codes, #PasswordDigest values, nonces, signatures (<ns:Sign>), device ids.
* Never labelled (hard negatives): 户号 / consumer numbers (13-digit electricity, 10-digit water and
  gas), meter asset numbers (22 digits), meter communication addresses (000012345678), gas IC card
  numbers (16 digits, 5101...), gas / water meter numbers, 台区 codes and names, invoice codes and
  numbers (12-digit 0330..., 20-digit 2432...), work-order / task / call / transaction / order
  numbers, uids, openids, Unified Social Credit Codes, staff numbers (工号), amounts (also
  zero-padded 000000012850 in the fixed-width file), kWh / m³ readings, tariffs, RSRP / SINR,
  timestamps (also epoch milliseconds), hex device ids, product ids, firmware names.

usage: make_corpus.py [--out DIR]
"""
import argparse
import datetime as dt
import json
import os
import random

import phonenumbers
from phonenumbers import PhoneNumberType
import stdnum
from stdnum import luhn
from stdnum import imei as std_imei
from stdnum import imsi as std_imsi
from stdnum.cn import ric, uscc

SEED = 20240620
R = random.Random(SEED)
DIG = "0123456789"
HEX = "0123456789abcdef"
REF = dt.date(2024, 6, 12)

N = "PERSON_NAME"
RID = "CHINA_RESIDENT_ID_NUMBER"
DOB = "DATE_OF_BIRTH"
ADDR = "STREET_ADDRESS"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
BC = "BANK_CARD_NUMBER"
IP = "IP_ADDRESS"
IMSI = "IMSI_ID"
IMEI = "IMEI_HARDWARE_ID"
ICCID = "ICCID_NUMBER"
CELL = "CELL_ID"
GEO = "LOCATION_COORDINATES"
PLATE = "CHINA_LICENSE_PLATE"
CRED = "CREDENTIAL"

# ----------------------------------------------------------------------------- document helper


class Doc:
    def __init__(self, name, bom=False):
        self.name = name
        self.buf = bytearray(b"\xef\xbb\xbf" if bom else b"")
        self.labels = []

    def w(self, *parts):
        """parts: str (plain), (value, TYPE) tuples (labelled) or lists of parts."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                v, typ = p[0], p[1]
                if typ is None or v == "":
                    self.buf += v.encode("utf-8")
                    continue
                s = len(self.buf)
                self.buf += v.encode("utf-8")
                self.labels.append((s, len(self.buf), typ, v))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf += p.encode("utf-8")

    def ln(self, *parts):
        self.w(*parts)
        self.w("\n")


def L(v, t):
    return (v, t)


def flat(p):
    if isinstance(p, tuple):
        return p[0]
    if isinstance(p, list):
        return "".join(flat(x) for x in p)
    return "" if p is None else p


def flatten(p):
    if isinstance(p, list):
        out = []
        for x in p:
            out.extend(flatten(x))
        return out
    return [p]


def csv_cell(c, sep):
    s = flat(c)
    if sep not in s and '"' not in s and "\n" not in s:
        return [c]
    out = ['"']
    for p in flatten(c):
        if isinstance(p, tuple):
            assert '"' not in p[0]
            out.append(p)
        elif p:
            out.append(p.replace('"', '""'))
    out.append('"')
    return out


def csv_row(doc, cells, sep=",", nl="\r\n"):
    for i, c in enumerate(cells):
        if i:
            doc.w(sep)
        doc.w(csv_cell(c, sep))
    doc.w(nl)


# minimal JSON writer that keeps labelled spans
class O(list):
    """JSON object: list of (key, value)."""


class A(list):
    """JSON array."""


class LRaw(tuple):
    """labelled raw JSON token (number): LRaw((text, TYPE))."""


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(d, v, indent=None, level=0, sep=(", ", ": ")):
    if isinstance(v, (O, A)):
        op, cl = ("{", "}") if isinstance(v, O) else ("[", "]")
        if not v:
            d.w(op + cl)
            return
        d.w(op)
        for i, item in enumerate(v):
            if i:
                d.w(sep[0] if indent is None else ",")
            if indent is not None:
                d.w("\n" + " " * (indent * (level + 1)))
            if isinstance(v, O):
                k, x = item
                d.w(json.dumps(k, ensure_ascii=False), sep[1] if indent is None else ": ")
            else:
                x = item
            jw(d, x, indent, level + 1, sep)
        if indent is not None:
            d.w("\n" + " " * (indent * level))
        d.w(cl)
    elif isinstance(v, LRaw):
        d.w((v[0], v[1]))
    elif isinstance(v, bool):
        d.w("true" if v else "false")
    elif isinstance(v, (int, float)):
        d.w(json.dumps(v))
    elif v is None:
        d.w("null")
    else:
        d.w('"')
        for p in flatten(v):
            if isinstance(p, tuple):
                assert jesc(p[0]) == p[0], p
                d.w(p)
            elif p:
                d.w(jesc(p))
        d.w('"')


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- random helpers


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def wpick(items, weights):
    return R.choices(items, weights)[0]


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def _loc_codes():
    path = os.path.join(os.path.dirname(stdnum.__file__), "cn", "loc.dat")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line[:6]
            if c.isdigit() and not c.endswith("00"):
                out.append(c)
    return out


LOC = _loc_codes()

# ----------------------------------------------------------------------------- names

SUR_COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
              "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
SUR_RARE = "訾隗鞠阙笪佘冼仉邬甄楼应单查仇解"
SUR_COMP = ["欧阳", "司马", "诸葛", "上官", "皇甫", "尉迟", "公孙", "慕容", "东方", "令狐", "端木", "夏侯"]
GM = ("伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛"
      "昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦奇翰朗"
      "伯宏言若鸣朋斌栋维启克伦翔旭鹏泽晨辰士建家致树炎德行时泰盛雄琛钧冠策腾楠榕航弘")
GF = ("秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞佳嘉琼勤"
      "珍贞莉桂娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨韵融园艺咏卿"
      "澜纯毓悦昭冰爽琬茗羽希欣飘滢馥筠柔竹凝晓欢霄枫芸菲寒伊亚宜可舒思丽")
MINORITY = [("阿依古丽·买买提", "F"), ("买买提·艾力", "M"), ("热依拉·吐尔逊", "F"), ("巴特尔", "M"),
            ("格桑卓玛", "F"), ("其其格", "F"), ("扎西次仁", "M"), ("努尔兰·加帕尔", "M"),
            ("马木提·阿不都", "M"), ("乌兰托娅", "F")]
SUR_PY = dict(zip(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
    ("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song "
     "tang xu han feng deng cao peng zeng xiao tian dong yuan pan jiang cai yu du ye cheng su wei lv ding ren "
     "shen yao lu jiang cui zhong tan lu wang fan jin shi liao jia xia wei fu fang bai zou meng xiong qin qiu "
     "jiang yin xue yan duan lei hou long shi tao li he gu mao hao gong shao wan qian yan qin wu dai mo kong "
     "xiang tang").split()))
NAMES = set()


def new_name(sex):
    while True:
        r = R.random()
        if r < 0.02:
            nm, _ = pick(MINORITY)
            if nm not in NAMES:
                NAMES.add(nm)
                return nm
            continue
        if r < 0.045:
            sur = pick(SUR_COMP)
        elif r < 0.10:
            sur = pick(SUR_RARE)
        else:
            sur = pick(SUR_COMMON)
        pool = GM if sex == "M" else GF
        one = chance(0.45) if len(sur) == 2 else chance(0.18)
        nm = sur + (pick(pool) if one else pick(pool) + pick(pool))
        if nm not in NAMES:
            NAMES.add(nm)
            return nm


def mask_name(nm):
    if "·" in nm:
        return nm[0] + "*" * 2
    if nm[:2] in SUR_COMP:
        return nm[:2] + "*" * (len(nm) - 2)
    if len(nm) == 2:
        return nm[0] + "*"
    return wpick([nm[0] + "*" + nm[2:], nm[0] + "*" * (len(nm) - 1), "*" + nm[1:]], [5, 3, 1])


# ----------------------------------------------------------------------------- places

CITIES = {
    "hz": dict(prov="浙江省", city="杭州市", area="0571", plate="浙A", center=(30.2741, 120.1551), style="south",
               dists={
                   "上城区": ("330102", ["清泰街", "望江路", "秋涛路"], ["望江家园", "近江东园", "清泰花园"]),
                   "拱墅区": ("330105", ["莫干山路", "湖墅南路", "大关路"], ["大关西苑", "和睦新村", "左岸花园"]),
                   "西湖区": ("330106", ["文三路", "古墩路", "天目山路"], ["翠苑一区", "嘉绿苑", "耀江文鼎苑"]),
                   "滨江区": ("330108", ["江南大道", "滨盛路", "长河路"], ["星耀城", "金色海岸", "白金海岸"]),
                   "萧山区": ("330109", ["市心北路", "金城路", "山阴路"], ["南江公寓", "金色钱塘", "世纪花城"]),
                   "余杭区": ("330110", ["五常大道", "文一西路", "良睦路"], ["西溪诚园", "溪望苑", "闲林山水"]),
                   "临平区": ("330110", ["藕花洲大街", "迎宾路", "南苑街"], ["东港嘉苑", "星桥公寓", "邱山苑"]),
               },
               rural=[("余杭区", "330110", "径山镇", "前溪村"), ("萧山区", "330109", "瓜沥镇", "王家桥村"),
                      ("临平区", "330110", "塘栖镇", "丁山河村"), ("余杭区", "330110", "黄湖镇", "青山村")]),
    "nj": dict(prov="江苏省", city="南京市", area="025", plate="苏A", center=(32.0603, 118.7969), style="mixed",
               dists={
                   "玄武区": ("320102", ["北京东路", "龙蟠路", "中山路"], ["锁金村", "仙居雅苑", "后宰门小区"]),
                   "秦淮区": ("320104", ["中华路", "瑞金路", "大光路"], ["瑞金北村", "武定新村", "石门坎小区"]),
                   "建邺区": ("320105", ["江东中路", "应天大街", "庐山路"], ["奥体新城", "兴隆花园", "万达华府"]),
                   "鼓楼区": ("320106", ["中山北路", "湖南路", "虎踞路"], ["天正桃源", "随园小区", "阅江楼花园"]),
                   "江宁区": ("320115", ["双龙大道", "天元中路", "竹山路"], ["百家湖花园", "翠屏城", "胜太新寓"]),
               },
               rural=[("江宁区", "320115", "湖熟街道", "周岗社区"), ("江宁区", "320115", "横溪街道", "许呈村")]),
    "cd": dict(prov="四川省", city="成都市", area="028", plate="川A", center=(30.5728, 104.0668), style="south",
               dists={
                   "锦江区": ("510104", ["东大街", "红星路", "水井街"], ["锦华苑", "东方花园", "水井坊小区"]),
                   "青羊区": ("510105", ["光华大道", "青华路", "文武路"], ["光华逸家", "青羊小区", "草堂北苑"]),
                   "金牛区": ("510106", ["蜀汉路", "金府路", "沙湾路"], ["营门口小区", "交大花园", "沙湾花园"]),
                   "武侯区": ("510107", ["科华北路", "玉林北路", "武侯大道"], ["玉林小区", "棕北小区", "丽都花园"]),
                   "成华区": ("510108", ["建设路", "双林路", "府青路"], ["双林小区", "府青花园", "东郊记忆花园"]),
               },
               rural=[("双流区", "510122", "黄甲街道", "王家场村"), ("郫都区", "510124", "唐昌镇", "战旗村")]),
    "jn": dict(prov="山东省", city="济南市", area="0531", plate="鲁A", center=(36.6512, 117.1201), style="north",
               dists={
                   "历下区": ("370102", ["经十路", "解放路", "燕子山路"], ["燕子山小区", "甸柳新村", "文化东路小区"]),
                   "市中区": ("370103", ["英雄山路", "经七路", "二环南路"], ["英雄山小区", "舜耕小区", "七贤庄园"]),
                   "天桥区": ("370105", ["北园大街", "堤口路", "无影山路"], ["无影山小区", "泺口新村", "北园花园"]),
                   "历城区": ("370112", ["华信路", "工业北路", "花园路"], ["泉景雅苑", "洪家楼小区", "华信花园"]),
               },
               rural=[("历城区", "370112", "港沟街道", "神武村"), ("历城区", "370112", "唐王街道", "李家村")]),
    "sy": dict(prov="辽宁省", city="沈阳市", area="024", plate="辽A", center=(41.8057, 123.4315), style="north",
               dists={
                   "和平区": ("210102", ["南京北街", "三好街", "太原北街"], ["三好家园", "南湖小区", "太原街小区"]),
                   "沈河区": ("210103", ["文萃路", "五爱街", "青年大街"], ["文萃苑", "五爱小区", "万科春河里"]),
                   "大东区": ("210104", ["东望街", "小河沿路"], ["东望小区", "河畔新城"]),
                   "皇姑区": ("210105", ["黄河南大街", "昆山中路"], ["昆山小区", "黄河花园"]),
                   "铁西区": ("210106", ["北二路", "兴华北街"], ["兴华小区", "劳动公园小区"]),
               },
               rural=[("苏家屯区", "210111", "永乐街道", "周家村")]),
    "zz": dict(prov="河南省", city="郑州市", area="0371", plate="豫A", center=(34.7466, 113.6253), style="north",
               dists={
                   "中原区": ("410102", ["建设西路", "桐柏路", "伏牛路"], ["伏牛小区", "桐柏花园", "建设西路小区"]),
                   "二七区": ("410103", ["大学路", "航海中路", "淮河路"], ["大学路小区", "航海花园", "淮河东路小区"]),
                   "管城回族区": ("410104", ["紫荆山路", "城东路"], ["紫荆山小区", "城东花园"]),
                   "金水区": ("410105", ["花园路", "经三路", "农业路"], ["经三路小区", "农业路花园", "金水花园"]),
                   "惠济区": ("410108", ["天河路", "英才街"], ["天河小区", "英才花园"]),
               },
               rural=[("中牟县", "410122", "韩寺镇", "张庄村"), ("新郑市", "410184", "龙湖镇", "王家村"),
                      ("新郑市", "410184", "孟庄镇", "马家寨村")]),
    "sh": dict(prov="", city="上海市", area="021", plate="沪A", center=(31.2304, 121.4737), style="sh",
               dists={
                   "浦东新区": ("310115", ["张杨路", "浦东南路", "锦绣路"], ["潍坊新村", "竹园小区"]),
                   "闵行区": ("310112", ["莘松路", "七莘路", "沪闵路"], ["莘庄新村", "春申景城"]),
                   "徐汇区": ("310104", ["漕溪北路", "天钥桥路", "田林路"], ["田林新村", "康健新村"]),
                   "杨浦区": ("310110", ["国权路", "控江路", "长阳路"], ["控江新村", "鞍山新村"]),
                   "松江区": ("310117", ["人民北路", "荣乐中路"], ["新凯家园", "佘山新苑"]),
               },
               rural=[("松江区", "310117", "泖港镇", "腰泾村")]),
}

ROOM_STYLES = {
    "south": ["{b}幢{u}单元{r}室", "{b}栋{u}单元{r}", "{b}幢{r}室", "{b}-{u}-{r}", "{b}栋{r}"],
    "mixed": ["{b}幢{u}单元{r}室", "{b}栋{r}室", "{b}号{r}室", "{b}-{u}-{r}"],
    "north": ["{b}号楼{u}单元{r}", "{b}号楼{u}单元{r}室", "{b}-{u}-{r}", "{b}栋{u}门{r}", "{b}号楼{u}门{r}号"],
}


class Addr:
    def __init__(self, ck, dist=None, estate=None, street=None, no=None, rural=None, bldg=None):
        c = CITIES[ck]
        self.ck = ck
        if rural is None:
            rural = dist is None and estate is None and chance(0.1)
        if rural:
            self.kind = "rural"
            self.dist, self.code, self.town, self.village = pick(c["rural"])
            self.group = R.randint(1, 12)
            self.house = R.randint(1, 99)
            return
        self.kind = "sh" if c["style"] == "sh" else "std"
        self.dist = dist or pick(list(c["dists"]))
        self.code, streets, estates = c["dists"][self.dist]
        self.street = street or pick(streets)
        self.no = no or R.randint(1, 999)
        self.estate = estate or pick(estates)
        self.b = bldg or R.randint(1, 32)
        self.u = R.randint(1, 4)
        floor = R.randint(1, 28)
        self.r = f"{floor}{R.randint(1, 4):02d}"
        if self.kind == "sh":
            self.lane = R.randint(10, 1999)
            self.dstyle = "{b}号{r}室"
        else:
            self.dstyle = pick(ROOM_STYLES[c["style"]])

    def detail(self):
        return self.dstyle.format(b=self.b, u=self.u, r=self.r)

    def room_only(self, style=None):
        style = style or pick(["{b}-{u}-{r}", "{b}栋{u}单元{r}", "{b}号楼{u}单元{r}室", "{b}-{r}"])
        return style.format(b=self.b, u=self.u, r=self.r)

    def parts(self, lvl, with_street):
        c = CITIES[self.ck]
        head = []
        if lvl == "P" and c["prov"]:
            head.append(c["prov"])
        if lvl in ("P", "C"):
            head.append(c["city"])
        if lvl == "c":
            head.append(c["city"][:-1])
        if lvl in ("P", "C", "c", "D"):
            head.append(self.dist)
        if self.kind == "rural":
            tail = [self.town, f"{self.village}{self.group}组{self.house}号"]
            if lvl in ("S", "E"):
                head = []
        elif self.kind == "sh":
            if with_street or lvl == "S" or chance(0.7):
                tail = [f"{self.street}{self.lane}弄{self.b}号{self.r}室"]
            else:
                tail = [f"{self.estate}{self.b}号{self.r}室"]
            if lvl in ("S", "E"):
                head = []
        else:
            tail = ([f"{self.street}{self.no}号"] if (with_street or lvl == "S") else []) + [self.estate + self.detail()]
            if lvl == "S":
                head = []
            if lvl == "E":
                head, tail = [], [self.estate + self.detail()]
        return head + tail

    def fmt(self, lvl=None, with_street=None, sep=None):
        if lvl is None:
            lvl = wpick(["P", "C", "c", "D", "S", "E"], [34, 30, 6, 16, 8, 6])
        if with_street is None:
            with_street = chance(0.55)
        if sep is None:
            sep = " " if chance(0.07) else ""
        return sep.join(self.parts(lvl, with_street))


def coords_near(ck, spread=0.07):
    lat, lon = CITIES[ck]["center"]
    return lat + R.uniform(-spread, spread), lon + R.uniform(-spread * 1.2, spread * 1.2)


# ----------------------------------------------------------------------------- identifiers

MOB_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177",
                "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                "195", "196", "197", "198", "199"]


def _valid_cn(num, types):
    pn = phonenumbers.parse("+86" + num)
    return phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in types


def mobile():
    def gen():
        while True:
            n = pick(MOB_PREFIXES) + digits(8)
            if _valid_cn(n, (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)):
                return n
    return uniq(gen)


def landline(area):
    def gen():
        while True:
            local = pick("2345678") + digits(7)
            if _valid_cn(area[1:] + local, (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)):
                return (area, local)
    return uniq(gen)


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def fmt_mob(n, style=None):
    if style is None:
        style = wpick(["plain", "dash", "space", "+86", "+86s", "86", "0086", "fw"], [62, 7, 7, 8, 5, 4, 3, 2])
    if style == "plain":
        return n
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "space":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "+86":
        return "+86" + n
    if style == "+86s":
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "86":
        return "86-" + n
    if style == "0086":
        return "0086" + n
    if style == "fw":
        return n.translate(FW)
    raise ValueError(style)


def fmt_land(al, style=None):
    area, local = al
    style = style or wpick(["dash", "paren", "plain", "space"], [60, 15, 15, 10])
    return {"dash": f"{area}-{local}", "paren": f"({area}){local}", "plain": area + local,
            "space": f"{area} {local[:4]} {local[4:]}"}[style]


def mask_mob(n):
    return wpick([n[:3] + "****" + n[7:], n[:3] + "*****" + n[8:], "尾号" + n[7:]], [7, 2, 1])


def make_rid(region, dob, sex):
    def gen():
        seq = R.randint(0, 499) * 2 + (1 if sex == "M" else 0)
        body = region + dob.strftime("%Y%m%d") + f"{seq:03d}"
        return body + ric.calc_check_digit(body + "0")  # stdnum expects a placeholder check digit
    return uniq(gen)


def fmt_rid(rid, style=None):
    style = style or wpick(["plain", "lower", "space"], [90, 6, 4])
    if style == "lower":
        return rid[:-1] + rid[-1].lower()
    if style == "space":
        return f"{rid[:6]} {rid[6:14]} {rid[14:]}"
    if rid.endswith("X") and chance(0.3):
        return rid[:-1] + "x"
    return rid


def mask_rid(rid):
    return wpick([rid[:6] + "********" + rid[14:], rid[:3] + "*" * 11 + rid[14:], rid[:1] + "*" * 16 + rid[17:]], [5, 3, 1])


def fmt_date(d, style=None):
    style = style or wpick(["iso", "slash", "compact", "cn", "dot"], [45, 15, 10, 25, 5])
    return {"iso": d.strftime("%Y-%m-%d"), "slash": f"{d.year}/{d.month}/{d.day}", "compact": d.strftime("%Y%m%d"),
            "cn": f"{d.year}年{d.month}月{d.day}日", "dot": d.strftime("%Y.%m.%d")}[style]


BINS = [("622202", 19), ("621226", 19), ("621700", 19), ("622848", 19), ("623052", 19), ("621661", 19),
        ("622262", 19), ("621799", 19), ("622588", 16), ("621483", 16), ("622155", 16), ("625965", 16),
        ("623668", 19), ("621467", 19), ("622908", 18)]


def bank_card():
    def gen():
        b, n = pick(BINS)
        body = b + digits(n - len(b) - 1)
        return body + luhn.calc_check_digit(body)
    return uniq(gen)


def fmt_card(n, style=None):
    style = style or wpick(["plain", "space"], [85, 15])
    if style == "space":
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def mask_card(n):
    return wpick([n[:4] + "****" + n[-4:], n[:6] + "*" * (len(n) - 10) + n[-4:], "**** **** **** " + n[-4:],
                  "尾号" + n[-4:]], [4, 3, 1, 2])


MODULES = {"BC260Y": "86727905", "BC28": "86682203", "ME3616": "86597104", "MN316": "86913205",
           "N21": "86104206", "BC95-B5": "86646203", "L610": "86452507"}


def make_imei(model):
    def gen():
        body = MODULES[model] + digits(6)
        return body + luhn.calc_check_digit(body)
    return uniq(gen)


ICC_PREFIX = {"00": "898600", "04": "898604", "08": "898608", "01": "898601", "06": "898606",
              "09": "898609", "11": "898611", "03": "898603"}


def make_imsi(mnc):
    return uniq(lambda: "460" + mnc + digits(10))


def make_iccid(mnc, length=20):
    def gen():
        body = ICC_PREFIX[mnc] + digits(length - 7)
        return body + luhn.calc_check_digit(body)
    return uniq(gen)


IOT_PREFIX = {"CM": ["1440", "1441", "10648"], "CU": ["10646", "1460"], "CT": ["1410", "10649"]}


def iot_msisdn(op):
    def gen():
        p = pick(IOT_PREFIX[op])
        return p + digits(13 - len(p))
    return uniq(gen)


def make_eci():
    return uniq(lambda: R.randint(100000, 1040000) * 256 + pick([1, 2, 3, 17, 18, 19, 49, 50, 51, 129, 130]))


def make_uscc(region, kind="91"):
    def gen():
        alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        org = "".join(pick(alpha[:10] if i < 4 else alpha) for i in range(8))
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * wi for ch, wi in zip(org, w))
        c = 11 - s % 11
        org += {10: "X", 11: "0"}.get(c, str(c))
        body = kind + region + org
        return body + uscc.calc_check_digit(body)
    return uniq(gen)


PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_plate(prefix):
    def gen():
        if chance(0.22):
            tail = pick("DF") + pick(PLATE_LET + DIG) + digits(4)
        else:
            chars = [pick(DIG) for _ in range(5)]
            for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
                chars[i] = pick(PLATE_LET)
            tail = "".join(chars)
        return prefix + tail
    p = uniq(gen)
    return p


def fmt_plate(p, style=None):
    style = style or wpick(["dot", "plain", "space"], [40, 45, 15])
    return {"dot": p[:2] + "·" + p[2:], "plain": p, "space": p[:2] + " " + p[2:]}[style]


def make_ip():
    def gen():
        if chance(0.18):
            head = pick(["240e", "2409", "2408"])
            groups = [head, f"{R.randint(0x300, 0x3ff):x}", f"{R.randint(0, 0xffff):x}", f"{R.randint(0, 0xffff):x}"]
            tail = [f"{R.randint(0, 0xffff):x}" for _ in range(R.choice([2, 4]))]
            if len(tail) == 2:
                return ":".join(groups) + "::" + ":".join(tail)
            return ":".join(groups + tail)
        a = pick([36, 39, 42, 58, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
                  122, 123, 124, 125, 171, 175, 180, 182, 183, 218, 219, 220, 221, 222, 223])
        return f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return uniq(gen)


# ----------------------------------------------------------------------------- negatives

def elec_no(prefix):
    return uniq(lambda: prefix + digits(13 - len(prefix)))


def asset22():
    return uniq(lambda: "3330001" + pick(["000", "001", "002"]) + digits(12))


def comm_addr():
    return "0000" + digits(8)


def tq_code(region):
    return uniq(lambda: region + "0" + digits(5))


def ts(day, sec, ms=True):
    t = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=sec)
    s = t.strftime("%Y-%m-%d %H:%M:%S")
    return s + f".{R.randint(0, 999):03d}" if ms else s


def epoch_ms(day, sec):
    t = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=sec)
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() - 8 * 3600) * 1000 + R.randint(0, 999)


# ----------------------------------------------------------------------------- people


class P:
    def __init__(self, ck=None, sex=None, amin=24, amax=86, local=0.8, addr=None, rural=None):
        self.ck = ck or pick(list(CITIES))
        self.sex = sex or pick("MF")
        self.name = new_name(self.sex)
        age = R.randint(amin, amax)
        self.dob = REF - dt.timedelta(days=int(age * 365.25) + R.randint(0, 364))
        self.addr = addr if addr is not None else Addr(self.ck, rural=rural)
        region = self.addr.code if chance(local) else pick(LOC)
        self.rid = make_rid(region, self.dob, self.sex)
        self.mob = mobile()
        self._email = None
        self._card = None
        self._land = None

    @property
    def email(self):
        if self._email is None:
            self._email = uniq(lambda: make_email(self))
        return self._email

    @property
    def card(self):
        if self._card is None:
            self._card = bank_card()
        return self._card

    @property
    def land(self):
        if self._land is None:
            self._land = landline(CITIES[self.ck]["area"])
        return self._land


def make_email(p):
    dom = wpick(["163.com", "126.com", "qq.com", "sina.com", "139.com", "189.cn", "foxmail.com", "outlook.com",
                 "hotmail.com", "yeah.net", "sohu.com", "aliyun.com"], [20, 10, 25, 5, 6, 4, 6, 5, 3, 3, 2, 3])
    if dom == "qq.com":
        return f"{R.randint(100000000, 2999999999)}@qq.com"
    if dom == "139.com":
        return f"{p.mob}@139.com"
    sur = SUR_PY.get(p.name[0])
    if sur and chance(0.8):
        ini = "".join(pick("abcdefghjklmnpqrstwxyz") for _ in range(R.choice([1, 2])))
        tail = pick([str(p.dob.year), p.dob.strftime("%y%m%d"), str(R.randint(1, 999)), p.dob.strftime("%m%d"), ""])
        return f"{sur}{pick(['', '', '.', '_'])}{ini}{tail}@{dom}"
    return f"{pick(['sunny', 'lucky', 'xiaoyu', 'tiger', 'bluesky', 'momo', 'dragon', 'happy', 'cat', 'river'])}" \
           f"{pick(['', '_'])}{R.randint(10, 9999)}@{dom}"


REL_SEX = {"妻": "F", "夫": "M", "子": "M", "女": "F", "母": "F", "父": "M", "儿子": "M", "女儿": "F", "母亲": "F",
           "父亲": "M", "孙子": "M", "孙女": "F"}
CHILD = ("子", "女", "儿子", "女儿", "孙子", "孙女")


def age_of(p):
    return (REF - p.dob).days // 365


def family(p, rel=None):
    """a family member of p (same address): rel decides sex, age and (for children) the surname."""
    if rel is None:
        rel = pick(["配偶", "子", "女", "母", "父"])
    if rel in ("配偶", "爱人"):
        sex = "F" if p.sex == "M" else "M"
    else:
        sex = REL_SEX.get(rel) or pick("MF")
    a = age_of(p)
    if rel in ("孙子", "孙女"):
        lo, hi = max(1, a - 65), max(3, a - 45)
    elif rel in CHILD:
        lo, hi = max(3, a - 38), max(5, a - 22)
    elif rel in ("母", "父", "母亲", "父亲"):
        lo, hi = a + 20, a + 36
    else:
        lo, hi = max(20, a - 6), a + 6
    q = P(p.ck, sex=sex, addr=p.addr, amin=lo, amax=max(lo, hi))
    if rel in CHILD and "·" not in p.name:
        sur = p.name[:2] if p.name[:2] in SUR_COMP else p.name[0]
        pool = GM if sex == "M" else GF
        for _ in range(30):
            nm = sur + (pick(pool) if chance(0.2) else pick(pool) + pick(pool))
            if nm not in NAMES:
                NAMES.add(nm)
                q.name = nm
                break
    q.rel = rel
    return q


def spouse_word(p):
    return "妻" if p.sex == "M" else "夫"


# ----------------------------------------------------------------------------- shared pools

def build_people():
    pools = {}
    pools["hz"] = [P("hz") for _ in range(92)]
    for i, p in enumerate(pools["hz"]):
        p.elec_no = elec_no("33")
        p.asset = asset22()
        p.comm = comm_addr()
    pools["nj"] = [P("nj") for _ in range(48)]
    for p in pools["nj"]:
        p.water_no = uniq(lambda: pick(["21", "23", "25", "31"]) + digits(8))
    pools["cd"] = [P("cd") for _ in range(44)]
    for p in pools["cd"]:
        p.gas_no = uniq(lambda: "51" + digits(8))
        p.ic = uniq(lambda: "5101" + digits(12))
        p.meter = "JC" + pick(["2019", "2020", "2021", "2022"]) + pick("ABC") + digits(7)
    return pools


# ============================================================================ file generators


def f_elec_master(hz):
    d = Doc("elec_customer_master_202406.csv", bom=True)
    hdr = ["供电单位", "户号", "户名", "用户分类", "证件类型", "证件号码", "联系人", "联系电话", "备用电话", "用电地址",
           "电表资产编号", "通信地址", "台区编号", "台区名称", "电价(元/kWh)", "合同容量(kVA)", "立户日期", "上月示数", "本月示数"]
    csv_row(d, hdr)
    biz_names = ["杭州市西湖区翠苑街道社区卫生服务中心", "杭州张小泉刀剪文三路店", "杭州王记粮油店", "浙江钱江物业服务有限公司",
                 "杭州市西湖区黄龙小学", "杭州马家面馆", "杭州周大福珠宝古墩路店", "杭州李氏中医诊所",
                 "杭州大关西苑业主委员会", "杭州陈麻婆豆腐餐饮店", "杭州市拱墅区和睦街道办事处", "杭州胡庆余堂国药号连锁店",
                 "杭州高新技术产业开发区管委会服务中心", "杭州江南大道菜市场"]
    rows = [("R", p) for p in hz[:52]] + [("B", b) for b in biz_names]
    R.shuffle(rows)
    tq_cache = {}
    for kind, x in rows:
        if kind == "R":
            p = x
            dist = p.addr.dist
        else:
            dist = pick(list(CITIES["hz"]["dists"]))
        code = CITIES["hz"]["dists"][dist][0] if dist in CITIES["hz"]["dists"] else "330110"
        unit = f"国网杭州供电公司{dist[:-1]}供电分中心"
        if dist not in tq_cache:
            tq_cache[dist] = [(tq_code(code), nm) for nm in
                              [f"{e}{k}#公变" for e in CITIES["hz"]["dists"][dist][2] for k in (1, 2)] +
                              [f"{v}{k}#台区" for (dd, _, _, v) in CITIES["hz"]["rural"] if dd == dist for k in (1, 3)]]
        tq = pick(tq_cache[dist])
        prev = round(R.uniform(800, 26000), 2)
        cur = round(prev + R.uniform(80, 900), 2)
        opened = dt.date(R.randint(1998, 2023), R.randint(1, 12), R.randint(1, 28)).isoformat()
        if kind == "R":
            if p.addr.kind == "rural":
                tq = (tq_code(code), f"{p.addr.village}{R.randint(1, 4)}#台区")
            r = R.random()
            if r < 0.05:
                idt, idv = "居民身份证", mask_rid(p.rid)
            elif r < 0.08:
                idt, idv = "", ""
            else:
                idt, idv = pick(["居民身份证", "居民身份证", "身份证"]), L(fmt_rid(p.rid, wpick(["plain", "lower"], [93, 7])), RID)
            r = R.random()
            if r < 0.55:
                contact, cmob = L(p.name, N), p.mob
            elif r < 0.83:
                q = family(p)
                contact, cmob = L(q.name, N), q.mob
            else:
                contact, cmob = "", p.mob
            if chance(0.05):
                tel = mask_mob(cmob)
            else:
                tel = L(fmt_mob(cmob, wpick(["plain", "+86", "86", "space"], [85, 6, 5, 4])), PH)
            r = R.random()
            if r < 0.25:
                alt = L(fmt_land(p.land, wpick(["dash", "plain", "paren"], [70, 20, 10])), PH)
            elif r < 0.37:
                alt = L(mobile(), PH)
            else:
                alt = ""
            row = [unit, p.elec_no, L(p.name, N), "低压居民", idt, idv, contact, tel, alt,
                   L(p.addr.fmt(sep=""), ADDR), p.asset, p.comm, tq[0], tq[1], "0.538", pick(["4", "8", "8", "10", "12"]),
                   opened, f"{prev:.2f}", f"{cur:.2f}"]
        else:
            region = code
            q = P("hz")
            contact = L(q.name, N)
            tel = L(q.mob, PH) if chance(0.5) else fmt_land(landline("0571"))
            dd = CITIES["hz"]["dists"].get(dist)
            baddr = f"杭州市{dist}{pick(dd[1])}{R.randint(1, 600)}号{pick(['1楼商铺', '底商', '1-2层', '', 'B1层'])}"
            row = [unit, elec_no("33"), x, pick(["低压非居民", "低压非居民", "高压"]), "统一社会信用代码",
                   make_uscc(region), contact, tel, "", baddr, asset22(), comm_addr(), tq[0], tq[1],
                   pick(["0.6744", "0.7124", "0.6352"]), pick(["30", "50", "80", "160", "315"]), opened,
                   f"{prev:.2f}", f"{cur:.2f}"]
        csv_row(d, row)
    return d


def make_devices(hz):
    devs = []
    owners = [("ELEC", p) for p in hz[:18]] + [("WATER", P("hz")) for _ in range(5)] + [("GAS", P("hz")) for _ in range(3)]
    for kind, p in owners:
        op = wpick(["CT", "CM", "CU"], [50, 35, 15])
        mnc = {"CT": "11", "CM": pick(["04", "08", "00"]), "CU": pick(["06", "09", "01"])}[op]
        model = pick({"CT": ["BC260Y", "BC28", "MN316"], "CM": ["ME3616", "BC95-B5", "L610"],
                      "CU": ["N21", "BC28"]}[op])
        dv = dict(kind=kind, owner=p, op=op, mnc=mnc, model=model, imei=make_imei(model), imsi=make_imsi(mnc),
                  iccid=make_iccid(mnc, 20 if chance(0.9) else 19), msisdn=iot_msisdn(op), eci=[make_eci()],
                  pci=R.randint(0, 503), earfcn=pick([2506, 2509, 3734, 3736, 3738, 1825]),
                  devid=uniq(lambda: hexs(32)), onenet=str(R.randint(600000000, 1099999999)),
                  asset=p.asset if kind == "ELEC" else uniq(lambda: pick(["WM", "GM"]) + digits(12)),
                  fw=f"{model}CNAAR0{R.randint(1, 3)}A0{R.randint(1, 9)}",
                  reading=round(R.uniform(300, 20000), 2) if kind == "ELEC" else round(R.uniform(20, 2500), 3))
        if chance(0.12):
            dv["eci"].append(make_eci())
        devs.append(dv)
    return devs


def f_nbiot(devs):
    d = Doc("nbiot_meter_platform_20240612.log")
    day = REF
    events = []
    for dv in devs:
        t0 = R.randint(0, 7000)
        events.append((t0, "reg", dv, 0))
        if chance(0.15):
            events.append((R.randint(40000, 80000), "reg", dv, 1))
        nrep = R.randint(2, 3) if dv["kind"] == "ELEC" else R.randint(1, 2)
        for k in range(nrep):
            events.append((t0 + R.randint(600, 85000), "rep", dv, k))
        if chance(0.4):
            events.append((R.randint(30000, 60000), "bind", dv, 0))
        if chance(0.2):
            events.append((R.randint(0, 86000), "warn", dv, 0))
        if chance(0.06):
            events.append((R.randint(20000, 80000), "swap", dv, 0))
    for _ in range(26):
        events.append((R.randint(0, 86399), "noise", None, 0))
    events.sort(key=lambda e: (e[0], e[1]))
    lvl = {"reg": "INFO ", "rep": "INFO ", "bind": "INFO ", "warn": "WARN ", "swap": "WARN ", "noise": "INFO "}
    for sec, kind, dv, k in events:
        d.w(ts(day, sec), " ", lvl[kind])
        if kind == "noise":
            d.ln(pick([
                f"[keepalive] dev={hexs(32)} seq={R.randint(1000, 99999)} ts={epoch_ms(day, sec)}",
                f"[sched] batch upload to 用电信息采集系统 records={R.randint(800, 5000)} cost={R.randint(300, 9000)}ms",
                f"[sched] 台区线损计算完成 tq={tq_code('330106')} loss={R.uniform(1, 9):.2f}%",
                f"[agent] platform-agent version=2.{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(1, 99)} heartbeat ok",
                f"[mq] topic=meter.data.up partition={R.randint(0, 11)} lag={R.randint(0, 300)}",
                f"[ctwing-sub] subscription renewed productId=150{digits(5)} expires={epoch_ms(day, sec + 86400)}",
                f"[http] POST /api/v2/meter/batch 200 {R.randint(5, 900)}ms bytes={R.randint(200, 90000)}",
            ]))
            continue
        p = dv["owner"]
        eci = dv["eci"][0] if (k == 0 or len(dv["eci"]) == 1) else dv["eci"][-1]
        if kind == "reg":
            if dv["op"] == "CT":
                d.ln("[ctwing-sub] deviceOnline productId=150", digits(5), " deviceId=", dv["devid"], " imei=",
                     L(dv["imei"], IMEI), " imsi=", L(dv["imsi"], IMSI), " iccid=", L(dv["iccid"], ICCID),
                     " msisdn=", L(dv["msisdn"], PH), " firmware=", dv["fw"], " protocol=LWM2M")
            elif dv["op"] == "CM":
                d.ln("[onenet-mq] register ep=urn:imei:", L(dv["imei"], IMEI), " lt=86400 b=UQ dev_id=", dv["onenet"],
                     " imsi=", L(dv["imsi"], IMSI), " iccid=", L(dv["iccid"], ICCID), " msisdn=", L(dv["msisdn"], PH),
                     " ci=", L(f"0x{eci:07X}", CELL))
            else:
                d.ln("[cu-iot] ATTACH OK ICCID=", L(dv["iccid"], ICCID), " IMSI=", L(dv["imsi"], IMSI), " IMEI=",
                     L(dv["imei"], IMEI), " MSISDN=", L(dv["msisdn"], PH), " ECGI=",
                     L(f"460-{dv['mnc']}-{eci:07X}", CELL), f" TAC=0x{R.randint(0x1000, 0xffff):04X}")
        elif kind == "rep":
            dv["reading"] += R.uniform(2, 40) if dv["kind"] == "ELEC" else R.uniform(0.05, 1.5)
            rsrp = R.uniform(-118, -72)
            sinr = R.uniform(-3, 22)
            if dv["op"] == "CT":
                key = {"ELEC": "total_energy", "WATER": "cumulative_flow", "GAS": "gas_volume"}[dv["kind"]]
                obj = O([("serviceId", {"ELEC": "meterData", "WATER": "WaterMeter", "GAS": "GasMeter"}[dv["kind"]]),
                         ("deviceId", dv["devid"]), ("IMEI", L(dv["imei"], IMEI)),
                         ("data", O([(key, round(dv["reading"], 2 if dv["kind"] == "ELEC" else 3)),
                                     ("rsrp", int(rsrp * 10)), ("sinr", int(sinr * 10)), ("pci", dv["pci"]),
                                     ("earfcn", dv["earfcn"]), ("cell_id", LRaw((str(eci), CELL))),
                                     ("ecl", R.randint(0, 2)), ("battery_voltage", round(R.uniform(3.3, 3.7), 2))])),
                         ("timestamp", epoch_ms(day, sec))])
                d.w("[ctwing-sub] dataReport payload=")
                jw(d, obj, sep=(",", ":"))
                d.ln()
            elif dv["op"] == "CM":
                unit = {"ELEC": "kWh", "WATER": "m3", "GAS": "m3"}[dv["kind"]]
                ds = {"ELEC": "energy", "WATER": "flow", "GAS": "gas"}[dv["kind"]]
                nc = ",".join(f"{R.randint(0, 503)}/{dv['earfcn']}/{int(rsrp - R.uniform(2, 12))}"
                              for _ in range(R.randint(0, 3)))
                d.ln("[onenet-mq] datapoint dev_id=", dv["onenet"], " imei=", L(dv["imei"], IMEI),
                     f" ds={ds} val={dv['reading']:.2f}{unit} rsrp={rsrp:.0f} snr={sinr:.0f} pci={dv['pci']}"
                     f" earfcn={dv['earfcn']} ci=", L(f"0x{eci:07X}", CELL), f" ncell=[{nc}]")
            else:
                unit = {"ELEC": "kWh", "WATER": "m3", "GAS": "m3"}[dv["kind"]]
                d.ln("[cu-iot] REPORT ICCID=", L(dv["iccid"], ICCID), f" RSRP={rsrp:.0f}dBm SINR={sinr:.0f}dB",
                     " CellID=", L(str(eci), CELL), f" PCI={dv['pci']} value={dv['reading']:.2f}{unit}",
                     f" meterNo={dv['asset']}")
        elif kind == "bind":
            if dv["kind"] == "ELEC":
                cons = p.elec_no
            else:
                cons = uniq(lambda: "33" + digits(8))
            d.ln("[mkt-sync] bind consNo=", cons, " consName=", L(p.name, N), " tel=", L(p.mob, PH),
                 " installAddr=", L(p.addr.fmt(lvl=pick(["P", "C", "D"]), sep=""), ADDR), " meterNo=", dv["asset"],
                 " imei=", L(dv["imei"], IMEI), " result=OK")
        elif kind == "warn":
            if dv["op"] == "CT":
                d.ln(pick([["[dtls] handshake timeout imei=", L(dv["imei"], IMEI), f" retry={R.randint(1, 5)}"],
                           ["[lwm2m] update failed ep=urn:imei:", L(dv["imei"], IMEI),
                            f" code=4.04 rsrp={R.randint(-125, -115)}"]]))
            elif dv["op"] == "CU":
                d.ln("[cu-iot] DETACH ICCID=", L(dv["iccid"], ICCID), " cause=#10 implicitly detached")
            else:
                d.ln("[onenet-mq] offline dev_id=", dv["onenet"], " imsi=", L(dv["imsi"], IMSI),
                     f" lastSeen={epoch_ms(day, sec - R.randint(3600, 40000))}")
        elif kind == "swap":
            new = make_iccid(dv["mnc"])
            d.ln("[sim-guard] ICCID changed imei=", L(dv["imei"], IMEI), " old=", L(dv["iccid"], ICCID), " new=",
                 L(new, ICCID), " action=ALARM")
            dv["iccid"] = new
    return d


def f_gas(cd):
    d = Doc("gas_ic_card_recharge_202406.tsv")
    hdr = ["交易时间", "营业网点", "操作员", "IC卡号", "燃气表号", "用户编号", "户名", "联系电话", "购气量(m³)",
           "单价(元/m³)", "金额(元)", "支付方式", "支付账号", "交易流水号", "备注"]
    d.w("\t".join(hdr), "\n")
    staff = [(P("cd").name, str(R.randint(1001, 1099))) for _ in range(4)]
    halls = ["青羊营业厅", "武侯营业厅", "成华营业厅", "金牛营业厅", "锦江营业厅"]
    recs = []
    for p in cd[:36]:
        for _ in range(wpick([1, 2], [80, 20])):
            recs.append((R.randint(0, 29 * 86400), p))
    for _ in range(4):
        recs.append((R.randint(0, 29 * 86400), None))
    recs.sort(key=lambda x: x[0])
    for sec, p in recs:
        t = ts(dt.date(2024, 6, 1), sec, ms=False)
        chan = wpick(["hall", "self", "online", "bank"], [50, 20, 20, 10])
        if chan == "hall":
            hall, op = pick(halls), pick(staff)
            opr = [L(op[0], N), f"({op[1]})"] if chance(0.7) else [op[1], " ", L(op[0], N)]
        elif chan == "self":
            hall, opr = f"{pick(['青羊', '武侯', '成华'])}自助终端{R.randint(1, 9):02d}", "自助"
        elif chan == "online":
            hall, opr = "网上营业厅", "SYSTEM"
        else:
            hall, opr = pick(["银行代收(工行)", "银行代收(建行)", "银行代收(邮储)"]), "BANK"
        vol = pick([20, 30, 50, 60, 80, 100, 150, 200])
        price = pick([2.43, 2.43, 2.92, 3.65])
        amt = f"{vol * price:.2f}"
        note = ""
        if p is None:
            name = pick(["陈麻婆豆腐武侯店", "成都锦城物业服务有限公司", "张老五凉粉店", "成都市青羊区草堂街道社区食堂"])
            d.w("\t".join([t, hall]), "\t", opr, "\t", "\t".join([uniq(lambda: "5101" + digits(12)),
                "JC2021C" + digits(7), "51" + digits(8)]), "\t", name, "\t", fmt_land(landline("028")), "\t",
                f"{vol * 5}\t3.10\t{vol * 5 * 3.1:.2f}\t对公转账\t\tGAS{t[:10].replace('-', '')}{digits(8)}\t非居民\n")
            continue
        pay = wpick(["现金", "微信", "支付宝", "银行卡", "翼支付", "云闪付"], [20, 28, 18, 20, 7, 7])
        if chan == "online":
            pay = pick(["微信", "支付宝", "云闪付"])
        if chan == "bank":
            pay = "银行卡"
        if pay == "现金":
            acct = ""
        elif pay == "微信":
            acct = "wx" + "42000" + digits(23) if chance(0.6) else "o" + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(27))
        elif pay == "支付宝":
            acct = wpick([L(p.mob, PH), L(p.email, EM), mask_mob(p.mob)], [45, 30, 25])
        elif pay == "银行卡":
            acct = L(fmt_card(p.card, wpick(["plain", "space"], [85, 15])), BC) if chance(0.55) else mask_card(p.card)
        elif pay == "翼支付":
            acct = L(p.mob, PH)
        else:
            acct = mask_card(p.card)
        r = R.random()
        if r < 0.10:
            q = family(p)
            note = ["代缴人：", L(q.name, N), " ", L(fmt_mob(q.mob, "plain"), PH)]
        elif r < 0.14:
            q = family(p, "子")
            note = ["户主", L(p.name, N), "已故，由其子", L(q.name, N), "办理，身份证", L(fmt_rid(q.rid, "plain"), RID)]
        elif r < 0.20:
            note = pick(["补卡", "IC卡读卡失败，重写卡", "表具更换后首次充值", "阶梯二档", "阶梯三档", "退气重购"])
        elif r < 0.23:
            note = ["客户要求发票寄送：", L(p.addr.fmt(lvl=pick(["C", "D"])), ADDR)]
        tel = L(fmt_mob(p.mob, wpick(["plain", "dash", "space"], [85, 8, 7])), PH) if chance(0.92) else mask_mob(p.mob)
        d.w(t, "\t", hall, "\t", opr, "\t", p.ic, "\t", p.meter, "\t", p.gas_no, "\t", L(p.name, N), "\t", tel, "\t",
            str(vol), "\t", f"{price:.2f}", "\t", amt, "\t", pay, "\t", acct, "\t",
            f"GAS{t[:10].replace('-', '')}{digits(8)}", "\t", note, "\n")
    return d


def f_water_sms(nj):
    d = Doc("water_bill_sms_notices_202406.txt")
    d.ln("# 南京水务集团 短信平台发送记录导出  导出时间 2024-06-21 10:02:11  批次 SMS-WB-202406")
    d.ln("# 字段：发送时间 | 发送号码 | 接收号码 | 状态 ; 下一行为短信正文")
    d.ln()
    people = nj[:46]
    sec0 = 8 * 3600
    recs = []
    for p in people:
        for tpl in R.sample(["bill", "arrear", "abn", "paid", "bill"], wpick([1, 2], [70, 30])):
            recs.append((R.randint(0, 19) * 86400 + sec0 + R.randint(0, 36000), tpl, p))
    for _ in range(4):
        recs.append((R.randint(0, 19) * 86400 + sec0 + R.randint(0, 36000), "stop", None))
    recs.sort(key=lambda x: x[0])
    for sec, tpl, p in recs:
        t = ts(dt.date(2024, 6, 1), sec, ms=False)
        sender = pick(["1065905196889", "10690289", "106575002968"])
        if p is None:
            d.ln(f"[{t}] {sender} | 群发({R.randint(300, 5000)}户) | 成功")
            dd = pick(list(CITIES["nj"]["dists"]))
            d.ln(f"【南京水务】因{pick(CITIES['nj']['dists'][dd][1])}给水管道改造，{dd}{pick(CITIES['nj']['dists'][dd][2])}、"
                 f"{pick(CITIES['nj']['dists'][dd][2])}等小区将于6月{R.randint(15, 28)}日8:00-18:00停水，请提前储水。"
                 "咨询96889。")
            d.ln()
            continue
        rcpt = L(fmt_mob(p.mob, wpick(["plain", "+86", "86"], [85, 10, 5])), PH)
        d.ln(f"[{t}] {sender} | ", rcpt, " | ", pick(["成功", "成功", "成功", "成功", "失败(空号)", "等待回执"]))
        masked = chance(0.6)
        nm = mask_name(p.name) if masked else L(p.name, N)
        tons = R.randint(3, 42)
        amt = f"{tons * 2.9 + R.uniform(0, 8):.2f}"
        a = p.addr
        if chance(0.5):
            addr_part = L(a.fmt(lvl=pick(["S", "E", "D"]), sep=""), ADDR)
        elif chance(0.5):
            addr_part = (a.estate + "**" + a.detail()[-3:]) if a.kind != "rural" else (a.village + "**号")
        else:
            addr_part = None
        ap = ["（", addr_part, "）"] if addr_part else ""
        if tpl == "bill":
            d.ln("【南京水务】尊敬的", nm, "用户，您户号", p.water_no, ap, f"，2024年5月抄见读数{R.randint(100, 3000)}，用水量{tons}吨，"
                 f"应缴水费{amt}元，请于6月25日前缴纳。可通过“南京水务”公众号、支付宝或银行代扣缴费。客服96889。")
        elif tpl == "arrear":
            d.ln("【南京水务】", nm, "您好，您户号", p.water_no, ap, f"截至6月{R.randint(10, 20)}日累计欠缴水费{amt}元（含违约金"
                 f"{R.uniform(0.5, 9):.2f}元），逾期将按规定催缴。如已缴请忽略。")
        elif tpl == "abn":
            d.ln("【南京水务】温馨提示：户号", p.water_no, "（", nm, "）", ap, f"本期用水{tons * 3}吨，较上期增加{R.randint(120, 400)}%，"
                 "请检查是否存在漏水。需上门检测请回复1或致电025-96889。")
        else:
            card = p.card
            paid_by = pick(["银行代扣", "支付宝", "微信"])
            acct = f"（扣款卡{mask_card(card)}）" if paid_by == "银行代扣" else ""
            d.ln("【南京水务】", nm, f"，您已通过{paid_by}成功缴纳户号{p.water_no}水费{amt}元{acct}，电子发票号码",
                 f"24320000000{digits(9)}，可在公众号下载。")
        d.ln()
    return d


def f_heating():
    d = Doc("heating_arrears_notice_2024.txt")
    est = "文萃苑"
    d.ln("关于催缴2023—2024年度采暖费的通知")
    d.ln()
    d.ln("各位业主：")
    d.ln("    2023—2024年度供暖期已结束。根据《沈阳市城市供热条例》及沈阳沈河区供热有限公司的委托，现将本小区截至2024年6月10日"
         "仍未缴纳采暖费的住户公示如下。请相关业主于6月30日前到物业服务中心或通过“沈阳供热”APP补缴，逾期将依法追缴并影响下一"
         "采暖期供热。")
    d.ln()
    collector = P("sy")
    people = []
    for b in range(1, 13):
        for _ in range(R.randint(2, 5)):
            p = P("sy", addr=Addr("sy", dist="沈河区", estate=est, street="文萃路", no=58, bldg=b), amin=30)
            people.append(p)
    first, second = people[:30], people[30:]
    d.ln("序号  房号         户主姓名      欠费年度              欠费金额(元)")
    d.ln("----  -----------  ------------  --------------------  ------------")
    for i, p in enumerate(first, 1):
        a = p.addr
        room = f"{a.b}-{a.u}-{a.r}"
        nm = mask_name(p.name) if chance(0.25) else L(p.name, N)
        w = dwidth(flat(nm))
        years = pick(["2023-2024", "2023-2024", "2022-2024", "2021-2024"])
        amt = round(a_area(p) * 26 * (1 + years.count("202") - 2), 2)
        d.w(f"{i:>4}  {room:<11}  ", nm, " " * max(2, 14 - w), f"{years:<20}  {amt:>12,.2f}")
        if chance(0.08):
            q = family(p, pick(["子", "女"]))
            d.w("  （户主已故，由其子女", L(q.name, N), "代缴）")
        d.ln()
    d.ln()
    d.ln("第二批（6月10日核对后新增）：")
    byb = {}
    for p in second:
        byb.setdefault(p.addr.b, []).append(p)
    for b in sorted(byb):
        d.w(f"{b}号楼：")
        for j, p in enumerate(byb[b]):
            if j:
                d.w("；")
            nm = mask_name(p.name) if chance(0.2) else L(p.name, N)
            d.w(f"{p.addr.u}单元{p.addr.r} ", nm, f"（{a_area(p) * 26:,.2f}元）")
        d.ln("。")
    d.ln()
    d.ln("缴费地点：文萃苑物业服务中心（小区东门南侧） 工作时间 8:30—17:00")
    d.ln("物业服务中心电话：", fmt_land(landline("024")), "    供热服务热线：96123（24小时）")
    d.ln("收费员：", L(collector.name, N), " ", L(fmt_mob(collector.mob, "space"), PH), "（微信同号）")
    d.ln("如对欠费金额有异议，请携带缴费凭证到物业核对。已缴费的业主请忽略本通知，公示名单将于缴清后删除。")
    d.ln()
    d.ln("沈阳文萃物业服务有限公司（统一社会信用代码 ", make_uscc("210103"), "）")
    d.ln("2024年6月11日")
    return d


def a_area(p):
    if not hasattr(p, "_area"):
        p._area = round(R.uniform(48, 142), 1)
    return p._area


def f_property_roster():
    d = Doc("property_owner_roster.csv")
    d.w("泉景雅苑（二期）业主信息登记表,,,,,,,,,,,,\r\n")
    d.w("管理单位：济南泉景物业管理有限公司  服务电话：", fmt_land(landline("0531")), "  导出：2024-06-18,,,,,,,,,,,,\r\n")
    hdr = ["楼栋", "单元", "房号", "建筑面积(㎡)", "业主姓名", "身份证号", "联系电话", "共有人/家庭成员", "车位号", "车牌号",
           "入住日期", "物业费到期", "备注"]
    csv_row(d, hdr)
    for b in range(1, 7):
        rooms = sorted(R.sample([f"{f}{k:02d}" for f in range(1, 19) for k in (1, 2)], R.randint(7, 9)))
        for room in rooms:
            u = R.randint(1, 3)
            p = P("jn", addr=Addr("jn", dist="历城区", estate="泉景雅苑", street="华信路", no=28, bldg=b))
            p.addr.u, p.addr.r = u, room
            idv = L(fmt_rid(p.rid, wpick(["plain", "lower"], [94, 6])), RID) if chance(0.85) else ""
            if chance(0.18):
                phone = [L(fmt_mob(p.mob, "plain"), PH), pick(["/", "；", " "]), L(fmt_land(p.land, "dash"), PH)]
            elif chance(0.1):
                q = mobile()
                phone = [L(p.mob, PH), "、", L(q, PH)]
            else:
                phone = L(fmt_mob(p.mob, wpick(["plain", "dash"], [90, 10])), PH)
            fam = []
            r = R.random()
            if r < 0.45:
                n = wpick([1, 2, 3], [55, 30, 15])
                for j, rel in enumerate(R.sample([spouse_word(p), "子", "女", "母", "父"], n)):
                    if j:
                        fam.append(pick(["；", "、", ";"]))
                    fam += [rel, "：", L(family(p, rel).name, N)]
            elif r < 0.55:
                fam = ["共有人 ", L(family(p, "配偶").name, N)]
            park, plates = "", []
            if chance(0.6):
                park = f"{pick(['B1', 'B2'])}-{R.randint(1, 260):03d}"
                plates = [L(fmt_plate(make_plate("鲁A" if chance(0.85) else pick(["鲁B", "鲁G", "冀A"]))), PLATE)]
                if chance(0.15):
                    plates += [";", L(fmt_plate(make_plate(pick(["鲁A", "鲁A", "豫A"]))), PLATE)]
            movein = dt.date(R.randint(2016, 2023), R.randint(1, 12), R.randint(1, 28)).isoformat()
            due = f"{R.randint(2023, 2025)}-12-31"
            r = R.random()
            if r < 0.12:
                t = P("jn", addr=p.addr)
                note = ["出租，租户", pick(["", " "]), L(t.name, N), " ", L(fmt_mob(t.mob, "plain"), PH)]
            elif r < 0.2:
                other = P(pick(["jn", "jn", "sh", "nj", "zz"]))
                note = ["业主常住外地，通讯地址：", L(other.addr.fmt(lvl=pick(["P", "C"])), ADDR)]
            elif r < 0.26:
                note = pick(["空置", "装修中", "车位已售", "欠物业费", "已办理门禁卡2张"])
            elif r < 0.29:
                note = ["原业主", L(P("jn").name, N), "，", f"{R.randint(2019, 2023)}年过户"]
            else:
                note = ""
            csv_row(d, [f"{b}号楼", f"{u}单元", room, f"{R.uniform(68, 168):.2f}", L(p.name, N), idv, phone, fam, park,
                        plates, movein, due, note])
    return d


def f_repairs():
    d = Doc("repair_work_orders_202406.json")
    techs = [P("sh") for _ in range(5)]
    for t in techs:
        t.gh = f"WX{R.randint(100, 999)}"
    orders = A()
    for i in range(26):
        p = P("sh", rural=False)
        a = p.addr
        typ = pick(["水", "电", "燃气", "暖通", "公共设施"])
        desc_opts = {
            "水": ["厨房水槽下水管漏水，楼下{down}投诉天花板渗水", "卫生间马桶水箱进水阀损坏，一直流水", "水表前阀门关不严，要求更换",
                  "家中无水，邻居家正常，疑似户内水管冻裂"],
            "电": ["入户空开频繁跳闸，电表显示正常", "厨房插座烧黑，有焦糊味", "楼道照明不亮，业主要求修复", "电表箱门锁损坏"],
            "燃气": ["闻到燃气味，已关闭总阀，要求上门检测", "燃气表显示低电量，报警", "燃气灶点不着火"],
            "暖通": ["地暖分水器漏水", "空调外机支架松动", "新风系统异响"],
            "公共设施": ["单元门禁无法刷卡", "电梯按键失灵", "地下车库照明损坏"],
        }
        desc = [pick(desc_opts[typ]).replace("{down}", f"{int(a.r[:-2]) - 1 if int(a.r[:-2]) > 1 else 1}{a.r[-2:]}室的"
                                               f"{pick(SUR_COMMON)}{pick(['先生', '女士', '阿姨'])}")]
        r = R.random()
        if r < 0.25:
            rel = pick(["母亲", "父亲", "爱人", "女儿", "儿子"])
            q = family(p, rel)
            desc += ["。业主不在家，由其", rel, L(q.name, N), "开门，联系电话",
                     L(fmt_mob(q.mob, wpick(["plain", "space", "dash"], [70, 15, 15])), PH)]
        elif r < 0.40:
            q = P("sh")
            desc += ["。楼下住户", L(q.name, N), pick(["先生", "女士", ""]), "（", L(q.mob, PH), "）要求尽快处理"]
        elif r < 0.50:
            desc += ["。业主要求上门前电话联系", L(fmt_mob(p.mob, pick(["plain", "fw", "+86s"])), PH)]
        elif r < 0.56:
            desc += ["。业主", L(p.name, N), "表示上周已报修过一次（工单号", f"BX202406{R.randint(1, 11):02d}-{R.randint(1, 99):04d}", "）"]
        else:
            desc += ["。"]
        tech = pick(techs)
        status = pick(["已完成", "已完成", "处理中", "待派单"])
        day = R.randint(12, 20)
        o = O([("工单号", f"BX202406{day:02d}-{i + 31:04d}"), ("类型", typ),
               ("报修时间", ts(dt.date(2024, 6, day), R.randint(25000, 75000), ms=False)),
               ("报修人", L(p.name, N) if chance(0.85) else mask_name(p.name)),
               ("联系电话", L(fmt_mob(p.mob, wpick(["plain", "+86", "dash"], [85, 8, 7])), PH)),
               ("小区", pick(CITIES["sh"]["dists"][a.dist][2])),
               ("地址", L(a.fmt(lvl=pick(["C", "D", "S"]), with_street=True), ADDR)),
               ("描述", desc)])
        if chance(0.55):
            lat, lon = coords_near("sh", 0.12)
            o.append(("定位", L(f"{lon:.6f},{lat:.6f}", GEO) if chance(0.6) else L(f"{lat:.5f}, {lon:.5f}", GEO)))
            o.append(("定位来源", pick(["APP报修自动定位", "微信小程序", "业主手动选点"])))
        if status != "待派单":
            o.append(("维修人员", O([("姓名", L(tech.name, N)), ("工号", tech.gh), ("电话", L(tech.mob, PH))])))
        o.append(("状态", status))
        if status == "已完成":
            o.append(("处理结果", pick({"水": ["更换阀门一只，材料费35元", "已清理下水管，测试正常", "更换进水阀"],
                                        "电": ["更换空开（DZ47-63 C32）", "更换插座面板2只", "已修复，业主签字确认"],
                                        "燃气": ["燃气公司已上门检测，无泄漏", "更换燃气表电池", "更换灶具点火针"],
                                        "暖通": ["更换分水器密封圈", "加固外机支架", "清洗新风滤网"],
                                        "公共设施": ["更换读卡模块", "电梯维保单位已处理", "更换LED灯管6支"]}[typ])))
            o.append(("满意度", R.randint(3, 5)))
        orders.append(o)
    jw(d, O([("export", "物业报修工单"), ("company", "上海莘城物业管理有限公司"), ("hotline", "021-962121"),
             ("count", len(orders)), ("orders", orders)]), indent=2)
    d.w("\n")
    return d


def f_reconcile(pools):
    d = Doc("payment_reconciliation_20240612.csv")
    hdr = ["清算日期", "业务", "渠道", "渠道流水号", "商户订单号", "户号", "户名", "账号类型", "缴费账号", "金额", "手续费", "对账结果", "备注"]
    csv_row(d, hdr, nl="\n")
    cands = [("电费", p, p.elec_no) for p in pools["hz"][20:75]] + \
            [("水费", p, p.water_no) for p in pools["nj"][:20]] + [("燃气费", p, p.gas_no) for p in pools["cd"][:18]]
    R.shuffle(cands)
    for biz, p, cons in cands[:84]:
        chan = wpick(["银联代扣", "网银", "微信", "支付宝", "话费代缴", "翼支付", "和包", "柜面"], [18, 8, 18, 14, 14, 8, 8, 6])
        amt = round(R.uniform(15, 680), 2)
        fee = "0.00"
        note = ""
        if chan == "银联代扣":
            kind, acct = "借记卡", L(fmt_card(p.card, wpick(["plain", "space"], [90, 10])), BC)
            fee = f"{amt * 0.002:.2f}"
        elif chan == "网银":
            kind, acct = "借记卡", mask_card(p.card)
        elif chan == "微信":
            kind, acct = "openid", "o" + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-") for _ in range(27))
        elif chan == "支付宝":
            kind = "支付宝账号"
            acct = wpick([L(p.mob, PH), L(p.email, EM), mask_mob(p.mob), "2088" + digits(12)], [35, 30, 20, 15])
        elif chan in ("话费代缴", "翼支付", "和包"):
            kind = "手机号码"
            payer = p if chance(0.8) else family(p)
            acct = L(fmt_mob(payer.mob, wpick(["plain", "86"], [92, 8])), PH)
            if payer is not p:
                note = ["代缴人", L(payer.name, N)]
            fee = f"{amt * 0.006:.2f}"
        else:
            kind, acct = "现金", ""
        res = wpick(["平", "平", "平", "平", "长款", "短款", "单边账"], [70, 1, 1, 1, 3, 3, 4])
        if res != "平" and not note:
            note = pick(["渠道有记录、核心无记录，次日补记", "金额不符，已发起差错处理", "重复扣款，已原路退回"])
        nm = L(p.name, N) if chance(0.88) else mask_name(p.name)
        pre = {"银联代扣": "UP", "网银": "EB", "微信": "WX", "支付宝": "ZFB", "话费代缴": pick(["CM", "CU", "CT"]), "翼支付": "CT",
               "和包": "CM", "柜面": "BK"}[chan]
        csv_row(d, ["2024-06-12", biz, chan, pre + pick(["20240611", "20240612"]) + digits(14),
                    "ORD" + digits(18), cons, nm, kind, acct, f"{amt:.2f}", fee, res, note], nl="\n")
    d.w("合计,,,,,,,,,", f"{R.uniform(20000, 40000):.2f}", ",,,\n")
    return d


def fmt_geo(lat, lon, key=True):
    st = wpick(["plain", "space", "cn", "ne", "amap", "deg"], [30, 20, 15, 12, 13, 10])
    if not key and st in ("plain", "space", "ne", "deg"):
        return [L(f"{lat:.6f},{lon:.6f}" if st == "plain" else f"{lat:.5f}, {lon:.5f}", GEO)]
    la6, lo6 = f"{lat:.6f}", f"{lon:.6f}"
    la5, lo5 = f"{lat:.5f}", f"{lon:.5f}"
    if st == "plain":
        return ["GPS：", L(f"{la6},{lo6}", GEO)]
    if st == "space":
        return ["坐标 ", L(f"{la5}, {lo5}", GEO)]
    if st == "cn":
        return ["北纬", L(f"{la5}，东经{lo5}", GEO)]
    if st == "ne":
        return ["定位 ", L(f"N{la5} E{lo5}", GEO)]
    if st == "amap":
        return ["高德坐标(", L(f"{lo6},{la6}", GEO), ")"]
    return ["位置 ", L(f"{la6}°N, {lo6}°E", GEO)]


def f_field_notes(devs, hz):
    d = Doc("meter_install_field_notes.txt")
    eng = P("hz", sex="M", amin=28, amax=50)
    mates = [P("hz", amin=24, amax=55) for _ in range(3)]
    d.ln("装表接电现场记录（NB-IoT智能电表轮换） 城区装表二班")
    d.ln("记录人：", L(eng.name, N), "  工号 ZJ", str(R.randint(10000, 99999)), "  手机 ", L(eng.mob, PH))
    d.ln("说明：坐标为手机定位，表计位置以现场为准。")
    d.ln()
    edevs = [dv for dv in devs if dv["kind"] == "ELEC"][:16]
    day = 10
    for i, dv in enumerate(edevs):
        if i % 4 == 0:
            d.ln(f"==== 6月{day}日 ====")
            mate = pick(mates)
            d.ln("今天和", L(mate.name, N), "一组，车辆", L(fmt_plate(make_plate("浙A"), "plain"), PLATE) if chance(0.3) else "公车",
                 "，天气", pick(["晴", "小雨", "多云", "阴"]), "。")
            day += 1
        p = dv["owner"]
        lat, lon = coords_near("hz", 0.09)
        hh = 8 + (i % 4) * 2
        d.w(f"{hh:02d}:{R.randint(0, 59):02d} ")
        a = p.addr
        d.w(pick(["到", "上门", "前往"]), L(a.fmt(lvl=pick(["D", "C", "S", "E"]), sep=""), ADDR))
        who = R.random()
        if who < 0.5:
            d.w("，户主", L(p.name, N), "在家")
        elif who < 0.8:
            rel = pick([spouse_word(p), "子", "女", "母"])
            q = family(p, rel)
            d.w("，户主", L(p.name, N), "不在，其", rel, L(q.name, N), "配合（", L(fmt_mob(q.mob, "plain"), PH), "）")
        else:
            plain_sur = "·" not in p.name and p.name[:2] not in SUR_COMP
            d.w("，", (p.name[0] + pick(["阿姨", "大伯", "师傅"])) if plain_sur else "户主", "在家，电话",
                L(fmt_mob(p.mob, pick(["plain", "space", "+86s"])), PH))
        d.w("。旧表资产号", asset22(), f"，拆回示数{dv['reading'] - R.uniform(1, 30):.2f}kWh；")
        d.w("新表", p.asset, "，NB模块", dv["model"], "，IMEI ", L(dv["imei"], IMEI), "，卡号",
            L(dv["iccid"], ICCID))
        if chance(0.35):
            d.w("，IMSI ", L(dv["imsi"], IMSI))
        d.w("。表箱位置：", pick(["一楼楼道", "院墙外侧", "车库墙上", "单元门口", "屋后墙角"]), "，", fmt_geo(lat, lon), "。")
        rsrp = R.randint(-118, -80)
        d.w(f"信号RSRP {rsrp}dBm，SINR {R.randint(-2, 18)}dB，PCI {dv['pci']}，")
        if chance(0.6):
            d.w("服务小区", L(str(dv["eci"][0]), CELL), "，")
        d.w(pick(["抄表成功", "首次上线正常", "上线慢，重启模块后正常", "信号弱，已报网络优化"]))
        if chance(0.2):
            tl, to = coords_near("hz", 0.09)
            d.w("。所属台区变压器（", a.village if a.kind == "rural" else a.estate, "1#公变）位于", f"{tl:.5f},{to:.5f}",
                "，距表箱约", str(R.randint(60, 400)), "米")
        d.ln("。")
        if chance(0.2):
            d.ln("  备注：户主要求以后停电提前通知到", L(fmt_mob(p.mob, pick(["plain", "fw"])), PH), pick(["，已登记。", "（短信）。"]))
    d.ln()
    d.ln("==== 表箱迁移 / 故障 ====")
    for p in hz[60:68]:
        lat, lon = coords_near("hz", 0.09)
        kind = pick(["表箱迁移", "故障核查", "窃电排查"])
        d.w(f"6月{R.randint(12, 14)}日 {kind}：", L(p.name, N), "家（", L(p.addr.fmt(sep=""), ADDR), "）")
        if kind == "表箱迁移":
            d.w("，因加装电梯需迁移表箱，新位置", fmt_geo(lat, lon, key=False), "，原位置",
                fmt_geo(lat + R.uniform(-0.0003, 0.0003), lon + R.uniform(-0.0003, 0.0003), key=False))
        elif kind == "故障核查":
            d.w("，客户反映电费异常，现场核对示数", f"{R.uniform(1000, 9000):.2f}", "，与系统一致，", fmt_geo(lat, lon))
        else:
            d.w("，计量箱封印完好，未发现异常。客户电话", L(fmt_mob(p.mob, "dash"), PH), "，", fmt_geo(lat, lon))
        d.ln("。")
    d.ln()
    d.ln("工作负责人签字：", L(eng.name, N), "    班组长：", L(pick(mates).name, N))
    return d


def f_dibao():
    d = Doc("dibao_subsidy_households_2024.csv")
    hdr = ["户编号", "户主", "与户主关系", "姓名", "性别", "出生日期", "身份证号码", "类别", "家庭住址", "联系电话", "补贴发放卡号",
           "每月免费电量(kWh)", "减免金额(元)"]
    csv_row(d, hdr)
    for h in range(1, 16):
        head = P("zz", amin=42, amax=86)
        members = [("本人", head)]
        rels = ["配偶", "子", "女", "孙子", "孙女"] + (["母亲"] if age_of(head) < 62 else [])
        for rel in R.sample(rels, wpick([0, 1, 2, 3], [20, 35, 30, 15])):
            members.append((rel, family(head, rel)))
        hid = f"ZZDB{2024}{h:04d}"
        cat = pick(["城市低保", "农村低保", "特困供养", "城市低保"])
        for j, (rel, m) in enumerate(members):
            dobv = L(fmt_date(m.dob, wpick(["iso", "slash", "compact", "cn"], [55, 20, 10, 15])), DOB)
            idv = L(fmt_rid(m.rid, wpick(["plain", "lower"], [94, 6])), RID) if chance(0.95) else ""
            if j == 0:
                addr = L(m.addr.fmt(lvl=pick(["P", "C", "D"]), sep=""), ADDR)
                tel = L(fmt_mob(m.mob, "plain"), PH) if chance(0.8) else (L(fmt_land(m.land, "dash"), PH) if chance(0.5) else "")
                card = L(fmt_card(m.card, "plain"), BC) if chance(0.85) else mask_card(m.card)
                kwh, amt = "10", f"{10 * 0.56:.2f}"
            else:
                addr, tel, card, kwh, amt = "同户主", "", "", "", ""
            csv_row(d, [hid, L(head.name, N), rel, L(m.name, N), "男" if m.sex == "M" else "女", dobv, idv, cat, addr, tel,
                        card, kwh, amt])
    d.w("制表单位：郑州市民政局 / 国网郑州供电公司营销部    制表日期：2024-06-05    ", "数据仅用于电费减免，不得外传\r\n")
    return d


def f_outage():
    d = Doc("power_outage_notice_20240615.txt")
    staff = P("nj")
    c = CITIES["nj"]
    d.ln("国网南京供电公司计划停电公告（2024年第24期）")
    d.ln()
    d.ln("尊敬的电力客户：")
    d.ln("    为保障电网安全运行，我公司将对以下线路设备进行检修，届时将影响部分地区供电，请相关客户提前做好准备。因天气等原因，"
         "停电计划可能调整，请以95598发布为准。")
    d.ln()
    lines = ["10kV张村线", "10kV王庄Ⅱ回", "10kV马家店线", "10kV秣陵112线", "10kV周岗线", "10kV东山商务区线"]
    rows = [
        ("6月15日 07:30-17:00", "江宁区", "秣陵街道马家店社区、王家湾自然村、周岗社区部分；双龙大道1001号至1288号（单号）沿线商户",
         "10kV马家店线", "杆线迁改"),
        ("6月16日 08:00-12:00", "鼓楼区", "虎踞路98号至156号；随园小区1-12幢；南京师范大学随园校区部分区域", "10kV张村线", "设备检修"),
        ("6月17日 06:30-18:30", "江宁区", "湖熟街道周岗社区、许呈村、杨柳湖村；东山街道高新区孵化园", "10kV周岗线", "线路改造"),
        ("6月18日 09:00-15:30", "秦淮区", "瑞金北村1-8幢、武定新村全部、中华路400号至520号", "10kV王庄Ⅱ回", "配变增容"),
        ("6月19日 07:00-19:00", "玄武区", "锁金村街道锁金村1-30幢、龙蟠路沿线（玄武湖隧道出口至新庄立交）", "10kV秣陵112线", "开关站改造"),
    ]
    d.ln("停电时间              区域      停电范围                                                        线路/设备      工作内容")
    for t, dist, area, ln_, work in rows:
        d.ln(f"{t:<22}{dist:<8}{area}    {ln_}    {work}")
    d.ln()
    d.ln("涉及台区：马家店1#公变、马家店3#公变、王家湾2#台区、周岗社区4#公变、张村配电室、瑞金北村2#箱变、锁金村7#公变，共",
         str(R.randint(18, 40)), "个台区，约", str(R.randint(3000, 9000)), "户。")
    d.ln("环网柜 HW-JN-0", str(R.randint(100, 999)), " 位于 31.8", digits(4), ",118.8", digits(4), "（设备坐标，供抢修定位）。")
    d.ln("高压客户请按《供用电合同》做好自备电源准备；双电源客户请勿私自倒闸。")
    d.ln()
    d.ln("咨询电话：95598    江宁供电服务中心：", fmt_land(landline("025")), "    鼓楼供电服务中心：", fmt_land(landline("025")))
    d.ln("现场联系人：江宁供电服务中心 ", L(staff.name, N), " ", L(fmt_mob(staff.mob, "plain"), PH), "；秦淮片区 李工 ",
         fmt_land(landline("025")))
    d.ln()
    d.ln("国网南京供电公司")
    d.ln("2024年6月12日")
    return d


def f_cs_calls(hz):
    d = Doc("cs_call_summaries_202406.jsonl")
    agents = [(P("hz").name, f"95598{R.randint(10000, 99999)}") for _ in range(6)]
    cats = ["电费查询", "欠费停电", "故障报修", "更名过户", "代扣变更", "表计异常", "发票开具", "信息变更", "投诉"]
    for i, p in enumerate(hz[12:52]):
        ag = pick(agents)
        cat = pick(cats)
        a = p.addr
        caller_is_owner = chance(0.75)
        caller = p if caller_is_owner else family(p)
        summ = []
        if cat == "电费查询":
            summ = ["客户", L(caller.name, N) if chance(0.5) else pick(["女士", "先生"]), "来电查询5月电费", f"{R.uniform(60, 600):.2f}元，",
                    f"用电量{R.randint(100, 900)}kWh，已解释阶梯电价（第一档0.538元/kWh）。"]
        elif cat == "欠费停电":
            summ = ["客户反映家中停电，经查户号", p.elec_no, f"欠费{R.uniform(20, 400):.2f}元已被远程停电，",
                    "已告知缴费后2小时内自动复电。地址：", L(a.fmt(sep=""), ADDR), "。"]
        elif cat == "故障报修":
            summ = ["客户报", L(a.fmt(lvl=pick(["D", "S", "E"]), sep=""), ADDR), "整单元停电，已派抢修", "，联系人",
                    L(caller.name, N), "，回拨", L(fmt_mob(caller.mob, pick(["plain", "space", "fw", "+86s"])), PH), "。"]
        elif cat == "更名过户":
            newp = P("hz", addr=a)
            summ = ["原户主", L(p.name, N), "房屋已出售，新户主", L(newp.name, N), "（身份证",
                    L(fmt_rid(newp.rid, wpick(["plain", "space"], [80, 20])), RID), "，出生日期",
                    L(fmt_date(newp.dob, "cn"), DOB), "）申请过户，已告知携带不动产权证到营业厅办理。"]
        elif cat == "代扣变更":
            newcard = bank_card()
            summ = ["客户申请变更代扣账户，原卡", mask_card(p.card), "，新卡", L(fmt_card(newcard, pick(["plain", "space"])), BC),
                    "（", pick(["工商银行", "建设银行", "农业银行", "邮储银行"]), "），户名", L(p.name, N), "，已核验身份证后六位。"]
        elif cat == "表计异常":
            summ = ["客户称智能电表", pick(["屏幕不亮", "报警灯常亮", "示数跳变"]), "，表号", p.asset, "，",
                    "已派单至", a.dist, "供电分中心现场核查。客户要求上门前联系", L(fmt_mob(p.mob, pick(["plain", "fw", "dash"])), PH), "。"]
        elif cat == "发票开具":
            summ = ["客户需要5月电费增值税电子普通发票，发送至邮箱", L(caller.email, EM), "，发票代码", "0330023" + digits(5),
                    "，发票号码", digits(8), "。"]
        elif cat == "信息变更":
            nm = mobile()
            summ = ["客户", L(p.name, N), "（出生", L(fmt_date(p.dob, pick(["iso", "cn"])), DOB), "）要求将联系电话由",
                    mask_mob(p.mob), "变更为", L(fmt_mob(nm, pick(["plain", "dash", "fw", "+86s"])), PH), "，已核实身份证号",
                    L(fmt_rid(p.rid, pick(["plain", "space"])), RID), "后变更。"]
        else:
            summ = ["客户", L(caller.name, N), "投诉抄表员", pick(SUR_COMMON), "师傅态度不好，并称", f"6月{R.randint(1, 11)}日",
                    "上门时未出示工作证。客户要求书面回复至", L(a.fmt(lvl="C", sep=""), ADDR), "。已升级至班长",
                    L(pick(agents)[0], N), "处理。"]
        obj = O([("call_id", f"CS{REF.strftime('%Y%m%d')}{i + 100:06d}"),
                 ("start", ts(dt.date(2024, 6, R.randint(3, 11)), R.randint(28800, 72000), ms=False)),
                 ("duration_s", R.randint(45, 900)),
                 ("agent", O([("name", L(ag[0], N)), ("id", ag[1])])),
                 ("ani", L(fmt_mob(caller.mob, wpick(["plain", "+86", "0086"], [80, 15, 5])), PH) if chance(0.9) else mask_mob(caller.mob)),
                 ("cons_no", p.elec_no),
                 ("cons_name", L(p.name, N)),
                 ("category", cat),
                 ("summary", summ)])
        if chance(0.15):
            obj.append(("callback", L(fmt_land(p.land, "plain"), PH)))
        obj.append(("satisfaction", pick([None, 1, 2, 3, 4, 5, 5, 5])))
        jw(d, obj, sep=(", ", ": ") if i % 2 else (",", ":"))
        d.w("\n")
    return d


def f_arrears_sms(hz):
    d = Doc("arrears_collection_sms_log.csv")
    hdr = ["task_id", "send_time", "channel", "recipient", "cons_no", "template_id", "content", "status", "fail_reason"]
    csv_row(d, hdr, nl="\n")
    tid = f"CJ20240618{R.randint(100, 999)}"
    for p in hz[18:84]:
        arr = R.uniform(30, 2500)
        masked = chance(0.55)
        nm = mask_name(p.name) if masked else L(p.name, N)
        tpl = wpick(["T01", "T02", "T03"], [50, 30, 20])
        if tpl == "T01":
            content = ["【国网杭州供电】尊敬的", nm, "客户，您户号", p.elec_no, f"截至6月18日欠电费{arr:,.2f}元，请及时缴纳，以免影响正常用电。"
                       "可通过网上国网APP、支付宝或营业厅缴费。如已缴费请忽略。"]
        elif tpl == "T02":
            a = p.addr
            ad = L(a.fmt(lvl=pick(["D", "S", "E"]), sep=""), ADDR) if chance(0.5) else (a.dist + "****")
            content = ["【国网杭州供电】", nm, "：您位于", ad, f"的用电户已欠费{arr:,.2f}元，根据供用电合同，将于6月25日实施停电，"
                       "缴清后自动复电。咨询95598。"]
        else:
            content = ["【国网杭州供电】您好，您户号", p.elec_no, "电费余额不足", f"{R.uniform(5, 30):.2f}", "元，预计", str(R.randint(2, 6)),
                       "天后欠费。回复TD退订。"]
        st = wpick(["DELIVRD", "UNDELIV", "EXPIRED"], [88, 7, 5])
        fr = "" if st == "DELIVRD" else pick(["MK:0001 用户停机", "MB:1026 空号", "超时未回执"])
        csv_row(d, [tid, ts(dt.date(2024, 6, 18), R.randint(32400, 50000), ms=False), pick(["106575580", "1065902195598"]),
                    L(fmt_mob(p.mob, wpick(["plain", "86", "+86"], [85, 10, 5])), PH), p.elec_no, tpl, content, st, fr], nl="\n")
    return d


def f_login(pools):
    d = Doc("online_account_login_202406.log")
    people = pools["hz"][30:60] + pools["nj"][20:32] + pools["cd"][15:23]
    R.shuffle(people)
    for p in people:
        p.uid = f"U{R.randint(10000000, 99999999)}"
        p.ip = make_ip()
        p.login_by = wpick(["mob", "mail", "uname"], [55, 30, 15])
        p.uname = f"{SUR_PY.get(p.name[0], 'user')}{R.randint(100, 99999)}"
    events = []
    for p in people:
        for _ in range(wpick([1, 2, 3], [50, 35, 15])):
            events.append((R.randint(0, 86399), "login", p))
        if chance(0.2):
            events.append((R.randint(0, 86399), "fail", p))
        if chance(0.15):
            events.append((R.randint(0, 86399), "bind", p))
        if chance(0.08):
            events.append((R.randint(0, 86399), "reset", p))
        if chance(0.12):
            events.append((R.randint(0, 86399), "sms", p))
    for _ in range(10):
        events.append((R.randint(0, 86399), "noise", None))
    events.sort(key=lambda e: e[0])
    uas = ["Mozilla/5.0 (Linux; Android 12; V2171A) AppleWebKit/537.36", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/125.0.6422.142", "okhttp/4.9.3"]
    for sec, kind, p in events:
        t = (dt.datetime.combine(REF, dt.time()) + dt.timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%S") + f".{R.randint(0, 999):03d}+08:00"
        if kind == "noise":
            d.ln(t, " INFO  gw-svc ", pick([f"health check ok upstream=auth-svc latency={R.randint(1, 40)}ms",
                                          f"config reloaded version=3.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(1, 300)}",
                                          f"rate-limit window reset buckets={R.randint(100, 900)}"]))
            continue
        if p.login_by == "mob":
            acct = L(p.mob, PH)
        elif p.login_by == "mail":
            acct = L(p.email, EM)
        else:
            acct = p.uname
        ipv = L(p.ip, IP)
        if chance(0.1):
            p.ip = make_ip()
        appv = f"appVer={pick(['10.2.1.3', '3.8.0.12', '10.3.0.7'])}"
        if kind == "login":
            d.ln(t, " INFO  auth-svc login ok uid=", p.uid, " account=", acct, " type=",
                 pick(["PWD", "SMS", "WECHAT", "FACE"]), " ip=", ipv, " ", appv, ' ua="', pick(uas), '"')
        elif kind == "fail":
            d.w(t, " WARN  auth-svc login failed account=", acct, " ip=", ipv, " reason=BAD_PASSWORD attempts=", str(R.randint(1, 5)))
            if chance(0.35):
                pw = pick([f"{SUR_PY.get(p.name[0], 'abc').capitalize()}@{p.dob.year}", f"{p.mob[-6:]}aa", f"Qwe{R.randint(100, 999)}!@#",
                           f"{p.dob.strftime('%Y%m%d')}", f"Hz{R.randint(1000, 9999)}{pick(['#', '.', '!'])}"])
                d.w(" DEBUG req={\"account\":\"", acct, "\",\"password\":\"", L(pw, CRED), "\"}")
            d.ln()
        elif kind == "bind":
            cons = getattr(p, "elec_no", None) or getattr(p, "water_no", None) or getattr(p, "gas_no", None)
            d.ln(t, " INFO  acct-svc bind consNo=", cons, " uid=", p.uid, " realName=", L(p.name, N), " idNo=",
                 L(p.rid, RID) if chance(0.6) else mask_rid(p.rid), " ip=", ipv, " result=",
                 pick(["OK", "OK", "OK", "NAME_MISMATCH"]))
        elif kind == "reset":
            tok = hexs(32) if chance(0.5) else "rst_" + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(24))
            d.ln(t, " INFO  acct-svc password reset link sent to=", L(p.email, EM), " token=", L(tok, CRED), " ip=", ipv)
        else:
            d.ln(t, " INFO  sms-svc verify code sent mobile=", L(p.mob, PH), " code=", digits(6), " tpl=SMS_2718", str(R.randint(10, 99)),
                 " ip=", ipv)
    return d


def f_soap(devs, hz):
    d = Doc("operator_interface_soap_20240612.xml")
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    d.ln('<InterfaceCapture system="营销-运营商物联网接口" peer="ctwing-zj.iot.example.cn" date="2024-06-12">')
    seq = 1
    accounts = [("sgcc_zj_iface", "Zj#Iot" + digits(4) + "!"), ("hzsw_sms01", "Sms@" + hexs(6)), ("hzgas_cb", "Cb" + digits(6) + "$")]

    def env_open(acct, body_ns="ns"):
        d.ln('    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
             'xmlns:ns="http://iot.example.cn/meter/v2">')
        d.ln("      <soapenv:Header>")
        d.ln('        <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">')
        d.ln("          <wsse:UsernameToken>")
        d.ln(f"            <wsse:Username>{acct[0]}</wsse:Username>")
        if chance(0.6):
            d.ln('            <wsse:Password Type="#PasswordText">', L(acct[1], CRED), "</wsse:Password>")
        else:
            d.ln(f'            <wsse:Password Type="#PasswordDigest">{hexs(40)}</wsse:Password>')
            d.ln(f"            <wsse:Nonce>{hexs(24)}</wsse:Nonce>")
        d.ln("          </wsse:UsernameToken>")
        d.ln("        </wsse:Security>")
        d.ln("      </soapenv:Header>")
        d.ln("      <soapenv:Body>")

    def env_close():
        d.ln("      </soapenv:Body>")
        d.ln("    </soapenv:Envelope>")

    def msg(direction, t):
        nonlocal seq
        d.ln(f'  <Message seq="{seq}" direction="{direction}" time="{t}">')
        seq += 1

    edevs = [dv for dv in devs if dv["kind"] == "ELEC"]
    sec = 8 * 3600
    for k in range(13):
        sec += R.randint(300, 3600)
        kind = ["sim", "loc", "sms", "realname", "cbpay"][k % 5]
        t = ts(REF, sec, ms=False).replace(" ", "T")
        if kind == "sim":
            batch = R.sample(devs, 3)
            msg("REQ", t)
            env_open(accounts[0])
            d.ln("        <ns:QuerySimStatusReq>")
            d.ln(f"          <ns:TransId>{REF.strftime('%Y%m%d')}{digits(10)}</ns:TransId>")
            for dv in batch:
                d.ln("          <ns:Iccid>", L(dv["iccid"], ICCID), "</ns:Iccid>")
            d.ln("        </ns:QuerySimStatusReq>")
            env_close()
            d.ln("  </Message>")
            msg("RSP", t)
            d.ln('    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="http://iot.example.cn/meter/v2">')
            d.ln("      <soapenv:Body>")
            d.ln("        <ns:QuerySimStatusRsp>")
            d.ln("          <ns:ResultCode>0</ns:ResultCode>")
            for dv in batch:
                d.ln("          <ns:Sim>")
                d.ln("            <ns:Iccid>", L(dv["iccid"], ICCID), "</ns:Iccid>")
                d.ln("            <ns:Imsi>", L(dv["imsi"], IMSI), "</ns:Imsi>")
                d.ln("            <ns:Msisdn>", L(dv["msisdn"], PH), "</ns:Msisdn>")
                d.ln(f"            <ns:Status>{pick(['ACTIVE', 'ACTIVE', 'SUSPEND', 'TEST'])}</ns:Status>")
                d.ln(f"            <ns:DataUsageKB>{R.randint(20, 900)}</ns:DataUsageKB>")
                d.ln("          </ns:Sim>")
            d.ln("        </ns:QuerySimStatusRsp>")
            env_close()
            d.ln("  </Message>")
        elif kind == "loc":
            dv = pick(edevs)
            msg("REQ", t)
            env_open(accounts[0])
            d.ln("        <ns:QueryDeviceLocationReq>")
            d.ln("          <ns:Imsi>", L(dv["imsi"], IMSI), "</ns:Imsi>")
            d.ln("          <ns:Imei>", L(dv["imei"], IMEI), "</ns:Imei>")
            d.ln("          <ns:Reason>表计离线核查</ns:Reason>")
            d.ln("        </ns:QueryDeviceLocationReq>")
            env_close()
            d.ln("  </Message>")
            msg("RSP", t)
            d.ln('    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="http://iot.example.cn/meter/v2">')
            d.ln("      <soapenv:Body>")
            d.ln("        <ns:QueryDeviceLocationRsp>")
            d.ln("          <ns:Imsi>", L(dv["imsi"], IMSI), "</ns:Imsi>")
            d.ln(f"          <ns:Tac>{R.randint(0x1000, 0xffff)}</ns:Tac>")
            d.ln("          <ns:CellId>", L(str(dv["eci"][-1]), CELL), "</ns:CellId>")
            d.ln(f"          <ns:Pci>{dv['pci']}</ns:Pci>")
            d.ln(f"          <ns:LastAttach>{ts(REF, sec - R.randint(100, 9000), ms=False).replace(' ', 'T')}</ns:LastAttach>")
            d.ln("        </ns:QueryDeviceLocationRsp>")
            env_close()
            d.ln("  </Message>")
        elif kind == "sms":
            p = pick(hz[40:90])
            msg("REQ", t)
            env_open(accounts[1])
            d.ln("        <ns:SendSmsReq>")
            d.ln("          <ns:SrcId>106575580</ns:SrcId>")
            d.ln("          <ns:DestTerminalId>", L(fmt_mob(p.mob, pick(["plain", "86"])).replace("-", ""), PH), "</ns:DestTerminalId>")
            nm = L(p.name, N) if chance(0.5) else mask_name(p.name)
            d.ln("          <ns:MsgContent>【国网杭州供电】尊敬的", nm, f"客户，您户号{p.elec_no}本月电费{R.uniform(50, 500):.2f}元，"
                 "将于6月20日从您的代扣账户扣款，请保持余额充足。</ns:MsgContent>")
            d.ln("        </ns:SendSmsReq>")
            env_close()
            d.ln("  </Message>")
        elif kind == "realname":
            p = pick(hz[40:90])
            msg("REQ", t)
            env_open(accounts[2])
            d.ln("        <ns:RealNameCheckReq>")
            d.ln("          <ns:Msisdn>", L(p.mob, PH), "</ns:Msisdn>")
            d.ln("          <ns:CustName>", L(p.name, N), "</ns:CustName>")
            d.ln("          <ns:CertType>01</ns:CertType>")
            d.ln("          <ns:CertNo>", L(p.rid, RID), "</ns:CertNo>")
            d.ln("        </ns:RealNameCheckReq>")
            env_close()
            d.ln("  </Message>")
            msg("RSP", t)
            d.ln('    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="http://iot.example.cn/meter/v2">')
            d.ln("      <soapenv:Body>")
            d.ln("        <ns:RealNameCheckRsp>")
            d.ln(f"          <ns:Result>{pick(['1', '1', '0'])}</ns:Result>")
            d.ln("          <ns:Msisdn>", L(p.mob, PH), "</ns:Msisdn>")
            d.ln(f"          <ns:OpenDate>{dt.date(R.randint(2008, 2022), R.randint(1, 12), R.randint(1, 28)).isoformat()}</ns:OpenDate>")
            d.ln("        </ns:RealNameCheckRsp>")
            env_close()
            d.ln("  </Message>")
        else:
            p = pick(hz[40:90])
            msg("REQ", t)
            env_open(accounts[2])
            d.ln("        <ns:CarrierBillingNotify>")
            d.ln(f"          <ns:OrderId>CB{REF.strftime('%Y%m%d')}{digits(12)}</ns:OrderId>")
            d.ln("          <ns:BillingMsisdn>", L(p.mob, PH), "</ns:BillingMsisdn>")
            d.ln(f"          <ns:ConsNo>{p.elec_no}</ns:ConsNo>")
            d.ln("          <ns:ConsName>", L(p.name, N), "</ns:ConsName>")
            d.ln(f"          <ns:Amount>{R.randint(2000, 50000)}</ns:Amount>")
            d.ln(f"          <ns:Currency>CNY</ns:Currency>")
            if chance(0.35):
                d.ln("          <ns:AppSecret>", L(hexs(32), CRED), "</ns:AppSecret>")
            d.ln(f"          <ns:Sign>{hexs(64)}</ns:Sign>")
            d.ln("        </ns:CarrierBillingNotify>")
            env_close()
            d.ln("  </Message>")
    d.ln("</InterfaceCapture>")
    return d


def dwidth(s):
    return sum(2 if ord(ch) > 0x7f else 1 for ch in s)


def f_daikou(hz):
    d = Doc("bank_withholding_daikou_20240620.txt")
    recs = []
    for p in hz[36:78]:
        recs.append((p.elec_no, p, p.card, R.randint(1500, 60000)))
    for nm in ["杭州王记粮油店", "杭州市西湖区黄龙小学", "浙江钱江物业服务有限公司"]:
        recs.append((elec_no("33"), nm, bank_card(), R.randint(50000, 900000)))
    R.shuffle(recs)
    total = sum(r[3] for r in recs)
    d.w("H", "330100GW01", "20240620", f"{len(recs):08d}", f"{total:016d}", "0001", " " * 20, "\r\n")
    for i, (cons, p, card, amt) in enumerate(recs, 1):
        if isinstance(p, str):
            nm, nmv, idv = p, p, " " * 18
            idtype = "  "
        else:
            nm = p.name
            nmv = L(p.name, N)
            idtype = "01"
            idv = L(p.rid, RID) if chance(0.7) else " " * 18
        d.w("D", f"{i:06d}", " ", cons, " ", nmv, " " * max(1, 30 - dwidth(nm)), L(card, BC), " " * (19 - len(card)) + " ",
            f"{amt:012d}", " ", idtype, " ", idv, " ",
            pick(["0000成功          ", "0000成功          ", "0000成功          ", "3008余额不足      ",
                  "3012账户已销户    ", "3015户名不符      "]), "202406", "\r\n")
    d.w("T", f"{len(recs):08d}", f"{total:016d}", " " * 30, "\r\n")
    return d


# ============================================================================ main


def build():
    pools = build_people()
    devs = make_devices(pools["hz"])
    docs = [
        f_elec_master(pools["hz"]),
        f_nbiot(devs),
        f_gas(pools["cd"]),
        f_water_sms(pools["nj"]),
        f_heating(),
        f_property_roster(),
        f_repairs(),
        f_reconcile(pools),
        f_field_notes(devs, pools["hz"]),
        f_dibao(),
        f_outage(),
        f_cs_calls(pools["hz"]),
        f_arrears_sms(pools["hz"]),
        f_login(pools),
        f_soap(devs, pools["hz"]),
        f_daikou(pools["hz"]),
    ]
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    docs = build()
    os.makedirs(args.out, exist_ok=True)
    labels = []
    for d in docs:
        data = bytes(d.buf)
        prev_end = -1
        for s, e, t, v in d.labels:
            assert data[s:e].decode("utf-8") == v, (d.name, s, v)
            assert s >= prev_end, (d.name, s, v)
            prev_end = e
            labels.append((d.name, s, e, t))
        with open(os.path.join(args.out, d.name), "wb") as f:
            f.write(data)
    labels.sort()
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for fn, s, e, t in labels:
            f.write(json.dumps({"file": fn, "start": s, "end": e, "type": t}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
