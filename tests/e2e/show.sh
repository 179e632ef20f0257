#!/usr/bin/env bash
# `show`: one indicator's figure, breakdown and case rows on a tiny hand-made
# extract whose figures are worked out by hand below.
#   bash tests/e2e/show.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
# File names in the output are as given: relative to the extract's folder.
mkdir "$work/in"
cd "$work/in" || exit 1

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

run show assessments_45wd assessments.csv --month 2024-03 --format csv
expect_exit "show csv" 0
expect_text "figures csv" "$work/out" <<'OUT'
id,period,numerator,denominator,value,partial_history,missing
assessments_45wd,2024-03,3,4,75,N,
assessments_45wd,rolling_3m,3,4,75,N,
assessments_45wd,year_to_date,3,4,75,N,
OUT
expect "the exclusion is reported on stderr" \
  grep -q "assessments_45wd: 1 left out (excluded: authorised before start)" "$work/err"

run show assessments_45wd assessments.csv --month 2024-03 --cases --format csv
expect_exit "show --cases" 0
expect_text "cases csv" "$work/out" <<'OUT'
id,period,child_id,assessment_id,file,line,team,worker,age_band,from,to,working_days,numerator,denominator,reason,finding
assessments_45wd,2024-03,C1,A1,assessments.csv,2,North,Ann,,2024-01-08,2024-03-11,45,Y,Y,in time,
assessments_45wd,2024-03,C2,A2,assessments.csv,3,South,Bob,,2024-01-08,2024-03-12,46,N,Y,late,
assessments_45wd,2024-03,C4,A4,assessments.csv,4,North,Ann,,2024-03-02,2024-03-04,1,Y,Y,in time,
assessments_45wd,2024-03,C5,A5,assessments.csv,5,South,Bob,,2024-03-15,2024-03-15,0,Y,Y,in time,
assessments_45wd,2024-03,C6,A6,assessments.csv,6,North,Cy,,2024-03-20,2024-03-18,,N,N,excluded: authorised before start,assessment authorised before its start
OUT

# By team: North A1, A4 in time (2 / 2); South A2 late, A5 in time (1 / 2).
run show assessments_45wd assessments.csv --month 2024-03 --by team --format csv
expect_exit "show --by team" 0
expect_text "by team csv" "$work/out" <<'OUT'
id,team,numerator,denominator,value
assessments_45wd,North,2,2,100
assessments_45wd,South,1,2,50
OUT

# --count inclusive: A1 becomes 46 (late), A5 1 (in time): 2 / 4.
run show assessments_45wd assessments.csv --month 2024-03 --count inclusive --format csv
expect_text "inclusive" "$work/out" <<'OUT'
id,period,numerator,denominator,value,partial_history,missing
assessments_45wd,2024-03,2,4,50,N,
assessments_45wd,rolling_3m,2,4,50,N,
assessments_45wd,year_to_date,2,4,50,N,
OUT

# A family id shows every value: outcomes of the 5 authorised in March.
run show assessment_outcomes assessments.csv --month 2024-03 --format csv
expect_text "family" "$work/out" <<'OUT'
id,period,numerator,denominator,value,partial_history,missing
assessment_outcomes.nfa,2024-03,1,5,20,N,
assessment_outcomes.nfa,rolling_3m,1,5,20,N,
assessment_outcomes.nfa,year_to_date,1,5,20,N,
assessment_outcomes.cin,2024-03,2,5,40,N,
assessment_outcomes.cin,rolling_3m,2,5,40,N,
assessment_outcomes.cin,year_to_date,2,5,40,N,
assessment_outcomes.other,2024-03,1,5,20,N,
assessment_outcomes.other,rolling_3m,1,5,20,N,
assessment_outcomes.other,year_to_date,1,5,20,N,
OUT

# The table shows the figure and the case rows; JSON parses (python3 is
# installed by scripts/setup: its absence is a failure, not a skip).
run show assessments_45wd assessments.csv --month 2024-03 --cases
expect_exit "table" 0
expect "table figure" grep -q "^assessments_45wd  2024-03  *75.0%  *3  *4  red" "$work/out"
expect "table case row" grep -q "C2  *A2  *assessments.csv:3 .*46  N  *Y  *late" "$work/out"
# Markdown: the same sections as GitHub tables, the unit on the figures.
run show assessments_45wd assessments.csv --month 2024-03 --cases --format markdown
expect_exit "markdown" 0
expect "markdown figure" grep -qxF "| assessments_45wd | 2024-03 | 75.0% | 3 | 4 | red |  |" "$work/out"
expect "markdown case row" grep -qxF \
  "| assessments_45wd | 2024-03 | C2 | A2 | assessments.csv:3 | South | Bob |  | 2024-01-08 | 2024-03-12 | 46 | N | Y | late |" \
  "$work/out"
run show assessments_45wd assessments.csv --month 2024-03 --cases --format json
expect_exit "json" 0
expect "python3 to parse the JSON (scripts/setup installs it)" command -v python3
expect "json parses: 5 cases, numerator 3" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["cases"]) == 5
assert d["indicators"][0]["values"][0]["numerator"] == 3' "$work/out"

# Repeat referrals count calendar days, and say so: C1's referrals of Wed 10 Jan
# and Tue 5 Mar 2024 are 21 + 29 (February 2024) + 5 = 55 calendar days apart.
# C2's is the first in the extracts (partial history): no earlier date, no days.
cat >referrals.csv <<'CSV'
referral_id,child_id,referral_date,team,worker
R1,C1,2024-01-10,North,Ann
R2,C1,2024-03-05,North,Ann
R3,C2,2024-03-06,South,Bob
CSV
run show repeat_referrals_12m referrals.csv --month 2024-03 --cases --format csv -q
expect_text "calendar days" "$work/out" <<'OUT'
id,period,child_id,referral_id,file,line,team,worker,age_band,from,to,calendar_days,numerator,denominator,reason,finding
repeat_referrals_12m,2024-03,C1,R2,referrals.csv,3,North,Ann,,2024-01-10,2024-03-05,55,Y,Y,repeat: earlier referral within the year,
repeat_referrals_12m,2024-03,C2,R3,referrals.csv,4,South,Bob,,,2024-03-06,,N,Y,not a repeat (partial history),
OUT

# Usage errors: exit 2 with a suggestion.
check_error "unknown id" 2 "unknown indicator 'asessments_45wd', did you mean 'assessments_45wd'?" \
  show asessments_45wd assessments.csv
run show assessments_45wd assessments.csv --by colour
expect_exit "bad --by" 2
expect "bad --by: says why" \
  grep -qxF "csc-kpi: error: --by: expected one of team, worker, age_band or month, got 'colour'" \
  "$work/err"

# A missing extract is said, not an error.
run show cp_visits_in_time assessments.csv --month 2024-03 --format csv
expect_exit "missing extract" 0
expect "missing extract: says what is needed" grep -q "needs cp_plans and visits extracts" "$work/out"

finish show
