// THE registry of indicator families, in dashboard order. `dashboard`,
// `indicators`, `show` and "unknown indicator 'x', did you mean 'y'?" all read
// this one table; each family's compute function lives in its own file.
#include "indicator/family.h"
#include "kpi/error.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

namespace kpi {
namespace {

using enum Unit;
using enum Polarity;
using enum Measure;
using enum Kind;

std::vector<Family> make_families() {
  std::vector<Family> f;
  // --- tier 1: referrals ---
  f.push_back({"referrals", 1,
               {{"", "Referrals", count, neither, flow, false,
                 "Referrals with a referral_date in the month."}},
               {referrals}, {}, {"referral", "", ""}, compute::referrals});
  f.push_back({"repeat_referrals_12m", 1,
               {{"", "Repeat referrals within 12 months", percent, lower, flow, false,
                 "Of referrals in the month, the % where the same child had an earlier referral "
                 "(on an earlier day, NFA ones included) dated on or after the same day one year "
                 "earlier. In a month whose year of history starts before the earliest referral "
                 "in the extracts (partial history), previous_referrals_12m > 0 also makes a "
                 "repeat, and the value is flagged partial_history."}},
               {referrals}, {}, {"earlier referral", "referral", "days"},
               compute::repeat_referrals});
  f.push_back({"referrals_nfa", 1,
               {{"", "Referrals with no further action", percent, neither, flow, false,
                 "Of referrals in the month, the % with nfa = Y (blank nfa stays in the "
                 "denominator)."}},
               {referrals}, {}, {"referral", "", ""}, compute::referrals_nfa});
  f.push_back({"referrals_to_assessment", 1,
               {{"", "Referrals followed by an assessment", percent, neither, flow, false,
                 "Of referrals in the month, the % followed by an assessment: one carrying the "
                 "referral's referral_id, else any of the child's assessments starting on or "
                 "after the referral date and before the child's next referral on a later day."}},
               {referrals, assessments}, {}, {"referral", "assessment start", "working days"},
               compute::referrals_to_assessment});
  // --- tier 1: assessments ---
  f.push_back({"assessments_completed", 1,
               {{"", "Assessments completed", count, neither, flow, false,
                 "Assessments with an authorised_date in the month (including any authorised "
                 "before their start, which are reported)."}},
               {assessments}, {}, {"start", "authorised", "working days"},
               compute::assessments_completed});
  f.push_back({"assessments_45wd", 1,
               {{"", "Assessments completed within 45 working days", percent, higher, flow, false,
                 "Of assessments authorised in the month, the % with at most 45 working days "
                 "(the count in force) from start_date (or, with --assessment-from referral, the "
                 "linked referral's date) to authorised_date. Assessments authorised before "
                 "their start are left out and reported."}},
               {assessments}, {}, {"from", "authorised", "working days"},
               compute::assessments_timeliness});
  f.push_back({"assessments_open_over_45wd", 1,
               {{"", "Assessments open over 45 working days", count, lower, snapshot, false,
                 "At the month's last day: assessments started on or before it and not "
                 "authorised by it, with more than 45 working days from start_date to that "
                 "day."}},
               {assessments}, {}, {"start", "as at", "working days"},
               compute::assessments_open_over});
  f.push_back({"assessment_outcomes", 1,
               {{"nfa", "Assessment outcome: no further action", percent, neither, flow, false,
                 "Of assessments authorised in the month, the % with outcome nfa (a blank "
                 "outcome stays in the denominator)."},
                {"cin", "Assessment outcome: child in need (s17)", percent, neither, flow, false,
                 "Of assessments authorised in the month, the % with outcome cin/s17 (Annex A "
                 "\"requiring support\" Y)."},
                {"other", "Assessment outcome: other", percent, neither, flow, false,
                 "Of assessments authorised in the month, the % with any other recorded "
                 "outcome."}},
               {assessments}, {}, {"start", "authorised", ""}, compute::assessment_outcomes});
  {
    static constexpr std::string_view bands[][3] = {
        {"same_day", "Assessment duration: same day",
         "Assessments authorised in the month on their start date, or with 0 working days."},
        {"1_10", "Assessment duration: 1-10 working days",
         "Assessments authorised in the month after 1 to 10 working days."},
        {"11_20", "Assessment duration: 11-20 working days",
         "Assessments authorised in the month after 11 to 20 working days."},
        {"21_30", "Assessment duration: 21-30 working days",
         "Assessments authorised in the month after 21 to 30 working days."},
        {"31_40", "Assessment duration: 31-40 working days",
         "Assessments authorised in the month after 31 to 40 working days."},
        {"41_45", "Assessment duration: 41-45 working days",
         "Assessments authorised in the month after 41 to 45 working days."},
        {"46_50", "Assessment duration: 46-50 working days",
         "Assessments authorised in the month after 46 to 50 working days."},
        {"51_60", "Assessment duration: 51-60 working days",
         "Assessments authorised in the month after 51 to 60 working days."},
        {"61_plus", "Assessment duration: 61+ working days",
         "Assessments authorised in the month after 61 working days or more."},
    };
    Family family{"assessment_duration_bands", 1, {}, {assessments}, {},
                  {"start", "authorised", "working days"}, compute::assessment_duration_bands};
    for (const auto& band : bands)
      family.subs.push_back({band[0], band[1], count, neither, flow, false, band[2]});
    f.push_back(std::move(family));
  }
  // --- tier 1: strategy discussions, S47 and ICPC ---
  f.push_back({"strategy_discussions", 1,
               {{"", "Strategy discussions", count, neither, flow, false,
                 "Distinct discussion_ids dated in the month; a discussion is dated by its "
                 "earliest row."},
                {"children", "Children in strategy discussions", count, neither, flow, true,
                 "Distinct children of the discussions dated in the month; the 3-month and "
                 "year-to-date figures count each child once over their months."}},
               {strategy_discussions}, {}, {"discussion", "row date", ""},
               compute::strategy_discussions});
  f.push_back({"strategy_wt_compliant", 1,
               {{"", "Strategy discussions with social care, police and health", percent, higher,
                 flow, false,
                 "Of discussions in the month, the % where social care, police and health were "
                 "all involved (Working Together minimum). An agency is involved when any row "
                 "of the discussion says Y; a blank flag counts as not involved and is reported "
                 "as a data-quality finding."},
                {"no_police", "Strategy discussions without police", count, lower, flow, false,
                 "Discussions in the month where no row says police = Y (blank included)."},
                {"no_health", "Strategy discussions without health", count, lower, flow, false,
                 "Discussions in the month where no row says health = Y (blank included)."},
                {"social_care", "Strategy discussions involving social care", percent, higher,
                 flow, false, "Of discussions in the month, the % involving social care."},
                {"police", "Strategy discussions involving police", percent, higher, flow, false,
                 "Of discussions in the month, the % involving police."},
                {"health", "Strategy discussions involving health", percent, higher, flow, false,
                 "Of discussions in the month, the % involving health."},
                {"education", "Strategy discussions involving education", percent, higher, flow,
                 false, "Of discussions in the month, the % involving education."},
                {"other", "Strategy discussions involving another agency", percent, higher, flow,
                 false, "Of discussions in the month, the % involving another agency."}},
               {strategy_discussions}, {}, {"discussion", "", ""},
               compute::strategy_wt_compliant});
  f.push_back({"s47_started", 1,
               {{"", "S47 enquiries started", count, neither, flow, false,
                 "S47 enquiries with a start_date in the month."}},
               {s47_enquiries}, {}, {"start", "", ""}, compute::s47_started});
  f.push_back({"s47_to_icpc", 1,
               {{"", "S47 enquiries leading to an ICPC", percent, neither, flow, false,
                 "Of S47 enquiries starting in the month, the % with an ICPC date (on the S47 "
                 "row or a linked ICPC row, whenever held); icpc_not_required = Y counts as no "
                 "ICPC."}},
               {s47_enquiries}, {}, {"S47 start", "ICPC", "working days"}, compute::s47_to_icpc});
  f.push_back({"icpc_15wd", 1,
               {{"", "ICPCs within 15 working days of the S47 start", percent, higher, flow,
                 false,
                 "Of ICPCs held in the month (ICPC rows, and S47 ICPC dates no ICPC row "
                 "links to), the % held at most 15 working days after the linked S47's start. "
                 "ICPCs dated before their S47 start, without an S47, or whose S47 says ICPC "
                 "not required are left out and reported."}},
               {s47_enquiries}, {}, {"S47 start", "ICPC", "working days"},
               compute::icpc_timeliness});
  f.push_back({"icpc_to_cp_plan", 1,
               {{"", "ICPCs resulting in a CP plan", percent, neither, flow, false,
                 "Of ICPCs held in the month, the % that resulted in a CP plan: result flag Y "
                 "(the ICPC row's, else its S47's); N is final; a blank flag counts when a CP "
                 "plan for the child starts on exactly the ICPC date. ICPCs whose S47 says "
                 "ICPC not required are left out."}},
               {}, {s47_enquiries, icpcs}, {"S47 start", "ICPC", ""}, compute::icpc_to_cp_plan});
  // --- tier 1: child protection plans ---
  f.push_back({"cp_plans_started", 1,
               {{"", "CP plans started", count, neither, flow, false,
                 "CP plans with a start_date in the month; the year-to-date figure is the count "
                 "since 1 April."},
                {"under_10", "CP plans started for children under 10", percent, neither, flow,
                 false,
                 "Of CP plans starting in the month whose child has a date of birth, the % "
                 "where the child was under 10 (whole years) at the start; an unborn child "
                 "counts as under 1."}},
               {cp_plans}, {}, {"start", "date of birth", ""}, compute::cp_plans_started});
  f.push_back({"cp_plans_open", 1,
               {{"", "CP plans open", count, neither, snapshot, false,
                 "CP plans open at the month's last day (start on or before it, end blank or "
                 "after it)."}},
               {cp_plans}, {}, {"start", "end", ""}, compute::cp_plans_open});
  f.push_back({"cp_plans_ended", 1,
               {{"", "CP plans ended", count, neither, flow, false,
                 "CP plans with an end_date in the month."}},
               {cp_plans}, {}, {"start", "end", "days"}, compute::cp_plans_ended});
  f.push_back({"cp_subsequent", 1,
               {{"", "CP plans that are subsequent plans", percent, lower, flow, false,
                 "Of CP plans starting in the month, the % whose child had a previous plan: "
                 "one in the extracts starting on an earlier day, or previous_plans > 0."}},
               {cp_plans}, {}, {"earlier plan", "start", ""}, compute::cp_subsequent});
  f.push_back({"cp_open_over_2y", 1,
               {{"", "CP plans open 2 years or more", count, lower, snapshot, false,
                 "CP plans open at the month's last day whose second anniversary (start + 24 "
                 "months; 29 Feb -> 28 Feb) is on or before that day."},
                {"ended", "CP plans ended after 2 years or more", count, lower, flow, false,
                 "CP plans ending in the month whose second anniversary is on or before their "
                 "end_date."}},
               {cp_plans}, {}, {"start", "as at / end", "days"}, compute::cp_open_over_2y});
  // --- tier 1: visits ---
  f.push_back({"cp_visits_in_time", 1,
               {{"", "CP visits within 10 working days", percent, higher, flow, false,
                 "Of seen CP visits in the month that belong to a plan, the % at most 10 "
                 "working days after the previous seen visit of the same plan, or after the "
                 "plan start for the first. A visit belongs to the plan of its plan_id, else "
                 "to the child's CP plan open on its date (the one started last); visits "
                 "outside their plan or in none are left out and reported; visits not seen "
                 "neither count nor restart the clock."}},
               {cp_plans, visits}, {}, {"previous visit / plan start", "visit", "working days"},
               compute::cp_visits_in_time});
  f.push_back({"cp_seen_in_time", 1,
               {{"", "Children on CP plans seen within 10 working days", percent, higher, snapshot,
                 false,
                 "Of children on a CP plan at the month's last day (the plan started last if "
                 "two are open), the % whose latest seen visit of that plan on or before that "
                 "day, or the plan start if none, is at most 10 working days before it. "
                 "Without a visits extract, the plans' last-visit dates give the latest month "
                 "in the data only."}},
               {cp_plans}, {}, {"last seen / plan start", "as at", "working days"},
               compute::cp_seen_in_time});
  f.push_back({"cin_plans_open", 1,
               {{"", "CiN plans open", count, neither, snapshot, false,
                 "CiN plans open at the month's last day."},
                {"started", "CiN plans started", count, neither, flow, false,
                 "CiN plans with a start_date in the month."},
                {"over_6m", "CiN plans open longer than 6 months", count, lower, snapshot, false,
                 "CiN plans open at the month's last day whose start plus 6 months (a missing "
                 "day becomes the month's last) is before that day."}},
               {cin_plans}, {}, {"start", "as at", "days"}, compute::cin_plans_open});
  f.push_back({"cin_visits_in_time", 1,
               {{"", "CiN visits within 6 weeks", percent, higher, flow, false,
                 "As cp_visits_in_time, for CiN visits and plans: at most 42 days after the "
                 "previous seen visit, or the plan start."}},
               {cin_plans, visits}, {}, {"previous visit / plan start", "visit", "days"},
               compute::cin_visits_in_time});
  f.push_back({"cin_seen_in_time", 1,
               {{"", "Children on CiN plans seen within 6 weeks", percent, higher, snapshot, false,
                 "As cp_seen_in_time, for CiN plans: latest seen visit (or plan start) at most "
                 "42 days before the month's last day."}},
               {cin_plans}, {}, {"last seen / plan start", "as at", "days"},
               compute::cin_seen_in_time});
  f.push_back({"cla_visits_in_time", 1,
               {{"", "Children in care visits in time", percent, higher, flow, false,
                 "Of seen CLA visits in the month that belong to an episode, the % in time: "
                 "the first within 7 days of the later of the episode start and "
                 "placement_start, each later one within 42 days of the previous seen visit "
                 "of the episode."}},
               {cla_episodes, visits}, {}, {"previous visit / start", "visit", "days"},
               compute::cla_visits_in_time});
  // --- tier 2 ---
  f.push_back({"contacts", 2,
               {{"", "Contacts", count, neither, flow, false,
                 "Contact rows (one per child) dated in the month."}},
               {contacts}, {}, {"contact", "", ""}, compute::contacts});
  f.push_back({"contact_to_referral", 2,
               {{"", "Referrals per contact", percent, neither, flow, false,
                 "Referrals dated in the month as a % of contacts dated in the month."}},
               {contacts, referrals}, {}, {"date", "", ""}, compute::contact_to_referral});
  f.push_back({"early_help_open", 2,
               {{"", "Early help assessments open", count, neither, snapshot, false,
                 "Early help assessments open at the month's last day."},
                {"closed", "Early help assessments closed", count, neither, flow, false,
                 "Early help assessments with an end_date in the month."},
                {"over_12m", "Early help assessments open longer than 12 months", percent, lower,
                 snapshot, false,
                 "Of early help assessments open at the month's last day, the % whose start "
                 "plus 12 months is before that day."}},
               {early_help}, {}, {"start", "as at / end", "days"}, compute::early_help_open});
  f.push_back({"cla_open", 2,
               {{"", "Children in care", count, neither, snapshot, true,
                 "Distinct children with a CLA episode open at the month's last day."},
                {"started", "Children becoming looked after", count, neither, flow, true,
                 "Distinct children with an episode starting in the month when none of the "
                 "child's own episodes that started on an earlier day was open the day before "
                 "(end blank or on or after the start: a placement change, not a start). The "
                 "3-month and year-to-date figures count each child once over their months."}},
               {cla_episodes}, {}, {"start", "end", ""}, compute::cla_open});
  f.push_back({"cla_iha_20wd", 2,
               {{"", "Initial health assessments within 20 working days", percent, higher, flow,
                 false,
                 "Of children becoming looked after in the month (as cla_open.started, each "
                 "child once a month, at the first start), the % with an initial health "
                 "assessment at most 20 working days after the start: the earliest iha_date of "
                 "the episodes starting that day. No IHA: not in time; an IHA before the start "
                 "is left out and reported."}},
               {cla_episodes}, {}, {"start", "IHA", "working days"}, compute::cla_iha});
  f.push_back({"cla_review_participation", 2,
               {{"", "CLA reviews with the child participating", percent, higher, flow, false,
                 "Of CLA reviews dated in the month with participation PN1-PN7, the % with "
                 "PN1-PN6 (PN0 and blank are left out)."}},
               {cla_reviews}, {}, {"review", "", ""}, compute::cla_review_participation});
  f.push_back({"s47_to_cin_plan", 2,
               {{"", "S47 enquiries ending in a CiN plan", percent, neither, flow, false,
                 "Of S47 enquiries with an end_date in the month, the % whose outcome is a CiN "
                 "plan (\"cin\", \"s17\", \"child in need\" in the outcome text)."}},
               {s47_enquiries}, {}, {"start", "end", ""}, compute::s47_to_cin_plan});
  return f;
}

}  // namespace

const std::vector<Family>& families() {
  static const std::vector<Family> table = make_families();
  return table;
}

std::string sub_id(const Family& family, int sub) {
  std::string_view suffix = family.subs[static_cast<size_t>(sub)].suffix;
  return suffix.empty() ? std::string(family.id) : fmt::format("{}.{}", family.id, suffix);
}

std::vector<std::string> indicator_ids() {
  std::vector<std::string> ids;
  for (const Family& family : families())
    for (int sub = 0; sub < static_cast<int>(family.subs.size()); ++sub)
      ids.push_back(sub_id(family, sub));
  return ids;
}

std::optional<IndicatorRef> find_indicator(std::string_view id) {
  for (const Family& family : families()) {
    for (int sub = 0; sub < static_cast<int>(family.subs.size()); ++sub)
      if (sub_id(family, sub) == id) return IndicatorRef{&family, sub};
    if (family.id == id) return IndicatorRef{&family, -1};  // a family without a headline
  }
  return std::nullopt;
}

IndicatorRef resolve_indicator(std::string_view id) {
  if (auto found = find_indicator(id)) return *found;
  std::vector<std::string> ids = indicator_ids();
  std::vector<std::string_view> candidates(ids.begin(), ids.end());
  throw UsageError(fmt::format("unknown indicator '{}'{}", id, did_you_mean(id, candidates)));
}

IndicatorInfo indicator_info(const Family& family, int sub, const Settings& settings) {
  const SubIndicator& s = family.subs[static_cast<size_t>(sub)];
  IndicatorInfo info;
  info.id = sub_id(family, sub);
  info.title = s.title;
  info.definition = s.definition;
  info.unit = s.unit;
  info.polarity = s.polarity;
  info.measure = s.measure;
  if (auto it = settings.targets.find(info.id); it != settings.targets.end()) info.rag = it->second;
  info.needs = family.needs;
  info.needs.insert(info.needs.end(), family.needs_one_of.begin(), family.needs_one_of.end());
  return info;
}

std::vector<IndicatorInfo> indicator_catalogue(const Settings& settings) {
  std::vector<IndicatorInfo> out;
  for (const Family& family : families())
    for (int sub = 0; sub < static_cast<int>(family.subs.size()); ++sub)
      out.push_back(indicator_info(family, sub, settings));
  return out;
}

std::string missing_extracts(const Family& family, const Extracts& extracts) {
  std::vector<std::string_view> missing;
  for (Kind kind : family.needs)
    if (!extracts.has_kind(kind)) missing.push_back(kind_name(kind));
  bool any = family.needs_one_of.empty();
  for (Kind kind : family.needs_one_of) any = any || extracts.has_kind(kind);
  std::string one_of;
  if (!any) {
    for (size_t i = 0; i < family.needs_one_of.size(); ++i)
      one_of += fmt::format("{}{}", i == 0 ? "" : " or ", kind_name(family.needs_one_of[i]));
    missing.push_back(one_of);
  }
  if (missing.empty()) return "";
  if (missing.size() == 1)
    return fmt::format("needs {} {} extract", missing[0].starts_with('a') || missing[0].starts_with('e') ? "an" : "a",
                       missing[0]);
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i)
    list += fmt::format("{}{}", i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ", missing[i]);
  return fmt::format("needs {} extracts", list);
}

void compute_family(const Family& family, const Extracts& extracts, const Calendar& calendar,
                    const Settings& settings, const Periods& periods, CaseSink& sink) {
  Indexes indexes(extracts);
  family.compute(FamilyInput{extracts, calendar, settings, periods, indexes}, sink);
}

}  // namespace kpi
