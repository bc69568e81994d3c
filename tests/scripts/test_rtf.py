#!/usr/bin/python3
"""`piguard scan` on RTF documents: fixtures in tests/fixtures/rtf/ that LibreOffice wrote
from the python3-docx documents of doc_content.py (tools/make_office_fixtures.py), their
Chinese text as \\u escapes. Checks, differential: each .rtf gives the findings (type, value,
field, line) of the same document as .docx, which piguard reads with its own XML reader; the
same under a .doc name and under a name that says nothing, and inside a ZIP archive. Also an
RTF in GBK (\\ansicpg936 and \\'hh escapes, as Word on Chinese Windows writes), and a cut
document (an error after the text before the cut)."""
import json
import os
import shutil
import subprocess
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest  # noqa: E402
from doc_content import DOCUMENTS  # noqa: E402

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
FIXTURES = os.path.join(SRC, "tests", "fixtures", "rtf")


def scan(path):
    p = subprocess.run([BIN, "scan", "-f", "jsonl", "--show-values", path], capture_output=True,
                       timeout=120)
    found = [json.loads(l) for l in p.stdout.decode().splitlines()]
    return p.returncode, sorted((f["path"][len(path):], f["line"], f["type"], f.get("field"),
                                 f["value"]) for f in found), p.stderr.decode()


def gbk_rtf(text):
    """A minimal RTF in code page 936 with every character escaped as Word writes it."""
    body = "".join("\\'%02x" % b if b >= 0x80 else chr(b) for b in text.encode("gbk"))
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce;}}"
            "{\\*\\generator Msftedit 5.41;}\\viewkind4\\uc1\\pard\\f0\\fs20 " +
            body.replace("\n", "\\par\n") + "}\n")


class RtfTest(TempDirTest):
    def test_same_findings_as_the_docx(self):
        for name, build in DOCUMENTS.items():
            with self.subTest(document=name):
                docx = self.path(name + ".docx")
                build().save(docx)
                code, want, err = scan(docx)
                self.assertEqual(code, 1, err)
                rtf = os.path.join(FIXTURES, name + ".rtf")
                code, got, err = scan(rtf)
                self.assertEqual((code, err), (1, ""))
                self.assertEqual(got, want)
                self.assertGreaterEqual(len(got), 10)
                for other in (name + ".doc", name + "_export.txt"):
                    shutil.copy(rtf, self.path(other))
                    self.assertEqual(scan(self.path(other))[1], want, other)
                z = self.path(name + ".zip")
                with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
                    zf.write(rtf, "docs/" + name + ".rtf")
                code, got, err = scan(z)
                self.assertEqual((code, err), (1, ""))
                self.assertEqual([g[1:] for g in got], [w[1:] for w in want])

    def test_gbk_escapes_and_a_cut_document(self):
        p = self.path("letter.rtf")
        with open(p, "w", encoding="ascii") as f:
            f.write(gbk_rtf("客户姓名：王建国\n联系地址：浙江省杭州市西湖区文三路90号\n手机：13912345678\n"))
        code, got, err = scan(p)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual([(g[2], g[4]) for g in got],
                         [("PERSON_NAME", "王建国"), ("STREET_ADDRESS", "浙江省杭州市西湖区文三路90号"),
                          ("PHONE_NUMBER", "13912345678")])
        with open(os.path.join(FIXTURES, "form.rtf"), "rb") as f:
            data = f.read()
        cut = self.path("cut.rtf")
        with open(cut, "wb") as f:
            f.write(data[: int(len(data) * 0.8)])
        code, got, err = scan(cut)
        self.assertEqual(code, 2, err)
        self.assertIn("cut.rtf: the RTF document is cut short", err)
        self.assertTrue(got)  # the text before the cut was scanned

    def test_standard_input_is_rendered(self):
        # On a pipe the document is rendered as from a file: the same findings, path "-".
        form = os.path.join(FIXTURES, "form.rtf")
        code, want, err = scan(form)
        self.assertEqual(code, 1, err)
        with open(form, "rb") as f:
            p = subprocess.run([BIN, "scan", "-f", "jsonl", "--show-values", "-"], input=f.read(),
                               capture_output=True, timeout=120)
        got = [json.loads(line) for line in p.stdout.decode("utf-8").splitlines()]
        self.assertEqual((p.returncode, p.stderr), (1, b""))
        self.assertEqual(sorted(("-", g["line"], g["type"], g.get("field"), g["value"]) for g in got),
                         [("-", *w[1:]) for w in want])


if __name__ == "__main__":
    unittest.main()
