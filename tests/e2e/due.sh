#!/usr/bin/env bash
# `due`: on a small hand-checked set of extracts made here (exact csv output),
# and on samples/ in each format against tests/e2e/expected/ (UPDATE=1 rewrites
# those). Run from the repository root:  bash tests/e2e/due.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"

# As at Thursday 30 November 2017 (no bank holiday in November 2017).
mkdir "$work/x"
cat >"$work/x/cp_plans.csv" <<'CSV'
plan_id,child_id,start_date,end_date,team,worker
P1,C1,02/10/2017,,North,Ann
P2,C2,27/11/2017,,North,Bob
P3,C3,20/11/2017,,North,Ann
P4,C4,02/01/2017,15/11/2017,North,Ann
CSV
cat >"$work/x/visits.csv" <<'CSV'
visit_id,child_id,visit_date,visit_type,plan_id,seen
V1,C1,10/11/2017,cp,P1,Y
V2,C1,20/11/2017,cp,P1,N
V3,C1,01/12/2017,cp,P1,Y
CSV
cat >"$work/x/assessments.csv" <<'CSV'
assessment_id,child_id,start_date,authorised_date,team,worker
A7,C7,29/09/2017,,South,Cat
A9,C9,01/09/2017,29/11/2017,South,Cat
CSV
# C1: seen Fri 10 Nov (the unseen visit of 20 Nov does not count; 1 Dec is after
#     the as-at date): day 10 is Fri 24 Nov; 27-30 Nov: 4 working days overdue.
# C2: from Mon 27 Nov: due Mon 11 Dec, 7 working days left: beyond 5, not listed.
# C3: from Mon 20 Nov: day 10 is Mon 4 Dec: 2 left (1 and 4 Dec).
# C4: plan ended. A9: authorised.
# A7: from Fri 29 Sep: 22 working days in October, day 45 is Fri 1 Dec: 1 left.
# The plan's id goes under plan_id, the assessment's under assessment_id; file
# and line say where the row was read.
cat >"$work/want.csv" <<CSV
team,worker,child_id,kind,plan_id,episode_id,assessment_id,reference,reference_date,due_date,working_days,overdue,file,line
North,Ann,C1,cp_visit,P1,,,last visit,2017-11-10,2017-11-24,4,Y,$work/x/cp_plans.csv,2
North,Ann,C3,cp_visit,P3,,,plan start,2017-11-20,2017-12-04,-2,N,$work/x/cp_plans.csv,4
South,Cat,C7,assessment,,,A7,start,2017-09-29,2017-12-01,-1,N,$work/x/assessments.csv,2
CSV
check "due --format csv on the hand-checked extracts" 0 \
  due "$work/x" --as-at 2017-11-30 --format csv --quiet <"$work/want.csv"
# --within 1 leaves out C3 (2 working days left); --as-at takes any extract date format.
check "due --within 1" 0 due "$work/x" --as-at 30/11/2017 --within 1 --format csv --quiet \
  < <(grep -v ',C3,' "$work/want.csv")
# Inclusive counting: 10 Nov is day 1, so C1 is due Thu 23 Nov, 5 overdue.
run due "$work/x" --as-at 2017-11-30 --count inclusive --format csv --quiet
expect_exit "due --count inclusive" 0
expect "due --count inclusive: C1 due 23 Nov, 5 overdue" \
  grep -qxF "North,Ann,C1,cp_visit,P1,,,last visit,2017-11-10,2017-11-23,5,Y,$work/x/cp_plans.csv,2" "$work/out"

check_error "a bad --as-at is a usage error" 2 \
  "--as-at: expected a date (YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY), got '2017-02-30'" \
  due "$work/x" --as-at 2017-02-30
check_error "a bad --by is a usage error" 2 "--by: expected team or worker, got 'child'" \
  due "$work/x" --by child

# samples/: every format against the expected files.
compare due.txt 0 due samples --as-at 2025-03-31 --format table --quiet
compare due.csv 0 due samples --as-at 2025-03-31 --format csv --quiet
compare due.json 0 due samples --as-at 2025-03-31 --format json --quiet
compare due.md 0 due samples --as-at 2025-03-31 --format markdown --quiet

finish due
