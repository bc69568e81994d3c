#!/usr/bin/python3
"""`piguard scan` on files embedded in Office files — Office Open XML's word/embeddings/,
xl/embeddings/ and ppt/embeddings/, the storages of Word (ObjectPool) and Excel (MBD...)
97-2003 files: an embedded workbook, document or deck as itself, and the OLE objects Office
wraps other files in (formats/ole_object.h) — a file packaged with its name
("\\x01Ole10Native", as Windows' Object Packager writes it: the ANSI label in GBK, the Unicode
label after the data), an Office Open XML file in a "Package" stream, a PDF in "CONTENTS".
Documents and workbooks are written by python3-docx and python3-openpyxl, compound files by
Perl's OLE::Storage_Lite (tests/scripts/cfb_writer.pl), the packaged-file header by hand as
[MS-OLEDS] and the Packager lay it out. Checks: each finding is shown under the embedded
file's name (and the packaged file's), with the column names of an embedded sheet; an object
with no file in it is a note; a damaged embedded file is a warning, not an error, and the
document's own findings stand; embedding is bounded by the archives' nesting limit; --exclude
applies to embedded names. OpenDocument files keep embedded documents as directories ("Object
1/", its content.xml read as a flat document) and OLE objects as entries ("Object 2"), both
listed in the manifest (added here to a LibreOffice-written .odt, as LibreOffice lays them out)."""
import io
import json
import os
import struct
import subprocess
import sys
import unittest
import zipfile

import docx
import olefile
import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest, write_cfb  # noqa: E402

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def scan(path, *extra):
    """(exit status, [(what follows the path, line, type, field, value)], stderr)."""
    code, out, err = run("scan", "-j1", "-f", "jsonl", "--show-values", *extra, path)
    got = []
    for line in out.splitlines():
        f = json.loads(line)
        got.append((f["path"][len(path):], f["line"], f["type"], f.get("field"), f["value"]))
    return code, sorted(got), err


