#!/usr/bin/python3
"""Synthetic, labelled test corpus: e-mail and messaging data as held by an
operator's mail service, an enterprise messaging platform and an SMS gateway.

usage: make_corpus.py [--out DIR]     (default: the directory of this script)

Everything is generated from a fixed random seed, so two runs produce the
same bytes.  All people, numbers and addresses are invented; identifiers are
nevertheless well formed (resident IDs carry real region codes, valid dates
and the MOD 11-2 check; mobiles are valid CN mobile numbers per
libphonenumber; bank cards are Luhn-valid on real BINs; IMEIs are Luhn-valid;
IMSIs use real Chinese MNCs; ICCIDs start with 8986).

Files
-----
mailbox_2024Q1.mbox            mbox excerpt of a corporate mailbox: RFC 5322
                               headers (Received chains with IPs, DKIM,
                               Message-ID, UTF-8 display names), plain-text
                               bodies with signatures, quoted replies,
                               customer hand-overs, refunds, travel bookings,
                               onboarding, asset registration, SIM tickets,
                               newsletters.
ticket_reply_20240318.eml      one CRLF multipart/mixed message: text/plain
                               and text/html alternatives holding the same
                               data, plus a base64 PDF attachment.
maillog.1                      postfix/dovecot syslog lines (client IPs,
                               sasl_username, queue ids, relays, one user
                               who typed a password into the login field).
wechat_chat_export.txt         WeChat-style one-to-one chat export.
dingtalk_group_ops_oncall.txt  DingTalk-style group-chat export with group
                               nicknames.
feishu_export_messages.json    Feishu-style JSON export: messages, check-in
                               records with coordinates, login-device audit.
sms_mt_20240315.csv            SMS gateway MT (mobile-terminated) records.
sms_mo_cdr_20240315.csv        SMSC MO (mobile-originated) records with
                               IMSI/IMEI/cell.
sms_template_render.log        application log of an SMS template renderer.
fraud_reports_12321.jsonl      spam/fraud report submissions (one JSON per
                               line).
contacts_export.vcf            vCard 3.0 address-book export.
calendar_invites.ics           iCalendar file with meeting invitations.
opsdev_digest_vol42.txt        mailing-list digest.
bounces_and_autoreplies.mbox   DSN bounce messages and out-of-office replies.
helpdesk_ticket_TK20240318-0457.json   helpdesk ticket thread export.
labels.jsonl                   {"file","start","end","type"} per labelled
                               span; UTF-8 byte offsets, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: mobiles and landlines as written, with +86/0086/86 prefixes,
  spaces, dashes and full-width digits; landlines with their area code; an
  extension ("转8021") is not part of the label.  Service numbers (10086,
  95588, 12321, 400-/800- hotlines), SMS ports (106xxxx, 1069xxxx) and masked
  numbers (138****5678) are not labelled.  Numbers reported as fraud/spam
  senders in report submissions ARE labelled: a subscriber number is personal
  data of whoever holds it (possibly a spoofed victim), independent of the
  report.  A mobile number used as the local part of an e-mail address
  (13812345678@139.com) is covered by the EMAIL_ADDRESS label only.
* EMAIL_ADDRESS: mailboxes of people (work or private).  Role and system
  addresses (noreply@, postmaster@, MAILER-DAEMON@, support@, hr@,
  it-helpdesk@, list addresses, meeting-room resources) are not labelled.
  Message-IDs and other addr-spec look-alikes are not labelled.
* PERSON_NAME: full names of private people (Chinese or romanised, e.g.
  "张伟", "Zhang Wei", "Wang, Fang").  Surname + title ("张经理", "王总",
  "Mr. Li"), bare given names and chat nicknames ("阿杰", "Tony_Li",
  "小鱼儿") are not labelled; a group nickname that is a full name ("刘洋" or
  "刘洋-财务") has the full-name part labelled.  RFC 2047 encoded-word display
  names (=?UTF-8?B?...?=) are not labelled because the name is not written
  in readable form.  In vCards FN is labelled; N is labelled only when it
  holds the full name in one component (N:;张伟;;;), not when it is split
  into family/given parts.  Company, product and public names are not
  labelled.
* STREET_ADDRESS: a private person's address (home, delivery, installation
  address), whole, from the first place name to the room/house number.
  Office addresses in signatures, company addresses, meeting rooms and
  counters are not labelled.
* DATE_OF_BIRTH only for birth dates; the date inside a resident ID is not
  labelled separately.
* CREDENTIAL: passwords (including a password typed into a login field and
  logged, Wi-Fi passwords, meeting passcodes, broadband/service passwords
  sent by SMS, cloud-drive share extraction codes), API secrets, access/refresh tokens, and one-time SMS
  verification codes (a code in clear in an MT record or log can still be
  replayed within its validity; security reviews flag it).  Template
  placeholders (${code}, {1}) and masked codes are not labelled.  An
  AccessKey ID (the public half of a key pair) is not labelled; its secret
  is.
* IP_ADDRESS: every IPv4/IPv6 address except loopback, including server-side
  addresses in Received headers and logs (the address only, no port).
* LOCATION_COORDINATES: a "lat,lng" pair is one label; separate latitude and
  longitude fields are one label each.
* CELL_ID: whole CGI/ECGI strings, or the value of a field named as a cell.
* IMSI_ID / IMEI_HARDWARE_ID / MEID / ICCID_NUMBER / MAC_ADDRESS: the value.
  The Wi-Fi BSSID stored with an attendance check-in is labelled
  MAC_ADDRESS (it places the user).  The SMSC GT address in MO records
  (86138001x0500, a network element) is not labelled.
* Not labelled: message/queue/order/ticket ids, DKIM/base64 blobs, hashes,
  UUIDs, version strings, timestamps (incl. epoch milliseconds), amounts,
  Unified Social Credit Codes, device serial numbers, wxid account ids,
  server host names, company names and addresses.
"""
import json
import os
import random
import sys
import base64
from datetime import datetime, timedelta, timezone

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum.cn import ric
from stdnum import luhn

TYPES = {"CHINA_RESIDENT_ID_NUMBER", "CHINA_PASSPORT", "HK_MACAU_TRAVEL_PERMIT",
         "PERSON_NAME", "DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE_NUMBER",
         "EMAIL_ADDRESS", "BANK_CARD_NUMBER", "CREDENTIAL", "IMSI_ID",
         "IMEI_HARDWARE_ID", "MEID", "ICCID_NUMBER", "MAC_ADDRESS", "IP_ADDRESS",
         "LOCATION_COORDINATES", "CELL_ID", "CHINA_LICENSE_PLATE"}

R = random.Random(20240317)
CST = timezone(timedelta(hours=8))

# --------------------------------------------------------------------------
# document buffer with span recording
# --------------------------------------------------------------------------


class Doc:
    def __init__(self, name, crlf=False):
        self.name = name
        self.parts = []
        self.crlf = crlf

    def __call__(self, *items):
        for it in items:
            self._add(it)
        return self

    def _add(self, it):
        if it is None:
            return
        if isinstance(it, str):
            if self.crlf:
                it = it.replace("\n", "\r\n")
            self.parts.append((it, None))
        elif isinstance(it, tuple):
            v, t = it
            assert t in TYPES, t
            assert v and v == v.strip() and "\n" not in v, repr(v)
            self.parts.append((v, t))
        elif isinstance(it, list):
            for x in it:
                self._add(x)
        else:
            raise TypeError(it)

    def render(self):
        buf = bytearray()
        labels = []
        for v, t in self.parts:
            b = v.encode("utf-8")
            if t:
                labels.append({"file": self.name, "start": len(buf),
                               "end": len(buf) + len(b), "type": t, "_v": v})
            buf += b
        return bytes(buf), labels


def L(v, t):
    return (v, t)


def plain(seg):
    """concatenate a segment list to text"""
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, tuple):
            out.append(x[0])
        elif isinstance(x, list):
            for y in x:
                walk(y)
    walk(seg)
    return "".join(out)


def flat(seg):
    out = []

    def walk(x):
        if isinstance(x, (str, tuple)):
            out.append(x)
        elif isinstance(x, list):
            for y in x:
                walk(y)
    walk(seg)
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr(seg):
    """JSON string literal from a segment list, keeping labels."""
    out = ['"']
    for x in flat(seg):
        if isinstance(x, str):
            out.append(jesc(x))
        else:
            assert jesc(x[0]) == x[0], x
            out.append(x)
    out.append('"')
    return out


class Seg(list):
    """marks a JSON value that is a (possibly labelled) string"""


