#!/usr/bin/env bash
# Reading a workbook against reading the same data as CSV (issue 13): writes
# ROWS visits (default 200,000, from bench/gen_authority's synthetic
# authority) as a CSV file and as the one sheet of an .xlsx (openpyxl: dates
# as real date cells, strings inline as openpyxl writes them), then times
# `csc-kpi check --quiet` on each, best of RUNS (default 3), on one thread and
# on every core, and prints rows per second. Then the two zip libraries on
# the workbook (bench/zip_compare.sh).
#   bash bench/read_xlsx.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-200000}
dir=${BENCH_DIR:-/tmp/csc-kpi-bench-xlsx}
python=/usr/bin/python3  # Debian's, with python3-openpyxl (scripts/setup)
cmake --build build --target csc-kpi gen_authority -j2 >/dev/null
mkdir -p "$dir"
if [[ ! -f $dir/visits_$rows.csv ]]; then
  build/gen_authority --out "$dir/authority" --children "$rows" >/dev/null
  head -n $((rows + 1)) "$dir/authority/visits.csv" >"$dir/visits_$rows.csv"
fi
got=$(($(wc -l <"$dir/visits_$rows.csv") - 1))
if [[ $got -lt $rows ]]; then
  echo "bench/read_xlsx.sh: the authority has only $got visits (wanted $rows)" >&2
  exit 1
fi
if [[ ! -f $dir/visits_$rows.xlsx ]]; then
  "$python" - "$dir/visits_$rows.csv" "$dir/visits_$rows.xlsx" <<'PY'
import csv, datetime, sys
import openpyxl
from openpyxl.cell import WriteOnlyCell
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("visits")
with open(sys.argv[1], newline="") as f:
    reader = csv.reader(f)
    sheet.append(next(reader))
    for fields in reader:
        cell = WriteOnlyCell(sheet, value=datetime.datetime.strptime(fields[2], "%Y-%m-%d"))
        cell.number_format = "dd/mm/yyyy"
        sheet.append(fields[:2] + [cell] + fields[3:])
book.save(sys.argv[2])
PY
fi

source bench/lib/best_of.bash  # (from the repository root, where the script has gone)

printf '| input | MB | threads | wall s | rows/s |\n| --- | --- | --- | --- | --- |\n'
for file in "$dir/visits_$rows.csv" "$dir/visits_$rows.xlsx"; do
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1e6 }')
  for threads in 1 0; do
    read -r s _ < <(best_of build/csc-kpi check --quiet --threads "$threads" "$file")
    printf '| %s | %s | %s | %s | %s |\n' "$(basename "$file")" "$mb" \
      "$([[ $threads == 0 ]] && echo all || echo 1)" "$s" \
      "$(awk -v n="$got" -v s="$s" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')"
  done
done
bash bench/zip_compare.sh "$dir/visits_$rows.xlsx"