def document(text):
    """A .docx (python-docx) with one paragraph."""
    d = docx.Document()
    d.add_paragraph(text)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def workbook(rows, title="名单"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def embed(package, entries):
    """`package` (bytes of an Office Open XML file) with `entries` {name: bytes} added."""
    b = io.BytesIO(package)
    with zipfile.ZipFile(b, "a", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return b.getvalue()


def ole10native(label, data, unicode_names=True, ansi="gbk"):
    """An "\\x01Ole10Native" stream packaging `data` as the file `label`."""
    path = "C:\\Users\\li\\Desktop\\" + label
    temp = ("C:\\Users\\li\\AppData\\Local\\Temp\\" + label).encode(ansi) + b"\0"
    body = struct.pack("<H", 2) + label.encode(ansi) + b"\0" + path.encode(ansi) + b"\0"
    body += struct.pack("<I", 0x00030000) + struct.pack("<I", len(temp)) + temp
    body += struct.pack("<I", len(data)) + data
    if unicode_names:
        for s in ("C:\\Temp\\" + label, label, path):
            body += struct.pack("<I", len(s)) + s.encode("utf-16le")
    return struct.pack("<I", len(body)) + body


class EmbeddedTest(TempDirTest):
    def cfb(self, streams):
        """The bytes of a compound file with the streams {name: bytes}."""
        out = self.path("object.bin")
        write_cfb(out, streams)
        with open(out, "rb") as f:
            return f.read()

    def rewrite_cfb(self, source, out, extra):
        """`out`: the streams of the compound file `source` (read with python3-olefile) and the
        streams `extra` {path: bytes} ("ObjectPool/_1/Package"), written by OLE::Storage_Lite."""
        streams = {}
        with olefile.OleFileIO(source) as o:
            for path in o.listdir(streams=True, storages=False):
                streams["/".join(path)] = o.openstream(path).read()
        streams.update(extra)
        write_cfb(out, streams)
        return out

    def streams_of(self, source, under):
        with olefile.OleFileIO(source) as o:
            return {under + "/".join(p): o.openstream(p).read()
                    for p in o.listdir(streams=True, storages=False)}

    def write(self, name, data):
        path = self.path(name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_embedded_files_and_ole_objects_in_a_document(self):
        csv = "姓名,手机号码\n李强,13912345678\n".encode("utf-8")
        pdf = os.path.join(SRC, "examples", "service_agreement.pdf")
        with open(pdf, "rb") as f:
            pdf_bytes = f.read()
        _, pdf_found, _ = scan(pdf)
        self.assertTrue(pdf_found)
        path = self.write("report.docx", embed(document("正文 联系电话 13957162408"), {
            "word/embeddings/Microsoft_Excel_Worksheet1.xlsx":
                workbook([["姓名", "联系电话"], ["赵敏", "13700001111"]]),
            # A CSV file inserted as an object: its name from the Unicode label.
            "word/embeddings/oleObject1.bin":
                self.cfb({"\x01Ole10Native": ole10native("客户名单.csv", csv),
                          "\x01CompObj": b"\x01\x00\xfe\xff" + b"\0" * 24}),
            # The same without the Unicode names (before Windows Vista): the GBK label.
            "word/embeddings/oleObject2.bin":
                self.cfb({"\x01Ole10Native": ole10native("回访.txt",
                                                         "客户邮箱 wang.fang@example.com\n".encode("gbk"),
                                                         unicode_names=False)}),
            # An embedded Word document as Word 2007 and later keep it.
            "word/embeddings/oleObject3.bin":
                self.cfb({"Package": document("客户身份证号码 11010519491231002X")}),
            # An equation: no file in it.
            "word/embeddings/oleObject4.bin": self.cfb({"Equation Native": b"\x1c\x00" + b"x" * 40}),
            # A PDF object (Acrobat's): the PDF in the CONTENTS stream.
            "word/embeddings/oleObject5.bin": self.cfb({"CONTENTS": pdf_bytes}),
        }))
        code, got, err = scan(path)
        self.assertEqual(code, 1, err)
        self.assertEqual(got, sorted([("!oleObject5.bin" + w[0], *w[1:]) for w in pdf_found] + [
            ("", 1, "PHONE_NUMBER", None, "13957162408"),
            ("!Microsoft_Excel_Worksheet1.xlsx!名单", 2, "PERSON_NAME", "姓名", "赵敏"),
            ("!Microsoft_Excel_Worksheet1.xlsx!名单", 2, "PHONE_NUMBER", "联系电话", "13700001111"),
            ("!oleObject1.bin!客户名单.csv", 2, "PERSON_NAME", "姓名", "李强"),
            ("!oleObject1.bin!客户名单.csv", 2, "PHONE_NUMBER", "手机号码", "13912345678"),
            ("!oleObject2.bin!回访.txt", 1, "EMAIL_ADDRESS", None, "wang.fang@example.com"),
            ("!oleObject3.bin", 1, "CHINA_RESIDENT_ID_NUMBER", None, "11010519491231002X"),
        ]))
        self.assertIn("skipped %s!oleObject4.bin: an embedded object that holds no file" % path, err)
        # The summary counts every embedded input; SARIF names the document as the artifact.
        code, out, err = run("scan", "-j1", "-f", "sarif", path)
        results = json.loads(out)["runs"][0]["results"]
        self.assertEqual(len(results), 7 + len(pdf_found))
        names = set()
        for r in results:
            loc = r["locations"][0]
            self.assertEqual(loc["physicalLocation"]["artifactLocation"]["uri"], path)
            names.update(l["name"] for l in loc.get("logicalLocations", []))
        self.assertEqual(names, {"Microsoft_Excel_Worksheet1.xlsx!名单", "oleObject1.bin!客户名单.csv",
                                 "oleObject2.bin!回访.txt", "oleObject3.bin", "oleObject5.bin"})
        # --exclude applies to embedded names as to archive members.
        code, got, err = scan(path, "--exclude", "*.xlsx", "--exclude", "oleObject[1-35].bin")
        self.assertEqual(got, [("", 1, "PHONE_NUMBER", None, "13957162408")])

    def test_workbooks_and_decks_carry_embedded_files_too(self):
        book = self.write("book.xlsx", embed(workbook([["备注"], ["无"]], title="Sheet1"), {
            "xl/embeddings/Microsoft_Word_Document1.docx": document("客户电话 13957162408"),
        }))
        code, got, err = scan(book)
        self.assertEqual(got, [("!Microsoft_Word_Document1.docx", 1, "PHONE_NUMBER", None,
                                "13957162408")], err)
        with open(os.path.join(SRC, "tests", "fixtures", "pptx", "deck.pptx"), "rb") as f:
            deck_bytes = f.read()
        _, before, _ = scan(self.write("plain.pptx", deck_bytes))
        deck = self.write("deck.pptx", embed(deck_bytes, {
            "ppt/embeddings/Microsoft_Excel_Worksheet10.xlsx":
                workbook([["姓名", "联系电话"], ["赵敏", "13700001111"]]),
            "ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx":
                workbook([["联系电话"], ["13912345678"]]),
        }))
        code, got, err = scan(deck)
        self.assertEqual(code, 1, err)
        self.assertEqual(got, sorted(before + [
            ("!Microsoft_Excel_Worksheet10.xlsx!名单", 2, "PERSON_NAME", "姓名", "赵敏"),
            ("!Microsoft_Excel_Worksheet10.xlsx!名单", 2, "PHONE_NUMBER", "联系电话", "13700001111"),
            ("!Microsoft_Excel_Worksheet2.xlsx!名单", 2, "PHONE_NUMBER", "联系电话", "13912345678"),
        ]))
        # In the deck's order of names (2 before 10), after the slides.
        code, out, err = run("scan", "-j1", "-f", "jsonl", deck)
        order = [json.loads(l)["path"] for l in out.splitlines()]
        embedded = [p for p in order if "Worksheet" in p]
        self.assertEqual(embedded[0], deck + "!Microsoft_Excel_Worksheet2.xlsx!名单")
        self.assertTrue(order.index(embedded[0]) > max(i for i, p in enumerate(order)
                                                       if "Worksheet" not in p))

    def test_objects_of_word_and_excel_97_2003_files(self):
        # Word keeps its objects as storages under ObjectPool, Excel as MBD... storages: a
        # packaged CSV, an .xlsx in a Package stream, an Excel 97-2003 workbook and a Word
        # 97-2003 document as storages of their own streams. Each is read as the file it
        # would be on its own, with that file's findings.
        fixtures = os.path.join(SRC, "tests", "fixtures")
        ledger = os.path.join(SRC, "examples", "broadband_ledger.xls")
        form = os.path.join(fixtures, "word97", "form.doc")
        roster = os.path.join(fixtures, "word97", "roster.doc")
        extra = {
            "ObjectPool/_1234567890/\x01Ole10Native":
                ole10native("客户名单.csv", "姓名,手机号码\n李强,13912345678\n".encode()),
            "ObjectPool/_1234567890/\x01CompObj": b"\x01\x00\xfe\xff" + b"\0" * 24,
            "ObjectPool/_1234567891/Package": workbook([["姓名", "联系电话"], ["赵敏", "13700001111"]]),
        }
        extra.update(self.streams_of(ledger, "ObjectPool/_1234567892/"))
        extra.update(self.streams_of(form, "ObjectPool/_1234567893/"))
        path = self.rewrite_cfb(roster, self.path("objects.doc"), extra)
        _, own, _ = scan(roster)
        _, ledger_found, _ = scan(ledger)
        _, form_found, _ = scan(form)
        code, got, err = scan(path)
        self.assertEqual((code, err), (1, ""))
        want = own + [
            ("!object1!客户名单.csv", 2, "PERSON_NAME", "姓名", "李强"),
            ("!object1!客户名单.csv", 2, "PHONE_NUMBER", "手机号码", "13912345678"),
            ("!object2!名单", 2, "PERSON_NAME", "姓名", "赵敏"),
            ("!object2!名单", 2, "PHONE_NUMBER", "联系电话", "13700001111"),
        ]
        want += [("!object3" + w[0], *w[1:]) for w in ledger_found]
        want += [("!object4" + w[0], *w[1:]) for w in form_found]
        self.assertEqual(got, sorted(want))
        # An Excel 97-2003 workbook with a Word document in an MBD storage's Package stream.
        book = self.rewrite_cfb(ledger, self.path("objects.xls"), {
            "MBD0001A2B3/Package": document("客户身份证号码 11010519491231002X")})
        code, got, err = scan(book)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, sorted(ledger_found + [
            ("!object1", 1, "CHINA_RESIDENT_ID_NUMBER", None, "11010519491231002X")]))

    def test_a_workbook_whose_stream_entry_comes_late(self):
        # FreeXL finds the Workbook stream only in the directory's first sector (four entries
        # of 128 bytes): a workbook written with other streams before it is handed over
        # rewritten, with the same findings.
        ledger = os.path.join(SRC, "examples", "broadband_ledger.xls")
        _, want, _ = scan(ledger)
        streams = {"A%d" % i: b"x" * 10 for i in range(9)}
        streams.update(self.streams_of(ledger, ""))
        late = self.path("late.xls")
        write_cfb(late, streams)
        with olefile.OleFileIO(late) as o:
            self.assertGreaterEqual(o._find(["Workbook"]), 4)
        code, got, err = scan(late)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)

    def test_objects_embedded_in_opendocument_files(self):
        fixture = os.path.join(SRC, "tests", "fixtures", "odf", "roster.odt")
        code, own, err = scan(fixture)
        self.assertEqual(code, 1, err)
        csv = "姓名,手机号码\n李强,13912345678\n".encode("utf-8")
        sheet = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                 '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
                 '<table:table-row><table:table-cell><text:p>姓名</text:p></table:table-cell>'
                 '<table:table-cell><text:p>联系电话</text:p></table:table-cell></table:table-row>'
                 '<table:table-row><table:table-cell><text:p>赵敏</text:p></table:table-cell>'
                 '<table:table-cell office:value-type="float" office:value="13700001111">'
                 '<text:p>13700001111</text:p></table:table-cell></table:table-row>'
                 '</table:table></office:spreadsheet></office:body></office:document-content>')
        entries = {
            "Object 1/content.xml": sheet.encode("utf-8"),
            "Object 1/styles.xml": b"<office:document-styles/>",
            "Object 2": self.cfb({"\x01Ole10Native": ole10native("客户名单.csv", csv)}),
            "ObjectReplacements/Object 1": b"preview 13800138000",
            "ObjectReplacements/Object 2": b"preview 13800138000",
        }
        listed = ('<manifest:file-entry manifest:full-path="Object 1/" '
                  'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                  '<manifest:file-entry manifest:full-path="Object 1/content.xml" '
                  'manifest:media-type="text/xml"/>'
                  '<manifest:file-entry manifest:full-path="Object 2" '
                  'manifest:media-type="application/vnd.sun.star.oleobject"/>')
        with zipfile.ZipFile(fixture) as z:
            members = {n: z.read(n) for n in z.namelist()}
        members["META-INF/manifest.xml"] = members["META-INF/manifest.xml"].replace(
            b"</manifest:manifest>", listed.encode("utf-8") + b"</manifest:manifest>")
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in {**members, **entries}.items():
                z.writestr(name, data)
        path = self.write("roster.odt", b.getvalue())
        want = sorted(own + [
            ("!Object 1!Sheet1", 2, "PERSON_NAME", "姓名", "赵敏"),
            ("!Object 1!Sheet1", 2, "PHONE_NUMBER", "联系电话", "13700001111"),
            ("!Object 2!客户名单.csv", 2, "PERSON_NAME", "姓名", "李强"),
            ("!Object 2!客户名单.csv", 2, "PHONE_NUMBER", "手机号码", "13912345678"),
        ])
        code, got, err = scan(path)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)
        # Without the manifest's entries: the same by LibreOffice's names.
        members["META-INF/manifest.xml"] = members["META-INF/manifest.xml"].replace(
            listed.encode("utf-8"), b"")
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in {**members, **entries}.items():
                if name != "META-INF/manifest.xml":
                    z.writestr(name, data)
        path = self.write("nomanifest.odt", b.getvalue())
        code, got, err = scan(path)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)
        # --exclude applies to objects' names.
        code, got, err = scan(path, "--exclude", "Object 1")
        self.assertEqual(got, sorted(w for w in want if not w[0].startswith("!Object 1")))

    def test_damaged_embedded_files_are_warnings(self):
        good = workbook([["联系电话"], ["13700001111"]])
        native = ole10native("名单.csv", b"x" * 100)
        path = self.write("report.docx", embed(document("联系电话 13957162408"), {
            "word/embeddings/Microsoft_Excel_Worksheet1.xlsx": good[:len(good) // 2],
            # The packaged file's header says more bytes than the stream has.
            "word/embeddings/oleObject1.bin":
                self.cfb({"\x01Ole10Native": native[:40]}),
            "word/embeddings/Microsoft_Excel_Worksheet2.xlsx": good,
        }))
        code, got, err = scan(path)
        self.assertEqual(code, 1, err)  # findings, and no error: the document itself was read
        self.assertEqual(got, [
            ("", 1, "PHONE_NUMBER", None, "13957162408"),
            ("!Microsoft_Excel_Worksheet2.xlsx!名单", 2, "PHONE_NUMBER", "联系电话", "13700001111"),
        ])
        self.assertIn("warning", err)
        self.assertIn("a file embedded in a document: the document's own text was scanned", err)
        self.assertIn("oleObject1.bin: a packaged file whose header is damaged", err)
        self.assertIn("Microsoft_Excel_Worksheet1.xlsx", err)
        # No values in messages. (The values themselves are looked for: a bare "13" also
        # matched the random name of the temporary directory in the paths.)
        for value in ("13957162408", "13700001111", "1395716", "1370000"):
            self.assertNotIn(value, err)

    def test_embedding_is_bounded_by_the_nesting_limit(self):
        # A document in a document in ... six deep: the levels past the archives' limit (4)
        # are skipped with a note; those above it are read.
        data = document("最里层 电话 13957162408")
        for level in range(6):
            data = embed(document("第%d层 电话 1370000111%d" % (6 - level, level)),
                         {"word/embeddings/inner%d.docx" % level: data})
        path = self.write("nest.docx", data)
        code, got, err = scan(path)
        self.assertEqual(code, 1, err)
        depths = sorted(p.count("!") for p, *_ in got)
        self.assertEqual(depths, [0, 1, 2, 3, 4])
        self.assertIn("a file embedded inside 4 archives, messages or documents", err)


if __name__ == "__main__":
    unittest.main()
