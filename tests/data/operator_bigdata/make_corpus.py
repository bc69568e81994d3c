#!/usr/bin/python3
"""Synthetic, labelled corpus: data held by a Chinese mobile operator's big-data / network-analytics
platform (经分 / 大数据平台, O-domain and B-domain) - a fictitious provincial branch in Zhejiang.

All people, numbers and addresses are invented. Companies and sites are fictitious.

Files
-----
xdr_s1u_http_20240612_0815.txt     DPI probe HTTP XDR, '|' separated, no header (统一DPI format):
                                   S1-U rows (TAC + ECI) and 2/3G Gn rows (LAC + CI); IMSI, IMEI,
                                   MSISDN (86...), user IPv4/IPv6, SGW/eNB/GGSN/SGSN and server IPs,
                                   host / URI / user-agent / cookie; some URIs carry phone, token, lng/lat.
xdr_s1mme_20240612_0815.csv        S1-MME signalling XDR with header: attach, TAU, handover, service
                                   request, PDN connect; serving and target ECI, M-TMSI, S1AP ids.
xdr_volte_sip_20240612.txt         VoLTE Gm/Mw SIP XDR ('|', '#' header): calling/called numbers in plain
                                   form and inside sip:/tel: URIs, IMPI containing the IMSI, IMEI,
                                   P-Access-Network-Info ECGI strings, user IPv6, service numbers.
mr_sample_eci_20240612.csv         Measurement-report samples (MRO parsed, MDT/AGPS positioned): ECI,
                                   associated MSISDN / IMSI, serving and neighbour PCI / EARFCN, lng / lat.
dws_user_profile_wide_d_000000_0   Hive text file of the user-profile wide table (用户画像宽表),
                                   \\x01 field / \\x02 collection / \\x03 map-key separators, \\N nulls, no
                                   header.  Columns: stat_date, msisdn, user_id, cust_id, cust_name,
                                   cert_type_cd, cert_no, gender_cd, birth_dt (yyyymmdd), age, home_addr,
                                   contact_phone, email, imei, term_brand, term_model, innet_dt, pkg_name,
                                   arpu_3m, dou_3m_mb, mou_3m, top_apps, tags, car_plate, home_eci,
                                   work_eci, credit_lvl.
user_profile_wide_sample.csv       Profile sample as CSV with English column names (msisdn, msisdn_md5,
                                   cust_name, cust_name_py, cert_no, birth_dt, home_addr, work_addr,
                                   email, imei / meid, car_plate, home_lnglat pair, ...).
resident_work_location_202405.csv  常驻地 / 工作地 inference output with pinyin column names
                                   (sjhm, czd_eci, czd_jd, czd_wd, czd_dz, gzd_eci, gzd_jd, gzd_wd, gzd_dz).
people_flow_scenic_20240612.csv    Signalling-based people-flow (人流) statistics per scenic area and cell:
                                   aggregates only - NOTHING in this file is labelled.
roaming_user_d_20240612.txt        Roaming records (漫游清单, '|' separated): international roam-out,
                                   inter-province roam-in / roam-out; visited PLMN, VLR GT, first ECGI.
app_usage_rank_user_d_20240612.tsv Per-user app usage ranking (TSV), plain MSISDNs and a partition keyed
                                   by SHA-256 of the MSISDN.
complaint_predict_202406.ipynb     Jupyter notebook: complaint-prediction model feature sample and scored
                                   output (pandas text output), a raw CSV head, a DB connection password.
spark_user_tag_driver.log          Spark driver log of the user-tag job, printing df.show() sample rows,
                                   a malformed-record warning, a JDBC URL with password.
dm_load_test_data.sql              SQL script: test users, bank-card top-up records and 携号转网 records
                                   as INSERT literals, plus UPDATE / DELETE by msisdn / cert_no.
data_export_approval_DE20240610.txt 数据外发审批单: applicant, approvers, recipient contact, sample rows,
                                   SFTP credentials; recipient company and credit code are not PI.
kafka_lbs_realtime_events.txt      kafka-console-consumer output of real-time location events (key =
                                   MSISDN, JSON value with IMSI, IMEI, ECI / ECGI / NCI, lng / lat, user IP,
                                   CPE MAC / ICCID).
desensitize_rules.yaml             Data-masking rule configuration with example input values, masked
                                   example outputs, HMAC / FPE keys.
enodeb_cell_params_hz_202406.csv   Base-station engineering parameter table (基站工参): sites, ECI / ECGI,
                                   TAC, PCI, EARFCN, tower lng / lat, site addresses - infrastructure,
                                   NOTHING in this file is labelled.
crm_order_mnp_family_20240612.csv  B-domain CRM order export: 携号转网 port-in / port-out (auth codes,
                                   new ICCID / IMSI), 亲情网 (family plan) members with short numbers,
                                   SIM replacement, bank-card autopay binding; free-text remarks.

labels.jsonl: one object per line {"file", "start", "end", "type"}; start/end are UTF-8 byte
offsets into the file (end exclusive).

Label conventions
-----------------
* PHONE_NUMBER: subscriber / customer / contact numbers as written, including +86 / 0086 / 86
  prefixes (the 86 of an XDR MSISDN such as 8613812345678 is inside the span), spaces, dashes,
  full-width digits; landlines with area code.  Inside sip:/tel: URIs only the number (with its
  +86) is labelled.  Service numbers (10086, 12345, 95588, 400-...), VLR / MSC global titles,
  family-plan short numbers (短号 661), masked numbers (138****1234) and hashed MSISDNs are not.
* PERSON_NAME: full names of private people (subscribers, family members, staff, approvers,
  recipient contacts), Chinese or pinyin ("Zhang Wei", "ZHANG WEI"), every occurrence.  Masked
  names (张*), surnames with titles (王经理), system accounts and company names are not labelled.
* DATE_OF_BIRTH: birth dates only (yyyymmdd, yyyy-mm-dd, yyyy/mm/dd, 1985年3月7日); network-entry
  (innet), statistics, order and event dates are not.  Ages are not labelled.
* STREET_ADDRESS: a subscriber's home or work address whole (province/city/district ... room or
  house number), including inferred 常驻地 / 工作地 addresses written down to road + number or
  community.  Base-station site addresses, scenic-area names and company registered addresses are
  not labelled.
* CHINA_RESIDENT_ID_NUMBER: 18-digit (check digit valid, x / X) and legacy 15-digit numbers.
* CELL_ID: the value of a field named as a cell id (ci, cell_id, eci, ecgi, cgi, nci, ncgi,
  other_eci, home_eci / work_eci / czd_eci / top_eci) for a subscriber's serving or resident cell,
  or a whole CGI / ECGI / utran-cell-id-3gpp string.  LAC / TAC alone are not labelled.
  Base-station engineering tables and aggregate people-flow tables keyed by cell are
  infrastructure / statistics and are not labelled.  PCI / EARFCN / eNodeB id are not labelled.
* LOCATION_COORDINATES: a subscriber's (or subscriber device's) position; a "lng,lat" pair in one
  value is one label, separate longitude / latitude fields are labelled individually.  Tower,
  site, grid-centre and scenic-area coordinates are not labelled.
* IP_ADDRESS: subscriber device addresses only (user IPv4 / IPv6, UE address in SIP / Kafka).
  SGW / PGW / GGSN / SGSN / eNodeB / P-CSCF / server / database / executor addresses are not.
* IMSI_ID, IMEI_HARDWARE_ID, MEID, ICCID_NUMBER, MAC_ADDRESS: the value only; an IMSI inside an IMPI
  (4600...@ims.mnc000...) is labelled without the domain.  All-F / empty placeholders are not.
* CREDENTIAL: the password / token / secret / key value only (URL token=, JDBC password=, SFTP
  password, HMAC / FPE keys, 携号转网 authorisation codes).  Session ids, cookies such as _ga, and
  hashes are not labelled.
* BANK_CARD_NUMBER as written (spaces included); CHINA_LICENSE_PLATE; CHINA_PASSPORT;
  HK_MACAU_TRAVEL_PERMIT; EMAIL_ADDRESS (whole address).
* Not labelled: XDR ids, session / call ids, ICIDs, S1AP ids, M-TMSI, TEIDs, 18-digit order /
  customer ids, user ids, epoch timestamps, counters, amounts, TAC / LAC / PCI / EARFCN, MCC / MNC
  and PLMN codes, grid ids, hashes, UUIDs, version strings, Yarn application ids, Unified Social
  Credit Codes, masked values, family-plan group ids, short numbers.

usage: make_corpus.py [--out DIR]
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys

import phonenumbers
from stdnum import imei as std_imei
from stdnum import imsi as std_imsi
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20240612
R = random.Random(SEED)
DIG = "0123456789"
HEXU = "0123456789ABCDEF"

N = "PERSON_NAME"
DOB = "DATE_OF_BIRTH"
RID = "CHINA_RESIDENT_ID_NUMBER"
ADDR = "STREET_ADDRESS"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
BC = "BANK_CARD_NUMBER"
CRED = "CREDENTIAL"
IP = "IP_ADDRESS"
MAC = "MAC_ADDRESS"
COORD = "LOCATION_COORDINATES"
CELL = "CELL_ID"
PLATE = "CHINA_LICENSE_PLATE"
PP = "CHINA_PASSPORT"
HKP = "HK_MACAU_TRAVEL_PERMIT"
IMSI = "IMSI_ID"
IMEI = "IMEI_HARDWARE_ID"
MEID = "MEID"
ICCID = "ICCID_NUMBER"

# ----------------------------------------------------------------------------- document helper


class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def w(self, *parts):
        """parts: str (plain) or (value, TYPE) tuples (labelled)."""
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


def row(doc, cells, sep=",", nl="\n"):
    """cells: str, (value, type) or list of parts; CSV quoting when sep=="," and a comma is inside."""
    parts = []
    for i, c in enumerate(cells):
        if i:
            parts.append(sep)
        if sep == ",":
            txt = c if isinstance(c, str) else (c[0] if isinstance(c, tuple) else "".join(x if isinstance(x, str) else x[0] for x in c))
            if "," in txt or '"' in txt:
                assert '"' not in txt
                parts.extend(['"', c, '"'])
                continue
        parts.append(c)
    parts.append(nl)
    doc.w(*parts)


# ---- minimal JSON emitter with labels


class V:
    def __init__(self, v, t, num=False):
        self.v, self.t, self.num = v, t, num


class S:
    """A JSON string built from plain and labelled parts."""

    def __init__(self, *parts):
        self.parts = parts


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(doc, obj, indent=None, level=0, sep=(", ", ": ")):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    endpad = "" if indent is None else " " * (indent * level)
    if isinstance(obj, V):
        if obj.num:
            doc.w(L(obj.v, obj.t))
        else:
            assert jstr(obj.v) == obj.v, obj.v
            doc.w('"', L(obj.v, obj.t), '"')
    elif isinstance(obj, S):
        doc.w('"')
        for p in obj.parts:
            if isinstance(p, tuple):
                assert jstr(p[0]) == p[0], p
                doc.w(p)
            else:
                doc.w(jstr(p))
        doc.w('"')
    elif isinstance(obj, dict):
        if not obj:
            doc.w("{}")
            return
        doc.w("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            doc.w(pad + json.dumps(k, ensure_ascii=False) + sep[1])
            jemit(doc, v, indent, level + 1, sep)
            if i < len(items) - 1:
                doc.w(sep[0].rstrip(" ") if indent is not None else sep[0])
            doc.w(nl)
        doc.w(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            doc.w("[]")
            return
        doc.w("[" + nl)
        for i, v in enumerate(obj):
            doc.w(pad)
            jemit(doc, v, indent, level + 1, sep)
            if i < len(obj) - 1:
                doc.w(sep[0].rstrip(" ") if indent is not None else sep[0])
            doc.w(nl)
        doc.w(endpad + "]")
    else:
        doc.w(json.dumps(obj, ensure_ascii=False))


# ----------------------------------------------------------------------------- pools

SURN = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
        ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
        ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
        ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
        ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
        ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"),
        ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
        ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"),
        ("姚", "yao"), ("卢", "lu"), ("钟", "zhong"), ("陆", "lu"), ("汪", "wang"), ("金", "jin"),
        ("方", "fang"), ("邵", "shao"), ("钱", "qian"), ("俞", "yu"), ("楼", "lou"), ("应", "ying"),
        ("欧阳", "ouyang"), ("诸葛", "zhuge"), ("司马", "sima")]
SURN_W = [10] * 20 + [4] * 40 + [1] * 3

GIVEN = [("建国", "jianguo", 1), ("丽华", "lihua", 0), ("伟", "wei", 1), ("芳", "fang", 0), ("秀英", "xiuying", 0),
         ("敏", "min", 0), ("静", "jing", 0), ("强", "qiang", 1), ("磊", "lei", 1), ("军", "jun", 1),
         ("洋", "yang", 1), ("勇", "yong", 1), ("艳", "yan", 0), ("杰", "jie", 1), ("娟", "juan", 0), ("涛", "tao", 1),
         ("明", "ming", 1), ("超", "chao", 1), ("秀兰", "xiulan", 0), ("霞", "xia", 0), ("刚", "gang", 1),
         ("建华", "jianhua", 1), ("志强", "zhiqiang", 1), ("海燕", "haiyan", 0), ("红梅", "hongmei", 0),
         ("晓东", "xiaodong", 1), ("雪梅", "xuemei", 0), ("国强", "guoqiang", 1), ("立新", "lixin", 1),
         ("玉兰", "yulan", 0), ("文杰", "wenjie", 1), ("婷婷", "tingting", 0), ("慧", "hui", 0), ("鹏", "peng", 1),
         ("晓燕", "xiaoyan", 0), ("永刚", "yonggang", 1), ("卫东", "weidong", 1), ("春燕", "chunyan", 0),
         ("海峰", "haifeng", 1), ("丽萍", "liping", 0), ("志刚", "zhigang", 1), ("晓红", "xiaohong", 0),
         ("美玲", "meiling", 0), ("振华", "zhenhua", 1), ("佳", "jia", 0), ("琳", "lin", 0), ("颖", "ying", 0),
         ("晶晶", "jingjing", 0), ("亚楠", "yanan", 0), ("思敏", "simin", 0), ("浩", "hao", 1), ("凯", "kai", 1),
         ("雯", "wen", 0), ("子涵", "zihan", 1), ("梓轩", "zixuan", 1), ("欣怡", "xinyi", 0), ("浩然", "haoran", 1),
         ("雨桐", "yutong", 0), ("宇轩", "yuxuan", 1), ("诗涵", "shihan", 0), ("思远", "siyuan", 1),
         ("俊熙", "junxi", 1), ("佳怡", "jiayi", 0), ("博文", "bowen", 1), ("一鸣", "yiming", 1), ("泽宇", "zeyu", 1),
         ("雅琪", "yaqi", 0), ("天宇", "tianyu", 1), ("梦瑶", "mengyao", 0), ("宇航", "yuhang", 1), ("嘉豪", "jiahao", 1)]

REGIONS = [
    ("330102", "浙江省", "杭州市", "上城区"), ("330105", "浙江省", "杭州市", "拱墅区"),
    ("330106", "浙江省", "杭州市", "西湖区"), ("330108", "浙江省", "杭州市", "滨江区"),
    ("330109", "浙江省", "杭州市", "萧山区"), ("330110", "浙江省", "杭州市", "余杭区"),
    ("330203", "浙江省", "宁波市", "海曙区"), ("330302", "浙江省", "温州市", "鹿城区"),
    ("330402", "浙江省", "嘉兴市", "南湖区"), ("330522", "浙江省", "湖州市", "长兴县"),
    ("330602", "浙江省", "绍兴市", "越城区"), ("330782", "浙江省", "金华市", "义乌市"),
    ("331002", "浙江省", "台州市", "椒江区"), ("330881", "浙江省", "衢州市", "江山市"),
    ("110105", "北京市", "北京市", "朝阳区"), ("310115", "上海市", "上海市", "浦东新区"),
    ("320102", "江苏省", "南京市", "玄武区"), ("320583", "江苏省", "苏州市", "昆山市"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("370212", "山东省", "青岛市", "崂山区"), ("410105", "河南省", "郑州市", "金水区"),
    ("420111", "湖北省", "武汉市", "洪山区"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("440106", "广东省", "广州市", "天河区"), ("500112", "重庆市", "重庆市", "渝北区"),
    ("510107", "四川省", "成都市", "武侯区"), ("520102", "贵州省", "贵阳市", "南明区"),
    ("610113", "陕西省", "西安市", "雁塔区"), ("350203", "福建省", "厦门市", "思明区"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("412702", "河南省", "周口地区", "周口市"),
]
REG = {r[0]: r for r in REGIONS}
HZ = [r for r in REGIONS if r[2] == "杭州市"]
HZ_CENTER = {"上城区": (120.171, 30.250), "拱墅区": (120.141, 30.319), "西湖区": (120.104, 30.271),
             "滨江区": (120.205, 30.192), "萧山区": (120.266, 30.163), "余杭区": (120.006, 30.286)}

HZ_ROADS = ["文三路", "文一西路", "古墩路", "莫干山路", "教工路", "学院路", "丰潭路", "天目山路", "紫荆花路",
            "江南大道", "滨盛路", "西溪路", "余杭塘路", "萍水街", "湖墅南路", "秋涛路", "钱江路", "金城路",
            "文二西路", "五常大道", "良睦路", "东信大道", "闻涛路", "石桥路", "市心中路", "建设一路"]
GEN_ROADS = ["人民路", "解放路", "中山路", "建设路", "胜利街", "光明路", "和平路", "新华路", "长江路",
             "黄河路", "东风路", "幸福路", "青年路", "学府路", "世纪大道", "滨河路", "朝阳路", "工业路"]
COMMS = ["翠苑一区", "文鼎苑", "嘉绿苑", "万科城", "阳光花园", "锦绣江南", "金色家园", "碧桂园", "绿城桂花园",
         "世纪花城", "骆家庄", "蓝庭花园", "和家园", "闲林山水", "滨江金色海岸", "紫金港花园", "西溪诚园",
         "保利天汇", "融创河滨之城", "新城府", "中海国际社区", "龙湖春江郦城", "江南春城", "钱江湾花园"]
TOWNS = [("瓶窑镇", "南山村"), ("良渚街道", "港南村"), ("义桥镇", "湘南村"), ("塘栖镇", "丁河村"), ("瓜沥镇", "航民村")]
BUILDINGS = ["恒鑫大厦", "东部软件园", "华星时代广场", "金盛大厦", "星光国际", "数字大厦", "海创园", "欧美金融城",
             "天阳明珠", "物联网产业园", "信雅达国际", "江虹国际创意园", "西溪谷国际商务中心"]
COMPANIES = ["杭州数澜信息技术有限公司", "浙江云图智联科技有限公司", "杭州知行数据服务有限公司",
             "浙江鼎衡网络科技有限公司", "杭州星链位置智能有限公司"]

BANKS = [("621700", 19, "建设银行"), ("622848", 19, "农业银行"), ("622202", 19, "工商银行"),
         ("621661", 19, "中国银行"), ("621485", 16, "招商银行"), ("622588", 16, "招商银行"),
         ("622188", 19, "邮储银行"), ("622262", 19, "交通银行"), ("623668", 19, "建设银行"),
         ("622908", 18, "兴业银行"), ("621792", 19, "杭州银行")]

OPS = {
    "cmcc": ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
             "172", "178", "182", "183", "184", "187", "188", "195", "198"],
    "cucc": ["130", "131", "132", "155", "156", "166", "175", "176", "185", "186", "196"],
    "ctcc": ["133", "153", "173", "177", "180", "181", "189", "190", "191", "193", "199"],
}

TACS = ["86891003", "86753203", "86936504", "35386910", "86446205", "86769704", "35467211", "86401806",
        "86813705", "86264305", "86057206", "35290611", "86982505", "86617405"]
TERMS = [("HUAWEI", "Mate 60 Pro"), ("HUAWEI", "nova 11"), ("Apple", "iPhone 14"), ("Apple", "iPhone 15 Pro"),
         ("Xiaomi", "Redmi K60"), ("Xiaomi", "Xiaomi 13"), ("OPPO", "Reno10"), ("vivo", "X90"),
         ("vivo", "Y78"), ("HONOR", "Magic5"), ("Samsung", "Galaxy S23"), ("OnePlus", "Ace 2")]
UAS = ["Mozilla/5.0 (Linux; Android 13; V2309A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2d) NetType/4G Language/zh_CN",
       "Dalvik/2.1.0 (Linux; U; Android 12; ALN-AL00 Build/HUAWEIALN-AL00)",
       "okhttp/4.9.3",
       "AlipayClient/10.5.36.7100 (iPhone; iOS 16.6.1)",
       "com.ss.android.ugc.aweme/270701 (Linux; U; Android 13; zh_CN; 22127RK46C; Build/TKQ1.220905.001; Cronet/TTNetVersion:2c3cd83c 2023-09-19)",
       "Mozilla/5.0 (Linux; Android 12; PGBM10) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/97.0.4692.98 Mobile Safari/537.36 HeyTapBrowser/40.8.12.1",
       "WeChat/8.0.42.2460 CFNetwork/1408.0.4 Darwin/22.5.0"]
HOSTS = [("api.m.taobao.com", "/gw/mtop.taobao.detail.getdetail/6.0/"), ("aweme.snssdk.com", "/aweme/v1/feed/"),
         ("mp.weixin.qq.com", "/s"), ("dns.weixin.qq.com", "/cgi-bin/micromsg-bin/newgetdns"),
         ("mobile.12306.cn", "/otsmobile/app/mgs/mgw.htm"), ("amap.com", "/v3/config/district"),
         ("www.baidu.com", "/s"), ("tbcdn.cn", "/mfs/8f/3e/a2.jpg"), ("gxb.mmstat.com", "/stat.gif"),
         ("apimeishi.meituan.com", "/meishi/poi/v1/poi/info"), ("api.bilibili.com", "/x/v2/feed/index"),
         ("h5.zj.10086.cn", "/app/index.html"), ("open.e.189.cn", "/api/common/config")]
APPS = [("1001", "微信", "即时通信"), ("1002", "抖音", "短视频"), ("1003", "淘宝", "电子商务"), ("1004", "支付宝", "支付"),
        ("1005", "高德地图", "地图导航"), ("1006", "哔哩哔哩", "视频"), ("1007", "王者荣耀", "游戏"), ("1008", "美团", "生活服务"),
        ("1009", "快手", "短视频"), ("1010", "拼多多", "电子商务"), ("1011", "QQ音乐", "音乐"), ("1012", "中国移动", "运营商"),
        ("1013", "钉钉", "办公"), ("1014", "小红书", "社交"), ("1015", "腾讯视频", "视频"), ("1016", "铁路12306", "出行")]
PKGS = ["全球通畅享套餐128元", "动感地带芒果卡39元", "5G智享套餐(个人版)198元", "神州行基础卡8元", "和家庭融合套餐169元",
        "5G畅享套餐98元", "花卡宝藏版29元"]

FW = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")

# ----------------------------------------------------------------------------- generators


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def hexs(n, upper=True):
    s = "".join(R.choice(HEXU) for _ in range(n))
    return s if upper else s.lower()


def luhn_check(body):
    return luhn.calc_check_digit(body)


def mobile(op="cmcc"):
    if op == "any":
        op = R.choices(["cmcc", "cucc", "ctcc"], [5, 3, 3])[0]
    while True:
        n = R.choice(OPS[op]) + digits(8)
        p = phonenumbers.parse(n, "CN")
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n


def landline(area="0571"):
    while True:
        n = area + R.choice("2345678") + digits(7 if area in ("010", "021", "020") or len(area) == 4 else 6)
        if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
            return n


def fmt_mob(n, style):
    if style == "plain":
        return n
    if style == "sp":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "+86":
        return "+86" + n
    if style == "+86sp":
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "0086":
        return "0086" + n
    if style == "86":
        return "86" + n
    if style == "fw":
        return n.translate(FW)
    raise ValueError(style)


def mask_mob(n):
    return n[:3] + "****" + n[7:]


def fmt_land(n):
    area = n[:3] if n[:3] in ("010", "021", "020") else n[:4]
    return f"{area}-{n[len(area):]}"


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1)
    b = dt.date(y1, 12, 31)
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def make_id(code, dob, sex):
    while True:
        seq = R.randrange(0, 1000)
        if seq % 2 == sex:
            break
    body = f"{code}{dob:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def id15(code, dob, sex):
    while True:
        seq = R.randrange(0, 1000)
        if seq % 2 == sex:
            return f"{code}{dob:%y%m%d}{seq:03d}"


def bank_card(spaced=False):
    b, n, bank = R.choice(BANKS)
    body = b + digits(n - len(b) - 1)
    num = body + luhn_check(body)
    if spaced:
        num = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num, bank


def imei():
    body = R.choice(TACS) + digits(6)
    return body + luhn_check(body)


def imsi(mnc=None):
    mnc = mnc or R.choices(["00", "02", "07"], [6, 3, 1])[0]
    return "460" + mnc + digits(10)


def iccid(op="00"):
    body = "8986" + op + digits(13)
    return body + luhn_check(body)


def meid():
    return "A" + R.choice("0123456789ABCDEF") + hexs(12)


def mac_addr(style="colon"):
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    h = ["%02x" % x for x in b]
    if style == "colon":
        return ":".join(h)
    if style == "DASH":
        return "-".join(h).upper()
    return "".join(h).upper()


def user_ip4():
    if R.random() < 0.7:
        return f"10.{R.randrange(40, 230)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    return f"100.{R.randrange(64, 128)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"


def user_ip6():
    pre = R.choice(["2409:8934", "2409:8a28", "2409:893c", "2409:8d1e", "2409:8962"])
    parts = pre.split(":") + ["%x" % R.randrange(0x100, 0x10000) for _ in range(2)]
    if R.random() < 0.6:
        parts += ["%x" % R.randrange(0, 0x10000) for _ in range(4)]
        return ":".join(parts)
    return ":".join(parts) + "::" + "%x" % R.randrange(1, 0x10000)


def server_ip():
    return R.choice(["117.147", "112.13", "39.156", "183.131", "140.205", "120.253", "101.91", "220.181", "36.152",
                     "111.13", "203.119"]) + f".{R.randrange(0, 256)}.{R.randrange(1, 255)}"


def net_ip(kind):
    if kind == "sgw":
        return f"221.131.{R.randrange(128, 160)}.{R.randrange(1, 255)}"
    if kind == "enb":
        return f"10.{R.choice([71, 72, 73, 88])}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    if kind == "mme":
        return f"211.140.{R.randrange(0, 16)}.{R.randrange(1, 255)}"
    return f"211.138.{R.randrange(0, 255)}.{R.randrange(1, 255)}"


def passport():
    k = R.random()
    if k < 0.55:
        return "E" + digits(8)
    if k < 0.85:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


def hk_permit():
    return "C" + digits(8) if R.random() < 0.6 else "C" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)


def plate(newenergy=False):
    city = R.choice("AAAABCDFGH")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if newenergy:
        tail = R.choice("DF") + (R.choice(letters) if R.random() < 0.3 else R.choice(DIG)) + digits(4)
    else:
        chars = [R.choice(DIG) for _ in range(5)]
        for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
            chars[i] = R.choice(letters)
        tail = "".join(chars)
    return "浙" + city + tail


def uscc_code(region="330106"):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        org = "".join(R.choice(alphabet) for _ in range(8))
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(alphabet.index(c) * wi for c, wi in zip(org, w))
        c = 11 - s % 11
        org += "X" if c == 10 else ("0" if c == 11 else str(c))
        body = "91" + region + org
        code = body + uscc.calc_check_digit(body)
        if uscc.is_valid(code):
            return code


def uuid4():
    h = hexs(32, False)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) - 8 * 3600 * 1000 + R.randrange(1000)


def order_id(t=None):
    t = t or dt.datetime(2024, 6, 12)
    return f"{t:%y%m%d}" + digits(12)


def address(reg=None, style=None):
    reg = reg or R.choice(HZ)
    code, prov, city, dist = reg
    roads = HZ_ROADS if city == "杭州市" else GEN_ROADS
    style = style or R.choices(["full", "short", "rural", "lane", "jiedao"], [5, 2, 1, 1, 2])[0]
    pc = prov + dist if prov == city else prov + city + dist
    n = R.randrange(1, 999)
    b, u, r = R.randrange(1, 32), R.randrange(1, 5), R.randrange(1, 33) * 100 + R.randrange(1, 5)
    if style == "full":
        return f"{pc}{R.choice(roads)}{n}号{R.choice(COMMS)}{b}{R.choice('幢栋')}{u}单元{r}室"
    if style == "short":
        return f"{city if prov != city else prov}{dist}{R.choice(COMMS)}{b}栋{u}单元{r}"
    if style == "rural":
        t, v = R.choice(TOWNS)
        return f"{pc}{t}{v}{R.randrange(1, 15)}组{R.randrange(1, 120)}号"
    if style == "lane":
        return f"{pc}{R.choice(roads)}{n}弄{b}号{r}室"
    jd = ['三墩', '蒋村', '留下', '西兴', '五常', '翠苑', '北山', '闻堰'] if city == "杭州市" else ['新华', '人民', '城东', '城南']
    return f"{pc}{R.choice(jd)}街道{R.choice(COMMS)}{b}-{u}-{r}"


def work_address(reg=None):
    code, prov, city, dist = reg or R.choice(HZ)
    roads = HZ_ROADS if city == "杭州市" else GEN_ROADS
    if R.random() < 0.5:
        return f"{city}{dist}{R.choice(roads)}{R.randrange(1, 999)}号{R.choice(BUILDINGS)}{R.randrange(2, 28)}楼"
    return f"{prov}{city}{dist}{R.choice(roads)}{R.randrange(1, 999)}号{R.choice(BUILDINGS)}{R.choice('ABC')}座{R.randrange(2, 25)}{R.randrange(1, 20):02d}室"


def person(age="adult", regions=None, sex=None, surname=None):
    s, spy = surname or R.choices(SURN, SURN_W)[0]
    sx = R.randrange(2) if sex is None else sex
    pool = [g for g in GIVEN if g[2] == sx]
    g, gpy, _ = R.choice(pool)
    y0, y1 = {"adult": (1966, 1995), "young": (1996, 2006), "old": (1945, 1965)}[age]
    dob = rand_date(y0, y1)
    reg = R.choice(regions or (HZ * 3 + REGIONS))
    return dict(name=s + g, py=spy + gpy, sur=s, sur_py=spy, given_py=gpy, sex=sx, dob=dob,
                id=make_id(reg[0], dob, sx), reg=reg)


def pinyin_name(p, style):
    if style == "title":
        return f"{p['sur_py'].capitalize()} {p['given_py'].capitalize()}"
    if style == "upper":
        return f"{p['sur_py'].upper()} {p['given_py'].upper()}"
    return f"{p['given_py'].capitalize()} {p['sur_py'].capitalize()}"


def email_of(p):
    k = R.random()
    if k < 0.35:
        return f"{p['msisdn']}@139.com"
    if k < 0.6:
        return (digits(R.randrange(8, 11)).lstrip("0") or "1") + "@qq.com"
    return f"{p['py']}{p['dob']:%m%d}@{R.choice(['163.com', '126.com', 'sina.com', 'foxmail.com'])}"


# ----------------------------------------------------------------------------- network and population

CELLS = []      # LTE cells of the fictitious Hangzhou network
NR_CELLS = []
SITES = []


def build_network():
    used = set()
    vendors = ["华为", "中兴", "爱立信", "诺基亚贝尔"]
    for i in range(34):
        reg = R.choice(HZ)
        c0 = HZ_CENTER[reg[3]]
        while True:
            enb = R.randrange(560000, 640000)
            if enb not in used:
                used.add(enb)
                break
        lng = round(c0[0] + (R.random() - 0.5) * 0.08, 6)
        lat = round(c0[1] + (R.random() - 0.5) * 0.06, 6)
        tac = R.choice([22541, 22542, 22566, 22567, 22601, 22615, 22630])
        road = R.choice(HZ_ROADS)
        kind = R.choice(["宏站", "宏站", "宏站", "室分", "微站"])
        sname = f"HZ{reg[3][:2]}{road[:2]}{R.choice(['', '东', '西', '北'])}{kind}{R.randrange(1, 9)}"
        saddr = f"杭州市{reg[3]}{road}{R.randrange(1, 600)}号{R.choice(['楼顶', '铁塔', '地下车库', '通信机房', '路灯杆'])}"
        site = dict(enb=enb, reg=reg, lng=lng, lat=lat, tac=tac, name=sname, addr=saddr, vendor=R.choice(vendors), kind=kind)
        SITES.append(site)
        base = R.choice([1, 49, 129])
        for k in range(R.choice([1, 3, 3, 3])):
            lcid = base + k
            eci = enb * 256 + lcid
            CELLS.append(dict(site=site, lcid=lcid, eci=eci, tac=tac, pci=R.randrange(0, 504),
                              earfcn=R.choice([38400, 38950, 39148, 40936, 1300, 3683]), azi=(k * 120 + R.randrange(0, 60)) % 360,
                              lng=lng, lat=lat, reg=reg))
        if R.random() < 0.4:
            gnb = R.randrange(0x100000, 0x3FFFFF)
            for k in range(3):
                nci = gnb * 4096 + k + 1
                NR_CELLS.append(dict(site=site, gnb=gnb, nci=nci, tac=tac + 1000000, pci=R.randrange(0, 1008),
                                     arfcn=R.choice([504990, 627264, 633984]), lng=lng, lat=lat, reg=reg, lcid=k + 1))


def ecgi(eci, style=None):
    style = style or R.choice(["dash", "hex", "dash"])
    if style == "dash":
        return f"460-00-{eci // 256}-{eci % 256}"
    return "46000" + "%07X" % eci


def near(cell, r=0.004):
    return (round(cell["lng"] + (R.random() - 0.5) * 2 * r, 6), round(cell["lat"] + (R.random() - 0.5) * 2 * r, 6))


SUBS = []


def build_population(n):
    for i in range(n):
        age = R.choices(["young", "adult", "old"], [3, 6, 1])[0]
        p = person(age)
        hc = R.choice(CELLS)
        wc = R.choice(CELLS)
        p["msisdn"] = mobile("cmcc")
        p["imsi"] = imsi()
        p["imei"] = imei()
        p["ip4"] = user_ip4()
        p["ip6"] = user_ip6()
        p["home_cell"], p["work_cell"] = hc, wc
        p["home_ll"], p["work_ll"] = near(hc), near(wc)
        p["home_addr"] = address(hc["reg"], R.choices(["full", "short", "lane", "jiedao"], [5, 2, 1, 2])[0])
        p["work_addr"] = work_address(wc["reg"])
        p["term"] = R.choice(TERMS)
        p["email"] = None
        SUBS.append(p)


def sub():
    return R.choice(SUBS)


def cur_cell(p):
    k = R.random()
    if k < 0.4:
        return p["home_cell"]
    if k < 0.7:
        return p["work_cell"]
    return R.choice(CELLS)


# ----------------------------------------------------------------------------- files


def f_s1u():
    d = Doc("xdr_s1u_http_20240612_0815.txt")
    t = dt.datetime(2024, 6, 12, 8, 15, 0)
    for i in range(52):
        p = sub()
        t += dt.timedelta(milliseconds=R.randrange(50, 9000))
        st = epoch_ms(t)
        en = st + R.randrange(20, 6000)
        gn = R.random() < 0.15
        host, uri = R.choice(HOSTS)
        uri_parts = [uri]
        k = R.random()
        if host == "h5.zj.10086.cn" or k < 0.08:
            host = "h5.zj.10086.cn"
            uri_parts = ["/recharge/order?mobile=", L(p["msisdn"], PH), f"&amount={R.choice([30, 50, 100])}&channel=wx"]
        elif k < 0.14:
            host = "api.ride-demo.cn"
            lng, lat = near(cur_cell(p))
            uri_parts = ["/v2/nearby/drivers?lng=", L(f"{lng:.6f}", COORD), "&lat=", L(f"{lat:.6f}", COORD), "&city=330100"]
        elif k < 0.19:
            host = "sdk.push-demo.com"
            uri_parts = [f"/v1/report?appid=wx{hexs(16, False)}&token=", L(hexs(40, False), CRED), f"&ts={st}"]
        elif host in ("www.baidu.com",):
            uri_parts = [f"/s?wd=%E5%A4%A9%E6%B0%94&rsv_t={hexs(20, False)}"]
        elif host == "mp.weixin.qq.com":
            uri_parts = [f"/s?__biz=MzA{hexs(10, False)}==&mid={R.randrange(2 ** 31)}&idx=1&sn={hexs(32, False)}"]
        imsi_v = L(p["imsi"], IMSI) if R.random() > 0.05 else ""
        imei_v = L(p["imei"], IMEI) if R.random() > 0.1 else R.choice(["", "FFFFFFFFFFFFFFFF"])
        ms = R.random()
        msisdn_v = L("86" + p["msisdn"], PH) if ms < 0.75 else (L(p["msisdn"], PH) if ms < 0.92 else "")
        if gn:
            lac = R.randrange(22000, 23999)
            ci = R.randrange(1000, 65535)
            iface, rat, sgw, enb, tac, cellv = "3", R.choice(["1", "2"]), net_ip("ggsn"), net_ip("enb"), str(lac), L(str(ci), CELL)
            apn = R.choice(["cmnet", "cmwap"])
        else:
            c = cur_cell(p)
            iface, rat, sgw, enb, tac, cellv = "11", "6", net_ip("sgw"), net_ip("enb"), str(c["tac"]), L(str(c["eci"]), CELL)
            apn = R.choice(["cmnet", "cmnet.mnc000.mcc460.gprs", "CMNET"])
        v4 = R.random() < 0.7 or gn
        v6 = (not gn) and (not v4 or R.random() < 0.35)
        ua = R.choice(UAS)
        cookie = R.choice(["", f"_ga=GA1.2.{R.randrange(10**9)}.{st // 1000}", f"cna={hexs(24, False)}; isg={hexs(16, False)}",
                           f"locale=zh-CN; uuid={uuid4()}"])
        fields = [str(R.randrange(300, 1800)), "0571", iface, hexs(32), rat, imsi_v, imei_v, msisdn_v, "1", sgw, enb,
                  "2152", "2152", str(R.randrange(10**8, 4 * 10**9)), str(R.randrange(10**8, 4 * 10**9)), tac, cellv, apn,
                  "103", str(st), str(en), "1", str(R.randrange(1, 20)), str(R.randrange(1, 300)), "0", "0",
                  L(p["ip4"], IP) if v4 else "", L(p["ip6"], IP) if v6 else "", str(R.randrange(1024, 65535)), "0",
                  server_ip(), "", R.choice(["80", "443", "8080"]), str(R.randrange(200, 90000)), str(R.randrange(200, 3000000)),
                  str(R.randrange(1, 200)), str(R.randrange(1, 3000)), str(R.randrange(0, 5)), str(R.randrange(0, 30)),
                  str(R.randrange(10, 300)), "3", "6", R.choice(["200", "200", "200", "304", "302", "404"]),
                  str(R.randrange(10, 900)), str(R.randrange(10, 3000)), str(R.randrange(10, 3000)), host, uri_parts,
                  "", ua, R.choice(["application/json", "text/html", "image/jpeg", "application/octet-stream"]),
                  "", cookie, str(R.randrange(0, 200000))]
        row(d, fields, sep="|")
    return d


def f_s1mme():
    d = Doc("xdr_s1mme_20240612_0815.csv")
    hdr = ["length", "city", "interface", "xdr_id", "rat", "imsi", "imei", "msisdn", "procedure_type", "start_time",
           "end_time", "procedure_status", "request_cause", "failure_cause", "keyword1", "mme_ue_s1ap_id", "old_mme_group_id",
           "old_mme_code", "old_m_tmsi", "mme_group_id", "mme_code", "m_tmsi", "user_ipv4", "user_ipv6", "mme_ip_add",
           "enb_ip_add", "mme_port", "enb_port", "tac", "cell_id", "other_tac", "other_eci", "apn", "eps_bearer_number"]
    row(d, hdr)
    t = dt.datetime(2024, 6, 12, 8, 15, 0)
    for i in range(48):
        p = sub()
        t += dt.timedelta(milliseconds=R.randrange(20, 12000))
        st = epoch_ms(t)
        proc = R.choices([1, 2, 5, 16, 3, 4, 20], [2, 5, 3, 3, 1, 2, 1])[0]
        c = cur_cell(p)
        other_tac, other_eci = "", ""
        if proc in (16, 5):
            c2 = R.choice(CELLS)
            other_tac, other_eci = str(c2["tac"]), L(str(c2["eci"]), CELL)
        ipv4 = L(p["ip4"], IP) if proc in (1, 4) else ""
        ipv6 = L(p["ip6"], IP) if proc in (1, 4) and R.random() < 0.6 else ""
        status = R.choices(["0", "1"], [9, 1])[0]
        msisdn_v = L(R.choice(["86", ""]) + p["msisdn"], PH) if R.random() > 0.1 else ""
        imei_v = L(p["imei"], IMEI) if proc in (1, 5, 2, 16) and R.random() > 0.15 else ""
        fields = [str(R.randrange(200, 600)), "0571", "5", hexs(32), "6", L(p["imsi"], IMSI), imei_v, msisdn_v, str(proc),
                  str(st), str(st + R.randrange(5, 900)), status, str(R.randrange(0, 10)), "0" if status == "0" else str(R.choice([3, 7, 15, 111])),
                  "0", str(R.randrange(10**6, 2 ** 31)), "32769" if proc in (1, 5) else "", "1" if proc in (1, 5) else "",
                  hexs(8) if proc in (1, 5) else "", "32769", str(R.choice([1, 2, 3])), hexs(8), ipv4, ipv6, net_ip("mme"), net_ip("enb"),
                  "36412", "36412", str(c["tac"]), L(str(c["eci"]), CELL), other_tac, other_eci,
                  R.choice(["cmnet", "ims", "cmnet.mnc000.mcc460.gprs"]) if proc in (1, 4) else "", str(R.randrange(1, 3))]
        row(d, fields)
    return d


def f_volte():
    d = Doc("xdr_volte_sip_20240612.txt")
    d.w("#xdr_id|interface|procedure_type|start_time|end_time|service_type|procedure_status|calling_number|called_number|"
        "calling_party_uri|called_party_uri|request_uri|imsi|imei|call_id|icid|user_ipv6|user_port|pcscf_ip|pcscf_port|"
        "access_type|pani|eci|alerting_time|answer_time|release_cause|codec|hold_time_ms\n")
    dom = "ims.mnc000.mcc460.3gppnetwork.org"
    t = dt.datetime(2024, 6, 12, 9, 0, 0)
    for i in range(26):
        p = sub()
        t += dt.timedelta(seconds=R.randrange(2, 120))
        st = epoch_ms(t)
        c = cur_cell(p)
        kind = R.choices(["CALL", "SMS", "REGISTER"], [6, 2, 1])[0]
        mo = R.random() < 0.6
        pani = ["3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=", L("46000" + "%04X" % c["tac"] + "%07X" % c["eci"], CELL)] if R.random() < 0.75 else ""
        imei_v = L(p["imei"], IMEI) if R.random() > 0.2 else ""
        if kind == "REGISTER":
            calling = L(p["msisdn"], PH)
            called = ""
            cu = ["sip:", L(p["imsi"], IMSI), "@" + dom]
            du = ""
            ru = "sip:" + dom
        else:
            pk = R.random()
            if pk < 0.55:
                peer = mobile("any")
                pf = R.choice(["plain", "86", "+86"])
                peer_v = L(fmt_mob(peer, pf), PH)
                peer_uri = R.choice([["tel:", L("+86" + peer, PH)], ["sip:", L("+86" + peer, PH), "@" + dom + ";user=phone"]])
            elif pk < 0.8:
                peer = landline(R.choice(["0571", "0571", "0574", "021", "010"]))
                peer_v = L(peer, PH)
                peer_uri = ["tel:", L("+86" + peer[1:], PH), ";phone-context=" + dom]
            else:
                sv = R.choice(["10086", "12345", "95588", "110", "4008123123", "95533"])
                peer_v = sv
                peer_uri = "tel:" + sv + ";phone-context=" + dom
            own_v = L(R.choice(["", "86"]) + p["msisdn"], PH)
            own_uri = ["sip:", L("+86" + p["msisdn"], PH), "@" + dom]
            if mo:
                calling, called, cu, du = own_v, peer_v, own_uri, peer_uri
            else:
                calling, called, cu, du = peer_v, own_v, peer_uri, own_uri
            ru = du
        status = R.choices(["0", "1", "2"], [8, 1, 1])[0]
        ans = st + R.randrange(3000, 20000) if kind == "CALL" and status == "0" else ""
        fields = [hexs(32), R.choice(["Gm", "Mw"]), {"CALL": "INVITE", "SMS": "MESSAGE", "REGISTER": "REGISTER"}[kind],
                  str(st), str(st + R.randrange(100, 400000)), {"CALL": "1", "SMS": "3", "REGISTER": "0"}[kind], status,
                  calling, called, cu, du, ru, L(p["imsi"], IMSI), imei_v,
                  f"{hexs(24, False)}@pcscf{R.randrange(1, 9)}.zj.{dom}",
                  f"zjpcscf{R.randrange(1, 9)}.{hexs(12)}-{R.randrange(10**9)}", L(p["ip6"], IP), str(R.randrange(5060, 65000)),
                  f"2409:8001:{R.randrange(0x1000, 0x9fff):x}::{R.randrange(1, 255):x}", "5060", "3GPP-E-UTRAN-FDD", pani,
                  L(str(c["eci"]), CELL), str(st + R.randrange(1000, 8000)) if kind == "CALL" else "", str(ans),
                  R.choice(["200", "486", "487", "480", "603"]) if kind == "CALL" else "", R.choice(["AMR-WB", "EVS", "AMR"]) if kind == "CALL" else "",
                  str(R.randrange(0, 3000))]
        row(d, fields, sep="|")
    return d


def f_mr():
    d = Doc("mr_sample_eci_20240612.csv")
    row(d, ["TimeStamp", "MmeUeS1apId", "MmeGroupId", "MmeCode", "ECI", "MSISDN", "IMSI", "ScPCI", "ScEARFCN", "ScRSRP",
            "ScRSRQ", "ScTadv", "ScAOA", "ScPHR", "NcPCI1", "NcEARFCN1", "NcRSRP1", "NcPCI2", "NcEARFCN2", "NcRSRP2",
            "Longitude", "Latitude", "LocSource"])
    t = dt.datetime(2024, 6, 12, 10, 0, 0)
    for i in range(48):
        p = sub()
        t += dt.timedelta(milliseconds=R.randrange(100, 20000))
        c = cur_cell(p)
        assoc = R.random() < 0.8
        n1, n2 = R.choice(CELLS), R.choice(CELLS)
        src = R.choices(["MDT", "AGPS", "AOA-TA", ""], [4, 2, 2, 2])[0]
        if src:
            lng, lat = near(c, 0.006)
            lo, la = L(f"{lng:.6f}", COORD), L(f"{lat:.6f}", COORD)
        else:
            lo, la = "", ""
        fields = [t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randrange(1000):03d}", str(R.randrange(10**6, 2 ** 31)), "32769",
                  str(R.choice([1, 2, 3])), L(str(c["eci"]), CELL), L(p["msisdn"], PH) if assoc else "",
                  L(p["imsi"], IMSI) if assoc and R.random() < 0.7 else "", str(c["pci"]), str(c["earfcn"]),
                  str(R.randrange(20, 75)), str(R.randrange(5, 30)), str(R.randrange(0, 40)), str(R.randrange(0, 720)),
                  str(R.randrange(0, 64)), str(n1["pci"]), str(n1["earfcn"]), str(R.randrange(15, 60)), str(n2["pci"]),
                  str(n2["earfcn"]), str(R.randrange(10, 55)), lo, la, src]
        row(d, fields)
    return d


def f_hive():
    d = Doc("dws_user_profile_wide_d_000000_0")
    A, B, C = "\x01", "\x02", "\x03"
    NUL = "\\N"
    for p in SUBS[:28]:
        fields = ["20240611", L(p["msisdn"], PH), "1" + digits(15), "5710" + digits(14), L(p["name"], N)]
        r = R.random()
        if r < 0.86:
            fields += ["01", L(p["id"] if R.random() > 0.1 else p["id"][:-1] + p["id"][-1].lower(), RID)]
        elif r < 0.93:
            fields += ["01", L(id15(p["reg"][0], p["dob"], p["sex"]), RID)]
        else:
            fields += ["03", L(passport(), PP)]
        fields += [str(p["sex"] + 1), L(f"{p['dob']:%Y%m%d}", DOB), str(2024 - p["dob"].year), L(p["home_addr"], ADDR)]
        fields.append(L(mobile("any"), PH) if R.random() < 0.3 else NUL)
        if R.random() < 0.35:
            p["email"] = p["email"] or email_of(p)
            fields.append(L(p["email"], EM))
        else:
            fields.append(NUL)
        fields += [L(p["imei"], IMEI), p["term"][0], p["term"][1], f"{R.randrange(2005, 2024)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}",
                   R.choice(PKGS), f"{R.randrange(800, 25000) / 100:.2f}", str(R.randrange(200, 90000)), str(R.randrange(0, 1500))]
        apps = R.sample(APPS, 4)
        fields.append(B.join(a[1] for a in apps))
        tags = [("life_stage", R.choice(["职场新人", "有孩家庭", "退休", "学生"])), ("consume_lvl", R.choice(["高", "中", "低"])),
                ("is_5g", R.choice(["1", "0"])), ("churn_risk", f"{R.random():.3f}")]
        fields.append(B.join(k + C + v for k, v in tags))
        fields.append(L(plate(R.random() < 0.3), PLATE) if R.random() < 0.15 else NUL)
        fields += [L(str(p["home_cell"]["eci"]), CELL), L(str(p["work_cell"]["eci"]), CELL), R.choice(["A", "B", "C", "AA"])]
        row(d, fields, sep=A)
    return d


def f_profile_csv():
    d = Doc("user_profile_wide_sample.csv")
    row(d, ["msisdn", "msisdn_md5", "cust_name", "cust_name_py", "cert_type", "cert_no", "gender", "birth_dt", "age",
            "home_addr", "work_addr", "email", "term_brand", "term_model", "imei", "meid", "car_plate", "home_lnglat",
            "arpu_3m", "dou_3m_gb", "mou_3m", "pkg_name", "innet_dt", "star_lvl"])
    for p in SUBS[32:60]:
        r = R.random()
        if r < 0.88:
            ct, cn = "身份证", L(p["id"], RID)
        elif r < 0.95:
            ct, cn = "护照", L(passport(), PP)
        else:
            ct, cn = "往来港澳通行证", L(hk_permit(), HKP)
        masked = R.random() < 0.12
        ms = L(p["msisdn"], PH) if not masked else mask_mob(p["msisdn"])
        nm = L(p["name"], N) if not masked else p["name"][0] + "*" * (len(p["name"]) - 1)
        py = L(pinyin_name(p, R.choice(["title", "upper"])), N) if R.random() < 0.6 else ""
        bd = R.choice(["%Y/%m/%d", "%Y-%m-%d", "%Y%m%d"])
        p["email"] = p["email"] or email_of(p)
        em = L(p["email"], EM) if R.random() < 0.5 else ""
        tele = R.random() < 0.08
        hl = p["home_ll"]
        fields = [ms, hashlib.md5(p["msisdn"].encode()).hexdigest(), nm, py, ct, cn, "男" if p["sex"] else "女",
                  L(p["dob"].strftime(bd), DOB), str(2024 - p["dob"].year), L(p["home_addr"], ADDR),
                  L(p["work_addr"], ADDR) if R.random() < 0.7 else "", em, p["term"][0], p["term"][1],
                  L(p["imei"], IMEI) if not tele else "", L(meid(), MEID) if tele else "",
                  L(plate(R.random() < 0.3), PLATE) if R.random() < 0.2 else "",
                  L(f"{hl[0]:.6f},{hl[1]:.6f}", COORD), f"{R.randrange(800, 25000) / 100:.2f}", f"{R.randrange(1, 900) / 10:.1f}",
                  str(R.randrange(0, 1500)), R.choice(PKGS), f"{R.randrange(2003, 2024)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}",
                  R.choice(["一星", "二星", "三星", "四星", "五星金卡", "五星钻卡"])]
        row(d, fields)
    return d


def f_resident():
    d = Doc("resident_work_location_202405.csv")
    row(d, ["tjyf", "sjhm", "czd_eci", "czd_jd", "czd_wd", "czd_dz", "czd_ts", "czd_zxd", "gzd_eci", "gzd_jd", "gzd_wd",
            "gzd_dz", "gzd_ts", "wgbh", "sfyd"])
    for p in SUBS[64:84]:
        hc, wc = p["home_cell"], p["work_cell"]
        hl, wl = p["home_ll"], p["work_ll"]
        code, prov, city, dist = hc["reg"]
        home_geo = f"{prov}{city}{dist}{R.choice(HZ_ROADS)}{R.randrange(1, 600)}号{R.choice(COMMS)}"
        has_work = R.random() < 0.8
        ms = L(R.choice(["", "86"]) + p["msisdn"], PH)
        fields = ["202405", ms, L(str(hc["eci"]), CELL), L(f"{hl[0]:.6f}", COORD), L(f"{hl[1]:.6f}", COORD),
                  L(home_geo, ADDR), str(R.randrange(12, 31)), f"{R.uniform(0.55, 0.99):.2f}"]
        if has_work:
            fields += [L(str(wc["eci"]), CELL), L(f"{wl[0]:.6f}", COORD), L(f"{wl[1]:.6f}", COORD),
                       L(work_address(wc["reg"]), ADDR), str(R.randrange(8, 23))]
        else:
            fields += ["", "", "", "", "0"]
        fields += [f"G571{R.randrange(10**6, 10**7)}", R.choice(["0", "0", "1"])]
        row(d, fields)
    return d


def f_people_flow():
    d = Doc("people_flow_scenic_20240612.csv")
    row(d, ["stat_date", "hour", "area_id", "area_name", "area_center", "eci", "user_cnt", "inflow", "outflow", "local_ratio",
            "prov_top1", "prov_top1_ratio", "male_ratio", "age_18_30", "age_31_45", "age_46_60", "age_60p", "stay_avg_min"])
    areas = [("SA571001", "西湖风景名胜区-断桥", (120.152, 30.262)), ("SA571002", "灵隐景区", (120.101, 30.243)),
             ("SA571003", "西溪国家湿地公园", (120.067, 30.272)), ("SA571004", "钱江新城灯光秀区域", (120.212, 30.246)),
             ("SA571005", "杭州东站枢纽", (120.213, 30.291))]
    for h in (9, 12, 15, 19):
        for aid, an, ctr in areas:
            cells = R.sample(CELLS, 3)
            for c in cells:
                cnt = R.randrange(0, 9000)
                fields = ["20240612", f"{h:02d}", aid, an, f"{ctr[0]},{ctr[1]}", str(c["eci"]),
                          str(cnt) if cnt >= 20 else "<20", str(R.randrange(0, 3000)), str(R.randrange(0, 3000)),
                          f"{R.random():.3f}", R.choice(["江苏", "上海", "安徽", "江西", "河南"]), f"{R.uniform(0.05, 0.3):.3f}",
                          f"{R.uniform(0.4, 0.6):.3f}", f"{R.uniform(0.2, 0.4):.3f}", f"{R.uniform(0.2, 0.4):.3f}",
                          f"{R.uniform(0.1, 0.2):.3f}", f"{R.uniform(0.02, 0.1):.3f}", str(R.randrange(20, 240))]
                row(d, fields)
    d.w("# k-anonymity: cells with fewer than 20 users suppressed; source=S1-MME+MR; job=flow_scenic_h v1.8.3; "
        "rows=60; generated 2024-06-12T20:05:11+08:00\n")
    return d


def f_roaming():
    d = Doc("roaming_user_d_20240612.txt")
    d.w("ROAM_TYPE|MSISDN|IMSI|IMEI|HOME_PROV|VISIT_AREA|VISIT_PLMN|VLR_GT|FIRST_REG_TIME|LAST_ACT_TIME|FIRST_ECGI|"
        "STAY_DAYS|DATA_KB|VOICE_MIN|SMS_CNT|ROAM_PKG|WELCOME_SMS\n")
    intl = [("中国香港", "45400", "852"), ("日本", "44010", "81"), ("泰国", "52001", "66"), ("新加坡", "52501", "65"),
            ("韩国", "45005", "82"), ("法国", "20801", "33")]
    prov = [("江苏", "025"), ("上海", "021"), ("安徽", "0551"), ("江西", "0791"), ("广东", "020"), ("河南", "0371")]
    t = dt.datetime(2024, 6, 12, 0, 0, 0)
    for i in range(38):
        t += dt.timedelta(seconds=R.randrange(60, 1800))
        k = R.random()
        if k < 0.35:
            p = sub()
            area, plmn, cc = R.choice(intl)
            gt = cc + digits(9 if cc == "852" else 10)
            f = ["国际出访", L(p["msisdn"], PH), L(p["imsi"], IMSI), L(p["imei"], IMEI) if R.random() < 0.7 else "", "浙江", area, plmn, gt,
                 t.strftime("%Y%m%d%H%M%S"), (t + dt.timedelta(hours=R.randrange(1, 20))).strftime("%Y%m%d%H%M%S"), "",
                 str(R.randrange(1, 9)), str(R.randrange(0, 2000000)), str(R.randrange(0, 60)), str(R.randrange(0, 10)),
                 R.choice(["日套餐25元", "多国流量包", "未订购"]), R.choice(["Y", "Y", "N"])]
        elif k < 0.75:
            area, _ = R.choice(prov)
            ms, im, ie = mobile("cmcc"), imsi(), imei()
            c = R.choice(CELLS)
            f = ["省际漫入", L(ms, PH), L(im, IMSI), L(ie, IMEI) if R.random() < 0.6 else "", area, "浙江", "46000",
                 "86139" + "0571" + R.choice(["00", "01", "05"]) + digits(1), t.strftime("%Y%m%d%H%M%S"),
                 (t + dt.timedelta(hours=R.randrange(1, 20))).strftime("%Y%m%d%H%M%S"), L(ecgi(c["eci"]), CELL),
                 str(R.randrange(1, 9)), str(R.randrange(0, 2000000)), str(R.randrange(0, 60)), str(R.randrange(0, 10)), "", "Y"]
        else:
            p = sub()
            area, ac = R.choice(prov)
            ext_eci = R.randrange(100000, 900000) * 256 + R.choice([1, 2, 3, 49, 50])
            f = ["省际出访", L(R.choice(["", "86"]) + p["msisdn"], PH), L(p["imsi"], IMSI), "", "浙江", area, "46000",
                 "86139" + ac.lstrip("0")[:3] + R.choice(["00", "01"]) + digits(1), t.strftime("%Y%m%d%H%M%S"),
                 (t + dt.timedelta(hours=R.randrange(1, 20))).strftime("%Y%m%d%H%M%S"), L(ecgi(ext_eci), CELL),
                 str(R.randrange(1, 9)), str(R.randrange(0, 2000000)), str(R.randrange(0, 60)), str(R.randrange(0, 10)), "", "N"]
        row(d, f, sep="|")
    d.w(f"#EOF rows=38 md5={hexs(32, False)} src=VLR+Gp/S8HR gen=roam_d_v3.2.1\n")
    return d


def f_app_rank():
    d = Doc("app_usage_rank_user_d_20240612.tsv")
    row(d, ["stat_date", "user_key", "key_type", "rank", "app_id", "app_name", "app_class", "flow_mb", "dur_min",
            "sessions", "last_use_ms"], sep="\t")
    t0 = dt.datetime(2024, 6, 12, 23, 0)
    for j, p in enumerate(SUBS[88:112]):
        hashed = j >= 17
        apps = R.sample(APPS, 5)
        for r, a in enumerate(apps, 1):
            key = hashlib.sha256(("salt#zj" + p["msisdn"]).encode()).hexdigest() if hashed else L(p["msisdn"], PH)
            row(d, ["20240612", key, "sha256" if hashed else "msisdn", str(r), a[0], a[1], a[2],
                    f"{R.uniform(1, 3000):.2f}", str(R.randrange(1, 600)), str(R.randrange(1, 400)),
                    str(epoch_ms(t0 - dt.timedelta(minutes=R.randrange(1, 1300))))], sep="\t")
    return d


def pad(s, w, right=True):
    ln = len(s)
    return (" " * max(0, w - ln) + s) if right else (s + " " * max(0, w - ln))


def f_notebook():
    d = Doc("complaint_predict_202406.ipynb")
    cells = []

    def md(*lines):
        cells.append({"cell_type": "markdown", "metadata": {}, "source": list(lines)})

    def code(n, src, outputs):
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outputs, "source": src})

    def stream(lines):
        return {"name": "stdout", "output_type": "stream", "text": lines}

    def result(n, lines):
        return {"data": {"text/plain": lines}, "execution_count": n, "metadata": {}, "output_type": "execute_result"}

    md("# 投诉预测模型 v3.2 —— 特征抽样检查\n", "\n", "数据源：`dm.dm_cmpl_feature_m`（202405），仅限模型组内部使用。")
    code(1, ["import pandas as pd\n", "import pymysql\n", "from pyspark.sql import SparkSession\n",
             "spark = SparkSession.builder.appName('cmpl_pred_check').enableHiveSupport().getOrCreate()\n",
             S("conn = pymysql.connect(host='10.212.8.31', port=3306, user='cmp_ro', password='", L("Cmp#" + hexs(6, False) + "@2024", CRED), "')")], [])
    code(2, ["df = spark.sql(\"select * from dm.dm_cmpl_feature_m where month_id='202405' limit 10\").toPandas()\n",
             "df[['msisdn','age','gender','innet_m','arpu','dou_gb','volte_drop','weak_cov','top_eci','cmpl_90d']].head(10)"],
         [])
    lines = [S("       msisdn  age gender  innet_m    arpu  dou_gb  volte_drop  weak_cov    top_eci  cmpl_90d\n")]
    for i, p in enumerate(SUBS[112:122]):
        lines.append(S(f"{i}  ", L(p["msisdn"], PH), f"  {2024 - p['dob'].year:>3}      {'M' if p['sex'] else 'F'}  "
                       f"{R.randrange(3, 240):>7}  {R.uniform(8, 300):>6.2f}  {R.uniform(0, 90):>6.2f}  {R.uniform(0, 0.05):>10.4f}"
                       f"  {R.uniform(0, 0.6):>8.3f}  ", L(str(cur_cell(p)["eci"]), CELL),
                       f"  {R.randrange(0, 4):>8}\n"))
    lines[-1] = S(*lines[-1].parts[:-1], lines[-1].parts[-1].rstrip("\n"))
    cells[-1]["outputs"] = [result(2, lines)]
    md("## 原始特征文件抽查\n")
    out = []
    out.append(S("msisdn,birth_dt,cert_no,home_eci,last_cmpl_dt,cmpl_channel\n"))
    for p in SUBS[122:127]:
        out.append(S(L(p["msisdn"], PH), ",", L(p["dob"].strftime("%Y%m%d"), DOB), ",", L(p["id"], RID), ",",
                     L(str(p["home_cell"]["eci"]), CELL), f",2024-0{R.randrange(1, 6)}-{R.randrange(10, 28)},{R.choice(['10086', '工信部', '网厅', '营业厅'])}\n"))
    code(3, ["!hdfs dfs -cat /user/dm/cmpl/feature_202405/part-00000.csv | head -6"], [stream(out)])
    md("## 打分输出 Top10（高风险），下发客户经理维系\n")
    code(4, ["pred = model.predict_proba(X)[:, 1]\n", "out = df_base.assign(score=pred).sort_values('score', ascending=False)\n",
             "out[['msisdn','cust_name','score','reason_top1','mgr_name','mgr_phone','note']].head(10)"], [])
    mgrs = [person("adult", sex=R.randrange(2)) for _ in range(3)]
    for m in mgrs:
        m["mob"] = mobile("cmcc")
    lines = [S("         msisdn cust_name   score     reason_top1 mgr_name    mgr_phone  note\n")]
    reasons = ["弱覆盖(居住地)", "高额流量费", "VoLTE掉话", "套餐不匹配", "宽带故障", "营销短信投诉"]
    for i, p in enumerate(SUBS[127:137]):
        m = R.choice(mgrs)
        nk = R.random()
        if nk < 0.25:
            note = ["客户留联系电话", L(fmt_mob(mobile("any"), "fw"), PH)]
        elif nk < 0.4:
            note = ["常驻小区", L(str(p["home_cell"]["eci"]), CELL), "弱覆盖"]
        else:
            note = [R.choice(["-", "已外呼", "待回访", "VIP"])]
        lines.append(S(f"{i:<3} ", L(p["msisdn"], PH), "  ", L(p["name"], N), f"  {R.uniform(0.85, 0.99):.4f}  {R.choice(reasons)}  ",
                       L(m["name"], N), "  ", L(m["mob"], PH), "  ", *note, "\n"))
    lines[-1] = S(*lines[-1].parts[:-1], "")
    cells[-1]["outputs"] = [result(4, lines)]
    code(5, ["print(classification_report(y_test, y_pred, digits=4))"],
         [stream([S("              precision    recall  f1-score   support\n"), S("\n"),
                  S("           0     0.9712    0.9934    0.9822    184213\n"),
                  S("           1     0.6181    0.3027    0.4064      7381\n")])])
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (PySpark 3.3)", "language": "python", "name": "pyspark3"},
                                       "language_info": {"name": "python", "version": "3.8.13"}},
          "nbformat": 4, "nbformat_minor": 5}
    jemit(d, nb, indent=1)
    d.w("\n")
    return d


def show_table(d, cols, rows):
    widths = [len(c) for c in cols]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c if isinstance(c, str) else c[0]))
    line = "+" + "+".join("-" * w for w in widths) + "+\n"
    d.w(line)
    d.w("|" + "|".join(pad(c, w, False) for c, w in zip(cols, widths)) + "|\n")
    d.w(line)
    for r in rows:
        parts = ["|"]
        for i, c in enumerate(r):
            txt = c if isinstance(c, str) else c[0]
            parts += [c, " " * (widths[i] - len(txt)), "|"]
        parts.append("\n")
        d.w(*parts)
    d.w(line)


def f_spark():
    d = Doc("spark_user_tag_driver.log")
    t = dt.datetime(2024, 6, 12, 2, 10, 3)
    app = "application_1717286400123_48213"

    def log(lvl, cls, *msg):
        nonlocal t
        t += dt.timedelta(milliseconds=R.randrange(5, 4000))
        d.w(f"24/06/12 {t:%H:%M:%S} {lvl} {cls}: ", *msg)
        d.w("\n")
    log("INFO", "SparkContext", "Running Spark version 3.3.2")
    log("INFO", "ResourceUtils", "==============================================================")
    log("INFO", "SparkContext", "Submitted application: dm_user_tag_daily_20240611")
    log("INFO", "SecurityManager", "SecurityManager: authentication disabled; ui acls disabled; users  with view permissions: Set(dm_etl)")
    log("INFO", "Utils", "Successfully started service 'sparkDriver' on port 41873.")
    log("INFO", "YarnClientSchedulerBackend", f"Application {app} has started running.")
    for i in range(4):
        log("INFO", "YarnSchedulerBackend$YarnDriverEndpoint", f"Registered executor NettyRpcEndpointRef(spark-client://Executor) "
            f"(10.212.{R.randrange(10, 40)}.{R.randrange(2, 250)}:{R.randrange(30000, 60000)}) with ID {i + 1},  ResourceProfileId 0")
    jdbc_pw = "Dm_" + hexs(8, False) + "!"
    log("INFO", "JdbcTagSink", "sink url=jdbc:mysql://10.212.3.45:3306/dm_tag?useSSL=false&user=dm_etl&password=", L(jdbc_pw, CRED),
        "&rewriteBatchedStatements=true")
    log("INFO", "HiveMetaStoreClient", "Trying to connect to metastore with URI thrift://bd-hms-01.zj.local:9083")
    log("INFO", "FileSourceScanExec", "Planning scan with bin packing, max size: 134217728 bytes, open cost is considered as scanning 4194304 bytes.")
    log("INFO", "DAGScheduler", "Got job 0 (show at UserTagJob.scala:88) with 1 output partitions")
    log("INFO", "DAGScheduler", "Job 0 finished: show at UserTagJob.scala:88, took 3.418262 s")
    d.w("sample of dws_user_profile_wide_d (dt=20240611):\n")
    rows = []
    for p in SUBS[137:145]:
        rows.append([L(p["msisdn"], PH), L(p["name"], N), L(p["id"], RID), L(p["dob"].strftime("%Y%m%d"), DOB),
                     L(p["home_addr"], ADDR), L(str(p["home_cell"]["eci"]), CELL), R.choice(["A", "B", "C"])])
    show_table(d, ["msisdn", "cust_name", "cert_no", "birth_dt", "home_addr", "home_eci", "credit_lvl"], rows)
    d.w("only showing top 8 rows\n\n")
    for s in range(1, 5):
        log("INFO", "DAGScheduler", f"Submitting {R.randrange(200, 800)} missing tasks from ShuffleMapStage {s} (MapPartitionsRDD[{s * 7}] at "
            f"withColumn at UserTagJob.scala:{100 + s * 13}) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))")
        log("INFO", "TaskSetManager", f"Finished task {R.randrange(0, 500)}.0 in stage {s}.0 (TID {R.randrange(1000, 9000)}) in "
            f"{R.randrange(800, 9000)} ms on bd-dn-{R.randrange(10, 99)}.zj.local (executor {R.randrange(1, 5)}) ({R.randrange(10, 400)}/512)")
    # malformed records
    for p in SUBS[145:150]:
        bad = R.choice(["home_eci", "credit_lvl", "innet_dt"])
        raw = [L(p["msisdn"], PH), "^A", L(p["name"], N), "^A", L(p["id"], RID), "^A", L(p["dob"].strftime("%Y%m%d"), DOB), "^A",
               L(p["home_addr"], ADDR), "^A", "\\N" if bad == "home_eci" else L(str(p["home_cell"]["eci"]), CELL), "^A",
               "\\N" if bad == "credit_lvl" else "B", "^A", f"20{R.randrange(10, 24)}1{R.randrange(3, 9)}01" if bad == "innet_dt" else "20190301"]
        log("WARN", "UserTagJob", f"malformed record at part-{R.randrange(0, 300):05d} offset {R.randrange(10**6, 10**9)} field={bad}: ", *raw)
    log("WARN", "TaskSetManager", "Lost task 37.0 in stage 3.0 (TID 4121) (bd-dn-27.zj.local executor 2): java.lang.NumberFormatException: "
        "For input string: \"\\N\"")
    d.w("\tat java.lang.NumberFormatException.forInputString(NumberFormatException.java:65)\n"
        "\tat java.lang.Long.parseLong(Long.java:589)\n\tat com.example.dm.UserTagJob$.$anonfun$parseEci$1(UserTagJob.scala:214)\n")
    log("INFO", "UserTagJob", "test fixture users (testMode=true) loaded: ",
        *sum([[L(pinyin_name(p, "title"), N), "/", L(p["msisdn"], PH), "; "] for p in SUBS[150:153]], []))
    log("INFO", "UserTagJob", "tag counts: life_stage=4812331, consume_lvl=4812331, churn_risk=4799012, home_eci_null=13221")
    log("INFO", "UserTagJob", f"checksum of output = sha256:{hexs(64, False)}; rows=4812331; version=2.14.0-SNAPSHOT")
    log("INFO", "JdbcTagSink", "wrote 4812331 rows to dm_tag.t_user_tag_d in 381.2 s")
    log("INFO", "SparkContext", "Successfully stopped SparkContext")
    return d


def sq(v):
    return ["'", v, "'"]


def f_sql():
    d = Doc("dm_load_test_data.sql")
    d.w("-- =============================================================\n"
        "-- 经分平台 UAT 环境测试数据初始化脚本  dm_load_test_data.sql\n"
        "-- 作者: dm_etl   日期: 2024-06-10   版本: 1.3.2\n"
        "-- 注意：以下数据由生产抽样，未脱敏，仅限 UAT 使用，用毕删除！\n"
        "-- =============================================================\n"
        "SET hive.exec.dynamic.partition.mode=nonstrict;\nSET mapreduce.job.queuename=root.dm.uat;\n\n"
        "CREATE TABLE IF NOT EXISTS uat.dim_user_test (\n  msisdn STRING COMMENT '手机号码',\n  cust_name STRING COMMENT '客户姓名',\n"
        "  cert_no STRING COMMENT '证件号码',\n  birth_dt STRING COMMENT '出生日期',\n  home_addr STRING COMMENT '家庭地址',\n"
        "  email STRING,\n  imsi STRING,\n  imei STRING,\n  open_dt STRING COMMENT '入网日期'\n) STORED AS ORC;\n\n"
        "INSERT INTO uat.dim_user_test VALUES\n")
    ps = SUBS[153:165]
    for i, p in enumerate(ps):
        p["email"] = p["email"] or email_of(p)
        d.w("  (", *sq(L(p["msisdn"], PH)), ", ", *sq(L(p["name"], N)), ", ", *sq(L(p["id"], RID)), ", ",
            *sq(L(p["dob"].strftime("%Y-%m-%d"), DOB)), ", ", *sq(L(p["home_addr"], ADDR)), ", ",
            *(sq(L(p["email"], EM)) if R.random() < 0.6 else ["NULL"]), ", ", *sq(L(p["imsi"], IMSI)), ", ",
            *sq(L(p["imei"], IMEI)), ", ", f"'{R.randrange(2006, 2024)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}'",
            ")", "," if i < len(ps) - 1 else ";", "\n")
    d.w("\n-- 银行卡充值流水（对账用）\nINSERT INTO uat.dwd_recharge_bank_d (order_id, msisdn, bank_card, bank_name, amount, pay_time, status) VALUES\n")
    ps2 = SUBS[165:175]
    for i, p in enumerate(ps2):
        card, bank = bank_card(spaced=R.random() < 0.2)
        d.w("  (", f"'{order_id()}'", ", ", *sq(L(p["msisdn"], PH)), ", ", *sq(L(card, BC)), f", '{bank}', {R.choice([30, 50, 100, 200])}.00, "
            f"'2024-06-0{R.randrange(1, 10)} {R.randrange(0, 24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}', 'SUCCESS')",
            "," if i < len(ps2) - 1 else ";", "\n")
    d.w("\n-- 携号转网记录\nINSERT INTO uat.dwd_mnp_port_d (apply_id, msisdn, cust_name, cert_no, src_net, dst_net, auth_code, port_time) VALUES\n")
    for i in range(7):
        p = person(R.choice(["adult", "young"]))
        src, dst = R.choice([("中国电信", "中国移动"), ("中国联通", "中国移动"), ("中国移动", "中国联通"), ("中国移动", "中国广电")])
        ms = mobile({"中国电信": "ctcc", "中国联通": "cucc", "中国移动": "cmcc"}[src])
        d.w("  (", f"'NP571{digits(13)}'", ", ", *sq(L(ms, PH)), ", ", *sq(L(p["name"], N)), ", ", *sq(L(p["id"], RID)),
            f", '{src}', '{dst}', ", *sq(L(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(5), CRED)),
            f", '2024-06-{R.randrange(1, 12):02d} 00:00:00')", "," if i < 6 else ";", "\n")
    p = SUBS[175]
    d.w("\nUPDATE uat.dim_user_test SET home_addr = ", *sq(L(address(p["home_cell"]["reg"], "full"), ADDR)), " WHERE msisdn = ",
        *sq(L(ps[0]["msisdn"], PH)), ";\n")
    d.w("DELETE FROM uat.dim_user_test WHERE cert_no = ", *sq(L(ps[3]["id"], RID)), "; -- 客户要求注销\n")
    d.w("SELECT msisdn, md5(msisdn) AS msisdn_md5, concat(substr(msisdn,1,3),'****',substr(msisdn,8,4)) AS msisdn_mask\n"
        "  FROM uat.dim_user_test WHERE birth_dt < '2006-06-12';\n")
    d.w("-- UAT 登录账号 uat_dm01 / 密码 ", L("Uat@" + digits(4) + hexs(3, False), CRED), " （每周一轮换）\n")
    return d


def f_approval():
    d = Doc("data_export_approval_DE20240610.txt")
    app = person("adult")
    app["mob"] = mobile("cmcc")
    apps = [person("adult") for _ in range(3)]
    rcv = person("adult")
    rcv["mob"] = mobile("any")
    comp = R.choice(COMPANIES)
    d.w("中国移动通信集团浙江有限公司（示例）\n数据外发审批单\n\n编号：DE20240610-007            密级：内部\n\n")
    d.w("一、申请信息\n申请人：", L(app["name"], N), "（大数据中心 经营分析室）\n联系电话：", L(fmt_mob(app["mob"], "sp"), PH),
        "    办公电话：", L(fmt_land(landline("0571")), PH), "\n电子邮箱：", L(f"{app['py']}@zj.chinamobile-demo.com", EM),
        "\n申请时间：2024-06-10 15:22\n\n")
    d.w("二、数据接收方\n单位名称：", comp, "\n统一社会信用代码：", uscc_code(R.choice(["330106", "330108"])),
        "\n单位地址：杭州市", R.choice(["西湖区", "滨江区"]), R.choice(HZ_ROADS), str(R.randrange(1, 600)), "号", R.choice(BUILDINGS),
        "（注册地址）\n联系人：", L(rcv["name"], N), "（", L(pinyin_name(rcv, "title"), N), "）  手机：", L(fmt_mob(rcv["mob"], "+86sp"), PH),
        "  邮箱：", L(f"{rcv['given_py']}.{rcv['sur_py']}@{['datalan', 'yuntu', 'zhixing'][R.randrange(3)]}-demo.cn", EM), "\n\n")
    d.w("三、外发内容\n用途：杭州市文旅局委托的景区客流分析（合同 HT-2024-0519-03）\n数据范围：2024-05-01 至 2024-05-31 "
        "景区人流统计（按小时、按景区聚合，k≥20），不含个人明细。\n字段：stat_date, hour, area_id, user_cnt, inflow, outflow, "
        "prov_top1, age_band\n数量：约 18,600 行\n脱敏方式：聚合 + 小于 20 人的单元格抑制\n\n")
    d.w("四、样例数据核查（安全管理员填写）\n核查结论：样例第 1-3 行为聚合数据，符合要求；但附件 sample_v2.xlsx 第 2 页混入了"
        "画像明细 3 行，已要求删除后重新提交，明细如下（仅留存证据，不外发）：\n")
    for p in SUBS[176:179]:
        masked = R.random() < 0.3
        d.w("  - ", L(p["name"], N), " ", L(mask_mob(p["msisdn"]) if masked else p["msisdn"], None if masked else PH), " ",
            L(f"{p['dob'].year}年{p['dob'].month}月{p['dob'].day}日", DOB), "出生 常驻：", L(p["home_addr"], ADDR), "\n")
    d.w("\n五、传输方式\nSFTP：sftp://10.212.66.20:22/out/DE20240610-007/  账号 ext_wly01  密码 ", L("Wly!" + hexs(8, False), CRED),
        "\n（密码通过短信另行发送至接收方联系人手机 ", L(fmt_mob(rcv["mob"], "plain"), PH), "）\n文件校验：sha256 ", hexs(64, False), "\n\n")
    d.w("六、审批流程\n")
    roles = ["部门负责人", "数据安全管理员", "分管领导"]
    tt = dt.datetime(2024, 6, 10, 16, 5)
    for r, a in zip(roles, apps):
        tt += dt.timedelta(minutes=R.randrange(20, 600))
        d.w(f"{r}：", L(a["name"], N), f"    意见：{R.choice(['同意', '同意，注意删除明细后外发', '同意'])}    时间：{tt:%Y-%m-%d %H:%M}\n")
    d.w("\n抄送：", L(apps[0]["name"], N), "、", apps[2]["sur"], "总\n备注：外发完成后 30 日内由接收方出具数据销毁证明。联系 ",
        L(app["name"], N), " 分机 8", digits(3), " 或 10086 内部热线。\n")
    return d


def f_kafka():
    d = Doc("kafka_lbs_realtime_events.txt")
    t = dt.datetime(2024, 6, 12, 18, 30, 0)
    off = 88123000
    for i in range(32):
        p = sub()
        t += dt.timedelta(milliseconds=R.randrange(50, 30000))
        ts = epoch_ms(t)
        off += R.randrange(1, 400)
        c = cur_cell(p)
        ev = R.choices(["CELL_CHANGE", "FENCE_IN", "FENCE_OUT", "ROAM_IN", "NR_ATTACH", "CPE_ONLINE"], [5, 3, 2, 1, 2, 1])[0]
        key = R.choice(["86", ""]) + p["msisdn"]
        ob = {"eventId": uuid4(), "eventType": ev, "ts": ts, "msisdn": V(key, PH), "imsi": V(p["imsi"], IMSI)}
        if R.random() < 0.7:
            ob["imei"] = V(p["imei"], IMEI)
        if ev == "NR_ATTACH" and NR_CELLS:
            nc = R.choice(NR_CELLS)
            ob["tac"] = nc["tac"]
            ob["nci"] = V(str(nc["nci"]), CELL, num=True)
            ob["ncgi"] = V("46000" + "%09X" % nc["nci"], CELL)
            lng, lat = near(nc)
        else:
            ob["tac"] = c["tac"]
            ob["eci"] = V(str(c["eci"]), CELL, num=True)
            if R.random() < 0.6:
                ob["ecgi"] = V(ecgi(c["eci"]), CELL)
            lng, lat = near(c)
        if R.random() < 0.65:
            ob["lng"] = V(f"{lng:.6f}", COORD, num=True)
            ob["lat"] = V(f"{lat:.6f}", COORD, num=True)
        else:
            ob["location"] = V(f"{lng:.6f},{lat:.6f}", COORD)
        ob["locSrc"] = R.choice(["CELL", "MR", "MDT"])
        if R.random() < 0.4:
            ob["userIp"] = V(p["ip4"] if R.random() < 0.6 else p["ip6"], IP)
        if ev.startswith("FENCE"):
            ob["fenceId"] = f"F0571_{R.choice(['WLS', 'XXSD', 'HZDZ', 'QJXC'])}_{R.randrange(1, 99):04d}"
            ob["campaign"] = f"MKT2024{R.randrange(100, 999)}"
        if ev == "ROAM_IN":
            ob["homeProv"] = R.choice(["江苏", "安徽", "上海"])
            ob["welcomeSms"] = True
        if ev == "CPE_ONLINE":
            ob["deviceType"] = "5G-CPE"
            ob["wanMac"] = V(mac_addr(R.choice(["colon", "DASH"])), MAC)
            ob["iccid"] = V(iccid(), ICCID)
            ob["installAddr"] = V(p["home_addr"], ADDR)
        ob["srcTopic"] = "o_s1mme_xdr"
        ob["pipeline"] = "flink-lbs-rt-1.15.4"
        d.w(f"CreateTime:{ts}\tPartition:{R.randrange(0, 24)}\tOffset:{off}\t", L(key, PH), "\t")
        jemit(d, ob, sep=(",", ":"))
        d.w("\n")
    d.w("Processed a total of 32 messages\n")
    return d


def fpe_like():
    while True:
        v = "86" + digits(11)
        if not phonenumbers.is_valid_number(phonenumbers.parse("+" + v)):
            return v


def f_yaml():
    d = Doc("desensitize_rules.yaml")
    p = SUBS[179]
    p2 = SUBS[180]
    card, _ = bank_card()
    d.w("# 经分平台数据脱敏规则  ruleset: dm-mask  version: 4.2.0  owner: 数据安全组\n"
        "# example_in 为规则自测样例（取自 UAT 抽样），example_out 为期望输出\n"
        "version: 4.2.0\nkeys:\n  hmac_key: ", L(hexs(64, False), CRED), "\n  fpe_key_id: kms://zj-dm/fpe/msisdn-v3\n"
        "  fpe_tweak_secret: ", L(hexs(32, False), CRED), "\n\nrules:\n")

    def rule(field, method, ex_in, ex_out, extra=""):
        d.w(f"  - field: {field}\n    method: {method}\n")
        if extra:
            d.w(extra)
        d.w("    example_in: \"", ex_in, "\"\n    example_out: \"", ex_out, "\"\n")
    rule("msisdn", "mask_middle(3,4)", L(p["msisdn"], PH), mask_mob(p["msisdn"]))
    rule("msisdn_86", "fpe_numeric", L("86" + p2["msisdn"], PH), fpe_like())
    rule("cust_name", "keep_first", L(p["name"], N), p["name"][0] + "*" * (len(p["name"]) - 1))
    rule("cert_no", "mask_range(7,14)", L(p["id"], RID), p["id"][:6] + "********" + p["id"][14:])
    rule("birth_dt", "year_only", L(p["dob"].strftime("%Y-%m-%d"), DOB), p["dob"].strftime("%Y"))
    rule("home_addr", "truncate_to_district", L(p["home_addr"], ADDR), "".join(p["home_cell"]["reg"][1:4]))
    rule("bank_card", "mask_keep_last4", L(card, BC), "*" * (len(card) - 4) + card[-4:])
    em = email_of(p2)
    rule("email", "mask_local_part", L(em, EM), em[0] + "***" + em[em.index("@"):])
    rule("imsi", "hmac_sha256", L(p["imsi"], IMSI), hexs(64, False))
    rule("imei", "mask_keep_tac", L(p["imei"], IMEI), p["imei"][:8] + "*******")
    m = meid()
    rule("meid", "mask_keep_prefix(8)", L(m, MEID), m[:8] + "******")
    ic = iccid()
    rule("iccid", "mask_middle(6,4)", L(ic, ICCID), ic[:6] + "*" * (len(ic) - 10) + ic[-4:])
    mc = mac_addr("colon")
    rule("mac", "oui_only", L(mc, MAC), mc[:8] + ":00:00:00")
    rule("user_ip", "ipv4_prefix(24)", L(p["ip4"], IP), p["ip4"].rsplit(".", 1)[0] + ".0")
    hl = p["home_ll"]
    rule("home_lnglat", "round(2)", L(f"{hl[0]:.6f},{hl[1]:.6f}", COORD), f"{hl[0]:.2f},{hl[1]:.2f}")
    rule("eci", "to_grid_500m", L(str(p["home_cell"]["eci"]), CELL), f"G571{R.randrange(10**6, 10**7)}")
    pl = plate()
    rule("car_plate", "mask_middle(2,1)", L(pl, PLATE), pl[:2] + "****" + pl[-1])
    pp = passport()
    rule("passport_no", "mask_keep_last4", L(pp, PP), "*" * (len(pp) - 4) + pp[-4:])
    rule("contact_phone", "mask_middle(3,4)", L(fmt_mob(p2["msisdn"], "+86sp"), PH), "+86 " + p2["msisdn"][:3] + " **** " + p2["msisdn"][7:])
    d.w("\nwhitelist:\n  # 服务号码与网元地址不脱敏\n  - \"10086\"\n  - \"10658\"\n  - \"211.140.0.0/16\"  # MME\n  - \"221.131.128.0/19\"  # SGW\n"
        "skip_columns: [tac, lac, pci, earfcn, xdr_id, order_id, m_tmsi, stat_date]\n"
        "audit:\n  sink: kafka://dm-audit/mask_events\n  sign: sha256\n")
    return d


def f_enodeb():
    d = Doc("enodeb_cell_params_hz_202406.csv")
    row(d, ["地市", "区县", "基站名称", "eNodeBID", "小区名称", "本地小区标识", "ECI", "ECGI", "TAC", "PCI", "EARFCN", "频段",
            "经度", "纬度", "方位角", "挂高(m)", "下倾角", "站址", "覆盖类型", "厂家", "站型", "入网日期"])
    band = {38400: "F", 38950: "D", 39148: "D", 40936: "E", 1300: "FDD1800", 3683: "FDD900"}
    for c in CELLS:
        s = c["site"]
        row(d, ["杭州", c["reg"][3], s["name"], str(s["enb"]), f"{s['name']}_{c['lcid']}", str(c["lcid"]), str(c["eci"]),
                f"460-00-{s['enb']}-{c['lcid']}", str(c["tac"]), str(c["pci"]), str(c["earfcn"]), band[c["earfcn"]],
                f"{c['lng']:.6f}", f"{c['lat']:.6f}", str(c["azi"]), str(R.randrange(15, 60)), str(R.randrange(2, 12)),
                s["addr"], R.choice(["城区", "密集城区", "郊区", "高校", "交通枢纽"]), s["vendor"], s["kind"],
                f"20{R.randrange(14, 24)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"])
    for c in NR_CELLS:
        s = c["site"]
        row(d, ["杭州", c["reg"][3], s["name"] + "_NR", str(c["gnb"]), f"{s['name']}_NR_{c['lcid']}", str(c["lcid"]), str(c["nci"]),
                "46000" + "%09X" % c["nci"], str(c["tac"]), str(c["pci"]), str(c["arfcn"]), "n41" if c["arfcn"] == 504990 else "n78",
                f"{c['lng']:.6f}", f"{c['lat']:.6f}", str(R.randrange(0, 360)), str(R.randrange(15, 60)), str(R.randrange(2, 12)),
                s["addr"], "城区", s["vendor"], "5G AAU", f"20{R.randrange(20, 24)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"])
    return d


def f_crm():
    d = Doc("crm_order_mnp_family_20240612.csv")
    row(d, ["order_id", "order_type", "accept_time", "channel", "staff_no", "msisdn", "cust_name", "cert_no", "attrs", "remark"])
    t = dt.datetime(2024, 6, 12, 8, 30)
    families = []
    for i in range(38):
        t += dt.timedelta(minutes=R.randrange(2, 25))
        ty = R.choices(["携号转网携入", "携号转网携出", "亲情网成员添加", "补换卡", "自动缴费签约"], [3, 2, 5, 2, 2])[0]
        ch = R.choice(["营业厅", "网上营业厅", "10086热线", "中国移动APP", "社会渠道"])
        staff = f"Z{R.randrange(10000, 99999)}" if ch in ("营业厅", "社会渠道") else "SYS"
        attrs = []
        remark = [""]
        if ty == "携号转网携入":
            p = person(R.choice(["adult", "young"]))
            ms = mobile(R.choice(["ctcc", "cucc"]))
            new_icc, new_imsi = iccid("00"), imsi()
            attrs = ["src_net=", R.choice(["中国电信", "中国联通"]), ";auth_code=", L(digits(6) if R.random() < 0.5 else R.choice("ABCDEFGHJK") + digits(5), CRED),
                     ";new_iccid=", L(new_icc, ICCID), ";new_imsi=", L(new_imsi, IMSI)]
            if R.random() < 0.4:
                remark = ["客户备用电话 ", L(fmt_mob(mobile("any"), R.choice(["sp", "fw", "dash"])), PH)]
            main = [L(ms, PH), L(p["name"], N), L(p["id"], RID)]
        elif ty == "携号转网携出":
            p = sub()
            attrs = ["dst_net=", R.choice(["中国电信", "中国联通", "中国广电"]), ";reason=", R.choice(["资费", "信号", "家庭融合", "其他"]),
                     f";retention_offer={R.choice(['Y', 'N'])}"]
            main = [L(p["msisdn"], PH), L(p["name"], N), L(p["id"], RID)]
            if R.random() < 0.3:
                remark = ["已外呼挽留，客户称居住地", L(p["home_addr"], ADDR), "信号差"]
        elif ty == "亲情网成员添加":
            if families and R.random() < 0.6:
                fam = R.choice(families)
            else:
                fam = dict(gid=f"QQW571{digits(10)}", master=sub(), n=0)
                families.append(fam)
            fam["n"] += 1
            mem = person(R.choice(["adult", "old", "young"]), surname=(fam["master"]["sur"], fam["master"]["sur_py"]) if R.random() < 0.6 else None)
            mms = mobile(R.choice(["cmcc", "cmcc", "any"]))
            attrs = ["grp_id=", fam["gid"], ";master=", L(fam["master"]["msisdn"], PH), ";member=", L(mms, PH),
                     f";short_no={660 + fam['n'] + 1};member_name=", L(mem["name"], N), ";relation=",
                     R.choice(["配偶", "父母", "子女", "兄弟姐妹", "其他"])]
            main = [L(fam["master"]["msisdn"], PH), L(fam["master"]["name"], N), ""]
            if R.random() < 0.2:
                remark = ["成员外省号码需本人短信确认"]
        elif ty == "补换卡":
            p = sub()
            attrs = ["old_iccid=", L(iccid(), ICCID), ";new_iccid=", L(iccid(), ICCID), ";new_imsi=", L(imsi(), IMSI),
                     ";reason=", R.choice(["丢失", "损坏", "换eSIM"])]
            main = [L(p["msisdn"], PH), L(p["name"], N), L(p["id"], RID)]
        else:
            p = sub()
            card, bank = bank_card(spaced=R.random() < 0.3)
            attrs = ["bank=", bank, ";card_no=", L(card, BC), f";threshold={R.choice([20, 30, 50])};amount={R.choice([50, 100])}"]
            main = [L(p["msisdn"], PH), L(p["name"], N), L(p["id"], RID)]
            if R.random() < 0.4:
                remark = ["持卡人为客户配偶", L(person("adult")["name"], N)]
        row(d, [order_id(t), ty, t.strftime("%Y-%m-%d %H:%M:%S"), ch, staff] + main + [attrs, remark])
    return d


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(usage="make_corpus.py [--out DIR]")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    build_network()
    build_population(190)
    docs = [f_s1u(), f_s1mme(), f_volte(), f_mr(), f_hive(), f_profile_csv(), f_resident(), f_people_flow(), f_roaming(),
            f_app_rank(), f_notebook(), f_spark(), f_sql(), f_approval(), f_kafka(), f_yaml(), f_enodeb(), f_crm()]
    lines = []
    for doc in docs:
        path = os.path.join(a.out, doc.name)
        with open(path, "wb") as fh:
            fh.write(bytes(doc.buf))
        with open(path, "rb") as fh:
            data = fh.read()
        for s, e, typ, v in doc.labels:
            assert data[s:e].decode("utf-8") == v, (doc.name, s, e, v)
            lines.append(json.dumps({"file": doc.name, "start": s, "end": e, "type": typ}, ensure_ascii=False))
    with open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # self-checks on identifier validity
    for doc in docs:
        for s, e, typ, v in doc.labels:
            if typ == RID:
                if len(v) == 18:
                    assert ric.calc_check_digit(v[:17] + "0") == v[17].upper(), v
                else:
                    assert len(v) == 15 and v.isdigit(), v
            elif typ == BC:
                assert luhn.is_valid(v.replace(" ", "")), v
            elif typ == IMEI:
                assert std_imei.is_valid(v) and len(v) == 15, v
            elif typ == IMSI:
                assert std_imsi.is_valid(v) and v[:5] in ("46000", "46002", "46007"), v
            elif typ == ICCID:
                assert v.startswith("8986") and len(v) in (19, 20), v
            elif typ == PH:
                num = v.translate(str.maketrans("０１２３４５６７８９＋－", "0123456789+-")).replace(" ", "").replace("-", "")
                if num.startswith("+86"):
                    num = num[3:]
                elif num.startswith("0086"):
                    num = num[4:]
                elif num.startswith("86") and len(num) == 13:
                    num = num[2:]
                elif num.startswith("86") and not num.startswith("860"):
                    num = "0" + num[2:]
                assert phonenumbers.is_valid_number(phonenumbers.parse(num, "CN")), v
    print(f"wrote {len(docs)} files, {len(lines)} labels to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
