// Assessment families: assessments_completed, assessments_45wd,
// assessments_open_over_45wd, assessment_outcomes and assessment_duration_bands.
//
// An assessment belongs to the month it was authorised in. One authorised
// before its start is counted as completed (and in the outcomes) but left out
// of timeliness and the duration bands, and reported.
#include "indicator/family.h"
#include "indicator/measured_from.h"

#include <algorithm>
#include <limits>

namespace kpi::compute {
namespace {

constexpr std::string_view reason_before_start = "excluded: authorised before start";
constexpr std::string_view finding_before_start = "assessment authorised before its start";

}  // namespace

void assessments_completed(const FamilyInput& in, CaseSink& sink) {
  for (const Assessment& a : in.extracts.assessments) {
    if (!a.authorised) continue;
    int p = in.periods.of(*a.authorised);
    if (p < 0) continue;
    Case c = make_case(a, p, *a.authorised);
    c.numerator = true;
    c.from = a.start;
    c.to = a.authorised;
    c.days = working_days(in.calendar, a.start, *a.authorised);
    c.reason = *a.authorised < a.start ? "completed (authorised before start)" : "completed";
    sink.add(c);
  }
}

void assessments_timeliness(const FamilyInput& in, CaseSink& sink) {
  for (const Assessment& a : in.extracts.assessments) {
    if (!a.authorised) continue;
    int p = in.periods.of(*a.authorised);
    if (p < 0) continue;
    // The start, or the referral (docs/definitions.md): the rule the due list uses too.
    MeasuredFrom from = measured_from(a, in.settings, in.indexes);
    Case c = make_case(a, p, *a.authorised);
    c.from = from.date;
    c.to = a.authorised;
    if (*a.authorised < a.start || *a.authorised < from.date) {
      c.reason = reason_before_start;
      c.finding = finding_before_start;
      sink.add(c);
      continue;
    }
    bool judged = judge_within(c, working_days(in.calendar, from.date, *a.authorised),
                               in.settings.assessment_days);
    if (judged && in.settings.assessment_from_referral && !from.from_referral)
      c.reason = c.numerator ? "in time (no referral: from start)" : "late (no referral: from start)";
    sink.add(c);
  }
}

void assessments_open_over(const FamilyInput& in, CaseSink& sink) {
  for (const Assessment& a : in.extracts.assessments) {
    // Open at a month end D: started by D and not authorised by D.
    auto [first, last] = in.periods.open_at_month_ends(a.start, a.authorised);
    for (int p = first; p <= last; ++p) {
      Date as_at = in.periods.last_day(p);
      Case c = make_case(a, p, as_at);
      c.from = a.start;
      c.to = as_at;
      c.days = working_days(in.calendar, a.start, as_at);
      if (!c.days) {
        c.reason = reason_outside_calendar;
      } else if (*c.days > in.settings.assessment_days) {
        c.numerator = true;
        c.reason = "open beyond the timescale";
      } else {
        c.reason = "open, within the timescale";
      }
      sink.add(c);
    }
  }
}

namespace {

// The recorded outcomes, each with its sub-id of assessment_outcomes.
struct OutcomeRow {
  AssessmentOutcome outcome;
  OutcomeSub sub;
  std::string_view reason;
};
constexpr OutcomeRow outcome_rows[] = {
    {AssessmentOutcome::nfa, OutcomeSub::nfa, "outcome nfa"},
    {AssessmentOutcome::cin, OutcomeSub::cin, "outcome cin"},
    {AssessmentOutcome::other, OutcomeSub::other, "outcome other"},
};
static_assert(std::size(outcome_rows) == sub_index(OutcomeSub::size));

// The bands of assessment_duration_bands, shortest first, each with the most
// working days it holds.
struct DurationRow {
  DurationBand band;
  int up_to;
  std::string_view reason;
};
constexpr DurationRow duration_rows[] = {
    {DurationBand::same_day, 0, "same day"},
    {DurationBand::wd_1_10, 10, "1-10"},
    {DurationBand::wd_11_20, 20, "11-20"},
    {DurationBand::wd_21_30, 30, "21-30"},
    {DurationBand::wd_31_40, 40, "31-40"},
    {DurationBand::wd_41_45, 45, "41-45"},
    {DurationBand::wd_46_50, 50, "46-50"},
    {DurationBand::wd_51_60, 60, "51-60"},
    {DurationBand::wd_61_plus, std::numeric_limits<int>::max(), "61+"},
};
static_assert(std::size(duration_rows) == sub_index(DurationBand::size));

}  // namespace

void assessment_outcomes(const FamilyInput& in, CaseSink& sink) {
  // A blank outcome stays in every denominator.
  for (const Assessment& a : in.extracts.assessments) {
    if (!a.authorised) continue;
    int p = in.periods.of(*a.authorised);
    if (p < 0) continue;
    const OutcomeRow* match =
        std::find_if(std::begin(outcome_rows), std::end(outcome_rows),
                     [&](const OutcomeRow& row) { return row.outcome == a.outcome; });
    for (const OutcomeRow& row : outcome_rows) {
      Case c = make_case(a, row.sub, p, *a.authorised);
      c.denominator = true;
      c.numerator = &row == match;
      c.from = a.start;
      c.to = a.authorised;
      c.reason = match != std::end(outcome_rows) ? match->reason : "outcome not recorded";
      sink.add(c);
    }
  }
}

void assessment_duration_bands(const FamilyInput& in, CaseSink& sink) {
  for (const Assessment& a : in.extracts.assessments) {
    if (!a.authorised) continue;
    int p = in.periods.of(*a.authorised);
    if (p < 0) continue;
    // The family has no headline: cases left out are reported under the first band.
    Case c = make_case(a, DurationBand::same_day, p, *a.authorised);
    c.from = a.start;
    c.to = a.authorised;
    if (*a.authorised < a.start) {
      c.reason = reason_before_start;
      c.finding = finding_before_start;
      sink.add(c);
      continue;
    }
    c.days = working_days(in.calendar, a.start, *a.authorised);
    if (!c.days) {
      c.reason = reason_outside_calendar;
      sink.add(c);
      continue;
    }
    // Same day by date, or by a count of 0; else the first band that holds the days.
    const DurationRow* band = std::begin(duration_rows);
    if (*a.authorised != a.start && *c.days != 0)
      band = std::find_if(band + 1, std::end(duration_rows),
                          [&](const DurationRow& d) { return *c.days <= d.up_to; });
    c.sub = sub_index(band->band);
    c.numerator = true;
    c.reason = band->reason;
    sink.add(c);
  }
}

}  // namespace kpi::compute
