// Strategy discussions, S47 enquiries and ICPCs on tiny hand-made extracts;
// working days counted by hand (England and Wales 2023-24: 25, 26 Dec and
// 1 Jan are bank holidays).
#include "indicator_fixture.h"

#include <sstream>

using namespace kpi;
using namespace kpi::test;

TEST_SUITE("indicator") {

TEST_CASE("strategy discussions: several children, earliest row dates, missing agency flags") {
  Data d;
  // D1: two children; rows dated 5 and 4 Mar: the discussion is dated 4 Mar.
  // Police is blank on B's row but Y on A's, health the other way round:
  // every agency involved, compliant, no finding.
  auto& a1 = d.strategy("D1", "A", "2024-03-05");
  a1.social_care = Flag::yes, a1.police = Flag::yes;
  auto& b1 = d.strategy("D1", "B", "2024-03-04");
  b1.social_care = Flag::yes, b1.health = Flag::yes;
  // D2: police N: not compliant, lacks police.
  auto& a2 = d.strategy("D2", "A", "2024-03-20");
  a2.social_care = Flag::yes, a2.police = Flag::no, a2.health = Flag::yes;
  // D3 on the month's last day: health blank on its only row: not involved,
  // not compliant, lacks health, and a data-quality finding.
  auto& c3 = d.strategy("D3", "C", "2024-03-31");
  c3.social_care = Flag::yes, c3.police = Flag::yes;
  // D4 in April, every agency and education.
  auto& a4 = d.strategy("D4", "A", "2024-04-01");
  a4.social_care = a4.police = a4.health = a4.education = Flag::yes;
  // D5: rows on 29 Feb and 2 Mar: dated 29 Feb. Only social care.
  auto& d5 = d.strategy("D5", "D", "2024-03-02");
  d5.social_care = Flag::yes, d5.police = d5.health = Flag::no;
  auto& d5b = d.strategy("D5", "E", "2024-02-29");
  d5b.police = d5b.health = Flag::no;

  Run count(d.x, "strategy_discussions", ym(2024, 2), ym(2024, 4));
  auto feb = ym(2024, 2), mar = ym(2024, 3), apr = ym(2024, 4);
  CHECK(count.numerator("strategy_discussions", feb) == 1);           // D5
  CHECK(count.numerator("strategy_discussions.children", feb) == 2);  // D, E
  CHECK(count.numerator("strategy_discussions", mar) == 3);           // D1, D2, D3
  CHECK(count.numerator("strategy_discussions.children", mar) == 3);  // A (twice), B, C
  CHECK(count.numerator("strategy_discussions.children", apr) == 1);  // A
  // Pooled Feb-Apr: 5 discussions; children {D, E} + {A, B, C} + {A}: A once: 5.
  CHECK(count.pooled(0, 0, 2).numerator == 5);
  CHECK(count.pooled(1, 0, 2).numerator == 5);
  // Pooled Mar-Apr: {A, B, C} + {A} = 3 children, not 4.
  CHECK(count.pooled(1, 1, 2).numerator == 3);

  Run wt(d.x, "strategy_wt_compliant", ym(2024, 2), ym(2024, 4));
  CHECK(wt.numerator("strategy_wt_compliant", mar) == 1);  // D1
  CHECK(wt.denominator("strategy_wt_compliant", mar) == 3);
  CHECK(wt.numerator("strategy_wt_compliant.no_police", mar) == 1);  // D2
  CHECK(wt.numerator("strategy_wt_compliant.no_health", mar) == 1);  // D3
  CHECK(!wt.value("strategy_wt_compliant.no_health", mar).denominator);
  CHECK(wt.numerator("strategy_wt_compliant.social_care", mar) == 3);
  CHECK(wt.numerator("strategy_wt_compliant.police", mar) == 2);
  CHECK(wt.numerator("strategy_wt_compliant.health", mar) == 2);
  CHECK(wt.numerator("strategy_wt_compliant.education", mar) == 0);
  CHECK(wt.denominator("strategy_wt_compliant.other", mar) == 3);
  CHECK(wt.result->findings(0, 0, 2).at("strategy discussion with agency flags not recorded") == 1);
  // February: D5 lacks police and health; social care is Y on D's row only.
  CHECK(wt.numerator("strategy_wt_compliant", feb) == 0);
  CHECK(wt.numerator("strategy_wt_compliant.no_police", feb) == 1);
  CHECK(wt.numerator("strategy_wt_compliant.social_care", feb) == 1);
  CHECK(wt.numerator("strategy_wt_compliant", apr) == 1);
  // Pooled Feb-Apr: compliant 0 + 1 + 1 of 1 + 3 + 1.
  auto pooled = wt.pooled(0, 0, 2);
  CHECK(pooled.numerator == 2);
  CHECK(pooled.denominator == 5);
}

TEST_CASE("S47 and ICPC: not required, ICPC before its S47, 15 vs 16 working days, flags") {
  Data d;
  // S1 Mon 8 Jan; its ICPC row Mon 29 Jan: 9-12 (4), 15-19 (9), 22-26 (14), 29 (15): in time.
  d.s47("A", "2024-01-08");
  d.icpc("A", "2024-01-29", 0).result_cp_plan = Flag::yes;
  // S2 the same start, ICPC date on the S47 row only, Tue 30 Jan: 16, late.
  // Flag blank and B's CP plan starts on exactly 30 Jan: counts as a plan.
  d.s47("B", "2024-01-08", "2024-01-30");
  d.cp_plan("B", "2024-01-30");
  // S3: ICPC not required (its date is ignored): no ICPC in any ICPC figure.
  d.s47("C", "2024-01-15", "2024-01-20").icpc_not_required = Flag::yes;
  // S4 22 Jan; ICPC row 19 Jan, before the S47: in s47_to_icpc and
  // icpc_to_cp_plan (flag N is final even with a plan that day), not in icpc_15wd.
  d.s47("D", "2024-01-22");
  d.icpc("D", "2024-01-19", 3).result_cp_plan = Flag::no;
  d.cp_plan("D", "2024-01-19");
  // S5 31 Jan: no ICPC.
  d.s47("E", "2024-01-31");
  // An ICPC row with no S47: not measurable in icpc_15wd; blank flag, no plan.
  d.icpc("F", "2024-01-25");
  // S6 Wed 20 Dec 2023; ICPC Fri 12 Jan: Dec 21, 22 (2), 27-29 (5), Jan 2-5
  // (9), 8-12 (14): in time. Blank flag; G's plan starts the next day: no plan.
  d.s47("G", "2023-12-20");
  d.icpc("G", "2024-01-12", 5);
  d.cp_plan("G", "2024-01-13");

  auto dec = ym(2023, 12), jan = ym(2024, 1);
  Run started(d.x, "s47_started", dec, jan);
  CHECK(started.numerator("s47_started", jan) == 5);
  CHECK(started.numerator("s47_started", dec) == 1);

  Run to_icpc(d.x, "s47_to_icpc", dec, jan);
  // January: S1 (linked row), S2, S4 (before its start, still an ICPC) of 5.
  CHECK(to_icpc.numerator("s47_to_icpc", jan) == 3);
  CHECK(to_icpc.denominator("s47_to_icpc", jan) == 5);

  Run timely(d.x, "icpc_15wd", dec, jan);
  // ICPCs in January: S1 (15), S2 (16), G (14); S3 not required, S4 before
  // its S47, F without S47 excluded -> 2 / 3.
  CHECK(timely.numerator("icpc_15wd", jan) == 2);
  CHECK(timely.denominator("icpc_15wd", jan) == 3);
  auto excluded = timely.result->excluded(0, 0, 1);
  CHECK(excluded.at("excluded: ICPC before its S47 start") == 1);
  CHECK(excluded.at("excluded: S47 says ICPC not required") == 1);
  CHECK(excluded.at("excluded: no S47 to measure from") == 1);
  CHECK(timely.result->findings(0, 0, 1).at("ICPC before its S47 start") == 1);
  // December: no ICPC held: no value.
  CHECK(!timely.value("icpc_15wd", dec).value(Unit::percent));

  Run plan(d.x, "icpc_to_cp_plan", dec, jan);
  // S1 Y, S2 blank + plan that day: yes; S4 N; F blank, no plan; G blank, plan
  // next day: no; S3 excluded -> 2 / 5.
  CHECK(plan.numerator("icpc_to_cp_plan", jan) == 2);
  CHECK(plan.denominator("icpc_to_cp_plan", jan) == 5);
}

TEST_CASE("icpc_to_cp_plan: a result flag never leaks to another ICPC of the same S47") {
  // Read and linked as the extract layer does: the earliest ICPC (I1, 10 Mar,
  // result N) fills the S47's blank icpc_date and result flag. I2 (20 Mar,
  // result blank) has a CP plan starting that very day, so it resulted in a
  // plan: the S47's N describes I1 only. Expected 1 / 2.
  Extracts x;
  std::istringstream s47("s47_id,child_id,start_date\nS1,C1,2025-03-03\n");
  std::istringstream icpcs("icpc_id,s47_id,child_id,icpc_date,result_cp_plan\n"
                           "I2,S1,C1,2025-03-20,\nI1,S1,C1,2025-03-10,N\n");
  std::istringstream plans("plan_id,child_id,start_date\nP1,C1,2025-03-20\n");
  read_extract(s47, "s47.csv", Kind::s47_enquiries, {}, x);
  read_extract(icpcs, "icpcs.csv", Kind::icpcs, {}, x);
  read_extract(plans, "cp_plans.csv", Kind::cp_plans, {}, x);
  finish_extracts(x);
  REQUIRE(x.s47_enquiries[0].icpc_result_cp_plan == Flag::no);  // filled from I1
  Run plan(x, "icpc_to_cp_plan", ym(2025, 3), ym(2025, 3));
  CHECK(plan.numerator("icpc_to_cp_plan", ym(2025, 3)) == 1);
  CHECK(plan.denominator("icpc_to_cp_plan", ym(2025, 3)) == 2);
}

TEST_CASE("s47_to_cin_plan: outcome text") {
  Data d;
  d.s47("A", "2024-01-02").end = day("2024-02-01");
  d.x.s47_enquiries.back().outcome = d.id("CIN plan");
  d.s47("B", "2024-01-03").end = day("2024-02-10");
  d.x.s47_enquiries.back().outcome = d.id("Initial child protection conference");
  d.s47("C", "2024-01-04").end = day("2024-02-29");  // outcome not recorded
  d.s47("D", "2024-01-04").end = day("2024-03-01");
  d.x.s47_enquiries.back().outcome = d.id("s17");
  d.s47("E", "2024-01-05").end = day("2024-03-04");
  d.x.s47_enquiries.back().outcome = d.id("Child In Need");  // SPEC: any case
  d.s47("F", "2024-01-05").end = day("2024-03-05");
  d.x.s47_enquiries.back().outcome = d.id("CHILD IN NEED");
  d.s47("G", "2024-01-05").end = day("2024-03-06");
  d.x.s47_enquiries.back().outcome = d.id("cp plan");
  Run run(d.x, "s47_to_cin_plan", ym(2024, 2), ym(2024, 3));
  CHECK(run.numerator("s47_to_cin_plan", ym(2024, 2)) == 1);
  CHECK(run.denominator("s47_to_cin_plan", ym(2024, 2)) == 3);
  CHECK(run.numerator("s47_to_cin_plan", ym(2024, 3)) == 3);   // D, E, F
  CHECK(run.denominator("s47_to_cin_plan", ym(2024, 3)) == 4);
}

}  // TEST_SUITE
