// Tier 2: early_help_open (snapshot count), .closed (flow) and .over_12m
// (% of open assessments whose start plus 12 months is before the as-at date).
#include "indicator/family.h"

namespace kpi::compute {

void early_help_open(const FamilyInput& in, CaseSink& sink) {
  for (const EarlyHelp& e : in.extracts.early_help) {
    Date due = add_months(e.start, 12);
    auto [first, last] = in.periods.open_at_month_ends(e.start, e.end);
    for (int p = first; p <= last; ++p) {
      Date as_at = in.periods.last_day(p);
      Case c = make_case(e, EarlyHelpSub::open, p, as_at);
      c.from = e.start;
      c.to = as_at;
      c.days = calendar_days(e.start, as_at);
      c.numerator = true;
      c.reason = "open at the month end";
      sink.add(c);
      c.sub = sub_index(EarlyHelpSub::over_12m);
      c.denominator = true;
      c.numerator = due < as_at;
      c.reason = c.numerator ? "open longer than 12 months" : "open 12 months or less";
      sink.add(c);
    }
    if (!e.end) continue;
    int p = in.periods.of(*e.end);
    if (p < 0) continue;
    Case c = make_case(e, EarlyHelpSub::closed, p, *e.end);
    c.from = e.start;
    c.to = e.end;
    c.numerator = true;
    c.reason = "closed";
    sink.add(c);
  }
}

}  // namespace kpi::compute
