#!/usr/bin/python3
"""Golden files for the public notice: `piguard policy render` of the example policy in
Chinese and English, as HTML and Markdown, must match tests/data/policy/ byte for byte. Set
PIGUARD_UPDATE_GOLDEN=1 to rewrite them after a reviewed, intended change (then read the
diff: it is what users will see)."""
import difflib
import os
import subprocess
import sys

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
GOLDEN = os.path.join(SRC, "tests", "data", "policy")
POLICY = "bluebay-2026.1"


def main():
    failures = passed = 0
    for lang in ("zh", "en"):
        for fmt, ext in (("html", "html"), ("md", "md")):
            name = f"{POLICY}.{lang}.{ext}"
            p = subprocess.run([BIN, "policy", "render", os.path.join("examples", "policy", POLICY + ".yaml"),
                                "--lang", lang, "--format", fmt], cwd=SRC, capture_output=True, timeout=60)
            if p.returncode != 0:
                print(f"{name}: piguard exited {p.returncode}: {p.stderr.decode()}")
                failures += 1
                continue
            actual = p.stdout.decode("utf-8")
            path = os.path.join(GOLDEN, name)
            if os.environ.get("PIGUARD_UPDATE_GOLDEN") == "1":
                os.makedirs(GOLDEN, exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(actual)
                print(f"{name}: updated")
                continue
            with open(path, encoding="utf-8") as f:
                expected = f.read()
            if actual != expected:
                failures += 1
                print(f"{name}: output differs from tests/data/policy/{name}")
                sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                           "expected", "actual"))
            else:
                passed += 1
    print(f"{passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
