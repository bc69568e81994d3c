#!/usr/bin/python3
"""End-to-end tests of `piguard audit verify | export` on SQLite ledgers: exit codes, the first
bad record named after tampering (edited with Python's sqlite3 module), export filters and the
atomic -o file. The hash chain is recomputed here from the specification in docs/ledger.md
("Hash chain"), independently of the C++ code, in both directions: Python checks what piguard
wrote, and piguard verifies a record that Python wrote."""
import hashlib
import json
import os
import sqlite3
import struct
import subprocess
import tempfile
import unittest

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
# The ledger writer for tests is built next to the piguard binary.
FILL = os.path.join(os.path.dirname(os.path.abspath(BIN)), "piguard_ledger_fill")

FIELDS = ["principal", "role", "remote_addr", "request_id", "action", "subscriber_id",
          "service", "purpose", "decision", "reason", "article", "detail_json"]
GENESIS = "0" * 64


def canonical(row):
    """docs/ledger.md: tag, u64be seq, 32 raw bytes prev_hash, i64be time_ms, then each field
    as u32be length + UTF-8 bytes."""
    out = b"piguard.audit.v1"
    out += struct.pack(">Q", row["seq"])
    out += bytes.fromhex(row["prev_hash"])
    out += struct.pack(">q", row["time_ms"])
    for f in FIELDS:
        b = row[f].encode("utf-8")
        out += struct.pack(">I", len(b)) + b
    return out


