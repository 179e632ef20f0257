#include "kpi/suggest.h"

#include <algorithm>
#include <cctype>

namespace kpi {
namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_name(std::string_view typed, const std::vector<std::string_view>& candidates) {
  if (typed.empty()) return "";
  // Allow about one slip per three letters, at least two.
  const size_t allowed = std::max<size_t>(2, typed.size() / 3);
  std::string_view best;
  size_t best_distance = SIZE_MAX;
  for (std::string_view candidate : candidates) {
    // A typed prefix ("assess") is as good as a one-letter slip.
    bool prefix = candidate.substr(0, typed.size()) == typed && typed.size() >= 3;
    // The distance is at least the difference in length: a candidate too long
    // or too short to be accepted is not measured (edit_distance is
    // O(|typed| * |candidate|), and a candidate can be a huge CSV field).
    size_t gap = candidate.size() > typed.size() ? candidate.size() - typed.size()
                                                 : typed.size() - candidate.size();
    if (!prefix && gap > allowed) continue;
    size_t distance = prefix ? 1 : edit_distance(typed, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best_distance <= allowed ? std::string(best) : "";
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string_view>& candidates) {
  std::string best = closest_name(typed, candidates);
  return best.empty() ? "" : ", did you mean '" + best + "'?";
}

}  // namespace kpi
