#!/usr/bin/python3
r"""Synthetic, labelled corpus: personal information that developers left in an operator's code
repositories and build artefacts (tests, fixtures, configs, notebooks, diffs, bundles).

All people, numbers, secrets and addresses are invented.  The operator ("华信通信", hxtel.com.cn),
its hosts and its staff are fictional; streets and estates are real or real-looking place names.
Identifiers are valid: resident IDs carry the GB 11643 check character and a GB/T 2260 region code
from python-stdnum's table, mobiles are in allocated ranges (libphonenumber metadata via
python3-phonenumbers; operator prefix consistent with the IMSI MNC and ICCID issuer), landlines are
valid for their area code, IMSI = 460 + a real MNC, IMEI (15 digits, real-looking TAC) and UnionPay
cards (BIN 62, 16/19 digits) pass Luhn, ICCID = 8986 + issuer code + Luhn (19 or 20 digits).
Every label is re-checked when the corpus is written (see verify()).

Files
-----
CustomerServiceTest.java        JUnit 5 test of a CRM service: builder fixtures (name, ID, phone, e-mail,
                                LocalDate birth dates, address, bank cards), SIM swap (ICCID/IMSI/IMEI),
                                family plan (incl. a landline), passport real-name, LBS fix, ETC plate,
                                login audit (IP, MAC, IMEI, password); @CsvSource of valid identities and
                                name/pinyin pairs; @ValueSource of INVALID IDs / numbers (not labelled).
SubscriberProvisioningService.java  Spring @Service: Javadoc table of "test subscribers", incident notes,
                                whitelist Set.of(...) with comments, hard-coded host IP / secrets, a main()
                                with an escaped JSON body; WangTingClient (网厅), HuangjinPackageCatalog,
                                ZhangjiangIdcRouter and 张江机房 as surname-like negatives.
SubscriberMapper.xml            MyBatis mapper: sample SQL and result tables in XML comments, a debug
                                <if> with literal values, example VALUES rows, bank-binding samples.
test_billing_fixtures.py        pytest fixtures (dicts, dt.date birth dates), family members, param
                                fixtures, CUSTOMERS list, parametrize tables of phone formats (incl.
                                invalid / service / placeholder inputs), regression tests.
churn_analysis_202405.ipynb     Jupyter notebook (nbformat 4.5 JSON, raw UTF-8): connection string with
                                password, DataFrame outputs rendered both as text/plain and text/html
                                (every occurrence labelled), stdout prints, device table, KeyError
                                traceback, base64 PNG, conclusions in markdown.
subscriber_test.go              Go table-driven tests: struct literals (MSISDN as int64 8613..., LatLng),
                                phone formats incl. full-width digits, CDR lines, redaction cases
                                (input labelled, masked output not), MAC and IP classification tables.
mockCustomers.ts                Front-end mock data: customers with split address objects (province /
                                city / district / detail), landlines, last-login IP/IMEI/MAC, orders with
                                receiver and tracking numbers, a staging JWT.
zh-CN.json                      i18n strings: placeholders and format examples only (张三, 138 0013 8000,
                                11010519491231002X, E12345678, 京A12345, 00:1A:2B:3C:4D:5E, {name});
                                the only labels are the translator's name and e-mail in "_meta".
V3__seed_customers.sql          Flyway migration: CREATE TABLE + INSERT with column lists (multi-row) and
                                without (one row per statement), bank bindings, enterprise customers
                                (company names / USCC / registered address / office line = negatives,
                                legal person = labelled), ETC plates, device logins (IP, MAC, IMEI,
                                lat and lng columns), UPDATE/DELETE with literals, t_config secrets.
application-prod.yml            Spring config: JDBC / Mongo / Oracle user/password@host URLs, Redis and
                                Kafka SASL passwords, SMS secret, Aliyun AccessKey, JWT secret, SM4 key,
                                DingTalk token, whitelist numbers, alarm receivers (staff), ${...} placeholders.
git_log_p_fixtures.diff         `git log -p`: a commit removing real subscribers from a CSV fixture and a
                                Java test (removed "-" lines and one missed context line are labelled; "+"
                                replacements 100000000NN are not), a merge, a commit moving a password to
                                an env variable (the removed password is labelled), a commit adding CDRs.
subscriber_testdata.textproto   protobuf text format golden data: names, Latin names, IDs / passports,
                                86-prefixed MSISDNs, landlines, SIM, devices, split or single-line
                                addresses, last_location latitude / longitude, plates; a masked record.
crm-api.http                    IntelliJ/VS Code HTTP client file: variables (UAT host IP, bearer JWT),
                                query strings, JSON bodies, Basic auth, form-urlencoded body, responses in
                                comments, X-App-Secret header.
README.md                       Project README: API examples with placeholders (not labelled), field table
                                of public examples, UAT section with real test account, maintainers table.
CHANGELOG.md                    Keep-a-Changelog file: versions, build numbers, digests, timestamps, order
                                numbers (negatives); a few customer values in bug entries; contributors.
PiValidators.java               Regex / validator source: patterns and comments full of public test vectors,
                                placeholders and invalid values (not labelled); only the values marked
                                "regression" (real customers) and the authors are labelled.
app.4f9c2a71.min.js             Minified webpack bundle lines: config with API host and appSecret, mock
                                customer records, device records with [lng,lat] arrays, vendor noise
                                (licence banner, base64, hashes, constants), a login form with defaults,
                                \uXXXX-escaped non-PI UI strings.
strings.xml                     Android resources: placeholders / format strings (not labelled), a debug
                                block with a tester's number and password, demo identity, Wi-Fi MAC,
                                push secret, debug account list.
.gitlab-ci.yml                  CI pipeline: registry password, Sonar / npm / DingTalk tokens, notify
                                mobiles / e-mail, service password, an inline Dockerfile with ENV secrets,
                                sshpass / curl -u passwords, deploy host IPs.
.env.example                    Template with placeholders only - NO labels (hard-negative file).
.env                            Committed local overrides with real secrets, host IPs, a test subscriber.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive), sorted by file then start.  Labels never overlap and never
include surrounding quotes, keys, "Bearer ", "Basic " or "&lt;"/"&gt;".

Label conventions
-----------------
General: every occurrence of a real-looking value of a private person is labelled wherever it
appears - string literals, comments, Javadoc, XML comments, notebook outputs (text/plain AND
text/html copies), diffs ("-", "+" and context lines alike), URLs and query strings, JSON embedded
in Java strings.  Values that are syntactically invalid (wrong check digit, wrong length, impossible
date, unallocated prefix), masked (139****5678, 韦*涵, 330106********1234, w***@126.com), all-zero
or XXXX placeholders, public test vectors and well-known documentation examples are NOT labelled,
even in a test that "accepts" them.  No PI is written with \uXXXX escapes; escaped strings in the
corpus (app.*.min.js, strings.xml) are non-PI UI text.
* PERSON_NAME: full names of private people - customers, family members, legal persons of small
  enterprise customers, and operator staff (developers in @author / git Author / Reviewed-by lines,
  maintainers, translators, testers, on-call) - in Chinese characters (2-4, incl. compound
  surnames) or pinyin as written ("QIU Guijing", "Xiao Yourui", "Fan Duan", "ZHOU/YIHUA",
  "TAO FANJIE").  The name only ("尹丽桂 的记录" -> 尹丽桂).  Not labelled: login handles ("(shaohy)",
  TODO(duhh), @handles in CHANGELOG), surname + title (毛经理, 郝老师), masked names, placeholder names
  (张三, 测试用户01, 测试用户), class / package / identifier names containing surname pinyin
  (ZhangjiangIdcRouter, WangTingClient = 网厅, HuangjinPackageCatalog), company names containing a
  surname (上海王氏餐饮管理有限公司, 杭州张小泉刀剪销售有限公司, 成都周记餐饮有限公司), place names
  (张江机房, streets like 张杨路 are part of an address label), the open-source author in a licence
  banner, "ci-bot", "NOC 值班".
* CHINA_RESIDENT_ID_NUMBER: valid 18-character numbers, upper- or lower-case x.  Not labelled: the
  GB 11643 sample 11010519491231002X / 11010519491231002x and its 15-digit form 110105491231002,
  110101199001011234 and other wrong-check-digit numbers, 17/19-digit strings, 30 February,
  000000000000000000, masked IDs.
* PHONE_NUMBER: subscriber mobiles in any writing (spaces, dashes, +86, +86-, 86 prefix i.e. the
  13-digit MSISDN "8618167302577" - also as a Go int64 literal -, 0086, full-width digits) and
  landlines with area code ("028-43131119", "+86 27 87663846", "073122334044").
  Not labelled: 13800138000 in any writing (the universally known placeholder test number, although
  it is in an allocated range), service numbers (10086, 10010, 10000, 12345, 12300, 95588,
  4008-123-123, 400-810-8888), SMS sender codes (1065900010086), invalid / unallocated numbers
  (10000000001.., 12012345678, 1391234567, 139123456789, 23912345678, 1O086), masked numbers,
  enterprise office lines (t_enterprise.office_tel), a number that is the local part of an e-mail
  address (13716196942@139.com is one EMAIL_ADDRESS label), digit runs inside longer runs.
* EMAIL_ADDRESS: personal mailboxes and staff mailboxes (firstname.lastname@hxtel.com.cn).  Not
  labelled: role / service mailboxes (service@, noc@, crm-dev@, noreply@), placeholders at
  example.com (user@example.com, name@example.com, admin@example.com), masked addresses.
* BANK_CARD_NUMBER: UnionPay cards (BIN 62, 16 or 19 digits, Luhn-valid), plain or in groups of
  four.  Not labelled: UnionPay sandbox card 6216261000000000018, Visa test card 4111111111111111,
  masked cards, agreement / order / tracking numbers, Luhn-valid-looking long IDs.
* STREET_ADDRESS: a private person's address (home, mailing, delivery / receiver, old and new
  address), whole, from the first place name as written to the last detail (room, 号, 组/号, 院内);
  a space-separated address is one span.  When one address is split into province / city /
  district / detail fields (mockCustomers.ts address objects, textproto home_address) each
  non-empty field is one label, even "浙江省" alone.  Not labelled: a standalone city column or
  value that is not part of a split address (DataFrame "city", CSV "city", groupby output, 杭州市中心),
  company registered addresses, placeholders (北京市东城区XX路XX号XX室, 省/市/区/街道/门牌号).
* DATE_OF_BIRTH: birth dates in any format ("1967-11-15", "1996/04/15", "19861203", "1958年4月26日")
  including the argument text of a date constructor in code: LocalDate.of(1996, 9, 5) -> "1996, 9, 5",
  dt.date(1992, 5, 12) -> "1992, 5, 12".  The date inside an ID number is not labelled again.  Not
  labelled: creation / login / registration dates, the reference date in an age test
  (LocalDate.of(2024, 6, 14)), placeholder 1990-01-01, timestamps.
* IP_ADDRESS: concrete host addresses - subscribers' client IPs and the operator's server IPs
  (10/8, 172.16/12, 192.168/16 included) in config, URLs, JDBC URLs, commands, fixtures, comments,
  bundles.  Not labelled: 127.0.0.1, 0.0.0.0, 255.255.255.255, CIDR networks (10.0.0.0/8),
  documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), version
  strings (10.0.19041.1, 3.8.0.20240611), OIDs, host names (localhost, mysql, docker:2375).
* CREDENTIAL: the secret value only (not the key, not "Bearer "/"Basic ", not quotes): passwords
  (config keys, the password part of user:password@host and Oracle user/password@host URLs, Kafka
  JAAS, sshpass -p, curl -u user:password, test-fixture and debug passwords), API secrets and
  tokens (hex / base62 app secrets, JWTs, DingTalk access_token, ghp_, squ_, npm_ tokens, base64 JWT
  signing key, hex SM4 key, the base64 blob of a Basic Authorization header), and bcrypt password
  hashes ($2a$10$...) in seed data.  Not labelled: user names (crm_app, deploy, prov_op, billing),
  AccessKey IDs (LTAI5t...), app IDs, placeholders (${DB_PASSWORD}, ${OCS_TOKEN:}, <YOUR_TOKEN>,
  ${TOKEN}, your_password_here, changeme, xxxx..., ********, <token>, LTAI****), mock tokens,
  content hashes (git SHAs, sha256, md5, checksums, Change-Id), request signatures (sign=...),
  UUIDs / trace IDs, HSM key references.
* IMSI_ID: 460 + MNC + MSIN (15 digits).  Not labelled: 3GPP test IMSI 001010123456789,
  460000000000000, masked or X-ed forms, the MCC/MNC alone.
* IMEI_HARDWARE_ID: 15-digit Luhn-valid IMEIs.  Not labelled: 490154203237518 (public example) and
  490154203237519, 000000000000000 (emulator), a TAC alone, the i18n example 35-209900-176148-1.
* ICCID_NUMBER: 8986 + issuer + Luhn, 19 or 20 digits.  Not labelled: spare-card placeholders
  89860000000000000N0, 89860000000000000000, masked / xxxx forms.
* MAC_ADDRESS: device MACs with colons, dashes or Cisco dots, either case.  Not labelled:
  00:00:00:00:00:00, FF:FF:FF:FF:FF:FF, 02:00:00:00:00:00 (Android placeholder), the documentation
  example 00:1A:2B:3C:4D:5E, OBU IDs (16 hex).
* CHINA_PASSPORT: E + 8 digits, E + letter + 7 digits, G + 8 digits.  Not labelled: format examples
  E12345678 / EA1234567 in i18n and validator comments.
* CHINA_LICENSE_PLATE: plates with or without the middle dot ("沪B·68437", "沪B68437"), new-energy
  plates with 6 characters after the letter ("粤EF47066").  Not
  labelled: the example 京A12345, regexes, ICP licence numbers (京ICP备12345678号).
* LOCATION_COORDINATES: positions of a subscriber or device.  A lat/lng pair written together
  ("41.802649, 123.408696", LatLng{...} arguments, a CDR field, a JS [lng,lat] array) is one span;
  latitude and longitude in separate fields / columns / arguments are one label each.  Not
  labelled: map default centres in config / seed / env (39.909187,116.397451, 30.274085,120.155070),
  the "0,0" of a heartbeat record.
* Not labelled anywhere: customer / order / agreement / tracking / work-order / incident numbers,
  USCC codes, UUIDs, hashes, ports, build and version numbers, millisecond timestamps, magic
  constants, base64 blobs, postcodes, amounts, cell / plan codes.

usage: make_corpus.py [--out DIR]
"""
import argparse
import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import sys
import random

import phonenumbers
from stdnum import imei as std_imei
from stdnum import imsi as std_imsi
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20240614
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
MAC = "MAC_ADDRESS"
PP = "CHINA_PASSPORT"
PLATE = "CHINA_LICENSE_PLATE"
LOC = "LOCATION_COORDINATES"

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

    def ln(self, *parts):
        self.w(*parts)
        self.buf += b"\n"


def L(v, t):
    return (v, t)


def flat(parts):
    """Plain text of a list of parts (for measuring / quoting decisions)."""
    out = []
    for p in parts if isinstance(parts, list) else [parts]:
        if isinstance(p, tuple):
            out.append(p[0])
        elif isinstance(p, list):
            out.append(flat(p))
        elif p is not None:
            out.append(p)
    return "".join(out)


# JSON writer that keeps labels: S([...parts...]) is one JSON string made of parts;
# a (value, TYPE) tuple is a labelled scalar (string or number).
class S(list):
    pass


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jnum(v):
    return json.dumps(v)


def jwrite(doc, obj, indent=2, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    sep = ": " if indent else ":"
    if isinstance(obj, tuple):
        v, t = obj
        if isinstance(v, str):
            assert jesc(v) == v, v
            doc.w('"', (v, t), '"')
        else:
            doc.w((jnum(v), t))
    elif isinstance(obj, S):
        doc.w('"')
        for p in obj:
            if isinstance(p, tuple):
                assert jesc(p[0]) == p[0], p
                doc.w(p)
            else:
                doc.w(jesc(p))
        doc.w('"')
    elif isinstance(obj, str) or obj is None or isinstance(obj, (bool, int, float)):
        doc.w(json.dumps(obj, ensure_ascii=False))
    elif isinstance(obj, dict):
        if not obj:
            doc.w("{}")
            return
        doc.w("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            doc.w(pad + json.dumps(k, ensure_ascii=False) + sep)
            jwrite(doc, v, indent, level + 1)
            doc.w(("," if i < len(items) - 1 else "") + nl)
        doc.w(end + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.w("[]")
            return
        doc.w("[" + nl)
        for i, v in enumerate(obj):
            doc.w(pad)
            jwrite(doc, v, indent, level + 1)
            doc.w(("," if i < len(obj) - 1 else "") + nl)
        doc.w(end + "]")
    else:
        raise TypeError(type(obj))


# ----------------------------------------------------------------------------- building blocks

SURNAMES = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
    ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
    ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"),
    ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"), ("吕", "Lyu"), ("丁", "Ding"),
    ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("姜", "Jiang"), ("崔", "Cui"),
    ("钟", "Zhong"), ("谭", "Tan"), ("陆", "Lu"), ("汪", "Wang"), ("范", "Fan"), ("金", "Jin"),
    ("石", "Shi"), ("廖", "Liao"), ("贾", "Jia"), ("夏", "Xia"), ("韦", "Wei"), ("付", "Fu"),
    ("方", "Fang"), ("邹", "Zou"), ("熊", "Xiong"), ("白", "Bai"), ("孟", "Meng"), ("秦", "Qin"),
    ("邱", "Qiu"), ("侯", "Hou"), ("江", "Jiang"), ("尹", "Yin"), ("薛", "Xue"), ("闫", "Yan"),
    ("段", "Duan"), ("雷", "Lei"), ("龙", "Long"), ("黎", "Li"), ("史", "Shi"), ("陶", "Tao"),
    ("贺", "He"), ("毛", "Mao"), ("郝", "Hao"), ("顾", "Gu"), ("龚", "Gong"), ("邵", "Shao"),
    ("万", "Wan"), ("覃", "Qin"), ("武", "Wu"), ("钱", "Qian"), ("严", "Yan"), ("莫", "Mo"),
    ("戴", "Dai"), ("庞", "Pang"), ("岳", "Yue"), ("柳", "Liu"), ("章", "Zhang"), ("俞", "Yu"),
]
COMPOUND = [("欧阳", "Ouyang"), ("司马", "Sima"), ("上官", "Shangguan"), ("诸葛", "Zhuge"),
            ("慕容", "Murong"), ("东方", "Dongfang")]
MALE = dict(zip("伟强磊军勇杰涛明超刚建国志华俊浩宇轩晨鹏飞东海博凯瑞峰森辉亮斌鑫泽楷昊天佑铭振永庆德成立宏航帆远毅卓凡彬恒睿宸逸然",
                ["wei", "qiang", "lei", "jun", "yong", "jie", "tao", "ming", "chao", "gang", "jian",
                 "guo", "zhi", "hua", "jun", "hao", "yu", "xuan", "chen", "peng", "fei", "dong", "hai",
                 "bo", "kai", "rui", "feng", "sen", "hui", "liang", "bin", "xin", "ze", "kai", "hao",
                 "tian", "you", "ming", "zhen", "yong", "qing", "de", "cheng", "li", "hong", "hang",
                 "fan", "yuan", "yi", "zhuo", "fan", "bin", "heng", "rui", "chen", "yi", "ran"]))
FEMALE = dict(zip("芳娜敏静丽艳娟霞雅欣怡涵思雨婷嘉佳琪晓燕玉兰春梅红欢倩璐颖慧婧宁岚诺若曦彤依晴秀淑桂芬凤英珍雪琳晶莉蕾蓉锦瑶萱可馨昕舒婉清桐珊丹露薇蔚",
                  ["fang", "na", "min", "jing", "li", "yan", "juan", "xia", "ya", "xin", "yi", "han",
                   "si", "yu", "ting", "jia", "jia", "qi", "xiao", "yan", "yu", "lan", "chun", "mei",
                   "hong", "huan", "qian", "lu", "ying", "hui", "jing", "ning", "lan", "nuo", "ruo",
                   "xi", "tong", "yi", "qing", "xiu", "shu", "gui", "fen", "feng", "ying", "zhen",
                   "xue", "lin", "jing", "li", "lei", "rong", "jin", "yao", "xuan", "ke", "xin",
                   "xin", "shu", "wan", "qing", "tong", "shan", "dan", "lu", "wei", "wei"]))
assert len(MALE) > 50 and len(FEMALE) > 60

# (province, city, district, GB/T 2260 code, streets, estates, (lat, lng) of the district)
CITIES = [
    ("北京市", "北京市", "朝阳区", "110105", ["建国路", "望京西路", "朝阳北路", "东三环中路", "安立路"],
     ["望京花园", "远洋天地", "首开常青藤", "华贸公寓", "北苑家园"], (39.9219, 116.4436)),
    ("北京市", "北京市", "海淀区", "110108", ["中关村大街", "学院路", "永定路", "北四环西路", "西三旗建材城中路"],
     ["清河小营", "世纪城", "万柳书院", "双榆树北里", "蓝靛厂小区"], (39.9593, 116.2980)),
    ("上海市", "上海市", "浦东新区", "310115", ["张杨路", "世纪大道", "锦绣路", "杨高南路", "东方路"],
     ["联洋新苑", "仁恒滨江园", "金杨新村", "东方城市花园", "由由新村"], (31.2215, 121.5447)),
    ("上海市", "上海市", "徐汇区", "310104", ["漕溪北路", "田林路", "宜山路", "龙华中路", "虹漕路"],
     ["徐汇苑", "田林十二村", "康健新村", "汇成一村"], (31.1885, 121.4365)),
    ("上海市", "上海市", "闵行区", "310112", ["七莘路", "虹井路", "都市路", "莲花南路"],
     ["莘城苑", "春申景城", "古美西路小区", "梅陇三村"], (31.1129, 121.3816)),
    ("广东省", "广州市", "天河区", "440106", ["天河路", "黄埔大道西", "体育西路", "天河北路", "中山大道西"],
     ["天河南二街小区", "华景新城", "骏景花园", "珠江新城海滨花园"], (23.1249, 113.3612)),
    ("广东省", "深圳市", "南山区", "440305", ["南海大道", "桃园路", "科苑南路", "沙河西路", "前海路"],
     ["蔚蓝海岸", "桃源村", "南山花园", "海岸城公寓", "阳光棕榈园"], (22.5333, 113.9305)),
    ("广东省", "深圳市", "福田区", "440304", ["深南中路", "福华路", "彩田路", "新洲路"],
     ["景田北小区", "香蜜湖一号", "皇岗花园", "福民新村"], (22.5410, 114.0550)),
    ("浙江省", "杭州市", "西湖区", "330106", ["文三路", "天目山路", "古墩路", "教工路", "学院路"],
     ["翠苑一区", "嘉绿苑", "文鼎苑", "府苑新村", "紫金港小区"], (30.2745, 120.1228)),
    ("浙江省", "杭州市", "滨江区", "330108", ["江南大道", "长河路", "滨盛路", "江虹路"],
     ["东方郡", "钱塘春晓", "江南文苑", "星耀城公寓"], (30.2084, 120.2120)),
    ("江苏省", "南京市", "鼓楼区", "320106", ["湖南路", "中山北路", "北京西路", "广州路"],
     ["颐和公寓", "清凉山花园", "凤凰西街小区", "龙江小区"], (32.0662, 118.7699)),
    ("江苏省", "苏州市", "姑苏区", "320508", ["干将西路", "人民路", "十全街", "三香路"],
     ["桐泾新村", "三元四村", "彩香一村", "南环新村"], (31.3112, 120.6178)),
    ("四川省", "成都市", "武侯区", "510107", ["人民南路四段", "科华北路", "玉林北路", "武侯大道"],
     ["玉林小区", "棕北小区", "锦绣花园", "紫荆小区"], (30.6423, 104.0434)),
    ("湖北省", "武汉市", "洪山区", "420111", ["珞喻路", "关山大道", "雄楚大道", "民族大道"],
     ["光谷世界城公寓", "保利花园", "南湖山庄", "珞狮南路小区"], (30.5000, 114.3436)),
    ("陕西省", "西安市", "雁塔区", "610113", ["小寨东路", "科技路", "长安南路", "雁塔西路"],
     ["曲江华府", "吉祥村小区", "枫叶新都市", "紫薇田园都市"], (34.2135, 108.9485)),
    ("山东省", "济南市", "历下区", "370102", ["泉城路", "经十路", "历山路", "和平路"],
     ["燕子山小区", "山大路小区", "佛山苑", "文化东路小区"], (36.6666, 117.0767)),
    ("山东省", "青岛市", "市南区", "370202", ["香港中路", "延安三路", "南京路", "闽江路"],
     ["八大峡小区", "海信慧园", "银都花园", "湛山花园"], (36.0670, 120.3829)),
    ("河南省", "郑州市", "金水区", "410105", ["花园路", "经三路", "文化路", "东风路"],
     ["金水花园", "省委家属院", "农科路小区", "丰产路小区"], (34.7756, 113.6606)),
    ("湖南省", "长沙市", "岳麓区", "430104", ["麓山南路", "桐梓坡路", "金星中路", "枫林三路"],
     ["阳光一百凤凰街", "桐梓坡小区", "麓谷小镇", "湘江世纪城"], (28.2353, 112.9311)),
    ("福建省", "厦门市", "思明区", "350203", ["湖滨南路", "厦禾路", "莲前西路", "嘉禾路"],
     ["莲花新村", "瑞景新村", "禾祥西小区", "湖滨一里"], (24.4454, 118.0823)),
    ("天津市", "天津市", "南开区", "120104", ["鞍山西道", "南京路", "卫津路", "红旗南路"],
     ["华苑小区", "王顶堤小区", "天拖南小区", "长江里"], (39.1382, 117.1504)),
    ("重庆市", "重庆市", "渝中区", "500103", ["民族路", "中山三路", "大坪正街", "上清寺路"],
     ["大坪英利国际公寓", "两路口小区", "菜园坝小区"], (29.5528, 106.5690)),
    ("辽宁省", "沈阳市", "和平区", "210102", ["南京南街", "三好街", "中华路", "太原北街"],
     ["万科春河里", "南湖小区", "和平新城"], (41.7886, 123.4012)),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", ["西大直街", "学府路", "红军街", "中山路"],
     ["宣化小区", "学府小区", "花园小区"], (45.7570, 126.6430)),
    ("云南省", "昆明市", "五华区", "530102", ["东风西路", "人民中路", "滇缅大道", "学府路"],
     ["翠湖小区", "西坝小区", "红云小区"], (25.0433, 102.7068)),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", ["民族大道", "东葛路", "金湖路", "竹溪大道"],
     ["凤岭小区", "金湖小区", "青秀山庄"], (22.8160, 108.3870)),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", ["解放北路", "新华南路", "延安路"],
     ["明园小区", "南门小区"], (43.7940, 87.6310)),
    ("安徽省", "合肥市", "蜀山区", "340104", ["长江西路", "黄山路", "潜山路", "望江西路"],
     ["琥珀名城", "西园新村", "稻香村小区"], (31.8512, 117.2605)),
    ("河北省", "石家庄市", "长安区", "130102", ["中山东路", "建设北大街", "裕华东路"],
     ["谈固小区", "育才小区", "翟营小区"], (38.0370, 114.5390)),
]
RURAL = [
    ("河南省", "周口市", "郸城县", "411625", ["汲冢镇后楼村", "宁平镇丁营村", "南丰镇孙楼村"], (33.6445, 115.1771)),
    ("山东省", "菏泽市", "曹县", "371721", ["青堌集镇王庄村", "庄寨镇桑庄村", "大集镇丁楼村"], (34.8255, 115.5425)),
    ("四川省", "南充市", "仪陇县", "511324", ["新政镇火花村", "马鞍镇大山村", "金城镇柳树村"], (31.2714, 106.3032)),
    ("浙江省", "绍兴市", "新昌县", "330624", ["儒岙镇南山村", "澄潭街道梅渚村"], (29.4999, 120.9039)),
    ("江西省", "九江市", "都昌县", "360428", ["大港镇高塘村", "周溪镇虬门村"], (29.2730, 116.2038)),
    ("河北省", "保定市", "涞水县", "130623", ["永阳镇北洛平村", "王村乡郭下村"], (39.3940, 115.7135)),
]
BIRTH_CODES = ["110105", "110108", "310115", "310104", "440106", "440305", "330106", "320106",
               "510107", "420111", "610113", "370102", "370202", "410105", "430104", "350203",
               "120104", "500103", "210102", "230103", "530102", "450103", "650102", "340104",
               "130102", "411625", "371721", "511324", "330782", "420106", "360102", "520102",
               "620102", "140105", "150102", "330203", "350102", "371102", "130503", "431102",
               "532901", "513401", "152502", "330102", "320102", "440103", "510104", "610104",
               "320583", "330624", "360428", "510681", "610402", "130623", "321282"]

