#!/usr/bin/env bash
# The command line as a new user meets it: every --help pinned (a change to one
# must be deliberate: UPDATE=1 rewrites tests/e2e/expected/help_*.txt), common
# mistakes answered with a suggestion or the form expected, --version, and the
# bash completion script driven as bash drives it.
#   bash tests/e2e/help.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"

compare help_main.txt 0 --help
commands=(dashboard show due check indicators workdays holidays completion)
for command in "${commands[@]}"; do
  compare "help_$command.txt" 0 "$command" --help
  # -h is --help, and the common options may come first.
  run --quiet "$command" -h
  expect "$command -h is $command --help" cmp -s "$work/out" "$expected/help_$command.txt"
done
# Every option a command takes is in its help (the help is written from the
# same table, so this guards the table, not the text).
for command in "${commands[@]}"; do
  for option in --division --holidays --closures --count --format --output --excel --encoding \
                --strict --skip-bad-files --allow-empty --provenance --quiet --config --help; do
    grep -q -- "$option" "$expected/help_$command.txt" || fail "$command --help lacks $option"
  done
done
expect "help lines fit in 100 columns" \
  test "$(cat "$expected"/help_*.txt | awk 'length > 100' | wc -l)" -eq 0
expect "no parser internals in help" \
  test "$(grep -lE 'TEXT|INT|x 2|\(0x\)|:FILE|REQUIRED' "$expected"/help_*.txt | wc -l)" -eq 0

run --quiet --help
expect "common options, then --help: the main help" cmp -s "$work/out" "$expected/help_main.txt"

# Nothing asked: the main help on stderr, exit 2.
run
expect_exit "no arguments" 2
expect "no arguments: the main help on stderr" grep -q '^Commands:' "$work/err"

run --version
expect_exit "--version" 0
expect "--version: the version and commit" grep -qE '^csc-kpi [0-9]+\.[0-9]+\.[0-9]+' "$work/out"
run dashboard --version
expect "--version after a command" grep -qE '^csc-kpi [0-9]+\.[0-9]+\.[0-9]+' "$work/out"

# Mistakes: the closest name, or the form expected.
check_error "--montth" 2 "unknown option '--montth', did you mean '--month'? (see 'csc-kpi dashboard --help')" \
  dashboard samples/ --montth 2025-03
check_error "--montth=" 2 "unknown option '--montth=2025-03', did you mean '--month'? (see 'csc-kpi dashboard --help')" \
  dashboard samples/ --montth=2025-03
check_error "an unknown option before the command" 2 \
  "unknown option '--divison', did you mean '--division'? (see 'csc-kpi --help')" \
  --divison scotland holidays 2024
check_error "unknown command" 2 "unknown command 'dashbord', did you mean 'dashboard'? (see 'csc-kpi --help')" \
  dashbord samples/
check_error "--months abc" 2 "--months: expected a whole number of months from 1 to 120, got 'abc'" \
  dashboard samples/ --months abc
check_error "--within -1" 2 "--within: expected a whole number of working days from 0 to 260, got '-1'" \
  due samples/ --within -1
check_error "--format for a typo" 2 \
  "--format: expected one of table, csv, json, markdown, html or xlsx, got 'jsno' (did you mean 'json'?)" \
  indicators --format jsno
check_error "an argument too many" 2 "unexpected argument 'extra' (see 'csc-kpi indicators --help')" \
  indicators extra
check_error "show without an id" 2 "ID is required (see 'csc-kpi show --help')" show
check_error "three years" 2 "expected YEAR or FROM_YEAR TO_YEAR, got 3 years" holidays 2024 2025 2026
check_error "--add with one value" 2 \
  "--add: expected a date and a number of working days (--add 2024-12-20 10)" workdays --add 2024-12-20
check_error "a missing closures file" 1 "nowhere.csv: cannot read the file (no such file or directory)" \
  holidays 2024 --closures nowhere.csv

