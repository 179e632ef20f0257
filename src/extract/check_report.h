// What `csc-kpi check` prints: per input file, the kind and header family it
// was recognised as, the reconciliation (rows read, used, excluded by reason),
// the data-quality findings and the date range; as an aligned table or as the
// JSON of SPEC section 5.
#pragma once

#include "kpi/extract.h"

#include <string>
#include <vector>

namespace kpi::extract {

std::string render_check_table(const std::vector<FileReport>& files);

// {"files": [{"file", "kind", "matched", "rows", "used", "excluded", "findings",
// "first_date", "last_date", "error", "skipped"}]}
std::string render_check_json(const std::vector<FileReport>& files);

}  // namespace kpi::extract
