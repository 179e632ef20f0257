// Seen in time (snapshots): cp_seen_in_time and cin_seen_in_time, one
// implementation parameterised by the plan type and its timescale.
//
// At each month end, per child on an open plan (the one started last when two
// are open), the reference date is the latest seen visit of that plan on or
// before the month end, else the plan start. Both rules are open_plan.h's,
// which the due list reads too. Without a visits extract, the
// plans' Annex A "last visit" / "last seen" dates describe only the latest
// month in the data (default_reporting_month), so other months have no value.
#include "indicator/family.h"
#include "indicator/open_plan.h"

namespace kpi::compute {
namespace {

MaybeDate last_recorded(const CpPlan& plan) { return plan.last_visit; }
MaybeDate last_recorded(const CinPlan& plan) { return plan.last_seen; }

template <class Plan>
void seen_in_time(const FamilyInput& in, CaseSink& sink, const LargeVector<Plan>& plans,
                  const std::vector<RowIndex>& by_child, VisitType type, bool working_days_scale,
                  int limit) {
  const bool have_visits = in.extracts.has_kind(Kind::visits);
  // Without visits, the one month the last-visit dates describe: the latest
  // month in the data (-1 when outside the run's months).
  int latest = -1;
  if (!have_visits) {
    if (auto month = in.indexes.data_month()) latest = in.periods.of(*month);
    for (int p = 0; p < in.periods.size(); ++p)
      if (p != latest) sink.no_value(0, p);
  }
  auto emit = [&](int p, RowIndex row) {
    const Plan& plan = plans[row];
    Date as_at = in.periods.last_day(p);
    Case c = make_case(plan, p, as_at);
    c.to = as_at;
    bool visited = false;
    if (have_visits) {
      MaybeDate last = latest_seen_visit(in.indexes, type, row, as_at);
      visited = last.has_value();
      c.from = visited ? *last : plan.start;
    } else if (p == latest) {
      MaybeDate last = last_recorded(plan);
      visited = last.has_value();
      c.from = visited ? *last : plan.start;
    } else {
      return;  // no value possible for the month
    }
    auto days = working_days_scale ? working_days(in.calendar, *c.from, as_at)
                                   : std::optional<int>(calendar_days(*c.from, as_at));
    if (judge_within(c, days, limit)) {
      if (visited && *c.from > as_at)
        c.reason = "seen in time (last visit after the as-at date)";
      else if (visited)
        c.reason = c.numerator ? "seen in time" : "not seen in time";
      else
        c.reason = c.numerator ? "not yet visited, plan start in time" : "never seen since the plan start";
    }
    sink.add(c);
  };

  for_each_child(by_child, plans, [&](std::span<const RowIndex> rows) {
    // The month ends at which any of the child's plans is open, each judged
    // for the plan open then that started last.
    int first = in.periods.size(), last = -1;
    for (RowIndex row : rows) {
      auto [from, to] = in.periods.open_at_month_ends(plans[row].start, plans[row].end);
      if (from > to) continue;
      first = std::min(first, from);
      last = std::max(last, to);
    }
    for (int p = first; p <= last; ++p) {
      RowIndex row = open_plan_started_last(rows, plans, in.periods.last_day(p));
      if (row != no_row) emit(p, row);
    }
  });
}

}  // namespace

void cp_seen_in_time(const FamilyInput& in, CaseSink& sink) {
  seen_in_time(in, sink, in.extracts.cp_plans, in.indexes.cp_plans_by_child(), VisitType::cp, true,
               in.settings.cp_visit_days);
}

void cin_seen_in_time(const FamilyInput& in, CaseSink& sink) {
  seen_in_time(in, sink, in.extracts.cin_plans, in.indexes.cin_plans_by_child(), VisitType::cin,
               false, in.settings.cin_visit_weeks * 7);
}

}  // namespace kpi::compute