# operator -> (IMSI MNCs, ICCID issuer codes, mobile prefixes)
OPERATORS = {
    "CM": (["00", "02", "04", "07", "08"], ["00", "02", "07"],
           ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158",
            "159", "172", "178", "182", "183", "184", "187", "188", "195", "198"]),
    "CU": (["01", "06", "09"], ["01", "06", "09"],
           ["130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196"]),
    "CT": (["03", "05", "11"], ["03", "11"],
           ["133", "149", "153", "173", "177", "180", "181", "189", "190", "191", "193", "199"]),
}
OUIS = ["00:E0:FC", "28:6E:D4", "AC:85:3D", "64:09:80", "F0:18:98", "00:19:C6", "50:C7:BF",
        "8C:BE:BE", "34:CE:00", "D4:6A:6A", "7C:1C:F1", "48:3C:0C", "A4:50:46", "EC:26:CA"]
TACS = ["86891203", "86754703", "35391110", "86144504", "86637805", "35209900", "86971804",
        "86012305", "35674108", "86818204", "86473103", "86538205"]
CARD_BINS = [("622848", 19), ("622202", 19), ("621226", 19), ("621700", 19), ("622700", 19),
             ("622588", 16), ("621485", 16), ("622260", 19), ("621661", 19), ("621799", 19),
             ("623058", 19), ("622155", 16), ("625807", 16), ("628288", 16), ("622908", 19),
             ("621483", 16), ("623668", 19)]
BANKS = {"622848": "中国农业银行", "622202": "中国工商银行", "621226": "中国工商银行",
         "621700": "中国建设银行", "622700": "中国建设银行", "622588": "招商银行", "621485": "招商银行",
         "622260": "交通银行", "621661": "中国银行", "621799": "中国邮政储蓄银行", "623058": "平安银行",
         "622155": "中信银行", "625807": "交通银行", "628288": "中信银行", "622908": "兴业银行",
         "621483": "招商银行", "623668": "中国建设银行"}
EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com",
                 "foxmail.com", "139.com", "189.cn", "hotmail.com", "yeah.net", "sohu.com",
                 "aliyun.com", "wo.cn"]
PLATE_PROV = {"北京市": "京", "上海市": "沪", "广东省": "粤", "浙江省": "浙", "江苏省": "苏",
              "四川省": "川", "湖北省": "鄂", "陕西省": "陕", "山东省": "鲁", "河南省": "豫",
              "湖南省": "湘", "福建省": "闽", "天津市": "津", "重庆市": "渝", "辽宁省": "辽",
              "黑龙江省": "黑", "云南省": "云", "广西壮族自治区": "桂", "新疆维吾尔自治区": "新",
              "安徽省": "皖", "河北省": "冀", "江西省": "赣"}
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
USER_IP_NETS = ["117.136", "223.104", "112.96", "183.192", "36.110", "111.18", "120.229",
                "39.144", "112.17", "221.178", "106.39", "58.246", "115.171", "182.150"]

MUNICIPAL = {"北京市", "上海市", "天津市", "重庆市"}


def rdigits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def rhex(n):
    return "".join(R.choice(HEX) for _ in range(n))


def rb62(n):
    return "".join(R.choice(B62) for _ in range(n))


def luhn_full(body):
    return body + luhn.calc_check_digit(body)


def rid_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def make_rid(code, dob, gender):
    while True:
        seq = R.randint(0, 999)
        if (seq % 2 == 1) != (gender == "M"):
            continue
        body = code + dob.strftime("%Y%m%d") + "%03d" % seq
        v = body + rid_check(body)
        assert ric.is_valid(v), v
        return v


def bad_rid(v):
    """Same number with a wrong check character (syntactically invalid)."""
    alts = [c for c in "0123456789X" if c != v[-1]]
    w = v[:-1] + R.choice(alts)
    assert not ric.is_valid(w)
    return w


def mobile_ok(num):
    x = phonenumbers.parse(num, "CN")
    return phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


USED = set(["13800138000"])


def gen_mobile(op=None):
    op = op or R.choice(["CM", "CM", "CU", "CT"])
    while True:
        n = R.choice(OPERATORS[op][2]) + rdigits(8)
        if n not in USED and mobile_ok(n):
            USED.add(n)
            return n


