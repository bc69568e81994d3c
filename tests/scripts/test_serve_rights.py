#!/usr/bin/python3
"""End-to-end tests over real sockets of the rights and sharing flows of `piguard serve`: the
role x endpoint matrix of their endpoints; termination (the gate refuses with
subscriber_terminated, also through a second node on PostgreSQL); the subscriber's record;
correction requests; purpose-bound staff access and bulk access that needs a second person;
disclosure to trustees (contract dates with the clock fixed by --now, categories and purposes
outside the contract, unlinkable tokens per trustee, no key); the trustee report against the
ledger rows (endpoint, HTML and `piguard audit trustee-report`); and bad input that gets
problem+json and writes nothing to the ledger. SQLite throughout; PostgreSQL with two nodes
when the ctest fixture "pg" runs."""
import calendar
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_util as su  # noqa: E402


def problem_ok(test, status, hdrs, body, code, slug):
    test.assertEqual(status, code, body)
    test.assertTrue(hdrs["content-type"].startswith("application/problem+json"), hdrs)
    test.assertEqual(body["type"], "urn:piguard:problem:" + slug, body)
    test.assertEqual(body["status"], code)
    for k in ("title", "detail", "instance", "request_id"):
        test.assertTrue(body.get(k), (k, body))


def pg_url():
    path = os.environ.get("PIGUARD_TEST_PG_URL_FILE")
    if not path or not os.path.exists(path):
        return None
    with open(path) as f:
        return f.read().strip()


GATE_FIELDS = [{"name": "phone", "categories": ["contact"]}]


class RightsMixin:
    def call(self, method, path, body=None, role="admin", srv=None, **kw):
        return (srv or self.srv).call(method, path, body, key=self.keys[role] if role else None, **kw)

    def grant(self, sub, service="mobile", purpose="billing", optional=None, role="collector", srv=None):
        body = {"subscriber": sub, "service": service, "purpose": purpose}
        if optional is not None:
            body["optional_categories"] = optional
        st, _, b = self.call("POST", "/v1/consents/grant", body, role, srv=srv)
        self.assertEqual(st, 201, b)
        return b

    def gate(self, sub, srv=None, service="mobile", purpose="billing", fields=GATE_FIELDS):
        st, _, b = self.call("POST", "/v1/gate/decisions",
                             {"subscriber": sub, "service": service, "purpose": purpose, "fields": fields},
                             "collector", srv=srv)
        self.assertEqual(st, 200, b)
        return b


