// The dashboard renderers on a small hand-made Dashboard: three months, a count,
// a percent with partial history, a percent with a zero denominator, a snapshot
// count (null summaries), a family with sub-ids, a snapshot percent with only the
// last month, and an indicator whose extracts are absent. Every figure below is
// the numerator / denominator of the fixture worked out by hand (e.g. 284/499 =
// 0.569138... -> 56.9 in the table, 56.91382765531062 unrounded; 57/280 =
// 20.357142857142858).
#include "kpi/report.h"
#include "report/report_common.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kpi;

namespace {

Value count(long n) { return Value{n, std::nullopt, false}; }
Value pct(long n, long d, bool partial = false) { return Value{n, d, partial}; }

IndicatorInfo info(std::string id, std::string title, Unit unit, Polarity polarity,
                   Measure measure, std::optional<RagBands> rag = std::nullopt) {
  IndicatorInfo i;
  i.id = std::move(id);
  i.title = std::move(title);
  i.unit = unit;
  i.polarity = polarity;
  i.measure = measure;
  i.rag = rag;
  i.definition = "A definition.";
  return i;
}

Series series(IndicatorInfo info, std::vector<std::optional<Value>> values,
              std::optional<Value> rolling_3m, std::optional<Value> year_to_date,
              std::string missing) {
  Series s;
  s.info = std::move(info);
  s.values = std::move(values);
  s.rolling_3m = rolling_3m;
  s.year_to_date = year_to_date;
  s.missing = std::move(missing);
  return s;
}

Dashboard sample_dashboard() {
  Dashboard d;
  d.division = Division::england_and_wales;
  d.counting = Counting::elapsed;
  d.periods = {date::year(2017) / 9, date::year(2017) / 10, date::year(2017) / 11};
  using enum Unit;
  using enum Polarity;
  using enum Measure;
  d.indicators.push_back(series(info("referrals", "Referrals", count, neither, flow),
                                {::count(412), ::count(398), ::count(420)},
                                ::count(1230), ::count(3300), ""));
  d.indicators.push_back(
      series(info("repeat_referrals_12m", "Repeat referrals, 12 months", percent, lower, flow,
                  RagBands{18, 5}),
             {pct(21, 100, true), pct(17, 85), pct(19, 95)},
             pct(57, 280, true), pct(120, 600, true), ""));
  d.indicators.push_back(
      series(info("assessments_45wd", "Assessments within 45 working days", percent, higher, flow,
                  RagBands{90, 5}),
             {pct(284, 499), pct(0, 0), pct(45, 50)},
             pct(329, 549), pct(1000, 1200), ""));
  d.indicators.back().excluded["excluded: authorised before start"] = 3;
  d.indicators.push_back(series(info("assessments_open_over_45wd", "Open over 45 wd", count,
                                     lower, snapshot),
                                {::count(7), ::count(9), ::count(5)},
                                std::nullopt, std::nullopt, ""));
  d.indicators.push_back(series(info("assessment_outcomes.nfa", "Outcome: NFA", percent, neither,
                                     flow),
                                {pct(10, 40), pct(12, 48), pct(8, 32)},
                                pct(30, 120), pct(100, 400), ""));
  d.indicators.push_back(series(info("assessment_outcomes.cin", "Outcome: \"CiN\", s17", percent,
                                     neither, flow),
                                {pct(20, 40), pct(30, 48), pct(16, 32)},
                                pct(66, 120), pct(200, 400), ""));
  d.indicators.push_back(series(info("cla_visits_in_time", "CLA visits in time", percent, higher,
                                     flow),
                                {std::nullopt, std::nullopt, std::nullopt},
                                std::nullopt, std::nullopt, "needs a visits extract"));
  d.indicators.push_back(series(info("cp_seen_in_time", "CP seen in time", percent, higher,
                                     snapshot),
                                {std::nullopt, std::nullopt, pct(45, 50)},
                                pct(45, 50), pct(45, 50), ""));
  FileReport referrals;
  referrals.file = "extracts/referrals.csv";
  referrals.kind = Kind::referrals;
  referrals.matched = HeaderFamily::short_names;
  referrals.rows = 1203;
  referrals.used = 1200;
  referrals.excluded = {{"invalid referral_date", 2}, {"duplicate id", 1}};
  referrals.findings = {{"end before start", 4}};
  FileReport notes;
  notes.file = "extracts/notes.csv";
  notes.skipped = "not a recognised extract";
  d.inputs = {referrals, notes};
  return d;
}

}  // namespace

