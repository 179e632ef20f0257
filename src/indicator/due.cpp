// The due list for managers' spot checks: at an as-at date, each child on a CP
// plan, a CiN plan or in care whose next statutory visit is overdue or due within
// N working days, and each open assessment near or past its timescale.
//
// The rules are the indicators' own, from the same helpers, so that the list and
// the dashboard never disagree: the plan of a child is the one open at the
// as-at date that started last (open_plan.h, as cp_seen_in_time); its reference
// date the latest seen visit in that plan on or before the as-at date, else the
// plan start; without any visit rows of that type, the plan row's own last
// visit / last seen date (Annex A) when on or before the as-at date. An
// assessment is measured from its start, or from its referral (measured_from.h,
// as assessments_45wd). Deadlines, the last day "within" the timescale:
//   CP    Calendar::deadline(reference, cp_visit_days) (the count in force),
//   CiN   calendar_deadline(reference, 7 * cin_visit_weeks),
//   CLA   7 days (cla_first_visit_days) from the episode start, or from the
//         placement start when later and not yet visited since; then
//         cla_visit_days (42) days from the last seen visit,
//   assessment  Calendar::deadline(measured from, assessment_days).
// "Working days" is elapsed(due, as-at): > 0 overdue, 0 due today, < 0 left.
#include "indicator/family.h"
#include "indicator/measured_from.h"
#include "indicator/open_plan.h"
#include "kpi/due.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace kpi {

std::string_view due_kind_name(DueKind kind) {
  switch (kind) {
    case DueKind::cp_visit: return "cp_visit";
    case DueKind::cin_visit: return "cin_visit";
    case DueKind::cla_visit: return "cla_visit";
    case DueKind::assessment: return "assessment";
  }
  return "";
}

namespace {

// Calls visit(row) with each child's plan (or episode) open at `day` that
// started last.
template <class Plan, class Fn>
void for_each_open_plan(const std::vector<RowIndex>& by_child, const LargeVector<Plan>& plans,
                        Date day, Fn visit) {
  for_each_child(by_child, plans, [&](std::span<const RowIndex> rows) {
    RowIndex row = open_plan_started_last(rows, plans, day);
    if (row != no_row) visit(row);
  });
}

bool any_visits(const Extracts& extracts, VisitType type) {
  return std::any_of(extracts.visits.begin(), extracts.visits.end(),
                     [&](const Visit& visit) { return visit.type == type; });
}

class Builder {
 public:
  Builder(const Extracts& extracts, const Calendar& calendar, Date as_at, int within)
      : extracts_(extracts), calendar_(calendar), as_at_(as_at), within_(within) {}

  // The last day in time for `days` working days from `reference`, in the count
  // in force (inclusive counting makes a working reference day day 1): the day
  // judge_within still calls in time.
  Date working_deadline(Date reference, int days, Origin origin) const {
    check_range(reference, origin);
    try {
      return calendar_.deadline(reference, days);
    } catch (const InputError& e) {  // the deadline is past the calendar's end
      throw InputError(fmt::format("{}: {}", extracts_.where(origin), e.what()));
    }
  }

  void add(DueKind kind, const CaseFields& fields, Id child, Id item, std::string_view what,
           Date reference, Date due, Origin origin) {
    check_range(due, origin);
    int working_days = calendar_.elapsed(due, as_at_);
    if (working_days < -within_) return;
    DueItem entry;
    entry.kind = kind;
    entry.team = extracts_.strings.str(fields.team);
    entry.worker = extracts_.strings.str(fields.worker);
    entry.child = extracts_.strings.str(child);
    entry.item = extracts_.strings.str(item);
    entry.reference_what = what;
    entry.reference = reference;
    entry.due = due;
    entry.working_days = working_days;
    entry.overdue = as_at_ > due;
    entry.where = extracts_.where(origin);
    items_.push_back(std::move(entry));
  }

  std::vector<DueItem> take() { return std::move(items_); }

 private:
  void check_range(Date day, Origin origin) const {
    if (!Calendar::in_range(day))
      throw InputError(fmt::format("{}: {}", extracts_.where(origin), Calendar::outside_range(day)));
  }

  const Extracts& extracts_;
  const Calendar& calendar_;
  Date as_at_;
  int within_;
  std::vector<DueItem> items_;
};

// The reference date of a plan: its latest seen visit, else (without visit rows
// of the type) its own last-visit date, else its start.
std::pair<std::string_view, Date> reference_of(Indexes& indexes, VisitType type, bool any_visits,
                                               RowIndex row, Date start, MaybeDate recorded_last,
                                               Date as_at) {
  if (any_visits) {
    if (MaybeDate seen = latest_seen_visit(indexes, type, row, as_at)) return {"last visit", *seen};
  } else if (recorded_last && *recorded_last <= as_at && *recorded_last >= start) {
    return {"last visit", *recorded_last};
  }
  return {"plan start", start};
}

}  // namespace

