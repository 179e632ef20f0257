#include "cli/run_common.h"

#include "kpi/error.h"
#include "kpi/report.h"
#include "kpi/settings.h"

#include <fmt/format.h>

namespace kpi::cli {

void add_extracts_argument(CLI::App& command, std::vector<std::string>& extracts) {
  command.add_option("extracts", extracts,
                     "CSV extracts or folders of them (kind=FILE names a file's kind)")
      ->type_name("EXTRACT");
}

void add_month_option(CLI::App& command, std::string& month) {
  command.add_option("--month", month,
                     "reporting month (default: the latest complete month in the data)")
      ->type_name("YYYY-MM");
}

void add_assessment_from_option(CLI::App& command, std::string& assessment_from) {
  command.add_option("--assessment-from", assessment_from,
                     "assessment timescales from the assessment start (default) or the referral")
      ->type_name("start|referral");
}

std::vector<InputSpec> parse_inputs(const std::vector<std::string>& arguments) {
  if (arguments.empty())
    throw UsageError("no extracts given (expected CSV files or folders of them)");
  std::vector<InputSpec> inputs;
  for (const auto& argument : arguments) inputs.push_back(parse_input_spec(argument));
  return inputs;
}

Extracts load_and_report(const std::vector<std::string>& arguments, const GlobalOptions& global) {
  Extracts extracts = load_extracts(parse_inputs(arguments), make_load_options(global));
  for (const auto& line : message_lines(extracts.messages, extracts.files)) warn(global, line);
  for (const auto& line : reconciliation_lines(extracts.files)) inform(global, line);
  return extracts;
}

Settings load_settings(const GlobalOptions& global, const std::string& assessment_from) {
  Settings settings = global.config_file.empty() ? default_settings()
                                                 : read_settings(global.config_file);
  if (assessment_from == "referral")
    settings.assessment_from_referral = true;
  else if (assessment_from == "start")
    settings.assessment_from_referral = false;
  else if (!assessment_from.empty())
    throw UsageError(fmt::format("invalid --assessment-from '{}' (expected start or referral)",
                                 assessment_from));
  return settings;
}

date::year_month parse_month(const std::string& text) {
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
  throw UsageError(
      fmt::format("invalid --month '{}' (expected YYYY-MM from 1990-01 to 2100-12)", text));
}

Date parse_date_option(const std::string& text, std::string_view option) {
  auto day = parse_date(text);
  if (!day)
    throw UsageError(fmt::format("invalid {} '{}' (expected {})", option, text,
                                 date_formats_expected));
  return *day;
}

}  // namespace kpi::cli
