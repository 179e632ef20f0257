// Recognising the kind of an extract from its header: normalisation, every kind
// in every family, the lines above a header, and the errors.
#include "extract/header.h"
#include "extract_test_helpers.h"

#include <fmt/format.h>

using namespace extract_test;
using kpi::Kind;
using kpi::extract::normalise_header_name;

namespace {

std::string kind_of(const std::string& csv, const std::string& name = "test.csv") {
  kpi::Extracts x = read(csv, name);
  const kpi::FileReport& f = x.files.at(0);
  if (f.skipped) return "skipped: " + *f.skipped;
  return std::string(kpi::kind_name(*f.kind)) + " " + std::string(kpi::family_name(*f.matched));
}

}  // namespace

TEST_SUITE("extract") {

TEST_CASE("header names are normalised as the SPEC says") {
  CHECK(normalise_header_name("Referral NFA?") == "referral nfa");
  CHECK(normalise_header_name("  start_date ") == "start date");
  CHECK(normalise_header_name("\xEF\xBB\xBF" "child_id") == "child id");
  CHECK(normalise_header_name("Date Ceased to be Looked After ") == "date ceased to be looked after");
  CHECK(normalise_header_name("Date\xC2\xA0of  Referral") == "date of referral");  // NBSP, two spaces
  CHECK(normalise_header_name("children\xE2\x80\x99s social care support?") ==
        "children's social care support");
  CHECK(normalise_header_name("\xE2\x80\x98Missing\xE2\x80\x99") == "'missing'");
  CHECK(normalise_header_name("Was the Child Seen Alone ? ") == "was the child seen alone");
}

TEST_CASE("short names: every kind") {
  CHECK(kind_of("child_id,contact_date,contact_source\n") == "contacts short");
  CHECK(kind_of("referral_id,child_id,referral_date,nfa\n") == "referrals short");
  CHECK(kind_of("assessment_id,child_id,start_date,authorised_date,outcome\n") ==
        "assessments short");
  CHECK(kind_of("discussion_id,child_id,discussion_date,police\n") == "strategy_discussions short");
  CHECK(kind_of("s47_id,child_id,start_date,end_date,icpc_date\n") == "s47_enquiries short");
  CHECK(kind_of("icpc_id,s47_id,child_id,icpc_date,result_cp_plan\n") == "icpcs short");
  CHECK(kind_of("plan_id,child_id,start_date,end_date,previous_plans\n") == "cp_plans short");
  CHECK(kind_of("plan_id,child_id,start_date,end_date,last_seen_date\n") == "cin_plans short");
  CHECK(kind_of("episode_id,child_id,start_date,end_date,placement_start\n") ==
        "cla_episodes short");
  CHECK(kind_of("visit_id,child_id,visit_date,visit_type,plan_id,seen\n") == "visits short");
  CHECK(kind_of("child_id,start_date,end_date,organisation\n") == "early_help short");
  CHECK(kind_of("cla_id,review_date,participation\n") == "cla_reviews short");
  CHECK(kind_of("child_id,review_date,participation\n") == "cla_reviews short");
  CHECK(kind_of("review_id,child_id,plan_id,review_date\n") == "cp_reviews short");
  CHECK(kind_of("review_id,plan_id,review_date\n") == "cp_reviews short");
  // Visits may name only their plan: the child comes from it.
  CHECK(kind_of("visit_id,plan_id,visit_date,visit_type\n") == "visits short");
  // Case, spaces and '_' as ' ' do not matter.
  CHECK(kind_of(" Child ID , Contact Date\n") == "contacts short");
}

TEST_CASE("SSD field names: every SSD table that feeds a kind") {
  CHECK(kind_of("cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,"
                "cont_contact_source_desc,cont_contact_outcome_json\n") == "contacts ssd");
  CHECK(kind_of("cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,"
                "cine_referral_source_code,cine_referral_source_desc,cine_referral_outcome_json,"
                "cine_referral_nfa,cine_close_reason,cine_close_date,cine_referral_team,"
                "cine_referral_worker_id\n") == "referrals ssd");
  CHECK(kind_of("cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
                "cina_assessment_child_seen,cina_assessment_auth_date,"
                "cina_assessment_outcome_json,cina_assessment_outcome_nfa,cina_assessment_team,"
                "cina_assessment_worker_id\n") == "assessments ssd");
  CHECK(kind_of("s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,"
                "s47e_s47_end_date,s47e_s47_nfa,s47e_s47_outcome_json,"
                "s47e_s47_completed_by_worker_id,s47e_s47_completed_by_team\n") ==
        "s47_enquiries ssd");
  CHECK(kind_of("icpc_icpc_id,icpc_icpc_meeting_id,icpc_s47_enquiry_id,icpc_person_id,"
                "icpc_cp_plan_id,icpc_referral_id,icpc_icpc_transfer_in,icpc_icpc_target_date,"
                "icpc_icpc_date,icpc_icpc_outcome_cp_flag,icpc_icpc_outcome_json,icpc_icpc_team,"
                "icpc_icpc_worker_id\n") == "icpcs ssd");
  CHECK(kind_of("cppl_cp_plan_id,cppl_referral_id,cppl_icpc_id,cppl_person_id,"
                "cppl_cp_plan_start_date,cppl_cp_plan_end_date,cppl_cp_plan_initial_category,"
                "cppl_cp_plan_ola,cppl_cp_plan_latest_category\n") == "cp_plans ssd");
  CHECK(kind_of("cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,"
                "cinp_cin_plan_end_date,cinp_cin_plan_team,cinp_cin_plan_worker_id\n") ==
        "cin_plans ssd");
  CHECK(kind_of("clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
                "clae_cla_episode_start_reason,clae_cla_primary_need_code,"
                "clae_cla_episode_ceased_date,clae_cla_episode_ceased_reason,clae_cla_id,"
                "clae_referral_id,clae_cla_placement_id,clae_entered_care_date,"
                "clae_cla_last_iro_contact_date\n") == "cla_episodes ssd");
  CHECK(kind_of("cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date,"
                "cppv_cp_visit_seen,cppv_cp_visit_seen_alone,cppv_cp_visit_bedroom\n") ==
        "visits ssd");
  CHECK(kind_of("cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date,cinv_cin_visit_seen,"
                "cinv_cin_visit_seen_alone,cinv_cin_visit_bedroom\n") == "visits ssd");
  CHECK(kind_of("clav_cla_visit_id,clav_cla_id,clav_person_id,clav_cla_visit_date,"
                "clav_cla_visit_seen,clav_cla_visit_seen_alone\n") == "visits ssd");
  CHECK(kind_of("clar_cla_review_id,clar_cla_id,clar_cla_review_due_date,clar_cla_review_date,"
                "clar_cla_review_cancelled,clar_cla_review_participation\n") == "cla_reviews ssd");
  CHECK(kind_of("cppr_cp_review_id,cppr_person_id,cppr_cp_plan_id,cppr_cp_review_due,"
                "cppr_cp_review_date,cppr_cp_review_meeting_id,cppr_cp_review_outcome_continue_cp,"
                "cppr_cp_review_quorate,cppr_cp_review_participation\n") == "cp_reviews ssd");
  // The Mosaic build's visit tables name the plan and not the child.
  CHECK(kind_of("cppv_cp_visit_id,cppv_cp_plan_id,cppv_cp_visit_date,cppv_cp_visit_seen\n") ==
        "visits ssd");
  CHECK(kind_of("cinv_cin_visit_id,cinv_cin_plan_id,cinv_cin_visit_date,cinv_cin_visit_seen\n") ==
        "visits ssd");
  // SQL Server exports often write names in capitals.
  CHECK(kind_of("CONT_PERSON_ID,CONT_CONTACT_DATE\n") == "contacts ssd");
}

TEST_CASE("SSD tables that feed no kind are recognised and skipped") {
  CHECK(kind_of("lega_legal_status_id,lega_person_id,lega_legal_status\n") ==
        "skipped: SSD table ssd_legal_status is not used");
  CHECK(kind_of("prof_professional_id,prof_staff_id,prof_professional_name\n") ==
        "skipped: SSD table ssd_professionals is not used");
}

// The Ofsted Annex A template's headers verbatim (August 2019 update), curly
// apostrophes (U+2019 as \xe2\x80\x99) and trailing spaces included.
const char* const annex_a_lists[] = {
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Assessment start date,Assessment completion date,Organisation completing assessment",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children\xe2\x80\x99s social care support,Allocated Team,Allocated Worker",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Strategy discussion initiating Section 47 Enquiry Start Date,Was an Initial Child Protection Conference deemed unnecessary?,Date of Initial Child Protection Conference,Did the Initial Child Protection Conference Result in a Child Protection Plan,Number of Section 47 Enquiries in the last 12 months,Number of ICPCs in the last 12 months,Allocated Team,Allocated Worker",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,CIN Start Date,Primary Need Code,Date Child Was Last Seen,CIN Closure Date,Reason for Closure,Case status,Allocated Team,Allocated Worker",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Child Protection Plan Start Date,Initial Category of Abuse,Latest Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of latest review conference,Child Protection Plan End Date,Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N),Number of Previous Child Protection Plans,Allocated Team,Allocated Worker",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N),Does the Child have a Disability,Date Started to be Looked After,Child's Category of Need,Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N),Start date of current legal status,Child's Legal Status,Date of Latest Statutory Review,Date of Last Social Work Visit,What is the permanence plan for this child?,Date of Last IRO Visit / Contact to the Child,Date of Last Health Assessment,Date of Last Dental Check,Number of Placements in the Last 12 months,Date Ceased to be Looked After ,Reason Ceased to be Looked After,Start Date of Most Recent Placement,Placement Type,Placement Provider,Placement postcode,URN of Placement,Placement Location,LA of Placement,Number of Episodes the Child has been \xe2\x80\x98Missing\xe2\x80\x99 from their Placement in the last 12 months,Number of Episodes the Child has been \xe2\x80\x98" "Absent\xe2\x80\x99 from their Placement in the last 12 months,Was the child offered a Return Interview after their last missing episode (Y/N)?,Did the child accept a Return Interview after their last missing episode (Y/N)?,Allocated Team,Allocated Worker",
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Allocated Team,Allocated Worker,Eligibility Category,LA In Touch ,Type of Accommodation,Suitability of Accommodation,Activity Status",
    "Child Unique ID,Family identifier,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Date the Child Entered Care,Date of Decision that Child Should be Placed for Adoption,Date of Placement Order,Date of Matching Child and Prospective Adopters,Date Placed for Adoption,Date of Adoption Order ,Date of Decision that Child Should No Longer be Placed for Adoption,Reason Why Child No Longer Placed for Adoption,Date the child was placed for fostering in FFA or concurrent planning placement",
    "Individual adopter identifier,Family identifier,Gender,Ethnicity,Disability,Is the (prospective) adopter fostering for adoption?,Date enquiry received,Date Stage 1 started,Date Stage 1 ended,Date Stage 2 started,Date Stage 2 ended,Date application submitted,Date application approved,Date adopter matched with child(ren),Date child/children placed with adopter(s),No. of children placed,Date of Adoption Order,Date of leaving adoption process,Reason for leaving adoption process",
};

