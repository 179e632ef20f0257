// Header layouts and values as other public projects write Annex A lists and
// SSD tables (tests/e2e/fixtures/real/*/README.md names each source). Every
// expected value is the one written in the CSV text of its test, read by hand
// through the mapping of docs/extracts.md; the rows are made up.
#include "extract_test_helpers.h"

using namespace extract_test;
using kpi::AssessmentOutcome;
using kpi::Flag;
using kpi::HeaderFamily;
using kpi::Kind;

TEST_SUITE("extract_real") {

// data-to-insight/ssd-data-model, admin/tools-ssd_chat_plus/
// AnnexA_sqlserver_v1.2.0_1_20240731.sql: the SSD's own Annex A tool names its
// columns run together ("ChildUniqueID", "CINStartDate", ...).
TEST_CASE("SSD Annex A tool: lists 1 to 8 by their run-together names") {
  auto x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,DateOfContact,ContactSource\n"
                "1000301,a) Male,a) WBRI,14/05/2015,9,02/04/2024,q) 6: Police\n");
  REQUIRE(x.contacts.size() == 1);
  CHECK(x.files[0].kind == Kind::contacts);
  CHECK(x.files[0].matched == HeaderFamily::annex_a);
  CHECK(x.strings.str(x.contacts[0].child) == "1000301");
  CHECK(day(x.contacts[0].date) == "2024-04-02");
  CHECK(x.strings.str(x.contacts[0].source) == "q) 6: Police");

  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,AssessmentStartDate,"
           "AssessmentCompletionDate,OrganisationCompletingAssessment\n"
           "1000304,b) Female,a) WBRI,20/01/2019,5,08/04/2024,NULL,EH North\n");
  REQUIRE(x.early_help.size() == 1);
  CHECK(day(x.early_help[0].start) == "2024-04-08");
  CHECK(day(x.early_help[0].end) == "none");  // SQL Server's NULL
  CHECK(x.strings.str(x.early_help[0].organisation) == "EH North");

  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,ReferralDate,ReferralSource,ReferralNFA,"
           "ReferralsLast12Months,AllocatedTeam,AllocatedWorker\n"
           "1000302,b) Female,o) BAFR,03/11/2010,13,05/04/2024,e) 2A: Schools,a) Yes,1,Front Door,"
           "Worker Q\n");
  REQUIRE(x.referrals.size() == 1);
  const auto& r = x.referrals[0];
  CHECK(x.files[0].matched == HeaderFamily::annex_a);
  CHECK(day(r.date) == "2024-04-05");
  CHECK(day(r.date_of_birth) == "2010-11-03");
  CHECK(x.strings.str(r.source) == "e) 2A: Schools");
  CHECK(r.nfa == Flag::yes);
  CHECK(r.previous_referrals_12m == 1);
  CHECK(x.strings.str(r.team) == "Front Door");
  CHECK(x.strings.str(r.worker) == "Worker Q");

  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,HasDisability,ContinuousAssessmentStart,"
           "ContinuousAssessmentChildSeen,ContinuousAssessmentAuthDate,CSCSupportRequired,"
           "AllocatedTeam,AllocatedWorker\n"
           "1000301,a) Male,a) WBRI,14/05/2015,9,b) No,05/04/2024,a) Yes,31/05/2024,a) Yes,A,R\n"
           "1000306,a) Male,a) WBRI,28/02/2017,7,b) No,03/05/2024,b) No,20/06/2024,b) No,A,S\n"
           "1000307,a) Male,a) WBRI,28/02/2017,7,b) No,06/05/2024,b) No,NULL,NULL,A,S\n");
  REQUIRE(x.assessments.size() == 3);
  CHECK(day(x.assessments[0].start) == "2024-04-05");
  CHECK(day(x.assessments[0].authorised) == "2024-05-31");
  CHECK(x.assessments[0].child_seen == Flag::yes);
  CHECK(x.assessments[0].outcome == AssessmentOutcome::cin);  // support required: yes
  CHECK(x.assessments[1].outcome == AssessmentOutcome::nfa);  // support required: no
  CHECK(x.assessments[1].child_seen == Flag::no);
  CHECK(x.assessments[2].outcome == AssessmentOutcome::not_recorded);
  CHECK(day(x.assessments[2].authorised) == "none");

  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,HasDisability,StratDiscussionDate,"
           "InitialCPConfUnnecessary,InitialCPConfDate,CPConfResultInCPPlan,NumberS47s12m,"
           "NumberICPCs12m,AllocatedTeam,AllocatedWorker\n"
           "1000301,a) Male,a) WBRI,14/05/2015,9,b) No,08/04/2024,b) No,26/04/2024,a) Yes,0,0,CP,T\n");
  REQUIRE(x.s47_enquiries.size() == 1);
  const auto& s = x.s47_enquiries[0];
  CHECK(day(s.start) == "2024-04-08");
  CHECK(s.icpc_not_required == Flag::no);
  CHECK(day(s.icpc_date) == "2024-04-26");
  CHECK(s.icpc_result_cp_plan == Flag::yes);
  CHECK(x.strings.str(s.team) == "CP");

  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,HasDisability,CINStartDate,"
           "PrimaryNeedCode,DateChildLastSeen,CINClosureDate,ReasonForClosure,CaseStatus,"
           "AllocatedTeam,AllocatedWorker\n"
           "1000302,b) Female,o) BAFR,03/11/2010,13,b) No,05/04/2024,N0 - Not stated,12/04/2024,"
           "19/04/2024,\"RC8 - Case closed after assessment, no further action\",e) Closed episode,"
           "Front Door,Worker Q\n");
  REQUIRE(x.cin_plans.size() == 1);
  CHECK(day(x.cin_plans[0].start) == "2024-04-05");
  CHECK(day(x.cin_plans[0].last_seen) == "2024-04-12");
  CHECK(day(x.cin_plans[0].end) == "2024-04-19");

  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,HasDisability,"
           "ChildProtectionPlanStartDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,"
           "DateOfLastStatutoryVisit,ChildSeenAlone,DateOfLatestReviewConf,"
           "ChildProtectionPlanEndDate,ProtectionLastSixMonths,"
           "NumberOfPreviousChildProtectionPlans,AllocatedTeam,AllocatedWorker\n"
           "1000301,a) Male,a) WBRI,14/05/2015,9,b) No,26/04/2024,Neglect,Neglect,10/06/2024,"
           "a) Yes,NULL,NULL,b) No,2,CP,T\n");
  REQUIRE(x.cp_plans.size() == 1);
  const auto& cp = x.cp_plans[0];
  CHECK(day(cp.start) == "2024-04-26");
  CHECK(day(cp.end) == "none");
  CHECK(day(cp.last_visit) == "2024-06-10");
  CHECK(cp.previous_plans == 2);
  CHECK(x.strings.str(cp.initial_category) == "Neglect");

  // List 8 keeps the tool's spelling "LoookedAfterStartDate"; two of its dates
  // are raw SQL Server datetimes, not formatted like the others.
  x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,UASC,HasDisability,"
           "LoookedAfterStartDate,ChildCategoryOfNeed,SubsequentLACEpisodeLast12Months,"
           "MostRecentLegalStatusStart,LegalStatus,LatestStatutoryReviewDate,"
           "LastSocialWorkVisitDate,PermanencePlan,LastIROVisitDate,LastHealthAssessmentDate,"
           "LastDentalCheckDate,PlacementsLast12Months,CeasedLookedAfterDate,"
           "ReasonCeasedLookedAfter,MostRecentPlacementStartDate,PlacementType,PlacementProvider,"
           "PlacementPostcode,PlacementURN,EpisodesChildMissingFromPlacement,"
           "EpisodesChildAbsentFromPlacement,ChildOfferedReturnInterviewAfterLastMFH,"
           "ChildAcceptedReturnInterviewAfterLastMFH,AllocatedTeam,AllocatedWorker,RowNum\n"
           "1000307,b) Female,a) WBRI,30/06/2012,11,b) No,b) No,12/10/2023,N1,b) No,14/11/2023,C2,"
           "2024-04-11 00:00:00.000,2024-05-28 14:30:00.000,NULL,19/04/2024,NULL,NULL,1,"
           "03/06/2024,E4A,15/01/2024,U6,PR1,ZZ99 6ZZ,NULL,0,0,NULL,NULL,CiC,Worker U,1\n");
  REQUIRE(x.cla_episodes.size() == 1);
  const auto& e = x.cla_episodes[0];
  CHECK(x.files[0].kind == Kind::cla_episodes);
  CHECK(day(e.start) == "2023-10-12");
  CHECK(day(e.end) == "2024-06-03");
  CHECK(day(e.placement_start) == "2024-01-15");
  CHECK(day(e.last_visit) == "2024-05-28");
  CHECK(x.strings.str(e.team) == "CiC");
}

