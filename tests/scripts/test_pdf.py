#!/usr/bin/python3
"""`piguard scan` on PDF files written by python3-reportlab (an independent PDF writer, with
Chinese text in Adobe's STSong CID font, as Chinese office software embeds it). The text is
extracted by pdftotext (poppler-utils) in a child process. Checks: a form laid out in columns
keeps each label with its value (pdftotext -layout), pages follow one another, lines count the
extracted text; a PDF of images only, a damaged PDF and a missing pdftotext are errors (exit
status 2) while the scan goes on; a text file named .pdf is read as text; SARIF names the file
with no byte region."""
import json
import os
import subprocess
import tempfile
import unittest

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def run(*args, env=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def write_pdf(path, pages):
    """pages: lists of (x, y, text) drawn in the CID font; None for a page of a drawing only."""
    c = canvas.Canvas(path)
    for items in pages:
        if items is None:
            c.rect(100, 100, 300, 200, fill=1)  # an "image" of a scanned page: no text
        else:
            c.setFont("STSong-Light", 11)
            for x, y, text in items:
                c.drawString(x, y, text)
        c.showPage()
    c.save()


class PdfTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_contract_form_over_two_pages(self):
        # A service agreement's form: labels at the left, values in a column to the right.
        write_pdf(self.path("入网协议.pdf"), [
            [(200, 800, "移动电话入网服务协议"),
             (72, 760, "客户姓名"), (200, 760, "王建国"),
             (72, 740, "证件号码"), (200, 740, "110101199003074530"),
             (72, 720, "联系电话"), (200, 720, "13912345678"),
             (72, 700, "通信地址"), (200, 700, "浙江省杭州市西湖区文三路90号")],
            [(72, 800, "第二条 乙方承诺对甲方的个人信息保密。"),
             (72, 780, "经办人：李娜   工号 0172")],
        ])
        code, out, err = run("scan", "-j1", "-f", "jsonl", "--show-values", self.path("入网协议.pdf"))
        self.assertEqual(code, 1, err)
        found = [json.loads(l) for l in out.splitlines()]
        got = [(f["type"], f["value"]) for f in found]
        self.assertEqual(got, [
            ("PERSON_NAME", "王建国"),
            ("CHINA_RESIDENT_ID_NUMBER", "110101199003074530"),
            ("PHONE_NUMBER", "13912345678"),
            ("STREET_ADDRESS", "浙江省杭州市西湖区文三路90号"),
            ("PERSON_NAME", "李娜"),
        ])
        # Offsets and lines are those of the extracted text; each label and its value share
        # a line; the last name is on the second page, after the first page's form feed.
        text = subprocess.run(["pdftotext", "-q", "-layout", "-enc", "UTF-8",
                               self.path("入网协议.pdf"), "-"], capture_output=True).stdout
        lines = text.split(b"\n")
        for f, label in zip(found, ["客户姓名", "证件号码", "联系电话", "通信地址", "经办人"]):
            self.assertEqual(text[f["start"]:f["end"]].decode("utf-8"), f["value"])
            self.assertEqual(f["line"], text[:f["start"]].count(b"\n") + 1)
            self.assertIn(label.encode(), lines[f["line"] - 1])
        self.assertEqual(text.count(b"\f"), 2)  # a form feed after each page
        self.assertLess(text.index(b"\f"), found[-1]["start"])

    def test_sarif_names_the_file(self):
        write_pdf(self.path("a.pdf"), [[(72, 760, "联系电话：13912345678")]])
        code, out, err = run("scan", "-f", "sarif", self.path("a.pdf"))
        self.assertEqual(code, 1, err)
        (r,) = json.loads(out)["runs"][0]["results"]
        loc = r["locations"][0]["physicalLocation"]
        self.assertEqual(loc["artifactLocation"]["uri"], self.path("a.pdf"))
        self.assertNotIn("region", loc)
        self.assertIn(", line 1 of the document's text", r["message"]["text"])

    def test_unreadable_pdfs_are_errors_and_the_scan_goes_on(self):
        write_pdf(self.path("scan.pdf"), [None, None])
        with open(self.path("bad.pdf"), "wb") as f:
            f.write(b"%PDF-1.4\n1 0 obj garbage\n")
        with open(self.path("note.pdf"), "w") as f:  # a text file under a PDF's name
            f.write("回访电话 13712345678\n")
        write_pdf(self.path("ok.pdf"), [[(72, 760, "手机 13612345678")]])
        code, out, err = run("scan", "-j1", "-f", "jsonl", self.path("scan.pdf"),
                             self.path("bad.pdf"), self.path("note.pdf"), self.path("ok.pdf"))
        self.assertEqual(code, 2, err)
        self.assertIn(self.path("scan.pdf") + ": has no text to scan: its pages are images", err)
        self.assertIn(self.path("bad.pdf") + ": pdftotext cannot read it (damaged, or encrypted", err)
        self.assertEqual([json.loads(l)["path"] for l in out.splitlines()],
                         [self.path("note.pdf"), self.path("ok.pdf")])
        # Without pdftotext the error says what to install.
        env = dict(os.environ, PATH="/nonexistent")
        code, out, err = run("scan", self.path("ok.pdf"), env=env)
        self.assertEqual(code, 2)
        self.assertIn("pdftotext is not installed; install Debian's poppler-utils", err)

    def test_pdf_bytes_are_never_read_or_rewritten_as_text(self):
        # Read as text, a PDF's font tables give false findings; rewritten, it is a damaged
        # file that looks complete. A PDF under another name has its text extracted; on
        # standard input, and for redact, it is skipped with a note.
        write_pdf(self.path("a.pdf"), [[(72, 760, "联系电话：13912345678")]])
        os.rename(self.path("a.pdf"), self.path("contract_0315"))
        code, out, err = run("scan", "-j1", "-f", "jsonl", "--show-values", self.path("contract_0315"))
        self.assertEqual(code, 1, err)
        self.assertEqual([(json.loads(l)["type"], json.loads(l)["value"]) for l in out.splitlines()],
                         [("PHONE_NUMBER", "13912345678")])
        with open(self.path("contract_0315"), "rb") as f:
            pdf = f.read()
        p = subprocess.run([BIN, "scan", "-"], input=pdf, capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"skipped -: a PDF document on standard input", p.stderr)
        code, out, err = run("redact", self.path("contract_0315"), "-o", self.path("out"))
        self.assertEqual(code, 0, err)
        self.assertIn("a PDF document; redact does not rewrite PDF files (nothing written for it)", err)
        self.assertFalse(os.path.exists(self.path("out")))

    def test_directories_include_pdf_files(self):
        os.makedirs(self.path("share"))
        write_pdf(self.path("share/c.pdf"), [[(72, 760, "手机 13612345678")]])
        code, out, err = run("scan", "-f", "jsonl", self.path("share"))
        self.assertEqual(code, 1, err)
        self.assertEqual([json.loads(l)["path"] for l in out.splitlines()], [self.path("share/c.pdf")])


if __name__ == "__main__":
    unittest.main()