TEST_CASE("Annex A lists 1 to 11, with the template's title row above and a BOM") {
  const char* expected[] = {
      "contacts annex-a",      "early_help annex-a", "referrals annex-a",
      "assessments annex-a",   "s47_enquiries annex-a", "cin_plans annex-a",
      "cp_plans annex-a",      "cla_episodes annex-a",
      "skipped: Annex A List 9 (care leavers) is not used",
      "skipped: Annex A List 10 (adoption) is not used",
      "skipped: Annex A List 11 (adopters) is not used",
  };
  for (int list = 0; list < 11; ++list) {
    CAPTURE(list + 1);
    // As Excel saves a sheet: BOM, the title row padded with commas, a blank line.
    std::string csv = "\xEF\xBB\xBF" + fmt::format("List {}: title,,,\n,,,\n", list + 1) +
                      annex_a_lists[list] + "\r\n";
    CHECK(kind_of(csv) == expected[list]);
  }
}

TEST_CASE("Annex A variants seen in real files") {
  // "Age" for "Age of Child (Years)", "Date of Referral", a straight apostrophe
  // with a trailing "?".
  CHECK(kind_of("Child Unique ID,Age,Date of Referral,Referral NFA\n") == "referrals annex-a");
  kpi::Extracts x = read(
      "Child Unique ID,Continuous Assessment Start Date,Was the child assessed as requiring LA "
      "children's social care support?\nC1,01/02/2017,Yes\n");
  REQUIRE(x.assessments.size() == 1);
  CHECK(x.assessments[0].outcome == kpi::AssessmentOutcome::cin);
}

