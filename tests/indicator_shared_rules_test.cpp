// The due list and the indicators read one set of rules (src/indicator/
// measured_from.h, open_plan.h, Calendar::deadline). Each case puts one row
// through both and checks they agree: the same reference date, the same plan,
// and a due date that is the last day the indicator calls in time. The first
// case failed before the due list used measured_from: it had no fallback to the
// child's latest referral, so it measured such an assessment from its start.
// Working days counted by hand (england-and-wales, no bank holiday in October
// or November 2017).
#include "indicator_fixture.h"
#include "kpi/due.h"

using namespace kpi;
using namespace kpi::test;

namespace {

// The working day after `day`.
Date next_working_day(const Calendar& calendar, Date day) {
  return calendar.add_working_days(day, 1);
}

}  // namespace

TEST_SUITE("indicator") {

TEST_CASE("due and assessments_45wd measure from the same referral") {
  Data d;
  d.referral("C1", "2017-09-01");
  d.referral("C1", "2017-10-02");  // the latest on or before the start: this one
  d.referral("C1", "2017-10-20");  // after the start: not this one
  Assessment& assessment = d.assessment("C1", "2017-10-09", "");
  SUBCASE("the assessment carries no referral_id") {}
  SUBCASE("its referral_id names no referral in the extracts") {
    assessment.referral = d.id("R404");
  }
  Settings settings = default_settings();
  settings.assessment_from_referral = true;

  for (Counting counting : {Counting::elapsed, Counting::inclusive}) {
    CAPTURE(counting_name(counting));
    Calendar calendar(Division::england_and_wales, counting);
    d.x.assessments[0].authorised = std::nullopt;
    DueList due = compute_due(d.x, calendar, settings, day("2017-11-30"), 10);
    REQUIRE(due.items.size() == 1);
    const DueItem item = due.items[0];
    CHECK(item.reference_what == "referral");
    CHECK(item.reference == day("2017-10-02"));
    // From Mon 2 Oct: 21 working days to 31 Oct, 22 in November (43), Fri 1 Dec
    // 44, Mon 4 Dec 45. Inclusive counting makes 2 Oct day 1, so day 45 is 1 Dec.
    CHECK(item.due == day(counting == Counting::elapsed ? "2017-12-04" : "2017-12-01"));

    // Authorised on the due date: assessments_45wd measures from the same
    // referral and calls it in time, on day 45; a working day later, day 46, late.
    d.x.assessments[0].authorised = item.due;
    Run on_time(d.x, "assessments_45wd", ym(2017, 12), ym(2017, 12), settings, calendar);
    auto cases = on_time.cases("assessments_45wd", ym(2017, 12));
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].from == item.reference);
    CHECK(cases[0].days == 45);
    CHECK(cases[0].numerator);

    d.x.assessments[0].authorised = next_working_day(calendar, item.due);
    Run late(d.x, "assessments_45wd", ym(2017, 12), ym(2017, 12), settings, calendar);
    cases = late.cases("assessments_45wd", ym(2017, 12));
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].from == item.reference);
    CHECK(cases[0].days == 46);
    CHECK_FALSE(cases[0].numerator);
  }
}

TEST_CASE("due and assessments_45wd: without a referral both measure from the start") {
  Data d;
  d.referral("C1", "2017-10-20");  // after the start
  d.assessment("C1", "2017-10-09", "");
  Settings settings = default_settings();
  settings.assessment_from_referral = true;
  const Calendar& calendar = Run::england();
  DueList due = compute_due(d.x, calendar, settings, day("2017-11-30"), 10);
  REQUIRE(due.items.size() == 1);
  CHECK(due.items[0].reference_what == "start");
  CHECK(due.items[0].reference == day("2017-10-09"));
  CHECK(due.items[0].due == day("2017-12-11"));  // 45 working days after Mon 9 Oct

  d.x.assessments[0].authorised = day("2017-12-11");
  Run run(d.x, "assessments_45wd", ym(2017, 12), ym(2017, 12), settings);
  auto cases = run.cases("assessments_45wd", ym(2017, 12));
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].from == day("2017-10-09"));
  CHECK(cases[0].days == 45);
  CHECK(cases[0].reason == "in time (no referral: from start)");
}

