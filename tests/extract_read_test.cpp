// Reading rows of every kind in every header family, and the values' rules.
// Expected values are the ones written in the CSV text of each test, read by
// hand through the mapping of docs/extracts.md.
#include "extract_test_helpers.h"

using namespace extract_test;
using kpi::AssessmentOutcome;
using kpi::Flag;
using kpi::Kind;
using kpi::VisitType;

TEST_SUITE("extract") {

TEST_CASE("contacts: short, SSD and Annex A List 1") {
  auto x = read("contact_id,child_id,contact_date,contact_source\nK1,C1,01/11/2017,Police\n");
  REQUIRE(x.contacts.size() == 1);
  CHECK(x.strings.str(x.contacts[0].id) == "K1");
  CHECK(x.strings.str(x.contacts[0].child) == "C1");
  CHECK(day(x.contacts[0].date) == "2017-11-01");
  CHECK(x.strings.str(x.contacts[0].source) == "Police");
  CHECK(x.contacts[0].origin.line == 2);

  x = read("cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,"
           "cont_contact_source_desc\nK9,P7,2017-11-02 00:00:00.000,1A,Health\n");
  REQUIRE(x.contacts.size() == 1);
  CHECK(x.strings.str(x.contacts[0].child) == "P7");
  CHECK(day(x.contacts[0].date) == "2017-11-02");
  CHECK(x.strings.str(x.contacts[0].source) == "Health");  // the description, not the code

  // Only the code: it is the source.
  x = read("cont_person_id,cont_contact_date,cont_contact_source_code\nP7,2017-11-02,1A\n");
  CHECK(x.strings.str(x.contacts[0].source) == "1A");

  x = read("List 1: Contacts\nChild Unique ID,Gender,Ethnicity,Date of Birth,Age of Child "
           "(Years),Date of Contact,Contact Source\nA1,a) Male,WBRI,01/01/2010,7,03-Nov-2017,"
           "\"School, primary\"\n");
  REQUIRE(x.contacts.size() == 1);
  CHECK(x.strings.str(x.contacts[0].child) == "A1");
  CHECK(day(x.contacts[0].date) == "2017-11-03");
  CHECK(x.strings.str(x.contacts[0].source) == "School, primary");
  CHECK(x.files[0].matched == kpi::HeaderFamily::annex_a);
}

TEST_CASE("referrals: short, SSD and Annex A List 3") {
  auto x = read("referral_id,child_id,referral_date,referral_source,nfa,date_of_birth,team,"
                "worker,previous_referrals_12m\nR1,C1,2017-11-01,Police,No,2010-05-06,East,W1,2\n");
  REQUIRE(x.referrals.size() == 1);
  const auto& r = x.referrals[0];
  CHECK(x.strings.str(r.id) == "R1");
  CHECK(r.nfa == Flag::no);
  CHECK(day(r.date_of_birth) == "2010-05-06");
  CHECK(x.strings.str(r.team) == "East");
  CHECK(x.strings.str(r.worker) == "W1");
  CHECK(r.previous_referrals_12m == 2);

  x = read("cine_referral_id,cine_person_id,cine_referral_date,cine_referral_source_desc,"
           "cine_referral_nfa,cine_referral_team,cine_referral_worker_id\n"
           "R5,P1,2017-11-03,School,Y,North,W9\n");
  REQUIRE(x.referrals.size() == 1);
  CHECK(x.referrals[0].nfa == Flag::yes);
  CHECK(x.strings.str(x.referrals[0].team) == "North");
  CHECK(x.strings.str(x.referrals[0].worker) == "W9");

  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of "
           "referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,"
           "Allocated Team,Allocated Worker\nA1,b) Female,WBRI,01/02/2012,5,06/11/2017,1A,"
           "b) No,3,Team A,Jo Bloggs\n");
  REQUIRE(x.referrals.size() == 1);
  CHECK(x.referrals[0].id == kpi::no_id);  // Annex A rows have no id
  CHECK(day(x.referrals[0].date) == "2017-11-06");
  CHECK(x.referrals[0].nfa == Flag::no);
  CHECK(x.referrals[0].previous_referrals_12m == 3);  // as written; see finish tests
  CHECK(x.strings.str(x.referrals[0].worker) == "Jo Bloggs");
}

