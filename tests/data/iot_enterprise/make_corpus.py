#!/usr/bin/python3
"""Labelled test corpus: an operator's IoT-card and government/enterprise (政企) business.

A fictitious China Mobile provincial branch (Zhejiang) sells IoT connectivity (OneLink-style
CMP platform, PLMN 460-04 / 460-08 IoT cards) and enterprise services (行业短信, 400 number /
cloud PBX, internet dedicated lines) to enterprise customers: a children's-smartwatch maker, a
car T-Box supplier, a water-meter company, a shared e-bike operator, a logistics fleet, a POS
payment company, an agriculture-sensor company and a manufacturer on a dedicated line.  Cards
sold on to individuals (watches, cars, small merchants) carry the end user's identity.  All
people, numbers, keys and addresses are invented.

Files
-----
onelink_card_export_20240620.csv     CMP card export (Chinese header): ICCID, IMSI, MSISDN (13-digit
                                     IoT number or 11-digit data-card number), card status, bound
                                     IMEI (机卡绑定), APN, package, customer, end user's name / ID /
                                     mobile; remarks with a watch wearer's birthday or a car plate.
cmp_openapi_gateway_20240620.log     CMP open-API gateway access log: get/token (appid + password ->
                                     token), sim-basic-info, sim-status, change/sim-status, sim-imei,
                                     gprs session (card IP), position-location (lat / lon fields),
                                     cell-info (lac + cellId, tac + eci); JSON requests / responses.
jkfl_alarm_20240620.log              machine-card separation (机卡分离) detector: bound vs. current IMEI
                                     (15-digit, 14-digit without check digit, 16-digit IMEISV), CGI,
                                     auto-suspend, SMS notice to the customer's contact, whitelists.
traffic_pool_usage_202406.csv        traffic-pool (流量池) usage per card and per pool.
sms_signature_template_audit.csv     行业短信 signature / template approval export: template text
                                     with ${variables}, applicant enterprise and its applicant.
sms_send_log_20240620.log            行业短信 gateway log: SUBMIT (recipients, variables JSON, rendered
                                     text with names, verification codes, initial passwords, order
                                     numbers), status reports, MO replies, blacklist hits.
vpbx_400_call_log_20240620.csv       400-number / cloud-PBX call detail export: caller numbers (mobile,
                                     landline, +86), answering extension and agent, forwarding to
                                     agents' mobiles, recording file names containing the caller.
vpbx_extension_directory.csv         extension directory: employee, department, mobile, mailbox, desk
                                     phone MAC, SIP account and password.
dedicated_line_order_ZJDL20240620017.txt  internet dedicated-line order: enterprise, contacts (name,
                                     mobile, landline, email, ID for real-name registration), site
                                     address, public IPv4 / IPv6 allocation, PE-CE interconnect, DNS.
iot_realname_responsible_export.csv  enterprise IoT-card real-name responsible-person (责任人) export:
                                     name, document type / number (ID, passport, HK-Macau permit,
                                     residence permit), birth date, mobile, home address, ICCID
                                     ranges; the enterprise's office address beside it.
iot_contract_excerpt_pdftotext.txt   `pdftotext -layout` excerpt of an IoT service contract: parties,
                                     legal representatives, contacts, settlement account, card list
                                     appendix, page footers and form feeds.
am_weekly_report_2024W25.md          account manager's weekly report (Chinese markdown): visits,
                                     customer contacts, full-width punctuation, spaced numbers.
email_thread_card_recovery.eml       e-mail thread with a customer about cards suspended by the
                                     machine-card check: headers, quoted replies, signatures, lists of
                                     ICCID / IMEI / MEID pairs, role mailboxes.
crm_workorders_202406.txt            CRM work orders: data-usage anomaly tickets (card, IMEI, card IP,
                                     ECI / ECGI, coordinates, destination servers) and 催缴 records.

Every identifier is valid by construction: resident IDs carry a real GB/T 2260 region code (a
few abolished ones, and an 81xxxx HK/Macau residence permit), a valid birth date and the GB 11643
MOD 11-2 check character; IMEIs are Luhn-valid on real TACs (14-digit and 16-digit IMEISV forms
share the TAC); IMSIs are 460 + an allocated MNC + 10 digits; mobiles use allocated prefixes;
13-digit IoT numbers start 1440 / 10648 (China Mobile), 10646 (Unicom), 1410 / 10649 (Telecom);
ICCIDs are 8986 + 15-16 characters (20 digits with Luhn, 19 digits, or with a letter); bank cards
are Luhn-valid on real BINs; Unified Social Credit Codes carry valid organisation-code and GB 32100
check characters (and are NOT labelled).

labels.jsonl: one object per line {"file", "start", "end", "type"}; start / end are UTF-8 byte
offsets, end exclusive.  Offsets are recorded while each file is written; at the end every
label's bytes are compared with the intended value, each value is re-validated, and the files are
scanned for unlabelled look-alikes (mobiles, IoT numbers, IMSI, IMEI, ICCID, IDs, cards, IPs,
MACs, e-mails, plates, coordinates, landlines) that are not deliberate negatives.

Label conventions
-----------------
* PHONE_NUMBER: mobiles and private landlines as written (+86 / 0086 / 86 prefixes, spaces,
  dashes, brackets and full-width digits included); a named person's landline with its area code.
  13-digit IoT numbers (物联网号码, 1440... / 10648... / 10646... / 1410...) ARE labelled, also
  inside a recording file name.  NOT labelled: 400 / 800 numbers, company switchboards (总机),
  service numbers (10086, 10085, 95xxx), SMS access codes (1065..., 1069...), extensions, masked
  numbers (139****2233).
* ICCID_NUMBER, IMSI_ID, IMEI_HARDWARE_ID, MEID: the value as written, for every card and device
  (enterprise-owned or personal), in CSV cells, JSON, key=value logs and prose.  Start / end ICCIDs
  of a range are labelled each.  An all-zero IMEI reported by a broken module is NOT labelled.
* CELL_ID: the value under a cell key (ci / cellId / CI / ECI / eci) or a whole CGI / ECGI string
  (CGI 460-00-22817-41235, ECGI 460-00-647325-2).  LAC / TAC alone, PCI, EARFCN are NOT labelled.
* LOCATION_COORDINATES: "lat,lng" written as one value = one label; separate lat / lon fields = one
  label each.
* IP_ADDRESS: addresses of the customer or its cards: card (PDP) session IPs, enterprise servers'
  source IPs calling the API / SMS platform, customer-assigned public IPv4 addresses (block
  address and usable host addresses, each as written without "/29"), the customer's IPv6 prefix
  (without "/56"), the CE-side interconnect address.  Operator infrastructure (platform nodes,
  upstreams, PE side, gateway, DNS servers) and Internet servers a card talked to are NOT labelled.
* MAC_ADDRESS: any device MAC as written (desk phones, CPEs, watches).
* CREDENTIAL: the secret value only: API passwords, access tokens, app secrets, SIP passwords,
  SMS-platform account passwords, verification codes and initial passwords inside SMS text or
  template variables.  Key names, appids, appKeys (public ids), request signatures, masked
  passwords (******) are NOT labelled.
* PERSON_NAME: individual people by full name (end users, watch wearers, car owners, merchants,
  contacts, applicants, responsible persons, legal representatives, agents and employees,
  account managers), Chinese or pinyin form, each occurrence.  Company names, brand / signature
  names (【童伴手表】), surname + title (王女士, 陈经理, 张工) and masked names (周*) are NOT.
* STREET_ADDRESS: a person's home / residence address whole, from the first place name to the
  room number.  Enterprise, office, installation-site, machine-room and business-hall addresses
  are NOT labelled.
* EMAIL_ADDRESS: personal and named employees' mailboxes.  Role mailboxes (iot-support@,
  noreply@, finance@, 10086@...) are NOT labelled.
* DATE_OF_BIRTH: birth dates only (出生日期 column, "...出生", 生日).
* CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT, BANK_CARD_NUMBER (spaces
  included), CHINA_LICENSE_PLATE (with or without "·"): the value as written.
* NOT labelled (negatives): enterprise names, Unified Social Credit Codes, 集团编码 customer codes,
  contract / order / circuit / ticket / alarm / batch / message ids, transids, appids, APNs,
  package names, traffic-pool ids, meter numbers, VINs, device serials, settlement (对公) account
  numbers, amounts, volumes, timestamps, masked values, template ids, signature names, SMS
  access codes, 400 numbers, switchboards, LAC / TAC, version strings.

Usage: make_corpus.py [--out DIR]   (default: the script's own directory)
"""

import argparse
import datetime as dt
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = 2024062025
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
TYPES = [N, DOB, RID, PP, HKP, ADDR, PH, EM, BC, CRED, IMSI, IMEI, MEID, ICCID, MAC, IP, COORD,
         CELL, PLATE]

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
                    assert v, (self.name, t)
                    self.labels.append((s, len(self.buf), t, v))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf += str(p).encode("utf-8")

    def ln(self, *parts):
        self.w(*parts, "\n")


def NEG(v):
    return (v, None)


def plain(parts):
    """Concatenated text of a part / list of parts."""
    if parts is None:
        return ""
    if isinstance(parts, tuple):
        return parts[0]
    if isinstance(parts, list):
        return "".join(plain(p) for p in parts)
    return str(parts)


def csv_row(d, cells, sep=",", eol="\n"):
    """Write one CSV row; a cell is quoted (RFC 4180) when it holds sep, a quote or a newline."""
    for i, c in enumerate(cells):
        if i:
            d.w(sep)
        txt = plain(c)
        if any(x in txt for x in (sep, '"', "\n")):
            d.w('"')
            for p in (c if isinstance(c, list) else [c]):
                if isinstance(p, tuple):
                    assert '"' not in p[0]
                    d.w(p)
                else:
                    d.w(str(p).replace('"', '""'))
            d.w('"')
        else:
            d.w(c)
    d.w(eol)


class Sv:
    """A JSON string made of plain parts and (value, TYPE) parts."""

    def __init__(self, *parts):
        self.parts = parts


class Nv:
    """A raw JSON number literal, labelled (or a negative when typ is None)."""

    def __init__(self, text, typ):
        self.text, self.typ = text, typ


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(d, o, sep=(",", ":")):
    """Compact JSON (Java / fastjson style) with labelled leaves."""
    if isinstance(o, tuple):
        o = Sv(o)
    if isinstance(o, Sv):
        d.w('"')
        for p in o.parts:
            if isinstance(p, tuple):
                assert jesc(p[0]) == p[0], p
                d.w(p)
            else:
                d.w(jesc(p))
        d.w('"')
    elif isinstance(o, Nv):
        d.w((o.text, o.typ))
    elif isinstance(o, dict):
        d.w("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                d.w(sep[0])
            d.w(json.dumps(k, ensure_ascii=False) + sep[1])
            jemit(d, v, sep)
        d.w("}")
    elif isinstance(o, list):
        d.w("[")
        for i, v in enumerate(o):
            if i:
                d.w(sep[0])
            jemit(d, v, sep)
        d.w("]")
    else:
        d.w(json.dumps(o, ensure_ascii=False))


# --------------------------------------------------------------------------- identifiers

DIG = "0123456789"
HEXL = "0123456789abcdef"
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
    s = "".join(R.choice(HEXL) for _ in range(n))
    return s.upper() if upper else s


def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


MOBILE_PFX = {
    "CMCC": ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158",
             "159", "172", "178", "182", "183", "184", "187", "188", "195", "197", "198"],
    "CU": ["130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196"],
    "CT": ["133", "153", "173", "177", "180", "181", "189", "191", "193", "199"],
}
ALLOCATED = set(["13%d" % i for i in range(10)] + ["145", "146", "147", "148", "149", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166"] +
                ["17%d" % i for i in range(9)] + ["18%d" % i for i in range(10)] +
                ["191", "193", "195", "196", "197", "198", "199"])
IOT_PFX = {"CMCC": ["1440", "10648"], "CU": ["10646"], "CT": ["1410", "10649"]}
IOT_ALL = ("1440", "10648", "10646", "1410", "10649")
IMSI_MNC = {"CMCC": ["04", "08"], "CMCC_P": ["00", "02", "07"], "CU": ["06", "01"],
            "CT": ["11", "03"]}
ALL_MNC = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "15", "20"]
AREA = {"杭州市": "0571", "宁波市": "0574", "温州市": "0577", "嘉兴市": "0573", "绍兴市": "0575"}


def is_mobile(s):
    return len(s) == 11 and s.isdigit() and s[:3] in ALLOCATED


def is_iot(s):
    return len(s) == 13 and s.isdigit() and s.startswith(IOT_ALL)


def gen_mobile(op=None):
    op = op or R.choice(["CMCC", "CMCC", "CMCC", "CU", "CT"])
    return uniq(lambda: R.choice(MOBILE_PFX[op]) + digits(8))


def gen_iot(op="CMCC"):
    def f():
        p = R.choice(IOT_PFX[op])
        return p + digits(13 - len(p))
    return uniq(f)


def fmt_mob(m, style):
    return {"plain": m, "86": "86" + m, "+86": "+86" + m, "0086": "0086" + m,
            "+86sp": "+86 %s %s %s" % (m[:3], m[3:7], m[7:]),
            "sp": "%s %s %s" % (m[:3], m[3:7], m[7:]),
            "dash": "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
            "+86dash": "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:]),
            "fw": "".join(chr(ord(c) + 0xFEE0) for c in m)}[style]


def mask(m):
    return m[:3] + "****" + m[7:]


def gen_landline(city):
    return uniq(lambda: AREA[city] + "-" + str(R.randint(2, 8)) + digits(7))


def gen_imsi(op="CMCC"):
    mnc = R.choice(IMSI_MNC[op])
    return uniq(lambda: "460" + mnc + digits(10))


