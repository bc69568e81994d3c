"""Helpers for the `piguard serve` script tests: keys files, a server process on a free
loopback port, and HTTP calls over real sockets (http.client, stdlib only)."""
import http.client
import json
import os
import signal
import subprocess
import tempfile
import time

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
RULES_2025 = os.path.join(SRC, "examples", "policy", "bluebay-2025.1.yaml")
RULES_2026 = os.path.join(SRC, "examples", "policy", "bluebay-2026.1.yaml")
ROLES = ["collector", "staff", "trustee", "auditor", "admin"]


def hash_key(key):
    out = subprocess.run([BIN, "serve", "hash-key"], input=key.encode(), capture_output=True, check=True)
    return out.stdout.decode().strip()


def make_keys(directory):
    """Writes keys.yaml with one key per role; returns (path, {role: key})."""
    keys = {r: "%s-test-key-%s" % (r, os.urandom(12).hex()) for r in ROLES}
    path = os.path.join(directory, "keys.yaml")
    with open(path, "w") as f:
        f.write("keys:\n")
        for role, key in keys.items():
            f.write("  - principal: %s-1\n    role: %s\n    sha256: %s\n" % (role, role, hash_key(key)))
    return path, keys


class Server:
    """One `piguard serve` process listening on 127.0.0.1:<free port>; stderr goes to a file."""

    def __init__(self, rules, ledger, keys_path, extra=(), workdir=None):
        self.workdir = workdir or tempfile.mkdtemp(prefix="piguard-serve-")
        self.log_path = os.path.join(self.workdir, "serve-%d.log" % time.monotonic_ns())
        self.log = open(self.log_path, "wb")
        args = [BIN, "serve", "--rules", rules, "--ledger", ledger, "--keys", keys_path,
                "--listen", "127.0.0.1:0"] + list(extra)
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=self.log)
        self.port = None
        deadline = time.time() + 30
        while time.time() < deadline:
            for line in self.log_lines():
                if line.get("event") == "started":
                    self.port = line["port"]
            if self.port:
                return
            if self.proc.poll() is not None:
                raise RuntimeError("piguard serve exited %d:\n%s" % (self.proc.returncode, self.log_text()))
            time.sleep(0.05)
        self.proc.kill()
        raise RuntimeError("piguard serve did not start:\n" + self.log_text())

    def log_text(self):
        if not self.log.closed:
            self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def log_lines(self):
        out = []
        for line in self.log_text().splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                pass
        return out

    def conn(self, timeout=30):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def call(self, method, path, body=None, key=None, headers=None, conn=None, raw=None):
        """Returns (status, headers dict lower-case, parsed JSON or text)."""
        h = dict(headers or {})
        if key:
            h["Authorization"] = "Bearer " + key
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        c = conn or self.conn()
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        text = r.read().decode("utf-8", "replace")
        hdrs = {k.lower(): v for k, v in r.getheaders()}
        if conn is None:
            c.close()
        ctype = hdrs.get("content-type", "")
        parsed = json.loads(text) if "json" in ctype and text else text
        return r.status, hdrs, parsed

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if sig is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        self.log.close()
        return rc


def audit(*args):
    """Runs `piguard audit ...`; returns CompletedProcess."""
    return subprocess.run([BIN, "audit"] + list(args), capture_output=True, timeout=300)