def row_hash(row):
    return hashlib.sha256(canonical(row)).hexdigest()


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class AuditCliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "ledger.db")
        subprocess.run([FILL, "sqlite:" + self.db, "20"], check=True, timeout=120)
        self.n = 22  # 20 gate decisions + a grant + a withdrawal

    def tearDown(self):
        self.tmp.cleanup()

    def sql(self, *statements):
        con = sqlite3.connect(self.db)
        with con:
            for s in statements:
                con.execute(s)
        con.close()

    def rows(self):
        con = sqlite3.connect(self.db)
        con.row_factory = sqlite3.Row
        rows = [dict(r) for r in con.execute("SELECT * FROM audit_log ORDER BY seq")]
        con.close()
        return rows

    def verify_bad(self, seq, problem):
        rc, out, err = run("audit", "verify", "--ledger", self.db)
        self.assertEqual(rc, 1, out + err)
        self.assertIn("first bad record: seq %d (%s)" % (seq, problem), out)
        rc, out, _ = run("audit", "verify", "--ledger", "sqlite:" + self.db, "--format", "json")
        self.assertEqual(rc, 1)
        report = json.loads(out)
        self.assertFalse(report["valid"])
        self.assertEqual(report["first_bad_seq"], seq)
        self.assertEqual(report["problem"], problem)
        return report

    # --- verify -------------------------------------------------------------------------

    def test_valid_chain_exits_0(self):
        rc, out, err = run("audit", "verify", "--ledger", "sqlite:" + self.db)
        self.assertEqual(rc, 0, err)
        self.assertIn("audit chain valid: %d records" % self.n, out)
        rc, out, _ = run("audit", "verify", "--ledger", self.db, "--format", "json")
        self.assertEqual(rc, 0)
        report = json.loads(out)
        self.assertTrue(report["valid"])
        self.assertEqual(report["entries"], self.n)
        self.assertEqual(report["head_hash"], self.rows()[-1]["hash"])

    def test_stored_chain_matches_the_documented_encoding(self):
        prev = GENESIS
        for r in self.rows():
            self.assertEqual(r["prev_hash"], prev, "seq %d" % r["seq"])
            self.assertEqual(r["hash"], row_hash(r), "seq %d" % r["seq"])
            prev = r["hash"]

    def test_record_appended_per_the_spec_verifies(self):
        last = self.rows()[-1]
        new = dict(last, seq=last["seq"] + 1, prev_hash=last["hash"], time_ms=1704067300000,
                   request_id="written-by-python", detail_json='{"ok":true}', reason="中文理由")
        new["hash"] = row_hash(new)
        cols = ", ".join(new.keys())
        marks = ", ".join("?" for _ in new)
        con = sqlite3.connect(self.db)
        with con:
            con.execute("INSERT INTO audit_log (%s) VALUES (%s)" % (cols, marks), list(new.values()))
            con.execute("UPDATE audit_head SET seq = ?, hash = ?", (new["seq"], new["hash"]))
        con.close()
        rc, out, err = run("audit", "verify", "--ledger", self.db)
        self.assertEqual(rc, 0, out + err)
        self.assertIn("%d records" % (self.n + 1), out)

    def test_modified_field_names_the_record(self):
        self.sql("UPDATE audit_log SET decision = 'allowed' WHERE seq = 4")  # was refused
        report = self.verify_bad(4, "modified")
        self.assertIn("seq 4 was modified", report["message"])

    def test_modified_consent_audit_record(self):
        self.sql("UPDATE audit_log SET decision = 'granted' WHERE seq = 22")
        self.verify_bad(22, "modified")

    def test_deleted_record_names_the_gap(self):
        self.sql("DELETE FROM audit_log WHERE seq = 9")
        report = self.verify_bad(9, "deleted")
        self.assertEqual(report["expected"], "seq 9")
        self.assertEqual(report["found"], "seq 10")

    def test_deleted_last_record_is_truncation(self):
        self.sql("DELETE FROM audit_log WHERE seq = %d" % self.n)
        self.verify_bad(self.n, "truncated")

    def test_inserted_record_after_the_head(self):
        last = self.rows()[-1]
        forged = dict(last, seq=last["seq"] + 1, prev_hash=last["hash"], reason="forged")
        forged["hash"] = row_hash(forged)
        cols = ", ".join(forged.keys())
        self.sql("INSERT INTO audit_log (%s) VALUES (%s)" % (
            cols, ", ".join(repr(v) if isinstance(v, str) else str(v) for v in forged.values())))
        self.verify_bad(self.n + 1, "inserted")

    def test_swapped_records_are_reordered(self):
        self.sql("UPDATE audit_log SET seq = -1 WHERE seq = 12",
                 "UPDATE audit_log SET seq = 12 WHERE seq = 13",
                 "UPDATE audit_log SET seq = 13 WHERE seq = -1")
        report = self.verify_bad(12, "reordered")
        self.assertIn("written as seq 13", report["message"])

    def test_missing_ledger_is_an_error_not_an_empty_chain(self):
        missing = os.path.join(self.tmp.name, "nope.db")
        rc, _, err = run("audit", "verify", "--ledger", missing)
        self.assertEqual(rc, 2)
        self.assertIn("no such SQLite database", err)
        self.assertFalse(os.path.exists(missing))

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("audit", "verify")[0], 2)
        self.assertEqual(run("audit", "verify", "--ledger", "mysql://x/y")[0], 2)
        rc, _, err = run("audit", "export", "--ledger", self.db, "--from", "yesterday")
        self.assertEqual(rc, 2)
        self.assertIn("--from", err)

    def test_unreachable_postgres_is_an_error(self):
        rc, _, err = run("audit", "verify", "--ledger",
                         "postgresql://piguard@127.0.0.1:1/postgres?connect_timeout=2")
        self.assertEqual(rc, 2)
        self.assertIn("cannot connect to PostgreSQL", err)

    # --- export -------------------------------------------------------------------------

    def export(self, *args):
        rc, out, err = run("audit", "export", "--ledger", self.db, *args)
        self.assertEqual(rc, 0, err)
        return [json.loads(line) for line in out.splitlines()]

    def test_export_everything_in_seq_order_with_recomputable_hashes(self):
        rows = self.export()
        self.assertEqual([r["seq"] for r in rows], list(range(1, self.n + 1)))
        prev = GENESIS
        for r in rows:
            flat = dict(r)  # detail_json is the exact string the hash covers
            self.assertEqual(r["detail"], json.loads(r["detail_json"] or "{}"))
            self.assertEqual(r["prev_hash"], prev)
            self.assertEqual(row_hash(flat), r["hash"])
            prev = r["hash"]
        self.assertEqual(rows[0]["time"], "2024-01-01T00:00:00.000Z")

    def test_export_filters(self):
        self.assertEqual(len(self.export("--subscriber", "sub-1")), 4 + 2)
        self.assertEqual(len(self.export("--principal", "crm")), 10)
        self.assertEqual([r["action"] for r in self.export("--action", "consent.*")],
                         ["consent.grant", "consent.withdraw"])
        self.assertEqual(len(self.export("--action", "gate.decide")), 20)
        rows = self.export("--from", "2024-01-01T00:00:00.005Z", "--to", "1704067200010")
        self.assertEqual([r["seq"] for r in rows], [6, 7, 8, 9, 10])
        rows = self.export("--from", "2024-01-01T08:00:00.015+08:00")
        self.assertEqual(rows[0]["seq"], 16)
        self.assertEqual(self.export("--from", "2024-01-02"), [])

    def test_export_to_file_is_atomic_and_complete(self):
        path = os.path.join(self.tmp.name, "out", "audit.jsonl")
        rc, out, err = run("audit", "export", "--ledger", self.db, "-o", path)
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "")
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        self.assertEqual(len(lines), self.n)
        self.assertEqual([p for p in os.listdir(os.path.dirname(path))], ["audit.jsonl"])


if __name__ == "__main__":
    unittest.main()