DueList compute_due(const Extracts& extracts, const Calendar& calendar, const Settings& settings,
                    Date as_at, int within, bool by_worker) {
  Builder builder(extracts, calendar, as_at, within);
  Indexes indexes(extracts);

  bool cp_visits = any_visits(extracts, VisitType::cp);
  for_each_open_plan(indexes.cp_plans_by_child(), extracts.cp_plans, as_at, [&](RowIndex row) {
    const CpPlan& plan = extracts.cp_plans[row];
    auto [what, reference] =
        reference_of(indexes, VisitType::cp, cp_visits, row, plan.start, plan.last_visit, as_at);
    Date due = builder.working_deadline(reference, settings.cp_visit_days, plan.origin);
    builder.add(DueKind::cp_visit, plan, plan.child, plan.id, what, reference, due, plan.origin);
  });

  bool cin_visits = any_visits(extracts, VisitType::cin);
  for_each_open_plan(indexes.cin_plans_by_child(), extracts.cin_plans, as_at, [&](RowIndex row) {
    const CinPlan& plan = extracts.cin_plans[row];
    auto [what, reference] =
        reference_of(indexes, VisitType::cin, cin_visits, row, plan.start, plan.last_seen, as_at);
    Date due = calendar_deadline(reference, 7 * settings.cin_visit_weeks);
    builder.add(DueKind::cin_visit, plan, plan.child, plan.id, what, reference, due, plan.origin);
  });

  bool cla_visits = any_visits(extracts, VisitType::cla);
  for_each_open_plan(indexes.cla_by_child(), extracts.cla_episodes, as_at, [&](RowIndex row) {
    const ClaEpisode& episode = extracts.cla_episodes[row];
    auto [what, last] = reference_of(indexes, VisitType::cla, cla_visits, row, episode.start,
                                     episode.last_visit, as_at);
    // The first-visit clock runs from the episode start, restarting at a later
    // placement start that is not yet visited.
    std::string_view start_what = "episode start";
    Date start = episode.start;
    if (episode.placement_start && *episode.placement_start > start &&
        *episode.placement_start <= as_at) {
      start_what = "placement start";
      start = *episode.placement_start;
    }
    if (what == "last visit" && last >= start) {
      builder.add(DueKind::cla_visit, episode, episode.child, episode.id, what, last,
                  calendar_deadline(last, settings.cla_visit_days), episode.origin);
    } else {
      builder.add(DueKind::cla_visit, episode, episode.child, episode.id, start_what, start,
                  calendar_deadline(start, settings.cla_first_visit_days), episode.origin);
    }
  });

  for (const Assessment& assessment : extracts.assessments) {
    if (!open_at(assessment.start, assessment.authorised, as_at)) continue;
    MeasuredFrom from = measured_from(assessment, settings, indexes);
    Date due = builder.working_deadline(from.date, settings.assessment_days, assessment.origin);
    builder.add(DueKind::assessment, assessment, assessment.child, assessment.id,
                from.from_referral ? "referral" : "start", from.date, due, assessment.origin);
  }

  DueList list;
  list.as_at = as_at;
  list.within = within;
  list.by_worker = by_worker;
  list.items = builder.take();
  // Blank teams and workers sort after named ones.
  auto key = [](const std::string& name) { return std::make_pair(name.empty(), name); };
  std::sort(list.items.begin(), list.items.end(), [&](const DueItem& a, const DueItem& b) {
    auto group_a = by_worker ? key(a.worker) : key(a.team);
    auto group_b = by_worker ? key(b.worker) : key(b.team);
    auto other_a = by_worker ? key(a.team) : key(a.worker);
    auto other_b = by_worker ? key(b.team) : key(b.worker);
    return std::tie(group_a, other_a, a.due, a.child, a.kind, a.item, a.where) <
           std::tie(group_b, other_b, b.due, b.child, b.kind, b.item, b.where);
  });
  return list;
}

Date default_as_at(const Extracts& extracts) {
  // The extract date of the coverage: outlier dates (2052 for 2025) never move it.
  if (!extracts.coverage.extract_date)
    throw InputError("no dated rows in the extracts (give --as-at DATE)");
  return *extracts.coverage.extract_date;
}

}  // namespace kpi