TEST_CASE("a tie between kinds is broken by the file name, else it is an error") {
  const std::string plans = "plan_id,child_id,start_date,end_date,team\n";
  CHECK(kind_of(plans, "extracts/cin_plans_2017.csv") == "cin_plans short");
  CHECK(kind_of(plans, "CP-Plans.csv") == "cp_plans short");
  CHECK(read_error(plans, "plans.csv") ==
        "plans.csv:1: the header fits cp_plans and cin_plans equally well (columns found: "
        "plan_id, child_id, start_date, end_date, team); name the kind, e.g. cp_plans=plans.csv");
  // Naming the kind settles it.
  kpi::Extracts x = read(plans, "plans.csv", Kind::cin_plans);
  CHECK(x.files[0].kind == Kind::cin_plans);
}

TEST_CASE("a header that fits no kind names the columns found and the nearest kinds") {
  // Nearest: most columns recognised (child_id and team: 2), then fewest missing,
  // then kind order; contacts has no team column, strategy discussions lack two.
  CHECK(read_error("a,b,c\n1,2,3\n", "x.csv") == "x.csv: no recognisable header (columns found: a, b, c)");
  CHECK(read_error("child_id,team\nC1,T\n", "x.csv") ==
        "x.csv: no recognisable header (columns found: child_id, team); nearest kinds: "
        "referrals (lacks referral_date), assessments (lacks start_date), "
        "s47_enquiries (lacks start_date)");
  CHECK(read_error("child_id;contact_date\nC1;2017-01-01\n", "semi.csv") ==
        "semi.csv: no recognisable header (columns found: child_id;contact_date); the file seems "
        "to separate columns with ';': save it as CSV with commas");
  CHECK(read_error("", "empty.csv") == "empty.csv: no header: the file is empty");
  CHECK(read_error("\n\n,,\n", "empty.csv") == "empty.csv: no header: the file is empty");
}

