// Every option of a command, described once. CLI11 parses it from the command
// line; the config file sets it by the same name (src/cli/config_file.cpp); the
// help lists it (src/cli/help.cpp) and the bash completion offers it
// (src/cli/completion.cpp). The same check judges a value from either place,
// so a bad value reads alike: "--months: expected a whole number of months
// from 1 to 120, got 'abc'".
#pragma once

#include <CLI/CLI.hpp>

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::cli {

enum class ValueKind { flag, text, list, number };

// A file named by an option: in the config file it is relative to the config
// file's folder, and an input must exist when the config names it.
enum class PathRole { none, input, output };

// "" when the value is good; else what was expected and what was given
// ("expected YYYY-MM, got '2017/11'").
using Check = std::function<std::string(const std::string& value)>;

struct OptionSpec {
  std::string name{};                // "months": --months, and months in the config file
  std::string placeholder{};         // "N", "YYYY-MM"; "" for a flag
  std::string help{};
  char short_name = 0;               // 'o' for -o
  std::vector<std::string> choices{};  // the values it takes, when they are few
  PathRole path = PathRole::none;
  bool in_config = true;             // may be set in the config file
  // Filled in by OptionTable:
  ValueKind kind = ValueKind::text;
  bool common = false;               // one of the options every command takes
  Check check{};                     // empty: any value
  std::function<void(const std::vector<std::string>&)> set{};  // sets the target from values
  CLI::Option* option = nullptr;

  bool given() const { return option != nullptr && option->count() > 0; }
  // Its name in the config file: underscores for dashes.
  std::string config_key() const;
};

struct PositionalSpec {
  std::string placeholder{};  // "EXTRACT", "ID", "FROM TO"
  std::string help{};
  bool repeated = false;    // shown as EXTRACT...
};

class OptionTable {
 public:
  explicit OptionTable(CLI::App& app) : app_(app) {}

  // Options added while `common` is on are the options every command takes
  // (shown under "Common options" in help).
  void set_common(bool common) { common_ = common; }

  void flag(OptionSpec spec, bool& target);
  // With choices, the value must be one of them; `check` judges it otherwise.
  void text(OptionSpec spec, std::string& target, Check check = {});
  void list(OptionSpec spec, std::vector<std::string>& target);
  // A whole number from `min` to `max`; `unit` names what it counts in
  // messages ("months", "working days").
  void number(OptionSpec spec, int& target, int min, int max, std::string_view unit);

  void positional(PositionalSpec spec, std::string& target, bool required);
  void positionals(PositionalSpec spec, std::vector<std::string>& target, int max = -1);

  CLI::App& app() { return app_; }
  const std::deque<OptionSpec>& options() const { return options_; }
  const std::vector<PositionalSpec>& positional_specs() const { return positionals_; }
  const OptionSpec* find(std::string_view name) const;
  const OptionSpec* find_config_key(std::string_view key) const;

 private:
  OptionSpec& add(OptionSpec spec, ValueKind kind, CLI::Option* option);

  CLI::App& app_;
  bool common_ = false;
  std::deque<OptionSpec> options_;  // a deque: the specs' addresses stay put
  std::vector<PositionalSpec> positionals_;
};

// "expected one of a, b or c, got 'x'" with "did you mean" when one is close;
// "" when `value` is a choice.
std::string check_choice(const std::string& value, const std::vector<std::string>& choices);

// The option names of `table` ("--month"), for "did you mean".
std::vector<std::string> option_names(const OptionTable& table);

}  // namespace kpi::cli
