#!/usr/bin/python3
"""`piguard scan` on archives written by Python's own zipfile and tarfile (independent writers).

The main check is differential: the bundled examples/ (CSV, JSON Lines, logs, mail, a GBK
export, .xls, .pdf) packed into ZIP, tar, tar.gz, tar.bz2 and tar.xz archives must give, member
by member, exactly the findings (type, line, offsets, field, confidence) that scanning the
extracted files gives. Also: archives inside archives, names written in GBK by Chinese ZIP
tools, compressed members, binary members, password-protected and damaged archives (errors,
exit status 2, what came before scanned), archives on standard input and in redact (notes),
--exclude inside archives, the depth limit, and SARIF (the archive is the artifact, the member
a logical location).
"""
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import unittest
import zipfile
import gzip

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
EXAMPLES = os.path.join(SRC, "examples")


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=300, input=stdin)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def findings(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def key(f):
    return (f["line"], f["start"], f["end"], f["type"], f["confidence"], f.get("field"),
            f["detector"])


CSV = "姓名,手机号,身份证号\n张伟,13812345678,11010519491231002X\n".encode()


class ArchiveTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def example_files(self):
        names = []
        for root, _, files in os.walk(EXAMPLES):
            for f in sorted(files):
                rel = os.path.relpath(os.path.join(root, f), EXAMPLES)
                if not rel.startswith("policy"):
                    names.append(rel)
        return sorted(names)

    def test_members_give_the_findings_of_the_extracted_files(self):
        names = self.example_files()
        self.assertGreaterEqual(len(names), 8)
        code, out, err = run("scan", "-f", "jsonl", "--show-values", EXAMPLES)
        self.assertEqual(code, 1, err)
        expected = {}
        for f in findings(out):
            rel = os.path.relpath(f["path"].split("!")[0], EXAMPLES)
            if rel.startswith("policy"):
                continue
            part = f["path"].split("!", 1)[1] if "!" in f["path"] else None
            expected.setdefault((rel, part), []).append(key(f) + (f["value"],))
        self.assertGreater(sum(len(v) for v in expected.values()), 50)

        archives = {}
        z = self.path("examples.zip")
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            for n in names:
                zf.write(os.path.join(EXAMPLES, n), "examples/" + n)
        archives[z] = "zip"
        for mode, ext in [("w", "tar"), ("w:gz", "tar.gz"), ("w:bz2", "tar.bz2"),
                          ("w:xz", "tar.xz")]:
            t = self.path("examples." + ext)
            with tarfile.open(t, mode, format=tarfile.PAX_FORMAT) as tf:
                for n in names:
                    tf.add(os.path.join(EXAMPLES, n), "examples/" + n)
            archives[t] = ext
        for archive, kind in archives.items():
            with self.subTest(kind=kind):
                code, out, err = run("scan", "-f", "jsonl", "--show-values", archive)
                self.assertEqual(code, 1, err)
                self.assertNotIn("error", err)
                got = {}
                for f in findings(out):
                    self.assertTrue(f["path"].startswith(archive + "!examples/"), f["path"])
                    inner = f["path"][len(archive) + len("!examples/"):]
                    rel, _, part = inner.partition("!")
                    got.setdefault((rel, part or None), []).append(key(f) + (f["value"],))
                self.assertEqual(got, expected)

    def test_nested_archives_compressed_members_and_binary_members(self):
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("客户/customers.csv", CSV)
            zf.writestr("logs/app.log.gz", gzip.compress(b"user=13912345678 login\n"))
            zf.writestr("img.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
            zf.writestr("dir/", b"")
        outer = self.path("backup.tar.gz")
        with tarfile.open(outer, "w:gz") as tf:
            data = inner.getvalue()
            ti = tarfile.TarInfo("2026/inner.zip")
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
            link = tarfile.TarInfo("latest")
            link.type = tarfile.SYMTYPE
            link.linkname = "2026/inner.zip"
            tf.addfile(link)
        code, out, err = run("scan", "-f", "jsonl", outer)
        self.assertEqual(code, 1, err)
        fs = findings(out)
        csv_path = outer + "!2026/inner.zip!客户/customers.csv"
        self.assertEqual(sorted((f["path"], f["type"], f["field"]) for f in fs
                                if f["path"] == csv_path),
                         sorted([(csv_path, "PERSON_NAME", "姓名"),
                                 (csv_path, "PHONE_NUMBER", "手机号"),
                                 (csv_path, "CHINA_RESIDENT_ID_NUMBER", "身份证号")]))
        self.assertIn((outer + "!2026/inner.zip!logs/app.log.gz", "PHONE_NUMBER", 1, 5, 16),
                      [(f["path"], f["type"], f["line"], f["start"], f["end"]) for f in fs])
        self.assertIn("skipped " + outer + "!2026/inner.zip!img.png: binary file", err)
        # The summary lists members as inputs, with their compression.
        code, out, err = run("scan", outer)
        self.assertIn(outer + "!2026/inner.zip!logs/app.log.gz  [text, gzip, 1 line", out)
        self.assertIn("Total: 4 findings in 2 of 2 inputs scanned", out)

    def test_office_members_are_rendered(self):
        import openpyxl
        book = self.path("book.xlsx")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "客户名单"
        ws.append(["姓名", "手机号"])
        ws.append(["王建国", "13912345678"])
        wb.save(book)
        z = self.path("share.zip")
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(book, "财务/book.xlsx")
        code, out, err = run("scan", "-f", "jsonl", z)
        self.assertEqual(code, 1, err)
        self.assertEqual(sorted((f["path"], f["line"], f["type"], f["field"])
                                for f in findings(out)),
                         [(z + "!财务/book.xlsx!客户名单", 2, "PERSON_NAME", "姓名"),
                          (z + "!财务/book.xlsx!客户名单", 2, "PHONE_NUMBER", "手机号")])
        code, out, err = run("scan", "-f", "sarif", z)
        loc = json.loads(out)["runs"][0]["results"][0]["locations"][0]
        self.assertEqual(loc["physicalLocation"]["artifactLocation"]["uri"], z)
        self.assertEqual(loc["logicalLocations"][0]["name"], "财务/book.xlsx!客户名单")

    def test_office_files_by_content_are_rendered_not_unpacked(self):
        # A deck piped in, a workbook saved without its extension, a document inside a ZIP
        # under another name: rendered as Office files, their XML never scanned as text.
        deck = os.path.join(SRC, "tests", "fixtures", "pptx", "deck.pptx")
        code, out, err = run("scan", "-f", "jsonl", "-", stdin=read_bytes(deck))
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)}, {"-!slide1", "-!notes1"})
        import openpyxl
        wb = openpyxl.Workbook()
        wb.active.title = "名单"
        wb.active.append(["姓名", "手机号"])
        wb.active.append(["王建国", "13912345678"])
        book = self.path("export_20261101")
        wb.save(book)
        z = self.path("bundle.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.write(book, "export.bin")
        code, out, err = run("scan", "-f", "jsonl", book, z)
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)},
                         {book + "!名单", z + "!export.bin!名单"})

    def test_gbk_member_names_are_decoded(self):
        # Chinese Windows ZIP tools write names in GBK without the UTF-8 flag. zipfile sets
        # the flag for any non-ASCII name, so the name is written in ASCII and patched.
        z = self.path("gbk.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("ABCDEFGH.csv", CSV)
        gbk = "客户名单".encode("gbk")
        self.assertEqual(len(gbk), 8)
        write_bytes(z, read_bytes(z).replace(b"ABCDEFGH", gbk))
        code, out, err = run("scan", "-f", "jsonl", z)
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)}, {z + "!客户名单.csv"})

    def test_password_protected_member_is_an_error(self):
        z = self.path("locked.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("open.csv", CSV)
            zf.writestr("secret.csv", CSV)
        data = bytearray(read_bytes(z))
        # Set bit 0 (encrypted) of secret.csv's flags: its local header is 30 bytes before
        # the name's first copy, its central directory header 46 bytes before the second.
        first = data.find(b"secret.csv")
        second = data.find(b"secret.csv", first + 1)
        self.assertEqual(data[first - 30:first - 26], b"PK\x03\x04")
        self.assertEqual(data[second - 46:second - 42], b"PK\x01\x02")
        data[first - 30 + 6] |= 1
        data[second - 46 + 8] |= 1
        write_bytes(z, bytes(data))
        code, out, err = run("scan", "-f", "jsonl", z)
        self.assertEqual(code, 2, err)
        self.assertIn("piguard: error: " + z + "!secret.csv: is encrypted", err)
        self.assertEqual({f["path"] for f in findings(out)}, {z + "!open.csv"})

    def test_cut_archive_scans_what_came_before_and_is_an_error(self):
        t = self.path("cut.tar")
        with tarfile.open(t, "w") as tf:
            for name, body in [("a.csv", CSV), ("big.log", b"x" * 50000 + b"\n13812345678\n")]:
                ti = tarfile.TarInfo(name)
                ti.size = len(body)
                tf.addfile(ti, io.BytesIO(body))
        write_bytes(t, read_bytes(t)[:512 * 3 + 20000])
        code, out, err = run("scan", "-f", "jsonl", t)
        self.assertEqual(code, 2, err)
        self.assertIn("piguard: error: " + t + "!big.log: ", err)
        self.assertIn("the data before that point was scanned", err)
        self.assertEqual(len([f for f in findings(out) if f["path"] == t + "!a.csv"]), 3)

    def test_cut_inside_a_binary_member_and_a_cut_tar_gz_are_errors(self):
        t = self.path("cut.tar")
        with tarfile.open(t, "w") as tf:
            for name, body in [("a.csv", CSV), ("img.bin", bytes(range(256)) * 400),
                               ("z.txt", b"call 13912345678\n")]:
                ti = tarfile.TarInfo(name)
                ti.size = len(body)
                tf.addfile(ti, io.BytesIO(body))
        write_bytes(t, read_bytes(t)[:512 * 3 + 20000])  # inside img.bin
        code, out, err = run("scan", "-f", "jsonl", t)
        self.assertEqual(code, 2, err)
        self.assertIn("piguard: error: " + t + "!img.bin: ", err)
        # A .tar.gz cut short: libarchive cannot open it from the file, the stream can.
        g = self.path("cut.tar.gz")
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tf:
            for i in range(40):
                body = ("姓名,手机号\n张伟%d,1381234%04d\n" % (i, i) + "x" * 3000).encode()
                ti = tarfile.TarInfo("part%02d.csv" % i)
                ti.size = len(body)
                tf.addfile(ti, io.BytesIO(body))
        import gzip
        packed = gzip.compress(buf.getvalue())
        write_bytes(g, packed[: len(packed) // 2])
        code, out, err = run("scan", "-f", "jsonl", g)
        self.assertEqual(code, 2, err)
        self.assertIn("gzip stream is truncated", err)
        self.assertTrue(any(f["path"] == g + "!part00.csv" for f in findings(out)))

    def test_pipes_and_control_characters_in_names(self):
        z = self.path("a.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("dir/a.csv", CSV)
            zf.writestr("bad\x1b[31m\nname.csv", CSV)
        fifo = self.path("pipe")
        os.mkfifo(fifo)
        import threading

        def feed():
            with open(fifo, "wb") as f:
                f.write(read_bytes(z))
        writer = threading.Thread(target=feed)
        writer.start()
        code, out, err = run("scan", "-f", "jsonl", fifo)
        writer.join()
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)},
                         {fifo + "!dir/a.csv", fifo + "!bad\\x1B[31m\\x0Aname.csv"})

    def test_depth_limit(self):
        data = CSV
        name = "a.csv"
        for i in range(6):
            buf = io.BytesIO()
            with tarfile.open(fileobj=buf, mode="w") as tf:
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                tf.addfile(ti, io.BytesIO(data))
            data, name = buf.getvalue(), "level%d.tar" % i
        t = self.path("deep.tar")
        write_bytes(t, data)
        code, out, err = run("scan", t)
        self.assertEqual(code, 0, err + out)
        self.assertIn("an archive inside 4 others; extract it to scan its members", err)

    def test_exclude_globs_apply_to_members(self):
        z = self.path("mixed.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("keep.csv", CSV)
            zf.writestr("logs/skip.log", b"user=13912345678\n")
        code, out, err = run("scan", "-f", "jsonl", "--exclude", "*.log", z)
        self.assertEqual({f["path"] for f in findings(out)}, {z + "!keep.csv"})

    def test_standard_input_archives_are_opened_and_redact_skips_them(self):
        z = self.path("a.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("a.csv", CSV)
        code, out, err = run("scan", "-f", "jsonl", "-", stdin=read_bytes(z))
        self.assertEqual(code, 1, err)
        self.assertEqual({f["path"] for f in findings(out)}, {"-!a.csv"})
        # `tar cz dir | piguard scan -`: gzip undone by piguard, the tar read as a stream.
        t = self.path("a.tar.gz")
        with tarfile.open(t, "w:gz") as tf:
            ti = tarfile.TarInfo("dir/客户.csv")
            ti.size = len(CSV)
            tf.addfile(ti, io.BytesIO(CSV))
        code, out, err = run("scan", "-f", "jsonl", "-", stdin=read_bytes(t))
        self.assertEqual(code, 1, err)
        self.assertEqual([(f["path"], f["type"]) for f in findings(out)],
                         [("-!dir/客户.csv", "PERSON_NAME"), ("-!dir/客户.csv", "PHONE_NUMBER"),
                          ("-!dir/客户.csv", "CHINA_RESIDENT_ID_NUMBER")])
        # Text on standard input is still text, however short its first read.
        code, out, err = run("scan", "-f", "jsonl", "-", stdin=b"13812345678\n")
        self.assertEqual([f["type"] for f in findings(out)], ["PHONE_NUMBER"])
        src = self.path("in")
        os.mkdir(src)
        shutil.copy(z, os.path.join(src, "a.zip"))
        code, out, err = run("redact", src, "-o", self.path("out"))
        self.assertIn("redact does not rewrite archives", err)
        self.assertFalse(os.path.exists(os.path.join(self.path("out"), "a.zip")))

    def test_text_named_zip_is_text(self):
        p = self.path("notes.zip")
        write_bytes(p, b"call 13812345678\n")
        code, out, err = run("scan", "-f", "jsonl", p)
        self.assertEqual(code, 1, err)
        self.assertEqual([f["path"] for f in findings(out)], [p])

    def test_sarif_names_the_archive_and_the_member(self):
        z = self.path("s.zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("dir/a.csv", CSV)
        code, out, err = run("scan", "-f", "sarif", z)
        self.assertEqual(code, 1, err)
        results = json.loads(out)["runs"][0]["results"]
        self.assertEqual(len(results), 3)
        for r in results:
            loc = r["locations"][0]
            self.assertEqual(loc["physicalLocation"]["artifactLocation"]["uri"], z)
            self.assertNotIn("region", loc["physicalLocation"])
            self.assertEqual(loc["logicalLocations"][0]["name"], "dir/a.csv")
            self.assertIn("line 2 of dir/a.csv in the archive", r["message"]["text"])


if __name__ == "__main__":
    unittest.main()
