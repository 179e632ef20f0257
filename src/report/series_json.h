// One writer for a series' figures in JSON (SPEC section 5), shared by the
// dashboard and `show` so that a figure reads the same in both: its monthly
// values, the rolling 3-month and year-to-date pools, and counts by reason.
#pragma once

#include "kpi/dashboard.h"

#include <map>
#include <optional>
#include <span>
#include <string>

namespace kpi {
class JsonWriter;
}

namespace kpi::report {

// A figure's fields: numerator, denominator (null for a count), value (null for
// a zero denominator), and "partial_history" / "partial_coverage": true when
// flagged. With nullopt
// (no value possible) all three are null.
void write_value_fields(JsonWriter& json, const std::optional<Value>& value, Unit unit);
// The same as an object, or null as a whole (a pooled figure that does not apply).
void write_value_object(JsonWriter& json, const std::optional<Value>& value, Unit unit);

// The members "values" (one {"period", ...figure} per month of `months`, the
// series' values in order, null fields past their end), "rolling_3m" and
// "year_to_date".
void write_series_figures(JsonWriter& json, const Series& series,
                          std::span<const date::year_month> months);

// {"reason": count, ...} on one line (excluded cases, findings).
void write_counts(JsonWriter& json, const std::map<std::string, long>& counts);

}  // namespace kpi::report
