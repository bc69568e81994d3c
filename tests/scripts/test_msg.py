#!/usr/bin/python3
"""`piguard scan` on Outlook messages (.msg): messages written by msg_writer.pl (MS-OXMSG
layout, OLE::Storage_Lite) with Chinese headers, a body and a GBK CSV attachment, read
through Email::Outlook::Message as MIME. Checks: the sender's name and address, the body's
PI and the attachment's are found; the attachment's name gives no Latin "name"; a .msg
inside a ZIP archive; a text file under a .msg name; a damaged message, a missing module and
a missing perl (errors, exit status 2, the scan goes on); redact's note."""
import json
import os
import shutil
import stat
import subprocess
import sys
import time
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest  # noqa: E402

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
HERE = os.path.dirname(os.path.abspath(__file__))

MESSAGE = {
    "subject": "客户投诉：宽带断线",
    "from_name": "周雅婷", "from": "zhouyt@example.com",
    "to_name": "王建国", "to": "wangjg@example.com",
    "body": "您好，我是周雅婷，手机13957162408，装机地址浙江省杭州市西湖区示例路18号2幢301室。\r\n"
            "请尽快处理。\r\n",
    "attachments": [{
        "name": "客户名单.csv", "mime": "text/csv",
        "data_hex": "客户姓名,手机号码,身份证号\n李娜,15912345678,110101199003074530\n"
                    .encode("gbk").hex()}],
}


def run(*args, env=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def write_msg(path, message):
    subprocess.run(["perl", os.path.join(HERE, "msg_writer.pl"), path],
                   input=json.dumps(message).encode(), check=True, timeout=60)


class MsgTest(TempDirTest):
    def setUp(self):
        super().setUp()
        self.msg = self.path("投诉.msg")
        write_msg(self.msg, MESSAGE)

    def scan(self, *args, env=None):
        code, out, err = run("scan", "-f", "jsonl", "--show-values", *args, env=env)
        return code, [json.loads(l) for l in out.splitlines()], err

    def test_headers_body_and_attachment(self):
        code, found, err = self.scan(self.msg)
        self.assertEqual((code, err), (1, ""))
        got = {(f["type"], f["value"]) for f in found}
        for want in [("PERSON_NAME", "周雅婷"), ("EMAIL_ADDRESS", "zhouyt@example.com"),
                     ("PERSON_NAME", "王建国"), ("EMAIL_ADDRESS", "wangjg@example.com"),
                     ("PHONE_NUMBER", "13957162408"),
                     ("STREET_ADDRESS", "浙江省杭州市西湖区示例路18号2幢301室"),
                     ("PHONE_NUMBER", "15912345678"),  # the GBK attachment, decoded
                     ("CHINA_RESIDENT_ID_NUMBER", "110101199003074530")]:
            self.assertIn(want, got)
        # The attachment's name is no person (Email::MIME's transliteration is dropped).
        self.assertEqual([f for f in found if f["type"] == "PERSON_NAME" and
                          f["value"].isascii()], [])
        self.assertEqual({f["path"] for f in found}, {self.msg})
        code, out, err = run("scan", self.msg)
        self.assertIn("投诉.msg  [text", out)
        # The same offsets in a later run: the conversion adds no time, boundary or id of its own.
        time.sleep(1.1)
        code, again, err = self.scan(self.msg)
        self.assertEqual(again, found)

    def test_office_attachment_is_read_as_a_file(self):
        import io
        import openpyxl
        wb = openpyxl.Workbook()
        wb.active.title = "名单"
        wb.active.append(["姓名", "手机号码"])
        wb.active.append(["赵强", "13612345678"])
        book = io.BytesIO()
        wb.save(book)
        message = dict(MESSAGE, attachments=[{
            "name": "客户名单.xlsx",
            "mime": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "data_hex": book.getvalue().hex()}])
        path = self.path("附件.msg")
        write_msg(path, message)
        code, found, err = self.scan(path)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(sorted((f["path"][len(path):], f["type"], f["field"]) for f in found
                                if f["path"] != path),
                         [("!客户名单.xlsx!名单", "PERSON_NAME", "姓名"),
                          ("!客户名单.xlsx!名单", "PHONE_NUMBER", "手机号码")])

    def test_inside_a_zip_archive(self):
        z = self.path("mails.zip")
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(self.msg, "2026-11/投诉.msg")
        code, found, err = self.scan(z)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual({f["path"] for f in found}, {z + "!2026-11/投诉.msg"})
        code, direct, _ = self.scan(self.msg)
        self.assertEqual(sorted((f["type"], f["value"]) for f in found),
                         sorted((f["type"], f["value"]) for f in direct))

    def test_text_under_a_msg_name_is_read_as_it_is(self):
        p = self.path("saved.msg")
        with open(p, "w", encoding="utf-8") as f:
            f.write("From: a@example.com\nSubject: hi\n\n联系电话 13800138000\n")
        code, found, err = self.scan(p)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual([f["value"] for f in found if f["type"] == "PHONE_NUMBER"], ["13800138000"])

    def test_damaged_message_missing_module_and_missing_perl(self):
        # An OLE2 file that is no message (a Word fixture renamed): an error, the scan goes on.
        fixture = os.path.join(os.environ.get("PIGUARD_SOURCE_DIR", "."), "tests", "fixtures",
                               "word97", "form.doc")
        bad = self.path("bad.msg")
        shutil.copy(fixture, bad)
        log = self.path("ok.log")
        with open(log, "w") as f:
            f.write("msisdn=13800138000\n")
        code, found, err = self.scan(bad, log)
        self.assertEqual(code, 2, err)
        self.assertIn(bad + ": it has none of an Outlook message's properties", err)
        self.assertEqual([f["path"] for f in found], [log])
        # A perl without the module (exit status 3 from the script), and no perl at all.
        bin_dir = self.path("bin")
        os.mkdir(bin_dir)
        fake = os.path.join(bin_dir, "perl")
        with open(fake, "w") as f:
            f.write("#!/bin/sh\nexit 3\n")
        os.chmod(fake, os.stat(fake).st_mode | stat.S_IEXEC)
        # Damaged: an OLE2 file cut short.
        with open(self.msg, "rb") as f:
            data = f.read()
        cut = self.path("cut.msg")
        with open(cut, "wb") as f:
            f.write(data[:1536])
        code, _, err = self.scan(cut)
        self.assertEqual(code, 2, err)
        self.assertIn(cut + ": ", err)
        code, _, err = self.scan(self.msg, env=dict(os.environ, PATH=bin_dir))
        self.assertEqual(code, 2, err)
        self.assertIn("the Perl module Email::Outlook::Message is not installed; install "
                      "Debian's libemail-outlook-message-perl", err)
        os.remove(fake)
        code, _, err = self.scan(self.msg, env=dict(os.environ, PATH=bin_dir))
        self.assertEqual(code, 2, err)
        self.assertIn("is not installed; install Debian's perl to scan Outlook messages", err)

    def test_redact_notes_it(self):
        src = self.path("in")
        os.mkdir(src)
        shutil.copy(self.msg, os.path.join(src, "m.msg"))
        code, out, err = run("redact", src, "-o", self.path("out"))
        self.assertIn("an Outlook message; redact does not rewrite it", err)
        self.assertFalse(os.path.exists(os.path.join(self.path("out"), "m.msg")))


if __name__ == "__main__":
    unittest.main()
