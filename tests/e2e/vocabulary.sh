#!/usr/bin/env bash
# One vocabulary: every CSV column and JSON key that any command writes is a
# name of the table in docs/usage.md, "Vocabulary of CSV and JSON output". Runs
# every command in csv and json on samples/ (show on every family, with its
# cases and broken down), then checks each header and each key with python3.
# A column added without a line in that table fails here, and so does a line
# of the table that no output uses any more.
#   bash tests/e2e/vocabulary.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
root=$(cd "$(dirname "$0")/../.." && pwd)
samples=$root/samples
mkdir "$work/outputs"

# A closures file, so that the provenance lists a calendar file.
printf 'date,name\n2017-12-27,Office closure\n' >"$work/closures.csv"

# produce NAME ARGS...: runs csc-kpi ARGS into outputs/NAME, which must succeed.
produce() {
  local name=$1
  shift
  run "$@"
  expect_exit "csc-kpi $*" 0
  cp "$work/out" "$work/outputs/$name"
}

families=$("$exe" indicators --format csv | tail -n +2 | cut -d, -f1 | cut -d. -f1 | sort -u)
expect "the catalogue lists families" test -n "$families"
for format in csv json; do
  produce "dashboard_by_team.$format" dashboard "$samples" --by team --low-base 50 --format "$format"
  produce "dashboard_suppressed.$format" dashboard "$samples" --by worker --suppress --format "$format"
  produce "dashboard.$format" dashboard "$samples" --closures "$work/closures.csv" \
    --provenance --format "$format" -q
  produce "indicators.$format" indicators --format "$format"
  produce "due.$format" due "$samples" --format "$format" -q
  produce "check.$format" check "$samples" --format "$format" -q
  produce "workdays.$format" workdays 2024-12-20 2025-01-06 --format "$format"
  produce "workdays_add.$format" workdays --add 2024-12-20 5 --format "$format"
  produce "holidays.$format" holidays 2024 2025 --format "$format"
  produce "show.$format" show assessments_45wd "$samples" --format "$format" -q
  produce "show_by_team.$format" show assessments_45wd "$samples" --by team --format "$format" -q
  produce "show_by_month.$format" show referrals "$samples" --by month --format "$format" -q
  for family in $families; do
    produce "show_cases_$family.$format" show "$family" "$samples" --cases --months 3 \
      --format "$format" -q
  done
done

# Every name written, with the file it first appeared in; the keys of an
# `excluded` or `findings` object are data (the reasons), not names, and are
# not checked. No output uses period labels or indicator ids as keys.
expect "every CSV column and JSON key is in docs/usage.md's vocabulary, and only those" \
  python3 - "$root/docs/usage.md" "$work/outputs" <<'PY'
import csv, json, os, re, sys

doc, outputs = sys.argv[1], sys.argv[2]
text = open(doc, encoding="utf-8").read()
section = text.split("## Vocabulary of CSV and JSON output", 1)
if len(section) != 2:
    sys.exit("docs/usage.md has no section 'Vocabulary of CSV and JSON output'")
section = section[1].split("\n## ", 1)[0]
documented = set(re.findall(r"^\| `([^`]+)` \|", section, re.M))
if len(documented) < 20:
    sys.exit(f"only {len(documented)} names found in the vocabulary table")

DATA_KEYS = {"excluded", "findings"}  # objects keyed by reason
seen = {}

def walk(value, where):
    if isinstance(value, dict):
        for key, child in value.items():
            seen.setdefault(key, where)
            if key in DATA_KEYS and isinstance(child, dict):
                continue
            walk(child, where)
    elif isinstance(value, list):
        for child in value:
            walk(child, where)

files = sorted(os.listdir(outputs))
if not files:
    sys.exit("no outputs")
for name in files:
    path = os.path.join(outputs, name)
    with open(path, encoding="utf-8") as f:
        if name.endswith(".json"):
            walk(json.load(f), name)
        else:
            lines = [line for line in f if not line.startswith("#")]
            for column in next(csv.reader(lines)):
                seen.setdefault(column, name)
missing = sorted(name for name in seen if name not in documented)
for name in missing:
    print(f"  '{name}' (in {seen[name]}) is not in the vocabulary of docs/usage.md")
# And the other way: a documented name that nothing writes is out of date.
stale = sorted(documented - set(seen))
for name in stale:
    print(f"  '{name}' is in the vocabulary of docs/usage.md but no output has it")
sys.exit(1 if missing or stale else 0)
PY

finish vocabulary
