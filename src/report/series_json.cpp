// The JSON of a series' figures, written once for the dashboard and `show`.
#include "report/series_json.h"

#include "report/json_writer.h"

namespace kpi::report {

void write_value_fields(JsonWriter& json, const std::optional<Value>& value, Unit unit) {
  if (!value) {
    json.key("numerator").null();
    json.key("denominator").null();
    json.key("value").null();
    return;
  }
  if (value->suppressed) {
    json.key("numerator").null();
    json.key("denominator").null();
    json.key("value").null();
    json.key("suppressed").value(true);
  } else {
    json.key("numerator").value(value->numerator);
    json.key("denominator").value(value->denominator);
    json.key("value").value(value->value(unit));
  }
  if (value->low) json.key("low").value(true);
  if (value->partial_history) json.key("partial_history").value(true);
  if (value->partial_coverage) json.key("partial_coverage").value(true);
}

void write_value_object(JsonWriter& json, const std::optional<Value>& value, Unit unit) {
  if (!value) {
    json.null();
    return;
  }
  json.begin_object(true);
  write_value_fields(json, value, unit);
  json.end_object();
}

void write_series_figures(JsonWriter& json, const Series& series,
                          std::span<const date::year_month> months) {
  Unit unit = series.info.unit;
  json.key("values").begin_array();
  for (std::size_t i = 0; i < months.size(); ++i) {
    json.begin_object(true);
    json.key("period").value(period_label(months[i]));
    write_value_fields(json, i < series.values.size() ? series.values[i] : std::nullopt, unit);
    json.end_object();
  }
  json.end_array();
  json.key("rolling_3m");
  write_value_object(json, series.rolling_3m, unit);
  json.key("year_to_date");
  write_value_object(json, series.year_to_date, unit);
}

void write_counts(JsonWriter& json, const std::map<std::string, long>& counts) {
  json.begin_object(true);
  for (const auto& [reason, count] : counts) json.key(reason).value(count);
  json.end_object();
}

}  // namespace kpi::report
