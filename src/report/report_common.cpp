// The helpers of report_common.h, and what kpi/report.h declares for every
// renderer: the format names, short month labels, trend and the reporting RAG.
#include "report/report_common.h"

#include "kpi/suppression.h"

#include "kpi/error.h"
#include "report/json_writer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>

namespace kpi {

Format parse_format(std::string_view text) {
  if (text == "table") return Format::table;
  if (text == "csv") return Format::csv;
  if (text == "json") return Format::json;
  if (text == "markdown") return Format::markdown;
  throw UsageError(
      fmt::format("unknown format '{}' (expected table, csv, json or markdown)", text));
}

std::string short_month(date::year_month month) {
  int year = static_cast<int>(month.year());
  return fmt::format("{}{:02}", month_abbreviation(month.month()), ((year % 100) + 100) % 100);
}

std::string_view trend(const Series& series) {
  if (!series.missing.empty() || series.values.size() < 2) return "";
  const auto& now = series.values.back();
  const auto& before = series.values[series.values.size() - 2];
  Unit unit = series.info.unit;
  auto now_value = now ? now->value(unit) : std::nullopt;
  auto before_value = before ? before->value(unit) : std::nullopt;
  if (!now_value || !before_value) return "";
  // Judged at the precision shown, so a figure that reads the same is "same".
  if (report::display_value(now, unit) == report::display_value(before, unit)) return "same";
  bool up = *now_value > *before_value;
  switch (series.info.polarity) {
    case Polarity::higher: return up ? "better" : "worse";
    case Polarity::lower: return up ? "worse" : "better";
    case Polarity::neither: break;
  }
  return up ? "up" : "down";
}

Rag reporting_rag(const Series& series) {
  if (!series.missing.empty() || series.values.empty() || !series.values.back()) return Rag::none;
  return rate(series.info.polarity, series.info.rag,
              series.values.back()->value(series.info.unit));
}

namespace report {

void write_calendar(JsonWriter& json, Division division, Counting counting) {
  json.key("calendar").begin_object(true);
  json.key("division").value(division_name(division));
  json.key("count").value(counting_name(counting));
  json.end_object();
}

std::string display_value(const std::optional<Value>& value, Unit unit) {
  if (!value) return "-";
  if (value->suppressed) return std::string(suppressed_text);
  auto number = value->value(unit);
  if (!number) return "-";
  std::string low = value->low ? fmt::format(" {}", low_text) : "";
  if (unit == Unit::count) return fmt::format("{}{}", value->numerator, low);
  std::string text = fmt::format("{:.1f}", *number);
  // "100%", not "100.0%": a column of percentages stays as wide as its month
  // header ("Mar25"), so that twelve months still fit a 120-column terminal.
  if (text == "100.0") text = "100";
  return text + "%" + low;
}

std::string_view rag_letter(Rag rag) {
  switch (rag) {
    case Rag::red: return "R";
    case Rag::amber: return "A";
    case Rag::green: return "G";
    case Rag::none: break;
  }
  return "";
}

std::string numerator_text(const std::optional<Value>& value) {
  if (!value) return "";
  if (value->suppressed) return std::string(suppressed_text);
  return fmt::format("{}", value->numerator);
}

std::string denominator_text(const std::optional<Value>& value) {
  if (!value || !value->denominator) return "";
  if (value->suppressed) return std::string(suppressed_text);
  return fmt::format("{}", *value->denominator);
}

std::string value_text(const std::optional<Value>& value, Unit unit) {
  if (!value) return "";
  if (value->suppressed) return std::string(suppressed_text);
  auto number = value->value(unit);
  return number ? exact_number(*number) : "";
}

std::string exact_number(double number) { return fmt::format("{}", number); }

std::string target_text(const IndicatorInfo& info) {
  if (!info.rag) return "";
  return exact_number(info.rag->target);
}

std::string display_target(const IndicatorInfo& info) {
  if (!info.rag || info.unit != Unit::percent) return target_text(info);
  return target_text(info) + "%";
}

std::string_view polarity_words(Polarity polarity) {
  switch (polarity) {
    case Polarity::higher: return "higher is better";
    case Polarity::lower: return "lower is better";
    case Polarity::neither: break;
  }
  return "neither higher nor lower is better";
}

std::string_view family_of(std::string_view id) { return id.substr(0, id.find('.')); }

std::string_view suffix_of(std::string_view id) {
  auto dot = id.find('.');
  return dot == std::string_view::npos ? std::string_view() : id.substr(dot);
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string markdown_table(const std::vector<std::vector<std::string>>& rows,
                           const std::vector<Align>& aligns) {
  std::string out;
  auto line = [&out](const std::vector<std::string>& cells) {
    out += "|";
    for (const auto& cell : cells) {
      out += ' ';
      out += markdown_cell(cell);
      out += " |";
    }
    out += "\n";
  };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    line(rows[r]);
    if (r > 0) continue;
    out += "|";
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      out += c < aligns.size() && aligns[c] == Align::right ? " ---: |" : " --- |";
    out += "\n";
  }
  return out;
}

long total(const std::map<std::string, long>& counts) {
  long sum = 0;
  for (const auto& [reason, rows] : counts) sum += rows;
  return sum;
}

std::string counts_text(const std::map<std::string, long>& counts) {
  std::vector<std::string> parts;
  for (const auto& [reason, rows] : counts) parts.push_back(fmt::format("{} {}", rows, reason));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string_view record_id_name(Kind kind) {
  switch (kind) {
    case Kind::contacts: return "contact_id";
    case Kind::referrals: return "referral_id";
    case Kind::assessments: return "assessment_id";
    case Kind::strategy_discussions: return "discussion_id";
    case Kind::s47_enquiries: return "s47_id";
    case Kind::icpcs: return "icpc_id";
    case Kind::cp_plans:
    case Kind::cin_plans: return "plan_id";
    case Kind::cla_episodes: return "episode_id";
    case Kind::visits: return "visit_id";
    case Kind::early_help: return "";
    case Kind::cla_reviews:
    case Kind::cp_reviews: return "review_id";
  }
  return "";
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace report
}  // namespace kpi
