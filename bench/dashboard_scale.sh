#!/usr/bin/env bash
# The dashboard at scale: generates a synthetic authority (default 1 million
# children over 60 months, seeded) and times `check` (reading only) and
# `dashboard` (reading + every indicator) side by side, with peak memory.
#   bash bench/dashboard_scale.sh [CHILDREN] [MONTHS]
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-1000000}
months=${2:-60}
out=${BENCH_DIR:-/tmp/csc-kpi-bench}/authority-$children-$months
cmake --build build --target csc-kpi gen_authority -j2 >/dev/null
if [[ ! -f $out/visits.csv ]]; then
  mkdir -p "$out"
  build/gen_authority --out "$out" --children "$children" --months "$months" --end 2025-03
fi
echo "$children children, $months months: $(du -sh "$out" | cut -f1) of CSV, $(cat "$out"/*.csv | wc -l) lines"
# Peak resident memory from the kernel's accounting of the child process.
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
elapsed = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{elapsed:7.2f} s  peak {peak:7.0f} MB  {' '.join(sys.argv[2:4])}")
PY
}
measure build/csc-kpi check "$out" --quiet
measure build/csc-kpi dashboard "$out" --month 2025-03 --quiet
measure build/csc-kpi dashboard "$out" --month 2025-03 --format json --quiet
