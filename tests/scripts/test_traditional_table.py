#!/usr/bin/python3
"""The traditional-character table is current: src/detect/traditional_table.inc is what
tools/gen_traditional_table.sh builds from OpenCC (Debian's opencc) for the characters the
detectors' word lists use today. A word added to a list in a character the table lacks would
be looked for in simplified characters only; this test names the fix (rerun the script).
"""

import os
import subprocess
import sys
import tempfile

src = os.environ.get("PIGUARD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
checked_in = os.path.join(src, "src", "detect", "traditional_table.inc")
with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "traditional_table.inc")
    run = subprocess.run([os.path.join(src, "tools", "gen_traditional_table.sh"), fresh],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"gen_traditional_table.sh failed ({run.returncode}): {run.stderr.strip()}")
    want = open(fresh, encoding="utf-8").read()
have = open(checked_in, encoding="utf-8").read()
if want != have:
    w, h = set(want.splitlines()), set(have.splitlines())
    print("missing from the checked-in table:", sorted(w - h)[:20])
    print("no longer needed:", sorted(h - w)[:20])
    sys.exit("src/detect/traditional_table.inc is stale: run tools/gen_traditional_table.sh")
rows = [l for l in have.splitlines() if l.startswith("{")]
assert len(rows) > 300, f"only {len(rows)} characters: the generator read no word lists?"
# Characters the detectors depend on must be there.
for simp, trad in [("号", "號"), ("码", "碼"), ("电", "電"), ("证", "證"), ("联", "聯")]:
    assert any(l.startswith(f"{{U'{simp}', U'{trad}'") for l in rows), (simp, trad)
print(f"ok: {len(rows)} characters, current")