# real TAC allocations (86: TAF / China, 35: BABT); the first group are IoT modules / watches
TACS = ["86170702", "86425104", "86606003", "86359603", "86891204", "86753203", "86936504",
        "86446205", "86769704", "86401806", "86813705", "86264305", "86057206", "86982505",
        "35209900", "35391110", "35467211", "35290611"]
MODULE_TACS = TACS[:14]


def gen_imei(tacs=None):
    def f():
        body = R.choice(tacs or MODULE_TACS) + digits(6)
        return body + luhn_digit(body)
    return uniq(f)


def gen_meid():
    return uniq(lambda: R.choice(["A0000049", "A1000031", "A100004F", "A000005A"]) +
                hexs(6, upper=True))


def gen_iccid(op="CMCC", style=None):
    """CMCC IoT: 898604 / 898608 (20 digits + Luhn, or with a letter in the issuer field);
    CU 898606; CT 898611 (19 or 20 digits)."""
    style = style or R.choice(["luhn", "luhn", "letter"])

    def f():
        if op == "CMCC":
            pfx = R.choice(["898604", "898608", "898607"])
            if style == "letter":
                return pfx + digits(2) + R.choice("ABCDEF") + digits(2) + R.choice("0123456789") \
                    + digits(8)
            body = pfx + digits(13)
            return body + luhn_digit(body)
        if op == "CU":
            body = "898606" + digits(13)
            return body + luhn_digit(body)
        if style == "19":
            return "898611" + digits(13)
        body = "898611" + digits(13)
        return body + luhn_digit(body)
    return uniq(f)


BANK_BIN = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19), ("622588", 16),
            ("623058", 19), ("622700", 19), ("621483", 16), ("436742", 19)]
BANK_NAME = {"622202": "中国工商银行", "621700": "中国建设银行", "622848": "中国农业银行",
             "621661": "中国银行", "622588": "招商银行", "623058": "平安银行", "622700": "中国建设银行",
             "621483": "招商银行", "436742": "中国建设银行"}


def gen_bankcard():
    def f():
        b, n = R.choice(BANK_BIN)
        body = b + digits(n - 7)
        return body + luhn_digit(body)
    return uniq(f)


def fmt_card(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
# real GB/T 2260 codes (330103 / 330104 / 330621 abolished, still on old cards); 810000 =
# HK residence permit
RIC_REGIONS = ["330102", "330103", "330104", "330105", "330106", "330108", "330109", "330110",
               "330203", "330205", "330212", "330281", "330302", "330304", "330381", "330402",
               "330481", "330602", "330621", "330782", "330702", "331002", "320106", "340104",
               "360102", "410105", "420106", "430104", "510107", "350203"]
RIC_OK_REGIONS = RIC_REGIONS + ["810000", "820000"]


def ric_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, RIC_W)) % 11]


def valid_date(s):
    try:
        d = dt.datetime.strptime(s, "%Y%m%d").date()
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= d <= dt.date(2024, 6, 20)


def ric_ok(s, strict=True):
    if len(s) != 18 or not s[:17].isdigit() or ric_check(s[:17]) != s[17].upper():
        return False
    if strict and s[:6] not in RIC_OK_REGIONS:
        return False
    return valid_date(s[6:14])


def gen_ric(dob, sex, region=None):
    def f():
        seq = R.randint(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            seq += 1
        body = (region or R.choice(RIC_REGIONS)) + dob.strftime("%Y%m%d") + "%03d" % seq
        return body + ric_check(body)
    return uniq(f)


def mask_ric(r):
    return r[:4] + "*" * 10 + r[14:]


def gen_passport():
    return uniq(lambda: R.choice(["E" + digits(8), "E" + R.choice("ABCDEFGHJKLMNPQRS") +
                                  digits(7)]))


def gen_permit():
    return uniq(lambda: "C" + str(R.randint(1, 9)) + digits(7))


def gen_plate(city_code="B"):
    def f():
        p = "浙" + city_code
        if R.random() < 0.4:
            return p + R.choice("DF") + R.choice("ABCDEFGHJK0123456789") + digits(4)
        return p + R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + \
            R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(3)
    return uniq(f)


def dot_plate(p):
    return p[:2] + "·" + p[2:]


def gen_mac(sep=":", ouis=None):
    oui = R.choice(ouis or ["80:5E:C0", "00:0B:82", "C0:74:AD", "24:9A:D8", "3C:9D:56", "48:FD:8E"])
    return uniq(lambda: (oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3)))
                .replace(":", sep))


def gen_card_ip():
    return uniq(lambda: R.choice(["10.124", "10.126", "10.180", "100.72"]) + ".%d.%d" % (
        R.randint(0, 255), R.randint(2, 254)))


def gen_pub_ip():
    return uniq(lambda: R.choice(["115.236", "112.17", "183.129", "60.191", "122.224"]) +
                ".%d.%d" % (R.randint(1, 254), R.randint(2, 250)))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    v = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s8, ORG_W))
    c = 11 - v % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_ok(s):
    if len(s) != 18 or any(c not in USCC_CH for c in s):
        return False
    if org_check(s[8:16]) != s[16]:
        return False
    v = sum(USCC_CH.index(c) * w for c, w in zip(s[:17], USCC_W))
    return USCC_CH[(31 - v % 31) % 31] == s[17]


