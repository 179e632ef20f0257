#include "cli/options.h"

#include "kpi/error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdio>
#include <fstream>

namespace kpi::cli {

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--division", options.division,
                 "bank holidays of: england-and-wales (default), scotland, northern-ireland, none");
  app.add_option("--holidays", options.holidays_files,
                 "extra bank holidays: gov.uk bank-holidays.json or a CSV with a date column");
  app.add_option("--closures", options.closures_files,
                 "local office closures (same formats); non-working days");
  app.add_option("--count", options.count,
                 "working-day convention: elapsed (start is day 0, default) or inclusive");
  app.add_option("--format", options.format, "table (default), csv, json or markdown");
  app.add_option("-o,--output", options.output, "write the report to FILE instead of stdout");
  app.add_option("--encoding", options.encoding, "utf-8 (default) or windows-1252");
  app.add_flag("--strict", options.strict, "the first bad row is an error");
  app.add_flag("-q,--quiet", options.quiet, "no warnings or notices on stderr");
  app.set_config("--config", "", "read options from a TOML file")
      ->check(CLI::ExistingFile)
      ->each([&options](const std::string& path) { options.config_file = path; });
  // Indicator targets and timescales live in their own sections of the config
  // file; the indicator settings reader picks them up from config_file.
  app.allow_config_extras(CLI::config_extras_mode::ignore);
}

Calendar make_calendar(const GlobalOptions& options) {
  Division division = parse_division(options.division);
  Counting counting = parse_counting(options.count);
  std::vector<Holiday> extra, closures;
  for (const auto& path : options.holidays_files) {
    auto loaded = load_holiday_file(path, division);
    extra.insert(extra.end(), loaded.begin(), loaded.end());
  }
  for (const auto& path : options.closures_files) {
    auto loaded = load_holiday_file(path, division);
    closures.insert(closures.end(), loaded.begin(), loaded.end());
  }
  return Calendar(division, counting, std::move(extra), std::move(closures));
}

LoadOptions make_load_options(const GlobalOptions& options) {
  LoadOptions load;
  load.strict = options.strict;
  if (options.encoding == "windows-1252" || options.encoding == "cp1252")
    load.windows_1252 = true;
  else if (options.encoding != "utf-8" && options.encoding != "utf8")
    throw UsageError(fmt::format("unknown encoding '{}' (expected utf-8 or windows-1252)",
                                 options.encoding));
  return load;
}

void require_format(const GlobalOptions& options, const std::vector<std::string_view>& allowed) {
  for (auto name : allowed)
    if (options.format == name) return;
  throw UsageError(fmt::format("unknown format '{}' (expected {})", options.format,
                               fmt::join(allowed, ", ")));
}

void write_report(const GlobalOptions& options, std::string_view text) {
  if (options.output.empty() || options.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  std::ofstream out(options.output, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw InputError(fmt::format("{}: cannot write the report", options.output));
}

void warn(const GlobalOptions& options, std::string_view message) {
  if (!options.quiet) fmt::print(stderr, "csc-kpi: warning: {}\n", message);
}

void inform(const GlobalOptions& options, std::string_view message) {
  if (!options.quiet) fmt::print(stderr, "csc-kpi: {}\n", message);
}

}  // namespace kpi::cli
