// Visits -> plans of their type (cp_plans, cin_plans, cla_episodes) and CP
// reviews -> CP plans, by one rule (docs/extracts.md, "Linking"):
//  - the plan named by plan_id;
//  - else the child's plan covering the date (start <= date <= end, an open
//    end open), the one that started last when two do;
//  - else, when the child has exactly one plan, that plan (outside it).
// The link is in_plan, outside_plan or no_plan, with a finding for the last
// two and for a plan_id naming another child's plan.
//
// Some systems' SSD visit tables name the plan and not the child: such a row
// takes its plan's child. One whose plan is not found cannot be tied to a
// child at all, so it is excluded ("plan not found (no child_id)") and taken
// out of the rows; the file still reconciles. CP reviews follow the same rule.
//
// Plans are sorted by child and start once; each row is a binary search.
#include "extract/link_plans.h"

#include "core/flat_map.h"
#include "extract/child_order.h"

namespace kpi::extract {
namespace {

struct PlanView {
  Id id;
  Id child;
  Date start;
  MaybeDate end;
  Origin origin;
};

template <class Plan>
std::vector<PlanView> plan_views(const LargeVector<Plan>& plans) {
  std::vector<PlanView> views;
  views.reserve(plans.size());
  for (const Plan& p : plans) views.push_back({p.id, p.child, p.start, p.end, p.origin});
  return views;
}

bool covers(const PlanView& p, Date day) { return p.start <= day && (!p.end || day <= *p.end); }

// The plans of one kind, indexed by id and by child.
class PlanLinker {
 public:
  explicit PlanLinker(std::vector<PlanView> plans)
      : plans_(std::move(plans)), order_(sorted_by_child(plans_, start)), by_id_(plans_.size()) {
    for (RowIndex i = 0; i < plans_.size(); ++i)
      if (plans_[i].id != no_id) by_id_.try_emplace(plans_[i].id, i);
  }

  const PlanView& operator[](RowIndex i) const { return plans_[i]; }

  // The plan of a row of `child` (no_id: unknown) dated `day` naming `plan_id`
  // (no_id: none), or no_row.
  RowIndex find(Id plan_id, Id child, Date day) const {
    if (const RowIndex* plan = by_id_.find(plan_id)) return *plan;
    if (child == no_id) return no_row;
    // The child's plan covering the date; if two do, the one started last.
    std::size_t pos = upper_position(plans_, order_, start, child, day);
    std::size_t first = pos;
    while (first > 0 && plans_[order_[first - 1]].child == child) --first;
    for (std::size_t k = pos; k-- > first;)
      if (covers(plans_[order_[k]], day)) return order_[k];
    // A single plan of the child (perhaps starting later) is its plan.
    std::size_t last = pos;
    while (last < order_.size() && plans_[order_[last]].child == child) ++last;
    return last - first == 1 ? order_[first] : no_row;
  }

 private:
  static Date start(const PlanView& p) { return p.start; }

