#!/usr/bin/env bash
# Load benchmark of the collection gate (`piguard serve`): 64 concurrent keep-alive connections
# (wrk, 2 threads) post gate requests for DURATION seconds against a SQLite ledger and against a
# throwaway PostgreSQL (scripts/pg_test_server.sh), then print durable decisions/s and p50/p99
# latency and check that the audit chain verifies. Every answered request is one decision whose
# audit record was committed before the answer (the ledger's group commit batches them).
#
#   bench/serve_load.sh [sqlite|postgresql|both] [DURATION]      (defaults: both, 10)
#   PIGUARD_BIN=build/piguard CONNECTIONS=64 THREADS=128 bench/serve_load.sh sqlite 20
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bin=${PIGUARD_BIN:-$root/build/piguard}
which=${1:-both}
duration=${2:-10}
connections=${CONNECTIONS:-64}
threads=${THREADS:-128}
command -v wrk >/dev/null || { echo "serve_load: wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -x "$bin" ] || { echo "serve_load: $bin not built (scripts/build.sh)" >&2; exit 2; }

work=$(mktemp -d)
pg_state="$work/pg"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -f "$pg_state/pg_test_url" ]; then "$root/scripts/pg_test_server.sh" stop "$pg_state" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

key="bench-collector-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf 'keys:\n  - principal: bench\n    role: collector\n    sha256: %s\n' \
  "$(printf %s "$key" | "$bin" serve hash-key)" > "$work/keys.yaml"

run_one() {
  local backend=$1 url=$2
  local log="$work/serve-$backend.log"
  "$bin" serve --rules "$root/examples/policy/bluebay-2026.1.yaml" --ledger "$url" --keys "$work/keys.yaml" \
    --listen 127.0.0.1:0 --threads "$threads" --no-access-log 2>"$log" &
  server_pid=$!
  local port=""
  for _ in $(seq 1 200); do
    port=$(/usr/bin/python3 -c 'import json,sys
for l in open(sys.argv[1]):
    try: j=json.loads(l)
    except ValueError: continue
    if j.get("event")=="started": print(j["port"])' "$log" 2>/dev/null || true)
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { echo "serve_load: server did not start:" >&2; cat "$log" >&2; exit 1; }
  # Half of the 100 subscribers consent to billing.
  /usr/bin/python3 - "$port" "$key" <<'PY'
import http.client, json, sys
port, key = int(sys.argv[1]), sys.argv[2]
c = http.client.HTTPConnection("127.0.0.1", port)
for i in range(0, 100, 2):
    c.request("POST", "/v1/consents/grant", json.dumps({"subscriber": "bench-%d" % i, "service": "mobile",
              "purpose": "billing"}), {"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    r = c.getresponse(); r.read()
    assert r.status == 201, r.status
PY
  # Warm-up, then the measured run.
  PIGUARD_BENCH_KEY=$key wrk -t2 -c"$connections" -d2s -s "$here/serve_gate.lua" "http://127.0.0.1:$port" >/dev/null
  local out
  out=$(PIGUARD_BENCH_KEY=$key wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/serve_gate.lua" \
        "http://127.0.0.1:$port")
  kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""
  local result; result=$(grep '^RESULT' <<<"$out")
  /usr/bin/python3 - "$backend" "$connections" "$result" <<'PY'
import sys
backend, conns, result = sys.argv[1], sys.argv[2], sys.argv[3]
kv = dict(x.split("=") for x in result.split()[1:])
n, secs = int(kv["requests"]), float(kv["seconds"])
print("%-10s conns=%s decisions=%d in %.1fs  %.0f decisions/s  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.1f ms  non-2xx %s  socket errors %s"
      % (backend, conns, n, secs, n / secs, float(kv["p50_ms"]), float(kv["p90_ms"]), float(kv["p99_ms"]),
         float(kv["max_ms"]), kv["errors_status"], kv["errors_other"]))
PY
  if "$bin" audit verify --ledger "$url" >"$work/verify.txt" 2>&1; then
    echo "           audit chain verifies: $(tail -1 "$work/verify.txt")"
  else
    echo "           AUDIT CHAIN DOES NOT VERIFY:"; cat "$work/verify.txt"; exit 1
  fi
}

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  run_one sqlite "sqlite:$work/ledger.db"
fi
if [ "$which" = postgresql ] || [ "$which" = both ]; then
  url=$("$root/scripts/pg_test_server.sh" start "$pg_state" | tail -1)
  run_one postgresql "$url"
  # Reference: pgbench on the same server, same connection count, same duration. The standard
  # TPC-B-like transaction, and a one-row INSERT per transaction (what one durable audit
  # record costs without group commit).
  if command -v pgbench >/dev/null || [ -x /usr/lib/postgresql/15/bin/pgbench ]; then
    pgb=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
    "$pgb" -q -i -s 10 "$url" >/dev/null 2>&1
    tpcb=$("$pgb" -c "$connections" -j 2 -T "$duration" "$url" 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
    echo "CREATE TABLE IF NOT EXISTS bench_insert (id bigserial primary key, at timestamptz default now(), v text);" |
      psql -q "$url" >/dev/null 2>&1
    echo "INSERT INTO bench_insert (v) VALUES ('x');" > "$work/insert.sql"
    ins=$("$pgb" -n -c "$connections" -j 2 -T "$duration" -f "$work/insert.sql" "$url" 2>/dev/null |
          sed -n 's/^tps = \([0-9.]*\).*/\1/p')
    echo "pgbench on the same server, $connections clients, ${duration}s: TPC-B-like ${tpcb:-?} tps; one-row INSERT ${ins:-?} tps"
  else
    echo "pgbench not found (package postgresql-contrib); no reference numbers"
  fi
fi
