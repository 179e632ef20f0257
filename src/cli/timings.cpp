#include "cli/timings.h"

#include <fmt/format.h>

namespace kpi::cli {

void Timings::lap(std::string_view name) {
  if (!on_) return;
  auto now = Clock::now();
  double seconds = std::chrono::duration<double>(now - last_).count();
  last_ = now;
  if (name == "read") {  // load_extracts: its own read and link times
    phases_.emplace_back("read", load_.read);
    phases_.emplace_back("link", load_.link);
    double rest = seconds - load_.read - load_.link;  // messages and reconciliation
    if (rest > 0.0005) phases_.emplace_back("messages", rest);
    return;
  }
  phases_.emplace_back(std::string(name), seconds);
}

void Timings::report() const {
  if (!on_) return;
  std::string out;
  for (const auto& [name, seconds] : phases_) out += fmt::format("{} {:.3f} s, ", name, seconds);
  double total = std::chrono::duration<double>(Clock::now() - start_).count();
  fmt::print(stderr, "csc-kpi: timings: {}total {:.3f} s\n", out, total);
}

}  // namespace kpi::cli
