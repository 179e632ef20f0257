// CP and CiN plan families on tiny hand-made extracts: month-end snapshots,
// anniversaries with 29 February, ages at the start.
#include "indicator_fixture.h"

using namespace kpi;
using namespace kpi::test;

namespace {

Data cp_plans() {
  Data d;
  d.cp_plan("A", "2022-02-28");                           // P1: 2nd anniversary 28 Feb 2024
  d.cp_plan("D", "2022-03-15", "2024-03-15");             // P4: ends on its 2nd anniversary
  d.cp_plan("D", "2024-03-20").date_of_birth = day("2014-03-21");  // P5: 9 at the start; D's 2nd
  auto& p6 = d.cp_plan("E", "2024-03-31");                // P6: starts on the month end
  p6.date_of_birth = day("2014-03-31");                   // 10 on its start day
  p6.previous_plans = 1;
  d.cp_plan("F", "2024-03-05", "2024-03-31");             // P7: no date of birth; ends on the month end
  d.cp_plan("G", "2024-03-10").date_of_birth = day("2024-06-01");  // P8: not yet born: under 1
  d.cp_plan("H", "2024-03-05");                           // P9 and P10: two plans on one day
  d.cp_plan("H", "2024-03-05", "2024-03-06");
  return d;
}

}  // namespace

TEST_SUITE("indicator") {

TEST_CASE("cp_plans_started and under 10: unborn, 10th birthday on the start, no date of birth") {
  Data d = cp_plans();
  Run run(d.x, "cp_plans_started", ym(2024, 1), ym(2024, 3));
  auto mar = ym(2024, 3);
  CHECK(run.numerator("cp_plans_started", mar) == 6);  // P5-P10
  // Under 10 of those with a date of birth: P5 (9) and P8 (unborn) of P5, P6, P8.
  CHECK(run.numerator("cp_plans_started.under_10", mar) == 2);
  CHECK(run.denominator("cp_plans_started.under_10", mar) == 3);
  CHECK(run.result->excluded(1, 0, 2).at("excluded: no date of birth") == 3);
  // Year to date (from April 2023) is the count since 1 April: 0 + 0 + 6.
  CHECK(run.pooled(0, 0, 2).numerator == 6);
  CHECK(run.numerator("cp_plans_started", ym(2024, 1)) == 0);
}

TEST_CASE("cp_plans_open and cp_plans_ended at month ends") {
  Data d = cp_plans();
  Run open(d.x, "cp_plans_open", ym(2024, 1), ym(2024, 3));
  // 31 Jan and 29 Feb: P1, P4. 31 Mar: P1, P5, P6 (started that day), P8, P9;
  // P7 ends on 31 Mar (an end on the as-at date is not open), P4 and P10 ended.
  CHECK(open.numerator("cp_plans_open", ym(2024, 1)) == 2);
  CHECK(open.numerator("cp_plans_open", ym(2024, 2)) == 2);
  CHECK(open.numerator("cp_plans_open", ym(2024, 3)) == 5);
  CHECK(!open.result->pooled(0, 0, 2));  // snapshot count: no pooled figure
  Run ended(d.x, "cp_plans_ended", ym(2024, 1), ym(2024, 3));
  CHECK(ended.numerator("cp_plans_ended", ym(2024, 3)) == 3);  // P4, P7, P10
  CHECK(ended.numerator("cp_plans_ended", ym(2024, 2)) == 0);
}

TEST_CASE("cp_subsequent: an earlier plan in the extract or previous_plans") {
  Data d = cp_plans();
  Run run(d.x, "cp_subsequent", ym(2024, 3), ym(2024, 3));
  // P5 (D had P4), P6 (previous_plans 1) of P5-P10; P9/P10 start the same day.
  CHECK(run.numerator("cp_subsequent", ym(2024, 3)) == 2);
  CHECK(run.denominator("cp_subsequent", ym(2024, 3)) == 6);
}

TEST_CASE("cp_open_over_2y: calendar anniversaries and 29 February") {
  Data d = cp_plans();
  Run run(d.x, "cp_open_over_2y", ym(2024, 1), ym(2024, 3));
  // P1 reaches 2 years on 28 Feb 2024: not at 31 Jan, yes at 29 Feb and 31 Mar.
  CHECK(run.numerator("cp_open_over_2y", ym(2024, 1)) == 0);
  CHECK(run.numerator("cp_open_over_2y", ym(2024, 2)) == 1);
  CHECK(run.numerator("cp_open_over_2y", ym(2024, 3)) == 1);
  // Ended in March after 2 years or more: P4 (15 Mar 2022 - 15 Mar 2024), exactly 2 years.
  CHECK(run.numerator("cp_open_over_2y.ended", ym(2024, 3)) == 1);
  CHECK(!run.result->pooled(0, 0, 2));
  CHECK(run.pooled(1, 0, 2).numerator == 1);

  // A plan starting on 29 Feb 2024 reaches 2 years on 28 Feb 2026.
  Data leap;
  leap.cp_plan("L", "2024-02-29");
  Run later(leap.x, "cp_open_over_2y", ym(2026, 1), ym(2026, 2));
  CHECK(later.numerator("cp_open_over_2y", ym(2026, 1)) == 0);
  CHECK(later.numerator("cp_open_over_2y", ym(2026, 2)) == 1);
}

TEST_CASE("cin_plans_open: snapshot, started, over 6 months with clamped month ends") {
  Data d;
  d.cin_plan("A", "2023-08-31");  // + 6 months = 29 Feb 2024 (31 clamped)
  d.cin_plan("B", "2023-08-30");  // + 6 months = 29 Feb 2024 (30 clamped)
  d.cin_plan("C", "2023-08-28");  // + 6 months = 28 Feb 2024
  d.cin_plan("D", "2024-02-10", "2024-02-29");  // ends on the month end
  d.cin_plan("E", "2024-03-31");
  Run run(d.x, "cin_plans_open", ym(2024, 1), ym(2024, 3));
  CHECK(run.numerator("cin_plans_open", ym(2024, 1)) == 3);
  CHECK(run.numerator("cin_plans_open", ym(2024, 2)) == 3);  // D not open on its end day
  CHECK(run.numerator("cin_plans_open", ym(2024, 3)) == 4);
  // Over 6 months: the due date must be before the as-at date.
  CHECK(run.numerator("cin_plans_open.over_6m", ym(2024, 1)) == 0);
  CHECK(run.numerator("cin_plans_open.over_6m", ym(2024, 2)) == 1);  // C only: 29 Feb is not before 29 Feb
  CHECK(run.numerator("cin_plans_open.over_6m", ym(2024, 3)) == 3);
  CHECK(run.numerator("cin_plans_open.started", ym(2024, 2)) == 1);
  CHECK(run.numerator("cin_plans_open.started", ym(2024, 3)) == 1);
  CHECK(!run.result->pooled(0, 0, 2));
  CHECK(run.pooled(1, 0, 2).numerator == 2);
}

}  // TEST_SUITE
