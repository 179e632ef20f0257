// THE registry of indicator families, in dashboard order. `dashboard`,
// `indicators`, `show` and "unknown indicator 'x', did you mean 'y'?" all read
// this one table; each family's compute function lives in its own file.
#include "indicator/family.h"
#include "kpi/error.h"
#include "kpi/settings.h"
#include "kpi/suggest.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>

namespace kpi {

// Not constexpr: sub_rows calls it, which fails the build, when a row is not
// at its enumerator's place or an enumerator has no row. Never defined.
void sub_row_not_at_its_enumerator();

namespace {

using enum Unit;
using enum Polarity;
using enum Measure;
using enum Kind;

// A row of a family that reports several values, tagged with the enumerator
// its compute function writes it under (family.h).
template <class Sub>
struct SubRow {
  Sub sub;
  SubIndicator indicator;
};

// What sub_rows returns: a consteval function cannot return a vector, so the
// checked rows are a constant that becomes the Family's list at run time.
template <std::size_t N>
struct SubRows {
  std::array<SubIndicator, N> rows{};
  operator std::vector<SubIndicator>() const { return {rows.begin(), rows.end()}; }
};

// The sub-indicators of a family in the order of its enum, checked while
// compiling: row k must carry enumerator k, and every enumerator needs a row.
template <class Sub, std::size_t N>
consteval SubRows<N> sub_rows(const SubRow<Sub> (&rows)[N]) {
  if (N != sub_index(Sub::size)) sub_row_not_at_its_enumerator();
  SubRows<N> out;
  for (std::size_t i = 0; i < N; ++i) {
    if (sub_index(rows[i].sub) != i) sub_row_not_at_its_enumerator();
    out.rows[i] = rows[i].indicator;
  }
  return out;
}

std::vector<Family> make_families() {
  std::vector<Family> f;
  // --- tier 1: referrals ---
  f.push_back({
      .id = "referrals",
      .tier = 1,
      .subs = {{.title = "Referrals",
                .unit = count, .polarity = neither, .measure = flow,
                .definition = "Referrals with a referral_date in the month."}},
      .needs = {referrals},
      .columns = {.from = "referral"},
      .compute = compute::referrals,
  });
  f.push_back({
      .id = "repeat_referrals_12m",
      .tier = 1,
      .subs = {{.title = "Repeat referrals within 12 months",
                .unit = percent, .polarity = lower, .measure = flow,
                .target = RagBands{.target = 18, .amber_margin = 5},
                .definition =
                    "Of referrals in the month, the % where the same child had an earlier "
                    "referral (on an earlier day, NFA ones included) dated on or after the same "
                    "day one year earlier. In a month whose year of history starts before the "
                    "earliest referral in the extracts (partial history), previous_referrals_12m "
                    "> 0 also makes a repeat, and the value is flagged partial_history."}},
      .needs = {referrals},
      .columns = {.from = "earlier referral", .to = "referral", .days = "days"},
      .compute = compute::repeat_referrals,
  });
  f.push_back({
      .id = "referrals_nfa",
      .tier = 1,
      .subs = {{.title = "Referrals with no further action",
                .unit = percent, .polarity = neither, .measure = flow,
                .definition = "Of referrals in the month, the % with nfa = Y (blank nfa stays in "
                              "the denominator)."}},
      .needs = {referrals},
      .columns = {.from = "referral"},
      .compute = compute::referrals_nfa,
  });
  f.push_back({
      .id = "referrals_to_assessment",
      .tier = 1,
      .subs = {{.title = "Referrals followed by an assessment",
                .unit = percent, .polarity = neither, .measure = flow,
                .definition =
                    "Of referrals in the month, the % followed by an assessment: one carrying the "
                    "referral's referral_id, else any of the child's assessments starting on or "
                    "after the referral date and before the child's next referral on a later "
                    "day."}},
      .needs = {referrals, assessments},
      .columns = {.from = "referral", .to = "assessment start", .days = "working days"},
      .compute = compute::referrals_to_assessment,
  });
  // --- tier 1: assessments ---
  f.push_back({
      .id = "assessments_completed",
      .tier = 1,
      .subs = {{.title = "Assessments completed",
                .unit = count, .polarity = neither, .measure = flow,
                .definition = "Assessments with an authorised_date in the month (including any "
                              "authorised before their start, which are reported)."}},
      .needs = {assessments},
      .columns = {.from = "start", .to = "authorised", .days = "working days"},
      .compute = compute::assessments_completed,
  });
  f.push_back({
      .id = "assessments_45wd",
      .tier = 1,
      .subs = {{.title = "Assessments completed within 45 working days",
                .unit = percent, .polarity = higher, .measure = flow,
                .target = RagBands{.target = 90, .amber_margin = 5},
                .definition =
                    "Of assessments authorised in the month, the % with at most 45 working days "
                    "(the count in force) from start_date (or, with --assessment-from referral, "
                    "the linked referral's date) to authorised_date. Assessments authorised "
                    "before their start are left out and reported."}},
      .needs = {assessments},
      .columns = {.from = "from", .to = "authorised", .days = "working days"},
      .compute = compute::assessments_timeliness,
  });
  f.push_back({
      .id = "assessments_open_over_45wd",
      .tier = 1,
      .subs = {{.title = "Assessments open over 45 working days",
                .unit = count, .polarity = lower, .measure = snapshot,
                .definition =
                    "At the month's last day: assessments started on or before it and not "
                    "authorised by it, with more than 45 working days from start_date to that "
                    "day."}},
      .needs = {assessments},
      .columns = {.from = "start", .to = "as at", .days = "working days"},
      .compute = compute::assessments_open_over,
  });
  f.push_back({
      .id = "assessment_outcomes",
      .tier = 1,
      .subs = sub_rows<OutcomeSub>({
          {OutcomeSub::nfa,
           {.suffix = "nfa", .title = "Assessment outcome: no further action",
            .unit = percent, .polarity = neither, .measure = flow,
            .definition = "Of assessments authorised in the month, the % with outcome nfa (a "
                          "blank outcome stays in the denominator)."}},
          {OutcomeSub::cin,
           {.suffix = "cin", .title = "Assessment outcome: child in need (s17)",
            .unit = percent, .polarity = neither, .measure = flow,
            .definition = "Of assessments authorised in the month, the % with outcome cin/s17 "
                          "(Annex A \"requiring support\" Y)."}},
          {OutcomeSub::other,
           {.suffix = "other", .title = "Assessment outcome: other",
            .unit = percent, .polarity = neither, .measure = flow,
            .definition = "Of assessments authorised in the month, the % with any other "
                          "recorded outcome."}},
      }),
      .needs = {assessments},
      .needs_columns = {{assessments, "outcome"}},
      .columns = {.from = "start", .to = "authorised"},
      .compute = compute::assessment_outcomes,
  });
  f.push_back({
      .id = "assessment_duration_bands",
      .tier = 1,
      .subs = sub_rows<DurationBand>({
          {DurationBand::same_day,
           {.suffix = "same_day", .title = "Assessment duration: same day",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month on their start date, or with 0 "
                          "working days."}},
          {DurationBand::wd_1_10,
           {.suffix = "1_10", .title = "Assessment duration: 1-10 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 1 to 10 working days."}},
          {DurationBand::wd_11_20,
           {.suffix = "11_20", .title = "Assessment duration: 11-20 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 11 to 20 working days."}},
          {DurationBand::wd_21_30,
           {.suffix = "21_30", .title = "Assessment duration: 21-30 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 21 to 30 working days."}},
          {DurationBand::wd_31_40,
           {.suffix = "31_40", .title = "Assessment duration: 31-40 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 31 to 40 working days."}},
          {DurationBand::wd_41_45,
           {.suffix = "41_45", .title = "Assessment duration: 41-45 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 41 to 45 working days."}},
          {DurationBand::wd_46_50,
           {.suffix = "46_50", .title = "Assessment duration: 46-50 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 46 to 50 working days."}},
          {DurationBand::wd_51_60,
           {.suffix = "51_60", .title = "Assessment duration: 51-60 working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 51 to 60 working days."}},
          {DurationBand::wd_61_plus,
           {.suffix = "61_plus", .title = "Assessment duration: 61+ working days",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Assessments authorised in the month after 61 working days or "
                          "more."}},
      }),
      .needs = {assessments},
      .columns = {.from = "start", .to = "authorised", .days = "working days"},
      .compute = compute::assessment_duration_bands,
  });
  // --- tier 1: strategy discussions, S47 and ICPC ---
  f.push_back({
      .id = "strategy_discussions",
      .tier = 1,
      .subs = sub_rows<DiscussionSub>({
          {DiscussionSub::discussions,
           {.title = "Strategy discussions",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Distinct discussion_ids dated in the month; a discussion is dated by "
                          "its earliest row."}},
          {DiscussionSub::children,
           {.suffix = "children", .title = "Children in strategy discussions",
            .unit = count, .polarity = neither, .measure = flow, .distinct_children = true,
            .definition = "Distinct children of the discussions dated in the month; the 3-month "
                          "and year-to-date figures count each child once over their months."}},
      }),
      .needs = {strategy_discussions},
      .columns = {.from = "discussion", .to = "row date"},
      .compute = compute::strategy_discussions,
  });
  f.push_back({
      .id = "strategy_wt_compliant",
      .tier = 1,
      .subs = sub_rows<WtSub>({
          {WtSub::compliant,
           {.title = "Strategy discussions with social care, police and health",
            .unit = percent, .polarity = higher, .measure = flow,
            .definition =
                "Of discussions in the month, the % where social care, police and health were "
                "all involved (Working Together minimum). An agency is involved when any row of "
                "the discussion says Y; a blank flag counts as not involved and is reported as a "
                "data-quality finding."}},
          {WtSub::no_police,
           {.suffix = "no_police", .title = "Strategy discussions without police",
            .unit = count, .polarity = lower, .measure = flow,
            .definition = "Discussions in the month where no row says police = Y (blank "
                          "included)."}},
          {WtSub::no_health,
           {.suffix = "no_health", .title = "Strategy discussions without health",
            .unit = count, .polarity = lower, .measure = flow,
            .definition = "Discussions in the month where no row says health = Y (blank "
                          "included)."}},
          {WtSub::social_care,
           {.suffix = "social_care", .title = "Strategy discussions involving social care",
            .unit = percent, .polarity = higher, .measure = flow,
            .definition = "Of discussions in the month, the % involving social care."}},
          {WtSub::police,
           {.suffix = "police", .title = "Strategy discussions involving police",
            .unit = percent, .polarity = higher, .measure = flow,
            .definition = "Of discussions in the month, the % involving police."}},
          {WtSub::health,
           {.suffix = "health", .title = "Strategy discussions involving health",
            .unit = percent, .polarity = higher, .measure = flow,
            .definition = "Of discussions in the month, the % involving health."}},
          {WtSub::education,
           {.suffix = "education", .title = "Strategy discussions involving education",
            .unit = percent, .polarity = higher, .measure = flow,
            .definition = "Of discussions in the month, the % involving education."}},
          {WtSub::other,
           {.suffix = "other", .title = "Strategy discussions involving another agency",
            .unit = percent, .polarity = higher, .measure = flow,
            .definition = "Of discussions in the month, the % involving another agency."}},
      }),
      .needs = {strategy_discussions},
      .columns = {.from = "discussion"},
      .compute = compute::strategy_wt_compliant,
  });
  f.push_back({
      .id = "s47_started",
      .tier = 1,
      .subs = {{.title = "S47 enquiries started",
                .unit = count, .polarity = neither, .measure = flow,
                .definition = "S47 enquiries with a start_date in the month."}},
      .needs = {s47_enquiries},
      .columns = {.from = "start"},
      .compute = compute::s47_started,
  });
  f.push_back({
      .id = "s47_to_icpc",
      .tier = 1,
      .subs = {{.title = "S47 enquiries leading to an ICPC",
                .unit = percent, .polarity = neither, .measure = flow,
                .definition =
                    "Of S47 enquiries starting in the month, the % with an ICPC date (on the S47 "
                    "row or a linked ICPC row, whenever held); icpc_not_required = Y counts as "
                    "no ICPC."}},
      .needs = {s47_enquiries},
      .columns = {.from = "S47 start", .to = "ICPC", .days = "working days"},
      .compute = compute::s47_to_icpc,
  });
  f.push_back({
      .id = "icpc_15wd",
      .tier = 1,
      .subs = {{.title = "ICPCs within 15 working days of the S47 start",
                .unit = percent, .polarity = higher, .measure = flow,
                .definition =
                    "Of ICPCs held in the month (ICPC rows, and S47 ICPC dates no ICPC row "
                    "links to), the % held at most 15 working days after the linked S47's start. "
                    "ICPCs dated before their S47 start, without an S47, or whose S47 says ICPC "
                    "not required are left out and reported."}},
      .needs = {s47_enquiries},
      .columns = {.from = "S47 start", .to = "ICPC", .days = "working days"},
      .compute = compute::icpc_timeliness,
  });
  f.push_back({
      .id = "icpc_to_cp_plan",
      .tier = 1,
      .subs = {{.title = "ICPCs resulting in a CP plan",
                .unit = percent, .polarity = neither, .measure = flow,
                .definition =
                    "Of ICPCs held in the month, the % that resulted in a CP plan: result flag Y "
                    "(the ICPC row's, else its S47's); N is final; a blank flag counts when a CP "
                    "plan for the child starts on exactly the ICPC date. ICPCs whose S47 says "
                    "ICPC not required are left out."}},
      .needs_one_of = {s47_enquiries, icpcs},
      .columns = {.from = "S47 start", .to = "ICPC"},
      .compute = compute::icpc_to_cp_plan,
  });
  // --- tier 1: child protection plans ---
  f.push_back({
      .id = "cp_plans_started",
      .tier = 1,
      .subs = sub_rows<CpStartedSub>({
          {CpStartedSub::started,
           {.title = "CP plans started",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "CP plans with a start_date in the month; the year-to-date figure is "
                          "the count since 1 April."}},
          {CpStartedSub::under_10,
           {.suffix = "under_10", .title = "CP plans started for children under 10",
            .unit = percent, .polarity = neither, .measure = flow,
            .definition =
                "Of CP plans starting in the month whose child has a date of birth, the % where "
                "the child was under 10 (whole years) at the start; an unborn child counts as "
                "under 1."}},
      }),
      .needs = {cp_plans},
      .columns = {.from = "start", .to = "date of birth"},
      .compute = compute::cp_plans_started,
  });
  f.push_back({
      .id = "cp_plans_open",
      .tier = 1,
      .subs = {{.title = "CP plans open",
                .unit = count, .polarity = neither, .measure = snapshot,
                .definition = "CP plans open at the month's last day (start on or before it, end "
                              "blank or after it)."}},
      .needs = {cp_plans},
      .columns = {.from = "start", .to = "end"},
      .compute = compute::cp_plans_open,
  });
  f.push_back({
      .id = "cp_plans_ended",
      .tier = 1,
      .subs = {{.title = "CP plans ended",
                .unit = count, .polarity = neither, .measure = flow,
                .definition = "CP plans with an end_date in the month."}},
      .needs = {cp_plans},
      .columns = {.from = "start", .to = "end", .days = "days"},
      .compute = compute::cp_plans_ended,
  });
  f.push_back({
      .id = "cp_subsequent",
      .tier = 1,
      .subs = {{.title = "CP plans that are subsequent plans",
                .unit = percent, .polarity = lower, .measure = flow,
                .definition =
                    "Of CP plans starting in the month, the % whose child had a previous plan: "
                    "one in the extracts starting on an earlier day, or previous_plans > 0."}},
      .needs = {cp_plans},
      .columns = {.from = "earlier plan", .to = "start"},
      .compute = compute::cp_subsequent,
  });
  f.push_back({
      .id = "cp_open_over_2y",
      .tier = 1,
      .subs = sub_rows<CpOver2ySub>({
          {CpOver2ySub::open,
           {.title = "CP plans open 2 years or more",
            .unit = count, .polarity = lower, .measure = snapshot,
            .definition =
                "CP plans open at the month's last day whose second anniversary (start + 24 "
                "months; 29 Feb -> 28 Feb) is on or before that day."}},
          {CpOver2ySub::ended,
           {.suffix = "ended", .title = "CP plans ended after 2 years or more",
            .unit = count, .polarity = lower, .measure = flow,
            .definition = "CP plans ending in the month whose second anniversary is on or before "
                          "their end_date."}},
      }),
      .needs = {cp_plans},
      .columns = {.from = "start", .to = "as at / end", .days = "days"},
      .compute = compute::cp_open_over_2y,
  });
  // --- tier 1: visits ---
  f.push_back({
      .id = "cp_visits_in_time",
      .tier = 1,
      .subs = {{.title = "CP visits within 10 working days",
                .unit = percent, .polarity = higher, .measure = flow,
                .definition =
                    "Of seen CP visits in the month that belong to a plan, the % at most 10 "
                    "working days after the previous seen visit of the same plan, or after the "
                    "plan start for the first. A visit belongs to the plan of its plan_id, else "
                    "to the child's CP plan open on its date (the one started last); visits "
                    "outside their plan or in none are left out and reported; visits not seen "
                    "neither count nor restart the clock."}},
      .needs = {cp_plans, visits},
      .columns = {.from = "previous visit / plan start", .to = "visit", .days = "working days"},
      .compute = compute::cp_visits_in_time,
  });
  f.push_back({
      .id = "cp_seen_in_time",
      .tier = 1,
      .subs = {{.title = "Children on CP plans seen within 10 working days",
                .unit = percent, .polarity = higher, .measure = snapshot,
                .definition =
                    "Of children on a CP plan at the month's last day (the plan started last if "
                    "two are open), the % whose latest seen visit of that plan on or before that "
                    "day, or the plan start if none, is at most 10 working days before it. "
                    "Without a visits extract, the plans' last-visit dates give the latest month "
                    "in the data only."}},
      .needs = {cp_plans},
      .uses_if_present = {visits},
      .needs_columns = {{cp_plans, "last_visit_date", visits}},
      .columns = {.from = "last seen / plan start", .to = "as at", .days = "working days"},
      .compute = compute::cp_seen_in_time,
  });
  f.push_back({
      .id = "cin_plans_open",
      .tier = 1,
      .subs = sub_rows<CinOpenSub>({
          {CinOpenSub::open,
           {.title = "CiN plans open",
            .unit = count, .polarity = neither, .measure = snapshot,
            .definition = "CiN plans open at the month's last day."}},
          {CinOpenSub::started,
           {.suffix = "started", .title = "CiN plans started",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "CiN plans with a start_date in the month."}},
          {CinOpenSub::over_6m,
           {.suffix = "over_6m", .title = "CiN plans open longer than 6 months",
            .unit = count, .polarity = lower, .measure = snapshot,
            .definition = "CiN plans open at the month's last day whose start plus 6 months (a "
                          "missing day becomes the month's last) is before that day."}},
      }),
      .needs = {cin_plans},
      .columns = {.from = "start", .to = "as at", .days = "days"},
      .compute = compute::cin_plans_open,
  });
  f.push_back({
      .id = "cin_visits_in_time",
      .tier = 1,
      .subs = {{.title = "CiN visits within 6 weeks",
                .unit = percent, .polarity = higher, .measure = flow,
                .definition = "As cp_visits_in_time, for CiN visits and plans: at most 42 days "
                              "after the previous seen visit, or the plan start."}},
      .needs = {cin_plans, visits},
      .columns = {.from = "previous visit / plan start", .to = "visit", .days = "days"},
      .compute = compute::cin_visits_in_time,
  });
  f.push_back({
      .id = "cin_seen_in_time",
      .tier = 1,
      .subs = {{.title = "Children on CiN plans seen within 6 weeks",
                .unit = percent, .polarity = higher, .measure = snapshot,
                .definition = "As cp_seen_in_time, for CiN plans: latest seen visit (or plan "
                              "start) at most 42 days before the month's last day."}},
      .needs = {cin_plans},
      .uses_if_present = {visits},
      .needs_columns = {{cin_plans, "last_seen_date", visits}},
      .columns = {.from = "last seen / plan start", .to = "as at", .days = "days"},
      .compute = compute::cin_seen_in_time,
  });
  f.push_back({
      .id = "cla_visits_in_time",
      .tier = 1,
      .subs = {{.title = "Children in care visits in time",
                .unit = percent, .polarity = higher, .measure = flow,
                .definition =
                    "Of seen CLA visits in the month that belong to an episode, the % in time: "
                    "the first within 7 days of the later of the episode start and "
                    "placement_start, each later one within 42 days of the previous seen visit "
                    "of the episode."}},
      .needs = {cla_episodes, visits},
      .columns = {.from = "previous visit / start", .to = "visit", .days = "days"},
      .compute = compute::cla_visits_in_time,
  });
  // --- tier 2 ---
  f.push_back({
      .id = "contacts",
      .tier = 2,
      .subs = {{.title = "Contacts",
                .unit = count, .polarity = neither, .measure = flow,
                .definition = "Contact rows (one per child) dated in the month."}},
      .needs = {contacts},
      .columns = {.from = "contact"},
      .compute = compute::contacts,
  });
  f.push_back({
      .id = "contact_to_referral",
      .tier = 2,
      .subs = {{.title = "Referrals per contact",
                .unit = percent, .polarity = neither, .measure = flow,
                .definition = "Referrals dated in the month as a % of contacts dated in the "
                              "month."}},
      .needs = {contacts, referrals},
      .columns = {.from = "date"},
      .compute = compute::contact_to_referral,
  });
  f.push_back({
      .id = "early_help_open",
      .tier = 2,
      .subs = sub_rows<EarlyHelpSub>({
          {EarlyHelpSub::open,
           {.title = "Early help assessments open",
            .unit = count, .polarity = neither, .measure = snapshot,
            .definition = "Early help assessments open at the month's last day."}},
          {EarlyHelpSub::closed,
           {.suffix = "closed", .title = "Early help assessments closed",
            .unit = count, .polarity = neither, .measure = flow,
            .definition = "Early help assessments with an end_date in the month."}},
          {EarlyHelpSub::over_12m,
           {.suffix = "over_12m", .title = "Early help assessments open longer than 12 months",
            .unit = percent, .polarity = lower, .measure = snapshot,
            .definition = "Of early help assessments open at the month's last day, the % whose "
                          "start plus 12 months is before that day."}},
      }),
      .needs = {early_help},
      .columns = {.from = "start", .to = "as at / end", .days = "days"},
      .compute = compute::early_help_open,
  });
  f.push_back({
      .id = "cla_open",
      .tier = 2,
      .subs = sub_rows<ClaOpenSub>({
          {ClaOpenSub::in_care,
           {.title = "Children in care",
            .unit = count, .polarity = neither, .measure = snapshot, .distinct_children = true,
            .definition = "Distinct children with a CLA episode open at the month's last day."}},
          {ClaOpenSub::started,
           {.suffix = "started", .title = "Children becoming looked after",
            .unit = count, .polarity = neither, .measure = flow, .distinct_children = true,
            .definition =
                "Distinct children with an episode starting in the month when none of the "
                "child's own episodes that started on an earlier day was open the day before "
                "(end blank or on or after the start: a placement change, not a start). The "
                "3-month and year-to-date figures count each child once over their months."}},
      }),
      .needs = {cla_episodes},
      .columns = {.from = "start", .to = "end"},
      .compute = compute::cla_open,
  });
  f.push_back({
      .id = "cla_iha_20wd",
      .tier = 2,
      .subs = {{.title = "Initial health assessments within 20 working days",
                .unit = percent, .polarity = higher, .measure = flow,
                .definition =
                    "Of children becoming looked after in the month (as cla_open.started, each "
                    "child once a month, at the first start), the % with an initial health "
                    "assessment at most 20 working days after the start: the earliest iha_date "
                    "of the episodes starting that day. No IHA: not in time; an IHA before the "
                    "start is left out and reported."}},
      .needs = {cla_episodes},
      .columns = {.from = "start", .to = "IHA", .days = "working days"},
      .compute = compute::cla_iha,
  });
  f.push_back({
      .id = "cla_review_participation",
      .tier = 2,
      .subs = {{.title = "CLA reviews with the child participating",
                .unit = percent, .polarity = higher, .measure = flow,
                .target = RagBands{.target = 95, .amber_margin = 5},
                .definition = "Of CLA reviews dated in the month with participation PN1-PN7, the "
                              "% with PN1-PN6 (PN0 and blank are left out)."}},
      .needs = {cla_reviews},
      .columns = {.from = "review"},
      .compute = compute::cla_review_participation,
  });
  f.push_back({
      .id = "s47_to_cin_plan",
      .tier = 2,
      .subs = {{.title = "S47 enquiries ending in a CiN plan",
                .unit = percent, .polarity = neither, .measure = flow,
                .definition =
                    "Of S47 enquiries with an end_date in the month, the % whose outcome is a "
                    "CiN plan (\"cin\", \"s17\", \"child in need\" in the outcome text)."}},
      .needs = {s47_enquiries},
      .needs_columns = {{s47_enquiries, "outcome"}},
      .columns = {.from = "start", .to = "end"},
      .compute = compute::s47_to_cin_plan,
  });
  f.push_back({
      .id = "cp_reviews_in_time",
      .tier = 2,
      .subs = {{.title = "CP reviews in time",
                .unit = percent, .polarity = higher, .measure = flow,
                .definition =
                    "Of CP review conferences due, the % held in time: the first on or before "
                    "the plan start plus 3 months, each later one on or before the previous "
                    "review plus 6 months (a missing day becomes the month's last). A review "
                    "held in time counts in the month held; one not held by its deadline is "
                    "late in the month after the deadline, held later or not yet (then the "
                    "plan's line). Reviews outside their plan or in none are left out and "
                    "reported."}},
      .needs = {cp_plans, cp_reviews},
      .columns = {.from = "plan start / previous review", .to = "review", .days = "days"},
      .compute = compute::cp_reviews_in_time,
  });
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

Settings default_settings() {
  // Only the targets the SPEC sets, from their registry rows; every other
  // indicator has none until a local authority's config file gives one.
  Settings settings;
  for (const Family& family : families())
    for (int sub = 0; sub < static_cast<int>(family.subs.size()); ++sub)
      if (const auto& target = family.subs[static_cast<size_t>(sub)].target)
        settings.targets[sub_id(family, sub)] = *target;
  return settings;
}

std::vector<IndicatorInfo> indicator_catalogue(const Settings& settings) {
  std::vector<IndicatorInfo> out;
  for (const Family& family : families())
    for (int sub = 0; sub < static_cast<int>(family.subs.size()); ++sub)
      out.push_back(indicator_info(family, sub, settings));
  return out;
}

// "needs assessments with the outcome column": the extracts are there, but no
// file of them has a column the family cannot do without (a CIN census has no
// assessment outcome).
std::string missing_columns(const Family& family, const Extracts& extracts) {
  std::vector<std::string> lacking;
  for (const ColumnNeed& need : family.needs_columns) {
    if (!extracts.has_kind(need.kind) || extracts.has_column(need.kind, need.column)) continue;
    if (need.unless && extracts.has_kind(*need.unless)) continue;
    std::string with = fmt::format("{} with the {} column", kind_name(need.kind), need.column);
    lacking.push_back(need.unless ? fmt::format("a {} extract, or {}", kind_name(*need.unless), with)
                                  : with);
  }
  if (lacking.empty()) return "";
  return fmt::format("needs {}", fmt::join(lacking, "; "));
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
  if (missing.empty()) return missing_columns(family, extracts);
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
