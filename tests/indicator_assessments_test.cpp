// Assessment families on tiny hand-made extracts. Working days are counted by
// hand in the comments (England and Wales; 2024 bank holidays: 1 Jan, Good
// Friday 29 Mar, Easter Monday 1 Apr, 6 May, 27 May, 26 Aug, 25 and 26 Dec).
#include "indicator_fixture.h"

using namespace kpi;
using namespace kpi::test;

namespace {

// Assessments authorised in March 2024 (and one each in April and December).
Data march_assessments() {
  Data d;
  // A1: Mon 8 Jan -> Mon 11 Mar. Working days after 8 Jan: 9-12 Jan (4),
  // then whole weeks to Fri 8 Mar (+40 = 44), Mon 11 Mar is the 45th.
  d.assessment("A1", "2024-01-08", "2024-03-11").outcome = AssessmentOutcome::nfa;
  // A2: the same start, Tue 12 Mar: 46, late.
  d.assessment("A2", "2024-01-08", "2024-03-12").outcome = AssessmentOutcome::cin;
  // A3: starts on Good Friday 29 Mar; Sat, Sun, Easter Monday skipped: Tue 2 Apr is day 1.
  d.assessment("A3", "2024-03-29", "2024-04-02");
  // A4: weekend start Sat 2 Mar, authorised Mon 4 Mar: 1.
  d.assessment("A4", "2024-03-02", "2024-03-04").outcome = AssessmentOutcome::other;
  // A5: same day, Fri 15 Mar: 0.
  d.assessment("A5", "2024-03-15", "2024-03-15");
  // A6: authorised (18 Mar) before its start (20 Mar): completed, but out of
  // timeliness and bands.
  d.assessment("A6", "2024-03-20", "2024-03-18").outcome = AssessmentOutcome::cin;
  // A7: Christmas: Fri 20 Dec -> Fri 27 Dec: 23, 24, (25, 26 holidays), 27 = 3.
  d.assessment("A7", "2024-12-20", "2024-12-27");
  // A8: Sat 9 Mar -> Sun 10 Mar: 0 working days, different dates: same_day band.
  d.assessment("A8", "2024-03-09", "2024-03-10").outcome = AssessmentOutcome::nfa;
  return d;
}

}  // namespace

