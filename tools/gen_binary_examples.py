#!/usr/bin/python3
"""Writes the binary samples in examples/ (service_agreement.pdf with python3-reportlab,
broadband_ledger.xls with python3-xlwt, store_backup_2026-10.tar.gz with tarfile and
zipfile, e_invoice.ofd with tests/scripts/ofd_writer.py, community_register.ods with zipfile,
complaint_forwarded.msg with tests/scripts/msg_writer.pl) from synthetic data: ID numbers with made-up
sequence numbers and computed check characters, invented street names. Deterministic: run
from the repository root to regenerate them byte for byte."""
from stdnum.cn import ric
def rid(body):
    return body + ric.calc_check_digit(body + "0")
id1 = rid("33010619880315123")
id2 = rid("44030519920722456")
id3 = rid("11010819750103284")
assert all(ric.is_valid(x) for x in (id1, id2, id3))
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas("examples/service_agreement.pdf", invariant=1)
c.setTitle("移动电话入网服务协议（示例）")
c.setFont("STSong-Light", 14)
c.drawString(180, 800, "移动电话入网服务协议（示例）")
c.setFont("STSong-Light", 11)
rows = [("客户姓名", "周雅婷"), ("证件类型", "居民身份证"), ("证件号码", id1),
        ("联系电话", "13957162408"), ("通信地址", "浙江省杭州市西湖区示例路18号2幢301室"),
        ("入网号码", "13957162408"), ("套餐", "5G畅享 129元")]
y = 760
for k, v in rows:
    c.drawString(72, y, k); c.drawString(190, y, v); y -= 22
c.drawString(72, y - 10, "甲方承诺对乙方的个人信息严格保密，不泄露、篡改、毁损，不出售或非法向他人提供。")
c.showPage()
c.setFont("STSong-Light", 11)
c.drawString(72, 800, "第二页  经办营业员：陈建华（工号 ZJ0715）   受理日期：2026-03-02")
c.drawString(72, 778, "紧急联系人：周国平  电话 0571-87654321")
c.showPage()
c.save()
import xlwt, datetime
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("宽带用户台账")
ds = xlwt.easyxf(num_format_str="yyyy-mm-dd")
for j, h in enumerate(["用户姓名", "证件号码", "出生日期", "联系电话", "装机地址", "宽带账号"]):
    ws.write(0, j, h)
data = [("林晓东", id2, datetime.date(1992, 7, 22), 13823456781, "广东省深圳市福田区演示大道66号5栋1202", "gd_lxd0722"),
        ("马丽娟", id3, datetime.date(1975, 1, 3), "15011112345", "北京市海淀区样例街3号院2-401", "bj_mlj1975")]
for i, row in enumerate(data, 1):
    for j, v in enumerate(row):
        ws.write(i, j, v, ds) if isinstance(v, datetime.date) else ws.write(i, j, v)
wb.save("examples/broadband_ledger.xls")
# store_backup_2026-10.tar.gz: a store's monthly backup as a file share keeps it, a visitor
# register and a ZIP of receipts inside a gzip-compressed tar. Fixed times, gzip without a
# timestamp, so that the bytes do not change from run to run.
import gzip, io, tarfile, zipfile
from stdnum import luhn
card = "622202123456789" + luhn.calc_check_digit("622202123456789")
register = ("登记日期,访客姓名,手机号,证件号码,来访事由\n"
            "2026-10-08,许嘉宁,13758246913,%s,办理宽带移机\n"
            "2026-10-09,钱思远,18957193046,,咨询5G套餐\n" % rid("33010219900418372")).encode()
