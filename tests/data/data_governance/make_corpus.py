#!/usr/bin/python3
"""Synthetic, labelled corpus: an operator's data-governance and data-platform metadata -- DDL,
data dictionary, API / message schemas, lineage, classification and profiling reports, ETL SQL,
masking policy, export approvals, scheduler logs, Kafka dumps, data-quality report, wiki page.

This is a PRECISION test.  PI-named fields are everywhere (column names, COMMENTs, x-pi-type tags,
glossary terms, regexes, placeholders, masked samples, counts) but real values are comparatively
rare; a scanner should report the real values and stay silent on the metadata around them.
All people, numbers and addresses are invented (streets and estates are real-looking place names;
house numbers, rooms and residents are not).  The operator "华夏通信" / hxtel.com.cn, its hosts and
its partner companies are fictitious.  Identifiers are valid: resident IDs have a GB/T 2260 region
code and a correct GB 11643 check character, mobiles are in ranges that libphonenumber
(python3-phonenumbers) accepts, bank cards (BIN 62, one VISA) / IMEIs / ICCIDs pass Luhn, IMSIs are
460 + a real Chinese MNC, ICCIDs start 8986 + a real issuer code (matching the IMSI operator for
a subscriber who has both).

Files
-----
ddl_mysql_crm_user.sql        mysqldump --no-data of the CRM schema: CREATE TABLE with COMMENT '手机号码'
                              / '身份证号' ..., DEFAULT '00000000000' / '1XXXXXXXXXX' / '1900-01-01', CHECK
                              regexes, range partitions, a masking view, trigger and procedure.  No labels.
ddl_hive_dw_user.hql          Hive DDL of the warehouse (ods/dwd/dws/ads): COMMENTs, PARTITIONED BY,
                              TBLPROPERTIES with 'pi.columns'='msisdn:PHONE_NUMBER,...', numRows/totalSize,
                              ADD PARTITION lines, Ranger mask notes.  No labels.
ddl_postgresql_billing.sql    pg_dump -s of the billing schema: domains with CHECK regexes, COMMENT ON
                              COLUMN, partitions, masking functions, RLS policy, grants.  No labels.
ddl_oracle_boss.sql           Oracle DDL of the BOSS: list partitions by area code, COMMENT ON, sequences,
                              DBMS_REDACT policy with regexes, optimizer statistics.  No labels.
V20240603_1__backfill_realname_gz.sql
                              Flyway migration that inserts 8 customers (name, ID, address, birth date),
                              their contacts (incl. emergency contacts, one landline), subscriptions
                              (MSISDN, IMSI, ICCID, IMEI), two bank-withholding rows, UPDATEs with literal
                              IDs / numbers; plus two placeholder test accounts and a commented rollback.
data_dictionary_crm_dw.csv    Data-dictionary export (UTF-8 BOM): 表名, 字段名, 类型, 含义, 示例值, 敏感级别,
                              PI分类, 备注.  示例值 of PI fields is either a value copied from production
                              (labelled) or a placeholder / masked value (not labelled).
openapi_customer_center_v3.yaml
                              OpenAPI 3 spec with x-pi-type / x-mask extensions, patterns and examples:
                              a masked response example, a "system" example pasted from a UAT capture
                              (labelled), real-looking path / request / response examples, an API key in
                              x-example, and placeholder examples.
lineage_datahub_export.json   DataHub-style export: dataset schemas with PI tags, fine-grained lineage,
                              dataset profiles whose sampleValues / min / max are raw for some tables
                              (labelled) and masked or hashed for others; data jobs (one SQL with a
                              commented-out literal number); corpUserInfo of owners (staff names, mails).
classification_scan_report_20240610.txt
                              Sensitive-data scan report: per column type, hit/sample counts, hit ratio,
                              confidence and 3 samples -- masked for two data sources, raw for two
                              (labelled); a false-positive section (IDs, timestamps, VINs, USCCs, hashes,
                              version strings) and a summary.
column_profile_report_20240610.json
                              Column profiling: null/distinct counts, min/max, top-5 values with counts,
                              pattern_top3 regexes.  Top values / min / max of name, ID, birth-date,
                              address, phone, e-mail, IMSI, ICCID, IMEI, IP, cell, plate and coordinate
                              columns are real values (labelled) mixed with junk defaults (not labelled).
etl_jobs_dw_user.sql          Hive / Spark SQL jobs: RLIKE regexes, placeholder NOT IN lists, masking UDFs,
                              debugging WHERE clauses with literal numbers / IDs / IMSI / ICCID / IMEI /
                              cell / plate (also in comments), a PI regex rule table and a unit-test VALUES
                              list with positive (labelled) and negative (not labelled) inputs.
masking_policy.yaml           Masking policy: algorithms, per-role rules, Vault refs, a hard-coded dev token,
                              and test vectors (inputs and format-preserving outputs labelled; masked,
                              hashed and generalised outputs not).
export_approval_tickets_202406.md
                              Three export approval tickets: applicants, approvers and commenters (staff),
                              partner contact, approval flow, a plaintext sample attachment and a masked
                              one, a rejected collections export with pasted rows, a police data request.
scheduler_task_logs_20240611.log
                              Airflow task logs (row counts, rejected rows dumped as JSON, a bearer token,
                              a DB password in an engine URL), DolphinScheduler + DataX (job JSON with a
                              password, DataX dirty records, summary), Flink deserialisation failures and
                              a login-audit sink dump with a plaintext password.
kafka_schema_registry_dump.json
                              Schema-registry backup: Avro and JSON schemas (as escaped JSON strings) with
                              doc / default / x-example / examples, client config with a SASL password.
kafka_sample_batch_20240611.jsonl
                              118 consumed messages from 8 topics: Debezium CDC (before/after), S1-MME and
                              HTTP xDR, IoV GPS, auto-debit results, login audit, a pipe-separated BOSS
                              topic, and an already-masked topic (no labels in it).
data_quality_report_2024W23.md
                              Data-quality weekly report: rules, counts, failure ratios and failed-value
                              samples (see below which of them are labelled).
wiki_pi_field_standards.md    Confluence-style page on PI field standards: naming table, placeholder
                              examples, regexes, anti-examples (masked), an FAQ where a real row was pasted,
                              page metadata and revision history with staff names.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive), sorted by file then start.  Labels never overlap.

Label conventions
-----------------
General rule: every occurrence of a real-looking value of a private person is labelled -- valid
(checksum, allocated range, real region / MNC / issuer), unmasked and not an obvious placeholder --
wherever it appears: table rows, INSERT / UPDATE literals, 示例值, schema "example" / "examples" /
"x-example", profile min / max / top-5 / sampleValues, report samples, debug literals in SQL
(also inside comments), log dumps, Kafka keys and values (also inside escaped JSON strings), test
vectors.  Operator staff (申请人, 审批人, owners, authors, reviewers, commenters, the staff in page
metadata) and a partner's contact person are private people.  Values in a file that is itself
"about" PI (a report, a policy, a wiki) are labelled the same way as in data.

* PERSON_NAME: the name only, as written: customers, contacts, card holders, staff, partner
  contact; minority names whole with the middle dot (阿卜杜拉·艾买提) or without (乌兰其其格);
  rare-character names (王𠇔); the very common names that are the top values / min / max of a name
  column.  Not labelled: placeholders (张三, 李四, 王五, 某某, ZHANG SAN), masked names (王*, 张*明,
  东**明), data-entry junk (测试用户, 测试号-勿删, 演示账号, 无名氏, 先生, 未知, 客户), a name
  written as escaped mojibake bytes, employee numbers (E0xxxxxx) and login / service accounts.
* CHINA_RESIDENT_ID_NUMBER: 18-character IDs with a correct check character, and legacy 15-digit
  IDs (data-quality rule R01b).  Not labelled: IDs with a wrong check character (R01, rejected
  rows, test vectors), masked IDs (110101********1234), placeholders (11010119900101XXXX,
  000000000000000000, Z99999999, TEST-GZ-0001), Unified Social Credit Codes.
* DATE_OF_BIRTH: birth dates written as their own value (birthday columns, profile max / top
  values, "证件解析" and "derived" fields, test-vector inputs), in yyyy-MM-dd or yyyyMMdd form; a
  recorded birth date that contradicts the ID is labelled too.  The date inside an ID is not
  labelled separately.  Not labelled: default dates 1900-01-01 / 1970-01-01, formats (yyyy-MM-dd,
  19XX-XX-XX, 1990-**-**), a birth year alone (1987, birth_year, generalised output), other dates
  (open_date, create_time, partitions, certificate expiry 2099-12-31).
* PHONE_NUMBER: mobiles as written, including a 86 / +86 prefix and spaces ("8613065833768",
  "+86 139 4531 7394"); personal landlines with area code ("020-87654321"); two numbers in one
  field ("a/b") are two labels; staff and partner-contact numbers.  Not labelled: placeholders
  (1XXXXXXXXXX, 13800138000, 00000000000, 11111111111, 19999999999, 12345678901, 86XXXXXXXXXXX,
  the test numbers 14400000000 / 14400000001), masked numbers (138****5678), 11-digit numbers in
  unallocated ranges (100.., 12x.., 140.., 154.., 16[049]..) wherever they appear (AUTO_INCREMENT,
  sequence starts, rawDataSize, ids, R02 samples, rejected rows), numbers of the wrong length
  (10 / 12 / 13 digits) and 11-digit runs inside longer digit runs (ms timestamps, DolphinScheduler
  codes, trade numbers, customer ids).
* EMAIL_ADDRESS: personal mailboxes, including staff work mailboxes (name@hxtel.com.cn) and
  customers' disposable-domain addresses (R08).  Not labelled: role / service mailboxes
  (dsg-oncall@, dq-weekly@, dsg-noreply@ hxtel.com.cn), example.com / example.org / test.com /
  zzz.com placeholders, xxx@163.com, masked (z***@qq.com), malformed (abc@163, zhang@@qq.com),
  git@host, the PPPoE account pattern 020XXXXXXXX@163.gd.
* STREET_ADDRESS: a person's address whole, from the first place name as written to the last
  detail (室 / 号 / 组 / 座 + room, 单元 room "2-1202", or a landmark descriptor such as
  楼下菜鸟驿站); a parenthesised remark after the address (（东门进）) is outside the label.  Not
  labelled: placeholders (广东省广州市天河区XX路XX号, 省+市+区+详细地址), masked (广东省广州市******),
  district-level or generalised values (广东省广州市天河区, addr_m), a street without a house
  number (R09 "缺少门牌号"), 号码归属地 (广东广州), 不详 / 同上, organisations' names.
* BANK_CARD_NUMBER: Luhn-valid card numbers (UnionPay BIN 62, 16-19 digits; one 16-digit VISA in
  R10).  Not labelled: Luhn failures, masked (6222 **** **** 1234, 622609******1951), 62XXX...,
  trade numbers, agreement numbers.
* IMSI_ID: 15 digits, 460 + MNC 00/01/02/03/06/07/08/09/11/15.  Not labelled: 46000XXXXXXXXXX,
  masked (46000******4631), the junk default 460000000000000 and the sequential test IMSIs
  460000000000001 / 460000000000002.
* IMEI_HARDWARE_ID: Luhn-valid 15-digit IMEIs; 14-digit IMEIs without check digit (R06, two).
  Not labelled: Luhn failures, 000000000000000 / 111111111111111 / 99999999999999, masked, 86XXX...
* ICCID_NUMBER: 20- or 19-digit ICCIDs starting 8986, Luhn-valid.  Not labelled: placeholders and
  masked ICCIDs.
* IP_ADDRESS: subscribers' / clients' public IPv4 and IPv6 addresses.  Not labelled: 0.0.0.0,
  127.0.0.1, x.x.x.x, truncated output (117.136.12.*, 2409:8a1e:3c1::*), version strings that look
  like dotted quads (10.0.19041.1, datahub-cli 0.12.1.3), hostnames.
* CELL_ID: ECGI / CGI written MCC-MNC-eNB-cell or MCC-MNC-LAC-CI ("460-00-359967-138"), whole.
  Not labelled: patterns (MCC-MNC-eNBID-CellID, 460-00-XXXXXX-XX), masked ("460-01-172291-***"),
  TAC values (0x5A1F), channel codes (GZ-TH-0012).
* LOCATION_COORDINATES: a "lng,lat" pair in one string, whole ("113.301884,23.047950").  Not
  labelled: single longitude or latitude values in separate columns (lng 113.324520), 0.000000,
  0.000000 and 180.000000,90.000000 junk, masked pairs (114.38****,30.59****), geohashes.
* CHINA_LICENSE_PLATE: plates with or without the middle dot (粤B·D21448, 粤GF93878).  Not labelled:
  粤A·XXXXX / 京A***** / masked (津K***51), 未上牌, 粤Z·临时, VINs.
* CREDENTIAL: the secret only: passwords in JDBC / SQLAlchemy URLs, DataX job JSON and SASL JAAS
  config, a plaintext password in a log dump, a password as a data-dictionary sample, a Vault token,
  an API key, a bearer JWT (without "Bearer ").  Not labelled: ******, ********, ${VAR}, <token>,
  (密文), kms:// / vault paths, the PBKDF2 format string, hashes.
* Test vectors (masking_policy.yaml): inputs that look real are labelled; outputs of format-
  preserving encryption (FPE_FF1_*) are valid numbers / IDs / IMSIs indistinguishable from real
  ones and are labelled too; masked, HMAC and generalised outputs are not.
* Never labelled: column / field names, types, COMMENTs and descriptions, PI type names and tags,
  regexes, counts, ratios, percentages, table / topic / job names, ids (cust_id, subs_id, order and
  trade numbers, offsets, application / job ids), timestamps, hashes, HMAC tokens, UUIDs, trace ids,
  PGP fingerprints, base64 ciphertext, USCCs, VINs, ONU serials, area / region / zip codes, host
  names and URLs, amounts.

usage: make_corpus.py [--out DIR] [--check]
  --check also lists unlabelled identifier-like strings (for reviewing the hard negatives).
"""
import argparse
import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import random
import sys
import uuid

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric

SEED = 20240611
R = random.Random(SEED)
DIG = "0123456789"
HEX = "0123456789abcdef"

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
LL = "LOCATION_COORDINATES"
PLATE = "CHINA_LICENSE_PLATE"
CRED = "CREDENTIAL"

# ----------------------------------------------------------------------------- document helper
# Labelled values are written as markers (private-use characters around an index) so that they
# survive any serialisation (json.dumps of json.dumps, CSV quoting, YAML); Doc.save() replaces
# each marker by its value and records the UTF-8 byte span.

_REG = []
_MK = re.compile("\ue000(\\d+)\ue001")


def L(v, t):
    """A labelled value (t=None: plain value)."""
    if t is None:
        return v
    assert v and not re.search(r'["\\\ue000\ue001\n]', v), v
    _REG.append((v, t))
    return "\ue000%d\ue001" % (len(_REG) - 1)


def plain(s):
    return _MK.sub(lambda m: _REG[int(m.group(1))][0], s)


