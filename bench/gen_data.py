#!/usr/bin/env python3
"""Synthetic telecom data generator for piguard benchmarks.

Produces realistic-looking Chinese telecom logs / CDR CSV / CRM JSONL that
contain personal information (PI) mixed with non-PI numbers that *look* like
PI (order ids, millisecond timestamps, trace ids, versions, ...).

Standard library only.  Deterministic: the same --seed, --kind and --size
always give byte-identical output, independent of --jobs.

    gen_data.py --kind dense-log --size 1G --out bench/data/dense.log
    gen_data.py --kind crm-jsonl --size 50M --seed 7 --out crm.jsonl

Kinds:
  dense-log   every line carries several PI values
  sparse-log  exactly one line in 20 carries PI; the rest are gateway access /
              debug lines with only non-PI numbers
  cdr-csv     call detail records
  crm-jsonl   nested CRM customer objects, one per line

Sizes take K/M/G suffixes (1024-based, like coreutils); the output ends on a
newline and is at most --size bytes (short by less than one line).

How it is fast: per-process pools of precomputed values are sampled with
random.Random; lines are formatted column-wise with str.__mod__ in batches;
the file is produced in independent ~4 MiB blocks (each seeded from
seed/kind/block-index) that worker processes generate in parallel and the
main process writes in order.
"""

import argparse
import datetime
import os
import random
import sys
import time

BLOCK_BYTES = 4 << 20          # target size of one independently seeded block
BATCH_LINES = 4096             # lines formatted per batch inside a block
BLOCK_SPAN_S = 12              # seconds of log time covered by one block
EPOCH = datetime.datetime(2026, 11, 15, 0, 0, 0)
EPOCH_MS = 1794672000000       # 2026-11-15T00:00:00+08:00 in ms since 1970

# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------

RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
RIC_CHECK = "10X98765432"       # remainder 0..10 -> check character


def ric_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, RIC_WEIGHTS))
    return RIC_CHECK[s % 11]


