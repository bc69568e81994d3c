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
