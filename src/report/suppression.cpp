#include "kpi/suppression.h"

namespace kpi {

namespace {

bool small(long n, const Suppression& rules) { return n >= 1 && n <= rules.max_count; }

}  // namespace

Shown shown(const Value& value, Unit unit, const Suppression& rules) {
  if (value.suppressed) return Shown::suppressed;
  if (value.low) return Shown::low;
  if (rules.on) {
    if (small(value.numerator, rules)) return Shown::suppressed;
    if (unit == Unit::percent && value.denominator && small(*value.denominator, rules))
      return Shown::suppressed;
    return Shown::value;
  }
  if (unit == Unit::percent && rules.low_base > 0 && value.denominator && *value.denominator > 0 &&
      *value.denominator < rules.low_base)
    return Shown::low;
  return Shown::value;
}

void apply_suppression(std::optional<Value>& value, Unit unit, const Suppression& rules) {
  if (!value) return;
  switch (shown(*value, unit, rules)) {
    case Shown::suppressed:
      value->suppressed = true;
      value->numerator = 0;
      if (value->denominator) value->denominator = 0;
      break;
    case Shown::low: value->low = true; break;
    case Shown::value: break;
  }
}

void apply_suppression(Series& series, const Suppression& rules) {
  for (auto& value : series.values) apply_suppression(value, series.info.unit, rules);
  apply_suppression(series.rolling_3m, series.info.unit, rules);
  apply_suppression(series.year_to_date, series.info.unit, rules);
}

void apply_suppression(ShowReport& report, const Suppression& rules) {
  for (std::size_t i = 0; i < report.series.size(); ++i) {
    apply_suppression(report.series[i], rules);
    if (i >= report.breakdowns.size()) continue;
    for (BreakdownRow& row : report.breakdowns[i]) {
      std::optional<Value> value = row.value;
      apply_suppression(value, report.series[i].info.unit, rules);
      row.value = *value;
    }
  }
}

void apply_suppression(Dashboard& dashboard) {
  for (Series& series : dashboard.indicators) apply_suppression(series, dashboard.suppression);
  if (!dashboard.by_group) return;
  for (std::size_t i = 0; i < dashboard.by_group->values.size(); ++i)
    for (auto& value : dashboard.by_group->values[i])
      apply_suppression(value, dashboard.indicators[i].info.unit, dashboard.suppression);
}

}  // namespace kpi