TEST_CASE("assessments: outcomes in each family") {
  auto x = read("assessment_id,child_id,referral_id,start_date,authorised_date,outcome,"
                "child_seen\nA1,C1,R1,2017-11-01,2017-11-20,NFA,Y\nA2,C1,R1,2017-11-01,,s17,N\n"
                "A3,C1,R1,2017-11-01,,cin,\nA4,C1,R1,2017-11-01,,Step down to early help,\n"
                "A5,C1,R1,2017-11-01,,,\n");
  REQUIRE(x.assessments.size() == 5);
  CHECK(x.strings.str(x.assessments[0].referral) == "R1");
  CHECK(day(x.assessments[0].authorised) == "2017-11-20");
  CHECK(x.assessments[0].outcome == AssessmentOutcome::nfa);
  CHECK(x.assessments[0].child_seen == Flag::yes);
  CHECK(x.assessments[1].outcome == AssessmentOutcome::cin);
  CHECK(x.assessments[2].outcome == AssessmentOutcome::cin);
  CHECK(x.assessments[3].outcome == AssessmentOutcome::other);  // unknown text is other
  CHECK(x.assessments[4].outcome == AssessmentOutcome::not_recorded);
  CHECK_FALSE(x.assessments[1].authorised);

  // Y/N in a short-name outcome column answers "requiring support?": Y cin, N nfa.
  auto yn = read("assessment_id,child_id,start_date,outcome\nA1,C1,2017-11-01,Y\n"
                 "A2,C1,2017-11-01,n\nA3,C1,2017-11-01,a) Yes\n");
  REQUIRE(yn.assessments.size() == 3);
  CHECK(yn.assessments[0].outcome == AssessmentOutcome::cin);
  CHECK(yn.assessments[1].outcome == AssessmentOutcome::nfa);
  CHECK(yn.assessments[2].outcome == AssessmentOutcome::cin);

  // SSD: cina_assessment_outcome_nfa Y -> nfa, N -> cin.
  x = read("cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
           "cina_assessment_child_seen,cina_assessment_auth_date,cina_assessment_outcome_nfa,"
           "cina_assessment_team,cina_assessment_worker_id\n"
           "A1,P1,R1,2017-11-01,Y,2017-11-30,Y,T,W\nA2,P1,R1,2017-11-01,Y,2017-11-30,N,T,W\n");
  REQUIRE(x.assessments.size() == 2);
  CHECK(x.assessments[0].outcome == AssessmentOutcome::nfa);
  CHECK(x.assessments[1].outcome == AssessmentOutcome::cin);

  // Annex A List 4: requiring support Y -> cin, N -> nfa; the template's headers.
  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child "
           "have a Disability,Continuous Assessment Start Date,Child Seen During Continuous "
           "Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as "
           "requiring LA children\xe2\x80\x99s social care support,Allocated Team,Allocated "
           "Worker\nA1,a) Male,WBRI,,,b) No,01/11/2017,a) Yes,15/11/2017,a) Yes,T,W\n"
           "A2,a) Male,WBRI,,,b) No,01/11/2017,a) Yes,15/11/2017,b) No,T,W\n");
  REQUIRE(x.assessments.size() == 2);
  CHECK(day(x.assessments[0].start) == "2017-11-01");
  CHECK(day(x.assessments[0].authorised) == "2017-11-15");
  CHECK(x.assessments[0].child_seen == Flag::yes);
  CHECK(x.assessments[0].outcome == AssessmentOutcome::cin);
  CHECK(x.assessments[1].outcome == AssessmentOutcome::nfa);
}

TEST_CASE("strategy discussions: one row per child, agency flags") {
  auto x = read("discussion_id,child_id,discussion_date,social_care,police,health,education,"
                "other_agency,s47_initiated,team,worker\nD1,C1,2017-11-01,Y,Yes,true,0,FALSE,1,T,W\n"
                "D1,C2,2017-11-01,y,n,,,,,T,W\n");
  REQUIRE(x.strategy_rows.size() == 2);
  const auto& r = x.strategy_rows[0];
  CHECK(r.social_care == Flag::yes);
  CHECK(r.police == Flag::yes);
  CHECK(r.health == Flag::yes);
  CHECK(r.education == Flag::no);
  CHECK(r.other_agency == Flag::no);
  CHECK(r.s47_initiated == Flag::yes);
  CHECK(x.strategy_rows[1].police == Flag::no);
  CHECK(x.strategy_rows[1].health == Flag::unknown);
}

