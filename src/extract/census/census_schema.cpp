#include "extract/census/census_schema.h"

#include "extract/schema.h"

#include <iterator>
#include <unordered_map>

namespace kpi::extract::census {
namespace {

namespace R = col::referrals;
namespace A = col::assessments;
namespace S = col::s47;
namespace P = col::cp_plans;
namespace N = col::cin_plans;
namespace V = col::cp_reviews;

// PrimaryNeedCode, CINclosureDate and ReasonForClosure are read past: no
// indicator uses them, and the referral row has no column for them.
constexpr Leaf episode_leaves[] = {{"CINreferralDate", R::referral_date},
                                   {"ReferralSource", R::referral_source},
                                   {"ReferralNFA", R::nfa}};
constexpr Leaf assessment_leaves[] = {{"AssessmentActualStartDate", A::start_date},
                                      {"AssessmentAuthorisationDate", A::authorised_date}};
// icpc_result_cp_plan is made from the episode's CP plans (census_child.cpp).
constexpr Leaf s47_leaves[] = {{"S47ActualStartDate", S::start_date},
                               {"DateOfInitialCPC", S::icpc_date},
                               {"ICPCnotRequired", S::icpc_not_required}};
constexpr Leaf cp_plan_leaves[] = {{"CPPstartDate", P::start_date},
                                   {"CPPendDate", P::end_date},
                                   {"NumberOfPreviousCPP", P::previous_plans},
                                   {"InitialCategoryOfAbuse", P::initial_category}};
constexpr Leaf cin_plan_leaves[] = {{"CINPlanStartDate", N::start_date},
                                    {"CINPlanEndDate", N::end_date}};

constexpr BlockSpec block_specs[] = {
    {"CINdetails", Kind::referrals, "", "", R::referral_id, R::child_id, -1, R::date_of_birth, -1,
     episode_leaves},
    {"Assessments", Kind::assessments, "CINdetails", "A", A::assessment_id, A::child_id,
     A::referral_id, A::date_of_birth, -1, assessment_leaves},
    {"Section47", Kind::s47_enquiries, "CINdetails", "S", S::s47_id, S::child_id, -1,
     S::date_of_birth, -1, s47_leaves},
    {"ChildProtectionPlans", Kind::cp_plans, "CINdetails", "CPP", P::plan_id, P::child_id, -1,
     P::date_of_birth, -1, cp_plan_leaves},
    {"CINPlanDates", Kind::cin_plans, "CINdetails", "CINP", N::plan_id, N::child_id, -1,
     N::date_of_birth, -1, cin_plan_leaves},
    // Each date in a plan's <Reviews> is one review conference of the plan.
    {"CPPreviewDate", Kind::cp_reviews, "ChildProtectionPlans", "R", V::review_id, V::child_id,
     V::plan_id, -1, V::review_date, {}},
};

static_assert(std::size(block_specs) <= 8, "census_child.h: BlockCounts holds 8");

constexpr Kind kinds[] = {Kind::referrals, Kind::assessments, Kind::s47_enquiries, Kind::cp_plans,
                          Kind::cin_plans, Kind::cp_reviews};

// The other elements of the 2021 to 2026 schemas: the header, the child's
// identifiers and characteristics, and what the indicators do not use.
constexpr std::string_view other_elements[] = {
    "Message", "Header", "CollectionDetails", "Collection", "Year", "ReferenceDate", "Source",
    "SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime", "Content",
    "CBDSLevels", "CBDSLevel", "Children", "Child", "ChildIdentifiers", "LAchildID", "UPN",
    "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "GenderBirth",
    "GenderCurrent", "Sex", "PersonDeathDate", "ChildCharacteristics", "Ethnicity",
    "Disabilities", "Disability", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
    "DateOfInitialCPC", "AssessmentInternalReviewDate", "FactorsIdentifiedAtAssessment",
    "AssessmentFactors", "InitialCPCtarget", "LatestCategoryOfAbuse", "Reviews"};

const std::unordered_map<std::string_view, ElementInfo>& elements() {
  static const auto map = [] {
    std::unordered_map<std::string_view, ElementInfo> m;
    for (std::string_view name : other_elements) m[name];
    for (const BlockSpec& spec : block_specs) {
      m[spec.element].block = &spec;
      for (const Leaf& leaf : spec.leaves) m[leaf.element].leaf_of.push_back({&spec, leaf.column});
      if (spec.self_column >= 0) m[spec.element].leaf_of.push_back({&spec, spec.self_column});
    }
    return m;
  }();
  return map;
}

}  // namespace

std::span<const BlockSpec> blocks() { return block_specs; }

const ElementInfo* element_info(std::string_view element) {
  const auto& map = elements();
  auto it = map.find(element);
  return it == map.end() ? nullptr : &it->second;
}

std::span<const Kind> census_kinds() { return kinds; }

std::string_view normalise_value(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const auto first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  text = text.substr(first, text.find_last_not_of(space) - first + 1);
  // xs:date and xs:dateTime: "2024-05-01", "2024-05-01Z", "2024-05-01+01:00",
  // "2024-05-01T09:30:00".
  if (text.size() > 10 && text[4] == '-' && text[7] == '-' &&
      (text[10] == 'T' || text[10] == 'Z' || text[10] == '+' || text[10] == '-'))
    return text.substr(0, 10);
  return text;
}

}  // namespace kpi::extract::census
