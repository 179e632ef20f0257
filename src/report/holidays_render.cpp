// `holidays` rendered: the bank holidays (and closures) of some years, grouped
// by year with their weekday and a count (markdown: one table), or as csv
// (date,name) and json ({"division", "years", "holidays": [{date, name}]}).
#include "calendar/day_text.h"
#include "kpi/report.h"
#include "report/flat_table.h"
#include "report/json_writer.h"
#include "report/report_common.h"

#include <fmt/format.h>

#include <algorithm>

namespace kpi {
namespace {

// "substitute day", "office closure, on a weekend", ...: what the table says after the name.
std::string notes_of(const Holiday& holiday) {
  std::string note;
  if (holiday.closure)
    note = holiday.name == "Office closure" ? "" : "office closure";
  else if (holiday.substitute)
    note = "substitute day";
  std::string weekend = is_weekend(holiday.date) ? "on a weekend" : "";
  return note.empty() || weekend.empty() ? note + weekend : note + ", " + weekend;
}

std::string title(const Calendar& calendar, const std::vector<Holiday>& holidays, int first,
                  int last) {
  std::string years = first == last ? fmt::format("{}", first) : fmt::format("{}-{}", first, last);
  bool any_closure = std::any_of(holidays.begin(), holidays.end(),
                                 [](const Holiday& holiday) { return holiday.closure; });
  return fmt::format("Bank holidays{} of {}, {}", any_closure ? " and office closures" : "",
                     division_name(calendar.division()), years);
}

std::string none_text(const Calendar& calendar) {
  return calendar.division() == Division::none
             ? "none (division 'none' has weekends only; add days with --holidays FILE)"
             : "none";
}

// "12 bank holidays, 2 office closures".
std::string totals(const std::vector<Holiday>& holidays) {
  auto closures = std::count_if(holidays.begin(), holidays.end(),
                                [](const Holiday& holiday) { return holiday.closure; });
  auto bank_holidays = static_cast<long>(holidays.size()) - closures;
  std::string out = fmt::format("{} bank holiday{}", bank_holidays, bank_holidays == 1 ? "" : "s");
  if (closures > 0) out += fmt::format(", {} office closure{}", closures, closures == 1 ? "" : "s");
  return out;
}

std::string table(const Calendar& calendar, const std::vector<Holiday>& holidays, int first,
                  int last) {
  std::string out = title(calendar, holidays, first, last) + "\n";
  if (holidays.empty()) return out + "\n  " + none_text(calendar) + "\n";
  int year = 0;
  for (const Holiday& holiday : holidays) {
    int this_year = static_cast<int>(date::year_month_day{holiday.date}.year());
    if (this_year != year) {
      out += first == last ? "\n" : fmt::format("\n  {}\n", this_year);
      year = this_year;
    }
    std::string notes = notes_of(holiday);
    out += fmt::format("  {}  {}  {}{}\n", format_date(holiday.date), weekday_name(holiday.date),
                       holiday.name, notes.empty() ? "" : fmt::format(" ({})", notes));
  }
  return out + "\n  " + totals(holidays) + "\n";
}

// The same as a GitHub table (date, day, name, note) under a bold title, the
// totals after it.
std::string markdown(const Calendar& calendar, const std::vector<Holiday>& holidays, int first,
                     int last) {
  std::string out = "**" + title(calendar, holidays, first, last) + "**\n\n";
  if (holidays.empty()) return out + none_text(calendar) + "\n";
  std::vector<std::vector<std::string>> rows = {{"date", "day", "name", "note"}};
  for (const Holiday& holiday : holidays)
    rows.push_back({format_date(holiday.date), std::string(weekday_name(holiday.date)),
                    holiday.name, notes_of(holiday)});
  using report::Align;
  out += report::markdown_table(rows, {Align::left, Align::left, Align::left, Align::left});
  return out + "\n" + totals(holidays) + "\n";
}

}  // namespace

namespace report {

FlatTable holiday_fields(const std::vector<Holiday>& holidays) {
  FlatTable table;
  table.columns = {"date", "name"};
  for (const Holiday& holiday : holidays) table.add({format_date(holiday.date), holiday.name});
  return table;
}

}  // namespace report

std::string render_holidays(const Calendar& calendar, const std::vector<Holiday>& holidays,
                            int first_year, int last_year, Format format) {
  switch (format) {
    case Format::csv: return report::csv_text(report::holiday_fields(holidays));
    case Format::json: {
      JsonWriter json;
      json.begin_object();
      json.key("division").value(division_name(calendar.division()));
      json.key("years").begin_array(true);
      for (int year = first_year; year <= last_year; ++year) json.value(year);
      json.end_array();
      json.key("holidays");
      report::write_json_rows(json, report::holiday_fields(holidays));
      json.end_object();
      return json.finish();
    }
    case Format::markdown: return markdown(calendar, holidays, first_year, last_year);
    case Format::table: break;
  }
  return table(calendar, holidays, first_year, last_year);
}

}  // namespace kpi
