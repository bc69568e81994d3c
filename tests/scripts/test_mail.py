#!/usr/bin/python3
"""`piguard scan` on e-mail written by Python's own email and mailbox packages (an independent
MIME writer): names in encoded-word headers, base64 bodies in GB2312, quoted-printable bodies,
CSV attachments, forwarded messages, mbox files of several messages. Checks what is found,
the lines (those of the file), and that offsets point into the encoded form: for a base64
body, the base64 character where the value's first byte starts, computed here from the
base64 text itself."""
import base64
import email.charset
import json
import mailbox
import os
import subprocess
import sys
import tempfile
import unittest
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")

BODY = "您好，我是李秀英，手机13912345678，身份证号110101199003074530，住址北京市朝阳区建国路88号3号楼502室。\n"


def scan(*args):
    p = subprocess.run([BIN, "scan", "-j1", "-f", "jsonl", "--show-values", *args],
                       capture_output=True, timeout=120)
    assert p.returncode in (0, 1), p.stderr
    return [json.loads(l) for l in p.stdout.decode().splitlines()], p.stderr.decode()


def complaint():
    msg = MIMEMultipart("mixed")
    msg["From"] = formataddr((str(Header("张伟", "gb2312")), "zhangwei@example.com"))
    msg["To"] = formataddr((str(Header("客服中心", "utf-8")), "kf@example.com"))
    msg["Subject"] = Header("关于号码13812345678的投诉", "utf-8")
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(BODY, "plain", "gb2312"))
    qp = email.charset.Charset("utf-8")
    qp.body_encoding = email.charset.QP
    html = MIMEText("", "html")
    html.set_payload("<p>联系人：王芳，电话：13712345678</p>\n", charset=qp)
    alt.attach(html)
    msg.attach(alt)
    att = MIMEApplication("姓名,手机号\n赵强,13612345678\n".encode("gbk"))
    att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "客户名单.csv"))
    msg.attach(att)
    msg.attach(MIMEApplication(b"%PDF-1.4 13800138000 \x00\x01", _subtype="pdf"))
    return msg


class MailTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def test_message_parts_and_offsets(self):
        raw = complaint().as_bytes()
        path = os.path.join(self.dir, "complaint.eml")
        with open(path, "wb") as f:
            f.write(raw)
        found, err = scan(path)
        self.assertEqual(err, "")
        values = [(f["type"], f["value"]) for f in found]
        for want in [("PERSON_NAME", "张伟"), ("EMAIL_ADDRESS", "zhangwei@example.com"),
                     ("PHONE_NUMBER", "13812345678"), ("PERSON_NAME", "李秀英"),
                     ("PHONE_NUMBER", "13912345678"),
                     ("CHINA_RESIDENT_ID_NUMBER", "110101199003074530"),
                     ("STREET_ADDRESS", "北京市朝阳区建国路88号3号楼502室"),
                     ("PERSON_NAME", "王芳"), ("PHONE_NUMBER", "13712345678"),
                     ("PHONE_NUMBER", "13612345678")]:
            self.assertIn(want, values)
        # The PDF's bytes are not text.
        self.assertNotIn(("PHONE_NUMBER", "13800138000"), values)
        # Lines are the file's lines.
        lines = raw.split(b"\n")
        for f in found:
            self.assertLessEqual(f["line"], len(lines))
            line_start = sum(len(l) + 1 for l in lines[:f["line"] - 1])
            self.assertTrue(line_start <= f["start"] < line_start + len(lines[f["line"] - 1]) + 1,
                            f)
        # The base64 body: the ID's first byte, in GB2312, sits in a known base64 character.
        b64_start = raw.index(base64.b64encode(BODY.encode("gb2312"))[:40])
        b64_chars = [i for i in range(b64_start, len(raw))
                     if raw[i:i + 1] not in (b"\n", b"\r")][:len(base64.b64encode(BODY.encode("gb2312")))]
        v = BODY.encode("gb2312").index(b"110101199003074530")
        idf = next(f for f in found if f["type"] == "CHINA_RESIDENT_ID_NUMBER")
        self.assertEqual(idf["start"], b64_chars[(v // 3) * 4 + v % 3])

    def test_mbox_of_several_messages(self):
        path = os.path.join(self.dir, "inbox.mbox")
        box = mailbox.mbox(path)
        box.add(complaint())
        fwd = MIMEMultipart()
        fwd["From"] = "ops@example.com"
        fwd["Subject"] = "Fwd"
        fwd.attach(MIMEText("见下转发\n", "plain", "utf-8"))
        fwd.attach(MIMEMessage(complaint()))
        box.add(fwd)
        plain = Message()
        plain["From"] = "c@example.com"
        plain["Subject"] = "plain"
        plain.set_payload("紧急联系人：孙丽，电话13312345678\n".encode("utf-8"))
        plain["Content-Type"] = "text/plain; charset=utf-8"
        plain["Content-Transfer-Encoding"] = "8bit"
        box.add(plain)
        box.close()
        found, err = scan(path)
        self.assertEqual(err, "")
        values = [(f["type"], f["value"]) for f in found]
        # The forwarded copy is found again.
        self.assertEqual(values.count(("PHONE_NUMBER", "13912345678")), 2)
        self.assertIn(("PERSON_NAME", "孙丽"), values)
        self.assertIn(("PHONE_NUMBER", "13312345678"), values)
        # Also when the name says nothing: sniffed from the content.
        other = os.path.join(self.dir, "export.txt")
        with open(path, "rb") as f, open(other, "wb") as g:
            g.write(f.read())
        self.assertEqual(len(scan(other)[0]), len(found))

    def test_attachments_are_read_as_files(self):
        # An Office workbook and a ZIP archive attached (names in RFC 2231 form, as Python
        # writes non-ASCII names), a logo image (not read: no note either), and a forwarded
        # message with an attachment of its own; in an .eml and in an mbox of two messages.
        import io
        import zipfile
        import openpyxl
        wb = openpyxl.Workbook()
        wb.active.title = "名单"
        wb.active.append(["姓名", "手机号码"])
        wb.active.append(["赵强", "13612345678"])
        book = io.BytesIO()
        wb.save(book)
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr("备份/客户.csv", "姓名,身份证号\n钱思远,110101199003074530\n")

        def message(subject):
            msg = MIMEMultipart()
            msg["From"] = "ops@example.com"
            msg["Subject"] = subject
            msg.attach(MIMEText("见附件\n", "plain", "utf-8"))
            for data, sub, name in [(book.getvalue(), "vnd.ms-excel", "客户名单.xlsx"),
                                    (archive.getvalue(), "zip", "备份.zip"),
                                    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "octet-stream", "logo.png")]:
                att = MIMEApplication(data, _subtype=sub)
                att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
                msg.attach(att)
            return msg

        outer = message("转发")
        outer.attach(MIMEMessage(message("原件")))
        path = os.path.join(self.dir, "转发.eml")
        with open(path, "wb") as f:
            f.write(outer.as_bytes())
        found, err = scan(path)
        self.assertEqual(err, "")
        got = sorted((f["path"][len(path):], f["type"], f["value"]) for f in found)
        one = [("!客户名单.xlsx!名单", "PERSON_NAME", "赵强"),
               ("!客户名单.xlsx!名单", "PHONE_NUMBER", "13612345678"),
               ("!备份.zip!备份/客户.csv", "CHINA_RESIDENT_ID_NUMBER", "110101199003074530"),
               ("!备份.zip!备份/客户.csv", "PERSON_NAME", "钱思远")]
        sender = [("", "EMAIL_ADDRESS", "ops@example.com")]
        self.assertEqual(got, sorted(one + one + sender + sender))  # the forwarded one's too
        box_path = os.path.join(self.dir, "inbox.mbox")
        box = mailbox.mbox(box_path)
        box.add(message("一"))
        box.add(message("二"))
        box.close()
        found, err = scan(box_path)
        self.assertEqual(err, "")
        self.assertEqual(sorted((f["path"][len(box_path):], f["type"], f["value"]) for f in found),
                         sorted(one + one + sender + sender))
        # An attachment that cannot be read (a PDF that is none) is a warning: the message
        # was read, and the exit status is the findings'.
        broken = message("坏附件")
        bad = MIMEApplication(b"%PDF-1.4\n" + bytes(range(256)) * 4, _subtype="pdf")
        bad.add_header("Content-Disposition", "attachment", filename="report.pdf")
        broken.attach(bad)
        bad_path = os.path.join(self.dir, "broken.eml")
        with open(bad_path, "wb") as f:
            f.write(broken.as_bytes())
        p = subprocess.run([BIN, "scan", "-f", "jsonl", bad_path], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("warning: %s!report.pdf: pdftotext cannot read it" % bad_path, p.stderr.decode())
        self.assertIn("(an e-mail attachment: the message itself was scanned)", p.stderr.decode())
        self.assertEqual(len(p.stdout.splitlines()), len(one) + 1, p.stdout.decode() + p.stderr.decode())
        # SARIF: the message is the artifact, the attachment a logical location in it.
        p = subprocess.run([BIN, "scan", "-f", "sarif", path], capture_output=True, timeout=60)
        results = json.loads(p.stdout)["runs"][0]["results"]
        self.assertTrue(results)
        for r in results:
            loc = r["locations"][0]
            self.assertTrue(loc["physicalLocation"]["artifactLocation"]["uri"].endswith(".eml"), loc)

    def test_big5_parts_and_headers(self):
        # Hong Kong mail: a Big5 name in an encoded-word header, a base64 Big5 body, and a
        # Big5-HKSCS attachment without a charset (Big5 by its second bytes).
        msg = MIMEMultipart("mixed")
        msg["From"] = formataddr((str(Header("陳大文", "big5")), "chan@example.com.hk"))
        msg["Subject"] = Header("關於號碼13812345678的投訴", "big5")
        msg.attach(MIMEText("您好，我叫李秀英，手機13912345678，地址：香港九龍彌敦道123號。\n",
                            "plain", "big5"))
        att = MIMEApplication("姓名,手機號\n趙強,13612345678\n黃美玲,13512345678\n".encode("big5hkscs"))
        att.add_header("Content-Disposition", "attachment", filename="客戶名單.csv")
        msg.attach(att)
        path = os.path.join(self.dir, "hk.eml")
        with open(path, "wb") as f:
            f.write(msg.as_bytes())
        got, err = scan(path)
        self.assertEqual(err, "")
        values = {(f["type"], f["value"]) for f in got}
        for want in [("PERSON_NAME", "陳大文"), ("PHONE_NUMBER", "13812345678"),
                     ("PERSON_NAME", "李秀英"), ("PHONE_NUMBER", "13912345678"),
                     ("STREET_ADDRESS", "香港九龍彌敦道123號"), ("PERSON_NAME", "趙強"),
                     ("PERSON_NAME", "黃美玲"), ("PHONE_NUMBER", "13512345678")]:
            self.assertIn(want, values)

    def test_redact_leaves_mail_as_stored(self):
        path = os.path.join(self.dir, "a.eml")
        with open(path, "wb") as f:
            f.write(complaint().as_bytes())
        p = subprocess.run([BIN, "redact", "-q", path], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(base64.b64encode(BODY.encode("gb2312"))[:40], p.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=1 if len(sys.argv) == 1 else 2)