TEST_CASE("S47 enquiries: short, SSD and Annex A List 5") {
  auto x = read("s47_id,child_id,start_date,end_date,icpc_not_required,icpc_date,"
                "icpc_result_cp_plan,outcome\nS1,C1,2017-11-01,2017-11-10,N,2017-11-20,Y,cp\n");
  REQUIRE(x.s47_enquiries.size() == 1);
  const auto& s = x.s47_enquiries[0];
  CHECK(day(s.end) == "2017-11-10");
  CHECK(s.icpc_not_required == Flag::no);
  CHECK(day(s.icpc_date) == "2017-11-20");
  CHECK(s.icpc_result_cp_plan == Flag::yes);
  CHECK(x.strings.str(s.outcome) == "cp");

  x = read("s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,"
           "s47e_s47_end_date,s47e_s47_nfa,s47e_s47_completed_by_worker_id,"
           "s47e_s47_completed_by_team\nS1,R1,P1,2017-11-01,2017-11-08,Y,W,T\n"
           "S2,R1,P1,2017-11-01,2017-11-08,N,W,T\n");
  REQUIRE(x.s47_enquiries.size() == 2);
  CHECK(x.strings.str(x.s47_enquiries[0].outcome) == "nfa");
  CHECK(x.strings.str(x.s47_enquiries[1].outcome) == "further action");
  CHECK(x.strings.str(x.s47_enquiries[0].team) == "T");

  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child "
           "have a Disability,Strategy discussion initiating Section 47 Enquiry Start Date,Was an "
           "Initial Child Protection Conference deemed unnecessary?,Date of Initial Child "
           "Protection Conference,Did the Initial Child Protection Conference Result in a Child "
           "Protection Plan,Number of Section 47 Enquiries in the last 12 months,Number of ICPCs "
           "in the last 12 months,Allocated Team,Allocated Worker\n"
           "A1,a) Male,WBRI,01/01/2015,2,b) No,02/11/2017,b) No,16/11/2017,a) Yes,1,1,T,W\n");
  REQUIRE(x.s47_enquiries.size() == 1);
  CHECK(day(x.s47_enquiries[0].start) == "2017-11-02");
  CHECK(x.s47_enquiries[0].icpc_not_required == Flag::no);
  CHECK(day(x.s47_enquiries[0].icpc_date) == "2017-11-16");
  CHECK(x.s47_enquiries[0].icpc_result_cp_plan == Flag::yes);
  CHECK(day(x.s47_enquiries[0].date_of_birth) == "2015-01-01");
}

TEST_CASE("ICPCs: short and SSD") {
  auto x = read("icpc_id,s47_id,child_id,icpc_date,result_cp_plan,transfer_in\nI1,S1,C1,2017-11-20,Y,N\n");
  REQUIRE(x.icpcs.size() == 1);
  CHECK(x.strings.str(x.icpcs[0].s47_id) == "S1");
  CHECK(x.icpcs[0].result_cp_plan == Flag::yes);
  CHECK(x.icpcs[0].transfer_in == Flag::no);

  x = read("icpc_icpc_id,icpc_icpc_meeting_id,icpc_s47_enquiry_id,icpc_person_id,icpc_cp_plan_id,"
           "icpc_referral_id,icpc_icpc_transfer_in,icpc_icpc_target_date,icpc_icpc_date,"
           "icpc_icpc_outcome_cp_flag,icpc_icpc_team,icpc_icpc_worker_id\n"
           "I1,M1,S9,P1,CP1,R1,N,2017-11-22,2017-11-21,N,T,W\n");
  REQUIRE(x.icpcs.size() == 1);
  CHECK(x.strings.str(x.icpcs[0].s47_id) == "S9");
  CHECK(day(x.icpcs[0].date) == "2017-11-21");  // the date, not the target date
  CHECK(x.icpcs[0].result_cp_plan == Flag::no);
}

