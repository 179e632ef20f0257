#!/usr/bin/env bash
# End-to-end: `csc-kpi holidays`. Run from the repository root:
#   bash tests/e2e/holidays.sh PATH_TO_CSC_KPI
# Each case compares the exact stdout, stderr and exit code. Expected lists were
# checked against gov.uk's bank-holidays.json (tests/data) and, for 2026 in
# Scotland, the royal proclamation of 15 June 2026.
set -u
source "$(dirname "$0")/lib/expect.bash"

check "england and wales 2022, csv" 0 holidays 2022 --format csv <<'OUT'
date,name
2022-01-03,New Year’s Day
2022-04-15,Good Friday
2022-04-18,Easter Monday
2022-05-02,Early May bank holiday
2022-06-02,Spring bank holiday
2022-06-03,Platinum Jubilee bank holiday
2022-08-29,Summer bank holiday
2022-09-19,Bank Holiday for the State Funeral of Queen Elizabeth II
2022-12-26,Boxing Day
2022-12-27,Christmas Day
OUT

check "scotland 2023, table" 0 holidays 2023 --division scotland <<'OUT'
Bank holidays of scotland, 2023

  2023-01-02  Mon  New Year’s Day (substitute day)
  2023-01-03  Tue  2nd January (substitute day)
  2023-04-07  Fri  Good Friday
  2023-05-01  Mon  Early May bank holiday
  2023-05-08  Mon  Bank holiday for the coronation of King Charles III
  2023-05-29  Mon  Spring bank holiday
  2023-08-07  Mon  Summer bank holiday
  2023-11-30  Thu  St Andrew’s Day
  2023-12-25  Mon  Christmas Day
  2023-12-26  Tue  Boxing Day

  10 bank holidays
OUT

check "scotland 2026 has the World Cup holiday" 0 holidays 2026 --division scotland --format csv <<'OUT'
date,name
2026-01-01,New Year’s Day
2026-01-02,2nd January
2026-04-03,Good Friday
2026-05-04,Early May bank holiday
2026-05-25,Spring bank holiday
2026-06-15,Bank holiday for Scotland’s World Cup match
2026-08-03,Summer bank holiday
2026-11-30,St Andrew’s Day
2026-12-25,Christmas Day
2026-12-28,Boxing Day
OUT

check "northern ireland 2020-2021, table" 0 holidays 2020 2021 --division northern-ireland <<'OUT'
Bank holidays of northern-ireland, 2020-2021

  2020
  2020-01-01  Wed  New Year’s Day
  2020-03-17  Tue  St Patrick’s Day
  2020-04-10  Fri  Good Friday
  2020-04-13  Mon  Easter Monday
  2020-05-08  Fri  Early May bank holiday (VE day)
  2020-05-25  Mon  Spring bank holiday
  2020-07-13  Mon  Battle of the Boyne (Orangemen’s Day) (substitute day)
  2020-08-31  Mon  Summer bank holiday
  2020-12-25  Fri  Christmas Day
  2020-12-28  Mon  Boxing Day (substitute day)

  2021
  2021-01-01  Fri  New Year’s Day
  2021-03-17  Wed  St Patrick’s Day
  2021-04-02  Fri  Good Friday
  2021-04-05  Mon  Easter Monday
  2021-05-03  Mon  Early May bank holiday
  2021-05-31  Mon  Spring bank holiday
  2021-07-12  Mon  Battle of the Boyne (Orangemen’s Day)
  2021-08-30  Mon  Summer bank holiday
  2021-12-27  Mon  Christmas Day (substitute day)
  2021-12-28  Tue  Boxing Day (substitute day)

  20 bank holidays
OUT

printf 'Date,Name\n2024-12-24,Christmas Eve\n27/12/2024,\n2024-12-25,Staff party\n' >"$work/closures.csv"
check "closures are listed and marked" 0 holidays 2024 --closures "$work/closures.csv" <<'OUT'
Bank holidays and office closures of england-and-wales, 2024

  2024-01-01  Mon  New Year’s Day
  2024-03-29  Fri  Good Friday
  2024-04-01  Mon  Easter Monday
  2024-05-06  Mon  Early May bank holiday
  2024-05-27  Mon  Spring bank holiday
  2024-08-26  Mon  Summer bank holiday
  2024-12-24  Tue  Christmas Eve (office closure)
  2024-12-25  Wed  Christmas Day
  2024-12-26  Thu  Boxing Day
  2024-12-27  Fri  Office closure

  8 bank holidays, 2 office closures
OUT

printf 'date,name\n2024-12-24,"Closure, Christmas Eve"\n' >"$work/quoted.csv"
check "csv quotes names with commas" 0 holidays 2024 --division none --closures "$work/quoted.csv" --format csv <<'OUT'
date,name
2024-12-24,"Closure, Christmas Eve"
OUT

# json and markdown: the same list; json names the division and the years.
check "json with a closure" 0 holidays 2024 --division none --closures "$work/quoted.csv" --format json <<'OUT'
{
  "division": "none",
  "years": [2024],
  "holidays": [
    {"date": "2024-12-24", "name": "Closure, Christmas Eve"}
  ]
}
OUT
check "markdown with a closure" 0 holidays 2024 --division none --closures "$work/quoted.csv" --format markdown <<'OUT'
**Bank holidays and office closures of none, 2024**

| date | day | name | note |
| --- | --- | --- | --- |
| 2024-12-24 | Tue | Closure, Christmas Eve | office closure |

0 bank holidays, 1 office closure
OUT

check "none without files" 0 holidays 2024 --division none <<'OUT'
Bank holidays of none, 2024

  none (division 'none' has weekends only; add days with --holidays FILE)
OUT

# With no year, the current year: the title names it.
year=$(date +%Y)
run holidays
expect_exit "default year" 0
expect "default year: the title names $year" \
  grep -qxF "Bank holidays of england-and-wales, $year" <(head -1 "$work/out")
expect "default year: nothing on stderr" test ! -s "$work/err"

check_error "year before the range" 2 "invalid year '1989' (expected a year from 1990 to 2100)" holidays 1989
check_error "year after the range" 2 "invalid year '2101' (expected a year from 1990 to 2100)" holidays 2000 2101
check_error "not a year" 2 "invalid year '24' (expected a year from 1990 to 2100)" holidays 24
check_error "years backwards" 2 "the years 2023 to 2022 run backwards (expected FROM_YEAR <= TO_YEAR)" holidays 2023 2022
check_error "mistyped division" 2 \
  "--division: expected one of england-and-wales, scotland, northern-ireland or none, got 'scotlnd' (did you mean 'scotland'?)" \
  holidays 2024 --division scotlnd
printf '{"england-and-wales": {"events": [\n{"date": "2024-12-24"}\n{"date": "2024-12-27"}]}}\n' >"$work/bad.json"
# The error is where the parser stands: at the second event, on line 3.
check_error "malformed json" 1 "$work/bad.json:3: malformed JSON: expected ',' or ']'" \
  holidays 2024 --holidays "$work/bad.json"
printf '{"england-and-wales": {"events": []}, "northern-ireland": {"events": []}}\n' >"$work/two.json"
check_error "no such division in the file" 1 \
  "$work/two.json: no division 'scotland' (found: england-and-wales, northern-ireland)" \
  holidays 2024 --holidays "$work/two.json" --division scotland

finish holidays