  std::vector<PlanView> plans_;
  std::vector<RowIndex> order_;
  FlatMap<RowIndex> by_id_;
};

// The fields linking reads and sets, by reference, for either row type.
struct Linked {
  Id& child;
  Id plan_id;
  Date day;
  RowIndex& plan;
  VisitLink& link;
  Origin origin;
};
Linked linked(Visit& v) { return {v.child, v.plan_id, v.date, v.plan, v.link, v.origin}; }
Linked linked(CpReview& r) {
  return {r.child_id, r.plan_id, r.review_date, r.plan, r.link, r.origin};
}

// How messages and findings name the rows and plans being linked.
struct Words {
  std::string row;         // "cp visit", "cp review"
  std::string finding;     // "visit", "review": "visit in no plan"
  std::string plan;        // "cp plan", "cla episode"
  std::string_view plans_kind;  // "cp_plans"
};

std::string plan_words(const Extracts& x, const PlanView& p) {
  std::string end = p.end ? format_date(*p.end) : std::string("open");
  if (p.id != no_id)
    return fmt::format("plan '{}', {} to {}", x.strings.str(p.id), format_date(p.start), end);
  return fmt::format("the child's only plan, {} to {}", format_date(p.start), end);
}

inline constexpr std::string_view reason_no_child = "plan not found (no child_id)";

// Links the rows of `rows` that `wanted` picks; rows without a child whose
// plan is not found are excluded and dropped from `rows`.
template <class Row, class Wanted>
void link_rows(Extracts& x, Notes& notes, LargeVector<Row>& rows, Wanted wanted,
               const PlanLinker& plans, bool plans_read, const Words& words) {
  // Per file: rows in no plan, and rows without a child dropped, when the
  // plans were not read at all (one message each, not one per row).
  std::vector<long> without_plans(x.files.size(), 0), unknown_child(x.files.size(), 0);
  std::vector<char> drop;  // sized when a row is first dropped (rarely)
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!wanted(rows[i])) continue;
    Linked r = linked(rows[i]);
    r.link = VisitLink::no_plan;
    r.plan = plans.find(r.plan_id, r.child, r.day);
    if (r.plan == no_row && r.child == no_id) {
      if (drop.empty()) drop.assign(rows.size(), 0);
      drop[i] = 1;
      if (!plans_read) {
        ++unknown_child[r.origin.file];
        notes.excluded(r.origin, std::string(reason_no_child), "");
      } else {
        notes.excluded(r.origin, std::string(reason_no_child),
                       fmt::format("{} on {} has no child_id, and its plan_id '{}' names no {}",
                                   words.row, format_date(r.day), x.strings.str(r.plan_id),
                                   words.plan));
      }
      continue;
    }
    if (r.plan == no_row) {
      std::string finding = words.finding + " in no plan";
      if (!plans_read) {
        ++without_plans[r.origin.file];
        notes.finding(r.origin, finding, "");
      } else {
        notes.finding(r.origin, finding,
                      fmt::format("{} on {}: no {} of the child covers it", words.row,
                                  format_date(r.day), words.plan));
      }
      continue;
    }
    const PlanView& p = plans[r.plan];
    if (r.child == no_id) r.child = p.child;  // a row that names only its plan
    r.link = covers(p, r.day) ? VisitLink::in_plan : VisitLink::outside_plan;
    if (r.link == VisitLink::outside_plan)
      notes.finding(r.origin, words.finding + " outside its plan",
                    fmt::format("{} on {} is outside its plan ({}, at {})", words.row,
                                format_date(r.day), plan_words(x, p), x.where(p.origin)));
    if (p.child != r.child)
      notes.finding(r.origin, words.finding + "'s plan is another child's",
                    fmt::format("{} of child '{}' names plan '{}' of child '{}'", words.row,
                                x.strings.str(r.child), x.strings.str(p.id),
                                x.strings.str(p.child)));
  }
  for (std::uint32_t f = 0; f < x.files.size(); ++f) {
    if (without_plans[f] > 0)
      notes.message(Origin{f, 0}, fmt::format("no {} extract was read, so its {} {}s are in no "
                                              "plan",
                                              words.plans_kind, without_plans[f], words.row));
    if (unknown_child[f] > 0)
      notes.message(Origin{f, 0},
                    fmt::format("no {} extract was read, so its {} {}s without a child_id are "
                                "excluded (their child comes from the plan)",
                                words.plans_kind, unknown_child[f], words.row));
  }
  if (drop.empty()) return;
  std::size_t out = 0;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (!drop[i]) rows[out++] = rows[i];
  rows.resize(out);
}

std::string_view type_name(VisitType type) {
  switch (type) {
    case VisitType::cp: return "cp";
    case VisitType::cin: return "cin";
    case VisitType::cla: return "cla";
  }
  return "";
}

void link_visits(Extracts& x, Notes& notes, VisitType type, const PlanLinker& plans, Kind kind,
                 std::string_view plan) {
  Words words{fmt::format("{} visit", type_name(type)), "visit", std::string(plan),
              kind_name(kind)};
  link_rows(x, notes, x.visits, [type](const Visit& v) { return v.type == type; }, plans,
            x.has_kind(kind), words);
}

}  // namespace

void link_plans(Extracts& x, Notes& notes) {
  const PlanLinker cp(plan_views(x.cp_plans));
  link_visits(x, notes, VisitType::cp, cp, Kind::cp_plans, "cp plan");
  link_visits(x, notes, VisitType::cin, PlanLinker(plan_views(x.cin_plans)), Kind::cin_plans,
              "cin plan");
  link_visits(x, notes, VisitType::cla, PlanLinker(plan_views(x.cla_episodes)),
              Kind::cla_episodes, "cla episode");
  link_rows(x, notes, x.cp_reviews, [](const CpReview&) { return true; }, cp,
            x.has_kind(Kind::cp_plans), Words{"cp review", "review", "cp plan", "cp_plans"});
}

}  // namespace kpi::extract
