// Which cell styles show a date: a date is stored as a plain number, and only
// its number format (xl/styles.xml) tells it from a count.
#pragma once

#include "extract/xlsx/xml_part.h"

#include <string_view>
#include <vector>

namespace kpi::extract::xlsx {

// Whether a number format code shows a date: a d, m or y outside quoted text,
// [...] brackets (colours, conditions, locales, elapsed [h]) and escaped
// characters. "dd/mm/yyyy", "d-mmm-yy" and "[$-809]dd mmmm yyyy" are dates;
// "0.00", "\"Day\" 0" and "[Red]0" are not. (A time alone, "h:mm", counts:
// its minutes look like months; extracts hold no times alone.)
bool is_date_format(std::string_view code);

// Excel's built-in date formats, which styles.xml names by id only: 14 to 22
// and 45 to 47.
bool is_builtin_date_format(int id);

class Styles {
 public:
  // Reads xl/styles.xml (the cellXfs list, and numFmts for custom formats).
  void read(ZipArchive& zip, const std::string& part, const std::string& where);
  // Whether cells of style index `s` (a cell's s attribute) show dates.
  bool is_date(std::size_t s) const { return s < date_styles_.size() && date_styles_[s]; }

 private:
  std::vector<bool> date_styles_;
};

}  // namespace kpi::extract::xlsx
