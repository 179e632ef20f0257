// Working-day arithmetic over 1990-01-01..2100-12-31 in O(1).
//
// The calendar keeps, for every day i of the range, working_before_[i]: the
// number of working days in [first_day, first_day + i). Then the working days in
// (from, to] are working_before_[to + 1] - working_before_[from + 1], and the
// k-th working day of the range (k from 1) is nth_working_[k - 1], which turns
// "the n-th working day after" into one lookup. About 40,500 days: 280 KB.
#include "kpi/calendar.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

namespace kpi {
namespace {

constexpr Date range_first = Calendar::first_day();
constexpr Date range_last = Calendar::last_day();

std::string range_text() {
  return fmt::format("({} to {})", format_date(range_first), format_date(range_last));
}

}  // namespace

bool is_weekend(Date day) {
  date::weekday weekday{day};
  return weekday == date::Saturday || weekday == date::Sunday;
}

std::string Calendar::outside_range(Date day) {
  return fmt::format("date {} is outside the calendar's range {}", format_date(day), range_text());
}

Calendar::Calendar(Division division, Counting counting, std::vector<Holiday> extra_holidays,
                   std::vector<Holiday> closures)
    : division_(division), counting_(counting) {
  for (int year = first_year; year <= last_year; ++year) {
    auto year_holidays = built_in_holidays(division, year);
    holidays_.insert(holidays_.end(), std::make_move_iterator(year_holidays.begin()),
                     std::make_move_iterator(year_holidays.end()));
  }
  // The user's days come after the built-in ones, so where a date is already a
  // holiday the stable sort and unique below keep the built-in entry.
  auto add_user_days = [this](std::vector<Holiday>& days, bool closure) {
    for (Holiday& holiday : days) {
      if (!in_range(holiday.date))
        throw InputError(fmt::format("{} {} is outside the calendar's range {}",
                                     closure ? "closure" : "holiday", format_date(holiday.date),
                                     range_text()));
      holiday.closure = closure;
      if (holiday.name.empty()) holiday.name = closure ? "Office closure" : "Extra holiday";
      holidays_.push_back(std::move(holiday));
    }
  };
  add_user_days(extra_holidays, false);
  add_user_days(closures, true);
  std::stable_sort(holidays_.begin(), holidays_.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  holidays_.erase(std::unique(holidays_.begin(), holidays_.end(),
                              [](const Holiday& a, const Holiday& b) { return a.date == b.date; }),
                  holidays_.end());

  const int days = (range_last - range_first).count() + 1;
  working_before_.assign(static_cast<size_t>(days) + 1, 0);
  nth_working_.reserve(static_cast<size_t>(days));
  auto next_holiday = holidays_.begin();
  for (int i = 0; i < days; ++i) {
    Date day = range_first + date::days{i};
    while (next_holiday != holidays_.end() && next_holiday->date < day) ++next_holiday;
    bool holiday = next_holiday != holidays_.end() && next_holiday->date == day;
    bool working = !is_weekend(day) && !holiday;
    working_before_[static_cast<size_t>(i) + 1] = working_before_[static_cast<size_t>(i)] + working;
    if (working) nth_working_.push_back(i);
  }
}

Division Calendar::division() const { return division_; }
Counting Calendar::counting() const { return counting_; }
namespace {

// The index of `day` in the range, or an InputError naming it.
size_t index_of(Date day) {
  if (!Calendar::in_range(day)) throw InputError(Calendar::outside_range(day));
  return static_cast<size_t>((day - range_first).count());
}

}  // namespace

bool Calendar::is_working_day(Date day) const {
  size_t i = index_of(day);
  return working_before_[i + 1] != working_before_[i];
}

int Calendar::elapsed(Date from, Date to) const {
  // Also right when to < from: it is then minus the working days in (to, from].
  return working_before_[index_of(to) + 1] - working_before_[index_of(from) + 1];
}

int Calendar::count(Date from, Date to) const {
  if (counting_ == Counting::elapsed) return elapsed(from, to);
  size_t f = index_of(from), t = index_of(to);
  if (f <= t) return working_before_[t + 1] - working_before_[f];
  return -(working_before_[f + 1] - working_before_[t]);
}

Date Calendar::add_working_days(Date day, int n) const {
  size_t i = index_of(day);
  if (n == 0) return day;
  // Forwards, the working days in (day, answer] number n: the answer is the
  // ordinal (working days up to and including `day`) + n. Backwards, the working
  // days in [answer, day) number -n, as Excel's WORKDAY and pandas' BDay count:
  // the ordinal (working days strictly before `day`) + n + 1, so Sat - 1 = Fri.
  long ordinal = n > 0 ? static_cast<long>(working_before_[i + 1]) + n
                       : static_cast<long>(working_before_[i]) + n + 1;
  if (ordinal < 1 || ordinal > static_cast<long>(nth_working_.size()))
    throw InputError(fmt::format("{} working days {} {} is outside the calendar's range {}",
                                 std::abs(static_cast<long>(n)),  // -n overflows for INT_MIN
                                 n > 0 ? "after" : "before", format_date(day), range_text()));
  return range_first + date::days{nth_working_[static_cast<size_t>(ordinal - 1)]};
}

Date Calendar::deadline(Date from, int n) const {
  if (counting_ == Counting::inclusive && is_working_day(from)) return add_working_days(from, n - 1);
  return add_working_days(from, n);
}

std::vector<Holiday> Calendar::holidays_between(Date from, Date to) const {
  auto by_date = [](const Holiday& holiday, Date day) { return holiday.date < day; };
  auto begin = std::lower_bound(holidays_.begin(), holidays_.end(), from, by_date);
  auto end = begin;
  while (end != holidays_.end() && end->date <= to) ++end;
  return {begin, end};
}

const Holiday* Calendar::holiday_on(Date day) const {
  auto by_date = [](const Holiday& holiday, Date d) { return holiday.date < d; };
  auto found = std::lower_bound(holidays_.begin(), holidays_.end(), day, by_date);
  return found != holidays_.end() && found->date == day ? &*found : nullptr;
}

}  // namespace kpi
