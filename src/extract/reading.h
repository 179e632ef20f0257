// Reading one opened CSV source into Extracts (shared by read_extract and
// load_extracts).
#pragma once

#include "extract/byte_source.h"
#include "extract/header.h"
#include "kpi/extract.h"

#include <cstdint>

namespace kpi::extract {

// Appends a FileReport for the source (called `name` in messages), finds and
// recognises its header and reads every row, a large file in chunks on
// options.threads threads. A recognised but unused table is recorded as
// skipped. A header that fits nothing is recorded as skipped when
// `skip_unrecognised` (a file found in a folder), else thrown as InputError.
void read_source(const ByteSource& source, const std::string& name, std::optional<Kind> kind,
                 const LoadOptions& options, Extracts& out, bool skip_unrecognised);

// Calls f(rows) with the vector holding the rows of `kind` in `x` (an Extracts,
// const or not), for code that treats every kind's rows alike.
// What a file holds, told by its first bytes rather than its name.
enum class Container : std::uint8_t {
  text,  // a CSV (or anything else: the CSV reader says what is wrong with it)
  xml,   // '<' first, after a byte order mark and white space: a CIN census
  zip,   // "PK\3\4": an Excel workbook (.xlsx)
  ole,   // an OLE compound file: an old .xls, or a password-protected workbook
};
Container sniff_container(const ByteSource& source);

// Records that a table of `kind` with `header`'s columns was read.
void mark_read(Extracts& out, Kind kind, const HeaderMatch& header);

// Reads any input by what its content is: a census, a workbook or a CSV.
void read_input(const ByteSource& source, const std::string& name, std::optional<Kind> kind,
                const LoadOptions& options, Extracts& out, bool skip_unrecognised);

// Reads a CIN census XML file (src/extract/census/): one FileReport per element
// kind it holds. A file whose root is not a census Message is skipped with a
// notice when `skip_unrecognised` (found in a folder), else an InputError.
void read_census(const ByteSource& source, const std::string& name, const LoadOptions& options,
                 Extracts& out, bool skip_unrecognised);

// Reads an Excel workbook (src/extract/xlsx/) sheet by sheet, each sheet
// recognised by its header as a CSV is: one FileReport per sheet. `kind`
// forces the kind of every sheet; `skip_unrecognised` as for read_source.
void read_workbook(const ByteSource& source, const std::string& name, std::optional<Kind> kind,
                   const LoadOptions& options, Extracts& out, bool skip_unrecognised);

template <class X, class F>
void with_rows(X& x, Kind kind, F&& f) {
  switch (kind) {
    case Kind::contacts: return f(x.contacts);
    case Kind::referrals: return f(x.referrals);
    case Kind::assessments: return f(x.assessments);
    case Kind::strategy_discussions: return f(x.strategy_rows);
    case Kind::s47_enquiries: return f(x.s47_enquiries);
    case Kind::icpcs: return f(x.icpcs);
    case Kind::cp_plans: return f(x.cp_plans);
    case Kind::cin_plans: return f(x.cin_plans);
    case Kind::cla_episodes: return f(x.cla_episodes);
    case Kind::visits: return f(x.visits);
    case Kind::early_help: return f(x.early_help);
    case Kind::cla_reviews: return f(x.cla_reviews);
    case Kind::cp_reviews: return f(x.cp_reviews);
  }
}

}  // namespace kpi::extract