TEST_SUITE("report") {

TEST_CASE("trend and RAG of the reporting month") {
  Dashboard d = sample_dashboard();
  // referrals 398 -> 420, neither: up. repeat 20.0 -> 20.0 (17/85 and 19/95 are both
  // exactly 20): same. assessments_45wd October has no value: blank. Open over
  // 45wd 9 -> 5, lower is better: better. Outcomes .cin 62.5 -> 50.0: down.
  CHECK(trend(d.indicators[0]) == "up");
  CHECK(trend(d.indicators[1]) == "same");
  CHECK(trend(d.indicators[2]) == "");
  CHECK(trend(d.indicators[3]) == "better");
  CHECK(trend(d.indicators[5]) == "down");
  CHECK(trend(d.indicators[6]) == "");
  // repeat 20.0 vs target 18 (lower), 2 over within the margin 5: amber.
  // assessments_45wd 45/50 = 90.0 = target: green.
  CHECK(reporting_rag(d.indicators[1]) == Rag::amber);
  CHECK(reporting_rag(d.indicators[2]) == Rag::green);
  CHECK(reporting_rag(d.indicators[0]) == Rag::none);
  CHECK(reporting_rag(d.indicators[6]) == Rag::none);
}

TEST_CASE("short month labels") {
  CHECK(short_month(date::year(2016) / 12) == "Dec16");
  CHECK(short_month(date::year(2000) / 1) == "Jan00");
}

TEST_CASE("text cells: csv, markdown, padding by display width") {
  CHECK(report::csv_field("plain") == "plain");
  CHECK(report::csv_field("a,b \"c\"") == "\"a,b \"\"c\"\"\"");
  CHECK(report::markdown_cell("a|b\r\nc") == "a\\|b  c");
  // "Zoë" is 3 columns in 4 bytes.
  CHECK(report::pad_left("Zo\xC3\xAB", 5) == "  Zo\xC3\xAB");
  CHECK(report::truncate("Northern team", 6) == "North~");
}

TEST_CASE("table") {
  // Widths: the longest id (assessments_open_over_45wd, 26) fits the 120 columns.
  const char* expected =
      "Dashboard for 2017-11: 3 months from Sep17; working days: england-and-wales bank "
      "holidays, elapsed counting\n"
      "\n"
      "Indicator                  Sep17 Oct17 Nov17    3m   YTD Tgt RAG Trend\n"
      "referrals                    412   398   420  1230  3300         up\n"
      "repeat_referrals_12m       21.0% 20.0% 20.0% 20.4% 20.0% 18% A   same\n"
      "assessments_45wd           56.9%     - 90.0% 59.9% 83.3% 90% G\n"
      "assessments_open_over_45wd     7     9     5                     better\n"
      "assessment_outcomes\n"
      "  .nfa                     25.0% 25.0% 25.0% 25.0% 25.0%         same\n"
      "  .cin                     50.0% 62.5% 50.0% 55.0% 50.0%         down\n"
      "cla_visits_in_time         (needs a visits extract)\n"
      "cp_seen_in_time                -     - 90.0% 90.0% 90.0%\n"
      "\n"
      "3m: the last 3 months pooled; YTD: the financial year to date (from 1 April) pooled; "
      "blank: does not apply; -: no value.\n"
      "Percentages to 1 decimal, with %; counts without. Tgt: the target; RAG: Nov17 against it "
      "(G green, A amber, R red).\n"
      "Trend: Nov17 against Oct17.\n"
      "repeat_referrals_12m: partial referral history in Sep17, 3m, YTD.\n";
  CHECK(render_table(sample_dashboard()) == expected);
}

TEST_CASE("table: an id too long for a narrow terminal gets a line of its own") {
  Dashboard d = sample_dashboard();
  d.indicators.resize(4);
  // 3 months (18) + 3m (6) + YTD (6) + Tgt (4) + RAG (4) + Trend (7) = 45 columns
  // ("20.4%" is 5 wide), leaving 20 of 65 for the ids: the 26-character id moves
  // to its own line.
  std::string table = render_table(d, 65);
  CHECK(table.find("repeat_referrals_12m 21.0% 20.0% 20.0% 20.4% 20.0% 18% A   same\n") !=
        std::string::npos);
  CHECK(table.find("assessments_open_over_45wd\n"
                   "                         7     9     5                     better\n") !=
        std::string::npos);
}

TEST_CASE("table: runs of partial months, and a long id before its missing text") {
  Dashboard d = sample_dashboard();
  d.indicators[1].values[1]->partial_history = true;
  d.indicators[3].missing = "needs an assessments extract";
  CHECK(render_table(d).find(
            "repeat_referrals_12m: partial referral history in Sep17-Oct17, 3m, YTD.\n") !=
        std::string::npos);
  std::string table = render_table(d, 66);
  CHECK(table.find("\nassessments_open_over_45wd (needs an assessments extract)\n") !=
        std::string::npos);
}

TEST_CASE("csv in long form, unrounded") {
  std::string csv = render_csv(sample_dashboard());
  CHECK(csv.substr(0, csv.find('\n')) ==
        "id,title,unit,period,numerator,denominator,value,target,rag,partial_history,"
        "partial_coverage,low,missing");
  // 284/499*100 = 56.91382765531062 (shortest round-trip); red against 90.
  CHECK(csv.find("assessments_45wd,Assessments within 45 working days,percent,2017-09,284,499,"
                 "56.91382765531062,90,red,N,N,N,\n") != std::string::npos);
  // Zero denominator: no value, no RAG.
  CHECK(csv.find("assessments_45wd,Assessments within 45 working days,percent,2017-10,0,0,,90,,N,N,N,"
                 "\n") != std::string::npos);
  // Counts: empty denominator; the value equals the numerator.
  CHECK(csv.find("referrals,Referrals,count,2017-11,420,,420,,,N,N,N,\n") != std::string::npos);
  CHECK(csv.find("referrals,Referrals,count,rolling_3m,1230,,1230,,,N,N,N,\n") != std::string::npos);
  // 57/280*100 = 20.357142857142858; within 5 of 18: amber; partial history.
  CHECK(csv.find("repeat_referrals_12m,\"Repeat referrals, 12 months\",percent,rolling_3m,57,280,"
                 "20.357142857142858,18,amber,Y,N,N,\n") != std::string::npos);
  // A snapshot count's summaries do not apply: empty fields.
  CHECK(csv.find("assessments_open_over_45wd,Open over 45 wd,count,year_to_date,,,,,,N,N,N,\n") !=
        std::string::npos);
  // Quotes doubled inside a quoted field.
  CHECK(csv.find("assessment_outcomes.cin,\"Outcome: \"\"CiN\"\", s17\",percent,2017-10,30,48,62.5,"
                 ",,N,N,N,\n") != std::string::npos);
  CHECK(csv.find("cla_visits_in_time,CLA visits in time,percent,2017-11,,,,,,N,N,N,"
                 "needs a visits extract\n") != std::string::npos);
  // 8 indicators x (3 months + 2 summaries) + the header.
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 8 * 5 + 1);
}

