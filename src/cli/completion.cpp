// `csc-kpi completion bash` prints a bash completion script written from the
// table of commands and their options, so that it knows every command, every
// option of each, the values of the options that take a few (--division,
// --format, --by, ...), file names where a file is wanted, and the indicator
// ids after `show`.
#include "cli/command_line.h"
#include "cli/commands.h"
#include "kpi/dashboard.h"
#include "kpi/error.h"
#include "kpi/indicator.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <set>

namespace kpi::cli {

namespace {

// The words after `show`: every id of the catalogue and every family name.
std::string indicator_words() {
  std::set<std::string> words;
  for (const IndicatorInfo& info : indicator_catalogue(default_settings())) {
    words.insert(info.id);
    words.insert(info.id.substr(0, info.id.find('.')));
  }
  return fmt::format("{}", fmt::join(words, " "));
}

std::string option_words(const OptionTable& table) {
  std::vector<std::string> words = option_names(table);
  for (const OptionSpec& spec : table.options())
    if (spec.short_name) words.push_back(std::string{'-', spec.short_name});
  return fmt::format("{}", fmt::join(words, " "));
}

// `case "$command $prev" in` arms: what follows an option that takes a value.
std::string value_arms(std::string_view command, const OptionTable& table) {
  std::string out;
  for (const OptionSpec& spec : table.options()) {
    if (spec.kind == ValueKind::flag) continue;
    std::string pattern = fmt::format("\"{} --{}\"", command, spec.name);
    if (spec.short_name) pattern += fmt::format("|\"{} -{}\"", command, spec.short_name);
    std::string action;
    if (!spec.choices.empty())
      action = fmt::format("COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))",
                           fmt::join(spec.choices, " "));
    else if (spec.path != PathRole::none || spec.name == "config")
      action = "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))";
    else
      action = "COMPREPLY=()";  // a date or a number: nothing to offer
    out += fmt::format("    {}) {}; return ;;\n", pattern, action);
  }
  return out;
}

std::string bash_script() {
  auto built = build_all_commands();
  std::vector<std::string_view> names;
  for (const Command& command : commands()) names.push_back(command.name);
  std::string options_by_command, value_cases;
  for (const auto& each : built) {
    options_by_command += fmt::format("    {}) options=\"{}\" ;;\n", each->command.name,
                                      option_words(each->table));
    value_cases += value_arms(each->command.name, each->table);
  }
  CommonOptions common;
  return fmt::format(R"(# bash completion for csc-kpi, written by 'csc-kpi completion bash'.
# Install: csc-kpi completion bash > ~/.local/share/bash-completion/completions/csc-kpi
_csc_kpi() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
  local command="" options="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${{COMP_WORDS[i]}}" in
      {commands_pattern}) command=${{COMP_WORDS[i]}}; break ;;
    esac
  done
  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "{common} --version" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "{commands}" -- "$cur"))
    fi
    return
  fi
  case "$command $prev" in
{value_cases}  esac
  case "$command" in
{options_by_command}  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ $command == show && $prev == show ]]; then
    COMPREPLY=($(compgen -W "{ids}" -- "$cur"))
  elif [[ $command == completion ]]; then
    COMPREPLY=($(compgen -W "bash" -- "$cur"))
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -F _csc_kpi csc-kpi
)",
                     fmt::arg("commands_pattern", fmt::join(names, "|")),
                     fmt::arg("common", option_words(common.table)),
                     fmt::arg("commands", fmt::join(names, " ")),
                     fmt::arg("value_cases", value_cases),
                     fmt::arg("options_by_command", options_by_command),
                     fmt::arg("ids", indicator_words()));
}

}  // namespace

Run setup_completion(OptionTable& command, const GlobalOptions& global) {
  auto shell = std::make_shared<std::string>();
  command.positional({.placeholder = "SHELL", .help = "the shell: bash"}, *shell, true);
  return [shell, &global]() {
    if (*shell != "bash")
      throw UsageError(fmt::format("completion: expected the shell bash, got '{}'", *shell));
    write_report(global, bash_script());
    return 0;
  };
}

}  // namespace kpi::cli
