// The Long sheet: the CSV's long form (dashboard_fields.h), one row per
// indicator and period, with an autofilter, ready for a pivot table. Under the
// publication rules a suppressed figure's numerator, denominator and value are
// "[c]" and it has no RAG; a [low] figure's value carries a comment.
#include "report/dashboard_fields.h"
#include "report/xlsx/figure_cell.h"
#include "report/xlsx/sheets.h"

#include <algorithm>
#include <cassert>

namespace kpi::report::xlsx {

namespace {

std::size_t column_of(std::string_view name) {
  const auto& columns = long_form_columns();
  auto it = std::find(columns.begin(), columns.end(), name);
  assert(it != columns.end());
  return static_cast<std::size_t>(it - columns.begin());
}

}  // namespace

void write_long_sheet(Workbook& book, const Dashboard& dashboard) {
  lxw_worksheet* sheet = book.add_sheet("Long");
  const std::size_t value = column_of("value");
  FlatTable table;
  table.columns = long_form_columns();
  std::vector<int> low_rows;  // the table's rows, header excluded
  for (const Figure& figure : long_form_figures(dashboard)) {
    std::vector<Field> fields = long_form_fields(figure);
    FigureCell cell = figure_cell(figure.value, figure.series->info.unit, dashboard.suppression);
    if (cell.suppressed) {
      for (std::string_view name : {"numerator", "denominator", "value"})
        fields[column_of(name)] = std::string(suppressed_text);
      fields[column_of("rag")] = Field();
    }
    if (cell.low) low_rows.push_back(static_cast<int>(table.rows.size()));
    table.add(std::move(fields));
  }
  write_table(book, sheet, table);
  for (int row : low_rows) write_comment(sheet, row + 1, static_cast<int>(value), low_comment);
  set_widths(sheet, {34, 48});
}

}  // namespace kpi::report::xlsx
