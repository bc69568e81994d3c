#!/usr/bin/python3
"""`piguard scan` on Word 97-2003 documents: fixtures in tests/fixtures/word97/ that
LibreOffice wrote from python3-docx documents (tools/make_office_fixtures.py; the content is in
doc_content.py). Checks, differential: each .doc gives the findings (type, value, field) of
the same document as .docx, which piguard reads with its own XML reader; a form table is
rendered as label：value pairs and a list table as a pipe table whose header names the
columns. Also: a .doc inside a ZIP archive, an RTF file named .doc (text), a cut .doc and a
missing antiword (errors, exit status 2), redact's note, SARIF without a byte region."""
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
FIXTURES = os.path.join(SRC, "tests", "fixtures", "word97")


def run(*args, env=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def findings(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def fixture(name):
    return os.path.join(FIXTURES, name + ".doc")


class DocTest(TempDirTest):
    def test_same_findings_as_the_docx(self):
        for name, build in DOCUMENTS.items():
            with self.subTest(document=name):
                docx_path = self.path(name + ".docx")
                build().save(docx_path)
                code, out, err = run("scan", "-f", "jsonl", "--show-values", docx_path)
                self.assertEqual(code, 1, err)
                want = sorted((f["type"], f["value"], f.get("field")) for f in findings(out))
                code, out, err = run("scan", "-f", "jsonl", "--show-values", fixture(name))
                self.assertEqual(code, 1, err)
                self.assertEqual(err, "")
                got = sorted((f["type"], f["value"], f.get("field")) for f in findings(out))
                self.assertEqual(got, want)
                self.assertGreaterEqual(len(got), 8)

    def test_form_and_list_tables(self):
        code, out, err = run("scan", "-f", "jsonl", "--show-values", fixture("form"))
        fs = {f["value"]: f for f in findings(out)}
        # The form's row "姓名：李秀英　性别：女" and the next, with the birth date's label.
        self.assertEqual(fs["李秀英"]["type"], "PERSON_NAME")
        self.assertEqual(fs["1985-03-12"]["type"], "DATE_OF_BIRTH")
        self.assertEqual(fs["13812345678"]["line"], fs["1985-03-12"]["line"])
        # A paragraph longer than a line of text is not wrapped: one line, found whole.
        self.assertEqual(fs["13600001111"]["line"], fs["赵丽颖"]["line"])
        code, out, err = run("scan", "-f", "jsonl", "--show-values", fixture("roster"))
        fields = {(f["value"], f.get("field")) for f in findings(out)}
        self.assertIn(("周雅婷", "客户姓名"), fields)
        self.assertIn(("15011112345", "联系电话"), fields)
        self.assertIn(("北京市海淀区样例街3号院2-401", "装机地址"), fields)

    def test_inside_a_zip_archive(self):
        z = self.path("share.zip")
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(fixture("roster"), "回访/roster.doc")
        code, out, err = run("scan", "-f", "jsonl", z)
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)}, {z + "!回访/roster.doc"})
        self.assertEqual(len(findings(out)), 10)

    def test_kingsoft_wps_is_read_as_word(self):
        # Kingsoft WPS Writer's .wps is the Word 97-2003 format with extensions of its own: a
        # compound file with a WordDocument stream is read through antiword (a Microsoft Works
        # .wps has none and gets a note: test_office.py).
        code, out, err = run("scan", "-f", "jsonl", "--show-values", fixture("roster"))
        want = sorted((f["type"], f["value"], f.get("field")) for f in findings(out))
        wps = self.path("回访名单.wps")
        shutil.copy(fixture("roster"), wps)
        code, out, err = run("scan", "-f", "jsonl", "--show-values", wps)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(sorted((f["type"], f["value"], f.get("field")) for f in findings(out)), want)
        z = self.path("share.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.write(wps, "公文/回访名单.wps")
        code, out, err = run("scan", "-f", "jsonl", "--show-values", z)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(len(findings(out)), len(want))

    def test_rtf_named_doc_is_read_as_rtf(self):
        p = self.path("letter.doc")
        with open(p, "w", encoding="ascii") as f:
            f.write("{\\rtf1\\ansi phone 13912345678\\par}\n")
        code, out, err = run("scan", "-f", "jsonl", p)
        self.assertEqual(code, 1, err)
        self.assertEqual([f["type"] for f in findings(out)], ["PHONE_NUMBER"])

    def test_cut_document_and_missing_antiword_are_errors(self):
        cut = self.path("cut.doc")
        with open(fixture("form"), "rb") as f:
            data = f.read()
        with open(cut, "wb") as f:
            f.write(data[:4096])
        code, out, err = run("scan", cut)
        self.assertEqual(code, 2, err)
        self.assertIn("cut.doc: antiword cannot read it", err)
        env = dict(os.environ, PATH=self.dir)  # no antiword there
        code, out, err = run("scan", fixture("form"), env=env)
        self.assertEqual(code, 2, err)
        self.assertIn("antiword is not installed; install Debian's antiword to scan Word "
                      "97-2003 documents", err)

    def test_redact_note_and_sarif(self):
        src = self.path("in")
        os.mkdir(src)
        shutil.copy(fixture("form"), os.path.join(src, "form.doc"))
        code, out, err = run("redact", src, "-o", self.path("out"))
        self.assertIn("a Word 97-2003 document; redact does not rewrite it", err)
        code, out, err = run("scan", "-f", "sarif", fixture("roster"))
        self.assertEqual(code, 1, err)
        for r in json.loads(out)["runs"][0]["results"]:
            self.assertNotIn("region", r["locations"][0]["physicalLocation"])


if __name__ == "__main__":
    unittest.main()
