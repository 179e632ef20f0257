#!/usr/bin/env bash
# `dashboard` options and errors on a tiny extract made here: usage errors
# (exit 2) before any file is read, a --config file setting the division, a
# target and a timescale, config errors (exit 2, as for the command line) naming file:line:col, and --quiet.
#   bash tests/e2e/dashboard_options.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"

cat >"$work/referrals.csv" <<'CSV'
referral_id,child_id,referral_date,nfa
R1,C1,2017-10-02,N
R2,C2,2017-11-15,Y
R3,C3,2017-11-30,N
CSV

check_error "no extracts" 2 "no extracts given (expected CSV, census XML or workbook files, or folders of them)" \
  dashboard
check_error "month 13" 2 "--month: expected YYYY-MM from 1990-01 to 2100-12, got '2017-13'" \
  dashboard "$work/referrals.csv" --month 2017-13
check_error "month in words" 2 "--month: expected YYYY-MM from 1990-01 to 2100-12, got 'Nov 2017'" \
  dashboard "$work/referrals.csv" --month "Nov 2017"
check_error "unknown format" 2 "--format: expected one of table, csv, json, markdown, html or xlsx, got 'xml' (did you mean 'html'?)" \
  dashboard "$work/referrals.csv" --format xml
check_error "no months" 2 "--months: expected a whole number of months from 1 to 120, got '0'" \
  dashboard "$work/referrals.csv" --months 0
check_error "assessment-from" 2 "--assessment-from: expected start or referral, got 'end'" \
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
run --config "$work/standards.toml" dashboard "$work/referrals.csv" --month 2017-11 \
  --format json --quiet
expect_exit "dashboard with --config" 0
expect "--config sets the division and count" \
  grep -qF '"calendar": {"division": "scotland", "count": "inclusive"},' "$work/out"
expect "[dashboard] months = 2 applied" grep -qF '"periods": ["2017-10", "2017-11"],' "$work/out"
expect "[targets] cp_subsequent = 20 applied" grep -qF '"target": 20,' "$work/out"
expect "[amber] cp_subsequent = 2.5 applied" grep -qF '"amber": 2.5,' "$work/out"
# The command line wins over the file.
run dashboard "$work/referrals.csv" --config "$work/standards.toml" --division none \
  --month 2017-11 --format json --quiet
expect_exit "dashboard --division none" 0
expect "--division on the command line overrides the config file" \
  grep -qF '"calendar": {"division": "none", "count": "inclusive"},' "$work/out"

printf '[timescales]\ncp_visit_days = 10\n\n\n\n\ncp_visit_dayz = 10\n' >"$work/bad.toml"
check_error "unknown timescale" 2 \
  "$work/bad.toml:7:1: unknown key 'timescales.cp_visit_dayz', did you mean 'timescales.cp_visit_days'?" \
  dashboard "$work/referrals.csv" --config "$work/bad.toml"
printf '[targets]\nreferals_nfa = 20\n' >"$work/bad.toml"
check_error "unknown indicator in [targets]" 2 \
  "$work/bad.toml:2:1: unknown indicator 'referals_nfa' in [targets], did you mean 'referrals_nfa'?" \
  indicators --config "$work/bad.toml"

# The reconciliation goes to stderr; --quiet silences it; stdout holds the report only.
run dashboard "$work/referrals.csv" --month 2017-11 --format csv
expect "a reconciliation line on stderr" \
  grep -qF "csc-kpi: $work/referrals.csv: referrals (short names), 3 rows, 3 used" "$work/err"
expect "the csv header first on stdout" \
  grep -qxF "id,title,unit,period,numerator,denominator,value,target,rag,partial_history,partial_coverage,low,missing" \
  <(head -1 "$work/out")
run dashboard "$work/referrals.csv" --month 2017-11 --quiet
expect_exit "dashboard --quiet" 0
expect "--quiet writes nothing to stderr" test ! -s "$work/err"

finish dashboard_options
