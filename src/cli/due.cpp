// csc-kpi due [EXTRACTS...] [--as-at DATE] [--within N] [--by team|worker]
//             [--format table|csv|json|markdown]
//
// For managers' spot checks: statutory visits and assessments overdue or due
// within N working days at the as-at date, by team (or worker). The rules are
// in src/indicator/due.cpp and docs/usage.md; the output in
// src/report/due_render.cpp.
#include "cli/commands.h"
#include "cli/run_common.h"
#include "kpi/due.h"
#include "kpi/error.h"
#include "kpi/report.h"

#include <fmt/format.h>

#include <memory>

namespace kpi::cli {

namespace {

struct DueOptions {
  std::vector<std::string> extracts;
  std::string as_at;
  int within = 5;
  std::string by = "team";
  std::string assessment_from;
  bool suppress = false;  // refused: a due list names children
};

int run_due(const DueOptions& options, const GlobalOptions& global) {
  Format format = require_format(global, {"table", "csv", "json", "markdown"});
  if (options.suppress)
    throw UsageError("--suppress does not apply to due: it lists children, who are never "
                     "published (suppress the dashboard instead)");
  std::optional<Date> as_at;
  if (!options.as_at.empty()) as_at = parse_date_option(options.as_at, "--as-at");
  std::vector<CalendarSource> calendar_files;
  Calendar calendar = make_calendar(global, &calendar_files);
  Settings settings = load_settings(global, options.assessment_from);

  Extracts extracts = load_and_report(options.extracts, global);
  Date day = as_at ? *as_at : default_as_at(extracts);
  DueList list =
      compute_due(extracts, calendar, settings, day, options.within, options.by == "worker");
  list.provenance = make_provenance(global, calendar, std::move(calendar_files), extracts,
                                    format_date(day),
                                    as_at ? "given with --as-at" : "the extract date (the latest event date "
                                                        "in the extracts, outliers left out)");
  write_report(global, with_csv_provenance(global, format, *list.provenance,
                                           render_due(list, calendar, format)));
  return 0;
}

}  // namespace

Run setup_due(OptionTable& command, const GlobalOptions& global) {
  auto options = std::make_shared<DueOptions>();
  add_extracts_argument(command, options->extracts);
  add_as_at_option(command, options->as_at,
                   "the date to check at (default: the extract date, the latest event date in "
                   "the data)");
  command.number({.name = "within",
                  .placeholder = "N",
                  .help = "also list what falls due within N working days (default 5)"},
                 options->within, 0, 260, "working days");
  command.text({.name = "by",
                .placeholder = "team|worker",
                .help = "group by team (default) or worker",
                .choices = {"team", "worker"}},
               options->by);
  add_assessment_from_option(command, options->assessment_from);
  command.flag({.name = "suppress",
                .help = "refused: due lists children, who are never published (an error)",
                .in_config = false},
               options->suppress);
  return [options, &global]() { return run_due(*options, global); };
}

}  // namespace kpi::cli
