// De-duplication, linking and the cross-row findings of finish_extracts.
#include "extract_test_helpers.h"

#include <fmt/format.h>

#include <algorithm>

using namespace extract_test;
using kpi::Kind;
using kpi::VisitLink;

TEST_SUITE("extract") {

TEST_CASE("duplicates across files: the last read wins, earlier rows are excluded in their file") {
  auto x = run({{"jan.csv", "referral_id,child_id,referral_date,nfa\nR1,C1,2017-01-05,N\nR2,C2,2017-01-06,N\n"},
                {"feb.csv", "referral_id,child_id,referral_date,nfa\nR1,C1,2017-01-05,Y\n,C3,2017-02-01,N\n"
                            ",C3,2017-02-01,N\nR2,C2,31/02/2017,N\n"}});
  // R1 from feb.csv wins; R2 stays from jan.csv (feb's R2 row is invalid, so it
  // does not displace it); the two rows without an id are never merged.
  REQUIRE(x.referrals.size() == 4);
  CHECK(x.where(x.referrals[0].origin) == "jan.csv:3");  // reading order kept
  CHECK(x.where(x.referrals[1].origin) == "feb.csv:2");
  CHECK(x.referrals[1].nfa == kpi::Flag::yes);
  CHECK(x.files[0].rows == 2);
  CHECK(x.files[0].used == 1);
  CHECK(x.files[0].excluded.at("duplicate id") == 1);
  CHECK(x.files[1].rows == 4);
  CHECK(x.files[1].used == 3);
  CHECK(x.files[1].excluded.at("invalid referral_date") == 1);
  CHECK(x.files[1].excluded.count("duplicate id") == 0);
  bool said = false;
  for (const auto& m : x.messages)
    said = said || m == "jan.csv:2: duplicate referral_id 'R1': the row at feb.csv:2 is used";
  CHECK(said);
  // Date ranges are over the used rows.
  CHECK(day(x.files[0].first_date) == "2017-01-06");
  CHECK(day(x.files[0].last_date) == "2017-01-06");
}

TEST_CASE("strategy discussions: duplicates are keyed by discussion and child") {
  auto x = run({{"sd.csv", "discussion_id,child_id,discussion_date,social_care,police,health\n"
                           "D1,C1,2017-11-01,Y,Y,Y\nD1,C2,2017-11-01,Y,Y,Y\nD1,C1,2017-11-01,Y,Y,Y\n"}});
  CHECK(x.strategy_rows.size() == 2);
  CHECK(x.files[0].excluded.at("duplicate id") == 1);
  // Line 2 (D1, C1) gives way to line 4, the same pair read later.
  CHECK(x.messages.at(0) == "sd.csv:2: duplicate discussion_id 'D1' for child 'C1': the row at "
                            "sd.csv:4 is used");
}

TEST_CASE("strategy discussions with key agency flags not recorded are a finding once") {
  auto x = run({{"sd.csv", "discussion_id,child_id,discussion_date,social_care,police,health\n"
                           "D1,C1,2017-11-02,Y,,\nD1,C2,2017-11-01,Y,Y,\nD2,C3,2017-11-01,Y,N,Y\n"}});
  // D1: police is Y on one row; health is blank everywhere -> one finding, on
  // the discussion's earliest row (line 3). D2 says N: recorded, no finding.
  CHECK(x.files[0].findings.at("agency flags not recorded") == 1);
  CHECK(x.messages.back() ==
        "sd.csv:3: discussion 'D1': health not recorded (counted as not involved)");
}

TEST_CASE("ICPCs link to their S47 by id, else to the child's latest S47 on or before") {
  auto x = run({{"s47.csv", "s47_id,child_id,start_date,icpc_date,icpc_result_cp_plan\n"
                            "S1,C1,2017-10-01,,\nS2,C1,2017-11-01,,\nS3,C2,2017-11-10,2017-11-20,N\n"
                            "S4,C4,2017-11-10,,\n"},
                {"icpcs.csv", "icpc_id,s47_id,child_id,icpc_date,result_cp_plan\n"
                              "I1,,C1,2017-11-15,Y\nI2,S3,C2,2017-11-05,Y\nI3,,C9,2017-11-15,N\n"
                              "I4,S4,C4,2017-11-20,\nI5,S4,C4,2017-11-24,Y\n"}});
  REQUIRE(x.icpcs.size() == 5);
  // I1: no s47_id; C1's S47s start 10-01 and 11-01: the latest on or before 11-15 is S2.
  REQUIRE(x.icpcs[0].s47 != kpi::no_row);
  CHECK(x.strings.str(x.s47_enquiries[x.icpcs[0].s47].id) == "S2");
  // S2's blank icpc_date and flag are filled from I1.
  CHECK(day(x.s47_enquiries[1].icpc_date) == "2017-11-15");
  CHECK(x.s47_enquiries[1].icpc_result_cp_plan == kpi::Flag::yes);
  CHECK_FALSE(x.s47_enquiries[0].icpc_date);
  // I2 names S3 but is dated before its start: a finding. S3's own values stay.
  CHECK(x.strings.str(x.s47_enquiries[x.icpcs[1].s47].id) == "S3");
  CHECK(x.files[1].findings.at("icpc before s47 start") == 1);
  CHECK(day(x.s47_enquiries[2].icpc_date) == "2017-11-20");
  CHECK(x.s47_enquiries[2].icpc_result_cp_plan == kpi::Flag::no);
  // I3: child without any S47.
  CHECK(x.icpcs[2].s47 == kpi::no_row);
  CHECK(x.files[1].findings.at("icpc without s47") == 1);
  // I4 and I5 both name S4: the earlier ICPC fills the date; its blank flag
  // leaves S4's blank (the later I5's Y does not fill it).
  CHECK(day(x.s47_enquiries[3].icpc_date) == "2017-11-20");
  CHECK(x.s47_enquiries[3].icpc_result_cp_plan == kpi::Flag::unknown);
}

TEST_CASE("visits link to the named plan, else the child's plan covering the date") {
  auto x = run({{"cp_plans.csv", "plan_id,child_id,start_date,end_date\n"
                                 "P1,C1,2017-01-01,2017-06-30\n"   // C1: two overlapping plans
                                 "P2,C1,2017-03-01,\n"
                                 "P3,C2,2017-01-01,2017-02-28\n"   // C2: one plan
                                 "P4,C3,2017-01-01,2017-01-31\nP5,C3,2017-03-01,2017-03-31\n"},
                {"visits.csv", "visit_id,child_id,visit_date,visit_type,plan_id\n"
                               "V1,C1,2017-04-01,cp,\n"     // P1 and P2 cover it: P2 started last
                               "V2,C1,2017-02-01,cp,\n"     // only P1 covers it
                               "V3,C1,2017-04-01,cp,P1\n"   // named: P1
                               "V4,C1,2017-08-01,cp,P1\n"   // named P1 ended 06-30: outside
                               "V5,C2,2017-02-28,cp,\n"     // end inclusive: in P3
                               "V6,C2,2017-03-01,cp,\n"     // single plan, after its end: outside
                               "V7,C3,2017-02-15,cp,\n"     // two plans, neither covers: no plan
                               "V8,C9,2017-02-15,cp,\n"     // no plan at all
                               "V9,C1,2017-04-01,cin,\n"}}); // no CiN plans extract
  REQUIRE(x.visits.size() == 9);
  auto plan_of = [&](int v) {
    return x.visits[v].plan == kpi::no_row ? std::string("none")
                                           : std::string(x.strings.str(x.cp_plans[x.visits[v].plan].id));
  };
  CHECK(plan_of(0) == "P2");
  CHECK(x.visits[0].link == VisitLink::in_plan);
  CHECK(plan_of(1) == "P1");
  CHECK(plan_of(2) == "P1");
  CHECK(x.visits[2].link == VisitLink::in_plan);
  CHECK(plan_of(3) == "P1");
  CHECK(x.visits[3].link == VisitLink::outside_plan);
  CHECK(plan_of(4) == "P3");
  CHECK(x.visits[4].link == VisitLink::in_plan);
  CHECK(plan_of(5) == "P3");
  CHECK(x.visits[5].link == VisitLink::outside_plan);
  CHECK(plan_of(6) == "none");
  CHECK(x.visits[6].link == VisitLink::no_plan);
  CHECK(x.visits[7].link == VisitLink::no_plan);
  CHECK(x.visits[8].link == VisitLink::no_plan);
  const auto& findings = x.files[1].findings;
  CHECK(findings.at("visit outside its plan") == 2);
  CHECK(findings.at("visit in no plan") == 3);
  bool outside = false, no_cin = false;
  for (const auto& m : x.messages) {
    outside = outside || m == "visits.csv:5: cp visit on 2017-08-01 is outside its plan (plan "
                              "'P1', 2017-01-01 to 2017-06-30, at cp_plans.csv:2)";
    no_cin = no_cin || m == "visits.csv: no cin_plans extract was read, so its 1 cin visits are "
                            "in no plan";
  }
  CHECK(outside);
  CHECK(no_cin);
}

// Some systems' SSD visit tables name the plan and not the child (the Mosaic
// build's ssd_cp_visits and ssd_cin_visits).
TEST_CASE("visits that name only their plan take its child; no plan, no child: excluded") {
  auto x = run({{"ssd_cp_plans.csv", "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,"
                                     "cppl_cp_plan_end_date\n9451,C1,2024-04-01,NULL\n"},
                {"ssd_cp_visits.csv", "cppv_cp_visit_id,cppv_cp_plan_id,cppv_cp_visit_date,"
                                      "cppv_cp_visit_seen\n"
                                      "9491,9451,2024-04-22 10:00:00.000,Y\n"  // child from 9451
                                      "9492,9999,2024-04-23,Y\n"               // no such plan
                                      "9493,9451,2024-03-01,Y\n"},             // before the plan
                {"ssd_cin_visits.csv", "cinv_cin_visit_id,cinv_cin_plan_id,cinv_cin_visit_date\n"
                                       "9495,9441,2024-04-29\n"}});  // no CiN plans read
  REQUIRE(x.visits.size() == 2);
  CHECK(x.strings.str(x.visits[0].child) == "C1");
  CHECK(x.visits[0].plan == 0);
  CHECK(x.visits[0].link == VisitLink::in_plan);
  CHECK(x.strings.str(x.visits[1].child) == "C1");
  CHECK(x.visits[1].link == VisitLink::outside_plan);
  // Every row read is used or excluded: 3 = 2 + 1, and 1 = 0 + 1.
  const kpi::FileReport& cp = x.files.at(1);
  CHECK(cp.rows == 3);
  CHECK(cp.used == 2);
  CHECK(cp.excluded.at("plan not found (no child_id)") == 1);
  CHECK(cp.findings.at("visit outside its plan") == 1);
  const kpi::FileReport& cin = x.files.at(2);
  CHECK(cin.rows == 1);
  CHECK(cin.used == 0);
  CHECK(cin.excluded.at("plan not found (no child_id)") == 1);
  std::vector<std::string> want = {
      "ssd_cp_visits.csv:3: cp visit on 2024-04-23 has no child_id, and its plan_id '9999' names "
      "no cp plan",
      "ssd_cin_visits.csv: no cin_plans extract was read, so its 1 cin visits without a child_id "
      "are excluded (their child comes from the plan)"};
  for (const std::string& message : want)
    CHECK_MESSAGE(std::count(x.messages.begin(), x.messages.end(), message) == 1, message);
}

TEST_CASE("CP reviews link to the named plan, else the child's plan open on the review date") {
  auto x = run({{"cp_plans.csv", "plan_id,child_id,start_date,end_date\n"
                                 "P1,C1,2024-01-10,2024-06-30\nP2,C1,2024-08-01,\n"},
                {"ssd_cp_reviews.csv",
                 "cppr_cp_review_id,cppr_person_id,cppr_cp_plan_id,cppr_cp_review_due,"
                 "cppr_cp_review_date\n"
                 "R1,C1,,2024-04-10,2024-04-05\n"  // line 2: replaced by line 7
                 "R2,,P2,,2024-10-01\n"            // no child: P2's
                 "R3,C1,,,2024-07-15\n"            // between C1's two plans: in no plan
                 "R4,,P7,,2024-07-15\n"            // no such plan, no child: excluded
                 "R5,C1,P1,,NULL\n"                // never held: excluded
                 "R1,C1,,,2024-04-06\n"}});        // no plan_id: P1, open on the date
  const kpi::FileReport& f = x.files.at(1);
  CHECK(f.kind == Kind::cp_reviews);
  CHECK(f.matched == kpi::HeaderFamily::ssd);
  // 6 rows = 3 used + duplicate + plan not found + missing review_date.
  CHECK(f.rows == 6);
  CHECK(f.used == 3);
  CHECK(f.excluded.at("duplicate id") == 1);
  CHECK(f.excluded.at("plan not found (no child_id)") == 1);
  CHECK(f.excluded.at("missing review_date") == 1);
  CHECK(f.findings.at("review in no plan") == 1);
  REQUIRE(x.cp_reviews.size() == 3);  // reading order: R2, R3, R1
  CHECK(x.strings.str(x.cp_reviews[0].child_id) == "C1");
  CHECK(x.cp_reviews[0].plan == 1);
  CHECK(x.cp_reviews[0].link == VisitLink::in_plan);
  CHECK(x.cp_reviews[1].plan == kpi::no_row);
  CHECK(x.cp_reviews[1].link == VisitLink::no_plan);
  CHECK(day(x.cp_reviews[2].review_date) == "2024-04-06");
  CHECK(x.cp_reviews[2].plan == 0);
  CHECK(x.cp_reviews[2].link == VisitLink::in_plan);
  std::vector<std::string> want = {
      "ssd_cp_reviews.csv:2: duplicate review_id 'R1': the row at ssd_cp_reviews.csv:7 is used",
      "ssd_cp_reviews.csv:4: cp review on 2024-07-15: no cp plan of the child covers it",
      "ssd_cp_reviews.csv:5: cp review on 2024-07-15 has no child_id, and its plan_id 'P7' names "
      "no cp plan"};
  for (const std::string& message : want)
    CHECK_MESSAGE(std::count(x.messages.begin(), x.messages.end(), message) == 1, message);
  // Coverage and date ranges know the kind.
  CHECK(day(x.files[1].first_date) == "2024-04-06");
  CHECK(x.coverage.of(Kind::cp_reviews).has_value());
}

TEST_CASE("CLA visits name the episode; SSD episodes merge into their period of care") {
  auto x = run({{"episodes.csv",
                 "clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
                 "clae_cla_episode_ceased_date,clae_cla_id\n"
                 "EP2,C1,2017-03-01,,CLA1\nEP1,C1,2017-01-01,2017-03-01,CLA1\n"},
                {"visits.csv", "clav_cla_visit_id,clav_cla_id,clav_person_id,clav_cla_visit_date\n"
                               "V1,CLA1,C1,2017-02-01\n"},
                {"reviews.csv", "clar_cla_review_id,clar_cla_id,clar_cla_review_date\nRV1,CLA1,2017-04-01\n"}});
  // One period: care from the first episode (01-01), placement from the latest
  // (03-01), open because the latest episode is.
  REQUIRE(x.cla_episodes.size() == 1);
  CHECK(day(x.cla_episodes[0].start) == "2017-01-01");
  CHECK(day(x.cla_episodes[0].placement_start) == "2017-03-01");
  CHECK_FALSE(x.cla_episodes[0].end);
  CHECK(x.files[0].used == 1);
  CHECK(x.files[0].excluded.at("merged into its period of care") == 1);
  REQUIRE(x.visits.size() == 1);
  CHECK(x.visits[0].plan == 0);
  CHECK(x.visits[0].link == VisitLink::in_plan);
  // The review names only the period: it gets its child.
  CHECK(x.strings.str(x.cla_reviews.at(0).child) == "C1");
}

TEST_CASE("SSD ssd_person gives dates of birth to rows without one") {
  auto x = run({{"person.csv", "pers_person_id,pers_sex,pers_dob,pers_expected_dob\n"
                               "C1,M,2012-03-04,\nC2,F,,2018-01-10\nC3,F,,\n"},
                {"cp.csv", "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date\n"
                           "P1,C1,2017-10-01\nP2,C2,2017-10-01\nP3,C3,2017-10-01\n"}});
  CHECK(x.files[0].used_for == "dates of birth");
  CHECK_FALSE(x.files[0].kind);
  CHECK(x.files[0].used == 2);  // C3 has neither date
  CHECK(x.files[0].excluded.at("missing date_of_birth") == 1);
  CHECK(day(x.cp_plans[0].date_of_birth) == "2012-03-04");
  CHECK(day(x.cp_plans[1].date_of_birth) == "2018-01-10");  // unborn: the expected date
  CHECK_FALSE(x.cp_plans[2].date_of_birth);
}

TEST_CASE("dates after the latest month of the extracts are findings") {
  auto x = run({{"r.csv", "referral_id,child_id,referral_date\nR1,C1,2017-11-30\n"},
                {"cp_plans.csv", "plan_id,child_id,start_date,end_date\nP1,C1,2017-10-01,2017-11-30\n"
                          "P2,C2,2017-10-01,2017-12-01\nP3,C3,2099-01-01,\n"}});
  // The extract date is the latest event date, P2's end on 2017-12-01; P3's
  // start in 2099 is an outlier (src/extract/coverage.cpp) and after December.
  CHECK(x.files[1].findings.at("date after the extract period") == 1);
  CHECK(x.files[0].findings.empty());
  bool said = false;
  for (const auto& m : x.messages)
    said = said || m == "cp_plans.csv:4: start_date 2099-01-01 is after 2017-12, the latest month in the extracts";
  CHECK(said);
  REQUIRE(x.coverage.extract_date);
  CHECK(day(*x.coverage.extract_date) == "2017-12-01");
}

TEST_CASE("Annex A referral counts that are never 0 count the referral itself") {
  const std::string header =
      "Child Unique ID,Date of referral,Number of Referrals in Last 12 Months\n";
  auto x = run({{"List_3.csv", header + "A1,01/11/2017,1\nA2,02/11/2017,3\nA3,03/11/2017,\n"}});
  CHECK(x.referrals[0].previous_referrals_12m == 0);
  CHECK(x.referrals[1].previous_referrals_12m == 2);
  CHECK(x.referrals[2].previous_referrals_12m == -1);
  // With a 0 somewhere the numbers are previous referrals already.
  x = run({{"List_3.csv", header + "A1,01/11/2017,0\nA2,02/11/2017,3\n"}});
  CHECK(x.referrals[1].previous_referrals_12m == 3);
}

TEST_CASE("linking scales: 200,000 visits over 50,000 plans" * doctest::test_suite("scale")) {
  // O(n log n): a quadratic link would take minutes here, past unit_scale's
  // time limit (CMakeLists.txt).
  std::string plans = "plan_id,child_id,start_date,end_date\n";
  std::string visits = "visit_id,child_id,visit_date,visit_type\n";
  for (int c = 0; c < 50000; ++c) plans += fmt::format("P{0},C{0},2017-01-01,\n", c);
  for (int v = 0; v < 200000; ++v) visits += fmt::format("V{},C{},2017-02-01,cp\n", v, v % 50000);
  auto x = run({{"cp_plans.csv", plans}, {"visits.csv", visits}});
  long in_plan = 0;
  for (const auto& v : x.visits) in_plan += v.link == VisitLink::in_plan;
  CHECK(in_plan == 200000);
}

}  // TEST_SUITE
