#!/usr/bin/env bash
# The README's two commands. On a fresh Debian machine (as root, or with sudo):
#   bash tools/quickstart.sh        installs what is missing, builds (Release), runs the main job
#   bash tools/quickstart.sh test   the same, then the whole test suite through CTest, then the
#                                   suite again under ASan+UBSan (clang, build-sanitize/) and each
#                                   libFuzzer target for a bounded time (tests/fuzz)
# The main job is `reticulist report data/west-partnership --out out/report`: the Board pack
# (report.html, report.xlsx, the figures and every table).
#
# One line per step with its time; what the tools say (apt, cmake, ninja, ctest) goes to
# build/quickstart.log. The main job's tables and ctest's closing lines ("100% tests passed, 0
# tests failed out of N" of the main suite, which CI reads, printed last) still come to the terminal. When a step fails: the
# log's last lines (for the tests, what the failed tests printed), its path, and the step's exit
# code.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
case "$mode" in run|test) ;; *) echo "usage: bash tools/quickstart.sh [run|test]" >&2; exit 2 ;; esac

mkdir -p build
log=build/quickstart.log
: >"$log"

# step NAME COMMAND...: runs COMMAND with its output appended to the log and prints
# "NAME ... ok (12 s)"; on failure prints the log's tail and exits with COMMAND's code.
step() {
  local name="$1" start=$SECONDS status=0
  shift
  printf '%-12s ... ' "$name"
  echo "==== $name: $*" >>"$log"
  "$@" >>"$log" 2>&1 || status=$?
  finish "$name" "$start" "$status"
}

# finish NAME START STATUS [SHOW]: the step's closing line; on failure, SHOW (default
# show_tail) and exit with the step's code.
finish() {
  local name="$1" start="$2" status="$3" show="${4:-show_tail}"
  if [ "$status" -eq 0 ]; then
    echo "ok ($((SECONDS - start)) s)"
    return 0
  fi
  echo "FAILED ($((SECONDS - start)) s, exit code $status)"
  "$show"
  echo "$name failed; everything it printed is in $log" >&2
  exit "$status"
}

show_tail() {
  echo "---- last 40 lines of $log ----"
  tail -n 40 "$log"
  echo "----"
}

