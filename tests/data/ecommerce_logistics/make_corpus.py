#!/usr/bin/python3
"""Synthetic, labelled corpus: e-commerce, delivery and logistics data.

All people, numbers and addresses below are invented by a seeded random
generator; any resemblance to real persons is accidental.

usage: make_corpus.py [--out DIR]      (default: the directory of this script)

Files written
-------------
  waybill_export_sf.csv        courier waybill export (CSV, Chinese headers): sender/receiver
                               name, phone, address; shops send from warehouses; some
                               receivers masked (privacy waybills).
  face_sheet_print.txt         electronic face-sheet (面单) print jobs as text: SF / ZTO /
                               YTO layouts and raw ZPL; ~40 % privacy face sheets.
  shop_orders_export.tsv       shop back-office order export (TSV, Taobao-style headers,
                               Excel apostrophes before numbers, 19-digit order ids).
  rider_app_events.jsonl       delivery-rider app JSON lines: GPS fixes, cell info, device
                               identifiers, login tokens, privacy (virtual) numbers.
  locker_pickup.log            parcel-locker (快递柜) service log: deliveries, pickup codes,
                               SMS sends, pickups, overdue fees, admin operations.
  return_refund_forms.txt      return / refund / exchange application forms (zh and en).
  cs_chat_transcripts.txt      customer-service chat sessions about parcels.
  seller_kyc_records.json      marketplace seller KYC export (individual and enterprise).
  address_book_api.xml         address-book API export (XML) of shop members.
  sms_gateway.log              SMS gateway send log of delivery notifications and OTPs.
  wms_outbound.log             warehouse WMS log: waves, picking, packing, weighing, printing.
  customs_ceb311.xml           cross-border e-commerce order declarations (CEB311-like XML).
  cod_settlement.csv           cash-on-delivery settlement / reconciliation with payee cards.
  nginx_shop_api.log           nginx access log of the shop API (combined + extras).
  linehaul_dispatch.json       line-haul truck dispatch records: drivers, plates, tracks.
  dutyfree_pickup.csv          offshore duty-free mall pickup list: travellers' documents.
  labels.jsonl                 {"file","start","end","type"}; UTF-8 byte offsets, end exclusive.

Label conventions
-----------------
* PHONE_NUMBER: private people's mobiles and landlines as written, with +86 / 0086 / 86
  prefixes, spaces, dashes, full-width digits; landlines with their area code, without
  an extension ("转801" is outside the span). Phones of employees (couriers, riders,
  drivers, shop staff, station keepers) are private people's numbers and are labelled.
  Not labelled: masked numbers (138****1234), tails ("尾号5678"), service numbers
  (95338, 10086, 95588, 400-...), SMS sender ports (1069...).
* Privacy / virtual numbers (隐私号, AXB relay numbers such as 170xxxxxxxx-1234 or
  "虚拟号 ... 转 1234") are NOT labelled: they belong to a platform pool and are bound to
  an order for a short time; they are not the user's own number.
* PERSON_NAME: full names of private people (buyers, receivers, senders, couriers,
  employees, legal representatives of small companies, pinyin names on passports).
  Masked names (张*, 王**) and nicknames / account names are not labelled. Company,
  shop and product names are not labelled.
* STREET_ADDRESS: a person's address, from the first place name to the house / room
  number; a trailing postcode "(518057)" or a note is outside the span. Delivery
  addresses in an address book are labelled whatever their tag (home, office, school).
  When an address is split into fields (province / city / district / detail), only the
  detail field (street + house / room) is labelled and the province / city / district
  fields are not; a full-address field is labelled whole. Not labelled: warehouse, shop,
  station, locker and company addresses; addresses whose street part is masked.
* CREDENTIAL: passwords, PINs, API keys / app secrets, access / refresh tokens (JWT and
  opaque), signing keys. One-time codes are treated as credentials: parcel-locker pickup
  codes (they open a locker door) and SMS verification codes. Shelf codes of pickup
  stations (驿站 "取件码 12-3-4021") are shelf positions, not secrets: not labelled.
  Masked secrets (******) are not labelled.
* LOCATION_COORDINATES: a "lng,lat" / "lat,lng" string is one label; separate lat / lng
  fields are one label each. Coordinates of riders, drivers, customers and delivery
  points are labelled.
* CELL_ID: a whole CGI / ECGI string, or the value of a field named cid / cell_id / ci.
  LAC / TAC values are not labelled.
* IP_ADDRESS: client / device addresses (IPv4 and IPv6), without port. Only client-side
  addresses appear in the files.
* IMEI_HARDWARE_ID, MEID, IMSI_ID, ICCID_NUMBER, MAC_ADDRESS: device identifiers of phones
  used by riders, drivers and buyers. The Android placeholder MAC 02:00:00:00:00:00,
  OAID / Android ID / device serial numbers of PDAs and printers are not labelled.
* DATE_OF_BIRTH only for birth dates. CHINA_RESIDENT_ID_NUMBER, CHINA_PASSPORT,
  HK_MACAU_TRAVEL_PERMIT (往来港澳通行证 C + 8 digits, older W + 8 digits),
  BANK_CARD_NUMBER (as written, with group spaces), CHINA_LICENSE_PLATE (as written,
  including a middle dot or space; a trailer plate includes 挂).
* Never labelled: waybill / order / trade / payment / settlement numbers, SKUs, barcodes,
  customs and enterprise codes, Unified Social Credit Codes, corporate bank accounts,
  amounts, weights, non-birth dates, millisecond epochs, UUIDs, hashes, version strings,
  request ids, masked values.
"""
import argparse
import calendar
import datetime
import hashlib
import json
import os
import random
import sys

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

SEED = 20231130


# ----------------------------------------------------------------------------- output
class Doc:
    def __init__(self, name):
        self.name = name
        self.buf = bytearray()
        self.labels = []

    def t(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, Lab):
                p = p.part()
            if isinstance(p, (list, tuple)) and p and isinstance(p[0], (list, tuple, Lab)):
                self.t(*p)
                continue
            if isinstance(p, list):
                self.t(*p)
                continue
            if isinstance(p, tuple):
                v, typ = p
                s = len(self.buf)
                self.buf += v.encode('utf-8')
                if typ:
                    assert v == v.strip() and v, (self.name, v, typ)
                    self.labels.append((s, len(self.buf), typ, v))
            else:
                self.buf += p.encode('utf-8')


class Lab:
    """A labelled value inside a JSON structure; raw=True writes it unquoted."""

    def __init__(self, v, t, raw=False):
        self.v, self.t, self.raw = v, t, raw

    def part(self):
        return (self.v, self.t)


def jparts(o, ind=None, lvl=0, sep=(',', ':')):
    if isinstance(o, Lab):
        if o.raw:
            return [(o.v, o.t)]
        assert json.dumps(o.v, ensure_ascii=False) == '"%s"' % o.v, o.v
        return ['"', (o.v, o.t), '"']
    if isinstance(o, (dict, list)):
        items = list(o.items()) if isinstance(o, dict) else list(enumerate(o))
        op, cl = ('{', '}') if isinstance(o, dict) else ('[', ']')
        if not items:
            return [op + cl]
        out = [op]
        for i, (k, v) in enumerate(items):
            if ind is not None:
                out.append('\n' + ' ' * (ind * (lvl + 1)))
            if isinstance(o, dict):
                out.append(json.dumps(k, ensure_ascii=False) + sep[1])
            out += jparts(v, ind, lvl + 1, sep)
            if i < len(items) - 1:
                out.append(sep[0])
        if ind is not None:
            out.append('\n' + ' ' * (ind * lvl))
        out.append(cl)
        return out
    return [json.dumps(o, ensure_ascii=False)]


# ----------------------------------------------------------------------------- data pools
SURNAMES = {'王': 'WANG', '李': 'LI', '张': 'ZHANG', '刘': 'LIU', '陈': 'CHEN', '杨': 'YANG', '黄': 'HUANG',
            '赵': 'ZHAO', '吴': 'WU', '周': 'ZHOU', '徐': 'XU', '孙': 'SUN', '马': 'MA', '朱': 'ZHU',
            '胡': 'HU', '郭': 'GUO', '何': 'HE', '高': 'GAO', '林': 'LIN', '罗': 'LUO', '郑': 'ZHENG',
            '梁': 'LIANG', '谢': 'XIE', '宋': 'SONG', '唐': 'TANG', '许': 'XU', '韩': 'HAN', '冯': 'FENG',
            '邓': 'DENG', '曹': 'CAO', '彭': 'PENG', '曾': 'ZENG', '肖': 'XIAO', '田': 'TIAN', '董': 'DONG',
            '袁': 'YUAN', '潘': 'PAN', '于': 'YU', '蒋': 'JIANG', '蔡': 'CAI', '余': 'YU', '杜': 'DU',
            '叶': 'YE', '程': 'CHENG', '苏': 'SU', '魏': 'WEI', '吕': 'LV', '丁': 'DING', '任': 'REN',
            '沈': 'SHEN', '姚': 'YAO', '卢': 'LU', '姜': 'JIANG', '崔': 'CUI', '钟': 'ZHONG', '谭': 'TAN',
            '陆': 'LU', '汪': 'WANG', '范': 'FAN', '石': 'SHI', '廖': 'LIAO', '贾': 'JIA', '夏': 'XIA',
            '韦': 'WEI', '方': 'FANG', '白': 'BAI', '邹': 'ZOU', '孟': 'MENG', '熊': 'XIONG', '秦': 'QIN',
            '邱': 'QIU', '江': 'JIANG', '尹': 'YIN', '薛': 'XUE', '段': 'DUAN', '雷': 'LEI', '侯': 'HOU',
            '史': 'SHI', '陶': 'TAO', '黎': 'LI', '贺': 'HE', '顾': 'GU', '毛': 'MAO', '郝': 'HAO',
            '龚': 'GONG', '邵': 'SHAO', '钱': 'QIAN', '严': 'YAN', '覃': 'QIN', '戴': 'DAI', '莫': 'MO',
            '孔': 'KONG', '汤': 'TANG', '欧阳': 'OUYANG', '司马': 'SIMA', '上官': 'SHANGGUAN', '诸葛': 'ZHUGE'}
COMMON_SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐')
GIVEN = {'伟': 'WEI', '芳': 'FANG', '娜': 'NA', '秀': 'XIU', '英': 'YING', '敏': 'MIN', '静': 'JING',
         '丽': 'LI', '强': 'QIANG', '磊': 'LEI', '军': 'JUN', '洋': 'YANG', '勇': 'YONG', '艳': 'YAN',
         '杰': 'JIE', '娟': 'JUAN', '涛': 'TAO', '明': 'MING', '超': 'CHAO', '兰': 'LAN', '霞': 'XIA',
         '平': 'PING', '刚': 'GANG', '桂': 'GUI', '文': 'WEN', '辉': 'HUI', '华': 'HUA', '建': 'JIAN',
         '国': 'GUO', '红': 'HONG', '玉': 'YU', '梅': 'MEI', '鹏': 'PENG', '宇': 'YU', '浩': 'HAO',
         '俊': 'JUN', '婷': 'TING', '雪': 'XUE', '琳': 'LIN', '晨': 'CHEN', '欣': 'XIN', '怡': 'YI',
         '佳': 'JIA', '嘉': 'JIA', '子': 'ZI', '涵': 'HAN', '梓': 'ZI', '轩': 'XUAN', '睿': 'RUI',
         '思': 'SI', '雨': 'YU', '萱': 'XUAN', '博': 'BO', '志': 'ZHI', '海': 'HAI', '春': 'CHUN',
         '晓': 'XIAO', '东': 'DONG', '亮': 'LIANG', '斌': 'BIN', '慧': 'HUI', '凤': 'FENG', '燕': 'YAN',
         '淑': 'SHU', '瑶': 'YAO', '颖': 'YING', '雅': 'YA', '琪': 'QI', '晴': 'QING', '帆': 'FAN',
         '宏': 'HONG', '永': 'YONG', '德': 'DE', '成': 'CHENG', '胜': 'SHENG', '立': 'LI', '新': 'XIN',
         '诗': 'SHI', '梦': 'MENG', '可': 'KE', '铭': 'MING', '泽': 'ZE', '宁': 'NING', '远': 'YUAN',
         '天': 'TIAN', '晶': 'JING', '振': 'ZHEN', '家': 'JIA', '凯': 'KAI', '彬': 'BIN', '倩': 'QIAN'}
SPECIAL_NAMES = ['阿依古丽·买买提', '艾力·吐尔逊', '热娜古丽·阿不都', '格桑卓玛', '扎西多吉', '巴特尔',
                 '迪丽娜尔·艾山']

