#!/usr/bin/env bash
# `show`: one indicator's figure, breakdown and case rows on a tiny hand-made
# extract whose figures are worked out by hand below.
#   bash tests/e2e/show.sh build/csc-kpi
set -u
exe=$(realpath "${1:?usage: bash tests/e2e/show.sh PATH_TO_CSC_KPI}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failed=0

fail() {
  echo "FAIL: $*"
  failed=1
}

# expect NAME EXPECTED_TEXT ACTUAL_FILE
expect() {
  if [[ "$(cat "$3")" != "$2" ]]; then
    fail "$1"
    diff -u <(printf '%s\n' "$2") "$3"
  fi
}

# England and Wales 2024. A1: Mon 8 Jan -> Mon 11 Mar is working day 45 (in
# time); A2 -> Tue 12 Mar is 46 (late); A4: Sat 2 Mar -> Mon 4 Mar is 1; A5:
# same day, 0; A6 authorised before its start: left out. March: 3 / 4 = 75%.
cat >assessments.csv <<'CSV'
assessment_id,child_id,start_date,authorised_date,outcome,team,worker
A1,C1,2024-01-08,2024-03-11,nfa,North,Ann
A2,C2,08/01/2024,12/03/2024,cin,South,Bob
A4,C4,2024-03-02,2024-03-04,other,North,Ann
A5,C5,2024-03-15,2024-03-15,,South,Bob
A6,C6,2024-03-20,2024-03-18,cin,North,Cy
CSV

"$exe" show assessments_45wd assessments.csv --month 2024-03 --format csv >out 2>err ||
  fail "show csv: $(cat err)"
expect "figures csv" "id,period,numerator,denominator,value,partial_history,missing
assessments_45wd,2024-03,3,4,75,,
assessments_45wd,rolling_3m,3,4,75,,
assessments_45wd,year_to_date,3,4,75,," out
grep -q "assessments_45wd: 1 left out (excluded: authorised before start)" err ||
  fail "the exclusion is not reported on stderr: $(cat err)"

"$exe" show assessments_45wd assessments.csv --month 2024-03 --cases --format csv >out 2>err ||
  fail "show --cases: $(cat err)"
expect "cases csv" "id,period,child,where,team,worker,age_band,from,to,days,numerator,denominator,reason,finding
assessments_45wd,2024-03,C1,assessments.csv:2,North,Ann,,2024-01-08,2024-03-11,45,true,true,in time,
assessments_45wd,2024-03,C2,assessments.csv:3,South,Bob,,2024-01-08,2024-03-12,46,false,true,late,
assessments_45wd,2024-03,C4,assessments.csv:4,North,Ann,,2024-03-02,2024-03-04,1,true,true,in time,
assessments_45wd,2024-03,C5,assessments.csv:5,South,Bob,,2024-03-15,2024-03-15,0,true,true,in time,
assessments_45wd,2024-03,C6,assessments.csv:6,North,Cy,,2024-03-20,2024-03-18,,false,false,excluded: authorised before start,assessment authorised before its start" out

# By team: North A1, A4 in time (2 / 2); South A2 late, A5 in time (1 / 2).
"$exe" show assessments_45wd assessments.csv --month 2024-03 --by team --format csv >out 2>err ||
  fail "show --by team: $(cat err)"
expect "by team csv" "id,team,numerator,denominator,value
assessments_45wd,North,2,2,100
assessments_45wd,South,1,2,50" out

# --count inclusive: A1 becomes 46 (late), A5 1 (in time): 2 / 4.
"$exe" show assessments_45wd assessments.csv --month 2024-03 --count inclusive --format csv >out 2>err
expect "inclusive" "id,period,numerator,denominator,value,partial_history,missing
assessments_45wd,2024-03,2,4,50,,
assessments_45wd,rolling_3m,2,4,50,,
assessments_45wd,year_to_date,2,4,50,," out

# A family id shows every value: outcomes of the 5 authorised in March.
"$exe" show assessment_outcomes assessments.csv --month 2024-03 --format csv >out 2>err
expect "family" "id,period,numerator,denominator,value,partial_history,missing
assessment_outcomes.nfa,2024-03,1,5,20,,
assessment_outcomes.nfa,rolling_3m,1,5,20,,
assessment_outcomes.nfa,year_to_date,1,5,20,,
assessment_outcomes.cin,2024-03,2,5,40,,
assessment_outcomes.cin,rolling_3m,2,5,40,,
assessment_outcomes.cin,year_to_date,2,5,40,,
assessment_outcomes.other,2024-03,1,5,20,,
assessment_outcomes.other,rolling_3m,1,5,20,,
assessment_outcomes.other,year_to_date,1,5,20,," out

# The table shows the figure and the case rows; JSON parses.
"$exe" show assessments_45wd assessments.csv --month 2024-03 --cases >out 2>err || fail "table"
grep -q "^assessments_45wd  2024-03  *75.0%  *3  *4  red" out || fail "table figure: $(cat out)"
grep -q "C2  *assessments.csv:3 .*46  N  *Y  *late" out || fail "table case row: $(cat out)"
"$exe" show assessments_45wd assessments.csv --month 2024-03 --cases --format json >out 2>err || fail "json"
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys; d=json.load(open("out")); assert len(d["cases"]) == 5; assert d["indicators"][0]["values"][0]["numerator"] == 3' ||
    fail "json: $(cat out)"
fi

# Usage errors: exit 2 with a suggestion.
"$exe" show asessments_45wd assessments.csv >out 2>err
code=$?
[[ $code -eq 2 ]] || fail "unknown id: exit $code"
expect "unknown id" "csc-kpi: error: unknown indicator 'asessments_45wd', did you mean 'assessments_45wd'?" err
"$exe" show assessments_45wd assessments.csv --by colour >out 2>err
[[ $? -eq 2 ]] || fail "bad --by: exit code"

# A missing extract is said, not an error.
"$exe" show cp_visits_in_time assessments.csv --month 2024-03 --format csv >out 2>err ||
  fail "missing extract: $(cat err)"
grep -q "needs cp_plans and visits extracts" out || fail "missing extract: $(cat out)"

[[ $failed -eq 0 ]] && echo "show: ok"
exit $failed
