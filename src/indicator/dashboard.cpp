// The dashboard: every family of the registry over the run's months, each
// aggregated on the fly from its cases, with the shared per-child indexes
// built once for the run.
#include "core/parallel.h"
#include "indicator/family.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

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

// True when every extract `family` needs covers month `p`: every day of it for
// a flow, its last day for a snapshot (the plans open then may have started
// long before the extract's first date).
bool covered(const Family& family, const SubIndicator& sub, const Extracts& x,
             const Periods& periods, int p) {
  const Date first = sub.measure == Measure::snapshot ? periods.last_day(p) : periods.first_day(p);
  const Date last = periods.last_day(p);
  auto covers = [&](Kind kind) {
    if (sub.measure == Measure::flow) return x.coverage.covers(kind, first, last);
    const auto& k = x.coverage.of(kind);
    return k && last <= k->end;
  };
  for (Kind kind : family.needs)
    if (!covers(kind)) return false;
  for (Kind kind : family.needs_one_of)
    if (x.has_kind(kind) && !covers(kind)) return false;
  for (Kind kind : family.uses_if_present)
    if (x.has_kind(kind) && !covers(kind)) return false;
  return true;
}

}  // namespace

void mark_coverage(Series& series, const Family& family, int sub, const Extracts& extracts,
                   const RunPeriods& run) {
  const SubIndicator& info = family.subs[static_cast<size_t>(sub)];
  auto pool_covered = [&](int first, int last) {
    for (int p = first; p <= last; ++p)
      if (!covered(family, info, extracts, run.periods, p)) return false;
    return true;
  };
  for (int p = run.first_shown; p <= run.reporting; ++p)
    if (auto& value = series.values[static_cast<size_t>(p - run.first_shown)])
      value->partial_coverage = !covered(family, info, extracts, run.periods, p);
  if (series.rolling_3m) series.rolling_3m->partial_coverage = !pool_covered(run.rolling_first, run.reporting);
  if (series.year_to_date) series.year_to_date->partial_coverage = !pool_covered(run.year_first, run.reporting);
}

void flag_over_100(Series& series, const std::vector<date::year_month>& periods) {
  if (series.info.unit != Unit::percent) return;
  for (size_t i = 0; i < series.values.size(); ++i) {
    const auto& v = series.values[i];
    if (v && v->denominator && *v->denominator > 0 && v->numerator > *v->denominator)
      series.over_100.push_back(periods[i]);
  }
  if (!series.over_100.empty())
    series.findings[std::string(finding_over_100)] += static_cast<long>(series.over_100.size());
}

namespace {

// Adds the reporting month of each sub-id of `family` by group to `grouped`
// (whose values run parallel to the dashboard's indicators, `first` being the
// family's first), from the aggregator's kept cases.
void add_groups(GroupedMonth& grouped, const Family& family, const Aggregator& aggregator,
                const RunPeriods& run, const Extracts& extracts, size_t first) {
  for (int sub = 0; sub < static_cast<int>(family.subs.size()); ++sub) {
    auto rows = breakdown(family, sub, aggregator.cases(), grouped.by, run.reporting,
                          run.reporting, run.periods, extracts);
    for (BreakdownRow& row : rows) {
      auto at = std::find(grouped.groups.begin(), grouped.groups.end(), row.key);
      size_t g = static_cast<size_t>(at - grouped.groups.begin());
      if (at == grouped.groups.end()) grouped.groups.push_back(row.key);
      auto& values = grouped.values[first + static_cast<size_t>(sub)];
      if (values.size() <= g) values.resize(g + 1);
      values[g] = row.value;
    }
  }
}

// Groups in name order, "(not recorded)" last, with every row as wide as the groups.
void order_groups(GroupedMonth& grouped) {
  std::vector<size_t> order(grouped.groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto unrecorded = [&](size_t i) { return grouped.groups[i] == unrecorded_group; };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (unrecorded(a) != unrecorded(b)) return unrecorded(b);
    return grouped.groups[a] < grouped.groups[b];
  });
  std::vector<std::string> groups;
  for (size_t i : order) groups.push_back(grouped.groups[i]);
  for (auto& values : grouped.values) {
    values.resize(order.size());
    std::vector<std::optional<Value>> sorted;
    for (size_t i : order) sorted.push_back(values[i]);
    values = std::move(sorted);
  }
  grouped.groups = std::move(groups);
}

}  // namespace

Dashboard compute_dashboard(const Extracts& extracts, const Calendar& calendar,
                            const Settings& settings, date::year_month reporting_month,
                            int months, std::optional<BreakdownKey> by, unsigned threads) {
  RunPeriods run = run_periods(reporting_month, months);
  Dashboard dashboard;
  dashboard.division = calendar.division();
  dashboard.counting = calendar.counting();
  for (int p = run.first_shown; p <= run.reporting; ++p)
    dashboard.periods.push_back(run.periods.month(p));

  Indexes indexes(extracts);
  FamilyInput input{extracts, calendar, settings, run.periods, indexes};
  if (by) dashboard.by_group = GroupedMonth{*by, {}, {}};
  // Families are computed on several threads (they share only the extracts
  // and the indexes, built once) and their series added in registry order.
  struct Computed {
    std::string missing;                     // the extracts it lacks, or ""
    std::unique_ptr<Aggregator> aggregator;  // its cases, when computed
  };
  const auto& all = families();
  auto compute = [&](std::size_t f) {
    const Family& family = all[f];
    Computed computed{missing_extracts(family, extracts), nullptr};
    if (!computed.missing.empty()) return computed;
    // Cases are kept only to split them by group.
    computed.aggregator = std::make_unique<Aggregator>(family, run.periods, by.has_value());
    computed.aggregator->keep_cases_from(run.reporting);
    family.compute(input, *computed.aggregator);
    return computed;
  };
  auto add = [&](std::size_t f, Computed computed) {
    const Family& family = all[f];
    int subs = static_cast<int>(family.subs.size());
    if (!computed.aggregator) {
      for (int sub = 0; sub < subs; ++sub) {
        Series series;
        series.info = indicator_info(family, sub, settings);
        series.values.assign(dashboard.periods.size(), std::nullopt);
        series.missing = computed.missing + unreadable(family, extracts);
        dashboard.indicators.push_back(std::move(series));
        if (by) dashboard.by_group->values.emplace_back();
      }
      return;
    }
    const Aggregator& aggregator = *computed.aggregator;
    if (by) {
      dashboard.by_group->values.resize(dashboard.indicators.size() + static_cast<size_t>(subs));
      add_groups(*dashboard.by_group, family, aggregator, run, extracts, dashboard.indicators.size());
    }
    for (int sub = 0; sub < subs; ++sub) {
      dashboard.indicators.push_back(aggregator.series(sub, run, settings));
      mark_coverage(dashboard.indicators.back(), family, sub, extracts, run);
      flag_over_100(dashboard.indicators.back(), dashboard.periods);
    }
  };
  for_each_ordered(all.size(), threads, compute, add);
  if (by) order_groups(*dashboard.by_group);
  dashboard.inputs = extracts.files;
  return dashboard;
}

}  // namespace kpi
