#!/usr/bin/python3
"""End-to-end tests of the `piguard scan` command line: exit codes, output formats, privacy
defaults, atomic output files, stdin, gzip/zstd/xz/bzip2, and error messages. Runs the real
binary."""
import bz2
import gzip
import json
import lzma
import os
import re
import stat
import subprocess
import sys
import tempfile
import unittest


def zstd(data):
    """One zstd frame, with its content checksum, by the zstd tool (scripts/setup.sh)."""
    return subprocess.run(["zstd", "-q", "-c"], input=data, capture_output=True,
                          check=True).stdout


# name in the summary, file suffix, one compressed unit, what a stream consists of
CODECS = [
    ("zstd", ".zst", zstd, "a frame"),
    ("xz", ".xz", lzma.compress, "a stream"),
    ("bzip2", ".bz2", bz2.compress, "a stream"),
]

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")


def run(*args, stdin=None, cwd=None):
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data, mode="w"):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_exit_codes(self):
        clean = self.write("clean.log", "nothing to see here, status=200 bytes=512\n")
        pi = self.write("pi.log", "user=13812345678 ok\n")
        self.assertEqual(run("scan", clean)[0], 0)
        self.assertEqual(run("scan", pi)[0], 1)
        rc, _, err = run("scan", os.path.join(self.dir, "missing.log"))
        self.assertEqual(rc, 2)
        self.assertIn("missing.log", err)
        rc, _, err = run("scan", "--format", "xml", pi)
        self.assertEqual(rc, 2)
        self.assertIn("unknown output format", err)
        rc, _, _ = run("scan", "--no-such-flag", pi)
        self.assertEqual(rc, 2)
        # An unreadable input makes the result incomplete: exit 2 even though PI was found.
        rc, _, _ = run("scan", pi, os.path.join(self.dir, "missing.log"))
        self.assertEqual(rc, 2)

    def test_jsonl_fields_offsets_and_no_raw_values_by_default(self):
        data = "first\nuser=13812345678 id=11010519491231002X\n"
        path = self.write("a.log", data)
        rc, out, _ = run("scan", "--format", "jsonl", path)
        self.assertEqual(rc, 1)
        rows = [json.loads(l) for l in out.splitlines()]
        self.assertEqual([r["type"] for r in rows], ["PHONE_NUMBER", "CHINA_RESIDENT_ID_NUMBER"])
        raw = data.encode()
        for r in rows:
            for key in ("path", "line", "start", "end", "type", "confidence", "detector"):
                self.assertIn(key, r)
            self.assertEqual(r["line"], 2)
            self.assertNotIn("value", r)
            value = raw[r["start"]:r["end"]].decode()
            self.assertNotIn(value, out)  # the raw value appears nowhere in the output
            self.assertIn("*", r["preview"])
        rc, out, _ = run("scan", "--format", "jsonl", "--show-values", path)
        rows = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(rows[0]["value"], "13812345678")
        rc, out, _ = run("scan", "--format", "jsonl", "--no-preview", path)
        self.assertNotIn("preview", json.loads(out.splitlines()[0]))

    def test_sarif_is_valid_and_matches_jsonl(self):
        path = self.write("b.log", "a 13812345678\nb 192.168.1.20 c test@example.com\n")
        _, jl, _ = run("scan", "--format", "jsonl", path)
        rc, out, _ = run("scan", "--format", "sarif", path)
        self.assertEqual(rc, 1)
        doc = json.loads(out)
        self.assertEqual(doc["version"], "2.1.0")
        run0 = doc["runs"][0]
        rules = {r["id"] for r in run0["tool"]["driver"]["rules"]}
        self.assertIn("PHONE_NUMBER", rules)
        results = run0["results"]
        self.assertEqual(len(results), len(jl.splitlines()))
        region = results[1]["locations"][0]["physicalLocation"]["region"]
        self.assertEqual(region["startLine"], 2)
        self.assertEqual(region["byteOffset"], 16)
        self.assertEqual(region["byteLength"], len("192.168.1.20"))
        self.assertNotIn("13812345678", out)

    def test_summary_counts_per_file_and_column(self):
        path = self.write("t.csv", "name,msisdn,note\n张伟,13812345678,x\n李娜,13912345678,y\n")
        rc, out, _ = run("scan", path)
        self.assertEqual(rc, 1)
        self.assertIn("t.csv", out)
        self.assertRegex(out, r"PHONE_NUMBER\s+2")
        self.assertRegex(out, r"msisdn\s+PHONE_NUMBER\s+2")
        self.assertRegex(out, r"name\s+PERSON_NAME\s+2")
        self.assertNotIn("13812345678", out)

    def test_stdin_and_gzip(self):
        rc, out, _ = run("scan", "--format", "jsonl", "-", stdin="call 13812345678\n".encode())
        self.assertEqual(rc, 1)
        self.assertEqual(json.loads(out)["path"], "-")
        gz = os.path.join(self.dir, "c.log.gz")
        with gzip.open(gz, "wb") as f:
            f.write(b"line\nphone 13812345678\n")
        rc, out, _ = run("scan", "--format", "jsonl", gz)
        row = json.loads(out)
        self.assertEqual((row["line"], row["start"]), (2, 11))
        rc, out, _ = run("scan", "--format", "jsonl", "--input-format", "csv", "-",
                         stdin="phone\n13812345678\n".encode())
        self.assertEqual(json.loads(out)["field"], "phone")

    def test_zstd_xz_bzip2_inputs(self):
        """Each compression gives the plain file's findings (offsets and lines into the
        decompressed bytes), from a file of several frames/streams as from standard input;
        the summary names it; truncation and damage are errors (exit 2) reported after the
        findings before them."""
        body = "".join(f"{i},1381234{1000 + i:04d},ok\n" for i in range(3000))
        data = ("id,msisdn,note\n" + body).encode()
        plain = self.write("p.csv", data)
        rc, out, _ = run("scan", "--format", "jsonl", plain)
        self.assertEqual(rc, 1)
        want = [dict(json.loads(line), path="") for line in out.splitlines()]
        self.assertEqual(len(want), 3000)
        self.assertEqual(want[5]["field"], "msisdn")
        third = len(data) // 3
        for name, suffix, compress, unit in CODECS:
            with self.subTest(name):
                units = [compress(data[:third]), compress(data[third:2 * third]),
                         compress(data[2 * third:])]
                z = b"".join(units)
                path = self.write("p.csv" + suffix, z)
                rc, out, _ = run("scan", "--format", "jsonl", path)
                self.assertEqual(rc, 1)
                self.assertEqual([dict(json.loads(line), path="") for line in out.splitlines()], want)
                rc, out, _ = run("scan", "--format", "jsonl", "--input-format", "csv", "-", stdin=z)
                self.assertEqual([dict(json.loads(line), path="") for line in out.splitlines()], want)
                rc, out, _ = run("scan", path)
                self.assertIn(f"p.csv{suffix}  [csv, {name}, 3001 lines, ", out)

                cut = self.write("cut.csv" + suffix, z[:len(units[0]) + 20])
                rc, out, err = run("scan", "--format", "jsonl", cut)
                self.assertEqual(rc, 2)
                self.assertIn(f"piguard: error: {cut}: {name} stream is truncated (it ends inside "
                              f"{unit}); the data before that point was scanned", err)
                got = [dict(json.loads(line), path="") for line in out.splitlines()]
                self.assertGreaterEqual(len(got), 900)
                self.assertEqual(got, want[:len(got)])

                bad = self.write("bad.csv" + suffix, z + b"\n-- trailing junk --\n")
                rc, out, err = run("scan", "--format", "jsonl", bad)
                self.assertEqual(rc, 2)
                m = re.search(rf"piguard: error: {re.escape(bad)}: {name} data is corrupt near "
                              rf"compressed byte (\d+) \(", err)
                self.assertIsNotNone(m, err)
                self.assertTrue(len(z) <= int(m.group(1)) <= len(z) + 22, m.group(0))
                self.assertEqual(len(out.splitlines()), 3000)

    def test_compression_is_recognised_by_content_not_name(self):
        data = b"n,phone\n1,13812345678\n"
        rc, out, _ = run("scan", self.write("renamed.bin", zstd(data)))
        self.assertIn("renamed.bin  [text, zstd, 2 lines, 22 B]", out)
        rc, out, _ = run("scan", self.write("plain.csv.bz2", data))
        self.assertIn("plain.csv.bz2  [csv, 2 lines, 22 B]", out)
        rc, out, _ = run("scan", self.write("bzh.log", b"BZh91 13812345678\n"))
        self.assertIn("bzh.log  [text, 1 line, 18 B]", out)

    def test_output_file_is_written_atomically_and_privately(self):
        path = self.write("d.log", "13812345678\n")
        out = os.path.join(self.dir, "report.jsonl")
        rc, stdout, _ = run("scan", "--format", "jsonl", "-o", out, path)
        self.assertEqual(rc, 1)
        self.assertEqual(stdout, "")
        with open(out) as f:
            self.assertEqual(len(f.read().splitlines()), 1)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode) & 0o077, 0)
        self.assertEqual([n for n in os.listdir(self.dir) if ".tmp." in n], [])
        # A failing run leaves neither a report nor a temporary file behind.
        bad = os.path.join(self.dir, "nodir", "r.jsonl")
        rc, _, err = run("scan", "-o", bad, path)
        self.assertEqual(rc, 2)
        self.assertFalse(os.path.exists(bad))

    def test_config_errors_name_file_line_and_column(self):
        cfg = self.write("bad.yaml", "min_confidence: LIKELY\ntypos:\n  x: 1\n")
        rc, _, err = run("scan", "-c", cfg, self.write("e.log", "x\n"))
        self.assertEqual(rc, 2)
        self.assertIn("bad.yaml:2:1", err)
        self.assertIn("unknown key 'typos'", err)
        cfg = self.write("re.yaml", "custom_types:\n  - name: EMP\n    regex: 'EMP(\\d'\n")
        rc, _, err = run("scan", "-c", cfg, self.write("e.log", "x\n"))
        self.assertEqual(rc, 2)
        self.assertIn("re.yaml:3:12", err)
        self.assertIn("bad RE2 pattern", err)

    def test_types_filter_and_min_confidence(self):
        path = self.write("f.log", "a 13812345678 b 10.1.2.3\n")
        _, out, _ = run("scan", "--format", "jsonl", "--types", "IP_ADDRESS", path)
        self.assertEqual([json.loads(l)["type"] for l in out.splitlines()], ["IP_ADDRESS"])
        _, out, _ = run("scan", "--format", "jsonl", "-T", "IP_ADDRESS", path)
        self.assertEqual([json.loads(l)["type"] for l in out.splitlines()], ["PHONE_NUMBER"])
        rc, _, err = run("scan", "--types", "NOT_A_TYPE", path)
        self.assertEqual(rc, 2)
        self.assertIn("NOT_A_TYPE", err)
        rc, _, _ = run("scan", "--min-confidence", "VERY_LIKELY", path)
        self.assertEqual(rc, 0)  # bare values without context stay below VERY_LIKELY

    def test_threads_give_identical_output(self):
        lines = "".join(f"t={i} user=1381234{i % 10000:04d} ip=10.0.{i % 250}.1\n" for i in range(20000))
        path = self.write("g.log", lines)
        outs = [run("scan", "--format", "jsonl", "-j", str(j), path)[1] for j in (1, 2, 4)]
        self.assertEqual(len(outs[0].splitlines()), 40000)
        self.assertEqual(outs[0], outs[1])
        self.assertEqual(outs[0], outs[2])

    def test_warnings_go_to_stderr_with_location_and_without_values(self):
        path = self.write("h.jsonl", '{"phone":"13812345678"}\n{"broken": "13912345678"\n')
        rc, out, err = run("scan", "--format", "jsonl", path)
        self.assertEqual(rc, 1)
        self.assertEqual(len(out.splitlines()), 2)
        self.assertIn("h.jsonl:2", err)
        self.assertNotIn("13912345678", err)
        rc, out, err = run("scan", "-q", "--format", "jsonl", path)
        self.assertEqual(err, "")

    def test_binary_files_are_skipped_with_a_note(self):
        path = self.write("i.bin", b"\x00\x01\x02 13812345678\n")
        rc, out, err = run("scan", path)
        self.assertEqual(rc, 0)
        self.assertIn("skipped", err)
        rc, _, _ = run("scan", "--binary", path)
        self.assertEqual(rc, 1)

    def test_examples_demo_finds_pi_and_clean_file_is_clean(self):
        examples = os.path.join(SRC, "examples")
        if not os.path.isdir(examples):
            self.skipTest("no examples directory")
        rc, out, _ = run("scan", examples)
        self.assertEqual(rc, 1)
        self.assertIn("Total:", out)
        clean = os.path.join(examples, "clean.txt")
        if os.path.exists(clean):
            self.assertEqual(run("scan", clean)[0], 0)

    def test_very_long_line_is_scanned_whole_with_a_warning(self):
        # 20 MB on one line: longer than the 8 MiB record limit, so it is scanned in pieces;
        # every phone number in it must still be found, at its exact offset.
        unit = "x" * 9990 + " 13800138000 "
        path = self.write("long.txt", "head 13900001111\n" + unit * 2000 + "\ntail 13700001111\n")
        rc, out, err = run("scan", "-j2", "--format", "jsonl", path)
        self.assertEqual(rc, 1)
        rows = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(len(rows), 2002)
        self.assertEqual(rows[1]["line"], 2)
        self.assertEqual(rows[1]["start"], len("head 13900001111\n") + 9991)
        self.assertEqual(rows[-1]["line"], 3)
        self.assertIn("long.txt:2", err)
        self.assertIn("pieces", err)

    def test_version_and_help(self):
        rc, out, _ = run("--version")
        self.assertEqual(rc, 0)
        self.assertIn("piguard", out)
        rc, out, _ = run("scan", "--help")
        self.assertEqual(rc, 0)
        self.assertIn("--show-values", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