TEST_CASE("due and cp_seen_in_time judge the open plan that started last") {
  Data d;
  CpPlan& first = d.cp_plan("C1", "2017-10-02");
  first.id = d.id("P1");
  d.visit("C1", "2017-11-27", VisitType::cp, 0);  // P1 was seen recently
  CpPlan& second = d.cp_plan("C1", "2017-11-13");
  second.id = d.id("P2");
  CpPlan& same_day = d.cp_plan("C1", "2017-11-13");  // started the same day, a later row
  same_day.id = d.id("P3");
  const Origin chosen = d.x.cp_plans[2].origin;
  const Calendar& calendar = Run::england();

  // As at Thu 30 Nov: P3 (the later row of the two started on Mon 13 Nov) is
  // not yet visited: 14-17 Nov (4), 20-24 (9), Mon 27 Nov (10) is the due date;
  // 28, 29, 30 Nov: 3 working days overdue.
  DueList due = compute_due(d.x, calendar, default_settings(), day("2017-11-30"), 5);
  REQUIRE(due.items.size() == 1);
  const DueItem& item = due.items[0];
  CHECK(item.item == "P3");
  CHECK(item.where == d.x.where(chosen));
  CHECK(item.reference_what == "plan start");
  CHECK(item.reference == day("2017-11-13"));
  CHECK(item.due == day("2017-11-27"));
  CHECK(item.working_days == 3);
  CHECK(item.overdue);

  // The November snapshot judges the same row from the same date: 13 working
  // days (14 Nov to 30 Nov) > 10, not seen in time, as the list says overdue.
  Run run(d.x, "cp_seen_in_time", ym(2017, 11), ym(2017, 11));
  auto cases = run.cases("cp_seen_in_time", ym(2017, 11));
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].origin.line == chosen.line);
  CHECK(cases[0].from == item.reference);
  CHECK(cases[0].days == 13);
  CHECK(cases[0].numerator == !item.overdue);
}

}  // TEST_SUITE

// A family that needs a column no file has says so, instead of counting every
// row as "not recorded" (a CIN census has no assessment outcome).
TEST_CASE("a column no extract has: the family says which, unless another extract stands in") {
  auto missing = [](const char* id, const std::vector<std::pair<std::string, std::string>>& files) {
    kpi::Extracts x;
    for (const auto& [name, csv] : files) {
      std::istringstream in(csv);
      kpi::read_extract(in, name, std::nullopt, {}, x);
    }
    kpi::finish_extracts(x);
    return missing_extracts(*find_indicator(id)->family, x);
  };
  const std::string without = "assessment_id,child_id,start_date,authorised_date\nA1,C1,2025-01-06,2025-01-20\n";
  const std::string with = "assessment_id,child_id,start_date,authorised_date,outcome\nA2,C2,2025-01-06,2025-01-20,cin\n";
  CHECK(missing("assessment_outcomes", {{"a.csv", without}}) ==
        "needs assessments with the outcome column");
  // One file with the column is enough: rows of the other are "not recorded".
  CHECK(missing("assessment_outcomes", {{"a.csv", without}, {"b.csv", with}}).empty());
  CHECK(missing("assessments_45wd", {{"a.csv", without}}).empty());

  const std::string plans = "plan_id,child_id,start_date\nP1,C1,2025-01-06\n";
  const std::string visits = "visit_id,child_id,visit_date,visit_type\nV1,C1,2025-01-08,cp\n";
  CHECK(missing("cp_seen_in_time", {{"cp_plans.csv", plans}}) ==
        "needs a visits extract, or cp_plans with the last_visit_date column");
  CHECK(missing("cp_seen_in_time", {{"cp_plans.csv", plans}, {"visits.csv", visits}}).empty());
  // A kind not read at all is said as before.
  CHECK(missing("s47_to_cin_plan", {{"cp_plans.csv", plans}}) == "needs a s47_enquiries extract");
}
