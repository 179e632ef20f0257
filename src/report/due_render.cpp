// The due list as a table grouped by team (or worker) with a total line per
// group (markdown: one table, the totals as a list), or as csv / json rows for
// a spreadsheet or a script (the same named fields, flat_table.h).
#include "report/flat_table.h"
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"

#include <fmt/format.h>

#include <cstdlib>

namespace kpi {

namespace {

std::string_view kind_label(DueKind kind) {
  switch (kind) {
    case DueKind::cp_visit: return "CP visit";
    case DueKind::cin_visit: return "CiN visit";
    case DueKind::cla_visit: return "CLA visit";
    case DueKind::assessment: return "assessment";
  }
  return "";
}

std::string status(const DueItem& item) {
  if (item.overdue) return "overdue";
  if (item.working_days == 0) return "due today";
  return "due soon";
}

std::string or_none(const std::string& name) { return name.empty() ? "(none)" : name; }

// The team, or the worker with --by worker: what the list is grouped by.
const std::string& group_of(const DueList& list, const DueItem& item) {
  return list.by_worker ? item.worker : item.team;
}

struct Totals {
  int overdue = 0;
  int due = 0;
  void add(const DueItem& item) { ++(item.overdue ? overdue : due); }
};

std::string totals_text(const Totals& totals, int within) {
  return fmt::format("{} overdue, {} due within {} working day{}", totals.overdue, totals.due,
                     within, within == 1 ? "" : "s");
}

// The kind of row an item is about: its id is named after it.
Kind record_kind(DueKind kind) {
  switch (kind) {
    case DueKind::cp_visit: return Kind::cp_plans;
    case DueKind::cin_visit: return Kind::cin_plans;
    case DueKind::cla_visit: return Kind::cla_episodes;
    case DueKind::assessment: break;
  }
  return Kind::assessments;
}

// DueItem::where is Extracts::where's "file:line": the line follows the last colon.
std::pair<std::string, long long> file_and_line(const std::string& where) {
  auto colon = where.rfind(':');
  if (colon == std::string::npos) return {where, 0};
  return {where.substr(0, colon), std::atoll(where.c_str() + colon + 1)};
}

// The items as named fields (csv and json alike). The id of the plan, episode or
// assessment goes in the column named after its kind.
report::FlatTable item_fields(const DueList& list) {
  using report::text_or_none;
  constexpr std::string_view id_columns[] = {"plan_id", "episode_id", "assessment_id"};
  report::FlatTable table;
  table.columns = {"team", "worker", "child_id", "kind"};
  table.columns.insert(table.columns.end(), std::begin(id_columns), std::end(id_columns));
  for (std::string_view column : {"reference", "reference_date", "due_date", "working_days",
                                  "overdue", "file", "line"})
    table.columns.emplace_back(column);
  for (const DueItem& item : list.items) {
    std::vector<report::Field> row = {text_or_none(item.team), text_or_none(item.worker),
                                      text_or_none(item.child),
                                      std::string(due_kind_name(item.kind))};
    std::string_view own = report::record_id_name(record_kind(item.kind));
    for (std::string_view column : id_columns)
      row.push_back(column == own ? text_or_none(item.item) : report::Field());
    auto [file, line] = file_and_line(item.where);
    for (report::Field field :
         {text_or_none(item.reference_what), report::Field(format_date(item.reference)),
          report::Field(format_date(item.due)),
          report::Field(static_cast<long long>(item.working_days)), report::Field(item.overdue),
          text_or_none(file), report::Field(line)})
      row.push_back(std::move(field));
    table.add(std::move(row));
  }
  return table;
}

// The table, or with `markdown` one GitHub table with the totals as a list.
std::string render_text(const DueList& list, const Calendar& calendar, bool markdown) {
  std::string out = fmt::format(
      "{}Due at {}: visits and assessments overdue or due within {} working days{}\n{}"
      "Working days: {} bank holidays, {} counting\n\n",
      markdown ? "**" : "", format_date(list.as_at), list.within, markdown ? "**" : "",
      markdown ? "\n" : "", division_name(calendar.division()), counting_name(calendar.counting()));
  if (list.items.empty()) {
    out += "Nothing is overdue or due.\n";
    return out;
  }
  std::vector<std::string> header = {"Team", "Worker", "Child", "Kind", "Item", "From",
                                     "Due", "Days", "Status"};
  if (list.by_worker) std::swap(header[0], header[1]);
  std::vector<std::vector<std::string>> rows;
  for (const DueItem& item : list.items) {
    // Names and ids are never cut: two teams, workers or children cut to the
    // same text would look like one (a long name widens its column instead).
    std::string group = or_none(item.team);
    std::string other = or_none(item.worker);
    if (list.by_worker) std::swap(group, other);
    rows.push_back({group, other, item.child,
                    std::string(kind_label(item.kind)), item.item,
                    fmt::format("{} {}", item.reference_what, format_date(item.reference)),
                    format_date(item.due), fmt::format("{}", item.working_days), status(item)});
  }
  // Days right-aligned, everything else left.
  std::vector<report::Align> aligns(header.size(), report::Align::left);
  aligns[7] = report::Align::right;
  report::TableLayout layout(aligns);
  layout.fit(header);
  layout.fit_rows(rows);
  std::vector<std::vector<std::string>> markdown_rows = {header};
  std::string totals;
  if (!markdown) out += layout.line(header);

  Totals group_totals, all;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (markdown)
      markdown_rows.push_back(rows[i]);
    else
      out += layout.line(rows[i]);
    group_totals.add(list.items[i]);
    all.add(list.items[i]);
    if (i + 1 == rows.size() ||
        group_of(list, list.items[i + 1]) != group_of(list, list.items[i])) {
      if (markdown)
        totals += fmt::format("- {}: {}\n", rows[i][0], totals_text(group_totals, list.within));
      else
        out += fmt::format("  {}: {}\n\n", rows[i][0], totals_text(group_totals, list.within));
      group_totals = {};
    }
  }
  if (markdown) out += report::markdown_table(markdown_rows, aligns) + "\n" + totals + "\n";
  out += fmt::format("Total: {}.\n", totals_text(all, list.within));
  out += "Days: working days from the due date to the as-at date (over 0: overdue; 0 or less: "
         "working days left).\n";
  return out;
}

std::string render_json(const DueList& list, const Calendar& calendar) {
  JsonWriter json;
  json.begin_object();
  report::write_calendar(json, calendar.division(), calendar.counting());
  json.key("as_at").value(format_date(list.as_at));
  json.key("within").value(list.within);
  json.key("items");
  report::write_json_rows(json, item_fields(list));
  // Totals per group, in the order of the items.
  json.key("totals").begin_array();
  std::size_t i = 0;
  while (i < list.items.size()) {
    const std::string& group = group_of(list, list.items[i]);
    Totals totals;
    for (; i < list.items.size() && group_of(list, list.items[i]) == group; ++i)
      totals.add(list.items[i]);
    json.begin_object(true);
    json.key(list.by_worker ? "worker" : "team").value(group);
    json.key("overdue_count").value(totals.overdue);
    json.key("due_count").value(totals.due);
    json.end_object();
  }
  json.end_array();
  if (list.provenance) report::write_provenance(json, *list.provenance);
  json.end_object();
  return json.finish();
}

}  // namespace

std::string render_due(const DueList& list, const Calendar& calendar, Format format) {
  switch (format) {
    case Format::csv: return report::csv_text(item_fields(list));
    case Format::json: return render_json(list, calendar);
    case Format::table:
    case Format::markdown: break;
  }
  bool markdown = format == Format::markdown;
  return render_text(list, calendar, markdown) +
         report::provenance_footer(list.provenance, markdown);
}

}  // namespace kpi
