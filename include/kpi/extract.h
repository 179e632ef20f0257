// Reading extracts: recognising each CSV's kind from its header, reading its rows,
// de-duplicating ids, linking rows to each other, and accounting for every row.
#pragma once

#include "kpi/large_alloc.h"
#include "kpi/records.h"

#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

enum class Kind : std::uint8_t {
  contacts, referrals, assessments, strategy_discussions, s47_enquiries, icpcs,
  cp_plans, cin_plans, cla_episodes, visits, early_help, cla_reviews, cp_reviews,
};
inline constexpr int kind_count = 13;

std::string_view kind_name(Kind kind);                   // "s47_enquiries"
std::optional<Kind> parse_kind(std::string_view text);   // nullopt when unknown

// Which family of column names a header matched.
// `census`: not a header but a CIN census XML file's elements.
enum class HeaderFamily : std::uint8_t { short_names, ssd, annex_a, census };
std::string_view family_name(HeaderFamily family);  // "short", "ssd", "annex-a", "cin-census"

// The reconciliation of one input file: rows read = used + sum(excluded).
struct FileReport {
  std::string file;                  // as given on the command line / found in a folder
  std::optional<Kind> kind;
  std::optional<HeaderFamily> matched;
  long rows = 0;
  long used = 0;
  std::map<std::string, long> excluded;  // reason -> rows, e.g. "invalid start_date", "duplicate id"
  std::map<std::string, long> findings;  // data-quality finding -> rows (rows stay used)
  MaybeDate first_date, last_date;       // over the kind's main date column, used rows
  MaybeDate coverage_end;                // its kind's coverage end (Coverage), when dated
  std::optional<std::string> error;      // why the file could not be used
  std::optional<std::string> skipped;    // why the file was skipped (folders only)
  // Set for a file read for the sake of other kinds rather than as a kind of its
  // own: "dates of birth" for SSD ssd_person (kind is then nullopt).
  std::optional<std::string> used_for;
};

// Where load_extracts spent its time (--timings), in wall seconds.
struct LoadTimings {
  double read = 0;  // reading and checking the rows of every file
  double link = 0;  // de-duplication, linking, the coverage (finish_extracts)
};

struct LoadOptions {
  bool strict = false;          // the first bad row is an InputError
  bool windows_1252 = false;    // --encoding windows-1252
  // load_extracts: record a file that cannot be used in its FileReport::error and
  // go on with the others (`check`), instead of failing the run.
  bool keep_going = false;
  // load_extracts: as keep_going, for the commands that report (--skip-bad-files).
  bool skip_bad_files = false;
  LoadTimings* timings = nullptr;  // filled when given
  // Threads that read a large file's chunks at once (--threads); 0: one per core.
  // The result is the same for every number.
  unsigned threads = 0;
  // The size a file is cut into chunks of, in bytes; 0: the default. Tests cut
  // files into tiny chunks to put chunk boundaries everywhere.
  std::size_t chunk_bytes = 0;
};

// One named input: a file or a folder, optionally with its kind forced
// ("assessments=List_4.csv" on the command line).
struct InputSpec {
  std::string path;
  std::optional<Kind> kind;
};
// Parses "path" or "kind=path". Throws UsageError for an unknown kind.
InputSpec parse_input_spec(std::string_view text);

// What period the extracts describe (src/extract/coverage.cpp, docs/usage.md).
// Each kind's event dates, outliers left out, give its plausible first and last
// date; the latest of those over every kind is the extract date. A kind whose
// last date is close to the extract date (given how dense its dates are) is
// taken to be complete up to it; one that stops well before it (a file cut off
// early) covers only up to its own last date.
struct KindCoverage {
  Date first, last;   // plausible event dates of the kind
  Date end;           // complete up to here: the extract date, or `last` when cut off early
  long outliers = 0;  // rows with an event date left out as an outlier
};
struct Coverage {
  std::optional<KindCoverage> kinds[kind_count];  // kinds read with dated rows
  MaybeDate extract_date;                         // the latest plausible event date

  const std::optional<KindCoverage>& of(Kind kind) const { return kinds[static_cast<int>(kind)]; }
  // The earliest first date and the earliest end over the kinds (nullopt without dates).
  MaybeDate start() const;
  MaybeDate end() const;
  // The latest month whose last day every kind covers, nullopt without dates.
  std::optional<date::year_month> latest_covered_month() const;
  // True when `kind` was read and covers every day of [from, to]. A kind not
  // read, or without dated rows, covers nothing.
  bool covers(Kind kind, Date from, Date to) const;
};

// Everything read from a run's extracts.
struct Extracts {
  StringPool strings;
  LargeVector<Contact> contacts;
  LargeVector<Referral> referrals;
  LargeVector<Assessment> assessments;
  LargeVector<StrategyRow> strategy_rows;
  LargeVector<S47Enquiry> s47_enquiries;
  LargeVector<Icpc> icpcs;
  LargeVector<CpPlan> cp_plans;
  LargeVector<CinPlan> cin_plans;
  LargeVector<ClaEpisode> cla_episodes;
  LargeVector<Visit> visits;
  LargeVector<EarlyHelp> early_help;
  LargeVector<ClaReview> cla_reviews;
  LargeVector<CpReview> cp_reviews;
  // SSD ssd_person rows (child, date of birth): finish_extracts gives each row of
  // that child without a date_of_birth this one.
  std::vector<std::pair<Id, Date>> person_dates_of_birth;

  std::vector<FileReport> files;     // indexed by Origin::file
  std::vector<std::string> messages; // "file:line: ..." warnings, in reading order
  bool has[kind_count] = {};         // a file of that kind was read (even if it had no rows)
  // The canonical columns (a bit each, in the kind's column order) that at
  // least one file of the kind has: an indicator that needs a column nobody
  // gave says so rather than counting every row as "not recorded".
  std::uint16_t columns[kind_count] = {};
  Coverage coverage;                 // set by finish_extracts
  bool has_kind(Kind kind) const { return has[static_cast<int>(kind)]; }
  // `column` is a canonical (short) column name of `kind`.
  bool has_column(Kind kind, std::string_view column) const;
  // "file:line" of a row, for --cases and messages.
  std::string where(Origin origin) const;
};

// Reads every input (folders: every *.csv in byte order of names), de-duplicates
// ids (last read wins), links ICPCs to S47s and visits and CP reviews to plans,
// and records the reconciliation and data-quality findings in `files`. A file
// that cannot be used (and, with options.strict, its first bad row) is recorded
// in its FileReport::error and the others are still read, so that every problem
// is reported; then, unless options.keep_going or options.skip_bad_files, one
// InputError lists them all, one per line.
Extracts load_extracts(const std::vector<InputSpec>& inputs, const LoadOptions& options);

// Reads one stream (a CSV, or by its content a CIN census or a workbook) of a
// known or recognised kind into `out` (no
// de-duplication or linking). For tests: `name` is the file name used in
// messages. Throws InputError as load_extracts does.
void read_extract(std::istream& in, const std::string& name, std::optional<Kind> kind,
                  const LoadOptions& options, Extracts& out);

// After every read_extract: de-duplication, linking and cross-file findings.
void finish_extracts(Extracts& extracts);

// Measures the coverage of the rows of `x` (finish_extracts stores it in
// x.coverage; tests call it on rows built by hand).
Coverage measure_coverage(const Extracts& x);

}  // namespace kpi
