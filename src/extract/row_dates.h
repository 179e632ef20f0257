// Every event date of every row, for the code that looks at dates across kinds
// (per-file date ranges, coverage, dates after the extract period). Dates of
// birth are not events and are left out.
#pragma once

#include "kpi/extract.h"

#include <initializer_list>
#include <string_view>
#include <utility>

namespace kpi::extract {

using NamedDates = std::initializer_list<std::pair<std::string_view, MaybeDate>>;

// Calls f(kind, origin, main date, {column, date}...) for every row of every
// kind; the main date is the kind's required date column.
template <class F>
void for_each_row_dates(const Extracts& x, F f) {
  using enum Kind;
  for (const auto& r : x.contacts) f(contacts, r.origin, r.date, {});
  for (const auto& r : x.referrals) f(referrals, r.origin, r.date, {});
  for (const auto& r : x.assessments)
    f(assessments, r.origin, r.start, {{"authorised_date", r.authorised}});
  for (const auto& r : x.strategy_rows) f(strategy_discussions, r.origin, r.date, {});
  for (const auto& r : x.s47_enquiries)
    f(s47_enquiries, r.origin, r.start, {{"end_date", r.end}, {"icpc_date", r.icpc_date}});
  for (const auto& r : x.icpcs) f(icpcs, r.origin, r.date, {});
  for (const auto& r : x.cp_plans)
    f(cp_plans, r.origin, r.start, {{"end_date", r.end}, {"last_visit_date", r.last_visit}});
  for (const auto& r : x.cin_plans)
    f(cin_plans, r.origin, r.start, {{"end_date", r.end}, {"last_seen_date", r.last_seen}});
  for (const auto& r : x.cla_episodes)
    f(cla_episodes, r.origin, r.start,
      {{"end_date", r.end}, {"placement_start", r.placement_start}, {"iha_date", r.iha_date},
       {"last_visit_date", r.last_visit}});
  for (const auto& r : x.visits) f(visits, r.origin, r.date, {});
  for (const auto& r : x.early_help) f(early_help, r.origin, r.start, {{"end_date", r.end}});
  for (const auto& r : x.cla_reviews) f(cla_reviews, r.origin, r.date, {});
  for (const auto& r : x.cp_reviews) f(cp_reviews, r.origin, r.review_date, {});
}

}  // namespace kpi::extract
