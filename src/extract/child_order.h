// Rows sorted by child and start date, and the binary search that finds a
// child's rows starting on or before a day: how linking (an ICPC to its S47, a
// visit or review to its plan) stays O(n log n).
#pragma once

#include "core/row_order.h"
#include "kpi/records.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace kpi::extract {

// Row indices of `rows` sorted by child, then start date, then reading order.
template <class Rows, class StartFn>
std::vector<RowIndex> sorted_by_child(const Rows& rows, StartFn start) {
  return order_rows(all_rows(rows.size()), [&](RowIndex i) {
    return std::pair{rows[i].child, start(rows[i])};
  });
}

// The first position in `order` past the rows of `child` starting on or before `day`.
template <class Rows, class StartFn>
std::size_t upper_position(const Rows& rows, const std::vector<RowIndex>& order,
                           StartFn start, Id child, Date day) {
  return static_cast<std::size_t>(
      std::upper_bound(order.begin(), order.end(), std::pair{child, day},
                       [&](const std::pair<Id, Date>& key, RowIndex i) {
                         if (key.first != rows[i].child) return key.first < rows[i].child;
                         return key.second < start(rows[i]);
                       }) -
      order.begin());
}

}  // namespace kpi::extract
