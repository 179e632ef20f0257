// See html_text.h. The page and the JSON output agree by construction: a
// figure's data-value is written by the same shortest round-trip formatting
// as JsonWriter's numbers (exact_number), and its text by display_value.
#include "report/html/html_text.h"

#include "kpi/suppression.h"
#include "report/report_common.h"

#include <fmt/format.h>

namespace kpi::report::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

Figure figure(const std::optional<Value>& value, Unit unit, const Suppression& rules) {
  // Marked as the dashboard marks its figures (a no-op when it already has),
  // then shown as every text format shows it: "[c]", "76.5% [low]".
  std::optional<Value> marked = value;
  apply_suppression(marked, unit, rules);
  Figure out;
  out.text = display_value(marked, unit);
  if (!marked) return out;
  out.suppressed = marked->suppressed;
  out.value = marked->value(unit);
  return out;
}

std::string attribute(std::string_view name, std::string_view value) {
  return fmt::format(" {}=\"{}\"", name, escape(value));
}

std::string data_attributes(std::string_view id, std::string_view where,
                            const std::optional<Value>& value, Unit unit,
                            const Suppression& rules) {
  std::string out = attribute("data-id", id) + std::string(where);
  Figure shown_figure = figure(value, unit, rules);
  if (shown_figure.suppressed) return out + " data-suppressed";
  return out + attribute("data-value",
                         shown_figure.value ? exact_number(*shown_figure.value) : "null");
}

std::string figure_element(std::string_view tag, std::string_view id, std::string_view where,
                           const std::optional<Value>& value, Unit unit, const Suppression& rules) {
  return fmt::format("<{}{}>{}</{}>", tag, data_attributes(id, where, value, unit, rules),
                     escape(figure(value, unit, rules).text), tag);
}

Rag figure_rag(const IndicatorInfo& info, const std::optional<Value>& value,
               const Suppression& rules) {
  return rate(info.polarity, info.rag, figure(value, info.unit, rules).value);
}

std::string_view shown_trend(const Series& series, const Suppression& rules) {
  std::size_t n = series.values.size();
  for (std::size_t i = n >= 2 ? n - 2 : 0; i < n; ++i)
    if (figure(series.values[i], series.info.unit, rules).suppressed) return "";
  return trend(series);
}

std::string long_month(date::year_month month) {
  static constexpr std::string_view names[] = {"January", "February", "March",     "April",
                                               "May",     "June",     "July",      "August",
                                               "September", "October", "November", "December"};
  return fmt::format("{} {}", names[static_cast<unsigned>(month.month()) - 1],
                     static_cast<int>(month.year()));
}

}  // namespace kpi::report::html
