#!/usr/bin/env bash
# Benchmark `piguard redact` against `piguard scan` and against perl and sed doing the
# equivalent regex replacement, on the same files, in the same run, on one core.
#
#   bench/redact_bench.sh [--size 1G] [--kinds dense-log,sparse-log] [--runs 3] [--peer-runs 1]
#
# Configurations (all -j 1): scan (summary to /dev/null); redact with replace, mask (the
# shipped defaults), pseudonym (HMAC-SHA256) and fpe (FF1 for every type it supports, Crypto-PAn
# for IPs); the mask run again through the filter contract (cat FILE | redact --line-buffered -);
# perl -pe and sed -E with regexes for the same identifier types (no validation, no context:
# they do less work and miss and over-match; see docs/performance.md). Prints a Markdown table:
# best wall time of --runs, GB/s (10^9 bytes/s), and the ratio to scan.
# Data files come from bench/gen_data.py (generated when missing), as for compare_rg.sh.
set -u -o pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
cd "$ROOT" || exit 2

SIZE=1G
KINDS=dense-log,sparse-log
RUNS=3
PEER_RUNS=1
while [ $# -gt 0 ]; do
    case "$1" in
        --size) SIZE=${2:?}; shift 2 ;;
        --kinds) KINDS=${2:?}; shift 2 ;;
        --runs) RUNS=${2:?}; shift 2 ;;
        --peer-runs) PEER_RUNS=${2:?}; shift 2 ;;
        -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "redact_bench.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

PIGUARD=${PIGUARD:-build/piguard}
BENCH_DIR=${BENCH_DIR:-bench/data}
PYTHON=/usr/bin/python3
[ -x "$PIGUARD" ] || { echo "redact_bench.sh: $PIGUARD not built (scripts/build.sh)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/piguard-redact-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
umask 077
printf 'id=bench\nkey=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$work/bench.key"
cat > "$work/replace.yaml" <<'EOF'
default: {operator: replace}
EOF
cat > "$work/pseudonym.yaml" <<'EOF'
default: {operator: pseudonym}
EOF
cat > "$work/fpe.yaml" <<'EOF'
default: {operator: pseudonym}
types:
  CHINA_RESIDENT_ID_NUMBER: {operator: fpe}
  CHINA_PASSPORT: {operator: fpe}
  HK_MACAU_TRAVEL_PERMIT: {operator: fpe}
  PHONE_NUMBER: {operator: fpe}
  EMAIL_ADDRESS: {operator: fpe}
  BANK_CARD_NUMBER: {operator: fpe}
  IMSI_ID: {operator: fpe}
  IMEI_HARDWARE_ID: {operator: fpe}
  MEID: {operator: fpe}
  ICCID_NUMBER: {operator: fpe}
  MAC_ADDRESS: {operator: fpe}
  IP_ADDRESS: {operator: fpe}
  CHINA_LICENSE_PLATE: {operator: fpe}
EOF
# The peer: the identifier regexes a team would write for perl/sed, replacing like `replace`.
PERL_PROG='s/(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])/<CHINA_RESIDENT_ID_NUMBER>/g;
s/(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])/<PHONE_NUMBER>/g;
s/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/<EMAIL_ADDRESS>/g;
s/(?<![0-9])(?:62|4[0-9]|5[1-5])[0-9]{14,17}(?![0-9])/<BANK_CARD_NUMBER>/g;
s/(?<![0-9])460[0-9]{12}(?![0-9])/<IMSI_ID>/g;
s/(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9.])/<IP_ADDRESS>/g;
s/(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])/<MAC_ADDRESS>/g;'
SED_PROG='s/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/<EMAIL_ADDRESS>/g
s/(^|[^0-9])[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]([^0-9]|$)/\1<CHINA_RESIDENT_ID_NUMBER>\5/g
s/(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)/\1<PHONE_NUMBER>\2/g
s/(^|[^0-9])460[0-9]{12}([^0-9]|$)/\1<IMSI_ID>\2/g
s/(^|[^0-9.])([0-9]{1,3}\.){3}[0-9]{1,3}([^0-9.]|$)/\1<IP_ADDRESS>\3/g'

best_time() {  # best_time RUNS CMD... -> seconds (best of RUNS)
    local runs=$1; shift
    local best=""
    for _ in $(seq "$runs"); do
        local t
        /usr/bin/time -o "$work/time" -f "%e" bash -c "$*" >/dev/null 2>/dev/null
        t=$(tail -1 "$work/time")
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$t; fi
    done
    echo "$best"
}

printf '| file | configuration | best s | GB/s | vs scan |\n|---|---|---:|---:|---:|\n'
IFS=, read -r -a KIND_LIST <<< "$KINDS"
for kind in "${KIND_LIST[@]}"; do
    ext=log
    file="$BENCH_DIR/$kind-$SIZE-s1.$ext"
    if [ ! -f "$file" ]; then
        mkdir -p "$BENCH_DIR"
        "$PYTHON" bench/gen_data.py --kind "$kind" --size "$SIZE" --seed 1 --out "$file" >&2 || exit 2
    fi
    bytes=$(stat -c %s "$file")
    cat "$file" > /dev/null  # warm the page cache
    scan_s=$(best_time "$RUNS" "$PIGUARD scan -j1 --no-progress --format summary '$file'")
    row() {
        local name=$1 secs=$2
        awk -v f="$kind" -v n="$name" -v s="$secs" -v b="$bytes" -v base="$scan_s" \
            'BEGIN{printf "| %s | %s | %.2f | %.3f | %.0f%% |\n", f, n, s, b/s/1e9, 100*base/s}'
    }
    row "scan" "$scan_s"
    row "redact replace" "$(best_time "$RUNS" "$PIGUARD redact -q -j1 -r '$work/replace.yaml' '$file'")"
    row "redact mask (defaults)" "$(best_time "$RUNS" "$PIGUARD redact -q -j1 '$file'")"
    row "redact pseudonym (HMAC)" "$(best_time "$RUNS" "$PIGUARD redact -q -j1 -r '$work/pseudonym.yaml' --key-file '$work/bench.key' '$file'")"
    row "redact fpe (FF1, Crypto-PAn)" "$(best_time "$RUNS" "$PIGUARD redact -q -j1 -r '$work/fpe.yaml' --key-file '$work/bench.key' '$file'")"
    row "filter: cat | redact mask -" "$(best_time "$RUNS" "cat '$file' | $PIGUARD redact -q -j1 -")"
    row "filter: cat | redact mask --line-buffered -" "$(best_time "$RUNS" "cat '$file' | $PIGUARD redact -q -j1 --line-buffered -")"
    row "filter: cat | redact fpe -" "$(best_time "$RUNS" "cat '$file' | $PIGUARD redact -q -j1 -r '$work/fpe.yaml' --key-file '$work/bench.key' -")"
    row "peer: perl -pe (7 regexes)" "$(best_time "$PEER_RUNS" "perl -pe '$PERL_PROG' '$file'")"
    row "peer: sed -E (5 regexes)" "$(best_time "$PEER_RUNS" "LC_ALL=C sed -E '$SED_PROG' '$file'")"
done
