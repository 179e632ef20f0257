// `csc-kpi show`: one indicator (or one family) for a reporting month, its
// breakdown and the cases behind it, computed from the extracts and rendered
// as a table, CSV or JSON.
#pragma once

#include "kpi/indicator.h"
#include "kpi/report.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi::cli {

struct ShowReport {
  const Family* family = nullptr;
  std::vector<int> subs;       // the sub-ids shown (every one for a family id)
  RunPeriods run;              // months: the breakdown and cases cover run.first_shown..reporting
  std::vector<Series> series;  // per shown sub-id
  std::optional<BreakdownKey> by;
  std::vector<std::vector<BreakdownRow>> breakdowns;  // per shown sub-id
  bool with_cases = false;
  std::vector<Case> cases;     // of the shown sub-ids and months, in period, file:line order
  const Extracts* extracts = nullptr;
};

struct ShowRequest {
  std::string id;
  date::year_month month;
  int months = 1;
  std::optional<BreakdownKey> by;
  bool cases = false;
};

// Computes the family of request.id (UsageError for an unknown id) over the
// requested months.
ShowReport build_show(const ShowRequest& request, const Extracts& extracts,
                      const Calendar& calendar, const Settings& settings);

// Table, csv (the cases with --cases, else the breakdown with --by, else the
// figures) or json (everything).
std::string render_show(const ShowReport& report, Format format);

}  // namespace kpi::cli
