// See workbook.h. libxlsxwriter writes nothing until workbook_close(), so a
// missing folder or a full disk shows up there, and only there.
#include "report/xlsx/workbook.h"

#include "kpi/error.h"

#include <fmt/format.h>

#include <cassert>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <new>

namespace kpi::report::xlsx {

namespace {

// Light fills that keep black text readable; the RAG letter beside them says
// the same, so nothing rests on telling the colours apart.
constexpr lxw_color_t green_fill = 0xC6EFCE;
constexpr lxw_color_t amber_fill = 0xFFEB9C;
constexpr lxw_color_t red_fill = 0xFFC7CE;

// libxlsxwriter's reason in our style: lower-case, no trailing period.
std::string reason_text(lxw_error error) {
  std::string text = lxw_strerror(error);
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

lxw_format* fill(lxw_workbook* book, lxw_color_t color) {
  lxw_format* format = workbook_add_format(book);
  format_set_bg_color(format, color);
  return format;
}

}  // namespace

Workbook::Workbook(std::string path) : path_(std::move(path)) {
  book_ = workbook_new(path_.c_str());
  if (book_ == nullptr) throw std::bad_alloc();
  formats_.header = workbook_add_format(book_);
  format_set_bold(formats_.header);
  format_set_bottom(formats_.header, LXW_BORDER_THIN);
  formats_.count = workbook_add_format(book_);
  format_set_num_format(formats_.count, "0");
  formats_.percent = workbook_add_format(book_);
  format_set_num_format(formats_.percent, "0.0\"%\"");
  formats_.green = fill(book_, green_fill);
  formats_.amber = fill(book_, amber_fill);
  formats_.red = fill(book_, red_fill);
}

Workbook::~Workbook() {
  if (book_ != nullptr) lxw_workbook_free(book_);
}

lxw_worksheet* Workbook::add_sheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
  assert(sheet != nullptr);  // our sheet names are valid and distinct
  return sheet;
}

void Workbook::close() {
  assert(book_ != nullptr);
  // libxlsxwriter prints its own "[ERROR]" line when it cannot create the
  // file, and its reason names no system error: try the file first, so that a
  // missing folder is our one error line, with the system's reason.
  std::FILE* probe = std::fopen(path_.c_str(), "wb");
  if (probe == nullptr) {
    int error = errno;
    lxw_workbook_free(book_);
    book_ = nullptr;
    throw InputError(fmt::format("{}: cannot write the workbook ({})", path_, errno_text(error)));
  }
  std::fclose(probe);
  lxw_error error = workbook_close(book_);  // frees the workbook, whatever happens
  book_ = nullptr;
  if (error != LXW_NO_ERROR)
    throw InputError(
        fmt::format("{}: cannot write the workbook ({})", path_, reason_text(error)));
}

void write_text(lxw_worksheet* sheet, int row, int column, std::string_view text,
                lxw_format* format) {
  worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                         std::string(text).c_str(), format);
}

void write_number(lxw_worksheet* sheet, int row, int column, double number, lxw_format* format) {
  worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                         number, format);
}

void write_comment(lxw_worksheet* sheet, int row, int column, const char* comment) {
  worksheet_write_comment(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                          comment);
}

void write_field(lxw_worksheet* sheet, int row, int column, const Field& field,
                 lxw_format* format) {
  if (std::holds_alternative<std::monostate>(field)) return;
  if (const auto* number = std::get_if<long long>(&field))
    write_number(sheet, row, column, static_cast<double>(*number), format);
  else if (const auto* real = std::get_if<double>(&field))
    write_number(sheet, row, column, *real, format);
  else
    write_text(sheet, row, column, field_text(field), format);
}

void write_header(const Workbook& book, lxw_worksheet* sheet, int row,
                  const std::vector<std::string>& columns) {
  for (std::size_t c = 0; c < columns.size(); ++c)
    write_text(sheet, row, static_cast<int>(c), columns[c], book.formats().header);
}

int write_rows(const Workbook& book, lxw_worksheet* sheet, int first, const FlatTable& table) {
  write_header(book, sheet, first, table.columns);
  int row = first + 1;
  for (const auto& fields : table.rows) {
    for (std::size_t c = 0; c < fields.size(); ++c)
      write_field(sheet, row, static_cast<int>(c), fields[c]);
    ++row;
  }
  return row;
}

void write_table(const Workbook& book, lxw_worksheet* sheet, const FlatTable& table) {
  write_rows(book, sheet, 0, table);
  if (!table.columns.empty())
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
  worksheet_freeze_panes(sheet, 1, 0);
}

void set_widths(lxw_worksheet* sheet, std::initializer_list<double> widths) {
  lxw_col_t column = 0;
  for (double width : widths) {
    worksheet_set_column(sheet, column, column, width, nullptr);
    ++column;
  }
}

}  // namespace kpi::report::xlsx
