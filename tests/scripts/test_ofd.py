#!/usr/bin/python3
"""`piguard scan` on OFD documents (GB/T 33190) written by tests/scripts/ofd_writer.py, laid
out as e-invoices are: printed labels on a template page, the buyer's values on each page, a
glyph at a time. Checks: the buyer's name, taxpayer number (an ID number), address, phone and
bank account are found on their lines with their labels as context; the seller's credit code
is not PI; pages follow one another; an OFD inside a ZIP archive; a file named .ofd that is
text; pages of images only and a missing page are errors (exit status 2); redact skips OFD
files with a note; SARIF names the file with no byte region."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofd_writer import INVOICE_LABELS, invoice_values, write_ofd  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.cn import ric  # noqa: E402

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
CARD = "622202123456789" + luhn.calc_check_digit("622202123456789")
BUYER_ID = "33010619880315123" + ric.calc_check_digit("33010619880315123" + "0")


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def findings(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def values(buyer="周雅婷", phone="13957162408", address="浙江省杭州市西湖区示例路18号"):
    return invoice_values(buyer, BUYER_ID, phone, address, CARD)


class OfdTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_e_invoice_buyer(self):
        self.assertTrue(ric.is_valid(BUYER_ID))
        p = self.path("invoice.ofd")
        write_ofd(p, INVOICE_LABELS, [values()])
        code, out, err = run("scan", "-f", "jsonl", "--show-values", p)
        self.assertEqual(code, 1, err)
        got = sorted((f["type"], f["value"]) for f in findings(out))
        self.assertEqual(got, sorted([
            ("PERSON_NAME", "周雅婷"), ("CHINA_RESIDENT_ID_NUMBER", BUYER_ID),
            ("STREET_ADDRESS", "浙江省杭州市西湖区示例路18号"), ("PHONE_NUMBER", "13957162408"),
            ("BANK_CARD_NUMBER", CARD), ("PERSON_NAME", "陈建华")]))
        by_value = {f["value"]: f for f in findings(out)}
        # Lines of the laid-out text: the title, the number, the date, then the buyer's name
        # and number on the lines of their labels.
        self.assertEqual(by_value["周雅婷"]["line"], 4)
        self.assertEqual(by_value[BUYER_ID]["line"], 6)
        self.assertEqual(by_value["13957162408"]["line"], by_value["浙江省杭州市西湖区示例路18号"]["line"])
        # The summary names the input as the file.
        code, out, err = run("scan", p)
        self.assertIn(p + "  [text, ", out)

    def test_pages_follow_one_another(self):
        p = self.path("two.ofd")
        write_ofd(p, INVOICE_LABELS, [values(), values(buyer="许嘉宁", phone="18957193046")])
        code, out, err = run("scan", "-f", "jsonl", "--show-values", p)
        self.assertEqual(code, 1, err)
        fs = findings(out)
        first = [f for f in fs if f["value"] == "13957162408"][0]
        second = [f for f in fs if f["value"] == "18957193046"][0]
        self.assertGreater(second["line"], first["line"])
        self.assertIn("许嘉宁", [f["value"] for f in fs])

    def test_inside_a_zip_archive(self):
        inner = self.path("inv.ofd")
        write_ofd(inner, INVOICE_LABELS, [values()])
        z = self.path("invoices-2026-11.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.write(inner, "11月/inv.ofd")
        code, out, err = run("scan", "-f", "jsonl", z)
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)}, {z + "!11月/inv.ofd"})
        self.assertEqual(len(findings(out)), 6)

    def test_text_named_ofd_is_text(self):
        p = self.path("notes.ofd")
        with open(p, "w", encoding="utf-8") as f:
            f.write("联系电话 13912345678\n")
        code, out, err = run("scan", "-f", "jsonl", p)
        self.assertEqual(code, 1, err)
        self.assertEqual([f["type"] for f in findings(out)], ["PHONE_NUMBER"])

    def test_images_only_and_missing_page_are_errors(self):
        p = self.path("scan.ofd")
        write_ofd(p, [], [[]])
        code, out, err = run("scan", p)
        self.assertEqual(code, 2, err)
        self.assertIn("scan.ofd: has no text to scan", err)
        q = self.path("cut.ofd")
        write_ofd(q, INVOICE_LABELS, [values(), values()])
        with zipfile.ZipFile(q) as zf:
            entries = {n: zf.read(n) for n in zf.namelist()}
        del entries["Doc_0/Pages/Page_1/Content.xml"]
        with zipfile.ZipFile(q, "w") as zf:
            for n, data in entries.items():
                zf.writestr(n, data)
        code, out, err = run("scan", "-f", "jsonl", q)
        self.assertEqual(code, 2, err)
        self.assertIn("cut.ofd: Doc_0/Pages/Page_1/Content.xml: is not in the ZIP archive", err)
        self.assertEqual(len(findings(out)), 6)  # the first page's

    def test_redact_skips_and_sarif_has_no_region(self):
        src = self.path("in")
        os.mkdir(src)
        write_ofd(os.path.join(src, "inv.ofd"), INVOICE_LABELS, [values()])
        code, out, err = run("redact", src, "-o", self.path("out"))
        self.assertIn("an Office, OpenDocument or OFD document; redact does not rewrite it", err)
        code, out, err = run("scan", "-f", "sarif", os.path.join(src, "inv.ofd"))
        self.assertEqual(code, 1, err)
        for r in json.loads(out)["runs"][0]["results"]:
            loc = r["locations"][0]["physicalLocation"]
            self.assertNotIn("region", loc)
            self.assertIn("of the document's text", r["message"]["text"])


if __name__ == "__main__":
    unittest.main()
