// Publication rules for aggregate figures (--suppress): the official statistics
// convention of hiding small numbers that could identify a child. Every
// aggregate renderer (table, csv, json, markdown, html, xlsx) asks shown()
// how to print a value; lists of children (show --cases, due) are never
// suppressed: they refuse --suppress. The rules (struct Suppression) travel
// with the Dashboard (kpi/dashboard.h).
#pragma once

#include "kpi/dashboard.h"
#include "kpi/show.h"

namespace kpi {

enum class Shown {
  value,       // print it
  suppressed,  // print "[c]": no RAG, no trend
  low,         // print it with "[low]"
};

// A count is suppressed when it is 1..max_count; a percentage when its
// numerator or denominator is. With suppression off, a percentage over a
// denominator below low_base is `low`. A value already marked (apply below)
// is judged by its marks.
Shown shown(const Value& value, Unit unit, const Suppression& rules);

// Marks every figure by the rules, and empties the suppressed ones, so that no
// renderer can print their numbers: a series' months and pools, and the
// groups of a breakdown.
void apply_suppression(std::optional<Value>& value, Unit unit, const Suppression& rules);
void apply_suppression(Series& series, const Suppression& rules);
// The series and Dashboard::by_group, by Dashboard::suppression.
void apply_suppression(Dashboard& dashboard);
// The figures and breakdowns of `show` (its cases are never suppressed).
void apply_suppression(ShowReport& report, const Suppression& rules);

inline constexpr std::string_view suppressed_text = "[c]";
inline constexpr std::string_view low_text = "[low]";

}  // namespace kpi
