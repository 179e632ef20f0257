// Recognising a CSV header: which table (kind) it is, in which family of names,
// and which field of the file feeds each canonical column.
#pragma once

#include "extract/schema.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::extract {

// Case-insensitive, spaces (non-breaking ones too) trimmed and collapsed, '_'
// read as a space, curly quotes as straight ones, a byte order mark and a
// trailing '?' dropped: "Referral NFA?" -> "referral nfa", "child_id" -> "child id".
std::string normalise_header_name(std::string_view name);

// A header line resolved against one table.
struct HeaderMatch {
  int table = -1;  // index into tables()
  HeaderFamily family = HeaderFamily::short_names;
  std::vector<std::string> names;              // the header's fields as written (trimmed)
  std::array<int, max_columns> column_field;   // canonical column -> field index, -1 absent
  std::array<Variant, max_columns> variant;    // how the matched alias reads values
  // field index -> canonical columns it feeds (-1 none); a field can feed two
  // (SSD clae_cla_episode_start_date: placement_start and, as a fallback, start_date).
  std::vector<std::array<std::int8_t, 2>> field_columns;

  const TableSpec& spec() const { return tables()[table]; }
  bool has(int column) const { return column_field[column] >= 0; }
  // The column's name as this file writes it, for messages.
  std::string_view column_label(int column) const;
};

// The result of looking at one line as a possible header.
struct HeaderCandidate {
  std::optional<HeaderMatch> match;  // set when exactly one table fits best
  std::string problem;  // why not (no fit, ambiguous, duplicate column), for the error
  bool fatal = false;   // a header that fits but is wrong (ambiguous, duplicate column):
                        // stop looking at further lines
  int best_score = 0;   // fields recognised by the best table, to pick the line to blame
  // No table fits, but the line is nearest to this kind's header (a required
  // column renamed or missing): the file is an extract that cannot be read,
  // not some other CSV.
  std::optional<Kind> looks_like;
};

// The kind a file's name says it holds: "referrals.csv", "visits_2025-03.csv"
// (the kind's name, alone or followed by '_' or '-' and a digit), else nullopt.
std::optional<Kind> kind_named_by(std::string_view file_name);

// Looks at the fields of one line. `kind` forces the table; `file_name` breaks a
// tie between equally good kinds when it names exactly one of them (cin_plans.csv).
// `input` is what the user gives to name the kind (`cp_plans=INPUT`) when the
// tie stands: the file itself, unless the table is a sheet of a workbook.
HeaderCandidate recognise_header(const std::vector<std::string>& fields,
                                 std::optional<Kind> kind, std::string_view file_name,
                                 std::string_view input = {});

}  // namespace kpi::extract
