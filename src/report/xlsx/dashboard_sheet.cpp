// The Dashboard sheet, laid out like the table: indicators down (id, title),
// months across, then the rolling 3 months, year to date, target, RAG and
// trend. Figures are numbers in the indicator's unit (percentages as the
// percentage, 56.9, shown as "56.9%" by the number format). The RAG letter is
// written in its column (reporting_rag, as the table), and the reporting
// month's cells are filled by a conditional format that reads that letter, so
// the colour and the letter cannot disagree and nothing is by colour alone.
#include "report/report_common.h"
#include "report/xlsx/figure_cell.h"
#include "report/xlsx/sheets.h"

#include <fmt/format.h>

namespace kpi::report::xlsx {

namespace {

// Conditional formats on the column `column` (the reporting month), rows 1..last,
// from the RAG letters in column `rag_column`.
void rag_fills(const Workbook& book, lxw_worksheet* sheet, int column, int rag_column, int last) {
  if (last < 1) return;
  char rag_cell[16];
  lxw_col_to_name(rag_cell, static_cast<lxw_col_t>(rag_column), true);
  const std::pair<Rag, lxw_format*> fills[] = {{Rag::green, book.formats().green},
                                               {Rag::amber, book.formats().amber},
                                               {Rag::red, book.formats().red}};
  for (const auto& [rag, format] : fills) {
    // Relative to the range's first cell (row 2): each row reads its own letter.
    std::string formula = fmt::format("={}2=\"{}\"", rag_cell, rag_letter(rag));
    lxw_conditional_format rule{};
    rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
    rule.value_string = formula.data();
    rule.format = format;
    worksheet_conditional_format_range(sheet, 1, static_cast<lxw_col_t>(column),
                                       static_cast<lxw_row_t>(last),
                                       static_cast<lxw_col_t>(column), &rule);
  }
}

}  // namespace

void write_dashboard_sheet(Workbook& book, const Dashboard& dashboard) {
  lxw_worksheet* sheet = book.add_sheet("Dashboard");
  const int months = static_cast<int>(dashboard.periods.size());
  std::vector<std::string> header = {"id", "title"};
  for (auto month : dashboard.periods) header.push_back(period_label(month));
  for (const char* name : {"3 months", "year to date", "target", "RAG", "trend"})
    header.emplace_back(name);
  write_header(book, sheet, 0, header);
  const int first_month = 2, rolling = first_month + months, year = rolling + 1,
            target = year + 1, rag_column = target + 1, trend_column = rag_column + 1;

  int row = 0;
  for (const Series& series : dashboard.indicators) {
    ++row;
    const IndicatorInfo& info = series.info;
    write_text(sheet, row, 0, info.id);
    write_text(sheet, row, 1, info.title);
    if (!series.missing.empty()) {
      write_text(sheet, row, first_month, fmt::format("({})", series.missing));
      continue;
    }
    lxw_format* unit_format =
        info.unit == Unit::percent ? book.formats().percent : book.formats().count;
    // Suppressed: the reporting month (no RAG), the month before (with it, no trend).
    bool reporting_hidden = false, before_hidden = false;
    auto figure = [&](int column, const std::optional<Value>& value) {
      FigureCell cell = figure_cell(value, info.unit, dashboard.suppression);
      write_field(sheet, row, column, cell.content, unit_format);
      if (cell.low) write_comment(sheet, row, column, low_comment);
      return cell;
    };
    for (int m = 0; m < months; ++m) {
      auto i = static_cast<std::size_t>(m);
      FigureCell cell = figure(first_month + m, i < series.values.size() ? series.values[i]
                                                                         : std::nullopt);
      if (m == months - 1) reporting_hidden = cell.suppressed;
      if (m == months - 2) before_hidden = cell.suppressed;
    }
    figure(rolling, series.rolling_3m);
    figure(year, series.year_to_date);
    if (info.rag) write_number(sheet, row, target, info.rag->target, unit_format);
    if (!reporting_hidden) write_text(sheet, row, rag_column, rag_letter(reporting_rag(series)));
    if (!reporting_hidden && !before_hidden) write_text(sheet, row, trend_column, trend(series));
  }
  if (months > 0) rag_fills(book, sheet, first_month + months - 1, rag_column, row);

  worksheet_freeze_panes(sheet, 1, 1);
  set_widths(sheet, {34, 48});
  worksheet_set_column(sheet, static_cast<lxw_col_t>(first_month),
                       static_cast<lxw_col_t>(trend_column), 10, nullptr);
}

}  // namespace kpi::report::xlsx
