// write_dashboard_xlsx (kpi/report.h): the sheets in the order a reader
// wants them: the figures, their long form, the cases when asked, then where
// they came from (data quality, provenance).
#include "kpi/report.h"
#include "report/xlsx/sheets.h"

namespace kpi {

void write_dashboard_xlsx(const Dashboard& dashboard, const std::string& path,
                          const std::vector<ShowReport>& cases) {
  report::xlsx::Workbook book(path);
  report::xlsx::write_dashboard_sheet(book, dashboard);
  report::xlsx::write_long_sheet(book, dashboard);
  if (!cases.empty()) report::xlsx::write_cases_sheet(book, cases);
  report::xlsx::write_quality_sheet(book, dashboard.inputs);
  if (dashboard.provenance) report::xlsx::write_provenance_sheet(book, *dashboard.provenance);
  book.close();
}

}  // namespace kpi