TEST_CASE("SSD Annex A tool: lists 9 to 11 are recognised and not used") {
  auto x = read("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,UASC,HasDisability,AllocatedTeam,"
                "AllocatedWorker,AllocatedPersonalAdvisor,EligibilityCategory,LatestPathwayPlan,"
                "LAInTouch,LatestContact,TypeOfAccommodation,SuitabilityOfAccommodation,"
                "ActivityStatus\n1000309,a) Male,a) WBRI,11/01/2005,19,b) No,b) No,LC,W,A2,"
                "b) Former relevant child,02/05/2024,a) Yes,20/05/2024,U,a) Suitable,F3\n");
  CHECK(x.files[0].skipped == "Annex A List 9 (care leavers) is not used");
  x = read("ChildUniqueID,FamilyID,Gender,Ethnicity,DateOfBirth,Age,HasDisability,EnteredCareDate,"
           "ADMSHOBPADecisionDate,PlacementOrderDate\n1000310,NULL,b) Female,a) WBRI,01/08/2022,1,"
           "b) No,03/08/2022,10/03/2023,05/06/2023\n");
  CHECK(x.files[0].skipped == "Annex A List 10 (adoption) is not used");
  // The tool's List 11 has no family identifier: the adopter id says the list.
  x = read("AdopterID,Gender,Ethnicity,DateOfBirth,Age,HasDisability,AdoptedByCarer,EnquiryDate\n"
           "1000311,F,WBRI,12/12/1985,38,b) No,N,01/01/1900\n");
  CHECK(x.files[0].skipped == "Annex A List 11 (adopters) is not used");
  // ... and the template's List 11, with one, still is List 11.
  x = read("Individual adopter identifier,Family identifier,Gender\nAD01,F01,a) Male\n");
  CHECK(x.files[0].skipped == "Annex A List 11 (adopters) is not used");
}

