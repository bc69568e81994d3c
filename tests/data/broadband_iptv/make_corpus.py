#!/usr/bin/python3
"""Labelled test corpus: fixed broadband (FTTH / PON), IPTV and home-network operations.

A fictitious Guangdong branch of a Chinese operator (Guangzhou, Foshan and rural Qingyuan /
Zhaoqing) runs FTTH broadband over Huawei and ZTE OLTs, PPPoE on a Huawei ME60 BRAS with
RADIUS accounting, a TR-069 ACS (ITMS) for home gateways (光猫), IPTV (天翼高清 / ITV) with
IPoE DHCP, and installation / repair (装机 / 修障) work orders.  All people, numbers,
passwords and addresses are invented.  Standard library only; fixed seed, the output is
byte-for-byte deterministic.

Files
-----
olt_batch_collect_20240703.log     batch collection script output: Huawei MA5800
                                   "display ont info ... all" / detail / wan-info /
                                   mac-address, ZTE C600 "show gpon onu state / detail-info",
                                   "show mac gpon onu", running-config of an ONU interface.
                                   ONT descriptions hold names, phones, addresses.
bras_me60_20240703.log             BRAS syslog (PPPoE online / offline / auth fail) and
                                   "display access-user" CLI output.
radacct_gz-th-bras01_detail-20240703
                                   FreeRADIUS accounting detail file (Start / Interim / Stop).
itms_tr069_param_export_20240703.xml
                                   ACS (ITMS) parameter export of two home gateways:
                                   telecomadmin, PPPoE and Wi-Fi passwords, WAN IPs, LAN hosts.
hgw_zxhn_f650_db_user_cfg.xml      decrypted web-admin configuration backup of a ZTE 光猫.
iptv_stb_logcat_20240703.txt       logcat of an IPTV set-top box (IPoE lease, EDS / EPG login).
iptv_user_export_20240703.csv      IPTV platform subscriber export (STBID, MAC, bound mobile).
ftth_work_orders_202407.txt        装机 / 修障 work orders in Chinese.
dispatch_sms_log_20240703.csv      dispatch SMS sent to customers by the work-order system.
broadband_accounts_export_20240703.csv
                                   账号, 客户姓名, 证件号码, 装机地址, 联系电话, 套餐, 到期日.
kd_renew_pay_callback_20240703.log 宽带续费 payment callbacks and auto-debit (代扣) contracts.
cs_case_outage_20240703.txt        online customer-service chat on an outage + the customer's
                                   follow-up complaint letter.
dhcpd_ipoe_opt82_20240703.log      ISC dhcpd log for IPoE / IPTV with option 82 (circuit id =
                                   OLT port, remote id = LOID).
speedtest_results_20240703.jsonl   speed-test platform results (user IP, coordinates, BSSID).

Identifiers are valid by construction: resident IDs carry a real GB/T 2260 region code, a valid
birth date and the GB 11643 MOD 11-2 check character (one legacy 15-digit ID: region + YYMMDD +
sequence); IMEIs use real TACs and pass Luhn; bank cards use real BINs and pass Luhn; ICCIDs
start 8986 and pass Luhn; mobiles use allocated prefixes (130-139, 145-149, 150-153, 155-159,
166, 170-178, 180-189, 191, 193, 195-199); landlines use real area codes (020, 0755, 0757,
0758, 0763, 0769) with 8-digit local numbers.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start / end are UTF-8 byte
offsets into the file, end exclusive.  Offsets are recorded while each file is written and
re-checked against the written bytes at the end; the script also asserts that no value that
looks like a labelled kind is left unlabelled unless it was written as a deliberate negative.

Label conventions
-----------------
* PHONE_NUMBER: as written, prefixes and separators included ("+86 139 2233 4455",
  "(020)87651234", full-width digits).  A broadband / IPTV account that IS a phone number
  ("02087651234@163.gd", "itv02087651234", "18922334455@163.gd"): only the number.
  Engineers' work mobiles are phone numbers and are labelled (their names are not).
  Service numbers (10000, 10086, 10010), company switchboards / hotlines and masked numbers
  (139****4455) are NOT labelled.
* IP_ADDRESS: the subscriber's addresses only: framed IP, IPv6 delegated prefix (labelled
  without "/56"), a home gateway's WAN / TR-069 WAN IP, STB IP, the user IP in speed tests.
  Network devices (OLT, BRAS, RADIUS, ACS, DHCP server / relay, DNS, EPG / EDS, speed-test
  servers, the LAN gateway 192.168.1.1), subnet masks and multicast groups are NOT labelled.
* MAC_ADDRESS: subscriber devices (ONT / home gateway, STB, phones / PCs on the LAN, a home
  gateway's BSSID), as written (aa:bb:.., AA-BB-.., aabb-ccdd-eeff, aabb.ccdd.eeff, bare hex).
  Network equipment MACs (BRAS, OLT uplink) are NOT labelled, nor a MAC embedded in an STB ID.
* CREDENTIAL: the value only: Wi-Fi passphrases, PPPoE passwords, telecomadmin / useradmin
  passwords, IPTV account passwords, ACS / connection-request passwords.  A password that
  equals a phone number or contains one is CREDENTIAL only.  Masked passwords are not labelled.
* PERSON_NAME: subscribers, customers and their contacts.  Engineers' names and handles
  (陈志刚, 陈工, gz_zw_1077), customer-service agents, surname + title (黄女士, 李先生) are NOT.
* STREET_ADDRESS: the subscriber's address whole, from the first place name to the room /
  house number, with or without province, also the short forms engineers type
  ("天河北路183号碧桂苑3栋1202") and rural addresses (村, 组, 号).  OLT sites, splitter
  locations, business halls and company addresses are NOT labelled.
* DATE_OF_BIRTH only with birth context (出生日期 / 生日); other dates are not labelled.
* LOCATION_COORDINATES: a "lat,lon" pair written as one value = one label; separate lat / lon
  fields = one label each.  CELL_ID: an eci / nci value.
* CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT, EMAIL_ADDRESS,
  BANK_CARD_NUMBER (as written, spaces included), ICCID_NUMBER, IMEI_HARDWARE_ID, MEID,
  CHINA_LICENSE_PLATE: the value as written.
* NOT labelled (negatives, many written on purpose): ONT serial numbers (HWTC1A2B3C4D and the
  hex form 485754431A2B3C4D, ZTEGC8A1B2C3), LOIDs, STB IDs, order / work-order / payment /
  session numbers, VLAN ids, F/S/P ports (0/1/3), ONT ids, timestamps, counters, package names,
  amounts, masked values (6222****1234, 尾号1234, 身份证后六位), non-phone accounts
  (gzkd38201477@163.gd), SSIDs, multicast groups, software versions.

Usage: make_corpus.py [--out DIR]   (default: the script's own directory)
"""

import argparse
import csv
import datetime as dt
import io
import ipaddress
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

SEED = 20240703163
R = random.Random(SEED)

N = "PERSON_NAME"
DOB = "DATE_OF_BIRTH"
RID = "CHINA_RESIDENT_ID_NUMBER"
PP = "CHINA_PASSPORT"
HKP = "HK_MACAU_TRAVEL_PERMIT"
ADDR = "STREET_ADDRESS"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
BC = "BANK_CARD_NUMBER"
CRED = "CREDENTIAL"
IMSI = "IMSI_ID"
IMEI = "IMEI_HARDWARE_ID"
MEID = "MEID"
ICCID = "ICCID_NUMBER"
MAC = "MAC_ADDRESS"
IP = "IP_ADDRESS"
COORD = "LOCATION_COORDINATES"
CELL = "CELL_ID"
PLATE = "CHINA_LICENSE_PLATE"
TYPES = {N, DOB, RID, PP, HKP, ADDR, PH, EM, BC, CRED, IMSI, IMEI, MEID, ICCID, MAC, IP, COORD,
         CELL, PLATE}


# --------------------------------------------------------------------------- document builder

class Doc:
    """Byte buffer with labelled spans.  w() takes str (plain text), (value, TYPE) tuples
    (labelled), (value, None) tuples (deliberate look-alike negatives) and lists of these."""

    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []     # (start, end, type, value)
        self.negs = []       # (start, end, value)

    def w(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                v, t = p
                s = len(self.buf)
                self.buf += v.encode("utf-8")
                if t is None:
                    self.negs.append((s, len(self.buf), v))
                else:
                    assert t in TYPES, t
                    self.labels.append((s, len(self.buf), t, v))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf += str(p).encode("utf-8")

    def ln(self, *parts):
        self.w(*parts, "\n")


def L(v, t):
    return (v, t)


def NEG(v):
    return (v, None)


def text_of(parts):
    out = []
    for p in parts if isinstance(parts, list) else [parts]:
        if isinstance(p, tuple):
            out.append(p[0])
        elif isinstance(p, list):
            out.append(text_of(p))
        elif p is not None:
            out.append(str(p))
    return "".join(out)


def crow(d, cells, sep=","):
    """One CSV row; a cell is str, (value, TYPE) or a list of parts; quoted when needed."""
    for i, c in enumerate(cells):
        if i:
            d.w(sep)
        txt = text_of(c)
        assert '"' not in txt and "\n" not in txt, txt
        q = sep in txt
        if q:
            d.w('"')
        d.w(c)
        if q:
            d.w('"')
    d.w("\n")


# --------------------------------------------------------------------------- identifiers

DIG = "0123456789"
_used = set()


def uniq(fn):
    while True:
        x = fn()
        if x not in _used:
            _used.add(x)
            return x


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, chars="abcdefghjkmnpqrstuvwxyz23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        k = int(c)
        if i % 2 == 0:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return str((10 - s % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


ALLOCATED = (["13%d" % i for i in range(10)] + ["145", "146", "147", "148", "149", "150", "151",
             "152", "153", "155", "156", "157", "158", "159", "166"] +
             ["17%d" % i for i in range(9)] + ["18%d" % i for i in range(10)] +
             ["191", "193", "195", "196", "197", "198", "199"])
MOB_CT = ["133", "153", "173", "177", "180", "181", "189", "191", "193", "199"]
MOB_ANY = MOB_CT + ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157",
                    "158", "159", "178", "182", "183", "187", "188", "195", "198", "130", "131",
                    "132", "145", "155", "156", "166", "175", "176", "185", "186", "196"]


def is_mobile(s):
    return len(s) == 11 and s.isdigit() and s[:3] in ALLOCATED


def gen_mobile(ct=False):
    return uniq(lambda: R.choice(MOB_CT if ct else MOB_ANY) + digits(8))


FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９", "0123456789")


def fmt_mob(m, style):
    return {"plain": m, "86": "86" + m, "+86": "+86" + m, "0086": "0086" + m,
            "+86sp": "+86 %s %s %s" % (m[:3], m[3:7], m[7:]),
            "sp": "%s %s %s" % (m[:3], m[3:7], m[7:]),
            "dash": "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
            "+86dash": "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:]),
            "fw": m.translate(FW)}[style]


def mask_mob(m):
    return m[:3] + "****" + m[7:]


AREA = {"广州市": "020", "深圳市": "0755", "佛山市": "0757", "肇庆市": "0758", "清远市": "0763",
        "东莞市": "0769"}
LAND_RE = re.compile(r"0(?:20|755|757|758|763|769)[2-8]\d{7}")


def gen_land(ac):
    return uniq(lambda: ac + R.choice("2345678") + digits(7))


def split_land(n):
    ac = n[:3] if n.startswith("02") else n[:4]
    return ac, n[len(ac):]


def fmt_land(n, style):
    ac, num = split_land(n)
    return {"plain": n, "dash": ac + "-" + num, "paren": "(%s)%s" % (ac, num),
            "fwparen": "（%s）%s" % (ac, num), "sp": "%s %s %s" % (ac, num[:4], num[4:]),
            "+86": "+86 %s %s" % (ac[1:], num), "fw": n.translate(FW)}[style]


RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
# real GB/T 2260 codes: Guangzhou, Shenzhen, Foshan, Qingyuan, Zhaoqing, Meizhou, Jieyang,
# Maoming, Zhanjiang, and a few inland provinces (migrants)
RIC_REGIONS = ["440103", "440104", "440105", "440106", "440111", "440113", "440303", "440304",
               "440305", "440306", "440604", "440605", "440606", "441802", "441803", "441284",
               "441481", "445281", "440981", "440883", "430104", "420111", "510107", "360102",
               "450103", "350203"]


# codes that already existed when 15-digit IDs were issued (before 1999)
RIC15_REGIONS = ["440103", "440104", "440105", "440106", "440111", "420111", "510107", "350203"]


def ric_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, RIC_W)) % 11]


