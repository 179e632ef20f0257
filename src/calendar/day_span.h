// What `workdays` explains about a run of days: how many there are, how many
// are working days, weekend days, bank holidays and closures, and which
// holidays fell on weekdays; and a count under either convention, whatever the
// one in force, so that both can be shown side by side.
#pragma once

#include "kpi/calendar.h"

#include <vector>

namespace kpi {

// The days first..last (inclusive; empty when last < first).
struct DaySpan {
  int days = 0, working = 0, weekend = 0, bank_holidays = 0, closures = 0;
  std::vector<Holiday> skipped;  // holidays and closures on weekdays, in date order
};
DaySpan describe_days(const Calendar& calendar, Date first, Date last);

// The working days from `from` to `to` counted as `counting` says (Calendar::count
// with that convention in force).
int count_with(const Calendar& calendar, Counting counting, Date from, Date to);

}  // namespace kpi
