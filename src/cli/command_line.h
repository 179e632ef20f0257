// From argv to a command ready to run: find the command (common options may
// come before its name), parse its options with CLI11, answer --help and
// --version, refuse unknown options with a suggestion, and fill what the
// command line left unset from the --config file.
#pragma once

#include "cli/commands.h"

#include <memory>
#include <string>
#include <vector>

namespace kpi::cli {

// One command with its parser, its options and their values.
struct BuiltCommand {
  explicit BuiltCommand(const Command& command);

  const Command& command;
  CLI::App app;
  GlobalOptions global;
  OptionTable table{app};
  Run run;
};

// Every command, built (for the config file's sections and the completion).
std::vector<std::unique_ptr<BuiltCommand>> build_all_commands();

// The options every command takes, on a parser of their own (for the main help).
struct CommonOptions {
  CommonOptions();
  CLI::App app;
  GlobalOptions global;
  OptionTable table{app};
};

// Runs the command line `args` (argv without the program name): prints help
// or the version, or runs the command. Returns the exit code; throws
// UsageError (exit 2) or InputError (exit 1) with the message to print.
int run_command_line(const std::vector<std::string>& args);

}  // namespace kpi::cli
