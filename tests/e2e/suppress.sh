#!/usr/bin/env bash
# Publication rules and the dashboard by team, on a tiny extract worked out by
# hand: --suppress in every format (a count of 3 is [c], a percentage over 4
# cases is [c], a count of 0 stays 0, no RAG or trend for a suppressed figure),
# its thresholds from the command line and the config file, the [low] marker,
# its refusal where children are listed, and dashboard --by team.
#   bash tests/e2e/suppress.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
mkdir "$work/in"
cd "$work/in" || exit 1

# March 2024: 3 referrals (none in February). Assessments authorised in March
# (England and Wales): A1 Mon 8 Jan -> Mon 11 Mar, working day 45, in time; A2
# -> Tue 12 Mar, day 46, late; A4 Sat 2 Mar -> Mon 4 Mar, day 1; A5 same day.
# assessments_45wd: 3 / 4 = 75%. By team: North A1, A4: 2 / 2 = 100% (G
# against 90); South A2, A5: 1 / 2 = 50% (R).
cat >referrals.csv <<'CSV'
referral_id,child_id,referral_date
R1,C1,2024-03-04
R2,C2,2024-03-05
R3,C3,2024-03-06
CSV
cat >assessments.csv <<'CSV'
assessment_id,child_id,start_date,authorised_date,outcome,team,worker
A1,C1,2024-01-08,2024-03-11,nfa,North,Ann
A2,C2,2024-01-08,2024-03-12,cin,South,Bob
A4,C4,2024-03-02,2024-03-04,other,North,Ann
A5,C5,2024-03-15,2024-03-15,,South,Bob
CSV
files=(referrals.csv assessments.csv --month 2024-03 --months 2 --allow-empty --quiet)

# Without --suppress, the figures as they are.
run dashboard "${files[@]}" --format csv
expect "csv: 3 referrals in March" grep -q '^referrals,Referrals,count,2024-03,3,,3,' "$work/out"
expect "csv: 3 of 4 in time" grep -q '^assessments_45wd,.*,2024-03,3,4,75,90,red,' "$work/out"

run dashboard "${files[@]}" --suppress --format csv
expect_exit "--suppress csv" 0
expect "csv: a count of 3 is [c]" grep -q '^referrals,Referrals,count,2024-03,\[c\],,\[c\],,,N,[YN],N,$' "$work/out"
expect "csv: a count of 0 stays 0" grep -q '^referrals,Referrals,count,2024-02,0,,0,,,N,[YN],N,$' "$work/out"
expect "csv: a percentage over 4 is [c], with no RAG" \
  grep -q '^assessments_45wd,.*,2024-03,\[c\],\[c\],\[c\],90,,N,[YN],N,$' "$work/out"
expect "csv: no number of a suppressed figure is left" test "$(grep -c ',3,4,' "$work/out")" -eq 0

run dashboard "${files[@]}" --suppress --format json
expect "json: a suppressed figure is null and says so" python3 - "$work/out" <<'PY'
import json, sys
d = {i["id"]: i for i in json.load(open(sys.argv[1]))["indicators"]}
march = {i: {v["period"]: v for v in d[i]["values"]}["2024-03"] for i in ("referrals", "assessments_45wd")}
feb = {v["period"]: v for v in d["referrals"]["values"]}["2024-02"]
ok = all(march[i]["numerator"] is None and march[i]["denominator"] is None
         and march[i]["value"] is None and march[i]["suppressed"] is True for i in march)
ok = ok and feb["numerator"] == 0 and "suppressed" not in feb
ok = ok and d["assessments_45wd"]["rag"] is None and d["assessments_45wd"]["trend"] is None
sys.exit(0 if ok else 1)
PY

run dashboard "${files[@]}" --suppress
expect "table: [c] for the count" grep -qE '^referrals +0 +\[c\]' "$work/out"
expect "table: [c] for the percentage, no RAG" grep -qE '^assessments_45wd +- +\[c\] .* 90%$' "$work/out"
run dashboard "${files[@]}" --suppress --format markdown
expect "markdown: [c]" grep -qF '| Referrals | `referrals` | 0 | [c] |' "$work/out"

# The Board report and the workbook: [c] in place of the numbers.
run dashboard "${files[@]}" --suppress --format html
expect "html: [c] for the count, marked suppressed" \
  grep -qE 'data-id="referrals" data-period="2024-03" data-suppressed[^>]*>\[c\]' "$work/out"
