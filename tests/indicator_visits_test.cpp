// Visits in time and seen in time on tiny hand-made extracts. Visits are
// linked to plans by hand, as finish_extracts would link them.
#include "indicator_fixture.h"

using namespace kpi;
using namespace kpi::test;

TEST_SUITE("indicator") {

TEST_CASE("cp_visits_in_time: first from plan start, same day, not seen, outside plan") {
  Data d;
  d.cp_plan("A", "2024-01-08", "2024-02-15");  // plan 0: Mon 8 Jan
  d.cp_plan("B", "2023-12-22");                // plan 1: Fri 22 Dec 2023
  // V1 Mon 22 Jan, first visit: 9-12 Jan (4), 15-19 (9), 22 (10): in time.
  d.visit("A", "2024-01-22", VisitType::cp, 0);
  // V2 the same day: gap 0.
  d.visit("A", "2024-01-22", VisitType::cp, 0);
  // V3 Mon 5 Feb not seen: neither counts nor restarts the clock.
  d.visit("A", "2024-02-05", VisitType::cp, 0, VisitLink::in_plan, Flag::no);
  // V4 Tue 6 Feb from 22 Jan: 23-26 (4), 29 Jan-2 Feb (9), 5 (10), 6 (11): late.
  d.visit("A", "2024-02-06", VisitType::cp, 0);
  // V5 after the plan ended: left out, reported.
  d.visit("A", "2024-02-20", VisitType::cp, 0, VisitLink::outside_plan);
  // V6 Mon 8 Jan, B's first visit after a start in the previous month:
  // Dec 27-29 (3; 25, 26 Dec holidays), Jan 2-5 (7; 1 Jan holiday), 8 (8): in time.
  d.visit("B", "2024-01-08", VisitType::cp, 1);
  // V7: C has no plan: left out.
  d.visit("C", "2024-01-15", VisitType::cp, no_row, VisitLink::no_plan);
  // A CiN visit is not a CP visit.
  d.cin_plan("A", "2024-01-01");
  d.visit("A", "2024-01-10", VisitType::cin, 0);

  Run run(d.x, "cp_visits_in_time", ym(2024, 1), ym(2024, 3));
  CHECK(run.numerator("cp_visits_in_time", ym(2024, 1)) == 3);  // V1, V2, V6
  CHECK(run.denominator("cp_visits_in_time", ym(2024, 1)) == 3);
  CHECK(run.numerator("cp_visits_in_time", ym(2024, 2)) == 0);  // V4 late
  CHECK(run.denominator("cp_visits_in_time", ym(2024, 2)) == 1);
  // March: no visits: no value, not 0%.
  CHECK(!run.value("cp_visits_in_time", ym(2024, 3)).value(Unit::percent));
  auto jan = run.cases("cp_visits_in_time", ym(2024, 1));
  Case first = only_case(jan, d.id("A"), "in time (first visit)");
  Case same_day = only_case(jan, d.id("A"), "in time");
  Case b = only_case(jan, d.id("B"));
  CHECK(first.days == 10);
  CHECK(same_day.days == 0);
  CHECK(b.days == 8);
  auto excluded = run.result->excluded(0, 0, 2);
  CHECK(excluded.at("excluded: visit dated outside its plan") == 1);
  CHECK(excluded.at("excluded: visit in no plan") == 1);
  CHECK(excluded.at("excluded: not seen") == 1);
  // Pooled January to March: (3 + 0) / (3 + 1).
  auto pooled = run.pooled(0, 0, 2);
  CHECK(pooled.numerator == 3);
  CHECK(pooled.denominator == 4);
}

TEST_CASE("cin_visits_in_time: within 6 weeks is at most 42 days") {
  Data d;
  d.cin_plan("D", "2024-01-01");
  d.visit("D", "2024-02-12", VisitType::cin, 0);  // 42 days after 1 Jan: in time
  d.visit("D", "2024-03-25", VisitType::cin, 0);  // 12 Feb + 29 = 12 Mar, + 13 = 42: in time
  d.visit("D", "2024-05-07", VisitType::cin, 0);  // 25 Mar + 31 = 25 Apr, + 12 = 43: late
  Run run(d.x, "cin_visits_in_time", ym(2024, 2), ym(2024, 5));
  CHECK(run.numerator("cin_visits_in_time", ym(2024, 2)) == 1);
  CHECK(run.numerator("cin_visits_in_time", ym(2024, 3)) == 1);
  CHECK(run.numerator("cin_visits_in_time", ym(2024, 5)) == 0);
  CHECK(run.denominator("cin_visits_in_time", ym(2024, 5)) == 1);
  CHECK(run.denominator("cin_visits_in_time", ym(2024, 4)) == 0);
}

TEST_CASE("cla_visits_in_time: first within 7 days of the later start, then 42 days") {
  Data d;
  d.cla("E", "2024-01-01").placement_start = day("2024-01-10");
  d.visit("E", "2024-01-17", VisitType::cla, 0);  // 7 days after the placement start: in time
  d.visit("E", "2024-02-28", VisitType::cla, 0);  // 17 Jan + 31 = 17 Feb, + 11 = 42: in time
  d.visit("E", "2024-04-11", VisitType::cla, 0);  // 28 Feb + 29 = 28 Mar, + 14 = 43: late
  d.cla("F", "2024-01-03");
  d.visit("F", "2024-01-11", VisitType::cla, 1);  // 8 days after the start: late
  Run run(d.x, "cla_visits_in_time", ym(2024, 1), ym(2024, 4));
  CHECK(run.numerator("cla_visits_in_time", ym(2024, 1)) == 1);
  CHECK(run.denominator("cla_visits_in_time", ym(2024, 1)) == 2);
  CHECK(run.numerator("cla_visits_in_time", ym(2024, 2)) == 1);
  CHECK(run.numerator("cla_visits_in_time", ym(2024, 4)) == 0);
  CHECK(run.denominator("cla_visits_in_time", ym(2024, 4)) == 1);
}

TEST_CASE("cla_visits_in_time: a later placement restarts the first-visit clock") {
  Data d;
  d.cla("G", "2025-01-10").placement_start = day("2025-03-01");
  d.visit("G", "2025-01-20", VisitType::cla, 0);  // 10 days after the episode start: late
  d.visit("G", "2025-03-05", VisitType::cla, 0);  // first since the placement (1 Mar): 4 days, in time
                                                  // (49 days after 20 Jan: the placement restarts)
  d.visit("G", "2025-04-15", VisitType::cla, 0);  // 5 Mar + 26 = 31 Mar, + 15 = 41 days: in time
  Run run(d.x, "cla_visits_in_time", ym(2025, 1), ym(2025, 4));
  CHECK(run.numerator("cla_visits_in_time", ym(2025, 1)) == 0);
  CHECK(run.denominator("cla_visits_in_time", ym(2025, 1)) == 1);
  CHECK(run.numerator("cla_visits_in_time", ym(2025, 3)) == 1);
  CHECK(run.denominator("cla_visits_in_time", ym(2025, 3)) == 1);
  CHECK(run.numerator("cla_visits_in_time", ym(2025, 4)) == 1);
}

namespace {

Data seen_data() {
  Data d;
  d.cp_plan("A", "2024-01-08").date_of_birth = day("2020-01-31");  // plan 0; 4 on 31 Jan
  d.visit("A", "2024-01-22", VisitType::cp, 0);
  d.visit("A", "2024-02-20", VisitType::cp, 0);
  d.visit("A", "2024-03-05", VisitType::cp, 0, VisitLink::in_plan, Flag::no);
  d.cp_plan("B", "2023-11-01").date_of_birth = day("2010-06-01");  // plan 1
  d.visit("B", "2023-11-05", VisitType::cp, 1);
  d.cp_plan("B", "2024-03-25").date_of_birth = day("2010-06-01");  // plan 2: B's later plan
  d.cp_plan("C", "2024-03-15", "2024-03-31");                      // plan 3: never open at a month end
  d.cp_plan("D", "2024-01-15");                                    // plan 4: no date of birth
  d.visit("D", "2024-04-02", VisitType::cp, 4);                    // after every as-at date
  return d;
}

}  // namespace

TEST_CASE("cp_seen_in_time: per child, plan started last, latest seen visit or plan start") {
  Data d = seen_data();
  Run run(d.x, "cp_seen_in_time", ym(2024, 1), ym(2024, 3));
  // 31 Jan: A from 22 Jan: 23-26, 29-31 = 7: in time. B (plan 1) from 5 Nov: late.
  // D from its start Mon 15 Jan: 16-19 (4), 22-26 (9), 29-31 (12): late -> 1 / 3.
  CHECK(run.numerator("cp_seen_in_time", ym(2024, 1)) == 1);
  CHECK(run.denominator("cp_seen_in_time", ym(2024, 1)) == 3);
  // 29 Feb: A from Tue 20 Feb: 21-23 (3), 26-29 (7): in time; B, D late -> 1 / 3.
  CHECK(run.numerator("cp_seen_in_time", ym(2024, 2)) == 1);
  // 31 Mar: A from 20 Feb (5 Mar not seen): late. B on plan 2 (started last)
  // from its start Mon 25 Mar: 26-28 (3; Good Friday 29 Mar): in time. D late -> 1 / 3.
  CHECK(run.numerator("cp_seen_in_time", ym(2024, 3)) == 1);
  CHECK(run.denominator("cp_seen_in_time", ym(2024, 3)) == 3);
  Case b = only_case(run.cases("cp_seen_in_time", ym(2024, 3)), d.id("B"));
  CHECK(b.from == day("2024-03-25"));
  // A snapshot percentage pools the month ends: 3 / 9.
  auto pooled = run.pooled(0, 0, 2);
  CHECK(pooled.numerator == 3);
  CHECK(pooled.denominator == 9);
  // By age band in January: A 1-4 in time, B 10-15 late, D no date of birth.
  auto rows = breakdown(*run.family, 0, run.result->cases(), BreakdownKey::age_band, 0, 0,
                        run.periods, d.x);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].key == "1-4");
  CHECK(rows[0].value.numerator == 1);
  CHECK(rows[0].value.denominator == 1);
  CHECK(rows[1].key == "10-15");
  CHECK(rows[1].value.numerator == 0);
  CHECK(rows[2].key == "(no date of birth)");
}

