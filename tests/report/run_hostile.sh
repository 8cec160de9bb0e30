#!/bin/bash
# CTest's report.hostile_names: a dataset whose network, workstream and authority names hold
# markup (<script>, <b>), ampersands, quotes, backslashes (\N, \G: Graphviz escapes), text that
# starts a formula (=cmd|' /C calc'!A0, +SUM, @, -) and non-Latin letters. The Board pack must
# show every name as written and run none of it:
#   - no "<script" or "<b>" in any page or SVG (escaped instead), the page clean in Chromium with
#     the names shown as text;
#   - every workbook cell equal to its CSV cell, as text, and no formula anywhere (openpyxl);
#   - the network-overlap diagram's DOT read by Graphviz's own dot, the names intact in its SVG;
#   - every network name (also a line break and a tab, Arabic and Hebrew with U+202E, combining
#     accents, C0, DEL and C1 controls) read back from every format by that format's parser:
#     CSV, JSON, XLSX, GraphML, GEXF, DOT (export and diagram), SVG (figure and Graphviz), HTML
#     (check_escaping.py says how each format shows it).
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
mkdir -p "$work/export"
for format in graphml gexf json dot csv; do
  "$cli" export "$dataset" "${common[@]}" --view officer --layer network --format "$format" --out "$work/export/networks.$format" >/dev/null
done
"$cli" heatmap "$dataset" "${common[@]}" --kind reach --out "$work/reach.svg" >/dev/null
"$cli" diagram "$dataset" "${common[@]}" --kind networks --out "$work/networks.svg" >/dev/null
/usr/bin/python3 "$here/check_escaping.py" "$dataset/networks.csv" "$work"/export/networks.{graphml,gexf,json,dot,nodes.csv} \
  "$work"/pack/{networks.csv,networks.json,report.xlsx,report.html,reach_heatmap.svg,network_overlap_diagram.svg} \
  "$work/overlap.dot" "$work/reach.svg" "$work/networks.svg"
echo "hostile names: shown as written in the page, the workbook, the diagrams and every export"
