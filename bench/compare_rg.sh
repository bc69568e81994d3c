#!/usr/bin/env bash
# Benchmark piguard against a ripgrep "grep for PI" baseline.
#
#   bench/compare_rg.sh [--size 1G] [--kinds dense-log,sparse-log] [--runs 3]
#                       [--seed 1] [--check-targets]
#
# Builds nothing.  Uses the piguard binary at ${PIGUARD:-build/piguard} and
# data files in ${BENCH_DIR:-bench/data} (relative paths are taken from the
# repository root).  Missing data files are generated with bench/gen_data.py.
# See bench/README.md.
set -u -o pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
cd "$ROOT" || exit 2

SIZE=1G
KINDS=dense-log,sparse-log
RUNS=3
SEED=1
CHECK=0

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --size) SIZE=${2:?--size needs a value}; shift 2 ;;
        --size=*) SIZE=${1#*=}; shift ;;
        --kinds) KINDS=${2:?--kinds needs a value}; shift 2 ;;
        --kinds=*) KINDS=${1#*=}; shift ;;
        --runs) RUNS=${2:?--runs needs a value}; shift 2 ;;
        --runs=*) RUNS=${1#*=}; shift ;;
        --seed) SEED=${2:?--seed needs a value}; shift 2 ;;
        --seed=*) SEED=${1#*=}; shift ;;
        --check-targets) CHECK=1; shift ;;
        -h|--help) usage 0 ;;
        *) echo "compare_rg.sh: unknown argument: $1" >&2; usage 2 ;;
    esac
done

IFS=, read -r -a KIND_LIST <<< "$KINDS"
if [ ${#KIND_LIST[@]} -eq 0 ]; then echo "compare_rg.sh: --kinds is empty" >&2; exit 2; fi
for kind in "${KIND_LIST[@]}"; do
    case "$kind" in
        dense-log|sparse-log|cdr-csv|crm-jsonl) ;;
        *) echo "compare_rg.sh: unknown kind '$kind' (dense-log|sparse-log|cdr-csv|crm-jsonl)" >&2; exit 2 ;;
    esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "compare_rg.sh: --runs must be a positive integer" >&2; exit 2 ;; esac

PIGUARD=${PIGUARD:-build/piguard}
BENCH_DIR=${BENCH_DIR:-bench/data}
RG=${RG:-rg}
PATTERNS="$SCRIPT_DIR/rg_patterns.txt"
if [ -x /usr/bin/python3 ]; then PYTHON=${PYTHON:-/usr/bin/python3}; else PYTHON=${PYTHON:-python3}; fi

# ---------------------------------------------------------------- tools
PG=""
if [ -x "$PIGUARD" ] && [ ! -d "$PIGUARD" ]; then
    PG=$PIGUARD
