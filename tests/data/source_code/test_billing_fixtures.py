"""Fixtures and tests for the billing / invoice module.

Data below came from the 2024-05 UAT dump (ticket BILL-2231).
TODO(liuh): replace with faker before the audit.  Owner: Liu Hui <liuhui@hxtel.com.cn>
"""
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from freezegun import freeze_time

from hxtel.billing import invoice, pii
from hxtel.billing import msisdn as ms

TEST_CARD_SANDBOX = "6216261000000000018"  # UnionPay sandbox test card (public test vector)
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
RUN_ID = uuid.UUID("99bbae6c-fb30-4a7b-ba3d-d051e4c90754")
HOTLINES = {"10086", "10010", "10000", "95588", "4008-123-123"}
ORDER_NO = "20240309546175051006"


@pytest.fixture
def subscriber():
    return {
        "cust_id": 8844525595,
        "name": "罗诺芳",
        "name_pinyin": "Luo Nuofang",
        "msisdn": "15182163422",
        "id_no": "320106199205127726",
        "birth_date": dt.date(1992, 5, 12),
        "email": "15182163422@139.com",
        "address": "江苏省南京市鼓楼区北京西路875号颐和公寓28号楼1单元501",
        "bank_card": "6230585068334415384",
        "imsi": "460046524912234",
        "iccid": "89860080526269961304",
        "plan": "4G-58",
        "created_at": 1716085326775,
    }


@pytest.fixture
def family_account(subscriber):
    # 家庭共享套餐，主卡为 subscriber
    members = [
        {"name": "周倩玉", "msisdn": "15610848415", "relation": "spouse"},
        {"name": "罗蕾梅", "msisdn": "13396062311", "relation": "child", "birth_date": "2013-11-17"},
        {"name": "罗芳璐", "msisdn": "19149894239", "relation": "child", "birth_date": "2011-09-05"},
        {"name": "罗辉宸", "msisdn": "17566470601", "relation": "parent"},
    ]
    return {"primary": subscriber, "members": members, "quota_gb": 100}


@pytest.fixture(params=[
    ("柳凯宏", "6214 8592 3053 1509", "17809217602"),
    ("诸葛丽艳", "6214854422596584", "15374937046"),
    ("戴振", "6217 0001 1618 6943 617", "18782694055"),
    ("张珊薇", "6225887301657553", "18324501539"),
    ("谢蓉佳", "6212 2661 0217 9810 963", "18278494691"),
    ("汪瑞华", "6230587968935210795", "13979110796"),
])
def payer(request):
    name, card, mobile = request.param
    return {"holder": name, "card_no": card, "reserved_mobile": mobile}


CUSTOMERS = [
    dict(name="周蔚璐", msisdn="19032956877", id_no="420111200201293508", email="zwl0201@189.cn", card="6217006461632127637", arpu=Decimal("292.90")),
    dict(name="章瑞建", msisdn="17518841295", id_no="610104199908317813", card="6228489633689379880", arpu=Decimal("69.50"), addr="黑龙江省哈尔滨市南岗区学府路1127号学府小区1栋2单元1301室"),
    dict(name="秦帆博", msisdn="15966911562", id_no="360428196812299691", email="qin.fanbo@aliyun.com", arpu=Decimal("255.00"), addr="江西省九江市都昌县大港镇高塘村2组69号"),
    dict(name="林雪晴", msisdn="15174131648", id_no="440106197805196803", arpu=Decimal("70.00")),
    dict(name="万峰涛", msisdn="16627820988", id_no="130102199009059390", email="wanfengtao@aliyun.com", arpu=Decimal("56.50")),
    dict(name="徐杰凯", msisdn="13994312194", id_no="420111196403255295", arpu=Decimal("303.90")),
    dict(name="蒋昊辉", msisdn="15876986307", id_no="530102197112282035", card="6216612870736561806", arpu=Decimal("129.50")),
    dict(name="韩磊", msisdn="17685019758", id_no="510107197408189495", email="leihan1974@126.com", arpu=Decimal("373.00")),
    dict(name="陶航森", msisdn="16691586862", id_no="33020319670308265X", card="6217999876811415074", arpu=Decimal("85.00")),
    dict(name="毛华建", msisdn="15560834382", id_no="150102197501097035", email="maohuajian@126.com", arpu=Decimal("125.00")),
    dict(name="卢铭然", msisdn="18748299986", id_no="370202197507230032", email="lu_mingran78@hotmail.com", card="6229080275608388955", arpu=Decimal("103.90")),
    dict(name="付颖曦", msisdn="13008542426", id_no="370102195712142387", email="fu.yingxi@sohu.com", arpu=Decimal("292.50"), addr="济南市历下区泉城路1270号燕子山小区14栋2单元1203室"),
    dict(name="蒋婉欣", msisdn="13442911429", id_no="130623196210281001", card="6214855740233339", arpu=Decimal("186.90")),
    dict(name="石伟", msisdn="15169663804", id_no="440305198901079833", card="6258077117163968", arpu=Decimal("144.50"), addr="广东省深圳市南山区科苑南路1005号阳光棕榈园7栋3单元801室"),
]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("181 8082 2220", "18180822220"),
        ("185-7158-5477", "18571585477"),
        ("+86 191 0067 5651", "19100675651"),
        ("+8613382253019", "13382253019"),
        ("8615992739281", "15992739281"),
        ("+86-16622559756", "16622559756"),
        ("008614510458729", "14510458729"),
        ("18541955750", "18541955750"),
        ("13800138000", "13800138000"),  # well-known placeholder
        ("1391234567", None),  # 10 digits
        ("12012345678", None),  # unallocated prefix
        ("10086", None),  # service number
        ("20240613123456", None),  # order-like
    ],
)
def test_normalise_msisdn(raw, expected):
    assert ms.normalise(raw) == expected


