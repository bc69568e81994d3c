#!/usr/bin/python3
"""`piguard scan` on Excel workbooks and Word documents. Files are written by independent
producers (python3-openpyxl and python3-docx from Debian, as Excel and Word users' files are
written by other programs than ours) and, for shapes those libraries do not write (namespace
prefixes, inline strings, phonetic runs, missing row and cell references, tracked deletions),
by hand with zipfile. Checks: a worksheet's findings carry the Excel row as their line and the
header row's names as their fields; forms and list tables in documents; damaged files give a
clear error and the scan goes on."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import docx
import openpyxl

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def scan(*paths):
    code, out, err = run("scan", "-j1", "-f", "jsonl", "--show-values", *paths)
    assert code in (0, 1), err
    return [json.loads(line) for line in out.splitlines()], err


def brief(found, base):
    """(path below base, line, type, field, value) of each finding."""
    return [(f["path"][len(base) + 1:], f["line"], f["type"], f.get("field"), f["value"])
            for f in found]


WORKBOOK_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="实名登记" sheetId="1" rel:id="rId7"/></x:sheets></x:workbook>"""
RELS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="/xl/worksheets/data.xml"/></Relationships>"""
SHARED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<x:si><x:t>用户姓名</x:t></x:si>
<x:si><x:r><x:t>联系</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>电话</x:t></x:r></x:si>
<x:si><x:t>黄丽</x:t><x:rPh sb="0" eb="2"><x:t>ホアン</x:t></x:rPh></x:si>
<x:si><x:t xml:space="preserve">证件号码</x:t></x:si>
</x:sst>"""
SHEET_XML = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="E2" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="3"><x:c r="B3" t="s"><x:v>2</x:v></x:c><x:c r="C3"><x:v>13700001111</x:v></x:c><x:c r="E3" t="inlineStr"><x:is><x:t>110101199003074530</x:t></x:is></x:c></x:row>
<x:row><x:c r="B4" t="str"><x:f>CONCAT("周","明")</x:f><x:v>周明</x:v></x:c><x:c><x:v>13811112222</x:v></x:c></x:row>
<x:row r="9"><x:c r="C9" t="b"><x:v>1</x:v></x:c><x:c r="E9" t="inlineStr"><x:is><x:r><x:t>1101011990</x:t></x:r><x:r><x:t>03074530</x:t></x:r></x:is></x:c></x:row>
</x:sheetData></x:worksheet>"""

DOCUMENT_XML = """<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>变更记录：原联系人</w:t></w:r><w:del><w:r><w:delText>马丽</w:delText></w:r></w:del><w:r><w:t>，电话</w:t></w:r><w:del><w:r><w:delText>13911112222</w:delText></w:r></w:del></w:p>
<w:tbl>
<w:tr><w:tc><w:p><w:r><w:t>客户姓名：</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>郭涛</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>证件号码</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1101011990</w:t></w:r></w:p><w:p><w:r><w:t>03074530</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>联系电话</w:t><w:tab/><w:t>13522223333</w:t></w:r></w:p>
</w:body></w:document>"""


class OfficeTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def zip(self, name, parts):
        p = self.path(name)
        with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
            for entry, text in parts.items():
                z.writestr(entry, text)
        return p

    def test_workbook_rows_are_lines_and_header_names_are_fields(self):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "客户名单"
        ws.append(["2024年3月营业厅新入网客户"])
        ws.append([])
        ws.append(["序号", "姓名", "手机号码", "身份证号", "家庭住址", "备注"])
        ws.append([1, "张伟", "13800138000", "110101199003074530", "北京市朝阳区建国路88号3号楼502室", "无"])
        ws.append([2, "李娜", 15912345678, None, None, "老客户,\n续约 电话13712345678"])
        ws["B10"] = "王芳"
        ws["C10"] = "13912345678"
        ws2 = wb.create_sheet("隐藏")
        ws2.sheet_state = "hidden"
        ws2.append(["联系人", "邮箱"])
        ws2.append(["赵强", "zhaoqiang@example.com"])
        wb.save(self.path("book.xlsx"))
        found, err = scan(self.path("book.xlsx"))
        self.assertEqual(err, "")
        self.assertEqual(brief(found, self.dir), [
            ("book.xlsx!客户名单", 4, "PERSON_NAME", "姓名", "张伟"),
            ("book.xlsx!客户名单", 4, "PHONE_NUMBER", "手机号码", "13800138000"),
            ("book.xlsx!客户名单", 4, "CHINA_RESIDENT_ID_NUMBER", "身份证号", "110101199003074530"),
            ("book.xlsx!客户名单", 4, "STREET_ADDRESS", "家庭住址", "北京市朝阳区建国路88号3号楼502室"),
            ("book.xlsx!客户名单", 5, "PERSON_NAME", "姓名", "李娜"),
            ("book.xlsx!客户名单", 5, "PHONE_NUMBER", "手机号码", "15912345678"),
            ("book.xlsx!客户名单", 5, "PHONE_NUMBER", "备注", "13712345678"),
            ("book.xlsx!客户名单", 10, "PERSON_NAME", "姓名", "王芳"),
            ("book.xlsx!客户名单", 10, "PHONE_NUMBER", "手机号码", "13912345678"),
            ("book.xlsx!隐藏", 2, "PERSON_NAME", "联系人", "赵强"),
            ("book.xlsx!隐藏", 2, "EMAIL_ADDRESS", "邮箱", "zhaoqiang@example.com"),
        ])
        code, out, _ = run("scan", self.path("book.xlsx"))
        self.assertEqual(code, 1)
        self.assertIn("book.xlsx!客户名单  [csv, 10 lines", out)

    def test_dates_of_birth_kept_as_excel_dates(self):
        # Excel keeps a date as a day number and says it is a date only in the cell's number
        # format. openpyxl computes the day numbers (an independent implementation of both
        # calendars, 1900 and 1904); every birth date must come back as the date it wrote,
        # on its row, whatever the date format.
        import datetime
        import random
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
        rng = random.Random(7)
        formats = ["yyyy-mm-dd", "yyyy/m/d", 'yyyy"年"m"月"d"日"', "m/d/yyyy", "d-mmm-yy",
                   "[$-804]yyyy-mm-dd;@", "yyyy-mm-dd hh:mm:ss"]
        for mac in (False, True):
            wb = openpyxl.Workbook()
            if mac:
                wb.epoch = CALENDAR_MAC_1904
            ws = wb.active
            ws.title = "员工"
            ws.append(["姓名", "出生日期", "入职时间"])
            expected = []
            for row in range(2, 202):
                born = datetime.date(1920, 1, 1) + datetime.timedelta(days=rng.randrange(36500))
                joined = datetime.datetime(2000, 1, 1) + datetime.timedelta(
                    seconds=rng.randrange(20 * 365 * 86400))
                ws.cell(row=row, column=1, value="张伟")
                c = ws.cell(row=row, column=2, value=born)
                c.number_format = formats[row % len(formats)]
                ws.cell(row=row, column=3, value=joined)
                # A birth date in a date-time format is the whole value, midnight included.
                shown = born.isoformat() + (" 00:00:00" if "h" in c.number_format else "")
                expected.append(("员工", row, shown))
            name = "mac.xlsx" if mac else "win.xlsx"
            wb.save(self.path(name))
            found, err = scan(self.path(name))
            self.assertEqual(err, "")
            got = [(f["path"].split("!")[1], f["line"], f["value"])
                   for f in found if f["type"] == "DATE_OF_BIRTH"]
            self.assertEqual(got, expected, name)
            # The date-time column is shown as one, and is no birth date.
            self.assertFalse(any(f.get("field") == "入职时间" for f in found))

    def test_sarif_names_the_file_and_the_sheet(self):
        wb = openpyxl.Workbook()
        wb.active.title = "名单"
        wb.active.append(["姓名", "手机号码"])
        wb.active.append(["张伟", "13800138000"])
        wb.save(self.path("book.xlsx"))
        code, out, err = run("scan", "-f", "sarif", self.path("book.xlsx"))
        self.assertEqual(code, 1, err)
        results = json.loads(out)["runs"][0]["results"]
        self.assertEqual(len(results), 2)
        for r in results:
            loc = r["locations"][0]
            # The artifact is the file itself; rendered offsets are no region of it.
            self.assertEqual(loc["physicalLocation"]["artifactLocation"]["uri"],
                             self.path("book.xlsx"))
            self.assertNotIn("region", loc["physicalLocation"])
            self.assertEqual(loc["logicalLocations"], [{"name": "名单", "kind": "object"}])
            self.assertIn(", row 2 of sheet 名单", r["message"]["text"])

    def test_workbook_written_by_hand(self):
        # Prefixed elements, an absolute relationship target, rich text and phonetic runs in
        # shared strings, inline strings, formula results, rows and cells without "r".
        p = self.zip("hand.xlsx", {"xl/workbook.xml": WORKBOOK_XML,
                                   "xl/_rels/workbook.xml.rels": RELS_XML,
                                   "xl/sharedStrings.xml": SHARED_XML,
                                   "xl/worksheets/data.xml": SHEET_XML})
        found, err = scan(p)
        self.assertEqual(err, "")
        self.assertEqual(brief(found, self.dir), [
            ("hand.xlsx!实名登记", 3, "PERSON_NAME", "用户姓名", "黄丽"),
            ("hand.xlsx!实名登记", 3, "PHONE_NUMBER", "联系电话", "13700001111"),
            ("hand.xlsx!实名登记", 3, "CHINA_RESIDENT_ID_NUMBER", "证件号码", "110101199003074530"),
            ("hand.xlsx!实名登记", 4, "PERSON_NAME", "用户姓名", "周明"),
            ("hand.xlsx!实名登记", 4, "PHONE_NUMBER", "联系电话", "13811112222"),
            ("hand.xlsx!实名登记", 9, "CHINA_RESIDENT_ID_NUMBER", "证件号码", "110101199003074530"),
        ])

    def test_document_paragraphs_forms_and_lists(self):
        d = docx.Document()
        d.add_paragraph("入职登记表")
        d.add_paragraph("申请人：刘建国，手机 13612345678。")
        t = d.add_table(rows=3, cols=3)
        rows = [["姓名", "手机号", "地址"], ["陈静", "13712345678", "上海市浦东新区世纪大道100号"],
                ["周杰", "18612345678", "杭州市西湖区文三路90号"]]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        f = d.add_table(rows=2, cols=4)
        for i, row in enumerate([["姓名", "吴敏", "性别", "女"],
                                 ["出生日期", "1990年5月12日", "联系电话", "13512345678"]]):
            for j, v in enumerate(row):
                f.cell(i, j).text = v
        d.add_paragraph("紧急联系人：孙丽\t电话：13312345678")
        d.save(self.path("form.docx"))
        found, err = scan(self.path("form.docx"))
        self.assertEqual(err, "")
        got = [(f["type"], f.get("field"), f["value"]) for f in found]
        self.assertEqual(got, [
            ("PERSON_NAME", None, "刘建国"), ("PHONE_NUMBER", None, "13612345678"),
            ("PERSON_NAME", "姓名", "陈静"), ("PHONE_NUMBER", "手机号", "13712345678"),
            ("STREET_ADDRESS", "地址", "上海市浦东新区世纪大道100号"),
            ("PERSON_NAME", "姓名", "周杰"), ("PHONE_NUMBER", "手机号", "18612345678"),
            ("STREET_ADDRESS", "地址", "杭州市西湖区文三路90号"),
            ("PERSON_NAME", None, "吴敏"), ("DATE_OF_BIRTH", None, "1990年5月12日"),
            ("PHONE_NUMBER", None, "13512345678"),
            ("PERSON_NAME", None, "孙丽"), ("PHONE_NUMBER", None, "13312345678"),
        ])

    def test_document_headers_and_footers(self):
        # A contract's customer in the header of every page, a service line in the footer:
        # parts of their own (file.docx!header1), after the body; SARIF names them.
        d = docx.Document()
        d.add_paragraph("服务协议正文")
        section = d.sections[0]
        section.header.paragraphs[0].text = "客户姓名：郑爽　证件号码：110101199003074530"
        section.footer.paragraphs[0].text = "投诉电话 13911112222"
        d.save(self.path("contract.docx"))
        found, err = scan(self.path("contract.docx"))
        self.assertEqual(err, "")
        base = self.dir
        self.assertEqual(brief(found, base), [
            ("contract.docx!header1", 1, "PERSON_NAME", None, "郑爽"),
            ("contract.docx!header1", 1, "CHINA_RESIDENT_ID_NUMBER", None, "110101199003074530"),
            ("contract.docx!footer1", 1, "PHONE_NUMBER", None, "13911112222"),
        ])
        code, out, err = run("scan", "-f", "sarif", self.path("contract.docx"))
        self.assertEqual(code, 1, err)
        results = json.loads(out)["runs"][0]["results"]
        self.assertEqual([r["locations"][0]["logicalLocations"][0]["name"] for r in results],
                         ["header1", "header1", "footer1"])
        self.assertIn(", line 1 of the document's footer1", results[2]["message"]["text"])
        self.assertEqual({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                          for r in results}, {self.path("contract.docx")})

    def test_document_written_by_hand(self):
        # Deleted text of tracked changes is still in the file; a form's label with its own
        # colon; a cell of two paragraphs; a line break and a tab inside a paragraph.
        p = self.zip("hand.docx", {"word/document.xml": DOCUMENT_XML})
        found, err = scan(p)
        self.assertEqual(err, "")
        got = [(f["line"], f["type"], f["value"]) for f in found]
        self.assertIn((1, "PHONE_NUMBER", "13911112222"), got)
        self.assertIn((2, "PERSON_NAME", "郭涛"), got)
        self.assertIn((3, "CHINA_RESIDENT_ID_NUMBER", "1101011990 03074530"), got)
        self.assertIn((6, "PHONE_NUMBER", "13522223333"), got)

    def test_excel_97_2003_workbooks(self):
        # .xls written by python3-xlwt (BIFF8, as Excel 97-2003 and WPS save it): worksheets
        # as CSV, rows as lines, dates as dates, phone numbers kept as numbers in full.
        import datetime
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        ws = wb.add_sheet("用户清单")
        date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
        ws.write(1, 0, "客户资料导出")  # a title row above the header
        for j, h in enumerate(["姓名", "手机号码", "出生日期", "证件号码", "余额"]):
            ws.write(2, j, h)
        ws.write(3, 0, "张伟")
        ws.write(3, 1, 13800138000)
        ws.write(3, 2, datetime.date(1985, 3, 12), date_style)
        ws.write(3, 3, "110101199003074530")
        ws.write(3, 4, 12.5)
        ws.write(6, 0, "李娜")
        ws.write(6, 1, "15912345678")
        wb.add_sheet("空表")
        other = wb.add_sheet("联系人")
        other.write(0, 0, "联系人")
        other.write(0, 1, "邮箱")
        other.write(1, 0, "赵强")
        other.write(1, 1, "zhaoqiang@example.com")
        wb.save(self.path("old.xls"))
        os.rename(self.path("old.xls"), self.path("old.et"))  # WPS's name for the same format
        wb.save(self.path("old.xls"))
        found, err = scan(self.path("old.xls"), self.path("old.et"))
        self.assertEqual(err, "")
        rows = [
            ("用户清单", 4, "PERSON_NAME", "姓名", "张伟"),
            ("用户清单", 4, "PHONE_NUMBER", "手机号码", "13800138000"),
            ("用户清单", 4, "DATE_OF_BIRTH", "出生日期", "1985-03-12"),
            ("用户清单", 4, "CHINA_RESIDENT_ID_NUMBER", "证件号码", "110101199003074530"),
            ("用户清单", 7, "PERSON_NAME", "姓名", "李娜"),
            ("用户清单", 7, "PHONE_NUMBER", "手机号码", "15912345678"),
            ("联系人", 2, "PERSON_NAME", "联系人", "赵强"),
            ("联系人", 2, "EMAIL_ADDRESS", "邮箱", "zhaoqiang@example.com"),
        ]
        self.assertEqual(brief(found, self.dir),
                         [("old.xls!" + r[0],) + r[1:] for r in rows] +
                         [("old.et!" + r[0],) + r[1:] for r in rows])
        code, out, _ = run("scan", self.path("old.xls"))
        self.assertEqual(code, 1)
        self.assertIn("old.xls!用户清单  [csv, 7 lines", out)
        self.assertIn("8 findings in 2 of 3 inputs scanned", out)  # the empty sheet too
        # An "xls" that is an HTML table (what many systems export) is read as text; a
        # damaged one is an error and the scan goes on.
        with open(self.path("export.xls"), "w") as f:
            f.write("<table><tr><td>联系电话</td><td>13911112222</td></tr></table>\n")
        with open(self.path("old.xls"), "rb") as f:
            head = f.read(3000)
        with open(self.path("cut.xls"), "wb") as f:
            f.write(head)
        code, out, err = run("scan", "-f", "jsonl", self.path("cut.xls"), self.path("export.xls"))
        self.assertEqual(code, 2, err)
        self.assertIn(self.path("cut.xls") + ": is damaged or cut short", err)
        self.assertEqual([json.loads(l)["path"] for l in out.splitlines()], [self.path("export.xls")])

    def test_powerpoint_slides_and_notes(self):
        from stdnum.cn import ric
        # tests/fixtures/pptx/deck.pptx: written by LibreOffice (tools/make_office_fixtures.py).
        deck = os.path.join(os.environ.get("PIGUARD_SOURCE_DIR", "."), "tests", "fixtures",
                            "pptx", "deck.pptx")
        code, out, err = run("scan", "-f", "jsonl", "--show-values", deck)
        self.assertEqual(code, 1, err)
        got = sorted((json.loads(l)["path"][len(deck):], json.loads(l)["type"],
                      json.loads(l)["value"]) for l in out.splitlines())
        self.assertEqual(got, sorted([
            ("!slide1", "PERSON_NAME", "周雅婷"), ("!slide1", "PHONE_NUMBER", "13957162408"),
            ("!slide1", "STREET_ADDRESS", "浙江省杭州市西湖区示例路18号2幢301室"),
            ("!notes1", "PERSON_NAME", "陈建华"),
            ("!notes1", "CHINA_RESIDENT_ID_NUMBER",
             "33010619880315123" + ric.calc_check_digit("33010619880315123" + "0"))]))
        code, out, err = run("scan", deck)
        self.assertIn("Total: 5 findings in 2 of 3 inputs scanned", out)  # slide2 has none

    def test_office_files_piguard_does_not_read_are_named_in_the_note(self):
        # OLE2 containers: a Works .wps (no Word body), the encrypted container of a
        # password-protected .xlsx, another OLE2 file. Skipped (not errors), with what to do.
        import xlwt
        wb = xlwt.Workbook(encoding="utf-8")
        wb.add_sheet("s").write(0, 0, "13800138000")
        wb.save(self.path("book.xls"))
        with open(self.path("book.xls"), "rb") as f:
            ole2 = f.read()
        writer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cfb_writer.pl")
        with open(self.path("stream"), "wb") as f:
            f.write(b"\x01\x02" * 100)
        for name, streams in (("letter.wps", ["CONTENTS", "SPELLING"]), ("thing.bin", ["Contents"]),
                              ("locked.xlsx", ["EncryptionInfo", "EncryptedPackage"])):
            subprocess.run(["perl", writer, self.path(name),
                            *["%s=%s" % (s, self.path("stream")) for s in streams]], check=True)
        with open(self.path("not_word.doc"), "wb") as f:
            f.write(ole2)
        code, out, err = run("scan", *[self.path(n) for n in ("letter.wps", "locked.xlsx", "thing.bin")])
        self.assertEqual(code, 0, err)
        self.assertIn("skipped %s: a .wps document without a Word body (Microsoft Works?), which piguard does not read; save it as .docx" % self.path("letter.wps"), err)
        self.assertIn("skipped %s: an encrypted (password-protected) Office file" % self.path("locked.xlsx"), err)
        self.assertIn("skipped %s: an OLE2 compound file" % self.path("thing.bin"), err)
        # Outlook messages are read (test_msg.py), and an Excel workbook under another name is
        # read by its streams.
        shutil.copy(self.path("book.xls"), self.path("book.bin"))
        code, out, err = run("scan", "-f", "jsonl", "--show-values", self.path("book.bin"))
        self.assertEqual((code, err), (1, ""))
        self.assertEqual([(json.loads(l)["path"], json.loads(l)["value"]) for l in out.splitlines()],
                         [(self.path("book.bin") + "!s", "13800138000")])
        # A .doc is read through antiword (test_doc.py): an OLE2 file that is no Word
        # document is an error, not a note.
        code, out, err = run("scan", self.path("not_word.doc"))
        self.assertEqual(code, 2, err)
        self.assertIn(self.path("not_word.doc") + ": antiword cannot read it", err)
        code, out, err = run("redact", self.path("book.xls"), "-o", self.path("out.xls"))
        self.assertEqual(code, 0, err)
        self.assertIn("an Excel 97-2003 workbook; redact does not rewrite it", err)
        self.assertFalse(os.path.exists(self.path("out.xls")))

    def test_damaged_files_give_errors_and_the_scan_goes_on(self):
        good = self.path("ok.log")
        with open(good, "w") as f:
            f.write("user=13812345678\n")
        not_book = self.zip("x.xlsx", {"word/document.xml": DOCUMENT_XML})
        bad_xml = self.zip("bad.xlsx", {"xl/workbook.xml": WORKBOOK_XML,
                                        "xl/_rels/workbook.xml.rels": RELS_XML,
                                        "xl/sharedStrings.xml": SHARED_XML,
                                        "xl/worksheets/data.xml": SHEET_XML.replace("</x:row>\n<x:row r=\"9\">", "</x:row>\n<x:row r=\"9\"><oops>", 1)})
        with open(not_book, "rb") as f:
            data = f.read()
        truncated = self.path("cut.docx")
        with open(truncated, "wb") as f:
            f.write(data[:len(data) // 2])
        csv_named_xlsx = self.path("export.xlsx")
        with open(csv_named_xlsx, "w") as f:
            f.write("name,phone\n张伟,13800138000\n")
        code, out, err = run("scan", "-j1", "-f", "jsonl", good, not_book, bad_xml, truncated,
                             csv_named_xlsx)
        self.assertEqual(code, 2, err)
        self.assertIn(f"{not_book}: not an Excel workbook (a ZIP archive without xl/workbook.xml)", err)
        self.assertIn(f"{bad_xml}: xl/worksheets/data.xml: is not well-formed XML (line", err)
        self.assertIn(f"{truncated}: not a readable ZIP archive", err)
        found = [json.loads(l) for l in out.splitlines()]
        paths = [f["path"] for f in found]
        self.assertIn(good, paths)
        # What came before the damaged row is reported.
        self.assertIn(f"{bad_xml}!实名登记", paths)
        # A text file under a .xlsx name is read as text.
        self.assertTrue(any(f["path"] == csv_named_xlsx and f["type"] == "PHONE_NUMBER" for f in found))

    def test_directories_include_office_files(self):
        wb = openpyxl.Workbook()
        wb.active.append(["手机号"])
        wb.active.append(["13800138000"])
        os.makedirs(self.path("share/2024"))
        wb.save(self.path("share/2024/a.xlsx"))
        d = docx.Document()
        d.add_paragraph("联系人：王建国，电话13912345678")
        d.save(self.path("share/b.docx"))
        found, err = scan(self.path("share"))
        self.assertEqual(sorted({f["path"][len(self.dir) + 1:] for f in found}),
                         ["share/2024/a.xlsx!Sheet", "share/b.docx"])


if __name__ == "__main__":
    unittest.main(verbosity=1 if len(sys.argv) == 1 else 2)
