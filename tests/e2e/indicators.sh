#!/usr/bin/env bash
# `indicators`: the catalogue in each format against tests/e2e/expected/ (UPDATE=1
# rewrites them), and a --config target showing in it.
#   bash tests/e2e/indicators.sh build/csc-kpi
set -u
source "$(dirname "$0")/lib/expect.bash"

compare indicators.txt 0 indicators --format table
compare indicators.csv 0 indicators --format csv
compare indicators.json 0 indicators --format json
compare indicators.md 0 indicators --format markdown

# The table fits a 120-column terminal.
run indicators
expect_exit "indicators" 0
expect "indicators table no wider than 120 columns" \
  awk 'length($0) > 120 { print "line " NR " is " length($0) " columns"; bad = 1 } END { exit bad }' \
  "$work/out"

# Targets come from the config file.
printf '[targets]\nassessments_45wd = 85\n[amber]\nassessments_45wd = 3\n' >"$work/standards.toml"
run indicators --config "$work/standards.toml" --format csv
expect_exit "indicators --config" 0
expect "the config target is in the catalogue" \
  grep -q '^assessments_45wd,[^,]*,percent,flow,higher,85,3,' "$work/out"

finish indicators
