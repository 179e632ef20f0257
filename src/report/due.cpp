// The due list for managers' spot checks: at an as-at date, each child on a CP
// plan, a CiN plan or in care whose next statutory visit is overdue or due within
// N working days, and each open assessment near or past its timescale.
//
// The plan of a child: the one open at the as-at date (if two, the one started
// last). Its reference date: the latest seen visit in that plan on or before the
// as-at date (visits tied to plans by the extract layer), else the plan start;
// without any visit rows of that type, the plan row's own last visit / last
// seen date (Annex A) when on or before the as-at date. Deadlines:
//   CP    the reference + cp_visit_days working days (the count in force),
//   CiN   the reference + cin_visit_weeks weeks,
//   CLA   7 days (cla_first_visit_days) from the episode start, or from the
//         placement start when later and not yet visited since; then
//         cla_visit_days (42) days from the last seen visit,
//   assessment  start (or the referral, with assessment_from = referral) +
//         assessment_days working days.
// "Working days" is elapsed(due, as-at): > 0 overdue, 0 due today, < 0 left.
#include "kpi/error.h"
#include "kpi/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>

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

bool open_at(Date start, MaybeDate end, Date day) { return start <= day && (!end || *end > day); }

// For each child, the index of its row open at `day` that started last.
template <class Plan>
std::unordered_map<Id, RowIndex> open_plans(const std::vector<Plan>& plans, Date day) {
  std::unordered_map<Id, RowIndex> chosen;
  for (RowIndex i = 0; i < plans.size(); ++i) {
    const Plan& plan = plans[i];
    if (!open_at(plan.start, plan.end, day)) continue;
    auto [it, added] = chosen.try_emplace(plan.child, i);
    if (!added && plans[it->second].start <= plan.start) it->second = i;
  }
  return chosen;
}

struct Visits {
  bool any = false;                                // visit rows of this type exist
  std::unordered_map<RowIndex, Date> latest_seen;  // plan row -> latest seen visit <= as-at
};

Visits visits_of(const Extracts& extracts, VisitType type, Date as_at) {
  Visits result;
  for (const Visit& visit : extracts.visits) {
    if (visit.type != type) continue;
    result.any = true;
    if (visit.link != VisitLink::in_plan || visit.plan == no_row) continue;
    if (visit.seen != Flag::yes || visit.date > as_at) continue;
    auto [it, added] = result.latest_seen.try_emplace(visit.plan, visit.date);
    if (!added && it->second < visit.date) it->second = visit.date;
  }
  return result;
}

class Builder {
 public:
  Builder(const Extracts& extracts, const Calendar& calendar, Date as_at, int within)
      : extracts_(extracts), calendar_(calendar), as_at_(as_at), within_(within) {}

  // The last day in time for `days` working days from `reference`, in the count
  // in force (inclusive counting makes a working reference day day 1).
  Date working_deadline(Date reference, int days, Origin origin) const {
    check_range(reference, origin);
    try {
      return calendar_.add_working_days(reference, days - calendar_.count(reference, reference));
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
std::pair<std::string_view, Date> reference_of(const Visits& visits, RowIndex row, Date start,
                                               MaybeDate recorded_last, Date as_at) {
  if (visits.any) {
    if (auto it = visits.latest_seen.find(row); it != visits.latest_seen.end())
      return {"last visit", it->second};
  } else if (recorded_last && *recorded_last <= as_at && *recorded_last >= start) {
    return {"last visit", *recorded_last};
  }
  return {"plan start", start};
}

}  // namespace

DueList compute_due(const Extracts& extracts, const Calendar& calendar, const Settings& settings,
                    Date as_at, int within, bool by_worker) {
  Builder builder(extracts, calendar, as_at, within);

  Visits cp_visits = visits_of(extracts, VisitType::cp, as_at);
  for (const auto& [child, row] : open_plans(extracts.cp_plans, as_at)) {
    const CpPlan& plan = extracts.cp_plans[row];
    auto [what, reference] = reference_of(cp_visits, row, plan.start, plan.last_visit, as_at);
    Date due = builder.working_deadline(reference, settings.cp_visit_days, plan.origin);
    builder.add(DueKind::cp_visit, plan, plan.child, plan.id, what, reference, due, plan.origin);
  }

  Visits cin_visits = visits_of(extracts, VisitType::cin, as_at);
  for (const auto& [child, row] : open_plans(extracts.cin_plans, as_at)) {
    const CinPlan& plan = extracts.cin_plans[row];
    auto [what, reference] = reference_of(cin_visits, row, plan.start, plan.last_seen, as_at);
    Date due = reference + date::days(7 * settings.cin_visit_weeks);
    builder.add(DueKind::cin_visit, plan, plan.child, plan.id, what, reference, due, plan.origin);
  }

  Visits cla_visits = visits_of(extracts, VisitType::cla, as_at);
  for (const auto& [child, row] : open_plans(extracts.cla_episodes, as_at)) {
    const ClaEpisode& episode = extracts.cla_episodes[row];
    auto [what, last] = reference_of(cla_visits, row, episode.start, episode.last_visit, as_at);
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
                  last + date::days(settings.cla_visit_days), episode.origin);
    } else {
      builder.add(DueKind::cla_visit, episode, episode.child, episode.id, start_what, start,
                  start + date::days(settings.cla_first_visit_days), episode.origin);
    }
  }

  std::unordered_map<Id, Date> referral_dates;
  if (settings.assessment_from_referral)
    for (const Referral& referral : extracts.referrals)
      if (referral.id != no_id) referral_dates[referral.id] = referral.date;
  for (const Assessment& assessment : extracts.assessments) {
    if (!open_at(assessment.start, assessment.authorised, as_at)) continue;
    std::string_view what = "start";
    Date reference = assessment.start;
    if (settings.assessment_from_referral && assessment.referral != no_id) {
      if (auto it = referral_dates.find(assessment.referral); it != referral_dates.end()) {
        what = "referral";
        reference = it->second;
      }
    }
    Date due = builder.working_deadline(reference, settings.assessment_days, assessment.origin);
    builder.add(DueKind::assessment, assessment, assessment.child, assessment.id, what, reference,
                due, assessment.origin);
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

}  // namespace kpi
