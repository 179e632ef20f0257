#!/usr/bin/env bash
# `dashboard` on samples/ in every format (and its stderr reconciliation) against
# the files in tests/e2e/expected/. Run from the repository root:
#   bash tests/e2e/dashboard.sh build/csc-kpi
# UPDATE=1 rewrites the expected files from the current output (review the diff).
set -u
source "$(dirname "$0")/lib/expect.bash"
month=2025-03

if [[ ! -d samples ]]; then
  fail "samples/ is missing (run from the repository root)"
  finish dashboard
fi

compare dashboard.txt 0 dashboard samples --month "$month"
compare dashboard.csv 0 dashboard samples --month "$month" --format csv --quiet
compare dashboard.json 0 dashboard samples --month "$month" --format json --quiet
compare dashboard.md 0 dashboard samples --month "$month" --format markdown --quiet

# Every sample file recognised, its reconciliation adding up; and the cases
# behind one figure, with their dates and working days.
compare check_samples.txt 0 check samples --quiet
compare show_assessments_45wd_cases.txt 0 show assessments_45wd samples --month "$month" --cases --quiet

# --output writes the same report to a file, and nothing to stdout.
if [[ ${UPDATE:-} != 1 ]]; then
  run dashboard samples --month "$month" --format json --quiet --output "$work/report.json"
  expect_exit "dashboard --output" 0
  expect "dashboard --output: nothing on stdout" test ! -s "$work/out"
  normalise_version <"$work/report.json" >"$work/report.normalised.json"
  expect "dashboard --output: the file equals expected/dashboard.json" \
    cmp -s "$expected/dashboard.json" "$work/report.normalised.json"
fi

finish dashboard
