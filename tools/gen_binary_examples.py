#!/usr/bin/python3
"""Writes the binary samples in examples/ (service_agreement.pdf with python3-reportlab,
broadband_ledger.xls with python3-xlwt, store_backup_2026-10.tar.gz with tarfile and
zipfile, e_invoice.ofd with tests/scripts/ofd_writer.py) from synthetic data: ID numbers with made-up
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
