#!/usr/bin/python3
"""Two `piguard serve` processes on one PostgreSQL (the ctest fixture "pg"), under concurrent
load: a withdrawal through node A is honoured by node B at once, and the audit log of both
stays one valid chain. Also runs the basic consent and gate flow against PostgreSQL."""
import json
import os
import shutil
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_load  # noqa: E402
import serve_util as su  # noqa: E402


def pg_url():
    path = os.environ.get("PIGUARD_TEST_PG_URL_FILE")
    if not path or not os.path.exists(path):
        raise unittest.SkipTest("no PostgreSQL fixture (run through ctest, which starts fixture 'pg')")
    with open(path) as f:
        return f.read().strip()


def gate(srv, key, sub, purpose="billing"):
    return srv.call("POST", "/v1/gate/decisions", json.loads(serve_load.gate_body(sub, purpose)), key=key)


class ServeTwoNodesTest(unittest.TestCase):
    def test_withdrawal_on_a_is_honoured_by_b_under_load(self):
        url = pg_url()
        d = tempfile.mkdtemp(prefix="piguard-serve-pg-")
        a = b = None
        try:
            keys_path, keys = su.make_keys(d)
            k = keys["collector"]
            a = su.Server(su.RULES_2026, url, keys_path, ["--no-access-log"], d)
            b = su.Server(su.RULES_2026, url, keys_path, ["--no-access-log"], d)
            run = "pg%d" % time.monotonic_ns()
            subs = ["%s-%d" % (run, i) for i in range(10)]
            for s in subs:
                st, _, body = a.call("POST", "/v1/consents/grant",
                                     {"subscriber": s, "service": "mobile", "purpose": "billing"}, key=k)
                self.assertEqual(st, 201, body)
            # Both nodes under load at once (half the client threads on each).
            load = serve_load.Load(a.port, k, threads=8, subscribers=10, prefix=run,
                                   port_for=lambda n: a.port if n % 2 == 0 else b.port)
            load.start()
            time.sleep(0.5)
            # Each withdrawal through A is seen by B on the very next request.
            for s in subs[:5]:
                st, _, body = gate(b, k, s)
                self.assertEqual(body["decision"], "allowed", body)
                st, _, body = a.call("POST", "/v1/consents/withdraw",
                                     {"subscriber": s, "service": "mobile", "purpose": "billing"}, key=k)
                self.assertEqual(st, 200, body)
                st, _, body = gate(b, k, s)
                self.assertEqual((body["consent"], body["fields"][0]["reason"]),
                                 ("withdrawn", "consent_withdrawn"), body)
            time.sleep(0.5)
            load.stop()
            self.assertGreater(len(load.acked), 50)
            self.assertEqual(a.stop(), 0)
            self.assertEqual(b.stop(), 0)
            a = b = None
            v = su.audit("verify", "--ledger", url)
            self.assertEqual(v.returncode, 0, v.stdout.decode() + v.stderr.decode())
            p = su.audit("export", "--ledger", url, "--action", "gate.decide")
            self.assertEqual(p.returncode, 0, p.stderr.decode())
            rids = {json.loads(l)["request_id"] for l in p.stdout.decode().splitlines() if l.strip()}
            missing = [r for r in load.acked if r not in rids]
            self.assertEqual(missing, [])
        finally:
            for s in (a, b):
                if s:
                    s.stop()
            shutil.rmtree(d, ignore_errors=True)

    def test_api_flow_on_postgresql(self):
        url = pg_url()
        d = tempfile.mkdtemp(prefix="piguard-serve-pg-")
        try:
            keys_path, keys = su.make_keys(d)
            srv = su.Server(su.RULES_2026, url, keys_path, workdir=d)
            sub = "pgflow-%d" % time.monotonic_ns()
            st, _, body = srv.call("GET", "/readyz", key=keys["auditor"])
            self.assertEqual(st, 200, body)
            st, _, body = srv.call("POST", "/v1/consents/grant", {"subscriber": sub, "service": "mobile",
                                   "purpose": "billing", "optional_categories": ["payment"]}, key=keys["staff"])
            self.assertEqual(st, 201, body)
            st, _, body = srv.call("POST", "/v1/gate/decisions", {"subscriber": sub, "service": "mobile",
                                   "purpose": "billing", "fields": [{"name": "card", "categories": ["payment"]},
                                                                    {"name": "loc", "categories": ["location"]}]},
                                   key=keys["collector"])
            self.assertEqual([f["reason"] for f in body["fields"]], ["consented", "category_not_collected"], body)
            st, _, body = srv.call("GET", "/v1/subscribers/%s/consents" % sub, key=keys["auditor"])
            self.assertEqual(body["purposes"][0]["optional_categories"], ["payment"], body)
            self.assertEqual(srv.stop(), 0)
        finally:
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