TEST_CASE("CP plans: short, SSD and Annex A List 7") {
  auto x = read("plan_id,child_id,start_date,end_date,previous_plans,initial_category,"
                "date_of_birth,last_visit_date,team,worker\n"
                "P1,C1,2017-01-01,2017-06-30,1,Neglect,2012-02-29,2017-06-20,T,W\n");
  REQUIRE(x.cp_plans.size() == 1);
  const auto& p = x.cp_plans[0];
  CHECK(day(p.end) == "2017-06-30");
  CHECK(p.previous_plans == 1);
  CHECK(x.strings.str(p.initial_category) == "Neglect");
  CHECK(day(p.date_of_birth) == "2012-02-29");
  CHECK(day(p.last_visit) == "2017-06-20");

  x = read("cppl_cp_plan_id,cppl_referral_id,cppl_icpc_id,cppl_person_id,cppl_cp_plan_start_date,"
           "cppl_cp_plan_end_date,cppl_cp_plan_initial_category\nP1,R1,I1,C1,2017-01-01,NULL,"
           "Emotional abuse\n");
  REQUIRE(x.cp_plans.size() == 1);
  CHECK_FALSE(x.cp_plans[0].end);  // NULL: not recorded
  CHECK(x.strings.str(x.cp_plans[0].initial_category) == "Emotional abuse");

  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child "
           "have a Disability,Child Protection Plan Start Date,Initial Category of Abuse,Latest "
           "Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of "
           "latest review conference,Child Protection Plan End Date,Subject to Emergency "
           "Protection Order or Protected Under Police Powers in Last Six Months (Y/N),Number of "
           "Previous Child Protection Plans,Allocated Team,Allocated Worker\n"
           "A1,a) Male,WBRI,01/01/2015,2,b) No,01/10/2017,Neglect,Neglect,20/11/2017,a) Yes,,"
           ",b) No,0,T,W\n");
  REQUIRE(x.cp_plans.size() == 1);
  CHECK(day(x.cp_plans[0].start) == "2017-10-01");
  CHECK(day(x.cp_plans[0].last_visit) == "2017-11-20");
  CHECK(x.cp_plans[0].previous_plans == 0);
  CHECK_FALSE(x.cp_plans[0].end);
}

TEST_CASE("CiN plans: short, SSD and Annex A List 6") {
  auto x = read("plan_id,child_id,start_date,end_date,last_seen_date\nN1,C1,2017-01-01,,2017-11-02\n",
                "cin_plans.csv");
  REQUIRE(x.cin_plans.size() == 1);
  CHECK(day(x.cin_plans[0].last_seen) == "2017-11-02");

  x = read("cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,"
           "cinp_cin_plan_end_date,cinp_cin_plan_team,cinp_cin_plan_worker_id\n"
           "N1,R1,C1,2017-01-01,2017-03-01,T,W\n");
  REQUIRE(x.cin_plans.size() == 1);
  CHECK(day(x.cin_plans[0].end) == "2017-03-01");
  CHECK(x.strings.str(x.cin_plans[0].worker) == "W");

  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child "
           "have a Disability,CIN Start Date,Primary Need Code,Date Child Was Last Seen,CIN Closure "
           "Date,Reason for Closure,Case status,Allocated Team,Allocated Worker\n"
           "A1,a) Male,WBRI,,,,01/09/2017,N1,10/11/2017,,,Open,T,W\n");
  REQUIRE(x.cin_plans.size() == 1);
  CHECK(day(x.cin_plans[0].start) == "2017-09-01");
  CHECK(day(x.cin_plans[0].last_seen) == "2017-11-10");
}

