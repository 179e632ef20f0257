// `show` rendered: a table (the definition, the figures, what was left out, the
// breakdown and the cases, each an aligned table of table_layout.h), csv (the
// cases with --cases, else the breakdown with --by, else the figures) or json
// (everything; a series' figures written by series_json.h, as the dashboard's).
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"
#include "report/series_json.h"

#include <fmt/format.h>

namespace kpi {

namespace {

using report::csv_field;

std::string date_text(const MaybeDate& day) { return day ? format_date(*day) : ""; }

std::string number_text(const std::optional<Value>& value, Unit unit) {
  if (!value) return "";
  auto number = value->value(unit);
  return number ? report::exact_number(*number) : "";
}

std::string months_text(const Periods& periods, int first, int last) {
  if (first == last) return period_label(periods.month(first));
  return fmt::format("{} to {}", period_label(periods.month(first)),
                     period_label(periods.month(last)));
}

std::string case_days(const Case& c) { return c.days ? fmt::format("{}", *c.days) : ""; }

std::string where(const ShowReport& r, const Case& c) {
  return r.extracts->files.empty() ? "" : r.extracts->where(c.origin);
}

std::string_view name(const ShowReport& r, Id id) { return r.extracts->strings.str(id); }

std::string render_table(const ShowReport& r) {
  const RunPeriods& run = r.run;
  const Periods& periods = run.periods;
  std::string out;
  for (const Series& s : r.series) {
    const IndicatorInfo& info = s.info;
    out += fmt::format("{}: {}\n", info.id, info.title);
    std::string target = info.rag ? fmt::format(", target {}", report::target_text(info)) : "";
    out += fmt::format("{}, {}, {}{}\n", unit_name(info.unit),
                       info.measure == Measure::flow ? "flow" : "snapshot at month end",
                       report::polarity_words(info.polarity), target);
    for (const auto& line : report::wrap(info.definition, 100)) out += line + "\n";
    if (!s.missing.empty()) out += fmt::format("not computed: {}\n", s.missing);
    out += "\n";
  }

  std::vector<std::vector<std::string>> rows{
      {"id", "period", "value", "numerator", "denominator", "rag", "note"}};
  for (const Series& s : r.series) {
    const IndicatorInfo& info = s.info;
    auto add = [&](std::string period, const std::optional<Value>& v, std::string note) {
      std::string rag;
      if (v) rag = rag_name(rate(info.polarity, info.rag, v->value(info.unit)));
      std::string shown = report::display_value(v, info.unit);
      if (info.unit == Unit::percent && shown != "-") shown += "%";
      if (v && v->partial_history) note += note.empty() ? "partial history" : ", partial history";
      rows.push_back({info.id, std::move(period), shown, v ? fmt::format("{}", v->numerator) : "",
                      v && v->denominator ? fmt::format("{}", *v->denominator) : "", rag, note});
    };
    add(period_label(periods.month(run.reporting)), s.values.empty() ? std::nullopt : s.values.back(),
        "");
    add("rolling 3 months", s.rolling_3m,
        s.rolling_3m || !s.missing.empty() ? months_text(periods, run.rolling_first, run.reporting)
                                           : "does not apply");
    add("year to date", s.year_to_date,
        s.year_to_date || !s.missing.empty() ? months_text(periods, run.year_first, run.reporting)
                                             : "does not apply");
  }
  using report::Align;
  out += report::aligned_table(rows, {Align::left, Align::left, Align::right, Align::right,
                                      Align::right, Align::left, Align::left});

  for (const Series& s : r.series) {
    for (const auto& [reason, n] : s.excluded)
      out += fmt::format("{}: {} left out ({}), {}\n", s.info.id, n, reason,
                         months_text(periods, run.first_shown, run.reporting));
    for (const auto& [finding, n] : s.findings)
      out += fmt::format("{}: data-quality finding: {} ({}), {}\n", s.info.id, finding, n,
                         months_text(periods, run.first_shown, run.reporting));
  }

  if (r.by) {
    out += fmt::format("\nby {}, {}\n", breakdown_key_name(*r.by),
                       months_text(periods, run.first_shown, run.reporting));
    std::vector<std::vector<std::string>> by_rows{
        {"id", std::string(breakdown_key_name(*r.by)), "value", "numerator", "denominator"}};
    for (std::size_t i = 0; i < r.series.size(); ++i) {
      Unit unit = r.series[i].info.unit;
      for (const BreakdownRow& row : r.breakdowns[i]) {
        std::string shown = report::display_value(row.value, unit);
        if (unit == Unit::percent && shown != "-") shown += "%";
        by_rows.push_back({r.series[i].info.id, row.key, shown,
                           fmt::format("{}", row.value.numerator),
                           row.value.denominator ? fmt::format("{}", *row.value.denominator) : ""});
      }
    }
    out += report::aligned_table(
        by_rows, {Align::left, Align::left, Align::right, Align::right, Align::right});
  }

  if (r.with_cases) {
    const CaseColumns& columns = r.family->columns;
    out += fmt::format("\ncases, {}: {}\n", months_text(periods, run.first_shown, run.reporting),
                       r.cases.size());
    std::vector<std::vector<std::string>> case_rows{
        {"id", "period", "child", "where", "team", "worker", "age", std::string(columns.from.empty() ? "date" : columns.from),
         std::string(columns.to.empty() ? "to" : columns.to),
         std::string(columns.days.empty() ? "days" : columns.days), "num", "den", "reason"}};
    for (const Case& c : r.cases) {
      std::string reason(c.reason);
      if (!c.finding.empty()) reason += fmt::format(" [finding: {}]", c.finding);
      case_rows.push_back({sub_id(*r.family, c.sub), period_label(periods.month(c.period)),
                           std::string(name(r, c.child)), where(r, c),
                           std::string(name(r, c.team)), std::string(name(r, c.worker)),
                           std::string(age_band_name(c.age)), date_text(c.from), date_text(c.to),
                           case_days(c), c.numerator ? "Y" : "N",
                           c.denominator ? "Y" : "N", reason});
    }
    // Every column left-aligned but the days.
    std::vector<Align> aligns(case_rows.front().size(), Align::left);
    aligns[9] = Align::right;
    out += report::aligned_table(case_rows, std::move(aligns));
  }
  return out;
}

std::string render_csv(const ShowReport& r) {
  const Periods& periods = r.run.periods;
  std::string out;
  if (r.with_cases) {
    out = "id,period,child,where,team,worker,age_band,from,to,days,numerator,denominator,reason,"
          "finding\n";
    for (const Case& c : r.cases)
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
                         csv_field(sub_id(*r.family, c.sub)), period_label(periods.month(c.period)),
                         csv_field(name(r, c.child)), csv_field(where(r, c)),
                         csv_field(name(r, c.team)), csv_field(name(r, c.worker)),
                         age_band_name(c.age), date_text(c.from), date_text(c.to), case_days(c),
                         c.numerator ? "true" : "false", c.denominator ? "true" : "false",
                         csv_field(c.reason), csv_field(c.finding));
    return out;
  }
  if (r.by) {
    out = fmt::format("id,{},numerator,denominator,value\n", breakdown_key_name(*r.by));
    for (std::size_t i = 0; i < r.series.size(); ++i)
      for (const BreakdownRow& row : r.breakdowns[i])
        out += fmt::format("{},{},{},{},{}\n", csv_field(r.series[i].info.id), csv_field(row.key),
                           row.value.numerator,
                           row.value.denominator ? fmt::format("{}", *row.value.denominator) : "",
                           number_text(row.value, r.series[i].info.unit));
    return out;
  }
  out = "id,period,numerator,denominator,value,partial_history,missing\n";
  for (const Series& s : r.series) {
    auto add = [&](std::string_view period, const std::optional<Value>& v) {
      out += fmt::format("{},{},{},{},{},{},{}\n", csv_field(s.info.id), period,
                         v ? fmt::format("{}", v->numerator) : "",
                         v && v->denominator ? fmt::format("{}", *v->denominator) : "",
                         number_text(v, s.info.unit), v && v->partial_history ? "true" : "",
                         csv_field(s.missing));
    };
    for (int p = r.run.first_shown; p <= r.run.reporting; ++p)
      add(period_label(periods.month(p)), s.values[static_cast<std::size_t>(p - r.run.first_shown)]);
    add("rolling_3m", s.rolling_3m);
    add("year_to_date", s.year_to_date);
  }
  return out;
}

std::string render_json(const ShowReport& r) {
  const Periods& periods = r.run.periods;
  std::vector<date::year_month> months;
  for (int p = r.run.first_shown; p <= r.run.reporting; ++p) months.push_back(periods.month(p));
  JsonWriter json;
  json.begin_object();
  json.key("family").value(r.family->id);
  json.key("month").value(period_label(periods.month(r.run.reporting)));
  json.key("indicators").begin_array();
  for (const Series& s : r.series) {
    const IndicatorInfo& info = s.info;
    json.begin_object();
    json.key("id").value(info.id);
    json.key("title").value(info.title);
    json.key("unit").value(unit_name(info.unit));
    json.key("polarity").value(polarity_name(info.polarity));
    if (info.rag)
      json.key("target").value(info.rag->target);
    else
      json.key("target").null();
    json.key("definition").value(info.definition);
    if (!s.missing.empty()) json.key("missing").value(s.missing);
    report::write_series_figures(json, s, months);
    json.key("excluded");
    report::write_counts(json, s.excluded);
    json.key("findings");
    report::write_counts(json, s.findings);
    json.end_object();
  }
  json.end_array();
  if (r.by) {
    json.key("breakdown").begin_object();
    json.key("by").value(breakdown_key_name(*r.by));
    json.key("rows").begin_array();
    for (std::size_t i = 0; i < r.series.size(); ++i)
      for (const BreakdownRow& row : r.breakdowns[i]) {
        json.begin_object(true);
        json.key("id").value(r.series[i].info.id);
        json.key("key").value(row.key);
        json.key("numerator").value(row.value.numerator);
        json.key("denominator").value(row.value.denominator);
        json.key("value").value(row.value.value(r.series[i].info.unit));
        json.end_object();
      }
    json.end_array();
    json.end_object();
  }
  if (r.with_cases) {
    const CaseColumns& columns = r.family->columns;
    json.key("case_columns").begin_object(true);
    json.key("from").value(columns.from);
    json.key("to").value(columns.to);
    json.key("days").value(columns.days);
    json.end_object();
    json.key("cases").begin_array();
    for (const Case& c : r.cases) {
      json.begin_object(true);
      json.key("id").value(sub_id(*r.family, c.sub));
      json.key("period").value(period_label(periods.month(c.period)));
      json.key("child").value(name(r, c.child));
      json.key("where").value(where(r, c));
      json.key("team").value(name(r, c.team));
      json.key("worker").value(name(r, c.worker));
      json.key("age_band").value(age_band_name(c.age));
      json.key("from").value(c.from ? std::optional<std::string>(format_date(*c.from)) : std::nullopt);
      json.key("to").value(c.to ? std::optional<std::string>(format_date(*c.to)) : std::nullopt);
      json.key("days").value(c.days);
      json.key("numerator").value(c.numerator);
      json.key("denominator").value(c.denominator);
      json.key("reason").value(c.reason);
      if (!c.finding.empty()) json.key("finding").value(c.finding);
      json.end_object();
    }
    json.end_array();
  }
  if (r.provenance) report::write_provenance(json, *r.provenance);
  json.end_object();
  return json.finish();
}

}  // namespace

std::string render_show(const ShowReport& report, Format format) {
  switch (format) {
    case Format::csv: return render_csv(report);
    case Format::json: return render_json(report);
    case Format::table:
    case Format::markdown: break;
  }
  return render_table(report) + report::provenance_footer(report.provenance, false);
}

std::vector<std::string> show_warning_lines(const ShowReport& report) {
  std::vector<std::string> lines;
  for (const Series& s : report.series) {
    for (const auto& [reason, n] : s.excluded)
      lines.push_back(fmt::format("{}: {} left out ({})", s.info.id, n, reason));
    for (const auto& [finding, n] : s.findings)
      lines.push_back(fmt::format("{}: data-quality finding: {} ({})", s.info.id, finding, n));
  }
  return lines;
}

}  // namespace kpi
