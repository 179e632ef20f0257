// What produced a report, so that a figure in a Board paper can be traced back:
// the tool, the period and how it was chosen, the calendar and its files, the
// config file and every extract read with its coverage. Every output carries it
// (JSON "provenance"; a footer in table and markdown; '#' lines in CSV with
// --provenance). Nothing in it changes from run to run on the same input: no
// clock times.
#pragma once

#include "kpi/calendar.h"
#include "kpi/extract.h"

#include <string>
#include <vector>

namespace kpi {

struct CalendarSource {
  std::string role;  // "holidays" or "closures"
  std::string path;
  int days = 0;      // dates the file adds
};

struct Provenance {
  std::string version;       // version_line(): "csc-kpi 0.9.0 (commit ...)"
  std::string period;        // "2025-03" (a reporting month) or "2025-03-31" (due's as-at date)
  std::string period_rule;   // how it was chosen: "--month", "--as-at", or the coverage rule's words
  Division division = Division::england_and_wales;
  Counting counting = Counting::elapsed;
  std::vector<CalendarSource> calendar_files;
  std::string config_file;   // "" without --config
  MaybeDate extract_date;    // the extracts' coverage
  std::vector<FileReport> extracts;
};

}  // namespace kpi
