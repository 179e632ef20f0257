// The output side: a Dashboard, the indicator catalogue, `show`, `check`, the
// due list and the calendar commands rendered as text (table, csv, json,
// markdown), and the reconciliation summary for stderr. Renderers are pure
// functions of what src/indicator/ (and the calendar) computed, returning text,
// so tests compare the text; they compute nothing themselves.
#pragma once

#include "kpi/calendar.h"
#include "kpi/dashboard.h"
#include "kpi/due.h"
#include "kpi/show.h"

#include <string>
#include <string_view>
#include <vector>

namespace kpi {

enum class Format : std::uint8_t { table, csv, json, markdown };
// "table", "csv", "json", "markdown"; throws UsageError naming the accepted ones.
Format parse_format(std::string_view text);

// --- the dashboard (src/report/dashboard_*.cpp) ---

// Indicators down, months across, then rolling 3 months, year to date, target,
// RAG and trend, fitted to `width` columns (an id too long for its column gets
// a line of its own).
std::string render_table(const Dashboard& dashboard, int width = 120);
// Long form: id,title,unit,period,numerator,denominator,value,target,rag,
// partial_history,missing; periods "2017-11", then "rolling_3m", "year_to_date".
std::string render_csv(const Dashboard& dashboard);
// SPEC section 5's schema.
std::string render_json(const Dashboard& dashboard);
// A GitHub table, for reports.
std::string render_markdown(const Dashboard& dashboard);
std::string render_dashboard(const Dashboard& dashboard, Format format);
// The Board report: one self-contained HTML page (inline CSS and SVG charts, no
// script, nothing fetched) with KPI tiles, trend charts, the Working Together
// chart, assessment durations, the flow to CP plans, the month by team (with
// by_group) and the data-quality reconciliation (src/report/html/).
std::string render_dashboard_html(const Dashboard& dashboard);

// --- the dashboard's Excel workbook (src/report/xlsx/) ---

// Writes the workbook of `dashboard --format xlsx` to `path`: sheets
// "Dashboard" (the table's layout, numbers as numbers, RAG letters and fills),
// "Long" (render_csv's rows, with an autofilter), "Cases" when `cases` holds
// the show reports of the families (with their cases), "Data quality" (the
// reconciliation of dashboard.inputs) and "Provenance". Small numbers follow
// dashboard.suppression. Throws InputError "path: cannot write the workbook
// (reason)" when the file cannot be written.
void write_dashboard_xlsx(const Dashboard& dashboard, const std::string& path,
                          const std::vector<ShowReport>& cases = {});

// Shared by the renderers: "Dec16" (table, markdown headers).
std::string short_month(date::year_month month);
// The direction of travel of the last period against the one before, judged by
// polarity: "better", "worse", "same"; "up", "down", "same" when neither is
// better; "" without both values.
std::string_view trend(const Series& series);
// The RAG rating of the reporting month (the last period).
Rag reporting_rag(const Series& series);
// Where `series`' figures carry `flag` (&Value::partial_history or
// partial_coverage): runs of months as "Dec16-Mar17", then "3m", "YTD".
std::vector<std::string> partial_periods(const Dashboard& dashboard, const Series& series,
                                         bool Value::*flag);
// One note naming every figure whose period an extract does not fully cover,
// or "" (table and markdown; ids in backticks for markdown).
std::string coverage_note(const Dashboard& dashboard, bool markdown);

// --- the run's reconciliation, for stderr (src/report/reconciliation.cpp) ---

// One line per file: "referrals.csv: referrals (short names), 1203 rows, 1200 used,
// 3 excluded (2 invalid referral_date, 1 duplicate id); findings: 4 end before start".
std::vector<std::string> reconciliation_lines(const std::vector<FileReport>& files);
// The extract messages ("file:line: ..."), at most `per_file` per file, then one
// line per file saying how many more there were.
std::vector<std::string> message_lines(const std::vector<std::string>& messages,
                                       const std::vector<FileReport>& files, int per_file = 5);

// --- `check` (src/report/check_report.cpp) ---

// Per input file: kind, header family, rows read, used, excluded, findings and
// date range, then a total line and the reasons per file (table, markdown);
// csv: one row per file, file,kind,matched,rows,used,excluded,findings,
// first_date,last_date,coverage_end,error,skipped,used_for (excluded and
// findings summed); json: {"files": [{"file", "kind", "matched", "rows", "used",
// "excluded", "findings", "first_date", "last_date", "error", "skipped"}]}
// (SPEC section 5).
std::string render_check(const std::vector<FileReport>& files, Format format,
                         const Provenance* provenance = nullptr);
std::string render_check_table(const std::vector<FileReport>& files,
                               const Provenance* provenance = nullptr);
std::string render_check_json(const std::vector<FileReport>& files,
                              const Provenance* provenance = nullptr);

// --- the catalogue (src/report/catalogue.cpp) ---

std::string render_catalogue(const std::vector<IndicatorInfo>& catalogue, Format format,
                             int width = 120);

// --- the due list (src/report/due_render.cpp; computed by kpi/due.h) ---

// Table (grouped by team or worker, with totals), markdown (one table, the
// totals as a list), csv (team,worker,child_id,kind,plan_id,episode_id,
// assessment_id,reference,reference_date,due_date,working_days,overdue,file,
// line) or json ({"calendar", "as_at", "within", "items": [the csv's fields],
// "totals": [{"team" or "worker", "overdue_count", "due_count"}]}).
std::string render_due(const DueList& due, const Calendar& calendar, Format format);

// --- show (src/report/show_render.cpp; computed by kpi/show.h) ---

// Table or markdown (the definition, the figures, the breakdown and the cases),
// csv (the cases with --cases, else the breakdown with --by, else the figures)
// or json (everything). Cases have the record id of their row (`assessment_id`,
// ...), `file` and `line`, and their days named by unit (`working_days` or
// `calendar_days`).
std::string render_show(const ShowReport& report, Format format);
// What was left out of each figure and its data-quality findings, one line
// each ("assessments_45wd: 2 left out (excluded: ...)"), for stderr when the
// output is csv or json (the table shows them itself).
std::vector<std::string> show_warning_lines(const ShowReport& report);

// --- the calendar commands (src/report/workdays_render.cpp, holidays_render.cpp) ---

// `workdays FROM TO`: the count explained (both conventions, the days counted,
// the weekends and holidays skipped, the usual deadlines from FROM; markdown:
// in a fenced block), as csv "from,to,working_days", or as json {"from", "to",
// "working_days", "calendar": {"division", "count"}, "skipped": [{"date", "name"}]}.
std::string render_workdays_count(const Calendar& calendar, Date from, Date to, Format format);
// `workdays --add DATE N`: `result`, the N-th working day after `day`,
// explained, as csv "date,offset,result", or as json {"date", "offset",
// "result", "calendar"}.
std::string render_workdays_add(const Calendar& calendar, Date day, int n, Date result,
                                Format format);
// `holidays`: the holidays and closures of the years first_year..last_year by
// year (markdown: one table), as csv "date,name", or as json {"division",
// "years": [...], "holidays": [{"date", "name"}]}.
std::string render_holidays(const Calendar& calendar, const std::vector<Holiday>& holidays,
                            int first_year, int last_year, Format format);

}  // namespace kpi
