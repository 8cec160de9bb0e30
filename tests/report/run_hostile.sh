#!/bin/bash
# CTest's report.hostile_names: a dataset whose network, workstream and authority names hold
# markup (<script>, <b>), ampersands, quotes, backslashes (\N, \G: Graphviz escapes), text that
# starts a formula (=cmd|' /C calc'!A0, +SUM, @, -) and non-Latin letters. The Board pack must
# show every name as written and run none of it:
#   - no "<script" or "<b>" in any page or SVG (escaped instead), the page clean in Chromium with
#     the names shown as text;
#   - every workbook cell equal to its CSV cell, as text, and no formula anywhere (openpyxl);
#   - the network-overlap diagram's DOT read by Graphviz's own dot, the names intact in its SVG.
# usage: run_hostile.sh <reticulist> <fixture folder> <key file> <work folder>
set -eu
cli=$1 dataset=$2 key=$3 work=$4
here=$(dirname "$0")
rm -rf "$work"
mkdir -p "$work"
# A private copy of the key: git keeps the fixture 0644, which reticulist refuses.
install -m 600 "$3" "$work/test.key"
key=$work/test.key
common=(--key-file "$key" --dates 2000-01-01:2030-12-31 -q)
"$cli" report "$dataset" "${common[@]}" --view officer --out "$work/pack" >"$work/pack.stdout"
if grep -l -e '<script' -e '<b>' "$work"/pack/*.html "$work"/pack/*.svg; then
  echo "FAIL: markup from the data reached the files above"
  exit 1
fi
/usr/bin/python3 "$here/check_report.py" "$work/pack" "$dataset/participation.csv" --officer
bash "$here/../page/check_in_browser.sh" "$work/pack/report.html" "$work/pack/report_screenshot.png" \
  '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Numeracy"' "=cmd|' /C calc'!A0 Leadership \\N \\G" \
  'Gàidhlig Ελληνικά Network'
"$cli" diagram "$dataset" "${common[@]}" --view officer --kind network-overlap --out "$work/overlap.dot" >/dev/null
dot -Tsvg "$work/overlap.dot" -o "$work/overlap.svg"
for name in '&lt;script&gt;alert(1)&lt;/script&gt;' 'Gàidhlig Ελληνικά' 'A0 Leadership \N \G'; do
  grep -qF -- "$name" "$work/overlap.svg" || { echo "FAIL: '$name' is not in the diagram as drawn by dot"; exit 1; }
done
echo "hostile names: shown as written in the page, the workbook and the diagrams"
