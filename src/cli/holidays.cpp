// `csc-kpi holidays [YEAR | FROM_YEAR TO_YEAR]` lists the bank holidays of the
// division (with the user's extra holidays and closures) in the years asked;
// the current year by default. The list is written by
// src/report/holidays_render.cpp.
#include "cli/commands.h"
#include "kpi/error.h"
#include "kpi/report.h"

#include <fmt/format.h>

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

}  // namespace

Run setup_holidays(OptionTable& command, const GlobalOptions& global) {
  auto options = std::make_shared<HolidaysOptions>();
  command.positionals({.placeholder = "YEAR", .help = "a year, or the first and last of several "
                                                      "(default: this year)", .repeated = true},
                      options->years);  // counted when it runs, for a clear message
  return [options, &global]() -> int {
    Format format = require_format(global, {"table", "csv", "json", "markdown"});
    if (options->years.size() > 2)
      throw UsageError(fmt::format("expected YEAR or FROM_YEAR TO_YEAR, got {} years",
                                   options->years.size()));
    int first = options->years.empty() ? current_year() : command_line_year(options->years[0]);
    int last = options->years.size() == 2 ? command_line_year(options->years[1]) : first;
    if (last < first)
      throw UsageError(fmt::format("the years {} to {} run backwards (expected FROM_YEAR <= TO_YEAR)",
                                   first, last));
    Calendar calendar = make_calendar(global);
    auto holidays = calendar.holidays_between(
        date::sys_days{date::year{first} / 1 / 1}, date::sys_days{date::year{last} / 12 / 31});
    write_report(global, render_holidays(calendar, holidays, first, last, format));
    return 0;
  };
}

}  // namespace kpi::cli