def luhn_digit(body):
    """Check digit to append to the digit string `body`."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:          # doubled: rightmost digit of body, then every 2nd
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# --------------------------------------------------------------------------
# static tables
# --------------------------------------------------------------------------

MOBILE_PREFIXES = (
    [str(p) for p in range(130, 140)] + ["145", "147"] +
    ["150", "151", "152", "153", "155", "156", "157", "158", "159"] +
    ["162", "165", "166", "167"] +
    ["170", "171", "172", "173", "175", "176", "177", "178"] +
    [str(p) for p in range(180, 190)] +
    ["190", "191", "192", "193", "195", "196", "197", "198", "199"])

# real GB/T 2260 county-level codes
REGION_CODES = [
    "110101", "110105", "110108", "110106", "120101", "120104", "130102",
    "210102", "230102", "310104", "310115", "310106", "320106", "320102",
    "330106", "330108", "350203", "350206", "370202", "370212", "410105",
    "420106", "420111", "430104", "430102", "430725", "440103", "440106",
    "440305", "440304", "440306", "450103", "500103", "500105", "510107",
    "510104", "530102", "610113", "610103", "620102", "650102"]

IMSI_MNC = ["00", "01", "02", "03", "05", "06", "07", "08", "09", "11", "15", "20"]
IMSI_MNC_W = [30, 18, 8, 10, 2, 3, 6, 2, 2, 12, 3, 4]

IMEI_TAC_PREFIX = ["35", "86", "01"]
IMEI_TAC_W = [45, 45, 10]

UNIONPAY_BINS = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19),
                 ("622262", 19), ("622588", 16), ("621483", 16), ("622609", 16),
                 ("625956", 16), ("621226", 19), ("622908", 16), ("623058", 19)]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司马", "诸葛", "上官"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红鹏飞燕玲丹宇浩然子涵梓轩欣怡一诺雨泽思远俊杰婷婷建国志强海燕晓东文博佳琪嘉怡昊天宏伟晨曦雪梅春梅立新永刚振华")

# (province, city, districts); municipalities have an empty city
GEO = [
    ("北京市", "", ["东城区", "朝阳区", "海淀区", "丰台区", "西城区"]),
    ("上海市", "", ["徐汇区", "浦东新区", "静安区", "闵行区", "杨浦区"]),
    ("天津市", "", ["和平区", "南开区", "河西区"]),
    ("重庆市", "", ["渝中区", "江北区", "南岸区"]),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区"]),
    ("浙江省", "杭州市", ["西湖区", "滨江区", "余杭区", "拱墅区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "建邺区"]),
    ("江苏省", "苏州市", ["姑苏区", "吴中区", "工业园区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "青羊区", "成华区"]),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "天心区"]),
    ("湖南省", "常德市", ["武陵区", "鼎城区"]),
    ("湖北省", "武汉市", ["武昌区", "洪山区", "江汉区"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
    ("福建省", "厦门市", ["思明区", "湖里区", "集美区"]),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
    ("辽宁省", "沈阳市", ["和平区", "沈河区", "皇姑区"]),
]
ROADS = ["建国", "人民", "中山", "解放", "科技园", "长江", "黄河", "延安", "南京",
         "新华", "和平", "文化", "青年", "学府", "滨海", "东风", "朝阳", "光明",
         "望京", "天府", "高新", "迎宾", "体育", "花园", "幸福", "前进"]
ROAD_SUFFIX = ["路", "路", "路", "路", "大道", "街", "东路", "西路", "南路", "北路"]
ESTATES = ["阳光花园", "锦绣家园", "翠苑", "万科城", "碧桂园", "华府", "金色家园",
           "书香名邸", "滨江花园", "世纪新城"]

# city centres (lat, lng) for coordinates
CITY_CENTRES = [(39.9042, 116.4074), (31.2304, 121.4737), (22.5431, 114.0579),
                (23.1291, 113.2644), (30.2741, 120.1551), (32.0603, 118.7969),
                (30.5728, 104.0668), (28.2282, 112.9388), (30.5928, 114.3055),
                (34.3416, 108.9398), (24.4798, 118.0894), (36.0671, 120.3826),
                (29.5630, 106.5516), (34.7466, 113.6254), (41.8057, 123.4315)]

PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu",
          "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin",
          "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng"]
PINYIN_GIVEN = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun",
                "yang", "yong", "yan", "jie", "juan", "tao", "ming", "chao",
                "xia", "ping", "gang", "hua", "peng", "fei", "yu", "hao", "ran",
                "zihan", "xinyi", "yichen", "haoran", "jiaqi", "wenbo", "xiaodong"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "139.com",
                "foxmail.com", "gmail.com", "outlook.com", "hotmail.com",
                "aliyun.com", "chinamobile.com", "189.cn", "wo.cn", "yeah.net"]

HTTP_STATUS = ["200"] * 40 + ["204", "201", "301", "302", "304", "304"] + \
    ["400", "401", "403", "404", "404", "404", "409", "429", "500", "502", "503", "504"]
METHODS = ["GET"] * 6 + ["POST"] * 3 + ["PUT", "DELETE"]
SITES = ["bj", "sh", "gz", "sz", "hz", "cd", "wh", "xa", "nj", "cs"]
SERVICES = ["order-svc", "billing-core", "user-center", "pay-gateway",
            "sms-dispatch", "num-portability", "rating-engine", "cdr-collector",
            "crm-api", "inventory", "promo-svc", "auth-svc"]
API_PATHS = ["/api/v2/orders/%s", "/api/v1/bill/%s/items", "/api/v3/packages/%s",
             "/internal/rating/%s/recalc", "/api/v2/refunds/%s", "/openapi/v1/query/%s"]
ORDER_STATES = ["CREATED", "PAID", "SHIPPED", "CLOSED", "REFUNDED", "PENDING"]
TOPICS = ["cdr-events", "billing-events", "order-events", "sms-mo", "usage-5g",
          "recharge", "audit-trail"]
LEVELS_NOISE = ["INFO"] * 6 + ["DEBUG"] * 3 + ["WARN"]


# --------------------------------------------------------------------------
# pools (built once per process from the seed)
# --------------------------------------------------------------------------

class Pools:
    def __init__(self, seed):
        r = random.Random("%s:pools" % seed)
        self.r = r

        def digits(n):
            return "%0*d" % (n, r.randrange(10 ** n))

        def hexs(n):
            return "%0*x" % (n, r.getrandbits(4 * n))

        # --- PI -------------------------------------------------------------
        self.phone = [r.choice(MOBILE_PREFIXES) + digits(8) for _ in range(200000)]
        # formatted with optional country code (plain mostly)
        self.phone_any = []
        for p in self.phone:
            x = r.random()
            self.phone_any.append("+86" + p if x < 0.08 else "86" + p if x < 0.14 else p)

        d0 = datetime.date(1950, 1, 1).toordinal()
        d1 = datetime.date(2008, 12, 31).toordinal()
        self.ric = []       # (id, birthday "YYYY-MM-DD", gender "M"/"F")
        for _ in range(60000):
            b = datetime.date.fromordinal(r.randint(d0, d1))
            seq = r.randrange(1000)
            body = "%s%04d%02d%02d%03d" % (r.choice(REGION_CODES), b.year,
                                           b.month, b.day, seq)
            self.ric.append((body + ric_check(body), b.isoformat(),
                             "M" if seq % 2 else "F"))
        self.ric_id = [t[0] for t in self.ric]

        self.imsi = ["460" + m + digits(10)
                     for m in r.choices(IMSI_MNC, IMSI_MNC_W, k=100000)]
        self.imei = []
        for pre in r.choices(IMEI_TAC_PREFIX, IMEI_TAC_W, k=100000):
            body = pre + digits(12)
            self.imei.append(body + luhn_digit(body))

        self.email = []
        for _ in range(50000):
            x = r.random()
            if x < 0.30:
                local = str(r.randrange(10000, 4000000000))   # QQ number
                dom = "qq.com"
            elif x < 0.40:
                local = r.choice(self.phone)                  # phone-number mail
                dom = r.choice(["139.com", "189.cn", "wo.cn"])
            else:
                sep = r.choice(["", ".", "_", ""])
                local = r.choice(PINYIN) + sep + r.choice(PINYIN_GIVEN)
                if r.random() < 0.6:
                    local += str(r.randrange(1, 2000))
                dom = r.choice(MAIL_DOMAINS)
            self.email.append(local + "@" + dom)

        self.ipv4 = []
        for _ in range(100000):
            x = r.random()
            if x < 0.35:      # CGNAT framed IPs
                ip = "100.%d.%d.%d" % (r.randint(64, 127), r.randrange(256), r.randint(1, 254))
            elif x < 0.55:
                ip = "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randint(1, 254))
            else:
                a = r.choice([36, 39, 58, 61, 101, 112, 113, 117, 120, 121, 183,
                              211, 218, 221, 222, 223])
                ip = "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randint(1, 254))
            self.ipv4.append(ip)

        self.ipv6 = []
        for _ in range(50000):
            pre = r.choice(["2409:8a%02x" % r.randrange(256), "240e:%x" % r.randrange(0x300, 0x3ff),
                            "2408:84%02x" % r.randrange(256)])
            groups = [pre] + ["%x" % r.randrange(0x10000) for _ in range(2)]
            if r.random() < 0.5:
                ip = ":".join(groups + ["%x" % r.randrange(0x10000)]) + "::" + \
                    "%x" % r.randint(1, 0xffff)
            else:
                ip = ":".join(groups + ["%x" % r.randrange(0x10000) for _ in range(4)])
            self.ipv6.append(ip)

        self.mac = []
        for _ in range(50000):
            b = [r.randrange(256) for _ in range(6)]
            b[0] &= 0xfe
            if r.random() < 0.8:
                self.mac.append(":".join("%02x" % v for v in b))
            else:
                self.mac.append("-".join("%02X" % v for v in b))

        self.card = []
        for _ in range(50000):
            bin_, n = r.choice(UNIONPAY_BINS)
            body = bin_ + digits(n - 7)
            self.card.append(body + luhn_digit(body))

        self.name = []
        for _ in range(20000):
            g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.65 else "")
            self.name.append(r.choice(SURNAMES) + g)

        self.addr = []
        for _ in range(20000):
            prov, city, dists = r.choice(GEO)
            a = prov + city + r.choice(dists) + r.choice(ROADS) + r.choice(ROAD_SUFFIX) + \
                "%d号" % r.randint(1, 999)
            x = r.random()
            if x < 0.45:
                a += "%s%d栋%d单元%d%02d室" % (r.choice(ESTATES), r.randint(1, 30), r.randint(1, 4),
                                          r.randint(1, 33), r.randint(1, 8))
            elif x < 0.6:
                a += "%d室" % r.randint(101, 2808)
            self.addr.append(a)

        self.coord = []
        for _ in range(50000):
            la, ln = r.choice(CITY_CENTRES)
            self.coord.append("%.6f,%.6f" % (la + r.uniform(-0.3, 0.3), ln + r.uniform(-0.3, 0.3)))
        self.lat_lng = [c.split(",") for c in self.coord]

        self.iccid = []
        for _ in range(50000):
            body = r.choice(["898600", "898602", "898601", "898603", "898611"]) + digits(13)
            self.iccid.append(body + luhn_digit(body))

        self.passport = ["E" + digits(8) if r.random() < 0.8 else
                         "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
                         for _ in range(10000)]

        # --- non-PI that looks like PI -------------------------------------
        self.order18 = []
        for _ in range(100000):
            if r.random() < 0.5:   # date-prefixed order number
                d = EPOCH + datetime.timedelta(seconds=r.randrange(-86400 * 90, 86400))
                self.order18.append(d.strftime("%Y%m%d") + digits(10))
            else:                   # snowflake-ish id
                self.order18.append(str(r.randrange(10 ** 17, 2 * 10 ** 17)))
        self.ts13 = [str(EPOCH_MS + r.randrange(-86400000 * 30, 86400000)) for _ in range(100000)]
        self.trace16 = [hexs(16) for _ in range(100000)]
        self.hex8 = [hexs(8) for _ in range(50000)]
        self.hash40 = [hexs(40) for _ in range(5000)]
        self.uuid = ["%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), r.choice("89ab"),
                                            hexs(3), hexs(12)) for _ in range(50000)]
        self.seq20 = [digits(20) for _ in range(50000)]
        self.version = (["%d.%d.%d.%d" % (r.randint(1, 12), r.randrange(20), r.randrange(1000, 30000),
                                          r.randrange(1000, 10000)) for _ in range(200)] +
                        ["%d.%d.%d" % (r.randrange(6), r.randrange(40), r.randrange(30)) for _ in range(200)] +
                        ["v%d.%d.%d" % (r.randrange(4), r.randrange(40), r.randrange(30)) for _ in range(100)])
        self.status = HTTP_STATUS
        self.nbytes = [str(int(r.lognormvariate(7.5, 1.6))) for _ in range(20000)]
        self.dur = ["%dms" % int(r.lognormvariate(3, 1.2)) for _ in range(3000)] + \
            ["%.3fs" % r.lognormvariate(-1, 1) for _ in range(1000)]
        self.small = [str(i) for i in range(1000)]
        self.offset = [str(r.randrange(10 ** 6, 10 ** 9)) for _ in range(20000)]
        self.latency_us = [str(int(r.lognormvariate(5.5, 1))) for _ in range(5000)]
        self.host = ["%s-%s-%02d.%s.internal" % (s, r.choice(SITES), r.randint(1, 40),
                                                  r.choice(["svc", "core", "prod", "k8s"]))
                     for s in ["api-gw", "edge-gw", "lb", "ingress"] for _ in range(100)]
        self.pod = ["%s-%s-%s" % (s, hexs(9 if r.random() < 0.5 else 10),
                                  "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
                    for s in SERVICES for _ in range(40)]
        self.api_path = [p % o for p in API_PATHS for o in r.sample(self.order18, 2000)]
        self.lac = [str(r.randrange(10000, 65535)) for _ in range(5000)]
        self.ci = [str(r.randrange(10000, 268435455)) for _ in range(20000)]
        self.nas = ["bras-%s-%02d" % (s, i) for s in SITES for i in range(1, 30)]
        self.store = ["store-%04d" % r.randrange(10000) for _ in range(3000)]
        self.landline = ["0%d%d" % (r.choice([10, 20, 21, 22, 23, 24, 25, 27, 28, 29]),
                                    r.randrange(10 ** 7, 10 ** 8)) for _ in range(20000)] + \
            ["0%d%d" % (r.choice([755, 571, 731, 532, 592, 371]), r.randrange(10 ** 7, 10 ** 8))
             for _ in range(20000)]
        self.service_no = ["10086", "10010", "10000", "95588", "95533", "95555", "12345",
                           "114", "12306", "400" + digits(7)]
        self.charge = [str(int(r.lognormvariate(3, 1.5))) for _ in range(5000)]
        self.call_dur = [str(int(r.expovariate(1 / 120.0))) for _ in range(5000)]
        self.channel = ["APP", "WEB", "STORE", "HOTLINE", "WECHAT", "ALIPAY"]
        self.ms3 = [".%03d" % i for i in range(1000)]


POOLS = None


def pools(seed):
    global POOLS
    if POOLS is None or POOLS[0] != seed:
        POOLS = (seed, Pools(seed))
    return POOLS[1]


# --------------------------------------------------------------------------
# line templates: (format, [column spec, ...]); a spec is a pool attribute
# name, or "ts" for the line's timestamp.
# --------------------------------------------------------------------------

PI_TEMPLATES = [
    (30, "%s INFO aaa.auth user=%s imsi=%s imei=%s framed_ip=%s mac=%s nas=%s session=%s result=ACCEPT\n",
     ["ts", "phone_any", "imsi", "imei", "ipv4", "mac", "nas", "hex8"]),
    (12, "%s INFO aaa.acct type=Interim msisdn=%s imsi=%s framed_ip=%s framed_ipv6=%s in_octets=%s out_octets=%s session=%s\n",
     ["ts", "phone_any", "imsi", "ipv4", "ipv6", "offset", "offset", "hex8"]),
    (14, "%s INFO crm.query op=getCustomer name=%s id_card=%s phone=%s addr=%s trace=%s\n",
     ["ts", "name", "ric_id", "phone_any", "addr", "trace16"]),
    (14, "%s DEBUG mme.attach imsi=%s msisdn=%s imei=%s tac=%s eci=%s loc=%s ue_ip=%s dur=%s\n",
     ["ts", "imsi", "phone_any", "imei", "lac", "ci", "coord", "ipv6", "dur"]),
    (10, "%s INFO pay.bind user=%s name=%s card=%s email=%s client_ip=%s order=%s\n",
     ["ts", "phone_any", "name", "card", "email", "ipv4", "order18"]),
    (10, "%s INFO sim.activate iccid=%s imsi=%s msisdn=%s id_card=%s channel=%s op=%s\n",
     ["ts", "iccid", "imsi", "phone_any", "ric_id", "store", "uuid"]),
    (6, "%s WARN crm.kyc name=%s passport=%s phone=%s email=%s ip=%s reason=doc_expired trace=%s\n",
     ["ts", "name", "passport", "phone_any", "email", "ipv4", "trace16"]),
    (4, "%s INFO portal.login account=%s mobile=%s client_ip=%s ua_mac=%s status=%s dur=%s\n",
     ["ts", "email", "phone_any", "ipv6", "mac", "status", "dur"]),
]

NOPI_TEMPLATES = [
    (40, "%s INFO gw.access host=%s method=%s path=%s status=%s bytes=%s dur=%s trace=%s upstream=%s\n",
     ["ts", "host", "method", "api_path", "status", "nbytes", "dur", "trace16", "pod"]),
    (20, "%s DEBUG order.svc trace=%s span=%s order_id=%s created_ms=%s seq=%s state=%s retry=%s\n",
     ["ts", "trace16", "hex8", "order18", "ts13", "seq20", "state", "retry"]),
    (10, "%s DEBUG cache.redis op=GET key=order:%s hit=true ttl=%s latency_us=%s conn=redis-cluster-%s.svc.internal:6379\n",
     ["ts", "order18", "small", "latency_us", "site"]),
    (12, "%s INFO kafka.consumer topic=%s partition=%s offset=%s lag=%s batch=500 request_id=%s\n",
     ["ts", "topic", "small", "offset", "small", "uuid"]),
    (4, "%s INFO deploy.agent service=%s version=%s commit=%s build_ms=%s pod=%s\n",
     ["ts", "service", "version", "hash40", "ts13", "pod"]),
    (8, "%s WARN gw.ratelimit route=%s limit=2000 current=%s window_ms=1000 trace=%s host=%s\n",
     ["ts", "api_path", "nbytes", "trace16", "host"]),
    (6, "%s INFO billing.job job=rating-%s batch_seq=%s records=%s elapsed=%s started_ms=%s\n",
     ["ts", "hex8", "seq20", "offset", "dur", "ts13"]),
]


class Col:
    """Column sampler bound to one block's RNG."""

    def __init__(self, p, rng):
        self.p = p
        self.rng = rng
        self.extra = {
            "method": METHODS, "state": ORDER_STATES, "retry": ["0"] * 8 + ["1", "2"],
            "site": ["%s-%02d" % (s, i) for s in SITES for i in range(1, 7)],
            "topic": TOPICS, "service": SERVICES, "status": HTTP_STATUS,
        }

    def pool(self, name):
        v = self.extra.get(name)
        return v if v is not None else getattr(self.p, name)

    def take(self, name, k):
        return self.rng.choices(self.pool(name), k=k)


