#include "cli/help.h"

#include <fmt/format.h>

namespace kpi::cli {

namespace {

constexpr std::size_t description_column = 28;
constexpr std::size_t width = 100;

// "  label    text", the text wrapped at `width` and indented under itself; a
// label too long for its column puts the text on the next line.
std::string entry(std::string_view label, std::string_view text) {
  std::string out = fmt::format("  {}", label);
  if (out.size() + 2 > description_column) {
    out += '\n';
    out.append(description_column, ' ');
  } else {
    out.append(description_column - out.size(), ' ');
  }
  std::size_t line = description_column;
  bool first = true;
  while (!text.empty()) {
    std::size_t space = text.find(' ');
    std::string_view word = text.substr(0, space);
    if (!first && line + 1 + word.size() > width) {
      out += '\n';
      out.append(description_column, ' ');
      line = description_column;
      first = true;
    }
    if (!first) {
      out += ' ';
      ++line;
    }
    out += word;
    line += word.size();
    first = false;
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
  }
  return out + '\n';
}

std::string option_label(const OptionSpec& spec) {
  std::string label = spec.short_name ? fmt::format("-{}, --{}", spec.short_name, spec.name)
                                      : "--" + spec.name;
  if (!spec.placeholder.empty()) label += " " + spec.placeholder;
  return label;
}

std::string options_section(std::string_view heading, const OptionTable& table, bool common) {
  std::string out = fmt::format("\n{}:\n", heading);
  for (const OptionSpec& spec : table.options())
    if (spec.common == common) out += entry(option_label(spec), spec.help);
  return out;
}

constexpr std::string_view help_line = "print this help and exit";
constexpr std::string_view common_heading =
    "Common options (every command takes them, before or after its name)";

}  // namespace

std::string main_help(const OptionTable& common) {
  std::string out =
      "csc-kpi: children's social care performance indicators, counted in working days\n\n"
      "Usage: csc-kpi COMMAND [ARGUMENTS] [OPTIONS]\n\nCommands:\n";
  for (const Command& command : commands()) out += entry(command.name, command.summary);
  out += options_section(common_heading, common, true);
  out += entry("-h, --help", "print this help, or a command's: csc-kpi COMMAND --help");
  out += entry("--version", "print the version and the commit it was built from");
  out +=
      "\nExamples:\n"
      "  csc-kpi dashboard samples/\n"
      "  csc-kpi show assessments_45wd samples/ --cases\n"
      "  csc-kpi workdays 2024-12-20 2025-01-06\n"
      "\nEvery option and the config file: docs/usage.md.\n";
  return out;
}

std::string command_help(const Command& command, const OptionTable& table) {
  std::string out = fmt::format("csc-kpi {}: {}\n\nUsage: csc-kpi {}{}{} [OPTIONS]\n", command.name,
                                command.summary, command.name,
                                command.arguments.empty() ? "" : " ", command.arguments);
  if (!table.positional_specs().empty()) {
    out += "\nArguments:\n";
    for (const PositionalSpec& spec : table.positional_specs())
      out += entry(spec.repeated ? spec.placeholder + "..." : spec.placeholder, spec.help);
  }
  bool own = false;
  for (const OptionSpec& spec : table.options()) own = own || !spec.common;
  if (own) out += options_section("Options", table, false);
  out += options_section(common_heading, table, true);
  out += entry("-h, --help", help_line);
  out += "\nExamples:\n";
  for (std::string_view example : command.examples)
    if (!example.empty()) out += fmt::format("  {}\n", example);
  return out;
}

}  // namespace kpi::cli
