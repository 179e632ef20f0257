#!/usr/bin/env bash
# libzip against minizip on one workbook (bench/zip_compare/zip_compare.cpp):
#   bash bench/zip_compare.sh WORKBOOK.xlsx
set -euo pipefail
cd "$(dirname "$0")/.."
out=${TMPDIR:-/tmp}/zip_compare.$$
g++ -O2 -std=c++20 bench/zip_compare/zip_compare.cpp -lzip -lminizip -o "$out"
"$out" "$1"
rm -f "$out"
