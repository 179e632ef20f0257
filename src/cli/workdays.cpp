// `csc-kpi workdays FROM TO` explains a working-day count on one screen: both
// conventions, the days counted, the weekends and holidays skipped (by name),
// and the usual deadlines from FROM. `csc-kpi workdays --add DATE N` gives the
// N-th working day after DATE (before it for a negative N). The explanation is
// written by src/report/workdays_render.cpp.
#include "cli/commands.h"
#include "kpi/error.h"
#include "kpi/report.h"

#include <fmt/format.h>

#include <charconv>
#include <memory>

namespace kpi::cli {
namespace {

struct WorkdaysOptions {
  std::vector<std::string> dates;  // FROM TO
  std::vector<std::string> add;    // DATE N
};

Date command_line_date(const std::string& text) {
  auto day = parse_date(text);
  if (!day)
    throw UsageError(fmt::format("invalid date '{}' (expected {})", text, date_formats_expected));
  if (!Calendar::in_range(*day)) throw UsageError(Calendar::outside_range(*day));
  return *day;
}

int command_line_offset(const std::string& text) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  int value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
    throw UsageError(fmt::format(
        "invalid number of working days '{}' (expected a whole number such as 10 or -5)", text));
  return value;
}

}  // namespace

Run setup_workdays(OptionTable& command, const GlobalOptions& global) {
  auto options = std::make_shared<WorkdaysOptions>();
  command.positionals({.placeholder = "FROM TO", .help = "the dates to count the working days between"},
                      options->dates);  // counted when it runs, for a clear message
  command.list({.name = "add",
                .placeholder = "DATE N",
                .help = "the N-th working day after DATE (before it when N is negative)",
                .in_config = false},
               options->add);
  command.find("add")->option->expected(2);  // DATE and N
  return [options, &global]() -> int {
    Format format = require_format(global, {"table", "csv", "json", "markdown"});
    bool adding = !options->add.empty();
    if (adding && options->add.size() != 2)
      throw UsageError("--add: expected a date and a number of working days (--add 2024-12-20 10)");
    if (adding ? !options->dates.empty() : options->dates.size() != 2)
      throw UsageError("workdays needs FROM and TO dates, or --add DATE N");
    Calendar calendar = make_calendar(global);

    if (adding) {
      Date day = command_line_date(options->add[0]);
      int n = command_line_offset(options->add[1]);
      Date result;
      try {
        result = calendar.add_working_days(day, n);
      } catch (const InputError& e) {
        throw UsageError(e.what());  // it comes from the command line, not a file
      }
      write_report(global, render_workdays_add(calendar, day, n, result, format));
      return 0;
    }
    Date from = command_line_date(options->dates[0]);
    Date to = command_line_date(options->dates[1]);
    write_report(global, render_workdays_count(calendar, from, to, format));
    return 0;
  };
}

}  // namespace kpi::cli
