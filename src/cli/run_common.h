// Steps shared by the commands that read extracts (dashboard, show, due, check)
// and the catalogue: their common arguments, reading extracts with their
// messages and reconciliation on stderr, settings from the config file, and
// month / date arguments.
#pragma once

#include "cli/options.h"
#include "kpi/dashboard.h"
#include "kpi/settings.h"
#include "kpi/suppression.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi::cli {

// The most months --months shows: ten years.
constexpr int max_months = 120;

// The EXTRACT... arguments, --assessment-from and --as-at, worded alike in
// every command.
void add_extracts_argument(OptionTable& command, std::vector<std::string>& extracts);
void add_assessment_from_option(OptionTable& command, std::string& assessment_from);
void add_as_at_option(OptionTable& command, std::string& as_at, std::string help);

// --suppress, --suppress-max and --low-base (dashboard, show): the
// publication rules of kpi/suppression.h.
struct SuppressionOptions {
  bool suppress = false;
  int max_count = 5;
  int low_base = 0;
};
void add_suppression_options(OptionTable& command, SuppressionOptions& options);
Suppression suppression_rules(const SuppressionOptions& options);

// The inputs the EXTRACT... arguments name ("path" or "kind=path"); UsageError
// when there are none or a kind is unknown.
std::vector<InputSpec> parse_inputs(const std::vector<std::string>& arguments);

// Reads the extracts named on the command line (UsageError when there are
// none), then warns each extract message (a few per file) and each file's
// reconciliation line.
Extracts load_and_report(const std::vector<std::string>& arguments, const GlobalOptions& global,
                         LoadTimings* timings = nullptr);

// The settings of the --config file (or the defaults), with the
// --assessment-from choice ("", "start" or "referral") over them.
Settings load_settings(const GlobalOptions& global, const std::string& assessment_from);

// "2017-11"; UsageError "--month: expected YYYY-MM ..., got '...'" otherwise.
date::year_month parse_month(const std::string& text);

// --month and --as-at, for the commands that report a period (dashboard, show).
struct PeriodOptions {
  std::string month;
  std::string as_at;
};
void add_period_options(OptionTable& command, PeriodOptions& options);
struct PeriodRequest {
  std::optional<date::year_month> month;
  std::optional<Date> as_at;  // the extract date, when the user gives it
};
// Checks the options before any file is read (UsageError).
PeriodRequest parse_period_options(const PeriodOptions& options);
// The reporting month (docs/usage.md, "The reporting period"): --month; else
// the latest month ending on or before --as-at; else the latest month every
// extract covers, said on stderr with the reason. A month wholly after or
// wholly before the data is an InputError naming the data's range, unless
// --allow-empty.
struct ReportingMonth {
  date::year_month month;
  std::string rule;  // how it was chosen, for the provenance
};
ReportingMonth reporting_month(const PeriodRequest& request, const Extracts& extracts,
                               const GlobalOptions& global);

// `text` in `format`, with the provenance's '#' lines first when it is CSV and
// --provenance was given (the other formats carry it themselves).
std::string with_csv_provenance(const GlobalOptions& global, Format format,
                                const Provenance& provenance, std::string text);

// The provenance of a report on `extracts` for `period` (chosen by `rule`).
Provenance make_provenance(const GlobalOptions& global, const Calendar& calendar,
                           std::vector<CalendarSource> calendar_files, const Extracts& extracts,
                           std::string period, std::string rule);

// A date from 1990 to 2100 in any format the extracts accept; UsageError
// naming `option` otherwise.
Date parse_date_option(const std::string& text, std::string_view option);

}  // namespace kpi::cli
