// The dashboard as JSON, in SPEC section 5's schema: calendar, periods,
// indicators (values per period, rolling_3m, year_to_date) and inputs. Counts
// have a null denominator; no value is null; a summary that does not apply is
// null as a whole; percentages are unrounded. Added beyond the schema:
// indicators' "measure", "amber" margin, "rag" and "trend" of the reporting
// month, "missing", and the cases "excluded" from the figures and data-quality
// "findings" over the months shown; inputs' "findings", and "error" and
// "skipped" when present.
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"
#include "report/series_json.h"

namespace kpi {

namespace {

using report::write_counts;

void write_series(JsonWriter& json, const Dashboard& dashboard, const Series& series) {
  const IndicatorInfo& info = series.info;
  json.begin_object();
  json.key("id").value(info.id);
  json.key("title").value(info.title);
  json.key("unit").value(unit_name(info.unit));
  json.key("measure").value(info.measure == Measure::flow ? "flow" : "snapshot");
  json.key("target").value(info.rag, [](const RagBands& bands) { return bands.target; });
  json.key("amber").value(info.rag, [](const RagBands& bands) { return bands.amber_margin; });
  json.key("polarity").value(polarity_name(info.polarity));
  report::write_series_figures(json, series, dashboard.periods);
  Rag rag = reporting_rag(series);
  if (rag == Rag::none)
    json.key("rag").null();
  else
    json.key("rag").value(rag_name(rag));
  std::string_view direction = trend(series);
  if (direction.empty())
    json.key("trend").null();
  else
    json.key("trend").value(direction);
  if (series.missing.empty())
    json.key("missing").null();
  else
    json.key("missing").value(series.missing);
  json.key("excluded");
  write_counts(json, series.excluded);
  json.key("findings");
  write_counts(json, series.findings);
  json.end_object();
}

void write_input(JsonWriter& json, const FileReport& file) {
  json.begin_object(true);
  json.key("file").value(file.file);
  json.key("kind").value(file.kind, kind_name);
  json.key("rows").value(file.rows);
  json.key("used").value(file.used);
  json.key("excluded");
  write_counts(json, file.excluded);
  json.key("findings");
  write_counts(json, file.findings);
  if (file.error) json.key("error").value(*file.error);
  if (file.skipped) json.key("skipped").value(*file.skipped);
  json.end_object();
}

}  // namespace

std::string render_json(const Dashboard& dashboard) {
  JsonWriter json;
  json.begin_object();
  report::write_calendar(json, dashboard.division, dashboard.counting);
  json.key("periods").begin_array(true);
  for (auto month : dashboard.periods) json.value(period_label(month));
  json.end_array();
  json.key("indicators").begin_array();
  for (const Series& series : dashboard.indicators) write_series(json, dashboard, series);
  json.end_array();
  json.key("inputs").begin_array();
  for (const FileReport& file : dashboard.inputs) write_input(json, file);
  json.end_array();
  if (dashboard.by_group) write_grouped_json(json, dashboard);
  if (dashboard.provenance) report::write_provenance(json, *dashboard.provenance);
  json.end_object();
  return json.finish();
}

}  // namespace kpi
