#!/usr/bin/env bash
# Unattended runs (issue 9): copies of samples/ with the mistakes a pipeline
# meets, each of which must either give the right report or stop with a clear
# reason. Run from the repository root:  bash tests/e2e/unattended.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"

contains() { grep -qF -- "$2" "$1"; }
copy() { rm -rf "$work/$1" && cp -r samples "$work/$1"; }

# --- the period comes from the coverage, and says why ---
"$exe" dashboard samples/ --format json >"$work/plain.json" 2>"$work/plain.err"
expect "samples: reporting month and its reason on stderr" \
  contains "$work/plain.err" "csc-kpi: reporting month 2025-03: the latest month the extracts cover (extract date 2025-03-31)"

# A visit date mistyped as 2052: same month, a finding at its line, due unchanged
# (the child was seen again on 26 March, so the lost visit changes nothing).
copy typo
sed -i '223s/2025-03-06/2052-03-06/' "$work/typo/visits.csv"
expect "typo: the row is the one changed" contains "$work/typo/visits.csv" "V0000383,C0000075,2052-03-06"
"$exe" dashboard "$work/typo" --format json >"$work/typo.json" 2>"$work/typo.err"
expect "typo: exit 0" test $? -eq 0
expect "typo: month unchanged" contains "$work/typo.err" "reporting month 2025-03:"
expect "typo: finding at its line" \
  contains "$work/typo.err" "typo/visits.csv:223: visit_date 2052-03-06 is after 2025-03, the latest month in the extracts"
# The same rows but for the folder in the file column (13th).
"$exe" due samples/ -q --format csv | cut -d, -f1-12,14 >"$work/due_samples"
"$exe" due "$work/typo" -q --format csv | cut -d, -f1-12,14 >"$work/due_typo"
expect "typo: due unchanged" cmp -s "$work/due_samples" "$work/due_typo"

# A required column renamed: exit 1, the file and the columns found named, no output.
copy renamed
sed -i '1s/referral_date/date_of_referral_x/' "$work/renamed/referrals.csv"
"$exe" dashboard "$work/renamed" --strict -q --output "$work/renamed.out" 2>"$work/renamed.err"
expect "renamed: exit 1" test $? -eq 1
expect "renamed: no output written" test ! -e "$work/renamed.out"
expect "renamed: names the file, the column and the columns found" contains "$work/renamed.err" \
  "csc-kpi: error: $work/renamed/referrals.csv: missing required column 'referral_date' for referrals (columns found: referral_id, child_id, date_of_referral_x,"
expect "renamed: says how to go on" contains "$work/renamed.err" \
  "csc-kpi: error: a file could not be read: nothing was reported (fix it, or give --skip-bad-files to report without it)"
# --skip-bad-files: the report, saying which kind is missing and why.
"$exe" dashboard "$work/renamed" --skip-bad-files -q --output "$work/skipped.out"
expect "skip-bad-files: exit 0" test $? -eq 0
expect "skip-bad-files: the missing kind and why" contains "$work/skipped.out" \
  "(needs a referrals extract: $work/renamed/referrals.csv could not be read)"

# A CSV that is no extract is a warning, and an error with --strict.
copy notes
printf 'name,phone\nAnn,123\n' >"$work/notes/phone_list.csv"
"$exe" dashboard "$work/notes" -q >/dev/null
expect "not an extract: a warning only" test $? -eq 0
"$exe" dashboard "$work/notes" --strict -q >/dev/null 2>"$work/notes.err"
expect "not an extract: an error with --strict" test $? -eq 1

# The visits extract cut off at 15 February: the latest month every extract covers.
copy cut
awk -F, 'NR == 1 || $3 <= "2025-02-15"' samples/visits.csv >"$work/cut/visits.csv"
"$exe" dashboard "$work/cut" --format json >"$work/cut.json" 2>"$work/cut.err"
expect "cut: reporting month January, visits named" contains "$work/cut.err" \
  "reporting month 2025-01: the latest month every extract covers (extract date 2025-03-31; visits end 2025-02-15)"

# March asked for: the months visits do not cover are flagged in every format.
"$exe" dashboard "$work/cut" --month 2025-03 --format json -q >"$work/cut_march.json"
expect "cut: March flagged in JSON" python3 - "$work/cut_march.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = {i["id"]: i for i in d["indicators"]}
v = {x["period"]: x for x in s["cp_visits_in_time"]["values"]}
ok = v["2025-03"].get("partial_coverage") and v["2025-02"].get("partial_coverage")
ok = ok and not v["2025-01"].get("partial_coverage")
ok = ok and s["cp_visits_in_time"]["rolling_3m"].get("partial_coverage")
ok = ok and not any(x.get("partial_coverage") for x in s["referrals"]["values"])
# The seen-in-time snapshot reads visits when there are any: flagged at month ends after 15 Feb.
w = {x["period"]: x for x in s["cp_seen_in_time"]["values"]}
ok = ok and w["2025-03"].get("partial_coverage") and w["2025-02"].get("partial_coverage")
ok = ok and not w["2025-01"].get("partial_coverage")
sys.exit(0 if ok else 1)
PY
"$exe" dashboard "$work/cut" --month 2025-03 -q >"$work/cut_march.txt"
expect "cut: the table's note names the figures" contains "$work/cut_march.txt" \
  "Partial coverage: an extract these figures need does not cover the whole period"
