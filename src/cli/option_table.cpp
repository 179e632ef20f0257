#include "cli/option_table.h"

#include "kpi/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace kpi::cli {

std::string OptionSpec::config_key() const {
  std::string key = name;
  std::replace(key.begin(), key.end(), '-', '_');
  return key;
}

std::string check_choice(const std::string& value, const std::vector<std::string>& choices) {
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return "";
  std::string expected;
  for (std::size_t i = 0; i < choices.size(); ++i)
    expected += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  std::vector<std::string_view> candidates(choices.begin(), choices.end());
  std::string close = closest_name(value, candidates);
  return fmt::format("expected {}{}, got '{}'{}", choices.size() > 2 ? "one of " : "", expected,
                     value, close.empty() ? "" : fmt::format(" (did you mean '{}'?)", close));
}

namespace {

// CLI11 runs a check on the text before converting it; a message it returns
// becomes "--name: message".
CLI::Validator validator(Check check) {
  return CLI::Validator([check = std::move(check)](std::string& value) { return check(value); },
                        "");
}

std::string cli_names(const OptionSpec& spec) {
  return spec.short_name ? fmt::format("-{},--{}", spec.short_name, spec.name) : "--" + spec.name;
}

}  // namespace

OptionSpec& OptionTable::add(OptionSpec spec, ValueKind kind, CLI::Option* option) {
  spec.kind = kind;
  spec.common = common_;
  spec.option = option;
  if (!spec.choices.empty() && !spec.check) {
    spec.check = [choices = spec.choices](const std::string& value) {
      return check_choice(value, choices);
    };
  }
  if (spec.check) option->check(validator(spec.check));
  options_.push_back(std::move(spec));
  return options_.back();
}

void OptionTable::flag(OptionSpec spec, bool& target) {
  CLI::Option* option = app_.add_flag(cli_names(spec), target, spec.help);
  OptionSpec& added = add(std::move(spec), ValueKind::flag, option);
  added.set = [&target](const std::vector<std::string>& values) { target = values.at(0) == "true"; };
}

void OptionTable::text(OptionSpec spec, std::string& target, Check check) {
  CLI::Option* option = app_.add_option(cli_names(spec), target, spec.help);
  spec.check = std::move(check);
  OptionSpec& added = add(std::move(spec), ValueKind::text, option);
  added.set = [&target](const std::vector<std::string>& values) { target = values.at(0); };
}

void OptionTable::list(OptionSpec spec, std::vector<std::string>& target) {
  CLI::Option* option = app_.add_option(cli_names(spec), target, spec.help);
  // One value each time it is written (--closures a.csv --closures b.csv), so
  // that it does not swallow the extracts after it.
  option->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  OptionSpec& added = add(std::move(spec), ValueKind::list, option);
  added.set = [&target](const std::vector<std::string>& values) { target = values; };
}

void OptionTable::number(OptionSpec spec, int& target, int min, int max, std::string_view unit) {
  CLI::Option* option = app_.add_option(cli_names(spec), target, spec.help);
  spec.check = [min, max, unit = std::string(unit)](const std::string& value) -> std::string {
    int n = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (!value.empty() && error == std::errc() && end == value.data() + value.size() && n >= min &&
        n <= max)
      return "";
    return fmt::format("expected a whole number of {} from {} to {}, got '{}'", unit, min, max,
                       value);
  };
  OptionSpec& added = add(std::move(spec), ValueKind::number, option);
  added.set = [&target](const std::vector<std::string>& values) { target = std::stoi(values.at(0)); };
}

namespace {

// CLI11's name of a positional: its placeholder without spaces ("FROM_TO").
std::string positional_name(const PositionalSpec& spec) {
  std::string name = spec.placeholder;
  std::replace(name.begin(), name.end(), ' ', '_');
  return name;
}

}  // namespace

void OptionTable::positional(PositionalSpec spec, std::string& target, bool required) {
  CLI::Option* option = app_.add_option(positional_name(spec), target, spec.help);
  if (required) option->required();
  positionals_.push_back(std::move(spec));
}

void OptionTable::positionals(PositionalSpec spec, std::vector<std::string>& target, int max) {
  CLI::Option* option = app_.add_option(positional_name(spec), target, spec.help);
  if (max > 0) option->expected(0, max);
  positionals_.push_back(std::move(spec));
}

const OptionSpec* OptionTable::find(std::string_view name) const {
  for (const OptionSpec& spec : options_)
    if (spec.name == name) return &spec;
  return nullptr;
}

const OptionSpec* OptionTable::find_config_key(std::string_view key) const {
  for (const OptionSpec& spec : options_)
    if (spec.in_config && spec.config_key() == key) return &spec;
  return nullptr;
}

std::vector<std::string> option_names(const OptionTable& table) {
  std::vector<std::string> names;
  for (const OptionSpec& spec : table.options()) names.push_back("--" + spec.name);
  names.push_back("--help");
  return names;
}

}  // namespace kpi::cli
