#!/usr/bin/env bash
# The --config file: the examples of README.md and docs/usage.md run exactly as
# printed, TOML that CLI11's subset got wrong (a comment on a section line),
# mistakes at file:line:col with suggestions (exit 2), file names relative to
# the config file's folder, and which value wins.
#   bash tests/e2e/config.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
root=$(pwd)

# The first ```toml block after the heading $2 in the markdown file $1.
toml_block() {
  python3 - "$1" "$2" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
after = text[text.index(sys.argv[2]):]
start = after.index("```toml\n") + len("```toml\n")
sys.stdout.write(after[start:after.index("```", start)])
PY
}

# The value of a JSON path in $work/out ("indicators[id=assessments_45wd].target").
json() {
  python3 - "$work/out" "$1" <<'PY'
import json, re, sys
try:
    data = json.load(open(sys.argv[1]))
except ValueError:
    sys.exit("no JSON on stdout")
for part in re.findall(r"indicators\[id=[^\]]*\]|[^.]+", sys.argv[2]):
    if part.startswith("indicators[id="):
        data = next(i for i in data["indicators"] if i["id"] == part[len("indicators[id="):-1])
    elif isinstance(data, list):
        data = data[int(part)]
    else:
        data = data[part]
print(json.dumps(data))
PY
}

# --- The README's example, as printed, in a folder of its own with its closures.
mkdir -p "$work/readme"
toml_block README.md "## Local standards in one file" >"$work/readme/anytown.toml"
printf 'date,name\n2025-03-14,Office move\n' >"$work/readme/closures.csv"
run dashboard samples/ --config "$work/readme/anytown.toml" --month 2025-03 --format json --quiet
expect_exit "README config" 0
expect "README: the target of assessments_45wd is 85" \
  test "$(json 'indicators[id=assessments_45wd].target')" = 85
expect "README: the target of cp_visits_in_time is 90" \
  test "$(json 'indicators[id=cp_visits_in_time].target')" = 90
# The closures file is found next to the config, not in the current folder.
expect "README: closures.csv is read from the config's folder" \
  grep -q "readme/closures.csv" "$work/out"
# The same run from another folder reads the same files.
(cd "$work" && "$exe" dashboard "$root/samples" --config readme/anytown.toml --month 2025-03 \
  --format json --quiet >"$work/out2" 2>"$work/err2")
expect "README: the config works from any folder" test $? -eq 0

# --- docs/usage.md's example, as printed.
mkdir -p "$work/usage"
toml_block docs/usage.md "## The config file" >"$work/usage/standards.toml"
printf 'date,name\n2025-03-21,Training day\n' >"$work/usage/closures-2017.csv"
run dashboard samples/ --config "$work/usage/standards.toml" --month 2025-03 --format json --quiet
expect_exit "usage.md config" 0
expect "usage.md: [dashboard] months = 13" test "$(json 'periods' | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 13
expect "usage.md: a dotted sub-id target" \
  test "$(json 'indicators[id=strategy_wt_compliant.police].target')" = 95
expect "usage.md: \"none\" drops a default target" \
  test "$(json 'indicators[id=cla_review_participation].target')" = null
# The command line wins over the section, which wins over the top level.
run dashboard samples/ --config "$work/usage/standards.toml" --month 2025-03 --months 2 \
  --format json --quiet
expect "--months on the command line wins over [dashboard]" \
  test "$(json 'periods')" = '["2025-02", "2025-03"]'
printf 'months = 4\n[dashboard]\nmonths = 3\n' >"$work/order.toml"
run dashboard samples/ --config "$work/order.toml" --month 2025-03 --format json --quiet
expect "[dashboard] wins over the top level" test "$(json 'periods.0')" = '"2025-01"'
printf 'months = 4\n' >"$work/order.toml"
run show assessments_45wd samples/ --config "$work/order.toml" --month 2025-03 --format json --quiet
expect_exit "a top-level option applies to the commands that have it" 0
expect "show takes months from the top level" test "$(json 'indicators.0.values.3.period')" = '"2025-03"'
expect "show: four months" test "$(json 'indicators.0.values.0.period')" = '"2024-12"'
run check samples/ --config "$work/order.toml" --format json --quiet
expect_exit "a command without that option runs with it in the file" 0