def gen_uscc(region):
    def f():
        org8 = "".join(R.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        body = "91" + region + org8 + org_check(org8)
        v = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
        return body + USCC_CH[(31 - v % 31) % 31]
    return uniq(f)


def token32():
    return hexs(32)


# --------------------------------------------------------------------------- people / places

SURN = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
        ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
        ("徐", "xu"), ("孙", "sun"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"),
        ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("谢", "xie"), ("沈", "shen"),
        ("叶", "ye"), ("蒋", "jiang"), ("金", "jin"), ("童", "tong"), ("俞", "yu"),
        ("姚", "yao"), ("方", "fang"), ("汪", "wang"), ("陆", "lu"), ("钱", "qian"),
        ("应", "ying"), ("楼", "lou"), ("诸葛", "zhuge"), ("欧阳", "ouyang")]
GIVEN_M = [("伟", "wei"), ("志刚", "zhigang"), ("建国", "jianguo"), ("俊杰", "junjie"),
           ("浩然", "haoran"), ("子轩", "zixuan"), ("文博", "wenbo"), ("振宇", "zhenyu"),
           ("晓峰", "xiaofeng"), ("国强", "guoqiang"), ("宇航", "yuhang"), ("立新", "lixin"),
           ("海涛", "haitao"), ("明辉", "minghui"), ("一鸣", "yiming"), ("承泽", "chengze"),
           ("建平", "jianping"), ("锦程", "jincheng"), ("德华", "dehua"), ("少杰", "shaojie")]
GIVEN_F = [("丽娟", "lijuan"), ("秀英", "xiuying"), ("静", "jing"), ("敏", "min"),
           ("晓燕", "xiaoyan"), ("婷婷", "tingting"), ("雅琪", "yaqi"), ("欣怡", "xinyi"),
           ("美玲", "meiling"), ("慧敏", "huimin"), ("梓涵", "zihan"), ("诗琪", "shiqi"),
           ("佳怡", "jiayi"), ("雨桐", "yutong"), ("红梅", "hongmei"), ("亚楠", "yanan"),
           ("若曦", "ruoxi"), ("素芬", "sufen"), ("海燕", "haiyan"), ("可馨", "kexin")]
ZJ = {"杭州市": [("西湖区", ["文三路", "天目山路", "古墩路", "文一西路", "学院路"]),
                ("拱墅区", ["湖墅南路", "莫干山路", "上塘路"]),
                ("滨江区", ["江南大道", "滨盛路", "长河路", "江虹路"]),
                ("余杭区", ["五常大道", "良睦路", "临平大道"]),
                ("上城区", ["解放路", "清江路", "秋涛路"])],
      "宁波市": [("鄞州区", ["天童南路", "四明中路", "首南中路"]), ("海曙区", ["中山西路", "望春路"]),
              ("江北区", ["人民路", "大庆南路"])],
      "温州市": [("鹿城区", ["车站大道", "学院中路", "锦绣路"]), ("瓯海区", ["温瑞大道", "娄桥路"])],
      "嘉兴市": [("南湖区", ["中环南路", "由拳路", "南溪路"])],
      "绍兴市": [("越城区", ["解放北路", "中兴中路", "环城西路"])]}
COMMS = ["翠苑一区", "金色家园", "绿城桂花园", "万科良渚文化村", "滨江金色海岸", "钱江新城公寓",
         "丽水苑", "春江花月", "香樟公寓", "东方郡", "和家园", "锦绣天地", "紫金港家园", "湖畔花园",
         "世纪新城", "鸿鹄苑", "南塘府", "锦园小区"]
TOWERS = ["东部软件园", "恒鑫大厦", "华星时代广场", "智慧产业园", "数字经济港", "创新中心", "新城科技园",
          "国际商务中心"]
CENTER = {"杭州市": (30.2741, 120.1551), "宁波市": (29.8683, 121.5440), "温州市": (27.9943, 120.6994),
          "嘉兴市": (30.7522, 120.7555), "绍兴市": (29.9958, 120.5861)}
PLATE_CODE = {"杭州市": "A", "宁波市": "B", "温州市": "C", "嘉兴市": "F", "绍兴市": "D"}

_names = []


def gen_name(sex):
    while True:
        sur = R.choice(SURN)
        giv = R.choice(GIVEN_M if sex == "M" else GIVEN_F)
        nm = sur[0] + giv[0]
        if any(nm in x or x in nm for x in _names):
            continue
        _names.append(nm)
        return nm, (sur[1], giv[1])


def gen_home_addr(city=None, prov=None):
    city = city or R.choice(list(ZJ))
    dist, roads = R.choice(ZJ[city])
    prov = ("浙江省" if R.random() < 0.4 else "") if prov is None else prov
    st = R.random()
    if st < 0.45:
        tail = "%d幢%d单元%d%02d室" % (R.randint(1, 30), R.randint(1, 4), R.randint(2, 28),
                                    R.randint(1, 4))
    elif st < 0.75:
        tail = "%d栋%d%02d室" % (R.randint(1, 22), R.randint(2, 33), R.randint(1, 6))
    else:
        tail = "%d-%d-%d%02d室" % (R.randint(1, 18), R.randint(1, 3), R.randint(1, 18),
                                  R.randint(1, 4))
    return uniq(lambda: prov + city + dist + R.choice(roads) + "%d号" % R.randint(2, 699) +
                R.choice(COMMS) + tail)


def gen_office_addr(city, dist=None):
    if dist is None:
        dist, roads = R.choice(ZJ[city])
    else:
        roads = dict(ZJ[city])[dist]
    return city + dist + R.choice(roads) + "%d号" % R.randint(2, 999) + R.choice(TOWERS) + \
        R.choice(["%d楼" % R.randint(3, 26), "%d号楼%d层" % (R.randint(1, 9), R.randint(2, 12)),
                  "%d层%02d室" % (R.randint(3, 20), R.randint(1, 20))])


def coord_near(city, spread=0.05):
    lat, lon = CENTER[city]
    return ("%.6f" % (lat + R.uniform(-spread, spread)), "%.6f" % (lon + R.uniform(-spread, spread)))


class P:
    pass


def person(sex=None, city=None, age=(25, 60), op=None, mail=None):
    p = P()
    p.sex = sex or R.choice("MF")
    p.name, p.py = gen_name(p.sex)
    p.city = city or R.choice(list(ZJ))
    y = 2024 - R.randint(*age)
    p.dob = dt.date(y, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    p.ric = gen_ric(p.dob, p.sex)
    p.mob = gen_mobile(op)
    p.addr = gen_home_addr(p.city)
    if mail:
        p.email = uniq(lambda: R.choice(["%s%s", "%s.%s", "%s_%s"]) % p.py + "@" + mail)
    else:
        p.email = uniq(lambda: R.choice(["%s%s", "%s.%s", "%s_%s%d", "%s%s%d"]).replace(
            "%d", str(R.randint(1, 99))) % p.py + "@" + R.choice(
            ["163.com", "qq.com", "139.com", "126.com", "foxmail.com", "sina.com"]))
    return p


def pinyin_name(p):
    return p.py[0].capitalize() + " " + p.py[1].capitalize()


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


# --------------------------------------------------------------------------- enterprises


class Ent:
    def __init__(self, key, name, short, region, domain, apn, city, dist, product):
        self.key, self.name, self.short, self.domain = key, name, short, domain
        self.apn, self.city, self.dist, self.product = apn, city, dist, product
        self.uscc = gen_uscc(region)
        self.code = uniq(lambda: AREA[city][1:] + digits(7))    # 集团编码, 10 digits
        self.addr = gen_office_addr(city, dist)
        self.biz = person(city=city, mail=domain)
        self.tech = person(city=city, mail=domain, age=(24, 40))
        self.legal = person(city=city, age=(38, 62), mail=domain)
        self.switch = AREA[city] + "-8" + digits(7)
        self.appid = uniq(lambda: "C" + AREA[city][1:] + "0" + digits(10))
        self.pwd = uniq(lambda: key.capitalize() + R.choice(["#", "@", "!"]) + digits(4) +
                        R.choice(["iot", "Cmp", "api", "Link"]) + R.choice("!@_") + hexs(2))
        self.srcip = gen_pub_ip()


E_TB = Ent("tb", "杭州童伴智能科技有限公司", "童伴", "330108", "tongban-tech.com", "CMIOTTBZN.ZJ",
           "杭州市", "滨江区", "儿童智能手表")
E_YC = Ent("yc", "宁波远驰汽车电子有限公司", "远驰", "330212", "yuanchi-auto.com.cn", "CMIOTYCQC.ZJ",
           "宁波市", "鄞州区", "车载T-Box")
E_ZY = Ent("zy", "浙江泽源水务科技有限公司", "泽源", "330106", "zeyuan-water.com", "CMIOT",
           "杭州市", "西湖区", "NB-IoT智能水表")
E_JY = Ent("jy", "温州捷运共享出行科技有限公司", "捷运", "330302", "jieyun-mobility.cn", "CMIOTJYCX.ZJ",
           "温州市", "鹿城区", "共享电单车中控")
E_AT = Ent("at", "嘉兴安途物流有限公司", "安途", "330402", "antu56.com", "CMIOT", "嘉兴市", "南湖区",
           "车辆定位终端")
E_SY = Ent("sy", "杭州收银宝支付科技有限公司", "收银宝", "330105", "shouyinbao.cn", "CMIOTSYB.ZJ",
           "杭州市", "拱墅区", "智能POS")
E_HF = Ent("hf", "绍兴禾丰农业科技有限公司", "禾丰", "330602", "hefeng-agri.com", "CMIOT", "绍兴市",
           "越城区", "农业环境传感器")
E_HR = Ent("hr", "杭州恒瑞精密制造股份有限公司", "恒瑞", "330110", "hengrui-pm.com", None, "杭州市",
           "余杭区", "互联网专线")
ENTS = [E_TB, E_YC, E_ZY, E_JY, E_AT, E_SY, E_HF, E_HR]

# operator staff
AM = person("M", "杭州市", (28, 40), "CMCC", "zj.chinamobile.com")        # account manager
AM2 = person("F", "宁波市", (26, 38), "CMCC", "zj.chinamobile.com")       # Ningbo account manager
IOT_ENG = person("M", "杭州市", (26, 36), "CMCC", "zj.chinamobile.com")   # IoT support engineer
COLL = person("F", "杭州市", (30, 45), "CMCC", "zj.chinamobile.com")      # collections officer
DNS = ["211.140.13.188", "211.140.188.188"]
CMP_NODES = ["10.78.12.5", "10.78.12.6", "10.78.14.21"]


# --------------------------------------------------------------------------- IoT cards


class Card:
    pass


def cgi_of(c):
    return "460-00-%d-%d" % (c.lac, c.ci)


def make_card(ent, op="CMCC", num="iot", user=None, status="已激活"):
    c = Card()
    c.ent, c.op, c.user, c.status = ent, op, user, status
    c.iccid = gen_iccid(op)
    c.imsi = gen_imsi(op)
    c.msisdn = gen_iot(op) if num == "iot" else uniq(lambda: R.choice(["172", "147"]) + digits(8))
    c.imei = gen_imei()
    c.ip = gen_card_ip()
    c.lac = R.randint(20000, 29999)
    c.ci = R.randint(10000, 65000)
    c.tac = R.randint(0x5800, 0x59ff)
    c.eci = (R.randint(500000, 990000) << 8) | R.randint(1, 9)
    c.lat, c.lon = coord_near(ent.city if user is None else user.city)
    c.open = dt.date(2022, 1, 1) + dt.timedelta(days=R.randint(0, 800))
    c.act = c.open + dt.timedelta(days=R.randint(3, 60))
    return c


def watch_card():
    u = person(city=R.choice(["杭州市", "杭州市", "宁波市", "绍兴市"]), age=(29, 45))
    child = P()
    child.sex = R.choice("MF")
    child.name, child.py = gen_name(child.sex)
    child.dob = dt.date(R.randint(2013, 2019), 1, 1) + dt.timedelta(days=R.randint(0, 364))
    c = make_card(E_TB, user=u)
    c.child = child
    c.mac = gen_mac(":", ["C0:74:AD", "24:9A:D8"])
    return c


def tbox_card():
    u = person(city=R.choice(["宁波市", "宁波市", "杭州市", "温州市"]), age=(26, 58))
    c = make_card(E_YC, user=u, op="CMCC")
    c.plate = gen_plate(PLATE_CODE[u.city])
    c.vin = "LSJ" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + \
        "R" + digits(7)
    return c


WATCH = [watch_card() for _ in range(9)]
TBOX = [tbox_card() for _ in range(7)]
METER = [make_card(E_ZY, status=R.choice(["已激活", "已激活", "已激活", "待激活"])) for _ in range(7)]
for _m in METER:
    _m.meter = "ZY" + _m.ent.code[:4] + digits(8)
BIKE = [make_card(E_JY, num=R.choice(["iot", "iot", "11"])) for _ in range(6)]
FLEET = []
for _i in range(5):
    _d = person("M", "嘉兴市", (28, 55))
    _c = make_card(E_AT, user=None)
    _c.driver = _d
    _c.plate = gen_plate("F")
    FLEET.append(_c)
POS = []
for _i in range(5):
    _u = person(city="杭州市", age=(25, 55))
    _c = make_card(E_SY, user=_u)
    _c.shop = R.choice(["便利店", "小吃店", "水果店", "理发店", "五金店"])
    POS.append(_c)
AGRI = [make_card(E_HF, op=R.choice(["CMCC", "CU", "CT"])) for _ in range(3)]
ALL_CARDS = WATCH + TBOX + METER + BIKE + FLEET + POS + AGRI
WATCH[6].status = "库存"
WATCH[7].status = "停机"
TBOX[5].status = "停机"
BIKE[4].status = "可测试"
METER[6].status = "待激活"
BIKE_USERS = [person(city="温州市", age=(18, 40)) for _ in range(3)]
WATER_USERS = [person(city="杭州市", age=(30, 70)) for _ in range(3)]
TB_STAFF = [E_TB.biz, E_TB.tech] + [person(city="杭州市", age=(22, 45), mail="tongban-tech.com")
                                    for _ in range(10)]
WATCH_PHONE_IMEI = [gen_imei(["35391110", "86891204"])]
WATCH[3].new_imei = gen_imei(["86446205"])
POS[1].new_imei = gen_imei(["86891204", "86753203"])
POS[1].status = "停机"
CT_WATCH = [(gen_iccid("CT", "19"), gen_meid()), (gen_iccid("CT", "luhn"), gen_meid()),
            (gen_iccid("CT", "19"), gen_meid())]
E_JY.fin = person("F", "温州市", mail=E_JY.domain)

PKG = {"tb": "物联网流量池套餐-100MB/月（含语音短信白名单）", "yc": "车联网定向流量套餐5GB/月",
       "zy": "NB-IoT基础连接包（10年）", "jy": "物联网流量池套餐-30MB/月", "at": "物联网流量池套餐-500MB/月",
       "sy": "智能POS专属套餐-50MB/月", "hf": "物联网流量池套餐-10MB/月"}


def fdate(d):
    return d.strftime("%Y/%m/%d")


# --------------------------------------------------------------------------- 1 CMP card export


def f_export(d):
    eol = "\r\n"
    d.w("\ufeff")
    csv_row(d, ["ICCID", "IMSI", "MSISDN", "卡状态", "开户日期", "激活日期", "资费套餐", "APN",
                "机卡绑定IMEI", "绑定状态", "客户名称", "集团编码", "使用人姓名", "使用人证件号码",
                "使用人联系电话", "备注"], eol=eol)

    def row(c, user_cells, remark, imei=True):
        e = c.ent
        act = fdate(c.act) if c.status not in ("库存", "待激活", "可测试") else ""
        bound = imei and c.status not in ("库存", "待激活")
        csv_row(d, [(c.iccid, ICCID), (c.imsi, IMSI), (c.msisdn, PH), c.status, fdate(c.open), act,
                    PKG[e.key], e.apn, (c.imei, IMEI) if bound else "",
                    ("已绑定" if bound else "未绑定"), e.name, NEG(e.code)] + user_cells + [remark],
                eol=eol)

    for i, c in enumerate(WATCH):
        u = c.user
        if c.status == "库存":
            row(c, ["", "", ""], "库存卡，待出库")
        elif i == 8:     # export masked for this end user
            row(c, [u.name[0] + "*", NEG(mask_ric(u.ric)), NEG(mask(u.mob))],
                "使用人信息已脱敏（用户申请）")
        else:
            rem = [R.choice(["佩戴人：", "佩戴儿童："]), (c.child.name, N)]
            if i % 2:
                rem += ["；生日", (c.child.dob.strftime("%Y-%m-%d"), DOB)]
            else:
                rem += ["（", (cn_date(c.child.dob), DOB), "出生）"]
            rem += ["；手表MAC ", (c.mac, MAC)] if i in (1, 4) else []
            row(c, [(u.name, N), (u.ric, RID), (u.mob if i != 3 else "+86" + u.mob, PH)], rem)
    for i, c in enumerate(TBOX):
        u = c.user
        pl = dot_plate(c.plate) if i % 2 else c.plate
        row(c, [(u.name, N), (u.ric.lower() if u.ric.endswith("X") else u.ric, RID), (u.mob, PH)],
            ["车主车辆：", (pl, PLATE), "；VIN：", NEG(c.vin)])
    for c in METER:
        row(c, ["", "", ""], ["表号", NEG(c.meter), "；安装小区：", R.choice(COMMS)],
            imei=c.status != "待激活")
    for c in BIKE:
        row(c, ["", "", ""], ["车辆编号JY-WZ-", NEG(digits(6))])
    for c in FLEET:
        row(c, ["", "", ""], ["车牌", (c.plate, PLATE), "；司机", (c.driver.name, N), " ",
                              (c.driver.mob, PH)])
    for c in POS:
        row(c, [(c.user.name, N), (c.user.ric, RID), (c.user.mob, PH)],
            "个体商户（%s），SN：%s" % (c.shop, "P" + hexs(11, True)))
    for c in AGRI:
        if c.op == "CMCC":
            row(c, ["", "", ""], "大棚温湿度传感器")


# --------------------------------------------------------------------------- 2 CMP open-API log


def f_api(d):
    t = [dt.datetime(2024, 6, 20, 8, 0, 1, 204000)]
    thr = [0]

    def ts():
        t[0] += dt.timedelta(milliseconds=R.randint(40, 90000))
        return t[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t[0].microsecond // 1000)

    def line(level, *parts):
        thr[0] = R.randint(1, 48)
        d.ln(ts(), " ", level.ljust(5), " [http-nio-8443-exec-%d] c.c.o.g.f.AccessLogFilter - " %
             thr[0], *parts)

    def tid(ent):
        return NEG(ent.appid + t[0].strftime("%Y%m%d%H%M%S") + digits(8))

    def call1(ent, api, params, resp, status=200, level="INFO", tok=None):
        thr[0] = R.randint(1, 48)
        d.w(ts(), " ", level.ljust(5), " [http-nio-8443-exec-%d] c.c.o.g.f.AccessLogFilter - " %
            thr[0], "traceId=%s clientIp=" % hexs(16), (ent.srcip, IP), " appid=", NEG(ent.appid),
            " api=GET /v5/ec/%s?transid=" % api, tid(ent))
        if tok:
            d.w("&token=", (tok, CRED))
        for k, v in params:
            d.w("&", k, "=", v)
        d.w(" status=%d cost=%dms resp=" % (status, R.randint(18, 240)))
        jemit(d, resp)
        d.w("\n")

    ok = {"status": "0", "message": "正确"}
    line("INFO", "OneLink-CMP open-api gateway v5.3.2 started, upstreams=[", NEG(CMP_NODES[0]),
         ":8080, ", NEG(CMP_NODES[1]), ":8080], rateLimit=100/s per appid")
    # --- 童伴: token, basic info, status, imei, location, cell, session
    e = E_TB
    tok = token32()
    call1(e, "get/token", [("appid", NEG(e.appid)), ("password", (e.pwd, CRED))],
          dict(ok, result=[{"token": (tok, CRED), "ttl": "3600"}]))
    for c in WATCH[:3]:
        call1(e, "query/sim-basic-info", [("iccid", (c.iccid, ICCID))],
              dict(ok, result=[{"msisdn": (c.msisdn, PH), "imsi": (c.imsi, IMSI),
                                "iccid": (c.iccid, ICCID), "activeDate": c.act.strftime(
                                    "%Y-%m-%d 10:%M:%S"), "openDate": c.open.strftime(
                                    "%Y-%m-%d 00:00:00")}]), tok=tok)
    c = WATCH[0]
    call1(e, "query/sim-status", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"cardStatus": "2", "lastChangeDate": "2024-03-02 11:20:41"}]), tok=tok)
    call1(e, "query/sim-imei", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"imei": (c.imei, IMEI)}]), tok=tok)
    call1(e, "query/position-location", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"lon": (c.lon, COORD), "lat": (c.lat, COORD), "radius": "350",
                            "locateTime": "2024-06-20 08:03:57", "region": "浙江省%s" % c.user.city}]),
          tok=tok)
    call1(e, "query/cell-info", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"lac": str(c.lac), "cellId": (str(c.ci), CELL), "rat": "GSM"}]),
          tok=tok)
    c = WATCH[2]
    call1(e, "query/sim-session", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"GPRSStatus": "01", "IP": (c.ip, IP), "APN": e.apn, "RAT": "6",
                            "onlineTime": "2024-06-20 06:41:12"}]), tok=tok)
    c = WATCH[7]
    call1(e, "change/sim-status", [("msisdn", (c.msisdn, PH)), ("operType", "0")],
          dict(ok, result=[{"orderNum": "2024062008%08d" % R.randint(0, 99999999)}]), tok=tok)
    c = WATCH[5]
    call1(e, "query/position-location", [("msisdn", (c.msisdn, PH))],
          {"status": "12102", "message": "该号码未订购定位服务", "result": []}, tok=tok)
    # --- 远驰: wrong password, debug leak, success, batch status, ECI
    e = E_YC
    old = "Yc@" + digits(4) + "cmp"
    call1(e, "get/token", [("appid", NEG(e.appid)), ("password", "******")],
          {"status": "12021", "message": "appid或password错误", "result": []}, status=200)
    line("DEBUG", "rawQuery appid=", NEG(e.appid), " password=", (old, CRED),
         " (client SDK 1.4.2 logs raw query on auth failure)")
    tok2 = token32()
    call1(e, "get/token", [("appid", NEG(e.appid)), ("password", (e.pwd, CRED))],
          dict(ok, result=[{"token": (tok2, CRED), "ttl": "3600"}]))
    cs = TBOX[:4]
    plist = []
    for i, c in enumerate(cs):
        plist += ["," if i else "", (c.msisdn, PH)]
    call1(e, "query/sim-status-batch", [("msisdns", plist)],
          dict(ok, result=[{"msisdn": (c.msisdn, PH), "cardStatus": "2" if c.status == "已激活"
                            else "4"} for c in cs]), tok=tok2)
    c = TBOX[1]
    call1(e, "query/cell-info", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"tac": str(c.tac), "eci": (str(c.eci), CELL), "rat": "LTE"}]),
          tok=tok2)
    call1(e, "query/position-location", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"lon": (c.lon, COORD), "lat": (c.lat, COORD), "radius": "120",
                            "locateTime": "2024-06-20 09:12:40"}]), tok=tok2)
    call1(e, "query/sim-imei", [("msisdn", (TBOX[2].msisdn, PH))],
          dict(ok, result=[{"imei": (TBOX[2].imei, IMEI)}]), tok=tok2)
    expired = token32()
    call1(e, "query/sim-data-usage", [("msisdn", (TBOX[3].msisdn, PH))],
          {"status": "12022", "message": "token不存在或已过期", "result": []}, tok=expired)
    # --- 泽源: v2 signed POST API, secret in query string
    e = E_ZY
    ak = "ak_zy" + hexs(12)
    sk = hexs(40)
    line("INFO", "traceId=%s clientIp=" % hexs(16), (e.srcip, IP), " appKey=", NEG(ak),
         " api=POST /api/v2/card/batchQuery X-Timestamp=",
         NEG("%d" % (int((t[0] - dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 8 * 3600000)),
         " X-Sign=", NEG(hexs(64)), " status=200 cost=61ms")
    d.w("    body=")
    jemit(d, {"iccids": [(c.iccid, ICCID) for c in METER[:3]]})
    d.w("\n    resp=")
    jemit(d, {"code": 0, "data": [{"iccid": (c.iccid, ICCID), "imsi": (c.imsi, IMSI),
                                   "msisdn": (c.msisdn, PH), "status": c.status,
                                   "usedFlowKB": R.randint(3, 900)} for c in METER[:3]]})
    d.w("\n")
    line("WARN", "traceId=%s clientIp=" % hexs(16), (e.srcip, IP),
         " insecure request: secret in query string /api/v2/card/usage?appKey=", NEG(ak),
         "&appSecret=", (sk, CRED), "&iccid=", (METER[3].iccid, ICCID),
         " -> 400 SIGN_REQUIRED")
    # --- 收银宝 / 捷运 / 安途: misc
    e = E_SY
    tok3 = token32()
    call1(e, "get/token", [("appid", NEG(e.appid)), ("password", (e.pwd, CRED))],
          dict(ok, result=[{"token": (tok3, CRED), "ttl": "3600"}]))
    for c in POS[:2]:
        call1(e, "query/sim-data-usage", [("msisdn", (c.msisdn, PH))],
              dict(ok, result=[{"dataAmount": "%.2f" % R.uniform(1, 60), "unit": "MB",
                                "queryMonth": "202406"}]), tok=tok3)
    c = POS[1]
    call1(e, "query/sim-session", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"GPRSStatus": "01", "IP": (c.ip, IP), "APN": e.apn, "RAT": "6",
                            "onlineTime": "2024-06-20 07:58:03"}]), tok=tok3)
    line("WARN", "appid=", NEG(E_JY.appid), " clientIp=", (E_JY.srcip, IP),
         " rate limited: 131 req/s > 100 req/s, api=query/sim-status, rejected=31")
    e = E_AT
    tok4 = token32()
    call1(e, "get/token", [("appid", NEG(e.appid)), ("password", (e.pwd, CRED))],
          dict(ok, result=[{"token": (tok4, CRED), "ttl": "3600"}]))
    c = FLEET[0]
    call1(e, "query/cell-info", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"lac": str(c.lac), "cellId": (str(c.ci), CELL), "rat": "GSM"}]),
          tok=tok4)
    call1(e, "query/position-location", [("msisdn", (c.msisdn, PH))],
          dict(ok, result=[{"lon": (c.lon, COORD), "lat": (c.lat, COORD), "radius": "800",
                            "locateTime": "2024-06-20 11:47:22"}]), tok=tok4)
    cs = FLEET[1:4]
    plist = []
    for i, c in enumerate(cs):
        plist += ["," if i else "", (c.msisdn, PH)]
    call1(e, "query/position-location-batch", [("msisdns", plist)],
          dict(ok, result=[{"msisdn": (c.msisdn, PH), "lon": (c.lon, COORD), "lat": (c.lat, COORD),
                            "radius": str(R.choice([200, 500, 1000])),
                            "locateTime": "2024-06-20 11:5%d:%02d" % (i, R.randint(0, 59))}
                           for i, c in enumerate(cs)]), tok=tok4)
    line("INFO", "upstream health: ", NEG(CMP_NODES[0]), " UP, ", NEG(CMP_NODES[1]), " UP, ",
         NEG(CMP_NODES[2]), " DOWN (removed from pool)")
    line("INFO", "stats 08:00-12:00 requests=48213 ok=47790 auth_fail=17 rate_limited=406 p99=412ms")


