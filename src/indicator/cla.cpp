// Tier 2 children-in-care families: cla_open (children in care at the month
// end, and episodes of children becoming looked after in the month),
// cla_iha_20wd and cla_review_participation.
//
// A child "becomes looked after" with an episode that starts when none of the
// child's other episodes is open the day before (so a new placement within a
// period of care is not a new entry).
#include "indicator/family.h"

namespace kpi::compute {
namespace {

// became[i]: episode i starts a period of care. Walks each child's episodes in
// start order, tracking the latest end so far (open: no end).
std::vector<bool> became_looked_after(const FamilyInput& in) {
  const auto& episodes = in.extracts.cla_episodes;
  std::vector<bool> became(episodes.size());
  Id child = no_id;
  bool any = false, open = false;
  Date latest_end{};
  for (RowIndex i : in.indexes.cla_by_child()) {
    const ClaEpisode& e = episodes[i];
    if (e.child != child) {
      child = e.child;
      any = open = false;
    }
    // In care on the day before e.start: an earlier episode open then
    // (started before e.start, no end or an end on or after e.start).
    bool in_care = any && (open || latest_end >= e.start);
    became[i] = !in_care;
    any = true;
    if (!e.end) open = true;
    else if (*e.end > latest_end) latest_end = *e.end;
  }
  return became;
}

}  // namespace

void cla_open(const FamilyInput& in, CaseSink& sink) {
  // subs: 0 children in care at the month end (distinct), 1 started (flow)
  const auto& episodes = in.extracts.cla_episodes;
  std::vector<bool> became = became_looked_after(in);
  for (RowIndex i = 0; i < episodes.size(); ++i) {
    const ClaEpisode& e = episodes[i];
    auto [first, last] = in.periods.open_at_month_ends(e.start, e.end);
    for (int p = first; p <= last; ++p) {
      Case c = make_case(e, 0, p, in.periods.last_day(p));
      c.numerator = true;
      c.from = e.start;
      c.to = e.end;
      c.reason = "in care at the month end";
      sink.add(c);
    }
    int p = in.periods.of(e.start);
    if (p < 0) continue;
    Case s = make_case(e, 1, p, e.start);
    s.from = e.start;
    s.to = e.end;
    s.numerator = became[i];
    s.reason = became[i] ? "became looked after" : "new episode while already in care";
    sink.add(s);
  }
}

void cla_iha(const FamilyInput& in, CaseSink& sink) {
  const auto& episodes = in.extracts.cla_episodes;
  std::vector<bool> became = became_looked_after(in);
  for (RowIndex i = 0; i < episodes.size(); ++i) {
    const ClaEpisode& e = episodes[i];
    int p = in.periods.of(e.start);
    if (p < 0 || !became[i]) continue;
    Case c = make_case(e, 0, p, e.start);
    c.from = e.start;
    c.to = e.iha_date;
    if (!e.iha_date) {
      c.denominator = true;
      c.reason = "no initial health assessment recorded";
    } else if (*e.iha_date < e.start) {
      c.reason = "excluded: health assessment before becoming looked after";
      c.finding = "health assessment before the episode start";
    } else {
      judge_within(c, working_days(in.calendar, e.start, *e.iha_date), in.settings.iha_days);
    }
    sink.add(c);
  }
}

void cla_review_participation(const FamilyInput& in, CaseSink& sink) {
  for (const ClaReview& r : in.extracts.cla_reviews) {
    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, 0, p, r.date);
    c.from = r.date;
    if (r.participation < 0) {
      c.reason = "excluded: participation not recorded";
    } else if (r.participation == 0) {
      c.reason = "excluded: PN0 (child under 4)";
    } else {
      c.denominator = true;
      c.numerator = r.participation <= 6;
      c.reason = c.numerator ? "participated (PN1-PN6)" : "did not participate (PN7)";
    }
    sink.add(c);
  }
}

}  // namespace kpi::compute