def jdump(obj, indent=None, level=0):
    """minimal JSON serialiser producing segment lists"""
    nl = "" if indent is None else "\n"
    sp = "" if indent is None else " " * (indent * (level + 1))
    spc = "" if indent is None else " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(obj, tuple):
        return jstr([obj])
    if isinstance(obj, Seg):
        return jstr(list(obj))
    if isinstance(obj, str):
        return [json.dumps(obj, ensure_ascii=False)]
    if obj is None or isinstance(obj, (bool, int, float)):
        return [json.dumps(obj)]
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{" + nl]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            out.append(sp + json.dumps(k, ensure_ascii=False) + ": ")
            out.extend(jdump(v, indent, level + 1))
            if i < len(items) - 1:
                out.append(sep if indent is None else "," + nl)
        out.append(nl + spc + "}")
        return out
    if isinstance(obj, list):
        if not obj:
            return ["[]"]
        out = ["[" + nl]
        for i, v in enumerate(obj):
            out.append(sp)
            out.extend(jdump(v, indent, level + 1))
            if i < len(obj) - 1:
                out.append(sep if indent is None else "," + nl)
        out.append(nl + spc + "]")
        return out
    raise TypeError(obj)


def csv_field(seg):
    items = flat(seg if isinstance(seg, list) else [seg])
    txt = plain(items)
    if any(c in txt for c in ',"\n\r'):
        out = ['"']
        for x in items:
            if isinstance(x, str):
                out.append(x.replace('"', '""'))
            else:
                assert '"' not in x[0]
                out.append(x)
        out.append('"')
        return out
    return items


def csv_row(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        out.extend(csv_field(f))
    out.append("\n")
    return out

# --------------------------------------------------------------------------
# identifier generators
# --------------------------------------------------------------------------


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138",
                   "139", "147", "150", "151", "152", "153", "155", "156", "157",
                   "158", "159", "166", "172", "173", "175", "176", "177", "178",
                   "180", "181", "182", "183", "184", "185", "186", "187", "188",
                   "189", "191", "193", "195", "198", "199"]


def mobile():
    while True:
        n = R.choice(MOBILE_PREFIXES) + digits(8)
        pn = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in (
                PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_mobile(n, style=None):
    if style is None:
        style = R.choices(["plain", "sp344", "dash344", "+86", "+86sp", "0086", "86",
                           "fw", "+86-"], [40, 12, 8, 8, 6, 3, 4, 3, 3])[0]
    a, b, c = n[:3], n[3:7], n[7:]
    return {
        "plain": n, "sp344": f"{a} {b} {c}", "dash344": f"{a}-{b}-{c}",
        "+86": "+86" + n, "+86sp": f"+86 {a} {b} {c}", "0086": "0086" + n,
        "86": "86" + n, "fw": n.translate(FW), "+86-": f"+86-{n}",
    }[style]


AREAS = [("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("025", 8),
         ("027", 8), ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8),
         ("0531", 8), ("0532", 8), ("0591", 8), ("0731", 8), ("0871", 7),
         ("0351", 7), ("0769", 8), ("0574", 8)]


def landline(area=None):
    while True:
        a, ln = R.choice(AREAS) if area is None else next(x for x in AREAS if x[0] == area)
        sub = R.choice("2345678") + digits(ln - 1)
        pn = phonenumbers.parse(a + sub, "CN")
        if phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) == PhoneNumberType.FIXED_LINE:
            return a, sub


def fmt_landline(a, sub, style=None):
    if style is None:
        style = R.choice(["dash", "dash", "dash", "paren", "space", "plain", "+86"])
    h = len(sub) // 2
    return {
        "dash": f"{a}-{sub}", "paren": f"({a}){sub}", "space": f"{a} {sub[:h]} {sub[h:]}",
        "plain": a + sub, "+86": f"+86 {a[1:]} {sub[:h]} {sub[h:]}",
    }[style]


REGIONS = ['110105', '110108', '110101', '310104', '310115', '310110', '440106', '440305',
           '440304', '330106', '330102', '320102', '320106', '510107', '510104', '420106',
           '420111', '610113', '370102', '370202', '500103', '120101', '430104', '350203',
           '410105', '340104', '130102', '210102', '230103', '360102', '450103', '530102',
           '520102', '620102', '150102', '640104', '650102', '460106', '330203', '441302',
           '440604', '320583', '330382', '371302', '411302', '130682']


def rid(dob=None):
    if dob is None:
        dob = rand_dob()
    while True:
        body = R.choice(REGIONS) + dob.strftime("%Y%m%d") + digits(3)
        v = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(v):
            if v.endswith("X") and R.random() < 0.3:
                v = v[:-1] + "x"
            return v


def rand_dob():
    return datetime(1956, 1, 1) + timedelta(days=R.randrange(0, 365 * 48))


def fmt_dob(d, style=None):
    style = style or R.choice(["iso", "iso", "cn", "slash", "compact", "cn0"])
    return {"iso": d.strftime("%Y-%m-%d"), "cn": f"{d.year}年{d.month}月{d.day}日",
            "slash": f"{d.year}/{d.month}/{d.day}", "compact": d.strftime("%Y%m%d"),
            "cn0": d.strftime("%Y年%m月%d日"), "dot": d.strftime("%Y.%m.%d")}[style]


BINS = [("622202", 19), ("621226", 19), ("622848", 19), ("621661", 19), ("621700", 19),
        ("622700", 19), ("621483", 16), ("622588", 16), ("622262", 19), ("621799", 19),
        ("622188", 19), ("436742", 19), ("622908", 18), ("621288", 19), ("623668", 19)]
BANK_OF = {"622202": "中国工商银行", "621226": "中国工商银行", "621288": "中国工商银行",
           "622848": "中国农业银行", "621661": "中国银行", "621700": "中国建设银行",
           "622700": "中国建设银行", "436742": "中国建设银行", "623668": "中国建设银行",
           "621483": "招商银行", "622588": "招商银行", "622262": "交通银行",
           "621799": "中国邮政储蓄银行", "622188": "中国邮政储蓄银行", "622908": "兴业银行"}


def bank_card():
    b, n = R.choice(BINS)
    body = b + digits(n - len(b) - 1)
    return body + luhn.calc_check_digit(body), b


def fmt_card(c, style=None):
    style = style or R.choice(["plain", "plain", "sp4"])
    if style == "sp4":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


MNCS = ["00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11", "15", "20"]


def imsi(mnc=None):
    return "460" + (mnc or R.choice(MNCS)) + digits(10)


def imei():
    tac = R.choice(["86", "86", "86", "35"]) + digits(6)
    body = tac + digits(6)
    return body + luhn.calc_check_digit(body)


def meid():
    v = "A0000" + "".join(R.choice("0123456789ABCDEF") for _ in range(9))
    return v if R.random() < 0.8 else v.lower()


def iccid(op=None):
    pre = op or R.choice(["898600", "898602", "898601", "898606", "898603", "898611"])
    n = R.choice([20, 20, 20, 19])
    body = pre + digits(n - len(pre) - 1)
    return body + luhn.calc_check_digit(body)


def mac(sep=None, upper=None):
    sep = sep if sep is not None else R.choice([":", ":", "-"])
    upper = R.random() < 0.6 if upper is None else upper
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if upper else s


PUB_PREFIX = ["223.104", "117.136", "112.97", "39.144", "111.55", "114.242", "124.64",
              "180.168", "58.33", "183.14", "221.218", "27.38", "106.120", "36.112",
              "120.229", "218.17"]


def ip_pub():
    return f"{R.choice(PUB_PREFIX)}.{R.randrange(1, 255)}.{R.randrange(1, 255)}"


def ip_priv():
    k = R.random()
    if k < 0.4:
        return f"10.{R.randrange(0, 64)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}"
    if k < 0.75:
        return f"192.168.{R.choice([0, 1, 3, 31, 100])}.{R.randrange(2, 254)}"
    return f"172.{R.randrange(16, 32)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}"


def ip6():
    pre = R.choice(["2409:8a1e", "2409:8900", "240e:3b7", "240e:47c", "2408:8207"])
    return pre + ":" + ":".join(f"{R.randrange(0, 65536):x}" for _ in range(3)) + "::" + f"{R.randrange(1, 4096):x}"


CITY_CENTERS = [(39.9087, 116.3975), (31.2304, 121.4737), (23.1291, 113.2644),
                (22.5431, 114.0579), (30.2741, 120.1551), (30.5728, 104.0668),
                (30.5928, 114.3055), (32.0603, 118.7969), (34.3416, 108.9398)]


def coord():
    la, ln = R.choice(CITY_CENTERS)
    return f"{la + R.uniform(-0.15, 0.15):.6f}", f"{ln + R.uniform(-0.15, 0.15):.6f}"


def cgi():
    k = R.random()
    mnc = R.choice(["00", "01", "11", "00", "02"])
    if k < 0.4:
        return f"460-{mnc}-{R.randrange(4096, 65000)}-{R.randrange(1000, 65535)}"
    if k < 0.8:
        return f"460-{mnc}-{R.randrange(100000, 1000000)}-{R.randrange(1, 200)}"
    return f"460{mnc}{R.randrange(100000, 1000000):X}{R.randrange(1, 200):02X}"


PLATE_PROV = [("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
              ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"),
              ("鄂", "ABCDEFGHJKLMNPQRS"), ("陕", "ABCDEFGHJKUV"), ("鲁", "ABCDEFGHJKLMNPQRSUV"),
              ("津", "ABCDEFGHJKLMN"), ("渝", "ABCDFGH")]
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def plate():
    p, letters = R.choice(PLATE_PROV)
    c = R.choice(letters)
    if R.random() < 0.3:
        tail = R.choice("DF") + R.choice("0123456789ABCDEFGHJK") + digits(4)
    else:
        tail = "".join(R.choice("0123456789") if R.random() < 0.7 else R.choice(PLATE_ALNUM[:24]) for _ in range(5))
    sep = R.choice(["", "", "·", " "])
    return p + c + sep + tail


def passport():
    k = R.random()
    if k < 0.55:
        return "E" + digits(8)
    if k < 0.85:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


def hkmo_permit():
    return ("C" if R.random() < 0.8 else "W") + digits(8)


def password():
    k = R.random()
    sn, sp = R.choice(SURN)
    gn, gp = R.choice(GIVEN)
    if k < 0.25:
        return f"{sp.capitalize()}{gp}@{R.randrange(1970, 2005)}"
    if k < 0.45:
        return f"{gp}{sp}{R.randrange(100, 999)}{R.choice('!#.')}"
    if k < 0.6:
        return R.choice(["Qwer@", "Abcd#", "Aa123456!", "P@ssw0rd", "Huawei@"]) + digits(R.randrange(2, 5))
    chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%@"
    return "".join(R.choice(chars) for _ in range(R.randrange(8, 14)))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def b64s(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def token():
    k = R.random()
    if k < 0.4:
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps({"uid": R.randrange(10**6, 10**7), "exp": 1710500000 + R.randrange(10**6)}).encode()).decode().rstrip("=")
        s = base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("=")
        return f"{h}.{p}.{s}"
    if k < 0.7:
        return R.choice(["t-", "u-", "at_"]) + hexs(40)
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(32))


def otp(n=None):
    return digits(n or R.choice([6, 6, 6, 4]))


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def uscc():
    from stdnum.cn import uscc as U
    while True:
        body = "91" + R.choice(["110105", "440300", "310115", "330106"]) + "".join(
            R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        v = body + U.calc_check_digit(body)
        if U.is_valid(v):
            return v

# --------------------------------------------------------------------------
# people, companies, addresses
# --------------------------------------------------------------------------


SURN = [("张", "zhang"), ("王", "wang"), ("李", "li"), ("刘", "liu"), ("陈", "chen"),
        ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
        ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao"),
        ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("罗", "luo"),
        ("梁", "liang"), ("宋", "song"), ("郑", "zheng"), ("谢", "xie"), ("韩", "han"),
        ("唐", "tang"), ("冯", "feng"), ("于", "yu"), ("董", "dong"), ("萧", "xiao"),
        ("程", "cheng"), ("曹", "cao"), ("袁", "yuan"), ("邓", "deng"), ("许", "xu"),
        ("傅", "fu"), ("沈", "shen"), ("曾", "zeng"), ("彭", "peng"), ("吕", "lv"),
        ("欧阳", "ouyang"), ("司马", "sima"), ("苏", "su"), ("卢", "lu"), ("蒋", "jiang")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
         ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"),
         ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
         ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"),
         ("平", "ping"), ("刚", "gang"), ("桂英", "guiying"), ("建华", "jianhua"),
         ("子涵", "zihan"), ("浩然", "haoran"), ("雨桐", "yutong"), ("思远", "siyuan"),
         ("欣怡", "xinyi"), ("宇航", "yuhang"), ("梓萱", "zixuan"), ("俊杰", "junjie"),
         ("晓东", "xiaodong"), ("文博", "wenbo"), ("佳琪", "jiaqi"), ("海燕", "haiyan"),
         ("志强", "zhiqiang"), ("春梅", "chunmei"), ("国庆", "guoqing"), ("一鸣", "yiming"),
         ("嘉怡", "jiayi"), ("立新", "lixin"), ("美玲", "meiling"), ("振宇", "zhenyu")]


class Company:
    def __init__(self, name, short, domain, addr, hotline, tel_area):
        self.name, self.short, self.domain, self.addr, self.hotline, self.area = \
            name, short, domain, addr, hotline, tel_area


COMPANIES = [
    Company("华信通达科技有限公司", "华信通达", "huaxintd.cn",
            "北京市西城区金融大街29号B座12层", "400-810-6626", "010"),
    Company("蓝海云通信（深圳）有限公司", "蓝海云", "lanhaiyun.cn",
            "广东省深圳市南山区科技园科苑路15号科兴科学园B3栋9楼", "400-868-2210", "0755"),
    Company("北京智联汇通网络技术有限公司", "智联汇通", "zlht.com.cn",
            "北京市海淀区中关村软件园二期西北旺东路10号院东区7号楼", "400-100-5858", "010"),
    Company("星河速运物流有限公司", "星河速运", "xinghe-express.cn",
            "上海市青浦区华新镇华志路1685号", "95338", "021"),
    Company("杭州云栖数智科技有限公司", "云栖数智", "yunqi-ds.com",
            "浙江省杭州市西湖区文三路398号东信大厦17楼", "0571-8888 6000", "0571"),
]

FREEMAIL = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com",
            "139.com", "outlook.com", "yeah.net", "aliyun.com"]

ADDR_CITIES = [
    ("北京市", "", "朝阳区", ["望京西路", "广顺北大街", "朝阳北路", "东三环中路", "姚家园路"],
     ["望京西园三区", "花家地北里", "远洋天地", "富力城", "团结湖北里"]),
    ("北京市", "", "海淀区", ["学院路", "中关村南大街", "清河中街", "永定路"],
     ["清河小营西路小区", "双榆树南里", "育新花园", "永定路乙1号院"]),
    ("上海市", "", "浦东新区", ["张杨路", "锦绣路", "峨山路", "杨高南路"],
     ["金桥新村", "由由七村", "东方城市花园"]),
    ("上海市", "", "徐汇区", ["漕溪北路", "零陵路", "宜山路"], ["康健新村", "田林十二村"]),
    ("广东省", "广州市", "天河区", ["天河北路", "中山大道西", "黄埔大道中"],
     ["骏景花园", "华港花园", "天河公园小区"]),
    ("广东省", "深圳市", "南山区", ["南海大道", "桃园路", "沙河西路"],
     ["桃源村", "南山花园", "华侨城香山里"]),
    ("浙江省", "杭州市", "西湖区", ["文一西路", "古墩路", "天目山路"], ["嘉绿苑", "西溪花园", "翠苑一区"]),
    ("四川省", "成都市", "武侯区", ["科华北路", "人民南路四段", "玉林北路"], ["玉林小区", "棕北小区"]),
    ("湖北省", "武汉市", "洪山区", ["珞喻路", "雄楚大道"], ["光谷天地", "南湖花园"]),
    ("江苏省", "南京市", "鼓楼区", ["中山北路", "汉中门大街"], ["龙江小区", "清凉山公寓"]),
    ("陕西省", "西安市", "雁塔区", ["科技路", "小寨西路"], ["曲江花园", "电子城小区"]),
]


def home_addr(short=False):
    prov, city, dist, roads, comms = R.choice(ADDR_CITIES)
    if short:
        head = R.choice([city + dist if city else prov + dist, dist])
    else:
        head = prov + city + dist if R.random() < 0.7 else (city + dist if city else prov + dist)
    k = R.random()
    if prov == "上海市" and k < 0.6:
        return f"{head}{R.choice(roads)}{R.randrange(100, 2000)}弄{R.randrange(1, 60)}号{R.randrange(1, 20)}0{R.randrange(1, 5)}室"
    if k < 0.45:
        return f"{head}{R.choice(comms)}{R.randrange(1, 40)}号楼{R.randrange(1, 6)}单元{R.randrange(1, 25)}0{R.randrange(1, 5)}{R.choice(['室', '', '室'])}"
    if k < 0.8:
        return f"{head}{R.choice(roads)}{R.randrange(1, 500)}号{R.choice(comms)}{R.randrange(1, 30)}栋{R.randrange(1, 30)}0{R.randrange(1, 5)}"
    return f"{head}{R.choice(roads)}{R.randrange(1, 500)}号院{R.randrange(1, 20)}号楼{R.randrange(1, 9)}门{R.randrange(1, 9)}0{R.randrange(1, 4)}号"


class Person:
    def __init__(self, company=None, gender=None):
        sn, sp = R.choice(SURN)
        gn, gp = R.choice(GIVEN)
        self.sn, self.gn, self.sp, self.gp = sn, gn, sp, gp
        self.name = sn + gn
        self.en = f"{gp.capitalize()} {sp.capitalize()}"
        self.gender = gender or R.choice("男女")
        self.mobile = mobile()
        self.company = company
        if company:
            st = R.choice(["{s}{g}", "{g}.{s}", "{s}.{g}", "{s}{g}", "{s}{g0}", "{g}_{s}"])
            local = st.format(s=sp, g=gp, g0="".join(w[0] for w in [gp]) + str(R.randrange(1, 9)))
            self.email = f"{local}@{company.domain}"
            self.desk = landline(company.area if company.area in [a for a, _ in AREAS] else None)
        else:
            self.email = personal_email(self)
            self.desk = None
        self.pemail = personal_email(self)
        self.title = R.choice(["客户经理", "高级工程师", "运维工程师", "产品经理", "项目经理",
                               "财务专员", "行政主管", "销售总监", "解决方案架构师", "HRBP"])
        self.dept = R.choice(["政企客户部", "网络运维中心", "产品部", "财务部", "综合管理部",
                              "市场部", "IT部", "人力资源部"])
        self.dob = rand_dob()


def personal_email(p):
    d = R.choice(FREEMAIL)
    if d == "qq.com" and R.random() < 0.6:
        return f"{R.randrange(10**7, 3 * 10**9)}@qq.com"
    if d == "139.com":
        return f"{p.mobile}@139.com"
    st = R.choice(["{s}{g}{n}", "{g}{s}{y}", "{s}_{g}", "{g}.{s}{n}"])
    return st.format(s=p.sp, g=p.gp, n=R.randrange(1, 999), y=R.randrange(1970, 2005)) + "@" + d


def sig(p, style=None):
    """e-mail signature; office address is the company's, not labelled"""
    c = p.company
    style = style if style is not None else R.randrange(4)
    dl = fmt_landline(*p.desk)
    if style == 0:
        return ["\n--\n", L(p.name, "PERSON_NAME"), f" | {p.dept} {p.title}\n{c.name}\n手机：",
                L(fmt_mobile(p.mobile, R.choice(["plain", "sp344", "dash344"])), "PHONE_NUMBER"),
                "\n电话：", L(dl, "PHONE_NUMBER"), f" 转{R.randrange(8000, 8999)}\n地址：{c.addr}\n邮箱：",
                L(p.email, "EMAIL_ADDRESS"), "\n"]
    if style == 1:
        return ["\n\n祝好！\n", L(p.name, "PERSON_NAME"), "\n", f"{c.short} · {p.dept}\n",
                "M: ", L(fmt_mobile(p.mobile, R.choice(["+86sp", "plain"])), "PHONE_NUMBER"),
                "  T: ", L(dl, "PHONE_NUMBER"), "\n", f"{c.addr}\n"]
    if style == 2:
        return ["\n\nBest regards,\n", L(p.en, "PERSON_NAME"), f"\n{p.title}, {c.short}\n",
                "Mobile: ", L(fmt_mobile(p.mobile, "+86sp"), "PHONE_NUMBER"), "\n",
                f"Hotline: {c.hotline}\n"]
    return ["\n\n", L(p.name, "PERSON_NAME"), "\n", f"{c.name} {p.dept}\n",
            "Tel：", L(dl, "PHONE_NUMBER"), "  手机：", L(fmt_mobile(p.mobile), "PHONE_NUMBER"), "\n"]


def mask_mobile(n):
    return n[:3] + "****" + n[7:]


def mask_id(i):
    return i[:6] + "********" + i[-4:]


BASE = datetime(2024, 3, 1, 8, 0, 0, tzinfo=CST)


def rfc2822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0800")


def ctime(dt):
    return f"{dt:%a %b} {dt.day:2d} {dt:%H:%M:%S %Y}"


def addr_hdr(p, style=None):
    """From/To/Cc element for a person"""
    style = style if style is not None else R.choices(["quoted", "bare", "en", "encoded", "enrev"], [50, 20, 12, 10, 8])[0]
    if style == "quoted":
        return ['"', L(p.name, "PERSON_NAME"), '" <', L(p.email, "EMAIL_ADDRESS"), ">"]
    if style == "bare":
        return [L(p.name, "PERSON_NAME"), " <", L(p.email, "EMAIL_ADDRESS"), ">"]
    if style == "en":
        return ['"', L(p.en, "PERSON_NAME"), '" <', L(p.email, "EMAIL_ADDRESS"), ">"]
    if style == "enrev":
        return ['"', L(f"{p.sp.capitalize()}, {p.gp.capitalize()}", "PERSON_NAME"), '" <',
                L(p.email, "EMAIL_ADDRESS"), ">"]
    enc = base64.b64encode(p.name.encode()).decode()
    return [f"=?UTF-8?B?{enc}?= <", L(p.email, "EMAIL_ADDRESS"), ">"]


def dkim(domain, dt):
    b = b64s(256)
    bh = b64s(32)
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
            f"\ts=default; t={int(dt.timestamp())};\n\tbh={bh};\n"
            f"\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n"
            f"\tb={b[:70]}\n\t {b[70:140]}\n\t {b[140:210]}\n\t {b[210:280]}\n\t {b[280:]}\n")


