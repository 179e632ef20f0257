// Working-day counting speed: the calendar's O(1) prefix sums against a naive
// day-by-day loop (weekday test plus a binary search in the holiday list), on
// the same random date pairs (start anywhere in 1990-2100, end 0-365 days
// later, typical of assessment and plan durations).
//
//   cmake --build build --target bench_workdays && build/bench_workdays [MILLIONS]
#include "kpi/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const long millions = argc > 1 ? std::max(1L, std::atol(argv[1])) : 10;
  const long calls = millions * 1'000'000;

  auto start = Clock::now();
  kpi::Calendar calendar(kpi::Division::england_and_wales);
  double build_seconds = seconds_since(start);

  // Pairs are drawn once, so the timings below measure the counting only.
  const int span = (calendar.last_day() - calendar.first_day()).count();
  std::mt19937 random(12345);
  std::uniform_int_distribution<int> anywhere(100, span - 366);  // room for +-60 working days
  std::uniform_int_distribution<int> length(0, 365);
  std::uniform_int_distribution<int> offset(-60, 60);
  const size_t pool = 1 << 20;
  std::vector<kpi::Date> from(pool), to(pool);
  std::vector<int> offsets(pool);
  for (size_t i = 0; i < pool; ++i) {
    from[i] = calendar.first_day() + date::days{anywhere(random)};
    to[i] = from[i] + date::days{length(random)};
    offsets[i] = offset(random);
  }

  long checksum = 0;
  start = Clock::now();
  for (long i = 0; i < calls; ++i) {
    size_t k = static_cast<size_t>(i) & (pool - 1);
    checksum += calendar.elapsed(from[k], to[k]);
  }
  double elapsed_seconds = seconds_since(start);

  start = Clock::now();
  for (long i = 0; i < calls; ++i) {
    size_t k = static_cast<size_t>(i) & (pool - 1);
    checksum += calendar.add_working_days(from[k], offsets[k]).time_since_epoch().count();
  }
  double add_seconds = seconds_since(start);

  // The naive way, on a small sample, checked against the calendar.
  std::vector<kpi::Date> holidays;
  for (const auto& holiday : calendar.holidays_between(calendar.first_day(), calendar.last_day()))
    holidays.push_back(holiday.date);
  const long sample = 200'000;
  long naive_sum = 0, fast_sum = 0;
  start = Clock::now();
  for (long i = 0; i < sample; ++i) {
    size_t k = static_cast<size_t>(i) & (pool - 1);
    int n = 0;
    for (kpi::Date day = from[k] + date::days{1}; day <= to[k]; day += date::days{1}) {
      date::weekday weekday{day};
      if (weekday != date::Saturday && weekday != date::Sunday &&
          !std::binary_search(holidays.begin(), holidays.end(), day))
        ++n;
    }
    naive_sum += n;
  }
  double naive_seconds = seconds_since(start);
  for (long i = 0; i < sample; ++i) {
    size_t k = static_cast<size_t>(i) & (pool - 1);
    fast_sum += calendar.elapsed(from[k], to[k]);
  }

  double elapsed_rate = static_cast<double>(calls) / elapsed_seconds;
  double add_rate = static_cast<double>(calls) / add_seconds;
  double naive_rate = static_cast<double>(sample) / naive_seconds;
  fmt::print("calendar build (1990-2100, england-and-wales): {:.2f} ms\n", build_seconds * 1e3);
  fmt::print("elapsed():          {:>11} calls  {:>8.3f} s  {:>7.1f} million/s\n", calls,
             elapsed_seconds, elapsed_rate / 1e6);
  fmt::print("add_working_days(): {:>11} calls  {:>8.3f} s  {:>7.1f} million/s\n", calls,
             add_seconds, add_rate / 1e6);
  fmt::print("naive day loop:     {:>11} calls  {:>8.3f} s  {:>7.3f} million/s\n", sample,
             naive_seconds, naive_rate / 1e6);
  fmt::print("elapsed() is {:.0f} times the naive loop's rate (spans of 0-365 days)\n",
             elapsed_rate / naive_rate);
  fmt::print("naive and O(1) counts agree on the sample: {} (checksum {})\n",
             naive_sum == fast_sum ? "yes" : "NO", checksum);
  return naive_sum == fast_sum ? 0 : 1;
}
