#!/usr/bin/env bash
# Builds piguard's libFuzzer targets (fuzz/) with clang, ASan and UBSan into build-fuzz/ and
# runs each one for N seconds on one core, starting from a temporary copy of its seed corpus
# (fuzz/corpus/<target>/), so the repository is never modified.
#
#   scripts/fuzz.sh [--seconds N] [--targets "fuzz_csv fuzz_jsonl"]
#
# N defaults to 30. Exits non-zero when any target crashes, hangs (>10 s on one input),
# runs out of memory (>2 GiB) or leaks, after printing the reproducer's path, its bytes and
# the stack trace summary. Reproducers are kept in build-fuzz/fuzz-artifacts/<target>/;
# rerun one with build-fuzz/fuzz/<target> <reproducer>. Logs: build-fuzz/fuzz-logs/.
# To fuzz on past a known bug: UBSAN_OPTIONS=suppressions=FILE (UBSan reports), or
# PIGUARD_FUZZ_STRICT=0 (the contract checks marked STRICT in fuzz/fuzz_common.h).
# Needs clang and libclang-rt-14-dev (scripts/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

seconds=30
all_targets=(fuzz_text fuzz_csv fuzz_jsonl fuzz_json fuzz_config fuzz_scanner fuzz_ff1 fuzz_redact fuzz_policy fuzz_serve_request
             fuzz_source fuzz_encoding fuzz_office fuzz_mail fuzz_archive fuzz_ppt)
