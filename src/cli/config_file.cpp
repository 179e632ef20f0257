// Local standards from the --config file (the API is kpi/settings.h). It is
// input, read next to the command line because the two share the file: the
// TOML subset CLI11 reads. Top-level `key = value` lines are command-line
// options (CLI11 sets them; only assessment_from is read here), and sections
// named after subcommands hold their options. Three sections belong to the
// indicators:
//
//   [targets]     id = 90            a target, or "none" to drop a default one
//   [amber]       id = 5             the amber margin around that target
//   [timescales]  cp_visit_days = 10 every timescale field of Settings
//
// Ids with a suffix are written as they are (assessment_outcomes.nfa = 30) or
// quoted. A mistyped section, id or timescale is an error with a suggestion,
// never silently ignored.
#include "kpi/dashboard.h"
#include "kpi/error.h"
#include "kpi/indicator.h"
#include "kpi/settings.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>

namespace kpi {

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
};

constexpr std::string_view sections[] = {"targets", "amber", "timescales"};

std::string_view trim(std::string_view text) {
  constexpr std::string_view spaces = " \t\r\n";
  auto first = text.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(spaces) - first + 1);
}

// Cuts a trailing "# comment" that is outside quotes.
std::string_view strip_comment(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#') {
      return line.substr(0, i);
    }
  }
  return line;
}

class Parser {
 public:
  Parser(const std::string& name, const std::vector<std::string>& ids, Settings& settings)
      : name_(name), ids_(ids), settings_(settings) {}

  void line(std::string_view raw, int number) {
    number_ = number;
    std::string_view text = trim(strip_comment(raw));
    if (text.empty() || text.front() == ';') return;
    if (text.front() == '[') {
      section(text);
      return;
    }
    auto equals = text.find('=');
    if (equals == std::string_view::npos) {
      // A bare name is a CLI11 flag ("strict"): only meaningful outside our sections.
      if (ours()) fail(fmt::format("expected 'name = value' in [{}], found '{}'", section_, text));
      return;
    }
    std::string key = unquote(trim(text.substr(0, equals)));
    std::string value = unquote(trim(text.substr(equals + 1)));
    if (section_.empty())
      top_level(key, value);
    else if (section_ == "targets")
      target(key, value);
    else if (section_ == "amber")
      amber(key, value);
    else if (section_ == "timescales")
      timescale(key, value);
  }

  // Margins apply once every target is known, whatever the order of the
  // sections; an amber margin needs a target by the end of the file.
  void finish() {
    for (const auto& [id, margin] : margins_) {
      auto it = settings_.targets.find(id);
      if (it == settings_.targets.end()) {
        number_ = amber_lines_[id];
        fail(fmt::format("amber margin for '{}' without a target (set one in [targets])", id));
      }
      it->second.amber_margin = margin;
    }
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw InputError(fmt::format("{}:{}: {}", name_, number_, message));
  }

  bool ours() const {
    return std::find(std::begin(sections), std::end(sections), section_) != std::end(sections);
  }

  void section(std::string_view text) {
    std::string_view inner = text;
    while (!inner.empty() && inner.front() == '[') inner.remove_prefix(1);
    while (!inner.empty() && inner.back() == ']') inner.remove_suffix(1);
    if (text.back() != ']' || trim(inner).empty())
      fail(fmt::format("invalid section header '{}' (expected [name])", text));
    section_ = unquote(trim(inner));
    if (section_ == "default") section_.clear();  // CLI11's name for the top level
    if (section_.empty() || ours()) return;
    // Other sections configure subcommands ([dashboard]) and are CLI11's; one
    // that is a near miss of ours is a typo that would silently lose settings.
    std::vector<std::string_view> candidates(std::begin(sections), std::end(sections));
    std::string suggestion = closest_name(section_, candidates);
    if (!suggestion.empty())
      fail(fmt::format("unknown section '[{}]', did you mean '[{}]'?", section_, suggestion));
  }

