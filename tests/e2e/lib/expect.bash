# Expectations shared by the end-to-end scripts: every tests/e2e/*.sh sources
# this file, and none defines its own fail() or comparison, so that every
# script reports, counts and updates expected files the same way. Sourced, not
# run (ctest runs tests/e2e/*.sh only), from the repository root:
#   source "$(dirname "$0")/lib/expect.bash"    # takes the script's $1
#   ...expectations...
#   finish NAME
#
# It sets `exe` (the csc-kpi under test, from the script's first argument, as an
# absolute path so that a script may cd), `work` (a temporary folder, removed on
# exit) and `expected` (tests/e2e/expected). After `run`, `code` is the exit
# code and $work/out, $work/err hold stdout and stderr. UPDATE=1 rewrites the
# expected files of compare/expect_same from the current output instead of
# comparing (review the diff). A script that ends without calling `finish`
# fails, whatever its exit code.
exe=${1:?usage: bash $0 PATH_TO_CSC_KPI}
exe=$(realpath "$exe")
if [[ ! -x $exe ]]; then
  echo "FAIL: $exe is not an executable"
  exit 1
fi
work=$(mktemp -d)
finished=
# A script that stops before `finish` (an early exit, a fatal error) fails.
trap 'rm -rf "$work"; [[ -n $finished ]] || { echo "FAIL: $0 ended before finish"; exit 1; }' EXIT
expected=$(cd "$(dirname "${BASH_SOURCE[0]}")/../expected" && pwd)
passed=0
failed=0
code=0

# fail MESSAGE...: one failed expectation, said on stdout.
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}

# pass: one expectation met (for a script's own test of a result).
pass() {
  passed=$((passed + 1))
}

# run ARGS...: runs csc-kpi; stdout to $work/out, stderr to $work/err, exit in `code`.
run() {
  "$exe" "$@" >"$work/out" 2>"$work/err"
  code=$?
}

# expect NAME COMMAND...: COMMAND (a grep on $work/out, say) must succeed; on
# failure the start of the last run's stdout and stderr is shown.
expect() {
  local name=$1
  shift
  if "$@"; then
    pass
  else
    fail "$name"
    echo "  stdout: $(head -c 300 "$work/out")"
    echo "  stderr: $(head -c 300 "$work/err")"
  fi
}

# expect_exit NAME EXIT: the last run exited with EXIT.
expect_exit() {
  if [[ $code -eq $2 ]]; then
    passed=$((passed + 1))
  else
    fail "$1: exit $code, expected $2"
    head -5 "$work/err"
  fi
}

# expect_text NAME FILE: FILE holds exactly the text on stdin.
expect_text() {
  local name=$1 file=$2
  cat >"$work/want"
  if cmp -s "$work/want" "$file"; then
    passed=$((passed + 1))
  else
    fail "$name"
    diff -u "$work/want" "$file" | head -30
  fi
}

# check NAME EXIT ARGS... with the expected stdout on stdin; stderr must be empty.
check() {
  local name=$1 want_code=$2
  shift 2
  cat >"$work/want"
  run "$@"
  if [[ $code -eq $want_code ]] && cmp -s "$work/want" "$work/out" && [[ ! -s $work/err ]]; then
    passed=$((passed + 1))
  else
    fail "$name (exit $code, expected $want_code): csc-kpi $*"
    diff "$work/want" "$work/out" | head -20
    head -5 "$work/err"
  fi
}

# check_error NAME EXIT MESSAGE ARGS...: no stdout, stderr exactly "csc-kpi: error: MESSAGE".
check_error() {
  local name=$1 want_code=$2 message=$3
  shift 3
  run "$@"
  if [[ $code -eq $want_code && ! -s $work/out && "$(cat "$work/err")" == "csc-kpi: error: $message" ]]; then
    passed=$((passed + 1))
  else
    fail "$name (exit $code, expected $want_code): csc-kpi $*"
    echo "  expected stderr: csc-kpi: error: $message"
    echo "  actual stderr:   $(cat "$work/err")"
    [[ -s $work/out ]] && echo "  stdout not empty: $(head -c 200 "$work/out")"
  fi
}

# The tool's version line as provenance writes it ("csc-kpi 0.9.0 (commit
# 3f2a9c1d0e4b)") changes with every commit: expected files hold
# "csc-kpi VERSION" instead. Filters stdin to stdout.
normalise_version() {
  sed -E 's/csc-kpi [0-9]+\.[0-9]+\.[0-9]+( \(commit [0-9a-f]+\))?/csc-kpi VERSION/g'
}

# expect_same NAME: the last run's stdout against $expected/NAME, and its stderr
# against $expected/NAME.stderr, which must be empty when that file does not
# exist; the version line is normalised first (normalise_version). With `keep_stderr` set every case pins its stderr in a file, empty or
# not, and a missing .stderr file fails. UPDATE=1 rewrites the files instead.
expect_same() {
  local name=$1
  normalise_version <"$work/out" >"$work/out.normalised" && mv "$work/out.normalised" "$work/out"
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
  local before=$failed
  if [[ ! -f $expected/$name ]]; then
    fail "$name: $expected/$name is missing (run with UPDATE=1 to create it)"
  elif ! diff -u "$expected/$name" "$work/out"; then
    fail "$name: stdout differs"
  fi
  if [[ -f $expected/$name.stderr ]]; then
    diff -u "$expected/$name.stderr" "$work/err" || fail "$name: stderr differs"
  elif [[ -n ${keep_stderr:-} ]]; then
    fail "$name: $expected/$name.stderr is missing (run with UPDATE=1 to create it)"
  elif [[ -s $work/err ]]; then
    fail "$name: stderr not empty (and no $name.stderr expected): $(head -c 300 "$work/err")"
  fi
  [[ $failed -eq $before ]] && passed=$((passed + 1))
}

# compare NAME EXIT ARGS...: runs csc-kpi ARGS, expects EXIT, then expect_same NAME.
compare() {
  local name=$1 want_exit=$2
  shift 2
  run "$@"
  if [[ $code -ne $want_exit ]]; then
    fail "$name: exit $code, expected $want_exit: csc-kpi $*"
    cat "$work/err"
    return
  fi
  expect_same "$name"
}

# finish NAME: the tally; exits 1 when any expectation failed, else 0.
finish() {
  finished=1
  echo "$1: $passed passed, $failed failed"
  [[ $failed -eq 0 ]] || exit 1
  exit 0
}
