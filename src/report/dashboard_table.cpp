// The dashboard as an aligned text table for a terminal: indicators down (sub-ids
// indented under their family), months across as "Dec16", then the rolling
// 3-month and year-to-date figures, the target, the RAG rating of the reporting
// month and the trend against the month before.
//
// Column widths come from the content; the id column gets what is left of
// `width`, and an id too long for it is written on a line of its own with its
// figures on the next line, so nothing is cut. Notes under the table explain
// the columns and list partial-history figures and indicators not computed.
#include "report/provenance_render.h"
#include "report/report_common.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace kpi {

namespace {

using report::display_value;
using report::pad_right;

struct Row {
  std::string name;                // "referrals", "  .nfa", or a family heading
  std::vector<std::string> cells;  // empty for a heading; one cell of text for "missing"
  bool missing = false;
};

}  // namespace

std::vector<std::string> partial_periods(const Dashboard& dashboard, const Series& series,
                                         bool Value::*flag) {
  std::vector<std::string> labels;
  std::size_t count = std::min(series.values.size(), dashboard.periods.size());
  auto flagged = [&](std::size_t i) {
    return i < count && series.values[i] && (*series.values[i]).*flag;
  };
  for (std::size_t i = 0; i < count; ++i) {
    if (!flagged(i)) continue;
    std::size_t last = i;
    while (flagged(last + 1)) ++last;
    labels.push_back(last == i ? short_month(dashboard.periods[i])
                               : short_month(dashboard.periods[i]) + "-" +
                                     short_month(dashboard.periods[last]));
    i = last;
  }
  if (series.rolling_3m && (*series.rolling_3m).*flag) labels.push_back("3m");
  if (series.year_to_date && (*series.year_to_date).*flag) labels.push_back("YTD");
  return labels;
}

std::string coverage_note(const Dashboard& dashboard, bool markdown) {
  std::vector<std::string> parts;
  for (const Series& series : dashboard.indicators) {
    auto labels = partial_periods(dashboard, series, &Value::partial_coverage);
    if (!labels.empty())
      parts.push_back(markdown ? fmt::format("`{}` {}", series.info.id, fmt::join(labels, ", "))
                               : fmt::format("{} {}", series.info.id, fmt::join(labels, ", ")));
  }
  if (parts.empty()) return "";
  return fmt::format("Partial coverage: an extract these figures need does not cover the whole "
                     "period (see the provenance): {}.",
                     fmt::join(parts, "; "));
}

namespace {

}  // namespace

