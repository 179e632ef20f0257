// The due list: at an as-at date, the statutory visits and open assessments
// overdue or falling due within N working days, for managers' spot checks.
// Computed in src/indicator/due.cpp with the indicators' own rules (the plan
// that counts, the date an assessment is measured from, the deadline), so the
// list and the dashboard never disagree; rendered by src/report/due_render.cpp.
#pragma once

#include "kpi/calendar.h"
#include "kpi/dashboard.h"
#include "kpi/extract.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

enum class DueKind : std::uint8_t { cp_visit, cin_visit, cla_visit, assessment };
std::string_view due_kind_name(DueKind kind);  // "cp_visit", ...

struct DueItem {
  DueKind kind = DueKind::cp_visit;
  std::string team, worker, child, item;  // item: plan, episode or assessment id
  std::string reference_what;  // "last visit", "plan start", "placement start", "start", "referral"
  Date reference;              // the date the timescale runs from
  Date due;                    // the last day in time
  int working_days = 0;        // working days elapsed from due to as-at: > 0 overdue,
                               // <= 0 working days left
  bool overdue = false;        // as-at is after the due date
  std::string where;           // "file:line" of the plan, episode or assessment row
};

struct DueList {
  Date as_at;
  int within = 5;
  bool by_worker = false;      // grouped by worker rather than team
  std::vector<DueItem> items;  // sorted by group (team, or worker), then worker, due date, child
  std::optional<Provenance> provenance;  // set by the command that reports it
};

// Children on a CP plan, a CiN plan or in care at `as_at` whose next statutory
// visit is overdue or due within `within` working days, and open assessments
// past or near their timescale. See docs/usage.md for the rules. Throws
// InputError "file:line: ..." for a date or deadline outside the calendar.
DueList compute_due(const Extracts& extracts, const Calendar& calendar, const Settings& settings,
                    Date as_at, int within, bool by_worker = false);

// The as-at date when none is given: the extract date (Coverage: the latest
// event date in the extracts, outliers left out), so that an extract pulled on
// a day is checked as at that day. Throws InputError without dated rows.
Date default_as_at(const Extracts& extracts);

}  // namespace kpi
