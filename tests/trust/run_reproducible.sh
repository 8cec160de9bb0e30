#!/bin/bash
# CTest's trust.reproducible: every command run twice on the sample dataset, once with
# --threads 1 and once with --threads 2, must write the same bytes: every CSV, JSON, DOT,
# GraphML, GEXF, SVG, PNG, XLSX and HTML file, and stdout and stderr. The only differences
# allowed are those that must differ, and the comparison takes them out first:
#   - manifest.json "command_line" (it holds --threads and --out);
#   - the output path and the thread count where stdout or stderr print them ("Wrote <path>").
# Nothing else is stripped: no timestamp, no timing, no thread count is written anywhere else.
# usage: run_reproducible.sh <reticulist> <dataset> <key file> <work folder>
set -eu
cli=$1 dataset=$2 work=$4
here=$(dirname "$0")
rm -rf "$work"
mkdir -p "$work"
install -m 600 "$3" "$work/test.key"  # git keeps the fixture 0644, which reticulist refuses
source "$here/every_command.sh"
run_every_command "$cli" "$dataset" "$work/t1" --key-file "$work/test.key" -q --threads 1
run_every_command "$cli" "$dataset" "$work/t2" --key-file "$work/test.key" -q --threads 2
/usr/bin/python3 - "$work/t1" "$work/t2" <<'PY'
import json, os, sys
a, b = sys.argv[1], sys.argv[2]
def files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
def content(root, rel):
    with open(os.path.join(root, rel), "rb") as f:
        data = f.read()
    if os.path.basename(rel) == "manifest.json":
        m = json.loads(data)
        m.pop("command_line")
        return json.dumps(m, sort_keys=True).encode()
    if rel.endswith((".stdout", ".stderr")):
        return data.replace(root.encode(), b"<out>")
    return data
failures = 0
fa, fb = files(a), files(b)
if fa != fb:
    print("FAIL: the runs wrote different files: %s" % sorted(set(fa) ^ set(fb)))
    failures += 1
for rel in sorted(set(fa) & set(fb)):
    x, y = content(a, rel), content(b, rel)
    if x != y:
        at = next((i for i in range(min(len(x), len(y))) if x[i] != y[i]), min(len(x), len(y)))
        print("FAIL: %s differs between --threads 1 and --threads 2 at byte %d: %r / %r"
              % (rel, at, x[at - 40:at + 40], y[at - 40:at + 40]))
        failures += 1
print("reproducible: %d files compared byte for byte (manifest.json without command_line)" % len(fa))
sys.exit(1 if failures else 0)
PY
