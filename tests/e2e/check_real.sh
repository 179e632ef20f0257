#!/usr/bin/env bash
# `check --format json` on the real-world header layouts of
# tests/e2e/fixtures/real/ (Annex A lists and SSD tables as other public
# projects write them; each folder's README names its source), compared with
# tests/e2e/expected/check_real_<folder>.json (stdout) and .json.stderr; and
# `dashboard` on each folder must run. Run from the repository root:
#   bash tests/e2e/check_real.sh build/csc-kpi
# UPDATE=1 rewrites the expected files from the current output (review the diff).
set -u
exe=${1:?usage: bash tests/e2e/check_real.sh PATH_TO_CSC_KPI}
expected=tests/e2e/expected
fixtures=tests/e2e/fixtures/real
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
source "$(dirname "$0")/lib/expect.bash"  # normalise_version

for folder in "$fixtures"/*/; do
  folder=${folder%/}
  name=check_real_$(basename "$folder").json
  "$exe" check "$folder" --format json 2>"$work/err" | normalise_version >"$work/out"
  code=${PIPESTATUS[0]}
  # Every file is read or skipped with a notice; none is unusable, unless the
  # folder's README says so and its expected_exit holds 1.
  want=0
  [[ -f $folder/expected_exit ]] && want=$(cat "$folder/expected_exit")
  if [[ $code -ne $want ]]; then
    echo "FAIL $name: exit $code, expected $want: csc-kpi check $folder --format json"
    cat "$work/err"
    failed=1
    continue
  fi
  if [[ ${UPDATE:-} == 1 ]]; then
    cp "$work/out" "$expected/$name"
    cp "$work/err" "$expected/$name.stderr"
    echo "updated $expected/$name"
  else
    for stream in out err; do
      file=$expected/$name
      [[ $stream == err ]] && file=$file.stderr
      if [[ ! -f $file ]]; then
        echo "FAIL $name: $file is missing (run with UPDATE=1 to create it)"
        failed=1
      elif ! diff -u "$file" "$work/$stream"; then
        echo "FAIL $name: std$stream differs: csc-kpi check $folder --format json"
        failed=1
      fi
    done
  fi
  skip=()
  [[ $want -ne 0 ]] && skip=(--skip-bad-files)
  if ! "$exe" dashboard "$folder" -q "${skip[@]}" >"$work/dashboard" 2>"$work/err"; then
    echo "FAIL dashboard on $folder:"
    cat "$work/err"
    failed=1
  fi
done

if [[ $failed -ne 0 ]]; then
  echo "check_real.sh: FAILED"
  exit 1
fi
echo "check_real.sh: ok"