TEST_SUITE("indicator") {

TEST_CASE("assessments_completed counts authorisations, including before start") {
  Data d = march_assessments();
  Run run(d.x, "assessments_completed", ym(2024, 2), ym(2024, 12));
  // March: A1, A2, A4, A5, A6, A8.
  CHECK(run.numerator("assessments_completed", ym(2024, 3)) == 6);
  CHECK(run.numerator("assessments_completed", ym(2024, 4)) == 1);
  CHECK(run.numerator("assessments_completed", ym(2024, 2)) == 0);
}

TEST_CASE("assessments_45wd: day 45 in time, day 46 late, weekend, bank holiday, Christmas") {
  Data d = march_assessments();
  Run run(d.x, "assessments_45wd", ym(2024, 2), ym(2024, 12));
  // March: A1 (45), A2 (46, late), A4 (1), A5 (0), A8 (0); A6 excluded -> 4 / 5.
  CHECK(run.numerator("assessments_45wd", ym(2024, 3)) == 4);
  CHECK(run.denominator("assessments_45wd", ym(2024, 3)) == 5);
  auto cases = run.cases("assessments_45wd", ym(2024, 3));
  REQUIRE(cases.size() == 6);
  CHECK(cases[0].days == 45);
  CHECK(cases[0].reason == "in time");
  CHECK(cases[1].days == 46);
  CHECK(cases[1].reason == "late");
  CHECK(cases[4].reason == "excluded: authorised before start");
  CHECK(run.result->excluded(0, 0, 10).at("excluded: authorised before start") == 1);
  CHECK(run.result->findings(0, 0, 10).at("assessment authorised before its start") == 1);
  // April: A3 from Good Friday: 1 -> 1 / 1. December: A7: 3 -> 1 / 1.
  CHECK(run.cases("assessments_45wd", ym(2024, 4))[0].days == 1);
  CHECK(run.numerator("assessments_45wd", ym(2024, 4)) == 1);
  CHECK(run.cases("assessments_45wd", ym(2024, 12))[0].days == 3);
  // February: no assessments authorised: no value, not 0%.
  CHECK(run.denominator("assessments_45wd", ym(2024, 2)) == 0);
  CHECK(!run.value("assessments_45wd", ym(2024, 2)).value(Unit::percent));
}

TEST_CASE("assessments_45wd with --count inclusive: the start day is day 1") {
  Data d = march_assessments();
  Calendar inclusive(Division::england_and_wales, Counting::inclusive);
  Run run(d.x, "assessments_45wd", ym(2024, 3), ym(2024, 3), default_settings(), inclusive);
  // A1 46 (Mon 8 Jan is a working day), A2 47: late. A4 starts on a Saturday:
  // still 1. A5 same working day: 1. A8 Saturday to Sunday: 0 -> 3 / 5.
  CHECK(run.numerator("assessments_45wd", ym(2024, 3)) == 3);
  CHECK(run.denominator("assessments_45wd", ym(2024, 3)) == 5);
}

TEST_CASE("assessments_45wd with --assessment-from referral") {
  Data d;
  // From Tue 2 Apr 2024: 3-5 Apr (3), 8-26 Apr (18), 29-30 Apr (20), May 1-3
  // (23), 6 May holiday, 7-24 May (35), 27 May holiday, 28-31 May (39),
  // 3-6 Jun (43)... counted again: 1 May is 21, 31 May is 41, Thu 6 Jun 45, Fri 7 Jun 46.
  d.referral("Z1", "2024-04-02", "RZ1");
  d.assessment("Z1", "2024-06-03", "2024-06-06").referral = d.id("RZ1");  // 45: in time
  d.referral("Z2", "2024-04-02");
  d.assessment("Z2", "2024-06-03", "2024-06-07");  // linked as the child's latest referral: 46
  Run from_start(d.x, "assessments_45wd", ym(2024, 6), ym(2024, 6));
  CHECK(from_start.numerator("assessments_45wd", ym(2024, 6)) == 2);  // 3 and 4 working days
  Settings settings = default_settings();
  settings.assessment_from_referral = true;
  Run from_referral(d.x, "assessments_45wd", ym(2024, 6), ym(2024, 6), settings);
  CHECK(from_referral.numerator("assessments_45wd", ym(2024, 6)) == 1);
  CHECK(from_referral.denominator("assessments_45wd", ym(2024, 6)) == 2);
  auto cases = from_referral.cases("assessments_45wd", ym(2024, 6));
  CHECK(cases[0].days == 45);
  CHECK(cases[1].days == 46);
}

TEST_CASE("assessment_duration_bands: same day, 0 days, 1-10, 41-45, 46-50") {
  Data d = march_assessments();
  Run run(d.x, "assessment_duration_bands", ym(2024, 3), ym(2024, 3));
  auto m = ym(2024, 3);
  CHECK(run.numerator("assessment_duration_bands.same_day", m) == 2);  // A5, A8
  CHECK(run.numerator("assessment_duration_bands.1_10", m) == 1);      // A4
  CHECK(run.numerator("assessment_duration_bands.41_45", m) == 1);     // A1
  CHECK(run.numerator("assessment_duration_bands.46_50", m) == 1);     // A2
  CHECK(run.numerator("assessment_duration_bands.61_plus", m) == 0);
  // A6 (authorised before start) is in no band.
  long total = 0;
  for (int sub = 0; sub < 9; ++sub) {
    auto v = run.result->value(sub, 0);
    REQUIRE(v);
    total += v->numerator;
  }
  CHECK(total == 5);

  Calendar inclusive(Division::england_and_wales, Counting::inclusive);
  Run incl(d.x, "assessment_duration_bands", m, m, default_settings(), inclusive);
  // Inclusive: A5 counts 1 but was authorised on its start date: same_day;
  // A8 0; A4 1; A1 46 and A2 47 both 46-50.
  CHECK(incl.numerator("assessment_duration_bands.same_day", m) == 2);
  CHECK(incl.numerator("assessment_duration_bands.1_10", m) == 1);
  CHECK(incl.numerator("assessment_duration_bands.41_45", m) == 0);
  CHECK(incl.numerator("assessment_duration_bands.46_50", m) == 2);
}

TEST_CASE("assessment_outcomes: blank outcome stays in the denominator") {
  Data d = march_assessments();
  Run run(d.x, "assessment_outcomes", ym(2024, 3), ym(2024, 3));
  auto m = ym(2024, 3);
  // March: A1 nfa, A2 cin, A4 other, A5 blank, A6 cin, A8 nfa: of 6.
  CHECK(run.numerator("assessment_outcomes.nfa", m) == 2);
  CHECK(run.numerator("assessment_outcomes.cin", m) == 2);
  CHECK(run.numerator("assessment_outcomes.other", m) == 1);
  CHECK(run.denominator("assessment_outcomes.nfa", m) == 6);
  CHECK(run.denominator("assessment_outcomes.other", m) == 6);
}

TEST_CASE("assessments_open_over_45wd: snapshot at month ends, 45 vs 46") {
  Data d = march_assessments();
  // A9: Fri 1 Dec 2023, never authorised. To Wed 31 Jan 2024: Dec 4-22 (15),
  // 27-29 (18; 25, 26 Dec holidays), 2-5 Jan (22; 1 Jan holiday), 8-26 Jan
  // (37), 29-31 Jan (40): not over. To Thu 29 Feb: 40 + 21 = 61: over.
  d.assessment("A9", "2023-12-01", "");
  // To Sun 31 Mar 2024 (Good Friday 29 Mar): counting back 45 working days
  // from Thu 28 Mar reaches Fri 26 Jan. A11 from Thu 25 Jan: 45, not over;
  // A12 from Wed 24 Jan: 46, over.
  d.assessment("A11", "2024-01-25", "");
  d.assessment("A12", "2024-01-24", "");
  // A1 (from 8 Jan) is open at 29 Feb with 38 working days (Feb 26-29 are the
  // 35th-38th): not over; authorised 11 Mar, so not open at 31 Mar.
  Run run(d.x, "assessments_open_over_45wd", ym(2024, 1), ym(2024, 3));
  CHECK(run.numerator("assessments_open_over_45wd", ym(2024, 1)) == 0);
  CHECK(run.numerator("assessments_open_over_45wd", ym(2024, 2)) == 1);  // A9
  CHECK(run.numerator("assessments_open_over_45wd", ym(2024, 3)) == 2);  // A9, A12
  // A snapshot count has no pooled figure.
  CHECK(!run.result->pooled(0, 0, 2));
  auto cases = run.cases("assessments_open_over_45wd", ym(2024, 3));
  Case a11 = only_case(cases, d.id("A11"));
  Case a12 = only_case(cases, d.id("A12"));
  CHECK(a11.days == 45);
  CHECK(a12.days == 46);
}

}  // TEST_SUITE