# prov, city, district, streets, communities, (lng, lat), postcode, plate prefixes, area code, towns
REGIONS = [
    ('广东省', '深圳市', '南山区', ['科技南路', '南海大道', '桃园路', '沙河西路', '留仙大道', '前海路'],
     ['阳光棕榈园', '桃源村三期', '南山花园', '缤纷假日豪园', '华润城润府', '前海花园'], (113.930, 22.533), '518000', ['粤B'], '0755'),
    ('广东省', '深圳市', '宝安区', ['新安六路', '宝民一路', '西乡大道', '凤凰路', '创业二路'],
     ['天骄世家', '碧海花园', '富盈门', '翻身村', '海语西湾'], (113.884, 22.555), '518101', ['粤B'], '0755'),
    ('广东省', '广州市', '天河区', ['天河北路', '体育西路', '中山大道西', '黄埔大道中', '龙口西路'],
     ['天河北苑', '骏景花园', '龙口西小区', '华港花园', '汇景新城'], (113.361, 23.124), '510630', ['粤A'], '020'),
    ('广东省', '东莞市', '', ['东城街道东纵大道', '南城街道鸿福路', '长安镇振安中路', '松山湖大道'],
     ['万科城', '星河城', '鸿禧中心', '金域华府'], (113.752, 23.021), '523000', ['粤S'], '0769'),
    ('北京市', '', '朝阳区', ['望京西路', '朝阳北路', '东三环中路', '北苑路', '双桥东路', '广渠路'],
     ['望京花园东区', '华贸公寓', '北苑家园绣菊园', '双桥东里', '金港国际'], (116.443, 39.921), '100020', ['京A', '京N', '京P'], '010'),
    ('北京市', '', '海淀区', ['中关村南大街', '学院路', '建材城中路', '万柳中路', '西三环北路'],
     ['知春里', '万柳书院', '育新花园', '双榆树西里', '世纪城晴波园'], (116.298, 39.959), '100080', ['京Q', '京F'], '010'),
    ('上海市', '', '浦东新区', ['张杨路', '杨高中路', '锦绣路', '川沙路', '年家浜路', '东方路'],
     ['世纪花园', '仁恒河滨城', '金杨新村', '东方城市花园', '联洋花园'], (121.544, 31.221), '200120', ['沪A', '沪D'], '021'),
    ('上海市', '', '徐汇区', ['漕溪北路', '田林路', '龙华中路', '桂林路', '宜山路'],
     ['徐汇新城', '田林十二村', '汇翠花园', '日月新殿'], (121.437, 31.188), '200030', ['沪B', '沪C'], '021'),
    ('浙江省', '杭州市', '西湖区', ['文三路', '古墩路', '天目山路', '紫荆花路', '文二西路'],
     ['翠苑一区', '嘉绿苑', '西溪诚园', '申花郡', '府苑新村'], (120.130, 30.259), '310012', ['浙A'], '0571'),
    ('浙江省', '杭州市', '余杭区', ['文一西路', '五常大道', '良渚大道', '崇贤路', '荆长大道'],
     ['西溪北苑', '良渚文化村', '玉鸟苑', '融信澜天', '和睦新村'], (120.000, 30.274), '311100', ['浙A'], '0571'),
    ('江苏省', '南京市', '鼓楼区', ['中山北路', '草场门大街', '湖南路', '虎踞北路'],
     ['清江花苑', '龙江小区', '南艺新村', '阳光广场'], (118.770, 32.066), '210009', ['苏A'], '025'),
    ('江苏省', '苏州市', '吴中区', ['东吴北路', '宝带东路', '金山路', '越溪路'],
     ['东湖大郡', '新家园', '吴中花园', '尹山湖花园'], (120.632, 31.263), '215100', ['苏E', '苏U'], '0512'),
    ('四川省', '成都市', '武侯区', ['科华北路', '武侯大道', '人民南路四段', '肖家河正街', '玉林北路'],
     ['锦城小区', '紫竹苑', '棕北小区', '清水河畔'], (104.043, 30.642), '610041', ['川A'], '028'),
    ('湖北省', '武汉市', '洪山区', ['珞喻路', '鲁磨路', '雄楚大道', '南湖大道'],
     ['光谷天地', '南湖山庄', '保利花园', '书城路小区'], (114.343, 30.500), '430070', ['鄂A'], '027'),
    ('陕西省', '西安市', '雁塔区', ['小寨东路', '科技路', '长安南路', '丈八北路'],
     ['曲江华府', '紫薇田园都市', '融侨城', '雁塔小区'], (108.948, 34.222), '710061', ['陕A', '陕U'], '029'),
    ('山东省', '青岛市', '市南区', ['香港中路', '山东路', '云南路', '燕儿岛路'],
     ['海信花园', '东海花园', '浮山所小区'], (120.395, 36.070), '266001', ['鲁B', '鲁U'], '0532'),
    ('河南省', '郑州市', '金水区', ['农业路', '经三路', '花园路', '文化路'],
     ['金水花园', '建业森林半岛', '省委家属院'], (113.660, 34.800), '450003', ['豫A'], '0371'),
    ('湖南省', '长沙市', '岳麓区', ['麓山南路', '枫林三路', '金星中路', '桐梓坡路'],
     ['桃花岭小区', '麓枫和苑', '中南大学铁道学院宿舍'], (112.931, 28.235), '410006', ['湘A'], '0731'),
    ('福建省', '厦门市', '思明区', ['湖滨南路', '莲前西路', '禾祥西路', '厦禾路'],
     ['莲花五村', '滨北小区', '瑞景新村'], (118.082, 24.445), '361001', ['闽D'], '0592'),
    ('重庆市', '', '渝北区', ['金开大道', '新牌坊一路', '松石北路', '龙山大道'],
     ['龙湖香樟林', '金科天湖美镇', '新牌坊小区'], (106.631, 29.718), '401120', ['渝A', '渝B'], '023'),
]
RURAL = [
    ('河南省', '周口市', '太康县', ['老冢镇', '城郊乡', '朱口镇'], ['王庄村', '李寨村', '后楼村'], (114.837, 34.064), '461400', '0394'),
    ('安徽省', '阜阳市', '临泉县', ['杨桥镇', '瓦店镇', '长官镇'], ['小李庄村', '黄岭村', '前郢村'], (115.261, 33.039), '236400', '0558'),
    ('江西省', '赣州市', '于都县', ['罗坳镇', '银坑镇', '仙下乡'], ['大坪村', '上欧村', '潭头村'], (115.415, 25.952), '342300', '0797'),
    ('山东省', '菏泽市', '曹县', ['大集镇', '庄寨镇', '青菏街道'], ['丁楼村', '张庄村', '孙庄村'], (115.542, 34.825), '274400', '0530'),
]
ID_REGIONS = ['110101', '110105', '110108', '310104', '310115', '320102', '320582', '320811', '330106',
              '330381', '340104', '350203', '360102', '370202', '370802', '410102', '411627', '420106',
              '430104', '440106', '440305', '440306', '441900', '450102', '500103', '510107', '520102',
              '530102', '610113', '620102', '130102', '140105', '210102', '220102', '230103', '370102',
              '411621', '341221', '360731', '371721', '450122', '511321', '622921', '441302', '360721',
              '130682']
# 441900 (Dongguan) is a real code in use; the region table of stdnum does not accept it, so
# IDs with it are checked only for format, date and check digit.
NO_TABLE_REGIONS = {'441900'}
WAREHOUSES = [
    ('嘉善电商仓', '浙江省嘉兴市嘉善县惠民街道金嘉大道88号嘉善物流园3号库'),
    ('华南中心仓', '广东省东莞市麻涌镇新沙港工业区华南国际物流中心B2仓'),
    ('昆山仓', '江苏省昆山市花桥镇商银路538号国际物流园A区2号门'),
    ('武汉亚一', '湖北省武汉市东西湖区走马岭街道汇通大道8号亚洲一号物流园'),
    ('青浦总仓', '上海市青浦区华新镇华腾路1288号5号楼'),
    ('成都双流仓', '四川省成都市双流区西航港街道空港四路1678号普洛斯物流园C4'),
    ('廊坊仓', '河北省廊坊市广阳区九州镇京津物流园区12号库'),
    ('义乌仓', '浙江省义乌市后宅街道遗安路1号陆港电商小镇7栋'),
]
SHOPS = [
    ('杭州云栖数码专营店', '杭州云栖电子商务有限公司', '浙江省杭州市滨江区长河街道江南大道588号恒鑫大厦15楼'),
    ('小熊母婴旗舰店', '广州小熊母婴用品有限公司', '广东省广州市番禺区南村镇万博二路79号万达广场B1座1606'),
    ('山野茶舍', '福建安溪山野茶业有限公司', '福建省泉州市安溪县城厢镇茶都大道18号'),
    ('优居家纺官方店', '南通优居家纺科技有限公司', '江苏省南通市通州区川姜镇家纺城路8号'),
    ('極客外设', '深圳极客互动科技有限公司', '广东省深圳市宝安区西乡街道宝源路2004号F518时尚创意园6栋301'),
    ('鲜丰果园', '上海鲜丰农产品有限公司', '上海市嘉定区马陆镇宝安公路3366号'),
    ('美妆小铺', '义乌美妆小铺电子商务有限公司', '浙江省义乌市稠城街道工人北路1058号'),
    ('户外者运动专营', '厦门户外者体育用品有限公司', '福建省厦门市湖里区金山街道云顶北路16号'),
]
PRODUCTS = [
    ('Redmi Note 12 Turbo 12GB+256GB 碳纤黑', 'XM-RN12T-256-BK', 1799.00, 0.45),
    ('罗技 G304 无线游戏鼠标 黑色', 'LG-G304-BK', 149.00, 0.21),
    ('安溪铁观音 浓香型 500g 礼盒装', 'TEA-TGY-500', 268.00, 0.72),
    ('新疆阿克苏冰糖心苹果 5kg 净重4.5kg', 'FR-AKS-5KG', 59.90, 5.30),
    ('婴儿纸尿裤 L码 56片 x2包', 'MB-NK-L56x2', 139.00, 2.10),
    ('全棉四件套 1.8m床 北欧格子', 'JF-4J-180-GZ', 329.00, 3.20),
    ('机械键盘 87键 红轴 RGB', 'KB-87-RED-RGB', 399.00, 1.10),
    ('保湿精华液 30ml', 'MZ-JH-30', 189.00, 0.15),
    ('户外冲锋衣 三合一 男款 XL 藏青', 'HW-CFY-XL-NV', 699.00, 1.35),
    ('华为 FreeBuds 5i 真无线耳机 星空黑', 'HW-FB5I-BK', 449.00, 0.18),
    ('Type-C 数据线 1m 两根装', 'CB-TC-1M-2P', 19.90, 0.08),
    ('不锈钢保温杯 500ml 奶白', 'BW-500-WH', 89.00, 0.42),
]
BANK_BINS = [('622202', 19, '中国工商银行'), ('621226', 19, '中国工商银行'), ('621700', 19, '中国建设银行'),
             ('622700', 19, '中国建设银行'), ('622848', 19, '中国农业银行'), ('621661', 19, '中国银行'),
             ('621785', 19, '中国银行'), ('622262', 19, '交通银行'), ('621483', 16, '招商银行'),
             ('622588', 16, '招商银行'), ('623058', 19, '平安银行'), ('621799', 19, '中国邮政储蓄银行'),
             ('622150', 19, '中国邮政储蓄银行'), ('436742', 19, '中国建设银行'), ('622575', 16, '招商银行'),
             ('625907', 16, '中国民生银行'), ('621691', 19, '中国民生银行'), ('622908', 19, '兴业银行')]
MOBILE_PREFIXES = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151',
                   '152', '153', '155', '156', '157', '158', '159', '166', '172', '173', '175', '176', '177',
                   '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '193',
                   '195', '196', '198', '199']
TACS = ['86891203', '86753704', '86412604', '86073604', '86696804', '35391110', '86983405', '86537005',
        '86247206', '86015805', '35847109', '86812305']
OUIS = ['28:6E:D4', '48:3F:E9', '64:09:80', 'AC:C1:EE', 'F4:8E:38', '3C:F5:91', '98:F6:21', 'CC:2D:83',
        '70:8A:09', 'E4:46:DA', '5C:C3:07', '88:11:96', 'B4:0B:44', '9C:2E:A1']
IP_FIRST = [36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 119, 120,
            121, 122, 123, 124, 125, 171, 175, 180, 182, 183, 218, 219, 220, 221, 222, 223]
IMSI_MNC = ['00', '02', '04', '07', '08', '01', '06', '09', '03', '05', '11', '15']
SERVICE_NUMBERS = ['95338', '95311', '95546', '95543', '95554', '950616', '11183', '95588', '10086',
                   '10010', '10000', '400-811-1111', '400-820-8820']
HOTLINES = {'SF': '95338', 'ZTO': '95311', 'YTO': '95554', 'YD': '95546', 'JD': '950616', 'STO': '95543',
            'JT': '956025', 'EMS': '11183'}
COURIERS = [('顺丰速运', 'SF'), ('中通快递', 'ZTO'), ('圆通速递', 'YTO'), ('韵达快递', 'YD'), ('京东快递', 'JD'),
            ('申通快递', 'STO'), ('极兔速递', 'JT'), ('EMS', 'EMS')]

PROV_CODES = {'广东省': '440000', '北京市': '110000', '上海市': '310000', '浙江省': '330000', '江苏省': '320000',
              '四川省': '510000', '湖北省': '420000', '陕西省': '610000', '山东省': '370000', '河南省': '410000',
              '湖南省': '430000', '福建省': '350000', '重庆市': '500000'}
FW = str.maketrans('0123456789', '０１２３４５６７８９')


