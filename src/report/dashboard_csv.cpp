// The dashboard in long form for spreadsheets and pipelines: the rows of
// dashboard_fields.h as CSV.
#include "report/dashboard_fields.h"
#include "report/report_common.h"

#include "kpi/suppression.h"

namespace kpi {

namespace report {

std::vector<Figure> long_form_figures(const Dashboard& dashboard) {
  std::vector<Figure> figures;
  for (const Series& series : dashboard.indicators) {
    for (std::size_t i = 0; i < dashboard.periods.size(); ++i)
      figures.push_back({&series, period_label(dashboard.periods[i]),
                         i < series.values.size() ? series.values[i] : std::nullopt});
    figures.push_back({&series, "rolling_3m", series.rolling_3m});
    figures.push_back({&series, "year_to_date", series.year_to_date});
  }
  return figures;
}

const std::vector<std::string>& long_form_columns() {
  static const std::vector<std::string> columns = {
      "id",    "title",  "unit", "period",          "numerator",        "denominator",
      "value", "target", "rag",  "partial_history", "partial_coverage", "low", "missing"};
  return columns;
}

std::vector<Field> long_form_fields(const Figure& figure) {
  const Series& series = *figure.series;
  const IndicatorInfo& info = series.info;
  const std::optional<Value>& value = figure.value;
  Field numerator, denominator, number, rag;
  if (value && value->suppressed) {  // its numbers are gone: "[c]" in their place
    numerator = number = std::string(suppressed_text);
    if (value->denominator) denominator = std::string(suppressed_text);
  } else if (value) {
    numerator = static_cast<long long>(value->numerator);
    denominator = maybe(value->denominator);
    if (auto v = value->value(info.unit)) {
      number = *v;
      rag = text_or_none(rag_name(rate(info.polarity, info.rag, v)));
    }
  }
  return {info.id,
          info.title,
          std::string(unit_name(info.unit)),
          figure.period,
          numerator,
          denominator,
          number,
          info.rag ? Field(info.rag->target) : Field(),
          rag,
          value && value->partial_history,
          value && value->partial_coverage,
          value && value->low,
          text_or_none(series.missing)};
}

}  // namespace report

std::string render_csv(const Dashboard& dashboard) {
  report::FlatTable table;
  table.columns = report::long_form_columns();
  for (const report::Figure& figure : report::long_form_figures(dashboard))
    table.add(report::long_form_fields(figure));
  return report::csv_text(table);
}

}  // namespace kpi
