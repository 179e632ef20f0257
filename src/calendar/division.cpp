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

}  // namespace

std::string_view division_name(Division division) {
  return division_names[static_cast<size_t>(division)];
}

Division parse_division(std::string_view text) {
  for (size_t i = 0; i < division_names.size(); ++i)
    if (text == division_names[i]) return static_cast<Division>(i);
  std::vector<std::string_view> names(division_names.begin(), division_names.end());
  throw UsageError(fmt::format(
      "unknown division '{}' (expected england-and-wales, scotland, northern-ireland or none){}",
      text, did_you_mean(text, names)));
}

std::string_view counting_name(Counting counting) {
  return counting_names[static_cast<size_t>(counting)];
}

Counting parse_counting(std::string_view text) {
  for (size_t i = 0; i < counting_names.size(); ++i)
    if (text == counting_names[i]) return static_cast<Counting>(i);
  std::vector<std::string_view> names(counting_names.begin(), counting_names.end());
  throw UsageError(fmt::format("unknown count '{}' (expected elapsed or inclusive){}", text,
                               did_you_mean(text, names)));
}

}  // namespace kpi
