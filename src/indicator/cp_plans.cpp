// Child protection plan families: cp_plans_started (and .under_10),
// cp_plans_open, cp_plans_ended, cp_subsequent and cp_open_over_2y (and .ended).
//
// "2 years or more" is by calendar anniversary: start + 24 months, a 29
// February start reaching its anniversary on 28 February.
#include "indicator/family.h"

namespace kpi::compute {

void cp_plans_started(const FamilyInput& in, CaseSink& sink) {
  for (const CpPlan& plan : in.extracts.cp_plans) {
    int p = in.periods.of(plan.start);
    if (p < 0) continue;
    Case c = make_case(plan, CpStartedSub::started, p, plan.start);
    c.numerator = true;
    c.from = plan.start;
    c.reason = "plan started";
    sink.add(c);

    Case u = make_case(plan, CpStartedSub::under_10, p, plan.start);
    u.from = plan.start;
    if (!plan.date_of_birth) {
      u.reason = "excluded: no date of birth";
    } else {
      // Not yet born (a negative age) is under 1, so under 10.
      u.denominator = true;
      u.numerator = age_in_years(*plan.date_of_birth, plan.start) < 10;
      u.to = plan.date_of_birth;
      u.reason = u.numerator ? "under 10 at the start" : "10 or over at the start";
    }
    sink.add(u);
  }
}

void cp_plans_open(const FamilyInput& in, CaseSink& sink) {
  for (const CpPlan& plan : in.extracts.cp_plans) {
    auto [first, last] = in.periods.open_at_month_ends(plan.start, plan.end);
    for (int p = first; p <= last; ++p) {
      Case c = make_case(plan, p, in.periods.last_day(p));
      c.numerator = true;
      c.from = plan.start;
      c.to = plan.end;
      c.reason = "open at the month end";
      sink.add(c);
    }
  }
}

void cp_plans_ended(const FamilyInput& in, CaseSink& sink) {
  for (const CpPlan& plan : in.extracts.cp_plans) {
    if (!plan.end) continue;
    int p = in.periods.of(*plan.end);
    if (p < 0) continue;
    Case c = make_case(plan, p, *plan.end);
    c.numerator = true;
    c.from = plan.start;
    c.to = plan.end;
    c.days = calendar_days(plan.start, *plan.end);
    c.reason = "plan ended";
    sink.add(c);
  }
}

void cp_subsequent(const FamilyInput& in, CaseSink& sink) {
  // A previous plan: one of the child's plans in the extract starting on an
  // earlier day, or previous_plans > 0.
  const auto& plans = in.extracts.cp_plans;
  const auto& order = in.indexes.cp_plans_by_child();
  MaybeDate earliest;  // the child's first plan start
  Id child = no_id;
  for (RowIndex i : order) {
    const CpPlan& plan = plans[i];
    if (plan.child != child) {
      child = plan.child;
      earliest = plan.start;
    }
    int p = in.periods.of(plan.start);
    if (p < 0) continue;
    Case c = make_case(plan, p, plan.start);
    c.denominator = true;
    c.to = plan.start;
    if (*earliest < plan.start) {
      c.numerator = true;
      c.from = earliest;
      c.reason = "subsequent: earlier plan in the extract";
    } else if (plan.previous_plans > 0) {
      c.numerator = true;
      c.reason = "subsequent: previous_plans > 0";
    } else {
      c.reason = "first plan";
    }
    sink.add(c);
  }
}

void cp_open_over_2y(const FamilyInput& in, CaseSink& sink) {
  for (const CpPlan& plan : in.extracts.cp_plans) {
    Date anniversary = add_months(plan.start, 24);
    auto [first, last] = in.periods.open_at_month_ends(plan.start, plan.end);
    for (int p = first; p <= last; ++p) {
      Date as_at = in.periods.last_day(p);
      Case c = make_case(plan, CpOver2ySub::open, p, as_at);
      c.from = plan.start;
      c.to = as_at;
      c.days = calendar_days(plan.start, as_at);
      c.numerator = anniversary <= as_at;
      c.reason = c.numerator ? "open 2 years or more" : "open under 2 years";
      sink.add(c);
    }
    if (!plan.end) continue;
    int p = in.periods.of(*plan.end);
    if (p < 0) continue;
    Case e = make_case(plan, CpOver2ySub::ended, p, *plan.end);
    e.from = plan.start;
    e.to = plan.end;
    e.days = calendar_days(plan.start, *plan.end);
    e.numerator = anniversary <= *plan.end;
    e.reason = e.numerator ? "ended after 2 years or more" : "ended within 2 years";
    sink.add(e);
  }
}

}  // namespace kpi::compute
