// Breakdowns for `show --by`: the figure of one sub-id split by team, worker,
// age band or month, from the kept cases, with the same counting rules as the
// headline (distinct children counted once per group).
#include "kpi/indicator.h"

#include <algorithm>
#include <set>

namespace kpi {

std::optional<BreakdownKey> parse_breakdown_key(std::string_view text) {
  if (text == "team") return BreakdownKey::team;
  if (text == "worker") return BreakdownKey::worker;
  if (text == "age_band" || text == "age") return BreakdownKey::age_band;
  if (text == "month") return BreakdownKey::month;
  return std::nullopt;
}

std::string_view breakdown_key_name(BreakdownKey key) {
  switch (key) {
    case BreakdownKey::team: return "team";
    case BreakdownKey::worker: return "worker";
    case BreakdownKey::age_band: return "age_band";
    case BreakdownKey::month: return "month";
  }
  return "";
}

std::vector<BreakdownRow> breakdown(const Family& family, int sub, const std::vector<Case>& cases,
                                    BreakdownKey key, int first, int last, const Periods& periods,
                                    const Extracts& extracts) {
  const SubIndicator& info = family.subs[static_cast<size_t>(sub)];
  // Groups are ordered by a sort key: months and age bands in their natural
  // order, teams and workers by name, "(not recorded)" last.
  struct Group {
    std::string label;
    long numerator = 0, denominator = 0;
    bool partial = false;
    std::set<Id> children;
  };
  std::map<std::pair<int, std::string>, Group> groups;
  if (key == BreakdownKey::month)
    for (int p = first; p <= last; ++p)
      groups[{p, ""}].label = period_label(periods.month(p));

  for (const Case& c : cases) {
    if (c.sub != sub || c.period < first || c.period > last) continue;
    std::pair<int, std::string> sort_key;
    std::string label;
    switch (key) {
      case BreakdownKey::month:
        sort_key = {c.period, ""};
        label = period_label(periods.month(c.period));
        break;
      case BreakdownKey::age_band:
        sort_key = {c.age == AgeBand::unknown ? age_band_count : static_cast<int>(c.age), ""};
        label = c.age == AgeBand::unknown ? "(no date of birth)" : std::string(age_band_name(c.age));
        break;
      case BreakdownKey::team:
      case BreakdownKey::worker: {
        Id id = key == BreakdownKey::team ? c.team : c.worker;
        sort_key = {id == no_id ? 1 : 0, extracts.strings.str(id)};
        label = id == no_id ? std::string(unrecorded_group) : extracts.strings.str(id);
        break;
      }
    }
    Group& g = groups[sort_key];
    g.label = label;
    if (c.numerator) {
      if (info.distinct_children)
        g.children.insert(c.child);
      else
        ++g.numerator;
    }
    if (c.denominator) ++g.denominator;
    g.partial = g.partial || c.partial_history;
  }

  std::vector<BreakdownRow> rows;
  for (auto& [sort_key, g] : groups) {
    BreakdownRow row;
    row.key = g.label;
    row.value.numerator = info.distinct_children ? static_cast<long>(g.children.size()) : g.numerator;
    if (info.unit == Unit::percent) row.value.denominator = g.denominator;
    row.value.partial_history = g.partial;
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace kpi