def valid_date(s, fmt):
    try:
        dt.datetime.strptime(s, fmt)
        return True
    except ValueError:
        return False


def ric_ok(s):
    if len(s) == 15:
        return s.isdigit() and s[:6] in RIC_REGIONS and valid_date("19" + s[6:12], "%Y%m%d")
    if len(s) != 18 or not s[:17].isdigit() or ric_check(s[:17]) != s[17].upper():
        return False
    return s[:6] in RIC_REGIONS and valid_date(s[6:14], "%Y%m%d") and \
        "1900" < s[6:10] < "2010"


def gen_ric(dob, sex):
    def f():
        seq = R.randint(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            seq += 1
        body = R.choice(RIC_REGIONS) + dob.strftime("%Y%m%d") + "%03d" % seq
        return body + ric_check(body)
    return uniq(f)


def gen_ric15(dob, sex):
    def f():
        seq = R.randint(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            seq += 1
        return R.choice(RIC15_REGIONS) + dob.strftime("%y%m%d") + "%03d" % seq
    return uniq(f)


# real TACs: 35xxxxxx (BABT), 86xxxxxx (TAF)
TACS = ["35209900", "35391110", "35467211", "35290611", "86891204", "86753203", "86936504",
        "86446205", "86769704", "86401806"]


def gen_imei():
    def f():
        body = R.choice(TACS) + digits(6)
        return body + luhn_digit(body)
    return uniq(f)


def gen_meid():
    return uniq(lambda: R.choice(["A0000049", "A1000031", "A100004F"]) + hexs(6, upper=True))


def gen_iccid():
    def f():
        body = R.choice(["898603", "898611"]) + digits(13)
        return body + luhn_digit(body)
    return uniq(f)


BANK_BIN = [("622202", 19, "中国工商银行"), ("621700", 19, "中国建设银行"),
            ("622848", 19, "中国农业银行"), ("621661", 19, "中国银行"), ("622588", 16, "招商银行"),
            ("623058", 19, "平安银行"), ("621483", 16, "招商银行"), ("622700", 19, "中国建设银行")]


def gen_card():
    def f():
        b, n, _ = R.choice(BANK_BIN)
        body = b + digits(n - 7)
        return body + luhn_digit(body)
    return uniq(f)


def bank_of(card):
    return [x[2] for x in BANK_BIN if card.startswith(x[0])][0]


def fmt_card(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def mask_card(c, style=0):
    return [c[:4] + "****" + c[-4:], c[:6] + "*" * (len(c) - 10) + c[-4:]][style]


def gen_passport():
    return uniq(lambda: R.choice(["E" + digits(8), "E" + R.choice("ABCDEFGHJKLMNPQRS") +
                                  digits(7)]))


def gen_permit():
    return uniq(lambda: "C" + str(R.randint(1, 9)) + digits(7))


def gen_plate(prov_letter):
    def f():
        p = "粤" + prov_letter
        if R.random() < 0.5:
            return p + R.choice("DF") + R.choice("ABCDEFGHJK0123456789") + digits(4)
        return p + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + \
            digits(3)
    return uniq(f)


# MACs: OUIs of ONT / STB / handset vendors (subscriber devices); 00e0fc = BRAS (negative)
OUI = {"HW": ["4846fb", "ac853d", "70723c", "e0247f"], "ZTE": ["344b50", "4c09b4", "5422f8"],
       "STB": ["a08cf8", "c83a35", "f01b6c"], "LAN": ["3ccd57", "f460e2", "a45046", "8cbebe",
                                                      "dca632", "b0e235"]}


def gen_mac(kind):
    return uniq(lambda: R.choice(OUI[kind]) + hexs(6))


def fmt_mac(raw, style):
    o = [raw[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(o), "COLON": ":".join(o).upper(), "dash": "-".join(o),
            "DASH": "-".join(o).upper(), "hw": "%s-%s-%s" % (raw[:4], raw[4:8], raw[8:]),
            "zte": "%s.%s.%s" % (raw[:4], raw[4:8], raw[8:]), "bare": raw,
            "BARE": raw.upper()}[style]


WAN_PFX = ["113.108", "113.111", "14.150", "14.153", "183.37", "219.137", "116.22", "59.41",
           "121.33", "125.92"]


def gen_wan_ip():
    if R.random() < 0.2:
        return uniq(lambda: "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255),
                                              R.randint(2, 254)))
    return uniq(lambda: "%s.%d.%d" % (R.choice(WAN_PFX), R.randint(0, 255), R.randint(2, 254)))


def gen_v6pd():
    return uniq(lambda: "240e:3b%x:%x:%x00::" % (R.randint(0, 15), R.randint(0x1000, 0xffff),
                                                  R.randint(0x10, 0xff)))


def gen_stb_ip():
    return uniq(lambda: "10.%d.%d.%d" % (R.randint(210, 223), R.randint(0, 255),
                                         R.randint(2, 254)))


def gen_tr_ip():
    return uniq(lambda: "10.%d.%d.%d" % (R.randint(160, 175), R.randint(0, 255),
                                         R.randint(2, 254)))


# network elements (NOT labelled)
NE = {"GZ-TH-OLT-01": "10.113.4.21", "FS-NH-OLT-03": "10.121.8.14", "QY-QX-OLT-02": "10.131.2.9",
      "BRAS": "10.113.0.2", "BRAS2": "10.121.0.2", "RADIUS": "10.113.0.30",
      "RADIUS2": "10.113.0.31", "ACS": "10.113.250.10", "STBACS": "10.210.250.8",
      "DHCP": "10.210.0.5", "DNS1": "202.96.128.86", "DNS2": "202.96.134.133",
      "EDS": "125.88.96.66", "EPG": "125.88.101.21", "SPEED1": "14.215.177.38",
      "SPEED2": "113.96.232.10", "LANGW": "192.168.1.1"}
BRAS_MAC = "00e0fc6a1b20"


def tok(n):
    return alnum(n, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")


def wifi_pw(h):
    k = R.random()
    if k < 0.3:
        return h.py[0] + h.mob
    if k < 0.5:
        return digits(8)
    if k < 0.7:
        return R.choice(["ChinaNet@", "Home@", "wifi"]) + digits(4)
    return tok(10)


# --------------------------------------------------------------------------- people / places

SURN = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
        ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
        ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
        ("何", "he"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"),
        ("谢", "xie"), ("邓", "deng"), ("冯", "feng"), ("曾", "zeng"), ("彭", "peng"),
        ("肖", "xiao"), ("蔡", "cai"), ("潘", "pan"), ("钟", "zhong"), ("欧阳", "ouyang"),
        ("司徒", "situ"), ("麦", "mai"), ("卢", "lu"), ("苏", "su"), ("叶", "ye")]
GIVEN_M = [("伟", "wei"), ("强", "qiang"), ("志明", "zhiming"), ("建华", "jianhua"),
           ("俊杰", "junjie"), ("国栋", "guodong"), ("家豪", "jiahao"), ("浩然", "haoran"),
           ("子轩", "zixuan"), ("振宇", "zhenyu"), ("文斌", "wenbin"), ("永康", "yongkang"),
           ("锦荣", "jinrong"), ("嘉伟", "jiawei"), ("耀祖", "yaozu"), ("炳坤", "bingkun"),
           ("德明", "deming"), ("伟雄", "weixiong"), ("少华", "shaohua"), ("立新", "lixin")]
GIVEN_F = [("丽华", "lihua"), ("秀英", "xiuying"), ("静", "jing"), ("敏", "min"),
           ("晓燕", "xiaoyan"), ("婷婷", "tingting"), ("雅琪", "yaqi"), ("欣怡", "xinyi"),
           ("美玲", "meiling"), ("慧敏", "huimin"), ("嘉欣", "jiaxin"), ("诗涵", "shihan"),
           ("佩珊", "peishan"), ("淑芬", "shufen"), ("少娟", "shaojuan"), ("凤仪", "fengyi"),
           ("海燕", "haiyan"), ("桂英", "guiying"), ("玉兰", "yulan"), ("月娥", "yuee")]
_names = []


def take_name(n):
    assert all(n not in x and x not in n for x in _names), n
    _names.append(n)
    return n


def gen_name(sex):
    while True:
        sur, sp = R.choice(SURN)
        g, gp = R.choice(GIVEN_M if sex == "M" else GIVEN_F)
        n = sur + g
        if all(n not in x and x not in n for x in _names):
            _names.append(n)
            return n, sur, sp, gp


URBAN = {
    "天河区": ("广州市", (23.1351, 113.3265), ["天河北路", "林和中路", "体育东路", "龙口西路",
                                           "中山大道西"]),
    "越秀区": ("广州市", (23.1290, 113.2668), ["东风中路", "环市东路", "农林下路", "解放北路"]),
    "海珠区": ("广州市", (23.0838, 113.3172), ["江南大道中", "新港西路", "宝岗大道", "工业大道北"]),
    "白云区": ("广州市", (23.1573, 113.2730), ["白云大道北", "云城西路", "机场路"]),
    "番禺区": ("广州市", (22.9376, 113.3843), ["迎宾路", "大北路", "兴业大道"]),
    "禅城区": ("佛山市", (23.0094, 113.1228), ["季华五路", "汾江中路", "岭南大道北"]),
    "南海区": ("佛山市", (23.0290, 113.1430), ["南海大道北", "灯湖东路", "海八路"]),
    "顺德区": ("佛山市", (22.8050, 113.2930), ["凤山中路", "容奇大道", "德胜东路"]),
}
ESTATES = ["碧桂苑", "荔景花园", "天悦华庭", "金沙湾畔", "锦绣江南", "南国花园", "怡康家园",
           "御景湾", "丰泽园", "海怡半岛", "紫荆雅苑", "星河丽景", "康乐新村", "翠竹苑", "珠江帝景"]
RURAL = [("清远市", "清新区", "太和镇", [("坑口村委会", "上坑村"), ("白湾村委会", "新围村")],
          (23.7370, 112.9890)),
         ("肇庆市", "四会市", "大沙镇", [("马房村委会", "石岗村"), ("大沙村委会", "岭头村")],
          (23.3710, 112.6950)),
         ("佛山市", "南海区", "西樵镇", [("民乐村委会", "大同村"), ("简村村委会", "上塘村")],
          (22.9400, 112.9700))]
CN_NUM = "零一二三四五六七八九十"


_rural_n = [0]


def gen_addr(kind="urban", dist=None):
    """Returns (full, short, city, district, (lat, lon))."""
    prov = "广东省" if R.random() < 0.4 else ""
    if kind == "rural":
        city, county, town, vils, c = R.choice(RURAL)
        cw, vil = R.choice(vils)
        grp = R.randint(1, 9)
        no = R.randint(1, 88)
        g = R.choice(["%d组" % grp, "%s组" % CN_NUM[grp], "%d队" % grp])
        _rural_n[0] += 1
        with_cw = _rural_n[0] % 2 == 1
        full = prov + city + county + town + (cw if with_cw else "") + vil + g + "%d号" % no
        short = town + vil + g + "%d号" % no
        return full, short, city, county, c
    dist = dist or R.choice(list(URBAN))
    city, c, roads = URBAN[dist]
    road = R.choice(roads)
    num = R.randint(3, 599)
    est = R.choice(ESTATES)
    b, fl, rm = R.randint(1, 28), R.randint(2, 33), R.randint(1, 8)
    st = R.random()
    if st < 0.4:
        tail, stail = "%d栋%d单元%d%02d室" % (b, R.randint(1, 4), fl, rm), "%d栋%d%02d" % (b, fl, rm)
    elif st < 0.7:
        x = R.choice("ABCDE")
        tail, stail = "%s座%d%02d房" % (x, fl, rm), "%s座%d%02d" % (x, fl, rm)
    else:
        tail, stail = "%d幢%d%02d室" % (b, fl, rm), "%d-%d%02d" % (b, fl, rm)
    full = prov + city + dist + road + "%d号" % num + est + tail
    short = road + "%d号" % num + est + stail
    return full, short, city, dist, c


def near(c, spread=0.02):
    return ("%.6f" % (c[0] + R.uniform(-spread, spread)),
            "%.6f" % (c[1] + R.uniform(-spread, spread)))


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


class HH:
    """One broadband household."""


def make_hh(kind="urban", dist=None, acct="land", vendor="HW"):
    h = HH()
    h.sex = R.choice("MF")
    h.name, h.sur, sp, gp = gen_name(h.sex)
    h.py = (sp, gp)
    h.dob = dt.date(1948, 1, 1) + dt.timedelta(days=R.randint(0, 18500))
    h.ric = gen_ric(h.dob, h.sex)
    h.addr, h.addr_s, h.city, h.dist, c = gen_addr(kind, dist)
    h.lat, h.lon = near(c)
    h.land = gen_land(AREA[h.city])
    h.mob = gen_mobile()
    h.ctmob = gen_mobile(ct=True)
    h.acct_kind = acct
    if acct == "land":
        h.acct_num = h.land
    elif acct == "mob":
        h.acct_num = h.ctmob
    else:
        h.acct_num = None
    h.acct_plain = uniq(lambda: R.choice(["gzkd", "fskd", "ad"]) + digits(8))
    h.realm = "@163.gd"
    h.ppp_pw = R.choice([digits(6), h.ric[-6:], "Kd" + digits(6), tok(8)])
    h.vendor = vendor
    if vendor == "HW":
        h.sn_tail = hexs(8, upper=True)
        h.sn = "HWTC" + h.sn_tail
        h.sn_hex = "48575443" + h.sn_tail
        h.ont_mac = gen_mac("HW")
    else:
        h.sn_tail = hexs(8, upper=True)
        h.sn = "ZTEG" + h.sn_tail
        h.sn_hex = "5A544547" + h.sn_tail
        h.ont_mac = gen_mac("ZTE")
    h.loid = uniq(lambda: AREA[h.city] + "0" + digits(9 if len(AREA[h.city]) == 4 else 10))
    h.stb_mac = gen_mac("STB")
    h.stb_id = "0010039900E068300001" + h.stb_mac.upper()
    h.stb_ip = gen_stb_ip()
    h.wan_ip = gen_wan_ip()
    h.v6pd = gen_v6pd()
    h.tr_ip = gen_tr_ip()
    h.ssid = "ChinaNet-" + alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    h.wifi_pw = wifi_pw(h)
    h.tadmin = R.choice(["telecomadmin" + digits(8), tok(8)])
    h.uadmin = alnum(5)
    h.cr_pw = tok(12)
    h.iptv_pw = digits(6)
    h.email = uniq(lambda: R.choice(["%s%s" % (sp, gp), "%s.%s" % (gp, sp),
                                     "%s_%s%d" % (sp, gp, R.randint(1, 99))]) +
                   "@" + R.choice(["163.com", "qq.com", "189.cn", "126.com", "foxmail.com"]))
    return h


def acct_parts(h, prefix=""):
    """The broadband account as written; only a phone-number account is labelled."""
    if h.acct_num:
        return [prefix, (h.acct_num, PH), h.realm]
    return [prefix, h.acct_plain, h.realm]


def acct_text(h):
    return text_of(acct_parts(h))


# households ---------------------------------------------------------------------------------
HHS = []
# 0-7  Guangzhou Tianhe, Huawei OLT GZ-TH-OLT-01 0/1/3
for i in range(8):
    HHS.append(make_hh("urban", R.choice(["天河区", "天河区", "越秀区"]),
                       ["land", "land", "mob", "land", "plain", "land", "land", "mob"][i], "HW"))
# 8-13 Foshan Nanhai, ZTE OLT FS-NH-OLT-03 gpon-olt 1/2/1
for i in range(6):
    HHS.append(make_hh("urban", R.choice(["南海区", "禅城区"]),
                       ["land", "mob", "land", "plain", "land", "mob"][i], "ZTE"))
# 14-17 rural (Qingyuan / Zhaoqing / Nanhai towns), Huawei OLT QY-QX-OLT-02
for i in range(4):
    HHS.append(make_hh("rural", None, ["land", "mob", "plain", "land"][i], "HW"))
# 18-25 other Guangzhou / Foshan households
for i in range(8):
    HHS.append(make_hh("urban", None, ["land", "mob", "land", "plain", "mob", "land", "land",
                                       "mob"][i], R.choice(["HW", "ZTE"])))
for i, h in enumerate(HHS):
    h.idx = i
    if i < 8:
        h.olt, h.fsp, h.ontid = "GZ-TH-OLT-01", "0/1/3", [0, 1, 2, 3, 5, 6, 9, 11][i]
        h.svlan, h.cvlan = 1203, 2100 + h.ontid
    elif i < 14:
        h.olt, h.fsp, h.ontid = "FS-NH-OLT-03", "1/2/1", i - 7
        h.svlan, h.cvlan = 1451, 3200 + h.ontid
    elif i < 18:
        h.olt, h.fsp, h.ontid = "QY-QX-OLT-02", "0/2/%d" % (i - 13), R.randint(1, 30)
        h.svlan, h.cvlan = 2301, 100 + h.ontid
    else:
        h.olt, h.fsp, h.ontid = "GZ-TH-OLT-01", "0/%d/%d" % (R.randint(2, 5), R.randint(0, 15)), \
            R.randint(0, 40)
        h.svlan, h.cvlan = 1200 + R.randint(4, 9), 2000 + R.randint(0, 999)

# engineers (names are NOT labelled; their work mobiles are)
ENG = []
for nick, sex in [("陈工", "M"), ("梁工", "M"), ("何工", "F"), ("李工", "M")]:
    while True:
        n, sur, _, _ = gen_name(sex)
        if sur == nick[0]:
            break
        _names.remove(n)
    ENG.append({"nick": nick, "name": n, "id": "%s_zw_%04d" % (R.choice(["gz", "fs", "qy"]),
                                                              R.randint(100, 1999)),
                "mob": gen_mobile(ct=True)})


def ph_land(h, styles):
    return (fmt_land(h.land, R.choice(styles)), PH)


def ph_mob(m, styles):
    return (fmt_mob(m, R.choice(styles)), PH)


# look-alike negatives must not be valid identifiers --------------------------------------------

def digit_lookalike(g):
    n = len(g)
    if n == 11 and is_mobile(g):
        return "mobile"
    if n in (11, 12) and LAND_RE.fullmatch(g):
        return "landline"
    if n == 13 and g.startswith("86") and is_mobile(g[2:]):
        return "mobile86"
    if n == 15 and g.startswith("460"):
        return "imsi"
    if n == 15 and luhn_ok(g) and g[:2] in ("35", "86"):
        return "imei"
    if n in (15, 18) and ric_ok(g):
        return "ric"
    if 16 <= n <= 19 and g.startswith("62") and luhn_ok(g):
        return "bankcard"
    if n in (19, 20) and g.startswith("8986"):
        return "iccid"
    return None


def neg_digits(n, prefix=""):
    while True:
        s = prefix + digits(n - len(prefix))
        if not digit_lookalike(s):
            return s


class Clock:
    def __init__(self, t):
        self.t = t

    def tick(self, lo=1, hi=60):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


D0 = dt.datetime(2024, 7, 3, 0, 0, 0)


# =========================================================================== 1 OLT batch collect

def f_olt(d):
    hw, zte = HHS[0:8], HHS[8:14]
    bar = "#" * 78
    d.ln(bar)
    d.ln("# olt_collect.py v2.3.1  job=ONT巡检-天河/南海  operator=gz_wg_0117  "
         "start=2024-07-03 02:00:01")
    d.ln("# target GZ-TH-OLT-01  mgmt=", NEG(NE["GZ-TH-OLT-01"]),
         "  vendor=HUAWEI MA5800-X17  version=MA5800V100R021C10SPC210")
    d.ln(bar)
    p = "GZ-TH-OLT-01"
    d.ln(p + ">enable")
    d.ln(p + "#config")
    d.ln(p + "(config)#display ont info 0 1 3 all")
    sep = "  " + "-" * 77
    d.ln(sep)
    d.ln("  F/S/P   ONT         SN         Control     Run      Config   Match    Protect")
    d.ln("          ID                     flag        state    state    state    side ")
    d.ln(sep)
    states = ["online"] * 8
    states[5] = "offline"
    for h, st in zip(hw, states):
        d.ln("  0/ 1/3  %3d  " % h.ontid, NEG(h.sn_hex), "  active      %-8s %-8s %-8s no " % (
            st, "normal" if st == "online" else "initial", "match" if st == "online" else "initial"))
    d.ln(sep)
    d.ln("  F/S/P   ONT-ID   Description")
    d.ln(sep)
    descs = [
        lambda h: [(h.name, N), "_", (h.mob, PH), "_", (h.addr_s, ADDR)],
        lambda h: [(fmt_land(h.land, "dash"), PH), " ", (h.name, N)],
        lambda h: [NEG("TH-KD-20240612-" + neg_digits(4))],
        lambda h: [(h.addr_s, ADDR), " ", (h.name, N), " ", (fmt_mob(h.mob, "sp"), PH)],
        lambda h: [(h.name, N), "/", (h.mob, PH)],
        lambda h: ["ONT_NO_DESCRIPTION"],
        lambda h: acct_parts(h),
        lambda h: [(h.name, N), (h.mob, PH)],
    ]
    for h, df in zip(hw, descs):
        d.ln("  0/ 1/3  %5d     " % h.ontid, df(h))
    d.ln(sep)
    d.ln("  In port 0/ 1/3 , the total of ONTs are: 8, online: 7")
    d.ln(sep)
    h = hw[3]
    d.ln(p + "(config)#display ont info 0 1 3 %d" % h.ontid)
    d.ln(sep)
    for k, v in [("F/S/P", "0/1/3"), ("ONT-ID", str(h.ontid)), ("Control flag", "active"),
                 ("Run state", "online"), ("Config state", "normal"), ("Match state", "match"),
                 ("ONT distance(m)", str(R.randint(300, 4000))), ("Authentic type", "loid-auth")]:
        d.ln("  %-24s: %s" % (k, v))
    d.ln("  %-24s: " % "SN", NEG(h.sn_hex), " (HWTC-%s)" % h.sn_tail)
    d.ln("  %-24s: " % "Loid", NEG(h.loid))
    d.ln("  %-24s: " % "Description", (h.addr_s, ADDR), " ", (h.name, N), " ",
         (fmt_mob(h.mob, "sp"), PH))
    d.ln("  %-24s: dying-gasp" % "Last down cause")
    d.ln("  %-24s: 2024-07-02 19:38:57+08:00" % "Last down time")
    d.ln("  %-24s: 0 day(s), 6 hour(s), 17 minute(s), 50 second(s)" % "ONT online duration")
    d.ln(sep)
    d.ln(p + "(config)#display ont wan-info 0/1 3 %d" % h.ontid)
    d.ln(sep)
    d.ln("  %-24s: 1_INTERNET_R_VID_%d" % ("Name", h.svlan))
    d.ln("  %-24s: PPPoE" % "IPv4 access type")
    d.ln("  %-24s: " % "IPv4 address", (h.wan_ip, IP))
    d.ln("  %-24s: " % "Subnet mask", NEG("255.255.255.255"))
    gw = ".".join(h.wan_ip.split(".")[:3]) + ".1"
    d.ln("  %-24s: " % "Default gateway", NEG(gw))
    d.ln("  %-24s: " % "IPv4 DNS", NEG(NE["DNS1"]), ",", NEG(NE["DNS2"]))
    d.ln("  %-24s: %d" % ("Manage VLAN", h.svlan))
    d.ln("  %-24s: " % "MAC address", (fmt_mac(h.ont_mac, "hw"), MAC))
    d.ln("  %-24s: " % "Prefix", (h.v6pd, IP), "/56")
    d.ln(sep)
    d.ln(p + "(config)#display mac-address ont 0/1/3 %d" % h.ontid)
    d.ln("  " + "-" * 71)
    d.ln("  SRV-P BUNDLE TYPE MAC            MAC TYPE F /S /P  VPI  VCI   VLAN ID")
    d.ln("  " + "-" * 71)
    d.ln("  %5d      - gpon " % R.randint(1000, 9999), (fmt_mac(h.ont_mac, "hw"), MAC),
         " dynamic  0 /1 /3  %-4d %-5d %d" % (h.ontid, 1, h.svlan))
    d.ln("  %5d      - gpon " % R.randint(1000, 9999), (fmt_mac(h.stb_mac, "hw"), MAC),
         " dynamic  0 /1 /3  %-4d %-5d %d" % (h.ontid, 2, 46))
    d.ln("  " + "-" * 71)
    d.ln("  Total: 2")
    d.ln(p + "(config)#quit")
    # ---- ZTE
    d.ln(bar)
    d.ln("# target FS-NH-OLT-03  mgmt=", NEG(NE["FS-NH-OLT-03"]),
         "  vendor=ZTE ZXA10 C600  version=V1.2.1")
    d.ln(bar)
    p = "FS-NH-OLT-03"
    d.ln(p + "#show gpon onu state gpon_olt-1/2/1")
    d.ln("OnuIndex                 Admin State  OMCC State  Phase State  Channel")
    d.ln("-" * 74)
    for h in zte:
        d.ln("1/2/1:%-18d enable       enable      %-12s 1(GPON)" % (
            h.ontid, "LOS" if h.ontid == 4 else "working"))
    d.ln("ONU Number: 6/6")
    h = zte[1]
    d.ln(p + "#show gpon onu detail-info gpon_onu-1/2/1:%d" % h.ontid)
    for k, v in [("ONU interface", "gpon_onu-1/2/1:%d" % h.ontid), ("Type", "ZTE-F650"),
                 ("Admin state", "enable"),
                 ("Phase state", "working"), ("Authentication mode", "loid")]:
        d.ln("%-22s%s" % (k + ":", v))
    d.ln("%-22s" % "Serial number:", NEG(h.sn))
    d.ln("%-22s" % "Loid:", NEG(h.loid))
    d.ln("%-22s" % "Description:", (h.name, N), " ", (h.mob, PH), " ", (h.addr, ADDR))
    d.ln("%-22s%dm" % ("ONU Distance:", R.randint(200, 5000)))
    d.ln("%-22s%s" % ("Online Duration:", "32h 15m 40s"))
    d.ln("%-22s%s" % ("Last offline:", "2024-07-01 18:30:14 DyingGasp"))
    d.ln(p + "#show mac gpon onu gpon_onu-1/2/1:%d" % h.ontid)
    d.ln("Total mac address : 2")
    d.ln("Mac address      Vlan  Type       Port                 Vc")
    d.ln("-" * 74)
    d.ln((fmt_mac(h.ont_mac, "zte"), MAC), "   %d  Dynamic    gpon_onu-1/2/1:%d     vport 1" % (
        h.svlan, h.ontid))
    d.ln((fmt_mac(h.stb_mac, "zte"), MAC), "   46    Dynamic    gpon_onu-1/2/1:%d     vport 2" % (
        h.ontid))
    h = zte[4]
    d.ln(p + "#show running-config interface gpon_onu-1/2/1:%d" % h.ontid)
    d.ln("interface gpon_onu-1/2/1:%d" % h.ontid)
    d.ln("  name ", (h.land, PH))
    d.ln("  description ", (h.name, N), "-", (fmt_mob(h.mob, "dash"), PH), "-", (h.addr_s, ADDR))
    d.ln("  tcont 1 profile T1_1000M")
    d.ln("  gemport 1 name INTERNET tcont 1")
    d.ln("!")
    d.ln("# end 2024-07-03 02:03:47  devices=2 ok=2 failed=0")


# =========================================================================== 2 BRAS syslog + CLI

def f_bras(d):
    clk = Clock(D0 + dt.timedelta(hours=7, minutes=40))
    dev = "GZ-TH-BRAS-ME60-01"
    seq = R.randint(4000, 9000)
    us = HHS[0:8] + HHS[18:22]

    def pre(tag):
        t = clk.tick(3, 200)
        return "%s %s %%%%01%s" % (t.strftime("%b %e %Y %H:%M:%S"), dev, tag)

    def nasport(h):
        return "%s pon %s/%d:%d.%d" % (h.olt, h.fsp, h.ontid, h.svlan, h.cvlan)

    for i, h in enumerate(us):
        seq += 1
        if i in (5, 10):
            d.ln(pre("AAA/4/USER_AUTH_FAIL(l)[%d]:" % seq), "UserName=", acct_parts(h),
                 ", UserMac=", (fmt_mac(h.ont_mac, "hw"), MAC),
                 ", Reason=Radius reject (691 Password error), RadiusServer=", NEG(NE["RADIUS"]))
            continue
        d.ln(pre("PPPOE/6/USER_ONLINE(l)[%d]:" % seq), "UserName=", acct_parts(h), ", UserMac=",
             (fmt_mac(h.ont_mac, "hw"), MAC), ", IPAddress=", (h.wan_ip, IP), ", IPv6PD=",
             (h.v6pd, IP), "/56, Interface=GigabitEthernet2/0/1.%d, PeVlan=%d, CeVlan=%d, "
             "NasPortId=%s" % (h.svlan, h.svlan, h.cvlan, nasport(h)))
        if i in (2, 7, 9):
            seq += 1
            d.ln(pre("PPPOE/6/USER_OFFLINE(l)[%d]:" % seq), "UserName=", acct_parts(h),
                 ", UserMac=", (fmt_mac(h.ont_mac, "hw"), MAC), ", IPAddress=", (h.wan_ip, IP),
                 ", Cause=%s, OnlineTime=0d%02dh%02dm, UpFlow=%dKB, DownFlow=%dKB" % (
                     R.choice(["Lost carrier (LCP echo timeout)", "User request to offline",
                               "Session timeout"]), R.randint(0, 23), R.randint(0, 59),
                     R.randint(10 ** 4, 10 ** 6), R.randint(10 ** 5, 10 ** 8)))
        if i == 3:
            d.ln(pre("LLDP/4/NBRCHGTRAP(l)[%d]:" % (seq + 500)),
                 "Neighbor changed: local GE2/0/0, chassis-id ", NEG(fmt_mac(BRAS_MAC, "hw")),
                 ", mgmt ", NEG(NE["BRAS2"]))
        if i == 6:
            d.ln(pre("BRASAM/4/IPPOOL_USAGE_HIGH(l)[%d]:" % (seq + 501)),
                 "Pool=gd-th-pppoe-pool3, Used=92%, Threshold=90%")
    h = HHS[1]
    d.ln("")
    d.ln("<%s>display access-user username " % dev, acct_parts(h), " verbose")
    d.ln("  Basic:")
    rows = [("User access index", str(R.randint(10000, 60000))), ("State", "Used"),
            ("User name", acct_parts(h)), ("Domain name", "163.gd"),
            ("User access interface", "GigabitEthernet2/0/1.%d" % h.svlan),
            ("User access PeVlan/CeVlan", "%d/%d" % (h.svlan, h.cvlan)),
            ("User MAC", [(fmt_mac(h.ont_mac, "hw"), MAC)]),
            ("User IP address", [(h.wan_ip, IP)]),
            ("User gateway address", [NEG(".".join(h.wan_ip.split(".")[:3]) + ".1")]),
            ("User IPv6 PD prefix", [(h.v6pd, IP), "/56"]),
            ("User MTU", "1492"), ("NAS-Port-Id", nasport(h)), ("Access type", "PPPoE"),
            ("AAA server", [NEG(NE["RADIUS"])]),
            ("Access start time", "2024-07-03 07:51:26"),
            ("Access online time(h:min:sec)", "01:12:40")]
    for k, v in rows:
        d.ln("  %-32s: " % k, v)
    d.ln("")
    d.ln("<%s>display access-user interface GigabitEthernet2/0/1.1203" % dev)
    d.ln("  " + "-" * 78)
    d.ln("  UserID  Username                 Interface      IP address       MAC")
    d.ln("  " + "-" * 78)
    for h in HHS[0:4]:
        a = acct_text(h)
        d.ln("  %-7d " % R.randint(10000, 60000), acct_parts(h), " " * (24 - len(a)),
             " GE2/0/1.1203   ", (h.wan_ip, IP), " " * (17 - len(h.wan_ip)),
             (fmt_mac(h.ont_mac, "hw"), MAC))
    d.ln("  " + "-" * 78)
    d.ln("  Normal users           : 4")


# =========================================================================== 3 RADIUS detail

def f_radius(d):
    t = D0 + dt.timedelta(hours=7, minutes=51)
    recs = [(HHS[1], "Start", "colon"), (HHS[4], "Interim-Update", "hw"),
            (HHS[19], "Stop", "BARE")]
    for h, kind, mst in recs:
        t += dt.timedelta(seconds=R.randint(20, 900))
        d.ln(t.strftime("%a %b %e %H:%M:%S %Y"))
        sess = "GZTHME6001%02d%06d%s" % (R.randint(1, 9), R.randint(0, 999999), hexs(6))
        kv = [("Acct-Status-Type", kind), ("User-Name", ['"', acct_parts(h), '"']),
              ("NAS-IP-Address", [NEG(NE["BRAS"])]), ("NAS-Identifier", '"GZ-TH-BRAS-ME60-01"'),
              ("NAS-Port-Id", '"%s pon %s/%d:%d.%d"' % (h.olt, h.fsp, h.ontid, h.svlan, h.cvlan)),
              ("NAS-Port-Type", "Ethernet"), ("Service-Type", "Framed-User"),
              ("Framed-Protocol", "PPP"), ("Framed-IP-Address", [(h.wan_ip, IP)]),
              ("Delegated-IPv6-Prefix", [(h.v6pd, IP), "/56"]),
              ("Calling-Station-Id", ['"', (fmt_mac(h.ont_mac, mst), MAC), '"']),
              ("Called-Station-Id", ['"', NEG(fmt_mac(BRAS_MAC, "hw")), '"']),
              ("Acct-Session-Id", '"%s"' % sess)]
        if kind != "Start":
            kv += [("Acct-Session-Time", str(R.randint(600, 200000))),
                   ("Acct-Input-Octets", str(R.randint(10 ** 6, 4 * 10 ** 9))),
                   ("Acct-Output-Octets", str(R.randint(10 ** 7, 4 * 10 ** 9))),
                   ("Acct-Output-Gigawords", str(R.randint(0, 30)))]
        if kind == "Stop":
            kv.append(("Acct-Terminate-Cause", "Lost-Carrier"))
        kv += [("Event-Timestamp", t.strftime('"%b %e %Y %H:%M:%S CST"')),
               ("Acct-Unique-Session-Id", '"%s"' % hexs(32)),
               ("Timestamp", str(int(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
                                     .timestamp())))]
        for k, v in kv:
            d.ln("\t%s = " % k, v)
        d.ln("")


# =========================================================================== 4 ITMS TR-069 export

def pv(d, name, value):
    d.ln("<ParameterValueStruct><Name>InternetGatewayDevice.%s</Name>"
         "<Value xsi:type=\"xsd:string\">" % name, value, "</Value></ParameterValueStruct>")


def f_itms(d):
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    d.ln("<!-- ITMS+ 终端参数批量导出  任务号 ITMS-EXP-20240703-0057  操作员 gz_itms_op07  "
         "导出时间 2024-07-03 10:21:44 -->")
    d.ln('<DeviceList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'exportTime="2024-07-03T10:21:44+08:00" count="2">')
    for h, model in [(HHS[2], "HG8145C"), (HHS[10], "ZXHN F650")]:
        oui = "00E0FC" if h.vendor == "HW" else "344B50"
        d.ln('<Device id="%s-%s-' % (oui, model.replace(" ", "")), NEG(h.sn_hex),
             '" loid="', NEG(h.loid), '" lastInform="2024-07-03T10:1%d:02+08:00">' % R.randint(0, 9))
        pv(d, "DeviceInfo.SerialNumber", [NEG(h.sn)])
        pv(d, "ManagementServer.URL", ["http://", NEG(NE["ACS"]), ":9090/ACS-server/ACS"])
        pv(d, "ManagementServer.Username", "hgw")
        pv(d, "ManagementServer.Password", [(tok(10), CRED)])
        pv(d, "ManagementServer.ConnectionRequestURL", ["http://", (h.tr_ip, IP),
                                                        ":58000/%s" % hexs(8)])
        pv(d, "ManagementServer.ConnectionRequestUsername", "cpe")
        pv(d, "ManagementServer.ConnectionRequestPassword", [(h.cr_pw, CRED)])
        pv(d, "X_CT-COM_TeleComAccount.Password", [(h.tadmin, CRED)])
        pv(d, "X_CT-COM_UserInfo.UserName", [NEG(h.loid)])
        w = "WANDevice.1.WANConnectionDevice.2.WANPPPConnection.1."
        pv(d, w + "Name", "2_INTERNET_R_VID_%d" % h.svlan)
        pv(d, w + "Username", acct_parts(h))
        pv(d, w + "Password", [(h.ppp_pw, CRED)])
        pv(d, w + "ExternalIPAddress", [(h.wan_ip, IP)])
        pv(d, w + "DNSServers", [NEG(NE["DNS1"]), ",", NEG(NE["DNS2"])])
        pv(d, w + "MACAddress", [(fmt_mac(h.ont_mac, "COLON"), MAC)])
        pv(d, w + "X_CT-COM_IPv6Prefix", [(h.v6pd, IP), "/56"])
        pv(d, "LANDevice.1.LANHostConfigManagement.IPInterface.1.IPInterfaceIPAddress",
           [NEG(NE["LANGW"])])
        pv(d, "LANDevice.1.WLANConfiguration.1.SSID", h.ssid)
        pv(d, "LANDevice.1.WLANConfiguration.1.PreSharedKey.1.KeyPassphrase", [(h.wifi_pw, CRED)])
        pv(d, "LANDevice.1.WLANConfiguration.5.SSID", h.ssid + "-5G")
        pv(d, "LANDevice.1.WLANConfiguration.5.PreSharedKey.1.KeyPassphrase", [(h.wifi_pw, CRED)])
        for k in ((1, 2) if h.vendor == "HW" else (1,)):
            pv(d, "LANDevice.1.Hosts.Host.%d.MACAddress" % k,
               [(fmt_mac(gen_mac("LAN"), "colon"), MAC)])
            pv(d, "LANDevice.1.Hosts.Host.%d.HostName" % k,
               R.choice(["HUAWEI_P40-%s" % hexs(4), "iPhone", "DESKTOP-%s" % hexs(6, True),
                         "MiTV-%s" % hexs(4), "android-%s" % hexs(12)]))
        d.ln("</Device>")
    d.ln("</DeviceList>")


# =========================================================================== 5 HGW config backup

def f_hgw(d):
    h = HHS[12]
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    d.ln("<!-- ZXHN F650 db_user_cfg.xml, decrypted (zte cfg tool, AES key from SN), backup taken "
         "by fs_zw_0415 before ONT replacement 2024-07-03 -->")
    d.ln('<DB>')

    def tbl(name, rows):
        d.ln('<Tbl name="%s" RowCount="%d">' % (name, len(rows)))
        for i, r in enumerate(rows):
            d.ln('<Row No="%d">' % i)
            for k, v in r:
                d.ln('<DM name="%s" val="' % k, v, '"/>')
            d.ln('</Row>')
        d.ln('</Tbl>')

    tbl("DevAuthInfo", [[("User", "telecomadmin"), ("Pass", [(h.tadmin, CRED)]), ("Level", "1")],
                        [("User", "useradmin"), ("Pass", [(h.uadmin, CRED)]), ("Level", "2")]])
    tbl("PonAuth", [[("SerialNumber", [NEG(h.sn)]), ("AuthMode", "LOID"), ("Loid", [NEG(h.loid)])]])
    tbl("WANC", [[("WANCName", "1_TR069_R_VID_45"), ("IPAddress", [(h.tr_ip, IP)])],
                 [("WANCName", "2_INTERNET_R_VID_%d" % h.svlan), ("UserName", acct_parts(h)),
                  ("Password", [(h.ppp_pw, CRED)]), ("IPAddress", [(h.wan_ip, IP)]),
                  ("WorkIFMac", [(fmt_mac(h.ont_mac, "COLON"), MAC)]),
                  ("DNS1", [NEG(NE["DNS1"])])]])
    tbl("WLANCfg", [[("ESSID", h.ssid), ("BeaconType", "WPA2"),
                     ("KeyPassphrase", [(h.wifi_pw, CRED)])]])
    tbl("TR069", [[("URL", ["http://", NEG(NE["ACS"]), ":9090/ACS-server/ACS"]),
                   ("UserPassword", [(tok(10), CRED)]), ("ConnReqPassword", [(h.cr_pw, CRED)])]])
    tbl("LanDevHost", [[("MACAddr", [(fmt_mac(gen_mac("LAN"), "colon"), MAC)]),
                        ("HostName", "HUAWEI_Mate60-%s" % hexs(4))],
                       [("MACAddr", [(fmt_mac(h.stb_mac, "colon"), MAC)]),
                        ("HostName", "EC6108V9")]])
    d.ln('</DB>')


# =========================================================================== 6 STB logcat

def f_stb(d):
    h = HHS[1]
    clk = Clock(D0 + dt.timedelta(hours=19, minutes=2))
    pid = 1834

    def lg(tid, lvl, tag, *parts):
        t = clk.tick(0.05, 2)
        d.ln(t.strftime("07-03 %H:%M:%S.") + "%03d" % (t.microsecond // 1000),
             "  %d  %d %s %-11s: " % (pid, tid, lvl, tag), *parts)

    mac = fmt_mac(h.stb_mac, "COLON")
    iptv = "itv" + h.acct_num
    d.ln("--------- beginning of main")
    lg(1834, "I", "SysInfo", "model=EC6108V9 sw=V100R003C31LGDE03B112 stbId=", NEG(h.stb_id))
    lg(1901, "I", "NetManager", "eth0 link up 100Mbps full-duplex")
    lg(1901, "I", "NetManager", "IPoE DHCP+ discover, option60=len=37 enterprise=0x0000, mac=",
       (mac, MAC))
    gw = ".".join(h.stb_ip.split(".")[:3]) + ".1"
    lg(1901, "I", "NetManager", "eth0 leased ip=", (h.stb_ip, IP), " mask=", NEG("255.255.240.0"),
       " gw=", NEG(gw), " dns=", NEG(NE["DNS1"]), " lease=7200")
    lg(2044, "I", "IPTV_Auth", "EDS request http://", NEG(NE["EDS"]),
       ":8082/EDS/jsp/AuthenticationURL?UserID=itv", (h.acct_num, PH), "&Action=Login")
    lg(2044, "D", "IPTV_Auth", "redirect EPG=http://", NEG(NE["EPG"]), ":33200/EPG/jsp")
    lg(2044, "D", "IPTV_Auth", "getEncryptToken ok, EncryptToken=", NEG(hexs(32, True)))
    lg(2044, "D", "IPTV_Auth", "build Authenticator(UserID=itv", (h.acct_num, PH), ", pwd=",
       (h.iptv_pw, CRED), ", STBID=", NEG(h.stb_id), ", IP=", (h.stb_ip, IP), ", MAC=", (mac, MAC),
       ", Reserved=CTC)")
    lg(2044, "I", "IPTV_Auth", "ValidAuthenticationHWCTC.jsp result=0 userGroup=gd_hd_03 area=020")
    lg(2044, "I", "EPG", "load portal /EPG/jsp/gdhdpublic/Ver.3/index.jsp cost=412ms")
    for ch in [("CCTV-1高清", 12), ("广东卫视高清", 31), ("珠江频道", 44)]:
        lg(2101, "I", "MediaPlayer", "channel %s play igmp://" % ch[0],
           NEG("239.253.64.%d" % ch[1]), ":5140 join ok")
    lg(2101, "W", "MediaPlayer", "rtsp://", NEG(NE["EPG"]), ":554/PLTV/88888888/224/3221225"
       "%03d/10000100000000060000000001%06d_0.smil buffering" % (R.randint(0, 999),
                                                                R.randint(0, 999999)))
    lg(2230, "I", "Tr069Client", "Inform to http://", NEG(NE["STBACS"]), ":37021/acs 2 PERIODIC ok")
    lg(2230, "D", "Tr069Client", "ConnectionRequest auth user=stbcpe pass=",
       (tok(10), CRED), " realm=HuaweiHomeGateway")
    lg(2044, "E", "IPTV_Auth", "heartbeat timeout, relogin UserID=itv", (h.acct_num, PH),
       ", bind tel=", NEG(mask_mob(h.mob)))
    lg(1901, "W", "NetManager", "eth0 link down, retry in 5s")
    lg(1901, "I", "NetManager", "net_mode switch to PPPoE, user=", acct_parts(h), " pwd=",
       (h.ppp_pw, CRED))
    lg(1901, "I", "NetManager", "ppp0 up local=", (h.wan_ip, IP), " remote=",
       NEG(".".join(h.wan_ip.split(".")[:3]) + ".1"))
    lg(1901, "I", "WifiService", "wlan0 connected SSID=%s BSSID=" % h.ssid,
       (fmt_mac(h.ont_mac, "colon"), MAC), " rssi=-52")
    lg(1834, "I", "UpgradeSvc", "check upgrade http://", NEG(NE["STBACS"]),
       ":8080/upgrade?ver=V100R003C31LGDE03B112&model=EC6108V9 -> latest")


# =========================================================================== 7 IPTV export CSV

def f_iptv(d):
    crow(d, ["业务账号", "用户姓名", "绑定手机", "STBID", "机顶盒MAC", "机顶盒IP", "装机地址",
             "开户日期", "产品包", "状态", "电子邮箱"])
    pk = ["天翼高清-基础包", "天翼高清-超清包", "天翼高清-4K影视包", "天翼高清-少儿包"]
    for i, h in enumerate(HHS[:20]):
        if h.acct_num:
            acc = ["itv", (h.acct_num, PH)]
        else:
            acc = "itv" + h.acct_plain
        masked = i % 7 == 4
        mob = NEG(mask_mob(h.mob)) if masked else ph_mob(h.mob, ["plain", "plain", "sp", "+86"])
        crow(d, [acc, (h.name, N), mob, NEG(h.stb_id),
                 (fmt_mac(h.stb_mac, R.choice(["COLON", "colon", "DASH"])), MAC),
                 (h.stb_ip, IP) if i % 5 else "", (h.addr, ADDR),
                 "20%02d-%02d-%02d" % (R.randint(18, 24), R.randint(1, 12), R.randint(1, 28)),
                 R.choice(pk), R.choice(["正常", "正常", "正常", "欠费停机", "报停"]),
                 (h.email, EM) if i % 3 == 0 else ""])


# =========================================================================== 8 work orders

def f_orders(d):
    seq = [R.randint(300, 500)]

    def head(kind, typ, ts, chan):
        seq[0] += R.randint(3, 40)
        d.ln("=" * 64)
        d.ln("工单号：", NEG("%s-GZ-20240703-%06d" % (kind, seq[0])), "    工单类型：%s    状态：%s" % (
            typ, R.choice(["已回单", "施工中", "已派单"])))
        d.ln("受理时间：2024-07-%s    受理渠道：%s    受理工号：gz_yyt_%04d" % (
            ts, chan, R.randint(100, 999)))

    def eng(e):
        return ["装维人员：", e["nick"], "（", NEG(e["name"]), "，工号", e["id"], "，手机 ",
                ph_mob(e["mob"], ["sp", "plain"]), "）"]

    # 1 new install, urban
    h, e = HHS[2], ENG[0]
    head("ZJ", "新装（FTTH宽带+天翼高清）", "01 10:23:41", "天河北营业厅")
    d.ln("客户姓名：", (h.name, N), "    证件类型：居民身份证    证件号码：", (h.ric, RID))
    d.ln("出生日期：", (cn_date(h.dob), DOB), "（实名登记）    联系电话：", ph_mob(h.mob, ["sp"]),
         "    备用电话：", (fmt_land(h.land, "dash"), PH))
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln("预约时间：2024-07-03 14:00-16:00    套餐：融合199元（1000M宽带+天翼高清+2张副卡）")
    d.ln("宽带账号：", acct_parts(h), "    初始密码：", (h.ppp_pw, CRED))
    d.ln("资源：%s %s ONT-ID %d  分光器 TH-TYBGY-FG03-1:8  VLAN %d/%d" % (
        h.olt, h.fsp, h.ontid, h.svlan, h.cvlan))
    d.ln(*eng(e))
    d.ln("回单：光猫SN ", NEG(h.sn), "  LOID ", NEG(h.loid), "  光猫MAC ",
         (fmt_mac(h.ont_mac, "COLON"), MAC), "  机顶盒MAC ", (fmt_mac(h.stb_mac, "DASH"), MAC))
    d.ln("Wi-Fi名称：%s    Wi-Fi密码：" % h.ssid, (h.wifi_pw, CRED), "    光猫超级密码已由ITMS下发")
    d.ln("装维备注：弱电箱位于玄关，光纤从楼道桥架引入；客户要求路由器放客厅。客户" +
         ("女儿" if HHS[22].sex == "F" else "儿子"),
         (HHS[22].name, N), "（手机 ", ph_mob(HHS[22].mob, ["plain"]), "）代为签收。")
    # 2 new install, rural, elderly
    h, e = HHS[14], ENG[3]
    head("ZJ", "新装（FTTH宽带300M）", "01 15:02:17", "清新太和支局")
    d.ln("客户姓名：", (h.name, N), "    证件号码：", (h.ric, RID), "    联系电话：",
         (fmt_land(h.land, "paren"), PH))
    d.ln("实名核验：人证比对通过，出生日期", (h.dob.strftime("%Y/%m/%d"), DOB), "，与证件一致。")
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln("宽带账号：", acct_parts(h), "    初始密码：身份证后六位    套餐：乡村宽带59元/月")
    d.ln(*eng(e))
    d.ln("装维备注：村口至客户家约400米，需新立杆2根；客户" +
         ("女儿" if HHS[23].sex == "F" else "儿子"), (HHS[23].name, N),
         "在外打工，由其代付费，手机", ph_mob(HHS[23].mob, ["+86sp"]), "。分光器位于村委会旁电杆，"
         "非客户地址。")
    # 3 new install with passport, plate
    h, e = HHS[20], ENG[0]
    pp = gen_passport()
    h.plate = gen_plate("A")
    head("ZJ", "新装（FTTH宽带500M+固话）", "02 09:41:03", "10000号")
    d.ln("客户姓名：", (h.name, N), "    证件类型：护照    证件号码：", (pp, PP),
         "（客户长期在外，身份证换领中）")
    d.ln("联系电话：", ph_mob(h.mob, ["+86"]), "    电子发票邮箱：", (h.email, EM))
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln("宽带账号：", acct_parts(h), "    固话：", (fmt_land(h.land, "plain"), PH),
         "（新装号码）")
    d.ln(*eng(e))
    d.ln("装维备注：小区门岗需登记，客户已为装维车辆预约访客车位；客户本人车辆",
         (h.plate, PLATE), "占用B2-118，联系物业总机", NEG("020-83338000"), "转。")
    # 4 fusion package: SIM, contract phone, old CDMA phone
    h, e = HHS[21], ENG[1]
    head("ZJ", "新装（融合套餐：宽带+主卡+副卡+合约机）", "02 11:20:55", "融合业务受理中心")
    d.ln("客户姓名：", (h.name, N), "    证件号码：", (h.ric, RID), "    生日：",
         (h.dob.strftime("%Y-%m-%d"), DOB))
    d.ln("联系电话：", ph_mob(h.ctmob, ["plain"]), "（主卡）    副卡ICCID：", (gen_iccid(), ICCID), "、",
         (gen_iccid(), ICCID))
    d.ln("合约机：华为 nova 12  IMEI ", (gen_imei(), IMEI), "    旧机（CDMA）MEID ", (gen_meid(), MEID),
         " 已回收")
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln("宽带账号：", acct_parts(h), "    宽带密码：", (h.ppp_pw, CRED), "    Wi-Fi密码：",
         (h.wifi_pw, CRED))
    d.ln(*eng(e))
    # 5 repair, LOS
    h, e = HHS[9], ENG[1]
    head("XZ", "修障（宽带无法上网，光猫LOS红灯）", "03 08:12:09", "10000号")
    d.ln("客户姓名：", (h.name, N), "    联系电话：", ph_mob(h.mob, ["dash"]), "    宽带账号：",
         acct_parts(h))
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln("故障现象：光猫LOS灯红闪，电视无信号。OLT %s gpon-onu_%s:%d 状态LOS，收光-40dBm。" % (
        h.olt, h.fsp, h.ontid))
    d.ln(*eng(e))
    d.ln("处理过程：07-03 10:40 到场，楼道光交箱FS-NH-GC-017（桂城街道灯湖东路8号旁，非客户地址）"
         "尾纤被装修工人剪断，重新熔接，收光-19.6dBm。")
    d.ln("处理结果：已恢复；客户手机 ", NEG(mask_mob(h.mob)), " 回访满意。")
    # 6 repair, rural, slow
    h, e = HHS[15], ENG[3]
    head("XZ", "修障（网速慢、晚上频繁掉线）", "03 09:05:33", "10000号")
    d.ln("客户姓名：", (h.name, N), "    联系电话：", ph_mob(h.mob, ["plain"]), "    宽带账号：",
         acct_parts(h))
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln(*eng(e))
    d.ln("处理过程：测速仅38M（签约300M），光猫WAN口IP ", (h.wan_ip, IP), "，BRAS ",
         NEG(NE["BRAS2"]), "无异常；家中Wi-Fi为2.4G单频，信道拥塞。")
    d.ln("更换为双频光猫，新SN ", NEG("HWTC" + hexs(8, True)), "，新MAC ",
         (fmt_mac(gen_mac("HW"), "hw"), MAC), "；Wi-Fi密码按客户要求设为 ", (h.wifi_pw, CRED), "。")
    d.ln("处理结果：已恢复，复测286M。")
    # 7 repair, IPTV
    h, e = HHS[5], ENG[2]
    head("XZ", "修障（天翼高清黑屏，提示认证失败10071）", "03 19:47:20", "10000号")
    d.ln("客户姓名：", (h.name, N), "    联系电话：", (fmt_land(h.land, "sp"), PH), " / ",
         ph_mob(h.mob, ["sp"]))
    d.ln("装机地址：", (h.addr, ADDR))
    d.ln("IPTV账号：itv", (h.acct_num, PH), "    机顶盒MAC ", (fmt_mac(h.stb_mac, "COLON"), MAC),
         "    STBID ", NEG(h.stb_id))
    d.ln(*eng(e))
    d.ln("处理过程：平台侧账号绑定旧机顶盒MAC，解绑后重新认证；IPTV密码重置为 ", (h.iptv_pw, CRED),
         "，机顶盒IP ", (h.stb_ip, IP), "。")
    d.ln("处理结果：已恢复。")


# =========================================================================== 9 dispatch SMS

def f_sms(d):
    crow(d, ["发送时间", "工单号", "接收号码", "短信内容", "状态", "通道"])
    clk = Clock(D0 + dt.timedelta(hours=8, minutes=30))
    seq = R.randint(500, 900)
    for i, h in enumerate([HHS[2], HHS[14], HHS[20], HHS[21], HHS[9], HHS[15], HHS[5], HHS[3],
                           HHS[11], HHS[16], HHS[24], HHS[6], HHS[13], HHS[25]]):
        e = ENG[i % 4]
        seq += R.randint(1, 30)
        t = clk.tick(30, 1800)
        title = "女士" if h.sex == "F" else "先生"
        rcv = ph_mob(h.mob, ["86", "plain", "plain"]) if i % 6 != 5 else NEG(mask_mob(h.mob))
        k = i % 4
        if k == 0:
            body = ["【中国电信】尊敬的", h.sur, title, "，您的宽带装机已预约，装维工程师", e["nick"],
                    "（", ph_mob(e["mob"], ["plain", "sp"]), "）将于7月%d日%d:00-%d:00上门，地址：" % (
                        R.randint(3, 5), R.choice([9, 14]), R.choice([11, 16])), (h.addr_s, ADDR),
                    "。如需改约请回复或致电10000。"]
        elif k == 1:
            body = ["【中国电信】", (h.name, N), "您好，您报修的宽带故障（账号", acct_parts(h),
                    "）已派单，工程师", e["nick"], "电话", ph_mob(e["mob"], ["dash", "plain"]),
                    "，请保持电话畅通。"]
        elif k == 2:
            body = ["【中国电信】您的宽带已开通，账号", acct_parts(h), "，初始密码", (h.ppp_pw, CRED),
                    "，Wi-Fi：%s，密码" % h.ssid, (h.wifi_pw, CRED), "。请及时修改密码。"]
        else:
            body = ["【中国电信】尊敬的客户，您位于", (h.addr_s, ADDR), "的宽带故障已修复，"
                    "如仍有问题请拨打10000，回复1-5对本次服务评价。"]
        crow(d, [t.strftime("%Y-%m-%d %H:%M:%S"), NEG("XZ%08d" % seq if k % 2 else "ZJ%08d" % seq),
                 rcv, body, R.choice(["DELIVRD", "DELIVRD", "DELIVRD", "UNDELIV"]),
                 "SMGW-GD-0%d" % R.randint(1, 3)])


# =========================================================================== 10 accounts CSV

def f_accounts(d):
    crow(d, ["账号", "客户姓名", "证件号码", "装机地址", "联系电话", "套餐", "到期日", "状态"])
    pk = ["FTTH-300M-59元", "FTTH-500M-99元", "FTTH-1000M-149元", "融合199元(1000M+天翼高清)",
          "融合129元(300M+主卡)"]
    hs = HHS[:]
    R.shuffle(hs)
    for i, h in enumerate(hs[:24]):
        if i == 7:
            rid = (gen_ric15(h.dob, h.sex), RID)
        elif i in (3, 15):
            rid = NEG(h.ric[:6] + "********" + h.ric[-4:])
        elif i == 19:
            rid = ["护照 ", (gen_passport(), PP)]
        elif i == 11:
            rid = (h.ric[:-1] + h.ric[-1].lower(), RID) if h.ric.endswith("X") else (h.ric, RID)
        else:
            rid = (h.ric, RID)
        k = i % 6
        if k == 0:
            tel = [ph_mob(h.mob, ["plain"])]
        elif k == 1:
            tel = [ph_land(h, ["dash"]), "/", ph_mob(h.mob, ["plain"])]
        elif k == 2:
            tel = [ph_mob(h.mob, ["+86sp", "+86dash"])]
        elif k == 3:
            tel = [ph_land(h, ["paren", "plain"])]
        elif k == 4:
            tel = [NEG(mask_mob(h.mob))]
        else:
            tel = [ph_mob(h.mob, ["sp", "dash"]), "; ", ph_land(h, ["plain"])]
        exp = dt.date(2024, 7, 1) + dt.timedelta(days=R.randint(0, 700))
        crow(d, [acct_parts(h), (h.name, N), rid, (h.addr, ADDR), tel,
                 "乡村宽带-100M-39元" if h.idx in range(14, 18) else R.choice(pk),
                 exp.strftime("%Y-%m-%d"), R.choice(["在用", "在用", "在用", "欠费", "拆机"])])


# =========================================================================== 11 payment callback

def f_pay(d):
    clk = Clock(D0 + dt.timedelta(hours=9))
    thr = "pay-notify-%d"

    def lg(lvl, cls, *parts):
        t = clk.tick(0.2, 400)
        d.ln(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d %-5s [%s] %s - " % (
            t.microsecond // 1000, lvl, thr % R.randint(1, 8), cls), *parts)

    nc = "c.t.g.bss.pay.NotifyController"
    ad = "c.t.g.bss.pay.AutoDebitService"
    for i, h in enumerate([HHS[3], HHS[8], HHS[16], HHS[24], HHS[6], HHS[11], HHS[19], HHS[0]]):
        card = gen_card()
        t = clk.t
        order = "KDXF" + t.strftime("%Y%m%d%H%M") + neg_digits(6)
        amt = R.choice(["588.00", "1200.00", "708.00", "1788.00", "59.00", "149.00"])
        k = i % 4
        if k == 0:
            lg("INFO", nc, 'recv notify channel=UNIONPAY_QUICK body={"orderNo":"', NEG(order),
               '","bizAccount":"', acct_parts(h), '","amount":"%s","payTime":"%s",' % (
                   amt, t.strftime("%Y%m%d%H%M%S")), '"cardNo":"', NEG(mask_card(card)),
               '","bankName":"%s","queryId":"' % bank_of(card), NEG(neg_digits(21, "6224")),
               '","respCode":"00"}')
            lg("INFO", nc, "verify sign ok orderNo=", NEG(order),
               " renew 12个月 to %s, notify sms to " % (dt.date(2025, R.randint(7, 12), 28)),
               NEG(mask_mob(h.mob)))
        elif k == 1:
            lg("INFO", ad, '[autodebit] sign contract req={"custName":"', (h.name, N),
               '","idType":"01","idNo":"', (h.ric, RID), '","cardNo":"', (card, BC),
               '","mobile":"', (h.mob, PH), '","account":"', acct_parts(h),
               '","limitPerMonth":"%s"}' % amt)
            lg("INFO", ad, "[autodebit] sign ok protocolNo=", NEG("AD" + neg_digits(20)),
               " card tail 尾号", NEG(card[-4:]), " bank=%s" % bank_of(card))
        elif k == 2:
            lg("WARN", ad, "[autodebit] deduct failed account=", acct_parts(h), " cardNo=",
               (fmt_card(card), BC), " holder=", (h.name, N), " resp=51 余额不足, retry at 20:00")
            lg("INFO", ad, "[autodebit] send reminder to ", ph_mob(h.mob, ["plain"]),
               " e-invoice to ", (h.email, EM))
        else:
            lg("INFO", nc, "recv notify channel=WECHAT_PAY out_trade_no=", NEG(order),
               " transaction_id=", NEG("42000" + neg_digits(23)), " total_fee=%d account=" % int(
                   float(amt) * 100), acct_parts(h), " openid=o%s" % tok(27))
            lg("ERROR", nc, "duplicate notify ignored out_trade_no=", NEG(order),
               " payer masked card ", NEG(mask_card(card, 1)))
    lg("INFO", nc, "batch reconcile 2024-07-02 done: total=%d success=%d amount=%s" % (
        R.randint(3000, 5000), R.randint(2900, 2999), "%d.%02d" % (R.randint(10 ** 5, 10 ** 6),
                                                                  R.randint(0, 99))))


# =========================================================================== 12 CS case

def f_cs(d):
    h = HHS[4]   # plain (non-phone) account
    h2 = [x for x in HHS[18:] if x.sex != h.sex][0]
    sp1, sp2 = ("老公", "丈夫") if h.sex == "F" else ("老婆", "妻子")
    agent = "小翼（gz_kf_0452）"
    d.ln("会话ID：", NEG("CS20240703" + neg_digits(8)), "    渠道：中国电信APP在线客服    "
         "开始：2024-07-03 20:15:02    技能组：宽带故障")
    clk = Clock(D0 + dt.timedelta(hours=20, minutes=15, seconds=2))

    def say(who, *parts):
        t = clk.tick(8, 70)
        d.ln("[%s] %s：" % (t.strftime("%H:%M:%S"), who), *parts)

    say("系统", "您好，欢迎使用中国电信在线客服，请问有什么可以帮您？")
    say("客户", "家里宽带从下午四点断到现在，光猫LOS灯一直红色闪！！")
    say("客服-" + agent, "非常抱歉给您带来不便，请提供宽带账号或装机电话。")
    say("客户", "宽带账号", acct_parts(h), "，装机电话", (fmt_land(h.land, "fw"), PH))
    say("客服-" + agent, "为核实身份，请提供机主姓名及身份证后六位。")
    say("客户", (h.name, N), "，后六位", NEG(h.ric[-6:]))
    say("客服-" + agent, "请问装机地址是", NEG(h.addr_s[:6] + "****"), "吗？")
    say("客户", "对，", (h.addr, ADDR), "。")
    say("客服-" + agent, "系统显示您所在片区%s的PON口%s因市政施工光缆中断，抢修中，预计22:00前"
        "恢复。" % (h.olt, h.fsp))
    say("客户", "我在家办公，明早九点要开会，能不能留个工程师电话？我手机", ph_mob(h.mob, ["+86sp"]),
        "，或者打我%s" % sp1, (h2.name, N), "的", ph_mob(h2.mob, ["dash"]))
    say("客服-" + agent, "已为您登记修障工单", NEG("XZ-GZ-20240703-" + neg_digits(6)),
        "，工程师会联系您。如需帮助也可拨打10000。")
    say("客户", "还有，上次装维师傅把Wi-Fi密码改成了", (h.wifi_pw, CRED), "，能不能帮我改回来？"
        "光猫背面的useradmin密码", (h.uadmin, CRED), "登不进去。")
    say("客服-" + agent, "出于安全考虑请勿在对话中发送密码，建议登录", NEG(NE["LANGW"]),
        "自行修改，或由工程师上门处理。")
    say("客户", "好吧。另外邮箱", (h.email, EM), "上个月没收到电子发票。")
    say("客服-" + agent, "已为您补发至该邮箱，请注意查收。")
    say("系统", "会话已结束，满意度：不满意（原因：故障恢复慢）")
    d.ln("")
    d.ln("—— 附件1：客户来信（2024-07-05 扫描件转录） ——")
    d.ln("致中国电信广州分公司客户服务中心：")
    d.ln("")
    permit = gen_permit()
    h.plate = gen_plate("A")
    d.ln("  我叫", (h.name, N), "，是贵公司宽带用户（账号", acct_parts(h), "），家住", (h.addr, ADDR),
         "。7月3日下午家中宽带中断近七小时，客服只说“抢修中”，没有任何短信通知。")
    d.ln("  更让我不能接受的是，7月1日贵公司装维人员未经预约上门，当时我本人在澳门出差（往来港澳通行证",
         (permit, HKP), "，出入境记录可查），家中只有老人，工程师拿走了旧光猫（SN ",
         NEG("HWTC" + hexs(8, True)), "），还把施工车辆停在我的车位，导致我家车", (h.plate, PLATE),
         "无法进出。")
    d.ln("  另外，我发现你们的回单上写着我的身份证号码", (h.ric, RID), "和Wi-Fi密码，"
         "回单被工程师随手留在楼道光交箱上，存在个人信息泄露风险。")
    d.ln("  请贵公司：一、减免7月月租；二、说明回单的处理方式；三、对相关人员进行处理。")
    d.ln("")
    d.ln("  联系人：", (h.name, N), "    手机：", ph_mob(h.mob, ["dash"]), "    邮箱：", (h.email, EM))
    d.ln("  备用联系人：", (h2.name, N), "（%s）" % sp2, ph_mob(h2.mob, ["plain"]))
    d.ln("                                                  2024年7月5日")
    d.ln("")
    d.ln("—— 处理意见（gz_ts_0031）：转装维中心核查回单管理，7月月租减免50%，已电话回复客户 ",
         NEG(mask_mob(h.mob)), "。公司地址：广州市越秀区中山五路219号（不属于客户信息）。")


# =========================================================================== 13 DHCP opt82

def f_dhcp(d):
    clk = Clock(D0 + dt.timedelta(hours=6, minutes=30))
    host = "gz-ipoe-dhcp01"
    pid = 2211
    relay = {}

    def lg(*parts):
        t = clk.tick(0.01, 90)
        d.ln(t.strftime("%b %e %H:%M:%S ") + "%s dhcpd[%d]: " % (host, pid), *parts)

    for i, h in enumerate(HHS[:3] + HHS[8:11] + HHS[18:20]):
        rly = relay.setdefault(h.olt, "10.%d.%d.1" % (R.randint(210, 223), R.randint(0, 255)))
        mac = fmt_mac(h.stb_mac, "colon")
        cid = "%s pon %s/%d:%d.%d" % (h.olt, h.fsp, h.ontid, 46, h.cvlan)
        lg("DHCPDISCOVER from ", (mac, MAC), " via ", NEG(rly))
        lg("DHCPOFFER on ", (h.stb_ip, IP), " to ", (mac, MAC), " (EC6108V9) via ", NEG(rly))
        lg("DHCPREQUEST for ", (h.stb_ip, IP), " (", NEG(NE["DHCP"]), ") from ", (mac, MAC),
           " (EC6108V9) via ", NEG(rly))
        if i == 5:
            lg("DHCPNAK on ", (h.stb_ip, IP), " to ", (mac, MAC), " via ", NEG(rly),
               ": option60 auth failed")
            continue
        lg("DHCPACK on ", (h.stb_ip, IP), " to ", (mac, MAC), " (EC6108V9) via ", NEG(rly))
        lg('IPOE-82 lease ', (h.stb_ip, IP), ' mac ', (mac, MAC), ' circuit-id "%s" remote-id "'
           % cid, NEG(h.loid), '" vendor-class "HuaweiSTB-EC6108V9"')
    lg("balanced pool ", NEG("10.210.0.0"), "/16 total 65024  free 8113  backup 0")


# =========================================================================== 14 speedtest

def f_speed(d):
    clk = Clock(D0 + dt.timedelta(hours=20))
    for i, h in enumerate(HHS[:8] + HHS[14:18] + HHS[20:26]):
        t = clk.tick(30, 1500)
        k = i % 4
        sv = R.choice([("广州电信-天河", NE["SPEED1"]), ("广州电信-越秀", NE["SPEED2"])])
        bw = R.choice([300, 500, 1000])
        parts = ['{"testId":"ST', NEG(t.strftime("%Y%m%d%H%M%S") + neg_digits(6)),
                 '","ts":"%s","account":"' % t.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                 acct_parts(h), '","userIp":"', (h.wan_ip, IP), '"']
        if k == 1:
            parts += [',"userIpv6":"', (h.v6pd + "%x:%x:%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff),
                                                                 R.randint(1, 0xffff)), IP), '"']
        parts += [',"bandwidth":%d,"downMbps":%.1f,"upMbps":%.1f,"latencyMs":%d,"server":{"name":'
                  '"%s","ip":"' % (bw, bw * R.uniform(0.3, 0.97), bw * R.uniform(0.05, 0.12),
                                   R.randint(3, 40), sv[0]), NEG(sv[1]), '"}']
        if k == 0:
            parts += [',"client":{"type":"app","os":"Android 14","net":"wifi","bssid":"',
                      (fmt_mac(h.ont_mac, "colon"), MAC), '"},"lat":', (h.lat, COORD), ',"lon":',
                      (h.lon, COORD)]
        elif k == 1:
            parts += [',"client":{"type":"web","ua":"Chrome/126"},"location":"',
                      ("%s,%s" % (h.lat, h.lon), COORD), '"']
        elif k == 2:
            parts += [',"client":{"type":"hgw","model":"HG8145C","wanMac":"',
                      (fmt_mac(h.ont_mac, "BARE"), MAC), '"}']
        else:
            eci = R.randint(0x10000, 0xFFFFF) * 256 + R.randint(1, 6)
            parts += [',"client":{"type":"app","os":"iOS 17","net":"4G","compare":true,"eci":"',
                      (str(eci), CELL), '","tac":%d},"geo":{"lat":"' % R.randint(9000, 60000),
                      (h.lat, COORD), '","lng":"', (h.lon, COORD), '"}']
        parts.append("}")
        d.ln(*parts)


# --------------------------------------------------------------------------- driver / checks

FILES = [
    ("olt_batch_collect_20240703.log", f_olt),
    ("bras_me60_20240703.log", f_bras),
    ("radacct_gz-th-bras01_detail-20240703", f_radius),
    ("itms_tr069_param_export_20240703.xml", f_itms),
    ("hgw_zxhn_f650_db_user_cfg.xml", f_hgw),
    ("iptv_stb_logcat_20240703.txt", f_stb),
    ("iptv_user_export_20240703.csv", f_iptv),
    ("ftth_work_orders_202407.txt", f_orders),
    ("dispatch_sms_log_20240703.csv", f_sms),
    ("broadband_accounts_export_20240703.csv", f_accounts),
    ("kd_renew_pay_callback_20240703.log", f_pay),
    ("cs_case_outage_20240703.txt", f_cs),
    ("dhcpd_ipoe_opt82_20240703.log", f_dhcp),
    ("speedtest_results_20240703.jsonl", f_speed),
]

PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                      r"[A-HJ-NP-Z]·?(?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
NETWORK_IPS = set(NE.values())


def norm_phone(v):
    dg = re.sub(r"[ \-+()（）]", "", v.translate(FW_BACK))
    intl = False
    if dg.startswith("0086"):
        dg, intl = dg[4:], True
    elif v.lstrip().startswith("+86") or (dg.startswith("86") and len(dg) == 13):
        dg, intl = dg[2:], True
    if intl and not dg.startswith("1"):
        dg = "0" + dg
    return dg


def check_value(typ, v):
    """Assert each labelled value is what it claims to be."""
    if typ == PH:
        dg = norm_phone(v)
        assert is_mobile(dg) or LAND_RE.fullmatch(dg), v
        assert dg not in ("10000", "10086", "10010"), v
    elif typ == RID:
        assert ric_ok(v), v
    elif typ == BC:
        dg = v.replace(" ", "")
        assert any(dg.startswith(b) and len(dg) == n for b, n, _ in BANK_BIN) and luhn_ok(dg), v
    elif typ == ICCID:
        assert v.startswith("8986") and len(v) == 20 and luhn_ok(v), v
    elif typ == IMEI:
        assert len(v) == 15 and v[:8] in TACS and luhn_ok(v), v
    elif typ == MEID:
        assert re.fullmatch(r"A[01][0-9A-F]{12}", v), v
    elif typ == IP:
        a = ipaddress.ip_address(v)
        assert v not in NETWORK_IPS and not a.is_multicast, v
        if a.version == 6:
            assert v.startswith("240e:"), v
    elif typ == MAC:
        assert len(re.sub(r"[^0-9A-Fa-f]", "", v)) == 12 and \
            re.fullmatch(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|"
                         r"[0-9a-f]{4}([.-])[0-9a-f]{4}\2[0-9a-f]{4}|[0-9A-Fa-f]{12}", v), v
        assert re.sub(r"[^0-9a-f]", "", v.lower()) != BRAS_MAC, v
    elif typ == CELL:
        assert v.isdigit() and 2 ** 16 < int(v) < 2 ** 28, v
    elif typ == COORD:
        for x in re.split(r",\s?", v):
            f = float(x)
            assert 21 < f < 25 or 111 < f < 116, v
    elif typ == CRED:
        assert len(v) >= 5 and "*" not in v and v == v.strip(), v
    elif typ == DOB:
        assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/]\d\d[-/]\d\d", v), v
    elif typ == PP:
        assert re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", v), v
    elif typ == HKP:
        assert re.fullmatch(r"C\d{8}", v), v
    elif typ == PLATE:
        assert PLATE_RE.fullmatch(v), v
    elif typ == EM:
        assert EMAIL_RE.fullmatch(v), v
    elif typ == N:
        assert 2 <= len(v) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in v), v
        assert v in _names and v not in [e["name"] for e in ENG], v
    elif typ == ADDR:
        assert re.search(r"(室|房|号|\d)$", v) and re.search(r"(路|道|镇|村|街)", v), v
    else:
        raise AssertionError("unexpected type %s" % typ)


DIGRUN = re.compile(rb"(?<![\d])\d+[Xx]?(?![\d])")
IPV4_RE = re.compile(rb"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
V6_RE = re.compile(rb"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
MAC_RE = re.compile(rb"(?<![0-9A-Fa-f:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}"
                    rb"[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}([.-])[0-9A-Fa-f]{4}\2[0-9A-Fa-f]{4})"
                    rb"(?![0-9A-Fa-f:.-])")
SEP_MOB = re.compile(r"(?<!\d)1[3-9]\d[ -]\d{4}[ -]\d{4}(?!\d)")
SEP_LAND = re.compile(r"(?<!\d)[(（]?0(?:20|755|757|758|763|769)[)） -]{1,2}[2-8]\d{3} ?\d{4}(?!\d)")
FW_RUN = re.compile(r"[０-９]{7,}")
COORD_RE = re.compile(r"(?<![\d.])(?:2[1-4]|11[1-5])\.\d{4,}")


def self_check(doc, data):
    """Identifier look-alikes written but neither labelled nor a deliberate negative."""
    spans = [(s, e) for s, e, _, _ in doc.labels] + [(s, e) for s, e, _ in doc.negs]

    def covered(a, b):
        return any(s <= a and b <= e for s, e in spans)

    probs = []
    for m in DIGRUN.finditer(data):
        if covered(m.start(), m.end()):
            continue
        g = m.group().decode()
        bad = digit_lookalike(g.upper())
        if bad:
            probs.append((bad, g))
    for m in IPV4_RE.finditer(data):
        if all(int(x) <= 255 for x in m.groups()) and not covered(m.start(), m.end()):
            probs.append(("ipv4", m.group()))
    for m in V6_RE.finditer(data):
        g = m.group().decode()
        if len(g) < 6 or covered(m.start(), m.end()):
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        probs.append(("ipv6", g))
    for m in MAC_RE.finditer(data):
        if not covered(m.start(), m.end()):
            probs.append(("mac", m.group()))
    for m in EMAIL_RE.finditer(data.decode()):
        if m.group().endswith("@163.gd"):
            continue        # broadband account (realm 163.gd), not an e-mail address
        a = len(data.decode()[:m.start()].encode())
        if not covered(a, a + len(m.group().encode())):
            probs.append(("email", m.group()))
    text = data.decode()

    def cov_str(m):
        a = len(text[:m.start()].encode())
        return covered(a, a + len(m.group().encode()))

    for rx, kind in [(PLATE_RE, "plate"), (SEP_MOB, "mobile-sep"), (SEP_LAND, "landline-sep"),
                     (FW_RUN, "fullwidth"), (COORD_RE, "coord")]:
        for m in rx.finditer(text):
            if not cov_str(m):
                probs.append((kind, m.group()))
    # every occurrence of a labelled value (or of any subscriber name) must be labelled
    vals = set(v for _, _, t, v in doc.labels if t not in (CRED, DOB, CELL, COORD) or len(v) >= 8)
    vals |= set(n for n in _names if n not in [e["name"] for e in ENG])
    for v in sorted(vals):
        b = v.encode()
        i = data.find(b)
        while i >= 0:
            j = i + len(b)
            edge_ok = True
            if v.isascii():
                prev = data[i - 1:i]
                nxt = data[j:j + 1]
                edge_ok = not (prev.isalnum() or prev in (b".", b":")) and \
                    not (nxt.isalnum() or nxt in (b".", b":") and data[j + 1:j + 2].isalnum())
            if edge_ok and not covered(i, j):
                probs.append(("repeat", v))
            i = data.find(b, i + 1)
    return probs


def validate_format(fname, data):
    """The files must parse in their own formats."""
    text = data.decode("utf-8")
    if fname.endswith(".xml"):
        ET.fromstring(data)
    elif fname.endswith(".jsonl"):
        for line in text.splitlines():
            json.loads(line)
    elif fname.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text)))
        assert len(set(len(r) for r in rows)) == 1, fname


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    all_labels, failed, written = [], False, {}
    for fname, fn in FILES:
        doc = Doc(fname)
        fn(doc)
        data = bytes(doc.buf)
        validate_format(fname, data)
        with open(os.path.join(args.out, fname), "wb") as f:
            f.write(data)
        written[fname] = data
        for s, e, typ, val in doc.labels:
            check_value(typ, val)
            assert val == val.strip() and val, (fname, val)
        srt = sorted(doc.labels)
        for x, y in zip(srt, srt[1:]):
            assert x[1] <= y[0], (fname, x, y)
        probs = self_check(doc, data)
        for p in probs[:40]:
            print("UNLABELLED LOOK-ALIKE %s: %s %r" % (fname, p[0], p[1]), file=sys.stderr)
        failed |= bool(probs)
        all_labels.extend((fname, s, e, typ, val) for s, e, typ, val in doc.labels)
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for fname, s, e, typ, _ in all_labels:
            f.write(json.dumps({"file": fname, "start": s, "end": e, "type": typ}) + "\n")
    # re-read every file and compare each labelled slice with the intended value
    cache = {}
    for fname, s, e, typ, val in all_labels:
        if fname not in cache:
            with open(os.path.join(args.out, fname), "rb") as f:
                cache[fname] = f.read()
        got = cache[fname][s:e].decode("utf-8")
        assert got == val, (fname, s, e, typ, got, val)
    with open(os.path.join(args.out, "labels.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(x) for x in f]
    assert len(rows) == len(all_labels)
    for r in rows:
        assert r["type"] in TYPES and r["end"] > r["start"] and r["file"] in written
    counts, per_file = {}, {}
    for fname, _, _, typ, _ in all_labels:
        counts[typ] = counts.get(typ, 0) + 1
        per_file[fname] = per_file.get(fname, 0) + 1
    lines = 0
    for fname, _ in FILES:
        nl = written[fname].count(b"\n")
        lines += nl
        print("%-40s %4d lines %4d labels" % (fname, nl, per_file.get(fname, 0)))
    for typ in sorted(counts):
        print("%-26s %5d" % (typ, counts[typ]))
    print("total %d labels in %d files, %d lines" % (len(all_labels), len(FILES), lines))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
