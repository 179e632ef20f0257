#!/usr/bin/env bash
# End-to-end: `csc-kpi workdays`. Run from the repository root:
#   bash tests/e2e/workdays.sh PATH_TO_CSC_KPI
# Each case compares the exact stdout, stderr and exit code. The expected
# counts were checked by hand on a printed calendar (see tests/calendar_test.cpp).
set -u
source "$(dirname "$0")/lib/expect.bash"

# Fri 20 Dec 2024 -> Mon 6 Jan 2025: 23, 24, 27, 30, 31 Dec, 2, 3, 6 Jan.
check "csv count" 0 workdays 2024-12-20 2025-01-06 --format csv <<'OUT'
from,to,working_days
2024-12-20,2025-01-06,8
OUT

check "csv count, other date formats, inclusive" 0 workdays 20/12/2024 06-Jan-2025 --format csv --count inclusive <<'OUT'
from,to,working_days
2024-12-20,2025-01-06,9
OUT

# Options may come before the subcommand too.
check "csv count backwards" 0 --format csv workdays 2025-01-06 2024-12-20 <<'OUT'
from,to,working_days
2025-01-06,2024-12-20,-8
OUT

check "explained count" 0 workdays 2024-12-20 2025-01-06 <<'OUT'
Working days from Fri 20 Dec 2024 to Mon 6 Jan 2025 (england-and-wales)

  working days elapsed           8  in force (--count elapsed: FROM is day 0)
  working days inclusive         9  (--count inclusive: FROM is day 1, as Excel NETWORKDAYS)

  days counted                  17  Sat 21 Dec 2024 to Mon 6 Jan 2025
  weekend days skipped           6
  bank holidays skipped          3
  working days                   8  = 17 - 6 - 3

  Skipped:
    Wed 25 Dec 2024   Christmas Day
    Thu 26 Dec 2024   Boxing Day
    Wed 1 Jan 2025    New Year’s Day

  Deadlines from Fri 20 Dec 2024 (day 0):
    within 10 working days   by Wed 8 Jan 2025
    within 15 working days   by Wed 15 Jan 2025
    within 20 working days   by Wed 22 Jan 2025
    within 45 working days   by Wed 26 Feb 2025
OUT

# Scotland, Christmas 2022 on a Sunday and 1 Jan 2023 on a Sunday; inclusive.
check "explained count, scotland, inclusive" 0 workdays 23/12/2022 03-Jan-2023 --division scotland --count inclusive <<'OUT'
Working days from Fri 23 Dec 2022 to Tue 3 Jan 2023 (scotland)

  working days elapsed           3  (--count elapsed: FROM is day 0)
  working days inclusive         4  in force (--count inclusive: FROM is day 1, as Excel NETWORKDAYS)

  days counted                  12  Fri 23 Dec 2022 to Tue 3 Jan 2023
  weekend days skipped           4
  bank holidays skipped          4
  working days                   4  = 12 - 4 - 4

  Skipped:
    Mon 26 Dec 2022   Boxing Day
    Tue 27 Dec 2022   Christmas Day (substitute day)
    Mon 2 Jan 2023    New Year’s Day (substitute day)
    Tue 3 Jan 2023    2nd January (substitute day)

  Deadlines from Fri 23 Dec 2022 (day 1):
    within 10 working days   by Wed 11 Jan 2023
    within 15 working days   by Wed 18 Jan 2023
    within 20 working days   by Wed 25 Jan 2023
    within 45 working days   by Wed 1 Mar 2023
OUT

check "add, csv" 0 workdays --add 2024-12-20 10 --format csv <<'OUT'
date,offset,result
2024-12-20,10,2025-01-08
OUT

check "add a negative number, csv" 0 workdays --add 20/12/2024 -5 --format csv <<'OUT'
date,offset,result
2024-12-20,-5,2024-12-13
OUT

check "add, explained" 0 workdays --add 2024-12-20 10 <<'OUT'
10 working days after Fri 20 Dec 2024 (england-and-wales): Wed 8 Jan 2025

  19 days from Sat 21 Dec 2024 to Wed 8 Jan 2025: 10 working, 6 weekend, 3 bank holidays
    Wed 25 Dec 2024   Christmas Day
    Thu 26 Dec 2024   Boxing Day
    Wed 1 Jan 2025    New Year’s Day
  check: working days elapsed from 2024-12-20 to 2025-01-08 = 10 (the start is day 0)
OUT

