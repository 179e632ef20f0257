// Which plan of a child counts at a date, and when its child was last seen in
// it: one rule for the seen-in-time snapshots (cp_seen_in_time,
// cin_seen_in_time) and the due list.
#pragma once

#include "indicator/indexes.h"

#include <span>

namespace kpi {

// A plan (or episode) is open at `day` when it started by then and has not
// ended: start <= day and no end or end > day.
inline bool open_at(Date start, const MaybeDate& end, Date day) {
  return start <= day && (!end || *end > day);
}

// Of one child's rows in start order (a child's part of an Indexes
// *_by_child index), the one open at `day` that started last (of two started
// the same day, the later row); no_row when none is open.
template <class Plan>
RowIndex open_plan_started_last(std::span<const RowIndex> child_rows,
                                const LargeVector<Plan>& plans, Date day) {
  for (auto it = child_rows.rbegin(); it != child_rows.rend(); ++it)
    if (open_at(plans[*it].start, plans[*it].end, day)) return *it;
  return no_row;
}

// The date of the latest seen visit (seen = Y, tied to the plan) of plan row
// `plan` of `type` on or before `day`; nullopt when there is none.
inline MaybeDate latest_seen_visit(Indexes& indexes, VisitType type, RowIndex plan, Date day) {
  const auto& visits = indexes.extracts.visits;
  const auto& seen = indexes.seen_visits_by_plan(type);  // by (plan, date, row)
  auto lo = std::lower_bound(seen.begin(), seen.end(), plan,
                             [&](RowIndex i, RowIndex p) { return visits[i].plan < p; });
  auto hi = std::upper_bound(lo, seen.end(), plan,
                             [&](RowIndex p, RowIndex i) { return p < visits[i].plan; });
  auto after =
      std::upper_bound(lo, hi, day, [&](Date d, RowIndex i) { return d < visits[i].date; });
  if (after == lo) return std::nullopt;
  return visits[*(after - 1)].date;
}

}  // namespace kpi
