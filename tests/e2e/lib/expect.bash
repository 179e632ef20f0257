# Expectations shared by the end-to-end scripts. Sourced, not run (ctest runs
# tests/e2e/*.sh only). The sourcing script sets `exe` (the csc-kpi under
# test), `work` (a temporary folder) and, for compare, `expected` (the folder of
# expected files); each failed expectation adds one to `failed`.
passed=0
failed=0

# check NAME EXIT ARGS... with the expected stdout on stdin; stderr must be empty.
check() {
  local name=$1 want_code=$2
  shift 2
  cat >"$work/want"
  "$exe" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [[ $code -eq $want_code ]] && cmp -s "$work/want" "$work/out" && [[ ! -s $work/err ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $code, expected $want_code): csc-kpi $*"
    diff "$work/want" "$work/out" | head -20
    head -5 "$work/err"
  fi
}

# check_error NAME EXIT MESSAGE ARGS...: no stdout, stderr exactly "csc-kpi: error: MESSAGE".
check_error() {
  local name=$1 want_code=$2 message=$3
  shift 3
  "$exe" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [[ $code -eq $want_code && ! -s $work/out && "$(cat "$work/err")" == "csc-kpi: error: $message" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $code, expected $want_code): csc-kpi $*"
    echo "  expected stderr: csc-kpi: error: $message"
    echo "  actual stderr:   $(cat "$work/err")"
  fi
}

# The tool's version line as provenance writes it ("csc-kpi 0.9.0 (commit
# 3f2a9c1d0e4b)") changes with every commit: expected files hold
# "csc-kpi VERSION" instead. Filters stdin to stdout.
normalise_version() {
  sed -E 's/csc-kpi [0-9]+\.[0-9]+\.[0-9]+( \(commit [0-9a-f]+\))?/csc-kpi VERSION/g'
}

# compare NAME EXIT ARGS...: stdout against $expected/NAME, and stderr against
# $expected/NAME.stderr when that file exists. UPDATE=1 rewrites the expected
# files from the current output instead (review the diff); with `keep_stderr`
# set, an empty stderr is kept as an (empty) expected file too.
compare() {
  local name=$1 want_exit=$2
  shift 2
  "$exe" "$@" 2>"$work/err" | normalise_version >"$work/out"
  local code=${PIPESTATUS[0]}
  if [[ $code -ne $want_exit ]]; then
    echo "FAIL $name: exit $code, expected $want_exit: csc-kpi $*"
    cat "$work/err"
    failed=$((failed + 1))
    return
  fi
  if [[ ${UPDATE:-} == 1 ]]; then
    cp "$work/out" "$expected/$name"
    if [[ -s $work/err || -n ${keep_stderr:-} ]]; then
      cp "$work/err" "$expected/$name.stderr"
    else
      rm -f "$expected/$name.stderr"
    fi
    echo "updated $expected/$name"
    return
  fi
  if [[ ! -f $expected/$name ]]; then
    echo "FAIL $name: $expected/$name is missing (run with UPDATE=1 to create it)"
    failed=$((failed + 1))
    return
  fi
  if ! diff -u "$expected/$name" "$work/out"; then
    echo "FAIL $name: stdout differs: csc-kpi $*"
    failed=$((failed + 1))
  fi
  if [[ -f $expected/$name.stderr ]] && ! diff -u "$expected/$name.stderr" "$work/err"; then
    echo "FAIL $name: stderr differs: csc-kpi $*"
    failed=$((failed + 1))
  fi
}
