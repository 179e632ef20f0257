// `holidays` rendered: the bank holidays (and closures) of some years, grouped
// by year with their weekday and a count, or as csv (date,name).
#include "calendar/day_text.h"
#include "kpi/report.h"
#include "report/report_common.h"

#include <fmt/format.h>

#include <algorithm>

namespace kpi {
namespace {

std::string note_of(const Holiday& holiday) {
  if (holiday.closure) return holiday.name == "Office closure" ? "" : "office closure";
  if (holiday.substitute) return "substitute day";
  return "";
}

std::string table(const Calendar& calendar, const std::vector<Holiday>& holidays, int first,
                  int last) {
  std::string years = first == last ? fmt::format("{}", first) : fmt::format("{}-{}", first, last);
  bool any_closure = std::any_of(holidays.begin(), holidays.end(),
                                 [](const Holiday& holiday) { return holiday.closure; });
  std::string out = fmt::format("Bank holidays{} of {}, {}\n",
                                any_closure ? " and office closures" : "",
                                division_name(calendar.division()), years);
  if (holidays.empty()) {
    out += calendar.division() == Division::none
               ? "\n  none (division 'none' has weekends only; add days with --holidays FILE)\n"
               : "\n  none\n";
    return out;
  }
  int year = 0, bank_holidays = 0, closures = 0;
  for (const Holiday& holiday : holidays) {
    int this_year = static_cast<int>(date::year_month_day{holiday.date}.year());
    if (this_year != year) {
      out += first == last ? "\n" : fmt::format("\n  {}\n", this_year);
      year = this_year;
    }
    std::string note = note_of(holiday);
    std::string weekend = is_weekend(holiday.date) ? "on a weekend" : "";
    std::string notes = note.empty() || weekend.empty() ? note + weekend : note + ", " + weekend;
    out += fmt::format("  {}  {}  {}{}\n", format_date(holiday.date), weekday_name(holiday.date),
                       holiday.name, notes.empty() ? "" : fmt::format(" ({})", notes));
    (holiday.closure ? closures : bank_holidays) += 1;
  }
  out += fmt::format("\n  {} bank holiday{}", bank_holidays, bank_holidays == 1 ? "" : "s");
  if (closures > 0) out += fmt::format(", {} office closure{}", closures, closures == 1 ? "" : "s");
  return out + "\n";
}

}  // namespace

std::string render_holidays(const Calendar& calendar, const std::vector<Holiday>& holidays,
                            int first_year, int last_year, Format format) {
  if (format != Format::csv) return table(calendar, holidays, first_year, last_year);
  std::string out = "date,name\n";
  for (const Holiday& holiday : holidays)
    out += fmt::format("{},{}\n", format_date(holiday.date), report::csv_field(holiday.name));
  return out;
}

}  // namespace kpi