TEST_CASE("json per the SPEC's schema") {
  std::string json = render_json(sample_dashboard());
  CHECK(json.substr(0, json.find("\"indicators\"")) ==
        "{\n"
        "  \"calendar\": {\"division\": \"england-and-wales\", \"count\": \"elapsed\"},\n"
        "  \"periods\": [\"2017-09\", \"2017-10\", \"2017-11\"],\n  ");
  const char* assessments =
      "    {\n"
      "      \"id\": \"assessments_45wd\",\n"
      "      \"title\": \"Assessments within 45 working days\",\n"
      "      \"unit\": \"percent\",\n"
      "      \"measure\": \"flow\",\n"
      "      \"target\": 90,\n"
      "      \"amber\": 5,\n"
      "      \"polarity\": \"higher\",\n"
      "      \"values\": [\n"
      "        {\"period\": \"2017-09\", \"numerator\": 284, \"denominator\": 499, "
      "\"value\": 56.91382765531062},\n"
      "        {\"period\": \"2017-10\", \"numerator\": 0, \"denominator\": 0, \"value\": null},\n"
      "        {\"period\": \"2017-11\", \"numerator\": 45, \"denominator\": 50, \"value\": 90}\n"
      "      ],\n"
      "      \"rolling_3m\": {\"numerator\": 329, \"denominator\": 549, "
      "\"value\": 59.92714025500911},\n"
      "      \"year_to_date\": {\"numerator\": 1000, \"denominator\": 1200, "
      "\"value\": 83.33333333333333},\n"
      "      \"rag\": \"green\",\n"
      "      \"trend\": null,\n"
      "      \"missing\": null,\n"
      "      \"excluded\": {\"excluded: authorised before start\": 3},\n"
      "      \"findings\": {}\n"
      "    },\n";
  CHECK(json.find(assessments) != std::string::npos);
  // Counts: denominator null; snapshot count summaries null as a whole.
  CHECK(json.find("{\"period\": \"2017-11\", \"numerator\": 5, \"denominator\": null, "
                  "\"value\": 5}") != std::string::npos);
  CHECK(json.find("\"rolling_3m\": null,\n      \"year_to_date\": null,") != std::string::npos);
  // Partial history flagged on the values and the pooled figures that include it.
  CHECK(json.find("{\"period\": \"2017-09\", \"numerator\": 21, \"denominator\": 100, "
                  "\"value\": 21, \"partial_history\": true}") != std::string::npos);
  CHECK(json.find("{\"period\": \"2017-10\", \"numerator\": 17, \"denominator\": 85, "
                  "\"value\": 20}") != std::string::npos);
  CHECK(json.find("\"rolling_3m\": {\"numerator\": 57, \"denominator\": 280, "
                  "\"value\": 20.357142857142858, \"partial_history\": true}") !=
        std::string::npos);
  // No value possible: all null; the missing indicator says why.
  CHECK(json.find("{\"period\": \"2017-09\", \"numerator\": null, \"denominator\": null, "
                  "\"value\": null}") != std::string::npos);
  CHECK(json.find("\"missing\": \"needs a visits extract\"") != std::string::npos);
  CHECK(json.find("\"title\": \"Outcome: \\\"CiN\\\", s17\"") != std::string::npos);
  // No target: null.
  CHECK(json.find("\"id\": \"referrals\",\n      \"title\": \"Referrals\",\n      \"unit\": "
                  "\"count\",\n      \"measure\": \"flow\",\n      \"target\": null,") !=
        std::string::npos);
  const char* inputs =
      "  \"inputs\": [\n"
      "    {\"file\": \"extracts/referrals.csv\", \"kind\": \"referrals\", \"rows\": 1203, "
      "\"used\": 1200, \"excluded\": {\"duplicate id\": 1, \"invalid referral_date\": 2}, "
      "\"findings\": {\"end before start\": 4}},\n"
      "    {\"file\": \"extracts/notes.csv\", \"kind\": null, \"rows\": 0, \"used\": 0, "
      "\"excluded\": {}, \"findings\": {}, \"skipped\": \"not a recognised extract\"}\n"
      "  ]\n"
      "}\n";
  CHECK(json.substr(json.find("  \"inputs\"")) == inputs);
}

