// Reading --holidays / --closures files: gov.uk JSON (whole file or one
// division), CSV with a date column, and the exact error for each problem.
// Each test writes a small made-up file to a temporary folder.
#include "kpi/calendar.h"
#include "kpi/error.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

using kpi::Division;
namespace fs = std::filesystem;

// Writes `content` to a file called `name` in a per-process temporary folder.
std::string write_file(const std::string& name, std::string_view content) {
  fs::path folder = fs::temp_directory_path() / fmt::format("kpi-calendar-test-{}", getpid());
  fs::create_directories(folder);
  fs::path path = folder / name;
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return path.string();
}

std::string error_of(const std::string& path, Division division = Division::england_and_wales) {
  try {
    kpi::load_holiday_file(path, division);
  } catch (const kpi::InputError& e) {
    return e.what();
  }
  return "no error";
}

const std::string govuk_file = KPI_SOURCE_DIR "/tests/data/gov-uk-bank-holidays-2019-2027.json";

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("gov.uk's file: each division, and england-and-wales for 'none'") {
    auto scotland = kpi::load_holiday_file(govuk_file, Division::scotland);
    REQUIRE(scotland.size() == 84);
    CHECK(kpi::format_date(scotland[1].date) == "2019-01-02");
    CHECK(scotland[1].name == "2nd January");
    CHECK(kpi::load_holiday_file(govuk_file, Division::none).size() == 75);
    // \u2019 in the file becomes the UTF-8 bytes E2 80 99.
    auto england = kpi::load_holiday_file(govuk_file, Division::england_and_wales);
    CHECK(england[0].name == "New Year\xE2\x80\x99s Day");
    CHECK_FALSE(england[0].substitute);
    CHECK_FALSE(england[0].closure);
  }

  TEST_CASE("one division's own file, as gov.uk serves it") {
    auto path = write_file("scotland.json", R"({"division": "scotland", "events": [
      {"title": "Local holiday", "date": "2030-06-03", "notes": "", "bunting": true},
      {"title": "Moved", "date": "2030-06-04", "notes": "Substitute day", "bunting": true}]})");
    auto holidays = kpi::load_holiday_file(path, Division::scotland);
    REQUIRE(holidays.size() == 2);
    CHECK(holidays[0].name == "Local holiday");
    CHECK_FALSE(holidays[0].substitute);
    CHECK(holidays[1].substitute);
    CHECK(error_of(path) == path + ": holds the holidays of 'scotland', not of 'england-and-wales'");
  }

  TEST_CASE("JSON escapes become UTF-8") {
    auto path = write_file("escapes.json",
                           R"({"events": [{"title": "a\u00e9\u2019\ud83c\udf89\"\\\/\t", "date": "2030-06-03"}]})");
    auto holidays = kpi::load_holiday_file(path, Division::england_and_wales);
    REQUIRE(holidays.size() == 1);
    CHECK(holidays[0].name == "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x8E\x89\"\\/\t");
  }

  TEST_CASE("JSON errors name the file, the line and the problem") {
    auto missing_comma = write_file("missing-comma.json",
                                    "{\n"
                                    "  \"england-and-wales\": {\n"
                                    "    \"events\": [\n"
                                    "      {\"title\": \"A\", \"date\": \"2030-01-02\"}\n"
                                    "      {\"title\": \"B\", \"date\": \"2030-01-03\"}\n"
                                    "    ]\n"
                                    "  }\n"
                                    "}\n");
    CHECK(error_of(missing_comma) == missing_comma + ":5: malformed JSON: expected ',' or ']'");
    auto trailing = write_file("trailing.json", "{\"events\": [\n{\"date\": \"2030-01-02\"},\n]}");
    CHECK(error_of(trailing) == trailing + ":3: malformed JSON: expected a value");
    auto open_string = write_file("open.json", "{\"events\": [{\"date\": \"2030-01-02");
    CHECK(error_of(open_string) == open_string + ":1: malformed JSON: unexpected end of file inside a string");
    auto open_object = write_file("open-object.json", "{\"events\": []\n");
    CHECK(error_of(open_object) ==
          open_object + ":2: malformed JSON: unexpected end of file, expected ',' or '}'");
    auto surrogate = write_file("surrogate.json", R"({"events": [{"title": "\ud83c", "date": "2030-01-02"}]})");
    CHECK(error_of(surrogate) == surrogate + ":1: malformed JSON: unpaired surrogate in \\u escape");
    auto bad_escape = write_file("escape.json", R"({"events": [{"title": "\x", "date": "2030-01-02"}]})");
    CHECK(error_of(bad_escape) == bad_escape + ":1: malformed JSON: invalid escape '\\x' in a string");
    auto single_quotes = write_file("quotes.json", "{'events': []}");
    CHECK(error_of(single_quotes) ==
          single_quotes + ":1: malformed JSON: expected a member name in double quotes");
    auto after = write_file("after.json", "{\"events\": []} x");
    CHECK(error_of(after) == after + ":1: malformed JSON: unexpected text after the end of the value");
  }

  TEST_CASE("JSON of the wrong shape") {
    CHECK(error_of(govuk_file, Division::england_and_wales) == "no error");
    auto other = write_file("other.json", R"({"england-and-wales": {"events": []}, "wales": {}})");
    CHECK(error_of(other, Division::scotland) ==
          other + ": no division 'scotland' (found: england-and-wales, wales)");
    auto list = write_file("list.json", "[]");
    CHECK(error_of(list) == list +
          ": expected an object of divisions as in gov.uk's bank-holidays.json, found a list");
    auto no_events = write_file("no-events.json", "{\n\"england-and-wales\": {\"division\": \"x\"}}");
    CHECK(error_of(no_events) == no_events + ":2: division 'england-and-wales' has no 'events'");
    auto no_date = write_file("no-date.json", "{\"events\": [\n  {\"title\": \"A\"}]}");
    CHECK(error_of(no_date) == no_date + ":2: the event has no 'date'");
    auto bad_date = write_file("bad-date.json", "{\"events\": [\n  {\"date\": \"2030-02-30\"}]}");
    CHECK(error_of(bad_date) == bad_date +
          ":2: invalid date '2030-02-30' (expected YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)");
    auto number_date = write_file("number-date.json", "{\"events\": [{\"date\": 20300102}]}");
    CHECK(error_of(number_date) == number_date + ":1: 'date' should be a string, not a number");
  }

  TEST_CASE("CSV: BOM, CRLF, any header case, quoted names, every date format") {
    auto path = write_file("closures.csv",
                           "\xEF\xBB\xBF" "Date,Name\r\n"
                           "24/12/2030,Christmas Eve\r\n"
                           "\"27-Dec-2030\",\"Closure, staff \"\"training\"\"\"\r\n"
                           "2030-12-30 00:00:00,\r\n"
                           "\r\n");
    auto holidays = kpi::load_holiday_file(path, Division::england_and_wales);
    REQUIRE(holidays.size() == 3);
    CHECK(kpi::format_date(holidays[0].date) == "2030-12-24");
    CHECK(holidays[0].name == "Christmas Eve");
    CHECK(kpi::format_date(holidays[1].date) == "2030-12-27");
    CHECK(holidays[1].name == "Closure, staff \"training\"");
    CHECK(kpi::format_date(holidays[2].date) == "2030-12-30");
    CHECK(holidays[2].name.empty());
    // A title column works as a name; a file with only dates is fine.
    auto titled = write_file("titled.csv", "title , DATE\nInset day,2031-01-06\n");
    REQUIRE(kpi::load_holiday_file(titled, Division::none).size() == 1);
    CHECK(kpi::load_holiday_file(titled, Division::none)[0].name == "Inset day");
    auto dates_only = write_file("dates.csv", "date\n2031-01-06\n2031-01-07");
    CHECK(kpi::load_holiday_file(dates_only, Division::none).size() == 2);
  }

  TEST_CASE("CSV errors name the file, the line and the problem") {
    auto bad_date = write_file("holidays.csv", "date,name\n2017-03-01,ok\n31/02/2017,bad\n");
    CHECK(error_of(bad_date) == bad_date +
          ":3: invalid date '31/02/2017' (expected YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)");
    auto blank_date = write_file("blank.csv", "date,name\n,nameless\n");
    CHECK(error_of(blank_date) == blank_date +
          ":2: missing date (expected YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)");
    auto no_column = write_file("no-column.csv", "\nday,name\n2017-03-01,x\n");
    CHECK(error_of(no_column) == no_column + ":2: no 'date' column in the header (found: day, name)");
    auto ragged = write_file("ragged.csv", "date,name\n2017-03-01,a,b\n");
    CHECK(error_of(ragged) == ragged + ":2: 3 fields, but the header has 2");
    auto open_quote = write_file("quote.csv", "date,name\n2017-03-01,\"open\n");
    CHECK(error_of(open_quote) == open_quote + ":2: a quoted field is not closed on its line");
    auto range = write_file("range.csv", "date\n1985-03-01\n");
    CHECK(error_of(range) == range +
          ":2: date 1985-03-01 is outside the calendar's range (1990-01-01 to 2100-12-31)");
    auto empty = write_file("empty.csv", "\n\n");
    CHECK(error_of(empty) == empty + ": the file is empty (expected a header with a 'date' column)");
    CHECK(error_of("/nonexistent/holidays.csv") == "/nonexistent/holidays.csv: cannot read the file (no such file or directory)");
    // A folder opens on Linux, but reading it fails: not "the file is empty".
    std::string folder = fs::temp_directory_path().string();
    CHECK(error_of(folder) == folder + ": cannot read the file (is a directory)");
  }

  TEST_CASE("a loaded closures file changes the counts") {
    auto path = write_file("office.csv", "date,name\n2024-12-24,Christmas Eve\n2024-12-27,Office closed\n");
    kpi::Calendar calendar(Division::england_and_wales, kpi::Counting::elapsed, {},
                           kpi::load_holiday_file(path, Division::england_and_wales));
    // Fri 20 Dec 2024 -> Mon 6 Jan 2025: 8 working days (calendar_test) less 24, 27 Dec.
    auto d = [](std::string_view text) { return *kpi::parse_date(text); };
    CHECK(calendar.elapsed(d("2024-12-20"), d("2025-01-06")) == 6);
    REQUIRE(calendar.holiday_on(d("2024-12-24")) != nullptr);
    CHECK(calendar.holiday_on(d("2024-12-24"))->closure);
    CHECK(calendar.holiday_on(d("2024-12-24"))->name == "Christmas Eve");
  }
}
