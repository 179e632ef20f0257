// `csc-kpi check EXTRACTS...`: what each extract was recognised as and its
// reconciliation and data-quality findings. Unlike the other commands it goes
// on past a file that cannot be used (reporting why, with exit code 1), so one
// run shows every problem of a folder.
#include "cli/commands.h"
#include "cli/run_common.h"
#include "cli/timings.h"
#include "kpi/report.h"

#include <memory>

namespace kpi::cli {
namespace {

// Messages shown per file on stderr; the rest are counted.
constexpr int messages_per_file = 10;

struct CheckOptions {
  std::vector<std::string> extracts;
};

int run_check(const CheckOptions& options, const GlobalOptions& global) {
  Format format = require_format(global, {"table", "csv", "json", "markdown"});
  Timings timings(global.timings);
  LoadOptions load = make_load_options(global);
  load.keep_going = true;
  load.timings = timings.load();
  Extracts extracts = load_extracts(parse_inputs(options.extracts), load);
  for (const auto& line : message_lines(extracts.messages, extracts.files, messages_per_file))
    warn(global, line);
  timings.lap("read");
  std::vector<CalendarSource> calendar_files;
  Calendar calendar = make_calendar(global, &calendar_files);
  Provenance provenance = make_provenance(
      global, calendar, std::move(calendar_files), extracts,
      extracts.coverage.extract_date ? format_date(*extracts.coverage.extract_date) : "-",
      "the extract date (the latest event date in the extracts, outliers left out)");
  write_report(global, with_csv_provenance(global, format, provenance,
                                           render_check(extracts.files, format, &provenance)));
  timings.lap("render");
  timings.report();
  for (const FileReport& file : extracts.files)
    if (file.error) return 1;
  return 0;
}

}  // namespace

Run setup_check(OptionTable& command, const GlobalOptions& global) {
  auto options = std::make_shared<CheckOptions>();
  add_extracts_argument(command, options->extracts);
  return [options, &global]() { return run_check(*options, global); };
}

}  // namespace kpi::cli
