// Helpers shared by the renderers of src/report/: how a figure, a target and a
// month are written, and how sub-ids hang under their family. Text tables are
// laid out by table_layout.h (included here, as every table renderer needs it).
#pragma once

#include "kpi/report.h"
#include "report/table_layout.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kpi {
class JsonWriter;
}

namespace kpi::report {

// The member "calendar": {"division", "count"} of the JSON outputs (dashboard,
// due, workdays), on one line.
void write_calendar(JsonWriter& json, Division division, Counting counting);

// A value as the table and markdown show it: percentages to 1 decimal with
// their unit ("56.9%"; "100%" without the decimal, to keep columns narrow),
// counts as integers ("420"), "-" for no value.
std::string display_value(const std::optional<Value>& value, Unit unit);

// A number unrounded, in its shortest round-trip form ("56.91382765531062", "50").
std::string exact_number(double number);

// A target as written in a config file: "90", "85.5" (csv, json).
std::string target_text(const IndicatorInfo& info);
// A target as the table and markdown show it: "90%" for a percentage, "18" for
// a count, "" without a target.
std::string display_target(const IndicatorInfo& info);

// "R", "A", "G", or "" for Rag::none: the RAG column of the table and the
// workbook, so that no rating is shown by colour alone.
std::string_view rag_letter(Rag rag);

// "higher is better", "lower is better", "neither higher nor lower is better".
std::string_view polarity_words(Polarity polarity);

// "assessment_outcomes" for "assessment_outcomes.nfa"; the id itself otherwise.
std::string_view family_of(std::string_view id);
// ".nfa" for "assessment_outcomes.nfa"; "" for an id without a suffix.
std::string_view suffix_of(std::string_view id);

// The name of a row's own id in the extracts and in every CSV and JSON output:
// "assessment_id", "plan_id" (CP and CiN plans), "episode_id", "discussion_id",
// ...; "" for a kind without one (early_help).
std::string_view record_id_name(Kind kind);

// CSV field, quoted when it holds a comma, quote, or line break (RFC 4180).
std::string csv_field(std::string_view text);

// A Markdown table cell: pipes escaped (they would end the cell), line breaks
// as spaces (they would end the table).
std::string markdown_cell(std::string_view text);

// `rows` (the first is the header) as a GitHub-flavoured Markdown table, the
// columns aligned as `aligns` says; cells escaped with markdown_cell.
std::string markdown_table(const std::vector<std::vector<std::string>>& rows,
                           const std::vector<Align>& aligns);

// Rows counted by reason (FileReport::excluded, findings): their sum, and
// "2 invalid referral_date, 1 duplicate id".
long total(const std::map<std::string, long>& counts);
std::string counts_text(const std::map<std::string, long>& counts);

}  // namespace kpi::report
