#!/usr/bin/python3
"""Labelled test corpus: a Chinese operator's 5G standalone core and 5G services.

A fictitious provincial branch (Guangdong, PLMN 460-00) runs a 5G SA core (commercial
NFs plus a free5GC / open5gs lab and enterprise private-network slice) and 5G services
(VoNR, 5G消息 / RCS chatbots).  All people, numbers, keys and addresses are invented.

Files
-----
free5gc_console_20240618.log      free5GC run.sh console output (AMF/AUSF/UDM/SMF/UPF):
                                  registration with null-scheme and ECIES SUCIs, PEI, GPSI,
                                  PDU session with UE IP, N2 handover with NR-CGI strings.
open5gs_amf_smf_upf.log           `tail -F` of open5gs amf.log / smf.log / upf.log: SUCI,
                                  SUPI, CellID[0x...], IMEISV, UE IPv4/IPv6, gNB N2 addresses.
sbi_http2_trace_20240618.txt      SBI tracer dump of HTTP/2 requests/responses: Nnrf oauth2
                                  token, Nausf/Nudm UEAU (SUCI, 5G-AKA vectors, Kausf/Kseaf),
                                  Nudm_UECM, Nsmf CreateSMContext (pretty JSON), Npcf
                                  SMPolicyControl, Nsmf PDUSession Create (ueIpv4Address,
                                  ueIpv6Prefix), Namf_Communication UEContextTransfer (Kamf).
kafka_5gc_event_exposure.txt      kafka-console-consumer output of AMF/SMF event-exposure
                                  notifications (key = SUPI): NR / E-UTRA locations, UE IPs.
ngap_nas5gs_tshark.txt            tshark -V text export of NGAP / NAS-5GS: Registration
                                  request (ECIES SUCI), Security mode complete (IMEISV),
                                  Service request (5G-S-TMSI), HandoverRequired;
                                  nRCellIdentity bit strings.
nwdaf_analytics_export_20240618.csv NWDAF export: UE_MOBILITY / UE_COMM / ABNORMAL_BEHAVIOUR
                                  rows per UE, SERVICE_EXPERIENCE aggregates (no PI).
chf_cdr_export_20240618.jsonl     CHF converged-charging CDRs (chargingFunctionRecord).
lmf_positioning_20240618.log      LMF positioning log: NR E-CID / DL-TDOA / A-GNSS results,
                                  lat/lon fields, "lat,lon" pairs, LocationData JSON.
nrf_nf_profiles_20240618.json     NRF NF-profile registrations (AMF, SMF, UPF, AUSF):
                                  infrastructure only, NOTHING in this file is labelled.
udm_prov_20240618.log             UDM/UDR provisioning gateway log: MML (ADD KI, ADD TPLSUB,
                                  MOD NRSUB) and REST provisioning with K / OPc, ICCID.
open5gs_subscribers.json          mongoexport of the open5gs `subscribers` collection.
vonr_sip_trace_20240618.log       VoNR IMS SIP (REGISTER / INVITE / 180 / BYE) at the P-CSCF.
rcs_5gmsg_maap_20240618.log       5G消息 MaaP / chatbot platform message log, Chinese user text.
complaint_tickets_5g_202406.txt   Chinese customer-complaint tickets on 5G coverage / billing.

Every identifier is valid by construction: resident IDs carry a real GB/T 2260 region code,
a valid birth date and the GB 11643 MOD 11-2 check character; IMEIs (real TAC prefixes 35 / 86)
and bank cards (real BINs) pass Luhn; IMSIs are 460 + an allocated MNC + 10 digits; mobiles
use allocated prefixes only; ICCIDs are 20 digits starting 8986 with a Luhn check digit.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start / end are UTF-8 byte
offsets into the file, end exclusive.  Offsets are recorded while each file is written and
re-checked against the written bytes at the end.

Label conventions
-----------------
* SUPI "imsi-460001234567890": only the 15 digits, IMSI_ID (also inside URL paths, Kafka keys
  and "[imsi-...:1:11]" open5gs tags).  An IMSI inside an IMS private identity
  (460001234567890@ims.mnc000...) is labelled without the domain.
* GPSI "msisdn-8613812345678": only the digits (with the 86), PHONE_NUMBER.
* PEI "imeisv-3520990017614823" / "imei-352099001761481": only the digits, IMEI_HARDWARE_ID
  (an IMEISV's 16 digits labelled whole).  An IMEI in a SIP +sip.instance URN
  ("urn:gsma:imei:35209900-176148-0", TAC-SNR-spare) is labelled from the TAC to the spare
  digit, as written.
* SUCI with the null protection scheme (scheme id 0), e.g. "suci-0-460-00-0000-0-0-0123456789",
  carries the MSIN in clear: the whole suci-... string is IMSI_ID.  SUCIs protected with ECIES
  (scheme 1 / 2, hex scheme output), and tshark's ECIES scheme-output lines, are NOT labelled.
* CELL_ID: an NR cell id value (nrCellId, nci, CellID[0x...], nRCellIdentity bit string as
  tshark prints it, incl. "0x"; 9 hex digits or the decimal form), an E-UTRA eutraCellId / eci,
  or a whole NCGI / ECGI / CGI string written as one value ("460-00-6a1b2c001",
  "460-00-6953772-1", utran-cell-id-3gpp=... in SIP).  TAC alone, PLMN ids, gNB ids,
  AMF region / set / pointer, GUAMI, S-NSSAI, DNN, PCI, ARFCN are NOT labelled.
* IP_ADDRESS: the subscriber's (UE's) address only: ueIpv4Address, UE IPv6 prefixes (labelled
  as written without the prefix length, e.g. "2409:8a5c:3e41:7b20::" of ".../64"), full UE
  IPv6 addresses, the UE's IP in logs, SIP Contact / Via / SDP of the UE, static UE addresses
  in subscriber profiles.  NF addresses (NRF/AMF/SMF/UPF SBI, N2/N3/N4, gNB, P-CSCF, Kafka,
  NF-profile ipv4Addresses) and IP pools are NOT labelled.
* LOCATION_COORDINATES: a UE's position; "lat,lon" in one value = one label, separate latitude /
  longitude fields (lat=, lon=, JSON "lat" / "lon" numbers) = one label each.
* CREDENTIAL: the secret value only, never the key name: K / Ki (also transport-encrypted
  KIVALUE), OPc, Kausf, Kseaf, Kamf (keyAmf.keyVal), OAuth2 / JWT bearer tokens, chatbot access
  tokens, customer service passwords (服务密码).  RAND, AUTN, (H)XRES*, RES*, the Milenage AMF
  field (8000), SQN and masked keys (****) are NOT labelled.
* PERSON_NAME: subscribers, customers and their contacts only; staff handles (gz_wy_0471),
  surname + title (陈工, 李经理), chatbot and company names are NOT labelled.
* STREET_ADDRESS: a person's (home / installation / mailing) address whole, from the first place
  name to the room / house number.  Base-station site addresses, business halls (营业厅) and
  company addresses are NOT labelled.
* PHONE_NUMBER: as written (+86 / 86 prefixes, spaces, dashes included); inside sip: / tel:
  URIs only the number (with its +86).  Landlines with area code.  Service numbers (10086,
  10010, 10000, 12345), chatbot service ids (12520...), masked numbers (138****1234) are NOT.
* DATE_OF_BIRTH only with birth context (出生日期 / 生日 / birth); other dates are not labelled.
* CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT, HK_MACAU_TRAVEL_PERMIT, EMAIL_ADDRESS, ICCID_NUMBER,
  MEID, MAC_ADDRESS (a subscriber CPE / UE MAC), BANK_CARD_NUMBER (as written, spaces included),
  CHINA_LICENSE_PLATE: the value as written.
* NOT labelled (negatives): 5G-GUTI, 5G-TMSI / 5G-S-TMSI, GUAMI, AMF ids, NF instance ids,
  UUIDs, smContextRef, PDU session ids, charging ids, SEIDs, TEIDs, NGAP ids, RAN UE ids,
  supiRanges / gpsiRanges in NF profiles, NAS-PDU hex, RAND / AUTN, Call-IDs, branch / tag
  values, timestamps (incl. epoch milliseconds), counters, volumes, hashes, masked values,
  service numbers, order / ticket / message ids, TAC, PLMN, S-NSSAI.

Usage: make_corpus.py [--out DIR]   (default: the script's own directory)
"""

import argparse
import base64
import datetime as dt
import ipaddress
import json
import os
import random
import re
import sys

