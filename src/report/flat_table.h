// Rows of named fields written alike as CSV and as JSON, so that every CSV and
// JSON of the tool spells a name and a value the same way (docs/usage.md,
// "Vocabulary of CSV and JSON output"): no value is an empty CSV field and a
// JSON null, a flag is Y/N in CSV and true/false in JSON, numbers are unrounded.
// The flat outputs (show --cases, due, check csv, holidays, workdays) build one
// FlatTable and hand it to both writers, so their CSV and JSON cannot drift.
#pragma once

#include "kpi/calendar.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace kpi {
class JsonWriter;
}

namespace kpi::report {

using Field = std::variant<std::monostate, std::string, long long, double, bool>;

// A field from an optional value: no value when empty.
template <class T>
Field maybe(const std::optional<T>& value) {
  if (!value) return {};
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
    return static_cast<long long>(*value);
  else
    return Field(*value);
}
// A text field; empty text is no value.
Field text_or_none(std::string_view text);

struct FlatTable {
  std::vector<std::string> columns;
  std::vector<std::vector<Field>> rows;  // one field per column
  void add(std::vector<Field> row);
};

// "Y" or "N": a flag in CSV.
std::string_view csv_flag(bool flag);

// A field as text: "" for no value, Y/N for a flag, numbers unrounded.
std::string field_text(const Field& field);

// The header line, then one line per row (RFC 4180 quoting).
std::string csv_text(const FlatTable& table);

// One row as a one-line JSON object keyed by the columns.
void write_json_row(JsonWriter& json, const std::vector<std::string>& columns,
                    const std::vector<Field>& row);
// The rows as a JSON array of one-line objects.
void write_json_rows(JsonWriter& json, const FlatTable& table);

// date,name of each holiday: the `holidays` list, and the days `workdays` skipped
// (src/report/holidays_render.cpp).
FlatTable holiday_fields(const std::vector<Holiday>& holidays);

}  // namespace kpi::report
