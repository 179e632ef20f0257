// The Board report (src/report/html/) on hand-made inputs: escaping, the
// geometry of a chart of three months worked out by hand, suppression, and the
// team section from a hand-made GroupedMonth. Chart geometry: the viewBox is
// 300 x 150 and the plot area starts at x 40, y 12, 248 wide and 114 high, so
// x(i) = 40 + 248 * i / (points - 1) and y(v) = 12 + 114 * (1 - v / max).
#include "kpi/report.h"
#include "kpi/suppression.h"
#include "report/html/html_text.h"
#include "report/html/svg_chart.h"

#include <doctest/doctest.h>

using namespace kpi;
using namespace kpi::report::html;

namespace {

Value count(long n) {
  Value v;
  v.numerator = n;
  return v;
}
Value pct(long n, long d) {
  Value v = count(n);
  v.denominator = d;
  return v;
}

bool has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

Series series(std::string id, Unit unit, Polarity polarity, std::optional<RagBands> rag,
              std::vector<std::optional<Value>> values, std::optional<Value> rolling = {}) {
  Series s;
  s.info.id = std::move(id);
  s.info.title = "Title of " + s.info.id;
  s.info.unit = unit;
  s.info.polarity = polarity;
  s.info.rag = rag;
  s.values = std::move(values);
  s.rolling_3m = rolling;
  s.year_to_date = rolling;
  return s;
}

// Two months; assessments_45wd (target 90, amber 5) and referrals (no target).
Dashboard two_months() {
  Dashboard d;
  d.periods = {date::year(2025) / 2, date::year(2025) / 3};
  d.indicators.push_back(series("assessments_45wd", Unit::percent, Polarity::higher,
                                RagBands{90, 5}, {pct(17, 20), pct(13, 17)}, pct(30, 37)));
  d.indicators.push_back(
      series("referrals", Unit::count, Polarity::neither, std::nullopt, {count(3), count(0)},
             count(3)));
  return d;
}

}  // namespace

TEST_CASE("html: text is escaped for elements and attributes") {
  CHECK(escape("<b class='x'>Tom & \"Jerry\"</b>") ==
        "&lt;b class=&#39;x&#39;&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;");
  CHECK(escape("Team A") == "Team A");
  CHECK(attribute("data-group", "A \"B\"") == " data-group=\"A &quot;B&quot;\"");
}

TEST_CASE("html: file names and the authority are escaped in the page") {
  Dashboard d = two_months();
  d.authority = "Anytown & <District>";
  FileReport file;
  file.file = "a&b<script>.csv";
  file.kind = Kind::referrals;
  file.rows = 4;
  file.used = 4;
  d.inputs.push_back(file);
  std::string page = render_dashboard_html(d);
  CHECK(has(page, "<h1>Anytown &amp; &lt;District&gt;: children&#39;s social care performance</h1>"));
  CHECK(has(page, "<td>a&amp;b&lt;script&gt;.csv</td><td>referrals</td><td>4</td><td>4</td>"));
  CHECK_FALSE(has(page, "<script"));
}

TEST_CASE("html: a figure's attributes hold the value as JSON prints it") {
  Suppression off;
  // 13 / 17 * 100 = 76.470588235294117..., shortest round-trip form below.
  CHECK(data_attributes("assessments_45wd", attribute("data-period", "2025-03"), pct(13, 17),
                        Unit::percent, off) ==
        " data-id=\"assessments_45wd\" data-period=\"2025-03\" "
        "data-value=\"76.47058823529412\"");
  CHECK(figure_cell("referrals", attribute("data-period", "2025-03"), count(420), Unit::count,
                    off) == "<td data-id=\"referrals\" data-period=\"2025-03\" "
                            "data-value=\"420\">420</td>");
  // No value: null, as in the JSON.
  CHECK(figure_cell("x", "", pct(0, 0), Unit::percent, off) ==
        "<td data-id=\"x\" data-value=\"null\">-</td>");
  CHECK(figure_cell("x", "", std::nullopt, Unit::percent, off) ==
        "<td data-id=\"x\" data-value=\"null\">-</td>");
}

