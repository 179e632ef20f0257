// Appending the rows one chunk of a file read on its own into a run's extracts,
// with its ids translated from the chunk's string pool into the run's.
#pragma once

#include "kpi/extract.h"

namespace kpi::extract {

// Moves the rows of `kind` (or, with no kind, the dates of birth of SSD
// ssd_person) from `part` to the end of `into`'s, translating every Id field.
// Parts appended in file order give the same ids as reading the file whole.
void append_part(Extracts& into, Extracts& part, std::optional<Kind> kind);

}  // namespace kpi::extract