class G:
    """Random value generators bound to one rng."""

    def __init__(self, rng):
        self.r = rng

    def digits(self, n, first='0123456789'):
        r = self.r
        return r.choice(first) + ''.join(r.choice('0123456789') for _ in range(n - 1))

    def hexs(self, n, upper=False):
        s = ''.join(self.r.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def b64(self, n, url=True):
        a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + ('-_' if url else '+/')
        return ''.join(self.r.choice(a) for _ in range(n))

    # ---- people
    def name(self, special=0.03):
        r = self.r
        if r.random() < special:
            return r.choice(SPECIAL_NAMES)
        return self.name_py()[0]

    def name_py(self):
        r = self.r
        x = r.random()
        if x < 0.04:
            sn = r.choice(['欧阳', '司马', '上官', '诸葛'])
        elif x < 0.6:
            sn = r.choice(COMMON_SURNAMES)
        else:
            sn = r.choice(list(SURNAMES))
        keys = list(GIVEN)
        gl = 1 if r.random() < 0.3 else 2
        gv = [r.choice(keys) for _ in range(gl)]
        zh = sn + ''.join(gv)
        py = (SURNAMES[sn], ''.join(GIVEN[c] for c in gv))
        return zh, py

    def masked_name(self, n=None):
        n = n or self.name(0)
        if self.r.random() < 0.7:
            return n[0] + '*' * (len(n) - 1)
        return '*' + n[1:] if len(n) == 2 else n[0] + '*' + n[-1]

    # ---- phones
    def mobile(self):
        r = self.r
        while True:
            p = r.choice(MOBILE_PREFIXES)
            n = p + self.digits(8)
            num = phonenumbers.parse(n, 'CN')
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return n

    def fmt_mobile(self, n, weights=None):
        r = self.r
        styles = ['plain', 'sp', 'dash', '+86', '+86c', '+86sp', '0086', '86', 'fw']
        w = weights or [60, 6, 5, 8, 6, 4, 3, 3, 2]
        s = r.choices(styles, w)[0]
        if s == 'plain':
            return n
        if s == 'sp':
            return '%s %s %s' % (n[:3], n[3:7], n[7:])
        if s == 'dash':
            return '%s-%s-%s' % (n[:3], n[3:7], n[7:])
        if s == '+86':
            return '+86 ' + n
        if s == '+86c':
            return '+86' + n
        if s == '+86sp':
            return '+86 %s %s %s' % (n[:3], n[3:7], n[7:])
        if s == '0086':
            return r.choice(['0086-', '0086', '0086 ']) + n
        if s == '86':
            return r.choice(['86-', '86']) + n
        return n.translate(FW)

    def phone(self, land=0.08, weights=None):
        if self.r.random() < land:
            return self.landline()
        return self.fmt_mobile(self.mobile(), weights)

    def mask_mobile(self, n=None):
        n = n or self.mobile()
        return n[:3] + '****' + n[7:]

    def landline(self, area=None, fmt=None):
        r = self.r
        while True:
            a = area or r.choice(['010', '020', '021', '022', '023', '025', '027', '028', '029', '0571',
                                  '0755', '0512', '0531', '0532', '0574', '0591', '0592', '0731', '0769',
                                  '0757', '0871', '0851', '0371'])
            ln = 8 if len(a) == 3 else r.choice([7, 8, 8])
            loc = self.digits(ln, '2345678')
            num = phonenumbers.parse(a + loc, 'CN')
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE:
                break
        f = fmt or r.choices(['dash', 'plain', 'paren', 'space'], [60, 15, 15, 10])[0]
        if f == 'dash':
            return a + '-' + loc
        if f == 'plain':
            return a + loc
        if f == 'paren':
            return '(%s)%s' % (a, loc)
        return a + ' ' + loc

    def service(self):
        return self.r.choice(SERVICE_NUMBERS)

    def hotline400(self):
        return '400-%s-%s' % (self.digits(3), self.digits(4))

    def virtual(self):
        r = self.r
        n = r.choice(['170', '171', '165', '167']) + self.digits(8)
        return n, self.digits(4, '123456789')

    # ---- addresses
    def region(self):
        return self.r.choice(REGIONS)

    def address(self, reg=None, rural=0.1, with_prov=0.8):
        r = self.r
        if reg is None and r.random() < rural:
            p, c, d, towns, vills, _, _, _ = r.choice(RURAL)
            s = '%s%s%s%s%s' % (p if r.random() < 0.9 else '', c, d, r.choice(towns), r.choice(vills))
            return s + r.choice(['%d组%d号' % (r.randint(1, 12), r.randint(1, 80)),
                                 '%d号' % r.randint(1, 200), '%d组%d号' % (r.randint(1, 9), r.randint(1, 60))])
        p, c, d, streets, comms = (reg or self.region())[:5]
        head = ''
        if p.endswith('市') and not c:  # municipality
            head = p + d
        else:
            head = (p if r.random() < with_prov else '') + c + d
        st = r.choice(streets)
        num = r.randint(1, 999)
        cm = r.choice(comms)
        b, u, fl = r.randint(1, 32), r.randint(1, 6), r.randint(1, 33)
        room = '%d%02d' % (fl, r.randint(1, 8))
        k = r.randint(0, 6)
        if k == 5 and p != '上海市':
            k = 0
        if k == 0:
            tail = '%s%d号%s%d栋%d单元%s' % (st, num, cm, b, u, room)
        elif k == 1:
            tail = '%s%d-%d-%s' % (cm, b, u, room)
        elif k == 2:
            tail = '%s%d号%s%d号楼%s室' % (st, num, cm, b, room)
        elif k == 3:
            tail = '%s%d号院%d号楼%d单元%s' % (st, num, b, u, room)
        elif k == 4:
            tail = '%s%s%d栋%s' % (st, cm, b, room)
        elif k == 5:
            tail = '%s%d弄%d号%s室' % (st, num, b, room)
        else:
            tail = '%s%d号%s%d座%s' % (st, num, cm, b, room)
        if r.random() < 0.12:
            return ' '.join(x for x in [p if c else '', c or p, d, tail] if x)
        return head + tail

    def masked_address(self, reg=None):
        p, c, d, streets = (reg or self.region())[:4]
        return '%s%s%s%s' % (p, c, d, self.r.choice(['****', '*****', self.r.choice(streets) + '****', '**********']))

    def coords(self, reg=None, spread=0.04):
        lng, lat = (reg or self.region())[5]
        return (round(lng + self.r.uniform(-spread, spread), 6), round(lat + self.r.uniform(-spread, spread), 6))

    # ---- documents
    def dob(self, y0=1958, y1=2003):
        r = self.r
        while True:
            try:
                return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 31))
            except ValueError:
                pass

    def rid(self, dob=None, region=None, lower_x=0.3):
        r = self.r
        dob = dob or self.dob()
        base = (region or r.choice(ID_REGIONS)) + dob.strftime('%Y%m%d') + self.digits(3)
        n = base + ric.calc_check_digit(base + '0')
        check_rid(n)
        if n.endswith('X') and r.random() < lower_x:
            n = n[:-1] + 'x'
        return n

    def mask_rid(self, n=None):
        n = n or self.rid()
        return self.r.choice([n[:4] + '*' * 10 + n[-4:], n[:6] + '********' + n[-4:], n[:1] + '*' * 16 + n[-1:]])

    def passport(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            return 'E' + self.digits(8, '123456789')
        if k < 0.85:
            return 'E' + r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') + self.digits(7)
        return 'G' + self.digits(8, '3456')

    def hkmo_permit(self):
        return ('C' if self.r.random() < 0.8 else 'W') + self.digits(8, '0123456789')

    def bank_card(self, fmt=None):
        r = self.r
        b, ln, bank = r.choice(BANK_BINS)
        body = b + self.digits(ln - len(b) - 1)
        n = body + luhn.calc_check_digit(body)
        f = fmt or r.choices(['plain', 'group'], [70, 30])[0]
        if f == 'group':
            n = ' '.join(n[i:i + 4] for i in range(0, len(n), 4))
        return n, bank

    def mask_card(self, n=None):
        n = (n or self.bank_card('plain')[0]).replace(' ', '')
        return self.r.choice([n[:6] + '*' * (len(n) - 10) + n[-4:], '**** **** **** ' + n[-4:], '尾号' + n[-4:]])

    def email(self, zh_name_py=None):
        r = self.r
        dom = r.choice(['qq.com', '163.com', '126.com', 'gmail.com', 'foxmail.com', 'sina.com', 'outlook.com',
                        'hotmail.com', 'yeah.net', '139.com', 'aliyun.com'])
        if dom == 'qq.com' and r.random() < 0.6:
            return self.digits(r.randint(8, 10), '123456789') + '@qq.com'
        if zh_name_py:
            sn, gn = zh_name_py
        else:
            sn, gn = self.name_py()[1]
        local = r.choice(['%s%s' % (sn.lower(), gn.lower()), '%s.%s' % (gn.lower(), sn.lower()),
                          '%s_%s%d' % (sn.lower(), gn.lower()[:1], r.randint(1, 99)),
                          '%s%s%d' % (gn.lower(), sn.lower()[:1], r.randint(1970, 2005))])
        return local + '@' + dom

    def mask_email(self, e=None):
        e = e or self.email()
        loc, dom = e.split('@')
        return loc[:3] + '***@' + dom

    # ---- devices / network
    def imei(self):
        body = self.r.choice(TACS) + self.digits(6)
        return body + luhn.calc_check_digit(body)

    def imsi(self):
        return '460' + self.r.choice(IMSI_MNC) + self.digits(10)

    def meid(self):
        s = 'A' + self.r.choice(['0000', '1000']) + self.hexs(9, upper=True)
        return s if self.r.random() < 0.7 else s.lower()

    def iccid(self):
        r = self.r
        iss = r.choice(['00', '01', '03', '11', '02', '06'])
        body = '8986' + iss + self.digits(r.choice([12, 13]))
        s = body + luhn.calc_check_digit(body)
        if len(s) == 19 and r.random() < 0.3:
            s = s + r.choice('ABCDEF')
        return s

    def mac(self):
        r = self.r
        s = r.choice(OUIS) + ':' + ':'.join(self.hexs(2, True) for _ in range(3))
        k = r.random()
        if k < 0.45:
            return s.lower()
        if k < 0.8:
            return s
        return s.replace(':', '-')

    def ip(self):
        r = self.r
        return '%d.%d.%d.%d' % (r.choice(IP_FIRST), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def ipv6(self):
        r = self.r
        pre = r.choice(['240e', '2409', '2408', '240e'])
        gs = [pre, self.hexs(3).lstrip('0') or '1'] + [self.hexs(4).lstrip('0') or '0' for _ in range(6)]
        if r.random() < 0.4:
            return '%s:%s:%s:%s::%s' % (gs[0], gs[1], gs[2], gs[3], self.hexs(r.choice([1, 2, 4])).lstrip('0') or '1')
        s = ':'.join(gs)
        return s.upper() if r.random() < 0.1 else s

    def cgi(self):
        r = self.r
        k = r.random()
        mnc = r.choice(['00', '01', '11'])
        if k < 0.5:
            return '460-%s-%d-%d' % (mnc, r.randint(10000, 65000), r.randint(1000, 65000))
        return '460-%s-%d-%d' % (mnc, r.randint(100000, 1000000), r.randint(1, 200))

    def plate(self, reg=None, nev=0.25):
        r = self.r
        pp = r.choice((reg or self.region())[7])
        al = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
        if r.random() < nev:
            tail = r.choice('DF') + self.digits(5) if r.random() < 0.8 else self.digits(5) + r.choice('DF')
        else:
            chars = [r.choice('0123456789') for _ in range(5)]
            for _ in range(r.choice([0, 1, 1, 2])):
                chars[r.randint(0, 4)] = r.choice(al)
            tail = ''.join(chars)
        sep = r.choices(['', '·', ' '], [70, 20, 10])[0]
        return pp + sep + tail

    def jwt(self):
        r = self.r
        payload = '{"uid":%d,"role":"%s","exp":%d}' % (r.randint(10 ** 7, 10 ** 8), r.choice(['rider', 'buyer', 'courier', 'driver']),
                                                     1701300000 + r.randint(0, 900000))
        import base64
        p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip('=')
        return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + p + '.' + self.b64(43)

    def password(self):
        r = self.r
        w = r.choice(['abc', 'qwe', 'love', 'zhang', 'wang', 'li', 'xiaoming', 'Huawei', 'Taobao', 'jd'])
        return r.choice(['%s%d' % (w, r.randint(100, 99999)), '%s@%d' % (w.capitalize(), r.randint(1980, 2023)),
                         self.digits(6), '%s#%s' % (w, self.digits(4))])

    def uscc(self, region='330106'):
        org = self.digits(8)
        w = [3, 7, 9, 10, 5, 8, 4, 2]
        c = 11 - sum(int(a) * b for a, b in zip(org, w)) % 11
        org += {10: 'X', 11: '0'}.get(c, str(c))
        base = '91' + region + org
        s = base + uscc.calc_check_digit(base)
        assert uscc.is_valid(s)
        return s

    def uuid(self):
        h = self.hexs(32)
        return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], self.r.choice('89ab'), h[17:20], h[20:32])

    # ---- business ids (not PI)
    def waybill(self, co=None):
        r = self.r
        co = co or r.choice(['SF', 'ZTO', 'YTO', 'YD', 'JD', 'STO', 'JT', 'EMS'])
        if co == 'SF':
            return 'SF' + self.digits(13, '1')
        if co == 'ZTO':
            return self.digits(14, '7')[:r.choice([12, 14])]
        if co == 'YTO':
            return 'YT' + self.digits(13, '2367')
        if co == 'YD':
            return self.digits(13, '34')
        if co == 'JD':
            return 'JDV' + r.choice('ABCDE') + self.digits(11, '0')
        if co == 'STO':
            return '77' + self.digits(13)
        if co == 'JT':
            return 'JT' + self.digits(13, '3')
        return '11' + self.digits(11) + r.choice(['', ''])

    def tb_order(self):
        return self.digits(19, '123')

    def epoch_ms(self, dt):
        return calendar.timegm((dt - datetime.timedelta(hours=8)).timetuple()) * 1000 + self.r.randint(0, 999)

    def dt(self, day=None, h0=7, h1=22):
        r = self.r
        return datetime.datetime(2023, 11, day or r.randint(25, 30), r.randint(h0, h1), r.randint(0, 59), r.randint(0, 59))


def csv_cell(v, typ=None, sep=','):
    if sep == ',' and (',' in v or '"' in v or '\n' in v):
        assert '"' not in v
        return ['"', (v, typ), '"']
    return [(v, typ)]


def csv_row(doc, cells, sep=','):
    for i, c in enumerate(cells):
        if i:
            doc.t(sep)
        if isinstance(c, tuple):
            doc.t(csv_cell(c[0], c[1], sep))
        else:
            doc.t(csv_cell(str(c), None, sep))
    doc.t('\r\n' if sep == ',' else '\n')


P, N, A, ID, BC, EM, CR = ('PHONE_NUMBER', 'PERSON_NAME', 'STREET_ADDRESS', 'CHINA_RESIDENT_ID_NUMBER',
                           'BANK_CARD_NUMBER', 'EMAIL_ADDRESS', 'CREDENTIAL')
LOC, IP, MAC, CELL, DOB, PLATE = ('LOCATION_COORDINATES', 'IP_ADDRESS', 'MAC_ADDRESS', 'CELL_ID',
                                  'DATE_OF_BIRTH', 'CHINA_LICENSE_PLATE')


# ============================================================================= files
def f_waybill(g):
    d = Doc('waybill_export_sf.csv')
    r = g.r
    d.t('\ufeff')
    csv_row(d, ['运单号', '客户订单号', '寄件公司', '寄件人', '寄件人电话', '寄件地址', '收件人', '收件人电话', '收件地址',
                '托寄物内容', '件数', '实际重量(kg)', '计费重量(kg)', '运费(元)', '付款方式', '月结卡号', '揽收网点', '揽收时间', '状态'])
    for i in range(40):
        wb = g.waybill('SF')
        order = r.choice([g.tb_order(), 'XS' + g.dt().strftime('%Y%m%d') + g.digits(6), 'PO-' + g.digits(10)])
        prod = r.choice(PRODUCTS)
        if r.random() < 0.62:
            shop = r.choice(SHOPS)
            wh = r.choice(WAREHOUSES)
            if r.random() < 0.5:
                sname, sphone = (r.choice(['仓库发货组', '售后部', shop[0]]), None), (g.hotline400(), None)
            else:
                sname, sphone = (g.name(), N), (g.fmt_mobile(g.mobile(), [80, 5, 5, 5, 5, 0, 0, 0, 0]), P)
            scomp, saddr = shop[1], (wh[1], None)
            acct = g.digits(10, '0')
        else:
            scomp = ''
            sname = (g.name(), N)
            sphone = (g.phone(0.1, [75, 5, 5, 5, 5, 5, 0, 0, 0]), P)
            saddr = (g.address(), A)
            acct = ''
        priv = r.random() < 0.22
        if priv:
            rname, rphone = (g.masked_name(), None), (g.mask_mobile(), None)
            raddr = (g.masked_address(), None) if r.random() < 0.6 else (g.address(), A)
        else:
            rname = (g.name(), N)
            rphone = (g.phone(0.06, [70, 4, 4, 4, 4, 2, 4, 4, 4]), P)
            raddr = (g.address(), A)
        w = prod[3] * r.randint(1, 3)
        dt = g.dt()
        csv_row(d, [wb, order, scomp, sname, sphone, saddr, rname, rphone, raddr, prod[0], r.randint(1, 2),
                    '%.2f' % w, '%.1f' % max(1.0, round(w + 0.49)), '%.2f' % (12 + 2 * int(w)),
                    r.choice(['寄付月结', '寄付现结', '到付', '第三方付']), acct,
                    r.choice(['755WF南山科技园营业点', '571AH西湖文三路营业点', '020DL天河体育西营业点', '010BK望京营业点']),
                    dt.strftime('%Y-%m-%d %H:%M:%S'), r.choice(['已签收', '运输中', '派送中', '已揽收', '退回中'])])
    return d