def _timestamps(rng, block, n, sep="T", suffix="+08:00"):
    """n sorted timestamps inside this block's time window."""
    base = EPOCH + datetime.timedelta(seconds=block * BLOCK_SPAN_S)
    secs = [(base + datetime.timedelta(seconds=s)).strftime("%Y-%m-%d" + sep + "%H:%M:%S")
            for s in range(BLOCK_SPAN_S)]
    rnd = rng.random
    span = BLOCK_SPAN_S * 1000
    offs = sorted([int(rnd() * span) for _ in range(n)])
    return secs, offs


def _format_lines(col, templates, n, ts_list, rng):
    """Format n lines picked from weighted templates; returns a list of str."""
    weights = [t[0] for t in templates]
    which = rng.choices(range(len(templates)), weights, k=n)
    out = [None] * n
    groups = [[] for _ in templates]
    for i, w in enumerate(which):
        groups[w].append(i)
    for (_, fmt, spec), idx in zip(templates, groups):
        if not idx:
            continue
        k = len(idx)
        cols = [[ts_list[i] for i in idx] if s == "ts" else col.take(s, k) for s in spec]
        for i, line in zip(idx, map(fmt.__mod__, zip(*cols))):
            out[i] = line
    return out


def gen_log(col, rng, block, n, sparse):
    secs, offs = _timestamps(rng, block, n)
    ms3 = col.p.ms3
    ts = [secs[o // 1000] + ms3[o % 1000] + "+08:00" for o in offs]
    if not sparse:
        return "".join(_format_lines(col, PI_TEMPLATES, n, ts, rng))
    n_pi = n // 20
    pi_pos = sorted(rng.sample(range(n), n_pi))
    pi_set = set(pi_pos)
    nopi_pos = [i for i in range(n) if i not in pi_set]
    out = [None] * n
    pi_lines = _format_lines(col, PI_TEMPLATES, n_pi, [ts[i] for i in pi_pos], rng)
    nopi_lines = _format_lines(col, NOPI_TEMPLATES, len(nopi_pos), [ts[i] for i in nopi_pos], rng)
    for i, s in zip(pi_pos, pi_lines):
        out[i] = s
    for i, s in zip(nopi_pos, nopi_lines):
        out[i] = s
    return "".join(out)


CDR_HEADER = "record_id,calling,called,imsi,imei,lac,ci,start_time,duration_s,charge_fen\n"


def gen_cdr(col, rng, block, n, first_id):
    secs, offs = _timestamps(rng, block, n, sep=" ")
    start = [secs[o // 1000] for o in offs]
    rid = ["%020d" % (first_id + i) for i in range(n)]
    # called party: mostly mobiles, some landlines and service numbers
    called = col.take("phone_any", n)
    p = col.p
    rnd = rng.random
    ll, sv = p.landline, p.service_no
    for i in range(n):
        x = rnd()
        if x < 0.12:
            called[i] = ll[int(rnd() * len(ll))]
        elif x < 0.16:
            called[i] = sv[int(rnd() * len(sv))]
    cols = [rid, col.take("phone_any", n), called, col.take("imsi", n), col.take("imei", n),
            col.take("lac", n), col.take("ci", n), start, col.take("call_dur", n),
            col.take("charge", n)]
    return "".join(map("%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n".__mod__, zip(*cols)))


CRM_TEMPLATES = [
    (50, '{"customer":{"name":"%s","idCard":"%s","gender":"%s","birthday":"%s","contacts":[{"type":"mobile","value":"%s"}],"address":"%s","level":"%s"},'
         '"device":{"imei":"%s","imsi":"%s","lastIp":"%s"},"orderId":"%s","createdMs":%s,"channel":"%s","traceId":"%s"}\n',
     ["name", "RIC", "phone", "addr", "level", "imei", "imsi", "ipv4", "order18", "ts13", "channel", "trace16"]),
    (30, '{"customer":{"name":"%s","idCard":"%s","gender":"%s","birthday":"%s","contacts":[{"type":"mobile","value":"%s"},{"type":"email","value":"%s"},{"type":"mobile","value":"%s"}],"address":"%s","level":"%s","bankCard":"%s"},'
         '"device":{"imei":"%s","imsi":"%s","lastIp":"%s","mac":"%s","location":{"lat":%s,"lng":%s}},"orderId":"%s","createdMs":%s,"updatedMs":%s,"channel":"%s","traceId":"%s"}\n',
     ["name", "RIC", "phone_any", "email", "phone", "addr", "level", "card", "imei", "imsi", "ipv6",
      "mac", "LATLNG", "order18", "ts13", "ts13", "channel", "trace16"]),
    (20, '{"customer":{"name":"%s","idCard":"%s","gender":"%s","birthday":"%s","passport":"%s","contacts":[{"type":"email","value":"%s"},{"type":"mobile","value":"%s"}],"address":"%s","level":"%s"},'
         '"device":{"imei":"%s","iccid":"%s","lastIp":"%s"},"orderId":"%s","createdMs":%s,"channel":"%s","seq":"%s"}\n',
     ["name", "RIC", "passport", "email", "phone_any", "addr", "level", "imei", "iccid", "ipv4", "order18",
      "ts13", "channel", "seq20"]),
]


def gen_crm(col, rng, block, n):
    weights = [t[0] for t in CRM_TEMPLATES]
    which = rng.choices(range(len(CRM_TEMPLATES)), weights, k=n)
    groups = [[] for _ in CRM_TEMPLATES]
    for i, w in enumerate(which):
        groups[w].append(i)
    out = [None] * n
    col.extra["level"] = ["GOLD", "SILVER", "NORMAL", "NORMAL", "VIP", "DIAMOND"]
    for (_, fmt, spec), idx in zip(CRM_TEMPLATES, groups):
        k = len(idx)
        if not k:
            continue
        cols = []
        for s in spec:
            if s == "RIC":       # id, gender, birthday kept consistent
                rics = col.take("ric", k)
                cols += [[t[0] for t in rics], [t[2] for t in rics], [t[1] for t in rics]]
            elif s == "LATLNG":
                ll = col.take("lat_lng", k)
                cols += [[t[0] for t in ll], [t[1] for t in ll]]
            else:
                cols.append(col.take(s, k))
        for i, line in zip(idx, map(fmt.__mod__, zip(*cols))):
            out[i] = line
    return "".join(out)


AVG_LINE = {"dense-log": 190, "sparse-log": 170, "cdr-csv": 115, "crm-jsonl": 560}


def gen_block(args):
    """Generate block number `block` (>= BLOCK_BYTES bytes, whole lines)."""
    seed, kind, block = args
    p = pools(seed)
    rng = random.Random("%s:%s:%d" % (seed, kind, block))
    col = Col(p, rng)
    parts = []
    size = 0
    sub = 0
    next_id = block * 10 ** 7 + 1
    while size < BLOCK_BYTES:
        # lines per batch so that a block is a few batches; ts window per batch
        n = BATCH_LINES
        sub_block = block * 64 + sub      # keep timestamps monotonic inside the block
        if kind == "dense-log":
            s = gen_log(col, rng, sub_block, n, sparse=False)
        elif kind == "sparse-log":
            s = gen_log(col, rng, sub_block, n, sparse=True)
        elif kind == "cdr-csv":
            s = gen_cdr(col, rng, sub_block, n, next_id)
            next_id += n
        elif kind == "crm-jsonl":
            s = gen_crm(col, rng, sub_block, n)
        else:
            raise ValueError(kind)
        b = s.encode("utf-8")
        parts.append(b)
        size += len(b)
        sub += 1
    return b"".join(parts)


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

def parse_size(text):
    t = text.strip().upper()
    if t.endswith("B"):
        t = t[:-1]
    mult = 1
    if t and t[-1] in "KMGT":
        mult = 1024 ** ("KMGT".index(t[-1]) + 1)
        t = t[:-1]
    try:
        v = float(t)
    except ValueError:
        raise argparse.ArgumentTypeError("bad size %r (use e.g. 512K, 50M, 1G)" % text)
    n = int(v * mult)
    if n <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return n


KINDS = ["dense-log", "sparse-log", "cdr-csv", "crm-jsonl"]


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate synthetic telecom data with PI for benchmarks.")
    ap.add_argument("--kind", required=True, choices=KINDS)
    ap.add_argument("--size", required=True, type=parse_size, help="e.g. 50M, 1G (1024-based)")
    ap.add_argument("--out", required=True, help="output file ('-' for stdout)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", "-j", type=int, default=0,
                    help="worker processes (default: number of CPUs, max 8); output does not depend on it")
    ap.add_argument("--quiet", "-q", action="store_true")
    a = ap.parse_args(argv)

    jobs = a.jobs or min(os.cpu_count() or 1, 8)
    nblocks = -(-a.size // BLOCK_BYTES)       # each block is >= BLOCK_BYTES
    tasks = [(a.seed, a.kind, i) for i in range(nblocks)]

    out = sys.stdout.buffer if a.out == "-" else open(a.out + ".tmp", "wb")
    written = 0
    remaining = a.size
    t0 = time.time()

    def emit(chunk):
        nonlocal written, remaining
        if len(chunk) > remaining:
            cut = chunk.rfind(b"\n", 0, remaining)
            chunk = chunk[:cut + 1] if cut >= 0 else b""
        out.write(chunk)
        written += len(chunk)
        remaining -= len(chunk)

    if a.kind == "cdr-csv":
        emit(CDR_HEADER.encode())

    if jobs <= 1 or nblocks <= 1:
        for t in tasks:
            emit(gen_block(t))
            if remaining <= 0:
                break
    else:
        import multiprocessing as mp
        pools(a.seed)   # build once; forked workers inherit it
        ctx = mp.get_context("fork")
        with ctx.Pool(jobs) as pool:
            for chunk in pool.imap(gen_block, tasks, chunksize=1):
                if remaining > 0:
                    emit(chunk)
    if out is not sys.stdout.buffer:
        out.close()
        os.replace(a.out + ".tmp", a.out)
    else:
        out.flush()
    dt = time.time() - t0
    if not a.quiet:
        print("gen_data: %s %d bytes -> %s in %.1fs (%.0f MB/s)" %
              (a.kind, written, a.out, dt, written / 1e6 / max(dt, 1e-9)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:          # e.g. `--out - | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
