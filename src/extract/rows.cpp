// One builder per kind: required values first (a bad one excludes the row),
// then the optional ones, then the checks that need only this row (end before
// start). Findings that need other rows or files are made in finish.cpp.
#include "extract/row_reader.h"
#include "extract/values.h"

#include <fmt/format.h>

namespace kpi::extract {
namespace {

void case_fields(RowReader& row, CaseFields& fields, int dob, int team, int worker) {
  fields.date_of_birth = row.optional_date(dob);
  fields.team = row.optional_id(team);
  fields.worker = row.optional_id(worker);
}

// Every kind with an end calls its columns end_date and start_date.
void check_end(RowReader& row, Date start, const MaybeDate& end) {
  if (end && *end < start)
    row.finding("end before start", fmt::format("end_date {} is before start_date {}",
                                                format_date(*end), format_date(start)));
}

// Rows that name the child, or the row the child comes from (a CLA review's
// episode, a visit's or CP review's plan; finish.cpp fills the child): false,
// the row excluded as "missing <column>", when neither is recorded.
bool child_or(RowReader& row, int child_column, Id& child, int other_column, Id& other) {
  child = row.optional_id(child_column);
  other = row.optional_id(other_column);
  if (child != no_id || other != no_id) return true;
  int column = row.has(child_column) ? child_column : other_column;
  row.exclude(fmt::format("missing {}", row.header().spec().columns[column].name),
              fmt::format("{}: value missing", row.column_ref(column)), true);
  return false;
}

// The row is read: it remembers where it came from, is stored and counts as used.
template <class Row>
void keep(RowReader& row, LargeVector<Row>& rows, Row& r) {
  r.origin = row.origin();
  rows.push_back(r);
  row.used();
}

void contact(RowReader& row) {
  namespace C = col::contacts;
  Contact r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::contact_date, r.date)) return;
  r.id = row.optional_id(C::contact_id);
  r.source = row.optional_id(C::contact_source);
  keep(row, row.out().contacts, r);
}

void referral(RowReader& row) {
  namespace C = col::referrals;
  Referral r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::referral_date, r.date))
    return;
  r.id = row.optional_id(C::referral_id);
  r.source = row.optional_id(C::referral_source);
  r.nfa = row.optional_flag(C::nfa);
  r.previous_referrals_12m = row.optional_count(C::previous_referrals_12m);
  case_fields(row, r, C::date_of_birth, C::team, C::worker);
  keep(row, row.out().referrals, r);
}

AssessmentOutcome assessment_outcome(RowReader& row) {
  namespace C = col::assessments;
  std::string_view value = row.text(C::outcome);
  if (is_not_recorded(value)) return AssessmentOutcome::not_recorded;
  Variant variant = row.header().variant[C::outcome];
  if (variant == Variant::plain) return parse_outcome_text(value);
  Flag flag = row.optional_flag(C::outcome);  // reports an invalid flag
  if (flag == Flag::unknown) return AssessmentOutcome::not_recorded;
  // Annex A: requiring support Y -> cin, N -> nfa. SSD outcome_nfa: Y -> nfa, N -> cin.
  bool yes = flag == Flag::yes;
  if (variant == Variant::requiring_support) return yes ? AssessmentOutcome::cin : AssessmentOutcome::nfa;
  return yes ? AssessmentOutcome::nfa : AssessmentOutcome::cin;
}

void assessment(RowReader& row) {
  namespace C = col::assessments;
  Assessment r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::start_date, r.start)) return;
  r.id = row.optional_id(C::assessment_id);
  r.referral = row.optional_id(C::referral_id);
  r.authorised = row.optional_date(C::authorised_date);
  r.outcome = assessment_outcome(row);
  r.child_seen = row.optional_flag(C::child_seen);
  case_fields(row, r, C::date_of_birth, C::team, C::worker);
  if (r.authorised && *r.authorised < r.start)
    row.finding("authorised before start",
                fmt::format("authorised_date {} is before start_date {}",
                            format_date(*r.authorised), format_date(r.start)));
  keep(row, row.out().assessments, r);
}

