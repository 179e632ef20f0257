// The Board report's charts as inline SVG: a line chart (months across, one or
// more lines, an optional target line and 3-month figure) and a bar chart (the
// assessment duration bands, with a marker line between two bars). Each is
// scaled into a fixed viewBox and stretched by CSS, carries a <title> and a
// <desc> for screen readers, and tells its lines apart by dash pattern and
// marker shape as well as by colour (Okabe-Ito), so nothing rests on colour
// alone. Values that are missing or suppressed are left out: a gap in the
// line, no bar.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kpi::report::html {

struct ChartLine {
  std::string label;
  std::vector<std::optional<double>> values;  // one per x label; nullopt: a gap
};

struct LineChart {
  std::string id;     // unique in the page: names the <title> and <desc>
  std::string title;
  std::string desc;
  std::vector<std::string> labels;  // along the x axis ("Mar25")
  std::vector<ChartLine> lines;
  std::optional<double> target;      // a dashed horizontal line
  std::optional<double> rolling_3m;  // a dotted line over the last 3 months
  bool percent = false;              // the y axis runs 0-100% unless a value is above
};

struct BarChart {
  std::string id;
  std::string title;
  std::string desc;
  std::vector<std::string> labels;           // one per bar
  std::vector<std::optional<double>> values;  // nullopt: no bar
  std::vector<std::string> texts;             // written above each bar ("12", "[c]")
  std::optional<std::size_t> line_after;      // a dashed line after this bar
  std::string line_label;
};

// The plot area of a chart in viewBox units, and the scale of its axes.
struct Frame {
  double left = 0, top = 0, width = 0, height = 0;
  double max = 1;           // the value at the top of the y axis (the bottom is 0)
  std::size_t points = 1;   // the number of x positions
  double x(std::size_t i) const;  // points spread over the width; one point in the middle
  double y(double value) const;
};

inline constexpr double chart_width = 300;
inline constexpr double chart_height = 150;

Frame line_frame(const LineChart& chart);
Frame bar_frame(const BarChart& chart);

std::string line_chart_svg(const LineChart& chart);
std::string bar_chart_svg(const BarChart& chart);

// Small pictures of a line's style, the target line and the 3-month line, for
// the legends beside the charts (hidden from screen readers: the text says it).
std::string line_key(std::size_t line);
std::string target_key();
std::string rolling_key();

// The y axis' top for values up to `max`: 1, 2 or 5 times a power of ten.
double nice_ceiling(double max);

}  // namespace kpi::report::html
