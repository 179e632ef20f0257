// Reading one opened CSV source into Extracts (shared by read_extract and
// load_extracts).
#pragma once

#include "extract/csv_source.h"
#include "kpi/extract.h"

#include <cstdint>

namespace kpi::extract {

// Appends a FileReport for the source, finds and recognises its header and reads
// every row. A recognised but unused table is recorded as skipped. A header that
// fits nothing is recorded as skipped when `skip_unrecognised` (a file found in a
// folder), else thrown as InputError. `file_size` (0 when unknown) sizes the
// row vectors once a few hundred rows show the average row length.
void read_source(CsvSource& source, std::optional<Kind> kind, const LoadOptions& options,
                 Extracts& out, bool skip_unrecognised, std::uintmax_t file_size);

}  // namespace kpi::extract
