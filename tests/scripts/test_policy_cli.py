#!/usr/bin/python3
"""End-to-end tests of `piguard policy check | render | diff`: exit codes, text and JSON
output, precise error positions, and atomic output files. Runs the real binary."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
EXAMPLE = os.path.join(SRC, "examples", "policy", "bluebay-2026.1.yaml")
OLD_EXAMPLE = os.path.join(SRC, "examples", "policy", "bluebay-2025.1.yaml")
DATE = "2026-11-29"  # a fixed "today" for contract checks


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def example_text():
    with open(EXAMPLE, encoding="utf-8") as f:
        return f.read()


class PolicyCliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def mutate(self, name, old, new):
        text = example_text()
        self.assertEqual(text.count(old), 1, old)
        return self.write(name, text.replace(old, new))

    # --- check ---------------------------------------------------------------------------
    def test_check_clean_example(self):
        rc, out, err = run("policy", "check", "--date", DATE, EXAMPLE, OLD_EXAMPLE)
        self.assertEqual(rc, 0, out + err)
        self.assertRegex(out, r"bluebay-2026\.1\.yaml: 0 errors, 0 warnings \(version 2026\.1, sha256 [0-9a-f]{64}\)")
        rc, out, _ = run("policy", "check", "--format", "json", "--date", DATE, EXAMPLE)
        self.assertEqual(rc, 0)
        doc = json.loads(out)
        self.assertEqual(doc["exit_code"], 0)
        self.assertEqual(doc["date"], DATE)
        f = doc["files"][0]
        self.assertTrue(f["loaded"])
        self.assertEqual((f["errors"], f["warnings"], f["findings"]), (0, 0, []))
        self.assertRegex(f["sha256"], r"^[0-9a-f]{64}$")
        self.assertEqual(f["version"], "2026.1")

    def test_lint_errors_exit_1_with_positions(self):
        path = self.mutate("p001.yaml", "        legal_basis: consent\n        retention: 6m\n",
                           "        legal_basis: contract\n        retention: 6m\n")
        rc, out, _ = run("policy", "check", "--date", DATE, path)
        self.assertEqual(rc, 1, out)
        lines = example_text().replace("        legal_basis: consent\n        retention: 6m\n",
                                       "        legal_basis: contract\n        retention: 6m\n").splitlines()
        location_line = next(i for i, l in enumerate(lines, 1) if "{category: location, necessary: true, method: network}" in l)
        self.assertIn(f"p001.yaml:{location_line}:13: error P001:", out)
        self.assertIn("[Order 24 Art. 9; PIPL Art. 29]", out)
        self.assertIn("  fix: sensitive PI needs the user's separate consent", out)
        rc, out, _ = run("policy", "check", "--format", "json", "--date", DATE, path)
        self.assertEqual(rc, 1)
        doc = json.loads(out)
        rules = sorted({x["rule"] for x in doc["files"][0]["findings"]})
        self.assertEqual(rules, ["P001"])
        finding = doc["files"][0]["findings"][0]
        for key in ("rule", "severity", "article", "line", "column", "message", "fix"):
            self.assertIn(key, finding)
        self.assertEqual(finding["severity"], "error")
        self.assertEqual(doc["exit_code"], 1)

    def test_warnings_exit_0_unless_strict(self):
        # The installers' contract ends 2028-06-30: 20 days before, P006 (a warning) fires.
        rc, out, _ = run("policy", "check", "--date", "2028-06-10", EXAMPLE)
        self.assertEqual(rc, 0, out)
        self.assertIn("warning P006", out)
        rc, out, _ = run("policy", "check", "--strict", "--date", "2028-06-10", EXAMPLE)
        self.assertEqual(rc, 1, out)
        rc, out, _ = run("policy", "check", "--date", "2028-07-01", EXAMPLE)
        self.assertEqual(rc, 1)
        self.assertIn("error P005: trustee 'fibre_installers'", out)
        self.assertIn("expired on 2028-06-30", out)

    def test_default_date_is_today(self):
        # Without --date the check uses the local date; the example's contracts run to 2028+.
        rc, out, _ = run("policy", "check", "--format", "json", EXAMPLE)
        doc = json.loads(out)
        self.assertRegex(doc["date"], r"^\d{4}-\d{2}-\d{2}$")

    def test_schema_errors_exit_2(self):
        path = self.mutate("typo.yaml", "    sensitive: false\n    level: 2\n", "    sensitive: false\n    levl: 2\n")
        rc, out, _ = run("policy", "check", "--date", DATE, path)
        self.assertEqual(rc, 2)
        self.assertRegex(out, r"typo\.yaml:\d+:5: unknown key 'levl' in a category \(allowed: ")
        self.assertIn("typo.yaml: does not load; nothing was linted", out)
        # One bad file among good ones still makes the run an error, and the good ones are checked.
        rc, out, _ = run("policy", "check", "--format", "json", "--date", DATE, EXAMPLE, path)
        self.assertEqual(rc, 2)
        doc = json.loads(out)
        self.assertEqual([f["loaded"] for f in doc["files"]], [True, False])
        self.assertIn("unknown key 'levl'", doc["files"][1]["error"])
        self.assertEqual(doc["exit_code"], 2)
        rc, out, _ = run("policy", "check", os.path.join(self.dir, "missing.yaml"))
        self.assertEqual(rc, 2)
        self.assertIn("cannot open the policy file", out)
        bad = self.write("syntax.yaml", "piguard_policy: 1\nversion: [unclosed\n")
        rc, out, _ = run("policy", "check", bad)
        self.assertEqual(rc, 2)
        self.assertIn("YAML syntax error", out)

    def test_usage_errors_exit_2(self):
        for args, msg in [(["--date", "2026-02-30", EXAMPLE], "is not a date"),
                          (["--format", "xml", EXAMPLE], "unknown format 'xml'"),
                          ([], "")]:
            rc, _, err = run("policy", "check", *args)
            self.assertEqual(rc, 2, args)
            self.assertIn(msg, err)
        self.assertEqual(run("policy")[0], 2)
        self.assertEqual(run("policy", "lint", EXAMPLE)[0], 2)

    # --- render --------------------------------------------------------------------------
    def test_render_stdout_and_atomic_file(self):
        rc, html, _ = run("policy", "render", EXAMPLE, "--lang", "zh", "--format", "html")
        self.assertEqual(rc, 0)
        self.assertTrue(html.startswith('<!DOCTYPE html>\n<html lang="zh-CN">'))
        out = os.path.join(self.dir, "notice.html")
        rc, stdout, _ = run("policy", "render", EXAMPLE, "--lang", "zh", "-o", out)
        self.assertEqual((rc, stdout), (0, ""))
        with open(out, encoding="utf-8") as f:
            self.assertEqual(f.read(), html)
        self.assertEqual(sorted(os.listdir(self.dir)), ["notice.html"])  # no temporary left
        self.assertEqual(os.stat(out).st_mode & 0o044, 0o044)  # readable for publishing
        rc, md, _ = run("policy", "render", EXAMPLE, "--lang", "en", "--format", "md")
        self.assertEqual(rc, 0)
        self.assertTrue(md.startswith("# Bluebay Telecom Co., Ltd.: Rules for Collecting"))
        sha = json.loads(run("policy", "check", "--format", "json", "--date", DATE, EXAMPLE)[1])["files"][0]["sha256"]
        self.assertIn(sha, md)
        self.assertIn(sha, html)

    def test_render_failures_leave_no_output(self):
        out = os.path.join(self.dir, "notice.html")
        with open(out, "w") as f:
            f.write("previous notice")
        bad = self.mutate("bad.yaml", "complaint_reply_days: 15", "complaint_reply_days: soon")
        rc, _, err = run("policy", "render", bad, "--lang", "en", "-o", out)
        self.assertEqual(rc, 2)
        self.assertRegex(err, r"bad\.yaml:\d+:25: complaint_reply_days must be a whole number")
        with open(out) as f:
            self.assertEqual(f.read(), "previous notice")  # untouched
        self.assertEqual(sorted(os.listdir(self.dir)), ["bad.yaml", "notice.html"])
        rc, _, err = run("policy", "render", EXAMPLE, "--lang", "fr", "-o", out)
        self.assertEqual(rc, 2)
        self.assertIn("unknown language 'fr'", err)
        rc, _, err = run("policy", "render", EXAMPLE, "--lang", "en", "--format", "pdf")
        self.assertEqual(rc, 2)
        self.assertIn("use html or md", err)
        rc, _, err = run("policy", "render", EXAMPLE, "--lang", "en", "-o", os.path.join(self.dir, "no", "dir.html"))
        self.assertEqual(rc, 2)
        self.assertIn("cannot create the output file", err)
        self.assertEqual(run("policy", "render", EXAMPLE)[0], 2)  # --lang is required

    def test_render_warns_about_lint_errors(self):
        path = self.mutate("p009.yaml", "        refusal_consequence: {zh: 您需要手动输入城市查找营业厅。, en: You type a city to find shops instead.}\n", "")
        rc, md, err = run("policy", "render", path, "--lang", "en", "--format", "md")
        self.assertEqual(rc, 0)
        self.assertIn("1 lint error", err)
        self.assertIn("not stated", md)

    # --- diff ----------------------------------------------------------------------------
    def test_diff_examples(self):
        rc, out, _ = run("policy", "diff", OLD_EXAMPLE, EXAMPLE)
        self.assertEqual(rc, 1, out)
        self.assertIn("consent  added   services.app.purposes.store_finder", out)
        self.assertIn("consent  added   trustees.netsafe_analytics", out)
        self.assertIn("consent  changed services.mobile.purposes.billing.retention: data is kept longer", out)
        self.assertRegex(out, r"\n5 changes need renewed consent, \d+ need an updated notice, \d+ internal\n$")
        rc, out, _ = run("policy", "diff", "--format", "json", OLD_EXAMPLE, EXAMPLE)
        self.assertEqual(rc, 1)
        doc = json.loads(out)
        self.assertTrue(doc["needs_consent"])
        self.assertEqual(doc["counts"]["consent"], 5)
        self.assertEqual(doc["old"]["version"], "2025.1")
        self.assertEqual(doc["new"]["version"], "2026.1")
        consent = {c["path"] for c in doc["changes"] if c["impact"] == "consent"}
        self.assertIn("services.mobile.purposes.sim_delivery.collects.contact.necessary", consent)
        self.assertEqual(doc["warnings"], [])
        # Going back is narrower: notice changes only, exit 0 (plus version warnings).
        rc, out, _ = run("policy", "diff", "--format", "json", EXAMPLE, OLD_EXAMPLE)
        self.assertEqual(rc, 0, out)
        self.assertFalse(json.loads(out)["needs_consent"])

    def test_diff_identical_and_reformatted(self):
        rc, out, _ = run("policy", "diff", EXAMPLE, EXAMPLE)
        self.assertEqual(rc, 0)
        self.assertIn("no changes", out)
        # Comments and quoting do not matter: same hash, no changes.
        text = "# reformatted\n" + example_text().replace("retention: 90d", "retention: '90d'  # quoted")
        copy = self.write("copy.yaml", text)
        rc, out, _ = run("policy", "diff", "--format", "json", EXAMPLE, copy)
        self.assertEqual(rc, 0)
        doc = json.loads(out)
        self.assertEqual(doc["changes"], [])
        self.assertEqual(doc["old"]["sha256"], doc["new"]["sha256"])

    def test_diff_errors(self):
        rc, _, err = run("policy", "diff", EXAMPLE, os.path.join(self.dir, "missing.yaml"))
        self.assertEqual(rc, 2)
        self.assertIn("missing.yaml", err)
        rc, _, err = run("policy", "diff", "--format", "yaml", EXAMPLE, EXAMPLE)
        self.assertEqual(rc, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
