#!/usr/bin/env bash
# `dashboard` on samples/ in every format (and its stderr reconciliation) against
# the files in tests/e2e/expected/. Run from the repository root:
#   bash tests/e2e/dashboard.sh build/csc-kpi
# UPDATE=1 rewrites the expected files from the current output (review the diff).
set -u
exe=${1:?usage: bash tests/e2e/dashboard.sh PATH_TO_CSC_KPI}
expected=tests/e2e/expected
month=2025-03
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/lib/expect.bash"

if [[ ! -d samples ]]; then
  echo "FAIL: samples/ is missing (run from the repository root)"
  exit 1
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
  "$exe" dashboard samples --month "$month" --format json --quiet --output "$work/report.json" \
    >"$work/stdout"
  if [[ -s $work/stdout ]] ||
    ! normalise_version <"$work/report.json" | diff -q "$expected/dashboard.json" - >/dev/null; then
    echo "FAIL dashboard --output: stdout not empty, or the file differs from expected/dashboard.json"
    failed=1
  fi
fi

[[ $failed -eq 0 ]] && echo "dashboard: ok"
[[ $failed -eq 0 ]]