def qid():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(10))


def qid_long():
    return "4" + "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(11))

# --------------------------------------------------------------------------
# 1. mbox
# --------------------------------------------------------------------------


def quote(seg):
    out = ["> "]
    for x in flat(seg):
        if isinstance(x, str):
            out.append(x.replace("\n", "\n> "))
        else:
            out.append(x)
    return out


def body_handover(s, r):
    c = Person()
    idn = rid(c.dob)
    return [f"{r.sn}{R.choice(['工', '经理', '老师'])}，你好：\n\n客户", L(c.name, "PERSON_NAME"),
            "（身份证号：", L(idn, "CHINA_RESIDENT_ID_NUMBER"), "）今天在营业厅申请办理宽带新装+副卡，",
            "联系电话 ", L(fmt_mobile(c.mobile), "PHONE_NUMBER"), "，装机地址：",
            L(home_addr(), "STREET_ADDRESS"), f"。\n受理单号 SL{BASE:%Y%m}{digits(10)}，套餐编码 P{digits(6)}，",
            f"月费 ¥{R.choice(['129', '169', '199'])}.00。麻烦安排{R.randrange(2, 5)}个工作日内上门，",
            "客户说工作日白天家里有人。\n"]


def body_refund(s, r):
    c = Person()
    card, b = bank_card()
    return [f"各位好，\n\n用户 ", L(c.name, "PERSON_NAME"), "（手机 ", L(fmt_mobile(c.mobile), "PHONE_NUMBER"),
            f"）于3月{R.randrange(1, 15)}日重复缴费 ¥{R.randrange(50, 500)}.00，缴费流水号 ",
            f"{R.randrange(10**17, 10**18)}，已核实需原路退回失败，改为银行转账退款：\n\n",
            f"  开户行：{BANK_OF[b]}{R.choice(['北京望京', '深圳南山', '上海张江', '杭州文三路', '成都高新'])}支行\n",
            "  户  名：", L(c.name, "PERSON_NAME"), "\n  卡  号：", L(fmt_card(card), "BANK_CARD_NUMBER"),
            f"\n  金  额：{R.randrange(50, 500)}.00 元\n\n请财务审核，审批流编号 OA-REF-{digits(8)}。\n"]


def body_travel(s, r):
    out = [f"{r.sn}{R.choice(['老师', '姐', '工'])}好，\n\n麻烦帮以下同事预订 3月2{R.randrange(0, 9)}日 深圳—香港 的行程（",
           f"酒店协议价编号 HK-CORP-{digits(5)}），证件信息如下：\n\n"]
    for i in range(R.randrange(2, 4)):
        p = Person()
        if R.random() < 0.45:
            doc = ["往来港澳通行证 ", L(hkmo_permit(), "HK_MACAU_TRAVEL_PERMIT")]
        else:
            doc = ["护照 ", L(passport(), "CHINA_PASSPORT")]
        out += [f"{i + 1}. ", L(p.name, "PERSON_NAME"), f"，{p.gender}，出生日期 ", L(fmt_dob(p.dob), "DATE_OF_BIRTH"),
                "，"] + doc + ["，手机 ", L(fmt_mobile(p.mobile), "PHONE_NUMBER"), "\n"]
    out += [f"\n成本中心 CC{digits(6)}，出差申请单 TR-2024-{digits(5)}。谢谢！\n"]
    return out


def body_it_reset(s, r):
    return [f"您好，\n\n您的VPN/邮箱账号 {r.sp}{r.gp} 已按工单 IT-{digits(7)} 重置。\n",
            "临时密码：", L(password(), "CREDENTIAL"), "\n",
            f"请在24小时内登录 https://vpn.{r.company.domain}/ 修改密码。\n",
            "最近一次失败登录来源 IP：", L(ip_pub(), "IP_ADDRESS"), f"，客户端版本 {R.randrange(5, 9)}.{R.randrange(0, 9)}.{R.randrange(0, 30)}.{R.randrange(1000, 9999)}。\n",
            "如非本人操作请立即联系 IT 服务台 ", f"{r.company.hotline}。\n\n-- IT服务台（系统邮件，请勿直接回复）\n"]


def body_onboard(s, r):
    p = Person()
    e = Person()
    card, b = bank_card()
    return ["HR同事好，\n\n新员工入职信息如下，请录入系统：\n\n姓名：", L(p.name, "PERSON_NAME"),
            f"\n性别：{p.gender}\n出生日期：", L(fmt_dob(p.dob), "DATE_OF_BIRTH"),
            "\n身份证号码：", L(rid(p.dob), "CHINA_RESIDENT_ID_NUMBER"),
            "\n手机：", L(fmt_mobile(p.mobile), "PHONE_NUMBER"),
            "\n个人邮箱：", L(p.pemail, "EMAIL_ADDRESS"),
            "\n现住址：", L(home_addr(), "STREET_ADDRESS"),
            f"\n工资卡：{BANK_OF[b]} ", L(fmt_card(card), "BANK_CARD_NUMBER"),
            "\n紧急联系人：", L(e.name, "PERSON_NAME"), f"（{R.choice(['配偶', '父亲', '母亲', '姐姐'])}）",
            L(fmt_mobile(e.mobile), "PHONE_NUMBER"),
            f"\n入职日期：2024-03-{R.randrange(11, 29)}  工号：HX{digits(6)}  职级：P{R.randrange(4, 8)}\n"]


def body_asset(s, r):
    u = Person()
    return ["资产登记（请核对）：\n\n", f"资产编号：HX-IT-2024-{digits(5)}\n设备：ThinkPad X1 Carbon Gen 11\n",
            f"SN：PF{hexs(6, True)}\n", "有线MAC：", L(mac(), "MAC_ADDRESS"), "\n无线MAC：", L(mac(), "MAC_ADDRESS"),
            f"\n系统版本：Windows 11 23H2 (10.0.22631.{R.randrange(2000, 3500)})\n使用人：", L(u.name, "PERSON_NAME"),
            f"（工号 HX{digits(6)}）\n",
            "随配测试手机 IMEI：", L(imei(), "IMEI_HARDWARE_ID"), f"，资产号 MB-{digits(4)}\n",
            f"领用日期：2024-03-{R.randrange(1, 28):02d}\n"]


def body_sim(s, r):
    m = mobile()
    return [f"{r.sn}工：\n\n用户 ", L(fmt_mobile(m), "PHONE_NUMBER"), " 投诉换卡后4G无法上网，已查：\n",
            "  ICCID：", L(iccid(), "ICCID_NUMBER"), "\n  IMSI：", L(imsi(R.choice(["00", "02", "07"])), "IMSI_ID"),
            "\n  终端IMEI：", L(imei(), "IMEI_HARDWARE_ID"),
            "\n  最近驻留小区：", L(cgi(), "CELL_ID"),
            f"\n  APN：cmnet  HSS签约状态正常  PCRF策略 {R.choice(['5G_GOLD', 'DEFAULT_4G', 'THROTTLE_1M'])}\n",
            f"投诉工单号 TS{digits(14)}，请无线侧协助核查基站告警（告警ID {R.randrange(10**8, 10**9)}）。\n"]


def body_visitor(s, r):
    v = Person()
    return [f"前台你好，\n\n明天下午{R.randrange(2, 5)}点有客户来访，请登记：\n访客：", L(v.name, "PERSON_NAME"),
            f"（{R.choice(COMPANIES).name}）\n手机：", L(fmt_mobile(v.mobile), "PHONE_NUMBER"),
            "\n车牌：", L(plate(), "CHINA_LICENSE_PLATE"),
            f"\n会议室：{R.choice(['12F-大会议室', '9F-望海厅', '7F-星河'])}\n停车请开放地库B2访客车位，谢谢。\n"]


def body_home(s, r):
    return [f"{r.gn}，\n\n周末我搬家了，新地址：", L(home_addr(), "STREET_ADDRESS"),
            "，以后快递寄这里就行。我新号码 ", L(fmt_mobile(mobile()), "PHONE_NUMBER"),
            "，旧号下个月停机。\n\n另外上次说的那个文档我放网盘了，提取码 ",
            L("".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)), "CREDENTIAL"), "（链接七天有效）。\n"]


def body_newsletter(s, r):
    return [f"【{R.choice(COMPANIES).short}月度资讯 2024年第3期】\n\n",
            f"1. 企业短信平台 v3.{R.randrange(2, 9)}.{R.randrange(0, 20)} 上线，支持变量模板与回执推送，模板示例：\n",
            "   【签名】您的验证码为${code}，${minutes}分钟内有效，请勿泄露。\n",
            f"2. 国庆期间客服热线 {R.choice(['400-810-6626', '400-868-2210'])} 正常服务，投诉请拨 10086 或 12321。\n",
            f"3. 发票抬头：{R.choice(COMPANIES).name}  统一社会信用代码：{uscc()}\n",
            f"4. 本期中奖用户：{mask_mobile(mobile())}、{mask_mobile(mobile())}、{mask_mobile(mobile())}（已脱敏）\n",
            f"\n退订请回复 TD 至 1069{digits(7)}。本邮件由系统自动发送（批次 {uuid()}）。\n"]


SCEN = [(body_handover, 5), (body_refund, 4), (body_travel, 3), (body_it_reset, 3),
        (body_onboard, 3), (body_asset, 3), (body_sim, 4), (body_visitor, 3),
        (body_home, 2), (body_newsletter, 3)]
SUBJ = {body_handover: "客户宽带新装交接", body_refund: "【退费审批】重复缴费退款",
        body_travel: "出差预订-证件信息", body_it_reset: "[IT服务台] 账号密码重置通知",
        body_onboard: "新员工入职资料", body_asset: "笔记本资产登记",
        body_sim: "投诉核查：换卡后无法上网", body_visitor: "访客登记",
        body_home: "新地址", body_newsletter: "月度资讯"}


def received_chain(sender, rcpt_email, dt, rdom):
    cip = ip_pub() if R.random() < 0.8 else ip6()
    inner = ip_priv()
    mx_ip = ip_pub() if not sender.email.endswith(rdom) else ip_priv()
    q1, q2 = qid(), qid_long()
    sdom = sender.email.split("@")[1]
    return [f"Received: from mail.{sdom} (unknown [", L(mx_ip, "IP_ADDRESS"), "])\n",
            f"\tby mx{R.randrange(1, 4)}.{rdom} (Postfix) with ESMTPS id {q2}\n\tfor <",
            L(rcpt_email, "EMAIL_ADDRESS"), f">; {rfc2822(dt + timedelta(seconds=3))} (CST)\n",
            "Received: from [", L(inner, "IP_ADDRESS"), "] (unknown [", L(cip, "IP_ADDRESS"), "])\n",
            "\t(Authenticated sender: ", L(sender.email, "EMAIL_ADDRESS"), ")\n",
            f"\tby mail.{sdom} (Postfix) with ESMTPSA id {q1};\n\t{rfc2822(dt)} (CST)\n"]


