// The standing rules, substitute days and one-off changes of every division,
// year by year. Expected values were worked out by hand from the rules and a
// printed calendar (weekdays checked with `cal` / python's datetime), and for
// 2012 against gov.uk's own file of that year (alphagov/calendars,
// lib/data/bank-holidays.json). A "*" marks a substitute day.
#include "kpi/calendar.h"
#include "kpi/error.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace {

using kpi::Division;
constexpr auto ew = Division::england_and_wales;
constexpr auto sc = Division::scotland;
constexpr auto ni = Division::northern_ireland;

std::vector<std::string> year_of(Division division, int year) {
  std::vector<std::string> lines;
  for (const auto& holiday : kpi::built_in_holidays(division, year))
    lines.push_back(fmt::format("{} {}{}", kpi::format_date(holiday.date), holiday.name,
                                holiday.substitute ? "*" : ""));
  return lines;
}

// The holiday's name on `day` (with "*" for a substitute), or "" if none.
std::string on(Division division, std::string_view day) {
  auto date = kpi::parse_date(day);
  REQUIRE(date);
  int year = static_cast<int>(date::year_month_day{*date}.year());
  for (const auto& holiday : kpi::built_in_holidays(division, year))
    if (holiday.date == *date) return holiday.name + (holiday.substitute ? "*" : "");
  return "";
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("england and wales 1995: New Year's Day on a Sunday, VE day replaces early May") {
    // 1 Jan 1995 was a Sunday; Easter Sunday was 16 April; 1 May 1995 (the first
    // Monday) moved to Mon 8 May for the 50th anniversary of VE day.
    CHECK(year_of(ew, 1995) == Lines{
        "1995-01-02 New Year\u2019s Day*",
        "1995-04-14 Good Friday",
        "1995-04-17 Easter Monday",
        "1995-05-08 Early May bank holiday (VE day)",
        "1995-05-29 Spring bank holiday",
        "1995-08-28 Summer bank holiday",
        "1995-12-25 Christmas Day",
        "1995-12-26 Boxing Day",
    });
  }

  TEST_CASE("england and wales 1999: Christmas on a Saturday and the Millennium") {
    // 25 Dec 1999 was a Saturday: Mon 27 (Christmas) and Tue 28 (Boxing Day);
    // Fri 31 Dec 1999 was the extra Millennium holiday. Easter Sunday 4 April.
    CHECK(year_of(ew, 1999) == Lines{
        "1999-01-01 New Year\u2019s Day",
        "1999-04-02 Good Friday",
        "1999-04-05 Easter Monday",
        "1999-05-03 Early May bank holiday",
        "1999-05-31 Spring bank holiday",
        "1999-08-30 Summer bank holiday",
        "1999-12-27 Christmas Day*",
        "1999-12-28 Boxing Day*",
        "1999-12-31 Millennium celebrations",
    });
    // 1 Jan 2000 was a Saturday: Mon 3 Jan.
    CHECK(on(ew, "2000-01-03") == "New Year\u2019s Day*");
  }

  TEST_CASE("2002: the Golden Jubilee and the late-May holiday moved to 4 June") {
    // The last Monday of May 2002 was the 27th; it moved to Tue 4 June and
    // Mon 3 June was added. Easter Sunday was 31 March.
    CHECK(year_of(ew, 2002) == Lines{
        "2002-01-01 New Year\u2019s Day",
        "2002-03-29 Good Friday",
        "2002-04-01 Easter Monday",
        "2002-05-06 Early May bank holiday",
        "2002-06-03 Golden Jubilee bank holiday",
        "2002-06-04 Spring bank holiday",
        "2002-08-26 Summer bank holiday",
        "2002-12-25 Christmas Day",
        "2002-12-26 Boxing Day",
    });
    for (auto division : {sc, ni}) {
      CHECK(on(division, "2002-05-27") == "");
      CHECK(on(division, "2002-06-03") == "Golden Jubilee bank holiday");
      CHECK(on(division, "2002-06-04") == "Spring bank holiday");
    }
  }

  TEST_CASE("england and wales 2010 and 2009: Christmas on a Saturday and on a Friday") {
    // 25 Dec 2010 was a Saturday; Easter Sunday 4 April 2010.
    CHECK(year_of(ew, 2010) == Lines{
        "2010-01-01 New Year\u2019s Day",
        "2010-04-02 Good Friday",
        "2010-04-05 Easter Monday",
        "2010-05-03 Early May bank holiday",
        "2010-05-31 Spring bank holiday",
        "2010-08-30 Summer bank holiday",
        "2010-12-27 Christmas Day*",
        "2010-12-28 Boxing Day*",
    });
    // 25 Dec 2009 was a Friday: Boxing Day (Sat 26) moves to Mon 28.
    CHECK(on(ew, "2009-12-25") == "Christmas Day");
    CHECK(on(ew, "2009-12-28") == "Boxing Day*");
    CHECK(on(ew, "2009-12-29") == "");
  }

  TEST_CASE("england and wales 2011: New Year's Day on a Saturday, the royal wedding, "
            "Christmas on a Sunday") {
    // 1 Jan 2011 Saturday -> Mon 3 Jan; Easter Sunday 24 April; Fri 29 April the
    // royal wedding; 25 Dec Sunday: Boxing Day stays Mon 26, Christmas -> Tue 27.
    CHECK(year_of(ew, 2011) == Lines{
        "2011-01-03 New Year\u2019s Day*",
        "2011-04-22 Good Friday",
        "2011-04-25 Easter Monday",
        "2011-04-29 Royal wedding",
        "2011-05-02 Early May bank holiday",
        "2011-05-30 Spring bank holiday",
        "2011-08-29 Summer bank holiday",
        "2011-12-26 Boxing Day",
        "2011-12-27 Christmas Day*",
    });
  }

  TEST_CASE("2012 as gov.uk published it: the Diamond Jubilee, late May moved to 4 June") {
    // gov.uk's 2012 file: 2 Jan substitute; Easter Sunday 8 April; the late-May
    // holiday (28 May) moved to Mon 4 June, noted "Substitute day" for England
    // and Wales and Scotland but not Northern Ireland; Tue 5 June extra.
    CHECK(year_of(ew, 2012) == Lines{
        "2012-01-02 New Year\u2019s Day*",
        "2012-04-06 Good Friday",
        "2012-04-09 Easter Monday",
        "2012-05-07 Early May bank holiday",
        "2012-06-04 Spring bank holiday*",
        "2012-06-05 Queen\u2019s Diamond Jubilee",
        "2012-08-27 Summer bank holiday",
        "2012-12-25 Christmas Day",
        "2012-12-26 Boxing Day",
    });
    // 1 Jan 2012 was a Sunday. gov.uk's 2012 file kept "2nd January" on Mon 2
    // and put New Year's Day's substitute on Tue 3 (as for 2017).
    CHECK(year_of(sc, 2012) == Lines{
        "2012-01-02 2nd January",
        "2012-01-03 New Year\u2019s Day*",
        "2012-04-06 Good Friday",
        "2012-05-07 Early May bank holiday",
        "2012-06-04 Spring bank holiday*",
        "2012-06-05 Queen\u2019s Diamond Jubilee",
        "2012-08-06 Summer bank holiday",
        "2012-11-30 St Andrew\u2019s Day",
        "2012-12-25 Christmas Day",
        "2012-12-26 Boxing Day",
    });
    // 17 Mar 2012 was a Saturday -> Mon 19; 12 Jul 2012 a Thursday.
    CHECK(year_of(ni, 2012) == Lines{
        "2012-01-02 New Year\u2019s Day*",
        "2012-03-19 St Patrick\u2019s Day*",
        "2012-04-06 Good Friday",
        "2012-04-09 Easter Monday",
        "2012-05-07 Early May bank holiday",
        "2012-06-04 Spring bank holiday",
        "2012-06-05 Queen\u2019s Diamond Jubilee",
        "2012-07-12 Battle of the Boyne (Orangemen\u2019s Day)",
        "2012-08-27 Summer bank holiday",
        "2012-12-25 Christmas Day",
        "2012-12-26 Boxing Day",
    });
  }

  TEST_CASE("Easter at both ends of its range within 1990-2100") {
    // Easter Sunday can fall from 22 March to 25 April. 22 March falls in 1818
    // and 2285, both outside the calendar; the earliest in range is 23 March
    // 2008, the latest 25 April 2038 (as in 1943).
    CHECK(on(ew, "2008-03-21") == "Good Friday");
    CHECK(on(ew, "2008-03-24") == "Easter Monday");
    CHECK(on(sc, "2008-03-21") == "Good Friday");
    CHECK(on(sc, "2008-03-24") == "");  // no Easter Monday in Scotland
    CHECK(on(ew, "2038-04-23") == "Good Friday");
    CHECK(on(ew, "2038-04-26") == "Easter Monday");
    CHECK(on(ni, "2038-04-26") == "Easter Monday");
    // The first and last years of the range: Easter Sunday 15 April 1990 and
    // 28 March 2100.
    CHECK(on(ew, "1990-04-13") == "Good Friday");
    CHECK(on(ew, "1990-04-16") == "Easter Monday");
    CHECK(on(ew, "2100-03-26") == "Good Friday");
    CHECK(on(ew, "2100-03-29") == "Easter Monday");
    // 2011: Easter Sunday 24 April, late in its range.
    CHECK(on(ew, "2011-04-22") == "Good Friday");
    CHECK(on(ew, "2011-04-25") == "Easter Monday");
  }

  TEST_CASE("VE day 2020 replaced the first Monday of May in every division") {
    for (auto division : {ew, sc, ni}) {
      CHECK(on(division, "2020-05-04") == "");
      CHECK(on(division, "2020-05-08") == "Early May bank holiday (VE day)");
      CHECK(on(division, "1995-05-01") == "");
      CHECK(on(division, "1995-05-08") == "Early May bank holiday (VE day)");
    }
  }

  TEST_CASE("2022: the Platinum Jubilee, the State Funeral; 2023: the coronation") {
    for (auto division : {ew, sc, ni}) {
      CHECK(on(division, "2022-05-30") == "");
      CHECK(on(division, "2022-06-02") == "Spring bank holiday");
      CHECK(on(division, "2022-06-03") == "Platinum Jubilee bank holiday");
      CHECK(on(division, "2022-09-19") ==
            "Bank Holiday for the State Funeral of Queen Elizabeth II");
      CHECK(on(division, "2023-05-08") == "Bank holiday for the coronation of King Charles III");
      CHECK(on(division, "2023-05-01") == "Early May bank holiday");  // still there in 2023
      CHECK(on(division, "1999-12-31") == "Millennium celebrations");
      CHECK(on(division, "2011-04-29") == "Royal wedding");
    }
  }

  TEST_CASE("Scotland's World Cup holiday, 15 June 2026, is Scotland's only") {
    CHECK(on(sc, "2026-06-15") == "Bank holiday for Scotland\u2019s World Cup match");
    CHECK(on(ew, "2026-06-15") == "");
    CHECK(on(ni, "2026-06-15") == "");
  }

  TEST_CASE("Scotland: 1 and 2 January on weekends") {
    // 1 Jan 2010 Friday: 2 January (Saturday) -> Mon 4.
    CHECK(on(sc, "2010-01-01") == "New Year\u2019s Day");
    CHECK(on(sc, "2010-01-04") == "2nd January*");
    // 1 Jan 2011 Saturday: New Year's Day -> Mon 3, 2nd January (Sunday) -> Tue 4.
    CHECK(on(sc, "2011-01-03") == "New Year\u2019s Day*");
    CHECK(on(sc, "2011-01-04") == "2nd January*");
    // 1 Jan 2023 Sunday: gov.uk's current file puts New Year's Day's substitute
    // on Mon 2 and 2nd January's on Tue 3; the same for later years (2034).
    CHECK(on(sc, "2023-01-02") == "New Year\u2019s Day*");
    CHECK(on(sc, "2023-01-03") == "2nd January*");
    CHECK(on(sc, "2034-01-02") == "New Year\u2019s Day*");
    CHECK(on(sc, "2034-01-03") == "2nd January*");
    // 1 Jan 2006 and 2017 Sunday: the older naming gov.uk used for 2012 and 2017.
    CHECK(on(sc, "2006-01-02") == "2nd January");
    CHECK(on(sc, "2006-01-03") == "New Year\u2019s Day*");
    CHECK(on(sc, "2017-01-02") == "2nd January");
    CHECK(on(sc, "2017-01-03") == "New Year\u2019s Day*");
    // England and Wales have no 2 January: 1 Jan 2023 Sunday -> Mon 2 only.
    CHECK(on(ew, "2023-01-02") == "New Year\u2019s Day*");
    CHECK(on(ew, "2023-01-03") == "");
  }

  TEST_CASE("Scotland 2010 and 2011 in full: first Monday of August, St Andrew's Day") {
    CHECK(year_of(sc, 2010) == Lines{
        "2010-01-01 New Year\u2019s Day",
        "2010-01-04 2nd January*",
        "2010-04-02 Good Friday",
        "2010-05-03 Early May bank holiday",
        "2010-05-31 Spring bank holiday",
        "2010-08-02 Summer bank holiday",
        "2010-11-30 St Andrew\u2019s Day",
        "2010-12-27 Christmas Day*",
        "2010-12-28 Boxing Day*",
    });
    CHECK(year_of(sc, 2011) == Lines{
        "2011-01-03 New Year\u2019s Day*",
        "2011-01-04 2nd January*",
        "2011-04-22 Good Friday",
        "2011-04-29 Royal wedding",
        "2011-05-02 Early May bank holiday",
        "2011-05-30 Spring bank holiday",
        "2011-08-01 Summer bank holiday",
        "2011-11-30 St Andrew\u2019s Day",
        "2011-12-26 Boxing Day",
        "2011-12-27 Christmas Day*",
    });
  }

  TEST_CASE("St Andrew's Day: from 2007, Monday substitute on weekends") {
    CHECK(on(sc, "2006-11-30") == "");  // a Thursday, before the 2007 Act
    CHECK(on(sc, "2007-11-30") == "St Andrew\u2019s Day");  // a Friday
    // 30 Nov 2013 Saturday -> Mon 2 Dec; 30 Nov 2014 Sunday -> Mon 1 Dec.
    CHECK(on(sc, "2013-12-02") == "St Andrew\u2019s Day*");
    CHECK(on(sc, "2014-12-01") == "St Andrew\u2019s Day*");
    CHECK(on(ew, "2013-12-02") == "");
  }

  TEST_CASE("Northern Ireland: St Patrick's Day and the Boyne on weekends") {
    // 17 Mar 2012 Saturday -> Mon 19; 17 Mar 2013 Sunday -> Mon 18.
    CHECK(on(ni, "2012-03-19") == "St Patrick\u2019s Day*");
    CHECK(on(ni, "2013-03-18") == "St Patrick\u2019s Day*");
    CHECK(on(ni, "2014-03-17") == "St Patrick\u2019s Day");  // a Monday
    // 12 Jul 2014 Saturday -> Mon 14; 12 Jul 2015 Sunday -> Mon 13.
    CHECK(on(ni, "2014-07-14") == "Battle of the Boyne (Orangemen\u2019s Day)*");
    CHECK(on(ni, "2015-07-13") == "Battle of the Boyne (Orangemen\u2019s Day)*");
    CHECK(on(ni, "2013-07-12") == "Battle of the Boyne (Orangemen\u2019s Day)");  // a Friday
    CHECK(on(ew, "2015-07-13") == "");
    CHECK(on(sc, "2013-03-18") == "");
  }

  TEST_CASE("Christmas on a Sunday in every division") {
    // 25 Dec 2016 and 2022 were Sundays: Boxing Day Mon 26, Christmas Tue 27.
    for (auto division : {ew, sc, ni}) {
      CHECK(on(division, "2016-12-26") == "Boxing Day");
      CHECK(on(division, "2016-12-27") == "Christmas Day*");
      CHECK(on(division, "2005-12-26") == "Boxing Day");
      CHECK(on(division, "2005-12-27") == "Christmas Day*");
    }
  }

  TEST_CASE("every year of the range has its standing holidays, and none on a weekend") {
    for (auto division : {ew, sc, ni}) {
      for (int year = kpi::Calendar::first_year; year <= kpi::Calendar::last_year; ++year) {
        auto holidays = kpi::built_in_holidays(division, year);
        // 8 in England and Wales, 9 in Scotland (8 before St Andrew's Day in
        // 2007), 10 in Northern Ireland, plus the one-off extras.
        size_t standing = division == ew ? 8 : division == ni ? 10 : year >= 2007 ? 9 : 8;
        size_t extras = (year == 1999 || year == 2002 || year == 2011 || year == 2012) ? 1
                        : year == 2022 ? 2
                        : year == 2023 ? 1
                        : (year == 2026 && division == sc) ? 1
                                                          : 0;
        CHECK_MESSAGE(holidays.size() == standing + extras, division_name(division), " ", year);
        for (size_t i = 0; i < holidays.size(); ++i) {
          date::weekday weekday{holidays[i].date};
          CHECK(weekday != date::Saturday);
          CHECK(weekday != date::Sunday);
          if (i > 0) CHECK(holidays[i - 1].date < holidays[i].date);
          CHECK(static_cast<int>(date::year_month_day{holidays[i].date}.year()) == year);
        }
      }
    }
  }

  TEST_CASE("no built-in holidays for 'none' or outside the range") {
    CHECK(kpi::built_in_holidays(Division::none, 2024).empty());
    CHECK(kpi::built_in_holidays(ew, 1989).empty());
    CHECK(kpi::built_in_holidays(ew, 2101).empty());
  }

  TEST_CASE("division and counting names") {
    CHECK(kpi::parse_division("scotland") == sc);
    CHECK(kpi::division_name(ni) == "northern-ireland");
    CHECK(kpi::parse_counting("inclusive") == kpi::Counting::inclusive);
    CHECK(kpi::counting_name(kpi::Counting::elapsed) == "elapsed");
    CHECK_THROWS_WITH_AS(kpi::parse_division("scotlnd"),
                         "unknown division 'scotlnd' (expected england-and-wales, scotland, "
                         "northern-ireland or none), did you mean 'scotland'?",
                         kpi::UsageError);
    CHECK_THROWS_WITH_AS(kpi::parse_counting("networkdays"),
                         "unknown count 'networkdays' (expected elapsed or inclusive)",
                         kpi::UsageError);
  }
}
