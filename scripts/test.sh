#!/usr/bin/env bash
# One command for a new user and for CI: install what is missing, build, run all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cd build
ctest --output-on-failure -j2
