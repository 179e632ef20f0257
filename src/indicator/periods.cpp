// Months as periods (SPEC section 3): bucketing dates into months, the month
// ends at which a plan is open, the financial year, the months of a run, and
// the default reporting month.
#include "kpi/error.h"
#include "kpi/indicator.h"

#include <algorithm>

namespace kpi {
namespace {

date::year_month month_of(Date day) {
  date::year_month_day ymd{day};
  return {ymd.year(), ymd.month()};
}

}  // namespace

Periods::Periods(date::year_month first, date::year_month last)
    : first_(first), count_(static_cast<int>((last - first).count()) + 1) {
  if (count_ < 1) count_ = 0;
  if (count_ == 0) return;
  begin_ = first_day(0);
  for (int p = 0; p < count_; ++p)
    period_of_day_.insert(period_of_day_.end(),
                          static_cast<std::size_t>((last_day(p) - first_day(p)).count() + 1),
                          static_cast<std::int16_t>(p));
}

Date Periods::first_day(int p) const { return date::sys_days{month(p) / date::day{1}}; }

Date Periods::last_day(int p) const {
  return date::sys_days{date::year_month_day_last{month(p).year(),
                                                  date::month_day_last{month(p).month()}}};
}

int Periods::of(date::year_month month) const {
  auto index = (month - first_).count();
  return index >= 0 && index < count_ ? static_cast<int>(index) : -1;
}

int Periods::of(Date day) const {
  auto index = (day - begin_).count();
  return index >= 0 && static_cast<std::size_t>(index) < period_of_day_.size()
             ? period_of_day_[static_cast<std::size_t>(index)]
             : -1;
}

std::pair<int, int> Periods::open_at_month_ends(Date start, const MaybeDate& end) const {
  // Open at month m's last day L: start <= L (from start's own month on) and
  // end > L (up to the month before end's month, whatever day end is).
  long first = (month_of(start) - first_).count();
  long last = end ? (month_of(*end) - first_).count() - 1 : count_ - 1;
  first = std::max(first, 0L);
  last = std::min(last, static_cast<long>(count_) - 1);
  return {static_cast<int>(first), static_cast<int>(last)};
}

date::year_month financial_year_start(date::year_month month) {
  date::year year = month.month() >= date::April ? month.year() : month.year() - date::years{1};
  return year / date::April;
}

RunPeriods run_periods(date::year_month reporting_month, int months) {
  if (months < 1) months = 1;
  date::year_month shown = reporting_month - date::months{months - 1};
  date::year_month rolling = reporting_month - date::months{2};
  date::year_month year = financial_year_start(reporting_month);
  date::year_month first = std::min({shown, rolling, year});
  Periods periods(first, reporting_month);
  return RunPeriods{periods, periods.of(reporting_month), periods.of(shown), periods.of(rolling),
                    periods.of(year)};
}

date::year_month default_reporting_month(const Extracts& x) {
  // The coverage is measured when the extracts are read; rows built by hand
  // (tests) have none yet.
  const Coverage coverage = x.coverage.extract_date ? x.coverage : measure_coverage(x);
  if (auto month = coverage.latest_covered_month()) return *month;
  throw InputError("the extracts hold no dated rows to report on (give --month YYYY-MM)");
}

}  // namespace kpi
