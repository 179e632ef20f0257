#!/usr/bin/env bash
# Messy CSV files through the executable: `check` and `dashboard` must exit 0
# (read) or 1 (a clear error), never by a signal, never hang, and keep stdout
# for the report (messages go to stderr, each starting with "csc-kpi: ").
# The exact messages are pinned by tests/extract_*_test.cpp; this checks the
# whole program. Run from the repository root:
#   bash tests/e2e/messy_inputs.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
m=$work/in
mkdir -p "$m"

# File name -> content (printf format).
made=0
put() {
  printf "$2" >"$m/$1"
  made=$((made + 1))
}
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
made=$((made + 1))

# survives NAME ARGS...: exit 0 or 1 within the time limit; stdout only the report.
survives() {
  local name=$1
  shift
  local before=$failed
  timeout 60 "$exe" "$@" >"$work/out" 2>"$work/err"
  code=$?
  if [[ $code -ne 0 && $code -ne 1 ]]; then
    fail "$name: exit $code (124: timed out; over 128: a signal): csc-kpi $*"
    head -c 500 "$work/err"
    return
  fi
  if grep -qv '^csc-kpi: ' "$work/err"; then
    fail "$name: stderr has lines not starting with 'csc-kpi: ': csc-kpi $*"
    grep -v '^csc-kpi: ' "$work/err" | head -3
  fi
  # A failed dashboard prints no report; a JSON report is one JSON document.
  if [[ $1 == dashboard && $code -eq 1 && -s $work/out ]]; then
    fail "$name: output on stdout though the run failed: csc-kpi $*"
  fi
  if [[ " $* " == *" json "* && -s $work/out ]] && ! head -c 1 "$work/out" | grep -q '{'; then
    fail "$name: the JSON report does not start with '{': csc-kpi $*"
  fi
  [[ $failed -eq $before ]] && pass
}

files=0
for file in "$m"/*.csv; do
  files=$((files + 1))
  name=$(basename "$file")
  survives "$name" check "$file"
  survives "$name" check "$file" --format json
  survives "$name" check "$file" --encoding windows-1252
  survives "$name" dashboard "$file" --month 2025-03
  survives "$name" dashboard "$file" --month 2025-03 --strict --format json
done
[[ $files -eq $made ]] || fail "$files files checked of the $made made"
# All at once, as a folder: unusable files are reported and the others read.
survives folder check "$m"
survives folder dashboard "$m" --month 2025-03

# refused FILE TEXT [ARGS...]: a file that cannot be used says why (the
# messages are pinned by the unit tests): exit 1, an error naming the file.
refused() {
  local file=$1 text=$2
  shift 2
  run dashboard "$m/$file" --month 2025-03 "$@"
  if [[ $code -eq 1 ]] && grep -qF "csc-kpi: error: $m/$file:" "$work/err" &&
     grep -qF "$text" "$work/err"; then
    pass
  else
    fail "$file: expected exit 1 and an error with '$text', got exit $code:"
    cat "$work/err"
  fi
}
refused cr_only.csv 'carriage return (CR) inside the line'
refused ragged.csv 'ragged row: 3 fields where the header has 2'
refused nul.csv 'NUL byte in the line'
refused unclosed.csv 'line break inside a quoted field'
refused utf16.csv 'the file is UTF-16' --encoding windows-1252
refused bad_utf8.csv 'invalid UTF-8 byte 0xC3'

# The big file is read whole: every one of its rows, the last one included.
run check "$m/big_unterminated.csv" --format json
if grep -q "\"rows\": $((rows + 1))," "$work/out" && grep -q "\"used\": $((rows + 1))," "$work/out"; then
  pass
else
  fail "big_unterminated.csv: expected $((rows + 1)) rows, all used:"
  head -c 400 "$work/out"
fi

finish messy_inputs
