#!/usr/bin/env bash
# `check` on a fixture folder (short names, SSD and Annex A files, an unused
# Annex A list and an unrecognised CSV) in every format, on unusable files, and
# on samples/ (every file recognised, every row accounted for). Run from the
# repository root:
#   bash tests/e2e/check.sh build/csc-kpi
# UPDATE=1 rewrites the expected files from the current output (review the diff).
set -u
source "$(dirname "$0")/lib/expect.bash"
fixtures=tests/e2e/fixtures
keep_stderr=1  # every case pins its stderr, empty or not

compare check_fixtures.json 0 check "$fixtures/check" --format json
compare check_fixtures.table 0 check "$fixtures/check"
compare check_fixtures.csv 0 check "$fixtures/check" --format csv
compare check_fixtures.md 0 check "$fixtures/check" --format markdown
# Unusable files: reported with "error", the others still read; exit 1.
compare check_bad.json 1 check "$fixtures/check/referrals.csv" "$fixtures/check_bad" --format json
# A file named explicitly that cannot be recognised is an error.
compare check_unrecognised.json 1 check "$fixtures/check/contacts_notes.csv" --format json -q
# Windows-1252 read with the option; a forced kind.
compare check_cp1252.json 0 check contacts="$fixtures/check_bad/cp1252_contacts.csv" \
  --encoding windows-1252 --format json

# samples/: every CSV recognised and read, and rows = used + excluded per file.
if ! compgen -G "samples/*.csv" >/dev/null; then
  fail "samples/ holds no CSV files (run from the repository root)"
else
  run check samples -q
  expect_exit "check samples" 0
  expect "samples: every file recognised and reconciled" \
    awk 'NR > 1 && NF == 0 { exit bad }
         NR > 1 && $1 ~ /\.csv$/ {
           if ($4 == "-") { print "not read: " $1; bad = 1 }
           else if ($4 != $5 + $6) { print "rows do not add up: " $1; bad = 1 }
           else files++
         }
         END { if (files == 0) { print "no file listed"; bad = 1 } exit bad }' "$work/out"
fi

finish check