def gen_mbox():
    d = Doc("mailbox_2024Q1.mbox")
    owner_co = COMPANIES[0]
    owner = Person(owner_co)
    colleagues = [Person(R.choice(COMPANIES[:3])) for _ in range(10)]
    dt = BASE
    funcs = [f for f, w in SCEN for _ in range(w)]
    R.shuffle(funcs)
    prev_body = None
    for i in range(19):
        dt += timedelta(minutes=R.randrange(20, 900))
        f = funcs[i % len(funcs)]
        if f in (body_it_reset, body_newsletter):
            sender = None
        else:
            sender = R.choice(colleagues)
        rcpt = owner if R.random() < 0.7 else R.choice(colleagues)
        ccs = [R.choice(colleagues) for _ in range(R.choice([0, 0, 1, 2]))]
        if sender is None:
            role = "it-helpdesk@" + owner_co.domain if f is body_it_reset else "noreply@news." + R.choice(COMPANIES).domain
            rp = role
            d(f"From {role} {ctime(dt)}\n", f"Return-Path: <{role}>\n")
            ip = ip_priv()
            d(f"Received: from smtp-out.{role.split('@')[1]} (smtp-out.{role.split('@')[1]} [", L(ip, "IP_ADDRESS"),
              f"])\n\tby mx1.{owner_co.domain} (Postfix) with ESMTPS id {qid_long()}\n\tfor <",
              L(rcpt.email, "EMAIL_ADDRESS"), f">; {rfc2822(dt)} (CST)\n")
            d(dkim(role.split("@")[1], dt))
            name = "IT服务台" if f is body_it_reset else "资讯中心"
            d(f'From: "{name}" <{role}>\n', "To: ", addr_hdr(rcpt), "\n")
            body = f(None, rcpt)
        else:
            d("From ", L(sender.email, "EMAIL_ADDRESS"), f" {ctime(dt)}\n", "Return-Path: <", L(sender.email, "EMAIL_ADDRESS"), ">\n")
            d(received_chain(sender, rcpt.email, dt, owner_co.domain))
            d(dkim(sender.email.split("@")[1], dt))
            d("From: ", addr_hdr(sender), "\nTo: ", addr_hdr(rcpt), "\n")
            if ccs:
                d("Cc: ")
                for j, c in enumerate(ccs):
                    if j:
                        d(",\n ")
                    d(addr_hdr(c))
                d("\n")
            body = f(sender, rcpt) + sig(sender)
        reply = prev_body is not None and sender is not None and R.random() < 0.3
        subj = ("Re: " if reply else "") + SUBJ[f]
        mid = f"<{dt:%Y%m%d%H%M%S}{digits(6)}{R.randrange(10, 99)}@{(sender.email.split('@')[1] if sender else 'mail.' + owner_co.domain)}>"
        d(f"Subject: {subj}\nDate: {rfc2822(dt)}\nMessage-ID: {mid}\n")
        if reply:
            d(f"In-Reply-To: <{hexs(24)}@{owner_co.domain}>\n")
        d("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n",
          f"X-Mailer: {R.choice(['Foxmail 7.2.25.228[cn]', 'Microsoft Outlook 16.0', 'Coremail Webmail Server Version XT5.0.14', 'DingTalk Mail 3.2.1'])}\n",
          )
        if sender is not None:
            d("X-Originating-IP: [", L(ip_pub(), "IP_ADDRESS"), "]\n")
        d("\n", body)
        if reply:
            d(f"\n\n------------------ 原始邮件 ------------------\n> 发件时间：{(dt - timedelta(hours=3)):%Y年%m月%d日 %H:%M}\n")
            d(quote(prev_body))
            d("\n")
        d("\n")
        if sender is not None:
            prev_body = body
    return d


# --------------------------------------------------------------------------
# 2. single eml, CRLF, multipart
# --------------------------------------------------------------------------