TEST_CASE("html: suppressed values print [c], keep no value, RAG or trend") {
  Suppression on{.on = true};
  CHECK(figure(count(3), Unit::count, on).text == "[c]");
  CHECK(figure(count(3), Unit::count, on).suppressed);
  CHECK_FALSE(figure(count(3), Unit::count, on).value);
  CHECK(figure(count(0), Unit::count, on).text == "0");    // 0 stays 0
  CHECK(figure(count(6), Unit::count, on).text == "6");
  CHECK(figure(pct(3, 40), Unit::percent, on).text == "[c]");   // numerator 1-5
  CHECK(figure(pct(20, 4), Unit::percent, on).text == "[c]");   // denominator 1-5
  CHECK(figure_cell("x", "", count(2), Unit::count, on) ==
        "<td data-id=\"x\" data-suppressed>[c]</td>");
  // A 45wd of 4/5 = 80% would be red against 90: suppressed, no RAG.
  IndicatorInfo info;
  info.unit = Unit::percent;
  info.polarity = Polarity::higher;
  info.rag = RagBands{90, 5};
  CHECK(figure_rag(info, pct(4, 5), on) == Rag::none);
  CHECK(figure_rag(info, pct(40, 50), on) == Rag::red);
  Series s = series("x", Unit::percent, Polarity::higher, RagBands{90, 5},
                    {pct(40, 50), pct(4, 5)});
  // 80% then 80%: "same" unsuppressed; no trend when a month of it is suppressed.
  CHECK(trend(s) == "same");
  CHECK(shown_trend(s, on) == "");
  CHECK(shown_trend(s, Suppression{}) == "same");
}

TEST_CASE("html: [low] marks a percentage over a small base when not suppressing") {
  Suppression low{.low_base = 10};
  CHECK(figure(pct(3, 8), Unit::percent, low).text == "37.5% [low]");
  CHECK(figure(pct(3, 8), Unit::percent, low).value == 37.5);
  // A figure the dashboard has already marked is marked once, not twice.
  std::optional<Value> marked = pct(3, 8);
  apply_suppression(marked, Unit::percent, low);
  CHECK(figure(marked, Unit::percent, low).text == "37.5% [low]");
  CHECK(figure(pct(5, 10), Unit::percent, low).text == "50.0%");
}

TEST_CASE("html: suppression holds across the whole page") {
  Dashboard d = two_months();
  d.suppression.on = true;
  std::string page = render_dashboard_html(d);
  // referrals: Feb 3 -> [c], Mar 0 stays 0, 3m 3 -> [c].
  CHECK(has(page, "<td data-id=\"referrals\" data-period=\"2025-02\" data-suppressed>[c]</td>"));
  // The page never holds a suppressed number, not even in an attribute.
  CHECK_FALSE(has(page, "data-period=\"2025-02\" data-value=\"3\""));
  CHECK(occurrences(page, "data-id=\"referrals\" data-period=\"2025-02\"") == 1);
  CHECK(has(page, "<td data-id=\"referrals\" data-period=\"2025-03\" data-value=\"0\">0</td>"));
  CHECK(has(page, "<td data-id=\"referrals\" data-period=\"rolling_3m\" data-suppressed>[c]</td>"));
  // No trend for referrals (Feb suppressed), but none is shown for it anyway; the
  // 45wd tile (17/20 = 85%, 13/17 = 76.5%, neither small) keeps its RAG: red.
  CHECK(has(page, "<b>R</b> red"));
  // Feb's referrals are a gap in its chart: one point only (Mar, 0 at the bottom, y 126).
  CHECK(has(page, "d=\"M288.0 126.0\""));
}

TEST_CASE("html: line chart geometry for three months") {
  LineChart chart{.id = "c1",
                  .title = "T",
                  .desc = "D",
                  .labels = {"Jan25", "Feb25", "Mar25"},
                  .lines = {{.label = "x", .values = {50.0, std::nullopt, 100.0}}},
                  .target = 80.0,
                  .rolling_3m = 75.0,
                  .percent = true};
  Frame f = line_frame(chart);
  CHECK(f.max == 100);
  CHECK(f.x(0) == doctest::Approx(40));
  CHECK(f.x(1) == doctest::Approx(164));  // 40 + 248 / 2
  CHECK(f.x(2) == doctest::Approx(288));
  CHECK(f.y(50) == doctest::Approx(69));    // 12 + 114 * 0.5
  CHECK(f.y(100) == doctest::Approx(12));
  CHECK(f.y(80) == doctest::Approx(34.8));  // 12 + 114 * 0.2
  std::string svg = line_chart_svg(chart);
  CHECK(has(svg, "<title id=\"c1-t\">T</title><desc id=\"c1-d\">D</desc>"));
  CHECK(has(svg, "aria-labelledby=\"c1-t c1-d\""));
  // The missing February breaks the line into two pieces of one point each.
  CHECK(has(svg, "d=\"M40.0 69.0M288.0 12.0\""));
  CHECK(has(svg, "x1=\"40.0\" x2=\"288.0\" y1=\"34.8\" y2=\"34.8\" stroke=\"#000000\""));
  // The 3-month line over the last three points at 75: y 12 + 114 * 0.25 = 40.5.
  CHECK(has(svg, "class=\"rolling\" x1=\"40.0\" x2=\"288.0\" y1=\"40.5\" y2=\"40.5\""));
  CHECK(has(svg, "<text class=\"ylabel\" x=\"36.0\" y=\"15.0\">100%</text>"));
}

