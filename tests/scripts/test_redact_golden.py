#!/usr/bin/python3
"""Golden files for `piguard redact`: every input under tests/data/golden (and the TSV under
tests/data/redact) redacted with the shipped default rules and with the keyed test rules
(tests/data/redact/keyed-rules.yaml, key tests/data/redact/test.key) must match
tests/data/redact/expected/<rules>/<input> byte for byte. Set PIGUARD_UPDATE_GOLDEN=1 to
rewrite the expectations after a reviewed, intended change."""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
DATA = os.path.join(SRC, "tests", "data")
REDACT = os.path.join(DATA, "redact")
EXPECTED = os.path.join(REDACT, "expected")

INPUTS = [os.path.join(DATA, "golden", n) for n in ("accounts.csv", "events.jsonl", "mixed.log")]
INPUTS.append(os.path.join(REDACT, "cdr.tsv"))


def main():
    tmp = tempfile.mkdtemp(prefix="piguard-redact-golden-")
    try:
        key = os.path.join(tmp, "test.key")
        shutil.copy(os.path.join(REDACT, "test.key"), key)
        os.chmod(key, 0o600)  # git does not keep 0600; piguard refuses a key others can read
        rule_sets = {
            "default": [],
            "keyed": ["--rules", os.path.join(REDACT, "keyed-rules.yaml"), "--key-file", key],
        }
        failures = passed = 0
        for rules, extra in rule_sets.items():
            for path in INPUTS:
                name = os.path.basename(path)
                p = subprocess.run([BIN, "redact", "-q", *extra, path], capture_output=True)
                if p.returncode != 0:
                    print(f"{rules}/{name}: piguard exited {p.returncode}: {p.stderr.decode()}")
                    failures += 1
                    continue
                expected_path = os.path.join(EXPECTED, rules, name)
                if os.environ.get("PIGUARD_UPDATE_GOLDEN") == "1":
                    os.makedirs(os.path.dirname(expected_path), exist_ok=True)
                    with open(expected_path, "wb") as f:
                        f.write(p.stdout)
                    print(f"{rules}/{name}: updated")
                    continue
                with open(expected_path, "rb") as f:
                    expected = f.read()
                if p.stdout != expected:
                    failures += 1
                    print(f"{rules}/{name}: output differs from {expected_path}")
                    sys.stdout.writelines(difflib.unified_diff(
                        expected.decode(errors="replace").splitlines(True),
                        p.stdout.decode(errors="replace").splitlines(True), "expected", "actual"))
                else:
                    passed += 1
        print(f"{passed} passed, {failures} failed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
