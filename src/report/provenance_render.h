// The provenance of a report in each format (include/kpi/provenance.h): a JSON
// object every JSON output carries under "provenance", a short footer for the
// table and markdown, and '#' comment lines that CSV carries only with
// --provenance (so plain CSV stays plain).
#pragma once

#include "kpi/provenance.h"
#include "report/json_writer.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kpi::report {

// {"tool", "period", "period_rule", "calendar": {"division", "count", "files"},
//  "config", "extract_date", "extracts": [{"file", "kind", "rows", "used",
//  "excluded", "first_date", "last_date", "coverage_end", "error"}]}
void write_provenance(JsonWriter& json, const Provenance& provenance);

// The provenance as lines of text: the tool, the period and its rule, the
// calendar, the config and one line per extract (the footer, the CSV comments
// and the Board report's header all print these).
std::vector<std::string> provenance_lines(const Provenance& provenance);

// A few lines: the tool, the period and its rule, the calendar, the config and
// one line per extract (kind, rows, used, dates, coverage end). Markdown gets a
// list.
std::string provenance_footer(const Provenance& provenance, bool markdown);

// provenance_footer, or "" without a provenance.
std::string provenance_footer(const std::optional<Provenance>& provenance, bool markdown);

// The same facts as name/value pairs (the workbook's Provenance sheet): tool,
// period, period rule, calendar, config, extract date, then one pair per
// extract (its file, and its kind, rows and coverage).
std::vector<std::pair<std::string, std::string>> provenance_fields(const Provenance& provenance);

// The footer's lines, each starting "# ", for the top of a CSV.
std::string provenance_comments(const Provenance& provenance);

}  // namespace kpi::report
