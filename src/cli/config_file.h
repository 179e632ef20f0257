// The --config file: TOML 1.0, read by toml++. It holds, in one reviewed file,
// what a local authority sets on every run:
//
//   division = "scotland"        top-level keys: the common options, and an
//                                option of any command (applied to the commands
//                                that have it: assessment_from = "referral")
//   [dashboard]  months = 13     a command's options, for that command only
//   [targets]    id = 90         an indicator's target, or "none" to drop one
//   [amber]      id = 5          the amber margin around that target
//   [timescales] cp_visit_days   every timescale of kpi::Settings
//
// The command line wins over a command's section, which wins over the top
// level. Every key is checked, on every run: an unknown section or key, a
// wrong type or a bad value is a UsageError "file:line:col: key: ..." with
// "did you mean" where a name is close. File names are relative to the config
// file's folder. Documented in docs/usage.md, "The config file".
#pragma once

#include "cli/option_table.h"
#include "kpi/settings.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::cli {

// A command's option table, by the command's name: what a section may hold.
struct CommandOptions {
  std::string_view command;
  const OptionTable* table;
};

class ConfigFile {
 public:
  // Reads and parses `path`. UsageError when it cannot be read, is not text
  // (a binary file given by mistake), or is not TOML ("path:line:col: ...").
  static ConfigFile read(const std::string& path);
  // Parses `text` as if read from the file `name` (for tests).
  static ConfigFile parse(std::string_view text, const std::string& name);

  const std::string& name() const { return name_; }

  // Checks every key outside [targets], [amber] and [timescales] against
  // `all` (every command's options), then sets the options of `command` that
  // its command line left unset.
  void apply_options(std::string_view command, const std::vector<CommandOptions>& all) const;

  // default_settings() with [targets], [amber] and [timescales] over them;
  // `indicator_ids` are the ids the first two may name. (config_settings.cpp)
  Settings settings(const std::vector<std::string>& indicator_ids) const;

  struct Document;  // the parsed TOML (config_toml.h)

 private:
  std::string name_;
  std::shared_ptr<const Document> document_;
};

}  // namespace kpi::cli
