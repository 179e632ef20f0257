// Provenance in every format; see provenance_render.h. The same facts in the
// same order everywhere, so a figure in a Board paper leads back to the files.
#include "report/provenance_render.h"

#include <fmt/format.h>

namespace kpi::report {
namespace {

std::string date_or_dash(const MaybeDate& day) { return day ? format_date(*day) : "-"; }

long excluded_rows(const FileReport& file) {
  long total = 0;
  for (const auto& [reason, n] : file.excluded) total += n;
  return total;
}

std::string calendar_text(const Provenance& p) {
  std::string calendar = fmt::format("{} bank holidays, {} counting", division_name(p.division),
                                     counting_name(p.counting));
  for (const CalendarSource& file : p.calendar_files)
    calendar += fmt::format("; {} {} ({} days)", file.role, file.path, file.days);
  return calendar;
}

// What an extract is and covers, after its name.
std::string extract_text(const FileReport& f) {
  std::string kind = f.kind ? std::string(kind_name(*f.kind)) : f.used_for ? *f.used_for : "-";
  if (f.error) return fmt::format("{}, could not be read", kind);
  if (f.skipped) return "skipped";
  return fmt::format("{}, {} rows, {} used, {} excluded, {} to {}, covered to {}", kind, f.rows,
                     f.used, excluded_rows(f), date_or_dash(f.first_date),
                     date_or_dash(f.last_date), date_or_dash(f.coverage_end));
}

}  // namespace

std::vector<std::string> provenance_lines(const Provenance& p) {
  std::vector<std::string> out;
  out.push_back(p.version);
  out.push_back(fmt::format("period {}: {}", p.period, p.period_rule));
  out.push_back("calendar: " + calendar_text(p));
  out.push_back(p.config_file.empty() ? "config: none" : fmt::format("config: {}", p.config_file));
  out.push_back(fmt::format("extract date: {}", date_or_dash(p.extract_date)));
  for (const FileReport& f : p.extracts) out.push_back(fmt::format("{}: {}", f.file, extract_text(f)));
  return out;
}


void write_provenance(JsonWriter& json, const Provenance& p) {
  json.key("provenance").begin_object();
  json.key("tool").value(p.version);
  json.key("period").value(p.period);
  json.key("period_rule").value(p.period_rule);
  json.key("calendar").begin_object();
  json.key("division").value(division_name(p.division));
  json.key("count").value(counting_name(p.counting));
  json.key("files").begin_array();
  for (const CalendarSource& file : p.calendar_files) {
    json.begin_object(true);
    json.key("role").value(file.role);
    json.key("file").value(file.path);
    json.key("days").value(file.days);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  if (p.config_file.empty())
    json.key("config").null();
  else
    json.key("config").value(p.config_file);
  json.key("extract_date").value(p.extract_date, format_date);
  json.key("extracts").begin_array();
  for (const FileReport& f : p.extracts) {
    json.begin_object(true);
    json.key("file").value(f.file);
    json.key("kind").value(f.kind, kind_name);
    json.key("rows").value(f.rows);
    json.key("used").value(f.used);
    json.key("excluded").value(excluded_rows(f));
    json.key("first_date").value(f.first_date, format_date);
    json.key("last_date").value(f.last_date, format_date);
    json.key("coverage_end").value(f.coverage_end, format_date);
    json.key("error").value(f.error);
    json.key("skipped").value(f.skipped);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

std::string provenance_footer(const Provenance& provenance, bool markdown) {
  std::string out = markdown ? "\n**Provenance**\n\n" : "\nProvenance:\n";
  for (const std::string& line : provenance_lines(provenance))
    out += fmt::format("{}{}\n", markdown ? "- " : "  ", line);
  return out;
}

std::string provenance_footer(const std::optional<Provenance>& provenance, bool markdown) {
  return provenance ? provenance_footer(*provenance, markdown) : std::string();
}

std::vector<std::pair<std::string, std::string>> provenance_fields(const Provenance& p) {
  std::vector<std::pair<std::string, std::string>> fields = {
      {"tool", p.version},
      {"period", p.period},
      {"period rule", p.period_rule},
      {"calendar", calendar_text(p)},
      {"config", p.config_file.empty() ? "none" : p.config_file},
      {"extract date", date_or_dash(p.extract_date)}};
  for (const FileReport& f : p.extracts) fields.emplace_back(f.file, extract_text(f));
  return fields;
}

std::string provenance_comments(const Provenance& provenance) {
  std::string out;
  for (const std::string& line : provenance_lines(provenance)) out += fmt::format("# {}\n", line);
  return out;
}

}  // namespace kpi::report
