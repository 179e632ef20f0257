// Assessment families: assessments_completed, assessments_45wd,
// assessments_open_over_45wd, assessment_outcomes and assessment_duration_bands.
//
// An assessment belongs to the month it was authorised in. One authorised
// before its start is counted as completed (and in the outcomes) but left out
// of timeliness and the duration bands, and reported.
#include "indicator/family.h"
#include "indicator/measured_from.h"

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
    Case c = make_case(a, 0, p, *a.authorised);
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
    Case c = make_case(a, 0, p, *a.authorised);
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
      Case c = make_case(a, 0, p, as_at);
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

void assessment_outcomes(const FamilyInput& in, CaseSink& sink) {
  // subs: 0 nfa, 1 cin, 2 other. A blank outcome stays in every denominator.
  for (const Assessment& a : in.extracts.assessments) {
    if (!a.authorised) continue;
    int p = in.periods.of(*a.authorised);
    if (p < 0) continue;
    int match = a.outcome == AssessmentOutcome::nfa   ? 0
                : a.outcome == AssessmentOutcome::cin ? 1
                : a.outcome == AssessmentOutcome::other ? 2
                                                        : -1;
    for (int sub = 0; sub < 3; ++sub) {
      Case c = make_case(a, sub, p, *a.authorised);
      c.denominator = true;
      c.numerator = sub == match;
      c.from = a.start;
      c.to = a.authorised;
      c.reason = match == 0   ? "outcome nfa"
                 : match == 1 ? "outcome cin"
                 : match == 2 ? "outcome other"
                              : "outcome not recorded";
      sink.add(c);
    }
  }
}

void assessment_duration_bands(const FamilyInput& in, CaseSink& sink) {
  // subs: same_day, 1_10, 11_20, 21_30, 31_40, 41_45, 46_50, 51_60, 61_plus.
  static constexpr int upper[] = {0, 10, 20, 30, 40, 45, 50, 60};
  static constexpr std::string_view names[] = {"same day", "1-10",  "11-20", "21-30", "31-40",
                                               "41-45",    "46-50", "51-60", "61+"};
  for (const Assessment& a : in.extracts.assessments) {
    if (!a.authorised) continue;
    int p = in.periods.of(*a.authorised);
    if (p < 0) continue;
    Case c = make_case(a, 0, p, *a.authorised);
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
    int band = 0;
    if (*a.authorised != a.start && *c.days != 0) {
      band = 8;
      for (int b = 1; b < 8; ++b)
        if (*c.days <= upper[b]) {
          band = b;
          break;
        }
    }
    c.sub = static_cast<std::uint8_t>(band);
    c.numerator = true;
    c.reason = names[band];
    sink.add(c);
  }
}

}  // namespace kpi::compute
