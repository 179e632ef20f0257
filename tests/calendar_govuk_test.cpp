// The built-in calendar against gov.uk's own bank-holidays.json (2019-2027, all
// three divisions), read with the same loader as --holidays. The file in
// tests/data is an unmodified copy of the one in ../shared/data.
#include "kpi/calendar.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace {

using kpi::Division;

const std::string govuk_file = KPI_SOURCE_DIR "/tests/data/gov-uk-bank-holidays-2019-2027.json";

std::string describe(const kpi::Holiday& holiday) {
  return fmt::format("{} {}{}", kpi::format_date(holiday.date), holiday.name,
                     holiday.substitute ? " (Substitute day)" : "");
}

std::vector<std::string> built_in_lines(Division division) {
  std::vector<std::string> lines;
  for (int year = 2019; year <= 2027; ++year)
    for (const auto& holiday : kpi::built_in_holidays(division, year))
      lines.push_back(describe(holiday));
  return lines;
}

std::vector<std::string> govuk_lines(Division division) {
  std::vector<std::string> lines;
  for (const auto& holiday : kpi::load_holiday_file(govuk_file, division))
    lines.push_back(describe(holiday));
  return lines;
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("england and wales 2019-2027 equals gov.uk's file exactly") {
    auto ours = built_in_lines(Division::england_and_wales);
    auto theirs = govuk_lines(Division::england_and_wales);
    REQUIRE(theirs.size() == 75);  // counted in the file by hand (python json)
    CHECK(ours == theirs);
  }

  TEST_CASE("northern ireland 2019-2027 equals gov.uk's file exactly") {
    auto ours = built_in_lines(Division::northern_ireland);
    auto theirs = govuk_lines(Division::northern_ireland);
    REQUIRE(theirs.size() == 93);
    CHECK(ours == theirs);
  }

  TEST_CASE("scotland 2019-2027 equals gov.uk's file but for the 2026 World Cup holiday") {
    auto ours = built_in_lines(Division::scotland);
    auto theirs = govuk_lines(Division::scotland);
    REQUIRE(theirs.size() == 84);
    // The file was taken in mid 2025, before the holiday of Mon 15 June 2026 was
    // proclaimed: that one day is the whole difference.
    const std::string world_cup = "2026-06-15 Bank holiday for Scotland\u2019s World Cup match";
    std::vector<std::string> ours_without;
    int world_cup_days = 0;
    for (const auto& line : ours) {
      if (line == world_cup) ++world_cup_days;
      else ours_without.push_back(line);
    }
    CHECK(world_cup_days == 1);
    CHECK(ours.size() == theirs.size() + 1);
    CHECK(ours_without == theirs);
  }

  TEST_CASE("the file's substitute days and one-offs are really in it") {
    // Guards the comparison above against a loader that drops notes or titles.
    auto theirs = govuk_lines(Division::scotland);
    auto has = [&](const std::string& line) {
      return std::find(theirs.begin(), theirs.end(), line) != theirs.end();
    };
    CHECK(has("2023-01-02 New Year\u2019s Day (Substitute day)"));
    CHECK(has("2023-01-03 2nd January (Substitute day)"));
    CHECK(has("2024-12-02 St Andrew\u2019s Day (Substitute day)"));
    CHECK(has("2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II"));
  }
}
