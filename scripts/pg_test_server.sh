#!/usr/bin/env bash
# A throwaway PostgreSQL server for the ledger tests and benchmarks, on loopback only.
#
#   scripts/pg_test_server.sh start [STATE_DIR]   initdb a new cluster in a fresh temporary
#                                                 directory, start it on 127.0.0.1 on a free port,
#                                                 print its URL (also written to
#                                                 STATE_DIR/pg_test_url)
#   scripts/pg_test_server.sh url   [STATE_DIR]   print the URL of the running server
#   scripts/pg_test_server.sh stop  [STATE_DIR]   stop it and delete its directory
#
# STATE_DIR (default: the current directory) holds two small files, pg_test_url and pg_test_dir,
# so that `stop` finds what `start` made. Authentication is `trust` for the local test user
# "piguard", which is acceptable only because the server listens on 127.0.0.1 and lives for one
# test run. PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS
# user (created by the Debian package).
set -euo pipefail

cmd=${1:-}
state_dir=${2:-$PWD}
url_file="$state_dir/pg_test_url"
dir_file="$state_dir/pg_test_dir"

die() { echo "pg_test_server: $*" >&2; exit 1; }

find_bin() {
  local name=$1
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/$name" ]; then echo "$d/$name"; return 0; fi
  done
  command -v "$name" 2>/dev/null && return 0
  return 1
}

# Runs a command as the cluster owner: postgres when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local initdb pg_ctl pg_isready
  initdb=$(find_bin initdb) || die "initdb not found: install PostgreSQL 15 (run scripts/setup.sh)"
  pg_ctl=$(find_bin pg_ctl) || die "pg_ctl not found: install PostgreSQL 15 (run scripts/setup.sh)"
  pg_isready=$(find_bin pg_isready) || die "pg_isready not found (run scripts/setup.sh)"
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' OS user to own the cluster (run scripts/setup.sh)"
  fi
  mkdir -p "$state_dir"
  if [ -f "$dir_file" ]; then
    # A previous run did not clean up (killed): stop that server first.
    stop >/dev/null 2>&1 || true
  fi
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/piguard-pg.XXXXXX")
  chmod 0755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  echo "$dir" >"$dir_file"
  # From here on a failure removes what was made.
  trap 'stop >/dev/null 2>&1 || true' ERR
  as_owner "$initdb" -D "$dir/data" -U piguard -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed (log above)"; }
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    # Durable settings (fsync on) as in production; small shared memory for a test machine.
    if as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir \
            -c max_connections=200 -c shared_buffers=64MB -c fsync=on -c synchronous_commit=on" \
        >/dev/null 2>&1; then
      break
    fi
    port=""
    # Another process took the port between the check and the start: try another one.
  done
  [ -n "$port" ] || { tail -n 20 "$dir/server.log" >&2 || true; die "the server did not start (log above)"; }
  local i
  for i in $(seq 1 100); do
    if "$pg_isready" -q -h 127.0.0.1 -p "$port" -U piguard; then break; fi
    sleep 0.1
  done
  "$pg_isready" -q -h 127.0.0.1 -p "$port" -U piguard || die "server on port $port never became ready"
  trap - ERR
  local url="postgresql://piguard@127.0.0.1:$port/postgres"
  echo "$url" >"$url_file"
  echo "$url"
}

stop() {
  [ -f "$dir_file" ] || { rm -f "$url_file"; return 0; }
  local dir pg_ctl
  dir=$(cat "$dir_file")
  pg_ctl=$(find_bin pg_ctl) || die "pg_ctl not found (run scripts/setup.sh)"
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  case "$dir" in
    */piguard-pg.*) rm -rf -- "$dir" ;;
    *) die "refusing to delete unexpected directory '$dir' named in $dir_file" ;;
  esac
  rm -f "$dir_file" "$url_file"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  url) [ -f "$url_file" ] || die "no server started from $state_dir (run: $0 start $state_dir)"; cat "$url_file" ;;
  *) echo "usage: $0 start|stop|url [STATE_DIR]" >&2; exit 2 ;;
esac