TEST_CASE("a missing required column names the file, the column and the columns found") {
  CHECK(read_error("referral_id,child_id,referal_date,nfa\nR1,C1,2017-01-01,N\n", "referrals.csv") ==
        "referrals.csv: missing required column 'referral_date' for referrals; is "
        "'referal_date' meant to be 'referral_date'? (columns found: referral_id, child_id, "
        "referal_date, nfa)");
  // A forced kind names what that kind lacks.
  CHECK(read_error("child_id,contact_date\n", "a.csv", Kind::referrals) ==
        "a.csv: missing required column 'referral_date' for referrals (columns found: child_id, "
        "contact_date)");
  CHECK(read_error("visit_id,child_id,visit_date\n", "v.csv") ==
        "v.csv: missing required column 'visit_type' for visits (columns found: visit_id, "
        "child_id, visit_date)");
}

TEST_CASE("two columns that map to one field are an error naming both") {
  CHECK(read_error("Child Unique ID,child_id,referral_date\n", "r.csv") ==
        "r.csv:1: columns 'Child Unique ID' and 'child_id' both map to child_id");
  CHECK(read_error("title\nchild_id,contact_date,Contact_Date\n", "c.csv") ==
        "c.csv:2: columns 'contact_date' and 'Contact_Date' both map to contact_date");
}

TEST_CASE("lines above the header are skipped; the header is found within 20 lines") {
  kpi::Extracts x = read("Report run 2018-04-01,,\n\nSome note\nchild_id,contact_date\nC1,2018-03-01\n");
  CHECK(x.contacts.size() == 1);
  CHECK(x.contacts[0].origin.line == 5);
  std::string late;
  for (int i = 0; i < 20; ++i) late += "note\n";
  CHECK(read_error(late + "child_id,contact_date\n", "late.csv") ==
        "late.csv: no recognisable header (columns found: note)");
}

TEST_CASE("input specs name a kind with kind=path") {
  auto spec = kpi::parse_input_spec("assessments=List_4.csv");
  CHECK(spec.path == "List_4.csv");
  CHECK(spec.kind == Kind::assessments);
  CHECK(kpi::parse_input_spec("data/a=b.csv").path == "data/a=b.csv");
  CHECK_FALSE(kpi::parse_input_spec("x.csv").kind);
  CHECK_THROWS_WITH_AS(kpi::parse_input_spec("asessments=x.csv"),
                       "unknown extract kind 'asessments' in 'asessments=x.csv', did you mean "
                       "'assessments'?",
                       kpi::UsageError);
}

}  // TEST_SUITE
