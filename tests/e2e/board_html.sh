#!/usr/bin/env bash
# The Board report (dashboard --format html) of samples/ opened in headless
# Chromium (tests/browser/board_check.js says what it checks: no console error,
# no network request, every figure equal to the JSON output's, nothing wider
# than 1280 pixels, A4 landscape PDF pages). Writes board.png, board_chart.png
# and board.pdf next to the csc-kpi under test. Needs node, npm and Debian's
# chromium (scripts/setup); playwright-core is installed from the npm registry
# into BUILD/browser on the first run (npm ci, from tests/browser's lock file):
# without the registry the test fails, it does not skip. Run from the
# repository root:
#   bash tests/e2e/board_html.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
month=2025-03
build=$(dirname "$exe")
browser=$build/browser

for tool in node npm /usr/bin/chromium; do
  if ! command -v "$tool" >/dev/null; then
    fail "$tool is missing (scripts/setup installs it)"
    finish board_html
  fi
done
if ! cmp -s tests/browser/package-lock.json "$browser/package-lock.json" ||
  [[ ! -d $browser/node_modules/playwright-core ]]; then
  mkdir -p "$browser"
  cp tests/browser/package.json tests/browser/package-lock.json "$browser/"
  if ! (cd "$browser" && npm ci --no-audit --no-fund) >"$work/npm.log" 2>&1; then
    rm -f "$browser/package-lock.json"  # so that the next run tries again
    fail "npm ci could not install playwright-core into $browser (is the npm registry reachable?)"
    tail -5 "$work/npm.log"
    finish board_html
  fi
fi

run dashboard samples --month "$month" --format html --quiet --output "$work/board.html"
expect_exit "html --output" 0
expect "html --output: nothing on stdout" test ! -s "$work/out"
expect "html: a page of at most 400 KB" test "$(wc -c <"$work/board.html")" -le 400000
run dashboard samples --month "$month" --format html --quiet
expect "html on stdout equals the --output file" cmp -s "$work/out" "$work/board.html"
# The report is split by team; the JSON's by_group holds the same split.
run dashboard samples --month "$month" --format json --by team --quiet --output "$work/board.json"
expect_exit "json --output" 0

if NODE_PATH=$browser/node_modules node tests/browser/board_check.js "$work/board.html" \
  "$work/board.json" "$build" >"$work/browser.out" 2>&1; then
  pass
  cat "$work/browser.out"
else
  fail "the report in Chromium"
  cat "$work/browser.out"
fi

finish board_html
