#!/bin/bash
# CTest's page.chromium: writes the sample report page and checks it in headless Chromium.
# usage: WRITE_SAMPLE_PAGE=<program> run_sample_page.sh <work folder>
set -eu
work=$1
here=$(dirname "$0")
mkdir -p "$work"
"$WRITE_SAMPLE_PAGE" "$work/report.html"
PRINT_PDF="$work/report.pdf" exec bash "$here/check_in_browser.sh" "$work/report.html" "$work/report_screenshot.png" \
  '<section id="summary"' '<section id="authorities"' '<section id="ties"' '<section id="networks"' \
  '<svg' 'role="img"' '<figcaption>Ties from Glasgow City, 2023/24</figcaption>' \
  '<td class="num c">[c]</td>' '&lt;script&gt;alert(1)&lt;/script&gt;' 'Network 120'
