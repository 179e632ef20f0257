#!/usr/bin/env bash
# Reading speed of a CIN census XML file against the CSV reader on the same
# data: gen_authority writes an authority as CSV extracts and, with --census,
# the same children's referrals, assessments, S47 enquiries and plans as a
# census. Times `check --quiet` (reading, linking, the reconciliation) on the
# census and on the six CSV files it matches, best of RUNS (default 3), with
# peak memory and rows per second. Kept in $BENCH_DIR (default /tmp/csc-kpi-bench).
#   bash bench/read_census.sh [CHILDREN]       default 200000
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-200000}
cmake --build build --target csc-kpi gen_authority -j2 >/dev/null
dir=${BENCH_DIR:-/tmp/csc-kpi-bench}/census-$children
if [[ ! -f $dir/census.xml ]]; then
  mkdir -p "$dir/all" "$dir/csv"
  build/gen_authority --out "$dir/all" --children "$children" --months 60 --end 2025-03 \
    --census "$dir/census.xml" >/dev/null
  for kind in referrals assessments s47_enquiries icpcs cp_plans cin_plans cp_reviews; do
    cp "$dir/all/$kind.csv" "$dir/csv/"
  done
fi

source bench/lib/best_of.bash  # (from the repository root, where the script has gone)

# Rows as `check` counts them (the census has no separate ICPC rows).
rows_of() { build/csc-kpi check "$@" --format json | python3 -c \
  'import json, sys; print(sum(f["rows"] for f in json.load(sys.stdin)["files"]))'; }

printf '| input | MB | rows | wall s | peak MB | rows/s | MB/s |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for input in census csv; do
  if [[ $input == census ]]; then args=("$dir/census.xml"); else args=("$dir/csv"); fi
  cat "${args[0]}"/* "${args[0]}" >/dev/null 2>&1 || true  # warm the page cache
  bytes=$(du -cb "${args[0]}" | tail -1 | cut -f1)
  rows=$(rows_of "${args[@]}")
  read -r wall peak < <(best_of build/csc-kpi check "${args[@]}" --quiet)
  awk -v i="$input" -v b="$bytes" -v r="$rows" -v w="$wall" -v p="$peak" 'BEGIN {
    printf "| %s | %.1f | %d | %.2f | %d | %.2f M | %.0f |\n", i, b / 1e6, r, w, p, r / w / 1e6, b / 1e6 / w }'
done
