// The due list as a table grouped by team (or worker) with a total line per
// group, or as csv / json rows for a spreadsheet or a script.
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"

#include <fmt/format.h>

namespace kpi {

namespace {

using report::csv_field;

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

std::string render_table(const DueList& list, const Calendar& calendar) {
  std::string out = fmt::format(
      "Due at {}: visits and assessments overdue or due within {} working days\n"
      "Working days: {} bank holidays, {} counting\n\n",
      format_date(list.as_at), list.within, division_name(calendar.division()),
      counting_name(calendar.counting()));
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
  report::TableLayout layout(std::move(aligns));
  layout.fit(header);
  layout.fit_rows(rows);
  out += layout.line(header);

  Totals group_totals, all;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out += layout.line(rows[i]);
    group_totals.add(list.items[i]);
    all.add(list.items[i]);
    if (i + 1 == rows.size() ||
        group_of(list, list.items[i + 1]) != group_of(list, list.items[i])) {
      out += fmt::format("  {}: {}\n\n", rows[i][0], totals_text(group_totals, list.within));
      group_totals = {};
    }
  }
  out += fmt::format("Total: {}.\n", totals_text(all, list.within));
  out += "Days: working days from the due date to the as-at date (over 0: overdue; 0 or less: "
         "working days left).\n";
  return out;
}

std::string render_csv(const DueList& list) {
  std::string out =
      "team,worker,child_id,kind,item_id,from,reference_date,due_date,working_days,overdue\n";
  for (const DueItem& item : list.items)
    out += fmt::format("{},{},{},{},{},{},{},{},{},{}\n", csv_field(item.team),
                       csv_field(item.worker), csv_field(item.child), due_kind_name(item.kind),
                       csv_field(item.item), item.reference_what, format_date(item.reference),
                       format_date(item.due), item.working_days, item.overdue ? "Y" : "N");
  return out;
}

std::string render_json(const DueList& list, const Calendar& calendar) {
  JsonWriter json;
  json.begin_object();
  json.key("calendar").begin_object(true);
  json.key("division").value(division_name(calendar.division()));
  json.key("count").value(counting_name(calendar.counting()));
  json.end_object();
  json.key("as_at").value(format_date(list.as_at));
  json.key("within").value(list.within);
  json.key("items").begin_array();
  for (const DueItem& item : list.items) {
    json.begin_object(true);
    json.key("team").value(item.team);
    json.key("worker").value(item.worker);
    json.key("child_id").value(item.child);
    json.key("kind").value(due_kind_name(item.kind));
    json.key("item_id").value(item.item);
    json.key("from").value(item.reference_what);
    json.key("reference_date").value(format_date(item.reference));
    json.key("due_date").value(format_date(item.due));
    json.key("working_days").value(item.working_days);
    json.key("overdue").value(item.overdue);
    json.key("row").value(item.where);
    json.end_object();
  }
  json.end_array();
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
    json.key("overdue").value(totals.overdue);
    json.key("due").value(totals.due);
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
    case Format::csv: return render_csv(list);
    case Format::json: return render_json(list, calendar);
    case Format::table:
    case Format::markdown: break;
  }
  return render_table(list, calendar) + report::provenance_footer(list.provenance, false);
}

}  // namespace kpi
