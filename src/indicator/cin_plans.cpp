// Child in need plans: cin_plans_open (snapshot), .started (flow) and
// .over_6m (open plans whose start plus 6 months, clamped to the month's last
// day, is before the as-at date).
#include "indicator/family.h"

namespace kpi::compute {

void cin_plans_open(const FamilyInput& in, CaseSink& sink) {
  const int months = in.settings.cin_open_months;
  for (const CinPlan& plan : in.extracts.cin_plans) {
    Date due = add_months(plan.start, months);
    auto [first, last] = in.periods.open_at_month_ends(plan.start, plan.end);
    for (int p = first; p <= last; ++p) {
      Date as_at = in.periods.last_day(p);
      Case c = make_case(plan, CinOpenSub::open, p, as_at);
      c.numerator = true;
      c.from = plan.start;
      c.to = as_at;
      c.days = calendar_days(plan.start, as_at);
      c.reason = "open at the month end";
      sink.add(c);

      c.sub = sub_index(CinOpenSub::over_6m);
      c.numerator = due < as_at;
      c.reason = c.numerator ? "open longer than 6 months" : "open 6 months or less";
      sink.add(c);
    }
    int p = in.periods.of(plan.start);
    if (p < 0) continue;
    Case s = make_case(plan, CinOpenSub::started, p, plan.start);
    s.numerator = true;
    s.from = plan.start;
    s.to = plan.end;
    s.reason = "plan started";
    sink.add(s);
  }
}

}  // namespace kpi::compute
