// `show` rendered: a table (the definition, the figures, what was left out, the
// breakdown and the cases, each an aligned table of table_layout.h) or the same
// in Markdown, csv (the cases with --cases, else the breakdown with --by, else
// the figures) or json (everything; a series' figures written by
// series_json.h, as the dashboard's). The cases' csv and json are one
// FlatTable (flat_table.h), which the table also shows.
#include "report/case_fields.h"
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"
#include "report/series_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

namespace kpi {

namespace {

using report::csv_field;

std::string date_text(const MaybeDate& day) { return day ? format_date(*day) : ""; }

std::string months_text(const Periods& periods, int first, int last) {
  if (first == last) return period_label(periods.month(first));
  return fmt::format("{} to {}", period_label(periods.month(first)),
                     period_label(periods.month(last)));
}

std::string where(const ShowReport& r, const Case& c) {
  return r.extracts->files.empty() ? "" : r.extracts->where(c.origin);
}

std::string name(const ShowReport& r, Id id) { return r.extracts->strings.str(id); }

// What a family's cases count from `from` to `to`, named by its unit:
// "working_days", "calendar_days", or "" (no days). The registry's labels
// (registry.cpp) are "working days" and "days", the latter calendar days.
std::string_view days_name(const CaseColumns& columns) {
  if (columns.days.empty()) return "";
  if (columns.days == "working days") return "working_days";
  assert(columns.days == "days");
  return "calendar_days";
}

// The record id columns of a family's cases: one per id name of the extracts it
// reads, in the registry's order. A case fills the one of its own row's kind.
std::vector<std::string> record_id_columns(const Family& family) {
  std::vector<std::string> names;
  for (const auto* kinds : {&family.needs, &family.needs_one_of, &family.uses_if_present})
    for (Kind kind : *kinds) {
      std::string id_name(report::record_id_name(kind));
      if (!id_name.empty() && std::find(names.begin(), names.end(), id_name) == names.end())
        names.push_back(std::move(id_name));
    }
  return names;
}

}  // namespace

report::FlatTable report::case_fields(const ShowReport& r) {
  using report::Field;
  using report::text_or_none;
  const Periods& periods = r.run.periods;
  std::vector<std::string> ids = record_id_columns(*r.family);
  std::string_view days = days_name(r.family->columns);
  report::FlatTable table;
  table.columns = {"id", "period", "child_id"};
  table.columns.insert(table.columns.end(), ids.begin(), ids.end());
  for (std::string_view column : {"file", "line", "team", "worker", "age_band", "from", "to"})
    table.columns.emplace_back(column);
  if (!days.empty()) table.columns.emplace_back(days);
  for (std::string_view column : {"numerator", "denominator", "reason", "finding"})
    table.columns.emplace_back(column);
  for (std::size_t i = 0; i < r.cases.size(); ++i) {
    const Case& c = r.cases[i];
    std::vector<Field> row = {sub_id(*r.family, c.sub), period_label(periods.month(c.period)),
                              text_or_none(name(r, c.child))};
    const std::vector<FileReport>& files = r.extracts->files;
    const FileReport* file = c.origin.file < files.size() ? &files[c.origin.file] : nullptr;
    std::string_view own = file && file->kind ? report::record_id_name(*file->kind) : "";
    for (const auto& id_name : ids)
      row.push_back(id_name == own ? text_or_none(name(r, r.case_record_ids[i])) : Field());
    row.push_back(file ? Field(file->file) : Field());
    row.push_back(file ? Field(static_cast<long long>(c.origin.line)) : Field());
    row.push_back(text_or_none(name(r, c.team)));
    row.push_back(text_or_none(name(r, c.worker)));
    row.push_back(text_or_none(age_band_name(c.age)));
    row.push_back(text_or_none(date_text(c.from)));
    row.push_back(text_or_none(date_text(c.to)));
    if (!days.empty()) row.push_back(report::maybe(c.days));
    row.push_back(c.numerator);
    row.push_back(c.denominator);
    row.push_back(std::string(c.reason));
    row.push_back(text_or_none(c.finding));
    table.add(std::move(row));
  }
  return table;
}

namespace {

using report::case_fields;

// The heading of a case field in the table: the dates named by what they are
// for this indicator, the days by their unit, the rest in short words.
std::string case_heading(std::string_view column, const CaseColumns& columns) {
  if (column == "from") return std::string(columns.from.empty() ? "date" : columns.from);
  if (column == "to") return std::string(columns.to.empty() ? "to" : columns.to);
  static constexpr std::pair<std::string_view, std::string_view> words[] = {
      {"child_id", "child"},           {"file", "where"},
      {"age_band", "age"},             {"working_days", "working days"},
      {"calendar_days", "calendar days"}, {"numerator", "num"},
      {"denominator", "den"}};
  for (const auto& [field, word] : words)
    if (column == field) return std::string(word);
  return std::string(column);  // id, period, the record ids, team, worker, reason
}

// The table, or with `markdown` the same sections as Markdown (tables as
// GitHub tables, the notes as lists).
std::string render_text(const ShowReport& r, bool markdown) {
  const RunPeriods& run = r.run;
  const Periods& periods = run.periods;
  using report::Align;
  auto table = [markdown](const std::vector<std::vector<std::string>>& rows,
                          std::vector<Align> aligns) {
    return markdown ? report::markdown_table(rows, aligns)
                    : report::aligned_table(rows, std::move(aligns));
  };
  // A block of lines: one paragraph (table), a list (markdown).
  auto bullet = markdown ? "- " : "";
  std::string out;
  for (const Series& s : r.series) {
    const IndicatorInfo& info = s.info;
    out += markdown ? fmt::format("**{}**: {}\n\n", info.id, report::markdown_cell(info.title))
                    : fmt::format("{}: {}\n", info.id, info.title);
    std::string target = info.rag ? fmt::format(", target {}", report::display_target(info)) : "";
    out += fmt::format("{}, {}, {}{}\n", unit_name(info.unit),
                       info.measure == Measure::flow ? "flow" : "snapshot at month end",
                       report::polarity_words(info.polarity), target);
    if (markdown) out += "\n";
    for (const auto& line : report::wrap(info.definition, 100)) out += line + "\n";
    if (!s.missing.empty())
      out += fmt::format("{}not computed: {}\n", markdown ? "\n" : "", s.missing);
    out += "\n";
  }

  std::vector<std::vector<std::string>> rows{
      {"id", "period", "value", "numerator", "denominator", "rag", "note"}};
  for (const Series& s : r.series) {
    const IndicatorInfo& info = s.info;
    auto add = [&](std::string period, const std::optional<Value>& v, std::string note) {
      std::string rag;
      if (v) rag = rag_name(rate(info.polarity, info.rag, v->value(info.unit)));
      if (v && v->partial_history) note += note.empty() ? "partial history" : ", partial history";
      rows.push_back({info.id, std::move(period), report::display_value(v, info.unit),
                      report::numerator_text(v), report::denominator_text(v), rag, note});
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
  out += table(rows, {Align::left, Align::left, Align::right, Align::right, Align::right,
                      Align::left, Align::left});

  std::string notes;
  for (const Series& s : r.series) {
    for (const auto& [reason, n] : s.excluded)
      notes += fmt::format("{}{}: {} left out ({}), {}\n", bullet, s.info.id, n, reason,
                           months_text(periods, run.first_shown, run.reporting));
    for (const auto& [finding, n] : s.findings)
      notes += fmt::format("{}{}: data-quality finding: {} ({}), {}\n", bullet, s.info.id, finding,
                           n, months_text(periods, run.first_shown, run.reporting));
  }
  if (!notes.empty()) out += (markdown ? "\n" : "") + notes;

  if (r.by) {
    out += fmt::format("\nby {}, {}\n{}", breakdown_key_name(*r.by),
                       months_text(periods, run.first_shown, run.reporting), markdown ? "\n" : "");
    std::vector<std::vector<std::string>> by_rows{
        {"id", std::string(breakdown_key_name(*r.by)), "value", "numerator", "denominator"}};
    for (std::size_t i = 0; i < r.series.size(); ++i) {
      Unit unit = r.series[i].info.unit;
      for (const BreakdownRow& row : r.breakdowns[i])
        by_rows.push_back({r.series[i].info.id, row.key, report::display_value(row.value, unit),
                           report::numerator_text(row.value),
                           report::denominator_text(row.value)});
    }
    out += table(by_rows, {Align::left, Align::left, Align::right, Align::right, Align::right});
  }

  if (r.with_cases) {
    const CaseColumns& columns = r.family->columns;
    out += fmt::format("\ncases, {}: {}\n{}", months_text(periods, run.first_shown, run.reporting),
                       r.cases.size(), markdown ? "\n" : "");
    // The fields of csv and json, headed in words for a reader; file and line
    // as one "file:line", the finding after the reason.
    report::FlatTable fields = case_fields(r);
    std::vector<std::string> header;
    std::vector<Align> aligns;
    std::vector<std::size_t> shown;  // the fields shown, by index
    for (std::size_t c = 0; c < fields.columns.size(); ++c) {
      const std::string& column = fields.columns[c];
      if (column == "line" || column == "finding") continue;
      header.push_back(case_heading(column, columns));
      aligns.push_back(column.ends_with("_days") ? Align::right : Align::left);
      shown.push_back(c);
    }
    std::vector<std::vector<std::string>> case_rows{header};
    for (std::size_t i = 0; i < fields.rows.size(); ++i) {
      const Case& c = r.cases[i];
      std::vector<std::string> cells;
      for (std::size_t f : shown) {
        const std::string& column = fields.columns[f];
        if (column == "file")
          cells.push_back(where(r, c));
        else if (column == "reason")
          cells.push_back(c.finding.empty() ? std::string(c.reason)
                                            : fmt::format("{} [finding: {}]", c.reason, c.finding));
        else
          cells.push_back(report::field_text(fields.rows[i][f]));
      }
      case_rows.push_back(std::move(cells));
    }
    out += table(case_rows, std::move(aligns));
  }
  return out;
}

std::string render_csv(const ShowReport& r) {
  const Periods& periods = r.run.periods;
  std::string out;
  if (r.with_cases) return report::csv_text(case_fields(r));
  if (r.by) {
    out = fmt::format("id,{},numerator,denominator,value\n", breakdown_key_name(*r.by));
    for (std::size_t i = 0; i < r.series.size(); ++i)
      for (const BreakdownRow& row : r.breakdowns[i])
        out += fmt::format("{},{},{},{},{}\n", csv_field(r.series[i].info.id), csv_field(row.key),
                           report::numerator_text(row.value), report::denominator_text(row.value),
                           report::value_text(row.value, r.series[i].info.unit));
    return out;
  }
  out = "id,period,numerator,denominator,value,partial_history,missing\n";
  for (const Series& s : r.series) {
    auto add = [&](std::string_view period, const std::optional<Value>& v) {
      out += fmt::format("{},{},{},{},{},{},{}\n", csv_field(s.info.id), period,
                         report::numerator_text(v), report::denominator_text(v),
                         report::value_text(v, s.info.unit),
                         report::csv_flag(v && v->partial_history), csv_field(s.missing));
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
    json.key("groups").begin_array();
    for (std::size_t i = 0; i < r.series.size(); ++i)
      for (const BreakdownRow& row : r.breakdowns[i]) {
        json.begin_object(true);
        json.key("id").value(r.series[i].info.id);
        json.key("key").value(row.key);
        report::write_value_fields(json, row.value, r.series[i].info.unit);
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
    json.end_object();
    json.key("cases");
    report::write_json_rows(json, case_fields(r));
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
  bool markdown = format == Format::markdown;
  return render_text(report, markdown) + report::provenance_footer(report.provenance, markdown);
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
