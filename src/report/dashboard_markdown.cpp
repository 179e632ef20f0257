// The dashboard as a GitHub-flavoured Markdown table for reports: one row per
// reported id with its title, months across, then 3-month, year to date,
// target, RAG and trend; notes under the table for partial history and the
// indicators that could not be computed.
#include "report/provenance_render.h"
#include "report/report_common.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kpi {

std::string render_markdown(const Dashboard& dashboard) {
  using report::display_value;
  using report::markdown_cell;
  std::string out;
  if (!dashboard.periods.empty())
    out += fmt::format("**Dashboard for {}** ({} months; working days: {} bank holidays, {} "
                       "counting)\n\n",
                       period_label(dashboard.periods.back()), dashboard.periods.size(),
                       division_name(dashboard.division), counting_name(dashboard.counting));

  std::vector<std::string> header = {"Indicator", "Id"};
  for (auto month : dashboard.periods) header.push_back(short_month(month));
  for (std::string_view h : {"3m", "YTD", "Target", "RAG", "Trend"}) header.emplace_back(h);
  out += fmt::format("| {} |\n", fmt::join(header, " | "));
  out += "| --- | --- |";
  for (std::size_t i = 0; i < dashboard.periods.size() + 3; ++i) out += " ---: |";
  out += " --- | --- |\n";

  std::vector<std::string> notes;
  for (const Series& series : dashboard.indicators) {
    const IndicatorInfo& info = series.info;
    std::vector<std::string> cells = {markdown_cell(info.title), fmt::format("`{}`", markdown_cell(info.id))};
    if (!series.missing.empty()) {
      for (std::size_t i = 0; i < dashboard.periods.size() + 2; ++i) cells.emplace_back("-");
      cells.push_back(report::display_target(info));
      cells.emplace_back("");
      cells.emplace_back("");
      notes.push_back(fmt::format("`{}` not computed: {}.", info.id, markdown_cell(series.missing)));
    } else {
      std::vector<std::string> partial;
      for (std::size_t i = 0; i < dashboard.periods.size(); ++i) {
        const auto& value = i < series.values.size() ? series.values[i] : std::nullopt;
        cells.push_back(display_value(value, info.unit));
        if (value && value->partial_history) partial.push_back(short_month(dashboard.periods[i]));
      }
      cells.push_back(series.rolling_3m ? display_value(series.rolling_3m, info.unit) : "");
      cells.push_back(series.year_to_date ? display_value(series.year_to_date, info.unit) : "");
      if (series.rolling_3m && series.rolling_3m->partial_history) partial.emplace_back("3m");
      if (series.year_to_date && series.year_to_date->partial_history)
        partial.emplace_back("YTD");
      cells.push_back(report::display_target(info));
      cells.emplace_back(rag_name(reporting_rag(series)));
      cells.emplace_back(trend(series));
      if (!partial.empty())
        notes.push_back(fmt::format("`{}`: partial referral history in {}.", info.id,
                                    fmt::join(partial, ", ")));
    }
    out += fmt::format("| {} |\n", fmt::join(cells, " | "));
  }

  out += "\n3m: the last 3 months pooled; YTD: the financial year to date (from 1 April) "
         "pooled; blank: does not apply; -: no value. RAG and trend: the reporting month.\n";
  if (std::string note = coverage_note(dashboard, true); !note.empty()) notes.push_back(note);
  for (const auto& note : notes) out += fmt::format("\n- {}", note);
  if (!notes.empty()) out += '\n';
  return out;
}

std::string render_dashboard(const Dashboard& dashboard, Format format) {
  // By team or worker: the reporting month split, in place of the months
  // (JSON carries both).
  if (dashboard.by_group && format != Format::json) {
    if (format == Format::csv) return render_grouped_csv(dashboard);
    return render_grouped_table(dashboard, format == Format::markdown) +
           report::provenance_footer(dashboard.provenance, format == Format::markdown);
  }
  switch (format) {
    case Format::table:
      return render_table(dashboard) + report::provenance_footer(dashboard.provenance, false);
    case Format::csv: return render_csv(dashboard);
    case Format::json: return render_json(dashboard);
    case Format::markdown:
      return render_markdown(dashboard) + report::provenance_footer(dashboard.provenance, true);
  }
  return {};
}

}  // namespace kpi
