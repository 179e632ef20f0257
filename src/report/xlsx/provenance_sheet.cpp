// The Provenance sheet: what produced the workbook, as name and value rows
// (provenance_fields: the same facts as every other format's provenance).
#include "report/provenance_render.h"
#include "report/xlsx/sheets.h"

namespace kpi::report::xlsx {

void write_provenance_sheet(Workbook& book, const Provenance& provenance) {
  lxw_worksheet* sheet = book.add_sheet("Provenance");
  FlatTable table;
  table.columns = {"name", "value"};
  for (const auto& [name, value] : provenance_fields(provenance)) table.add({name, value});
  write_rows(book, sheet, 0, table);
  set_widths(sheet, {28, 90});
}

}  // namespace kpi::report::xlsx
