// The dashboard in long form for spreadsheets and pipelines: one row per
// indicator and period, then its rolling_3m and year_to_date rows. Figures are
// unrounded; a field is empty where there is no value (the numerator too when
// the figure could not be computed at all, or does not apply).
#include "report/flat_table.h"
#include "report/report_common.h"

#include <fmt/format.h>

namespace kpi {

namespace {

using report::csv_field;

void add_row(std::string& out, const Series& series, std::string_view period,
             const std::optional<Value>& value) {
  const IndicatorInfo& info = series.info;
  std::string rag;
  if (value) rag = rag_name(rate(info.polarity, info.rag, value->value(info.unit)));
  out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(info.id),
                     csv_field(info.title), unit_name(info.unit), period,
                     report::numerator_text(value), report::denominator_text(value),
                     report::value_text(value, info.unit), report::target_text(info), rag,
                     report::csv_flag(value && value->partial_history),
                     report::csv_flag(value && value->partial_coverage),
                     report::csv_flag(value && value->low), csv_field(series.missing));
}

}  // namespace

std::string render_csv(const Dashboard& dashboard) {
  std::string out =
      "id,title,unit,period,numerator,denominator,value,target,rag,partial_history,"
      "partial_coverage,low,missing\n";
  for (const Series& series : dashboard.indicators) {
    for (std::size_t i = 0; i < dashboard.periods.size(); ++i)
      add_row(out, series, period_label(dashboard.periods[i]),
              i < series.values.size() ? series.values[i] : std::nullopt);
    add_row(out, series, "rolling_3m", series.rolling_3m);
    add_row(out, series, "year_to_date", series.year_to_date);
  }
  return out;
}

}  // namespace kpi
