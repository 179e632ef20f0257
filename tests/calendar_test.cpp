// Working-day arithmetic: counts across holidays and period ends, both counting
// conventions, the N-th working day, range errors, and a property test against
// a day-by-day reference. Expected counts were worked out by hand on a printed
// calendar (each comment lists the days counted).
#include "kpi/calendar.h"
#include "kpi/error.h"

#include <doctest/doctest.h>

#include <random>
#include <set>

namespace {

using kpi::Calendar;
using kpi::Counting;
using kpi::Division;

kpi::Date d(std::string_view text) {
  auto day = kpi::parse_date(text);
  REQUIRE(day);
  return *day;
}

std::string s(kpi::Date day) { return kpi::format_date(day); }

const Calendar& england() {
  static const Calendar calendar(Division::england_and_wales);
  return calendar;
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("across Christmas and the new year") {
    // Fri 20 Dec 2024 -> Mon 6 Jan 2025: 23, 24, 27, 30, 31 Dec, 2, 3, 6 Jan (25,
    // 26 Dec and 1 Jan are bank holidays; six weekend days).
    CHECK(england().elapsed(d("2024-12-20"), d("2025-01-06")) == 8);
    // 2021: Christmas Sat -> Mon 27, Boxing Day -> Tue 28; 1 Jan 2022 Sat -> Mon 3.
    // Fri 24 Dec 2021 -> Tue 4 Jan 2022: 29, 30, 31 Dec, 4 Jan.
    CHECK(england().elapsed(d("2021-12-24"), d("2022-01-04")) == 4);
    // Scotland also has 2 January (Sunday) -> Tue 4 Jan 2022: 29, 30, 31 Dec.
    Calendar scotland(Division::scotland);
    CHECK(scotland.elapsed(d("2021-12-24"), d("2022-01-04")) == 3);
    CHECK(scotland.elapsed(d("2021-12-24"), d("2022-01-05")) == 4);
  }

  TEST_CASE("across Easter") {
    // Easter Sunday 20 April 2025: Good Friday 18, Easter Monday 21 April.
    // Thu 17 -> Tue 22 April: only Tue 22 counts.
    CHECK(england().elapsed(d("2025-04-17"), d("2025-04-22")) == 1);
    // In Scotland Easter Monday is a working day: Mon 21 and Tue 22.
    CHECK(Calendar(Division::scotland).elapsed(d("2025-04-17"), d("2025-04-22")) == 2);
  }

  TEST_CASE("across month and year ends") {
    CHECK(england().elapsed(d("2025-01-31"), d("2025-02-03")) == 1);  // Fri -> Mon
    CHECK(england().elapsed(d("2024-02-28"), d("2024-03-01")) == 2);  // leap day Thu 29 Feb, Fri 1 Mar
    CHECK(england().elapsed(d("2019-12-31"), d("2020-01-02")) == 1);  // 1 Jan holiday, Thu 2 Jan
  }

  TEST_CASE("starting on a weekend or a bank holiday") {
    // Sat 1 Mar 2025 -> Mon 3 Mar: Mon 3 only; the start is not a working day so
    // the inclusive count is the same.
    Calendar inclusive(Division::england_and_wales, Counting::inclusive);
    CHECK(england().elapsed(d("2025-03-01"), d("2025-03-03")) == 1);
    CHECK(inclusive.count(d("2025-03-01"), d("2025-03-03")) == 1);
    // Mon 5 May 2025 (early May bank holiday) -> Tue 6 May: Tue 6 only.
    CHECK(england().elapsed(d("2025-05-05"), d("2025-05-06")) == 1);
    CHECK(inclusive.count(d("2025-05-05"), d("2025-05-06")) == 1);
    // A working start: Tue 6 -> Wed 7 May is 1 elapsed, 2 inclusive.
    CHECK(england().count(d("2025-05-06"), d("2025-05-07")) == 1);
    CHECK(inclusive.count(d("2025-05-06"), d("2025-05-07")) == 2);
  }

  TEST_CASE("the same day") {
    Calendar inclusive(Division::england_and_wales, Counting::inclusive);
    CHECK(england().elapsed(d("2025-03-04"), d("2025-03-04")) == 0);
    CHECK(inclusive.count(d("2025-03-04"), d("2025-03-04")) == 1);  // Tuesday
    CHECK(inclusive.count(d("2025-03-08"), d("2025-03-08")) == 0);  // Saturday
    CHECK(inclusive.count(d("2025-12-25"), d("2025-12-25")) == 0);  // Christmas Day
    CHECK(england().elapsed(d("2025-03-08"), d("2025-03-08")) == 0);
  }

  TEST_CASE("exactly 45 and 46 working days") {
    // Mon 8 Jan 2024 + 9 whole weeks (no bank holiday before Good Friday 29 Mar):
    // Mon 11 Mar 2024 is the 45th working day, Tue 12 Mar the 46th.
    CHECK(england().elapsed(d("2024-01-08"), d("2024-03-11")) == 45);
    CHECK(england().elapsed(d("2024-01-08"), d("2024-03-12")) == 46);
    CHECK(s(england().add_working_days(d("2024-01-08"), 45)) == "2024-03-11");
    // Over Easter 2024: Mon 4 Mar + 45 working days. 4 Mar..26 Apr has 8 weeks
    // (40 days) minus Good Friday 29 Mar and Easter Monday 1 Apr = 38 after 4
    // Mar up to Fri 26 Apr... counted: 5-8 Mar 4, 11-15 5, 18-22 5, 25-28 4,
    // 2-5 Apr 4, 8-12 5, 15-19 5, 22-26 5 = 37; then 29 Apr-3 May 5 = 42,
    // Tue 7 May (6 May early May holiday) 43, Wed 8 44, Thu 9 45, Fri 10 46.
    CHECK(s(england().add_working_days(d("2024-03-04"), 45)) == "2024-05-09");
    CHECK(england().elapsed(d("2024-03-04"), d("2024-05-09")) == 45);
    CHECK(england().elapsed(d("2024-03-04"), d("2024-05-10")) == 46);
  }

  TEST_CASE("counts backwards are negative") {
    CHECK(england().elapsed(d("2025-01-06"), d("2024-12-20")) == -8);
    Calendar inclusive(Division::england_and_wales, Counting::inclusive);
    CHECK(inclusive.count(d("2025-01-06"), d("2024-12-20")) == -9);
  }

  TEST_CASE("the n-th working day after and before") {
    CHECK(s(england().add_working_days(d("2024-12-20"), 1)) == "2024-12-23");  // Fri -> Mon
    CHECK(s(england().add_working_days(d("2024-12-24"), 1)) == "2024-12-27");  // over 25, 26
    // 23, 24, 27, 30, 31 Dec, 2, 3, 6, 7, 8 Jan.
    CHECK(s(england().add_working_days(d("2024-12-20"), 10)) == "2025-01-08");
    CHECK(s(england().add_working_days(d("2024-12-21"), 1)) == "2024-12-23");  // Sat -> Mon
    CHECK(s(england().add_working_days(d("2024-12-20"), 0)) == "2024-12-20");
    CHECK(s(england().add_working_days(d("2024-12-21"), 0)) == "2024-12-21");
    CHECK(s(england().add_working_days(d("2025-01-02"), -1)) == "2024-12-31");
    CHECK(s(england().add_working_days(d("2024-12-27"), -1)) == "2024-12-24");
    CHECK(s(england().add_working_days(d("2024-12-23"), -1)) == "2024-12-20");  // Mon -> Fri
    // From a non-working day, n < 0 counts the working days before it, as
    // Excel's WORKDAY(Sat 21 Dec 2024, -1) does: Friday 20 is the first.
    CHECK(s(england().add_working_days(d("2024-12-21"), -1)) == "2024-12-20");
    CHECK(s(england().add_working_days(d("2024-12-25"), -1)) == "2024-12-24");  // Christmas
    CHECK(s(england().add_working_days(d("2024-12-26"), -2)) == "2024-12-23");
    CHECK(england().is_working_day(d("2024-12-20")));
    CHECK_FALSE(england().is_working_day(d("2024-12-21")));
    CHECK_FALSE(england().is_working_day(d("2024-12-25")));
  }

  TEST_CASE("deadlines under each convention") {
    Calendar inclusive(Division::england_and_wales, Counting::inclusive);
    // Mon 8 Jan 2024 is day 1 inclusive: the 10th day is Fri 19 Jan.
    CHECK(s(inclusive.deadline(d("2024-01-08"), 10)) == "2024-01-19");
    CHECK(inclusive.count(d("2024-01-08"), d("2024-01-19")) == 10);
    CHECK(s(england().deadline(d("2024-01-08"), 10)) == "2024-01-22");
    // From a Saturday the inclusive count starts on Monday, as elapsed does.
    CHECK(s(inclusive.deadline(d("2024-01-06"), 10)) == "2024-01-19");
  }

  TEST_CASE("dates outside the range are errors, never wrong numbers") {
    CHECK_THROWS_WITH_AS(england().elapsed(d("1985-03-01"), d("2024-01-01")),
                         "date 1985-03-01 is outside the calendar's range (1990-01-01 to 2100-12-31)",
                         kpi::InputError);
    CHECK_THROWS_WITH_AS(england().count(d("2024-01-01"), d("2101-01-01")),
                         "date 2101-01-01 is outside the calendar's range (1990-01-01 to 2100-12-31)",
                         kpi::InputError);
    CHECK_THROWS_AS(england().is_working_day(d("1989-12-31")), kpi::InputError);
    CHECK_THROWS_WITH_AS(england().add_working_days(d("2100-12-30"), 5),
                         "5 working days after 2100-12-30 is outside the calendar's range "
                         "(1990-01-01 to 2100-12-31)",
                         kpi::InputError);
    CHECK_THROWS_WITH_AS(england().add_working_days(d("1990-01-03"), -2),
                         "2 working days before 1990-01-03 is outside the calendar's range "
                         "(1990-01-01 to 2100-12-31)",
                         kpi::InputError);
    // The most negative int is named without overflowing (-INT_MIN is undefined).
    CHECK_THROWS_WITH_AS(england().add_working_days(d("2024-01-01"), -2147483647 - 1),
                         "2147483648 working days before 2024-01-01 is outside the calendar's "
                         "range (1990-01-01 to 2100-12-31)",
                         kpi::InputError);
    // The edges themselves are fine: 1 Jan 1990 (a Monday) was New Year's Day,
    // so Tue 2 Jan 1990 is the first working day of the range.
    CHECK(s(england().add_working_days(d("1990-01-03"), -1)) == "1990-01-02");
    CHECK(england().elapsed(d("1990-01-01"), d("2100-12-31")) > 0);
    CHECK(england().first_day() == d("1990-01-01"));
    CHECK(england().last_day() == d("2100-12-31"));
  }

  TEST_CASE("user holidays and closures") {
    std::vector<kpi::Holiday> extra = {{d("2024-12-24"), "Christmas Eve closure"},
                                       {d("2024-12-25"), "Duplicate of Christmas"}};
    std::vector<kpi::Holiday> closures = {{d("2024-12-27"), ""}, {d("2024-12-28"), "Saturday"}};
    Calendar calendar(Division::england_and_wales, Counting::elapsed, extra, closures);
    // Fri 20 Dec -> Mon 6 Jan 2025 loses 24 and 27 Dec: 8 - 2.
    CHECK(calendar.elapsed(d("2024-12-20"), d("2025-01-06")) == 6);
    const kpi::Holiday* christmas = calendar.holiday_on(d("2024-12-25"));
    REQUIRE(christmas);
    CHECK(christmas->name == "Christmas Day");  // a date already a holiday keeps one entry
    CHECK_FALSE(christmas->closure);
    const kpi::Holiday* closure = calendar.holiday_on(d("2024-12-27"));
    REQUIRE(closure);
    CHECK(closure->closure);
    CHECK(closure->name == "Office closure");
    CHECK(calendar.holidays_between(d("2024-12-20"), d("2024-12-31")).size() == 5);
    CHECK(calendar.holiday_on(d("2024-12-23")) == nullptr);
    // Weekends only.
    Calendar none(Division::none);
    CHECK(none.elapsed(d("2024-12-20"), d("2025-01-06")) == 11);
  }

  TEST_CASE("property: additivity, the n-th working day, and a day-by-day reference") {
    // A reference that knows nothing of the prefix sums: weekday test plus a set
    // of the built-in holidays.
    for (Division division : {Division::england_and_wales, Division::scotland,
                              Division::northern_ireland, Division::none}) {
      Calendar calendar(division);
      Calendar inclusive(division, Counting::inclusive);
      std::set<kpi::Date> holidays;
      for (int year = Calendar::first_year; year <= Calendar::last_year; ++year)
        for (const auto& holiday : kpi::built_in_holidays(division, year))
          holidays.insert(holiday.date);
      auto working = [&holidays](kpi::Date day) {
        date::weekday weekday{day};
        return weekday != date::Saturday && weekday != date::Sunday && !holidays.count(day);
      };
      auto reference = [&working](kpi::Date from, kpi::Date to) {
        int n = 0;
        for (kpi::Date day = from + date::days{1}; day <= to; day += date::days{1}) n += working(day);
        return n;
      };

      std::mt19937 random(20240101u + static_cast<unsigned>(division));
      const int span = (calendar.last_day() - calendar.first_day()).count();
      std::uniform_int_distribution<int> anywhere(0, span);
      std::uniform_int_distribution<int> nearby(-800, 800);
      std::uniform_int_distribution<int> offset(-300, 300);
      auto clamp = [&](int i) { return calendar.first_day() + date::days{std::clamp(i, 0, span)}; };
      int ordered = 0, added = 0;  // the branches below must run, not be skipped
      for (int i = 0; i < 5000; ++i) {
        int ai = anywhere(random);
        kpi::Date a = clamp(ai), b = clamp(ai + nearby(random)), c = clamp(anywhere(random));
        if (i < 200) b = clamp(anywhere(random));  // a few long spans too
        CHECK(calendar.elapsed(a, c) == calendar.elapsed(a, b) + calendar.elapsed(b, c));
        CHECK(calendar.elapsed(a, b) == -calendar.elapsed(b, a));
        if (a <= b) {
          ++ordered;
          CHECK(calendar.elapsed(a, b) == reference(a, b));
          CHECK(inclusive.count(a, b) == calendar.elapsed(a, b) + (working(a) ? 1 : 0));
          CHECK(calendar.is_working_day(a) == working(a));
        }
        int n = offset(random);
        kpi::Date sum;
        try {
          sum = calendar.add_working_days(a, n);
        } catch (const kpi::InputError&) {
          continue;  // near the ends of the range
        }
        ++added;
        if (n >= 0) {
          CHECK(calendar.elapsed(a, sum) == n);
        } else {  // the working days in [sum, a) number -n
          CHECK(calendar.elapsed(sum, a) + (working(sum) ? 1 : 0) - (working(a) ? 1 : 0) == -n);
        }
        if (n != 0) CHECK(working(sum));
        if (n > 0) CHECK(calendar.elapsed(a, sum - date::days{1}) == n - 1);  // the first such day
      }
      // About half the pairs are in order, and few sums leave the range.
      CHECK_MESSAGE(ordered > 2000, division_name(division));
      CHECK_MESSAGE(added > 4800, division_name(division));
    }
  }
}
