// Options every command takes. They may be written before or after the
// command's name (src/cli/command_line.cpp moves them after it), and the
// --config TOML file sets them by their names at its top level
// (division = "scotland").
#pragma once

#include "cli/option_table.h"
#include "kpi/calendar.h"
#include "kpi/extract.h"
#include "kpi/provenance.h"
#include "kpi/report.h"
#include "kpi/settings.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi::cli {

struct GlobalOptions {
  std::string division = "england-and-wales";
  std::vector<std::string> holidays_files;
  std::vector<std::string> closures_files;
  std::string count = "elapsed";
  std::string format = "table";
  std::string output;             // empty: stdout
  std::string encoding = "utf-8";
  bool strict = false;
  bool skip_bad_files = false;    // go on without the extracts that cannot be read
  bool allow_empty = false;       // report a month outside the data (all zeros)
  bool provenance = false;        // CSV output begins with '#' provenance lines
  bool quiet = false;
  bool excel = false;             // CSV with a byte order mark and CRLF line ends
  bool timings = false;           // where the time goes, on stderr (cli/timings.h)
  int threads = 0;                // threads reading the extracts; 0: one per core
  std::string config_file;        // the --config file, if any
  std::optional<Settings> settings;  // the indicator settings of the config file, if any
};

void add_common_options(OptionTable& table, GlobalOptions& options);

// The calendar the options describe (division, holidays, closures, counting),
// and each holidays or closures file with the days it adds in `sources` when
// given (for the provenance). Throws UsageError / InputError.
Calendar make_calendar(const GlobalOptions& options, std::vector<CalendarSource>* sources = nullptr);

LoadOptions make_load_options(const GlobalOptions& options);

// The --format, which must be one of the command's `allowed` formats (a
// UsageError naming them otherwise).
Format require_format(const GlobalOptions& options, const std::vector<std::string_view>& allowed);

// Writes the report to --output, or stdout. CSV with --excel gets a byte order
// mark and CRLF line ends, so Excel opens its UTF-8 text correctly. Throws
// InputError if it cannot be written (a missing folder, a full disk).
void write_report(const GlobalOptions& options, std::string_view text);

// A warning on stderr ("csc-kpi: warning: ..."), unless --quiet.
void warn(const GlobalOptions& options, std::string_view message);

// Information that is not a problem, such as the run's reconciliation, on
// stderr ("csc-kpi: ..."), unless --quiet.
void inform(const GlobalOptions& options, std::string_view message);

}  // namespace kpi::cli
