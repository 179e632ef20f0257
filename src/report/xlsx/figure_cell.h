// What the workbook writes for one figure under the publication rules
// (kpi/suppression.h): the number, "[c]" in its place, or nothing; and
// whether it carries the [low] marker. The Dashboard and Long sheets both ask
// here, so that a value hidden on one is hidden on the other.
#pragma once

#include "kpi/suppression.h"
#include "report/flat_table.h"

#include <optional>

namespace kpi::report::xlsx {

struct FigureCell {
  Field content;            // the value in its unit, "[c]", or no value
  bool suppressed = false;  // "[c]": no RAG and no trend either
  bool low = false;         // a percentage over a small base: "[low]" in the cell's comment
};

FigureCell figure_cell(const std::optional<Value>& value, Unit unit, const Suppression& rules);

// The comment of a [low] figure.
inline constexpr const char* low_comment =
    "[low]: a percentage over a small denominator; read it with care";

}  // namespace kpi::report::xlsx
