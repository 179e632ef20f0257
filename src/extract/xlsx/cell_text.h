// The text a cell's stored value stands for, as the same cell saved as CSV
// would show it to the row reader: dates as ISO text, whole numbers without
// ".0" (ids like 123456), other numbers in their shortest exact form.
#pragma once

#include <string>
#include <string_view>

namespace kpi::extract::xlsx {

enum class DateSystem { from_1900, from_1904 };

// A date serial number (its time part dropped) as "YYYY-MM-DD". In the 1900
// system serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never
// was (serial 60, written "1900-02-29", which the row reader reports as an
// invalid date), so serials from 61 on are one day less than their count
// from 1899-12-31. In the 1904 system serial 0 is 1904-01-01. A value that is
// no number or lies outside 1900..9999 is written as a number.
void date_text(std::string_view value, DateSystem system, std::string& out);

// A number as stored ("123456", "3.5", "1.2E-3") as text: whole numbers of up
// to 15 digits as integers, others in the shortest form that reads back the
// same. A value that is no number is kept as it is.
void number_text(std::string_view value, std::string& out);

}  // namespace kpi::extract::xlsx
