// Tier 2 children-in-care families: cla_open (children in care at the month
// end, and children becoming looked after in the month), cla_iha_20wd and
// cla_review_participation.
//
// A child "becomes looked after" on an episode's start unless another of the
// child's own episodes started on an earlier day and had not ended before that
// day (end blank or end >= start): that is a placement change, not a start
// (SPEC, cla_open). Only the child's own rows decide it, so the walk over the
// index sorted by child starts afresh at every child.
#include "indicator/family.h"

namespace kpi::compute {
namespace {

// became[i]: episode i starts a period of care. Walks each child's episodes in
// start order, one group of same-day starts at a time: a group is judged
// against the child's episodes that started on earlier days (any still open,
// or the latest end among them), then joins them.
std::vector<bool> became_looked_after(const FamilyInput& in) {
  const auto& episodes = in.extracts.cla_episodes;
  const std::vector<RowIndex>& order = in.indexes.cla_by_child();
  std::vector<bool> became(episodes.size());
  struct Earlier {  // the child's episodes that started before the current group
    bool any = false;
    bool open = false;
    Date latest_end{};
  } earlier;
  for (size_t g = 0; g < order.size();) {
    const ClaEpisode& head = episodes[order[g]];
    if (g == 0 || episodes[order[g - 1]].child != head.child) earlier = {};
    size_t end = g;
    while (end < order.size() && episodes[order[end]].child == head.child &&
           episodes[order[end]].start == head.start)
      ++end;
    bool in_care = earlier.any && (earlier.open || earlier.latest_end >= head.start);
    for (size_t k = g; k < end; ++k) {
      const ClaEpisode& e = episodes[order[k]];
      became[order[k]] = !in_care;
      earlier.any = true;
      if (!e.end) earlier.open = true;
      else if (*e.end > earlier.latest_end) earlier.latest_end = *e.end;
    }
    g = end;
  }
  return became;
}

}  // namespace

void cla_open(const FamilyInput& in, CaseSink& sink) {
  // Both sub-ids count distinct children (SPEC).
  const auto& episodes = in.extracts.cla_episodes;
  std::vector<bool> became = became_looked_after(in);
  for (RowIndex i = 0; i < episodes.size(); ++i) {
    const ClaEpisode& e = episodes[i];
    auto [first, last] = in.periods.open_at_month_ends(e.start, e.end);
    for (int p = first; p <= last; ++p) {
      Case c = make_case(e, ClaOpenSub::in_care, p, in.periods.last_day(p));
      c.numerator = true;
      c.from = e.start;
      c.to = e.end;
      c.reason = "in care at the month end";
      sink.add(c);
    }
    int p = in.periods.of(e.start);
    if (p < 0) continue;
    Case s = make_case(e, ClaOpenSub::started, p, e.start);
    s.from = e.start;
    s.to = e.end;
    s.numerator = became[i];
    s.reason = became[i] ? "became looked after" : "new episode while already in care";
    sink.add(s);
  }
}

void cla_iha(const FamilyInput& in, CaseSink& sink) {
  // One case per child and month: the child's first start of care in the
  // month, with the earliest IHA of the episodes starting that day.
  const auto& episodes = in.extracts.cla_episodes;
  const std::vector<RowIndex>& order = in.indexes.cla_by_child();
  std::vector<bool> became = became_looked_after(in);
  int counted_period = -1;  // the month already counted for the current child
  for (size_t g = 0; g < order.size();) {
    RowIndex head = order[g];
    const ClaEpisode& e = episodes[head];
    if (g == 0 || episodes[order[g - 1]].child != e.child) counted_period = -1;
    MaybeDate iha;
    size_t end = g;
    for (; end < order.size() && episodes[order[end]].child == e.child &&
           episodes[order[end]].start == e.start;
         ++end) {
      const MaybeDate& date = episodes[order[end]].iha_date;
      if (date && (!iha || *date < *iha)) iha = date;
    }
    g = end;
    int p = in.periods.of(e.start);
    if (p < 0 || !became[head] || p == counted_period) continue;
    counted_period = p;
    Case c = make_case(e, p, e.start);
    c.from = e.start;
    c.to = iha;
    if (!iha) {
      c.denominator = true;
      c.reason = "no initial health assessment recorded";
    } else if (*iha < e.start) {
      c.reason = "excluded: health assessment before becoming looked after";
      c.finding = "health assessment before the episode start";
    } else {
      judge_within(c, working_days(in.calendar, e.start, *iha), in.settings.iha_days);
    }
    sink.add(c);
  }
}

void cla_review_participation(const FamilyInput& in, CaseSink& sink) {
  for (const ClaReview& r : in.extracts.cla_reviews) {
    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, p, r.date);
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