// CSCDP/AnnexA_CiNCensus_Cleaner: config/annex_a_merge.yml (List 4's question
// without '?') and examples/custom-mappings.yml (local List 5 headers).
TEST_CASE("Annex A List 5 with a local authority's own headers") {
  auto x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
                "Does the Child have a Disability,Section 47 Enquiry Start Date,"
                "Initial Child Protection Conference Not Required,"
                "Date of Initial Child Protection Conference,Did the Initial Child Protection "
                "Conference Result in a Child Protection Plan,Allocated Team,Allocated Worker\n"
                "CS201,Female,White British,10/10/2011,8,No,09/10/2019,No,30/10/2019,Yes,CP,L\n"
                "CS203,Male,Caribbean,01/01/2009,10,No,15/10/2019,Yes,,,CP,L\n");
  REQUIRE(x.s47_enquiries.size() == 2);
  CHECK(x.files[0].matched == HeaderFamily::annex_a);
  CHECK(day(x.s47_enquiries[0].start) == "2019-10-09");
  CHECK(x.s47_enquiries[0].icpc_not_required == Flag::no);
  CHECK(day(x.s47_enquiries[0].icpc_date) == "2019-10-30");
  CHECK(x.s47_enquiries[1].icpc_not_required == Flag::yes);

  x = read("Child Unique ID,Continuous Assessment Start Date,"
           "Was the child assessed as requiring LA children's social care support\n"
           "CS201,07/10/2019,Yes\nCS202,08/10/2019,N\n");
  REQUIRE(x.assessments.size() == 2);
  CHECK(x.assessments[0].outcome == AssessmentOutcome::cin);
  CHECK(x.assessments[1].outcome == AssessmentOutcome::nfa);
}

// SocialFinanceDigitalLabs/liia-tools, liiatools/annex_a_pipeline/spec/
// Annex_A_schema.yml and Annex_A_schema_2020.yml: "c) Unknown" is one of the
// answers to Referral NFA?, requiring support, child seen, ...
TEST_CASE("Annex A 'c) Unknown' answers are not recorded, not invalid") {
  auto x = read("Child Unique ID,Date of referral,Referral NFA?\nLT104,06/09/2019,c) Unknown\n"
                "LT105,07/09/2019,Not known\nLT106,08/09/2019,b) No\n");
  REQUIRE(x.referrals.size() == 3);
  CHECK(x.referrals[0].nfa == Flag::unknown);
  CHECK(x.referrals[1].nfa == Flag::unknown);
  CHECK(x.referrals[2].nfa == Flag::no);
  CHECK(x.files[0].findings.empty());
  CHECK(x.messages.empty());

  x = read("Child Unique ID,Continuous Assessment Start Date,"
           "Child Seen During Continuous Assessment,"
           "Was the child assessed as requiring LA children's social care support?\n"
           "LT104,09/09/2019,c) Unknown,c) Unknown\n");
  REQUIRE(x.assessments.size() == 1);
  CHECK(x.assessments[0].child_seen == Flag::unknown);
  CHECK(x.assessments[0].outcome == AssessmentOutcome::not_recorded);
  CHECK(x.files[0].findings.empty());

  // A short-name outcome column reads Y/N as "requiring support"; Unknown is
  // not recorded there too (it used to read as N, i.e. nfa).
  x = read("child_id,start_date,outcome\nC1,2019-09-09,Unknown\n", "assessments.csv");
  CHECK(x.assessments[0].outcome == AssessmentOutcome::not_recorded);

  // Anything else is still an invalid flag, reported and read as not recorded.
  x = read("Child Unique ID,Date of referral,Referral NFA?\nLT107,06/09/2019,Maybe\n");
  CHECK(x.referrals[0].nfa == Flag::unknown);
  CHECK(x.files[0].findings.at("invalid nfa") == 1);
}

