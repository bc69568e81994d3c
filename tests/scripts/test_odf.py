#!/usr/bin/python3
"""`piguard scan` on OpenDocument files: fixtures in tests/fixtures/odf/ that LibreOffice
wrote (tools/make_office_fixtures.py) from the documents of doc_content.py, the workbook of
doc_content.py and the deck of test_office.py's PowerPoint test. Checks, differential: each
.odt, .ods and .odp gives the findings (type, value, field, line) of the same content as .docx,
.xlsx or .pptx, which piguard reads with its Office Open XML reader, with the part labels
(sheet names, slideN/notesN) of its twin. Also: an OpenDocument file under another name, inside
a tar.gz and on standard input; a cut file (an error, exit status 2); redact's note."""
import json
import os
import shutil
import subprocess
import sys
import tarfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest  # noqa: E402
from doc_content import DOCUMENTS, workbook  # noqa: E402

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
FIXTURES = os.path.join(SRC, "tests", "fixtures")


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120, input=stdin)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def scan(path, *extra):
    """(exit status, [(part label, line, type, field, value)], stderr) of a jsonl scan."""
    code, out, err = run("scan", "-f", "jsonl", "--show-values", *extra, path)
    got = []
    for line in out.splitlines():
        f = json.loads(line)
        label = f["path"][len(path):] if f["path"].startswith(path) else f["path"]
        got.append((label, f["line"], f["type"], f.get("field"), f["value"]))
    return code, sorted(got), err


def odf(name):
    return os.path.join(FIXTURES, "odf", name)


class OdfTest(TempDirTest):
    def test_text_documents_match_their_docx(self):
        for name, build in DOCUMENTS.items():
            with self.subTest(document=name):
                docx = self.path(name + ".docx")
                build().save(docx)
                code, want, err = scan(docx)
                self.assertEqual(code, 1, err)
                code, got, err = scan(odf(name + ".odt"))
                self.assertEqual((code, err), (1, ""))
                self.assertEqual(got, want)
                self.assertGreaterEqual(len(got), 10)

    def test_spreadsheet_matches_its_xlsx(self):
        xlsx = self.path("book.xlsx")
        workbook().save(xlsx)
        code, want, err = scan(xlsx)
        self.assertEqual(code, 1, err)
        code, got, err = scan(odf("book.ods"))
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)
        # Row numbers are lines, the header names the fields; the number typed as a number
        # and the dates kept as dates are found as what they are.
        self.assertIn(("!客户名单", 4, "PHONE_NUMBER", "手机号码", "13800138000"), got)
        self.assertIn(("!客户名单", 5, "DATE_OF_BIRTH", "出生日期", "1985-11-30"), got)
        self.assertIn(("!客户名单", 10, "EMAIL_ADDRESS", "备注2", "wangfang@example.com"), got)
        self.assertIn(("!联系人", 2, "PERSON_NAME", "联系人", "赵强"), got)
        code, out, err = run("scan", odf("book.ods"))
        self.assertIn("book.ods!客户名单  [csv, 10 lines", out)

    def test_presentation_matches_its_pptx(self):
        code, want, err = scan(os.path.join(FIXTURES, "pptx", "deck.pptx"))
        self.assertEqual(code, 1, err)
        code, got, err = scan(odf("deck.odp"))
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)
        self.assertEqual({g[0] for g in got}, {"!slide1", "!notes1"})

    def test_by_content_in_archives_and_on_stdin(self):
        renamed = self.path("export.bin")
        shutil.copy(odf("roster.odt"), renamed)
        code, want, err = scan(odf("roster.odt"))
        code, got, err = scan(renamed)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)
        tgz = self.path("share.tar.gz")
        with tarfile.open(tgz, "w:gz") as t:
            t.add(odf("book.ods"), "2026-11/book.ods")
        code, in_tar, err = scan(tgz)
        self.assertEqual((code, err), (1, ""))
        code, plain, err = scan(odf("book.ods"))
        self.assertEqual(in_tar, [("!2026-11/book.ods" + p[0],) + p[1:] for p in plain])
        with open(odf("deck.odp"), "rb") as f:
            code, out, err = run("scan", "-f", "jsonl", "-", stdin=f.read())
        self.assertEqual((code, err), (1, ""))
        self.assertEqual({json.loads(l)["path"] for l in out.splitlines()},
                         {"-!slide1", "-!notes1"})

    def test_cut_file_is_an_error_and_redact_notes_it(self):
        cut = self.path("cut.odt")
        with open(odf("form.odt"), "rb") as f:
            data = f.read()
        with open(cut, "wb") as f:
            f.write(data[: len(data) // 2])
        log = self.path("ok.log")
        with open(log, "w") as f:
            f.write("msisdn=13800138000\n")
        code, out, err = run("scan", cut, log)
        self.assertEqual(code, 2, err)
        self.assertIn(cut, err)
        self.assertIn("ok.log", out)  # the scan goes on
        src = self.path("in")
        os.mkdir(src)
        shutil.copy(odf("book.ods"), os.path.join(src, "book.ods"))
        code, out, err = run("redact", src, "-o", self.path("out"))
        self.assertIn("an Office, OpenDocument or OFD document; redact does not rewrite it", err)
        self.assertFalse(os.path.exists(os.path.join(self.path("out"), "book.ods")))


if __name__ == "__main__":
    unittest.main()
