// The formats added so that every command prints table, csv, json and markdown,
// and the shared pieces they are built from: flat tables (one set of names and
// value spellings for csv and json), Markdown tables, units in the table. The
// working days are counted by hand in the comments (england-and-wales: 25, 26
// December 2024 and 1 January 2025 are bank holidays, on weekdays).
#include "kpi/calendar.h"
#include "kpi/report.h"
#include "report/flat_table.h"
#include "report/json_writer.h"
#include "report/report_common.h"

#include <doctest/doctest.h>

using namespace kpi;

namespace {

Date day(int y, unsigned m, unsigned d) { return date::sys_days(date::year(y) / m / d); }

}  // namespace

TEST_SUITE("report") {

TEST_CASE("flat table: csv and json spell a name and a value alike") {
  report::FlatTable table;
  table.columns = {"child_id", "line", "value", "overdue", "team"};
  table.add({std::string("C1"), 12LL, 56.25, true, report::Field()});
  table.add({std::string("C2, jr"), 3LL, report::Field(), false, std::string("North")});
  CHECK(report::csv_text(table) ==
        "child_id,line,value,overdue,team\n"
        "C1,12,56.25,Y,\n"
        "\"C2, jr\",3,,N,North\n");
  JsonWriter json;
  json.begin_object().key("rows");
  report::write_json_rows(json, table);
  json.end_object();
  CHECK(json.finish() ==
        "{\n"
        "  \"rows\": [\n"
        "    {\"child_id\": \"C1\", \"line\": 12, \"value\": 56.25, \"overdue\": true, "
        "\"team\": null},\n"
        "    {\"child_id\": \"C2, jr\", \"line\": 3, \"value\": null, \"overdue\": false, "
        "\"team\": \"North\"}\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("markdown table: right-aligned columns, cells escaped") {
  using report::Align;
  CHECK(report::markdown_table({{"name", "n"}, {"a|b", "3"}}, {Align::left, Align::right}) ==
        "| name | n |\n"
        "| --- | ---: |\n"
        "| a\\|b | 3 |\n");
}

TEST_CASE("units: a percentage and its target carry %, a count does not") {
  Value pct{284, 499, false};  // 56.913...%
  Value n{420, std::nullopt, false};
  CHECK(report::display_value(pct, Unit::percent) == "56.9%");
  CHECK(report::display_value(n, Unit::count) == "420");
  CHECK(report::display_value(Value{499, 499, false}, Unit::percent) == "100%");
  CHECK(report::display_value(Value{1999, 2000, false}, Unit::percent) == "100%");  // 99.95
  CHECK(report::display_value(Value{1998, 2000, false}, Unit::percent) == "99.9%");
  CHECK(report::display_value(Value{21, 20, false}, Unit::percent) == "105.0%");
  CHECK(report::display_value(std::nullopt, Unit::percent) == "-");
  CHECK(report::display_value(Value{0, 0, false}, Unit::percent) == "-");
  IndicatorInfo info;
  info.unit = Unit::percent;
  info.rag = RagBands{90, 5};
  CHECK(report::display_target(info) == "90%");
  CHECK(report::target_text(info) == "90");  // csv and json: plain numbers
  info.unit = Unit::count;
  info.rag = RagBands{18, 5};
  CHECK(report::display_target(info) == "18");
  info.rag.reset();
  CHECK(report::display_target(info) == "");
}

TEST_CASE("workdays: json of a count and of --add") {
  Calendar calendar;
  // Fri 20 Dec 2024 to Mon 6 Jan 2025, elapsed: 21 Dec .. 6 Jan is 17 days, 6 of
  // them weekend days, 3 bank holidays: 17 - 6 - 3 = 8 working days.
  CHECK(render_workdays_count(calendar, day(2024, 12, 20), day(2025, 1, 6), Format::json) ==
        "{\n"
        "  \"from\": \"2024-12-20\",\n"
        "  \"to\": \"2025-01-06\",\n"
        "  \"working_days\": 8,\n"
        "  \"calendar\": {\"division\": \"england-and-wales\", \"count\": \"elapsed\"},\n"
        "  \"skipped\": [\n"
        "    {\"date\": \"2024-12-25\", \"name\": \"Christmas Day\"},\n"
        "    {\"date\": \"2024-12-26\", \"name\": \"Boxing Day\"},\n"
        "    {\"date\": \"2025-01-01\", \"name\": \"New Year’s Day\"}\n"
        "  ]\n"
        "}\n");
  // 5 working days after Fri 20 Dec: 23, 24, 27, 30, 31 December.
  CHECK(render_workdays_add(calendar, day(2024, 12, 20), 5, day(2024, 12, 31), Format::json) ==
        "{\n"
        "  \"date\": \"2024-12-20\",\n"
        "  \"offset\": 5,\n"
        "  \"result\": \"2024-12-31\",\n"
        "  \"calendar\": {\"division\": \"england-and-wales\", \"count\": \"elapsed\"}\n"
        "}\n");
  std::string markdown =
      render_workdays_add(calendar, day(2024, 12, 20), 5, day(2024, 12, 31), Format::markdown);
  CHECK(markdown.starts_with("```text\n5 working days after "));
  CHECK(markdown.ends_with("\n```\n"));
}

TEST_CASE("holidays: json, markdown and csv") {
  Calendar calendar;
  std::vector<Holiday> holidays = {
      {day(2024, 12, 25), "Christmas Day", false, false},
      {day(2024, 12, 27), "Office closure", false, true},
      {day(2024, 12, 28), "Staff day", false, true},  // a Saturday
  };
  CHECK(render_holidays(calendar, holidays, 2024, 2024, Format::json) ==
        "{\n"
        "  \"division\": \"england-and-wales\",\n"
        "  \"years\": [2024],\n"
        "  \"holidays\": [\n"
        "    {\"date\": \"2024-12-25\", \"name\": \"Christmas Day\"},\n"
        "    {\"date\": \"2024-12-27\", \"name\": \"Office closure\"},\n"
        "    {\"date\": \"2024-12-28\", \"name\": \"Staff day\"}\n"
        "  ]\n"
        "}\n");
  CHECK(render_holidays(calendar, holidays, 2024, 2024, Format::markdown) ==
        "**Bank holidays and office closures of england-and-wales, 2024**\n"
        "\n"
        "| date | day | name | note |\n"
        "| --- | --- | --- | --- |\n"
        "| 2024-12-25 | Wed | Christmas Day |  |\n"
        "| 2024-12-27 | Fri | Office closure |  |\n"
        "| 2024-12-28 | Sat | Staff day | office closure, on a weekend |\n"
        "\n"
        "1 bank holiday, 2 office closures\n");
  CHECK(render_holidays(calendar, holidays, 2024, 2024, Format::csv) ==
        "date,name\n2024-12-25,Christmas Day\n2024-12-27,Office closure\n2024-12-28,Staff day\n");
}

TEST_CASE("check: csv one row per file, markdown") {
  FileReport used;
  used.file = "assessments.csv";
  used.kind = Kind::assessments;
  used.matched = HeaderFamily::short_names;
  used.rows = 10;
  used.used = 7;
  used.excluded = {{"invalid start_date", 2}, {"duplicate id", 1}};
  used.findings = {{"end before start", 4}};
  used.first_date = day(2024, 1, 2);
  used.last_date = day(2024, 3, 28);
  FileReport bad;
  bad.file = "odd.csv";
  bad.error = "missing required column 'child_id'";
  std::vector<FileReport> files = {used, bad};
  CHECK(render_check(files, Format::csv) ==
        "file,kind,matched,rows,used,excluded,findings,first_date,last_date,coverage_end,error,"
        "skipped,used_for\n"
        "assessments.csv,assessments,short,10,7,3,4,2024-01-02,2024-03-28,,,,\n"
        "odd.csv,,,0,0,0,0,,,,missing required column 'child_id',,\n");
  CHECK(render_check(files, Format::markdown) ==
        "| file | kind | names | rows | used | excluded | findings | first | last |\n"
        "| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |\n"
        "| assessments.csv | assessments | short | 10 | 7 | 3 | 4 | 2024-01-02 | 2024-03-28 |\n"
        "| odd.csv | - | - | - | - | - | - | - | - |\n"
        "\n"
        "2 files (1 read, 0 skipped, 1 unusable): 10 rows, 7 used, 3 excluded; 4 findings\n"
        "\n"
        "- assessments.csv: excluded: 1 duplicate id, 2 invalid start_date; findings: 4 end "
        "before start\n"
        "- odd.csv: error: missing required column 'child_id'\n");
}

}  // TEST_SUITE