receipts = io.BytesIO()
with zipfile.ZipFile(receipts, "w", zipfile.ZIP_DEFLATED) as z:
    for n, (name, phone) in enumerate([("许嘉宁", "13758246913"), ("钱思远", "18957193046")], 1):
        info = zipfile.ZipInfo("receipt_%04d.txt" % n, date_time=(2026, 10, 8 + n, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, ("营业厅受理回执\n客户姓名：%s\n联系电话：%s\n付款卡号：%s\n" % (name, phone, card)).encode())
tar = io.BytesIO()
with tarfile.open(fileobj=tar, mode="w", format=tarfile.PAX_FORMAT) as t:
    for name, data in [("2026-10/来访登记.csv", register), ("2026-10/receipts.zip", receipts.getvalue())]:
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode, info.uname, info.gname = len(data), 1793500000, 0o644, "store", "store"
        t.addfile(info, io.BytesIO(data))
with open("examples/store_backup_2026-10.tar.gz", "wb") as f:
    with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
        g.write(tar.getvalue())
# e_invoice.ofd: an e-invoice (电子发票) for a household's broadband, as the tax system issues
# it in OFD (GB/T 33190): printed labels on a template page, the buyer's values on the page.
import os, sys
sys.path.insert(0, os.path.join("tests", "scripts"))
from ofd_writer import INVOICE_LABELS, invoice_values, write_ofd
write_ofd("examples/e_invoice.ofd", INVOICE_LABELS,
          [invoice_values("韩思远", rid("32010219870611245"), "15851736204",
                          "江苏省南京市玄武区样例街12号3栋502室", card,
                          number="26322000000045678912")])
# community_register.ods: a sub-district office's (街道) resident register saved by
# LibreOffice Calc (OpenDocument): a date of birth kept as a date, a phone typed as a number,
# identical neighbouring cells written once with a repeat count, and the empty cells and rows
# Calc adds up to the sheet's end. Fixed entry times, so the bytes do not change.
from xml.sax.saxutils import escape
def ods_cell(v):
    if isinstance(v, tuple):  # (kind, stored, shown)
        kind, stored, shown = v
        attr = {"date": 'office:date-value="%s"', "float": 'office:value="%s"'}[kind] % stored
        return ('<table:table-cell office:value-type="%s" %s><text:p>%s</text:p>'
                '</table:table-cell>' % (kind, attr, escape(shown)))
    if v is None:
        return "<table:table-cell/>"
    return ('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            % escape(v))
def ods_row(cells):
    out, i = "", 0
    while i < len(cells):  # neighbours with the same text: one cell, repeated
        j = i
        while j + 1 < len(cells) and cells[j + 1] == cells[i] and isinstance(cells[i], str):
            j += 1
        cell = ods_cell(cells[i])
        if j > i:
            cell = cell.replace("<table:table-cell ", '<table:table-cell table:number-columns-repeated="%d" ' % (j - i + 1), 1)
        out += cell
        i = j + 1
    return ('<table:table-row>%s<table:table-cell table:number-columns-repeated="%d"/>'
            '</table:table-row>' % (out, 1024 - len(cells)))
register_rows = [
    ["滨江街道常住人口登记表（2026年11月）"],
    [],
    ["户号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "联系电话", "现住址"],
    ["0101", "孙浩然", "男", "汉", ("date", "1979-05-14", "1979年5月14日"),
     rid("33010819790514273"), ("float", "13867452190", "13867452190"), "浙江省杭州市滨江区示例路7号1幢202室"],
    ["0101", "周静怡", "女", "汉", ("date", "1981-09-02", "1981年9月2日"),
     rid("33010819810902164"), None, "浙江省杭州市滨江区示例路7号1幢202室"],
    ["0102", "阿依古丽", "女", "维吾尔", ("date", "1995-12-20", "1995年12月20日"),
     rid("65010219951220368"), ("float", "18999104527", "18999104527"), "浙江省杭州市滨江区演示大道15号3幢1101室"],
]
content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
           '<office:body><office:spreadsheet><table:table table:name="常住人口">'
           '<table:table-column table:number-columns-repeated="1024"/>'
           + "".join(ods_row(r) if r else '<table:table-row><table:table-cell '
                     'table:number-columns-repeated="1024"/></table:table-row>' for r in register_rows)
           + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
             'table:number-columns-repeated="1024"/></table:table-row>'
           '</table:table></office:spreadsheet></office:body></office:document-content>')
manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
with zipfile.ZipFile("examples/community_register.ods", "w") as z:
    for name, data, method in [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                               ("content.xml", content, zipfile.ZIP_DEFLATED),
                               ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]:
        info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
        info.compress_type = method
        z.writestr(info, data.encode())
# complaint_forwarded.msg: the complaint as Outlook saves a message (.msg, MAPI properties in an
# OLE2 compound file), written by tests/scripts/msg_writer.pl: a store manager forwards it to
# the service desk with the customer's details and a CSV of the visits.
import json, subprocess
visits = ("日期,客户姓名,联系电话,处理结果\n"
          "2026-11-02,周雅婷,13957162408,上门检修\n"
          "2026-11-05,周雅婷,13957162408,更换光猫\n").encode("gbk")
message = {
    "subject": "转发：客户投诉宽带多次断线（请回访）",
    "from_name": "陈建华", "from": "chenjh@store.example.com",
    "to_name": "刘晓梅", "to": "liuxm@example.com",
    "body": ("晓梅：\r\n\r\n客户周雅婷（手机 13957162408，身份证号 %s）反映宽带多次断线，"
             "装机地址浙江省杭州市西湖区示例路18号2幢301室。上门记录见附件，请安排回访。\r\n\r\n"
             "陈建华\r\n" % id1),
    "attachments": [{"name": "上门记录.csv", "mime": "text/csv", "data_hex": visits.hex()}],
}
subprocess.run(["perl", os.path.join("tests", "scripts", "msg_writer.pl"),
                "examples/complaint_forwarded.msg"], input=json.dumps(message).encode(), check=True)