TEST_CASE("html: a count chart's axis rounds up to 1, 2 or 5 times a power of ten") {
  CHECK(nice_ceiling(7) == 10);
  CHECK(nice_ceiling(10) == 10);
  CHECK(nice_ceiling(120) == 200);
  CHECK(nice_ceiling(0.3) == doctest::Approx(0.5));
  CHECK(nice_ceiling(0) == 1);
  LineChart chart;
  chart.labels = {"Feb25", "Mar25"};
  chart.lines = {{.label = "x", .values = {3.0, 7.0}}};
  Frame f = line_frame(chart);
  CHECK(f.max == 10);
  CHECK(f.y(7) == doctest::Approx(46.2));  // 12 + 114 * 0.3
  // A percentage over 100 widens the axis.
  chart.percent = true;
  chart.lines[0].values = {50.0, 120.0};
  CHECK(line_frame(chart).max == 200);
}

TEST_CASE("html: bar chart geometry and the line after a bar") {
  BarChart chart{.id = "b",
                 .title = "T",
                 .desc = "D",
                 .labels = {"0", "1-10", "11+"},
                 .values = {4.0, std::nullopt, 10.0},
                 .texts = {"4", "[c]", "10"},
                 .line_after = 1,
                 .line_label = "45 working days"};
  Frame f = bar_frame(chart);
  CHECK(f.max == 10);
  std::string svg = bar_chart_svg(chart);
  // Slots of 248 / 3 = 82.67; a bar is 70% of its slot, from 15% in: the first at
  // x 40 + 12.4 = 52.4, width 57.9; 4 of 10 is y 12 + 114 * 0.6 = 80.4, height
  // 126 - 80.4 = 45.6.
  CHECK(has(svg, "<rect class=\"bar\" x=\"52.4\" y=\"80.4\" width=\"57.9\" height=\"45.6\""));
  // The second bar is suppressed: no rect, its "[c]" at the bottom (y 124).
  CHECK(occurrences(svg, "<rect class=\"bar\"") == 2);
  CHECK(has(svg, "<text class=\"barlabel\" x=\"164.0\" y=\"124.0\">[c]</text>"));
  // The line after the second bar: x 40 + 2 * 82.67 = 205.3.
  CHECK(has(svg, "x1=\"205.3\" x2=\"205.3\" y1=\"12.0\" y2=\"126.0\""));
  CHECK(has(svg, "<text class=\"linelabel\" x=\"208.3\" y=\"20.0\">45 working days</text>"));
}

TEST_CASE("html: the month by team, RAG by colour and letter") {
  Dashboard d = two_months();
  std::string without = render_dashboard_html(d);
  CHECK_FALSE(has(without, "id=\"by-group\""));
  // 9/10 = 90% meets 90: green; 7/10 = 70% is 20 short, beyond the amber 5: red;
  // referrals are counts without a target: no RAG.
  d.by_group = GroupedMonth{.by = BreakdownKey::team,
                            .groups = {"Team <A>", "Team B"},
                            .values = {{pct(9, 10), pct(7, 10)}, {count(12), std::nullopt}}};
  std::string page = render_dashboard_html(d);
  CHECK(has(page, "<h2>March 2025 by team</h2>"));
  CHECK(has(page, "<th scope=\"col\">Team &lt;A&gt;</th><th scope=\"col\">Team B</th>"));
  CHECK(has(page, "<td class=\"rag-green\" data-id=\"assessments_45wd\" "
                  "data-group=\"Team &lt;A&gt;\" data-value=\"90\">90.0% <b>G</b></td>"));
  CHECK(has(page, "<td class=\"rag-red\" data-id=\"assessments_45wd\" data-group=\"Team B\" "
                  "data-value=\"70\">70.0% <b>R</b></td>"));
  CHECK(has(page, "<td class=\"rag-none\" data-id=\"referrals\" data-group=\"Team &lt;A&gt;\" "
                  "data-value=\"12\">12</td>"));
  CHECK(has(page, "<td class=\"rag-none\" data-id=\"referrals\" data-group=\"Team B\" "
                  "data-value=\"null\">-</td>"));
}