  std::string unquote(std::string_view text) const {
    if (!text.empty() && (text.front() == '"' || text.front() == '\'')) {
      if (text.size() < 2 || text.back() != text.front())
        fail(fmt::format("unterminated string {}", text));
      text = text.substr(1, text.size() - 2);
    }
    return std::string(text);
  }

  void top_level(const std::string& key, const std::string& value) {
    if (key != "assessment_from" && key != "assessment-from") return;  // CLI11's options
    if (value == "start")
      settings_.assessment_from_referral = false;
    else if (value == "referral")
      settings_.assessment_from_referral = true;
    else
      fail(fmt::format("invalid assessment_from '{}' (expected start or referral)", value));
  }

  void known_id(const std::string& id) const {
    if (std::find(ids_.begin(), ids_.end(), id) != ids_.end()) return;
    std::vector<std::string_view> candidates(ids_.begin(), ids_.end());
    fail(fmt::format("unknown indicator '{}' in [{}]{}", id, section_,
                     did_you_mean(id, candidates)));
  }

  std::optional<double> number(const std::string& text) const {
    double result = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result))
      return std::nullopt;
    return result;
  }

  void target(const std::string& id, const std::string& value) {
    known_id(id);
    if (value == "none" || value.empty()) {
      settings_.targets.erase(id);
      return;
    }
    auto target = number(value);
    if (!target || *target < 0)
      fail(fmt::format("invalid target '{}' for '{}' (expected a number such as 90, or none)",
                       value, id));
    // A target is judged by the indicator's better direction, and a percentage
    // cannot pass 100: either mistake would colour every month wrongly.
    if (auto ref = find_indicator(id); ref && ref->sub >= 0) {
      const SubIndicator& sub = ref->family->subs[static_cast<size_t>(ref->sub)];
      if (sub.polarity == Polarity::neither)
        fail(fmt::format("'{}' has no target: neither higher nor lower is better for it "
                         "(remove the line, or write none)",
                         id));
      if (sub.unit == Unit::percent && *target > 100)
        fail(fmt::format("invalid target '{}' for '{}' (a percentage: expected 0 to 100)", value,
                         id));
    }
    auto [it, added] = settings_.targets.try_emplace(id);
    it->second.target = *target;
  }

  void amber(const std::string& id, const std::string& value) {
    known_id(id);
    auto margin = number(value);
    if (!margin || *margin < 0)
      fail(fmt::format("invalid amber margin '{}' for '{}' (expected a number of 0 or more)",
                       value, id));
    margins_[id] = *margin;
    amber_lines_[id] = number_;
  }

  void timescale(const std::string& key, const std::string& value) {
    auto it = std::find_if(std::begin(timescales), std::end(timescales),
                           [&](const Timescale& t) { return t.name == key; });
    if (it == std::end(timescales)) {
      std::vector<std::string_view> candidates;
      for (const auto& t : timescales) candidates.push_back(t.name);
      fail(fmt::format("unknown timescale '{}'{}", key, did_you_mean(key, candidates)));
    }
    int result = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (error != std::errc() || end != value.data() + value.size() || result < 1 ||
        result > 3650)
      fail(fmt::format("invalid timescale '{}' for '{}' (expected a whole number from 1 to 3650)",
                       value, key));
    settings_.*(it->field) = result;
  }

  const std::string& name_;
  const std::vector<std::string>& ids_;
  Settings& settings_;
  std::string section_;
  int number_ = 0;
  std::map<std::string, double> margins_;
  std::map<std::string, int> amber_lines_;
};

}  // namespace

void parse_settings(std::istream& in, const std::string& name,
                    const std::vector<std::string>& indicator_ids, Settings& settings) {
  Parser parser(name, indicator_ids, settings);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) parser.line(line, ++number);
  parser.finish();
}

Settings read_settings(const std::string& config_file) {
  std::ifstream in(config_file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot read the config file", config_file));
  Settings settings = default_settings();
  std::vector<std::string> ids;
  for (const IndicatorInfo& info : indicator_catalogue(settings)) ids.push_back(info.id);
  parse_settings(in, config_file, ids, settings);
  return settings;
}

}  // namespace kpi