class ServeRightsTest(RightsMixin, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="piguard-serve-rights-")
        cls.keys_path, cls.keys = su.make_keys(cls.dir)
        cls.db = os.path.join(cls.dir, "ledger.db")
        cls.srv = su.Server(su.RULES_2026, "sqlite:" + cls.db, cls.keys_path, ["--bulk-threshold", "3"], cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def counts(self):
        """(audit records, processing events, consent events) in the ledger file."""
        con = sqlite3.connect(self.db)
        try:
            return tuple(con.execute("SELECT COUNT(*) FROM " + t).fetchone()[0]
                         for t in ("audit_log", "processing_events", "consent_events"))
        finally:
            con.close()

    def test_role_endpoint_matrix(self):
        allowed = {
            ("GET", "/v1/subscribers/{subscriber}"): {"staff", "auditor", "admin"},
            ("POST", "/v1/subscribers/{subscriber}/terminate"): {"staff", "admin"},
            ("POST", "/v1/subscribers/{subscriber}/corrections"): {"staff", "admin"},
            ("POST", "/v1/corrections/{id}/status"): {"staff", "admin"},
            ("POST", "/v1/access"): {"staff", "admin"},
            ("POST", "/v1/access/bulk-requests"): {"staff", "admin"},
            ("POST", "/v1/access/bulk-requests/{id}/approve"): {"admin"},
            ("POST", "/v1/disclosures"): {"staff", "admin"},
            ("GET", "/v1/trustees/{trustee}/report"): {"auditor", "admin"},
        }
        cells = 0
        for (method, tmpl), roles in allowed.items():
            for role in su.ROLES:
                sub = "mx-%d" % cells
                self.grant(sub)
                _, _, corr = self.call("POST", "/v1/subscribers/%s/corrections" % sub, {"category": "contact"}, "staff")
                access = {"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": [sub]}
                _, _, bulk = self.call("POST", "/v1/access/bulk-requests", access, "staff")
                ident = bulk["id"] if "approve" in tmpl else corr["id"]
                path = tmpl.replace("{subscriber}", sub).replace("{id}", str(ident))
                body = {"/v1/subscribers/{subscriber}/terminate": {},
                        "/v1/subscribers/{subscriber}/corrections": {"category": "contact"},
                        "/v1/corrections/{id}/status": {"status": "in_progress"},
                        "/v1/access": access, "/v1/access/bulk-requests": access,
                        "/v1/access/bulk-requests/{id}/approve": {},
                        "/v1/disclosures": {"trustee": "swift_courier", "contract": "BB-DPA-2025-011",
                                            "service": "mobile", "purpose": "sim_delivery", "subscriber": sub,
                                            "fields": [{"name": "phone", "category": "contact", "value": "x"}]}}.get(tmpl)
                path = path.replace("{trustee}", "swift_courier") + ("?from=2026-01-01&to=2026-12-31" if "report" in tmpl else "")
                for hdr in (None, "Bearer not-a-known-key-000000"):
                    st, hd, b = self.srv.call(method, path, body, headers={"Authorization": hdr} if hdr else {})
                    problem_ok(self, st, hd, b, 401, "unauthorized")
                st, hd, b = self.call(method, path, body, role)
                cells += 1
                if role in roles:
                    self.assertIn(st, (200, 201), (method, tmpl, role, b))
                else:
                    problem_ok(self, st, hd, b, 403, "forbidden")
                    self.assertIn(role, b["detail"])
        self.assertEqual(cells, 9 * 5)

    def test_terminate_refuses_collection_and_consent(self):
        self.grant("t-1")
        self.assertEqual(self.gate("t-1")["decision"], "allowed")
        st, _, b = self.call("POST", "/v1/subscribers/t-1/terminate", {}, "staff")
        self.assertEqual((st, b["status"]), (200, "terminated"), b)
        self.assertEqual(b["article"], "Order 24 Art. 9")
        g = self.gate("t-1")
        self.assertEqual(g["decision"], "refused")
        self.assertEqual({f["reason"] for f in g["fields"]}, {"subscriber_terminated"})
        st, hd, b = self.call("POST", "/v1/consents/grant",
                              {"subscriber": "t-1", "service": "mobile", "purpose": "billing"}, "collector")
        problem_ok(self, st, hd, b, 409, "subscriber-terminated")
        st, hd, b = self.call("POST", "/v1/subscribers/t-1/terminate", {}, "staff")
        problem_ok(self, st, hd, b, 409, "subscriber-terminated")
        # Survives a restart: termination is in the ledger, not in memory.
        srv2 = su.Server(su.RULES_2026, "sqlite:" + self.db, self.keys_path, [], self.dir)
        try:
            self.assertEqual(self.gate("t-1", srv=srv2)["fields"][0]["reason"], "subscriber_terminated")
        finally:
            srv2.stop()
        # The audit record carries the article.
        out = su.audit("export", "--ledger", "sqlite:" + self.db, "--subscriber", "t-1")
        self.assertEqual(out.returncode, 0, out.stderr)
        recs = [json.loads(l) for l in out.stdout.decode().splitlines()]
        term = [r for r in recs if r["action"] == "subscriber.terminate" and r["decision"] == "terminated"]
        self.assertEqual(len(term), 1)
        self.assertEqual(term[0]["article"], "Order 24 Art. 9")

    def test_record_lists_categories_consents_corrections_with_dates(self):
        self.grant("r-1", optional=["payment"])
        self.grant("r-1", "mobile", "marketing")
        st, _, b = self.call("POST", "/v1/consents/withdraw",
                             {"subscriber": "r-1", "service": "mobile", "purpose": "marketing"}, "staff")
        self.assertEqual(st, 200, b)
        st, _, corr = self.call("POST", "/v1/subscribers/r-1/corrections", {"category": "home_address"}, "staff")
        self.assertEqual((st, corr["status"]), (201, "received"), corr)
        st, _, b = self.call("POST", "/v1/corrections/%d/status" % corr["id"], {"status": "completed"}, "staff")
        self.assertEqual((st, b["status"]), (200, "completed"), b)
        st, hd, b = self.call("POST", "/v1/corrections/%d/status" % corr["id"], {"status": "in_progress"}, "staff")
        problem_ok(self, st, hd, b, 409, "correction-closed")
        st, _, rec = self.call("GET", "/v1/subscribers/r-1", role="auditor")
        self.assertEqual(st, 200, rec)
        self.assertEqual(rec["status"], "active")
        held = {c["category"]: c for c in rec["categories_held"]}
        # billing collects contact, basic_profile (necessary) and payment (optional, agreed);
        # marketing was withdrawn, so it adds nothing.
        self.assertIn("payment", held)
        self.assertIn("contact", held)
        self.assertEqual(held["payment"]["sources"], ["consent:mobile.billing"])
        self.assertTrue(held["payment"]["first_recorded_at"].endswith("Z"))
        states = {(p["service"], p["purpose"]): p["state"] for p in rec["consents"]["purposes"]}
        self.assertEqual(states, {("mobile", "billing"): "active", ("mobile", "marketing"): "withdrawn"})
        self.assertEqual([e["event"] for e in rec["consents"]["events"]], ["grant", "grant", "withdraw"])
        self.assertEqual(len(rec["corrections"]), 1)
        c = rec["corrections"][0]
        self.assertEqual((c["id"], c["category"], c["status"]), (corr["id"], "home_address", "completed"))
        self.assertGreaterEqual(c["updated_at"], c["requested_at"])
        self.assertEqual(rec["disclosures"], [])
        # Categories the gate allowed are held too, with the gate as source.
        self.grant("r-2", "mobile", "billing")
        self.gate("r-2", fields=[{"name": "phone", "categories": ["contact"]}])
        _, _, rec2 = self.call("GET", "/v1/subscribers/r-2", role="staff")
        held2 = {c["category"]: c["sources"] for c in rec2["categories_held"]}
        self.assertIn("gate:mobile.billing", held2["contact"])

    def test_bad_input_is_problem_json_and_writes_nothing(self):
        self.grant("b-1")
        _, _, corr = self.call("POST", "/v1/subscribers/b-1/corrections", {"category": "contact"}, "staff")
        cases = [
            ("POST", "/v1/subscribers/nobody-here/terminate", {}, 404, "unknown-subscriber"),
            ("GET", "/v1/subscribers/nobody-here", None, 404, "unknown-subscriber"),
            ("POST", "/v1/subscribers/nobody-here/corrections", {"category": "contact"}, 404, "unknown-subscriber"),
            ("POST", "/v1/subscribers/13800138000/terminate", {}, 422, "invalid-body"),
            ("POST", "/v1/subscribers/b-1/terminate", {"why": "x"}, 422, "invalid-body"),
            ("POST", "/v1/subscribers/b-1/terminate", [], 422, "invalid-body"),
            ("POST", "/v1/subscribers/b-1/corrections", {"category": "no_such_category"}, 422, "unknown-category"),
            ("POST", "/v1/subscribers/b-1/corrections", {}, 422, "invalid-body"),
            ("POST", "/v1/subscribers/b-1/corrections", {"category": 7}, 422, "invalid-body"),
            ("POST", "/v1/corrections/999999/status", {"status": "completed"}, 404, "unknown-correction"),
            ("POST", "/v1/corrections/abc/status", {"status": "completed"}, 422, "invalid-body"),
            ("POST", "/v1/corrections/%d/status" % corr["id"], {"status": "done"}, 422, "invalid-body"),
        ]
        for method, path, body, code, slug in cases:
            before = self.counts()
            st, hd, b = self.call(method, path, body, "staff")
            problem_ok(self, st, hd, b, code, slug)
            after = self.counts()
            # Only the refusal's own audit record is added; no event, no consent.
            self.assertEqual(after, (before[0] + 1, before[1], before[2]), (path, body))
        before = self.counts()
        st, hd, b = self.call("POST", "/v1/subscribers/b-1/terminate", raw=b"{not json",
                              headers={"Content-Type": "application/json"}, role="staff")
        problem_ok(self, st, hd, b, 400, "malformed-json")
        self.assertEqual(self.counts()[1:], before[1:])
        # The subscriber is still active after all that.
        self.assertEqual(self.gate("b-1")["decision"], "allowed")

    # --- staff access (Art. 13) ------------------------------------------------------------
    def access(self, subs, role="customer_service", service="mobile", purpose="billing", who="staff", **extra):
        body = dict({"role": role, "service": service, "purpose": purpose, "subscribers": subs}, **extra)
        return self.call("POST", "/v1/access", body, who)

    def test_access_is_per_category_plain_masked_or_refused(self):
        self.grant("a-1")
        st, _, b = self.access(["a-1"], categories=["contact", "payment", "communication_records", "identity_document"])
        self.assertEqual(st, 200, b)
        got = {c["category"]: (c["access"], c["reason"]) for c in b["subscribers"][0]["categories"]}
        self.assertEqual(got, {"contact": ("plain", "role_access"), "payment": ("masked", "role_access"),
                               "communication_records": ("masked", "role_access"),
                               "identity_document": ("refused", "category_not_collected")})
        self.assertFalse(b["bulk"])
        # Default categories: everything the purpose collects.
        st, _, b = self.access(["a-1"])
        self.assertEqual({c["category"] for c in b["subscribers"][0]["categories"]},
                         {"contact", "payment", "communication_records"})
        # A role that does not work for the purpose sees nothing of it.
        st, _, b = self.access(["a-1"], role="marketing_analyst")
        self.assertEqual({c["reason"] for c in b["subscribers"][0]["categories"]}, {"purpose_not_assigned_to_role"})
        self.assertEqual({c["access"] for c in b["subscribers"][0]["categories"]}, {"refused"})
        # Every access is audited per subscriber, with the article.
        out = su.audit("export", "--ledger", "sqlite:" + self.db, "--subscriber", "a-1")
        recs = [json.loads(l) for l in out.stdout.decode().splitlines() if '"access.read"' in l]
        self.assertEqual(len(recs), 3)
        self.assertEqual(recs[0]["detail"]["categories"]["contact"], "plain")
        self.assertEqual(recs[0]["principal"], "staff-1")
        self.assertEqual(recs[2]["article"], "Order 24 Art. 13")
        # A terminated subscriber's data is not shown any more.
        self.grant("a-2")
        self.call("POST", "/v1/subscribers/a-2/terminate", {}, "staff")
        st, _, b = self.access(["a-2"])
        self.assertEqual({c["reason"] for c in b["subscribers"][0]["categories"]}, {"subscriber_terminated"})

    def test_bulk_access_needs_a_second_person(self):
        subs = ["bk-%d" % i for i in range(5)]
        for s_ in subs:
            self.grant(s_)
        before = self.counts()
        # Over the threshold (3) without approval: refused, nothing shown, the refusal audited.
        st, hd, b = self.access(subs)
        problem_ok(self, st, hd, b, 403, "bulk-approval-required")
        self.assertEqual(self.counts(), (before[0] + 1, before[1], before[2]))
        body = {"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": subs}
        st, _, req = self.call("POST", "/v1/access/bulk-requests", body, "staff")
        self.assertEqual((st, req["status"], req["subscribers"]), (201, "pending", 5), req)
        # Filed but not approved: still refused.
        st, hd, b = self.access(subs, approval=req["id"])
        problem_ok(self, st, hd, b, 403, "bulk-approval-required")
        self.assertIn("not been approved", b["detail"])
        # The requester cannot approve (staff may not approve at all) ...
        st, hd, b = self.call("POST", "/v1/access/bulk-requests/%d/approve" % req["id"], {}, "staff")
        problem_ok(self, st, hd, b, 403, "forbidden")
        # ... and an admin cannot approve their own request.
        st, _, own = self.call("POST", "/v1/access/bulk-requests", body, "admin")
        st, hd, b = self.call("POST", "/v1/access/bulk-requests/%d/approve" % own["id"], {}, "admin")
        problem_ok(self, st, hd, b, 403, "self-approval")
        st, hd, b = self.access(subs, approval=own["id"], who="admin")
        problem_ok(self, st, hd, b, 403, "bulk-approval-required")
        # A second person approves; the requester's identical request is then allowed, once.
        st, _, ap = self.call("POST", "/v1/access/bulk-requests/%d/approve" % req["id"], {}, "admin")
        self.assertEqual((st, ap["approved_by"], ap["requested_by"]), (200, "admin-1", "staff-1"), ap)
        st, hd, b = self.call("POST", "/v1/access/bulk-requests/%d/approve" % req["id"], {}, "admin")
        problem_ok(self, st, hd, b, 409, "already-approved")
        st, hd, b = self.access(subs[:4] + ["bk-x"], approval=req["id"])  # not the approved set
        self.assertIn(st, (403, 404), b)
        st, hd, b = self.access(list(reversed(subs)), approval=req["id"], who="admin")  # another principal
        problem_ok(self, st, hd, b, 403, "bulk-approval-required")
        before = self.counts()
        st, _, b = self.access(list(reversed(subs)), approval=req["id"])
        self.assertEqual(st, 200, b)
        self.assertTrue(b["bulk"])
        self.assertEqual(len(b["subscribers"]), 5)
        # One use event + its audit record + one audit record per subscriber, together.
        self.assertEqual(self.counts(), (before[0] + 6, before[1] + 1, before[2]))
        st, hd, b = self.access(subs, approval=req["id"])
        problem_ok(self, st, hd, b, 403, "bulk-approval-required")
        self.assertIn("already used", b["detail"])
        # At the threshold no approval is needed.
        st, _, b = self.access(subs[:3])
        self.assertEqual((st, b["bulk"]), (200, False), b)

    def test_access_bad_input(self):
        self.grant("ab-1")
        cases = [
            ({"role": "no_such_role", "service": "mobile", "purpose": "billing", "subscribers": ["ab-1"]}, 422, "unknown-role"),
            ({"role": "customer_service", "service": "nope", "purpose": "billing", "subscribers": ["ab-1"]}, 422, "unknown-service"),
            ({"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": ["nobody-x"]}, 404, "unknown-subscriber"),
            ({"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": []}, 422, "invalid-body"),
            ({"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": ["ab-1", "ab-1"]}, 422, "invalid-body"),
            ({"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": ["ab-1"], "categories": ["zzz"]}, 422, "unknown-category"),
            ({"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": ["ab-1"], "approval": "x"}, 422, "invalid-body"),
            ({"role": "customer_service", "service": "mobile", "subscribers": ["ab-1"]}, 422, "invalid-body"),
        ]
        for body, code, slug in cases:
            before = self.counts()
            st, hd, b = self.call("POST", "/v1/access", body, "staff")
            problem_ok(self, st, hd, b, code, slug)
            self.assertEqual(self.counts(), (before[0] + 1, before[1], before[2]), body)
        for path, body, code, slug in [
                ("/v1/access/bulk-requests/999999/approve", {}, 404, "unknown-bulk-request"),
                ("/v1/access/bulk-requests/x/approve", {}, 422, "invalid-body"),
                ("/v1/access/bulk-requests", {"role": "nope", "service": "mobile", "purpose": "billing",
                                              "subscribers": ["ab-1"]}, 422, "unknown-role")]:
            before = self.counts()
            st, hd, b = self.call("POST", path, body, "admin")
            problem_ok(self, st, hd, b, code, slug)
            self.assertEqual(self.counts(), (before[0] + 1, before[1], before[2]), path)

    def test_logs_hold_no_subscriber_ids(self):
        self.grant("log-r-1")
        self.call("POST", "/v1/subscribers/log-r-1/corrections", {"category": "contact"}, "staff")
        self.call("POST", "/v1/subscribers/log-r-1/terminate", {}, "staff")
        time.sleep(0.2)
        self.assertNotIn("log-r-1", self.srv.log_text().replace("/v1/subscribers/{subscriber}", ""))


KEY_HEX = "8f3a5c6e1b2d4f708192a3b4c5d6e7f80112233445566778899aabbccddeeff0"
IMEI = "490154203237518"
PHONE = "13800138000"
EXTRA_TRUSTEES = """trustees:
  - id: netsafe_two
    name: {zh: 第二分析公司, en: Second Analytics Ltd.}
    task: {zh: 网络质量分析, en: analyses network quality}
    contract: BB-DPA-2026-099
    valid_from: 2026-01-01
    valid_to: 2028-12-31
    receives:
      - purpose: mobile.network_service
        categories: [device_identifiers]
        deidentify: pseudonym
  - id: short_courier
    name: {zh: 短期速递, en: Short Courier Ltd.}
    task: {zh: SIM卡配送, en: delivers SIM cards}
    contract: BB-DPA-2026-050
    valid_from: 2026-03-01
    valid_to: 2026-03-31
    receives:
      - purpose: mobile.sim_delivery
        categories: [contact]
        deidentify: {default: plain}
        justification: The courier calls the customer to deliver.
"""


def rules_with_extra_trustees(directory):
    with open(su.RULES_2026, encoding="utf-8") as f:
        text = f.read()
    assert "\ntrustees:\n" in text
    text = text.replace("\ntrustees:\n", "\n" + EXTRA_TRUSTEES, 1)
    path = os.path.join(directory, "rules-trustees.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class ServeDisclosureTest(RightsMixin, unittest.TestCase):
    """Disclosure to trustees with the service clock fixed by --now (contract dates are read in
    UTC+08:00) and the de-identification key given by --key-env."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="piguard-serve-disclose-")
        cls.keys_path, cls.keys = su.make_keys(cls.dir)
        cls.db = os.path.join(cls.dir, "ledger.db")
        cls.rules = rules_with_extra_trustees(cls.dir)
        os.environ["PIGUARD_TEST_DEID_KEY"] = KEY_HEX
        # 12:00 in UTC+08:00 on 2026-03-31, the last day of short_courier's contract.
        cls.srv = cls.start("2026-03-31T04:00:00Z")

    @classmethod
    def start(cls, now, key=True):
        extra = ["--now", now] + (["--key-env", "PIGUARD_TEST_DEID_KEY"] if key else [])
        return su.Server(cls.rules, "sqlite:" + cls.db, cls.keys_path, extra, cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def events(self, where="1 = 1"):
        con = sqlite3.connect(self.db)
        try:
            return con.execute("SELECT id, trustee_id, contract, subscriber_id, status, detail_json, time_ms "
                               "FROM processing_events WHERE kind = 'disclosure' AND " + where +
                               " ORDER BY id").fetchall()
        finally:
            con.close()

    def disclose(self, trustee, contract, sub, fields, service="mobile", purpose="network_service", srv=None):
        return self.call("POST", "/v1/disclosures", {"trustee": trustee, "contract": contract, "service": service,
                                                     "purpose": purpose, "subscriber": sub, "fields": fields},
                         "staff", srv=srv)

    def imei(self, trustee, contract, sub):
        st, _, b = self.disclose(trustee, contract, sub, [{"name": "imei", "category": "device_identifiers",
                                                          "value": IMEI}])
        self.assertEqual(st, 200, b)
        f = b["fields"][0]
        self.assertEqual((b["decision"], f["decision"]), ("provided", "provided"), b)
        self.assertEqual(f["deidentification"], {"IMEI_HARDWARE_ID": "pseudonym"})
        self.assertNotIn(IMEI, f["value"])
        return f["value"]

    def test_two_trustees_get_unlinkable_tokens(self):
        self.grant("dt-1")
        a1 = self.imei("netsafe_analytics", "BB-DPA-2026-003", "dt-1")
        a2 = self.imei("netsafe_analytics", "BB-DPA-2026-003", "dt-1")
        b1 = self.imei("netsafe_two", "BB-DPA-2026-099", "dt-1")
        self.assertEqual(a1, a2)  # stable per trustee: the trustee can link its own records
        self.assertNotEqual(a1, b1)  # but two trustees cannot join theirs
        self.assertEqual(len(a1), len(b1))
        # Nothing of the value in the log or the ledger.
        time.sleep(0.2)
        self.assertNotIn(IMEI, self.srv.log_text())
        with open(self.db, "rb") as f:
            self.assertNotIn(IMEI.encode(), f.read())

    def test_contract_dates_categories_and_purposes(self):
        self.grant("dc-1")
        phone = [{"name": "phone", "category": "contact", "value": PHONE}]
        # The last day of the contract (valid_to is inclusive, as in the rules): provided plainly.
        st, _, b = self.disclose("short_courier", "BB-DPA-2026-050", "dc-1", phone, purpose="sim_delivery")
        self.assertEqual((st, b["decision"], b["date"]), (200, "provided", "2026-03-31"), b)
        self.assertEqual(b["fields"][0]["value"], PHONE)
        # A category and a purpose the contract does not cover.
        st, _, b = self.disclose("short_courier", "BB-DPA-2026-050", "dc-1",
                                 [{"name": "addr", "category": "home_address", "value": "x"}], purpose="sim_delivery")
        self.assertEqual((b["decision"], b["fields"][0]["reason"]), ("refused", "not_in_contract"), b)
        self.assertNotIn("value", b["fields"][0])
        st, _, b = self.disclose("short_courier", "BB-DPA-2026-050", "dc-1", phone, purpose="billing")
        self.assertEqual((b["decision"], b["fields"][0]["reason"]), ("refused", "not_in_contract"), b)
        # The contract has ended: from the day after valid_to (00:30 in UTC+08:00) it is refused.
        late = self.start("2026-03-31T16:30:00Z")
        try:
            st, _, b = self.disclose("short_courier", "BB-DPA-2026-050", "dc-1", phone, purpose="sim_delivery", srv=late)
            self.assertEqual((st, b["decision"], b["date"]), (200, "refused", "2026-04-01"), b)
            self.assertEqual((b["fields"][0]["reason"], b["fields"][0]["article"]),
                             ("contract_not_in_force", "Order 24 Art. 10, 11"))
            self.assertNotIn("value", b["fields"][0])
        finally:
            late.stop()
        # Before valid_from too.
        early = self.start("2026-02-28T04:00:00Z")
        try:
            st, _, b = self.disclose("short_courier", "BB-DPA-2026-050", "dc-1", phone, purpose="sim_delivery", srv=early)
            self.assertEqual(b["fields"][0]["reason"], "contract_not_in_force", b)
        finally:
            early.stop()
        # Every one of these is on record, refusals included.
        rows = self.events("subscriber_id = 'dc-1'")
        self.assertEqual([r[4] for r in rows], ["provided", "refused", "refused", "refused", "refused"])
        # The subscriber's record lists what was provided, with the date.
        _, _, rec = self.call("GET", "/v1/subscribers/dc-1", role="auditor")
        self.assertEqual([(d["trustee"], d["contract"], d["categories"]) for d in rec["disclosures"]],
                         [("short_courier", "BB-DPA-2026-050", ["contact"])])

    def test_no_key_means_no_keyed_disclosure(self):
        self.grant("dk-1")
        nokey = self.start("2026-03-31T04:00:00Z", key=False)
        try:
            before = self.events()
            st, hd, b = self.disclose("netsafe_analytics", "BB-DPA-2026-003", "dk-1",
                                      [{"name": "imei", "category": "device_identifiers", "value": IMEI}], srv=nokey)
            problem_ok(self, st, hd, b, 503, "key-required")
            self.assertEqual(self.events(), before)
            # A contract without keyed operators still works.
            st, _, b = self.disclose("short_courier", "BB-DPA-2026-050", "dk-1",
                                     [{"name": "phone", "category": "contact", "value": PHONE}],
                                     purpose="sim_delivery", srv=nokey)
            self.assertEqual((st, b["decision"]), (200, "provided"), b)
        finally:
            nokey.stop()

    def test_bad_input_is_problem_json_and_writes_nothing(self):
        self.grant("db-1")
        f = [{"name": "phone", "category": "contact", "value": PHONE}]
        base = {"trustee": "short_courier", "contract": "BB-DPA-2026-050", "service": "mobile",
                "purpose": "sim_delivery", "subscriber": "db-1", "fields": f}
        cases = [
            (dict(base, trustee="no_such_trustee"), 422, "unknown-trustee"),
            (dict(base, contract="BB-DPA-2026-003"), 422, "unknown-contract"),
            (dict(base, subscriber="nobody-d"), 404, "unknown-subscriber"),
            (dict(base, purpose="nope"), 422, "unknown-purpose"),
            (dict(base, fields=[{"name": "x", "category": "zzz", "value": "1"}]), 422, "unknown-category"),
            (dict(base, fields=[]), 422, "invalid-body"),
            (dict(base, fields=[{"name": "x", "category": "contact"}]), 422, "invalid-body"),
            (dict(base, contract="bad contract!"), 422, "invalid-body"),
            (dict(base, extra=1), 422, "invalid-body"),
        ]
        for body, code, slug in cases:
            before = self.events()
            st, hd, b = self.call("POST", "/v1/disclosures", body, "staff")
            problem_ok(self, st, hd, b, code, slug)
            self.assertEqual(self.events(), before, body)
        st, hd, b = self.call("GET", "/v1/trustees/no_such/report?from=2026-01-01&to=2026-12-31", role="auditor")
        problem_ok(self, st, hd, b, 404, "unknown-trustee")
        st, hd, b = self.call("GET", "/v1/trustees/short_courier/report?from=2026-13-01&to=2026-12-31", role="auditor")
        problem_ok(self, st, hd, b, 422, "invalid-body")

    def test_trustee_report_matches_the_ledger(self):
        self.grant("dr-1")
        self.grant("dr-2")
        phone = [{"name": "phone", "category": "contact", "value": PHONE}]
        for sub in ("dr-1", "dr-2"):
            self.disclose("short_courier", "BB-DPA-2026-050", sub, phone, purpose="sim_delivery")
        self.disclose("short_courier", "BB-DPA-2026-050", "dr-1",
                      phone + [{"name": "addr", "category": "home_address", "value": "x"}], purpose="sim_delivery")
        st, hd, rep = self.call("GET", "/v1/trustees/short_courier/report?from=2026-03-01&to=2026-04-30", role="auditor")
        self.assertEqual(st, 200, rep)
        # The period in UTC+08:00: [2026-02-28T16:00Z, 2026-04-30T16:00Z).
        lo = calendar.timegm((2026, 2, 28, 16, 0, 0)) * 1000
        hi = calendar.timegm((2026, 4, 30, 16, 0, 0)) * 1000
        rows = self.events("trustee_id = 'short_courier' AND time_ms >= %d AND time_ms < %d" % (lo, hi))
        self.assertTrue(self.events("trustee_id = 'short_courier' AND time_ms < %d" % lo),
                        "a disclosure before the period exists and must be left out")
        self.assertEqual([d["id"] for d in rep["disclosures"]], [r[0] for r in rows])
        self.assertEqual([d["status"] for d in rep["disclosures"]], [r[4] for r in rows])
        self.assertEqual([d["subscriber"] for d in rep["disclosures"]], [r[3] for r in rows])
        self.assertEqual(rep["totals"]["disclosures"], len(rows))
        for k in ("provided", "partial", "refused"):
            self.assertEqual(rep["totals"][k], sum(1 for r in rows if r[4] == k), k)
        self.assertEqual({c["contract"] for c in rep["contracts"]}, {r[2] for r in rows})
        provided = {}
        for r in rows:
            for c in json.loads(r[5]).get("categories", []):
                provided[c] = provided.get(c, 0) + 1
        self.assertEqual(rep["provided_categories"], provided)
        self.assertGreaterEqual(rep["totals"]["partial"], 1)
        self.assertIn("not_in_contract", rep["refusal_reasons"])
        self.assertEqual(rep["in_rules"]["valid_to"], "2026-03-31")
        # The period bounds are days in UTC+08:00: the refusal at 2026-03-31T16:30Z is on 1 April.
        april = calendar.timegm((2026, 3, 31, 16, 0, 0)) * 1000
        st, _, apr = self.call("GET", "/v1/trustees/short_courier/report?from=2026-04-01&to=2026-04-30", role="auditor")
        self.assertEqual([d["id"] for d in apr["disclosures"]],
                         [r[0] for r in self.events("trustee_id = 'short_courier' AND time_ms >= %d" % april)])
        self.assertEqual(apr["totals"]["disclosures"], 1)
        # HTML: one self-contained page naming every disclosure.
        st, hd, html = self.call("GET", "/v1/trustees/short_courier/report?from=2026-03-01&to=2026-04-30&format=html",
                                 role="admin")
        self.assertEqual(st, 200)
        self.assertTrue(hd["content-type"].startswith("text/html"), hd)
        self.assertTrue(html.startswith("<!DOCTYPE html>"))
        self.assertNotIn("<script", html)
        self.assertNotIn("http://", html.replace("http-equiv", ""))
        for r in rows:
            self.assertIn("<td>%d</td>" % r[0], html)
        self.assertNotIn(PHONE, html)
        # The CLI writes the same report from the ledger alone.
        out = su.audit("trustee-report", "--ledger", "sqlite:" + self.db, "--trustee", "short_courier",
                       "--from", "2026-03-01", "--to", "2026-04-30", "--rules", self.rules)
        self.assertEqual(out.returncode, 0, out.stderr)
        cli = json.loads(out.stdout)
        for k in ("disclosures", "totals", "contracts", "provided_categories", "refusal_reasons", "in_rules", "period"):
            self.assertEqual(cli[k], rep[k], k)
        out = su.audit("trustee-report", "--ledger", "sqlite:" + self.db, "--trustee", "short_courier",
                       "--from", "2026-03-01", "--to", "2026-04-30", "--format", "html")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn(b"Disclosures to trustee short_courier", out.stdout)
        # `piguard audit export --trustee` lists the audit records about the trustee.
        out = su.audit("export", "--ledger", "sqlite:" + self.db, "--trustee", "short_courier", "--action", "disclosure")
        recs = [json.loads(l) for l in out.stdout.decode().splitlines()]
        self.assertEqual(len(recs), len(self.events("trustee_id = 'short_courier'")))
        self.assertTrue(all(r["article"].startswith("Order 24 Art.") for r in recs))


class ServeRightsTwoNodesTest(RightsMixin, unittest.TestCase):
    def test_termination_through_a_is_refused_by_b(self):
        url = pg_url()
        if not url:
            self.skipTest("no PostgreSQL fixture (run through ctest, which starts fixture 'pg')")
        d = tempfile.mkdtemp(prefix="piguard-serve-rights-pg-")
        a = b = None
        try:
            self.keys_path, self.keys = su.make_keys(d)
            rules = rules_with_extra_trustees(d)
            os.environ["PIGUARD_TEST_DEID_KEY"] = KEY_HEX
            extra = ["--no-access-log", "--bulk-threshold", "2", "--now", "2026-03-31T04:00:00Z",
                     "--key-env", "PIGUARD_TEST_DEID_KEY"]
            a = su.Server(rules, url, self.keys_path, extra, d)
            b = su.Server(rules, url, self.keys_path, extra, d)
            sub = "pgterm%d" % time.monotonic_ns()
            # Bulk access: filed on A, approved on B, used on A, once.
            subs = [sub + "-%d" % i for i in range(3)]
            for s_ in subs:
                self.grant(s_, srv=b)
            body = {"role": "customer_service", "service": "mobile", "purpose": "billing", "subscribers": subs}
            st, _, req = self.call("POST", "/v1/access/bulk-requests", body, "staff", srv=a)
            self.assertEqual(st, 201, req)
            st, _, r = self.call("POST", "/v1/access", dict(body, approval=req["id"]), "staff", srv=b)
            self.assertEqual((st, r["type"]), (403, "urn:piguard:problem:bulk-approval-required"), r)
            st, _, r = self.call("POST", "/v1/access/bulk-requests/%d/approve" % req["id"], {}, "admin", srv=b)
            self.assertEqual(st, 200, r)
            st, _, r = self.call("POST", "/v1/access", dict(body, approval=req["id"]), "staff", srv=a)
            self.assertEqual((st, len(r["subscribers"])), (200, 3), r)
            st, _, r = self.call("POST", "/v1/access", dict(body, approval=req["id"]), "staff", srv=b)
            self.assertEqual(st, 403, r)
            # Disclosures through both nodes; the report from either matches both.
            tokens = []
            for node, trustee, contract in ((a, "netsafe_analytics", "BB-DPA-2026-003"),
                                            (b, "netsafe_two", "BB-DPA-2026-099")):
                st, _, r = self.call("POST", "/v1/disclosures", {
                    "trustee": trustee, "contract": contract, "service": "mobile", "purpose": "network_service",
                    "subscriber": subs[0], "fields": [{"name": "imei", "category": "device_identifiers",
                                                       "value": IMEI}]}, "staff", srv=node)
                self.assertEqual((st, r["decision"]), (200, "provided"), r)
                tokens.append(r["fields"][0]["value"])
            self.assertNotEqual(tokens[0], tokens[1])
            st, _, rep = self.call("GET", "/v1/trustees/netsafe_two/report?from=2026-03-01&to=2026-03-31",
                                   role="auditor", srv=a)
            self.assertEqual(st, 200, rep)
            mine = [x for x in rep["disclosures"] if x["subscriber"] == subs[0]]
            self.assertEqual([(x["status"], x["categories"]) for x in mine], [("provided", ["device_identifiers"])])
            self.grant(sub, srv=a)
            self.assertEqual(self.gate(sub, srv=a)["decision"], "allowed")
            self.assertEqual(self.gate(sub, srv=b)["decision"], "allowed")
            st, _, body = self.call("POST", "/v1/subscribers/%s/terminate" % sub, {}, "staff", srv=a)
            self.assertEqual(st, 200, body)
            for node in (a, b):
                g = self.gate(sub, srv=node)
                self.assertEqual((g["decision"], g["fields"][0]["reason"]), ("refused", "subscriber_terminated"))
            st, _, rec = self.call("GET", "/v1/subscribers/%s" % sub, role="auditor", srv=b)
            self.assertEqual((st, rec["status"]), (200, "terminated"), rec)
            out = su.audit("verify", "--ledger", url)
            self.assertEqual(out.returncode, 0, out.stderr)
        finally:
            for s in (a, b):
                if s:
                    s.stop()
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
