// The case rows of `show --cases` as named fields (flat_table.h), written alike
// by show's csv, json and table (src/report/show_render.cpp) and by the
// workbook's Cases sheet (src/report/xlsx/).
#pragma once

#include "kpi/show.h"
#include "report/flat_table.h"

namespace kpi::report {

// Indicator id, period, child, the record ids of the family's extracts, file and
// line, team, worker, age band, the dates, the days (working_days or
// calendar_days, when the family counts them), numerator and denominator
// flags, reason and finding; empty without report.with_cases.
FlatTable case_fields(const ShowReport& report);

}  // namespace kpi::report
