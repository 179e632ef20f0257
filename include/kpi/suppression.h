// Publication rules for aggregate figures (--suppress): the official statistics
// convention of hiding small numbers that could identify a child. Every
// aggregate renderer (table, csv, json, markdown, html, xlsx) asks shown()
// how to print a value; lists of children (show --cases, due) are never
// suppressed: they refuse --suppress. The rules (struct Suppression) travel
// with the Dashboard (kpi/dashboard.h).
#pragma once

#include "kpi/dashboard.h"

namespace kpi {

enum class Shown {
  value,       // print it
  suppressed,  // print "[c]": no RAG, no trend
  low,         // print it with "[low]"
};

// A count is suppressed when it is 1..max_count; a percentage when its
// numerator or denominator is. With suppression off, a percentage over a
// denominator below low_base is `low`.
Shown shown(const Value& value, Unit unit, const Suppression& rules);

inline constexpr std::string_view suppressed_text = "[c]";
inline constexpr std::string_view low_text = "[low]";

}  // namespace kpi
