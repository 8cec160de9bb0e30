#!/bin/bash
# Loads an offline report page in headless Chromium and fails on anything a reader would meet:
# a console message (a script error, a blocked load: "Content Security Policy", "Failed to load"),
# a page that does not render, or a screenshot that is missing or blank.
#
# usage: check_in_browser.sh <page.html> <screenshot.png> [<text the DOM must hold> ...]
#   e.g. check_in_browser.sh out/report.html build/report.png '<section id="summary"' '<svg'
#
# Writes <screenshot.png> (1280 x 2000, the top of the page) and, beside it, <screenshot>.dom.html
# (the DOM after loading) and <screenshot>.stderr (Chromium's log). With PRINT_PDF=<file.pdf> it
# also prints the page to that PDF and fails if none is written. Exit 0: every check held; 1: a
# check failed (each printed); 77: no chromium (CTest's skip code).
set -u
if [ $# -lt 2 ]; then
  echo "usage: $0 <page.html> <screenshot.png> [<expected text> ...]" >&2
  exit 2
fi
page=$1
shot=$2
shift 2
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium)"
  exit 77
fi
if [ ! -s "$page" ]; then
  echo "FAIL: $page is missing or empty"
  exit 1
fi
url="file://$(realpath "$page")"
dom="${shot%.png}.dom.html"
log="${shot%.png}.stderr"
mkdir -p "$(dirname "$shot")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A fresh profile each run (nothing written to ~/.config), no first-run dialogs, no GPU.
flags=(--headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" --hide-scrollbars)
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

rm -f "$shot" "$dom" "$log"
timeout 60 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=3000 \
  --dump-dom "$url" >"$dom" 2>"$log" || fail "chromium --dump-dom exited with status $?"
# Every console message is a stderr line with ":CONSOLE"; a blocked load names the policy.
if grep -E ':CONSOLE|Content Security Policy|Failed to load' "$log" >"$log.problems"; then
  fail "the browser reported problems:"
  sed 's/^/    /' "$log.problems"
fi
rm -f "$log.problems"
grep -q '</html>' "$dom" || fail "the DOM dump is empty or cut short ($dom)"
for expected in "$@"; do
  grep -qF -- "$expected" "$dom" || fail "the DOM does not hold: $expected"
done

timeout 60 "$browser" "${flags[@]}" --screenshot="$shot" --window-size=1280,2000 "$url" >>"$log" 2>&1 ||
  fail "chromium --screenshot exited with status $?"
# A blank 1280 x 2000 PNG is about 10 kB; a page with text and figures is many times that.
size=$(stat -c %s "$shot" 2>/dev/null || echo 0)
[ "$size" -gt 30000 ] || fail "screenshot $shot is missing or nearly blank ($size bytes)"

if [ -n "${PRINT_PDF:-}" ]; then
  rm -f "$PRINT_PDF"
  timeout 60 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$PRINT_PDF" "$url" >>"$log" 2>&1 ||
    fail "chromium --print-to-pdf exited with status $?"
  head -c 5 "$PRINT_PDF" 2>/dev/null | grep -q '%PDF-' || fail "no PDF written to $PRINT_PDF"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed for $page (browser log: $log)"
  exit 1
fi
echo "$page: rendered by $("$browser" --version 2>/dev/null | head -n 1) with no console message; screenshot $shot ($size bytes)"
