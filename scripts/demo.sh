#!/usr/bin/env bash
# One command for a new user: install what is missing, build, and scan the bundled samples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo
echo "== piguard scan examples/   (summary; exit code 1 means PI was found)"
set +e
build/piguard scan examples/
rc=$?
set -e
echo "exit code: $rc"
[ "$rc" -le 1 ]
echo
echo "== piguard redact examples/ -o <tmp>   (shipped default rules: masks and replacements, no key)"
out=$(mktemp -d "${TMPDIR:-/tmp}/piguard-demo.XXXXXX")
trap 'rm -rf "$out"' EXIT
build/piguard redact examples/ -o "$out/redacted"
head -n 4 "$out/redacted/subscribers.csv"
