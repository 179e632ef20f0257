// A run of days described day by day: a few hundred days at most, as `workdays`
// asks about one span at a time.
#include "calendar/day_span.h"

namespace kpi {

DaySpan describe_days(const Calendar& calendar, Date first, Date last) {
  DaySpan span;
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

int count_with(const Calendar& calendar, Counting counting, Date from, Date to) {
  int elapsed = calendar.elapsed(from, to);
  if (counting == Counting::elapsed) return elapsed;
  return from <= to ? elapsed + calendar.is_working_day(from)
                    : elapsed - calendar.is_working_day(to);
}

}  // namespace kpi