SEED = 202406185
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
    (labelled) and (value, None) tuples (deliberate look-alike negatives)."""

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


def NEG(v):
    return (v, None)


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


def jemit(doc, o, indent=None, lvl=0, compact=True):
    ksep = ":" if compact else ": "
    if isinstance(o, tuple):
        o = Sv(o)
    if isinstance(o, Sv):
        doc.w('"')
        for p in o.parts:
            if isinstance(p, tuple):
                assert jesc(p[0]) == p[0], p
                doc.w(p)
            else:
                doc.w(jesc(p))
        doc.w('"')
    elif isinstance(o, Nv):
        doc.w((o.text, o.typ))
    elif isinstance(o, dict) or isinstance(o, list):
        items = list(o.items()) if isinstance(o, dict) else list(enumerate(o))
        op, cl = ("{", "}") if isinstance(o, dict) else ("[", "]")
        if not items:
            doc.w(op + cl)
            return
        if indent is not None and all(isinstance(v, (str, int, float, bool, type(None)))
                                      for _, v in items) and len(json.dumps(o)) < 48:
            indent = None          # short leaf object / array: one line, as jq-style pretty printers do
        isep = "," if (compact or indent is not None) else ", "
        doc.w(op)
        for i, (k, v) in enumerate(items):
            if i:
                doc.w(isep)
            if indent is not None:
                doc.w("\n" + " " * (indent * (lvl + 1)))
            if isinstance(o, dict):
                doc.w(json.dumps(k, ensure_ascii=False) + ksep)
            jemit(doc, v, indent, lvl + 1, compact)
        if indent is not None:
            doc.w("\n" + " " * (indent * lvl))
        doc.w(cl)
    else:
        doc.w(json.dumps(o, ensure_ascii=False))


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


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


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
    return luhn_digit(s[:-1]) == s[-1]


# allocated CN mobile prefixes (a subset of 130-139, 145-149, 150-153, 155-159, 166, 170-178,
# 180-189, 191, 193, 195-199)
MOBILE_PFX = {
    "CMCC": ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158",
             "159", "172", "178", "182", "183", "184", "187", "188", "195", "197", "198"],
    "CU": ["130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196"],
    "CT": ["133", "149", "153", "173", "177", "180", "181", "189", "191", "193", "199"],
}
ALLOCATED = set(["13%d" % i for i in range(10)] + ["145", "146", "147", "148", "149", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166"] +
                ["17%d" % i for i in range(9)] + ["18%d" % i for i in range(10)] +
                ["191", "193", "195", "196", "197", "198", "199"])
IMSI_MNC = {"CMCC": ["00", "02", "07", "08"], "CU": ["01", "06", "09"], "CT": ["03", "05", "11"],
            "CBN": ["15"], "TT": ["20"]}
ALL_MNC = {"00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "15", "20"}
ICCID_PFX = {"CMCC": ["898600", "898602", "898607"], "CU": ["898601", "898606"],
             "CT": ["898603", "898611"], "CBN": ["898615"]}


def is_mobile(s):
    return len(s) == 11 and s.isdigit() and s[:3] in ALLOCATED


def gen_mobile(op="CMCC"):
    return uniq(lambda: R.choice(MOBILE_PFX[op]) + digits(8))


def fmt_mob(m, style):
    return {"plain": m, "86": "86" + m, "+86": "+86" + m,
            "+86sp": "+86 %s %s %s" % (m[:3], m[3:7], m[7:]),
            "sp": "%s %s %s" % (m[:3], m[3:7], m[7:]),
            "dash": "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
            "+86dash": "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:])}[style]


def mask(m):
    return m[:3] + "****" + m[7:]


def gen_imsi(op="CMCC", mnc=None):
    mnc = mnc or R.choice(IMSI_MNC[op])
    return uniq(lambda: "460" + mnc + digits(10))


# real TAC ranges: 35xxxxxx (BABT-allocated), 86xxxxxx (TAF / China-allocated)
TACS = ["35209900", "35391110", "35467211", "35290611", "86891204", "86753203", "86936504",
        "86446205", "86769704", "86401806", "86813705", "86264305", "86057206", "86982505"]


def gen_imei():
    def f():
        body = R.choice(TACS) + digits(6)
        return body + luhn_digit(body)
    return uniq(f)


def gen_meid():
    return uniq(lambda: R.choice(["A0000049", "A1000031", "A100004F", "A000005A"]) +
                hexs(6, upper=True))


def gen_iccid(op="CMCC"):
    def f():
        body = R.choice(ICCID_PFX[op]) + digits(13)
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
# real GB/T 2260 codes
RIC_REGIONS = ["440106", "440104", "440105", "440111", "440303", "440304", "440305", "440306",
               "440307", "441900", "440604", "441302", "445202", "440511", "430104", "450103",
               "360102", "420111", "510107", "350203", "110105", "310115", "500103", "340104"]


def ric_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, RIC_W)) % 11]


def ric_ok(s):
    if len(s) != 18 or ric_check(s[:17]) != s[17].upper() or s[:6] not in RIC_REGIONS:
        return False
    try:
        dt.datetime.strptime(s[6:14], "%Y%m%d")
    except ValueError:
        return False
    return True


def gen_ric(dob, sex):
    def f():
        seq = R.randint(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            seq += 1
        body = R.choice(RIC_REGIONS) + dob.strftime("%Y%m%d") + "%03d" % seq
        return body + ric_check(body)
    return uniq(f)


def gen_passport():
    return uniq(lambda: R.choice(["E" + digits(8), "E" + R.choice("ABCDEFGHJKLMNPQRS") +
                                  digits(7)]))


def gen_permit():
    return uniq(lambda: "C" + str(R.randint(1, 9)) + digits(7))


def gen_plate():
    def f():
        p = "粤" + R.choice("ABES")
        if R.random() < 0.5:
            return p + R.choice("DF") + R.choice("ABCDEFGHJK0123456789") + digits(4)
        return p + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + \
            digits(3)
    return uniq(f)


def gen_mac(sep=":"):
    oui = R.choice(["3C:9D:56", "48:FD:8E", "5C:C3:07", "A4:1B:34", "E0:0E:E4", "8C:EC:7B"])
    return uniq(lambda: (oui + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3)))
                .replace(":", sep))


def gen_ue_ipv4():
    return uniq(lambda: R.choice(["10.60", "10.61", "10.62", "100.86", "100.112"]) + ".%d.%d" % (
        R.randint(0, 255), R.randint(2, 254)))


def gen_v6_prefix():
    return uniq(lambda: "2409:8%03x:%x:%x" % (R.randint(0x900, 0xa7f), R.randint(0x1000, 0xffff),
                                              R.randint(0x1000, 0xffff)))


def v6_iid():
    return ":".join("%x" % R.randint(0x1000, 0xffff) for _ in range(4))


def gen_gnb():
    return uniq(lambda: R.randint(0x500000, 0xEFFFFF))


def nci_of(gnb, cell):
    return (gnb << 12) | cell


def gen_tac():
    return "%06x" % R.randint(0x00a100, 0x00a3ff)


def gen_eci():
    return uniq(lambda: (R.randint(0x80000, 0xFFFFF) << 8) | R.randint(1, 6))


def gen_key():
    return hexs(32, upper=True)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def gen_jwt(iss, sub, aud, scope, exp):
    h = b64u(json.dumps({"alg": "ES256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"iss": iss, "sub": sub, "aud": aud, "scope": scope, "exp": exp},
                        separators=(",", ":")).encode())
    s = b64u(bytes(R.randint(0, 255) for _ in range(64)))
    return "%s.%s.%s" % (h, p, s)


def ecies_suci(mnc="00", profile=None):
    """ECIES-protected SUCI (not labelled)."""
    profile = profile or R.choice([1, 2])
    if profile == 1:
        pub = hexs(64)
    else:
        pub = R.choice(["02", "03"]) + hexs(64)
    return "suci-0-460-%s-0000-%d-%d-%s%s%s" % (mnc, profile, R.randint(1, 9), pub, hexs(10),
                                               hexs(16))


def null_suci(imsi):
    return "suci-0-460-%s-0000-0-0-%s" % (imsi[3:5], imsi[5:])


# --------------------------------------------------------------------------- people / places

SURN = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
        ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
        ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
        ("何", "he"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"),
        ("谢", "xie"), ("邓", "deng"), ("冯", "feng"), ("曾", "zeng"), ("彭", "peng"),
        ("肖", "xiao"), ("蔡", "cai"), ("潘", "pan"), ("钟", "zhong"), ("欧阳", "ouyang"),
        ("司徒", "situ"), ("麦", "mai"), ("卢", "lu"), ("区", "ou")]
GIVEN_M = [("伟", "wei"), ("强", "qiang"), ("志明", "zhiming"), ("建华", "jianhua"),
           ("俊杰", "junjie"), ("国栋", "guodong"), ("家豪", "jiahao"), ("浩然", "haoran"),
           ("子轩", "zixuan"), ("振宇", "zhenyu"), ("文斌", "wenbin"), ("永康", "yongkang"),
           ("锦荣", "jinrong"), ("嘉伟", "jiawei"), ("耀祖", "yaozu"), ("炳坤", "bingkun")]
GIVEN_F = [("丽华", "lihua"), ("秀英", "xiuying"), ("静", "jing"), ("敏", "min"),
           ("晓燕", "xiaoyan"), ("婷婷", "tingting"), ("雅琪", "yaqi"), ("欣怡", "xinyi"),
           ("美玲", "meiling"), ("慧敏", "huimin"), ("嘉欣", "jiaxin"), ("诗涵", "shihan"),
           ("佩珊", "peishan"), ("淑芬", "shufen"), ("少娟", "shaojuan"), ("凤仪", "fengyi")]
GD = [("广州市", "天河区", ["天河北路", "体育东路", "林和中路", "黄埔大道西", "龙口西路"]),
      ("广州市", "越秀区", ["东风中路", "环市东路", "农林下路", "解放北路"]),
      ("广州市", "海珠区", ["江南大道中", "新港西路", "工业大道北", "宝岗大道"]),
      ("广州市", "白云区", ["白云大道北", "机场路", "云城西路"]),
      ("深圳市", "福田区", ["深南中路", "福华三路", "景田路", "莲花路"]),
      ("深圳市", "南山区", ["南海大道", "科苑路", "桃园路", "沙河西路"]),
      ("深圳市", "宝安区", ["新安六路", "宝民一路", "西乡大道"]),
      ("深圳市", "龙岗区", ["龙岗大道", "布吉路", "坂雪岗大道"]),
      ("佛山市", "禅城区", ["季华五路", "汾江中路", "岭南大道北"])]
COMMS = ["翠竹苑", "荔景花园", "天悦华庭", "金沙湾畔", "锦绣江南", "碧桂苑", "南国花园", "怡康家园",
         "御景湾", "丰泽园", "海怡半岛", "紫荆雅苑", "华润城润府", "星河丽景", "康乐新村"]
CENTER = {"天河区": (23.1351, 113.3265), "越秀区": (23.1290, 113.2668), "海珠区": (23.0838, 113.3172),
          "白云区": (23.1573, 113.2730), "福田区": (22.5431, 114.0579), "南山区": (22.5333, 113.9305),
          "宝安区": (22.5552, 113.8836), "龙岗区": (22.7207, 114.2460), "禅城区": (23.0094, 113.1228)}


def gen_addr(with_prov=None):
    city, dist, roads = R.choice(GD)
    prov = "广东省" if (with_prov if with_prov is not None else R.random() < 0.5) else ""
    road = R.choice(roads)
    num = R.randint(3, 899)
    comm = R.choice(COMMS)
    b = R.randint(1, 28)
    style = R.random()
    if style < 0.35:
        tail = "%d栋%d单元%d%02d室" % (b, R.randint(1, 4), R.randint(2, 32), R.randint(1, 8))
    elif style < 0.65:
        tail = "%s座%d%02d房" % (R.choice("ABCDE"), R.randint(2, 40), R.randint(1, 12))
    else:
        tail = "%d幢%d%02d" % (b, R.randint(2, 30), R.randint(1, 6)) + "室"
    return prov + city + dist + road + "%d号" % num + comm + tail, dist


def coord_near(dist, spread=0.03):
    lat, lon = CENTER[dist]
    return ("%.6f" % (lat + R.uniform(-spread, spread)), "%.6f" % (lon + R.uniform(-spread, spread)))


class Sub:
    pass


def make_sub(op="CMCC", imsi_op=None):
    s = Sub()
    s.sex = R.choice("MF")
    sur = R.choice(SURN)
    giv = R.choice(GIVEN_M if s.sex == "M" else GIVEN_F)
    s.name = sur[0] + giv[0]
    s.sur = sur[0]
    s.py = (sur[1], giv[1])
    s.dob = dt.date(1958, 1, 1) + dt.timedelta(days=R.randint(0, 17000))
    s.ric = gen_ric(s.dob, s.sex)
    s.addr, s.dist = gen_addr()
    s.msisdn = gen_mobile(op)
    s.imsi = gen_imsi(imsi_op or op if (imsi_op or op) in IMSI_MNC else "CMCC")
    s.imei = gen_imei()
    s.imeisv = s.imei[:14] + R.choice(["01", "02", "03", "05", "11", "12", "21", "34"])
    s.iccid = gen_iccid(op if op in ICCID_PFX else "CMCC")
    s.email = uniq(lambda: R.choice(["%s%s", "%s.%s", "%s_%s%d"]).replace("%d", str(
        R.randint(1, 99))) % s.py + "@" + R.choice(["163.com", "qq.com", "139.com", "126.com",
                                                     "foxmail.com", "sina.com"]))
    s.ipv4 = gen_ue_ipv4()
    s.v6 = gen_v6_prefix()
    s.gnb = gen_gnb()
    s.cell = R.randint(1, 6)
    s.nci = nci_of(s.gnb, s.cell)
    s.tac = gen_tac()
    s.k = gen_key()
    s.opc = gen_key()
    s.lat, s.lon = coord_near(s.dist)
    return s


def nci_hex(s):
    return "%09x" % s.nci


# network element addresses (NOT labelled)
NF = {"NRF": "10.190.0.10", "AMF": "10.190.1.11", "AMF2": "10.190.1.12", "AUSF": "10.190.2.21",
      "UDM": "10.190.2.31", "SMF": "10.190.3.31", "PCF": "10.190.3.41", "CHF": "10.190.4.51",
      "LMF": "10.190.5.61", "NWDAF": "10.190.6.71", "NEF": "10.190.7.81", "UPF_N4": "10.192.0.11",
      "UPF_N3": "10.192.30.5", "UPF2_N3": "10.192.30.6", "AMF_N2": "10.191.0.5",
      "GNB1": "10.191.12.34", "GNB2": "10.191.12.77", "GNB3": "10.191.14.21",
      "KAFKA": "10.195.3.11", "HSMF": "10.190.9.31"}
PCSCF6 = "2409:8c20:1d:5::a"
NFID = {k: uuid4() for k in ["NRF", "AMF", "AMF2", "AUSF", "UDM", "SMF", "PCF", "CHF", "LMF",
                             "NWDAF", "UPF", "HSMF"]}

OPS_CMCC = "CMCC"
SUBS = [make_sub("CMCC") for _ in range(22)]
SUBS += [make_sub("CU", "CU"), make_sub("CT", "CT")]


AMF_ID = "ca0408"          # AMF region 0xca, set 1, pointer 8


def ncgi(nci, sep="-"):
    return "460%s00%s%09x" % (sep, sep, nci)


def tmsi():
    return "%08x" % R.randint(0xc0000000, 0xc0ffffff)


def guti_s(t):
    return "46000" + AMF_ID + t


def imsi_tag(s, pre="imsi-"):
    return [pre, (s.imsi, IMSI)]


# --------------------------------------------------------------------------- 1 free5GC


def f_free5gc(d):
    t = [dt.datetime(2024, 6, 18, 9, 12, 30, 101894)]

    def line(*parts):
        t[0] += dt.timedelta(microseconds=R.randint(300, 60000))
        d.ln(t[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03d+08:00 " % (
            t[0].microsecond, R.randint(0, 999)), *parts)

    g1, g2 = NF["GNB1"], NF["GNB2"]
    ran1 = ["[ran_addr:", NEG(g1), ":38412]"]
    line("[INFO][AMF][Init] AMF version: free5GC v3.4.1 build 2024-03-27 (private 5G lab PLMN 460-00)")
    line("[INFO][AMF][Ngap] [AMF] SCTP Accept from: ", NEG(g1), ":38412")
    line("[INFO][AMF][Ngap]", ran1, " RanID: GNB:%06x, Name: GZ-TH-LAB-gNB01, SupportedTA[tac:%s]"
         % (SUBS[0].gnb, SUBS[0].tac))
    for i, (s, null) in enumerate([(SUBS[0], True), (SUBS[1], False)]):
        ru, au = i + 1, i + 1
        tag = "[amf_ue_ngap_id:RU:%d,AU:%d(3GPP)]" % (ru, au)
        tagS = [tag, "[supi:SUPI:imsi-", (s.imsi, IMSI), "]"]
        smf = ["[supi:imsi-", (s.imsi, IMSI), "][pdu_session_id:1]"]
        line("[INFO][AMF][Ngap]", ran1, " Handle InitialUEMessage")
        line("[INFO][AMF][Ngap]", tag, ran1, " New RanUe [RanUeNgapID:%d][AmfUeNgapID:%d]" % (ru, au))
        line("[INFO][AMF][Ngap]", tag, " UserLocationInformationNR: NR-CGI[",
             (ncgi(s.nci), CELL), "] TAI[460-00-%s]" % s.tac)
        line("[INFO][AMF][Gmm]", tag, "[supi:SUPI:] Handle Registration Request")
        suci = null_suci(s.imsi) if null else ecies_suci(s.imsi[3:5])
        line("[INFO][AMF][Gmm]", tag, "[supi:SUPI:] RegistrationType5GS[initial registration] "
             "MobileIdentity5GS: SUCI[", (suci, IMSI if null else None), "]")
        if null:
            line("[WARN][AMF][Gmm]", tag, "[supi:SUPI:] SUCI protection scheme is NULL "
                 "(test USIM without home network public key)")
        line("[INFO][AMF][Gmm]", tag, "[supi:SUPI:] Authentication procedure")
        line("[INFO][AUSF][UeAuth] HandleUeAuthPostRequest servingNetworkName"
             "[5G:mnc000.mcc460.3gppnetwork.org]")
        line("[INFO][UDM][UEAU] Handle GenerateAuthDataRequest: SUCI de-concealed, SUPI[imsi-",
             (s.imsi, IMSI), "]")
        line("[INFO][AUSF][5gAka] Auth5gAkaComfirmRequest: RES* matched, supi[imsi-",
             (s.imsi, IMSI), "] AUTHENTICATION_SUCCESS")
        line("[INFO][AMF][Gmm]", tagS, " Handle Security Mode Complete")
        line("[INFO][AMF][Gmm]", tagS, " PEI: imeisv-", (s.imeisv, IMEI))
        line("[INFO][AMF][Consumer]", tagS, " UECM Registration to UDM[http://", NEG(NF["UDM"]),
             ":8000] amfInstanceId[", NFID["AMF"], "]")
        line("[INFO][AMF][Consumer]", tagS, " SDM Get AmData: gpsis[msisdn-",
             ("86" + s.msisdn, PH), "] subscribedUeAmbr[ul:200 Mbps dl:1 Gbps]")
        line("[INFO][AMF][Gmm]", tagS, " Send Registration Accept: 5G-GUTI[",
             NEG(guti_s(tmsi())), "] AllowedNSSAI[sst:1 sd:010203]")
        line("[INFO][AMF][Gmm]", tagS, " Handle Registration Complete")
        line("[INFO][AMF][Gmm]", tagS, " Handle UL NAS Transport: PDU Session Establishment "
             "Request PduSessionID[1] DNN[cmnet] S-NSSAI[sst:1 sd:010203]")
        line("[INFO][SMF][PduSess]", smf, " Receive Create SM Context Request from AMF[",
             NFID["AMF"], "]")
        pool = ".".join(s.ipv4.split(".")[:2]) + ".0.0"
        line("[INFO][SMF][CTX]", smf, " Allocated UE IP address: ", (s.ipv4, IP),
             " from pool[", NEG(pool), "/16]")
        if i:
            continue
        line("[INFO][SMF][PFCP]", smf, " Sending PFCP Session Establishment Request to NodeID[",
             NEG(NF["UPF_N4"]), "]")
        line("[INFO][UPF][Pfcp] Handle PFCP Session Establishment Request: CP-SEID[0x%x] UE IP[" %
             R.randint(0x100, 0xfff), (s.ipv4, IP), "] PDR[1,2] FAR[1,2]")
        line("[INFO][SMF][PFCP]", smf, " Received PFCP Session Establishment Accepted Response "
             "UP-SEID[0x%x]" % R.randint(0x100, 0xfff))
        line("[INFO][AMF][Ngap]", tagS, " Send PDUSessionResourceSetupRequest: UL-TEID[0x%08x] "
             "UPF-N3[" % R.randint(1, 0xffff), NEG(NF["UPF_N3"]), "]")
        line("[INFO][AMF][Ngap]", tagS, " Handle PDUSessionResourceSetupResponse: DL-TEID[0x%08x] "
             "gNB-N3[" % R.randint(1, 0xffff), NEG(g1), "]")
    # N2 handover of SUBS[1] to a neighbour gNB
    s = SUBS[1]
    tgt_gnb = gen_gnb()
    tgt = nci_of(tgt_gnb, 2)
    tagS = ["[amf_ue_ngap_id:RU:2,AU:2(3GPP)][supi:SUPI:imsi-", (s.imsi, IMSI), "]"]
    line("[INFO][AMF][Ngap]", tagS, " Handle HandoverRequired: source NR-CGI[", (ncgi(s.nci), CELL),
         "] targetGNB[0x%06x] targetNR-CGI[" % tgt_gnb, (ncgi(tgt), CELL),
         "] cause[handover-desirable-for-radio-reason]")
    line("[INFO][AMF][Ngap] Send HandoverRequest to target RAN[", NEG(g2), ":38412]")
    line("[INFO][AMF][Ngap][ran_addr:", NEG(g2), ":38412] Handle HandoverRequestAcknowledge")
    line("[INFO][AMF][Ngap][amf_ue_ngap_id:RU:7,AU:2(3GPP)][supi:SUPI:imsi-", (s.imsi, IMSI),
         "] Handle HandoverNotify: UE now at NR-CGI[", (ncgi(tgt), CELL), "] TAI[460-00-%s]" % s.tac)
    line("[INFO][SMF][PduSess][supi:imsi-", (s.imsi, IMSI), "][pdu_session_id:1] UpdateSmContext"
         " (N2 handover complete): UE IP[", (s.ipv4, IP), "] AN tunnel[", NEG(g2),
         " TEID:0x%08x]" % R.randint(1, 0xffff))
    # service request and deregistration of SUBS[2]
    s = SUBS[2]
    t5 = tmsi()
    tagS = ["[amf_ue_ngap_id:RU:9,AU:3(3GPP)][supi:SUPI:imsi-", (s.imsi, IMSI), "]"]
    line("[INFO][AMF][Ngap]", ran1, " Handle InitialUEMessage")
    line("[INFO][AMF][Gmm]", tagS, " Handle Service Request: 5G-S-TMSI[AMFSetID:1 AMFPointer:8 "
         "5G-TMSI:0x", NEG(t5), "] serviceType[data]")
    line("[INFO][AMF][Gmm]", tagS, " UE found by 5G-GUTI[", NEG(guti_s(t5)), "] NR-CGI[",
         (ncgi(s.nci), CELL), "]")
    line("[INFO][AMF][Gmm]", tagS, " Handle Deregistration Request (UE Originating), "
         "de-registration type[switch off]")
    line("[INFO][SMF][PduSess][supi:imsi-", (s.imsi, IMSI), "][pdu_session_id:1] Release SM "
         "Context, UE IP[", (s.ipv4, IP), "] returned to pool")
    line("[INFO][AMF][Gmm][amf_ue_ngap_id:RU:9,AU:3(3GPP)] UE Context Release Command, "
         "cause[nas: deregister]")


# --------------------------------------------------------------------------- 2 open5gs


def f_open5gs(d):
    t = [dt.datetime(2024, 6, 18, 10, 21, 5, 114000)]

    def line(mod, lvl, parts, src):
        t[0] += dt.timedelta(milliseconds=R.randint(0, 140))
        d.ln(t[0].strftime("%m/%d %H:%M:%S.") + "%03d: [%s] %s: " % (
            t[0].microsecond // 1000, mod, lvl), parts, " (../src/" + src + ")")

    g3 = NF["GNB3"]
    d.ln("==> /var/log/open5gs/amf.log <==")
    line("amf", "INFO", ["gNB-N2 accepted[", NEG(g3), "]:40213 in ng-path module"],
         "amf/ngap-sctp.c:113")
    line("amf", "INFO", "[Added] Number of gNBs is now 3", "amf/context.c:1231")
    ues = [(SUBS[3], False), (SUBS[4], True)]
    for i, (s, null) in enumerate(ues):
        suci = null_suci(s.imsi) if null else ecies_suci(s.imsi[3:5], profile=1)
        st = (suci, IMSI if null else None)
        line("amf", "INFO", "InitialUEMessage", "amf/ngap-handler.c:401")
        line("amf", "INFO", "[Added] Number of gNB-UEs is now %d" % (7 + i), "amf/context.c:2571")
        line("amf", "INFO", ["    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%d] TAC[%d] CellID[" % (
            41 + i, 113 + i, int(s.tac, 16)), ("0x%x" % s.nci, CELL), "]"], "amf/ngap-handler.c:562")
        line("amf", "INFO", ["[", st, "] Unknown UE by SUCI"], "amf/context.c:1840")
        line("amf", "INFO", "[Added] Number of AMF-UEs is now %d" % (7 + i), "amf/context.c:1621")
        line("gmm", "INFO", "Registration request", "amf/gmm-sm.c:1061")
        line("gmm", "INFO", ["[", st, "]    SUCI"], "amf/gmm-handler.c:157")
        line("gmm", "DEBUG", ["    IMEISV[", (s.imeisv, IMEI), "]"], "amf/gmm-handler.c:602")
        line("gmm", "INFO", ["[imsi-", (s.imsi, IMSI),
                             "] Registration complete"], "amf/gmm-sm.c:1993")
        line("amf", "INFO", ["[imsi-", (s.imsi, IMSI), "] Configuration update command"],
             "amf/nas-path.c:612")
        line("gmm", "INFO", "    UTC [2024-06-18T02:21:%02d] Timezone[0]/DST[0]" % t[0].second,
             "amf/gmm-build.c:558")
        line("gmm", "INFO", "    LOCAL [2024-06-18T10:21:%02d] Timezone[480]/DST[0]" % t[0].second,
             "amf/gmm-build.c:563")
        line("amf", "INFO", "[Added] Number of AMF-Sessions is now %d" % (5 + i),
             "amf/context.c:2592")
        line("gmm", "INFO", ["UE SUPI[imsi-", (s.imsi, IMSI), "] DNN[%s] S_NSSAI[SST:1 SD:0x10203] "
                             "smContextRef [NULL]" % ("cmnet" if i == 0 else "gzlab.5gc")],
             "amf/gmm-handler.c:1285")
        line("gmm", "INFO", "SMF Instance [%s]" % NFID["SMF"], "amf/gmm-handler.c:1326")
        line("amf", "INFO", ["[imsi-", (s.imsi, IMSI), ":1:11][0:0:NULL] /nsmf-pdusession/v1/"
                             "sm-contexts/{smContextRef}/modify"], "amf/nsmf-handler.c:867")
    s = SUBS[5]
    t5 = tmsi()
    tgt = nci_of(s.gnb, s.cell % 6 + 1)
    line("amf", "INFO", "InitialUEMessage", "amf/ngap-handler.c:401")
    line("amf", "INFO", ["    RAN_UE_NGAP_ID[52] AMF_UE_NGAP_ID[119] TAC[%d] CellID[" % int(s.tac, 16),
         ("0x%x" % s.nci, CELL), "]"], "amf/ngap-handler.c:562")
    line("amf", "INFO", ["[imsi-", (s.imsi, IMSI), "] known UE by 5G-S_TMSI[AMF_ID:0x%s,M_TMSI:0x"
                         % AMF_ID, NEG(t5), "]"], "amf/context.c:1815")
    line("gmm", "INFO", "Service request", "amf/gmm-sm.c:1120")
    line("amf", "INFO", "HandoverRequired", "amf/ngap-handler.c:3105")
    line("amf", "INFO", "    Source : RAN_UE_NGAP_ID[52] AMF_UE_NGAP_ID[119]",
         "amf/ngap-handler.c:3180")
    line("amf", "INFO", ["    Target : TAC[%d] CellID[" % int(s.tac, 16), ("0x%x" % tgt, CELL), "]"],
         "amf/ngap-handler.c:4012")
    line("amf", "INFO", ["[imsi-", (s.imsi, IMSI), "] HandoverNotify"], "amf/ngap-handler.c:3461")
    d.ln("")
    d.ln("==> /var/log/open5gs/smf.log <==")
    for i, (s, null) in enumerate(ues):
        v6 = s.v6 + ":" + v6_iid() if i == 0 else ""
        line("smf", "INFO", "[Added] Number of SMF-UEs is now %d" % (5 + i), "smf/context.c:1019")
        line("smf", "INFO", "[Added] Number of SMF-Sessions is now %d" % (6 + i),
             "smf/context.c:3090")
        line("smf", "INFO", ["UE SUPI[imsi-", (s.imsi, IMSI), "] DNN[%s] IPv4[" % (
            "cmnet" if i == 0 else "gzlab.5gc"), (s.ipv4, IP), "] IPv6[", (v6, IP) if v6 else "", "]"],
            "smf/npcf-handler.c:539")
        s.o5_v6 = v6
        line("gtp", "INFO", ["gtp_connect() [", NEG(NF["UPF_N3"]), "]:2152"], "lib/gtp/path.c:60")
    s = SUBS[2]
    line("smf", "INFO", ["Removed Session: UE IMSI:[imsi-", (s.imsi, IMSI), "] DNN:[cmnet:1] IPv4:[",
                         (s.ipv4, IP), "] IPv6:[]"], "smf/context.c:1755")
    line("smf", "INFO", "[Removed] Number of SMF-Sessions is now 6", "smf/context.c:1780")
    d.ln("")
    d.ln("==> /var/log/open5gs/upf.log <==")
    line("pfcp", "INFO", ["ogs_pfcp_connect() [", NEG(NF["SMF"]), "]:8805"], "lib/pfcp/path.c:61")
    for i, (s, null) in enumerate(ues):
        line("upf", "INFO", "[Added] Number of UPF-Sessions is now %d" % (6 + i), "upf/context.c:208")
        line("upf", "INFO", ["UE F-SEID[UP:0x%x CP:0x%x] APN[%s] PDN-Type[%d] IPv4[" % (
            R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), "cmnet" if i == 0 else "gzlab.5gc",
            3 if s.o5_v6 else 1), (s.ipv4, IP), "] IPv6[", (s.o5_v6, IP) if s.o5_v6 else "", "]"],
            "upf/context.c:485")
    s = SUBS[2]
    line("upf", "INFO", ["[Removed] Number of UPF-sessions is now 6"], "upf/context.c:265")
    line("upf", "WARN", ["No Session for UE IPv4[", (s.ipv4, IP), "], drop downlink packet"],
         "upf/gtp-path.c:254")


# --------------------------------------------------------------------------- 3 SBI trace

PLMN = {"mcc": "460", "mnc": "00"}


def nr_loc(s, nci=None, ts=None):
    loc = {"tai": {"plmnId": PLMN, "tac": s.tac},
           "ncgi": {"plmnId": PLMN, "nrCellId": ("%09x" % (nci or s.nci), CELL)}}
    if ts:
        loc["ueLocationTimestamp"] = ts
    return {"nrLocation": loc}


def f_sbi(d):
    n = [0]
    t = [dt.datetime(2024, 6, 18, 9, 40, 2, 114000)]

    def ex(src, dst, method, path, headers, body, status, rheaders, rbody, pretty=False,
           extra=None):
        n[0] += 1
        t[0] += dt.timedelta(milliseconds=R.randint(3, 900))
        sid = 2 * n[0] + 1
        d.ln("=" * 78)
        d.ln("[", t[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+08:00] #%d stream=%d  %s " % (
            t[0].microsecond // 1000, n[0], sid, src[0]), NEG(src[1]), ":%d -> %s " % (
            R.randint(30000, 60000), dst[0]), NEG(dst[1]), ":8000  HTTP/2")
        d.ln(":method: ", method)
        d.ln(":path: ", path)
        for h in headers:
            d.ln(h)
        d.ln("")
        if isinstance(body, str):
            d.ln(body)
        elif body is not None:
            if pretty:
                jemit(d, body, indent=2, compact=False)
            else:
                jemit(d, body)
            d.ln("")
        if extra:
            d.ln(extra)
        d.ln("--- response stream=%d :status: %d (%.1f ms)" % (sid, status, R.uniform(1.5, 40)))
        for h in rheaders:
            d.ln(h)
        if rbody is not None:
            d.ln("")
            jemit(d, rbody)
            d.ln("")

    snn = "5G:mnc000.mcc460.3gppnetwork.org"
    amf, nrf, ausf, udm = ("AMF", NF["AMF"]), ("NRF", NF["NRF"]), ("AUSF", NF["AUSF"]), ("UDM", NF["UDM"])
    smf, pcf = ("SMF", NF["SMF"]), ("PCF", NF["PCF"])
    d.ln("# sbi-tracer 2.3.1  probe=gz-5gc-sbi-tap01  filter=\"oauth2|nausf|nudm|nsmf|npcf|namf\"  "
         "date=2024-06-18")
    jwt = gen_jwt(NFID["NRF"], NFID["AMF"], "AUSF", "nausf-auth", 1718678402)
    ex(amf, nrf, "POST", "/oauth2/token", ["content-type: application/x-www-form-urlencoded"],
       "grant_type=client_credentials&nfInstanceId=%s&nfType=AMF&targetNfType=AUSF&scope=nausf-auth"
       % NFID["AMF"], 200, ["content-type: application/json"],
       {"access_token": (jwt, CRED), "token_type": "Bearer", "expires_in": 3600,
        "scope": "nausf-auth"})
    s = SUBS[6]
    suci = ecies_suci(s.imsi[3:5], profile=2)
    ctx = uuid4()
    ex(amf, ausf, "POST", "/nausf-auth/v1/ue-authentications",
       ["content-type: application/json", ["authorization: Bearer ", (jwt, CRED)],
        "user-agent: AMF-%s" % NFID["AMF"][:8]],
       {"supiOrSuci": (suci, None), "servingNetworkName": snn}, 201,
       ["content-type: application/3gppHal+json",
        ["location: http://", NEG(NF["AUSF"]), ":8000/nausf-auth/v1/ue-authentications/" + ctx]],
       {"authType": "5G_AKA", "5gAuthData": {"rand": hexs(32), "hxresStar": hexs(32),
                                             "autn": hexs(32)},
        "_links": {"5g-aka": {"href": Sv("http://", NEG(NF["AUSF"]), ":8000/nausf-auth/v1/"
                                         "ue-authentications/%s/5g-aka-confirmation" % ctx)}},
        "servingNetworkName": snn})
    ex(ausf, udm, "POST", "/nudm-ueau/v1/%s/security-information/generate-auth-data" % suci,
       ["content-type: application/json"],
       {"servingNetworkName": snn, "ausfInstanceId": NFID["AUSF"]}, 200,
       ["content-type: application/json"],
       {"authType": "5G_AKA", "authenticationVector": {
           "avType": "5G_HE_AKA", "rand": hexs(32), "xresStar": hexs(32), "autn": hexs(32),
           "kausf": (hexs(64), CRED)}, "supi": Sv("imsi-", (s.imsi, IMSI))})
    ex(amf, ausf, "PUT", "/nausf-auth/v1/ue-authentications/%s/5g-aka-confirmation" % ctx,
       ["content-type: application/json"], {"resStar": hexs(32)}, 200,
       ["content-type: application/json"],
       {"authResult": "AUTHENTICATION_SUCCESS", "supi": Sv("imsi-", (s.imsi, IMSI)),
        "kseaf": (hexs(64), CRED)})
    ex(amf, udm, "PUT", ["/nudm-uecm/v1/imsi-", (s.imsi, IMSI), "/registrations/amf-3gpp-access"],
       ["content-type: application/json"],
       {"amfInstanceId": NFID["AMF"],
        "deregCallbackUri": Sv("http://", NEG(NF["AMF"]), ":80/namf-callback/v1/imsi-",
                               (s.imsi, IMSI), "/dereg-notify"),
        "guami": {"plmnId": PLMN, "amfId": AMF_ID}, "ratType": "NR",
        "pei": Sv("imeisv-", (s.imeisv, IMEI)), "initialRegistrationInd": True}, 201,
       [["location: http://", NEG(NF["UDM"]), ":8000/nudm-uecm/v1/imsi-", (s.imsi, IMSI),
         "/registrations/amf-3gpp-access"]], None)
    s = SUBS[7]
    ref = uuid4()
    ex(amf, smf, "POST", "/nsmf-pdusession/v1/sm-contexts",
       ["content-type: multipart/related; boundary=gc0pJq0M:08jU534c0p", "",
        "--- part 1: application/json (jsonData)"],
       {"supi": Sv("imsi-", (s.imsi, IMSI)), "unauthenticatedSupi": False,
        "pei": Sv("imeisv-", (s.imeisv, IMEI)), "gpsi": Sv("msisdn-", ("86" + s.msisdn, PH)),
        "pduSessionId": 1, "dnn": "cmnet", "sNssai": {"sst": 1, "sd": "010203"},
        "servingNfId": NFID["AMF"], "guami": {"plmnId": PLMN, "amfId": AMF_ID},
        "servingNetwork": PLMN, "requestType": "INITIAL_REQUEST",
        "n1SmMsg": {"contentId": "n1SmMsg"}, "anType": "3GPP_ACCESS", "ratType": "NR",
        "ueLocation": nr_loc(s, ts="2024-06-18T01:40:03.512Z"), "ueTimeZone": "+08:00",
        "smContextStatusUri": Sv("http://", NEG(NF["AMF"]), ":80/namf-callback/v1/smContextStatus/"
                                 "imsi-", (s.imsi, IMSI), "/1"),
        "pcfId": NFID["PCF"]}, 201,
       ["content-type: application/json",
        ["location: http://", NEG(NF["SMF"]), ":8000/nsmf-pdusession/v1/sm-contexts/" + ref]],
       {"pduSessionId": 1, "sNssai": {"sst": 1, "sd": "010203"}, "upCnxState": "ACTIVATING",
        "hoState": "NONE", "allocatedEbiList": [], "smfServiceInstanceId": uuid4()},
       pretty=True,
       extra="--- part 2: application/vnd.3gpp.5gnas (n1SmMsg, 13 bytes) 2e0101c1ffff91a1280100")
    ex(smf, pcf, "POST", "/npcf-smpolicycontrol/v1/sm-policies",
       ["content-type: application/json"],
       {"supi": Sv("imsi-", (s.imsi, IMSI)), "gpsi": Sv("msisdn-", ("86" + s.msisdn, PH)),
        "pei": Sv("imei-", (s.imei, IMEI)), "pduSessionId": 1, "pduSessionType": "IPV4V6",
        "dnn": "cmnet", "notificationUri": Sv("http://", NEG(NF["SMF"]),
                                              ":80/nsmf-callback/sm-policies/" + ref),
        "ipv4Address": (s.ipv4, IP), "ipv6AddressPrefix": Sv((s.v6 + "::", IP), "/64"),
        "sliceInfo": {"sst": 1, "sd": "010203"}, "servingNetwork": PLMN,
        "userLocationInfo": nr_loc(s), "ueTimeZone": "+08:00", "ratType": "NR",
        "accessType": "3GPP_ACCESS", "subsSessAmbr": {"uplink": "200 Mbps", "downlink": "1 Gbps"},
        "subsDefQos": {"5qi": 9, "arp": {"priorityLevel": 8, "preemptCap": "NOT_PREEMPT",
                                         "preemptVuln": "PREEMPTABLE"}, "priorityLevel": 8}},
       201, [["location: http://", NEG(NF["PCF"]), ":8000/npcf-smpolicycontrol/v1/sm-policies/"
              + uuid4()]], None)
    s = SUBS[8]
    hsmf = ("H-SMF", NF["HSMF"])
    ex(smf, hsmf, "POST", "/nsmf-pdusession/v1/pdu-sessions",
       ["content-type: application/json"],
       {"supi": Sv("imsi-", (s.imsi, IMSI)), "gpsi": Sv("msisdn-", ("86" + s.msisdn, PH)),
        "pei": Sv("imeisv-", (s.imeisv, IMEI)), "pduSessionId": 2, "dnn": "gdent.zhzz.5gc",
        "sNssai": {"sst": 1, "sd": "0a1001"}, "vsmfId": NFID["SMF"], "servingNetwork": PLMN,
        "requestType": "INITIAL_REQUEST", "anType": "3GPP_ACCESS", "ratType": "NR",
        "ueLocation": nr_loc(s),
        "vcnTunnelInfo": {"ipv4Addr": NEG(NF["UPF_N3"]), "gtpTeid": "%08x" % R.randint(1, 2**31)},
        "vsmfPduSessionUri": Sv("http://", NEG(NF["SMF"]), ":8000/nsmf-pdusession/v1/"
                                "pdu-sessions/" + uuid4())},
       201, ["content-type: application/json"],
       {"pduSessionType": "IPV4V6", "sscMode": "1",
        "hcnTunnelInfo": {"ipv4Addr": NEG(NF["UPF2_N3"]), "gtpTeid": "%08x" % R.randint(1, 2**31)},
        "sessionAmbr": {"uplink": "100 Mbps", "downlink": "500 Mbps"},
        "qosFlowsSetupList": [{"qfi": 9, "qosRules": "AQAJMQEAAA==", "qosFlowDescription": "AUEABQ=="}],
        "hSmfInstanceId": NFID["HSMF"], "pduSessionId": 2, "sNssai": {"sst": 1, "sd": "0a1001"},
        "ueIpv4Address": (s.ipv4, IP), "ueIpv6Prefix": Sv((s.v6 + "::", IP), "/64")})
    s = SUBS[9]
    g = "5g-guti-" + guti_s(tmsi())
    amf2 = ("AMF", NF["AMF2"])
    ex(amf2, amf, "POST", ["/namf-comm/v1/ue-contexts/", NEG(g), "/transfer"],
       ["content-type: application/json"],
       {"reason": "INIT_REG", "accessType": "3GPP_ACCESS", "plmnId": PLMN,
        "regRequest": {"contentId": "n1Msg"}}, 200, ["content-type: application/json"],
       {"ueContext": {"supi": Sv("imsi-", (s.imsi, IMSI)), "supiUnauthInd": False,
                      "gpsiList": [Sv("msisdn-", ("86" + s.msisdn, PH))],
                      "pei": Sv("imei-", (s.imei, IMEI)),
                      "subUeAmbr": {"uplink": "200 Mbps", "downlink": "1 Gbps"},
                      "seafData": {"ngKsi": {"tsc": "NATIVE", "ksi": 2},
                                   "keyAmf": {"keyType": "KAMF", "keyVal": (hexs(64), CRED)}},
                      "mmContextList": [{"accessType": "3GPP_ACCESS",
                                         "nasSecurityMode": {"integrityAlgorithm": "NIA2",
                                                             "cipheringAlgorithm": "NEA2"},
                                         "nasDownlinkCount": R.randint(3, 90),
                                         "nasUplinkCount": R.randint(3, 90),
                                         "ueSecurityCapability": "e0e0"}],
                      "sessionContextList": [{"pduSessionId": 1, "smContextRef": Sv(
                          "http://", NEG(NF["SMF"]), ":8000/nsmf-pdusession/v1/sm-contexts/" +
                          uuid4()), "sNssai": {"sst": 1, "sd": "010203"}, "dnn": "cmnet",
                          "accessType": "3GPP_ACCESS"}]}})


# --------------------------------------------------------------------------- 4 Kafka


def f_kafka(d):
    d.ln("$ kafka-console-consumer.sh --bootstrap-server ", NEG(NF["KAFKA"]), ":9092 --topic "
         "nef.5gc.ee.notify --from-beginning --property print.timestamp=true --property "
         "print.key=true --max-messages 11")
    ms = [1718674803512]

    def msg(key, obj):
        ms[0] += R.randint(40, 9000)
        d.w("CreateTime:%d\t" % ms[0])
        d.w(key if key else "null")
        d.w("\t")
        jemit(d, obj)
        d.ln("")

    def iso():
        return dt.datetime.fromtimestamp(ms[0] // 1000, dt.timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%S.") + \
            "%03dZ" % (ms[0] % 1000)

    def amf_rep(s, typ, extra):
        r = {"type": typ, "state": {"active": True}, "timeStamp": iso(),
             "supi": Sv("imsi-", (s.imsi, IMSI)), "gpsi": Sv("msisdn-", ("86" + s.msisdn, PH))}
        r.update(extra)
        return {"notifyCorrelationId": "ee-amf-%s" % hexs(12), "reportList": [r]}

    for s in SUBS[10:13]:
        msg(["imsi-", (s.imsi, IMSI)], amf_rep(s, "LOCATION_REPORT", {"location": nr_loc(s, ts=iso())}))
    s = SUBS[13]
    eci = gen_eci()
    msg(["imsi-", (s.imsi, IMSI)], amf_rep(s, "LOCATION_REPORT", {"location": {"eutraLocation": {
        "tai": {"plmnId": PLMN, "tac": "%04x" % R.randint(0x5000, 0x5fff)},
        "ecgi": {"plmnId": PLMN, "eutraCellId": ("%07X" % eci, CELL)}}}}))
    s.eci = eci
    for s in SUBS[10:12]:
        msg(["imsi-", (s.imsi, IMSI)], {"notifId": "ee-smf-%s" % hexs(10), "eventNotifs": [{
            "event": "PDU_SES_EST", "timeStamp": iso(), "supi": Sv("imsi-", (s.imsi, IMSI)),
            "gpsi": Sv("msisdn-", ("86" + s.msisdn, PH)), "pduSeId": 1, "dnn": "cmnet",
            "snssai": {"sst": 1, "sd": "010203"}, "pduSessType": "IPV4V6",
            "ipv4Addr": (s.ipv4, IP), "ipv6Prefixes": [Sv((s.v6 + "::", IP), "/64")]}]})
    s = SUBS[12]
    old = s.ipv4
    s.ipv4b = gen_ue_ipv4()
    msg(["imsi-", (s.imsi, IMSI)], {"notifId": "ee-smf-%s" % hexs(10), "eventNotifs": [{
        "event": "UE_IP_CH", "timeStamp": iso(), "supi": Sv("imsi-", (s.imsi, IMSI)),
        "pduSeId": 1, "dnn": "cmnet", "adIpv4Addr": (s.ipv4b, IP), "reIpv4Addr": (old, IP)}]})
    s = SUBS[14]
    s.cpe_mac = gen_mac("-").lower()
    msg(["imsi-", (s.imsi, IMSI)], {"notifId": "ee-smf-%s" % hexs(10), "eventNotifs": [{
        "event": "UE_MAC_CH", "timeStamp": iso(), "supi": Sv("imsi-", (s.imsi, IMSI)),
        "pduSeId": 3, "dnn": "gdent.5glan", "pduSessType": "ETHERNET",
        "ueMac": (s.cpe_mac, MAC)}]})
    s = SUBS[15]
    msg(["imsi-", (s.imsi, IMSI)], amf_rep(s, "REACHABILITY_REPORT", {"reachability": "REACHABLE"}))
    msg(["imsi-", (s.imsi, IMSI)], amf_rep(s, "CONNECTIVITY_STATE_REPORT", {"cmInfoList": [
        {"cmState": "IDLE", "accessType": "3GPP_ACCESS"}]}))
    s = SUBS[16]
    msg(None, {"notifyCorrelationId": "ee-nef-af-%s" % hexs(8), "reportList": [{
        "type": "NUMBER_OF_UES_IN_AREA", "timeStamp": iso(), "numberOfUes": R.randint(300, 3000),
        "gpsi": NEG("msisdn-86" + mask(s.msisdn)), "areaList": [{"tacs": [s.tac]}]}]})
    d.ln("Processed a total of 11 messages")


# --------------------------------------------------------------------------- 5 tshark


def f_tshark(d):
    d.ln("$ tshark -r n2_gzlab_20240618_0941.pcapng -V -Y \"ngap && nas-5gs\" -o "
         "nas-5gs.null_decipher:TRUE   (lab PLMN, NEA0)")
    frames = [2031]

    item = [0]

    def frame(nbytes, ts, src, dst, proc_name, proc_code, msg=None):
        d.ln("")
        d.ln("Frame %d: %d bytes on wire (%d bits), %d bytes captured (%d bits) on interface n2, id 0"
             % (frames[0], nbytes, nbytes * 8, nbytes, nbytes * 8))
        frames[0] += R.randint(2, 40)
        item[0] = 0
        d.ln("    Arrival Time: Jun 18, 2024 %s000 CST" % ts)
        d.ln("Internet Protocol Version 4, Src: ", NEG(src), ", Dst: ", NEG(dst))
        d.ln("Stream Control Transmission Protocol, Src Port: 38412 (38412), Dst Port: 38412 (38412)")
        d.ln("NG Application Protocol (%s)" % (msg or proc_name))
        d.ln("    NGAP-PDU: initiatingMessage (0)")
        d.ln("        initiatingMessage")
        d.ln("            procedureCode: id-%s (%d)" % (proc_name, proc_code))

    I = " " * 16

    def ie(name, code, lines):
        d.ln(I + "Item %d: id-%s" % (item[0], name))
        item[0] += 1
        d.ln(I + "    ProtocolIE-Field")
        d.ln(I + "        id: id-%s (%d)" % (name, code))
        for ln_ in lines:
            d.ln(I + "            ", ln_)

    def nr_cgi(nci, tac, pad=""):
        out = [pad + "userLocationInformationNR", pad + "    nR-CGI",
               pad + "        pLMNIdentity: 64f000",
               [pad + "        nRCellIdentity: ", ("0x%010x" % (nci << 4), CELL)],
               pad + "    tAI", pad + "        tAC: %d (0x%s)" % (int(tac, 16), tac)]
        return out

    s = SUBS[17]
    ru = R.randint(4194000, 4194999)
    eph = [R.choice(["02", "03"])] + [hexs(2) for _ in range(32)]
    frame(178, "09:41:07.339208", NF["GNB1"], NF["AMF_N2"], "InitialUEMessage", 15)
    ie("RAN-UE-NGAP-ID", 85, ["RAN-UE-NGAP-ID: %d" % ru])
    ie("NAS-PDU", 38, ["NAS-PDU: 7e004179003b0164f000f0ff02%s…" % hexs(20),
                       "    Non-Access-Stratum 5GS (NAS)PDU",
                       "        Message type: Registration request (0x41)",
                       "        .... .001 = 5GS registration type: initial registration (1)",
                       "        5GS mobile identity",
                       "            .... .001 = Type of identity: SUCI (1)",
                       "            Mobile Country Code (MCC): China (460)",
                       "            Mobile Network Code (MNC): China Mobile (00)",
                       "            Routing indicator: 0",
                       "            .... 0010 = Protection scheme Id: ECIES scheme profile B (2)",
                       "            Home network public key identifier: 4"]
       + ["            Scheme output: " + " ".join(eph[:24]) + " …",
          "                ECC ephemeral public key: " + " ".join(eph[:24]) + " …",
          "                Ciphertext: " + " ".join(hexs(2) for _ in range(5)),
          "                MAC tag: 0x" + hexs(16)])
    ie("UserLocationInformation", 121, ["UserLocationInformation: userLocationInformationNR (1)"] +
       nr_cgi(s.nci, s.tac, "    "))
    amfid = R.randint(2155870000, 2155879999)
    frame(142, "09:41:07.402117", NF["GNB1"], NF["AMF_N2"], "UplinkNASTransport", 46)
    ie("AMF-UE-NGAP-ID", 10, ["AMF-UE-NGAP-ID: %d" % amfid])
    ie("NAS-PDU", 38, ["NAS-PDU: 7e04%s00…" % hexs(14),
                       "    Non-Access-Stratum 5GS (NAS)PDU",
                       "        Message type: Security mode complete (0x5e)",
                       "        5GS mobile identity",
                       "            .... .101 = Type of identity: IMEISV (5)",
                       ["            IMEISV: ", (s.imeisv, IMEI)]])
    s = SUBS[18]
    t5 = tmsi()
    frame(110, "09:52:31.018744", NF["GNB1"], NF["AMF_N2"], "InitialUEMessage", 15)
    ie("NAS-PDU", 38, ["NAS-PDU: 7e004c10000700%s" % hexs(14),
                       "    Non-Access-Stratum 5GS (NAS)PDU",
                       "        Message type: Service request (0x4c)",
                       "        5GS mobile identity",
                       "            .... .100 = Type of identity: 5G-S-TMSI (4)",
                       "            AMF Set ID: 1",
                       "            AMF Pointer: 8",
                       ["            5G-TMSI: ", NEG(str(int(t5, 16))), " (0x%s)" % t5]])
    ie("UserLocationInformation", 121, ["UserLocationInformation: userLocationInformationNR (1)"] +
       nr_cgi(s.nci, s.tac, "    "))
    tgt_gnb = gen_gnb()
    tgt = nci_of(tgt_gnb, 1)
    frame(236, "09:58:12.730551", NF["GNB1"], NF["AMF_N2"], "HandoverPreparation", 12, "HandoverRequired")
    ie("Cause", 15, ["Cause: radioNetwork (0)",
                     "    radioNetwork: handover-desirable-for-radio-reason (16)"])
    ie("TargetID", 105, ["TargetID: targetRANNodeID (0)", "    globalGNB-ID",
                         "        gNB-ID: %06x [bit length 24]" % tgt_gnb,
                         "    selectedTAI", "        tAC: %d (0x%s)" % (int(s.tac, 16), s.tac)])
    ie("SourceToTarget-TransparentContainer", 101, [
        "SourceNGRANNode-ToTargetNGRANNode-TransparentContainer",
        "    targetCell-ID: nR-CGI (0)",
        ["        nRCellIdentity: ", ("0x%010x" % (tgt << 4), CELL)],
        "    uEHistoryInformation: 1 item",
        "        lastVisitedNGRANCellInformation",
        ["            globalCellID: nR-CGI (0), nRCellIdentity: ", ("0x%010x" % (s.nci << 4), CELL)],
        "            timeUEStayedInCell: %d" % R.randint(30, 2000)])


# --------------------------------------------------------------------------- 6 NWDAF CSV


def row(d, cells):
    for i, c in enumerate(cells):
        if i:
            d.w(",")
        txt = c if isinstance(c, str) else (c[0] if isinstance(c, tuple) else
                                            "".join(x if isinstance(x, str) else x[0] for x in c))
        assert "," not in txt and '"' not in txt, txt
        d.w(c)
    d.w("\n")


def f_nwdaf(d):
    row(d, ["analytics_id", "report_time", "supi", "gpsi", "ue_ipv4", "tai", "nr_cell_id",
            "ratio_pct", "duration_s", "app_id", "ul_bytes", "dl_bytes", "exception_id",
            "confidence", "mos"])
    T = "2024-06-18T08:00:00+08:00"
    for i, s in enumerate(SUBS[10:16]):
        masked = i in (2, 5)
        gp = NEG(mask(s.msisdn)) if masked else ("86" + s.msisdn, PH)
        r1 = R.randint(45, 85)
        other = nci_of(s.gnb, s.cell % 6 + 1) if i % 2 else nci_of(gen_gnb(), 1)
        for nci, ratio in ((s.nci, r1), (other, 100 - r1)):
            row(d, ["UE_MOBILITY", T, ["imsi-", (s.imsi, IMSI)], gp, "", "460-00-" + s.tac,
                    ("%09x" % nci, CELL), str(ratio), str(36 * ratio), "", "", "", "",
                    "%.2f" % R.uniform(0.7, 0.98), ""])
    for s, app in ((SUBS[10], "WeChat"), (SUBS[11], "Douyin"), (SUBS[13], "HonorOfKings"),
                   (SUBS[19], "Kuaishou")):
        row(d, ["UE_COMM", T, ["imsi-", (s.imsi, IMSI)], ("86" + s.msisdn, PH), (s.ipv4, IP),
                "460-00-" + s.tac, "", "", str(R.randint(600, 3600)), app,
                str(R.randint(10**6, 9 * 10**8)), str(R.randint(10**7, 5 * 10**9)), "",
                "%.2f" % R.uniform(0.7, 0.98), ""])
    s = SUBS[20]
    row(d, ["ABNORMAL_BEHAVIOUR", T, ["imsi-", (s.imsi, IMSI)], ("86" + s.msisdn, PH),
            (s.ipv4, IP), "460-00-" + s.tac, "", "", "", "", str(R.randint(10**8, 9 * 10**9)),
            str(R.randint(10**5, 10**6)), "SUSPICION_OF_DDOS_ATTACK", "0.83", ""])
    s = SUBS[21]
    row(d, ["ABNORMAL_BEHAVIOUR", T, ["imsi-", (s.imsi, IMSI)], ("86" + s.msisdn, PH), "",
            "460-00-" + s.tac, ("%09x" % s.nci, CELL), "", "", "", "", "",
            "PING_PONG_ACROSS_CELLS", "0.77", ""])
    s = SUBS[14]
    row(d, ["ABNORMAL_BEHAVIOUR", T, ["imsi-", (s.imsi, IMSI)], NEG(mask(s.msisdn)), "",
            "460-00-" + s.tac, ("%09x" % nci_of(gen_gnb(), 3), CELL), "", "", "", "", "",
            "UNEXPECTED_UE_LOCATION", "0.91", ""])
    for app in ("WeChat", "Douyin", "HonorOfKings", "VoNR"):
        row(d, ["SERVICE_EXPERIENCE", T, "", "", "", "460-00-" + R.choice(SUBS).tac, "", "", "",
                app, "", "", "", "%.2f" % R.uniform(0.8, 0.99), "%.2f" % R.uniform(3.2, 4.6)])


# --------------------------------------------------------------------------- 7 CHF CDR


def f_chf(d):
    seq = R.randint(100000, 900000)
    for s in (SUBS[3], SUBS[4], SUBS[7], SUBS[8], SUBS[11], SUBS[19]):
        seq += R.randint(1, 40)
        open_t = dt.datetime(2024, 6, 18, R.randint(0, 9), R.randint(0, 59), R.randint(0, 59))
        dur = R.randint(300, 3600)
        ul, dl = R.randint(10**6, 4 * 10**8), R.randint(10**7, 5 * 10**9)
        cid = R.randint(10**8, 4 * 10**9)
        rec = {
            "recordType": "chargingFunctionRecord",
            "recordingNetworkFunctionID": NFID["CHF"],
            "subscriberIdentifier": Sv("imsi-", (s.imsi, IMSI)),
            "nFunctionConsumerInformation": {
                "networkFunctionalityType": "SMF", "networkFunctionName": "GZ-SMF-01",
                "networkFunctionIPv4Address": NEG(NF["SMF"]),
                "networkFunctionPLMNIdentifier": PLMN},
            "chargingSessionIdentifier": "%s-%d" % (NFID["SMF"][:8], cid),
            "recordOpeningTime": open_t.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
            "duration": dur, "causeForRecClosing": R.choice(["VOLUME_LIMIT", "TIME_LIMIT",
                                                            "NORMAL_RELEASE"]),
            "recordSequenceNumber": seq,
            "pDUSessionChargingInformation": {
                "pDUSessionChargingID": cid,
                "userIdentifier": Sv("imsi-", (s.imsi, IMSI)),
                "userEquipmentInfo": Sv("imeisv-", (s.imeisv, IMEI)),
                "userLocationInformation": nr_loc(s),
                "pDUSessionId": 1,
                "pDUAddress": {"pDUIPv4Address": (s.ipv4, IP),
                               "pDUIPv6AddresswithPrefix": Sv((s.v6 + "::", IP), "/64")},
                "dataNetworkNameIdentifier": "cmnet", "sNSSAI": {"sST": 1, "sD": "010203"},
                "rATType": "NR", "pDUType": "IPV4V6", "sSCMode": "SSC_MODE_1",
                "gPSI": Sv("msisdn-", ("86" + s.msisdn, PH)),
                "chargingCharacteristics": "0800",
                "servingNetworkFunctionID": [{"servingNetworkFunctionInformation": {
                    "networkFunctionalityType": "AMF", "networkFunctionName": "GZ-AMF-01"},
                    "aMFIdentifier": AMF_ID}]},
            "listOfMultipleUnitUsage": [{"ratingGroup": 10, "usedUnitContainers": [{
                "quotaManagementIndicator": "ONLINE_CHARGING",
                "triggers": [{"triggerType": "VOLUME_LIMIT", "triggerCategory": "IMMEDIATE_REPORT"}],
                "triggerTimestamp": (open_t + dt.timedelta(seconds=dur)).strftime(
                    "%Y-%m-%dT%H:%M:%S+08:00"),
                "time": dur, "totalVolume": ul + dl, "uplinkVolume": ul, "downlinkVolume": dl,
                "localSequenceNumber": 1}]}]}
        jemit(d, rec)
        d.w("\n")


# --------------------------------------------------------------------------- 8 LMF


def f_lmf(d):
    t = [dt.datetime(2024, 6, 18, 11, 2, 14, 201000)]

    def line(lvl, thr, *parts):
        t[0] += dt.timedelta(milliseconds=R.randint(2, 900))
        d.ln(t[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d %-5s [%s] " % (
            t[0].microsecond // 1000, lvl, thr), *parts)

    cases = [(SUBS[16], "EMERGENCY_SERVICES", "HIGHEST_PRIORITY"),
             (SUBS[17], "VALUE_ADDED_SERVICES", "NORMAL_PRIORITY"),
             (SUBS[18], "LAWFUL_INTERCEPT_SERVICES", "HIGHEST_PRIORITY")]
    for k, (s, client, prio) in enumerate(cases):
        corr = uuid4()
        line("INFO", "lmf-loc-3", "Nlmf_Location DetermineLocation from AMF[", NEG(NF["AMF"]),
             "] correlationID=", corr, " supi=imsi-", (s.imsi, IMSI), " gpsi=msisdn-",
             ("86" + s.msisdn, PH), " lcsClientType=%s priority=%s" % (client, prio))
        line("INFO", "lmf-loc-3", "ueLocation ncgi=", (ncgi(s.nci), CELL),
             " tac=%s supportedMethods=[NR_ECID,DL_TDOA,A_GNSS] hAccuracy=%dm "
             "responseTime=LOW_DELAY" % (s.tac, R.choice([20, 50, 100])))
        line("DEBUG", "lmf-nrppa-1", "NRPPa E-CIDMeasurementInitiationRequest -> gNB 0x%06x (" % s.gnb,
             NEG(NF["GNB1"]), ") lmfMeasurementId=%d" % R.randint(1, 255))
        la, lo = coord_near(s.dist, 0.004)
        line("INFO", "lmf-loc-3", "NR_ECID estimate lat=", (la, COORD), " lon=", (lo, COORD),
             " uncertainty=%.1fm confidence=68" % R.uniform(60, 250))
        la2, lo2 = coord_near(s.dist, 0.004)
        if k == 0:
            line("INFO", "lmf-lpp-2", "LPP ProvideLocationInformation: A-GNSS fix pos=",
                 (la2 + "," + lo2, COORD), " hAcc=%.1fm alt=%.1fm satellites=%d (GPS+BDS)" % (
                     R.uniform(3, 9), R.uniform(5, 80), R.randint(9, 22)))
        elif k == 1:
            line("WARN", "lmf-lpp-2", "LPP RequestLocationInformation A-GNSS timeout (8000 ms), "
                 "fallback DL_TDOA with 4 TRPs [gNB 0x%06x, 0x%06x, 0x%06x, 0x%06x]" % tuple(
                     gen_gnb() for _ in range(4)))
            line("INFO", "lmf-loc-3", "DL_TDOA result latitude: ", (la2, COORD),
                 "  longitude: ", (lo2, COORD), "  hAcc=%.1fm" % R.uniform(8, 30))
        else:
            line("INFO", "lmf-lpp-2", "LPP ProvideLocationInformation: A-GNSS fix (",
                 (la2 + ", " + lo2, COORD), ") hAcc=%.1fm" % R.uniform(3, 9))
        body = {"locationEstimate": {
            "shape": "POINT_ALTITUDE_UNCERTAINTY" if k != 1 else "POINT_UNCERTAINTY_CIRCLE",
            "point": {"lon": Nv(lo2, COORD), "lat": Nv(la2, COORD)},
            "uncertainty": round(R.uniform(3, 30), 1), "confidence": 68},
            "accuracyFulfilmentIndicator": "REQUESTED_ACCURACY_FULFILLED",
            "ageOfLocationEstimate": 0,
            "timestampOfLocationEstimate": (t[0] - dt.timedelta(hours=8)).strftime(
                "%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t[0].microsecond // 1000),
            "positioningDataList": [{"posMethod": "CELLID", "posUsage": "SUCCESS_RESULTS_NOT_USED"}],
            "ncgi": {"plmnId": PLMN, "nrCellId": ("%09x" % s.nci, CELL)}}
        line("INFO", "lmf-loc-3", "LocationData -> AMF correlationID=", corr, " ", [])
        d.buf = d.buf[:-1]
        jemit(d, body)
        d.ln("")
    line("INFO", "lmf-stat", "positioning sessions=3 success=3 avg_latency_ms=%d gnss_fix_rate=0.67"
         % R.randint(700, 1600))


# --------------------------------------------------------------------------- 9 NRF profiles


def f_nrf(d):
    tais = [{"plmnId": PLMN, "tac": s.tac} for s in SUBS[:3]]

    def prof(typ, name, ip, info, services):
        return {"_id": {"$oid": hexs(24)}, "nfInstanceId": NFID[name], "nfType": typ,
                "nfStatus": "REGISTERED", "heartBeatTimer": 10, "plmnList": [PLMN],
                "sNssais": [{"sst": 1, "sd": "010203"}, {"sst": 1, "sd": "0a1001"}],
                "fqdn": "%s01.gz.5gc.mnc000.mcc460.3gppnetwork.org" % typ.lower(),
                "ipv4Addresses": [NEG(ip)], "priority": 1, "capacity": 100, "load": R.randint(5, 60),
                info[0]: info[1],
                "nfServices": [{"serviceInstanceId": str(i), "serviceName": sv,
                                "versions": [{"apiVersionInUri": "v1", "apiFullVersion": "1.2.0"}],
                                "scheme": "http", "nfServiceStatus": "REGISTERED",
                                "ipEndPoints": [{"ipv4Address": NEG(ip), "transport": "TCP",
                                                 "port": 8000}]}
                               for i, sv in enumerate(services)]}

    sr = [{"start": NEG("460001000000000"), "end": NEG("460001999999999")},
          {"start": NEG("460020000000000"), "end": NEG("460020999999999")}]
    profiles = [
        prof("AMF", "AMF", NF["AMF"], ("amfInfo", {
            "amfSetId": "001", "amfRegionId": "ca",
            "guamiList": [{"plmnId": PLMN, "amfId": AMF_ID}], "taiList": tais}),
            ["namf-comm", "namf-evts", "namf-mt", "namf-loc"]),
        prof("SMF", "SMF", NF["SMF"], ("smfInfo", {
            "sNssaiSmfInfoList": [{"sNssai": {"sst": 1, "sd": "010203"},
                                   "dnnSmfInfoList": [{"dnn": "cmnet"}, {"dnn": "cmiot"}, {"dnn": "ims"}]}],
            "taiList": tais, "pgwFqdn": "pgw01.gz.epc.mnc000.mcc460.3gppnetwork.org"}),
            ["nsmf-pdusession", "nsmf-event-exposure"]),
        prof("UPF", "UPF", NF["UPF_N4"], ("upfInfo", {
            "sNssaiUpfInfoList": [{"sNssai": {"sst": 1, "sd": "010203"},
                                   "dnnUpfInfoList": [{"dnn": "cmnet"}]}],
            "interfaceUpfInfoList": [
                {"interfaceType": "N3", "ipv4EndpointAddresses": [NEG(NF["UPF_N3"])],
                 "networkInstance": "access"},
                {"interfaceType": "N6", "ipv4EndpointAddresses": [NEG("10.193.6.5")],
                 "networkInstance": "internet"}],
            "pduSessionTypes": ["IPV4", "IPV6", "IPV4V6", "ETHERNET"]}), []),
        prof("AUSF", "AUSF", NF["AUSF"], ("ausfInfo", {
            "groupId": "ausf-gz-01", "supiRanges": sr, "routingIndicators": ["0000"]}),
            ["nausf-auth"]),
        prof("UDM", "UDM", NF["UDM"], ("udmInfo", {
            "groupId": "udm-gz-01", "supiRanges": sr,
            "gpsiRanges": [{"pattern": "^msisdn-86(13[4-9]|15[0-27-9]|18[2-478]|19[578])[0-9]{8}$"}],
            "routingIndicators": ["0000"]}), ["nudm-sdm", "nudm-uecm", "nudm-ueau", "nudm-ee"]),
    ]
    for p in profiles:
        jemit(d, p)
        d.w("\n")


# --------------------------------------------------------------------------- 10 UDM provisioning


def f_udm(d):
    t = [dt.datetime(2024, 6, 18, 2, 0, 1, 4000)]
    order = [20240618000000 + R.randint(100, 900)]

    def line(lvl, thr, *parts):
        t[0] += dt.timedelta(milliseconds=R.randint(1, 30))
        d.ln(t[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d %-5s [%s] " % (
            t[0].microsecond // 1000, lvl, thr), *parts)

    batch = SUBS[19:22]
    line("INFO", "BatchOpen-1", "batch=KAIKA_5GSA_20240618_01 file=/data/prov/in/"
         "kaika_5gsa_20240618_01.txt records=%d operator=prov_gz_batch" % len(batch))
    for s in batch:
        order[0] += R.randint(1, 50)
        o = "[ORD%d] " % order[0]
        line("INFO", "BatchOpen-1", o, '>> ADD KI: HLRSN=1, IMSI="', (s.imsi, IMSI),
             '", OPERTYPE=ADD, KIVALUE="', (s.k, CRED), '", K4SNO=2, CARDTYPE=USIM, ALG=MILENAGE, '
             'OPCVALUE="', (s.opc, CRED), '";')
        line("INFO", "BatchOpen-1", o, "<< RETCODE = 0  操作成功")
        line("INFO", "BatchOpen-1", o, '>> ADD TPLSUB: HLRSN=1, IMSI="', (s.imsi, IMSI), '", ISDN="',
             ("86" + s.msisdn, PH), '", TPLID=5021;')
        line("INFO", "BatchOpen-1", o, '>> MOD NRSUB: ISDN="', ("86" + s.msisdn, PH),
             '", NRPROV=TRUE, NSSAI="1-010203&1-0a1001", DNNTPL=11, UEAMBRUL=200000, '
             'UEAMBRDL=1000000;')
        line("INFO", "BatchOpen-1", o, "<< RETCODE = 0  操作成功")
    line("INFO", "BatchOpen-1", "batch=KAIKA_5GSA_20240618_01 done ok=%d fail=0 elapsed=%dms" % (
        len(batch), R.randint(200, 900)))
    t[0] = dt.datetime(2024, 6, 18, 9, 30, 12, 442000)
    for s in (make_sub(), make_sub()):
        order[0] += R.randint(1000, 5000)
        body = {"gpsi": Sv("msisdn-", ("86" + s.msisdn, PH)), "iccid": (s.iccid, ICCID),
                "authSubscription": {"authenticationMethod": "5G_AKA",
                                     "encPermanentKey": (s.k, CRED), "encOpcKey": (s.opc, CRED),
                                     "authenticationManagementField": "8000",
                                     "algorithmId": "milenage",
                                     "sequenceNumber": {"sqn": "%012d" % R.randint(1, 99),
                                                        "sqnScheme": "NON_TIME_BASED"}},
                "nssai": {"defaultSingleNssais": [{"sst": 1, "sd": "010203"}]}}
        line("INFO", "prov-api-4", "PUT /nudr-prov/v1/subscribers/imsi-", (s.imsi, IMSI),
             " order=ORD%d channel=CRM-营业厅 body=" % order[0], [])
        d.buf = d.buf[:-1]
        jemit(d, body)
        d.ln("")
        line("INFO", "prov-api-4", "201 Created imsi=", (s.imsi, IMSI), " elapsed=%dms" %
             R.randint(20, 90))
        t[0] += dt.timedelta(minutes=R.randint(3, 20))
    s = SUBS[9]
    new_imsi, new_iccid = gen_imsi("CMCC"), gen_iccid("CMCC")
    order[0] += 777
    line("INFO", "prov-api-2", "POST /nudr-prov/v1/subscribers/imsi-", (s.imsi, IMSI),
         "/sim-swap order=ORD%d reason=补换卡 oldIccid=" % order[0], (s.iccid, ICCID),
         " newIccid=", (new_iccid, ICCID), " newImsi=", (new_imsi, IMSI), " ki=**** opc=****")
    line("INFO", "prov-api-2", '>> MOD IMSI: ISDN="', ("86" + s.msisdn, PH), '", NEWIMSI="',
         (new_imsi, IMSI), '";')
    line("INFO", "prov-api-2", "<< RETCODE = 0  操作成功")
    ghost = gen_mobile()
    line("WARN", "prov-api-1", '>> LST SUB: ISDN="', ("86" + ghost, PH), '", DETAIL=TRUE;')
    line("WARN", "prov-api-1", "<< RETCODE = 3001  用户不存在")
    line("INFO", "audit", "user=prov_gz_batch role=PROV_OPERATOR export=none masked_fields=[KIVALUE,"
         "OPCVALUE] sha256=", hexs(64))


# --------------------------------------------------------------------------- 11 open5gs mongoexport


def spaced_key(k):
    return " ".join(k[i:i + 8] for i in range(0, 32, 8))


def f_mongo(d):
    for i, s in enumerate((SUBS[3], SUBS[4], SUBS[5], SUBS[14], SUBS[20])):
        sess = {"name": "cmnet" if i != 3 else "gdent.5glan", "type": 3 if i != 3 else 4,
                "qos": {"index": 9, "arp": {"priority_level": 8, "pre_emption_capability": 1,
                                            "pre_emption_vulnerability": 1}},
                "ambr": {"downlink": {"value": 1, "unit": 3}, "uplink": {"value": 200, "unit": 2}}}
        if i in (2, 4):
            sess["ue"] = {"addr": (s.ipv4, IP)}
        if i == 4:
            s.static6 = s.v6 + ":" + v6_iid()
            sess["ue"]["addr6"] = (s.static6, IP)
        sess["pcc_rule"] = []
        sess["_id"] = {"$oid": hexs(24)}
        doc = {"_id": {"$oid": hexs(24)}, "schema_version": 1, "imsi": (s.imsi, IMSI),
               "msisdn": [("86" + s.msisdn, PH)], "imeisv": [(s.imeisv, IMEI)],
               "mme_host": [], "mme_realm": [], "purge_flag": [],
               "security": {"k": (spaced_key(s.k) if i % 2 == 0 else s.k, CRED), "op": None,
                            "opc": (spaced_key(s.opc) if i % 2 == 0 else s.opc, CRED),
                            "amf": "8000", "sqn": {"$numberLong": str(R.randint(1, 4000))}},
               "ambr": {"downlink": {"value": 1, "unit": 3}, "uplink": {"value": 200, "unit": 2}},
               "slice": [{"sst": 1, "sd": "010203", "default_indicator": True, "session": [sess],
                          "_id": {"$oid": hexs(24)}}],
               "access_restriction_data": 32, "subscriber_status": 0,
               "operator_determined_barring": 0, "network_access_mode": 0,
               "subscribed_rau_tau_timer": 12, "__v": 0}
        jemit(d, doc)
        d.w("\n")


# --------------------------------------------------------------------------- 12 VoNR SIP


IMS = "ims.mnc000.mcc460.3gppnetwork.org"


def pani(s, nci=None):
    return "46000" + s.tac + "%09x" % (nci or s.nci)


def f_sip(d):
    a, b = SUBS[7], SUBS[10]
    a.ue6 = a.v6 + ":" + v6_iid()
    b.ue6 = b.v6 + ":" + v6_iid()
    P = PCSCF6
    t = [dt.datetime(2024, 6, 18, 10, 2, 11, 482911)]

    def hdr(src, dst):
        t[0] += dt.timedelta(milliseconds=R.randint(5, 3000), microseconds=R.randint(0, 999))
        d.ln("")
        d.ln(t[0].strftime("%Y-%m-%d %H:%M:%S.%f "), "[", src, "]:5060 -> [", dst, "]:5060 UDP")

    ua, pa = (a.ue6, IP), NEG(P)
    A = ("+86" + a.msisdn, PH)
    B = ("+86" + b.msisdn, PH)
    callid = hexs(16) + "-" + hexs(8) + "@gz.ims"
    d.ln("# sngrep export  node=GZ-PCSCF-02  capture=Gm  filter: sip and not options")
    hdr(ua, pa)
    d.ln("REGISTER sip:%s SIP/2.0" % IMS)
    d.ln("Via: SIP/2.0/UDP [", ua, "]:5060;branch=z9hG4bK%s;rport" % hexs(12))
    d.ln("From: <sip:", A, "@%s>;tag=%s" % (IMS, hexs(8)))
    d.ln("To: <sip:", A, "@%s>" % IMS)
    d.ln("Contact: <sip:", A, "@[", ua, "]:5060>;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims."
         "icsi.mmtel\";+g.3gpp.smsip;+sip.instance=\"<urn:gsma:imei:",
         (a.imei[:8] + "-" + a.imei[8:14] + "-0", IMEI), ">\";expires=600000")
    d.ln('Authorization: Digest username="', (a.imsi, IMSI), '@%s",realm="%s",uri="sip:%s",nonce="%s",'
         'algorithm=AKAv1-MD5,response="%s"' % (IMS, IMS, IMS, b64u(bytes(R.randint(0, 255) for _ in range(32))),
                                              hexs(32)))
    d.ln("Call-ID: %s@%s" % (hexs(8), "gz.ims"))
    d.ln("CSeq: 2 REGISTER")
    d.ln("P-Access-Network-Info: 3GPP-NR-TDD;utran-cell-id-3gpp=", (pani(a), CELL))
    d.ln("Security-Verify: ipsec-3gpp;alg=hmac-sha-1-96;ealg=null;spi-c=%d;spi-s=%d;port-c=%d;"
         "port-s=%d" % (R.randint(10**8, 2 * 10**9), R.randint(10**8, 2 * 10**9),
                        R.randint(30000, 60000), R.randint(30000, 60000)))
    d.ln("User-Agent: HUAWEI-VoNR/1.0 HarmonyOS ", NEG("4.0.0.126"))
    d.ln("Content-Length: 0")
    hdr(pa, ua)
    d.ln("SIP/2.0 200 OK")
    d.ln("P-Associated-URI: <sip:", A, "@%s>, <tel:" % IMS, A, ">")
    d.ln("Service-Route: <sip:orig@scscf02.gz.%s;lr>" % IMS)
    d.ln("Contact: <sip:", A, "@[", ua, "]:5060>;expires=600000")
    d.ln("CSeq: 2 REGISTER")
    d.ln("Content-Length: 0")
    hdr(ua, pa)
    d.ln("INVITE tel:", B, ";phone-context=%s SIP/2.0" % IMS)
    d.ln("Via: SIP/2.0/UDP [", ua, "]:5060;branch=z9hG4bK%s;rport" % hexs(12))
    d.ln("From: <sip:", A, "@%s>;tag=%s" % (IMS, hexs(8)))
    d.ln("To: <tel:", B, ">")
    d.ln("P-Preferred-Identity: <sip:", A, "@%s>" % IMS)
    d.ln("Contact: <sip:", A, "@[", ua, "]:5060>;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims."
         "icsi.mmtel\";audio;video")
    d.ln("Call-ID: ", NEG(callid))
    d.ln("CSeq: 1 INVITE")
    d.ln("P-Access-Network-Info: 3GPP-NR-TDD;utran-cell-id-3gpp=", (pani(a), CELL))
    d.ln("P-Preferred-Service: urn:urn-7:3gpp-service.ims.icsi.mmtel")
    d.ln("Supported: 100rel,timer,precondition,histinfo")
    d.ln("Content-Type: application/sdp")
    d.ln("")
    d.ln("v=0")
    d.ln("o=- %d %d IN IP6 " % (R.randint(10**9, 2 * 10**9), R.randint(1, 9)), ua)
    d.ln("c=IN IP6 ", ua)
    d.ln("m=audio %d RTP/AVP 116 107 118 96 111 110" % R.randint(31000, 31999))
    d.ln("a=rtpmap:116 EVS/16000")
    d.ln("a=curr:qos local none")
    hdr(pa, ua)
    d.ln("SIP/2.0 180 Ringing")
    d.ln("To: <tel:", B, ">;tag=%s" % hexs(8))
    d.ln("P-Asserted-Identity: <tel:", B, ">")
    d.ln("Call-ID: ", NEG(callid))
    d.ln("CSeq: 1 INVITE")
    hdr(ua, pa)
    d.ln("BYE sip:%s@sbc01.gz.%s;transport=udp SIP/2.0" % (hexs(12), IMS))
    d.ln("From: <sip:", A, "@%s>;tag=%s" % (IMS, hexs(8)))
    d.ln("To: <tel:", B, ">;tag=%s" % hexs(8))
    d.ln("Call-ID: ", NEG(callid))
    d.ln("CSeq: 3 BYE")
    d.ln("P-Access-Network-Info: 3GPP-NR-TDD;utran-cell-id-3gpp=",
         (pani(a, nci_of(a.gnb, a.cell % 6 + 1)), CELL), ";network-provided")
    d.ln("Reason: SIP;cause=200;text=\"User ends call\"")
    d.ln("Content-Length: 0")


# --------------------------------------------------------------------------- 13 RCS / 5G消息


def cn_date(dob):
    return "%d年%d月%d日" % (dob.year, dob.month, dob.day)


def f_rcs(d):
    bot = "sip:125200400111@botplatform.rcs.chinamobile.com"
    t = [dt.datetime(2024, 6, 18, 14, 3, 11, 208000)]

    def line(lvl, thr, *parts):
        t[0] += dt.timedelta(milliseconds=R.randint(80, 90000))
        d.ln(t[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d %-5s [%s] " % (
            t[0].microsecond // 1000, lvl, thr), *parts)

    def mo(s, *text, style="+86"):
        line("INFO", "maap-mo-%d" % R.randint(1, 8), "MO msgId=%s from=tel:" % uuid4(),
             ("+86" + s.msisdn, PH), " to=%s ct=text/plain body=\"" % bot, *text, "\"")

    def mt(s, *text):
        line("INFO", "maap-mt-%d" % R.randint(1, 8), "MT msgId=%s from=%s to=tel:" % (uuid4(), bot),
             ("+86" + s.msisdn, PH), " ct=application/vnd.gsma.botmessage.v1.0+json body=\"", *text,
             "\"")

    tok = b64u(bytes(R.randint(0, 255) for _ in range(36)))
    line("INFO", "csp-auth", "POST /bot/v1/%s/accessToken appId=gdyd_yyt_5gmsg -> 200 accessToken=" % bot,
         (tok, CRED), " expiresIn=7200")
    s = SUBS[8]
    pwd = "%06d" % R.randint(100000, 999999)
    mo(s, "你好，我要把套餐升级成5G智享套餐，机主", (s.name, N), "，身份证", (s.ric, RID), "，服务密码",
       (pwd, CRED), "。")
    mt(s, "尊敬的客户，尾号%s的机主您好：已为您预约5G智享套餐（次月1日生效），如有疑问请拨打10086。" %
       s.msisdn[-4:])
    s = SUBS[16]
    addr, _ = gen_addr(True)
    contact = make_sub("CU")
    mo(s, "预约5G CPE上门装机，装机地址：", (addr, ADDR), "，联系人：", (contact.name, N), "，电话：",
       (fmt_mob(contact.msisdn, "sp"), PH))
    mt(s, "已登记装机预约，装维工程师将在24小时内联系%s，请保持电话畅通。营业厅地址：天河区天河北路183号"
       "大都会广场首层（天河北营业厅）" % mask(contact.msisdn))
    s = SUBS[17]
    s.plate = gen_plate()
    mo(s, "帮我把车牌", (s.plate, PLATE), "绑定到5G车联网流量包，车载终端IMEI是", (s.imei, IMEI))
    mt(s, "已为车牌尾号%s的车载终端开通5G车联网流量包（30GB/月）。" % s.plate[-3:])
    s = SUBS[18]
    mo(s, "电子发票请发到邮箱", (s.email, EM), "。另外我生日是", (cn_date(s.dob), DOB),
       "，听说5G会员有生日流量礼包？")
    mt(s, "您好，生日礼包将于生日当月自动发放至号码%s，电子发票已发送至%s***@%s。" % (
        mask(s.msisdn), s.email[:2], s.email.split("@")[1]))
    s = SUBS[19]
    s.card = gen_bankcard()
    mo(s, "话费自动充值绑定银行卡：", (fmt_card(s.card), BC), "，持卡人", (s.name, N))
    mt(s, "已为您绑定尾号%s的银行卡，余额低于20元时自动充值50元。" % s.card[-4:])
    s = SUBS[12]
    mo(s, "家里5G信号特别差，老是掉到4G。地址是", (s.addr, ADDR), "，有问题打我电话",
       (fmt_mob(s.msisdn, "+86sp"), PH), "或者家里座机", ("020-%d" % R.randint(32000000, 89999999), PH))
    mt(s, "已为您创建网络投诉工单GZ-TS-20240618-%06d，网优工程师将在48小时内回访。" % R.randint(1, 999999))
    line("WARN", "maap-dr-2", "DeliveryReport msgId=%s to=tel:" % uuid4(), ("+86" + SUBS[20].msisdn, PH),
         " status=FAILED reason=UE_NOT_RCS_CAPABLE fallback=SMS via 1065840%06d" % R.randint(0, 999999))
    line("INFO", "maap-stat", "chatbot=%s mo=6 mt=6 dr_ok=5 dr_fail=1 fallback_sms=1" % bot)


# --------------------------------------------------------------------------- 14 complaint tickets


def landline():
    return "020-" + str(R.randint(3, 8)) + digits(7)


def f_tickets(d):
    seq = [R.randint(300, 500)]
    staff = ["gz_kf_0471", "gz_kf_1288", "sz_kf_0356", "gz_wy_0093", "gz_jf_0712"]

    def head(chan, cat, ts):
        seq[0] += R.randint(3, 40)
        d.ln("=" * 64)
        d.ln("工单编号：GD-TS-20240618-%06d    受理渠道：%s    紧急程度：%s" % (
            seq[0], chan, R.choice(["一般", "紧急", "一般"])))
        d.ln("受理时间：2024-06-%s    受理工号：%s    处理时限：15日" % (ts, R.choice(staff)))
        d.ln("投诉类别：%s" % cat)

    # 1 coverage
    s = SUBS[10]
    head("10086热线", "移动业务 > 网络质量 > 5G信号弱（室内）", "17 09:31:22")
    d.ln("客户姓名：", (s.name, N), "    证件类型：居民身份证    证件号码：", (s.ric, RID))
    d.ln("联系电话：", (fmt_mob(s.msisdn, "sp"), PH), "    备用电话：", (landline(), PH), "（家）")
    d.ln("常驻地址：", (s.addr, ADDR))
    d.ln("问题描述：客户反映自5月下旬起在家中5G信号仅1格，手机经常回落4G，VoNR通话断续，视频通话卡顿。")
    d.ln("处理过程：")
    d.ln("  06-17 10:02 网优中心（gz_wy_0093）：用户近7日常驻小区NCGI ",
         ("460-00-%d-%d" % (s.gnb, s.cell), CELL), "，RSRP均值-112dBm，室内深度覆盖不足。")
    d.ln("  06-17 10:05 网优中心：周边站点GZ_TH_TYDL_5GH01（站址：广州市天河区体育东路118号财富广场楼顶）"
         "已于06-15割接，调整天线下倾角后复测。")
    d.ln("  06-18 16:40 回访客户（%s），客户表示信号有所改善，同意结单。" % mask(s.msisdn))
    d.ln("处理结果：已解决    满意度：满意")
    # 2 billing refund
    s = SUBS[11]
    s.card = gen_bankcard()
    head("营业厅", "移动业务 > 计费争议 > 5G套餐流量超额", "17 14:12:05")
    d.ln("客户姓名：", (s.name, N), "    证件号码：", (s.ric, RID), "    联系电话：", (s.msisdn, PH))
    d.ln("问题描述：客户称5月办理5G畅享套餐（128元/月，含40GB），系统仍按原4G套餐计费，5月账单多收"
         "流量费86.40元，要求退费。客户出示营业厅受理单（天河北营业厅，天河北路183号）。")
    d.ln("身份核验：客户出生日期", (s.dob.strftime("%Y/%m/%d"), DOB), "，与证件信息一致。")
    d.ln("处理过程：计费中心核查CHF话单，5月1日-5月9日rating group 10未匹配新资费，属系统割接问题，同意退费。")
    d.ln("退款方式：原路退回失败，改退至客户本人银行卡  开户行：%s广州天河支行  卡号：" % BANK_NAME[s.card[:6]],
         (fmt_card(s.card) if s.card.startswith("62") else s.card, BC), "  户名：", (s.name, N))
    d.ln("处理结果：已退费86.40元，短信通知客户。")
    # 3 ported number, old CDMA phone MEID
    s = SUBS[23]
    meid = gen_meid()
    head("10086在线客服", "携号转网 > 转入后5G功能 > 终端不支持", "17 20:47:51")
    d.ln("客户姓名：", (s.name, N), "    联系电话：", (fmt_mob(s.msisdn, "+86"), PH), "（原中国电信号码，"
         "携号转入）")
    d.ln("问题描述：客户携号转入后无法使用5G SA，仍在使用旧电信CDMA手机（MEID：", (meid, MEID),
         "），新手机IMEI ", (s.imei, IMEI), " 插卡后提示“无服务”。")
    d.ln("处理过程：核查HSS/UDM签约正常，新卡ICCID ", (gen_iccid("CMCC"), ICCID), " 已激活；新终端未开启5G开关，"
         "指导客户设置后恢复。客户生日：", (s.dob.strftime("%Y-%m-%d"), DOB), "（核验身份用）。")
    d.ln("处理结果：已解决，客服工号sz_kf_0356回复客户，服务密码已重置为临时密码，提醒客户登录后修改。")
    # 4 FWA CPE
    s = SUBS[14]
    head("10086热线", "家庭业务 > 5G FWA（CPE）> 无法上网", "18 08:15:40")
    d.ln("客户姓名：", (s.name, N), "    联系电话：", (fmt_mob(s.msisdn, "dash"), PH),
         "    邮箱：", (s.email, EM))
    d.ln("安装地址：", (s.addr, ADDR))
    d.ln("设备信息：5G CPE Pro 3，WAN MAC ", (s.cpe_mac.upper().replace("-", ":"), MAC), "，SIM卡ICCID ",
         (s.iccid, ICCID), "，设备IMEI ", (s.imei, IMEI))
    d.ln("问题描述：CPE指示灯常亮红色，无法拨号；客户已重启多次。用户面IP ", (s.ipv4, IP),
         " 在SMF有会话，但UPF无下行流量。")
    d.ln("处理过程：核心网（gz_hx_0021）查UPF ", NEG(NF["UPF_N3"]), " N3隧道正常，怀疑CPE固件问题，"
         "安排上门更换设备。")
    d.ln("处理结果：处理中")
    # 5 roaming with passport / HK-Macau permit
    s = SUBS[15]
    pp, hk = gen_passport(), gen_permit()
    head("10086热线", "国际及港澳台漫游 > 5G漫游无法注册", "18 11:03:09")
    d.ln("客户姓名：", (s.name, N), "    证件：护照 ", (pp, PP), "（国际漫游开通登记）/ 港澳通行证 ",
         (hk, HKP))
    d.ln("联系电话：", (fmt_mob(s.msisdn, "+86dash"), PH), "    紧急联系人：",
         (SUBS[13].name, N), " ", (fmt_mob(SUBS[13].msisdn, "plain"), PH))
    d.ln("电子账单邮箱：", (s.email, EM))
    d.ln("问题描述：客户在澳门期间手机仅能驻留4G，无法使用5G SA漫游，且收到漫游流量提醒短信多条（10086发送）。")
    d.ln("处理过程：漫游合作方（澳门运营商）尚未开通5G SA漫游，已向客户解释并赠送1GB港澳漫游流量。")
    d.ln("处理结果：已解释")
    # 6 elderly customer, family contact, DOB
    s = make_sub()
    s.dob = dt.date(1944, 1, 1) + dt.timedelta(days=R.randint(0, 3650))
    s.ric = gen_ric(s.dob, s.sex)
    son = make_sub()
    son.name = s.sur + R.choice(GIVEN_M)[0]
    head("营业厅", "移动业务 > 服务质量 > 老年用户5G套餐误办", "18 15:26:33")
    d.ln("客户姓名：", (s.name, N), "    出生日期：", (cn_date(s.dob), DOB), "    证件号码：",
         (s.ric.lower() if s.ric.endswith("X") else s.ric, RID))
    d.ln("联系人：", (son.name, N), "（子）    联系人电话：", (fmt_mob(son.msisdn, "sp"), PH))
    d.ln("通讯地址：", (son.addr, ADDR))
    d.ln("问题描述：家属反映老人被推销办理5G至尊套餐（298元/月），老人实际只用通话，要求改回原套餐并退还差价。")
    d.ln("处理过程：调取受理录音，确认办理时未充分告知资费，同意次月改回原套餐，差价以话费形式返还。")
    d.ln("处理结果：已解决    回访号码：%s" % mask(son.msisdn))
    # 7 VoNR drops while driving, licence plate
    s = SUBS[17]
    head("10086热线", "移动业务 > 网络质量 > VoNR通话掉话（道路）", "18 18:52:10")
    d.ln("客户姓名：", (s.name, N), "    联系电话：", (s.msisdn, PH))
    d.ln("问题描述：客户每天驾车（车牌 ", (s.plate[:2] + "·" + s.plate[2:], PLATE), "）经广州大道北往返，"
         "VoNR通话在同一路段反复掉话。客户提供掉话时间及车辆位置：", ("23.1762,113.3318", COORD), "。")
    d.ln("处理过程：路测发现该路段NR小区", ("%09x" % SUBS[18].nci, CELL), "与邻区切换参数配置不当，"
         "已优化A3偏置；客户手机终端IMEI ", (s.imei, IMEI), " 型号支持VoNR。")
    d.ln("处理结果：已解决")


# --------------------------------------------------------------------------- driver / checks

FILES = [
    ("free5gc_console_20240618.log", f_free5gc),
    ("open5gs_amf_smf_upf.log", f_open5gs),
    ("sbi_http2_trace_20240618.txt", f_sbi),
    ("kafka_5gc_event_exposure.txt", f_kafka),
    ("ngap_nas5gs_tshark.txt", f_tshark),
    ("nwdaf_analytics_export_20240618.csv", f_nwdaf),
    ("chf_cdr_export_20240618.jsonl", f_chf),
    ("lmf_positioning_20240618.log", f_lmf),
    ("nrf_nf_profiles_20240618.json", f_nrf),
    ("udm_prov_20240618.log", f_udm),
    ("open5gs_subscribers.json", f_mongo),
    ("vonr_sip_trace_20240618.log", f_sip),
    ("rcs_5gmsg_maap_20240618.log", f_rcs),
    ("complaint_tickets_5g_202406.txt", f_tickets),
]

PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                      r"[A-HJ-NP-Z]·?(?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def check_value(typ, v):
    """Assert each labelled value is what it claims to be."""
    if typ == IMSI:
        if v.startswith("suci-"):
            m = re.fullmatch(r"suci-0-460-(\d\d)-\d{1,4}-0-0-(\d{10})", v)
            assert m and m.group(1) in ALL_MNC, v
        else:
            assert re.fullmatch(r"460\d{12}", v) and v[3:5] in ALL_MNC, v
    elif typ == IMEI:
        if "-" in v:     # urn:gsma:imei TAC-SNR-spare
            m = re.fullmatch(r"(\d{8})-(\d{6})-0", v)
            assert m and m.group(1) in TACS, v
        elif len(v) == 16:
            assert v[:8] in TACS and v.isdigit(), v
        else:
            assert len(v) == 15 and v[:8] in TACS and luhn_ok(v), v
    elif typ == PH:
        dg = re.sub(r"[ \-+]", "", v)
        if dg.startswith("0086"):
            dg = dg[4:]
        elif dg.startswith("86") and len(dg) == 13:
            dg = dg[2:]
        if dg.startswith("0"):
            assert re.fullmatch(r"0(?:20|755|757)[2-8]\d{7}", dg), v
        else:
            assert is_mobile(dg), v
    elif typ == RID:
        assert ric_ok(v), v
    elif typ == BC:
        dg = v.replace(" ", "")
        assert any(dg.startswith(b) and len(dg) == n for b, n in BANK_BIN) and luhn_ok(dg), v
    elif typ == ICCID:
        assert v.startswith("8986") and len(v) == 20 and luhn_ok(v), v
    elif typ == MEID:
        assert re.fullmatch(r"A[01][0-9A-F]{12}", v), v
    elif typ == IP:
        a = ipaddress.ip_address(v)
        if a.version == 4:
            assert v.split(".")[0] in ("10", "100"), v
        else:
            assert v.startswith("2409:8"), v
    elif typ == MAC:
        assert re.fullmatch(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}", v), v
    elif typ == CELL:
        assert re.fullmatch(r"[0-9a-fA-F]{7,9}|0x[0-9a-f]{9,10}|460-00-[0-9a-f]{9}|460-00-\d{7,8}-\d"
                            r"|46000[0-9a-f]{15}", v), v
    elif typ == COORD:
        parts = re.split(r",\s?", v)
        for x in parts:
            f = float(x)
            assert 22 < f < 24 or 113 < f < 115, v
    elif typ == CRED:
        assert len(v) >= 6 and "*" not in v, v
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
    elif typ == ADDR:
        assert re.search(r"(室|房|号)$", v) and ("市" in v), v


DIGRUN = re.compile(rb"(?<!\d)\d+[Xx]?(?!\d)")
IPV4_RE = re.compile(rb"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
V6_RE = re.compile(rb"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")
MAC_RE = re.compile(rb"(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
                    rb"(?![0-9A-Fa-f:-])")
NULL_SUCI_RE = re.compile(rb"suci-0-\d{3}-\d{2,3}-\d{1,4}-0-0-\d+")
EMAIL_B = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
NOT_MAIL = (b"3gppnetwork.org", b"rcs.chinamobile.com", b"gz.ims")


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
        n, bad = len(g), None
        if g[-1] in "Xx":
            bad = "ric" if n == 18 and ric_ok(g) else None
        elif n == 11 and is_mobile(g):
            bad = "mobile"
        elif n == 13 and g.startswith("86") and is_mobile(g[2:]):
            bad = "mobile86"
        elif n == 15 and g.startswith("460") and g[3:5] in ALL_MNC:
            bad = "imsi"
        elif n == 15 and luhn_ok(g) and g[:2] in ("35", "86"):
            bad = "imei"
        elif n == 16 and g[:8] in TACS:
            bad = "imeisv"
        elif n == 18 and ric_ok(g):
            bad = "ric"
        elif 16 <= n <= 19 and (g.startswith("62") or g.startswith("436742")) and luhn_ok(g):
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
    for m in MAC_RE.finditer(data):
        if not covered(m.start(), m.end()):
            probs.append(("mac", m.group()))
    for m in NULL_SUCI_RE.finditer(data):
        if not covered(m.start(), m.end()):
            probs.append(("null-suci", m.group()))
    for m in EMAIL_B.finditer(data):
        if not covered(m.start(), m.end()) and not m.group().endswith(NOT_MAIL):
            probs.append(("email", m.group()))
    for m in re.finditer(PLATE_RE.pattern.encode(), data):
        if not covered(m.start(), m.end()):
            probs.append(("plate", m.group().decode()))
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
        srt = sorted(doc.labels)
        for x, y in zip(srt, srt[1:]):
            assert x[1] <= y[0], (fname, x, y)
        probs = self_check(doc, data)
        for p in probs[:30]:
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
        assert r["type"] in TYPES and r["end"] > r["start"]
    counts, per_file = {}, {}
    for fname, _, _, typ, _ in all_labels:
        counts[typ] = counts.get(typ, 0) + 1
        per_file[fname] = per_file.get(fname, 0) + 1
    for fname, _ in FILES:
        nl = written[fname].count(b"\n")
        print("%-38s %4d lines %4d labels" % (fname, nl, per_file.get(fname, 0)))
    for typ in sorted(counts):
        print("%-26s %5d" % (typ, counts[typ]))
    print("total %d labels in %d files" % (len(all_labels), len(FILES)))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
