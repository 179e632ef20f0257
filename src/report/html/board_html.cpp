// The Board report: the dashboard as one self-contained HTML page (inline CSS
// from board_style.cpp, inline SVG from svg_chart.cpp, no script, no external
// resource), so that it works emailed and offline and prints to A4 landscape.
// Sections, in order: the header (authority, reporting month, provenance); KPI
// tiles for the indicators with a target; a trend chart per indicator, grouped
// by family as the dashboard table is; the Working Together chart; the
// assessment duration bands; the flow from contacts to CP plans; the reporting
// month by team (with --by); the data-quality reconciliation.
//
// Every figure goes through html_text.h: suppression applied, and data-id,
// data-period (or data-group) and data-value attributes holding what the JSON
// output holds, so a test can check the page against it. Every chart's numbers
// are also in an HTML table beside it.
#include "kpi/report.h"
#include "kpi/suppression.h"
#include "report/html/board_style.h"
#include "report/html/html_text.h"
#include "report/html/svg_chart.h"
#include "report/provenance_render.h"
#include "report/report_common.h"

#include <fmt/format.h>

#include <algorithm>

namespace kpi {

namespace report::html {
namespace {

struct Page {
  const Dashboard& dashboard;
  const Suppression& rules;
  std::vector<std::string> months;  // "Mar25", for axes and headings
  int charts = 0;                   // numbers the charts' ids

