#!/usr/bin/env bash
# `check` on a fixture folder (short names, SSD and Annex A files, an unused
# Annex A list and an unrecognised CSV) in both formats, on unusable files, and,
# once samples/ holds extracts, on samples/ (every file recognised, every row
# accounted for). Run from the repository root:
#   bash tests/e2e/check.sh build/csc-kpi
# UPDATE=1 rewrites the expected files from the current output (review the diff).
set -u
exe=${1:?usage: bash tests/e2e/check.sh PATH_TO_CSC_KPI}
expected=tests/e2e/expected
fixtures=tests/e2e/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# compare NAME EXPECTED_EXIT ARGS...: stdout against expected/NAME and stderr
# against expected/NAME.stderr.
compare() {
  local name=$1 want_exit=$2
  shift 2
  "$exe" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [[ $code -ne $want_exit ]]; then
    echo "FAIL $name: exit $code, expected $want_exit: csc-kpi $*"
    cat "$work/err"
    failed=1
    return
  fi
  if [[ ${UPDATE:-} == 1 ]]; then
    cp "$work/out" "$expected/$name"
    cp "$work/err" "$expected/$name.stderr"
    echo "updated $expected/$name"
    return
  fi
  for stream in out err; do
    local file=$expected/$name
    [[ $stream == err ]] && file=$file.stderr
    if [[ ! -f $file ]]; then
      echo "FAIL $name: $file is missing (run with UPDATE=1 to create it)"
      failed=1
    elif ! diff -u "$file" "$work/$stream"; then
      echo "FAIL $name: std$stream differs: csc-kpi $*"
      failed=1
    fi
  done
}

compare check_fixtures.json 0 check "$fixtures/check" --format json
compare check_fixtures.table 0 check "$fixtures/check"
# Unusable files: reported with "error", the others still read; exit 1.
compare check_bad.json 1 check "$fixtures/check/referrals.csv" "$fixtures/check_bad" --format json
# A file named explicitly that cannot be recognised is an error.
compare check_unrecognised.json 1 check "$fixtures/check/contacts_notes.csv" --format json -q
# Windows-1252 read with the option; a forced kind.
compare check_cp1252.json 0 check contacts="$fixtures/check_bad/cp1252_contacts.csv" \
  --encoding windows-1252 --format json

# samples/: every CSV recognised and read, and rows = used + excluded per file.
if compgen -G "samples/*.csv" >/dev/null; then
  if ! "$exe" check samples -q >"$work/samples"; then
    echo "FAIL samples: csc-kpi check samples/ failed"
    cat "$work/samples"
    failed=1
  elif ! awk 'NR > 1 && NF == 0 { exit bad }
              NR > 1 && $1 ~ /\.csv$/ {
                if ($4 == "-") { print "not read: " $1; bad = 1 }
                else if ($4 != $5 + $6) { print "rows do not add up: " $1; bad = 1 }
              }
              END { exit bad }' "$work/samples"; then
    echo "FAIL samples: not every file recognised and reconciled"
    cat "$work/samples"
    failed=1
  fi
fi

if [[ $failed -ne 0 ]]; then exit 1; fi
echo "check: all passed"
