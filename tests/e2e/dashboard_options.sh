#!/usr/bin/env bash
# `dashboard` options and errors on a tiny extract made here: usage errors
# (exit 2) before any file is read, a --config file setting the division, a
# target and a timescale, config errors (exit 1) naming file:line, and --quiet.
#   bash tests/e2e/dashboard_options.sh build/csc-kpi
set -u
exe=${1:?usage: bash tests/e2e/dashboard_options.sh PATH_TO_CSC_KPI}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {
  echo "FAIL: $*"
  failed=1
}

# expect_error EXIT MESSAGE ARGS...: the exit code and the exact stderr line.
expect_error() {
  local want_exit=$1 want=$2
  shift 2
  "$exe" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  [[ $code -eq $want_exit ]] || fail "exit $code, expected $want_exit: csc-kpi $*"
  grep -qxF -- "$want" "$work/err" || {
    fail "stderr of csc-kpi $* lacks: $want"
    diff <(echo "$want") "$work/err"
  }
  [[ -s $work/out ]] && fail "stdout not empty on error: csc-kpi $*"
}

cat >"$work/referrals.csv" <<'CSV'
referral_id,child_id,referral_date,nfa
R1,C1,2017-10-02,N
R2,C2,2017-11-15,Y
R3,C3,2017-11-30,N
CSV

expect_error 2 "csc-kpi: error: no extracts given (expected CSV files or folders of them)" \
  dashboard
expect_error 2 "csc-kpi: error: invalid --month '2017-13' (expected YYYY-MM from 1990-01 to 2100-12)" \
  dashboard "$work/referrals.csv" --month 2017-13
expect_error 2 "csc-kpi: error: invalid --month 'Nov 2017' (expected YYYY-MM from 1990-01 to 2100-12)" \
  dashboard "$work/referrals.csv" --month "Nov 2017"
expect_error 2 "csc-kpi: error: unknown format 'xml' (expected table, csv, json, markdown)" \
  dashboard "$work/referrals.csv" --format xml
expect_error 2 "csc-kpi: error: invalid --months '0' (expected a number from 1 to 240)" \
  dashboard "$work/referrals.csv" --months 0
expect_error 2 "csc-kpi: error: invalid --assessment-from 'end' (expected start or referral)" \
  dashboard "$work/referrals.csv" --assessment-from end

# A config file sets global options (division, count) and the indicator settings.
cat >"$work/standards.toml" <<'TOML'
# local standards
division = "scotland"
count = "inclusive"

[targets]
cp_subsequent = 20

[amber]
cp_subsequent = 2.5

[timescales]
cp_visit_days = 15

[dashboard]
months = 2
TOML
"$exe" --config "$work/standards.toml" dashboard "$work/referrals.csv" --month 2017-11 \
  --format json --quiet >"$work/out" 2>"$work/err" || fail "dashboard with --config failed: $(cat "$work/err")"
grep -qF '"calendar": {"division": "scotland", "count": "inclusive"},' "$work/out" ||
  fail "--config did not set the division and count"
grep -qF '"periods": ["2017-10", "2017-11"],' "$work/out" || fail "[dashboard] months = 2 not applied"
grep -qF '"target": 20,' "$work/out" || fail "[targets] cp_subsequent = 20 not applied"
grep -qF '"amber": 2.5,' "$work/out" || fail "[amber] cp_subsequent = 2.5 not applied"
# The command line wins over the file.
"$exe" dashboard "$work/referrals.csv" --config "$work/standards.toml" --division none \
  --month 2017-11 --format json --quiet >"$work/out" 2>"$work/err" || fail "dashboard --division none failed"
grep -qF '"calendar": {"division": "none", "count": "inclusive"},' "$work/out" ||
  fail "--division on the command line did not override the config file"

printf '[timescales]\ncp_visit_days = 10\n\n\n\n\ncp_visit_dayz = 10\n' >"$work/bad.toml"
expect_error 1 "csc-kpi: error: $work/bad.toml:7: unknown timescale 'cp_visit_dayz', did you mean 'cp_visit_days'?" \
  dashboard "$work/referrals.csv" --config "$work/bad.toml"
printf '[targets]\nreferals_nfa = 20\n' >"$work/bad.toml"
expect_error 1 "csc-kpi: error: $work/bad.toml:2: unknown indicator 'referals_nfa' in [targets], did you mean 'referrals_nfa'?" \
  indicators --config "$work/bad.toml"

# The reconciliation goes to stderr; --quiet silences it; stdout holds the report only.
"$exe" dashboard "$work/referrals.csv" --month 2017-11 --format csv >"$work/out" 2>"$work/err"
grep -qF "csc-kpi: $work/referrals.csv: referrals (short names), 3 rows, 3 used" "$work/err" ||
  fail "no reconciliation line on stderr: $(cat "$work/err")"
head -1 "$work/out" | grep -qxF "id,title,unit,period,numerator,denominator,value,target,rag,partial_history,partial_coverage,missing" ||
  fail "csv header missing from stdout"
"$exe" dashboard "$work/referrals.csv" --month 2017-11 --quiet >"$work/out" 2>"$work/err"
[[ -s $work/err ]] && fail "--quiet still wrote to stderr: $(cat "$work/err")"

[[ $failed -eq 0 ]] && echo "dashboard_options: ok"
exit $failed
