// The table of subcommands. main() builds the command line from it, and
// "unknown command 'x', did you mean 'y'?" reads it. One file per subcommand
// implements its setup function: it adds the subcommand's own options and
// returns the function that runs it (returning the exit code).
#pragma once

#include "cli/options.h"

#include <functional>
#include <span>
#include <string_view>

namespace kpi::cli {

using Run = std::function<int()>;
using Setup = Run (*)(CLI::App& command, const GlobalOptions& global);

struct Command {
  std::string_view name;
  std::string_view description;
  Setup setup;
};

Run setup_dashboard(CLI::App& command, const GlobalOptions& global);
Run setup_show(CLI::App& command, const GlobalOptions& global);
Run setup_due(CLI::App& command, const GlobalOptions& global);
Run setup_check(CLI::App& command, const GlobalOptions& global);
Run setup_indicators(CLI::App& command, const GlobalOptions& global);
Run setup_workdays(CLI::App& command, const GlobalOptions& global);
Run setup_holidays(CLI::App& command, const GlobalOptions& global);

std::span<const Command> commands();

}  // namespace kpi::cli