def html_escape_seg(seg):
    out = []
    for x in flat(seg):
        if isinstance(x, str):
            out.append(x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"))
        else:
            out.append(x)
    return out


def gen_eml():
    d = Doc("ticket_reply_20240318.eml", crlf=True)
    co = COMPANIES[1]
    agent = Person(co)
    cust = Person()
    sup = Person(co)
    dt = datetime(2024, 3, 18, 15, 42, 9, tzinfo=CST)
    bnd1 = "----=_Part_" + digits(7) + "_" + digits(9) + "." + str(int(dt.timestamp() * 1000))
    bnd2 = "----=_Alt_" + hexs(16)
    card, b = bank_card()
    addr = home_addr()
    idn = rid(cust.dob)
    body = [L(cust.name, "PERSON_NAME"), " 先生/女士，您好！\n\n",
            "关于您 3 月 15 日反映的“号码被他人冒名办理副卡”问题（工单号 TK20240315-0912），核查结果如下：\n\n",
            "1. 机主：", L(cust.name, "PERSON_NAME"), "，证件号码 ", L(idn, "CHINA_RESIDENT_ID_NUMBER"),
            "，主号 ", L(fmt_mobile(cust.mobile, "dash344"), "PHONE_NUMBER"), "。\n",
            "2. 副卡号码 ", L(fmt_mobile(mobile()), "PHONE_NUMBER"), " 于 2024-02-27 在线上渠道开通，",
            "办理时登记的收货地址为 ", L(home_addr(), "STREET_ADDRESS"),
            "，与您名下的常住地址 ", L(addr, "STREET_ADDRESS"), " 不一致。\n",
            "3. 开卡 SIM 的 ICCID 为 ", L(iccid("898600"), "ICCID_NUMBER"), "，首次注册终端 IMEI ",
            L(imei(), "IMEI_HARDWARE_ID"), "，登录 IP ", L(ip_pub(), "IP_ADDRESS"), "。\n\n",
            "我们已于今日停用该副卡，并将 2 月、3 月副卡月费共计 ¥58.00 退至您提供的银行卡 ",
            L(fmt_card(card, "sp4"), "BANK_CARD_NUMBER"), f"（{BANK_OF[b]}），预计 3-5 个工作日到账。\n",
            "如有疑问请回复本邮件，或致电客服 400-868-2210（工作日 9:00-18:00）。\n",
            "处理人：", L(agent.name, "PERSON_NAME"), "  复核：", L(sup.name, "PERSON_NAME"), "\n"]
    sigp = ["\n--\n", L(agent.name, "PERSON_NAME"), f"\n{co.name} 客户服务中心\n",
            "直线：", L(fmt_landline(*agent.desk, "dash"), "PHONE_NUMBER"), f"\n地址：{co.addr}\n"]
    d("Return-Path: <", L(agent.email, "EMAIL_ADDRESS"), ">\n",
      f"Received: from mail.{co.domain} (mail.{co.domain} [", L(ip_pub(), "IP_ADDRESS"), "])\n",
      f"\tby mx.{R.choice(['qq.com', '163.com'])} (NewMX) with SMTP id {hexs(12, True)}\n",
      "\tfor <", L(cust.pemail, "EMAIL_ADDRESS"), f">; {rfc2822(dt)}\n",
      "Received: from crm-app-07.prod.", co.domain, " (unknown [", L(ip_priv(), "IP_ADDRESS"), "])\n",
      f"\tby mail.{co.domain} (Postfix) with ESMTP id {qid()};\n\t{rfc2822(dt - timedelta(seconds=2))}\n",
      dkim(co.domain, dt),
      "From: ", addr_hdr(agent, "quoted"), "\n",
      "To: ", ['"', L(cust.name, "PERSON_NAME"), '" <', L(cust.pemail, "EMAIL_ADDRESS"), ">"], "\n",
      "Cc: ", addr_hdr(sup, "quoted"), ", \"客服质检\" <qa@", co.domain, ">\n",
      "Subject: =?UTF-8?B?", base64.b64encode("回复：号码被冒名办理副卡 核查结果".encode()).decode(), "?=\n",
      f"Date: {rfc2822(dt)}\nMessage-ID: <{hexs(8)}.{digits(6)}.{int(dt.timestamp() * 1000)}@crm.{co.domain}>\n",
      "In-Reply-To: <", f"{digits(18)}@qq.com", ">\n",
      "X-Ticket-ID: TK20240318-0457\nX-Priority: 3\nMIME-Version: 1.0\n",
      f'Content-Type: multipart/mixed; boundary="{bnd1}"\n\n',
      f"--{bnd1}\n", f'Content-Type: multipart/alternative; boundary="{bnd2}"\n\n',
      f"--{bnd2}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n")
    d(body, sigp)
    d(f"\n--{bnd2}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n",
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n',
      '<body style="font-family:Microsoft YaHei;font-size:14px">\n<div>')
    d(html_escape_seg(body), '</div>\n<div style="color:#888">', html_escape_seg(sigp), "</div>\n</body></html>\n")
    pdf = b"%PDF-1.4\n" + bytes(R.randrange(256) for _ in range(1400))
    enc = base64.b64encode(pdf).decode()
    d(f"\n--{bnd2}--\n\n--{bnd1}\n",
      'Content-Type: application/pdf; name="=?UTF-8?B?' + base64.b64encode("核查报告.pdf".encode()).decode() + '?="\n',
      "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"report_TK20240315-0912.pdf\"\n\n")
    d("\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)), f"\n\n--{bnd1}--\n")
    return d


# --------------------------------------------------------------------------
# 3. maillog
# --------------------------------------------------------------------------


def gen_maillog():
    d = Doc("maillog.1")
    co = COMPANIES[0]
    users = [Person(co) for _ in range(18)]
    ext = [Person() for _ in range(10)]
    t = datetime(2024, 3, 12, 0, 0, 3)
    host = "mail01"
    pid = R.randrange(10000, 30000)

    def ts():
        return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"

    n_lines = 0
    while n_lines < 150:
        t += timedelta(seconds=R.randrange(1, 140))
        k = R.random()
        u = R.choice(users)
        cip = ip_pub()
        if k < 0.35:
            # authenticated submission
            q = qid()
            p = pid + R.randrange(0, 500)
            rc = R.choice(ext)
            d(f"{ts()} {host} postfix/submission/smtpd[{p}]: connect from unknown[", L(cip, "IP_ADDRESS"), "]\n")
            d(f"{ts()} {host} postfix/submission/smtpd[{p}]: {q}: client=unknown[", L(cip, "IP_ADDRESS"),
              "], sasl_method=", R.choice(["LOGIN", "PLAIN"]), ", sasl_username=", L(u.email, "EMAIL_ADDRESS"), "\n")
            d(f"{ts()} {host} postfix/cleanup[{p + 7}]: {q}: message-id=<{t:%Y%m%d%H%M%S}{digits(8)}@{co.domain}>\n")
            d(f"{ts()} {host} postfix/qmgr[1187]: {q}: from=<", L(u.email, "EMAIL_ADDRESS"),
              f">, size={R.randrange(1500, 900000)}, nrcpt=1 (queue active)\n")
            dom = rc.pemail.split("@")[1]
            rip = R.choice(["183.3.224.", "220.181.12.", "123.126.97.", "111.13.111."]) + str(R.randrange(2, 250))
            st = R.random()
            if st < 0.85:
                d(f"{ts()} {host} postfix/smtp[{p + 20}]: {q}: to=<", L(rc.pemail, "EMAIL_ADDRESS"),
                  f">, relay=mx{R.randrange(1, 4)}.{dom}[", L(rip, "IP_ADDRESS"),
                  f"]:25, delay={R.uniform(0.2, 3):.2f}, delays=0.05/0.01/{R.uniform(0.1, 1):.2f}/{R.uniform(0.1, 1):.2f}, dsn=2.0.0, status=sent (250 OK: queued as {hexs(12, True)})\n")
            else:
                d(f"{ts()} {host} postfix/smtp[{p + 20}]: {q}: to=<", L(rc.pemail, "EMAIL_ADDRESS"),
                  f">, relay=mx.{dom}[", L(rip, "IP_ADDRESS"),
                  "]:25, delay=1.2, delays=0.03/0/0.41/0.77, dsn=5.1.1, status=bounced (host mx.", dom, "[",
                  L(rip, "IP_ADDRESS"), "] said: 550 5.1.1 Mailbox not found (in reply to RCPT TO command))\n")
            d(f"{ts()} {host} postfix/qmgr[1187]: {q}: removed\n")
            n_lines += 6
        elif k < 0.62:
            lip = f"10.20.1.{R.randrange(10, 20)}"
            proto = R.choice(["imap", "pop3", "imap"])
            uname = u.email if R.random() < 0.7 else None
            d(f"{ts()} {host} dovecot: {proto}-login: Login: user=<",
              L(u.email, "EMAIL_ADDRESS") if uname else f"{u.sp}{u.gp}",
              ">, method=PLAIN, rip=", L(cip, "IP_ADDRESS"), ", lip=", L(lip, "IP_ADDRESS"),
              f", mpid={R.randrange(10000, 60000)}, TLS, session=<{b64s(12)}>\n")
            n_lines += 1
        elif k < 0.75:
            bad = R.choice(["216.", "45.", "185.", "193."]) + ".".join(str(R.randrange(1, 255)) for _ in range(3))
            d(f"{ts()} {host} postfix/smtpd[{pid}]: warning: unknown[", L(bad, "IP_ADDRESS"),
              "]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\n")
            d(f"{ts()} {host} postfix/smtpd[{pid}]: disconnect from unknown[", L(bad, "IP_ADDRESS"),
              "] ehlo=1 auth=0/1 quit=1 commands=2/3\n")
            n_lines += 2
        elif k < 0.79:
            # user typed password into login name
            pw = password()
            d(f"{ts()} {host} dovecot: auth: passwd-file(", L(pw, "CREDENTIAL"), ",", L(cip, "IP_ADDRESS"),
              f",<{b64s(12)}>): unknown user\n")
            d(f"{ts()} {host} dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<",
              L(pw, "CREDENTIAL"), ">, method=PLAIN, rip=", L(cip, "IP_ADDRESS"), ", lip=", L("10.20.1.11", "IP_ADDRESS"), ", TLS, session=<",
              b64s(12), ">\n")
            n_lines += 2
        elif k < 0.9:
            # inbound
            q = qid()
            s = R.choice(ext)
            sip = R.choice(["183.3.224.", "220.181.12.", "123.126.97.", "40.92.", "52.101."]) + str(R.randrange(2, 250))
            if sip.count(".") == 2:
                sip += "." + str(R.randrange(1, 255))
            d(f"{ts()} {host} postfix/smtpd[{pid + 3}]: {q}: client=smtp{R.randrange(1, 30)}.{s.pemail.split('@')[1]}[",
              L(sip, "IP_ADDRESS"), "]\n")
            d(f"{ts()} {host} postfix/qmgr[1187]: {q}: from=<", L(s.pemail, "EMAIL_ADDRESS"),
              f">, size={R.randrange(3000, 200000)}, nrcpt=1 (queue active)\n")
            d(f"{ts()} {host} postfix/lmtp[{pid + 40}]: {q}: to=<", L(u.email, "EMAIL_ADDRESS"),
              ">, relay=127.0.0.1[127.0.0.1]:24, delay=0.31, delays=0.2/0/0.01/0.1, dsn=2.0.0, status=sent (250 2.0.0 <",
              L(u.email, "EMAIL_ADDRESS"), f"> {b64s(12)} Saved)\n")
            n_lines += 3
        else:
            if R.random() < 0.5:
                d(f"{ts()} {host} postfix/anvil[1201]: statistics: max connection rate 4/60s for (smtp:",
                  L(ip_pub(), "IP_ADDRESS"), f") at {ts()}\n")
            else:
                d(f"{ts()} {host} postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[", L(cip, "IP_ADDRESS"),
                  "]: 554 5.7.1 Service unavailable; Client host [", L(cip, "IP_ADDRESS"),
                  "] blocked using zen.spamhaus.org; from=<", f"promo{digits(4)}@mkt-{hexs(5)}.top", "> to=<",
                  L(u.email, "EMAIL_ADDRESS"), "> proto=ESMTP helo=<ylmf-pc>\n")
            n_lines += 1
    return d


# --------------------------------------------------------------------------
# 4. WeChat one-to-one export
# --------------------------------------------------------------------------


def gen_wechat():
    d = Doc("wechat_chat_export.txt")
    peer = Person()
    me_name = "我"
    wxid = "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    d("微信聊天记录导出\n聊天对象：", L(peer.name, "PERSON_NAME"), f"（{wxid}）\n",
      "导出时间：2024-03-21 22:10:45\n", "=" * 40, "\n\n")
    t = datetime(2024, 2, 3, 9, 12, 0)
    convs = []

    def msg(who, seg):
        nonlocal t
        t += timedelta(seconds=R.randrange(15, 2400))
        name = [L(peer.name, "PERSON_NAME")] if who else [me_name]
        d(t.strftime("%Y-%m-%d %H:%M:%S"), " ", name, "\n", seg, "\n\n")

    for round_ in range(21):
        k = round_ % 7
        t += timedelta(days=R.randrange(0, 3), hours=R.randrange(0, 6))
        if k == 0:
            a = home_addr(short=R.random() < 0.5)
            msg(1, "在吗？帮我下单寄一下那箱东西")
            msg(0, "在，地址发我")
            msg(1, [L(a, "STREET_ADDRESS"), " ", L(peer.name, "PERSON_NAME"), " ", L(fmt_mobile(peer.mobile, R.choice(["plain", "sp344", "fw"])), "PHONE_NUMBER")])
            msg(0, f"好的，星河速运单号 XH{digits(12)}，到了会有短信，取件码别告诉别人哈")
        elif k == 1:
            card, b = bank_card()
            amt = R.randrange(200, 5000)
            msg(1, f"上次聚餐的钱我转你吧，你{BANK_OF[b][-4:]}卡号多少")
            msg(0, [L(fmt_card(card, R.choice(["plain", "sp4"])), "BANK_CARD_NUMBER"), " ", BANK_OF[b]])
            msg(1, f"[转账] 向你转账 ¥{amt}.00 （交易单号 {digits(28)}）")
            msg(0, "收到👌")
        elif k == 2:
            p = Person()
            msg(1, "[图片] IMG_20240305_101233.jpg（身份证正面）")
            msg(1, ["帮我妈填一下那个体检预约，她身份证号 ", L(rid(p.dob), "CHINA_RESIDENT_ID_NUMBER"),
                    "，名字 ", L(p.name, "PERSON_NAME"), "，生日是", L(fmt_dob(p.dob, "cn"), "DATE_OF_BIRTH"),
                    "，手机写我的就行"])
            msg(0, "好，预约号 TJ" + digits(10) + "，周六上午8点空腹")
        elif k == 3:
            la, ln = coord()
            pn, (cla, cln) = R.choice([("望京SOHO T1", (39.9965, 116.4807)), ("科兴科学园", (22.5487, 113.9432)),
                                       ("西溪银泰城", (30.2893, 120.0701)), ("天府广场", (30.6574, 104.0659))])
            la, ln = f"{cla + R.uniform(-0.003, 0.003):.6f}", f"{cln + R.uniform(-0.003, 0.003):.6f}"
            msg(1, ["[位置] ", pn, " (", L(f"{la},{ln}", "LOCATION_COORDINATES"), ")"])
            msg(1, ["我车停在B2，车牌 ", L(plate(), "CHINA_LICENSE_PLATE"), "，你到了直接上车"])
            msg(0, "收到，10分钟")
        elif k == 4:
            msg(1, ["家里wifi换了，名字 ChinaNet-", hexs(4, True), " 密码 ", L(password(), "CREDENTIAL")])
            msg(0, "好的[OK]")
            msg(1, "对了验证码别随便给别人，今天有人冒充10086打电话给我")
        elif k == 5:
            o = Person()
            msg(1, ["我同事", L(o.name, "PERSON_NAME"), "想问下你们那边宽带，他电话 ",
                    L(fmt_mobile(o.mobile), "PHONE_NUMBER"), "，你加下他微信"])
            msg(0, ["[名片] ", L(o.name, "PERSON_NAME")])
            msg(0, "已加，客服电话是 10000 也可以直接打")
        else:
            msg(1, ["护照快过期了，新的号码是 ", L(passport(), "CHINA_PASSPORT"), "，订酒店的时候改一下"])
            msg(0, ["港澳通行证呢？上次那个 ", L(hkmo_permit(), "HK_MACAU_TRAVEL_PERMIT"), " 还有效吗"])
            msg(1, "还有效，到2027年")
    # patch message count
    return d


# --------------------------------------------------------------------------
# 5. DingTalk group export with nicknames
# --------------------------------------------------------------------------


def gen_dingtalk():
    d = Doc("dingtalk_group_ops_oncall.txt")
    co = COMPANIES[1]
    real = [Person(co) for _ in range(8)]
    # member display (group nickname) styles
    members = []
    for i, p in enumerate(real):
        st = i % 4
        if st == 0:
            members.append((p, [L(p.name, "PERSON_NAME")]))
        elif st == 1:
            members.append((p, [L(p.name, "PERSON_NAME"), "-" + R.choice(["运维", "网络", "财务", "DBA", "值班"])]))
        elif st == 2:
            members.append((p, [L(p.name, "PERSON_NAME"), "(" + R.choice(["OPS", "SRE", "NOC"]) + ")"]))
        else:
            members.append((p, [R.choice(["阿", "小"]) + p.gn[-1] + R.choice(["", "子", "哥"])]))
    nicks = ["Tony_Li", "小鱼儿🐟", "老陈", "Sunny", "阿杰", "夜猫子", "🍀晴天"]
    for n in nicks:
        members.append((None, [n]))
    d(f"钉钉群聊记录导出\n群名称：{co.short}-网络运维值班群\n群号：{digits(9)}\n导出人：", members[0][1],
      "\n导出时间：2024-03-16 08:00:12\n群成员（", str(len(members)), "）：")
    for i, (_, nm) in enumerate(members):
        if i:
            d("、")
        d(nm)
    d("\n", "-" * 50, "\n")
    t = datetime(2024, 3, 15, 8, 30, 0)
    for i in range(85):
        t += timedelta(seconds=R.randrange(20, 900))
        p, nm = R.choice(members)
        d("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] ", nm, "：")
        k = R.random()
        if k < 0.12:
            d(f"告警：{R.choice(['BJ-YZ', 'SZ-NS', 'SH-ZJ'])}-CORE-SW{R.randrange(1, 9):02d} 端口 Gi1/0/{R.randrange(1, 48)} down，",
              "对端 ", L(ip_priv(), "IP_ADDRESS"), f"，告警流水 {R.randrange(10**9, 10**10)}")
        elif k < 0.22:
            o = R.choice(real)
            d(["@", L(o.name, "PERSON_NAME"), " 今晚你值班，有事打我手机 ", L(fmt_mobile(p.mobile if p else mobile()), "PHONE_NUMBER")])
        elif k < 0.30:
            m = mobile()
            d(["用户 ", L(fmt_mobile(m), "PHONE_NUMBER"), f" 投诉短信收不到验证码，通道1069{digits(6)}回执是 DELIVRD，谁看下"])
        elif k < 0.37:
            d(["堡垒机临时账号 ops_tmp", str(R.randrange(1, 9)), " 密码 ", L(password(), "CREDENTIAL"), " ，用完记得回收"])
        elif k < 0.44:
            d(["那台新上架的网关 MAC 是 ", L(mac(), "MAC_ADDRESS"), f"，SN 21{hexs(10, True)}，DHCP 给它绑 ",
               L(ip_priv(), "IP_ADDRESS")])
        elif k < 0.50:
            d(["核心网查了，IMSI ", L(imsi(), "IMSI_ID"), " 最后附着在 ", L(cgi(), "CELL_ID"), "，没有异常"])
        elif k < 0.56:
            o = Person()
            d(["外包驻场", L(o.name, "PERSON_NAME"), "明天进机房，身份证 ", L(rid(o.dob), "CHINA_RESIDENT_ID_NUMBER"),
               "，车牌 ", L(plate(), "CHINA_LICENSE_PLATE"), "，麻烦物业报备"])
        elif k < 0.58:
            d(["物联网卡批量激活失败的那张 ICCID ", L(iccid(), "ICCID_NUMBER"), "，BOSS 侧状态是待激活"])
        elif k < 0.61:
            d(["电信老用户的 CDMA 终端 MEID ", L(meid(), "MEID"), " 注册不上 VoLTE，已提单给厂家"])
        elif k < 0.66:
            d(["Grafana 上看 ", L(ip_pub(), "IP_ADDRESS"), f" 这个源在刷 SMTP AUTH，已经加黑名单，规则ID {R.randrange(1000, 9999)}"])
        elif k < 0.71:
            d(["@所有人 周报模板在钉盘，版本 v", f"{R.randrange(1, 4)}.{R.randrange(0, 10)}.{R.randrange(0, 20)}", "，周五前交"])
        elif k < 0.76:
            d(R.choice(["收到", "收到👌", "[表情]", f"[图片] screenshot_{int(t.timestamp() * 1000)}.png", "+1"]))
        elif k < 0.81:
            d([f"工单 INC{digits(8)} 已关闭，影响用户 {R.randrange(10, 3000)} 户，根因是 BRAS 配置回滚"])
        elif k < 0.87:
            d(["网管平台 API token 更新了：", L(token(), "CREDENTIAL"), "，旧的今晚失效"])
        elif k < 0.93:
            d(["财务那边报销要填收款卡号，我的是 ", L(fmt_card(bank_card()[0]), "BANK_CARD_NUMBER"), "，帮我一起提交下"])
        elif k < 0.965:
            o = Person()
            d(["下周澳门客户现场支撑：", L(o.name, "PERSON_NAME"), "，港澳通行证 ", L(hkmo_permit(), "HK_MACAU_TRAVEL_PERMIT"),
               "，身份证 ", L(rid(o.dob), "CHINA_RESIDENT_ID_NUMBER"), "，行政帮忙订票"])
        else:
            o = R.choice(real)
            d(["[语音通话] 通话时长 ", f"{R.randrange(0, 30):02d}:{R.randrange(0, 60):02d}", "  参与人：", L(o.name, "PERSON_NAME")])
        d("\n")
    return d


# --------------------------------------------------------------------------
# 6. Feishu JSON export
# --------------------------------------------------------------------------


def gen_feishu():
    d = Doc("feishu_export_messages.json")
    co = COMPANIES[4]
    staff = [Person(co) for _ in range(9)]
    msgs = []
    t0 = 1710288000000
    for i in range(26):
        p = R.choice(staff)
        t0 += R.randrange(30000, 3600000)
        k = i % 6
        if k == 0:
            txt = Seg(["客户联系方式：", L(Person().name, "PERSON_NAME"), " ", L(fmt_mobile(mobile()), "PHONE_NUMBER"),
                       "，地址 ", L(home_addr(), "STREET_ADDRESS"), "，明早上门装机"])
        elif k == 1:
            txt = Seg([f"合同 HT-{digits(8)} 已归档，客户统一社会信用代码 {uscc()}，金额 ¥{R.randrange(10, 900)},000.00"])
        elif k == 2:
            txt = Seg(["短信平台 AppSecret 已轮换：", L(hexs(32), "CREDENTIAL"), f"（AppKey {hexs(16)} 不变）"])
        elif k == 3:
            o = Person()
            txt = Seg(["@", L(o.name, "PERSON_NAME"), " 报销打款失败，请确认卡号 ", L(fmt_card(bank_card()[0]), "BANK_CARD_NUMBER")])
        elif k == 4:
            txt = Seg([f"测试机 IMEI ", L(imei(), "IMEI_HARDWARE_ID"), "，MEID ", L(meid(), "MEID"), "，测试卡 ICCID ", L(iccid(), "ICCID_NUMBER"), "，已回收"])
        elif i % 12 == 5:
            o = Person()
            txt = Seg(["@", L(o.name, "PERSON_NAME"), " 新加坡展会签证材料：护照号 ", L(passport(), "CHINA_PASSPORT"),
                       "，出生日期 ", L(fmt_dob(o.dob, "iso"), "DATE_OF_BIRTH"), "，请在系统里补录"])
        else:
            txt = Seg([f"文档链接 https://{co.domain.split('.')[0]}.feishu.cn/docx/{b64s(15).replace('/', 'x').replace('+', 'y')}"])
        msgs.append({
            "message_id": "om_" + hexs(32),
            "chat_id": "oc_" + hexs(32),
            "msg_type": "text",
            "create_time": str(t0),
            "sender": {"id": "ou_" + hexs(32), "id_type": "open_id", "name": (p.name, "PERSON_NAME"),
                       "en_name": (p.en, "PERSON_NAME"), "email": (p.email, "EMAIL_ADDRESS"),
                       "mobile": (fmt_mobile(p.mobile, R.choice(["+86", "+86", "plain"])), "PHONE_NUMBER")},
            "body": {"content": Seg(['{"text":"'] + list(txt) + ['"}'])},
            "mentions": [],
        })
    checkins = []
    for i in range(14):
        p = R.choice(staff)
        la, ln = coord()
        t0 += R.randrange(60000, 40000000)
        checkins.append({
            "user_id": hexs(8), "user_name": (p.name, "PERSON_NAME"), "check_time": t0 // 1000,
            "type": R.choice(["OnDuty", "OffDuty"]), "location_name": R.choice(["客户现场", "公司", "外勤"]),
            "latitude": (la, "LOCATION_COORDINATES"), "longitude": (ln, "LOCATION_COORDINATES"),
            "ssid": R.choice(["YQ-Office", "YQ-Guest", ""]),
            "bssid": (mac(":", False), "MAC_ADDRESS"),
            "device_id": uuid().upper(),
        })
    audit = []
    for i in range(12):
        p = R.choice(staff)
        t0 += R.randrange(60000, 4000000)
        dev = {"os": R.choice(["Android 13", "Android 14", "HarmonyOS 4.0.0"]),
               "model": R.choice(["V2227A", "PGT-AN10", "M2012K11AC", "SM-S9180"]),
               "imei": (imei(), "IMEI_HARDWARE_ID"), "meid": (meid(), "MEID") if R.random() < 0.4 else "", "mac": (mac(":", True), "MAC_ADDRESS"),
               "app_version": f"7.{R.randrange(1, 14)}.{R.randrange(0, 9)}"}
        audit.append({"event": R.choice(["login", "login", "logout", "download_file"]), "operator": (p.email, "EMAIL_ADDRESS"),
                      "ip": (ip_pub() if R.random() < 0.8 else ip6(), "IP_ADDRESS"), "time": t0, "device": dev,
                      "result": "success", "log_id": str(R.randrange(10**18, 10**19))})
    root = {"tenant": co.name, "export_id": uuid(), "exported_at": "2024-03-20T10:11:12+08:00",
            "messages": msgs, "attendance_records": checkins, "security_audit": audit}
    d(jdump(root, indent=2), "\n")
    return d


# --------------------------------------------------------------------------
# 7. SMS MT records
# --------------------------------------------------------------------------

SIGS = ["【蓝海云】", "【星河速运】", "【华信通达】", "【云栖数智】", "【中国移动】", "【招商银行】"]


def gen_sms_mt():
    d = Doc("sms_mt_20240315.csv")
    d("msg_id,submit_time,src_id,dest_msisdn,content,status,report_time,channel_id,fee_count\n")
    t = datetime(2024, 3, 15, 0, 0, 1)
    for i in range(120):
        t += timedelta(milliseconds=R.randrange(200, 300000))
        m = mobile()
        num = fmt_mobile(m, R.choices(["86", "plain", "+86"], [60, 30, 10])[0])
        k = R.random()
        src = "1069" + digits(R.choice([6, 8, 9]))
        if k < 0.45:
            c = otp()
            content = [R.choice(SIGS[:4]), R.choice(["您的验证码为", "验证码：", "您正在登录，验证码", "动态码 "]),
                       L(c, "CREDENTIAL"), R.choice(["，5分钟内有效，请勿泄露。", "，切勿告知他人。如非本人操作请忽略。", "（10分钟有效）"])]
        elif k < 0.52:
            content = ["【中国移动】您的宽带账号 ", f"{R.choice(['bj', 'sz', 'hz'])}{digits(11)}", " 初始密码为 ",
                       L(password(), "CREDENTIAL"), "，请登录中国移动APP修改。"]
            src = "10086"
        elif k < 0.58:
            content = ["【中国移动】您的服务密码已重置为", L(digits(6), "CREDENTIAL"), "，如非本人操作请致电10086。"]
            src = "10086"
        elif k < 0.68:
            content = [f"【招商银行】您账户{digits(4)}于03月15日{t:%H:%M}消费人民币{R.randrange(1, 3000)}.{R.randrange(0, 99):02d}元。【招商银行】"]
            src = "95555"
        elif k < 0.78:
            p = Person()
            content = ["【星河速运】", L(p.name, "PERSON_NAME"), f"您好，您的快件 XH{digits(12)} 已到达",
                       R.choice(["望京", "科兴", "西溪"]), "营业点，派送员 ", L(Person().name, "PERSON_NAME"), " ",
                       L(fmt_mobile(mobile()), "PHONE_NUMBER"), "，今日送达。"]
        elif k < 0.86:
            content = [f"【中国移动】尊敬的客户，您的号码{mask_mobile(m)}本月套餐剩余流量{R.randrange(0, 30)}.{R.randrange(0, 9)}GB，",
                       "详询10086。"]
            src = "10086"
        elif k < 0.93:
            p = Person()
            content = ["【华信通达】尊敬的", L(p.name, "PERSON_NAME"), R.choice(["先生", "女士"]), "，您预约的装机时间为3月",
                       f"{R.randrange(16, 30)}日上午，工程师 ", L(Person().name, "PERSON_NAME"), " 将上门，联系电话 ",
                       L(fmt_mobile(mobile(), "plain"), "PHONE_NUMBER"), "。"]
        else:
            content = [f"【蓝海云】您的云主机 ecs-{hexs(8)} 将于3日后到期，订单号 {R.randrange(10**15, 10**16)}，",
                       "退订回T"]
        status = R.choices(["DELIVRD", "UNDELIV", "EXPIRED", "MK:0001"], [85, 7, 4, 4])[0]
        rt = t + timedelta(milliseconds=R.randrange(800, 20000))
        d(csv_row([f"{t:%Y%m%d%H%M%S}{digits(6)}", t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}", src,
                   [L(num, "PHONE_NUMBER")], content, status, str(int(rt.timestamp() * 1000)),
                   R.choice(["CMPP_BJ_01", "SGIP_GD_03", "SMGP_ZJ_02"]), str(R.choice([1, 1, 1, 2]))]))
    return d


