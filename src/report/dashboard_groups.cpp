// The reporting month by team or worker (dashboard --by): indicators down, one
// column per group in table and markdown (RAG by letter after each figure,
// since a team's figure is rated against the same target); long form in CSV
// (one row per indicator and group); a "by_group" member in JSON.
#include "report/flat_table.h"
#include "report/json_writer.h"
#include "report/report_common.h"
#include "report/series_json.h"

#include <fmt/format.h>

namespace kpi {

namespace {

// "76.5% R": the figure with its RAG letter, so nothing is said by colour alone.
std::string rated_cell(const IndicatorInfo& info, const std::optional<Value>& value) {
  if (!value) return "";
  std::string text = report::display_value(value, info.unit);
  std::string_view letter = report::rag_letter(rate(info.polarity, info.rag, value->value(info.unit)));
  return letter.empty() ? text : fmt::format("{} {}", text, letter);
}

std::string reporting_period(const Dashboard& dashboard) {
  return dashboard.periods.empty() ? "" : period_label(dashboard.periods.back());
}

std::vector<std::vector<std::string>> grouped_rows(const Dashboard& dashboard) {
  const GroupedMonth& grouped = *dashboard.by_group;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header = {"Indicator", "Tgt"};
  header.insert(header.end(), grouped.groups.begin(), grouped.groups.end());
  rows.push_back(std::move(header));
  for (std::size_t i = 0; i < dashboard.indicators.size(); ++i) {
    const Series& series = dashboard.indicators[i];
    std::vector<std::string> row = {series.info.id, report::display_target(series.info)};
    for (std::size_t g = 0; g < grouped.groups.size(); ++g)
      row.push_back(series.missing.empty() ? rated_cell(series.info, grouped.values[i][g]) : "");
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string heading(const Dashboard& dashboard) {
  return fmt::format("{} by {}", reporting_period(dashboard),
                     breakdown_key_name(dashboard.by_group->by));
}

}  // namespace

std::string render_grouped_table(const Dashboard& dashboard, bool markdown) {
  auto rows = grouped_rows(dashboard);
  std::vector<report::Align> aligns(rows.front().size(), report::Align::right);
  aligns[0] = report::Align::left;
  std::string out = markdown ? fmt::format("## {}\n\n", heading(dashboard))
                             : fmt::format("Dashboard for {}\n\n", heading(dashboard));
  out += markdown ? report::markdown_table(rows, aligns) : report::aligned_table(rows, aligns);
  out += "\nThe reporting month only; R, A, G: the figure against the indicator's target. "
         "A blank cell: no case of that group.\n";
  return out;
}

std::string render_grouped_csv(const Dashboard& dashboard) {
  const GroupedMonth& grouped = *dashboard.by_group;
  std::string key(breakdown_key_name(grouped.by));
  std::string out = fmt::format(
      "id,title,unit,period,{},numerator,denominator,value,target,rag,low\n", key);
  for (std::size_t i = 0; i < dashboard.indicators.size(); ++i) {
    const Series& series = dashboard.indicators[i];
    if (!series.missing.empty()) continue;
    const IndicatorInfo& info = series.info;
    for (std::size_t g = 0; g < grouped.groups.size(); ++g) {
      const auto& value = grouped.values[i][g];
      if (!value) continue;
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", report::csv_field(info.id),
                         report::csv_field(info.title), unit_name(info.unit),
                         reporting_period(dashboard), report::csv_field(grouped.groups[g]),
                         report::numerator_text(value), report::denominator_text(value),
                         report::value_text(value, info.unit), report::target_text(info),
                         rag_name(rate(info.polarity, info.rag, value->value(info.unit))),
                         report::csv_flag(value->low));
    }
  }
  return out;
}

void write_grouped_json(JsonWriter& json, const Dashboard& dashboard) {
  const GroupedMonth& grouped = *dashboard.by_group;
  json.key("by_group").begin_object();
  json.key("by").value(breakdown_key_name(grouped.by));
  json.key("period").value(reporting_period(dashboard));
  json.key("groups").begin_array(true);
  for (const std::string& group : grouped.groups) json.value(group);
  json.end_array();
  json.key("indicators").begin_array();
  for (std::size_t i = 0; i < dashboard.indicators.size(); ++i) {
    const Series& series = dashboard.indicators[i];
    json.begin_object();
    json.key("id").value(series.info.id);
    json.key("values").begin_array();
    for (std::size_t g = 0; g < grouped.groups.size(); ++g) {
      const auto& value = grouped.values[i][g];
      if (!value) continue;
      json.begin_object(true);
      json.key("group").value(grouped.groups[g]);
      report::write_value_fields(json, value, series.info.unit);
      Rag rag = rate(series.info.polarity, series.info.rag, value->value(series.info.unit));
      if (rag == Rag::none)
        json.key("rag").null();
      else
        json.key("rag").value(rag_name(rag));
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace kpi
