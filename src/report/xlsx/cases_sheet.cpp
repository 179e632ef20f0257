// The Cases sheet (dashboard --cases): the case rows behind every indicator
// for the months shown, as `show FAMILY --cases --format csv` writes them
// (case_fields), every family in one table. Families name different record
// ids and days, so the columns are their union: a column new to the table goes
// after the one that precedes it in its family, and a case leaves the
// columns of other families empty.
#include "report/case_fields.h"
#include "report/xlsx/sheets.h"

#include <algorithm>

namespace kpi::report::xlsx {

namespace {

std::vector<std::string> union_of_columns(const std::vector<FlatTable>& tables) {
  std::vector<std::string> columns;
  for (const FlatTable& table : tables) {
    auto after = columns.begin();
    for (const std::string& column : table.columns) {
      auto found = std::find(columns.begin(), columns.end(), column);
      if (found == columns.end()) found = columns.insert(after, column);
      after = found + 1;
    }
  }
  return columns;
}

}  // namespace

void write_cases_sheet(Workbook& book, const std::vector<ShowReport>& families) {
  lxw_worksheet* sheet = book.add_sheet("Cases");
  std::vector<FlatTable> tables;
  for (const ShowReport& family : families) tables.push_back(case_fields(family));
  FlatTable all;
  all.columns = union_of_columns(tables);
  for (const FlatTable& table : tables) {
    std::vector<std::size_t> place;  // of each of the table's columns in `all`
    for (const std::string& column : table.columns)
      place.push_back(static_cast<std::size_t>(
          std::find(all.columns.begin(), all.columns.end(), column) - all.columns.begin()));
    for (const auto& row : table.rows) {
      std::vector<Field> fields(all.columns.size());
      for (std::size_t c = 0; c < row.size(); ++c) fields[place[c]] = row[c];
      all.add(std::move(fields));
    }
  }
  write_table(book, sheet, all);
  set_widths(sheet, {34});
}

}  // namespace kpi::report::xlsx
