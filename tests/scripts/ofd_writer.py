"""Writes OFD documents (GB/T 33190-2016) for the tests and the bundled example: OFD.xml, a
Document.xml with a template page, the template's printed labels and each page's values, the
way e-invoice issuers lay them out (each value a glyph at a time with DeltaX advances).
Python's zipfile and plain XML: an independent writer of the format piguard reads."""
import zipfile

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_object(oid, x, baseline, text, size=3.175, per_glyph=False):
    """A TextObject whose one TextCode's baseline is at `baseline` (mm from the top)."""
    box = "%.3f %.3f %.3f %.3f" % (x, baseline - size, size * max(len(text), 1), size * 1.3)
    delta = ""
    if per_glyph and len(text) > 1:
        delta = ' DeltaX="g %d %.3f"' % (len(text) - 1, size)
    return ('<ofd:TextObject ID="%d" Boundary="%s" Font="3" Size="%.3f">'
            '<ofd:TextCode X="0" Y="%.3f"%s>%s</ofd:TextCode></ofd:TextObject>'
            % (oid, box, size, size, delta, _escape(text)))


def content(objects, template_id=None):
    head = ('<ofd:Template TemplateID="%s" ZOrder="Background"/>' % template_id
            if template_id else "")
    return ('<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s>%s<ofd:Content>'
            '<ofd:Layer ID="9">%s</ofd:Layer></ofd:Content></ofd:Page>'
            % (NS, head, "".join(objects)))


def write_ofd(path_or_file, labels, pages, date_time=(2026, 11, 2, 9, 30, 0)):
    """labels: [(x, baseline, text)] printed on the template; pages: one list of
    (x, baseline, text) values per page."""
    entries = [
        ("OFD.xml",
         '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD %s Version="1.1" DocType="OFD">'
         '<ofd:DocBody><ofd:DocInfo><ofd:DocID>0c2b9a</ofd:DocID></ofd:DocInfo>'
         '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>' % NS),
        ("Doc_0/Document.xml",
         '<?xml version="1.0" encoding="UTF-8"?><ofd:Document %s><ofd:CommonData>'
         '<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 140'
         '</ofd:PhysicalBox></ofd:PageArea>'
         '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
         '<ofd:Pages>%s</ofd:Pages></ofd:Document>'
         % (NS, "".join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>' % (10 + i, i)
                        for i in range(len(pages))))),
        ("Doc_0/Tpls/Tpl_0/Content.xml",
         content([text_object(100 + i, x, y, t) for i, (x, y, t) in enumerate(labels)])),
    ]
    for p, values in enumerate(pages):
        entries.append(("Doc_0/Pages/Page_%d/Content.xml" % p,
                        content([text_object(200 + i, x, y, t, per_glyph=True)
                                 for i, (x, y, t) in enumerate(values)], template_id="2")))
    with zipfile.ZipFile(path_or_file, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


# An e-invoice's printed labels (电子发票（普通发票）): buyer at the left, seller at the right.
INVOICE_LABELS = [
    (75, 12, "电子发票（普通发票）"), (150, 20, "发票号码："), (150, 26, "开票日期："),
    (6, 36, "购"), (6, 42, "买"), (6, 48, "方"), (14, 36, "名称："),
    (14, 44, "统一社会信用代码/纳税人识别号："),
    (110, 36, "名称："), (110, 44, "统一社会信用代码/纳税人识别号："),
    (10, 60, "项目名称"), (70, 60, "规格型号"), (110, 60, "数量"), (170, 60, "金额"),
    (10, 100, "备注"), (10, 120, "开票人："),
]


def invoice_values(buyer, buyer_id, phone, address, account, number="26332000000123456789"):
    return [
        (172, 20, number), (172, 26, "2026年11月02日"),
        (30, 36, buyer), (75, 44, buyer_id),
        (123, 36, "示例通信有限公司杭州分公司"), (171, 44, "91330100MA2EXAMPLE"),
        (10, 68, "*电信服务*宽带月租费"), (110, 68, "1"), (170, 68, "120.00"),
        (25, 100, "购买方地址：%s  电话：%s" % (address, phone)),
        (25, 106, "购买方开户银行及账号：中国工商银行杭州西湖支行 %s" % account),
        (30, 120, "陈建华"),
    ]
