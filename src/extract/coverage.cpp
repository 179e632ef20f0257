// The period the extracts cover, measured robustly (docs/usage.md, "The
// reporting period"). One mistyped date (2052 for 2025) must not move the
// reporting month, and a file cut off early must not pass for a complete one.
//
// Per kind, every event date of its rows (SPEC section 3: "the latest event
// date in the data"; not dates of birth) goes into a histogram of days over the
// calendar's range (O(rows), a fixed 40,000 counters, no sort). Then:
//  - Outliers: over the dates of every kind together (one extract date for
//    all), walking back from the latest day, a gap of more than max(92 days,
//    10 x the median gap between distinct days) with at most max(3, 0.5% of
//    the dates) after it cuts those later dates off as outliers; dates outside
//    1990-2100 are outliers too. What is left is each kind's plausible range.
//  - The extract date is the latest plausible date.
//  - A kind whose plausible last date is within max(14 days, 5 x its mean gap)
//    of the extract date is complete up to the extract date (sparse kinds, such
//    as CLA reviews, need not have a row on the last day); otherwise it covers
//    only up to its own last date. A kind with fewer than 10 distinct days is
//    too sparse to judge and counts as complete.
#include "kpi/calendar.h"
#include "kpi/extract.h"
#include "extract/row_dates.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace kpi {
namespace {

const Date first_day = Calendar::first_day();
const Date last_day = Calendar::last_day();

struct Histogram {
  std::vector<long> days;  // rows' dates per day since first_day; empty until used
  long out_of_range = 0;
  long dates = 0;

  void add(Date day) {
    if (day < first_day || day > last_day) {
      ++out_of_range;
      return;
    }
    if (days.empty()) days.assign(static_cast<size_t>((last_day - first_day).count()) + 1, 0);
    ++days[static_cast<size_t>((day - first_day).count())];
    ++dates;
  }
};

// The last plausible day (an offset from first_day) of dates counted in
// `h`, or -1 without dates.
int plausible_last(const Histogram& h) {
  std::vector<int> distinct;  // day offsets with dates, ascending
  for (size_t d = 0; d < h.days.size(); ++d)
    if (h.days[d] > 0) distinct.push_back(static_cast<int>(d));
  if (distinct.empty()) return -1;
  std::vector<int> gaps;
  for (size_t i = 1; i < distinct.size(); ++i) gaps.push_back(distinct[i] - distinct[i - 1]);
  int median_gap = 1;
  if (!gaps.empty()) {
    auto middle = gaps.begin() + static_cast<long>((gaps.size() - 1) / 2);  // the lower median
    std::nth_element(gaps.begin(), middle, gaps.end());
    median_gap = *middle;
  }
  const int outlier_gap = std::max(92, 10 * median_gap);
  const long outlier_dates = std::max(3L, h.dates / 200);
  // The earliest cut among the small tails that follow a long gap.
  size_t kept = distinct.size();  // distinct[0 .. kept) are plausible
  long tail = 0;
  for (size_t i = distinct.size(); i-- > 1;) {
    tail += h.days[static_cast<size_t>(distinct[i])];
    if (tail > outlier_dates) break;
    if (distinct[i] - distinct[i - 1] > outlier_gap) kept = i;
  }
  return distinct[kept - 1];
}

// A kind's plausible range: its dates up to the day `last` (the extracts'
// plausible last day); nullopt when it has none.
std::optional<KindCoverage> measure_kind(const Histogram& h, int last) {
  KindCoverage k;
  k.outliers = h.out_of_range;
  int first = -1, kind_last = -1;
  long distinct = 0;
  for (size_t d = 0; d < h.days.size(); ++d) {
    if (h.days[d] == 0) continue;
    if (static_cast<int>(d) > last) {
      k.outliers += h.days[d];
      continue;
    }
    if (first < 0) first = static_cast<int>(d);
    kind_last = static_cast<int>(d);
    ++distinct;
  }
  if (first < 0) return std::nullopt;
  k.first = first_day + date::days{first};
  k.last = k.end = first_day + date::days{kind_last};
  // How far before the extract date the kind may stop and still be complete:
  // its dates are that sparse. Fewer than 10 distinct days are too few to
  // judge: complete.
  double mean_gap = distinct < 10 ? 1e9 : static_cast<double>(kind_last - first) / static_cast<double>(distinct - 1);
  const int tolerance = static_cast<int>(std::min(1e9, std::max(14.0, 5 * mean_gap)));
  Date extract_date = first_day + date::days{last};
  if ((extract_date - k.last).count() <= tolerance) k.end = extract_date;
  return k;
}

}  // namespace

Coverage measure_coverage(const Extracts& x) {
  std::vector<Histogram> histograms(kind_count);
  Histogram all;
  extract::for_each_row_dates(x, [&](Kind kind, Origin, Date main, extract::NamedDates others) {
    Histogram& h = histograms[static_cast<size_t>(kind)];
    h.add(main);
    all.add(main);
    for (const auto& [name, day] : others)
      if (day) {
        h.add(*day);
        all.add(*day);
      }
  });
  Coverage c;
  const int last = plausible_last(all);
  if (last < 0) return c;
  c.extract_date = first_day + date::days{last};
  for (int k = 0; k < kind_count; ++k) c.kinds[k] = measure_kind(histograms[static_cast<size_t>(k)], last);
  return c;
}

MaybeDate Coverage::start() const {
  MaybeDate out;
  for (const auto& k : kinds)
    if (k && (!out || k->first < *out)) out = k->first;
  return out;
}

MaybeDate Coverage::end() const {
  MaybeDate out;
  for (const auto& k : kinds)
    if (k && (!out || k->end < *out)) out = k->end;
  return out;
}

std::optional<date::year_month> Coverage::latest_covered_month() const {
  MaybeDate day = end();
  if (!day) return std::nullopt;
  date::year_month_day ymd{*day};
  date::year_month month{ymd.year(), ymd.month()};
  bool month_end = ymd.day() == (ymd.year() / ymd.month() / date::last).day();
  return month_end ? month : month - date::months{1};
}

bool Coverage::covers(Kind kind, Date from, Date to) const {
  const auto& k = of(kind);
  return k && k->first <= from && to <= k->end;
}

}  // namespace kpi
