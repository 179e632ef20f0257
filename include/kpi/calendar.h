// The working-day calendar: bank holidays by division, local closures, and
// working-day arithmetic in O(1) (a prefix sum of working days over the range).
#pragma once

#include "kpi/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

enum class Division { england_and_wales, scotland, northern_ireland, none };

// "england-and-wales", "scotland", "northern-ireland", "none".
std::string_view division_name(Division division);
// Throws UsageError naming the accepted values.
Division parse_division(std::string_view text);

// How a span of working days is counted. elapsed: start < d <= end (the start is
// day 0). inclusive: start <= d <= end (Excel NETWORKDAYS).
enum class Counting { elapsed, inclusive };
std::string_view counting_name(Counting counting);
Counting parse_counting(std::string_view text);  // throws UsageError

// Saturday or Sunday, the days off of every division.
bool is_weekend(Date day);

struct Holiday {
  Date date;
  std::string name;      // as gov.uk names it, e.g. "Christmas Day"
  bool substitute = false;  // a weekend holiday moved to a weekday ("Substitute day")
  bool closure = false;  // a local office closure, not a bank holiday
};

// The built-in bank holidays of one division for one year (1990..2100), in date
// order, from the standing rules and the one-off changes. Empty for `none`.
std::vector<Holiday> built_in_holidays(Division division, int year);

// Reads gov.uk's bank-holidays.json (the events of `division`; for `none`, of
// england-and-wales) or a CSV with a `date` column (and an optional name/title
// column). Throws InputError naming the file and the problem.
std::vector<Holiday> load_holiday_file(const std::string& path, Division division);

class Calendar {
 public:
  static constexpr int first_year = 1990;
  static constexpr int last_year = 2100;

  // The built-in holidays of `division` for every year of the range, plus the
  // user's extra holidays and closures (closure = true is forced on those).
  explicit Calendar(Division division = Division::england_and_wales,
                    Counting counting = Counting::elapsed,
                    std::vector<Holiday> extra_holidays = {},
                    std::vector<Holiday> closures = {});

  Division division() const;
  Counting counting() const;
  // The range is the same for every calendar.
  static constexpr Date first_day() { return date::sys_days{date::year{first_year} / 1 / 1}; }
  static constexpr Date last_day() { return date::sys_days{date::year{last_year} / 12 / 31}; }
  static constexpr bool in_range(Date day) { return day >= first_day() && day <= last_day(); }
  // "date 1985-03-01 is outside the calendar's range (1990-01-01 to 2100-12-31)",
  // the error for a date that fails in_range().
  static std::string outside_range(Date day);
  // Monday to Friday and neither a holiday nor a closure. Throws InputError
  // for a date outside the range: never a wrong answer.
  bool is_working_day(Date day) const;

  // Working days d with from < d <= to; negative (-(elapsed(to, from))) when
  // to < from. O(1). Throws InputError outside the range.
  int elapsed(Date from, Date to) const;
  // The count in force: elapsed, or inclusive (from <= d <= to, so elapsed + 1
  // when `from` is a working day). When to < from, the negative of the count
  // from `to` to `from`.
  int count(Date from, Date to) const;

  // The n-th working day after `day` (before it for negative n); n = 0 gives
  // `day` itself. For n > 0, elapsed(day, result) == n; for n < 0 the working
  // days in [result, day) number -n (Excel's WORKDAY: Sat - 1 = Fri). O(1).
  Date add_working_days(Date day, int n) const;

  // The day on which the count in force from `from` first reaches n (n >= 1):
  // the last working day that is still "within n". With elapsed counting it is
  // add_working_days(from, n); with inclusive counting a working `from` is day 1,
  // so it is add_working_days(from, n - 1). Throws InputError outside the range.
  Date deadline(Date from, int n) const;

  // Every holiday and closure in [from, to], in date order.
  std::vector<Holiday> holidays_between(Date from, Date to) const;
  // The holiday or closure on `day`, if any.
  const Holiday* holiday_on(Date day) const;

 private:
  Division division_;
  Counting counting_;
  std::vector<Holiday> holidays_;   // sorted by date, one per date
  std::vector<int> working_before_; // working_before_[i]: working days in [first_day, first_day + i)
  std::vector<int> nth_working_;    // the index of each working day, for add_working_days
};

}  // namespace kpi