# Every command in every format: exit 0, a report on stdout, nothing on stderr
# with --quiet, and JSON that parses.
invocations=(
  "dashboard samples/"
  "show assessments_45wd samples/"
  "show cp_visits_in_time samples/ --cases --by team"
  "due samples/"
  "check samples/"
  "indicators"
  "workdays 2024-12-20 2025-01-06"
  "workdays --add 2024-12-20 10"
  "holidays 2024 2025"
)
for invocation in "${invocations[@]}"; do
  for format in table csv json markdown; do
    # shellcheck disable=SC2086 # the invocation is split into words on purpose
    run $invocation --format "$format" --quiet
    if [[ $code -ne 0 || ! -s $work/out || -s $work/err ]]; then
      fail "$invocation --format $format: exit $code, $(wc -c <"$work/out") bytes, stderr: $(head -c 200 "$work/err")"
    elif [[ $format == json ]] && ! python3 -m json.tool "$work/out" >/dev/null; then
      fail "$invocation --format json: not JSON"
    else
      pass
    fi
  done
done

# --timings: where the time went, on stderr, even with --quiet.
run dashboard samples/ --quiet --timings --format json
expect "--timings: the phases" grep -qE '^csc-kpi: timings: read [0-9.]+ s, link [0-9.]+ s, .*compute [0-9.]+ s, render [0-9.]+ s, total [0-9.]+ s$' "$work/err"
expect "--timings: the report unchanged" python3 -m json.tool "$work/out"

# Common options before the command are the same as after it.
run --division scotland --format csv workdays 2024-12-20 2025-01-06
expect "common options before the command" \
  test "$(cat "$work/out")" = "$(printf 'from,to,working_days\n2024-12-20,2025-01-06,7')"
# A repeated list option takes one file each time and leaves the arguments alone.
printf 'date,name\n2024-01-03,Closure A\n' >"$work/a.csv"
printf 'date,name\n2024-01-04,Closure B\n' >"$work/b.csv"
run workdays --closures "$work/a.csv" 2024-01-01 --closures "$work/b.csv" 2024-01-08 --format csv
expect "two --closures files" test "$(tail -1 "$work/out")" = "2024-01-01,2024-01-08,3"

# --excel: a byte order mark and CRLF, for CSV only.
run holidays 2025 --format csv --excel
expect "--excel: the byte order mark" test "$(head -c 3 "$work/out" | od -An -tx1 | tr -d ' ')" = efbbbf
expect "--excel: CRLF line ends" test "$(grep -c $'\r$' "$work/out")" -eq "$(wc -l <"$work/out")"
expect "--excel: curly quotes as UTF-8" grep -q "New Year’s Day" "$work/out"
run holidays 2025 --format csv
expect "no --excel: no byte order mark" test "$(head -c 4 "$work/out")" = "date"
expect "no --excel: no CR" test "$(grep -c $'\r' "$work/out")" -eq 0
run holidays 2025 --excel
expect "--excel leaves a table alone" test "$(grep -c $'\r' "$work/out")" -eq 0

# The completion script, driven as bash drives it.
run completion bash
expect_exit "completion bash" 0
cp "$work/out" "$work/completion.bash"
complete_words() {  # the words offered for the command line "$@" (the last word being typed)
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _csc_kpi; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$work/completion.bash" "$@"
}
expect "completes commands" test "$(complete_words csc-kpi da)" = dashboard
expect "completes a command's options" grep -qx -- --months <(complete_words csc-kpi dashboard --mon)
expect "completes common options" grep -qx -- --division <(complete_words csc-kpi show --div)
expect "completes option values" test "$(complete_words csc-kpi holidays --division sc)" = scotland
expect "completes --by per command" \
  test "$(complete_words csc-kpi due --by '' | tr '\n' ' ')" = "team worker "
expect "completes indicator ids after show" \
  grep -qx assessments_45wd <(complete_words csc-kpi show assessments_4)
expect "completes sub-ids" grep -qx strategy_wt_compliant.police <(complete_words csc-kpi show strategy_wt)
check_error "completion for another shell" 2 "completion: expected the shell bash, got 'fish'" completion fish

finish help
