// `csc-kpi workdays FROM TO` explains a working-day count on one screen: both
// conventions, the days counted, the weekends and holidays skipped (by name),
// and the usual deadlines from FROM. `csc-kpi workdays --add DATE N` gives the
// N-th working day after DATE (before it for a negative N).
#include "calendar/day_text.h"
#include "cli/commands.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <charconv>
#include <memory>

namespace kpi::cli {
namespace {

struct WorkdaysOptions {
  std::vector<std::string> dates;  // FROM TO
  std::vector<std::string> add;    // DATE N
};

constexpr int deadlines[] = {10, 15, 20, 45};
constexpr size_t max_listed = 12;  // more holidays than this are summarised

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

// What lies in the days first..last (inclusive; empty when last < first).
struct Span {
  int days = 0, working = 0, weekend = 0, bank_holidays = 0, closures = 0;
  std::vector<Holiday> skipped;  // holidays and closures on weekdays, in date order
};

Span describe_span(const Calendar& calendar, Date first, Date last) {
  Span span;
  for (Date day = first; day <= last; day += date::days{1}) {
    ++span.days;
    if (is_weekend(day)) ++span.weekend;
    else if (calendar.is_working_day(day)) ++span.working;
  }
  if (first <= last) {
    for (const Holiday& holiday : calendar.holidays_between(first, last)) {
      if (is_weekend(holiday.date)) continue;
      (holiday.closure ? span.closures : span.bank_holidays) += 1;
      span.skipped.push_back(holiday);
    }
  }
  return span;
}

std::string holiday_label(const Holiday& holiday) {
  std::string label = holiday.name;
  if (holiday.substitute) label += " (substitute day)";
  if (holiday.closure && holiday.name != "Office closure") label += " (office closure)";
  return label;
}

void append_skipped(std::string& out, const std::vector<Holiday>& skipped) {
  size_t shown = skipped.size() <= max_listed ? skipped.size() : max_listed - 2;
  for (size_t i = 0; i < shown; ++i)
    out += fmt::format("    {:<17} {}\n", long_date(skipped[i].date), holiday_label(skipped[i]));
  if (shown < skipped.size())
    out += fmt::format("    ... and {} more ('csc-kpi holidays YEAR' lists them all)\n",
                       skipped.size() - shown);
}

// The count under each convention, whatever the one in force.
int count_with(const Calendar& calendar, Counting counting, Date from, Date to) {
  int elapsed = calendar.elapsed(from, to);
  if (counting == Counting::elapsed) return elapsed;
  return from <= to ? elapsed + calendar.is_working_day(from)
                    : elapsed - calendar.is_working_day(to);
}

std::string explain_count(const Calendar& calendar, Date from, Date to) {
  bool backwards = to < from;
  Date low = backwards ? to : from, high = backwards ? from : to;
  bool inclusive = calendar.counting() == Counting::inclusive;
  // The days the convention in force counts: (low, high] or [low, high].
  Date first = inclusive ? low : low + date::days{1};
  Span span = describe_span(calendar, first, high);

  std::string out = fmt::format("Working days from {} to {} ({})\n\n", long_date(from),
                                long_date(to), division_name(calendar.division()));
  if (backwards) out += "  TO is before FROM, so the counts are negative.\n\n";
  auto line = [&out](std::string_view label, int value, std::string_view note) {
    out += fmt::format("  {:<26}{:>6}", label, value);
    out += note.empty() ? "\n" : fmt::format("  {}\n", note);
  };
  line("working days elapsed", count_with(calendar, Counting::elapsed, from, to),
       inclusive ? "(--count elapsed: FROM is day 0)"
                 : "in force (--count elapsed: FROM is day 0)");
  line("working days inclusive", count_with(calendar, Counting::inclusive, from, to),
       inclusive ? "in force (--count inclusive: FROM is day 1, as Excel NETWORKDAYS)"
                 : "(--count inclusive: FROM is day 1, as Excel NETWORKDAYS)");
  out += "\n";
  std::string days_note =
      span.days == 0 ? std::string("(none)")
                     : fmt::format("{} to {}", long_date(first), long_date(high));
  line("days counted", span.days, days_note);
  line("weekend days skipped", span.weekend, "");
  line("bank holidays skipped", span.bank_holidays, "");
  if (span.closures > 0) line("office closures skipped", span.closures, "");
  line("working days", span.working,
       fmt::format("= {} - {} - {}{}", span.days, span.weekend, span.bank_holidays,
                   span.closures > 0 ? fmt::format(" - {}", span.closures) : std::string()));
  if (!span.skipped.empty()) {
    out += "\n  Skipped:\n";
    append_skipped(out, span.skipped);
  }

  out += fmt::format("\n  Deadlines from {} ({}):\n", long_date(from),
                     !inclusive              ? "day 0"
                     : calendar.is_working_day(from) ? "day 1"
                                                     : "not a working day, so day 0");
  for (int n : deadlines) {
    std::string when;
    try {
      when = long_date(calendar.deadline(from, n));
    } catch (const InputError&) {
      when = "beyond the calendar's range";
    }
    out += fmt::format("    within {:>2} working days   by {}\n", n, when);
  }
  return out;
}

std::string explain_add(const Calendar& calendar, Date day, int n, Date result) {
  std::string out;
  if (n == 0)
    return fmt::format("0 working days after {} ({}): {} itself\n", long_date(day),
                       division_name(calendar.division()), long_date(day));
  out += fmt::format("{} working day{} {} {} ({}): {}\n\n", n > 0 ? n : -n,
                     n == 1 || n == -1 ? "" : "s", n > 0 ? "after" : "before", long_date(day),
                     division_name(calendar.division()), long_date(result));
  // The days counted: (day, result] forwards, [result, day) backwards.
  Date low = n > 0 ? day + date::days{1} : result, high = n > 0 ? result : day - date::days{1};
  Span span = describe_span(calendar, low, high);
  out += fmt::format("  {} days from {} to {}: {} working, {} weekend, {} bank holiday{}{}\n",
                     span.days, long_date(low), long_date(high), span.working,
                     span.weekend, span.bank_holidays, span.bank_holidays == 1 ? "" : "s",
                     span.closures > 0 ? fmt::format(", {} office closure{}", span.closures,
                                                     span.closures == 1 ? "" : "s")
                                       : std::string());
  if (!span.skipped.empty()) append_skipped(out, span.skipped);
  if (n > 0)
    out += fmt::format("  check: working days elapsed from {} to {} = {} (the start is day 0)\n",
                       format_date(day), format_date(result), calendar.elapsed(day, result));
  if (n < 0 && !calendar.is_working_day(day))
    out += fmt::format(
        "  {} is not a working day: counting back starts with the working day before it "
        "(as Excel's WORKDAY does)\n",
        long_date(day));
  return out;
}

}  // namespace

Run setup_workdays(CLI::App& command, const GlobalOptions& global) {
  auto options = std::make_shared<WorkdaysOptions>();
  command.add_option("dates", options->dates, "FROM TO: the dates to count between")
      ->type_name("DATE")
      ->expected(0, 2);
  command.add_option("--add", options->add, "DATE N: the N-th working day after DATE (N < 0: before)")
      ->expected(2)
      ->type_name("DATE N");
  return [options, &global]() -> int {
    bool csv = require_format(global, {"table", "csv"}) == Format::csv;
    bool adding = !options->add.empty();
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
      write_report(global, csv ? fmt::format("date,offset,result\n{},{},{}\n", format_date(day),
                                             n, format_date(result))
                               : explain_add(calendar, day, n, result));
      return 0;
    }
    Date from = command_line_date(options->dates[0]);
    Date to = command_line_date(options->dates[1]);
    write_report(global, csv ? fmt::format("from,to,working_days\n{},{},{}\n", format_date(from),
                                           format_date(to), calendar.count(from, to))
                             : explain_count(calendar, from, to));
    return 0;
  };
}

}  // namespace kpi::cli
