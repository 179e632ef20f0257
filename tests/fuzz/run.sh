#!/usr/bin/env bash
# Builds tests/fuzz/fuzz_extract.cpp with clang's libFuzzer, ASan and UBSan into
# build-fuzz/ and runs it. From the repository root:
#   bash tests/fuzz/run.sh [SECONDS=600] [MAX_LEN=4096] [extra libFuzzer options...]
# Needs clang and its runtime (Debian: clang, libclang-rt-14-dev or clang-14's
# bundled runtime). Crashes are written to build-fuzz/fuzz-artifacts/; replay
# one with `build-fuzz/fuzz_extract FILE` (or the g++ replay build, see the
# harness). One job, one worker: the machine is shared.
set -eu
seconds=${1:-600}
max_len=${2:-4096}
shift $(( $# > 2 ? 2 : $# ))
out=build-fuzz
exe=fuzz_extract
mkdir -p "$out/fuzz-corpus" "$out/fuzz-seeds" "$out/fuzz-artifacts" "$out/generated"
# src/core/version.cpp includes the header CMake writes from this template.
sed -e 's/@PROJECT_VERSION@/fuzz/' -e 's/@KPI_GIT_COMMIT@//' src/core/version_info.h.in \
  >"$out/generated/version_info.h"
if [[ ! -x $out/$exe || -n $(find tests/fuzz/fuzz_extract.cpp tests/extract_canonical.h src/core \
      src/extract include -newer "$out/$exe" -type f | head -1) ]]; then
  clang++ -std=c++20 -g -O1 -DKPI_FUZZ -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -Iinclude -Isrc -I"$out/generated" tests/fuzz/fuzz_extract.cpp \
    src/core/*.cpp src/extract/*.cpp src/extract/census/*.cpp src/extract/xlsx/*.cpp -lfmt -lzip \
    -lexpat -lpthread -o "$out/$exe"
fi
# Seeds too big or too repetitive to keep in the repository.
printf 'child_id,contact_date,contact_source\nC1,2017-11-01,%s\n' "$(head -c 100000 /dev/zero | tr '\0' x)" \
  > "$out/fuzz-seeds/huge_field.csv"
printf 'child_id,contact_date\n%s\n' "$(head -c 10000 /dev/zero | tr '\0' ,)" \
  > "$out/fuzz-seeds/commas.csv"
printf '%s\nchild_id,contact_date\nC1,2017-11-01\n' "$(head -c 10000 /dev/zero | tr '\0' ,)" \
  > "$out/fuzz-seeds/commas_header.csv"
root=$(pwd)
seeds=("$root/samples" "$root/tests/e2e/fixtures/check" "$root/tests/e2e/fixtures/check_bad"
       "$root/tests/e2e/fixtures" "$root/tests/fuzz/seeds" "$root/$out/fuzz-seeds")
# -jobs writes the log to fuzz-0.log in the current folder: build-fuzz/.
cd "$out"
exec "./$exe" -jobs=1 -workers=1 -max_len="$max_len" -timeout=10 -rss_limit_mb=3072 \
  -max_total_time="$seconds" -artifact_prefix=fuzz-artifacts/ -print_final_stats=1 "$@" \
  fuzz-corpus "${seeds[@]}"
