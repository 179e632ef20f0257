// The workbook of `dashboard --format xlsx` as libxlsxwriter sees it: one
// object that owns the lxw_workbook, makes the shared cell formats once, and
// turns a failure to write the file into an InputError. The sheets
// (sheets.h) write cells through the helpers below, so that a number is always
// a number and a field of flat_table.h is written the same way on every sheet.
#pragma once

#include "report/flat_table.h"

#include <xlsxwriter.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::report::xlsx {

struct Formats {
  lxw_format* header = nullptr;   // bold, bottom border
  lxw_format* count = nullptr;    // "0": an integer
  lxw_format* percent = nullptr;  // 0.0"%": the percentage number itself, not multiplied
  lxw_format* green = nullptr;    // RAG fills (conditional formats)
  lxw_format* amber = nullptr;
  lxw_format* red = nullptr;
};

class Workbook {
 public:
  explicit Workbook(std::string path);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  lxw_worksheet* add_sheet(const std::string& name);
  const Formats& formats() const { return formats_; }
  // Writes the file; InputError "path: cannot write the workbook (reason)".
  void close();

 private:
  std::string path_;
  lxw_workbook* book_ = nullptr;
  Formats formats_;
};

// Cells. Text is written as text even when it looks like a number.
void write_text(lxw_worksheet* sheet, int row, int column, std::string_view text,
                lxw_format* format = nullptr);
void write_number(lxw_worksheet* sheet, int row, int column, double number,
                  lxw_format* format = nullptr);
void write_comment(lxw_worksheet* sheet, int row, int column, const char* comment);
// A field of flat_table.h: nothing for no value, numbers as numbers, a flag
// as Y or N (as in the CSV).
void write_field(lxw_worksheet* sheet, int row, int column, const Field& field,
                 lxw_format* format = nullptr);
// The column names in `row`, in the header format.
void write_header(const Workbook& book, lxw_worksheet* sheet, int row,
                  const std::vector<std::string>& columns);
// `table` from row `first`, header first; returns the row after it.
int write_rows(const Workbook& book, lxw_worksheet* sheet, int first, const FlatTable& table);
// `table` from the first row with an autofilter over it and the header
// frozen: ready for a pivot table.
void write_table(const Workbook& book, lxw_worksheet* sheet, const FlatTable& table);
// The widths of the first columns, in characters.
void set_widths(lxw_worksheet* sheet, std::initializer_list<double> widths);

}  // namespace kpi::report::xlsx
