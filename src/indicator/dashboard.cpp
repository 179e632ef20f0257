// The dashboard: every family of the registry over the run's months, each
// aggregated on the fly from its cases, with the shared per-child indexes
// built once for the run.
#include "indicator/family.h"

#include <fmt/format.h>

#include <algorithm>

namespace kpi {
namespace {

// ": referrals.csv could not be read" when a file of a kind the family needs
// failed (--skip-bad-files), so the gap in the report says why.
std::string unreadable(const Family& family, const Extracts& extracts) {
  std::string out;
  for (const FileReport& file : extracts.files) {
    if (!file.error || !file.kind) continue;
    auto needs = [&](const std::vector<Kind>& kinds) {
      return std::find(kinds.begin(), kinds.end(), *file.kind) != kinds.end();
    };
    if (needs(family.needs) || needs(family.needs_one_of))
      out += fmt::format("{} {} could not be read", out.empty() ? ":" : ",", file.file);
  }
  return out;
}

}  // namespace

Dashboard compute_dashboard(const Extracts& extracts, const Calendar& calendar,
                            const Settings& settings, date::year_month reporting_month,
                            int months) {
  RunPeriods run = run_periods(reporting_month, months);
  Dashboard dashboard;
  dashboard.division = calendar.division();
  dashboard.counting = calendar.counting();
  for (int p = run.first_shown; p <= run.reporting; ++p)
    dashboard.periods.push_back(run.periods.month(p));

  Indexes indexes(extracts);
  FamilyInput input{extracts, calendar, settings, run.periods, indexes};
  for (const Family& family : families()) {
    int subs = static_cast<int>(family.subs.size());
    std::string missing = missing_extracts(family, extracts);
    if (!missing.empty()) {
      for (int sub = 0; sub < subs; ++sub) {
        Series series;
        series.info = indicator_info(family, sub, settings);
        series.values.assign(dashboard.periods.size(), std::nullopt);
        series.missing = missing + unreadable(family, extracts);
        dashboard.indicators.push_back(std::move(series));
      }
      continue;
    }
    Aggregator aggregator(family, run.periods);
    family.compute(input, aggregator);
    for (int sub = 0; sub < subs; ++sub)
      dashboard.indicators.push_back(aggregator.series(sub, run, settings));
  }
  dashboard.inputs = extracts.files;
  return dashboard;
}

}  // namespace kpi
