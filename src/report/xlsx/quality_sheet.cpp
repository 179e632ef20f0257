// The Data quality sheet: the run's reconciliation (reconciliation_lines on
// stderr says the same): one row per input file (kind, rows read, used,
// excluded, findings, or why it was not used), then one row per reason a row
// was excluded and per data-quality finding, by file.
#include "report/report_common.h"
#include "report/xlsx/sheets.h"

namespace kpi::report::xlsx {

void write_quality_sheet(Workbook& book, const std::vector<FileReport>& files) {
  lxw_worksheet* sheet = book.add_sheet("Data quality");
  FlatTable summary;
  summary.columns = {"file", "kind", "rows", "used", "excluded", "findings", "not used"};
  FlatTable reasons;
  reasons.columns = {"file", "what", "reason", "rows"};
  for (const FileReport& file : files) {
    std::string kind = file.kind ? std::string(kind_name(*file.kind)) : file.used_for.value_or("");
    std::string not_used = file.skipped ? "skipped: " + *file.skipped
                           : file.error ? *file.error
                                        : "";
    summary.add({file.file, text_or_none(kind), static_cast<long long>(file.rows),
                 static_cast<long long>(file.used), static_cast<long long>(total(file.excluded)),
                 static_cast<long long>(total(file.findings)), text_or_none(not_used)});
    for (const auto& [what, counts] :
         {std::pair{"excluded", &file.excluded}, std::pair{"finding", &file.findings}})
      for (const auto& [reason, n] : *counts)
        reasons.add({file.file, std::string(what), reason, static_cast<long long>(n)});
  }
  write_table(book, sheet, summary);
  // The reasons below the files, after an empty row.
  write_rows(book, sheet, static_cast<int>(summary.rows.size()) + 2, reasons);
  set_widths(sheet, {40, 16, 40});
}

}  // namespace kpi::report::xlsx