def f_face_sheet(g):
    d = Doc('face_sheet_print.txt')
    r = g.r
    d.t('# print-spooler dump  job_queue=PQ-E-FACE-03  printer_model=DL-888B  dpi=203\n')
    d.t('# template set: sf_standard_76x130 v3.2.1 / zto_one_76x130 v2.8.0 / yto_std_100x180 v1.14.2\n\n')
    for i in range(30):
        co = r.choice(['SF', 'ZTO', 'YTO'])
        wb = g.waybill(co)
        priv = r.random() < 0.4
        rn = g.name()
        rp = g.mobile()
        reg = g.region()
        ra = g.address(reg)
        shop = r.choice(SHOPS)
        wh = r.choice(WAREHOUSES)
        prod = r.choice(PRODUCTS)
        if priv:
            rname, rphone = (g.masked_name(rn), None), (g.mask_mobile(rp), None)
            raddr = (g.masked_address(reg), None) if r.random() < 0.5 else (ra, A)
        else:
            rname, rphone, raddr = (rn, N), (g.fmt_mobile(rp, [85, 5, 5, 5, 0, 0, 0, 0, 0]), P), (ra, A)
        sender_person = r.random() < 0.35
        if sender_person:
            sname, sphone = (g.name(), N), (g.mobile(), P)
        else:
            sname, sphone = (shop[0], None), (g.hotline400(), None)
        job = 'JOB%s' % g.digits(9)
        ts = g.dt().strftime('%Y-%m-%d %H:%M:%S')
        if i % 3 == 2:
            # raw ZPL
            d.t('---- %s  %s  raw=ZPL ----\n' % (job, ts))
            d.t('^XA^CI28^PW609^LL1039\n')
            d.t('^FO30,40^BCN,90,N,N^FD%s^FS\n' % wb)
            d.t('^FO30,140^A@N,26,26^FD运单号 %s^FS\n' % wb)
            d.t('^FO30,190^A@N,40,40^FD%s^FS\n' % r.choice(['755-W12-03', '571-A08-11', '020-B03-07', '010-K15-02', '028-C01-19']))
            d.t('^FO30,260^A@N,28,28^FD收件人:', rname, ' ', rphone, '^FS\n')
            d.t('^FO30,300^A@N,24,24^FD', raddr, '^FS\n')
            d.t('^FO30,380^A@N,22,22^FD寄件人:', sname, ' ', sphone, '^FS\n')
            d.t('^FO30,410^A@N,20,20^FD%s^FS\n' % wh[1])
            d.t('^FO30,470^A@N,20,20^FD内件: %s  数量:1  重量:%.2fkg^FS\n' % (prod[0], prod[3]))
            d.t('^FO400,470^BQN,2,4^FDQA,https://m.%s.com/t/%s^FS\n' % (co.lower(), g.b64(10)))
            d.t('^XZ\n\n')
            continue
        if co == 'SF':
            d.t('==================== 顺丰速运  标准快递 ====================\n')
            d.t('运单号: %s %s %s %s\n' % (wb[:2], wb[2:6], wb[6:10], wb[10:]))
            d.t('目的地代码: %s   大头笔: %s\n' % (r.choice(['755WF', '571AH', '020DL', '010BK', '021CQ']),
                                                 r.choice(['755-W12-03', '571-A08-11', '020-B03-07', '010-K15-02'])))
            d.t('收  ', rname, '  ', rphone, '\n')
            d.t('    ', raddr, '\n')
            d.t('寄  ', sname, '  ', sphone, '\n')
            if sender_person:
                d.t('    ', (g.address(), A), '\n')
            else:
                d.t('    %s\n' % wh[1])
            d.t('托寄物: %s   计费重量: %.1fkg   付款方式: %s\n' % (prod[0], max(1, prod[3]), r.choice(['寄付月结', '到付', '寄付现结'])))
            d.t('月结卡号: %s   声明价值: %d元   保价费: %.2f\n' % (g.digits(10, '0'), int(prod[2]), prod[2] * 0.005))
            if not priv and r.random() < 0.3:
                d.t('备注: 电话不通请联系 ', (g.fmt_mobile(g.mobile(), [70, 10, 10, 10, 0, 0, 0, 0, 0]), P), '\n')
            d.t('签收人:__________  签收时间:____年__月__日  快递员编号: %s\n' % g.digits(6))
        elif co == 'ZTO':
            d.t('-------------------- 中通快递 ZTO --------------------\n')
            d.t('单号 %s    集包地: %s\n' % (wb, r.choice(['深圳转运中心', '杭州转运中心', '广州转运中心', '北京转运中心', '成都转运中心'])))
            d.t('三段码: %s %s %s\n' % (r.choice(['755', '571', '020', '010', '028']), r.choice(['W12', 'A08', 'B03']), g.digits(2)))
            d.t('收件人: ', rname, ' 电话: ', rphone, '\n')
            d.t('收件地址: ', raddr, '\n')
            d.t('寄件人: ', sname, ' 电话: ', sphone, '\n')
            d.t('寄件地址: ', (g.address(), A) if sender_person else wh[1], '\n')
            d.t('订单号: %s   商品: %s x%d\n' % (g.tb_order(), prod[2] and prod[0], r.randint(1, 3)))
        else:
            d.t('+------------------- 圆通速递 YTO -------------------+\n')
            d.t('| %s   %s\n' % (wb, r.choice(['华南-深圳', '华东-杭州', '华北-北京', '西南-成都'])))
            d.t('| 收: ', rname, ' / ', rphone, '\n')
            d.t('|     ', raddr, '\n')
            d.t('| 寄: ', sname, ' / ', sphone, '\n')
            d.t('| 商家订单: %s  包裹重量: %.2fkg  电子面单账号: %s\n' % ('XS' + g.digits(12), prod[3], 'K' + g.digits(8)))
        d.t('打印时间: %s   打印机: DL-888B SN:DL888B%s   %s\n\n' % (ts, g.digits(10, '2'), job))
    return d


