// Reading the --config file and the options it sets (the API and the rules are
// in config_file.h; the indicator settings are read by config_settings.cpp).
#include "cli/config_file.h"

#include "cli/config_toml.h"
#include "core/utf8.h"
#include "kpi/error.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kpi::cli {

void config_error(const std::string& file, const toml::source_region& where,
                  const std::string& message) {
  throw UsageError(
      fmt::format("{}:{}:{}: {}", file, where.begin.line, where.begin.column, message));
}

std::string describe(const toml::node& node) {
  if (auto text = node.value_exact<std::string>()) return fmt::format("a string (\"{}\")", *text);
  if (auto number = node.value_exact<int64_t>()) return fmt::format("a number ({})", *number);
  if (auto number = node.value_exact<double>()) return fmt::format("a number ({})", *number);
  if (auto flag = node.value_exact<bool>()) return *flag ? "true" : "false";
  if (node.is_array()) return "a list";
  if (node.is_table()) return "a table";
  return "a date or time";
}

namespace {

// A config file is short text: a binary file named by mistake (--config
// /bin/ls) is refused before its bytes could reach a message.
void require_text(const std::string& path, std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t length = bytes[i] == '\0' ? 0 : utf8::sequence_length(bytes.substr(i));
    if (length == 0)
      throw UsageError(fmt::format(
          "{}: not a config file: it is not text (a TOML file is UTF-8 text)", path));
    i += length;
  }
}

bool is_settings_section(std::string_view key) {
  return std::find(std::begin(settings_sections), std::end(settings_sections), key) !=
         std::end(settings_sections);
}

// ", did you mean '[dashboard]'?" or "".
std::string suggest_section(std::string_view typed, const std::vector<std::string_view>& names) {
  std::string close = closest_name(typed, names);
  return close.empty() ? "" : fmt::format(", did you mean '[{}]'?", close);
}

const CommandOptions* find_command(const std::vector<CommandOptions>& all, std::string_view name) {
  for (const CommandOptions& command : all)
    if (command.command == name) return &command;
  return nullptr;
}

// One option's value in the file, checked and ready for OptionSpec::set.
class OptionValue {
 public:
  OptionValue(const ConfigFile& file, const OptionSpec& spec, const toml::node& node,
              std::string full_key)
      : file_(file), spec_(spec), node_(node), key_(std::move(full_key)) {}

  std::vector<std::string> values() const {
    std::vector<std::string> out;
    switch (spec_.kind) {
      case ValueKind::flag:
        if (auto flag = node_.value_exact<bool>()) return {*flag ? "true" : "false"};
        fail("expected true or false");
      case ValueKind::number:
        if (auto number = node_.value_exact<int64_t>()) {
          out.push_back(std::to_string(*number));
          break;
        }
        fail("expected a whole number");
      case ValueKind::text:
        if (auto text = node_.value_exact<std::string>()) {
          out.push_back(*text);
          break;
        }
        fail("expected a string in quotes");
      case ValueKind::list:
        if (auto text = node_.value_exact<std::string>()) {
          out.push_back(*text);
        } else if (const toml::array* list = node_.as_array()) {
          for (const toml::node& item : *list) {
            auto text = item.value_exact<std::string>();
            if (!text) fail("expected a string in quotes, or a list of them");
            out.push_back(*text);
          }
        } else {
          fail("expected a string in quotes, or a list of them");
        }
        break;
    }
    for (std::string& value : out) {
      if (spec_.check)
        if (std::string problem = spec_.check(value); !problem.empty())
          file_error(fmt::format("{}: {}", key_, problem));
      if (spec_.path != PathRole::none) value = relative_to_config(value);
    }
    return out;
  }

 private:
  [[noreturn]] void fail(std::string_view expected) const {
    file_error(fmt::format("{}: {}, got {}", key_, expected, describe(node_)));
  }
  [[noreturn]] void file_error(const std::string& message) const {
    config_error(file_.name(), node_.source(), message);
  }

