# Shared by the bench/*.sh scripts (sourced): `best_of COMMAND...` runs
# COMMAND $runs times (default 3, or RUNS) and prints "wall_seconds peak_MB"
# of the fastest run. Timings on a shared machine are noisy: the best of a few
# runs is the least disturbed.
runs=${RUNS:-3}
best_of() {
  local best="" line
  for ((r = 0; r < runs; r++)); do
    line=$(/usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1)
    if [[ -z $best ]] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
      best=$line
    fi
  done
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' <<<"$best"
}