targets=("${all_targets[@]}")
while (($#)); do
  case $1 in
    --seconds) [[ $# -ge 2 ]] || { echo "fuzz: --seconds needs a value" >&2; exit 2; }
               seconds=$2; shift 2 ;;
    --seconds=*) seconds=${1#*=}; shift ;;
    --targets) [[ $# -ge 2 ]] || { echo "fuzz: --targets needs a value" >&2; exit 2; }
               read -r -a targets <<<"$2"; shift 2 ;;
    --targets=*) read -r -a targets <<<"${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "fuzz: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "fuzz: --seconds must be a whole number of seconds >= 1, not '$seconds'" >&2
  exit 2
fi
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] ||
    { echo "fuzz: unknown target '$t' (known: ${all_targets[*]})" >&2; exit 2; }
done

# --- prerequisites --------------------------------------------------------------------------
for tool in clang clang++ cmake ninja; do
  command -v "$tool" >/dev/null ||
    { echo "fuzz: '$tool' not found; run scripts/setup.sh (installs clang, cmake, ninja-build)" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/piguard-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' \
  >"$work/probe.cc"
if ! clang++ -fsanitize=fuzzer,address,undefined "$work/probe.cc" -o "$work/probe" 2>"$work/probe.err"; then
  echo "fuzz: clang++ cannot link a libFuzzer target; install libclang-rt-14-dev (scripts/setup.sh)" >&2
  sed 's/^/  /' "$work/probe.err" >&2
  exit 1
fi

# Symbolized stack traces: llvm-symbolizer when there is one (package llvm-14), else addr2line.
symbolizer=""
for s in "$(command -v llvm-symbolizer || true)" /usr/lib/llvm-14/bin/llvm-symbolizer \
         "$(command -v llvm-symbolizer-14 || true)"; do
  if [[ -n $s && -x $s ]]; then symbolizer=$s; break; fi
done
[[ -n $symbolizer ]] ||
  echo "fuzz: note: llvm-symbolizer not found (package llvm-14); stack traces use addr2line" >&2

# --- configure and build --------------------------------------------------------------------
build=build-fuzz
# CC/CXX only count when a build directory is first configured: start over if this one was
# configured with another compiler.
if [[ -f $build/CMakeCache.txt ]] &&
   ! grep -Eq '^CMAKE_CXX_COMPILER:[A-Z]+=.*clang\+\+' "$build/CMakeCache.txt"; then
  echo "fuzz: $build was configured with another compiler; reconfiguring it with clang" >&2
  rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
mkdir -p "$build"
# The library objects get coverage instrumentation (fuzzer-no-link); PIGUARD_SANITIZE adds
# -fsanitize=address,undefined to everything; the fuzz targets add -fsanitize=fuzzer.
# UBSan stays recoverable (so suppressions work); halt_on_error=1 (below, and the defaults
# compiled into the targets) makes every unsuppressed report a crash.
cxx_flags="-fsanitize=fuzzer-no-link -fno-omit-frame-pointer"
build_start=$(date +%s)
echo "fuzz: configuring $build (clang, ASan+UBSan, libFuzzer)"
if ! CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DPIGUARD_FUZZ=ON -DPIGUARD_SANITIZE=ON \
       -DPIGUARD_BUILD_TESTS=OFF -DPIGUARD_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
       -DCMAKE_CXX_FLAGS="$cxx_flags" >"$work/configure.log" 2>&1; then
  cat "$work/configure.log" >&2
  echo "fuzz: cmake configure failed" >&2
  exit 1
fi
echo "fuzz: building ${targets[*]}"
cmake --build "$build" --target "${targets[@]}"
build_s=$(($(date +%s) - build_start))
echo "fuzz: build took ${build_s}s"

# --- run ------------------------------------------------------------------------------------
# Options already in the environment come last, so they win.
sym_opt=${symbolizer:+:external_symbolizer_path=$symbolizer}
export ASAN_OPTIONS="allow_addr2line=1$sym_opt${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1$sym_opt${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
artifacts_root="$root/$build/fuzz-artifacts"
logs="$root/$build/fuzz-logs"
mkdir -p "$logs"

failed=()
summary=()
for t in "${targets[@]}"; do
  bin="$root/$build/fuzz/$t"
  corpus="$work/corpus/$t"
  mkdir -p "$corpus" "$artifacts_root/$t"
  if [[ -d fuzz/corpus/$t ]]; then cp -R "fuzz/corpus/$t/." "$corpus/"; fi
  seeds=$(find "$corpus" -type f | wc -l)
  # A fixed seed (PIGUARD_FUZZ_SEED, default 1) makes CI runs repeatable: a new crash shows
  # up with the change that causes it. Set another seed, or 0 for a random one, to explore.
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -seed="${PIGUARD_FUZZ_SEED:-1}" -artifact_prefix="$artifacts_root/$t/")
  if [[ -f fuzz/dict/$t.dict ]]; then args+=(-dict="$root/fuzz/dict/$t.dict"); fi
  log="$logs/$t.log"
  echo "fuzz: running $t for ${seconds}s ($seeds seeds)"
  rc=0
  # libFuzzer stops itself after -max_total_time; the outer timeout only guards against a
  # run that never returns.
  (cd "$work" && TMPDIR="$work" timeout -k 10 $((seconds + 60)) "$bin" "${args[@]}" "$corpus" \
     </dev/null >"$log" 2>&1) || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n1 || true)
  repro=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n1)
  status=ok
  if ((rc != 0)) || [[ -n $repro ]]; then
    status="FAILED (exit $rc)"
    ((rc == 124 || rc == 137)) && status="FAILED (did not stop after $((seconds + 60))s)"
    failed+=("$t")
  fi
  summary+=("$(printf '%-13s %-10s exec/s %-8s execs %-10s %s' "$t" "$status" "${eps:-?}" \
               "${execs:-?}" "${cov:-}")")
  if [[ $status != ok ]]; then
    echo "fuzz: $t FAILED; log: $log" >&2
    # The invariant message, the sanitizer/libFuzzer error line, the top of the stack.
    grep -E '^\*\*\* |^==[0-9]+==ERROR|runtime error:|^SUMMARY:|deadly signal|^ALARM|out-of-memory|Test unit written' \
      "$log" | head -n 20 | sed 's/^/  /' >&2 || true
    grep -E '^ +#[0-9]+ ' "$log" | head -n 12 | sed 's/^/  /' >&2 || true
    if [[ -n $repro && -f $repro ]]; then
      echo "fuzz: reproducer: $repro ($(wc -c <"$repro") bytes); rerun: $bin $repro" >&2
      od -A x -t x1z -v "$repro" | head -n 32 | sed 's/^/  /' >&2
    fi
  fi
done

echo
echo "fuzz: build ${build_s}s; ${seconds}s per target"
printf '  %s\n' "${summary[@]}"
total=${#summary[@]}
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]} (reproducers in $artifacts_root/<target>/, logs in $logs/)" >&2
  echo "fuzz: $((total - ${#failed[@]})) passed, ${#failed[@]} failed"
  exit 1
fi
echo "fuzz: no crashes"
echo "fuzz: $total passed, 0 failed"
