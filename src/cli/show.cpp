// csc-kpi show ID [EXTRACTS...] [--month YYYY-MM] [--months N]
//              [--by team|worker|age_band|month] [--cases] [--format table|csv|json|markdown]
//
// One indicator (a sub-id) or a family (every value of it) for the reporting
// month with its rolling 3-month and year-to-date figures, optionally broken
// down and with the case rows behind it, so any figure can be checked by hand.
// Steps: check the options (usage errors before any file is read), read the
// extracts (messages and reconciliation to stderr), compute the one family
// (src/indicator/show.cpp), render (src/report/show_render.cpp).
#include "cli/commands.h"
#include "cli/run_common.h"
#include "kpi/error.h"
#include "kpi/report.h"
#include "kpi/show.h"

#include <fmt/format.h>

#include <memory>

namespace kpi::cli {

namespace {

struct ShowOptions {
  std::string id;
  std::vector<std::string> extracts;
  PeriodOptions period;
  int months = 0;  // 0: not given (1, or 12 with --by month)
  std::string by;
  bool cases = false;
  std::string assessment_from;
  SuppressionOptions suppression;
  const OptionSpec* suppress = nullptr;  // to tell --suppress given from one in the config
};

// Lists of children are never published, so never suppressed.
constexpr std::string_view refuse_suppress_with_cases =
    "--suppress does not apply to --cases: a list of children is never published (suppress the "
    "figures without --cases, or publish the dashboard)";

int run_show(const ShowOptions& options, const GlobalOptions& global) {
  Format format = require_format(global, {"table", "csv", "json", "markdown"});
  ShowRequest request;
  request.id = options.id;
  resolve_indicator(options.id);  // an unknown id is a usage error before reading anything
  if (!options.by.empty()) request.by = parse_breakdown_key(options.by);  // checked by --by
  request.months = options.months > 0 ? options.months
                   : request.by == BreakdownKey::month ? 12
                                                       : 1;
  request.cases = options.cases;
  if (options.cases && options.suppress->given())
    throw UsageError(std::string(refuse_suppress_with_cases));
  PeriodRequest period = parse_period_options(options.period);
  std::vector<CalendarSource> calendar_files;
  Calendar calendar = make_calendar(global, &calendar_files);
  Settings settings = load_settings(global, options.assessment_from);

  Extracts extracts = load_and_report(options.extracts, global);
  ReportingMonth month = reporting_month(period, extracts, global);
  request.month = month.month;
  ShowReport report = build_show(request, extracts, calendar, settings);
  apply_suppression(report, suppression_rules(options.suppression));
  report.provenance = make_provenance(global, calendar, std::move(calendar_files), extracts,
                                      period_label(month.month), month.rule);
  // What was left out, and the findings, also on stderr for pipelines that
  // keep only the csv or json (table and markdown print them).
  if (format == Format::csv || format == Format::json)
    for (const auto& line : show_warning_lines(report)) warn(global, line);
  write_report(global, with_csv_provenance(global, format, *report.provenance,
                                           render_show(report, format)));
  return 0;
}

}  // namespace

Run setup_show(OptionTable& command, const GlobalOptions& global) {
  auto options = std::make_shared<ShowOptions>();
  command.positional({.placeholder = "ID",
                      .help = "an indicator id, sub-id or family (see 'csc-kpi indicators')"},
                     options->id, true);
  add_extracts_argument(command, options->extracts);
  add_period_options(command, options->period);
  command.number({.name = "months",
                  .placeholder = "N",
                  .help = "the months the breakdown and cases cover, ending with the reporting "
                          "month (default 1; 12 with --by month)"},
                 options->months, 1, max_months, "months");
  command.text({.name = "by",
                .placeholder = "KEY",
                .help = "break the figure down by team, worker, age_band or month",
                .choices = {"team", "worker", "age_band", "month"}},
               options->by);
  command.flag({.name = "cases",
                .help = "list the case rows behind the figure: child, record, file and line, "
                        "dates, working days, numerator and denominator, reason"},
               options->cases);
  add_assessment_from_option(command, options->assessment_from);
  add_suppression_options(command, options->suppression);
  options->suppress = command.find("suppress");
  return [options, &global]() { return run_show(*options, global); };
}

}  // namespace kpi::cli
