// One function per sheet of the dashboard's workbook (write_dashboard_xlsx in
// write_workbook.cpp calls them in sheet order); each in its own file.
#pragma once

#include "kpi/dashboard.h"
#include "kpi/show.h"
#include "report/xlsx/workbook.h"

#include <vector>

namespace kpi::report::xlsx {

// "Dashboard": the table's layout (dashboard_sheet.cpp).
void write_dashboard_sheet(Workbook& book, const Dashboard& dashboard);
// "Long": the CSV's long form with an autofilter (long_sheet.cpp).
void write_long_sheet(Workbook& book, const Dashboard& dashboard);
// "Cases": the cases of every family, as show --cases writes them (cases_sheet.cpp).
void write_cases_sheet(Workbook& book, const std::vector<ShowReport>& families);
// "Data quality": the reconciliation of the input files (quality_sheet.cpp).
void write_quality_sheet(Workbook& book, const std::vector<FileReport>& files);
// "Provenance": name and value rows (provenance_sheet.cpp).
void write_provenance_sheet(Workbook& book, const Provenance& provenance);

}  // namespace kpi::report::xlsx
