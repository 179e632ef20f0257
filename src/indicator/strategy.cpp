// Strategy discussion families: strategy_discussions (and .children) and
// strategy_wt_compliant (and its agency sub-ids).
//
// The rows of one discussion_id (one per child) form one discussion, dated by
// its earliest row; an agency is involved when any row says Y. A blank flag
// counts as not involved and makes a data-quality finding.
#include "core/row_order.h"
#include "indicator/family.h"

#include <array>
#include <utility>

namespace kpi::compute {
namespace {

enum Agency { social_care, police, health, education, other_agency, agency_count };

// Each agency with the strategy_wt_compliant sub-id of the % involving it.
constexpr std::pair<Agency, WtSub> involving[] = {{social_care, WtSub::social_care},
                                                  {police, WtSub::police},
                                                  {health, WtSub::health},
                                                  {education, WtSub::education},
                                                  {other_agency, WtSub::other}};
static_assert(std::size(involving) == agency_count);

struct Discussion {
  RowIndex first_row;            // the earliest row: date, team, worker, origin
  RowIndex begin, end;           // its rows in the sorted order
  std::array<Flag, agency_count> flags;  // yes if any row says Y, unknown if none does and one is blank
};

// Discussions from the rows sorted by (discussion_id, date, row).
std::vector<Discussion> discussions(const Extracts& x, std::vector<RowIndex>& order) {
  const auto& rows = x.strategy_rows;
  order = order_rows(all_rows(rows.size()),
                     [&](RowIndex i) { return std::pair{rows[i].discussion, rows[i].date}; });
  std::vector<Discussion> out;
  for (RowIndex k = 0; k < order.size();) {
    Discussion d{order[k], k, k, {}};
    d.flags.fill(Flag::no);
    bool seen_blank[agency_count] = {};
    for (; k < order.size() && rows[order[k]].discussion == rows[d.first_row].discussion; ++k) {
      const StrategyRow& r = rows[order[k]];
      const Flag flags[agency_count] = {r.social_care, r.police, r.health, r.education,
                                        r.other_agency};
      for (int a = 0; a < agency_count; ++a) {
        if (flags[a] == Flag::yes) d.flags[a] = Flag::yes;
        if (flags[a] == Flag::unknown) seen_blank[a] = true;
      }
    }
    d.end = k;
    for (int a = 0; a < agency_count; ++a)
      if (d.flags[a] != Flag::yes && seen_blank[a]) d.flags[a] = Flag::unknown;
    out.push_back(d);
  }
  return out;
}

}  // namespace

void strategy_discussions(const FamilyInput& in, CaseSink& sink) {
  // .children counts distinct children, once per pool of months.
  const auto& rows = in.extracts.strategy_rows;
  std::vector<RowIndex> order;
  for (const Discussion& d : discussions(in.extracts, order)) {
    const StrategyRow& first = rows[d.first_row];
    int p = in.periods.of(first.date);
    if (p < 0) continue;
    Case c = make_case(first, DiscussionSub::discussions, p, first.date);
    c.numerator = true;
    c.from = first.date;
    c.reason = "discussion";
    sink.add(c);
    for (RowIndex k = d.begin; k < d.end; ++k) {
      const StrategyRow& r = rows[order[k]];
      Case child = make_case(r, DiscussionSub::children, p, first.date);
      child.numerator = true;
      child.from = first.date;
      child.to = r.date;
      child.reason = "child in the discussion";
      sink.add(child);
    }
  }
}

void strategy_wt_compliant(const FamilyInput& in, CaseSink& sink) {
  const auto& rows = in.extracts.strategy_rows;
  std::vector<RowIndex> order;
  for (const Discussion& d : discussions(in.extracts, order)) {
    const StrategyRow& first = rows[d.first_row];
    int p = in.periods.of(first.date);
    if (p < 0) continue;
    auto base = [&](WtSub sub) {
      Case c = make_case(first, sub, p, first.date);
      c.from = first.date;
      return c;
    };
    const Flag sc = d.flags[social_care], po = d.flags[police], he = d.flags[health];
    bool compliant = sc == Flag::yes && po == Flag::yes && he == Flag::yes;
    bool not_recorded = sc == Flag::unknown || po == Flag::unknown || he == Flag::unknown;

    Case c = base(WtSub::compliant);
    c.denominator = true;
    c.numerator = compliant;
    if (compliant) {
      c.reason = "compliant: social care, police and health involved";
    } else if (not_recorded) {
      c.reason = "not compliant: an agency flag not recorded";
      c.finding = "strategy discussion with agency flags not recorded";
    } else {
      c.reason = "not compliant: an agency not involved";
    }
    sink.add(c);

    auto lacking = [&](WtSub sub, Flag flag, std::string_view recorded, std::string_view blank) {
      Case l = base(sub);
      l.numerator = flag != Flag::yes;
      l.reason = flag == Flag::yes ? "involved" : flag == Flag::no ? recorded : blank;
      sink.add(l);
    };
    lacking(WtSub::no_police, po, "police not involved", "police not recorded (not involved)");
    lacking(WtSub::no_health, he, "health not involved", "health not recorded (not involved)");

    for (auto [agency, sub] : involving) {
      Case i = base(sub);
      const Flag flag = d.flags[agency];
      i.denominator = true;
      i.numerator = flag == Flag::yes;
      i.reason = flag == Flag::yes  ? "involved"
                 : flag == Flag::no ? "not involved"
                                    : "not recorded (not involved)";
      sink.add(i);
    }
  }
}

}  // namespace kpi::compute
