// See svg_chart.h. Layout: a fixed viewBox of chart_width x chart_height, the
// plot area inset by a margin for the y labels (left) and the x labels
// (bottom); the y axis always starts at 0, so bars and lines read honestly;
// coordinates are written to 1 decimal (the file stays small).
#include "report/html/svg_chart.h"

#include "report/html/html_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace kpi::report::html {

namespace {

constexpr double margin_left = 40, margin_right = 12, margin_top = 12, margin_bottom = 24;

// Okabe-Ito colours, each with its own dash pattern and marker shape.
struct LineStyle {
  const char* colour;
  const char* dash;  // "" for solid
  char marker;       // 'o' circle, 's' square, 'd' diamond, 't' triangle
};
constexpr LineStyle line_styles[] = {
    {"#0072B2", "", 'o'},    {"#E69F00", "6 3", 's'}, {"#009E73", "2 2", 'd'},
    {"#CC79A7", "8 2 2 2", 't'}, {"#56B4E9", "4 4", 'o'}, {"#000000", "", 's'},
};
constexpr const char* target_colour = "#000000";
constexpr const char* rolling_colour = "#D55E00";

std::string number(double v) { return fmt::format("{:.1f}", v); }

std::string axis_value(double v, bool percent) {
  return fmt::format("{}{}", std::round(v) == v ? fmt::format("{:.0f}", v) : number(v),
                     percent ? "%" : "");
}

std::string open_svg(const std::string& id, const std::string& title, const std::string& desc) {
  return fmt::format(
      "<svg viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" aria-labelledby=\"{}-t {}-d\" "
      "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{}-t\">{}</title><desc "
      "id=\"{}-d\">{}</desc>",
      chart_width, chart_height, id, id, id, escape(title), id, escape(desc));
}

// The y axis: gridlines and labels at 0, half and the top.
std::string y_axis(const Frame& f, bool percent) {
  std::string out;
  for (double v : {0.0, f.max / 2, f.max}) {
    out += fmt::format(
        "<line class=\"grid\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"/>"
        "<text class=\"ylabel\" x=\"{}\" y=\"{}\">{}</text>",
        number(f.left), number(f.left + f.width), number(f.y(v)), number(f.y(v)),
        number(f.left - 4), number(f.y(v) + 3), axis_value(v, percent));
  }
  return out;
}

std::string marker(char shape, double x, double y, const char* colour) {
  switch (shape) {
    case 's':
      return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"5\" height=\"5\" fill=\"{}\"/>",
                         number(x - 2.5), number(y - 2.5), colour);
    case 'd':
      return fmt::format("<path d=\"M{} {}l3 3-3 3-3-3z\" fill=\"{}\"/>", number(x),
                         number(y - 3), colour);
    case 't':
      return fmt::format("<path d=\"M{} {}l3 5h-6z\" fill=\"{}\"/>", number(x), number(y - 3),
                         colour);
    default:
      return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.5\" fill=\"{}\"/>", number(x),
                         number(y), colour);
  }
}

double largest(double max, const std::vector<std::optional<double>>& values) {
  for (const auto& v : values)
    if (v) max = std::max(max, *v);
  return max;
}

}  // namespace

double Frame::x(std::size_t i) const {
  if (points <= 1) return left + width / 2;
  return left + width * static_cast<double>(i) / static_cast<double>(points - 1);
}

double Frame::y(double value) const { return top + height * (1 - value / max); }

double nice_ceiling(double max) {
  if (max <= 0) return 1;
  double power = std::pow(10, std::floor(std::log10(max)));
  for (double step : {1.0, 2.0, 5.0, 10.0})
    if (max <= step * power) return step * power;
  return 10 * power;
}

Frame line_frame(const LineChart& chart) {
  double max = chart.target.value_or(0);
  if (chart.rolling_3m) max = std::max(max, *chart.rolling_3m);
  for (const ChartLine& line : chart.lines) max = largest(max, line.values);
  return Frame{.left = margin_left,
               .top = margin_top,
               .width = chart_width - margin_left - margin_right,
               .height = chart_height - margin_top - margin_bottom,
               .max = chart.percent && max <= 100 ? 100 : nice_ceiling(max),
               .points = std::max<std::size_t>(chart.labels.size(), 1)};
}

Frame bar_frame(const BarChart& chart) {
  return Frame{.left = margin_left,
               .top = margin_top,
               .width = chart_width - margin_left - margin_right,
               .height = chart_height - margin_top - margin_bottom,
               .max = nice_ceiling(largest(0, chart.values)),
               .points = std::max<std::size_t>(chart.values.size(), 1)};
}

