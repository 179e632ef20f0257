// How the calendar commands write a day for people: "Mon", "Fri 20 Dec 2024".
#pragma once

#include "kpi/date.h"

#include <string>
#include <string_view>

namespace kpi {

// "Mon" .. "Sun".
std::string_view weekday_name(Date day);

// "Fri 20 Dec 2024".
std::string long_date(Date day);

}  // namespace kpi
