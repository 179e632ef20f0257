#include "cli/command_line.h"

#include "cli/config_file.h"
#include "cli/help.h"
#include "kpi/dashboard.h"
#include "kpi/error.h"
#include "kpi/indicator.h"
#include "kpi/suggest.h"
#include "kpi/version.h"

#include <fmt/format.h>

#include <algorithm>

namespace kpi::cli {

BuiltCommand::BuiltCommand(const Command& command)
    : command(command), app(std::string(command.summary), "csc-kpi " + std::string(command.name)) {
  app.allow_extras();  // unknown options are refused below, with a suggestion
  add_common_options(table, global);
  run = command.setup(table, global);
}

std::vector<std::unique_ptr<BuiltCommand>> build_all_commands() {
  std::vector<std::unique_ptr<BuiltCommand>> built;
  for (const Command& command : commands()) built.push_back(std::make_unique<BuiltCommand>(command));
  return built;
}

CommonOptions::CommonOptions() { add_common_options(table, global); }

namespace {

std::string see_help(std::string_view command) {
  return command.empty() ? "(see 'csc-kpi --help')"
                         : fmt::format("(see 'csc-kpi {} --help')", command);
}

std::string closest_option(std::string_view typed, const std::vector<std::string>& names) {
  std::string_view name = typed.substr(0, typed.find('='));
  std::vector<std::string_view> candidates(names.begin(), names.end());
  return did_you_mean(name, candidates);
}

// The command's name and its arguments, with the common options written before
// the name moved after it ("csc-kpi --division scotland dashboard x/").
struct Split {
  const Command* command = nullptr;  // nullptr: --help before any command
  std::vector<std::string> args;
};

Split split_command(const std::vector<std::string>& args, const OptionTable& common) {
  std::vector<std::string> leading;
  std::size_t i = 0;
  while (i < args.size() && args[i].size() > 1 && args[i][0] == '-') {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") return {};
    std::string_view name = std::string_view(arg).substr(0, arg.find('='));
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& option : common.options())
      if (name == "--" + option.name || (option.short_name && name == std::string{'-', option.short_name}))
        spec = &option;
    if (spec == nullptr)
      throw UsageError(fmt::format("unknown option '{}'{} {}", arg,
                                   closest_option(arg, option_names(common)), see_help("")));
    leading.push_back(arg);
    ++i;
    if (spec->kind != ValueKind::flag && arg.find('=') == std::string::npos && i < args.size())
      leading.push_back(args[i++]);
  }
  if (i == args.size()) throw UsageError(fmt::format("no command given {}", see_help("")));
  Split split;
  split.command = find_command(args[i]);
  if (split.command == nullptr) {
    std::vector<std::string_view> names;
    for (const Command& command : commands()) names.push_back(command.name);
    throw UsageError(fmt::format("unknown command '{}'{} {}", args[i],
                                 did_you_mean(args[i], names), see_help("")));
  }
  split.args.assign(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
  split.args.insert(split.args.end(), leading.begin(), leading.end());
  return split;
}

// What CLI11 left over: an unknown option, or an argument too many.
void refuse_extras(const BuiltCommand& built) {
  std::vector<std::string> extras = built.app.remaining();
  if (extras.empty()) return;
  const std::string& first = extras.front();
  std::string_view name = built.command.name;
  if (first.size() > 1 && first[0] == '-')
    throw UsageError(fmt::format("unknown option '{}'{} {}", first,
                                 closest_option(first, option_names(built.table)), see_help(name)));
  throw UsageError(fmt::format("unexpected argument '{}' {}", first, see_help(name)));
}

// The config file's options (every section checked), and its indicator settings.
void apply_config(BuiltCommand& built) {
  ConfigFile config = ConfigFile::read(built.global.config_file);
  auto all = build_all_commands();
  std::vector<CommandOptions> tables;
  for (const auto& each : all)
    tables.push_back({each->command.name, each->command.name == built.command.name
                                              ? &built.table
                                              : &each->table});
  config.apply_options(built.command.name, tables);
  std::vector<std::string> ids;
  for (const IndicatorInfo& info : indicator_catalogue(default_settings())) ids.push_back(info.id);
  built.global.settings = config.settings(ids);
}

}  // namespace

int run_command_line(const std::vector<std::string>& args) {
  CommonOptions common;
  if (args.empty()) {  // nothing asked: show what can be asked
    fmt::print(stderr, "{}", main_help(common.table));
    return 2;
  }
  if (std::find(args.begin(), args.end(), "--version") != args.end()) {
    fmt::print("{}\n", version_line());
    return 0;
  }
  Split split = split_command(args, common.table);
  if (split.command == nullptr) {
    fmt::print("{}", main_help(common.table));
    return 0;
  }
  BuiltCommand built(*split.command);
  std::vector<std::string> reversed(split.args.rbegin(), split.args.rend());  // CLI11's order
  try {
    built.app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    fmt::print("{}", command_help(built.command, built.table));
    return 0;
  } catch (const CLI::ValidationError& e) {
    throw UsageError(e.what());  // "--months: expected ..., got 'abc'" says it all
  } catch (const CLI::ParseError& e) {
    throw UsageError(fmt::format("{} {}", e.what(), see_help(built.command.name)));
  }
  refuse_extras(built);
  if (!built.global.config_file.empty()) apply_config(built);
  return built.run();
}

}  // namespace kpi::cli
