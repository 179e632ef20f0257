// Reading the values of extract fields: flags, outcomes, visit types, counts,
// review participation. Pure functions of the text; nullopt means "invalid"
// (callers have already set aside "not recorded" values with is_not_recorded).
#pragma once

#include "kpi/records.h"

#include <optional>
#include <string_view>

namespace kpi::extract {

// Trims spaces and tabs.
std::string_view trim(std::string_view text);

// Y/N, Yes/No, True/False, 1/0 in any case; an Annex A style "a) Yes" prefix is
// dropped first. "Unknown" / "Not known" (Annex A's "c) Unknown") is
// Flag::unknown, i.e. not recorded.
std::optional<Flag> parse_flag(std::string_view text);

// Drops an Annex A option prefix: "a) Yes" -> "Yes", "b) Female" -> "Female".
std::string_view drop_option_prefix(std::string_view text);

// The outcome column of assessments written as text: nfa / no further action ->
// nfa; cin, s17, cin plan, child in need, section 17 -> cin; any other text -> other.
AssessmentOutcome parse_outcome_text(std::string_view text);

// cp, cin or cla (and their spelled-out names: child protection, child in need,
// looked after / lac / cic).
std::optional<VisitType> parse_visit_type(std::string_view text);

// A non-negative whole number ("3", Excel's "3.0"), at most 32767.
std::optional<std::int16_t> parse_count(std::string_view text);

// PN0 .. PN7 (any case, possibly followed by a description): 0 .. 7.
std::optional<std::int8_t> parse_participation(std::string_view text);

}  // namespace kpi::extract
