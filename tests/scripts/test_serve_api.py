#!/usr/bin/python3
"""End-to-end tests of `piguard serve` over real sockets against a real SQLite ledger: the
role x endpoint matrix, consent, the collection gate, renewed consent after a rules change,
problem+json for every class of bad input, /metrics, the OpenAPI document, logs without PI,
and a graceful stop that finishes the request in flight."""
import json
import os
import re
import shutil
import signal
import socket
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_util as su  # noqa: E402

ID_NUMBER = "110101199003074258"  # a valid GB 11643 number (synthetic)
PHONE = "13800138000"


def problem_ok(test, status, hdrs, body, code, slug):
    test.assertEqual(status, code, body)
    test.assertTrue(hdrs["content-type"].startswith("application/problem+json"), hdrs)
    test.assertEqual(body["type"], "urn:piguard:problem:" + slug, body)
    test.assertEqual(body["status"], code)
    for k in ("title", "detail", "instance", "request_id"):
        test.assertTrue(body.get(k), (k, body))
    test.assertEqual(body["request_id"], hdrs["x-request-id"])


class ServeApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="piguard-serve-api-")
        cls.keys_path, cls.keys = su.make_keys(cls.dir)
        cls.ledger = "sqlite:" + os.path.join(cls.dir, "ledger.db")
        cls.srv = su.Server(su.RULES_2026, cls.ledger, cls.keys_path, ["--read-timeout", "2"], cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def call(self, method, path, body=None, role="admin", **kw):
        return self.srv.call(method, path, body, key=self.keys[role] if role else None, **kw)

    def grant(self, sub, service, purpose, optional=None, role="collector"):
        body = {"subscriber": sub, "service": service, "purpose": purpose}
        if optional is not None:
            body["optional_categories"] = optional
        return self.call("POST", "/v1/consents/grant", body, role)

    def gate(self, sub, service, purpose, fields, role="collector"):
        return self.call("POST", "/v1/gate/decisions",
                         {"subscriber": sub, "service": service, "purpose": purpose, "fields": fields}, role)

    # --- auth -------------------------------------------------------------------------------
    def test_role_endpoint_matrix(self):
        allowed = {
            ("GET", "/readyz"): set(su.ROLES),
            ("GET", "/openapi.json"): set(su.ROLES),
            ("GET", "/v1/rules"): set(su.ROLES),
            ("GET", "/metrics"): {"auditor", "admin"},
            ("POST", "/v1/gate/decisions"): {"collector", "admin"},
            ("POST", "/v1/consents/grant"): {"collector", "staff", "admin"},
            ("POST", "/v1/consents/withdraw"): {"collector", "staff", "admin"},
            ("GET", "/v1/subscribers/{subscriber}/consents"): {"staff", "auditor", "admin"},
        }
        bodies = {
            "/v1/gate/decisions": {"subscriber": "m-1", "service": "mobile", "purpose": "marketing",
                                   "fields": [{"name": "phone", "categories": ["contact"]}]},
            "/v1/consents/grant": {"subscriber": "m-1", "service": "mobile", "purpose": "marketing"},
            "/v1/consents/withdraw": {"subscriber": "m-1", "service": "mobile", "purpose": "marketing"},
        }
        self.grant("m-1", "mobile", "marketing")
        cells = 0
        for (method, tmpl), roles in allowed.items():
            path = tmpl.replace("{subscriber}", "m-1")
            body = bodies.get(tmpl)
            # No key, a malformed header and an unknown key: 401 with a Bearer challenge.
            for hdr in (None, "Basic abc", "Bearer not-a-known-key-000000"):
                h = {"Authorization": hdr} if hdr else {}
                st, hd, b = self.srv.call(method, path, body, headers=h)
                problem_ok(self, st, hd, b, 401, "unauthorized")
                self.assertIn("Bearer", hd.get("www-authenticate", ""))
            for role in su.ROLES:
                st, hd, b = self.call(method, path, body, role)
                cells += 1
                if role in roles:
                    self.assertNotIn(st, (401, 403), (method, tmpl, role, b))
                else:
                    problem_ok(self, st, hd, b, 403, "forbidden")
                    self.assertIn(role, b["detail"])
                if tmpl == "/v1/consents/withdraw" and st == 200:
                    self.grant("m-1", "mobile", "marketing")  # keep something to withdraw
        self.assertEqual(cells, 8 * 5)
        # /livez needs no key at all.
        st, _, b = self.srv.call("GET", "/livez")
        self.assertEqual((st, b["status"]), (200, "live"))

    # --- consent ----------------------------------------------------------------------------
    def test_consent_grant_withdraw_history(self):
        st, _, b = self.grant("c-1", "mobile", "billing", ["payment"])
        self.assertEqual(st, 201, b)
        self.assertEqual(b["optional_categories"], ["payment"])
        self.assertEqual(len(b["rules"]["sha256"]), 64)
        st, _, b = self.grant("c-1", "mobile", "marketing", role="staff")
        self.assertEqual(st, 201, b)
        st, _, b = self.call("POST", "/v1/consents/withdraw",
                             {"subscriber": "c-1", "service": "mobile", "purpose": "marketing"}, "staff")
        self.assertEqual((st, b["event"]), (200, "withdraw"), b)
        # A second withdrawal has nothing to withdraw.
        st, hd, b = self.call("POST", "/v1/consents/withdraw",
                              {"subscriber": "c-1", "service": "mobile", "purpose": "marketing"}, "staff")
        problem_ok(self, st, hd, b, 409, "no-consent-to-withdraw")
        st, _, b = self.call("GET", "/v1/subscribers/c-1/consents", role="auditor")
        self.assertEqual(st, 200, b)
        self.assertEqual([e["event"] for e in b["events"]], ["grant", "grant", "withdraw"])
        self.assertEqual(b["events"][0]["recorded_by"], "collector-1")
        states = {(p["service"], p["purpose"]): p["state"] for p in b["purposes"]}
        self.assertEqual(states, {("mobile", "billing"): "active", ("mobile", "marketing"): "withdrawn"})
        # A necessary category is not an "optional" one.
        st, hd, b = self.grant("c-1", "mobile", "billing", ["contact"])
        problem_ok(self, st, hd, b, 422, "invalid-body")
        self.assertEqual(b["pointer"], "/optional_categories/0")

    # --- the gate ---------------------------------------------------------------------------
    def test_gate_decisions(self):
        self.grant("g-1", "mobile", "billing")  # payment (optional) not agreed
        st, _, b = self.gate("g-1", "mobile", "billing", [
            {"name": "phone", "categories": ["contact"]},
            {"name": "card", "categories": ["payment"]},
            {"name": "where", "categories": ["location"]},
            {"name": "shoe_size", "categories": ["shoe_size"]},
            {"name": "note", "value": "客户身份证号 %s 已核验" % ID_NUMBER},
            {"name": "comment", "value": "please call after 6pm"},
        ])
        self.assertEqual(st, 200, b)
        f = {x["name"]: x for x in b["fields"]}
        self.assertEqual(b["decision"], "partial")
        self.assertEqual((f["phone"]["decision"], f["phone"]["reason"]), ("allowed", "consented"))
        self.assertEqual(f["phone"]["article"], "Order 24 Art. 9")
        self.assertEqual((f["card"]["decision"], f["card"]["reason"]), ("refused", "optional_not_consented"))
        self.assertEqual(f["where"]["reason"], "category_not_collected")
        self.assertIn("Art. 5", f["where"]["article"])
        self.assertEqual(f["shoe_size"]["reason"], "not_in_rules")
        self.assertEqual(f["note"]["decision"], "refused")
        self.assertEqual(f["note"]["detected"], [{"pi_type": "CHINA_RESIDENT_ID_NUMBER", "category": "identity_document"}])
        self.assertEqual(f["note"]["reason"], "category_not_collected")
        self.assertEqual((f["comment"]["decision"], f["comment"]["reason"]), ("allowed", "no_pi_detected"))
        self.assertNotIn(ID_NUMBER, json.dumps(b))

        # No consent at all; a phone number in a value maps to 'contact'.
        st, _, b = self.gate("g-2", "mobile", "billing", [{"name": "contact_no", "value": PHONE}])
        self.assertEqual(st, 200, b)
        self.assertEqual((b["consent"], b["fields"][0]["reason"]), ("none", "no_consent"))
        self.assertEqual(b["fields"][0]["categories"], ["contact"])

        # Legal duty needs no consent; the optional category does once agreed.
        st, _, b = self.gate("g-2", "mobile", "real_name_registration",
                             [{"name": "id", "categories": ["identity_document"]}])
        self.assertEqual(b["fields"][0]["reason"], "legal_basis_legal_duty", b)
        self.grant("g-3", "mobile", "billing", ["payment"])
        st, _, b = self.gate("g-3", "mobile", "billing", [{"name": "card", "categories": ["payment"]}])
        self.assertEqual((b["decision"], b["fields"][0]["reason"]), ("allowed", "consented"), b)

        # Withdrawal is honoured at once.
        self.call("POST", "/v1/consents/withdraw", {"subscriber": "g-3", "service": "mobile", "purpose": "billing"},
                  "collector")
        st, _, b = self.gate("g-3", "mobile", "billing", [{"name": "card", "categories": ["payment"]}])
        self.assertEqual((b["decision"], b["fields"][0]["reason"]), ("refused", "consent_withdrawn"), b)

    # --- bad input --------------------------------------------------------------------------
    def test_problem_json_for_each_bad_input(self):
        gate = "/v1/gate/decisions"
        key = self.keys["collector"]
        ok_body = {"subscriber": "b-1", "service": "mobile", "purpose": "billing",
                   "fields": [{"name": "a", "categories": ["contact"]}]}
        cases = [
            (dict(raw=b'{"subscriber": "b-1",', headers={"Content-Type": "application/json"}), 400, "malformed-json"),
            (dict(raw=b"\xff\xfe", headers={"Content-Type": "application/json"}), 400, "malformed-json"),
            (dict(body=dict(ok_body, subscriber=7)), 422, "invalid-body"),
            (dict(body=dict(ok_body, fields="a")), 422, "invalid-body"),
            (dict(body=dict(ok_body, extra=1)), 422, "invalid-body"),
            (dict(body={k: v for k, v in ok_body.items() if k != "purpose"}), 422, "invalid-body"),
            (dict(body=dict(ok_body, fields=[{"name": "a"}])), 422, "invalid-body"),
            (dict(body=dict(ok_body, subscriber=PHONE)), 422, "invalid-body"),
            (dict(body=dict(ok_body, service="satellite")), 422, "unknown-service"),
            (dict(body=dict(ok_body, purpose="astrology")), 422, "unknown-purpose"),
            (dict(raw=json.dumps(ok_body).encode(), headers={"Content-Type": "text/plain"}), 415, "unsupported-media-type"),
            (dict(raw=json.dumps(ok_body).encode()), 415, "unsupported-media-type"),
            (dict(raw=b"{" + b" " * (2 << 20) + b"}", headers={"Content-Type": "application/json"}), 413, "payload-too-large"),
        ]
        for kw, code, slug in cases:
            st, hd, b = self.srv.call("POST", gate, key=key, **kw)
            problem_ok(self, st, hd, b, code, slug)
            self.assertNotIn(PHONE, json.dumps(b))
        st, hd, b = self.srv.call("POST", gate, key=key, body=dict(ok_body, extra=1))
        self.assertEqual(b["pointer"], "/extra")
        # Unknown subscriber, unknown route, wrong method.
        st, hd, b = self.call("GET", "/v1/subscribers/nobody-ever/consents")
        problem_ok(self, st, hd, b, 404, "unknown-subscriber")
        st, hd, b = self.call("GET", "/v2/nothing")
        problem_ok(self, st, hd, b, 404, "not-found")
        st, hd, b = self.call("GET", gate)
        problem_ok(self, st, hd, b, 405, "method-not-allowed")
        self.assertEqual(hd["allow"], "POST")
        # The server is still healthy.
        st, _, _ = self.call("GET", "/readyz")
        self.assertEqual(st, 200)

    def test_slow_client_gets_408(self):
        s = socket.create_connection(("127.0.0.1", self.srv.port), timeout=10)
        s.sendall(("POST /v1/gate/decisions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
                   "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"subscriber\":"
                   % self.keys["collector"]).encode())
        t0 = time.time()
        data = b""
        while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
        self.assertLess(time.time() - t0, 8)
        head, _, body = data.partition(b"\r\n\r\n")
        self.assertIn(b" 408 ", head.split(b"\r\n")[0], data)
        self.assertEqual(json.loads(body)["type"], "urn:piguard:problem:request-timeout")

    # --- rules, metrics, openapi --------------------------------------------------------------
    def test_metrics_exposition_format(self):
        self.gate("mx-1", "mobile", "billing", [{"name": "a", "categories": ["contact"]}])
        st, hd, text = self.call("GET", "/metrics", role="auditor")
        self.assertEqual(st, 200)
        self.assertTrue(hd["content-type"].startswith("text/plain; version=0.0.4"))
        sample = re.compile(r'^([a-z_:][a-z0-9_:]*)(\{([a-z_]+="(?:[^"\\\n]|\\.)*",?)*\})? -?[0-9.e+Inf]+$')
        types = {}
        values = {}
        for line in text.splitlines():
            if line.startswith("# TYPE "):
                _, _, name, kind = line.split(" ")
                types[name] = kind
                continue
            if line.startswith("# HELP "):
                continue
            self.assertRegex(line, sample)
            name_labels, value = line.rsplit(" ", 1)
            values[name_labels] = float(value)
        self.assertEqual(types["piguard_http_requests_total"], "counter")
        self.assertEqual(types["piguard_http_request_duration_seconds"], "histogram")
        self.assertEqual(types["piguard_gate_decisions_total"], "counter")
        self.assertIn('piguard_gate_decisions_total{outcome="refused",reason="no_consent"}', values)
        route = 'route="/v1/gate/decisions"'
        buckets = [(k, v) for k, v in values.items()
                   if k.startswith("piguard_http_request_duration_seconds_bucket{" + route)]
        self.assertGreaterEqual(len(buckets), 13)
        counts = [v for _, v in buckets]
        self.assertEqual(counts, sorted(counts), "buckets must be cumulative")
        self.assertEqual(values['piguard_http_request_duration_seconds_bucket{%s,le="+Inf"}' % route],
                         values['piguard_http_request_duration_seconds_count{%s}' % route])
        self.assertGreater(values['piguard_http_requests_total{%s,method="POST",status="200"}' % route], 0)

    def test_openapi_lists_every_route(self):
        st, _, doc = self.call("GET", "/openapi.json", role="trustee")
        self.assertEqual(st, 200)
        self.assertEqual(doc["openapi"], "3.1.0")
        documented = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
        expected = {("GET", "/livez"), ("GET", "/readyz"), ("GET", "/metrics"), ("GET", "/openapi.json"),
                    ("GET", "/v1/rules"), ("POST", "/v1/gate/decisions"), ("POST", "/v1/consents/grant"),
                    ("POST", "/v1/consents/withdraw"), ("GET", "/v1/subscribers/{subscriber}/consents"),
                    ("GET", "/v1/subscribers/{subscriber}"), ("POST", "/v1/subscribers/{subscriber}/terminate"),
                    ("POST", "/v1/subscribers/{subscriber}/corrections"), ("POST", "/v1/corrections/{id}/status"),
                    ("POST", "/v1/access"), ("POST", "/v1/access/bulk-requests"),
                    ("POST", "/v1/access/bulk-requests/{id}/approve"), ("POST", "/v1/disclosures"),
                    ("GET", "/v1/trustees/{trustee}/report")}
        self.assertEqual(documented, expected)
        st, _, rules = self.call("GET", "/v1/rules", role="trustee")
        self.assertEqual(rules["version"], "2026.1")

    def test_logs_hold_no_raw_pi(self):
        self.gate("log-1", "mobile", "billing", [{"name": "note", "value": "ID %s tel %s" % (ID_NUMBER, PHONE)}])
        time.sleep(0.2)
        text = self.srv.log_text()
        self.assertNotIn(ID_NUMBER, text)
        self.assertNotIn(PHONE, text)
        self.assertNotIn("log-1", text)  # not even the subscriber id
        lines = [l for l in self.srv.log_lines() if l.get("event") == "http_request"]
        self.assertTrue(lines)
        for l in lines:
            self.assertEqual(len(l["request_id"]), 32)
            self.assertIn(l["route"], {"/v1/gate/decisions", "/v1/consents/grant", "/v1/consents/withdraw",
                                       "/readyz", "/metrics", "/openapi.json", "/v1/rules", "/livez",
                                       "/v1/subscribers/{subscriber}/consents", "unmatched"})


class ServeLifecycleTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="piguard-serve-life-")
        self.keys_path, self.keys = su.make_keys(self.dir)
        self.ledger = "sqlite:" + os.path.join(self.dir, "ledger.db")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_renewed_consent_after_rules_change(self):
        old = su.Server(su.RULES_2025, self.ledger, self.keys_path, workdir=self.dir)
        k = self.keys["collector"]
        for purpose in ("billing", "marketing"):
            st, _, b = old.call("POST", "/v1/consents/grant",
                                {"subscriber": "r-1", "service": "mobile", "purpose": purpose}, key=k)
            self.assertEqual(st, 201, b)
        st, _, b = old.call("POST", "/v1/gate/decisions", {"subscriber": "r-1", "service": "mobile",
                            "purpose": "billing", "fields": [{"name": "p", "categories": ["contact"]}]}, key=k)
        self.assertEqual(b["decision"], "allowed", b)
        self.assertEqual(old.stop(), 0)

        new = su.Server(su.RULES_2026, self.ledger, self.keys_path, workdir=self.dir)
        try:
            # 2026.1 keeps billing data longer (a consent-impact change): the old consent no
            # longer suffices. Marketing did not change: its consent stands.
            st, _, b = new.call("POST", "/v1/gate/decisions", {"subscriber": "r-1", "service": "mobile",
                                "purpose": "billing", "fields": [{"name": "p", "categories": ["contact"]}]}, key=k)
            self.assertEqual((b["consent"], b["fields"][0]["reason"]),
                             ("renewal_required", "renewed_consent_required"), b)
            self.assertIn("consent again", b["fields"][0]["message"])
            st, _, b = new.call("POST", "/v1/gate/decisions", {"subscriber": "r-1", "service": "mobile",
                                "purpose": "marketing", "fields": [{"name": "p", "categories": ["contact"]}]},
                                key=k)
            self.assertEqual((b["decision"], b["consent"]), ("refused", "active"), b)  # optional, not agreed
            st, _, b = new.call("GET", "/v1/subscribers/r-1/consents", key=self.keys["staff"])
            states = {p["purpose"]: p["state"] for p in b["purposes"]}
            self.assertEqual(states, {"billing": "renewal_required", "marketing": "active"})
            # Consenting again under the new rules restores it.
            new.call("POST", "/v1/consents/grant", {"subscriber": "r-1", "service": "mobile", "purpose": "billing"},
                     key=k)
            st, _, b = new.call("POST", "/v1/gate/decisions", {"subscriber": "r-1", "service": "mobile",
                                "purpose": "billing", "fields": [{"name": "p", "categories": ["contact"]}]}, key=k)
            self.assertEqual(b["decision"], "allowed", b)
        finally:
            self.assertEqual(new.stop(), 0)

    def test_graceful_stop_finishes_in_flight_request(self):
        srv = su.Server(su.RULES_2026, self.ledger, self.keys_path, ["--read-timeout", "10"], self.dir)
        body = json.dumps({"subscriber": "s-1", "service": "mobile", "purpose": "billing",
                           "fields": [{"name": "a", "categories": ["contact"]}]}).encode()
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=20)
        s.sendall(("POST /v1/gate/decisions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
                   "Content-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                   % (self.keys["collector"], len(body))).encode() + body[:10])
        time.sleep(0.3)
        srv.proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        self.assertIsNone(srv.proc.poll(), "server quit with a request in flight")
        # New connections are refused once stopping.
        with self.assertRaises(OSError):
            c = socket.create_connection(("127.0.0.1", srv.port), timeout=2)
            c.sendall(b"GET /livez HTTP/1.1\r\nHost: x\r\n\r\n")
            if not c.recv(100):
                raise OSError("closed")
        s.sendall(body[10:])
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data:
                head, _, rest = data.partition(b"\r\n\r\n")
                m = re.search(rb"Content-Length: (\d+)", head, re.I)
                if m and len(rest) >= int(m.group(1)):
                    break
        s.close()
        self.assertIn(b" 200 ", data.split(b"\r\n")[0], data)
        self.assertEqual(json.loads(data.partition(b"\r\n\r\n")[2])["fields"][0]["reason"], "no_consent")
        self.assertEqual(srv.stop(sig=None, timeout=30), 0)  # the first SIGTERM suffices
        events = [l.get("event") for l in srv.log_lines()]
        self.assertIn("stopping", events)
        self.assertEqual(events[-1], "stopped")

    def test_bad_configuration_exits_2(self):
        bad_keys = os.path.join(self.dir, "bad.yaml")
        with open(bad_keys, "w") as f:
            f.write("keys:\n  - {principal: x, role: superuser, sha256: %s}\n" % ("0" * 64))
        import subprocess
        p = subprocess.run([su.BIN, "serve", "--rules", su.RULES_2026, "--ledger", self.ledger,
                            "--keys", bad_keys, "--listen", "127.0.0.1:0"], capture_output=True, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"unknown role 'superuser'", p.stderr)
        p = subprocess.run([su.BIN, "serve", "hash-key"], input=b"short", capture_output=True, timeout=30)
        self.assertEqual(p.returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
