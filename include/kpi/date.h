// The one date type of the program, and reading dates as the extracts write them.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace kpi {

using Date = date::sys_days;

// What the date formats accepted everywhere are, for error messages.
inline constexpr std::string_view date_formats_expected =
    "YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY";

// True for a value that means "not recorded": blank (after trimming spaces),
// NULL (SQL Server exports) or #N/A (Excel).
bool is_not_recorded(std::string_view text);

// Reads YYYY-MM-DD, DD/MM/YYYY, D/M/YYYY or DD-Mon-YYYY, each optionally followed
// by a time part (" 09:30", "T00:00:00", ...) that is ignored. Surrounding spaces
// are allowed. Returns nullopt for anything else, including impossible dates such
// as 31/02/2017: a date is never guessed. No iostreams: this is on the hot path.
std::optional<Date> parse_date(std::string_view text);

// YYYY-MM-DD.
std::string format_date(Date day);

// "Jan" .. "Dec", as DD-Mon-YYYY dates and our reports write months.
std::string_view month_abbreviation(date::month month);

// Whole years from birth to `on` by anniversary (a 29 February birthday's
// anniversary is 28 February in other years); negative before birth.
int age_in_years(Date birth, Date on);

// `day` plus `months` calendar months; a day that does not exist in the target
// month becomes that month's last day (31 Jan + 1 month = 28/29 Feb).
Date add_months(Date day, int months);

}  // namespace kpi
