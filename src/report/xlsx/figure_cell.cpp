#include "report/xlsx/figure_cell.h"

namespace kpi::report::xlsx {

FigureCell figure_cell(const std::optional<Value>& value, Unit unit, const Suppression& rules) {
  // Marked as the dashboard marks its figures (a no-op when it already has).
  std::optional<Value> marked = value;
  apply_suppression(marked, unit, rules);
  FigureCell cell;
  if (!marked) return cell;
  if (marked->suppressed) {
    cell.content = std::string(suppressed_text);
    cell.suppressed = true;
    return cell;
  }
  cell.low = marked->low;
  cell.content = maybe(marked->value(unit));
  return cell;
}

}  // namespace kpi::report::xlsx