LANDLINE_AREAS = [("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8),
                  ("028", 8), ("027", 8), ("029", 8), ("0531", 8), ("0532", 8), ("0371", 8),
                  ("0731", 8), ("0592", 7), ("022", 8), ("023", 8), ("024", 8), ("0451", 8),
                  ("0871", 7), ("0551", 7), ("0311", 8)]


def gen_landline():
    while True:
        ac, n = R.choice(LANDLINE_AREAS)
        sub = R.choice("2345678") + rdigits(n - 1)
        x = phonenumbers.parse(ac + sub, "CN")
        if phonenumbers.is_valid_number(x) and phonenumbers.number_type(x) in (
                phonenumbers.PhoneNumberType.FIXED_LINE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return ac, sub


def fmt_landline(ac, sub, style=None):
    style = R.randrange(4) if style is None else style
    if style == 0:
        return ac + "-" + sub
    if style == 1:
        return "(" + ac + ")" + sub
    if style == 2:
        return ac + sub
    return "+86 " + ac[1:] + " " + sub


def fmt_phone(n, style=None):
    style = R.choice([0, 0, 0, 0, 1, 2, 3, 4, 5, 6]) if style is None else style
    if style == 0:
        return n
    if style == 1:
        return n[:3] + " " + n[3:7] + " " + n[7:]
    if style == 2:
        return n[:3] + "-" + n[3:7] + "-" + n[7:]
    if style == 3:
        return "+86 " + n[:3] + " " + n[3:7] + " " + n[7:]
    if style == 4:
        return "+86" + n
    if style == 5:
        return "86" + n
    if style == 6:
        return "+86-" + n
    return "0086" + n


def mask_phone(n):
    return n[:3] + "****" + n[7:]


def gen_card():
    b, n = R.choice(CARD_BINS)
    return luhn_full(b + rdigits(n - len(b) - 1))


def fmt_card(c, style=None):
    style = R.choice([0, 0, 1]) if style is None else style
    if style == 0:
        return c
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def gen_imsi(op):
    v = "460" + R.choice(OPERATORS[op][0]) + rdigits(10)
    assert std_imsi.is_valid(v)
    return v


def gen_imei():
    v = luhn_full(R.choice(TACS) + rdigits(6))
    assert std_imei.is_valid(v)
    return v


def gen_iccid(op):
    iss = R.choice(OPERATORS[op][1])
    if op == "CT" and R.random() < 0.3:
        return luhn_full("8986" + iss + rdigits(12))  # 19 characters
    return luhn_full("8986" + iss + rdigits(13))  # 20 characters


def gen_mac():
    return R.choice(OUIS) + ":" + ":".join("%02X" % R.randrange(256) for _ in range(3))


def fmt_mac(m, style=None):
    style = R.choice([0, 0, 1, 2, 3]) if style is None else style
    if style == 0:
        return m
    if style == 1:
        return m.lower()
    if style == 2:
        return m.replace(":", "-")
    h = m.replace(":", "").lower()
    return h[0:4] + "." + h[4:8] + "." + h[8:12]


def gen_passport():
    k = R.random()
    if k < 0.55:
        return "E" + rdigits(8)
    if k < 0.85:
        return "E" + R.choice(PLATE_LET) + rdigits(7)
    return "G" + rdigits(8)


def gen_plate(prov):
    ab = PLATE_PROV.get(prov, "京")
    city = R.choice("ABCDEFG")
    if R.random() < 0.25:  # new-energy: D/F + 5 digits
        tail = R.choice("DF") + rdigits(5)
    else:
        chars = [R.choice(DIG) for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[i] = R.choice(PLATE_LET)
        tail = "".join(chars)
    return ab + city + tail


def fmt_plate(p, style=None):
    style = R.choice([0, 0, 0, 1]) if style is None else style
    return p if style == 0 else p[:2] + "·" + p[2:]


def gen_user_ip():
    return R.choice(USER_IP_NETS) + ".%d.%d" % (R.randint(0, 255), R.randint(1, 254))


def gen_server_ip():
    k = R.random()
    if k < 0.6:
        return "10.%d.%d.%d" % (R.randint(1, 60), R.randint(0, 255), R.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(2, 250), R.randint(2, 250))


def gen_password(url_safe=False, n=None):
    n = n or R.randint(10, 16)
    specials = "!*_-+=." if url_safe else "!@%^*_-+=."
    while True:
        s = [R.choice(B62) for _ in range(n)]
        for i in R.sample(range(1, n), 2):
            s[i] = R.choice(specials)
        v = "".join(s)
        if re.search(r"[A-Z]", v) and re.search(r"[a-z]", v) and re.search(r"\d", v):
            return v


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_jwt(sub):
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    iat = R.randint(1717200000, 1718900000)
    body = b64url(json.dumps({"sub": sub, "iat": iat, "exp": iat + 7200,
                              "scope": "crm.read crm.write"}, separators=(",", ":")).encode())
    sig = b64url(bytes(R.randrange(256) for _ in range(32)))
    return head + "." + body + "." + sig


def gen_date(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(d0, d1))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d, style=None):
    style = R.choice([0, 0, 0, 1, 2, 3, 4, 5, 6]) if style is None else style
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime("%Y/%m/%d")
    if style == 2:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if style == 3:
        return d.strftime("%Y%m%d")
    if style == 4:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == 5:
        return d.strftime("%Y.%m.%d")
    if style == 6:
        return "%d-%d-%d" % (d.year, d.month, d.day)
    if style == 7:
        return d.strftime("%d/%m/%Y")
    return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)


class Addr:
    def __init__(self, prov, city, dist, detail, code, ll):
        self.prov, self.city, self.dist, self.detail, self.code, self.ll = (
            prov, city, dist, detail, code, ll)

    def full(self, style=None):
        style = R.choice([0, 0, 0, 1, 1, 2]) if style is None else style
        head = [self.prov, self.city, self.dist]
        if self.prov in MUNICIPAL:
            head = [self.city, self.dist]
        if style == 1:
            head = head[-2:] if self.prov not in MUNICIPAL else head
        if style == 2:
            return " ".join(head + [self.detail])
        return "".join(head) + self.detail


def gen_addr(city=None, rural=None):
    if rural is None:
        rural = R.random() < 0.12
    if rural:
        prov, cty, dist, code, villages, ll = R.choice(RURAL)
        detail = R.choice(villages) + R.choice(["", "%d组" % R.randint(1, 12)]) + "%d号" % R.randint(1, 88)
        return Addr(prov, cty, dist, detail, code, ll)
    c = city or R.choice(CITIES)
    prov, cty, dist, code, streets, estates, ll = c
    st = R.choice(streets)
    num = R.randint(1, 1288)
    k = R.random()
    fl = R.randint(1, 28)
    rm = "%d%02d" % (fl, R.randint(1, 6))
    if cty == "上海市" and k < 0.45:
        detail = "%s%d弄%d号%s室" % (st, R.randint(10, 2999), R.randint(1, 60), rm)
    elif k < 0.5:
        detail = "%s%d号%s%d栋%d单元%s室" % (st, num, R.choice(estates), R.randint(1, 30), R.randint(1, 4), rm)
    elif k < 0.72:
        detail = "%s%d号%s%d号楼%d单元%s" % (st, num, R.choice(estates), R.randint(1, 30), R.randint(1, 6), rm)
    elif k < 0.88:
        detail = "%s%d幢%s室" % (R.choice(estates), R.randint(1, 40), rm)
    else:
        detail = "%s%d号%s" % (st, num, R.choice(["院内", "%d-%d-%s" % (R.randint(1, 20), R.randint(1, 4), rm)]))
    return Addr(prov, cty, dist, detail, code, ll)


class Person:
    def __init__(self, gender=None, y0=1950, y1=2005, city=None, compound=None):
        self.gender = gender or R.choice("MF")
        if compound or (compound is None and R.random() < 0.03):
            self.sur, self.sur_py = R.choice(COMPOUND)
        else:
            self.sur, self.sur_py = R.choice(SURNAMES)
        pool = MALE if self.gender == "M" else FEMALE
        keys = list(pool)
        k = 1 if R.random() < 0.22 else 2
        chars = R.sample(keys, k)
        self.given = "".join(chars)
        self.giv_py = "".join(pool[c] for c in chars).capitalize()
        self.zh = self.sur + self.given
        self.dob = gen_date(y0, y1)
        self.addr = gen_addr(city)
        code = self.addr.code if R.random() < 0.6 else R.choice(BIRTH_CODES)
        self.rid = make_rid(code, self.dob, self.gender)
        self.op = R.choice(["CM", "CM", "CM", "CU", "CU", "CT", "CT"])
        self.phone = gen_mobile(self.op)
        self.email = self._email()
        self.card = gen_card()
        self.imsi = gen_imsi(self.op)
        self.imei = gen_imei()
        self.iccid = gen_iccid(self.op)
        self.mac = gen_mac()
        self.ip = gen_user_ip()
        self.passport = gen_passport()
        self.plate = gen_plate(self.addr.prov)
        lat, lng = self.addr.ll
        self.lat = round(lat + R.uniform(-0.03, 0.03), 6)
        self.lng = round(lng + R.uniform(-0.03, 0.03), 6)
        self.pwd = gen_password()

    def _email(self):
        s, g = self.sur_py.lower(), self.giv_py.lower()
        k = R.randrange(8)
        if k == 0:
            loc = s + g
        elif k == 1:
            loc = g + "." + s
        elif k == 2:
            loc = s + "_" + g + str(R.randint(1, 99))
        elif k == 3:
            loc = s[0] + "".join(x[0] for x in re.findall(r"[^aeiou]*[aeiou]+n?g?", g)) + self.dob.strftime("%y%m")
        elif k == 4:
            return str(R.randint(10000000, 2999999999)) + "@qq.com"
        elif k == 5:
            loc = s + "." + g
        elif k == 6:
            loc = g + s + str(self.dob.year)
        else:
            return self.phone + "@" + {"CM": "139.com", "CT": "189.cn", "CU": "wo.cn"}[self.op]
        return loc + "@" + R.choice(EMAIL_DOMAINS)

    def py(self, style=None):
        style = R.randrange(6) if style is None else style
        if style == 0:
            return self.sur_py + " " + self.giv_py
        if style == 1:
            return self.sur_py.upper() + " " + self.giv_py
        if style == 2:
            return self.giv_py + " " + self.sur_py
        if style == 3:
            return (self.sur_py + " " + self.giv_py).upper()
        if style == 4:
            return self.sur_py.upper() + "/" + self.giv_py.upper()
        return self.sur_py.lower() + " " + self.giv_py.lower()

    def mask_name(self):
        if len(self.zh) == 2:
            return self.zh[0] + "*"
        return self.zh[0] + "*" * (len(self.zh) - 2) + self.zh[-1]

    def ll(self, sep=","):
        return "%.6f%s%.6f" % (self.lat, sep, self.lng)

    def age(self, ref=dt.date(2024, 6, 14)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


def P(**kw):
    return Person(**kw)


# staff of the (fictional) operator: developers, testers, ops
class Staff:
    def __init__(self):
        p = Person(y0=1975, y1=2000)
        self.p = p
        self.zh = p.zh
        self.py_name = p.sur_py + " " + p.giv_py if R.random() < 0.5 else p.giv_py + " " + p.sur_py
        g = p.giv_py.lower()
        self.login = p.sur_py.lower() + "".join(x[0] for x in re.findall(r"[^aeiou]*[aeiou]+n?g?", g))
        self.email = R.choice([p.giv_py.lower() + "." + p.sur_py.lower(), p.sur_py.lower() + g,
                               p.sur_py.lower() + "." + g]) + "@hxtel.com.cn"
        self.phone = p.phone


def sha1():
    return rhex(40)


def uuid4():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ms_ts():
    return str(R.randint(1714500000000, 1718900000000))


def order_no():
    return "2024" + "%02d%02d" % (R.randint(1, 6), R.randint(1, 28)) + rdigits(12)


def gen_uscc(region=None):
    body = "91" + (region or R.choice(["110105", "310115", "440305", "330106", "320106"])) + "".join(
        R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    v = body + uscc.calc_check_digit(body)
    assert uscc.is_valid(v)
    return v


def b64blob(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def q(v, t=None, qc='"'):
    """A quoted literal; labelled when t is given."""
    return [qc, (v, t) if t else v, qc]


def sq(v, t=None):
    return q(v, t, "'")


# ============================================================================= 1. Java JUnit test


def f_java_test():
    d = Doc("CustomerServiceTest.java")
    dev, dev2 = Staff(), Staff()
    p0 = P()
    d.ln("package com.hxtel.crm.service;")
    d.ln()
    for imp in ["static org.assertj.core.api.Assertions.assertThat",
                "static org.junit.jupiter.api.Assertions.*", "static org.mockito.ArgumentMatchers.*",
                "static org.mockito.Mockito.*", "com.hxtel.crm.domain.*", "com.hxtel.crm.repo.CustomerRepository",
                "com.hxtel.crm.repo.SimCardRepository", "com.hxtel.crm.lbs.LbsClient",
                "com.hxtel.crm.zhangjiang.ZhangjiangIdcRouter", "com.hxtel.common.id.IdCards",
                "com.hxtel.common.msisdn.Msisdn", "java.time.Instant", "java.time.LocalDate", "java.util.*",
                "org.junit.jupiter.api.*", "org.junit.jupiter.api.extension.ExtendWith",
                "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.params.provider.CsvSource",
                "org.junit.jupiter.params.provider.ValueSource", "org.mockito.InjectMocks", "org.mockito.Mock",
                "org.mockito.junit.jupiter.MockitoExtension"]:
        d.ln("import ", imp, ";")
    d.ln()
    d.ln("/**")
    d.ln(" * {@link CustomerService} 单元测试。")
    d.ln(" *")
    d.ln(" * <p>夹具中部分数据取自 UAT 联调（工单 CRM-4471，张江机房 idc-zj-03），上线前需替换为合成数据。")
    d.ln(" * <p>Service numbers such as 10086 / 10010 / 12345 must never be treated as subscriber numbers.")
    d.ln(" *")
    d.ln(" * @author ", L(dev.zh, N), " (", dev.login, ")")
    d.ln(" * @author ", L(dev2.py_name, N))
    d.ln(" * @since 3.8.0")
    d.ln(" */")
    d.ln("@ExtendWith(MockitoExtension.class)")
    d.ln('@DisplayName("CustomerService")')
    d.ln("class CustomerServiceTest {")
    d.ln()
    d.ln("    private static final Instant NOW = Instant.ofEpochMilli(", ms_ts(), "L);")
    d.ln('    private static final String TRACE_ID = "', rhex(32), '";')
    d.ln('    private static final String BUILD = "3.8.0-20240611.173";')
    d.ln("    private static final long CUST_SEQ_START = 8800000000L;")
    d.ln("    /** 主测试号，持有人 ", L(p0.zh, N), "（UAT 真实开户）。 */")
    d.ln("    private static final String TEST_MSISDN = ", q(p0.phone, PH), ";")
    d.ln("    private static final String TEST_ID_NO = ", q(p0.rid, RID), ";")
    d.ln("    /** 公认测试号（示例号码），不属于任何用户。 */")
    d.ln('    private static final String PLACEHOLDER_MSISDN = "13800138000";')
    d.ln()
    d.ln("    @Mock CustomerRepository repo;")
    d.ln("    @Mock SimCardRepository simRepo;")
    d.ln("    @Mock LbsClient lbs;")
    d.ln("    @Mock AuditLog auditLog;")
    d.ln("    @Mock ZhangjiangIdcRouter zhangjiangIdcRouter;")
    d.ln("    @InjectMocks CustomerService service;")
    d.ln()
    d.ln("    @BeforeEach")
    d.ln("    void setUp() {")
    d.ln('        lenient().when(zhangjiangIdcRouter.route(anyString())).thenReturn("idc-zj-03");')
    d.ln("        lenient().when(repo.findByMsisdn(TEST_MSISDN)).thenReturn(Optional.of(Customer.builder()")
    d.ln("                .name(", q(p0.zh, N), ").idNo(TEST_ID_NO).msisdn(TEST_MSISDN).build()));")
    d.ln("    }")
    d.ln()

    # T1: masked views (twice)
    for role, disp in [("AGENT", "坐席视图应对证件号、手机号脱敏"), ("MANAGER", "客户经理视图同样脱敏，但保留出生日期")]:
        p = P()
        cid = "88%08dL" % R.randint(0, 99999999)
        a = p.addr.full()
        d.ln("    @Test")
        d.ln('    @DisplayName("', disp, '")')
        d.ln("    void ", "agentViewMasksIdentity" if role == "AGENT" else "managerViewMasksIdentity", "() {")
        d.ln("        Customer c = Customer.builder()")
        d.ln("                .custId(", cid, ")")
        d.ln("                .name(", q(p.zh, N), ")")
        d.ln("                .idType(IdType.RESIDENT_CARD)")
        d.ln("                .idNo(", q(p.rid, RID), ")")
        d.ln("                .msisdn(", q(p.phone, PH), ")")
        d.ln("                .email(", q(p.email, EM), ")")
        d.ln("                .birthDate(LocalDate.parse(", q(p.dob.isoformat(), DOB), "))")
        d.ln("                .homeAddress(", q(a, ADDR), ")")
        d.ln("                .createdAt(NOW)")
        d.ln("                .build();")
        d.ln("        when(repo.findByMsisdn(", q(p.phone, PH), ")).thenReturn(Optional.of(c));")
        d.ln()
        d.ln("        CustomerView v = service.view(", q(p.phone, PH), ", Role.", role, ");")
        d.ln()
        d.ln("        assertThat(v.getName()).isEqualTo(", q(p.mask_name()), ");")
        d.ln("        assertThat(v.getIdNo()).isEqualTo(", q(p.rid[:6] + "********" + p.rid[-4:]), ");")
        d.ln("        assertThat(v.getMsisdn()).isEqualTo(", q(mask_phone(p.phone)), ");")
        d.ln("        assertThat(v.getEmail()).isEqualTo(", q(p.email[0] + "***@" + p.email.split("@")[1]), ");")
        if role == "MANAGER":
            d.ln("        assertThat(v.getBirthDate()).isEqualTo(", q(p.dob.isoformat(), DOB), ");")
        else:
            d.ln("        assertThat(v.getBirthDate()).isNull();")
        d.ln('        verify(auditLog).record(eq("VIEW"), eq(', q(p.phone, PH), "), any(Instant.class));")
        d.ln("    }")
        d.ln()

    # T2: SIM swap
    p = P()
    old_iccid, new_iccid = p.iccid, gen_iccid(p.op)
    new_imsi = gen_imsi(p.op)
    d.ln("    @Test")
    d.ln("    void simSwapKeepsMsisdnAndReplacesIccid() {")
    d.ln("        // 用户 ", L(p.zh, N), "（身份证 ", L(p.rid, RID), "）营业厅补卡，旧卡损坏")
    d.ln("        SimCard oldSim = new SimCard(", q(old_iccid, ICCID), ", ", q(p.imsi, IMSI), ", ", q(p.phone, PH), ");")
    d.ln("        when(simRepo.findByIccid(", q(old_iccid, ICCID), ")).thenReturn(Optional.of(oldSim));")
    d.ln("        when(simRepo.nextFree(", q(new_iccid, ICCID), ")).thenReturn(new SimCard(", q(new_iccid, ICCID), ", ",
         q(new_imsi, IMSI), ", null));")
    d.ln()
    d.ln("        SwapResult r = service.swapSim(", q(p.phone, PH), ", ", q(new_iccid, ICCID), ", ", q(p.imei, IMEI), ");")
    d.ln()
    d.ln("        assertEquals(", q(new_iccid, ICCID), ", r.getIccid());")
    d.ln("        assertEquals(", q(new_imsi, IMSI), ", r.getImsi());")
    d.ln("        assertEquals(", q(p.phone, PH), ", r.getMsisdn());")
    d.ln("        assertTrue(r.isImeiBound());")
    d.ln("        assertEquals(SimState.RETIRED, oldSim.getState());")
    d.ln("    }")
    d.ln()

    # T3: family plan
    head = P(gender="M", y0=1960, y1=1985)
    spouse = P(gender="F", y0=1960, y1=1988)
    child = P(y0=2008, y1=2016)
    child.zh = head.sur + child.given
    parent = P(gender="M", y0=1940, y1=1958)
    parent.zh = head.sur + parent.given
    ac, sub = gen_landline()
    ll = fmt_landline(ac, sub, 0)
    d.ln("    @Test")
    d.ln("    void familyPlanAddsMembersInOrder() {")
    d.ln("        FamilyPlan plan = FamilyPlan.primary(", q(head.zh, N), ", ", q(head.phone, PH), ");")
    d.ln("        plan.addMember(member(", q(spouse.zh, N), ", ", q(spouse.phone, PH), ", Relation.SPOUSE));")
    d.ln("        plan.addMember(member(", q(child.zh, N), ", ", q(child.phone, PH),
         ", Relation.CHILD, LocalDate.parse(", q(child.dob.isoformat(), DOB), ")));")
    d.ln("        plan.addMember(member(", q(parent.zh, N), ", ", q(ll, PH), ", Relation.PARENT)); // 老人只有座机")
    d.ln()
    d.ln("        assertThat(plan.members()).hasSize(3);")
    d.ln("        assertThat(plan.members()).extracting(Member::getMsisdn)")
    d.ln("                .containsExactly(", q(spouse.phone, PH), ", ", q(child.phone, PH), ", ", q(ll, PH), ");")
    d.ln("        assertThat(plan.monthlyFee()).isEqualByComparingTo(\"199.00\");")
    d.ln("        assertTrue(plan.hasMinor(), \"", L(child.zh, N), " 未满 18 周岁，需要监护人同意\");")
    d.ln("    }")
    d.ln()

    # T4: passport real-name registration
    for k in range(2):
        p = P(y0=1970, y1=2000)
        d.ln("    @Test")
        d.ln("    void realNameWithPassport", "Accepted" if k == 0 else "ForRoamingPlan", "() {")
        d.ln("        RealNameRequest req = RealNameRequest.builder()")
        d.ln("                .name(", q(p.zh, N), ")")
        d.ln("                .nameEn(", q(p.py(4 if k == 0 else 3), N), ")")
        d.ln("                .docType(DocType.PASSPORT)")
        d.ln("                .docNo(", q(p.passport, PP), ")")
        d.ln("                .birthDate(", q(fmt_date(p.dob, 3), DOB), ")")
        d.ln('                .nationality("CHN")')
        d.ln("                .msisdn(", q(p.phone, PH), ")")
        d.ln("                .build();")
        d.ln("        assertTrue(validator.validate(req).isEmpty(), () -> \"passport \" + req.getDocNo());")
        d.ln("    }")
        d.ln()

    # T5: bank card binding
    p = P()
    card2 = gen_card()
    d.ln("    @Test")
    d.ln("    void bindBankCardForAutoPay() {")
    d.ln("        BankBinding b = service.bindCard(", q(p.phone, PH), ", ", q(fmt_card(p.card, 1), BC), ", ",
         q(p.zh, N), ", ", q(p.rid, RID), ");")
    d.ln("        assertThat(b.getBankName()).isEqualTo(", q(BANKS[p.card[:6]]), ");")
    d.ln("        assertThat(b.getMaskedCardNo()).isEqualTo(", q(p.card[:6] + "*" * (len(p.card) - 10) + p.card[-4:]), ");")
    d.ln("        // 备用卡：", L(fmt_card(card2, 1), BC), "，持卡人同上；银联测试卡 6216261000000000018 仅用于沙箱")
    d.ln("        assertThrows(CardHolderMismatchException.class,")
    d.ln("                () -> service.bindCard(", q(p.phone, PH), ", ", q(card2, BC), ", \"", L(P().zh, N), "\", ",
         q(p.rid, RID), "));")
    d.ln("    }")
    d.ln()

    # T6: address change
    p = P()
    new_a = gen_addr()
    d.ln("    @Test")
    d.ln("    void changeBillingAddress() {")
    d.ln("        // 旧地址：", L(p.addr.full(0), ADDR))
    d.ln("        service.changeAddress(", q(p.phone, PH), ", ", q(new_a.full(0), ADDR), ");")
    d.ln("        verify(repo).updateAddress(eq(", "88%08dL" % R.randint(0, 99999999), "), eq(", q(new_a.full(0), ADDR), "));")
    d.ln("        verify(auditLog).record(eq(\"ADDR_CHANGE\"), eq(", q(p.phone, PH), "), any());")
    d.ln("    }")
    d.ln()

    # T7: LBS
    p = P()
    d.ln("    @Test")
    d.ln("    void lbsQueryReturnsLastFix() {")
    d.ln("        when(lbs.lastFix(", q(p.imsi, IMSI), ")).thenReturn(new GeoFix(", L("%.6f, %.6f" % (p.lat, p.lng), LOC),
         ", NOW));")
    d.ln("        GeoFix f = service.locate(", q(p.phone, PH), ", LocateRequest.builder()")
    d.ln("                .imsi(", q(p.imsi, IMSI), ")")
    d.ln("                .clientIp(", q(p.ip, IP), ")")
    d.ln("                .consentId(\"", uuid4(), "\")")
    d.ln("                .build());")
    d.ln("        assertEquals(", L("%.6f" % p.lat, LOC), ", f.lat(), 1e-6);")
    d.ln("        assertEquals(", L("%.6f" % p.lng, LOC), ", f.lng(), 1e-6);")
    d.ln("        assertEquals(\"460\", f.mcc());")
    d.ln("    }")
    d.ln()

    # T8: ETC vehicle binding
    p = P()
    d.ln("    @Test")
    d.ln("    void etcBindingNormalisesPlate() {")
    d.ln("        EtcBinding e = service.bindEtc(", q(p.phone, PH), ", ", q(fmt_plate(p.plate, 1), PLATE), ", ", q(p.zh, N), ");")
    d.ln("        assertThat(e.getPlate()).isEqualTo(", q(p.plate, PLATE), ");")
    d.ln("        assertThat(e.getOwner()).isEqualTo(", q(p.zh, N), ");")
    d.ln("    }")
    d.ln()

    # T9: login audit
    p = P()
    d.ln("    @Test")
    d.ln("    void loginAuditRecordsDevice() {")
    d.ln("        LoginEvent ev = new LoginEvent(", q(p.email, EM), ", ", q(p.pwd, CRED), ",")
    d.ln("                ", q(p.ip, IP), ", ", q(p.mac, MAC), ", ", q(p.imei, IMEI), ");")
    d.ln("        service.login(ev);")
    d.ln("        assertThat(auditLogCaptor().getValue().getIp()).isEqualTo(", q(p.ip, IP), ");")
    d.ln("        assertThat(auditLogCaptor().getValue().getPassword()).isEqualTo(\"******\");")
    d.ln('        assertThat(auditLogCaptor().getValue().getServerIp()).isEqualTo("127.0.0.1");')
    d.ln("    }")
    d.ln()

    # T10: DOB from ID
    for k in range(2):
        p = P()
        d.ln("    @Test")
        d.ln("    void birthDateDerivedFromIdNumber" + str(k + 1) + "() {")
        d.ln("        assertEquals(LocalDate.of(", L("%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day), DOB),
             "), IdCards.birthDate(", q(p.rid, RID), "));")
        d.ln("        assertEquals(Gender.", "MALE" if p.gender == "M" else "FEMALE", ", IdCards.gender(", q(p.rid, RID), "));")
        d.ln("        assertEquals(", str(p.age()), ", IdCards.age(", q(p.rid, RID), ", LocalDate.of(2024, 6, 14)));")
        d.ln("    }")
        d.ln()

    # standard example (public test vector)
    d.ln("    @Test")
    d.ln("    void acceptsStandardExampleFromGb11643() {")
    d.ln("        // GB 11643-1999 附录中的示例号码，公开测试向量")
    d.ln('        assertTrue(IdCards.isValid("11010519491231002X"));')
    d.ln('        assertTrue(IdCards.isValid("11010519491231002x"));')
    d.ln('        assertEquals("138 0013 8000", Msisdn.pretty(PLACEHOLDER_MSISDN));')
    d.ln('        assertFalse(Msisdn.isSubscriber("10086"));')
    d.ln('        assertFalse(Msisdn.isSubscriber("95588"));')
    d.ln("    }")
    d.ln()

    # CsvSource valid rows
    d.ln('    @ParameterizedTest(name = "[{index}] {0}")')
    d.ln("    @CsvSource({")
    rows = [P() for _ in range(22)]
    for i, p in enumerate(rows):
        d.ln('            "', L(p.zh, N), ", ", L(p.rid, RID), ", ", L(p.phone, PH), '"', "," if i < len(rows) - 1 else "")
    d.ln("    })")
    d.ln("    void acceptsValidIdentity(String name, String idNo, String msisdn) {")
    d.ln("        assertTrue(IdCards.isValid(idNo), name);")
    d.ln("        assertTrue(Msisdn.isMobile(msisdn), name);")
    d.ln("    }")
    d.ln()
    d.ln("    @ParameterizedTest")
    d.ln("    @CsvSource({")
    rows = [P() for _ in range(10)]
    for i, p in enumerate(rows):
        d.ln('            "', L(p.zh, N), ", ", L(p.py(R.choice([0, 1, 3])), N), '"', "," if i < len(rows) - 1 else "")
    d.ln("    })")
    d.ln("    void pinyinOfName(String zh, String expected) {")
    d.ln("        assertEquals(expected, Pinyin.of(zh));")
    d.ln("    }")
    d.ln()
    # invalid values: not labelled
    d.ln("    @ParameterizedTest")
    d.ln("    @ValueSource(strings = {")
    bad = []
    for _ in range(5):
        bad.append((bad_rid(P().rid), "校验位错误"))
    bad.append(("110101199001011234", "校验位错误（常见示例）"))
    pr = P().rid
    bad.append((pr[:17], "17 位"))
    bad.append((pr + "5", "19 位"))
    body = "330106" + "19870230" + "123"
    bad.append((body + rid_check(body), "2 月 30 日"))
    bad.append(("000000000000000000", "全零"))
    for i, (v, c) in enumerate(bad):
        assert not ric.is_valid(v)
        d.ln('            "', v, '"', "," if i < len(bad) - 1 else " ", "  // ", c)
    d.ln("    })")
    d.ln("    void rejectsInvalidIdNumbers(String idNo) {")
    d.ln("        assertFalse(IdCards.isValid(idNo));")
    d.ln("    }")
    d.ln()
    d.ln("    @ParameterizedTest")
    d.ln('    @ValueSource(strings = {"1391234567", "139123456789", "12012345678", "10000000001", "23912345678", "1O086"})')
    d.ln("    void rejectsInvalidMsisdn(String msisdn) {")
    d.ln("        assertFalse(Msisdn.isMobile(msisdn));")
    d.ln("    }")
    d.ln("}")
    return d


# ============================================================================= 2. Spring service


def f_java_service():
    d = Doc("SubscriberProvisioningService.java")
    dev, dev2, oncall = Staff(), Staff(), Staff()
    d.ln("package com.hxtel.crm.provisioning;")
    d.ln()
    for imp in ["com.hxtel.crm.wangting.WangTingClient", "com.hxtel.crm.huangjin.HuangjinPackageCatalog",
                "com.hxtel.common.zhangjiang.ZhangjiangIdcRouter", "com.hxtel.crm.hss.HssClient",
                "com.hxtel.crm.provisioning.dto.*", "java.time.Duration", "java.util.Map", "java.util.Set",
                "java.util.regex.Pattern", "lombok.RequiredArgsConstructor", "lombok.extern.slf4j.Slf4j",
                "org.springframework.beans.factory.annotation.Value",
                "org.springframework.scheduling.annotation.Scheduled", "org.springframework.stereotype.Service"]:
        d.ln("import ", imp, ";")
    d.ln()
    d.ln("/**")
    d.ln(" * 开户 / 激活 / 停复机编排服务。")
    d.ln(" *")
    d.ln(" * <p>调用链：WangTingClient（网上营业厅）→ 本服务 → HSS / OCS（张江机房）。")
    d.ln(" *")
    d.ln(" * <pre>")
    d.ln(" * 联调用测试用户（UAT 2024-03，由 ", L(dev.zh, N), " 提供，勿删）：")
    d.ln(" *   姓名      手机号         ICCID                  IMSI")
    users = [P() for _ in range(7)]
    for p in users:
        d.ln(" *   ", L(p.zh, N), "　" * (4 - len(p.zh)), "  ", L(p.phone, PH), "    ", L(p.iccid, ICCID),
             " " * (23 - len(p.iccid)), L(p.imsi, IMSI))
    d.ln(" * </pre>")
    d.ln(" *")
    d.ln(" * <p>生产问题记录：")
    d.ln(" * <ul>")
    for k in range(5):
        p = P()
        day = dt.date(2024, 1, 2) + dt.timedelta(days=R.randint(0, 150))
        kind = k % 5
        d.w(" *   <li>", day.isoformat(), " ")
        if kind == 0:
            d.ln("用户 ", L(p.zh, N), " (", L(p.phone, PH), ") 换机后 IMEI ", L(p.imei, IMEI),
                 " 仍绑定旧卡，见 INC-", day.strftime("%Y%m%d"), "-00", str(R.randint(10, 99)), "</li>")
        elif kind == 1:
            d.ln("携号转网用户 ", L(p.phone, PH), " 的 IMSI ", L(p.imsi, IMSI), " 在 HSS 中残留，手工删除（操作人 ",
                 L(dev2.zh, N), "）</li>")
        elif kind == 2:
            d.ln("客户 ", L(p.zh, N), "（证件 ", L(p.rid, RID), "）二次实名失败：公安口返回「姓名与号码不一致」</li>")
        elif kind == 3:
            d.ln("eSIM 手表 ", L(p.iccid, ICCID), " 激活超时，主号 ", L(fmt_phone(p.phone, 2), PH), "</li>")
        else:
            d.ln("客户投诉停机未通知，联系邮箱 ", L(p.email, EM), "，已补发短信（模板 SMS_10086_STOP）</li>")
    d.ln(" * </ul>")
    d.ln(" *")
    d.ln(" * <p>示例：{@code activate(new ActivationRequest(\"13800138000\", \"89860000000000000000\"))}")
    d.ln(" *")
    d.ln(" * @author ", L(dev.zh, N))
    d.ln(" * @author ", L(dev2.py_name, N), " &lt;", L(dev2.email, EM), "&gt;")
    d.ln(" */")
    d.ln("@Service")
    d.ln("@Slf4j")
    d.ln("@RequiredArgsConstructor")
    d.ln("public class SubscriberProvisioningService implements ProvisioningApi {")
    d.ln()
    d.ln("    private static final long serialVersionUID = -", rdigits(19)[1:].lstrip("0"), "L;")
    ocs = gen_server_ip()
    d.ln("    private static final String OCS_HOST = ", q(ocs, IP), ";")
    d.ln('    private static final String OCS_FALLBACK = "127.0.0.1";')
    d.ln("    private static final int OCS_PORT = 3868; // Diameter Gy")
    d.ln('    private static final String HOTLINE = "10086";')
    d.ln('    private static final String SMS_GW_APP_ID = "hx_crm_prov";')
    d.ln("    private static final String SMS_GW_SECRET = ", q(rb62(32), CRED), "; // FIXME move to Vault")
    d.ln("    private static final String ONCALL_MSISDN = ", q(oncall.phone, PH), "; // 值班：", L(oncall.zh, N))
    d.ln('    private static final Pattern MSISDN = Pattern.compile("^(?:\\\\+?86)?1(?:3\\\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\\\d|9[0-35-9])\\\\d{8}$");')
    d.ln("    private static final Duration ACTIVATION_TIMEOUT = Duration.ofMillis(30000);")
    d.ln('    private static final String DEFAULT_APN = "cmnet";')
    d.ln('    private static final String SCHEMA_VERSION = "2.14.0";')
    d.ln()
    d.ln("    /** 压测 / 联调白名单：跳过实名校验。 */")
    d.ln("    private static final Set<String> WHITELIST = Set.of(")
    wl = []
    for k in range(12):
        p = P()
        c = R.choice(["staff", "cust", "none", "title", "none"])
        wl.append((p, c))
    for i, (p, c) in enumerate(wl):
        d.w("            ", q(p.phone, PH), "," if i < len(wl) - 1 else " ")
        if c == "staff" or c == "cust":
            d.ln(" // ", L(p.zh, N), "" if c == "staff" else "（VIP 客户，投诉后加入）")
        elif c == "title":
            d.ln(" // ", p.sur, R.choice(["工", "总", "经理", "老师"]))
        else:
            d.ln()
    d.ln("    );")
    d.ln()
    d.ln("    private final WangTingClient wangTing;")
    d.ln("    private final HuangjinPackageCatalog huangjinCatalog;")
    d.ln("    private final ZhangjiangIdcRouter router;")
    d.ln("    private final HssClient hss;")
    d.ln()
    d.ln('    @Value("${provisioning.hss.password}")')
    d.ln("    private String hssPassword;")
    d.ln('    @Value("${provisioning.ocs.token:}")')
    d.ln("    private String ocsToken;")
    d.ln()
    p = P()
    d.ln("    public ActivationResult activate(ActivationRequest req) {")
    d.ln("        // TODO(", dev.login, "): 临时放行 ", L(p.zh, N), " 的测试卡，联调结束后删除")
    d.ln("        if (", q(p.iccid, ICCID), ".equals(req.getIccid())) {")
    d.ln("            return ActivationResult.ok(", q(p.phone, PH), ");")
    d.ln("        }")
    d.ln("        if (!MSISDN.matcher(req.getMsisdn()).matches()) {")
    d.ln('            throw new IllegalArgumentException("bad msisdn");')
    d.ln("        }")
    d.ln('        log.info("activate msisdn={} iccid={} imsi={}", mask(req.getMsisdn()), req.getIccid(), req.getImsi());')
    d.ln("        String idc = router.route(req.getMsisdn());")
    d.ln("        hss.createSubscription(idc, req.getImsi(), req.getMsisdn(), DEFAULT_APN);")
    d.ln("        return ActivationResult.ok(req.getMsisdn());")
    d.ln("    }")
    d.ln()
    p, p2 = P(), P()
    d.ln("    public void suspend(String msisdn, SuspendReason reason) {")
    d.ln("        // 2024-05-08 ", L(p.zh, N), "（", L(p.phone, PH), "）欠费停机后仍可上网：OCS 未收到 CCR-T，")
    d.ln("        // 抓包 src=", L(p.ip, IP), " dst=", L(ocs, IP), "，已修复（CRM-5120）")
    d.ln("        if (", q(p2.phone, PH), ".equals(msisdn)) {")
    d.ln("            log.warn(\"skip suspend for protected number\"); // ", L(p2.zh, N), " 公检法协查保留，勿停机")
    d.ln("            return;")
    d.ln("        }")
    d.ln("        wangTing.notify(msisdn, HOTLINE, reason.template());")
    d.ln("        hss.barAll(msisdn);")
    d.ln("    }")
    d.ln()
    d.ln('    @Scheduled(cron = "0 0 2 * * ?")')
    d.ln("    public void purgeExpiredReservations() {")
    d.ln("        long cutoff = System.currentTimeMillis() - 86_400_000L * 30;")
    d.ln("        int n = reservations.deleteOlderThan(cutoff);")
    d.ln('        log.info("purged {} reservations, batch={}", n, "', uuid4(), '");')
    d.ln("    }")
    d.ln()
    d.ln("    boolean isTestUser(String msisdn) {")
    d.ln('        return WHITELIST.contains(msisdn) || "13800138000".equals(msisdn);')
    d.ln("    }")
    d.ln()
    p = P()
    d.ln("    /** 本地调试用，勿提交（已提交……）。 */")
    d.ln("    public static void main(String[] args) throws Exception {")
    d.ln('        String body = "{\\"name\\":\\"', L(p.zh, N), '\\",\\"idNo\\":\\"', L(p.rid, RID),
         '\\",\\"msisdn\\":\\"', L(p.phone, PH), '\\",\\"iccid\\":\\"', L(p.iccid, ICCID), '\\"}";')
    d.ln('        String auth = "Bearer ', L(gen_jwt(dev.login), CRED), '";')
    d.ln("        System.out.println(new RestTemplate().postForObject(\"http://", L(gen_server_ip(), IP),
         ":8080/api/v1/activate\", body, String.class));")
    d.ln("    }")
    d.ln()
    d.ln("    private static String mask(String msisdn) {")
    d.ln("        return msisdn == null ? null : msisdn.substring(0, 3) + \"****\" + msisdn.substring(7);")
    d.ln("    }")
    d.ln("}")
    return d


# ============================================================================= 3. MyBatis mapper


def f_mapper():
    d = Doc("SubscriberMapper.xml")
    dev = Staff()
    d.ln('<?xml version="1.0" encoding="UTF-8"?>')
    d.ln('<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">')
    d.ln("<!-- maintainer: ", L(dev.zh, N), " <", L(dev.email, EM), ">  last change: 2024-05-27 (CRM-5077) -->")
    d.ln('<mapper namespace="com.hxtel.crm.mapper.SubscriberMapper">')
    d.ln()
    d.ln('    <resultMap id="SubscriberMap" type="com.hxtel.crm.domain.Subscriber">')
    for col, prop, jt in [("cust_id", "custId", "BIGINT"), ("cust_name", "name", "VARCHAR"), ("id_no", "idNo", "VARCHAR"),
                          ("msisdn", "msisdn", "CHAR"), ("birth_date", "birthDate", "DATE"),
                          ("home_addr", "homeAddress", "VARCHAR"), ("imsi", "imsi", "CHAR"),
                          ("iccid", "iccid", "VARCHAR"), ("status", "status", "TINYINT")]:
        tag = "id" if col == "cust_id" else "result"
        d.ln("        <", tag, ' column="', col, '" property="', prop, '" jdbcType="', jt, '"/>')
    d.ln("    </resultMap>")
    d.ln()
    d.ln('    <sql id="cols">cust_id, cust_name, id_no, msisdn, birth_date, home_addr, imsi, iccid, status</sql>')
    d.ln()
    # select by id with sample
    p = P()
    d.ln("    <!--")
    d.ln("      示例（在 UAT 库执行）：")
    d.ln("        SELECT <include refid=\"cols\"/> FROM t_subscriber WHERE id_no = '", L(p.rid, RID), "';")
    d.ln("      返回：")
    d.ln("        | cust_id    | cust_name | id_no              | msisdn      | birth_date | home_addr")
    rows = [p] + [P() for _ in range(3)]
    for r in rows:
        d.ln("        | 88", rdigits(8), " | ", L(r.zh, N), " " * max(1, 9 - 2 * len(r.zh)), " | ", L(r.rid, RID), " | ",
             L(r.phone, PH), " | ", L(r.dob.isoformat(), DOB), " | ", L(r.addr.full(0), ADDR))
    d.ln("    -->")
    d.ln('    <select id="findByIdNo" parameterType="string" resultMap="SubscriberMap">')
    d.ln('        SELECT <include refid="cols"/>')
    d.ln("        FROM t_subscriber")
    d.ln("        WHERE id_no = #{idNo,jdbcType=VARCHAR}")
    d.ln("          AND status &lt;&gt; 9")
    d.ln("    </select>")
    d.ln()
    # msisdn list
    ps = [P() for _ in range(6)]
    d.ln("    <!-- 批量查询示例：msisdnList = [", [[L(x.phone, PH), ", " if i < 5 else ""] for i, x in enumerate(ps)], "] -->")
    d.ln('    <select id="findByMsisdnList" resultMap="SubscriberMap">')
    d.ln('        SELECT <include refid="cols"/> FROM t_subscriber')
    d.ln("        WHERE msisdn IN")
    d.ln('        <foreach collection="msisdnList" item="m" open="(" separator="," close=")">#{m}</foreach>')
    d.ln("        LIMIT 500")
    d.ln("    </select>")
    d.ln()
    # hard coded test branch
    p = P()
    d.ln('    <select id="findForTest" resultMap="SubscriberMap">')
    d.ln('        SELECT <include refid="cols"/> FROM t_subscriber')
    d.ln("        <where>")
    d.ln('            <if test="msisdn != null">msisdn = #{msisdn}</if>')
    d.ln("            <!-- 临时：联调时固定返回 ", L(p.zh, N), " 的记录 -->")
    d.ln("            <if test=\"debug\">OR msisdn = '", L(p.phone, PH), "' OR id_no = '", L(p.rid, RID), "'</if>")
    d.ln("        </where>")
    d.ln("    </select>")
    d.ln()
    # CDR join with sample output
    d.ln("    <!--")
    d.ln("      话单关联（CRM-4980）。样例输出：")
    d.ln("        msisdn       imsi             imei             call_type  lat,lng")
    for _ in range(6):
        r = P()
        d.ln("        ", L(r.phone, PH), "  ", L(r.imsi, IMSI), "  ", L(r.imei, IMEI), "  ",
             R.choice(["MOC", "MTC", "SMS", "GPRS"]).ljust(9), "  ", L(r.ll(), LOC))
    d.ln("    -->")
    d.ln('    <select id="cdrWithDevice" resultType="map">')
    d.ln("        SELECT s.msisdn, s.imsi, c.imei, c.cell_id, c.lat, c.lng, DATE_FORMAT(c.start_time, '%Y-%m-%d %H:%i:%s') AS ts")
    d.ln("        FROM t_subscriber s JOIN t_cdr_202406 c ON c.imsi = s.imsi")
    d.ln("        WHERE s.msisdn = #{msisdn} AND c.start_time &gt;= #{from}")
    d.ln("        ORDER BY c.start_time DESC")
    d.ln("    </select>")
    d.ln()
    # insert with literal demo values in a comment + the real insert
    d.ln('    <insert id="insertSubscriber" useGeneratedKeys="true" keyProperty="custId">')
    d.ln("        INSERT INTO t_subscriber (cust_name, id_no, msisdn, birth_date, home_addr, imsi, iccid, status, pwd_md5)")
    d.ln("        VALUES (#{name}, #{idNo}, #{msisdn}, #{birthDate}, #{homeAddress}, #{imsi}, #{iccid}, 1, MD5(#{password}))")
    d.ln("        <!-- e.g.")
    for _ in range(5):
        r = P()
        d.ln("        ('", L(r.zh, N), "', '", L(r.rid, RID), "', '", L(r.phone, PH), "', '", L(r.dob.isoformat(), DOB), "', '",
             L(r.addr.full(0), ADDR), "', '", L(r.imsi, IMSI), "', '", L(r.iccid, ICCID), "', 1, '", hashlib.md5(rb62(8).encode()).hexdigest(), "')")
    d.ln("        -->")
    d.ln("    </insert>")
    d.ln()
    # update address
    p = P()
    na = gen_addr()
    d.ln("    <!-- 工单 #", rdigits(6), "：", L(p.zh, N), " 搬家，地址由「", L(p.addr.full(), ADDR), "」改为「", L(na.full(), ADDR), "」 -->")
    d.ln('    <update id="updateHomeAddress">')
    d.ln("        UPDATE t_subscriber SET home_addr = #{addr}, update_time = NOW() WHERE cust_id = #{custId}")
    d.ln("    </update>")
    d.ln()
    # bank binding
    d.ln("    <!-- 代扣签约，样例：")
    for _ in range(5):
        r = P()
        d.ln("         cust_id=88", rdigits(8), " holder=", L(r.zh, N), " card_no=", L(r.card, BC), " bank=", BANKS[r.card[:6]],
             " reserved_mobile=", L(r.phone, PH))
    d.ln("    -->")
    d.ln('    <insert id="insertBankBinding">')
    d.ln("        INSERT INTO t_bank_binding (cust_id, card_no_enc, card_last4, bank_code, holder_name, reserved_mobile)")
    d.ln("        VALUES (#{custId}, AES_ENCRYPT(#{cardNo}, #{key}), RIGHT(#{cardNo}, 4), #{bankCode}, #{holder}, #{mobile})")
    d.ln("    </insert>")
    d.ln()
    d.ln("    <!-- 统计：不要在这里加 10086 / 10010 之类的服务号码；订单号形如 ", order_no(), " -->")
    d.ln('    <select id="countByCity" resultType="map">')
    d.ln("        SELECT city_code, COUNT(1) AS cnt FROM t_subscriber WHERE create_time &gt;= '2024-01-01 00:00:00' GROUP BY city_code")
    d.ln("    </select>")
    d.ln("</mapper>")
    return d


# ============================================================================= 4. pytest fixtures


def pyrepr_date(d):
    return "%d, %d, %d" % (d.year, d.month, d.day)


def f_pytest():
    d = Doc("test_billing_fixtures.py")
    dev = Staff()
    d.ln('"""Fixtures and tests for the billing / invoice module.')
    d.ln()
    d.ln("Data below came from the 2024-05 UAT dump (ticket BILL-2231).")
    d.ln("TODO(", dev.login, "): replace with faker before the audit.  Owner: ", L(dev.py_name, N), " <", L(dev.email, EM), ">")
    d.ln('"""')
    d.ln("import datetime as dt")
    d.ln("import uuid")
    d.ln("from decimal import Decimal")
    d.ln()
    d.ln("import pytest")
    d.ln("from freezegun import freeze_time")
    d.ln()
    d.ln("from hxtel.billing import invoice, pii")
    d.ln("from hxtel.billing import msisdn as ms")
    d.ln()
    d.ln('TEST_CARD_SANDBOX = "6216261000000000018"  # UnionPay sandbox test card (public test vector)')
    d.ln('EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"')
    d.ln('RUN_ID = uuid.UUID("', uuid4(), '")')
    d.ln("HOTLINES = {\"10086\", \"10010\", \"10000\", \"95588\", \"4008-123-123\"}")
    d.ln("ORDER_NO = \"", order_no(), "\"")
    d.ln()
    d.ln()
    p = P()
    d.ln("@pytest.fixture")
    d.ln("def subscriber():")
    d.ln("    return {")
    d.ln('        "cust_id": 88', rdigits(8), ",")
    d.ln('        "name": ', q(p.zh, N), ",")
    d.ln('        "name_pinyin": ', q(p.py(0), N), ",")
    d.ln('        "msisdn": ', q(p.phone, PH), ",")
    d.ln('        "id_no": ', q(p.rid, RID), ",")
    d.ln('        "birth_date": dt.date(', L(pyrepr_date(p.dob), DOB), "),")
    d.ln('        "email": ', q(p.email, EM), ",")
    d.ln('        "address": ', q(p.addr.full(), ADDR), ",")
    d.ln('        "bank_card": ', q(p.card, BC), ",")
    d.ln('        "imsi": ', q(p.imsi, IMSI), ",")
    d.ln('        "iccid": ', q(p.iccid, ICCID), ",")
    d.ln('        "plan": "4G-58",')
    d.ln('        "created_at": ', ms_ts(), ",")
    d.ln("    }")
    d.ln()
    d.ln()
    d.ln("@pytest.fixture")
    d.ln("def family_account(subscriber):")
    d.ln("    # 家庭共享套餐，主卡为 subscriber")
    d.ln("    members = [")
    for rel in ["spouse", "child", "child", "parent"]:
        m = P(y0=2006, y1=2016) if rel == "child" else P()
        if rel != "spouse":
            m.zh = p.sur + m.given
        d.ln("        {\"name\": ", q(m.zh, N), ", \"msisdn\": ", q(m.phone, PH), ", \"relation\": \"", rel, "\"",
             ", \"birth_date\": \"" if rel == "child" else "", L(m.dob.isoformat(), DOB) if rel == "child" else None,
             "\"" if rel == "child" else "", "},")
    d.ln("    ]")
    d.ln('    return {"primary": subscriber, "members": members, "quota_gb": 100}')
    d.ln()
    d.ln()
    # payer param fixture
    d.ln("@pytest.fixture(params=[")
    for _ in range(6):
        r = P()
        d.ln("    (", q(r.zh, N), ", ", q(fmt_card(r.card), BC), ", ", q(r.phone, PH), "),")
    d.ln("])")
    d.ln("def payer(request):")
    d.ln("    name, card, mobile = request.param")
    d.ln('    return {"holder": name, "card_no": card, "reserved_mobile": mobile}')
    d.ln()
    d.ln()
    # CUSTOMERS list
    d.ln("CUSTOMERS = [")
    for _ in range(14):
        r = P()
        fields = [("name", q(r.zh, N)), ("msisdn", q(r.phone, PH)), ("id_no", q(r.rid, RID))]
        if R.random() < 0.6:
            fields.append(("email", q(r.email, EM)))
        if R.random() < 0.5:
            fields.append(("card", q(r.card, BC)))
        fields.append(("arpu", 'Decimal("%d.%02d")' % (R.randint(8, 399), R.choice([0, 0, 50, 90]))))
        if R.random() < 0.3:
            fields.append(("addr", q(r.addr.full(), ADDR)))
        d.w("    dict(")
        for i, (k, v) in enumerate(fields):
            d.w(k, "=", v, ", " if i < len(fields) - 1 else "")
        d.ln("),")
    d.ln("]")
    d.ln()
    d.ln()
    # normalise msisdn
    d.ln("@pytest.mark.parametrize(")
    d.ln('    "raw, expected",')
    d.ln("    [")
    for st in [1, 2, 3, 4, 5, 6, 7, 0]:
        r = P()
        d.ln("        (", q(fmt_phone(r.phone, st), PH), ", ", q(r.phone, PH), "),")
    d.ln('        ("13800138000", "13800138000"),  # well-known placeholder')
    d.ln('        ("1391234567", None),  # 10 digits')
    d.ln('        ("12012345678", None),  # unallocated prefix')
    d.ln('        ("10086", None),  # service number')
    d.ln('        ("20240613123456", None),  # order-like')
    d.ln("    ],")
    d.ln(")")
    d.ln("def test_normalise_msisdn(raw, expected):")
    d.ln("    assert ms.normalise(raw) == expected")
    d.ln()
    d.ln()
    d.ln('@pytest.mark.parametrize("id_no, birth", [')
    for _ in range(6):
        r = P()
        d.ln("    (", q(r.rid, RID), ", dt.date(", L(pyrepr_date(r.dob), DOB), ")),")
    d.ln("])")
    d.ln("def test_birth_date_from_id(id_no, birth):")
    d.ln("    assert pii.birth_date(id_no) == birth")
    d.ln()
    d.ln()
    d.ln('@pytest.mark.parametrize("bad", [')
    for _ in range(3):
        d.ln('    "', bad_rid(P().rid), '",  # wrong check digit')
    d.ln('    "110101199001011234",  # classic example, wrong check digit')
    d.ln('    "11010519491231002",  # 17 digits')
    d.ln("])")
    d.ln("def test_invalid_id_rejected(bad):")
    d.ln("    assert not pii.is_valid_id(bad)")
    d.ln()
    d.ln()
    r = P()
    d.ln("def test_mask_card():")
    d.ln("    assert pii.mask_card(", q(r.card, BC), ") == ", q(r.card[:6] + "*" * (len(r.card) - 10) + r.card[-4:]))
    d.ln("    assert pii.mask_card(TEST_CARD_SANDBOX).endswith(\"0018\")")
    d.ln()
    d.ln()
    d.ln("def test_invoice_contains_mailing_address(subscriber, tmp_path):")
    d.ln('    pdf = invoice.render(subscriber, period="2024-05", out=tmp_path / "inv.pdf")')
    d.ln('    assert subscriber["address"] in pdf.text')
    d.ln("    assert ", q(p.zh, N), " in pdf.text")
    d.ln('    assert pdf.sha256 != EMPTY_SHA256')
    d.ln()
    d.ln()
    r = P()
    d.ln("# 复现：客户 ", L(r.zh, N), " 投诉重复扣费 (BILL-2240)，两条扣费事件相差 37 ms")
    d.ln("def test_duplicate_charge_regression():")
    ts = int(ms_ts())
    for k in range(2):
        d.ln("    ev", str(k + 1), " = {\"msisdn\": ", q(r.phone, PH), ", \"order_no\": \"", order_no(),
             "\", \"amount\": \"30.00\", \"ts\": ", str(ts + 37 * k), ", \"card\": ", q(r.card, BC), "}")
    d.ln("    assert invoice.dedupe([ev1, ev2]) == [ev1]")
    d.ln()
    d.ln()
    r = P(y0=1940, y1=1958)
    d.ln('@freeze_time("2024-06-01 00:00:00")')
    d.ln("def test_senior_discount():")
    d.ln("    # 老年卡：", L(r.zh, N), "，", L(fmt_date(r.dob, 4), DOB), " 出生")
    d.ln("    sub = {\"name\": ", q(r.zh, N), ", \"id_no\": ", q(r.rid, RID), ", \"msisdn\": ", q(r.phone, PH), "}")
    d.ln('    assert invoice.discount(sub) == Decimal("0.50")')
    d.ln()
    d.ln()
    srv = gen_server_ip()
    r = P()
    d.ln("def test_ip_classification():")
    d.ln("    assert pii.is_internal(", q(srv, IP), ", [\"10.0.0.0/8\", \"172.16.0.0/12\"])")
    d.ln("    assert not pii.is_internal(", q(r.ip, IP), ", [\"10.0.0.0/8\"])  # 用户出口 IP")
    d.ln('    assert not pii.is_internal("203.0.113.7", ["10.0.0.0/8"])  # RFC 5737 documentation address')
    d.ln('    assert pii.is_loopback("127.0.0.1")')
    d.ln()
    d.ln()
    r = P()
    d.ln("def test_device_binding():")
    d.ln("    dev = pii.Device(imei=", q(r.imei, IMEI), ", mac=", q(fmt_mac(r.mac, 1), MAC), ", imsi=", q(r.imsi, IMSI), ")")
    d.ln('    assert dev.tac == "', r.imei[:8], '"')
    d.ln('    assert not pii.Device(imei="000000000000000", mac="02:00:00:00:00:00").is_real()  # emulator / Android placeholder')
    return d


# ============================================================================= 5. Jupyter notebook


def df_outputs(cols, rows):
    """pandas-like text/plain and text/html renderings; cells are str or (value, TYPE)."""
    txt = [[c if isinstance(c, str) else c[0] for c in r] for r in rows]
    idxw = len(str(len(rows) - 1))
    widths = [max([len(cols[j])] + [len(t[j]) for t in txt]) for j in range(len(cols))]
    plain = []
    head = " " * idxw + "".join("  " + cols[j].rjust(widths[j]) for j in range(len(cols)))
    plain.append(S([head + "\n"]))
    for i, r in enumerate(rows):
        parts = [str(i).ljust(idxw)]
        for j, c in enumerate(r):
            parts.append("  " + " " * (widths[j] - len(txt[i][j])))
            parts.append(c)
        if i < len(rows) - 1:
            parts.append("\n")
        plain.append(S(parts))
    html = [S(["<div>\n"]), S(["<style scoped>\n"]), S(["    .dataframe tbody tr th:only-of-type {\n"]),
            S(["        vertical-align: middle;\n"]), S(["    }\n"]), S(["\n"]),
            S(["    .dataframe tbody tr th {\n"]), S(["        vertical-align: top;\n"]), S(["    }\n"]), S(["\n"]),
            S(["    .dataframe thead th {\n"]), S(["        text-align: right;\n"]), S(["    }\n"]),
            S(["</style>\n"]), S(['<table border="1" class="dataframe">\n']), S(["  <thead>\n"]),
            S(['    <tr style="text-align: right;">\n']), S(["      <th></th>\n"])]
    for c in cols:
        html.append(S(["      <th>" + c + "</th>\n"]))
    html += [S(["    </tr>\n"]), S(["  </thead>\n"]), S(["  <tbody>\n"])]
    for i, r in enumerate(rows):
        html.append(S(["    <tr>\n"]))
        html.append(S(["      <th>%d</th>\n" % i]))
        for c in r:
            html.append(S(["      <td>", c, "</td>\n"]))
        html.append(S(["    </tr>\n"]))
    html += [S(["  </tbody>\n"]), S(["</table>\n"]), S(["</div>"])]
    return plain, html


def nb_src(lines):
    out = []
    for i, ln in enumerate(lines):
        parts = ln if isinstance(ln, list) else [ln]
        out.append(S(parts + (["\n"] if i < len(lines) - 1 else [])))
    return out


def f_notebook():
    d = Doc("churn_analysis_202405.ipynb")
    analyst = Staff()
    dw_ip = gen_server_ip()
    cells = []
    cid = lambda: rhex(8)
    vip = P()
    cells.append({"cell_type": "markdown", "id": cid(), "metadata": {}, "source": nb_src([
        "# 2024 年 5 月流失预警用户分析",
        "",
        ["作者：", (analyst.zh, N), "（数据分析组） 数据源：`dw.dm_churn_score_202405`（**未脱敏**，仅限分析组内使用）"],
        "",
        "口径：近 3 个月 ARPU 下降 > 30% 且 score > 0.8；排除 10086 / 10010 等服务号码及物联网卡。"])})
    ec = [0]

    def code(src, outputs=None):
        ec[0] += 1
        outs = []
        for o in outputs or []:
            if o.get("output_type") == "execute_result":
                o["execution_count"] = ec[0]
            outs.append(o)
        cells.append({"cell_type": "code", "execution_count": ec[0], "id": cid(), "metadata": {},
                      "outputs": outs, "source": nb_src(src)})

    code(["import pandas as pd", "import sqlalchemy as sa", "", "pd.set_option('display.max_columns', None)",
          ["engine = sa.create_engine(\"mysql+pymysql://analyst:", (gen_password(url_safe=True), CRED), "@",
           (dw_ip, IP), ":3306/dw?charset=utf8mb4\")"]])
    rows = []
    people = [P() for _ in range(10)]
    for p in people:
        rows.append([(p.zh, N), (p.phone, PH), (p.rid, RID), (p.dob.isoformat(), DOB), p.addr.city,
                     (p.addr.full(0), ADDR), "%.2f" % R.uniform(8, 300), "%.3f" % R.uniform(0.8, 0.99)])
    cols = ["cust_name", "msisdn", "id_no", "birth_date", "city", "home_addr", "arpu_3m", "score"]
    plain, html = df_outputs(cols, rows)
    code(["df = pd.read_sql(\"SELECT * FROM dm_churn_score_202405 WHERE score > 0.8\", engine)", "df.head(10)"],
         [{"data": {"text/html": html, "text/plain": plain}, "metadata": {}, "output_type": "execute_result"}])
    code(["df.shape"], [{"data": {"text/plain": ["(18342, 8)"]}, "metadata": {}, "output_type": "execute_result"}])
    p = people[3]
    plain, html = df_outputs(cols, [rows[3]])
    code([["df[df.msisdn == \"", (p.phone, PH), "\"]  # 投诉用户，核对一下"]],
         [{"data": {"text/html": html, "text/plain": plain}, "metadata": {}, "output_type": "execute_result"}])
    cities = ["杭州市", "上海市", "深圳市", "南京市", "成都市", "武汉市"]
    code(["df.groupby('city').size().sort_values(ascending=False).head(6)"],
         [{"data": {"text/plain": nb_src(["city"] + ["%s    %d" % (c, R.randint(800, 4000)) for c in cities] +
                                         ["dtype: int64"])}, "metadata": {}, "output_type": "execute_result"}])
    smp = [P() for _ in range(6)]
    code(["for r in df.sample(6, random_state=42).itertuples():", "    print(r.cust_name, r.msisdn, r.email, sep=' | ')"],
         [{"name": "stdout", "output_type": "stream",
           "text": [S([(x.zh, N), " | ", (x.phone, PH), " | ", (x.email, EM), "\n"]) for x in smp]}])
    code(["ax = df.score.hist(bins=40)", "ax.set_title('score distribution')"],
         [{"data": {"image/png": b64blob(180), "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
           "metadata": {}, "output_type": "display_data"}])
    dev_rows = []
    for _ in range(8):
        x = P()
        dev_rows.append([(x.imsi, IMSI), (x.imei, IMEI), (fmt_mac(x.mac, 1), MAC), (x.ip, IP),
                         ("%.6f" % x.lat, LOC), ("%.6f" % x.lng, LOC), "2024-05-%02d %02d:%02d:%02d" % (
                             R.randint(1, 31), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))])
    plain, html = df_outputs(["imsi", "imei", "wifi_mac", "last_ip", "lat", "lng", "last_seen"], dev_rows)
    code(["dev = pd.read_parquet('/data/dw/device_20240531.parquet')", "dev.head(8)"],
         [{"data": {"text/html": html, "text/plain": plain}, "metadata": {}, "output_type": "execute_result"}])
    bad = P()
    code([["sub = df.set_index('msisdn')"], ["sub.loc[\"", (bad.phone, PH), "\"]"]],
         [{"ename": "KeyError", "evalue": S(["'", (bad.phone, PH), "'"]), "output_type": "error",
           "traceback": ["\u001b[0;31m---------------------------------------------------------------------------\u001b[0m",
                         "\u001b[0;31mKeyError\u001b[0m                                  Traceback (most recent call last)",
                         "File \u001b[0;32m/opt/conda/lib/python3.10/site-packages/pandas/core/indexes/base.py:3802\u001b[0m, in \u001b[0;36mIndex.get_loc\u001b[0;34m(self, key, method, tolerance)\u001b[0m",
                         S(["\u001b[0;31mKeyError\u001b[0m: '", (bad.phone, PH), "'"])]}])
    cells.append({"cell_type": "markdown", "id": cid(), "metadata": {}, "source": nb_src([
        "## 结论",
        "",
        "- 高危用户 18342 人，集中在杭州、上海；",
        ["- 重点回访：", (vip.zh, N), "（", (vip.phone, PH), "，月均 ARPU 388 元，", (vip.addr.full(0), ADDR), "）；"],
        "- 模型版本 churn-xgb 1.4.2，AUC 0.873，特征 sha256 `" + rhex(64) + "`。"])})
    nb = {"cells": cells,
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                       "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                                         "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                                         "pygments_lexer": "ipython3", "version": "3.10.12"}},
          "nbformat": 4, "nbformat_minor": 5}
    jwrite(d, nb, indent=1)
    d.w("\n")
    return d


# ============================================================================= 6. Go table-driven tests


def f_go():
    d = Doc("subscriber_test.go")
    dev = Staff()
    d.ln("package subscriber")
    d.ln()
    d.ln("import (")
    d.ln('\t"testing"')
    d.ln('\t"time"')
    d.ln()
    d.ln('\t"github.com/stretchr/testify/assert"')
    d.ln('\t"github.com/stretchr/testify/require"')
    d.ln(")")
    d.ln()
    d.ln("// Fixtures exported from UAT (CRM-4471) by ", L(dev.zh, N), ". Build tag v2.14.0-rc.3, commit ", sha1()[:12], ".")
    d.ln("// Service numbers (10086, 10010, 10000, 12345) must be rejected by NormalizeMSISDN.")
    d.ln()
    d.ln("var fixedNow = time.Unix(", ms_ts()[:10], ", 0)")
    d.ln()
    d.ln("func TestNormalizeMSISDN(t *testing.T) {")
    d.ln("\tt.Parallel()")
    d.ln("\ttests := []struct {")
    d.ln("\t\tname    string")
    d.ln("\t\tin      string")
    d.ln("\t\twant    string")
    d.ln("\t\twantErr bool")
    d.ln("\t}{")
    for nm, st in [("plain", 0), ("spaces", 1), ("dashes", 2), ("plus86 spaced", 3), ("plus86", 4), ("86 prefix", 5),
                   ("0086 prefix", 7), ("plus86 dash", 6), ("fullwidth", 9)]:
        r = P()
        if st == 9:
            raw = r.phone.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        else:
            raw = fmt_phone(r.phone, st)
        d.ln("\t\t{name: \"", nm, "\", in: ", q(raw, PH), ", want: ", q("86" + r.phone, PH), "},")
    d.ln('\t\t{name: "placeholder", in: "13800138000", want: "8613800138000"},')
    d.ln('\t\t{name: "too short", in: "1391234567", wantErr: true},')
    d.ln('\t\t{name: "too long", in: "139123456789", wantErr: true},')
    d.ln('\t\t{name: "unallocated", in: "12012345678", wantErr: true},')
    d.ln('\t\t{name: "service", in: "10086", wantErr: true},')
    d.ln('\t\t{name: "timestamp", in: "1718244061123", wantErr: true},')
    d.ln("\t}")
    d.ln("\tfor _, tt := range tests {")
    d.ln("\t\ttt := tt")
    d.ln("\t\tt.Run(tt.name, func(t *testing.T) {")
    d.ln("\t\t\tgot, err := NormalizeMSISDN(tt.in)")
    d.ln("\t\t\tif tt.wantErr {")
    d.ln("\t\t\t\trequire.Error(t, err)")
    d.ln("\t\t\t\treturn")
    d.ln("\t\t\t}")
    d.ln("\t\t\trequire.NoError(t, err)")
    d.ln("\t\t\tassert.Equal(t, tt.want, got)")
    d.ln("\t\t})")
    d.ln("\t}")
    d.ln("}")
    d.ln()
    # fixtures
    d.ln("func fixtures() []Subscriber {")
    d.ln("\treturn []Subscriber{")
    fx = [P() for _ in range(9)]
    for i, p in enumerate(fx):
        d.ln("\t\t{")
        d.ln("\t\t\tID:       88", rdigits(9), ",")
        d.ln("\t\t\tName:     ", q(p.zh, N), ",")
        if i % 3 == 0:
            d.ln("\t\t\tNameEn:   ", q(p.py(R.choice([0, 1, 3])), N), ",")
        d.ln("\t\t\tIDCard:   ", q(p.rid, RID), ",")
        d.ln("\t\t\tMSISDN:   ", L("86" + p.phone, PH), ",")
        d.ln("\t\t\tIMSI:     ", q(p.imsi, IMSI), ",")
        d.ln("\t\t\tIMEI:     ", q(p.imei, IMEI), ",")
        d.ln("\t\t\tICCID:    ", q(p.iccid, ICCID), ",")
        d.ln("\t\t\tBirthday: ", q(p.dob.isoformat(), DOB), ",")
        if i % 2 == 0:
            d.ln("\t\t\tAddress:  ", q(p.addr.full(), ADDR), ",")
        if i % 4 == 1:
            d.ln("\t\t\tPlate:    ", q(p.plate, PLATE), ",")
        if i % 3 == 2:
            d.ln("\t\t\tPassport: ", q(p.passport, PP), ",")
        d.ln("\t\t\tLocation: LatLng{", L("%.6f, %.6f" % (p.lat, p.lng), LOC), "},")
        d.ln("\t\t\tStatus:   StatusActive,")
        d.ln("\t\t\tCreated:  fixedNow.Add(-", str(R.randint(2, 900)), " * 24 * time.Hour),")
        d.ln("\t\t},")
    d.ln("\t}")
    d.ln("}")
    d.ln()
    d.ln("func TestLookupSubscriber(t *testing.T) {")
    d.ln("\trepo := NewMemRepo(fixtures())")
    d.ln("\tcases := []struct {")
    d.ln("\t\tby, key, wantName string")
    d.ln("\t}{")
    for p in fx[:6]:
        k = R.choice(["msisdn", "imsi", "iccid", "idcard"])
        key = {"msisdn": ("86" + p.phone, PH), "imsi": (p.imsi, IMSI), "iccid": (p.iccid, ICCID), "idcard": (p.rid, RID)}[k]
        d.ln("\t\t{\"", k, "\", ", q(key[0], key[1]), ", ", q(p.zh, N), "},")
    d.ln('\t\t{"msisdn", "8613800138000", ""},')
    d.ln('\t\t{"imsi", "001010123456789", ""}, // 3GPP test PLMN 001-01')
    d.ln("\t}")
    d.ln("\tfor _, c := range cases {")
    d.ln("\t\tgot, _ := repo.Find(c.by, c.key)")
    d.ln("\t\tassert.Equal(t, c.wantName, got.Name, c.key)")
    d.ln("\t}")
    d.ln("}")
    d.ln()
    # CDR parsing
    d.ln("func TestParseCDR(t *testing.T) {")
    d.ln("\tlines := []string{")
    cdrs = []
    for _ in range(6):
        a, b = P(), P()
        dur = R.randint(3, 1800)
        ts = "202406%02d%02d%02d%02d" % (R.randint(1, 13), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        cell = R.choice(["MOC", "MTC", "MOC", "FWD"])
        cdrs.append((a, b, dur, ts, cell))
        d.ln("\t\t\"", ts, "|", L("86" + a.phone, PH), "|", L("86" + b.phone, PH), "|", L(a.imsi, IMSI), "|",
             L(a.imei, IMEI), "|", cell, "|", L(a.ll(), LOC), "|", str(dur), "\",")
    d.ln('\t\t"20240613000000|10086|8613800138000|001010123456789|000000000000000|HBT|0,0|0", // synthetic heartbeat')
    d.ln("\t}")
    d.ln("\twant := []CDR{")
    for a, b, dur, ts, cell in cdrs[:3]:
        d.ln("\t\t{Caller: ", q("86" + a.phone, PH), ", Callee: ", q("86" + b.phone, PH), ", IMSI: ", q(a.imsi, IMSI),
             ", Duration: ", str(dur), " * time.Second},")
    d.ln("\t}")
    d.ln("\tgot, err := ParseCDR(lines[:3])")
    d.ln("\trequire.NoError(t, err)")
    d.ln("\tassert.Equal(t, want, got)")
    d.ln("}")
    d.ln()
    # redaction
    d.ln("func TestRedact(t *testing.T) {")
    d.ln("\tcases := []struct{ in, want string }{")
    for _ in range(4):
        p = P()
        m = p.rid[:6] + "********" + p.rid[-4:]
        d.ln("\t\t{")
        d.ln("\t\t\t\"用户", L(p.zh, N), "(", L(p.phone, PH), ")身份证", L(p.rid, RID), "，邮箱 ", L(p.email, EM), "\",")
        d.ln("\t\t\t\"用户", p.mask_name(), "(", mask_phone(p.phone), ")身份证", m, "，邮箱 ", p.email[0], "***@", p.email.split("@")[1], "\",")
        d.ln("\t\t},")
    d.ln("\t}")
    d.ln("\tfor _, c := range cases {")
    d.ln("\t\tassert.Equal(t, c.want, Redact(c.in))")
    d.ln("\t}")
    d.ln("}")
    d.ln()
    # MAC / IP classification
    d.ln("func TestNormalizeMAC(t *testing.T) {")
    d.ln("\tfor in, want := range map[string]string{")
    for st in [0, 2, 3, 1]:
        p = P()
        d.ln("\t\t", q(fmt_mac(p.mac, st), MAC), ": ", q(p.mac.lower(), MAC), ",")
    d.ln('\t\t"02:00:00:00:00:00": "", // Android placeholder, not a device')
    d.ln('\t\t"FF:FF:FF:FF:FF:FF": "", // broadcast')
    d.ln('\t\t"00:00:00:00:00:00": "",')
    d.ln("\t} {")
    d.ln("\t\tassert.Equal(t, want, NormalizeMAC(in), in)")
    d.ln("\t}")
    d.ln("}")
    d.ln()
    d.ln("func TestClassifyIP(t *testing.T) {")
    d.ln("\ttests := []struct {")
    d.ln("\t\tip   string")
    d.ln("\t\twant IPClass")
    d.ln("\t}{")
    for _ in range(3):
        d.ln("\t\t{", q(gen_user_ip(), IP), ", Public},")
    for _ in range(2):
        d.ln("\t\t{", q(gen_server_ip(), IP), ", Private},")
    d.ln('\t\t{"127.0.0.1", Loopback},')
    d.ln('\t\t{"0.0.0.0", Unspecified},')
    d.ln('\t\t{"198.51.100.23", Documentation},')
    d.ln('\t\t{"2001:db8::1", Documentation},')
    d.ln('\t\t{"10.0.0.0/8", Invalid},')
    d.ln("\t}")
    d.ln("\tfor _, tt := range tests {")
    d.ln("\t\tassert.Equal(t, tt.want, ClassifyIP(tt.ip), tt.ip)")
    d.ln("\t}")
    d.ln("}")
    d.ln()
    d.ln("func BenchmarkNormalizeMSISDN(b *testing.B) {")
    d.ln("\tconst seed = 0x5DEECE66D")
    d.ln("\tfor i := 0; i < b.N; i++ {")
    d.ln('\t\t_, _ = NormalizeMSISDN("+86 138 0013 8000")')
    d.ln("\t}")
    d.ln("}")
    return d


# ============================================================================= 7. TypeScript mock data


def f_ts():
    d = Doc("mockCustomers.ts")
    dev = Staff()
    d.ln("// src/mock/customers.ts - mock data for the CRM console (vite-plugin-mock)")
    d.ln("// NOTE: copied from UAT on 2024-05-20; TODO replace with @faker-js/faker before release.")
    d.ln("// owner: ", L(dev.py_name, N), " <", L(dev.email, EM), ">")
    d.ln("import type { Customer, Order } from '@/types/crm';")
    d.ln("import type { MockMethod } from 'vite-plugin-mock';")
    d.ln()
    d.ln("const CDN = 'https://cdn.hxtel.com.cn/avatar/';")
    d.ln("export const MOCK_VERSION = '2.3.1';")
    d.ln()
    d.ln("export const mockCustomers: Customer[] = [")
    custs = []
    for i in range(14):
        p = P()
        custs.append(p)
        a = p.addr
        d.ln("  {")
        d.ln("    id: 'c_", "%04d" % (i + 1), "',")
        d.ln("    name: ", sq(p.zh, N), ",")
        if R.random() < 0.5:
            d.ln("    namePinyin: ", sq(p.py(R.choice([0, 1, 2])), N), ",")
        d.ln("    gender: '", p.gender, "',")
        d.ln("    mobile: ", sq(fmt_phone(p.phone, R.choice([0, 0, 1, 2])), PH), ",")
        if R.random() < 0.35:
            ac, sub = gen_landline()
            d.ln("    homePhone: ", sq(fmt_landline(ac, sub), PH), ",")
        d.ln("    idCard: ", sq(p.rid if R.random() < 0.85 else p.rid[:-1] + p.rid[-1].lower(), RID), ",")
        d.ln("    birthday: ", sq(fmt_date(p.dob, R.choice([0, 0, 1])), DOB), ",")
        if R.random() < 0.75:
            d.ln("    email: ", sq(p.email, EM), ",")
        d.ln("    address: {")
        d.ln("      province: ", sq(a.prov, ADDR), ",")
        d.ln("      city: ", sq(a.city, ADDR), ",")
        d.ln("      district: ", sq(a.dist, ADDR), ",")
        d.ln("      detail: ", sq(a.detail, ADDR), ",")
        d.ln("      zip: '", rdigits(6), "',")
        d.ln("    },")
        if R.random() < 0.5:
            d.ln("    bankCard: ", sq(fmt_card(p.card), BC), ",")
        if R.random() < 0.3:
            d.ln("    plate: ", sq(fmt_plate(p.plate), PLATE), ",")
        d.ln("    lastLogin: {")
        d.ln("      ip: ", sq(p.ip, IP), ",")
        d.ln("      at: '2024-06-%02dT%02d:%02d:%02d+08:00'," % (R.randint(1, 13), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
        d.ln("      device: { imei: ", sq(p.imei, IMEI), ", mac: ", sq(fmt_mac(p.mac, R.choice([0, 1])), MAC), ", model: '",
             R.choice(["HUAWEI Mate 60 Pro", "Xiaomi 14", "iPhone15,2", "OPPO Reno11", "vivo X100", "HONOR 90"]), "' },")
        d.ln("    },")
        d.ln("    tags: [", ", ".join("'%s'" % t for t in R.sample(["VIP", "5G", "宽带", "融合", "政企", "校园"], 2)), "],")
        d.ln("    avatar: CDN + '", rhex(16), ".png',")
        d.ln("    createdAt: ", ms_ts(), ",")
        d.ln("  },")
    d.ln("];")
    d.ln()
    d.ln("export const mockOrders: Order[] = [")
    for i in range(7):
        p = R.choice(custs) if i % 2 == 0 else P()
        d.ln("  {")
        d.ln("    orderNo: '", order_no(), "',")
        d.ln("    trackingNo: 'SF", rdigits(13), "',")
        d.ln("    sku: 'SIM-5G-", R.choice(["029", "059", "129", "199"]), "',")
        d.ln("    amount: ", str(R.choice([29, 59, 129, 199, 0])), ",")
        d.ln("    receiver: ", sq(p.zh, N), ",")
        d.ln("    receiverPhone: ", sq(p.phone, PH), ",")
        d.ln("    receiverAddress: ", sq(p.addr.full(R.choice([0, 1])), ADDR), ",")
        d.ln("    iccid: ", sq(p.iccid, ICCID), ",")
        d.ln("  },")
    d.ln("];")
    d.ln()
    d.ln("// staging API token (do not commit!)")
    d.ln("const STAGING_TOKEN = ", sq(gen_jwt("crm-console"), CRED), ";")
    d.ln()
    d.ln("export default [")
    d.ln("  {")
    d.ln("    url: '/api/v1/customers',")
    d.ln("    method: 'get',")
    d.ln("    response: () => ({ code: 0, data: mockCustomers, total: mockCustomers.length }),")
    d.ln("  },")
    d.ln("  {")
    d.ln("    url: '/api/v1/login',")
    d.ln("    method: 'post',")
    d.ln("    response: ({ body }: { body: { mobile: string } }) => ({ code: 0, data: { token: 'mock-token-' + Date.now(), mobile: body.mobile } }),")
    d.ln("  },")
    d.ln("  {")
    d.ln("    url: '/api/v1/staging/proxy',")
    d.ln("    method: 'get',")
    d.ln("    rawResponse: async (req, res) => {")
    d.ln("      res.setHeader('Authorization', `Bearer ${STAGING_TOKEN}`);")
    d.ln("      res.end(JSON.stringify({ requestId: '", uuid4(), "', hotline: '10086' }));")
    d.ln("    },")
    d.ln("  },")
    d.ln("] as MockMethod[];")
    return d


# ============================================================================= 8. i18n JSON


def f_i18n():
    d = Doc("zh-CN.json")
    tr = Staff()
    obj = {
        "_meta": {"locale": "zh-CN", "version": "5.12.0", "translator": S([(tr.zh, N), " <", (tr.email, EM), ">"]),
                  "updated": "2024-06-03T09:12:44+08:00", "sha": sha1()},
        "login": {
            "title": "欢迎登录华信通信网上营业厅",
            "phone.label": "手机号码",
            "phone.placeholder": "请输入11位手机号，如 138 0013 8000",
            "phone.invalid": "手机号格式不正确，请输入以 1 开头的 11 位号码",
            "password.placeholder": "请输入密码（8-20位，含字母和数字）",
            "sms.code": "验证码已发送至 {maskedPhone}，{seconds} 秒内有效",
            "agreement": "登录即表示同意《用户服务协议》和《个人信息保护政策》",
        },
        "realname": {
            "name.label": "姓名",
            "name.placeholder": "例如：张三",
            "idcard.label": "身份证号码",
            "idcard.placeholder": "18位身份证号码，如 11010519491231002X",
            "idcard.hint": "末位为 X 时请输入大写 X",
            "passport.placeholder": "护照号码，如 E12345678",
            "birth.placeholder": "YYYY-MM-DD，如 1990-01-01",
            "success": "{name}，您的实名认证已完成",
        },
        "address": {
            "placeholder": "请填写详细地址，例如：北京市东城区XX路XX号XX小区X栋X单元XXX室",
            "example": "省/市/区 + 街道 + 门牌号",
        },
        "payment": {
            "card.placeholder": "请输入16-19位银行卡号",
            "card.masked": "尾号 {last4} 的储蓄卡",
            "email.placeholder": "name@example.com",
        },
        "device": {
            "imei.hint": "在拨号界面输入 *#06# 查看 IMEI，如 35-209900-176148-1",
            "mac.hint": "格式如 00:1A:2B:3C:4D:5E",
            "plate.placeholder": "车牌号，如 京A12345",
        },
        "service": {
            "hotline": "客服热线 10086（免费）",
            "complaint": "投诉请拨打 12300 或发送邮件至 service@hxtel.com.cn",
            "greeting": "{name} 您好，您的套餐余额为 {balance} 元",
            "copyright": "© 2024 华信通信有限公司 版权所有 京ICP备12345678号",
        },
    }
    jwrite(d, obj, indent=2)
    d.w("\n")
    return d


# ============================================================================= 9. SQL migration / seed


def bcrypt_like():
    alpha = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2a$10$" + "".join(R.choice(alpha) for _ in range(53))


def sqlv(v, t=None):
    if v is None:
        return "NULL"
    return ["'", (v, t) if t else v, "'"]


# (company, index into CITIES, area code): hard negatives - company names containing surnames
COMPANIES = [("上海王氏餐饮管理有限公司", 2, "021"), ("深圳市李记通讯器材有限公司", 6, "0755"),
             ("杭州张小泉刀剪销售有限公司", 8, "0571"), ("北京黄河科技发展有限公司", 1, "010"),
             ("成都周记餐饮有限公司", 12, "028"), ("南京陈氏物流有限公司", 10, "025"),
             ("武汉马可波罗酒店管理有限公司", 13, "027")]


def f_sql():
    d = Doc("V3__seed_customers.sql")
    dev = Staff()
    d.ln("-- V3__seed_customers.sql")
    d.ln("-- Flyway migration: UAT seed data (copied from prod export 2024-05-30, ticket DBA-1182)")
    d.ln("-- author: ", L(dev.zh, N), " <", L(dev.email, EM), ">")
    d.ln("-- !!! contains unmasked data; do NOT apply to shared environments")
    d.ln("-- checksum: ", rhex(32), "   flyway 9.22.3")
    d.ln()
    d.ln("SET NAMES utf8mb4;")
    d.ln("SET FOREIGN_KEY_CHECKS = 0;")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_customer (")
    d.ln("  id            BIGINT       NOT NULL AUTO_INCREMENT COMMENT '主键',")
    d.ln("  cust_name     VARCHAR(64)  NOT NULL COMMENT '客户姓名',")
    d.ln("  id_type       TINYINT      DEFAULT 1 COMMENT '证件类型 1身份证 2护照',")
    d.ln("  id_no         VARCHAR(32)  COMMENT '证件号码',")
    d.ln("  msisdn        CHAR(11)     COMMENT '手机号',")
    d.ln("  birth_date    DATE         COMMENT '出生日期',")
    d.ln("  email         VARCHAR(128),")
    d.ln("  address       VARCHAR(256) COMMENT '联系地址',")
    d.ln("  password_hash CHAR(60)     COMMENT 'bcrypt',")
    d.ln("  created_at    DATETIME     DEFAULT CURRENT_TIMESTAMP,")
    d.ln("  PRIMARY KEY (id),")
    d.ln("  UNIQUE KEY uk_id_no (id_no),")
    d.ln("  KEY idx_msisdn (msisdn)")
    d.ln(") ENGINE=InnoDB AUTO_INCREMENT=100001 DEFAULT CHARSET=utf8mb4 COMMENT='客户表';")
    d.ln()
    d.ln("INSERT INTO t_customer (id, cust_name, id_type, id_no, msisdn, birth_date, email, address, password_hash, created_at) VALUES")
    custs = []
    n = 24
    for i in range(n):
        p = P()
        custs.append(p)
        passport = R.random() < 0.12
        cells = [str(100001 + i), sqlv(p.zh, N), "2" if passport else "1",
                 sqlv(p.passport, PP) if passport else sqlv(p.rid, RID), sqlv(p.phone, PH),
                 sqlv(p.dob.isoformat(), DOB), sqlv(p.email, EM) if R.random() < 0.7 else "NULL",
                 sqlv(p.addr.full(R.choice([0, 0, 1])), ADDR), sqlv(bcrypt_like(), CRED) if R.random() < 0.5 else "NULL",
                 sqlv("2024-0%d-%02d %02d:%02d:%02d" % (R.randint(1, 5), R.randint(1, 28), R.randint(0, 23),
                                                          R.randint(0, 59), R.randint(0, 59)))]
        d.w("(")
        for j, c in enumerate(cells):
            d.w(c, ", " if j < len(cells) - 1 else "")
        d.ln(")", "," if i < n - 1 else ";")
    d.ln()
    d.ln("-- test account used by the automated smoke test (well-known placeholder number, not a customer)")
    d.ln("INSERT INTO t_customer (id, cust_name, id_type, id_no, msisdn) VALUES (199999, '测试用户', 1, '11010519491231002X', '13800138000');")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_sim_card (")
    d.ln("  id           BIGINT      NOT NULL AUTO_INCREMENT,")
    d.ln("  iccid        VARCHAR(20) NOT NULL,")
    d.ln("  imsi         CHAR(15)    NOT NULL,")
    d.ln("  msisdn       CHAR(11),")
    d.ln("  imei         CHAR(15)    COMMENT '最近一次注册的终端',")
    d.ln("  status       TINYINT     DEFAULT 0 COMMENT '0未激活 1正常 2停机 9销户',")
    d.ln("  activated_at DATETIME,")
    d.ln("  PRIMARY KEY (id)")
    d.ln(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;")
    d.ln()
    d.ln("-- no column list (order: id, iccid, imsi, msisdn, imei, status, activated_at)")
    for i in range(20):
        p = custs[i] if i < 16 else P()
        d.ln("INSERT INTO t_sim_card VALUES (", str(5000 + i), ", ", sqlv(p.iccid, ICCID), ", ", sqlv(p.imsi, IMSI), ", ",
             sqlv(p.phone, PH), ", ", sqlv(p.imei, IMEI) if R.random() < 0.8 else "NULL", ", ", str(R.choice([1, 1, 1, 2, 9])),
             ", '2024-0", str(R.randint(1, 5)), "-", "%02d" % R.randint(1, 28), " 10:00:00');")
    d.ln("-- spare cards (not yet allocated to a subscriber)")
    for i in range(3):
        d.ln("INSERT INTO t_sim_card VALUES (", str(5100 + i), ", '89860000000000000", str(i), "0', '460000000000000', NULL, NULL, 0, NULL);")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_bank_binding (")
    d.ln("  cust_id BIGINT, card_no VARCHAR(19), bank_name VARCHAR(32), holder_name VARCHAR(64), reserved_mobile CHAR(11),")
    d.ln("  sign_time DATETIME, agreement_no VARCHAR(32)")
    d.ln(");")
    d.ln()
    d.ln("INSERT INTO t_bank_binding VALUES")
    picks = R.sample(range(n), 12)
    for k, i in enumerate(picks):
        p = custs[i]
        d.ln("  (", str(100001 + i), ", ", sqlv(p.card, BC), ", '", BANKS[p.card[:6]], "', ", sqlv(p.zh, N), ", ",
             sqlv(p.phone, PH), ", '2024-05-", "%02d" % R.randint(1, 29), " 12:00:00', 'AGR", rdigits(16), "')",
             "," if k < 11 else ";")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_enterprise (")
    d.ln("  id BIGINT, company_name VARCHAR(128), uscc CHAR(18) COMMENT '统一社会信用代码', reg_address VARCHAR(256),")
    d.ln("  office_tel VARCHAR(20), legal_person VARCHAR(64), legal_person_mobile CHAR(11), legal_person_id_no VARCHAR(18)")
    d.ln(");")
    d.ln()
    d.ln("INSERT INTO t_enterprise (id, company_name, uscc, reg_address, office_tel, legal_person, legal_person_mobile, legal_person_id_no) VALUES")
    for k, (cn, ci, ac) in enumerate(COMPANIES):
        p = P(y0=1960, y1=1990)
        c = CITIES[ci]
        ra = "".join(dict.fromkeys(c[:3])) + R.choice(c[4]) + "%d号" % R.randint(1, 999) + R.choice(
            ["", "A座%d层" % R.randint(2, 30), "%d号楼" % R.randint(1, 9)])
        sub = R.choice("2345678") + rdigits(7)
        d.ln("  (", str(300001 + k), ", '", cn, "', '", gen_uscc(c[3]), "', '", ra, "', '",
             ac, "-", sub, "', ", sqlv(p.zh, N), ", ", sqlv(p.phone, PH), ", ", sqlv(p.rid, RID), ")",
             "," if k < len(COMPANIES) - 1 else ";")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_etc_binding (plate VARCHAR(10), owner_name VARCHAR(64), msisdn CHAR(11), obu_id CHAR(16));")
    d.ln("INSERT INTO t_etc_binding (plate, owner_name, msisdn, obu_id) VALUES")
    for k in range(8):
        p = P()
        d.ln("  (", sqlv(p.plate, PLATE), ", ", sqlv(p.zh, N), ", ", sqlv(p.phone, PH), ", '", rhex(16).upper(), "')",
             "," if k < 7 else ";")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_device_login (")
    d.ln("  msisdn CHAR(11), login_ip VARCHAR(45), wifi_mac CHAR(17), imei CHAR(15), lat DECIMAL(9,6), lng DECIMAL(9,6),")
    d.ln("  login_time DATETIME, user_agent VARCHAR(255), session_id CHAR(32)")
    d.ln(");")
    d.ln("INSERT INTO t_device_login VALUES")
    for k in range(12):
        p = custs[R.randrange(n)] if k % 3 else P()
        d.ln("  (", sqlv(p.phone, PH), ", ", sqlv(p.ip, IP), ", ", sqlv(fmt_mac(p.mac, R.choice([0, 2])), MAC), ", ",
             sqlv(p.imei, IMEI), ", ", L("%.6f" % p.lat, LOC), ", ", L("%.6f" % p.lng, LOC), ", '2024-06-",
             "%02d" % R.randint(1, 13), " %02d:%02d:%02d'" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
             ", 'HxApp/5.12.0 (Android 14; build 51203)', '", rhex(32), "')", "," if k < 11 else ";")
    d.ln()
    d.ln("-- fixes requested by the CRM team")
    for k in range(3):
        p = custs[R.randrange(n)]
        na = gen_addr()
        d.ln("UPDATE t_customer SET address = ", sqlv(na.full(0), ADDR), " WHERE msisdn = ", sqlv(p.phone, PH), ";  -- 搬家，工单 #",
             rdigits(6))
    p = custs[R.randrange(n)]
    d.ln("UPDATE t_customer SET email = ", sqlv(P().email, EM), " WHERE id_no = ", sqlv(p.rid, RID), ";")
    p = P()
    d.ln("DELETE FROM t_customer WHERE id_no = ", sqlv(p.rid, RID), ";  -- ", L(p.zh, N), " 已销户，按 PIPL 第 47 条删除")
    d.ln()
    d.ln("CREATE TABLE IF NOT EXISTS t_config (k VARCHAR(64) PRIMARY KEY, v VARCHAR(512));")
    d.ln("INSERT INTO t_config (k, v) VALUES")
    cfg = [("sms.gateway.app_id", "hx_crm_uat"), ("sms.gateway.secret", (rb62(32), CRED)), ("hotline", "10086"),
           ("service.email", "service@hxtel.com.cn"), ("app.min_version", "5.12.0"), ("ocs.host", (gen_server_ip(), IP)),
           ("ocs.password", (gen_password(), CRED)), ("map.default_center", "39.909187,116.397451"),
           ("upload.max_bytes", "10485760"), ("cache.ttl_ms", "86400000")]
    for k, (key, v) in enumerate(cfg):
        d.ln("  ('", key, "', ", sqlv(v[0], v[1]) if isinstance(v, tuple) else sqlv(v), ")", "," if k < len(cfg) - 1 else ";")
    d.ln()
    d.ln("SET FOREIGN_KEY_CHECKS = 1;")
    return d


# ============================================================================= 10. YAML config


def f_yaml():
    d = Doc("application-prod.yml")
    ops1, ops2, ops3 = Staff(), Staff(), Staff()
    db_ip, redis_ip, ora_ip, mongo_ip = gen_server_ip(), gen_server_ip(), gen_server_ip(), gen_server_ip()
    kafka = [gen_server_ip() for _ in range(3)]
    d.ln("# application-prod.yml  (crm-provisioning 3.8.0)")
    d.ln("# generated by config-center export 2024-06-11 17:32:08, revision 4f2a91c")
    d.ln("server:")
    d.ln("  port: 8080")
    d.ln("  address: 0.0.0.0")
    d.ln("  servlet:")
    d.ln("    context-path: /crm")
    d.ln("management:")
    d.ln("  server:")
    d.ln("    port: 9090")
    d.ln("  endpoints.web.exposure.include: health,info,prometheus")
    d.ln()
    d.ln("spring:")
    d.ln("  application:")
    d.ln("    name: crm-provisioning")
    d.ln("  datasource:")
    d.ln("    driver-class-name: com.mysql.cj.jdbc.Driver")
    d.ln("    url: jdbc:mysql://", L(db_ip, IP), ":3306/crm?useSSL=false&serverTimezone=Asia/Shanghai&characterEncoding=utf8")
    d.ln("    username: crm_app")
    d.ln("    password: '", L(gen_password(), CRED), "'")
    d.ln("    hikari:")
    d.ln("      maximum-pool-size: 32")
    d.ln("      connection-timeout: 30000")
    d.ln("  redis:")
    d.ln("    host: ", L(redis_ip, IP))
    d.ln("    port: 6379")
    d.ln("    password: ", L(gen_password(), CRED))
    d.ln("    database: 3")
    d.ln("  kafka:")
    d.ln("    bootstrap-servers: ", [[L(k, IP), ":9092", "," if i < 2 else ""] for i, k in enumerate(kafka)])
    d.ln("    properties:")
    d.ln("      security.protocol: SASL_PLAINTEXT")
    d.ln("      sasl.mechanism: SCRAM-SHA-512")
    d.ln("      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username=\"crm-prov\" password=\"",
         L(gen_password(), CRED), "\";")
    d.ln("  data:")
    d.ln("    mongodb:")
    d.ln("      uri: mongodb://crm_ro:", L(gen_password(url_safe=True), CRED), "@", L(mongo_ip, IP), ":27017/crm_profile?authSource=admin")
    d.ln()
    d.ln("billing:")
    d.ln("  datasource:")
    d.ln("    # legacy Oracle, user/password@host form")
    d.ln("    url: jdbc:oracle:thin:billing/", L(gen_password(url_safe=True), CRED), "@", L(ora_ip, IP), ":1521/BILLDB")
    d.ln("    validation-query: SELECT 1 FROM DUAL")
    d.ln()
    d.ln("provisioning:")
    d.ln("  hss:")
    d.ln("    endpoint: https://", L(gen_server_ip(), IP), ":8443/hss/v2")
    d.ln("    user: prov_op")
    d.ln("    password: ${HSS_PASSWORD}")
    d.ln("  ocs:")
    d.ln("    token: ${OCS_TOKEN:}")
    d.ln("    allowed-cidrs: [10.0.0.0/8, 172.16.0.0/12]")
    d.ln("  sms:")
    d.ln("    endpoint: https://sms.hxtel.com.cn/api/send")
    d.ln("    app-id: hx_crm_prov")
    d.ln("    app-secret: ", L(rhex(32), CRED))
    d.ln("    sign-name: 华信通信")
    d.ln("    sender: 1065900010086")
    d.ln()
    d.ln("aliyun:")
    d.ln("  oss:")
    d.ln("    endpoint: oss-cn-hangzhou.aliyuncs.com")
    d.ln("    bucket: hx-crm-idcard-photos")
    d.ln("    access-key-id: LTAI5t", rb62(18))
    d.ln("    access-key-secret: ", L(rb62(30), CRED))
    d.ln()
    d.ln("security:")
    d.ln("  jwt:")
    d.ln("    secret: ", L(base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(), CRED))
    d.ln("    ttl: 7200")
    d.ln("  admin:")
    d.ln("    username: admin")
    d.ln("    password: '", L(gen_password(), CRED), "'")
    d.ln("  crypto:")
    d.ln("    # SM4 key for id_no column encryption (hex)")
    d.ln("    sm4-key: ", L(rhex(32).upper(), CRED))
    d.ln("  tls:")
    d.ln("    truststore-sha256: ", rhex(64))
    d.ln()
    d.ln("map:")
    d.ln("  default-center: 30.274085,120.155070   # 杭州市中心，地图初始视野")
    d.ln("  tile-url: https://webrd0{1-4}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}")
    d.ln()
    d.ln("whitelist:")
    d.ln("  # 联调测试号（跳过实名校验）")
    d.ln("  msisdn:")
    for _ in range(6):
        p = P()
        d.ln("    - \"", L(p.phone, PH), "\"")
    d.ln("    - \"13800138000\"   # placeholder used by smoke tests")
    d.ln()
    d.ln("alarm:")
    d.ln("  dingtalk:")
    d.ln("    webhook: https://oapi.dingtalk.com/robot/send?access_token=", L(rhex(64), CRED))
    d.ln("  receivers:")
    for s in (ops1, ops2, ops3):
        d.ln("    - name: ", L(s.zh, N))
        d.ln("      mobile: \"", L(s.phone, PH), "\"")
        d.ln("      email: ", L(s.email, EM))
    d.ln("    - name: NOC 值班")
    d.ln("      mobile: \"10086\"")
    d.ln("      email: noc@hxtel.com.cn")
    d.ln()
    d.ln("logging:")
    d.ln("  level:")
    d.ln("    root: INFO")
    d.ln("    com.hxtel.crm.zhangjiang: DEBUG")
    d.ln("  file:")
    d.ln("    name: /var/log/crm/provisioning.log")
    d.ln("  pattern:")
    d.ln("    console: \"%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n\"")
    return d


# ============================================================================= 11. git log -p


def git_date(day, h, m, s):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()]
    return "%s %s %d %02d:%02d:%02d %d +0800" % (wd, MON[day.month - 1], day.day, h, m, s, day.year)


def f_gitlog():
    d = Doc("git_log_p_fixtures.diff")
    a1, a2, a3, rv = Staff(), Staff(), Staff(), Staff()

    def header(sha, author, day, subject, body_lines, merge=None):
        d.ln("commit ", sha)
        if merge:
            d.ln("Merge: ", merge[0][:7], " ", merge[1][:7])
        d.ln("Author: ", L(author.py_name if R.random() < 0.5 else author.zh, N), " <", L(author.email, EM), ">")
        d.ln("Date:   ", git_date(day, R.randint(9, 22), R.randint(0, 59), R.randint(0, 59)))
        d.ln()
        d.ln("    ", subject)
        if body_lines:
            d.ln("    ")
            for bl in body_lines:
                d.ln("    ", bl)
        d.ln()

    # --- commit 1: removal of real numbers
    sha_a, sha_b = rhex(7), rhex(7)
    header(sha1(), a1, dt.date(2024, 6, 12), "test: replace real subscriber data in fixtures (PIA-231)", [
        "Security review found real customer data in src/test/resources/fixtures/subscribers.csv",
        "and SmsNotifierTest. Replaced with synthetic numbers from the unallocated 100 range.",
        "",
        ["Reviewed-by: ", L(rv.zh, N), " <", L(rv.email, EM), ">"],
        "Change-Id: I" + sha1(),
        "Reviewed-on: https://gerrit.hxtel.com.cn/c/crm/+/48213"])
    d.ln("diff --git a/src/test/resources/fixtures/subscribers.csv b/src/test/resources/fixtures/subscribers.csv")
    d.ln("index ", sha_a, "..", sha_b, " 100644")
    d.ln("--- a/src/test/resources/fixtures/subscribers.csv")
    d.ln("+++ b/src/test/resources/fixtures/subscribers.csv")
    d.ln("@@ -1,14 +1,14 @@")
    d.ln(" name,msisdn,id_no,city,plan")
    rows = [P() for _ in range(12)]
    missed = 7
    minus, plus = [], []
    for i, p in enumerate(rows):
        plan = R.choice(["4G-58", "5G-129", "5G-199", "宽带融合-169"])
        if i == missed:
            continue
        minus.append(["-", L(p.zh, N), ",", L(p.phone, PH), ",", L(p.rid, RID), ",", p.addr.city, ",", plan])
        plus.append(["+测试用户%02d,100000000%02d,,%s,%s" % (i + 1, i + 1, p.addr.city, plan)])
    for m in minus[:6]:
        d.ln(*m)
    for pl in plus[:6]:
        d.ln(*pl)
    p = rows[missed]
    d.ln(" ", L(p.zh, N), ",", L(p.phone, PH), ",", L(p.rid, RID), ",", p.addr.city, ",5G-129")
    for m in minus[6:]:
        d.ln(*m)
    for pl in plus[6:]:
        d.ln(*pl)
    d.ln(" 测试用户99,13800138000,11010519491231002X,北京市,4G-58")
    d.ln("diff --git a/src/test/java/com/hxtel/crm/notify/SmsNotifierTest.java b/src/test/java/com/hxtel/crm/notify/SmsNotifierTest.java")
    d.ln("index ", rhex(7), "..", rhex(7), " 100644")
    d.ln("--- a/src/test/java/com/hxtel/crm/notify/SmsNotifierTest.java")
    d.ln("+++ b/src/test/java/com/hxtel/crm/notify/SmsNotifierTest.java")
    d.ln("@@ -38,15 +38,16 @@ class SmsNotifierTest {")
    d.ln(" ")
    d.ln("     @Mock SmsGateway gateway;")
    d.ln("     @InjectMocks SmsNotifier notifier;")
    d.ln("+    private static final String TEST_MSISDN = \"10000000001\";")
    d.ln(" ")
    d.ln("     @Test")
    d.ln("     void sendsArrearsNotice() {")
    p = P()
    d.ln("-        notifier.send(", q(p.phone, PH), ", \"尊敬的", L(p.zh, N), "，您的账户已欠费 12.30 元，请及时充值。【华信通信】\");")
    d.ln("-        verify(gateway).submit(eq(\"1065900010086\"), eq(", q(p.phone, PH), "), anyString());")
    d.ln("+        notifier.send(TEST_MSISDN, \"尊敬的客户，您的账户已欠费 12.30 元，请及时充值。【华信通信】\");")
    d.ln("+        verify(gateway).submit(eq(\"1065900010086\"), eq(TEST_MSISDN), anyString());")
    d.ln("     }")
    d.ln(" ")
    d.ln("     @Test")
    d.ln("     void sendsBillToEmail() {")
    p = P()
    d.ln("-        notifier.mailBill(", q(p.email, EM), ", \"2024-05\"); // ", L(p.zh, N), " 要求电子账单")
    d.ln("+        notifier.mailBill(\"user@example.com\", \"2024-05\");")
    d.ln("         verify(mailer).send(any());")
    d.ln("     }")
    d.ln()
    # --- merge commit
    header(sha1(), a3, dt.date(2024, 6, 7), "Merge branch 'feature/cdr-parser' into 'develop'",
           ["See merge request crm/provisioning!912"], merge=(sha1(), sha1()))
    # --- commit 2: password moved to env
    header(sha1(), a2, dt.date(2024, 6, 5), "chore(config): read UAT DB password from environment", [
        "The old password was rotated on 2024-06-05 (OPS-7731)."])
    d.ln("diff --git a/src/main/resources/application-uat.yml b/src/main/resources/application-uat.yml")
    d.ln("index ", rhex(7), "..", rhex(7), " 100644")
    d.ln("--- a/src/main/resources/application-uat.yml")
    d.ln("+++ b/src/main/resources/application-uat.yml")
    d.ln("@@ -12,8 +12,8 @@ spring:")
    d.ln("   datasource:")
    dbip = gen_server_ip()
    d.ln("     url: jdbc:mysql://", L(dbip, IP), ":3306/crm_uat?useSSL=false")
    d.ln("     username: crm_uat")
    d.ln("-    password: '", L(gen_password(), CRED), "'")
    d.ln("+    password: ${UAT_DB_PASSWORD}")
    d.ln("   redis:")
    d.ln("     host: ", L(gen_server_ip(), IP))
    d.ln("-    password: ", L(gen_password(), CRED))
    d.ln("+    password: ${UAT_REDIS_PASSWORD}")
    d.ln("     port: 6379")
    d.ln()
    # --- commit 3: adds CDR fixtures
    header(sha1(), a3, dt.date(2024, 6, 3), "feat(cdr): add sample CDR lines for parser tests", [
        "Taken from the Jiangsu probe on 2024-06-01 (10 minutes of traffic)."])
    d.ln("diff --git a/src/test/resources/fixtures/cdr_sample.txt b/src/test/resources/fixtures/cdr_sample.txt")
    d.ln("new file mode 100644")
    d.ln("index 0000000..", rhex(7))
    d.ln("--- /dev/null")
    d.ln("+++ b/src/test/resources/fixtures/cdr_sample.txt")
    d.ln("@@ -0,0 +1,10 @@")
    d.ln("+# start_time|calling|called|imsi|imei|call_type|duration_s|release_cause")
    for _ in range(9):
        a, b = P(), P()
        d.ln("+2024-06-01T10:", "%02d:%02d" % (R.randint(0, 9), R.randint(0, 59)), "+08:00|", L(a.phone, PH), "|",
             L(b.phone, PH) if R.random() < 0.8 else "10086", "|", L(a.imsi, IMSI), "|", L(a.imei, IMEI), "|",
             R.choice(["MOC", "MTC"]), "|", str(R.randint(0, 900)), "|", R.choice(["16", "16", "17", "31"]))
    d.ln("diff --git a/src/test/java/com/hxtel/crm/cdr/CdrParserTest.java b/src/test/java/com/hxtel/crm/cdr/CdrParserTest.java")
    d.ln("new file mode 100644")
    d.ln("index 0000000..", rhex(7))
    d.ln("--- /dev/null")
    d.ln("+++ b/src/test/java/com/hxtel/crm/cdr/CdrParserTest.java")
    d.ln("@@ -0,0 +1,10 @@")
    d.ln("+package com.hxtel.crm.cdr;")
    d.ln("+")
    d.ln("+class CdrParserTest {")
    d.ln("+    @Test")
    d.ln("+    void parsesFirstLine() throws Exception {")
    d.ln("+        List<Cdr> cdrs = CdrParser.parse(Resources.getResource(\"fixtures/cdr_sample.txt\"));")
    d.ln("+        assertEquals(9, cdrs.size());")
    d.ln("+        assertEquals(1717207200000L, cdrs.get(0).startEpochMillis() / 600000 * 600000);")
    d.ln("+    }")
    d.ln("+}")
    return d


# ============================================================================= 12. protobuf text format


def f_textproto():
    d = Doc("subscriber_testdata.textproto")
    d.ln("# proto-file: hxtel/crm/v1/subscriber.proto")
    d.ln("# proto-message: hxtel.crm.v1.SubscriberBatch")
    d.ln("# Golden input for SubscriberSyncTest; regenerate with `bazel run //crm/tools:dump_uat -- --limit=8`")
    d.ln("# schema fingerprint: ", rhex(16))
    d.ln()
    d.ln('batch_id: "', uuid4(), '"')
    d.ln("created_at { seconds: ", ms_ts()[:10], " nanos: ", str(R.randint(0, 999999) * 1000), " }")
    d.ln("source: SOURCE_UAT_EXPORT")
    d.ln()
    for i in range(8):
        p = P()
        d.ln("subscribers {")
        d.ln("  cust_id: 88", rdigits(8))
        d.ln("  name: ", q(p.zh, N))
        if i % 2 == 0:
            d.ln("  name_latin: ", q(p.py(R.choice([1, 3])), N))
        d.ln("  gender: ", "GENDER_MALE" if p.gender == "M" else "GENDER_FEMALE")
        d.ln('  birth_date: "', L(p.dob.isoformat(), DOB), '"')
        if i % 4 == 3:
            d.ln("  identity { type: ID_TYPE_PASSPORT number: ", q(p.passport, PP), " }")
        else:
            d.ln("  identity { type: ID_TYPE_RESIDENT_CARD number: ", q(p.rid, RID), " }")
        d.ln('  msisdn: "', L("86" + p.phone, PH), '"')
        if i % 3 == 2:
            ac, sub = gen_landline()
            d.ln('  home_phone: "', L(fmt_landline(ac, sub, R.choice([0, 3])), PH), '"')
        if i % 3 == 0:
            d.ln('  contact_email: "', L(p.email, EM), '"')
        d.ln("  sim {")
        d.ln('    iccid: "', L(p.iccid, ICCID), '"')
        d.ln('    imsi: "', L(p.imsi, IMSI), '"')
        d.ln("    ki_ref: \"hsm://slot2/", rhex(12), "\"")
        d.ln("  }")
        d.ln("  devices {")
        d.ln('    imei: "', L(p.imei, IMEI), '"')
        if i % 2 == 1:
            d.ln('    wifi_mac: "', L(fmt_mac(p.mac, 1), MAC), '"')
        d.ln("    first_seen { seconds: ", ms_ts()[:10], " }")
        d.ln("  }")
        if i % 3 != 1:
            d.ln("  home_address {")
            d.ln('    province: "', L(p.addr.prov, ADDR), '"')
            d.ln('    city: "', L(p.addr.city, ADDR), '"')
            d.ln('    district: "', L(p.addr.dist, ADDR), '"')
            d.ln('    line1: "', L(p.addr.detail, ADDR), '"')
            d.ln("  }")
        else:
            d.ln('  mailing_address: "', L(p.addr.full(0), ADDR), '"')
        d.ln("  last_location { latitude: ", L("%.6f" % p.lat, LOC), " longitude: ", L("%.6f" % p.lng, LOC),
             " accuracy_m: ", str(R.choice([15, 30, 50, 200])), " }")
        if i % 4 == 0:
            d.ln('  vehicle_plate: "', L(p.plate, PLATE), '"')
        d.ln("  plan_code: \"", R.choice(["5G-129", "4G-58", "IOT-10"]), "\"")
        d.ln("  arpu_cents: ", str(R.randint(800, 39900)))
        d.ln("}")
    d.ln()
    d.ln("# negative sample: masked record as produced by the export tool")
    d.ln("subscribers {")
    d.ln('  cust_id: 8800000000')
    d.ln('  name: "张*"')
    d.ln('  identity { type: ID_TYPE_RESIDENT_CARD number: "330106********1234" }')
    d.ln('  msisdn: "86139****5678"')
    d.ln('  sim { iccid: "8986****************" imsi: "46000**********" }')
    d.ln("}")
    return d


# ============================================================================= 13. HTTP client file


def f_http():
    d = Doc("crm-api.http")
    dev = Staff()
    host = gen_server_ip()
    tok = gen_jwt(dev.login)
    d.ln("# CRM API - IntelliJ HTTP Client / VS Code REST Client")
    d.ln("# environments: http-client.env.json (local), uat values inlined below by ", L(dev.zh, N))
    d.ln()
    d.ln("@local = http://localhost:8080/crm")
    d.ln("@uat = http://", L(host, IP), ":8080/crm")
    d.ln("@token = ", L(tok, CRED))
    d.ln()
    p = P()
    d.ln("### 查询用户（按手机号）")
    d.ln("GET {{uat}}/api/v1/subscribers?msisdn=", L(p.phone, PH), "&fields=name,idNo,plan")
    d.ln("Authorization: Bearer {{token}}")
    d.ln("X-Request-Id: ", uuid4())
    d.ln("Accept: application/json")
    d.ln()
    d.ln("### 查询用户（按证件号）")
    d.ln("GET {{uat}}/api/v1/subscribers/by-id/", L(P().rid, RID))
    d.ln("Authorization: Bearer {{token}}")
    d.ln()
    d.ln("### 实名登记（居民身份证）")
    for k in range(3):
        p = P()
        if k:
            d.ln("### 实名登记 #", str(k + 1))
        d.ln("POST {{uat}}/api/v1/realname")
        d.ln("Content-Type: application/json")
        d.ln("Authorization: Bearer {{token}}")
        d.ln()
        body = {"name": (p.zh, N), "idType": "ID_CARD", "idNo": (p.rid, RID), "msisdn": (p.phone, PH),
                "birthDate": (p.dob.isoformat(), DOB), "address": (p.addr.full(), ADDR),
                "channel": "WT-APP", "photoBase64": "/9j/4AAQSkZJRgABAQAAAQABAAD/" + b64blob(60),
                "clientIp": (p.ip, IP)}
        if k == 2:
            body["idType"] = "PASSPORT"
            body["idNo"] = (p.passport, PP)
            body["nameEn"] = (p.py(4), N)
        jwrite(d, body, indent=2)
        d.ln()
        d.ln()
    d.ln("### SIM 激活")
    p = P()
    d.ln("POST {{uat}}/api/v1/activate")
    d.ln("Content-Type: application/json")
    d.ln("Authorization: Basic ", L(base64.b64encode(("prov_op:" + gen_password()).encode()).decode(), CRED))
    d.ln()
    jwrite(d, {"msisdn": (p.phone, PH), "iccid": (p.iccid, ICCID), "imsi": (p.imsi, IMSI), "imei": (p.imei, IMEI),
               "apn": "cmnet", "requestTime": int(ms_ts())}, indent=2)
    d.ln()
    d.ln()
    d.ln("> {% client.test(\"activated\", function() { client.assert(response.status === 200); }); %}")
    d.ln()
    d.ln("### 位置查询（需用户授权）")
    p = P()
    d.ln("GET {{uat}}/api/v1/lbs/last-fix?imsi=", L(p.imsi, IMSI), "&consent=", uuid4())
    d.ln("Authorization: Bearer {{token}}")
    d.ln()
    d.ln("# response (2024-06-12T10:15:00):")
    d.ln("# {\"imsi\":\"", L(p.imsi, IMSI), "\",\"lat\":", L("%.6f" % p.lat, LOC), ",\"lng\":", L("%.6f" % p.lng, LOC),
         ",\"accuracy\":50,\"ts\":", ms_ts(), "}")
    d.ln()
    d.ln("### 家庭成员批量添加")
    head = P()
    d.ln("POST {{uat}}/api/v1/family/", L(head.phone, PH), "/members")
    d.ln("Content-Type: application/json")
    d.ln("Authorization: Bearer {{token}}")
    d.ln()
    mem = []
    for rel in ["SPOUSE", "CHILD", "PARENT"]:
        m = P(y0=2008, y1=2015) if rel == "CHILD" else P()
        e = {"name": (m.zh, N), "msisdn": (m.phone, PH), "relation": rel}
        if rel == "CHILD":
            e["birthDate"] = (m.dob.isoformat(), DOB)
            e["guardianIdNo"] = (head.rid, RID)
        mem.append(e)
    jwrite(d, {"members": mem}, indent=2)
    d.ln()
    d.ln()
    d.ln("### 绑定银行卡代扣")
    p = P()
    d.ln("POST {{uat}}/api/v1/autopay")
    d.ln("Content-Type: application/x-www-form-urlencoded")
    d.ln("Authorization: Bearer {{token}}")
    d.ln()
    d.ln("msisdn=", L(p.phone, PH), "&cardNo=", L(p.card, BC), "&holder=", L(p.zh, N), "&idNo=", L(p.rid, RID), "&smsCode=000000")
    d.ln()
    d.ln("### 修改邮箱")
    p = P()
    d.ln("PATCH {{uat}}/api/v1/subscribers/", L(p.phone, PH))
    d.ln("Content-Type: application/json")
    d.ln("Authorization: Bearer {{token}}")
    d.ln()
    d.ln("{\"email\": \"", L(p.email, EM), "\", \"oldEmail\": \"", L(P().email, EM), "\"}")
    d.ln()
    d.ln("### 健康检查（本地）")
    d.ln("GET {{local}}/actuator/health")
    d.ln()
    d.ln("### 第三方短信回执回调（签名用 app secret）")
    d.ln("POST {{uat}}/callback/sms?appId=hx_crm_prov&sign=", rhex(32), "&ts=", ms_ts())
    d.ln("Content-Type: application/json")
    d.ln("X-App-Secret: ", L(rb62(32), CRED))
    d.ln()
    p = P()
    d.ln("{\"mobile\":\"", L(p.phone, PH), "\",\"status\":\"DELIVRD\",\"msgId\":\"", rdigits(19), "\",\"sender\":\"1065900010086\"}")
    return d


# ============================================================================= 14. README


def f_readme():
    d = Doc("README.md")
    m1, m2, m3 = Staff(), Staff(), Staff()
    uat = gen_server_ip()
    tp = P()
    d.ln("# crm-provisioning")
    d.ln()
    d.ln("[![pipeline](https://git.hxtel.com.cn/crm/provisioning/badges/develop/pipeline.svg)](https://git.hxtel.com.cn/crm/provisioning/-/pipelines)")
    d.ln("![version](https://img.shields.io/badge/version-3.8.0-blue) ![java](https://img.shields.io/badge/java-17-orange)")
    d.ln()
    d.ln("开户 / 激活 / 停复机编排服务，对接网上营业厅（WangTing）、HSS 与 OCS（张江机房、武汉光谷机房）。")
    d.ln()
    d.ln("## 快速开始")
    d.ln()
    d.ln("```bash")
    d.ln("./mvnw -DskipTests package")
    d.ln("docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=local registry.hxtel.com.cn/crm/provisioning:3.8.0")
    d.ln("```")
    d.ln()
    d.ln("## API 示例")
    d.ln()
    d.ln("所有示例使用公认的示例号码 `13800138000` 与 GB 11643 标准中的示例身份证号，不是真实用户。")
    d.ln()
    d.ln("```bash")
    d.ln("curl -s -H \"Authorization: Bearer <YOUR_TOKEN>\" \\")
    d.ln("  \"http://localhost:8080/crm/api/v1/subscribers?msisdn=13800138000\"")
    d.ln("```")
    d.ln()
    d.ln("响应（已脱敏）：")
    d.ln()
    d.ln("```json")
    d.ln('{"name": "张*", "msisdn": "138****8000", "idNo": "110105********002X", "plan": "5G-129"}')
    d.ln("```")
    d.ln()
    d.ln("```bash")
    d.ln("curl -X POST http://127.0.0.1:8080/crm/api/v1/realname \\")
    d.ln("  -H 'Content-Type: application/json' -H 'Authorization: Bearer ${TOKEN}' \\")
    d.ln("  -d '{\"name\":\"张三\",\"idType\":\"ID_CARD\",\"idNo\":\"11010519491231002X\",\"msisdn\":\"13800138000\",")
    d.ln("       \"email\":\"user@example.com\",\"address\":\"北京市东城区XX路XX号XX室\",\"clientIp\":\"203.0.113.10\"}'")
    d.ln("```")
    d.ln()
    d.ln("| 字段 | 说明 | 示例 |")
    d.ln("|------|------|------|")
    d.ln("| msisdn | 11 位手机号，可带 +86 | `13800138000` |")
    d.ln("| idNo | 18 位身份证号，末位可为 X | `11010519491231002X` |")
    d.ln("| imei | 15 位，Luhn 校验 | `490154203237518` |")
    d.ln("| iccid | 19-20 位，以 8986 开头 | `8986xxxxxxxxxxxxxxxx` |")
    d.ln("| wifiMac | 冒号分隔 | `00:1A:2B:3C:4D:5E` |")
    d.ln("| clientIp | IPv4 / IPv6 | `198.51.100.7`, `2001:db8::7` |")
    d.ln("| bankCard | 银联卡号（沙箱卡） | `6216261000000000018` |")
    d.ln()
    d.ln("## UAT 环境")
    d.ln()
    d.ln("- 地址：http://", L(uat, IP), ":8080/crm （需 VPN）")
    d.ln("- 测试账号：`", L(tp.phone, PH), "` / `", L(gen_password(), CRED), "`（", L(tp.zh, N), " 的工作卡，勿改密码）")
    d.ln("- 测试 SIM：ICCID `", L(tp.iccid, ICCID), "`，IMSI `", L(tp.imsi, IMSI), "`")
    d.ln("- 数据库：`mysql -h ", L(gen_server_ip(), IP), " -u crm_uat -p'", L(gen_password(), CRED), "' crm_uat`")
    d.ln("- 本地默认监听 `0.0.0.0:8080`，管理端口 `9090`")
    d.ln()
    d.ln("## 故障排查")
    d.ln()
    p = P()
    d.ln("曾出现用户 ", L(p.zh, N), "（", L(fmt_phone(p.phone, 1), PH), "）换卡后无法上网，原因是 HSS 中旧 IMSI ",
         L(p.imsi, IMSI), " 未删除；处理步骤见 `docs/runbook.md`。")
    d.ln()
    d.ln("## 维护人")
    d.ln()
    d.ln("| 姓名 | 邮箱 | 电话 | 职责 |")
    d.ln("|------|------|------|------|")
    for s, role in [(m1, "开发负责人"), (m2, "测试"), (m3, "运维")]:
        d.ln("| ", L(s.zh, N), " | ", L(s.email, EM), " | ", L(s.phone, PH), " | ", role, " |")
    d.ln()
    d.ln("问题请提交到 https://git.hxtel.com.cn/crm/provisioning/-/issues 或发邮件至 crm-dev@hxtel.com.cn。")
    d.ln()
    d.ln("## License")
    d.ln()
    d.ln("Proprietary. © 2024 华信通信有限公司")
    return d


# ============================================================================= 15. CHANGELOG


def f_changelog():
    d = Doc("CHANGELOG.md")
    devs = [Staff() for _ in range(5)]
    d.ln("# Changelog")
    d.ln()
    d.ln("All notable changes to this project are documented here. The format is based on")
    d.ln("[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the project follows [SemVer](https://semver.org/).")
    d.ln()
    d.ln("## [3.8.0] - 2024-06-11")
    d.ln("### Added")
    d.ln("- eSIM watch activation (`POST /api/v1/esim`), CRM-5102 (", sha1()[:8], ")")
    d.ln("- SM4 column encryption for `id_no` (key rotation every 90 days)")
    d.ln("### Fixed")
    d.ln("- ID numbers ending in lowercase `x` (e.g. `11010519491231002x`) were not masked, CRM-5088")
    p = P()
    d.ln("- NPE when the subscriber ", L(p.phone, PH), " had a leading space in the CRM record (hotfix 3.7.4, reported by ",
         L(p.zh, N), ")")
    p = P()
    d.ln("- Wrong birth date shown for customer ", L(p.zh, N), " (ID ", L(p.rid, RID), "): the registration date ",
         gen_date(2015, 2023).isoformat(), " was displayed instead of ", L(fmt_date(p.dob, 0), DOB), ", CRM-5091")
    d.ln("- Build number `3.8.0.20240611.173` now included in `/actuator/info`")
    d.ln()
    d.ln("## [3.7.4] - 2024-05-28")
    d.ln("### Security")
    d.ln("- Removed real subscriber numbers from test fixtures (PIA-231); see commit ", sha1()[:7], ".")
    d.ln("- Rotated the UAT database password (the old value had been committed in `application-uat.yml`).")
    p = P()
    d.ln("- Stopped logging full IMEI: `imei=", L(p.imei, IMEI), "` appeared in `provisioning.log` for ", L(p.phone, PH), ".")
    d.ln("### Fixed")
    p = P()
    d.ln("- Address change for ", L(p.zh, N), " (`", L(p.addr.full(0), ADDR), "`) was saved without the room number, CRM-5040")
    d.ln("- Port 3868 (Diameter) health check timed out after 30000 ms")
    d.ln()
    d.ln("## [3.7.0] - 2024-04-15")
    d.ln("### Added")
    d.ln("- Bulk family-plan import (CSV up to 10 MB, 5000 rows), CRM-4950")
    d.ln("- LBS consent check before `GET /lbs/last-fix`; default map centre 30.274085,120.155070")
    d.ln("### Changed")
    d.ln("- Upgraded Spring Boot 3.1.5 → 3.2.4, MyBatis 3.5.13 → 3.5.16, Java 17.0.10")
    d.ln("- Release build ", rdigits(6), ", image digest `sha256:", rhex(64), "`")
    d.ln("### Fixed")
    p = P()
    d.ln("- Bank card ", L(fmt_card(p.card, 1), BC), " (holder ", L(p.zh, N), ") was rejected because of the spaces, CRM-4971")
    p = P()
    d.ln("- Passport numbers of the new format (e.g. customer ", L(p.zh, N), ", ", L(p.passport, PP), ") failed validation")
    d.ln()
    d.ln("## [3.6.2] - 2024-03-02")
    d.ln("### Fixed")
    d.ln("- Timestamp 1709337600000 parsed as a phone number by the old PII filter")
    d.ln("- Orders like `", order_no(), "` no longer trigger the bank-card detector")
    p = P()
    d.ln("- ETC binding for plate ", L(fmt_plate(p.plate, 1), PLATE), " ignored the middle dot")
    d.ln()
    d.ln("## Contributors")
    d.ln()
    for s in devs:
        d.ln("- ", L(s.zh, N), " (@", s.login, ") <", L(s.email, EM), ">")
    d.ln("- ci-bot <noreply@hxtel.com.cn>")
    return d


# ============================================================================= 16. Validator source


def f_validators():
    d = Doc("PiValidators.java")
    dev, dev2 = Staff(), Staff()
    d.ln("package com.hxtel.common.pii;")
    d.ln()
    d.ln("import java.util.regex.Pattern;")
    d.ln()
    d.ln("/**")
    d.ln(" * Format validators for personal information. Examples in comments are either public test vectors,")
    d.ln(" * well-known placeholders or deliberately invalid values — except where marked \"regression\".")
    d.ln(" *")
    d.ln(" * @author ", L(dev.zh, N))
    d.ln(" */")
    d.ln("public final class PiValidators {")
    d.ln()
    d.ln("    private PiValidators() {}")
    d.ln()
    d.ln("    /** Mainland mobile, e.g. 13800138000 (the classic China Mobile test number), +86 138 0013 8000. */")
    d.ln('    public static final Pattern MOBILE = Pattern.compile("^(?:\\\\+?86[- ]?|0086)?1(?:3\\\\d|4[579]|5[0-35-9]|6[2567]|7[0-8]|8\\\\d|9[0-35-9])\\\\d{8}$");')
    d.ln("    /** Fixed line with area code, e.g. 010-12345678 or (0755)8888XXXX. */")
    d.ln('    public static final Pattern LANDLINE = Pattern.compile("^0\\\\d{2,3}-?\\\\d{7,8}$");')
    d.ln("    /** 18-digit resident ID; 11010519491231002X is the sample from GB 11643-1999. */")
    d.ln('    public static final Pattern RESIDENT_ID = Pattern.compile("^[1-9]\\\\d{5}(?:18|19|20)\\\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\\\d|3[01])\\\\d{3}[\\\\dXx]$");')
    d.ln('    public static final Pattern PASSPORT = Pattern.compile("^(?:E[A-HJ-NP-Z\\\\d]\\\\d{7}|G\\\\d{8})$"); // e.g. E12345678, EA1234567')
    d.ln('    public static final Pattern IMSI = Pattern.compile("^460(?:0[0-9]|1[15]|20)\\\\d{10}$");      // e.g. 46000XXXXXXXXXX')
    d.ln('    public static final Pattern ICCID = Pattern.compile("^8986\\\\d{14,15}[\\\\dA-F]$");')
    d.ln('    public static final Pattern MAC = Pattern.compile("^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$"); // 00:00:00:00:00:00 rejected below')
    d.ln('    public static final Pattern PLATE = Pattern.compile("^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$");')
    d.ln('    public static final Pattern EMAIL = Pattern.compile("^[\\\\w.+-]+@[\\\\w-]+(?:\\\\.[\\\\w-]+)+$");')
    d.ln()
    d.ln("    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};")
    d.ln('    private static final char[] CHECK = "10X98765432".toCharArray();')
    d.ln()
    d.ln("    /**")
    d.ln("     * Resident ID check digit (GB 11643-1999, ISO 7064 MOD 11-2).")
    d.ln("     * <ul>")
    d.ln("     *   <li>valid: 11010519491231002X (standard sample)</li>")
    d.ln("     *   <li>invalid checksum: 110101199001011234, ", bad_rid(P().rid), "</li>")
    d.ln("     *   <li>invalid date: 110101199002301230 (30 Feb)</li>")
    d.ln("     *   <li>15-digit legacy form: 110105491231002 (no check digit; accepted by {@link #isLegacyId})</li>")
    p = P()
    while not p.rid.endswith("X"):
        p = P()
    d.ln("     *   <li>regression CRM-5088: customer ", L(p.zh, N), ", ", L(p.rid[:-1] + "x", RID),
         " was rejected (lowercase x)</li>")
    d.ln("     * </ul>")
    d.ln("     */")
    d.ln("    public static boolean isResidentId(String s) {")
    d.ln("        if (s == null || !RESIDENT_ID.matcher(s).matches()) return false;")
    d.ln("        int sum = 0;")
    d.ln("        for (int i = 0; i < 17; i++) sum += (s.charAt(i) - '0') * W[i];")
    d.ln("        return Character.toUpperCase(s.charAt(17)) == CHECK[sum % 11];")
    d.ln("    }")
    d.ln()
    d.ln("    /**")
    d.ln("     * Luhn check used for IMEI and bank cards.")
    d.ln("     * <pre>")
    d.ln("     *   490154203237518      IMEI example from the GSMA / Wikipedia article  -> true")
    d.ln("     *   490154203237519      same with a wrong check digit                 -> false")
    d.ln("     *   6216261000000000018  UnionPay sandbox test card                      -> true")
    d.ln("     *   4111111111111111     Visa test card                                  -> true")
    d.ln("     *   000000000000000      emulator IMEI                                   -> true, but rejected by isImei")
    p = P()
    d.ln("     *   ", L(p.imei, IMEI), "      regression CRM-4702: ", L(p.zh, N), "'s phone was flagged as invalid")
    c = gen_card()
    d.ln("     *   ", L(c, BC), " " * (21 - len(c)), "regression CRM-4971: 19-digit debit card, holder ", L(P().zh, N))
    d.ln("     * </pre>")
    d.ln("     */")
    d.ln("    public static boolean luhn(String digits) {")
    d.ln("        int sum = 0;")
    d.ln("        boolean dbl = false;")
    d.ln("        for (int i = digits.length() - 1; i >= 0; i--) {")
    d.ln("            int v = digits.charAt(i) - '0';")
    d.ln("            if (dbl) { v *= 2; if (v > 9) v -= 9; }")
    d.ln("            sum += v;")
    d.ln("            dbl = !dbl;")
    d.ln("        }")
    d.ln("        return sum % 10 == 0;")
    d.ln("    }")
    d.ln()
    d.ln("    public static boolean isImei(String s) {")
    d.ln('        return s != null && s.matches("\\\\d{15}") && !s.equals("000000000000000") && luhn(s);')
    d.ln("    }")
    d.ln()
    d.ln("    /** MAC: reject 00:00:00:00:00:00, FF:FF:FF:FF:FF:FF and Android's 02:00:00:00:00:00. */")
    d.ln("    public static boolean isDeviceMac(String s) {")
    d.ln("        if (s == null || !MAC.matcher(s).matches()) return false;")
    d.ln('        String n = s.toUpperCase().replace(\'-\', \':\');')
    d.ln('        return !n.equals("00:00:00:00:00:00") && !n.equals("FF:FF:FF:FF:FF:FF") && !n.equals("02:00:00:00:00:00");')
    d.ln("    }")
    d.ln()
    d.ln("    /**")
    d.ln("     * Mobile numbers. Not subscribers: 10086 / 10010 / 10000 (service), 12345 (government hotline),")
    d.ln("     * 95588 (bank), 400-810-8888 (enterprise), 1065900010086 (SMS sender), 1391234567 (10 digits),")
    d.ln("     * 12012345678 (unallocated 120 prefix), 10000000001 (test range used in fixtures).")
    p = P()
    d.ln("     * Regression CRM-4410: ", L(fmt_phone(p.phone, 3), PH), " (", L(p.zh, N), ") was rejected because of the spaces.")
    d.ln("     */")
    d.ln("    public static boolean isMobile(String s) {")
    d.ln('        return s != null && MOBILE.matcher(s.replace(" ", "").replace("-", "")).matches();')
    d.ln("    }")
    d.ln()
    d.ln("    /** Unified Social Credit Code is an organisation number, e.g. ", gen_uscc(), " — never PI. */")
    d.ln("    public static boolean isUscc(String s) {")
    d.ln('        return s != null && s.matches("^[0-9A-HJ-NPQRTUWXY]{2}\\\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");')
    d.ln("    }")
    d.ln()
    d.ln("    /** IPv4 helper: 127.0.0.1, 0.0.0.0 and 255.255.255.255 are never client addresses. */")
    d.ln("    public static boolean isClientIp(String s) {")
    d.ln('        return s != null && !s.startsWith("127.") && !s.equals("0.0.0.0") && !s.equals("255.255.255.255");')
    d.ln("    }")
    d.ln()
    d.ln("    // version strings that must not match: 10.0.19041.1, 3.8.0.20240611, 1.2.840.113549.1.1.11 (OID)")
    d.ln("    // hashes that must not match: ", sha1(), " (git), ", hashlib.md5(b"hxtel").hexdigest(), " (md5)")
    d.ln("    // reviewed by ", L(dev2.py_name, N), " on 2024-06-10")
    d.ln("}")
    return d


# ============================================================================= 17. minified JS bundle


def js_escape_ascii(s):
    return "".join("\\u%04x" % ord(c) if ord(c) > 127 else c for c in s)


def f_minjs():
    d = Doc("app.4f9c2a71.min.js")
    api = gen_server_ip()
    d.ln("/*! For license information please see app.4f9c2a71.min.js.LICENSE.txt */")
    # line 1: runtime + config
    d.w('(self.webpackChunkcrm_console=self.webpackChunkcrm_console||[]).push([[143],{7321:function(e,t,n){"use strict";',
        'n.d(t,{Z:function(){return o},c:function(){return a}});var r=n(4871),i=864e5,a={baseURL:"http://', L(api, IP),
        ':8080/crm",timeout:3e4,appKey:"hx_console",appSecret:"', L(rb62(32), CRED), '",version:"2.3.1",build:"',
        rdigits(6), '",buildTime:', ms_ts(), ',sentryProject:17,hotline:"10086",',
        'placeholder:"', js_escape_ascii("请输入手机号"), '",mobileRe:/^1[3-9]\\d{9}$/,idRe:/^\\d{17}[\\dXx]$/,',
        'maxInt:0x7fffffff,ttl:7*i};')
    # mock records
    d.w("var o=[")
    for k in range(12):
        p = P()
        d.w('{id:"c_', "%04d" % (k + 1), '",name:"', L(p.zh, N), '",mobile:"', L(p.phone, PH), '",idCard:"', L(p.rid, RID),
            '",addr:"', L(p.addr.full(R.choice([0, 1])), ADDR), '"')
        if k % 3 == 0:
            d.w(',email:"', L(p.email, EM), '"')
        if k % 4 == 1:
            d.w(',card:"', L(p.card, BC), '"')
        if k % 5 == 2:
            d.w(',birthday:"', L(p.dob.isoformat(), DOB), '"')
        d.w(",vip:", "!0" if k % 2 else "!1", ",ts:", ms_ts(), "}", "," if k < 11 else "")
    d.w("]},")
    # second module: device list
    d.w('9912:function(e,t,n){"use strict";n.r(t);var r=n(7321),o=[')
    for k in range(8):
        p = P()
        d.w('{imsi:"', L(p.imsi, IMSI), '",imei:"', L(p.imei, IMEI), '",mac:"', L(fmt_mac(p.mac, 1), MAC), '",ip:"', L(p.ip, IP),
            '",pos:[', L("%.6f,%.6f" % (p.lng, p.lat), LOC), "]}", "," if k < 7 else "")
    d.w('];t.default={name:"DeviceTable",data:function(){return{rows:o,uuid:"', uuid4(), '",hash:"', rhex(40), '"}}}}}]);\n')
    # line 3: vendor chunk noise
    d.w('/*! vue v3.4.21 | (c) 2018-present Yuxi (Evan) You and Vue contributors | @license MIT */')
    d.w('var e=Object.defineProperty,t=(t,n,r)=>n in t?e(t,n,{enumerable:!0,configurable:!0,writable:!0,value:r}):t[n]=r;')
    d.w('const n="', b64blob(90), '",r=[1732584193,4023233417,2562383102,271733878,3285377520],')
    d.w('s="', rhex(64), '",l=Math.pow(2,53)-1,c=9007199254740991,u="2001:db8::1",f="127.0.0.1",p="0.0.0.0";\n')
    # line 4: login form with a developer's default credentials
    dev = P()
    d.w('define("login",["require"],function(e){var t={mobile:"', L(dev.phone, PH), '",password:"', L(dev.pwd, CRED),
        '",remember:!0};return{defaults:t,reset:function(){t.mobile="",t.password=""},',
        'hint:"', js_escape_ascii("示例：138 0013 8000"), '"}});\n')
    d.w("//# sourceMappingURL=app.4f9c2a71.min.js.map\n")
    return d


# ============================================================================= 18. Android strings.xml


def f_strings():
    d = Doc("strings.xml")
    dev, tester = Staff(), Staff()
    d.ln('<?xml version="1.0" encoding="utf-8"?>')
    d.ln('<resources xmlns:tools="http://schemas.android.com/tools">')
    d.ln('    <string name="app_name">华信营业厅</string>')
    d.ln('    <string name="version_label">版本 %1$s (build %2$d)</string>')
    d.ln('    <string name="hint_phone">请输入手机号</string>')
    d.ln('    <string name="hint_phone_example">例如：138 0013 8000</string>')
    d.ln('    <string name="hint_idcard">请输入18位身份证号码</string>')
    d.ln('    <string name="hint_name">例如：张三</string>')
    d.ln('    <string name="hint_email">name@example.com</string>')
    d.ln('    <string name="hint_address">省/市/区/街道/门牌号</string>')
    d.ln('    <string name="hotline">10086</string>')
    d.ln('    <string name="hotline_label">客服热线：%1$s</string>')
    d.ln('    <string name="welcome_user">%1$s，您好！</string>')
    d.ln('    <string name="balance_fmt">余额 ¥%1$.2f，有效期至 %2$s</string>')
    d.ln('    <string name="masked_phone_fmt">当前登录：%1$s****%2$s</string>')
    d.ln('    <string name="sms_sent">验证码已发送至 %1$s</string>')
    d.ln('    <string name="icp">京ICP备12345678号-3</string>')
    d.ln('    <string name="privacy_url">https://www.hxtel.com.cn/privacy/v5.12.0.html</string>')
    d.ln('    <string name="about_copyright">© 2024 华信通信有限公司</string>')
    d.ln()
    d.ln("    <!-- ===== debug only (should live in src/debug/res) ===== -->")
    d.ln("    <!-- 预发环境 API: http://", L(gen_server_ip(), IP), ":8081/ -->")
    d.ln('    <string name="debug_test_msisdn" translatable="false">', L(tester.phone, PH), "</string>")
    d.ln('    <string name="debug_test_password" translatable="false">', L(gen_password(), CRED), "</string>")
    d.ln('    <string name="debug_tester" translatable="false">', L(tester.zh, N), "</string>")
    d.ln('    <string name="debug_feedback_email" translatable="false">', L(dev.email, EM), "</string>")
    p = P()
    d.ln('    <string name="debug_demo_idcard" translatable="false">', L(p.rid, RID), "</string>")
    d.ln('    <string name="debug_demo_name" translatable="false">', L(p.zh, N), "</string>")
    d.ln('    <string name="debug_demo_address" translatable="false">', L(p.addr.full(0), ADDR), "</string>")
    d.ln('    <string name="debug_wifi_mac" translatable="false">', L(p.mac, MAC), "</string>")
    d.ln('    <string name="debug_push_secret" translatable="false">', L(rhex(32), CRED), "</string>")
    d.ln('    <string name="debug_fake_mac" translatable="false">02:00:00:00:00:00</string>')
    d.ln()
    d.ln('    <string-array name="debug_accounts" translatable="false">')
    for _ in range(4):
        x = P()
        d.ln("        <item>", L(x.zh, N), " ", L(x.phone, PH), "</item>")
    d.ln("        <item>placeholder 13800138000</item>")
    d.ln("    </string-array>")
    d.ln()
    d.ln('    <plurals name="days_left">')
    d.ln('        <item quantity="other">剩余 %d 天</item>')
    d.ln("    </plurals>")
    d.ln('    <string name="escaped_sample" tools:ignore="TypoS">\\u8bf7\\u8f93\\u5165</string>')
    d.ln("</resources>")
    return d


# ============================================================================= 19. CI pipeline


def f_ci():
    d = Doc(".gitlab-ci.yml")
    ops = Staff()
    deploy_ip, deploy_ip2 = gen_server_ip(), gen_server_ip()
    d.ln("# .gitlab-ci.yml - crm-provisioning")
    d.ln("image: maven:3.9.6-eclipse-temurin-17")
    d.ln()
    d.ln("variables:")
    d.ln("  MAVEN_OPTS: \"-Dmaven.repo.local=.m2/repository -Xmx1024m\"")
    d.ln("  DOCKER_HOST: tcp://docker:2375")
    d.ln("  DOCKER_DRIVER: overlay2")
    d.ln("  REGISTRY: registry.hxtel.com.cn")
    d.ln("  REGISTRY_USER: ci-pusher")
    d.ln("  REGISTRY_PASSWORD: \"", L(gen_password(), CRED), "\"   # TODO move to masked CI variable")
    d.ln("  SONAR_HOST_URL: https://sonar.hxtel.com.cn")
    d.ln("  SONAR_TOKEN: ", L("squ_" + rhex(40), CRED))
    d.ln("  NPM_TOKEN: ", L("npm_" + rb62(36), CRED))
    d.ln("  DINGTALK_WEBHOOK: https://oapi.dingtalk.com/robot/send?access_token=", L(rhex(64), CRED))
    d.ln("  NOTIFY_MOBILES: \"", L(ops.phone, PH), ",", L(P().phone, PH), "\"")
    d.ln("  NOTIFY_EMAIL: ", L(ops.email, EM))
    d.ln("  KUBE_NAMESPACE: crm-prod")
    d.ln("  APP_VERSION: 3.8.0")
    d.ln("  SMOKE_TEST_MSISDN: \"13800138000\"")
    d.ln()
    d.ln("stages: [build, test, image, deploy]")
    d.ln()
    d.ln("build:")
    d.ln("  stage: build")
    d.ln("  script:")
    d.ln("    - mvn -B -DskipTests package")
    d.ln("  artifacts:")
    d.ln("    paths: [target/*.jar]")
    d.ln("    expire_in: 1 week")
    d.ln()
    d.ln("test:")
    d.ln("  stage: test")
    d.ln("  services:")
    d.ln("    - name: mysql:8.0.36")
    d.ln("      alias: mysql")
    d.ln("  variables:")
    d.ln("    MYSQL_ROOT_PASSWORD: ", L(gen_password(), CRED))
    d.ln("    MYSQL_DATABASE: crm_test")
    d.ln("  script:")
    d.ln("    - mvn -B test -Dspring.datasource.url=jdbc:mysql://mysql:3306/crm_test -Dspring.datasource.password=$MYSQL_ROOT_PASSWORD")
    d.ln("  coverage: '/Total.*?([0-9]{1,3})%/'")
    d.ln()
    d.ln("image:")
    d.ln("  stage: image")
    d.ln("  image: docker:24.0.7")
    d.ln("  services: [docker:24.0.7-dind]")
    d.ln("  script:")
    d.ln("    - echo \"$REGISTRY_PASSWORD\" | docker login -u \"$REGISTRY_USER\" --password-stdin $REGISTRY")
    d.ln("    - |")
    d.ln("      cat > Dockerfile <<'EOF'")
    d.ln("      FROM eclipse-temurin:17.0.10_7-jre")
    d.ln("      ENV TZ=Asia/Shanghai \\")
    d.ln("          SPRING_PROFILES_ACTIVE=prod \\")
    d.ln("          DB_PASSWORD=", L(gen_password(url_safe=True), CRED), " \\")
    d.ln("          JASYPT_ENCRYPTOR_PASSWORD=", L(rb62(24), CRED))
    d.ln("      COPY target/crm-provisioning-3.8.0.jar /app/app.jar")
    d.ln("      EXPOSE 8080 9090")
    d.ln("      HEALTHCHECK CMD curl -fs http://127.0.0.1:8080/crm/actuator/health || exit 1")
    d.ln("      ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/app.jar\"]")
    d.ln("      EOF")
    d.ln("    - docker build --build-arg NPM_TOKEN=$NPM_TOKEN -t $REGISTRY/crm/provisioning:$APP_VERSION-$CI_PIPELINE_IID .")
    d.ln("    - docker push $REGISTRY/crm/provisioning:$APP_VERSION-$CI_PIPELINE_IID")
    d.ln()
    d.ln("deploy-prod:")
    d.ln("  stage: deploy")
    d.ln("  when: manual")
    d.ln("  script:")
    d.ln("    - echo \"$KUBE_CONFIG\" | base64 -d > kubeconfig")
    d.ln("    - sshpass -p '", L(gen_password(url_safe=True), CRED), "' ssh -o StrictHostKeyChecking=no deploy@", L(deploy_ip, IP),
         " \"sudo systemctl restart crm-provisioning\"")
    d.ln("    - curl -u deploy:", L(gen_password(url_safe=True), CRED), " -T target/crm-provisioning-3.8.0.jar https://nexus.hxtel.com.cn/repository/releases/")
    d.ln("    - ssh deploy@", L(deploy_ip2, IP), " 'tail -n 50 /var/log/crm/provisioning.log'")
    d.ln("  environment:")
    d.ln("    name: production")
    d.ln("    url: https://crm.hxtel.com.cn")
    d.ln("  only: [tags]")
    return d


# ============================================================================= 20/21. .env.example and .env


def f_env_example():
    d = Doc(".env.example")
    d.ln("# Copy to .env and fill in. Never commit .env.")
    d.ln("SPRING_PROFILES_ACTIVE=local")
    d.ln("SERVER_PORT=8080")
    d.ln("DB_HOST=127.0.0.1")
    d.ln("DB_PORT=3306")
    d.ln("DB_NAME=crm")
    d.ln("DB_USER=crm_app")
    d.ln("DB_PASSWORD=your_password_here")
    d.ln("DB_URL=jdbc:mysql://<user>:<password>@<host>:3306/crm")
    d.ln("REDIS_URL=redis://:changeme@localhost:6379/0")
    d.ln("JWT_SECRET=<generate with: openssl rand -base64 48>")
    d.ln("SMS_APP_ID=")
    d.ln("SMS_APP_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    d.ln("ALIYUN_ACCESS_KEY_ID=LTAI************************")
    d.ln("ALIYUN_ACCESS_KEY_SECRET=${ALIYUN_SECRET}")
    d.ln("DINGTALK_TOKEN=<token>")
    d.ln("ADMIN_EMAIL=admin@example.com")
    d.ln("ADMIN_PASSWORD=********")
    d.ln("TEST_MSISDN=13800138000")
    d.ln("TEST_ID_NO=11010519491231002X")
    d.ln("OCS_HOST=0.0.0.0")
    d.ln("MAP_CENTER=39.909187,116.397451")
    d.ln("LOG_LEVEL=INFO")
    return d


def f_env():
    d = Doc(".env")
    dev = Staff()
    tp = P()
    db_ip = gen_server_ip()
    d.ln("# local overrides - ", L(dev.zh, N), " (", dev.login, ")")
    d.ln("SPRING_PROFILES_ACTIVE=uat")
    d.ln("SERVER_PORT=8080")
    d.ln("DB_HOST=", L(db_ip, IP))
    d.ln("DB_PORT=3306")
    d.ln("DB_NAME=crm_uat")
    d.ln("DB_USER=crm_uat")
    d.ln("DB_PASSWORD=", L(gen_password(url_safe=True), CRED))
    d.ln("DB_URL=jdbc:mysql://crm_uat:", L(gen_password(url_safe=True), CRED), "@", L(db_ip, IP), ":3306/crm_uat")
    d.ln("REDIS_URL=redis://:", L(gen_password(url_safe=True), CRED), "@", L(gen_server_ip(), IP), ":6379/0")
    d.ln("JWT_SECRET=", L(base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(), CRED))
    d.ln("SMS_APP_ID=hx_crm_uat")
    d.ln("SMS_APP_SECRET=", L(rhex(32), CRED))
    d.ln("ALIYUN_ACCESS_KEY_ID=LTAI5t", rb62(18))
    d.ln("ALIYUN_ACCESS_KEY_SECRET=", L(rb62(30), CRED))
    d.ln("DINGTALK_TOKEN=", L(rhex(64), CRED))
    d.ln("GITHUB_TOKEN=", L("ghp_" + rb62(36), CRED))
    d.ln("ADMIN_EMAIL=", L(dev.email, EM))
    d.ln("ADMIN_PASSWORD=", L(gen_password(url_safe=True), CRED))
    d.ln("TEST_MSISDN=", L(tp.phone, PH))
    d.ln("TEST_ID_NO=", L(tp.rid, RID))
    d.ln("TEST_NAME=", L(tp.zh, N))
    d.ln("TEST_ICCID=", L(tp.iccid, ICCID))
    d.ln("TEST_IMSI=", L(tp.imsi, IMSI))
    d.ln("OCS_HOST=", L(gen_server_ip(), IP))
    d.ln("MAP_CENTER=39.909187,116.397451")
    d.ln("LOG_LEVEL=DEBUG")
    d.ln("BUILD_ID=", rdigits(8))
    return d


# ============================================================================= verification

FW = str.maketrans("０１２３４５６７８９", "0123456789")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
PLACEHOLDER_CREDS = {"changeme", "password", "your_password_here", "********", "<token>", "xxxxxxxx"}


def parse_dob(v):
    fmts = ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y年%m月%d日", "%Y.%m.%d", "%d/%m/%Y", "%b %d, %Y"]
    m = re.fullmatch(r"(\d{4}), (\d{1,2}), (\d{1,2})", v)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", v)
    if m:
        return dt.date(*map(int, m.groups()))
    for f in fmts:
        try:
            return dt.datetime.strptime(v, f).date()
        except ValueError:
            pass
    raise ValueError(v)


def phone_valid(v):
    s = v.translate(FW)
    digits = re.sub(r"[\s\-()]", "", s)
    if re.fullmatch(r"86\d{11,12}", digits):
        digits = "+" + digits
    x = phonenumbers.parse(digits, "CN")
    return x.country_code == 86 and phonenumbers.is_valid_number(x)


def check_label(typ, v):
    if typ == N:
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", v) or re.fullmatch(r"[A-Za-z]+(?:[ /][A-Za-z]+)+", v))
    if typ == RID:
        return ric.is_valid(v.upper()) and v != "11010519491231002X"
    if typ == PH:
        return phone_valid(v) and "13800138000" not in re.sub(r"\D", "", v.translate(FW))
    if typ == EM:
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", v)) and not v.endswith("example.com")
    if typ == BC:
        s = v.replace(" ", "")
        return s.isdigit() and 16 <= len(s) <= 19 and s.startswith("62") and luhn.is_valid(s) and s != "6216261000000000018"
    if typ == ADDR:
        return bool(re.fullmatch(r"[\u4e00-\u9fff0-9 \-]+", v)) and (
            bool(re.search(r"[省市区县]$", v)) or bool(re.search(r"(号|室|\d{3,4}|院内|组\d+号)$", v)))
    if typ == DOB:
        try:
            x = parse_dob(v)
        except ValueError:
            return False
        return 1930 <= x.year <= 2020
    if typ == IP:
        a = ipaddress.ip_address(v)
        return not (a.is_loopback or a.is_unspecified or a.is_multicast or any(a in n for n in DOC_NETS))
    if typ == CRED:
        return len(v) >= 8 and not re.search(r"\s", v) and v not in PLACEHOLDER_CREDS and "$" not in v[:1] + v[-1:] or v.startswith("$2a$")
    if typ == IMSI:
        return std_imsi.is_valid(v) and v.startswith("460") and v[3:5] in {
            "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "15", "20"} and v != "460000000000000"
    if typ == IMEI:
        return v.isdigit() and len(v) == 15 and std_imei.is_valid(v) and v not in ("490154203237518", "000000000000000")
    if typ == ICCID:
        return v.startswith("8986") and len(v) in (19, 20) and luhn.is_valid(v) and "0000000000" not in v
    if typ == MAC:
        ok = re.fullmatch(r"(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}", v) or re.fullmatch(
            r"[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", v)
        h = re.sub(r"[^0-9A-Fa-f]", "", v).upper()
        return bool(ok) and h not in ("000000000000", "FFFFFFFFFFFF", "020000000000") and int(h[:2], 16) % 2 == 0
    if typ == PP:
        return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", v)) and v != "E12345678"
    if typ == PLATE:
        return bool(re.fullmatch(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?(?:[DF]\d{5}|[A-HJ-NP-Z0-9]{5})", v))
    if typ == LOC:
        nums = [float(x) for x in re.split(r"[, ]+", v)]
        if len(nums) == 1:
            return 18 <= nums[0] <= 54 or 73 <= nums[0] <= 136
        a, b = nums
        return (18 <= a <= 54 and 73 <= b <= 136) or (18 <= b <= 54 and 73 <= a <= 136)
    return False


def verify(docs):
    counts = {}
    for d in docs:
        prev_end = -1
        for s, e, t, v in sorted(d.labels):
            assert s >= prev_end, (d.name, s, v)
            prev_end = e
            assert d.buf[s:e].decode("utf-8") == v, (d.name, v)
            assert check_label(t, v), (d.name, t, v)
            counts[t] = counts.get(t, 0) + 1
    return counts


# ============================================================================= main

BUILDERS = [f_java_test, f_java_service, f_mapper, f_pytest, f_notebook, f_go, f_ts, f_i18n, f_sql, f_yaml,
            f_gitlog, f_textproto, f_http, f_readme, f_changelog, f_validators, f_minjs, f_strings, f_ci,
            f_env_example, f_env]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    docs = [b() for b in BUILDERS]
    names = [d.name for d in docs]
    assert len(set(names)) == len(names)
    counts = verify(docs)
    # structural checks of the data formats
    for d in docs:
        if d.name.endswith((".json", ".ipynb")):
            json.loads(d.buf.decode("utf-8"))
        if d.name.endswith(".xml"):
            import xml.dom.minidom
            xml.dom.minidom.parseString(bytes(d.buf))
    os.makedirs(args.out, exist_ok=True)
    rows = []
    for d in docs:
        with open(os.path.join(args.out, d.name), "wb") as f:
            f.write(bytes(d.buf))
        for s, e, t, v in d.labels:
            rows.append((d.name, s, e, t))
    rows.sort()
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for name, s, e, t in rows:
            f.write(json.dumps({"file": name, "start": s, "end": e, "type": t}, ensure_ascii=False) + "\n")
    per_file = {d.name: len(d.labels) for d in docs}
    for n in names:
        print("%-40s %5d" % (n, per_file[n]), file=sys.stderr)
    for t in sorted(counts):
        print("%-28s %5d" % (t, counts[t]), file=sys.stderr)
    print("total labels: %d in %d files" % (len(rows), len(docs)), file=sys.stderr)


if __name__ == "__main__":
    main()
