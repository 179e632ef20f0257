#include "report/xlsx/figure_cell.h"

namespace kpi::report::xlsx {

FigureCell figure_cell(const std::optional<Value>& value, Unit unit, const Suppression& rules) {
  FigureCell cell;
  if (!value) return cell;
  switch (shown(*value, unit, rules)) {
    case Shown::suppressed:
      cell.content = std::string(suppressed_text);
      cell.suppressed = true;
      return cell;
    case Shown::low: cell.low = true; break;
    case Shown::value: break;
  }
  cell.content = maybe(value->value(unit));
  return cell;
}

}  // namespace kpi::report::xlsx
