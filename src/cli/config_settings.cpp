// The indicator settings of the --config file:
//
//   [targets]     id = 90            a target, or "none" to drop a default one
//   [amber]       id = 5             the amber margin around that target
//   [timescales]  cp_visit_days = 10 every timescale field of Settings
//
// Ids with a suffix may be written as they are (assessment_outcomes.nfa = 30:
// TOML reads a dotted key as a table, flattened back here) or quoted.
#include "cli/config_toml.h"
#include "kpi/dashboard.h"
#include "kpi/indicator.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace kpi::cli {

namespace {

struct Timescale {
  std::string_view name;
  int Settings::*field;
};
constexpr Timescale timescales[] = {
    {"assessment_days", &Settings::assessment_days},
    {"cp_visit_days", &Settings::cp_visit_days},
    {"cin_visit_weeks", &Settings::cin_visit_weeks},
    {"cla_first_visit_days", &Settings::cla_first_visit_days},
    {"cla_visit_days", &Settings::cla_visit_days},
    {"icpc_days", &Settings::icpc_days},
    {"iha_days", &Settings::iha_days},
    {"cin_open_months", &Settings::cin_open_months},
    {"repeat_referral_months", &Settings::repeat_referral_months},
    {"cp_first_review_months", &Settings::cp_first_review_months},
    {"cp_review_months", &Settings::cp_review_months},
};

// A key of [targets] or [amber] with its value: "strategy_wt_compliant.police".
struct IdValue {
  std::string id;
  const toml::key* key;
  const toml::node* value;
};

void flatten(const toml::table& table, const std::string& prefix, std::vector<IdValue>& out) {
  for (auto&& [key, node] : table) {
    std::string id = prefix + std::string(key.str());
    if (const toml::table* inner = node.as_table())
      flatten(*inner, id + ".", out);
    else
      out.push_back({id, &key, &node});
  }
}

class SettingsReader {
 public:
  SettingsReader(const std::string& file, const std::vector<std::string>& ids, Settings& settings)
      : file_(file), ids_(ids), settings_(settings) {}

  void targets(const toml::table& section) {
    std::vector<IdValue> entries;
    flatten(section, "", entries);
    for (const IdValue& entry : entries) target(entry);
  }

  // Margins apply once every target is known; a margin needs a target.
  void amber(const toml::table& section) {
    std::vector<IdValue> entries;
    flatten(section, "", entries);
    for (const IdValue& entry : entries) {
      known_id(entry, "amber");
      auto margin = entry.value->value<double>();
      if (!margin || *margin < 0 || !std::isfinite(*margin))
        fail(*entry.value, fmt::format("amber.{}: expected a number of 0 or more, got {}",
                                       entry.id, describe(*entry.value)));
      auto it = settings_.targets.find(entry.id);
      if (it == settings_.targets.end())
        fail(*entry.key, fmt::format("amber.{}: an amber margin without a target (set one in "
                                     "[targets])",
                                     entry.id));
      it->second.amber_margin = *margin;
    }
  }

  void timescales_section(const toml::table& section) {
    for (auto&& [key, node] : section) {
      std::string_view name = key.str();
      auto it = std::find_if(std::begin(timescales), std::end(timescales),
                             [&](const Timescale& t) { return t.name == name; });
      if (it == std::end(timescales)) {
        std::vector<std::string> keys;
        for (const auto& t : timescales) keys.push_back(fmt::format("timescales.{}", t.name));
        std::vector<std::string_view> candidates(keys.begin(), keys.end());
        std::string full = fmt::format("timescales.{}", name);
        fail(key, fmt::format("unknown key '{}'{}", full, did_you_mean(full, candidates)));
      }
      auto value = node.value_exact<int64_t>();
      if (!value || *value < 1 || *value > 3650)
        fail(node, fmt::format("timescales.{}: expected a whole number from 1 to 3650, got {}",
                               name, describe(node)));
      settings_.*(it->field) = static_cast<int>(*value);
    }
  }

 private:
  template <typename Located>
  [[noreturn]] void fail(const Located& where, const std::string& message) const {
    config_error(file_, where.source(), message);
  }

  void known_id(const IdValue& entry, std::string_view section) const {
    if (std::find(ids_.begin(), ids_.end(), entry.id) != ids_.end()) return;
    std::vector<std::string_view> candidates(ids_.begin(), ids_.end());
    fail(*entry.key, fmt::format("unknown indicator '{}' in [{}]{}", entry.id, section,
                                 did_you_mean(entry.id, candidates)));
  }

  void target(const IdValue& entry) {
    known_id(entry, "targets");
    if (entry.value->value_exact<std::string>() == "none") {
      settings_.targets.erase(entry.id);
      return;
    }
    auto target = entry.value->value<double>();
    if (!target || *target < 0 || !std::isfinite(*target) || entry.value->is_boolean())
      fail(*entry.value, fmt::format("targets.{}: expected a number such as 90, or \"none\", "
                                     "got {}",
                                     entry.id, describe(*entry.value)));
    // A target is judged by the indicator's better direction, and a percentage
    // cannot pass 100: either mistake would colour every month wrongly.
    if (auto ref = find_indicator(entry.id); ref && ref->sub >= 0) {
      const SubIndicator& sub = ref->family->subs[static_cast<size_t>(ref->sub)];
      if (sub.polarity == Polarity::neither)
        fail(*entry.key, fmt::format("targets.{}: this indicator has no target: neither higher "
                                     "nor lower is better for it (remove the line)",
                                     entry.id));
      if (sub.unit == Unit::percent && *target > 100)
        fail(*entry.value, fmt::format("targets.{}: expected a percentage from 0 to 100, got {}",
                                       entry.id, describe(*entry.value)));
    }
    settings_.targets[entry.id].target = *target;
  }

  const std::string& file_;
  const std::vector<std::string>& ids_;
  Settings& settings_;
};

}  // namespace

Settings ConfigFile::settings(const std::vector<std::string>& indicator_ids) const {
  Settings settings = default_settings();
  SettingsReader reader(name_, indicator_ids, settings);
  const toml::table& table = document_->table;
  if (const toml::table* section = table["targets"].as_table()) reader.targets(*section);
  if (const toml::table* section = table["amber"].as_table()) reader.amber(*section);
  if (const toml::table* section = table["timescales"].as_table())
    reader.timescales_section(*section);
  return settings;
}

}  // namespace kpi::cli
