"""A small concurrent client for the serve tests: threads with keep-alive connections post
collection-gate requests, each with its own X-Request-Id, and remember which ones were
answered (acknowledged) with a decision."""
import http.client
import json
import threading
import time


def gate_body(sub, purpose="billing"):
    return json.dumps({"subscriber": sub, "service": "mobile", "purpose": purpose,
                       "fields": [{"name": "phone", "categories": ["contact"]},
                                  {"name": "note", "value": "call after 6pm"}]}).encode()


class Load:
    def __init__(self, port, key, threads=8, subscribers=20, prefix="L", port_for=None):
        self.port, self.key, self.threads, self.subscribers = port, key, threads, subscribers
        self.prefix = prefix
        self.port_for = port_for or (lambda i: port)
        self.acked = {}  # request id -> (subscriber, decision)
        self.errors = 0
        self.lock = threading.Lock()
        self.stop_flag = threading.Event()
        self.workers = []

    def _worker(self, n):
        conn = None
        i = 0
        while not self.stop_flag.is_set():
            i += 1
            rid = "%s-%d-%d" % (self.prefix, n, i)
            sub = "sub-%d" % ((n * 7919 + i) % self.subscribers)
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port_for(n), timeout=10)
                conn.request("POST", "/v1/gate/decisions", body=gate_body(sub),
                             headers={"Authorization": "Bearer " + self.key,
                                      "Content-Type": "application/json", "X-Request-Id": rid})
                r = conn.getresponse()
                data = r.read()
                if r.status == 200:
                    with self.lock:
                        self.acked[rid] = (sub, json.loads(data)["decision"])
                else:
                    with self.lock:
                        self.errors += 1
            except (OSError, http.client.HTTPException, ValueError):
                with self.lock:
                    self.errors += 1
                if conn:
                    conn.close()
                conn = None
                time.sleep(0.01)
        if conn:
            conn.close()

    def start(self):
        for n in range(self.threads):
            t = threading.Thread(target=self._worker, args=(n,), daemon=True)
            t.start()
            self.workers.append(t)

    def stop(self):
        self.stop_flag.set()
        for t in self.workers:
            t.join(timeout=30)