# What each failed test of the last ctest run printed (ctest --output-on-failure puts it after the
# test's "***Failed" line, up to the next test), at most 60 lines, then ctest's closing lines.
# The run's output starts at line $tests_from of the log.
tests_from=1
show_test_failures() {
  echo "---- output of the failed tests (first 60 lines; all in $log) ----"
  tail -n +"$tests_from" "$log" |
    awk '/[*][*][*](Failed|Exception|Timeout|Not Run)/ { p = 1; print; next }
         /^ *(Start +[0-9]+:|[0-9]+\/[0-9]+ Test +#)/ { p = 0 }
         p' | head -n 60
  echo "----"
  tail -n +"$tests_from" "$log" | sed -n '/tests passed, .* tests failed out of/,$p'
}

# Debian packages the build needs (notes: libigraph-dev links arpack, glpk and plfit but does
# not depend on their -dev packages).
packages=(cmake g++ ninja-build pkg-config ccache
          libigraph-dev libarpack2-dev libglpk-dev libplfit-dev
          libboost-graph-dev libgraphviz-dev graphviz libspdlog-dev catch2
          libcli11-dev nlohmann-json3-dev libsodium-dev libssl-dev libtomlplusplus-dev
          libcairo2-dev libpng-dev libxlsxwriter-dev fonts-dejavu-core)
# The tests also open the report in a real headless browser and read the workbook back with a
# real client (openpyxl), and run again built by clang with sanitizers and libFuzzer.
if [ "$mode" = test ]; then packages+=(chromium python3-openpyxl clang-14 libclang-rt-14-dev); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo_cmd=()
if ((${#missing[@]})) && [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
  sudo -v  # a password is asked for here, on the terminal, not in the log
fi
# A step runs in an `||` list, where bash ignores set -e: each command says when it fails.
install_packages() {
  if ((${#missing[@]} == 0)); then
    echo "all ${#packages[@]} packages already installed"
    return 0
  fi
  echo "installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq || return
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
step packages install_packages

jobs="$(nproc)"
step configure cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
step build cmake --build build -j "$jobs"

# The main job: its tables to the terminal (and the log), its messages to the log, and its
# warnings (a new pseudonymisation key, rejected rows) to the terminal too, after the tables. Its
# stdout is a pipe here, so tell it how wide the terminal is.
if [ -t 1 ] && cols=$(tput cols 2>/dev/null); then export COLUMNS="$cols"; fi
echo "==== main job: reticulist report data/west-partnership --out out/report" >>"$log"
printf '%-12s ... %s\n' "main job" "reticulist report data/west-partnership --out out/report"
start=$SECONDS status=0 before=$(wc -l <"$log")
./build/reticulist report data/west-partnership --out out/report 2>>"$log" | tee -a "$log" || status=$?
tail -n +"$((before + 1))" "$log" | grep '^warning: ' >&2 || true
printf '%-12s ... ' "main job"
finish "main job" "$start" "$status"

# run_tests NAME BUILD_DIR [CTEST ARGS...]: the suite of BUILD_DIR through CTest, as one step.
run_tests() {
  local name="$1" dir="$2" start=$SECONDS status=0
  shift 2
  echo "==== $name: ctest --test-dir $dir --output-on-failure -j $jobs $*" >>"$log"
  printf '%-12s ... ' "$name"
  tests_from=$(($(wc -l <"$log") + 1))
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" "$@" >>"$log" 2>&1 || status=$?
  finish "$name" "$start" "$status" show_test_failures
}

if [ "$mode" = test ]; then
  run_tests tests build
  main_summary_from=$tests_from

  # The same suite built by clang with AddressSanitizer (leaks included) and UndefinedBehavior-
  # Sanitizer, in build-sanitize/; any report fails its test. The same build makes the libFuzzer
  # targets (tests/fuzz). LeakSanitizer's suppressions, each with its reason, are in
  # tests/sanitize/lsan.supp: they name functions, which the fast unwinder does not reach in
  # libraries built without frame pointers, hence fast_unwind_on_malloc=0.
  export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0"
  step "san config" env CXX=clang++-14 cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DRETICULIST_SANITIZE=ON -DRETICULIST_FUZZ=ON
  step "san build" cmake --build build-sanitize -j "$jobs"
  # trust.* (every command run two or three times over on the sample data) add no code path the
  # rest of the suite does not take, and under the sanitisers they would take most of CI's time.
  run_tests "san tests" build-sanitize -E '^trust[.]'

  # Each fuzz target for a bounded time from its seed corpus (read only, tests/fuzz/corpus/<name>),
  # with a fixed seed: the gate explores the same inputs on every run, so what fails here fails the
  # same way on a developer's machine (longer, randomly seeded runs are README's "fuzz one");
  # what it finds new goes to build-sanitize/fuzz/corpus-<name>, a finding to
  # build-sanitize/fuzz/crash-* (and fails the step). The targets reach neither fontconfig nor
  # Graphviz, so they need no suppression and keep the fast unwinder: about 3 times the runs.
  fuzz_asan_options="${ASAN_OPTIONS/fast_unwind_on_malloc=0:/}"
  for name in csv dataset_config ingest; do
    mkdir -p "build-sanitize/fuzz/corpus-$name"
    dict=()
    if [ -f "tests/fuzz/$name.dict" ]; then dict=(-dict="tests/fuzz/$name.dict"); fi
    step "fuzz ${name%%_*}" env ASAN_OPTIONS="$fuzz_asan_options" "build-sanitize/fuzz/reticulist-fuzz-$name" \
      "${dict[@]}" -seed=1 -max_total_time=60 -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix=build-sanitize/fuzz/ "build-sanitize/fuzz/corpus-$name" "tests/fuzz/corpus/$name"
  done

  # The main suite's closing lines, from its summary line on: what CI judges the run by.
  # awk reads the log itself: in a pipe, its early exit would end the writer with SIGPIPE, which
  # pipefail turns into the script's exit code (141) after a green run.
  awk -v from="$main_summary_from" 'NR < from { next } p && /^==== / { exit }
       /tests passed, .* tests failed out of/ { p = 1 } p' "$log"
fi