TEST_CASE("CLA episodes: short, SSD and Annex A List 8") {
  auto x = read("episode_id,child_id,start_date,end_date,placement_start,iha_date,last_visit_date\n"
                "E1,C1,2017-01-01,,2017-03-01,2017-01-20,2017-11-01\n");
  REQUIRE(x.cla_episodes.size() == 1);
  const auto& e = x.cla_episodes[0];
  CHECK(day(e.placement_start) == "2017-03-01");
  CHECK(day(e.iha_date) == "2017-01-20");
  CHECK(day(e.last_visit) == "2017-11-01");

  // SSD: the period of care (clae_cla_id) is the episode id; the care start is
  // clae_entered_care_date, the episode start is the placement start.
  x = read("clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
           "clae_cla_episode_ceased_date,clae_cla_id,clae_entered_care_date\n"
           "EP1,C1,2017-03-01,,CLA1,2017-01-01\n");
  REQUIRE(x.cla_episodes.size() == 1);
  CHECK(x.strings.str(x.cla_episodes[0].id) == "CLA1");
  CHECK(day(x.cla_episodes[0].start) == "2017-01-01");
  CHECK(day(x.cla_episodes[0].placement_start) == "2017-03-01");
  // Without clae_entered_care_date and clae_cla_id: the episode's own.
  x = read("clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
           "clae_cla_episode_ceased_date\nEP1,C1,2017-03-01,2017-04-01\n");
  REQUIRE(x.cla_episodes.size() == 1);
  CHECK(x.strings.str(x.cla_episodes[0].id) == "EP1");
  CHECK(day(x.cla_episodes[0].start) == "2017-03-01");
  CHECK(day(x.cla_episodes[0].placement_start) == "2017-03-01");
  CHECK(day(x.cla_episodes[0].end) == "2017-04-01");

  // Annex A List 8 with the template's trailing space in "Date Ceased to be Looked After ".
  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date Started to be "
           "Looked After,Date of Last Social Work Visit,Date of Last Health Assessment,Date Ceased "
           "to be Looked After ,Start Date of Most Recent Placement,Allocated Team,Allocated "
           "Worker\nA1,a) Male,WBRI,,,01/01/2017,15/11/2017,01/02/2017,,01/06/2017,T,W\n");
  REQUIRE(x.cla_episodes.size() == 1);
  CHECK(day(x.cla_episodes[0].start) == "2017-01-01");
  CHECK(day(x.cla_episodes[0].last_visit) == "2017-11-15");
  CHECK(day(x.cla_episodes[0].placement_start) == "2017-06-01");
  CHECK_FALSE(x.cla_episodes[0].iha_date);  // the last health assessment is not the initial one
  CHECK_FALSE(x.cla_episodes[0].end);
}

TEST_CASE("visits: short names and the three SSD tables") {
  auto x = read("visit_id,child_id,visit_date,visit_type,plan_id,seen,seen_alone\n"
                "V1,C1,2017-11-01,CP,P1,Y,N\nV2,C1,2017-11-02,cin,,N,\nV3,C1,2017-11-03,Looked after,E1,,\n");
  REQUIRE(x.visits.size() == 3);
  CHECK(x.visits[0].type == VisitType::cp);
  CHECK(x.strings.str(x.visits[0].plan_id) == "P1");
  CHECK(x.visits[0].seen == Flag::yes);
  CHECK(x.visits[0].seen_alone == Flag::no);
  CHECK(x.visits[1].type == VisitType::cin);
  CHECK(x.visits[1].seen == Flag::no);
  CHECK(x.visits[2].type == VisitType::cla);
  CHECK(x.visits[2].seen == Flag::unknown);  // the column is there but blank

  // Without a seen column every visit counts as seen.
  x = read("child_id,visit_date,visit_type\nC1,2017-11-01,cp\n");
  CHECK(x.visits.at(0).seen == Flag::yes);

  x = read("cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date,cppv_cp_visit_seen,"
           "cppv_cp_visit_seen_alone,cppv_cp_visit_bedroom\nV1,C1,P1,2017-11-01,Y,Y,N\n");
  REQUIRE(x.visits.size() == 1);
  CHECK(x.visits[0].type == VisitType::cp);
  CHECK(x.strings.str(x.visits[0].plan_id) == "P1");
  CHECK(x.visits[0].seen_alone == Flag::yes);

  x = read("cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date,cinv_cin_visit_seen,"
           "cinv_cin_visit_seen_alone\nV1,C1,2017-11-01,N,N\n");
  REQUIRE(x.visits.size() == 1);
  CHECK(x.visits[0].type == VisitType::cin);
  CHECK(x.visits[0].seen == Flag::no);

  x = read("clav_cla_visit_id,clav_cla_id,clav_person_id,clav_cla_visit_date,clav_cla_visit_seen,"
           "clav_cla_visit_seen_alone\nV1,CLA1,C1,2017-11-01,Y,N\n");
  REQUIRE(x.visits.size() == 1);
  CHECK(x.visits[0].type == VisitType::cla);
  CHECK(x.strings.str(x.visits[0].plan_id) == "CLA1");  // the episode (period of care)

  // Visits that name their plan and not the child (the Mosaic build's
  // ssd_cp_visits and ssd_cin_visits): the child comes from the plan once
  // linked; a row with neither is excluded.
  x = read("cinv_cin_visit_id,cinv_cin_plan_id,cinv_cin_visit_date,cinv_cin_visit_seen\n"
           "9495,9441,2024-04-29 15:00:00.000,Y\n9496,,2024-04-30,Y\n",
           "visits.csv");
  REQUIRE(x.visits.size() == 1);
  CHECK(x.visits[0].type == VisitType::cin);
  CHECK(x.visits[0].child == kpi::no_id);
  CHECK(x.strings.str(x.visits[0].plan_id) == "9441");
  CHECK(x.files[0].excluded.at("missing plan_id") == 1);
  CHECK(x.messages.at(0) == "visits.csv:3: column 'cinv_cin_plan_id': value missing");
}

