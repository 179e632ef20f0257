// The Provenance sheet: what produced the workbook, as name and value rows
// (provenance_fields: the same facts as every other format's provenance).
#include "report/provenance_render.h"
#include "report/xlsx/sheets.h"

namespace kpi::report::xlsx {

void write_provenance_sheet(Workbook& book, const Provenance& provenance) {
  lxw_worksheet* sheet = book.add_sheet("Provenance");
  write_header(book, sheet, 0, {"name", "value"});
  int row = 0;
  for (const auto& [name, value] : provenance_fields(provenance)) {
    ++row;
    write_text(sheet, row, 0, name);
    write_text(sheet, row, 1, value);
  }
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  worksheet_set_column(sheet, 1, 1, 90, nullptr);
}

}  // namespace kpi::report::xlsx