  // A file named in the config is found from the config file's folder; an
  // input must be readable now, so that the message can point at this line.
  std::string relative_to_config(const std::string& value) const {
    namespace fs = std::filesystem;
    std::string path = value;
    if (value != "-" && fs::path(value).is_relative())
      path = (fs::path(file_.name()).parent_path() / value).lexically_normal().string();
    if (spec_.path == PathRole::input) {
      std::ifstream in(path, std::ios::binary);
      if (!in)
        file_error(fmt::format("{}: cannot read '{}' ({})", key_, path, errno_text(errno)));
    }
    return path;
  }

  const ConfigFile& file_;
  const OptionSpec& spec_;
  const toml::node& node_;
  std::string key_;
};

}  // namespace

ConfigFile ConfigFile::parse(std::string_view text, const std::string& name) {
  require_text(name, text);
  ConfigFile file;
  file.name_ = name;
  try {
    file.document_ = std::make_shared<Document>(Document{toml::parse(text, name)});
  } catch (const toml::parse_error& e) {
    config_error(name, e.source(), std::string(e.description()));
  }
  return file;
}

ConfigFile ConfigFile::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::error_code error;
  if (std::filesystem::is_directory(path, error))
    throw UsageError(fmt::format("--config: '{}' is a folder, not a file", path));
  if (!in)
    throw UsageError(fmt::format("--config: cannot read '{}' ({})", path, errno_text(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path);
}

void ConfigFile::apply_options(std::string_view command,
                               const std::vector<CommandOptions>& all) const {
  const CommandOptions* current = find_command(all, command);
  std::vector<std::string_view> section_names(std::begin(settings_sections),
                                              std::end(settings_sections));
  for (const CommandOptions& each : all) section_names.push_back(each.command);

  // The top level: an option every command takes, or one some command has.
  std::vector<std::pair<const OptionSpec*, const toml::node*>> top_level, own_section;
  for (auto&& [key, node] : document_->table) {
    std::string_view name = key.str();
    if (node.is_table()) {
      if (is_settings_section(name)) continue;
      const CommandOptions* section = find_command(all, name);
      if (section == nullptr)
        config_error(name_, key.source(),
                     fmt::format("unknown section '[{}]'{}", name, suggest_section(name, section_names)));
      for (auto&& [option_key, value] : *node.as_table()) {
        std::string full = fmt::format("{}.{}", name, option_key.str());
        const OptionSpec* spec = section->table->find_config_key(option_key.str());
        if (spec == nullptr) {
          std::vector<std::string> keys;
          for (const OptionSpec& option : section->table->options())
            if (option.in_config) keys.push_back(fmt::format("{}.{}", name, option.config_key()));
          std::vector<std::string_view> candidates(keys.begin(), keys.end());
          config_error(name_, option_key.source(),
                       fmt::format("unknown key '{}'{}", full, did_you_mean(full, candidates)));
        }
        OptionValue(*this, *spec, value, full).values();  // checks it, for every command
        if (section == current) own_section.emplace_back(spec, &value);
      }
      continue;
    }
    if (is_settings_section(name) || find_command(all, name))
      config_error(name_, key.source(),
                   fmt::format("'{}' is a section: write [{}] on a line of its own, then one "
                               "name = value per line",
                               name, name));
    // The option as the current command has it, else as the first command
    // that has it (to check it).
    const OptionSpec* spec = current ? current->table->find_config_key(name) : nullptr;
    for (const CommandOptions& each : all)
      if (spec == nullptr) spec = each.table->find_config_key(name);
    if (spec == nullptr) {
      std::vector<std::string> keys;
      for (const CommandOptions& each : all)
        for (const OptionSpec& option : each.table->options())
          if (option.in_config) keys.push_back(option.config_key());
      std::vector<std::string_view> candidates(keys.begin(), keys.end());
      for (std::string_view section : settings_sections) candidates.push_back(section);
      config_error(name_, key.source(),
                   fmt::format("unknown key '{}'{}", name, did_you_mean(name, candidates)));
    }
    OptionValue(*this, *spec, node, std::string(name)).values();
    if (current && current->table->find_config_key(name) == spec)
      top_level.emplace_back(spec, &node);
  }

  // The command's section wins over the top level, the command line over both.
  for (const auto* values : {&top_level, &own_section})
    for (const auto& [spec, node] : *values)
      if (!spec->given())
        spec->set(OptionValue(*this, *spec, *node, spec->config_key()).values());
}

}  // namespace kpi::cli
