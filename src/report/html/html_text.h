// What every part of the Board report (board_html.cpp) writes the same way:
// text escaped for HTML, a figure as shown (with the publication rules of
// kpi/suppression.h applied), and the machine-readable attributes that let a
// test compare each figure on the page with the JSON output.
#pragma once

#include "kpi/dashboard.h"

#include <optional>
#include <string>
#include <string_view>

namespace kpi::report::html {

// `text` with & < > " ' escaped, for element content and attribute values alike.
std::string escape(std::string_view text);

// A figure as the page shows it, with suppression applied.
struct Figure {
  std::string text;         // "76.5%", "42", "[c]", "61.3% [low]", "-"
  std::optional<double> value;  // nullopt when suppressed or without a value
  bool suppressed = false;
};
Figure figure(const std::optional<Value>& value, Unit unit, const Suppression& rules);

// ` data-period="2025-03"`, ` data-group="Team A"`: where a figure belongs.
std::string attribute(std::string_view name, std::string_view value);

// ` data-id="ID"` + `where` + ` data-value="76.47058823529412"`: the value as
// the JSON output prints it ("null" without one). A suppressed figure carries
// `data-suppressed` instead of its value, so that the page never holds it.
std::string data_attributes(std::string_view id, std::string_view where,
                            const std::optional<Value>& value, Unit unit,
                            const Suppression& rules);

// The element `tag` with data_attributes and the figure's text:
// `<td data-id=... data-value=...>76.5%</td>`.
std::string figure_element(std::string_view tag, std::string_view id, std::string_view where,
                           const std::optional<Value>& value, Unit unit, const Suppression& rules);
inline std::string figure_cell(std::string_view id, std::string_view where,
                               const std::optional<Value>& value, Unit unit,
                               const Suppression& rules) {
  return figure_element("td", id, where, value, unit, rules);
}

// The RAG of `value` against the indicator's target; none when suppressed.
Rag figure_rag(const IndicatorInfo& info, const std::optional<Value>& value,
               const Suppression& rules);


// trend() of the reporting month, or "" when it or the month before is suppressed.
std::string_view shown_trend(const Series& series, const Suppression& rules);

// "March 2025".
std::string long_month(date::year_month month);

}  // namespace kpi::report::html
