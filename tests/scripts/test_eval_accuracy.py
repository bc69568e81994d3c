#!/usr/bin/python3
"""Accuracy gate on the shared labelled corpus (../shared/eval/public next to the repo):
micro-F1 >= 0.97 and F1 >= 0.93 for every labelled type, scored by the corpus's own scorer."""
import json
import os
import subprocess
import sys
import tempfile

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
EVAL = os.path.normpath(os.path.join(SRC, "..", "shared", "eval"))


def main():
    corpus = os.path.join(EVAL, "public")
    if not os.path.isdir(corpus):
        print(f"skipped: no labelled corpus at {corpus}")
        return 0
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as findings:
        rc = subprocess.run([BIN, "scan", "-j1", "--format", "jsonl", corpus], stdout=findings).returncode
        if rc not in (0, 1):
            print(f"piguard exited with {rc}")
            return 1
        out = subprocess.run(["/usr/bin/python3", os.path.join(EVAL, "score.py"), "--corpus", corpus,
                              "--findings", findings.name], capture_output=True, text=True, check=True).stdout
    print(out)
    summary = json.loads(out.strip().splitlines()[-1])
    failed = []
    if summary["f1"] < 0.97:
        failed.append(f"micro-F1 {summary['f1']} < 0.97")
    for t, f1 in summary["per_type_f1"].items():
        if f1 < 0.93:
            failed.append(f"{t} F1 {f1} < 0.93")
    if failed:
        print("FAILED: " + "; ".join(failed))
        return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
