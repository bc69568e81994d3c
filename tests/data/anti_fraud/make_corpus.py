#!/usr/bin/python3
r"""Synthetic, labelled corpus: an operator's anti-fraud (反诈) centre and its exchanges with police
and banks - interception logs, blacklists, victim call-backs, police assistance requests, a bank's
mule-account list, reported fraud SMS, SIM-box detection, app reports, a case CDR extract, chat
exports, a weekly report, an English cross-border notice and a risk-model output.

All people and numbers are invented.  Identifiers are made valid: resident IDs have real GB/T 2260
region codes (some abolished, e.g. 330103, 440923; 81/82 residence-permit prefixes) and the
GB 11643 check character; mobiles come from allocated ranges and pass libphonenumber
(python3-phonenumbers); landlines have real area codes and valid lengths; foreign mobiles (PH, KH,
MM, MY, VN, TH, LA, AE, HK, MO, TW) are valid mobile numbers of their country; bank cards use real
BINs (62xxxx UnionPay debit, 625802/628288 credit, 518710/436742 Master/Visa) and pass Luhn; IMEIs
have plausible TACs and a Luhn check digit (16-digit IMEISVs also occur); IMSIs are 460 + a real
MNC (00/02/07 CM, 01/06/09 CU, 03/11 CT, 15 CBN) and a few roaming-in foreign IMSIs (515-02/03,
456-01/06, 414-06, 502-12, 452-04), all accepted by python-stdnum; ICCIDs start 8986 + operator
code, 20 digits with Luhn, or 19 digits, or 19 digits + "F" padding.  Phishing hosts, companies,
bank branches and police units are invented or generic and only appear as hard negatives.
The script checks itself before writing: every label's bytes equal its value, each value validates
for its type, labels do not overlap, and every occurrence of a labelled value anywhere in the
corpus is labelled (unless it is part of a longer digit run or of a larger labelled span).

Files
-----
intercept_log_20240617.log        Interception engine log (one day): key=value lines (igw-guard,
                                  fz-engine, sms-guard, roam-watch), JSON lines from risk-center,
                                  multi-line SIP INVITE captures, 96110 dissuasion lines in Chinese,
                                  noise (rule reloads, Kafka offsets, stats), a daily top-callers list.
blacklist_export_20240617.csv     Suspicious-number blacklist export: subscribers' numbers mixed with
                                  spoofed display numbers, 95xxx/96xxx, 400/800, short codes, 106 ports
                                  and impersonated police landlines (rule below).
victim_callback_workorders_202406.txt
                                  Victim call-back work orders in three layouts (key/value blocks,
                                  prose paragraphs, markdown table rows) with fraud narratives, family
                                  members, mule cards, a masked summary at the end.
police_assist_requests_202406.txt Five police assistance requests (协查函/调证通知书) and the operator's
                                  replies: subscriber lists, SIM/IMSI/ICCID/IMEI, cells, NAT look-ups.
mule_accounts_bank_feed_20240614.csv
                                  Bank mule-account (涉诈账户) list: debit / credit cards, holders with
                                  resident IDs, HK/Macau home-return permits, residence permits (81/82),
                                  PRC passports; corporate accounts (not labelled).
sms_fraud_reports_202406.txt      User-reported fraud SMS (12321/12381): reporter, sender, text.
simbox_detection_report_20240615.txt
                                  SIM-box (猫池) detection report: two sites, port tables, IMEI rewrites,
                                  serving cells, coordinates (lat,lon; DMS; GCJ-02 lon,lat), vehicles.
app_reports_export_20240616.jsonl App (国家反诈中心 style) reports, one JSON object a line: reporter,
                                  device, suspects, screenshot OCR text (escaped \n inside strings).
case_cdr_extract_<case no>.txt    Call records for one case, pipe-separated, no header.  Fields:
                                  rec_type|serial|served_msisdn|other_party|forwarded_to|start|
                                  duration_s|imsi|imei|lac_or_tac|ci|lon|lat|msc_or_gt|cause.
victim_chat_export_wechat_qq.txt  A WeChat export and a QQ export between victims and fraudsters.
weekly_stats_report_2024w24.txt   Weekly statistics: aggregates and masked examples; staff names only.
interpol_notice_cross_border_group.txt
                                  English Interpol-style diffusion: Latin + Chinese names, dates of
                                  birth, PRC IDs, passports, HK/Macau permits, foreign phones, e-mails,
                                  Cambodian addresses, a plate.
risk_scoring_output_20240616.csv  Risk-model output: hashed uids and msisdns, scores, features; some
                                  rows leak the raw msisdn, some top_callee values are raw.
bank_police_liaison_mail.txt      Four e-mails between a bank, the police and the operator.
reverify_results_202406.tsv       Second real-name verification (二次实名核验) results, some masked.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive); sorted by file, then start.

Label conventions
-----------------
(Values quoted below illustrate formats; they need not occur verbatim in the files.)
Every occurrence of an unmasked value of a private person is labelled: victims, their families,
subscribers / card sellers (实名登记人), suspects, mule-account holders, landlords and tenants,
operator / bank staff and police officers handling cases.
* PERSON_NAME: the name only, without titles or roles (陈振 in "陈振（警号 506355）", "LIU Zhenhua");
  Chinese, minority names with "·", traditional characters (陳嘉豪), Latin "FAMILY Given" and
  "CHAN Ka-ho" as one span each.  Also names in e-mail display names and in CSV/TSV/JSON fields.
  Not labelled: the names fraudsters use for impersonated officials / "customer service" (民警王磊,
  李志刚警官, 客服-陈经理) - they are not a real person's data; surname + title (王老师, 张会计,
  小王, 李姐); 张某 / 刘某某; masked names (张*, 王**, 赵*雪); chat nicknames and handles (阳光明媚,
  向日葵🌻, 任务导师A, Telegram @handles, "Ah Ho" aliases); company, bank-branch and police-unit names.
* PHONE_NUMBER: as written, including +86 / 0086 / 86 / "+86-" prefixes, spaces, dashes and
  full-width digits; foreign numbers in E.164, 00-prefixed, international or bare-digit form;
  landlines of homes.  Inside SIP/tel URIs only the number is labelled (+8613...).  Numbers of
  suspects (the real calling line, a fraudster's contact number written in an SMS) are labelled.
  Not labelled: spoofed display numbers (disp=, 显示号码, From: of a spoofed INVITE) - always service,
  organisation or fabricated numbers here; 95xxx, 96110, 96xxx, 110, 10086, 10010, 10000, 12321,
  12381, 12345, 12306, 400/800 numbers, 106 SMS ports; landlines of police units, banks, the
  centre's duty desks and offices (also "+86 10 6626 2114 (office)"); masked numbers (138****0000);
  network-node GT addresses such as vlr_gt=8613805711234 or a CDR msc_or_gt 8613800595123 (they look
  like mobiles but are switches); QQ numbers, WeChat ids, group numbers; a mobile used as the local
  part of an e-mail (19563998686@139.com) is covered by the EMAIL_ADDRESS label only.
  Blacklist rule: the 号码 cell is labelled iff 号码类型 is 个人手机(实名), 虚商号段手机, 境外手机
  or 个人固话(住宅); rows typed 改号显示号码, 服务号码, 400/800热线, 短号码, 106短信端口 or
  冒用公检法号码 are not labelled.  A number quoted in the 备注 column follows the general rule.
* CHINA_RESIDENT_ID_NUMBER: 18-character IDs (also lower-case x, 81/82 residence permits) wherever
  they occur, including inside fake "通缉令" texts that carry the victim's real ID.  Masked IDs
  (3301**********1234) are not labelled.  The birth date inside an ID is not labelled again.
* DATE_OF_BIRTH: explicit birth dates (1957-03-12, 1957年3月12日, 1957.03.12, 1960/8/2,
  19881026, 13/09/1995 (DD/MM/YYYY), 22 November 1989, 12 DEC 1992).  Ages (77岁), account-opening
  dates, registration dates and case dates are not labelled.
* BANK_CARD_NUMBER: card numbers as written (plain, groups of 4, "621483 4097459342", dashes) of
  victims and mule accounts, also "安全账户" numbers in SMS and in chats.  Not labelled: masked
  cards (6222 **** **** 1234, 622909********2641), corporate account numbers (对公账户, 17-20
  digits, not 62/Luhn), transaction and stop-payment numbers.
* STREET_ADDRESS: a person's address whole, from the first place name as written (province, city
  or district) to the last detail (室/号/组/栋...).  English: from "Room"/"No." to the city
  (Phnom Penh, Sihanoukville); a trailing province / "Cambodia" is not included.  Not labelled:
  addresses of police units, banks and business halls, birthplaces (Xinhua County, Loudi, Hunan;
  籍贯), 号码归属地, a district or city alone (余干县, 儋州市 in the blacklist area column).
* EMAIL_ADDRESS: personal and staff mailboxes; group mailboxes (fzzx@zjtelco.com.cn,
  ncb-beijing-fraud@mps.example.gov.cn) are not labelled.
* IP_ADDRESS: users' addresses (reporters' client IPs, NAT look-ups including the private
  10.x address of the subscriber, login IPs), IPv4 and IPv6.  No server IPs occur.
* IMSI_ID, IMEI_HARDWARE_ID (15 digits; 16-digit IMEISV also labelled IMEI_HARDWARE_ID),
  ICCID_NUMBER: every occurrence.  Masked IMSIs (46000**********) are not labelled.
* CELL_ID: the cell identity value: a whole CGI/ECGI written as one token (460-00-22543-186598401,
  the hex utran-cell-id-3gpp value 46011...), a decimal ECI/NCI (eci=186598401, JSON "eci": n,
  CDR ci field), an eNB-cell pair (728900-1) or a hex CI (0x0B1F4A01).  A separate TAC/LAC
  field alone, PCI and RSRP values are not labelled.
* LOCATION_COORDINATES: a pair written together ("30.274085,120.155070", "lon,lat" in GCJ-02
  order, DMS N21°31'49.56" E110°59'45.92") is one span; coordinates in separate fields
  (lat=... lon=..., CDR lon|lat columns) are one span each.
* CHINA_PASSPORT: E + 8 digits, E + letter + 7 digits, G + 8 digits.
* HK_MACAU_TRAVEL_PERMIT: mainland residents' 往来港澳通行证 (C + 8 digits, C + letter + 7 digits)
  and HK/Macau residents' home-return permits (H / M + 8 digits).
* CHINA_LICENSE_PLATE: whole, with the province character and any "·" or space (粤K·3D8F6,
  浙AD15190 new-energy).
* CREDENTIAL: passwords / payment PINs a victim disclosed, an attachment password, a temporary
  account password, an API token - the secret value only.  One-time SMS verification codes (验证码)
  and meeting ids are not labelled.
* Never labelled: case numbers (A3301...), work-order / report / task / stop-payment numbers,
  police document numbers, badge numbers (警号), channel codes, Unified Social Credit Codes,
  amounts, timestamps (incl. 13-digit millisecond epochs), CDR serials, hashes (sha1/sha256/md5),
  UUIDs, trace ids, IDFVs, USDT wallet addresses, phishing URLs and hosts, region codes
  ("region_code": "330105"), model versions.

usage: make_corpus.py [--out DIR]
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import uuid

import phonenumbers
from stdnum import imei as s_imei
from stdnum import imsi as s_imsi
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20240617
R = random.Random(SEED)
DIG = "0123456789"

N = "PERSON_NAME"
RID = "CHINA_RESIDENT_ID_NUMBER"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
BC = "BANK_CARD_NUMBER"
ADDR = "STREET_ADDRESS"
DOB = "DATE_OF_BIRTH"
IP = "IP_ADDRESS"
IMSI = "IMSI_ID"
IMEI = "IMEI_HARDWARE_ID"
ICCID = "ICCID_NUMBER"
CELL = "CELL_ID"
GEO = "LOCATION_COORDINATES"
PP = "CHINA_PASSPORT"
HKM = "HK_MACAU_TRAVEL_PERMIT"
PLATE = "CHINA_LICENSE_PLATE"
CRED = "CREDENTIAL"

# ----------------------------------------------------------------------------- document helper


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        """parts: str (plain), (value, TYPE) tuples (labelled) or lists of parts."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                v, typ = p
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


def L(v, t):
    return (v, t)


def csv_cell(v):
    """A CSV cell: quoted when it holds a comma or a quote (labelled values never hold quotes)."""
    flat = plain(v)
    if "," in flat or '"' in flat:
        if isinstance(v, str):
            return '"' + v.replace('"', '""') + '"'
        assert '"' not in flat
        return ['"', v, '"']
    return v


def plain(v):
    if isinstance(v, tuple):
        return v[0]
    if isinstance(v, list):
        return "".join(plain(x) for x in v)
    return v or ""


def csv_row(d, cells, sep=","):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        out.append(csv_cell(c) if sep == "," else c)
    d.w(out, "\n")


class S(list):
    """A JSON string value assembled from parts (some labelled)."""


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jparts(p):
    if isinstance(p, tuple):
        assert jesc(p[0]) == p[0], p
        return [p]
    if isinstance(p, list):
        return [jparts(x) for x in p]
    return jesc(p)


def jemit(v, indent=None, lvl=0):
    """JSON text as Doc parts. Leaves: str, int, float, bool, None, (str, TYPE) labelled string,
    S([...]) string built from parts, ('#', value, TYPE) labelled bare number."""
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (lvl + 1))
    endpad = "" if indent is None else " " * (indent * lvl)
    sep = ", " if indent is None else ","
    if isinstance(v, S):
        return ['"', jparts(list(v)), '"']
    if isinstance(v, tuple) and len(v) == 3 and v[0] == "#":
        return [(v[1], v[2])]
    if isinstance(v, tuple):
        return ['"', jparts(v), '"']
    if isinstance(v, dict):
        if not v:
            return "{}"
        out = ["{", nl]
        for i, (k, x) in enumerate(v.items()):
            if i:
                out += [sep, nl]
            out += [pad, json.dumps(k, ensure_ascii=False), ": ", jemit(x, indent, lvl + 1)]
        out += [nl, endpad, "}"]
        return out
    if isinstance(v, list):
        if not v:
            return "[]"
        out = ["[", nl]
        for i, x in enumerate(v):
            if i:
                out += [sep, nl]
            out += [pad, jemit(x, indent, lvl + 1)]
        out += [nl, endpad, "]"]
        return out
    return json.dumps(v, ensure_ascii=False)


# ----------------------------------------------------------------------------- small generators

USED = set()


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def uniq(fn):
    for _ in range(10000):
        v = fn()
        if v is not None and v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("cannot make a unique value")


def fail_luhn(s):
    """A digit string that is not Luhn-valid (for hard negatives)."""
    if luhn.is_valid(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")

MOB_PREFIX = {
    "CM": "134 135 136 137 138 139 147 150 151 152 157 158 159 178 182 183 184 187 188 195 198".split(),
    "CU": "130 131 132 145 155 156 166 175 176 185 186 196".split(),
    "CT": "133 149 153 173 177 180 181 189 190 191 193 199".split(),
    "CBN": ["192"],
    "VNO": "1700 1701 1703 1705 1706 1704 1707 1708 1709 171 162 165 167".split(),
}
MNC = {"CM": ["00", "00", "00", "02", "07"], "CU": ["01", "01", "01", "06", "09"],
       "CT": ["11", "11", "03"], "CBN": ["15"]}
ICC_OP = {"CM": ["00"], "CU": ["01"], "CT": ["03", "11"], "CBN": ["15"]}


def cn_valid(n):
    try:
        x = phonenumbers.parse("+86" + n)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(x)


def gen_mobile(op="CM"):
    def f():
        pre = R.choice(MOB_PREFIX[op])
        n = pre + digits(11 - len(pre))
        if not cn_valid(n) or phonenumbers.number_type(phonenumbers.parse("+86" + n)) != 1:
            return None
        if any(c * 5 in n for c in DIG):
            return None
        return n
    return uniq(f)


def host_op(mobile):
    p3, p4 = mobile[:3], mobile[:4]
    if p3 in ("170", "171", "162", "165", "167"):
        if p3 == "170":
            return {"0": "CT", "1": "CT", "2": "CT", "3": "CM", "5": "CM", "6": "CM"}.get(mobile[3], "CU")
        return {"171": "CU", "162": "CT", "165": "CM", "167": "CU"}[p3]
    for op, ps in MOB_PREFIX.items():
        if p3 in ps or p4 in ps:
            return op
    raise ValueError(mobile)


def gen_landline(ac):
    def f():
        ln = R.choice([7, 8])  # subscriber-number length depends on the area; the metadata decides
        n = ac + R.choice("2345678") + digits(ln - 1)
        x = phonenumbers.parse("+86" + n[1:])
        if not phonenumbers.is_valid_number(x) or phonenumbers.number_type(x) != 0:
            return None
        return n
    return uniq(f)


FOREIGN_PAT = {  # region: national-number prefixes of mobile ranges, national length
    "PH": (["917", "918", "927", "935", "945", "956", "966", "977", "995", "998"], 10),
    "KH": (["96", "97", "88", "10", "12", "15", "70", "71", "92"], 8),
    "MM": (["97", "96", "95", "94", "79", "78", "69", "68"], 10),
    "MY": (["12", "13", "16", "17", "19", "11"], 9),
    "VN": (["90", "91", "93", "94", "96", "97", "98", "86", "88"], 9),
    "TH": (["81", "82", "86", "89", "91", "92", "95", "97"], 9),
    "LA": (["2020", "2022", "2055", "2077", "2095", "2059"], 10),
    "AE": (["50", "52", "55", "56", "58"], 9),
    "HK": (["51", "53", "54", "56", "59", "61", "62", "64", "66", "67", "69", "90", "92", "93", "94", "97", "98"], 8),
    "MO": (["62", "63", "65", "66", "68"], 8),
    "TW": (["912", "920", "932", "955", "963", "972", "988"], 9),
}


def gen_foreign(reg):
    pres, ln = FOREIGN_PAT[reg]

    def f():
        pre = R.choice(pres)
        nat = pre + digits(ln - len(pre))
        x = phonenumbers.parse(nat, reg)
        if not phonenumbers.is_valid_number(x) or phonenumbers.number_type(x) not in (1, 2):
            return None
        return phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.E164)
    return uniq(f)


def fmt_foreign(e164, style):
    x = phonenumbers.parse(e164)
    if style == "e164":
        return e164
    if style == "intl":
        return phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "00":
        return "00" + e164[1:]
    if style == "00-":
        return "00" + str(x.country_code) + "-" + str(x.national_number)
    if style == "bare":
        return e164[1:]
    raise ValueError(style)


def fmt_mob(n, style):
    if style == "plain":
        return n
    if style == "sp":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "+86":
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "+86c":
        return "+86" + n
    if style == "+86-":
        return "+86-" + n
    if style == "0086":
        return "0086" + n
    if style == "0086-":
        return "0086-" + n
    if style == "86":
        return "86" + n
    if style == "fw":
        return n.translate(FW)
    if style == "sp2":
        return f"{n[:3]} {n[3:]}"
    raise ValueError(style)


