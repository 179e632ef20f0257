// Turning the fields of one data row into typed values, and accounting for the
// row: a bad required value excludes it (counted by reason, with a "file:line:"
// message; --strict throws instead), a bad optional value is a finding and
// reads as not recorded.
#pragma once

#include "extract/header.h"
#include "kpi/extract.h"

#include <string>

namespace kpi::extract {

// At most this many messages per file are kept in Extracts::messages; the rest
// are counted and summarised in one last message (the counts stay exact).
inline constexpr long max_messages_per_file = 10000;

class RowReader {
 public:
  // Rows go to `out` (all of a run's extracts, or one chunk's part of a file),
  // counted in `report`, the file's (or the chunk's) reconciliation.
  RowReader(const HeaderMatch& header, std::uint32_t file, FileReport& report,
            const LoadOptions& options, Extracts& out);

  // The current row's values by canonical column; empty for a column the file lacks.
  std::string_view fields[max_columns];

  // Sets the fields from a row given as whole cells (a workbook sheet's row):
  // cell i feeds the columns of the header's field i, its text trimmed as a CSV
  // field is; cells beyond the header's fields are ignored.
  void set_fields(const std::vector<std::string>& cells);

  // Call once the fields are set. Reading is bound by the cache misses of the
  // pool's table, one per value of a column that goes past the cache (ids);
  // fetching this row's slots up front overlaps them with each other and with
  // the row's other values.
  // `column` (from 1) is given where a row has one: a census element.
  void begin_row(unsigned line, unsigned column = 0);
  Origin origin() const { return {file_, line_}; }
  const HeaderMatch& header() const { return header_; }
  Extracts& out() { return out_; }
  FileReport& report() { return report_; }
  bool has(int column) const { return header_.has(column); }
  // The raw text of a column ("" when the file has no such column).
  std::string_view text(int column) const { return fields[column]; }

  // Required values: false (and the row is excluded) when missing or invalid.
  bool required_id(int column, Id& id);
  bool required_date(int column, Date& date);
  // Optional values: not recorded when blank, NULL or #N/A; an invalid value is
  // a finding "invalid <column>" and reads as not recorded.
  Id optional_id(int column);
  MaybeDate optional_date(int column);
  Flag optional_flag(int column);
  std::int16_t optional_count(int column);  // -1 when not recorded

  // The row is used / excluded for `reason`. A message (when not empty) is
  // prefixed with "file:line: ". `bad_value` rows throw with --strict.
  void used() { ++report().used; }
  void exclude(const std::string& reason, const std::string& message, bool bad_value);
  void finding(const std::string& reason, const std::string& message);
  // "file:line: " (or "file:line:col: ") + message, subject to the per-file cap.
  void message(const std::string& message);
  // The messages made, those beyond the cap included.
  long messages() const { return messages_; }

  // "column 'start_date'" in the file's own spelling of the column.
  std::string column_ref(int column) const;

  // out.strings.intern(text), through a small per-column cache: teams, workers
  // and a child's consecutive rows repeat values, and a hit avoids a lookup in
  // the (large, cache-unfriendly) pool. A column whose values rarely repeat
  // (unique visit ids) turns its cache off after a trial. A value that goes
  // to the pool (cache off, or too long for it) has its slot prefetched by
  // begin_row().
  Id intern(int column, std::string_view text);

 private:
  std::string located(const std::string& text) const;

  const HeaderMatch& header_;
  std::uint32_t file_;
  FileReport& report_;
  unsigned line_ = 0;
  unsigned column_ = 0;
  const LoadOptions& options_;
  Extracts& out_;
  long messages_ = 0;

  struct CacheEntry {
    Id id = no_id;
    std::uint8_t size = 0;
    char text[27];
  };
  static constexpr std::size_t cache_size = 512;
  struct ColumnCache {
    std::vector<CacheEntry> entries;  // empty until first used
    long lookups = 0, hits = 0;
    bool interned = false;  // the column holds ids or names (not dates, flags)
    bool off = false;
    bool skips(std::string_view text) const { return off || text.size() > sizeof(CacheEntry::text); }
  };
  ColumnCache caches_[max_columns];
};

// Reads the current row of `kind` into out's vector of that kind (or excludes it).
void build_row(Kind kind, RowReader& row);
// Reads the current row of SSD ssd_person into out.person_dates_of_birth.
void build_person_row(RowReader& row);

// The one way a data row is read, whatever it comes from (a CSV line, a sheet
// row): its fields set, it is built as a row of `kind` (nullopt: SSD
// ssd_person) and counted as read in the reader's report.
void read_row(RowReader& row, std::optional<Kind> kind, unsigned line, unsigned column = 0);

// The last message of a file whose `messages` went past the cap, if they did.
void summarise_messages(Extracts& out, const std::string& name, long messages);

}  // namespace kpi::extract
