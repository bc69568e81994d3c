#!/usr/bin/python3
"""`piguard scan --ocr`: a registration form drawn by python3-pil in Noto Sans CJK
(fonts-noto-cjk), saved as PNG and JPEG, and placed as the only content of a two-page PDF
(python3-reportlab), as a scanner or a phone would produce it. Checks: without --ocr an image is
skipped with a note and a scanned PDF is an error that names --ocr; with it, tesseract's text
is scanned (the ID number, the phone number and the address are found, on each page of the
PDF, the second page's after the first's); an image inside a ZIP archive; a blank image gives
nothing and no error; a missing tesseract is an error that says what to install; the page
images of a scanned PDF are removed whatever happens."""
import json
import os
import subprocess
import tempfile
import unittest
import zipfile

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
ID = "110101199003074530"
PHONE = "13912345678"
ADDRESS = "浙江省杭州市西湖区文三路90号"
LINES = ["客户入网登记表（复印件）", "姓名：王建国    性别：男", "身份证号码：" + ID,
         "联系电话：" + PHONE, "住址：" + ADDRESS, "经办人：陈建华   日期：2026-03-02"]


def run(*args, env=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=300, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def findings(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


class OcrTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        font = ImageFont.truetype(FONT, 36)
        img = Image.new("L", (1400, 700), 255)
        draw = ImageDraw.Draw(img)
        for i, text in enumerate(LINES):
            draw.text((60, 40 + i * 100), text, fill=0, font=font)
        cls.png = os.path.join(cls.dir, "form.png")
        cls.jpg = os.path.join(cls.dir, "form.jpg")
        img.save(cls.png)
        img.convert("RGB").save(cls.jpg, quality=85)
        cls.pdf = os.path.join(cls.dir, "scan.pdf")
        c = canvas.Canvas(cls.pdf, pagesize=A4)
        for _ in range(2):
            c.drawImage(cls.png, 30, 400, width=530, height=265)
            c.showPage()
        c.save()
        cls.blank = os.path.join(cls.dir, "blank.png")
        Image.new("L", (400, 300), 255).save(cls.blank)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def values(self, out, path=None):
        return sorted((f["type"], f["value"]) for f in findings(out)
                      if path is None or f["path"] == path)

    def test_images_are_skipped_without_ocr(self):
        code, out, err = run("scan", self.png, self.jpg)
        self.assertEqual(code, 0, err)
        self.assertIn("skipped %s: a PNG image; its text is read only with --ocr" % self.png, err)
        self.assertIn("skipped %s: a JPEG image; its text is read only with --ocr" % self.jpg, err)

    def test_images_with_ocr(self):
        code, out, err = run("scan", "--ocr", "-f", "jsonl", "--show-values", self.png, self.jpg)
        self.assertEqual(code, 1, err)
        for path in (self.png, self.jpg):
            got = self.values(out, path)
            for want in [("CHINA_RESIDENT_ID_NUMBER", ID), ("PHONE_NUMBER", PHONE),
                         ("STREET_ADDRESS", ADDRESS)]:
                self.assertIn(want, got, path)

    def test_scanned_pdf(self):
        code, out, err = run("scan", self.pdf)
        self.assertEqual(code, 2, err)
        self.assertIn("scan.pdf: has no text to scan: its pages are images (a scan?); --ocr reads them", err)
        work = os.path.join(self.dir, "work")
        os.mkdir(work)
        env = dict(os.environ, TMPDIR=work)
        code, out, err = run("scan", "--ocr", "-f", "jsonl", "--show-values", self.pdf, env=env)
        self.assertEqual(code, 1, err)
        ids = [f for f in findings(out) if f["value"] == ID]
        phones = [f for f in findings(out) if f["value"] == PHONE]
        self.assertEqual(len(ids), 2)  # one a page
        self.assertEqual(len(phones), 2)
        self.assertGreater(ids[1]["line"], ids[0]["line"])
        self.assertEqual(os.listdir(work), [])  # the page images are gone

    def test_image_in_an_archive_and_a_blank_image(self):
        z = os.path.join(self.dir, "photos.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.write(self.png, "身份证/form.png")
        code, out, err = run("scan", "--ocr", "-f", "jsonl", "--show-values", z)
        self.assertEqual(code, 1, err)
        self.assertIn(("CHINA_RESIDENT_ID_NUMBER", ID), self.values(out, z + "!身份证/form.png"))
        code, out, err = run("scan", "--ocr", self.blank)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")

    def test_image_on_standard_input(self):
        with open(self.png, "rb") as f:
            png = f.read()
        p = subprocess.run([BIN, "scan", "--ocr", "-f", "jsonl", "--show-values", "-"], input=png,
                           capture_output=True, timeout=300)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn(("CHINA_RESIDENT_ID_NUMBER", ID), self.values(p.stdout.decode("utf-8"), "-"))

    def test_missing_tesseract(self):
        env = dict(os.environ, PATH=self.dir)  # neither tesseract nor sh there
        code, out, err = run("scan", "--ocr", self.png, env=env)
        self.assertEqual(code, 2, err)
        self.assertIn("tesseract is not installed; install Debian's tesseract-ocr and "
                      "tesseract-ocr-chi-sim to scan images with --ocr", err)


if __name__ == "__main__":
    unittest.main()
