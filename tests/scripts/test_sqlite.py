#!/usr/bin/python3
"""`piguard scan` on SQLite databases, written here by Python's own sqlite3 module (the SQLite
library, driven independently of piguard): each table an input read as CSV with its column
names as fields and a finding's line the row's position plus one; the same findings under
another name, inside a tar.gz, on standard input and as an e-mail attachment; rows committed
to a write-ahead log that a live connection keeps open are read; the files are not changed and
no file is made beside them; a damaged database is an error (exit status 2); redact says it
does not rewrite databases."""
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest, run_piguard, scan_values  # noqa: E402

CUSTOMERS = [
    ("王小明", "13912345678", "11010519491231002X", "浙江省杭州市西湖区文三路478号", "2026-11-01 10:00:00"),
    ("欧阳娜娜", "15012345678", None, "北京市朝阳区建国路88号", "2026-11-02 11:30:00"),
    (None, None, None, None, "2026-11-03 09:00:00"),
    ("李强", "+86 137-1234-5678", "310106196501191487", None, "2026-11-04 16:45:00"),
]


run = run_piguard
scan = scan_values


def make_crm(path):
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, 姓名 TEXT, 手机号码 TEXT,"
              " 身份证号 TEXT, 地址 TEXT, created_at TEXT)")
    c.executemany("INSERT INTO customers (姓名, 手机号码, 身份证号, 地址, created_at)"
                  " VALUES (?, ?, ?, ?, ?)", CUSTOMERS)
    c.execute("CREATE TABLE call_log (msisdn INTEGER, imsi TEXT, duration INTEGER, extra BLOB)")
    c.execute("INSERT INTO call_log VALUES (13800001111, '460001234567890', 63, ?)",
              (json.dumps({"email": "zhao.min@example.com"}).encode(),))
    c.execute("INSERT INTO call_log VALUES (42, NULL, 0, ?)", (b"\x00\x01\x02",))
    c.execute("CREATE VIEW recent AS SELECT * FROM customers")
    c.commit()
    c.close()


WANT = sorted([
    ("!customers", 2, "PERSON_NAME", "姓名", "王小明"),
    ("!customers", 2, "PHONE_NUMBER", "手机号码", "13912345678"),
    ("!customers", 2, "CHINA_RESIDENT_ID_NUMBER", "身份证号", "11010519491231002X"),
    ("!customers", 2, "STREET_ADDRESS", "地址", "浙江省杭州市西湖区文三路478号"),
    ("!customers", 3, "PERSON_NAME", "姓名", "欧阳娜娜"),
    ("!customers", 3, "PHONE_NUMBER", "手机号码", "15012345678"),
    ("!customers", 3, "STREET_ADDRESS", "地址", "北京市朝阳区建国路88号"),
    ("!customers", 5, "PERSON_NAME", "姓名", "李强"),
    ("!customers", 5, "PHONE_NUMBER", "手机号码", "+86 137-1234-5678"),
    ("!customers", 5, "CHINA_RESIDENT_ID_NUMBER", "身份证号", "310106196501191487"),
    ("!call_log", 2, "PHONE_NUMBER", "msisdn", "13800001111"),
    ("!call_log", 2, "IMSI_ID", "imsi", "460001234567890"),
    ("!call_log", 2, "EMAIL_ADDRESS", "extra", "zhao.min@example.com"),
])


class SqliteTest(TempDirTest):
    def test_tables_are_read_as_csv(self):
        db = self.path("crm.db")
        make_crm(db)
        with open(db, "rb") as f:
            before = hashlib.sha256(f.read()).hexdigest()
        code, got, err = scan(db)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, WANT)
        # Read-only and immutable: the file is as it was, and nothing was made beside it.
        with open(db, "rb") as f:
            self.assertEqual(hashlib.sha256(f.read()).hexdigest(), before)
        self.assertEqual(os.listdir(self.dir), ["crm.db"])
        # The summary: an input per table (the view is not one), columns as fields.
        code, out, err = run("scan", db)
        self.assertIn("crm.db!customers  [csv, 5 lines", out)
        self.assertIn("crm.db!call_log  [csv, 3 lines", out)
        self.assertNotIn("recent", out)
        self.assertIn("身份证号", out)

    def test_by_content_in_archives_on_stdin_and_in_mail(self):
        db = self.path("crm.db")
        make_crm(db)
        self.assert_read_by_content(db, WANT, "phone/crm.db")
        # A path SQLite's URIs would misread unescaped (SQLite opens it by a file: URI).
        odd = os.path.join(self.dir, "备份 100%?#", "a b#?.db")
        os.mkdir(os.path.dirname(odd))
        shutil.copy(db, odd)
        self.assertEqual(scan(odd), (1, WANT, ""))
        self.assert_read_as_attachment(db, WANT, "crm.db")

    def test_rows_in_a_live_write_ahead_log_are_read(self):
        db = self.path("app.db")
        c = sqlite3.connect(db)
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA wal_autocheckpoint=0")
        c.execute("CREATE TABLE users (name TEXT, phone TEXT)")
        c.execute("INSERT INTO users VALUES ('赵敏', '13700001111')")
        c.commit()
        try:
            self.assertGreater(os.path.getsize(db + "-wal"), 0)
            code, got, err = scan(db)
            self.assertEqual((code, err), (1, ""))
            self.assertEqual(got, [("!users", 2, "PERSON_NAME", "name", "赵敏"),
                                   ("!users", 2, "PHONE_NUMBER", "phone", "13700001111")])
            # The main file alone (copied without its log) has none of it yet.
            alone = self.path("alone.db")
            shutil.copy(db, alone)
            code, got, err = scan(alone)
            self.assertEqual((code, got, err), (0, [], ""))
        finally:
            c.close()

    def test_damaged_databases_are_errors_and_redact_leaves_them(self):
        db = self.path("crm.db")
        make_crm(db)
        with open(db, "rb") as f:
            data = f.read()
        cut = self.path("cut.db")
        with open(cut, "wb") as f:
            f.write(data[:len(data) // 2])
        log = self.path("ok.log")
        with open(log, "w") as f:
            f.write("msisdn=13800138000\n")
        code, out, err = run("scan", cut, log)
        self.assertEqual(code, 2, err)
        self.assertIn(cut + ": ", err)
        self.assertIn("ok.log", out)  # the scan goes on
        self.assertNotIn("1391234", err)  # no values in messages
        self.assert_redact_skips(db, "an SQLite database; redact does not rewrite it")


if __name__ == "__main__":
    unittest.main()