TEST_CASE("cp_seen_in_time without a visits extract: Annex A last visit, latest month only") {
  Data d = seen_data();
  d.x.visits.clear();
  d.x.has[static_cast<int>(Kind::visits)] = false;
  d.x.cp_plans[0].last_visit = day("2024-03-25");  // A: 3 working days before 31 Mar: in time
  Run run(d.x, "cp_seen_in_time", ym(2024, 1), ym(2024, 3));
  CHECK(!run.result->value(0, 0));  // January: no value possible
  CHECK(!run.result->value(0, 1));
  // March: A in time, B plan 2 from its start in time, D from its start late.
  CHECK(run.numerator("cp_seen_in_time", ym(2024, 3)) == 2);
  CHECK(run.denominator("cp_seen_in_time", ym(2024, 3)) == 3);
  CHECK(!run.result->pooled(0, 0, 2));  // pooled over months without a value: none
  CHECK(run.pooled(0, 2, 2).numerator == 2);
  // The last-visit dates describe the latest month in the data (C's plan ends
  // 31 Mar, a month end: March). A run ending in February has no value at all.
  Run earlier(d.x, "cp_seen_in_time", ym(2024, 1), ym(2024, 2));
  CHECK(!earlier.result->value(0, 1));
}

TEST_CASE("cin_seen_in_time: 42 days") {
  Data d;
  d.cin_plan("A", "2024-01-01");
  d.visit("A", "2024-02-18", VisitType::cin, 0);  // to 31 Mar: 29 + 13 = 42: in time
  d.cin_plan("B", "2024-01-01");
  d.visit("B", "2024-02-17", VisitType::cin, 1);  // 43: not in time
  Run run(d.x, "cin_seen_in_time", ym(2024, 1), ym(2024, 3));
  CHECK(run.numerator("cin_seen_in_time", ym(2024, 1)) == 2);  // 30 days from the start
  CHECK(run.numerator("cin_seen_in_time", ym(2024, 3)) == 1);
  CHECK(run.denominator("cin_seen_in_time", ym(2024, 3)) == 2);
}

}  // TEST_SUITE