  const Series* find(std::string_view id) const {
    for (const Series& series : dashboard.indicators)
      if (series.info.id == id) return &series;
    return nullptr;
  }
  std::string chart_id() { return fmt::format("chart{}", ++charts); }
  std::string period_of(std::size_t i) const {
    return attribute("data-period", period_label(dashboard.periods[i]));
  }
  std::optional<Value> value_at(const Series& series, std::size_t i) const {
    return i < series.values.size() ? series.values[i] : std::nullopt;
  }
  // The values of `series` to draw: suppressed ones and missing ones are gaps.
  std::vector<std::optional<double>> plotted(const Series& series) const {
    std::vector<std::optional<double>> out;
    for (std::size_t i = 0; i < dashboard.periods.size(); ++i)
      out.push_back(figure(value_at(series, i), series.info.unit, rules).value);
    return out;
  }
};

const std::string rolling_attr = attribute("data-period", "rolling_3m");
const std::string ytd_attr = attribute("data-period", "year_to_date");

std::string_view rag_class(Rag rag) {
  switch (rag) {
    case Rag::red: return "rag-red";
    case Rag::amber: return "rag-amber";
    case Rag::green: return "rag-green";
    case Rag::none: break;
  }
  return "rag-none";
}

// "R red", with the letter in a badge: the RAG never rests on colour alone.
std::string rag_badge(Rag rag) {
  if (rag == Rag::none) return "<span class=\"badge rag-none\">no RAG</span>";
  return fmt::format("<span class=\"badge {}\"><b>{}</b> {}</span>", rag_class(rag),
                     rag_letter(rag), rag_name(rag));
}

std::string header(const Page& page) {
  const Dashboard& d = page.dashboard;
  std::string title = d.authority.empty()
                          ? std::string("Children's social care performance")
                          : fmt::format("{}: children's social care performance", d.authority);
  std::string out = fmt::format("<header><h1>{}</h1>", escape(title));
  if (!d.periods.empty())
    out += fmt::format(
        "<p class=\"month\">Reporting month: <strong>{}</strong> ({} months shown, from {}). "
        "Working days: {} bank holidays, {} counting.</p>",
        escape(long_month(d.periods.back())), d.periods.size(), escape(page.months.front()),
        division_name(d.division), counting_name(d.counting));
  if (page.rules.on)
    out += fmt::format("<p class=\"note\">Published with suppression: counts from 1 to {} and "
                       "percentages over them are shown as {}, without RAG or trend, and left "
                       "out of the charts.</p>",
                       page.rules.max_count, suppressed_text);
  else if (page.rules.low_base > 0)
    out += fmt::format("<p class=\"note\">{}: a percentage of fewer than {}.</p>", low_text,
                       page.rules.low_base);
  if (d.provenance) {
    out += "<details class=\"provenance\"><summary>Provenance: how these figures were "
           "made</summary><ul>";
    for (const std::string& line : provenance_lines(*d.provenance))
      out += fmt::format("<li>{}</li>", escape(line));
    out += "</ul></details>";
  }
  return out + "</header>";
}

std::string tile(const Page& page, const Series& series) {
  const IndicatorInfo& info = series.info;
  const std::size_t last = page.dashboard.periods.size() - 1;
  std::optional<Value> now = page.value_at(series, last);
  Rag rag = figure_rag(info, now, page.rules);
  std::string_view direction = shown_trend(series, page.rules);
  std::string out = fmt::format(
      "<article class=\"tile {}\"><h3>{}</h3><p class=\"id\">{}</p><p class=\"value\">{} {}</p>"
      "<dl><dt>Target</dt><dd>{}</dd><dt>Trend</dt><dd>{}</dd>",
      rag_class(rag), escape(info.title), escape(info.id),
      figure_element("span", info.id, page.period_of(last), now, info.unit, page.rules),
      rag_badge(rag), escape(display_target(info)), direction.empty() ? "-" : direction);
  if (series.rolling_3m)
    out += "<dt>3 months</dt>" + figure_element("dd", info.id, rolling_attr, series.rolling_3m,
                                                info.unit, page.rules);
  return out + "</dl></article>";
}

std::string tiles(const Page& page) {
  std::string out = fmt::format(
      "<section id=\"tiles\"><h2>Indicators with a target: {}</h2><div class=\"tiles\">",
      escape(long_month(page.dashboard.periods.back())));
  for (const Series& series : page.dashboard.indicators)
    if (series.info.rag && series.missing.empty()) out += tile(page, series);
  return out + "</div></section>";
}

// A table of class `kind` with its column headers (escaped) and `rows` (the <tr>s).
std::string table(std::string_view kind, const std::vector<std::string>& headers,
                  const std::string& rows) {
  std::string out = fmt::format("<table class=\"{}\"><thead><tr>", kind);
  for (const std::string& header : headers)
    out += fmt::format("<th scope=\"col\">{}</th>", escape(header));
  return out + "</tr></thead><tbody>" + rows + "</tbody></table>";
}

// A chart's figures as a table, folded under "Figures".
std::string figures_details(const std::vector<std::string>& headers, const std::string& rows) {
  return "<details><summary>Figures</summary>" + table("figures", headers, rows) + "</details>";
}

// The figures of `series` down a table: one row per month, then 3m and YTD.
std::string figures_table(const Page& page, const Series& series) {
  const IndicatorInfo& info = series.info;
  std::string out;
  for (std::size_t i = 0; i < page.dashboard.periods.size(); ++i)
    out += fmt::format("<tr><th scope=\"row\">{}</th>{}</tr>", escape(page.months[i]),
                       figure_cell(info.id, page.period_of(i), page.value_at(series, i),
                                   info.unit, page.rules));
  if (series.rolling_3m)
    out += fmt::format("<tr><th scope=\"row\">3 months</th>{}</tr>",
                       figure_cell(info.id, rolling_attr, series.rolling_3m, info.unit, page.rules));
  if (series.year_to_date)
    out += fmt::format("<tr><th scope=\"row\">Year to date</th>{}</tr>",
                       figure_cell(info.id, ytd_attr, series.year_to_date, info.unit, page.rules));
  return figures_details({"Month", "Value"}, out);
}

std::string trend_chart(Page& page, const Series& series) {
  const IndicatorInfo& info = series.info;
  std::string out = fmt::format(
      "<figure class=\"chart\"><figcaption><strong>{}</strong> <code>{}</code></figcaption>",
      escape(info.title), escape(info.id));
  if (!series.missing.empty())
    return out + fmt::format("<p class=\"missing\">Not computed: {}.</p></figure>",
                             escape(series.missing));
  Figure rolling = figure(series.rolling_3m, info.unit, page.rules);
  Figure latest = figure(page.value_at(series, page.months.size() - 1), info.unit, page.rules);
  std::string desc = fmt::format("{} by month, {} to {}; {} in {}", info.title, page.months.front(),
                                 page.months.back(), latest.text, page.months.back());
  if (info.rag) desc += fmt::format("; target {}", display_target(info));
  if (series.rolling_3m) desc += fmt::format("; last 3 months {}", rolling.text);
  LineChart chart{.id = page.chart_id(),
                  .title = info.title,
                  .desc = desc + ".",
                  .labels = page.months,
                  .lines = {{.label = info.id, .values = page.plotted(series)}},
                  .target = info.rag ? std::optional<double>(info.rag->target) : std::nullopt,
                  // A count's 3-month figure is a sum of three months: no line
                  // against the monthly counts, only its value in the legend.
                  .rolling_3m = info.unit == Unit::percent ? rolling.value : std::nullopt,
                  .percent = info.unit == Unit::percent};
  out += line_chart_svg(chart);
  out += fmt::format("<p class=\"legend\">{} by month", line_key(0));
  if (chart.target) out += fmt::format(" {} target {}", target_key(), escape(display_target(info)));
  if (chart.rolling_3m)
    out += fmt::format(" {} 3 months {}", rolling_key(), escape(rolling.text));
  else if (series.rolling_3m)
    out += fmt::format("; 3 months pooled: {}", escape(rolling.text));
  return out + "</p>" + figures_table(page, series) + "</figure>";
}

// As in the table, a family of several ids (a head and its sub-ids) gets a
// heading and a grid of its own; the single indicators between such families
// share a grid without a heading.
std::string trend_charts(Page& page) {
  std::vector<std::vector<const Series*>> runs;
  for (const Series& series : page.dashboard.indicators) {
    if (runs.empty() || family_of(runs.back().front()->info.id) != family_of(series.info.id))
      runs.emplace_back();
    runs.back().push_back(&series);
  }
  std::string out = "<section id=\"trends\"><h2>Trends by indicator</h2>";
  bool singles_open = false;
  for (const auto& run : runs) {
    if (run.size() == 1) {
      if (!singles_open) out += "<div class=\"charts\">";
      singles_open = true;
      out += trend_chart(page, *run.front());
      continue;
    }
    if (singles_open) out += "</div>";
    singles_open = false;
    out += fmt::format("<h3 class=\"family\">{}</h3><div class=\"charts\">",
                       escape(family_of(run.front()->info.id)));
    for (const Series* series : run) out += trend_chart(page, *series);
    out += "</div>";
  }
  if (singles_open) out += "</div>";
  return out + "</section>";
}

// The Working Together chart: each agency's involvement and the compliant %.
std::string working_together(Page& page) {
  static constexpr std::pair<std::string_view, std::string_view> lines[] = {
      {"strategy_wt_compliant.social_care", "social care"},
      {"strategy_wt_compliant.police", "police"},
      {"strategy_wt_compliant.health", "health"},
      {"strategy_wt_compliant.education", "education"},
      {"strategy_wt_compliant.other", "another agency"},
      {"strategy_wt_compliant", "compliant: social care, police and health"},
  };
  std::vector<const Series*> series;
  for (const auto& [id, label] : lines) {
    const Series* s = page.find(id);
    if (!s || !s->missing.empty()) return "";
    series.push_back(s);
  }
  LineChart chart;
  chart.id = page.chart_id();
  chart.title = "Working Together: agencies in strategy discussions";
  chart.desc = fmt::format("Percentage of strategy discussions involving social care, police, "
                           "health, education and another agency, and the percentage with social "
                           "care, police and health all involved, by month, {} to {}.",
                           page.months.front(), page.months.back());
  chart.labels = page.months;
  chart.percent = true;
  std::string legend;
  std::vector<std::string> headers = {"Month"};
  for (std::size_t l = 0; l < series.size(); ++l) {
    std::string label(lines[l].second);
    chart.lines.push_back({.label = label, .values = page.plotted(*series[l])});
    legend += fmt::format("<span>{} {}</span> ", line_key(l), escape(label));
    headers.push_back(label);
  }
  std::string rows;
  for (std::size_t i = 0; i < page.months.size(); ++i) {
    rows += fmt::format("<tr><th scope=\"row\">{}</th>", escape(page.months[i]));
    for (const Series* s : series)
      rows += figure_cell(s->info.id, page.period_of(i), page.value_at(*s, i), s->info.unit,
                          page.rules);
    rows += "</tr>";
  }
  return fmt::format("<section id=\"working-together\"><h2>{}</h2><figure class=\"chart "
                     "wide\">{}<p class=\"legend\">{}</p>{}</figure></section>",
                     escape(chart.title), line_chart_svg(chart), legend,
                     figures_details(headers, rows));
}

// "0", "1-10", "61+" from the band's suffix (".same_day", ".1_10", ".61_plus").
std::string band_label(std::string_view id) {
  std::string_view suffix = suffix_of(id).substr(1);
  if (suffix == "same_day") return "0";
  std::string out(suffix);
  std::replace(out.begin(), out.end(), '_', '-');
  if (auto plus = out.find("-plus"); plus != std::string::npos) out.replace(plus, 5, "+");
  return out;
}

std::string duration_bands(Page& page) {
  const std::size_t last = page.months.size() - 1;
  BarChart chart;
  chart.id = page.chart_id();
  chart.title = fmt::format("Assessment duration, {}", long_month(page.dashboard.periods.back()));
  chart.line_label = "45 working days";
  std::string rows, desc;
  for (const Series& s : page.dashboard.indicators) {
    if (family_of(s.info.id) != "assessment_duration_bands" || !s.missing.empty()) continue;
    std::string label = band_label(s.info.id);
    Figure now = figure(page.value_at(s, last), s.info.unit, page.rules);
    if (label == "41-45") chart.line_after = chart.values.size();
    chart.labels.push_back(label);
    chart.values.push_back(now.value);
    chart.texts.push_back(now.text);
    desc += fmt::format("{}{}: {}", desc.empty() ? "" : ", ", label, now.text);
    rows += fmt::format(
        "<tr><th scope=\"row\">{}</th>{}{}</tr>", label,
        figure_cell(s.info.id, page.period_of(last), page.value_at(s, last), s.info.unit, page.rules),
        figure_cell(s.info.id, ytd_attr, s.year_to_date, s.info.unit, page.rules));
  }
  if (chart.values.empty()) return "";
  chart.desc = fmt::format("Assessments authorised in {} by working days taken: {}. The dashed "
                           "line marks 45 working days.",
                           long_month(page.dashboard.periods.back()), desc);
  return fmt::format("<section id=\"durations\"><h2>{}</h2><figure class=\"chart "
                     "wide\">{}<p class=\"legend\">{} 45 working days</p>{}</figure></section>",
                     escape(chart.title), bar_chart_svg(chart), target_key(),
                     figures_details({"Working days", page.months.back(), "Year to date"}, rows));
}

// The flow from contacts to CP plans. ICPCs have no count of their own: the
// denominator of icpc_to_cp_plan (ICPCs held) is that count.
std::string flow(const Page& page) {
  struct Step {
    std::string_view id;
    std::string_view label;
    bool denominator;
  };
  static constexpr Step steps[] = {
      {"contacts", "Contacts", false},
      {"referrals", "Referrals", false},
      {"assessments_completed", "Assessments", false},
      {"s47_started", "S47 enquiries", false},
      {"icpc_to_cp_plan", "ICPCs", true},
      {"cp_plans_started", "CP plans", false},
  };
  const std::size_t last = page.months.size() - 1;
  std::string head, month_row, ytd_row;
  auto cell = [&](const Step& step, const Series& s, std::string_view where,
                  const std::optional<Value>& value) {
    if (!step.denominator) return figure_cell(s.info.id, where, value, s.info.unit, page.rules);
    std::optional<Value> count;
    if (value && value->denominator) {
      count.emplace();
      count->numerator = *value->denominator;
    }
    Figure shown_count = figure(count, Unit::count, page.rules);
    std::string attrs = attribute("data-of", s.info.id) + std::string(where);
    attrs += shown_count.suppressed ? std::string(" data-suppressed")
                                    : attribute("data-denominator",
                                                count ? fmt::format("{}", count->numerator) : "null");
    return fmt::format("<td{}>{}</td>", attrs, escape(shown_count.text));
  };
  for (const Step& step : steps) {
    const Series* s = page.find(step.id);
    if (!s || !s->missing.empty()) continue;
    head += fmt::format("<th scope=\"col\">{}</th>", step.label);
    month_row += cell(step, *s, page.period_of(last), page.value_at(*s, last));
    ytd_row += cell(step, *s, ytd_attr, s->year_to_date);
  }
  if (head.empty()) return "";
  return fmt::format(
      "<section id=\"flow\"><h2>From contact to child protection plan</h2><table "
      "class=\"flow\"><thead><tr><td></td>{}</tr></thead><tbody><tr><th "
      "scope=\"row\">{}</th>{}</tr><tr><th scope=\"row\">Year to date</th>{}</tr></tbody></table>"
      "<p class=\"note\">Each count is of its own events in the period (ICPCs: those held, as "
      "counted by icpc_to_cp_plan), not one cohort followed through.</p></section>",
      head, escape(long_month(page.dashboard.periods.back())), month_row, ytd_row);
}

std::string by_group(const Page& page) {
  if (!page.dashboard.by_group) return "";
  const GroupedMonth& grouped = *page.dashboard.by_group;
  std::vector<std::string> headers = {"Indicator"};
  headers.insert(headers.end(), grouped.groups.begin(), grouped.groups.end());
  std::string out;
  const auto& indicators = page.dashboard.indicators;
  for (std::size_t i = 0; i < indicators.size() && i < grouped.values.size(); ++i) {
    const auto& row = grouped.values[i];
    if (std::none_of(row.begin(), row.end(), [](const auto& v) { return v.has_value(); }))
      continue;
    const IndicatorInfo& info = indicators[i].info;
    out += fmt::format("<tr><th scope=\"row\">{}<br><code>{}</code></th>", escape(info.title),
                       escape(info.id));
    for (std::size_t g = 0; g < grouped.groups.size(); ++g) {
      std::optional<Value> value = g < row.size() ? row[g] : std::nullopt;
      Rag rag = figure_rag(info, value, page.rules);
      out += fmt::format("<td class=\"{}\"{}>{}{}</td>", rag_class(rag),
                         data_attributes(info.id, attribute("data-group", grouped.groups[g]),
                                         value, info.unit, page.rules),
                         escape(figure(value, info.unit, page.rules).text),
                         rag == Rag::none ? "" : fmt::format(" <b>{}</b>", rag_letter(rag)));
    }
    out += "</tr>";
  }
  return fmt::format("<section id=\"by-group\"><h2>{} by {}</h2><div class=\"scroll\">{}</div>"
                     "</section>",
                     escape(long_month(page.dashboard.periods.back())),
                     escape(breakdown_key_name(grouped.by)),
                     table("groups", headers, out));
}

std::string data_quality(const Page& page) {
  std::string files;
  for (const FileReport& file : page.dashboard.inputs) {
    std::string kind = file.kind ? std::string(kind_name(*file.kind)) : file.used_for.value_or("-");
    if (file.skipped || file.error) {
      files += fmt::format("<tr><td>{}</td><td>{}</td><td colspan=\"4\">{}</td></tr>",
                         escape(file.file), escape(kind),
                         escape(file.skipped ? "skipped: " + *file.skipped
                                             : "not used: " + *file.error));
      continue;
    }
    files += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                       escape(file.file), escape(kind), file.rows, file.used,
                       escape(total(file.excluded) == 0
                                  ? std::string("0")
                                  : fmt::format("{} ({})", total(file.excluded),
                                                counts_text(file.excluded))),
                       escape(file.findings.empty() ? std::string("-") : counts_text(file.findings)));
  }
  std::string out =
      "<section id=\"data-quality\"><h2>Data quality: the extracts read</h2>" +
      table("quality", {"File", "Kind", "Rows", "Used", "Excluded", "Findings"}, files);
  std::string rows;
  for (const Series& s : page.dashboard.indicators) {
    if (s.excluded.empty() && s.findings.empty()) continue;
    rows += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                        escape(s.info.id),
                        escape(s.excluded.empty() ? std::string("-") : counts_text(s.excluded)),
                        escape(s.findings.empty() ? std::string("-") : counts_text(s.findings)));
  }
  if (!rows.empty())
    out += "<h3>Cases left out of the figures, and findings, over the months shown</h3>" +
           table("quality", {"Indicator", "Left out", "Findings"}, rows);
  if (std::string note = coverage_note(page.dashboard, false); !note.empty())
    out += fmt::format("<p class=\"note\">{}</p>", escape(note));
  return out + "</section>";
}

}  // namespace
}  // namespace report::html

std::string render_dashboard_html(const Dashboard& dashboard) {
  using namespace report::html;
  std::vector<std::string> months;
  for (auto month : dashboard.periods) months.push_back(short_month(month));
  Page page{dashboard, dashboard.suppression, std::move(months), 0};
  std::string title = dashboard.authority.empty() ? std::string("Board report")
                                                  : dashboard.authority + ": Board report";
  if (!dashboard.periods.empty()) title += ", " + long_month(dashboard.periods.back());
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta "
      "name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>"
      "{}</style></head><body>\n",
      escape(title), board_style());
  out += header(page) + "\n<main>\n";
  if (!dashboard.periods.empty()) {
    out += tiles(page) + "\n";
    out += "<div class=\"pair\">" + working_together(page) + duration_bands(page) + "</div>\n";
    out += flow(page) + "\n";
    out += by_group(page) + "\n";
    out += trend_charts(page) + "\n";
  }
  out += data_quality(page);
  return out + "\n</main></body></html>\n";
}

}  // namespace kpi