# --- TOML that the old reader got wrong.
printf '[dashboard]   # options of one command\nmonths = 2\n' >"$work/comment.toml"
run dashboard samples/ --config "$work/comment.toml" --month 2025-03 --format json --quiet
expect "a comment on a section line keeps the section" test "$(json 'periods')" = '["2025-02", "2025-03"]'
printf 'format = "csv"\ncount = "inclusive"\n[dashboard]\nformat = "json"\n' >"$work/format.toml"
run dashboard samples/ --config "$work/format.toml" --month 2025-03 --quiet
expect "format in [dashboard]" test "$(json 'calendar.count')" = '"inclusive"'
run due samples/ --config "$work/format.toml" --quiet
expect "format at the top level applies to due" grep -q '^team,' "$work/out"

# --- Mistakes: exit 2, file:line:col:, the full key, a suggestion.
cd "$work" || exit 1
printf 'division = "england-and-wales"\n\n[dashbord]\nmonths = 13\n' >bad.toml
check_error "misspelt section" 2 "bad.toml:3:2: unknown section '[dashbord]', did you mean '[dashboard]'?" \
  dashboard "$root/samples" --config bad.toml
printf '[dashboard]\nmnths = 13\n' >bad.toml
check_error "misspelt key" 2 "bad.toml:2:1: unknown key 'dashboard.mnths', did you mean 'dashboard.months'?" \
  dashboard "$root/samples" --config bad.toml
printf 'divison = "scotland"\n' >bad.toml
check_error "misspelt top-level key" 2 "bad.toml:1:1: unknown key 'divison', did you mean 'division'?" \
  workdays 2024-01-01 2024-01-10 --config bad.toml
printf '# Anytown\ndivision = "scotlnd"\n' >bad.toml
check_error "misspelt value" 2 "bad.toml:2:12: division: expected one of england-and-wales, scotland, northern-ireland or none, got 'scotlnd' (did you mean 'scotland'?)" \
  holidays 2024 --config bad.toml
printf '[dashboard]\nmonths = "13"\n' >bad.toml
check_error "wrong type" 2 "bad.toml:2:10: dashboard.months: expected a whole number, got a string (\"13\")" \
  dashboard "$root/samples" --config bad.toml
printf '[show]\nmonths = 200\n' >bad.toml
check_error "a bad value in another command's section is still an error" 2 \
  "bad.toml:2:10: show.months: expected a whole number of months from 1 to 120, got '200'" \
  dashboard "$root/samples" --config bad.toml
printf 'strict = "yes"\n' >bad.toml
check_error "a flag takes true or false" 2 "bad.toml:1:10: strict: expected true or false, got a string (\"yes\")" \
  indicators --config bad.toml
printf 'this is not toml\n' >bad.toml
run indicators --config bad.toml
expect_exit "not TOML" 2
expect "not TOML: at its line and column" grep -q '^csc-kpi: error: bad.toml:1:[0-9]*: ' "$work/err"
printf 'config = "other.toml"\n' >bad.toml
check_error "config cannot name a config" 2 "bad.toml:1:1: unknown key 'config'" indicators --config bad.toml
mkdir -p conf
printf 'closures = "closures.csv"\n' >conf/standards.toml
check_error "a missing closures file: the reason and the config line" 2 \
  "conf/standards.toml:1:12: closures: cannot read 'conf/closures.csv' (no such file or directory)" \
  holidays 2024 --config conf/standards.toml
# The misspelt README line of README.md's own message.
sed 's/^cp_visit_days/cp_visit_dayz/' "$work/readme/anytown.toml" >"$work/readme/misspelt.toml"
check_error "README's example message" 2 \
  "$work/readme/misspelt.toml:16:1: unknown key 'timescales.cp_visit_dayz', did you mean 'timescales.cp_visit_days'?" \
  dashboard "$root/samples" --config "$work/readme/misspelt.toml"
grep -qF "anytown.toml:16:1: unknown key 'timescales.cp_visit_dayz'" "$root/README.md"
expect "README.md quotes that message" test $? -eq 0
check_error "a binary file" 2 "/bin/ls: not a config file: it is not text (a TOML file is UTF-8 text)" \
  indicators --config /bin/ls
check_error "a missing config" 2 "--config: cannot read 'nowhere.toml' (no such file or directory)" \
  indicators --config nowhere.toml

finish config
