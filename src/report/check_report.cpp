// What `csc-kpi check` prints: per input file, the kind and header family it
// was recognised as, the reconciliation (rows read, used, excluded by reason),
// the data-quality findings and the date range; as an aligned table, Markdown,
// one CSV row per file, or the JSON of SPEC section 5.
#include "report/flat_table.h"
#include "report/json_writer.h"
#include "report/provenance_render.h"
#include "report/report_common.h"
#include "report/series_json.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

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

namespace {

// What the table and markdown show: one line per file (the header first), the
// summary sentence and the notes (reasons, errors, skips).
struct CheckText {
  std::vector<std::vector<std::string>> lines = {
      {"file", "kind", "names", "rows", "used", "excluded", "findings", "first", "last"}};
  std::string summary;
  std::vector<std::string> notes;
};

CheckText check_text(const std::vector<FileReport>& files) {
  CheckText text;
  long rows = 0, used = 0, excluded = 0, findings = 0;
  int skipped = 0, errors = 0;
  for (const FileReport& f : files) {
    std::string kind = f.kind       ? std::string(kind_name(*f.kind))
                       : f.used_for ? "(" + *f.used_for + ")"
                                    : "-";
    std::string names = f.matched ? std::string(family_name(*f.matched)) : "-";
    if (f.skipped || f.error) {
      text.lines.push_back({f.file, kind, names, "-", "-", "-", "-", "-", "-"});
      if (f.skipped) {
        ++skipped;
        text.notes.push_back(fmt::format("{}: skipped: {}", f.file, *f.skipped));
      } else {
        ++errors;
        text.notes.push_back(fmt::format("{}: error: {}", f.file, *f.error));
      }
      continue;
    }
    long file_excluded = total(f.excluded), file_findings = total(f.findings);
    text.lines.push_back({f.file, kind, names, std::to_string(f.rows), std::to_string(f.used),
                          std::to_string(file_excluded), std::to_string(file_findings),
                          date_text(f.first_date), date_text(f.last_date)});
    rows += f.rows;
    used += f.used;
    excluded += file_excluded;
    findings += file_findings;
    std::vector<std::string> parts;
    if (file_excluded) parts.push_back(fmt::format("excluded: {}", counts_text(f.excluded)));
    if (file_findings) parts.push_back(fmt::format("findings: {}", counts_text(f.findings)));
    // A census has a report per kind under one file name: the note says which.
    const bool census = f.matched == HeaderFamily::census;
    if (!parts.empty())
      text.notes.push_back(fmt::format("{}{}: {}", f.file, census ? " (" + kind + ")" : "",
                                       fmt::join(parts, "; ")));
  }
  // A census has a line per kind it holds: it is still one file.
  std::set<std::string_view> names;
  for (const FileReport& f : files) names.insert(f.file);
  const std::size_t count = names.size();
  text.summary = fmt::format(
      "{} file{} ({} read, {} skipped, {} unusable): {} rows, {} used, {} excluded; {} "
      "findings\n",
      count, count == 1 ? "" : "s", count - skipped - errors, skipped, errors, rows, used,
      excluded, findings);
  return text;
}

// One row per file (csv): the names of the JSON, the reasons' counts summed.
report::FlatTable check_fields(const std::vector<FileReport>& files) {
  using report::Field;
  using report::maybe;
  report::FlatTable table;
  table.columns = {"file",     "kind",     "matched",    "rows",         "used",
                   "excluded", "findings", "first_date", "last_date",    "coverage_end",
                   "error",    "skipped",  "used_for"};
  auto date = [](const MaybeDate& day) { return day ? Field(format_date(*day)) : Field(); };
  for (const FileReport& f : files)
    table.add({f.file, f.kind ? Field(std::string(kind_name(*f.kind))) : Field(),
               f.matched ? Field(std::string(family_name(*f.matched))) : Field(),
               Field(static_cast<long long>(f.rows)), Field(static_cast<long long>(f.used)),
               Field(static_cast<long long>(total(f.excluded))),
               Field(static_cast<long long>(total(f.findings))), date(f.first_date),
               date(f.last_date), date(f.coverage_end), maybe(f.error), maybe(f.skipped),
               maybe(f.used_for)});
  return table;
}

// The table, or with `markdown` a GitHub table with the notes as a list.
std::string render_check_text(const std::vector<FileReport>& files, const Provenance* provenance,
                              bool markdown) {
  using report::Align;
  CheckText text = check_text(files);
  std::string out;
  if (markdown) {
    out = report::markdown_table(text.lines, {Align::left, Align::left, Align::left, Align::right,
                                              Align::right, Align::right, Align::right,
                                              Align::left, Align::left});
  } else {
    report::TableLayout layout = check_layout();
    layout.fit_rows(text.lines);
    for (const auto& line : text.lines) out += layout.line(line);
  }
  out += "\n" + text.summary;
  if (!text.notes.empty()) {
    out += "\n";
    for (const auto& note : text.notes)
      out += markdown ? "- " + report::markdown_cell(note) + "\n" : note + "\n";
  }
  if (provenance) out += report::provenance_footer(*provenance, markdown);
  return out;
}

}  // namespace

std::string render_check_table(const std::vector<FileReport>& files, const Provenance* provenance) {
  return render_check_text(files, provenance, false);
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

std::string render_check(const std::vector<FileReport>& files, Format format,
                         const Provenance* provenance) {
  switch (format) {
    case Format::table: return render_check_table(files, provenance);
    case Format::csv: return report::csv_text(check_fields(files));
    case Format::json: return render_check_json(files, provenance);
    case Format::markdown: return render_check_text(files, provenance, true);
  }
  return {};
}

}  // namespace kpi