class Doc:
    def __init__(self, name):
        self.name = name
        self.parts = []

    def w(self, *parts):
        """parts: str (may hold markers), (value, TYPE) tuples (labelled) or lists of parts."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                self.parts.append(L(*p))
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.parts.append(p)

    def ln(self, *parts):
        self.w(*parts)
        self.parts.append("\n")

    def render(self):
        text = "".join(self.parts)
        buf = bytearray()
        labels = []
        pos = 0
        for m in _MK.finditer(text):
            buf += text[pos:m.start()].encode("utf-8")
            v, t = _REG[int(m.group(1))]
            s = len(buf)
            buf += v.encode("utf-8")
            labels.append((s, len(buf), t, v))
            pos = m.end()
        buf += text[pos:].encode("utf-8")
        assert "\ue000" not in buf.decode("utf-8") and "\ue001" not in buf.decode("utf-8")
        return bytes(buf), labels


def dwidth(s):
    s = plain(s)
    return sum(2 if ord(c) > 0x2e7f else 1 for c in s)


def pad(s, n):
    return s + " " * max(1, n - dwidth(s))


def csv_cell(v):
    p = plain(v)
    if "," in p or '"' in p or "\n" in p:
        assert '"' not in p
        return '"' + v + '"'
    return v


def csv_line(cells):
    return ",".join(csv_cell(c) for c in cells)


def jd(obj, **kw):
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)


def yq(v):
    """YAML double-quoted scalar (values here never hold quotes or backslashes)."""
    assert '"' not in plain(v) and "\\" not in plain(v)
    return '"' + v + '"'


# ----------------------------------------------------------------------------- generators

USED = set()


def uniq(f):
    def g(*a, **k):
        for _ in range(1000):
            v = f(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError(f.__name__)
    return g


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
           "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
           "龚邵万钱严覃武戴莫孔向汤")
RARE_SUR = list("楼应邬甄訾隗鞠阙笪佘冼仉")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "尉迟", "慕容", "东方", "令狐", "端木"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉峰晨浩宇欣怡梓涵轩萱"
              "远豪燕博佑鸣嘉琪晴雪梅凤琳婷颖倩雯慧丹玲飞龙翔斌波鑫凯旭阳瑶璐莉蕾薇昊然睿泽")
GIVEN2 = ["建国", "志强", "海涛", "晓明", "秀英", "桂兰", "玉梅", "子轩", "梓涵", "雨萱", "思远", "家豪",
          "晓燕", "海燕", "文博", "天佑", "一鸣", "嘉怡", "佳琪", "春生", "国庆", "建华", "丽华", "淑珍",
          "志刚", "俊杰", "欣怡", "浩然", "子豪", "雅婷", "秋菊", "红梅", "德明", "卫东", "振华", "美玲",
          "宏伟", "永强", "晨曦", "若曦", "沐阳", "诗涵", "铭泽", "静怡", "国栋", "立新"]
MINORITY = ["阿卜杜拉·艾买提", "古丽米拉·吐尔逊", "买买提·依明", "热依拉·阿不都热合曼", "次仁卓玛",
            "格桑旺堆", "巴特尔", "乌兰其其格", "努尔兰·哈力木", "阿依古丽·买买提"]
RARE_GIVEN = ["王𠇔", "陈堃", "李翀", "张昇", "赵珺", "刘喆", "周玥", "吴彧", "郑翊", "孙赟"]
PLACEHOLDER_NAMES = {"张三", "李四", "王五", "赵六", "张三丰", "王二", "王麻子"}


@uniq
def gen_name():
    while True:
        x = R.random()
        if x < 0.03:
            return R.choice(MINORITY)
        if x < 0.04:
            return R.choice(RARE_GIVEN)
        if x < 0.08:
            sur = R.choice(COMPOUND)
        elif x < 0.11:
            sur = R.choice(RARE_SUR)
        else:
            sur = R.choice(SUR)
        y = R.random()
        if y < 0.3:
            g = R.choice(GIVEN1)
        elif y < 0.65:
            g = R.choice(GIVEN2)
        else:
            g = R.choice(GIVEN1) + R.choice(GIVEN1)
        n = sur + g
        if n not in PLACEHOLDER_NAMES and len(set(n)) == len(n):
            return n


REGIONS = ["110101", "110105", "110108", "120104", "130102", "130602", "140105", "150102", "210102",
           "220104", "230103", "310104", "310115", "320102", "320106", "320583", "330106", "330302",
           "340104", "350203", "360102", "370102", "370203", "410105", "420106", "420111", "430104",
           "440106", "440304", "440305", "450103", "460106", "500112", "510107", "510104", "520102",
           "530102", "610113", "620102", "630104", "640104", "650102", "440111", "445202", "350582",
           "330782", "411625", "431124", "430602", "510681", "371302", "130423", "522422"]
W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def ric_check(first17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, W17)) % 11]


def rdate(y0, y1):
    return dt.date.fromordinal(R.randint(dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()))


@uniq
def gen_rid(dob=None, sex=None, region=None):
    dob = dob or rdate(1950, 2004)
    seq = R.randint(0, 998)
    if sex == "M" and seq % 2 == 0:
        seq += 1
    if sex == "F" and seq % 2 == 1:
        seq += 1
    b = (region or R.choice(REGIONS)) + dob.strftime("%Y%m%d") + "%03d" % seq
    return b + ric_check(b)


def bad_rid(dob=None):
    """18 characters with a wrong check character (not a valid ID)."""
    good = gen_rid(dob)
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + R.choice(wrong)


def legacy_rid(dob):
    return R.choice(REGIONS) + dob.strftime("%y%m%d") + digits(3)


MOB_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151",
           "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176", "177",
           "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
           "195", "198", "199", "135", "138", "139", "186", "158", "159", "187", "136"]
PLACEHOLDER_PHONES = {"13800138000", "13800000000", "13900000000", "18888888888", "13888888888",
                      "19999999999", "13000000000", "11111111111", "12345678901", "00000000000"}


def is_mobile(n):
    try:
        p = phonenumbers.parse("+86" + n)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@uniq
def gen_phone():
    while True:
        n = R.choice(MOB_PFX) + digits(8)
        if is_mobile(n) and n not in PLACEHOLDER_PHONES and len(set(n[3:])) > 3:
            return n


BAD_PFX = ["100", "101", "102", "104", "110", "111", "120", "121", "122", "123", "124", "125", "126",
           "127", "128", "129", "140", "142", "143", "154", "160", "164", "169"]


@uniq
def gen_bad_phone():
    """11 digits in a range that is not allocated (not a phone number)."""
    while True:
        n = R.choice(BAD_PFX) + digits(8)
        if not phonenumbers.is_valid_number(phonenumbers.parse("+86" + n)):
            return n


AREA = [("010", 8), ("020", 8), ("021", 8), ("0755", 8), ("0571", 8), ("028", 8), ("027", 8),
        ("0731", 8), ("0371", 8), ("0591", 8), ("025", 8), ("029", 8), ("0531", 8), ("0851", 8)]


@uniq
def gen_landline():
    while True:
        a, k = R.choice(AREA)
        n = R.choice("2345678") + digits(k - 1)
        p = phonenumbers.parse("+86" + a[1:] + n)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.FIXED_LINE:
            return a + "-" + n


PY = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
      "hu", "guo", "lin", "he", "gao", "luo", "zheng", "xiao", "ming", "hua", "jun", "wei", "fang",
      "na", "jing", "hong", "lei", "tao", "yu", "hao", "xin", "yan", "ping", "qiang", "bo", "chao",
      "jie", "ting", "yun", "fei", "long", "kai", "xiang", "peng", "hui", "jian", "qing", "mei"]
MAIL_DOMAINS = ["qq.com"] * 4 + ["163.com"] * 3 + ["126.com"] * 2 + [
    "sina.com", "139.com", "189.cn", "foxmail.com", "outlook.com", "gmail.com", "hotmail.com",
    "aliyun.com", "yeah.net", "wo.cn", "sohu.com"]


@uniq
def gen_email(domain=None):
    d = domain or R.choice(MAIL_DOMAINS)
    s = R.random()
    if d == "qq.com" and s < 0.7:
        return str(R.randint(10000, 3999999999)) + "@qq.com"
    if s < 0.35:
        u = R.choice(PY) + R.choice(PY) + str(R.randint(1, 99))
    elif s < 0.6:
        u = R.choice(PY) + R.choice(["_", ".", ""]) + R.choice(PY) + str(R.randint(1960, 2005))
    elif s < 0.8:
        u = "".join(R.choice("abcdefghjklmnpqrstwxyz") for _ in range(R.randint(2, 3))) + digits(R.randint(3, 6))
    else:
        u = R.choice(PY) + R.choice(PY) + R.choice(PY)
    return u + "@" + d


BINS = [("622202", 19), ("622208", 19), ("621700", 19), ("622848", 19), ("622700", 19), ("621483", 16),
        ("622588", 16), ("621226", 19), ("623058", 19), ("622609", 16), ("621799", 19), ("622262", 19),
        ("621661", 19), ("622155", 16), ("625965", 16), ("621485", 16), ("622908", 18)]


@uniq
def gen_card():
    b, n = R.choice(BINS)
    body = b + digits(n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def bad_card():
    c = gen_card()
    return c[:-1] + str((int(c[-1]) + R.randint(1, 9)) % 10)


IMSI_MNC = ["00", "00", "00", "02", "07", "08", "01", "01", "06", "09", "03", "11", "11", "15"]


@uniq
def gen_imsi(mnc=None):
    return "460" + (mnc or R.choice(IMSI_MNC)) + digits(10)


@uniq
def gen_imei():
    tac = R.choice(["86", "86", "86", "35", "35", "99"]) + digits(6)
    body = tac + digits(6)
    return body + luhn.calc_check_digit(body)


def bad_imei():
    c = gen_imei()
    return c[:-1] + str((int(c[-1]) + R.randint(1, 9)) % 10)


ICCID_ISS = {"CM": ["00", "02", "04", "07", "08"], "CU": ["01", "06", "09"], "CT": ["03", "11"]}


@uniq
def gen_iccid(op=None, n=20):
    op = op or R.choice(["CM", "CM", "CU", "CT"])
    body = "8986" + R.choice(ICCID_ISS[op]) + digits(n - 7)
    return body + luhn.calc_check_digit(body)


@uniq
def gen_cell(mnc=None):
    mnc = mnc or R.choice(["00", "00", "01", "11"])
    if R.random() < 0.65:
        return "460-%s-%d-%d" % (mnc, R.randint(100000, 999999), R.randint(1, 255))
    return "460-%s-%d-%d" % (mnc, R.randint(10000, 65535), R.randint(10000, 65535))


CITY_LL = {"广州市": (113.264385, 23.129112), "深圳市": (114.057868, 22.543099), "北京市": (116.407526, 39.904030),
           "上海市": (121.473701, 31.230416), "杭州市": (120.155070, 30.274084), "南京市": (118.796877, 32.060255),
           "成都市": (104.066541, 30.572269), "武汉市": (114.305392, 30.593098), "济南市": (117.120000, 36.651216),
           "郑州市": (113.625368, 34.746599), "西安市": (108.940175, 34.341568), "长沙市": (112.938814, 28.228209),
           "厦门市": (118.089425, 24.479834), "重庆市": (106.551556, 29.563009), "天津市": (117.200983, 39.084158)}


def gen_ll(city=None, order="lnglat"):
    c = city if city in CITY_LL else R.choice(sorted(CITY_LL))
    lng, lat = CITY_LL[c]
    lng += R.uniform(-0.12, 0.12)
    lat += R.uniform(-0.10, 0.10)
    return ("%.6f,%.6f" % (lng, lat)) if order == "lnglat" else ("%.6f,%.6f" % (lat, lng))


PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


@uniq
def gen_plate(prov=None, dot=None):
    p = prov or R.choice(PLATE_PROV)
    letter = R.choice("ABCDEFGHJK")
    if R.random() < 0.25:
        tail = R.choice("DF") + digits(5)
    else:
        tail = list(digits(5))
        for _ in range(R.choice([0, 0, 1, 1, 2])):
            tail[R.randint(0, 4)] = R.choice(PLATE_LET)
        tail = "".join(tail)
    sep = "·" if (dot if dot is not None else R.random() < 0.2) else ""
    return p + letter + sep + tail


IP_FIRST = [36, 39, 42, 58, 59, 60, 61, 101, 106, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121,
            122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223]


@uniq
def gen_ip():
    return "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


@uniq
def gen_ipv6():
    h = [R.choice(["2409", "240e", "2408"]), "8" + "".join(R.choice(HEX) for _ in range(3))]
    h += ["%x" % R.randint(1, 0xffff) for _ in range(6)]
    return ":".join(h)


PW_WORDS = ["Boss", "Crm", "Dw", "Etl", "Hx", "Kafka", "Bill", "Ods", "Sync", "Data", "Gz", "Yd"]


@uniq
def gen_password():
    return (R.choice(PW_WORDS) + R.choice("#@!%&*_") + str(R.randint(2019, 2024)) +
            "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(R.randint(3, 6))) +
            R.choice(["", "!", "#"]))


def rtok(n, alpha="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


@uniq
def gen_jwt(sub):
    h = b64u(b'{"alg":"HS256","typ":"JWT"}')
    p = b64u(jd({"sub": sub, "iss": "hxtel-uac", "exp": 1718100000 + R.randint(0, 90000)},
                separators=(",", ":")).encode())
    return h + "." + p + "." + rtok(43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# addresses: (province, city, district, streets, estates); "" city for municipalities
ADDR_POOL = [
    ("广东省", "广州市", "天河区", ["天河北路", "体育西路", "黄埔大道西", "林和西路", "五山路"], ["天河北苑", "侨林苑", "华港花园", "粤垦路小区"]),
    ("广东省", "深圳市", "南山区", ["科技南十二路", "南海大道", "桃园路", "月亮湾大道"], ["蔚蓝海岸", "南山花园", "阳光棕榈园"]),
    ("广东省", "深圳市", "福田区", ["深南中路", "福华三路", "景田路", "笋岗西路"], ["景田南村", "香蜜湖1号", "天健世纪花园"]),
    ("北京市", "", "朝阳区", ["望京西路", "朝阳北路", "安立路", "广顺北大街"], ["望京西园三区", "慧忠里", "花家地西里"]),
    ("北京市", "", "海淀区", ["学院路", "中关村南大街", "西三环北路", "万泉河路"], ["蓝旗营小区", "万泉新新家园", "双榆树北里"]),
    ("上海市", "", "浦东新区", ["张杨路", "锦绣路", "东方路", "浦东南路"], ["世纪花园", "由由新村", "陆家嘴花园"]),
    ("上海市", "", "徐汇区", ["漕溪北路", "田林路", "宜山路"], ["田林十二村", "汇翠花园"]),
    ("浙江省", "杭州市", "西湖区", ["文三路", "古墩路", "天目山路", "教工路"], ["嘉绿苑", "文鼎苑", "骆家庄西苑"]),
    ("江苏省", "南京市", "鼓楼区", ["中山北路", "湖南路", "虎踞路"], ["清江花苑", "龙江小区"]),
    ("四川省", "成都市", "武侯区", ["一环路南四段", "科华北路", "双楠路"], ["锦绣花园", "棕北小区"]),
    ("湖北省", "武汉市", "洪山区", ["珞喻路", "雄楚大道", "关山大道"], ["光谷坐标城", "南湖花园"]),
    ("山东省", "济南市", "历下区", ["经十路", "解放路", "文化东路"], ["燕山小区", "甸柳新村"]),
    ("河南省", "郑州市", "金水区", ["农业路", "花园路", "文化路"], ["银基花园", "丰庆华府"]),
    ("陕西省", "西安市", "雁塔区", ["小寨西路", "科技路", "电子正街"], ["曲江华府", "紫薇田园都市"]),
    ("湖南省", "长沙市", "岳麓区", ["麓山南路", "枫林三路", "桐梓坡路"], ["金星小区", "银杉园"]),
    ("福建省", "厦门市", "思明区", ["莲前西路", "湖滨南路", "厦禾路"], ["瑞景新村", "莲花五村"]),
    ("重庆市", "", "渝北区", ["新南路", "金开大道", "红锦大道"], ["龙湖香樟林", "加州花园"]),
    ("天津市", "", "南开区", ["鞍山西道", "卫津路", "复康路"], ["华苑小区", "咸阳路小区"]),
]
RURAL = [("河南省", "周口市", "郸城县", "汲冢镇", "后刘村"), ("湖南省", "邵阳市", "隆回县", "六都寨镇", "荷香桥村"),
         ("四川省", "南充市", "仪陇县", "马鞍镇", "琳琅村"), ("广西壮族自治区", "玉林市", "博白县", "沙河镇", "平山村"),
         ("安徽省", "阜阳市", "临泉县", "杨桥镇", "韦寨村"), ("江西省", "赣州市", "于都县", "银坑镇", "平安村")]
CN_NUM = "一二三四五六七八九十"


def gen_addr_parts(kind=None):
    """Returns (province, city, district, detail, city_for_ll)."""
    if (kind or ("rural" if R.random() < 0.12 else "urban")) == "rural":
        p, c, d, town, vil = R.choice(RURAL)
        det = town + vil + (CN_NUM[R.randint(0, 8)] + "组" if R.random() < 0.5 else "%d组" % R.randint(1, 12)) + "%d号" % R.randint(1, 88)
        return p, c, d, det, None
    p, c, d, streets, estates = R.choice(ADDR_POOL)
    st = R.choice(streets)
    s = R.random()
    if s < 0.45:
        det = "%s%d号%s%d栋%d单元%d室" % (st, R.randint(1, 999), R.choice(estates), R.randint(1, 32), R.randint(1, 4),
                                        R.randint(1, 33) * 100 + R.randint(1, 6))
    elif s < 0.75:
        det = "%s%d号%s%d号楼%d-%d" % (st, R.randint(1, 600), R.choice(estates), R.randint(1, 20), R.randint(1, 6),
                                     R.randint(1, 28) * 100 + R.randint(1, 4))
    elif p == "上海市":
        det = "%s%d弄%d号%d室" % (st, R.randint(10, 1800), R.randint(1, 60), R.randint(1, 20) * 100 + R.randint(1, 4))
    else:
        det = "%s%d号%s%d座%d" % (st, R.randint(1, 999), R.choice(estates), R.randint(1, 12), R.randint(1, 30) * 100 + R.randint(1, 8))
    return p, c, d, det, (c or p)


def gen_addr(with_prov=None):
    p, c, d, det, _ = gen_addr_parts()
    if with_prov is None:
        with_prov = R.random() < 0.8
    return (p if with_prov or not c else "") + c + d + det


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "compact": d.strftime("%Y%m%d"), "slash": "%d/%d/%d" % (d.year, d.month, d.day),
            "cn": "%d年%d月%d日" % (d.year, d.month, d.day), "dot": d.strftime("%Y.%m.%d")}[style]


def mask_phone(p):
    return p[:3] + "****" + p[-4:]


def mask_rid(r):
    return r[:6] + "********" + r[-4:]


def mask_name(n):
    if "·" in n:
        return n.split("·")[0][:1] + "**·" + "*" * 2
    return n[0] + "*" * (len(n) - 1) if len(n) <= 2 else n[0] + "*" * (len(n) - 2) + n[-1]


def mask_card(c):
    return c[:6] + "*" * (len(c) - 10) + c[-4:]


def mask_email(e):
    u, d = e.split("@")
    return u[0] + "***@" + d


class Person:
    def __init__(self, minage=18, maxage=80, city=None):
        self.name = gen_name()
        self.sex = R.choice("MF")
        self.dob = rdate(2024 - maxage, 2024 - minage)
        self.rid = gen_rid(self.dob, self.sex)
        self.phone = gen_phone()
        self.email = gen_email()
        self.ap = gen_addr_parts()
        self.addr = self.ap[0] + self.ap[1] + self.ap[2] + self.ap[3]
        self.city = self.ap[4]
        self.card = gen_card()
        op = R.choice(["CM", "CM", "CM", "CU", "CT"])
        self.imsi = gen_imsi(R.choice({"CM": ["00", "00", "02", "07", "08"], "CU": ["01", "01", "06", "09"], "CT": ["03", "11", "11"]}[op]))
        self.imei = gen_imei()
        self.iccid = gen_iccid(op)
        self.ip = gen_ip()

    @property
    def gender(self):
        return "1" if self.sex == "M" else "2"


# operator staff (name, pinyin, employee no.) - private people, labelled wherever named
STAFF_RAW = [("刘晓明", "liuxiaoming"), ("陈静", "chenjing"), ("王海涛", "wanghaitao"), ("赵敏", "zhaomin"),
             ("孙建军", "sunjianjun"), ("周婷婷", "zhoutingting"), ("吴昊", "wuhao"), ("郑雅文", "zhengyawen"),
             ("黄志强", "huangzhiqiang"), ("林佳怡", "linjiayi"), ("欧阳云飞", "ouyangyunfei"), ("马俊", "majun"),
             ("何丽娟", "helijuan"), ("许文博", "xuwenbo"), ("邓晓燕", "dengxiaoyan"), ("谢磊", "xielei"),
             ("覃秋菊", "qinqiuju"), ("冼国栋", "xianguodong")]


class Staff:
    def __init__(self, name, py):
        self.name, self.py = name, py
        USED.add(name)
        self.eno = "E0%06d" % R.randint(100000, 399999)
        self.phone = gen_phone()
        self.email = py + ("" if R.random() < 0.6 else str(R.randint(1, 9))) + "@hxtel.com.cn"


STAFF = [Staff(n, p) for n, p in STAFF_RAW]
SBY = {s.name: s for s in STAFF}


def staff(n):
    return SBY[n]


# ============================================================================= DDL (no labels)

def mysql_table(d, name, cols, keys, comment, auto_inc=None, extra=""):
    d.ln("--")
    d.ln("-- Table structure for table `%s`" % name)
    d.ln("--")
    d.ln()
    d.ln("DROP TABLE IF EXISTS `%s`;" % name)
    d.ln("/*!40101 SET @saved_cs_client     = @@character_set_client */;")
    d.ln("/*!50503 SET character_set_client = utf8mb4 */;")
    d.ln("CREATE TABLE `%s` (" % name)
    lines = []
    for c in cols:
        col, typ, dflt, cmt = c
        s = "  `%s` %s" % (col, typ)
        if dflt is not None:
            s += " " + dflt
        if cmt:
            s += " COMMENT '%s'" % cmt
        lines.append(s)
    lines += ["  " + k for k in keys]
    d.ln(",\n".join(lines))
    tail = ") ENGINE=InnoDB"
    if auto_inc:
        tail += " AUTO_INCREMENT=%s" % auto_inc
    tail += " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='%s'" % comment
    d.ln(tail + extra + ";")
    d.ln("/*!40101 SET character_set_client = @saved_cs_client */;")
    d.ln()


def f_ddl_mysql():
    d = Doc("ddl_mysql_crm_user.sql")
    d.ln("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)")
    d.ln("--")
    d.ln("-- Host: crm-db-m01.gz.hxtel.local    Database: crm_user")
    d.ln("-- ------------------------------------------------------")
    d.ln("-- Server version\t8.0.36-28")
    d.ln("-- 导出方式: mysqldump --no-data --routines --triggers --set-gtid-purged=OFF (仅结构, 不含数据)")
    d.ln("-- 导出时间: 2024-06-11 02:00:13   变更单: DBA-20240610-0415   敏感级别: 表结构 L2 (字段注释含 PI 字段名)")
    d.ln()
    for x in ["/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
              "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
              "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;",
              "/*!50503 SET NAMES utf8mb4 */;",
              "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
              "/*!40103 SET TIME_ZONE='+00:00' */;",
              "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
              "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;",
              "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;"]:
        d.ln(x)
    d.ln()
    ts = ("`create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间'",
          "`update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间'")

    def T(*extra):
        return [("create_time", "datetime(3)", "NOT NULL DEFAULT CURRENT_TIMESTAMP(3)", "创建时间"),
                ("update_time", "datetime(3)", "NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)", "更新时间")]
    del ts
    mysql_table(d, "t_cust_base", [
        ("cust_id", "bigint unsigned", "NOT NULL AUTO_INCREMENT", "客户编号(13位, 前8位为建档日期)"),
        ("cust_name", "varchar(64)", "NOT NULL DEFAULT ''", "客户姓名（实名登记姓名）"),
        ("cust_name_py", "varchar(128)", "DEFAULT NULL", "姓名拼音, 大写, 姓在前, 如 ZHANG SAN"),
        ("cust_type", "char(1)", "NOT NULL DEFAULT '1'", "客户类型 1-个人 2-政企 3-测试"),
        ("cert_type", "char(2)", "NOT NULL DEFAULT '01'", "证件类型 01-居民身份证 02-护照 03-港澳居民来往内地通行证 04-台湾居民来往大陆通行证 05-军官证 11-港澳台居民居住证"),
        ("cert_no", "varchar(32)", "NOT NULL DEFAULT ''", "证件号码（身份证号18位, 末位可为X; 示例 110101********1234）"),
        ("cert_no_enc", "varbinary(64)", "DEFAULT NULL", "证件号码 SM4-CBC 密文"),
        ("cert_no_hash", "char(64)", "DEFAULT NULL", "SM3(证件号码+盐), 用于关联查询"),
        ("cert_addr", "varchar(256)", "DEFAULT NULL", "证件地址（身份证住址, 省市区+详细地址）"),
        ("cert_expire", "date", "NOT NULL DEFAULT '2099-12-31'", "证件有效期, 长期有效填 2099-12-31"),
        ("birthday", "date", "NOT NULL DEFAULT '1900-01-01'", "出生日期(由身份证号第7-14位解析), 未知填 1900-01-01"),
        ("gender", "tinyint", "NOT NULL DEFAULT '0'", "性别 0-未知 1-男 2-女 (身份证第17位奇男偶女)"),
        ("nation", "varchar(16)", "DEFAULT '汉族'", "民族"),
        ("cust_level", "tinyint", "NOT NULL DEFAULT '3'", "客户星级 1-7"),
        ("credit_score", "smallint", "NOT NULL DEFAULT '600'", "信用分 350-950"),
        ("status", "char(2)", "NOT NULL DEFAULT '10'", "10-正常 20-冻结 30-注销 40-黑名单"),
        ("tenant_id", "int", "NOT NULL DEFAULT '200'", "租户/省公司编码 200-广东"),
    ] + T(), ["PRIMARY KEY (`cust_id`)", "UNIQUE KEY `uk_cert` (`cert_type`,`cert_no_hash`)",
              "KEY `idx_name` (`cust_name`)", "KEY `idx_update` (`update_time`)",
              "CONSTRAINT `chk_cert_no` CHECK (((`cert_type` <> _utf8mb4'01') or regexp_like(`cert_no`,_utf8mb4'^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$')))"],
        "客户基本信息表（A1类 个人身份信息, 敏感级别 L4）", auto_inc=gen_bad_phone())
    mysql_table(d, "t_cust_contact", [
        ("contact_id", "bigint unsigned", "NOT NULL AUTO_INCREMENT", "联系人记录ID"),
        ("cust_id", "bigint unsigned", "NOT NULL", "客户编号"),
        ("contact_name", "varchar(64)", "NOT NULL DEFAULT ''", "联系人姓名"),
        ("relation", "tinyint", "NOT NULL DEFAULT '1'", "与客户关系 1-本人 2-配偶 3-子女 4-父母 5-其他; 紧急联系人见 is_emergency"),
        ("contact_phone", "varchar(20)", "NOT NULL DEFAULT '1XXXXXXXXXX'", "联系电话（手机11位, 或固话 区号-号码, 如 020-8XXXXXXX）"),
        ("contact_phone2", "varchar(20)", "DEFAULT NULL", "备用电话"),
        ("contact_email", "varchar(128)", "DEFAULT NULL", "电子邮箱, 如 zhangsan@example.com"),
        ("mail_addr", "varchar(256)", "DEFAULT NULL", "邮寄地址（账单/发票寄送）"),
        ("zip_code", "char(6)", "NOT NULL DEFAULT '000000'", "邮编"),
        ("is_emergency", "tinyint(1)", "NOT NULL DEFAULT '0'", "是否紧急联系人"),
        ("is_default", "tinyint(1)", "NOT NULL DEFAULT '0'", "是否默认"),
    ] + T(), ["PRIMARY KEY (`contact_id`)", "KEY `idx_cust` (`cust_id`)", "KEY `idx_phone` (`contact_phone`)"],
        "客户联系人表（A1, L4）", auto_inc=str(R.randint(10 ** 7, 9 * 10 ** 7)))
    mysql_table(d, "t_subs_instance", [
        ("subs_id", "bigint unsigned", "NOT NULL", "用户(号码)实例ID"),
        ("cust_id", "bigint unsigned", "NOT NULL", "客户编号"),
        ("msisdn", "char(11)", "NOT NULL DEFAULT '00000000000'", "手机号码 MSISDN（11位, 不含国家码 86）"),
        ("imsi", "char(15)", "DEFAULT NULL", "国际移动用户识别码 IMSI = 460 + MNC(00/02/04/07/08) + MSIN, 例 46000XXXXXXXXXX"),
        ("iccid", "varchar(20)", "DEFAULT NULL", "SIM卡 ICCID (8986 开头, 19/20位)"),
        ("imei", "varchar(16)", "DEFAULT NULL", "最近注册终端 IMEI(15位, Luhn) / IMEISV(16位)"),
        ("meid", "varchar(14)", "DEFAULT NULL", "CDMA 终端 MEID(14位十六进制)"),
        ("brand_id", "smallint", "NOT NULL DEFAULT '1'", "品牌 1-全球通 2-动感地带 3-神州行 9-物联网"),
        ("product_id", "int", "NOT NULL", "主套餐ID"),
        ("open_date", "date", "NOT NULL", "开户日期"),
        ("region_code", "char(4)", "NOT NULL DEFAULT '0200'", "地市编码 0200-广州 0755-深圳"),
        ("home_city", "varchar(32)", "DEFAULT NULL", "号码归属地（如 广东广州）"),
        ("subs_status", "char(2)", "NOT NULL DEFAULT '00'", "00-正常 01-单停 02-双停 09-销户"),
        ("realname_flag", "tinyint(1)", "NOT NULL DEFAULT '0'", "实名制登记 0-未登记 1-已登记 2-待补登"),
    ] + T(), ["PRIMARY KEY (`subs_id`)", "UNIQUE KEY `uk_msisdn` (`msisdn`,`subs_status`)", "KEY `idx_imsi` (`imsi`)",
              "KEY `idx_iccid` (`iccid`)",
              "CONSTRAINT `chk_msisdn` CHECK (regexp_like(`msisdn`,_utf8mb4'^1(3[0-9]|4[579]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])[0-9]{8}$'))",
              "CONSTRAINT `chk_imsi` CHECK ((`imsi` is null) or regexp_like(`imsi`,_utf8mb4'^460(0[0-9]|1[15]|20)[0-9]{10}$'))"],
        "用户号码实例表（A1/C2, L4）")
    mysql_table(d, "t_realname_audit", [
        ("audit_id", "bigint unsigned", "NOT NULL AUTO_INCREMENT", "审核流水"),
        ("subs_id", "bigint unsigned", "NOT NULL", "用户实例ID"),
        ("cert_photo_url", "varchar(512)", "DEFAULT NULL", "证件照片 OSS 地址 oss://realname-gz/yyyy/mm/dd/{audit_id}_front.jpg"),
        ("live_photo_url", "varchar(512)", "DEFAULT NULL", "现场人像照片地址"),
        ("face_score", "decimal(5,2)", "DEFAULT NULL", "人证比对分(0-100), 阈值 78.50"),
        ("operator_id", "varchar(16)", "NOT NULL", "受理员工工号 E0XXXXXX"),
        ("operator_name", "varchar(32)", "DEFAULT NULL", "受理员工姓名"),
        ("channel_id", "varchar(20)", "NOT NULL", "受理渠道编码 如 GZ-TH-0012"),
        ("audit_result", "char(1)", "NOT NULL DEFAULT '0'", "0-待审 1-通过 2-驳回"),
        ("reject_reason", "varchar(200)", "DEFAULT NULL", "驳回原因, 如 证件号码校验位错误/人证不符/年龄不满16周岁"),
    ] + T(), ["PRIMARY KEY (`audit_id`)", "KEY `idx_subs` (`subs_id`)", "KEY `idx_op_time` (`operator_id`,`create_time`)"],
        "实名制审核记录", auto_inc=str(R.randint(10 ** 8, 9 * 10 ** 8)))
    mysql_table(d, "t_bank_withhold", [
        ("withhold_id", "bigint unsigned", "NOT NULL AUTO_INCREMENT", "代扣签约ID"),
        ("cust_id", "bigint unsigned", "NOT NULL", "客户编号"),
        ("acct_id", "bigint unsigned", "NOT NULL", "账户ID"),
        ("bank_code", "char(4)", "NOT NULL", "银行代码 0102-工行 0103-农行 0105-建行 0308-招行"),
        ("bank_card_no", "varchar(32)", "NOT NULL DEFAULT ''", "代扣银行卡号（16-19位, 银联卡 62 开头, 存储前需 SM4 加密; 展示 6222 **** **** 1234）"),
        ("card_holder", "varchar(64)", "NOT NULL DEFAULT ''", "持卡人姓名"),
        ("holder_cert_no", "varchar(32)", "DEFAULT NULL", "持卡人证件号"),
        ("holder_phone", "char(11)", "DEFAULT NULL", "银行预留手机号"),
        ("sign_status", "char(1)", "NOT NULL DEFAULT '0'", "0-待签约 1-已签约 2-已解约"),
        ("sign_time", "datetime", "DEFAULT NULL", "签约时间"),
        ("agreement_no", "varchar(40)", "DEFAULT NULL", "银联协议号"),
    ] + T(), ["PRIMARY KEY (`withhold_id`)", "UNIQUE KEY `uk_acct` (`acct_id`,`sign_status`)"],
        "银行代扣签约表（A1 金融账户, L5）", auto_inc=str(R.randint(10 ** 6, 9 * 10 ** 6)))
    mysql_table(d, "t_bb_install_order", [
        ("order_no", "varchar(32)", "NOT NULL", "装机工单号 BB+yyyyMMdd+7位序号"),
        ("cust_id", "bigint unsigned", "NOT NULL", "客户编号"),
        ("install_addr", "varchar(256)", "NOT NULL DEFAULT ''", "装机地址（标准地址, 到门牌/房号, 例 广东省广州市天河区XX路XX号XX栋XXX室）"),
        ("std_addr_id", "bigint", "DEFAULT NULL", "标准地址库ID"),
        ("lng", "decimal(10,6)", "DEFAULT NULL", "经度 GCJ-02"),
        ("lat", "decimal(10,6)", "DEFAULT NULL", "纬度 GCJ-02"),
        ("appoint_time", "datetime", "DEFAULT NULL", "预约上门时间"),
        ("installer_id", "varchar(16)", "DEFAULT NULL", "装维人员工号"),
        ("installer_phone", "char(11)", "DEFAULT NULL", "装维人员手机号"),
        ("onu_sn", "varchar(32)", "DEFAULT NULL", "光猫SN 如 HWTC1A2B3C4D"),
        ("pppoe_account", "varchar(64)", "DEFAULT NULL", "宽带账号 020XXXXXXXX@163.gd"),
        ("pppoe_pwd", "varchar(64)", "DEFAULT NULL", "宽带密码(密文)"),
    ] + T(), ["PRIMARY KEY (`order_no`)", "KEY `idx_cust` (`cust_id`)", "KEY `idx_appoint` (`appoint_time`)"],
        "宽带装机工单（含装机地址与坐标, L4）")
    mysql_table(d, "t_iov_vehicle", [
        ("vin", "char(17)", "NOT NULL", "车架号 VIN"),
        ("plate_no", "varchar(10)", "DEFAULT NULL", "车牌号 如 粤A·XXXXX, 新能源 粤AD·XXXXX"),
        ("owner_cust_id", "bigint unsigned", "DEFAULT NULL", "车主客户编号"),
        ("iccid", "varchar(20)", "NOT NULL", "车载 T-Box SIM ICCID"),
        ("msisdn_iot", "varchar(13)", "DEFAULT NULL", "物联网号码(13位, 1440/1064 号段)"),
        ("tbox_imei", "char(15)", "DEFAULT NULL", "T-Box 模组 IMEI"),
        ("last_lnglat", "varchar(32)", "DEFAULT NULL", "最后位置 经度,纬度 (WGS84)"),
        ("last_report_time", "datetime", "DEFAULT NULL", "最后上报时间"),
    ] + T(), ["PRIMARY KEY (`vin`)", "KEY `idx_iccid` (`iccid`)", "KEY `idx_plate` (`plate_no`)"],
        "车联网车辆档案（C1 位置 / C2 设备标识, L4）")
    parts = ",\n".join("PARTITION p%d%02d VALUES LESS THAN ('%d-%02d-01')" % (
        2024, m, 2024 + (m == 12), m % 12 + 1) for m in range(1, 13))
    mysql_table(d, "t_app_login_log", [
        ("log_id", "bigint unsigned", "NOT NULL AUTO_INCREMENT", "日志ID"),
        ("user_id", "bigint unsigned", "NOT NULL", "APP 用户ID"),
        ("login_name", "varchar(128)", "NOT NULL", "登录名（手机号/邮箱）"),
        ("login_type", "tinyint", "NOT NULL", "1-密码 2-短信验证码 3-本机号码一键登录 4-扫码"),
        ("login_ip", "varchar(46)", "DEFAULT NULL", "客户端IP（IPv4/IPv6）, 不得写入 X-Forwarded-For 全链"),
        ("device_id", "varchar(64)", "DEFAULT NULL", "设备ID (UUID)"),
        ("imei", "varchar(16)", "DEFAULT NULL", "终端IMEI（Android 10 以下可取）"),
        ("ua", "varchar(512)", "DEFAULT NULL", "User-Agent"),
        ("result", "char(1)", "NOT NULL", "0-成功 1-密码错误 2-验证码错误 3-锁定"),
        ("login_time", "datetime(3)", "NOT NULL", "登录时间"),
    ], ["PRIMARY KEY (`log_id`,`login_time`)", "KEY `idx_user_time` (`user_id`,`login_time`)"],
        "APP 登录日志（按月分区, 保留 6 个月）", auto_inc=str(R.randint(10 ** 9, 9 * 10 ** 9)),
        extra="\n/*!50500 PARTITION BY RANGE  COLUMNS(login_time)\n(" + parts + ",\nPARTITION pmax VALUES LESS THAN (MAXVALUE)) */")
    mysql_table(d, "t_sms_verify", [
        ("id", "bigint unsigned", "NOT NULL AUTO_INCREMENT", ""),
        ("msisdn", "char(11)", "NOT NULL", "接收号码"),
        ("biz_type", "varchar(16)", "NOT NULL", "LOGIN/RESET_PWD/REALNAME"),
        ("code_hash", "char(64)", "NOT NULL", "验证码 SHA-256(code+msisdn+salt), 不存明文"),
        ("send_time", "datetime", "NOT NULL", ""),
        ("expire_time", "datetime", "NOT NULL", "5分钟有效"),
        ("verify_cnt", "tinyint", "NOT NULL DEFAULT '0'", "已校验次数, 超过5次作废"),
    ], ["PRIMARY KEY (`id`)", "KEY `idx_msisdn` (`msisdn`,`send_time`)"], "短信验证码流水", auto_inc=gen_bad_phone())
    mysql_table(d, "t_user_credential", [
        ("user_id", "bigint unsigned", "NOT NULL", "APP 用户ID"),
        ("login_pwd", "varchar(160)", "NOT NULL DEFAULT ''", "登录密码 PBKDF2-SHA256, 格式 pbkdf2_sha256$iter$salt$hash, 禁止明文"),
        ("pay_pwd", "varchar(160)", "DEFAULT NULL", "支付密码(同上算法)"),
        ("pwd_update_time", "datetime", "DEFAULT NULL", "最近修改时间"),
        ("api_token_hash", "char(64)", "DEFAULT NULL", "开放平台 token 的 SHA-256"),
        ("mfa_secret_enc", "varbinary(128)", "DEFAULT NULL", "TOTP 种子(密文)"),
    ], ["PRIMARY KEY (`user_id`)"], "用户凭证表（A2 鉴权信息, L5, 仅 uac 服务账号可读）")
    d.ln("--")
    d.ln("-- Final view structure for view `v_cust_base_mask`")
    d.ln("--")
    d.ln()
    d.ln("/*!50001 DROP VIEW IF EXISTS `v_cust_base_mask`*/;")
    d.ln("/*!50001 CREATE ALGORITHM=UNDEFINED DEFINER=`dba_admin`@`%` SQL SECURITY DEFINER VIEW `v_cust_base_mask` AS "
         "select `c`.`cust_id` AS `cust_id`,concat(left(`c`.`cust_name`,1),repeat('*',(char_length(`c`.`cust_name`) - 1))) AS `cust_name`,"
         "concat(left(`c`.`cert_no`,6),'********',right(`c`.`cert_no`,4)) AS `cert_no`,"
         "concat(left(`s`.`msisdn`,3),'****',right(`s`.`msisdn`,4)) AS `msisdn`,year(`c`.`birthday`) AS `birth_year`,"
         "`c`.`gender` AS `gender`,`c`.`status` AS `status` from (`t_cust_base` `c` join `t_subs_instance` `s` on((`s`.`cust_id` = `c`.`cust_id`))) */;")
    d.ln()
    d.ln("DELIMITER ;;")
    d.ln("/*!50003 CREATE*/ /*!50017 DEFINER=`dba_admin`@`%`*/ /*!50003 TRIGGER `trg_cust_base_bi` BEFORE INSERT ON `t_cust_base` FOR EACH ROW BEGIN")
    d.ln("  IF NEW.cert_type = '01' AND NEW.birthday = '1900-01-01' THEN")
    d.ln("    SET NEW.birthday = STR_TO_DATE(SUBSTR(NEW.cert_no, 7, 8), '%Y%m%d');")
    d.ln("    SET NEW.gender = IF(MOD(CAST(SUBSTR(NEW.cert_no, 17, 1) AS UNSIGNED), 2) = 1, 1, 2);")
    d.ln("  END IF;")
    d.ln("  SET NEW.cert_no_hash = SHA2(CONCAT(NEW.cert_no, @@global.hx_cert_salt_ver), 256);")
    d.ln("END */;;")
    d.ln("/*!50003 CREATE*/ /*!50020 DEFINER=`dba_admin`@`%`*/ /*!50003 PROCEDURE `sp_mask_export`(IN p_batch VARCHAR(32))")
    d.ln("BEGIN")
    d.ln("  -- 导出前脱敏: 手机号保留前3后4, 证件号保留前6后4, 银行卡保留前6后4")
    d.ln("  UPDATE tmp_export_%s SET")
    d.ln("    msisdn  = REGEXP_REPLACE(msisdn, '^(\\\\d{3})\\\\d{4}(\\\\d{4})$', '$1****$2'),")
    d.ln("    cert_no = REGEXP_REPLACE(cert_no, '^(\\\\d{6})\\\\d{8}([0-9Xx]{4})$', '$1********$2'),")
    d.ln("    card_no = REGEXP_REPLACE(card_no, '^(62\\\\d{4})\\\\d+(\\\\d{4})$', '$1******$2'),")
    d.ln("    email   = REGEXP_REPLACE(email, '^(.).*@', '$1***@')")
    d.ln("  WHERE batch_no = p_batch;")
    d.ln("END ;;")
    d.ln("DELIMITER ;")
    d.ln()
    for x in ["/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;", "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;",
              "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;", "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;",
              "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;"]:
        d.ln(x)
    d.ln()
    d.ln("-- Dump completed on 2024-06-11  2:00:19")
    return d


HIVE_TABLES = [
    ("ods", "ods_crm_cust_base_di", "CRM 客户基本信息日增量", [
        ("cust_id", "bigint", "客户编号"), ("cust_name", "string", "客户姓名"), ("cert_type", "string", "证件类型"),
        ("cert_no", "string", "证件号码(明文, 仅 ods 层, 7天生命周期)"), ("birthday", "string", "出生日期 yyyy-MM-dd"),
        ("gender", "string", "性别"), ("cert_addr", "string", "证件地址"), ("status", "string", "客户状态"),
        ("create_time", "string", "创建时间"), ("update_time", "string", "更新时间"), ("op_type", "string", "I/U/D")]),
    ("ods", "ods_crm_cust_contact_di", "CRM 联系人日增量", [
        ("contact_id", "bigint", "联系人ID"), ("cust_id", "bigint", "客户编号"), ("contact_name", "string", "联系人姓名"),
        ("contact_phone", "string", "联系电话"), ("contact_email", "string", "邮箱"), ("mail_addr", "string", "邮寄地址"),
        ("zip_code", "string", "邮编")]),
    ("dwd", "dwd_user_subs_df", "用户号码实例全量快照（明细, 已加密字段见 *_enc）", [
        ("subs_id", "bigint", "用户实例ID"), ("msisdn", "string", "手机号码"), ("msisdn_md5", "string", "手机号码MD5(32位小写)"),
        ("imsi", "string", "IMSI"), ("iccid", "string", "ICCID"), ("imei", "string", "最近注册IMEI"),
        ("cust_id", "bigint", "客户编号"), ("cert_no_enc", "string", "证件号SM4密文(base64)"), ("brand_id", "int", "品牌"),
        ("product_id", "int", "主套餐"), ("open_date", "string", "开户日期"), ("home_city", "string", "归属地市"),
        ("subs_status", "string", "状态"), ("arpu_3m", "decimal(12,2)", "近3月ARPU")]),
    ("dwd", "dwd_xdr_s1mme_hi", "S1-MME 信令明细（小时分区）", [
        ("start_time", "bigint", "开始时间(ms)"), ("procedure_type", "int", "流程类型 1-attach 2-TAU 5-service request"),
        ("imsi", "string", "IMSI"), ("imei", "string", "IMEI(SV)"), ("msisdn", "string", "MSISDN(含86)"),
        ("ecgi", "string", "小区标识 ECGI = MCC-MNC-eNBID-CellID"), ("tac", "string", "跟踪区码"),
        ("mme_ue_s1ap_id", "bigint", ""), ("cause", "int", "失败原因码")]),
    ("dwd", "dwd_xdr_http_hi", "用户面 HTTP 会话明细", [
        ("msisdn", "string", "MSISDN"), ("ue_ipv4", "string", "终端 IPv4"), ("ue_ipv6", "string", "终端 IPv6"),
        ("host", "string", "访问域名"), ("uri_hash", "string", "URI 哈希"), ("ul_bytes", "bigint", "上行字节"),
        ("dl_bytes", "bigint", "下行字节"), ("ecgi", "string", "小区")]),
    ("dws", "dws_user_loc_hour", "用户小时级驻留位置（C1 位置, L4）", [
        ("msisdn_md5", "string", "手机号MD5"), ("hour", "string", "小时 yyyyMMddHH"), ("main_ecgi", "string", "主驻留小区"),
        ("lng", "double", "经度"), ("lat", "double", "纬度"), ("stay_min", "int", "驻留分钟"),
        ("geohash7", "string", "geohash 7位")]),
    ("dws", "dws_cust_profile_m", "客户画像月表", [
        ("cust_id", "bigint", ""), ("age_band", "string", "年龄段 18-24/25-34/..."), ("gender", "string", ""),
        ("home_district", "string", "常住区县(到区县, 不含详细地址)"), ("work_district", "string", "工作地区县"),
        ("term_brand", "string", "终端品牌"), ("arpu_band", "string", ""), ("churn_score", "double", "离网概率")]),
    ("ads", "ads_export_partner_daily", "合作方日导出(已脱敏, token 化)", [
        ("user_token", "string", "HMAC-SM3(msisdn, partner_key) 十六进制"), ("age_band", "string", ""),
        ("city", "string", "城市"), ("tags", "array<string>", "标签")]),
    ("dwd", "dwd_iov_gps_hi", "车联网轨迹点", [
        ("vin", "string", "车架号"), ("plate_no", "string", "车牌号"), ("iccid", "string", "T-Box ICCID"),
        ("gps_time", "bigint", "定位时间(ms)"), ("lnglat", "string", "经度,纬度"), ("speed", "double", "km/h")]),
]


def f_ddl_hive():
    d = Doc("ddl_hive_dw_user.hql")
    d.ln("-- =====================================================================")
    d.ln("-- 数仓 用户域 建表脚本 (Hive 3.1.3 / Spark 3.3 兼容)")
    d.ln("-- 仓库: git@gitlab.hxtel.local:bigdata/dw-ddl.git  路径: user/  tag: release-2024.06.2")
    d.ln("-- 规范: 表名 {层}_{域}_{主题}_{d|h|m}{i|f}; 分区 dt=yyyyMMdd, prov_id=3位省编码(011 北京, 031 上海, 051 广东)")
    d.ln("-- 敏感字段必须在 TBLPROPERTIES 'pi.columns' 中登记, 由 dsg-scanner 每日核对 COMMENT 与登记是否一致")
    d.ln("-- =====================================================================")
    d.ln()
    d.ln("SET hive.exec.dynamic.partition=true;")
    d.ln("SET hive.exec.dynamic.partition.mode=nonstrict;")
    d.ln()
    pi_map = {"cust_name": "PERSON_NAME", "cert_no": "CHINA_RESIDENT_ID_NUMBER", "birthday": "DATE_OF_BIRTH",
              "cert_addr": "STREET_ADDRESS", "contact_name": "PERSON_NAME", "contact_phone": "PHONE_NUMBER",
              "contact_email": "EMAIL_ADDRESS", "mail_addr": "STREET_ADDRESS", "msisdn": "PHONE_NUMBER",
              "imsi": "IMSI_ID", "iccid": "ICCID_NUMBER", "imei": "IMEI_HARDWARE_ID", "ecgi": "CELL_ID",
              "main_ecgi": "CELL_ID", "ue_ipv4": "IP_ADDRESS", "ue_ipv6": "IP_ADDRESS", "lng": "LOCATION_COORDINATES",
              "lat": "LOCATION_COORDINATES", "lnglat": "LOCATION_COORDINATES", "plate_no": "CHINA_LICENSE_PLATE"}
    for layer, t, cmt, cols in HIVE_TABLES:
        hourly = t.endswith("_hi") or t.endswith("_hour")
        d.ln("DROP TABLE IF EXISTS dw_%s.%s;" % (layer, t))
        d.ln("CREATE %sTABLE IF NOT EXISTS dw_%s.%s (" % ("EXTERNAL " if layer == "ods" else "", layer, t))
        d.ln(",\n".join("  `%s` %s COMMENT '%s'" % (c, ty, cm) for c, ty, cm in cols))
        d.ln(") COMMENT '%s'" % cmt)
        d.ln("PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd'%s, `prov_id` string COMMENT '省份编码')" %
             (", `hh` string COMMENT '小时 00-23'" if hourly else ""))
        if layer == "ods":
            d.ln("ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\001' LINES TERMINATED BY '\\n' NULL DEFINED AS '\\\\N'")
            d.ln("STORED AS TEXTFILE")
        else:
            d.ln("STORED AS ORC")
        d.ln("LOCATION 'hdfs://nameservice1/warehouse/dw_%s.db/%s'" % (layer, t))
        pic = ",".join("%s:%s" % (c, pi_map[c]) for c, _, _ in cols if c in pi_map)
        props = ["'orc.compress'='ZSTD'" if layer != "ods" else "'serialization.encoding'='UTF-8'",
                 "'lifecycle'='%d'" % (7 if layer == "ods" else R.choice([90, 180, 400])),
                 "'owner'='dw_etl'", "'sensitive.level'='%s'" % ("L4" if pic else "L2"), "'pi.columns'='%s'" % pic,
                 "'numRows'='%d'" % R.randint(10 ** 7, 3 * 10 ** 9), "'rawDataSize'='%s'" % gen_bad_phone(),
                 "'totalSize'='%d'" % R.randint(10 ** 9, 9 * 10 ** 10), "'numFiles'='%d'" % R.randint(40, 4000),
                 "'transient_lastDdlTime'='%d'" % R.randint(1717000000, 1718090000)]
        d.ln("TBLPROPERTIES (\n  " + ",\n  ".join(props) + ");")
        d.ln()
    d.ln("-- 补分区 (历史回刷, 工单 DW-20240608-0031)")
    for dd in range(1, 11):
        for prov in ["011", "031", "051", "059"]:
            d.ln("ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='202406%02d', prov_id='%s') "
                 "LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=202406%02d/prov_id=%s';" % (dd, prov, dd, prov))
    d.ln()
    d.ln("MSCK REPAIR TABLE dw_dwd.dwd_xdr_s1mme_hi;")
    d.ln("ALTER TABLE dw_dwd.dwd_xdr_http_hi DROP IF EXISTS PARTITION (dt<'20240511');")
    d.ln("ANALYZE TABLE dw_dwd.dwd_user_subs_df PARTITION (dt='20240610', prov_id='051') COMPUTE STATISTICS FOR COLUMNS msisdn, imsi, iccid;")
    d.ln()
    d.ln("-- 列级权限 (Ranger 策略 id 1187 同步): 明文列仅 role_dw_pi_reader 可读")
    for c in ["msisdn", "imsi", "iccid", "imei", "cert_no", "cust_name", "cert_addr", "contact_phone", "lnglat", "plate_no"]:
        d.ln("-- ranger mask: %-14s -> %s" % (c, R.choice(["MASK_SHOW_LAST_4", "MASK_HASH", "MASK_NULL", "CUSTOM: udf.mask_keep(%s,3,4)" % c])))
    return d


def f_ddl_pg():
    d = Doc("ddl_postgresql_billing.sql")
    d.ln("--")
    d.ln("-- PostgreSQL database dump")
    d.ln("--")
    d.ln()
    d.ln("-- Dumped from database version 14.11")
    d.ln("-- Dumped by pg_dump version 14.11")
    d.ln("-- pg_dump -s -n billing -h bill-pg-01.hxtel.local -U dba bill  (schema only)")
    d.ln()
    for x in ["SET statement_timeout = 0;", "SET lock_timeout = 0;", "SET client_encoding = 'UTF8';",
              "SET standard_conforming_strings = on;", "SELECT pg_catalog.set_config('search_path', '', false);",
              "SET check_function_bodies = false;", "SET row_security = off;"]:
        d.ln(x)
    d.ln()
    d.ln("CREATE SCHEMA billing;")
    d.ln("CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;")
    d.ln()
    d.ln("CREATE DOMAIN billing.msisdn_t AS character varying(11)\n\tCONSTRAINT msisdn_t_check CHECK (((VALUE)::text ~ '^1[3-9][0-9]{9}$'::text));")
    d.ln("COMMENT ON DOMAIN billing.msisdn_t IS '手机号码, 11位; 测试数据请用 1XXXXXXXXXX 占位或 14-15 位非法号段';")
    d.ln("CREATE DOMAIN billing.cert_no_t AS character varying(18)\n\tCONSTRAINT cert_no_t_check CHECK (((VALUE)::text ~ '^\\d{17}[\\dXx]$'::text));")
    d.ln("CREATE DOMAIN billing.card_no_t AS character varying(19)\n\tCONSTRAINT card_no_t_check CHECK (((VALUE)::text ~ '^\\d{16,19}$'::text));")
    d.ln()
    tables = [
        ("acct", "账户", [
            ("acct_id", "bigint NOT NULL", "账户ID"), ("cust_id", "bigint NOT NULL", "客户编号"),
            ("acct_name", "character varying(128) DEFAULT ''::character varying NOT NULL", "账户名称（个人客户为本人姓名）"),
            ("bill_msisdn", "billing.msisdn_t", "账单接收手机号"), ("bill_email", "character varying(128)", "电子账单邮箱"),
            ("bill_addr", "character varying(256)", "纸质账单寄送地址"), ("pay_method", "smallint DEFAULT 1 NOT NULL", "1-现金 2-银行代扣 3-第三方支付"),
            ("credit_limit", "numeric(12,2) DEFAULT 0.00 NOT NULL", "信用额度"), ("bill_cycle", "smallint DEFAULT 1 NOT NULL", "出账日"),
            ("created_at", "timestamp with time zone DEFAULT now() NOT NULL", "")]),
        ("acct_payment", "缴费流水(按月分区)", [
            ("pay_id", "bigint NOT NULL", "缴费流水号"), ("acct_id", "bigint NOT NULL", ""),
            ("pay_month", "character(6) NOT NULL", "账期 yyyymm"), ("amount", "numeric(12,2) NOT NULL", "金额(元)"),
            ("channel", "character varying(16) NOT NULL", "WXPAY/ALIPAY/UNIONPAY/COUNTER/WITHHOLD"),
            ("card_no", "billing.card_no_t", "银行卡号(仅代扣; 应存 card_no_enc, 此列计划 2024Q3 删除)"),
            ("card_no_enc", "bytea", "pgp_sym_encrypt(card_no, key)"), ("payer_name", "character varying(64)", "付款人"),
            ("trade_no", "character varying(64)", "第三方交易号 如 4200002187202406110123456789"),
            ("paid_at", "timestamp with time zone NOT NULL", "")]),
        ("bill_detail", "账单明细", [
            ("bill_id", "bigint NOT NULL", ""), ("acct_id", "bigint NOT NULL", ""), ("msisdn", "billing.msisdn_t NOT NULL", "计费号码"),
            ("item_code", "integer NOT NULL", "科目编码 如 10001 月租 20013 国内流量"), ("fee", "numeric(12,2) DEFAULT 0 NOT NULL", "费用"),
            ("bill_month", "character(6) NOT NULL", "账期")]),
        ("invoice_title", "发票抬头", [
            ("title_id", "bigint NOT NULL", ""), ("acct_id", "bigint NOT NULL", ""), ("title_type", "smallint NOT NULL", "1-个人 2-单位"),
            ("title_name", "character varying(200) NOT NULL", "抬头(个人为姓名)"), ("tax_no", "character varying(20)", "统一社会信用代码/纳税人识别号"),
            ("recv_email", "character varying(128)", "电子发票接收邮箱"), ("recv_phone", "billing.msisdn_t", "接收手机")]),
    ]
    for t, cmt, cols in tables:
        part = t in ("acct_payment", "bill_detail")
        d.ln("CREATE TABLE billing.%s (" % t)
        d.ln(",\n".join("    %s %s" % (c, ty) for c, ty, _ in cols))
        d.ln(")%s;" % ("\nPARTITION BY RANGE (%s)" % ("pay_month" if t == "acct_payment" else "bill_month") if part else ""))
        d.ln()
        d.ln("ALTER TABLE billing.%s OWNER TO bill_owner;" % t)
        d.ln("COMMENT ON TABLE billing.%s IS '%s';" % (t, cmt))
        for c, _, cm in cols:
            if cm:
                d.ln("COMMENT ON COLUMN billing.%s.%s IS '%s';" % (t, c, cm))
        d.ln()
        if part:
            for m in range(1, 7):
                d.ln("CREATE TABLE billing.%s_2024%02d PARTITION OF billing.%s FOR VALUES FROM ('2024%02d') TO ('2024%02d');" % (
                    t, m, t, m, m + 1))
            d.ln()
    d.ln("ALTER TABLE ONLY billing.acct ADD CONSTRAINT acct_pkey PRIMARY KEY (acct_id);")
    d.ln("CREATE INDEX idx_acct_bill_msisdn ON billing.acct USING btree (bill_msisdn);")
    d.ln("CREATE INDEX idx_payment_trade_no ON ONLY billing.acct_payment USING btree (trade_no);")
    d.ln()
    d.ln("CREATE SEQUENCE billing.pay_id_seq START WITH %s INCREMENT BY 1 CACHE 1000;" % gen_bad_phone())
    d.ln("CREATE SEQUENCE billing.bill_id_seq START WITH 100000000000001 INCREMENT BY 1 CACHE 500;")
    d.ln()
    d.ln("CREATE FUNCTION billing.mask_msisdn(p text) RETURNS text\n    LANGUAGE sql IMMUTABLE\n    AS $$ SELECT CASE WHEN p ~ '^1\\d{10}$' THEN substr(p,1,3) || '****' || substr(p,8,4) ELSE p END $$;")
    d.ln("CREATE FUNCTION billing.mask_card(p text) RETURNS text\n    LANGUAGE sql IMMUTABLE\n    AS $$ SELECT regexp_replace(p, '^(\\d{6})\\d+(\\d{4})$', '\\1******\\2') $$;")
    d.ln()
    d.ln("ALTER TABLE billing.acct ENABLE ROW LEVEL SECURITY;")
    d.ln("CREATE POLICY acct_tenant_isolation ON billing.acct USING ((cust_id / '10000000000'::bigint) = (current_setting('hx.tenant'::text))::bigint);")
    d.ln("CREATE VIEW billing.v_acct_masked AS\n SELECT acct_id, cust_id, (left(acct_name, 1) || '**'::text) AS acct_name, billing.mask_msisdn((bill_msisdn)::text) AS bill_msisdn,\n    regexp_replace((bill_email)::text, '^(.).*@'::text, '\\1***@'::text) AS bill_email\n   FROM billing.acct;")
    d.ln()
    for role in ["bill_ro", "bill_report", "dw_sync"]:
        d.ln("GRANT SELECT ON TABLE billing.v_acct_masked TO %s;" % role)
    d.ln("REVOKE ALL ON TABLE billing.acct_payment FROM PUBLIC;")
    d.ln()
    d.ln("--")
    d.ln("-- PostgreSQL database dump complete")
    d.ln("--")
    return d


def f_ddl_oracle():
    d = Doc("ddl_oracle_boss.sql")
    d.ln("-- Oracle 19c  BOSS 账务/客户库  (DBMS_METADATA.GET_DDL 导出, 2024-06-10 22:41)")
    d.ln("-- 导出人: DBA 值班账号 dba_oncall   用途: 数据资产盘点 DA-2024-Q2-017")
    d.ln()
    regions = [("020", "广州"), ("0755", "深圳"), ("0757", "佛山"), ("0769", "东莞"), ("0760", "中山"), ("0756", "珠海"),
               ("0752", "惠州"), ("0754", "汕头"), ("0759", "湛江"), ("0751", "韶关")]
    for t, cmt, cols in [
        ("CM_CUSTOMER", "客户资料", [
            ("CUST_ID", "NUMBER(16) NOT NULL", "客户标识"), ("CUST_NAME", "VARCHAR2(200 BYTE) NOT NULL", "客户名称/姓名"),
            ("CERT_TYPE_CODE", "VARCHAR2(4) DEFAULT '1'", "证件类型 1身份证 2户口簿 3军官证 5护照"),
            ("CERT_CODE", "VARCHAR2(40)", "证件号码"), ("CERT_ADDRESS", "VARCHAR2(400)", "证件地址"),
            ("CONTACT_PHONE", "VARCHAR2(40)", "联系电话"), ("BIRTH_DATE", "DATE", "出生日期"),
            ("SEX", "CHAR(1) DEFAULT 'U'", "M/F/U"), ("REGION_CODE", "VARCHAR2(6) NOT NULL", "地市区号 020/0755..."),
            ("CREATE_DATE", "DATE DEFAULT SYSDATE", "建档时间"), ("STATE", "CHAR(1) DEFAULT 'A'", "A在用 X注销")]),
        ("CM_SUBSCRIBER", "用户资料", [
            ("SUBS_ID", "NUMBER(16) NOT NULL", "用户标识"), ("CUST_ID", "NUMBER(16)", "客户标识"),
            ("BILL_ID", "VARCHAR2(20) NOT NULL", "服务号码(MSISDN)"), ("SUB_BILL_ID", "VARCHAR2(20)", "IMSI"),
            ("SIM_ICCID", "VARCHAR2(20)", "SIM卡号"), ("IMEI", "VARCHAR2(20)", "终端串号"),
            ("PLAN_ID", "NUMBER(10)", "资费计划"), ("REGION_CODE", "VARCHAR2(6) NOT NULL", ""),
            ("VALID_DATE", "DATE", "生效时间"), ("EXPIRE_DATE", "DATE DEFAULT TO_DATE('20991231','YYYYMMDD')", "失效时间")]),
        ("AM_BANK_ACCT", "银行托收账户", [
            ("ACCT_ID", "NUMBER(16) NOT NULL", ""), ("BANK_ID", "VARCHAR2(10)", "银行编码"),
            ("BANK_ACCT_NO", "VARCHAR2(40)", "银行账号(明文, 遗留, 见整改单 SEC-2023-118)"), ("BANK_ACCT_NAME", "VARCHAR2(200)", "户名"),
            ("REGION_CODE", "VARCHAR2(6) NOT NULL", "")]),
    ]:
        d.ln('CREATE TABLE "BOSS"."%s"' % t)
        d.ln("   (" + ",\n\t".join('"%s" %s' % (c, ty) for c, ty, _ in cols))
        d.ln("   ) SEGMENT CREATION IMMEDIATE\n  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255\n  STORAGE(INITIAL 8388608 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645\n  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)")
        d.ln('  TABLESPACE "TBS_BOSS_%s"' % t.split("_")[0])
        d.ln('  PARTITION BY LIST ("REGION_CODE")')
        d.ln(" (" + ",\n  ".join("PARTITION \"P_%s\" VALUES ('%s') TABLESPACE \"TBS_BOSS_%s\"" % (rc, rc, rc) for rc, _ in regions) +
             ",\n  PARTITION \"P_DEFAULT\" VALUES (DEFAULT));")
        d.ln()
        d.ln('COMMENT ON TABLE "BOSS"."%s" IS \'%s\';' % (t, cmt))
        for c, _, cm in cols:
            if cm:
                d.ln('COMMENT ON COLUMN "BOSS"."%s"."%s" IS \'%s\';' % (t, c, cm))
        d.ln()
    d.ln('CREATE SEQUENCE "BOSS"."SEQ_CUST_ID" MINVALUE 1 MAXVALUE 9999999999999999 INCREMENT BY 1 START WITH 2000000012873461 CACHE 2000 NOORDER NOCYCLE;')
    d.ln('CREATE SEQUENCE "BOSS"."SEQ_SUBS_ID" MINVALUE 1 MAXVALUE 9999999999999999 INCREMENT BY 1 START WITH 1100000098341277 CACHE 2000;')
    d.ln('CREATE UNIQUE INDEX "BOSS"."IDX_SUBS_BILL_ID" ON "BOSS"."CM_SUBSCRIBER" ("BILL_ID", "EXPIRE_DATE") LOCAL;')
    d.ln('CREATE INDEX "BOSS"."IDX_CUST_CERT" ON "BOSS"."CM_CUSTOMER" ("CERT_CODE") LOCAL;')
    d.ln()
    d.ln("-- 数据脱敏 (Oracle Data Redaction): 非 BOSS_APP 会话读取时生效")
    d.ln("BEGIN")
    d.ln("  DBMS_REDACT.ADD_POLICY(")
    d.ln("    object_schema        => 'BOSS',")
    d.ln("    object_name          => 'CM_SUBSCRIBER',")
    d.ln("    column_name          => 'BILL_ID',")
    d.ln("    policy_name          => 'RP_SUBS_BILL_ID',")
    d.ln("    function_type        => DBMS_REDACT.REGEXP,")
    d.ln("    expression           => 'SYS_CONTEXT(''USERENV'',''SESSION_USER'') <> ''BOSS_APP''',")
    d.ln("    regexp_pattern       => '^(1\\d{2})\\d{4}(\\d{4})$',")
    d.ln("    regexp_replace_string=> '\\1****\\2');")
    d.ln("  DBMS_REDACT.ALTER_POLICY(")
    d.ln("    object_schema        => 'BOSS', object_name => 'CM_CUSTOMER', policy_name => 'RP_CUST',")
    d.ln("    action               => DBMS_REDACT.ADD_COLUMN, column_name => 'CERT_CODE',")
    d.ln("    function_type        => DBMS_REDACT.PARTIAL,")
    d.ln("    function_parameters  => 'VVVVVVVVVVVVVVVVVV,VVVVVVVVVVVVVVVVVV,*,7,14');")
    d.ln("END;")
    d.ln("/")
    d.ln()
    d.ln('GRANT SELECT ON "BOSS"."CM_CUSTOMER" TO "DW_SYNC";')
    d.ln('GRANT SELECT ON "BOSS"."CM_SUBSCRIBER" TO "DW_SYNC";')
    d.ln("-- 统计: CM_CUSTOMER num_rows=%d blocks=%d avg_row_len=%d last_analyzed=2024-06-09 23:10:42" % (
        R.randint(10 ** 7, 9 * 10 ** 7), R.randint(10 ** 6, 9 * 10 ** 6), R.randint(150, 400)))
    d.ln("-- 统计: CM_SUBSCRIBER num_rows=%s blocks=%d" % (gen_bad_phone()[:9], R.randint(10 ** 6, 9 * 10 ** 6)))
    return d


# ============================================================================= migration (labels)

def sq(v):
    """SQL string literal around a (possibly labelled) value."""
    return "'" + v + "'"


def f_migration():
    d = Doc("V20240603_1__backfill_realname_gz.sql")
    a, b = staff("刘晓明"), staff("陈静")
    d.ln("-- Flyway migration  crm_user  V20240603_1__backfill_realname_gz.sql")
    d.ln("-- 变更单 CHG-20240601-0032: 5月30日 BOSS 割接, 广州天河/越秀营业厅 8 户实名资料未迁移至 crm_user,")
    d.ln("--   按旧 BOSS(CM_CUSTOMER / CM_SUBSCRIBER) 导出补录. 数据来源: boss_export_20240601_0032.xlsx")
    d.ln("-- 申请: ", (a.name, N), " (", a.eno, ")   复核: ", (b.name, N), "   执行窗口: 2024-06-03 00:30-02:00")
    d.ln("-- 注意: 本脚本含明文个人信息, 执行后须按《数据安全规范》第 4.7 条从制品库删除 (DSG-1187 已登记)")
    d.ln()
    d.ln("SET NAMES utf8mb4;")
    d.ln("SET @batch = 'MIG-20240603-01';")
    d.ln("START TRANSACTION;")
    d.ln()
    people = [Person() for _ in range(8)]
    base = 2024060300000 + R.randint(100, 800)
    d.ln("INSERT INTO `t_cust_base` (`cust_id`,`cust_name`,`cust_type`,`cert_type`,`cert_no`,`cert_addr`,`birthday`,`gender`,`status`,`tenant_id`,`create_time`) VALUES")
    rows = []
    for i, p in enumerate(people):
        rows.append(["(%d," % (base + i), sq(L(p.name, N)), ",'1','01',", sq(L(p.rid, RID)), ",",
                     sq(L(p.addr, ADDR)), ",", sq(L(fmt_date(p.dob, "iso"), DOB)), ",", str(p.gender), ",'10',200,'2024-06-03 00:4%d:%02d')" % (i % 10, R.randint(0, 59))])
    for i, r in enumerate(rows):
        d.ln(" ", r, "," if i < len(rows) - 1 else ";")
    d.ln()
    d.ln("-- 联系人: relation 1-本人 2-配偶 3-子女 4-父母; 第 3、6 户登记了紧急联系人")
    d.ln("INSERT INTO `t_cust_contact` (`cust_id`,`contact_name`,`relation`,`contact_phone`,`contact_email`,`mail_addr`,`zip_code`,`is_emergency`) VALUES")
    rows = []
    for i, p in enumerate(people):
        mail = L(p.addr, ADDR) if R.random() < 0.5 else L(gen_addr(), ADDR)
        em = sq(L(p.email, EM)) if R.random() < 0.7 else "NULL"
        rows.append(["  (%d," % (base + i), sq(L(p.name, N)), ",1,", sq(L(p.phone, PH)), ",", em, ",", sq(mail), ",'%06d',0)" % R.randint(100000, 660000)])
        if i in (2, 5):
            q = Person()
            tel = gen_landline() if i == 5 else q.phone
            rows.append(["  (%d," % (base + i), sq(L(q.name, N)), ",%d," % R.choice([2, 3, 4]), sq(L(tel, PH)), ",NULL,NULL,'000000',1)"])
    for i, r in enumerate(rows):
        d.ln(r, "," if i < len(rows) - 1 else ";")
    d.ln()
    d.ln("INSERT INTO `t_subs_instance` (`subs_id`,`cust_id`,`msisdn`,`imsi`,`iccid`,`imei`,`brand_id`,`product_id`,`open_date`,`region_code`,`home_city`,`realname_flag`) VALUES")
    rows = []
    sid = 8800000000000 + R.randint(10 ** 6, 9 * 10 ** 6)
    extra_phone = None
    for i, p in enumerate(people):
        im = gen_imsi(R.choice(["00", "02", "07", "08"]))
        rows.append(["  (%d,%d," % (sid + i, base + i), sq(L(p.phone, PH)), ",", sq(L(im, IMSI)), ",",
                     sq(L(gen_iccid("CM"), ICCID)), ",", sq(L(p.imei, IMEI)) if i != 4 else "NULL",
                     ",%d,%d,'%s','0200','广东广州',0)" % (R.choice([1, 2, 3]), R.randint(100000, 999999), fmt_date(rdate(2008, 2023), "iso"))])
        if i == 6:
            extra_phone = gen_phone()
            rows.append(["  (%d,%d," % (sid + 8, base + i), sq(L(extra_phone, PH)), ",", sq(L(gen_imsi("00"), IMSI)), ",",
                         sq(L(gen_iccid("CM", 19), ICCID)), ",NULL,3,%d,'%s','0200','广东广州',0)" % (R.randint(100000, 999999), fmt_date(rdate(2015, 2023), "iso"))])
    for i, r in enumerate(rows):
        d.ln(r, "," if i < len(rows) - 1 else ";")
    d.ln()
    d.ln("-- 第 2、7 户在旧 BOSS 办理了银行代扣 (bank_card_no 应加密存储, 补录后由 crypto-job 回写 *_enc 并清空明文)")
    d.ln("INSERT INTO `t_bank_withhold` (`cust_id`,`acct_id`,`bank_code`,`bank_card_no`,`card_holder`,`holder_cert_no`,`holder_phone`,`sign_status`,`sign_time`,`agreement_no`) VALUES")
    rows = []
    for j, i in enumerate((1, 6)):
        p = people[i]
        rows.append(["  (%d,%d,'%s'," % (base + i, 3300000000000 + R.randint(10 ** 6, 9 * 10 ** 6), R.choice(["0102", "0105", "0308"])),
                     sq(L(p.card, BC)), ",", sq(L(p.name, N)), ",", sq(L(p.rid, RID)), ",", sq(L(p.phone, PH)),
                     ",'1','%s 10:%02d:%02d','UPA%s')" % (fmt_date(rdate(2019, 2023), "iso"), R.randint(0, 59), R.randint(0, 59), digits(20))])
    for i, r in enumerate(rows):
        d.ln(r, "," if i < len(rows) - 1 else ";")
    d.ln()
    p = people[3]
    wrong = p.dob.replace(day=1 if p.dob.day != 1 else 2)
    d.ln("-- 旧 BOSS 中第 4 户生日录入为 ", fmt_date(wrong, "iso"), ", 与证件不一致, 以证件为准")
    d.ln("UPDATE `t_cust_base` SET `birthday` = ", sq(L(fmt_date(p.dob, "iso"), DOB)), " WHERE `cert_no` = ", sq(L(p.rid, RID)), " AND `tenant_id` = 200;")
    d.ln("UPDATE `t_subs_instance` SET `realname_flag` = 1, `update_time` = NOW(3) WHERE `msisdn` IN (",
         ", ".join(sq(L(x.phone, PH)) for x in people[:4]), ");")
    d.ln("UPDATE `t_subs_instance` SET `realname_flag` = 1, `update_time` = NOW(3) WHERE `msisdn` IN (",
         ", ".join(sq(L(x.phone, PH)) for x in people[4:]), ", ", sq(L(extra_phone, PH)), ");")
    d.ln()
    d.ln("-- 政企演示号 2 个: 保持占位资料, 不补录真实身份 (cust_type=3 测试)")
    d.ln("INSERT INTO `t_cust_base` (`cust_id`,`cust_name`,`cust_type`,`cert_type`,`cert_no`,`birthday`,`status`,`tenant_id`) VALUES")
    d.ln("  (%d,'测试号-勿删','3','99','TEST-GZ-0001','1900-01-01','10',200)," % (base + 90))
    d.ln("  (%d,'演示账号','3','99','TEST-GZ-0002','1900-01-01','10',200);" % (base + 91))
    d.ln("INSERT INTO `t_subs_instance` (`subs_id`,`cust_id`,`msisdn`,`imsi`,`brand_id`,`product_id`,`open_date`,`region_code`,`realname_flag`) VALUES")
    d.ln("  (%d,%d,'14400000000','460000000000001',9,100001,'2024-06-03','0200',1)," % (sid + 90, base + 90))
    d.ln("  (%d,%d,'14400000001','460000000000002',9,100001,'2024-06-03','0200',1);" % (sid + 91, base + 91))
    d.ln()
    d.ln("INSERT INTO `t_migration_audit` (`batch_no`,`rows_cust`,`rows_subs`,`rows_bank`,`executor`,`checksum`) VALUES")
    d.ln("  (@batch, 10, 11, 2, 'flyway@crm-db-m01', '%s');" % sha256("MIG-20240603-01"))
    d.ln("COMMIT;")
    d.ln()
    d.ln("-- 回滚: U20240603_1__backfill_realname_gz.sql")
    d.ln("--   DELETE FROM `t_bank_withhold` WHERE `cust_id` BETWEEN %d AND %d;" % (base, base + 7))
    d.ln("--   DELETE FROM `t_subs_instance` WHERE `subs_id` BETWEEN %d AND %d;" % (sid, sid + 91))
    d.ln("--   DELETE FROM `t_cust_contact`  WHERE `cust_id` BETWEEN %d AND %d;" % (base, base + 91))
    d.ln("--   DELETE FROM `t_cust_base`     WHERE `cust_id` BETWEEN %d AND %d;" % (base, base + 91))
    return d


# ============================================================================= data dictionary

PLACE = {
    "name": ["张三", "李四", "王*", "张*明", "王五", "某某", "刘**"],
    "rid": ["110101********1234", "4401**********123X", "11010119900101XXXX", "18位数字, 末位可为X", "510107********0012"],
    "phone": ["1XXXXXXXXXX", "138****5678", "13800138000", "186****0000", "11位手机号", "139****1234"],
    "email": ["zhangsan@example.com", "user@example.com", "xxx@163.com", "z***@qq.com", "lisi@example.org"],
    "addr": ["广东省广州市天河区XX路XX号", "XX省XX市XX区XX街道XX号XX室", "北京市朝阳区****", "省+市+区+详细地址"],
    "dob": ["1900-01-01", "yyyy-MM-dd", "19XX-XX-XX", "1990-**-**", "yyyyMMdd"],
    "card": ["6222 **** **** 1234", "62XXXXXXXXXXXXXXXXX", "6217********0123", "621700******7788"],
    "imsi": ["46000XXXXXXXXXX", "460**********12", "460+MNC+MSIN"],
    "imei": ["86XXXXXXXXXXXXX", "35*********1234", "000000000000000"],
    "iccid": ["8986XXXXXXXXXXXXXXXX", "898600**********1234", "8986+16位"],
    "ip": ["x.x.x.x", "0.0.0.0", "127.0.0.1", "240e:****"],
    "cell": ["460-00-XXXXXX-XX", "MCC-MNC-eNBID-CellID", "460-01-*****-***"],
    "ll": ["113.xxxxxx,23.xxxxxx", "经度,纬度", "0.000000,0.000000"],
    "plate": ["粤A·XXXXX", "京A*****", "粤AD·XXXXX"],
    "cred": ["******", "${DB_PASSWORD}", "<token>", "(密文)"],
}
KIND_T = {"name": N, "rid": RID, "phone": PH, "email": EM, "addr": ADDR, "dob": DOB, "card": BC, "imsi": IMSI,
          "imei": IMEI, "iccid": ICCID, "ip": IP, "cell": CELL, "ll": LL, "plate": PLATE, "cred": CRED}


def real_value(kind, p=None):
    p = p or Person()
    return {"name": lambda: p.name, "rid": lambda: p.rid, "phone": lambda: p.phone, "email": lambda: p.email,
            "addr": lambda: p.addr, "dob": lambda: fmt_date(p.dob, "iso"), "card": lambda: p.card,
            "imsi": lambda: p.imsi, "imei": lambda: p.imei, "iccid": lambda: p.iccid, "ip": lambda: p.ip,
            "cell": gen_cell, "ll": gen_ll, "plate": gen_plate, "cred": gen_password}[kind]()


def gen_uscc():
    from stdnum.cn import uscc
    while True:
        b = "91" + R.choice(["440101", "440106", "440300", "110105", "310115"]) + "MA" + "".join(
            R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        c = b + uscc.calc_check_digit(b)
        if uscc.is_valid(c):
            return c


DICT_ROWS = [
    # table, field, type, meaning, kind-or-literal, level
    ("crm_user.t_cust_base", "cust_id", "bigint", "客户编号", "=2024060300017", "L1"),
    ("crm_user.t_cust_base", "cust_name", "varchar(64)", "客户姓名", "name", "L4"),
    ("crm_user.t_cust_base", "cust_name_py", "varchar(128)", "姓名拼音", "=ZHANG SAN", "L3"),
    ("crm_user.t_cust_base", "cust_type", "char(1)", "客户类型 1个人 2政企 3测试", "=1", "L1"),
    ("crm_user.t_cust_base", "cert_type", "char(2)", "证件类型", "=01", "L1"),
    ("crm_user.t_cust_base", "cert_no", "varchar(32)", "证件号码/身份证号", "rid", "L4"),
    ("crm_user.t_cust_base", "cert_no_hash", "char(64)", "证件号 SM3 摘要", "=@sha", "L2"),
    ("crm_user.t_cust_base", "cert_addr", "varchar(256)", "证件地址", "addr", "L4"),
    ("crm_user.t_cust_base", "cert_expire", "date", "证件有效期", "=2099-12-31", "L2"),
    ("crm_user.t_cust_base", "birthday", "date", "出生日期", "dob", "L3"),
    ("crm_user.t_cust_base", "gender", "tinyint", "性别 0未知 1男 2女", "=1", "L2"),
    ("crm_user.t_cust_base", "nation", "varchar(16)", "民族", "=汉族", "L3"),
    ("crm_user.t_cust_base", "credit_score", "smallint", "信用分", "=650", "L2"),
    ("crm_user.t_cust_base", "status", "char(2)", "客户状态", "=10", "L1"),
    ("crm_user.t_cust_base", "create_time", "datetime(3)", "创建时间", "=2024-06-03 00:41:07.118", "L1"),
    ("crm_user.t_cust_contact", "contact_name", "varchar(64)", "联系人姓名", "name", "L4"),
    ("crm_user.t_cust_contact", "relation", "tinyint", "关系", "=2", "L2"),
    ("crm_user.t_cust_contact", "contact_phone", "varchar(20)", "联系电话", "phone", "L4"),
    ("crm_user.t_cust_contact", "contact_phone2", "varchar(20)", "备用电话", "phone", "L4"),
    ("crm_user.t_cust_contact", "contact_email", "varchar(128)", "电子邮箱", "email", "L3"),
    ("crm_user.t_cust_contact", "mail_addr", "varchar(256)", "邮寄地址", "addr", "L4"),
    ("crm_user.t_cust_contact", "zip_code", "char(6)", "邮编", "=510630", "L2"),
    ("crm_user.t_subs_instance", "subs_id", "bigint", "用户实例ID", "=8800001234567", "L1"),
    ("crm_user.t_subs_instance", "msisdn", "char(11)", "手机号码", "phone", "L4"),
    ("crm_user.t_subs_instance", "imsi", "char(15)", "IMSI", "imsi", "L4"),
    ("crm_user.t_subs_instance", "iccid", "varchar(20)", "SIM卡ICCID", "iccid", "L3"),
    ("crm_user.t_subs_instance", "imei", "varchar(16)", "终端IMEI", "imei", "L3"),
    ("crm_user.t_subs_instance", "meid", "varchar(14)", "MEID", "=A000XXXXXXXXXX", "L3"),
    ("crm_user.t_subs_instance", "brand_id", "smallint", "品牌", "=2", "L1"),
    ("crm_user.t_subs_instance", "product_id", "int", "主套餐ID", "=100238", "L1"),
    ("crm_user.t_subs_instance", "open_date", "date", "开户日期", "=2016-08-19", "L2"),
    ("crm_user.t_subs_instance", "region_code", "char(4)", "地市编码", "=0200", "L1"),
    ("crm_user.t_subs_instance", "home_city", "varchar(32)", "号码归属地", "=广东广州", "L2"),
    ("crm_user.t_realname_audit", "operator_id", "varchar(16)", "受理员工工号", "=E0231876", "L2"),
    ("crm_user.t_realname_audit", "operator_name", "varchar(32)", "受理员工姓名", "name", "L3"),
    ("crm_user.t_realname_audit", "face_score", "decimal(5,2)", "人证比对分", "=92.37", "L3"),
    ("crm_user.t_realname_audit", "channel_id", "varchar(20)", "渠道", "=GZ-TH-0012", "L1"),
    ("crm_user.t_bank_withhold", "bank_card_no", "varchar(32)", "代扣银行卡号", "card", "L5"),
    ("crm_user.t_bank_withhold", "card_holder", "varchar(64)", "持卡人姓名", "name", "L4"),
    ("crm_user.t_bank_withhold", "holder_cert_no", "varchar(32)", "持卡人证件号", "rid", "L5"),
    ("crm_user.t_bank_withhold", "holder_phone", "char(11)", "银行预留手机号", "phone", "L4"),
    ("crm_user.t_bank_withhold", "agreement_no", "varchar(40)", "银联协议号", "=UPA20230917000000004821", "L2"),
    ("crm_user.t_bb_install_order", "order_no", "varchar(32)", "装机工单号", "=BB202406110001234", "L1"),
    ("crm_user.t_bb_install_order", "install_addr", "varchar(256)", "装机地址", "addr", "L4"),
    ("crm_user.t_bb_install_order", "lng", "decimal(10,6)", "经度", "=113.324520", "L4"),
    ("crm_user.t_bb_install_order", "lat", "decimal(10,6)", "纬度", "=23.106414", "L4"),
    ("crm_user.t_bb_install_order", "installer_phone", "char(11)", "装维人员手机", "phone", "L3"),
    ("crm_user.t_bb_install_order", "onu_sn", "varchar(32)", "光猫SN", "=HWTC9A3E21F7", "L2"),
    ("crm_user.t_bb_install_order", "pppoe_pwd", "varchar(64)", "宽带密码", "cred", "L5"),
    ("crm_user.t_iov_vehicle", "vin", "char(17)", "车架号", "=LSVAU2180N2183746", "L3"),
    ("crm_user.t_iov_vehicle", "plate_no", "varchar(10)", "车牌号", "plate", "L4"),
    ("crm_user.t_iov_vehicle", "iccid", "varchar(20)", "T-Box ICCID", "iccid", "L3"),
    ("crm_user.t_iov_vehicle", "msisdn_iot", "varchar(13)", "物联网号码", "=1440XXXXXXXXX", "L3"),
    ("crm_user.t_iov_vehicle", "last_lnglat", "varchar(32)", "最后位置", "ll", "L4"),
    ("crm_user.t_app_login_log", "login_name", "varchar(128)", "登录名", "phone", "L4"),
    ("crm_user.t_app_login_log", "login_ip", "varchar(46)", "客户端IP", "ip", "L3"),
    ("crm_user.t_app_login_log", "device_id", "varchar(64)", "设备ID", "=@uuid", "L2"),
    ("crm_user.t_app_login_log", "ua", "varchar(512)", "User-Agent", "=Mozilla/5.0 (Linux; Android 13; V2219A Build/TP1A.220624.014)", "L1"),
    ("crm_user.t_app_login_log", "login_time", "datetime(3)", "登录时间", "=2024-06-10 21:07:33.482", "L2"),
    ("crm_user.t_sms_verify", "code_hash", "char(64)", "验证码摘要", "=@sha", "L3"),
    ("crm_user.t_user_credential", "login_pwd", "varchar(160)", "登录密码(PBKDF2)", "=pbkdf2_sha256$260000$<salt>$<hash>", "L5"),
    ("crm_user.t_user_credential", "api_token_hash", "char(64)", "token 摘要", "=@sha", "L4"),
    ("billing.acct", "acct_name", "varchar(128)", "账户名称", "name", "L3"),
    ("billing.acct", "bill_msisdn", "msisdn_t", "账单接收号码", "phone", "L4"),
    ("billing.acct", "bill_email", "varchar(128)", "电子账单邮箱", "email", "L3"),
    ("billing.acct", "bill_addr", "varchar(256)", "账单寄送地址", "addr", "L4"),
    ("billing.acct", "credit_limit", "numeric(12,2)", "信用额度", "=500.00", "L2"),
    ("billing.acct_payment", "pay_month", "char(6)", "账期", "=202405", "L1"),
    ("billing.acct_payment", "amount", "numeric(12,2)", "金额", "=128.00", "L2"),
    ("billing.acct_payment", "card_no", "card_no_t", "银行卡号(待删除)", "card", "L5"),
    ("billing.acct_payment", "payer_name", "varchar(64)", "付款人", "name", "L4"),
    ("billing.acct_payment", "trade_no", "varchar(64)", "第三方交易号", "=4200002187202406110123456789", "L2"),
    ("billing.invoice_title", "title_name", "varchar(200)", "发票抬头", "=广州市天河区某某贸易有限公司", "L2"),
    ("billing.invoice_title", "tax_no", "varchar(20)", "纳税人识别号", "=@uscc", "L1"),
    ("billing.invoice_title", "recv_email", "varchar(128)", "发票接收邮箱", "email", "L3"),
    ("dw_dwd.dwd_user_subs_df", "msisdn", "string", "手机号码", "phone", "L4"),
    ("dw_dwd.dwd_user_subs_df", "msisdn_md5", "string", "手机号MD5", "=@md5", "L3"),
    ("dw_dwd.dwd_user_subs_df", "imsi", "string", "IMSI", "imsi", "L4"),
    ("dw_dwd.dwd_user_subs_df", "cert_no_enc", "string", "证件号密文", "=Zk9vQm1HcW5oL2xUR0p1c0l3PT0=", "L3"),
    ("dw_dwd.dwd_user_subs_df", "arpu_3m", "decimal(12,2)", "近3月ARPU", "=86.47", "L2"),
    ("dw_dwd.dwd_xdr_s1mme_hi", "start_time", "bigint", "开始时间 ms", "=1718035212873", "L2"),
    ("dw_dwd.dwd_xdr_s1mme_hi", "imei", "string", "IMEI", "imei", "L3"),
    ("dw_dwd.dwd_xdr_s1mme_hi", "msisdn", "string", "MSISDN(含86)", "=86138XXXXXXXX", "L4"),
    ("dw_dwd.dwd_xdr_s1mme_hi", "ecgi", "string", "小区 ECGI", "cell", "L4"),
    ("dw_dwd.dwd_xdr_s1mme_hi", "tac", "string", "跟踪区", "=0x5A1F", "L2"),
    ("dw_dwd.dwd_xdr_http_hi", "ue_ipv4", "string", "终端IPv4", "ip", "L3"),
    ("dw_dwd.dwd_xdr_http_hi", "ue_ipv6", "string", "终端IPv6", "=240e:****", "L3"),
    ("dw_dwd.dwd_xdr_http_hi", "host", "string", "访问域名", "=api.weixin.qq.com", "L2"),
    ("dw_dwd.dwd_xdr_http_hi", "uri_hash", "string", "URI 哈希", "=@md5", "L1"),
    ("dw_dws.dws_user_loc_hour", "main_ecgi", "string", "主驻留小区", "cell", "L4"),
    ("dw_dws.dws_user_loc_hour", "lng", "double", "经度", "=113.2644", "L4"),
    ("dw_dws.dws_user_loc_hour", "lat", "double", "纬度", "=23.1291", "L4"),
    ("dw_dws.dws_user_loc_hour", "geohash7", "string", "geohash", "=ws0e9cq", "L3"),
    ("dw_dws.dws_cust_profile_m", "age_band", "string", "年龄段", "=25-34", "L2"),
    ("dw_dws.dws_cust_profile_m", "home_district", "string", "常住区县", "=广东省广州市天河区", "L3"),
    ("dw_dws.dws_cust_profile_m", "churn_score", "double", "离网概率", "=0.0731", "L1"),
    ("dw_ads.ads_export_partner_daily", "user_token", "string", "HMAC-SM3 token", "=@sha", "L2"),
    ("dw_dwd.dwd_iov_gps_hi", "plate_no", "string", "车牌号", "plate", "L4"),
    ("dw_dwd.dwd_iov_gps_hi", "lnglat", "string", "经度,纬度", "ll", "L4"),
    ("dw_dwd.dwd_iov_gps_hi", "speed", "double", "车速", "=62.5", "L1"),
    ("ods_sync.conf_datasource", "jdbc_password", "varchar(128)", "数据源密码", "cred", "L5"),
]


def f_dictionary():
    d = Doc("data_dictionary_crm_dw.csv")
    d.w("\ufeff")
    d.ln(csv_line(["表名", "字段名", "类型", "含义", "示例值", "敏感级别", "PI分类", "备注"]))
    cls = {"name": "A1-姓名", "rid": "A1-证件号码", "phone": "A1-手机号码", "email": "A1-电子邮箱", "addr": "A1-住址",
           "dob": "A1-出生日期", "card": "A1-银行账户", "imsi": "C2-设备标识", "imei": "C2-设备标识", "iccid": "C2-设备标识",
           "ip": "C1-网络日志", "cell": "C1-位置", "ll": "C1-位置", "plate": "A1-车牌", "cred": "A2-鉴权信息"}
    real_idx = []
    for i, (t, f, ty, mean, kind, lvl) in enumerate(DICT_ROWS):
        note = ""
        if kind.startswith("="):
            v = kind[1:]
            v = {"@sha": sha256(str(i)), "@md5": md5(str(i)), "@uuid": ruuid(), "@uscc": gen_uscc()}.get(v, v)
            pcls = "C1-位置" if f in ("lng", "lat") else ("-" if lvl in ("L1",) else "")
            if f in ("lng", "lat"):
                note = "单列经度/纬度, 示例为城市中心点"
        else:
            pcls = cls[kind]
            if R.random() < 0.5:
                v = L(real_value(kind), KIND_T[kind])
                real_idx.append(i)
                note = R.choice(["", "", "示例取自生产样本", "from prod 2024-05", ""])
            else:
                v = R.choice(PLACE[kind])
                note = R.choice(["", "", "示例已脱敏", "占位示例", ""])
        d.ln(csv_line([t, f, ty, mean, v, lvl, pcls, note]))
    d.ln(csv_line(["", "", "", "", "", "", "", "导出: 数据资产平台 v3.8.2 / 2024-06-11 08:15 / 共 %d 个字段" % len(DICT_ROWS)]))
    return d


# ============================================================================= OpenAPI / JSON Schema

def f_openapi():
    d = Doc("openapi_customer_center_v3.yaml")
    p1, p2, p3, p4 = Person(), Person(), Person(), Person()
    owner = staff("王海涛")
    apikey = "hxk_live_" + rtok(32)
    d.ln("openapi: 3.0.3")
    d.ln("info:")
    d.ln("  title: 客户中心开放接口 (customer-center)")
    d.ln("  version: 3.4.1")
    d.ln("  description: |")
    d.ln("    客户资料查询/变更接口. 所有响应中的 PI 字段按调用方角色脱敏 (见 x-pi-type 与 x-mask).")
    d.ln("    示例中的手机号请使用 1XXXXXXXXXX 或 138****5678, 证件号使用 110101********1234 (规范 DS-07 §3.2).")
    d.ln("  contact:")
    d.ln("    name: ", (owner.name, N))
    d.ln("    email: ", (owner.email, EM))
    d.ln("  x-owner-team: 客户中心研发组")
    d.ln("servers:")
    d.ln("  - url: https://cc-api.hxtel.local/v3")
    d.ln("    description: 生产 (内网)")
    d.ln("  - url: https://cc-api-uat.hxtel.local/v3")
    d.ln("    description: UAT")
    d.ln("security:")
    d.ln("  - ApiKeyAuth: []")
    d.ln("paths:")
    d.ln("  /customers/{custId}:")
    d.ln("    get:")
    d.ln("      operationId: getCustomer")
    d.ln("      summary: 按客户编号查询客户资料")
    d.ln("      parameters:")
    d.ln("        - name: custId")
    d.ln("          in: path")
    d.ln("          required: true")
    d.ln("          schema: {type: integer, format: int64, example: 2024060300017}")
    d.ln("        - name: X-Caller-Role")
    d.ln("          in: header")
    d.ln("          schema: {type: string, enum: [CS_AGENT, AUDITOR, SYSTEM], example: CS_AGENT}")
    d.ln("      responses:")
    d.ln("        '200':")
    d.ln("          description: OK")
    d.ln("          content:")
    d.ln("            application/json:")
    d.ln("              schema: {$ref: '#/components/schemas/Customer'}")
    d.ln("              examples:")
    d.ln("                masked:")
    d.ln("                  summary: CS_AGENT 角色 (脱敏)")
    d.ln("                  value:")
    d.ln("                    custId: 2024060300017")
    d.ln("                    name: ", yq(mask_name(p1.name)))
    d.ln("                    certNo: ", yq(mask_rid(p1.rid)))
    d.ln("                    msisdn: ", yq(mask_phone(p1.phone)))
    d.ln("                    email: ", yq(mask_email(p1.email)))
    d.ln("                    birthYear: ", str(p1.dob.year))
    d.ln("                system:")
    d.ln("                  summary: SYSTEM 角色 (明文) -- 从 UAT 抓包粘贴")
    d.ln("                  value:")
    d.ln("                    custId: 2024060300017")
    d.ln("                    name: ", yq(L(p1.name, N)))
    d.ln("                    certType: '01'")
    d.ln("                    certNo: ", yq(L(p1.rid, RID)))
    d.ln("                    birthday: ", yq(L(fmt_date(p1.dob, "iso"), DOB)))
    d.ln("                    msisdn: ", yq(L(p1.phone, PH)))
    d.ln("                    email: ", yq(L(p1.email, EM)))
    d.ln("                    certAddr: ", yq(L(p1.addr, ADDR)))
    d.ln("                    status: '10'")
    d.ln("        '404': {$ref: '#/components/responses/NotFound'}")
    d.ln("  /customers/search:")
    d.ln("    get:")
    d.ln("      operationId: searchCustomer")
    d.ln("      summary: 按号码或证件号检索 (需 AUDITOR 角色, 每次调用写审计日志)")
    d.ln("      parameters:")
    d.ln("        - {name: msisdn, in: query, schema: {type: string, pattern: '^1[3-9]\\d{9}$', example: '13800138000'}}")
    d.ln("        - {name: certNo, in: query, schema: {type: string, pattern: '^\\d{17}[\\dXx]$', example: '110101********1234'}}")
    d.ln("        - {name: pageSize, in: query, schema: {type: integer, default: 20, maximum: 100}}")
    d.ln("      responses:")
    d.ln("        '200': {description: OK, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Customer'}}}}}")
    d.ln("  /subscriptions/{msisdn}/sim:")
    d.ln("    get:")
    d.ln("      operationId: getSim")
    d.ln("      summary: 查询号码当前 SIM 卡与终端")
    d.ln("      parameters:")
    d.ln("        - name: msisdn")
    d.ln("          in: path")
    d.ln("          required: true")
    d.ln("          schema: {type: string}")
    d.ln("          example: ", yq(L(p2.phone, PH)))
    d.ln("      responses:")
    d.ln("        '200':")
    d.ln("          description: OK")
    d.ln("          content:")
    d.ln("            application/json:")
    d.ln("              schema: {$ref: '#/components/schemas/SimInfo'}")
    d.ln("              example:")
    d.ln("                msisdn: ", yq(L(p2.phone, PH)))
    d.ln("                imsi: ", yq(L(p2.imsi, IMSI)))
    d.ln("                iccid: ", yq(L(p2.iccid, ICCID)))
    d.ln("                imei: ", yq(L(p2.imei, IMEI)))
    d.ln("                simType: USIM")
    d.ln("                activatedAt: '2021-03-17T10:22:41+08:00'")
    d.ln("  /payments/withhold:")
    d.ln("    post:")
    d.ln("      operationId: signWithhold")
    d.ln("      summary: 银行代扣签约")
    d.ln("      requestBody:")
    d.ln("        required: true")
    d.ln("        content:")
    d.ln("          application/json:")
    d.ln("            schema: {$ref: '#/components/schemas/WithholdRequest'}")
    d.ln("            example:")
    d.ln("              acctId: 3300000081234")
    d.ln("              bankCode: '0102'")
    d.ln("              bankCardNo: ", yq(L(p3.card, BC)))
    d.ln("              cardHolder: ", yq(L(p3.name, N)))
    d.ln("              holderCertNo: ", yq(L(p3.rid, RID)))
    d.ln("              holderPhone: ", yq(L(p3.phone, PH)))
    d.ln("              smsCode: '482913'")
    d.ln("      responses:")
    d.ln("        '200': {description: 签约成功, content: {application/json: {example: {agreementNo: UPA20240611000000012873, status: SIGNED}}}}")
    d.ln("  /location/last:")
    d.ln("    get:")
    d.ln("      operationId: lastLocation")
    d.ln("      summary: 用户最近位置 (仅限 110/119/120 紧急定位与用户本人授权场景)")
    d.ln("      parameters:")
    d.ln("        - {name: msisdn, in: query, required: true, schema: {type: string, example: '1XXXXXXXXXX'}}")
    d.ln("        - {name: authTicket, in: query, required: true, schema: {type: string, example: 'LOC-AUTH-20240611-000183'}}")
    d.ln("      responses:")
    d.ln("        '200':")
    d.ln("          description: OK")
    d.ln("          content:")
    d.ln("            application/json:")
    d.ln("              example:")
    d.ln("                msisdn: ", yq(L(p4.phone, PH)))
    d.ln("                ecgi: ", yq(L(gen_cell("00"), CELL)))
    d.ln("                lnglat: ", yq(L(gen_ll("广州市"), LL)))
    d.ln("                accuracyM: 350")
    d.ln("                fixTime: '2024-06-10T22:14:03+08:00'")
    d.ln("                source: CELL_TRIANGULATION")
    d.ln("components:")
    d.ln("  securitySchemes:")
    d.ln("    ApiKeyAuth:")
    d.ln("      type: apiKey")
    d.ln("      in: header")
    d.ln("      name: X-Api-Key")
    d.ln("      description: '申请见 API 网关; 示例 X-Api-Key: <your-api-key>'")
    d.ln("      x-example: ", yq(L(apikey, CRED)), "   # TODO 删除: UAT 联调 key, 已于 2024-06-05 轮换")
    d.ln("  responses:")
    d.ln("    NotFound: {description: 客户不存在, content: {application/json: {example: {code: CC-404, message: customer not found, traceId: ", ruuid(), "}}}}")
    d.ln("  schemas:")
    d.ln("    Customer:")
    d.ln("      type: object")
    d.ln("      required: [custId, name, certType, certNo]")
    d.ln("      properties:")
    props = [
        ("custId", "integer", "客户编号", None, "2024060300017", None),
        ("name", "string", "客户姓名", "PERSON_NAME", "张三", "KEEP_FIRST"),
        ("certType", "string", "证件类型", None, "'01'", None),
        ("certNo", "string", "身份证号", "CHINA_RESIDENT_ID_NUMBER", "'110101********1234'", "KEEP_6_4"),
        ("birthday", "string", "出生日期 (yyyy-MM-dd)", "DATE_OF_BIRTH", "'1990-01-01'", "YEAR_ONLY"),
        ("msisdn", "string", "手机号码", "PHONE_NUMBER", "'1XXXXXXXXXX'", "KEEP_3_4"),
        ("email", "string", "邮箱", "EMAIL_ADDRESS", "zhangsan@example.com", "KEEP_FIRST_DOMAIN"),
        ("certAddr", "string", "证件地址", "STREET_ADDRESS", "广东省广州市天河区XX路XX号", "TO_DISTRICT"),
        ("status", "string", "客户状态", None, "'10'", None),
    ]
    for n_, ty, desc, pit, ex, mk in props:
        d.ln("        %s:" % n_)
        d.ln("          type: %s" % ty)
        d.ln("          description: %s" % desc)
        if n_ == "msisdn":
            d.ln("          pattern: '^1[3-9]\\d{9}$'")
        if n_ == "certNo":
            d.ln("          pattern: '^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$'")
            d.ln("          minLength: 18")
            d.ln("          maxLength: 18")
        d.ln("          example: %s" % ex)
        if pit:
            d.ln("          x-pi-type: %s" % pit)
            d.ln("          x-mask: %s" % mk)
    sim = Person()
    d.ln("    SimInfo:")
    d.ln("      type: object")
    d.ln("      properties:")
    d.ln("        msisdn: {type: string, x-pi-type: PHONE_NUMBER}")
    d.ln("        imsi: {type: string, minLength: 15, maxLength: 15, example: '46000XXXXXXXXXX', x-pi-type: IMSI_ID}")
    d.ln("        iccid: {type: string, pattern: '^8986[0-9A-F]{15,16}$', example: ", yq(L(sim.iccid, ICCID)), ", x-pi-type: ICCID_NUMBER}")
    d.ln("        imei: {type: string, description: 'IMEI 15位 (含 Luhn 校验位)', example: ", yq(L(sim.imei, IMEI)), ", x-pi-type: IMEI_HARDWARE_ID}")
    d.ln("        simType: {type: string, enum: [SIM, USIM, eSIM]}")
    d.ln("        activatedAt: {type: string, format: date-time}")
    d.ln("    WithholdRequest:")
    d.ln("      type: object")
    d.ln("      required: [acctId, bankCode, bankCardNo, cardHolder]")
    d.ln("      properties:")
    d.ln("        acctId: {type: integer, format: int64}")
    d.ln("        bankCode: {type: string, example: '0102'}")
    d.ln("        bankCardNo: {type: string, minLength: 16, maxLength: 19, example: '6222 **** **** 1234', x-pi-type: BANK_CARD_NUMBER}")
    d.ln("        cardHolder: {type: string, example: 李四, x-pi-type: PERSON_NAME}")
    d.ln("        holderCertNo: {type: string, x-pi-type: CHINA_RESIDENT_ID_NUMBER}")
    d.ln("        holderPhone: {type: string, example: '139****1234', x-pi-type: PHONE_NUMBER}")
    d.ln("        smsCode: {type: string, pattern: '^\\d{6}$'}")
    d.ln("    Vehicle:")
    d.ln("      type: object")
    d.ln("      properties:")
    d.ln("        vin: {type: string, example: LSVAU2180N2183746}")
    d.ln("        plateNo: {type: string, example: ", yq(L(gen_plate("粤"), PLATE)), ", x-pi-type: CHINA_LICENSE_PLATE}")
    d.ln("        ownerPhone: {type: string, example: ", yq(L(gen_phone(), PH)), "}")
    d.ln("        lastIp: {type: string, format: ipv4, example: ", yq(L(gen_ip(), IP)), "}")
    d.ln("        gatewayIp: {type: string, format: ipv4, example: '0.0.0.0'}")
    return d


# ============================================================================= lineage (DataHub-style)

def urn_ds(platform, name):
    return "urn:li:dataset:(urn:li:dataPlatform:%s,%s,PROD)" % (platform, name)


def f_lineage():
    d = Doc("lineage_datahub_export.json")
    owners = [staff("黄志强"), staff("林佳怡"), staff("欧阳云飞"), staff("马俊"), staff("覃秋菊")]
    ents = []
    tag = {"msisdn": "pii.phone", "contact_phone": "pii.phone", "cust_name": "pii.name", "contact_name": "pii.name",
           "cert_no": "pii.id_card", "birthday": "pii.birth", "cert_addr": "pii.address", "mail_addr": "pii.address",
           "imsi": "pii.imsi", "imei": "pii.imei", "iccid": "pii.iccid", "ecgi": "pii.location", "main_ecgi": "pii.location",
           "ue_ipv4": "pii.ip", "ue_ipv6": "pii.ip", "lnglat": "pii.location", "plate_no": "pii.plate", "contact_email": "pii.email"}

    def sample_for(col, kind_mode):
        """kind_mode: 'raw' -> real values, 'masked' -> masked, 'hash' -> digests."""
        gens = {"msisdn": ("phone", mask_phone), "contact_phone": ("phone", mask_phone), "cust_name": ("name", mask_name),
                "contact_name": ("name", mask_name), "cert_no": ("rid", mask_rid), "birthday": ("dob", lambda v: v[:4] + "-**-**"),
                "cert_addr": ("addr", lambda v: v[:9] + "****"), "mail_addr": ("addr", lambda v: v[:9] + "****"),
                "imsi": ("imsi", lambda v: v[:5] + "*" * 6 + v[-4:]), "imei": ("imei", lambda v: v[:8] + "*******"),
                "iccid": ("iccid", lambda v: v[:6] + "**********" + v[-4:]), "ecgi": ("cell", lambda v: v.rsplit("-", 1)[0] + "-*"),
                "contact_email": ("email", mask_email), "ue_ipv4": ("ip", lambda v: v.rsplit(".", 1)[0] + ".*")}
        if col not in gens:
            return None
        kind, mk = gens[col]
        out = []
        for _ in range(3):
            v = real_value(kind)
            if kind_mode == "raw":
                out.append(L(v, KIND_T[kind]))
            elif kind_mode == "masked":
                out.append(mk(v))
            else:
                out.append(md5(v))
        return out

    modes = {"ods_crm_cust_base_di": "raw", "ods_crm_cust_contact_di": "masked", "dwd_user_subs_df": "raw",
             "dwd_xdr_s1mme_hi": "masked", "dwd_xdr_http_hi": "raw", "dws_user_loc_hour": "hash",
             "dws_cust_profile_m": "masked", "ads_export_partner_daily": "hash", "dwd_iov_gps_hi": "masked"}
    ts0 = 1718035200000
    for k, (layer, t, cmt, cols) in enumerate(HIVE_TABLES):
        name = "dw_%s.%s" % (layer, t)
        ow = owners[k % len(owners)]
        fields = []
        for c, ty, cm in cols:
            f = {"fieldPath": c, "nativeDataType": ty, "type": {"type": {"com.linkedin.schema.%s" % (
                "NumberType" if ty in ("bigint", "int", "double") or ty.startswith("decimal") else "StringType"): {}}},
                "description": cm, "nullable": True}
            if c in tag:
                f["globalTags"] = {"tags": [{"tag": "urn:li:tag:" + tag[c]}]}
                f["glossaryTerms"] = {"terms": [{"urn": "urn:li:glossaryTerm:Classification.Sensitive"}],
                                      "auditStamp": {"time": ts0 - R.randint(10 ** 8, 10 ** 9), "actor": "urn:li:corpuser:dsg-scanner"}}
            fields.append(f)
        rows = R.randint(10 ** 7, 2 * 10 ** 9)
        profs = []
        for c, ty, cm in cols:
            fp = {"fieldPath": c, "uniqueCount": R.randint(10, rows), "nullCount": R.randint(0, rows // 50)}
            fp["uniqueProportion"] = round(fp["uniqueCount"] / rows, 6)
            fp["nullProportion"] = round(fp["nullCount"] / rows, 6)
            sv = sample_for(c, modes[t])
            if sv is not None:
                fp["sampleValues"] = sv
                if c == "msisdn" and modes[t] == "raw":
                    mm = sorted([gen_phone(), gen_phone()])
                    fp["min"] = L(mm[0], PH)
                    fp["max"] = L(mm[1], PH)
            elif c in ("arpu_3m", "speed", "stay_min", "ul_bytes", "dl_bytes", "churn_score"):
                fp["min"] = "0"
                fp["max"] = str(round(R.uniform(100, 100000), 2))
                fp["mean"] = str(round(R.uniform(10, 5000), 4))
                fp["median"] = str(round(R.uniform(10, 3000), 2))
            elif c in ("dt", "hour", "open_date", "create_time"):
                fp["min"] = "2008-03-01"
                fp["max"] = "2024-06-10"
            profs.append(fp)
        asp = {
            "datasetProperties": {"name": t, "qualifiedName": name, "description": cmt,
                                  "customProperties": {"lifecycle": str(R.choice([7, 90, 180, 400])), "sensitive.level": "L4",
                                                       "numRows": str(rows), "transient_lastDdlTime": str(R.randint(1717000000, 1718090000))}},
            "schemaMetadata": {"schemaName": name, "platform": "urn:li:dataPlatform:hive", "version": 0,
                               "hash": sha256(name), "platformSchema": {"com.linkedin.schema.OtherSchema": {"rawSchema": "orc"}},
                               "fields": fields},
            "ownership": {"owners": [{"owner": "urn:li:corpuser:" + ow.eno, "type": "TECHNICAL_OWNER"},
                                     {"owner": "urn:li:corpGroup:dw-user-domain", "type": "DATA_STEWARD"}],
                          "lastModified": {"time": ts0 - R.randint(10 ** 7, 10 ** 9), "actor": "urn:li:corpuser:" + ow.eno}},
            "datasetProfile": {"timestampMillis": ts0 + R.randint(0, 86400000), "rowCount": rows, "columnCount": len(cols),
                               "partitionSpec": {"type": "PARTITION", "partition": "dt=20240610/prov_id=051"},
                               "fieldProfiles": profs},
        }
        if layer != "ods":
            up = [urn_ds("hive", "dw_ods." + HIVE_TABLES[0][1])] if layer == "dwd" else [urn_ds("hive", "dw_dwd.dwd_user_subs_df")]
            fg = []
            for c, _, _ in cols[:4]:
                fg.append({"upstreamType": "FIELD_SET", "upstreams": ["urn:li:schemaField:(%s,%s)" % (up[0], c.replace("_md5", ""))],
                           "downstreamType": "FIELD", "downstreams": ["urn:li:schemaField:(%s,%s)" % (urn_ds("hive", name), c)],
                           "transformOperation": "md5(msisdn)" if c.endswith("_md5") else "IDENTITY", "confidenceScore": 1.0})
            asp["upstreamLineage"] = {"upstreams": [{"dataset": u, "type": "TRANSFORMED",
                                                     "auditStamp": {"time": ts0, "actor": "urn:li:corpuser:datahub"}} for u in up],
                                      "fineGrainedLineages": fg}
        ents.append({"urn": urn_ds("hive", name), "aspects": asp})
    # source systems
    for plat, nm, desc in [("mysql", "crm_user.t_cust_base", "CRM 客户基本信息"), ("mysql", "crm_user.t_subs_instance", "号码实例"),
                           ("oracle", "BOSS.CM_CUSTOMER", "BOSS 客户资料"), ("kafka", "dw.ods.crm_realname_v2", "实名变更 CDC topic")]:
        ents.append({"urn": urn_ds(plat, nm), "aspects": {"datasetProperties": {"name": nm, "description": desc,
                                                                                 "customProperties": {"source": "ingestion-recipe-%s.yml" % plat}},
                                                           "status": {"removed": False}}})
    # data jobs
    dbg = Person()
    ents.append({"urn": "urn:li:dataJob:(urn:li:dataFlow:(airflow,dw_user_daily,prod),load_dwd_user_subs)", "aspects": {
        "dataJobInfo": {"name": "load_dwd_user_subs", "type": {"string": "COMMAND"},
                        "customProperties": {"operator": "SparkSqlOperator", "retries": "3", "pool": "dw_etl",
                                             "sql": "INSERT OVERWRITE TABLE dw_dwd.dwd_user_subs_df PARTITION (dt='${ds_nodash}', prov_id) "
                                                    "SELECT s.subs_id, s.msisdn, md5(s.msisdn), s.imsi, s.iccid, s.imei, s.cust_id, "
                                                    "sm4_enc(c.cert_no), ... FROM dw_ods.ods_crm_subs_df s JOIN dw_ods.ods_crm_cust_base_di c "
                                                    "ON s.cust_id = c.cust_id WHERE s.dt = '${ds_nodash}' -- AND s.msisdn = '" + L(dbg.phone, PH) + "'"}},
        "dataJobInputOutput": {"inputDatasets": [urn_ds("hive", "dw_ods.ods_crm_cust_base_di")],
                               "outputDatasets": [urn_ds("hive", "dw_dwd.dwd_user_subs_df")]}}})
    ents.append({"urn": "urn:li:dataJob:(urn:li:dataFlow:(dolphinscheduler,boss_sync,prod),datax_cm_customer)", "aspects": {
        "dataJobInfo": {"name": "datax_cm_customer", "type": {"string": "COMMAND"},
                        "customProperties": {"reader": "oraclereader", "writer": "hdfswriter", "channel": "8",
                                             "querySql": "select CUST_ID,CUST_NAME,CERT_CODE,CERT_ADDRESS,CONTACT_PHONE,BIRTH_DATE from BOSS.CM_CUSTOMER where REGION_CODE='020'",
                                             "jdbcUrl": "jdbc:oracle:thin:@//boss-db-scan.hxtel.local:1521/BOSSDB", "username": "dw_sync",
                                             "password": "******"}}}})
    for s in owners + [staff("郑雅文")]:
        ents.append({"urn": "urn:li:corpuser:" + s.eno, "aspects": {"corpUserInfo": {
            "active": True, "displayName": L(s.name, N), "fullName": L(s.name, N), "email": L(s.email, EM),
            "title": R.choice(["数据开发工程师", "数据治理专员", "数仓架构师", "数据安全工程师"]),
            "departmentName": "大数据中心/数据治理组", "countryCode": "CN"}}})
    ents.append({"urn": "urn:li:corpuser:dsg-scanner", "aspects": {"corpUserInfo": {"active": True, "displayName": "DSG 扫描服务账号",
                                                                                      "email": "dsg-noreply@hxtel.com.cn"}}})
    doc = {"exportedBy": "datahub-cli 0.12.1.3", "exportedAt": "2024-06-11T04:00:12+08:00", "gms": "http://datahub-gms.hxtel.local:8080",
           "entityCount": len(ents), "entities": ents}
    d.w(jd(doc, indent=2))
    d.w("\n")
    return d


# ============================================================================= classification scan report

def f_classification():
    d = Doc("classification_scan_report_20240610.txt")
    rev = staff("郑雅文")
    d.ln("=" * 118)
    d.ln(" 敏感数据识别扫描报告   DSG Scanner 4.2.0 (规则库 2024.05.3, 模型 pi-ner-zh v1.7)")
    d.ln(" 任务: SCAN-20240610-0007    调度: 每周一 01:00    触发人: dsg-scheduler")
    d.ln(" 开始: 2024-06-10 01:00:03   结束: 2024-06-10 03:47:51   耗时: 2h47m48s")
    d.ln(" 抽样: 每列随机 10000 行 (行数不足则全量)   阈值: 命中率 >= 30% 判定为敏感列, 5%-30% 为疑似")
    d.ln(" 样例展示: 默认脱敏 (mask_samples=true); 数据源级配置可覆盖")
    d.ln("=" * 118)
    d.ln()
    hdr = ["表", "字段", "识别类型", "命中/采样", "命中率", "置信度", "样例(3)"]
    widths = [26, 18, 26, 13, 9, 7]

    def row(cells):
        s = ""
        for i, c in enumerate(cells[:-1]):
            s += pad(c, widths[i])
        return s + cells[-1]

    masks = {"PERSON_NAME": mask_name, "PHONE_NUMBER": mask_phone, "CHINA_RESIDENT_ID_NUMBER": mask_rid,
             "EMAIL_ADDRESS": mask_email, "BANK_CARD_NUMBER": mask_card, "STREET_ADDRESS": lambda v: v[:6] + "******",
             "DATE_OF_BIRTH": lambda v: v[:4] + "-**-**", "IMSI_ID": lambda v: v[:5] + "******" + v[-4:],
             "IMEI_HARDWARE_ID": lambda v: v[:8] + "*******", "ICCID_NUMBER": lambda v: v[:6] + "**********" + v[-4:],
             "IP_ADDRESS": lambda v: v.rsplit(".", 1)[0] + ".***", "CELL_ID": lambda v: v.rsplit("-", 1)[0] + "-***",
             "LOCATION_COORDINATES": lambda v: "%s,%s" % (v.split(",")[0][:6] + "****", v.split(",")[1][:5] + "****"),
             "CHINA_LICENSE_PLATE": lambda v: v[:2] + "***" + v[-2:]}
    kinds = {N: "name", PH: "phone", RID: "rid", EM: "email", BC: "card", ADDR: "addr", DOB: "dob", IMSI: "imsi",
             IMEI: "imei", ICCID: "iccid", IP: "ip", CELL: "cell", LL: "ll", PLATE: "plate"}
    sources = [
        ("crm_user @ crm-db-s02.gz.hxtel.local:3306 (MySQL 8.0)", True, [
            ("t_cust_base", "cust_name", N), ("t_cust_base", "cert_no", RID), ("t_cust_base", "cert_addr", ADDR),
            ("t_cust_base", "birthday", DOB), ("t_cust_contact", "contact_name", N), ("t_cust_contact", "contact_phone", PH),
            ("t_cust_contact", "contact_email", EM), ("t_cust_contact", "mail_addr", ADDR), ("t_subs_instance", "msisdn", PH),
            ("t_subs_instance", "imsi", IMSI), ("t_subs_instance", "iccid", ICCID), ("t_subs_instance", "imei", IMEI),
            ("t_bank_withhold", "bank_card_no", BC), ("t_bank_withhold", "holder_phone", PH), ("t_iov_vehicle", "plate_no", PLATE),
            ("t_app_login_log", "login_ip", IP), ("t_app_login_log", "login_name", PH)]),
        ("dw_dwd @ hive-metastore (Hive 3.1.3)", True, [
            ("dwd_user_subs_df", "msisdn", PH), ("dwd_user_subs_df", "imsi", IMSI), ("dwd_xdr_s1mme_hi", "ecgi", CELL),
            ("dwd_xdr_s1mme_hi", "imei", IMEI), ("dwd_xdr_http_hi", "ue_ipv4", IP), ("dwd_iov_gps_hi", "lnglat", LL),
            ("dwd_iov_gps_hi", "plate_no", PLATE)]),
        ("ods_legacy @ boss-ods-01.hxtel.local:1521/ODSDB (Oracle 11g, 待下线)", False, [
            ("ODS_CM_CUSTOMER_HIS", "CUST_NAME", N), ("ODS_CM_CUSTOMER_HIS", "CERT_CODE", RID),
            ("ODS_CM_CUSTOMER_HIS", "CERT_ADDRESS", ADDR), ("ODS_CM_CUSTOMER_HIS", "CONTACT_PHONE", PH),
            ("ODS_CM_CUSTOMER_HIS", "BIRTH_DATE", DOB), ("ODS_CM_SUBSCRIBER_HIS", "BILL_ID", PH),
            ("ODS_CM_SUBSCRIBER_HIS", "SUB_BILL_ID", IMSI), ("ODS_CM_SUBSCRIBER_HIS", "SIM_ICCID", ICCID),
            ("ODS_AM_BANK_ACCT_HIS", "BANK_ACCT_NO", BC), ("ODS_AM_BANK_ACCT_HIS", "BANK_ACCT_NAME", N)]),
        ("nas://fs01/市场部/2024Q2活动报名/ (文件: xlsx/csv, 37 个)", False, [
            ("报名表_618抽奖.xlsx", "姓名", N), ("报名表_618抽奖.xlsx", "手机", PH), ("报名表_618抽奖.xlsx", "收货地址", ADDR),
            ("校园卡预约_0520.csv", "学生姓名", N), ("校园卡预约_0520.csv", "身份证", RID), ("校园卡预约_0520.csv", "邮箱", EM)]),
    ]
    for si, (src, masked, cols) in enumerate(sources):
        d.ln("[数据源 %d/%d] %s" % (si + 1, len(sources), src))
        if masked:
            d.ln("  样例脱敏: 开启")
        else:
            d.ln("  样例脱敏: 关闭 (数据源级覆盖 mask_samples=false; 配置变更人 dsg_admin 2024-05-28, 已提缺陷 DSG-1203 要求恢复)")
        d.ln("  " + row(hdr))
        d.ln("  " + "-" * 114)
        for t, c, typ in cols:
            total = 10000
            hit = R.randint(3200, 10000) if typ not in (DOB, ADDR) else R.randint(2500, 9990)
            samples = []
            for _ in range(3):
                v = real_value(kinds[typ])
                if typ == DOB and not masked and R.random() < 0.5:
                    v = v.replace("-", "")
                samples.append(masks[typ](v) if masked else L(v, typ))
            d.ln("  " + row([t, c, typ, "%d/%d" % (hit, total), "%.2f%%" % (hit / 100), "%.2f" % R.uniform(0.8, 0.99),
                             " | ".join(samples)]))
        d.ln()
    d.ln("[疑似误报 / 需人工确认] (命中率 5%-30% 或规则冲突)")
    d.ln("  " + row(hdr))
    d.ln("  " + "-" * 114)
    fps = [
        ("t_cust_base", "cust_id", PH, ["%d" % (2024060300000 + R.randint(1, 99999)) for _ in range(3)], "13位客户编号, 误报"),
        ("acct_payment", "trade_no", BC, ["42000021%d%s" % (R.randint(10, 99), "2024061" + digits(13)) for _ in range(3)], "第三方交易号, 误报"),
        ("dwd_xdr_s1mme_hi", "start_time", PH, [str(1718035200000 + R.randint(0, 86400000)) for _ in range(3)], "毫秒时间戳, 误报"),
        ("t_iov_vehicle", "vin", IMEI, ["LSVAU2180N2" + digits(6), "LFV3A23C5L3" + digits(6), "LGBH52E05MY" + digits(6)], "车架号, 误报"),
        ("invoice_title", "tax_no", RID, [gen_uscc() for _ in range(3)], "统一社会信用代码, 误报"),
        ("t_sms_verify", "id", PH, [gen_bad_phone() for _ in range(3)], "自增ID, 号段不存在"),
        ("dwd_user_subs_df", "msisdn_md5", CRED, [md5(str(R.random())) for _ in range(3)], "MD5 摘要, 非凭证"),
        ("t_realname_audit", "channel_id", CELL, ["GZ-TH-0012", "GZ-YX-0031", "SZ-NS-0107"], "渠道编码, 误报"),
        ("ods_sync.conf_version", "app_ver", IP, ["10.0.19041.1", "6.1.7601.24545", "3.4.1.20240605"], "版本号, 误报"),
    ]
    for t, c, typ, samples, note in fps:
        hit = R.randint(500, 2900)
        d.ln("  " + row([t, c, typ, "%d/10000" % hit, "%.2f%%" % (hit / 100), "%.2f" % R.uniform(0.3, 0.6),
                         " | ".join(samples) + "   <- " + note]))
    d.ln()
    d.ln("[汇总]")
    summ = [(N, 23, 14), (PH, 41, 25), (RID, 17, 12), (ADDR, 12, 9), (DOB, 9, 8), (EM, 8, 6), (BC, 5, 4), (IMSI, 7, 6),
            (IMEI, 9, 7), (ICCID, 6, 5), (IP, 11, 8), (CELL, 6, 4), (LL, 5, 4), (PLATE, 4, 3)]
    d.ln("  " + pad("类型", 28) + pad("敏感列", 10) + pad("涉及表", 10) + "较上周")
    for typ, cols_, tabs in summ:
        d.ln("  " + pad(typ, 28) + pad(str(cols_), 10) + pad(str(tabs), 10) + R.choice(["+0", "+1", "+2", "-1", "+0"]))
    d.ln("  合计敏感列 %d, 疑似 %d, 未登记到 pi.columns 的敏感列 %d (详见附件 unregistered_cols.csv)" % (
        sum(x[1] for x in summ), len(fps), R.randint(5, 15)))
    d.ln()
    d.ln("[结论] 数据源 3、4 样例未脱敏, 报告本身按 L4 管理, 仅限数据安全组查阅; 文件共享盘 37 个文件中 29 个含明文 PI, 已通知市场部清理.")
    d.ln("报告审核: ", (rev.name, N), " (", rev.eno, ")   审核时间: 2024-06-10 10:12")
    return d


# ============================================================================= column profiling report

def f_profile():
    d = Doc("column_profile_report_20240610.json")
    COMMON = ["张伟", "王伟", "王芳", "李伟", "刘伟", "李娜", "张敏", "李静", "王静", "刘洋", "张丽", "王秀英", "李强", "张静"]
    common = R.sample(COMMON, 9)

    def col(name, typ, comment, rows, distinct, nulls, mn, mx, tops, patterns=None, lens=None):
        c = {"name": name, "type": typ, "comment": comment, "null_count": nulls, "null_ratio": round(nulls / rows, 6),
             "distinct_count": distinct, "distinct_ratio": round(distinct / rows, 6)}
        if lens:
            c["min_length"], c["max_length"], c["avg_length"] = lens
        c["min"], c["max"] = mn, mx
        c["top5"] = tops
        if patterns:
            c["pattern_top3"] = [{"pattern": p, "ratio": r} for p, r in patterns]
        return c

    def cnts(n, hi, lo):
        return sorted((R.randint(lo, hi) for _ in range(n)), reverse=True)

    tables = []
    # --- ods_crm_cust_base_di
    rows = 18233412
    c1 = cnts(5, 2600, 1900)
    t_ids = [gen_rid() for _ in range(3)]
    d_top = [fmt_date(rdate(1975, 2000), "iso") for _ in range(3)]
    addrs = [Person().addr for _ in range(3)]
    tables.append({"table": "dw_ods.ods_crm_cust_base_di", "partition": "dt=20240610/prov_id=051", "row_count": rows, "columns": [
        col("cust_id", "bigint", "客户编号", rows, rows - 12, 0, "2003010100001", "2024061099871", [], lens=(13, 13, 13.0)),
        col("cust_name", "string", "客户姓名", rows, 4129874, 1203, L(R.choice(["阿", "艾"]) + "丽", N), L("鞠" + R.choice(GIVEN1) + R.choice(GIVEN1), N),
            [{"value": L(n, N), "count": c, "ratio": round(c / rows, 8)} for n, c in zip(common[:5], c1)],
            [("[\\u4e00-\\u9fa5]{2,4}", 0.9931), ("[\\u4e00-\\u9fa5]+·[\\u4e00-\\u9fa5]+", 0.0041), ("[A-Z ]+", 0.0019)], (1, 30, 2.71)),
        col("cert_no", "string", "证件号码", rows, rows - 40211, 87, L(gen_rid(region="110101"), RID), "Z99999999",
            [{"value": "000000000000000000", "count": 812, "ratio": round(812 / rows, 8)}] +
            [{"value": L(x, RID), "count": c, "ratio": round(c / rows, 8)} for x, c in zip(t_ids, [5, 5, 4])] +
            [{"value": bad_rid(), "count": 3, "ratio": round(3 / rows, 8)}],
            [("\\d{17}[\\dX]", 0.9978), ("\\d{15}", 0.0009), ("[A-Z]\\d{8}", 0.0011)], (8, 18, 17.99)),
        col("birthday", "string", "出生日期", rows, 31877, 0, "1900-01-01", L(fmt_date(rdate(2008, 2010), "iso"), DOB),
            [{"value": "1900-01-01", "count": 20873, "ratio": round(20873 / rows, 8)},
             {"value": "1970-01-01", "count": 3391, "ratio": round(3391 / rows, 8)}] +
            [{"value": L(x, DOB), "count": c, "ratio": round(c / rows, 8)} for x, c in zip(d_top, cnts(3, 1400, 1100))],
            [("\\d{4}-\\d{2}-\\d{2}", 1.0)], (10, 10, 10.0)),
        col("gender", "string", "性别", rows, 3, 0, "0", "2",
            [{"value": "1", "count": 9311272, "ratio": 0.510676}, {"value": "2", "count": 8901212, "ratio": 0.488197},
             {"value": "0", "count": 20928, "ratio": 0.001148}]),
        col("cert_addr", "string", "证件地址", rows, 15422871, 2290, "-", "龙" + "岗区" + "（不详）",
            [{"value": "不详", "count": 4123, "ratio": round(4123 / rows, 8)}, {"value": "同上", "count": 1877, "ratio": round(1877 / rows, 8)}] +
            [{"value": L(a, ADDR), "count": c, "ratio": round(c / rows, 8)} for a, c in zip(addrs, cnts(3, 420, 120))],
            lens=(1, 120, 24.6)),
        col("status", "string", "客户状态", rows, 4, 0, "10", "40",
            [{"value": "10", "count": 17211873, "ratio": 0.943973}, {"value": "30", "count": 981223, "ratio": 0.053815},
             {"value": "20", "count": 40123, "ratio": 0.0022}, {"value": "40", "count": 193, "ratio": 1.06e-05}]),
    ]})
    # --- contact
    rows = 9120337
    ph = [gen_phone() for _ in range(2)]
    ems = [gen_email() for _ in range(3)]
    tables.append({"table": "dw_ods.ods_crm_cust_contact_di", "partition": "dt=20240610/prov_id=051", "row_count": rows, "columns": [
        col("contact_name", "string", "联系人姓名", rows, 3011992, 44102, L("艾" + R.choice(GIVEN1), N), L("邹" + R.choice(GIVEN2), N),
            [{"value": L(n, N), "count": c, "ratio": round(c / rows, 8)} for n, c in zip(common[4:9], cnts(5, 1300, 800))]),
        col("contact_phone", "string", "联系电话", rows, 8712330, 0, "00000000000", "19999999999",
            [{"value": "00000000000", "count": 120331, "ratio": round(120331 / rows, 8)},
             {"value": "13800138000", "count": 2013, "ratio": round(2013 / rows, 8)},
             {"value": "11111111111", "count": 877, "ratio": round(877 / rows, 8)}] +
            [{"value": L(x, PH), "count": c, "ratio": round(c / rows, 8)} for x, c in zip(ph, [37, 29])],
            [("1\\d{10}", 0.9512), ("0\\d{2,3}-\\d{7,8}", 0.0466), ("\\d{7,8}", 0.0022)], (7, 20, 11.03)),
        col("contact_email", "string", "邮箱", rows, 2210931, 6801223, L(ems[0], EM), "zzz@zzz.com",
            [{"value": "test@test.com", "count": 3120, "ratio": round(3120 / rows, 8)},
             {"value": "无", "count": 1702, "ratio": round(1702 / rows, 8)}] +
            [{"value": L(x, EM), "count": c, "ratio": round(c / rows, 8)} for x, c in zip(ems[1:], [11, 9])]),
        col("zip_code", "string", "邮编", rows, 4012, 0, "000000", "999999",
            [{"value": v, "count": c, "ratio": round(c / rows, 8)} for v, c in [("510000", 812331), ("510630", 203121),
                                                                               ("000000", 180221), ("518000", 90122), ("510620", 88123)]]),
    ]})
    # --- subs
    rows = 31877120
    mm = [gen_phone(), gen_phone()]
    ii = [gen_iccid("CM"), gen_iccid("CM")]
    tables.append({"table": "dw_dwd.dwd_user_subs_df", "partition": "dt=20240610/prov_id=051", "row_count": rows, "columns": [
        col("msisdn", "string", "手机号码", rows, rows - 5, 0, L(min(mm), PH), L(max(mm), PH),
            [{"value": L(x, PH), "count": 2, "ratio": round(2 / rows, 10)} for x in [gen_phone() for _ in range(5)]],
            [("1\\d{10}", 1.0)], (11, 11, 11.0)),
        col("imsi", "string", "IMSI", rows, rows - 1021, 388, "460000000000000", L(gen_imsi("08"), IMSI),
            [{"value": "460000000000000", "count": 388, "ratio": round(388 / rows, 10)}] +
            [{"value": L(gen_imsi(), IMSI), "count": c, "ratio": round(c / rows, 10)} for c in [3, 2, 2]]),
        col("iccid", "string", "ICCID", rows, rows - 22, 1203, L(min(ii), ICCID), L(max(ii), ICCID),
            [{"value": L(gen_iccid(), ICCID), "count": c, "ratio": round(c / rows, 10)} for c in [2, 2, 2, 2, 2]],
            [("8986\\d{16}", 0.9921), ("8986\\d{15}", 0.0077), ("8986\\d{14}[A-F]", 0.0002)]),
        col("imei", "string", "最近注册IMEI", rows, 24098112, 1822301, "000000000000000", "99999999999999",
            [{"value": "000000000000000", "count": 40213, "ratio": round(40213 / rows, 8)},
             {"value": "111111111111111", "count": 1288, "ratio": round(1288 / rows, 8)}] +
            [{"value": L(gen_imei(), IMEI), "count": c, "ratio": round(c / rows, 10)} for c in [41, 17, 9]]),
        col("home_city", "string", "归属地市", rows, 21, 0, "广东东莞", "广东韶关",
            [{"value": v, "count": R.randint(10 ** 6, 9 * 10 ** 6), "ratio": round(R.random() / 3, 6)} for v in ["广东广州", "广东深圳", "广东东莞", "广东佛山", "广东惠州"]]),
        col("arpu_3m", "decimal(12,2)", "近3月ARPU", rows, 88123, 0, "0.00", "38211.40",
            [{"value": v, "count": R.randint(10 ** 5, 10 ** 6), "ratio": round(R.random() / 10, 6)} for v in ["8.00", "18.00", "58.00", "0.00", "128.00"]]),
    ]})
    # --- http
    rows = 2381223911
    cc = [gen_cell("00"), gen_cell("00")]
    tables.append({"table": "dw_dwd.dwd_xdr_http_hi", "partition": "dt=20240610/prov_id=051/hh=20", "row_count": rows, "columns": [
        col("ue_ipv4", "string", "终端 IPv4", rows, 1822311, 301221, "0.0.0.0", L(gen_ip(), IP),
            [{"value": "0.0.0.0", "count": 301221, "ratio": round(301221 / rows, 8)}] +
            [{"value": L(gen_ip(), IP), "count": c, "ratio": round(c / rows, 8)} for c in cnts(4, 98000, 60000)]),
        col("host", "string", "访问域名", rows, 812331, 0, "0.ntp.org", "zz.bdstatic.com",
            [{"value": v, "count": R.randint(10 ** 7, 9 * 10 ** 7), "ratio": round(R.random() / 20, 6)} for v in
             ["api.weixin.qq.com", "mmbiz.qpic.cn", "dns.alidns.com", "p3-pc.douyinpic.com", "v.qq.com"]]),
        col("ecgi", "string", "小区", rows, 88231, 120331, L(min(cc), CELL), L(max(cc), CELL),
            [{"value": L(gen_cell("00"), CELL), "count": c, "ratio": round(c / rows, 8)} for c in cnts(5, 3900000, 2100000)]),
        col("dl_bytes", "bigint", "下行字节", rows, 9812331, 0, "0", "21474836470",
            [{"value": v, "count": R.randint(10 ** 6, 10 ** 7), "ratio": round(R.random() / 20, 6)} for v in ["0", "40", "52", "1460", "64"]]),
    ]})
    # --- iov
    rows = 12093311
    tables.append({"table": "dw_dwd.dwd_iov_gps_hi", "partition": "dt=20240610/prov_id=051/hh=08", "row_count": rows, "columns": [
        col("plate_no", "string", "车牌号", rows, 40218, 88123, "-", "粤Z·临时",
            [{"value": "未上牌", "count": 88123, "ratio": round(88123 / rows, 8)}] +
            [{"value": L(gen_plate("粤"), PLATE), "count": c, "ratio": round(c / rows, 8)} for c in cnts(4, 1440, 1200)]),
        col("lnglat", "string", "经度,纬度", rows, 10922131, 0, "0.000000,0.000000", "180.000000,90.000000",
            [{"value": "0.000000,0.000000", "count": 120331, "ratio": round(120331 / rows, 8)}] +
            [{"value": L(gen_ll(R.choice(["广州市", "深圳市"])), LL), "count": c, "ratio": round(c / rows, 8)} for c in cnts(4, 900, 300)]),
        col("speed", "double", "km/h", rows, 2201, 0, "0.0", "187.5",
            [{"value": v, "count": R.randint(10 ** 5, 10 ** 6), "ratio": round(R.random() / 5, 6)} for v in ["0.0", "0.5", "36.0", "42.5", "60.0"]]),
    ]})
    rep = {"profiler": "dp-profiler", "version": "2.3.1", "run_id": ruuid(), "engine": "spark-3.3.2 (yarn queue dw_profile)",
           "generated_at": "2024-06-10T05:41:22+08:00", "sample": "FULL", "top_k": 5,
           "note": "top5/min/max 为原值, 报告按 L4 管理; 下游展示须经 mask-gateway",
           "tables": tables}
    d.w(jd(rep, indent=2))
    d.w("\n")
    return d


# ============================================================================= Hive / Spark SQL jobs

def f_etl():
    d = Doc("etl_jobs_dw_user.sql")
    au1, au2, au3 = staff("黄志强"), staff("马俊"), staff("许文博")
    d.ln("-- ============================================================================")
    d.ln("-- 仓库 bigdata/dw-jobs  目录 user/   (Hive on Tez 0.10 / Spark SQL 3.3)")
    d.ln("-- 本文件由 CI 合并多个作业脚本生成, 仅供代码评审 (MR !2817)")
    d.ln("-- ============================================================================")
    d.ln()
    # job 1
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("-- job: load_dwd_user_subs_df      owner: ", (au1.name, N), "  (", au1.eno, ")")
    d.ln("-- 调度: Airflow dw_user_daily / 02:00   依赖: ods_crm_subs_df, ods_crm_cust_base_di")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("SET hive.exec.dynamic.partition.mode=nonstrict;")
    d.ln("SET hive.exec.max.dynamic.partitions=2000;")
    d.ln("SET mapreduce.job.queuename=dw_etl;")
    d.ln("SET tez.am.resource.memory.mb=8192;")
    d.ln("ADD JAR hdfs://nameservice1/lib/udf/hx-crypto-udf-1.4.2.jar;")
    d.ln("CREATE TEMPORARY FUNCTION sm4_enc AS 'com.hxtel.crypto.udf.Sm4Encrypt';")
    d.ln("CREATE TEMPORARY FUNCTION mask_keep AS 'com.hxtel.crypto.udf.MaskKeep';")
    d.ln()
    d.ln("INSERT OVERWRITE TABLE dw_dwd.dwd_user_subs_df PARTITION (dt = '${dt}', prov_id)")
    d.ln("SELECT s.subs_id,")
    d.ln("       s.msisdn,")
    d.ln("       md5(s.msisdn)                                   AS msisdn_md5,")
    d.ln("       CASE WHEN s.imsi RLIKE '^460(0[0-9]|1[15]|20)[0-9]{10}$' THEN s.imsi END AS imsi,")
    d.ln("       CASE WHEN s.iccid RLIKE '^8986[0-9A-F]{15,16}$' THEN upper(s.iccid) END AS iccid,")
    d.ln("       CASE WHEN s.imei RLIKE '^[0-9]{14,16}$' AND s.imei NOT IN ('000000000000000', '111111111111111') THEN s.imei END AS imei,")
    d.ln("       s.cust_id,")
    d.ln("       sm4_enc(c.cert_no, 'kms://dw/cert-key/v3')        AS cert_no_enc,")
    d.ln("       s.brand_id, s.product_id, s.open_date, s.home_city, s.subs_status,")
    d.ln("       round(coalesce(a.arpu_3m, 0), 2)                 AS arpu_3m,")
    d.ln("       s.prov_id")
    d.ln("  FROM dw_ods.ods_crm_subs_df s")
    d.ln("  LEFT JOIN dw_ods.ods_crm_cust_base_di c ON c.cust_id = s.cust_id AND c.dt = '${dt}'")
    d.ln("  LEFT JOIN dw_dws.dws_acct_arpu_m a ON a.subs_id = s.subs_id AND a.month_id = substr('${dt}', 1, 6)")
    d.ln(" WHERE s.dt = '${dt}'")
    d.ln("   AND s.msisdn RLIKE '^1(3[0-9]|4[579]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])[0-9]{8}$'")
    d.ln("   AND s.msisdn NOT IN ('00000000000', '13800138000', '11111111111', '19999999999')   -- 占位号码")
    dup = [gen_phone() for _ in range(3)]
    d.ln("   -- 排查 2024-06-05 重复数据 (DW-INC-0605), 用完注释:")
    d.ln("   -- AND s.msisdn IN (", ", ".join(sq(L(x, PH)) for x in dup), ")")
    d.ln(";")
    d.ln()
    # job 2
    p = Person()
    q = Person()
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("-- adhoc: INC-20240607-011 用户投诉账单号码与实名不符   (Spark SQL, Kyuubi 会话)")
    d.ln("-- 排查人: ", (au2.name, N), "   结论: 割接时 cust_id 映射错误, 见 CHG-20240601-0032")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("SELECT s.subs_id, s.msisdn, s.imsi, s.iccid, s.cust_id, s.open_date")
    d.ln("  FROM dw_dwd.dwd_user_subs_df s")
    d.ln(" WHERE s.dt = '20240606'")
    d.ln("   AND (s.msisdn = ", sq(L(p.phone, PH)), " OR s.imsi = ", sq(L(p.imsi, IMSI)), ");")
    d.ln()
    d.ln("SELECT cust_id, cust_name, cert_no, birthday, cert_addr")
    d.ln("  FROM dw_ods.ods_crm_cust_base_di")
    d.ln(" WHERE dt BETWEEN '20240529' AND '20240606'")
    d.ln("   AND cert_no IN (", sq(L(p.rid, RID)), ", ", sq(L(q.rid, RID)), ")")
    d.ln("   -- AND cust_name = ", sq(L(p.name, N)))
    d.ln(" ORDER BY update_time DESC")
    d.ln(" LIMIT 100;")
    d.ln()
    d.ln("-- 核对 BOSS 侧 (通过 Kyuubi JDBC catalog boss_ro)")
    d.ln("SELECT BILL_ID, SUB_BILL_ID, SIM_ICCID, IMEI FROM boss_ro.BOSS.CM_SUBSCRIBER WHERE SIM_ICCID = ", sq(L(p.iccid, ICCID)),
         " OR IMEI = ", sq(L(p.imei, IMEI)), ";")
    d.ln()
    # job 3
    cell = gen_cell("00")
    who = gen_phone()
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("-- job: dws_user_loc_hour   owner: ", (au3.name, N))
    d.ln("-- 口径: 每小时取驻留时长最长的小区为主驻留小区, 坐标取小区工参表中心点, geohash 7 位 (~153m)")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("WITH sig AS (")
    d.ln("  SELECT msisdn,")
    d.ln("         ecgi,")
    d.ln("         regexp_extract(ecgi, '^460-(\\\\d{2})-(\\\\d+)-(\\\\d+)$', 2) AS enb_id,")
    d.ln("         from_unixtime(cast(start_time / 1000 AS bigint), 'yyyyMMddHH') AS hour,")
    d.ln("         lead(start_time) OVER (PARTITION BY msisdn ORDER BY start_time) - start_time AS dur_ms")
    d.ln("    FROM dw_dwd.dwd_xdr_s1mme_hi")
    d.ln("   WHERE dt = '${dt}' AND hh = '${hh}'")
    d.ln("     AND ecgi RLIKE '^460-(00|01|11)-[0-9]{1,7}-[0-9]{1,5}$'")
    d.ln("     -- AND msisdn = '86XXXXXXXXXXX'   -- 模板, 勿提交真实号码")
    d.ln("     -- 2024-06-08 调试: AND ecgi = ", sq(L(cell, CELL)), " AND msisdn = ", sq(L("86" + who, PH)))
    d.ln(")")
    d.ln("INSERT OVERWRITE TABLE dw_dws.dws_user_loc_hour PARTITION (dt = '${dt}', prov_id = '051')")
    d.ln("SELECT md5(msisdn), hour, ecgi, p.lng, p.lat, cast(sum(dur_ms) / 60000 AS int), geohash_encode(p.lat, p.lng, 7)")
    d.ln("  FROM sig JOIN dim.dim_cell_param p ON p.ecgi = sig.ecgi")
    d.ln(" GROUP BY md5(msisdn), hour, ecgi, p.lng, p.lat;")
    d.ln()
    # job 4: detection UDF registration and unit test
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("-- lib: PI 识别规则 (与 dsg-scanner 规则库 2024.05.3 同步; 仅正则, 不含校验位逻辑)")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("CREATE OR REPLACE TEMPORARY VIEW pi_rules AS SELECT * FROM VALUES")
    rules = [("PHONE_NUMBER", "(?<!\\\\d)(?:\\\\+?86[- ]?)?1[3-9]\\\\d{9}(?!\\\\d)"),
             ("CHINA_RESIDENT_ID_NUMBER", "(?<![0-9A-Za-z])[1-9]\\\\d{5}(18|19|20)\\\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\\\d|3[01])\\\\d{3}[\\\\dXx](?![0-9A-Za-z])"),
             ("EMAIL_ADDRESS", "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}"),
             ("BANK_CARD_NUMBER", "(?<!\\\\d)62\\\\d{14,17}(?!\\\\d)"),
             ("IMSI_ID", "(?<!\\\\d)460(0[0-9]|1[15]|20)\\\\d{10}(?!\\\\d)"),
             ("IMEI_HARDWARE_ID", "(?<!\\\\d)\\\\d{15}(?!\\\\d)"),
             ("ICCID_NUMBER", "(?<![0-9A-F])8986[0-9A-F]{15,16}(?![0-9A-F])"),
             ("IP_ADDRESS", "(?<![\\\\d.])(?:(?:25[0-5]|2[0-4]\\\\d|1?\\\\d?\\\\d)\\\\.){3}(?:25[0-5]|2[0-4]\\\\d|1?\\\\d?\\\\d)(?![\\\\d.])"),
             ("CHINA_LICENSE_PLATE", "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}"),
             ("CELL_ID", "460-(00|01|11)-\\\\d{1,7}-\\\\d{1,5}"),
             ("LOCATION_COORDINATES", "(?<![\\\\d.])(7[3-9]|1[0-3]\\\\d)\\\\.\\\\d{4,8},\\\\s?([1-4]\\\\d|5[0-3])\\\\.\\\\d{4,8}")]
    d.ln(",\n".join("  ('%s', '%s', %d)" % (n_, r, 100 + i) for i, (n_, r) in enumerate(rules)))
    d.ln("  AS t(pi_type, pattern, priority);")
    d.ln()
    d.ln("-- 单元测试 (test_pi_rules.sql): 正例 / 反例")
    tv = Person()
    tests = [("手机 " + L(tv.phone, PH) + " 已停机", "PHONE_NUMBER", 1), ("订单号 2024061100123456789", "PHONE_NUMBER", 0),
             ("号段不存在 " + gen_bad_phone(), "PHONE_NUMBER", 0), ("证件 " + L(tv.rid, RID), "CHINA_RESIDENT_ID_NUMBER", 1),
             ("校验位错误 " + bad_rid(), "CHINA_RESIDENT_ID_NUMBER", 0), ("卡号 " + L(tv.card, BC), "BANK_CARD_NUMBER", 1),
             ("时间戳 1718035212873", "PHONE_NUMBER", 0), ("版本 10.0.19041.1", "IP_ADDRESS", 0),
             ("客户端 " + L(tv.ip, IP), "IP_ADDRESS", 1), ("车牌 " + L(gen_plate(), PLATE), "CHINA_LICENSE_PLATE", 1)]
    d.ln("SELECT assert_true(size(pi_detect(input, pi_type)) = expected) FROM VALUES")
    d.ln(",\n".join(["  ('" + a_ + "', '" + b_ + "', " + str(c_) + ")" for a_, b_, c_ in tests]))
    d.ln("  AS t(input, pi_type, expected);")
    d.ln()
    # job 5: iov
    pl, ic = gen_plate("粤"), gen_iccid("CU")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("-- adhoc: 车联网轨迹缺失排查 (客户经理工单 IOV-0611-0007)   Spark SQL")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("SELECT vin, plate_no, iccid, from_unixtime(gps_time DIV 1000) AS t, lnglat, speed")
    d.ln("  FROM dw_dwd.dwd_iov_gps_hi")
    d.ln(" WHERE dt = '20240610' AND plate_no = ", sq(L(pl, PLATE)))
    d.ln("    OR (dt = '20240610' AND iccid = ", sq(L(ic, ICCID)), ")")
    d.ln(" ORDER BY gps_time;")
    d.ln("-- 结果: 08:12-09:47 无轨迹点, 最后一点 ", (gen_ll("广州市"), LL), ", T-Box 离线 (掉电), 非平台问题")
    d.ln()
    # job 6: export
    tk = gen_phone()
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("-- job: ads_export_partner_daily  (合作方: 某保险公司, 合同 TR-2024-031, 字段经 DSG 审批 DX-20240612-017)")
    d.ln("-- ---------------------------------------------------------------------------")
    d.ln("INSERT OVERWRITE TABLE dw_ads.ads_export_partner_daily PARTITION (dt = '${dt}', prov_id = '051')")
    d.ln("SELECT hex(hmac_sm3(msisdn, '${partner_key_ref}')) AS user_token,")
    d.ln("       CASE WHEN age < 25 THEN '18-24' WHEN age < 35 THEN '25-34' WHEN age < 45 THEN '35-44' ELSE '45+' END AS age_band,")
    d.ln("       city,")
    d.ln("       tags")
    d.ln("  FROM dw_dws.dws_cust_profile_m")
    d.ln(" WHERE month_id = substr('${dt}', 1, 6)")
    d.ln("   AND consent_partner_share = 1        -- 单独同意 (PIPL 第23条)")
    d.ln("   AND NOT array_contains(tags, 'MINOR');")
    d.ln("-- 抽检: SELECT hex(hmac_sm3(", sq(L(tk, PH)), ", '${partner_key_ref}'));  -- 期望 ", sha256(tk)[:32].upper())
    return d


# ============================================================================= masking policy

def fpe_phone(p):
    while True:
        n = p[:3] + digits(8)
        if is_mobile(n) and n != p:
            USED.add(n)
            return n


def fpe_rid(r):
    b = r[:14] + "%03d" % ((int(r[14:17]) + R.randint(2, 400) * 2) % 1000)
    return b + ric_check(b)


def f_masking():
    d = Doc("masking_policy.yaml")
    mnt, apv = staff("赵敏"), staff("孙建军")
    d.ln("# 数据脱敏策略 (mask-gateway / Spark UDF / Flink 共用)")
    d.ln("# git: bigdata/dsg-policy  policies/mask_policy.yaml   评审: MR !611")
    d.ln("# 维护: ", (mnt.name, N), " (数据安全组)   审批: ", (apv.name, N))
    d.ln("# 变更: 5.2.0 新增 FPE_FF1_IMSI; TRUNC_IP 由 /16 改 /24; 测试向量改为从 UAT 抽样 (见 DSG-1177)")
    d.ln("apiVersion: dsg.hxtel.com.cn/v1")
    d.ln("kind: MaskPolicy")
    d.ln("metadata:")
    d.ln("  name: cust-pi-default")
    d.ln("  version: 5.2.0")
    d.ln("  updated: '2024-06-07T16:20:00+08:00'")
    d.ln("  owner: ", (mnt.name, N))
    d.ln("  ownerEmail: ", (mnt.email, EM))
    d.ln("  escalation: dsg-oncall@hxtel.com.cn")
    d.ln("spec:")
    d.ln("  keyRef:")
    d.ln("    provider: vault")
    d.ln("    addr: https://vault.hxtel.local:8200")
    d.ln("    transitPath: transit/keys/dsg-fpe-v3")
    d.ln("    hmacPath: transit/hmac/dsg-pseudo-v2")
    d.ln("    token: \"${VAULT_TOKEN}\"")
    d.ln("  profiles:")
    d.ln("    prod: {keyRef: {token: \"${VAULT_TOKEN}\"}, failMode: CLOSED}")
    d.ln("    uat:  {keyRef: {token: \"******\"}, failMode: CLOSED}")
    d.ln("    dev:")
    d.ln("      failMode: OPEN")
    d.ln("      keyRef:")
    d.ln("        token: ", yq(L("hvs." + rtok(24), CRED)), "   # TODO: 本地联调临时 token, 合并前删除")
    d.ln("  algorithms:")
    algs = [("KEEP_3_4", "mask", "{keepPrefix: 3, keepSuffix: 4, maskChar: '*'}"),
            ("KEEP_6_4", "mask", "{keepPrefix: 6, keepSuffix: 4, maskChar: '*'}"),
            ("KEEP_FIRST", "mask", "{keepPrefix: 1, keepSuffix: 0, maskChar: '*', keepMiddleDot: true}"),
            ("KEEP_FIRST_DOMAIN", "mask", "{keepPrefix: 1, keepAfter: '@', maskWith: '***'}"),
            ("HMAC_SM3", "pseudonymize", "{keyRef: hmacPath, output: hex, truncate: 32, normalize: [strip_86, upper_x]}"),
            ("FPE_FF1_MOBILE", "fpe", "{radix: 10, keepPrefix: 3, tweak: hx-mobile, requireValidRange: true}"),
            ("FPE_FF1_RID", "fpe", "{radix: 10, keep: [region, birth], encrypt: [sequence], recomputeCheck: true}"),
            ("FPE_FF1_IMSI", "fpe", "{radix: 10, keepPrefix: 5, tweak: hx-imsi}"),
            ("GENERALIZE_DISTRICT", "generalize", "{level: district, source: std-addr-v4}"),
            ("GENERALIZE_YEAR", "generalize", "{granularity: year}"),
            ("TRUNC_IP", "mask", "{ipv4Prefix: 24, ipv6Prefix: 48, render: wildcard}"),
            ("GEOHASH_5", "generalize", "{precision: 5}"),
            ("NULLIFY", "suppress", "{}")]
    for a_, t_, p_ in algs:
        d.ln("    - id: %s" % a_)
        d.ln("      type: %s" % t_)
        d.ln("      params: %s" % p_)
    d.ln("  rules:")
    rules = [("PHONE_NUMBER", "[msisdn, bill_id, contact_phone, holder_phone, login_name, '手机', '联系电话']", "KEEP_3_4", "HMAC_SM3", "FPE_FF1_MOBILE"),
             ("CHINA_RESIDENT_ID_NUMBER", "[cert_no, cert_code, holder_cert_no, '身份证号']", "KEEP_6_4", "HMAC_SM3", "FPE_FF1_RID"),
             ("PERSON_NAME", "[cust_name, contact_name, card_holder, acct_name, '姓名']", "KEEP_FIRST", "NULLIFY", "KEEP_FIRST"),
             ("EMAIL_ADDRESS", "[email, contact_email, bill_email]", "KEEP_FIRST_DOMAIN", "HMAC_SM3", "KEEP_FIRST_DOMAIN"),
             ("STREET_ADDRESS", "[cert_addr, mail_addr, install_addr, bill_addr]", "GENERALIZE_DISTRICT", "GENERALIZE_DISTRICT", "GENERALIZE_DISTRICT"),
             ("DATE_OF_BIRTH", "[birthday, birth_date]", "GENERALIZE_YEAR", "GENERALIZE_YEAR", "GENERALIZE_YEAR"),
             ("BANK_CARD_NUMBER", "[bank_card_no, card_no, bank_acct_no]", "KEEP_6_4", "NULLIFY", "KEEP_6_4"),
             ("IMSI_ID", "[imsi, sub_bill_id]", "KEEP_3_4", "HMAC_SM3", "FPE_FF1_IMSI"),
             ("IMEI_HARDWARE_ID", "[imei, tbox_imei]", "KEEP_6_4", "HMAC_SM3", "HMAC_SM3"),
             ("ICCID_NUMBER", "[iccid, sim_iccid]", "KEEP_6_4", "HMAC_SM3", "HMAC_SM3"),
             ("IP_ADDRESS", "[login_ip, ue_ipv4, ue_ipv6, client_ip]", "TRUNC_IP", "TRUNC_IP", "TRUNC_IP"),
             ("CELL_ID", "[ecgi, main_ecgi, cell_id]", "NULLIFY", "HMAC_SM3", "HMAC_SM3"),
             ("LOCATION_COORDINATES", "[lnglat, last_lnglat, 'lng+lat']", "NULLIFY", "GEOHASH_5", "GEOHASH_5"),
             ("CHINA_LICENSE_PLATE", "[plate_no]", "KEEP_FIRST", "HMAC_SM3", "KEEP_FIRST"),
             ("CREDENTIAL", "[login_pwd, pay_pwd, pppoe_pwd, jdbc_password, token]", "NULLIFY", "NULLIFY", "NULLIFY")]
    for t_, f_, cs, an, te in rules:
        d.ln("    - piType: %s" % t_)
        d.ln("      fields: %s" % f_)
        d.ln("      byRole: {CS_AGENT: %s, ANALYST: %s, PARTNER: %s, TEST_ENV: %s}" % (cs, an, an if an != "FPE_FF1_MOBILE" else "HMAC_SM3", te))
    d.ln("  # 测试向量: CI (mask-gateway/test/test_vectors.py) 逐条断言 expected; 输入取自 UAT 库抽样, 属真实格式数据, 本文件按 L3 管理")
    d.ln("  testVectors:")

    def tv(alg, inp, exp, note=None):
        d.ln("    - {alg: %s, in: %s, expected: %s%s}" % (alg, yq(inp), yq(exp), (", note: " + note) if note else ""))
    for _ in range(3):
        p = gen_phone()
        tv("KEEP_3_4", L(p, PH), mask_phone(p))
    p = gen_phone()
    tv("KEEP_3_4", L("+86 " + p[:3] + " " + p[3:7] + " " + p[7:], PH), "+86 " + p[:3] + " **** " + p[7:], "保留分隔符")
    tv("KEEP_3_4", "1XXXXXXXXXX", "1XXXXXXXXXX", "非法输入原样返回")
    tv("KEEP_3_4", "13800138000", "138****8000", "占位号码")
    for _ in range(3):
        p = gen_phone()
        tv("FPE_FF1_MOBILE", L(p, PH), L(fpe_phone(p), PH))
    bp = gen_bad_phone()
    tv("FPE_FF1_MOBILE", bp, "ERR_INVALID_RANGE", "号段不存在")
    for _ in range(3):
        p = gen_phone()
        tv("HMAC_SM3", L(p, PH), sha256("k" + p)[:32])
    tv("HMAC_SM3", L("86" + p, PH), sha256("k" + p)[:32], "strip_86 后与上式同一 token")
    for _ in range(3):
        r = gen_rid()
        tv("KEEP_6_4", L(r, RID), mask_rid(r))
    for _ in range(3):
        r = gen_rid()
        tv("FPE_FF1_RID", L(r, RID), L(fpe_rid(r), RID))
    br = bad_rid()
    tv("FPE_FF1_RID", br, "ERR_CHECKSUM", "校验位错误")
    tv("KEEP_6_4", "11010119900101XXXX", "ERR_FORMAT")
    for _ in range(2):
        n = gen_name()
        tv("KEEP_FIRST", L(n, N), mask_name(n))
    n = R.choice(MINORITY[:4])
    tv("KEEP_FIRST", L(n, N), mask_name(n), "keepMiddleDot")
    tv("KEEP_FIRST", "张三", "张*", "占位姓名")
    for _ in range(2):
        e = gen_email()
        tv("KEEP_FIRST_DOMAIN", L(e, EM), mask_email(e))
    tv("KEEP_FIRST_DOMAIN", "zhangsan@example.com", "z***@example.com")
    for _ in range(2):
        pp = Person()
        tv("GENERALIZE_DISTRICT", L(pp.addr, ADDR), pp.ap[0] + pp.ap[1] + pp.ap[2])
    for _ in range(2):
        b = rdate(1950, 2005)
        tv("GENERALIZE_YEAR", L(fmt_date(b, R.choice(["iso", "compact"])), DOB), str(b.year))
    for _ in range(2):
        c = gen_card()
        tv("KEEP_6_4", L(c, BC), mask_card(c))
    c = bad_card()
    tv("KEEP_6_4", c, mask_card(c), "Luhn 不校验, 仅按长度")
    for _ in range(2):
        im = gen_imsi(R.choice(["00", "01", "11"]))
        out = im[:5] + digits(10)
        USED.add(out)
        tv("FPE_FF1_IMSI", L(im, IMSI), L(out, IMSI))
    im = gen_imei()
    tv("HMAC_SM3", L(im, IMEI), sha256("k" + im)[:32])
    ic = gen_iccid()
    tv("KEEP_6_4", L(ic, ICCID), ic[:6] + "*" * 10 + ic[-4:])
    ip = gen_ip()
    tv("TRUNC_IP", L(ip, IP), ip.rsplit(".", 1)[0] + ".*")
    ip6 = gen_ipv6()
    tv("TRUNC_IP", L(ip6, IP), ":".join(ip6.split(":")[:3]) + "::*")
    tv("TRUNC_IP", "127.0.0.1", "127.0.0.*", "回环地址")
    ll = gen_ll("深圳市")
    tv("GEOHASH_5", L(ll, LL), "ws10" + R.choice("5hjkm"))
    tv("HMAC_SM3", L(gen_cell("00"), CELL), sha256(str(R.random()))[:32])
    pl = gen_plate("粤")
    tv("KEEP_FIRST", L(pl, PLATE), pl[:2] + "*" * (len(pl) - 2))
    tv("NULLIFY", L(gen_password(), CRED), "", "口令类一律置空")
    tv("NULLIFY", "${DB_PASSWORD}", "")
    return d


# ============================================================================= export approval tickets

def f_ticket():
    d = Doc("export_approval_tickets_202406.md")
    app, dep, sec, law, boss = staff("周婷婷"), staff("何丽娟"), staff("赵敏"), staff("邓晓燕"), staff("孙建军")
    partner = gen_name()
    pphone = gen_phone()
    d.ln("# 数据导出审批单 (导出自 数据服务门户 / 工单中心, 2024-06-12 18:02)")
    d.ln()
    d.ln("> 本文件含审批单正文、审批流与附件摘录, 按 L4 管理. 附件原件见工单系统.")
    d.ln()
    d.ln("## DX-20240612-017  合作方联合营销数据导出  [状态: 已通过(附条件)]")
    d.ln()
    d.ln("| 项目 | 内容 |")
    d.ln("|---|---|")
    d.ln("| 申请人 | ", (app.name, N), " (", app.eno, ") |")
    d.ln("| 部门 | 市场经营部 / 客户运营中心 |")
    d.ln("| 联系电话 | ", (app.phone, PH), " |")
    d.ln("| 邮箱 | ", (app.email, EM), " |")
    d.ln("| 申请时间 | 2024-06-12 09:41:07 |")
    d.ln("| 数据来源 | dw_dws.dws_cust_profile_m (2024-05), dw_dwd.dwd_user_subs_df (dt=20240531) |")
    d.ln("| 导出字段 | user_token (HMAC-SM3), age_band, city, tags |")
    d.ln("| 明文 PI 字段 | 无 |")
    d.ln("| 预计行数 | 1,283,112 (已获\"向第三方提供\"单独同意用户 1,301,877 人, 剔除未成年 18,765) |")
    d.ln("| 用途 | 与合作方 (某财产保险股份有限公司广东分公司, 合同 TR-2024-031) 开展车险联合营销, 期限 2024-06-15 至 2024-09-30 |")
    d.ln("| 接收方对接人 | ", (partner, N), " / ", (pphone, PH), " |")
    d.ln("| 传输方式 | SFTP (sftp-ext.hxtel.com.cn:22, 账号 tr2024031, PGP 公钥指纹 3F2A 9C01 77B4 E2D8 0A6C  51E9 8B3D 42C7 9E10 AA58) |")
    d.ln("| 销毁要求 | 合作期满后 7 日内销毁并出具销毁证明 |")
    d.ln()
    d.ln("### 审批流")
    d.ln()
    d.ln("| 节点 | 审批人 | 结果 | 意见 | 时间 |")
    d.ln("|---|---|---|---|---|")
    d.ln("| 部门负责人 | ", (dep.name, N), " | 同意 | 业务必要 | 2024-06-12 10:15 |")
    d.ln("| 数据安全 | ", (sec.name, N), " | 有条件同意 | city 只保留地市级; 删除附件1 明文样例; token 使用合作方专属密钥 | 2024-06-12 14:02 |")
    d.ln("| 法务合规 | ", (law.name, N), " | 同意 | 单独同意文本版本 v2.3 已核对 | 2024-06-12 15:40 |")
    d.ln("| 分管领导 | ", (boss.name, N), " | 同意 | | 2024-06-12 17:55 |")
    d.ln()
    d.ln("### 附件1: 样例数据 (申请人上传 sample_0612.csv 前 6 行, **含明文, 已要求删除**)")
    d.ln()
    d.ln("```csv")
    d.ln("msisdn,cust_name,age,city,district,tags")
    for _ in range(6):
        p = Person(22, 60)
        d.ln(L(p.phone, PH), ",", L(p.name, N), ",%d,%s,%s" % (2024 - p.dob.year, R.choice(["广州,天河区", "深圳,南山区", "佛山,顺德区", "广州,番禺区"]),
                                                                R.choice(["有车|高价值", "有车", "车险到期30天", "新能源车主"])))
    d.ln("```")
    d.ln()
    d.ln("### 附件2: 脱敏后样例 (DSG 自动生成)")
    d.ln()
    d.ln("```csv")
    d.ln("user_token,age_band,city,tags")
    for _ in range(6):
        d.ln("%s,%s,%s,%s" % (sha256(str(R.random()))[:32].upper(), R.choice(["25-34", "35-44", "45+"]), R.choice(["广州", "深圳", "佛山"]),
                              R.choice(["有车|高价值", "有车", "车险到期30天"])))
    d.ln("```")
    d.ln()
    d.ln("### 评论")
    d.ln()
    d.ln("- **", (sec.name, N), "** 2024-06-12 14:03: 附件1 含明文手机号和姓名, 违反《数据导出管理办法》第 9 条, 请在 24 小时内删除并重新上传脱敏样例. 另: 申请单中请勿填写客户号码作为示例 (如 138****5678 即可).")
    d.ln("- **", (app.name, N), "** 2024-06-12 14:30: 已删除, 重新上传为附件2. 抱歉, 样例是从 ", (staff("林佳怡").name, N), " 给的取数结果里直接复制的.")
    d.ln("- **", (law.name, N), "** 2024-06-12 15:38: 合同附件三已约定数据用途与销毁, OK.")
    d.ln()
    d.ln("---")
    d.ln()
    # ticket 2 - rejected collections export
    app2, sec2 = staff("冼国栋"), staff("谢磊")
    d.ln("## DX-20240605-009  欠费催收外包数据导出  [状态: 已驳回]")
    d.ln()
    d.ln("| 项目 | 内容 |")
    d.ln("|---|---|")
    d.ln("| 申请人 | ", (app2.name, N), " (", app2.eno, "), 账务中心 |")
    d.ln("| 联系电话 | ", (app2.phone, PH), " |")
    d.ln("| 导出字段 | 姓名, 身份证号, 手机号, 证件地址, 欠费金额, 代扣银行卡号 |")
    d.ln("| 预计行数 | 48,213 (欠费 > 90 天, 金额 > 200 元) |")
    d.ln("| 接收方 | 某信息咨询有限公司 (催收外包, 统一社会信用代码 ", gen_uscc(), ") |")
    d.ln("| 用途 | 委托催收 |")
    d.ln()
    d.ln("| 节点 | 审批人 | 结果 | 意见 | 时间 |")
    d.ln("|---|---|---|---|---|")
    d.ln("| 数据安全 | ", (sec2.name, N), " | 驳回 | 受托方未在受托方名录 (trustee registry) 中, 无委托处理合同; 银行卡号不属于催收必要字段 (最小必要); 证件号需脱敏 | 2024-06-05 16:20 |")
    d.ln()
    d.ln("附件 sample_debt.xlsx 摘录 (申请人粘贴于正文):")
    d.ln()
    d.ln("| 姓名 | 身份证号 | 手机号 | 证件地址 | 欠费金额 | 代扣卡号 |")
    d.ln("|---|---|---|---|---|---|")
    for _ in range(5):
        p = Person(25, 70)
        d.ln("| ", (p.name, N), " | ", (p.rid, RID), " | ", (p.phone, PH), " | ", (p.addr, ADDR), " | %.2f | " % R.uniform(200, 3000),
             (p.card, BC) if R.random() < 0.7 else "-", " |")
    d.ln()
    d.ln("---")
    d.ln()
    # ticket 3 - police assistance
    app3 = staff("吴昊")
    tgt = Person(20, 50)
    d.ln("## DX-20240608-002  公安机关协查调证  [状态: 已完成]")
    d.ln()
    d.ln("| 项目 | 内容 |")
    d.ln("|---|---|")
    d.ln("| 申请人 | ", (app3.name, N), " (安全保卫部) |")
    d.ln("| 依据 | 调取证据通知书 穗公(天)调证字〔2024〕061201 号, 两名民警持证到场, 证件已核验存档 |")
    d.ln("| 调取范围 | 号码 ", (tgt.phone, PH), " 2024-06-01 00:00 至 2024-06-07 23:59 的通话详单与位置 |")
    d.ln("| 导出介质 | 加密 U 盘 (资产号 HX-USB-00317), 口令线下交付 |")
    d.ln()
    d.ln("导出结果摘要 (完整数据见加密介质, 此处仅留存核对信息):")
    d.ln()
    d.ln("- 用户: ", (tgt.name, N), ", 证件 ", (tgt.rid, RID), ", IMSI ", (tgt.imsi, IMSI), ", 终端 IMEI ", (tgt.imei, IMEI))
    d.ln("- 通话详单 312 条, 短信 88 条, 上网会话 4,213 条")
    d.ln("- 高频驻留小区: ", ", ".join(L(gen_cell("00"), CELL) for _ in range(3)))
    d.ln("- 导出文件 SHA-256: ", sha256("DX-20240608-002"))
    d.ln("- 交接人: ", (app3.name, N), "  监交: ", (staff("郑雅文").name, N), "  时间: 2024-06-08 16:40")
    return d


# ============================================================================= scheduler task logs

def f_tasklogs():
    d = Doc("scheduler_task_logs_20240611.log")
    t = dt.datetime(2024, 6, 11, 2, 0, 4)

    def af(msg_parts, src="taskinstance.py:1157", lvl="INFO", step=None):
        nonlocal t
        t += dt.timedelta(seconds=step if step is not None else R.randint(0, 3))
        d.ln("[%s CST] {%s} %s - " % (t.strftime("%Y-%m-%d, %H:%M:%S"), src, lvl), msg_parts)

    d.ln("*** Reading local file: /opt/airflow/logs/dag_id=dw_user_daily/run_id=scheduled__2024-06-10T18:00:00+00:00/task_id=load_ods_crm_cust/attempt=1.log")
    af("Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: dw_user_daily.load_ods_crm_cust scheduled__2024-06-10T18:00:00+00:00 [queued]>")
    af("Starting attempt 1 of 3", "taskinstance.py:1359")
    af("Executing <Task(SparkSubmitOperator): load_ods_crm_cust> on 2024-06-10 18:00:00+00:00", "taskinstance.py:1380")
    af("Started process %d to run task" % R.randint(100000, 999999), "standard_task_runner.py:57")
    af("Running: ['airflow', 'tasks', 'run', 'dw_user_daily', 'load_ods_crm_cust', 'scheduled__2024-06-10T18:00:00+00:00', '--job-id', '%d', '--raw', '--subdir', 'DAGS_FOLDER/dw_user_daily.py']" % R.randint(10 ** 6, 10 ** 7), "standard_task_runner.py:84")
    af("Using connection ID 'crm_mysql_ro' for task execution.", "base.py:73")
    af(["Spark-Submit cmd: spark-submit --master yarn --deploy-mode cluster --queue dw_etl --conf spark.sql.shuffle.partitions=800 "
        "--conf spark.executor.memory=8g --jars /opt/jars/mysql-connector-j-8.0.33.jar --name load_ods_crm_cust "
        "--class com.hxtel.dw.OdsLoader /opt/jobs/dw-ods-loader-2.7.4.jar --jdbc-url jdbc:mysql://crm-db-s02.gz.hxtel.local:3306/crm_user "
        "--user etl_ro --password ******** --table t_cust_base --dt 20240610 --prov 051"], "spark_submit.py:340")
    af("Identified spark driver id: application_1717563012873_48213", "spark_submit.py:491", step=25)
    for stage, took in [(0, 31.2), (1, 187.9), (2, 421.87)]:
        af("24/06/11 %s INFO DAGScheduler: Job %d finished: save at OdsLoader.scala:%d, took %.6f s" % (
            (t + dt.timedelta(seconds=took)).strftime("%H:%M:%S"), stage, 180 + stage * 16, took), "spark_submit.py:521", step=int(took))
    af("rows read=18233412 written=18233405 rejected=7 (0.0000384%) bad_file=hdfs://nameservice1/tmp/reject/load_ods_crm_cust/20240610/part-00000.json",
       "ods_loader_hook.py:88")
    reasons = ["CERT_NO_CHECKSUM", "MSISDN_RANGE", "FIELD_TOO_LONG", "CERT_NO_CHECKSUM", "ENCODING_ERROR", "BIRTHDAY_MISMATCH", "DUP_KEY"]
    for i, rsn in enumerate(reasons):
        p = Person()
        cid = 2003010100000 + R.randint(0, 10 ** 9)
        if rsn == "CERT_NO_CHECKSUM":
            cert = bad_rid(p.dob)
            raw = '{"cust_id":%d,"cust_name":"%s","cert_type":"01","cert_no":"%s","birthday":"%s","msisdn":"%s"}' % (
                cid, L(p.name, N), cert, L(fmt_date(p.dob, "iso"), DOB), L(p.phone, PH))
        elif rsn == "MSISDN_RANGE":
            raw = '{"cust_id":%d,"cust_name":"%s","cert_type":"01","cert_no":"%s","birthday":"%s","msisdn":"%s"}' % (
                cid, L(p.name, N), L(p.rid, RID), L(fmt_date(p.dob, "iso"), DOB), gen_bad_phone())
        elif rsn == "FIELD_TOO_LONG":
            note = "（" + R.choice(["东门进", "快递放物业", "电梯坏了走楼梯"]) + "）"
            raw = '{"cust_id":%d,"cust_name":"%s","cert_addr":"%s%s","len":%d,"max":64}' % (
                cid, L(p.name, N), L(p.addr, ADDR), note, len(p.addr + note))
        elif rsn == "ENCODING_ERROR":
            raw = '{"cust_id":%d,"cust_name":"%s","cert_no":"%s","hint":"GBK bytes in utf8 column"}' % (
                cid, p.name.encode("utf-8").decode("latin-1").encode("ascii", "backslashreplace").decode().replace("\\", "\\\\"), L(p.rid, RID))
        elif rsn == "BIRTHDAY_MISMATCH":
            wrong = p.dob.replace(year=p.dob.year - 1 if not (p.dob.month == 2 and p.dob.day == 29) else p.dob.year - 4)
            raw = '{"cust_id":%d,"cust_name":"%s","cert_no":"%s","birthday":"%s","derived":"%s"}' % (
                cid, L(p.name, N), L(p.rid, RID), L(fmt_date(wrong, "iso"), DOB), L(fmt_date(p.dob, "compact"), DOB))
        else:
            raw = '{"cust_id":%d,"cust_name":"%s","cert_no":"%s","dup_of":%d}' % (cid, L(p.name, N), L(p.rid, RID), cid - R.randint(1, 9999))
        af("rejected row %d/7 reason=%s raw=%s" % (i + 1, rsn, raw), "ods_loader_hook.py:97", "WARNING")
    af(["Sending 'POST' to url: https://dsg-api.hxtel.local/v1/lineage/report headers={'Content-Type': 'application/json', 'Authorization': 'Bearer ",
        L(gen_jwt("svc-airflow"), CRED), "'}"], "http.py:142")
    af("Marking task as SUCCESS. dag_id=dw_user_daily, task_id=load_ods_crm_cust, execution_date=20240610T180000, start_date=20240610T180004, end_date=20240610T181243",
       "taskinstance.py:1398")
    af("Task exited with return code 0", "local_task_job_runner.py:228")
    d.ln()
    # second airflow task: failure with password leak in connection URI
    d.ln("*** Reading local file: /opt/airflow/logs/dag_id=boss_bill_sync/run_id=scheduled__2024-06-10T19:00:00+00:00/task_id=pull_am_bank_acct/attempt=2.log")
    t = dt.datetime(2024, 6, 11, 3, 10, 2)
    af("Starting attempt 2 of 3", "taskinstance.py:1359")
    af("Executing <Task(PythonOperator): pull_am_bank_acct> on 2024-06-10 19:00:00+00:00", "taskinstance.py:1380")
    bpw = gen_password()
    af(["sqlalchemy.exc.DatabaseError: (cx_Oracle.DatabaseError) ORA-12541: TNS:no listener (Background on this error at: https://sqlalche.me/e/14/4xp6) "
        "[engine url: oracle+cx_oracle://dw_sync:", L(bpw, CRED), "@boss-db-scan.hxtel.local:1521/?service_name=BOSSDB]"], "taskinstance.py:1824", "ERROR", step=31)
    af("Marking task as UP_FOR_RETRY. dag_id=boss_bill_sync, task_id=pull_am_bank_acct, execution_date=20240610T190000", "taskinstance.py:1345")
    d.ln()
    # DolphinScheduler + DataX
    code = "13682716253536"
    inst = R.randint(10 ** 6, 9 * 10 ** 6)
    ts = dt.datetime(2024, 6, 11, 3, 30, 0, 312000)

    def ds(lvl, cls, msg_parts):
        nonlocal ts
        ts += dt.timedelta(milliseconds=R.randint(5, 2500))
        d.ln("[%s] %s.%03d +0800 [taskAppId=TASK-20240611-%s-%d:%d] %s:[%d] - " % (
            lvl, ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, code, inst, inst + 17, cls, R.randint(40, 400)), msg_parts)

    ds("INFO", "TaskLogLogger-class org.apache.dolphinscheduler.plugin.task.datax.DataxTask", "datax task params {\"localParams\":[],\"resourceList\":[],\"customConfig\":1}")
    dxpw = gen_password()
    job = {"job": {"setting": {"speed": {"channel": 8}, "errorLimit": {"record": 100, "percentage": 0.0001}},
                   "content": [{"reader": {"name": "oraclereader", "parameter": {
                       "username": "dw_sync", "password": L(dxpw, CRED),
                       "connection": [{"querySql": ["select CUST_ID,CUST_NAME,CERT_CODE,CERT_ADDRESS,CONTACT_PHONE,BIRTH_DATE from BOSS.CM_CUSTOMER where REGION_CODE='020' and CREATE_DATE >= to_date('20240610','yyyymmdd')"],
                                       "jdbcUrl": ["jdbc:oracle:thin:@//boss-db-scan.hxtel.local:1521/BOSSDB"]}]}},
                                "writer": {"name": "mysqlwriter", "parameter": {
                                    "username": "crm_sync", "password": "${crm_sync_pwd}", "writeMode": "replace",
                                    "column": ["cust_id", "cust_name", "cert_no", "cert_addr", "contact_phone", "birthday"],
                                    "connection": [{"jdbcUrl": "jdbc:mysql://crm-db-m01.gz.hxtel.local:3306/crm_user?useUnicode=true&characterEncoding=utf8",
                                                    "table": ["t_boss_cust_stage"]}]}}}]}}
    ds("INFO", "TaskLogLogger-class org.apache.dolphinscheduler.plugin.task.datax.DataxTask", ["datax job json : ", jd(job, separators=(",", ":"))])
    ds("INFO", "TaskLogLogger-class org.apache.dolphinscheduler.plugin.task.datax.DataxTask",
       "datax command: ${PYTHON_HOME} ${DATAX_HOME}/bin/datax.py --jvm=\"-Xms1G -Xmx4G\" -p \"-Dbizdate=20240610\" /tmp/dolphinscheduler/exec/process/%s/%d_%d.json" % (code, inst, inst + 17))
    d.ln("2024-06-11 03:30:09.871 [main] INFO  Engine - the machine info  => osInfo: Oracle Corporation 1.8 25.372-b07  jvmInfo: Linux amd64 3.10.0-1160.el7.x86_64  cpu num: 32")
    d.ln("2024-06-11 03:30:10.102 [job-0] INFO  OriginalConfPrettier - password=******")
    d.ln("2024-06-11 03:30:10.233 [job-0] INFO  JobContainer - DataX jobContainer starts job.")
    d.ln("2024-06-11 03:30:10.911 [job-0] INFO  OriginalConfPrettier - splitPk not set, use single channel")
    errs = [("Data truncation: Data too long for column 'cert_addr' at row 1", "addr_long"),
            ("Incorrect string value: '\\\\xF0\\\\xA0\\\\x87\\\\x94' for column 'cust_name' at row 1", "rare"),
            ("Incorrect date value: '0000-00-00' for column 'birthday' at row 1", "zero_date"),
            ("Data truncation: Data too long for column 'contact_phone' at row 1", "phone_long"),
            ("Duplicate entry for key 'uk_cert'", "dup")]
    for i, (ex, kind) in enumerate(errs):
        p = Person()
        name = "王𠇔" if kind == "rare" else p.name
        note = "（" + R.choice(["原址拆迁后新址", "租住", "老家"]) + "）" if kind == "addr_long" else ""
        if kind == "phone_long":
            ph = L(p.phone, PH) + "/" + L(gen_landline(), PH)
        else:
            ph = L(p.phone, PH)
        bd = "0000-00-00" if kind == "zero_date" else L(fmt_date(p.dob, "iso"), DOB)
        rec = '{"exception":"%s","record":[{"byteSize":13,"index":0,"rawData":%d,"type":"LONG"},{"byteSize":%d,"index":1,"rawData":"%s","type":"STRING"},' \
              '{"byteSize":18,"index":2,"rawData":"%s","type":"STRING"},{"byteSize":%d,"index":3,"rawData":"%s","type":"STRING"},' \
              '{"byteSize":%d,"index":4,"rawData":"%s","type":"STRING"},{"byteSize":10,"index":5,"rawData":"%s","type":"DATE"}],"type":"writer"}' % (
                  ex, 2003010100000 + R.randint(0, 10 ** 9), len(name), L(name, N), L(p.rid, RID), len(p.addr + note), L(p.addr, ADDR) + note,
                  len(plain(ph)), ph, bd)
        d.ln("2024-06-11 03:3%d:%02d.%03d [0-0-%d-writer] ERROR StdoutPluginCollector - 脏数据: " % (1 + i, R.randint(0, 59), R.randint(0, 999), i % 8), rec)
    d.ln("2024-06-11 03:36:12.410 [job-0] INFO  JobContainer - ")
    for k, v in [("任务启动时刻", "2024-06-11 03:30:09"), ("任务结束时刻", "2024-06-11 03:36:12"), ("任务总计耗时", "363s"),
                 ("任务平均流量", "12.38MB/s"), ("记录写入速度", "49213rec/s"), ("读出记录总数", "17864229"), ("读写失败总数", "5")]:
        d.ln("%s%s: %20s" % (k, " " * (32 - dwidth(k)), v))
    ds("INFO", "TaskLogLogger-class org.apache.dolphinscheduler.plugin.task.datax.DataxTask", "process has exited, execute path:/tmp/dolphinscheduler/exec/process/%s/%d, processId:%d ,exitStatusCode:0 ,processWaitForStatus:true ,processExitValue:0" % (code, inst, R.randint(10000, 99999)))
    d.ln()
    # Flink job: deserialization failures on kafka topic
    d.ln("==> flink-taskmanager-7/flink--taskexecutor-0-tm-7.log <==")
    ft = dt.datetime(2024, 6, 11, 4, 2, 11)
    for i in range(6):
        p = Person()
        ft += dt.timedelta(seconds=R.randint(1, 90))
        off = 1827361 + R.randint(0, 90000)
        payload = '{"msisdn":"%s","imsi":"%s","imei":"%s","ecgi":"%s","start_ms":%d}' % (
            L(p.phone, PH), L(p.imsi, IMSI), L(p.imei, IMEI), L(gen_cell(), CELL), 1718050000000 + R.randint(0, 10 ** 7))
        bad = R.choice(["Unexpected character ('}' (code 125))", "Cannot deserialize value of type `long` from String \\\"N/A\\\"",
                        "Unrecognized field \\\"imeisv\\\""])
        d.ln("%s,%03d WARN  com.hxtel.stream.S1mmeDeser [] - skip bad record topic=xdr.s1mme.attach partition=%d offset=%d cause=%s payload=" % (
            ft.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(0, 23), off, bad), payload)
    d.ln("%s,%03d INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint 18273 for job 7b3c1f0a9e8d4c2b8a61f0e2d3c4b5a6 (1829377 bytes, checkpointDuration=2871 ms, finalizationTime=12 ms)." % (
        (ft + dt.timedelta(seconds=30)).strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999)))
    # login audit sink failure with a plaintext password in an app log (bug)
    p = Person()
    d.ln("%s,%03d ERROR com.hxtel.stream.LoginAuditSink [] - sink failed, dumping record: {\"user_id\":%d,\"login_name\":\"%s\",\"pwd\":\"%s\",\"client_ip\":\"%s\",\"result\":1}" % (
        (ft + dt.timedelta(seconds=41)).strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999), R.randint(10 ** 8, 10 ** 9),
        L(p.phone, PH), L(gen_password(), CRED), L(p.ip, IP)))
    return d


# ============================================================================= Kafka schema registry + sample batch

def f_registry():
    d = Doc("kafka_schema_registry_dump.json")
    subjects = []

    def avro(name, ns, doc, fields):
        return {"type": "record", "name": name, "namespace": ns, "doc": doc, "fields": fields}

    ex = Person()
    s1 = avro("CustRealname", "com.hxtel.crm.cdc", "CRM 实名资料变更 (Debezium 解码后的 after 镜像)", [
        {"name": "cust_id", "type": "long"},
        {"name": "cust_name", "type": ["null", "string"], "default": None, "doc": "客户姓名 (PI: PERSON_NAME)", "x-example": L(ex.name, N)},
        {"name": "cert_type", "type": "string", "default": "01"},
        {"name": "cert_no", "type": ["null", "string"], "default": None, "doc": "身份证号, 例 110101********1234"},
        {"name": "birthday", "type": ["null", {"type": "int", "logicalType": "date"}], "default": None, "doc": "出生日期 (days since epoch)"},
        {"name": "msisdn", "type": ["null", "string"], "default": None, "doc": "手机号码 11位, 如 138****5678", "x-example": L(ex.phone, PH)},
        {"name": "email", "type": ["null", "string"], "default": None, "x-example": "zhangsan@example.com"},
        {"name": "addr", "type": ["null", "string"], "default": None, "doc": "证件地址"},
        {"name": "op_ts", "type": {"type": "long", "logicalType": "timestamp-millis"}}])
    s2 = avro("S1mmeAttach", "com.hxtel.xdr", "S1-MME attach/TAU 信令 (已解码)", [
        {"name": "procedure", "type": {"type": "enum", "name": "Proc", "symbols": ["ATTACH", "TAU", "SERVICE_REQUEST", "DETACH"]}},
        {"name": "start_ms", "type": "long"},
        {"name": "imsi", "type": "string", "doc": "IMSI 15位, 46000XXXXXXXXXX"},
        {"name": "imei", "type": ["null", "string"], "default": None, "doc": "IMEISV 16位或 IMEI 15位"},
        {"name": "msisdn", "type": ["null", "string"], "default": None, "doc": "含国家码 86"},
        {"name": "ecgi", "type": "string", "doc": "MCC-MNC-eNBID-CellID", "x-example": L(gen_cell("00"), CELL)},
        {"name": "tac", "type": "string", "default": "0x0000"},
        {"name": "cause", "type": "int", "default": 0}])
    s3 = avro("AutoDebitResult", "com.hxtel.pay", "银行代扣结果", [
        {"name": "order_no", "type": "string"}, {"name": "bank_card", "type": "string", "doc": "卡号 (应为 token, 见 PAY-882)",
                                                 "x-example": L(gen_card(), BC)},
        {"name": "holder", "type": "string"}, {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
        {"name": "result", "type": "string", "default": "PENDING"}])
    js_ex = Person()
    s4 = {"$schema": "http://json-schema.org/draft-07/schema#", "title": "IovGps", "type": "object",
          "properties": {"vin": {"type": "string", "minLength": 17, "maxLength": 17},
                         "iccid": {"type": "string", "pattern": "^8986[0-9A-F]{15,16}$", "examples": [L(gen_iccid("CU"), ICCID)]},
                         "plate": {"type": "string", "examples": [L(gen_plate("粤"), PLATE), "粤B·XXXXX"]},
                         "pos": {"type": "string", "description": "经度,纬度 WGS84", "examples": [L(gen_ll("深圳市"), LL)]},
                         "owner_phone": {"type": "string", "examples": ["1XXXXXXXXXX"]},
                         "speed": {"type": "number", "minimum": 0, "maximum": 250}},
          "required": ["vin", "iccid", "pos"]}
    s5 = {"$schema": "http://json-schema.org/draft-07/schema#", "title": "LoginAudit", "type": "object",
          "properties": {"user_id": {"type": "integer"}, "login_name": {"type": "string", "examples": [L(js_ex.phone, PH), L(js_ex.email, EM)]},
                         "client_ip": {"type": "string", "anyOf": [{"format": "ipv4"}, {"format": "ipv6"}], "examples": [L(gen_ipv6(), IP)]},
                         "result": {"type": "integer", "enum": [0, 1, 2, 3]}}}
    s6 = avro("CustRealnameMasked", "com.hxtel.crm.masked", "实名变更 (脱敏后, 供下游订阅)", [
        {"name": "cust_id", "type": "long"}, {"name": "cust_name_m", "type": "string", "doc": "KEEP_FIRST, 如 王**"},
        {"name": "cert_no_m", "type": "string", "doc": "KEEP_6_4, 如 440106********401X"},
        {"name": "msisdn_token", "type": "string", "doc": "HMAC-SM3 32位十六进制"}, {"name": "birth_year", "type": "int"}])
    sid = 1040
    for subj, typ, sch, ver in [("dw.ods.crm_realname_v2-value", "AVRO", s1, 7), ("xdr.s1mme.attach-value", "AVRO", s2, 3),
                                ("pay.autodebit.result-value", "AVRO", s3, 2), ("iov.tbox.gps-value", "JSON", s4, 4),
                                ("ops.login.audit-value", "JSON", s5, 1), ("masked.crm_realname_v2-value", "AVRO", s6, 2)]:
        sid += R.randint(1, 30)
        e = {"subject": subj, "version": ver, "id": sid}
        if typ != "AVRO":
            e["schemaType"] = typ
        e["schema"] = jd(sch, separators=(",", ":"))
        subjects.append(e)
    kpw = gen_password()
    dump = {"registry": "http://schema-registry.kafka.hxtel.local:8081", "exportedAt": "2024-06-11T03:12:44+08:00",
            "tool": "sr-backup 0.9.2", "compatibility": {"global": "BACKWARD", "dw.ods.crm_realname_v2-value": "FULL_TRANSITIVE"},
            "clientConfig": {"bootstrap.servers": "kafka-01.hxtel.local:9093,kafka-02.hxtel.local:9093,kafka-03.hxtel.local:9093",
                             "security.protocol": "SASL_SSL", "sasl.mechanism": "SCRAM-SHA-512",
                             "sasl.jaas.config": "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"sr_backup\" password=\"" + L(kpw, CRED) + "\";",
                             "ssl.truststore.location": "/etc/kafka/ssl/truststore.jks", "ssl.truststore.password": "${TRUSTSTORE_PWD}"},
            "subjects": subjects}
    d.w(jd(dump, indent=2))
    d.w("\n")
    return d


def f_batch():
    d = Doc("kafka_sample_batch_20240611.jsonl")
    off = {}
    ts = 1718049600000 + R.randint(0, 10 ** 6)
    topics = (["dw.ods.crm_realname_v2"] * 22 + ["xdr.s1mme.attach"] * 22 + ["xdr.http.session"] * 16 + ["iov.tbox.gps"] * 10 +
              ["pay.autodebit.result"] * 9 + ["masked.crm_realname_v2"] * 20 + ["ops.login.audit"] * 9 + ["ods.boss.subs_change"] * 10)
    R.shuffle(topics)
    for tp in topics:
        part = R.randint(0, 11)
        off[(tp, part)] = off.get((tp, part), R.randint(10 ** 6, 9 * 10 ** 7)) + R.randint(1, 4000)
        ts += R.randint(5, 900)
        p = Person()
        key = None
        hdr = [{"traceparent": "00-%s-%s-01" % (uuid.UUID(int=R.getrandbits(128)).hex, uuid.UUID(int=R.getrandbits(128)).hex[:16])}]
        if tp == "dw.ods.crm_realname_v2":
            op = R.choice(["c", "u", "u"])
            after = {"cust_id": 2003010100000 + R.randint(0, 10 ** 9), "cust_name": L(p.name, N), "cert_type": "01",
                     "cert_no": L(p.rid, RID), "birthday": L(fmt_date(p.dob, "iso"), DOB), "msisdn": L(p.phone, PH),
                     "email": L(p.email, EM) if R.random() < 0.6 else None, "addr": L(p.addr, ADDR), "op_ts": ts - R.randint(100, 5000)}
            before = None
            if op == "u":
                before = dict(after)
                ch = R.choice(["msisdn", "addr", "email"])
                if ch == "msisdn":
                    before["msisdn"] = L(gen_phone(), PH)
                elif ch == "addr":
                    before["addr"] = L(gen_addr(), ADDR)
                else:
                    before["email"] = L(gen_email(), EM)
            val = {"before": before, "after": after, "source": {"connector": "mysql", "db": "crm_user", "table": "t_cust_base",
                                                                 "server_id": 18231, "file": "mysql-bin.004817", "pos": R.randint(10 ** 6, 10 ** 9)},
                   "op": op, "ts_ms": ts}
            key = str(after["cust_id"])
        elif tp == "xdr.s1mme.attach":
            val = {"procedure": R.choice(["ATTACH", "TAU", "TAU", "SERVICE_REQUEST"]), "start_ms": ts - R.randint(1000, 60000),
                   "imsi": L(p.imsi, IMSI), "imei": L(p.imei, IMEI), "msisdn": L("86" + p.phone, PH), "ecgi": L(gen_cell(), CELL),
                   "tac": "0x%04X" % R.randint(0x1000, 0xFFFF), "mme_ue_s1ap_id": R.randint(10 ** 6, 10 ** 9), "cause": R.choice([0, 0, 0, 7, 15])}
            key = L(p.imsi, IMSI)
        elif tp == "xdr.http.session":
            v6 = R.random() < 0.4
            val = {"msisdn": L(p.phone, PH), "ue_ip": L(gen_ipv6() if v6 else p.ip, IP), "host": R.choice(
                ["api.weixin.qq.com", "mmbiz.qpic.cn", "p3-pc.douyinpic.com", "v.qq.com", "gw.alipayobjects.com", "dns.alidns.com"]),
                "uri_hash": md5(str(R.random())), "ul_bytes": R.randint(100, 10 ** 6), "dl_bytes": R.randint(100, 10 ** 8),
                "ecgi": L(gen_cell(), CELL), "rat": R.choice(["LTE", "NR"]), "start_ms": ts - R.randint(1000, 600000)}
            if R.random() < 0.5:
                val["ue_lnglat"] = L(gen_ll(), LL)
            key = L(p.phone, PH)
        elif tp == "iov.tbox.gps":
            val = {"vin": "LSVAU2180N2" + digits(6), "iccid": L(gen_iccid(R.choice(["CU", "CM"])), ICCID), "plate": L(gen_plate(), PLATE),
                   "pos": L(gen_ll(), LL), "speed": round(R.uniform(0, 110), 1), "gps_time": ts - R.randint(0, 3000)}
            if R.random() < 0.4:
                val["owner_phone"] = L(p.phone, PH)
            key = val["vin"]
        elif tp == "pay.autodebit.result":
            val = {"order_no": "AD2024061%s" % digits(12), "bank_card": L(p.card, BC), "holder": L(p.name, N),
                   "amount": "%.2f" % R.uniform(8, 600), "msisdn": L(p.phone, PH),
                   "result": R.choice(["SUCCESS", "FAIL", "FAIL"]), "err": R.choice(["", "余额不足", "卡状态异常", "超过单日限额"])}
            key = val["order_no"]
        elif tp == "masked.crm_realname_v2":
            val = {"cust_id": 2003010100000 + R.randint(0, 10 ** 9), "cust_name_m": mask_name(p.name), "cert_no_m": mask_rid(p.rid),
                   "msisdn_token": sha256(p.phone)[:32], "birth_year": p.dob.year, "addr_m": p.ap[0] + p.ap[1] + p.ap[2]}
            key = str(val["cust_id"])
        elif tp == "ops.login.audit":
            val = {"user_id": R.randint(10 ** 8, 10 ** 9), "login_name": L(p.phone, PH) if R.random() < 0.7 else L(p.email, EM),
                   "login_type": R.choice([1, 2, 3]), "client_ip": L(p.ip, IP), "device_id": ruuid(),
                   "ua": "HXApp/9.3.2 (Android 14; %s)" % R.choice(["V2302A", "PJZ110", "23049RAD8C", "ALN-AL10"]), "result": R.choice([0, 0, 1])}
            if R.random() < 0.4:
                val["imei"] = L(p.imei, IMEI)
            key = str(val["user_id"])
        else:
            val = "|".join([fmt_date(dt.date(2024, 6, 10), "compact") + "%06d" % R.randint(0, 235959), L(p.phone, PH), L(p.imsi, IMSI),
                            L(p.iccid, ICCID), R.choice(["CHG_SIM", "NEW", "TRANSFER_OWNER", "STOP"]), "0200", "E0%06d" % R.randint(100000, 399999)])
            key = L(p.phone, PH)
        msg = {"topic": tp, "partition": part, "offset": off[(tp, part)], "timestamp": ts, "timestampType": "CreateTime",
               "headers": hdr, "key": key, "value": val}
        d.ln(jd(msg, separators=(",", ":")))
    return d


# ============================================================================= data quality report

def f_dq():
    d = Doc("data_quality_report_2024W23.md")
    own = staff("许文博")
    d.ln("# 数据质量周报 2024-W23 (用户域)")
    d.ln()
    d.ln("- 规则引擎: dq-engine 1.9.4 (Griffin measure 0.6 兼容)   执行: 2024-06-10 06:00 ~ 06:48")
    d.ln("- 范围: dw_ods.ods_crm_cust_base_di, dw_dwd.dwd_user_subs_df, dw_ods.ods_crm_cust_contact_di, dw_ods.ods_bank_withhold_df (dt=20240609)")
    d.ln("- 负责人: ", (own.name, N), "   抄送: dq-weekly@hxtel.com.cn")
    d.ln("- 说明: 明细样本为原值 (规则引擎 sample_mode=raw), 本报告按 L4 管理, 请勿转发")
    d.ln()
    d.ln("## 1. 规则执行概况")
    d.ln()
    d.ln("| 规则 | 表.字段 | 规则说明 | 检查数 | 失败数 | 失败率 | 状态 |")
    d.ln("|---|---|---|---|---|---|---|")
    rules = [("R01", "cust_base.cert_no", "GB 11643 校验位", 18233412, 2871), ("R02", "subs.msisdn", "号段合法 (libphonenumber 2024-05)", 31877120, 412),
             ("R03", "subs+cust", "实名开户年龄 >= 16 周岁", 1203311, 37), ("R04", "subs.cust_id", "一证五号 (同一证件 <= 5 个号码)", 18233412, 219),
             ("R05", "cust_base.birthday", "与证件号第7-14位一致", 18233412, 10231), ("R06", "subs.imei", "15位 + Luhn", 31877120, 98211),
             ("R07", "subs.iccid", "发卡方与品牌一致 (8986 00/02/04/07/08)", 31877120, 1877), ("R08", "contact.email", "非临时邮箱域名", 2319114, 388),
             ("R09", "contact.mail_addr", "可匹配标准地址库 std-addr-v4", 9120337, 120331), ("R10", "withhold.bank_card_no", "Luhn + 银联 BIN", 812331, 61),
             ("R11", "cust_base.cust_name", "姓名合法 (GB 18030 汉字 2-4 字或含间隔号)", 18233412, 6120)]
    for r, f, desc, n, fail in rules:
        d.ln("| %s | %s | %s | %d | %d | %.4f%% | %s |" % (r, f, desc, n, fail, fail * 100 / n, "告警" if fail * 100 / n > 0.1 else "通过"))
    d.ln()
    d.ln("## 2. 失败明细样本")
    d.ln()
    d.ln("### R01 证件号校验位错误 (样本 8/2871) — 均为录入错误, 非有效证件号")
    d.ln()
    d.ln("| cust_id | cust_name | cert_no | 期望校验位 |")
    d.ln("|---|---|---|---|")
    for _ in range(8):
        p = Person()
        b = bad_rid(p.dob)
        d.ln("| %d | " % (2003010100000 + R.randint(0, 10 ** 9)), (p.name, N), " | %s | %s |" % (b, ric_check(b[:17])))
    d.ln()
    d.ln("### R01b 15 位旧证件号未升位 (样本 3/812) — 旧号码本身有效, 需按 GB 11643 升位为 18 位")
    d.ln()
    d.ln("| cust_id | cert_no | create_date |")
    d.ln("|---|---|---|")
    for _ in range(3):
        d.ln("| %d | " % (2003010100000 + R.randint(0, 10 ** 8)), (legacy_rid(rdate(1940, 1975)), RID), " | %s |" % fmt_date(rdate(2003, 2005), "iso"))
    d.ln()
    d.ln("### R02 号段不合法 (样本 8/412)")
    d.ln()
    d.ln("| subs_id | msisdn | 原因 |")
    d.ln("|---|---|---|")
    bads = [(gen_bad_phone(), "号段未分配"), (gen_bad_phone(), "号段未分配"), (gen_bad_phone(), "号段未分配"),
            (gen_phone()[:10], "长度 10"), (gen_phone() + str(R.randint(0, 9)), "长度 12"), ("1" + digits(12), "13位 (物联网号段应入 iot 表)"),
            ("+86 " + gen_bad_phone(), "号段未分配 (带国家码)"), ("1" + gen_bad_phone()[1:4] + "****" + digits(4), "已脱敏值写入明文列")]
    for b, why in bads:
        d.ln("| %d | %s | %s |" % (8800000000000 + R.randint(0, 10 ** 9), b, why))
    d.ln()
    d.ln("### R03 开户时未满 16 周岁 (样本 6/37) — 证件有效, 需核实监护人代办材料")
    d.ln()
    d.ln("| msisdn | cust_name | cert_no | birthday | open_date | 渠道 |")
    d.ln("|---|---|---|---|---|---|")
    for _ in range(6):
        p = Person(11, 15)
        d.ln("| ", (p.phone, PH), " | ", (p.name, N), " | ", (p.rid, RID), " | ", (fmt_date(p.dob, "iso"), DOB),
             " | 2024-06-0%d | %s |" % (R.randint(1, 9), R.choice(["GZ-TH-0012", "SZ-NS-0107", "电子渠道-APP"])))
    d.ln()
    d.ln("### R04 一证多号超限 (样本 3/219)")
    d.ln()
    for _ in range(3):
        p = Person()
        k = R.randint(6, 9)
        d.ln("- ", (p.rid, RID), " (", (p.name, N), "): %d 个号码 — " % k, ", ".join(L(gen_phone(), PH) for _ in range(k)))
    d.ln()
    d.ln("### R05 生日与证件不一致 (样本 5/10231) — 证件有效, birthday 列为录入值")
    d.ln()
    d.ln("| cert_no | birthday(录入) | 证件解析 |")
    d.ln("|---|---|---|")
    for i in range(5):
        p = Person()
        if i == 4:
            rec = "1900-01-01"
        else:
            w = p.dob + dt.timedelta(days=R.choice([1, 31, 365, -30]))
            rec = L(fmt_date(w, "iso"), DOB)
        d.ln("| ", (p.rid, RID), " | ", rec, " | ", (fmt_date(p.dob, "iso"), DOB), " |")
    d.ln()
    d.ln("### R06 IMEI 不合法 (样本 8/98211)")
    d.ln()
    d.ln("| msisdn | imei | 原因 |")
    d.ln("|---|---|---|")
    for _ in range(4):
        d.ln("| ", (gen_phone(), PH), " | %s | Luhn 校验失败 |" % bad_imei())
    for _ in range(2):
        d.ln("| ", (gen_phone(), PH), " | ", (gen_imei()[:14], IMEI), " | 14位 (无校验位, 终端上报格式) |")
    d.ln("| ", (gen_phone(), PH), " | 000000000000000 | 全零 |")
    d.ln("| ", (gen_phone(), PH), " | 86XXXXXXXXXXXXX | 占位值写入明文列 |")
    d.ln()
    d.ln("### R07 ICCID 发卡方与品牌不一致 (样本 4/1877) — 多为携号转网后未换卡记录, ICCID 有效")
    d.ln()
    for _ in range(4):
        d.ln("- msisdn ", (gen_phone(), PH), " iccid ", (gen_iccid(R.choice(["CU", "CT"])), ICCID), " brand_id=1")
    d.ln()
    d.ln("### R08 临时邮箱 (样本 5/388)")
    d.ln()
    for dom in ["mailinator.com", "10minutemail.com", "guerrillamail.com", "yopmail.com", "temp-mail.org"]:
        d.ln("- ", (gen_email(dom), EM))
    d.ln("- 格式错误 (不计入 R08, 见 R08b): ", "`abc@163`, `zhang@@qq.com`, `@qq.com`, `wang.163.com`")
    d.ln()
    d.ln("### R09 地址无法匹配标准地址库 (样本 8/120331)")
    d.ln()
    d.ln("| contact_id | mail_addr | 原因 |")
    d.ln("|---|---|---|")
    for _ in range(4):
        d.ln("| %d | " % R.randint(10 ** 7, 9 * 10 ** 7), (gen_addr(), ADDR), " | 标准地址库无此门牌 (新建小区未入库) |")
    for _ in range(2):
        p_, c_, d_, streets, estates = R.choice(ADDR_POOL)
        lm = p_ + c_ + d_ + R.choice(streets) + R.choice(estates) + R.choice(["东门快递柜旁", "北门保安亭", "3栋楼下菜鸟驿站"])
        d.ln("| %d | " % R.randint(10 ** 7, 9 * 10 ** 7), (lm, ADDR), " | 地标式描述 |")
    p_, c_, d_, streets, estates = R.choice(ADDR_POOL)
    d.ln("| %d | %s | 缺少门牌号 |" % (R.randint(10 ** 7, 9 * 10 ** 7), p_ + c_ + d_ + R.choice(streets)))
    d.ln("| %d | %s | 仅到区县 |" % (R.randint(10 ** 7, 9 * 10 ** 7), p_ + c_ + d_))
    d.ln()
    d.ln("### R10 银行卡号 (样本 5/61)")
    d.ln()
    for _ in range(3):
        d.ln("- %s  Luhn 校验失败" % bad_card())
    while True:
        v = "4" + R.choice(["0", "2", "5"]) + digits(13)
        v = v + luhn.calc_check_digit(v)
        if v not in USED:
            USED.add(v)
            break
    d.ln("- ", (v, BC), "  非银联 BIN (VISA 卡, 代扣通道不支持)")
    d.ln("- 6222 **** **** 3371  已脱敏值写入明文列")
    d.ln()
    d.ln("### R11 姓名不合法 (样本 8/6120)")
    d.ln()
    d.ln("| cust_id | cust_name | 原因 |")
    d.ln("|---|---|---|")
    for nm, why in [("测试用户", "占位/测试"), ("无名氏", "占位"), ("先生", "称谓"), ("未知", "占位"), ("客户", "占位"),
                    (L("王𠇔", N), "含 GB 18030 扩展 B 区字符 (合法, 需加入白名单)"),
                    (L(MINORITY[3], N), "超过 4 字 (少数民族姓名, 合法)"), (L(MINORITY[6], N), "单名 (合法, 规则误报)")]:
        d.ln("| %d | " % (2003010100000 + R.randint(0, 10 ** 9)), nm, " | %s |" % why)
    d.ln()
    d.ln("## 3. 整改跟踪")
    d.ln()
    d.ln("| 问题 | 责任人 | 截止 | 进度 |")
    d.ln("|---|---|---|---|")
    d.ln("| R05 批量修复 birthday (以证件为准) | ", (staff("马俊").name, N), " | 2024-06-21 | 40% |")
    d.ln("| R11 姓名规则支持扩展区汉字 | ", (staff("吴昊").name, N), " | 2024-06-28 | 未开始 |")
    d.ln("| R02 占位号码 00000000000 / 13800138000 清洗 | ", (own.name, N), " | 2024-06-14 | 已完成 |")
    return d


# ============================================================================= wiki page

def f_wiki():
    d = Doc("wiki_pi_field_standards.md")
    au, ed = staff("郑雅文"), staff("覃秋菊")
    d.ln("---")
    d.ln("title: 数据标准 / 个人信息字段命名与格式规范 (DS-07)")
    d.ln("space: DATAGOV")
    d.ln("page_id: 18273645")
    d.ln("created_by: ", (au.name, N))
    d.ln("last_modified_by: ", (ed.name, N))
    d.ln("last_modified: 2024-06-06 17:21")
    d.ln("version: 23")
    d.ln("labels: [数据标准, 个人信息, PIPL, YD/T 2781]")
    d.ln("---")
    d.ln()
    d.ln("# 个人信息字段命名与格式规范 (DS-07 v2.4)")
    d.ln()
    d.ln("> **适用范围**: 所有新建表、接口、Kafka topic. 存量表按《整改计划 2024》逐步对齐.")
    d.ln("> **文档中的示例一律使用占位或脱敏值**. 如发现真实数据, 请立即联系数据安全组 (dsg-oncall@hxtel.com.cn).")
    d.ln()
    d.ln("## 1. 命名")
    d.ln()
    d.ln("| 标准字段名 | 中文名 | PI 类型 | 分类 | 级别 | 格式 | 示例 (占位) |")
    d.ln("|---|---|---|---|---|---|---|")
    rows = [("msisdn", "手机号码", "PHONE_NUMBER", "A1", "L4", "`^1[3-9]\\d{9}$`, 不含 86", "`1XXXXXXXXXX` / `138****5678`"),
            ("cert_no", "证件号码", "CHINA_RESIDENT_ID_NUMBER", "A1", "L4", "18位, 末位大写 X", "`110101********1234`"),
            ("cust_name", "姓名", "PERSON_NAME", "A1", "L4", "原样, 少数民族间隔号统一为 U+00B7", "`张三` / `王*`"),
            ("birthday", "出生日期", "DATE_OF_BIRTH", "A1", "L3", "`yyyy-MM-dd`", "`1990-01-01`(禁止) → `yyyy-MM-dd`"),
            ("email", "电子邮箱", "EMAIL_ADDRESS", "A1", "L3", "小写", "`zhangsan@example.com`"),
            ("cert_addr / mail_addr", "地址", "STREET_ADDRESS", "A1", "L4", "省市区 + 详细地址, 不含邮编", "`广东省广州市天河区XX路XX号`"),
            ("bank_card_no", "银行卡号", "BANK_CARD_NUMBER", "A1", "L5", "16-19位, 无空格", "`6222 **** **** 1234`"),
            ("imsi", "IMSI", "IMSI_ID", "C2", "L4", "15位, 460 开头", "`46000XXXXXXXXXX`"),
            ("imei", "IMEI", "IMEI_HARDWARE_ID", "C2", "L3", "15位含校验位; IMEISV 用 imeisv", "`86XXXXXXXXXXXXX`"),
            ("iccid", "ICCID", "ICCID_NUMBER", "C2", "L3", "19/20位, 字母大写", "`8986XXXXXXXXXXXXXXXX`"),
            ("ue_ip / client_ip", "IP 地址", "IP_ADDRESS", "C1", "L3", "IPv4 点分 / IPv6 压缩格式", "`x.x.x.x`"),
            ("ecgi", "小区标识", "CELL_ID", "C1", "L4", "`MCC-MNC-eNBID-CellID`", "`460-00-XXXXXX-XX`"),
            ("lnglat", "经纬度", "LOCATION_COORDINATES", "C1", "L4", "`经度,纬度` 6 位小数 WGS84", "`113.xxxxxx,23.xxxxxx`"),
            ("plate_no", "车牌号", "CHINA_LICENSE_PLATE", "A1", "L3", "不含间隔点", "`粤AXXXXX`"),
            ("*_pwd / *_token", "口令/令牌", "CREDENTIAL", "A2", "L5", "禁止明文落库/落日志", "`******`")]
    for r in rows:
        d.ln("| " + " | ".join(r) + " |")
    d.ln()
    d.ln("## 2. 禁止事项")
    d.ln()
    d.ln("1. COMMENT / 示例值 / 测试用例中不得出现真实号码、证件号. 测试号码使用 `1XXXXXXXXXX` 或工信部测试号段说明中的占位; **不要用 `13800138000`**, 该号码会被误认为真实号码且在扫描中产生大量噪声.")
    d.ln("2. 默认值: 手机号列默认 `''` 而不是 `00000000000`; 日期列默认 NULL 而不是 `1900-01-01` / `1970-01-01`.")
    d.ln("3. 日志中禁止打印完整记录 (见 §4 反例).")
    d.ln("4. 正则只做初筛, 证件号必须再校验 GB 11643 校验位, 银行卡做 Luhn, 号码查号段表.")
    d.ln()
    d.ln("## 3. 推荐正则 (初筛)")
    d.ln()
    d.ln("```")
    d.ln("PHONE_NUMBER              (?<!\\d)1(3\\d|4[579]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}(?!\\d)")
    d.ln("CHINA_RESIDENT_ID_NUMBER  (?<!\\d)[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\dXx])")
    d.ln("IMSI_ID                   (?<!\\d)460(0[0-9]|1[15]|20)\\d{10}(?!\\d)")
    d.ln("ICCID_NUMBER              (?<![0-9A-F])8986\\d{2}[0-9A-F]{13,14}(?![0-9A-F])")
    d.ln("CELL_ID                   460-(0\\d|1[15])-\\d{1,7}-\\d{1,5}")
    d.ln("```")
    d.ln()
    d.ln("## 4. 反例 (来自 2024 年检查发现, 已脱敏)")
    d.ln()
    d.ln("- 某 Spark 作业打印 `Row(msisdn=139****0417, cert_no=440106********2811, name=陈**)` — 原日志为明文, 已清理.")
    d.ln("- 接口文档 example 直接粘贴 UAT 抓包 (见 openapi_customer_center_v3.yaml `system` 示例) — **尚未整改**.")
    d.ln("- 数据字典 示例值列 约 40% 为生产样本 — 整改中, 负责人 ", (staff("林佳怡").name, N), ".")
    d.ln()
    d.ln("## 5. 常见问题")
    d.ln()
    d.ln("**Q: 测试环境能否用真实号码做联调?**")
    d.ln()
    d.ln("A: 不能. 请通过 FPE_FF1_MOBILE 生成格式保留的假号码. FPE 输出与真实号码格式一致, 扫描器无法区分, 因此测试数据同样按 L3 管理.")
    d.ln()
    p = Person()
    d.ln("**Q: 下面这条数据为什么被扫描器拦截?** (提问人: ", (staff("谢磊").name, N), ")")
    d.ln()
    d.ln("```")
    d.ln("{\"subs_id\": 8800031827364, \"msisdn\": \"", (p.phone, PH), "\", \"imsi\": \"", (p.imsi, IMSI), "\", \"open_date\": \"2019-11-02\"}")
    d.ln("```")
    d.ln()
    d.ln("A (", (ed.name, N), "): 因为它是真实数据 :) 已从本页历史版本中清除 (v21 → v22), 请勿在 wiki 粘贴生产数据.")
    d.ln("  ↑ 注: 清除后又被引用回复带回, v23 待再次清理.")
    d.ln()
    d.ln("**Q: `19999999999`、`12345678901`、`00000000000` 会被识别吗?**")
    d.ln()
    d.ln("A: 扫描器规则库 2024.05 起将常见占位号码列入白名单; `12345678901` 号段 123 未分配, 不会命中.")
    d.ln()
    d.ln("## 6. 修订记录")
    d.ln()
    d.ln("| 版本 | 日期 | 修订人 | 说明 |")
    d.ln("|---|---|---|---|")
    d.ln("| 23 | 2024-06-06 | ", (ed.name, N), " | 增加 CELL_ID / 车牌 |")
    d.ln("| 22 | 2024-05-30 | ", (ed.name, N), " | 清除 FAQ 中的生产数据 |")
    d.ln("| 18 | 2024-03-12 | ", (au.name, N), " | 对齐 YD/T 2781 分类 |")
    d.ln("| 1 | 2022-09-01 | ", (au.name, N), " | 创建 |")
    return d


# ============================================================================= main / self-check

FILES = [f_ddl_mysql, f_ddl_hive, f_ddl_pg, f_ddl_oracle, f_migration, f_dictionary, f_openapi, f_lineage,
         f_classification, f_profile, f_etl, f_masking, f_ticket, f_tasklogs, f_registry, f_batch, f_dq, f_wiki]

NAME_RE = re.compile("^[\u4e00-\u9fff\U00020000-\U0002a6df]{2,6}$|^[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}$")
PLATE_RE = re.compile("^[%s][A-HJ-NP-Z]·?(?:[DF]\\d{5}|[A-HJ-NP-Z0-9]{5})$" % PLATE_PROV)
DATE_FMTS = ["%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d"]


def valid(t, v):
    """Independent plausibility / validity check of one labelled value."""
    if t == N:
        return bool(NAME_RE.match(v)) and v not in PLACEHOLDER_NAMES
    if t == RID:
        if len(v) == 18:
            return ric.is_valid(v)
        if len(v) == 15 and v.isdigit():
            try:
                dt.datetime.strptime("19" + v[6:12], "%Y%m%d")
                return v[:6] in REGIONS
            except ValueError:
                return False
        return False
    if t == PH:
        x = re.sub(r"[\s-]", "", v)
        x = re.sub(r"^(\+86|0086|86)(?=1\d{10}$)", "", x)
        if x.startswith("0"):
            p = phonenumbers.parse("+86" + x[1:])
            return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.FIXED_LINE
        return len(x) == 11 and is_mobile(x) and x not in PLACEHOLDER_PHONES
    if t == EM:
        return bool(re.match(r"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", v)) and not re.search(r"@(example|test)\.", v)
    if t == BC:
        return v.isdigit() and 15 <= len(v) <= 19 and luhn.is_valid(v)
    if t == ADDR:
        return bool(re.match("^(.{2,8}?(省|自治区|市))", v)) and bool(re.search("(区|县)", v)) and bool(
            re.search("(室|号|组|旁|亭|驿站|\\d)$", v))
    if t == DOB:
        for f in DATE_FMTS:
            try:
                x = dt.datetime.strptime(v, f).date()
                return dt.date(1920, 1, 1) <= x <= dt.date(2024, 6, 1) and v not in ("1970-01-01",)
            except ValueError:
                pass
        return False
    if t == IP:
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    if t == IMSI:
        return len(v) == 15 and v.isdigit() and v.startswith("460") and v[3:5] in IMSI_MNC
    if t == IMEI:
        return v.isdigit() and (len(v) == 14 or (len(v) == 15 and luhn.is_valid(v)))
    if t == ICCID:
        return v.startswith("8986") and len(v) in (19, 20) and v.isdigit() and luhn.is_valid(v)
    if t == CELL:
        m = re.match(r"^460-(\d\d)-(\d+)-(\d+)$", v)
        return bool(m) and m.group(1) in ("00", "01", "11")
    if t == LL:
        a, b = (float(x) for x in v.split(","))
        return (73 < a < 136 and 3 < b < 54) or (73 < b < 136 and 3 < a < 54)
    if t == PLATE:
        return bool(PLATE_RE.match(v))
    if t == CRED:
        return len(v) >= 8 and not re.match(r"^(\*+|\$\{.*\}|<.*>)$", v)
    return False


def suspects(name, data, spans):
    """Unlabelled strings that look like identifiers (for review with --check)."""
    text = data.decode("utf-8")
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    out = []
    pats = [(PH, r"(?<!\d)1\d{10}(?!\d)", lambda x: is_mobile(x)),
            (RID, r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", ric.is_valid),
            (BC, r"(?<!\d)62\d{14,17}(?!\d)", luhn.is_valid),
            (IMSI, r"(?<!\d)460\d{12}(?!\d)", lambda x: True),
            (ICCID, r"(?<!\d)8986\d{15,16}(?!\d)", luhn.is_valid),
            (IMEI, r"(?<!\d)\d{15}(?!\d)", luhn.is_valid),
            (EM, r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", lambda x: True),
            (IP, r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", lambda x: True)]
    for t, p, ok in pats:
        for m in re.finditer(p, text):
            bs = len(text[:m.start()].encode("utf-8"))
            if bs in covered or not ok(m.group()):
                continue
            out.append((name, t, m.group()))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--check", action="store_true", help="also list unlabelled identifier-like strings for review")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    all_labels = []
    sus = []
    for f in FILES:
        doc = f()
        data, labels = doc.render()
        with open(os.path.join(a.out, doc.name), "wb") as fh:
            fh.write(data)
        labels.sort()
        for (s, e, t, v), nxt in zip(labels, labels[1:] + [None]):
            assert data[s:e].decode("utf-8") == v
            assert valid(t, v), (doc.name, t, v)
            assert nxt is None or nxt[0] >= e, (doc.name, v, nxt)
            all_labels.append((doc.name, s, e, t))
        if a.check:
            sus += suspects(doc.name, data, [(s, e) for s, e, _, _ in labels])
    all_labels.sort()
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for fn, s, e, t in all_labels:
            fh.write(json.dumps({"file": fn, "start": s, "end": e, "type": t}) + "\n")
    cnt = {}
    for _, _, _, t in all_labels:
        cnt[t] = cnt.get(t, 0) + 1
    print("%d files, %d labels" % (len(FILES), len(all_labels)), file=sys.stderr)
    for t in sorted(cnt):
        print("  %-26s %5d" % (t, cnt[t]), file=sys.stderr)
    for x in sus:
        print("unlabelled:", *x, file=sys.stderr)


if __name__ == "__main__":
    main()
