#include "extract/xlsx/cell_text.h"

#include <date/date.h>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kpi::extract::xlsx {
namespace {

bool parse_number(std::string_view value, double& x) {
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, x);
  return ec == std::errc() && ptr == end && std::isfinite(x);
}

bool all_digits(std::string_view s) {
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  if (s.empty() || s.size() > 15 || (s.size() > 1 && s[0] == '0')) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

void date_text(std::string_view value, DateSystem system, std::string& out) {
  double x = 0;
  if (!parse_number(value, x)) return number_text(value, out);
  const double day = std::floor(x);
  const bool from_1900 = system == DateSystem::from_1900;
  // 2958465 is 9999-12-31 in the 1900 system; the 1904 system is 1462 days behind.
  const double last = from_1900 ? 2958465 : 2958465 - 1462;
  if (day < (from_1900 ? 1 : 0) || day > last) return number_text(value, out);
  const int serial = static_cast<int>(day);
  if (from_1900 && serial == 60) {
    out = "1900-02-29";
    return;
  }
  date::sys_days epoch = from_1900 ? date::sys_days(date::year{1899} / 12 / 31)
                                   : date::sys_days(date::year{1904} / 1 / 1);
  const int offset = from_1900 && serial > 60 ? serial - 1 : serial;
  const date::year_month_day ymd(epoch + date::days{offset});
  char text[16];
  const int n = std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                              static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  out.assign(text, static_cast<std::size_t>(n));
}

void number_text(std::string_view value, std::string& out) {
  if (all_digits(value)) {  // the common case: ids and counts, as written
    out.assign(value);
    return;
  }
  double x = 0;
  if (!parse_number(value, x)) {
    out.assign(value);
    return;
  }
  char text[32];
  std::to_chars_result r;
  if (x == std::floor(x) && std::fabs(x) < 1e15)
    r = std::to_chars(text, text + sizeof text, static_cast<long long>(x));
  else
    r = std::to_chars(text, text + sizeof text, x);
  out.assign(text, r.ptr);
}

}  // namespace kpi::extract::xlsx
