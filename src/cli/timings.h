// --timings: where a run's time goes, said on stderr after the report (even
// with --quiet: it was asked for): reading the files, linking the rows,
// computing the indicators, rendering and writing the report, in wall
// seconds of a steady clock. The profile in docs/benchmarks.md is read off it.
#pragma once

#include "kpi/extract.h"

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpi::cli {

class Timings {
 public:
  explicit Timings(bool on) : on_(on), last_(Clock::now()), start_(last_) {}

  // For load_extracts to fill (nullptr when off).
  LoadTimings* load() { return on_ ? &load_ : nullptr; }
  // Ends the phase `name`, which ran since the previous one ended. After
  // load_extracts, say "read" and its read and link times are taken apart.
  void lap(std::string_view name);
  // "csc-kpi: timings: read 1.23 s, link 0.20 s, compute 0.50 s, render 0.01 s,
  // total 1.94 s" on stderr, when on.
  void report() const;

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  Clock::time_point last_, start_;
  LoadTimings load_;
  std::vector<std::pair<std::string, double>> phases_;
};

}  // namespace kpi::cli
