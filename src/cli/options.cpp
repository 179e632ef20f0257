#include "cli/options.h"

#include "kpi/error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cerrno>
#include <cstdio>

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
  app.add_flag("--skip-bad-files", options.skip_bad_files,
               "report without the extracts that cannot be read (they are listed)");
  app.add_flag("--allow-empty", options.allow_empty,
               "report a month wholly before or after the data instead of failing");
  app.add_flag("--provenance", options.provenance,
               "CSV: begin with '#' lines saying what produced it (the other formats always say)");
  app.add_flag("-q,--quiet", options.quiet, "no warnings or notices on stderr");
  app.set_config("--config", "", "read options from a TOML file")
      ->check(CLI::ExistingFile)
      ->each([&options](const std::string& path) { options.config_file = path; });
  // Indicator targets and timescales live in their own sections of the config
  // file; the indicator settings reader picks them up from config_file.
  app.allow_config_extras(CLI::config_extras_mode::ignore);
}

Calendar make_calendar(const GlobalOptions& options, std::vector<CalendarSource>* sources) {
  Division division = parse_division(options.division);
  Counting counting = parse_counting(options.count);
  auto load_all = [division, sources](const std::vector<std::string>& paths, const char* role) {
    std::vector<Holiday> days;
    for (const auto& path : paths) {
      auto loaded = load_holiday_file(path, division);
      if (sources) sources->push_back({role, path, static_cast<int>(loaded.size())});
      days.insert(days.end(), loaded.begin(), loaded.end());
    }
    return days;
  };
  return Calendar(division, counting, load_all(options.holidays_files, "holidays"),
                  load_all(options.closures_files, "closures"));
}

LoadOptions make_load_options(const GlobalOptions& options) {
  LoadOptions load;
  load.strict = options.strict;
  load.skip_bad_files = options.skip_bad_files;
  if (options.encoding == "windows-1252" || options.encoding == "cp1252")
    load.windows_1252 = true;
  else if (options.encoding != "utf-8" && options.encoding != "utf8")
    throw UsageError(fmt::format("unknown encoding '{}' (expected utf-8 or windows-1252)",
                                 options.encoding));
  return load;
}

Format require_format(const GlobalOptions& options, const std::vector<std::string_view>& allowed) {
  for (auto name : allowed)
    if (options.format == name) return parse_format(name);
  throw UsageError(fmt::format("unknown format '{}' (expected {})", options.format,
                               fmt::join(allowed, ", ")));
}

void write_report(const GlobalOptions& options, std::string_view text) {
  // Checked to the end (fflush, fclose): a full disk must not look like success.
  auto written = [&text](std::FILE* out) {
    return std::fwrite(text.data(), 1, text.size(), out) == text.size() && std::fflush(out) == 0;
  };
  if (options.output.empty() || options.output == "-") {
    if (!written(stdout))
      throw InputError(
          fmt::format("cannot write the report to standard output ({})", errno_text(errno)));
    return;
  }
  std::FILE* out = std::fopen(options.output.c_str(), "wb");
  bool ok = out != nullptr && written(out);
  int error = errno;
  if (out != nullptr && std::fclose(out) != 0 && ok) {
    ok = false;
    error = errno;
  }
  if (!ok)
    throw InputError(
        fmt::format("{}: cannot write the report ({})", options.output, errno_text(error)));
}

void warn(const GlobalOptions& options, std::string_view message) {
  if (!options.quiet) fmt::print(stderr, "csc-kpi: warning: {}\n", message);
}

void inform(const GlobalOptions& options, std::string_view message) {
  if (!options.quiet) fmt::print(stderr, "csc-kpi: {}\n", message);
}

}  // namespace kpi::cli
