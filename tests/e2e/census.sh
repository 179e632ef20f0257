#!/usr/bin/env bash
# A CIN census XML file gives the same figures as the CSV extracts of the same
# children (issue 13). gen_authority writes one authority both ways; the
# census holds referrals, assessments, S47 enquiries (with their ICPCs), CP
# plans with their review conferences and CiN plans, so the CSV side is those
# seven files. Every indicator both
# compute must agree, except the five that use a column the census does not
# have (docs/extracts.md, "CIN census XML"): the assessment outcome, the S47
# outcome, the plans' last-visit and last-seen dates, and the referrals'
# previous_referrals_12m (which repeat_referrals_12m uses for referrals whose
# history is older than the extracts).
#   bash tests/e2e/census.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
gen=$(dirname "$exe")/gen_authority
if [[ ! -x $gen ]]; then
  fail "$gen is not built (cmake --build build --target gen_authority)"
  finish census
fi
"$gen" --out "$work/a" --children 4000 --months 24 --end 2025-03 --seed 13 \
  --census "$work/census.xml" >/dev/null
mkdir "$work/csv"
for kind in referrals assessments s47_enquiries icpcs cp_plans cin_plans cp_reviews; do
  cp "$work/a/$kind.csv" "$work/csv/"
done

# check: one report per kind, every element a row, every row used.
run check "$work/census.xml" --format json
expect_exit "check census" 0
python3 - "$work/out" "$work/a" >"$work/counts" 2>&1 <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
files = {f["kind"]: f for f in report["files"]}
ok = True
for kind in ["referrals", "assessments", "s47_enquiries", "cp_plans", "cin_plans", "cp_reviews"]:
    want = sum(1 for _ in open(f"{sys.argv[2]}/{kind}.csv")) - 1
    got = files[kind]
    if got["rows"] != want or got["used"] != want or got["matched"] != "cin-census":
        print(f"{kind}: census rows {got['rows']} used {got['used']}, csv rows {want}")
        ok = False
print("ok" if ok else "differ")
PY
expect "census rows = csv rows, all used" grep -qx ok "$work/counts"

# dashboard: the same figures.
run dashboard "$work/csv" --month 2025-03 --format csv
expect_exit "dashboard csv" 0
cp "$work/out" "$work/from_csv.csv"
run dashboard "$work/census.xml" --month 2025-03 --format csv
expect_exit "dashboard census" 0
cp "$work/out" "$work/from_census.csv"
python3 - "$work/from_csv.csv" "$work/from_census.csv" >"$work/compare" 2>&1 <<'PY'
import csv, sys
lacking = ("assessment_outcomes", "s47_to_cin_plan", "cp_seen_in_time", "cin_seen_in_time",
           "repeat_referrals_12m")
def load(path):
    return {(r["id"], r["period"]): r for r in csv.DictReader(open(path))}
a, b = load(sys.argv[1]), load(sys.argv[2])
compared = bad = 0
for key in sorted(set(a) | set(b)):
    if key[0].split(".")[0] in lacking:
        continue
    x, y = a.get(key), b.get(key)
    if x is None or y is None:
        print("only in one:", key); bad += 1; continue
    fields = ("numerator", "denominator", "value", "missing")
    if any(x[f] != y[f] for f in fields):
        print("differs:", key, [x[f] for f in fields], [y[f] for f in fields]); bad += 1
    elif x["value"]:
        compared += 1
print(f"compared {compared} values, {bad} differ")
print("ok" if bad == 0 and compared > 300 else "not ok")
PY
expect "same figures from census and csv" grep -qx ok "$work/compare"
[[ $(grep -c . "$work/compare") -gt 2 ]] && head -5 "$work/compare"

# Alone, the census has no visits or strategy discussions: the dashboard says
# which indicators need them instead of showing a figure.
expect "census alone: strategy discussions missing" \
  grep -q '^strategy_wt_compliant,.*needs a strategy_discussions extract' "$work/from_census.csv"

# Nor has it the assessment outcome: that indicator says so, with no figure.
expect "census alone: assessment outcomes need the column" \
  grep -q '^assessment_outcomes.nfa,.*,2025-03,,,,.*needs assessments with the outcome column' \
  "$work/from_census.csv"

# In a folder with CSV extracts: the census and the CSVs are read together.
mkdir "$work/mixed"
cp "$work/census.xml" "$work/mixed/"
cp "$work/a/strategy_discussions.csv" "$work/mixed/"
run check "$work/mixed" --quiet
expect_exit "check mixed folder" 0
run dashboard "$work/mixed" --month 2025-03 --format csv
expect "mixed: strategy discussions computed" grep -q '^strategy_wt_compliant,.*,2025-03,[0-9]' "$work/out"

finish census
