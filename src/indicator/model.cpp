// The small pieces of the output model (dashboard.h): names, RAG rating,
// period labels and a Value's figure.
#include "kpi/dashboard.h"

#include <fmt/format.h>

namespace kpi {

std::string_view unit_name(Unit unit) {
  return unit == Unit::percent ? "percent" : "count";
}

std::string_view polarity_name(Polarity p) {
  switch (p) {
    case Polarity::higher: return "higher";
    case Polarity::lower: return "lower";
    case Polarity::neither: break;
  }
  return "neither";
}

Rag rate(Polarity polarity, const std::optional<RagBands>& bands, std::optional<double> value) {
  if (!bands || !value || polarity == Polarity::neither) return Rag::none;
  // Distance below the target in the direction of "better" (negative: beyond it).
  double shortfall = polarity == Polarity::higher ? bands->target - *value : *value - bands->target;
  if (shortfall <= 0) return Rag::green;
  if (shortfall <= bands->amber_margin) return Rag::amber;
  return Rag::red;
}

std::string_view rag_name(Rag rag) {
  switch (rag) {
    case Rag::red: return "red";
    case Rag::amber: return "amber";
    case Rag::green: return "green";
    case Rag::none: break;
  }
  return "";
}

std::string period_label(date::year_month month) {
  return fmt::format("{:04}-{:02}", static_cast<int>(month.year()),
                     static_cast<unsigned>(month.month()));
}

std::optional<double> Value::value(Unit unit) const {
  if (suppressed) return std::nullopt;
  if (unit == Unit::count) return static_cast<double>(numerator);
  if (!denominator || *denominator == 0) return std::nullopt;
  return static_cast<double>(numerator) * 100.0 / static_cast<double>(*denominator);
}

}  // namespace kpi
