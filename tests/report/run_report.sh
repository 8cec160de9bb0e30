#!/bin/bash
# CTest's report.west_partnership: the Board pack of the sample dataset, as a reader meets it.
#   1. reticulist report --view board: the page in headless Chromium (no console message, no
#      blocked load, every section and figure there, a screenshot kept as
#      <work>/board/report_screenshot.png, and printed to A4 PDF as report_printed.pdf), the
#      workbook read back with openpyxl against the CSV, and no pseudonym or identifier in any
#      byte written;
#   2. reticulist report --view officer --identify: the page marks itself as personal data and
#      holds the officer's sections.
# usage: run_report.sh <reticulist> <dataset> <key file> <work folder>
set -eu
cli=$1 dataset=$2 key=$3 work=$4
here=$(dirname "$0")
rm -rf "$work"
mkdir -p "$work"
# A private copy of the key: git keeps the fixture 0644, which reticulist refuses.
install -m 600 "$3" "$work/test.key"
key=$work/test.key
"$cli" report "$dataset" --key-file "$key" -q --out "$work/board" >"$work/board.stdout"
/usr/bin/python3 "$here/check_report.py" "$work/board" "$dataset/participation.csv"
PRINT_PDF="$work/board/report_printed.pdf" bash "$here/../page/check_in_browser.sh" "$work/board/report.html" "$work/board/report_screenshot.png" \
  '<section id="key-figures"' '<section id="ties"' '<section id="engagement"' '<section id="networks"' \
  '<section id="fragility"' '<section id="quality"' '<section id="methods"' 'role="img"' 'Glasgow City'
"$cli" report "$dataset" --key-file "$key" -q --view officer --identify --out "$work/officer" >"$work/officer.stdout"
/usr/bin/python3 "$here/check_report.py" "$work/officer" "$dataset/participation.csv" --personal-data
grep -q '<section id="people"' "$work/officer/report.html" || { echo "FAIL: the officer's page has no people section"; exit 1; }
echo "report: board and officer packs checked"
