#!/usr/bin/env bash
# `indicators`: the catalogue in each format against tests/e2e/expected/ (UPDATE=1
# rewrites them), and a --config target showing in it.
#   bash tests/e2e/indicators.sh build/csc-kpi
set -u
exe=${1:?usage: bash tests/e2e/indicators.sh PATH_TO_CSC_KPI}
expected=tests/e2e/expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {
  echo "FAIL: $*"
  failed=1
}

for format in table csv json markdown; do
  case $format in
    table) name=indicators.txt ;;
    markdown) name=indicators.md ;;
    *) name=indicators.$format ;;
  esac
  "$exe" indicators --format "$format" >"$work/out" 2>"$work/err" ||
    { fail "indicators --format $format: $(cat "$work/err")"; continue; }
  if [[ ${UPDATE:-} == 1 ]]; then
    cp "$work/out" "$expected/$name"
    echo "updated $expected/$name"
  elif [[ ! -f $expected/$name ]]; then
    fail "$expected/$name is missing (run with UPDATE=1 to create it)"
  else
    diff -u "$expected/$name" "$work/out" || fail "indicators --format $format differs"
  fi
done

# The table fits a 120-column terminal.
"$exe" indicators >"$work/out" 2>&1
awk 'length($0) > 120 { print "line " NR " is " length($0) " columns"; bad = 1 } END { exit bad }' \
  "$work/out" || fail "indicators table wider than 120 columns"

# Targets come from the config file.
printf '[targets]\nassessments_45wd = 85\n[amber]\nassessments_45wd = 3\n' >"$work/standards.toml"
"$exe" indicators --config "$work/standards.toml" --format csv >"$work/out" 2>"$work/err" ||
  fail "indicators --config: $(cat "$work/err")"
grep -q '^assessments_45wd,[^,]*,percent,flow,higher,85,3,' "$work/out" ||
  fail "the config target is not in the catalogue: $(grep '^assessments_45wd,' "$work/out")"

[[ $failed -eq 0 ]] && echo "indicators: ok"
exit $failed
