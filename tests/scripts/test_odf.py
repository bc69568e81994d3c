#!/usr/bin/python3
"""`piguard scan` on OpenDocument files: fixtures in tests/fixtures/odf/ that LibreOffice
wrote (tools/make_office_fixtures.py) from the documents of doc_content.py, the workbook of
doc_content.py and the deck of test_office.py's PowerPoint test. Checks, differential: each
.odt, .ods and .odp gives the findings (type, value, field, line) of the same content as .docx,
.xlsx or .pptx, which piguard reads with its Office Open XML reader, with the part labels
(sheet names, slideN/notesN) of its twin. Also: an OpenDocument file under another name, inside
a tar.gz and on standard input; a cut file (an error, exit status 2); redact's note. Flat
documents (.fodt, .fods, .fodp: the whole document as one XML file, made here from each
fixture's content.xml and styles.xml as LibreOffice lays them out) give the findings of the
archive they were made from, also under an .xml name, in a tar.gz and on standard input."""
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import unittest
import zipfile

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


def flat(odf_path):
    """The flat document of the OpenDocument archive at `odf_path`: office:document with the
    content's root attributes and the file's mimetype, then styles.xml's office:styles and
    office:master-styles, then content.xml's children (automatic styles, body)."""
    with zipfile.ZipFile(odf_path) as z:
        content = z.read("content.xml").decode("utf-8")
        styles = z.read("styles.xml").decode("utf-8")
        mimetype = z.read("mimetype").decode("ascii")
    root = re.search(r"<office:document-content([^>]*)>", content)
    inner = content[root.end():content.rindex("</office:document-content>")]
    taken = "".join(m.group(0) for m in re.finditer(
        r"<office:(styles|master-styles)>.*?</office:\1>", styles, re.S))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document%s office:mimetype="%s">'
            '%s%s</office:document>\n' % (root.group(1), mimetype, taken, inner)).encode("utf-8")


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

    def test_flat_documents_match_their_archives(self):
        for name, flat_name in (("form.odt", "form.fodt"), ("roster.odt", "roster.fodt"),
                                ("book.ods", "book.fods"), ("deck.odp", "deck.fodp")):
            with self.subTest(document=name):
                code, want, err = scan(odf(name))
                self.assertEqual(code, 1, err)
                path = self.path(flat_name)
                with open(path, "wb") as f:
                    f.write(flat(odf(name)))
                code, got, err = scan(path)
                self.assertEqual((code, err), (1, ""))
                self.assertEqual(got, want)
        # Under another name, in an archive, on standard input.
        code, want, err = scan(self.path("book.fods"))
        renamed = self.path("book-export.xml")
        shutil.copy(self.path("book.fods"), renamed)
        self.assertEqual(scan(renamed)[:2], (1, want))
        tgz = self.path("flat.tar.gz")
        with tarfile.open(tgz, "w:gz") as t:
            t.add(self.path("book.fods"), "x/book.fods")
        code, in_tar, err = scan(tgz)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(in_tar, [("!x/book.fods" + p[0],) + p[1:] for p in want])
        with open(self.path("book.fods"), "rb") as f:
            code, out, err = run("scan", "-f", "jsonl", "--show-values", "-", stdin=f.read())
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(sorted((json.loads(l)["path"][1:], json.loads(l)["value"])
                                for l in out.splitlines()),
                         sorted((p[0], p[4]) for p in want))
        # Cut short: what came before the fault, then an error naming the file (exit 2).
        with open(self.path("book.fods"), "rb") as f:
            data = f.read()
        cut = self.path("cut.fods")
        with open(cut, "wb") as f:
            f.write(data[: data.index(b"</table:table>") + 100])
        code, got, err = scan(cut)
        self.assertEqual(code, 2, err)
        self.assertIn(cut + ": is not well-formed XML (line 2)", err)
        self.assertTrue(got)
        self.assertTrue(set(got) <= set(want))

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