void strategy_row(RowReader& row) {
  namespace C = col::strategy;
  StrategyRow r;
  if (!row.required_id(C::discussion_id, r.discussion) || !row.required_id(C::child_id, r.child) ||
      !row.required_date(C::discussion_date, r.date))
    return;
  r.social_care = row.optional_flag(C::social_care);
  r.police = row.optional_flag(C::police);
  r.health = row.optional_flag(C::health);
  r.education = row.optional_flag(C::education);
  r.other_agency = row.optional_flag(C::other_agency);
  r.s47_initiated = row.optional_flag(C::s47_initiated);
  r.team = row.optional_id(C::team);
  r.worker = row.optional_id(C::worker);
  keep(row, row.out().strategy_rows, r);
}

Id s47_outcome(RowReader& row) {
  namespace C = col::s47;
  if (row.header().variant[C::outcome] == Variant::plain) return row.optional_id(C::outcome);
  // SSD s47e_s47_nfa: Y -> "nfa"; N -> "further action" (the flag does not say which).
  Flag flag = row.optional_flag(C::outcome);
  if (flag == Flag::unknown) return no_id;
  return row.out().strings.intern(flag == Flag::yes ? "nfa" : "further action");
}

void s47(RowReader& row) {
  namespace C = col::s47;
  S47Enquiry r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::start_date, r.start)) return;
  r.id = row.optional_id(C::s47_id);
  r.end = row.optional_date(C::end_date);
  r.icpc_not_required = row.optional_flag(C::icpc_not_required);
  r.icpc_date = row.optional_date(C::icpc_date);
  r.icpc_result_cp_plan = row.optional_flag(C::icpc_result_cp_plan);
  r.outcome = s47_outcome(row);
  case_fields(row, r, C::date_of_birth, C::team, C::worker);
  check_end(row, r.start, r.end);
  if (r.icpc_date && *r.icpc_date < r.start)
    row.finding("icpc before s47 start",
                fmt::format("icpc_date {} is before the s47 start_date {}",
                            format_date(*r.icpc_date), format_date(r.start)));
  keep(row, row.out().s47_enquiries, r);
}

void icpc(RowReader& row) {
  namespace C = col::icpcs;
  Icpc r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::icpc_date, r.date)) return;
  r.id = row.optional_id(C::icpc_id);
  r.s47_id = row.optional_id(C::s47_id);
  r.result_cp_plan = row.optional_flag(C::result_cp_plan);
  r.transfer_in = row.optional_flag(C::transfer_in);
  r.team = row.optional_id(C::team);
  r.worker = row.optional_id(C::worker);
  keep(row, row.out().icpcs, r);
}

void cp_plan(RowReader& row) {
  namespace C = col::cp_plans;
  CpPlan r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::start_date, r.start)) return;
  r.id = row.optional_id(C::plan_id);
  r.end = row.optional_date(C::end_date);
  r.previous_plans = row.optional_count(C::previous_plans);
  r.initial_category = row.optional_id(C::initial_category);
  r.last_visit = row.optional_date(C::last_visit_date);
  case_fields(row, r, C::date_of_birth, C::team, C::worker);
  check_end(row, r.start, r.end);
  keep(row, row.out().cp_plans, r);
}

void cin_plan(RowReader& row) {
  namespace C = col::cin_plans;
  CinPlan r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::start_date, r.start)) return;
  r.id = row.optional_id(C::plan_id);
  r.end = row.optional_date(C::end_date);
  r.last_seen = row.optional_date(C::last_seen_date);
  case_fields(row, r, C::date_of_birth, C::team, C::worker);
  check_end(row, r.start, r.end);
  keep(row, row.out().cin_plans, r);
}

void cla_episode(RowReader& row) {
  namespace C = col::cla_episodes;
  ClaEpisode r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::start_date, r.start)) return;
  r.id = row.optional_id(C::episode_id);
  r.end = row.optional_date(C::end_date);
  // An SSD file without clae_entered_care_date reads the episode start as both
  // start_date and placement_start (the same field): no need to read it twice.
  r.placement_start = row.header().column_field[C::placement_start] ==
                              row.header().column_field[C::start_date]
                          ? MaybeDate(r.start)
                          : row.optional_date(C::placement_start);
  r.iha_date = row.optional_date(C::iha_date);
  r.last_visit = row.optional_date(C::last_visit_date);
  case_fields(row, r, C::date_of_birth, C::team, C::worker);
  check_end(row, r.start, r.end);
  keep(row, row.out().cla_episodes, r);
}

std::optional<VisitType> implied_visit_type(Variant variant) {
  switch (variant) {
    case Variant::implies_cp: return VisitType::cp;
    case Variant::implies_cin: return VisitType::cin;
    case Variant::implies_cla: return VisitType::cla;
    default: return std::nullopt;
  }
}

