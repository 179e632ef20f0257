// The catalogue of indicators (`csc-kpi indicators`): each reported id with its
// title, unit, polarity, target, measure, the extracts it needs and its
// definition in plain words.
#include "report/json_writer.h"
#include "report/report_common.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kpi {

namespace {

std::string_view measure_name(Measure measure) {
  return measure == Measure::flow ? "flow" : "snapshot";
}

std::vector<std::string> needs_names(const IndicatorInfo& info) {
  std::vector<std::string> names;
  for (Kind kind : info.needs) names.emplace_back(kind_name(kind));
  return names;
}

std::string target_words(const IndicatorInfo& info) {
  if (!info.rag) return "no target";
  return fmt::format("target {} (amber within {})", report::display_target(info),
                     report::exact_number(info.rag->amber_margin));
}

std::string render_table(const std::vector<IndicatorInfo>& catalogue, int width) {
  std::string out;
  auto wrap_width = static_cast<std::size_t>(std::max(width - 4, 20));
  for (const IndicatorInfo& info : catalogue) {
    out += fmt::format("{}  {}\n", info.id, info.title);
    std::string facts = fmt::format(
        "{}, {}, {}, {}; needs {}", unit_name(info.unit), measure_name(info.measure),
        report::polarity_words(info.polarity), target_words(info),
        fmt::join(needs_names(info), ", "));
    for (const auto& line : report::wrap(facts, wrap_width)) out += fmt::format("    {}\n", line);
    for (const auto& line : report::wrap(info.definition, wrap_width))
      out += fmt::format("    {}\n", line);
    out += '\n';
  }
  return out;
}

std::string render_csv(const std::vector<IndicatorInfo>& catalogue) {
  std::string out = "id,title,unit,measure,polarity,target,amber,needs,definition\n";
  for (const IndicatorInfo& info : catalogue) {
    std::string needs = fmt::format("{}", fmt::join(needs_names(info), ";"));
    out += fmt::format(
        "{},{},{},{},{},{},{},{},{}\n", report::csv_field(info.id), report::csv_field(info.title),
        unit_name(info.unit), measure_name(info.measure), polarity_name(info.polarity),
        info.rag ? report::exact_number(info.rag->target) : "",
        info.rag ? report::exact_number(info.rag->amber_margin) : "", report::csv_field(needs),
        report::csv_field(info.definition));
  }
  return out;
}

std::string render_json(const std::vector<IndicatorInfo>& catalogue) {
  JsonWriter json;
  json.begin_object();
  json.key("indicators").begin_array();
  for (const IndicatorInfo& info : catalogue) {
    json.begin_object();
    json.key("id").value(info.id);
    json.key("title").value(info.title);
    json.key("unit").value(unit_name(info.unit));
    json.key("measure").value(measure_name(info.measure));
    json.key("polarity").value(polarity_name(info.polarity));
    json.key("target").value(info.rag, [](const RagBands& bands) { return bands.target; });
    json.key("amber").value(info.rag, [](const RagBands& bands) { return bands.amber_margin; });
    json.key("needs").begin_array(true);
    for (Kind kind : info.needs) json.value(kind_name(kind));
    json.end_array();
    json.key("definition").value(info.definition);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

std::string render_markdown(const std::vector<IndicatorInfo>& catalogue) {
  std::string out =
      "| Id | Title | Unit | Measure | Polarity | Target | Needs | Definition |\n"
      "| --- | --- | --- | --- | --- | ---: | --- | --- |\n";
  for (const IndicatorInfo& info : catalogue)
    out += fmt::format("| `{}` | {} | {} | {} | {} | {} | {} | {} |\n",
                       report::markdown_cell(info.id), report::markdown_cell(info.title),
                       unit_name(info.unit), measure_name(info.measure),
                       polarity_name(info.polarity), report::display_target(info),
                       fmt::join(needs_names(info), ", "), report::markdown_cell(info.definition));
  return out;
}

}  // namespace

std::string render_catalogue(const std::vector<IndicatorInfo>& catalogue, Format format,
                             int width) {
  switch (format) {
    case Format::table: return render_table(catalogue, width);
    case Format::csv: return render_csv(catalogue);
    case Format::json: return render_json(catalogue);
    case Format::markdown: return render_markdown(catalogue);
  }
  return {};
}

}  // namespace kpi
