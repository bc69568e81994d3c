#!/usr/bin/python3
"""`piguard redact` / `reveal` as users and pipelines run them: the filter contract (one
long-lived process answering line by line as Hive TRANSFORM and ClickHouse executable UDFs
use it; many lines through a pipe as Hadoop Streaming and Spark RDD.pipe do; partial last
lines), key handling, atomic outputs, --strict, directories and compressed inputs, and the properties of
the output: non-PI bytes unchanged, no original value left, FF1 outputs valid per the
independent python3-stdnum oracle and revealed back to their inputs."""
import bz2
import gzip
import json
import lzma
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from stdnum import imei as std_imei
from stdnum import luhn as std_luhn
from stdnum.cn import ric as std_ric

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
REDACT_DATA = os.path.join(SRC, "tests", "data", "redact")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, stdin=None, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([BIN, *args], input=stdin, capture_output=True, env=e)


class Tmp:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="piguard-redact-cli-")

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, data, mode=0o644):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        os.chmod(p, mode)
        return p


KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
FPE_RULES = """version: 1
context: cli-tests
default: {operator: replace}
types:
  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}
  PHONE_NUMBER: {operator: fpe}
  BANK_CARD_NUMBER: {operator: fpe}
  IMEI_HARDWARE_ID: {operator: fpe}
  IP_ADDRESS: {operator: ip_prefix}
"""


def random_id(rng):
    regions = ["110105", "440305", "310104", "510107", "330106", "420111"]
    while True:
        body = "%s%04d%02d%02d%03d" % (rng.choice(regions), rng.randint(1930, 2010),
                                       rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 999))
        full = body + std_ric.calc_check_digit(body)
        if std_ric.is_valid(full):
            return full


def random_mobile(rng):
    return rng.choice(["138", "139", "186", "150", "177"]) + "%08d" % rng.randint(0, 10**8 - 1)


def random_card(rng):
    body = "622202" + "%012d" % rng.randint(0, 10**12 - 1)
    return body + std_luhn.calc_check_digit(body)


def random_imei(rng):
    body = "35" + "%012d" % rng.randint(0, 10**12 - 1)
    return body + std_luhn.calc_check_digit(body)


