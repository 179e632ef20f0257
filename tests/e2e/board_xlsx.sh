#!/usr/bin/env bash
# `dashboard --format xlsx`: the workbook of samples/ read back with openpyxl
# (Debian's python3-openpyxl, installed by scripts/setup; /usr/bin/python3,
# since a python3 earlier on PATH may lack it): its sheets, number formats and
# frozen panes, every figure equal to the JSON's and the Long sheet equal to
# the CSV, and --cases adding a Cases sheet with every case of `show`. Then the
# usage errors of xlsx and --cases, and an output folder that does not exist.
#   bash tests/e2e/board_xlsx.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
month=2025-03
months=3   # the Cases sheet: three months of cases keep the test quick
python=/usr/bin/python3

if [[ ! -d samples ]]; then
  fail "samples/ is missing (run from the repository root)"
  finish board_xlsx
fi
expect "openpyxl for $python (scripts/setup installs python3-openpyxl)" \
  "$python" -c "import openpyxl"

run dashboard samples --month "$month" --format json --quiet --output "$work/board.json"
expect_exit "json" 0
run dashboard samples --month "$month" --format csv --quiet --output "$work/board.csv"
expect_exit "csv" 0
run dashboard samples --month "$month" --format xlsx --quiet --output "$work/board.xlsx"
expect_exit "xlsx" 0
expect "xlsx: nothing on stdout" test ! -s "$work/out"

# The reader prints one line per failed check and "ok" when all passed, so that
# the failure says which cell differs.
read_back() {
  "$python" - "$@" >"$work/read" 2>&1 <<'PY'
import csv, json, sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
board = json.load(open(sys.argv[2]))
rows = list(csv.DictReader(open(sys.argv[3], newline="")))
problems = []
compared = 0  # the figures compared: none would pass every check

def same(got, want, where):
    global compared
    compared += 1
    if want is None:
        if got not in (None, ""):
            problems.append(f"{where}: {got!r}, expected empty")
    elif not isinstance(got, (int, float)) or isinstance(got, bool) or abs(got - want) > 1e-9 * max(1, abs(want)):
        problems.append(f"{where}: {got!r}, expected {want!r}")

want_sheets = ["Dashboard", "Long", "Data quality", "Provenance"]
if book.sheetnames != want_sheets:
    problems.append(f"sheets {book.sheetnames}, expected {want_sheets}")

sheet = book["Dashboard"]
if sheet.freeze_panes != "B2":
    problems.append(f"Dashboard frozen at {sheet.freeze_panes}, expected B2")
header = [c.value for c in sheet[1]]
periods = board["periods"]
want_header = ["id", "title"] + periods + ["3 months", "year to date", "target", "RAG", "trend"]
if header != want_header:
    problems.append(f"Dashboard header {header}")
by_id = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
if list(by_id) != [i["id"] for i in board["indicators"]]:
    problems.append("Dashboard ids differ from the JSON's")
formats = {}
for indicator in board["indicators"]:
    id = indicator["id"]
    row = by_id.get(id)
    if row is None or indicator["missing"]:
        continue
    for value in indicator["values"]:
        cell = row[header.index(value["period"])]
        same(cell.value, value["value"], f"Dashboard {id} {value['period']}")
        if value["value"] is not None:
            formats.setdefault(indicator["unit"], cell.number_format)
    for key, column in (("rolling_3m", "3 months"), ("year_to_date", "year to date")):
        figure = indicator.get(key)
        same(row[header.index(column)].value, figure and figure["value"], f"Dashboard {id} {column}")
    same(row[header.index("target")].value, indicator["target"], f"Dashboard {id} target")
    letter = {"green": "G", "amber": "A", "red": "R"}.get(indicator["rag"], None)
    for column, want in (("RAG", letter), ("trend", indicator["trend"] or None)):
        if row[header.index(column)].value != want:
            problems.append(f"Dashboard {id} {column}: {row[header.index(column)].value!r}, JSON {want!r}")
if formats.get("percent") != '0.0"%"':
    problems.append(f"percentage format {formats.get('percent')!r}, expected '0.0\"%\"'")
if formats.get("count") != "0":
    problems.append(f"count format {formats.get('count')!r}, expected '0'")
if not sheet.conditional_formatting:
    problems.append("Dashboard: no conditional formatting")

# Long: the CSV, cell by cell (numbers as numbers), and its values the JSON's.
sheet = book["Long"]
if sheet.freeze_panes != "A2" or not sheet.auto_filter.ref:
    problems.append(f"Long: frozen at {sheet.freeze_panes}, autofilter {sheet.auto_filter.ref}")
long = list(sheet.iter_rows(values_only=True))
if list(long[0]) != list(rows[0].keys()):
    problems.append(f"Long header {long[0]}")
if len(long) - 1 != len(rows):
    problems.append(f"Long has {len(long) - 1} rows, the CSV {len(rows)}")
json_value = {}
for indicator in board["indicators"]:
    for value in indicator["values"]:
        json_value[indicator["id"], value["period"]] = value["value"]
    for key in ("rolling_3m", "year_to_date"):
        json_value[indicator["id"], key] = indicator.get(key) and indicator[key]["value"]
for got, want in zip(long[1:], rows):
    where = f"Long {want['id']} {want['period']}"
    for name, cell in zip(long[0], got):
        text = want[name]
        if isinstance(cell, (int, float)):
            same(cell, float(text), f"{where} {name}")
        elif (cell or "") != text:
            problems.append(f"{where} {name}: {cell!r}, CSV {text!r}")
    same(got[long[0].index("value")], json_value[want["id"], want["period"]], f"{where} (JSON)")

quality = [r for r in book["Data quality"].iter_rows(values_only=True)]
if quality[0][:4] != ("file", "kind", "rows", "used") or len(quality) < 2:
    problems.append(f"Data quality starts {quality[:2]}")
provenance = dict(r for r in book["Provenance"].iter_rows(min_row=2, values_only=True))
if provenance.get("period") != board["provenance"]["period"]:
    problems.append(f"Provenance period {provenance.get('period')!r}")
if compared < len(board["indicators"]) * len(board["periods"]):
    problems.append(f"only {compared} figures compared")
print("\n".join(problems) if problems else "ok")
PY
}
read_back "$work/board.xlsx" "$work/board.json" "$work/board.csv"
expect "the workbook reads back as the JSON and CSV say: $(head -5 "$work/read")" \
  grep -qx ok "$work/read"

