// `csc-kpi holidays [YEAR | FROM_YEAR TO_YEAR]` lists the bank holidays of the
// division (with the user's extra holidays and closures) in the years asked;
// the current year by default.
#include "calendar/day_text.h"
#include "cli/commands.h"
#include "kpi/error.h"
#include "report/report_common.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <memory>

namespace kpi::cli {
namespace {

struct HolidaysOptions {
  std::vector<std::string> years;  // YEAR or FROM_YEAR TO_YEAR
};

int command_line_year(const std::string& text) {
  int year = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      year < Calendar::first_year || year > Calendar::last_year)
    throw UsageError(fmt::format("invalid year '{}' (expected a year from {} to {})", text,
                                 Calendar::first_year, Calendar::last_year));
  return year;
}

int current_year() {
  auto today = date::floor<date::days>(std::chrono::system_clock::now());
  return static_cast<int>(date::year_month_day{today}.year());
}

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

Run setup_holidays(CLI::App& command, const GlobalOptions& global) {
  auto options = std::make_shared<HolidaysOptions>();
  command.add_option("years", options->years, "YEAR or FROM_YEAR TO_YEAR (default: this year)")
      ->type_name("YEAR")
      ->expected(0, 2);
  return [options, &global]() -> int {
    Format format = require_format(global, {"table", "csv"});
    int first = options->years.empty() ? current_year() : command_line_year(options->years[0]);
    int last = options->years.size() == 2 ? command_line_year(options->years[1]) : first;
    if (last < first)
      throw UsageError(fmt::format("the years {} to {} run backwards (expected FROM_YEAR <= TO_YEAR)",
                                   first, last));
    Calendar calendar = make_calendar(global);
    auto holidays = calendar.holidays_between(
        date::sys_days{date::year{first} / 1 / 1}, date::sys_days{date::year{last} / 12 / 31});
    if (format == Format::csv) {
      std::string out = "date,name\n";
      for (const Holiday& holiday : holidays)
        out += fmt::format("{},{}\n", format_date(holiday.date), report::csv_field(holiday.name));
      write_report(global, out);
    } else {
      write_report(global, table(calendar, holidays, first, last));
    }
    return 0;
  };
}

}  // namespace kpi::cli
