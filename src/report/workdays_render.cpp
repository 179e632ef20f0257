// `workdays` rendered: a count explained on one screen (both conventions, the
// days counted, the weekends and holidays skipped by name, the usual deadlines
// from FROM) or the N-th working day after a date explained; csv gives the
// bare answer. The counting itself is the calendar's (calendar/day_span.h).
#include "calendar/day_span.h"
#include "calendar/day_text.h"
#include "kpi/error.h"
#include "kpi/report.h"

#include <fmt/format.h>

namespace kpi {
namespace {

constexpr int deadlines[] = {10, 15, 20, 45};
constexpr size_t max_listed = 12;  // more holidays than this are summarised

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

std::string explain_count(const Calendar& calendar, Date from, Date to) {
  bool backwards = to < from;
  Date low = backwards ? to : from, high = backwards ? from : to;
  bool inclusive = calendar.counting() == Counting::inclusive;
  // The days the convention in force counts: (low, high] or [low, high].
  Date first = inclusive ? low : low + date::days{1};
  DaySpan span = describe_days(calendar, first, high);

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
  DaySpan span = describe_days(calendar, low, high);
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

std::string render_workdays_count(const Calendar& calendar, Date from, Date to, Format format) {
  if (format == Format::csv)
    return fmt::format("from,to,working_days\n{},{},{}\n", format_date(from), format_date(to),
                       calendar.count(from, to));
  return explain_count(calendar, from, to);
}

std::string render_workdays_add(const Calendar& calendar, Date day, int n, Date result,
                                Format format) {
  if (format == Format::csv)
    return fmt::format("date,offset,result\n{},{},{}\n", format_date(day), n, format_date(result));
  return explain_add(calendar, day, n, result);
}

}  // namespace kpi
