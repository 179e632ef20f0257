#include "kpi/date.h"

#include <doctest/doctest.h>

using kpi::format_date;
using kpi::parse_date;

static std::string parsed(std::string_view text) {
  auto d = parse_date(text);
  return d ? format_date(*d) : "invalid";
}

TEST_CASE("dates in every accepted format") {
  CHECK(parsed("2017-11-01") == "2017-11-01");
  CHECK(parsed("01/11/2017") == "2017-11-01");
  CHECK(parsed("1/11/2017") == "2017-11-01");
  CHECK(parsed("1/2/2017") == "2017-02-01");
  CHECK(parsed("01-Nov-2017") == "2017-11-01");
  CHECK(parsed("1-nov-2017") == "2017-11-01");
  CHECK(parsed("31-DEC-2017") == "2017-12-31");
  CHECK(parsed("15-jAn-2018") == "2018-01-15");
  CHECK(parsed("2017-11-01 00:00:00") == "2017-11-01");
  CHECK(parsed("2017-11-01T09:30:00") == "2017-11-01");
  CHECK(parsed("2017-11-01 00:00:00.000") == "2017-11-01");
  CHECK(parsed("01/11/2017 09:30") == "2017-11-01");
  CHECK(parsed(" 01/11/2017 ") == "2017-11-01");
  CHECK(parsed("29/02/2020") == "2020-02-29");
}

TEST_CASE("month abbreviations") {
  CHECK(kpi::month_abbreviation(date::January) == "Jan");
  CHECK(kpi::month_abbreviation(date::September) == "Sep");
  CHECK(kpi::month_abbreviation(date::December) == "Dec");
}

TEST_CASE("impossible or foreign dates are never guessed") {
  CHECK(parsed("31/02/2017") == "invalid");
  CHECK(parsed("29/02/2019") == "invalid");
  CHECK(parsed("2017-13-01") == "invalid");
  CHECK(parsed("2017-1-1") == "invalid");
  CHECK(parsed("11/01/17") == "invalid");
  CHECK(parsed("2017/11/01") == "invalid");
  CHECK(parsed("01-Nox-2017") == "invalid");
  CHECK(parsed("01/11/2017x") == "invalid");
  CHECK(parsed("") == "invalid");
  CHECK(parsed("yesterday") == "invalid");
}

TEST_CASE("not recorded values") {
  CHECK(kpi::is_not_recorded(""));
  CHECK(kpi::is_not_recorded("  "));
  CHECK(kpi::is_not_recorded("NULL"));
  CHECK(kpi::is_not_recorded("#N/A"));
  CHECK_FALSE(kpi::is_not_recorded("N"));
}

TEST_CASE("ages by anniversary, 29 February birthdays on 28 February") {
  auto d = [](const char* s) { return *parse_date(s); };
  CHECK(kpi::age_in_years(d("2010-05-10"), d("2020-05-09")) == 9);
  CHECK(kpi::age_in_years(d("2010-05-10"), d("2020-05-10")) == 10);
  CHECK(kpi::age_in_years(d("2012-02-29"), d("2013-02-27")) == 0);
  CHECK(kpi::age_in_years(d("2012-02-29"), d("2013-02-28")) == 1);
  CHECK(kpi::age_in_years(d("2012-02-29"), d("2016-02-28")) == 3);
  CHECK(kpi::age_in_years(d("2012-02-29"), d("2016-02-29")) == 4);
  CHECK(kpi::age_in_years(d("2021-01-01"), d("2020-12-31")) == -1);
}

TEST_CASE("adding months clamps to the month's last day") {
  auto d = [](const char* s) { return *parse_date(s); };
  CHECK(format_date(kpi::add_months(d("2023-08-31"), 6)) == "2024-02-29");
  CHECK(format_date(kpi::add_months(d("2023-01-31"), 1)) == "2023-02-28");
  CHECK(format_date(kpi::add_months(d("2024-02-29"), 12)) == "2025-02-28");
  CHECK(format_date(kpi::add_months(d("2024-02-29"), 24)) == "2026-02-28");
  CHECK(format_date(kpi::add_months(d("2024-03-15"), -1)) == "2024-02-15");
}
