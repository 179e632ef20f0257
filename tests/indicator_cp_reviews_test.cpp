// cp_reviews_in_time on tiny hand-made extracts: the first review within 3
// months of the plan start, each later one within 6 months of the previous
// review; "within N months" is on or before the same day N months later (a day
// the month lacks becomes its last). Reviews are linked to plans by hand, as
// finish_extracts would, except where the test is the linking itself. Days
// are counted in the comments.
#include "indicator_fixture.h"

using namespace kpi;
using namespace kpi::test;

namespace {
constexpr std::string_view in_time = "cp_reviews_in_time";
}

TEST_SUITE("indicator") {

TEST_CASE("cp_reviews_in_time: the deadline day is in time, the day after is late") {
  Data d;
  d.cp_plan("A", "2024-01-15");  // plan 0
  d.cp_plan("B", "2024-01-15");  // plan 1
  // A: 15 Jan + 3 months = 15 Apr, the deadline itself: in time.
  // Days: 15 Jan -> 15 Feb 31, -> 15 Mar 29, -> 15 Apr 31 = 91 (the limit).
  d.cp_review("A", "2024-04-15", 0);
  // A again the same day: measured from the review just held, 0 days.
  d.cp_review("A", "2024-04-15", 0);
  // B: 16 Apr, the day after the deadline: 92 days, late; it became overdue on
  // 16 Apr, so it counts in April too.
  d.cp_review("B", "2024-04-16", 1);

  Run run(d.x, in_time, ym(2024, 1), ym(2024, 6));
  CHECK(run.numerator(in_time, ym(2024, 4)) == 2);
  CHECK(run.denominator(in_time, ym(2024, 4)) == 3);
  auto april = run.cases(in_time, ym(2024, 4));
  Case a_first = only_case(april, d.id("A"), "in time (first review)");
  CHECK(a_first.days == 91);
  CHECK(format_date(*a_first.from) == "2024-01-15");
  CHECK(format_date(*a_first.to) == "2024-04-15");
  Case a_same_day = only_case(april, d.id("A"), "in time");
  CHECK(a_same_day.days == 0);
  Case b = only_case(april, d.id("B"), "late (first review)");
  CHECK(b.days == 92);
  CHECK(b.denominator);
  CHECK_FALSE(b.numerator);
  // January to March and May, June: no review due, so no value (not 0%).
  // The next reviews are due by 15 and 16 October, after the months shown.
  for (unsigned month : {1u, 2u, 3u, 5u, 6u}) {
    CHECK(run.denominator(in_time, ym(2024, month)) == 0);
    CHECK_FALSE(run.value(in_time, ym(2024, month)).value(Unit::percent));
  }
}

TEST_CASE("cp_reviews_in_time: month ends, 29 February and the year end") {
  Data d;
  d.cp_plan("C", "2023-05-31");                // plan 0, open
  d.cp_plan("D", "2023-11-30", "2024-06-30");  // plan 1
  d.cp_plan("E", "2023-10-02", "2024-03-31");  // plan 2
  d.cp_plan("F", "2024-05-31");                // plan 3, open
  // C: 31 May + 3 months = 31 Aug; held 31 Aug: 30 + 31 + 31 = 92 days, in time.
  d.cp_review("C", "2023-08-31", 0);
  // C: 31 Aug + 6 months = 29 Feb 2024 (February has no 31st; 2024 is a leap
  // year); held 29 Feb: 30 + 31 + 30 + 31 + 31 + 29 = 182 days, in time.
  d.cp_review("C", "2024-02-29", 0);
  // C: 29 Feb + 6 months = 29 Aug; held 30 Aug: 183 days against 182, late,
  // overdue from 30 Aug: August.
  d.cp_review("C", "2024-08-30", 0);
  // C: 30 Aug + 6 months = 28 Feb 2025, none held, the plan open: late in
  // March 2025, the month it became overdue (1 March).
  // D: 30 Nov + 3 months = 29 Feb 2024 (no 30 Feb); held 1 Mar: 31 + 31 + 29
  // + 1 = 92 days against 91, late, in March. Next due 1 Sep, after D ended.
  d.cp_review("D", "2024-03-01", 1);
  // E over the year end: 2 Oct + 3 months = 2 Jan 2024; held Fri 29 Dec:
  // 31 + 30 + 27 = 88 days, in time, in December. Next due 29 Jun, after E
  // ended on 31 Mar: no review was due.
  d.cp_review("E", "2023-12-29", 2);
  // F: 31 May + 3 months = 31 Aug 2024, held that day (a Saturday: calendar
  // months, not working days): in time. 31 Aug + 6 months = 28 Feb 2025
  // (not a leap year); held 1 Mar 2025: late, in March 2025.
  d.cp_review("F", "2024-08-31", 3);
  d.cp_review("F", "2025-03-01", 3);

  Run run(d.x, in_time, ym(2023, 6), ym(2025, 3));
  auto check = [&](date::year_month month, long numerator, long denominator) {
    INFO(static_cast<int>(month.year()), "-", static_cast<unsigned>(month.month()));
    CHECK(run.numerator(in_time, month) == numerator);
    CHECK(run.denominator(in_time, month) == denominator);
  };
  check(ym(2023, 8), 1, 1);   // C
  check(ym(2023, 12), 1, 1);  // E
  check(ym(2024, 2), 1, 1);   // C on 29 Feb
  check(ym(2024, 3), 0, 1);   // D late
  check(ym(2024, 8), 1, 2);   // F in time, C late
  check(ym(2025, 3), 0, 2);   // C not held, F late
  check(ym(2024, 6), 0, 0);   // D ended: nothing due

  Case c_feb = only_case(run.cases(in_time, ym(2024, 2)), d.id("C"));
  CHECK(c_feb.days == 182);
  CHECK(c_feb.reason == "in time");
  Case d_mar = only_case(run.cases(in_time, ym(2024, 3)), d.id("D"));
  CHECK(d_mar.days == 92);
  CHECK(d_mar.reason == "late (first review)");
  auto aug = run.cases(in_time, ym(2024, 8));
  CHECK(only_case(aug, d.id("C")).days == 183);
  CHECK(only_case(aug, d.id("F")).days == 92);  // 30 + 31 + 31
  auto march_2025 = run.cases(in_time, ym(2025, 3));
  Case c_missed = only_case(march_2025, d.id("C"));
  CHECK(c_missed.reason == "late: not held by the deadline");
  CHECK(format_date(*c_missed.from) == "2024-08-30");
  CHECK_FALSE(c_missed.to);
  CHECK(d.x.where(c_missed.origin) == d.x.where(d.x.cp_plans[0].origin));  // the plan's line
  Case f_late = only_case(march_2025, d.id("F"));
  CHECK(f_late.reason == "late");
  CHECK(f_late.days == 182);  // 31 Aug 2024 -> 1 Mar 2025: 30+31+30+31+31+28 = 181, + 1
}

TEST_CASE("cp_reviews_in_time: a plan without reviews, ended plans, reviews left out") {
  Data d;
  d.cp_plan("H", "2024-01-10");                // plan 0: never reviewed
  d.cp_plan("I", "2024-01-10", "2024-04-10");  // plan 1: ended on its deadline day
  d.cp_plan("J", "2024-01-10", "2024-04-11");  // plan 2: ended the day after it
  d.cp_plan("K", "2024-02-01", "2024-03-31");  // plan 3
  // K: a review dated after the plan ended: left out and reported; it does
  // not restart the clock, and K ended before its deadline (1 May).
  d.cp_review("K", "2024-04-05", 3, VisitLink::outside_plan);
  // L has no CP plan.
  d.cp_review("L", "2024-04-20", no_row, VisitLink::no_plan);

  Run run(d.x, in_time, ym(2024, 1), ym(2024, 6));
  // H: due by 10 Apr, none held: late in April. I: ended on 10 Apr, so the
  // review was not yet late. J: still open on 11 Apr: late in April.
  CHECK(run.numerator(in_time, ym(2024, 4)) == 0);
  CHECK(run.denominator(in_time, ym(2024, 4)) == 2);
  auto april = run.cases(in_time, ym(2024, 4));
  CHECK(only_case(april, d.id("H")).reason == "late: not held by the deadline");
  CHECK(only_case(april, d.id("J")).reason == "late: not held by the deadline");
  auto excluded = run.result->excluded(0, 0, 5);
  CHECK(excluded.at("excluded: review dated outside its plan") == 1);
  CHECK(excluded.at("excluded: review in no plan") == 1);
  // H's missed review counts once, not again each month after.
  CHECK(run.denominator(in_time, ym(2024, 5)) == 0);
  // Pooled January to June: 0 / 2.
  auto pooled = run.pooled(0, 0, 5);
  CHECK(pooled.numerator == 0);
  CHECK(pooled.denominator == 2);
}

TEST_CASE("cp_reviews_in_time: the timescales come from the settings") {
  Data d;
  d.cp_plan("M", "2024-01-15");
  d.cp_review("M", "2024-03-20", 0);  // 65 days: within 3 months, not within 2
  d.cp_review("M", "2024-07-20", 0);  // 4 months after: within 6 months, not within 3
  Settings settings = default_settings();
  settings.cp_first_review_months = 2;  // due by 15 Mar: late, overdue from 16 Mar
  settings.cp_review_months = 3;        // due by 20 Jun: late, overdue from 21 Jun
  Run run(d.x, in_time, ym(2024, 1), ym(2024, 7), settings);
  CHECK(run.denominator(in_time, ym(2024, 3)) == 1);
  CHECK(run.numerator(in_time, ym(2024, 3)) == 0);
  CHECK(run.denominator(in_time, ym(2024, 6)) == 1);
  CHECK(run.numerator(in_time, ym(2024, 6)) == 0);
  CHECK(only_case(run.cases(in_time, ym(2024, 6)), d.id("M")).reason == "late");
  CHECK(run.denominator(in_time, ym(2024, 7)) == 0);
}

TEST_CASE("cp_reviews_in_time: a review without a plan id belongs to the plan open on its date") {
  Data d;
  d.cp_plan("N", "2023-09-01", "2024-01-31").id = d.id("P1");  // plan 0
  d.cp_plan("N", "2024-02-01").id = d.id("P2");                // plan 1
  // No plan_id: linked by finish_extracts to P2, open on 30 Apr (P1 ended).
  // 1 Feb + 3 months = 1 May; held 30 Apr: 29 + 31 + 29 = 89 days, in time.
  CpReview& r = d.cp_review("N", "2024-04-30", no_row, VisitLink::no_plan);
  r.plan_id = no_id;
  finish_extracts(d.x);
  REQUIRE(d.x.cp_reviews.size() == 1);
  REQUIRE(d.x.cp_reviews[0].plan == 1);

  Run run(d.x, in_time, ym(2024, 4), ym(2024, 4));
  Case c = only_case(run.cases(in_time, ym(2024, 4)), d.id("N"));
  CHECK(c.reason == "in time (first review)");
  CHECK(c.days == 89);
  CHECK(format_date(*c.from) == "2024-02-01");
}

}  // TEST_SUITE
