#include "kpi/date.h"

#include <array>
#include <cctype>

#include <fmt/format.h>

namespace kpi {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Reads 1..max_digits digits at s[pos]; advances pos. -1 when there are none.
int read_number(std::string_view s, size_t& pos, size_t min_digits, size_t max_digits) {
  int value = 0;
  size_t start = pos;
  while (pos < s.size() && pos - start < max_digits &&
         std::isdigit(static_cast<unsigned char>(s[pos]))) {
    value = value * 10 + (s[pos] - '0');
    ++pos;
  }
  return pos - start < min_digits ? -1 : value;
}

// "Mar", "MAR", "mar": the month's number; -1 when no month is named.
int read_month_name(std::string_view s, size_t& pos) {
  if (pos + 3 > s.size()) return -1;
  for (unsigned m = 1; m <= 12; ++m) {
    std::string_view name = month_abbreviation(date::month{m});
    bool same = true;
    for (size_t i = 0; i < 3; ++i)
      same = same && std::tolower(static_cast<unsigned char>(s[pos + i])) ==
                         std::tolower(static_cast<unsigned char>(name[i]));
    if (same) {
      pos += 3;
      return static_cast<int>(m);
    }
  }
  return -1;
}

// After the date only a time part may follow: a space or 'T' and then digits,
// colons, dots (and an optional AM/PM) that we do not interpret.
bool only_time_follows(std::string_view s, size_t pos) {
  if (pos == s.size()) return true;
  if (s[pos] != ' ' && s[pos] != 'T') return false;
  ++pos;
  if (pos == s.size() || !std::isdigit(static_cast<unsigned char>(s[pos]))) return false;
  for (; pos < s.size(); ++pos) {
    char c = s[pos];
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.' || c == ' ' ||
          c == 'A' || c == 'P' || c == 'M' || c == 'a' || c == 'p' || c == 'm' || c == 'Z'))
      return false;
  }
  return true;
}

std::optional<Date> make_date(int y, int m, int d) {
  if (y < 1800 || y > 2200 || m < 1 || d < 1) return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

}  // namespace

bool is_not_recorded(std::string_view text) {
  // Every value of every row passes here: most start with a letter or digit
  // that none of the not-recorded forms starts with.
  if (!text.empty()) {
    const char c = text.front();
    if (c != ' ' && c != '\t' && c != '\r' && c != 'N' && c != 'n' && c != '#') return false;
  }
  text = trim(text);
  return text.empty() || text == "NULL" || text == "null" || text == "#N/A";
}

std::optional<Date> parse_date(std::string_view text) {
  // YYYY-MM-DD as it stands, the form of nearly every extract, without the
  // general steps below (it reads the same through them).
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    int value[3] = {0, 0, 0};
    bool digits = true;
    for (std::size_t i = 0, part = 0; i < 10; ++i) {
      if (i == 4 || i == 7) {
        ++part;
        continue;
      }
      const unsigned digit = static_cast<unsigned char>(text[i]) - unsigned{'0'};
      digits = digits && digit <= 9;
      value[part] = value[part] * 10 + static_cast<int>(digit);
    }
    if (digits) return make_date(value[0], value[1], value[2]);
  }
  std::string_view s = trim(text);
  size_t pos = 0;
  int first = read_number(s, pos, 1, 4);
  if (first < 0 || pos == s.size()) return std::nullopt;
  size_t first_digits = pos;
  char sep = s[pos++];
  int y = 0, m = 0, d = 0;
  if (first_digits == 4 && sep == '-') {  // YYYY-MM-DD
    y = first;
    m = read_number(s, pos, 2, 2);
    if (m < 0 || pos == s.size() || s[pos++] != '-') return std::nullopt;
    d = read_number(s, pos, 2, 2);
  } else if (first_digits <= 2 && sep == '/') {  // DD/MM/YYYY or D/M/YYYY
    d = first;
    m = read_number(s, pos, 1, 2);
    if (m < 0 || pos == s.size() || s[pos++] != '/') return std::nullopt;
    y = read_number(s, pos, 4, 4);
  } else if (first_digits <= 2 && sep == '-') {  // DD-Mon-YYYY
    d = first;
    m = read_month_name(s, pos);
    if (m < 0 || pos == s.size() || s[pos++] != '-') return std::nullopt;
    y = read_number(s, pos, 4, 4);
  } else {
    return std::nullopt;
  }
  if (y < 0 || d < 0 || !only_time_follows(s, pos)) return std::nullopt;
  return make_date(y, m, d);
}

std::string format_date(Date day) {
  date::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string_view month_abbreviation(date::month month) {
  static constexpr std::array<std::string_view, 12> names = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return names[static_cast<unsigned>(month) - 1];
}

int age_in_years(Date birth, Date on) {
  date::year_month_day b{birth}, o{on};
  int years = static_cast<int>(o.year()) - static_cast<int>(b.year());
  // Before this year's birthday? Compare (month, day); 29 Feb counts as 28 Feb
  // in a year without it, i.e. the birthday is passed on 28 Feb.
  unsigned bm = static_cast<unsigned>(b.month()), bd = static_cast<unsigned>(b.day());
  if (bm == 2 && bd == 29 && !o.year().is_leap()) bd = 28;
  unsigned om = static_cast<unsigned>(o.month()), od = static_cast<unsigned>(o.day());
  if (om < bm || (om == bm && od < bd)) --years;
  return years;
}

Date add_months(Date day, int months) {
  date::year_month_day ymd{day};
  date::year_month target = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  date::day last = date::year_month_day_last{target.year(),
                                             date::month_day_last{target.month()}}.day();
  return date::sys_days{target / (ymd.day() > last ? last : ymd.day())};
}

}  // namespace kpi
