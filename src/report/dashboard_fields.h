// The dashboard's long form as named fields (flat_table.h): one row per
// indicator and period, then its rolling_3m and year_to_date rows. The CSV
// (render_csv) and the workbook's Long sheet (src/report/xlsx/) both write
// these rows, so that their columns and values cannot drift apart.
#pragma once

#include "kpi/dashboard.h"
#include "report/flat_table.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi::report {

// One figure of the long form: an indicator, its period ("2017-11",
// "rolling_3m" or "year_to_date") and its value (nullopt: none, or does not apply).
struct Figure {
  const Series* series = nullptr;
  std::string period;
  std::optional<Value> value;
};

// Every figure of `dashboard` in long-form order: per indicator, its months
// oldest first, then rolling_3m and year_to_date.
std::vector<Figure> long_form_figures(const Dashboard& dashboard);

// id,title,unit,period,numerator,denominator,value,target,rag,partial_history,
// partial_coverage,low,missing
const std::vector<std::string>& long_form_columns();

// A figure's fields, one per long_form_columns(). Figures are unrounded; a
// field has no value where there is no figure (the numerator too when the
// figure could not be computed at all, or does not apply).
std::vector<Field> long_form_fields(const Figure& figure);

}  // namespace kpi::report