check "add backwards, northern ireland" 0 workdays --add 2025-01-02 -3 --division northern-ireland <<'OUT'
3 working days before Thu 2 Jan 2025 (northern-ireland): Fri 27 Dec 2024

  6 days from Fri 27 Dec 2024 to Wed 1 Jan 2025: 3 working, 2 weekend, 1 bank holiday
    Wed 1 Jan 2025    New Year’s Day
OUT

# From a Saturday, one working day back is the Friday (as Excel's WORKDAY).
check "add backwards from a weekend, csv" 0 workdays --add 2024-12-21 -1 --format csv <<'OUT'
date,offset,result
2024-12-21,-1,2024-12-20
OUT

# Closures from a CSV take 24 and 27 Dec 2024 out: 8 - 2.
printf 'date,name\n2024-12-24,Christmas Eve\n27/12/2024,\n' >"$work/closures.csv"
check "closures" 0 workdays 2024-12-20 2025-01-06 --closures "$work/closures.csv" --format csv <<'OUT'
from,to,working_days
2024-12-20,2025-01-06,6
OUT

# gov.uk's file as extra holidays changes nothing for its own division.
check "gov.uk file as --holidays" 0 workdays 2024-12-20 2025-01-06 --format csv --holidays tests/data/gov-uk-bank-holidays-2019-2027.json <<'OUT'
from,to,working_days
2024-12-20,2025-01-06,8
OUT

check "weekends only" 0 workdays 2024-12-20 2025-01-06 --division none --format csv <<'OUT'
from,to,working_days
2024-12-20,2025-01-06,11
OUT

check_error "impossible date" 2 "invalid date '31/02/2017' (expected YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)" \
  workdays 31/02/2017 2017-03-01
check_error "outside the range" 2 "date 1985-03-01 is outside the calendar's range (1990-01-01 to 2100-12-31)" \
  workdays 1985-03-01 2017-03-01
check_error "add leaves the range" 2 "5 working days after 2100-12-30 is outside the calendar's range (1990-01-01 to 2100-12-31)" \
  workdays --add 2100-12-30 5
check_error "one date" 2 "workdays needs FROM and TO dates, or --add DATE N" workdays 2024-12-20
check_error "bad number" 2 "invalid number of working days 'ten' (expected a whole number such as 10 or -5)" \
  workdays --add 2024-12-20 ten
check_error "bad format" 2 "--format html: the Board report (html) and the Excel workbook (xlsx) are made by dashboard; this command writes table, csv, json or markdown" workdays 2024-12-20 2025-01-06 --format html

# json: the count in force with the calendar and the holidays skipped (Fri 20
# Dec 2024 to Mon 6 Jan 2025: 17 days, 6 weekend days, 3 bank holidays, 8
# working days); --add: 5 working days after Fri 20 Dec are 23, 24, 27, 30, 31.
check "count json" 0 workdays 2024-12-20 2025-01-06 --format json <<'OUT'
{
  "from": "2024-12-20",
  "to": "2025-01-06",
  "working_days": 8,
  "calendar": {"division": "england-and-wales", "count": "elapsed"},
  "skipped": [
    {"date": "2024-12-25", "name": "Christmas Day"},
    {"date": "2024-12-26", "name": "Boxing Day"},
    {"date": "2025-01-01", "name": "New Year’s Day"}
  ]
}
OUT
check "add json" 0 workdays --add 2024-12-20 5 --count inclusive --format json <<'OUT'
{
  "date": "2024-12-20",
  "offset": 5,
  "result": "2024-12-31",
  "calendar": {"division": "england-and-wales", "count": "inclusive"}
}
OUT
# markdown: the explanation as it is, in a fenced block.
run workdays 2024-12-20 2025-01-06
cp "$work/out" "$work/table"
run workdays 2024-12-20 2025-01-06 --format markdown
expect_exit "count markdown" 0
{ echo '```text'; cat "$work/table"; echo '```'; } | expect_text "markdown is the table fenced" "$work/out"
check_error "bad division" 2 "--division: expected one of england-and-wales, scotland, northern-ireland or none, got 'wales'" \
  workdays 2024-12-20 2025-01-06 --division wales
printf 'date,name\n2024-12-24,ok\n31/02/2017,bad\n' >"$work/bad.csv"
check_error "bad holidays file" 1 "$work/bad.csv:3: invalid date '31/02/2017' (expected YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)" \
  workdays 2024-12-20 2025-01-06 --holidays "$work/bad.csv"
check_error "missing holidays file" 1 "$work/missing.csv: cannot read the file (no such file or directory)" \
  workdays 2024-12-20 2025-01-06 --holidays "$work/missing.csv"

finish workdays
