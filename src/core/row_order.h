// Sorting row indices by (a 32-bit key, a date, the index): each row's key is
// packed into 64 bits once and the sort moves (key, index) pairs, never
// reaching into the rows. Comparing through the rows cost a cache miss per
// comparison, and these sorts were a tenth of a region's run (issue 12).
#pragma once

#include "kpi/records.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace kpi {

// `rows` (row indices) sorted by (major, day, index); key_of(i) gives row i's
// {major, day}.
template <class KeyFn>
std::vector<RowIndex> order_rows(std::vector<RowIndex> rows, KeyFn key_of) {
  std::vector<std::pair<std::uint64_t, RowIndex>> keyed;
  keyed.reserve(rows.size());
  for (RowIndex i : rows) {
    const auto [major, day] = key_of(i);
    const auto days = static_cast<std::uint32_t>(day.time_since_epoch().count()) ^ 0x80000000u;
    keyed.emplace_back(std::uint64_t{major} << 32 | days, i);
  }
  std::sort(keyed.begin(), keyed.end());
  for (std::size_t k = 0; k < keyed.size(); ++k) rows[k] = keyed[k].second;
  return rows;
}

// Every index 0..n-1, for order_rows.
inline std::vector<RowIndex> all_rows(std::size_t n) {
  std::vector<RowIndex> rows(n);
  for (RowIndex i = 0; i < n; ++i) rows[i] = i;
  return rows;
}

}  // namespace kpi
