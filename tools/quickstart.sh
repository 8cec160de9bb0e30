#!/usr/bin/env bash
# The README's two commands. On a fresh Debian machine (as root, or with sudo):
#   bash tools/quickstart.sh        installs what is missing, builds (Release), runs the main job
#   bash tools/quickstart.sh test   the same, then the whole test suite through CTest
# The main job is `reticulist report data/west-partnership --out out/report`: the Board pack
# (report.html, report.xlsx, the figures and every table).
#
# One line per step with its time; what the tools say (apt, cmake, ninja, ctest) goes to
# build/quickstart.log. The main job's tables and ctest's closing lines ("100% tests passed, 0
# tests failed out of N", which CI reads) still come to the terminal. When a step fails: the
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
  printf '%-10s ... ' "$name"
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

# What each failed test printed (ctest --output-on-failure puts it after the test's "***Failed"
# line, up to the next test), at most 60 lines, then ctest's closing lines.
show_test_failures() {
  echo "---- output of the failed tests (first 60 lines; all in $log) ----"
  awk '/[*][*][*](Failed|Exception|Timeout|Not Run)/ { p = 1; print; next }
       /^ *(Start +[0-9]+:|[0-9]+\/[0-9]+ Test +#)/ { p = 0 }
       p' "$log" | head -n 60
  echo "----"
  sed -n '/tests passed, .* tests failed out of/,$p' "$log"
}

# Debian packages the build needs (notes: libigraph-dev links arpack, glpk and plfit but does
# not depend on their -dev packages).
packages=(cmake g++ ninja-build pkg-config ccache
          libigraph-dev libarpack2-dev libglpk-dev libplfit-dev
          libboost-graph-dev libgraphviz-dev graphviz libspdlog-dev catch2
          libcli11-dev nlohmann-json3-dev libsodium-dev libssl-dev libtomlplusplus-dev
          libcairo2-dev libpng-dev libxlsxwriter-dev fonts-dejavu-core)
# The tests also open the report in a real headless browser and read the workbook back with a
# real client (openpyxl).
if [ "$mode" = test ]; then packages+=(chromium python3-openpyxl); fi
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
printf '%-10s ... %s\n' "main job" "reticulist report data/west-partnership --out out/report"
start=$SECONDS status=0 before=$(wc -l <"$log")
./build/reticulist report data/west-partnership --out out/report 2>>"$log" | tee -a "$log" || status=$?
tail -n +"$((before + 1))" "$log" | grep '^warning: ' >&2 || true
printf '%-10s ... ' "main job"
finish "main job" "$start" "$status"

if [ "$mode" = test ]; then
  echo "==== tests: ctest --test-dir build --output-on-failure -j $jobs" >>"$log"
  printf '%-10s ... ' tests
  start=$SECONDS status=0
  ctest --test-dir build --output-on-failure -j "$jobs" >>"$log" 2>&1 || status=$?
  finish tests "$start" "$status" show_test_failures
  # ctest's closing lines, from its summary line on: what CI judges the run by.
  sed -n '/tests passed, .* tests failed out of/,$p' "$log"
fi
