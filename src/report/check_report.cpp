// What `csc-kpi check` prints: per input file, the kind and header family it
// was recognised as, the reconciliation (rows read, used, excluded by reason),
// the data-quality findings and the date range; as an aligned table or as the
// JSON of SPEC section 5.
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"
#include "report/series_json.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace kpi {
namespace {

using report::counts_text;
using report::total;

std::string date_text(const MaybeDate& day) { return day ? format_date(*day) : "-"; }

// file, kind, names, rows, used, excluded, findings, first, last: counts
// right-aligned, and the narrower columns at least as wide as the values they
// usually hold, so that tables of different runs line up.
report::TableLayout check_layout() {
  using report::Align;
  report::TableLayout layout({Align::left, Align::left, Align::left, Align::right, Align::right,
                              Align::right, Align::right, Align::left, Align::left});
  std::size_t column = 1;
  for (std::size_t minimum : {20, 7, 9, 9, 8, 8, 10}) layout.widen(column++, minimum);
  return layout;
}

}  // namespace

std::string render_check_table(const std::vector<FileReport>& files, const Provenance* provenance) {
  std::vector<std::vector<std::string>> lines = {
      {"file", "kind", "names", "rows", "used", "excluded", "findings", "first", "last"}};
  long rows = 0, used = 0, excluded = 0, findings = 0;
  int skipped = 0, errors = 0;
  std::vector<std::string> notes;
  for (const FileReport& f : files) {
    std::string kind = f.kind       ? std::string(kind_name(*f.kind))
                       : f.used_for ? "(" + *f.used_for + ")"
                                    : "-";
    std::string names = f.matched ? std::string(family_name(*f.matched)) : "-";
    if (f.skipped || f.error) {
      lines.push_back({f.file, kind, names, "-", "-", "-", "-", "-", "-"});
      if (f.skipped) {
        ++skipped;
        notes.push_back(fmt::format("{}: skipped: {}", f.file, *f.skipped));
      } else {
        ++errors;
        notes.push_back(fmt::format("{}: error: {}", f.file, *f.error));
      }
      continue;
    }
    long file_excluded = total(f.excluded), file_findings = total(f.findings);
    lines.push_back({f.file, kind, names, std::to_string(f.rows), std::to_string(f.used),
                     std::to_string(file_excluded), std::to_string(file_findings),
                     date_text(f.first_date), date_text(f.last_date)});
    rows += f.rows;
    used += f.used;
    excluded += file_excluded;
    findings += file_findings;
    std::vector<std::string> parts;
    if (file_excluded) parts.push_back(fmt::format("excluded: {}", counts_text(f.excluded)));
    if (file_findings) parts.push_back(fmt::format("findings: {}", counts_text(f.findings)));
    if (!parts.empty()) notes.push_back(fmt::format("{}: {}", f.file, fmt::join(parts, "; ")));
  }
  report::TableLayout layout = check_layout();
  layout.fit_rows(lines);
  std::string out;
  for (const auto& line : lines) out += layout.line(line);
  out += fmt::format(
      "\n{} file{} ({} read, {} skipped, {} unusable): {} rows, {} used, {} excluded; {} "
      "findings\n",
      files.size(), files.size() == 1 ? "" : "s", files.size() - skipped - errors, skipped, errors,
      rows, used, excluded, findings);
  if (!notes.empty()) {
    out += "\n";
    for (const auto& note : notes) out += note + "\n";
  }
  if (provenance) out += report::provenance_footer(*provenance, false);
  return out;
}

std::string render_check_json(const std::vector<FileReport>& files, const Provenance* provenance) {
  JsonWriter json;
  json.begin_object().key("files").begin_array();
  for (const FileReport& f : files) {
    json.begin_object();
    json.key("file").value(f.file);
    json.key("kind").value(f.kind, kind_name);
    json.key("matched").value(f.matched, family_name);
    json.key("rows").value(f.rows);
    json.key("used").value(f.used);
    json.key("excluded");
    report::write_counts(json, f.excluded);
    json.key("findings");
    report::write_counts(json, f.findings);
    json.key("first_date").value(f.first_date, format_date);
    json.key("last_date").value(f.last_date, format_date);
    json.key("coverage_end").value(f.coverage_end, format_date);
    json.key("error").value(f.error);
    json.key("skipped").value(f.skipped);
    if (f.used_for) json.key("used_for").value(*f.used_for);
    json.end_object();
  }
  json.end_array();
  if (provenance) report::write_provenance(json, *provenance);
  json.end_object();
  return json.finish();
}

}  // namespace kpi