def fmt_land(n, style):
    ac = n[:4] if n[1] not in "12" else n[:3]
    rest = n[len(ac):]
    if style == "dash":
        return f"{ac}-{rest}"
    if style == "paren":
        return f"({ac}){rest}"
    if style == "plain":
        return n
    if style == "+86":
        return f"+86 {ac[1:]} {rest}"
    if style == "sp":
        return f"{ac} {rest}"
    raise ValueError(style)


def mob_style(weights=None):
    styles = ["plain", "sp", "dash", "+86", "+86c", "0086", "86", "fw", "+86-"]
    w = weights or [50, 10, 7, 6, 6, 3, 4, 2, 2]
    return R.choices(styles, w)[0]


def mask_mob(n):
    return n[:3] + "****" + n[7:]


def gen_imsi(op):
    def f():
        v = "460" + R.choice(MNC[op]) + digits(10)
        return v if s_imsi.is_valid(v) else None
    return uniq(f)


def gen_foreign_imsi(mccmnc):
    def f():
        v = mccmnc + digits(15 - len(mccmnc))
        return v if s_imsi.is_valid(v) else None
    return uniq(f)


TACS = ["86754304", "86983604", "86076504", "86156905", "86420705", "86813104", "86258104",
        "86694203", "35391110", "35332211", "35467812", "35921309", "35209900", "86440305",
        "86888803", "86617104", "86937805", "35688009", "86071206", "86352004"]
MODULE_TACS = ["86170702", "86425104", "86606003", "86359603"]  # modem modules in SIM banks


def gen_imei(tac=None):
    def f():
        body = (tac or R.choice(TACS)) + digits(6)
        return body + luhn.calc_check_digit(body)
    return uniq(f)


def gen_iccid(op, kind="20"):
    def f():
        body = "8986" + R.choice(ICC_OP[op]) + digits(13)
        if kind == "20":
            return body + luhn.calc_check_digit(body)
        if kind == "19":
            return body
        return body + "F"
    return uniq(f)


