"""The documents behind the Word 97-2003 fixtures (tools/make_office_fixtures.py) and the
differential test (test_doc.py): python3-docx documents with paragraphs, a form table and a
list table, all synthetic."""
import docx


def form():
    d = docx.Document()
    d.add_paragraph("移动电话入网服务协议")
    d.add_paragraph("客户姓名：王建国，身份证号码：110101199003074530，联系电话：13912345678。")
    d.add_paragraph("通信地址：浙江省杭州市西湖区文三路90号东部软件园3号楼1204室，邮箱 wangjg@example.com")
    t = d.add_table(rows=3, cols=4)
    rows = [["姓名", "李秀英", "性别", "女"], ["手机", "13812345678", "出生日期", "1985-03-12"],
            ["住址", "北京市海淀区中关村大街27号", "备注", ""]]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("A long English paragraph that must not be wrapped, because a wrapped line "
                    "would cut a phone number like 13700001111 or an address in two.")
    d.add_paragraph("长段落测试" * 30 + "联系人赵丽颖电话13600001111结束")
    return d


def roster():
    d = docx.Document()
    d.add_paragraph("2026年11月宽带装机回访名单")
    t = d.add_table(rows=4, cols=3)
    rows = [["客户姓名", "联系电话", "装机地址"],
            ["周雅婷", "13957162408", "浙江省杭州市西湖区示例路18号2幢301室"],
            ["林晓东", "13823456781", "广东省深圳市福田区演示大道66号5栋1202"],
            ["马丽娟", "15011112345", "北京市海淀区样例街3号院2-401"]]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("回访人：陈建华")
    return d


DOCUMENTS = {"form": form, "roster": roster}


def workbook():
    """A customer workbook for the OpenDocument spreadsheet fixture (book.ods) and its
    differential test against the same workbook as .xlsx: a title row, a header, numbers,
    dates of birth kept as dates, identical neighbouring cells (which Calc writes once,
    repeated), empty rows between records, and a second sheet."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户名单"
    ws.append(["2026年11月营业厅新入网客户"])
    ws.append([])
    ws.append(["序号", "姓名", "手机号码", "身份证号", "出生日期", "家庭住址", "备注", "备注2"])
    ws.append([1, "张伟", 13800138000, "110101199003074530", datetime.date(1990, 3, 7),
               "北京市朝阳区建国路88号3号楼502室", "无", "无"])
    ws.append([2, "李娜", "15912345678", None, datetime.date(1985, 11, 30), None,
               "老客户,\n续约 电话13712345678", None])
    ws["B10"] = "王芳"
    ws["C10"] = "13912345678"
    ws["H10"] = "wangfang@example.com"
    ws2 = wb.create_sheet("联系人")
    ws2.append(["联系人", "邮箱"])
    ws2.append(["赵强", "zhaoqiang@example.com"])
    from openpyxl.comments import Comment
    ws2["A2"].comment = Comment("回访电话13700007777", "客服")  # comments are not read
    return wb
