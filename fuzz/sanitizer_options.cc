// Default sanitizer options compiled into every fuzz target, so a target run by hand behaves
// as under scripts/fuzz.sh. ASAN_OPTIONS / UBSAN_OPTIONS in the environment add to them and
// override them.
//
// UBSan is built recoverable (no -fno-sanitize-recover) so that
// UBSAN_OPTIONS=suppressions=FILE can skip a known report while fuzzing on; halt_on_error=1
// makes every report that is not suppressed fatal, so libFuzzer records it as a crash.
extern "C" const char* __ubsan_default_options() {
  return "halt_on_error=1:print_stacktrace=1";
}