TEST_CASE("liia-tools' later List 9 layout is recognised and not used") {
  auto x = read("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
                "\"Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over "
                "(Y/N)\",Does the Child have a Disability,Allocated Team,Allocated Worker,"
                "Allocated Personal Advisor,Eligibility Category,Latest Pathway Plan Review Date,"
                "LA in Touch,Latest Date of Contact,Type of Accommodation,"
                "Suitability of Accommodation,Activity Status\n"
                "LT114,a) Male,a) WBRI,02/02/2001,18,b) No,b) No,LC,I,A1,b) Former relevant child,"
                "01/07/2019,a) Yes,15/08/2019,U,a) Suitable,F3\n");
  CHECK(x.files[0].skipped == "Annex A List 9 (care leavers) is not used");
}

// data-to-insight/ssd-data-model, cms_ssd_extract_sql/cmsname_dbtype_ssd_template.sql:
// SSD 1.1 wrote team and worker names in *_team_name / *_worker_name columns.
TEST_CASE("SSD 1.1: team and worker names in *_team_name and *_worker_name") {
  auto x = read("cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need,"
                "cine_referral_source_code,cine_referral_source_desc,cine_referral_outcome_json,"
                "cine_referral_nfa,cine_close_reason,cine_close_date,cine_referral_team_name,"
                "cine_referral_worker_name\n"
                "5001,2000101,2024-03-04 00:00:00.000,N1,6,Police,"
                "\"{\"\"SINGLE_ASSESSMENT_FLAG\"\":\"\"Y\"\",\"\"NFA_FLAG\"\":\"\"N\"\"}\",N,NULL,"
                "NULL,Front Door,Worker AA\n");
  REQUIRE(x.referrals.size() == 1);
  CHECK(x.files[0].matched == HeaderFamily::ssd);
  CHECK(x.strings.str(x.referrals[0].id) == "5001");
  CHECK(day(x.referrals[0].date) == "2024-03-04");
  CHECK(x.referrals[0].nfa == Flag::no);
  CHECK(x.strings.str(x.referrals[0].team) == "Front Door");
  CHECK(x.strings.str(x.referrals[0].worker) == "Worker AA");

  x = read("cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
           "cina_assessment_child_seen,cina_assessment_auth_date,cina_assessment_outcome_json,"
           "cina_assessment_outcome_nfa,cina_assessment_team_name,cina_assessment_worker_name\n"
           "6001,2000101,5001,2024-03-05 00:00:00.000,Y,2024-04-25 00:00:00.000,NULL,N,"
           "Assessment Team,Worker AC\n");
  REQUIRE(x.assessments.size() == 1);
  CHECK(x.assessments[0].outcome == AssessmentOutcome::cin);  // outcome_nfa N
  CHECK(x.strings.str(x.assessments[0].team) == "Assessment Team");
  CHECK(x.strings.str(x.assessments[0].worker) == "Worker AC");

  x = read("s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,"
           "s47e_s47_end_date,s47e_s47_nfa,s47e_s47_outcome_json,s47e_s47_completed_by_team_name,"
           "s47e_s47_completed_by_worker_name\n"
           "7001,5001,2000101,2024-03-06 00:00:00.000,2024-03-20 00:00:00.000,N,NULL,CP Team,W AE\n");
  REQUIRE(x.s47_enquiries.size() == 1);
  CHECK(day(x.s47_enquiries[0].end) == "2024-03-20");
  CHECK(x.strings.str(x.s47_enquiries[0].team) == "CP Team");
  CHECK(x.strings.str(x.s47_enquiries[0].worker) == "W AE");

  x = read("icpc_icpc_id,icpc_s47_enquiry_id,icpc_person_id,icpc_icpc_date,"
           "icpc_icpc_outcome_cp_flag,icpc_icpc_team_name,icpc_icpc_worker_name\n"
           "8001,7001,2000101,2024-03-26 00:00:00.000,Y,CP Team,W AE\n");
  REQUIRE(x.icpcs.size() == 1);
  CHECK(x.strings.str(x.icpcs[0].team) == "CP Team");
  CHECK(x.strings.str(x.icpcs[0].worker) == "W AE");

  x = read("cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,"
           "cinp_cin_plan_end_date,cinp_cin_plan_team_name,cinp_cin_plan_worker_name\n"
           "9101,5003,2000103,2024-05-20 00:00:00.000,NULL,Family Support,Worker AF\n");
  REQUIRE(x.cin_plans.size() == 1);
  CHECK(x.strings.str(x.cin_plans[0].team) == "Family Support");
  CHECK(x.strings.str(x.cin_plans[0].worker) == "Worker AF");
}