# --------------------------------------------------------------------------
# 8. SMS MO records
# --------------------------------------------------------------------------


def gen_sms_mo():
    d = Doc("sms_mo_cdr_20240315.csv")
    d("record_id|recv_time|calling_msisdn|called_port|content|imsi|imei|cell_id|smsc_gt|sm_len\n")
    t = datetime(2024, 3, 15, 0, 0, 2)
    for i in range(55):
        t += timedelta(seconds=R.randrange(20, 600))
        m = mobile()
        k = R.random()
        if k < 0.3:
            c, port = R.choice(["TD", "T", "退订", "0000"]), "1069" + digits(8)
        elif k < 0.45:
            c, port = R.choice(["CXYE", "CXLL", "101", "CXTC"]), "10086"
        elif k < 0.6:
            c, port = "1", "10658" + digits(4)
        elif k < 0.75:
            c, port = ["我的地址改成 ", L(home_addr(short=True), "STREET_ADDRESS"), " 谢谢"], "106" + digits(9)
        elif k < 0.85:
            c, port = ["我是", L(Person().name, "PERSON_NAME"), "，请回电 ", L(fmt_mobile(mobile(), "plain"), "PHONE_NUMBER")], "106" + digits(9)
        else:
            c, port = R.choice(["好的", "收到", "不需要", "几点到？"]), "106" + digits(9)
        im = imsi(R.choice(["00", "02", "07", "08", "01", "11"]))
        cell_v = str(R.randrange(10000, 268435455)) if R.random() < 0.5 else cgi()
        row = [f"MO{t:%Y%m%d}{digits(10)}", t.strftime("%Y-%m-%d %H:%M:%S"), L(fmt_mobile(m, R.choice(["86", "plain"])), "PHONE_NUMBER"),
               port, c, L(im, "IMSI_ID"), L(imei(), "IMEI_HARDWARE_ID") if R.random() < 0.8 else "",
               L(cell_v, "CELL_ID"), "86" + R.choice(["13800100500", "13800755500", "13800210500"]), str(len(plain(c)))]
        for j, f in enumerate(row):
            if j:
                d("|")
            d(f)
        d("\n")
    return d


# --------------------------------------------------------------------------
# 9. template render log
# --------------------------------------------------------------------------


def gen_tpl_log():
    d = Doc("sms_template_render.log")
    t = datetime(2024, 3, 15, 10, 0, 0, 123000)
    tpls = {
        "SMS_271846301": "【蓝海云】您的验证码为${code}，${minutes}分钟内有效，请勿泄露。",
        "SMS_271846302": "【蓝海云】${name}您好，您的订单${orderNo}已发货，快递员${courier}电话${courierPhone}。",
        "SMS_271846303": "【蓝海云】${name}，您的账户于${time}在新设备登录（IP ${ip}），如非本人操作请修改密码。",
        "SMS_271846304": "【蓝海云】您申请的临时密码为${pwd}，有效期24小时。",
    }
    d(f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} INFO  [main] c.l.sms.TemplateCache - loaded {len(tpls)} templates\n")
    for k, v in tpls.items():
        d(f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} DEBUG [main] c.l.sms.TemplateCache - {k} => {v}\n")
    for i in range(70):
        t += timedelta(milliseconds=R.randrange(50, 90000))
        ts = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"
        th = f"sms-sender-{R.randrange(1, 9)}"
        m = mobile()
        biz = f"{R.randrange(10**17, 10**18)}^{R.randrange(10**9, 10**10)}"
        tid = hexs(16)
        k = R.random()
        if k < 0.45:
            code = otp(6)
            mins = R.choice([5, 10])
            d(f"{ts} INFO  [{th}] c.l.sms.Render - traceId={tid} tpl=SMS_271846301 vars={{\"code\":\"", L(code, "CREDENTIAL"),
              f"\",\"minutes\":\"{mins}\"}} phone=", L(fmt_mobile(m, R.choice(["+86", "plain"])), "PHONE_NUMBER"), "\n")
            d(f"{ts} INFO  [{th}] c.l.sms.Send - traceId={tid} bizId={biz} text=\"【蓝海云】您的验证码为", L(code, "CREDENTIAL"),
              f"，{mins}分钟内有效，请勿泄露。\" cost={R.randrange(8, 300)}ms\n")
        elif k < 0.65:
            p, c = Person(), Person()
            on = f"DD{digits(16)}"
            cp = fmt_mobile(c.mobile, "plain")
            d(f"{ts} INFO  [{th}] c.l.sms.Render - traceId={tid} tpl=SMS_271846302 vars={{\"name\":\"", L(p.name, "PERSON_NAME"),
              f"\",\"orderNo\":\"{on}\",\"courier\":\"", L(c.name, "PERSON_NAME"), "\",\"courierPhone\":\"", L(cp, "PHONE_NUMBER"),
              "\"} phone=", L(fmt_mobile(m, "plain"), "PHONE_NUMBER"), "\n")
        elif k < 0.8:
            p = Person()
            ip = ip_pub()
            d(f"{ts} INFO  [{th}] c.l.sms.Render - traceId={tid} tpl=SMS_271846303 vars={{\"name\":\"", L(p.name, "PERSON_NAME"),
              f"\",\"time\":\"{t:%m-%d %H:%M}\",\"ip\":\"", L(ip, "IP_ADDRESS"), "\"} phone=", L(fmt_mobile(m, "+86"), "PHONE_NUMBER"), "\n")
        elif k < 0.86:
            pw = password()
            d(f"{ts} INFO  [{th}] c.l.sms.Render - traceId={tid} tpl=SMS_271846304 vars={{\"pwd\":\"", L(pw, "CREDENTIAL"),
              "\"} phone=", L(fmt_mobile(m, "plain"), "PHONE_NUMBER"), "\n")
        elif k < 0.93:
            d(f"{ts} WARN  [{th}] c.l.sms.Send - traceId={tid} gateway returned isv.BUSINESS_LIMIT_CONTROL for phone=",
              mask_mobile(m), f", retry in {R.choice([30, 60])}s (attempt {R.randrange(1, 4)}/3)\n")
        else:
            d(f"{ts} ERROR [{th}] c.l.sms.Send - traceId={tid} invalid mobile '{R.choice(['1381234', '400-810-6626', '95588'])}', template SMS_271846301 skipped\n")
    return d


# --------------------------------------------------------------------------
# 10. fraud report submissions (jsonl)
# --------------------------------------------------------------------------


