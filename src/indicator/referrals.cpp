// Referral families: referrals, repeat_referrals_12m, referrals_nfa and
// referrals_to_assessment (SPEC section 4).
//
// Repeat referrals walk each child's referrals in date order (one sort): the
// latest earlier referral on a strictly earlier day is the one that can make a
// referral a repeat, so two referrals on one day are never repeats of each
// other, and NFA referrals count as history like any other.
#include "indicator/family.h"

namespace kpi::compute {

void referrals(const FamilyInput& in, CaseSink& sink) {
  for (const Referral& r : in.extracts.referrals) {
    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, p, r.date);
    c.numerator = true;
    c.from = r.date;
    c.reason = "referral";
    sink.add(c);
  }
}

void repeat_referrals(const FamilyInput& in, CaseSink& sink) {
  const auto& rows = in.extracts.referrals;
  if (rows.empty()) return;
  const int months = in.settings.repeat_referral_months;
  // The history starts at the earliest referral in the extracts; a month is
  // partial when one year (months) before its first day is earlier than that.
  Date history_start = rows.front().date;
  for (const Referral& r : rows) history_start = std::min(history_start, r.date);
  std::vector<bool> partial(static_cast<size_t>(in.periods.size()));
  for (int p = 0; p < in.periods.size(); ++p) {
    partial[static_cast<size_t>(p)] = add_months(in.periods.first_day(p), -months) < history_start;
    if (partial[static_cast<size_t>(p)]) sink.partial_history(0, p);
  }

  const auto& order = in.indexes.referrals_by_child();
  MaybeDate earlier;      // the child's latest referral on a day before the current one
  MaybeDate current_day;  // the day of the previous row of the same child
  Id child = no_id;
  for (RowIndex i : order) {
    const Referral& r = rows[i];
    if (r.child != child) {
      child = r.child;
      earlier.reset();
      current_day.reset();
    }
    if (current_day && *current_day != r.date) earlier = current_day;
    current_day = r.date;

    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, p, r.date);
    c.denominator = true;
    c.from = earlier;
    c.to = r.date;
    if (earlier) c.days = calendar_days(*earlier, r.date);
    bool in_history = earlier && *earlier >= add_months(r.date, -months);
    bool is_partial = partial[static_cast<size_t>(p)];
    c.partial_history = is_partial;
    if (in_history) {
      c.numerator = true;
      c.reason = "repeat: earlier referral within the year";
    } else if (is_partial && r.previous_referrals_12m > 0) {
      c.numerator = true;
      c.reason = "repeat: previous_referrals_12m > 0 (partial history)";
    } else {
      c.reason = is_partial ? "not a repeat (partial history)" : "not a repeat";
    }
    sink.add(c);
  }
}

void referrals_nfa(const FamilyInput& in, CaseSink& sink) {
  for (const Referral& r : in.extracts.referrals) {
    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, p, r.date);
    c.denominator = true;
    c.from = r.date;
    c.numerator = r.nfa == Flag::yes;
    c.reason = r.nfa == Flag::yes ? "nfa" : r.nfa == Flag::no ? "not nfa" : "nfa not recorded";
    sink.add(c);
  }
}

void referrals_to_assessment(const FamilyInput& in, CaseSink& sink) {
  const auto& referrals = in.extracts.referrals;
  const auto& assessments = in.extracts.assessments;
  const auto& by_child = in.indexes.referrals_by_child();
  const auto& assessments_by_child = in.indexes.assessments_by_child();
  const auto& by_referral_id = in.indexes.assessments_by_referral_id();

  for (size_t k = 0; k < by_child.size(); ++k) {
    const Referral& r = referrals[by_child[k]];
    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, p, r.date);
    c.denominator = true;
    c.from = r.date;
    const Assessment* found = nullptr;
    if (r.id != no_id) {
      auto linked = rows_with_key(by_referral_id, r.id);
      if (!linked.empty()) {
        found = &assessments[linked.front().second];
        c.reason = "assessed: assessment with its referral_id";
      }
    }
    if (!found) {
      // The child's next referral on a later day bounds the search.
      MaybeDate next;
      for (size_t j = k + 1; j < by_child.size(); ++j) {
        const Referral& later = referrals[by_child[j]];
        if (later.child != r.child) break;
        if (later.date > r.date) {
          next = later.date;
          break;
        }
      }
      auto own = rows_of_child(assessments_by_child, assessments, r.child);
      auto first = std::lower_bound(own.begin(), own.end(), r.date,
                                    [&](RowIndex i, Date d) { return assessments[i].start < d; });
      if (first != own.end() && (!next || assessments[*first].start < *next)) {
        found = &assessments[*first];
        c.reason = "assessed: child's assessment after the referral";
      }
    }
    if (found) {
      c.numerator = true;
      c.to = found->start;
      c.days = working_days(in.calendar, r.date, found->start);
    } else {
      c.reason = "no assessment";
    }
    sink.add(c);
  }
}

}  // namespace kpi::compute