TEST_CASE("early help: short and Annex A List 2") {
  auto x = read("child_id,start_date,end_date,organisation\nC1,2017-01-01,2017-05-01,School\n");
  REQUIRE(x.early_help.size() == 1);
  CHECK(day(x.early_help[0].end) == "2017-05-01");
  CHECK(x.strings.str(x.early_help[0].organisation) == "School");
  x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Assessment start "
           "date,Assessment completion date,Organisation completing assessment\n"
           "A1,a) Male,WBRI,,,01/01/2017,,Children's Centre\n");
  REQUIRE(x.early_help.size() == 1);
  CHECK(day(x.early_help[0].start) == "2017-01-01");
  CHECK(x.strings.str(x.early_help[0].organisation) == "Children's Centre");
}

TEST_CASE("CLA reviews: short and SSD; cancelled reviews are excluded") {
  auto x = read("child_id,cla_id,review_date,participation\nC1,E1,2017-11-01,PN1\n"
                "C1,E1,2017-11-02,pn0 - under 4\n,E1,2017-11-03,PN7\n");
  REQUIRE(x.cla_reviews.size() == 3);
  CHECK(x.cla_reviews[0].participation == 1);
  CHECK(x.cla_reviews[1].participation == 0);
  CHECK(x.cla_reviews[2].child == kpi::no_id);
  CHECK(x.cla_reviews[2].participation == 7);

  x = read("clar_cla_review_id,clar_cla_id,clar_cla_review_due_date,clar_cla_review_date,"
           "clar_cla_review_cancelled,clar_cla_review_participation\n"
           "RV1,CLA1,2017-11-01,2017-11-01,N,PN3\nRV2,CLA1,2017-11-05,2017-11-05,Y,\n",
           "reviews.csv");
  REQUIRE(x.cla_reviews.size() == 1);
  CHECK(x.strings.str(x.cla_reviews[0].id) == "RV1");
  CHECK(x.strings.str(x.cla_reviews[0].cla) == "CLA1");
  CHECK(x.cla_reviews[0].participation == 3);
  CHECK(x.files[0].rows == 2);
  CHECK(x.files[0].used == 1);
  CHECK(x.files[0].excluded.at("cancelled review") == 1);
}

