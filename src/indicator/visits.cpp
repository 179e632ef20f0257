// Visits in time: cp_visits_in_time, cin_visits_in_time and cla_visits_in_time
// share this one implementation, parameterised by the visit type and its
// timescale (SPEC section 4).
//
// The seen visits linked to one plan are walked in date order (one sort for
// all plans): the first is measured from the plan start, within the
// first-visit timescale, each later one from the previous seen visit of the
// same plan, so two seen visits on one day have a gap of 0. A CLA placement
// that starts after the episode restarts the clock: the first seen visit on or
// after placement_start is measured from it, within the first-visit timescale
// (SPEC: "the first visit within 7 days of start_date, restarting at
// placement_start when that is later"). Visits not seen neither count nor
// restart the clock; visits outside their plan or in no plan are left out and
// reported.
#include "indicator/family.h"

namespace kpi::compute {
namespace {

struct Timescale {
  bool working_days;  // true: working days in force; false: calendar days
  int first;          // the first visit after the plan start
  int later;          // each visit after the previous seen visit
};

// The day a later placement restarts the first-visit clock, if any.
MaybeDate restart(const CpPlan&) { return std::nullopt; }
MaybeDate restart(const CinPlan&) { return std::nullopt; }
MaybeDate restart(const ClaEpisode& e) {
  return e.placement_start && *e.placement_start > e.start ? e.placement_start : std::nullopt;
}

template <class Plan>
void visits_in_time(const FamilyInput& in, CaseSink& sink, const LargeVector<Plan>& plans,
                    VisitType type, Timescale timescale) {
  const auto& visits = in.extracts.visits;
  // Visits that take no part, reported in their month.
  for (const Visit& v : visits) {
    if (v.type != type) continue;
    int p = in.periods.of(v.date);
    if (p < 0) continue;
    if (v.link == VisitLink::in_plan && v.seen == Flag::yes) continue;
    Case c = make_case(v, p, v.date);
    c.to = v.date;
    if (v.link == VisitLink::outside_plan) {
      c.reason = "excluded: visit dated outside its plan";
      c.finding = "visit dated outside its plan";
    } else if (v.link == VisitLink::no_plan) {
      c.reason = "excluded: visit in no plan";
      c.finding = "visit in no plan";
    } else {
      c.reason = "excluded: not seen";
    }
    sink.add(c);
  }

  RowIndex plan_row = no_row;
  MaybeDate previous;             // the previous seen visit of the plan
  bool placement_seen = false;    // a seen visit on or after the restart already
  for (RowIndex i : in.indexes.seen_visits_by_plan(type)) {
    const Visit& v = visits[i];
    if (v.plan != plan_row) {
      plan_row = v.plan;
      previous.reset();
      placement_seen = false;
    }
    const Plan& plan = plans[v.plan];
    MaybeDate restart_day = restart(plan);
    bool restarts = restart_day && v.date >= *restart_day && !placement_seen;
    if (restart_day && v.date >= *restart_day) placement_seen = true;
    bool first = restarts || !previous;
    Date from = restarts ? *restart_day : previous ? *previous : plan.start;
    int limit = first ? timescale.first : timescale.later;
    previous = v.date;
    int p = in.periods.of(v.date);
    if (p < 0) continue;

    Case c = make_case(v, p, v.date);
    c.age = age_band(plan.date_of_birth, v.date);
    if (c.team == no_id) c.team = plan.team;
    if (c.worker == no_id) c.worker = plan.worker;
    c.from = from;
    c.to = v.date;
    auto days = timescale.working_days ? working_days(in.calendar, from, v.date)
                                       : std::optional<int>(calendar_days(from, v.date));
    if (judge_within(c, days, limit) && first)
      c.reason = c.numerator ? "in time (first visit)" : "late (first visit)";
    sink.add(c);
  }
}

}  // namespace

void cp_visits_in_time(const FamilyInput& in, CaseSink& sink) {
  int days = in.settings.cp_visit_days;
  visits_in_time(in, sink, in.extracts.cp_plans, VisitType::cp, {true, days, days});
}

void cin_visits_in_time(const FamilyInput& in, CaseSink& sink) {
  int days = in.settings.cin_visit_weeks * 7;
  visits_in_time(in, sink, in.extracts.cin_plans, VisitType::cin, {false, days, days});
}

void cla_visits_in_time(const FamilyInput& in, CaseSink& sink) {
  visits_in_time(in, sink, in.extracts.cla_episodes, VisitType::cla,
                 {false, in.settings.cla_first_visit_days, in.settings.cla_visit_days});
}

}  // namespace kpi::compute
