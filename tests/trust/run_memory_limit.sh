#!/bin/bash
# CTest's trust.memory_limit: a run that needs more memory than --memory-limit stops with a clear
# message and exit 1, never the kernel's out-of-memory kill, and leaves the output folder as it was.
#   1. A graph that cannot fit: one event of 6,000 people with the large-event rule off is
#      17,997,000 ties, 412 MiB as a graph; under a 300 MiB limit metrics stops before building
#      it and says what it needs and what would shrink it.
#   2. An allocation no estimate foresaw: the sample dataset under 64 MiB of address space (less
#      than the program's libraries and thread arenas reserve) ends in "ran out of its
#      --memory-limit", exit 1.
#   3. With room (and the large-event rule on, so that metrics has no 6,000-clique to measure), the
#      same command succeeds and manifest.json records the limit.
# Not run under the sanitizers (trust.* are left out there; they also skip the address-space cap).
# usage: run_memory_limit.sh <reticulist> <dataset> <key file> <work folder>
set -eu
cli=$1 dataset=$2 work=$4
rm -rf "$work"
mkdir -p "$work/crowd"
install -m 600 "$3" "$work/test.key"  # git keeps the fixture 0644, which reticulist refuses
common=(--key-file "$work/test.key" -q)

fail() { echo "FAIL: $*"; exit 1; }

{
  echo "date,network,practitioner,establishment,authority,role,designation,event"
  for i in $(seq 1 6000); do echo "2023-03-01,N1,p$i@example.org,8100001,Glasgow City,member,teacher,E1"; done
} > "$work/crowd/participation.csv"

# 1. The graph that cannot fit.
mkdir -p "$work/out1" && echo before > "$work/out1/keep.txt"
set +e
"$cli" metrics "$work/crowd" --out "$work/out1" --max-event-size 0 --memory-limit 300M "${common[@]}" \
  >"$work/stdout1" 2>"$work/stderr1"
code=$?
set -e
[ "$code" = 1 ] || fail "1: exit $code, expected 1: $(cat "$work/stderr1")"
grep -q "the co-attendance graph has 17997000 ties and needs 412 MiB, more than is left of --memory-limit 300 MiB" \
  "$work/stderr1" || fail "1: message: $(cat "$work/stderr1")"
grep -q "lower --max-event-size" "$work/stderr1" || fail "1: the message names no remedy"
[ "$(ls -A "$work/out1")" = "keep.txt" ] || fail "1: the output folder changed: $(ls -A "$work/out1")"

# 2. Past the address-space cap.
set +e
"$cli" metrics "$dataset" --out "$work/out2" --memory-limit 64M "${common[@]}" >"$work/stdout2" 2>"$work/stderr2"
code=$?
set -e
[ "$code" = 1 ] || fail "2: exit $code, expected 1: $(cat "$work/stderr2")"
grep -q "ran out of its --memory-limit of 64 MiB (the output folder is left as it was)" "$work/stderr2" ||
  fail "2: message: $(cat "$work/stderr2")"
[ ! -e "$work/out2" ] || [ -z "$(ls -A "$work/out2")" ] || fail "2: files left in the output folder"

# 3. With room.
"$cli" metrics "$work/crowd" --out "$work/out3" --memory-limit 2G "${common[@]}" >/dev/null 2>&1 ||
  fail "3: the run within 2 GiB failed"
grep -q '"memory_limit": "2.0 GiB (2147483648 bytes)"' "$work/out3/manifest.json" || fail "3: the manifest has no limit"
echo "ok: stopped before a 412 MiB graph under 300 MiB; ran out cleanly under the cap; ran within 2 GiB"
