// Names of the divisions and counting conventions, as the command line and the
// config file write them.
#include "kpi/calendar.h"
#include "kpi/error.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

#include <array>

namespace kpi {
namespace {

constexpr std::array<std::string_view, 4> division_names = {
    "england-and-wales", "scotland", "northern-ireland", "none"};
constexpr std::array<std::string_view, 2> counting_names = {"elapsed", "inclusive"};

// The position of `text` in `names`; a UsageError naming the `expected` values
// (and the closest one) otherwise.
template <std::size_t N>
std::size_t position(std::string_view text, const std::array<std::string_view, N>& names,
                     std::string_view what, std::string_view expected) {
  for (std::size_t i = 0; i < N; ++i)
    if (text == names[i]) return i;
  throw UsageError(fmt::format("unknown {} '{}' (expected {}){}", what, text, expected,
                               did_you_mean(text, {names.begin(), names.end()})));
}

}  // namespace

std::string_view division_name(Division division) {
  return division_names[static_cast<size_t>(division)];
}

Division parse_division(std::string_view text) {
  return static_cast<Division>(position(text, division_names, "division",
                                        "england-and-wales, scotland, northern-ireland or none"));
}

std::string_view counting_name(Counting counting) {
  return counting_names[static_cast<size_t>(counting)];
}

Counting parse_counting(std::string_view text) {
  return static_cast<Counting>(position(text, counting_names, "count", "elapsed or inclusive"));
}

}  // namespace kpi
