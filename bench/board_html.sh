#!/usr/bin/env bash
# What the Board report adds to the dashboard's time: `dashboard --format json`
# against `--format html` on a generated authority (default 1 million children
# over 60 months, seeded; bench/dashboard_scale.sh makes the same one), run
# RUNS times each, alternately, the best of each kept; prints both and the
# ratio. The report must add under 10%.
#   bash bench/board_html.sh [CHILDREN] [MONTHS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-1000000}
months=${2:-60}
runs=${3:-3}
out=${BENCH_DIR:-/tmp/csc-kpi-bench}/authority-$children-$months
cmake --build build --target csc-kpi gen_authority -j2 >/dev/null
if [[ ! -f $out/visits.csv ]]; then
  mkdir -p "$out"
  build/gen_authority --out "$out" --children "$children" --months "$months" --end 2025-03
fi
echo "$children children, $months months: $(du -sh "$out" | cut -f1) of CSV"
python3 - "$out" "$runs" <<'PY'
import os, resource, subprocess, sys, tempfile, time
folder, runs = sys.argv[1], int(sys.argv[2])
# The two formats alternate, run after run, so that a change in the machine's
# load (it may be shared) falls on both alike; the best run of each is kept,
# in wall time and in CPU time (user + system, which others' load disturbs less).
wall = {"json": [], "html": []}
cpu = {"json": [], "html": []}
sizes = {}
def used():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
with tempfile.TemporaryDirectory() as tmp:
    for _ in range(runs):
        for fmt in wall:
            target = os.path.join(tmp, f"report.{fmt}")
            start, start_cpu = time.monotonic(), used()
            subprocess.run(["build/csc-kpi", "dashboard", folder, "--month", "2025-03", "--format",
                            fmt, "--quiet", "--output", target], check=True)
            wall[fmt].append(time.monotonic() - start)
            cpu[fmt].append(used() - start_cpu)
            sizes[fmt] = os.path.getsize(target)
for fmt in wall:
    print(f"{fmt:5} best of {runs}: {min(wall[fmt]):6.2f} s wall "
          f"({', '.join(f'{t:.2f}' for t in wall[fmt])}), {min(cpu[fmt]):6.2f} s CPU; "
          f"{sizes[fmt] / 1024:.0f} KB")
for name, times in (("wall", wall), ("CPU", cpu)):
    ratio = min(times["html"]) / min(times["json"])
    print(f"html / json, {name}: {ratio:.3f} ({(ratio - 1) * 100:+.1f}%)")
PY
