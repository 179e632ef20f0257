#!/usr/bin/env bash
# Messy CSV files through the executable: `check` and `dashboard` must exit 0
# (read) or 1 (a clear error), never by a signal, never hang, and keep stdout
# for the report (messages go to stderr, each starting with "csc-kpi: ").
# The exact messages are pinned by tests/extract_*_test.cpp; this checks the
# whole program. Run from the repository root:
#   bash tests/e2e/messy_inputs.sh build/csc-kpi
set -u
exe=${1:?usage: bash tests/e2e/messy_inputs.sh PATH_TO_CSC_KPI}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
m=$work/in
mkdir -p "$m"

# File name -> content (printf format).
put() { printf "$2" >"$m/$1"; }
put quotes.csv 'referral_id,child_id,referral_date,nfa\n"R1","C ""one"", x",2017-11-01,"Y"\nR2,C2,"01/11/2017",N\n'
put crlf.csv 'child_id,contact_date,contact_source\r\nC1,2017-11-01,Police\r\n\r\n'
put crcrlf.csv 'child_id,contact_date,contact_source\r\r\nC1,2017-11-01,Police\r\r\n'
put cr_only.csv 'child_id,contact_date,contact_source\rC1,2017-11-01,Police\rC2,2017-11-02,x\r'
put bom.csv '\xef\xbb\xbfchild_id,contact_date\nC1,2017-11-01\n'
put title.csv 'List 1: Contacts\n\n,,\nChild Unique ID,Date of Contact,Contact Source\nA1,01/11/2017,Police\n,,\n'
put ragged.csv 'child_id,contact_date\nC1,2017-11-01,x\n'
put nul.csv 'child_id,contact_date\nC1,2017-11-01\nC\0002,2017-11-02\n'
put cp1252.csv 'child_id,contact_date,contact_source\nC1,2017-11-01,Caf\xe9\n'
put bad_utf8.csv 'child_id,contact_date\nC\xc3\x28,2017-11-01\n'
put utf16.csv '\xff\xfec\000h\000i\000l\000d\000\n\000'
put xlsx.csv 'PK\003\004\024\000\000\000'
put only_header.csv 'child_id,contact_date\n'
put empty.csv ''
put spaces.csv '   ,  ,\t, \n\n'
put unclosed.csv 'child_id,contact_date,contact_source\nC1,2017-11-01,"open\nC2,2017-11-02,x\n'
put no_final_newline.csv 'child_id,contact_date\nC1,2017-11-01'
put bad_dates.csv 'child_id,contact_date\nC1,31/02/2017\nC2,1800-01-01\nC3,2200-12-31\nC4,\n'
put semicolons.csv 'child_id;contact_date\nC1;2017-11-01\n'
put duplicate_column.csv 'child_id,Child Unique ID,contact_date\nC1,C1,2017-11-01\n'
put tie.csv 'plan_id,child_id,start_date\nP1,C1,2017-11-01\n'
commas=$(head -c 10000 /dev/zero | tr '\0' ,)
put commas.csv "child_id,contact_date\n$commas\nC1,2017-11-01\n"
put huge_field.csv "child_id,contact_date,contact_source\nC1,2017-11-01,$(head -c 200000 /dev/zero | tr '\0' x)\n"

# Over 48 MB (three of fccp's 16 MB blocks), no final line break, and a '\n'
# exactly one block before the end: this hung (see extract_fuzz_regressions_test).
block=16777216
row=C0000000000000000,2017-11-01  # 29 bytes with its line break
rows=$(( (3 * block + 1000) / 29 + 1 ))
# The '\n' of row j sits at 22 + 29j + 28; the file is 22 + 29 rows + 16 + pad.
pad=$(( ((block + 28 - 16 - 29 * rows) % 29 + 29) % 29 ))
{
  printf 'child_id,contact_date\n'
  yes "$row" | head -n "$rows"
  printf 'C%sLAST,2017-11-01' "$(head -c "$pad" /dev/zero | tr '\0' X)"
} >"$m/big_unterminated.csv"

# run NAME ARGS...: exit 0 or 1 within the time limit; stdout only the report.
run() {
  local name=$1
  shift
  timeout 60 "$exe" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [[ $code -ne 0 && $code -ne 1 ]]; then
    echo "FAIL $name: exit $code (124: timed out; over 128: a signal): csc-kpi $*"
    head -c 500 "$work/err"
    failed=1
    return
  fi
  if grep -qv '^csc-kpi: ' "$work/err"; then
    echo "FAIL $name: stderr has lines not starting with 'csc-kpi: ': csc-kpi $*"
    grep -v '^csc-kpi: ' "$work/err" | head -3
    failed=1
  fi
  # A failed dashboard prints no report; a JSON report is one JSON document.
  if [[ $1 == dashboard && $code -eq 1 && -s $work/out ]]; then
    echo "FAIL $name: output on stdout though the run failed: csc-kpi $*"
    failed=1
  fi
  if [[ " $* " == *" json "* && -s $work/out ]] && ! head -c 1 "$work/out" | grep -q '{'; then
    echo "FAIL $name: the JSON report does not start with '{': csc-kpi $*"
    failed=1
  fi
}

for file in "$m"/*.csv; do
  name=$(basename "$file")
  run "$name" check "$file"
  run "$name" check "$file" --format json
  run "$name" check "$file" --encoding windows-1252
  run "$name" dashboard "$file" --month 2025-03
  run "$name" dashboard "$file" --month 2025-03 --strict --format json
done
# All at once, as a folder: unusable files are reported and the others read.
run folder check "$m"
run folder dashboard "$m" --month 2025-03

# Files that cannot be used say why (the messages are pinned by the unit tests).
expect_error() {
  local file=$1 text=$2
  shift 2
  "$exe" dashboard "$m/$file" --month 2025-03 "$@" >/dev/null 2>"$work/err"
  local code=$?
  if [[ $code -ne 1 ]] || ! grep -qF "csc-kpi: error: $m/$file:" "$work/err" ||
     ! grep -qF "$text" "$work/err"; then
    echo "FAIL $file: expected exit 1 and an error with '$text', got exit $code:"
    cat "$work/err"
    failed=1
  fi
}
expect_error cr_only.csv 'carriage return (CR) inside the line'
expect_error ragged.csv 'ragged row: 3 fields where the header has 2'
expect_error nul.csv 'NUL byte in the line'
expect_error unclosed.csv 'line break inside a quoted field'
expect_error utf16.csv 'the file is UTF-16' --encoding windows-1252
expect_error bad_utf8.csv 'invalid UTF-8 byte 0xC3'

# The big file is read whole: every one of its rows, the last one included.
"$exe" check "$m/big_unterminated.csv" --format json >"$work/out" 2>/dev/null
if ! grep -q "\"rows\": $((rows + 1))," "$work/out" || ! grep -q "\"used\": $((rows + 1))," "$work/out"; then
  echo "FAIL big_unterminated.csv: expected $((rows + 1)) rows, all used:"
  head -c 400 "$work/out"
  failed=1
fi

[[ $failed -eq 0 ]] && echo "messy inputs: ok"
exit $failed