# --cases: one table of every family's cases, as many as show lists.
run dashboard samples --month "$month" --months "$months" --format xlsx --cases --quiet \
  --output "$work/cases.xlsx"
expect_exit "xlsx --cases" 0
want=0
for family in $("$exe" indicators --format csv | tail -n +2 | cut -d, -f1 | cut -d. -f1 | uniq); do
  "$exe" show "$family" samples --month "$month" --months "$months" --cases --format csv \
    --quiet >"$work/show.csv" 2>/dev/null
  want=$((want + $(tail -n +2 "$work/show.csv" | wc -l)))
done
"$python" - "$work/cases.xlsx" >"$work/read" 2>&1 <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(book.sheetnames)
print(book["Cases"].max_row - 1)
PY
expect "--cases adds the Cases sheet" \
  grep -qxF "['Dashboard', 'Long', 'Cases', 'Data quality', 'Provenance']" "$work/read"
expect "the Cases sheet has show's $want cases: $(tail -1 "$work/read")" \
  test "$(tail -1 "$work/read")" = "$want"
expect "show lists cases at all" test "$want" -gt 0

check_error "xlsx without --output" 2 \
  "--format xlsx needs --output FILE: a workbook is binary and is not written to a terminal" \
  dashboard samples --format xlsx
check_error "xlsx to stdout" 2 \
  "--format xlsx needs --output FILE: a workbook is binary and is not written to a terminal" \
  dashboard samples --format xlsx --output -
check_error "--cases without xlsx" 2 \
  "--cases: the case rows are a sheet of the Excel workbook (--format xlsx)" \
  dashboard samples --cases --format csv
check_error "a missing folder" 1 \
  "$work/no/board.xlsx: cannot write the workbook (no such file or directory)" \
  dashboard samples --month "$month" --format xlsx --quiet --output "$work/no/board.xlsx"

finish board_xlsx
