// Helpers shared by the renderers of src/report/: how a figure, a target and a
// month are written, and how sub-ids hang under their family.
#pragma once

#include "kpi/report.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kpi {
class JsonWriter;
}

namespace kpi::report {

// A value as the table and markdown show it: percentages to 1 decimal, counts
// as integers, "-" for no value.
std::string display_value(const std::optional<Value>& value, Unit unit);

// A number unrounded, in its shortest round-trip form ("56.91382765531062", "50").
std::string exact_number(double number);

// A target as written in a config file: "90", "85.5".
std::string target_text(const IndicatorInfo& info);

// "assessment_outcomes" for "assessment_outcomes.nfa"; the id itself otherwise.
std::string_view family_of(std::string_view id);
// ".nfa" for "assessment_outcomes.nfa"; "" for an id without a suffix.
std::string_view suffix_of(std::string_view id);

// Text cells: pads to `width` display columns (UTF-8 aware) on the right or left.
std::size_t display_width(std::string_view text);
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);
// Cuts `text` to at most `width` display columns, ending with "~" when cut.
std::string truncate(std::string_view text, std::size_t width);
// Splits `text` into lines of at most `width` columns at spaces.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

// CSV field, quoted when it holds a comma, quote, or line break (RFC 4180).
std::string csv_field(std::string_view text);

// A Markdown table cell: pipes escaped (they would end the cell), line breaks
// as spaces (they would end the table).
std::string markdown_cell(std::string_view text);

// Rows counted by reason (FileReport::excluded, findings): their sum, and
// "2 invalid referral_date, 1 duplicate id".
long total(const std::map<std::string, long>& counts);
std::string counts_text(const std::map<std::string, long>& counts);

// A figure's JSON fields (SPEC section 5): numerator, denominator (null for a
// count), value (null for a zero denominator), and "partial_history": true when
// flagged. With nullopt (no value possible) all three are null.
void write_value_fields(JsonWriter& json, const std::optional<Value>& value, Unit unit);
// The same as an object, or null as a whole (a pooled figure that does not apply).
void write_value_object(JsonWriter& json, const std::optional<Value>& value, Unit unit);

}  // namespace kpi::report