TEST_CASE("CP reviews: short and SSD; the child or the plan is required") {
  auto x = read("review_id,child_id,plan_id,review_date\nR1,C1,P1,2024-04-05\nR2,,P1,2024-10-01\n"
                "R3,C1,,2024-10-02\nR4,,,2024-10-03\n,C1,P1,2024-10-04\nR6,C1,P1,\n",
                "reviews.csv");
  REQUIRE(x.cp_reviews.size() == 3);
  CHECK(x.strings.str(x.cp_reviews[0].id) == "R1");
  CHECK(x.strings.str(x.cp_reviews[0].child_id) == "C1");
  CHECK(x.strings.str(x.cp_reviews[0].plan_id) == "P1");
  CHECK(day(x.cp_reviews[0].review_date) == "2024-04-05");
  CHECK(x.cp_reviews[1].child_id == kpi::no_id);  // the plan's child, once linked
  CHECK(x.cp_reviews[2].plan_id == kpi::no_id);   // the child's plan open on the date
  CHECK(x.files[0].rows == 6);
  CHECK(x.files[0].used == 3);
  CHECK(x.files[0].excluded.at("missing child_id") == 1);
  CHECK(x.files[0].excluded.at("missing review_id") == 1);
  CHECK(x.files[0].excluded.at("missing review_date") == 1);
  CHECK(x.messages.at(0) == "reviews.csv:5: column 'child_id': value missing");

  // SSD: the due date is not the date held, and is not read.
  x = read("cppr_cp_review_id,cppr_person_id,cppr_cp_plan_id,cppr_cp_review_due,"
           "cppr_cp_review_date,cppr_cp_review_quorate\n"
           "9331,2000301,9311,2024-07-25 00:00:00.000,2024-07-22 00:00:00.000,Y\n"
           "9332,2000301,9311,2025-01-22 00:00:00.000,NULL,NULL\n");
  REQUIRE(x.cp_reviews.size() == 1);
  CHECK(x.strings.str(x.cp_reviews[0].plan_id) == "9311");
  CHECK(day(x.cp_reviews[0].review_date) == "2024-07-22");
  CHECK(x.files[0].excluded.at("missing review_date") == 1);
}

TEST_CASE("flags in every accepted spelling") {
  auto x = read("discussion_id,child_id,discussion_date,social_care,police,health,education,"
                "other_agency\nD1,C1,2017-11-01,a) Yes,b) No,TRUE,False,1\n");
  const auto& r = x.strategy_rows.at(0);
  CHECK(r.social_care == Flag::yes);
  CHECK(r.police == Flag::no);
  CHECK(r.health == Flag::yes);
  CHECK(r.education == Flag::no);
  CHECK(r.other_agency == Flag::yes);
}

TEST_CASE("ordinary CSV: quotes, doubled quotes, CRLF, blank lines, no final newline") {
  auto x = read("child_id,contact_date,contact_source\r\n\"C,1\",2017-11-01,\"Said \"\"hi\"\"\"\r\n"
                "\r\nC2,2017-11-02,NULL\r\n,,\r\n\r\nC3 , 2017-11-03 ,#N/A");
  REQUIRE(x.contacts.size() == 3);
  CHECK(x.strings.str(x.contacts[0].child) == "C,1");
  CHECK(x.strings.str(x.contacts[0].source) == "Said \"hi\"");
  CHECK(x.contacts[1].source == kpi::no_id);
  CHECK(x.strings.str(x.contacts[2].child) == "C3");  // spaces around values are trimmed
  CHECK(x.contacts[2].source == kpi::no_id);
  CHECK(x.contacts[2].origin.line == 7);
  CHECK(x.files[0].rows == 3);  // blank lines and ",," are not rows
}

TEST_CASE("child ids are shared across kinds; extra columns are ignored") {
  kpi::Extracts x;
  std::istringstream a("child_id,contact_date,gender\nC1,2017-11-01,F\n");
  std::istringstream b("referral_id,child_id,referral_date\nR1,C1,2017-11-02\n");
  kpi::read_extract(a, "a.csv", std::nullopt, {}, x);
  kpi::read_extract(b, "b.csv", std::nullopt, {}, x);
  CHECK(x.contacts.at(0).child == x.referrals.at(0).child);
  CHECK(x.referrals[0].origin.file == 1);
  CHECK(x.where(x.referrals[0].origin) == "b.csv:2");
  CHECK(x.has_kind(Kind::contacts));
  CHECK(x.has_kind(Kind::referrals));
  CHECK_FALSE(x.has_kind(Kind::visits));
}

}  // TEST_SUITE
