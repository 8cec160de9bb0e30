#!/bin/bash
# CTest's trust.killed: a run killed with SIGKILL in the middle of writing (no destructor, no
# clean-up) leaves the previous complete output as it was, and no partial file under an output's
# name. Its temporaries are hidden (.reticulist-partial-<pid>) and the next run removes them.
#   1. report: a complete Board pack, then an officer pack (other files, other bytes) killed as
#      soon as its staging folder holds a file; every file of the first pack is byte for byte the
#      same, no other visible file appeared, and the next complete run leaves no staging folder.
#   2. export: a GraphML file, then another export to the same name killed as soon as its hidden
#      temporary appears; the file is intact, and the next export removes the temporary.
# usage: run_killed.sh <reticulist> <dataset> <key file> <work folder>
set -eu
cli=$1 dataset=$2 work=$4
rm -rf "$work"
mkdir -p "$work"
install -m 600 "$3" "$work/test.key"  # git keeps the fixture 0644, which reticulist refuses
common=(--key-file "$work/test.key" -q)

fail() { echo "FAIL: $*"; exit 1; }
visible() { (cd "$1" && find . -mindepth 1 -maxdepth 1 -not -name '.*' -printf '%f\n' | sort); }
checksums() { (cd "$1" && find . -mindepth 1 -maxdepth 1 -not -name '.*' -type f -print0 | sort -z | xargs -0 sha256sum); }

# Starts `reticulist "$@"` in the background, waits until a path matching the glob $glob exists
# and is not empty, then kills it with SIGKILL. Fails if the run ends first.
kill_when() {
  local glob=$1
  shift
  "$cli" "$@" >/dev/null 2>&1 &
  local pid=$! i
  for i in $(seq 1 20000); do
    if compgen -G "$glob" >/dev/null && [ -n "$(find $glob -type f -size +0 2>/dev/null | head -1)" ]; then
      kill -KILL "$pid"
      wait "$pid" 2>/dev/null || true
      echo "killed $* after $i polls"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "reticulist $* ended before it could be killed mid-write"
    sleep 0.005
  done
  kill -KILL "$pid"
  fail "no temporary matching $glob appeared"
}

# 1. A folder of outputs.
pack=$work/pack
"$cli" report "$dataset" "${common[@]}" --view board --repetitions 10 --out "$pack" >/dev/null
checksums "$pack" >"$work/before.sha256"
visible "$pack" >"$work/before.names"
kill_when "$pack/.reticulist-partial-*" report "$dataset" "${common[@]}" --view officer --repetitions 10 --out "$pack"
(cd "$pack" && sha256sum --quiet -c "$work/before.sha256") || fail "the previous pack changed"
visible "$pack" | diff -u "$work/before.names" - || fail "a file appeared in the pack under an output's name"
staged=$(cd "$pack" && compgen -G '.reticulist-partial-*' || true)
[ -n "$staged" ] || fail "the killed run left no staging folder (was it killed mid-write?)"
"$cli" report "$dataset" "${common[@]}" --view officer --repetitions 10 --out "$pack" >/dev/null
[ -z "$(cd "$pack" && compgen -G '.reticulist-partial-*' || true)" ] || fail "the next run left $staged in place"
/usr/bin/python3 -c '
import json, os, sys
d = sys.argv[1]
listed = {f["name"] for f in json.load(open(os.path.join(d, "manifest.json")))["files"]} | {"manifest.json"}
extra = sorted(set(os.listdir(d)) - listed)
sys.exit("FAIL: files not in the manifest: %s" % extra if extra else 0)' "$pack"

# 2. One file.
mkdir -p "$work/export"
out=$work/export/practitioner.gexf
"$cli" export "$dataset" "${common[@]}" --format gexf --out "$out" >/dev/null
sha256sum "$out" >"$work/export.sha256"
kill_when "$work/export/.practitioner.gexf.reticulist-partial-*" export "$dataset" "${common[@]}" --format gexf --newman --out "$out"
sha256sum --quiet -c "$work/export.sha256" || fail "the previous export changed"
[ "$(visible "$work/export")" = practitioner.gexf ] || fail "a partial export is visible: $(visible "$work/export")"
"$cli" export "$dataset" "${common[@]}" --format gexf --newman --out "$out" >/dev/null
[ -z "$(cd "$work/export" && compgen -G '.practitioner.gexf.reticulist-partial-*' || true)" ] ||
  fail "the next export left the killed run's temporary"
echo "killed runs: previous outputs intact, no partial file visible, temporaries removed by the next run"
