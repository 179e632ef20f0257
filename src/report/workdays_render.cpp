// `workdays` rendered: a count explained on one screen (both conventions, the
// days counted, the weekends and holidays skipped by name, the usual deadlines
// from FROM) or the N-th working day after a date explained (markdown: the same
// in a fenced block); csv gives the bare answer, json the answer with the
// calendar and, for a count, the holidays skipped. The counting itself is the
// calendar's (calendar/day_span.h).
#include "calendar/day_span.h"
#include "calendar/day_text.h"
#include "kpi/error.h"
#include "kpi/report.h"
#include "report/flat_table.h"
#include "report/json_writer.h"
#include "report/report_common.h"

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

// The days the convention in force counts between two dates, either way round:
// (low, high] or [low, high].
struct Counted {
  Date first, last;
  DaySpan span;
};
Counted counted_days(const Calendar& calendar, Date from, Date to) {
  Date low = to < from ? to : from, high = to < from ? from : to;
  Date first = calendar.counting() == Counting::inclusive ? low : low + date::days{1};
  return {first, high, describe_days(calendar, first, high)};
}

std::string explain_count(const Calendar& calendar, Date from, Date to) {
  bool backwards = to < from;
  bool inclusive = calendar.counting() == Counting::inclusive;
  auto [first, high, span] = counted_days(calendar, from, to);

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

// The explanation for a Markdown report: its layout is in columns, so it is
// kept as it is, in a fenced block.
std::string fenced(const std::string& text) { return "```text\n" + text + "```\n"; }

}  // namespace

std::string render_workdays_count(const Calendar& calendar, Date from, Date to, Format format) {
  switch (format) {
    case Format::csv:
      return fmt::format("from,to,working_days\n{},{},{}\n", format_date(from), format_date(to),
                         calendar.count(from, to));
    case Format::json: {
      JsonWriter json;
      json.begin_object();
      json.key("from").value(format_date(from));
      json.key("to").value(format_date(to));
      json.key("working_days").value(calendar.count(from, to));
      report::write_calendar(json, calendar.division(), calendar.counting());
      json.key("skipped");
      auto skipped = counted_days(calendar, from, to).span.skipped;
      report::write_json_rows(json, report::holiday_fields(skipped));
      json.end_object();
      return json.finish();
    }
    case Format::markdown: return fenced(explain_count(calendar, from, to));
    case Format::table: break;
  }
  return explain_count(calendar, from, to);
}

std::string render_workdays_add(const Calendar& calendar, Date day, int n, Date result,
                                Format format) {
  switch (format) {
    case Format::csv:
      return fmt::format("date,offset,result\n{},{},{}\n", format_date(day), n,
                         format_date(result));
    case Format::json: {
      JsonWriter json;
      json.begin_object();
      json.key("date").value(format_date(day));
      json.key("offset").value(n);
      json.key("result").value(format_date(result));
      report::write_calendar(json, calendar.division(), calendar.counting());
      json.end_object();
      return json.finish();
    }
    case Format::markdown: return fenced(explain_add(calendar, day, n, result));
    case Format::table: break;
  }
  return explain_add(calendar, day, n, result);
}

}  // namespace kpi
