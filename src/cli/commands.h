// The table of commands. The command line (src/cli/command_line.cpp) is built
// from it; so are "unknown command 'x', did you mean 'y'?", the help
// (src/cli/help.cpp) and the bash completion. One file per command implements
// its setup function: it adds the command's own options to the table and
// returns the function that runs it (returning the exit code).
#pragma once

#include "cli/option_table.h"
#include "cli/options.h"

#include <functional>
#include <span>
#include <string_view>

namespace kpi::cli {

using Run = std::function<int()>;
using Setup = Run (*)(OptionTable& command, const GlobalOptions& global);

struct Command {
  std::string_view name;
  std::string_view summary;                     // one line, in 'csc-kpi --help'
  std::string_view arguments;                   // the usage after the name: "ID EXTRACT..."
  std::span<const std::string_view> examples;   // real command lines, ending its --help
  Setup setup;
};

Run setup_dashboard(OptionTable& command, const GlobalOptions& global);
Run setup_show(OptionTable& command, const GlobalOptions& global);
Run setup_due(OptionTable& command, const GlobalOptions& global);
Run setup_check(OptionTable& command, const GlobalOptions& global);
Run setup_indicators(OptionTable& command, const GlobalOptions& global);
Run setup_workdays(OptionTable& command, const GlobalOptions& global);
Run setup_holidays(OptionTable& command, const GlobalOptions& global);
Run setup_completion(OptionTable& command, const GlobalOptions& global);

std::span<const Command> commands();
const Command* find_command(std::string_view name);

}  // namespace kpi::cli
