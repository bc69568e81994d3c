#!/usr/bin/python3
"""Writes the binary samples in examples/ (service_agreement.pdf with python3-reportlab,
broadband_ledger.xls with python3-xlwt) from synthetic data: ID numbers with made-up
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