def gen_fraud():
    d = Doc("fraud_reports_12321.jsonl")
    t = datetime(2024, 3, 10, 7, 0, 0)
    for i in range(60):
        t += timedelta(seconds=R.randrange(60, 9000))
        rep = Person()
        k = R.random()
        desc = Seg([])
        if k < 0.35:
            rtype = "sms"
            rn = fmt_mobile(mobile(), R.choice(["plain", "+86", "86"]))
            reported = (rn, "PHONE_NUMBER")
            content = Seg([R.choice(["【ETC】您的ETC卡已失效，请点击 http://etc-", "【交管12123】您有一条违章未处理，详见 http://12123-",
                                     "【京东】您的白条额度可提升至50000，点击 http://jd-"]),
                           hexs(5), ".top/?u=", hexs(6), " 回T退订"])
            desc = Seg(["收到就是钓鱼短信，差点点了"])
        elif k < 0.6:
            rtype = "call"
            rn = fmt_mobile(mobile(), R.choice(["plain", "dash344"]))
            reported = (rn, "PHONE_NUMBER")
            card, b = bank_card()
            content = Seg([])
            desc = Seg(["对方自称", R.choice(["公安局", "银行客服", "快递理赔客服", "10086客服"]), "，说我名下账户涉嫌洗钱，要求转账到安全账户 ",
                        L(fmt_card(card), "BANK_CARD_NUMBER"), "，户名", L(Person().name, "PERSON_NAME"), "，我没转"])
        elif k < 0.75:
            rtype = "call"
            a, s = landline()
            reported = (fmt_landline(a, s, R.choice(["dash", "plain"])), "PHONE_NUMBER")
            content = Seg([])
            desc = Seg(["座机打来推销贷款，一天三次"])
        elif k < 0.9:
            rtype = "sms"
            reported = "106" + digits(R.choice([8, 9, 10]))
            content = Seg([f"【{R.choice(['优选商城', '乐享贷', '速借'])}】尊敬的会员，您有一笔{R.randrange(5, 50)}000元额度待领取，回T退订"])
            desc = Seg(["没注册过，天天发"])
        else:
            rtype = "call"
            reported = R.choice(["95588", "95555", "96110", "400" + digits(7)])
            content = Seg([])
            desc = Seg(["显示是银行号码但让我下载屏幕共享软件，怀疑改号"])
        rec = {"report_id": f"JB{t:%Y%m%d}{digits(6)}", "submit_time": t.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
               "channel": R.choice(["12321网站", "微信小程序", "短信1232199", "APP"]),
               "reporter_msisdn": (fmt_mobile(rep.mobile, R.choice(["plain", "plain", "+86"])), "PHONE_NUMBER"),
               "reporter_name": (rep.name, "PERSON_NAME") if R.random() < 0.4 else "",
               "reported_number": reported, "type": rtype, "content": content,
               "description": desc, "receive_time": (t - timedelta(minutes=R.randrange(5, 600))).strftime("%Y-%m-%d %H:%M"),
               "attachments": [f"{hexs(32)}.jpg"] if R.random() < 0.3 else [], "status": R.choice(["待核查", "已转运营商", "已关停"])}
        d(jdump(rec), "\n")
    return d


# --------------------------------------------------------------------------
# 11. vCard
# --------------------------------------------------------------------------


def gen_vcf():
    d = Doc("contacts_export.vcf")
    for i in range(42):
        p = Person(R.choice(COMPANIES) if R.random() < 0.5 else None)
        d("BEGIN:VCARD\nVERSION:3.0\n")
        nst = R.random()
        if nst < 0.5:
            d(f"N:{p.sn};{p.gn};;;\n")
        elif nst < 0.8:
            d("N:;", L(p.name, "PERSON_NAME"), ";;;\n")
        d("FN:", L(p.name, "PERSON_NAME"), "\n")
        d("TEL;TYPE=CELL:", L(fmt_mobile(p.mobile, R.choice(["plain", "sp344", "+86", "+86sp", "dash344"])), "PHONE_NUMBER"), "\n")
        if R.random() < 0.25:
            d("TEL;TYPE=CELL:", L(fmt_mobile(mobile(), "plain"), "PHONE_NUMBER"), "\n")
        if p.company:
            d("TEL;TYPE=WORK,VOICE:", L(fmt_landline(*p.desk, R.choice(["dash", "plain", "+86"])), "PHONE_NUMBER"), "\n")
            d(f"ORG:{p.company.name};{p.dept}\nTITLE:{p.title}\n")
            d("EMAIL;TYPE=INTERNET,WORK:", L(p.email, "EMAIL_ADDRESS"), "\n")
            if R.random() < 0.5:
                d(f"ADR;TYPE=WORK:;;{p.company.addr};;;;中国\n")
        if R.random() < 0.5:
            d("EMAIL;TYPE=INTERNET,HOME:", L(p.pemail, "EMAIL_ADDRESS"), "\n")
        if R.random() < 0.4:
            d("ADR;TYPE=HOME:;;", L(home_addr(), "STREET_ADDRESS"), f";;;{R.randrange(100000, 850000)};中国\n")
        if R.random() < 0.35:
            d("BDAY:", L(p.dob.strftime(R.choice(["%Y-%m-%d", "%Y%m%d"])), "DATE_OF_BIRTH"), "\n")
        if R.random() < 0.15:
            d("NOTE:身份证 ", L(rid(p.dob), "CHINA_RESIDENT_ID_NUMBER"), " 车牌 ", L(plate(), "CHINA_LICENSE_PLATE"), "\n")
        elif R.random() < 0.2:
            d("NOTE:", R.choice(["护照 ", "护照号：", "passport "]), L(passport(), "CHINA_PASSPORT"), "\n")
        elif R.random() < 0.2:
            d("NOTE:港澳通行证 ", L(hkmo_permit(), "HK_MACAU_TRAVEL_PERMIT"), f" 有效期至20{R.randrange(26, 34)}-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}\n")
        elif R.random() < 0.1:
            d("NOTE:工资卡 ", L(fmt_card(bank_card()[0], "sp4"), "BANK_CARD_NUMBER"), "\n")
        elif R.random() < 0.15:
            d(f"NOTE:客服热线 {R.choice(['10086', '95588', '400-810-6626'])}\n")
        if R.random() < 0.12:
            blob = b64s(180)
            d("PHOTO;ENCODING=b;TYPE=JPEG:", "\n ".join(blob[i:i + 74] for i in range(0, len(blob), 74)), "\n")
        d(f"UID:{uuid()}\nREV:2024-03-{R.randrange(1, 20):02d}T{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:00Z\nEND:VCARD\n")
    return d


# --------------------------------------------------------------------------
# 12. ics
# --------------------------------------------------------------------------


def gen_ics():
    d = Doc("calendar_invites.ics")
    d("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n",
      "BEGIN:VTIMEZONE\nTZID:China Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0800\n",
      "TZOFFSETTO:+0800\nEND:STANDARD\nEND:VTIMEZONE\n")
    co = COMPANIES[2]
    staff = [Person(co) for _ in range(12)]
    start = datetime(2024, 3, 18, 9, 30)
    for i in range(12):
        org = R.choice(staff)
        start += timedelta(hours=R.randrange(3, 40))
        end = start + timedelta(minutes=R.choice([30, 60, 90]))
        d("BEGIN:VEVENT\n", "ORGANIZER;CN=", L(org.name, "PERSON_NAME"), ":mailto:", L(org.email, "EMAIL_ADDRESS"), "\n")
        att = R.sample(staff, R.randrange(2, 5))
        for a in att:
            d(f"ATTENDEE;ROLE={R.choice(['REQ-PARTICIPANT', 'OPT-PARTICIPANT'])};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=",
              L(a.name if R.random() < 0.8 else a.en, "PERSON_NAME"), ":mailto:", L(a.email, "EMAIL_ADDRESS"), "\n")
        k = i % 4
        if k == 3:
            c = Person()
            ad = home_addr()
            la, ln = coord()
            d(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=", L(c.name, "PERSON_NAME"), ":mailto:",
              L(c.pemail, "EMAIL_ADDRESS"), "\n")
            d("SUMMARY:上门家访-故障复测\n", "LOCATION:", L(ad, "STREET_ADDRESS"), "\n",
              "GEO:", L(f"{la};{ln}", "LOCATION_COORDINATES"), "\n",
              "DESCRIPTION:客户 ", L(c.name, "PERSON_NAME"), " 联系电话 ", L(fmt_mobile(c.mobile), "PHONE_NUMBER"),
              f"\\n光猫 SN ZTEG{hexs(8, True)}\\n工单号 GZ{digits(12)}\n")
        elif k == 1:
            mid = f"{R.randrange(100, 999)}-{R.randrange(100, 999)}-{R.randrange(100, 999)}"
            d(f"SUMMARY:{R.choice(['周例会', '项目启动会', '需求评审'])}（线上）\n",
              "LOCATION:腾讯会议\n",
              f"DESCRIPTION:#腾讯会议：{mid}\\n会议密码：", L(digits(4), "CREDENTIAL"),
              f"\\n入会链接：https://meeting.tencent.com/dm/{b64s(9).replace('/', 'a').replace('+', 'b')}\\n",
              "手机一键拨号入会\\n+8675536550000,,", mid.replace("-", ""), "# (中国大陆)\n")
        elif k == 2:
            v = Person()
            d(f"SUMMARY:客户拜访 - {R.choice(COMPANIES).short}\n",
              f"LOCATION:{co.addr} {R.choice(['3F 会议室A', '7F 洽谈室'])}\n",
              "DESCRIPTION:来访人 ", L(v.name, "PERSON_NAME"), "\\, 手机 ", L(fmt_mobile(v.mobile, "plain"), "PHONE_NUMBER"),
              "\\, 车牌 ", L(plate(), "CHINA_LICENSE_PLATE"), "（需登记访客车位）\n")
        else:
            d(f"SUMMARY:{R.choice(['季度复盘', '1:1 沟通', '容量规划评审', '安全整改跟进'])}\n",
              f"LOCATION:{R.choice(['7号楼 5F 会议室 金星', '7号楼 3F 会议室 火星', '东区 B1 培训教室'])}\n",
              "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=会议室-{0}:mailto:room-{0}@{1}\n".format(R.randrange(301, 520), co.domain),
              f"DESCRIPTION:议程见共享文档 v{R.randrange(1, 5)}.{R.randrange(0, 9)}\\n预算编号 YS-2024-{digits(4)}\n")
        d(f"UID:040000008200E00074C5B7101A82E008000000{hexs(32, True)}\n",
          f"DTSTAMP:20240315T{R.randrange(0, 24):02d}{R.randrange(0, 60):02d}00Z\n",
          f"DTSTART;TZID=China Standard Time:{start:%Y%m%dT%H%M%S}\nDTEND;TZID=China Standard Time:{end:%Y%m%dT%H%M%S}\n",
          "SEQUENCE:0\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\nBEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\n")
    d("END:VCALENDAR\n")
    return d


# --------------------------------------------------------------------------
# 13. mailing list digest
# --------------------------------------------------------------------------


def gen_digest():
    d = Doc("opsdev_digest_vol42.txt")
    lst = "opsdev-cn@lists.zlht.com.cn"
    d(f"Send opsdev-cn mailing list submissions to\n\t{lst}\n\n",
      "To subscribe or unsubscribe via the World Wide Web, visit\n\thttps://lists.zlht.com.cn/mailman/listinfo/opsdev-cn\n",
      "or, via email, send a message with subject or body 'help' to\n\topsdev-cn-request@lists.zlht.com.cn\n\n",
      "You can reach the person managing the list at\n\topsdev-cn-owner@lists.zlht.com.cn\n\n",
      "When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of opsdev-cn digest...\"\n\n\n",
      "Today's Topics:\n\n")
    posts = []
    for i in range(12):
        p = Person(R.choice(COMPANIES)) if R.random() < 0.6 else Person()
        posts.append(p)
    topics = ["Postfix 升级 3.8 后 SASL 认证失败", "DHCP 租约异常，同一 MAC 拿到两个 IP", "Re: 短信通道回执延迟",
              "求助：dovecot 配额插件报错", "Re: DHCP 租约异常，同一 MAC 拿到两个 IP", "SPF/DKIM 配置检查清单",
              "Re: Postfix 升级 3.8 后 SASL 认证失败", "IPv6 双栈下 MX 记录", "招聘：运维工程师（深圳）",
              "Re: 求助：dovecot 配额插件报错", "Rspamd 误判 Coremail 发信", "会议通知：下周线下交流"]
    for i, p in enumerate(posts):
        d(f"   {i + 1}. {topics[i]} (", L(p.name if R.random() < 0.6 else p.en, "PERSON_NAME"), ")\n")
    d("\n\n", "-" * 70, "\n\n")
    t = datetime(2024, 3, 14, 9, 0)
    for i, p in enumerate(posts):
        t += timedelta(minutes=R.randrange(10, 200))
        em = p.email
        d(f"Message: {i + 1}\nDate: {rfc2822(t.replace(tzinfo=CST))}\nFrom: ", L(em, "EMAIL_ADDRESS"), " (",
          L(p.name, "PERSON_NAME"), f")\nTo: {lst}\nSubject: [opsdev-cn] {topics[i]}\n",
          f"Message-ID:\n\t<CA+{b64s(30).replace('/', '_')}@mail.gmail.com>\nContent-Type: text/plain; charset=\"utf-8\"\n\n")
        k = i % 4
        if k == 0:
            ip = ip_pub()
            d("升级后日志里一直报：\n\n", f"  Mar 14 08:12:{R.randrange(10, 59)} mx1 postfix/smtpd[2231]: warning: unknown[",
              L(ip, "IP_ADDRESS"), "]: SASL PLAIN authentication failed: \n",
              f"  Mar 14 08:12:{R.randrange(10, 59)} mx1 postfix/smtpd[2231]: lost connection after AUTH from unknown[",
              L(ip, "IP_ADDRESS"), "]\n\n", "cyrus-sasl 版本 2.1.28，postfix 3.8.4。有人遇到过吗？\n")
        elif k == 1:
            m = mac(":", False)
            d("dhcpd.log 片段：\n\n", "  DHCPACK on ", L(ip_priv(), "IP_ADDRESS"), " to ", L(m, "MAC_ADDRESS"),
              f" (android-{hexs(16)}) via eth1\n", "  DHCPACK on ", L(ip_priv(), "IP_ADDRESS"), " to ", L(m, "MAC_ADDRESS"),
              f" (android-{hexs(16)}) via eth1\n\n", "ISC dhcpd 4.4.3-P1，failover 模式。\n")
        elif k == 2:
            d("我们这边同样的问题，CMPP 网关回执平均延迟 40s。测试号码 ", L(fmt_mobile(mobile()), "PHONE_NUMBER"),
              f"，msg_id {R.randrange(10**18, 10**19)}。\n")
        else:
            d("欢迎有兴趣的同学联系我，简历发 ", L(p.pemail, "EMAIL_ADDRESS"), "，或者直接电话/微信 ",
              L(fmt_mobile(p.mobile), "PHONE_NUMBER"), "。\n")
        if p.company and R.random() < 0.6:
            d(sig(p, R.choice([1, 3])))
        d("\n> -----Original Message-----\n> From: opsdev-cn-bounces@lists.zlht.com.cn\n> Sent: ", t.strftime("%Y-%m-%d"), "\n\n")
        d("-" * 70, "\n\n")
    d("Subject: Digest Footer\n\n_______________________________________________\nopsdev-cn mailing list\n", lst,
      "\nhttps://lists.zlht.com.cn/mailman/listinfo/opsdev-cn\n\n\n------------------------------\n\nEnd of opsdev-cn Digest, Vol 42, Issue 7\n")
    return d


