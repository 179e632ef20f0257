#include "report/flat_table.h"

#include "report/json_writer.h"
#include "report/report_common.h"

#include <fmt/format.h>

#include <cassert>

namespace kpi::report {

namespace {

void json_value(JsonWriter& json, const Field& field) {
  std::visit(
      [&json](const auto& value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::monostate>)
          json.null();
        else
          json.value(value);
      },
      field);
}

}  // namespace

Field text_or_none(std::string_view text) {
  return text.empty() ? Field() : Field(std::string(text));
}

void FlatTable::add(std::vector<Field> row) {
  assert(row.size() == columns.size());
  rows.push_back(std::move(row));
}

std::string_view csv_flag(bool flag) { return flag ? "Y" : "N"; }

std::string field_text(const Field& field) {
  struct Visit {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(const std::string& text) const { return text; }
    std::string operator()(long long number) const { return fmt::format("{}", number); }
    std::string operator()(double number) const { return exact_number(number); }
    std::string operator()(bool flag) const { return std::string(csv_flag(flag)); }
  };
  return std::visit(Visit{}, field);
}

std::string csv_text(const FlatTable& table) {
  std::string out;
  auto line = [&out](const auto& cells, auto text_of) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out += ',';
      out += csv_field(text_of(cells[c]));
    }
    out += '\n';
  };
  line(table.columns, [](const std::string& name) { return name; });
  for (const auto& row : table.rows) line(row, field_text);
  return out;
}

void write_json_row(JsonWriter& json, const std::vector<std::string>& columns,
                    const std::vector<Field>& row) {
  assert(row.size() == columns.size());
  json.begin_object(true);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    json.key(columns[c]);
    json_value(json, row[c]);
  }
  json.end_object();
}

void write_json_rows(JsonWriter& json, const FlatTable& table) {
  json.begin_array();
  for (const auto& row : table.rows) write_json_row(json, table.columns, row);
  json.end_array();
}

}  // namespace kpi::report
