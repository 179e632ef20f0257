#include "cli/run_common.h"

#include "kpi/error.h"
#include "kpi/report.h"
#include "kpi/settings.h"
#include "kpi/version.h"
#include "report/provenance_render.h"

#include <fmt/format.h>

namespace kpi::cli {

void add_extracts_argument(OptionTable& command, std::vector<std::string>& extracts) {
  command.positionals({.placeholder = "EXTRACT",
                       .help = "CSV extracts, or folders of them; kind=FILE names a file's kind "
                               "(assessments=List_4.csv)",
                       .repeated = true},
                      extracts);
}

void add_assessment_from_option(OptionTable& command, std::string& assessment_from) {
  command.text({.name = "assessment-from",
                .placeholder = "start|referral",
                .help = "count assessment timescales from the assessment's start (default) or "
                        "the referral",
                .choices = {"start", "referral"}},
               assessment_from);
}

void add_suppression_options(OptionTable& command, SuppressionOptions& options) {
  command.flag({.name = "suppress",
                .help = "for publication: counts from 1 to 5, and percentages whose numerator or "
                        "denominator is one, are shown as [c] (no RAG, no trend)"},
               options.suppress);
  command.number({.name = "suppress-max",
                  .placeholder = "N",
                  .help = "with --suppress: counts from 1 to N are suppressed (default 5)"},
                 options.max_count, 1, 1000, "cases");
  command.number({.name = "low-base",
                  .placeholder = "N",
                  .help = "without --suppress: mark a percentage of fewer than N cases [low] "
                          "(default 0: no marker)"},
                 options.low_base, 0, 100000, "cases");
}

Suppression suppression_rules(const SuppressionOptions& options) {
  return {options.suppress, options.max_count, options.low_base};
}

std::vector<InputSpec> parse_inputs(const std::vector<std::string>& arguments) {
  if (arguments.empty())
    throw UsageError("no extracts given (expected CSV, census XML or workbook files, or folders of them)");
  std::vector<InputSpec> inputs;
  for (const auto& argument : arguments) inputs.push_back(parse_input_spec(argument));
  return inputs;
}

Extracts load_and_report(const std::vector<std::string>& arguments, const GlobalOptions& global,
                         LoadTimings* timings) {
  LoadOptions load = make_load_options(global);
  load.timings = timings;
  Extracts extracts = load_extracts(parse_inputs(arguments), load);
  for (const auto& line : message_lines(extracts.messages, extracts.files)) warn(global, line);
  for (const auto& line : reconciliation_lines(extracts.files)) inform(global, line);
  return extracts;
}

Settings load_settings(const GlobalOptions& global, const std::string& assessment_from) {
  Settings settings = global.settings ? *global.settings : default_settings();
  // Checked by the option: "", start or referral.
  if (!assessment_from.empty()) settings.assessment_from_referral = assessment_from == "referral";
  return settings;
}

namespace {

constexpr std::string_view month_expected = "YYYY-MM from 1990-01 to 2100-12";

std::optional<date::year_month> month_from(const std::string& text) {
  auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  if (text.size() == 7 && text[4] == '-' && digits(0, 4) && digits(5, 2)) {
    int year = std::stoi(text.substr(0, 4));
    unsigned month = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    if (month >= 1 && month <= 12 && year >= 1990 && year <= 2100)
      return date::year(year) / date::month(month);
  }
  return std::nullopt;
}

std::string check_month(const std::string& text) {
  return month_from(text) ? "" : fmt::format("expected {}, got '{}'", month_expected, text);
}

std::string check_date(const std::string& text) {
  auto day = parse_date(text);
  if (!day) return fmt::format("expected a date ({}), got '{}'", date_formats_expected, text);
  if (!Calendar::in_range(*day))
    return fmt::format("expected a date from 1990 to 2100, got '{}'", text);
  return "";
}

}  // namespace

date::year_month parse_month(const std::string& text) {
  if (auto month = month_from(text)) return *month;
  throw UsageError(fmt::format("--month: {}", check_month(text)));
}

void add_as_at_option(OptionTable& command, std::string& as_at, std::string help) {
  command.text({.name = "as-at", .placeholder = "DATE", .help = std::move(help)}, as_at,
               check_date);
}

Date parse_date_option(const std::string& text, std::string_view option) {
  if (std::string problem = check_date(text); !problem.empty())
    throw UsageError(fmt::format("{}: {}", option, problem));
  return *parse_date(text);
}

void add_period_options(OptionTable& command, PeriodOptions& options) {
  command.text({.name = "month",
                .placeholder = "YYYY-MM",
                .help = "the reporting month (default: the latest month every extract covers)"},
               options.month, check_month);
  add_as_at_option(command, options.as_at,
                   "the extract date: report the latest month ending by it (default: from the "
                   "extracts' coverage)");
}

PeriodRequest parse_period_options(const PeriodOptions& options) {
  PeriodRequest request;
  if (!options.month.empty()) request.month = parse_month(options.month);
  if (!options.as_at.empty()) request.as_at = parse_date_option(options.as_at, "--as-at");
  if (request.month && request.as_at)
    throw UsageError("give --month or --as-at, not both (--month reports that month; --as-at "
                     "reports the latest month ending by the extract date)");
  return request;
}

namespace {

date::year_month month_of(Date day) {
  date::year_month_day ymd{day};
  return {ymd.year(), ymd.month()};
}

// The latest month whose last day is on or before `day`.
date::year_month month_ending_by(Date day) {
  date::year_month month = month_of(day);
  return day == date::sys_days{month / date::last} ? month : month - date::months{1};
}

// Why the coverage ends where it does: the kinds that stop before the extract date.
std::string early_kinds(const Coverage& coverage) {
  std::string out;
  for (int k = 0; k < kind_count; ++k)
    if (const auto& kind = coverage.kinds[k]; kind && kind->end < *coverage.extract_date)
      out += fmt::format("{}{} end {}", out.empty() ? "" : ", ", kind_name(static_cast<Kind>(k)),
                         format_date(kind->end));
  return out;
}

}  // namespace

ReportingMonth reporting_month(const PeriodRequest& request, const Extracts& extracts,
                               const GlobalOptions& global) {
  const Coverage& coverage = extracts.coverage;
  date::year_month month;
  std::string rule;
  if (request.month) {
    month = *request.month;
    rule = "given with --month";
  } else if (request.as_at) {
    month = month_ending_by(*request.as_at);
    rule = fmt::format("the latest month ending by --as-at {}", format_date(*request.as_at));
  } else {
    auto covered = coverage.latest_covered_month();
    if (!covered) throw InputError("the extracts hold no dated rows to report on (give --month YYYY-MM)");
    month = *covered;
    std::string early = early_kinds(coverage);
    rule = early.empty() ? fmt::format("the latest month the extracts cover (extract date {})",
                                       format_date(*coverage.extract_date))
                         : fmt::format("the latest month every extract covers (extract date {}; {})",
                                       format_date(*coverage.extract_date), early);
    inform(global, fmt::format("reporting month {}: {}", period_label(month), rule));
  }
  if (coverage.extract_date && !global.allow_empty) {
    const Date first = date::sys_days{month / 1};
    const Date last = date::sys_days{month / date::last};
    const Date data_start = *coverage.start();
    const Date data_end = *coverage.extract_date;
    if (first > data_end || last < data_start)
      throw InputError(fmt::format(
          "the reporting month {} is wholly {} the data, which runs from {} to {} (give "
          "--allow-empty to report it anyway)",
          period_label(month), first > data_end ? "after" : "before", format_date(data_start),
          format_date(data_end)));
  }
  return {month, rule};
}

std::string with_csv_provenance(const GlobalOptions& global, Format format,
                                const Provenance& provenance, std::string text) {
  if (format != Format::csv || !global.provenance) return text;
  return report::provenance_comments(provenance) + text;
}

Provenance make_provenance(const GlobalOptions& global, const Calendar& calendar,
                           std::vector<CalendarSource> calendar_files, const Extracts& extracts,
                           std::string period, std::string rule) {
  Provenance p;
  p.version = version_line();
  p.period = std::move(period);
  p.period_rule = std::move(rule);
  p.division = calendar.division();
  p.counting = calendar.counting();
  p.calendar_files = std::move(calendar_files);
  p.config_file = global.config_file;
  p.extract_date = extracts.coverage.extract_date;
  p.extracts = extracts.files;
  return p;
}

}  // namespace kpi::cli
