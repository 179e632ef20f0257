// The built-in bank holidays: the standing rules of each division, their
// substitute days, and the one-off changes proclaimed since 1990.
//
// A year is built in the order of its holidays. Movable feasts (Easter, the
// Monday holidays) never fall on a weekend. Fixed-date holidays are placed in
// groups: a holiday whose date falls on a weekend (or, for Scotland's January
// pair since 2018, on a day already taken) moves to the next weekday that is not
// already a holiday, and is marked as a substitute. The one-off changes are then
// applied, and the year is sorted. docs/calendar.md gives every rule with its
// source; gov.uk's bank-holidays.json is the authority for 2012 on.
#include "kpi/calendar.h"

#include <algorithm>
#include <cassert>

namespace kpi {
namespace {

// gov.uk writes these with a right single quotation mark (U+2019).
constexpr std::string_view new_years_day = "New Year\u2019s Day";
constexpr std::string_view second_january = "2nd January";
constexpr std::string_view good_friday = "Good Friday";
constexpr std::string_view easter_monday = "Easter Monday";
constexpr std::string_view early_may = "Early May bank holiday";
constexpr std::string_view spring = "Spring bank holiday";
constexpr std::string_view summer = "Summer bank holiday";
constexpr std::string_view st_patricks_day = "St Patrick\u2019s Day";
constexpr std::string_view battle_of_the_boyne = "Battle of the Boyne (Orangemen\u2019s Day)";
constexpr std::string_view st_andrews_day = "St Andrew\u2019s Day";
constexpr std::string_view christmas_day = "Christmas Day";
constexpr std::string_view boxing_day = "Boxing Day";

Date make_day(int year, unsigned month, unsigned day) {
  return date::sys_days{date::year{year} / date::month{month} / date::day{day}};
}

Date first_monday(int year, unsigned month) {
  return date::sys_days{date::year{year} / date::month{month} / date::Monday[1]};
}

Date last_monday(int year, unsigned month) {
  return date::sys_days{date::year{year} / date::month{month} / date::Monday[date::last]};
}

// Easter Sunday in the Gregorian calendar (the anonymous algorithm published by
// Meeus; exact for every Gregorian year).
Date easter_sunday(int year) {
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return make_day(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

struct FixedDate {
  unsigned month, day;
  std::string_view name;
};

class YearBuilder {
 public:
  explicit YearBuilder(int year) : year_(year) {}

  void add(Date day, std::string_view name, bool substitute = false) {
    holidays_.push_back(Holiday{day, std::string(name), substitute, false});
  }

  // Each holiday in date order: on a weekend or a day already taken, it moves to
  // the next free weekday (Scotland's 1 and 2 January since 2018: 1 Jan on a
  // Sunday gives New Year's Day on Mon 2 and 2nd January on Tue 3).
  void place_in_order(std::initializer_list<FixedDate> group) {
    for (const FixedDate& fixed : group) {
      Date day = make_day(year_, fixed.month, fixed.day);
      if (is_weekend(day) || taken(day))
        add(next_free_weekday(day), fixed.name, true);
      else
        add(day, fixed.name);
    }
  }

  // Those on weekdays keep their day; then those on weekends move, in date
  // order, to the next free weekday (Christmas on a Sunday: Boxing Day stays on
  // Mon 26 and Christmas Day moves to Tue 27).
  void place_weekdays_first(std::initializer_list<FixedDate> group) {
    for (const FixedDate& fixed : group) {
      Date day = make_day(year_, fixed.month, fixed.day);
      if (!is_weekend(day)) add(day, fixed.name);
    }
    for (const FixedDate& fixed : group) {
      Date day = make_day(year_, fixed.month, fixed.day);
      if (is_weekend(day)) add(next_free_weekday(day), fixed.name, true);
    }
  }

  Holiday* find(Date day) {
    for (Holiday& holiday : holidays_)
      if (holiday.date == day) return &holiday;
    return nullptr;
  }

  std::vector<Holiday> take() {
    std::sort(holidays_.begin(), holidays_.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return std::move(holidays_);
  }

 private:
  bool taken(Date day) const {
    return std::any_of(holidays_.begin(), holidays_.end(),
                       [day](const Holiday& holiday) { return holiday.date == day; });
  }

  Date next_free_weekday(Date day) const {
    while (is_weekend(day) || taken(day)) day += date::days{1};
    return day;
  }

  int year_;
  std::vector<Holiday> holidays_;
};

// One-off changes. `replaces` (if set) is the standing holiday that moved to
// `date`; otherwise `date` is an extra holiday.
struct OneOff {
  int year;
  unsigned month, day;
  std::string_view name;
  unsigned replaced_month = 0, replaced_day = 0;
  bool scotland_only = false;
  // gov.uk marked 2012-06-04 "Substitute day" for England and Wales and for
  // Scotland (not for Northern Ireland); it marks no other one-off that way.
  bool substitute_outside_ni = false;
};

constexpr OneOff one_offs[] = {
    {1995, 5, 8, "Early May bank holiday (VE day)", 5, 1},
    {1999, 12, 31, "Millennium celebrations"},
    {2002, 6, 3, "Golden Jubilee bank holiday"},
    {2002, 6, 4, spring, 5, 27},
    {2011, 4, 29, "Royal wedding"},
    {2012, 6, 4, spring, 5, 28, false, true},
    {2012, 6, 5, "Queen\u2019s Diamond Jubilee"},
    {2020, 5, 8, "Early May bank holiday (VE day)", 5, 4},
    {2022, 6, 2, spring, 5, 30},
    {2022, 6, 3, "Platinum Jubilee bank holiday"},
    {2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
    {2023, 5, 8, "Bank holiday for the coronation of King Charles III"},
    // Proclaimed for Scotland's first match of the 2026 World Cup; gov.uk's file
    // of mid 2025 predates it, so the name is ours (docs/calendar.md).
    {2026, 6, 15, "Bank holiday for Scotland\u2019s World Cup match", 0, 0, true},
};

void apply_one_offs(YearBuilder& builder, Division division, int year) {
  for (const OneOff& change : one_offs) {
    if (change.year != year) continue;
    if (change.scotland_only && division != Division::scotland) continue;
    Date day = make_day(year, change.month, change.day);
    bool substitute = change.substitute_outside_ni && division != Division::northern_ireland;
    if (change.replaced_month != 0) {
      Holiday* moved = builder.find(make_day(year, change.replaced_month, change.replaced_day));
      assert(moved != nullptr);
      moved->date = day;
      moved->name = std::string(change.name);
      moved->substitute = substitute;
    } else {
      builder.add(day, change.name, substitute);
    }
  }
}

}  // namespace

std::vector<Holiday> built_in_holidays(Division division, int year) {
  if (division == Division::none || year < Calendar::first_year || year > Calendar::last_year)
    return {};
  YearBuilder builder(year);
  bool scotland = division == Division::scotland;
  bool northern_ireland = division == Division::northern_ireland;

  if (!scotland) {
    builder.place_in_order({{1, 1, new_years_day}});
  } else if (year >= 2018) {
    builder.place_in_order({{1, 1, new_years_day}, {1, 2, second_january}});
  } else {
    // gov.uk's file named 2012 and 2017 this way: 2nd January kept Mon 2 Jan and
    // New Year's Day's substitute took Tue 3 (same days, different names).
    builder.place_weekdays_first({{1, 1, new_years_day}, {1, 2, second_january}});
  }
  if (northern_ireland) builder.place_in_order({{3, 17, st_patricks_day}});

  Date easter = easter_sunday(year);
  builder.add(easter - date::days{2}, good_friday);
  if (!scotland) builder.add(easter + date::days{1}, easter_monday);

  builder.add(first_monday(year, 5), early_may);
  builder.add(last_monday(year, 5), spring);
  if (northern_ireland) builder.place_in_order({{7, 12, battle_of_the_boyne}});
  builder.add(scotland ? first_monday(year, 8) : last_monday(year, 8), summer);

  // St Andrew's Day Bank Holiday (Scotland) Act 2007.
  if (scotland && year >= 2007) builder.place_in_order({{11, 30, st_andrews_day}});
  builder.place_weekdays_first({{12, 25, christmas_day}, {12, 26, boxing_day}});

  apply_one_offs(builder, division, year);
  return builder.take();
}

}  // namespace kpi
