#include "calendar/day_text.h"

#include <fmt/format.h>

#include <array>

namespace kpi {

std::string_view weekday_name(Date day) {
  static constexpr std::array<std::string_view, 7> names = {"Sun", "Mon", "Tue", "Wed",
                                                             "Thu", "Fri", "Sat"};
  return names[date::weekday{day}.c_encoding()];
}

std::string long_date(Date day) {
  date::year_month_day ymd{day};
  return fmt::format("{} {} {} {}", weekday_name(day), static_cast<unsigned>(ymd.day()),
                     month_abbreviation(ymd.month()), static_cast<int>(ymd.year()));
}

}  // namespace kpi
