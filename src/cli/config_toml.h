// What the two halves of the config reader share (config_file.cpp reads the
// options, config_settings.cpp the indicator settings): the parsed document
// and messages at a node's place in the file.
#pragma once

#include "cli/config_file.h"

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace kpi::cli {

struct ConfigFile::Document {
  toml::table table;
};

// The sections that hold indicator settings rather than options.
inline constexpr std::string_view settings_sections[] = {"targets", "amber", "timescales"};

// "file:line:col: message" at `where` (a key's or a value's place).
[[noreturn]] void config_error(const std::string& file, const toml::source_region& where,
                               const std::string& message);

// How a value reads in a message: a string ("13"), a number (13), true, a list, ...
std::string describe(const toml::node& node);

}  // namespace kpi::cli