def test_filter_answers_line_by_line(t):
    """ClickHouse / Hive TRANSFORM: write a line, read its answer, repeat, on one process."""
    p = subprocess.Popen([BIN, "redact", "-q", "--line-buffered", "--input-format", "tsv",
                          "--no-header", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    ok = True
    for i in range(200):
        line = f"{i}\t1380013{i:04d}\t\\N\tnote {i}\n".encode()
        p.stdin.write(line)
        p.stdin.flush()
        ready, _, _ = select.select([p.stdout], [], [], 10)
        if not ready:
            ok = False
            check(False, f"filter: no answer to line {i} within 10 s (output held back)")
            break
        answer = p.stdout.readline()
        want = f"{i}\t138****{i:04d}\t\\N\tnote {i}\n".encode()
        if answer != want:
            ok = False
            check(False, f"filter: line {i}: got {answer!r}, want {want!r}")
            break
    p.stdin.close()
    rest = p.stdout.read()
    rc = p.wait(10)
    check(ok and rest == b"" and rc == 0, f"filter: clean end (rest={rest!r}, rc={rc})")


def test_streaming_many_lines_in_order(t):
    """Hadoop Streaming / RDD.pipe: a large input through a pipe, -j 1 and -j 2 identical, one
    output line per input line, the last line without its newline kept as it is."""
    rng = random.Random(5)
    lines = [f"rec {i} msisdn={random_mobile(rng)} ip=10.{i % 256}.{i // 256 % 256}.1 plain text"
             for i in range(60000)]
    data = ("\n".join(lines)).encode()  # no newline at the end
    a = run(["redact", "-q", "-j", "1", "-"], stdin=data)
    b = run(["redact", "-q", "-j", "2", "-"], stdin=data)
    check(a.returncode == 0 and b.returncode == 0, "streaming: exit 0")
    check(a.stdout == b.stdout, "streaming: -j 2 output equals -j 1 output")
    check(a.stdout.count(b"\n") == data.count(b"\n"), "streaming: one output line per input line")
    check(not a.stdout.endswith(b"\n"), "streaming: a partial last line stays partial")
    check(a.stdout.split(b"\n")[-1].startswith(b"rec 59999 msisdn=1"), "streaming: last line present")
    check(b"<IP_ADDRESS>" in a.stdout and b"msisdn=" in a.stdout, "streaming: redacted")


def test_tsv_hive_null_and_stdout_is_data_only(t):
    data = b"13800138000\t\\N\n\\N\t\\N\n"
    p = run(["redact", "--input-format", "tsv", "--no-header", "-"], stdin=data)
    check(p.stdout == b"138****8000\t\\N\n\\N\t\\N\n", f"tsv: \\N passes through: {p.stdout!r}")
    check(b"redacted" in p.stderr, "the run summary goes to stderr, not stdout")


def test_keys(t):
    rules = t.write("fpe.yaml", FPE_RULES)
    open_key = t.write("open.key", "key=" + KEY_HEX + "\n", 0o644)
    p = run(["redact", "--rules", rules, "--key-file", open_key, "-"], stdin=b"x\n")
    check(p.returncode == 2 and b"chmod 600" in p.stderr, f"key file readable by others refused: {p.stderr!r}")
    check(KEY_HEX.encode() not in p.stderr, "key bytes never printed")
    p = run(["redact", "--rules", rules, "-"], stdin=b"13800138000\n")
    check(p.returncode == 2 and b"--key-file" in p.stderr and b"fpe.yaml:" in p.stderr,
          f"missing key names the rule and the flags: {p.stderr!r}")
    key = t.write("good.key", "id=k1\nkey=" + KEY_HEX + "\n", 0o600)
    by_file = run(["redact", "-q", "--rules", rules, "--key-file", key, "-"], stdin=b"13800138000\n")
    by_env = run(["redact", "-q", "--rules", rules, "--key-env", "PG_TEST_KEY", "-"],
                 stdin=b"13800138000\n", env={"PG_TEST_KEY": "k1:" + KEY_HEX})
    check(by_file.returncode == 0 and by_file.stdout == by_env.stdout,
          "the same key from a file or the environment gives the same output")
    check(by_file.stdout != b"13800138000\n" and len(by_file.stdout) == 12, "fpe output is a same-length number")
    p = run(["redact", "--rules", rules, "--key-env", "PG_NO_SUCH_VAR", "-"], stdin=b"x\n")
    check(p.returncode == 2 and b"PG_NO_SUCH_VAR" in p.stderr, "unset key variable is a clear error")
    # another machine, another run: same output (determinism)
    again = run(["redact", "-q", "--rules", rules, "--key-file", key, "-j", "2", "-"], stdin=b"13800138000\n")
    check(again.stdout == by_file.stdout, "deterministic across runs and thread counts")
    # another context: unlinkable
    other = run(["redact", "-q", "--rules", rules, "--key-file", key, "--context", "vendor-b", "-"],
                stdin=b"13800138000\n")
    check(other.stdout != by_file.stdout, "another context gives another token")


def test_fpe_outputs_pass_stdnum_and_reveal(t):
    rng = random.Random(11)
    rules = t.write("fpe.yaml", FPE_RULES)
    key = t.write("k.key", "key=" + KEY_HEX + "\n", 0o600)
    rows = [(random_id(rng), random_mobile(rng), random_card(rng), random_imei(rng)) for _ in range(300)]
    csv = "id_card,mobile,bank_card,imei\n" + "".join(",".join(r) + "\n" for r in rows)
    src = t.write("people.csv", csv)
    out = t.path("people.red.csv")
    p = run(["redact", "-q", "--rules", rules, "--key-file", key, src, "-o", out, "--manifest", t.path("m.json")])
    check(p.returncode == 0, f"redact csv: {p.stderr!r}")
    with open(out) as f:
        red = [line.rstrip("\n").split(",") for line in f][1:]
    check(len(red) == len(rows), "one output row per input row")
    bad = 0
    for (i, m, c, e), (ri, rm, rc_, re_) in zip(rows, red):
        bad += not std_ric.is_valid(ri) or ri == i
        bad += not (len(rm) == 11 and rm[:3] == m[:3] and rm != m)
        bad += not (std_luhn.is_valid(rc_) and rc_[:6] == c[:6] and rc_ != c)
        bad += not (std_imei.is_valid(re_) and re_[:8] == e[:8] and re_ != e)
    check(bad == 0, f"fpe outputs valid per python3-stdnum and keep their prefixes ({bad} bad)")
    manifest = json.load(open(t.path("m.json")))
    check(manifest["key_id"] and manifest["context"] == "cli-tests" and manifest["findings"] >= 1200,
          f"manifest records key id, context and counts: {manifest}")
    back = run(["reveal", "-q", "--rules", rules, "--key-file", key, out, "--manifest", t.path("m.json")])
    check(back.returncode == 0 and back.stdout.decode() == csv, "reveal(redact(x)) == x for the whole file")
    # reveal refuses the wrong key (manifest) and without a key
    other = t.write("other.key", "key=" + "ff" * 32 + "\n", 0o600)
    p = run(["reveal", "--rules", rules, "--key-file", other, out, "--manifest", t.path("m.json")])
    check(p.returncode == 2 and b"redacted with key" in p.stderr, f"wrong key refused: {p.stderr!r}")
    p = run(["reveal", "--rules", rules, out])
    check(p.returncode == 2 and b"key" in p.stderr, "reveal without a key refused")
    # single tokens on stdin
    tokens = "".join(r[1] + "\n" for r in red[:5])
    p = run(["reveal", "--rules", rules, "--key-file", key, "--type", "PHONE_NUMBER"], stdin=tokens.encode())
    check(p.stdout.decode() == "".join(r[1] + "\n" for r in rows[:5]), "reveal --type on stdin")


def test_non_pi_bytes_unchanged_and_no_original_left(t):
    """Every byte outside a finding is unchanged, and no original value survives: checked by
    the scanner's own findings on the input (offsets) against the output."""
    src = os.path.join(SRC, "tests", "data", "golden", "mixed.log")
    rules = t.write("fpe.yaml", FPE_RULES + "  PERSON_NAME: {operator: pseudonym}\n")
    key = t.write("k.key", "key=" + KEY_HEX + "\n", 0o600)
    original = open(src, "rb").read()
    scan = run(["scan", "-j1", "--format", "jsonl", "--show-values", src])
    findings = [json.loads(l) for l in scan.stdout.decode().splitlines() if l.startswith("{")]
    findings = [f for f in findings if "start" in f]
    check(len(findings) > 20, "scan found the test's findings")
    red = run(["redact", "-q", "--rules", rules, "--key-file", key, src]).stdout
    # the output must be: piece0 X piece1 X ... with the pieces the bytes between findings
    pieces, at = [], 0
    for f in sorted(findings, key=lambda f: f["start"]):
        pieces.append(original[at:f["start"]])
        at = f["end"]
    pieces.append(original[at:])
    pattern = b"(.*?)".join(re.escape(p) for p in pieces)
    check(re.fullmatch(pattern, red, re.S) is not None, "bytes outside findings are identical")
    left = [f["value"] for f in findings if f["value"].encode() in red and len(f["value"]) >= 6]
    check(not left, f"no original value left in the output: {left}")
    rescan = run(["scan", "-j1", "--format", "jsonl", "--show-values", "-"], stdin=red)
    values = {json.loads(l).get("value") for l in rescan.stdout.decode().splitlines() if l.startswith("{")}
    check(not (values & {f["value"] for f in findings}), "a re-scan of the output finds no original value")


def test_json_document_repeats_of_a_name_are_rewritten(t):
    """A business card's OCR lines repeat the name its fields give: every copy is rewritten
    with the same pseudonym, and the document stays valid JSON."""
    src = t.write("cards.json", json.dumps({"cards": [{
        "raw_text": ["徐晓燕", "Joyce Xu", "运营总监"],
        "result": {"name": "徐晓燕", "name_en": "Joyce Xu"}}]}, ensure_ascii=False, indent=2))
    rules = t.write("pseudo.yaml", "version: 1\ncontext: cli-tests\ndefault: {operator: replace}\n"
                    "types:\n  PERSON_NAME: {operator: pseudonym}\n")
    key = t.write("k2.key", "key=" + KEY_HEX + "\n", 0o600)
    p = run(["redact", "-q", "--rules", rules, "--key-file", key, src])
    check(p.returncode == 0, f"redact of a JSON document: {p.stderr.decode()}")
    out = p.stdout.decode()
    check("徐晓燕" not in out and "Joyce Xu" not in out, f"no copy of the name is left: {out}")
    doc = json.loads(out)
    card = doc["cards"][0]
    check(card["raw_text"][0] == card["result"]["name"], "the same pseudonym for every copy")
    check(card["raw_text"][1] == card["result"]["name_en"], "the same pseudonym for the Latin name")
    check(card["raw_text"][2] == "运营总监", "other values unchanged")


def test_strict_and_atomic_outputs(t):
    bad = t.write("bad.jsonl", '{"p":"13800138000"}\n{"p": 13912345678\n{"q":1}\n')
    out = t.path("out.jsonl")
    p = run(["redact", bad, "-o", out])
    check(p.returncode == 0 and b"bad.jsonl:2: malformed JSON" in p.stderr, f"warning names path:line: {p.stderr!r}")
    check(open(out, "rb").read() == b'{"p":"138****8000"}\n{"p": 139****5678\n{"q":1}\n',
          "malformed line redacted as text, the rest as JSON")
    os.remove(out)
    p = run(["redact", "--strict", bad, "-o", out])
    check(p.returncode == 2 and not os.path.exists(out), "--strict: exit 2 and no output file")
    check(not [n for n in os.listdir(t.dir) if ".tmp." in n], "--strict: no temporary file left")
    # interrupted: a slow producer, SIGTERM mid-run: nothing that looks finished
    out2 = t.path("slow.txt")
    proc = subprocess.Popen([BIN, "redact", "-q", "-", "-o", out2], stdin=subprocess.PIPE)
    proc.stdin.write(b"13800138000\n" * 1000)
    proc.stdin.flush()
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    proc.wait(10)
    check(not os.path.exists(out2), "interrupted run leaves no output file")
    check(not [n for n in os.listdir(t.dir) if n.startswith("slow.txt.tmp")], "interrupted: no temp file")
    # the output may not overwrite its input
    same = t.write("same.log", "13800138000\n")
    p = run(["redact", same, "-o", same])
    check(p.returncode == 2 and open(same).read() == "13800138000\n", "refuses to overwrite its input")


def test_directories_and_gzip(t):
    t.write("in/a.log", "call 13800138000\n")
    t.write("in/sub/b.csv", "mobile\n13912345678\n")
    with gzip.open(t.path("in/sub/c.jsonl.gz"), "wb") as f:
        f.write(b'{"phone":"13700137000"}\n')
    p = run(["redact", "-q", t.path("in"), "-o", t.path("out")])
    check(p.returncode == 0, f"directory redact: {p.stderr!r}")
    check(open(t.path("out/a.log")).read() == "call 138****8000\n", "a.log mirrored")
    check(open(t.path("out/sub/b.csv")).read() == "mobile\n139****5678\n", "sub/b.csv mirrored")
    with gzip.open(t.path("out/sub/c.jsonl.gz")) as f:
        check(f.read() == b'{"phone":"137****7000"}\n', "gzip in, gzip out")
    p = run(["redact", t.path("in")])
    check(p.returncode == 2 and b"-o DIR" in p.stderr, "several inputs without -o DIR refused")


def test_zstd_xz_bzip2_inputs(t):
    """Read like gzip; mirrored outputs are written uncompressed, without the suffix. Two
    inputs that would share an output name are refused rather than one overwriting the
    other."""
    zst = subprocess.run(["zstd", "-q", "-c"], input=b'{"phone":"13700137000"}\n',
                         capture_output=True, check=True).stdout
    t.write("zin/c.jsonl.zst", zst)
    t.write("zin/sub/d.tsv.xz", lzma.compress(b"mobile\n13912345678\n"))
    t.write("zin/e.log.bz2", bz2.compress(b"call 13800138000\n") + bz2.compress(b"ok\n"))
    t.write("zin/f.log.bz2", b"call 13800138000, not compressed\n")
    p = run(["redact", "-q", t.path("zin"), "-o", t.path("zout")])
    check(p.returncode == 0, f"compressed directory redact: {p.stderr!r}")
    for name, want in (("c.jsonl", '{"phone":"137****7000"}\n'), ("sub/d.tsv", "mobile\n139****5678\n"),
                       ("e.log", "call 138****8000\nok\n"),
                       ("f.log.bz2", "call 138****8000, not compressed\n")):
        path = t.path("zout/" + name)
        got = open(path).read() if os.path.exists(path) else None
        check(got == want, f"{name}: {got!r}")
    p = run(["redact", "-q", t.path("zin/c.jsonl.zst")])
    check(p.returncode == 0 and p.stdout == b'{"phone":"137****7000"}\n', "zstd to stdout")
    t.write("clash/c.jsonl", b'{"phone":"13700137000"}\n')
    t.write("clash/c.jsonl.zst", zst)
    p = run(["redact", "-q", t.path("clash"), "-o", t.path("clash-out")])
    check(p.returncode == 2 and b"another input was already written to this output" in p.stderr,
          f"two inputs for one output refused: {p.stderr!r}")


def main():
    t = Tmp()
    try:
        for name, fn in sorted(globals().items()):
            if name.startswith("test_") and callable(fn):
                print("--", name)
                fn(t)
    finally:
        shutil.rmtree(t.dir)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