TEST_CASE("markdown") {
  std::string md = render_markdown(sample_dashboard());
  CHECK(md.find("| Indicator | Id | Sep17 | Oct17 | Nov17 | 3m | YTD | Target | RAG | Trend |\n"
                "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n") !=
        std::string::npos);
  CHECK(md.find("| Repeat referrals, 12 months | `repeat_referrals_12m` | 21.0% | 20.0% | 20.0% | "
                "20.4% | 20.0% | 18% | amber | same |\n") != std::string::npos);
  CHECK(md.find("| Open over 45 wd | `assessments_open_over_45wd` | 7 | 9 | 5 |  |  |  |  | "
                "better |\n") != std::string::npos);
  CHECK(md.find("| CLA visits in time | `cla_visits_in_time` | - | - | - | - | - |  |  |  |\n") !=
        std::string::npos);
  CHECK(md.find("- `cla_visits_in_time` not computed: needs a visits extract.") !=
        std::string::npos);
  CHECK(md.find("- `repeat_referrals_12m`: partial referral history in Sep17, 3m, YTD.") !=
        std::string::npos);
}

TEST_CASE("reconciliation lines for stderr") {
  auto lines = reconciliation_lines(sample_dashboard().inputs);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] ==
        "extracts/referrals.csv: referrals (short names), 1203 rows, 1200 used, 3 excluded "
        "(1 duplicate id, 2 invalid referral_date); findings: 4 end before start");
  CHECK(lines[1] == "extracts/notes.csv: skipped (not a recognised extract)");
}

TEST_CASE("extract messages: a few per file, then a count") {
  std::vector<FileReport> files(2);
  files[0].file = "a.csv";
  files[1].file = "a.csv.old";  // a name that starts with another's
  std::vector<std::string> messages = {"a.csv:2: one", "a.csv.old:3: x", "a.csv:3: two",
                                       "a.csv:4: three", "a.csv.old:9: y"};
  auto lines = message_lines(messages, files, 2);
  std::vector<std::string> expected = {"a.csv:2: one", "a.csv.old:3: x", "a.csv:3: two",
                                       "a.csv.old:9: y", "a.csv: 1 more message not shown"};
  CHECK(lines == expected);
}

}  // TEST_SUITE
