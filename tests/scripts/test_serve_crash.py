#!/usr/bin/python3
"""`piguard serve` killed with SIGKILL in the middle of a load: every decision a client got
an answer for must be in the audit log afterwards (a response is sent only after its record
is durable), and `piguard audit verify` must pass on the chain left behind."""
import json
import os
import shutil
import signal
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_load  # noqa: E402
import serve_util as su  # noqa: E402


def exported(ledger):
    p = su.audit("export", "--ledger", ledger)
    if p.returncode != 0:
        raise AssertionError("audit export failed: %s" % p.stderr.decode())
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


class ServeCrashTest(unittest.TestCase):
    def test_sigkill_under_load_loses_no_acknowledged_decision(self):
        d = tempfile.mkdtemp(prefix="piguard-serve-crash-")
        try:
            keys_path, keys = su.make_keys(d)
            ledger = "sqlite:" + os.path.join(d, "ledger.db")
            srv = su.Server(su.RULES_2026, ledger, keys_path, ["--no-access-log"], d)
            for i in range(0, 20, 2):  # half the subscribers consent, half do not
                st, _, b = srv.call("POST", "/v1/consents/grant",
                                    {"subscriber": "sub-%d" % i, "service": "mobile", "purpose": "billing"},
                                    key=keys["collector"])
                self.assertEqual(st, 201, b)
            load = serve_load.Load(srv.port, keys["collector"], threads=8)
            load.start()
            time.sleep(1.5)
            srv.proc.send_signal(signal.SIGKILL)
            srv.proc.wait()
            load.stop()
            srv.log.close()
            acked = dict(load.acked)
            self.assertGreater(len(acked), 50, "the load made too few requests to mean anything")

            v = su.audit("verify", "--ledger", ledger)
            self.assertEqual(v.returncode, 0, v.stdout.decode() + v.stderr.decode())
            entries = exported(ledger)
            by_rid = {e["request_id"]: e for e in entries if e["action"] == "gate.decide"}
            missing = [r for r in acked if r not in by_rid]
            self.assertEqual(missing, [], "%d acknowledged decisions are not in the ledger" % len(missing))
            for rid, (sub, decision) in acked.items():
                e = by_rid[rid]
                self.assertEqual((e["subscriber_id"], e["decision"]), (sub, decision))
                self.assertEqual(e["principal"], "collector-1")
                self.assertEqual(e["role"], "collector")
                self.assertTrue(e["remote_addr"].startswith("127.0.0.1:"))
            # Consent decisions follow the consents: even subscribers allowed, odd refused.
            for rid, (sub, decision) in acked.items():
                self.assertEqual(decision, "allowed" if int(sub.split("-")[1]) % 2 == 0 else "partial", sub)
            # No raw value ever reached the ledger.
            self.assertNotIn("call after 6pm", json.dumps(entries))

            # The ledger is usable again after the crash.
            srv2 = su.Server(su.RULES_2026, ledger, keys_path, workdir=d)
            st, _, b = srv2.call("POST", "/v1/gate/decisions", json.loads(serve_load.gate_body("sub-0")),
                                 key=keys["collector"])
            self.assertEqual((st, b["decision"]), (200, "allowed"))
            self.assertEqual(srv2.stop(), 0)
            self.assertEqual(su.audit("verify", "--ledger", ledger).returncode, 0)
        finally:
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
