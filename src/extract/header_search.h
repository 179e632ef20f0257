// Finding a table's header among its first rows, and deciding what to do with
// the table once found: shared by CSV files (read_extract.cpp, rows are
// lines) and workbook sheets (xlsx/read_workbook.cpp, rows are sheet rows), so
// that a sheet is recognised exactly as the same sheet saved as CSV.
#pragma once

#include "extract/header.h"
#include "kpi/extract.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi::extract {

// How many non-blank rows may come before the header.
inline constexpr int header_search_rows = 20;

struct HeaderSearch {
  std::optional<HeaderMatch> match;
  unsigned line = 0;     // of the header, or of the row blamed in `problem`
  std::string problem;
  bool fatal = false;
  bool at_line = false;  // the problem is "file:line: ...", not "file: ..."
  bool empty = false;    // no row at all to read a header from
  bool decided = false;  // the rows seen were enough to decide (else look at more)
  std::optional<Kind> looks_like;  // the nearest kind, when a required column is missing
};

// Looks at a table's non-blank rows one at a time, as possible headers.
// `hint_name` (a file or sheet name) breaks ties between equally good kinds.
class HeaderScan {
 public:
  // `input`: what names the kind on the command line (`kind=INPUT`), when
  // not the hint itself (a sheet's workbook).
  HeaderScan(std::optional<Kind> kind, std::string_view hint_name, std::string_view input = {})
      : kind_(kind), hint_name_(hint_name), input_(input) {}

  // One more non-blank row, numbered `line`. True when the search is decided:
  // a header found, a fatal problem, or the last row that may be a header.
  bool offer(const std::vector<std::string>& fields, unsigned line);
  // A non-blank row that cannot be a header (a CSV title with a stray quote):
  // it counts towards the rows looked at.
  bool pass();
  const HeaderSearch& so_far() const { return result_; }
  // The outcome, once decided or when the table has no more rows.
  HeaderSearch finish();

 private:
  std::optional<Kind> kind_;
  std::string hint_name_, input_;
  HeaderSearch result_;
  int best_score_ = -1;
  int seen_ = 0;
};

// What a table is for, once its header search has ended.
struct TablePolicy {
  std::string_view hint_name;  // the file or sheet name that may name a kind
  std::optional<Kind> kind;    // forced on the command line
  // Skip (with a notice) a table that is empty or no extract, rather than fail:
  // a CSV found in a folder, every sheet of a workbook.
  bool skip_unrecognised = false;
  // --strict makes such a skip an error (CSV files; a workbook's other sheets
  // are always skipped: cover sheets and drop-down lists are normal there).
  bool strict_skips = false;
};

// Applies the search to out.files[file] (the table's report, named `name`):
// returns the header to read the rows with, or nullptr when the table is
// skipped (recorded with a "name: skipped: ..." notice: not an extract, or a
// table we know but do not use). Throws InputError "name: ..." or
// "name:line: ..." when the table is an extract that cannot be read.
const HeaderMatch* accept_header(HeaderSearch& search, const std::string& name,
                                 const TablePolicy& policy, Extracts& out, std::uint32_t file);

}  // namespace kpi::extract