BINS = [  # bin, length, bank
    ("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("622848", 19, "中国农业银行"),
    ("623052", 19, "中国农业银行"), ("621700", 19, "中国建设银行"), ("622700", 19, "中国建设银行"),
    ("621661", 19, "中国银行"), ("621785", 19, "中国银行"), ("622262", 19, "交通银行"),
    ("622588", 16, "招商银行"), ("621483", 16, "招商银行"), ("621098", 19, "中国邮政储蓄银行"),
    ("622188", 19, "中国邮政储蓄银行"), ("623058", 19, "平安银行"), ("622909", 18, "兴业银行"),
    ("621779", 19, "农村商业银行"), ("622630", 16, "华夏银行"), ("621691", 16, "民生银行"),
]
CREDIT_BINS = [("625802", 16, "招商银行信用卡"), ("628288", 16, "中信银行信用卡"),
               ("518710", 16, "工商银行Master信用卡"), ("436742", 16, "建设银行Visa卡")]


def gen_card(credit=False, bins=None):
    b, ln, bank = R.choice(bins or (CREDIT_BINS if credit else BINS))

    def f():
        body = b + digits(ln - len(b) - 1)
        return body + luhn.calc_check_digit(body)
    return uniq(f), bank


def fmt_card(c, style):
    if style == "plain":
        return c
    if style == "sp4":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if style == "dash4":
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    if style == "sp6":
        return c[:6] + " " + c[6:]
    raise ValueError(style)


def card_style():
    return R.choices(["plain", "sp4", "dash4", "sp6"], [60, 30, 4, 6])[0]


def mask_card(c, k=4):
    return c[:4] + " **** **** " + c[-k:] if R.random() < 0.5 else c[:6] + "*" * (len(c) - 10) + c[-4:]


def gen_rid(code, dob, sex):
    def f():
        seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
        body = code + dob.strftime("%Y%m%d") + f"{seq:03d}"
        return body + ric.calc_check_digit(body + "0")
    return uniq(f)


def mask_rid(r):
    return R.choice([r[:6] + "********" + r[-4:], r[:3] + "*" * 11 + r[-4:], r[:4] + "**********" + r[-4:]])


def gen_passport():
    def f():
        k = R.random()
        if k < 0.55:
            return "E" + digits(8)
        if k < 0.9:
            return "E" + R.choice("ABCDFGHJKLMNPQRS") + digits(7)
        return "G" + digits(8)
    return uniq(f)


def gen_hk_permit(kind="C"):
    def f():
        if kind == "C":
            return "C" + (digits(8) if R.random() < 0.6 else R.choice("ABCDEFGHJKLMN") + digits(7))
        return kind + digits(8)  # H / M: home-return permit of HK / Macau residents
    return uniq(f)


PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate(prefix):
    def f():
        k = R.random()
        if k < 0.55:
            tail = "".join(R.choice(DIG + PLATE_LET) for _ in range(5))
            if sum(c.isalpha() for c in tail) > 2:
                return None
        elif k < 0.8:
            tail = digits(5)
        else:
            tail = R.choice("DF") + digits(5)  # new-energy plates
        sep = R.choice(["", "", "·", " "])
        return prefix + sep + tail
    return uniq(f)


def gen_ip():
    def f():
        if R.random() < 0.15:
            pre = R.choice(["240e:", "2409:8a", "2408:84"])
            if pre == "240e:":
                s = "240e:" + hexs(3) + ":" + ":".join(hexs(R.randint(3, 4)) for _ in range(6))
            else:
                s = pre + hexs(2) + ":" + ":".join(hexs(R.randint(3, 4)) for _ in range(6))
            return s
        a = R.choice([36, 39, 42, 58, 59, 60, 61, 101, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                      120, 121, 122, 123, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219,
                      220, 221, 222, 223])
        return f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return uniq(f)


def fmt_dob(d, style=None):
    style = style or R.choice(["iso", "cn", "cn0", "dot", "slash", "compact"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return d.strftime("%Y年%m月%d日")
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "en":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if style == "EN":
        return f"{d.day:02d} {d.strftime('%b').upper()} {d.year}"
    raise ValueError(style)


def age_of(d, ref=dt.date(2024, 6, 17)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# ----------------------------------------------------------------------------- names

SUR = [("王", "wang", 30), ("李", "li", 30), ("张", "zhang", 28), ("刘", "liu", 22), ("陈", "chen", 22),
       ("杨", "yang", 12), ("黄", "huang", 11), ("赵", "zhao", 10), ("吴", "wu", 10), ("周", "zhou", 10),
       ("徐", "xu", 8), ("孙", "sun", 8), ("马", "ma", 7), ("朱", "zhu", 7), ("胡", "hu", 7),
       ("郭", "guo", 6), ("何", "he", 6), ("林", "lin", 6), ("罗", "luo", 5), ("高", "gao", 5),
       ("郑", "zheng", 5), ("梁", "liang", 5), ("谢", "xie", 4), ("宋", "song", 4), ("唐", "tang", 4),
       ("许", "xu", 4), ("韩", "han", 4), ("冯", "feng", 4), ("邓", "deng", 4), ("曹", "cao", 3),
       ("彭", "peng", 3), ("曾", "zeng", 3), ("肖", "xiao", 3), ("田", "tian", 3), ("董", "dong", 3),
       ("潘", "pan", 3), ("袁", "yuan", 3), ("蔡", "cai", 3), ("蒋", "jiang", 3), ("余", "yu", 3),
       ("杜", "du", 2), ("叶", "ye", 2), ("程", "cheng", 2), ("魏", "wei", 2), ("苏", "su", 2),
       ("吕", "lv", 2), ("丁", "ding", 2), ("沈", "shen", 2), ("任", "ren", 2), ("姚", "yao", 2),
       ("卢", "lu", 2), ("傅", "fu", 2), ("钟", "zhong", 2), ("姜", "jiang", 2), ("崔", "cui", 2),
       ("谭", "tan", 2), ("廖", "liao", 2), ("范", "fan", 2), ("汪", "wang", 2), ("陆", "lu", 2),
       ("金", "jin", 2), ("石", "shi", 2), ("戴", "dai", 2), ("贾", "jia", 2), ("韦", "wei", 2),
       ("夏", "xia", 2), ("邱", "qiu", 2), ("方", "fang", 2), ("侯", "hou", 2), ("邹", "zou", 2),
       ("熊", "xiong", 2), ("孟", "meng", 1), ("秦", "qin", 1), ("白", "bai", 1), ("薛", "xue", 1),
       ("尹", "yin", 1), ("段", "duan", 1), ("雷", "lei", 1), ("黎", "li", 1), ("龙", "long", 1),
       ("陶", "tao", 1), ("贺", "he", 1), ("顾", "gu", 1), ("毛", "mao", 1), ("龚", "gong", 1),
       ("邵", "shao", 1), ("钱", "qian", 1), ("覃", "qin", 1), ("莫", "mo", 1), ("洪", "hong", 1),
       ("隗", "wei", 0.4), ("佘", "she", 0.4), ("冼", "xian", 0.4), ("笪", "da", 0.3), ("阙", "que", 0.3),
       ("訾", "zi", 0.3), ("邬", "wu", 0.4), ("甄", "zhen", 0.4), ("麦", "mai", 0.4),
       ("欧阳", "ouyang", 0.8), ("司马", "sima", 0.3), ("上官", "shangguan", 0.3), ("诸葛", "zhuge", 0.2),
       ("慕容", "murong", 0.2), ("皇甫", "huangfu", 0.2)]
SUR_W = [s[2] for s in SUR]
G_M1 = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁亮浩宇轩博振彬峰凯旭锋坤龙")
G_F1 = list("芳娜敏静丽艳娟霞燕玲婷琳萍红梅莉颖洁倩雪欣慧岚")
G_M2 = ["建国", "志强", "建华", "国庆", "海涛", "俊杰", "浩然", "子轩", "宇航", "文博", "振华", "家豪",
        "晓东", "永红", "德明", "志勇", "建军", "立新", "海波", "明辉", "少华", "伟民", "国平", "春生",
        "金福", "荣华", "天佑", "梓豪", "一鸣", "嘉乐", "昊天", "俊熙", "世杰", "长江", "卫东", "新民"]
G_F2 = ["秀英", "桂英", "秀兰", "丽华", "晓燕", "美玲", "雪梅", "婷婷", "欣怡", "梓涵", "雨桐", "佳怡",
        "思琪", "春梅", "海燕", "玉兰", "淑珍", "凤英", "月娥", "素芬", "巧玲", "慧敏", "雅琴", "诗涵",
        "若曦", "晓丽", "红霞", "丽娟", "金凤", "亚男", "秋菊", "翠花", "惠芳", "婉清", "梦瑶", "可馨"]
MINORITY = [("买买提·艾力", "M"), ("阿依古丽·吐尔逊", "F"), ("扎西顿珠", "M"), ("格桑卓玛", "F"),
            ("巴特尔", "M"), ("努尔艾力·买买提", "M"), ("其其格", "F"), ("热依汗古丽·艾买提", "F"),
            ("次仁央宗", "F"), ("岩温香", "M"), ("玉罕", "F"), ("阿卜杜拉·热合曼", "M")]
PINYIN_SUR = {s[0]: s[1] for s in SUR}
NAMES_USED = {"王磊", "张建国", "李志刚", "陈国华", "刘明", "赵卫东", "孙立军", "周斌",  # fraudsters' fake officials
              "张浩然", "林伟强", "吴美玲", "黄志勇", "欧阳杰", "刘振华"}  # handwritten people


def gen_name(sex="M"):
    for _ in range(1000):
        if R.random() < 0.025:
            cands = [m for m in MINORITY if m[1] == sex and m[0] not in NAMES_USED]
            if cands:
                nm = R.choice(cands)[0]
                NAMES_USED.add(nm)
                return nm
        s = R.choices(SUR, SUR_W)[0][0]
        if sex == "M":
            g = R.choice(G_M1) if R.random() < 0.35 else (R.choice(G_M2) if R.random() < 0.6 else R.choice(G_M1) + R.choice(G_M1))
        else:
            g = R.choice(G_F1) if R.random() < 0.3 else (R.choice(G_F2) if R.random() < 0.6 else R.choice(G_F1) + R.choice(G_F1))
        if len(g) == 2 and g[0] == g[1] and g not in ("婷婷",):
            continue
        nm = s + g
        if nm not in NAMES_USED:
            NAMES_USED.add(nm)
            return nm
    raise RuntimeError


def surname(nm):
    if "·" in nm or len(nm) > 4:
        return None
    return nm[:2] if nm[:2] in PINYIN_SUR else nm[0]


def mask_name(nm):
    s = surname(nm) or nm[0]
    return s + "*" * (len(nm) - len(s)) if R.random() < 0.6 else s + "*" + nm[-1] if len(nm) == 3 else s + "*"


def gen_email(nm=None, year=None):
    def f():
        doms = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "189.cn",
                "outlook.com", "gmail.com", "aliyun.com", "hotmail.com", "yeah.net", "sohu.com"]
        dom = R.choice(doms)
        sur = PINYIN_SUR.get(surname(nm) if nm else None, None) if nm else None
        k = R.random()
        if dom == "qq.com" and k < 0.6:
            return str(R.randint(10000000, 3999999999)) + "@qq.com"
        if dom == "139.com" and k < 0.7:
            return gen_mobile("CM") + "@139.com"
        if sur and k < 0.75:
            sep = R.choice(["", ".", "_", ""])
            tail = R.choice([str(year or R.randint(1970, 2003)), str(year or 1988)[2:], digits(3), "", hexs(2)])
            return sur + sep + "".join(R.choice("abcdefghjklmnpqrstwxyz") for _ in range(R.randint(1, 3))) + tail + "@" + dom
        w = R.choice(["sunny", "lucky", "xiaoyu", "tiantian", "momo", "happy", "blue", "kk", "dream", "amy",
                      "leo", "jack", "lily", "coco", "ant", "river", "mumu", "yoyo"])
        return w + R.choice(["", "_", "."]) + digits(R.randint(2, 6)) + "@" + dom
    return uniq(f)


# ----------------------------------------------------------------------------- places

LOCS = [
    # code, province, city, district, area code, plate, (lat, lon), streets, estates / towns, old code, kind
    dict(code="330105", prov="浙江省", city="杭州市", dist="拱墅区", ac="0571", plate="浙A", ll=(30.319, 120.141),
         streets=["湖墅南路", "莫干山路", "大关路", "登云路", "丽水路", "上塘路"],
         estates=["湖墅新村", "大关西苑", "德胜新村", "紫荆家园", "和睦新村", "瓜山未来社区"], old="330103"),
    dict(code="330106", prov="浙江省", city="杭州市", dist="西湖区", ac="0571", plate="浙A", ll=(30.276, 120.105),
         streets=["文一西路", "古墩路", "天目山路", "文三路", "益乐路", "文二路"],
         estates=["嘉绿苑", "翠苑一区", "古荡新村", "骆家庄西苑", "桂花城", "竞舟北苑"], old=None),
    dict(code="330110", prov="浙江省", city="杭州市", dist="余杭区", ac="0571", plate="浙A", ll=(30.290, 120.010),
         streets=["五常大道", "良睦路", "文一西路", "荆长大道"],
         estates=["西溪里", "五常港花园", "良渚文化村玉鸟苑", "未来科技城海创园公寓"], old=None),
    dict(code="330109", prov="浙江省", city="杭州市", dist="萧山区", ac="0571", plate="浙A", ll=(30.162, 120.264),
         streets=["金城路", "市心中路", "人民路", "育才北路"], estates=["金色钱塘", "湘湖人家", "城厢新苑"], old=None),
    dict(code="330102", prov="浙江省", city="杭州市", dist="上城区", ac="0571", plate="浙A", ll=(30.245, 120.171),
         streets=["望江路", "秋涛路", "凤起东路", "江城路"], estates=["采荷一小区", "景芳三区", "近江家园"], old="330104"),
    dict(code="330302", prov="浙江省", city="温州市", dist="鹿城区", ac="0577", plate="浙C", ll=(28.015, 120.650),
         streets=["车站大道", "学院中路", "府前街", "锦绣路"], estates=["水心住宅区", "黎明新村", "新田园"], old=None),
    dict(code="330212", prov="浙江省", city="宁波市", dist="鄞州区", ac="0574", plate="浙B", ll=(29.816, 121.547),
         streets=["四明中路", "天童南路", "首南路", "钱湖北路"], estates=["南裕新村", "东方丽都", "格兰晴天"], old=None),
    dict(code="440307", prov="广东省", city="深圳市", dist="龙岗区", ac="0755", plate="粤B", ll=(22.721, 114.247),
         streets=["龙岗大道", "布吉路", "吉华路", "五和大道"], estates=["中海怡翠山庄", "坂田万科城", "水径新村", "大运新城"], old=None),
    dict(code="440304", prov="广东省", city="深圳市", dist="福田区", ac="0755", plate="粤B", ll=(22.541, 114.055),
         streets=["深南中路", "福华路", "益田路", "梅林路"], estates=["景田北小区", "梅林一村", "莲花北村"], old=None),
    dict(code="440306", prov="广东省", city="深圳市", dist="宝安区", ac="0755", plate="粤B", ll=(22.555, 113.884),
         streets=["新安六路", "宝民一路", "西乡大道"], estates=["富盈门", "海滨新村", "西城上筑"], old=None),
    dict(code="440106", prov="广东省", city="广州市", dist="天河区", ac="020", plate="粤A", ll=(23.125, 113.361),
         streets=["天河北路", "石牌东路", "员村二横路", "龙口西路"], estates=["天河北苑", "华景新城", "龙口西小区"], old=None),
    dict(code="440111", prov="广东省", city="广州市", dist="白云区", ac="020", plate="粤A", ll=(23.157, 113.273),
         streets=["同和路", "机场路", "广园中路"], estates=["云景花园", "金沙洲新社区", "同德花园"], old=None),
    dict(code="310115", prov="", city="上海市", dist="浦东新区", ac="021", plate="沪A", ll=(31.221, 121.544),
         streets=["张杨路", "浦东南路", "锦绣路", "杨高中路", "东方路"], estates=[], old=None, lane=True),
    dict(code="310104", prov="", city="上海市", dist="徐汇区", ac="021", plate="沪B", ll=(31.188, 121.437),
         streets=["漕溪北路", "田林路", "宜山路", "龙华西路"], estates=[], old=None, lane=True),
    dict(code="110105", prov="", city="北京市", dist="朝阳区", ac="010", plate="京N", ll=(39.921, 116.443),
         streets=["望京西园三区", "团结湖北里", "劲松八区", "安慧里四区"], estates=[], old=None, bj=True),
    dict(code="110108", prov="", city="北京市", dist="海淀区", ac="010", plate="京Q", ll=(39.959, 116.298),
         streets=["学院路甲", "北洼路", "万寿路"], estates=["志新村小区", "北洼西里", "翠微北里"], old=None),
    dict(code="320106", prov="江苏省", city="南京市", dist="鼓楼区", ac="025", plate="苏A", ll=(32.066, 118.769),
         streets=["中山北路", "湖南路", "草场门大街"], estates=["银城东苑", "清江花苑"], old=None),
    dict(code="430104", prov="湖南省", city="长沙市", dist="岳麓区", ac="0731", plate="湘A", ll=(28.235, 112.931),
         streets=["枫林二路", "银盆南路", "麓山南路"], estates=["金峰小区", "恒大华府", "桐梓坡小区"], old=None),
    dict(code="510107", prov="四川省", city="成都市", dist="武侯区", ac="028", plate="川A", ll=(30.642, 104.043),
         streets=["科华北路", "玉林南路", "佳灵路"], estates=["玉林小区", "金履小区"], old=None),
    dict(code="410105", prov="河南省", city="郑州市", dist="金水区", ac="0371", plate="豫A", ll=(34.800, 113.660),
         streets=["花园路", "文化路", "经三路"], estates=["丰庆华府", "宏达小区"], old=None),
    dict(code="420111", prov="湖北省", city="武汉市", dist="洪山区", ac="027", plate="鄂A", ll=(30.500, 114.343),
         streets=["珞喻路", "雄楚大道"], estates=["保利花园", "书城路小区"], old=None),
    dict(code="500112", prov="", city="重庆市", dist="渝北区", ac="023", plate="渝A", ll=(29.718, 106.631),
         streets=["金开大道", "新南路", "红锦大道"], estates=["龙湖新壹城", "金科天湖美镇"], old=None),
    dict(code="370102", prov="山东省", city="济南市", dist="历下区", ac="0531", plate="鲁A", ll=(36.666, 117.076),
         streets=["经十路", "解放路", "和平路"], estates=["燕子山小区", "山大路南区"], old=None),
    # rural / county-level: fraud hot spots
    dict(code="431322", prov="湖南省", city="娄底市", dist="新化县", ac="0738", plate="湘K", ll=(27.727, 111.327),
         towns=[("上梅街道", ["城北社区", "天华社区"]), ("游家镇", ["油溪桥村", "大塘村"]), ("琅塘镇", ["洋溪村", "白溪村"])], old=None),
    dict(code="361127", prov="江西省", city="上饶市", dist="余干县", ac="0793", plate="赣E", ll=(28.702, 116.695),
         towns=[("玉亭镇", ["城东村", "桥头村"]), ("瑞洪镇", ["西岗村", "康山村"]), ("黄金埠镇", ["新桥村"])], old=None),
    dict(code="450126", prov="广西壮族自治区", city="南宁市", dist="宾阳县", ac="0771", plate="桂A", ll=(23.217, 108.810),
         towns=[("宾州镇", ["南街村", "新宁村"]), ("黎塘镇", ["王灵村", "新雷村"])], old=None),
    dict(code="440904", prov="广东省", city="茂名市", dist="电白区", ac="0668", plate="粤K", ll=(21.514, 111.013),
         towns=[("水东街道", ["东兴社区"]), ("沙琅镇", ["谭儒村", "上垌村"]), ("霞洞镇", ["上河村", "霞洞村"])], old="440923"),
    dict(code="350524", prov="福建省", city="泉州市", dist="安溪县", ac="0595", plate="闽C", ll=(25.056, 118.186),
         towns=[("凤城镇", ["同美村", "新康村"]), ("城厢镇", ["经兜村", "砖文村"]), ("官桥镇", ["善坛村"])], old=None),
    dict(code="469003", prov="海南省", city="", dist="儋州市", ac="0898", plate="琼C", ll=(19.521, 109.580),
         towns=[("那大镇", ["茶山村", "石屋村"]), ("白马井镇", ["海头村", "寰岛社区"])], old=None),
    dict(code="532823", prov="云南省", city="西双版纳傣族自治州", dist="勐腊县", ac="0691", plate="云K", ll=(21.459, 101.565),
         towns=[("勐腊镇", ["曼回庄村", "城子村"]), ("磨憨镇", ["磨憨村", "尚勇村"])], old=None),
]
LOC = {l["code"]: l for l in LOCS}
URBAN = [l for l in LOCS if "towns" not in l]
RURAL = [l for l in LOCS if "towns" in l]
ZJ = [l for l in LOCS if l["prov"] == "浙江省"]
HOT = RURAL


def addr_detail(loc):
    if "towns" in loc:
        town, vills = R.choice(loc["towns"])
        v = R.choice(vills)
        if v.endswith("社区"):
            return town + v + R.choice(["", "新区"]) + f"{R.randint(1, 40)}栋{R.randint(1, 6)}0{R.randint(1, 4)}"
        return town + v + R.choice([f"{R.randint(1, 12)}组{R.randint(1, 60)}号", f"{R.choice('上下东西')}屋{R.randint(1, 80)}号",
                                    f"{R.randint(1, 9)}组", f"{R.randint(1, 120)}号"])
    if loc.get("lane"):
        return f"{R.choice(loc['streets'])}{R.randint(100, 2999)}弄{R.randint(1, 60)}号{R.randint(1, 24)}0{R.randint(1, 4)}室"
    if loc.get("bj"):
        return f"{R.choice(loc['streets'])}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 18)}0{R.randint(1, 4)}"
    st = R.choice(loc["streets"])
    es = R.choice(loc["estates"])
    k = R.random()
    if k < 0.4:
        return f"{st}{R.randint(1, 500)}号{es}{R.randint(1, 30)}幢{R.randint(1, 4)}单元{R.randint(1, 25)}0{R.randint(1, 4)}室"
    if k < 0.7:
        return f"{es}{R.randint(1, 40)}栋{R.randint(1, 3)}单元{R.randint(1, 32)}0{R.randint(1, 6)}{R.choice(['', '房', '室'])}"
    return f"{st}{R.randint(1, 800)}号{R.randint(1, 20)}栋{R.randint(1, 30)}0{R.randint(1, 4)}"


class Addr:
    def __init__(self, loc):
        self.loc = loc
        self.detail = addr_detail(loc)

    def s(self, style=None):
        loc = self.loc
        style = style or R.choices(["full", "city", "dist"], [55, 35, 10])[0]
        if style == "full":
            return loc["prov"] + loc["city"] + loc["dist"] + self.detail
        if style == "city":
            return (loc["city"] or loc["prov"]) + loc["dist"] + self.detail
        return loc["dist"] + self.detail

    def parts(self):
        return [loc for loc in (self.loc["prov"], self.loc["city"], self.loc["dist"]) if loc] + [self.detail]


def coord(loc, spread=0.04):
    la, lo = loc["ll"]
    return round(la + R.uniform(-spread, spread), 6), round(lo + R.uniform(-spread, spread), 6)


def fmt_ll(la, lo, style=None):
    style = style or R.choice(["c", "cs", "c", "lonlat", "dms"])
    if style == "c":
        return f"{la:.6f},{lo:.6f}"
    if style == "cs":
        return f"{la:.6f}, {lo:.6f}"
    if style == "lonlat":
        return f"{lo:.6f},{la:.6f}"
    if style == "c5":
        return f"{la:.5f},{lo:.5f}"
    if style == "dms":
        def dms(x):
            d = int(x)
            m = int((x - d) * 60)
            s = (x - d - m / 60) * 3600
            return f"{d}°{m:02d}'{s:05.2f}\""
        return f"N{dms(la)} E{dms(lo)}"
    raise ValueError(style)


class Cell:
    def __init__(self, loc, op="CM", rat="LTE"):
        self.loc = loc
        self.mnc = {"CM": "00", "CU": "01", "CT": "11", "CBN": "15"}[op]
        self.tac = R.randint(10000, 65000)
        self.rat = rat
        if rat == "NR":
            self.gnb = R.randint(100000, 1048575)
            self.cid = R.randint(1, 6)
            self.ci = self.gnb * 4096 + self.cid
        else:
            self.enb = R.randint(100000, 1048575)
            self.cid = R.randint(1, 12) if R.random() < 0.8 else R.randint(129, 140)
            self.ci = self.enb * 256 + self.cid
        self.ll = coord(loc, 0.03)

    def cgi(self):
        return f"460-{self.mnc}-{self.tac}-{self.ci}"

    def cgi_compact(self):
        """utran-cell-id-3gpp style: MCC MNC, then TAC (4 hex) and ECI (7 hex)."""
        return f"460{self.mnc}{self.tac:04X}{self.ci & 0xFFFFFFF:07X}"

    def enb_form(self):
        return f"{self.enb if self.rat != 'NR' else self.gnb}-{self.cid}"

    def hexci(self):
        return f"0x{self.ci:07X}"


# ----------------------------------------------------------------------------- people


class Person:
    def __init__(self, sex=None, age=None, loc=None, name=None, op=None, ages=(20, 75)):
        self.sex = sex or R.choice("MF")
        self.name = name or gen_name(self.sex)
        a = age if age is not None else R.randint(*ages)
        y = 2024 - a
        self.dob = dt.date(y, 1, 1) + dt.timedelta(days=R.randint(0, 364))
        self.loc = loc or R.choice(LOCS)
        code = self.loc["code"]
        if R.random() < 0.15:
            code = R.choice(LOCS)["code"]
        elif self.loc.get("old") and self.dob.year < 1995 and R.random() < 0.5:
            code = self.loc["old"]
        self.rid = gen_rid(code, self.dob, self.sex)
        if R.random() < 0.08 and self.rid.endswith("X"):
            self.rid_w = self.rid[:-1] + "x"
        else:
            self.rid_w = self.rid
        self.op = op or R.choices(["CM", "CU", "CT", "CBN"], [55, 22, 21, 2])[0]
        self.mobile = gen_mobile(self.op)
        self.addr = Addr(self.loc)
        self._card = None
        self._email = None

    @property
    def age(self):
        return age_of(self.dob)

    def card(self):
        if not self._card:
            self._card = gen_card()
        return self._card

    def email(self):
        if not self._email:
            self._email = gen_email(self.name, self.dob.year)
        return self._email

    def imsi(self):
        if not hasattr(self, "_imsi"):
            self._imsi = gen_imsi(host_op(self.mobile))
        return self._imsi


STAFF_AGENTS = []  # operator anti-fraud centre agents: (person, agent id)
POLICE = []        # police officers handling cases: (person, unit, badge)
BANKERS = []       # bank anti-fraud staff


def ts_fmt(t, ms=True):
    return t.strftime("%Y-%m-%d %H:%M:%S") + (f".{t.microsecond // 1000:03d}" if ms else "")


def ms_epoch(t):
    return str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 8 * 3600 * 1000 + R.randint(0, 999))


SPOOF_DISP = [  # display numbers used in caller-ID spoofing: service / organisation / fabricated numbers
    ("95588", "工商银行客服"), ("95566", "中国银行客服"), ("95533", "建设银行客服"), ("95555", "招商银行客服"),
    ("95599", "农业银行客服"), ("96110", "反诈预警专线"), ("110", "报警电话"), ("12345", "政务热线"),
    ("+86110", "伪造报警号"), ("+8610110", "伪造北京110"), ("02122028110", "冒用上海市公安局"),
    ("075584465110", "冒用深圳市公安局"), ("057187280110", "冒用杭州市公安局"), ("01065207110", "冒用北京市公安局"),
    ("+100000000", "伪造号码"), ("+8800000000", "伪造号码"), ("0000000", "伪造号码"), ("+999000123456", "伪造号码"),
    ("4008208820", "冒用电商客服"), ("10086", "冒用运营商客服"), ("12381", "冒用涉诈预警号"), ("01012329", "冒用公积金热线"),
]
RULES = ["R03_SPOOF_CLI", "R07_NEWSIM_MASSCALL", "R12_INTL_HIGHFREQ", "R15_PUBSEC_IMPERSONATE",
         "R19_VICTIM_PROFILE_MATCH", "R22_SIMBOX_PATTERN", "R27_SHORT_RING_CALLBACK"]
PHISH_HOSTS = ["etc-renew.cc", "icbc-vip.top", "ccb-safe.xyz", "12123-jtgl.cn.com", "jd-tuikuan.vip",
               "taobao-lipei.shop", "tx-game-trade.net", "gjfz-app.org", "nhsa-ybk.icu", "boc-jiedong.live",
               "sf-kd-lp.top", "99-invest-usdt.com", "cmbc-credit.club", "zjga-bl.info", "chsi-zx.com.cn"]
FAKE_OFFICIALS = ["王磊", "张建国", "李志刚", "陈国华", "刘明", "赵卫东", "孙立军", "周斌"]  # names used by fraudsters
FAKE_UNITS = ["上海市公安局刑侦总队", "北京市公安局经侦支队", "广州市公安局反洗钱中心", "哈尔滨市公安局南岗分局",
              "最高人民检察院", "国家医保局稽查处", "中国银保监会", "武汉市公安局刑侦支队"]
APPS = ["云视讯", "ZOOM", "瞩目", "Teamviewer", "腾讯会议", "飞书会议", "安全防护中心", "全民刷单"]
POLICE_UNITS = ["杭州市公安局拱墅分局米市巷派出所", "杭州市公安局西湖分局反诈中心", "深圳市公安局龙岗分局刑侦大队",
                "茂名市公安局电白分局", "新化县公安局刑侦大队", "余干县公安局玉亭派出所", "泉州市公安局安溪分局",
                "宾阳县公安局", "上海市公安局浦东分局", "温州市公安局鹿城分局", "宁波市公安局鄞州分局反诈中心"]


def case_no():
    return "A" + R.choice(["330105", "330106", "440307", "431322", "361127", "440904", "330302"]) + \
        R.choice(["5100", "5200", "6500"]) + "00" + "2024" + R.choice(["05", "06"]) + digits(4)


class FraudSim:
    """A SIM card used by fraudsters: registered to a real person (the card seller), used in a device."""

    def __init__(self, loc=None, op=None, vno=0.35):
        self.loc = loc or R.choice(HOT)
        self.owner = Person(loc=R.choice(HOT) if R.random() < 0.7 else None, ages=(18, 45))
        if op is None and R.random() < vno:
            self.mobile = gen_mobile("VNO")
        else:
            self.mobile = gen_mobile(op or R.choices(["CM", "CU", "CT"], [5, 3, 3])[0])
        self.op = host_op(self.mobile)
        self.imsi = gen_imsi(self.op)
        self.iccid = gen_iccid(self.op, R.choices(["20", "19", "F"], [80, 15, 5])[0])
        self.imei = gen_imei()
        self.cell = Cell(self.loc, self.op, "NR" if R.random() < 0.15 else "LTE")


def cell_parts(c, style=None, key_prefix=" "):
    style = style or R.choice(["cgi", "eci", "enb", "hex", "cgi"])
    if style == "cgi":
        return [key_prefix + "cell=", L(c.cgi(), CELL)]
    if style == "eci":
        k = "nci" if c.rat == "NR" else "eci"
        return [key_prefix + f"tac={c.tac} {k}=", L(str(c.ci), CELL)]
    if style == "enb":
        return [key_prefix + f"tac={c.tac} enb_cell=", L(c.enb_form(), CELL)]
    if style == "hex":
        return [key_prefix + f"lac={c.tac} ci=", L(c.hexci(), CELL)]
    raise ValueError(style)


def geo_parts(ll, style=None):
    style = style or R.choice(["split", "pair", "none", "none"])
    la, lo = ll
    if style == "split":
        return [" lat=", L(f"{la:.6f}", GEO), " lon=", L(f"{lo:.6f}", GEO)]
    if style == "pair":
        return [" loc=", L(f"{la:.6f},{lo:.6f}", GEO)]
    return []


# ============================================================================= files


def f_intercept(C):
    d = Doc("intercept_log_20240617.log")
    t = dt.datetime(2024, 6, 17, 0, 0, 2)
    d.w("# fz-intercept node hz-fz-02  build 3.14.2-b771  tz=+08:00\n")
    d.w(f"{ts_fmt(t)} INFO  [boot] loaded 412 rules, 1,882,301 blacklist entries, whitelist 95xxx/96xxx/400 (1,204)\n")
    kinds = ["intl", "dom", "json", "sip", "sms", "dissuade", "roam", "noise"]
    for i in range(80):
        t += dt.timedelta(seconds=R.randint(400, 1250), milliseconds=R.randint(0, 999))
        ts = ts_fmt(t)
        k = R.choices(kinds, [17, 22, 13, 7, 10, 12, 5, 12])[0]
        v = R.choice(C.victims)
        vst = R.choices(["plain", "86", "+86c"], [80, 12, 8])[0]
        if k == "intl":
            e = R.choice(C.foreign)
            spoof = R.random() < 0.55
            orig = fmt_foreign(e, R.choice(["e164", "00", "e164"]))
            d.w(ts, " INFO  [igw-guard] evt=CALL_BLOCK dir=INTL_IN rule=",
                R.choice(["R12_INTL_HIGHFREQ", "R03_SPOOF_CLI", "R15_PUBSEC_IMPERSONATE"]), " orig=", L(orig, PH))
            if spoof:
                sd = R.choice(SPOOF_DISP)
                d.w(f" disp={sd[0]} disp_tag={sd[1]}")
            else:
                d.w(" disp=", L(orig, PH))
            d.w(" callee=", L(fmt_mob(v.mobile, vst), PH),
                f" trunk=IGW-{R.choice(['GZ', 'SH', 'BJ'])}-{R.randint(1, 12):02d} call_ref={uid()} score=0.{R.randint(80, 99)}\n")
        elif k == "dom":
            s = R.choice(C.fsims)
            d.w(ts, " WARN  [fz-engine] evt=", R.choice(["CALL_WARN", "CALL_CUT", "CALL_WARN"]), " rule=",
                R.choice(["R07_NEWSIM_MASSCALL", "R22_SIMBOX_PATTERN", "R19_VICTIM_PROFILE_MATCH", "R27_SHORT_RING_CALLBACK"]),
                " caller=", L(fmt_mob(s.mobile, R.choice(["plain", "plain", "86"])), PH),
                " caller_imsi=", L(s.imsi, IMSI), " caller_imei=", L(s.imei, IMEI),
                cell_parts(s.cell), geo_parts(s.cell.ll),
                " callee=", L(fmt_mob(v.mobile, vst), PH),
                f" calls_1h={R.randint(40, 260)} distinct_1h={R.randint(30, 200)} action={R.choice(['CUT_AND_NOTIFY', 'WARN_SMS', 'FLASH_WARN', 'CUT'])}\n")
        elif k == "json":
            s = R.choice(C.fsims)
            obj = {"event": R.choice(["HIT", "HIT", "REVIEW"]), "rule_id": R.choice(RULES),
                   "calling": ("86" + s.mobile, PH), "called": (v.mobile, PH),
                   "imsi": (s.imsi, IMSI), "imei": (s.imei, IMEI),
                   "cell": {"tac": s.cell.tac, ("nci" if s.cell.rat == "NR" else "eci"): ("#", str(s.cell.ci), CELL)},
                   "ts": int(ms_epoch(t)), "trace_id": uid().replace("-", "")}
            if R.random() < 0.6:
                la, lo = s.cell.ll
                obj["gps"] = (f"{lo:.6f},{la:.6f}", GEO)
            if R.random() < 0.3:
                obj["victim_profile"] = {"age_band": R.choice(["60+", "18-25", "40-59"]), "hit_list": "elderly_alone"}
            d.w(ts, " INFO  [risk-center] ", jemit(obj), "\n")
        elif k == "sip":
            s = R.choice(C.fsims)
            sd = R.choice([x for x in SPOOF_DISP if x[0].lstrip("+").isdigit() and len(x[0].lstrip("+0")) > 6])
            dn = sd[0] if sd[0].startswith("+") else "+86" + sd[0].lstrip("0")
            tag = hexs(8)
            d.w(ts, " DEBUG [sbc-03] SIP INVITE captured rule=R03_SPOOF_CLI (", sd[1], ")\n",
                f'    From: "{dn}" <sip:{dn}@ims.mnc000.mcc460.3gppnetwork.org>;tag={tag}\n',
                "    P-Asserted-Identity: <tel:", L("+86" + s.mobile, PH), ">\n",
                "    To: <sip:", L("+86" + v.mobile, PH), "@ims.mnc000.mcc460.3gppnetwork.org>\n",
                f"    Call-ID: {hexs(24)}@sbc03.hz.ims.local\n",
                "    P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=", L(s.cell.cgi_compact(), CELL), "\n")
        elif k == "sms":
            if R.random() < 0.6:
                s = R.choice(C.fsims)
                d.w(ts, " INFO  [sms-guard] evt=SMS_BLOCK sender=", L(s.mobile, PH), " sender_imsi=", L(s.imsi, IMSI))
            else:
                d.w(ts, f" INFO  [sms-guard] evt=SMS_BLOCK sender=1069{digits(R.randint(6, 10))} sender_type=SP_PORT")
            d.w(f" recipients={R.randint(20, 400)} sample_to=", L(fmt_mob(v.mobile, vst), PH),
                f" tpl_sha1={hashlib.sha1(digits(9).encode()).hexdigest()} url_host={R.choice(PHISH_HOSTS)} kw={R.choice(['退款', '理赔', 'ETC', '医保', '积分兑换', '征信'])}\n")
        elif k == "dissuade":
            a, aid = R.choice(C.agents)
            if R.random() < 0.5:
                d.w(ts, f" INFO  [fz-dissuade] task=QZ{t.strftime('%Y%m%d')}{digits(5)} ch=96110 to=", L(v.mobile, PH),
                    " name=", L(v.name, N), f" result={R.choice(['ANSWERED', 'ANSWERED', 'NO_ANSWER', 'REFUSED'])} agent=",
                    L(a.name, N), f"/{aid} dur={R.randint(20, 600)}s\n")
            else:
                res = R.choice(["已接通，受害人确认未转账", "已接通，受害人已转账，已指引报警", "未接通，已发闪信",
                                "已接通，受害人正在与对方通话，已强制插话劝阻"])
                d.w(ts, " INFO  [fz-dissuade] 【劝阻】坐席", L(a.name, N), f"（{aid}）回拨受害人", L(v.name, N), "（",
                    L(fmt_mob(v.mobile, R.choice(["sp", "plain", "dash"])), PH), f"），结果：{res}。\n")
        elif k == "roam":
            mccmnc, reg = R.choice([("51502", "PH"), ("51503", "PH"), ("45606", "KH"), ("45601", "KH"),
                                    ("41406", "MM"), ("50212", "MY"), ("45204", "VN")])
            fi = gen_foreign_imsi(mccmnc)
            fe = gen_foreign(reg)
            c = Cell(R.choice(ZJ + HOT), "CM")
            d.w(ts, " WARN  [roam-watch] evt=INBOUND_ROAMER_MASSCALL imsi=", L(fi, IMSI), " msisdn=", L(fe, PH),
                " imei=", L(gen_imei(), IMEI), f" vlr_gt=86138{R.choice(['0571', '0755', '0738'])}{digits(4)}",
                " cell=", L(c.cgi(), CELL), geo_parts(c.ll, R.choice(["split", "pair"])),
                f" calls_30m={R.randint(30, 150)}\n")
        else:
            n = R.choice([0, 1, 1, 2, 2, 3, 3, 4, 4, 5])
            if n == 0:
                d.w(ts, f" INFO  [fz-engine] rules reloaded version=3.14.{R.randint(2, 4)} count={R.randint(405, 420)} sha256={sha256(str(t))}\n")
            elif n == 1:
                d.w(ts, f" DEBUG [kafka] topic=fz.cdr.realtime partition={R.randint(0, 15)} offset={R.randint(10**11, 10**12)} lag={R.randint(0, 900)}\n")
            elif n == 2:
                d.w(ts, f" INFO  [igw-guard] stats window=300s blocked={R.randint(10, 90)} warned={R.randint(0, 30)} passed={R.randint(8000, 30000)} p99_ms={R.randint(3, 40)}\n")
            elif n == 3:
                d.w(ts, f" WARN  [fz-engine] slow rule {R.choice(RULES)} took {R.randint(900, 4000)}ms trace={uid()}\n")
            elif n == 4:
                d.w(ts, f" INFO  [export] case {case_no()} linked {R.randint(2, 9)} events -> workorder HF-{t.strftime('%Y%m%d')}-{R.randint(1, 200):04d}\n")
            else:
                d.w(ts, f" INFO  [whitelist] refresh ok: 95xxx={R.randint(300, 320)} 96xxx=41 400/800={R.randint(800, 900)} short=10086,10010,10000,12321,12381,96110\n")
    t = dt.datetime(2024, 6, 17, 23, 59, 58, 12000)
    d.w(f"{ts_fmt(t)} INFO  [report] daily top callers (blocked):\n")
    for s in R.sample(C.fsims, 6):
        d.w("    ", L(fmt_mob(s.mobile, R.choice(["sp", "plain"])), PH), f"  blocked={R.randint(150, 900)}  imsi=",
            L(s.imsi, IMSI), "  first_cell=", L(s.cell.cgi(), CELL), "\n")
    for e in R.sample(C.foreign, 3):
        d.w("    ", L(fmt_foreign(e, "intl"), PH), f"  blocked={R.randint(150, 900)}  via IGW\n")
    d.w(f"{ts_fmt(t)} INFO  [report] masked sample for SMS notice: 受害人 {mask_mob(C.victims[0].mobile)} / {mask_name(C.victims[0].name)}\n")
    return d


def f_blacklist(C):
    d = Doc("blacklist_export_20240617.csv")
    d.w("序号,号码,号码类型,归属地/国家,标记来源,命中次数,首次标记,最近命中,处置状态,备注\n")
    rows = []
    for s in C.fsims:
        typ = "虚商号段手机" if s.mobile[:3] in ("170", "171", "162", "165", "167") else "个人手机(实名)"
        rows.append((L(fmt_mob(s.mobile, R.choices(["plain", "86", "+86c", "sp"], [80, 8, 6, 6])[0]), PH), typ,
                     s.loc["city"] or s.loc["dist"]))
    for _ in range(48):
        op = R.choices(["CM", "CU", "CT", "VNO", "CBN"], [40, 20, 20, 18, 2])[0]
        m = gen_mobile(op)
        loc = R.choice(LOCS)
        typ = "虚商号段手机" if op == "VNO" else "个人手机(实名)"
        rows.append((L(fmt_mob(m, R.choices(["plain", "86", "+86c", "sp", "dash"], [80, 6, 6, 4, 4])[0]), PH), typ,
                     (loc["city"] or loc["dist"]).replace("市", "")))
    for e in C.foreign + [gen_foreign(R.choice(["PH", "KH", "MM", "MY", "TH", "VN", "AE"])) for _ in range(12)]:
        x = phonenumbers.parse(e)
        rows.append((L(fmt_foreign(e, R.choice(["e164", "00", "intl", "bare"])), PH), "境外手机",
                     phonenumbers.region_code_for_number(x)))
    for _ in range(10):
        loc = R.choice(RURAL + URBAN[:4])
        n = gen_landline(loc["ac"])
        rows.append((L(fmt_land(n, R.choice(["dash", "plain"])), PH), "个人固话(住宅)", (loc["city"] or loc["dist"]).replace("市", "")))
    for sd, tag in SPOOF_DISP:
        rows.append((sd, "改号显示号码", tag))
    for sv, tag in [("95588", "服务号码"), ("95533", "服务号码"), ("95599", "服务号码"), ("95555", "服务号码"),
                    ("95522", "服务号码"), ("95511", "服务号码"), ("96110", "服务号码"), ("96166", "服务号码"),
                    ("400-820-8820", "400/800热线"), ("4006695566", "400/800热线"), ("400-610-1155", "400/800热线"),
                    ("800-830-8300", "400/800热线"), ("10086", "短号码"), ("10010", "短号码"), ("10000", "短号码"),
                    ("12345", "短号码"), ("12321", "短号码"), ("12306", "短号码"), ("12315", "短号码"), ("110", "短号码"),
                    ("1069" + digits(9), "106短信端口"), ("10690" + digits(8), "106短信端口"), ("106575" + digits(7), "106短信端口"),
                    ("1069" + digits(10), "106短信端口"), ("0571-87280110", "冒用公检法号码"), ("021-22028110", "冒用公检法号码"),
                    ("0755-84465110", "冒用公检法号码"), ("010-12389", "冒用公检法号码"), ("020-83118110", "冒用公检法号码")]:
        rows.append((sv, tag, "-"))
    R.shuffle(rows)
    for i, (num, typ, area) in enumerate(rows, 1):
        src = R.choice(["96110回拨", "用户举报", "公安推送", "模型识别", "12381预警", "银行共享", "信令分析"])
        first = dt.datetime(2024, R.randint(1, 6), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
        last = first + dt.timedelta(days=R.randint(0, 20), minutes=R.randint(0, 3000))
        if last > dt.datetime(2024, 6, 17, 23):
            last = dt.datetime(2024, 6, 17, R.randint(0, 22), R.randint(0, 59))
        labelled = isinstance(num, tuple)
        st = R.choice(["已关停", "已关停", "限制呼出", "二次实名核验中", "观察", "已复机"]) if labelled else R.choice(["仅拦截来电显示", "白名单(不拦截)", "拦截", "-"])
        note = ""
        k = R.random()
        if labelled and k < 0.15:
            note = f"与 {mask_mob(R.choice(C.victims).mobile)} 通话后受害人报案"
        elif labelled and k < 0.22:
            note = f"关联案件 {case_no()}"
        elif labelled and k < 0.27:
            o = R.choice(C.fsims)
            note = ["同设备号码: ", L(o.mobile, PH)]
        elif not labelled and typ == "改号显示号码":
            note = "显示号码非真实主叫，拦截依据为网关信令"
        elif not labelled and k < 0.3:
            note = "官方号码，勿封停"
        csv_row(d, [str(i), num, typ, area, src, str(R.randint(1, 900)), first.strftime("%Y-%m-%d %H:%M"),
                    last.strftime("%Y-%m-%d %H:%M"), st, note])
    return d


def amount():
    v = R.choice([R.randint(3, 99) * 100, R.randint(10, 400) * 1000, R.randint(1, 60) * 5000 + R.randint(0, 99) * 10])
    return v


def fmt_amt(v, style=None):
    style = style or R.choice(["yuan", "comma", "rmb", "wan"])
    if style == "yuan":
        return f"{v}元"
    if style == "comma":
        return f"{v:,.2f}元"
    if style == "rmb":
        return f"人民币{v:,}元"
    return f"{v / 10000:g}万元" if v >= 10000 else f"{v}元"


def mule_ref(C, style=None):
    """A mule account as written in prose: card number (labelled) and holder (labelled, 某某 or masked)."""
    m = R.choice(C.mules)
    card, bank = m.card()
    k = R.random()
    if k < 0.6:
        holder = L(m.name, N)
    elif k < 0.8:
        holder = (surname(m.name) or m.name[0]) + R.choice(["某", "某某"])
    else:
        holder = mask_name(m.name)
    return m, L(fmt_card(card, card_style()), BC), bank, holder


def scenario(C, v, kind):
    """Prose summary of a fraud: list of parts."""
    day = f"6月{R.randint(1, 15)}日"
    p = []
    if kind == "冒充公检法":
        sd = R.choice([x for x in SPOOF_DISP if "冒用" in x[1] or x[0] in ("110", "+86110", "+8610110")])
        real = R.choice(C.foreign + [None, None])
        m, card, bank, holder = mule_ref(C)
        p += [f"{day}{R.choice(['上午', '下午', '晚上'])}接到来电显示为“{sd[0]}”的电话（改号来电",
              *(["，平台记录实际主叫为", L(fmt_foreign(real, R.choice(["e164", "intl", "00"])), PH)] if real else []),
              f"），对方自称“{R.choice(FAKE_UNITS)}民警{R.choice(FAKE_OFFICIALS)}”，报警号“{digits(6)}”，称其身份信息被冒用开户、涉嫌洗钱，"
              f"要求其下载“{R.choice(APPS)}”进行“视频笔录”，并出示伪造的“通缉令”。受害人按对方指示将存款转入所谓“安全账户”",
              card, f"（{bank}，户名：", holder, "）"]
        if R.random() < 0.6:
            cred = R.choice(["135790", "888520", "246810", "19650312", "a123456", "Hz@2024abc"])
            p += ["，并将网银登录密码", L(cred, CRED), "告知对方"]
        p += ["。"]
    elif kind == "刷单返利":
        m, card, bank, holder = mule_ref(C)
        p += [f"{day}在短视频平台看到“日结兼职、手机点赞”广告，添加QQ {R.randint(100000000, 3999999999)}后被拉入“任务群”，"
              f"前三单均返利（共{R.randint(30, 300)}元），随后被要求做“联单任务”，先后向", card, "（", holder, f"，{bank}）转账"]
        if R.random() < 0.5:
            m2, card2, bank2, holder2 = mule_ref(C)
            p += ["及", card2, "（", holder2, "）"]
        p += ["，之后以“卡单”“账户冻结需缴纳解冻金”为由无法提现。"]
    elif kind == "虚假投资理财":
        s = R.choice(C.fsims)
        m, card, bank, holder = mule_ref(C)
        p += [f"今年{R.randint(2, 5)}月在婚恋网站结识自称“投资顾问”的网友，对方使用号码", L(fmt_mob(s.mobile, "plain"), PH),
              f"与其联系，诱导其在 https://{R.choice(PHISH_HOSTS)}/ 平台“跟单”购买USDT，先后{R.randint(3, 9)}次向",
              card, "（户名", holder, "）等账户转账，平台显示盈利但无法提现。"]
    elif kind == "冒充电商客服":
        s = R.choice(C.fsims)
        vc, vbank = v.card()
        p += [f"{day}接到自称“某电商平台客服”的电话（主叫", L(fmt_mob(s.mobile, R.choice(["plain", "sp"])), PH),
              f"），称其购买的商品有质量问题可“双倍理赔”，引导其开通“{R.choice(APPS)}”屏幕共享，并索要短信验证码（{digits(6)}），"
              f"随后其本人{vbank}卡", L(fmt_card(vc, card_style()), BC), "被分多笔转出。"]
    elif kind == "虚假贷款":
        m, card, bank, holder = mule_ref(C)
        p += [f"在“{R.choice(['易借花', '闪电贷', '融易借', '快易花'])}”APP申请贷款{R.randint(3, 20)}万元，对方以“银行卡号填写错误导致资金冻结”"
              "需缴纳“解冻金”“保证金”为由，要求其向", card, "（", holder, "）转账。"]
    elif kind == "冒充熟人领导":
        m, card, bank, holder = mule_ref(C)
        p += ["QQ被添加为好友的对方头像、昵称均与其单位领导相同，称“有笔款项不方便出面，帮忙转给合作方”，受害人未电话核实即向",
              card, "（", holder, "）转账。"]
    else:  # 注销校园贷
        s = R.choice(C.fsims)
        m, card, bank, holder = mule_ref(C)
        p += ["接到自称“某金融平台客服”电话（", L(fmt_mob(s.mobile, "plain"), PH), "），称其大学期间开通的校园贷未注销会影响征信，"
              "要求其在多个借贷平台贷款后转入“核验账户”", card, "（", holder, "）进行“清零”。"]
    return p


def relative(v):
    """A family member of a victim: (person, kinship word from the victim's side)."""
    if v.age >= 55:
        sex = R.choice("MF")
        return Person(sex=sex, loc=v.loc, ages=(28, v.age - 20)), R.choice(["儿子", "女婿"] if sex == "M" else ["女儿", "儿媳"])
    if v.age < 27:
        sex = R.choice("MF")
        return Person(sex=sex, loc=v.loc, ages=(v.age + 20, v.age + 32)), "父亲" if sex == "M" else "母亲"
    sex = "F" if v.sex == "M" else "M"
    return Person(sex=sex, loc=v.loc, ages=(max(20, v.age - 5), v.age + 5)), "妻子" if sex == "F" else "丈夫"


def local_police(v):
    units = [u for u in POLICE_UNITS if u.startswith(v.loc["city"][:2])]
    return R.choice(units) if units else v.loc["dist"] + "公安" + ("分局" if v.loc["dist"].endswith("区") else "局") + "反诈中心"


FRAUD_KINDS = ["冒充公检法", "刷单返利", "虚假投资理财", "冒充电商客服", "虚假贷款", "冒充熟人领导", "注销校园贷"]


def f_workorders(C):
    d = Doc("victim_callback_workorders_202406.txt")
    d.w("反诈中心 受害人回访工单汇总（2024年6月第2周）\n导出人：系统自动  导出时间：2024-06-16 18:00:12\n"
        "说明：本文件仅限反诈中心内部及公安协作使用，对外提供须脱敏。\n\n")
    vs = R.sample(C.victims, 22)
    for i, v in enumerate(vs):
        a, aid = R.choice(C.agents)
        kind = "注销校园贷" if v.age < 27 and R.random() < 0.6 else R.choice(FRAUD_KINDS[:-1])
        day = dt.datetime(2024, 6, R.randint(10, 16), R.randint(8, 20), R.randint(0, 59), R.randint(0, 59))
        wo = f"HF-{day.strftime('%Y%m%d')}-{R.randint(1, 400):04d}"
        amt = amount()
        sex = "男" if v.sex == "M" else "女"
        rel, relw = relative(v) if R.random() < 0.6 else (None, None)
        layout = i % 3
        if layout == 0:
            d.w("=" * 66, "\n", f"工单编号：{wo}      派单时间：{ts_fmt(day, False)}      优先级：{R.choice(['高', '中', '紧急'])}\n",
                "回访坐席：", L(a.name, N), f"（工号 {aid}）    关联案件：{case_no()}\n", "-" * 66, "\n",
                "受害人：", L(v.name, N), f"        性别：{sex}        年龄：{v.age}岁\n",
                "出生日期：", L(fmt_dob(v.dob, R.choice(["iso", "cn0", "cn", "dot"])), DOB), "\n",
                "证件号码：", L(v.rid_w, RID), "\n", "联系电话：", L(fmt_mob(v.mobile, R.choice(["plain", "sp", "dash"])), PH))
            if R.random() < 0.4:
                d.w(" / ", L(fmt_land(gen_landline(v.loc["ac"]), R.choice(["dash", "paren"])), PH), "（住宅）")
            d.w("\n住址：", L(v.addr.s(), ADDR), "\n")
            if R.random() < 0.25:
                d.w("名下车辆：", L(gen_plate(v.loc["plate"]), PLATE), "（受害人称曾按对方要求拍摄行驶证照片）\n")
            if rel:
                d.w("紧急联系人：", L(rel.name, N), f"（{relw}） ", L(rel.mobile, PH), "\n")
            d.w(f"案件类型：{kind}\n案情摘要：", scenario(C, v, kind), "\n", f"损失金额：{fmt_amt(amt, 'comma')}\n")
            d.w(f"回访结论：{R.choice(['已指导报警并固定证据（聊天记录、转账凭证）', '已劝阻，未再转账', '受害人情绪激动，已联系家属陪同', '已推送银行紧急止付'])}\n\n")
        elif layout == 1:
            d.w(f"【回访工单】{wo}｜{day.strftime('%Y-%m-%d')}｜{kind}\n")
            d.w(f"{day.month}月{day.day}日，坐席", L(a.name, N), "回访受害人", L(v.name, N), f"（{sex}，{v.age}岁，",
                R.choice(["出生于", "生于", "出生日期"]), L(fmt_dob(v.dob, R.choice(["cn", "iso", "slash"])), DOB),
                "，身份证号", L(v.rid_w, RID), "，手机", L(fmt_mob(v.mobile, mob_style()), PH),
                "，住", L(v.addr.s(), ADDR), "）。受害人称：", scenario(C, v, kind))
            d.w(f"经核实，受害人共计损失{fmt_amt(amt)}。")
            if R.random() < 0.5:
                m, card, bank, holder = mule_ref(C)
                d.w("另查明一笔转入", holder, "名下", bank, "账户", card, f"，已推送{bank}反诈中心紧急止付（止付编号 ZF{day.strftime('%Y%m%d')}{digits(6)}）。")
            if rel:
                d.w("其", relw, L(rel.name, N), "（", L(rel.mobile, PH), "）到场协助。")
            if R.random() < 0.3:
                d.w("受害人驾驶的", L(gen_plate(v.loc["plate"]), PLATE), "号车辆当日停放于小区，已告知社区民警上门。")
            d.w(f"受害人已于{day.month}月{day.day}日向{local_police(v)}报案。\n\n")
        else:
            d.w("| 工单号 | 受害人 | 出生日期 | 手机 | 证件号 | 类型 | 损失(元) | 坐席 |\n|---|---|---|---|---|---|---|---|\n")
            d.w(f"| {wo} | ", L(v.name, N), " | ", L(fmt_dob(v.dob, "iso"), DOB), " | ", L(v.mobile, PH), " | ", L(v.rid_w, RID),
                f" | {kind} | {amt:,.2f} | ", L(a.name, N), " |\n")
            d.w("地址：", L(v.addr.s("full"), ADDR), "\n备注：", scenario(C, v, kind), "\n")
            if rel:
                d.w(f"家属（{relw}）：", L(rel.name, N), "，电话", L(fmt_mob(rel.mobile, "dash"), PH), "，要求后续进展短信通知家属。\n")
            d.w("\n")
    d.w("—— 以下为系统脱敏摘要（供周报引用，不含完整信息）——\n")
    for v in R.sample(C.victims, 6):
        d.w(f"{mask_name(v.name)}  {mask_mob(v.mobile)}  {mask_rid(v.rid)}  损失{fmt_amt(amount(), 'wan')}\n")
    return d


def officer_block(d, off):
    p, unit, badge, office = off
    d.w("联系人：", L(p.name, N), f"（警号 {badge}）  办公电话：{office}  手机：", L(fmt_mob(p.mobile, R.choice(["plain", "sp"])), PH), "\n")


def f_police(C):
    d = Doc("police_assist_requests_202406.txt")
    op_name = "浙江某通信有限公司反诈中心"
    d.w(f"{op_name} 协查函及回函登记（2024年6月）\n共 5 件。登记人：", L(C.agents[0][0].name, N), "\n\n")

    # ---- 1: subscriber information for suspect numbers
    off = C.police[0]
    sims = R.sample(C.fsims, 6)
    doc_no = f"深公龙（刑）调证字〔2024〕{R.randint(5000, 9999)}号"
    cno = case_no()
    d.w("━" * 30, "\n【协查函 1】调取证据通知书\n", f"文号：{doc_no}\n案件编号：{cno}\n致：{op_name}\n",
        f"因侦办“{R.choice(['3·18', '5·06', '6·02'])}”电信网络诈骗案，根据《中华人民共和国刑事诉讼法》第五十四条之规定，"
        "请协助调取下列号码的机主登记信息、入网信息、2024年5月1日至6月15日通话详单及使用终端信息：\n")
    for i, s in enumerate(sims, 1):
        d.w(f"  {i}. ", L(fmt_mob(s.mobile, R.choice(["plain", "sp", "plain"])), PH), "\n")
    officer_block(d, off)
    d.w(f"{off[1]}（盖章）\n2024年6月{R.randint(3, 8)}日\n\n")
    d.w(f"【回函 1】浙反诈回〔2024〕{R.randint(100, 300)}号  （复 {doc_no}）\n经查询，结果如下：\n")
    for i, s in enumerate(sims, 1):
        o = s.owner
        reg = dt.datetime(2023, R.randint(6, 12), R.randint(1, 28), R.randint(9, 20), R.randint(0, 59), R.randint(0, 59))
        d.w(f"{i}. 号码：", L(s.mobile, PH), "\n   机主姓名：", L(o.name, N), "    证件类型：居民身份证    证件号码：", L(o.rid_w, RID), "\n",
            f"   入网时间：{reg.strftime('%Y-%m-%d %H:%M:%S')}    入网渠道：{o.loc['dist']}{R.choice(['移动', '联通', '电信'])}"
            f"{R.choice(['合作营业厅', '代理点', '校园营业厅'])}（渠道编码 {R.choice('ABCDEFGH')}{digits(9)}）\n",
            "   证件地址：", L(o.addr.s("full"), ADDR), "\n",
            "   IMSI：", L(s.imsi, IMSI), "    ICCID：", L(s.iccid, ICCID), "\n",
            "   使用终端：IMEI ", L(s.imei, IMEI))
        if R.random() < 0.5:
            d.w("；", L(gen_imei(), IMEI), "（5月22日起）")
        d.w("\n   常驻小区：", L(s.cell.cgi(), CELL), "（基站经纬度 ", L(fmt_ll(*s.cell.ll, "cs"), GEO), "）\n",
            f"   期间主叫 {R.randint(300, 3000)} 次，被叫 {R.randint(0, 20)} 次，主叫离散度 0.{R.randint(85, 99)}；详单见附件 CDR_{cno}.txt\n")
    a1, a2 = R.sample(C.agents, 2)
    d.w("经办人：", L(a1[0].name, N), "    复核：", L(a2[0].name, N), "\n\n")

    # ---- 2: victim-centred request
    off = C.police[1]
    v = C.victims[1]
    d.w("━" * 30, "\n【协查函 2】协助查询函\n", f"文号：杭公拱（反诈）协字〔2024〕第{R.randint(100, 999)}号\n案件编号：{case_no()}\n",
        "受害人", L(v.name, N), "（", L(v.rid, RID), "）于2024年6月10日被骗", fmt_amt(amount(), "rmb"),
        "，请协助调取其使用号码", L(v.mobile, PH), "在2024年6月9日0时至6月11日24时的来电记录（含境外来电及改号来电的真实主叫）。\n")
    officer_block(d, off)
    d.w(f"{off[1]}\n\n【回函 2】\n受害人号码 ", L(v.mobile, PH), " 查询期间来电共 ", str(R.randint(8, 20)), " 次，其中可疑来电如下：\n")
    d.w("  时间                 显示号码        真实主叫             时长(秒)  被叫所在小区\n")
    vc = Cell(v.loc, v.op)
    for _ in range(R.randint(5, 7)):
        t = dt.datetime(2024, 6, R.randint(9, 11), R.randint(8, 22), R.randint(0, 59), R.randint(0, 59))
        if R.random() < 0.5:
            sd = R.choice(SPOOF_DISP)[0]
            real = L(fmt_foreign(R.choice(C.foreign), "e164"), PH)
        else:
            s = R.choice(C.fsims)
            sd = s.mobile
            real = L(s.mobile, PH)
        disp = L(sd, PH) if isinstance(real, tuple) and sd == real[0] else sd
        d.w(f"  {t.strftime('%Y-%m-%d %H:%M:%S')}  ", disp, " " * max(2, 16 - len(sd)), real, " " * max(2, 21 - len(real[0])),
            f"{R.randint(5, 2400):<8}  ", L(vc.cgi(), CELL), "\n")
    d.w("说明：显示号码为 95588、110 等的来电系境外改号，真实主叫取自国际关口局信令。\n经办人：", L(R.choice(C.agents)[0].name, N), "\n\n")

    # ---- 3: cards opened at one agent shop
    off = C.police[2]
    owners = [Person(loc=LOC["431322"], ages=(18, 30)) for _ in range(12)]
    d.w("━" * 30, "\n【协查函 3】关于核查“两卡”开户情况的函\n", f"新公（刑）函〔2024〕{R.randint(10, 99)}号\n",
        "我局在侦办帮助信息网络犯罪活动案中发现，犯罪嫌疑人", L(C.suspects[0].name, N), "（身份证号", L(C.suspects[0].rid, RID),
        "）在新化县游家镇组织多名在校学生办理手机卡后出售。请协助核查以下人员名下手机卡的开户及使用情况：\n")
    d.w("序号\t姓名\t身份证号码\t登记号码\n")
    cards = []
    for i, o in enumerate(owners, 1):
        m = gen_mobile(R.choice(["CM", "CU", "CT"]))
        cards.append((o, m))
        d.w(f"{i}\t", L(o.name, N), "\t", L(o.rid_w, RID), "\t", L(m, PH), "\n")
    officer_block(d, off)
    d.w(f"{off[1]}\n\n【回函 3】\n")
    d.w("姓名        号码           ICCID                  IMSI             开户日期    状态      开户后30日主叫\n")
    for o, m in cards:
        op = host_op(m)
        pad = " " * (12 - 2 * len(o.name))
        d.w(L(o.name, N), pad, L(m, PH), "  ", L(gen_iccid(op), ICCID), "   ", L(gen_imsi(op), IMSI),
            f"  2024-0{R.randint(3, 5)}-{R.randint(10, 28)}  {R.choice(['已停机', '已销户', '正常', '单停'])}  {R.randint(0, 1800)}\n")
    d.w("备注：上述号码均于开户后48小时内异地（广东茂名、云南勐腊）首次登网。经办人：", L(R.choice(C.agents)[0].name, N), "\n\n")

    # ---- 4: SIM-box site, suspects with vehicle
    off = C.police[3]
    s1, s2 = C.suspects[1], C.suspects[2]
    site = C.simbox_sites[0]
    d.w("━" * 30, "\n【协查函 4】调取证据通知书\n", f"茂电公（刑）调证字〔2024〕{R.randint(100, 999)}号\n案件编号：{case_no()}\n",
        "我局掌握犯罪嫌疑人", L(s1.name, N), "（男，", L(fmt_dob(s1.dob, "cn"), DOB), "出生，身份证", L(s1.rid, RID), "，户籍地",
        L(s1.addr.s("full"), ADDR), "）、", L(s2.name, N), "（身份证", L(s2.rid, RID), "）在",
        L(site["addr"].s("full"), ADDR), "架设“猫池”设备，嫌疑人常驾驶", L(site["plate"], PLATE), "号小型轿车往返。"
        "请协助提供该地址周边以下小区 2024年6月1日至今的 IMSI 捕获记录及异常终端清单：\n")
    for c in site["cells"][:3]:
        d.w("  - ", L(c.cgi(), CELL), "\n")
    officer_block(d, off)
    d.w(f"{off[1]}\n\n【回函 4】\n上述小区下发现异常终端 {len(site['ports'])} 个（同一设备多卡轮换），详见《猫池检测报告 FZ-SB-20240615-003》。"
        "其中与嫌疑人", L(s1.name, N), "本人号码", L(s1.mobile, PH), "同址同时段活动的终端 IMEI 为 ", L(s1_imei := gen_imei(), IMEI),
        "。嫌疑人", L(s2.name, N), "使用号码", L(fmt_mob(s2.mobile, "sp"), PH), "，IMSI ", L(s2.imsi(), IMSI), "。\n\n")
    C.s1_imei = s1_imei

    # ---- 5: public IP to subscriber
    off = C.police[4]
    d.w("━" * 30, "\n【协查函 5】协助查询函（网络地址）\n", f"温鹿公（网安）协字〔2024〕{R.randint(10, 99)}号\n",
        "请协助查询下列公网IP地址及端口在对应时间使用的号码（NAT 溯源）：\n")
    rows = []
    for _ in range(6):
        ipv = gen_ip()
        while ":" in ipv:
            ipv = gen_ip()
        t = dt.datetime(2024, 6, R.randint(1, 12), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        rows.append((ipv, R.randint(1024, 65000), t, Person(loc=R.choice(URBAN))))
        d.w("  ", L(ipv, IP), f"  源端口 {rows[-1][1]}  {t.strftime('%Y-%m-%d %H:%M:%S')}\n")
    officer_block(d, off)
    d.w(f"{off[1]}\n\n【回函 5】\n")
    for ipv, port, t, p in rows:
        if R.random() < 0.2:
            d.w("  ", L(ipv, IP), f":{port} @ {t.strftime('%H:%M:%S')} -> 日志已超过保存期限，无法查询\n")
            continue
        d.w("  ", L(ipv, IP), f":{port} @ {t.strftime('%H:%M:%S')} -> 号码 ", L(p.mobile, PH), "  机主 ", L(p.name, N),
            "  证件 ", L(p.rid, RID), "  私网地址 ", L(f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", IP), "\n")
    d.w("经办人：", L(R.choice(C.agents)[0].name, N), "\n")
    return d


BRANCHES = {
    "中国工商银行": ["中国工商银行深圳龙岗支行", "中国工商银行杭州湖墅支行", "中国工商银行新化县支行"],
    "中国农业银行": ["中国农业银行股份有限公司余干县支行", "中国农业银行杭州拱墅支行营业部", "中国农业银行宾阳县黎塘分理处"],
    "中国建设银行": ["中国建设银行泉州安溪支行", "中国建设银行广州天河北支行", "中国建设银行娄底分行营业部"],
    "中国银行": ["中国银行茂名电白支行", "中国银行上海市浦东分行"],
    "交通银行": ["交通银行上海浦东分行", "交通银行杭州分行营业部"],
    "招商银行": ["招商银行广州天河支行", "招商银行深圳福田支行"],
    "中国邮政储蓄银行": ["中国邮政储蓄银行新化县游家镇营业所", "中国邮政储蓄银行儋州市那大支行"],
    "平安银行": ["平安银行深圳福田支行"], "兴业银行": ["兴业银行南宁分行营业部"],
    "农村商业银行": ["湖南新化农村商业银行股份有限公司琅塘支行", "江西余干农村商业银行玉亭支行"],
    "华夏银行": ["华夏银行郑州金水支行"], "民生银行": ["中国民生银行武汉洪山支行"],
}


def branch_of(bank):
    return R.choice(BRANCHES.get(bank, ["未知网点"]))


def gen_uscc(region=None):
    def f():
        body = "91" + (region or R.choice(["330105", "440307", "431322", "350524", "450126"])) + \
            "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        return body + uscc.calc_check_digit(body)
    return uniq(f)


def f_mules(C):
    d = Doc("mule_accounts_bank_feed_20240614.csv")
    d.w("序号,涉诈账户卡号,账户类型,户名,证件类型,证件号码,开户机构,开户日期,预留手机号,联系地址,涉案金额(元),止付冻结编号,状态,备注\n")
    rows = []
    for m in C.mules[:46]:
        card, bank = m.card()
        if R.random() < 0.06:
            idt, idv = "港澳台居民居住证", None
        else:
            idt, idv = "居民身份证", L(m.rid_w, RID)
        if idv is None:
            dob = m.dob
            code = R.choice(["810000", "820000"])
            idv = L(gen_rid(code, dob, m.sex), RID)
        rows.append(("借记卡", L(fmt_card(card, R.choices(["plain", "sp4"], [85, 15])[0]), BC), L(m.name, N), idt, idv,
                     branch_of(bank), L(fmt_mob(m.mobile, R.choices(["plain", "86", "+86-"], [88, 6, 6])[0]), PH),
                     L(m.addr.s(R.choice(["full", "city"])), ADDR) if R.random() < 0.85 else "—", m))
    for _ in range(6):  # Hong Kong / Macau residents with home-return permits
        sex = R.choice("MF")
        m = Person(sex=sex, loc=R.choice(URBAN[7:12]), ages=(20, 40))
        card, bank = gen_card()
        kind = R.choice("HM")
        rows.append(("借记卡", L(card, BC), L(m.name, N), "港澳居民来往内地通行证", L(gen_hk_permit(kind), HKM), branch_of(bank),
                     L(fmt_foreign(gen_foreign("HK" if kind == "H" else "MO"), R.choice(["e164", "intl"])), PH),
                     L(m.addr.s("full"), ADDR), m))
    for _ in range(4):  # Chinese citizens settled abroad open accounts with a PRC passport
        m = Person(loc=R.choice(URBAN), ages=(25, 55))
        card, bank = gen_card()
        rows.append(("借记卡", L(fmt_card(card, "plain"), BC), L(m.name, N), "中国护照", L(gen_passport(), PP), branch_of(bank),
                     L(fmt_foreign(gen_foreign(R.choice(["MY", "TH", "AE"])), "e164"), PH), "—", m))
    for _ in range(6):  # credit cards
        m = R.choice(C.mules[46:])
        card, bank = gen_card(credit=True)
        rows.append(("信用卡", L(fmt_card(card, "sp4"), BC), L(m.name, N), "居民身份证", L(m.rid, RID), bank.replace("信用卡", "") + "信用卡中心",
                     L(m.mobile, PH), "—", m))
    for _ in range(5):  # corporate accounts: organisation data, not labelled
        co, region, ac = R.choice([("深圳市鑫汇达贸易有限公司", "440307", "0755"), ("余干县瑞丰电子商务有限公司", "361127", "0793"),
                                   ("杭州星耀网络科技有限公司", "330106", "0571"), ("安溪县茂源茶业有限公司", "350524", "0595"),
                                   ("宾阳县聚鑫商贸有限公司", "450126", "0771"), ("广州市天誉信息咨询有限公司", "440106", "020"),
                                   ("茂名市顺通物流有限公司", "440904", "0668")])
        acct = fail_luhn(R.choice(["33010", "44030", "43130", "35050"]) + digits(R.choice([14, 12, 15])))
        bank = R.choice(list(BRANCHES))
        rows.append(("对公账户", acct, co, "统一社会信用代码", gen_uscc(region), branch_of(bank), fmt_land(gen_landline(ac), "dash"), "—", None))
    R.shuffle(rows)
    for i, (typ, card, holder, idt, idv, br, phone, addr, m) in enumerate(rows, 1):
        y = R.choice([2019, 2021, 2022, 2023, 2023, 2024])
        opened = dt.date(y, R.randint(1, 12 if y < 2024 else 5), R.randint(1, 28))
        amt = f"{R.randint(3000, 2000000) / 1.0:.2f}"
        stop = f"ZF{R.choice(['4403', '3301', '4313'])}2024{R.choice(['05', '06'])}{digits(8)}"
        st = R.choice(["已止付", "已冻结", "已冻结", "止付失败(余额不足)", "已解冻(误报)", "待核实"])
        note = ""
        k = R.random()
        if typ == "对公账户":
            note = "对公户，法定代表人信息见附件"
            phone = phone if R.random() < 0.5 else "—"
        elif k < 0.12:
            note = f"同一持卡人另有{mask_card(gen_card()[0])}"
        elif k < 0.2:
            note = "持卡人自述“出借银行卡给网友，每张500元”"
        elif k < 0.28 and m is not None:
            note = ["持卡人现住：", L(m.addr.s("city") if not isinstance(addr, tuple) else Addr(R.choice(URBAN)).s("city"), ADDR)]
        elif k < 0.34 and m is not None:
            note = ["另留联系电话 ", L(gen_mobile(R.choice(["CM", "CU"])), PH)]
        elif k < 0.4:
            note = f"收款{R.randint(3, 90)}笔，来源受害人{R.randint(2, 30)}人，含案件 {case_no()}"
        csv_row(d, [str(i), card, typ, holder, idt, idv, br, opened.isoformat(), phone, addr, amt, stop, st, note])
    return d


def f_sms(C):
    d = Doc("sms_fraud_reports_202406.txt")
    d.w("用户举报诈骗短信样本（12321/12381 转办 + 客服渠道）  批次 SMSR-2024-W24\n"
        "字段：编号 / 举报时间 / 举报人 / 被举报发送方 / 研判类型；正文为用户原文照录（含错别字）\n\n")
    t = dt.datetime(2024, 6, 10, 7, 30, 0)
    for i in range(1, 43):
        t += dt.timedelta(minutes=R.randint(20, 240), seconds=R.randint(0, 59))
        v = R.choice(C.victims)
        k = R.choice(["etc", "yb", "kd", "gjf", "aqzh", "sd", "dk", "jf", "leak", "zx", "ld", "kd", "gjf", "aqzh"])
        # sender
        sk = R.random()
        if k in ("etc", "yb", "jf", "dk") and sk < 0.6:
            sender = f"1069{digits(R.randint(7, 10))}"
            stype = "106端口"
        elif sk < 0.15:
            sender = R.choice(["95588", "95533", "10086", "95599"])
            stype = "疑似伪基站（改号显示）"
        elif sk < 0.35:
            sender = L(fmt_foreign(R.choice(C.foreign), R.choice(["e164", "intl"])), PH)
            stype = "境外号码"
        else:
            s = R.choice(C.fsims)
            sender = L(fmt_mob(s.mobile, R.choice(["plain", "+86c"])), PH)
            stype = "个人号码"
        rep = [L(fmt_mob(v.mobile, mob_style([50, 10, 6, 8, 5, 4, 4, 8, 3])), PH)]
        if R.random() < 0.35:
            rep = [L(v.name, N), " ", rep[0]]
        d.w(f"#{i:04d}  举报时间：{t.strftime('%Y-%m-%d %H:%M:%S')}  举报人：", rep, "  发送方：", sender, f"（{stype}）\n")
        host = R.choice(PHISH_HOSTS)
        url = R.choice([f"https://{host}/m", f"http://{host}/?u={hexs(6)}", f"{host}/a/{digits(4)}", f"https://t.cn/{hexs(7)}"])
        fake = R.choice(FAKE_OFFICIALS)
        if k == "etc":
            body = [f"【ETC服务】尊敬的车主，您的ETC认证已过期，卡片已冻结，请于24小时内登录 {url} 重新认证，逾期将影响通行。"]
        elif k == "yb":
            body = [f"【医保局】您的医保卡个人账户额度将于本月清零，请尽快访问 {url} 办理转存，咨询 400-{digits(3)}-{digits(4)}。"]
        elif k == "kd":
            body = [f"【{R.choice(['顺丰', '中通', '圆通', '京东物流'])}】", L(v.name, N),
                    f"您好，您的快件（运单号 {R.choice(['SF', 'JT', 'YT'])}{digits(13)}）在运输途中丢失，可获三倍赔偿，请联系理赔专员{fake} ",
                    L(fmt_mob(R.choice(C.fsims).mobile, R.choice(["plain", "sp"])), PH), "，或点击 ", url]
        elif k == "gjf":
            sd = R.choice(SPOOF_DISP[8:14])[0]
            body = [L(v.name, N), f"：你涉嫌一起跨境洗钱案件，我是{R.choice(FAKE_UNITS)}民警{fake}，警号{digits(6)}。请于今日18时前回电 {sd} 或 ",
                    L(fmt_mob(R.choice(C.fsims).mobile, "plain"), PH), "，否则将依法冻结你名下全部账户。"]
        elif k == "aqzh":
            m, card, bank, holder = mule_ref(C)
            body = [f"【{bank}】您的账户存在异常交易，为保障资金安全，请将余额转入监管安全账户 ", card, " 户名：", holder,
                    f"，客服热线 400-{digits(3)}-{digits(4)}（转{R.choice(['95588', '95533', '95566'])}）。"]
        elif k == "sd":
            body = [f"高薪兼职，手机操作，日结{R.randint(2, 5)}00-{R.randint(6, 9)}00元，无需押金！加QQ {R.randint(10**8, 4 * 10**9)}，或联系",
                    R.choice(["王老师", "李姐", "陈经理", "小刘"]), " ", L(fmt_mob(R.choice(C.fsims).mobile, R.choice(["plain", "sp", "dash"])), PH), " 退订回T"]
        elif k == "dk":
            body = [f"【{R.choice(['易借花', '融易借', '闪电贷'])}】您申请的50000元额度已审批通过，请登录 {url} 提款，客服 400{digits(7)}，回T退订"]
        elif k == "jf":
            body = [f"【中囯移动】尊敬的客户，您的积分{R.randint(3000, 30000)}分即将清零，请登录 {url} 兑换现金礼包，退订回TD。"]
        elif k == "leak":
            body = [L(v.name, N), "（身份证 ", L(v.rid_w, RID), f"）您好，您名下尾号{v.mobile[-4:]}的手机号已被列入涉诈名单，将于48小时内停机。"
                    f"如非本人操作请访问 {url} 申诉。"]
        elif k == "zx":
            e = R.choice(C.foreign)
            body = [f"【征信中心】您的个人征信存在{R.randint(2, 9)}笔逾期，将影响子女入学，请尽快联系{fake}专员 ", L(fmt_foreign(e, "intl"), PH), " 处理。"]
        else:
            body = [f"小{surname(v.name) or v.name[0]}，我是{fake}，这是我新号码 ", L(fmt_mob(R.choice(C.fsims).mobile, "plain"), PH),
                    "，旧号码不用了。明天上午来我办公室一趟，有事交代。"]
        d.w("正文：", body, "\n")
        if stype.startswith("疑似伪基站"):
            res = "伪基站，已推送无线电管理部门"
        elif stype == "106端口":
            res = R.choice(["发送端口已通报服务提供商", "URL已封堵，端口已暂停", "已纳入关键词模型"])
        else:
            res = R.choice(["URL已封堵，发送号码已关停", "已纳入关键词模型", "号码已加入黑名单，待二次实名核验"])
        if stype.startswith("疑似伪基站") and R.random() < 0.7:
            la, lo = coord(R.choice(ZJ), 0.05)
            res += "；伪基站测向定位 "
            d.w(f"处置：{res}", L(fmt_ll(la, lo, "c"), GEO), "（车载移动）\n\n")
        else:
            d.w(f"处置：{res}\n\n")
    return d


def make_site(loc, nports, tenant):
    ports = []
    tac = R.choice(MODULE_TACS)
    for i in range(nports):
        s = FraudSim(loc=loc, vno=0.2)
        s.imei = gen_imei(tac)
        ports.append(s)
    cells = [Cell(loc, op) for op in ("CM", "CM", "CU", "CT")]
    return dict(loc=loc, addr=Addr(loc), landlord=Person(loc=loc, ages=(45, 70)), tenant=tenant,
                plate=gen_plate(loc["plate"]), cells=cells, ll=coord(loc, 0.02), ports=ports)


def imeisv(imei):
    return imei[:14] + f"{R.randint(1, 99):02d}"


def f_simbox(C):
    d = Doc("simbox_detection_report_20240615.txt")
    a1, a2 = R.sample(C.agents, 2)
    d.w("猫池（SIM Box）检测报告\n报告编号：FZ-SB-20240615-003        生成时间：2024-06-15 22:10:05\n"
        "检测依据：信令面 S1-MME / MAP 分析，规则 R22_SIMBOX_PATTERN v2（同IMEI多IMSI轮换、零移动性、主叫离散度>0.9、无被叫、无数据业务）\n"
        "分析人：", L(a1[0].name, N), f"（{a1[1]}）   审核：", L(a2[0].name, N), f"（{a2[1]}）\n\n")
    # ---- site A
    A = C.simbox_sites[0]
    lord = A["landlord"]
    t = A["tenant"]
    d.w("一、站点 A\n  疑似位置：", L(A["addr"].s("full"), ADDR), "（出租屋）\n  房东：", L(lord.name, N), "，电话 ",
        L(fmt_mob(lord.mobile, "sp"), PH), "；承租人登记为 ", L(t.name, N), "，身份证 ", L(t.rid, RID), "\n",
        "  定位结果：", L(fmt_ll(*A["ll"], "c"), GEO), "（三角定位，误差约 35 米）；", L(fmt_ll(*A["ll"], "dms"), GEO), "\n",
        "  附近车辆：", L(A["plate"], PLATE), "（卡口抓拍 6月12日 21:33、6月13日 07:58）\n  服务小区：\n")
    for c in A["cells"]:
        d.w("    ", L(c.cgi(), CELL), f"   PCI {R.randint(0, 503):<3}  RSRP -{R.randint(70, 110)} dBm  基站经纬度 ",
            L(fmt_ll(*c.ll, "c5"), GEO), "\n")
    d.w(f"  设备：GoIP-16 ×{(len(A['ports']) + 15) // 16}（序列号 GOIP16-{hexs(4).upper()}-0021），模块 IMEI 可软件改写\n  端口明细：\n")
    d.w("  端口 | IMSI            | ICCID                | 模块IMEI        | 号码        | 实名登记人 | 登记证件号         | 首次注册   | 日均主叫\n")
    for i, s in enumerate(A["ports"], 1):
        o = s.owner
        d.w(f"  {i:02d}   | ", L(s.imsi, IMSI), " | ", L(s.iccid, ICCID), " " * (21 - len(s.iccid)), "| ", L(s.imei, IMEI), " | ",
            L(s.mobile, PH), " | ", L(o.name, N), " | ", L(o.rid_w, RID), f" | 2024-06-{R.randint(1, 12):02d} | {R.randint(80, 600)}\n")
    d.w("  IMEI 变更记录（同一模块端口轮换写号）：\n")
    for s in R.sample(A["ports"], 4):
        new = gen_imei(s.imei[:8])
        d.w("    ", L(s.imei, IMEI), " -> ", L(new, IMEI), "  （上报 IMEISV ", L(imeisv(new), IMEI), "）\n")
    # ---- site B
    B = C.simbox_sites[1]
    d.w("\n二、站点 B\n  位置：", L(B["addr"].s(R.choice(["full", "city"])), ADDR), "  坐标（GCJ-02，经度在前）：", L(fmt_ll(*B["ll"], "lonlat"), GEO), "\n",
        "  承租人：", L(B["tenant"].name, N), "（", L(fmt_dob(B["tenant"].dob, "iso"), DOB), "生，手机 ", L(B["tenant"].mobile, PH), "）\n",
        "  附近车辆：", L(B["plate"], PLATE), "、", L(gen_plate("琼C"), PLATE), "（夜间多次出入）\n",
        "  主服务小区 ECI：", L(str(B["cells"][0].ci), CELL), "（TAC ", str(B["cells"][0].tac), "），邻区 ECI：",
        L(str(B["cells"][1].ci), CELL), "、", L(str(B["cells"][2].ci), CELL), "\n  卡明细：\n")
    for i, s in enumerate(B["ports"], 1):
        o = s.owner
        d.w(f"    卡 {i}/{len(B['ports'])}: IMSI=", L(s.imsi, IMSI), " ICCID=", L(s.iccid, ICCID), " MSISDN=",
            L(fmt_mob(s.mobile, "+86c"), PH), " 设备IMEI=", L(s.imei, IMEI), "\n", "             登记人=", L(o.name, N),
            " 证件=", L(o.rid_w, RID), " 证件地址=", L(o.addr.s("full"), ADDR), "\n")
    d.w("\n三、结论\n  两个站点共检出 ", str(len(A["ports"]) + len(B["ports"])), " 张涉诈卡，均为“两卡”收购渠道流出；"
        "已于 6月15日 22:30 全部关停并推送属地公安（茂名市公安局电白分局、儋州市公安局）。\n"
        f"  关联案件：{case_no()}、{case_no()}\n  附件：simbox_A.pcap（sha256 {sha256('simboxA')}）\n")
    return d


MODELS = [("HUAWEI", "NOH-AN00", "HarmonyOS 4.0.0"), ("Xiaomi", "2211133C", "Android 14"), ("OPPO", "PHB110", "Android 13"),
          ("vivo", "V2243A", "Android 13"), ("Apple", "iPhone15,3", "iOS 17.5.1"), ("Apple", "iPhone13,2", "iOS 16.7.8"),
          ("HONOR", "ALN-AL00", "MagicOS 8.0")]


def f_app(C):
    d = Doc("app_reports_export_20240616.jsonl")
    t = dt.datetime(2024, 6, 15, 8, 0, 0)
    for i in range(25):
        t += dt.timedelta(minutes=R.randint(5, 100), seconds=R.randint(0, 59))
        v = C.victims[(i * 7 + 3) % len(C.victims)] if R.random() < 0.6 else Person(loc=R.choice(URBAN), ages=(18, 70))
        brand, model, osv = R.choice(MODELS)
        dev = {"brand": brand, "model": model, "os": osv}
        if brand != "Apple" and R.random() < 0.6:
            dev["imei"] = (gen_imei(), IMEI)
        else:
            dev["idfv"] = uid().upper() if brand == "Apple" else None
        rep = {"name": (v.name, N), "id_no": (v.rid_w, RID), "mobile": (fmt_mob(v.mobile, R.choice(["plain", "plain", "+86c"])), PH)}
        if R.random() < 0.4:
            rep["birth"] = (fmt_dob(v.dob, "iso"), DOB)
        if R.random() < 0.35:
            rep["email"] = (v.email(), EM)
        if R.random() < 0.5:
            rep["address"] = (v.addr.s(), ADDR)
        rep["client_ip"] = (gen_ip(), IP)
        rep["device"] = dev
        kind = R.choice(FRAUD_KINDS)
        amt = amount() if R.random() < 0.8 else 0
        sus = []
        if R.random() < 0.7:
            s = R.choice(C.fsims)
            sus.append({"type": "phone", "value": (fmt_mob(s.mobile, R.choice(["plain", "sp"])), PH)})
        if R.random() < 0.3:
            sus.append({"type": "phone", "value": (fmt_foreign(R.choice(C.foreign), "e164"), PH), "note": "境外"})
        if R.random() < 0.25:
            sus.append({"type": "phone", "value": R.choice(SPOOF_DISP)[0], "note": "来电显示（疑改号）"})
        m = None
        if amt and R.random() < 0.8:
            m = R.choice(C.mules)
            card, bank = m.card()
            hk = R.random()
            sus.append({"type": "bank_card", "value": (fmt_card(card, R.choice(["plain", "sp4"])), BC), "bank": bank,
                        "holder": (m.name, N) if hk < 0.6 else mask_name(m.name)})
        if R.random() < 0.5:
            sus.append({"type": "qq", "value": str(R.randint(10**8, 4 * 10**9))})
        if R.random() < 0.4:
            sus.append({"type": "wechat", "value": "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))})
        if R.random() < 0.45:
            sus.append({"type": "url", "value": f"https://{R.choice(PHISH_HOSTS)}/{hexs(5)}"})
        if R.random() < 0.25:
            sus.append({"type": "alipay", "value": (gen_email(R.choice(C.mules).name), EM) if R.random() < 0.5 else (R.choice(C.mules).mobile, PH)})
        if R.random() < 0.3:
            sus.append({"type": "name_claimed", "value": R.choice(FAKE_OFFICIALS) + R.choice(["警官", "", "（客服主管）", "（导师）"])})
        shots = []
        for j in range(R.randint(0, 2)):
            ok = R.random()
            if ok < 0.35 and m:
                card, bank = m.card()
                ocr = S([f"转账成功\n¥{amt:,.2f}\n收款方 {mask_name(m.name)}\n收款账户 {bank} {mask_card(card)}\n交易单号 4200{digits(24)}"])
            elif ok < 0.6 and m:
                card, bank = m.card()
                ocr = S(["收款人：", (m.name, N), "\n收款卡号：", (card, BC), f"\n开户行：{branch_of(bank)}\n请备注“货款”，勿备注敏感词"])
            elif ok < 0.8:
                parts = [f"客服-{R.choice(['小美', '晴天', 'A李主管'])}：请提供您的姓名和身份证号，用于办理退款\n我：", (v.name, N), " ",
                         (v.rid_w, RID), f"\n客服：验证码发您了，请告诉我{digits(6)}那条\n我：{digits(6)}"]
                if R.random() < 0.5:
                    parts += ["\n客服：还需要支付密码完成退款验证\n我：", (R.choice(["520131", "147258", "900812", "336699"]), CRED)]
                ocr = S(parts)
            else:
                ocr = S([f"【通缉令】{R.choice(FAKE_UNITS)}\n姓名：", (v.name, N), "\n身份证号：", (v.rid, RID), f"\n涉嫌罪名：洗钱罪\n承办人：{R.choice(FAKE_OFFICIALS)}"])
            shots.append({"file": f"IMG_{t.strftime('%Y%m%d')}_{R.randint(100000, 235959)}.jpg", "sha1": hashlib.sha1(digits(12).encode()).hexdigest(), "ocr_text": ocr})
        desc = R.choice([
            S([f"我在{R.choice(['抖音', '小红书', '某招聘网站'])}上看到兼职，被骗{amt}元，对方让我下载了“{R.choice(APPS)}”。"]),
            S(["对方说我名下的卡涉嫌洗钱，让我把钱转到安全账户。我的卡号是", (fmt_card(v.card()[0], "plain"), BC), "，已经转走", fmt_amt(amt) if amt else "0元", "。"]),
            S(["本人", (v.name, N), "，被冒充客服的人骗了，请尽快帮我止付。联系电话", (v.mobile, PH), "。"]),
            S(["骗子一直打我电话，我没有转账，只是举报。"]),
            S(["对方冒充银行客服，我把银行卡密码", (R.choice(["080512", "661188", "123987", "502413"]), CRED), "告诉了他，卡里的钱被转走了",
               fmt_amt(amt) if amt else "", "，请帮忙冻结。"]),
        ])
        obj = {"report_id": f"FZ{t.strftime('%Y%m%d')}{digits(8)}", "submit_time": t.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
               "channel": "国家反诈中心APP", "app_ver": R.choice(["2.0.17", "2.0.18", "2.1.0"]), "reporter": rep,
               "case_type": kind, "loss_amount": float(amt), "suspects": sus, "screenshots": shots, "desc": desc,
               "region_code": v.loc["code"], "status": R.choice(["已受理", "已转公安", "已止付", "无效举报"])}
        if dev.get("idfv") is None:
            dev.pop("idfv", None)
        d.w(jemit(obj), "\n")
    return d


def f_cdr(C):
    cno = C.cdr_case
    d = Doc(f"case_cdr_extract_{cno}.txt")
    served = R.sample(C.fsims, 3)
    t = dt.datetime(2024, 6, 1, 8, 2, 11)
    for i in range(44):
        t += dt.timedelta(minutes=R.randint(3, 500), seconds=R.randint(0, 59))
        s = R.choice(served)
        rt = R.choices(["MOC", "MTC", "SMO", "SMT", "CFW"], [55, 15, 15, 8, 7])[0]
        k = R.random()
        if rt in ("MTC", "SMT") and k < 0.4:
            other = R.choice(["95588", "10086", "95533", "106575" + digits(7), "12381", "96110"])
        elif k < 0.12:
            other = L(fmt_foreign(R.choice(C.foreign), "bare"), PH)
        elif k < 0.2:
            other = L("86" + R.choice(C.fsims).mobile, PH)
        else:
            other = L(R.choice(["86", "86", ""]) + R.choice(C.victims).mobile, PH)
        third = L("86" + R.choice(C.fsims).mobile, PH) if rt == "CFW" else ""
        serial = fail_luhn("24" + t.strftime("%m%d%H%M%S") + digits(7))
        dur = "0" if rt in ("SMO", "SMT") else str(R.randint(0, 1800))
        c = s.cell if R.random() < 0.7 else Cell(s.loc, s.op)
        has_geo = R.random() < 0.55
        lo = L(f"{c.ll[1]:.6f}", GEO) if has_geo else ""
        la = L(f"{c.ll[0]:.6f}", GEO) if has_geo else ""
        msc = R.choice([f"MSC-{R.choice(['MM', 'LD', 'SR', 'DZ'])}-{R.randint(1, 9):02d}", f"8613800{s.loc['ac'][1:]}{digits(6 - len(s.loc['ac'][1:]))}",
                        f"MME-{R.randint(1, 4)}"])
        imei = L(s.imei, IMEI) if R.random() < 0.9 else ""
        cause = R.choice(["0", "0", "0", "16", "17", "31"])
        d.w(rt, "|", serial, "|", L("86" + s.mobile, PH), "|", other, "|", third, "|",
            t.strftime("%Y%m%d%H%M%S"), "|", dur, "|", L(s.imsi, IMSI), "|", imei, "|", str(c.tac), "|", L(str(c.ci), CELL), "|",
            lo, "|", la, "|", msc, "|", cause, "\n")
    return d


def f_chat(C):
    d = Doc("victim_chat_export_wechat_qq.txt")
    v1 = C.victims[2]
    v2 = C.victims[3]
    m1 = R.choice(C.mules)
    c1, b1 = m1.card()
    vc, vb = v1.card()
    d.w("======== 微信聊天记录导出（受害人提供，取证工具 v5.2）========\n", "导出账号：", L(v1.name, N), "（微信号 ",
        "wxid_" + hexs(12), "）\n聊天对象：“客服-陈经理”（微信号 kf_", hexs(6), "，已注销）\n导出时间：2024-06-13 16:40\n\n")
    t = dt.datetime(2024, 6, 11, 19, 2, 10)
    me = "阳光明媚" if v1.sex == "F" else "平安是福"

    def say(who, *parts):
        nonlocal t
        t += dt.timedelta(minutes=R.randint(0, 6), seconds=R.randint(5, 59))
        d.w(f"{t.strftime('%Y-%m-%d %H:%M:%S')} {who}：", list(parts), "\n")
    say("客服-陈经理", "您好，我是某电商平台售后客服，您6月3日购买的面霜检测出质量问题，可以为您办理三倍理赔。")
    say(me, "真的吗？要怎么办")
    say("客服-陈经理", "需要先核实您的身份，请发一下您的姓名、身份证号和收款银行卡。")
    say(me, L(v1.name, N), " ", L(v1.rid_w, RID))
    say(me, "卡号 ", L(fmt_card(vc, "sp4"), BC), " ", vb)
    say("客服-陈经理", "好的。为了防止理赔款被冻结，需要您开通备用金账户，请下载“", R.choice(APPS), "”并输入会议号 ", digits(9), "。")
    say(me, "[图片] 下好了")
    say("客服-陈经理", "系统会发一个验证码到您手机，请告诉我。")
    say(me, digits(6))
    say("客服-陈经理", "还需要您网银的登录密码用于激活理赔通道，放心我们看不到余额。")
    pw = R.choice(["qwe123456", "Lhf@1987", "zxcv8899", "Aa112233"])
    say(me, L(pw, CRED))
    say("客服-陈经理", "激活需要先把资金转到监管账户做流水，账户：", L(c1, BC), " 户名 ", L(m1.name, N), "，转完马上退回。")
    say(me, "转了", f"{amount():,}", "元，截图给你了")
    say("客服-陈经理", "收到，流水不够还需要再转一笔。")
    say(me, f"我没钱了，我{'儿子' if v1.age >= 45 else R.choice(['哥', '表姐', '男朋友'])}的号码是 ", L(gen_mobile("CU"), PH), "，要不要问他借")
    say("客服-陈经理", "不要告诉任何人，否则理赔作废。你的地址是", L(v1.addr.s("city"), ADDR), "吧？理赔的赠品会寄过去。")
    say(me, "对")
    d.w("（以下为系统提示）2024-06-11 20:31:07 对方已将你删除。\n\n")
    # QQ
    d.w("======== QQ 消息记录（受害人 QQ ", str(R.randint(10**8, 3 * 10**9)), " 导出）========\n消息分组：我的好友\n",
        "消息对象：刷单-任务导师A（QQ ", str(R.randint(10**8, 3 * 10**9)), "）\n", "================================================================\n")
    t = dt.datetime(2024, 6, 8, 13, 10, 0)
    me2 = "向日葵🌻"
    m2 = R.choice(C.mules)
    c2, b2 = m2.card()
    m3 = R.choice(C.mules)
    c3, b3 = m3.card()

    def qq(who, *parts):
        nonlocal t
        t += dt.timedelta(minutes=R.randint(0, 9), seconds=R.randint(1, 59))
        d.w(f"{t.strftime('%Y-%m-%d %H:%M:%S')} {who}\n", list(parts), "\n\n")
    qq("任务导师A", "新人第一单：给这个视频点赞截图，佣金8元。")
    qq(me2, "[图片]")
    qq("任务导师A", "佣金已发，请提供真实姓名和手机号登记，方便结算。")
    qq(me2, L(v2.name, N), "，", L(fmt_mob(v2.mobile, "fw"), PH))
    qq("任务导师A", "第二单是垫付单，付1000返1300，收款卡：", L(fmt_card(c2, "sp4"), BC), "（", b2, " ", L(m2.name, N), "）")
    qq(me2, "好的已付，收款人是", mask_name(m2.name), "对吧")
    qq("任务导师A", "对。联单任务：连续三单 5000/12000/30000，完成后一次性返还本金+佣金。下一笔转：", L(c3, BC), " ", L(m3.name, N))
    qq(me2, "我怎么提现不了？")
    qq("任务导师A", "你操作失误导致卡单，需要缴纳 20% 解冻金。财务电话：", L(fmt_mob(R.choice(C.fsims).mobile, "plain"), PH), "（", R.choice(["张会计", "财务李姐"]), "）")
    qq("任务导师A", "或者把你支付宝账号密码发我，财务帮你操作解冻。")
    qq(me2, "账号 ", L(v2.mobile, PH), " 密码 ", L(R.choice(["wyx520520", "Zfb@8866", "qq112233a"]), CRED))
    qq("任务导师A", "解冻失败，流水异常，需要再充值 8000 元。")
    qq(me2, "我要报警了")
    qq("系统消息", "对方已将你移出群聊“日结任务5群”（群号 ", str(R.randint(10**8, 10**9)), "）")
    d.w("受害人补充：本人出生日期 ", L(fmt_dob(v2.dob, "cn"), DOB), "，身份证 ", L(v2.rid_w, RID), "，现住 ",
        L(v2.addr.s("full"), ADDR), "，邮箱 ", L(v2.email(), EM), "。\n")
    return d


def f_weekly(C):
    d = Doc("weekly_stats_report_2024w24.txt")
    a = C.agents
    d.w("反诈中心周报（2024年第24周：6月10日—6月16日）\n", "编制：", L(a[3][0].name, N), "    审核：", L(a[4][0].name, N),
        "    签发：", L(a[5][0].name, N), "\n\n一、总体情况\n")
    tot = R.randint(180000, 260000)
    d.w(f"本周拦截涉诈来电 {tot:,} 次（环比 {R.choice(['+', '-'])}{R.randint(1, 15)}.{R.randint(0, 9)}%），拦截涉诈短信 {R.randint(50000, 90000):,} 条，"
        f"关停涉诈号码 {R.randint(3000, 6000):,} 个，96110 预警劝阻 {R.randint(8000, 15000):,} 人次，成功劝阻率 {R.randint(85, 97)}.{R.randint(0, 9)}%。\n"
        f"协助公安止付冻结资金 {R.randint(200, 900)}.{R.randint(10, 99)} 万元，涉及银行卡 {R.randint(100, 400)} 张。\n\n")
    d.w("二、分类型统计\n  类型            发案数   损失(万元)   占比\n")
    for k in FRAUD_KINDS + ["其他"]:
        d.w(f"  {k:<12}    {R.randint(5, 300):>5}   {R.randint(10, 3000) / 10:>9.1f}   {R.randint(1, 35)}.{R.randint(0, 9)}%\n")
    d.w("\n三、分地市（被叫归属）\n")
    for c in ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]:
        d.w(f"  {c}：拦截 {R.randint(3000, 60000):,}；预警 {R.randint(200, 3000):,}；发案 {R.randint(5, 120)}\n")
    d.w("\n四、典型号码（已脱敏）\n")
    for s in R.sample(C.fsims, 5):
        d.w(f"  {mask_mob(s.mobile)}（{s.loc['dist']}，IMSI {s.imsi[:5]}**********，单日主叫 {R.randint(300, 1500)} 次）\n")
    d.w("  境外改号显示：95588、+86110、021-22028110、+999000123456 等 37 个号码被冒用。\n"
        "  受害人画像：60岁以上占 ", f"{R.randint(20, 35)}%", "；典型受害人 ", mask_name(C.victims[5].name), "（", str(C.victims[5].age), "岁，",
        mask_rid(C.victims[5].rid), "）。\n\n")
    d.w(f"五、规则效果\n  R07_NEWSIM_MASSCALL 命中 {R.randint(10000, 30000):,}，误拦 {R.randint(3, 40)}（申诉复机）；模型 v3.14.2 AUC 0.9{R.randint(10, 80)}。\n"
        f"  关联案件：{case_no()}、{case_no()}；工单 HF-20240612-0087 等 {R.randint(300, 500)} 件。\n"
        f"  数据校验：export_20240616.parquet sha256 {sha256('w24')}\n\n")
    d.w("六、值班安排（6月17日—6月23日）\n")
    for day, (p, aid) in zip(["周一", "周二", "周三", "周四"], R.sample(a, 4)):
        d.w(f"  {day}：", L(p.name, N), f"（{aid}）  值班电话 0571-8{digits(7)}（中心座机）\n")
    d.w("  咨询：96110 / 12381 / 中心邮箱 fzzx@zjtelco.com.cn\n")
    return d


BIRTHPLACE_EN = {"431322": "Xinhua County, Loudi, Hunan", "350524": "Anxi County, Quanzhou, Fujian",
                 "361127": "Yugan County, Shangrao, Jiangxi", "440904": "Dianbai District, Maoming, Guangdong",
                 "450126": "Binyang County, Nanning, Guangxi"}
INTERPOL = [  # handwritten subjects: (family, given, chinese, sex, birthplace loc code)
    ("ZHANG", "Haoran", "张浩然", "M", "431322"), ("LIN", "Weiqiang", "林伟强", "M", "350524"),
    ("WU", "Meiling", "吴美玲", "F", "361127"), ("HUANG", "Zhiyong", "黄志勇", "M", "440904"),
    ("CHAN", "Ka Ho", "陳嘉豪", "M", None), ("OUYANG", "Jie", "欧阳杰", "M", "450126"),
]


def f_interpol(C):
    d = Doc("interpol_notice_cross_border_group.txt")
    d.w("INTERPOL  //  RESTRICTED — LAW ENFORCEMENT USE ONLY\nDIFFUSION / REQUEST FOR INFORMATION\n",
        f"Reference: {R.randint(1000, 9999)}/6-2024/NCB-BEIJING   Related notices: A-{R.randint(1000, 9999)}/5-2024\n",
        "Subject: Transnational telecom fraud group operating from compounds in Myawaddy (MM) and Sihanoukville (KH)\n",
        "Requesting NCB: China (Beijing), on behalf of the Ministry of Public Security Criminal Investigation Department\n",
        "Contact officer: ", L("LIU Zhenhua", N), " (", L("刘振华", N), "), tel. +86 10 6626 2114 (office), e-mail ",
        "ncb-beijing-fraud@mps.example.gov.cn\n\n")
    d.w("1. SUMMARY\nBetween January and May 2024 the group below operated call centres impersonating police and bank staff. "
        f"Losses in China are estimated at RMB {R.randint(80, 400)} million in {R.randint(900, 3000):,} cases (lead case {case_no()}). "
        "Victims were contacted from spoofed numbers (e.g. 95588, +86110) routed over SIP trunks registered to front companies "
        "(Golden Lotus Trading Co., Ltd.; KK Tech Park). Funds were laundered via USDT (TRC-20 wallet "
        "T" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33)) + ").\n\n2. SUBJECTS\n")
    for i, (fam, giv, zh, sex, bloc) in enumerate(INTERPOL, 1):
        dob = dt.date(R.randint(1978, 1999), R.randint(1, 12), R.randint(1, 28))
        d.w(f"2.{i}  Name: ", L(f"{fam} {giv}", N), " (", L(zh, N), f")   Sex: {sex}\n")
        d.w("     Date of birth: ", L(fmt_dob(dob, R.choice(["dmy", "en", "EN", "iso"])), DOB))
        if bloc:
            d.w(f"   Place of birth: {BIRTHPLACE_EN[bloc]}, China\n")
            rid = gen_rid(bloc, dob, sex)
            d.w("     PRC ID card: ", L(rid, RID), "\n     Passport(s): PRC ", L(gen_passport(), PP))
            if R.random() < 0.6:
                d.w(f" (issued {R.randint(2016, 2022)}, reported lost), PRC ", L(gen_passport(), PP))
            d.w("\n     Exit-Entry Permit for travelling to and from HK & Macao: ", L(gen_hk_permit("C"), HKM), "\n")
        else:
            d.w("   Place of birth: Hong Kong SAR\n     Home Return Permit (Mainland Travel Permit for HK/Macao Residents): ",
                L(gen_hk_permit("H"), HKM), "\n     Romanised name on HKSAR documents: ", L("CHAN Ka-ho", N), "; alias \"Ah Ho\"\n")
        phones = [fmt_foreign(gen_foreign(R.choice(["KH", "MM", "PH", "TH"])), "intl")]
        if R.random() < 0.6:
            phones.append(fmt_mob(gen_mobile(R.choice(["CM", "CU", "VNO"])), "+86"))
        d.w("     Phones: ")
        for j, ph in enumerate(phones):
            d.w("; " if j else "", L(ph, PH))
        d.w(f"   Telegram: @{R.choice(['boss', 'kk', 'lao', 'ah'])}_{hexs(4)}\n")
        if R.random() < 0.7:
            d.w("     E-mail: ", L(gen_email(None), EM), "\n")
        k = R.random()
        if k < 0.35:
            d.w("     Last known address: ", L(f"Room {R.randint(2, 20)}{R.randint(1, 9):02d}, Building {R.choice('ABCD')}, "
                                               f"Street {R.choice(['271', '2004', '598', '1986'])}, Sangkat Tuol Tumpung, Khan Chamkar Mon, Phnom Penh", ADDR), ", Cambodia\n")
        elif k < 0.65:
            d.w("     Last known address: ", L(f"No. {R.randint(1, 99)}, {R.choice(['Ochheuteal', 'Ekareach', 'Krong'])} Road, Sangkat {R.randint(1, 4)}, Sihanoukville", ADDR), ", Preah Sihanouk Province, Cambodia\n")
        elif bloc:
            a = Addr(LOC[bloc])
            d.w("     Registered residence (China): ", L(a.s("full"), ADDR), "\n")
        if fam == "HUANG":
            d.w("     Vehicle: black Toyota Alphard, Chinese plate ", L(gen_plate("粤K"), PLATE), ", last seen at Mohan border crossing 2024-04-30\n")
        d.w(f"     Role: {R.choice(['ringleader', 'money laundering', 'recruiter', 'script writer / trainer', 'SIM procurement'])}\n\n")
    d.w("3. ACTION REQUESTED\nLocate the subjects; report entries/exits; preserve subscriber and IP data for the numbers above. "
        "Do not arrest on the basis of this diffusion alone.\n\n4. VICTIM EXAMPLE (consented)\n")
    v = C.victims[6]
    d.w("Victim ", L(v.name, N), " (DOB ", L(fmt_dob(v.dob, "en"), DOB), "), mobile ", L(fmt_mob(v.mobile, "+86"), PH),
        f", transferred RMB {amount():,} to card ", L(fmt_card(R.choice(C.mules).card()[0], "sp4"), BC), " on 2024-05-14.\n")
    return d


def f_risk(C):
    d = Doc("risk_scoring_output_20240616.csv")
    d.w("run_id,uid_hash,msisdn,score,risk_level,model_ver,f_call_out_7d,f_distinct_callee_7d,f_night_ratio,f_intl_ratio,"
        "f_imei_switch_30d,f_cell_cnt_7d,f_sms_out_7d,f_age_days,top_callee,ts_ms\n")
    run = "run-20240616-" + hexs(8)
    t = dt.datetime(2024, 6, 16, 3, 10)
    pool = [s.mobile for s in C.fsims] + [v.mobile for v in C.victims] + [gen_mobile(R.choice(["CM", "CU", "CT"])) for _ in range(60)]
    for i in range(150):
        t += dt.timedelta(seconds=R.randint(0, 30))
        n = R.choice(pool)
        raw = R.random() < 0.2 or (i >= 100 and R.random() < 0.45)  # rows from partition p7 escaped hashing
        if raw:
            ms = L(R.choice(["86" + n, n, n]), PH)
        else:
            ms = R.choice([sha256("salt:" + n), md5(n)])
        score = R.random() ** 0.6
        lvl = "HIGH" if score > 0.85 else "MID" if score > 0.6 else "LOW"
        tk = R.random()
        if tk < 0.1:
            top = L(R.choice(pool), PH)
        elif tk < 0.7:
            top = mask_mob(R.choice(pool))
        elif tk < 0.8:
            top = R.choice(["95588", "10086", "12345", "4008208820"])
        else:
            top = ""
        csv_row(d, [run, sha256(n + "uid")[:32], ms, f"{score:.4f}", lvl, "fz-gbdt-3.14.2", str(R.randint(0, 900)), str(R.randint(0, 700)),
                    f"{R.random():.3f}", f"{R.random() * 0.3:.3f}", str(R.randint(0, 9)), str(R.randint(1, 60)), str(R.randint(0, 400)),
                    str(R.randint(1, 4000)), top, ms_epoch(t)])
    return d


def f_mail(C):
    d = Doc("bank_police_liaison_mail.txt")
    op_b = C.bankers
    ag = C.agents
    pol = C.police

    def hdr(frm, to, cc, subj, date):
        d.w("From: ", frm, "\nTo: ", to, "\n")
        if cc:
            d.w("Cc: ", cc, "\n")
        d.w(f"Date: {date}\nSubject: {subj}\nMessage-ID: <{hexs(16)}.{R.randint(1000, 9999)}@mail.zjtelco.com.cn>\n"
            "Content-Type: text/plain; charset=UTF-8\n\n")

    def who(p, email_, name_in_display=True):
        return ([L(p.name, N), " <", L(email_, EM), ">"] if name_in_display else ["<", L(email_, EM), ">"])
    b0, b0mail = op_b[0]
    a0, a0id = ag[1]
    a0mail = f"{PINYIN_SUR.get(surname(a0.name), 'fz')}{hexs(3)}@zjtelco.com.cn"
    p0, unit0, badge0, off0 = pol[0]
    p0mail = f"{PINYIN_SUR.get(surname(p0.name), 'jc')}{digits(4)}@lg.szga.example.gov.cn"
    # mail 1: bank -> operator, urgent stop payment
    hdr(who(b0, b0mail), ["反诈中心 <fzzx@zjtelco.com.cn>"], [*who(p0, p0mail)], "【紧急】涉诈账户关联号码核查及止付反馈",
        "Thu, 13 Jun 2024 09:42:17 +0800")
    d.w("各位好：\n\n我行今日根据公安止付指令冻结下列涉诈账户，请贵中心协助核查预留手机号的实名及使用情况：\n\n")
    ms = R.sample(C.mules, 5)
    for i, m in enumerate(ms, 1):
        card, bank = m.card()
        d.w(f"  {i}) ", L(fmt_card(card, "sp4"), BC), "  ", L(m.name, N), "  预留手机 ", L(m.mobile, PH), f"  冻结金额 {R.randint(1000, 300000):,}.00 元\n")
    d.w("\n附件《止付回执_20240613.zip》解压密码：", L(R.choice(["Zf#0613!kx", "Bank@2024jun", "sz0613*Fz"]), CRED),
        "（另行短信告知者以短信为准）\n\n", L(b0.name, N), "\n", f"{R.choice(list(BRANCHES['中国工商银行']))} 反诈专班\n",
        "电话 0755-2" + digits(7) + "（办公）  手机 ", L(fmt_mob(b0.mobile, "dash"), PH), "\n\n")
    # mail 2: operator reply
    d.w("-" * 60, "\n")
    hdr(who(a0, a0mail), who(b0, b0mail), [*who(p0, p0mail), ", 反诈中心 <fzzx@zjtelco.com.cn>"], "Re: 【紧急】涉诈账户关联号码核查及止付反馈",
        "Thu, 13 Jun 2024 14:05:51 +0800")
    d.w(L(b0.name, N), "您好：\n\n核查结果如下（仅供办案使用）：\n")
    for m in ms:
        reg = m if R.random() < 0.7 else Person(sex=m.sex, loc=R.choice(HOT), ages=(18, 30))
        d.w("  - ", L(m.mobile, PH), "：实名登记人 ", L(reg.name, N), "，证件 ", L(reg.rid, RID), f"，{R.choice(['近30日无异常', '近30日与涉诈号码通话12次', '已停机', '常驻小区位于境外边境（云南勐腊）'])}\n")
    d.w("\n其中第 3 个号码近期使用终端 IMEI ", L(gen_imei(), IMEI), "，同时登录过 IP ", L(gen_ip(), IP), "。\n\n", L(a0.name, N),
        f"（{a0id}）\n反诈中心 数据核查组\n\n")
    # mail 3: police -> operator & bank
    d.w("-" * 60, "\n")
    p1, unit1, badge1, off1 = pol[1]
    p1mail = f"{PINYIN_SUR.get(surname(p1.name), 'jc')}.{digits(3)}@gsj.hzga.example.gov.cn"
    hdr(who(p1, p1mail), ["反诈中心 <fzzx@zjtelco.com.cn>, ", *who(b0, b0mail)], None, "关于受害人资金返还的通知", "Fri, 14 Jun 2024 10:20:00 +0800")
    vs = R.sample(C.victims, 3)
    d.w("两位好：\n\n经审查，下列受害人被骗资金可按比例返还，请银行核对受害人身份信息后原路返还：\n")
    for v in vs:
        vc, vb = v.card()
        d.w("  受害人 ", L(v.name, N), "，身份证 ", L(v.rid_w, RID), "，收款卡 ", L(vc, BC), f"（{vb}），返还 {R.randint(1000, 90000):,}.00 元；\n")
    d.w(f"\n案件编号 {case_no()}，返还决定书文号 杭公拱（刑）返字〔2024〕{R.randint(10, 99)}号。\n\n", L(p1.name, N), "\n", unit1,
        f"\n警号 {badge1}  电话 {off1}\n\n")
    # mail 4: short forwarding between operator staff
    d.w("-" * 60, "\n")
    a1, a1id = ag[2]
    a1mail = f"{PINYIN_SUR.get(surname(a1.name), 'fz')}.{hexs(2)}@zjtelco.com.cn"
    hdr(who(a0, a0mail), who(a1, a1mail), None, "Fwd: 关于受害人资金返还的通知", "Fri, 14 Jun 2024 10:31:44 +0800")
    d.w(L(a1.name, N), "：\n请跟进，受害人", L(vs[0].name, N), "联系电话 ", L(fmt_mob(vs[0].mobile, "sp"), PH),
        "，家属电话 ", L(gen_mobile("CM"), PH), "。系统账号临时密码 ", L("Tmp" + digits(4) + R.choice("!@#$"), CRED),
        " 已发你企业微信，首次登录请修改。\n工单平台 API token: ", L("fzwo_" + hexs(32), CRED), "（仅测试环境）\n\n> 以下为原邮件\n> ……（略）\n")
    return d


def f_reverify(C):
    d = Doc("reverify_results_202406.tsv")
    d.w("号码\t机主姓名\t证件号码\t出生日期\t核验渠道\t核验结果\t人脸比对分\t处置\t受理营业厅\t核验时间\t备注\n")
    halls = ["新化县上梅镇营业厅", "余干县玉亭镇合作厅", "宾阳县宾州营业厅", "杭州湖墅南路旗舰店", "深圳龙岗中心厅", "电白区水东合作厅",
             "儋州那大营业厅", "勐腊县城营业厅"]
    subs = [s.owner for s in C.fsims[:26]] + [Person(loc=R.choice(LOCS), ages=(18, 80)) for _ in range(22)]
    mob = {id(s.owner): s.mobile for s in C.fsims}
    for p in subs:
        m = mob.get(id(p), p.mobile)
        k = R.random()
        if k < 0.2:
            nm, rid = mask_name(p.name), mask_rid(p.rid)
        else:
            nm, rid = L(p.name, N), L(p.rid_w, RID)
        bd = L(fmt_dob(p.dob, R.choice(["iso", "compact", "dot"])), DOB) if R.random() < 0.6 and k >= 0.2 else ""
        res = R.choice(["通过", "通过", "不通过(人证不符)", "未到场", "通过(本人使用)", "不通过(证件过期)"])
        disp = {"通过": "复机", "通过(本人使用)": "复机"}.get(res, R.choice(["维持关停", "销户", "维持单停"]))
        ch = R.choice(["营业厅现场", "APP人脸", "视频核验"])
        hall = R.choice(halls) if ch == "营业厅现场" else "线上（APP 刷脸）"
        t = dt.datetime(2024, 6, R.randint(1, 16), R.randint(8, 21), R.randint(0, 59), R.randint(0, 59))
        note = ""
        kk = R.random()
        if kk < 0.1:
            note = ["本人称号码借给", L(gen_name(R.choice("MF")), N), "使用"]
        elif kk < 0.18:
            note = ["联系人电话 ", L(gen_mobile(R.choice(["CM", "CT"])), PH)]
        elif kk < 0.25:
            note = "号码涉诈被举报，本人不认可"
        elif kk < 0.3:
            note = ["现住 ", L(Addr(p.loc).s("city"), ADDR)]
        d.w(L(m, PH), "\t", nm, "\t", rid, "\t", bd, "\t", ch, "\t", res, "\t",
            (f"{R.uniform(0.86, 0.99):.2f}" if res.startswith("通过") else f"{R.uniform(0.2, 0.7):.2f}" if res != "未到场" else "-")
            if ch != "营业厅现场" else "-", "\t", disp, "\t", hall, "\t", t.strftime("%Y-%m-%d %H:%M:%S"), "\t", note, "\n")
    return d


# ----------------------------------------------------------------------------- context, output, checks


class Ctx:
    pass


def build():
    C = Ctx()
    C.agents = []
    for i in range(12):
        p = Person(loc=R.choice(ZJ[:5]), ages=(24, 50), op="CM")
        C.agents.append((p, f"A{1001 + R.randint(0, 98) * 10 + i % 10}"))
    units = [("深圳市公安局龙岗分局刑侦大队", "440307", "0755-28933110"), ("杭州市公安局拱墅分局米市巷派出所", "330105", "0571-87282110"),
             ("新化县公安局刑侦大队", "431322", "0738-3522110"), ("茂名市公安局电白分局", "440904", "0668-5122110"),
             ("温州市公安局鹿城分局网安大队", "330302", "0577-88212110"), ("泉州市公安局安溪分局", "350524", "0595-23212110")]
    C.police = []
    for unit, code, office in units:
        p = Person(loc=LOC[code], ages=(26, 52))
        C.police.append((p, unit, f"{R.randint(100000, 999999)}", office))
    C.bankers = []
    for i in range(3):
        p = Person(loc=R.choice(URBAN[7:10]), ages=(26, 45))
        C.bankers.append((p, f"{PINYIN_SUR.get(surname(p.name), 'fz')}{R.choice(['', '.'])}{hexs(3)}@fz.szbank-lg.com.cn"))
    C.victims = []
    for i in range(70):
        loc = R.choice(ZJ) if R.random() < 0.7 else R.choice(URBAN)
        ages = R.choice([(60, 85), (60, 85), (18, 26), (27, 59), (27, 59)])
        C.victims.append(Person(loc=loc, ages=ages))
    C.foreign = [gen_foreign(r) for r in ["PH", "PH", "KH", "KH", "KH", "MM", "MM", "MY", "VN", "TH", "LA", "AE", "PH", "KH", "MM",
                                          "TH", "MY", "VN", "HK", "TW"]]
    C.fsims = [FraudSim() for _ in range(45)]
    C.mules = [Person(loc=R.choice(LOCS), ages=(18, 38)) for _ in range(70)]
    C.suspects = [Person(sex="M", loc=R.choice(HOT), ages=(22, 45)) for _ in range(4)]
    C.simbox_sites = [make_site(LOC["440904"], 16, C.suspects[1]), make_site(LOC["469003"], 10, Person(loc=LOC["469003"], ages=(20, 40)))]
    C.cdr_case = case_no()
    return C


FILES = [f_intercept, f_blacklist, f_workorders, f_police, f_mules, f_sms, f_simbox, f_app, f_cdr, f_chat, f_weekly,
         f_interpol, f_risk, f_mail, f_reverify]


def main():
    ap = argparse.ArgumentParser(description="write the anti-fraud PI corpus and labels.jsonl")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    C = build()
    docs = [f(C) for f in FILES]
    errs = verify(docs)
    if errs:
        for e in errs[:50]:
            print("CHECK:", e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(args.out, exist_ok=True)
    labels = []
    for d in docs:
        with open(os.path.join(args.out, d.name), "wb") as fh:
            fh.write(bytes(d.buf))
        for s, e, t, v in d.labels:
            labels.append((d.name, s, e, t))
    labels.sort()
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for f, s, e, t in labels:
            fh.write(json.dumps({"file": f, "start": s, "end": e, "type": t}, ensure_ascii=False) + "\n")
    by = {}
    for _, _, _, t in labels:
        by[t] = by.get(t, 0) + 1
    print(f"{len(docs)} files, {len(labels)} labels: " + ", ".join(f"{k}={v}" for k, v in sorted(by.items())))


# ----------------------------------------------------------------------------- verification

import ipaddress  # noqa: E402
import re  # noqa: E402

UNFW = str.maketrans("０１２３４５６７８９＋－", "0123456789+-")
RE_CELL = re.compile(r"^(460-\d{2}-\d{4,5}-\d{6,11}|460\d{2}[0-9A-F]{11}|\d{6,11}|\d{5,7}-\d{1,3}|0x[0-9A-F]{6,9})$")
RE_PP = re.compile(r"^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$")
RE_HKM = re.compile(r"^(C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8})$")
RE_PLATE = re.compile(r"^[京沪粤浙闽湘赣桂琼云苏川豫鄂渝鲁][A-Z][· ]?[A-HJ-NP-Z0-9]{5,6}$")
RE_EM = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
RE_NAME_ZH = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}$|^[\u4e00-\u9fff]{4,6}$")
RE_NAME_EN = re.compile(r"^[A-Z]{2,8} [A-Z][a-z]+( [A-Z][a-z]+)?$|^[A-Z]{2,8} [A-Z][a-z]+-[a-z]+$")


def check_phone(v):
    n = v.translate(UNFW)
    n = re.sub(r"[\s\-()]", "", n)
    if n.startswith("+"):
        e = n
    elif n.startswith("00"):
        e = "+" + n[2:]
    elif n.startswith("86") and len(n) == 13:
        e = "+" + n
    elif n.startswith("1") and len(n) == 11:
        e = "+86" + n
    elif n.startswith("0"):
        e = "+86" + n[1:]
    else:
        e = "+" + n
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e))
    except phonenumbers.NumberParseException:
        return False


def check_dob(v):
    fmts = ["%Y-%m-%d", "%Y年%m月%d日", "%Y.%m.%d", "%Y/%m/%d", "%Y%m%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y"]
    for f in fmts:
        try:
            x = dt.datetime.strptime(v.title() if "%b" in f else v, f)
            return 1930 < x.year < 2010
        except ValueError:
            continue
    return False


def check_geo(v):
    nums = re.findall(r"-?\d+(?:\.\d+)?", v)
    if "°" in v:
        return v.startswith("N") and " E" in v
    vals = [float(x) for x in nums]
    if len(vals) == 1:
        return 18 <= vals[0] <= 40 or 100 <= vals[0] <= 123
    if len(vals) == 2:
        a, b = sorted(vals)
        return 18 <= a <= 40 and 100 <= b <= 123
    return False


def check(t, v):
    if t == PH:
        return check_phone(v)
    if t == RID:
        x = v.upper().replace(" ", "")
        if x[:2] in ("81", "82", "83"):  # HK / Macau / Taiwan residence permits: not in the region table
            try:
                ric.get_birth_date(x)
            except Exception:
                return False
            return len(x) == 18 and x[:17].isdigit() and ric.calc_check_digit(x) == x[-1]
        return ric.is_valid(x)
    if t == BC:
        x = re.sub(r"[\s-]", "", v)
        return 16 <= len(x) <= 19 and x.isdigit() and luhn.is_valid(x)
    if t == IMEI:
        x = v.replace("-", "")
        return x.isdigit() and (s_imei.is_valid(x) if len(x) == 15 else len(x) == 16 and luhn.is_valid(x[:14] + luhn.calc_check_digit(x[:14])))
    if t == IMSI:
        return s_imsi.is_valid(v)
    if t == ICCID:
        return v.startswith("8986") and ((len(v) == 20 and v.isdigit() and luhn.is_valid(v)) or (len(v) == 19 and v.isdigit())
                                         or (len(v) == 20 and v[:19].isdigit() and v[19] == "F"))
    if t == CELL:
        return bool(RE_CELL.match(v))
    if t == GEO:
        return check_geo(v)
    if t == PP:
        return bool(RE_PP.match(v))
    if t == HKM:
        return bool(RE_HKM.match(v))
    if t == PLATE:
        return bool(RE_PLATE.match(v))
    if t == EM:
        return bool(RE_EM.match(v))
    if t == IP:
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == DOB:
        return check_dob(v)
    if t == N:
        return bool(RE_NAME_ZH.match(v) or RE_NAME_EN.match(v))
    if t == ADDR:
        return len(v) >= 8 and (bool(re.search(r"(号|室|房|组|\d{3,4})$", v)) or v.endswith(("Phnom Penh", "Sihanoukville")))
    if t == CRED:
        return len(v) >= 6 and " " not in v
    return False


def verify(docs):
    errs = []
    allvals = {}
    for d in docs:
        last = -1
        for s, e, t, v in sorted(d.labels):
            if bytes(d.buf[s:e]).decode("utf-8") != v:
                errs.append(f"{d.name}@{s}: bytes do not match {v!r}")
            if s < last:
                errs.append(f"{d.name}@{s}: overlapping labels")
            last = e
            if v != v.strip():
                errs.append(f"{d.name}@{s}: label with surrounding space {v!r}")
            if not check(t, v):
                errs.append(f"{d.name}@{s}: {t} fails validation: {v!r}")
            if len(v) >= 5 and t not in (CELL, GEO, CRED):
                allvals.setdefault(v, t)
    # every occurrence of a labelled value must be covered by a label (in every file)
    for d in docs:
        text = bytes(d.buf)
        spans = sorted((s, e) for s, e, _, _ in d.labels)
        for v, t in allvals.items():
            b = v.encode("utf-8")
            i = text.find(b)
            while i >= 0:
                j = i + len(b)
                covered = any(s <= i and j <= e for s, e in spans)
                if not covered:
                    pre = text[max(0, i - 1):i]
                    post = text[j:j + 1]
                    # a value that is only part of a longer digit / letter run is a different token
                    if not (t in (PH, BC, IMSI, IMEI, ICCID, RID) and (pre.isdigit() or post.isdigit() or pre.isalpha() and pre.isascii())):
                        if t == N:
                            ctx = text[max(0, i - 9):j + 9].decode("utf-8", "replace")
                            errs.append(f"{d.name}@{i}: unlabelled occurrence of {t} {v!r} in ...{ctx}...")
                        else:
                            errs.append(f"{d.name}@{i}: unlabelled occurrence of {t} {v!r}")
                i = text.find(b, i + 1)
    return errs


if __name__ == "__main__":
    main()
