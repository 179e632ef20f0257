// `show`: one indicator (a sub-id) or a family (every value of it) for a
// reporting month, with its breakdown and the case rows behind it, so that any
// figure can be checked by hand. Computed in src/indicator/show.cpp from one
// run of the family with its cases kept; rendered by src/report/show_render.cpp.
#pragma once

#include "kpi/indicator.h"

#include <optional>
#include <string>
#include <vector>

namespace kpi {

struct ShowRequest {
  std::string id;  // a reported id, a sub-id or a family id
  date::year_month month;
  int months = 1;  // the breakdown and cases cover these months, ending with `month`
  std::optional<BreakdownKey> by;
  bool cases = false;
};

struct ShowReport {
  const Family* family = nullptr;
  std::vector<int> subs;       // the sub-ids shown (every one for a family id)
  RunPeriods run;              // months: the breakdown and cases cover run.first_shown..reporting
  std::vector<Series> series;  // per shown sub-id
  std::optional<BreakdownKey> by;
  std::vector<std::vector<BreakdownRow>> breakdowns;  // per shown sub-id
  bool with_cases = false;
  std::vector<Case> cases;     // of the shown sub-ids and months, in period, file:line order
  // Per case: the id of the row it was read from (its kind is that of the file,
  // extracts->files[origin.file].kind); no_id when the row or its kind has none.
  std::vector<Id> case_record_ids;
  const Extracts* extracts = nullptr;  // names and file:line of the cases
  std::optional<Provenance> provenance;  // set by the command that reports it
};

// Computes the family of request.id (UsageError for an unknown id) over the
// requested months. A family whose extracts are missing gets series with no
// values and `missing` saying what it needs.
ShowReport build_show(const ShowRequest& request, const Extracts& extracts,
                      const Calendar& calendar, const Settings& settings);

// The case rows of every family (dashboard --cases): build_show of each family
// id, in dashboard order, with its cases over `months` months ending with `month`.
std::vector<ShowReport> build_family_cases(date::year_month month, int months,
                                           const Extracts& extracts, const Calendar& calendar,
                                           const Settings& settings);

}  // namespace kpi
