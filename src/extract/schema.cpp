// The column tables. Annex A headers are written here as the Ofsted template
// writes them (August 2019 update; ../shared/data/annex-a-headers.tsv), SSD names
// as ../shared/data/ssd-fields.txt lists them. Matching normalises both sides
// (header.cpp), so case, curly quotes, spaces and a trailing '?' do not matter.
// docs/extracts.md explains each mapping decision.
#include "extract/schema.h"

#include <array>
#include <cassert>

namespace kpi::extract {
namespace {

using F = HeaderFamily;
using V = Variant;

constexpr Alias a(std::string_view name, Variant variant = V::plain) {
  return {name, F::annex_a, variant, false};
}
constexpr Alias s(std::string_view name, Variant variant = V::plain, bool fallback = false) {
  return {name, F::ssd, variant, fallback};
}

// Annex A columns shared by lists 1 to 8. The run-together spellings
// ("ChildUniqueID", "CINStartDate", ...) are the column names of the Annex A
// lists that the SSD project's own tool writes from SSD tables
// (data-to-insight/ssd-data-model, AnnexA_sqlserver v1.2.0); they are Annex A
// headers too.
constexpr Alias annex_child[] = {a("Child Unique ID"), a("ChildUniqueID")};
constexpr Alias annex_dob[] = {a("Date of Birth"), a("DateOfBirth")};
constexpr Alias annex_team[] = {a("Allocated Team"), a("AllocatedTeam")};
constexpr Alias annex_worker[] = {a("Allocated Worker"), a("AllocatedWorker")};

// --- contacts: Annex A List 1, ssd_contacts ---
constexpr Alias contact_id[] = {s("cont_contact_id")};
constexpr Alias contact_child[] = {a("Child Unique ID"), a("ChildUniqueID"), s("cont_person_id")};
constexpr Alias contact_date[] = {a("Date of Contact"), a("DateOfContact"), s("cont_contact_date")};
constexpr Alias contact_source[] = {a("Contact Source"), a("ContactSource"),
                                    s("cont_contact_source_desc"),
                                    s("cont_contact_source_code", V::plain, true)};
constexpr ColumnSpec contacts[] = {
    {"contact_id", false, contact_id},
    {"child_id", true, contact_child},
    {"contact_date", true, contact_date},
    {"contact_source", false, contact_source},
};

// --- referrals: Annex A List 3, ssd_cin_episodes ---
constexpr Alias referral_id[] = {s("cine_referral_id")};
constexpr Alias referral_child[] = {a("Child Unique ID"), a("ChildUniqueID"), s("cine_person_id")};
constexpr Alias referral_date[] = {a("Date of referral"), a("ReferralDate"),
                                   s("cine_referral_date")};
constexpr Alias referral_source[] = {a("Referral Source"), a("ReferralSource"),
                                     s("cine_referral_source_desc"),
                                     s("cine_referral_source_code", V::plain, true)};
constexpr Alias referral_nfa[] = {a("Referral NFA?"), a("ReferralNFA"), s("cine_referral_nfa")};
// SSD 1.1 named the team and worker columns *_team_name / *_worker_name.
constexpr Alias referral_team[] = {a("Allocated Team"), a("AllocatedTeam"), s("cine_referral_team"),
                                   s("cine_referral_team_name")};
constexpr Alias referral_worker[] = {a("Allocated Worker"), a("AllocatedWorker"),
                                     s("cine_referral_worker_id"), s("cine_referral_worker_name")};
constexpr Alias referral_previous[] = {a("Number of Referrals in Last 12 Months"),
                                       a("ReferralsLast12Months")};
constexpr ColumnSpec referrals[] = {
    {"referral_id", false, referral_id},
    {"child_id", true, referral_child},
    {"referral_date", true, referral_date},
    {"referral_source", false, referral_source},
    {"nfa", false, referral_nfa},
    {"date_of_birth", false, annex_dob},
    {"team", false, referral_team},
    {"worker", false, referral_worker},
    {"previous_referrals_12m", false, referral_previous},
};

// --- assessments: Annex A List 4, ssd_cin_assessments ---
constexpr Alias assessment_id[] = {s("cina_assessment_id")};
constexpr Alias assessment_child[] = {a("Child Unique ID"), a("ChildUniqueID"),
                                      s("cina_person_id")};
constexpr Alias assessment_referral[] = {s("cina_referral_id")};
constexpr Alias assessment_start[] = {a("Continuous Assessment Start Date"),
                                      a("ContinuousAssessmentStart"),
                                      s("cina_assessment_start_date")};
constexpr Alias assessment_authorised[] = {a("Continuous Assessment Date of Authorisation"),
                                           a("ContinuousAssessmentAuthDate"),
                                           s("cina_assessment_auth_date")};
constexpr Alias assessment_outcome[] = {
    a("Was the child assessed as requiring LA children\u2019s social care support",
      V::requiring_support),
    a("CSCSupportRequired", V::requiring_support),
    s("cina_assessment_outcome_nfa", V::nfa_flag)};
constexpr Alias assessment_seen[] = {a("Child Seen During Continuous Assessment"),
                                     a("ContinuousAssessmentChildSeen"),
                                     s("cina_assessment_child_seen")};
constexpr Alias assessment_team[] = {a("Allocated Team"), a("AllocatedTeam"),
                                     s("cina_assessment_team"), s("cina_assessment_team_name")};
constexpr Alias assessment_worker[] = {a("Allocated Worker"), a("AllocatedWorker"),
                                       s("cina_assessment_worker_id"),
                                       s("cina_assessment_worker_name")};
constexpr ColumnSpec assessments[] = {
    {"assessment_id", false, assessment_id},
    {"child_id", true, assessment_child},
    {"referral_id", false, assessment_referral},
    {"start_date", true, assessment_start},
    {"authorised_date", false, assessment_authorised},
    {"outcome", false, assessment_outcome},
    {"child_seen", false, assessment_seen},
    {"date_of_birth", false, annex_dob},
    {"team", false, assessment_team},
    {"worker", false, assessment_worker},
};

// --- strategy discussions: short names only (no Annex A list, no SSD table) ---
constexpr ColumnSpec strategy[] = {
    {"discussion_id", true, {}}, {"child_id", true, {}},     {"discussion_date", true, {}},
    {"social_care", false, {}},  {"police", false, {}},      {"health", false, {}},
    {"education", false, {}},    {"other_agency", false, {}}, {"s47_initiated", false, {}},
    {"team", false, {}},         {"worker", false, {}},
};

// --- S47 enquiries: Annex A List 5, ssd_s47_enquiry ---
constexpr Alias s47_id[] = {s("s47e_s47_enquiry_id")};
constexpr Alias s47_child[] = {a("Child Unique ID"), a("ChildUniqueID"), s("s47e_person_id")};
// "Section 47 Enquiry Start Date" and "... Not Required": local authorities'
// own List 5 headers, mapped in CSCDP/AnnexA_CiNCensus_Cleaner's custom mappings.
constexpr Alias s47_start[] = {a("Strategy discussion initiating Section 47 Enquiry Start Date"),
                               a("Section 47 Enquiry Start Date"), a("StratDiscussionDate"),
                               s("s47e_s47_start_date")};
constexpr Alias s47_end[] = {s("s47e_s47_end_date")};
constexpr Alias s47_not_required[] = {
    a("Was an Initial Child Protection Conference deemed unnecessary?"),
    a("Initial Child Protection Conference Not Required"), a("InitialCPConfUnnecessary")};
constexpr Alias s47_icpc_date[] = {a("Date of Initial Child Protection Conference"),
                                   a("InitialCPConfDate")};
constexpr Alias s47_icpc_result[] = {
    a("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
    a("CPConfResultInCPPlan")};
constexpr Alias s47_outcome[] = {s("s47e_s47_nfa", V::nfa_flag)};
constexpr Alias s47_team[] = {a("Allocated Team"), a("AllocatedTeam"),
                              s("s47e_s47_completed_by_team"),
                              s("s47e_s47_completed_by_team_name")};
constexpr Alias s47_worker[] = {a("Allocated Worker"), a("AllocatedWorker"),
                                s("s47e_s47_completed_by_worker_id"),
                                s("s47e_s47_completed_by_worker_name")};
constexpr ColumnSpec s47_enquiries[] = {
    {"s47_id", false, s47_id},
    {"child_id", true, s47_child},
    {"start_date", true, s47_start},
    {"end_date", false, s47_end},
    {"icpc_not_required", false, s47_not_required},
    {"icpc_date", false, s47_icpc_date},
    {"icpc_result_cp_plan", false, s47_icpc_result},
    {"outcome", false, s47_outcome},
    {"date_of_birth", false, annex_dob},
    {"team", false, s47_team},
    {"worker", false, s47_worker},
};

// --- ICPCs: ssd_initial_cp_conference ---
constexpr Alias icpc_id[] = {s("icpc_icpc_id")};
constexpr Alias icpc_s47[] = {s("icpc_s47_enquiry_id")};
constexpr Alias icpc_child[] = {s("icpc_person_id")};
constexpr Alias icpc_date[] = {s("icpc_icpc_date")};
constexpr Alias icpc_result[] = {s("icpc_icpc_outcome_cp_flag")};
constexpr Alias icpc_transfer[] = {s("icpc_icpc_transfer_in")};
constexpr Alias icpc_team[] = {s("icpc_icpc_team"), s("icpc_icpc_team_name")};
constexpr Alias icpc_worker[] = {s("icpc_icpc_worker_id"), s("icpc_icpc_worker_name")};
constexpr ColumnSpec icpcs[] = {
    {"icpc_id", false, icpc_id},         {"s47_id", false, icpc_s47},
    {"child_id", true, icpc_child},      {"icpc_date", true, icpc_date},
    {"result_cp_plan", false, icpc_result}, {"transfer_in", false, icpc_transfer},
    {"team", false, icpc_team},          {"worker", false, icpc_worker},
};

// --- CP plans: Annex A List 7, ssd_cp_plans ---
constexpr Alias cp_id[] = {s("cppl_cp_plan_id")};
constexpr Alias cp_child[] = {a("Child Unique ID"), a("ChildUniqueID"), s("cppl_person_id")};
constexpr Alias cp_start[] = {a("Child Protection Plan Start Date"),
                              a("ChildProtectionPlanStartDate"), s("cppl_cp_plan_start_date")};
constexpr Alias cp_end[] = {a("Child Protection Plan End Date"), a("ChildProtectionPlanEndDate"),
                            s("cppl_cp_plan_end_date")};
constexpr Alias cp_previous[] = {a("Number of Previous Child Protection Plans"),
                                 a("NumberOfPreviousChildProtectionPlans")};
constexpr Alias cp_category[] = {a("Initial Category of Abuse"), a("InitialCategoryOfAbuse"),
                                 s("cppl_cp_plan_initial_category")};
constexpr Alias cp_last_visit[] = {a("Date of the Last Statutory Visit"),
                                   a("DateOfLastStatutoryVisit")};
constexpr ColumnSpec cp_plans[] = {
    {"plan_id", false, cp_id},
    {"child_id", true, cp_child},
    {"start_date", true, cp_start},
    {"end_date", false, cp_end},
    {"previous_plans", false, cp_previous},
    {"initial_category", false, cp_category},
    {"date_of_birth", false, annex_dob},
    {"last_visit_date", false, cp_last_visit},
    {"team", false, annex_team},
    {"worker", false, annex_worker},
};

// --- CiN plans: Annex A List 6, ssd_cin_plans ---
// cin_plan_id: the Mosaic build of the SSD (ssd-data-model's DDL comparison).
constexpr Alias cin_id[] = {s("cinp_cin_plan_id"), s("cin_plan_id")};
constexpr Alias cin_child[] = {a("Child Unique ID"), a("ChildUniqueID"), s("cinp_person_id")};
constexpr Alias cin_start[] = {a("CIN Start Date"), a("CINStartDate"),
                               s("cinp_cin_plan_start_date")};
constexpr Alias cin_end[] = {a("CIN Closure Date"), a("CINClosureDate"),
                             s("cinp_cin_plan_end_date")};
constexpr Alias cin_last_seen[] = {a("Date Child Was Last Seen"), a("DateChildLastSeen")};
constexpr Alias cin_team[] = {a("Allocated Team"), a("AllocatedTeam"), s("cinp_cin_plan_team"),
                              s("cinp_cin_plan_team_name")};
constexpr Alias cin_worker[] = {a("Allocated Worker"), a("AllocatedWorker"),
                                s("cinp_cin_plan_worker_id"), s("cinp_cin_plan_worker_name")};
constexpr ColumnSpec cin_plans[] = {
    {"plan_id", false, cin_id},
    {"child_id", true, cin_child},
    {"start_date", true, cin_start},
    {"end_date", false, cin_end},
    {"last_seen_date", false, cin_last_seen},
    {"date_of_birth", false, annex_dob},
    {"team", false, cin_team},
    {"worker", false, cin_worker},
};

// --- CLA episodes: Annex A List 8, ssd_cla_episodes. SSD rows are episodes
// (placement or legal status changes) of a period of care named by clae_cla_id,
// which CLA visits and reviews refer to: the period is the unit here (finish.cpp
// merges its episodes). ---
constexpr Alias cla_id[] = {s("clae_cla_id"), s("clae_cla_episode_id", V::plain, true)};
constexpr Alias cla_child[] = {a("Child Unique ID"), a("ChildUniqueID"), s("clae_person_id")};
// "LoookedAfterStartDate" is spelt so by the SSD project's Annex A tool.
constexpr Alias cla_start[] = {a("Date Started to be Looked After"), a("LoookedAfterStartDate"),
                               s("clae_entered_care_date"),
                               s("clae_cla_episode_start_date", V::plain, true)};
// SSD 1.1 and 1.2 (2024) named the end clae_cla_episode_ceased.
constexpr Alias cla_end[] = {a("Date Ceased to be Looked After"), a("CeasedLookedAfterDate"),
                             s("clae_cla_episode_ceased_date"), s("clae_cla_episode_ceased")};
constexpr Alias cla_placement[] = {a("Start Date of Most Recent Placement"),
                                   a("MostRecentPlacementStartDate"),
                                   s("clae_cla_episode_start_date")};
constexpr Alias cla_last_visit[] = {a("Date of Last Social Work Visit"),
                                    a("LastSocialWorkVisitDate")};
constexpr ColumnSpec cla_episodes[] = {
    {"episode_id", false, cla_id},
    {"child_id", true, cla_child},
    {"start_date", true, cla_start},
    {"end_date", false, cla_end},
    {"placement_start", false, cla_placement},
    {"iha_date", false, {}},
    {"last_visit_date", false, cla_last_visit},
    {"date_of_birth", false, annex_dob},
    {"team", false, annex_team},
    {"worker", false, annex_worker},
};

// --- visits: ssd_cp_visits, ssd_cin_visits, ssd_cla_visits (the table implies
// the type; child_id or plan_id is required: header.cpp) ---
constexpr Alias visit_id[] = {s("cppv_cp_visit_id"), s("cinv_cin_visit_id"), s("clav_cla_visit_id")};
constexpr Alias visit_child[] = {s("cppv_person_id"), s("cinv_person_id"), s("clav_person_id")};
constexpr Alias visit_date[] = {s("cppv_cp_visit_date", V::implies_cp),
                                s("cinv_cin_visit_date", V::implies_cin),
                                s("clav_cla_visit_date", V::implies_cla)};
// cinv_cin_plan_id: the Mosaic build's CiN visits, which name the plan and not
// the child (the child comes from the plan: finish.cpp).
constexpr Alias visit_plan[] = {s("cppv_cp_plan_id"), s("cinv_cin_plan_id"), s("clav_cla_id")};
constexpr Alias visit_seen[] = {s("cppv_cp_visit_seen"), s("cinv_cin_visit_seen"),
                                s("clav_cla_visit_seen")};
constexpr Alias visit_alone[] = {s("cppv_cp_visit_seen_alone"), s("cinv_cin_visit_seen_alone"),
                                 s("clav_cla_visit_seen_alone")};
constexpr ColumnSpec visits[] = {
    {"visit_id", false, visit_id},     {"child_id", false, visit_child},
    {"visit_date", true, visit_date},  {"visit_type", true, {}},
    {"plan_id", false, visit_plan},    {"seen", false, visit_seen},
    {"seen_alone", false, visit_alone}, {"team", false, {}},
    {"worker", false, {}},
};

// --- early help: Annex A List 2 ---
constexpr Alias eh_child[] = {a("Child Unique ID"), a("ChildUniqueID")};
constexpr Alias eh_start[] = {a("Assessment start date"), a("AssessmentStartDate")};
constexpr Alias eh_end[] = {a("Assessment completion date"), a("AssessmentCompletionDate")};
constexpr Alias eh_org[] = {a("Organisation completing assessment"),
                            a("OrganisationCompletingAssessment")};
constexpr ColumnSpec early_help[] = {
    {"child_id", true, eh_child},
    {"start_date", true, eh_start},
    {"end_date", false, eh_end},
    {"organisation", false, eh_org},
};

// --- CLA reviews: ssd_cla_reviews (child_id or cla_id is required: header.cpp) ---
constexpr Alias review_id[] = {s("clar_cla_review_id")};
// The Mosaic build of the SSD adds the child to its reviews.
constexpr Alias review_child[] = {s("clar_cla_person_id")};
constexpr Alias review_cla[] = {s("clar_cla_id")};
constexpr Alias review_date[] = {s("clar_cla_review_date")};
constexpr Alias review_participation[] = {s("clar_cla_review_participation")};
constexpr Alias review_cancelled[] = {s("clar_cla_review_cancelled")};
constexpr ColumnSpec cla_reviews[] = {
    {"review_id", false, review_id},  {"child_id", false, review_child},
    {"cla_id", false, review_cla},    {"review_date", true, review_date},
    {"participation", false, review_participation}, {"cancelled", false, review_cancelled},
};

// --- CP reviews: ssd_cp_reviews (child_id or plan_id is required: header.cpp).
// cppr_cp_review_due is the date the review was due, not held: not read. ---
constexpr Alias cp_review_id[] = {s("cppr_cp_review_id")};
constexpr Alias cp_review_child[] = {s("cppr_person_id")};
constexpr Alias cp_review_plan[] = {s("cppr_cp_plan_id")};
constexpr Alias cp_review_date[] = {s("cppr_cp_review_date")};
constexpr ColumnSpec cp_reviews[] = {
    {"review_id", true, cp_review_id},
    {"child_id", false, cp_review_child},
    {"plan_id", false, cp_review_plan},
    {"review_date", true, cp_review_date},
};

// --- recognised but not used: each has the columns that identify it ---
constexpr Alias care_leavers_category[] = {a("Eligibility Category"), a("EligibilityCategory")};
constexpr Alias care_leavers_touch[] = {a("LA In Touch"), a("LAInTouch")};
constexpr ColumnSpec annex_9[] = {{"child_id", true, annex_child},
                                  {"eligibility_category", true, care_leavers_category},
                                  {"in_touch", true, care_leavers_touch}};
constexpr Alias adoption_entered[] = {a("Date the Child Entered Care"), a("EnteredCareDate")};
constexpr Alias adoption_decision[] = {
    a("Date of Decision that Child Should be Placed for Adoption"), a("ADMSHOBPADecisionDate")};
constexpr ColumnSpec annex_10[] = {{"child_id", true, annex_child},
                                   {"entered_care", true, adoption_entered},
                                   {"adoption_decision", true, adoption_decision}};
constexpr Alias adopter_id[] = {a("Individual adopter identifier"), a("AdopterID")};
constexpr Alias adopter_family[] = {a("Family identifier")};
// The adopter's id alone says List 11: the SSD tool's List 11 has no family id.
constexpr ColumnSpec annex_11[] = {{"adopter_id", true, adopter_id},
                                   {"family_id", false, adopter_family}};
constexpr Alias person_id[] = {s("pers_person_id")};
// ssd_person gives the dates of birth that no other SSD table carries; an
// unborn child's expected date stands in for it.
constexpr Alias person_dob[] = {s("pers_dob")};
constexpr Alias person_expected[] = {s("pers_expected_dob")};
constexpr ColumnSpec ssd_person[] = {{"person_id", true, person_id},
                                     {"date_of_birth", true, person_dob},
                                     {"expected_date_of_birth", false, person_expected}};
static_assert(std::size(ssd_person) == col::persons::count);
constexpr Alias legal_id[] = {s("lega_legal_status_id")};
constexpr Alias legal_status[] = {s("lega_legal_status")};
constexpr ColumnSpec ssd_legal_status[] = {{"legal_status_id", true, legal_id},
                                           {"legal_status", true, legal_status}};
constexpr Alias involvement_id[] = {s("invo_involvements_id")};
constexpr Alias involvement_prof[] = {s("invo_professional_id")};
constexpr ColumnSpec ssd_involvements[] = {{"involvement_id", true, involvement_id},
                                           {"professional_id", true, involvement_prof}};
constexpr Alias professional_id[] = {s("prof_professional_id")};
constexpr Alias professional_staff[] = {s("prof_staff_id")};
constexpr ColumnSpec ssd_professionals[] = {{"professional_id", true, professional_id},
                                            {"staff_id", true, professional_staff}};

constexpr TableSpec all_tables[] = {
    {"contacts", Kind::contacts, contacts},
    {"referrals", Kind::referrals, referrals},
    {"assessments", Kind::assessments, assessments},
    {"strategy_discussions", Kind::strategy_discussions, strategy},
    {"s47_enquiries", Kind::s47_enquiries, s47_enquiries},
    {"icpcs", Kind::icpcs, icpcs},
    {"cp_plans", Kind::cp_plans, cp_plans},
    {"cin_plans", Kind::cin_plans, cin_plans},
    {"cla_episodes", Kind::cla_episodes, cla_episodes},
    {"visits", Kind::visits, visits},
    {"early_help", Kind::early_help, early_help},
    {"cla_reviews", Kind::cla_reviews, cla_reviews},
    {"cp_reviews", Kind::cp_reviews, cp_reviews},
    {"Annex A List 9 (care leavers)", std::nullopt, annex_9},
    {"Annex A List 10 (adoption)", std::nullopt, annex_10},
    {"Annex A List 11 (adopters)", std::nullopt, annex_11},
    {"SSD table ssd_person", std::nullopt, ssd_person, "dates of birth"},
    {"SSD table ssd_legal_status", std::nullopt, ssd_legal_status},
    {"SSD table ssd_involvements", std::nullopt, ssd_involvements},
    {"SSD table ssd_professionals", std::nullopt, ssd_professionals},
};

static_assert(std::size(contacts) == col::contacts::count);
static_assert(std::size(referrals) == col::referrals::count);
static_assert(std::size(assessments) == col::assessments::count);
static_assert(std::size(strategy) == col::strategy::count);
static_assert(std::size(s47_enquiries) == col::s47::count);
static_assert(std::size(icpcs) == col::icpcs::count);
static_assert(std::size(cp_plans) == col::cp_plans::count);
static_assert(std::size(cin_plans) == col::cin_plans::count);
static_assert(std::size(cla_episodes) == col::cla_episodes::count);
static_assert(std::size(visits) == col::visits::count);
static_assert(std::size(early_help) == col::early_help::count);
static_assert(std::size(cla_reviews) == col::cla_reviews::count);
static_assert(std::size(cp_reviews) == col::cp_reviews::count);
static_assert(std::size(all_tables) > kind_count &&
              all_tables[kind_count - 1].kind == Kind::cp_reviews);

}  // namespace

std::span<const TableSpec> tables() { return all_tables; }

const TableSpec& table_of(Kind kind) {
  const TableSpec& table = all_tables[static_cast<int>(kind)];
  assert(table.kind == kind);
  return table;
}

int main_date_column(Kind kind) {
  switch (kind) {
    case Kind::contacts: return col::contacts::contact_date;
    case Kind::referrals: return col::referrals::referral_date;
    case Kind::assessments: return col::assessments::start_date;
    case Kind::strategy_discussions: return col::strategy::discussion_date;
    case Kind::s47_enquiries: return col::s47::start_date;
    case Kind::icpcs: return col::icpcs::icpc_date;
    case Kind::cp_plans: return col::cp_plans::start_date;
    case Kind::cin_plans: return col::cin_plans::start_date;
    case Kind::cla_episodes: return col::cla_episodes::start_date;
    case Kind::visits: return col::visits::visit_date;
    case Kind::early_help: return col::early_help::start_date;
    case Kind::cla_reviews: return col::cla_reviews::review_date;
    case Kind::cp_reviews: return col::cp_reviews::review_date;
  }
  return 0;
}

}  // namespace kpi::extract
