// csc-kpi dashboard [EXTRACTS...] [--month YYYY-MM] [--months N]
//                   [--assessment-from start|referral] [--format F] [--output FILE]
//                   [--cases (with --format xlsx)]
//
// Every indicator, month by month, for the reporting month and the months
// before it. Steps: check the options (usage errors before any file is read),
// read the extracts, build the calendar and settings, pick the reporting month,
// compute, render; the extract messages and the reconciliation go to stderr.
#include "cli/commands.h"
#include "cli/run_common.h"
#include "cli/timings.h"
#include "kpi/error.h"
#include "kpi/report.h"
#include "kpi/show.h"

#include <fmt/format.h>

#include <memory>

namespace kpi::cli {

namespace {

struct DashboardOptions {
  std::vector<std::string> extracts;
  PeriodOptions period;
  int months = 12;
  std::string assessment_from;
  std::string by;         // "", team or worker
  std::string authority;  // the local authority's name, for headings
  SuppressionOptions suppression;
  bool cases = false;  // the Cases sheet of the workbook
};

// Whether the output is the Excel workbook; usage errors for --cases without
// it, and for it without a file: a workbook is binary, never written to a
// terminal or a pipe.
bool check_xlsx(const DashboardOptions& options, const GlobalOptions& global) {
  bool xlsx = global.format == "xlsx";
  if (options.cases && !xlsx)
    throw UsageError("--cases: the case rows are a sheet of the Excel workbook (--format xlsx)");
  if (xlsx && (global.output.empty() || global.output == "-"))
    throw UsageError("--format xlsx needs --output FILE: a workbook is binary and is not written "
                     "to a terminal");
  return xlsx;
}

int run_dashboard(const DashboardOptions& options, const GlobalOptions& global) {
  // The Board report and the workbook are written below, the text formats by
  // render_dashboard.
  const bool html = global.format == "html";
  const bool xlsx = check_xlsx(options, global);
  if (xlsx && options.cases && options.suppression.suppress)
    throw UsageError("--suppress does not apply to --cases: a list of children is never "
                     "published (drop --cases from the published workbook)");
  Format format = html || xlsx ? Format::table
                               : require_format(global, {"table", "csv", "json", "markdown"});
  PeriodRequest period = parse_period_options(options.period);
  std::vector<CalendarSource> calendar_files;
  Calendar calendar = make_calendar(global, &calendar_files);
  Settings settings = load_settings(global, options.assessment_from);

  Timings timings(global.timings);
  Extracts extracts = load_and_report(options.extracts, global, timings.load());
  timings.lap("read");
  ReportingMonth month = reporting_month(period, extracts, global);
  std::optional<BreakdownKey> by;
  if (!options.by.empty())
    by = parse_breakdown_key(options.by);  // checked by --by
  else if (html)
    by = BreakdownKey::team;  // the Board report has its section by team
  Dashboard dashboard =
      compute_dashboard(extracts, calendar, settings, month.month, options.months, by,
                        static_cast<unsigned>(global.threads));
  timings.lap("compute");
  dashboard.authority = options.authority;
  dashboard.suppression = suppression_rules(options.suppression);
  apply_suppression(dashboard);
  dashboard.provenance = make_provenance(global, calendar, std::move(calendar_files), extracts,
                                         period_label(month.month), month.rule);
  for (const Series& series : dashboard.indicators)
    for (date::year_month month : series.over_100)
      warn(global, fmt::format("{}: {} is over 100% ({}): check the extracts", series.info.id,
                               period_label(month), finding_over_100));
  if (xlsx) {
    std::vector<ShowReport> cases;
    if (options.cases)
      cases = build_family_cases(month.month, options.months, extracts, calendar, settings);
    write_dashboard_xlsx(dashboard, global.output, cases);
    timings.lap("render");
    timings.report();
    return 0;
  }
  if (html)
    write_report(global, render_dashboard_html(dashboard));
  else
    write_report(global, with_csv_provenance(global, format, *dashboard.provenance,
                                             render_dashboard(dashboard, format)));
  timings.lap("render");
  timings.report();
  return 0;
}

}  // namespace

Run setup_dashboard(OptionTable& command, const GlobalOptions& global) {
  auto options = std::make_shared<DashboardOptions>();
  add_extracts_argument(command, options->extracts);
  add_period_options(command, options->period);
  command.number({.name = "months",
                  .placeholder = "N",
                  .help = "the months shown, ending with the reporting month (default 12)"},
                 options->months, 1, max_months, "months");
  add_assessment_from_option(command, options->assessment_from);
  command.text({.name = "by",
                .placeholder = "team|worker",
                .help = "the reporting month with one column per team or worker (long form in "
                        "csv; by_group in json)",
                .choices = {"team", "worker"}},
               options->by);
  add_suppression_options(command, options->suppression);
  command.text({.name = "authority",
                .placeholder = "NAME",
                .help = "the local authority's name, for the report's heading"},
               options->authority);
  command.flag({.name = "cases",
                .help = "with --format xlsx: a Cases sheet of the case rows behind every "
                        "indicator for the months shown"},
               options->cases);
  return [options, &global]() { return run_dashboard(*options, global); };
}

}  // namespace kpi::cli
