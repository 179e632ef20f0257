// The workbook's pure parts: what a figure becomes under the publication rules
// (figure_cell), and the error for a file that cannot be written. The sheets
// themselves are read back by tests/e2e/board_xlsx.sh (openpyxl).
#include "kpi/error.h"
#include "kpi/report.h"
#include "report/xlsx/figure_cell.h"

#include <doctest/doctest.h>

using namespace kpi;
using report::xlsx::figure_cell;

namespace {

Value count(long n) {
  Value value;
  value.numerator = n;
  return value;
}
Value percent(long numerator, long denominator) {
  Value value = count(numerator);
  value.denominator = denominator;
  return value;
}

}  // namespace

TEST_SUITE("report") {

TEST_CASE("xlsx figure: a number in its unit, nothing without a value") {
  Suppression off;
  auto cell = figure_cell(count(420), Unit::count, off);
  CHECK(cell.content == report::Field(420.0));
  CHECK_FALSE(cell.suppressed);
  CHECK_FALSE(cell.low);
  // 45 of 60: the percentage itself (75), not the fraction (0.75).
  CHECK(figure_cell(percent(45, 60), Unit::percent, off).content == report::Field(75.0));
  CHECK(figure_cell(std::nullopt, Unit::count, off).content == report::Field());
  // A percentage over no cases has no value.
  CHECK(figure_cell(percent(0, 0), Unit::percent, off).content == report::Field());
}

TEST_CASE("xlsx figure: --suppress writes [c] for 1 to 5, keeps 0") {
  Suppression on{.on = true};
  auto three = figure_cell(count(3), Unit::count, on);
  CHECK(three.content == report::Field(std::string("[c]")));
  CHECK(three.suppressed);
  CHECK(figure_cell(count(0), Unit::count, on).content == report::Field(0.0));
  CHECK(figure_cell(count(6), Unit::count, on).content == report::Field(6.0));
  // 3 of 4: the denominator is small.
  CHECK(figure_cell(percent(3, 4), Unit::percent, on).suppressed);
  CHECK(figure_cell(percent(10, 20), Unit::percent, on).content == report::Field(50.0));
}

TEST_CASE("xlsx figure: [low] marks a percentage over a small base, value kept") {
  Suppression low{.low_base = 10};
  auto cell = figure_cell(percent(3, 4), Unit::percent, low);
  CHECK(cell.low);
  CHECK_FALSE(cell.suppressed);
  CHECK(cell.content == report::Field(75.0));
  CHECK_FALSE(figure_cell(percent(5, 10), Unit::percent, low).low);
}

TEST_CASE("xlsx: a workbook in a missing folder is an input error naming the path") {
  Dashboard dashboard;
  std::string path = "/nonexistent-folder-csc-kpi/board.xlsx";
  CHECK_THROWS_WITH_AS(write_dashboard_xlsx(dashboard, path),
                       "/nonexistent-folder-csc-kpi/board.xlsx: cannot write the workbook (no "
                       "such file or directory)",
                       InputError);
}

}  // TEST_SUITE
