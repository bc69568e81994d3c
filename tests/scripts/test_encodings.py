#!/usr/bin/python3
"""`piguard scan` on inputs in GB18030 (GBK), Big5 and UTF-16, against Python's own codecs as the
independent encoder: every file of two labelled corpora under tests/data, encoded by Python,
must give the findings of its UTF-8 original (types, values, lines, columns), each at the
byte offsets Python's encoding of the text before it says. Also: the summary names the
encoding, --encoding forces one or rejects an unknown name, bad bytes give one warning with
path:line:col, and redact writes its output in the input's encoding."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
CORPORA = [os.path.join(SRC, "tests", "data", c) for c in ("chinese_records", "customer_text")]

# Python codec, byte order mark written before the text, what the summary calls it.
VARIANTS = [("gb18030", b"", "gb18030"),
            ("utf-16-le", b"\xff\xfe", "utf-16le"),
            ("utf-16-be", b"\xfe\xff", "utf-16be")]


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def findings(path, *extra):
    code, out, err = run("scan", "-q", "-j1", "-f", "jsonl", "--show-values", *extra, path)
    assert code in (0, 1), err
    return [json.loads(line) for line in out.splitlines()]


def encoded_offset(text_bytes, offset, codec, mark):
    """Where UTF-8 byte `offset` of a file lies in its encoding by Python's codec."""
    return len(mark) + len(text_bytes[:offset].decode("utf-8").encode(codec))


class EncodingsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_corpora_in_every_encoding_give_the_utf8_findings(self):
        files = []
        for corpus in CORPORA:
            for name in sorted(os.listdir(corpus)):
                if name.endswith((".py", "labels.jsonl")):
                    continue
                files.append(os.path.join(corpus, name))
        self.assertGreater(len(files), 15)
        total = 0
        for path in files:
            with open(path, "rb") as f:
                raw = f.read()
            want = findings(path)
            total += len(want)
            text = raw.decode("utf-8")
            base = os.path.basename(path)
            for codec, mark, label in VARIANTS:
                enc = mark + text.encode(codec)
                # The same name, so the format is chosen the same way.
                out = self.write(os.path.join(label, base), enc)
                got = findings(out)
                self.assertEqual(len(got), len(want), f"{base} in {label}")
                for g, w in zip(got, want):
                    where = f"{base} in {label}: {w['type']} at {w['start']}"
                    for key in ("type", "value", "line", "confidence", "detector"):
                        self.assertEqual(g.get(key), w.get(key), f"{where}: {key}")
                    self.assertEqual(g.get("field"), w.get("field"), where)
                    self.assertEqual(g["start"], encoded_offset(raw, w["start"], codec, mark), where)
                    self.assertEqual(g["end"], encoded_offset(raw, w["end"], codec, mark), where)
                    self.assertEqual(enc[g["start"]:g["end"]].decode(codec),
                                     raw[w["start"]:w["end"]].decode("utf-8"), where)
        self.assertGreater(total, 500)

    def test_summary_names_the_encoding(self):
        csv = "姓名,手机号,地址\n张伟,13800138000,北京市朝阳区建国路88号\n"
        path = self.write("gbk.csv", csv.encode("gbk"))
        code, out, err = run("scan", path)
        self.assertEqual(code, 1, err)
        self.assertIn("[csv, gb18030, 2 lines", out)
        self.assertRegex(out, r"姓名\s+PERSON_NAME")
        self.assertEqual(err, "")

    def test_encoding_flag(self):
        text = "客户张伟，手机13812345678\n"
        le = self.write("nobom.txt", text.encode("utf-16-le"))
        # Without a byte order mark UTF-16 has NUL bytes: skipped as binary unless named.
        code, out, err = run("scan", "-f", "jsonl", le)
        self.assertEqual(code, 0)
        self.assertIn("binary", err)
        got = findings(le, "--encoding", "utf-16le")
        self.assertEqual([f["type"] for f in got], ["PERSON_NAME", "PHONE_NUMBER"])
        self.assertEqual(got[1]["start"], len("客户张伟，手机".encode("utf-16-le")))
        gbk = self.write("a.txt", text.encode("gbk"))
        self.assertEqual([f["type"] for f in findings(gbk, "--encoding", "GBK")],
                         ["PERSON_NAME", "PHONE_NUMBER"])
        self.assertEqual([f["type"] for f in findings(gbk, "--encoding", "utf-8")],
                         ["PHONE_NUMBER"])
        code, out, err = run("scan", "--encoding", "latin1", gbk)
        self.assertEqual(code, 2)
        self.assertIn("--encoding: unknown encoding 'latin1'", err)

    def test_bad_bytes_warn_once_with_position(self):
        line = "联系人李娜，电话13912345678\n".encode("gb18030")
        data = line + line + b"\xd5\xc5 x\x80y 13812345678\n" + line + b"\xff\n"
        path = self.write("a.log", data)
        code, out, err = run("scan", "-f", "jsonl", "--show-values", path)
        self.assertEqual(code, 1)
        warnings = [w for w in err.splitlines() if "warning" in w]
        self.assertEqual(warnings, [f"piguard: warning: {path}:3:5: bytes that are not gb18030 "
                                    "text; each such sequence is read as U+FFFD and scanning "
                                    "goes on"])
        phones = [json.loads(l) for l in out.splitlines()]
        phones = [f for f in phones if f["type"] == "PHONE_NUMBER"]
        self.assertEqual(len(phones), 4)
        for f in phones:
            self.assertEqual(data[f["start"]:f["end"]].decode("ascii"), f["value"])

    def test_redact_writes_the_inputs_encoding(self):
        # The same data in UTF-8, GB18030 and UTF-16 (with its byte order mark): each output
        # is in its input's encoding and reads as the UTF-8 input's output.
        text = ("姓名,手机号,身份证号,地址\n"
                "张伟,13800138000,110101199003074530,北京市朝阳区建国路88号\n"
                "李秀英,15912345678,,\"广东省深圳市南山区科技园路1号\"\n")
        log = "2026-11-15 INFO 联系人李娜，电话13912345678 ip=10.2.3.4\n" * 50
        outputs = {}
        for codec, mark, label in [("utf-8", b"", "utf8")] + VARIANTS:
            d = os.path.join(self.dir, label)
            csv = self.write(os.path.join(label, "a.csv"), mark + text.encode(codec))
            lg = self.write(os.path.join(label, "b.log"), mark + log.encode(codec))
            p = subprocess.run([BIN, "redact", "-q", csv, lg, "-o", os.path.join(d, "out")],
                               capture_output=True, timeout=60)
            self.assertEqual(p.returncode, 0, p.stderr)
            got = []
            for name in ("a.csv", "b.log"):
                with open(os.path.join(d, "out", name), "rb") as f:
                    data = f.read()
                self.assertTrue(data.startswith(mark), label)
                got.append(data[len(mark):].decode(codec))
            outputs[label] = got
        self.assertIn("张*,138****8000", outputs["utf8"][0])
        self.assertIn("联系人李*，电话139****5678", outputs["utf8"][1])
        for _, _, label in VARIANTS:
            self.assertEqual(outputs[label], outputs["utf8"], label)

    def test_redact_bad_bytes_warn(self):
        data = "客户张伟，手机13812345678\n".encode("gbk") * 3 + b"\x81\xff x\n"
        path = self.write("a.txt", data)
        p = subprocess.run([BIN, "redact", path], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(b"a.txt:4:1: bytes that are not gb18030 text; each such sequence is read "
                      b"as U+FFFD and written as U+FFFD in the output", p.stderr)
        self.assertEqual(p.stdout.decode("gb18030").splitlines()[-1], "\ufffd\ufffd x")

    def test_traditional_corpus_in_big5(self):
        # The traditional-Chinese corpus, its few simplified characters made traditional
        # (what has no Big5 form becomes '?'), in UTF-8 and in Big5 with HKSCS by Python's
        # codec: the same findings, each at the Big5 offsets, and `auto` picks Big5.
        corpus = os.path.join(SRC, "tests", "data", "traditional_chinese")
        total = 0
        for name in sorted(os.listdir(corpus)):
            if name.endswith((".py", "labels.jsonl")):
                continue
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                text = f.read()
            conv = subprocess.run(["opencc", "-c", "s2hk.json"], input=text.encode("utf-8"),
                                  capture_output=True, check=True).stdout.decode("utf-8")
            chars = []
            for c in conv:
                try:
                    c.encode("big5hkscs")
                    chars.append(c)
                except UnicodeEncodeError:
                    chars.append("?")
            conv = "".join(chars)
            raw = conv.encode("utf-8")
            src = self.write(os.path.join("utf8", name), raw)
            enc = conv.encode("big5hkscs")
            b5 = self.write(os.path.join("big5", name), enc)
            want = findings(src)
            got = findings(b5)
            total += len(want)
            self.assertEqual(len(got), len(want), name)
            for g, w in zip(got, want):
                where = f"{name} in big5: {w['type']} at {w['start']}"
                for key in ("type", "value", "line", "confidence", "detector", "field"):
                    self.assertEqual(g.get(key), w.get(key), f"{where}: {key}")
                self.assertEqual(g["start"], encoded_offset(raw, w["start"], "big5hkscs", b""), where)
                self.assertEqual(g["end"], encoded_offset(raw, w["end"], "big5hkscs", b""), where)
            # (Mail is decoded per part and named as mail; ASCII decides nothing.)
            if not name.endswith(".mbox") and any(ord(c) > 127 for c in conv):
                code, out, err = run("scan", b5)
                self.assertIn(", big5, ", out, name)
        self.assertGreater(total, 300)

    def test_big5_flag_and_redact(self):
        text = "客戶：陳大文，手機 13812345678，身份證號碼 11010519491231002X\n" * 3
        path = self.write("hk.txt", text.encode("big5"))
        self.assertEqual([f["type"] for f in findings(path, "--encoding", "big5")],
                         ["PERSON_NAME", "PHONE_NUMBER", "CHINA_RESIDENT_ID_NUMBER"] * 3)
        # Read as GBK it is other characters: the name is lost, the digits are not.
        self.assertNotIn("PERSON_NAME",
                         [f["type"] for f in findings(path, "--encoding", "gbk")])
        p = subprocess.run([BIN, "redact", path], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        out = p.stdout.decode("big5")
        self.assertIn("客戶：陳**，手機 138****5678", out)
        self.assertNotIn("13812345678", out)

if __name__ == "__main__":
    unittest.main(verbosity=1 if len(sys.argv) == 1 else 2)
