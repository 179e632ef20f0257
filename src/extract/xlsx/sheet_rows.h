// The rows of one worksheet (xl/worksheets/sheetN.xml), streamed: each row's
// cells are turned into the text a CSV of the sheet would hold (cell_text.h)
// and handed on as soon as the row ends.
#pragma once

#include "extract/xlsx/cell_text.h"
#include "extract/xlsx/shared_strings.h"
#include "extract/xlsx/styles.h"

#include <functional>
#include <string>
#include <vector>

namespace kpi::extract::xlsx {

// Excel's limits: a cell reference beyond them is a damaged sheet.
inline constexpr unsigned max_sheet_rows = 1048576;
inline constexpr unsigned max_sheet_columns = 16384;  // A to XFD

struct CellContext {
  const SharedStrings& strings;
  const Styles& styles;
  DateSystem dates;
};

// Calls on_row(row number, cells) for each row with at least one non-empty
// cell, in the sheet's order. cells[i] is the text of column i (A is 0), ""
// for a missing cell; empty cells at the end are dropped. A row or cell
// without a reference (r="C12") follows the one before it. on_row returns
// false to stop reading. `where` ("book.xlsx[List 3]") starts every error:
// "<where>:<row>: cell C12: ..." for a bad cell, "<where>: <part>:<line>:<col>:
// ..." for bad XML.
void read_sheet_rows(ZipArchive& zip, const std::string& part, const std::string& where,
                     const CellContext& context,
                     const std::function<bool(unsigned, const std::vector<std::string>&)>& on_row);

// "C12" -> column 2 and row 12 (either 0 when absent from the reference);
// false when the reference is not a cell reference or lies beyond Excel's limits.
bool parse_cell_reference(std::string_view ref, unsigned& column, unsigned& row);

}  // namespace kpi::extract::xlsx
