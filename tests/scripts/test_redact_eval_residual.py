#!/usr/bin/python3
"""Residual PI after redaction on the shared labelled corpus (../shared/eval/public next to the
repo): every labelled value (20,000+ across 13 types) must be gone from the redacted files, with
the shipped default rules and with keyed rules (fpe / pseudonym / ip_prefix / date_shift).
Prints the residual count per type; the gate is zero residual values."""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
CORPUS = os.path.normpath(os.path.join(SRC, "..", "shared", "eval", "public"))
KEYED_RULES = os.path.join(SRC, "tests", "data", "redact", "keyed-rules.yaml")
TEST_KEY = os.path.join(SRC, "tests", "data", "redact", "test.key")


def residual(out_dir):
    """A labelled value is left when it still appears on its own line of the output (redaction
    keeps one output line per input line), which also catches a value rewritten into itself.
    Looking per line rather than in the whole file keeps a date shifted onto another person's
    birthday elsewhere from counting as a leak."""
    labels = [json.loads(line) for line in open(os.path.join(CORPUS, "labels.jsonl"))]
    original, out_lines = {}, {}
    left, total = collections.Counter(), collections.Counter()
    for lab in labels:
        f = lab["file"]
        if f not in original:
            original[f] = open(os.path.join(CORPUS, f), "rb").read()
            out_lines[f] = open(os.path.join(out_dir, f), "rb").read().split(b"\n")
            if len(out_lines[f]) != original[f].count(b"\n") + 1:
                raise SystemExit(f"{f}: line count changed by redaction")
        value = original[f][lab["start"]:lab["end"]]
        line = original[f].count(b"\n", 0, lab["start"])
        total[lab["type"]] += 1
        if value in out_lines[f][line]:
            left[lab["type"]] += 1
    return left, total


def main():
    if not os.path.isdir(CORPUS):
        print(f"skipped: no labelled corpus at {CORPUS}")
        return 0
    tmp = tempfile.mkdtemp(prefix="piguard-residual-")
    try:
        key = os.path.join(tmp, "test.key")
        shutil.copy(TEST_KEY, key)
        os.chmod(key, 0o600)
        failures = 0
        for name, extra in (("default rules", []),
                            ("keyed rules", ["--rules", KEYED_RULES, "--key-file", key])):
            out = os.path.join(tmp, name.replace(" ", "-"))
            p = subprocess.run([BIN, "redact", "-q", *extra, CORPUS, "-o", out], capture_output=True)
            if p.returncode != 0:
                print(f"{name}: piguard exited {p.returncode}: {p.stderr.decode()}")
                failures += 1
                continue
            left, total = residual(out)
            print(f"{name}: {sum(left.values())} of {sum(total.values())} labelled values left")
            for t in sorted(total):
                print(f"  {t:26} {left[t]:5} / {total[t]}")
            failures += sum(left.values()) > 0
        print(f"{2 - failures} passed, {failures} failed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
