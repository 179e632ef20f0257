// cp_reviews_in_time: child protection review conferences held in time
// (Working Together: the first review within 3 months of the initial
// conference, each later one within 6 months of the previous review).
//
// Each CP plan's reviews (those linked to it and dated within it) are walked
// in date order, each with a deadline: the first `cp_first_review_months`
// after the plan start (a CP plan starts at the conference that made it), each
// later one `cp_review_months` after the previous review held. "Within N
// months" is on or before the same day N months later, a day that does not
// exist becoming the month's last (add_months: 30 Nov + 3 months = 28/29 Feb).
//
// A review held by its deadline is in time, in the month it is held. A review
// not held by its deadline is late in the month it became overdue (the day
// after the deadline), whether it was held later (the case shows when) or not
// yet, so that a plan left without a review shows in the month it was missed,
// and a month's figure does not change when the review is at last held. A late
// review restarts the clock when it is held and is not counted again. After a
// plan's last review, the next one is overdue when the plan was still open
// after its deadline (not ended on or before it).
#include "indicator/family.h"

namespace kpi::compute {
namespace {

constexpr std::string_view reason_not_held = "late: not held by the deadline";

// A case for review `r` (or, without one, the plan's missing review) of
// `plan`: the plan gives the team, worker and age band; the review, when
// there is one, its line.
Case review_case(const CpPlan& plan, const CpReview* r, int period, Date on) {
  Case c = make_case(plan, period, on);
  if (r) c.origin = r->origin;
  return c;
}

// Reviews that take no part (outside their plan, in no plan), reported in the
// month they are dated.
void excluded_reviews(const FamilyInput& in, CaseSink& sink) {
  for (const CpReview& r : in.extracts.cp_reviews) {
    if (r.link == VisitLink::in_plan) continue;
    int p = in.periods.of(r.review_date);
    if (p < 0) continue;
    Case c;
    if (r.plan != no_row) {
      c = review_case(in.extracts.cp_plans[r.plan], &r, p, r.review_date);
    } else {
      c.period = static_cast<std::int16_t>(p);
      c.child = r.child_id;
      c.origin = r.origin;
    }
    c.to = r.review_date;
    if (r.link == VisitLink::outside_plan) {
      c.reason = "excluded: review dated outside its plan";
      c.finding = "review dated outside its plan";
    } else {
      c.reason = "excluded: review in no plan";
      c.finding = "review in no plan";
    }
    sink.add(c);
  }
}

// Judges one due review of `plan`, measured from `from` (the plan start or the
// previous review) with `deadline`; `r` is the review held, nullptr when none
// has been.
void judge_review(const FamilyInput& in, CaseSink& sink, const CpPlan& plan, const CpReview* r,
                  Date from, Date deadline, bool first) {
  const Date overdue = deadline + date::days{1};
  const bool in_time = r && r->review_date <= deadline;
  const Date counted_on = in_time ? r->review_date : overdue;
  int p = in.periods.of(counted_on);
  if (p < 0) return;
  Case c = review_case(plan, r, p, counted_on);
  c.from = from;
  if (!r) {
    c.denominator = true;
    c.reason = reason_not_held;
    sink.add(c);
    return;
  }
  c.to = r->review_date;
  // "Within N months" as a count of days: the deadline's distance from `from`.
  if (judge_within(c, calendar_days(from, r->review_date), calendar_days(from, deadline)) && first)
    c.reason = c.numerator ? "in time (first review)" : "late (first review)";
  sink.add(c);
}

}  // namespace

void cp_reviews_in_time(const FamilyInput& in, CaseSink& sink) {
  const auto& reviews = in.extracts.cp_reviews;
  const auto& plans = in.extracts.cp_plans;
  excluded_reviews(in, sink);

  std::vector<RowIndex> in_plan;
  for (RowIndex i = 0; i < reviews.size(); ++i)
    if (reviews[i].link == VisitLink::in_plan) in_plan.push_back(i);
  const std::vector<RowIndex> order = order_rows(
      std::move(in_plan), [&](RowIndex i) { return std::pair{reviews[i].plan, reviews[i].review_date}; });

  auto deadline_after = [&](Date from, bool first) {
    return add_months(from, first ? in.settings.cp_first_review_months
                                  : in.settings.cp_review_months);
  };
  // Every plan, with or without reviews: `next` walks the reviews by plan.
  std::size_t next = 0;
  for (RowIndex p = 0; p < plans.size(); ++p) {
    const CpPlan& plan = plans[p];
    Date from = plan.start;
    bool first = true;
    for (; next < order.size() && reviews[order[next]].plan == p; ++next) {
      const CpReview& r = reviews[order[next]];
      judge_review(in, sink, plan, &r, from, deadline_after(from, first), first);
      from = r.review_date;
      first = false;
    }
    // The review due after the last one held: missed if the plan outlived its deadline.
    const Date deadline = deadline_after(from, first);
    if (!plan.end || *plan.end > deadline)
      judge_review(in, sink, plan, nullptr, from, deadline, first);
  }
}

}  // namespace kpi::compute