// ssd-data-model: the 1.1 template and admin/live_archive_BAK/
// liquidlogic_sqlserver_v1.2.0_1_20240802.sql call the episode's end
// clae_cla_episode_ceased (clae_cla_episode_ceased_date since).
TEST_CASE("SSD 1.1 and 1.2: clae_cla_episode_ceased is the end of the episode") {
  auto x = read("clae_cla_episode_id,clae_person_id,clae_cla_placement_id,"
                "clae_cla_episode_start_date,clae_cla_episode_start_reason,"
                "clae_cla_primary_need_code,clae_cla_episode_ceased,clae_cla_episode_ceased_reason,"
                "clae_cla_id,clae_referral_id,clae_cla_last_iro_contact_date,clae_entered_care_date\n"
                "9303,2000202,P9303,2024-02-01 00:00:00.000,S,N2,2024-06-14 00:00:00.000,E13,C9310,"
                "5102,1900-01-01 00:00:00.000,2024-02-01 00:00:00.000\n"
                "9304,2000203,P9304,2024-03-01 00:00:00.000,S,N1,NULL,NULL,C9320,5103,NULL,"
                "2024-03-01 00:00:00.000\n");
  REQUIRE(x.cla_episodes.size() == 2);
  CHECK(x.strings.str(x.cla_episodes[0].id) == "C9310");  // the period of care
  CHECK(day(x.cla_episodes[0].start) == "2024-02-01");
  CHECK(day(x.cla_episodes[0].end) == "2024-06-14");
  CHECK(day(x.cla_episodes[1].end) == "none");
}

// ssd-data-model, analysis/ddl_reference/ddl_compare_column_matrix.csv: the
// Mosaic build names the CiN plan id cin_plan_id and gives reviews the child.
TEST_CASE("SSD, Mosaic build: cin_plan_id and clar_cla_person_id") {
  auto x = read("cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,"
                "cinp_cin_plan_end_date,cinp_cin_plan_team,cinp_cin_plan_worker_id\n"
                "9441,5401,3000401,2024-04-08 00:00:00.000,NULL,Family Support,W401\n");
  REQUIRE(x.cin_plans.size() == 1);
  CHECK(x.strings.str(x.cin_plans[0].id) == "9441");
  CHECK(x.strings.str(x.cin_plans[0].child) == "3000401");

  x = read("clar_cla_review_id,clar_cla_review_due_date,clar_cla_review_date,"
           "clar_cla_review_participation,clar_cla_id,clar_cla_review_cancelled,clar_cla_person_id\n"
           "9471,2024-06-03 00:00:00.000,2024-06-03 00:00:00.000,"
           "PN4 - Physical attendance and asked someone to speak,C9460,N,3000401\n");
  REQUIRE(x.cla_reviews.size() == 1);
  CHECK(x.strings.str(x.cla_reviews[0].child) == "3000401");
  CHECK(x.strings.str(x.cla_reviews[0].cla) == "C9460");
  CHECK(x.cla_reviews[0].participation == 4);

  // Its visit tables carry no person id, only the plan's: the child comes
  // from the plan when it is linked (finish_extracts).
  x = run({{"ssd_cp_plans.csv", "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date\n"
                                "9451,3000401,2024-04-15 00:00:00.000\n"},
           {"ssd_cp_visits.csv", "cppv_cp_visit_id,cppv_cp_plan_id,cppv_cp_visit_date,"
                                 "cppv_cp_visit_seen\n9491,9451,2024-04-22 10:00:00.000,Y\n"}});
  REQUIRE(x.visits.size() == 1);
  CHECK(x.strings.str(x.visits[0].child) == "3000401");
  CHECK(x.visits[0].link == kpi::VisitLink::in_plan);
}

}  // TEST_SUITE
