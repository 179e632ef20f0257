#include "cli/options.h"

#include "kpi/error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cerrno>
#include <cstdio>

namespace kpi::cli {

void add_common_options(OptionTable& table, GlobalOptions& options) {
  table.set_common(true);
  table.text({.name = "division",
              .placeholder = "NAME",
              .help = "bank holidays of england-and-wales (default), scotland, northern-ireland, "
                      "or none (weekends only)",
              .choices = {"england-and-wales", "scotland", "northern-ireland", "none"}},
             options.division);
  table.list({.name = "holidays",
              .placeholder = "FILE",
              .help = "extra bank holidays: gov.uk bank-holidays.json or a CSV with a date column "
                      "(repeatable)",
              .path = PathRole::input},
             options.holidays_files);
  table.list({.name = "closures",
              .placeholder = "FILE",
              .help = "local office closures, same formats: non-working days (repeatable)",
              .path = PathRole::input},
             options.closures_files);
  table.text({.name = "count",
              .placeholder = "elapsed|inclusive",
              .help = "working-day convention: elapsed (default: the start is day 0) or inclusive "
                      "(the start is day 1)",
              .choices = {"elapsed", "inclusive"}},
             options.count);
  table.text({.name = "format",
              .placeholder = "FORMAT",
              .help = "table (default), csv, json or markdown; dashboard also html (the Board "
                      "report) and xlsx (an Excel workbook)",
              .choices = {"table", "csv", "json", "markdown", "html", "xlsx"}},
             options.format);
  table.text({.name = "output",
              .placeholder = "FILE",
              .help = "write the report to FILE instead of standard output",
              .short_name = 'o',
              .path = PathRole::output},
             options.output);
  table.flag({.name = "excel",
              .help = "CSV for Excel: a byte order mark and CRLF line ends (default: plain UTF-8)"},
             options.excel);
  table.text({.name = "encoding",
              .placeholder = "ENCODING",
              .help = "of the extracts: utf-8 (default) or windows-1252",
              .choices = {"utf-8", "windows-1252"}},
             options.encoding, [](const std::string& value) {
               // Also the short names Python and iconv use.
               if (value == "utf8" || value == "cp1252") return std::string();
               return check_choice(value, {"utf-8", "windows-1252"});
             });
  table.flag({.name = "strict", .help = "the first bad row is an error (exit 1)"}, options.strict);
  table.flag({.name = "skip-bad-files",
              .help = "report without the extracts that cannot be read (they are listed)"},
             options.skip_bad_files);
  table.flag({.name = "allow-empty",
              .help = "report a month wholly before or after the data instead of failing"},
             options.allow_empty);
  table.flag({.name = "provenance",
              .help = "CSV: begin with '#' lines saying what produced it (the other formats "
                      "always say)"},
             options.provenance);
  table.flag({.name = "quiet", .help = "no warnings or notices on stderr", .short_name = 'q'},
             options.quiet);
  table.flag({.name = "timings",
              .help = "say on stderr where the time went: reading, linking, computing, rendering"},
             options.timings);
  table.number({.name = "threads",
                .placeholder = "N",
                .help = "threads that read the extracts and compute the dashboard (default 0: "
                        "one per core); the output is the same for every N"},
               options.threads, 0, 256, "threads");
  table.text({.name = "config",
              .placeholder = "FILE",
              .help = "read options and local standards from a TOML file (docs/usage.md)",
              .in_config = false},
             options.config_file);
  table.set_common(false);
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
  load.threads = static_cast<unsigned>(options.threads);
  // The option's check admits only these names and utf-8, utf8.
  load.windows_1252 = options.encoding == "windows-1252" || options.encoding == "cp1252";
  return load;
}

Format require_format(const GlobalOptions& options, const std::vector<std::string_view>& allowed) {
  for (auto name : allowed)
    if (options.format == name) return parse_format(name);
  if (options.format == "html" || options.format == "xlsx")
    throw UsageError(fmt::format("--format {}: the Board report (html) and the Excel workbook "
                                 "(xlsx) are made by dashboard; this command writes table, csv, "
                                 "json or markdown",
                                 options.format));
  throw UsageError(fmt::format("unknown format '{}' (expected {})", options.format,
                               fmt::join(allowed, ", ")));
}

namespace {

// Excel reads a CSV as UTF-8 only when it begins with a byte order mark.
std::string for_excel(std::string_view text) {
  std::string out = "\xEF\xBB\xBF";
  out.reserve(text.size() + text.size() / 16 + 3);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

}  // namespace

void write_report(const GlobalOptions& options, std::string_view report) {
  std::string excel;
  if (options.excel && options.format == "csv") excel = for_excel(report);
  std::string_view text = excel.empty() ? report : excel;
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