elif [[ "$PIGUARD" != */* ]] && command -v "$PIGUARD" >/dev/null 2>&1; then
    PG=$(command -v "$PIGUARD")
else
    echo "NOTE: piguard binary not found at '$PIGUARD' (set PIGUARD=... or build it first);" \
         "skipping piguard, running the ripgrep baseline only." >&2
fi
case "$PG" in ''|/*) ;; *) PG="./$PG" ;; esac

HAVE_RG=1
if ! command -v "$RG" >/dev/null 2>&1; then
    echo "NOTE: ripgrep ('$RG') not found (apt-get install ripgrep); skipping the rg baseline." >&2
    HAVE_RG=0
fi

# peak-RSS method: GNU time, else a python resource wrapper, else none
RSS_METHOD=${BENCH_RSS:-}
if [ -n "$RSS_METHOD" ]; then
    case "$RSS_METHOD" in gnutime|python|none) ;; *) echo "compare_rg.sh: BENCH_RSS must be gnutime|python|none" >&2; exit 2 ;; esac
elif [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true >/dev/null 2>&1; then
    RSS_METHOD=gnutime
elif command -v "$PYTHON" >/dev/null 2>&1; then
    RSS_METHOD=python
    echo "NOTE: GNU time (/usr/bin/time, package 'time') not found; measuring peak RSS via python resource." >&2
else
    RSS_METHOD=none
    echo "NOTE: neither GNU time nor python found; peak RSS will be reported as n/a." >&2
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/piguard-bench.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- helpers
now_ns() { date +%s%N; }

# measure RUNS times: sets M_SECS (best wall seconds), M_RSS (max KB or ""),
# M_RC (exit code of a failing run, else of the last run), M_OK (1/0).
measure() {
    local i t0 t1 rc best="" rss="" r
    M_OK=1; M_RC=0
    for ((i = 1; i <= RUNS; i++)); do
        : > "$TMP/rss"
        t0=$(now_ns)
        case $RSS_METHOD in
            gnutime) /usr/bin/time -f %M -o "$TMP/rss" "$@" > /dev/null 2> "$TMP/err"; rc=$? ;;
            python) "$PYTHON" -c '
import resource, subprocess, sys
rc = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL)
open(sys.argv[1], "w").write("%d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(rc if rc >= 0 else 128 - rc)' "$TMP/rss" "$@" 2> "$TMP/err"; rc=$? ;;
            *) "$@" > /dev/null 2> "$TMP/err"; rc=$? ;;
        esac
        t1=$(now_ns)
        M_RC=$rc
        if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
            M_OK=0
            echo "FAILED (exit $rc): $*" >&2
            sed -n '1,20p' "$TMP/err" >&2
            return
        fi
        r=$(tail -n 1 "$TMP/rss" 2>/dev/null | tr -dc 0-9)
        if [ -n "$r" ] && { [ -z "$rss" ] || [ "$r" -gt "$rss" ]; }; then rss=$r; fi
        if [ -z "$best" ] || [ $((t1 - t0)) -lt "$best" ]; then best=$((t1 - t0)); fi
    done
    M_SECS=$(awk -v ns="$best" 'BEGIN { printf "%.3f", ns / 1e9 }')
    M_RSS=$rss
}

ext_of() {
    case "$1" in
        cdr-csv) echo csv ;;
        crm-jsonl) echo jsonl ;;
        *) echo log ;;
    esac
}

# ---------------------------------------------------------------- run
mkdir -p "$BENCH_DIR" || exit 2

declare -A SECS RSS STATUS BYTES
MODES=("piguard summary" "piguard jsonl" "piguard -j2 summary" "rg")
FAILED=0

echo "# piguard vs ripgrep: size=$SIZE kinds=$KINDS runs=$RUNS (best of) seed=$SEED"
RG_VER='<missing>'
[ "$HAVE_RG" = 1 ] && RG_VER=$("$RG" --version 2>/dev/null | sed -n 1p)
echo "# piguard: ${PG:-<missing>}   rg: $RG_VER"
echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') x $(nproc 2>/dev/null)   rss: $RSS_METHOD"

for kind in "${KIND_LIST[@]}"; do
    file="$BENCH_DIR/$kind-$SIZE-s$SEED.$(ext_of "$kind")"
    if [ ! -s "$file" ]; then
        echo "# generating $file ..." >&2
        "$PYTHON" "$SCRIPT_DIR/gen_data.py" --kind "$kind" --size "$SIZE" --seed "$SEED" --out "$file" || {
            echo "compare_rg.sh: data generation failed for $kind" >&2; exit 2; }
    fi
    BYTES[$kind]=$(stat -c %s "$file")
    cat "$file" > /dev/null            # warm the page cache

    for mode in "${MODES[@]}"; do
        key="$kind|$mode"
        case "$mode" in
            "piguard summary")     [ -n "$PG" ] || { STATUS[$key]=skip; continue; }
                                   cmd=("$PG" scan -j 1 --format summary "$file") ;;
            "piguard jsonl")       [ -n "$PG" ] || { STATUS[$key]=skip; continue; }
                                   cmd=("$PG" scan -j 1 --format jsonl "$file") ;;
            "piguard -j2 summary") [ -n "$PG" ] || { STATUS[$key]=skip; continue; }
                                   cmd=("$PG" scan -j 2 --format summary "$file") ;;
            rg)                    [ "$HAVE_RG" = 1 ] || { STATUS[$key]=skip; continue; }
                                   cmd=("$RG" --no-unicode -o -j1 -f "$PATTERNS" "$file") ;;
        esac
        echo "# $kind: $mode ..." >&2
        measure "${cmd[@]}"
        if [ "$M_OK" = 1 ]; then
            STATUS[$key]=ok; SECS[$key]=$M_SECS; RSS[$key]=$M_RSS
        else
            STATUS[$key]="FAILED(rc=$M_RC)"; FAILED=1
        fi
    done
done

# ---------------------------------------------------------------- report
gbps() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.3f", b / 1e9 / s; else print "inf" }'; }

echo
printf '%-11s %-20s %12s %8s %12s %9s\n' kind "tool/mode" seconds "GB/s" "peakRSS_MB" "x_rg"
printf '%-11s %-20s %12s %8s %12s %9s\n' ----------- -------------------- ------------ -------- ------------ ---------
for kind in "${KIND_LIST[@]}"; do
    for mode in "${MODES[@]}"; do
        key="$kind|$mode"
        st=${STATUS[$key]:-skip}
        if [ "$st" != ok ]; then
            printf '%-11s %-20s %12s %8s %12s %9s\n' "$kind" "$mode" "$st" - - -
            continue
        fi
        s=${SECS[$key]}
        g=$(gbps "${BYTES[$kind]}" "$s")
        if [ -n "${RSS[$key]}" ]; then
            m=$(awk -v k="${RSS[$key]}" 'BEGIN { printf "%.1f", k / 1024 }')
        else
            m=n/a
        fi
        rk="$kind|rg"
        if [ "${STATUS[$rk]:-}" = ok ]; then
            x=$(awk -v r="${SECS[$rk]}" -v p="$s" 'BEGIN { if (p > 0) printf "%.2fx", r / p; else print "inf" }')
        else
            x=-
        fi
        printf '%-11s %-20s %12s %8s %12s %9s\n' "$kind" "$mode" "$s" "$g" "$m" "$x"
    done
done
echo "# GB/s = 10^9 bytes per second of wall time (best of $RUNS); x_rg = rg seconds / this mode's seconds"

if [ "$CHECK" = 1 ]; then
    echo
    echo "# targets"
    target() {   # kind mode min_gbps label
        local key="$1|$2" got
        if [ "${STATUS[$key]:-skip}" != ok ]; then
            printf '%-5s %-52s (not measured)\n' SKIP "$4"; return
        fi
        got=$(gbps "${BYTES[$1]}" "${SECS[$key]}")
        if awk -v g="$got" -v t="$3" 'BEGIN { exit !(g >= t) }'; then
            printf '%-5s %-52s got %s GB/s\n' PASS "$4" "$got"
        else
            printf '%-5s %-52s got %s GB/s\n' MISS "$4" "$got"
        fi
    }
    for kind in "${KIND_LIST[@]}"; do
        case "$kind" in
            dense-log)
                target dense-log "piguard summary" 1 "dense-log  summary >= 1 GB/s"
                target dense-log "piguard jsonl" 0.5 "dense-log  jsonl   >= 0.5 GB/s" ;;
            sparse-log)
                target sparse-log "piguard summary" 3 "sparse-log summary >= 3 GB/s"
                target sparse-log "piguard jsonl" 2 "sparse-log jsonl   >= 2 GB/s" ;;
        esac
        pk="$kind|piguard summary"; rk="$kind|rg"
        label=$(printf '%-10s summary >= 10x rg' "$kind")
        if [ "${STATUS[$pk]:-skip}" = ok ] && [ "${STATUS[$rk]:-skip}" = ok ]; then
            x=$(awk -v r="${SECS[$rk]}" -v p="${SECS[$pk]}" 'BEGIN { printf "%.2f", (p > 0) ? r / p : 1e9 }')
            if awk -v x="$x" 'BEGIN { exit !(x >= 10) }'; then v=PASS; else v=MISS; fi
            printf '%-5s %-52s got %sx\n' "$v" "$label" "$x"
        else
            printf '%-5s %-52s (not measured)\n' SKIP "$label"
        fi
    done
fi

if [ "$FAILED" = 1 ]; then
    echo "compare_rg.sh: at least one command failed (see messages above)" >&2
    exit 1
fi
exit 0
