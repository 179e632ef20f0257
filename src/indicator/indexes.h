// Per-child indexes shared by the families of one run, built on first use with
// one sort of row indices each (never a search per row): every family that
// needs "the child's referrals in date order" or "the seen visits of a plan"
// reads the same index.
#pragma once

#include "core/row_order.h"
#include "kpi/indicator.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace kpi {

// A value built on first use, once, also when several threads ask at once
// (the dashboard computes its families on several threads).
template <class T>
class Lazy {
 public:
  template <class Make>
  const T& get(Make make) {
    std::call_once(once_, [&] { value_.emplace(make()); });
    return *value_;
  }

 private:
  std::once_flag once_;
  std::optional<T> value_;
};

struct Indexes {
  explicit Indexes(const Extracts& x) : extracts(x) {}
  const Extracts& extracts;

  // Row indices sorted by (child, date, row): referrals by referral_date,
  // assessments by start_date, plans and episodes by start_date.
  const std::vector<RowIndex>& referrals_by_child();
  const std::vector<RowIndex>& assessments_by_child();
  const std::vector<RowIndex>& cp_plans_by_child();
  const std::vector<RowIndex>& cin_plans_by_child();
  const std::vector<RowIndex>& cla_by_child();
  // (referral id, row) sorted, for referrals with an id.
  const std::vector<std::pair<Id, RowIndex>>& referrals_by_id();
  // (referral_id written on the assessment, row) sorted by id then start date.
  const std::vector<std::pair<Id, RowIndex>>& assessments_by_referral_id();
  // Seen visits (seen = Y) linked to a plan of `type`, sorted by (plan, date, row).
  const std::vector<RowIndex>& seen_visits_by_plan(VisitType type);
  // The latest month in the data (default_reporting_month), nullopt without dates.
  std::optional<date::year_month> data_month();

 private:
  Lazy<std::vector<RowIndex>> referrals_, assessments_, cp_plans_, cin_plans_, cla_;
  Lazy<std::vector<std::pair<Id, RowIndex>>> referral_ids_, assessment_referral_ids_;
  std::array<Lazy<std::vector<RowIndex>>, 3> visits_;
  Lazy<std::optional<date::year_month>> data_month_;
};

// Row indices 0..n-1 of `rows` sorted by (child, date_of(row), index).
template <class Row, class DateOf>
std::vector<RowIndex> sort_by_child(const LargeVector<Row>& rows, DateOf date_of) {
  return order_rows(all_rows(rows.size()), [&](RowIndex i) {
    return std::pair{rows[i].child, date_of(rows[i])};
  });
}

// The part of an index sorted by child that holds `child`'s rows.
template <class Row>
std::span<const RowIndex> rows_of_child(const std::vector<RowIndex>& order,
                                        const LargeVector<Row>& rows, Id child) {
  auto lo = std::lower_bound(order.begin(), order.end(), child,
                             [&](RowIndex i, Id c) { return rows[i].child < c; });
  auto hi = std::upper_bound(lo, order.end(), child,
                             [&](Id c, RowIndex i) { return c < rows[i].child; });
  return {lo, hi};
}

// Calls visit(rows) with each child's part of an index sorted by child, in turn.
template <class Row, class Fn>
void for_each_child(const std::vector<RowIndex>& order, const LargeVector<Row>& rows,
                    Fn visit) {
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last < order.size() && rows[order[last]].child == rows[order[first]].child) ++last;
    visit(std::span<const RowIndex>(order.data() + first, last - first));
    first = last;
  }
}

// The rows of a (key, row) index with key `key`.
inline std::span<const std::pair<Id, RowIndex>> rows_with_key(
    const std::vector<std::pair<Id, RowIndex>>& index, Id key) {
  auto lo = std::lower_bound(index.begin(), index.end(), std::pair<Id, RowIndex>(key, 0));
  auto hi = std::lower_bound(lo, index.end(), std::pair<Id, RowIndex>(key + 1, 0));
  return {lo, hi};
}

}  // namespace kpi
