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
