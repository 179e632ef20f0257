#include "extract/xlsx/sheet_rows.h"

#include "kpi/error.h"

#include <fmt/format.h>

#include <charconv>

namespace kpi::extract::xlsx {
namespace {

// The letters of a column number, for messages ("C" for 2).
std::string column_letters(unsigned column) {
  std::string letters;
  for (unsigned n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const std::string& where, const CellContext& context,
               const std::function<bool(unsigned, const std::vector<std::string>&)>& on_row)
      : where_(where), context_(context), on_row_(on_row) {}

  void start(std::string_view name, const char** attributes) override {
    if (in_cell_) {
      if (name == "v") in_value_ = true;
      else if (name == "is") in_inline_ = true;
      else if (in_inline_) rich_.start(name);
    } else if (name == "c" && in_row_) {
      start_cell(attributes);
    } else if (name == "row") {
      start_row(attributes);
    }
  }

  void end(std::string_view name) override {
    if (in_cell_) {
      if (name == "v") in_value_ = false;
      else if (name == "is") in_inline_ = false;
      else if (name == "c") end_cell();
      else if (in_inline_) rich_.end(name);
    } else if (name == "row" && in_row_) {
      end_row();
    }
  }

  void text(std::string_view text) override {
    if (!in_cell_) return;
    bool fits = true;
    if (in_value_) {
      fits = value_.size() + text.size() <= max_cell_bytes;
      if (fits) value_.append(text);
    } else if (in_inline_) {
      fits = rich_.text(text, value_);
    }
    if (!fits) cell_error(fmt::format("more than {} MB of text", max_cell_bytes >> 20));
  }

  bool done() const override { return stop_; }

 private:
  enum class Type { number, shared, inline_text, text, boolean, error, iso_date };

  void start_row(const char** attributes) {
    unsigned row = row_ + 1;
    if (const char* r = attribute(attributes, "r")) {
      unsigned n = 0;
      std::string_view s(r);
      auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
      if (ec != std::errc() || ptr != s.data() + s.size() || n == 0 || n > max_sheet_rows)
        throw InputError(fmt::format("{}: row reference '{}' is not a row number from 1 to {}",
                                     where_, r, max_sheet_rows));
      row = n;
    }
    if (row > max_sheet_rows)
      throw InputError(fmt::format("{}: more than {} rows", where_, max_sheet_rows));
    row_ = row;
    in_row_ = true;
    column_ = 0;
    for (std::size_t i = 0; i < width_; ++i) cells_[i].clear();
    width_ = 0;
  }

  void start_cell(const char** attributes) {
    unsigned column = column_;
    if (const char* r = attribute(attributes, "r")) {
      unsigned ref_row = 0;
      if (!parse_cell_reference(r, column, ref_row))
        throw InputError(fmt::format("{}:{}: cell reference '{}' is not a cell of a sheet (A1 to "
                                     "XFD{})", where_, row_, r, max_sheet_rows));
    }
    if (column >= max_sheet_columns)
      throw InputError(fmt::format("{}:{}: more than {} columns", where_, row_, max_sheet_columns));
    column_ = column;
    const char* type = attribute(attributes, "t");
    const std::string_view t = type ? type : "n";
    type_ = t == "s" ? Type::shared
            : t == "inlineStr" ? Type::inline_text
            : t == "str" ? Type::text
            : t == "b" ? Type::boolean
            : t == "e" ? Type::error
            : t == "d" ? Type::iso_date
                       : Type::number;
    date_ = false;
    if (const char* s = attribute(attributes, "s")) {
      std::size_t style = 0;
      std::string_view sv(s);
      auto [ptr, ec] = std::from_chars(sv.data(), sv.data() + sv.size(), style);
      date_ = ec == std::errc() && context_.styles.is_date(style);
    }
    value_.clear();
    in_cell_ = true;
  }

  void end_cell() {
    in_cell_ = in_value_ = in_inline_ = false;
    const unsigned column = column_++;
    if (value_.empty()) return;
    if (column >= cells_.size()) cells_.resize(column + 1);
    std::string& cell = cells_[column];
    switch (type_) {
      case Type::shared: {
        std::size_t index = 0;
        auto [ptr, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
        if (ec != std::errc() || ptr != value_.data() + value_.size() ||
            index >= context_.strings.size())
          cell_error(fmt::format("shared string '{}' does not exist (the workbook has {})",
                                 value_, context_.strings.size()), column);
        cell.assign(context_.strings[index]);
        break;
      }
      case Type::number:
        if (date_) date_text(value_, context_.dates, cell);
        else number_text(value_, cell);
        break;
      case Type::boolean: cell = value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_; break;
      // A date in ISO form (strict OOXML): its date part.
      case Type::iso_date: cell.assign(value_, 0, value_.find('T')); break;
      case Type::inline_text:
      case Type::text:
      case Type::error: cell = value_; break;
    }
    if (!cell.empty() && column + 1 > width_) width_ = column + 1;
  }

  void end_row() {
    in_row_ = false;
    if (width_ == 0) return;  // an empty (or only formatted) row is not a row, as ",,," in a CSV
    // Swapped out and back, so that every cell keeps its buffer for the next row.
    row_cells_.resize(width_);
    for (std::size_t i = 0; i < width_; ++i) row_cells_[i].swap(cells_[i]);
    stop_ = !on_row_(row_, row_cells_);
    for (std::size_t i = 0; i < width_; ++i) row_cells_[i].swap(cells_[i]);
  }

  [[noreturn]] void cell_error(const std::string& problem) { cell_error(problem, column_); }
  [[noreturn]] void cell_error(const std::string& problem, unsigned column) {
    throw InputError(
        fmt::format("{}:{}: cell {}{}: {}", where_, row_, column_letters(column), row_, problem));
  }

  const std::string& where_;
  const CellContext& context_;
  const std::function<bool(unsigned, const std::vector<std::string>&)>& on_row_;
  std::vector<std::string> cells_;      // by column; [0, width_) may be set
  std::vector<std::string> row_cells_;  // the row handed on
  std::size_t width_ = 0;               // columns up to the last non-empty cell
  std::string value_;
  RichText rich_;
  unsigned row_ = 0, column_ = 0;
  Type type_ = Type::number;
  bool date_ = false, in_row_ = false, in_cell_ = false, in_value_ = false, in_inline_ = false;
  bool stop_ = false;
};

}  // namespace

bool parse_cell_reference(std::string_view ref, unsigned& column, unsigned& row) {
  std::size_t i = 0;
  unsigned long col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) {
    col = col * 26 + static_cast<unsigned>(ref[i] - 'A' + 1);
    ++i;
  }
  if (i == 0 || col > max_sheet_columns) return false;
  unsigned long r = 0;
  const std::size_t digits = i;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits < 8; ++i)
    r = r * 10 + static_cast<unsigned>(ref[i] - '0');
  if (i != ref.size() || r > max_sheet_rows) return false;
  column = static_cast<unsigned>(col - 1);
  row = static_cast<unsigned>(r);
  return true;
}

void read_sheet_rows(ZipArchive& zip, const std::string& part, const std::string& where,
                     const CellContext& context,
                     const std::function<bool(unsigned, const std::vector<std::string>&)>& on_row) {
  SheetHandler handler(where, context, on_row);
  parse_part(zip, part, where, handler);
}

}  // namespace kpi::extract::xlsx