std::string render_table(const Dashboard& dashboard, int width) {
  const std::size_t periods = dashboard.periods.size();
  std::vector<std::string> header = {"Indicator"};
  for (auto month : dashboard.periods) header.push_back(short_month(month));
  for (std::string_view h : {"3m", "YTD", "Tgt", "RAG", "Trend"}) header.emplace_back(h);
  const std::size_t columns = header.size();
  const std::size_t first_text = columns - 2;  // RAG and Trend are left-aligned words

  std::vector<Row> rows;
  std::string_view family;
  for (const Series& series : dashboard.indicators) {
    const std::string& id = series.info.id;
    std::string_view suffix = report::suffix_of(id);
    if (!suffix.empty() && report::family_of(id) != family)
      rows.push_back(Row{std::string(report::family_of(id)), {}});
    family = report::family_of(id);
    Row row;
    row.name = suffix.empty() ? id : fmt::format("  {}", suffix);
    if (!series.missing.empty()) {
      row.missing = true;
      row.cells.push_back(fmt::format("({})", series.missing));
      rows.push_back(std::move(row));
      continue;
    }
    Unit unit = series.info.unit;
    for (std::size_t i = 0; i < periods; ++i)
      row.cells.push_back(i < series.values.size() ? display_value(series.values[i], unit) : "-");
    // A summary that does not apply (snapshot count) stays blank; "-" is no value.
    row.cells.push_back(series.rolling_3m ? display_value(series.rolling_3m, unit) : "");
    row.cells.push_back(series.year_to_date ? display_value(series.year_to_date, unit) : "");
    row.cells.push_back(report::display_target(series.info));
    row.cells.emplace_back(report::rag_letter(reporting_rag(series)));
    row.cells.emplace_back(trend(series));
    rows.push_back(std::move(row));
  }

  // Figures right-aligned, RAG and trend (words) and the id left-aligned; the id
  // column gets what the others leave of `width`, at least 12.
  std::vector<report::Align> aligns(columns, report::Align::right);
  aligns[0] = report::Align::left;
  for (std::size_t c = first_text; c < columns; ++c) aligns[c] = report::Align::left;
  report::TableLayout layout(std::move(aligns), " ");
  layout.fit(header);
  std::size_t longest = layout.width(0);
  for (const Row& row : rows) {
    if (!row.cells.empty()) longest = std::max(longest, report::display_width(row.name));
    if (row.missing) continue;
    std::vector<std::string> cells = {""};
    cells.insert(cells.end(), row.cells.begin(), row.cells.end());
    layout.fit(cells);
  }
  const std::size_t rest = layout.total_width() - layout.width(0);
  std::size_t available = static_cast<std::size_t>(std::max(width, 0)) > rest
                              ? static_cast<std::size_t>(width) - rest
                              : 0;
  layout.set_width(0, std::max<std::size_t>(std::min(longest, available), 12));
  const std::size_t total = layout.total_width();

  std::string out;
  std::string_view division = division_name(dashboard.division);
  if (periods > 0)
    out += fmt::format("Dashboard for {}: {} months from {}; working days: {} bank holidays, "
                       "{} counting\n\n",
                       period_label(dashboard.periods.back()), periods,
                       short_month(dashboard.periods.front()), division,
                       counting_name(dashboard.counting));

  auto line = [&](const std::vector<std::string>& cells, std::string_view name) {
    std::vector<std::string> text = {std::string(name)};
    text.insert(text.end(), cells.begin(), cells.end());
    out += layout.line(text);
  };
  out += layout.line(header);

  for (const Row& row : rows) {
    std::string_view name = row.name;
    if (report::display_width(name) > layout.width(0) && !row.cells.empty() && !row.missing) {
      out += row.name;  // too long for its column: a line of its own, figures below
      out += '\n';
      name = "";
    }
    if (row.cells.empty()) {
      out += row.name;
      out += '\n';
    } else if (row.missing) {
      // Free text: a long id is simply followed by it.
      std::string text = pad_right(name, layout.width(0)) + ' ' + row.cells[0];
      out += report::truncate(text, std::max(total, static_cast<std::size_t>(width)));
      out += '\n';
    } else {
      line(row.cells, name);
    }
  }

  if (periods > 0) {
    std::string last = short_month(dashboard.periods.back());
    std::string before =
        short_month(dashboard.periods.back() - date::months(1));
    std::vector<std::string> notes = {
        "3m: the last 3 months pooled; YTD: the financial year to date (from 1 April) pooled; "
        "blank: does not apply; -: no value.",
        fmt::format("Percentages to 1 decimal, with %; counts without. Tgt: the target; RAG: {} "
                    "against it (G green, A amber, R red). Trend: {} against {}.",
                    last, last, before)};
    for (const Series& series : dashboard.indicators) {
      auto labels = partial_periods(dashboard, series, &Value::partial_history);
      if (!labels.empty())
        notes.push_back(fmt::format("{}: partial referral history in {}.", series.info.id,
                                    fmt::join(labels, ", ")));
    }
    if (std::string note = coverage_note(dashboard, false); !note.empty()) notes.push_back(note);
    out += '\n';
    std::size_t note_width = std::max<std::size_t>(40, static_cast<std::size_t>(width));
    for (const auto& note : notes)
      for (const auto& wrapped : report::wrap(note, note_width)) out += wrapped + '\n';
  }
  return out;
}

}  // namespace kpi