expect "html: no value of a suppressed figure" \
  test "$(grep -oE 'data-id="assessments_45wd" data-period="2024-03"[^>]*data-value="[^"]*"' "$work/out" | wc -l)" -eq 0
run dashboard "${files[@]}" --suppress --format xlsx --output "$work/board.xlsx"
expect_exit "xlsx --suppress" 0
expect "xlsx: [c] in the Dashboard and Long sheets, 0 stays 0" /usr/bin/python3 - "$work/board.xlsx" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
dash = list(book["Dashboard"].iter_rows(values_only=True))
header = dash[0]
rows = {r[0]: dict(zip(header, r)) for r in dash[1:]}
ok = rows["referrals"]["2024-03"] == "[c]" and rows["referrals"]["2024-02"] == 0
ok = ok and rows["assessments_45wd"]["2024-03"] == "[c]" and not rows["assessments_45wd"]["RAG"]
long = list(book["Long"].iter_rows(values_only=True))
cols = long[0]
march = [dict(zip(cols, r)) for r in long[1:] if r[0] == "assessments_45wd" and r[3] == "2024-03"][0]
ok = ok and march["numerator"] == "[c]" and march["denominator"] == "[c]" and march["value"] == "[c]"
sys.exit(0 if ok else 1)
PY
check_error "xlsx --cases --suppress" 2 \
  "--suppress does not apply to --cases: a list of children is never published (drop --cases from the published workbook)" \
  dashboard "${files[@]}" --suppress --format xlsx --cases --output "$work/board.xlsx"

# The threshold from the command line and from the config file.
run dashboard "${files[@]}" --suppress --suppress-max 2 --format csv
expect "--suppress-max 2: a count of 3 is shown" grep -q '^referrals,Referrals,count,2024-03,3,,3,' "$work/out"
printf 'suppress = true\nsuppress_max = 2\n' >publish.toml
run dashboard "${files[@]}" --config publish.toml --format csv
expect "config suppress_max = 2: shown" grep -q '^assessments_45wd,.*,2024-03,3,4,75,90,red,' "$work/out"
printf '[dashboard]\nsuppress = true\n' >publish.toml
run dashboard "${files[@]}" --config publish.toml --format csv
expect "config [dashboard] suppress: [c]" grep -q '^referrals,Referrals,count,2024-03,\[c\],' "$work/out"
# due has no suppress to take from the top level: the config does not break it.
printf 'suppress = true\n' >publish.toml
run due assessments.csv --as-at 2024-03-20 --config publish.toml --quiet
expect_exit "a top-level suppress leaves due alone" 0

# [low] marks a percentage over fewer cases than --low-base, when not suppressing.
run dashboard "${files[@]}" --low-base 10
expect "table: [low]" grep -qE '^assessments_45wd +- +75\.0% \[low\]' "$work/out"
run dashboard "${files[@]}" --low-base 10 --format html
expect "html: [low] once" grep -q '>75.0% \[low\]<' "$work/out"
run dashboard "${files[@]}" --low-base 10 --format csv
expect "csv: the low column" grep -q '^assessments_45wd,.*,2024-03,3,4,75,90,red,N,[YN],Y,$' "$work/out"
run dashboard "${files[@]}" --low-base 4 --format csv
expect "--low-base 4: 4 cases are not low" grep -q '^assessments_45wd,.*,2024-03,3,4,75,90,red,N,[YN],N,$' "$work/out"

# Lists of children refuse --suppress.
check_error "show --cases --suppress" 2 \
  "--suppress does not apply to --cases: a list of children is never published (suppress the figures without --cases, or publish the dashboard)" \
  show assessments_45wd "${files[@]}" --cases --suppress
check_error "due --suppress" 2 \
  "--suppress does not apply to due: it lists children, who are never published (suppress the dashboard instead)" \
  due assessments.csv --suppress
run show assessments_45wd "${files[@]}" --suppress --format csv
expect "show --suppress: the figure is [c]" grep -q '^assessments_45wd,2024-03,\[c\],\[c\],\[c\],' "$work/out"

# The dashboard by team: the reporting month, one column per team.
run dashboard "${files[@]}" --by team
expect_exit "--by team" 0
expect "by team: the header" grep -qE '^Indicator +Tgt +North +South +\(not recorded\)$' "$work/out"
expect "by team: North 100% G, South 50% R" grep -qE '^assessments_45wd +90% +100% G +50\.0% R *$' "$work/out"
expect "by team: referrals without a team" grep -qE '^referrals +3$' "$work/out"
run dashboard "${files[@]}" --by team --format csv
expect "by team csv: long form" grep -qx 'assessments_45wd,Assessments completed within 45 working days,percent,2024-03,South,1,2,50,90,red,N' "$work/out"
run dashboard "${files[@]}" --by worker --format json
expect "by worker json" python3 - "$work/out" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))["by_group"]
rows = {i["id"]: i["values"] for i in g["indicators"]}
ann = [v for v in rows["assessments_45wd"] if v["group"] == "Ann"][0]
sys.exit(0 if g["by"] == "worker" and g["period"] == "2024-03" and g["groups"][:2] == ["Ann", "Bob"]
         and ann["numerator"] == 2 and ann["denominator"] == 2 and ann["rag"] == "green" else 1)
PY
run dashboard "${files[@]}" --by team --suppress --format csv
expect "by team with --suppress: 2 of 2 is [c]" \
  grep -qx 'assessments_45wd,Assessments completed within 45 working days,percent,2024-03,North,\[c\],\[c\],\[c\],90,,N' "$work/out"

finish suppress
