// What xl/workbook.xml and its relationships say: the sheets, in the order
// Excel shows them, where each sheet's XML is, where the shared strings and
// the styles are, and which date system the workbook counts in.
#pragma once

#include "extract/xlsx/cell_text.h"
#include "extract/xlsx/zip_archive.h"

#include <string>
#include <vector>

namespace kpi::extract::xlsx {

struct SheetEntry {
  std::string name;  // as Excel shows it on the tab
  std::string part;  // "xl/worksheets/sheet3.xml"; empty when the workbook does not say
};

struct WorkbookParts {
  std::vector<SheetEntry> sheets;
  std::string shared_strings;  // empty when the workbook has none
  std::string styles;
  DateSystem dates = DateSystem::from_1900;
};

// Reads them. Throws InputError "<name>: ..." when the zip is no Excel
// workbook (no xl/workbook.xml: a Word or OpenDocument file, or a zip of CSVs).
WorkbookParts read_workbook_parts(ZipArchive& zip, const std::string& name);

}  // namespace kpi::extract::xlsx
