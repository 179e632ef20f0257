#!/usr/bin/env bash
# `check --format json` on the real-world header layouts of
# tests/e2e/fixtures/real/ (Annex A lists and SSD tables as other public
# projects write them; each folder's README names its source), compared with
# tests/e2e/expected/check_real_<folder>.json (stdout) and .json.stderr; and
# `dashboard` on each folder must run. Run from the repository root:
#   bash tests/e2e/check_real.sh build/csc-kpi
# UPDATE=1 rewrites the expected files from the current output (review the diff).
set -u
source "$(dirname "$0")/lib/expect.bash"
fixtures=tests/e2e/fixtures/real
keep_stderr=1  # every case pins its stderr, empty or not

folders=0
for folder in "$fixtures"/*/; do
  [[ -d $folder ]] || continue
  folders=$((folders + 1))
  folder=${folder%/}
  # Every file is read or skipped with a notice; none is unusable, unless the
  # folder's README says so and its expected_exit holds 1 (then the dashboard
  # needs --skip-bad-files).
  want=0
  [[ -f $folder/expected_exit ]] && want=$(cat "$folder/expected_exit")
  compare "check_real_$(basename "$folder").json" "$want" check "$folder" --format json
  skip=()
  [[ $want -ne 0 ]] && skip=(--skip-bad-files)
  run dashboard "$folder" -q "${skip[@]}"
  expect_exit "dashboard on $folder" 0
done
# A glob that matched nothing would check nothing: the fixtures must be there.
[[ $folders -gt 0 ]] || fail "no folders in $fixtures (run from the repository root)"

finish check_real
