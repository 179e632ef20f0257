#!/usr/bin/env bash
# Annex A workbooks: the lists of a fixture written as the sheets of one
# workbook (tests/e2e/lib/csv_to_xlsx.py: dates as serials and as text, in the
# 1900 and the 1904 date systems) give the same `check` and `dashboard` output
# as the CSV lists themselves, once the sheets' names ("book.xlsx[List_3]")
# are written as the files' ("List_3.csv"). And workbooks that cannot be read
# are each one clear error. Run from the repository root:
#   bash tests/e2e/xlsx.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
lists=tests/e2e/fixtures/real/liia_tools
writer=tests/e2e/lib/csv_to_xlsx.py
# Debian's python3-openpyxl (scripts/setup): /usr/bin/python3, since a python3
# earlier on PATH may lack it.
python=/usr/bin/python3

# The CSV lists in a folder, in the byte order the folder is read in (the
# workbook's sheets are written in that order too).
mkdir -p "$work/csv"
cp "$lists"/*.csv "$work/csv/"
mapfile -t csvs < <(LC_ALL=C ls "$work/csv"/*.csv)
if [[ ${#csvs[@]} -lt 11 ]]; then
  fail "expected the 11 Annex A lists in $lists"
fi

# The outputs of `csc-kpi ARGS...` with file and sheet names made alike (and
# so the table's column widths, which follow the names' lengths).
same_names() {
  sed -E -e "s#$work/csv/([A-Za-z0-9_]+)\\.csv#\\1#g" \
         -e "s#$work/book[0-9]+\\.xlsx\\[([A-Za-z0-9_]+)\\]#\\1#g" -e 's/ +/ /g'
}
outputs() {
  run "$@"
  { echo "exit $code"; same_names <"$work/out"; echo "--- stderr"; same_names <"$work/err"; }
}

for system in 1900 1904; do
  book=$work/book$system.xlsx
  if ! "$python" "$writer" "$book" "$system" "${csvs[@]}"; then
    fail "$python $writer could not write the workbook (is python3-openpyxl installed? scripts/setup)"
    continue
  fi
  for args in "check --format json" "check" "dashboard --month 2019-09" "dashboard --month 2019-09 --format json"; do
    # shellcheck disable=SC2086
    outputs $args "$work/csv" >"$work/from_csv"
    # shellcheck disable=SC2086
    outputs $args "$book" >"$work/from_xlsx"
    if cmp -s "$work/from_csv" "$work/from_xlsx"; then
      pass
    else
      fail "$system date system: csc-kpi $args: the workbook and the CSV lists differ"
      diff "$work/from_csv" "$work/from_xlsx" | head -20
    fi
  done
  # The check must have read the sheets, not skipped them all.
  run check "$book" --format json
  expect "$system: the lists are read from the workbook" grep -q '"kind": "referrals"' "$work/out"
done

# Workbooks that cannot be read: one error each, naming the file.
printf 'PK\003\004\024\000\000\000' >"$work/truncated.xlsx"
check_error "truncated workbook" 1 "$work/truncated.xlsx: the file is damaged or truncated: its zip directory (at the end of an .xlsx) is missing
csc-kpi: error: a file could not be read: nothing was reported (fix it, or give --skip-bad-files to report without it)" \
  dashboard "$work/truncated.xlsx"
printf '\320\317\021\340\241\261\032\341' >"$work/old.xls"
head -c 4000 /dev/zero >>"$work/old.xls"
run check "$work/old.xls" --format json
expect_exit "an .xls" 1
expect "an .xls says to save it as .xlsx" grep -q 'an old Excel 97-2003 workbook (.xls), which cannot be read: open it in Excel and save it as .xlsx' "$work/out"

finish xlsx