"$exe" dashboard "$work/cut" --month 2025-03 --format markdown -q >"$work/cut_march.md"
expect "cut: the markdown's note" contains "$work/cut_march.md" '`cp_visits_in_time` Feb25-Mar25, 3m'
"$exe" dashboard "$work/cut" --month 2025-03 --format csv -q >"$work/cut_march.csv"
expect "cut: the csv's column" grep -q '^cp_visits_in_time,.*,2025-03,.*,Y,N,$' "$work/cut_march.csv"

# Provenance: every extract with its coverage, and byte-identical runs.
expect "provenance lists every extract with its coverage" python3 - "$work/plain.json" <<'PY'
import json, os, sys
p = json.load(open(sys.argv[1]))["provenance"]
files = sorted("samples/" + f for f in os.listdir("samples") if f.endswith(".csv"))
ok = sorted(e["file"] for e in p["extracts"]) == files
ok = ok and all(e["coverage_end"] == "2025-03-31" and e["first_date"] and e["last_date"] for e in p["extracts"])
ok = ok and p["period"] == "2025-03" and p["extract_date"] == "2025-03-31"
ok = ok and p["calendar"]["division"] == "england-and-wales" and p["tool"].startswith("csc-kpi ")
sys.exit(0 if ok else 1)
PY
"$exe" dashboard samples/ --format json -q >"$work/again.json"
expect "two runs are byte-identical" cmp -s "$work/plain.json" "$work/again.json"
for command in "show assessments_45wd" due check; do
  "$exe" $command samples/ --format json -q >"$work/p.json" 2>/dev/null
  expect "$command: JSON provenance" contains "$work/p.json" '"provenance": {'
  "$exe" $command samples/ -q >"$work/p.txt" 2>/dev/null
  expect "$command: table footer" contains "$work/p.txt" "Provenance:"
done
"$exe" dashboard samples/ --format csv -q >"$work/plain.csv"
expect "plain csv has no comments" bash -c "head -1 '$work/plain.csv' | grep -q '^id,'"
"$exe" dashboard samples/ --format csv --provenance -q >"$work/prov.csv"
expect "--provenance: '#' lines first" bash -c "head -1 '$work/prov.csv' | grep -q '^# csc-kpi '"

# --month outside the data: exit 1 naming the data's range, then --allow-empty.
check_error "month after the data" 1 \
  "the reporting month 2026-05 is wholly after the data, which runs from 2023-04-02 to 2025-03-31 (give --allow-empty to report it anyway)" \
  dashboard samples/ --month 2026-05 -q
check_error "month before the data" 1 \
  "the reporting month 2020-01 is wholly before the data, which runs from 2023-04-02 to 2025-03-31 (give --allow-empty to report it anyway)" \
  show referrals samples/ --month 2020-01 -q
"$exe" dashboard samples/ --month 2026-05 --allow-empty -q >"$work/empty.out"
expect "--allow-empty: exit 0" test $? -eq 0
expect "--allow-empty: the month asked" contains "$work/empty.out" "Dashboard for 2026-05"
# --as-at: the latest month ending by the extract date.
"$exe" dashboard samples/ --as-at 2025-03-30 --format json -q >"$work/asat.json"
expect "--as-at inside March: February" contains "$work/asat.json" '"periods": ["2024-03"'
check_error "--month and --as-at" 2 \
  "give --month or --as-at, not both (--month reports that month; --as-at reports the latest month ending by the extract date)" \
  dashboard samples/ --month 2025-03 --as-at 2025-03-31

# due from an Annex A return: with no visits extract, List 7's last visit dates
# are the last visits, and the as-at date (the extract date) is not before them.
# Referrals run to Fri 26 Feb 2021; the last visits go to Fri 5 Mar 2021.
mkdir -p "$work/annex"
cat >"$work/annex/List_3.csv" <<'CSV'
Child Unique ID,Date of referral,Referral Source,Referral NFA?,Allocated Team,Allocated Worker
A1,01/02/2021,Police,No,Safeguarding North,Worker A
A2,26/02/2021,Schools,No,Safeguarding North,Worker B
CSV
cat >"$work/annex/List_7.csv" <<'CSV'
Child Unique ID,Date of Birth,Child Protection Plan Start Date,Initial Category of Abuse,Date of the Last Statutory Visit,Child Protection Plan End Date,Number of Previous Child Protection Plans,Allocated Team,Allocated Worker
A1,14/03/2012,06/06/2011,a) Neglect,05/03/2021,,0,Safeguarding North,Worker A
A2,01/01/2015,01/02/2021,a) Neglect,17/02/2021,,0,Safeguarding North,Worker B
CSV
# As at Fri 5 Mar 2021: A1 seen that day (due 19 Mar: not listed); A2 seen Wed
# 17 Feb, due Wed 3 Mar (Feb 18-19, 22-26, Mar 1-3 = 10), 2 working days overdue.
"$exe" due "$work/annex" --format csv -q >"$work/annex.csv"
expect "annex due: exit 0" test $? -eq 0
expect "annex due: A1 seen on the as-at date is not listed" bash -c "! grep -q '^[^,]*,[^,]*,A1,' '$work/annex.csv'"
expect "annex due: A2 two working days overdue from its last visit" \
  grep -q 'A2,cp_visit,,,,last visit,2021-02-17,2021-03-03,2,' "$work/annex.csv"
"$exe" due "$work/annex" >"$work/annex.txt" 2>/dev/null
expect "annex due: as at the extract date" contains "$work/annex.txt" "Due at 2021-03-05"

# --version: CMake's version, and the commit when built from git.
"$exe" --version >"$work/version"
expect "--version: exit 0" test $? -eq 0
expect "--version: the version line" grep -qE '^csc-kpi [0-9]+\.[0-9]+\.[0-9]+( \(commit [0-9a-f]+\))?$' "$work/version"

finish unattended