def f_shop_orders(g):
    d = Doc('shop_orders_export.tsv')
    r = g.r
    hdr = ['订单编号', '买家会员名', '买家支付宝账号', '买家应付货款', '买家应付邮费', '总金额', '买家实际支付金额', '订单状态',
           '买家留言', '收货人姓名', '收货地址', '运送方式', '联系电话', '联系手机', '订单创建时间', '订单付款时间',
           '宝贝标题', '宝贝种类', '物流单号', '物流公司', '订单备注', '宝贝总数量', '店铺Id', '店铺名称']
    d.t('\t'.join(hdr) + '\n')
    shop = SHOPS[0]
    for i in range(48):
        prod = r.choice(PRODUCTS)
        qty = r.randint(1, 3)
        amt = prod[2] * qty
        post = r.choice([0.0, 0.0, 6.0, 10.0])
        nick = r.choice(['tb%s' % g.digits(9), '小熊爱吃鱼%d' % r.randint(1, 99), 'sunny_%s' % g.hexs(4), '花开半夏0%d' % r.randint(1, 9),
                         'jack%s' % g.digits(3), '一只小可爱'])
        rn = g.name()
        k = r.random()
        if k < 0.35:
            ali = (g.email(), EM)
        elif k < 0.55:
            ali = (g.mobile(), P)
        elif k < 0.8:
            ali = (g.mask_email(), None)
        else:
            ali = (g.mask_mobile(), None)
        reg = g.region()
        addr = g.address(reg)
        msg = ('', None)
        m = r.random()
        note = ''
        if m < 0.12:
            msg = ['收件人改为', (g.name(), N), ' 电话', (g.mobile(), P)]
        elif m < 0.22:
            msg = ['放快递柜，打不通就打', (g.fmt_mobile(g.mobile(), [50, 15, 15, 0, 0, 0, 0, 0, 20]), P)]
        elif m < 0.35:
            msg = [r.choice(['请尽快发货', '不要放驿站，送货上门谢谢', '发顺丰', '要发票 抬头公司', '生日礼物 别放发票'])]
        priv = r.random() < 0.15
        tel = ''
        if r.random() < 0.2:
            tel = ("'" , (g.landline(reg[8]), P))
        mob = (g.mask_mobile(), None) if priv else (g.mobile(), P)
        created = g.dt()
        paid = created + datetime.timedelta(seconds=r.randint(5, 900))
        co = r.choice(COURIERS)
        if r.random() < 0.1:
            note = '客户要求改地址，已改为: '
            note = [note, (g.address(), A)]
        row = [
            ["'", (g.tb_order(), None)], [(nick, None)], [ali], ['%.2f' % amt], ['%.2f' % post], ['%.2f' % (amt + post)],
            ['%.2f' % (amt + post - r.choice([0, 0, 5, 10]))], [r.choice(['交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '交易关闭'])],
            msg if isinstance(msg, list) else [msg], [(g.masked_name(rn), None) if priv else (rn, N)],
            [(g.masked_address(reg), None)] if priv else [(addr, A), '(%s)' % reg[6]],
            ['快递'], list(tel) if tel else [''], ["'", mob] if mob[1] else [mob],
            [created.strftime('%Y-%m-%d %H:%M:%S')], [paid.strftime('%Y-%m-%d %H:%M:%S')], [prod[0]], [prod[1]],
            ["'" + g.waybill(co[1])], [co[0]], note if isinstance(note, list) else [note], [str(qty)], [g.digits(9, '1')], [shop[0]],
        ]
        for j, c in enumerate(row):
            if j:
                d.t('\t')
            d.t(*c)
        d.t('\n')
    return d


def f_rider(g):
    d = Doc('rider_app_events.jsonl')
    r = g.r
    lines = []
    for ri in range(8):
        reg = r.choice(REGIONS[:10])
        rid = 'R%s' % g.digits(8, '2')
        rname = g.name(0)
        rphone = g.mobile()
        dev = {'imei': g.imei(), 'imsi': g.imsi(), 'iccid': g.iccid(), 'mac': g.mac(), 'ip': g.ip()}
        t = datetime.datetime(2023, 11, 29, r.randint(9, 11), r.randint(0, 59), r.randint(0, 59))
        cdma = r.random() < 0.45
        lng, lat = g.coords(reg, 0.02)
        ev = [{'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'I', 'tag': 'DeviceInfo', 'rider_id': rid,
               'app_ver': '8.12.%d' % r.randint(0, 9), 'os': r.choice(['Android 12', 'Android 13', 'HarmonyOS 3.0.0']),
               'model': r.choice(['M2012K11AC', 'NOH-AN00', 'V2148A', 'PGKM10', '22041211AC']),
               'imei': Lab(dev['imei'], 'IMEI_HARDWARE_ID'),
               'meid': Lab(g.meid(), 'MEID') if cdma else '',
               'imsi': Lab(dev['imsi'], 'IMSI_ID'), 'iccid': Lab(dev['iccid'], 'ICCID_NUMBER'),
               'wifi_mac': Lab(dev['mac'], MAC) if r.random() < 0.6 else '02:00:00:00:00:00',
               'oaid': g.uuid(), 'android_id': g.hexs(16), 'ip': Lab(dev['ip'], IP)}]
        t += datetime.timedelta(seconds=r.randint(2, 10))
        ev.append({'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'I', 'tag': 'Login', 'rider_id': rid,
                   'rider_name': Lab(rname, N), 'rider_phone': Lab(rphone, P), 'login_type': 'sms',
                   'access_token': Lab(g.jwt(), CR), 'refresh_token': Lab('rt_' + g.b64(40), CR), 'expires_in': 7200})
        for k in range(r.randint(7, 9)):
            t += datetime.timedelta(seconds=r.randint(15, 120))
            lng += r.uniform(-0.003, 0.003)
            lat += r.uniform(-0.003, 0.003)
            x = r.random()
            if x < 0.55:
                e = {'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'D', 'tag': 'LocReporter', 'rider_id': rid,
                     'lat': Lab('%.6f' % lat, LOC, True), 'lng': Lab('%.6f' % lng, LOC, True),
                     'acc': round(r.uniform(3, 40), 1), 'speed': round(r.uniform(0, 9), 2), 'bearing': r.randint(0, 359),
                     'provider': r.choice(['gps', 'network', 'fused']), 'battery': r.randint(8, 100)}
                if r.random() < 0.5:
                    e['cell'] = {'mcc': 460, 'mnc': r.choice([0, 1, 11]), 'tac': r.randint(10000, 60000),
                                 'cid': Lab(str(r.randint(10 ** 7, 2 ** 28)), CELL, True), 'rsrp': -r.randint(70, 120)}
                ev.append(e)
            elif x < 0.7:
                cust_reg = reg
                c = g.coords(cust_reg, 0.03)
                shop = r.choice(['麦当劳(科技园店)', '瑞幸咖啡(大冲店)', '喜茶(万象城店)', '华莱士(西乡店)', '肯德基(文三路店)', '老乡鸡(徐汇店)'])
                vn, ext = g.virtual()
                oid = g.digits(19, '1')
                e = {'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'I', 'tag': 'OrderAccept', 'rider_id': rid,
                     'order_id': oid, 'shop_name': shop, 'expect_arrive': g.epoch_ms(t + datetime.timedelta(minutes=35)) // 1000,
                     'customer': {'name': g.masked_name(), 'addr': Lab(g.address(cust_reg, rural=0), A),
                                  'location': Lab('%.6f,%.6f' % c, LOC), 'phone': '%s,%s' % (vn, ext),
                                  'phone_tail': g.digits(4)},
                     'fee': round(r.uniform(4, 12), 1), 'distance_m': r.randint(300, 4500)}
                ev.append(e)
            elif x < 0.8:
                vn, ext = g.virtual()
                ev.append({'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'I', 'tag': 'CallCustomer', 'rider_id': rid,
                           'order_id': g.digits(19, '1'), 'privacy_no': vn, 'ext': ext, 'bind_id': g.hexs(24),
                           'caller': Lab(rphone, P), 'duration_s': r.randint(0, 80)})
            elif x < 0.85:
                ev.append({'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'W', 'tag': 'PrivacyBind',
                           'rider_id': rid, 'msg': 'AXB bind failed, fallback to real number', 'code': 'E_POOL_EMPTY',
                           'fallback_phone': Lab(g.fmt_mobile(g.mobile(), [60, 0, 0, 30, 10, 0, 0, 0, 0]), P)})
            elif x < 0.95:
                e = {'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'I', 'tag': 'Delivered', 'rider_id': rid,
                     'order_id': g.digits(19, '1'), 'lat': Lab('%.6f' % lat, LOC, True), 'lng': Lab('%.6f' % lng, LOC, True),
                     'photo': 'oss://rider-proof/%s/%s.jpg' % (t.strftime('%Y%m%d'), g.hexs(32)),
                     'ecgi': Lab(g.cgi(), CELL) if r.random() < 0.5 else ''}
                ev.append(e)
            else:
                ev.append({'ts': Lab(str(g.epoch_ms(t)), None, True), 'lvl': 'E', 'tag': 'Http', 'rider_id': rid,
                           'url': ['https://rider-api.example-delivery.cn/v2/order/list?rider_phone=', Lab(rphone, P),
                                   '&page=1&sign=', g.hexs(32)],
                           'status': r.choice([502, 504, 401]), 'trace_id': g.hexs(32), 'client_ip': Lab(dev['ip'], IP)})
        lines.append(ev)
    # interleave riders by position
    out = []
    for i in range(max(len(x) for x in lines)):
        for ev in lines:
            if i < len(ev):
                out.append(ev[i])
    out.sort(key=lambda e: int(e['ts'].v))
    for e in out:
        if isinstance(e.get('url'), list):
            u = e['url']
            e['url'] = _UrlParts(u)
        d.t(jparts_ex(e))
        d.t('\n')
    return d


class _UrlParts:
    def __init__(self, parts):
        self.parts = parts


def jparts_ex(o):
    """compact JSON with support for strings built from several parts (_UrlParts)."""
    if isinstance(o, _UrlParts):
        out = ['"']
        for p in o.parts:
            out.append(p.part() if isinstance(p, Lab) else p)
        out.append('"')
        return out
    if isinstance(o, dict):
        out = ['{']
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(',')
            out.append(json.dumps(k, ensure_ascii=False) + ':')
            out += jparts_ex(v)
        return out + ['}']
    if isinstance(o, list):
        out = ['[']
        for i, v in enumerate(o):
            if i:
                out.append(',')
            out += jparts_ex(v)
        return out + [']']
    return jparts(o)


def f_locker(g):
    d = Doc('locker_pickup.log')
    r = g.r
    cabinets = []
    for reg in REGIONS[:8]:
        cabinets.append(('HIVE-%s-%s-%s' % (reg[8].lstrip('0'), g.hexs(2, True), g.digits(5)),
                         '%s%s%s东门快递柜' % (reg[1] or reg[0], reg[2], r.choice(reg[4]))))
    couriers = [(g.name(0), g.mobile(), r.choice(COURIERS)) for _ in range(6)]
    t = datetime.datetime(2023, 11, 29, 7, 30, 0)
    pending = []

    def ts():
        return t.strftime('%Y-%m-%d %H:%M:%S') + '.%03d' % r.randint(0, 999)

    def tid():
        return g.hexs(16)

    n = 0
    while n < 52:
        n += 1
        t += datetime.timedelta(seconds=r.randint(20, 400))
        x = r.random()
        if x < 0.4 or not pending:
            cab = r.choice(cabinets)
            cn, cp, co = r.choice(couriers)
            box = '%s%02d' % (r.choice('ABCD'), r.randint(1, 24))
            code = g.digits(8, '123456789') if r.random() < 0.8 else g.digits(6, '123456789')
            rm = g.mobile()
            wb = g.waybill(co[1])
            d.t('%s INFO  [deliver-svc] [tid=%s] cabinet=%s box=%s size=%s courier=' % (ts(), tid(), cab[0], box, r.choice('SML')),
                (cn, N), '(', (cp, P), ') company=%s waybill=%s receiver=' % (co[1], wb), (rm, P),
                ' pickup_code=', (code, CR), ' expire=%s\n' % (t + datetime.timedelta(hours=48)).strftime('%Y-%m-%d %H:%M:%S'))
            d.t('%s INFO  [notify] [tid=%s] tpl=PICKUP_V3 to=' % (ts(), tid()), (rm, P),
                ' params={"code":"', (code, CR), '","site":"%s","box":"%s"} msgid=%s port=1069%s\n' % (cab[1], box, g.digits(20, '1'), g.digits(8)))
            pending.append((cab, box, code, rm))
        elif x < 0.72:
            cab, box, code, rm = pending.pop(r.randrange(len(pending)))
            if r.random() < 0.15:
                d.t('%s WARN  [pickup] [tid=%s] cabinet=%s code=******** channel=keypad result=INVALID_CODE retry=%d\n'
                    % (ts(), tid(), cab[0], r.randint(1, 3)))
            if r.random() < 0.7:
                d.t('%s INFO  [pickup] [tid=%s] cabinet=%s box=%s code=' % (ts(), tid(), cab[0], box), (code, CR),
                    ' channel=keypad result=SUCCESS mobile=%s dwell=%dh%02dm\n' % (g.mask_mobile(rm), r.randint(0, 40), r.randint(0, 59)))
            else:
                d.t('%s INFO  [pickup] [tid=%s] cabinet=%s box=%s channel=wx_miniapp openid=o%s mobile=' % (ts(), tid(), cab[0], box, g.b64(27)),
                    (rm, P), ' result=SUCCESS\n')
        elif x < 0.8 and pending:
            cab, box, code, rm = pending[0]
            d.t('%s INFO  [fee] [tid=%s] cabinet=%s box=%s overdue_hours=%d fee=%.2f payer=' % (ts(), tid(), cab[0], box, r.randint(18, 60), r.choice([0.5, 1.0, 1.5, 3.0])),
                (rm, P), ' pay_txn=4200%s%s\n' % (t.strftime('%Y%m%d'), g.digits(14)))
        elif x < 0.86:
            cab, box, code, rm = pending.pop(0)
            cn, cp, co = r.choice(couriers)
            tb = g.digits(6, '123456789')
            d.t('%s INFO  [takeback] [tid=%s] cabinet=%s box=%s reason=overdue_72h courier_mobile=' % (ts(), tid(), cab[0], box),
                (g.fmt_mobile(cp, [70, 0, 0, 30, 0, 0, 0, 0, 0]), P), ' takeback_code=', (tb, CR), ' notify_receiver=%s\n' % g.mask_mobile(rm))
        elif x < 0.9:
            cab = r.choice(cabinets)
            d.t('%s INFO  [ops] [tid=%s] maintainer login cabinet=%s staff=' % (ts(), tid(), cab[0]), (g.name(0), N),
                ' phone=', (g.mobile(), P), ' pwd=****** ok; session=', (g.b64(32), CR), '\n')
        elif x < 0.94:
            cab = r.choice(cabinets)
            d.t('%s DEBUG [hb] cabinet=%s fw=HV-FW 4.2.%d temp=%dC boxes_free=%d/%d net=4G rssi=-%d uptime=%ds\n'
                % (ts(), cab[0], r.randint(0, 20), r.randint(-5, 38), r.randint(0, 40), 48, r.randint(60, 100), r.randint(1000, 9000000)))
        else:
            cab = r.choice(cabinets)
            d.t('%s ERROR [notify] [tid=%s] sms send failed to=' % (ts(), tid()), (g.mobile(), P),
                ' err=isv.BUSINESS_LIMIT_CONTROL biz_id=%s (fallback: wechat template)\n' % g.digits(18, '1'))
    return d


EN_AREAS = [('Nanshan District, Shenzhen, Guangdong', ['Keji South Road', 'Taoyuan Road', 'Nanhai Avenue'], '518057'),
            ('Xihu District, Hangzhou, Zhejiang', ['Wensan Road', 'Gudun Road', 'Tianmushan Road'], '310012'),
            ('Chaoyang District, Beijing', ['Wangjing West Road', 'Chaoyang North Road', 'Guangqu Road'], '100020'),
            ('Pudong New Area, Shanghai', ['Zhangyang Road', 'Century Avenue', 'Dongfang Road'], '200120'),
            ('Tianhe District, Guangzhou, Guangdong', ['Tianhe North Road', 'Tiyu West Road'], '510630')]


def en_address(g):
    r = g.r
    area, streets, pc = r.choice(EN_AREAS)
    return r.choice(['Room %d%02d, Building %d, No. %d %s, %s' % (r.randint(2, 30), r.randint(1, 8), r.randint(1, 20), r.randint(1, 500), r.choice(streets), area),
                     'Flat %d%02d, %d %s, %s' % (r.randint(2, 30), r.randint(1, 8), r.randint(1, 500), r.choice(streets), area)]), pc


def pinyin_name(g, py, style=None):
    sn, gn = py
    s = style or g.r.choice(['title', 'upper', 'rev'])
    if s == 'title':
        return '%s %s' % (gn.capitalize(), sn.capitalize())
    if s == 'upper':
        return '%s %s' % (sn, gn)
    return '%s %s' % (sn.capitalize(), gn.capitalize())


def f_returns(g):
    d = Doc('return_refund_forms.txt')
    r = g.r
    reasons = ['七天无理由退货', '商品破损/少件', '尺码不合适', '与描述不符', '质量问题', '发错货', '不想要了']
    for i in range(24):
        shop = r.choice(SHOPS)
        wh = r.choice(WAREHOUSES)
        prod = r.choice(PRODUCTS)
        t = g.dt()
        if i % 6 == 5:
            zh, py = g.name_py()
            en = pinyin_name(g, py, r.choice(['title', 'rev']))
            addr, pc = en_address(g)
            d.t('------------------------------------------------------------\n')
            d.t('RMA Request #RMA-%s-%s        Store: %s Global Store\n' % (t.year, g.digits(6), shop[0]))
            d.t('Submitted: %s (UTC+8)   Order: %s\n' % (t.strftime('%Y-%m-%d %H:%M'), 'GS' + g.digits(14)))
            d.t('Customer: ', (en, N), '\n')
            d.t('Email: ', (g.email(py), EM), '\n')
            d.t('Phone: ', (g.fmt_mobile(g.mobile(), [0, 0, 0, 40, 20, 40, 0, 0, 0]), P), '\n')
            d.t('Pickup address: ', (addr, A), ', %s\n' % pc)
            d.t('Item: %s  SKU %s  Qty 1  Amount CNY %.2f\n' % (prod[0], prod[1], prod[2]))
            d.t('Reason: %s\n' % r.choice(['Defective on arrival', 'Wrong size', 'Item not as described', 'Changed my mind']))
            if r.random() < 0.5:
                card, bank = g.bank_card('group')
                d.t('Refund to: UnionPay card ', (card, BC), ' (', (en, N), ')\n')
            else:
                d.t('Refund to: original payment method (Alipay trade no. %s)\n' % ('2023' + t.strftime('%m%d') + '22001' + g.digits(17)))
            d.t('Return label: %s via SF International, ship to %s\n' % (g.waybill('SF'), wh[1]))
            d.t('Agent note: verified photos, approved. ticket=%s\n\n' % g.uuid())
            continue
        kind = r.choice(['退货退款', '退货退款', '仅退款', '换货'])
        name = g.name()
        d.t('==================== %s申请单 ====================\n' % kind)
        d.t('申请编号: RF%s%s    订单编号: %s\n' % (t.strftime('%Y%m%d'), g.digits(7), g.tb_order()))
        d.t('店铺: %s (%s)   申请时间: %s\n' % (shop[0], shop[1], t.strftime('%Y-%m-%d %H:%M:%S')))
        d.t('申请人: ', (name, N), '      联系电话: ', (g.phone(0.1), P), '\n')
        d.t('商品: %s x%d   SKU: %s   实付: ¥%.2f\n' % (prod[0], 1, prod[1], prod[2]))
        d.t('原因: %s   凭证: %d张图片\n' % (r.choice(reasons), r.randint(0, 4)))
        if kind != '仅退款':
            if r.random() < 0.5:
                d.t('退回方式: 上门取件   取件地址: ', (g.address(), A), '\n')
            else:
                co = r.choice(COURIERS)
                d.t('退回方式: 自行寄回   物流: %s  运单号: %s\n' % (co[0], g.waybill(co[1])))
            staff = g.name(0)
            d.t('卖家退货地址: %s  收件人: 售后组 ' % wh[1], (staff, N), '  电话: ',
                (g.mobile(), P) if r.random() < 0.7 else (g.hotline400(), None), '\n')
        if kind == '换货':
            d.t('换货发出地址: ', (g.address(), A), '  收货人: ', (name, N), ' ', (g.mobile(), P), '\n')
        else:
            m = r.random()
            if m < 0.45:
                card, bank = g.bank_card()
                d.t('退款方式: 退至银行卡\n')
                d.t('  开户名: ', (name, N), '   开户行: %s%s支行\n' % (bank, r.choice(['深圳南山', '杭州文三路', '北京望京', '上海陆家嘴', '成都高新'])))
                d.t('  卡号: ', (card, BC), '\n')
            elif m < 0.7:
                d.t('退款方式: 原路退回  支付宝交易号: %s\n' % ('2023' + t.strftime('%m%d') + '22001' + g.digits(17)))
            else:
                acct = g.email() if r.random() < 0.6 else g.mobile()
                d.t('退款方式: 退至支付宝账户 ', (acct, EM if '@' in acct else P), '\n')
        d.t('审核: 客服%s(工号CS%s)  结果: %s  退款金额: ¥%.2f\n' % (r.choice(['小米', '小鹿', '阿青', '糖糖']), g.digits(4),
                                                               r.choice(['同意', '同意', '拒绝(超过售后期)', '待买家寄回']), prod[2]))
        if r.random() < 0.3:
            d.t('备注: 买家身份证后四位 %s 已核验；原卡 %s\n' % (g.digits(3) + r.choice('0123456789X'), g.mask_card()))
        d.t('\n')
    return d


def f_chat(g):
    d = Doc('cs_chat_transcripts.txt')
    r = g.r
    agents = ['小鹿', '小米', '阿青', '糖糖', '木木', '七七']
    for s in range(24):
        t = g.dt(h0=8, h1=21)
        ag = '客服-%s(工号%s)' % (r.choice(agents), g.digits(4, '8'))
        user = r.choice(['jd_%s' % g.hexs(10), 'tb%s' % g.digits(10), 'wx_%s' % g.b64(8), '用户%s' % g.digits(8)])
        d.t('=' * 64 + '\n')
        d.t('会话ID: S%s-%s   渠道: %s   技能组: %s\n' % (t.strftime('%Y%m%d'), g.digits(6, '0'),
                                                    r.choice(['官方APP在线客服', '微信小程序', '网页在线客服', '电话转在线']),
                                                    r.choice(['物流售后', '理赔专席', '派送催件', '账户安全'])))
        d.t('用户: %s   开始: %s\n' % (user, t.strftime('%Y-%m-%d %H:%M:%S')))
        d.t('-' * 64 + '\n')

        def line(who, *parts):
            nonlocal t
            t += datetime.timedelta(seconds=r.randint(8, 120))
            d.t('[%s] %s: ' % (t.strftime('%H:%M:%S'), who), *parts)
            d.t('\n')

        wb = g.waybill()
        mob = g.mobile()
        nm = g.name()
        sc = s % 7
        if sc == 0:  # address change
            line('客户', '你好，单号 %s 能改个地址吗，我搬家了' % wb)
            line(ag, '您好，请提供收件人姓名和手机号核实一下哦')
            line('客户', (nm, N), ' ', (g.fmt_mobile(mob, [40, 10, 10, 5, 5, 5, 10, 5, 10]), P))
            line(ag, '核实成功，收件手机 %s。请提供新的详细地址~' % g.mask_mobile(mob))
            addr = g.address()
            line('客户', '改到 ', (addr, A), ' 谢谢')
            line(ag, '已为您提交改址申请，新地址：', (addr, A), '，预计增加1天时效，改址费%d元。' % r.choice([0, 3, 5]))
            line('客户', '好的')
        elif sc == 1:  # where is my parcel, courier phone
            cn, cp = g.name(0), g.mobile()
            line('客户', '%s 显示派送中一整天了还没到？' % wb)
            line(ag, '您好，查询到快件在%s派送中，派件员 ' % r.choice(['南山科技园营业点', '望京营业部', '文三路网点', '徐汇田林站']),
                 (cn, N), ' 电话 ', (g.fmt_mobile(cp, [60, 20, 20, 0, 0, 0, 0, 0, 0]), P), '，您可以直接联系他。')
            line('客户', '打了不接啊，我电话是', (g.fmt_mobile(mob, [40, 10, 10, 0, 0, 0, 0, 0, 40]), P), '，让他给我回个电话')
            line(ag, '已催促派件员今天%d点前联系您，催件单号 CJ%s。' % (r.randint(17, 20), g.digits(10)))
            line('客户', '行，实在不行放 ', r.choice(['门口', '丰巢', '驿站', '物业前台']), ' 吧')
        elif sc == 2:  # lost parcel claim with bank card and ID
            card, bank = g.bank_card()
            rid = g.rid()
            line('客户', '我的包裹 %s 丢了，之前说好的理赔呢' % wb)
            line(ag, '非常抱歉，理赔需要您提供：收款人姓名、身份证号、银行卡号及开户行。')
            line('客户', (nm, N))
            line('客户', (rid, ID))
            line('客户', (card, BC), ' %s' % bank)
            line(ag, '已收到，理赔金额 ¥%.2f，将在3-5个工作日打款到尾号%s的银行卡，理赔单号 LP%s。' % (r.uniform(50, 900), card.replace(' ', '')[-4:], g.digits(12)))
            line('客户', '好的，有问题打我电话 ', (g.fmt_mobile(mob, [40, 10, 10, 5, 5, 5, 10, 5, 10]), P))
        elif sc == 3:  # account stolen, password shared
            pw = g.password()
            line('客户', '我账号好像被盗了，有人用我账号下单寄到别的地方')
            line(ag, '请问登录手机号是多少？')
            line('客户', (g.fmt_mobile(mob, [50, 25, 25, 0, 0, 0, 0, 0, 0]), P), '，密码是', (pw, CR), '，你们帮我看看')
            line(ag, '温馨提示：请勿向任何人（包括客服）透露密码或验证码。已为您冻结账户，请尽快修改密码。')
            line('客户', '那个收货地址不是我的：', (g.address(), A), '，收件人 ', (g.name(0), N), '，你们查一下')
            line(ag, '已记录并提交安全团队，工单号 AQ%s。' % g.digits(10))
        elif sc == 4:  # verification code
            code = g.digits(6)
            line('客户', '修改手机号一直收不到验证码')
            line(ag, '请确认新号码是否正确，当前绑定号码 %s' % g.mask_mobile(mob))
            line('客户', '新号码 ', (g.fmt_mobile(g.mobile(), [40, 10, 10, 5, 5, 5, 10, 5, 10]), P), ' ，刚收到了，验证码', (code, CR))
            line(ag, '请不要把验证码发给任何人哦，在APP内输入即可完成换绑。')
            line('客户', '好了 谢谢')
        elif sc == 5:  # rejected delivery, privacy number confusion
            vn, ext = g.virtual()
            line('客户', '快递员打给我的号码是 %s 转 %s，这个是骗子吗' % (vn, ext))
            line(ag, '您好，这是平台隐私号，用于保护您的真实号码，请放心接听。')
            line('客户', '哦，那让他别打这个了，直接打我老公电话 ', (g.fmt_mobile(g.mobile(), [40, 10, 10, 5, 5, 5, 10, 5, 10]), P), '，他叫', (g.name(0), N))
            line(ag, '好的，已备注：联系人变更。单号 %s。' % wb)
        else:  # landline + full address for redelivery
            addr = g.address(rural=0.3)
            line('客户', '%s 这个件能不能重新派送，昨天没在家' % wb)
            line(ag, '可以的，请确认地址：%s' % g.masked_address())
            line('客户', '对的，完整地址是 ', (addr, A), '，白天家里座机 ', (g.landline(), P))
            line(ag, '已登记明天上午二次派送，如有变化请拨打%s。' % r.choice(['95338', '95311', '95546', '400-820-8820']))
        d.t('-' * 64 + '\n会话结束  满意度: %s  会话时长: %ds\n\n' % (r.choice(['非常满意', '满意', '一般', '未评价']), r.randint(60, 900)))
    return d


def f_kyc(g):
    d = Doc('seller_kyc_records.json')
    r = g.r
    recs = []
    branches = ['深圳南山支行', '杭州文三路支行', '北京望京支行', '上海陆家嘴支行', '成都高新支行', '广州天河支行', '义乌分行营业部']
    for i in range(30):
        t = g.dt()
        sid = 'S%s%s' % (t.strftime('%Y%m'), g.digits(6))
        if r.random() < 0.7:
            zh, py = g.name_py()
            dob = g.dob(1965, 2002)
            k = r.random()
            if k < 0.85:
                cert = {'cert_type': 'ID_CARD', 'cert_no': Lab(g.rid(dob), ID)}
            else:
                cert = {'cert_type': 'PASSPORT', 'cert_no': Lab(g.passport(), 'CHINA_PASSPORT'),
                        'name_en': Lab(pinyin_name(g, py, 'upper'), N)}
            vs = datetime.date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28))
            card, bank = g.bank_card('plain')
            sn = zh[:2] if zh[:2] in SURNAMES else zh[0]
            rec = {'seller_id': sid, 'seller_type': 'individual', 'shop_name': r.choice(['%s记小店' % sn, '%s家手作' % sn, '好物%s铺' % g.digits(2), '%s家乡特产' % r.choice(['赣南', '安溪', '新疆', '云南'])]),
                   'real_name': Lab(zh, N)}
            rec.update(cert)
            rec.update({'cert_valid': '%s-%s' % (vs.strftime('%Y.%m.%d'), vs.replace(year=vs.year + r.choice([10, 20])).strftime('%Y.%m.%d')),
                        'birth_date': Lab(dob.isoformat() if r.random() < 0.7 else dob.strftime('%Y%m%d'), DOB),
                        'gender': r.choice(['M', 'F']),
                        'mobile': Lab(g.fmt_mobile(g.mobile(), [80, 0, 0, 10, 10, 0, 0, 0, 0]), P),
                        'email': Lab(g.email(py), EM) if r.random() < 0.7 else '',
                        'residence_address': Lab(g.address(), A),
                        'settlement_account': {'account_name': Lab(zh, N), 'card_no': Lab(card, BC), 'bank': bank,
                                               'branch': r.choice(branches), 'cnaps': g.digits(12, '13')},
                        'cert_no_masked': g.mask_rid(cert['cert_no'].v) if cert['cert_type'] == 'ID_CARD' else '',
                        'face_verify': {'biz_id': g.uuid(), 'score': round(r.uniform(0.8, 0.999), 3), 'passed': True},
                        'risk_level': r.choice(['L1', 'L2', 'L3']), 'created_at': t.strftime('%Y-%m-%dT%H:%M:%S+08:00')})
            if r.random() < 0.3:
                rec['cross_border'] = {'purpose': '港澳代购备案', 'permit_type': '往来港澳通行证', 'permit_no': Lab(g.hkmo_permit(), 'HK_MACAU_TRAVEL_PERMIT')}
        else:
            shop = r.choice(SHOPS)
            lz, lpy = g.name_py()
            cz, cpy = g.name_py()
            rec = {'seller_id': sid, 'seller_type': 'enterprise', 'shop_name': shop[0], 'company_name': shop[1],
                   'uscc': g.uscc(r.choice(['330106', '440305', '440106', '310115', '350203'])),
                   'reg_address': shop[2], 'reg_capital': '%d万元人民币' % r.choice([10, 50, 100, 500]),
                   'legal_person': {'name': Lab(lz, N), 'cert_type': 'ID_CARD', 'cert_no': Lab(g.rid(), ID),
                                    'mobile': Lab(g.mobile(), P)},
                   'contact': {'name': Lab(cz, N), 'mobile': Lab(g.mobile(), P), 'email': Lab(g.email(cpy), EM),
                               'office_tel': Lab(g.landline(), P) if r.random() < 0.3 else ''},
                   'settlement_account': {'account_name': shop[1], 'account_no': r.choice(['1202', '4000', '3100']) + g.digits(15),
                                          'bank': r.choice(['中国工商银行', '招商银行', '中国建设银行']), 'branch': r.choice(branches),
                                          'account_type': 'CORPORATE'},
                   'service_hotline': g.hotline400(),
                   'created_at': t.strftime('%Y-%m-%dT%H:%M:%S+08:00')}
        recs.append(rec)
    doc = {'export_id': 'KYC-EXP-%s' % g.digits(8), 'exported_at': '2023-11-30T02:00:00+08:00', 'operator': 'risk-bot',
           'schema_version': '2.4.1', 'count': len(recs), 'records': recs}
    d.t(jparts(doc, ind=2, sep=(',', ': ')))
    d.t('\n')
    return d


def f_addrbook(g):
    d = Doc('address_book_api.xml')
    r = g.r
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    d.t('<addressBookExport xmlns="http://api.shop.example.cn/schema/addr/v3" generated="2023-11-30T03:15:00+08:00" requestId="%s">\n' % g.uuid())
    for u in range(14):
        zh, py = g.name_py()
        dob = g.dob(1960, 2005)
        d.t('  <member uid="%s" level="%s">\n' % (g.digits(10, '1'), r.choice(['V1', 'V2', 'PLUS', 'V3'])))
        d.t('    <nickname>%s</nickname>\n' % r.choice(['小橘子%d' % r.randint(1, 999), 'momo_%s' % g.hexs(3), '快乐每一天', 'user%s' % g.digits(6)]))
        d.t('    <realName>', (zh, N), '</realName>\n') if r.random() < 0.6 else d.t('    <realName/>\n')
        d.t('    <mobile>', (g.mobile(), P), '</mobile>\n')
        if r.random() < 0.6:
            d.t('    <birthday>', (dob.isoformat() if r.random() < 0.6 else dob.strftime('%Y/%m/%d'), DOB), '</birthday>\n')
        if r.random() < 0.5:
            d.t('    <email>', (g.email(py), EM), '</email>\n')
        d.t('    <registerTime>%s</registerTime>\n' % g.dt().replace(year=r.randint(2015, 2023)).strftime('%Y-%m-%d %H:%M:%S'))
        d.t('    <lastLoginIp>', (g.ip() if r.random() < 0.8 else g.ipv6(), IP), '</lastLoginIp>\n')
        na = r.randint(1, 3)
        d.t('    <addresses total="%d">\n' % na)
        for a in range(na):
            reg = g.region()
            p, c, dist, streets, comms = reg[:5]
            st = r.choice(streets)
            detail = r.choice(['%s%d号%s%d栋%d单元%d%02d' % (st, r.randint(1, 800), r.choice(comms), r.randint(1, 30), r.randint(1, 4), r.randint(1, 30), r.randint(1, 6)),
                               '%s%d-%d-%d%02d' % (r.choice(comms), r.randint(1, 30), r.randint(1, 4), r.randint(1, 30), r.randint(1, 6)),
                               '%s%d号%s%d号楼%d室' % (st, r.randint(1, 800), r.choice(comms), r.randint(1, 30), r.randint(101, 2808))])
            full = (p if c else '') + (c or p) + dist + detail
            lng, lat = g.coords(reg, 0.03)
            consignee = zh if r.random() < 0.5 else g.name()
            tag = r.choice(['家', '家', '公司', '学校', '父母家'])
            d.t('      <address id="%s" default="%s">\n' % (g.digits(9, '5'), 'true' if a == 0 else 'false'))
            d.t('        <consignee>', (consignee, N), '</consignee>\n')
            d.t('        <mobile>', (g.mobile(), P) if r.random() < 0.8 else (g.mask_mobile(), None), '</mobile>\n')
            if r.random() < 0.2:
                d.t('        <tel>', (g.landline(reg[8]), P), '</tel>\n')
            d.t('        <provinceName>%s</provinceName><provinceCode>%s</provinceCode>\n' % (p, PROV_CODES[p]))
            d.t('        <cityName>%s</cityName>\n' % (c or p))
            d.t('        <districtName>%s</districtName>\n' % dist)
            d.t('        <detail>', (detail, A), '</detail>\n')
            d.t('        <fullAddress>', (full, A), '</fullAddress>\n')
            d.t('        <postcode>%s</postcode>\n' % reg[6])
            d.t('        <lng>', ('%.6f' % lng, LOC), '</lng><lat>', ('%.6f' % lat, LOC), '</lat>\n')
            d.t('        <tag>%s</tag><updated>%d</updated>\n' % (tag, g.epoch_ms(g.dt())))
            d.t('      </address>\n')
        d.t('    </addresses>\n  </member>\n')
    d.t('</addressBookExport>\n')
    return d


def f_sms(g):
    d = Doc('sms_gateway.log')
    r = g.r
    t = datetime.datetime(2023, 11, 29, 8, 0, 0)
    stations = ['菜鸟驿站(%s店)' % x for x in ['南山花园东门', '望京西园三区', '文三路翠苑', '田林十二村', '武侯锦城', '光谷天地']]
    sent = []
    for i in range(90):
        t += datetime.timedelta(seconds=r.randint(3, 200))
        ts = t.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % r.randint(0, 999)
        if sent and r.random() < 0.15:
            mid, to = sent.pop(r.randrange(len(sent)))
            st = r.choice(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED', 'MK:0005'])
            d.t('%s | REPORT | msgid=%s | to=' % (ts, mid), (to, P), ' | stat=%s | done=%s\n' % (st, (t + datetime.timedelta(seconds=r.randint(1, 30))).strftime('%y%m%d%H%M')))
            continue
        mob = g.mobile()
        to = r.choice(['+86' + mob, '86' + mob, mob, mob, '0086' + mob])
        mid = g.digits(18, '1') if r.random() < 0.5 else g.hexs(32)
        co = r.choice(COURIERS)
        wb = g.waybill(co[1])
        k = r.random()
        if k < 0.25:
            sign = '菜鸟驿站'
            content = ['【菜鸟驿站】您的%s包裹已到%s，取件码%d-%d-%d，请凭码及时领取，联系电话' % (co[0], r.choice(stations), r.randint(1, 20), r.randint(1, 6), r.randint(1000, 9999)),
                       (g.mobile(), P), '。']
        elif k < 0.45:
            sign = r.choice(['丰巢', '速递易', '快递柜'])
            code = g.digits(8, '123456789')
            content = ['【%s】凭取件码' % sign, (code, CR), '至%s快递柜取%s包裹(运单尾号%s)，48小时内免费。' % (r.choice(['南山花园东门', '北苑家园', '翠苑一区4幢', '金杨新村']), co[0], wb[-4:])]
        elif k < 0.6:
            sign = co[0]
            cn = g.name(0)
            content = ['【%s】您的快件%s正在派送中，快递员' % (co[0], wb), (cn, N), '，电话', (g.fmt_mobile(g.mobile(), [70, 10, 20, 0, 0, 0, 0, 0, 0]), P),
                       '，请保持电话畅通。']
        elif k < 0.68:
            sign = co[0]
            content = ['【%s】您的快件%s正在派送中，快递员%s师傅电话%s，如有问题请致电%s。' % (co[0], wb, g.name(0)[0], g.mask_mobile(), HOTLINES[co[1]])]
        elif k < 0.83:
            sign = r.choice(['云栖商城', '小熊母婴', '鲜丰果园', '户外者'])
            code = g.digits(r.choice([4, 6]))
            content = ['【%s】验证码' % sign, (code, CR), '，用于%s，%d分钟内有效，请勿泄露给他人。' % (r.choice(['登录', '修改收货地址', '绑定手机', '支付确认']), r.choice([5, 10]))]
        elif k < 0.93:
            sign = co[0]
            who = r.random()
            content = ['【%s】您的快件%s已签收，签收人：' % (co[0], wb)]
            if who < 0.5:
                content += [(g.name(0), N)]
            else:
                content += [r.choice(['本人', '门卫', '前台', '快递柜', '家人'])]
            content += ['。如有疑问请致电%s。' % HOTLINES[co[1]]]
        else:
            sign = co[0]
            content = ['【%s】您的快件%s因地址不详无法派送，请点击 https://s.%s.cn/%s 补充地址或致电%s。' % (co[0], wb, co[1].lower(), g.b64(6), HOTLINES[co[1]])]
        d.t('%s | SEND   | msgid=%s | to=' % (ts, mid), (to, P), ' | sign=%s | tpl=SMS_%s | port=1069%s | content="' % (sign, g.digits(9, '1'), g.digits(9)))
        d.t(*content)
        d.t('" | len=%d | fee=%d | channel=%s\n' % (sum(len(c if isinstance(c, str) else c[0]) for c in content), r.choice([1, 1, 2]),
                                                     r.choice(['cmcc-sh-01', 'cucc-gz-02', 'ctcc-bj-01'])))
        sent.append((mid, to))
    return d


def f_wms(g):
    d = Doc('wms_outbound.log')
    r = g.r
    wh = WAREHOUSES[0]
    t = datetime.datetime(2023, 11, 29, 6, 0, 0)
    ops = [(g.name(0), 'E%s' % g.digits(6), 'PDA-%s' % g.digits(4), g.mac(), '10.20.%d.%d' % (r.randint(1, 30), r.randint(2, 250))) for _ in range(8)]
    d.t('# WMS outbound log  warehouse=JSHZ01 (%s)  app=wms-outbound 5.8.2-build.1732  host=wms-app-03\n' % wh[1])
    wave = 0
    for i in range(180):
        t += datetime.timedelta(seconds=r.randint(2, 60))
        ts = t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % r.randint(0, 999)
        k = r.random()
        op = r.choice(ops)
        if k < 0.06:
            wave += 1
            d.t('%s INFO  WaveService - wave W%s%04d released: orders=%d sku=%d lines=%d strategy=%s\n' % (
                ts, t.strftime('%Y%m%d'), wave, r.randint(50, 400), r.randint(10, 90), r.randint(80, 600), r.choice(['SINGLE_SKU', 'MULTI_SKU', 'PRESALE'])))
        elif k < 0.3:
            prod = r.choice(PRODUCTS)
            d.t('%s INFO  PickTask - task=PK%s bin=%s-%02d-%02d-%d sku=%s ean=690%s qty=%d lpn=LPN%s op=%s pda=%s\n' % (
                ts, g.digits(10), r.choice('ABCDEF'), r.randint(1, 40), r.randint(1, 12), r.randint(1, 5), prod[1], g.digits(10), r.randint(1, 4), g.digits(12), op[1], op[2]))
        elif k < 0.38:
            d.t('%s INFO  Session - login op=%s name=' % (ts, op[1]), (op[0], N), ' device=%s sn=%s ip=' % (op[2], 'UROVO' + g.digits(10, '2')),
                (op[4], IP), ' mac=', (op[3], MAC), ' ver=5.8.2\n')
        elif k < 0.55:
            o = g.tb_order()
            d.t('%s INFO  PackStation - station=PK-%02d order=%s carton=%s weight=%.3fkg dims=%dx%dx%d op=%s\n' % (
                ts, r.randint(1, 24), o, r.choice(['A1', 'A2', 'B3', 'C5', 'BAG-M']), r.uniform(0.1, 6), r.randint(10, 60), r.randint(10, 40), r.randint(5, 30), op[1]))
        elif k < 0.72:
            co = r.choice(COURIERS[:5])
            priv = r.random() < 0.55
            nm = g.name()
            d.t('%s INFO  LabelPrint - carrier=%s waybill=%s order=%s receiver=' % (ts, co[1], g.waybill(co[1]), g.digits(18, '1')),
                (g.masked_name(nm), None) if priv else (nm, N), ' phone=', (g.mask_mobile(), None) if priv else (g.mobile(), P),
                ' addr=', (g.masked_address(), None) if priv else (g.address(), A), ' printer=ZT411-%s\n' % g.digits(6))
        elif k < 0.8:
            d.t('%s INFO  Weigh - waybill=%s gross=%.2f tare=0.05 scale=SC-%02d ts=%d\n' % (ts, g.waybill(), r.uniform(0.1, 12), r.randint(1, 6), g.epoch_ms(t)))
        elif k < 0.86:
            d.t('%s WARN  Interceptor - order=%s intercepted: address changed by customer, new addr=' % (ts, g.tb_order()),
                (g.address(), A), ' contact=', (g.mobile(), P), '\n')
        elif k < 0.9:
            d.t('%s INFO  Handover - carrier=%s batch=HO%s parcels=%d driver=' % (ts, r.choice(['SF', 'ZTO', 'YTO']), g.digits(10), r.randint(100, 900)),
                (g.name(0), N), ' plate=', (g.plate(REGIONS[8], nev=0.1), PLATE), ' phone=', (g.mobile(), P), '\n')
        elif k < 0.94:
            d.t('%s DEBUG HttpClient - POST https://open.%s.com/api/order/create appKey=%s sign=%s cost=%dms\n' % (
                ts, r.choice(['sf-express', 'zto', 'yto']), g.hexs(16), g.hexs(32, True), r.randint(30, 900)))
        elif k < 0.97:
            d.t('%s INFO  ConfigReload - carrier.zto.app_secret=' % ts, (g.hexs(32), CR), ' carrier.sf.checkword=', (g.b64(32, url=False).replace('/', 'x').replace('+', 'y'), CR), ' reloaded\n')
        else:
            d.t('%s ERROR Inventory - sku=%s bin=%s-%02d expected=%d actual=%d adj=ADJ%s uuid=%s\n' % (
                ts, r.choice(PRODUCTS)[1], r.choice('ABC'), r.randint(1, 40), r.randint(1, 50), r.randint(0, 50), g.digits(9), g.uuid()))
    return d


def f_customs(g):
    d = Doc('customs_ceb311.xml')
    r = g.r
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    d.t('<ceb:CEB311Message guid="%s" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' % g.uuid().upper())
    items = [('澳洲 a2 白金版婴幼儿配方奶粉 3段 900g', '0402299000', 'a2 Platinum Stage 3 900g', '9300644000000', 228.0, '601'),
             ('日本 资生堂 红腰子精华 50ml', '3304990099', 'Ultimune 50ml', '4514254000000', 569.0, '116'),
             ('韩国 正官庄 高丽参精 240g', '2106909090', 'Korean Red Ginseng Extract 240g', '8801000000000', 899.0, '133'),
             ('德国 Swisse 钙+维生素D 150片', '2106909090', 'Calcium + Vitamin D 150 tabs', '9311770000000', 129.0, '304'),
             ('美国 Colgate 牙膏 4支装', '3306101000', 'Toothpaste 4pk', '0350000000000', 79.0, '502')]
    for i in range(22):
        t = g.dt()
        zh, py = g.name_py()
        it = r.choice(items)
        qty = r.randint(1, 3)
        val = it[4] * qty
        tax = round(val * 0.091, 2)
        d.t('<ceb:Order>\n<ceb:OrderHead>\n')
        d.t('<ceb:guid>%s</ceb:guid>\n<ceb:appType>1</ceb:appType>\n<ceb:appTime>%s</ceb:appTime>\n<ceb:appStatus>2</ceb:appStatus>\n<ceb:orderType>I</ceb:orderType>\n' % (g.uuid().upper(), t.strftime('%Y%m%d%H%M%S')))
        d.t('<ceb:orderNo>%s</ceb:orderNo>\n' % ('HK' + g.digits(16) if r.random() < 0.5 else g.tb_order()))
        d.t('<ceb:ebpCode>3301964J31</ceb:ebpCode>\n<ceb:ebpName>浙江天猫技术有限公司</ceb:ebpName>\n<ceb:ebcCode>330196%s</ceb:ebcCode>\n<ceb:ebcName>杭州海淘优选跨境电子商务有限公司</ceb:ebcName>\n' % g.digits(4))
        d.t('<ceb:goodsValue>%.2f</ceb:goodsValue>\n<ceb:freight>0</ceb:freight>\n<ceb:discount>%.2f</ceb:discount>\n<ceb:taxTotal>%.2f</ceb:taxTotal>\n<ceb:acturalPaid>%.2f</ceb:acturalPaid>\n<ceb:currency>142</ceb:currency>\n' % (val, 0, tax, val + tax))
        mob = g.mobile()
        reg = r.random()
        if reg < 0.5:
            d.t('<ceb:buyerRegNo>', (mob, P), '</ceb:buyerRegNo>\n')
        else:
            d.t('<ceb:buyerRegNo>%s</ceb:buyerRegNo>\n' % r.choice(['tb%s' % g.digits(10), 'u_%s' % g.hexs(12)]))
        d.t('<ceb:buyerName>', (zh, N), '</ceb:buyerName>\n')
        d.t('<ceb:buyerTelephone>', (mob, P), '</ceb:buyerTelephone>\n')
        if r.random() < 0.12:
            d.t('<ceb:buyerIdType>2</ceb:buyerIdType>\n<ceb:buyerIdNumber>', (g.passport(), 'CHINA_PASSPORT'), '</ceb:buyerIdNumber>\n')
        else:
            d.t('<ceb:buyerIdType>1</ceb:buyerIdType>\n<ceb:buyerIdNumber>', (g.rid(), ID), '</ceb:buyerIdNumber>\n')
        pay = r.choice([('31222699S7', '支付宝(中国)网络技术有限公司', '2023%s2200%s' % (t.strftime('%m%d'), g.digits(18))),
                        ('4403169D3W', '财付通支付科技有限公司', '4200%s%s' % (t.strftime('%Y%m%d'), g.digits(16)))])
        d.t('<ceb:payCode>%s</ceb:payCode>\n<ceb:payName>%s</ceb:payName>\n<ceb:payTransactionId>%s</ceb:payTransactionId>\n<ceb:batchNumbers/>\n' % pay)
        if r.random() < 0.6:
            d.t('<ceb:consignee>', (zh, N), '</ceb:consignee>\n<ceb:consigneeTelephone>', (mob, P), '</ceb:consigneeTelephone>\n')
        else:
            d.t('<ceb:consignee>', (g.name(), N), '</ceb:consignee>\n<ceb:consigneeTelephone>', (g.fmt_mobile(g.mobile(), [90, 0, 0, 0, 10, 0, 0, 0, 0]), P), '</ceb:consigneeTelephone>\n')
        d.t('<ceb:consigneeAddress>', (g.address(with_prov=1.0), A), '</ceb:consigneeAddress>\n<ceb:note/>\n</ceb:OrderHead>\n')
        d.t('<ceb:OrderList>\n<ceb:gnum>1</ceb:gnum>\n<ceb:itemNo>%s</ceb:itemNo>\n<ceb:itemName>%s</ceb:itemName>\n<ceb:gmodel>%s</ceb:gmodel>\n<ceb:itemDescribe/>\n<ceb:barCode>%s</ceb:barCode>\n<ceb:unit>%s</ceb:unit>\n<ceb:qty>%d</ceb:qty>\n<ceb:price>%.2f</ceb:price>\n<ceb:totalPrice>%.2f</ceb:totalPrice>\n<ceb:currency>142</ceb:currency>\n<ceb:country>%s</ceb:country>\n<ceb:note>HS %s</ceb:note>\n</ceb:OrderList>\n' % (
            'GD' + g.digits(10), it[0], it[2], it[3], r.choice(['122', '142', '011']), qty, it[4], val, it[5], it[1]))
        d.t('</ceb:Order>\n')
    d.t('<ceb:BaseTransfer>\n<ceb:copCode>330196%s</ceb:copCode>\n<ceb:copName>杭州海淘优选跨境电子商务有限公司</ceb:copName>\n<ceb:dxpMode>DXP</ceb:dxpMode>\n<ceb:dxpId>DXPENT000%s</ceb:dxpId>\n<ceb:note/>\n</ceb:BaseTransfer>\n' % (g.digits(4), g.digits(7)))
    d.t('</ceb:CEB311Message>\n')
    return d


def f_cod(g):
    d = Doc('cod_settlement.csv')
    r = g.r
    batch = 'COD%s%s' % ('20231129', g.digits(4))
    d.t('# 代收货款结算明细  结算批次=%s  结算日期=2023-11-29  网点=深圳南山科技园营业部(755WF)  导出人=finance_ops\n' % batch)
    csv_row(d, ['序号', '运单号', '代收金额', '手续费', '实付金额', '收款人', '收款账号', '开户行', '账户类型', '派件员', '派件员手机',
                '签收人', '签收时间', '银行流水号', '备注'])
    couriers = [(g.name(0), g.mobile()) for _ in range(6)]
    for i in range(40):
        amt = round(r.uniform(29, 1999), 2)
        fee = round(max(1.0, amt * 0.01), 2)
        cn, cp = r.choice(couriers)
        if r.random() < 0.75:
            payee = (g.name(), N)
            card, bank = g.bank_card()
            acct = (card, BC)
            atype = '个人借记卡'
        else:
            shop = r.choice(SHOPS)
            payee = (shop[1], None)
            acct = (r.choice(['4000', '1202', '7551']) + g.digits(r.choice([13, 15])), None)
            bank = r.choice(['中国工商银行', '招商银行', '中国银行'])
            atype = '对公账户'
        k = r.random()
        signer = (g.name(), N) if k < 0.6 else (r.choice(['本人', '门卫代收', '前台', '快递柜']), None) if k < 0.85 else (g.masked_name(), None)
        dt = g.dt(day=29)
        note = ''
        if r.random() < 0.08:
            note = '收款人改卡，原卡%s' % g.mask_card()
        csv_row(d, [i + 1, g.waybill(r.choice(['SF', 'EMS', 'YD'])), '%.2f' % amt, '%.2f' % fee, '%.2f' % (amt - fee), payee, acct, bank, atype,
                    (cn, N), (g.fmt_mobile(cp, [85, 0, 5, 0, 0, 0, 0, 0, 0]) if True else cp, P), signer, dt.strftime('%Y/%m/%d %H:%M'),
                    'BK%s%s' % (dt.strftime('%Y%m%d'), g.digits(12)), note])
    d.t('合计,,%s,,,,,,,,,,,,\r\n' % '')
    return d


def f_nginx(g):
    d = Doc('nginx_shop_api.log')
    r = g.r
    uas = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.43(0x18002b2c) NetType/WIFI Language/zh_CN',
           'ShopApp/6.3.2 (Android 13; V2148A; Build/TP1A.220624.014) okhttp/4.9.3',
           'ShopApp/6.3.1 (iOS 16.6; iPhone14,2) Alamofire/5.6.4',
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36',
           'Mozilla/5.0 (Linux; Android 12; NOH-AN00 Build/HUAWEINOH-AN00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36',
           'okhttp/3.12.13']
    clients = [(g.ip() if r.random() < 0.85 else g.ipv6(), r.choice(uas), g.mobile()) for _ in range(40)]
    t = datetime.datetime(2023, 11, 29, 20, 0, 0)
    for i in range(90):
        t += datetime.timedelta(seconds=r.randint(0, 25), microseconds=r.randint(0, 999999))
        ip, ua, mob = r.choice(clients)
        k = r.random()
        st, size = 200, r.randint(120, 9000)
        if k < 0.12:
            req = ['GET /api/v2/goods/detail?skuId=%s&_t=%d HTTP/1.1' % (g.digits(12, '1'), g.epoch_ms(t))]
        elif k < 0.22:
            req = ['GET /static/js/app.%s.js HTTP/2.0' % g.hexs(8)]
            size = r.randint(20000, 400000)
        elif k < 0.32:
            req = ['GET /api/v1/address/list?uid=%s&token=' % g.digits(10, '1'), (g.hexs(32), CR), ' HTTP/1.1']
        elif k < 0.42:
            if r.random() < 0.5:
                req = ['GET /api/v1/logistics/track?waybill=%s&phone_tail=%s HTTP/1.1' % (g.waybill(), mob[-4:])]
            else:
                req = ['GET /api/v1/logistics/track?waybill=%s&mobile=' % g.waybill(), (mob, P), ' HTTP/1.1']
        elif k < 0.54:
            lng, lat = g.coords(None, 0.05)
            if r.random() < 0.5:
                req = ['GET /api/v1/store/nearby?lat=', ('%.6f' % lat, LOC), '&lng=', ('%.6f' % lng, LOC), '&radius=3000 HTTP/1.1']
            else:
                req = ['GET /api/v1/delivery/eta?shopId=%s&to=' % g.digits(6), ('%.6f,%.6f' % (lng, lat), LOC), '&coord=gcj02 HTTP/1.1']
        elif k < 0.62:
            req = ['POST /api/v1/sms/send?scene=login&mobile=', (mob, P), ' HTTP/1.1']
            st = r.choice([200, 200, 429])
        elif k < 0.68:
            req = ['POST /api/v1/user/login?mobile=', (mob, P), '&code=', (g.digits(6), CR), ' HTTP/1.1']
        elif k < 0.73:
            req = ['GET /api/v1/order/export?access_token=', (g.jwt(), CR), '&email=', (g.email(), EM), '&range=30d HTTP/1.1']
        elif k < 0.8:
            req = ['POST /api/v1/order/submit HTTP/1.1']
        elif k < 0.86:
            req = ['GET /api/v1/coupon/list?page=%d&size=20&trace=%s HTTP/1.1' % (r.randint(1, 5), g.uuid())]
        elif k < 0.88:
            req = ['GET /api/v1/refund/detail?refundId=RF%s&sign=%s HTTP/1.1' % (g.digits(15), g.hexs(40))]
        elif k < 0.92:
            req = ['PUT /api/v1/address/%s?receiver_phone=' % g.digits(9, '5'), (g.mobile(), P), ' HTTP/1.1']
        elif k < 0.99:
            req = ['GET /api/v1/device/report?os=android&imei=', (g.imei(), 'IMEI_HARDWARE_ID'),
                   '&imsi=', (g.imsi(), 'IMSI_ID'), '&mac=', (g.mac().replace('-', ':'), MAC),
                   '&iccid=', (g.iccid(), 'ICCID_NUMBER'), '&oaid=%s HTTP/1.1' % g.uuid()]
            if r.random() < 0.7:
                req[-1:] = ['&meid=', (g.meid(), 'MEID'), '&oaid=%s HTTP/1.1' % g.uuid()]
        else:
            req = ['GET /api/v1/config/app?version=6.3.%d&build=%d&channel=%s HTTP/1.1' % (r.randint(0, 3), r.randint(60300, 60399), r.choice(['huawei', 'xiaomi', 'appstore', 'vivo']))]
        if r.random() < 0.03:
            st, size = r.choice([(499, 0), (502, 157), (401, 64), (404, 153)])
        ref = r.choice(['-', '-', 'https://m.shop.example.cn/', 'https://servicewechat.com/wx%s/124/page-frame.html' % g.hexs(16)])
        xff = r.random()
        d.t((ip, IP), ' - - [%s +0800] "' % t.strftime('%d/%b/%Y:%H:%M:%S'), *req)
        d.t('" %d %d "%s" "%s" ' % (st, size, ref, ua))
        if xff < 0.6:
            d.t('"-"')
        else:
            d.t('"', (ip, IP), '"')
        d.t(' rt=%.3f uct="%.3f" req_id=%s\n' % (r.uniform(0.002, 1.8), r.uniform(0, 0.01), g.hexs(32)))
    return d


def f_linehaul(g):
    d = Doc('linehaul_dispatch.json')
    r = g.r
    hubs = [('杭州转运中心', '浙江省杭州市萧山区空港经济区保税大道1号', REGIONS[8]),
            ('深圳转运中心', '广东省深圳市龙岗区平湖街道华南大道1号华南国际物流园', REGIONS[0]),
            ('北京转运中心', '北京市大兴区魏善庄镇物流基地2号', REGIONS[4]),
            ('上海转运中心', '上海市青浦区华新镇新府中路1599号', REGIONS[6]),
            ('成都转运中心', '四川省成都市新都区物流大道99号', REGIONS[12]),
            ('武汉转运中心', '湖北省武汉市东西湖区新沟镇物流园3号', REGIONS[13])]
    recs = []
    for i in range(9):
        a, b = r.sample(hubs, 2)
        t = g.dt(day=29, h0=0, h1=23)
        reg = a[2]

        def driver():
            zh, py = g.name_py()
            rid = g.rid(g.dob(1968, 1995))
            dev = {'imei': Lab(g.imei(), 'IMEI_HARDWARE_ID'), 'imsi': Lab(g.imsi(), 'IMSI_ID'),
                   'model': r.choice(['PGKM10', 'NOH-AN00', 'V2148A'])}
            if dev['imsi'].v[3:5] in ('03', '05', '11'):
                dev['meid'] = Lab(g.meid(), 'MEID')
            return {'name': Lab(zh, N), 'id_card': Lab(rid, ID), 'mobile': Lab(g.fmt_mobile(g.mobile(), [80, 0, 10, 10, 0, 0, 0, 0, 0]), P),
                    'license_class': r.choice(['A2', 'A1', 'B2']), 'license_no': Lab(rid, ID),
                    'app_device': dev}
        lng, lat = a[2][5]
        track = []
        for k in range(r.randint(4, 7)):
            lng += (b[2][5][0] - a[2][5][0]) / 8 + r.uniform(-0.05, 0.05)
            lat += (b[2][5][1] - a[2][5][1]) / 8 + r.uniform(-0.05, 0.05)
            track.append({'t': (t + datetime.timedelta(minutes=40 * (k + 1))).strftime('%H:%M'),
                          'pos': Lab('%.5f,%.5f' % (lng, lat), LOC), 'spd': r.randint(0, 95)})
        rec = {'dispatch_no': 'LH%s%s' % (t.strftime('%Y%m%d'), g.digits(5)), 'line_code': '%s-%s-%02d' % (a[0][:2], b[0][:2], r.randint(1, 9)),
               'route': '%s → %s' % (a[0], b[0]),
               'vehicle': {'plate': Lab(g.plate(reg, nev=0.05), PLATE),
                           'trailer_plate': Lab(r.choice(reg[7]) + g.digits(4) + '挂', PLATE) if r.random() < 0.6 else None,
                           'type': r.choice(['厢式货车 9.6m', '厢式货车 17.5m', '牵引车+厢式挂车']), 'terminal_id': 'JT808-%s' % g.hexs(12, True),
                           'vin': 'LZZ' + g.digits(14).upper()},
               'driver': driver(),
               'co_driver': driver() if r.random() < 0.5 else None,
               'departure': {'site': a[0], 'address': a[1], 'plan': t.strftime('%Y-%m-%d %H:%M'),
                             'actual': (t + datetime.timedelta(minutes=r.randint(-10, 50))).strftime('%Y-%m-%d %H:%M')},
               'arrival': {'site': b[0], 'address': b[1]},
               'track': track,
               'stops': [{'type': r.choice(['加油', '休息', '服务区']), 'lat': Lab('%.6f' % (lat - r.uniform(0.1, 0.5)), LOC, True),
                          'lng': Lab('%.6f' % (lng - r.uniform(0.1, 0.5)), LOC, True), 'minutes': r.randint(10, 45)}],
               'seal_no': 'QF%s' % g.digits(8), 'parcels': r.randint(800, 9000), 'weight_kg': round(r.uniform(3000, 21000), 1),
               'created_ms': g.epoch_ms(t)}
        recs.append(rec)
    d.t(jparts({'code': 0, 'msg': 'ok', 'data': {'total': len(recs), 'list': recs}}, ind=2, sep=(',', ': ')))
    d.t('\n')
    return d


def f_dutyfree(g):
    d = Doc('dutyfree_pickup.csv')
    r = g.r
    d.t('# 离岛免税 提货清单  提货点=美兰机场国内出发提货点T2  航班日期=2023-11-30  系统=DF-OMS 3.7.0\n')
    csv_row(d, ['提货单号', '订单号', '旅客姓名', '姓名拼音', '证件类型', '证件号码', '出生日期', '联系电话', '航班号', '离岛日期',
                '商品', '数量', '金额', '提货方式', '收件地址(邮寄)', '状态'])
    goods = [('雅诗兰黛 小棕瓶 50ml', 780.0), ('兰蔻 菁纯面霜 60ml', 1980.0), ('戴森 Supersonic HD15', 2690.0),
             ('迪奥 999 口红', 280.0), ('浪琴 名匠系列 腕表', 12800.0), ('茅台 飞天 53度 500ml', 2899.0)]
    for i in range(34):
        zh, py = g.name_py()
        dob = g.dob(1955, 2005)
        k = r.random()
        if k < 0.55:
            dt, dn = '居民身份证', (g.rid(dob), ID)
        elif k < 0.78:
            dt, dn = '护照', (g.passport(), 'CHINA_PASSPORT')
        else:
            dt, dn = '往来港澳通行证', (g.hkmo_permit(), 'HK_MACAU_TRAVEL_PERMIT')
        it = r.choice(goods)
        qty = r.randint(1, 2)
        mail = r.random() < 0.35
        dob_s = dob.strftime(r.choice(['%Y-%m-%d', '%Y/%m/%d', '%Y%m%d']))
        csv_row(d, ['TH%s' % g.digits(12, '2'), 'DF%s' % g.digits(16), (zh, N), (pinyin_name(g, py, 'upper'), N), dt, dn, (dob_s, DOB),
                    (g.fmt_mobile(g.mobile(), [85, 5, 5, 5, 0, 0, 0, 0, 0]), P), r.choice(['HU7181', 'CZ6712', 'MU5320', 'CA1376', '3U8872']),
                    '2023-11-30', it[0], qty, '%.2f' % (it[1] * qty), '邮寄送达' if mail else '机场提货',
                    (g.address(), A) if mail else '', r.choice(['待提货', '已提货', '已发货'])])
    return d


FILES = [f_waybill, f_face_sheet, f_shop_orders, f_rider, f_locker, f_returns, f_chat, f_kyc, f_addrbook,
         f_sms, f_wms, f_customs, f_cod, f_nginx, f_linehaul, f_dutyfree]


def self_check(v, typ):
    """Sanity checks on labelled values (identifier facts)."""
    if typ == PHONE_NUMBER_T:
        s = v.translate(str.maketrans('０１２３４５６７８９', '0123456789'))
        s = ''.join(c for c in s if c.isdigit() or c == '+')
        num = phonenumbers.parse(s if s.startswith('+') else ('+' + s[2:] if s.startswith('0086') else s), 'CN')
        if len(s) == 13 and s.startswith('86'):
            num = phonenumbers.parse('+' + s, 'CN')
        assert phonenumbers.is_valid_number(num), v
    elif typ == ID:
        check_rid(v.upper())
    elif typ == BC:
        assert luhn.is_valid(v.replace(' ', '')) and 16 <= len(v.replace(' ', '')) <= 19, v
    elif typ == 'IMEI_HARDWARE_ID':
        assert len(v) == 15 and luhn.is_valid(v), v
    elif typ == 'IMSI_ID':
        assert len(v) == 15 and v.startswith('460'), v
    elif typ == 'ICCID_NUMBER':
        assert v.startswith('8986') and len(v) in (19, 20), v
    elif typ == 'MEID':
        assert len(v) == 14 and all(c in '0123456789abcdefABCDEF' for c in v), v


PHONE_NUMBER_T = 'PHONE_NUMBER'


def check_rid(n):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    assert len(n) == 18 and n[:17].isdigit(), n
    assert '10X98765432'[sum(int(a) * b for a, b in zip(n, w)) % 11] == n[17].upper(), n
    if n[:6] in NO_TABLE_REGIONS:
        ric.get_birth_date(n)
    else:
        ric.validate(n.upper())


def main():
    ap = argparse.ArgumentParser(usage='make_corpus.py [--out DIR]')
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    all_labels = []
    for i, fn in enumerate(FILES):
        g = G(random.Random(SEED * 100 + i))
        doc = fn(g)
        path = os.path.join(a.out, doc.name)
        with open(path, 'wb') as f:
            f.write(bytes(doc.buf))
        with open(path, 'rb') as f:
            data = f.read()
        for s, e, typ, v in doc.labels:
            assert data[s:e].decode('utf-8') == v, (doc.name, s, e, v)
            self_check(v, typ)
            all_labels.append({'file': doc.name, 'start': s, 'end': e, 'type': typ})
    with open(os.path.join(a.out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in all_labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
