#!/usr/bin/env bash
# Throughput at three scales: generates synthetic authorities of 100 thousand,
# 1 million and 3 million children over 60 months (seeded, kept in
# $BENCH_DIR, default /tmp/csc-kpi-bench) and times, on each, reading alone
# (`check --quiet`) and the whole dashboard (`dashboard --format json`), best
# of RUNS (default 3) wall times, with peak memory and rows per second.
#   bash bench/scale.sh [CHILDREN...]          e.g. bash bench/scale.sh 100000 1000000
# Then the throughput at the largest scale against the 1 million one (issue 12:
# within 20%, so that no part of a run grows faster than the data).
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[[ ${#scales[@]} -gt 0 ]] || scales=(100000 1000000 3000000)
threads=${THREADS:-0}
cmake --build build --target csc-kpi gen_authority -j2 >/dev/null

source bench/lib/best_of.bash  # (from the repository root, where the script has gone)

printf '| children | rows | MB | command | wall s | peak MB | rows/s |\n'
printf '| ---: | ---: | ---: | --- | ---: | ---: | ---: |\n'
declare -A dashboard_rate
for children in "${scales[@]}"; do
  dir=${BENCH_DIR:-/tmp/csc-kpi-bench}/authority-$children-60
  if [[ ! -f $dir/visits.csv ]]; then
    mkdir -p "$dir"
    build/gen_authority --out "$dir" --children "$children" --months 60 --end 2025-03 >/dev/null
  fi
  cat "$dir"/*.csv >/dev/null  # warm the page cache
  rows=$(( $(cat "$dir"/*.csv | wc -l) - $(ls "$dir"/*.csv | wc -l) ))
  mb=$(du -cm "$dir"/*.csv | tail -1 | cut -f1)
  for command in check dashboard; do
    args=(build/csc-kpi "$command" "$dir" --quiet --threads "$threads")
    [[ $command == dashboard ]] && args+=(--month 2025-03 --format json)
    read -r wall peak < <(best_of "${args[@]}")
    rate=$(awk -v r="$rows" -v w="$wall" 'BEGIN { printf "%.0f", r / w }')
    [[ $command == dashboard ]] && dashboard_rate[$children]=$rate
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$children" "$rows" "$mb" "$command" "$wall" "$peak" "$rate"
  done
done
last=${scales[-1]}
if [[ -n ${dashboard_rate[1000000]:-} && $last != 1000000 ]]; then
  awk -v a="${dashboard_rate[$last]}" -v b="${dashboard_rate[1000000]}" -v n="$last" \
    'BEGIN { printf "\ndashboard rows/s at %s children: %.0f%% of that at 1000000\n", n, 100 * a / b }'
fi