# --------------------------------------------------------------------------- 3 JKFL alarm log


def f_alarm(d):
    t = [dt.datetime(2024, 6, 20, 0, 3, 11, 52000)]
    seq = [R.randint(100, 300)]

    def ts():
        t[0] += dt.timedelta(seconds=R.randint(20, 3000), milliseconds=R.randint(0, 999))
        return t[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t[0].microsecond // 1000)

    def alarm(c, cur, note=None, policy="告警+停机", imei_typ=IMEI):
        seq[0] += R.randint(1, 9)
        e = c.ent
        d.ln(ts(), " [jkfl-detector-%d] WARN  JkflAlarm - 机卡分离告警 alarmId=JKFL20240620%06d "
             % (R.randint(1, 4), seq[0]), "level=重要 ecCode=", NEG(e.code), " ecName=", e.name,
             " msisdn=", (c.msisdn, PH), " iccid=", (c.iccid, ICCID), " imsi=", (c.imsi, IMSI),
             " bindImei=", (c.imei, IMEI), " curImei=", (cur, imei_typ), " cgi=",
             (cgi_of(c), CELL), " policy=", policy, note or "")
        return seq[0]

    d.ln(ts(), " [main] INFO  JkflDetector - 机卡绑定检测服务启动 version=2.8.1 source=S6a/Gr "
         "IMEI-check-interval=15min policies=3")
    # 1 watch card into a phone
    c = WATCH[7]
    a = alarm(c, WATCH_PHONE_IMEI[0])
    d.ln(ts(), " [jkfl-action-1] INFO  JkflAction - alarmId=JKFL20240620%06d 下发停机 msisdn=" % a,
         (c.msisdn, PH), " orderNum=", NEG("2024062001%08d" % R.randint(0, 99999999)),
         " result=成功")
    d.ln(ts(), " [jkfl-notify-2] INFO  SmsNotify - alarmId=JKFL20240620%06d 通知客户联系人 to=" % a,
         (E_TB.tech.mob, PH), " tpl=JKFL_NOTIFY_01 stat=DELIVRD")
    # 2 T-Box card into a 4G router, 14-digit IMEI without check digit (as in S6a)
    c = TBOX[5]
    cur = gen_imei()
    a = alarm(c, cur[:14], " note=S6a上报IMEI无校验位")
    d.ln(ts(), " [jkfl-action-1] INFO  JkflAction - alarmId=JKFL20240620%06d 下发停机 msisdn=" % a,
         (c.msisdn, PH), " result=成功")
    d.ln(ts(), " [jkfl-notify-1] INFO  SmsNotify - alarmId=JKFL20240620%06d to=" % a,
         (E_YC.tech.mob, PH), ",", ("+86" + AM2.mob, PH), " stat=DELIVRD,DELIVRD")
    # 3 e-bike: IMEISV reported by newer module
    c = BIKE[2]
    cur = gen_imei()
    alarm(c, cur[:14] + "03", policy="仅告警", note=" note=IMEISV(SVN=03) 客户策略不停机")
    # 4 broken module all-zero IMEI: not a real IMEI
    c = [m for m in METER if m.status == "已激活"][1]
    alarm(c, "000000000000000", policy="仅告警", imei_typ=None,
          note=" note=终端上报全零IMEI，疑似模组故障")
    # 5 POS card into a phone
    c = POS[1]
    a = alarm(c, c.new_imei, policy="告警+人工审核")
    d.ln(ts(), " [jkfl-action-3] INFO  JkflAction - alarmId=JKFL20240620%06d 转人工 msisdn=" % a,
         (c.msisdn, PH), " reason=客户策略为人工审核，已生成流量异常关联工单")
    # 6 watch swap to new watch after repair -> whitelist
    c = WATCH[3]
    neww = c.new_imei
    a = alarm(c, neww)
    d.ln(ts(), " [jkfl-admin] INFO  WhiteList - operator=zj_iot_op017 ticket=", NEG("WO2024062000%04d"
         % R.randint(0, 9999)), " add msisdn=", (c.msisdn, PH), " imei=", (neww, IMEI),
         " reason=客户售后换机（邮件申请） validTo=2024-07-20")
    d.ln(ts(), " [jkfl-action-2] INFO  JkflAction - alarmId=JKFL20240620%06d 复机 msisdn=" % a,
         (c.msisdn, PH), " result=成功 rebind imei=", (neww, IMEI))
    # 7 fleet tracker, recovered by itself (module rebooted)
    c = FLEET[2]
    cur = gen_imei()
    a = alarm(c, cur, policy="告警+延迟停机(2h)")
    d.ln(ts(), " [jkfl-detector-2] INFO  JkflAlarm - 告警恢复 alarmId=JKFL20240620%06d msisdn=" % a,
         (c.msisdn, PH), " curImei=", (c.imei, IMEI), " (恢复为绑定IMEI，取消停机)")
    # 8 CU / roaming-style: watch on other card
    c = WATCH[1]
    cur = gen_imei(["35290611"])
    a = alarm(c, cur)
    d.ln(ts(), " [jkfl-notify-2] INFO  SmsNotify - alarmId=JKFL20240620%06d to=" % a,
         (E_TB.tech.mob, PH), " stat=UNDELIV err=MK:0005 retry=1")
    d.ln(ts(), " [jkfl-notify-2] INFO  SmsNotify - retry to=", (fmt_mob(E_TB.biz.mob, "86"), PH),
         " stat=DELIVRD")
    d.ln(ts(), " [jkfl-report] INFO  DailySummary - date=2024-06-19 checked=1204877 alarms=37 "
         "suspended=21 whitelisted=4 recovered=6 notifyFail=2")
    d.ln(ts(), " [jkfl-report] INFO  DailySummary - top ec: ", E_TB.name, "(11) ", E_YC.name,
         "(8) ", E_SY.name, "(6)")
    d.ln(ts(), " [jkfl-detector-1] ERROR JkflDetector - HSS query timeout peer=", NEG("10.78.30.17"),
         ":3868 retry=3")


# --------------------------------------------------------------------------- 4 traffic pool


def f_pool(d):
    csv_row(d, ["流量池编号", "流量池名称", "客户名称", "集团编码", "账期", "ICCID", "MSISDN", "卡状态",
                "本月使用量(MB)", "单卡套餐额度(MB)", "池内使用占比", "是否超套", "最近使用时间"])
    # per-card monthly allowance (MB) and typical usage range
    spec = {"tb": (100, 20, 150), "yc": (5120, 200, 3500), "zy": (10, 0.01, 0.6), "jy": (30, 4, 40),
            "at": (500, 80, 650), "sy": (50, 4, 60)}
    pools = [(E_TB, WATCH), (E_YC, TBOX), (E_ZY, METER), (E_JY, BIKE), (E_AT, FLEET), (E_SY, POS)]
    for e, cards in pools:
        pid = "LLC" + e.code + "2406"
        quota, lo, hi = spec[e.key]
        used = []
        for c in cards:
            if c.status in ("库存", "待激活"):
                u = 0.0
            elif c is POS[1]:
                u = 3276.8 + R.uniform(0, 400)
            else:
                u = R.uniform(lo, hi)
            used.append(u)
        tot = sum(used)
        for c, u in zip(cards, used):
            last = "" if u == 0 else "2024-06-%02d %02d:%02d:%02d" % (
                R.choice([19, 20]), R.randint(0, 11), R.randint(0, 59), R.randint(0, 59))
            csv_row(d, [NEG(pid), "%s流量池" % e.short, e.name, NEG(e.code), "202406",
                        (c.iccid, ICCID), (c.msisdn, PH), c.status, "%.2f" % u, str(quota),
                        "%.2f%%" % (100 * u / tot if tot else 0), "是" if u > quota else "否", last])
        csv_row(d, [NEG(pid), "合计", e.name, NEG(e.code), "202406", "", "", "卡数%d" % len(cards),
                    "%.2f" % tot, str(quota * len(cards)), "100.00%",
                    "是" if tot > quota * len(cards) else "否", ""])


# --------------------------------------------------------------------------- 5 SMS template audit

SIGN = {"tb": "【童伴手表】", "yc": "【远驰车联】", "jy": "【捷运出行】", "sy": "【收银宝】", "zy": "【泽源水务】"}
SPCODE = {k: "10657305710" + "%02d" % i for i, k in enumerate(["tb", "yc", "jy", "sy", "zy"], 11)}
TPL = {
    "tb_code": ("SMS_TPL_2024031100071", "tb", "验证码", "您的验证码为${code}，5分钟内有效，请勿泄露给他人。"),
    "tb_bind": ("SMS_TPL_2024031100072", "tb", "通知", "${name}家长您好，手表（尾号${tail}）已与您的账号绑定，"
                "如非本人操作请致电400-826-3190。"),
    "tb_sos": ("SMS_TPL_2024040200015", "tb", "通知", "${name}家长您好，${child}的手表于${time}触发SOS求助，"
               "位置：${addr}，请立即联系。"),
    "yc_alarm": ("SMS_TPL_2024012200033", "yc", "通知", "尊敬的${name}车主，您的爱车${plate}于${time}触发"
                 "${event}告警，请及时在远驰车联App查看。"),
    "yc_code": ("SMS_TPL_2024012200034", "yc", "验证码", "验证码${code}，您正在绑定车辆${plate}，10分钟内有效。"),
    "jy_order": ("SMS_TPL_2023110900008", "jy", "通知", "您的骑行订单${orderNo}已结束，骑行${minutes}分钟，"
                 "费用${amount}元，已从账户余额扣除。"),
    "sy_open": ("SMS_TPL_2024050600021", "sy", "通知", "商户${shop}后台账号已开通，登录账号为本手机号，"
                "初始密码${pwd}，请登录后立即修改。"),
    "sy_settle": ("SMS_TPL_2024050600022", "sy", "通知", "商户${shop}今日结算${amount}元已入账尾号${cardTail}"
                  "的银行卡，详询95533。"),
    "zy_bill": ("SMS_TPL_2024022800011", "zy", "通知", "户号${account}本期用水${ton}吨，水费${amount}元，"
                "请于${due}前缴纳。"),
}


def f_tpl(d):
    csv_row(d, ["申请单号", "申请类型", "签名", "模板编号", "模板类型", "模板内容", "变量说明", "申请企业",
                "统一社会信用代码", "经办人", "经办人手机", "审核状态", "审核意见", "提交时间", "审核时间"])
    seq = [R.randint(1000, 3000)]
    ents = {e.key: e for e in ENTS}
    varsdoc = {"code": "code=验证码(6位数字)", "name": "name=姓名", "tail": "tail=手表号码后4位",
               "child": "child=佩戴人", "time": "time=时间", "addr": "addr=位置",
               "plate": "plate=车牌", "event": "event=告警类型", "orderNo": "orderNo=订单号",
               "minutes": "minutes=时长", "amount": "amount=金额", "shop": "shop=商户名",
               "pwd": "pwd=初始密码", "cardTail": "cardTail=卡号后4位", "account": "account=户号",
               "ton": "ton=吨数", "due": "due=缴费截止日"}

    def row(kind, e, sign, tplid, ttype, content, vars_, status, opinion, who=None):
        seq[0] += R.randint(1, 40)
        who = who or e.biz
        if tplid:
            sub = dt.datetime.strptime(tplid[8:16], "%Y%m%d") - dt.timedelta(days=R.randint(1, 3))
            sub = sub.replace(hour=R.randint(9, 17), minute=R.randint(0, 59))
        else:
            sub = dt.datetime(2023, R.randint(9, 12), R.randint(1, 28), R.randint(9, 17),
                              R.randint(0, 59))
        aud = sub + dt.timedelta(hours=R.randint(2, 70))
        mob = (who.mob, PH) if seq[0] % 3 else (fmt_mob(who.mob, "dash"), PH)
        csv_row(d, [NEG("QM%s%05d" % (sub.strftime("%Y%m%d"), seq[0])), kind, sign, NEG(tplid) if tplid else "",
                    ttype, content, vars_, e.name, NEG(e.uscc), (who.name, N), mob, status, opinion,
                    sub.strftime("%Y-%m-%d %H:%M"), aud.strftime("%Y-%m-%d %H:%M")])

    for k in ["tb", "yc", "jy", "sy", "zy"]:
        e = ents[k]
        row("签名", e, SIGN[k], "", "", "", "", "审核通过", "已提供营业执照及商标授权书")
    for key in TPL:
        tplid, k, ttype, text = TPL[key]
        e = ents[k]
        vs = "；".join(varsdoc[v] for v in re.findall(r"\$\{(\w+)\}", text))
        row("模板", e, SIGN[k], tplid, ttype, SIGN[k] + text, vs, "审核通过", "",
            who=e.tech if key.endswith("code") else None)
    # rejected: hard-coded personal mobile and a hard-coded person name
    e = E_JY
    p = person("F", "温州市", mail=None)
    row("模板", e, SIGN["jy"], "SMS_TPL_2024061300041", "通知",
        [SIGN["jy"], "您的押金退款申请已受理，如有疑问请联系客服专员", (p.name, N), "：", (p.mob, PH),
         "。"], "", "审核驳回", "模板内容不得包含个人姓名及手机号，请使用客服热线")
    row("模板", E_SY, SIGN["sy"], "SMS_TPL_2024061400009", "营销",
        [SIGN["sy"], "618商户节，刷卡费率低至0.38%，回T退订"], "", "审核驳回",
        "营销类短信需单独签署营销授权并提供退订方式说明", who=E_SY.tech)
    row("模板", E_TB, SIGN["tb"], "SMS_TPL_2024061700003", "验证码",
        [SIGN["tb"], "验证码${code}，用于解除手表绑定，如非本人操作请忽略"], varsdoc["code"], "审核中", "")


# --------------------------------------------------------------------------- 6 SMS send log


def render(key, vals):
    """vals: var -> str or (value, TYPE).  Returns a parts list of the rendered text."""
    _, k, _, text = TPL[key]
    out = [SIGN[k]]
    pos = 0
    for m in re.finditer(r"\$\{(\w+)\}", text):
        out.append(text[pos:m.start()])
        out.append(vals[m.group(1)])
        pos = m.end()
    out.append(text[pos:])
    return out


def f_sms(d):
    t = [dt.datetime(2024, 6, 20, 8, 30, 0, 117000)]
    ents = {e.key: e for e in ENTS}
    acct = {"tb": "tbzn_yzm", "yc": "ycqc_notice", "jy": "jycx_trade", "sy": "syb_merchant",
            "zy": "zysw_bill"}

    def ts():
        t[0] += dt.timedelta(milliseconds=R.randint(30, 240000))
        return t[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t[0].microsecond // 1000)

    reports = []

    def submit(key, tos, vals, fmt="plain"):
        tplid, k, _, _ = TPL[key]
        e = ents[k]
        msgid = "%s%s" % (t[0].strftime("%m%d%H%M%S"), hexs(10, True))
        to = []
        for i, m in enumerate(tos):
            to += ["," if i else "", (fmt_mob(m, fmt), PH)]
        vj = {}
        for kk, vv in vals.items():
            vj[kk] = vv
        d.w(ts(), "|INFO|SUBMIT|ec=", NEG(e.code), "|acct=", acct[k], "|src=", (e.srcip, IP),
            "|spcode=", NEG(SPCODE[k]), "|sign=", SIGN[k], "|tpl=", NEG(tplid), "|to=", to,
            "|cnt=%d|vars=" % len(tos))
        jemit(d, vj)
        text = render(key, vals)
        n = len(plain(text))
        d.ln("|text=", text, "|len=%d|seg=%d|msgid=" % (n, 1 if n <= 70 else (n + 66) // 67), NEG(msgid))
        reports.append((msgid, tos))

    def flush_reports(k=None):
        while reports:
            msgid, tos = reports.pop(0)
            for m in tos:
                st = R.choice(["DELIVRD"] * 6 + ["UNDELIV", "EXPIRED"])
                err = {"DELIVRD": "000", "UNDELIV": "MK:0005", "EXPIRED": "MK:0001"}[st]
                d.ln(ts(), "|INFO|REPORT|msgid=", NEG(msgid), "|to=", (m, PH), "|stat=", st,
                     "|err=", err, "|done=", t[0].strftime("%y%m%d%H%M"))

    d.ln(ts(), "|INFO|BOOT|smsgw-ec v3.6.0 node=", NEG("10.78.40.11"), " cmpp=", NEG("10.78.40.2"),
         ":7890 accounts=142")
    d.ln(ts(), "|INFO|LOGIN|acct=tbzn_yzm|ip=", (E_TB.srcip, IP), "|result=OK|proto=HTTP")
    # verification codes
    for c in WATCH[:3]:
        code = digits(6)
        submit("tb_code", [c.user.mob], {"code": (code, CRED)})
    flush_reports()
    c = WATCH[4]
    submit("tb_bind", [c.user.mob], {"name": (c.user.name, N), "tail": c.msisdn[-4:]})
    c = WATCH[0]
    submit("tb_sos", [c.user.mob],
           {"name": (c.user.name, N), "child": (c.child.name, N), "time": "08:41",
            "addr": ("%s,%s" % (c.lat, c.lon), COORD)})
    flush_reports()
    d.ln(ts(), "|INFO|LOGIN|acct=ycqc_notice|ip=", (E_YC.srcip, IP), "|result=OK|proto=CMPP3.0")
    for c in TBOX[:2]:
        submit("yc_alarm", [c.user.mob], {"name": (c.user.name, N), "plate": (dot_plate(c.plate),
               PLATE), "time": "06-20 %02d:%02d" % (R.randint(0, 9), R.randint(0, 59)),
               "event": R.choice(["异常震动", "非法开门", "蓄电池电压低"])}, fmt="86")
    c = TBOX[3]
    submit("yc_code", [c.user.mob], {"code": (digits(6), CRED), "plate": (c.plate, PLATE)})
    flush_reports()
    d.ln(ts(), "|DEBUG|HTTP|POST /sms/v2/send from ", (E_JY.srcip, IP), " body=", '{"account":"',
         acct["jy"], '","password":"', ("Jy" + hexs(6) + "!" + digits(2), CRED),
         '","tpl":"', NEG(TPL["jy_order"][0]), '","mobile":"', (BIKE_USERS[0].mob, PH), '"}')
    for u in BIKE_USERS:
        submit("jy_order", [u.mob], {"orderNo": NEG("JY%s%08d" % (t[0].strftime("%Y%m%d"),
               R.randint(0, 99999999))), "minutes": str(R.randint(4, 38)),
               "amount": "%.2f" % R.uniform(1.5, 9)}, fmt=R.choice(["plain", "+86"]))
    flush_reports()
    # merchants: account opening with initial password, settlement (batch)
    c = POS[3]
    submit("sy_open", [c.user.mob], {"shop": c.user.name[0] + "记" + c.shop,
           "pwd": ("".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                           for _ in range(8)), CRED)})
    for c in (POS[0], POS[2]):
        submit("sy_settle", [c.user.mob], {"shop": c.user.name[0] + "记" + c.shop,
               "amount": "%.2f" % R.uniform(300, 4000), "cardTail": digits(4)})
    flush_reports()
    submit("zy_bill", [p.mob for p in WATER_USERS], {"account": NEG("33010" + digits(7)),
           "ton": str(R.randint(4, 19)), "amount": "%.2f" % R.uniform(12, 80), "due": "06-30"})
    flush_reports()
    # MO replies and blacklist
    d.ln(ts(), "|INFO|MO|spcode=", NEG(SPCODE["zy"] + "01"), "|from=", (WATER_USERS[1].mob, PH),
         "|text=TD|action=加入退订名单")
    d.ln(ts(), "|INFO|MO|spcode=", NEG(SPCODE["tb"]), "|from=", (fmt_mob(WATCH[4].user.mob, "86"), PH),
         "|text=不是我绑定的，谁绑的？|action=转客服工单")
    d.ln(ts(), "|WARN|BLACKLIST|acct=zysw_bill|to=", NEG(mask(WATER_USERS[1].mob)),
         "|reason=用户退订|dropped=1")
    d.ln(ts(), "|WARN|FILTER|acct=jycx_trade|tpl=", NEG("SMS_TPL_2024061300041"),
         "|reason=模板未审核通过|dropped=1")
    d.ln(ts(), "|INFO|STAT|08:30-12:00 submit=18242 delivrd=17688 undeliv=402 expired=152 mo=37")


# --------------------------------------------------------------------------- 7/8 400 / cloud PBX

HOTLINE = "4008263190"
STAFF_ROLE = [("商务部", "商务经理"), ("技术部", "物联网平台工程师")] + [
    ("客服中心", "客服专员")] * 6 + [("客服中心", "客服主管"), ("售后部", "售后工程师"), ("售后部", "售后工程师"),
                              ("行政部", "行政专员")]
for _i, (_p, (_dep, _role)) in enumerate(zip(TB_STAFF, STAFF_ROLE)):
    _p.ext = "8%03d" % (_i + 1 if _dep != "客服中心" else 100 + _i)
    _p.sipmac = gen_mac(R.choice([":", "-"]), ["80:5E:C0", "00:0B:82", "C0:74:AD"])


def f_extdir(d):
    csv_row(d, ["分机号", "姓名", "部门", "职位", "手机号码", "企业邮箱", "话机型号", "话机MAC", "SIP账号",
                "SIP密码", "外显号码", "状态"])
    for i, (p, (dep, role)) in enumerate(zip(TB_STAFF, STAFF_ROLE)):
        ext = p.ext
        mob = (p.mob, PH) if i % 4 else (fmt_mob(p.mob, "sp"), PH)
        csv_row(d, [ext, (p.name, N), dep, role, mob, (p.email, EM),
                    R.choice(["Yealink T31P", "Fanvil X3U", "Grandstream GXP1625"]),
                    (p.sipmac, MAC), NEG(ext + "@tbzn.vpbx.zj139.com"),
                    (R.choice(["Tb", "Kf", "Vp"]) + hexs(6) + R.choice("#@!%") + digits(2), CRED),
                    NEG("400-826-3190") if dep == "客服中心" else NEG(E_TB.switch),
                    R.choice(["在线", "在线", "在线", "离线"])])
    csv_row(d, ["8000", "前台总机", "行政部", "", "", NEG("reception@tongban-tech.com"),
                "Yealink T31P", (gen_mac(":", ["80:5E:C0"]), MAC), NEG("8000@tbzn.vpbx.zj139.com"),
                "******", NEG(E_TB.switch), "在线"])
    csv_row(d, ["8888", "夜间值班组(振铃组)", "客服中心", "", "", NEG("service@tongban-tech.com"), "", "",
                "", "", NEG("400-826-3190"), "在线"])


def f_calls(d):
    csv_row(d, ["通话ID", "被叫400号码", "主叫号码", "主叫归属地", "呼入时间", "接通时间", "挂断时间",
                "通话时长(秒)", "IVR按键", "接听分机", "接听坐席", "转接号码", "呼叫结果", "录音文件",
                "满意度"])
    agents = [p for p, (dep, _) in zip(TB_STAFF, STAFF_ROLE) if dep in ("客服中心", "售后部")]
    oncall = TB_STAFF[8]
    t = dt.datetime(2024, 6, 20, 6, 58, 11)
    callers = []
    for c in WATCH[:8]:
        callers.append(("m", c.user.mob, c.user.city))
    for _ in range(10):
        p = person(age=(25, 60))
        callers.append(("m", p.mob, p.city))
    for city in ["杭州市", "宁波市", "绍兴市", "杭州市"]:
        callers.append(("l", gen_landline(city), city))
    callers.append(("x", "", ""))
    callers.append(("x", "", ""))
    R.shuffle(callers)
    for i, (kind, num, city) in enumerate(callers):
        t += dt.timedelta(seconds=R.randint(60, 2400))
        cid = NEG("CDR%s%04d" % (t.strftime("%Y%m%d%H%M%S"), R.randint(0, 9999)))
        night = t.hour >= 20 or t.hour < 8
        if kind == "x":
            callers_cell, fnum = "anonymous", "anonymous"
            loc = "未知"
        else:
            style = R.choice(["plain", "plain", "plain", "+86", "0086"]) if kind == "m" else "plain"
            shown = fmt_mob(num, style) if kind == "m" else num
            callers_cell, fnum, loc = (shown, PH), num.replace("-", ""), "浙江" + city
        ans = t + dt.timedelta(seconds=R.randint(8, 70))
        dur = R.randint(35, 620)
        result = R.choice(["已接通"] * 5 + ["放弃", "坐席未接"])
        ivr = R.choice(["1", "2", "1-3", "2-1", "0"])
        ext, ag, fwd = "", "", ""
        if result == "已接通":
            if night:
                ext, ag, fwd = "8888", (oncall.name, N), (oncall.mob, PH)
            else:
                a = R.choice(agents)
                ext, ag = a.ext, (a.name, N)
        else:
            ans, dur = None, 0
        rec = ""
        if result == "已接通":
            rec = ["rec/20240620/", NEG(HOTLINE), "_", (fnum, PH) if kind != "x" else "anonymous",
                   "_%s.wav" % t.strftime("%H%M%S")]
        csv_row(d, [cid, NEG("400-826-3190" if i % 2 else HOTLINE), callers_cell, loc,
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    ans.strftime("%Y-%m-%d %H:%M:%S") if ans else "",
                    (t + dt.timedelta(seconds=R.randint(60, 90) + dur)).strftime("%Y-%m-%d %H:%M:%S"),
                    str(dur), ivr, ext, ag, fwd, result, rec,
                    R.choice(["满意", "非常满意", "一般", "未评价"]) if result == "已接通" else ""])


# --------------------------------------------------------------------------- 9 dedicated line


def f_dl(d):
    e = E_HR
    fin = person("F", "杭州市", mail=e.domain)
    e.fin = fin
    builder = person("M", "杭州市", age=(30, 50))
    o2, o3 = R.randint(64, 127), R.randint(0, 255)
    base = "223.93.%d.%d" % (o2, o3 // 8 * 8)
    net = ipaddress.ip_network(base + "/29")
    hosts = [str(h) for h in net.hosts()]        # 6 usable: first is gateway
    pe = "211.140.%d.%d" % (R.randint(32, 63), R.randint(0, 63) * 4 + 1)
    ce = pe.rsplit(".", 1)[0] + "." + str(int(pe.rsplit(".", 1)[1]) + 1)
    v6 = "2409:8a28:%x:%x00::" % (R.randint(0x1000, 0xffff), R.randint(0x10, 0xff))
    e.ips = hosts[1:] + [base]
    site = gen_office_addr("杭州市", "余杭区").split("号")[0] + "号"
    e.site = site
    L = d.ln
    L("中国移动通信集团浙江有限公司  政企业务受理单（互联网专线）")
    L("=" * 72)
    L("订单编号：ZJDL20240620017        受理渠道：客户经理上门受理        受理日期：2024-06-20")
    L("集团编码：", NEG(e.code), "        客户等级：A2        行业：制造业-通用设备")
    L("客户名称：", e.name)
    L("统一社会信用代码：", NEG(e.uscc), "        法定代表人：", (e.legal.name, N))
    L("单位地址：", NEG(e.addr))
    L("-" * 72)
    L("一、业务信息")
    L("  产品名称：互联网专线（Internet）  带宽：200Mbps（上下行对称）  业务保障等级：AA")
    L("  合同编号：", NEG("ZJ-HZ-ZX-2024-%06d" % R.randint(0, 999999)),
      "  合同期：36个月  月租：6,800.00元  一次性费用：0.00元")
    L("  装机地址（A端）：", NEG(site + "厂区2号楼一层弱电间"))
    L("  电路编号：杭州余杭/ETN/ZX%06d    接入方式：光纤直连（PTN + OLT）" % R.randint(0, 999999))
    L("二、客户联系人")
    L("  业务联系人：", (e.biz.name, N), "    手机：", (e.biz.mob, PH), "    邮箱：", (e.biz.email, EM))
    L("  技术联系人：", (e.tech.name, N), "    手机：", (fmt_mob(e.tech.mob, "+86sp"), PH),
      "    固定电话：", (gen_landline("杭州市"), PH), "（直线）")
    L("  财务联系人：", (fin.name, N), "    手机：", (fmt_mob(fin.mob, "dash"), PH),
      "    邮箱：", NEG("finance@" + e.domain), "（财务部公共邮箱）")
    L("  单位总机：", NEG(e.switch), "    7×24故障报修：10086-7（政企专席）")
    L("三、实名登记（经办人）")
    L("  经办人：", (e.biz.name, N), "    证件类型：居民身份证    证件号码：", (e.biz.ric, RID))
    L("  证件地址：", (e.biz.addr, ADDR))
    L("  授权委托书：已上传（委托人：", (e.legal.name, N), "，法定代表人）")
    L("四、IP地址分配（IPAM工单 ", NEG("IPAM-ZJ-2024-%05d" % R.randint(0, 99999)), "）")
    L("  IPv4地址段：", (base, IP), "/29")
    L("    网关（局端配置）：", NEG(hosts[0]))
    L("    客户可用地址：", (hosts[1], IP), " - ", (hosts[-1], IP), "（共5个）")
    L("    客户指定：", (hosts[1], IP), " 用于邮件服务器，", (hosts[2], IP), " 用于VPN网关")
    L("  互联地址：PE侧 ", NEG(pe), "/30    CE侧 ", (ce, IP), "/30")
    L("  IPv6地址段：", (v6, IP), "/56")
    L("  DNS：", NEG(DNS[0]), " / ", NEG(DNS[1]))
    L("  PE设备：HZ-YH-PE-01（NE40E-X8A）GE1/0/3.%d  VLAN %d" % ((o3 + 2000,) * 2))
    L("  CE设备：客户自备 AR6140-16G4XG，WAN口MAC ", (gen_mac("-", ["24:9A:D8"]), MAC), "，软件版本 V300R022C10")
    L("五、开通安排")
    L("  施工单位：浙江通和信息工程有限公司    施工负责人：", (builder.name, N), "  ",
      (builder.mob, PH))
    L("  预约上门：2024-06-24 09:00-12:00（需客户提前开放弱电间及机房）")
    L("  客户经理：", (AM.name, N), "  ", (AM.mob, PH), "  ", (AM.email, EM))
    L("六、备注")
    L("  1. 客户要求开通后提供端口流量监控账号：hengrui_mon，初始密码：",
      ("Hr" + digits(4) + "#mon", CRED), "（首次登录强制修改）。")
    L("  2. 原电信专线（电路号 ", NEG("0571ZX%08d" % R.randint(0, 99999999)),
      "）于新线割接后拆除，客户自行办理。")
    L("  3. 客户确认以上信息无误。")
    L("客户签字（盖章）：________    客户经理签字：________    日期：2024年6月20日")


# --------------------------------------------------------------------------- 10 real-name export


def iccid_range(op, count):
    pfx = {"CMCC": "898604", "CU": "898606", "CT": "898611"}[op]

    def f():
        return pfx + digits(9) + "0000"
    body = uniq(f)
    start = body[:-4] + "%04d" % R.randint(0, 9999 - count)
    end = str(int(start) + count - 1)
    s, e = start + luhn_digit(start), end + luhn_digit(end)
    _used.add(s)
    _used.add(e)
    return s, e


def f_realname(d):
    csv_row(d, ["登记流水号", "企业名称", "统一社会信用代码", "单位地址", "责任人姓名", "证件类型", "证件号码",
                "出生日期", "责任人手机", "责任人住址", "起始ICCID", "终止ICCID", "卡数量", "用途", "登记时间",
                "审核状态"])
    seq = R.randint(2000, 4000)
    rows = []
    for e in [E_TB, E_YC, E_ZY, E_JY, E_AT, E_SY, E_HF]:
        rows.append((e, e.legal, "居民身份证"))
    extra = [(E_TB, "居民身份证"), (E_YC, "护照"), (E_ZY, "护照"), (E_SY, "港澳居民居住证"), (E_HF, "往来港澳通行证"),
             (E_JY, "居民身份证"), (E_AT, "居民身份证（15位旧证）")]
    for e, doc in extra:
        p = person(city=e.city, age=(30, 58))
        rows.append((e, p, doc))
    R.shuffle(rows)
    for e, p, doc in rows:
        seq += R.randint(1, 30)
        if doc == "护照":
            docno = (gen_passport(), PP)
        elif doc == "港澳居民居住证":
            p.ric = gen_ric(p.dob, p.sex, "810000")
            docno = (p.ric, RID)
        elif doc == "往来港澳通行证":
            docno = (gen_permit(), HKP)
        elif doc.startswith("居民身份证（15"):
            p.dob = dt.date(R.randint(1958, 1968), R.randint(1, 12), R.randint(1, 28))
            p.ric = gen_ric(p.dob, p.sex, R.choice(["330103", "330104", "330621", "330102"]))
            docno = (p.ric[:6] + p.ric[8:14] + p.ric[14:17], RID)
            doc = "居民身份证"
        else:
            docno = (p.ric, RID)
        n = R.choice([500, 1000, 2000, 3000, 5000])
        s, en = iccid_range("CMCC", n)
        dob = (p.dob.strftime(R.choice(["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"])), DOB)
        csv_row(d, [NEG("SMDJ2024%06d" % seq), e.name, NEG(e.uscc), NEG(e.addr), (p.name, N), doc,
                    docno, dob, (p.mob, PH), (p.addr, ADDR), (s, ICCID), (en, ICCID), str(n),
                    e.product, "2024-0%d-%02d %02d:%02d" % (R.randint(1, 6), R.randint(1, 28),
                                                          R.randint(9, 18), R.randint(0, 59)),
                    R.choice(["审核通过", "审核通过", "审核通过", "待补充材料"])])


# --------------------------------------------------------------------------- 11 contract excerpt


def f_contract(d):
    e = E_YC
    bank_acct = "3901" + digits(15)
    L = d.ln
    pad = " " * 28
    L(pad + "物联网业务合作协议")
    L("")
    L("                                                     合同编号：", NEG("ZJNB-IOT-2024-%05d" % R.randint(0, 99999)))
    L("甲方（客户）：", e.name)
    L("统一社会信用代码：", NEG(e.uscc))
    L("法定代表人：", (e.legal.name, N), "                     住所：", NEG(e.addr))
    L("联系人：", (e.biz.name, N), "        联系电话：", (e.biz.mob, PH), "        电子邮箱：", (e.biz.email, EM))
    L("开户银行：中国工商银行宁波鄞州支行        账号：", NEG(bank_acct))
    L("")
    L("乙方（服务提供方）：中国移动通信集团浙江有限公司宁波分公司")
    L("负责人：", (person("M", "宁波市").name, N), "                     住所：",
      NEG("宁波市鄞州区天童南路%d号" % R.randint(100, 999)))
    L("客户经理：", (AM2.name, N), "        联系电话：", (fmt_mob(AM2.mob, "sp"), PH), "        电子邮箱：",
      (AM2.email, EM))
    L("")
    L("    鉴于甲方为汽车前装车载终端（T-Box）供应商，需使用乙方物联网卡为其终端提供移动通信连接服务，")
    L("双方经友好协商，依据《中华人民共和国民法典》及相关法律法规，达成如下协议：")
    L("")
    L("第一条  服务内容")
    L("    1.1  乙方向甲方提供物联网卡（含贴片卡MP2）及OneLink连接管理平台服务，APN为", e.apn, "，")
    L("         仅开通定向数据业务，默认关闭语音、短信功能（白名单号码除外）。")
    L("    1.2  甲方首批订购物联网卡50,000张，资费为车联网定向流量套餐5GB/月，单价8.00元/卡/月。")
    L("第二条  实名登记与机卡绑定")
    L("    2.1  甲方应按照工业和信息化部物联网卡安全管理要求，落实实名登记，指定责任人：")
    L("         姓名：", (e.legal.name, N), "    证件号码：", (e.legal.ric, RID), "    手机：",
      (fmt_mob(e.legal.mob, "+86"), PH))
    L("    2.2  物联网卡须与甲方终端IMEI绑定使用（机卡绑定），出现机卡分离的，乙方有权停机。")
    L("    2.3  甲方将终端销售给个人车主的，应在车主激活车联网服务时完成车主身份信息登记，")
    L("         并按乙方要求提供车主姓名、证件号码、联系电话。")
    L("")
    L("                                  第 2 页 共 9 页")
    d.w("\f")
    L("第三条  费用与结算")
    L("    3.1  乙方每月5日前出具上月账单，甲方应于每月20日前支付至乙方指定账户：")
    L("         户名：中国移动通信集团浙江有限公司宁波分公司   账号：", NEG("3901" + digits(15)))
    L("    3.2  甲方逾期付款超过60日的，乙方有权暂停服务，并按日万分之五收取违约金。")
    L("第四条  信息安全与个人信息保护")
    L("    4.1  双方对在合作中获知的用户个人信息负有保密义务，未经用户同意不得向第三方提供。")
    L("    4.2  甲方通过OneLink API获取的位置信息仅限用于车辆防盗及救援，不得用于其他用途。")
    L("    4.3  甲方API账号（appid：", NEG(e.appid), "）的密码由甲方妥善保管，不得写入终端固件。")
    L("")
    L("附件一：首批测试卡清单（节选）")
    L("    序号   ICCID                  IMSI              MSISDN          终端IMEI")
    for i, c in enumerate(TBOX[:5], 1):
        L("    %-5d  " % i, (c.iccid, ICCID), "   ", (c.imsi, IMSI), "   ", (c.msisdn, PH), "   ",
          (c.imei, IMEI))
    L("    ……（其余49,995张见电子清单）")
    L("")
    L("甲方（盖章）：                                 乙方（盖章）：")
    L("授权代表（签字）：", (e.biz.name, N), "                     授权代表（签字）：", (AM2.name, N))
    L("签订日期：2024年3月18日                         签订日期：2024年3月18日")
    L("")
    L("                                  第 9 页 共 9 页")
    d.w("\f")


# --------------------------------------------------------------------------- 12 weekly report


def f_weekly(d):
    L = d.ln
    hf = E_HF.legal
    L("# 政企客户经理周报（2024年第25周：6月17日—6月21日）")
    L("")
    L("**客户经理**：", (AM.name, N), "　**所属**：杭州分公司政企客户部物联网行业组　**邮箱**：", (AM.email, EM))
    L("")
    L("## 一、本周重点工作")
    L("")
    L("1. **", E_TB.name, "**（儿童手表，在网物联网卡约11.2万张）：6月18日上门拜访，对接商务经理",
      (E_TB.biz.name, N), "（手机：", (fmt_mob(E_TB.biz.mob, "sp"), PH), "）和平台工程师",
      (E_TB.tech.name, N), "（", (E_TB.tech.mob, PH), "）。")
    L("   - 客户反映近期机卡分离停机较多（上周21张），多为售后换机，已指导其通过邮件提交白名单申请；")
    L("   - 客户希望开放“位置查询”API给家长端App，已提示需用户单独授权，建议仅返回区县级位置。")
    L("2. **", E_HR.name, "**（互联网专线200M）：6月20日完成受理，订单号ZJDL20240620017；技术联系人",
      (E_HR.tech.name, N), "要求24日上门，已协调装维。")
    L("3. **", E_JY.name, "**：欠费48,230.50元（3个月），已联系对方财务", (E_JY.fin.name, N), "，电话",
      (fmt_mob(E_JY.fin.mob, "+86"), PH), "，承诺6月25日前付清；催缴记录见CRM。")
    L("4. **", E_SY.name, "**：商户", (POS[1].user.name, N), "的POS卡被插入手机使用，单日流量3.2GB，",
      "已停机并开流量异常工单WO202406190037。")
    L("5. **新商机**：", E_HF.name, "（农业物联网，预计2,000张），联系人为法人", (hf.name, N),
      "，联系电话：", (fmt_mob(hf.mob, "fw"), PH), "（客户微信同号），下周二上门演示OneLink平台。")
    L("")
    L("## 二、客户联系人更新")
    L("")
    L("| 客户 | 联系人 | 职务 | 手机 | 邮箱 | 备注 |")
    L("|---|---|---|---|---|---|")
    rows = [(E_TB, E_TB.tech, "平台工程师", "plain", "接替原对接人"),
            (E_YC, E_YC.tech, "技术总监", "dash", "T-Box二期"),
            (E_ZY, E_ZY.biz, "采购经理", "plain", "NB水表续约"),
            (E_AT, E_AT.biz, "运营经理", "+86sp", "车队终端扩容"),
            (E_HR, E_HR.biz, "IT主管", "plain", "专线经办人")]
    for e, p, role, st, note in rows:
        L("| ", e.short, " | ", (p.name, N), " | ", role, " | ", (fmt_mob(p.mob, st), PH), " | ",
          (p.email, EM), " | ", note, " |")
    L("| ", E_JY.short, " | ", E_JY.fin.name[0], "* | 财务 | ", NEG(mask(E_JY.fin.mob)), " | — | 已脱敏（外发版） |")
    L("")
    L("## 三、问题与风险")
    L("")
    L("- ", E_TB.short, "的API密码在客户群里被明文转发过一次，已建议客户立即在平台修改密码并启用IP白名单（",
      (E_TB.srcip, IP), "）。")
    L("- 远驰T-Box车主投诉“车机流量不够用”，客户投诉热线10086转我处，车主", (TBOX[4].user.name, N),
      "（车牌", (dot_plate(TBOX[4].plate), PLATE), "），已解释为定向流量。")
    L("- 本周政企专线故障报修2起，均已在4小时内恢复，未触发SLA赔付。")
    L("")
    L("## 四、下周计划")
    L("")
    L("- 6月24日：恒瑞专线上门开通（施工负责人已约）；")
    L("- 6月25日：跟进捷运欠费回款，未付则发停机预警函；")
    L("- 6月26日：禾丰OneLink演示，准备测试卡20张（资费：物联网流量池套餐-10MB/月）；")
    L("- 整理童伴白名单申请，提交物联网支撑中心（", NEG("iot-support@zj.chinamobile.com"), "）。")


# --------------------------------------------------------------------------- 13 e-mail thread


def f_mail(d):
    L = d.ln
    e = E_TB
    tp, am, eng = e.tech, AM, IOT_ENG
    mid1 = "%s.%s@tongban-tech.com" % ("20240620101502", hexs(6, True))
    mid2 = "%s.%s@zj.chinamobile.com" % ("20240620164210", hexs(8, True))
    L("Return-Path: <", (am.email, EM), ">")
    L("Received: from mail.zj.chinamobile.com (mail.zj.chinamobile.com [", NEG("211.140.17.52"), "])")
    L("\tby mx.tongban-tech.com (Postfix) with ESMTPS id 4W4kQy2Xz9z1;")
    L("\tThu, 20 Jun 2024 16:42:13 +0800 (CST)")
    L("Message-ID: <", NEG(mid2), ">")
    L("In-Reply-To: <", NEG(mid1), ">")
    L("From: \"", (am.name, N), "\" <", (am.email, EM), ">")
    L("To: \"", (tp.name, N), "\" <", (tp.email, EM), ">")
    L("Cc: \"", (eng.name, N), "\" <", (eng.email, EM), ">, ", NEG("iot-support@zj.chinamobile.com"))
    L("Subject: Re: 关于机卡分离停机卡复机及白名单申请（童伴）")
    L("Date: Thu, 20 Jun 2024 16:42:10 +0800")
    L("MIME-Version: 1.0")
    L("Content-Type: text/plain; charset=UTF-8")
    L("Content-Transfer-Encoding: 8bit")
    L("")
    L(tp.name[0] + "工您好：")
    L("")
    L("您申请的第1张卡已由物联网支撑中心加入IMEI白名单并复机，有效期至7月20日，期间请完成重新绑定：")
    c = WATCH[3]
    L("  ICCID ", (c.iccid, ICCID), "  号码 ", (c.msisdn, PH), "  新IMEI ", (c.new_imei, IMEI))
    L("第2张（号码 ", (WATCH[7].msisdn, PH), "）检测到插入的是一部手机（IMEI ", (WATCH_PHONE_IMEI[0], IMEI),
      "），")
    L("不属于售后换机，按协议不能复机，请联系用户", (WATCH[7].user.name, N), "核实。")
    L("另：平台API密码请勿在邮件或微信中明文发送，建议尽快修改。")
    L("")
    L("--")
    L((am.name, N), " | 政企客户经理")
    L("中国移动浙江公司杭州分公司 政企客户部")
    L("手机：", (fmt_mob(am.mob, "+86dash"), PH), "   邮箱：", (am.email, EM))
    L("地址：", NEG("杭州市上城区解放路%d号移动大楼9楼" % R.randint(100, 300)))
    L("")
    L("-------- 原始邮件 --------")
    L("发件人: \"", (tp.name, N), "\" <", (tp.email, EM), ">")
    L("发送时间: 2024年6月20日 10:15")
    L("收件人: \"", (am.name, N), "\" <", (am.email, EM), ">")
    L("抄送: ", NEG("service@tongban-tech.com"))
    L("主题: 关于机卡分离停机卡复机及白名单申请（童伴）")
    L("")
    L("> " + am.name[0] + "经理好，")
    L(">")
    L("> 以下2张卡因售后换机被机卡分离停机，申请加入白名单并复机：")
    L(">")
    L("> | 序号 | ICCID | MSISDN | 原绑定IMEI | 新IMEI | 说明 |")
    L("> |---|---|---|---|---|---|")
    L("> | 1 | ", (c.iccid, ICCID), " | ", (c.msisdn, PH), " | ", (c.imei, IMEI), " | ",
      (c.new_imei, IMEI), " | 主板损坏，售后整机更换 |")
    c7 = WATCH[7]
    L("> | 2 | ", (c7.iccid, ICCID), " | ", (c7.msisdn, PH), " | ", (c7.imei, IMEI), " | 未知 | "
      "用户称未换机 |")
    L(">")
    L("> 第2张卡的家长", (c7.user.name, N), "（", (fmt_mob(c7.user.mob, "sp"), PH),
      "）来电投诉孩子手表无法使用，麻烦优先处理。")
    L("> 另有3台老款电信版手表（CDMA）计划迁移到贵司，请评估是否能保留原号码：")
    for ic, me in CT_WATCH:
        L(">   电信卡ICCID ", (ic, ICCID), "  MEID ", (me, MEID))
    L("> 平台账号 appid ", NEG(e.appid), "，当前密码 ", (e.pwd, CRED), "，方便您这边帮我们查下调用失败原因。")
    L(">")
    L("> --")
    L("> ", (tp.name, N), " ", (pinyin_name(tp), N), " | 物联网平台工程师")
    L("> ", e.name)
    L("> M: ", (fmt_mob(tp.mob, "+86sp"), PH), "   T: ", NEG(e.switch), " 转 ", tp.ext)
    L("> E: ", (tp.email, EM), "   售后邮箱: ", NEG("service@tongban-tech.com"))
    L("")
    L("此邮件可能包含用户个人信息，仅限收件人使用，请勿转发。")
    L("This message was sent from ", NEG("noreply@zj.chinamobile.com"), " relay; replies go to the sender.")


# --------------------------------------------------------------------------- 14 CRM work orders


def f_wo(d):
    L = d.ln
    c = POS[1]
    u = c.user
    dests = ["36.152.44.96", "120.233.43.182", "111.13.149.108"]
    enb = c.eci >> 8
    L("=" * 70)
    L("工单编号：WO202406190037    工单类型：物联网-流量异常    优先级：高    状态：处理中")
    L("建单时间：2024-06-19 22:14:03    建单人：zj_iot_mon（自动）    处理人：", (IOT_ENG.name, N))
    L("客户：", E_SY.name, "    集团编码：", NEG(E_SY.code), "    流量池：", NEG("LLC" + E_SY.code + "2406"))
    L("卡信息：ICCID ", (c.iccid, ICCID), " / IMSI ", (c.imsi, IMSI), " / 号码 ", (c.msisdn, PH))
    L("绑定IMEI：", (c.imei, IMEI), "（智能POS）    当前IMEI：", (c.new_imei, IMEI), "（手机）")
    L("异常描述：6月19日流量3,276.8MB，近30日日均18.6MB，超均值176倍；会话地址 ", (c.ip, IP),
      "，APN ", c.ent.apn, "。")
    L("TOP目的地址：", NEG(dests[0]), "（视频CDN）  ", NEG(dests[1]), "（短视频）  ", NEG(dests[2]),
      "（应用商店）")
    L("位置：ECI ", (str(c.eci), CELL), "（eNB ", NEG(str(enb)), "）",
      "，基站定位 ", ("%s,%s" % (c.lat, c.lon), COORD), "（精度约500米）")
    L("使用人：", (u.name, N), "（个体商户，", u.name[0] + "记" + c.shop, "）  证件号：", (u.ric, RID),
      "  联系电话：", (u.mob, PH))
    L("处理记录：")
    L("  06-19 22:20 系统自动限速至128kbps；")
    L("  06-20 09:05 ", (IOT_ENG.name, N), "致电使用人", (u.name, N), "（", (fmt_mob(u.mob, "dash"), PH),
      "），对方承认将POS卡插入手机追剧；")
    L("  06-20 09:30 按协议第2.2条停机，通知客户联系人", (E_SY.biz.name, N), "（", (E_SY.biz.mob, PH),
      "）；")
    pc = gen_bankcard()
    L("  06-20 10:12 客户同意承担超额流量费用412.50元，要求次月起开启“单卡流量封顶”；")
    L("              超额费用由使用人授权从其个人银行卡（", BANK_NAME[pc[:6]], " ", (pc, BC), "）代扣。")
    L("")
    L("=" * 70)
    c = BIKE[0]
    enb = c.eci >> 8
    L("工单编号：WO202406200008    工单类型：物联网-流量异常    优先级：中    状态：已解决")
    L("建单时间：2024-06-20 03:40:55    建单人：zj_iot_mon（自动）    处理人：zj_iot_op017")
    L("客户：", E_JY.name, "    影响卡数：312张（同批次固件V2.3.7）")
    L("样例卡：ICCID ", (c.iccid, ICCID), "  号码 ", (c.msisdn, PH), "  IMEI ", (c.imei, IMEI))
    L("  ECGI ", ("460-00-%d-%d" % (enb, c.eci & 0xff), CELL), "  TAC ", NEG(str(c.tac)),
      "  会话地址 ", (c.ip, IP), "  最后定位 lat=", (c.lat, COORD), " lon=", (c.lon, COORD))
    L("异常描述：凌晨2点起每台终端每5秒向OTA服务器 ", NEG("47.99.%d.%d" % (R.randint(1, 254), R.randint(1, 254))),
      ":8443 重复下载固件包（4.2MB），单卡日流量约90MB。")
    L("处理结果：客户技术联系人", (E_JY.tech.name, N), "（", (fmt_mob(E_JY.tech.mob, "+86"), PH),
      "）确认固件bug，03:55关闭OTA任务，流量恢复正常。")
    L("")
    L("=" * 70)
    L("【催缴记录】账期2024年3月-5月    催缴人：", (COLL.name, N), "（工号 zj_cj_0213）")
    L("-" * 70)
    e = E_JY
    L("客户：", e.name, "    集团编码：", NEG(e.code), "    欠费金额：48,230.50元    账龄：3个月")
    L("2024-06-12 14:20 电话催缴：联系财务", (e.fin.name, N), "，手机", (e.fin.mob, PH),
      "，对方称资金审批中，预计月底前支付。")
    L("2024-06-19 10:05 再次催缴：未接通；改拨法人", (e.legal.name, N), "手机",
      (fmt_mob(e.legal.mob, "sp"), PH), "，承诺6月25日前付清。")
    L("2024-06-19 10:30 发送停机预警短信（模板CJ_WARN_02）至", (e.fin.mob, PH), "，催缴函邮寄至单位地址：",
      NEG(e.addr), "。")
    L("-" * 70)
    e = E_AT
    card = gen_bankcard()
    L("客户：", e.name, "    集团编码：", NEG(e.code), "    欠费金额：21,760.00元    账龄：2个月")
    L("2024-06-17 09:40 电话催缴：联系法人", (e.legal.name, N), "（", (e.legal.mob, PH), "），同意先付20,000元。")
    L("2024-06-18 16:02 到账20,000.00元：付款方为法人个人银行卡（", BANK_NAME[card[:6]], "，卡号 ",
      (fmt_card(card), BC), "），户名", (e.legal.name, N), "；")
    L("                 财务备注：此前另一张卡尾号", NEG("6217 **** **** 3921"),
      "扣款失败，已通知客户不再使用。")
    L("2024-06-18 16:10 余款1,760.00元约定7月账期合并缴纳；对公账户：", NEG("1205" + digits(15)),
      "（", e.name, "）。")
    L("-" * 70)
    e = E_HF
    L("客户：", e.name, "    集团编码：", NEG(e.code), "    欠费金额：386.00元    账龄：1个月")
    L("2024-06-20 11:15 电话催缴：联系人", (e.biz.name, N), "手机", (e.biz.mob, PH), "关机；改拨固话",
      (gen_landline("绍兴市"), PH), "（", (e.biz.name, N), "办公室直线），未接听。单位总机", NEG(e.switch),
      "转财务无人应答。")
    L("2024-06-20 11:20 已短信及邮件（", (e.biz.email, EM), "）发送缴费通知，客服热线10086可查询账单。")
    hc = gen_bankcard()
    L("2024-06-20 15:48 ", (e.biz.name, N), "回电，同意以其个人银行卡代缴，银联代扣卡号：", (fmt_card(hc), BC),
      "，持卡人", (e.biz.name, N), "，代扣成功。")


# --------------------------------------------------------------------------- driver / checks

FILES = [
    ("onelink_card_export_20240620.csv", f_export),
    ("cmp_openapi_gateway_20240620.log", f_api),
    ("jkfl_alarm_20240620.log", f_alarm),
    ("traffic_pool_usage_202406.csv", f_pool),
    ("sms_signature_template_audit.csv", f_tpl),
    ("sms_send_log_20240620.log", f_sms),
    ("vpbx_extension_directory.csv", f_extdir),
    ("vpbx_400_call_log_20240620.csv", f_calls),
    ("dedicated_line_order_ZJDL20240620017.txt", f_dl),
    ("iot_realname_responsible_export.csv", f_realname),
    ("iot_contract_excerpt_pdftotext.txt", f_contract),
    ("am_weekly_report_2024W25.md", f_weekly),
    ("email_thread_card_recovery.eml", f_mail),
    ("crm_workorders_202406.txt", f_wo),
]

PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                      r"[A-HJ-NP-Z]·?(?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LAND_AREAS = tuple(AREA.values())


def norm_phone(v):
    dg = re.sub(r"[ \-+()（）]", "", unicodedata.normalize("NFKC", v))
    if dg.startswith("0086"):
        dg = dg[4:]
    elif dg.startswith("86") and len(dg) in (13, 15):
        dg = dg[2:]
    return dg


def check_value(typ, v):
    """Assert each labelled value is what it claims to be."""
    if typ == IMSI:
        assert re.fullmatch(r"460\d{12}", v) and v[3:5] in ALL_MNC, v
    elif typ == IMEI:
        assert v.isdigit() and v[:8] in TACS, v
        assert len(v) in (14, 16) or (len(v) == 15 and luhn_ok(v)), v
    elif typ == PH:
        dg = norm_phone(v)
        if dg.startswith("0"):
            assert dg.startswith(LAND_AREAS) and len(dg) == 12 and dg[4] in "2345678", v
        else:
            assert is_mobile(dg) or is_iot(dg), v
    elif typ == RID:
        if len(v) == 15:
            assert v.isdigit() and v[:6] in RIC_REGIONS and valid_date("19" + v[6:12]), v
        else:
            assert ric_ok(v), v
    elif typ == BC:
        dg = v.replace(" ", "")
        assert any(dg.startswith(b) and len(dg) == n for b, n in BANK_BIN) and luhn_ok(dg), v
    elif typ == ICCID:
        assert re.fullmatch(r"8986[0-9A-F]{15,16}", v), v
        if v.isdigit() and len(v) == 20:
            assert luhn_ok(v), v
    elif typ == MEID:
        assert re.fullmatch(r"A[01][0-9A-F]{12}", v), v
    elif typ == IP:
        a = ipaddress.ip_address(v)
        assert v not in DNS and v not in CMP_NODES, v
        assert a.version == 6 or not a.is_loopback, v
    elif typ == MAC:
        assert re.fullmatch(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}", v), v
    elif typ == CELL:
        assert re.fullmatch(r"\d{4,9}|460-00-\d{5,6}-\d{1,5}", v), v
    elif typ == COORD:
        parts = re.split(r",\s?", v)
        for x in parts:
            f = float(x)
            assert 27 < f < 31.5 or 118 < f < 123, v
        if len(parts) == 2:
            assert float(parts[0]) < 90 < float(parts[1]), v
    elif typ == CRED:
        assert len(v) >= 6 and "*" not in v, v
    elif typ == DOB:
        assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/]\d\d[-/]\d\d|\d{8}", v), v
    elif typ == PP:
        assert re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", v), v
    elif typ == HKP:
        assert re.fullmatch(r"C\d{8}", v), v
    elif typ == PLATE:
        assert PLATE_RE.fullmatch(v), v
    elif typ == EM:
        assert EMAIL_RE.fullmatch(v), v
        assert not v.split("@")[0] in ("iot-support", "noreply", "service", "finance",
                                       "reception"), v
    elif typ == N:
        assert (2 <= len(v) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in v)) or \
            re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", v), v
    elif typ == ADDR:
        assert v.endswith("室") and "市" in v, v


DIGRUN = re.compile(rb"(?<![\d.])\d+[Xx]?(?![\d])")
IPV4_RE = re.compile(rb"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
V6_RE = re.compile(rb"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
MAC_RE = re.compile(rb"(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
                    rb"(?![0-9A-Fa-f:-])")
ICCID_RE = re.compile(rb"(?<![0-9A-Za-z])8986[0-9A-F]{15,16}(?![0-9A-Za-z])")
EMAIL_B = re.compile(EMAIL_RE.pattern.encode())
LAND_RE = re.compile(rb"(?<!\d)0(?:571|574|577|573|575)-?[2-8]\d{7}(?!\d)")
COORD_RE = re.compile(rb"(?<![\d.])(?:2[7-9]|3[01]|11[89]|12[0-3])\.\d{4,}(?![\d.])")
FW_DIG = re.compile("[\uff10-\uff19]{7,}")


def self_check(doc, data):
    """Look-alikes written but neither labelled nor a deliberate negative, and labelled values
    that occur again elsewhere unlabelled."""
    spans = [(s, e) for s, e, _, _ in doc.labels] + [(s, e) for s, e, _ in doc.negs]

    def covered(a, b):
        return any(s <= a and b <= e for s, e in spans)

    probs = []
    for m in DIGRUN.finditer(data):
        if covered(m.start(), m.end()):
            continue
        g = m.group().decode()
        n, bad = len(g), None
        if g[-1] in "Xx":
            bad = "ric" if n == 18 and ric_ok(g, strict=False) else None
        elif n == 11 and is_mobile(g):
            bad = "mobile"
        elif n == 13 and (is_iot(g) or (g.startswith("86") and is_mobile(g[2:]))):
            bad = "iot/mobile86"
        elif n == 15 and g.startswith("460") and g[3:5] in ALL_MNC:
            bad = "imsi"
        elif n == 15 and luhn_ok(g) and g[:2] in ("35", "86"):
            bad = "imei"
        elif n in (14, 16) and g[:8] in TACS:
            bad = "imei14/16"
        elif n == 18 and ric_ok(g, strict=False):
            bad = "ric"
        elif n == 15 and g[:6] in RIC_REGIONS:
            bad = "ric15"
        elif 16 <= n <= 19 and g.startswith(tuple(b for b, _ in BANK_BIN)) and luhn_ok(g):
            bad = "bankcard"
        elif n in (19, 20) and g.startswith("8986"):
            bad = "iccid"
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
    for rx, nm in ((MAC_RE, "mac"), (ICCID_RE, "iccid"), (EMAIL_B, "email"), (LAND_RE, "landline"),
                   (COORD_RE, "coord"), (re.compile(rb"A[01][0-9A-F]{12}"), "meid")):
        for m in rx.finditer(data):
            if not covered(m.start(), m.end()):
                probs.append((nm, m.group().decode()))
    text = data.decode("utf-8")
    for rx, nm in ((PLATE_RE, "plate"), (FW_DIG, "fullwidth")):
        for m in rx.finditer(text):
            a = len(text[:m.start()].encode("utf-8"))
            if not covered(a, a + len(m.group().encode("utf-8"))):
                probs.append((nm, m.group()))
    # every labelled value must be labelled wherever it occurs (names, numbers, ...)
    seen = set()
    for s, e, typ, val in doc.labels:
        key = val.encode("utf-8")
        if key in seen or typ in (CELL, COORD, DOB) or len(key) < 4:
            continue
        seen.add(key)
        for m in re.finditer(re.escape(key), data):
            if not any(a <= m.start() and m.end() <= b for a, b, _, _ in doc.labels):
                probs.append(("unlabelled repeat of " + typ, val))
    return probs


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
        data.decode("utf-8")
        with open(os.path.join(args.out, fname), "wb") as f:
            f.write(data)
        written[fname] = data
        for s, e, typ, val in doc.labels:
            check_value(typ, val)
            assert val == val.strip() and val, (fname, val)
        for s, e, val in doc.negs:
            assert val and not any(a < e and s < b for a, b, _, _ in doc.labels), (fname, val)
        srt = sorted(doc.labels)
        for x, y in zip(srt, srt[1:]):
            assert x[1] <= y[0], (fname, x, y)
        probs = self_check(doc, data)
        for p in probs[:40]:
            print("UNLABELLED LOOK-ALIKE %s: %s %r" % (fname, p[0], p[1]), file=sys.stderr)
        failed |= bool(probs)
        all_labels.extend((fname, s, e, typ, val) for s, e, typ, val in doc.labels)
    # names must not contain one another (so a name never hides inside another)
    for a in _names:
        for b in _names:
            assert a == b or a not in b, (a, b)
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
        assert r["type"] in TYPES and r["end"] > r["start"]
    counts, per_file = {}, {}
    for fname, _, _, typ, _ in all_labels:
        counts[typ] = counts.get(typ, 0) + 1
        per_file[fname] = per_file.get(fname, 0) + 1
    tl = 0
    for fname, _ in FILES:
        nl = written[fname].count(b"\n")
        tl += nl
        print("%-42s %4d lines %4d labels" % (fname, nl, per_file.get(fname, 0)))
    for typ in TYPES:
        print("%-26s %5d" % (typ, counts.get(typ, 0)))
    print("total %d labels, %d lines in %d files" % (len(all_labels), tl, len(FILES)))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