# --------------------------------------------------------------------------
# 14. bounces and auto-replies
# --------------------------------------------------------------------------


def gen_bounces():
    d = Doc("bounces_and_autoreplies.mbox")
    co = COMPANIES[0]
    t = datetime(2024, 3, 11, 9, 0, tzinfo=CST)
    for i in range(16):
        t += timedelta(minutes=R.randrange(5, 400))
        sender = Person(co)
        if i % 2 == 0:
            rc = Person()
            bnd = f"{qid()}.{int(t.timestamp())}/mail01.{co.domain}"
            q = qid()
            rip = R.choice(["183.3.224.", "220.181.12.", "123.126.97."]) + str(R.randrange(2, 250))
            code = R.choice([("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table"),
                             ("5.2.2", "552 5.2.2 <{r}>: Mailbox full"),
                             ("4.4.1", "451 4.4.1 connect to mx.{dom}: Connection timed out")])
            dom = rc.email.split("@")[1]
            diag = code[1].split("{r}")
            d(f"From MAILER-DAEMON {ctime(t)}\nReturn-Path: <>\nReceived: by mail01.{co.domain} (Postfix)\n\tid {q}; {rfc2822(t)} (CST)\n",
              f"Date: {rfc2822(t)} (CST)\nFrom: MAILER-DAEMON@mail01.{co.domain} (Mail Delivery System)\n",
              "Subject: Undelivered Mail Returned to Sender\nTo: ", L(sender.email, "EMAIL_ADDRESS"), "\n",
              "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n",
              f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"\n',
              f"Message-Id: <{t:%Y%m%d%H%M%S}.{q}@mail01.{co.domain}>\n\n",
              "This is a MIME-encapsulated message.\n\n", f"--{bnd}\nContent-Description: Notification\n",
              "Content-Type: text/plain; charset=us-ascii\n\n",
              f"This is the mail system at host mail01.{co.domain}.\n\nI'm sorry to have to inform you that your message could not\n",
              "be delivered to one or more recipients. It's attached below.\n\n",
              "For further assistance, please send mail to postmaster.\n\n",
              "                   The mail system\n\n<", L(rc.email, "EMAIL_ADDRESS"), f">: host mx.{dom}[", L(rip, "IP_ADDRESS"), "] said:\n    ",
              diag[0].replace("{dom}", dom))
            if len(diag) > 1:
                d(L(rc.email, "EMAIL_ADDRESS"), diag[1])
            d(" (in reply to RCPT TO command)\n\n",
              f"--{bnd}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n",
              f"Reporting-MTA: dns; mail01.{co.domain}\nX-Postfix-Queue-ID: {q}\nX-Postfix-Sender: rfc822; ",
              L(sender.email, "EMAIL_ADDRESS"), f"\nArrival-Date: {rfc2822(t - timedelta(seconds=4))} (CST)\n\n",
              "Final-Recipient: rfc822; ", L(rc.email, "EMAIL_ADDRESS"), "\nOriginal-Recipient: rfc822;", L(rc.email, "EMAIL_ADDRESS"),
              f"\nAction: failed\nStatus: {code[0]}\nRemote-MTA: dns; mx.{dom}\nDiagnostic-Code: smtp; ")
            d(diag[0].replace("{dom}", dom))
            if len(diag) > 1:
                d(L(rc.email, "EMAIL_ADDRESS"), diag[1])
            d(f"\n\n--{bnd}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n",
              "Return-Path: <", L(sender.email, "EMAIL_ADDRESS"), ">\n",
              f"Received: from [", L(ip_priv(), "IP_ADDRESS"), "] (unknown [", L(ip_pub(), "IP_ADDRESS"), "])\n",
              f"\t(Authenticated sender: ", L(sender.email, "EMAIL_ADDRESS"), f")\n\tby mail01.{co.domain} (Postfix) with ESMTPSA id {q};\n\t{rfc2822(t - timedelta(seconds=4))} (CST)\n",
              "From: ", addr_hdr(sender), "\nTo: ", addr_hdr(rc, R.choice(["quoted", "bare"])), "\n",
              f"Subject: {R.choice(['合同盖章版', '报价单', '面试邀请', '发票'])}\nMessage-ID: <{hexs(20)}@{co.domain}>\n\n--{bnd}--\n\n")
        else:
            away = Person(co)
            dep = Person(co)
            ret = t + timedelta(days=R.randrange(2, 10))
            d("From ", L(away.email, "EMAIL_ADDRESS"), f" {ctime(t)}\nReturn-Path: <>\n",
              f"Received: from mail01.{co.domain} (localhost [127.0.0.1])\n\tby mail01.{co.domain} (Postfix) with ESMTP id {qid()};\n\t{rfc2822(t)}\n",
              "From: ", addr_hdr(away, "quoted"), "\nTo: ", addr_hdr(sender, "quoted"), "\n",
              f"Subject: 自动回复: {R.choice(['周报', '采购申请', '关于系统割接'])}\nAuto-Submitted: auto-replied (vacation)\n",
              "Precedence: bulk\nX-Autoreply: yes\n", f"Date: {rfc2822(t)}\nMessage-ID: <{hexs(16)}.{digits(6)}@mail01.{co.domain}>\n",
              "Content-Type: text/plain; charset=UTF-8\n\n")
            if R.random() < 0.5:
                d(f"您好，我于 {t:%m月%d日} 至 {ret:%m月%d日} 休假，期间邮件回复可能延迟。\n紧急事宜请联系 ",
                  L(dep.name, "PERSON_NAME"), "（手机 ", L(fmt_mobile(dep.mobile), "PHONE_NUMBER"), "，邮箱 ",
                  L(dep.email, "EMAIL_ADDRESS"), "）。\n\n", L(away.name, "PERSON_NAME"), "\n\n")
            else:
                d(f"I am out of office until {ret:%b %d} with limited access to email.\nFor urgent matters please contact ",
                  L(dep.en, "PERSON_NAME"), " at ", L(dep.email, "EMAIL_ADDRESS"), " or ", L(fmt_mobile(dep.mobile, "+86sp"), "PHONE_NUMBER"),
                  f".\nIT issues: {co.hotline}\n\n", L(away.en, "PERSON_NAME"), "\n\n")
    return d


# --------------------------------------------------------------------------
# 15. helpdesk ticket JSON
# --------------------------------------------------------------------------


def gen_ticket():
    d = Doc("helpdesk_ticket_TK20240318-0457.json")
    co = COMPANIES[1]
    cust = Person()
    agents = [Person(co) for _ in range(3)]
    idn = rid(cust.dob)
    addr = home_addr()
    ak_id = "LTAI5t" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(18))
    ak_sec = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(30))
    new_iccid, old_iccid = iccid("898600"), iccid("898600")
    im = imsi("00")
    t = datetime(2024, 3, 18, 9, 2, 11)

    def ts(mins):
        return (t + timedelta(minutes=mins)).strftime("%Y-%m-%dT%H:%M:%S+08:00")

    ag = agents
    thread = [
        {"id": 1, "author_type": "customer", "author": (cust.name, "PERSON_NAME"), "channel": "email",
         "from": (cust.pemail, "EMAIL_ADDRESS"), "created_at": ts(0),
         "body": Seg(["你好，我是贵司短信平台的客户", L(cust.name, "PERSON_NAME"), "（账号 ", f"lhy_{digits(7)}",
                      "）。昨天开始接口一直返回 isv.INVALID_SIGNATURE，我把配置贴一下：\n",
                      "accessKeyId=", ak_id, "\naccessKeySecret=", L(ak_sec, "CREDENTIAL"),
                      "\nendpoint=dysmsapi.lanhaiyun.cn\n麻烦尽快看下，联系我 ", L(fmt_mobile(cust.mobile), "PHONE_NUMBER")])},
        {"id": 2, "author_type": "agent", "author": (ag[0].name, "PERSON_NAME"), "channel": "email",
         "from": "support@lanhaiyun.cn", "created_at": ts(37),
         "body": Seg([L(cust.name, "PERSON_NAME"), "您好，为了您的账号安全，请勿在工单中明文提供 AccessKey Secret。",
                      "我们已临时禁用该密钥，请在控制台重新生成。签名错误是因为 SignatureNonce 重复，请检查 SDK 版本（当前 2.0.24，建议升级至 2.0.31）。\n",
                      L(ag[0].name, "PERSON_NAME"), " | 蓝海云技术支持 | 400-868-2210"])},
        {"id": 3, "author_type": "customer", "author": (cust.name, "PERSON_NAME"), "channel": "web", "created_at": ts(122),
         "body": Seg(["好的。另外我个人手机号的SIM卡坏了想补卡，你们能一起办吗？身份证号 ", L(idn, "CHINA_RESIDENT_ID_NUMBER"),
                      "，出生 ", L(fmt_dob(cust.dob, "cn"), "DATE_OF_BIRTH"), "，新卡寄到 ", L(addr, "STREET_ADDRESS")]),
         "attachments": [{"name": "id_front.jpg", "size": 284113, "sha256": hexs(64)},
                         {"name": "id_back.jpg", "size": 251907, "sha256": hexs(64)}]},
        {"id": 4, "author_type": "agent", "author": (ag[1].name, "PERSON_NAME"), "channel": "internal_note",
         "created_at": ts(180), "internal": True,
         "body": Seg(["已转运营商补卡通道。原卡 ICCID ", L(old_iccid, "ICCID_NUMBER"), "，IMSI ", L(im, "IMSI_ID"),
                      "；新卡 ICCID ", L(new_iccid, "ICCID_NUMBER"), "。用户终端 IMEI ", L(imei(), "IMEI_HARDWARE_ID"),
                      "（双卡，副卡槽 IMEI ", L(imei(), "IMEI_HARDWARE_ID"), "）。登录 IP ", L(ip_pub(), "IP_ADDRESS"),
                      "，风控评分 12/100。快递单号 XH", digits(12), "，收件人 ", L(cust.name, "PERSON_NAME"), " ",
                      L(fmt_mobile(cust.mobile, "sp344"), "PHONE_NUMBER")])},
        {"id": 5, "author_type": "agent", "author": (ag[2].name, "PERSON_NAME"), "channel": "sms",
         "created_at": ts(240), "to": (fmt_mobile(cust.mobile, "86"), "PHONE_NUMBER"),
         "body": Seg(["【蓝海云】您的补卡申请已受理，新卡将寄至", mask_mobile(cust.mobile), "登记地址，收到后回复1激活。"])},
        {"id": 6, "author_type": "customer", "author": (cust.name, "PERSON_NAME"), "channel": "sms",
         "created_at": ts(2900), "from": (fmt_mobile(cust.mobile, "86"), "PHONE_NUMBER"), "body": "1"},
    ]
    root = {
        "ticket_id": "TK20240318-0457", "subject": "短信接口签名错误 / 个人号码补卡",
        "status": "solved", "priority": "high", "tags": ["sms-api", "sim-replace", "secret-leak"],
        "requester": {"name": (cust.name, "PERSON_NAME"), "email": (cust.pemail, "EMAIL_ADDRESS"),
                      "phone": (fmt_mobile(cust.mobile, "+86"), "PHONE_NUMBER"), "id_number_masked": mask_id(idn),
                      "org": "个人开发者", "org_credit_code": None},
        "assignee": {"name": (ag[0].name, "PERSON_NAME"), "email": (ag[0].email, "EMAIL_ADDRESS"),
                     "ext": str(R.randrange(8000, 8999))},
        "sla": {"first_response_due": ts(60), "resolution_due": ts(60 * 48), "breached": False},
        "created_at": ts(0), "updated_at": ts(2900),
        "client": {"ip": (ip_pub(), "IP_ADDRESS"), "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.95 Safari/537.36",
                   "session": hexs(32)},
        "thread": thread,
        "satisfaction": {"score": 4, "comment": "处理挺快，就是补卡要等两天"},
        "audit": [{"at": ts(37), "by": (ag[0].email, "EMAIL_ADDRESS"), "action": "disable_access_key", "target": ak_id},
                  {"at": ts(180), "by": (ag[1].email, "EMAIL_ADDRESS"), "action": "forward_to_carrier", "target": "CMCC-SIMSWAP-" + digits(8)}],
    }
    d(jdump(root, indent=2), "\n")
    return d


# --------------------------------------------------------------------------

GENERATORS = [gen_mbox, gen_eml, gen_maillog, gen_wechat, gen_dingtalk, gen_feishu, gen_sms_mt,
              gen_sms_mo, gen_tpl_log, gen_fraud, gen_vcf, gen_ics, gen_digest, gen_bounces, gen_ticket]


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    if len(argv) > 1:
        if len(argv) == 3 and argv[1] == "--out":
            out = argv[2]
        else:
            print("usage: make_corpus.py [--out DIR]", file=sys.stderr)
            return 2
    os.makedirs(out, exist_ok=True)
    all_labels = []
    for g in GENERATORS:
        doc = g()
        data, labels = doc.render()
        with open(os.path.join(out, doc.name), "wb") as f:
            f.write(data)
        all_labels.extend(labels)
    # verify
    counts = {}
    for lab in all_labels:
        with open(os.path.join(out, lab["file"]), "rb") as f:
            data = f.read()
        got = data[lab["start"]:lab["end"]].decode("utf-8")
        assert got == lab["_v"], (lab, got)
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in all_labels:
            f.write(json.dumps({k: lab[k] for k in ("file", "start", "end", "type")}, ensure_ascii=False) + "\n")
    for k in sorted(counts):
        print(f"{k:28s} {counts[k]}")
    print("total", len(all_labels))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
