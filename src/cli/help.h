// The text of 'csc-kpi --help' and 'csc-kpi COMMAND --help', written from the
// table of commands and their option tables, so that help cannot forget an
// option. Pinned by tests/e2e/help.sh.
#pragma once

#include "cli/commands.h"
#include "cli/option_table.h"

#include <string>

namespace kpi::cli {

// The commands with one line each, and the options common to all (`common`
// holds them).
std::string main_help(const OptionTable& common);

// A command's usage, arguments, own options, the common options, examples.
std::string command_help(const Command& command, const OptionTable& table);

}  // namespace kpi::cli
