// Computing `show`: the family is run once with a sink that keeps its cases;
// the figures, the breakdown and the case rows all come from those cases, so
// they cannot disagree.
#include "kpi/show.h"

#include <algorithm>
#include <unordered_map>

namespace kpi {

namespace {

// The id of every row that has one, by where it was read (file, line): the
// record id of a case, which knows only its origin.
std::unordered_map<std::uint64_t, Id> ids_by_origin(const Extracts& x) {
  std::unordered_map<std::uint64_t, Id> ids;
  auto add = [&ids](const auto& rows, auto id_of) {
    for (const auto& row : rows)
      ids.emplace((std::uint64_t{row.origin.file} << 32) | row.origin.line, id_of(row));
  };
  auto own = [](const auto& row) { return row.id; };
  add(x.contacts, own);
  add(x.referrals, own);
  add(x.assessments, own);
  add(x.strategy_rows, [](const StrategyRow& row) { return row.discussion; });
  add(x.s47_enquiries, own);
  add(x.icpcs, own);
  add(x.cp_plans, own);
  add(x.cin_plans, own);
  add(x.cla_episodes, own);
  add(x.visits, own);
  add(x.cla_reviews, own);
  add(x.cp_reviews, own);
  return ids;  // early_help rows have no id
}

}  // namespace

ShowReport build_show(const ShowRequest& request, const Extracts& extracts,
                      const Calendar& calendar, const Settings& settings) {
  IndicatorRef ref = resolve_indicator(request.id);
  ShowReport report;
  report.family = ref.family;
  report.extracts = &extracts;
  report.by = request.by;
  report.with_cases = request.cases;
  // A family id (with or without a headline) shows every value of the family.
  bool whole_family = ref.sub < 0 || request.id == ref.family->id;
  int count = static_cast<int>(ref.family->subs.size());
  for (int sub = 0; sub < count; ++sub)
    if (whole_family || sub == ref.sub) report.subs.push_back(sub);
  report.run = run_periods(request.month, request.months);
  const RunPeriods& run = report.run;

  std::string missing = missing_extracts(*ref.family, extracts);
  Aggregator aggregator(*ref.family, run.periods, true);
  if (missing.empty())
    compute_family(*ref.family, extracts, calendar, settings, run.periods, aggregator);
  for (int sub : report.subs) {
    Series series = aggregator.series(sub, run, settings);
    if (!missing.empty()) {
      series.missing = missing;
      series.values.assign(series.values.size(), std::nullopt);
      series.rolling_3m = series.year_to_date = std::nullopt;
    }
    report.series.push_back(std::move(series));
    if (request.by)
      report.breakdowns.push_back(breakdown(*ref.family, sub, aggregator.cases(), *request.by,
                                            run.first_shown, run.reporting, run.periods,
                                            extracts));
  }
  if (request.cases) {
    for (const Case& c : aggregator.cases())
      if (c.period >= run.first_shown &&
          std::find(report.subs.begin(), report.subs.end(), c.sub) != report.subs.end())
        report.cases.push_back(c);
    std::stable_sort(report.cases.begin(), report.cases.end(), [](const Case& a, const Case& b) {
      if (a.period != b.period) return a.period < b.period;
      if (a.origin.file != b.origin.file) return a.origin.file < b.origin.file;
      if (a.origin.line != b.origin.line) return a.origin.line < b.origin.line;
      return a.sub < b.sub;
    });
    auto ids = ids_by_origin(extracts);
    for (const Case& c : report.cases) {
      auto found = ids.find((std::uint64_t{c.origin.file} << 32) | c.origin.line);
      report.case_record_ids.push_back(found == ids.end() ? no_id : found->second);
    }
  }
  return report;
}

std::vector<ShowReport> build_family_cases(date::year_month month, int months,
                                           const Extracts& extracts, const Calendar& calendar,
                                           const Settings& settings) {
  std::vector<ShowReport> reports;
  for (const Family& family : families()) {
    ShowRequest request;
    request.id = std::string(family.id);
    request.month = month;
    request.months = months;
    request.cases = true;
    reports.push_back(build_show(request, extracts, calendar, settings));
  }
  return reports;
}

}  // namespace kpi
