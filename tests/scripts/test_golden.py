#!/usr/bin/python3
"""Golden files: `piguard scan --format jsonl --show-values` on each input under
tests/data/golden must match <input>.expected.jsonl exactly (types, offsets, lines, fields,
confidence, detector). Set PIGUARD_UPDATE_GOLDEN=1 to rewrite the expectations after a
reviewed, intended change."""
import difflib
import os
import subprocess
import sys

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
GOLDEN = os.path.join(SRC, "tests", "data", "golden")


def main():
    failures = passed = 0
    for name in sorted(os.listdir(GOLDEN)):
        if name.endswith(".expected.jsonl"):
            continue
        p = subprocess.run([BIN, "scan", "-j1", "--format", "jsonl", "--show-values", name],
                           cwd=GOLDEN, capture_output=True, text=True)
        if p.returncode not in (0, 1):
            print(f"{name}: piguard exited {p.returncode}: {p.stderr}")
            failures += 1
            continue
        expected_path = os.path.join(GOLDEN, name + ".expected.jsonl")
        if os.environ.get("PIGUARD_UPDATE_GOLDEN") == "1":
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(p.stdout)
            print(f"{name}: updated")
            continue
        with open(expected_path, encoding="utf-8") as f:
            expected = f.read()
        if p.stdout != expected:
            failures += 1
            print(f"{name}: output differs from {name}.expected.jsonl")
            sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), p.stdout.splitlines(True),
                                                       "expected", "actual"))
        else:
            passed += 1
    print(f"{passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
