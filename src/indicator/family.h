// What every family's compute function shares: the working-day count in force,
// building a Case from a row, and the compute functions the registry names.
#pragma once

#include "indicator/indexes.h"
#include "kpi/indicator.h"

#include <cstdint>
#include <optional>
#include <type_traits>

namespace kpi {

// The working days from `from` to `to` in the count in force (--count), or
// nullopt when a date lies outside the calendar's range (the case is then
// excluded and reported rather than the run failing).
inline std::optional<int> working_days(const Calendar& calendar, Date from, Date to) {
  if (!calendar.in_range(from) || !calendar.in_range(to)) return std::nullopt;
  return calendar.count(from, to);
}

inline int calendar_days(Date from, Date to) { return static_cast<int>((to - from).count()); }
// The last day within `n` calendar days of `from` (calendar_days(from, day) <= n).
inline Date calendar_deadline(Date from, int n) { return from + date::days{n}; }

// --- sub-indicators by name ---
//
// A family that reports several values names them in an enum below, in the
// order of its registry row and closed by `size`. Its compute function writes
// cases by enumerator, and the registry lists the rows with sub_rows<Enum>,
// which fails to compile unless row k is tagged with enumerator k and every
// enumerator has a row, so no figure is published under its neighbour's id.
// tests/indicator_subs_test.cpp pins each enumerator to its sub-id.
template <class Sub>
concept SubEnum = std::is_enum_v<Sub> && requires { Sub::size; };

template <SubEnum Sub>
constexpr std::uint8_t sub_index(Sub sub) {
  return static_cast<std::uint8_t>(sub);
}

// assessment_outcomes (no headline): the % of each outcome.
enum class OutcomeSub : std::uint8_t { nfa, cin, other, size };
// assessment_duration_bands (no headline): working days from start to authorised.
enum class DurationBand : std::uint8_t {
  same_day, wd_1_10, wd_11_20, wd_21_30, wd_31_40, wd_41_45, wd_46_50, wd_51_60, wd_61_plus, size
};
// strategy_discussions and .children.
enum class DiscussionSub : std::uint8_t { discussions, children, size };
// strategy_wt_compliant: the headline, two counts, then the % involving each agency.
enum class WtSub : std::uint8_t {
  compliant, no_police, no_health, social_care, police, health, education, other, size
};
// cp_plans_started and .under_10.
enum class CpStartedSub : std::uint8_t { started, under_10, size };
// cp_open_over_2y and .ended.
enum class CpOver2ySub : std::uint8_t { open, ended, size };
// cin_plans_open, .started and .over_6m.
enum class CinOpenSub : std::uint8_t { open, started, over_6m, size };
// early_help_open, .closed and .over_12m.
enum class EarlyHelpSub : std::uint8_t { open, closed, over_12m, size };
// cla_open and .started.
enum class ClaOpenSub : std::uint8_t { in_care, started, size };

// A case for `row` (child, team, worker, origin; the age band at `age_on` when
// the row carries a date of birth), of a family that reports one value.
template <class Row>
Case make_case(const Row& row, int period, Date age_on) {
  Case c;
  c.period = static_cast<std::int16_t>(period);
  c.child = row.child;
  if constexpr (requires { row.team; }) {  // contacts and early help carry none
    c.team = row.team;
    c.worker = row.worker;
  }
  c.origin = row.origin;
  if constexpr (std::is_base_of_v<CaseFields, Row>) c.age = age_band(row.date_of_birth, age_on);
  return c;
}

// The same, for sub-indicator `sub` of a family that reports several.
template <class Row, SubEnum Sub>
Case make_case(const Row& row, Sub sub, int period, Date age_on) {
  Case c = make_case(row, period, age_on);
  c.sub = sub_index(sub);
  return c;
}

// Reasons shared by several families.
inline constexpr std::string_view reason_outside_calendar =
    "excluded: date outside the calendar (1990-2100)";

// Judges a timeliness case: the days counted (nullopt: a date outside the
// calendar, so the case is excluded) against "within `limit`", which always
// means <= limit. Sets days, denominator, numerator and the reason "in time" or
// "late" (callers may say more); false when the case could not be judged.
inline bool judge_within(Case& c, std::optional<int> days, int limit) {
  c.days = days;
  if (!days) {
    c.reason = reason_outside_calendar;
    return false;
  }
  c.denominator = true;
  c.numerator = *days <= limit;
  c.reason = c.numerator ? "in time" : "late";
  return true;
}

// The compute function of each family (one file per group of families).
namespace compute {
void referrals(const FamilyInput&, CaseSink&);
void repeat_referrals(const FamilyInput&, CaseSink&);
void referrals_nfa(const FamilyInput&, CaseSink&);
void referrals_to_assessment(const FamilyInput&, CaseSink&);
void assessments_completed(const FamilyInput&, CaseSink&);
void assessments_timeliness(const FamilyInput&, CaseSink&);
void assessments_open_over(const FamilyInput&, CaseSink&);
void assessment_outcomes(const FamilyInput&, CaseSink&);
void assessment_duration_bands(const FamilyInput&, CaseSink&);
void strategy_discussions(const FamilyInput&, CaseSink&);
void strategy_wt_compliant(const FamilyInput&, CaseSink&);
void s47_started(const FamilyInput&, CaseSink&);
void s47_to_icpc(const FamilyInput&, CaseSink&);
void icpc_timeliness(const FamilyInput&, CaseSink&);
void icpc_to_cp_plan(const FamilyInput&, CaseSink&);
void cp_plans_started(const FamilyInput&, CaseSink&);
void cp_plans_open(const FamilyInput&, CaseSink&);
void cp_plans_ended(const FamilyInput&, CaseSink&);
void cp_subsequent(const FamilyInput&, CaseSink&);
void cp_open_over_2y(const FamilyInput&, CaseSink&);
void cp_visits_in_time(const FamilyInput&, CaseSink&);
void cin_visits_in_time(const FamilyInput&, CaseSink&);
void cla_visits_in_time(const FamilyInput&, CaseSink&);
void cp_reviews_in_time(const FamilyInput&, CaseSink&);
void cp_seen_in_time(const FamilyInput&, CaseSink&);
void cin_seen_in_time(const FamilyInput&, CaseSink&);
void cin_plans_open(const FamilyInput&, CaseSink&);
// tier 2
void contacts(const FamilyInput&, CaseSink&);
void contact_to_referral(const FamilyInput&, CaseSink&);
void early_help_open(const FamilyInput&, CaseSink&);
void cla_open(const FamilyInput&, CaseSink&);
void cla_iha(const FamilyInput&, CaseSink&);
void cla_review_participation(const FamilyInput&, CaseSink&);
void s47_to_cin_plan(const FamilyInput&, CaseSink&);
}  // namespace compute

}  // namespace kpi