void visit(RowReader& row) {
  namespace C = col::visits;
  Visit r;
  if (!child_or(row, C::child_id, r.child, C::plan_id, r.plan_id) ||
      !row.required_date(C::visit_date, r.date))
    return;
  if (row.has(C::visit_type)) {
    std::string_view value = row.text(C::visit_type);
    if (is_not_recorded(value)) {
      row.exclude("missing visit_type", fmt::format("{}: value missing", row.column_ref(C::visit_type)),
                  true);
      return;
    }
    auto type = parse_visit_type(value);
    if (!type) {
      row.exclude("invalid visit_type",
                  fmt::format("{}: invalid visit type '{}' (expected cp, cin or cla)",
                              row.column_ref(C::visit_type), value),
                  true);
      return;
    }
    r.type = *type;
  } else {
    r.type = *implied_visit_type(row.header().variant[C::visit_date]);
  }
  r.id = row.optional_id(C::visit_id);
  // Without a seen column every visit counts as seen (SPEC section 4).
  r.seen = row.has(C::seen) ? row.optional_flag(C::seen) : Flag::yes;
  r.seen_alone = row.optional_flag(C::seen_alone);
  r.team = row.optional_id(C::team);
  r.worker = row.optional_id(C::worker);
  keep(row, row.out().visits, r);
}

void early_help(RowReader& row) {
  namespace C = col::early_help;
  EarlyHelp r;
  if (!row.required_id(C::child_id, r.child) || !row.required_date(C::start_date, r.start)) return;
  r.end = row.optional_date(C::end_date);
  r.organisation = row.optional_id(C::organisation);
  check_end(row, r.start, r.end);
  keep(row, row.out().early_help, r);
}

void cla_review(RowReader& row) {
  namespace C = col::cla_reviews;
  ClaReview r;
  // SSD reviews name only the episode.
  if (!child_or(row, C::child_id, r.child, C::cla_id, r.cla) ||
      !row.required_date(C::review_date, r.date))
    return;
  if (row.optional_flag(C::cancelled) == Flag::yes) {
    row.exclude("cancelled review", "", false);  // not a bad row: a review that did not happen
    return;
  }
  r.id = row.optional_id(C::review_id);
  std::string_view participation = row.text(C::participation);
  if (!is_not_recorded(participation)) {
    if (auto code = parse_participation(participation))
      r.participation = *code;
    else
      row.finding("invalid participation",
                  fmt::format("{}: invalid participation code '{}' (expected PN0 to PN7); read as "
                              "not recorded",
                              row.column_ref(C::participation), participation));
  }
  keep(row, row.out().cla_reviews, r);
}

void cp_review(RowReader& row) {
  namespace C = col::cp_reviews;
  CpReview r;
  if (!row.required_id(C::review_id, r.id) ||
      !child_or(row, C::child_id, r.child_id, C::plan_id, r.plan_id) ||
      !row.required_date(C::review_date, r.review_date))
    return;
  keep(row, row.out().cp_reviews, r);
}

}  // namespace

void build_person_row(RowReader& row) {
  namespace C = col::persons;
  Id child = no_id;
  if (!row.required_id(C::person_id, child)) return;
  // An unborn child has an expected date of birth instead.
  MaybeDate birth = row.optional_date(C::date_of_birth);
  if (!birth) birth = row.optional_date(C::expected_date_of_birth);
  if (!birth) {
    row.exclude("missing date_of_birth", "", false);  // common and harmless: no message
    return;
  }
  row.out().person_dates_of_birth.emplace_back(child, *birth);
  row.used();
}

void build_row(Kind kind, RowReader& row) {
  switch (kind) {
    case Kind::contacts: return contact(row);
    case Kind::referrals: return referral(row);
    case Kind::assessments: return assessment(row);
    case Kind::strategy_discussions: return strategy_row(row);
    case Kind::s47_enquiries: return s47(row);
    case Kind::icpcs: return icpc(row);
    case Kind::cp_plans: return cp_plan(row);
    case Kind::cin_plans: return cin_plan(row);
    case Kind::cla_episodes: return cla_episode(row);
    case Kind::visits: return visit(row);
    case Kind::early_help: return early_help(row);
    case Kind::cla_reviews: return cla_review(row);
    case Kind::cp_reviews: return cp_review(row);
  }
}

}  // namespace kpi::extract