std::string line_chart_svg(const LineChart& chart) {
  const Frame f = line_frame(chart);
  std::string out = open_svg(chart.id, chart.title, chart.desc) + y_axis(f, chart.percent);
  // Month labels, counted back from the reporting month so that it is always labelled.
  const std::size_t n = chart.labels.size();
  const std::size_t step = std::max<std::size_t>(1, (n + 5) / 6);
  for (std::size_t i = 0; i < n; ++i)
    if ((n - 1 - i) % step == 0)
      out += fmt::format("<text class=\"xlabel\" x=\"{}\" y=\"{}\">{}</text>", number(f.x(i)),
                         number(f.top + f.height + 14), escape(chart.labels[i]));
  if (chart.target)
    out += fmt::format(
        "<line class=\"target\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-dasharray=\"6 3\"/>",
        number(f.left), number(f.left + f.width), number(f.y(*chart.target)),
        number(f.y(*chart.target)), target_colour);
  if (chart.rolling_3m && n > 0)
    out += fmt::format(
        "<line class=\"rolling\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-dasharray=\"1.5 2\" stroke-width=\"2.5\"/>",
        number(f.x(n >= 3 ? n - 3 : 0)), number(f.x(n - 1)), number(f.y(*chart.rolling_3m)),
        number(f.y(*chart.rolling_3m)), rolling_colour);
  for (std::size_t l = 0; l < chart.lines.size(); ++l) {
    const LineStyle& style = line_styles[l % std::size(line_styles)];
    const auto& values = chart.lines[l].values;
    // A missing value breaks the line: each run of values is its own "M...L..." piece.
    std::string path, markers;
    bool drawing = false;
    for (std::size_t i = 0; i < values.size() && i < f.points; ++i) {
      if (!values[i]) {
        drawing = false;
        continue;
      }
      path += fmt::format("{}{} {}", drawing ? "L" : "M", number(f.x(i)), number(f.y(*values[i])));
      drawing = true;
      markers += marker(style.marker, f.x(i), f.y(*values[i]), style.colour);
    }
    if (!path.empty())
      out += fmt::format(
          "<path class=\"line\" d=\"{}\" stroke=\"{}\"{}/>", path, style.colour,
          *style.dash ? fmt::format(" stroke-dasharray=\"{}\"", style.dash) : std::string());
    out += markers;
  }
  return out + "</svg>";
}

std::string bar_chart_svg(const BarChart& chart) {
  const Frame f = bar_frame(chart);
  std::string out = open_svg(chart.id, chart.title, chart.desc) + y_axis(f, false);
  const std::size_t n = chart.values.size();
  const double slot = f.width / static_cast<double>(std::max<std::size_t>(n, 1));
  for (std::size_t i = 0; i < n; ++i) {
    double left = f.left + slot * static_cast<double>(i);
    double centre = left + slot / 2;
    if (chart.values[i])
      out += fmt::format(
          "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#0072B2\"/>",
          number(left + slot * 0.15), number(f.y(*chart.values[i])), number(slot * 0.7),
          number(f.top + f.height - f.y(*chart.values[i])));
    double text_y = chart.values[i] ? f.y(*chart.values[i]) - 2 : f.top + f.height - 2;
    if (i < chart.texts.size())
      out += fmt::format("<text class=\"barlabel\" x=\"{}\" y=\"{}\">{}</text>", number(centre),
                         number(text_y), escape(chart.texts[i]));
    if (i < chart.labels.size())
      out += fmt::format("<text class=\"xlabel\" x=\"{}\" y=\"{}\">{}</text>", number(centre),
                         number(f.top + f.height + 14), escape(chart.labels[i]));
  }
  if (chart.line_after && *chart.line_after < n) {
    double x = f.left + slot * static_cast<double>(*chart.line_after + 1);
    out += fmt::format(
        "<line class=\"target\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-dasharray=\"6 3\"/><text class=\"linelabel\" x=\"{}\" y=\"{}\">{}</text>",
        number(x), number(x), number(f.top), number(f.top + f.height), target_colour,
        number(x + 3), number(f.top + 8), escape(chart.line_label));
  }
  return out + "</svg>";
}

namespace {

std::string key(const char* colour, const char* dash, const char* width, std::string shape) {
  return fmt::format(
      "<svg class=\"key\" viewBox=\"0 0 24 8\" aria-hidden=\"true\"><line x1=\"0\" x2=\"24\" "
      "y1=\"4\" y2=\"4\" stroke=\"{}\" stroke-width=\"{}\"{}/>{}</svg>",
      colour, width, *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : std::string(),
      shape);
}

}  // namespace

std::string line_key(std::size_t line) {
  const LineStyle& style = line_styles[line % std::size(line_styles)];
  return key(style.colour, style.dash, "1.5", marker(style.marker, 12, 4, style.colour));
}

std::string target_key() { return key(target_colour, "6 3", "1", ""); }

std::string rolling_key() { return key(rolling_colour, "1.5 2", "2.5", ""); }

}  // namespace kpi::report::html