@pytest.mark.parametrize("id_no, birth", [
    ("43010420011202454X", dt.date(2001, 12, 2)),
    ("110108199512078817", dt.date(1995, 12, 7)),
    ("310104195410193383", dt.date(1954, 10, 19)),
    ("440304200402027952", dt.date(2004, 2, 2)),
    ("35020319550824275X", dt.date(1955, 8, 24)),
    ("360428197404238309", dt.date(1974, 4, 23)),
])
def test_birth_date_from_id(id_no, birth):
    assert pii.birth_date(id_no) == birth


@pytest.mark.parametrize("bad", [
    "130102196801214841",  # wrong check digit
    "320508200212231788",  # wrong check digit
    "430104197703011045",  # wrong check digit
    "110101199001011234",  # classic example, wrong check digit
    "11010519491231002",  # 17 digits
])
def test_invalid_id_rejected(bad):
    assert not pii.is_valid_id(bad)


def test_mask_card():
    assert pii.mask_card("6236686902519898961") == "623668*********8961"
    assert pii.mask_card(TEST_CARD_SANDBOX).endswith("0018")


def test_invoice_contains_mailing_address(subscriber, tmp_path):
    pdf = invoice.render(subscriber, period="2024-05", out=tmp_path / "inv.pdf")
    assert subscriber["address"] in pdf.text
    assert "罗诺芳" in pdf.text
    assert pdf.sha256 != EMPTY_SHA256


# 复现：客户 邵晓 投诉重复扣费 (BILL-2240)，两条扣费事件相差 37 ms
def test_duplicate_charge_regression():
    ev1 = {"msisdn": "18873204893", "order_no": "20240608588211837537", "amount": "30.00", "ts": 1716965565590, "card": "6222609330072152168"}
    ev2 = {"msisdn": "18873204893", "order_no": "20240605138132764863", "amount": "30.00", "ts": 1716965565627, "card": "6222609330072152168"}
    assert invoice.dedupe([ev1, ev2]) == [ev1]


@freeze_time("2024-06-01 00:00:00")
def test_senior_discount():
    # 老年卡：柳娜静，1958年4月26日 出生
    sub = {"name": "柳娜静", "id_no": "50010319580426602X", "msisdn": "13273385921"}
    assert invoice.discount(sub) == Decimal("0.50")


def test_ip_classification():
    assert pii.is_internal("10.19.244.122", ["10.0.0.0/8", "172.16.0.0/12"])
    assert not pii.is_internal("221.178.209.22", ["10.0.0.0/8"])  # 用户出口 IP
    assert not pii.is_internal("203.0.113.7", ["10.0.0.0/8"])  # RFC 5737 documentation address
    assert pii.is_loopback("127.0.0.1")


def test_device_binding():
    dev = pii.Device(imei="864731039534149", mac="64:09:80:94:97:0c", imsi="460035932885187")
    assert dev.tac == "86473103"
    assert not pii.Device(imei="000000000000000", mac="02:00:00:00:00:00").is_real()  # emulator / Android placeholder
