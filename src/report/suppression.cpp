#include "kpi/suppression.h"

namespace kpi {

namespace {

bool small(long n, const Suppression& rules) { return n >= 1 && n <= rules.max_count; }

}  // namespace

Shown shown(const Value& value, Unit unit, const Suppression& rules) {
  if (rules.on) {
    if (small(value.numerator, rules)) return Shown::suppressed;
    if (unit == Unit::percent && value.denominator && small(*value.denominator, rules))
      return Shown::suppressed;
    return Shown::value;
  }
  if (unit == Unit::percent && rules.low_base > 0 && value.denominator && *value.denominator > 0 &&
      *value.denominator < rules.low_base)
    return Shown::low;
  return Shown::value;
}

}  // namespace kpi
