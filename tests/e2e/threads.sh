#!/usr/bin/env bash
# The output is byte for byte the same for every --threads N (issue 12). Files
# over 4 MB are read in chunks by several threads and the parts are merged in
# file order; this runs the commands that report on a generated authority big
# enough to be cut into chunks (visits over 3 chunks, and a messy copy with
# CRLF line ends, quoted fields, bad rows and duplicate ids across chunks),
# with 1, 2 and 5 threads, and compares stdout and stderr with one thread's.
# (tests/extract_chunks_test.cpp cuts files into chunks of 1 to 64 bytes.)
#   bash tests/e2e/threads.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"
gen=$(dirname "$exe")/gen_authority
if [[ ! -x $gen ]]; then
  fail "$gen is not built (cmake --build build --target gen_authority)"
  finish threads
fi
"$gen" --out "$work/a" --children 20000 --months 36 --end 2025-03 --seed 12 >/dev/null
# The messy copy of the visits, as a second file of them: CRLF line ends, a
# quoted team with a comma and doubled quotes, every 997th row with a bad date
# (excluded, with a message), every 1009th a repeat of an earlier visit id.
awk -F, -v OFS=, 'NR == 1 { print $0 "\r"; next }
  FNR == 1 { next }
  { $1 = "M" $1 }
  NR % 997 == 0 { $3 = "2024-02-30" }
  NR % 1009 == 0 { $1 = "MV0000001" }
  NR % 13 == 0 { $8 = "\"North, \"\"Old\"\" Team\"" }
  { print $0 "\r" }' "$work/a/visits.csv" "$work/a/visits.csv" >"$work/a/visits_messy.csv"
size=$(stat -c %s "$work/a/visits_messy.csv")
if [[ $size -gt 8000000 ]]; then pass; else fail "the messy visits are only $size bytes: not 3 chunks"; fi

commands=(
  "check $work/a --format json"
  "dashboard $work/a --month 2025-03 --format json"
  "dashboard $work/a --month 2025-03 --format csv --by team"
  "show cp_visits_in_time $work/a --month 2025-03 --cases --format csv"
  "due $work/a --as-at 2025-03-31 --format csv"
)
for command in "${commands[@]}"; do
  read -ra args <<<"$command"
  run "${args[@]}" --threads 1
  if [[ $code -ne 0 ]]; then
    fail "$command: exit $code"
    head -5 "$work/err"
    continue
  fi
  mv "$work/out" "$work/one.out"
  mv "$work/err" "$work/one.err"
  for threads in 2 5; do
    run "${args[@]}" --threads "$threads"
    if cmp -s "$work/one.out" "$work/out" && cmp -s "$work/one.err" "$work/err"; then
      pass
    else
      fail "$command: --threads $threads differs from --threads 1"
      diff "$work/one.out" "$work/out" | head -5
      diff "$work/one.err" "$work/err" | head -5
    fi
  done
done
# The messy file's reconciliation, counted across its chunks: 2 x (rows of
# visits.csv) read, the bad dates excluded, the repeats excluded as duplicates.
run check "$work/a/visits_messy.csv" --format json --threads 2
rows=$(($(wc -l <"$work/a/visits.csv") - 1))
expect "messy: rows read" grep -q "\"rows\": $((2 * rows))," "$work/out"
expect "messy: the second copy's ids are duplicates" grep -q "\"duplicate id\": " "$work/out"
finish threads
